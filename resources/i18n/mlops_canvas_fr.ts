<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en">
<context>
    <name>about</name>
    <message>
        <location filename="../../app/about.py"/>
        <source>Python {python} (frozen) on {platform}</source>
        <translation>Python {python} (exécutable autonome) sous {platform}</translation>
    </message>
    <message>
        <location filename="../../app/about.py"/>
        <source>Python {python} on {platform}</source>
        <translation>Python {python} sous {platform}</translation>
    </message>
    <message>
        <location filename="../../app/about.py"/>
        <source>shipped</source>
        <translation>livré avec l'application</translation>
    </message>
    <message>
        <location filename="../../app/about.py"/>
        <source>agency folder</source>
        <translation>dossier de l'organisme</translation>
    </message>
    <message>
        <location filename="../../app/about.py"/>
        <source>verified</source>
        <translation>vérifié</translation>
    </message>
    <message>
        <location filename="../../app/about.py"/>
        <source>modified</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location filename="../../app/about.py"/>
        <source>unsigned</source>
        <translation>non signé</translation>
    </message>
</context>
<context>
    <name>autosave</name>
    <message>
        <location filename="../../app/autosave.py"/>
        <source>Saved · revision {revision}</source>
        <translation>Enregistré · révision {revision}</translation>
    </message>
    <message>
        <location filename="../../app/autosave.py"/>
        <source>Typing… saved at the next pause</source>
        <translation>Saisie en cours… enregistrement à la prochaine pause</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/autosave.py"/>
        <source>Saving %n edit(s)…</source>
        <translation>
            <numerusform>Enregistrement de %n modification…</numerusform>
            <numerusform>Enregistrement de %n modifications…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/autosave.py"/>
        <source>Not saved: {reason} %n edit(s) kept in memory; retrying.</source>
        <translation>
            <numerusform>Non enregistré : {reason} %n modification gardée en mémoire; nouvelle tentative en cours.</numerusform>
            <numerusform>Non enregistré : {reason} %n modifications gardées en mémoire; nouvelle tentative en cours.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/autosave.py"/>
        <source>a card</source>
        <translation>une carte</translation>
    </message>
    <message>
        <location filename="../../app/autosave.py"/>
        <source>{field} from {before} to {after}</source>
        <translation>{field} : {before} remplacé par {after}</translation>
    </message>
    <message>
        <location filename="../../app/autosave.py"/>
        <source>{author} changed the card {card}: {changes}, replacing yours.</source>
        <translation>{author} a modifié la carte {card} : {changes}, à la place de votre modification.</translation>
    </message>
    <message>
        <location filename="../../app/autosave.py"/>
        <source>{author} moved {card} to {phase}, replacing your move.</source>
        <translation>{author} a déplacé {card} vers {phase}, à la place de votre déplacement.</translation>
    </message>
    <message>
        <location filename="../../app/autosave.py"/>
        <source>{author} removed {card}, which you had just changed.</source>
        <translation>{author} a retiré {card}, que vous veniez de modifier.</translation>
    </message>
    <message>
        <location filename="../../app/autosave.py"/>
        <source>{author} removed a link you had just changed.</source>
        <translation>{author} a retiré un lien que vous veniez de modifier.</translation>
    </message>
    <message>
        <location filename="../../app/autosave.py"/>
        <source>{author} made a link you had just changed {kind}.</source>
        <translation>{author} a changé en {kind} un lien que vous veniez de modifier.</translation>
    </message>
    <message>
        <location filename="../../app/autosave.py"/>
        <source>{author} changed the profile you had just changed.</source>
        <translation>{author} a modifié le profil que vous veniez de modifier.</translation>
    </message>
    <message>
        <location filename="../../app/autosave.py"/>
        <source>{author} set the rule packs to {packs}, replacing yours.</source>
        <translation>{author} a choisi les ensembles de règles {packs}, à la place de votre choix.</translation>
    </message>
    <message>
        <location filename="../../app/autosave.py"/>
        <source>{author} renamed the strategy from {before} to {after}, replacing yours.</source>
        <translation>{author} a renommé la stratégie {before} en {after}, à la place de votre modification.</translation>
    </message>
    <message>
        <location filename="../../app/autosave.py"/>
        <source>{author} changed something you had just changed.</source>
        <translation>{author} a modifié un élément que vous veniez de modifier.</translation>
    </message>
    <message>
        <location filename="../../app/autosave.py"/>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <location filename="../../app/autosave.py"/>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <location filename="../../app/autosave.py"/>
        <source>owner role</source>
        <translation>rôle responsable</translation>
    </message>
    <message>
        <location filename="../../app/autosave.py"/>
        <source>status</source>
        <translation>état</translation>
    </message>
    <message>
        <location filename="../../app/autosave.py"/>
        <source>capabilities</source>
        <translation>capacités</translation>
    </message>
    <message>
        <location filename="../../app/autosave.py"/>
        <source>cadence</source>
        <translation>fréquence</translation>
    </message>
    <message>
        <location filename="../../app/autosave.py"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>board</name>
    <message>
        <location filename="../../app/export/board_drawing.py"/>
        <source>{lane}: {shown} of {count} cards</source>
        <translation>{lane} : {shown} cartes sur {count}</translation>
    </message>
    <message>
        <location filename="../../app/export/board_drawing.py"/>
        <source>Lifecycle board (part {part} of {parts})</source>
        <translation>Canevas du cycle de vie (partie {part} sur {parts})</translation>
    </message>
    <message>
        <location filename="../../app/export/board_drawing.py"/>
        <source>Lifecycle board</source>
        <translation>Canevas du cycle de vie</translation>
    </message>
    <message>
        <location filename="../../app/export/board_drawing.py"/>
        <source>{board}, {total} cards in all. Shown here: {parts}. Every card is listed with its owner and status in the plan's phase sections.</source>
        <translation>{board}, {total} cartes en tout. Ici : {parts}. Chaque carte figure avec son responsable et son état dans les sections des phases du plan.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/export/board_drawing.py"/>
        <source>+ %n more card(s) in the full plan</source>
        <translation>
            <numerusform>+ %n autre carte dans le plan complet</numerusform>
            <numerusform>+ %n autres cartes dans le plan complet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/export/board_drawing.py"/>
        <source>No cards yet</source>
        <translation>Aucune carte pour l'instant</translation>
    </message>
    <message>
        <location filename="../../app/export/board_drawing.py"/>
        <source>Board part {part} of {parts}</source>
        <translation>Tableau, partie {part} sur {parts}</translation>
    </message>
    <message>
        <location filename="../../app/export/board_drawing.py"/>
        <source>listed in the phase sections</source>
        <translation>énumérés dans les sections des phases</translation>
    </message>
    <message>
        <location filename="../../app/export/board_drawing.py"/>
        <source>the full plan lists them</source>
        <translation>le plan complet les énumère</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/export/board_drawing.py"/>
        <source>%n link(s) lead(s) to cards on other parts</source>
        <translation>
            <numerusform>%n lien mène à des cartes d'autres parties</numerusform>
            <numerusform>%n liens mènent à des cartes d'autres parties</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cadence</name>
    <message>
        <location filename="../../views/labels.py"/>
        <source>Continuous</source>
        <translation>En continu</translation>
    </message>
    <message>
        <location filename="../../views/labels.py"/>
        <source>Daily</source>
        <translation>Quotidienne</translation>
    </message>
    <message>
        <location filename="../../views/labels.py"/>
        <source>Weekly</source>
        <translation>Hebdomadaire</translation>
    </message>
    <message>
        <location filename="../../views/labels.py"/>
        <source>Monthly</source>
        <translation>Mensuelle</translation>
    </message>
    <message>
        <location filename="../../views/labels.py"/>
        <source>Quarterly</source>
        <translation>Trimestrielle</translation>
    </message>
    <message>
        <location filename="../../views/labels.py"/>
        <source>Yearly</source>
        <translation>Annuelle</translation>
    </message>
    <message>
        <location filename="../../views/labels.py"/>
        <source>Once (one-off)</source>
        <translation>Une fois (ponctuelle)</translation>
    </message>
    <message>
        <location filename="../../views/labels.py"/>
        <source>Not stated</source>
        <translation>Non précisée</translation>
    </message>
</context>
<context>
    <name>canvas</name>
    <message>
        <location filename="../../views/canvas/view.py"/>
        <source>Strategy canvas</source>
        <translation>Canevas de la stratégie</translation>
    </message>
    <message>
        <location filename="../../views/canvas/view.py"/>
        <source>The board of phase lanes and cards. Arrow keys move between cards; the Outline panel lists the same content for screen readers.</source>
        <translation>Le canevas des couloirs de phase et des cartes. Les touches fléchées passent d'une carte à l'autre; le panneau Plan présente le même contenu aux lecteurs d'écran.</translation>
    </message>
    <message>
        <location filename="../../views/canvas/view.py"/>
        <source>That is not a practice from the palette.</source>
        <translation>Ce n'est pas une pratique de la palette.</translation>
    </message>
    <message>
        <location filename="../../views/items/lane_item.py"/>
        <source>controls that belong to no single phase</source>
        <translation>mesures de contrôle qui n'appartiennent à aucune phase</translation>
    </message>
    <message>
        <location filename="../../views/items/lane_item.py"/>
        <source>Feedback loop: back to Data</source>
        <translation>Boucle de rétroaction : retour aux données</translation>
    </message>
    <message>
        <location filename="../../views/items/legend_item.py"/>
        <source>Links:</source>
        <translation>Liens :</translation>
    </message>
    <message>
        <location filename="../../views/items/legend_item.py"/>
        <source>runs against the lifecycle</source>
        <translation>va à contresens du cycle de vie</translation>
    </message>
</context>
<context>
    <name>chart</name>
    <message>
        <location filename="../../app/export/linechart_drawing.py"/>
        <source>The lines coincide: the team's controls made no difference here.</source>
        <translation>Les courbes se confondent : les mesures de contrôle de l'équipe n'ont rien changé ici.</translation>
    </message>
    <message>
        <location filename="../../app/export/linechart_drawing.py"/>
        <source>The lines coincide in months {months}.</source>
        <translation>Les courbes se confondent aux mois {months}.</translation>
    </message>
    <message>
        <location filename="../../app/export/linechart_drawing.py"/>
        <source>{series} from {first} to {last}</source>
        <translation>{series} de {first} à {last}</translation>
    </message>
    <message>
        <location filename="../../app/export/linechart_drawing.py"/>
        <source>Line chart over {axis} {first}–{last}.</source>
        <translation>Graphique linéaire, {axis} {first} à {last}.</translation>
    </message>
    <message>
        <location filename="../../app/export/linechart_drawing.py"/>
        <source>Numbered marks: events of the year</source>
        <translation>Repères numérotés : événements de l'année</translation>
    </message>
</context>
<context>
    <name>check</name>
    <message numerus="yes">
        <location filename="../../app/cli/check.py"/>
        <source>Card “{card}” satisfies %n rule(s):</source>
        <translation>
            <numerusform>La carte « {card} » satisfait %n règle :</numerusform>
            <numerusform>La carte « {card} » satisfait %n règles :</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/check.py"/>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/check.py"/>
        <source>Workshop “{workshop}”: %n strategy(ies), {when}</source>
        <translation>
            <numerusform>Atelier « {workshop} » : %n stratégie, {when}</numerusform>
            <numerusform>Atelier « {workshop} » : %n stratégies, {when}</numerusform>
        </translation>
    </message>
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
        <translation>Vérification de « %1 » (%2, révision %3), %4</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>Rule packs: none selected (lifecycle structure only)</source>
        <translation>Ensembles de règles : aucun n'est sélectionné (structure du cycle de vie seulement)</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>Rule packs:</source>
        <translation>Ensembles de règles :</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>%1: version %2</source>
        <translation>%1 : version %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>in force from %1</source>
        <translation>en vigueur depuis le %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>BLOCKING: prohibited practice — %1</source>
        <translation>BLOQUANT : pratique interdite — %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>No card can make it compliant: stop or redesign the use.</source>
        <translation>Aucune carte ne peut la rendre conforme : cessez l'utilisation ou revoyez-la.</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>add “%1”</source>
        <translation>ajouter « %1 »</translation>
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
        <translation>cite :</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>why:</source>
        <translation>pourquoi :</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>fix:</source>
        <translation>correctif :</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>put in place:</source>
        <translation>à mettre en place :</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>cards:</source>
        <translation>cartes :</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <location filename="../../app/export/compliance.py"/>
        <source>No gaps on %1: every rule in force is carried by cards in place.</source>
        <translation>Aucune lacune au %1 : chaque règle en vigueur est respectée par des cartes en place.</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <location filename="../../app/export/compliance.py"/>
        <source>No gaps: every rule in force is carried by cards in place.</source>
        <translation>Aucune lacune : chaque règle en vigueur est respectée par des cartes en place.</translation>
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
        <translation>modification en attente (pas encore en vigueur) :</translation>
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
        <translation>Couverture (règles en vigueur au %1) :</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>Coverage (rules in force):</source>
        <translation>Couverture (règles en vigueur) :</translation>
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
        <translation>Couverture : règles respectées par des cartes en place / règles en vigueur; +Np : N autres respectées seulement par des cartes prévues ou en cours (non comptées comme respectées).</translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>(not installed here: %1)</source>
        <translation>(non installé ici : %1)</translation>
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
    <message numerus="yes">
        <location filename="../../app/export/blocks.py"/>
        <location filename="../../app/export/checked.py"/>
        <source>%n upcoming</source>
        <translation>
            <numerusform>%n à venir</numerusform>
            <numerusform>%n à venir</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/export/blocks.py"/>
        <source>no rule in force</source>
        <translation>aucune règle en vigueur</translation>
    </message>
    <message>
        <location filename="../../app/export/blocks.py"/>
        <location filename="../../app/export/checked.py"/>
        <source>%1 in place · %2 planned of %3</source>
        <translation>%1 en place · %2 prévues sur %3</translation>
    </message>
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
        <translation>Vérifié au regard du droit en vigueur au %1 : %2.</translation>
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
    <message>
        <location filename="../../app/export/coverage_drawing.py"/>
        <source>Coverage per rule pack: {packs}</source>
        <translation>Couverture par ensemble de règles : {packs}</translation>
    </message>
    <message>
        <location filename="../../app/export/coverage_drawing.py"/>
        <source>{pack}: {value}</source>
        <translation>{pack} : {value}</translation>
    </message>
    <message>
        <location filename="../../app/export/coverage_drawing.py"/>
        <source>met by cards in place</source>
        <translation>respectée par des cartes en place</translation>
    </message>
    <message>
        <location filename="../../app/export/coverage_drawing.py"/>
        <source>only planned — not met</source>
        <translation>seulement prévue — non respectée</translation>
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
        <translation>Le système est en service, mais ceci n'est que prévu : selon les cartes en place, %1</translation>
    </message>
    <message>
        <location filename="../../app/checker/engine.py"/>
        <source>Planned, not in place: on the cards in place, %1</source>
        <translation>Prévu, pas en place : selon les cartes en place, %1</translation>
    </message>
    <message>
        <location filename="../../app/checker/engine.py"/>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
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
        <translation>%1 : exigé par %2 dans %3</translation>
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
        <translation>« %1 »</translation>
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
        <translation>Elle n'a lieu qu'une fois ou n'indique aucune fréquence : une activité ponctuelle ne peut pas voir ce qui se passe en exploitation. Donnez-lui une fréquence récurrente.</translation>
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
            <numerusform>%1 ne conditionne pas la mise en production : %n carte du couloir Déploiement n'a pas %1 en amont. Reliez-la au point de décision (go/no-go) avant le déploiement, pour que le système ne puisse pas entrer en service sans elle.</numerusform>
            <numerusform>%1 ne conditionne pas la mise en production : %n cartes du couloir Déploiement n'ont pas %1 en amont. Reliez-la au point de décision (go/no-go) avant le déploiement, pour que le système ne puisse pas entrer en service sans elle.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/checker/requirements.py"/>
        <source>Nothing can lead to %1: </source>
        <translation>Rien ne peut mener à %1 : </translation>
    </message>
    <message>
        <location filename="../../app/checker/requirements.py"/>
        <source>%1 leads nowhere: </source>
        <translation>%1 ne mène nulle part : </translation>
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
    <message>
        <location filename="../../app/checker/structural.py"/>
        <source>Lifecycle structure</source>
        <translation>Structure du cycle de vie</translation>
    </message>
    <message>
        <location filename="../../app/checker/structural.py"/>
        <source>Every phase has a card</source>
        <translation>Chaque phase a une carte</translation>
    </message>
    <message>
        <location filename="../../app/checker/structural.py"/>
        <source>The feedback loop is closed</source>
        <translation>La boucle de rétroaction est fermée</translation>
    </message>
    <message>
        <location filename="../../app/checker/structural.py"/>
        <source>Deployments are gated by evaluation</source>
        <translation>Les déploiements passent par un point de contrôle d'évaluation</translation>
    </message>
    <message>
        <location filename="../../app/checker/structural.py"/>
        <source>Monitoring follows deployment</source>
        <translation>La surveillance suit le déploiement</translation>
    </message>
    <message>
        <location filename="../../app/checker/structural.py"/>
        <source>Cards are linked</source>
        <translation>Les cartes sont reliées</translation>
    </message>
    <message>
        <location filename="../../app/checker/structural.py"/>
        <source>Every card has an owner</source>
        <translation>Chaque carte a un responsable</translation>
    </message>
    <message>
        <location filename="../../app/checker/structural.py"/>
        <source>Links follow the lifecycle</source>
        <translation>Les liens suivent le cycle de vie</translation>
    </message>
    <message>
        <location filename="../../app/checker/structural.py"/>
        <source>Governance has an accountable owner</source>
        <translation>La gouvernance a un responsable qui rend des comptes</translation>
    </message>
    <message>
        <location filename="../../app/checker/structural.py"/>
        <source>Each of the six lifecycle phases needs at least one practice; an empty lane is a stage of the system's life that nobody has planned for.</source>
        <translation>Chacune des six phases du cycle de vie exige au moins une pratique; un couloir vide est une étape de la vie du système que personne n'a prévue.</translation>
    </message>
    <message>
        <location filename="../../app/checker/structural.py"/>
        <source>What monitoring finds must reach a feedback card and flow back into data or development; otherwise problems are seen but never fixed.</source>
        <translation>Ce que la surveillance relève doit parvenir à une carte de rétroaction et revenir aux données ou au développement; sinon, les problèmes sont vus, mais jamais corrigés.</translation>
    </message>
    <message>
        <location filename="../../app/checker/structural.py"/>
        <source>Every deployment card must be reachable from an evaluation card, so nothing goes live without passing a validation gate.</source>
        <translation>Chaque carte de déploiement doit être atteignable depuis une carte d'évaluation, pour que rien ne soit mis en production sans passer un point de contrôle de validation.</translation>
    </message>
    <message>
        <location filename="../../app/checker/structural.py"/>
        <source>Every monitoring card should be downstream of a deployment card: monitoring watches something that was released.</source>
        <translation>Chaque carte de surveillance devrait se trouver en aval d'une carte de déploiement : la surveillance observe quelque chose qui a été mis en production.</translation>
    </message>
    <message>
        <location filename="../../app/checker/structural.py"/>
        <source>More than {allowance} cards have no link at all; a practice that connects to nothing is unlikely to be used.</source>
        <translation>Plus de {allowance} cartes n'ont aucun lien; une pratique reliée à rien a peu de chances d'être appliquée.</translation>
    </message>
    <message>
        <location filename="../../app/checker/structural.py"/>
        <source>A practice without an owner role tends not to happen. Give each card an owner.</source>
        <translation>Une pratique sans rôle responsable a tendance à ne pas se faire. Donnez un responsable à chaque carte.</translation>
    </message>
    <message>
        <location filename="../../app/checker/structural.py"/>
        <source>A link that runs against the lifecycle direction should be a feeds-back link; otherwise the flow of work is unclear.</source>
        <translation>Un lien qui remonte le sens du cycle de vie devrait être un lien de rétroaction; sinon, le cheminement du travail est confus.</translation>
    </message>
    <message>
        <location filename="../../app/checker/structural.py"/>
        <source>A governance card providing 'accountability' with an owner role names who answers for the system and its outcomes.</source>
        <translation>Une carte de gouvernance qui fournit « Personne responsable désignée » avec un rôle responsable nomme qui répond du système et de ses résultats.</translation>
    </message>
    <message>
        <location filename="../../app/checker/structural.py"/>
        <source>The {phase} lane has no card.</source>
        <translation>Le couloir « {phase} » n'a aucune carte.</translation>
    </message>
    <message>
        <location filename="../../app/checker/structural.py"/>
        <source>No feedback card: nothing carries what monitoring learns back into the lifecycle.</source>
        <translation>Aucune carte de rétroaction : rien ne ramène dans le cycle de vie ce que la surveillance apprend.</translation>
    </message>
    <message>
        <location filename="../../app/checker/structural.py"/>
        <source>No path runs from a monitoring card through a feedback card back to a data or development card; link them.</source>
        <translation>Aucun chemin ne va d'une carte de surveillance, par une carte de rétroaction, jusqu'à une carte de données ou de développement; reliez-les.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/checker/structural.py"/>
        <source>%n deployment card(s) have no evaluation card upstream: nothing stops an unvalidated release.</source>
        <translation>
            <numerusform>%n carte de déploiement n'a aucune carte d'évaluation en amont : rien n'arrête une mise en production non validée.</numerusform>
            <numerusform>%n cartes de déploiement n'ont aucune carte d'évaluation en amont : rien n'arrête une mise en production non validée.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/checker/structural.py"/>
        <source>%n monitoring card(s) are not downstream of any deployment card.</source>
        <translation>
            <numerusform>%n carte de surveillance ne se trouve en aval d'aucune carte de déploiement.</numerusform>
            <numerusform>%n cartes de surveillance ne se trouvent en aval d'aucune carte de déploiement.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/checker/structural.py"/>
        <source>%n card(s) have no link at all (up to {allowance} are tolerated).</source>
        <translation>
            <numerusform>%n carte n'a aucun lien (jusqu'à {allowance} sont tolérées).</numerusform>
            <numerusform>%n cartes n'ont aucun lien (jusqu'à {allowance} sont tolérées).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/checker/structural.py"/>
        <source>%n card(s) have no owner role.</source>
        <translation>
            <numerusform>%n carte n'a aucun rôle responsable.</numerusform>
            <numerusform>%n cartes n'ont aucun rôle responsable.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/checker/structural.py"/>
        <source>%n link(s) run against the lifecycle without being feeds-back links.</source>
        <translation>
            <numerusform>%n lien remonte le cycle de vie sans être un lien de rétroaction.</numerusform>
            <numerusform>%n liens remontent le cycle de vie sans être des liens de rétroaction.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/checker/structural.py"/>
        <source>The governance card providing accountability has no owner role.</source>
        <translation>La carte de gouvernance qui désigne la personne responsable n'a aucun rôle responsable.</translation>
    </message>
    <message>
        <location filename="../../app/checker/structural.py"/>
        <source>No governance card provides 'accountability': nobody answers for the system.</source>
        <translation>Aucune carte de gouvernance ne fournit « Personne responsable désignée » : personne ne répond du système.</translation>
    </message>
</context>
<context>
    <name>checking</name>
    <message>
        <location filename="../../views/checking.py"/>
        <source>Profile and rule packs</source>
        <translation>Profil et ensembles de règles</translation>
    </message>
    <message>
        <location filename="../../views/checking.py"/>
        <source>Added “{title}” to fix the finding.</source>
        <translation>« {title} » ajoutée pour régler le constat.</translation>
    </message>
    <message>
        <location filename="../../views/checking.py"/>
        <source>Edit profile</source>
        <translation>Modifier le profil</translation>
    </message>
    <message>
        <location filename="../../views/checking.py"/>
        <source>Choose rule packs</source>
        <translation>Choisir les ensembles de règles</translation>
    </message>
    <message>
        <location filename="../../views/checking.py"/>
        <source>Rule-pack &amp;crosswalk…</source>
        <translation>&amp;Correspondance des ensembles de règles…</translation>
    </message>
    <message>
        <location filename="../../views/checking.py"/>
        <source>Skipped {n} broken rule pack(s): {first}</source>
        <translation>{n} ensemble(s) de règles endommagé(s) ignoré(s) : {first}</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../app/cli/__init__.py"/>
        <source>MLOps Lifecycle Canvas: design public-sector MLOps strategies offline. Without a sub-command (only --db, if anything), the desktop app opens.</source>
        <translation>MLOps Lifecycle Canvas : concevoir hors ligne des stratégies MLOps pour le secteur public. Sans sous-commande (seulement --db, le cas échéant), l'application de bureau s'ouvre.</translation>
    </message>
    <message>
        <location filename="../../app/cli/__init__.py"/>
        <source>show program's version number and exit</source>
        <translation>afficher le numéro de version du programme et quitter</translation>
    </message>
    <message>
        <location filename="../../app/cli/__init__.py"/>
        <source>database file or SQLAlchemy URL (default: $MLOPS_CANVAS_DB, else the data folder)</source>
        <translation>fichier de base de données ou URL SQLAlchemy (par défaut : $MLOPS_CANVAS_DB, sinon le dossier des données)</translation>
    </message>
    <message>
        <location filename="../../app/cli/__init__.py"/>
        <source>language of the output, the help and exports: en or fr (default: $MLOPS_CANVAS_LANG, else the system language)</source>
        <translation>langue de la sortie, de l'aide et des exportations : en ou fr (par défaut : $MLOPS_CANVAS_LANG, sinon la langue du système)</translation>
    </message>
    <message>
        <location filename="../../app/cli/check.py"/>
        <source>check strategies against the lifecycle rules and rule packs</source>
        <translation>vérifier des stratégies selon les règles du cycle de vie et les ensembles de règles</translation>
    </message>
    <message>
        <location filename="../../app/cli/check.py"/>
        <source>Check a strategy (or every strategy of a workshop) against the built-in lifecycle rules and its rule packs on a date: the gaps that would hurt first, then every finding by pack (missing, planned, upcoming), and coverage in place and planned.</source>
        <translation>Vérifier une stratégie (ou toutes les stratégies d'un atelier) selon les règles intégrées du cycle de vie et ses ensembles de règles à une date : les lacunes qui nuiraient en premier, puis chaque constat par ensemble de règles (manquant, prévu, à venir), et la couverture en place et prévue.</translation>
    </message>
    <message>
        <location filename="../../app/cli/check.py"/>
        <source>Exit status: 0 no blocking finding; 1 an error missing or only planned (planned cards are not evidence), or a prohibited practice; 2 bad input. Rules not yet in force (upcoming) never fail the check.</source>
        <translation>Code de sortie : 0 aucun constat bloquant; 1 un constat de niveau erreur dont la carte manque ou n'est que prévue (une carte prévue n'est pas une preuve), ou une pratique interdite; 2 entrée invalide. Les règles pas encore en vigueur (à venir) ne font jamais échouer la vérification.</translation>
    </message>
    <message>
        <location filename="../../app/cli/check.py"/>
        <location filename="../../app/cli/drill.py"/>
        <source>strategy in --db</source>
        <translation>stratégie dans --db</translation>
    </message>
    <message>
        <location filename="../../app/cli/check.py"/>
        <location filename="../../app/cli/drill.py"/>
        <source>read the strategy from an exchange document</source>
        <translation>lire la stratégie dans un document d'échange</translation>
    </message>
    <message>
        <location filename="../../app/cli/check.py"/>
        <source>check every strategy of a workshop</source>
        <translation>vérifier toutes les stratégies d'un atelier</translation>
    </message>
    <message>
        <location filename="../../app/cli/check.py"/>
        <source>check against these packs instead of the strategy's selected ones</source>
        <translation>vérifier selon ces ensembles de règles plutôt que ceux que la stratégie a choisis</translation>
    </message>
    <message>
        <location filename="../../app/cli/check.py"/>
        <source>check against every pack</source>
        <translation>vérifier selon tous les ensembles de règles</translation>
    </message>
    <message>
        <location filename="../../app/cli/check.py"/>
        <source>also list the rules this card satisfies</source>
        <translation>énumérer aussi les règles que cette carte respecte</translation>
    </message>
    <message>
        <location filename="../../app/cli/check.py"/>
        <source>print the capability × pack table and exit</source>
        <translation>afficher le tableau capacités × ensembles de règles et quitter</translation>
    </message>
    <message>
        <location filename="../../app/cli/check.py"/>
        <source>evaluate the law as it stands on this date (default: the date in the strategy's profile, else today); rules not yet in force show as upcoming</source>
        <translation>évaluer le droit tel qu'il est à cette date (par défaut : la date du profil de la stratégie, sinon aujourd'hui); les règles pas encore en vigueur sont indiquées comme à venir</translation>
    </message>
    <message>
        <location filename="../../app/cli/drill.py"/>
        <source>run what-if events on a strategy and print how it fares</source>
        <translation>soumettre une stratégie à des événements hypothétiques et afficher comment elle s'en tire</translation>
    </message>
    <message>
        <location filename="../../app/cli/drill.py"/>
        <source>Trace what-if events (data drift, outage, appeal, breach, …) through a strategy: detected, handled by an owner, fed back — or where the chain breaks.</source>
        <translation>Retracer des événements hypothétiques (dérive des données, panne, appel, atteinte, …) dans une stratégie : détectés, traités par un responsable, suivis d'une rétroaction — ou l'endroit où la chaîne se rompt.</translation>
    </message>
    <message>
        <location filename="../../app/cli/drill.py"/>
        <source>run only this event (repeatable; default: all events)</source>
        <translation>exécuter seulement cet événement (répétable; par défaut : tous les événements)</translation>
    </message>
    <message>
        <location filename="../../app/cli/drill.py"/>
        <source>also simulate a year in production</source>
        <translation>simuler aussi une année en production</translation>
    </message>
    <message>
        <location filename="../../app/cli/drill.py"/>
        <source>seed of the simulated year (implies --year; default 0)</source>
        <translation>graine de l'année simulée (implique --year; par défaut 0)</translation>
    </message>
    <message>
        <location filename="../../app/cli/exchange.py"/>
        <source>export a strategy or a whole workshop as a JSON document</source>
        <translation>exporter une stratégie ou un atelier entier en document JSON</translation>
    </message>
    <message>
        <location filename="../../app/cli/exchange.py"/>
        <source>Export one strategy (with its workshop and scenario as context) or, with --workshop, a whole workshop, as a versioned JSON document carrying its own SHA-256.</source>
        <translation>Exporter une stratégie (avec son atelier et son scénario pour contexte) ou, avec --workshop, un atelier entier, en document JSON versionné portant son propre SHA-256.</translation>
    </message>
    <message>
        <location filename="../../app/cli/exchange.py"/>
        <location filename="../../app/cli/export_pdf.py"/>
        <source>strategy to export</source>
        <translation>stratégie à exporter</translation>
    </message>
    <message>
        <location filename="../../app/cli/exchange.py"/>
        <source>export this whole workshop instead</source>
        <translation>exporter plutôt cet atelier entier</translation>
    </message>
    <message>
        <location filename="../../app/cli/exchange.py"/>
        <source>file to write ('-' for standard output, the default)</source>
        <translation>fichier à écrire (« - » pour la sortie standard, par défaut)</translation>
    </message>
    <message>
        <location filename="../../app/cli/exchange.py"/>
        <source>import a strategy or workshop document</source>
        <translation>importer un document de stratégie ou d'atelier</translation>
    </message>
    <message>
        <location filename="../../app/cli/exchange.py"/>
        <source>Import a document written by 'export'. The whole document is checked first; if anything is wrong nothing is written and every problem is listed. A strategy whose id is already in the database is refused unless --as-new is given.</source>
        <translation>Importer un document écrit par « export ». Le document entier est d'abord vérifié; si quoi que ce soit est erroné, rien n'est écrit et chaque problème est énuméré. Une stratégie dont l'identifiant est déjà dans la base de données est refusée, sauf avec --as-new.</translation>
    </message>
    <message>
        <location filename="../../app/cli/exchange.py"/>
        <source>the document ('-' for standard input)</source>
        <translation>le document (« - » pour l'entrée standard)</translation>
    </message>
    <message>
        <location filename="../../app/cli/exchange.py"/>
        <source>import copies with fresh strategy ids (a workshop document becomes a new workshop)</source>
        <translation>importer des copies avec de nouveaux identifiants de stratégie (un document d'atelier devient un nouvel atelier)</translation>
    </message>
    <message>
        <location filename="../../app/cli/exchange.py"/>
        <source>check the document and show what would be imported, without writing</source>
        <translation>vérifier le document et montrer ce qui serait importé, sans rien écrire</translation>
    </message>
    <message>
        <location filename="../../app/cli/export_pdf.py"/>
        <source>export a strategy (or a whole workshop) as a presentation PDF</source>
        <translation>exporter une stratégie (ou un atelier entier) en présentation PDF</translation>
    </message>
    <message>
        <location filename="../../app/cli/export_pdf.py"/>
        <source>Export a strategy as a 16:9 presentation (at most about ten slides for a five-minute team presentation), or with --plan as the full plan, a portrait document with every card, finding, citation and action. With --workshop, write both for every strategy of the workshop into a folder, plus a one-page coverage index.</source>
        <translation>Exporter une stratégie en présentation 16:9 (une dizaine de diapositives au plus, pour une présentation d'équipe de cinq minutes) ou, avec --plan, en plan complet, un document en portrait avec chaque carte, constat, citation et mesure. Avec --workshop, écrire les deux pour chaque stratégie de l'atelier dans un dossier, plus un index de couverture d'une page.</translation>
    </message>
    <message>
        <location filename="../../app/cli/export_pdf.py"/>
        <source>export every strategy of this workshop</source>
        <translation>exporter toutes les stratégies de cet atelier</translation>
    </message>
    <message>
        <location filename="../../app/cli/export_pdf.py"/>
        <source>the PDF file to write (with --workshop: the folder to write into)</source>
        <translation>le fichier PDF à écrire (avec --workshop : le dossier où écrire)</translation>
    </message>
    <message>
        <location filename="../../app/cli/export_pdf.py"/>
        <source>the full plan (portrait) instead of the presentation</source>
        <translation>le plan complet (portrait) plutôt que la présentation</translation>
    </message>
    <message>
        <location filename="../../app/cli/export_pdf.py"/>
        <source>paper size of the plan (default a4)</source>
        <translation>format de papier du plan (par défaut a4)</translation>
    </message>
    <message>
        <location filename="../../app/cli/export_pdf.py"/>
        <source>also write a Markdown file</source>
        <translation>écrire aussi un fichier Markdown</translation>
    </message>
    <message>
        <location filename="../../app/cli/export_pdf.py"/>
        <source>also write the action list as CSV</source>
        <translation>écrire aussi la liste des mesures en CSV</translation>
    </message>
    <message>
        <location filename="../../app/cli/export_pdf.py"/>
        <source>leave out the drills slides (what-if events)</source>
        <translation>omettre les diapositives des exercices (événements hypothétiques)</translation>
    </message>
    <message>
        <location filename="../../app/cli/parser.py"/>
        <source>usage: </source>
        <translation>utilisation : </translation>
    </message>
    <message>
        <location filename="../../app/cli/parser.py"/>
        <source>{heading}:</source>
        <translation>{heading} :</translation>
    </message>
    <message>
        <location filename="../../app/cli/parser.py"/>
        <source>positional arguments</source>
        <translation>arguments positionnels</translation>
    </message>
    <message>
        <location filename="../../app/cli/parser.py"/>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <location filename="../../app/cli/parser.py"/>
        <source>show this help message and exit</source>
        <translation>afficher ce message d'aide et quitter</translation>
    </message>
    <message>
        <location filename="../../app/cli/parser.py"/>
        <source>{prog}: error: {message}</source>
        <translation>{prog} : erreur : {message}</translation>
    </message>
    <message>
        <location filename="../../app/cli/parser.py"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s : %(message)s</translation>
    </message>
    <message>
        <location filename="../../app/cli/parser.py"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>choix invalide : %(value)r (choisir parmi %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../app/cli/parser.py"/>
        <source>the following arguments are required: %s</source>
        <translation>les arguments suivants sont obligatoires : %s</translation>
    </message>
    <message>
        <location filename="../../app/cli/parser.py"/>
        <source>unrecognized arguments: %s</source>
        <translation>arguments non reconnus : %s</translation>
    </message>
    <message>
        <location filename="../../app/cli/parser.py"/>
        <source>expected one argument</source>
        <translation>un argument attendu</translation>
    </message>
    <message>
        <location filename="../../app/cli/parser.py"/>
        <source>expected at most one argument</source>
        <translation>au plus un argument attendu</translation>
    </message>
    <message>
        <location filename="../../app/cli/parser.py"/>
        <source>expected at least one argument</source>
        <translation>au moins un argument attendu</translation>
    </message>
    <message>
        <location filename="../../app/cli/parser.py"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>option ambiguë : %(option)s pourrait correspondre à %(matches)s</translation>
    </message>
    <message>
        <location filename="../../app/cli/parser.py"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valeur %(type)s invalide : %(value)r</translation>
    </message>
    <message>
        <location filename="../../app/cli/parser.py"/>
        <source>ignored explicit argument %r</source>
        <translation>argument explicite ignoré : %r</translation>
    </message>
    <message>
        <location filename="../../app/cli/parser.py"/>
        <source>not allowed with argument %s</source>
        <translation>non permis avec l'argument %s</translation>
    </message>
    <message>
        <location filename="../../app/cli/parser.py"/>
        <source>one of the arguments %s is required</source>
        <translation>l'un des arguments %s est obligatoire</translation>
    </message>
    <message>
        <location filename="../../app/cli/report.py"/>
        <source>write a workshop's facilitator report (PDF, Markdown) or its scores as CSV</source>
        <translation>écrire le rapport d'animation d'un atelier (PDF, Markdown) ou ses notes en CSV</translation>
    </message>
    <message>
        <location filename="../../app/cli/report.py"/>
        <source>Write the facilitator report of a workshop: teams × rubric criteria, coverage per pack per team, common gaps, the peer-feedback digest and the review state of every phase. Give -o for the PDF, --markdown for a Markdown copy and --scores-csv for the rubric scores as CSV (any one or more).</source>
        <translation>Écrire le rapport d'animation d'un atelier : équipes × critères de la grille d'évaluation, couverture par ensemble de règles et par équipe, lacunes communes, synthèse de la rétroaction des pairs et état de l'examen de chaque phase. Donner -o pour le PDF, --markdown pour une copie Markdown et --scores-csv pour les notes selon la grille en CSV (une ou plusieurs de ces options).</translation>
    </message>
    <message>
        <location filename="../../app/cli/report.py"/>
        <source>the workshop to report</source>
        <translation>l'atelier visé par le rapport</translation>
    </message>
    <message>
        <location filename="../../app/cli/report.py"/>
        <source>the PDF to write</source>
        <translation>le PDF à écrire</translation>
    </message>
    <message>
        <location filename="../../app/cli/report.py"/>
        <source>also write Markdown</source>
        <translation>écrire aussi en Markdown</translation>
    </message>
    <message>
        <location filename="../../app/cli/report.py"/>
        <source>write the rubric scores as CSV</source>
        <translation>écrire les notes selon la grille en CSV</translation>
    </message>
    <message>
        <location filename="../../app/cli/report.py"/>
        <source>the rubric to report (default: the one the score sheets use, else 'default')</source>
        <translation>la grille d'évaluation du rapport (par défaut : celle des feuilles de notation, sinon « default »)</translation>
    </message>
    <message>
        <location filename="../../app/cli/workshops.py"/>
        <source>list the workshops in the database</source>
        <translation>énumérer les ateliers de la base de données</translation>
    </message>
    <message>
        <location filename="../../app/cli/workshops.py"/>
        <source>List the workshops in the database: id, name, date, teams, strategies.</source>
        <translation>Énumérer les ateliers de la base de données : identifiant, nom, date, équipes, stratégies.</translation>
    </message>
    <message>
        <location filename="../../app/cli/workshops.py"/>
        <source>list the strategies in the database</source>
        <translation>énumérer les stratégies de la base de données</translation>
    </message>
    <message>
        <location filename="../../app/cli/workshops.py"/>
        <source>List strategies (of one workshop with --workshop): id, team, scenario, name, revision, cards.</source>
        <translation>Énumérer les stratégies (d'un seul atelier avec --workshop) : identifiant, équipe, scénario, nom, révision, cartes.</translation>
    </message>
    <message>
        <location filename="../../app/cli/workshops.py"/>
        <source>only this workshop's strategies</source>
        <translation>seulement les stratégies de cet atelier</translation>
    </message>
    <message>
        <location filename="../../app/cli/workshops.py"/>
        <source>create the demo workshop in the database</source>
        <translation>créer l'atelier de démonstration dans la base de données</translation>
    </message>
    <message>
        <location filename="../../app/cli/workshops.py"/>
        <source>Create the demo workshop (two teams, two scenarios, one partly built strategy) in the database given by --db; says so if it is already there.</source>
        <translation>Créer l'atelier de démonstration (deux équipes, deux scénarios, une stratégie en partie construite) dans la base de données indiquée par --db; le signale s'il y est déjà.</translation>
    </message>
    <message>
        <location filename="../../app/cli/workshops.py"/>
        <source>a text table (default) or JSON for scripts</source>
        <translation>un tableau texte (par défaut) ou du JSON pour les scripts</translation>
    </message>
    <message>
        <location filename="../../app/cli/workshops.py"/>
        <source>No workshops yet. Create the demo with 'demo' or bring one in with 'import'.</source>
        <translation>Aucun atelier pour l'instant. Créez la démonstration avec « demo » ou importez-en un avec « import ».</translation>
    </message>
    <message>
        <location filename="../../app/cli/workshops.py"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../app/cli/workshops.py"/>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <location filename="../../app/cli/workshops.py"/>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <location filename="../../app/cli/workshops.py"/>
        <source>TEAMS</source>
        <translation>ÉQUIPES</translation>
    </message>
    <message>
        <location filename="../../app/cli/workshops.py"/>
        <source>STRATEGIES</source>
        <translation>STRATÉGIES</translation>
    </message>
    <message>
        <location filename="../../app/cli/workshops.py"/>
        <source>No strategies in workshop '{workshop}'.</source>
        <translation>Aucune stratégie dans l'atelier « {workshop} ».</translation>
    </message>
    <message>
        <location filename="../../app/cli/workshops.py"/>
        <source>No strategies.</source>
        <translation>Aucune stratégie.</translation>
    </message>
    <message>
        <location filename="../../app/cli/workshops.py"/>
        <source>WORKSHOP</source>
        <translation>ATELIER</translation>
    </message>
    <message>
        <location filename="../../app/cli/workshops.py"/>
        <source>TEAM</source>
        <translation>ÉQUIPE</translation>
    </message>
    <message>
        <location filename="../../app/cli/workshops.py"/>
        <source>SCENARIO</source>
        <translation>SCÉNARIO</translation>
    </message>
    <message>
        <location filename="../../app/cli/workshops.py"/>
        <source>REVISION</source>
        <translation>RÉVISION</translation>
    </message>
    <message>
        <location filename="../../app/cli/workshops.py"/>
        <source>CARDS</source>
        <translation>CARTES</translation>
    </message>
    <message>
        <location filename="../../app/cli/workshops.py"/>
        <source>The demo workshop '{name}' ({id}) is already in {location}.</source>
        <translation>L'atelier de démonstration « {name} » ({id}) est déjà dans {location}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/workshops.py"/>
        <source>Created the demo workshop '{name}' ({id}) in {location}: {teams} teams, {scenarios} scenarios, {strategies} strategies.</source>
        <translation>Atelier de démonstration « {name} » ({id}) créé dans {location} : {teams} équipes, {scenarios} scénarios, {strategies} stratégies.</translation>
    </message>
    <message>
        <source>No strategies in workshop {workshop}.</source>
        <translation type="vanished">Aucune stratégie dans l'atelier {workshop}.</translation>
    </message>
    <message>
        <source>The demo workshop {name} ({id}) is already in {location}.</source>
        <translation type="vanished">L'atelier de démonstration {name} ({id}) est déjà dans {location}.</translation>
    </message>
    <message>
        <source>Created the demo workshop {name} ({id}) in {location}: {teams} teams, {scenarios} scenarios, {strategies} strategies.</source>
        <translation type="vanished">Atelier de démonstration {name} ({id}) créé dans {location} : {teams} équipes, {scenarios} scénarios, {strategies} stratégies.</translation>
    </message>
</context>
<context>
    <name>clipboard</name>
    <message>
        <location filename="../../views/clipboard.py"/>
        <source>The clipboard holds no cards from this app, so nothing was pasted.</source>
        <translation>Le presse-papiers ne contient aucune carte de cette application; rien n'a été collé.</translation>
    </message>
    <message>
        <location filename="../../views/clipboard.py"/>
        <source>The copied cards are too large to paste.</source>
        <translation>Les cartes copiées sont trop volumineuses pour être collées.</translation>
    </message>
    <message>
        <location filename="../../views/clipboard.py"/>
        <source>The copied cards were refused ({error}); nothing was pasted.</source>
        <translation>Les cartes copiées ont été refusées ({error}); rien n'a été collé.</translation>
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
        <translation>exercices : préjudice de %1 par jour</translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py"/>
        <source>Lifecycle structure</source>
        <translation>Structure du cycle de vie</translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py"/>
        <source>Would close it:</source>
        <translation>À combler avec :</translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py"/>
        <source>Planned, not in place:</source>
        <translation>Prévu, pas en place :</translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py"/>
        <source>Rank %1</source>
        <translation>Rang %1</translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py"/>
        <source>Not yet in place:</source>
        <translation>Pas encore en place :</translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py"/>
        <source>Cards:</source>
        <translation>Cartes :</translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py"/>
        <source>Would fix it:</source>
        <translation>Correctif :</translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py"/>
        <source>Pending change, not yet law:</source>
        <translation>Modification en attente, pas encore en vigueur :</translation>
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
        <translation>Bloquant — pratique interdite : %1. Aucune carte ne peut y remédier.</translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py"/>
        <source>The gaps that would hurt first</source>
        <translation>Les lacunes qui feraient mal en premier</translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py"/>
        <source>Not ranked: every finding is listed under Open findings.</source>
        <translation>Non classés : chaque constat figure sous Constats ouverts.</translation>
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
        <translation>Constats : %1.</translation>
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
        <translation>Aucun constat ouvert : chaque règle en vigueur est respectée par des cartes en place.</translation>
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
    <name>consequences</name>
    <message>
        <location filename="../../app/checker/consequences.py"/>
        <source>Prohibited practice under EU AI Act Art. {points}: banned since 2 February 2025. No safeguard on the board can make it lawful; stop or redesign the use.</source>
        <translation>Pratique interdite par le RIA, art. {points} : interdite depuis le 2 février 2025. Aucune garantie du tableau ne peut la rendre licite; arrêtez ou repensez l'utilisation.</translation>
    </message>
    <message>
        <location filename="../../app/checker/consequences.py"/>
        <source>Not an AI system in the sense of EU AI Act Art. 3(1) (it applies fixed rules), so the AI Act does not apply. If it decides about people it is still an automated decision system: Canada's directive and GDPR Art. 22 still apply.</source>
        <translation>Pas un système d'IA au sens du RIA, art. 3, point 1 (il applique des règles fixes) : le RIA ne s'applique donc pas. S'il prend des décisions sur des personnes, c'est quand même un système décisionnel automatisé : la directive du Canada et le RGPD, art. 22, s'appliquent toujours.</translation>
    </message>
    <message>
        <location filename="../../app/checker/consequences.py"/>
        <source>It selects people for investigation or control: those selected must be told and be able to contest it, not only the people who receive a final decision.</source>
        <translation>Il sélectionne des personnes pour une enquête ou un contrôle : les personnes sélectionnées doivent en être informées et pouvoir le contester, pas seulement celles qui reçoivent une décision définitive.</translation>
    </message>
    <message>
        <location filename="../../app/checker/consequences.py"/>
        <source>Decisions with significant effects are taken without case-by-case human review: they count as solely automated (GDPR Art. 22; UK GDPR Arts. 22A–22C).</source>
        <translation>Des décisions aux effets importants sont prises sans examen humain au cas par cas : elles sont fondées exclusivement sur un traitement automatisé (RGPD, art. 22; UK GDPR, art. 22A à 22C).</translation>
    </message>
    <message>
        <location filename="../../app/checker/consequences.py"/>
        <source>The output is the main basis for decisions or actions with significant effects on rights or safety: high-impact AI in the sense of OMB M-25-21 (applies to US federal agencies).</source>
        <translation>Le résultat est le principal fondement de décisions ou de mesures aux effets importants sur les droits ou la sécurité : IA à incidence élevée au sens de la note de service M-25-21 de l'OMB (s'applique aux organismes fédéraux des États-Unis).</translation>
    </message>
    <message>
        <location filename="../../app/checker/consequences.py"/>
        <source>A person signs off, but the output is the main basis of the decision: under CJEU C-634/21 (SCHUFA) a score that plays a determining role can itself be an automated decision under GDPR Art. 22 — the human involvement must be real, and shown to be.</source>
        <translation>Une personne approuve, mais le résultat est le principal fondement de la décision : selon l'arrêt de la CJUE, affaire C-634/21 (SCHUFA), un score qui joue un rôle déterminant peut lui-même constituer une décision automatisée au sens du RGPD, art. 22 — l'intervention humaine doit être réelle, et démontrée.</translation>
    </message>
    <message>
        <location filename="../../app/checker/consequences.py"/>
        <source>Annex III area {area} (point {point}) used in the EU: the AI Act's high-risk obligations apply.</source>
        <translation>Domaine de l'annexe III {area} (point {point}) utilisé dans l'UE : les obligations du RIA relatives aux systèmes à haut risque s'appliquent.</translation>
    </message>
    <message>
        <location filename="../../app/checker/consequences.py"/>
        <source>Profiling with significant effects: a DPIA is required (GDPR Art. 35(3)(a)).</source>
        <translation>Profilage aux effets importants : une AIPD est requise (RGPD, art. 35, par. 3, point a).</translation>
    </message>
    <message>
        <location filename="../../app/checker/consequences.py"/>
        <source>Special-category data on a large scale: a DPIA is required (GDPR Art. 35(3)(b)).</source>
        <translation>Catégories particulières de données à grande échelle : une AIPD est requise (RGPD, art. 35, par. 3, point b).</translation>
    </message>
    <message>
        <location filename="../../app/checker/consequences.py"/>
        <source>Systematic monitoring of public areas on a large scale: a DPIA is required (GDPR Art. 35(3)(c)).</source>
        <translation>Surveillance systématique à grande échelle de zones accessibles au public : une AIPD est requise (RGPD, art. 35, par. 3, point c).</translation>
    </message>
    <message>
        <location filename="../../app/checker/consequences.py"/>
        <source>Generates content: outputs must be marked as AI-generated (EU AI Act Art. 50(2)), and deep fakes and AI-generated text published on matters of public interest disclosed (Art. 50(4)).</source>
        <translation>Génère du contenu : les sorties doivent être marquées comme générées par l'IA (RIA, art. 50, par. 2), et les hypertrucages ainsi que les textes générés par l'IA publiés sur des questions d'intérêt public doivent être signalés (art. 50, par. 4).</translation>
    </message>
    <message>
        <location filename="../../app/checker/consequences.py"/>
        <source>Not a public body: Canada's Directive on Automated Decision-Making binds federal institutions, so it does not apply.</source>
        <translation>Pas un organisme public : la Directive sur la prise de décisions automatisée du Canada lie les institutions fédérales; elle ne s'applique donc pas.</translation>
    </message>
    <message>
        <location filename="../../app/checker/consequences.py"/>
        <source>Annex III point 2 (critical infrastructure): no fundamental rights impact assessment and no registration of use are required (AI Act Arts. 27(1), 49(3)).</source>
        <translation>Annexe III, point 2 (infrastructures critiques) : ni analyse d'impact sur les droits fondamentaux ni enregistrement de l'utilisation ne sont requis (RIA, art. 27, par. 1, et art. 49, par. 3).</translation>
    </message>
    <message>
        <location filename="../../app/checker/consequences.py"/>
        <source>A public authority deploying a high-risk system: a fundamental rights impact assessment before first use (AI Act Art. 27(1)) and registration of the use in the EU database (Arts. 49(3), 26(8)).</source>
        <translation>Une autorité publique qui déploie un système à haut risque : une analyse d'impact sur les droits fondamentaux avant la première utilisation (RIA, art. 27, par. 1) et l'enregistrement de l'utilisation dans la base de données de l'UE (art. 49, par. 3, et art. 26, par. 8).</translation>
    </message>
    <message>
        <location filename="../../app/checker/consequences.py"/>
        <source>A private body providing a public service and deploying a high-risk system: a fundamental rights impact assessment before first use (AI Act Art. 27(1)); the registration of use (Art. 49(3)) binds public authorities only.</source>
        <translation>Un organisme privé qui fournit un service public et déploie un système à haut risque : une analyse d'impact sur les droits fondamentaux avant la première utilisation (RIA, art. 27, par. 1); l'enregistrement de l'utilisation (art. 49, par. 3) ne lie que les autorités publiques.</translation>
    </message>
    <message>
        <location filename="../../app/checker/consequences.py"/>
        <source>A private deployer in Annex III point 5: a fundamental rights impact assessment is still required for credit scoring or life and health insurance pricing (AI Act Art. 27(1), Annex III 5(b)–(c)).</source>
        <translation>Un déployeur privé relevant de l'annexe III, point 5 : une analyse d'impact sur les droits fondamentaux reste requise pour l'évaluation de la solvabilité ou la tarification de l'assurance vie et maladie (RIA, art. 27, par. 1, et annexe III, point 5 b) et c)).</translation>
    </message>
    <message>
        <location filename="../../app/checker/consequences.py"/>
        <source>A private deployer outside point 5: no fundamental rights impact assessment or registration of use (AI Act Arts. 27(1), 49(3)).</source>
        <translation>Un déployeur privé hors du point 5 : ni analyse d'impact sur les droits fondamentaux ni enregistrement de l'utilisation (RIA, art. 27, par. 1, et art. 49, par. 3).</translation>
    </message>
    <message>
        <location filename="../../app/checker/consequences.py"/>
        <source>The Art. 6(3) derogation is not available: the system profiles people, so an Annex III system is always high-risk (AI Act Art. 6(3), last subparagraph).</source>
        <translation>La dérogation de l'art. 6, par. 3, n'est pas possible : le système effectue un profilage de personnes, et un système visé à l'annexe III est alors toujours à haut risque (RIA, art. 6, par. 3, dernier alinéa).</translation>
    </message>
    <message>
        <location filename="../../app/checker/consequences.py"/>
        <source>Relies on the Art. 6(3) derogation: the high-risk duties do not apply, but the assessment must be documented before release (AI Act Art. 6(4)) and the system still registered (Art. 49(2)).</source>
        <translation>Invoque la dérogation de l'art. 6, par. 3 : les obligations relatives au haut risque ne s'appliquent pas, mais l'évaluation doit être documentée avant la mise sur le marché (RIA, art. 6, par. 4) et le système tout de même enregistré (art. 49, par. 2).</translation>
    </message>
    <message>
        <location filename="../../app/checker/consequences.py"/>
        <source>Keeps learning in service as a high-risk system: biased outputs must not feed its future inputs unchecked, so fairness monitoring must lead to controlled retraining (EU AI Act Art. 15(4)).</source>
        <translation>Continue d'apprendre en service en tant que système à haut risque : des sorties biaisées ne doivent pas alimenter ses entrées futures sans contrôle; la surveillance de l'équité doit donc mener à un réentraînement contrôlé (RIA, art. 15, par. 4).</translation>
    </message>
    <message>
        <location filename="../../app/checker/consequences.py"/>
        <source>Keeps learning in service: its outputs can become its future inputs, so watch for feedback loops that widen gaps between groups.</source>
        <translation>Continue d'apprendre en service : ses sorties peuvent devenir ses entrées futures; surveillez les boucles de rétroaction qui creusent les écarts entre les groupes.</translation>
    </message>
</context>
<context>
    <name>content-migration</name>
    <message>
        <location filename="../../app/content_migration.py"/>
        <source>capabilities {old} → {new} (catalog update)</source>
        <translation>capacités {old} → {new} (mise à jour du catalogue)</translation>
    </message>
    <message>
        <location filename="../../app/content_migration.py"/>
        <source>capability {old} → {new}</source>
        <translation>capacité {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../app/content_migration.py"/>
        <source>cadence set to {cadence} (catalog default)</source>
        <translation>fréquence fixée à {cadence} (valeur par défaut du catalogue)</translation>
    </message>
    <message>
        <location filename="../../app/content_migration.py"/>
        <source>card {title}: {changes}</source>
        <translation>carte {title} : {changes}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/content_migration.py"/>
        <source>… and %n more card(s) updated the same way</source>
        <translation>
            <numerusform>… et %n autre carte mise à jour de la même façon</numerusform>
            <numerusform>… et %n autres cartes mises à jour de la même façon</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/content_migration.py"/>
        <source>%n card(s) came from before content series {series}, which split capabilities into distinct duties; they were carried over to the new keys</source>
        <translation>
            <numerusform>%n carte date d'avant la série de contenu {series}, qui a scindé des capacités en obligations distinctes; elle a été reportée sur les nouvelles clés</numerusform>
            <numerusform>%n cartes datent d'avant la série de contenu {series}, qui a scindé des capacités en obligations distinctes; elles ont été reportées sur les nouvelles clés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/store/migrations/versions/0003_capabilities_2026_12.py"/>
        <source>Content series {series} split capabilities that let one generic card satisfy duties the law keeps apart. %n card(s) were carried over to the new keys; check that each still says what your team meant:</source>
        <translation>
            <numerusform>La série de contenu {series} a scindé des capacités qui permettaient à une seule carte générique de remplir des obligations que la loi distingue. %n carte a été reportée sur les nouvelles clés; vérifiez qu'elle dit toujours ce que votre équipe voulait dire :</numerusform>
            <numerusform>La série de contenu {series} a scindé des capacités qui permettaient à une seule carte générique de remplir des obligations que la loi distingue. %n cartes ont été reportées sur les nouvelles clés; vérifiez que chacune dit toujours ce que votre équipe voulait dire :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/store/migrations/versions/0003_capabilities_2026_12.py"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/store/migrations/versions/0003_capabilities_2026_12.py"/>
        <source>{card} in {strategy}: {changes}</source>
        <translation>{card} dans {strategy} : {changes}</translation>
    </message>
    <message>
        <location filename="../../app/store/migrations/versions/0003_capabilities_2026_12.py"/>
        <source>snapshot {name}: {changes}</source>
        <translation>instantané {name} : {changes}</translation>
    </message>
    <message>
        <location filename="../../app/store/migrations/versions/0003_capabilities_2026_12.py"/>
        <source>updated</source>
        <translation>mis à jour</translation>
    </message>
</context>
<context>
    <name>coverage</name>
    <message>
        <location filename="../../views/widgets/coverage.py"/>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <location filename="../../views/widgets/coverage.py"/>
        <source>{name}: no rule applies</source>
        <translation>{name} : aucune règle ne s'applique</translation>
    </message>
    <message>
        <location filename="../../views/widgets/coverage.py"/>
        <source>{name} {done} in place · {planned} planned of {total}</source>
        <translation>{name} : {done} en place · {planned} prévues sur {total}</translation>
    </message>
    <message>
        <location filename="../../views/widgets/coverage.py"/>
        <source>{name}: none</source>
        <translation>{name} : aucune</translation>
    </message>
    <message>
        <location filename="../../views/widgets/coverage.py"/>
        <source>{name} ●{done} ○{planned} of {total}</source>
        <translation>{name} ●{done} ○{planned} sur {total}</translation>
    </message>
    <message>
        <location filename="../../views/widgets/coverage.py"/>
        <source>{done} of {total} rules in force are met by practices in place ({share}%); {planned} more only by practices planned or in progress.</source>
        <translation>{done} des {total} règles en vigueur sont respectées par des pratiques en place ({share} %); {planned} autres le sont seulement par des pratiques prévues ou en cours.</translation>
    </message>
    <message>
        <location filename="../../views/widgets/coverage.py"/>
        <source>1 more rule is upcoming: not yet in force on the date checked.</source>
        <translation>1 autre règle est à venir : pas encore en vigueur à la date vérifiée.</translation>
    </message>
    <message>
        <location filename="../../views/widgets/coverage.py"/>
        <source>{n} more rules are upcoming: not yet in force on the date checked.</source>
        <translation>{n} autres règles sont à venir : pas encore en vigueur à la date vérifiée.</translation>
    </message>
    <message>
        <location filename="../../views/widgets/coverage.py"/>
        <source>Version: {version}</source>
        <translation>Version : {version}</translation>
    </message>
    <message>
        <location filename="../../views/widgets/coverage.py"/>
        <source>Bar: solid = in place, hatched = planned only, empty = missing.</source>
        <translation>Barre : pleine = en place, hachurée = seulement prévue, vide = manquante.</translation>
    </message>
    <message>
        <location filename="../../views/widgets/coverage.py"/>
        <source>{group}: no rule applies</source>
        <translation>{group} : aucune règle ne s'applique</translation>
    </message>
    <message>
        <location filename="../../views/widgets/coverage.py"/>
        <source>{group}: {done} of {total} · {share}%</source>
        <translation>{group} : {done} sur {total} · {share} %</translation>
    </message>
    <message>
        <location filename="../../views/widgets/coverage.py"/>
        <source>Coverage of {name}</source>
        <translation>Couverture de {name}</translation>
    </message>
    <message>
        <location filename="../../views/widgets/coverage.py"/>
        <source>Press to list this pack's findings.</source>
        <translation>Appuyez pour afficher les constats de cet ensemble.</translation>
    </message>
    <message>
        <location filename="../../views/widgets/coverage.py"/>
        <source>{name} coverage bar</source>
        <translation>Barre de couverture de {name}</translation>
    </message>
    <message>
        <location filename="../../views/widgets/coverage.py"/>
        <source>Rule-pack coverage</source>
        <translation>Couverture des ensembles de règles</translation>
    </message>
    <message>
        <location filename="../../views/widgets/coverage.py"/>
        <source>How many applicable rules of each selected pack the strategy satisfies.</source>
        <translation>Combien de règles applicables de chaque ensemble choisi la stratégie respecte.</translation>
    </message>
</context>
<context>
    <name>coverage index</name>
    <message>
        <location filename="../../app/export/batch.py"/>
        <source>n/a</source>
        <translation>s.o.</translation>
    </message>
    <message>
        <location filename="../../app/export/batch.py"/>
        <source>({count} upcoming)</source>
        <translation>({count} à venir)</translation>
    </message>
    <message>
        <location filename="../../app/export/batch.py"/>
        <source>+{count} planned</source>
        <translation>+{count} prévues</translation>
    </message>
    <message>
        <location filename="../../app/export/batch.py"/>
        <source>Not checked: no strategy was checked before export.</source>
        <translation>Non vérifié : aucune stratégie n'a été vérifiée avant l'exportation.</translation>
    </message>
    <message>
        <location filename="../../app/export/batch.py"/>
        <source>an unrecorded date</source>
        <translation>une date non enregistrée</translation>
    </message>
    <message>
        <location filename="../../app/export/batch.py"/>
        <source>Law as of {dates}. Rule packs: {packs}.</source>
        <translation>Droit en vigueur au {dates}. Ensembles de règles : {packs}.</translation>
    </message>
    <message>
        <location filename="../../app/export/batch.py"/>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location filename="../../app/export/batch.py"/>
        <source>Strategy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <location filename="../../app/export/batch.py"/>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <location filename="../../app/export/batch.py"/>
        <source>Cards</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <location filename="../../app/export/batch.py"/>
        <source>In place</source>
        <translation>En place</translation>
    </message>
    <message>
        <location filename="../../app/export/batch.py"/>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <location filename="../../app/export/batch.py"/>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <location filename="../../app/export/batch.py"/>
        <source>Planned</source>
        <translation>Prévues</translation>
    </message>
    <message>
        <location filename="../../app/export/batch.py"/>
        <source>File name</source>
        <translation>Nom de fichier</translation>
    </message>
    <message>
        <location filename="../../app/export/batch.py"/>
        <source>Coverage index — {workshop}</source>
        <translation>Index de couverture — {workshop}</translation>
    </message>
    <message>
        <location filename="../../app/export/batch.py"/>
        <source>Coverage of every team's MLOps strategy in {workshop}</source>
        <translation>Couverture de la stratégie MLOps de chaque équipe de l'atelier {workshop}</translation>
    </message>
    <message>
        <location filename="../../app/export/batch.py"/>
        <source>Exported {stamp}</source>
        <translation>Exporté le {stamp}</translation>
    </message>
    <message>
        <location filename="../../app/export/batch.py"/>
        <source>Page {number}</source>
        <translation>Page {number}</translation>
    </message>
    <message>
        <location filename="../../app/export/batch.py"/>
        <source>{count} strategies. Coverage is rules met by cards in place over rules in force per pack; '+N planned' rules are met only by cards planned or in progress and are not counted as met. Errors and warnings count today's gaps, missing or only planned; Planned counts the latter. — means the team did not select that pack. Each team's files are the file name with {presentation} (the presentation) and {plan} (the full plan).</source>
        <translation>{count} stratégies. La couverture correspond aux règles respectées par des cartes en place sur les règles en vigueur, par ensemble de règles; les règles « +N prévues » ne sont respectées que par des cartes prévues ou en cours et ne sont pas comptées comme respectées. Les erreurs et les avertissements comptent les lacunes actuelles, manquantes ou seulement prévues; la colonne Prévues compte ces dernières. — signifie que l'équipe n'a pas choisi cet ensemble de règles. Les fichiers de chaque équipe portent le nom de fichier suivi de {presentation} (la présentation) et de {plan} (le plan complet).</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../../views/crash.py"/>
        <source>No database was open, so no edits can have been lost.</source>
        <translation>Aucune base de données n'était ouverte; aucune modification n'a donc pu être perdue.</translation>
    </message>
    <message>
        <location filename="../../views/crash.py"/>
        <source>No edits were lost: every change made so far is saved in the database.</source>
        <translation>Aucune modification n'a été perdue : chaque changement fait jusqu'ici est enregistré dans la base de données.</translation>
    </message>
    <message>
        <location filename="../../views/crash.py"/>
        <source>{n} edits are not saved yet ({reason}). They are kept in memory and writing is retried: leave the app open until the status bar says Saved.</source>
        <translation>{n} modifications ne sont pas encore enregistrées ({reason}). Elles sont gardées en mémoire et l'écriture est réessayée : laissez l'application ouverte jusqu'à ce que la barre d'état indique Enregistré.</translation>
    </message>
    <message>
        <location filename="../../views/crash.py"/>
        <source>the database did not accept them</source>
        <translation>la base de données ne les a pas acceptées</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/crash.py"/>
        <source>Something went wrong</source>
        <translation>Une erreur s'est produite</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/crash.py"/>
        <source>The app met an error it did not expect: {what}</source>
        <translation>L'application a rencontré une erreur inattendue : {what}</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/crash.py"/>
        <source>What happened</source>
        <translation>Ce qui s'est passé</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/crash.py"/>
        <source>Your edits</source>
        <translation>Vos modifications</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/crash.py"/>
        <source>The details are in the log file {file}.</source>
        <translation>Les détails se trouvent dans le fichier journal {file}.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/crash.py"/>
        <source>No log file could be written; use Copy details.</source>
        <translation>Aucun fichier journal n'a pu être écrit; utilisez Copier les détails.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/crash.py"/>
        <source>Log file</source>
        <translation>Fichier journal</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/crash.py"/>
        <source>Further errors</source>
        <translation>Autres erreurs</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/crash.py"/>
        <source>You can keep working. If the error comes back, quit and start the app again, and send the log file to whoever supports the app.</source>
        <translation>Vous pouvez continuer à travailler. Si l'erreur revient, quittez l'application, redémarrez-la et envoyez le fichier journal à la personne qui en assure le soutien.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/crash.py"/>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/crash.py"/>
        <source>Choices</source>
        <translation>Choix</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/crash.py"/>
        <source>&amp;Copy details</source>
        <translation>&amp;Copier les détails</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/crash.py"/>
        <source>&amp;Open log folder</source>
        <translation>&amp;Ouvrir le dossier du journal</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/crash.py"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/crash.py"/>
        <source>&amp;Keep working</source>
        <translation>Continuer à &amp;travailler</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/crash.py"/>
        <source>{n} further errors since; each is in the log.</source>
        <translation>{n} autres erreurs depuis; chacune figure dans le journal.</translation>
    </message>
</context>
<context>
    <name>crosswalk</name>
    <message>
        <location filename="../../views/dialogs/crosswalk.py"/>
        <source>Crosswalk: capabilities × rule packs</source>
        <translation>Correspondance : capacités × ensembles de règles</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/crosswalk.py"/>
        <source>Crosswalk</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/crosswalk.py"/>
        <source>Which rules of which packs each capability helps satisfy.</source>
        <translation>Les règles de chaque ensemble que chaque capacité aide à respecter.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/crosswalk.py"/>
        <source>Rules speak of capabilities, so one card can satisfy rules in several packs. Each cell lists the citations of a pack's rules that name the capability.</source>
        <translation>Les règles parlent de capacités : une même carte peut donc respecter des règles de plusieurs ensembles. Chaque cellule énumère les références des règles de l'ensemble qui nomment la capacité.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/crosswalk.py"/>
        <source>About the crosswalk</source>
        <translation>À propos de la correspondance</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/crosswalk.py"/>
        <source>Crosswalk table</source>
        <translation>Tableau de correspondance</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/crosswalk.py"/>
        <source>Rows are capabilities, columns rule packs; sort by any column.</source>
        <translation>Les lignes sont les capacités, les colonnes les ensembles de règles; triez selon n'importe quelle colonne.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/crosswalk.py"/>
        <source>Rows shown</source>
        <translation>Lignes affichées</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/crosswalk.py"/>
        <source>Dialog buttons</source>
        <translation>Boutons de la boîte de dialogue</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/crosswalk.py"/>
        <source>Filter capabilities or citations…</source>
        <translation>Filtrer les capacités ou les références…</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/crosswalk.py"/>
        <source>Filter the crosswalk</source>
        <translation>Filtrer la correspondance</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/crosswalk.py"/>
        <source>Only what the strategy &amp;lacks</source>
        <translation>Seulement ce qui &amp;manque à la stratégie</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/crosswalk.py"/>
        <source>Only capabilities the strategy lacks</source>
        <translation>Seulement les capacités qui manquent à la stratégie</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/crosswalk.py"/>
        <source>Hide capabilities a card of the strategy already provides.</source>
        <translation>Masquer les capacités déjà fournies par une carte de la stratégie.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/crosswalk.py"/>
        <source>Only the strategy's &amp;packs</source>
        <translation>Seulement les &amp;ensembles de la stratégie</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/crosswalk.py"/>
        <source>Only the strategy's selected packs</source>
        <translation>Seulement les ensembles choisis pour la stratégie</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/crosswalk.py"/>
        <source>Show only the columns of the packs the strategy is checked against.</source>
        <translation>N'afficher que les colonnes des ensembles selon lesquels la stratégie est vérifiée.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/crosswalk.py"/>
        <source>Capability</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/crosswalk.py"/>
        <source>In your strategy</source>
        <translation>Dans votre stratégie</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/crosswalk.py"/>
        <source>Packs</source>
        <translation>Ensembles</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/crosswalk.py"/>
        <source>✓ yes</source>
        <translation>✓ oui</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/crosswalk.py"/>
        <source>✗ no</source>
        <translation>✗ non</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/crosswalk.py"/>
        <source>{shown} of {total} capabilities shown.</source>
        <translation>{shown} capacités affichées sur {total}.</translation>
    </message>
</context>
<context>
    <name>csv</name>
    <message>
        <location filename="../../app/export/api.py"/>
        <source>card</source>
        <translation>carte</translation>
    </message>
    <message>
        <location filename="../../app/export/api.py"/>
        <source>phase</source>
        <translation>phase</translation>
    </message>
    <message>
        <location filename="../../app/export/api.py"/>
        <source>owner</source>
        <translation>responsable</translation>
    </message>
    <message>
        <location filename="../../app/export/api.py"/>
        <source>status</source>
        <translation>état</translation>
    </message>
    <message>
        <location filename="../../app/export/api.py"/>
        <source>notes</source>
        <translation>notes</translation>
    </message>
</context>
<context>
    <name>day papers</name>
    <message>
        <location filename="../../app/review/day_documents.py"/>
        <source>{author} ({team}): {text}</source>
        <translation>{author} ({team}) : {text}</translation>
    </message>
    <message>
        <location filename="../../app/review/day_documents.py"/>
        <source>Individual reflections</source>
        <translation>Réflexions individuelles</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/review/day_documents.py"/>
        <source>%n participant(s), grouped by question</source>
        <translation>
            <numerusform>%n participant, réponses regroupées par question</numerusform>
            <numerusform>%n participants, réponses regroupées par question</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/review/day_documents.py"/>
        <source>No answers yet.</source>
        <translation>Aucune réponse pour l'instant.</translation>
    </message>
    <message>
        <location filename="../../app/review/day_documents.py"/>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../app/review/day_documents.py"/>
        <source>Self-assessment of knowledge gaps</source>
        <translation>Autoévaluation des lacunes de connaissances</translation>
    </message>
    <message>
        <location filename="../../app/review/day_documents.py"/>
        <source>Confidence per lane: {levels}</source>
        <translation>Confiance par couloir : {levels}</translation>
    </message>
    <message>
        <location filename="../../app/review/day_documents.py"/>
        <source>Lanes named as weakest (people): {lanes}.</source>
        <translation>Couloirs désignés comme les plus faibles (personnes) : {lanes}.</translation>
    </message>
    <message>
        <location filename="../../app/review/day_documents.py"/>
        <source>Not answered.</source>
        <translation>Sans réponse.</translation>
    </message>
    <message>
        <location filename="../../app/review/day_documents.py"/>
        <source>The facilitator's reflection</source>
        <translation>La réflexion de l'animation</translation>
    </message>
    <message>
        <location filename="../../app/review/day_documents.py"/>
        <source>A team</source>
        <translation>Une équipe</translation>
    </message>
    <message>
        <location filename="../../app/review/day_documents.py"/>
        <source>Questions it raised: {questions}</source>
        <translation>Questions soulevées : {questions}</translation>
    </message>
    <message>
        <location filename="../../app/review/day_documents.py"/>
        <source>Explore: what teams observed in the drills</source>
        <translation>Explorer : ce que les équipes ont observé dans les exercices</translation>
    </message>
    <message>
        <location filename="../../app/review/day_documents.py"/>
        <source>Not answered yet.</source>
        <translation>Pas encore de réponse.</translation>
    </message>
    <message>
        <location filename="../../app/review/day_documents.py"/>
        <source>Applying MLOps in my organisation</source>
        <translation>Appliquer les MLOps dans mon organisation</translation>
    </message>
    <message>
        <location filename="../../app/review/day_documents.py"/>
        <source>Self-assessment</source>
        <translation>Autoévaluation</translation>
    </message>
    <message>
        <location filename="../../app/review/day_documents.py"/>
        <source>Lane</source>
        <translation>Couloir</translation>
    </message>
    <message>
        <location filename="../../app/review/day_documents.py"/>
        <source>My confidence</source>
        <translation>Ma confiance</translation>
    </message>
    <message>
        <location filename="../../app/review/day_documents.py"/>
        <source>Where I most need to learn: {lanes}.</source>
        <translation>Là où j'ai le plus besoin d'apprendre : {lanes}.</translation>
    </message>
    <message>
        <location filename="../../app/review/day_documents.py"/>
        <source>Reflection paper: {author}</source>
        <translation>Document de réflexion : {author}</translation>
    </message>
    <message>
        <location filename="../../app/review/day_documents.py"/>
        <source>Attached: the team's plan</source>
        <translation>En annexe : le plan de l'équipe</translation>
    </message>
    <message>
        <location filename="../../app/review/day_documents.py"/>
        <source>A workshop participant's reflection on applying MLOps, with the plan</source>
        <translation>La réflexion d'une personne participant à l'atelier sur l'application des MLOps, avec le plan</translation>
    </message>
    <message>
        <location filename="../../app/review/day_documents.py"/>
        <source>Rubric scores, coverage, common gaps, peer feedback and reflections of {workshop}</source>
        <translation>Notes selon la grille, couverture, lacunes communes, rétroaction des pairs et réflexions de {workshop}</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../views/dialogs/choose.py"/>
        <location filename="../../views/dialogs/custom_card.py"/>
        <location filename="../../views/dialogs/workshop.py"/>
        <source>Dialog buttons</source>
        <translation>Boutons de la boîte de dialogue</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/choose.py"/>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/choose.py"/>
        <location filename="../../views/dialogs/custom_card.py"/>
        <source>Lane</source>
        <translation>Couloir</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/choose.py"/>
        <source>The phase lane the card goes into.</source>
        <translation>Le couloir de phase où va la carte.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/choose.py"/>
        <location filename="../../views/dialogs/custom_card.py"/>
        <source>&amp;Lane</source>
        <translation>&amp;Couloir</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/choose.py"/>
        <source>Link “{title}” to…</source>
        <translation>Relier « {title} » à…</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/choose.py"/>
        <source>Link to another card</source>
        <translation>Relier à une autre carte</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/choose.py"/>
        <source>Type to filter cards</source>
        <translation>Tapez pour filtrer les cartes</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/choose.py"/>
        <source>Filter cards</source>
        <translation>Filtrer les cartes</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/choose.py"/>
        <source>Target card</source>
        <translation>Carte cible</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/choose.py"/>
        <source>The card the link points to.</source>
        <translation>La carte vers laquelle pointe le lien.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/choose.py"/>
        <source>Link kind</source>
        <translation>Type de lien</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/choose.py"/>
        <source>What the link means.</source>
        <translation>Ce que signifie le lien.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/choose.py"/>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/custom_card.py"/>
        <source>Custom card</source>
        <translation>Carte personnalisée</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/custom_card.py"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/custom_card.py"/>
        <source>What the practice is called.</source>
        <translation>Le nom de la pratique.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/custom_card.py"/>
        <source>Owner role</source>
        <translation>Rôle responsable</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/custom_card.py"/>
        <source>Capabilities</source>
        <translation>Capacités</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/custom_card.py"/>
        <source>Tick what the practice provides; the rules count these.</source>
        <translation>Cochez ce que la pratique fournit; les règles en tiennent compte.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/custom_card.py"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/custom_card.py"/>
        <location filename="../../views/dialogs/workshop.py"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/custom_card.py"/>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/custom_card.py"/>
        <source>&amp;Owner</source>
        <translation>&amp;Responsable</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/custom_card.py"/>
        <source>&amp;Capabilities</source>
        <translation>C&amp;apacités</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/custom_card.py"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/custom_card.py"/>
        <source>Give the card a title.</source>
        <translation>Donnez un titre à la carte.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/custom_card.py"/>
        <source>Titles are at most {n} characters.</source>
        <translation>Les titres comptent au plus {n} caractères.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/custom_card.py"/>
        <source>Notes are at most {n} characters.</source>
        <translation>Les notes comptent au plus {n} caractères.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/workshop.py"/>
        <source>New workshop</source>
        <translation>Nouvel atelier</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/workshop.py"/>
        <source>Workshop name</source>
        <translation>Nom de l'atelier</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/workshop.py"/>
        <source>Facilitator</source>
        <translation>Personne qui anime</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/workshop.py"/>
        <source>Workshop date</source>
        <translation>Date de l'atelier</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/workshop.py"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/workshop.py"/>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/workshop.py"/>
        <source>&amp;Facilitator</source>
        <translation>&amp;Personne qui anime</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/workshop.py"/>
        <source>Check the name: {e}</source>
        <translation>Vérifiez le nom : {e}</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/workshop.py"/>
        <source>Member role</source>
        <translation>Rôle du membre</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/workshop.py"/>
        <source>Teams of “{name}”</source>
        <translation>Équipes de « {name} »</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/workshop.py"/>
        <source>Teams</source>
        <translation>Équipes</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/workshop.py"/>
        <source>Add team</source>
        <translation>Ajouter une équipe</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/workshop.py"/>
        <source>Add a team</source>
        <translation>Ajouter une équipe</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/workshop.py"/>
        <source>Remove team</source>
        <translation>Retirer l'équipe</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/workshop.py"/>
        <source>Remove the selected team</source>
        <translation>Retirer l'équipe sélectionnée</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/workshop.py"/>
        <source>Team name</source>
        <translation>Nom de l'équipe</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/workshop.py"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/workshop.py"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/workshop.py"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/workshop.py"/>
        <source>Each member's name and role.</source>
        <translation>Le nom et le rôle de chaque membre.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/workshop.py"/>
        <source>Add member</source>
        <translation>Ajouter un membre</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/workshop.py"/>
        <source>Add a member</source>
        <translation>Ajouter un membre</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/workshop.py"/>
        <source>Remove member</source>
        <translation>Retirer le membre</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/workshop.py"/>
        <source>Remove the selected member</source>
        <translation>Retirer le membre sélectionné</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/workshop.py"/>
        <source>Team name:</source>
        <translation>Nom de l'équipe :</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/workshop.py"/>
        <source>Member name</source>
        <translation>Nom du membre</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/workshop.py"/>
        <source>Check {where}: {msg}</source>
        <translation>Vérifiez {where} : {msg}</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/workshop.py"/>
        <source>the team</source>
        <translation>l'équipe</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/workshop.py"/>
        <source>Team {n}</source>
        <translation>Équipe {n}</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/workshop.py"/>
        <source>New strategy</source>
        <translation>Nouvelle stratégie</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/workshop.py"/>
        <source>(no team)</source>
        <translation>(aucune équipe)</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/workshop.py"/>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/workshop.py"/>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/workshop.py"/>
        <source>Strategy name</source>
        <translation>Nom de la stratégie</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/workshop.py"/>
        <source>&amp;Team</source>
        <translation>É&amp;quipe</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/workshop.py"/>
        <source>&amp;Scenario</source>
        <translation>&amp;Scénario</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/workshop.py"/>
        <source>Choose a scenario.</source>
        <translation>Choisissez un scénario.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/workshop.py"/>
        <source>The name must have 1 to 120 characters.</source>
        <translation>Le nom doit compter de 1 à 120 caractères.</translation>
    </message>
</context>
<context>
    <name>drill slides</name>
    <message>
        <location filename="../../app/drills/pdf_slides.py"/>
        <source>day {day}</source>
        <translation>jour {day}</translation>
    </message>
    <message>
        <location filename="../../app/drills/pdf_slides.py"/>
        <source>an owner ({role})</source>
        <translation>un responsable ({role})</translation>
    </message>
    <message>
        <location filename="../../app/drills/pdf_slides.py"/>
        <source>a link to a response card</source>
        <translation>un lien vers une carte d'intervention</translation>
    </message>
    <message>
        <location filename="../../app/drills/pdf_slides.py"/>
        <source>not detected; needs {what}</source>
        <translation>non détecté; il faut {what}</translation>
    </message>
    <message>
        <location filename="../../app/drills/pdf_slides.py"/>
        <source>not fed back, needs {what}</source>
        <translation>sans rétroaction, il faut {what}</translation>
    </message>
    <message>
        <location filename="../../app/drills/pdf_slides.py"/>
        <source>no response; needs {what}</source>
        <translation>aucune intervention; il faut {what}</translation>
    </message>
    <message>
        <location filename="../../app/drills/pdf_slides.py"/>
        <source>No drill events were run on this strategy.</source>
        <translation>Aucun exercice n'a été mené sur cette stratégie.</translation>
    </message>
    <message>
        <location filename="../../app/drills/pdf_slides.py"/>
        <source>Resilience {resilience}: {handled} of {events} events handled in time, {late} late, {missed} missed. Harm: {unit} while the event went unhandled.</source>
        <translation>Résilience {resilience} : {handled} événements sur {events} traités à temps, {late} en retard, {missed} manqués. Préjudice : {unit} tant que l'événement n'est pas traité.</translation>
    </message>
    <message>
        <location filename="../../app/drills/pdf_slides.py"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../../app/drills/pdf_slides.py"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../app/drills/pdf_slides.py"/>
        <source>Detected by</source>
        <translation>Détecté par</translation>
    </message>
    <message>
        <location filename="../../app/drills/pdf_slides.py"/>
        <source>Handled by</source>
        <translation>Traité par</translation>
    </message>
    <message>
        <location filename="../../app/drills/pdf_slides.py"/>
        <source>Harm</source>
        <translation>Préjudice</translation>
    </message>
    <message>
        <location filename="../../app/drills/pdf_slides.py"/>
        <source>Drills</source>
        <translation>Exercices</translation>
    </message>
    <message>
        <location filename="../../app/drills/pdf_slides.py"/>
        <source>What-if events traced through the strategy: detected, handled, fed back</source>
        <translation>Événements hypothétiques retracés dans la stratégie : détectés, traités, suivis d'une rétroaction</translation>
    </message>
    <message>
        <location filename="../../app/drills/pdf_slides.py"/>
        <source>With the team's controls</source>
        <translation>Avec les mesures de contrôle de l'équipe</translation>
    </message>
    <message>
        <location filename="../../app/drills/pdf_slides.py"/>
        <source>Without controls</source>
        <translation>Sans mesures de contrôle</translation>
    </message>
    <message>
        <location filename="../../app/drills/pdf_slides.py"/>
        <source>Month in production</source>
        <translation>Mois en production</translation>
    </message>
    <message>
        <location filename="../../app/drills/pdf_slides.py"/>
        <source>Model accuracy</source>
        <translation>Exactitude du modèle</translation>
    </message>
    <message>
        <location filename="../../app/drills/pdf_slides.py"/>
        <source>Accuracy (%)</source>
        <translation>Exactitude (%)</translation>
    </message>
    <message>
        <location filename="../../app/drills/pdf_slides.py"/>
        <source>Fairness gap between subgroups</source>
        <translation>Écart d'équité entre sous-groupes</translation>
    </message>
    <message>
        <location filename="../../app/drills/pdf_slides.py"/>
        <source>Gap between subgroups (percentage points)</source>
        <translation>Écart entre sous-groupes (points de pourcentage)</translation>
    </message>
    <message>
        <location filename="../../app/drills/pdf_slides.py"/>
        <source>points</source>
        <translation>points</translation>
    </message>
    <message>
        <location filename="../../app/drills/pdf_slides.py"/>
        <source>Harm over the year: {with_} {unit} with the team's controls, {without} without. Year resilience {resilience}.</source>
        <translation>Préjudice au cours de l'année : {with_} {unit} avec les mesures de contrôle de l'équipe, {without} sans. Résilience de l'année : {resilience}.</translation>
    </message>
    <message>
        <location filename="../../app/drills/pdf_slides.py"/>
        <source>The two lines of each panel coincide: no event of this year was handled in time, so the controls changed nothing.</source>
        <translation>Les deux courbes de chaque panneau se confondent : aucun événement de l'année n'a été traité à temps, de sorte que les mesures de contrôle n'ont rien changé.</translation>
    </message>
    <message>
        <location filename="../../app/drills/pdf_slides.py"/>
        <source>Month {month}</source>
        <translation>Mois {month}</translation>
    </message>
    <message>
        <location filename="../../app/drills/pdf_slides.py"/>
        <source>A quiet year: no event struck.</source>
        <translation>Une année calme : aucun événement n'est survenu.</translation>
    </message>
    <message>
        <location filename="../../app/drills/pdf_slides.py"/>
        <source>Drills: a year in production</source>
        <translation>Exercices : une année en production</translation>
    </message>
    <message>
        <location filename="../../app/drills/pdf_slides.py"/>
        <source>A teaching simulation (seed {seed}), not a forecast</source>
        <translation>Une simulation pédagogique (germe {seed}), et non une prévision</translation>
    </message>
    <message>
        <location filename="../../app/drills/pdf_slides.py"/>
        <source>Resilience {resilience}</source>
        <translation>Résilience {resilience}</translation>
    </message>
    <message>
        <location filename="../../app/drills/pdf_slides.py"/>
        <source>Harm over the year: {with_} {unit} with the team's controls, {without} without.</source>
        <translation>Préjudice au cours de l'année : {with_} {unit} avec les mesures de contrôle de l'équipe, {without} sans.</translation>
    </message>
    <message>
        <location filename="../../app/drills/pdf_slides.py"/>
        <source>Hurt most: {events}.</source>
        <translation>Les plus préjudiciables : {events}.</translation>
    </message>
    <message>
        <location filename="../../app/drills/pdf_slides.py"/>
        <source>The two lines coincide: no event was handled in time.</source>
        <translation>Les deux courbes se confondent : aucun événement n'a été traité à temps.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/drills/pdf_slides.py"/>
        <source>%n what-if event(s) traced · a teaching simulation, not a forecast</source>
        <translation>
            <numerusform>%n événement hypothétique retracé · une simulation pédagogique, et non une prévision</numerusform>
            <numerusform>%n événements hypothétiques retracés · une simulation pédagogique, et non une prévision</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/drills/render.py"/>
        <source>handled</source>
        <translation>traité</translation>
    </message>
    <message>
        <location filename="../../app/drills/render.py"/>
        <source>late</source>
        <translation>en retard</translation>
    </message>
    <message>
        <location filename="../../app/drills/render.py"/>
        <source>missed</source>
        <translation>manqué</translation>
    </message>
</context>
<context>
    <name>drilling</name>
    <message>
        <location filename="../../views/drilling.py"/>
        <source>Drills are unavailable: {error}</source>
        <translation>Les exercices ne sont pas disponibles : {error}</translation>
    </message>
    <message>
        <location filename="../../views/drilling.py"/>
        <source>Skipped {n} broken drill event(s): {first}</source>
        <translation>{n} événement(s) d'exercice endommagé(s) ignoré(s) : {first}</translation>
    </message>
</context>
<context>
    <name>drills</name>
    <message>
        <location filename="../../app/cli/drill.py"/>
        <location filename="../../views/docks/drills.py"/>
        <source>people affected</source>
        <translation>personnes touchées</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/drill.py"/>
        <source>Drills on “{strategy}” (%n card(s)):</source>
        <translation>
            <numerusform>Exercices sur « {strategy} » (%n carte) :</numerusform>
            <numerusform>Exercices sur « {strategy} » (%n cartes) :</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/drills/render.py"/>
        <source>event</source>
        <translation>événement</translation>
    </message>
    <message>
        <location filename="../../app/drills/render.py"/>
        <source>outcome</source>
        <translation>résultat</translation>
    </message>
    <message>
        <location filename="../../app/drills/render.py"/>
        <source>detected by (day)</source>
        <translation>détecté par (jour)</translation>
    </message>
    <message>
        <location filename="../../app/drills/render.py"/>
        <source>handled by (day)</source>
        <translation>traité par (jour)</translation>
    </message>
    <message>
        <location filename="../../app/drills/render.py"/>
        <source>fed back via</source>
        <translation>réinjecté via</translation>
    </message>
    <message>
        <location filename="../../app/drills/render.py"/>
        <source>harm</source>
        <translation>préjudice</translation>
    </message>
    <message>
        <location filename="../../app/drills/render.py"/>
        <source>occurred</source>
        <translation>survenu</translation>
    </message>
    <message>
        <location filename="../../app/drills/render.py"/>
        <source>detected</source>
        <translation>détecté</translation>
    </message>
    <message>
        <location filename="../../app/drills/render.py"/>
        <source>handled</source>
        <translation>traité</translation>
    </message>
    <message>
        <location filename="../../app/drills/render.py"/>
        <source>fed back</source>
        <translation>réinjecté</translation>
    </message>
    <message>
        <location filename="../../app/drills/render.py"/>
        <source>Resilience: {handled}/{events} handled in time ({share}). Harm in {unit}.</source>
        <translation>Résilience : {handled}/{events} traités à temps ({share}). Préjudice : {unit}.</translation>
    </message>
    <message>
        <location filename="../../app/drills/render.py"/>
        <source>Where chains break:</source>
        <translation>Où les chaînes se rompent :</translation>
    </message>
    <message>
        <location filename="../../app/drills/render.py"/>
        <source>Add “{capability}”</source>
        <translation>Ajouter « {capability} »</translation>
    </message>
    <message>
        <location filename="../../app/drills/render.py"/>
        <source>(catalog: {keys})</source>
        <translation>(catalogue : {keys})</translation>
    </message>
    <message>
        <location filename="../../app/drills/render.py"/>
        <source>Give it an owner ({role}).</source>
        <translation>Lui donner un responsable ({role}).</translation>
    </message>
    <message>
        <location filename="../../app/drills/render.py"/>
        <source>{event} [{stage}]: {reason}</source>
        <translation>{event} [{stage}] : {reason}</translation>
    </message>
    <message>
        <location filename="../../app/drills/render.py"/>
        <source>A year in production (seed {seed}):</source>
        <translation>Une année en production (germe {seed}) :</translation>
    </message>
    <message>
        <location filename="../../app/drills/render.py"/>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <location filename="../../app/drills/render.py"/>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <location filename="../../app/drills/render.py"/>
        <source>harm without controls</source>
        <translation>préjudice sans mesures de contrôle</translation>
    </message>
    <message>
        <location filename="../../app/drills/render.py"/>
        <source>(a quiet year: no events)</source>
        <translation>(une année calme : aucun événement)</translation>
    </message>
    <message>
        <location filename="../../app/drills/render.py"/>
        <source>accuracy</source>
        <translation>exactitude</translation>
    </message>
    <message>
        <location filename="../../app/drills/render.py"/>
        <source>without controls</source>
        <translation>sans mesures de contrôle</translation>
    </message>
    <message>
        <location filename="../../app/drills/render.py"/>
        <source>fairness gap</source>
        <translation>écart d'équité</translation>
    </message>
    <message>
        <location filename="../../app/drills/render.py"/>
        <source>Year resilience: {share}. Harm: {with_} with the team's controls, {without} without ({unit}).</source>
        <translation>Résilience sur l'année : {share}. Préjudice : {with_} avec les mesures de contrôle de l'équipe, {without} sans ({unit}).</translation>
    </message>
    <message>
        <location filename="../../app/drills/report.py"/>
        <location filename="../../app/drills/trace.py"/>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <location filename="../../app/drills/trace.py"/>
        <source>{event} arises in {phase}.</source>
        <translation>{event} : survient dans « {phase} ».</translation>
    </message>
    <message>
        <location filename="../../app/drills/trace.py"/>
        <source>its {cadence} cadence</source>
        <translation>fréquence {cadence}</translation>
    </message>
    <message>
        <location filename="../../app/drills/trace.py"/>
        <source>no stated cadence</source>
        <translation>fréquence non précisée</translation>
    </message>
    <message>
        <location filename="../../app/drills/trace.py"/>
        <source>Detected by “{card}” after {days} ({how}).</source>
        <translation>Détecté par « {card} » après {days} ({how}).</translation>
    </message>
    <message>
        <location filename="../../app/drills/trace.py"/>
        <source>Not detected: “{card}” runs once — a one-off activity cannot see what happens later, in operation. A practice that repeats is needed.</source>
        <translation>Non détecté : « {card} » n'a lieu qu'une fois — une activité ponctuelle ne peut pas voir ce qui se produit plus tard, en exploitation. Il faut une pratique qui se répète.</translation>
    </message>
    <message>
        <location filename="../../app/drills/trace.py"/>
        <source>Not detected: the only cards that could see it are still planned (“{card}”).</source>
        <translation>Non détecté : les seules cartes qui pourraient le voir sont encore prévues (« {card} »).</translation>
    </message>
    <message>
        <location filename="../../app/drills/trace.py"/>
        <source>Not detected: no card in place or in progress provides {capabilities}.</source>
        <translation>Non détecté : aucune carte en place ou en cours ne fournit {capabilities}.</translation>
    </message>
    <message>
        <location filename="../../app/drills/trace.py"/>
        <source>Handled through “{card}” by {owner} on day {day}</source>
        <translation>Traité par « {card} », sous la responsabilité de {owner}, le jour {day}</translation>
    </message>
    <message>
        <location filename="../../app/drills/trace.py"/>
        <source>; the event expects {role}</source>
        <translation>; l'événement attend {role}</translation>
    </message>
    <message>
        <location filename="../../app/drills/trace.py"/>
        <source>Detected, but “{card}” has no owner to act on it ({roles} expected).</source>
        <translation>Détecté, mais « {card} » n'a aucun responsable pour agir (on attend {roles}).</translation>
    </message>
    <message>
        <location filename="../../app/drills/trace.py"/>
        <source>Detected, but “{card}” is owned by {owner}; this event needs {roles} to act on it.</source>
        <translation>Détecté, mais « {card} » relève de {owner}; cet événement exige que {roles} agisse.</translation>
    </message>
    <message>
        <location filename="../../app/drills/trace.py"/>
        <source>“{card}” raised the alarm and would answer it alone: one card cannot check its own work. Link it to a response owned by {roles}.</source>
        <translation>« {card} » a donné l'alerte et y répondrait seule : une carte ne peut pas vérifier son propre travail. Reliez-la à une intervention sous la responsabilité de {roles}.</translation>
    </message>
    <message>
        <location filename="../../app/drills/trace.py"/>
        <source>Detected, but no link leads from “{source}” to “{target}”, which could respond.</source>
        <translation>Détecté, mais aucun lien ne mène de « {source} » à « {target} », qui pourrait intervenir.</translation>
    </message>
    <message>
        <location filename="../../app/drills/trace.py"/>
        <source>Detected, but the only cards that could respond are still planned (“{card}”).</source>
        <translation>Détecté, mais les seules cartes qui pourraient intervenir sont encore prévues (« {card} »).</translation>
    </message>
    <message>
        <location filename="../../app/drills/trace.py"/>
        <source>Detected, but nothing reachable responds: no card in place provides {capabilities}.</source>
        <translation>Détecté, mais rien d'atteignable n'intervient : aucune carte en place ne fournit {capabilities}.</translation>
    </message>
    <message>
        <location filename="../../app/drills/trace.py"/>
        <source>Lesson fed back through “{card}” into {phase} on day {day}.</source>
        <translation>Leçon ramenée par « {card} » dans « {phase} » le jour {day}.</translation>
    </message>
    <message>
        <location filename="../../app/drills/trace.py"/>
        <source>Handled, but the lesson stops at “{card}”: link it into {phases}.</source>
        <translation>Traité, mais la leçon s'arrête à « {card} » : reliez-la à {phases}.</translation>
    </message>
    <message>
        <location filename="../../app/drills/trace.py"/>
        <source>Handled, but the lesson stops at “{card}”: add a practice in place to receive it in {phases}.</source>
        <translation>Traité, mais la leçon s'arrête à « {card} » : ajoutez une pratique en place pour la recevoir dans {phases}.</translation>
    </message>
    <message>
        <location filename="../../app/drills/trace.py"/>
        <source>Handled, but no link leads from “{source}” to “{target}”, which could carry the lesson into {phases}.</source>
        <translation>Traité, mais aucun lien ne mène de « {source} » à « {target} », qui pourrait ramener la leçon dans {phases}.</translation>
    </message>
    <message>
        <location filename="../../app/drills/trace.py"/>
        <source>Handled, but no path leads from the response back into {phases}.</source>
        <translation>Traité, mais aucun chemin ne ramène de l'intervention vers {phases}.</translation>
    </message>
    <message>
        <location filename="../../app/drills/trace.py"/>
        <source>{some} or {last}</source>
        <translation>{some} ou {last}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/drills/trace.py"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/drills/trace.py"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/drills/trace.py"/>
        <source>{days} days</source>
        <translation>{days} jours</translation>
    </message>
    <message>
        <location filename="../../views/docks/drill_chain.py"/>
        <source>Occurred</source>
        <translation>Survenu</translation>
    </message>
    <message>
        <location filename="../../views/docks/drill_chain.py"/>
        <source>Detected</source>
        <translation>Détecté</translation>
    </message>
    <message>
        <location filename="../../views/docks/drill_chain.py"/>
        <location filename="../../views/docks/drills.py"/>
        <location filename="../../views/widgets/marks.py"/>
        <source>Handled</source>
        <translation>Traité</translation>
    </message>
    <message>
        <location filename="../../views/docks/drill_chain.py"/>
        <source>Fed back</source>
        <translation>Réinjecté</translation>
    </message>
    <message>
        <location filename="../../views/docks/drill_chain.py"/>
        <source>{stage}, day {day}: {summary}</source>
        <translation>{stage}, jour {day} : {summary}</translation>
    </message>
    <message>
        <location filename="../../views/docks/drill_chain.py"/>
        <source>Breaks before “{stage}”: {reason}</source>
        <translation>Rupture avant « {stage} » : {reason}</translation>
    </message>
    <message>
        <location filename="../../views/docks/drill_chain.py"/>
        <source>Chain of the picked event</source>
        <translation>Chaîne de l'événement choisi</translation>
    </message>
    <message>
        <location filename="../../views/docks/drill_chain.py"/>
        <source>Stages of the chain</source>
        <translation>Étapes de la chaîne</translation>
    </message>
    <message>
        <location filename="../../views/docks/drill_chain.py"/>
        <source>Occurred, detected, handled, fed back — or where it breaks.</source>
        <translation>Survenu, détecté, traité, réinjecté — ou l'endroit où la chaîne se rompt.</translation>
    </message>
    <message>
        <location filename="../../views/docks/drill_chain.py"/>
        <source>Break point</source>
        <translation>Point de rupture</translation>
    </message>
    <message>
        <location filename="../../views/docks/drill_chain.py"/>
        <source>Practices that provide the missing capability</source>
        <translation>Pratiques qui fournissent la capacité manquante</translation>
    </message>
    <message>
        <location filename="../../views/docks/drill_chain.py"/>
        <source>Pick one and press Add to place it instead of the suggested fix.</source>
        <translation>Choisissez-en une et appuyez sur Ajouter pour la placer au lieu de la correction suggérée.</translation>
    </message>
    <message>
        <location filename="../../views/docks/drill_chain.py"/>
        <source>A&amp;dd</source>
        <translation>Aj&amp;outer</translation>
    </message>
    <message>
        <location filename="../../views/docks/drill_chain.py"/>
        <source>Add the picked practice</source>
        <translation>Ajouter la pratique choisie</translation>
    </message>
    <message>
        <location filename="../../views/docks/drill_chain.py"/>
        <source>C&amp;lose the gap</source>
        <translation>Com&amp;bler la lacune</translation>
    </message>
    <message>
        <location filename="../../views/docks/drill_chain.py"/>
        <source>Close the gap</source>
        <translation>Combler la lacune</translation>
    </message>
    <message>
        <location filename="../../views/docks/drill_chain.py"/>
        <source>Add, link, own or start the one thing that mends the chain, as one undoable step.</source>
        <translation>Ajouter, relier, attribuer ou démarrer la seule chose qui répare la chaîne, en une seule étape annulable.</translation>
    </message>
    <message>
        <location filename="../../views/docks/drill_chain.py"/>
        <source>Mending the chain</source>
        <translation>Réparer la chaîne</translation>
    </message>
    <message>
        <location filename="../../views/docks/drill_chain.py"/>
        <source>✓ The chain is whole: detected, handled and fed back.</source>
        <translation>✓ La chaîne est complète : détecté, traité et réinjecté.</translation>
    </message>
    <message>
        <location filename="../../views/docks/drill_chain.py"/>
        <source>✕ Breaks before “{stage}”. Missing: {missing}.</source>
        <translation>✕ Rupture avant « {stage} ». Manque : {missing}.</translation>
    </message>
    <message>
        <location filename="../../views/docks/drill_chain.py"/>
        <source>the capability “{title}”</source>
        <translation>la capacité « {title} »</translation>
    </message>
    <message>
        <location filename="../../views/docks/drill_chain.py"/>
        <source>an owner ({role})</source>
        <translation>un responsable ({role})</translation>
    </message>
    <message>
        <location filename="../../views/docks/drill_chain.py"/>
        <source>a link between the cards</source>
        <translation>un lien entre les cartes</translation>
    </message>
    <message>
        <location filename="../../views/docks/drill_chain.py"/>
        <source>— cards that would close it are still only planned ({titles}); put one in progress or in place</source>
        <translation>— les cartes qui la combleraient sont seulement prévues ({titles}); mettez-en une en cours ou en place</translation>
    </message>
    <message>
        <location filename="../../views/docks/drill_chain.py"/>
        <source>Close the gap: {event}</source>
        <translation>Combler la lacune : {event}</translation>
    </message>
    <message>
        <location filename="../../views/docks/drill_year.py"/>
        <source>{amount} {unit}</source>
        <translation>{amount} {unit}</translation>
    </message>
    <message>
        <location filename="../../views/docks/drill_year.py"/>
        <source>Year in production</source>
        <translation>Une année en production</translation>
    </message>
    <message>
        <location filename="../../views/docks/drill_year.py"/>
        <source>&amp;Seed of the year:</source>
        <translation>&amp;Germe de l'année :</translation>
    </message>
    <message>
        <location filename="../../views/docks/drill_year.py"/>
        <source>Seed of the simulated year</source>
        <translation>Germe de l'année simulée</translation>
    </message>
    <message>
        <location filename="../../views/docks/drill_year.py"/>
        <source>The same seed always gives the same year; another seed, another year.</source>
        <translation>Le même germe donne toujours la même année; un autre germe, une autre année.</translation>
    </message>
    <message>
        <location filename="../../views/docks/drill_year.py"/>
        <source>Harm over the year</source>
        <translation>Préjudice au cours de l'année</translation>
    </message>
    <message>
        <location filename="../../views/docks/drill_year.py"/>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location filename="../../views/docks/drill_year.py"/>
        <location filename="../../views/docks/drills.py"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../../views/docks/drill_year.py"/>
        <location filename="../../views/docks/drills.py"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../views/docks/drill_year.py"/>
        <source>Harm with controls</source>
        <translation>Préjudice avec mesures</translation>
    </message>
    <message>
        <location filename="../../views/docks/drill_year.py"/>
        <source>Harm without</source>
        <translation>Préjudice sans</translation>
    </message>
    <message>
        <location filename="../../views/docks/drill_year.py"/>
        <source>Events of the year</source>
        <translation>Événements de l'année</translation>
    </message>
    <message>
        <location filename="../../views/docks/drill_year.py"/>
        <source>When each event struck, how the strategy fared and the harm it caused.</source>
        <translation>Quand chaque événement est survenu, comment la stratégie s'en est tirée et le préjudice causé.</translation>
    </message>
    <message>
        <location filename="../../views/docks/drill_year.py"/>
        <source>Run the drills to simulate a year in production.</source>
        <translation>Exécutez les exercices pour simuler une année en production.</translation>
    </message>
    <message>
        <location filename="../../views/docks/drill_year.py"/>
        <source>Harm over the year: {with_} with your controls, {without} without.</source>
        <translation>Préjudice au cours de l'année : {with_} avec vos mesures de contrôle, {without} sans.</translation>
    </message>
    <message>
        <location filename="../../views/docks/drills.py"/>
        <source>Drills</source>
        <translation>Exercices</translation>
    </message>
    <message>
        <location filename="../../views/docks/drills.py"/>
        <source>What-if events traced through the strategy.</source>
        <translation>Événements hypothétiques retracés dans la stratégie.</translation>
    </message>
    <message>
        <location filename="../../views/docks/drills.py"/>
        <source>Drills panel</source>
        <translation>Panneau des exercices</translation>
    </message>
    <message>
        <location filename="../../views/docks/drills.py"/>
        <source>Drill views</source>
        <translation>Vues des exercices</translation>
    </message>
    <message>
        <location filename="../../views/docks/drills.py"/>
        <source>Eve&amp;nts</source>
        <translation>&amp;Événements</translation>
    </message>
    <message>
        <location filename="../../views/docks/drills.py"/>
        <source>&amp;Year in production</source>
        <translation>&amp;Une année en production</translation>
    </message>
    <message>
        <location filename="../../views/docks/drills.py"/>
        <source>Resilience score</source>
        <translation>Indice de résilience</translation>
    </message>
    <message>
        <location filename="../../views/docks/drills.py"/>
        <source>&amp;Run all</source>
        <translation>&amp;Tout exécuter</translation>
    </message>
    <message>
        <location filename="../../views/docks/drills.py"/>
        <source>Run all drills</source>
        <translation>Exécuter tous les exercices</translation>
    </message>
    <message>
        <location filename="../../views/docks/drills.py"/>
        <source>Trace every event.</source>
        <translation>Retracer chaque événement.</translation>
    </message>
    <message>
        <location filename="../../views/docks/drills.py"/>
        <source>S&amp;tep through</source>
        <translation>Pas à &amp;pas</translation>
    </message>
    <message>
        <location filename="../../views/docks/drills.py"/>
        <source>Step through the chain</source>
        <translation>Suivre la chaîne pas à pas</translation>
    </message>
    <message>
        <location filename="../../views/docks/drills.py"/>
        <source>Light the picked event's cards on the canvas one stage at a time.</source>
        <translation>Allumer les cartes de l'événement choisi sur le canevas, une étape à la fois.</translation>
    </message>
    <message>
        <location filename="../../views/docks/drills.py"/>
        <source>Sto&amp;p</source>
        <translation>A&amp;rrêter</translation>
    </message>
    <message>
        <location filename="../../views/docks/drills.py"/>
        <source>Stop stepping</source>
        <translation>Arrêter le pas à pas</translation>
    </message>
    <message>
        <location filename="../../views/docks/drills.py"/>
        <source>Clear the lit cards.</source>
        <translation>Éteindre les cartes allumées.</translation>
    </message>
    <message>
        <location filename="../../views/docks/drills.py"/>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <location filename="../../views/docks/drills.py"/>
        <source>Harm</source>
        <translation>Préjudice</translation>
    </message>
    <message>
        <location filename="../../views/docks/drills.py"/>
        <source>Drill events</source>
        <translation>Événements d'exercice</translation>
    </message>
    <message>
        <location filename="../../views/docks/drills.py"/>
        <source>Each event with its outcome: handled, late or missed.</source>
        <translation>Chaque événement et son résultat : traité, en retard ou manqué.</translation>
    </message>
    <message>
        <location filename="../../views/docks/drills.py"/>
        <source>day {d}</source>
        <translation>jour {d}</translation>
    </message>
    <message>
        <location filename="../../views/docks/drills.py"/>
        <source>Open a strategy to drill it.</source>
        <translation>Ouvrez une stratégie pour l'exercer.</translation>
    </message>
    <message>
        <location filename="../../views/docks/drills.py"/>
        <source>Press &lt;b&gt;Run all&lt;/b&gt; to throw {n} what-if events at this strategy.</source>
        <translation>Appuyez sur &lt;b&gt;Tout exécuter&lt;/b&gt; pour soumettre {n} événements hypothétiques à cette stratégie.</translation>
    </message>
    <message>
        <location filename="../../views/docks/drills.py"/>
        <source>&lt;b&gt;Resilience {share}%&lt;/b&gt; — {h} of {n} events handled in time</source>
        <translation>&lt;b&gt;Résilience {share} %&lt;/b&gt; — {h} événements sur {n} traités à temps</translation>
    </message>
    <message>
        <location filename="../../views/docks/drills.py"/>
        <source>S&amp;tep again</source>
        <translation>Re&amp;commencer</translation>
    </message>
    <message>
        <location filename="../../views/docks/drills.py"/>
        <source>Nex&amp;t stage</source>
        <translation>É&amp;tape suivante</translation>
    </message>
    <message>
        <location filename="../../views/widgets/marks.py"/>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../views/widgets/marks.py"/>
        <source>Missed</source>
        <translation>Manqué</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="vanished">&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Close the gap</source>
        <translation type="vanished">&amp;Combler la lacune</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation type="vanished">&amp;Événements</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../views/workbench.py"/>
        <source>Cannot open the database</source>
        <translation>Impossible d'ouvrir la base de données</translation>
    </message>
    <message>
        <location filename="../../views/workbench.py"/>
        <source>The database {file} could not be opened:

{error}

The file was not changed.</source>
        <translation>La base de données {file} n'a pas pu être ouverte :

{error}

Le fichier n'a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../../views/workbench.py"/>
        <source>No database is open. {error}</source>
        <translation>Aucune base de données n'est ouverte. {error}</translation>
    </message>
    <message>
        <location filename="../../views/workbench.py"/>
        <source>{error}

The content files that ship with the app are read from {folder}. They are missing or were changed: reinstall the app.</source>
        <translation>{error}

Les fichiers de contenu livrés avec l'application sont lus dans {folder}. Ils sont absents ou ont été modifiés : réinstallez l'application.</translation>
    </message>
    <message>
        <location filename="../../views/workbench.py"/>
        <source>Content files are damaged</source>
        <translation>Les fichiers de contenu sont endommagés</translation>
    </message>
    <message>
        <location filename="../../views/workbench.py"/>
        <source>The demo workshop could not be written: {e}</source>
        <translation>L'atelier de démonstration n'a pas pu être écrit : {e}</translation>
    </message>
    <message>
        <location filename="../../views/workbench.py"/>
        <source>Your database was updated</source>
        <translation>Votre base de données a été mise à jour</translation>
    </message>
    <message>
        <location filename="../../views/workbench.py"/>
        <source>Edits could not be saved</source>
        <translation>Les modifications n'ont pas pu être enregistrées</translation>
    </message>
    <message>
        <location filename="../../views/workbench.py"/>
        <source>{n} edits could not be written to the database: {reason}

Quit anyway and lose them, or keep the window open (writing is retried)?</source>
        <translation>{n} modifications n'ont pas pu être enregistrées dans la base de données : {reason}

Quitter quand même et les perdre, ou garder la fenêtre ouverte (l'enregistrement sera réessayé)?</translation>
    </message>
</context>
<context>
    <name>errors-checker</name>
    <message>
        <location filename="../../app/checker/questionnaire.py"/>
        <source>no question '{key}'; questions: {known}</source>
        <translation>aucune question « {key} »; questions : {known}</translation>
    </message>
    <message>
        <location filename="../../app/checker/questionnaire.py"/>
        <source>question '{key}' takes yes (true) or no (false), not {value}</source>
        <translation>la question « {key} » attend oui (true) ou non (false), pas {value}</translation>
    </message>
    <message>
        <location filename="../../app/checker/questionnaire.py"/>
        <source>question '{key}' takes one of {allowed}, not {value}</source>
        <translation>la question « {key} » attend l'une des valeurs {allowed}, pas {value}</translation>
    </message>
    <message>
        <location filename="../../app/checker/questionnaire.py"/>
        <source>question '{key}' takes a list of {allowed}, not {value}</source>
        <translation>la question « {key} » attend une liste de valeurs parmi {allowed}, pas {value}</translation>
    </message>
</context>
<context>
    <name>errors-cli</name>
    <message>
        <location filename="../../app/cli/__init__.py"/>
        <source>mlops-canvas: warning: {message}</source>
        <translation>mlops-canvas : avertissement : {message}</translation>
    </message>
    <message>
        <location filename="../../app/cli/__init__.py"/>
        <source>note: {message}</source>
        <translation>remarque : {message}</translation>
    </message>
    <message>
        <location filename="../../app/cli/__init__.py"/>
        <source>mlops-canvas: error: {message}</source>
        <translation>mlops-canvas : erreur : {message}</translation>
    </message>
    <message>
        <location filename="../../app/cli/__init__.py"/>
        <source>the content files cannot be read: {error}</source>
        <translation>impossible de lire les fichiers de contenu : {error}</translation>
    </message>
    <message>
        <location filename="../../app/cli/check.py"/>
        <location filename="../../app/cli/export_pdf.py"/>
        <location filename="../../app/cli/report.py"/>
        <source>skipped rule pack: {problem}</source>
        <translation>ensemble de règles ignoré : {problem}</translation>
    </message>
    <message>
        <location filename="../../app/cli/check.py"/>
        <source>give either --packs or --all-packs, not both</source>
        <translation>indiquez --packs ou --all-packs, pas les deux</translation>
    </message>
    <message>
        <location filename="../../app/cli/check.py"/>
        <source>--packs names no pack; the packs are: {known}</source>
        <translation>--packs ne nomme aucun ensemble de règles; les ensembles sont : {known}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/check.py"/>
        <source>unknown pack(s) {unknown}; the packs are: {known}</source>
        <translation>
            <numerusform>ensemble de règles inconnu : {unknown}; les ensembles sont : {known}</numerusform>
            <numerusform>ensembles de règles inconnus : {unknown}; les ensembles sont : {known}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/check.py"/>
        <location filename="../../app/cli/drill.py"/>
        <source>give either STRATEGY_ID or --file, not both</source>
        <translation>indiquez STRATEGY_ID ou --file, pas les deux</translation>
    </message>
    <message>
        <location filename="../../app/cli/check.py"/>
        <source>name a STRATEGY_ID, or give --file X.json or --workshop ID</source>
        <translation>nommez un STRATEGY_ID, ou indiquez --file X.json ou --workshop ID</translation>
    </message>
    <message>
        <location filename="../../app/cli/check.py"/>
        <source>no card '{card}' in strategy '{strategy}'</source>
        <translation>aucune carte « {card} » dans la stratégie « {strategy} »</translation>
    </message>
    <message>
        <location filename="../../app/cli/check.py"/>
        <source>--workshop checks every strategy; give no STRATEGY_ID or --file</source>
        <translation>--workshop vérifie toutes les stratégies; n'indiquez ni STRATEGY_ID ni --file</translation>
    </message>
    <message>
        <location filename="../../app/cli/checking.py"/>
        <source>--as-of expects a calendar date written {form} (such as 2026-08-02), not '{text}'</source>
        <translation>--as-of attend une date du calendrier écrite {form} (par exemple 2026-08-02), et non « {text} »</translation>
    </message>
    <message>
        <location filename="../../app/cli/checking.py"/>
        <source>skipped drill event: {problem}</source>
        <translation>événement d'exercice ignoré : {problem}</translation>
    </message>
    <message>
        <location filename="../../app/cli/drill.py"/>
        <source>name a STRATEGY_ID (the 'strategies' command lists them) or give --file X.json</source>
        <translation>nommez un STRATEGY_ID (la commande « strategies » les énumère) ou indiquez --file X.json</translation>
    </message>
    <message>
        <location filename="../../app/cli/drill.py"/>
        <source>no drill events could be loaded; see the warnings above for why</source>
        <translation>aucun événement d'exercice n'a pu être chargé; les avertissements ci-dessus disent pourquoi</translation>
    </message>
    <message>
        <location filename="../../app/cli/drill.py"/>
        <source>unknown event '{event}'; the events are: {known}</source>
        <translation>événement « {event} » inconnu; les événements sont : {known}</translation>
    </message>
    <message>
        <location filename="../../app/cli/exchange.py"/>
        <source>export needs either a STRATEGY_ID or --workshop ID (not both)</source>
        <translation>export demande soit un STRATEGY_ID, soit --workshop ID (pas les deux)</translation>
    </message>
    <message>
        <location filename="../../app/cli/exchange.py"/>
        <location filename="../../app/cli/export_pdf.py"/>
        <source>cannot export: {error}</source>
        <translation>exportation impossible : {error}</translation>
    </message>
    <message>
        <location filename="../../app/cli/exchange.py"/>
        <source>cannot write {file}: {reason}</source>
        <translation>impossible d'écrire {file} : {reason}</translation>
    </message>
    <message>
        <location filename="../../app/cli/exchange.py"/>
        <source>exported workshop '{id}' to {file}</source>
        <translation>atelier « {id} » exporté dans {file}</translation>
    </message>
    <message>
        <location filename="../../app/cli/exchange.py"/>
        <source>exported strategy '{id}' to {file}</source>
        <translation>stratégie « {id} » exportée dans {file}</translation>
    </message>
    <message>
        <location filename="../../app/cli/exchange.py"/>
        <source>standard input</source>
        <translation>l'entrée standard</translation>
    </message>
    <message>
        <location filename="../../app/cli/exchange.py"/>
        <location filename="../../app/cli/workshops.py"/>
        <source>cannot load the content library: {error}</source>
        <translation>impossible de charger la bibliothèque de contenu : {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/exchange.py"/>
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n carte</numerusform>
            <numerusform>%n cartes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/exchange.py"/>
        <source>cannot import {source}: {error}</source>
        <translation>impossible d'importer {source} : {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/exchange.py"/>
        <source>would import %n strategy(ies) into existing workshop '{name}' ({id})</source>
        <translation>
            <numerusform>importerait %n stratégie dans l'atelier existant « {name} » ({id})</numerusform>
            <numerusform>importerait %n stratégies dans l'atelier existant « {name} » ({id})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/exchange.py"/>
        <source>would import %n strategy(ies) into new workshop '{name}' ({id})</source>
        <translation>
            <numerusform>importerait %n stratégie dans le nouvel atelier « {name} » ({id})</numerusform>
            <numerusform>importerait %n stratégies dans le nouvel atelier « {name} » ({id})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/exchange.py"/>
        <source>imported %n strategy(ies) into existing workshop '{name}' ({id})</source>
        <translation>
            <numerusform>%n stratégie importée dans l'atelier existant « {name} » ({id})</numerusform>
            <numerusform>%n stratégies importées dans l'atelier existant « {name} » ({id})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/exchange.py"/>
        <source>imported %n strategy(ies) into new workshop '{name}' ({id})</source>
        <translation>
            <numerusform>%n stratégie importée dans le nouvel atelier « {name} » ({id})</numerusform>
            <numerusform>%n stratégies importées dans le nouvel atelier « {name} » ({id})</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/export_pdf.py"/>
        <source>export-pdf needs either a STRATEGY_ID or --workshop ID (not both)</source>
        <translation>export-pdf demande soit un STRATEGY_ID, soit --workshop ID (pas les deux)</translation>
    </message>
    <message>
        <location filename="../../app/cli/export_pdf.py"/>
        <source>--workshop writes both the presentation and the plan; leave out --plan</source>
        <translation>--workshop écrit à la fois la présentation et le plan; retirez --plan</translation>
    </message>
    <message>
        <location filename="../../app/cli/export_pdf.py"/>
        <source>cannot write {file}: it is a folder; give a file name such as {example}</source>
        <translation>impossible d'écrire {file} : c'est un dossier; indiquez un nom de fichier, par exemple {example}</translation>
    </message>
    <message>
        <location filename="../../app/cli/export_pdf.py"/>
        <source>{file} is a file; --workshop writes into a folder: give a folder name</source>
        <translation>{file} est un fichier; --workshop écrit dans un dossier : indiquez un nom de dossier</translation>
    </message>
    <message>
        <location filename="../../app/cli/export_pdf.py"/>
        <location filename="../../app/cli/report.py"/>
        <source>cannot write {file}: the folder {folder} does not exist</source>
        <translation>impossible d'écrire {file} : le dossier {folder} n'existe pas</translation>
    </message>
    <message>
        <location filename="../../app/cli/export_pdf.py"/>
        <source>workshop '{name}' has no strategies to export</source>
        <translation>l'atelier « {name} » n'a aucune stratégie à exporter</translation>
    </message>
    <message>
        <location filename="../../app/cli/export_pdf.py"/>
        <source>cannot create the folder {folder}: {reason}</source>
        <translation>impossible de créer le dossier {folder} : {reason}</translation>
    </message>
    <message>
        <location filename="../../app/cli/report.py"/>
        <source>report needs -o REPORT.pdf, --markdown FILE or --scores-csv FILE</source>
        <translation>report demande -o REPORT.pdf, --markdown FILE ou --scores-csv FILE</translation>
    </message>
    <message>
        <location filename="../../app/cli/report.py"/>
        <source>give a different file to each of -o, --markdown and --scores-csv</source>
        <translation>indiquez un fichier différent pour chacune des options -o, --markdown et --scores-csv</translation>
    </message>
    <message>
        <location filename="../../app/cli/report.py"/>
        <source>cannot write the report: {error}</source>
        <translation>impossible d'écrire le rapport : {error}</translation>
    </message>
    <message>
        <location filename="../../app/cli/report.py"/>
        <source>{file} is a folder; give a file name</source>
        <translation>{file} est un dossier; indiquez un nom de fichier</translation>
    </message>
    <message>
        <location filename="../../app/cli/report.py"/>
        <source>skipped rubric: {problem}</source>
        <translation>grille d'évaluation ignorée : {problem}</translation>
    </message>
    <message>
        <location filename="../../app/cli/workshops.py"/>
        <source>no database at {path}; check the --db path, or create one with the 'demo' or 'import' command</source>
        <translation>aucune base de données à {path}; vérifiez le chemin donné à --db, ou créez-en une avec la commande « demo » ou « import »</translation>
    </message>
    <message>
        <location filename="../../app/cli/workshops.py"/>
        <source>the database is damaged: table {table}, row {row}: {detail} (left out; the rest was read)</source>
        <translation>la base de données est endommagée : table {table}, ligne {row} : {detail} (ligne écartée; le reste a été lu)</translation>
    </message>
    <message>
        <location filename="../../app/cli/workshops.py"/>
        <source>No workshop with id '{id}' in {location}; the 'workshops' command lists them.</source>
        <translation>aucun atelier ayant l'identifiant « {id} » dans {location}; la commande « workshops » les énumère.</translation>
    </message>
    <message>
        <location filename="../../app/cli/workshops.py"/>
        <source>No strategy with id '{id}' in {location}; the 'strategies' command lists them.</source>
        <translation>aucune stratégie ayant l'identifiant « {id} » dans {location}; la commande « strategies » les énumère.</translation>
    </message>
    <message>
        <location filename="../../main.py"/>
        <source>mlops-canvas: error: there is no interface language '{code}'; use {codes}.</source>
        <translation>mlops-canvas : erreur : il n'y a pas de langue d'interface « {code} »; utilisez {codes}.</translation>
    </message>
</context>
<context>
    <name>errors-content</name>
    <message>
        <location filename="../../app/agency_scenarios.py"/>
        <source>duplicate scenario key, already defined by another scenario</source>
        <translation>clé de scénario en double, déjà définie par un autre scénario</translation>
    </message>
    <message>
        <location filename="../../app/agency_scenarios.py"/>
        <source>agency scenario skipped: {problem}</source>
        <translation>scénario de l'organisme ignoré : {problem}</translation>
    </message>
    <message>
        <location filename="../../app/checker/packs.py"/>
        <location filename="../../app/resources.py"/>
        <source>expected one or more [[{table}]] entries</source>
        <translation>au moins une entrée [[{table}]] est attendue</translation>
    </message>
    <message>
        <location filename="../../app/checker/packs.py"/>
        <location filename="../../app/resources.py"/>
        <source>unknown capability {key}</source>
        <translation>capacité inconnue {key}</translation>
    </message>
    <message>
        <location filename="../../app/resources.py"/>
        <source>{file}, entry {entry}, field {field}: {reason}</source>
        <translation>{file}, entrée {entry}, champ {field} : {reason}</translation>
    </message>
    <message>
        <location filename="../../app/resources.py"/>
        <source>{file}, entry {entry}: {reason}</source>
        <translation>{file}, entrée {entry} : {reason}</translation>
    </message>
    <message>
        <location filename="../../app/resources.py"/>
        <source>{file}, field {field}: {reason}</source>
        <translation>{file}, champ {field} : {reason}</translation>
    </message>
    <message>
        <location filename="../../app/resources.py"/>
        <source>{file}: {reason}</source>
        <translation>{file} : {reason}</translation>
    </message>
    <message>
        <location filename="../../app/resources.py"/>
        <source>file not found in {folder}</source>
        <translation>fichier introuvable dans {folder}</translation>
    </message>
    <message>
        <location filename="../../app/resources.py"/>
        <source>no {language} entry or field matches this one</source>
        <translation>aucune entrée ni aucun champ en {language} ne correspond à celui-ci</translation>
    </message>
    <message>
        <location filename="../../app/resources.py"/>
        <source>duplicate key</source>
        <translation>clé en double</translation>
    </message>
    <message>
        <location filename="../../app/resources.py"/>
        <source>No practice {key} in the catalog.</source>
        <translation>Le catalogue ne contient aucune pratique {key}.</translation>
    </message>
    <message>
        <location filename="../../app/resources.py"/>
        <source>expected a top-level version string</source>
        <translation>une chaîne « version » est attendue au début du fichier</translation>
    </message>
    <message>
        <location filename="../../app/resources.py"/>
        <source>no entry provides capability {key}</source>
        <translation>aucune entrée ne fournit la capacité {key}</translation>
    </message>
    <message>
        <location filename="../../app/resources.py"/>
        <source>scenario folder not found: {folder}</source>
        <translation>dossier de scénarios introuvable : {folder}</translation>
    </message>
    <message>
        <location filename="../../app/resources.py"/>
        <source>no scenario files (*.toml) in {folder}</source>
        <translation>aucun fichier de scénario (*.toml) dans {folder}</translation>
    </message>
    <message>
        <location filename="../../app/resources.py"/>
        <source>unknown catalog key {key}</source>
        <translation>clé de catalogue inconnue {key}</translation>
    </message>
    <message>
        <location filename="../../app/resources.py"/>
        <source>a case study needs at least one item here</source>
        <translation>une étude de cas exige au moins un élément ici</translation>
    </message>
    <message>
        <location filename="../../app/resources.py"/>
        <source>duplicate scenario key, already defined in {file}</source>
        <translation>clé de scénario en double, déjà définie dans {file}</translation>
    </message>
    <message>
        <location filename="../../app/resources.py"/>
        <source>duplicate section for this phase</source>
        <translation>section en double pour cette phase</translation>
    </message>
    <message>
        <location filename="../../app/resources.py"/>
        <source>no [[section]] for this phase</source>
        <translation>aucune [[section]] pour cette phase</translation>
    </message>
    <message>
        <location filename="../../app/resources.py"/>
        <source>cannot be read: it is not UTF-8 text (byte {byte})</source>
        <translation>lecture impossible : ce n'est pas du texte UTF-8 (octet {byte})</translation>
    </message>
</context>
<context>
    <name>errors-drills</name>
    <message>
        <location filename="../../app/drills/load.py"/>
        <source>expected one or more [[event]] entries</source>
        <translation>au moins une entrée [[event]] est attendue</translation>
    </message>
    <message>
        <location filename="../../app/drills/load.py"/>
        <source>duplicate event key (already in {file})</source>
        <translation>clé d'événement en double (déjà dans {file})</translation>
    </message>
    <message>
        <location filename="../../app/drills/load.py"/>
        <source>expected a [year] table</source>
        <translation>une table [year] est attendue</translation>
    </message>
    <message>
        <location filename="../../app/drills/load.py"/>
        <source>events_min must not exceed events_max</source>
        <translation>events_min ne doit pas dépasser events_max</translation>
    </message>
</context>
<context>
    <name>errors-exchange</name>
    <message>
        <location filename="../../app/exchange/checks.py"/>
        <location filename="../../app/exchange/clipboard.py"/>
        <source>{where}: {reason}</source>
        <translation>{where} : {reason}</translation>
    </message>
    <message>
        <location filename="../../app/exchange/checks.py"/>
        <source>duplicate scenario key '{key}' (first used at {first})</source>
        <translation>clé de scénario « {key} » en double (première utilisation à {first})</translation>
    </message>
    <message>
        <location filename="../../app/exchange/checks.py"/>
        <source>duplicate strategy id '{key}' (first used at {first})</source>
        <translation>identifiant de stratégie « {key} » en double (première utilisation à {first})</translation>
    </message>
    <message>
        <location filename="../../app/exchange/checks.py"/>
        <source>duplicate card id '{key}' (first used at {first})</source>
        <translation>identifiant de carte « {key} » en double (première utilisation à {first})</translation>
    </message>
    <message>
        <location filename="../../app/exchange/checks.py"/>
        <source>duplicate link id '{key}' (first used at {first})</source>
        <translation>identifiant de lien « {key} » en double (première utilisation à {first})</translation>
    </message>
    <message>
        <location filename="../../app/exchange/checks.py"/>
        <source>'{found}' is not the document's workshop '{workshop}'</source>
        <translation>« {found} » n'est pas l'atelier du document (« {workshop} »)</translation>
    </message>
    <message>
        <location filename="../../app/exchange/checks.py"/>
        <source>no team with id '{id}' in the workshop</source>
        <translation>aucune équipe d'identifiant « {id} » dans l'atelier</translation>
    </message>
    <message>
        <location filename="../../app/exchange/checks.py"/>
        <source>no scenario with key '{key}' in data.scenarios</source>
        <translation>aucun scénario de clé « {key} » dans data.scenarios</translation>
    </message>
    <message>
        <location filename="../../app/exchange/checks.py"/>
        <source>no card with id '{id}' here</source>
        <translation>aucune carte d'identifiant « {id} » ici</translation>
    </message>
    <message>
        <location filename="../../app/exchange/checks.py"/>
        <location filename="../../app/exchange/clipboard.py"/>
        <source>these two cards are already linked that way</source>
        <translation>ces deux cartes sont déjà liées dans ce sens</translation>
    </message>
    <message>
        <location filename="../../app/exchange/checks.py"/>
        <source>unknown capability '{key}' (not in this app's content library)</source>
        <translation>capacité inconnue « {key} » (absente de la bibliothèque de contenu de cette application)</translation>
    </message>
    <message>
        <location filename="../../app/exchange/clipboard.py"/>
        <source>not cards copied from this version of the app</source>
        <translation>ce ne sont pas des cartes copiées depuis cette version de l'application</translation>
    </message>
    <message>
        <location filename="../../app/exchange/clipboard.py"/>
        <source>unexpected member '{name}'</source>
        <translation>membre inattendu « {name} »</translation>
    </message>
    <message>
        <location filename="../../app/exchange/clipboard.py"/>
        <source>holds no cards</source>
        <translation>ne contient aucune carte</translation>
    </message>
    <message>
        <location filename="../../app/exchange/clipboard.py"/>
        <source>the card id '{id}' appears twice</source>
        <translation>l'identifiant de carte « {id} » figure deux fois</translation>
    </message>
    <message>
        <location filename="../../app/exchange/clipboard.py"/>
        <source>links a card that is not among the pasted ones</source>
        <translation>relie une carte qui ne fait pas partie des cartes collées</translation>
    </message>
    <message>
        <location filename="../../app/exchange/clipboard.py"/>
        <source>must be a list</source>
        <translation>doit être une liste</translation>
    </message>
    <message>
        <location filename="../../app/exchange/clipboard.py"/>
        <source>{count} items; one paste brings in at most {most}</source>
        <translation>{count} éléments; un collage en apporte au plus {most}</translation>
    </message>
    <message>
        <location filename="../../app/exchange/importer.py"/>
        <source>imported as a new workshop '{id}' (a copy of '{original}')</source>
        <translation>importé comme nouvel atelier « {id} » (une copie de « {original} »)</translation>
    </message>
    <message>
        <location filename="../../app/exchange/importer.py"/>
        <source>a strategy with id '{id}' is already in this database; import it as a new copy (--as-new) or delete the existing one first</source>
        <translation>une stratégie d'identifiant « {id} » existe déjà dans cette base de données; importez-la comme nouvelle copie (--as-new) ou supprimez d'abord celle qui existe</translation>
    </message>
    <message>
        <location filename="../../app/exchange/importer.py"/>
        <source>strategy '{old}' imported as '{new}'</source>
        <translation>stratégie « {old} » importée sous « {new} »</translation>
    </message>
    <message>
        <location filename="../../app/exchange/importer.py"/>
        <source>workshop '{id}' is already here; kept its {fields} rather than the document's</source>
        <translation>l'atelier « {id} » existe déjà ici; ses champs {fields} ont été conservés plutôt que ceux du document</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/exchange/importer.py"/>
        <source>kept this database's version of team(s) {names}</source>
        <translation>
            <numerusform>version de cette base de données conservée pour l'équipe {names}</numerusform>
            <numerusform>version de cette base de données conservée pour les équipes {names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/exchange/importer.py"/>
        <source>added team(s) {names} to the workshop</source>
        <translation>
            <numerusform>équipe {names} ajoutée à l'atelier</numerusform>
            <numerusform>équipes {names} ajoutées à l'atelier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/exchange/importer.py"/>
        <source>kept this database's version of scenario(s) {names}</source>
        <translation>
            <numerusform>version de cette base de données conservée pour le scénario {names}</numerusform>
            <numerusform>version de cette base de données conservée pour les scénarios {names}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/exchange/reader.py"/>
        <source>the content hash does not match: the file was edited by hand or by another tool after export; check its content before relying on it</source>
        <translation>l'empreinte du contenu ne correspond pas : le fichier a été modifié à la main ou par un autre outil après l'exportation; vérifiez son contenu avant de vous y fier</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/exchange/reader.py"/>
        <source>%n problems: {list}</source>
        <translation>
            <numerusform>%n problème : {list}</numerusform>
            <numerusform>%n problèmes : {list}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/exchange/reader.py"/>
        <source>{file}: {problems}</source>
        <translation>{file} : {problems}</translation>
    </message>
    <message>
        <location filename="../../app/exchange/reader.py"/>
        <source>contains text that is not valid Unicode</source>
        <translation>contient du texte qui n'est pas de l'Unicode valide</translation>
    </message>
    <message>
        <location filename="../../app/exchange/reader.py"/>
        <source>exported with content library {theirs}, this app has {ours}; checks use this app's library</source>
        <translation>exporté avec la version {theirs} de la bibliothèque de contenu; cette application a la version {ours} et ses vérifications utilisent la sienne</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/exchange/reader.py"/>
        <source>expected exactly one strategy, the document has %n</source>
        <translation>
            <numerusform>une seule stratégie est attendue, le document en a %n</numerusform>
            <numerusform>une seule stratégie est attendue, le document en a %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/exchange/reader.py"/>
        <source>not an MLOps Canvas exchange document (expected a JSON object)</source>
        <translation>ce n'est pas un document d'échange MLOps Canvas (un objet JSON est attendu)</translation>
    </message>
    <message>
        <location filename="../../app/exchange/reader.py"/>
        <source>no 'format' member: not an MLOps Canvas exchange document (this app reads {strategy} and {workshop})</source>
        <translation>aucun membre « format » : ce n'est pas un document d'échange MLOps Canvas (cette application lit {strategy} et {workshop})</translation>
    </message>
    <message>
        <location filename="../../app/exchange/reader.py"/>
        <source>unknown format '{format}': not an MLOps Canvas exchange document (this app reads {strategy} and {workshop})</source>
        <translation>format inconnu « {format} » : ce n'est pas un document d'échange MLOps Canvas (cette application lit {strategy} et {workshop})</translation>
    </message>
    <message>
        <location filename="../../app/exchange/reader.py"/>
        <source>written by a newer MLOps Canvas (format version {version}; this app reads version {ours}): update the app to import it</source>
        <translation>écrit par une version plus récente de MLOps Canvas (version de format {version}; cette application lit la version {ours}) : mettez l'application à jour pour l'importer</translation>
    </message>
    <message>
        <location filename="../../app/exchange/reflections.py"/>
        <location filename="../../app/exchange/reviews.py"/>
        <source>duplicate {what} (first at {first})</source>
        <translation>{what} en double (première occurrence à {first})</translation>
    </message>
    <message>
        <location filename="../../app/exchange/reflections.py"/>
        <location filename="../../app/exchange/reviews.py"/>
        <source>'{id}' is not the workshop</source>
        <translation>« {id} » n'est pas l'atelier</translation>
    </message>
    <message>
        <location filename="../../app/exchange/reflections.py"/>
        <source>reflection id '{id}'</source>
        <translation>identifiant de réflexion « {id} »</translation>
    </message>
    <message>
        <location filename="../../app/exchange/reflections.py"/>
        <source>reflection of '{author}'</source>
        <translation>réflexion de « {author} »</translation>
    </message>
    <message>
        <location filename="../../app/exchange/reflections.py"/>
        <location filename="../../app/exchange/reviews.py"/>
        <source>no strategy '{id}' in data.strategies</source>
        <translation>aucune stratégie « {id} » dans data.strategies</translation>
    </message>
    <message>
        <location filename="../../app/exchange/reflections.py"/>
        <source>observation id '{id}'</source>
        <translation>identifiant d'observation « {id} »</translation>
    </message>
    <message>
        <location filename="../../app/exchange/reflections.py"/>
        <source>observation of this event on this strategy</source>
        <translation>observation de cet événement sur cette stratégie</translation>
    </message>
    <message>
        <location filename="../../app/exchange/reviews.py"/>
        <source>score sheet id '{id}'</source>
        <translation>identifiant de feuille de notation « {id} »</translation>
    </message>
    <message>
        <location filename="../../app/exchange/reviews.py"/>
        <source>score sheet for this rubric</source>
        <translation>feuille de notation pour cette grille</translation>
    </message>
    <message>
        <location filename="../../app/exchange/reviews.py"/>
        <source>round id '{id}'</source>
        <translation>identifiant de tour « {id} »</translation>
    </message>
    <message>
        <location filename="../../app/exchange/reviews.py"/>
        <source>no round '{id}' in data.reviews.rounds</source>
        <translation>aucun tour « {id} » dans data.reviews.rounds</translation>
    </message>
    <message>
        <location filename="../../app/exchange/reviews.py"/>
        <source>feedback of this team on this strategy in this round</source>
        <translation>rétroaction de cette équipe sur cette stratégie dans ce tour</translation>
    </message>
    <message>
        <location filename="../../app/exchange/reviews.py"/>
        <source>at most {most} in an imported document</source>
        <translation>au plus {most} dans un document importé</translation>
    </message>
    <message>
        <location filename="../../app/exchange/reviews.py"/>
        <source>snapshot id '{id}'</source>
        <translation>identifiant d'instantané « {id} »</translation>
    </message>
    <message>
        <location filename="../../app/exchange/reviews.py"/>
        <source>snapshot name '{name}'</source>
        <translation>nom d'instantané « {name} »</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/exchange/reviews.py"/>
        <source>kept this database's version of peer round(s) {names}</source>
        <translation>
            <numerusform>version de cette base de données conservée pour le tour d'examen par les pairs {names}</numerusform>
            <numerusform>version de cette base de données conservée pour les tours d'examen par les pairs {names}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/exchange/reviews.py"/>
        <source>kept this database's agenda rather than the document's</source>
        <translation>l'ordre du jour de cette base de données a été conservé plutôt que celui du document</translation>
    </message>
    <message>
        <location filename="../../app/exchange/wire.py"/>
        <source>a strategy document holds exactly one strategy, not {count}</source>
        <translation>un document de stratégie contient une seule stratégie, pas {count}</translation>
    </message>
    <message>
        <location filename="../../app/exchange/writer.py"/>
        <source>strategy '{id}' uses scenario '{scenario}', which its workshop does not have</source>
        <translation>la stratégie « {id} » utilise le scénario « {scenario} », que son atelier n'a pas</translation>
    </message>
</context>
<context>
    <name>errors-export</name>
    <message>
        <location filename="../../app/export/assemble.py"/>
        <source>strategy {strategy} uses the scenario {scenario}, which is neither in its workshop nor in the content library; import the workshop with its scenarios, or pick another scenario for the strategy</source>
        <translation>la stratégie {strategy} utilise le scénario {scenario}, qui n'est ni dans son atelier ni dans la bibliothèque de contenu; importez l'atelier avec ses scénarios, ou choisissez un autre scénario pour la stratégie</translation>
    </message>
    <message>
        <location filename="../../app/export/atomic.py"/>
        <source>the disk is full; free some space or choose another disk</source>
        <translation>le disque est plein; libérez de l'espace ou choisissez un autre disque</translation>
    </message>
    <message>
        <location filename="../../app/export/atomic.py"/>
        <source>you are not allowed to write there; choose another folder</source>
        <translation>vous n'avez pas le droit d'écrire à cet endroit; choisissez un autre dossier</translation>
    </message>
    <message>
        <location filename="../../app/export/atomic.py"/>
        <source>the disk is read-only; choose another folder</source>
        <translation>le disque est en lecture seule; choisissez un autre dossier</translation>
    </message>
    <message>
        <location filename="../../app/export/atomic.py"/>
        <source>it is a folder; give a file name</source>
        <translation>c'est un dossier; indiquez un nom de fichier</translation>
    </message>
    <message>
        <location filename="../../app/export/atomic.py"/>
        <source>the folder cannot be found; it may have been moved or removed</source>
        <translation>le dossier est introuvable; il a peut-être été déplacé ou supprimé</translation>
    </message>
    <message>
        <location filename="../../app/export/atomic.py"/>
        <source>the name is too long; choose a shorter one</source>
        <translation>le nom est trop long; choisissez-en un plus court</translation>
    </message>
    <message>
        <location filename="../../app/export/atomic.py"/>
        <source>the file is too large for this disk</source>
        <translation>le fichier est trop gros pour ce disque</translation>
    </message>
    <message>
        <location filename="../../app/export/atomic.py"/>
        <source>the system refused ({detail})</source>
        <translation>le système a refusé ({detail})</translation>
    </message>
    <message>
        <location filename="../../app/export/atomic.py"/>
        <source>cannot write {file}: {reason}</source>
        <translation>impossible d'écrire {file} : {reason}</translation>
    </message>
    <message>
        <location filename="../../app/export/atomic.py"/>
        <source>cannot write {file}: the folder {folder} does not exist</source>
        <translation>impossible d'écrire {file} : le dossier {folder} n'existe pas</translation>
    </message>
    <message>
        <location filename="../../app/export/atomic.py"/>
        <source>no free temporary name beside {file}</source>
        <translation>aucun nom temporaire libre à côté de {file}</translation>
    </message>
    <message>
        <location filename="../../app/export/fonts.py"/>
        <source>the export font {file} is missing: the installation is incomplete; reinstall the app</source>
        <translation>la police d'exportation {file} est absente : l'installation est incomplète; réinstallez l'application</translation>
    </message>
    <message>
        <location filename="../../app/export/fonts.py"/>
        <source>the export font {file} cannot be read: the installation is damaged; reinstall the app</source>
        <translation>la police d'exportation {file} est illisible : l'installation est endommagée; réinstallez l'application</translation>
    </message>
</context>
<context>
    <name>errors-model</name>
    <message>
        <location filename="../../app/document.py"/>
        <source>The card's links changed in the meantime.</source>
        <translation>Les liens de la carte ont changé entre-temps.</translation>
    </message>
    <message>
        <location filename="../../app/document.py"/>
        <source>The card was moved elsewhere in the meantime.</source>
        <translation>La carte a été déplacée ailleurs entre-temps.</translation>
    </message>
    <message>
        <location filename="../../app/document.py"/>
        <source>The card was edited elsewhere in the meantime.</source>
        <translation>La carte a été modifiée ailleurs entre-temps.</translation>
    </message>
    <message>
        <location filename="../../app/document.py"/>
        <source>The link was changed elsewhere in the meantime.</source>
        <translation>Le lien a été modifié ailleurs entre-temps.</translation>
    </message>
    <message>
        <location filename="../../app/document.py"/>
        <source>The profile was changed elsewhere in the meantime.</source>
        <translation>Le profil a été modifié ailleurs entre-temps.</translation>
    </message>
    <message>
        <location filename="../../app/document.py"/>
        <source>The packs were changed elsewhere in the meantime.</source>
        <translation>Les ensembles de règles ont été modifiés ailleurs entre-temps.</translation>
    </message>
    <message>
        <location filename="../../app/document.py"/>
        <source>The card was changed elsewhere in the meantime.</source>
        <translation>La carte a été changée ailleurs entre-temps.</translation>
    </message>
    <message>
        <location filename="../../app/edits.py"/>
        <source>{field}: {reason}</source>
        <translation>{field} : {reason}</translation>
    </message>
    <message>
        <location filename="../../models/drills.py"/>
        <source>name at least one phase the lesson must reach</source>
        <translation>nommez au moins une phase que la leçon doit atteindre</translation>
    </message>
    <message>
        <location filename="../../models/drills.py"/>
        <source>the lesson must reach a lifecycle phase, not governance</source>
        <translation>la leçon doit atteindre une phase du cycle de vie, pas la gouvernance</translation>
    </message>
    <message>
        <location filename="../../models/errors.py"/>
        <source>No card with id '{card}' in this strategy.</source>
        <translation>Aucune carte d'identifiant « {card} » dans cette stratégie.</translation>
    </message>
    <message>
        <location filename="../../models/errors.py"/>
        <source>No link with id '{link}' in this strategy.</source>
        <translation>Aucun lien d'identifiant « {link} » dans cette stratégie.</translation>
    </message>
    <message>
        <location filename="../../models/errors.py"/>
        <source>A card with id '{id}' already exists.</source>
        <translation>Une carte d'identifiant « {id} » existe déjà.</translation>
    </message>
    <message>
        <location filename="../../models/errors.py"/>
        <source>A link with id '{id}' already exists.</source>
        <translation>Un lien d'identifiant « {id} » existe déjà.</translation>
    </message>
    <message>
        <location filename="../../models/errors.py"/>
        <source>The id '{id}' is already in use.</source>
        <translation>L'identifiant « {id} » est déjà utilisé.</translation>
    </message>
    <message>
        <location filename="../../models/errors.py"/>
        <source>A card cannot be linked to itself.</source>
        <translation>Une carte ne peut pas être liée à elle-même.</translation>
    </message>
    <message>
        <location filename="../../models/errors.py"/>
        <source>These two cards are already linked in that direction.</source>
        <translation>Ces deux cartes sont déjà liées dans ce sens.</translation>
    </message>
    <message>
        <location filename="../../models/numbers.py"/>
        <source>must be a number, not true/false</source>
        <translation>doit être un nombre, pas true/false</translation>
    </message>
    <message>
        <location filename="../../models/operations.py"/>
        <source>before and after must set the same fields</source>
        <translation>avant et après doivent définir les mêmes champs</translation>
    </message>
    <message>
        <location filename="../../models/operations.py"/>
        <source>an update must change at least one field</source>
        <translation>une modification doit changer au moins un champ</translation>
    </message>
    <message>
        <location filename="../../models/review.py"/>
        <source>a level is a whole number from 1 to 4, not true/false</source>
        <translation>un niveau est un nombre entier de 1 à 4, pas true/false</translation>
    </message>
    <message>
        <location filename="../../models/review.py"/>
        <source>criterion '{name}' has level '{level}'; levels are 1, 2, 3 and 4</source>
        <translation>le critère « {name} » a un niveau « {level} »; les niveaux sont 1, 2, 3 et 4</translation>
    </message>
    <message>
        <location filename="../../models/review.py"/>
        <source>criterion '{name}' has level {level}; levels run from 1 to 4</source>
        <translation>le critère « {name} » a un niveau {level}; les niveaux vont de 1 à 4</translation>
    </message>
    <message numerus="yes">
        <location filename="../../models/review.py"/>
        <source>criterion '{name}' has no descriptor for level(s) {numbers}</source>
        <translation>
            <numerusform>le critère « {name} » n'a pas de descripteur pour le niveau {numbers}</numerusform>
            <numerusform>le critère « {name} » n'a pas de descripteur pour les niveaux {numbers}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../models/review.py"/>
        <source>criterion '{key}' appears twice</source>
        <translation>le critère « {key} » figure deux fois</translation>
    </message>
    <message>
        <location filename="../../models/review.py"/>
        <source>the score for criterion '{key}' belongs to another strategy</source>
        <translation>la note du critère « {key} » appartient à une autre stratégie</translation>
    </message>
    <message>
        <location filename="../../models/review.py"/>
        <source>criterion '{key}' is scored twice</source>
        <translation>le critère « {key} » est noté deux fois</translation>
    </message>
    <message>
        <location filename="../../models/review.py"/>
        <source>a team cannot review its own strategy</source>
        <translation>une équipe ne peut pas examiner sa propre stratégie</translation>
    </message>
    <message>
        <location filename="../../models/review.py"/>
        <source>the same team is assigned the same strategy twice</source>
        <translation>la même stratégie est attribuée deux fois à la même équipe</translation>
    </message>
    <message>
        <location filename="../../models/review.py"/>
        <source>the snapshot's strategy copy has another id</source>
        <translation>la copie de la stratégie dans l'instantané a un autre identifiant</translation>
    </message>
    <message>
        <location filename="../../models/review.py"/>
        <source>the snapshot's revision differs from its strategy copy's</source>
        <translation>la révision de l'instantané diffère de celle de sa copie de la stratégie</translation>
    </message>
    <message>
        <location filename="../../models/rules.py"/>
        <source>'{value}' is not a valid value for the profile field '{name}' ({reason})</source>
        <translation>« {value} » n'est pas une valeur valide pour le champ de profil « {name} » ({reason})</translation>
    </message>
    <message>
        <location filename="../../models/rules.py"/>
        <source>unknown profile field '{name}'; known fields: {known}</source>
        <translation>champ de profil inconnu « {name} »; champs connus : {known}</translation>
    </message>
    <message>
        <location filename="../../models/rules.py"/>
        <source>a fact needs exactly one of {operators} (got {count})</source>
        <translation>un fait exige exactement un des opérateurs {operators} (il en a {count})</translation>
    </message>
    <message>
        <location filename="../../models/rules.py"/>
        <source>{op} needs a numbered field; '{name}' is not one</source>
        <translation>{op} exige un champ numérique; « {name} » n'en est pas un</translation>
    </message>
    <message>
        <location filename="../../models/rules.py"/>
        <source>contains needs a list field; '{name}' is not one</source>
        <translation>contains exige un champ de type liste; « {name} » n'en est pas un</translation>
    </message>
    <message>
        <location filename="../../models/rules.py"/>
        <source>is_set needs an optional or list field; '{name}' is neither</source>
        <translation>is_set exige un champ facultatif ou de type liste; « {name} » n'est ni l'un ni l'autre</translation>
    </message>
    <message>
        <location filename="../../models/rules.py"/>
        <source>use contains for the list field '{name}'</source>
        <translation>utilisez contains pour le champ de type liste « {name} »</translation>
    </message>
    <message>
        <location filename="../../models/rules.py"/>
        <source>one_of needs at least one value</source>
        <translation>one_of exige au moins une valeur</translation>
    </message>
    <message>
        <location filename="../../models/rules.py"/>
        <source>applies_until is before applies_from</source>
        <translation>applies_until est antérieur à applies_from</translation>
    </message>
    <message>
        <location filename="../../models/rules.py"/>
        <source>duplicate rule id '{id}'</source>
        <translation>identifiant de règle « {id} » en double</translation>
    </message>
    <message>
        <location filename="../../models/rules.py"/>
        <source>rule '{id}' has group '{group}', not one of: {groups}</source>
        <translation>la règle « {id} » a le groupe « {group} », qui n'est pas l'un de ceux-ci : {groups}</translation>
    </message>
    <message>
        <location filename="../../models/strategy.py"/>
        <source>contains control characters</source>
        <translation>contient des caractères de contrôle</translation>
    </message>
    <message>
        <location filename="../../models/strategy.py"/>
        <source>contains a NUL character (code 0)</source>
        <translation>contient un caractère NUL (code 0)</translation>
    </message>
    <message>
        <location filename="../../models/strategy.py"/>
        <source>must be a finite coordinate within ±1,000,000</source>
        <translation>doit être une coordonnée finie comprise entre −1 000 000 et 1 000 000</translation>
    </message>
    <message numerus="yes">
        <location filename="../../models/strategy.py"/>
        <source>at most %n capabilities</source>
        <translation>
            <numerusform>au plus %n capacité</numerusform>
            <numerusform>au plus %n capacités</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../models/strategy.py"/>
        <source>card stored under '{key}' has id '{id}'</source>
        <translation>la carte enregistrée sous « {key} » a l'identifiant « {id} »</translation>
    </message>
    <message>
        <location filename="../../models/strategy.py"/>
        <source>link stored under '{key}' has id '{id}'</source>
        <translation>le lien enregistré sous « {key} » a l'identifiant « {id} »</translation>
    </message>
    <message>
        <location filename="../../models/strategy.py"/>
        <source>id '{id}' is used by both a card and a link</source>
        <translation>l'identifiant « {id} » est utilisé à la fois par une carte et par un lien</translation>
    </message>
    <message>
        <location filename="../../models/strategy.py"/>
        <source>link '{link}' points to missing card '{card}'</source>
        <translation>le lien « {link} » pointe vers une carte absente, « {card} »</translation>
    </message>
    <message>
        <location filename="../../models/workshop.py"/>
        <source>member ids must be unique within a team</source>
        <translation>les identifiants des membres doivent être uniques dans une équipe</translation>
    </message>
    <message>
        <location filename="../../models/workshop.py"/>
        <source>team ids must be unique within a workshop</source>
        <translation>les identifiants des équipes doivent être uniques dans un atelier</translation>
    </message>
    <message>
        <location filename="../../models/workshop_ops.py"/>
        <source>before and after must be the same team</source>
        <translation>avant et après doivent désigner la même équipe</translation>
    </message>
    <message>
        <location filename="../../models/workshop_ops.py"/>
        <source>the scenario's key must be the operation's key</source>
        <translation>la clé du scénario doit être celle de l'opération</translation>
    </message>
    <message>
        <location filename="../../models/workshop_ops.py"/>
        <source>a scenario operation needs a before or an after</source>
        <translation>une opération sur un scénario exige un état avant ou un état après</translation>
    </message>
</context>
<context>
    <name>errors-packs</name>
    <message>
        <location filename="../../app/checker/packs.py"/>
        <source>{file}, rule {rule}, field {field}: {reason}</source>
        <translation>{file}, règle {rule}, champ {field} : {reason}</translation>
    </message>
    <message>
        <location filename="../../app/checker/packs.py"/>
        <source>{file}, rule {rule}: {reason}</source>
        <translation>{file}, règle {rule} : {reason}</translation>
    </message>
    <message>
        <location filename="../../app/checker/packs.py"/>
        <source>cannot read the file: {reason}</source>
        <translation>lecture du fichier impossible : {reason}</translation>
    </message>
    <message>
        <location filename="../../app/checker/packs.py"/>
        <source>pack key {key} is already used by {file}; this file was skipped</source>
        <translation>la clé d'ensemble de règles {key} est déjà utilisée par {file}; ce fichier a été ignoré</translation>
    </message>
    <message>
        <location filename="../../app/checker/packs.py"/>
        <source>refused in strict mode: the pack is modified (its SHA-256 does not match the recorded one)</source>
        <translation>refusé en mode strict : l'ensemble de règles est modifié (son SHA-256 ne correspond pas à celui qui est consigné)</translation>
    </message>
    <message>
        <location filename="../../app/checker/packs.py"/>
        <source>refused in strict mode: the pack is unsigned (no {file} records its SHA-256)</source>
        <translation>refusé en mode strict : l'ensemble de règles n'est pas signé (aucun fichier {file} ne consigne son SHA-256)</translation>
    </message>
    <message>
        <location filename="../../app/checker/packs.py"/>
        <source>refused in strict mode: its translation is modified (its SHA-256 does not match the recorded one)</source>
        <translation>refusé en mode strict : sa traduction est modifiée (son SHA-256 ne correspond pas à celui qui est consigné)</translation>
    </message>
    <message>
        <location filename="../../app/checker/packs.py"/>
        <source>refused in strict mode: its translation is unsigned (no {file} records its SHA-256)</source>
        <translation>refusé en mode strict : sa traduction n'est pas signée (aucun fichier {file} ne consigne son SHA-256)</translation>
    </message>
</context>
<context>
    <name>errors-reading</name>
    <message>
        <location filename="../../app/reading/errors.py"/>
        <source>{where}: {reason}</source>
        <translation>{where} : {reason}</translation>
    </message>
    <message>
        <location filename="../../app/reading/errors.py"/>
        <source>'{name}'</source>
        <translation>« {name} »</translation>
    </message>
    <message>
        <location filename="../../app/reading/files.py"/>
        <source>a file</source>
        <translation>un fichier</translation>
    </message>
    <message>
        <location filename="../../app/reading/files.py"/>
        <source>a folder</source>
        <translation>un dossier</translation>
    </message>
    <message>
        <location filename="../../app/reading/files.py"/>
        <source>a named pipe (FIFO)</source>
        <translation>un tube nommé (FIFO)</translation>
    </message>
    <message>
        <location filename="../../app/reading/files.py"/>
        <source>a character device</source>
        <translation>un périphérique en mode caractère</translation>
    </message>
    <message>
        <location filename="../../app/reading/files.py"/>
        <source>a block device</source>
        <translation>un périphérique en mode bloc</translation>
    </message>
    <message>
        <location filename="../../app/reading/files.py"/>
        <source>a socket</source>
        <translation>un socket (interface de connexion)</translation>
    </message>
    <message>
        <location filename="../../app/reading/files.py"/>
        <source>something that is not a regular file</source>
        <translation>autre chose qu'un fichier ordinaire</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/reading/files.py"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/reading/files.py"/>
        <source>{size} KiB</source>
        <translation>{size} Kio</translation>
    </message>
    <message>
        <location filename="../../app/reading/files.py"/>
        <source>{size} MiB</source>
        <translation>{size} Mio</translation>
    </message>
    <message>
        <location filename="../../app/reading/files.py"/>
        <source>{count} bytes</source>
        <translation>{count} octets</translation>
    </message>
    <message>
        <location filename="../../app/reading/files.py"/>
        <source>is {kind}, not a regular file; nothing was read from it</source>
        <translation>est {kind}, pas un fichier ordinaire; rien n'y a été lu</translation>
    </message>
    <message>
        <location filename="../../app/reading/files.py"/>
        <source>is larger than that; the limit for this kind of file is {limit}, far above what the app itself writes</source>
        <translation>dépasse cette taille; la limite pour ce type de fichier est de {limit}, bien au-delà de ce que l'application écrit elle-même</translation>
    </message>
    <message>
        <location filename="../../app/reading/files.py"/>
        <source>is {size}; the limit for this kind of file is {limit}, far above what the app itself writes</source>
        <translation>fait {size}; la limite pour ce type de fichier est de {limit}, bien au-delà de ce que l'application écrit elle-même</translation>
    </message>
    <message>
        <location filename="../../app/reading/files.py"/>
        <source>cannot be opened: the name contains a NUL character</source>
        <translation>ouverture impossible : le nom contient un caractère NUL</translation>
    </message>
    <message>
        <location filename="../../app/reading/files.py"/>
        <source>does not exist</source>
        <translation>n'existe pas</translation>
    </message>
    <message>
        <location filename="../../app/reading/files.py"/>
        <source>cannot be read: permission denied</source>
        <translation>lecture impossible : autorisation refusée</translation>
    </message>
    <message>
        <location filename="../../app/reading/files.py"/>
        <source>cannot be read: {reason}</source>
        <translation>lecture impossible : {reason}</translation>
    </message>
    <message>
        <location filename="../../app/reading/parser_messages.py"/>
        <source>Expecting value</source>
        <translation>valeur attendue</translation>
    </message>
    <message>
        <location filename="../../app/reading/parser_messages.py"/>
        <source>Expecting ',' delimiter</source>
        <translation>séparateur « , » attendu</translation>
    </message>
    <message>
        <location filename="../../app/reading/parser_messages.py"/>
        <source>Expecting ':' delimiter</source>
        <translation>séparateur « : » attendu</translation>
    </message>
    <message>
        <location filename="../../app/reading/parser_messages.py"/>
        <source>Expecting property name enclosed in double quotes</source>
        <translation>nom de propriété entre guillemets droits doubles attendu</translation>
    </message>
    <message>
        <location filename="../../app/reading/parser_messages.py"/>
        <source>Unterminated string starting at</source>
        <translation>chaîne non terminée commençant</translation>
    </message>
    <message>
        <location filename="../../app/reading/parser_messages.py"/>
        <source>Invalid control character at</source>
        <translation>caractère de contrôle non valide</translation>
    </message>
    <message>
        <location filename="../../app/reading/parser_messages.py"/>
        <source>Invalid \escape</source>
        <translation>séquence d'échappement \ non valide</translation>
    </message>
    <message>
        <location filename="../../app/reading/parser_messages.py"/>
        <source>Invalid \uXXXX escape</source>
        <translation>séquence d'échappement \uXXXX non valide</translation>
    </message>
    <message>
        <location filename="../../app/reading/parser_messages.py"/>
        <source>Extra data</source>
        <translation>données en trop</translation>
    </message>
    <message>
        <location filename="../../app/reading/parser_messages.py"/>
        <source>Cannot overwrite a value</source>
        <translation>impossible de remplacer une valeur déjà définie</translation>
    </message>
    <message>
        <location filename="../../app/reading/parser_messages.py"/>
        <source>Unescaped '\' in a string</source>
        <translation>barre oblique inversée « \ » non échappée dans une chaîne</translation>
    </message>
    <message>
        <location filename="../../app/reading/parser_messages.py"/>
        <source>Unterminated string</source>
        <translation>chaîne non terminée</translation>
    </message>
    <message>
        <location filename="../../app/reading/parser_messages.py"/>
        <source>Unclosed inline table</source>
        <translation>table en ligne non fermée</translation>
    </message>
    <message>
        <location filename="../../app/reading/parser_messages.py"/>
        <source>Unclosed array</source>
        <translation>tableau non fermé</translation>
    </message>
    <message>
        <location filename="../../app/reading/parser_messages.py"/>
        <source>Invalid value</source>
        <translation>valeur non valide</translation>
    </message>
    <message>
        <location filename="../../app/reading/parser_messages.py"/>
        <source>Invalid statement</source>
        <translation>instruction non valide</translation>
    </message>
    <message>
        <location filename="../../app/reading/parser_messages.py"/>
        <source>Invalid initial character for a key part</source>
        <translation>premier caractère non valide pour une partie de clé</translation>
    </message>
    <message>
        <location filename="../../app/reading/parser_messages.py"/>
        <source>Invalid hex value</source>
        <translation>valeur hexadécimale non valide</translation>
    </message>
    <message>
        <location filename="../../app/reading/parser_messages.py"/>
        <source>Invalid date or datetime</source>
        <translation>date ou date et heure non valide</translation>
    </message>
    <message>
        <location filename="../../app/reading/parser_messages.py"/>
        <source>Expected ']]' at the end of an array declaration</source>
        <translation>« ]] » attendu à la fin d'une déclaration de tableau</translation>
    </message>
    <message>
        <location filename="../../app/reading/parser_messages.py"/>
        <source>Expected ']' at the end of a table declaration</source>
        <translation>« ] » attendu à la fin d'une déclaration de table</translation>
    </message>
    <message>
        <location filename="../../app/reading/parser_messages.py"/>
        <source>Expected '=' after a key in a key/value pair</source>
        <translation>« = » attendu après une clé dans une paire clé-valeur</translation>
    </message>
    <message>
        <location filename="../../app/reading/parser_messages.py"/>
        <source>Expected newline or end of document after a statement</source>
        <translation>saut de ligne ou fin du document attendu après une instruction</translation>
    </message>
    <message>
        <location filename="../../app/reading/parser_messages.py"/>
        <source>Escaped character is not a Unicode scalar value</source>
        <translation>le caractère échappé n'est pas une valeur scalaire Unicode</translation>
    </message>
    <message>
        <location filename="../../app/reading/parser_messages.py"/>
        <source>Cannot declare {key} twice</source>
        <translation>impossible de déclarer {key} deux fois</translation>
    </message>
    <message>
        <location filename="../../app/reading/parser_messages.py"/>
        <source>Illegal character {value}</source>
        <translation>caractère interdit {value}</translation>
    </message>
    <message>
        <location filename="../../app/reading/parser_messages.py"/>
        <source>Found invalid character {value}</source>
        <translation>caractère non valide {value}</translation>
    </message>
    <message>
        <location filename="../../app/reading/parser_messages.py"/>
        <source>Expected {value}</source>
        <translation>{value} attendu</translation>
    </message>
    <message>
        <location filename="../../app/reading/parser_messages.py"/>
        <source>Duplicate inline table key {value}</source>
        <translation>clé en double dans une table en ligne {value}</translation>
    </message>
    <message>
        <location filename="../../app/reading/parser_messages.py"/>
        <source>Cannot redefine namespace {value}</source>
        <translation>impossible de redéfinir l'espace de noms {value}</translation>
    </message>
    <message>
        <location filename="../../app/reading/parser_messages.py"/>
        <source>Cannot mutate immutable namespace {value}</source>
        <translation>impossible de modifier l'espace de noms non modifiable {value}</translation>
    </message>
    <message>
        <location filename="../../app/reading/parser_messages.py"/>
        <source>{reason} (at end of document)</source>
        <translation>{reason} (à la fin du document)</translation>
    </message>
    <message>
        <location filename="../../app/reading/parser_messages.py"/>
        <source>{reason} (at line {line}, column {column})</source>
        <translation>{reason} (ligne {line}, colonne {column})</translation>
    </message>
    <message>
        <location filename="../../app/reading/strict_json.py"/>
        <source>{name} is not a JSON number</source>
        <translation>{name} n'est pas un nombre JSON</translation>
    </message>
    <message>
        <location filename="../../app/reading/strict_json.py"/>
        <source>the key {key} appears twice in one JSON object</source>
        <translation>la clé {key} figure deux fois dans un même objet JSON</translation>
    </message>
    <message>
        <location filename="../../app/reading/strict_json.py"/>
        <source>not UTF-8 text: saved as UTF-16 or UTF-32; save it as UTF-8</source>
        <translation>ce n'est pas du texte UTF-8 : il est enregistré en UTF-16 ou en UTF-32; enregistrez-le en UTF-8</translation>
    </message>
    <message>
        <location filename="../../app/reading/strict_json.py"/>
        <source>not UTF-8 text (byte {byte}, on line {line}, cannot be decoded)</source>
        <translation>ce n'est pas du texte UTF-8 (l'octet {byte}, à la ligne {line}, ne peut pas être décodé)</translation>
    </message>
    <message>
        <location filename="../../app/reading/strict_json.py"/>
        <source>is {size}; the limit is {limit}</source>
        <translation>fait {size}; la limite est de {limit}</translation>
    </message>
    <message>
        <location filename="../../app/reading/strict_json.py"/>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <location filename="../../app/reading/strict_json.py"/>
        <source>not valid JSON: {reason} at line {line}, column {column} — the file looks truncated</source>
        <translation>JSON non valide : {reason} à la ligne {line}, colonne {column} — le fichier semble tronqué</translation>
    </message>
    <message>
        <location filename="../../app/reading/strict_json.py"/>
        <source>not valid JSON: {reason} at line {line}, column {column}</source>
        <translation>JSON non valide : {reason} à la ligne {line}, colonne {column}</translation>
    </message>
    <message>
        <location filename="../../app/reading/strict_json.py"/>
        <source>not valid JSON here: nested more than {depth} levels deep</source>
        <translation>JSON non valide à cet endroit : plus de {depth} niveaux d'imbrication</translation>
    </message>
    <message>
        <location filename="../../app/reading/strict_toml.py"/>
        <source>not valid TOML: {reason} (at line {line}, column {column})</source>
        <translation>TOML non valide : {reason} (ligne {line}, colonne {column})</translation>
    </message>
    <message>
        <location filename="../../app/reading/strict_toml.py"/>
        <source>arrays and tables nested more than {depth} levels deep</source>
        <translation>tableaux et tables imbriqués sur plus de {depth} niveaux</translation>
    </message>
    <message>
        <location filename="../../app/reading/strict_toml.py"/>
        <source>a dotted key of more than {parts} parts</source>
        <translation>une clé pointée de plus de {parts} parties</translation>
    </message>
    <message>
        <location filename="../../app/reading/strict_toml.py"/>
        <source>a string that is never closed</source>
        <translation>une chaîne qui n'est jamais fermée</translation>
    </message>
    <message>
        <location filename="../../app/reading/strict_toml.py"/>
        <source>an unquoted key or value of more than {count} characters (a number that long is not one this app stores)</source>
        <translation>une clé ou une valeur sans guillemets de plus de {count} caractères (un nombre aussi long n'est pas un nombre que l'application conserve)</translation>
    </message>
    <message>
        <location filename="../../app/reading/strict_toml.py"/>
        <source>larger than the limit of {count} bytes</source>
        <translation>dépasse la limite de {count} octets</translation>
    </message>
    <message>
        <location filename="../../app/reading/strict_toml.py"/>
        <source>not valid TOML: {reason}</source>
        <translation>TOML non valide : {reason}</translation>
    </message>
    <message>
        <location filename="../../app/reading/tree.py"/>
        <source>the text contains a NUL character</source>
        <translation>le texte contient un caractère NUL</translation>
    </message>
    <message>
        <location filename="../../app/reading/tree.py"/>
        <source>the text is not valid Unicode (it holds half of a surrogate pair)</source>
        <translation>le texte n'est pas de l'Unicode valide (il contient la moitié d'une paire de substitution)</translation>
    </message>
    <message>
        <location filename="../../app/reading/tree.py"/>
        <source>the number {number} is outside the range this app stores ({low} to {high})</source>
        <translation>le nombre {number} est hors de la plage que l'application conserve (de {low} à {high})</translation>
    </message>
    <message>
        <location filename="../../app/reading/tree.py"/>
        <source>the number is infinite or not a number; only finite numbers are allowed</source>
        <translation>le nombre est infini ou n'est pas un nombre; seuls les nombres finis sont acceptés</translation>
    </message>
    <message>
        <location filename="../../app/reading/tree.py"/>
        <source>a number of {count} characters is too long to be one this app stores</source>
        <translation>un nombre de {count} caractères est trop long pour être conservé par l'application</translation>
    </message>
    <message>
        <location filename="../../app/reading/tree.py"/>
        <source>nested more than {depth} levels deep</source>
        <translation>plus de {depth} niveaux d'imbrication</translation>
    </message>
    <message>
        <location filename="../../app/reading/tree.py"/>
        <source>{start}…({count} digits)</source>
        <translation>{start}…({count} chiffres)</translation>
    </message>
</context>
<context>
    <name>errors-review</name>
    <message>
        <location filename="../../app/review/csvio.py"/>
        <source>Line {line}: {reason}</source>
        <translation>Ligne {line} : {reason}</translation>
    </message>
    <message>
        <location filename="../../app/review/csvio.py"/>
        <source>Save it from the spreadsheet as "CSV UTF-8" and try again.</source>
        <translation>Enregistrez-le depuis le tableur au format « CSV UTF-8 » et réessayez.</translation>
    </message>
    <message>
        <location filename="../../app/review/csvio.py"/>
        <source>{file} is saved as UTF-16, not UTF-8. {hint}</source>
        <translation>{file} est enregistré en UTF-16, pas en UTF-8. {hint}</translation>
    </message>
    <message>
        <location filename="../../app/review/csvio.py"/>
        <source>{file} is not UTF-8 text (byte 0x{byte} on line {line}; probably Windows-1252 or Latin-1). {hint}</source>
        <translation>{file} n'est pas du texte UTF-8 (octet 0x{byte} à la ligne {line}; probablement Windows-1252 ou Latin-1). {hint}</translation>
    </message>
    <message>
        <location filename="../../app/review/csvio.py"/>
        <source>{file} cannot be read: {reason}.</source>
        <translation>Impossible de lire {file} : {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/review/csvio.py"/>
        <source>{file} cannot be written ({reason}).</source>
        <translation>Impossible d'écrire {file} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../app/review/csvio.py"/>
        <source>not valid CSV ({detail})</source>
        <translation>CSV non valide ({detail})</translation>
    </message>
    <message>
        <location filename="../../app/review/errors.py"/>
        <source>The rubric '{rubric}' has no criterion '{criterion}'.</source>
        <translation>La grille d'évaluation « {rubric} » n'a pas de critère « {criterion} ».</translation>
    </message>
    <message>
        <location filename="../../app/review/errors.py"/>
        <source>{round} is locked by the facilitator; unlock it to change assignments or feedback.</source>
        <translation>{round} est verrouillé par l'animateur; déverrouillez-le pour modifier les attributions ou la rétroaction.</translation>
    </message>
    <message>
        <location filename="../../app/review/errors.py"/>
        <source>Team '{team}' is not assigned to review strategy '{strategy}' in this round.</source>
        <translation>L'équipe « {team} » n'est pas chargée d'examiner la stratégie « {strategy} » dans ce tour.</translation>
    </message>
    <message>
        <location filename="../../app/review/members_csv.py"/>
        <location filename="../../app/review/scores_csv.py"/>
        <source>{file}: the header line is not valid CSV ({detail}).</source>
        <translation>{file} : la ligne d'en-tête n'est pas du CSV valide ({detail}).</translation>
    </message>
    <message>
        <location filename="../../app/review/members_csv.py"/>
        <source>{file} is empty; expected a header line: team,name,role.</source>
        <translation>{file} est vide; une ligne d'en-tête est attendue : team,name,role.</translation>
    </message>
    <message>
        <location filename="../../app/review/members_csv.py"/>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <location filename="../../app/review/members_csv.py"/>
        <source>{file}: the header must name the columns team, name and role; missing {missing} (found: {found}).</source>
        <translation>{file} : l'en-tête doit nommer les colonnes team, name et role; il manque {missing} (trouvé : {found}).</translation>
    </message>
    <message>
        <location filename="../../app/review/members_csv.py"/>
        <source>{name} is already in {team} (line {line})</source>
        <translation>{name} fait déjà partie de {team} (ligne {line})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/review/members_csv.py"/>
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n valeur</numerusform>
            <numerusform>%n valeurs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/review/members_csv.py"/>
        <source>{values}, but the header has {columns}</source>
        <translation>{values}, mais l'en-tête en a {columns}</translation>
    </message>
    <message>
        <location filename="../../app/review/members_csv.py"/>
        <source>the team is empty</source>
        <translation>l'équipe est vide</translation>
    </message>
    <message>
        <location filename="../../app/review/members_csv.py"/>
        <source>the name is empty</source>
        <translation>le nom est vide</translation>
    </message>
    <message>
        <location filename="../../app/review/members_csv.py"/>
        <source>unknown role '{role}'; use one of: {roles}</source>
        <translation>rôle inconnu « {role} »; utilisez l'un de ceux-ci : {roles}</translation>
    </message>
    <message>
        <location filename="../../app/review/members_csv.py"/>
        <source>the role is empty; use one of: {roles}</source>
        <translation>le rôle est vide; utilisez l'un de ceux-ci : {roles}</translation>
    </message>
    <message>
        <location filename="../../app/review/members_csv.py"/>
        <source>the name is not accepted: {reason}</source>
        <translation>le nom n'est pas accepté : {reason}</translation>
    </message>
    <message>
        <location filename="../../app/review/members_csv.py"/>
        <source>the team name is not accepted: {reason}</source>
        <translation>le nom de l'équipe n'est pas accepté : {reason}</translation>
    </message>
    <message>
        <location filename="../../app/review/peers.py"/>
        <source>Peer review needs at least two teams with a strategy.</source>
        <translation>L'examen par les pairs exige au moins deux équipes ayant une stratégie.</translation>
    </message>
    <message>
        <location filename="../../app/review/peers.py"/>
        <source>Team '{team}' is listed twice.</source>
        <translation>L'équipe « {team} » figure deux fois.</translation>
    </message>
    <message>
        <location filename="../../app/review/peers.py"/>
        <source>The offset must be between 1 and {last} for {count} teams.</source>
        <translation>Le décalage doit être compris entre 1 et {last} pour {count} équipes.</translation>
    </message>
    <message>
        <location filename="../../app/review/peers.py"/>
        <source>A team cannot review its own strategy.</source>
        <translation>Une équipe ne peut pas examiner sa propre stratégie.</translation>
    </message>
    <message>
        <location filename="../../app/review/peers.py"/>
        <source>This team is already assigned that strategy.</source>
        <translation>Cette stratégie est déjà attribuée à cette équipe.</translation>
    </message>
    <message>
        <location filename="../../app/review/peers.py"/>
        <source>Both teams must have exactly one assignment to swap them.</source>
        <translation>Les deux équipes doivent avoir exactement une attribution pour être échangées.</translation>
    </message>
    <message>
        <location filename="../../app/review/peers.py"/>
        <source>The swap would make a team review its own strategy.</source>
        <translation>L'échange ferait examiner à une équipe sa propre stratégie.</translation>
    </message>
    <message>
        <location filename="../../app/review/peers.py"/>
        <source>This feedback belongs to another round.</source>
        <translation>Cette rétroaction appartient à un autre tour.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/review/reflections.py"/>
        <source>a reflection answers at most %n questions</source>
        <translation>
            <numerusform>une réflexion répond à au plus %n question</numerusform>
            <numerusform>une réflexion répond à au plus %n questions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/review/reflections.py"/>
        <source>the facilitator's reflection belongs to no team</source>
        <translation>la réflexion de l'animation n'appartient à aucune équipe</translation>
    </message>
    <message>
        <location filename="../../app/review/reflections.py"/>
        <location filename="../../app/review/scores_csv.py"/>
        <source>{field}: {reason}</source>
        <translation>{field} : {reason}</translation>
    </message>
    <message>
        <location filename="../../app/review/reflections.py"/>
        <source>a question key appears twice</source>
        <translation>une clé de question figure deux fois</translation>
    </message>
    <message>
        <location filename="../../app/review/replay.py"/>
        <source>Revision {revision} does not apply: {reason}</source>
        <translation>La révision {revision} ne s'applique pas : {reason}</translation>
    </message>
    <message>
        <location filename="../../app/review/replay.py"/>
        <source>The log ends at revision {last}, but the strategy is at revision {current}.</source>
        <translation>Le journal se termine à la révision {last}, mais la stratégie en est à la révision {current}.</translation>
    </message>
    <message>
        <location filename="../../app/review/replay.py"/>
        <source>Revision {revision} cannot be undone: {reason}</source>
        <translation>Impossible d'annuler la révision {revision} : {reason}</translation>
    </message>
    <message>
        <location filename="../../app/review/replay.py"/>
        <source>Revision {revision} belongs to another strategy ('{id}').</source>
        <translation>La révision {revision} appartient à une autre stratégie (« {id} »).</translation>
    </message>
    <message>
        <location filename="../../app/review/replay.py"/>
        <source>The log jumps from revision {before} to {after}; a part of the history is missing.</source>
        <translation>Le journal saute de la révision {before} à la révision {after}; une partie de l'historique manque.</translation>
    </message>
    <message>
        <location filename="../../app/review/replay.py"/>
        <source>No step produced revision {revision}.</source>
        <translation>Aucune étape n'a produit la révision {revision}.</translation>
    </message>
    <message>
        <location filename="../../app/review/replay.py"/>
        <source>Revision {revision} is outside the history ({first}–{last}).</source>
        <translation>La révision {revision} est hors de l'historique ({first} à {last}).</translation>
    </message>
    <message>
        <location filename="../../app/review/rubrics.py"/>
        <source>unknown field</source>
        <translation>champ inconnu</translation>
    </message>
    <message>
        <location filename="../../app/review/rubrics.py"/>
        <source>expected one or more [[criterion]] tables</source>
        <translation>au moins une table [[criterion]] est attendue</translation>
    </message>
    <message>
        <location filename="../../app/review/rubrics.py"/>
        <source>duplicate criterion key</source>
        <translation>clé de critère en double</translation>
    </message>
    <message>
        <location filename="../../app/review/rubrics.py"/>
        <source>the key must match the file name '{name}'</source>
        <translation>la clé doit correspondre au nom du fichier « {name} »</translation>
    </message>
    <message>
        <location filename="../../app/review/rubrics.py"/>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location filename="../../app/review/rubrics.py"/>
        <source>no rubric '{key}'; rubrics: {known}</source>
        <translation>aucune grille d'évaluation « {key} »; grilles : {known}</translation>
    </message>
    <message>
        <location filename="../../app/review/rubrics.py"/>
        <source>no rubric is installed</source>
        <translation>aucune grille d'évaluation n'est installée</translation>
    </message>
    <message>
        <location filename="../../app/review/scores_csv.py"/>
        <source>{file} is empty; expected a header line naming the columns {columns}.</source>
        <translation>{file} est vide; une ligne d'en-tête nommant les colonnes {columns} est attendue.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/review/scores_csv.py"/>
        <source>{file}: the header lacks the column(s) {columns}.</source>
        <translation>
            <numerusform>{file} : il manque à l'en-tête la colonne {columns}.</numerusform>
            <numerusform>{file} : il manque à l'en-tête les colonnes {columns}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/review/scores_csv.py"/>
        <source>criterion '{criterion}' is scored again (line {line})</source>
        <translation>le critère « {criterion} » est noté de nouveau (ligne {line})</translation>
    </message>
    <message>
        <location filename="../../app/review/scores_csv.py"/>
        <source>more values than columns in the header</source>
        <translation>plus de valeurs que de colonnes dans l'en-tête</translation>
    </message>
    <message>
        <location filename="../../app/review/scores_csv.py"/>
        <source>the row is empty</source>
        <translation>la ligne est vide</translation>
    </message>
    <message>
        <location filename="../../app/review/scores_csv.py"/>
        <source>the score is for rubric '{found}', not '{expected}'</source>
        <translation>la note est pour la grille « {found} », pas « {expected} »</translation>
    </message>
    <message>
        <location filename="../../app/review/scores_csv.py"/>
        <source>the strategy_id is empty</source>
        <translation>la colonne strategy_id est vide</translation>
    </message>
    <message>
        <location filename="../../app/review/scores_csv.py"/>
        <source>no strategy '{id}' in this workshop</source>
        <translation>aucune stratégie « {id} » dans cet atelier</translation>
    </message>
    <message>
        <location filename="../../app/review/scores_csv.py"/>
        <source>the rubric has no criterion '{criterion}'</source>
        <translation>la grille n'a pas de critère « {criterion} »</translation>
    </message>
    <message>
        <location filename="../../app/review/scores_csv.py"/>
        <source>level '{level}' is not a whole number from 1 to 4</source>
        <translation>le niveau « {level} » n'est pas un nombre entier de 1 à 4</translation>
    </message>
    <message>
        <location filename="../../app/review/scores_csv.py"/>
        <source>level {level} is outside 1–4</source>
        <translation>le niveau {level} est hors de l'intervalle 1 à 4</translation>
    </message>
    <message>
        <location filename="../../app/review/scoring.py"/>
        <source>This score sheet uses the rubric '{found}', not '{expected}'.</source>
        <translation>Cette feuille de notation utilise la grille « {found} », pas « {expected} ».</translation>
    </message>
    <message>
        <location filename="../../app/review/snapshots.py"/>
        <source>Give the snapshot a name.</source>
        <translation>Donnez un nom à l'instantané.</translation>
    </message>
    <message>
        <location filename="../../app/review/snapshots.py"/>
        <source>This strategy already has a snapshot named '{name}'.</source>
        <translation>Cette stratégie a déjà un instantané nommé « {name} ».</translation>
    </message>
    <message>
        <location filename="../../app/review/snapshots.py"/>
        <source>These snapshots belong to different strategies; compare them side by side instead.</source>
        <translation>Ces instantanés appartiennent à des stratégies différentes; comparez-les plutôt côte à côte.</translation>
    </message>
    <message>
        <location filename="../../app/review/snapshots.py"/>
        <source>This snapshot belongs to another strategy.</source>
        <translation>Cet instantané appartient à une autre stratégie.</translation>
    </message>
    <message>
        <location filename="../../app/review/timer.py"/>
        <source>ready</source>
        <translation>prête</translation>
    </message>
    <message>
        <location filename="../../app/review/timer.py"/>
        <source>running</source>
        <translation>en marche</translation>
    </message>
    <message>
        <location filename="../../app/review/timer.py"/>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <location filename="../../app/review/timer.py"/>
        <source>finished</source>
        <translation>terminée</translation>
    </message>
    <message>
        <location filename="../../app/review/timer.py"/>
        <source>The timer cannot start while {state}.</source>
        <translation>La minuterie ne peut pas démarrer quand elle est {state}.</translation>
    </message>
    <message>
        <location filename="../../app/review/timer.py"/>
        <source>The timer cannot pause while {state}.</source>
        <translation>La minuterie ne peut pas être mise en pause quand elle est {state}.</translation>
    </message>
    <message>
        <location filename="../../app/review/timer.py"/>
        <source>The timer cannot resume while {state}.</source>
        <translation>La minuterie ne peut pas reprendre quand elle est {state}.</translation>
    </message>
    <message>
        <location filename="../../app/review/timer.py"/>
        <source>The agenda is over; reset the timer to start again.</source>
        <translation>L'ordre du jour est terminé; réinitialisez la minuterie pour recommencer.</translation>
    </message>
    <message>
        <location filename="../../app/review/timer.py"/>
        <source>The agenda is over; there is no stage to extend.</source>
        <translation>L'ordre du jour est terminé; il n'y a aucune étape à prolonger.</translation>
    </message>
</context>
<context>
    <name>errors-store</name>
    <message>
        <location filename="../../app/autosave.py"/>
        <source>Strategy {name} was deleted by another seat.</source>
        <translation>La stratégie {name} a été supprimée à partir d'un autre poste.</translation>
    </message>
    <message>
        <location filename="../../app/autosave.py"/>
        <source>The history of {name} has a gap at revision {revision}.</source>
        <translation>L'historique de {name} présente un trou à la révision {revision}.</translation>
    </message>
    <message>
        <location filename="../../app/store/damage.py"/>
        <source>is not valid JSON</source>
        <translation>n'est pas du JSON valide</translation>
    </message>
    <message>
        <location filename="../../app/store/damage.py"/>
        <source>is not UTF-8 text</source>
        <translation>n'est pas du texte UTF-8</translation>
    </message>
    <message>
        <location filename="../../app/store/damage.py"/>
        <source>table {table}, row {row}: {detail}</source>
        <translation>table {table}, ligne {row} : {detail}</translation>
    </message>
    <message>
        <location filename="../../app/store/damage.py"/>
        <source>{column} {reason}</source>
        <translation>{column} {reason}</translation>
    </message>
    <message>
        <location filename="../../app/store/damage.py"/>
        <source>{column}: {reason}</source>
        <translation>{column} : {reason}</translation>
    </message>
    <message>
        <location filename="../../app/store/engine.py"/>
        <source>Cannot checkpoint {path}: {reason}.</source>
        <translation>Impossible de consolider {path} (point de contrôle) : {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/store/engine.py"/>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <location filename="../../app/store/engine.py"/>
        <source>the file is read-only</source>
        <translation>le fichier est en lecture seule</translation>
    </message>
    <message>
        <location filename="../../app/store/engine.py"/>
        <source>another program is holding a lock on it</source>
        <translation>un autre programme le verrouille</translation>
    </message>
    <message>
        <location filename="../../app/store/engine.py"/>
        <source>a disk error occurred</source>
        <translation>une erreur de disque s'est produite</translation>
    </message>
    <message>
        <location filename="../../app/store/engine.py"/>
        <source>the database file is malformed</source>
        <translation>le fichier de base de données est mal formé</translation>
    </message>
    <message>
        <location filename="../../app/store/engine.py"/>
        <source>the file is not a database</source>
        <translation>le fichier n'est pas une base de données</translation>
    </message>
    <message>
        <location filename="../../app/store/engine.py"/>
        <source>the file cannot be opened</source>
        <translation>le fichier ne peut pas être ouvert</translation>
    </message>
    <message>
        <location filename="../../app/store/errors.py"/>
        <source>The database {location} is damaged: table {table}, row {row}: {detail}. Nothing was changed; the rest of the database can still be read.</source>
        <translation>La base de données {location} est endommagée : table {table}, ligne {row} : {detail}. Rien n'a été modifié; le reste de la base de données peut encore être lu.</translation>
    </message>
    <message>
        <location filename="../../app/store/errors.py"/>
        <source>No workshop with id {id} in {path}.</source>
        <translation>Aucun atelier d'identifiant {id} dans {path}.</translation>
    </message>
    <message>
        <location filename="../../app/store/errors.py"/>
        <source>No strategy with id {id} of workshop {workshop} in {path}.</source>
        <translation>Aucune stratégie d'identifiant {id} de l'atelier {workshop} dans {path}.</translation>
    </message>
    <message>
        <location filename="../../app/store/errors.py"/>
        <source>No strategy with id {id} in {path}.</source>
        <translation>Aucune stratégie d'identifiant {id} dans {path}.</translation>
    </message>
    <message>
        <location filename="../../app/store/reflections.py"/>
        <source>a reflection</source>
        <translation>une réflexion</translation>
    </message>
    <message>
        <location filename="../../app/store/reflections.py"/>
        <source>No reflection {id} in {path}.</source>
        <translation>Aucune réflexion {id} dans {path}.</translation>
    </message>
    <message>
        <location filename="../../app/store/reflections.py"/>
        <source>an observation</source>
        <translation>une observation</translation>
    </message>
    <message>
        <location filename="../../app/store/review_writes.py"/>
        <source>This strategy already has a snapshot named {name} in {path}.</source>
        <translation>Cette stratégie a déjà un instantané nommé {name} dans {path}.</translation>
    </message>
    <message>
        <location filename="../../app/store/reviews.py"/>
        <source>a score sheet</source>
        <translation>une feuille de notation</translation>
    </message>
    <message>
        <location filename="../../app/store/reviews.py"/>
        <source>the score sheet of {id}</source>
        <translation>la feuille de notation de {id}</translation>
    </message>
    <message>
        <location filename="../../app/store/reviews.py"/>
        <source>score sheet {id}</source>
        <translation>feuille de notation {id}</translation>
    </message>
    <message>
        <location filename="../../app/store/reviews.py"/>
        <source>a peer round</source>
        <translation>un tour d'examen par les pairs</translation>
    </message>
    <message>
        <location filename="../../app/store/reviews.py"/>
        <source>No peer round with id {id} in {path}.</source>
        <translation>Aucun tour d'examen par les pairs d'identifiant {id} dans {path}.</translation>
    </message>
    <message>
        <location filename="../../app/store/reviews.py"/>
        <source>peer round {id}</source>
        <translation>tour d'examen par les pairs {id}</translation>
    </message>
    <message>
        <location filename="../../app/store/reviews.py"/>
        <source>a feedback entry</source>
        <translation>une rétroaction</translation>
    </message>
    <message>
        <location filename="../../app/store/reviews.py"/>
        <source>feedback of team {team} on {id}</source>
        <translation>rétroaction de l'équipe {team} sur {id}</translation>
    </message>
    <message>
        <location filename="../../app/store/reviews.py"/>
        <source>the phase reviews of {id}</source>
        <translation>les examens des phases de {id}</translation>
    </message>
    <message>
        <location filename="../../app/store/reviews.py"/>
        <source>a phase review</source>
        <translation>un examen de phase</translation>
    </message>
    <message>
        <location filename="../../app/store/reviews.py"/>
        <source>the snapshots of {id}</source>
        <translation>les instantanés de {id}</translation>
    </message>
    <message>
        <location filename="../../app/store/reviews.py"/>
        <source>snapshot {id}</source>
        <translation>instantané {id}</translation>
    </message>
    <message>
        <location filename="../../app/store/reviews.py"/>
        <source>No snapshot with id {id} in {path}.</source>
        <translation>Aucun instantané d'identifiant {id} dans {path}.</translation>
    </message>
    <message>
        <location filename="../../app/store/reviews.py"/>
        <source>the agenda of {id}</source>
        <translation>l'ordre du jour de {id}</translation>
    </message>
    <message>
        <location filename="../../app/store/reviews.py"/>
        <source>a snapshot</source>
        <translation>un instantané</translation>
    </message>
    <message>
        <location filename="../../app/store/reviews.py"/>
        <source>No {what} in {path}.</source>
        <translation>Introuvable dans {path} : {what}.</translation>
    </message>
    <message>
        <location filename="../../app/store/schema.py"/>
        <source>{path} was written by a newer version of MLOps Canvas (schema {revision}); it was left untouched — update the app to open it.</source>
        <translation>{path} a été écrit par une version plus récente de MLOps Canvas (schéma {revision}); il n'a pas été modifié — mettez l'application à jour pour l'ouvrir.</translation>
    </message>
    <message>
        <location filename="../../app/store/schema.py"/>
        <location filename="../../app/store/store.py"/>
        <source>Cannot open {path}: {reason}.</source>
        <translation>Impossible d'ouvrir {path} : {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/store/schema.py"/>
        <source>{path} is {kind}, not a database file; it was left untouched.</source>
        <translation>{path} est {kind}, pas un fichier de base de données; il n'a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../../app/store/schema.py"/>
        <location filename="../../app/store/store.py"/>
        <source>Cannot read {path}: {reason}.</source>
        <translation>Impossible de lire {path} : {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/store/schema.py"/>
        <source>{path} is not an MLOps Canvas database (it is not an SQLite file); it was left untouched.</source>
        <translation>{path} n'est pas une base de données MLOps Canvas (ce n'est pas un fichier SQLite); il n'a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../../app/store/schema.py"/>
        <source>{path} is a damaged database (truncated); it was left untouched.</source>
        <translation>{path} est une base de données endommagée (tronquée); elle n'a pas été modifiée.</translation>
    </message>
    <message>
        <location filename="../../app/store/schema.py"/>
        <source>{path} is a damaged database (truncated or overwritten); it was left untouched.</source>
        <translation>{path} est une base de données endommagée (tronquée ou écrasée); elle n'a pas été modifiée.</translation>
    </message>
    <message>
        <location filename="../../app/store/schema.py"/>
        <source>{path} is a damaged database ({reason}); it was left untouched.</source>
        <translation>{path} est une base de données endommagée ({reason}); elle n'a pas été modifiée.</translation>
    </message>
    <message>
        <location filename="../../app/store/schema.py"/>
        <source>{path} is another application's database, not MLOps Canvas's; it was left untouched.</source>
        <translation>{path} est la base de données d'une autre application, pas celle de MLOps Canvas; elle n'a pas été modifiée.</translation>
    </message>
    <message>
        <location filename="../../app/store/schema.py"/>
        <source>{path} has tables but no schema version, so it is not MLOps Canvas's; it was left untouched.</source>
        <translation>{path} contient des tables mais aucune version de schéma : ce n'est donc pas une base de MLOps Canvas; le fichier n'a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../../app/store/schema.py"/>
        <source>{path} records several schema versions; it was left untouched.</source>
        <translation>{path} consigne plusieurs versions de schéma; le fichier n'a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../../app/store/sharing.py"/>
        <source>Team {name} is already in the workshop.</source>
        <translation>L'équipe {name} fait déjà partie de l'atelier.</translation>
    </message>
    <message>
        <location filename="../../app/store/sharing.py"/>
        <source>Team {name} was removed from the workshop by another seat.</source>
        <translation>L'équipe {name} a été retirée de l'atelier à partir d'un autre poste.</translation>
    </message>
    <message>
        <location filename="../../app/store/sharing.py"/>
        <source>{names} and {count} more</source>
        <translation>{names} et {count} autres</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/store/sharing.py"/>
        <source>Team {name} still has %n strategy(ies) ({names}); give them to another team or delete them first.</source>
        <translation>
            <numerusform>L'équipe {name} a encore %n stratégie ({names}); confiez-la à une autre équipe ou supprimez-la d'abord.</numerusform>
            <numerusform>L'équipe {name} a encore %n stratégies ({names}); confiez-les à une autre équipe ou supprimez-les d'abord.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/store/sharing.py"/>
        <source>Lost the change feed: {reason}.</source>
        <translation>Le fil des modifications a été perdu : {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/store/store.py"/>
        <source>Not a database file or URL: {url}.</source>
        <translation>Ce n'est ni un fichier de base de données ni une URL : {url}.</translation>
    </message>
    <message>
        <location filename="../../app/store/store.py"/>
        <source>Cannot create the folder {folder}: {reason}.</source>
        <translation>Impossible de créer le dossier {folder} : {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/store/store.py"/>
        <source>Cannot use the database URL {url}: {reason}.</source>
        <translation>Impossible d'utiliser l'URL de base de données {url} : {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/store/store.py"/>
        <source>{path} is damaged ({reason}).</source>
        <translation>La base de données {path} est endommagée ({reason}).</translation>
    </message>
    <message>
        <location filename="../../app/store/store.py"/>
        <source>The database {path} is closed.</source>
        <translation>La base de données {path} est fermée.</translation>
    </message>
    <message>
        <location filename="../../app/store/store.py"/>
        <source>Cannot save to {path}: {reason}.</source>
        <translation>Impossible d'enregistrer dans {path} : {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/store/store.py"/>
        <source>Cannot save to {path}: the file was removed or moved.</source>
        <translation>Impossible d'enregistrer dans {path} : le fichier a été supprimé ou déplacé.</translation>
    </message>
    <message>
        <location filename="../../app/store/store.py"/>
        <source>Cannot save to {path}: the file was replaced by another one.</source>
        <translation>Impossible d'enregistrer dans {path} : le fichier a été remplacé par un autre.</translation>
    </message>
    <message>
        <location filename="../../app/store/store.py"/>
        <source>The database {path} is damaged: {what} ({detail}). Nothing was changed; the rest of the database can still be read.</source>
        <translation>La base de données {path} est endommagée : {what} ({detail}). Rien n'a été modifié; le reste de la base de données peut encore être lu.</translation>
    </message>
    <message>
        <location filename="../../app/store/store.py"/>
        <source>the history of {id}</source>
        <translation>l'historique de {id}</translation>
    </message>
    <message>
        <location filename="../../app/store/store.py"/>
        <source>the history of workshop {id}</source>
        <translation>l'historique de l'atelier {id}</translation>
    </message>
    <message>
        <location filename="../../app/store/store.py"/>
        <source>A strategy with id {id} is already in {path}.</source>
        <translation>Une stratégie d'identifiant {id} existe déjà dans {path}.</translation>
    </message>
    <message>
        <location filename="../../app/store/writes.py"/>
        <source>Strategy {name} is no longer in the database.</source>
        <translation>La stratégie {name} n'est plus dans la base de données.</translation>
    </message>
    <message>
        <location filename="../../app/store/writes.py"/>
        <source>Strategy {name} was saved from another window or seat (database at revision {current}, this copy at {base}).</source>
        <translation>La stratégie {name} a été enregistrée à partir d'une autre fenêtre ou d'un autre poste (base de données à la révision {current}, cette copie à la révision {base}).</translation>
    </message>
</context>
<context>
    <name>errors-validation</name>
    <message>
        <location filename="../../models/errors.py"/>
        <source>Value error, {reason}</source>
        <translation>{reason}</translation>
    </message>
    <message>
        <location filename="../../models/errors.py"/>
        <source>this field is required</source>
        <translation>ce champ est obligatoire</translation>
    </message>
    <message>
        <location filename="../../models/errors.py"/>
        <source>this field is not expected here</source>
        <translation>ce champ n'est pas attendu ici</translation>
    </message>
    <message>
        <location filename="../../models/errors.py"/>
        <source>must be text</source>
        <translation>doit être du texte</translation>
    </message>
    <message>
        <location filename="../../models/errors.py"/>
        <source>is too short (at least {min_length} characters)</source>
        <translation>est trop court (au moins {min_length} caractères)</translation>
    </message>
    <message>
        <location filename="../../models/errors.py"/>
        <source>is too long (at most {max_length} characters)</source>
        <translation>est trop long (au plus {max_length} caractères)</translation>
    </message>
    <message>
        <location filename="../../models/errors.py"/>
        <source>does not have the expected form</source>
        <translation>n'a pas la forme attendue</translation>
    </message>
    <message>
        <location filename="../../models/errors.py"/>
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <location filename="../../models/errors.py"/>
        <source>must be a number</source>
        <translation>doit être un nombre</translation>
    </message>
    <message>
        <location filename="../../models/errors.py"/>
        <source>must be a finite number</source>
        <translation>doit être un nombre fini</translation>
    </message>
    <message>
        <location filename="../../models/errors.py"/>
        <source>must be true or false</source>
        <translation>doit être true ou false</translation>
    </message>
    <message>
        <location filename="../../models/errors.py"/>
        <source>must be a list</source>
        <translation>doit être une liste</translation>
    </message>
    <message>
        <location filename="../../models/errors.py"/>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <location filename="../../models/errors.py"/>
        <source>has too few items (at least {min_length})</source>
        <translation>a trop peu d'éléments (au moins {min_length})</translation>
    </message>
    <message>
        <location filename="../../models/errors.py"/>
        <source>has too many items (at most {max_length})</source>
        <translation>a trop d'éléments (au plus {max_length})</translation>
    </message>
    <message>
        <location filename="../../models/errors.py"/>
        <source>must be greater than {gt}</source>
        <translation>doit être supérieur à {gt}</translation>
    </message>
    <message>
        <location filename="../../models/errors.py"/>
        <source>must be at least {ge}</source>
        <translation>doit être au moins {ge}</translation>
    </message>
    <message>
        <location filename="../../models/errors.py"/>
        <source>must be less than {lt}</source>
        <translation>doit être inférieur à {lt}</translation>
    </message>
    <message>
        <location filename="../../models/errors.py"/>
        <source>must be at most {le}</source>
        <translation>doit être au plus {le}</translation>
    </message>
    <message>
        <location filename="../../models/errors.py"/>
        <source>must be one of: {expected}</source>
        <translation>doit être l'une de ces valeurs : {expected}</translation>
    </message>
    <message>
        <location filename="../../models/errors.py"/>
        <source>must be a date (YYYY-MM-DD)</source>
        <translation>doit être une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <location filename="../../models/errors.py"/>
        <source>must be a date and time (ISO 8601)</source>
        <translation>doit être une date et une heure (ISO 8601)</translation>
    </message>
    <message>
        <location filename="../../models/errors.py"/>
        <source>must give its time zone</source>
        <translation>doit indiquer son fuseau horaire</translation>
    </message>
    <message>
        <location filename="../../models/errors.py"/>
        <source>must be an identifier (UUID)</source>
        <translation>doit être un identifiant (UUID)</translation>
    </message>
    <message>
        <location filename="../../models/errors.py"/>
        <source>has an unknown kind {tag}; expected one of: {expected_tags}</source>
        <translation>a un type inconnu {tag}; types attendus : {expected_tags}</translation>
    </message>
    <message>
        <location filename="../../models/errors.py"/>
        <source>does not say its kind ({discriminator})</source>
        <translation>n'indique pas son type ({discriminator})</translation>
    </message>
    <message>
        <location filename="../../models/errors.py"/>
        <source>cannot be changed</source>
        <translation>ne peut pas être modifié</translation>
    </message>
    <message>
        <location filename="../../models/errors.py"/>
        <source>'{value}'</source>
        <translation>« {value} »</translation>
    </message>
    <message>
        <source>{values} or {last}</source>
        <translation type="vanished">{values} ou {last}</translation>
    </message>
    <message>
        <source>Field required</source>
        <translation type="vanished">champ obligatoire</translation>
    </message>
    <message>
        <source>Extra inputs are not permitted</source>
        <translation type="vanished">ce champ n'est pas accepté ici</translation>
    </message>
    <message>
        <source>Input should be a valid string</source>
        <translation type="vanished">la valeur doit être du texte</translation>
    </message>
    <message>
        <source>Input should be a valid integer</source>
        <translation type="vanished">la valeur doit être un nombre entier</translation>
    </message>
    <message>
        <source>Input should be a valid number</source>
        <translation type="vanished">la valeur doit être un nombre</translation>
    </message>
    <message>
        <source>Input should be a valid boolean</source>
        <translation type="vanished">la valeur doit être true ou false</translation>
    </message>
    <message>
        <source>Input should be a valid list</source>
        <translation type="vanished">la valeur doit être une liste</translation>
    </message>
    <message>
        <source>Input should be a valid dictionary</source>
        <translation type="vanished">la valeur doit être une table</translation>
    </message>
    <message>
        <source>Input should be a valid date</source>
        <translation type="vanished">la valeur doit être une date valide (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>Input should be a valid date and time</source>
        <translation type="vanished">la valeur doit être une date et une heure valides</translation>
    </message>
    <message>
        <source>Input should name a known kind</source>
        <translation type="vanished">la valeur doit nommer un type connu</translation>
    </message>
    <message>
        <source>Input should be {expected}</source>
        <translation type="vanished">la valeur doit être {expected}</translation>
    </message>
    <message numerus="yes">
        <source>String should have at least %n character(s)</source>
        <translation type="vanished">
            <numerusform>le texte doit compter au moins %n caractère</numerusform>
            <numerusform>le texte doit compter au moins %n caractères</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>String should have at most %n character(s)</source>
        <translation type="vanished">
            <numerusform>le texte doit compter au plus %n caractère</numerusform>
            <numerusform>le texte doit compter au plus %n caractères</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Should have at least %n item(s)</source>
        <translation type="vanished">
            <numerusform>il faut au moins %n élément</numerusform>
            <numerusform>il faut au moins %n éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Should have at most %n item(s)</source>
        <translation type="vanished">
            <numerusform>il faut au plus %n élément</numerusform>
            <numerusform>il faut au plus %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>Should be at least {bound}</source>
        <translation type="vanished">la valeur doit être d'au moins {bound}</translation>
    </message>
    <message>
        <source>Should be greater than {bound}</source>
        <translation type="vanished">la valeur doit être supérieure à {bound}</translation>
    </message>
    <message>
        <source>Should be at most {bound}</source>
        <translation type="vanished">la valeur doit être d'au plus {bound}</translation>
    </message>
    <message>
        <source>Should be less than {bound}</source>
        <translation type="vanished">la valeur doit être inférieure à {bound}</translation>
    </message>
    <message>
        <source>Value refused: {reason}</source>
        <translation type="vanished">valeur refusée : {reason}</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <location filename="../../views/export_worker.py"/>
        <source>The export stopped on an unexpected error; your board is unchanged and the log file has the details ({error}: {message}).</source>
        <translation>L'exportation s'est arrêtée sur une erreur inattendue; votre tableau n'a pas changé et le fichier journal en donne le détail ({error} : {message}).</translation>
    </message>
</context>
<context>
    <name>exporting</name>
    <message>
        <location filename="../../views/export_language.py"/>
        <source>{title} — {language}</source>
        <translation>{title} — {language}</translation>
    </message>
    <message>
        <location filename="../../views/export_language.py"/>
        <source>Export lan&amp;guage</source>
        <translation>Lan&amp;gue des exports</translation>
    </message>
    <message>
        <location filename="../../views/export_language.py"/>
        <source>Write exports in {language}</source>
        <translation>Langue des exports : {language}</translation>
    </message>
    <message>
        <location filename="../../views/export_language.py"/>
        <source>Export language</source>
        <translation>Langue des exports</translation>
    </message>
    <message>
        <location filename="../../views/export_language.py"/>
        <source>The language the exported files are written in</source>
        <translation>La langue dans laquelle les fichiers exportés sont rédigés</translation>
    </message>
    <message>
        <location filename="../../views/export_worker.py"/>
        <source>Exporting PDF</source>
        <translation>Exportation en PDF</translation>
    </message>
    <message>
        <location filename="../../views/export_worker.py"/>
        <source>Export progress</source>
        <translation>Progression de l'exportation</translation>
    </message>
    <message>
        <location filename="../../views/export_worker.py"/>
        <source>Writing {name}…</source>
        <translation>Écriture de {name}…</translation>
    </message>
    <message>
        <location filename="../../views/export_worker.py"/>
        <source>Export status</source>
        <translation>État de l'exportation</translation>
    </message>
    <message>
        <location filename="../../views/export_worker.py"/>
        <source>Slides written</source>
        <translation>Diapositives écrites</translation>
    </message>
    <message>
        <location filename="../../views/export_worker.py"/>
        <source>&amp;Open the file when done</source>
        <translation>&amp;Ouvrir le fichier une fois terminé</translation>
    </message>
    <message>
        <location filename="../../views/export_worker.py"/>
        <source>Cancel the export</source>
        <translation>Annuler l'exportation</translation>
    </message>
    <message>
        <location filename="../../views/export_worker.py"/>
        <source>%v of %m slides</source>
        <translation>%v sur %m diapositives</translation>
    </message>
    <message>
        <location filename="../../views/export_worker.py"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location filename="../../views/exporting.py"/>
        <source>the database is closed</source>
        <translation>la base de données est fermée</translation>
    </message>
    <message>
        <location filename="../../views/exporting.py"/>
        <source>the strategy's scenario {key} is not known</source>
        <translation>le scénario {key} de la stratégie est inconnu</translation>
    </message>
    <message>
        <location filename="../../views/exporting.py"/>
        <source>Open a strategy first.</source>
        <translation>Ouvrez d'abord une stratégie.</translation>
    </message>
    <message>
        <location filename="../../views/exporting.py"/>
        <source>Cannot export</source>
        <translation>Exportation impossible</translation>
    </message>
    <message>
        <location filename="../../views/exporting.py"/>
        <source>Export handout PDF</source>
        <translation>Exporter le document PDF à distribuer</translation>
    </message>
    <message>
        <location filename="../../views/exporting.py"/>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <location filename="../../views/exporting.py"/>
        <source>Exporting {name}…</source>
        <translation>Exportation de {name}…</translation>
    </message>
    <message>
        <location filename="../../views/exporting.py"/>
        <source>Exported {n} sections to {path}</source>
        <translation>{n} sections exportées dans {path}</translation>
    </message>
    <message>
        <location filename="../../views/exporting.py"/>
        <source>Exported {n} pages to {path}</source>
        <translation>{n} pages exportées dans {path}</translation>
    </message>
    <message>
        <location filename="../../views/exporting.py"/>
        <source>Export failed</source>
        <translation>Échec de l'exportation</translation>
    </message>
    <message>
        <location filename="../../views/exporting.py"/>
        <source>The PDF could not be written: {error}

No file was written.</source>
        <translation>Le PDF n'a pas pu être écrit : {error}

Aucun fichier n'a été écrit.</translation>
    </message>
    <message>
        <location filename="../../views/exporting.py"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportation annulée; aucun fichier n'a été écrit.</translation>
    </message>
    <message>
        <location filename="../../views/exporting.py"/>
        <source>Export Markdown</source>
        <translation>Exporter en Markdown</translation>
    </message>
    <message>
        <location filename="../../views/exporting.py"/>
        <source>Export action list</source>
        <translation>Exporter la liste des actions</translation>
    </message>
    <message>
        <location filename="../../views/exporting.py"/>
        <source>Exported to {path}</source>
        <translation>Exporté dans {path}</translation>
    </message>
    <message>
        <location filename="../../views/exporting.py"/>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exporter en PDF…</translation>
    </message>
    <message>
        <location filename="../../views/exporting.py"/>
        <source>Export PDF &amp;handout…</source>
        <translation>Exporter un &amp;document PDF à distribuer…</translation>
    </message>
    <message>
        <location filename="../../views/exporting.py"/>
        <source>Export &amp;Markdown…</source>
        <translation>Exporter en &amp;Markdown…</translation>
    </message>
    <message>
        <location filename="../../views/exporting.py"/>
        <source>Export action &amp;list (CSV)…</source>
        <translation>Exporter la &amp;liste des actions (CSV)…</translation>
    </message>
    <message>
        <source>Export &amp;language</source>
        <translation type="vanished">Lan&amp;gue des exports</translation>
    </message>
    <message>
        <source>{title} — in {language}</source>
        <translation type="vanished"></translation>
    </message>
</context>
<context>
    <name>facilitator</name>
    <message>
        <location filename="../../views/day/controller.py"/>
        <source>Workshop &amp;day</source>
        <translation>&amp;Journée d'atelier</translation>
    </message>
    <message>
        <location filename="../../views/day/controller.py"/>
        <source>Open this stage's vie&amp;w</source>
        <translation>Ouvrir la vue de cette é&amp;tape</translation>
    </message>
    <message>
        <location filename="../../views/day/controller.py"/>
        <source>&amp;Guided drill (Explore)</source>
        <translation>Exercice &amp;guidé (Explorer)</translation>
    </message>
    <message>
        <location filename="../../views/day/controller.py"/>
        <source>Phase guide sl&amp;ides (Explain)</source>
        <translation>D&amp;iapositives du guide des phases (Expliquer)</translation>
    </message>
    <message>
        <location filename="../../views/day/controller.py"/>
        <source>Present the team's pla&amp;n (Evaluate)</source>
        <translation>Présenter le pla&amp;n de l'équipe (Évaluer)</translation>
    </message>
    <message>
        <location filename="../../views/day/controller.py"/>
        <source>Reflecti&amp;ons (Evaluate)</source>
        <translation>R&amp;éflexions (Évaluer)</translation>
    </message>
    <message>
        <location filename="../../views/day/controller.py"/>
        <source>Stage {n} of {count}</source>
        <translation>Étape {n} sur {count}</translation>
    </message>
    <message>
        <location filename="../../views/day/controller.py"/>
        <source>{position}: {stage}. {offer}: F12.</source>
        <translation>{position} : {stage}. {offer} : F12.</translation>
    </message>
    <message>
        <location filename="../../views/day/controller.py"/>
        <source>Phase guide</source>
        <translation>Guide des phases</translation>
    </message>
    <message>
        <location filename="../../views/day/controller.py"/>
        <source>Open a strategy first.</source>
        <translation>Ouvrez d'abord une stratégie.</translation>
    </message>
    <message>
        <location filename="../../views/day/controller.py"/>
        <source>The team's board</source>
        <translation>Le canevas de l'équipe</translation>
    </message>
    <message>
        <location filename="../../views/day/controller.py"/>
        <source>{name} — the plan</source>
        <translation>{name} — le plan</translation>
    </message>
    <message>
        <location filename="../../views/day/controller.py"/>
        <source>Case study…</source>
        <translation>Étude de cas…</translation>
    </message>
    <message>
        <location filename="../../views/day/controller.py"/>
        <source>Agenda timer full screen</source>
        <translation>Minuterie de l'ordre du jour en plein écran</translation>
    </message>
    <message>
        <location filename="../../views/day/controller.py"/>
        <source>Guided drill for teams</source>
        <translation>Exercice guidé pour les équipes</translation>
    </message>
    <message>
        <location filename="../../views/day/controller.py"/>
        <source>Phase guide slides</source>
        <translation>Diapositives du guide des phases</translation>
    </message>
    <message>
        <location filename="../../views/day/controller.py"/>
        <location filename="../../views/day/stages.py"/>
        <source>Back to the canvas</source>
        <translation>Retour au canevas</translation>
    </message>
    <message>
        <location filename="../../views/day/controller.py"/>
        <location filename="../../views/facilitator/window.py"/>
        <source>Side by side</source>
        <translation>Côte à côte</translation>
    </message>
    <message>
        <location filename="../../views/day/controller.py"/>
        <location filename="../../views/facilitator/phase_review.py"/>
        <location filename="../../views/facilitator/window.py"/>
        <source>Phase reviews</source>
        <translation>Examens des phases</translation>
    </message>
    <message>
        <location filename="../../views/day/controller.py"/>
        <source>Present the plan</source>
        <translation>Présenter le plan</translation>
    </message>
    <message>
        <location filename="../../views/day/controller.py"/>
        <location filename="../../views/facilitator/window.py"/>
        <source>Rubric scoring</source>
        <translation>Notation selon la grille</translation>
    </message>
    <message>
        <location filename="../../views/day/controller.py"/>
        <location filename="../../views/facilitator/window.py"/>
        <source>Peer review</source>
        <translation>Examen par les pairs</translation>
    </message>
    <message>
        <location filename="../../views/day/controller.py"/>
        <location filename="../../views/facilitator/window.py"/>
        <source>Reflections</source>
        <translation>Réflexions</translation>
    </message>
    <message>
        <location filename="../../views/day/controller.py"/>
        <source>Facilitator report…</source>
        <translation>Rapport d'animation…</translation>
    </message>
    <message>
        <location filename="../../views/day/controller.py"/>
        <source>Open a workshop to record reflections.</source>
        <translation>Ouvrez un atelier pour consigner les réflexions.</translation>
    </message>
    <message>
        <location filename="../../views/day/controller.py"/>
        <source>Open a team's strategy first.</source>
        <translation>Ouvrez d'abord la stratégie d'une équipe.</translation>
    </message>
    <message>
        <location filename="../../views/day/controller.py"/>
        <source>The notes were not saved: {e}</source>
        <translation>Les notes n'ont pas été enregistrées : {e}</translation>
    </message>
    <message>
        <location filename="../../views/day/controller.py"/>
        <source>The team's notes on “{event}” are saved.</source>
        <translation>Les notes de l'équipe sur « {event} » sont enregistrées.</translation>
    </message>
    <message>
        <location filename="../../views/day/controller.py"/>
        <source>The reflection was not saved: {e}</source>
        <translation>La réflexion n'a pas été enregistrée : {e}</translation>
    </message>
    <message>
        <location filename="../../views/day/controller.py"/>
        <source>{name}'s reflection is saved.</source>
        <translation>La réflexion de {name} est enregistrée.</translation>
    </message>
    <message>
        <location filename="../../views/day/controller.py"/>
        <source>Export reflection paper</source>
        <translation>Exporter le document de réflexion</translation>
    </message>
    <message>
        <location filename="../../views/day/controller.py"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../views/day/controller.py"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../views/day/controller.py"/>
        <source>The paper was not written: {e}</source>
        <translation>Le document n'a pas été écrit : {e}</translation>
    </message>
    <message>
        <location filename="../../views/day/controller.py"/>
        <source>Written {path}</source>
        <translation>Écrit : {path}</translation>
    </message>
    <message>
        <location filename="../../views/day/day_page.py"/>
        <location filename="../../views/facilitator/window.py"/>
        <source>Workshop day</source>
        <translation>Journée d'atelier</translation>
    </message>
    <message>
        <location filename="../../views/day/day_page.py"/>
        <source>The five stages of the day; each button opens that stage's view.</source>
        <translation>Les cinq étapes de la journée; chaque bouton ouvre la vue de l'étape.</translation>
    </message>
    <message>
        <location filename="../../views/day/day_page.py"/>
        <source>The agenda timer moves from stage to stage and offers each stage's view above the canvas; F12 opens the view of the stage the timer is in.</source>
        <translation>La minuterie de l'ordre du jour passe d'une étape à l'autre et propose la vue de chaque étape au-dessus du canevas; F12 ouvre la vue de l'étape en cours.</translation>
    </message>
    <message>
        <location filename="../../views/day/day_page.py"/>
        <source>How the day runs</source>
        <translation>Déroulement de la journée</translation>
    </message>
    <message>
        <location filename="../../views/day/day_page.py"/>
        <source>{n}. {stage} · {minutes} min</source>
        <translation>{n}. {stage} · {minutes} min</translation>
    </message>
    <message>
        <location filename="../../views/day/day_page.py"/>
        <source>{title}  — now</source>
        <translation>{title}  — maintenant</translation>
    </message>
    <message>
        <location filename="../../views/day/day_page.py"/>
        <source>About {stage}</source>
        <translation>À propos de {stage}</translation>
    </message>
    <message>
        <location filename="../../views/day/day_page.py"/>
        <location filename="../../views/facilitator/window.py"/>
        <source>Case study</source>
        <translation>Étude de cas</translation>
    </message>
    <message>
        <location filename="../../views/day/day_page.py"/>
        <source>Pick any case and present it.</source>
        <translation>Choisissez n'importe quel cas et présentez-le.</translation>
    </message>
    <message>
        <location filename="../../views/day/day_page.py"/>
        <source>Case study:</source>
        <translation>Étude de cas :</translation>
    </message>
    <message>
        <location filename="../../views/day/day_page.py"/>
        <source>Case study to present</source>
        <translation>Étude de cas à présenter</translation>
    </message>
    <message>
        <location filename="../../views/day/day_page.py"/>
        <source>Every scenario of the workshop and the library; documented failures first.</source>
        <translation>Tous les scénarios de l'atelier et de la bibliothèque; les échecs documentés d'abord.</translation>
    </message>
    <message>
        <location filename="../../views/day/day_page.py"/>
        <source>failure on record</source>
        <translation>échec documenté</translation>
    </message>
    <message>
        <location filename="../../views/day/day_page.py"/>
        <source>scenario</source>
        <translation>scénario</translation>
    </message>
    <message>
        <location filename="../../views/day/day_page.py"/>
        <source>Present full screen</source>
        <translation>Présenter en plein écran</translation>
    </message>
    <message>
        <location filename="../../views/day/day_page.py"/>
        <source>Present the case study full screen</source>
        <translation>Présenter l'étude de cas en plein écran</translation>
    </message>
    <message>
        <location filename="../../views/day/day_page.py"/>
        <source>F11 also toggles full screen; Esc leaves it.</source>
        <translation>F11 bascule aussi le plein écran; Esc le quitte.</translation>
    </message>
    <message>
        <location filename="../../views/day/decks.py"/>
        <source>Seven lanes, one lifecycle</source>
        <translation>Sept couloirs, un cycle de vie</translation>
    </message>
    <message>
        <location filename="../../views/day/decks.py"/>
        <source>Each lane: what it is for, what to ask, and which practices answer it.</source>
        <translation>Chaque couloir : à quoi il sert, quoi demander et quelles pratiques y répondent.</translation>
    </message>
    <message>
        <location filename="../../views/day/decks.py"/>
        <source>Explain · the phase guide</source>
        <translation>Expliquer · le guide des phases</translation>
    </message>
    <message>
        <location filename="../../views/day/decks.py"/>
        <source>Explain · lane {n} of {count}</source>
        <translation>Expliquer · couloir {n} sur {count}</translation>
    </message>
    <message>
        <location filename="../../views/day/decks.py"/>
        <source>{lane}: questions to ask</source>
        <translation>{lane} : questions à poser</translation>
    </message>
    <message>
        <location filename="../../views/day/decks.py"/>
        <source>{lane}: practices that answer them</source>
        <translation>{lane} : pratiques qui y répondent</translation>
    </message>
    <message>
        <location filename="../../views/day/decks.py"/>
        <source>Evaluate · {team} presents</source>
        <translation>Évaluer · présentation de {team}</translation>
    </message>
    <message>
        <location filename="../../views/day/decks.py"/>
        <location filename="../../views/day/stages.py"/>
        <location filename="../../views/facilitator/common.py"/>
        <location filename="../../views/facilitator/phase_review.py"/>
        <source>Evaluate</source>
        <translation>Évaluer</translation>
    </message>
    <message>
        <location filename="../../views/day/decks.py"/>
        <location filename="../../views/facilitator/setup.py"/>
        <source>… and {n} more</source>
        <translation>… et {n} autres</translation>
    </message>
    <message>
        <location filename="../../views/day/explore.py"/>
        <source>Guided drill</source>
        <translation>Exercice guidé</translation>
    </message>
    <message>
        <location filename="../../views/day/explore.py"/>
        <source>Guided drill (Explore)</source>
        <translation>Exercice guidé (Explorer)</translation>
    </message>
    <message>
        <location filename="../../views/day/explore.py"/>
        <source>Guided drill steps</source>
        <translation>Étapes de l'exercice guidé</translation>
    </message>
    <message>
        <location filename="../../views/day/explore.py"/>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location filename="../../views/day/explore.py"/>
        <source>1. Pick an event</source>
        <translation>1. Choisissez un événement</translation>
    </message>
    <message>
        <location filename="../../views/day/explore.py"/>
        <source>Event to throw at the board</source>
        <translation>Événement à soumettre au canevas</translation>
    </message>
    <message>
        <location filename="../../views/day/explore.py"/>
        <source>A what-if event from how public-sector AI fails in production, or a year.</source>
        <translation>Un événement hypothétique tiré des façons dont l'IA du secteur public échoue en production, ou une année.</translation>
    </message>
    <message>
        <location filename="../../views/day/explore.py"/>
        <source>A year in production (simulated)</source>
        <translation>Une année en production (simulée)</translation>
    </message>
    <message>
        <location filename="../../views/day/explore.py"/>
        <source>2. Watch it travel the board</source>
        <translation>2. Suivez-le sur le canevas</translation>
    </message>
    <message>
        <location filename="../../views/day/explore.py"/>
        <source>Next stage on the board</source>
        <translation>Étape suivante au tableau</translation>
    </message>
    <message>
        <location filename="../../views/day/explore.py"/>
        <source>Lights the cards that detect, handle and learn from the event, one stage a press.</source>
        <translation>Allume les cartes qui détectent l'événement, le traitent et en tirent des leçons, une étape par pression.</translation>
    </message>
    <message>
        <location filename="../../views/day/explore.py"/>
        <source>Press to start: the canvas lights each stage in turn.</source>
        <translation>Appuyez pour commencer : le canevas allume chaque étape à tour de rôle.</translation>
    </message>
    <message>
        <location filename="../../views/day/explore.py"/>
        <source>Where the event is now</source>
        <translation>Où en est l'événement</translation>
    </message>
    <message>
        <location filename="../../views/day/explore.py"/>
        <source>3. What did you observe?</source>
        <translation>3. Qu'avez-vous observé?</translation>
    </message>
    <message>
        <location filename="../../views/day/explore.py"/>
        <source>What the team observed</source>
        <translation>Ce que l'équipe a observé</translation>
    </message>
    <message>
        <location filename="../../views/day/explore.py"/>
        <source>Did the board catch it? Who handled it? Did the lesson travel back?</source>
        <translation>Le canevas l'a-t-il détecté? Qui l'a traité? La leçon a-t-elle été réinjectée?</translation>
    </message>
    <message>
        <location filename="../../views/day/explore.py"/>
        <source>What questions did it raise?</source>
        <translation>Quelles questions a-t-il soulevées?</translation>
    </message>
    <message>
        <location filename="../../views/day/explore.py"/>
        <source>Questions it raised</source>
        <translation>Questions soulevées</translation>
    </message>
    <message>
        <location filename="../../views/day/explore.py"/>
        <source>What the team wants to find out or ask the facilitator.</source>
        <translation>Ce que l'équipe veut découvrir ou demander à la personne qui anime.</translation>
    </message>
    <message>
        <location filename="../../views/day/explore.py"/>
        <source>Save the team's notes</source>
        <translation>Enregistrer les notes de l'équipe</translation>
    </message>
    <message>
        <location filename="../../views/day/explore.py"/>
        <source>Kept per team and event; saving again replaces the notes.</source>
        <translation>Gardées par équipe et par événement; enregistrer de nouveau remplace les notes.</translation>
    </message>
    <message>
        <location filename="../../views/day/explore.py"/>
        <source>Notes status</source>
        <translation>État des notes</translation>
    </message>
    <message>
        <location filename="../../views/day/explore.py"/>
        <source>Recorded by this team</source>
        <translation>Consignées par cette équipe</translation>
    </message>
    <message>
        <location filename="../../views/day/explore.py"/>
        <source>Observations recorded by this team</source>
        <translation>Observations consignées par cette équipe</translation>
    </message>
    <message>
        <location filename="../../views/day/explore.py"/>
        <source>Pick one to read or edit it.</source>
        <translation>Choisissez-en une pour la lire ou la modifier.</translation>
    </message>
    <message>
        <location filename="../../views/day/explore.py"/>
        <source>Team: {team}</source>
        <translation>Équipe : {team}</translation>
    </message>
    <message>
        <location filename="../../views/day/explore.py"/>
        <source>Open a team's strategy.</source>
        <translation>Ouvrez la stratégie d'une équipe.</translation>
    </message>
    <message>
        <location filename="../../views/day/explore.py"/>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location filename="../../views/day/explore.py"/>
        <source>The drills could not be loaded.</source>
        <translation>Les exercices n'ont pas pu être chargés.</translation>
    </message>
    <message>
        <location filename="../../views/day/explore.py"/>
        <source>The year's events are in the Drills panel: what would have hurt most?</source>
        <translation>Les événements de l'année sont dans le panneau Exercices : qu'est-ce qui aurait fait le plus de tort?</translation>
    </message>
    <message>
        <location filename="../../views/day/explore.py"/>
        <source>“{event}” cannot be run here.</source>
        <translation>« {event} » ne peut pas être exécuté ici.</translation>
    </message>
    <message>
        <location filename="../../views/day/explore.py"/>
        <location filename="../../views/day/reflection_form.py"/>
        <location filename="../../views/facilitator/peer_form.py"/>
        <source>Not saved yet</source>
        <translation>Pas encore enregistrée</translation>
    </message>
    <message>
        <location filename="../../views/day/papers.py"/>
        <source>The team has no strategy in this workshop yet.</source>
        <translation>L'équipe n'a pas encore de stratégie dans cet atelier.</translation>
    </message>
    <message>
        <location filename="../../views/day/reflection_form.py"/>
        <source>{name} — the facilitator</source>
        <translation>{name} — la personne qui anime</translation>
    </message>
    <message>
        <location filename="../../views/day/reflection_form.py"/>
        <location filename="../../views/facilitator/window.py"/>
        <source>Facilitator</source>
        <translation>Animation</translation>
    </message>
    <message>
        <location filename="../../views/day/reflection_form.py"/>
        <source>Individual reflection</source>
        <translation>Réflexion individuelle</translation>
    </message>
    <message>
        <location filename="../../views/day/reflection_form.py"/>
        <source>Each participant answers on their own; the facilitator too.</source>
        <translation>Chaque participant répond seul; la personne qui anime aussi.</translation>
    </message>
    <message>
        <location filename="../../views/day/reflection_form.py"/>
        <source>Individual reflection: each participant, on their own, on applying MLOps in their organisation. Pick your name, answer, and Save.</source>
        <translation>Réflexion individuelle : chaque participant, seul, sur l'application des MLOps dans son organisation. Choisissez votre nom, répondez, puis Enregistrer.</translation>
    </message>
    <message>
        <location filename="../../views/day/reflection_form.py"/>
        <source>About the reflection</source>
        <translation>À propos de la réflexion</translation>
    </message>
    <message>
        <location filename="../../views/day/reflection_form.py"/>
        <source>Who is reflecting</source>
        <translation>Qui fait sa réflexion</translation>
    </message>
    <message>
        <location filename="../../views/day/reflection_form.py"/>
        <location filename="../../views/facilitator/peer_form.py"/>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location filename="../../views/day/reflection_form.py"/>
        <source>Reflection questions</source>
        <translation>Questions de réflexion</translation>
    </message>
    <message>
        <location filename="../../views/day/reflection_form.py"/>
        <source>Self-assessment: how confident are you in each lane?</source>
        <translation>Autoévaluation : quel est votre degré de confiance dans chaque couloir?</translation>
    </message>
    <message>
        <location filename="../../views/day/reflection_form.py"/>
        <source>Self-assessment per lane</source>
        <translation>Autoévaluation par couloir</translation>
    </message>
    <message>
        <location filename="../../views/day/reflection_form.py"/>
        <source>Confidence in {lane}</source>
        <translation>Confiance dans {lane}</translation>
    </message>
    <message>
        <location filename="../../views/day/reflection_form.py"/>
        <source>Not rated</source>
        <translation>Non noté</translation>
    </message>
    <message>
        <location filename="../../views/day/reflection_form.py"/>
        <source>Save reflection</source>
        <translation>Enregistrer la réflexion</translation>
    </message>
    <message>
        <location filename="../../views/day/reflection_form.py"/>
        <source>Export paper (PDF)…</source>
        <translation>Exporter le document (PDF)…</translation>
    </message>
    <message>
        <location filename="../../views/day/reflection_form.py"/>
        <source>Export the reflection paper as PDF</source>
        <translation>Exporter le document de réflexion en PDF</translation>
    </message>
    <message>
        <location filename="../../views/day/reflection_form.py"/>
        <source>The answers and self-assessment, with the team's plan attached.</source>
        <translation>Les réponses et l'autoévaluation, avec le plan de l'équipe en annexe.</translation>
    </message>
    <message>
        <location filename="../../views/day/reflection_form.py"/>
        <source>Export paper (Markdown)…</source>
        <translation>Exporter le document (Markdown)…</translation>
    </message>
    <message>
        <location filename="../../views/day/reflection_form.py"/>
        <source>Export the reflection paper as Markdown</source>
        <translation>Exporter le document de réflexion en Markdown</translation>
    </message>
    <message>
        <location filename="../../views/day/reflection_form.py"/>
        <source>Reflection status</source>
        <translation>État de la réflexion</translation>
    </message>
    <message>
        <location filename="../../views/day/reflection_form.py"/>
        <source>Not saved yet: Save keeps these answers</source>
        <translation>Pas encore enregistré : Enregistrer conserve ces réponses</translation>
    </message>
    <message>
        <location filename="../../views/day/reflection_form.py"/>
        <source>Saved {time}</source>
        <translation>Enregistré {time}</translation>
    </message>
    <message>
        <location filename="../../views/day/slides.py"/>
        <source>Nothing to show yet.</source>
        <translation>Rien à afficher pour l'instant.</translation>
    </message>
    <message>
        <location filename="../../views/day/slides.py"/>
        <source>Page Down and Page Up move between slides; F11 toggles full screen; Esc leaves it.</source>
        <translation>Page Down et Page Up changent de diapositive; F11 bascule le plein écran; Esc le quitte.</translation>
    </message>
    <message>
        <location filename="../../views/day/slides.py"/>
        <source>Slides</source>
        <translation>Diapositives</translation>
    </message>
    <message>
        <location filename="../../views/day/slides.py"/>
        <location filename="../../views/facilitator/case_study.py"/>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../../views/day/slides.py"/>
        <source>Previous slide</source>
        <translation>Diapositive précédente</translation>
    </message>
    <message>
        <location filename="../../views/day/slides.py"/>
        <source>Slide</source>
        <translation>Diapositive</translation>
    </message>
    <message>
        <location filename="../../views/day/slides.py"/>
        <location filename="../../views/facilitator/case_study.py"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../../views/day/slides.py"/>
        <source>Next slide</source>
        <translation>Diapositive suivante</translation>
    </message>
    <message>
        <location filename="../../views/day/slides.py"/>
        <location filename="../../views/facilitator/case_study.py"/>
        <location filename="../../views/facilitator/timer.py"/>
        <source>Full screen</source>
        <translation>Plein écran</translation>
    </message>
    <message>
        <location filename="../../views/day/slides.py"/>
        <source>Show the slides on the whole screen (F11)</source>
        <translation>Afficher les diapositives sur tout l'écran (F11)</translation>
    </message>
    <message>
        <location filename="../../views/day/slides.py"/>
        <source>Deck</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <location filename="../../views/day/stages.py"/>
        <location filename="../../views/facilitator/common.py"/>
        <source>Engage</source>
        <translation>Engager</translation>
    </message>
    <message>
        <location filename="../../views/day/stages.py"/>
        <location filename="../../views/facilitator/common.py"/>
        <source>Explore</source>
        <translation>Explorer</translation>
    </message>
    <message>
        <location filename="../../views/day/stages.py"/>
        <location filename="../../views/facilitator/common.py"/>
        <source>Explain</source>
        <translation>Expliquer</translation>
    </message>
    <message>
        <location filename="../../views/day/stages.py"/>
        <location filename="../../views/facilitator/common.py"/>
        <source>Elaborate</source>
        <translation>Élaborer</translation>
    </message>
    <message>
        <location filename="../../views/day/stages.py"/>
        <source>Present a case study full screen</source>
        <translation>Présenter une étude de cas en plein écran</translation>
    </message>
    <message>
        <location filename="../../views/day/stages.py"/>
        <source>Open the guided drill for teams</source>
        <translation>Ouvrir l'exercice guidé pour les équipes</translation>
    </message>
    <message>
        <location filename="../../views/day/stages.py"/>
        <source>Show the phase guide as slides</source>
        <translation>Afficher le guide des phases en diapositives</translation>
    </message>
    <message>
        <location filename="../../views/day/stages.py"/>
        <source>Present this team's plan</source>
        <translation>Présenter le plan de cette équipe</translation>
    </message>
    <message>
        <location filename="../../views/day/stages.py"/>
        <source>A real failed public-sector AI project, on the shared screen.</source>
        <translation>Un véritable projet d'IA du secteur public qui a échoué, à l'écran partagé.</translation>
    </message>
    <message>
        <location filename="../../views/day/stages.py"/>
        <source>Teams throw what-if events at their board, watch them travel, and note what they observe and the questions it raises.</source>
        <translation>Les équipes soumettent des événements hypothétiques à leur canevas, les suivent et notent ce qu'elles observent et les questions soulevées.</translation>
    </message>
    <message>
        <location filename="../../views/day/stages.py"/>
        <source>The six lanes and governance, one slide at a time.</source>
        <translation>Les six couloirs et la gouvernance, une diapositive à la fois.</translation>
    </message>
    <message>
        <location filename="../../views/day/stages.py"/>
        <location filename="../../views/facilitator/common.py"/>
        <source>Teams design their strategy on the canvas.</source>
        <translation>Les équipes conçoivent leur stratégie sur le canevas.</translation>
    </message>
    <message>
        <location filename="../../views/day/stages.py"/>
        <source>Teams present; rubric and peer feedback; then everyone reflects on their own.</source>
        <translation>Les équipes présentent; grille d'évaluation et rétroaction des pairs; puis chacun réfléchit de son côté.</translation>
    </message>
    <message>
        <location filename="../../views/day/stages.py"/>
        <source>Stage offer</source>
        <translation>Offre de l'étape</translation>
    </message>
    <message>
        <location filename="../../views/day/stages.py"/>
        <source>The agenda moved on; open the new stage's view here.</source>
        <translation>L'ordre du jour a avancé; ouvrez ici la vue de la nouvelle étape.</translation>
    </message>
    <message>
        <location filename="../../views/day/stages.py"/>
        <location filename="../../views/facilitator/setup.py"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../views/day/stages.py"/>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <location filename="../../views/day/stages.py"/>
        <source>Hide this offer; F12 opens it later.</source>
        <translation>Masquer cette offre; F12 l'ouvre plus tard.</translation>
    </message>
    <message>
        <location filename="../../views/day/stages.py"/>
        <source>{position} — {stage}: {about}</source>
        <translation>{position} — {stage} : {about}</translation>
    </message>
    <message>
        <location filename="../../views/day/stages.py"/>
        <source>{offer} (F12)</source>
        <translation>{offer} (F12)</translation>
    </message>
    <message>
        <location filename="../../views/facilitating.py"/>
        <source>Round 1</source>
        <translation>Tour 1</translation>
    </message>
    <message>
        <location filename="../../views/facilitating.py"/>
        <source>The history cannot be replayed: {e}</source>
        <translation>L'historique ne peut pas être relu : {e}</translation>
    </message>
    <message>
        <location filename="../../views/facilitating.py"/>
        <source>The scores were not saved: {e}</source>
        <translation>Les notes n'ont pas été enregistrées : {e}</translation>
    </message>
    <message>
        <location filename="../../views/facilitating.py"/>
        <source>The round was not saved: {e}</source>
        <translation>Le tour n'a pas été enregistré : {e}</translation>
    </message>
    <message>
        <location filename="../../views/facilitating.py"/>
        <source>The feedback was not saved: {e}</source>
        <translation>La rétroaction n'a pas été enregistrée : {e}</translation>
    </message>
    <message>
        <location filename="../../views/facilitating.py"/>
        <source>Feedback saved.</source>
        <translation>Rétroaction enregistrée.</translation>
    </message>
    <message>
        <location filename="../../views/facilitating.py"/>
        <source>The review was not saved: {e}</source>
        <translation>L'examen n'a pas été enregistré : {e}</translation>
    </message>
    <message>
        <location filename="../../views/facilitating.py"/>
        <source>No snapshot taken: {e}</source>
        <translation>Aucun instantané pris : {e}</translation>
    </message>
    <message>
        <location filename="../../views/facilitating.py"/>
        <source>Snapshot “{name}” taken.</source>
        <translation>Instantané « {name} » pris.</translation>
    </message>
    <message>
        <location filename="../../views/facilitating.py"/>
        <source>The agenda was not saved: {e}</source>
        <translation>L'ordre du jour n'a pas été enregistré : {e}</translation>
    </message>
    <message>
        <location filename="../../views/facilitating.py"/>
        <source>Edit teams</source>
        <translation>Modifier les équipes</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/case_study.py"/>
        <source>Not in this catalog</source>
        <translation>Absente de ce catalogue</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/case_study.py"/>
        <source>What happened</source>
        <translation>Ce qui s'est passé</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/case_study.py"/>
        <source>What it was meant to do, and what made it hard</source>
        <translation>Ce que le système devait faire, et ce qui l'a rendu difficile</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/case_study.py"/>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/case_study.py"/>
        <source>Challenges</source>
        <translation>Défis</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/case_study.py"/>
        <source>What went wrong</source>
        <translation>Ce qui a mal tourné</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/case_study.py"/>
        <source>Lifecycle practices that were missing</source>
        <translation>Pratiques du cycle de vie qui manquaient</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/case_study.py"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/case_study.py"/>
        <source>Case study: {title}</source>
        <translation>Étude de cas : {title}</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/case_study.py"/>
        <source>Page Down and Page Up move between pages; F11 toggles full screen; Esc leaves it.</source>
        <translation>Page Down et Page Up changent de page; F11 bascule le plein écran; Esc le quitte.</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/case_study.py"/>
        <source>Case study pages</source>
        <translation>Pages de l'étude de cas</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/case_study.py"/>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/case_study.py"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/case_study.py"/>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/case_study.py"/>
        <source>Show the case study on the whole screen</source>
        <translation>Afficher l'étude de cas sur tout l'écran</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/common.py"/>
        <source>A real failed public-sector AI project, presented as a case study.</source>
        <translation>Un véritable projet d'IA du secteur public qui a échoué, présenté comme étude de cas.</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/common.py"/>
        <source>Teams explore the lifecycle phases and their scenario.</source>
        <translation>Les équipes explorent les phases du cycle de vie et leur scénario.</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/common.py"/>
        <source>Practices, rules and roles explained.</source>
        <translation>Pratiques, règles et rôles expliqués.</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/common.py"/>
        <source>Teams present; peers and facilitator assess with the rubric.</source>
        <translation>Les équipes présentent; les pairs et la personne qui anime évaluent selon la grille d'évaluation.</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/common.py"/>
        <source>Added</source>
        <translation>Ajoutée</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/common.py"/>
        <source>Removed</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/common.py"/>
        <source>Moved</source>
        <translation>Déplacée</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/common.py"/>
        <source>Edited</source>
        <translation>Modifiée</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/common.py"/>
        <source>Not every strategy compared has this card</source>
        <translation>Certaines stratégies comparées n'ont pas cette carte</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/common.py"/>
        <source>Separator</source>
        <translation>Séparateur</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/common.py"/>
        <source>Read-only strategy canvas</source>
        <translation>Canevas de la stratégie en lecture seule</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/common.py"/>
        <source>A read-only view of a strategy's board; it cannot be edited here.</source>
        <translation>Le canevas d'une stratégie en lecture seule; il ne peut pas être modifié ici.</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/evidence.py"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/evidence.py"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/evidence.py"/>
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/evidence.py"/>
        <source>The strategy has not been checked yet.</source>
        <translation>La stratégie n'a pas encore été vérifiée.</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/evidence.py"/>
        <source>{pack}: {satisfied} in place · {planned} planned of {applicable} rules</source>
        <translation>{pack} : {satisfied} en place · {planned} prévues sur {applicable} règles</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/evidence.py"/>
        <source>Open findings: {count}</source>
        <translation>Constats ouverts : {count}</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/evidence.py"/>
        <source>  … and {count} more</source>
        <translation>  … et {count} autres</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/evidence.py"/>
        <source>No open findings for the rules this criterion names.</source>
        <translation>Aucun constat ouvert pour les règles que nomme ce critère.</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/evidence.py"/>
        <source>Upcoming rules, not yet in force: {count}</source>
        <translation>Règles à venir, pas encore en vigueur : {count}</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/evidence.py"/>
        <source>  ✗ {capability}: no card provides it</source>
        <translation>  ✗ {capability} : aucune carte ne la fournit</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/evidence.py"/>
        <source>{card} ({phase}, not in place)</source>
        <translation>{card} ({phase}, pas en place)</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/evidence.py"/>
        <source>{card} ({phase})</source>
        <translation>{card} ({phase})</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/evidence.py"/>
        <source>, +{count} more</source>
        <translation>, +{count} autres</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/evidence.py"/>
        <source>  ✓ {capability}: {cards}</source>
        <translation>  ✓ {capability} : {cards}</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/evidence.py"/>
        <source>  ○ {capability}: planned, not in place — {cards}</source>
        <translation>  ○ {capability} : prévue, pas en place — {cards}</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/evidence.py"/>
        <source>The checker has nothing to say about this criterion.</source>
        <translation>Le vérificateur n'a rien à signaler sur ce critère.</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/evidence.py"/>
        <source>  ○ Planned, not in place: {title}</source>
        <translation>  ○ Prévue, pas en place : {title}</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/evidence.py"/>
        <source>  ⛔ Prohibited practice: {title}</source>
        <translation>  ⛔ Pratique interdite : {title}</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/evidence.py"/>
        <source>  ✗ {severity}: {title}</source>
        <translation>  ✗ {severity} : {title}</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/exports.py"/>
        <source>{workshop} report</source>
        <translation>Rapport d'animation {workshop}</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/exports.py"/>
        <source>{workshop} scores</source>
        <translation>Notes {workshop}</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/exports.py"/>
        <source>Cannot write the report: {e}</source>
        <translation>Impossible d'écrire le rapport : {e}</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/exports.py"/>
        <source>Export facilitator report</source>
        <translation>Exporter le rapport d'animation</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/exports.py"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/exports.py"/>
        <source>Export scores</source>
        <translation>Exporter les notes</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/exports.py"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/exports.py"/>
        <source>Writing {file}…</source>
        <translation>Écriture de {file}…</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/exports.py"/>
        <source>Written: {file}</source>
        <translation>Écrit : {file}</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/exports.py"/>
        <source>Not written: {e}</source>
        <translation>Non écrit : {e}</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/history.py"/>
        <location filename="../../views/facilitator/window.py"/>
        <source>History replay</source>
        <translation>Relecture de l'historique</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/history.py"/>
        <source>How the strategy grew, revision by revision</source>
        <translation>Comment la stratégie a évolué, révision par révision</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/history.py"/>
        <source>How {name} grew</source>
        <translation>Évolution de {name}</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/history.py"/>
        <source>the strategy</source>
        <translation>la stratégie</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/history.py"/>
        <source>Revision shown</source>
        <translation>Révision affichée</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/history.py"/>
        <source>Replay message</source>
        <translation>Message de relecture</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/history.py"/>
        <source>Strategy at the chosen revision (read-only)</source>
        <translation>La stratégie à la révision choisie (lecture seule)</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/history.py"/>
        <source>First</source>
        <translation>Première</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/history.py"/>
        <source>Go to the first revision</source>
        <translation>Aller à la première révision</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/history.py"/>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/history.py"/>
        <source>One revision back</source>
        <translation>Une révision en arrière</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/history.py"/>
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/history.py"/>
        <source>Play the history</source>
        <translation>Lire l'historique</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/history.py"/>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/history.py"/>
        <source>One revision forward</source>
        <translation>Une révision en avant</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/history.py"/>
        <source>Last</source>
        <translation>Dernière</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/history.py"/>
        <source>Go to the last revision</source>
        <translation>Aller à la dernière révision</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/history.py"/>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/history.py"/>
        <source>Drag or use the arrow keys to move through the history</source>
        <translation>Faites glisser ou utilisez les touches fléchées pour parcourir l'historique</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/history.py"/>
        <source>before the first recorded change</source>
        <translation>avant le premier changement consigné</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/history.py"/>
        <source>Revision {revision} of {last} · {cards} cards · {what}</source>
        <translation>Révision {revision} sur {last} · {cards} cartes · {what}</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/history.py"/>
        <location filename="../../views/facilitator/timer.py"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/lanes.py"/>
        <location filename="../../views/facilitator/phase_review.py"/>
        <source>Acceptable</source>
        <translation>Acceptable</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/lanes.py"/>
        <location filename="../../views/facilitator/phase_review.py"/>
        <source>To be corrected</source>
        <translation>À corriger</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/lanes.py"/>
        <source>Corrected</source>
        <translation>Corrigée</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/menu.py"/>
        <source>F&amp;acilitator</source>
        <translation>A&amp;nimation</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/menu.py"/>
        <source>&amp;Facilitator window</source>
        <translation>&amp;Fenêtre d'animation</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/menu.py"/>
        <source>Agenda &amp;timer</source>
        <translation>&amp;Minuterie de l'ordre du jour</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/menu.py"/>
        <source>Timer f&amp;ull screen</source>
        <translation>Minuterie &amp;plein écran</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/menu.py"/>
        <source>&amp;Agenda…</source>
        <translation>&amp;Ordre du jour…</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/menu.py"/>
        <source>Teams and &amp;members…</source>
        <translation>Équipes et membre&amp;s…</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/menu.py"/>
        <source>&amp;Score this strategy</source>
        <translation>É&amp;valuer cette stratégie</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/menu.py"/>
        <source>&amp;Phase reviews</source>
        <translation>E&amp;xamens des phases</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/menu.py"/>
        <source>&amp;Versions and replay</source>
        <translation>V&amp;ersions et relecture</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/menu.py"/>
        <source>Export facilitator &amp;report (PDF)…</source>
        <translation>Exporter le &amp;rapport d'animation (PDF)…</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/menu.py"/>
        <source>Export scores (&amp;CSV)…</source>
        <translation>Exporter les notes (&amp;CSV)…</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_assign.py"/>
        <source>Peer review assignments</source>
        <translation>Attributions de l'examen par les pairs</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_assign.py"/>
        <source>Which team reviews which strategy</source>
        <translation>Quelle équipe examine quelle stratégie</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_assign.py"/>
        <source>Round</source>
        <translation>Tour</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_assign.py"/>
        <location filename="../../views/facilitator/peer_form.py"/>
        <source>Round locked</source>
        <translation>Tour verrouillé</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_assign.py"/>
        <source>Assignments</source>
        <translation>Attributions</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_assign.py"/>
        <source>Each row: the reviewer team and the team whose strategy it reviews</source>
        <translation>Chaque ligne : l'équipe examinatrice et l'équipe dont elle examine la stratégie</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_assign.py"/>
        <source>Reviewer team</source>
        <translation>Équipe examinatrice</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_assign.py"/>
        <source>Reviews the strategy of</source>
        <translation>Examine la stratégie de</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_assign.py"/>
        <source>Assignment message</source>
        <translation>Message sur les attributions</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_assign.py"/>
        <source>Assignment warnings</source>
        <translation>Avertissements sur les attributions</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_assign.py"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_assign.py"/>
        <source>Add an assignment</source>
        <translation>Ajouter une attribution</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_assign.py"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_assign.py"/>
        <source>Remove the selected assignment</source>
        <translation>Retirer l'attribution sélectionnée</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_assign.py"/>
        <source>Round-robin offset</source>
        <translation>Décalage de la rotation</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_assign.py"/>
        <source>Each team reviews the team this many places after it</source>
        <translation>Chaque équipe examine l'équipe située ce nombre de rangs après elle</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_assign.py"/>
        <source>Round-robin</source>
        <translation>Rotation</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_assign.py"/>
        <source>Replace the assignments with a round-robin</source>
        <translation>Remplacer les attributions par une rotation</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_assign.py"/>
        <source>Lock round</source>
        <translation>Verrouiller le tour</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_assign.py"/>
        <source>Lock or unlock the round</source>
        <translation>Verrouiller ou déverrouiller le tour</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_assign.py"/>
        <source>Offset</source>
        <translation>Décalage</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_assign.py"/>
        <source>{round} · {count} assignments</source>
        <translation>{round} · {count} attributions</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_assign.py"/>
        <source>Unlock round</source>
        <translation>Déverrouiller le tour</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_assign.py"/>
        <source>Reviewer team, row {row}</source>
        <translation>Équipe examinatrice, ligne {row}</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_assign.py"/>
        <source>Team reviewed, row {row}</source>
        <translation>Équipe examinée, ligne {row}</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_assign.py"/>
        <source>{team} cannot review its own strategy.</source>
        <translation>{team} ne peut pas examiner sa propre stratégie.</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_assign.py"/>
        <source>Every team is already assigned every other team's strategy.</source>
        <translation>Chaque équipe a déjà la stratégie de chacune des autres équipes.</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_assign.py"/>
        <source>Select an assignment to remove.</source>
        <translation>Sélectionnez une attribution à retirer.</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_form.py"/>
        <source>{round} is locked by the facilitator: feedback can be read but not changed.</source>
        <translation>{round} est verrouillé par l'animation : la rétroaction peut être lue, mais pas modifiée.</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_form.py"/>
        <source>Peer feedback form</source>
        <translation>Formulaire de rétroaction des pairs</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_form.py"/>
        <source>Feedback from {team} on {strategy}</source>
        <translation>Rétroaction de {team} sur {strategy}</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_form.py"/>
        <source>Feedback from {team} on “{strategy}”</source>
        <translation>Rétroaction de {team} sur « {strategy} »</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_form.py"/>
        <source>Strengths</source>
        <translation>Forces</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_form.py"/>
        <source>What does this strategy do well?</source>
        <translation>Qu'est-ce que cette stratégie fait bien?</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_form.py"/>
        <source>What would you ask the team?</source>
        <translation>Que demanderiez-vous à l'équipe?</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_form.py"/>
        <source>One suggestion</source>
        <translation>Une suggestion</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_form.py"/>
        <source>The one change you would suggest first</source>
        <translation>Le premier changement que vous suggéreriez</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_form.py"/>
        <location filename="../../views/facilitator/rubric_form.py"/>
        <source>{level} · {name}</source>
        <translation>{level} · {name}</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_form.py"/>
        <source>Overall score {level} of 4</source>
        <translation>Note globale {level} sur 4</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_form.py"/>
        <source>Overall score</source>
        <translation>Note globale</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_form.py"/>
        <source>Score (1–4)</source>
        <translation>Note (1 à 4)</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_form.py"/>
        <source>Feedback problem</source>
        <translation>Problème de rétroaction</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_form.py"/>
        <source>Feedback status</source>
        <translation>État de la rétroaction</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_form.py"/>
        <source>Save feedback</source>
        <translation>Enregistrer la rétroaction</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_form.py"/>
        <source>Saving</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_form.py"/>
        <source>Not saved yet: choose a score to save</source>
        <translation>Pas encore enregistré : choisissez une note pour enregistrer</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_form.py"/>
        <source>Choose a score from 1 to 4 before saving.</source>
        <translation>Choisissez une note de 1 à 4 avant d'enregistrer.</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_form.py"/>
        <source>Strengths and questions hold up to {count} characters each.</source>
        <translation>Les forces et les questions comptent au plus {count} caractères chacune.</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_form.py"/>
        <source>Saved {at}</source>
        <translation>Enregistré {at}</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_form.py"/>
        <source>Save this feedback (it stays editable until the round is locked)</source>
        <translation>Enregistrer cette rétroaction (elle reste modifiable jusqu'au verrouillage du tour)</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/phase_review.py"/>
        <source>Not reviewed yet</source>
        <translation>Pas encore examinée</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/phase_review.py"/>
        <source>Corrected, awaiting re-evaluation</source>
        <translation>Corrigée, en attente de réévaluation</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/phase_review.py"/>
        <source>{state} (re-evaluated)</source>
        <translation>{state} (réévaluée)</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/phase_review.py"/>
        <source>Mark each phase acceptable or to be corrected, then re-evaluate</source>
        <translation>Marquez chaque phase acceptable ou à corriger, puis réévaluez</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/phase_review.py"/>
        <source>Phase reviews: {strategy}</source>
        <translation>Examens des phases : {strategy}</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/phase_review.py"/>
        <source>Phase review message</source>
        <translation>Message de l'examen des phases</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/phase_review.py"/>
        <location filename="../../views/facilitator/side_by_side.py"/>
        <location filename="../../views/facilitator/versions.py"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/phase_review.py"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/phase_review.py"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/phase_review.py"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/phase_review.py"/>
        <source>{phase} state</source>
        <translation>État de {phase}</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/phase_review.py"/>
        <source>{phase}: acceptable</source>
        <translation>{phase} : acceptable</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/phase_review.py"/>
        <source>{phase}: to be corrected</source>
        <translation>{phase} : à corriger</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/phase_review.py"/>
        <source>{phase} comment</source>
        <translation>Commentaire sur {phase}</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/phase_review.py"/>
        <source>Required when the phase is to be corrected: say what to correct</source>
        <translation>Obligatoire quand la phase est à corriger : précisez quoi corriger</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/phase_review.py"/>
        <source>What should the team correct?</source>
        <translation>Que doit corriger l'équipe?</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/phase_review.py"/>
        <source>Evaluate {phase}</source>
        <translation>Évaluer {phase}</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/phase_review.py"/>
        <source>Corrections made</source>
        <translation>Corrections apportées</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/phase_review.py"/>
        <source>{phase}: the team made its corrections</source>
        <translation>{phase} : l'équipe a apporté ses corrections</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/phase_review.py"/>
        <source>The team reports that it corrected this phase</source>
        <translation>L'équipe indique qu'elle a corrigé cette phase</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/phase_review.py"/>
        <source>Choose acceptable or to be corrected for {phase}.</source>
        <translation>Choisissez acceptable ou à corriger pour {phase}.</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/phase_review.py"/>
        <source>{phase}: {problem}</source>
        <translation>{phase} : {problem}</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/phase_review.py"/>
        <source>Re-evaluate</source>
        <translation>Réévaluer</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/rubric_form.py"/>
        <source>Beginning</source>
        <translation>Débutant</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/rubric_form.py"/>
        <source>Developing</source>
        <translation>En développement</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/rubric_form.py"/>
        <source>Proficient</source>
        <translation>Compétent</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/rubric_form.py"/>
        <source>Exemplary</source>
        <translation>Exemplaire</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/rubric_form.py"/>
        <source>Choose a level from 1 to 4 with the arrow keys or the keys 1 to 4.</source>
        <translation>Choisissez un niveau de 1 à 4 avec les touches fléchées ou les touches 1 à 4.</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/rubric_form.py"/>
        <source>About this criterion</source>
        <translation>À propos de ce critère</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/rubric_form.py"/>
        <source>Level {level} descriptor</source>
        <translation>Descripteur du niveau {level}</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/rubric_form.py"/>
        <source>Comment on {title}</source>
        <translation>Commentaire sur {title}</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/rubric_form.py"/>
        <source>Choose a level first, then add a comment.</source>
        <translation>Choisissez d'abord un niveau, puis ajoutez un commentaire.</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/rubric_form.py"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/rubric_form.py"/>
        <source>Clear the score of {title}</source>
        <translation>Effacer la note de {title}</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/rubric_form.py"/>
        <source>Checker results for {title}</source>
        <translation>Résultats du vérificateur pour {title}</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/rubric_form.py"/>
        <source>What the checker found (informs, does not score)</source>
        <translation>Ce que le vérificateur a trouvé (éclaire, ne note pas)</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/rubric_form.py"/>
        <source>Checker results heading</source>
        <translation>En-tête des résultats du vérificateur</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/rubric_form.py"/>
        <source>Rubric score sheet</source>
        <translation>Feuille de notation selon la grille</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/rubric_form.py"/>
        <source>Score {strategy} against {rubric}</source>
        <translation>Évaluer {strategy} selon {rubric}</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/rubric_form.py"/>
        <source>Scoring: {strategy}</source>
        <translation>Notation : {strategy}</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/rubric_form.py"/>
        <source>{rubric} (version {version})</source>
        <translation>{rubric} (version {version})</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/rubric_form.py"/>
        <source>Scoring progress</source>
        <translation>Progression de la notation</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/rubric_form.py"/>
        <source>The checker's results are shown beside the criteria they inform; the score is your judgement.</source>
        <translation>Les résultats du vérificateur sont affichés à côté des critères qu'ils éclairent; la note relève de votre jugement.</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/rubric_form.py"/>
        <source>About the checker results</source>
        <translation>À propos des résultats du vérificateur</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/rubric_form.py"/>
        <source>Score sheet notice</source>
        <translation>Avis sur la feuille de notation</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/rubric_form.py"/>
        <source>Criteria</source>
        <translation>Critères</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/rubric_form.py"/>
        <source>A comment keeps its first {count} characters.</source>
        <translation>Un commentaire garde ses {count} premiers caractères.</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/rubric_form.py"/>
        <source>No criterion scored yet ({total} to score).</source>
        <translation>Aucun critère n'est encore noté ({total} à noter).</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/rubric_form.py"/>
        <source>{scored} of {total} criteria scored · mean level {mean}</source>
        <translation>{scored} critères notés sur {total} · niveau moyen {mean}</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/setup.py"/>
        <source>Workshop agenda</source>
        <translation>Ordre du jour de l'atelier</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/setup.py"/>
        <source>The stages of the workshop and their minutes</source>
        <translation>Les étapes de l'atelier et leur durée en minutes</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/setup.py"/>
        <source>Stages</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/setup.py"/>
        <source>Name, minutes and description</source>
        <translation>Nom, durée en minutes et description</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/setup.py"/>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/setup.py"/>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/setup.py"/>
        <source>Add stage</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/setup.py"/>
        <source>Add a stage at the end</source>
        <translation>Ajouter une étape à la fin</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/setup.py"/>
        <source>Remove stage</source>
        <translation>Retirer l'étape</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/setup.py"/>
        <source>Remove the selected stage</source>
        <translation>Retirer l'étape sélectionnée</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/setup.py"/>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/setup.py"/>
        <source>Move the selected stage up</source>
        <translation>Monter l'étape sélectionnée</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/setup.py"/>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/setup.py"/>
        <source>Move the selected stage down</source>
        <translation>Descendre l'étape sélectionnée</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/setup.py"/>
        <source>Default agenda</source>
        <translation>Ordre du jour par défaut</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/setup.py"/>
        <source>Restore the five default stages</source>
        <translation>Rétablir les cinq étapes par défaut</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/setup.py"/>
        <source>Agenda problem</source>
        <translation>Problème d'ordre du jour</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/setup.py"/>
        <source>Dialog buttons</source>
        <translation>Boutons de la boîte de dialogue</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/setup.py"/>
        <source>Stage {n}</source>
        <translation>Étape {n}</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/setup.py"/>
        <source>Stage {n}: </source>
        <translation>Étape {n} : </translation>
    </message>
    <message>
        <location filename="../../views/facilitator/setup.py"/>
        <source>Minutes of the stage</source>
        <translation>Durée de l'étape en minutes</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/setup.py"/>
        <source>Stage name</source>
        <translation>Nom de l'étape</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/setup.py"/>
        <source>About the stage</source>
        <translation>À propos de l'étape</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/setup.py"/>
        <source>Import members</source>
        <translation>Importer des membres</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/setup.py"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/setup.py"/>
        <source>Import members (CSV)…</source>
        <translation>Importer des membres (CSV)…</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/setup.py"/>
        <source>Import members from a CSV file</source>
        <translation>Importer des membres depuis un fichier CSV</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/setup.py"/>
        <source>A CSV with the header team,name,role; one member a row</source>
        <translation>Un fichier CSV avec l'en-tête team,name,role; un membre par ligne</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/setup.py"/>
        <source>Import result</source>
        <translation>Résultat de l'importation</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/setup.py"/>
        <source>{n} rows of {file} cannot be used:

{rows}

Skip them and import the other {good} rows?</source>
        <translation>{n} lignes de {file} ne peuvent pas être utilisées :

{rows}

Les ignorer et importer les {good} autres lignes?</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/setup.py"/>
        <source>Nothing imported. {rows}</source>
        <translation>Rien n'a été importé. {rows}</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/setup.py"/>
        <source>Imported {n} members; {skipped} rows skipped.</source>
        <translation>{n} membres importés; {skipped} lignes ignorées.</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/setup.py"/>
        <source> and {n} more</source>
        <translation> et {n} autres</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/setup.py"/>
        <source>{team} cannot be removed: it still has {n} strategies ({names}). Give them to another team or delete them first.</source>
        <translation>Impossible de retirer {team} : l'équipe a encore {n} stratégies ({names}). Confiez-les à une autre équipe ou supprimez-les d'abord.</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/setup.py"/>
        <source>{team} takes part in peer review: {a} assignments, {g} feedback entries given, {r} received.

Remove the team? Its reviews stay in the database and in the workshop's export.</source>
        <translation>{team} participe à l'examen par les pairs : {a} attributions, {g} rétroactions données, {r} reçues.

Retirer l'équipe? Ses examens restent dans la base de données et dans l'exportation de l'atelier.</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/setup.py"/>
        <source>Remove a reviewed team</source>
        <translation>Retirer une équipe examinée</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/side_by_side.py"/>
        <source>Canvases side by side</source>
        <translation>Canevas côte à côte</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/side_by_side.py"/>
        <source>Canvas of {name} (read-only)</source>
        <translation>Canevas de {name} (lecture seule)</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/side_by_side.py"/>
        <source>Side-by-side review</source>
        <translation>Examen côte à côte</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/side_by_side.py"/>
        <source>Compare strategies of one scenario</source>
        <translation>Comparer les stratégies d'un scénario</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/side_by_side.py"/>
        <source>Strategies to compare</source>
        <translation>Stratégies à comparer</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/side_by_side.py"/>
        <source>Tick two or more strategies of the same scenario</source>
        <translation>Cochez au moins deux stratégies du même scénario</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/side_by_side.py"/>
        <location filename="../../views/facilitator/versions.py"/>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/side_by_side.py"/>
        <source>Compare the ticked strategies</source>
        <translation>Comparer les stratégies cochées</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/side_by_side.py"/>
        <source>Open export file…</source>
        <translation>Ouvrir un fichier d'exportation…</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/side_by_side.py"/>
        <source>Open export file</source>
        <translation>Ouvrir un fichier d'exportation</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/side_by_side.py"/>
        <source>Review a strategy from an exported JSON file without importing it</source>
        <translation>Examiner une stratégie à partir d'un fichier JSON exporté, sans l'importer</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/side_by_side.py"/>
        <source>Side-by-side message</source>
        <translation>Message de la vue côte à côte</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/side_by_side.py"/>
        <source>Canvases and tables</source>
        <translation>Canevas et tableaux</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/side_by_side.py"/>
        <source>Comparison tables</source>
        <translation>Tableaux de comparaison</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/side_by_side.py"/>
        <source>Cards</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/side_by_side.py"/>
        <source>Which cards to list</source>
        <translation>Les cartes à énumérer</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/side_by_side.py"/>
        <source>All cards, differences, or one's gaps</source>
        <translation>Toutes les cartes, les différences ou les lacunes d'une stratégie</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/side_by_side.py"/>
        <source>Cards compared</source>
        <translation>Cartes comparées</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/side_by_side.py"/>
        <source>Each card and whether each strategy has it</source>
        <translation>Chaque carte et si chaque stratégie l'a</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/side_by_side.py"/>
        <source>Coverage per pack</source>
        <translation>Couverture par ensemble</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/side_by_side.py"/>
        <source>Rules met per rule pack, one column per strategy</source>
        <translation>Règles respectées par ensemble de règles, une colonne par stratégie</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/side_by_side.py"/>
        <source>Findings compared</source>
        <translation>Constats comparés</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/side_by_side.py"/>
        <source>How often each rule fails in each strategy</source>
        <translation>À quelle fréquence chaque règle échoue dans chaque stratégie</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/side_by_side.py"/>
        <location filename="../../views/facilitator/versions.py"/>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/side_by_side.py"/>
        <source>Open an exported strategy</source>
        <translation>Ouvrir une stratégie exportée</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/side_by_side.py"/>
        <source>Strategy exports (*.json)</source>
        <translation>Stratégies exportées (*.json)</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/side_by_side.py"/>
        <source>{file} cannot be reviewed: {problem}</source>
        <translation>{file} ne peut pas être examiné : {problem}</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/side_by_side.py"/>
        <source>{name} (from {file})</source>
        <translation>{name} (de {file})</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/side_by_side.py"/>
        <source>{file} is open for review; it was not imported.</source>
        <translation>{file} est ouvert pour examen; il n'a pas été importé.</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/side_by_side.py"/>
        <location filename="../../views/facilitator/versions.py"/>
        <source>Rule pack</source>
        <translation>Ensemble de règles</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/side_by_side.py"/>
        <location filename="../../views/facilitator/versions.py"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/side_by_side.py"/>
        <location filename="../../views/facilitator/versions.py"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/side_by_side.py"/>
        <location filename="../../views/facilitator/versions.py"/>
        <source>Pack</source>
        <translation>Ensemble</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/side_by_side.py"/>
        <source>All cards</source>
        <translation>Toutes les cartes</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/side_by_side.py"/>
        <source>Cards not every strategy has</source>
        <translation>Cartes que toutes les stratégies n'ont pas</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/side_by_side.py"/>
        <source>Missing from {name}</source>
        <translation>Manquantes dans {name}</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/side_by_side.py"/>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>not selected</source>
        <translation>non sélectionné</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>{satisfied} of {applicable} ({share})</source>
        <translation>{satisfied} sur {applicable} ({share})</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>· {planned} planned</source>
        <translation>· {planned} prévues</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>✗ lacks it</source>
        <translation>✗ ne l'a pas</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>✓ has it</source>
        <translation>✓ l'a</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>✓ has it ({count}×)</source>
        <translation>✓ l'a ({count}×)</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>— none</source>
        <translation>— aucune</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>practice</source>
        <translation>pratique</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>owner</source>
        <translation>responsable</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>status</source>
        <translation>état</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>capabilities</source>
        <translation>capacités</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>cadence</source>
        <translation>fréquence</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>from card</source>
        <translation>carte d'origine</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>to card</source>
        <translation>carte de destination</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>profile</source>
        <translation>profil</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>rule packs</source>
        <translation>ensembles de règles</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>{source} → {target}</source>
        <translation>{source} → {target}</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>Card added</source>
        <translation>Carte ajoutée</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>Card removed</source>
        <translation>Carte retirée</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>from {old} to {new}</source>
        <translation>de {old} à {new}</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>within {phase}</source>
        <translation>dans {phase}</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>Card moved</source>
        <translation>Carte déplacée</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>changed: {fields}</source>
        <translation>modifié : {fields}</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>Card edited</source>
        <translation>Carte modifiée</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>Link added</source>
        <translation>Lien ajouté</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>Link removed</source>
        <translation>Lien retiré</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>Link changed</source>
        <translation>Lien modifié</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>Strategy changed</source>
        <translation>Stratégie modifiée</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>+{count} rules met</source>
        <translation>+{count} règles respectées</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>{count} fewer rules met</source>
        <translation>{count} règles respectées de moins</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>no change</source>
        <translation>aucun changement</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>Opened</source>
        <translation>Ouverts</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>Closed</source>
        <translation>Fermés</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>No changes between these versions.</source>
        <translation>Aucun changement entre ces versions.</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>{n} cards added</source>
        <translation>{n} cartes ajoutées</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>{n} removed</source>
        <translation>{n} retirées</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>{n} moved</source>
        <translation>{n} déplacées</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>{n} edited</source>
        <translation>{n} modifiées</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>{n} links added</source>
        <translation>{n} liens ajoutés</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>{n} links removed</source>
        <translation>{n} liens retirés</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>{n} links changed</source>
        <translation>{n} liens modifiés</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>{n} findings opened</source>
        <translation>{n} constats ouverts</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>{n} findings closed</source>
        <translation>{n} constats fermés</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>Revision {old} → {new}: {changes}.</source>
        <translation>Révision {old} → {new} : {changes}.</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>coverage changed</source>
        <translation>couverture modifiée</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>The agenda is over</source>
        <translation>L'ordre du jour est terminé</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>Over time</source>
        <translation>Au fil du temps</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>Ready</source>
        <translation>Prête</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>Last stage of the agenda</source>
        <translation>Dernière étape de l'ordre du jour</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>Next: {stage} · {minutes} min</source>
        <translation>Ensuite : {stage} · {minutes} min</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <location filename="../../views/facilitator/window.py"/>
        <source>Agenda timer</source>
        <translation>Minuterie</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>The workshop's current stage, its time left and the next stage.</source>
        <translation>L'étape en cours de l'atelier, le temps restant et l'étape suivante.</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>Stage position</source>
        <translation>Position de l'étape</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>Current stage</source>
        <translation>Étape en cours</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>About this stage</source>
        <translation>À propos de cette étape</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>Timer state</source>
        <translation>État de la minuterie</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>Stage progress</source>
        <translation>Progression de l'étape</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>Share of the stage used</source>
        <translation>Part de l'étape écoulée</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>Next stage</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>Timer message</source>
        <translation>Message de la minuterie</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>Start, pause or resume the timer</source>
        <translation>Démarrer, mettre en pause ou reprendre la minuterie</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>Skip stage</source>
        <translation>Passer l'étape</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>End this stage and start the next</source>
        <translation>Terminer cette étape et commencer la suivante</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>+5 min</source>
        <translation>+5 min</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>Give this stage five more minutes</source>
        <translation>Donner cinq minutes de plus à cette étape</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>Back to the first stage, stopped</source>
        <translation>Retour à la première étape, arrêtée</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>Show the timer on the whole screen</source>
        <translation>Afficher la minuterie sur tout l'écran</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>Chime</source>
        <translation>Carillon</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>A short sound when a stage's time is up</source>
        <translation>Un court son quand le temps d'une étape est écoulé</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>Flash</source>
        <translation>Clignotement</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>Flash the timer when a stage's time is up</source>
        <translation>Faire clignoter la minuterie quand le temps d'une étape est écoulé</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>Move on by itself</source>
        <translation>Passer automatiquement à la suite</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>When unticked, a stage whose time is up stays and counts the overrun</source>
        <translation>Si la case n'est pas cochée, une étape dont le temps est écoulé continue et compte le dépassement</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>All {count} stages done</source>
        <translation>Les {count} étapes sont terminées</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>Stage {number} of {count}</source>
        <translation>Étape {number} sur {count}</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>{time} left</source>
        <translation>{time} restant</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>{time} over time</source>
        <translation>{time} de dépassement</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>Time is up for {stage}.</source>
        <translation>Le temps est écoulé pour {stage}.</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>Agenda timer (compact)</source>
        <translation>Minuterie de l'ordre du jour (compacte)</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>Current stage and time left</source>
        <translation>Étape en cours et temps restant</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>Stage and time left</source>
        <translation>Étape et temps restant</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>Start or pause the timer</source>
        <translation>Démarrer ou mettre en pause la minuterie</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>Timer…</source>
        <translation>Minuterie…</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>Show the large timer</source>
        <translation>Afficher la grande minuterie</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>Open the large agenda timer</source>
        <translation>Ouvrir la grande minuterie de l'ordre du jour</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>Agenda complete</source>
        <translation>Ordre du jour terminé</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>{stage} · {time} over</source>
        <translation>{stage} · {time} de dépassement</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>{stage} · {time}</source>
        <translation>{stage} · {time}</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer_control.py"/>
        <source>The agenda is over; reset the timer to start again.</source>
        <translation>L'ordre du jour est terminé; réinitialisez la minuterie pour recommencer.</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/versions.py"/>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/versions.py"/>
        <source>Snapshots of the strategy and what changed between them</source>
        <translation>Instantanés de la stratégie et ce qui a changé entre eux</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/versions.py"/>
        <source>Versions of {name}</source>
        <translation>Versions de {name}</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/versions.py"/>
        <source>Versions message</source>
        <translation>Message des versions</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/versions.py"/>
        <source>Summary of changes</source>
        <translation>Résumé des changements</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/versions.py"/>
        <source>Changes as tables and on the canvas</source>
        <translation>Changements en tableaux et sur le canevas</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/versions.py"/>
        <source>Changes</source>
        <translation>Changements</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/versions.py"/>
        <source>Cards and links changed</source>
        <translation>Cartes et liens modifiés</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/versions.py"/>
        <source>What changed, card by card</source>
        <translation>Ce qui a changé, carte par carte</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/versions.py"/>
        <source>Coverage before and after</source>
        <translation>Couverture avant et après</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/versions.py"/>
        <source>Rules met per pack</source>
        <translation>Règles respectées par ensemble</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/versions.py"/>
        <source>Findings opened and closed</source>
        <translation>Constats ouverts et fermés</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/versions.py"/>
        <source>Findings that changed</source>
        <translation>Constats qui ont changé</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/versions.py"/>
        <source>Cards and links</source>
        <translation>Cartes et liens</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/versions.py"/>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/versions.py"/>
        <source>Newer version, changes highlighted (read-only)</source>
        <translation>Version la plus récente, changements mis en évidence (lecture seule)</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/versions.py"/>
        <source>Snapshots</source>
        <translation>Instantanés</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/versions.py"/>
        <source>Named copies of the strategy</source>
        <translation>Copies nommées de la stratégie</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/versions.py"/>
        <source>Snapshot name</source>
        <translation>Nom de l'instantané</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/versions.py"/>
        <source>For example: before feedback, round 2</source>
        <translation>Par exemple : avant la rétroaction, 2e tour</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/versions.py"/>
        <source>Take snapshot</source>
        <translation>Prendre un instantané</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/versions.py"/>
        <source>Keep a named copy of the strategy as it is now</source>
        <translation>Garder une copie nommée de la stratégie telle qu'elle est maintenant</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/versions.py"/>
        <source>Compare two versions</source>
        <translation>Comparer deux versions</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/versions.py"/>
        <source>Older version</source>
        <translation>Version la plus ancienne</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/versions.py"/>
        <source>Newer version</source>
        <translation>Version la plus récente</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/versions.py"/>
        <source>Show what changed between the two</source>
        <translation>Montrer ce qui a changé entre les deux</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/versions.py"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/versions.py"/>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/versions.py"/>
        <source>Snapshot “{name}” taken at revision {revision}.</source>
        <translation>Instantané « {name} » pris à la révision {revision}.</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/versions.py"/>
        <source>This strategy already has a snapshot named “{name}”.</source>
        <translation>Cette stratégie a déjà un instantané nommé « {name} ».</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/versions.py"/>
        <source>{name} · revision {revision} · {when}</source>
        <translation>{name} · révision {revision} · {when}</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/versions.py"/>
        <source>Now · revision {revision}</source>
        <translation>Maintenant · révision {revision}</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/versions.py"/>
        <source>Choose two different versions to compare.</source>
        <translation>Choisissez deux versions différentes à comparer.</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/versions.py"/>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/versions.py"/>
        <source>Card or link</source>
        <translation>Carte ou lien</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/versions.py"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/versions.py"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/versions.py"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/window.py"/>
        <source>{page} (scrolls)</source>
        <translation>{page} (défilement)</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/window.py"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/window.py"/>
        <source>Timer, scoring, peer review and reports</source>
        <translation>Minuterie, notation, examen par les pairs et rapports</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/window.py"/>
        <source>Strategy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/window.py"/>
        <source>Strategy:</source>
        <translation>Stratégie :</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/window.py"/>
        <source>Strategy to review</source>
        <translation>Stratégie à examiner</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/window.py"/>
        <source>Facilitator message</source>
        <translation>Message de l'animation</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/window.py"/>
        <source>Facilitator tools</source>
        <translation>Outils d'animation</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/window.py"/>
        <source>Versions &amp;&amp; replay</source>
        <translation>Versions &amp;&amp; relecture</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/window.py"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/window.py"/>
        <source>Agenda timer page</source>
        <translation>Page de la minuterie de l'ordre du jour</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/window.py"/>
        <source>Edit agenda…</source>
        <translation>Modifier l'ordre du jour…</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/window.py"/>
        <source>Edit the stages and their minutes</source>
        <translation>Modifier les étapes et leur durée en minutes</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/window.py"/>
        <source>Report page</source>
        <translation>Page du rapport</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/window.py"/>
        <source>The facilitator report: rubric scores per team, coverage per rule pack, common gaps, the peer-feedback digest and every phase's review state.</source>
        <translation>Le rapport d'animation : notes selon la grille par équipe, couverture par ensemble de règles, lacunes communes, synthèse de la rétroaction des pairs et état de l'examen de chaque phase.</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/window.py"/>
        <source>Export facilitator report (PDF)…</source>
        <translation>Exporter le rapport d'animation (PDF)…</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/window.py"/>
        <source>Export the report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/window.py"/>
        <source>Export scores (CSV)…</source>
        <translation>Exporter les notes (CSV)…</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/window.py"/>
        <source>Export the scores as CSV</source>
        <translation>Exporter les notes en CSV</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/window.py"/>
        <source>Export status</source>
        <translation>État de l'exportation</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/window.py"/>
        <source>Write the files in:</source>
        <translation>Langue des fichiers :</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/window.py"/>
        <source>The workshop day is not available.</source>
        <translation>La journée d'atelier n'est pas disponible.</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/window.py"/>
        <source>Reflections are not available.</source>
        <translation>Les réflexions ne sont pas disponibles.</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/window.py"/>
        <source>Open a strategy to present its scenario's case study.</source>
        <translation>Ouvrez une stratégie pour présenter l'étude de cas de son scénario.</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/window.py"/>
        <source>Choose a strategy to score (and install a rubric).</source>
        <translation>Choisissez une stratégie à évaluer (et installez une grille d'évaluation).</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/window.py"/>
        <source>Peer review needs at least two teams, each with a strategy in this workshop.</source>
        <translation>L'examen par les pairs exige au moins deux équipes ayant chacune une stratégie dans cet atelier.</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/window.py"/>
        <source>Peer feedback</source>
        <translation>Rétroaction des pairs</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/window.py"/>
        <source>Review to fill in</source>
        <translation>Examen à remplir</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/window.py"/>
        <source>Feedback form</source>
        <translation>Formulaire de rétroaction</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/window.py"/>
        <source>{reviewer} reviews {reviewed}</source>
        <translation>{reviewer} examine {reviewed}</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/window.py"/>
        <source>No review is assigned in this round.</source>
        <translation>Aucun examen n'est attribué dans ce tour.</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/window.py"/>
        <source>Choose a strategy to review its phases.</source>
        <translation>Choisissez une stratégie pour en examiner les phases.</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/window.py"/>
        <source>Choose a strategy to see its versions.</source>
        <translation>Choisissez une stratégie pour en voir les versions.</translation>
    </message>
    <message>
        <location filename="../../views/facilitator/window.py"/>
        <source>Versions and replay</source>
        <translation>Versions et relecture</translation>
    </message>
    <message>
        <location filename="../../views/paged.py"/>
        <source>{page} of {count}: {heading}</source>
        <translation>{page} sur {count} : {heading}</translation>
    </message>
    <message>
        <source>{scored} of {total} criteria scored · mean level {mean:.1f}</source>
        <translation type="vanished">{scored} critères notés sur {total} · niveau moyen {mean:.1f}</translation>
    </message>
    <message>
        <source>{satisfied} of {applicable} ({share:.0%})</source>
        <translation type="vanished">{satisfied} sur {applicable} ({share:.0%})</translation>
    </message>
</context>
<context>
    <name>facilitator report</name>
    <message>
        <location filename="../../app/review/day_documents.py"/>
        <location filename="../../app/review/report_pdf.py"/>
        <source>Page {number}</source>
        <translation>Page {number}</translation>
    </message>
    <message>
        <location filename="../../app/review/day_documents.py"/>
        <location filename="../../app/review/report_pdf.py"/>
        <location filename="../../app/review/report_slides.py"/>
        <source>Facilitator report</source>
        <translation>Rapport d'animation</translation>
    </message>
    <message>
        <location filename="../../app/review/day_documents.py"/>
        <location filename="../../app/review/report_pdf.py"/>
        <source>{workshop}: facilitator report</source>
        <translation>{workshop} : rapport d'animation</translation>
    </message>
    <message>
        <location filename="../../app/review/report_pdf.py"/>
        <source>Rubric scores, coverage, common gaps and peer feedback of {workshop}</source>
        <translation>Notes selon la grille, couverture, lacunes communes et rétroaction des pairs — {workshop}</translation>
    </message>
    <message>
        <location filename="../../app/review/report_slides.py"/>
        <source>not selected</source>
        <translation>non choisi</translation>
    </message>
    <message>
        <location filename="../../app/review/report_slides.py"/>
        <source>an unrecorded date</source>
        <translation>une date non enregistrée</translation>
    </message>
    <message>
        <location filename="../../app/review/report_slides.py"/>
        <source>Law as of</source>
        <translation>Droit en vigueur au</translation>
    </message>
    <message>
        <location filename="../../app/review/report_slides.py"/>
        <source>Rule packs</source>
        <translation>Ensembles de règles</translation>
    </message>
    <message>
        <location filename="../../app/review/report_slides.py"/>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <location filename="../../app/review/report_slides.py"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/review/report_slides.py"/>
        <source>Facilitator</source>
        <translation>Animation</translation>
    </message>
    <message>
        <location filename="../../app/review/report_slides.py"/>
        <source>Rubric</source>
        <translation>Grille d'évaluation</translation>
    </message>
    <message>
        <location filename="../../app/review/report_slides.py"/>
        <source>{rubric} (version {version})</source>
        <translation>{rubric} (version {version})</translation>
    </message>
    <message>
        <location filename="../../app/review/report_slides.py"/>
        <source>Teams reviewed</source>
        <translation>Équipes évaluées</translation>
    </message>
    <message>
        <location filename="../../app/review/report_slides.py"/>
        <source>All teams</source>
        <translation>Toutes les équipes</translation>
    </message>
    <message>
        <location filename="../../app/review/report_slides.py"/>
        <source>Mean</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location filename="../../app/review/report_slides.py"/>
        <source>Levels: {levels}.</source>
        <translation>Niveaux : {levels}.</translation>
    </message>
    <message>
        <location filename="../../app/review/report_slides.py"/>
        <source>Facilitator comments</source>
        <translation>Commentaires de l'animation</translation>
    </message>
    <message>
        <location filename="../../app/review/report_slides.py"/>
        <source>Teams without a strategy: {teams}</source>
        <translation>Équipes sans stratégie : {teams}</translation>
    </message>
    <message>
        <location filename="../../app/review/report_slides.py"/>
        <source>Rubric scores</source>
        <translation>Notes selon la grille</translation>
    </message>
    <message>
        <location filename="../../app/review/report_slides.py"/>
        <source>{level} {name}: {descriptor}</source>
        <translation>{level} {name} : {descriptor}</translation>
    </message>
    <message>
        <location filename="../../app/review/report_slides.py"/>
        <source>The rubric</source>
        <translation>La grille d'évaluation</translation>
    </message>
    <message>
        <location filename="../../app/review/report_slides.py"/>
        <source>Not checked.</source>
        <translation>Non vérifié.</translation>
    </message>
    <message>
        <location filename="../../app/review/report_slides.py"/>
        <source>No rule pack was selected.</source>
        <translation>Aucun ensemble de règles n'a été choisi.</translation>
    </message>
    <message>
        <location filename="../../app/review/report_slides.py"/>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location filename="../../app/review/report_slides.py"/>
        <source>Rules in force on {dates}: met by cards in place, and met only by cards planned or in progress (not counted as met), of the rules that apply.</source>
        <translation>Règles en vigueur au {dates} : respectées par des cartes en place, et respectées seulement par des cartes prévues ou en cours (non comptées comme respectées), sur les règles applicables.</translation>
    </message>
    <message>
        <location filename="../../app/review/report_slides.py"/>
        <source>Coverage per rule pack</source>
        <translation>Couverture par ensemble de règles</translation>
    </message>
    <message>
        <location filename="../../app/review/report_slides.py"/>
        <source>{team} (planned)</source>
        <translation>{team} (prévu)</translation>
    </message>
    <message>
        <location filename="../../app/review/report_slides.py"/>
        <source>Upcoming</source>
        <translation>À venir</translation>
    </message>
    <message>
        <location filename="../../app/review/report_slides.py"/>
        <source>Applies from {date}</source>
        <translation>En vigueur à partir du {date}</translation>
    </message>
    <message>
        <location filename="../../app/review/report_slides.py"/>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <location filename="../../app/review/report_slides.py"/>
        <source>{count} of {total} teams: {teams}</source>
        <translation>{count} équipes sur {total} : {teams}</translation>
    </message>
    <message>
        <location filename="../../app/review/report_slides.py"/>
        <source>Findings that most teams share: topics to revisit with the whole room. (planned): the team's board carries the duty only on cards not yet in place.</source>
        <translation>Constats communs à la plupart des équipes : sujets à revoir avec tout le groupe. (prévu) : le tableau de l'équipe ne porte l'obligation que sur des cartes pas encore en place.</translation>
    </message>
    <message>
        <location filename="../../app/review/report_slides.py"/>
        <source>No finding is shared by most teams.</source>
        <translation>Aucun constat n'est commun à la plupart des équipes.</translation>
    </message>
    <message>
        <location filename="../../app/review/report_slides.py"/>
        <source>Upcoming — not yet in force</source>
        <translation>À venir — pas encore en vigueur</translation>
    </message>
    <message>
        <location filename="../../app/review/report_slides.py"/>
        <source>Rules that do not apply yet on the date checked, which most teams would miss.</source>
        <translation>Règles qui ne s'appliquent pas encore à la date vérifiée et que la plupart des équipes ne respecteraient pas.</translation>
    </message>
    <message>
        <location filename="../../app/review/report_slides.py"/>
        <source>Common gaps</source>
        <translation>Lacunes communes</translation>
    </message>
    <message>
        <location filename="../../app/review/report_slides.py"/>
        <source>mean peer score {score}</source>
        <translation>note moyenne des pairs {score}</translation>
    </message>
    <message>
        <location filename="../../app/review/report_slides.py"/>
        <source>No peer feedback received.</source>
        <translation>Aucune rétroaction des pairs reçue.</translation>
    </message>
    <message>
        <location filename="../../app/review/report_slides.py"/>
        <source>Peer feedback digest</source>
        <translation>Synthèse de la rétroaction des pairs</translation>
    </message>
    <message>
        <location filename="../../app/review/report_slides.py"/>
        <source>Strengths</source>
        <translation>Forces</translation>
    </message>
    <message>
        <location filename="../../app/review/report_slides.py"/>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location filename="../../app/review/report_slides.py"/>
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <location filename="../../app/review/report_slides.py"/>
        <source>From {reviewer}</source>
        <translation>De {reviewer}</translation>
    </message>
    <message>
        <location filename="../../app/review/report_slides.py"/>
        <source>Score {score} ({level})</source>
        <translation>Note {score} ({level})</translation>
    </message>
    <message>
        <location filename="../../app/review/report_slides.py"/>
        <source>{label}: {text}</source>
        <translation>{label} : {text}</translation>
    </message>
    <message>
        <location filename="../../app/review/report_slides.py"/>
        <source>not reviewed</source>
        <translation>non examiné</translation>
    </message>
    <message>
        <location filename="../../app/review/report_slides.py"/>
        <source>{team}, {phase}: {comment}</source>
        <translation>{team}, {phase} : {comment}</translation>
    </message>
    <message>
        <location filename="../../app/review/report_slides.py"/>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <location filename="../../app/review/report_slides.py"/>
        <source>Review states per phase</source>
        <translation>États d'examen par phase</translation>
    </message>
</context>
<context>
    <name>finding state</name>
    <message>
        <location filename="../../views/widgets/marks.py"/>
        <source>Missing</source>
        <translation>Manquante</translation>
    </message>
    <message>
        <location filename="../../views/widgets/marks.py"/>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <location filename="../../views/widgets/marks.py"/>
        <source>Upcoming</source>
        <translation>À venir</translation>
    </message>
    <message>
        <location filename="../../views/widgets/marks.py"/>
        <source>Prohibited</source>
        <translation>Interdite</translation>
    </message>
    <message>
        <location filename="../../views/widgets/marks.py"/>
        <source>Planned — not in place</source>
        <translation>Prévue — pas en place</translation>
    </message>
    <message>
        <location filename="../../views/widgets/marks.py"/>
        <source>Upcoming — not yet in force</source>
        <translation>À venir — pas encore en vigueur</translation>
    </message>
    <message>
        <location filename="../../views/widgets/marks.py"/>
        <source>Prohibited practice</source>
        <translation>Pratique interdite</translation>
    </message>
</context>
<context>
    <name>findings</name>
    <message>
        <location filename="../../views/docks/finding_details.py"/>
        <source>Prohibited practice: {title}{cite}</source>
        <translation>Pratique interdite : {title}{cite}</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_details.py"/>
        <source>{severity}: {title}{cite}</source>
        <translation>{severity} : {title}{cite}</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_details.py"/>
        <source>Planned — not in place:</source>
        <translation>Prévue — pas en place :</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_details.py"/>
        <source>Selected finding</source>
        <translation>Constat sélectionné</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_details.py"/>
        <source>Finding title</source>
        <translation>Titre du constat</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_details.py"/>
        <source>Finding state</source>
        <translation>État du constat</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_details.py"/>
        <source>What is missing</source>
        <translation>Ce qui manque</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_details.py"/>
        <source>Why it matters</source>
        <translation>Pourquoi c'est important</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_details.py"/>
        <source>Reported change</source>
        <translation>Modification signalée</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_details.py"/>
        <source>An amendment has been reported but its final text is not verified: not law.</source>
        <translation>Une modification a été signalée, mais son texte définitif n'est pas vérifié : pas encore du droit.</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_details.py"/>
        <source>Cards involved</source>
        <translation>Cartes concernées</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_details.py"/>
        <source>Suggested practice</source>
        <translation>Pratique suggérée</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_details.py"/>
        <source>The catalog practice the Fix button adds; the best fit comes first.</source>
        <translation>La pratique du catalogue qu'ajoute le bouton Correction; la mieux adaptée vient en premier.</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_details.py"/>
        <source>Fi&amp;x: add this card</source>
        <translation>C&amp;orrection : ajouter cette carte</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_details.py"/>
        <source>Fix</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_details.py"/>
        <source>Add the suggested practice to its lane, as one step you can undo.</source>
        <translation>Ajouter la pratique suggérée à son couloir, en une étape que vous pouvez annuler.</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_details.py"/>
        <source>Fixes</source>
        <translation>Corrections</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_details.py"/>
        <source>Planned cards, not yet in place: {names}</source>
        <translation>Cartes prévues, pas encore en place : {names}</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_details.py"/>
        <source>Cards involved: {names}</source>
        <translation>Cartes concernées : {names}</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_details.py"/>
        <source>No card yet: the strategy lacks this practice.</source>
        <translation>Aucune carte pour l'instant : la stratégie n'a pas cette pratique.</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_details.py"/>
        <source>Pick a gap or a finding to see what is missing and how to fix it.</source>
        <translation>Choisissez une lacune ou un constat pour voir ce qui manque et comment le corriger.</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_details.py"/>
        <source>Why it matters: {why}</source>
        <translation>Pourquoi c'est important : {why}</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_details.py"/>
        <location filename="../../views/docks/finding_text.py"/>
        <source>Reported change, not yet law: {note}</source>
        <translation>Modification signalée, pas encore du droit : {note}</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_details.py"/>
        <source>Selected gap</source>
        <translation>Lacune sélectionnée</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_details.py"/>
        <source>{state} · {severity}</source>
        <translation>{state} · {severity}</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_details.py"/>
        <source>Demanded by {citations}.</source>
        <translation>Exigée par {citations}.</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_details.py"/>
        <location filename="../../views/docks/finding_text.py"/>
        <source>Packs: {packs}</source>
        <translation>Ensembles : {packs}</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_details.py"/>
        <source>Why it ranks here: {why}</source>
        <translation>Pourquoi ce rang : {why}</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_details.py"/>
        <source>Fix: add “{entry}”</source>
        <translation>Correction : ajouter « {entry} »</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_details.py"/>
        <source>No catalog card fixes this</source>
        <translation>Aucune carte du catalogue ne corrige cela</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_details.py"/>
        <source>No catalog card fixes this; edit the canvas.</source>
        <translation>Aucune carte du catalogue ne corrige cela; modifiez le canevas.</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_details.py"/>
        <source>Nothing to add: the practice is planned. It counts once its cards are in place.</source>
        <translation>Rien à ajouter : la pratique est prévue. Elle comptera une fois ses cartes en place.</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_details.py"/>
        <source>Not in force yet on the date checked: nothing is required.</source>
        <translation>Pas encore en vigueur à la date vérifiée : rien n'est exigé.</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_details.py"/>
        <source>No card can fix a prohibited practice: the use must change.</source>
        <translation>Aucune carte ne peut corriger une pratique interdite : l'utilisation doit changer.</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_details.py"/>
        <source>Satisfies</source>
        <translation>Respecte</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_details.py"/>
        <source>The rules the selected card counts towards.</source>
        <translation>Les règles auxquelles compte la carte sélectionnée.</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_details.py"/>
        <source>Selected card</source>
        <translation>Carte sélectionnée</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_details.py"/>
        <source>Rules satisfied by the selected card</source>
        <translation>Règles respectées par la carte sélectionnée</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_details.py"/>
        <source>Pack, citation and title of each rule this card helps satisfy.</source>
        <translation>L'ensemble, la référence et le titre de chaque règle que cette carte aide à respecter.</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_details.py"/>
        <source>Select a card to see which rules it satisfies.</source>
        <translation>Sélectionnez une carte pour voir quelles règles elle respecte.</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_details.py"/>
        <source>“{title}” does not yet satisfy a rule of the selected packs.</source>
        <translation>« {title} » ne respecte encore aucune règle des ensembles choisis.</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_details.py"/>
        <source>“{title}” counts towards {n} rules in {p} packs:</source>
        <translation>« {title} » compte pour {n} règles dans {p} ensembles :</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_details.py"/>
        <source>✓ {citation} — {title}</source>
        <translation>✓ {citation} — {title}</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_filters.py"/>
        <source>Finding filters</source>
        <translation>Filtres des constats</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_filters.py"/>
        <source>All severities</source>
        <translation>Toutes les gravités</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_filters.py"/>
        <source>Severity filter</source>
        <translation>Filtre de gravité</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_filters.py"/>
        <source>Show findings of one severity.</source>
        <translation>Afficher les constats d'une seule gravité.</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_filters.py"/>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_filters.py"/>
        <source>State filter</source>
        <translation>Filtre d'état</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_filters.py"/>
        <source>Show only missing, only planned (not in place), only upcoming or prohibited.</source>
        <translation>Afficher seulement les manquantes, seulement les prévues (pas en place), seulement les règles à venir ou les pratiques interdites.</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_filters.py"/>
        <source>Pack filter</source>
        <translation>Filtre des ensembles</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_filters.py"/>
        <source>Show findings of one rule pack.</source>
        <translation>Afficher les constats d'un seul ensemble de règles.</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_filters.py"/>
        <source>Filter by words…</source>
        <translation>Filtrer par mots…</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_filters.py"/>
        <source>Text filter</source>
        <translation>Filtre de texte</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_filters.py"/>
        <source>Show findings whose title, message or citation contain these words.</source>
        <translation>Afficher les constats dont le titre, le message ou la référence contiennent ces mots.</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_filters.py"/>
        <source>All packs</source>
        <translation>Tous les ensembles</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_header.py"/>
        <location filename="../../views/docks/finding_text.py"/>
        <source>Prohibited practice</source>
        <translation>Pratique interdite</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_header.py"/>
        <source>The use involves a practice the law prohibits; no card can fix it.</source>
        <translation>L'utilisation comporte une pratique que la loi interdit; aucune carte ne peut la corriger.</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_header.py"/>
        <source>No-entry sign</source>
        <translation>Panneau d'interdiction</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_header.py"/>
        <source>Prohibited practice — this use cannot go ahead as planned.</source>
        <translation>Pratique interdite — cette utilisation ne peut pas aller de l'avant telle que prévue.</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_header.py"/>
        <source>No card can fix this: the use itself must change.</source>
        <translation>Aucune carte ne peut corriger cela : l'utilisation elle-même doit changer.</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_header.py"/>
        <source>Check header</source>
        <translation>En-tête de la vérification</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_header.py"/>
        <source>Date of the law applied</source>
        <translation>Date du droit appliqué</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_header.py"/>
        <source>The date whose law the check applied; set another in the profile.</source>
        <translation>La date dont le droit a été appliqué; fixez-en une autre dans le profil.</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_header.py"/>
        <source>{pack}: {version}</source>
        <translation>{pack} : {version}</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_names.py"/>
        <source>Lifecycle structure</source>
        <translation>Structure du cycle de vie</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_names.py"/>
        <source>{title} · {phase}</source>
        <translation>{title} · {phase}</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_text.py"/>
        <source>Applies from {date}: {title}</source>
        <translation>En vigueur à partir du {date} : {title}</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_text.py"/>
        <source>Upcoming — not yet in force on the date checked</source>
        <translation>À venir — pas encore en vigueur à la date vérifiée</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_text.py"/>
        <source>Upcoming — applies from {date}</source>
        <translation>À venir — en vigueur à partir du {date}</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_text.py"/>
        <source>Missing · {severity}</source>
        <translation>Manquante · {severity}</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_text.py"/>
        <source>Planned — not in place · {severity}</source>
        <translation>Prévue — pas en place · {severity}</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_text.py"/>
        <source>Rule id: {id}</source>
        <translation>Identifiant de la règle : {id}</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_text.py"/>
        <source>Rule ids: {ids}</source>
        <translation>Identifiants des règles : {ids}</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_text.py"/>
        <source>{citation} · {pack}</source>
        <translation>{citation} · {pack}</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_text.py"/>
        <source>· and {n} more</source>
        <translation>· et {n} autres</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_text.py"/>
        <location filename="../../views/docks/finding_tree.py"/>
        <source>Missing</source>
        <translation>Manquante</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_text.py"/>
        <location filename="../../views/docks/finding_tree.py"/>
        <source>Planned, not in place</source>
        <translation>Prévue, pas en place</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_text.py"/>
        <source>Upcoming</source>
        <translation>À venir</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_text.py"/>
        <source>{rank}. {title}</source>
        <translation>{rank}. {title}</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_text.py"/>
        <source>1 rule</source>
        <translation>1 règle</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_text.py"/>
        <source>{n} rules</source>
        <translation>{n} règles</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_text.py"/>
        <source>1 pack</source>
        <translation>1 ensemble</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_text.py"/>
        <source>{n} packs</source>
        <translation>{n} ensembles</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_text.py"/>
        <source>A prohibited practice outranks every other gap: no card can make it lawful; the use itself must change.</source>
        <translation>Une pratique interdite l'emporte sur toute autre lacune : aucune carte ne peut la rendre licite; c'est l'utilisation elle-même qui doit changer.</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_text.py"/>
        <source>{severity}, demanded by {rules} in {packs}</source>
        <translation>{severity}, exigée par {rules} dans {packs}</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_text.py"/>
        <source>; the drills attach {harm} harm per day to its absence</source>
        <translation>; les exercices associent un préjudice de {harm} par jour à son absence</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_text.py"/>
        <source>; only planned while the system is already live</source>
        <translation>; seulement prévue alors que le système est déjà en service</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_text.py"/>
        <source>; planned, but not in place</source>
        <translation>; prévue, mais pas en place</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_text.py"/>
        <source>Demanded by: {citations}</source>
        <translation>Exigée par : {citations}</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_text.py"/>
        <source>Rank {rank}, {state}: {title}. Demanded by {citations}</source>
        <translation>Rang {rank}, {state} : {title}. Exigée par {citations}</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_text.py"/>
        <source>1 error</source>
        <translation>1 erreur</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_text.py"/>
        <source>1 warning</source>
        <translation>1 avertissement</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_text.py"/>
        <source>1 suggestion</source>
        <translation>1 suggestion</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_text.py"/>
        <source>{n} errors</source>
        <translation>{n} erreurs</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_text.py"/>
        <source>{n} warnings</source>
        <translation>{n} avertissements</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_text.py"/>
        <source>{n} suggestions</source>
        <translation>{n} suggestions</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_text.py"/>
        <source>Checked against the law as it stands on {date} — the date set in the profile, not today.</source>
        <translation>Vérifié selon le droit en vigueur le {date} — la date fixée dans le profil, et non aujourd'hui.</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_text.py"/>
        <source>Checked against the law on {date} (today).</source>
        <translation>Vérifié selon le droit en vigueur le {date} (aujourd'hui).</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_text.py"/>
        <source>✓ No gaps: every rule in force is met by practices in place.</source>
        <translation>✓ Aucune lacune : chaque règle en vigueur est respectée par des pratiques en place.</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_text.py"/>
        <source>{n} gaps: {missing} missing, {planned} planned but not in place ({counts}).</source>
        <translation>{n} lacunes : {missing} manquantes, {planned} prévues mais pas en place ({counts}).</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_text.py"/>
        <source>A prohibited practice blocks this use.</source>
        <translation>Une pratique interdite bloque cette utilisation.</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_text.py"/>
        <source>1 more rule is upcoming (not yet in force).</source>
        <translation>1 autre règle est à venir (pas encore en vigueur).</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_text.py"/>
        <source>{n} more rules are upcoming (not yet in force).</source>
        <translation>{n} autres règles sont à venir (pas encore en vigueur).</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_text.py"/>
        <source>Showing {n} of them.</source>
        <translation>{n} affichés.</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_tree.py"/>
        <source>Prohibited practices</source>
        <translation>Pratiques interdites</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_tree.py"/>
        <source>Upcoming — not yet in force</source>
        <translation>À venir — pas encore en vigueur</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_tree.py"/>
        <source>{status} · {title}</source>
        <translation>{status} · {title}</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_tree.py"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_tree.py"/>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_tree.py"/>
        <source>Citation</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_tree.py"/>
        <source>Findings list</source>
        <translation>Liste des constats</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_tree.py"/>
        <source>First the gaps that would hurt first, then the other findings by rule pack and state. Selecting one highlights its cards on the canvas; Enter adds the suggested card.</source>
        <translation>D'abord les lacunes qui feraient du tort en premier, puis les autres constats par ensemble de règles et par état. En choisir un met ses cartes en évidence sur le canevas; Enter ajoute la carte suggérée.</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_tree.py"/>
        <source>The gaps that would hurt first</source>
        <translation>Les lacunes qui feraient du tort en premier</translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_tree.py"/>
        <source>{title} ({n})</source>
        <translation>{title} ({n})</translation>
    </message>
    <message>
        <location filename="../../views/docks/findings.py"/>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <location filename="../../views/docks/findings.py"/>
        <source>What the strategy still lacks for the selected packs.</source>
        <translation>Ce qui manque encore à la stratégie pour les ensembles choisis.</translation>
    </message>
    <message>
        <location filename="../../views/docks/findings.py"/>
        <source>Findings panel</source>
        <translation>Panneau des constats</translation>
    </message>
    <message>
        <location filename="../../views/docks/findings.py"/>
        <source>No check has run yet.</source>
        <translation>Aucune vérification n'a encore été faite.</translation>
    </message>
    <message>
        <location filename="../../views/docks/findings.py"/>
        <source>Findings summary</source>
        <translation>Résumé des constats</translation>
    </message>
    <message>
        <source>&amp;Fix: add this card</source>
        <translation type="vanished">&amp;Correction : ajouter cette carte</translation>
    </message>
</context>
<context>
    <name>guide</name>
    <message>
        <location filename="../../views/docks/guide.py"/>
        <source>Guide phase</source>
        <translation>Phase du guide</translation>
    </message>
    <message>
        <location filename="../../views/docks/guide.py"/>
        <source>Which phase the guide explains.</source>
        <translation>La phase qu'explique le guide.</translation>
    </message>
    <message>
        <location filename="../../views/docks/guide.py"/>
        <source>What this phase is for</source>
        <translation>À quoi sert cette phase</translation>
    </message>
    <message>
        <location filename="../../views/docks/guide.py"/>
        <source>Questions to answer</source>
        <translation>Questions auxquelles répondre</translation>
    </message>
    <message>
        <location filename="../../views/docks/guide.py"/>
        <source>Cards that answer these questions</source>
        <translation>Cartes qui répondent à ces questions</translation>
    </message>
    <message>
        <location filename="../../views/docks/guide.py"/>
        <source>Drag a card onto a lane, or press Enter to place it.</source>
        <translation>Faites glisser une carte sur un couloir ou appuyez sur Enter pour la placer.</translation>
    </message>
    <message>
        <location filename="../../views/docks/guide.py"/>
        <source>Cards that answer them:</source>
        <translation>Cartes qui y répondent :</translation>
    </message>
    <message>
        <location filename="../../views/docks/guide.py"/>
        <source>Cards heading</source>
        <translation>En-tête des cartes</translation>
    </message>
    <message>
        <location filename="../../views/docks/guide.py"/>
        <source>Phase guide</source>
        <translation>Guide des phases</translation>
    </message>
    <message>
        <location filename="../../views/docks/guide.py"/>
        <source>Phase guide contents</source>
        <translation>Contenu du guide des phases</translation>
    </message>
    <message>
        <location filename="../../views/docks/guide.py"/>
        <source>Show full screen</source>
        <translation>Afficher en plein écran</translation>
    </message>
    <message>
        <location filename="../../views/docks/guide.py"/>
        <source>Show the guide full screen</source>
        <translation>Afficher le guide en plein écran</translation>
    </message>
    <message>
        <location filename="../../views/docks/guide.py"/>
        <source>For the facilitator's Explain stage; Esc closes it.</source>
        <translation>Pour l'étape Expliquer de l'animation; Esc le ferme.</translation>
    </message>
    <message>
        <location filename="../../views/docks/guide.py"/>
        <source>Phase guide, full screen</source>
        <translation>Guide des phases, plein écran</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <location filename="../../views/dialogs/about.py"/>
        <source>About MLOps Lifecycle Canvas</source>
        <translation>À propos de MLOps Lifecycle Canvas</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/about.py"/>
        <source>MLOps Lifecycle Canvas {version}</source>
        <translation>MLOps Lifecycle Canvas {version}</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/about.py"/>
        <source>Application and version</source>
        <translation>Application et version</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/about.py"/>
        <source>Runs on</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/about.py"/>
        <source>Content library</source>
        <translation>Bibliothèque de contenu</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/about.py"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/about.py"/>
        <source>Data folder</source>
        <translation>Dossier des données</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/about.py"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/about.py"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/about.py"/>
        <source>Log file</source>
        <translation>Fichier journal</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/about.py"/>
        <source>Content files</source>
        <translation>Fichiers de contenu</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/about.py"/>
        <source>Rule packs loaded</source>
        <translation>Ensembles de règles chargés</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/about.py"/>
        <source>Rule pack</source>
        <translation>Ensemble de règles</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/about.py"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/about.py"/>
        <source>Effective</source>
        <translation>En vigueur</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/about.py"/>
        <source>Source and integrity</source>
        <translation>Source et intégrité</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/about.py"/>
        <location filename="../../views/dialogs/guide.py"/>
        <location filename="../../views/dialogs/shortcuts.py"/>
        <source>Dialog buttons</source>
        <translation>Boutons de la boîte de dialogue</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/about.py"/>
        <source>&amp;Licence…</source>
        <translation>&amp;Licence…</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/about.py"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/about.py"/>
        <source>Cl&amp;ose</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/about.py"/>
        <source>Rule packs</source>
        <translation>Ensembles de règles</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/guide.py"/>
        <source>&amp;Find:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/guide.py"/>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/guide.py"/>
        <source>Find in the guide</source>
        <translation>Rechercher dans le guide</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/guide.py"/>
        <source>Word to find; Enter for the next one</source>
        <translation>Mot à rechercher; Enter pour le suivant</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/guide.py"/>
        <source>Find result</source>
        <translation>Résultat de la recherche</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/guide.py"/>
        <location filename="../../views/dialogs/shortcuts.py"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/guide.py"/>
        <location filename="../../views/dialogs/shortcuts.py"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/guide.py"/>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/guide.py"/>
        <source>Screenshot</source>
        <translation>Capture d'écran</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/shortcuts.py"/>
        <source>Canvas</source>
        <translation>Canevas</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/shortcuts.py"/>
        <source>Arrow keys</source>
        <translation>Touches fléchées</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/shortcuts.py"/>
        <source>Move the focus to the nearest card</source>
        <translation>Amener le focus sur la carte la plus proche</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/shortcuts.py"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/shortcuts.py"/>
        <source>Open the focused card in the inspector</source>
        <translation>Ouvrir la carte active dans l'inspecteur</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/shortcuts.py"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/shortcuts.py"/>
        <source>Move between panels and fields</source>
        <translation>Passer d'un panneau ou d'un champ à l'autre</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/shortcuts.py"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/shortcuts.py"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/shortcuts.py"/>
        <source>Does</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/shortcuts.py"/>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <location filename="../../views/help.py"/>
        <source>User guide</source>
        <translation>Guide d'utilisation</translation>
    </message>
    <message>
        <location filename="../../views/help.py"/>
        <source>Facilitator guide</source>
        <translation>Guide d'animation</translation>
    </message>
    <message>
        <location filename="../../views/help.py"/>
        <source>Help is missing</source>
        <translation>L'aide est introuvable</translation>
    </message>
    <message>
        <location filename="../../views/help.py"/>
        <source>Apache License 2.0 ({spdx})</source>
        <translation>Licence Apache 2.0 ({spdx})</translation>
    </message>
    <message>
        <location filename="../../views/help.py"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../../views/help.py"/>
        <source>&amp;User guide</source>
        <translation>&amp;Guide d'utilisation</translation>
    </message>
    <message>
        <location filename="../../views/help.py"/>
        <source>&amp;Facilitator guide</source>
        <translation>Guide d'&amp;animation</translation>
    </message>
    <message>
        <location filename="../../views/help.py"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../views/help.py"/>
        <source>&amp;About MLOps Lifecycle Canvas</source>
        <translation>À &amp;propos de MLOps Lifecycle Canvas</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation type="vanished">&amp;Fermer</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <location filename="../../app/review/replay.py"/>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <location filename="../../app/review/replay.py"/>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <location filename="../../app/review/replay.py"/>
        <source>status</source>
        <translation>état</translation>
    </message>
    <message>
        <location filename="../../app/review/replay.py"/>
        <source>capabilities</source>
        <translation>capacités</translation>
    </message>
    <message>
        <location filename="../../app/review/replay.py"/>
        <source>owner</source>
        <translation>responsable</translation>
    </message>
    <message>
        <location filename="../../app/review/replay.py"/>
        <source>cadence</source>
        <translation>fréquence</translation>
    </message>
    <message>
        <location filename="../../app/review/replay.py"/>
        <source>Added {card} to {phase}</source>
        <translation>Ajout de {card} dans {phase}</translation>
    </message>
    <message>
        <location filename="../../app/review/replay.py"/>
        <source>Removed {card}</source>
        <translation>Suppression de {card}</translation>
    </message>
    <message>
        <location filename="../../app/review/replay.py"/>
        <source>Moved a card from {source} to {target}</source>
        <translation>Carte déplacée de {source} vers {target}</translation>
    </message>
    <message>
        <location filename="../../app/review/replay.py"/>
        <source>Moved a card within {phase}</source>
        <translation>Carte déplacée dans {phase}</translation>
    </message>
    <message>
        <location filename="../../app/review/replay.py"/>
        <source>Edited a card ({fields})</source>
        <translation>Carte modifiée ({fields})</translation>
    </message>
    <message>
        <location filename="../../app/review/replay.py"/>
        <source>Linked two cards ({kind})</source>
        <translation>Deux cartes reliées ({kind})</translation>
    </message>
    <message>
        <location filename="../../app/review/replay.py"/>
        <source>Removed a link</source>
        <translation>Suppression d'un lien</translation>
    </message>
    <message>
        <location filename="../../app/review/replay.py"/>
        <source>Changed a link to {kind}</source>
        <translation>Lien changé en {kind}</translation>
    </message>
    <message>
        <location filename="../../app/review/replay.py"/>
        <source>Changed the profile</source>
        <translation>Profil modifié</translation>
    </message>
    <message>
        <location filename="../../app/review/replay.py"/>
        <source>Chose rule packs: {packs}</source>
        <translation>Ensembles de règles choisis : {packs}</translation>
    </message>
    <message>
        <location filename="../../app/review/replay.py"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../../app/review/replay.py"/>
        <source>Renamed the strategy to {name}</source>
        <translation>Stratégie renommée en {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/review/replay.py"/>
        <source>%n change(s) at once</source>
        <translation>
            <numerusform>%n modification à la fois</numerusform>
            <numerusform>%n modifications à la fois</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/workbench.py"/>
        <source>Undo history</source>
        <translation>Historique des annulations</translation>
    </message>
    <message>
        <location filename="../../views/workbench.py"/>
        <source>Every change; click one to go back to it.</source>
        <translation>Chaque changement; cliquez sur l'un d'eux pour y revenir.</translation>
    </message>
    <message>
        <location filename="../../views/workbench.py"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
</context>
<context>
    <name>inspector</name>
    <message>
        <location filename="../../views/docks/inspector.py"/>
        <source>Inspector</source>
        <translation>Inspecteur</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py"/>
        <source>Inspector pages</source>
        <translation>Pages de l'inspecteur</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py"/>
        <source>Select a card to see and edit it here.</source>
        <translation>Sélectionnez une carte pour la voir et la modifier ici.</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py"/>
        <source>Nothing selected</source>
        <translation>Aucune sélection</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py"/>
        <source>Inspector contents</source>
        <translation>Contenu de l'inspecteur</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py"/>
        <source>The card's title.</source>
        <translation>Le titre de la carte.</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py"/>
        <source>Free notes; saved as you type.</source>
        <translation>Notes libres; enregistrées à mesure que vous tapez.</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py"/>
        <source>Owner role</source>
        <translation>Rôle responsable</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py"/>
        <source>Who owns this practice.</source>
        <translation>Le rôle responsable de cette pratique.</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py"/>
        <source>How far it has come.</source>
        <translation>Où en est la pratique.</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py"/>
        <source>Cadence</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py"/>
        <source>How often the practice runs. A one-off activity cannot notice what happens later, in operation; the drills time detection by it.</source>
        <translation>La fréquence de la pratique. Une activité ponctuelle ne peut pas remarquer ce qui se passe plus tard, en exploitation; les exercices en tiennent compte pour dater la détection.</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py"/>
        <source>Capabilities</source>
        <translation>Capacités</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py"/>
        <source>What this practice provides; the rules check these.</source>
        <translation>Ce que fournit cette pratique; les règles le vérifient.</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py"/>
        <source>Catalog description</source>
        <translation>Description du catalogue</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py"/>
        <source>Link to…</source>
        <translation>Relier à…</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py"/>
        <source>Link this card to another</source>
        <translation>Relier cette carte à une autre</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py"/>
        <source>Choose a target card and the kind of link.</source>
        <translation>Choisissez une carte cible et le type de lien.</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py"/>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py"/>
        <source>&amp;Owner</source>
        <translation>&amp;Responsable</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py"/>
        <source>&amp;Status</source>
        <translation>Ét&amp;at</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py"/>
        <source>C&amp;adence</source>
        <translation>&amp;Fréquence</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py"/>
        <source>&amp;Capabilities</source>
        <translation>&amp;Capacités</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py"/>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py"/>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py"/>
        <source>Link kind</source>
        <translation>Type de lien</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py"/>
        <source>What the link means.</source>
        <translation>Ce que signifie le lien.</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py"/>
        <source>A custom card of this team.</source>
        <translation>Une carte personnalisée de cette équipe.</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py"/>
        <source>A card needs a title; the old one was kept.</source>
        <translation>Une carte doit avoir un titre; l'ancien a été conservé.</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py"/>
        <source>Titles are at most {n} characters; the title was shortened.</source>
        <translation>Les titres comptent au plus {n} caractères; le titre a été raccourci.</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py"/>
        <source>Notes are at most {n} characters; the rest was cut off.</source>
        <translation>Les notes comptent au plus {n} caractères; le reste a été coupé.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../views/editor.py"/>
        <source>Unknown practice {key!r}: nothing was added.</source>
        <translation>Pratique inconnue {key!r} : rien n'a été ajouté.</translation>
    </message>
    <message>
        <location filename="../../views/editor.py"/>
        <source>Add “{title}”</source>
        <translation>Ajouter « {title} »</translation>
    </message>
    <message>
        <location filename="../../views/editor.py"/>
        <source>Move {n} cards</source>
        <translation>Déplacer {n} cartes</translation>
    </message>
    <message>
        <location filename="../../views/editor.py"/>
        <source>Move to {phase}</source>
        <translation>Déplacer vers {phase}</translation>
    </message>
    <message>
        <location filename="../../views/editor.py"/>
        <source>Nudge</source>
        <translation>Décaler</translation>
    </message>
    <message>
        <location filename="../../views/editor.py"/>
        <source>Not changed: {error}</source>
        <translation>Non modifié : {error}</translation>
    </message>
    <message>
        <location filename="../../views/editor.py"/>
        <source>Edit “{title}”</source>
        <translation>Modifier « {title} »</translation>
    </message>
    <message>
        <location filename="../../views/editor.py"/>
        <source>Delete {n} items</source>
        <translation>Supprimer {n} éléments</translation>
    </message>
    <message>
        <location filename="../../views/editor.py"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../views/editor.py"/>
        <source>Arrange {phase}</source>
        <translation>Disposer {phase}</translation>
    </message>
    <message>
        <location filename="../../views/editor.py"/>
        <source>Catalog titles in {language}</source>
        <translation>Titres du catalogue en {language}</translation>
    </message>
    <message>
        <location filename="../../views/editor.py"/>
        <source>Link</source>
        <translation>Relier</translation>
    </message>
    <message>
        <location filename="../../views/editor.py"/>
        <source>Change link kind</source>
        <translation>Changer le type de lien</translation>
    </message>
    <message>
        <location filename="../../views/editor.py"/>
        <source>Not renamed: {error}</source>
        <translation>Non renommée : {error}</translation>
    </message>
    <message>
        <location filename="../../views/editor.py"/>
        <source>Rename strategy</source>
        <translation>Renommer la stratégie</translation>
    </message>
    <message>
        <location filename="../../views/editor.py"/>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
</context>
<context>
    <name>languages</name>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>French</source>
        <translation>français</translation>
    </message>
</context>
<context>
    <name>links</name>
    <message>
        <location filename="../../views/items/link_item.py"/>
        <source>runs against the lifecycle direction</source>
        <translation>va à contresens du cycle de vie</translation>
    </message>
    <message>
        <location filename="../../views/labels.py"/>
        <source>flows into</source>
        <translation>alimente</translation>
    </message>
    <message>
        <location filename="../../views/labels.py"/>
        <source>gates</source>
        <translation>conditionne</translation>
    </message>
    <message>
        <location filename="../../views/labels.py"/>
        <source>triggers</source>
        <translation>déclenche</translation>
    </message>
    <message>
        <location filename="../../views/labels.py"/>
        <source>feeds back to</source>
        <translation>renvoie en rétroaction à</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>mlops-canvas: no interface language {code!r}; use {codes}.</source>
        <translation type="vanished">mlops-canvas : langue d'interface {code!r} inconnue; utilisez {codes}.</translation>
    </message>
</context>
<context>
    <name>markdown</name>
    <message>
        <location filename="../../app/export/markdown.py"/>
        <source>Links:</source>
        <translation>Liens :</translation>
    </message>
    <message>
        <location filename="../../app/export/markdown.py"/>
        <source>**{label}:** {value}</source>
        <translation>**{label} :** {value}</translation>
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
    <message>
        <location filename="../../app/export/markdown.py"/>
        <source>Exported {when}</source>
        <translation>Exporté le {when}</translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <location filename="../../views/actions.py"/>
        <source>Menu bar</source>
        <translation>Barre de menus</translation>
    </message>
    <message>
        <location filename="../../views/actions.py"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../views/actions.py"/>
        <source>New &amp;workshop…</source>
        <translation>Nouvel &amp;atelier…</translation>
    </message>
    <message>
        <location filename="../../views/actions.py"/>
        <source>&amp;Teams…</source>
        <translation>Éq&amp;uipes…</translation>
    </message>
    <message>
        <location filename="../../views/actions.py"/>
        <source>&amp;New strategy…</source>
        <translation>&amp;Nouvelle stratégie…</translation>
    </message>
    <message>
        <location filename="../../views/actions.py"/>
        <source>&amp;Rename strategy…</source>
        <translation>&amp;Renommer la stratégie…</translation>
    </message>
    <message>
        <location filename="../../views/actions.py"/>
        <source>&amp;Delete strategy…</source>
        <translation>&amp;Supprimer la stratégie…</translation>
    </message>
    <message>
        <location filename="../../views/actions.py"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../views/actions.py"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../views/actions.py"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../views/actions.py"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../views/actions.py"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../../views/actions.py"/>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <location filename="../../views/actions.py"/>
        <source>Duplica&amp;te</source>
        <translation>Dupli&amp;quer</translation>
    </message>
    <message>
        <location filename="../../views/actions.py"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../../views/actions.py"/>
        <source>&amp;Card</source>
        <translation>&amp;Carte</translation>
    </message>
    <message>
        <location filename="../../views/actions.py"/>
        <source>&amp;Custom card…</source>
        <translation>Carte &amp;personnalisée…</translation>
    </message>
    <message>
        <location filename="../../views/actions.py"/>
        <source>&amp;Link to…</source>
        <translation>&amp;Relier à…</translation>
    </message>
    <message>
        <location filename="../../views/actions.py"/>
        <source>&amp;Move to phase…</source>
        <translation>&amp;Déplacer vers une phase…</translation>
    </message>
    <message>
        <location filename="../../views/actions.py"/>
        <source>Move to &amp;previous phase</source>
        <translation>Déplacer vers la phase pr&amp;écédente</translation>
    </message>
    <message>
        <location filename="../../views/actions.py"/>
        <source>Move to &amp;next phase</source>
        <translation>Déplacer vers la phase &amp;suivante</translation>
    </message>
    <message>
        <location filename="../../views/actions.py"/>
        <source>Nudge left</source>
        <translation>Décaler vers la gauche</translation>
    </message>
    <message>
        <location filename="../../views/actions.py"/>
        <source>Nudge right</source>
        <translation>Décaler vers la droite</translation>
    </message>
    <message>
        <location filename="../../views/actions.py"/>
        <source>Nudge up</source>
        <translation>Décaler vers le haut</translation>
    </message>
    <message>
        <location filename="../../views/actions.py"/>
        <source>Nudge down</source>
        <translation>Décaler vers le bas</translation>
    </message>
    <message>
        <location filename="../../views/actions.py"/>
        <source>&amp;Arrange lane</source>
        <translation>Disposer le &amp;couloir</translation>
    </message>
    <message>
        <location filename="../../views/actions.py"/>
        <source>Catalog &amp;titles in this language</source>
        <translation>&amp;Titres du catalogue dans cette langue</translation>
    </message>
    <message>
        <location filename="../../views/actions.py"/>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <location filename="../../views/actions.py"/>
        <source>&amp;Palette search</source>
        <translation>Recherche dans la &amp;palette</translation>
    </message>
    <message>
        <location filename="../../views/actions.py"/>
        <source>&amp;Canvas</source>
        <translation>&amp;Canevas</translation>
    </message>
    <message>
        <location filename="../../views/actions.py"/>
        <source>&amp;Inspector</source>
        <translation>&amp;Inspecteur</translation>
    </message>
    <message>
        <location filename="../../views/actions.py"/>
        <source>&amp;Outline</source>
        <translation>P&amp;lan</translation>
    </message>
    <message>
        <location filename="../../views/actions.py"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../views/actions.py"/>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <location filename="../../views/actions.py"/>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location filename="../../views/actions.py"/>
        <source>Fit lanes to &amp;width</source>
        <translation>Ajuster les couloirs à la &amp;largeur</translation>
    </message>
    <message>
        <location filename="../../views/actions.py"/>
        <source>Whole &amp;board</source>
        <translation>&amp;Tout le canevas</translation>
    </message>
    <message>
        <location filename="../../views/actions.py"/>
        <source>Actual size (100%)</source>
        <translation>Taille réelle (100 %)</translation>
    </message>
    <message>
        <location filename="../../views/actions.py"/>
        <source>Zoom to &amp;lane</source>
        <translation>Zoom sur un c&amp;ouloir</translation>
    </message>
    <message>
        <location filename="../../views/actions.py"/>
        <source>&amp;Presentation mode</source>
        <translation>Mode &amp;présentation</translation>
    </message>
    <message>
        <location filename="../../views/actions.py"/>
        <source>&amp;High contrast</source>
        <translation>Contraste &amp;élevé</translation>
    </message>
    <message>
        <location filename="../../views/actions.py"/>
        <source>&amp;Font scale</source>
        <translation>Taille du te&amp;xte</translation>
    </message>
    <message>
        <location filename="../../views/actions.py"/>
        <source>P&amp;anels</source>
        <translation>Pa&amp;nneaux</translation>
    </message>
    <message>
        <location filename="../../views/translation.py"/>
        <source>Lan&amp;guage</source>
        <translation>Lan&amp;gue</translation>
    </message>
    <message>
        <location filename="../../views/translation.py"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../views/translation.py"/>
        <source>The interface will be in {language} at the next start of the app.</source>
        <translation>L'interface sera en {language} au prochain démarrage de l'application.</translation>
    </message>
    <message>
        <location filename="../../views/translation.py"/>
        <source>&amp;Restart now</source>
        <translation>&amp;Redémarrer maintenant</translation>
    </message>
    <message>
        <location filename="../../views/translation.py"/>
        <source>&amp;Later</source>
        <translation>&amp;Plus tard</translation>
    </message>
    <message>
        <location filename="../../views/translation.py"/>
        <source>Restarting closes this window (every edit is already saved) and opens the same workshop again.</source>
        <translation>Le redémarrage ferme cette fenêtre (chaque modification est déjà enregistrée) et rouvre le même atelier.</translation>
    </message>
</context>
<context>
    <name>metadata</name>
    <message>
        <location filename="../../app/export/batch.py"/>
        <source>coverage</source>
        <translation>couverture</translation>
    </message>
    <message>
        <location filename="../../app/export/batch.py"/>
        <location filename="../../app/review/day_documents.py"/>
        <location filename="../../app/review/report_pdf.py"/>
        <source>workshop</source>
        <translation>atelier</translation>
    </message>
    <message>
        <location filename="../../app/export/pdfdoc.py"/>
        <source>MLOps strategy for {scenario} — {workshop}</source>
        <translation>Stratégie MLOps pour {scenario} — {workshop}</translation>
    </message>
    <message>
        <location filename="../../app/export/pdfdoc.py"/>
        <source>AI governance</source>
        <translation>gouvernance de l'IA</translation>
    </message>
    <message>
        <location filename="../../app/review/day_documents.py"/>
        <source>reflection</source>
        <translation>réflexion</translation>
    </message>
    <message>
        <location filename="../../app/review/day_documents.py"/>
        <location filename="../../app/review/report_pdf.py"/>
        <source>facilitator report</source>
        <translation>rapport d'animation</translation>
    </message>
</context>
<context>
    <name>outline</name>
    <message>
        <location filename="../../views/docks/outline.py"/>
        <source>Outline</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../views/docks/outline.py"/>
        <source>Strategy outline</source>
        <translation>Plan de la stratégie</translation>
    </message>
    <message>
        <location filename="../../views/docks/outline.py"/>
        <source>Every phase with its cards, owners, statuses and links. F2 renames the selected card; the buttons below move, link or delete it.</source>
        <translation>Chaque phase avec ses cartes, ses responsables, ses états et ses liens. F2 renomme la carte sélectionnée; les boutons ci-dessous la déplacent, la relient ou la suppriment.</translation>
    </message>
    <message>
        <location filename="../../views/docks/outline.py"/>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <location filename="../../views/docks/outline.py"/>
        <source>Rename the card</source>
        <translation>Renommer la carte</translation>
    </message>
    <message>
        <location filename="../../views/docks/outline.py"/>
        <source>Move…</source>
        <translation>Déplacer…</translation>
    </message>
    <message>
        <location filename="../../views/docks/outline.py"/>
        <source>Move the card to another phase</source>
        <translation>Déplacer la carte vers une autre phase</translation>
    </message>
    <message>
        <location filename="../../views/docks/outline.py"/>
        <source>Link…</source>
        <translation>Relier…</translation>
    </message>
    <message>
        <location filename="../../views/docks/outline.py"/>
        <source>Link the card to another</source>
        <translation>Relier la carte à une autre</translation>
    </message>
    <message>
        <location filename="../../views/docks/outline.py"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../views/docks/outline.py"/>
        <source>Delete the card</source>
        <translation>Supprimer la carte</translation>
    </message>
    <message>
        <location filename="../../views/docks/outline.py"/>
        <source>Acts on the card selected in the outline.</source>
        <translation>Agit sur la carte sélectionnée dans le plan.</translation>
    </message>
    <message>
        <location filename="../../views/docks/outline.py"/>
        <source>{phase} ({n} cards)</source>
        <translation>{phase} ({n} cartes)</translation>
    </message>
    <message>
        <location filename="../../views/docks/outline.py"/>
        <source>A card needs a title; the old one was kept.</source>
        <translation>Une carte doit avoir un titre; l'ancien a été conservé.</translation>
    </message>
    <message>
        <location filename="../../views/docks/outline.py"/>
        <source>Titles are at most {n} characters; the title was shortened.</source>
        <translation>Les titres comptent au plus {n} caractères; le titre a été raccourci.</translation>
    </message>
</context>
<context>
    <name>packs</name>
    <message>
        <location filename="../../views/dialogs/packs.py"/>
        <source>verified</source>
        <translation>vérifié</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/packs.py"/>
        <source>modified</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/packs.py"/>
        <source>unsigned</source>
        <translation>non signé</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/packs.py"/>
        <source>{title}
{version} · in effect from {date}</source>
        <translation>{title}
{version} · en vigueur depuis le {date}</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/packs.py"/>
        <source> · {where} ({status})</source>
        <translation> · {where} ({status})</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/packs.py"/>
        <source>shipped</source>
        <translation>livré</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/packs.py"/>
        <source>agency folder</source>
        <translation>dossier de l'organisme</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/packs.py"/>
        <source>Rule packs</source>
        <translation>Ensembles de règles</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/packs.py"/>
        <source>Choose the frameworks the strategy is checked against.</source>
        <translation>Choisissez les cadres selon lesquels la stratégie est vérifiée.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/packs.py"/>
        <source>Available rule packs</source>
        <translation>Ensembles de règles disponibles</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/packs.py"/>
        <source>Tick a pack to check the strategy against it; Space toggles.</source>
        <translation>Cochez un ensemble pour vérifier la stratégie selon ses règles; Space coche ou décoche.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/packs.py"/>
        <source>Pack notes</source>
        <translation>Notes sur les ensembles</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/packs.py"/>
        <source>&amp;Suggest for this profile</source>
        <translation>&amp;Suggérer pour ce profil</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/packs.py"/>
        <source>Suggest packs for this profile</source>
        <translation>Suggérer des ensembles pour ce profil</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/packs.py"/>
        <source>Select exactly the packs whose conditions hold for the profile.</source>
        <translation>Sélectionner exactement les ensembles dont les conditions sont remplies pour le profil.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/packs.py"/>
        <source>{key}
not installed on this machine: its rules are not checked</source>
        <translation>{key}
non installé sur cet ordinateur : ses règles ne sont pas vérifiées</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/packs.py"/>
        <source>Could not load {file}
{problem}</source>
        <translation>Impossible de charger {file}
{problem}</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/packs.py"/>
        <source>{n} pack files could not be loaded; they are listed with the reason.</source>
        <translation>{n} fichiers d'ensembles de règles n'ont pas pu être chargés; ils sont énumérés avec la raison.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/packs.py"/>
        <source>{n} packs loaded.</source>
        <translation>{n} ensembles chargés.</translation>
    </message>
</context>
<context>
    <name>palette</name>
    <message>
        <location filename="../../views/docks/palette.py"/>
        <source>Owner: {role}</source>
        <translation>Responsable : {role}</translation>
    </message>
    <message>
        <location filename="../../views/docks/palette.py"/>
        <source>Provides: {caps}</source>
        <translation>Fournit : {caps}</translation>
    </message>
    <message>
        <location filename="../../views/docks/palette.py"/>
        <source>Palette</source>
        <translation>Palette</translation>
    </message>
    <message>
        <location filename="../../views/docks/palette.py"/>
        <source>Search practices, e.g. bias, drift, appeal</source>
        <translation>Rechercher des pratiques, p. ex. biais, dérive, recours</translation>
    </message>
    <message>
        <location filename="../../views/docks/palette.py"/>
        <source>Search the palette</source>
        <translation>Rechercher dans la palette</translation>
    </message>
    <message>
        <location filename="../../views/docks/palette.py"/>
        <source>Filters practices by title, description and capabilities as you type.</source>
        <translation>Filtre les pratiques par titre, description et capacités à mesure que vous tapez.</translation>
    </message>
    <message>
        <location filename="../../views/docks/palette.py"/>
        <source>Practice catalog</source>
        <translation>Catalogue des pratiques</translation>
    </message>
    <message>
        <location filename="../../views/docks/palette.py"/>
        <source>Practices grouped by phase. Drag one onto a lane, or press Enter to place it.</source>
        <translation>Pratiques regroupées par phase. Faites-en glisser une sur un couloir ou appuyez sur Enter pour la placer.</translation>
    </message>
    <message>
        <location filename="../../views/docks/palette.py"/>
        <source>Custom card…</source>
        <translation>Carte personnalisée…</translation>
    </message>
    <message>
        <location filename="../../views/docks/palette.py"/>
        <source>Add a custom card</source>
        <translation>Ajouter une carte personnalisée</translation>
    </message>
    <message>
        <location filename="../../views/docks/palette.py"/>
        <source>Create your own practice and choose the capabilities it provides.</source>
        <translation>Créez votre propre pratique et choisissez les capacités qu'elle fournit.</translation>
    </message>
</context>
<context>
    <name>phases</name>
    <message>
        <location filename="../../views/labels.py"/>
        <source>Data Management &amp; Preparation</source>
        <translation>Gestion et préparation des données</translation>
    </message>
    <message>
        <location filename="../../views/labels.py"/>
        <source>Model Development &amp; Training</source>
        <translation>Développement et entraînement du modèle</translation>
    </message>
    <message>
        <location filename="../../views/labels.py"/>
        <source>Model Evaluation &amp; Validation</source>
        <translation>Évaluation et validation du modèle</translation>
    </message>
    <message>
        <location filename="../../views/labels.py"/>
        <source>Model Deployment &amp; Serving</source>
        <translation>Déploiement et mise en service du modèle</translation>
    </message>
    <message>
        <location filename="../../views/labels.py"/>
        <source>Monitoring &amp; Maintenance</source>
        <translation>Surveillance et maintenance</translation>
    </message>
    <message>
        <location filename="../../views/labels.py"/>
        <source>Feedback Loop &amp; Continuous Improvement</source>
        <translation>Boucle de rétroaction et amélioration continue</translation>
    </message>
    <message>
        <location filename="../../views/labels.py"/>
        <source>Governance (cross-cutting)</source>
        <translation>Gouvernance (transversale)</translation>
    </message>
    <message>
        <location filename="../../views/labels.py"/>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <location filename="../../views/labels.py"/>
        <source>Development</source>
        <translation>Développement</translation>
    </message>
    <message>
        <location filename="../../views/labels.py"/>
        <source>Evaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <location filename="../../views/labels.py"/>
        <source>Deployment</source>
        <translation>Déploiement</translation>
    </message>
    <message>
        <location filename="../../views/labels.py"/>
        <source>Monitoring</source>
        <translation>Surveillance</translation>
    </message>
    <message>
        <location filename="../../views/labels.py"/>
        <source>Feedback</source>
        <translation>Rétroaction</translation>
    </message>
    <message>
        <location filename="../../views/labels.py"/>
        <source>Governance</source>
        <translation>Gouvernance</translation>
    </message>
</context>
<context>
    <name>plan</name>
    <message>
        <location filename="../../app/export/actions.py"/>
        <source>Every card is in place: no open actions.</source>
        <translation>Toutes les cartes sont en place : aucune action en suspens.</translation>
    </message>
    <message>
        <location filename="../../app/export/actions.py"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../app/export/actions.py"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../app/export/actions.py"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../app/export/actions.py"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../app/export/actions.py"/>
        <source>Next steps</source>
        <translation>Prochaines étapes</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/export/actions.py"/>
        <source>%n open action(s) (in progress first, then planned)</source>
        <translation>
            <numerusform>%n action en suspens (en cours d'abord, puis prévues)</numerusform>
            <numerusform>%n actions en suspens (en cours d'abord, puis prévues)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/export/board_drawing.py"/>
        <location filename="../../app/export/phase_slides.py"/>
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n carte</numerusform>
            <numerusform>%n cartes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/export/board_layout.py"/>
        <location filename="../../app/export/overview.py"/>
        <location filename="../../app/export/phase_slides.py"/>
        <source>No owner yet</source>
        <translation>Aucun responsable pour l'instant</translation>
    </message>
    <message>
        <location filename="../../app/export/deck.py"/>
        <location filename="../../app/export/handout.py"/>
        <location filename="../../app/export/pdfdoc.py"/>
        <location filename="../../app/export/textflow.py"/>
        <source>(continued)</source>
        <translation>(suite)</translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <source>Facilitator</source>
        <translation>Animation</translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <source>MLOps strategy</source>
        <translation>Stratégie MLOps</translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <source>No team members recorded.</source>
        <translation>Aucun membre d'équipe enregistré.</translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <source>Who owns what</source>
        <translation>Qui est responsable de quoi</translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <source>— nobody in the team</source>
        <translation>— personne dans l'équipe</translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <source>Cards owned</source>
        <translation>Cartes attribuées</translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <source>Team members</source>
        <translation>Membres de l'équipe</translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <source>The canvas has no cards yet.</source>
        <translation>Le canevas ne comporte encore aucune carte.</translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <source>Team and roles</source>
        <translation>Équipe et rôles</translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <source>None given</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <source>Deployer</source>
        <translation>Déployeur</translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <source>Provider and deployer</source>
        <translation>Fournisseur et déployeur</translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <source>EU</source>
        <translation>UE</translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <source>UK</source>
        <translation>R.-U.</translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <source>CA</source>
        <translation>CA</translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <source>US-FEDERAL</source>
        <translation>É.-U. (FÉDÉRAL)</translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <source>OTHER</source>
        <translation>AUTRE</translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <source>Scenario: {scenario}</source>
        <translation>Scénario : {scenario}</translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <source>Challenges</source>
        <translation>Défis</translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <source>Profile (as edited by the team)</source>
        <translation>Profil (tel que modifié par l'équipe)</translation>
    </message>
    <message>
        <location filename="../../app/export/pdfdoc.py"/>
        <source>Exported {when}</source>
        <translation>Exporté le {when}</translation>
    </message>
    <message>
        <location filename="../../app/export/phase_slides.py"/>
        <source>Lifecycle canvas</source>
        <translation>Canevas du cycle de vie</translation>
    </message>
    <message>
        <location filename="../../app/export/phase_slides.py"/>
        <source>{cards} cards and {links} links</source>
        <translation>{cards} cartes et {links} liens</translation>
    </message>
    <message>
        <location filename="../../app/export/phase_slides.py"/>
        <source>no cards yet in {phases}</source>
        <translation>aucune carte pour l'instant dans {phases}</translation>
    </message>
    <message>
        <location filename="../../app/export/phase_slides.py"/>
        <source>Owner: {owner}  ·  Status: {status}</source>
        <translation>Responsable : {owner}  ·  État : {status}</translation>
    </message>
    <message>
        <location filename="../../app/export/phase_slides.py"/>
        <source>Provides: {capabilities}</source>
        <translation>Fournit : {capabilities}</translation>
    </message>
    <message>
        <location filename="../../app/export/phase_slides.py"/>
        <source>Looks: {cadence}</source>
        <translation>Fréquence : {cadence}</translation>
    </message>
    <message>
        <location filename="../../app/export/phase_slides.py"/>
        <source>Links: {targets}</source>
        <translation>Liens : {targets}</translation>
    </message>
    <message>
        <location filename="../../app/export/phase_slides.py"/>
        <source>Phase {number} of {total}</source>
        <translation>Phase {number} sur {total}</translation>
    </message>
    <message>
        <location filename="../../app/export/phase_slides.py"/>
        <source>Cross-cutting controls</source>
        <translation>Mesures de contrôle transversales</translation>
    </message>
    <message>
        <source>Biometrics</source>
        <translation type="vanished">Biométrie</translation>
    </message>
    <message>
        <source>Critical infrastructure</source>
        <translation type="vanished">Infrastructures critiques</translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="vanished">Éducation</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation type="vanished">Emploi</translation>
    </message>
    <message>
        <source>Essential services</source>
        <translation type="vanished">Services essentiels</translation>
    </message>
    <message>
        <source>Law enforcement</source>
        <translation type="vanished">Répression</translation>
    </message>
    <message>
        <source>Migration</source>
        <translation type="vanished">Migration</translation>
    </message>
    <message>
        <source>Justice democracy</source>
        <translation type="vanished">Justice et démocratie</translation>
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
        <translation>Prévu, pas encore en place :</translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py"/>
        <source>Close it with:</source>
        <translation>À combler avec :</translation>
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
        <translation>Bloquant : une pratique interdite — %1.</translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py"/>
        <source>Ranked by what would hurt first</source>
        <translation>Classées selon ce qui ferait mal en premier</translation>
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
        <translation>Constats : %1%2 — tous dans le plan complet.</translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py"/>
        <source>Findings: %1 — ranked in the full plan.</source>
        <translation>Constats : %1 — classés dans le plan complet.</translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py"/>
        <source>No gaps: every rule in force is carried by cards in place.</source>
        <translation>Aucune lacune : chaque règle en vigueur est respectée par des cartes en place.</translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py"/>
        <source>Put “%1” in place</source>
        <translation>Mettre en place « %1 »</translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py"/>
        <source>to be named</source>
        <translation>à désigner</translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py"/>
        <source>Add “%1”</source>
        <translation>Ajouter « %1 »</translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py"/>
        <source>Finish “%1”</source>
        <translation>Terminer « %1 »</translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py"/>
        <source>Start “%1”</source>
        <translation>Commencer « %1 »</translation>
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
        <translation>Versions, cartes, constats et citations : dans le plan complet.</translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py"/>
        <source>How it was checked</source>
        <translation>Comment la vérification a été faite</translation>
    </message>
</context>
<context>
    <name>profile</name>
    <message>
        <location filename="../../app/export/overview.py"/>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>An AI system in the sense of EU AI Act Art. 3(1): it infers from its inputs how to produce outputs, with some autonomy. A fixed rules engine is not — but if it decides about people it is still an automated decision system (Canada's DADM, GDPR Art. 22).</source>
        <translation>Un système d'IA au sens du RIA, art. 3, point 1 : il déduit de ses entrées la manière de générer des sorties, avec une certaine autonomie. Un moteur de règles fixes n'en est pas un — mais s'il prend des décisions sur des personnes, il reste un système décisionnel automatisé (Directive sur la prise de décisions automatisée du Canada, art. 22 du RGPD).</translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Processes personal data (GDPR Art. 4(1)).</source>
        <translation>Traite des données à caractère personnel (art. 4, point 1, du RGPD).</translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Processes special-category data: health, ethnicity, religion, biometrics… (GDPR Art. 9).</source>
        <translation>Traite des catégories particulières de données : santé, origine ethnique, religion, biométrie… (art. 9 du RGPD).</translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Makes or supports decisions about individual people.</source>
        <translation>Prend ou appuie des décisions concernant des personnes physiques.</translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Those decisions have legal or similarly significant effects on people.</source>
        <translation>Ces décisions ont des effets juridiques ou des effets similaires importants sur les personnes.</translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Decisions are taken without meaningful human involvement.</source>
        <translation>Les décisions sont prises sans intervention humaine significative.</translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Evaluates personal aspects of people (GDPR Art. 4(4)).</source>
        <translation>Évalue des aspects personnels de personnes (art. 4, point 4, du RGPD).</translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>People interact with the system or see its output directly.</source>
        <translation>Des personnes interagissent avec le système ou voient directement ses sorties.</translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Generates text, images or other content.</source>
        <translation>Génère du texte, des images ou d'autres contenus.</translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Output is a principal basis for decisions with significant effects on rights or safety (US OMB M-25-21 'high-impact AI').</source>
        <translation>La sortie est un fondement principal de décisions ayant des effets importants sur les droits ou la sécurité (« IA à incidence élevée » de la note de service M-25-21 de l'OMB).</translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>The agency is a public authority: a body governed by public law, or one acting on its behalf (EU AI Act Art. 26(8), 27(1), 49(3); Canada's DADM binds federal institutions).</source>
        <translation>L'organisme est une autorité publique : un organisme de droit public ou un organisme agissant pour son compte (RIA, art. 26, par. 8, art. 27, par. 1, et art. 49, par. 3; la Directive sur la prise de décisions automatisée du Canada lie les institutions fédérales).</translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>A private body providing a public service (EU AI Act Art. 27(1) rights impact assessment), as distinct from a public authority.</source>
        <translation>Un organisme privé fournissant un service public (analyse d'impact sur les droits fondamentaux, RIA, art. 27, par. 1), par opposition à une autorité publique.</translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Scores or flags people for investigation, audit or control (a fraud risk list, a case selected for review) — they are affected even before any final decision.</source>
        <translation>Attribue une note ou un signalement à des personnes en vue d'une enquête, d'une vérification ou d'un contrôle (une liste de risques de fraude, un dossier choisi pour examen) — elles sont touchées avant même toute décision définitive.</translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Affects people in vulnerable situations: children, benefit claimants, patients, asylum seekers (EU AI Act Art. 9(9); a DPIA trigger on most national lists).</source>
        <translation>Touche des personnes en situation de vulnérabilité : enfants, bénéficiaires de prestations, patients, demandeurs d'asile (RIA, art. 9, par. 9; un déclencheur d'AIPD sur la plupart des listes nationales).</translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Systematically monitors publicly accessible areas on a large scale (GDPR Art. 35(3)(c)).</source>
        <translation>Surveille systématiquement à grande échelle des zones accessibles au public (art. 35, par. 3, point c), du RGPD).</translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Processes special-category data to detect and correct bias (EU AI Act Art. 10(5)).</source>
        <translation>Traite des catégories particulières de données pour détecter et corriger les biais (RIA, art. 10, par. 5).</translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>The provider relies on EU AI Act Art. 6(3): the Annex III system only does a narrow procedural or preparatory task and poses no significant risk (unavailable when it profiles people).</source>
        <translation>Le fournisseur invoque l'art. 6, par. 3, du RIA : le système visé à l'annexe III n'accomplit qu'une tâche procédurale étroite ou préparatoire et ne présente pas de risque important (impossible lorsqu'il effectue un profilage de personnes).</translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Practices of EU AI Act Art. 5(1) that the use involves (screened by the questionnaire); any of them is prohibited.</source>
        <translation>Pratiques visées à l'art. 5, par. 1, du RIA que comporte l'utilisation (repérées par le questionnaire); chacune est interdite.</translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>The date on which to evaluate the law (the planned go-live, say); today when not set.</source>
        <translation>La date à laquelle évaluer le droit (la date prévue de mise en service, par exemple); aujourd'hui si elle n'est pas fixée.</translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Processes personal data on a large scale: many people, much data, or a wide area (GDPR Art. 35(3)(b)).</source>
        <translation>Traite des données personnelles à grande échelle : beaucoup de personnes, beaucoup de données ou un vaste territoire (art. 35, par. 3, point b), du RGPD).</translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Keeps learning after deployment, so its outputs can feed its future inputs (EU AI Act Art. 15(4) feedback loops).</source>
        <translation>Continue d'apprendre après le déploiement : ses sorties peuvent alimenter ses entrées futures (boucles de rétroaction, RIA, art. 15, par. 4).</translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Where it is used.</source>
        <translation>Où il est utilisé.</translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Impact level I–IV (Canada's DADM, Appendix B).</source>
        <translation>Niveau d'incidence I à IV (Directive sur la prise de décisions automatisée du Canada, annexe B).</translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>EU AI Act Annex III high-risk area, or none.</source>
        <translation>Domaine à haut risque de l'annexe III du RIA, ou aucun.</translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>The agency builds the system (provider), uses it (deployer), or both.</source>
        <translation>L'organisme construit le système (fournisseur), l'utilise (déployeur) ou les deux.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile.py"/>
        <source>Profile editor</source>
        <translation>Éditeur de profil</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile.py"/>
        <source>The facts about the AI system that decide which rules apply.</source>
        <translation>Les faits sur le système d'IA qui déterminent les règles applicables.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile.py"/>
        <source>Profile fields</source>
        <translation>Champs du profil</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile.py"/>
        <source>&amp;Today</source>
        <translation>A&amp;ujourd'hui</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile.py"/>
        <source>Check the law as of today</source>
        <translation>Vérifier le droit en vigueur aujourd'hui</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile.py"/>
        <source>Untick to check the law as it stands on another date.</source>
        <translation>Décochez pour vérifier le droit en vigueur à une autre date.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile.py"/>
        <source>Rules not yet in force on this date show as upcoming, not as gaps. Pick the planned go-live to see what will apply then.</source>
        <translation>Les règles pas encore en vigueur à cette date sont affichées comme à venir, et non comme des lacunes. Choisissez la date prévue de mise en service pour voir ce qui s'appliquera alors.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile.py"/>
        <source>EU AI Act: exemption and prohibitions</source>
        <translation>RIA : dérogation et interdictions</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile.py"/>
        <source>Art. 6(3) takes some Annex III uses out of the high-risk regime; Art. 5 prohibits some uses outright.</source>
        <translation>L'art. 6, par. 3, soustrait certaines utilisations de l'annexe III au régime à haut risque; l'art. 5 interdit purement et simplement certaines utilisations.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile.py"/>
        <source>Tick any the use involves. A prohibited practice blocks the check: no card can make it lawful.</source>
        <translation>Cochez celles que comporte l'utilisation. Une pratique interdite bloque la vérification : aucune carte ne peut la rendre licite.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile.py"/>
        <source>Risk classification</source>
        <translation>Classification des risques</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile.py"/>
        <source>Level {n}</source>
        <translation>Niveau {n}</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile.py"/>
        <source>Profile and rule packs</source>
        <translation>Profil et ensembles de règles</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile.py"/>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile.py"/>
        <source>&amp;Questionnaire</source>
        <translation>&amp;Questionnaire</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile.py"/>
        <source>&amp;Rule packs</source>
        <translation>Ense&amp;mbles de règles</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile.py"/>
        <source>Dialog buttons</source>
        <translation>Boutons de la boîte de dialogue</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>What kind of system this is, and who runs it: decides which laws apply at all.</source>
        <translation>Le type de système et qui l'exploite : détermine quelles lois s'appliquent.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Decisions about people</source>
        <translation>Décisions concernant des personnes</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>How the system touches people: who is decided about, selected or affected.</source>
        <translation>Comment le système touche les personnes : qui fait l'objet d'une décision, d'une sélection ou d'un effet.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>What personal data it processes, how much and how.</source>
        <translation>Les données personnelles traitées, leur quantité et la manière.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Subliminal, manipulative or deceptive techniques that distort behaviour and cause significant harm</source>
        <translation>Techniques subliminales, manipulatrices ou trompeuses qui altèrent le comportement et causent un préjudice important</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Exploiting vulnerabilities of age, disability or social or economic situation to distort behaviour</source>
        <translation>Exploitation des vulnérabilités dues à l'âge, au handicap ou à la situation sociale ou économique pour altérer le comportement</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Social scoring: rating people over time by social behaviour or traits, leading to unjustified detrimental treatment</source>
        <translation>Notation sociale : évaluer des personnes au fil du temps d'après leur comportement social ou leurs caractéristiques, ce qui entraîne un traitement préjudiciable injustifié</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Predicting that a person will commit a crime solely from profiling or personality traits</source>
        <translation>Prédire qu'une personne commettra une infraction pénale uniquement sur la base du profilage ou de traits de personnalité</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Building facial-recognition databases by untargeted scraping of the internet or CCTV</source>
        <translation>Constitution de bases de données de reconnaissance faciale par moissonnage non ciblé d'images sur Internet ou de vidéosurveillance</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Emotion recognition in the workplace or in education (outside medical or safety reasons)</source>
        <translation>Reconnaissance des émotions sur le lieu de travail ou dans les établissements d'enseignement (hors raisons médicales ou de sécurité)</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Biometric categorisation to infer race, political opinions, religion, sex life or similar</source>
        <translation>Catégorisation biométrique visant à déduire la race, les opinions politiques, la religion, la vie sexuelle ou des caractéristiques semblables</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Real-time remote biometric identification in public spaces for law enforcement (narrow exceptions, Art. 5(2)–(7))</source>
        <translation>Identification biométrique à distance en temps réel dans des espaces accessibles au public à des fins répressives (exceptions étroites, art. 5, par. 2 à 7)</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Processes personal data</source>
        <translation>Traite des données personnelles</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Processes special-category data</source>
        <translation>Traite des données de catégories particulières</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Profiles people</source>
        <translation>Effectue un profilage de personnes</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Makes or supports decisions about people</source>
        <translation>Prend ou appuie des décisions concernant des personnes</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Decisions have legal or similar effects</source>
        <translation>Les décisions ont des effets juridiques ou similaires</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Decisions are solely automated</source>
        <translation>Les décisions sont exclusivement automatisées</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>High-impact AI (principal basis for decisions)</source>
        <translation>IA à incidence élevée (fondement principal des décisions)</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Public-facing</source>
        <translation>Destiné au public</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Generative AI</source>
        <translation>IA générative</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>An AI system (infers its outputs), not a fixed rules engine</source>
        <translation>Un système d'IA (il infère ses sorties), et non un moteur de règles fixes</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Public authority</source>
        <translation>Autorité publique</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Private body providing a public service</source>
        <translation>Organisme privé fournissant un service public</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Selects people for investigation or control</source>
        <translation>Sélectionne des personnes pour enquête ou contrôle</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Affects people in vulnerable situations</source>
        <translation>Touche des personnes en situation de vulnérabilité</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Monitors public areas on a large scale</source>
        <translation>Surveille des zones publiques à grande échelle</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Uses special-category data to detect and correct bias</source>
        <translation>Utilise des catégories particulières de données pour détecter et corriger les biais</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Relies on the AI Act Art. 6(3) derogation</source>
        <translation>Invoque la dérogation de l'art. 6, par. 3, du RIA</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>EU AI Act Art. 5 prohibited practices</source>
        <translation>Pratiques interdites par l'art. 5 du RIA</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Check the law as it stands on</source>
        <translation>Vérifier le droit en vigueur le</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Personal data on a large scale</source>
        <translation>Données personnelles à grande échelle</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Keeps learning after deployment</source>
        <translation>Continue d'apprendre après le déploiement</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Jurisdictions</source>
        <translation>Territoires de compétence</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Impact level</source>
        <translation>Niveau d'incidence</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>EU AI Act Annex III area</source>
        <translation>Domaine de l'annexe III du RIA</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Role under the EU AI Act</source>
        <translation>Rôle au sens du RIA</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Manipulative or deceptive techniques</source>
        <translation>Techniques manipulatrices ou trompeuses</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Exploiting vulnerabilities (age, disability, social situation)</source>
        <translation>Exploitation des vulnérabilités (âge, handicap, situation sociale)</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Social scoring</source>
        <translation>Notation sociale</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Predicting crime solely from profiling</source>
        <translation>Prédiction d'infractions fondée uniquement sur le profilage</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Untargeted scraping of facial images</source>
        <translation>Moissonnage non ciblé d'images faciales</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Emotion recognition at work or in education</source>
        <translation>Reconnaissance des émotions au travail ou dans l'enseignement</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Biometric categorisation by sensitive traits</source>
        <translation>Catégorisation biométrique selon des caractéristiques sensibles</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Real-time remote biometric identification for policing</source>
        <translation>Identification biométrique à distance en temps réel à des fins répressives</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>5(1)({point}) {name}</source>
        <translation>Art. 5, par. 1, point {point}) : {name}</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>European Union</source>
        <translation>Union européenne</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>United Kingdom</source>
        <translation>Royaume-Uni</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Canada (federal)</source>
        <translation>Canada (fédéral)</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>United States (federal agency)</source>
        <translation>États-Unis (organisme fédéral)</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Elsewhere</source>
        <translation>Ailleurs</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>None — not an Annex III use</source>
        <translation>Aucun — pas une utilisation visée à l'annexe III</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Biometrics</source>
        <translation>Biométrie</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Critical infrastructure</source>
        <translation>Infrastructures critiques</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Education and vocational training</source>
        <translation>Éducation et formation professionnelle</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Employment and workers</source>
        <translation>Emploi et gestion de la main-d'œuvre</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Essential public services and benefits</source>
        <translation>Services publics essentiels et prestations</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Law enforcement</source>
        <translation>Domaine répressif</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Migration, asylum and border control</source>
        <translation>Migration, asile et contrôle aux frontières</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Justice and democratic processes</source>
        <translation>Administration de la justice et processus démocratiques</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>{point}. {name}</source>
        <translation>{point}. {name}</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Provider — we build it</source>
        <translation>Fournisseur — nous le construisons</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Deployer — we use one built by others</source>
        <translation>Déployeur — nous utilisons un système construit par d'autres</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Provider and deployer — both</source>
        <translation>Fournisseur et déployeur — les deux</translation>
    </message>
</context>
<context>
    <name>questionnaire</name>
    <message>
        <location filename="../../app/checker/questionnaire.py"/>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>A person decides; the output is one input among others</source>
        <translation>Une personne décide; la sortie n'est qu'un élément parmi d'autres</translation>
    </message>
    <message>
        <location filename="../../app/checker/questionnaire.py"/>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>A person reviews each output before it takes effect</source>
        <translation>Une personne examine chaque sortie avant qu'elle prenne effet</translation>
    </message>
    <message>
        <location filename="../../app/checker/questionnaire.py"/>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>The output takes effect without case-by-case human review</source>
        <translation>La sortie prend effet sans examen humain au cas par cas</translation>
    </message>
    <message>
        <location filename="../../app/checker/questionnaire.py"/>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Easily reversed and brief</source>
        <translation>Facile à renverser et bref</translation>
    </message>
    <message>
        <location filename="../../app/checker/questionnaire.py"/>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Likely reversible and short-term</source>
        <translation>Probablement réversible et de courte durée</translation>
    </message>
    <message>
        <location filename="../../app/checker/questionnaire.py"/>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Difficult to reverse, possibly ongoing</source>
        <translation>Difficile à renverser, peut-être continu</translation>
    </message>
    <message>
        <location filename="../../app/checker/questionnaire.py"/>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Irreversible or lasting</source>
        <translation>Irréversible ou durable</translation>
    </message>
    <message>
        <location filename="../../app/checker/questionnaire.py"/>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Fewer than a thousand</source>
        <translation>Moins d'un millier</translation>
    </message>
    <message>
        <location filename="../../app/checker/questionnaire.py"/>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Thousands</source>
        <translation>Des milliers</translation>
    </message>
    <message>
        <location filename="../../app/checker/questionnaire.py"/>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>A large share of the population</source>
        <translation>Une grande partie de la population</translation>
    </message>
    <message>
        <location filename="../../app/checker/questionnaire.py"/>
        <source>{why}: +{points}</source>
        <translation>{why} : +{points}</translation>
    </message>
    <message>
        <location filename="../../app/checker/questionnaire.py"/>
        <source>Uses personal data</source>
        <translation>Utilise des données à caractère personnel</translation>
    </message>
    <message>
        <location filename="../../app/checker/questionnaire.py"/>
        <source>Uses special-category data (GDPR Art. 9)</source>
        <translation>Utilise des catégories particulières de données (RGPD, art. 9)</translation>
    </message>
    <message>
        <location filename="../../app/checker/questionnaire.py"/>
        <source>Evaluates personal aspects of people (profiling)</source>
        <translation>Évalue des aspects personnels des personnes (profilage)</translation>
    </message>
    <message>
        <location filename="../../app/checker/questionnaire.py"/>
        <source>Human role: {choice}</source>
        <translation>Rôle humain : {choice}</translation>
    </message>
    <message>
        <location filename="../../app/checker/questionnaire.py"/>
        <source>The output is the main basis for the decision</source>
        <translation>Le résultat est le principal fondement de la décision</translation>
    </message>
    <message>
        <location filename="../../app/checker/questionnaire.py"/>
        <source>Decisions affect rights, benefits, liberty or access to services</source>
        <translation>Les décisions touchent des droits, des prestations, la liberté ou l'accès à des services</translation>
    </message>
    <message>
        <location filename="../../app/checker/questionnaire.py"/>
        <source>Harm is {choice}</source>
        <translation>Préjudice : {choice}</translation>
    </message>
    <message>
        <location filename="../../app/checker/questionnaire.py"/>
        <source>People in vulnerable situations are affected</source>
        <translation>Des personnes en situation de vulnérabilité sont touchées</translation>
    </message>
    <message>
        <location filename="../../app/checker/questionnaire.py"/>
        <source>Scale: {choice}</source>
        <translation>Ampleur : {choice}</translation>
    </message>
    <message>
        <location filename="../../app/checker/questionnaire.py"/>
        <source>Score {score} of {most} ({share}): impact level {level} (thresholds as in Canada's AIA tool: up to 25 % I, 50 % II, 75 % III, above that IV).</source>
        <translation>Note de {score} sur {most} ({share}) : niveau d'incidence {level} (seuils de l'outil d'EIA du Canada : jusqu'à 25 % I, 50 % II, 75 % III, au-delà IV).</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire.py"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire.py"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire.py"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire.py"/>
        <source>{field}: {old} → {new}</source>
        <translation>{field} : {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire.py"/>
        <source>Question {n}</source>
        <translation>Question {n}</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire.py"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire.py"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire.py"/>
        <source>— not answered —</source>
        <translation>— sans réponse —</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire.py"/>
        <source>Guided questionnaire</source>
        <translation>Questionnaire guidé</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire.py"/>
        <source>Answer plain questions; the impact level and profile facts follow.</source>
        <translation>Répondez à des questions simples; le niveau d'incidence et les faits du profil en découlent.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire.py"/>
        <source>Answer what you can; follow-up questions appear when they matter. Unanswered questions keep the current profile's facts. The impact level is a workshop estimate on the thresholds of Canada's AIA tool, not an official assessment.</source>
        <translation>Répondez à ce que vous pouvez; des questions de suivi apparaissent quand elles comptent. Les questions sans réponse gardent les faits du profil actuel. Le niveau d'incidence est une estimation d'atelier fondée sur les seuils de l'outil d'évaluation de l'incidence algorithmique du Canada, et non une évaluation officielle.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire.py"/>
        <source>How the questionnaire works</source>
        <translation>Fonctionnement du questionnaire</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire.py"/>
        <source>Questions and reasoning</source>
        <translation>Questions et raisonnement</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire.py"/>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire.py"/>
        <source>Reasoning</source>
        <translation>Raisonnement</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire.py"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire.py"/>
        <source>Reasoning lines</source>
        <translation>Lignes du raisonnement</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire.py"/>
        <source>Each answer's points and what the resulting profile means.</source>
        <translation>Les points de chaque réponse et ce que signifie le profil qui en résulte.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire.py"/>
        <source>Rule packs that apply</source>
        <translation>Ensembles de règles applicables</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire.py"/>
        <source>For each rule pack, whether it applies to the answers' profile and why.</source>
        <translation>Pour chaque ensemble de règles, s'il s'applique au profil issu des réponses, et pourquoi.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire.py"/>
        <source>Which rule packs apply, and why:</source>
        <translation>Ensembles de règles applicables, et pourquoi :</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire.py"/>
        <source>Which rule packs apply, and why</source>
        <translation>Ensembles de règles applicables, et pourquoi</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire.py"/>
        <source>What would change</source>
        <translation>Ce qui changerait</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire.py"/>
        <source>Appl&amp;y this profile</source>
        <translation>Applique&amp;r ce profil</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire.py"/>
        <source>Apply this profile</source>
        <translation>Appliquer ce profil</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire.py"/>
        <source>Replace the strategy's profile with the one the answers give (undoable).</source>
        <translation>Remplacer le profil de la stratégie par celui qui découle des réponses (annulable).</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire.py"/>
        <source>These answers cannot be assessed: {e}</source>
        <translation>Ces réponses ne peuvent pas être évaluées : {e}</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire.py"/>
        <source>{n} of {asked} questions answered. Impact level {level} (score {score}).</source>
        <translation>{n} questions répondues sur {asked}. Niveau d'incidence {level} (note {score}).</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire.py"/>
        <source>Applying changes: {changes}</source>
        <translation>Changements appliqués : {changes}</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire.py"/>
        <source>Applying would not change the profile.</source>
        <translation>L'application ne changerait pas le profil.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Does the system learn from data or infer its outputs (machine learning, a statistical or language model) — rather than only apply fixed rules written by people?</source>
        <translation>Le système apprend-il à partir de données ou infère-t-il ses sorties (apprentissage automatique, modèle statistique ou de langage) — plutôt que d'appliquer seulement des règles fixes écrites par des personnes?</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>An AI system in the sense of EU AI Act Art. 3(1). A fixed rules engine is not one, so the AI Act does not apply — but if it decides about people it is still an automated decision system for Canada's directive and GDPR Art. 22 (Robodebt was rules-based).</source>
        <translation>Un système d'IA au sens du RIA, art. 3, point 1. Un moteur de règles fixes n'en est pas un, et le RIA ne s'applique donc pas — mais s'il prend des décisions sur des personnes, il reste un système décisionnel automatisé au sens de la directive canadienne et de l'art. 22 du RGPD (Robodebt reposait sur des règles).</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Is the agency a public authority — a body governed by public law, or one acting on its behalf?</source>
        <translation>L'organisme est-il une autorité publique — un organisme de droit public ou un organisme agissant pour son compte?</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>A ministry, agency, municipality, public hospital or school, or a contractor acting for one. It decides the EU AI Act's registration of use (Arts. 26(8), 49(3)), its rights impact assessment (Art. 27) and whether Canada's directive binds the agency.</source>
        <translation>Un ministère, un organisme, une municipalité, un hôpital public ou une école, ou un prestataire agissant pour leur compte. Cela détermine l'enregistrement de l'utilisation au titre du RIA (art. 26, par. 8, et art. 49, par. 3), son analyse d'impact sur les droits fondamentaux (art. 27) et si la directive canadienne lie l'organisme.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Is it a private body providing a public service?</source>
        <translation>S'agit-il d'un organisme privé fournissant un service public?</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>A private provider of a public service must also assess fundamental rights before using a high-risk system (EU AI Act Art. 27(1)).</source>
        <translation>Un prestataire privé d'un service public doit aussi analyser l'impact sur les droits fondamentaux avant d'utiliser un système à haut risque (RIA, art. 27, par. 1).</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Does the system use information about identifiable people?</source>
        <translation>Le système utilise-t-il des renseignements sur des personnes identifiables?</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Does it use health, ethnic origin, religion, biometric, sexual-orientation, political or trade-union data — or close proxies for them?</source>
        <translation>Utilise-t-il des données sur la santé, l'origine ethnique, la religion, des données biométriques, sur l'orientation sexuelle, les opinions politiques ou l'appartenance syndicale — ou des indicateurs proches de ces données?</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Is the personal data processed on a large scale — many people, a large volume of records, or a whole region or country?</source>
        <translation>Les données personnelles sont-elles traitées à grande échelle — beaucoup de personnes, un grand volume de dossiers, ou toute une région ou tout un pays?</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>GDPR Art. 35(3)(b): special-category data on a large scale always needs a data protection impact assessment.</source>
        <translation>Art. 35, par. 3, point b), du RGPD : les catégories particulières de données traitées à grande échelle exigent toujours une analyse d'impact relative à la protection des données.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Does it evaluate or predict personal aspects of people (behaviour, reliability, risk, needs)?</source>
        <translation>Évalue-t-il ou prédit-il des aspects personnels des personnes (comportement, fiabilité, risque, besoins)?</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Will special-category data be used to detect and correct bias?</source>
        <translation>Des catégories particulières de données seront-elles utilisées pour détecter et corriger les biais?</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>EU AI Act Art. 10(5) allows it only when strictly necessary and with safeguards.</source>
        <translation>L'art. 10, par. 5, du RIA ne le permet qu'en cas de stricte nécessité et moyennant des garanties.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Does it systematically monitor publicly accessible areas on a large scale (cameras, sensors, number-plate readers)?</source>
        <translation>Surveille-t-il systématiquement à grande échelle des zones accessibles au public (caméras, capteurs, lecteurs de plaques d'immatriculation)?</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>GDPR Art. 35(3)(c): always needs a data protection impact assessment.</source>
        <translation>Art. 35, par. 3, point c), du RGPD : exige toujours une analyse d'impact relative à la protection des données.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Does it score or select people for investigation, audit or control (a fraud risk list, cases picked for review)?</source>
        <translation>Attribue-t-il une note à des personnes ou les sélectionne-t-il pour une enquête, une vérification ou un contrôle (une liste de risques de fraude, des dossiers choisis pour examen)?</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>People selected by a score are affected before any final decision: they must be told and be able to contest it (Robodebt, the Dutch childcare benefits, SyRI).</source>
        <translation>Les personnes sélectionnées par une note sont touchées avant toute décision définitive : elles doivent en être informées et pouvoir la contester (Robodebt, l'affaire des allocations de garde d'enfants aux Pays-Bas, SyRI).</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Does its output make or help make decisions about individual people?</source>
        <translation>Ses sorties servent-elles à prendre des décisions concernant des personnes physiques, ou à y contribuer?</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Can such a decision affect someone's rights, benefits, liberty, legal status or access to a service?</source>
        <translation>Une telle décision peut-elle toucher les droits, les prestations, la liberté, le statut juridique d'une personne ou son accès à un service?</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>What do people do with the output?</source>
        <translation>Que font les personnes de la sortie?</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Is the output the main basis for the decision (staff rarely depart from it)?</source>
        <translation>La sortie est-elle le fondement principal de la décision (le personnel s'en écarte rarement)?</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>If the system gets it wrong, how hard is the harm to undo?</source>
        <translation>Si le système se trompe, à quel point le préjudice est-il difficile à réparer?</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Are people in vulnerable situations affected (children, benefit claimants, patients, asylum seekers)?</source>
        <translation>Des personnes en situation de vulnérabilité sont-elles touchées (enfants, bénéficiaires de prestations, patients, demandeurs d'asile)?</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>How many people does it affect each year?</source>
        <translation>Combien de personnes touche-t-il chaque année?</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Do members of the public interact with it or see its output directly?</source>
        <translation>Des membres du public interagissent-ils avec le système ou voient-ils directement ses sorties?</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Could a failure harm people's health or safety, or disrupt critical services (water, power, transport, emergency response)?</source>
        <translation>Une défaillance pourrait-elle nuire à la santé ou à la sécurité des personnes, ou perturber des services essentiels (eau, électricité, transport, intervention d'urgence)?</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>US OMB M-25-21 counts AI whose output is a principal basis for actions with a significant effect on safety as high-impact, even when no individual decision is made.</source>
        <translation>La note de service M-25-21 de l'OMB considère comme à incidence élevée une IA dont la sortie est un fondement principal d'actions ayant un effet important sur la sécurité, même sans décision individuelle.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Does it generate text, images, audio or video?</source>
        <translation>Génère-t-il du texte, des images, du son ou des vidéos?</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Will the model keep learning from new data while in service, without a new release being tested and approved?</source>
        <translation>Le modèle continuera-t-il d'apprendre à partir de nouvelles données en service, sans qu'une nouvelle version soit mise à l'essai et approuvée?</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Online learning or automatic retraining: its own outputs can become its future inputs (EU AI Act Art. 15(4), feedback loops).</source>
        <translation>Apprentissage en ligne ou réentraînement automatique : ses propres sorties peuvent devenir ses entrées futures (RIA, art. 15, par. 4, boucles de rétroaction).</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Where is it used?</source>
        <translation>Où est-il utilisé?</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>European Union</source>
        <translation>Union européenne</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>United Kingdom</source>
        <translation>Royaume-Uni</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Canada (federal)</source>
        <translation>Canada (fédéral)</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>United States (federal agency)</source>
        <translation>États-Unis (organisme fédéral)</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Elsewhere</source>
        <translation>Ailleurs</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Does the use fall in one of the EU AI Act's high-risk areas (Annex III)?</source>
        <translation>L'utilisation relève-t-elle d'un des domaines à haut risque du RIA (annexe III)?</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>None of these</source>
        <translation>Aucune de ces pratiques</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Biometric identification or categorisation</source>
        <translation>Identification ou catégorisation biométrique</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Safety of critical infrastructure</source>
        <translation>Sécurité des infrastructures critiques</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Education and vocational training</source>
        <translation>Éducation et formation professionnelle</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Employment and workers</source>
        <translation>Emploi et gestion de la main-d'œuvre</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Access to essential public services and benefits</source>
        <translation>Accès aux services publics essentiels et aux prestations</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Law enforcement</source>
        <translation>Domaine répressif</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Migration, asylum and border control</source>
        <translation>Migration, asile et contrôle aux frontières</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Justice and democratic processes</source>
        <translation>Administration de la justice et processus démocratiques</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>If it is in one of those areas: does it only perform a narrow procedural or preparatory task, without replacing or materially influencing a person's assessment?</source>
        <translation>S'il relève de l'un de ces domaines : n'accomplit-il qu'une tâche procédurale étroite ou préparatoire, sans remplacer ni influencer sensiblement l'évaluation faite par une personne?</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>EU AI Act Art. 6(3): the provider may then document that it is not high-risk (Art. 6(4)) and must still register it (Art. 49(2)). Never available when the system profiles people.</source>
        <translation>RIA, art. 6, par. 3 : le fournisseur peut alors documenter que le système n'est pas à haut risque (art. 6, par. 4) et doit quand même l'enregistrer (art. 49, par. 2). Jamais possible lorsque le système effectue un profilage de personnes.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Does the use involve any of these practices?</source>
        <translation>L'utilisation comporte-t-elle l'une de ces pratiques?</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>EU AI Act Art. 5(1): prohibited since 2 February 2025. Any of them blocks the use (narrow exceptions for 5(1)(h), with prior authorisation).</source>
        <translation>RIA, art. 5, par. 1 : interdit depuis le 2 février 2025. Chacune bloque l'utilisation (exceptions étroites pour le point h), avec autorisation préalable).</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Subliminal, manipulative or deceptive techniques that distort behaviour and cause significant harm</source>
        <translation>Techniques subliminales, manipulatrices ou trompeuses qui altèrent le comportement et causent un préjudice important</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Exploiting vulnerabilities of age, disability or social or economic situation to distort behaviour</source>
        <translation>Exploitation des vulnérabilités dues à l'âge, au handicap ou à la situation sociale ou économique pour altérer le comportement</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Social scoring: rating people over time by social behaviour or traits, leading to unjustified detrimental treatment</source>
        <translation>Notation sociale : évaluer des personnes au fil du temps d'après leur comportement social ou leurs caractéristiques, ce qui entraîne un traitement préjudiciable injustifié</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Predicting that a person will commit a crime solely from profiling or personality traits</source>
        <translation>Prédire qu'une personne commettra une infraction pénale uniquement sur la base du profilage ou de traits de personnalité</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Building facial-recognition databases by untargeted scraping of the internet or CCTV</source>
        <translation>Constitution de bases de données de reconnaissance faciale par moissonnage non ciblé d'images sur Internet ou de vidéosurveillance</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Emotion recognition in the workplace or in education (outside medical or safety reasons)</source>
        <translation>Reconnaissance des émotions sur le lieu de travail ou dans les établissements d'enseignement (hors raisons médicales ou de sécurité)</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Biometric categorisation to infer race, political opinions, religion, sex life or similar</source>
        <translation>Catégorisation biométrique visant à déduire la race, les opinions politiques, la religion, la vie sexuelle ou des caractéristiques semblables</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Real-time remote biometric identification in public spaces for law enforcement (narrow exceptions, Art. 5(2)–(7))</source>
        <translation>Identification biométrique à distance en temps réel dans des espaces accessibles au public à des fins répressives (exceptions étroites, art. 5, par. 2 à 7)</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Does the agency build the system, use one built by others, or both?</source>
        <translation>L'organisme construit-il le système, en utilise-t-il un construit par d'autres, ou les deux?</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>We build it (provider)</source>
        <translation>Nous le construisons (fournisseur)</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>We use it (deployer)</source>
        <translation>Nous l'utilisons (déployeur)</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Both</source>
        <translation>Les deux</translation>
    </message>
    <message>
        <source>&amp;Apply this profile</source>
        <translation type="vanished">&amp;Appliquer ce profil</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="vanished">&amp;Oui</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="vanished">&amp;Non</translation>
    </message>
</context>
<context>
    <name>rail</name>
    <message>
        <location filename="../../views/rail.py"/>
        <source>Panel rail</source>
        <translation>Rail des panneaux</translation>
    </message>
    <message>
        <location filename="../../views/rail.py"/>
        <source>Opens and closes the side panels; each has a function key.</source>
        <translation>Ouvre et ferme les panneaux latéraux; chacun a une touche de fonction.</translation>
    </message>
    <message>
        <location filename="../../views/rail.py"/>
        <source>Panel buttons</source>
        <translation>Boutons des panneaux</translation>
    </message>
    <message>
        <location filename="../../views/rail.py"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location filename="../../views/rail.py"/>
        <source>Close every panel, or bring them back (F9)</source>
        <translation>Fermer tous les panneaux, ou les rouvrir (F9)</translation>
    </message>
    <message>
        <location filename="../../views/rail.py"/>
        <source>{panel} ({key}): open, bring forward or close</source>
        <translation>{panel} ({key}) : ouvrir, mettre au premier plan ou fermer</translation>
    </message>
    <message>
        <location filename="../../views/rail.py"/>
        <source>Canvas and panel rail</source>
        <translation>Canevas et rail des panneaux</translation>
    </message>
</context>
<context>
    <name>review</name>
    <message>
        <location filename="../../app/review/compare.py"/>
        <source>Pick at least two strategies to compare.</source>
        <translation>Choisissez au moins deux stratégies à comparer.</translation>
    </message>
    <message>
        <location filename="../../app/review/compare.py"/>
        <source>The same strategy is picked twice.</source>
        <translation>La même stratégie est choisie deux fois.</translation>
    </message>
    <message>
        <location filename="../../app/review/compare.py"/>
        <source>Only strategies of the same scenario can be compared side by side (these are for {scenarios}).</source>
        <translation>Seules les stratégies d'un même scénario peuvent être comparées côte à côte (celles-ci portent sur {scenarios}).</translation>
    </message>
    <message>
        <location filename="../../app/review/peers.py"/>
        <source>Team {team} is not reviewed by anyone.</source>
        <translation>L'équipe {team} n'est examinée par personne.</translation>
    </message>
    <message>
        <location filename="../../app/review/peers.py"/>
        <source>Team {team} is reviewed {times} times.</source>
        <translation>L'équipe {team} est examinée {times} fois.</translation>
    </message>
    <message>
        <location filename="../../app/review/peers.py"/>
        <source>Team {team} has nothing to review.</source>
        <translation>L'équipe {team} n'a rien à examiner.</translation>
    </message>
    <message>
        <location filename="../../app/review/peers.py"/>
        <source>Team {team} is in the round but not in the workshop.</source>
        <translation>L'équipe {team} fait partie du tour, mais pas de l'atelier.</translation>
    </message>
    <message>
        <location filename="../../app/review/review_slides.py"/>
        <source>not scored</source>
        <translation>non noté</translation>
    </message>
    <message>
        <location filename="../../app/review/review_slides.py"/>
        <source>Rubric scores</source>
        <translation>Notes selon la grille</translation>
    </message>
    <message>
        <location filename="../../app/review/review_slides.py"/>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <location filename="../../app/review/review_slides.py"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../app/review/review_slides.py"/>
        <source>What the level means</source>
        <translation>Ce que signifie le niveau</translation>
    </message>
    <message>
        <location filename="../../app/review/review_slides.py"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location filename="../../app/review/review_slides.py"/>
        <source>Review per phase</source>
        <translation>Examen par phase</translation>
    </message>
    <message>
        <location filename="../../app/review/review_slides.py"/>
        <source>{phase}: {state}</source>
        <translation>{phase} : {state}</translation>
    </message>
    <message>
        <location filename="../../app/review/review_slides.py"/>
        <source>Review</source>
        <translation>Examen</translation>
    </message>
    <message>
        <location filename="../../app/review/review_slides.py"/>
        <source>Peer feedback received</source>
        <translation>Rétroaction des pairs reçue</translation>
    </message>
    <message>
        <location filename="../../app/review/states.py"/>
        <source>Only the team reports a phase as corrected.</source>
        <translation>Seule l'équipe signale qu'une phase a été corrigée.</translation>
    </message>
    <message>
        <location filename="../../app/review/states.py"/>
        <source>Say what the team should correct in this phase.</source>
        <translation>Indiquez ce que l'équipe doit corriger dans cette phase.</translation>
    </message>
    <message>
        <location filename="../../app/review/states.py"/>
        <source>not reviewed</source>
        <translation>non examinée</translation>
    </message>
    <message>
        <location filename="../../app/review/states.py"/>
        <source>The {phase} phase is {state}; only a phase marked to be corrected can be reported as corrected.</source>
        <translation>La phase « {phase} » est {state}; seule une phase marquée à corriger peut être signalée comme corrigée.</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <location filename="../../views/labels.py"/>
        <source>Data scientist</source>
        <translation>Science des données</translation>
    </message>
    <message>
        <location filename="../../views/labels.py"/>
        <source>IT operations</source>
        <translation>Exploitation des TI</translation>
    </message>
    <message>
        <location filename="../../views/labels.py"/>
        <source>Project manager</source>
        <translation>Gestion de projet</translation>
    </message>
    <message>
        <location filename="../../views/labels.py"/>
        <source>Policy &amp; legal</source>
        <translation>Politiques et affaires juridiques</translation>
    </message>
    <message>
        <location filename="../../views/labels.py"/>
        <source>Privacy &amp; ethics</source>
        <translation>Protection de la vie privée et éthique</translation>
    </message>
    <message>
        <location filename="../../views/labels.py"/>
        <source>Domain expert</source>
        <translation>Expertise métier</translation>
    </message>
    <message>
        <location filename="../../views/labels.py"/>
        <source>No owner</source>
        <translation>Aucun responsable</translation>
    </message>
</context>
<context>
    <name>scope</name>
    <message>
        <location filename="../../app/checker/scope.py"/>
        <source>used in the EU</source>
        <translation>utilisé dans l'UE</translation>
    </message>
    <message>
        <location filename="../../app/checker/scope.py"/>
        <source>used in the United Kingdom</source>
        <translation>utilisé au Royaume-Uni</translation>
    </message>
    <message>
        <location filename="../../app/checker/scope.py"/>
        <source>used by a Canadian federal institution</source>
        <translation>utilisé par une institution fédérale canadienne</translation>
    </message>
    <message>
        <location filename="../../app/checker/scope.py"/>
        <source>used by a US federal agency</source>
        <translation>utilisé par un organisme fédéral des États-Unis</translation>
    </message>
    <message>
        <location filename="../../app/checker/scope.py"/>
        <source>used elsewhere</source>
        <translation>utilisé ailleurs</translation>
    </message>
    <message>
        <location filename="../../app/checker/scope.py"/>
        <source>an AI system</source>
        <translation>un système d'IA</translation>
    </message>
    <message>
        <location filename="../../app/checker/scope.py"/>
        <source>not an AI system (it applies fixed rules)</source>
        <translation>pas un système d'IA (il applique des règles fixes)</translation>
    </message>
    <message>
        <location filename="../../app/checker/scope.py"/>
        <source>processes personal data</source>
        <translation>traite des données à caractère personnel</translation>
    </message>
    <message>
        <location filename="../../app/checker/scope.py"/>
        <source>no personal data</source>
        <translation>aucune donnée à caractère personnel</translation>
    </message>
    <message>
        <location filename="../../app/checker/scope.py"/>
        <source>processes special-category data</source>
        <translation>traite des catégories particulières de données</translation>
    </message>
    <message>
        <location filename="../../app/checker/scope.py"/>
        <source>no special-category data</source>
        <translation>aucune catégorie particulière de données</translation>
    </message>
    <message>
        <location filename="../../app/checker/scope.py"/>
        <source>makes or supports decisions about people</source>
        <translation>prend ou appuie des décisions sur des personnes</translation>
    </message>
    <message>
        <location filename="../../app/checker/scope.py"/>
        <source>makes no decisions about people</source>
        <translation>ne prend aucune décision sur des personnes</translation>
    </message>
    <message>
        <location filename="../../app/checker/scope.py"/>
        <source>selects people for investigation or control</source>
        <translation>sélectionne des personnes pour une enquête ou un contrôle</translation>
    </message>
    <message>
        <location filename="../../app/checker/scope.py"/>
        <source>selects nobody for investigation</source>
        <translation>ne sélectionne personne pour une enquête</translation>
    </message>
    <message>
        <location filename="../../app/checker/scope.py"/>
        <source>decisions have legal or similar effects</source>
        <translation>des décisions aux effets juridiques ou similaires</translation>
    </message>
    <message>
        <location filename="../../app/checker/scope.py"/>
        <source>no legal or similar effects</source>
        <translation>aucun effet juridique ou similaire</translation>
    </message>
    <message>
        <location filename="../../app/checker/scope.py"/>
        <source>decisions are solely automated</source>
        <translation>des décisions exclusivement automatisées</translation>
    </message>
    <message>
        <location filename="../../app/checker/scope.py"/>
        <source>a person decides</source>
        <translation>une personne décide</translation>
    </message>
    <message>
        <location filename="../../app/checker/scope.py"/>
        <source>profiles people</source>
        <translation>effectue un profilage de personnes</translation>
    </message>
    <message>
        <location filename="../../app/checker/scope.py"/>
        <source>no profiling</source>
        <translation>aucun profilage</translation>
    </message>
    <message>
        <location filename="../../app/checker/scope.py"/>
        <source>the public interacts with it</source>
        <translation>le public interagit avec lui</translation>
    </message>
    <message>
        <location filename="../../app/checker/scope.py"/>
        <source>not public-facing</source>
        <translation>pas d'interaction avec le public</translation>
    </message>
    <message>
        <location filename="../../app/checker/scope.py"/>
        <source>generates content</source>
        <translation>génère du contenu</translation>
    </message>
    <message>
        <location filename="../../app/checker/scope.py"/>
        <source>generates no content</source>
        <translation>ne génère aucun contenu</translation>
    </message>
    <message>
        <location filename="../../app/checker/scope.py"/>
        <source>high-impact AI</source>
        <translation>IA à incidence élevée</translation>
    </message>
    <message>
        <location filename="../../app/checker/scope.py"/>
        <source>not high-impact AI</source>
        <translation>pas une IA à incidence élevée</translation>
    </message>
    <message>
        <location filename="../../app/checker/scope.py"/>
        <source>a public authority</source>
        <translation>une autorité publique</translation>
    </message>
    <message>
        <location filename="../../app/checker/scope.py"/>
        <source>not a public authority</source>
        <translation>pas une autorité publique</translation>
    </message>
    <message>
        <location filename="../../app/checker/scope.py"/>
        <source>a private body providing a public service</source>
        <translation>un organisme privé qui fournit un service public</translation>
    </message>
    <message>
        <location filename="../../app/checker/scope.py"/>
        <source>not a public service</source>
        <translation>pas un service public</translation>
    </message>
    <message>
        <location filename="../../app/checker/scope.py"/>
        <source>not {fact}</source>
        <translation>non {fact}</translation>
    </message>
    <message>
        <location filename="../../app/checker/scope.py"/>
        <source>an EU AI Act Annex III (high-risk) use</source>
        <translation>une utilisation visée à l'annexe III du RIA (haut risque)</translation>
    </message>
    <message>
        <location filename="../../app/checker/scope.py"/>
        <source>not an Annex III use</source>
        <translation>pas une utilisation visée à l'annexe III</translation>
    </message>
    <message>
        <location filename="../../app/checker/scope.py"/>
        <source>not: {fact}</source>
        <translation>non : {fact}</translation>
    </message>
    <message>
        <location filename="../../app/checker/scope.py"/>
        <source>{some} and {last}</source>
        <translation>{some} et {last}</translation>
    </message>
    <message>
        <location filename="../../app/checker/scope.py"/>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <location filename="../../app/checker/scope.py"/>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <location filename="../../app/checker/scope.py"/>
        <source>Applies: {facts}.</source>
        <translation>S'applique : {facts}.</translation>
    </message>
    <message>
        <location filename="../../app/checker/scope.py"/>
        <source>to every AI use</source>
        <translation>à toute utilisation de l'IA</translation>
    </message>
    <message>
        <location filename="../../app/checker/scope.py"/>
        <source>Does not apply: {facts}.</source>
        <translation>Ne s'applique pas : {facts}.</translation>
    </message>
    <message>
        <location filename="../../views/labels.py"/>
        <source>{mark} {reason}</source>
        <translation>{mark} {reason}</translation>
    </message>
</context>
<context>
    <name>seats</name>
    <message>
        <location filename="../../views/seating.py"/>
        <source>Other seats here</source>
        <translation>Autres postes présents</translation>
    </message>
    <message>
        <location filename="../../views/seating.py"/>
        <source>Back in touch with the other seats.</source>
        <translation>De nouveau en liaison avec les autres postes.</translation>
    </message>
    <message>
        <location filename="../../views/seating.py"/>
        <source>Other seats' edits cannot be read now: {error}</source>
        <translation>Les modifications des autres postes ne peuvent pas être lues pour l'instant : {error}</translation>
    </message>
    <message>
        <location filename="../../views/seating.py"/>
        <source>In “{name}”: </source>
        <translation>Dans « {name} » : </translation>
    </message>
    <message>
        <location filename="../../views/seating.py"/>
        <source>… and {n} more.</source>
        <translation>… et {n} autres.</translation>
    </message>
    <message>
        <location filename="../../views/seating.py"/>
        <source>{n} of your edits could not be applied: {who} had removed what they changed. Everything else was saved.</source>
        <translation>{n} de vos modifications n'ont pas pu être appliquées : {who} avait supprimé ce qu'elles modifiaient. Tout le reste a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../views/seating.py"/>
        <source>{who} changed the board ({n} edits).</source>
        <translation>{who} a modifié le canevas ({n} modifications).</translation>
    </message>
    <message>
        <location filename="../../views/seating.py"/>
        <location filename="../../views/widgets/notice_bar.py"/>
        <source>Put back your edit</source>
        <translation>Rétablir votre modification</translation>
    </message>
    <message>
        <location filename="../../views/seating.py"/>
        <source>A part of the window could not follow an edit ({error}). Your edits are still being saved; reopen the strategy to refresh the view.</source>
        <translation>Une partie de la fenêtre n'a pas pu suivre une modification ({error}). Vos modifications continuent d'être enregistrées; rouvrez la stratégie pour actualiser l'affichage.</translation>
    </message>
    <message>
        <location filename="../../views/seating.py"/>
        <source>on this strategy</source>
        <translation>sur cette stratégie</translation>
    </message>
    <message>
        <location filename="../../views/seating.py"/>
        <source>Also here: {seats}</source>
        <translation>Aussi présents : {seats}</translation>
    </message>
    <message>
        <location filename="../../views/seating.py"/>
        <source>The workshop cannot be read now.</source>
        <translation>L'atelier ne peut pas être lu pour l'instant.</translation>
    </message>
    <message>
        <location filename="../../views/seating.py"/>
        <source>Team not removed</source>
        <translation>Équipe non retirée</translation>
    </message>
    <message>
        <location filename="../../views/seating.py"/>
        <source>Cannot undo</source>
        <translation>Annulation impossible</translation>
    </message>
    <message>
        <location filename="../../views/seating.py"/>
        <source>another seat</source>
        <translation>un autre poste</translation>
    </message>
    <message>
        <location filename="../../views/seating.py"/>
        <source>{who} changed the workshop.</source>
        <translation>{who} a modifié l'atelier.</translation>
    </message>
    <message>
        <location filename="../../views/widgets/notice_bar.py"/>
        <source>Other seats' edits</source>
        <translation>Modifications des autres postes</translation>
    </message>
    <message>
        <location filename="../../views/widgets/notice_bar.py"/>
        <source>Notice from other seats</source>
        <translation>Avis des autres postes</translation>
    </message>
    <message>
        <location filename="../../views/widgets/notice_bar.py"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../views/widgets/notice_bar.py"/>
        <source>Restores what you had set, as a new edit the others will see.</source>
        <translation>Rétablit ce que vous aviez défini, par une nouvelle modification que les autres verront.</translation>
    </message>
    <message>
        <location filename="../../views/widgets/notice_bar.py"/>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../views/widgets/notice_bar.py"/>
        <source>Dismiss the notice</source>
        <translation>Fermer l'avis</translation>
    </message>
</context>
<context>
    <name>severity</name>
    <message>
        <location filename="../../views/widgets/marks.py"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../../views/widgets/marks.py"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location filename="../../views/widgets/marks.py"/>
        <source>Info</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../../views/widgets/marks.py"/>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <location filename="../../views/widgets/marks.py"/>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <location filename="../../views/widgets/marks.py"/>
        <source>Suggestions</source>
        <translation>Suggestions</translation>
    </message>
</context>
<context>
    <name>shell</name>
    <message>
        <location filename="../../views/shell.py"/>
        <source>MLOps Lifecycle Canvas</source>
        <translation>MLOps Lifecycle Canvas</translation>
    </message>
    <message>
        <location filename="../../views/shell.py"/>
        <source>Design an MLOps strategy on a shared canvas.</source>
        <translation>Concevoir une stratégie MLOps sur un canevas partagé.</translation>
    </message>
    <message>
        <location filename="../../views/shell.py"/>
        <source>Opening the workshop database…</source>
        <translation>Ouverture de la base de données de l'atelier…</translation>
    </message>
    <message>
        <location filename="../../views/shell.py"/>
        <source>Start-up status</source>
        <translation>État du démarrage</translation>
    </message>
    <message>
        <location filename="../../views/shell.py"/>
        <source>Status bar</source>
        <translation>Barre d'état</translation>
    </message>
    <message>
        <location filename="../../views/shell.py"/>
        <source>Resize the window</source>
        <translation>Redimensionner la fenêtre</translation>
    </message>
    <message>
        <location filename="../../views/shell.py"/>
        <source>Panel tabs</source>
        <translation>Onglets des panneaux</translation>
    </message>
    <message>
        <location filename="../../views/shell.py"/>
        <source>Switches between the panels sharing this column.</source>
        <translation>Passe d'un panneau à l'autre parmi ceux qui partagent cette colonne.</translation>
    </message>
    <message>
        <location filename="../../views/shell.py"/>
        <source>Edits could not be saved</source>
        <translation>Les modifications n'ont pas pu être enregistrées</translation>
    </message>
    <message>
        <location filename="../../views/shell.py"/>
        <source>Closing failed: {error}

Edits not yet written would be lost. Quit anyway, or keep the window open?</source>
        <translation>La fermeture a échoué : {error}

Les modifications pas encore enregistrées seraient perdues. Quitter quand même, ou garder la fenêtre ouverte?</translation>
    </message>
    <message>
        <location filename="../../views/shell.py"/>
        <source>Quit anyway</source>
        <translation>Quitter quand même</translation>
    </message>
    <message>
        <location filename="../../views/shell.py"/>
        <source>Keep the window open</source>
        <translation>Garder la fenêtre ouverte</translation>
    </message>
    <message>
        <location filename="../../views/workbench.py"/>
        <source>{panel} contents</source>
        <translation>Contenu de {panel}</translation>
    </message>
    <message>
        <location filename="../../views/workbench.py"/>
        <location filename="../../views/workflows.py"/>
        <source>{name} — MLOps Lifecycle Canvas</source>
        <translation>{name} — MLOps Lifecycle Canvas</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <location filename="../../views/labels.py"/>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <location filename="../../views/labels.py"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../views/labels.py"/>
        <source>In place</source>
        <translation>En place</translation>
    </message>
    <message>
        <location filename="../../views/workbench.py"/>
        <source>No strategy open</source>
        <translation>Aucune stratégie ouverte</translation>
    </message>
    <message>
        <location filename="../../views/workbench.py"/>
        <source>Save state</source>
        <translation>État de l'enregistrement</translation>
    </message>
    <message>
        <location filename="../../views/workbench.py"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location filename="../../views/workbench.py"/>
        <source>Saved · revision {n}</source>
        <translation>Enregistré · révision {n}</translation>
    </message>
    <message>
        <location filename="../../views/workbench.py"/>
        <source>Saving {n} edits…</source>
        <translation>Enregistrement de {n} modifications…</translation>
    </message>
    <message>
        <location filename="../../views/workbench.py"/>
        <source>Not saved — {n} edits pending: {reason}</source>
        <translation>Non enregistré — {n} modifications en attente : {reason}</translation>
    </message>
</context>
<context>
    <name>strategies</name>
    <message>
        <location filename="../../views/docks/strategies.py"/>
        <source>Strategies</source>
        <translation>Stratégies</translation>
    </message>
    <message>
        <location filename="../../views/docks/strategies.py"/>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <location filename="../../views/docks/strategies.py"/>
        <source>Which workshop's strategies to list.</source>
        <translation>Les stratégies de quel atelier afficher.</translation>
    </message>
    <message>
        <location filename="../../views/docks/strategies.py"/>
        <source>Strategies of the workshop</source>
        <translation>Stratégies de l'atelier</translation>
    </message>
    <message>
        <location filename="../../views/docks/strategies.py"/>
        <source>Select a strategy to open it on the canvas.</source>
        <translation>Sélectionnez une stratégie pour l'ouvrir sur le canevas.</translation>
    </message>
    <message>
        <location filename="../../views/docks/strategies.py"/>
        <source>New workshop…</source>
        <translation>Nouvel atelier…</translation>
    </message>
    <message>
        <location filename="../../views/docks/strategies.py"/>
        <source>Teams…</source>
        <translation>Équipes…</translation>
    </message>
    <message>
        <location filename="../../views/docks/strategies.py"/>
        <source>New strategy…</source>
        <translation>Nouvelle stratégie…</translation>
    </message>
    <message>
        <location filename="../../views/docks/strategies.py"/>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location filename="../../views/docks/strategies.py"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../../views/docks/strategies.py"/>
        <source>Manage workshops, teams and strategies.</source>
        <translation>Gérer les ateliers, les équipes et les stratégies.</translation>
    </message>
    <message>
        <location filename="../../views/docks/strategies.py"/>
        <source>{name}
{n} cards · revision {rev}</source>
        <translation>{name}
{n} cartes · révision {rev}</translation>
    </message>
</context>
<context>
    <name>vocabulary</name>
    <message>
        <location filename="../../app/export/linechart.py"/>
        <location filename="../../app/i18n.py"/>
        <source>{value}%</source>
        <translation>{value} %</translation>
    </message>
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
    <message>
        <location filename="../../app/i18n.py"/>
        <source>continuous</source>
        <translation>en continu</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>daily</source>
        <translation>quotidienne</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>weekly</source>
        <translation>hebdomadaire</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>monthly</source>
        <translation>mensuelle</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>quarterly</source>
        <translation>trimestrielle</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>yearly</source>
        <translation>annuelle</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>once</source>
        <translation>une fois (ponctuelle)</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>Info</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>Beginning</source>
        <translation>Débutant</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>Developing</source>
        <translation>En développement</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>Proficient</source>
        <translation>Compétent</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>Exemplary</source>
        <translation>Exemplaire</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>Acceptable</source>
        <translation>Acceptable</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>To be corrected</source>
        <translation>À corriger</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>Corrected, awaiting re-evaluation</source>
        <translation>Corrigée, en attente de réévaluation</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>{state} (re-evaluated)</source>
        <translation>{state} (réévaluée)</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>“{text}”</source>
        <translation>« {text} »</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>Biometrics</source>
        <translation>Biométrie</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>Critical infrastructure</source>
        <translation>Infrastructures critiques</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>Education</source>
        <translation>Éducation</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>Employment</source>
        <translation>Emploi</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>Essential services</source>
        <translation>Services essentiels</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>Law enforcement</source>
        <translation>Répression</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>Migration</source>
        <translation>Migration</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>Justice democracy</source>
        <translation>Justice et démocratie</translation>
    </message>
</context>
<context>
    <name>workflows</name>
    <message>
        <location filename="../../views/seating.py"/>
        <location filename="../../views/workflows.py"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location filename="../../views/workflows.py"/>
        <source>Quit anyway</source>
        <translation>Quitter quand même</translation>
    </message>
    <message>
        <location filename="../../views/workflows.py"/>
        <source>Keep the window open</source>
        <translation>Garder la fenêtre ouverte</translation>
    </message>
    <message>
        <location filename="../../views/workflows.py"/>
        <source>Open a strategy first.</source>
        <translation>Ouvrez d'abord une stratégie.</translation>
    </message>
    <message>
        <location filename="../../views/workflows.py"/>
        <source>Place card</source>
        <translation>Placer la carte</translation>
    </message>
    <message>
        <location filename="../../views/workflows.py"/>
        <source>Select a card to link from first.</source>
        <translation>Sélectionnez d'abord la carte d'où part le lien.</translation>
    </message>
    <message>
        <location filename="../../views/workflows.py"/>
        <source>Move card</source>
        <translation>Déplacer la carte</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/workflows.py"/>
        <source>%n card(s) now have the catalog's title.</source>
        <translation>
            <numerusform>%n carte porte maintenant le titre du catalogue.</numerusform>
            <numerusform>%n cartes portent maintenant le titre du catalogue.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/workflows.py"/>
        <source>Every catalog card already has its title in this language.</source>
        <translation>Chaque carte du catalogue porte déjà son titre dans cette langue.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/workflows.py"/>
        <source>%n card(s) carry the catalog's title in another language: Card › Catalog titles in this language shows them in yours.</source>
        <translation>
            <numerusform>%n carte porte le titre du catalogue dans une autre langue : Carte › Titres du catalogue dans cette langue l'affiche dans la vôtre.</numerusform>
            <numerusform>%n cartes portent le titre du catalogue dans une autre langue : Carte › Titres du catalogue dans cette langue les affiche dans la vôtre.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/workflows.py"/>
        <source>Select cards to copy first.</source>
        <translation>Sélectionnez d'abord les cartes à copier.</translation>
    </message>
    <message>
        <location filename="../../views/workflows.py"/>
        <source>Copied {n} cards.</source>
        <translation>{n} cartes copiées.</translation>
    </message>
    <message>
        <location filename="../../views/workflows.py"/>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <location filename="../../views/workflows.py"/>
        <source>Edit teams</source>
        <translation>Modifier les équipes</translation>
    </message>
    <message>
        <location filename="../../views/workflows.py"/>
        <source>Create a workshop first.</source>
        <translation>Créez d'abord un atelier.</translation>
    </message>
    <message>
        <location filename="../../views/workflows.py"/>
        <source>Rename strategy</source>
        <translation>Renommer la stratégie</translation>
    </message>
    <message>
        <location filename="../../views/workflows.py"/>
        <source>New name:</source>
        <translation>Nouveau nom :</translation>
    </message>
    <message>
        <location filename="../../views/workflows.py"/>
        <source>Delete strategy</source>
        <translation>Supprimer la stratégie</translation>
    </message>
    <message>
        <location filename="../../views/workflows.py"/>
        <source>Delete “{name}” with all its cards and history? This cannot be undone.</source>
        <translation>Supprimer « {name} » avec toutes ses cartes et son historique? Cette action est irréversible.</translation>
    </message>
    <message>
        <location filename="../../views/workflows.py"/>
        <source>Not deleted</source>
        <translation>Non supprimée</translation>
    </message>
</context>
<context>
    <name>year chart</name>
    <message>
        <location filename="../../views/widgets/year_chart.py"/>
        <source>Year in production chart</source>
        <translation>Graphique de l'année en production</translation>
    </message>
    <message>
        <location filename="../../views/widgets/year_chart.py"/>
        <source>No year simulated yet: run the drills.</source>
        <translation>Aucune année simulée pour l'instant : exécutez les exercices.</translation>
    </message>
    <message>
        <location filename="../../views/widgets/year_chart.py"/>
        <source>Accuracy</source>
        <translation>Exactitude</translation>
    </message>
    <message>
        <location filename="../../views/widgets/year_chart.py"/>
        <source>Fairness gap between subgroups</source>
        <translation>Écart d'équité entre sous-groupes</translation>
    </message>
    <message>
        <location filename="../../views/widgets/year_chart.py"/>
        <source>points</source>
        <translation>points</translation>
    </message>
    <message>
        <location filename="../../views/widgets/year_chart.py"/>
        <source>After {n} months, accuracy is {a_with} with your controls and {a_without} without; the fairness gap is {g_with} points with your controls and {g_without} without.</source>
        <translation>Après {n} mois, l'exactitude est de {a_with} avec vos mesures de contrôle et de {a_without} sans; l'écart d'équité est de {g_with} points avec vos mesures et de {g_without} sans.</translation>
    </message>
    <message>
        <location filename="../../views/widgets/year_chart.py"/>
        <source>Month {m}: {title} — {outcome}.</source>
        <translation>Mois {m} : {title} — {outcome}.</translation>
    </message>
    <message>
        <location filename="../../views/widgets/year_chart.py"/>
        <source>With your controls</source>
        <translation>Avec vos mesures de contrôle</translation>
    </message>
    <message>
        <location filename="../../views/widgets/year_chart.py"/>
        <source>Without controls</source>
        <translation>Sans mesures de contrôle</translation>
    </message>
    <message>
        <location filename="../../views/widgets/year_chart.py"/>
        <source>Events: {h} handled · {l} late · {m} missed</source>
        <translation>Événements : {h} traités · {l} en retard · {m} manqués</translation>
    </message>
    <message>
        <location filename="../../views/widgets/year_chart.py"/>
        <source>{title} ({unit})</source>
        <translation>{title} ({unit})</translation>
    </message>
    <message>
        <location filename="../../views/widgets/year_chart.py"/>
        <source>Month in production (events marked below)</source>
        <translation>Mois en production (événements marqués ci-dessous)</translation>
    </message>
    <message>
        <source>After {n} months, accuracy is {a_with:.1f}% with your controls and {a_without:.1f}% without; the fairness gap is {g_with:.1f} points with your controls and {g_without:.1f} without.</source>
        <translation type="vanished">Après {n} mois, l'exactitude est de {a_with:.1f} % avec vos mesures de contrôle et de {a_without:.1f} % sans; l'écart d'équité est de {g_with:.1f} points avec vos mesures et de {g_without:.1f} sans.</translation>
    </message>
</context>
</TS>
