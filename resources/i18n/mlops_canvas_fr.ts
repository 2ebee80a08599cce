<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en">
<context>
    <name>check</name>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>law as of an unrecorded date</source>
        <translation>droit en vigueur à une date non enregistrée</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/check_text.py"/>
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n carte</numerusform>
            <numerusform>%n cartes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>Check of “%1” (%2, revision %3), %4</source>
        <translation>Vérification de « %1 » (%2, révision %3), %4</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>Rule packs: none selected (lifecycle structure only)</source>
        <translation>Ensembles de règles : aucun n'est sélectionné (structure du cycle de vie seulement)</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>Rule packs:</source>
        <translation>Ensembles de règles :</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>%1: version %2</source>
        <translation>%1 : version %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>in force from %1</source>
        <translation>en vigueur depuis le %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>BLOCKING: prohibited practice — %1</source>
        <translation>BLOQUANT : pratique interdite — %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>No card can make it compliant: stop or redesign the use.</source>
        <translation>Aucune carte ne peut la rendre conforme : cessez l'utilisation ou revoyez-la.</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>add “%1”</source>
        <translation>ajouter « %1 »</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>or %1</source>
        <translation>ou %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/check_text.py"/>
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>planned</source>
        <translation>prévu</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>prohibited</source>
        <translation>interdit</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>upcoming</source>
        <translation>à venir</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>cites:</source>
        <translation>cite :</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>why:</source>
        <translation>pourquoi :</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>fix:</source>
        <translation>correctif :</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>put in place:</source>
        <translation>à mettre en place :</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>cards:</source>
        <translation>cartes :</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <location filename="../../app/export/compliance.py"/>
        <source>No gaps on %1: every rule in force is carried by cards in place.</source>
        <translation>Aucune lacune au %1 : chaque règle en vigueur est respectée par des cartes en place.</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <location filename="../../app/export/compliance.py"/>
        <source>No gaps: every rule in force is carried by cards in place.</source>
        <translation>Aucune lacune : chaque règle en vigueur est respectée par des cartes en place.</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>The gaps that would hurt first</source>
        <translation>Les lacunes qui feraient mal en premier</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>applies from %1</source>
        <translation>s'applique à compter du %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>(rank %1)</source>
        <translation>(rang %1)</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>pending change (not law yet):</source>
        <translation>modification en attente (pas encore en vigueur) :</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>The other findings, by rule pack</source>
        <translation>Les autres constats, par ensemble de règles</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>No findings.</source>
        <translation>Aucun constat.</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>Coverage (rules in force on %1):</source>
        <translation>Couverture (règles en vigueur au %1) :</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>Coverage (rules in force):</source>
        <translation>Couverture (règles en vigueur) :</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>Strategy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>Warnings</source>
        <translation>Avert.</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>(no strategies)</source>
        <translation>(aucune stratégie)</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>Coverage: rules met by cards in place / rules in force; +Np: N more met only by cards planned or in progress (not counted as met).</source>
        <translation>Couverture : règles respectées par des cartes en place / règles en vigueur; +Np : N autres respectées seulement par des cartes prévues ou en cours (non comptées comme respectées).</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>(not installed here: %1)</source>
        <translation>(non installé ici : %1)</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>Law as of %1</source>
        <translation>Droit en vigueur au %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>Law as of an unrecorded date</source>
        <translation>Droit en vigueur à une date non enregistrée</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>Capability</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>Packs</source>
        <translation>Ensembles</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>Each number is how many of the pack's rules a card with that capability helps meet.</source>
        <translation>Chaque nombre indique combien de règles de l'ensemble une carte dotée de cette capacité aide à respecter.</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation type="vanished">version %1</translation>
    </message>
    <message>
        <source>put in place</source>
        <translation type="vanished">à mettre en place</translation>
    </message>
    <message>
        <source>cards</source>
        <translation type="vanished">cartes</translation>
    </message>
</context>
<context>
    <name>checked</name>
    <message>
        <location filename="../../app/export/checked.py"/>
        <source>Prohibited practice — blocking</source>
        <translation>Pratique interdite — bloquant</translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py"/>
        <source>Planned, not in place</source>
        <translation>Prévu, pas en place</translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py"/>
        <source>Upcoming — not yet in force</source>
        <translation>À venir — pas encore en vigueur</translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py"/>
        <source>PROHIBITED</source>
        <translation>INTERDIT</translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py"/>
        <source>MISSING</source>
        <translation>MANQUANT</translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py"/>
        <source>PLANNED</source>
        <translation>PRÉVU</translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py"/>
        <source>UPCOMING</source>
        <translation>À VENIR</translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py"/>
        <source>ERROR</source>
        <translation>ERREUR</translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py"/>
        <source>WARNING</source>
        <translation>AVERTISSEMENT</translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py"/>
        <source>INFO</source>
        <translation>INFO</translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py"/>
        <source>law as of %1</source>
        <translation>droit en vigueur au %1</translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py"/>
        <source>no rule pack</source>
        <translation>aucun ensemble de règles</translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py"/>
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py"/>
        <source>shipped</source>
        <translation>livré avec l'application</translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py"/>
        <source>agency folder</source>
        <translation>dossier de l'organisme</translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py"/>
        <source>verified</source>
        <translation>vérifié</translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py"/>
        <source>modified</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py"/>
        <source>unsigned</source>
        <translation>non signé</translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py"/>
        <location filename="../../app/export/compliance.py"/>
        <location filename="../../app/export/presentation.py"/>
        <source>an unrecorded date</source>
        <translation>une date non enregistrée</translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py"/>
        <source>Checked against the law as of %1: %2.</source>
        <translation>Vérifié au regard du droit en vigueur au %1 : %2.</translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py"/>
        <source>Upcoming — applies from %1</source>
        <translation>À venir — s'applique à compter du %1</translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py"/>
        <location filename="../../app/export/presentation.py"/>
        <source>Missing</source>
        <translation>Manquant</translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py"/>
        <source>Prohibited practice</source>
        <translation>Pratique interdite</translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py"/>
        <source>no rule applies</source>
        <translation>aucune règle ne s'applique</translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py"/>
        <source>%1 in place · %2 planned of %3</source>
        <translation>%1 en place · %2 prévues sur %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/export/checked.py"/>
        <source>%n upcoming</source>
        <translation>
            <numerusform>%n à venir</numerusform>
            <numerusform>%n à venir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/export/checked.py"/>
        <source>%n prohibited</source>
        <translation>
            <numerusform>%n interdit</numerusform>
            <numerusform>%n interdits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/export/checked.py"/>
        <source>%n missing</source>
        <translation>
            <numerusform>%n manquant</numerusform>
            <numerusform>%n manquants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/export/checked.py"/>
        <source>%n planned</source>
        <translation>
            <numerusform>%n prévu</numerusform>
            <numerusform>%n prévus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/export/checked.py"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py"/>
        <source>no findings</source>
        <translation>aucun constat</translation>
    </message>
</context>
<context>
    <name>checker</name>
    <message>
        <location filename="../../app/checker/engine.py"/>
        <location filename="../../app/cli/check_text.py"/>
        <source>Upcoming — applies from %1. Not yet in force; %2</source>
        <translation>À venir — s'applique à compter du %1. Pas encore en vigueur; %2</translation>
    </message>
    <message>
        <location filename="../../app/checker/engine.py"/>
        <source>The system is live, but this is only planned: on the cards in place, %1</source>
        <translation>Le système est en service, mais ceci n'est que prévu : selon les cartes en place, %1</translation>
    </message>
    <message>
        <location filename="../../app/checker/engine.py"/>
        <source>Planned, not in place: on the cards in place, %1</source>
        <translation>Prévu, pas en place : selon les cartes en place, %1</translation>
    </message>
    <message>
        <location filename="../../app/checker/engine.py"/>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
    <message>
        <location filename="../../app/checker/engine.py"/>
        <source>Rule pack not available</source>
        <translation>Ensemble de règles non disponible</translation>
    </message>
    <message>
        <location filename="../../app/checker/engine.py"/>
        <source>The strategy selects the rule pack %1, which is not installed here; its rules were not checked.</source>
        <translation>La stratégie sélectionne l'ensemble de règles %1, qui n'est pas installé ici; ses règles n'ont pas été vérifiées.</translation>
    </message>
    <message>
        <location filename="../../app/checker/ranking.py"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../../app/checker/ranking.py"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location filename="../../app/checker/ranking.py"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../../app/checker/ranking.py"/>
        <source>%1: demanded by %2 in %3</source>
        <translation>%1 : exigé par %2 dans %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/checker/ranking.py"/>
        <source>%n pack(s)</source>
        <translation>
            <numerusform>%n ensemble de règles</numerusform>
            <numerusform>%n ensembles de règles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/checker/ranking.py"/>
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n règle</numerusform>
            <numerusform>%n règles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/checker/ranking.py"/>
        <source>; the drills attach %1 harm per day to its absence</source>
        <translation>; les exercices associent à son absence un préjudice de %1 par jour</translation>
    </message>
    <message>
        <location filename="../../app/checker/ranking.py"/>
        <source>; planned but not in place while the system is live</source>
        <translation>; prévu, mais pas en place alors que le système est en service</translation>
    </message>
    <message>
        <location filename="../../app/checker/ranking.py"/>
        <source>; planned but not in place</source>
        <translation>; prévu, mais pas en place</translation>
    </message>
    <message>
        <location filename="../../app/checker/requirements.py"/>
        <source>'%1'</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <location filename="../../app/checker/requirements.py"/>
        <source>in %1</source>
        <translation>dans le couloir %1</translation>
    </message>
    <message>
        <location filename="../../app/checker/requirements.py"/>
        <source>owned by %1</source>
        <translation>sous la responsabilité du rôle %1</translation>
    </message>
    <message>
        <location filename="../../app/checker/requirements.py"/>
        <source>owned by someone outside the team that builds the model</source>
        <translation>sous la responsabilité d'une personne extérieure à l'équipe qui construit le modèle</translation>
    </message>
    <message>
        <location filename="../../app/checker/requirements.py"/>
        <source>that repeats in operation</source>
        <translation>qui se répète en exploitation</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/checker/requirements.py"/>
        <source>%n card(s) provide it in another lane.</source>
        <translation>
            <numerusform>%n carte la fournit dans un autre couloir.</numerusform>
            <numerusform>%n cartes la fournissent dans un autre couloir.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/checker/requirements.py"/>
        <source>%1 is not owned by the %2 role.</source>
        <translation>%1 n'est pas sous la responsabilité du rôle %2.</translation>
    </message>
    <message>
        <location filename="../../app/checker/requirements.py"/>
        <source>It is owned by the team that builds the model (%1); an independent review needs an owner outside it.</source>
        <translation>Elle relève de l'équipe qui construit le modèle (%1); un examen indépendant exige un responsable extérieur à cette équipe.</translation>
    </message>
    <message>
        <location filename="../../app/checker/requirements.py"/>
        <source>It runs once or states no cadence: a one-off activity cannot see what happens in operation. Give it a repeating cadence.</source>
        <translation>Elle n'a lieu qu'une fois ou n'indique aucune fréquence : une activité ponctuelle ne peut pas voir ce qui se passe en exploitation. Donnez-lui une fréquence récurrente.</translation>
    </message>
    <message>
        <location filename="../../app/checker/requirements.py"/>
        <source>No card provides %1.</source>
        <translation>Aucune carte ne fournit %1.</translation>
    </message>
    <message>
        <location filename="../../app/checker/requirements.py"/>
        <source>%1 must come before the release, but no Deployment card shows where the system goes live; add the release and link it downstream.</source>
        <translation>%1 doit précéder la mise en production, mais aucune carte du couloir Déploiement n'indique où le système entre en service; ajoutez la mise en production et reliez-la en aval.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/checker/requirements.py"/>
        <source>%1 does not gate the release: %n Deployment card(s) have no %1 upstream. Link it into the go/no-go gate before deployment, so the system cannot go live without it.</source>
        <translation>
            <numerusform>%1 ne conditionne pas la mise en production : %n carte du couloir Déploiement n'a pas %1 en amont. Reliez-la au point de décision (go/no-go) avant le déploiement, pour que le système ne puisse pas entrer en service sans elle.</numerusform>
            <numerusform>%1 ne conditionne pas la mise en production : %n cartes du couloir Déploiement n'ont pas %1 en amont. Reliez-la au point de décision (go/no-go) avant le déploiement, pour que le système ne puisse pas entrer en service sans elle.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/checker/requirements.py"/>
        <source>Nothing can lead to %1: </source>
        <translation>Rien ne peut mener à %1 : </translation>
    </message>
    <message>
        <location filename="../../app/checker/requirements.py"/>
        <source>%1 leads nowhere: </source>
        <translation>%1 ne mène nulle part : </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/checker/requirements.py"/>
        <source>%n card(s) with %1 do not lead to another card with %2; link them (one card cannot raise an alarm and answer it).</source>
        <translation>
            <numerusform>%n carte dotée de %1 ne mène à aucune autre carte dotée de %2; reliez-les (une même carte ne peut pas à la fois donner l'alerte et y répondre).</numerusform>
            <numerusform>%n cartes dotées de %1 ne mènent à aucune autre carte dotée de %2; reliez-les (une même carte ne peut pas à la fois donner l'alerte et y répondre).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/checker/requirements.py"/>
        <source>No card provides %1, which must come before %2.</source>
        <translation>Aucune carte ne fournit %1, qui doit précéder %2.</translation>
    </message>
    <message>
        <location filename="../../app/checker/requirements.py"/>
        <source>No card provides %1, which must follow %2.</source>
        <translation>Aucune carte ne fournit %1, qui doit suivre %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/checker/requirements.py"/>
        <source>%n card(s) with %1 have no %2 before them (in an earlier lane or linked upstream).</source>
        <translation>
            <numerusform>%n carte dotée de %1 n'a pas %2 avant elle (dans un couloir précédent ou reliée en amont).</numerusform>
            <numerusform>%n cartes dotées de %1 n'ont pas %2 avant elles (dans un couloir précédent ou reliées en amont).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/checker/requirements.py"/>
        <source>The use involves a practice the law prohibits outright; no card on the board can make it compliant. Stop or redesign the use (take legal advice on the narrow exceptions, if any).</source>
        <translation>L'utilisation comporte une pratique que le droit interdit purement et simplement; aucune carte du canevas ne peut la rendre conforme. Cessez l'utilisation ou revoyez-la (demandez un avis juridique sur les exceptions étroites, s'il y en a).</translation>
    </message>
</context>
<context>
    <name>compliance</name>
    <message numerus="yes">
        <location filename="../../app/export/compliance.py"/>
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py"/>
        <source>%1 in %2</source>
        <translation>%1 dans %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/export/compliance.py"/>
        <source>%n pack(s)</source>
        <translation>
            <numerusform>%n ensemble</numerusform>
            <numerusform>%n ensembles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/export/compliance.py"/>
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n règle</numerusform>
            <numerusform>%n règles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py"/>
        <source>drills: %1 harm/day</source>
        <translation>exercices : préjudice de %1 par jour</translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py"/>
        <source>Lifecycle structure</source>
        <translation>Structure du cycle de vie</translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py"/>
        <source>Would close it:</source>
        <translation>À combler avec :</translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py"/>
        <source>Planned, not in place:</source>
        <translation>Prévu, pas en place :</translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py"/>
        <source>Rank %1</source>
        <translation>Rang %1</translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py"/>
        <source>Not yet in place:</source>
        <translation>Pas encore en place :</translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py"/>
        <source>Cards:</source>
        <translation>Cartes :</translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py"/>
        <source>Would fix it:</source>
        <translation>Correctif :</translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py"/>
        <source>Pending change, not yet law:</source>
        <translation>Modification en attente, pas encore en vigueur :</translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py"/>
        <source>Rule pack</source>
        <translation>Ensemble de règles</translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py"/>
        <source>Missing</source>
        <translation>Manquants</translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py"/>
        <source>Planned</source>
        <translation>Prévus</translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py"/>
        <source>Upcoming</source>
        <translation>À venir</translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py"/>
        <source>Law as of %1 · strategy revision %2</source>
        <translation>Droit en vigueur au %1 · révision %2 de la stratégie</translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py"/>
        <source>Blocking — prohibited practice: %1. No card can fix it.</source>
        <translation>Bloquant — pratique interdite : %1. Aucune carte ne peut y remédier.</translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py"/>
        <source>The gaps that would hurt first</source>
        <translation>Les lacunes qui feraient mal en premier</translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py"/>
        <source>Not ranked: every finding is listed under Open findings.</source>
        <translation>Non classés : chaque constat figure sous Constats ouverts.</translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py"/>
        <source>Coverage per rule pack</source>
        <translation>Couverture par ensemble de règles</translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py"/>
        <source>No rule pack is selected, so no coverage is measured.</source>
        <translation>Aucun ensemble de règles n'est sélectionné; aucune couverture n'est donc mesurée.</translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py"/>
        <source>Findings: %1.</source>
        <translation>Constats : %1.</translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py"/>
        <source>Compliance</source>
        <translation>Conformité</translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py"/>
        <source>This strategy was not checked before export.</source>
        <translation>Cette stratégie n'a pas été vérifiée avant l'exportation.</translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py"/>
        <source>No open finding: every rule in force is met in place.</source>
        <translation>Aucun constat ouvert : chaque règle en vigueur est respectée par des cartes en place.</translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py"/>
        <source>Open findings</source>
        <translation>Constats ouverts</translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py"/>
        <source>Rules that do not apply yet on the date checked; none of them counts against the strategy today. Each says when it applies.</source>
        <translation>Règles qui ne s'appliquent pas encore à la date de vérification; aucune ne compte contre la stratégie aujourd'hui. Chacune indique à compter de quand elle s'applique.</translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py"/>
        <source>Upcoming rules</source>
        <translation>Règles à venir</translation>
    </message>
</context>
<context>
    <name>markdown</name>
    <message>
        <location filename="../../app/export/markdown.py"/>
        <source>Links:</source>
        <translation>Liens :</translation>
    </message>
    <message>
        <location filename="../../app/export/markdown.py"/>
        <source>Rule pack</source>
        <translation>Ensemble de règles</translation>
    </message>
    <message>
        <location filename="../../app/export/markdown.py"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../app/export/markdown.py"/>
        <source>In place</source>
        <translation>En place</translation>
    </message>
    <message>
        <location filename="../../app/export/markdown.py"/>
        <source>Planned, not met</source>
        <translation>Prévues, non respectées</translation>
    </message>
    <message>
        <location filename="../../app/export/markdown.py"/>
        <source>In force</source>
        <translation>En vigueur</translation>
    </message>
    <message>
        <location filename="../../app/export/markdown.py"/>
        <source>Upcoming</source>
        <translation>À venir</translation>
    </message>
    <message>
        <location filename="../../app/export/markdown.py"/>
        <source>In place share</source>
        <translation>Part en place</translation>
    </message>
</context>
<context>
    <name>presentation</name>
    <message>
        <location filename="../../app/export/presentation.py"/>
        <source>No team members recorded.</source>
        <translation>Aucun membre de l'équipe n'est inscrit.</translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py"/>
        <source>facilitated by %1</source>
        <translation>animé par %1</translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py"/>
        <source>MLOps strategy</source>
        <translation>Stratégie MLOps</translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py"/>
        <source>What the system does</source>
        <translation>Ce que fait le système</translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py"/>
        <source>The goal</source>
        <translation>L'objectif</translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py"/>
        <source>The hard part</source>
        <translation>La difficulté</translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py"/>
        <source>The scenario</source>
        <translation>Le scénario</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/export/presentation.py"/>
        <source>%n in place</source>
        <translation>
            <numerusform>%n en place</numerusform>
            <numerusform>%n en place</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/export/presentation.py"/>
        <source>%n in progress</source>
        <translation>
            <numerusform>%n en cours</numerusform>
            <numerusform>%n en cours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/export/presentation.py"/>
        <source>%n planned</source>
        <translation>
            <numerusform>%n prévue</numerusform>
            <numerusform>%n prévues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/export/presentation.py"/>
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n carte</numerusform>
            <numerusform>%n cartes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py"/>
        <source>The board has no cards yet.</source>
        <translation>Le canevas n'a encore aucune carte.</translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py"/>
        <source>The board</source>
        <translation>Le canevas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/export/presentation.py"/>
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py"/>
        <source>The lifecycle's own structure</source>
        <translation>La structure même du cycle de vie</translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py"/>
        <source>Planned, not yet in place:</source>
        <translation>Prévu, pas encore en place :</translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py"/>
        <source>Close it with:</source>
        <translation>À combler avec :</translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py"/>
        <source>The gaps that would hurt first</source>
        <translation>Les lacunes qui feraient mal en premier</translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py"/>
        <source>This strategy was not checked before export.</source>
        <translation>Cette stratégie n'a pas été vérifiée avant l'exportation.</translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py"/>
        <source>law of the day</source>
        <translation>droit en vigueur ce jour-là</translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py"/>
        <source>Blocking: a prohibited practice — %1.</source>
        <translation>Bloquant : une pratique interdite — %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/export/presentation.py"/>
        <source>and %n more gap(s)</source>
        <translation>
            <numerusform>et %n autre lacune</numerusform>
            <numerusform>et %n autres lacunes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py"/>
        <source>Findings: %1%2 — all in the full plan.</source>
        <translation>Constats : %1%2 — tous dans le plan complet.</translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py"/>
        <source>Findings: %1 — ranked in the full plan.</source>
        <translation>Constats : %1 — classés dans le plan complet.</translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py"/>
        <source>No gaps: every rule in force is carried by cards in place.</source>
        <translation>Aucune lacune : chaque règle en vigueur est respectée par des cartes en place.</translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py"/>
        <source>Ranked by what would hurt first</source>
        <translation>Classées selon ce qui ferait mal en premier</translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py"/>
        <source>Put “%1” in place</source>
        <translation>Mettre en place « %1 »</translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py"/>
        <source>to be named</source>
        <translation>à désigner</translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py"/>
        <source>Add “%1”</source>
        <translation>Ajouter « %1 »</translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py"/>
        <source>Finish “%1”</source>
        <translation>Terminer « %1 »</translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py"/>
        <source>Start “%1”</source>
        <translation>Commencer « %1 »</translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py"/>
        <source>Every card is in place and no gap is open.</source>
        <translation>Toutes les cartes sont en place et aucune lacune n'est ouverte.</translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py"/>
        <source>Next step</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py"/>
        <source>Now</source>
        <translation>État</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/export/presentation.py"/>
        <source>+ %n more in the full plan's action list.</source>
        <translation>
            <numerusform>+ %n autre dans la liste des actions du plan complet.</numerusform>
            <numerusform>+ %n autres dans la liste des actions du plan complet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py"/>
        <source>Next steps</source>
        <translation>Prochaines étapes</translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py"/>
        <source>Closing the top gaps first, then what is under way</source>
        <translation>Combler d'abord les principales lacunes, puis terminer ce qui est en cours</translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py"/>
        <source>Checked against the law as of %1.</source>
        <translation>Vérifié au regard du droit en vigueur au %1.</translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py"/>
        <source>Rule pack</source>
        <translation>Ensemble de règles</translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py"/>
        <source>File hash (SHA-256)</source>
        <translation>Empreinte du fichier (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py"/>
        <source>No rule pack was selected.</source>
        <translation>Aucun ensemble de règles n'a été sélectionné.</translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py"/>
        <source>Versions, every card, finding and citation: in the full plan.</source>
        <translation>Versions, cartes, constats et citations : dans le plan complet.</translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py"/>
        <source>How it was checked</source>
        <translation>Comment la vérification a été faite</translation>
    </message>
</context>
<context>
    <name>vocabulary</name>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>Data Management &amp; Preparation</source>
        <translation>Gestion et préparation des données</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>Model Development &amp; Training</source>
        <translation>Développement et entraînement du modèle</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>Model Evaluation &amp; Validation</source>
        <translation>Évaluation et validation du modèle</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>Model Deployment &amp; Serving</source>
        <translation>Déploiement et mise en service du modèle</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>Monitoring &amp; Maintenance</source>
        <translation>Surveillance et maintenance</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>Feedback Loop &amp; Continuous Improvement</source>
        <translation>Boucle de rétroaction et amélioration continue</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>Governance (cross-cutting)</source>
        <translation>Gouvernance (transversale)</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>Development</source>
        <translation>Développement</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>Evaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>Deployment</source>
        <translation>Déploiement</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>Monitoring</source>
        <translation>Surveillance</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>Feedback</source>
        <translation>Rétroaction</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>Governance</source>
        <translation>Gouvernance</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>Data scientist</source>
        <translation>Science des données</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>IT operations</source>
        <translation>Exploitation des TI</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>Project manager</source>
        <translation>Gestion de projet</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>Policy &amp; legal</source>
        <translation>Politiques et affaires juridiques</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>Privacy &amp; ethics</source>
        <translation>Protection de la vie privée et éthique</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>Domain expert</source>
        <translation>Expertise métier</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>In place</source>
        <translation>En place</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>flows into</source>
        <translation>alimente</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>gates</source>
        <translation>conditionne</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>triggers</source>
        <translation>déclenche</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>feeds back to</source>
        <translation>renvoie en rétroaction à</translation>
    </message>
</context>
</TS>
