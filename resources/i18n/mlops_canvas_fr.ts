<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en">
<context>
    <name>check</name>
    <message>
        <location filename="../../app/cli/check_text.py" line="46"/>
        <source>law as of an unrecorded date</source>
        <translation>droit en vigueur à une date non enregistrée</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/check_text.py" line="47"/>
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n carte</numerusform>
            <numerusform>%n cartes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py" line="48"/>
        <source>Check of “%1” (%2, revision %3), %4</source>
        <translation>Vérification de « %1 » (%2, révision %3), %4</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py" line="52"/>
        <source>Rule packs: none selected (lifecycle structure only)</source>
        <translation>Ensembles de règles : aucun n'est sélectionné (structure du cycle de vie seulement)</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py" line="54"/>
        <location filename="../../app/cli/check_text.py" line="318"/>
        <source>Rule packs:</source>
        <translation>Ensembles de règles :</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py" line="69"/>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py" line="70"/>
        <source>%1: version %2</source>
        <translation>%1 : version %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py" line="72"/>
        <source>in force from %1</source>
        <translation>en vigueur depuis le %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py" line="83"/>
        <source>BLOCKING: prohibited practice — %1</source>
        <translation>BLOQUANT : pratique interdite — %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py" line="86"/>
        <source>No card can make it compliant: stop or redesign the use.</source>
        <translation>Aucune carte ne peut la rendre conforme : cessez l'utilisation ou revoyez-la.</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py" line="98"/>
        <source>add “%1”</source>
        <translation>ajouter « %1 »</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py" line="101"/>
        <source>or %1</source>
        <translation>ou %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/check_text.py" line="109"/>
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py" line="114"/>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py" line="115"/>
        <source>planned</source>
        <translation>prévu</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py" line="116"/>
        <source>prohibited</source>
        <translation>interdit</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py" line="117"/>
        <source>upcoming</source>
        <translation>à venir</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py" line="122"/>
        <location filename="../../app/cli/check_text.py" line="170"/>
        <source>cites:</source>
        <translation>cite :</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py" line="124"/>
        <source>why:</source>
        <translation>pourquoi :</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py" line="126"/>
        <location filename="../../app/cli/check_text.py" line="176"/>
        <source>fix:</source>
        <translation>correctif :</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py" line="129"/>
        <source>put in place:</source>
        <translation>à mettre en place :</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py" line="131"/>
        <location filename="../../app/cli/check_text.py" line="174"/>
        <source>cards:</source>
        <translation>cartes :</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py" line="145"/>
        <location filename="../../app/export/compliance.py" line="187"/>
        <source>No gaps on %1: every rule in force is carried by cards in place.</source>
        <translation>Aucune lacune au %1 : chaque règle en vigueur est respectée par des cartes en place.</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py" line="149"/>
        <location filename="../../app/export/compliance.py" line="191"/>
        <source>No gaps: every rule in force is carried by cards in place.</source>
        <translation>Aucune lacune : chaque règle en vigueur est respectée par des cartes en place.</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py" line="150"/>
        <source>The gaps that would hurt first</source>
        <translation>Les lacunes qui feraient mal en premier</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py" line="160"/>
        <source>applies from %1</source>
        <translation>s'applique à compter du %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py" line="166"/>
        <source>(rank %1)</source>
        <translation>(rang %1)</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py" line="178"/>
        <source>pending change (not law yet):</source>
        <translation>modification en attente (pas encore en vigueur) :</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py" line="200"/>
        <source>The other findings, by rule pack</source>
        <translation>Les autres constats, par ensemble de règles</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py" line="219"/>
        <source>No findings.</source>
        <translation>Aucun constat.</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py" line="233"/>
        <source>Coverage (rules in force on %1):</source>
        <translation>Couverture (règles en vigueur au %1) :</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py" line="236"/>
        <source>Coverage (rules in force):</source>
        <translation>Couverture (règles en vigueur) :</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py" line="267"/>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py" line="268"/>
        <source>Strategy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py" line="269"/>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py" line="270"/>
        <source>Warnings</source>
        <translation>Avert.</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py" line="271"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py" line="272"/>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py" line="293"/>
        <source>(no strategies)</source>
        <translation>(aucune stratégie)</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py" line="297"/>
        <source>Coverage: rules met by cards in place / rules in force; +Np: N more met only by cards planned or in progress (not counted as met).</source>
        <translation>Couverture : règles respectées par des cartes en place / règles en vigueur; +Np : N autres respectées seulement par des cartes prévues ou en cours (non comptées comme respectées).</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py" line="305"/>
        <source>(not installed here: %1)</source>
        <translation>(non installé ici : %1)</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py" line="313"/>
        <source>Law as of %1</source>
        <translation>Droit en vigueur au %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py" line="315"/>
        <source>Law as of an unrecorded date</source>
        <translation>Droit en vigueur à une date non enregistrée</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py" line="331"/>
        <source>Capability</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py" line="331"/>
        <source>Packs</source>
        <translation>Ensembles</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py" line="342"/>
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
        <location filename="../../app/export/checked.py" line="37"/>
        <source>Prohibited practice — blocking</source>
        <translation>Pratique interdite — bloquant</translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py" line="39"/>
        <location filename="../../app/export/checked.py" line="154"/>
        <source>Planned, not in place</source>
        <translation>Prévu, pas en place</translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py" line="40"/>
        <location filename="../../app/export/checked.py" line="155"/>
        <source>Upcoming — not yet in force</source>
        <translation>À venir — pas encore en vigueur</translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py" line="49"/>
        <source>PROHIBITED</source>
        <translation>INTERDIT</translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py" line="50"/>
        <source>MISSING</source>
        <translation>MANQUANT</translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py" line="51"/>
        <source>PLANNED</source>
        <translation>PRÉVU</translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py" line="52"/>
        <source>UPCOMING</source>
        <translation>À VENIR</translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py" line="66"/>
        <source>ERROR</source>
        <translation>ERREUR</translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py" line="67"/>
        <source>WARNING</source>
        <translation>AVERTISSEMENT</translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py" line="68"/>
        <source>INFO</source>
        <translation>INFO</translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py" line="81"/>
        <source>law as of %1</source>
        <translation>droit en vigueur au %1</translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py" line="114"/>
        <source>no rule pack</source>
        <translation>aucun ensemble de règles</translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py" line="115"/>
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py" line="124"/>
        <source>shipped</source>
        <translation>livré avec l'application</translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py" line="125"/>
        <source>agency folder</source>
        <translation>dossier de l'organisme</translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py" line="126"/>
        <source>verified</source>
        <translation>vérifié</translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py" line="127"/>
        <source>modified</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py" line="128"/>
        <source>unsigned</source>
        <translation>non signé</translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py" line="139"/>
        <location filename="../../app/export/compliance.py" line="157"/>
        <location filename="../../app/export/presentation.py" line="325"/>
        <source>an unrecorded date</source>
        <translation>une date non enregistrée</translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py" line="141"/>
        <source>Checked against the law as of %1: %2.</source>
        <translation>Vérifié au regard du droit en vigueur au %1 : %2.</translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py" line="148"/>
        <source>Upcoming — applies from %1</source>
        <translation>À venir — s'applique à compter du %1</translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py" line="151"/>
        <location filename="../../app/export/checked.py" line="38"/>
        <location filename="../../app/export/presentation.py" line="259"/>
        <source>Missing</source>
        <translation>Manquant</translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py" line="153"/>
        <source>Prohibited practice</source>
        <translation>Pratique interdite</translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py" line="175"/>
        <source>no rule applies</source>
        <translation>aucune règle ne s'applique</translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py" line="177"/>
        <source>%1 in place · %2 planned of %3</source>
        <translation>%1 en place · %2 prévues sur %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/export/checked.py" line="183"/>
        <location filename="../../app/export/checked.py" line="208"/>
        <source>%n upcoming</source>
        <translation>
            <numerusform>%n à venir</numerusform>
            <numerusform>%n à venir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/export/checked.py" line="205"/>
        <source>%n prohibited</source>
        <translation>
            <numerusform>%n interdit</numerusform>
            <numerusform>%n interdits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/export/checked.py" line="206"/>
        <source>%n missing</source>
        <translation>
            <numerusform>%n manquant</numerusform>
            <numerusform>%n manquants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/export/checked.py" line="207"/>
        <source>%n planned</source>
        <translation>
            <numerusform>%n prévu</numerusform>
            <numerusform>%n prévus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/export/checked.py" line="212"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py" line="214"/>
        <source>no findings</source>
        <translation>aucun constat</translation>
    </message>
</context>
<context>
    <name>checker</name>
    <message>
        <location filename="../../app/checker/engine.py" line="286"/>
        <location filename="../../app/cli/check_text.py" line="185"/>
        <source>Upcoming — applies from %1. Not yet in force; %2</source>
        <translation>À venir — s'applique à compter du %1. Pas encore en vigueur; %2</translation>
    </message>
    <message>
        <location filename="../../app/checker/engine.py" line="298"/>
        <source>The system is live, but this is only planned: on the cards in place, %1</source>
        <translation>Le système est en service, mais ceci n'est que prévu : selon les cartes en place, %1</translation>
    </message>
    <message>
        <location filename="../../app/checker/engine.py" line="302"/>
        <source>Planned, not in place: on the cards in place, %1</source>
        <translation>Prévu, pas en place : selon les cartes en place, %1</translation>
    </message>
    <message>
        <location filename="../../app/checker/engine.py" line="352"/>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
    <message>
        <location filename="../../app/checker/engine.py" line="379"/>
        <source>Rule pack not available</source>
        <translation>Ensemble de règles non disponible</translation>
    </message>
    <message>
        <location filename="../../app/checker/engine.py" line="380"/>
        <source>The strategy selects the rule pack %1, which is not installed here; its rules were not checked.</source>
        <translation>La stratégie sélectionne l'ensemble de règles %1, qui n'est pas installé ici; ses règles n'ont pas été vérifiées.</translation>
    </message>
    <message>
        <location filename="../../app/checker/ranking.py" line="184"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../../app/checker/ranking.py" line="185"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location filename="../../app/checker/ranking.py" line="186"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../../app/checker/ranking.py" line="189"/>
        <source>%1: demanded by %2 in %3</source>
        <translation>%1 : exigé par %2 dans %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/checker/ranking.py" line="190"/>
        <source>%n pack(s)</source>
        <translation>
            <numerusform>%n ensemble de règles</numerusform>
            <numerusform>%n ensembles de règles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/checker/ranking.py" line="191"/>
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n règle</numerusform>
            <numerusform>%n règles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/checker/ranking.py" line="195"/>
        <source>; the drills attach %1 harm per day to its absence</source>
        <translation>; les exercices associent à son absence un préjudice de %1 par jour</translation>
    </message>
    <message>
        <location filename="../../app/checker/ranking.py" line="199"/>
        <source>; planned but not in place while the system is live</source>
        <translation>; prévu, mais pas en place alors que le système est en service</translation>
    </message>
    <message>
        <location filename="../../app/checker/ranking.py" line="201"/>
        <source>; planned but not in place</source>
        <translation>; prévu, mais pas en place</translation>
    </message>
    <message>
        <location filename="../../app/checker/requirements.py" line="47"/>
        <source>'%1'</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <location filename="../../app/checker/requirements.py" line="98"/>
        <source>in %1</source>
        <translation>dans le couloir %1</translation>
    </message>
    <message>
        <location filename="../../app/checker/requirements.py" line="100"/>
        <source>owned by %1</source>
        <translation>sous la responsabilité du rôle %1</translation>
    </message>
    <message>
        <location filename="../../app/checker/requirements.py" line="102"/>
        <source>owned by someone outside the team that builds the model</source>
        <translation>sous la responsabilité d'une personne extérieure à l'équipe qui construit le modèle</translation>
    </message>
    <message>
        <location filename="../../app/checker/requirements.py" line="106"/>
        <source>that repeats in operation</source>
        <translation>qui se répète en exploitation</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/checker/requirements.py" line="123"/>
        <source>%n card(s) provide it in another lane.</source>
        <translation>
            <numerusform>%n carte la fournit dans un autre couloir.</numerusform>
            <numerusform>%n cartes la fournissent dans un autre couloir.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/checker/requirements.py" line="130"/>
        <source>%1 is not owned by the %2 role.</source>
        <translation>%1 n'est pas sous la responsabilité du rôle %2.</translation>
    </message>
    <message>
        <location filename="../../app/checker/requirements.py" line="137"/>
        <source>It is owned by the team that builds the model (%1); an independent review needs an owner outside it.</source>
        <translation>Elle relève de l'équipe qui construit le modèle (%1); un examen indépendant exige un responsable extérieur à cette équipe.</translation>
    </message>
    <message>
        <location filename="../../app/checker/requirements.py" line="145"/>
        <source>It runs once or states no cadence: a one-off activity cannot see what happens in operation. Give it a repeating cadence.</source>
        <translation>Elle n'a lieu qu'une fois ou n'indique aucune fréquence : une activité ponctuelle ne peut pas voir ce qui se passe en exploitation. Donnez-lui une fréquence récurrente.</translation>
    </message>
    <message>
        <location filename="../../app/checker/requirements.py" line="164"/>
        <location filename="../../app/checker/requirements.py" line="161"/>
        <source>No card provides %1.</source>
        <translation>Aucune carte ne fournit %1.</translation>
    </message>
    <message>
        <location filename="../../app/checker/requirements.py" line="175"/>
        <source>%1 must come before the release, but no Deployment card shows where the system goes live; add the release and link it downstream.</source>
        <translation>%1 doit précéder la mise en production, mais aucune carte du couloir Déploiement n'indique où le système entre en service; ajoutez la mise en production et reliez-la en aval.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/checker/requirements.py" line="187"/>
        <source>%1 does not gate the release: %n Deployment card(s) have no %1 upstream. Link it into the go/no-go gate before deployment, so the system cannot go live without it.</source>
        <translation>
            <numerusform>%1 ne conditionne pas la mise en production : %n carte du couloir Déploiement n'a pas %1 en amont. Reliez-la au point de décision (go/no-go) avant le déploiement, pour que le système ne puisse pas entrer en service sans elle.</numerusform>
            <numerusform>%1 ne conditionne pas la mise en production : %n cartes du couloir Déploiement n'ont pas %1 en amont. Reliez-la au point de décision (go/no-go) avant le déploiement, pour que le système ne puisse pas entrer en service sans elle.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/checker/requirements.py" line="244"/>
        <source>Nothing can lead to %1: </source>
        <translation>Rien ne peut mener à %1 : </translation>
    </message>
    <message>
        <location filename="../../app/checker/requirements.py" line="252"/>
        <source>%1 leads nowhere: </source>
        <translation>%1 ne mène nulle part : </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/checker/requirements.py" line="257"/>
        <source>%n card(s) with %1 do not lead to another card with %2; link them (one card cannot raise an alarm and answer it).</source>
        <translation>
            <numerusform>%n carte dotée de %1 ne mène à aucune autre carte dotée de %2; reliez-les (une même carte ne peut pas à la fois donner l'alerte et y répondre).</numerusform>
            <numerusform>%n cartes dotées de %1 ne mènent à aucune autre carte dotée de %2; reliez-les (une même carte ne peut pas à la fois donner l'alerte et y répondre).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/checker/requirements.py" line="275"/>
        <source>No card provides %1, which must come before %2.</source>
        <translation>Aucune carte ne fournit %1, qui doit précéder %2.</translation>
    </message>
    <message>
        <location filename="../../app/checker/requirements.py" line="282"/>
        <source>No card provides %1, which must follow %2.</source>
        <translation>Aucune carte ne fournit %1, qui doit suivre %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/checker/requirements.py" line="300"/>
        <source>%n card(s) with %1 have no %2 before them (in an earlier lane or linked upstream).</source>
        <translation>
            <numerusform>%n carte dotée de %1 n'a pas %2 avant elle (dans un couloir précédent ou reliée en amont).</numerusform>
            <numerusform>%n cartes dotées de %1 n'ont pas %2 avant elles (dans un couloir précédent ou reliées en amont).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/checker/requirements.py" line="330"/>
        <source>The use involves a practice the law prohibits outright; no card on the board can make it compliant. Stop or redesign the use (take legal advice on the narrow exceptions, if any).</source>
        <translation>L'utilisation comporte une pratique que le droit interdit purement et simplement; aucune carte du canevas ne peut la rendre conforme. Cessez l'utilisation ou revoyez-la (demandez un avis juridique sur les exceptions étroites, s'il y en a).</translation>
    </message>
</context>
<context>
    <name>compliance</name>
    <message numerus="yes">
        <location filename="../../app/export/compliance.py" line="67"/>
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py" line="72"/>
        <source>%1 in %2</source>
        <translation>%1 dans %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/export/compliance.py" line="73"/>
        <source>%n pack(s)</source>
        <translation>
            <numerusform>%n ensemble</numerusform>
            <numerusform>%n ensembles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/export/compliance.py" line="74"/>
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n règle</numerusform>
            <numerusform>%n règles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py" line="77"/>
        <source>drills: %1 harm/day</source>
        <translation>exercices : préjudice de %1 par jour</translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py" line="79"/>
        <source>Lifecycle structure</source>
        <translation>Structure du cycle de vie</translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py" line="81"/>
        <source>Would close it:</source>
        <translation>À combler avec :</translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py" line="84"/>
        <source>Planned, not in place:</source>
        <translation>Prévu, pas en place :</translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py" line="95"/>
        <source>Rank %1</source>
        <translation>Rang %1</translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py" line="101"/>
        <source>Not yet in place:</source>
        <translation>Pas encore en place :</translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py" line="103"/>
        <source>Cards:</source>
        <translation>Cartes :</translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py" line="107"/>
        <source>Would fix it:</source>
        <translation>Correctif :</translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py" line="110"/>
        <source>Pending change, not yet law:</source>
        <translation>Modification en attente, pas encore en vigueur :</translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py" line="143"/>
        <source>Rule pack</source>
        <translation>Ensemble de règles</translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py" line="144"/>
        <source>Missing</source>
        <translation>Manquants</translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py" line="145"/>
        <source>Planned</source>
        <translation>Prévus</translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py" line="146"/>
        <source>Upcoming</source>
        <translation>À venir</translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py" line="159"/>
        <source>Law as of %1 · strategy revision %2</source>
        <translation>Droit en vigueur au %1 · révision %2 de la stratégie</translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py" line="170"/>
        <source>Blocking — prohibited practice: %1. No card can fix it.</source>
        <translation>Bloquant — pratique interdite : %1. Aucune carte ne peut y remédier.</translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py" line="175"/>
        <source>The gaps that would hurt first</source>
        <translation>Les lacunes qui feraient mal en premier</translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py" line="181"/>
        <source>Not ranked: every finding is listed under Open findings.</source>
        <translation>Non classés : chaque constat figure sous Constats ouverts.</translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py" line="193"/>
        <source>Coverage per rule pack</source>
        <translation>Couverture par ensemble de règles</translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py" line="197"/>
        <source>No rule pack is selected, so no coverage is measured.</source>
        <translation>Aucun ensemble de règles n'est sélectionné; aucune couverture n'est donc mesurée.</translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py" line="199"/>
        <source>Findings: %1.</source>
        <translation>Constats : %1.</translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py" line="201"/>
        <location filename="../../app/export/compliance.py" line="211"/>
        <source>Compliance</source>
        <translation>Conformité</translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py" line="214"/>
        <source>This strategy was not checked before export.</source>
        <translation>Cette stratégie n'a pas été vérifiée avant l'exportation.</translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py" line="232"/>
        <source>No open finding: every rule in force is met in place.</source>
        <translation>Aucun constat ouvert : chaque règle en vigueur est respectée par des cartes en place.</translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py" line="237"/>
        <source>Open findings</source>
        <translation>Constats ouverts</translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py" line="245"/>
        <source>Rules that do not apply yet on the date checked; none of them counts against the strategy today. Each says when it applies.</source>
        <translation>Règles qui ne s'appliquent pas encore à la date de vérification; aucune ne compte contre la stratégie aujourd'hui. Chacune indique à compter de quand elle s'applique.</translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py" line="255"/>
        <source>Upcoming rules</source>
        <translation>Règles à venir</translation>
    </message>
</context>
<context>
    <name>markdown</name>
    <message>
        <location filename="../../app/export/markdown.py" line="99"/>
        <source>Links:</source>
        <translation>Liens :</translation>
    </message>
    <message>
        <location filename="../../app/export/markdown.py" line="134"/>
        <source>Rule pack</source>
        <translation>Ensemble de règles</translation>
    </message>
    <message>
        <location filename="../../app/export/markdown.py" line="135"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../app/export/markdown.py" line="136"/>
        <source>In place</source>
        <translation>En place</translation>
    </message>
    <message>
        <location filename="../../app/export/markdown.py" line="137"/>
        <source>Planned, not met</source>
        <translation>Prévues, non respectées</translation>
    </message>
    <message>
        <location filename="../../app/export/markdown.py" line="138"/>
        <source>In force</source>
        <translation>En vigueur</translation>
    </message>
    <message>
        <location filename="../../app/export/markdown.py" line="139"/>
        <source>Upcoming</source>
        <translation>À venir</translation>
    </message>
    <message>
        <location filename="../../app/export/markdown.py" line="140"/>
        <source>In place share</source>
        <translation>Part en place</translation>
    </message>
</context>
<context>
    <name>presentation</name>
    <message>
        <location filename="../../app/export/presentation.py" line="63"/>
        <source>No team members recorded.</source>
        <translation>Aucun membre de l'équipe n'est inscrit.</translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py" line="66"/>
        <source>facilitated by %1</source>
        <translation>animé par %1</translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py" line="73"/>
        <source>MLOps strategy</source>
        <translation>Stratégie MLOps</translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py" line="85"/>
        <source>What the system does</source>
        <translation>Ce que fait le système</translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py" line="86"/>
        <source>The goal</source>
        <translation>L'objectif</translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py" line="87"/>
        <source>The hard part</source>
        <translation>La difficulté</translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py" line="91"/>
        <source>The scenario</source>
        <translation>Le scénario</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/export/presentation.py" line="102"/>
        <source>%n in place</source>
        <translation>
            <numerusform>%n en place</numerusform>
            <numerusform>%n en place</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/export/presentation.py" line="103"/>
        <source>%n in progress</source>
        <translation>
            <numerusform>%n en cours</numerusform>
            <numerusform>%n en cours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/export/presentation.py" line="106"/>
        <source>%n planned</source>
        <translation>
            <numerusform>%n prévue</numerusform>
            <numerusform>%n prévues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/export/presentation.py" line="110"/>
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n carte</numerusform>
            <numerusform>%n cartes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py" line="120"/>
        <source>The board has no cards yet.</source>
        <translation>Le canevas n'a encore aucune carte.</translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py" line="126"/>
        <location filename="../../app/export/presentation.py" line="119"/>
        <source>The board</source>
        <translation>Le canevas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/export/presentation.py" line="145"/>
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py" line="147"/>
        <source>The lifecycle's own structure</source>
        <translation>La structure même du cycle de vie</translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py" line="152"/>
        <source>Planned, not yet in place:</source>
        <translation>Prévu, pas encore en place :</translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py" line="156"/>
        <source>Close it with:</source>
        <translation>À combler avec :</translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py" line="164"/>
        <source>The gaps that would hurt first</source>
        <translation>Les lacunes qui feraient mal en premier</translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py" line="170"/>
        <source>This strategy was not checked before export.</source>
        <translation>Cette stratégie n'a pas été vérifiée avant l'exportation.</translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py" line="175"/>
        <source>law of the day</source>
        <translation>droit en vigueur ce jour-là</translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py" line="181"/>
        <source>Blocking: a prohibited practice — %1.</source>
        <translation>Bloquant : une pratique interdite — %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/export/presentation.py" line="190"/>
        <source>and %n more gap(s)</source>
        <translation>
            <numerusform>et %n autre lacune</numerusform>
            <numerusform>et %n autres lacunes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py" line="191"/>
        <source>Findings: %1%2 — all in the full plan.</source>
        <translation>Constats : %1%2 — tous dans le plan complet.</translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py" line="196"/>
        <source>Findings: %1 — ranked in the full plan.</source>
        <translation>Constats : %1 — classés dans le plan complet.</translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py" line="204"/>
        <source>No gaps: every rule in force is carried by cards in place.</source>
        <translation>Aucune lacune : chaque règle en vigueur est respectée par des cartes en place.</translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py" line="212"/>
        <source>Ranked by what would hurt first</source>
        <translation>Classées selon ce qui ferait mal en premier</translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py" line="244"/>
        <source>Put “%1” in place</source>
        <translation>Mettre en place « %1 »</translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py" line="254"/>
        <location filename="../../app/export/presentation.py" line="240"/>
        <source>to be named</source>
        <translation>à désigner</translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py" line="256"/>
        <source>Add “%1”</source>
        <translation>Ajouter « %1 »</translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py" line="267"/>
        <source>Finish “%1”</source>
        <translation>Terminer « %1 »</translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py" line="269"/>
        <source>Start “%1”</source>
        <translation>Commencer « %1 »</translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py" line="281"/>
        <source>Every card is in place and no gap is open.</source>
        <translation>Toutes les cartes sont en place et aucune lacune n'est ouverte.</translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py" line="288"/>
        <source>Next step</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py" line="289"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py" line="290"/>
        <source>Now</source>
        <translation>État</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/export/presentation.py" line="299"/>
        <source>+ %n more in the full plan's action list.</source>
        <translation>
            <numerusform>+ %n autre dans la liste des actions du plan complet.</numerusform>
            <numerusform>+ %n autres dans la liste des actions du plan complet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py" line="307"/>
        <source>Next steps</source>
        <translation>Prochaines étapes</translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py" line="308"/>
        <source>Closing the top gaps first, then what is under way</source>
        <translation>Combler d'abord les principales lacunes, puis terminer ce qui est en cours</translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py" line="327"/>
        <source>Checked against the law as of %1.</source>
        <translation>Vérifié au regard du droit en vigueur au %1.</translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py" line="343"/>
        <source>Rule pack</source>
        <translation>Ensemble de règles</translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py" line="344"/>
        <source>File hash (SHA-256)</source>
        <translation>Empreinte du fichier (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py" line="348"/>
        <source>No rule pack was selected.</source>
        <translation>Aucun ensemble de règles n'a été sélectionné.</translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py" line="351"/>
        <source>Versions, every card, finding and citation: in the full plan.</source>
        <translation>Versions, cartes, constats et citations : dans le plan complet.</translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py" line="358"/>
        <source>How it was checked</source>
        <translation>Comment la vérification a été faite</translation>
    </message>
</context>
<context>
    <name>vocabulary</name>
    <message>
        <location filename="../../app/i18n.py" line="436"/>
        <source>Data Management &amp; Preparation</source>
        <translation>Gestion et préparation des données</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="437"/>
        <source>Model Development &amp; Training</source>
        <translation>Développement et entraînement du modèle</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="438"/>
        <source>Model Evaluation &amp; Validation</source>
        <translation>Évaluation et validation du modèle</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="439"/>
        <source>Model Deployment &amp; Serving</source>
        <translation>Déploiement et mise en service du modèle</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="440"/>
        <source>Monitoring &amp; Maintenance</source>
        <translation>Surveillance et maintenance</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="441"/>
        <source>Feedback Loop &amp; Continuous Improvement</source>
        <translation>Boucle de rétroaction et amélioration continue</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="442"/>
        <source>Governance (cross-cutting)</source>
        <translation>Gouvernance (transversale)</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="449"/>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="450"/>
        <source>Development</source>
        <translation>Développement</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="451"/>
        <source>Evaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="452"/>
        <source>Deployment</source>
        <translation>Déploiement</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="453"/>
        <source>Monitoring</source>
        <translation>Surveillance</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="454"/>
        <source>Feedback</source>
        <translation>Rétroaction</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="455"/>
        <source>Governance</source>
        <translation>Gouvernance</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="462"/>
        <source>Data scientist</source>
        <translation>Science des données</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="463"/>
        <source>IT operations</source>
        <translation>Exploitation des TI</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="464"/>
        <source>Project manager</source>
        <translation>Gestion de projet</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="465"/>
        <source>Policy &amp; legal</source>
        <translation>Politiques et affaires juridiques</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="466"/>
        <source>Privacy &amp; ethics</source>
        <translation>Protection de la vie privée et éthique</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="467"/>
        <source>Domain expert</source>
        <translation>Expertise métier</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="474"/>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="475"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="476"/>
        <source>In place</source>
        <translation>En place</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="483"/>
        <source>flows into</source>
        <translation>alimente</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="484"/>
        <source>gates</source>
        <translation>conditionne</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="485"/>
        <source>triggers</source>
        <translation>déclenche</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="486"/>
        <source>feeds back to</source>
        <translation>renvoie en rétroaction à</translation>
    </message>
</context>
</TS>
