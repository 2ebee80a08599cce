<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>cadence</name>
    <message>
        <source>Continuous</source>
        <translation>En continu</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Quotidienne</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensuelle</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Non précisée</translation>
    </message>
    <message>
        <source>Once (one-off)</source>
        <translation>Une fois (ponctuelle)</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Trimestrielle</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Hebdomadaire</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Annuelle</translation>
    </message>
</context>
<context>
    <name>canvas</name>
    <message>
        <source>Feedback loop: back to Data</source>
        <translation>Boucle de rétroaction&#xa0;: retour aux données</translation>
    </message>
    <message>
        <source>Links:</source>
        <translation>Liens&#xa0;:</translation>
    </message>
    <message>
        <source>Strategy canvas</source>
        <translation>Canevas de la stratégie</translation>
    </message>
    <message>
        <source>That is not a practice from the palette.</source>
        <translation>Ce n&apos;est pas une pratique de la palette.</translation>
    </message>
    <message>
        <source>The board of phase lanes and cards. Arrow keys move between cards; the Outline panel lists the same content for screen readers.</source>
        <translation>Le canevas des couloirs de phase et des cartes. Les touches fléchées passent d&apos;une carte à l&apos;autre; le panneau Plan présente le même contenu aux lecteurs d&apos;écran.</translation>
    </message>
    <message>
        <source>controls that belong to no single phase</source>
        <translation>mesures de contrôle qui n&apos;appartiennent à aucune phase</translation>
    </message>
    <message>
        <source>runs against the lifecycle</source>
        <translation>va à contresens du cycle de vie</translation>
    </message>
</context>
<context>
    <name>checking</name>
    <message>
        <source>Added “{title}” to fix the finding.</source>
        <translation>«&#xa0;{title}&#xa0;» ajoutée pour régler le constat.</translation>
    </message>
    <message>
        <source>Choose rule packs</source>
        <translation>Choisir les ensembles de règles</translation>
    </message>
    <message>
        <source>Edit profile</source>
        <translation>Modifier le profil</translation>
    </message>
    <message>
        <source>Profile and rule packs</source>
        <translation>Profil et ensembles de règles</translation>
    </message>
    <message>
        <source>Rule-pack &amp;crosswalk…</source>
        <translation>&amp;Correspondance des ensembles de règles…</translation>
    </message>
    <message>
        <source>Skipped {n} broken rule pack(s): {first}</source>
        <translation>{n} ensemble(s) de règles endommagé(s) ignoré(s)&#xa0;: {first}</translation>
    </message>
</context>
<context>
    <name>clipboard</name>
    <message>
        <source>The clipboard holds no cards from this app, so nothing was pasted.</source>
        <translation>Le presse-papiers ne contient aucune carte de cette application; rien n&apos;a été collé.</translation>
    </message>
    <message>
        <source>The copied cards are too large to paste.</source>
        <translation>Les cartes copiées sont trop volumineuses pour être collées.</translation>
    </message>
    <message>
        <source>The copied cards were refused ({error}); nothing was pasted.</source>
        <translation>Les cartes copiées ont été refusées ({error}); rien n&apos;a été collé.</translation>
    </message>
</context>
<context>
    <name>coverage</name>
    <message>
        <source>1 more rule is upcoming: not yet in force on the date checked.</source>
        <translation>1 autre règle est à venir&#xa0;: pas encore en vigueur à la date vérifiée.</translation>
    </message>
    <message>
        <source>Bar: solid = in place, hatched = planned only, empty = missing.</source>
        <translation>Barre&#xa0;: pleine = en place, hachurée = seulement prévue, vide = manquante.</translation>
    </message>
    <message>
        <source>Coverage of {name}</source>
        <translation>Couverture de {name}</translation>
    </message>
    <message>
        <source>How many applicable rules of each selected pack the strategy satisfies.</source>
        <translation>Combien de règles applicables de chaque ensemble choisi la stratégie respecte.</translation>
    </message>
    <message>
        <source>Press to list this pack&apos;s findings.</source>
        <translation>Appuyez pour afficher les constats de cet ensemble.</translation>
    </message>
    <message>
        <source>Rule-pack coverage</source>
        <translation>Couverture des ensembles de règles</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Version: {version}</source>
        <translation>Version&#xa0;: {version}</translation>
    </message>
    <message>
        <source>{done} of {total} rules in force are met by practices in place ({share}%); {planned} more only by practices planned or in progress.</source>
        <translation>{done} des {total} règles en vigueur sont respectées par des pratiques en place ({share}&#xa0;%); {planned} autres le sont seulement par des pratiques prévues ou en cours.</translation>
    </message>
    <message>
        <source>{group}: no rule applies</source>
        <translation>{group}&#xa0;: aucune règle ne s&apos;applique</translation>
    </message>
    <message>
        <source>{group}: {done} of {total} · {share}%</source>
        <translation>{group}&#xa0;: {done} sur {total} · {share}&#xa0;%</translation>
    </message>
    <message>
        <source>{name} coverage bar</source>
        <translation>Barre de couverture de {name}</translation>
    </message>
    <message>
        <source>{name} {done} in place · {planned} planned of {total}</source>
        <translation>{name}&#xa0;: {done} en place · {planned} prévues sur {total}</translation>
    </message>
    <message>
        <source>{name} ●{done} ○{planned} of {total}</source>
        <translation>{name} ●{done} ○{planned} sur {total}</translation>
    </message>
    <message>
        <source>{name}: no rule applies</source>
        <translation>{name}&#xa0;: aucune règle ne s&apos;applique</translation>
    </message>
    <message>
        <source>{name}: none</source>
        <translation>{name}&#xa0;: aucune</translation>
    </message>
    <message>
        <source>{n} more rules are upcoming: not yet in force on the date checked.</source>
        <translation>{n} autres règles sont à venir&#xa0;: pas encore en vigueur à la date vérifiée.</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copier les détails</translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>&amp;Continuer à travailler</translation>
    </message>
    <message>
        <source>&amp;Open log folder</source>
        <translation>&amp;Ouvrir le dossier du journal</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Choix</translation>
    </message>
    <message>
        <source>Further errors</source>
        <translation>Autres erreurs</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Fichier journal</translation>
    </message>
    <message>
        <source>No database was open, so no edits can have been lost.</source>
        <translation>Aucune base de données n&apos;était ouverte; aucune modification n&apos;a donc pu être perdue.</translation>
    </message>
    <message>
        <source>No edits were lost: every change made so far is saved in the database.</source>
        <translation>Aucune modification n&apos;a été perdue&#xa0;: chaque changement fait jusqu&apos;ici est enregistré dans la base de données.</translation>
    </message>
    <message>
        <source>No log file could be written; use Copy details.</source>
        <translation>Aucun fichier journal n&apos;a pu être écrit; utilisez Copier les détails.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Une erreur s&apos;est produite</translation>
    </message>
    <message>
        <source>The app met an error it did not expect: {what}</source>
        <translation>L&apos;application a rencontré une erreur inattendue&#xa0;: {what}</translation>
    </message>
    <message>
        <source>The details are in the log file {file}.</source>
        <translation>Les détails se trouvent dans le fichier journal {file}.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>You can keep working. If the error comes back, quit and start the app again, and send the log file to whoever supports the app.</source>
        <translation>Vous pouvez continuer à travailler. Si l&apos;erreur revient, quittez l&apos;application, redémarrez-la et envoyez le fichier journal à la personne qui en assure le soutien.</translation>
    </message>
    <message>
        <source>Your edits</source>
        <translation>Vos modifications</translation>
    </message>
    <message>
        <source>the database did not accept them</source>
        <translation>la base de données ne les a pas acceptées</translation>
    </message>
    <message>
        <source>{n} edits are not saved yet ({reason}). They are kept in memory and writing is retried: leave the app open until the status bar says Saved.</source>
        <translation>{n} modifications ne sont pas encore enregistrées ({reason}). Elles sont gardées en mémoire et l&apos;écriture est réessayée&#xa0;: laissez l&apos;application ouverte jusqu&apos;à ce que la barre d&apos;état indique Enregistré.</translation>
    </message>
    <message>
        <source>{n} further errors since; each is in the log.</source>
        <translation>{n} autres erreurs depuis; chacune figure dans le journal.</translation>
    </message>
</context>
<context>
    <name>crosswalk</name>
    <message>
        <source>About the crosswalk</source>
        <translation>À propos de la correspondance</translation>
    </message>
    <message>
        <source>Capability</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Crosswalk</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <source>Crosswalk table</source>
        <translation>Tableau de correspondance</translation>
    </message>
    <message>
        <source>Crosswalk: capabilities × rule packs</source>
        <translation>Correspondance&#xa0;: capacités × ensembles de règles</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Boutons de la boîte de dialogue</translation>
    </message>
    <message>
        <source>Filter capabilities or citations…</source>
        <translation>Filtrer les capacités ou les références…</translation>
    </message>
    <message>
        <source>Filter the crosswalk</source>
        <translation>Filtrer la correspondance</translation>
    </message>
    <message>
        <source>Hide capabilities a card of the strategy already provides.</source>
        <translation>Masquer les capacités déjà fournies par une carte de la stratégie.</translation>
    </message>
    <message>
        <source>In your strategy</source>
        <translation>Dans votre stratégie</translation>
    </message>
    <message>
        <source>Only capabilities the strategy lacks</source>
        <translation>Seulement les capacités qui manquent à la stratégie</translation>
    </message>
    <message>
        <source>Only the strategy&apos;s &amp;packs</source>
        <translation>Seulement les &amp;ensembles de la stratégie</translation>
    </message>
    <message>
        <source>Only the strategy&apos;s selected packs</source>
        <translation>Seulement les ensembles choisis pour la stratégie</translation>
    </message>
    <message>
        <source>Only what the strategy &amp;lacks</source>
        <translation>Seulement ce qui &amp;manque à la stratégie</translation>
    </message>
    <message>
        <source>Packs</source>
        <translation>Ensembles</translation>
    </message>
    <message>
        <source>Rows are capabilities, columns rule packs; sort by any column.</source>
        <translation>Les lignes sont les capacités, les colonnes les ensembles de règles; triez selon n&apos;importe quelle colonne.</translation>
    </message>
    <message>
        <source>Rows shown</source>
        <translation>Lignes affichées</translation>
    </message>
    <message>
        <source>Rules speak of capabilities, so one card can satisfy rules in several packs. Each cell lists the citations of a pack&apos;s rules that name the capability.</source>
        <translation>Les règles parlent de capacités&#xa0;: une même carte peut donc respecter des règles de plusieurs ensembles. Chaque cellule énumère les références des règles de l&apos;ensemble qui nomment la capacité.</translation>
    </message>
    <message>
        <source>Show only the columns of the packs the strategy is checked against.</source>
        <translation>N&apos;afficher que les colonnes des ensembles selon lesquels la stratégie est vérifiée.</translation>
    </message>
    <message>
        <source>Which rules of which packs each capability helps satisfy.</source>
        <translation>Les règles de chaque ensemble que chaque capacité aide à respecter.</translation>
    </message>
    <message>
        <source>{shown} of {total} capabilities shown.</source>
        <translation>{shown} capacités affichées sur {total}.</translation>
    </message>
    <message>
        <source>✓ yes</source>
        <translation>✓ oui</translation>
    </message>
    <message>
        <source>✗ no</source>
        <translation>✗ non</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>&amp;Capabilities</source>
        <translation>&amp;Capacités</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Facilitator</source>
        <translation>&amp;Personne qui anime</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Lane</source>
        <translation>&amp;Couloir</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Responsable</translation>
    </message>
    <message>
        <source>&amp;Scenario</source>
        <translation>&amp;Scénario</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>É&amp;quipe</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation>(aucune équipe)</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>Ajouter un membre</translation>
    </message>
    <message>
        <source>Add a team</source>
        <translation>Ajouter une équipe</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Ajouter un membre</translation>
    </message>
    <message>
        <source>Add team</source>
        <translation>Ajouter une équipe</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Capacités</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Check the name: {e}</source>
        <translation>Vérifiez le nom&#xa0;: {e}</translation>
    </message>
    <message>
        <source>Check {where}: {msg}</source>
        <translation>Vérifiez {where}&#xa0;: {msg}</translation>
    </message>
    <message>
        <source>Choose a scenario.</source>
        <translation>Choisissez un scénario.</translation>
    </message>
    <message>
        <source>Custom card</source>
        <translation>Carte personnalisée</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Boutons de la boîte de dialogue</translation>
    </message>
    <message>
        <source>Each member&apos;s name and role.</source>
        <translation>Le nom et le rôle de chaque membre.</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Personne qui anime</translation>
    </message>
    <message>
        <source>Filter cards</source>
        <translation>Filtrer les cartes</translation>
    </message>
    <message>
        <source>Give the card a title.</source>
        <translation>Donnez un titre à la carte.</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Couloir</translation>
    </message>
    <message>
        <source>Link kind</source>
        <translation>Type de lien</translation>
    </message>
    <message>
        <source>Link to another card</source>
        <translation>Relier à une autre carte</translation>
    </message>
    <message>
        <source>Link “{title}” to…</source>
        <translation>Relier «&#xa0;{title}&#xa0;» à…</translation>
    </message>
    <message>
        <source>Member name</source>
        <translation>Nom du membre</translation>
    </message>
    <message>
        <source>Member role</source>
        <translation>Rôle du membre</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>New strategy</source>
        <translation>Nouvelle stratégie</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>Nouvel atelier</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Notes are at most {n} characters.</source>
        <translation>Les notes comptent au plus {n} caractères.</translation>
    </message>
    <message>
        <source>Owner role</source>
        <translation>Rôle responsable</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Retirer le membre</translation>
    </message>
    <message>
        <source>Remove team</source>
        <translation>Retirer l&apos;équipe</translation>
    </message>
    <message>
        <source>Remove the selected member</source>
        <translation>Retirer le membre sélectionné</translation>
    </message>
    <message>
        <source>Remove the selected team</source>
        <translation>Retirer l&apos;équipe sélectionnée</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Strategy name</source>
        <translation>Nom de la stratégie</translation>
    </message>
    <message>
        <source>Target card</source>
        <translation>Carte cible</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Team name</source>
        <translation>Nom de l&apos;équipe</translation>
    </message>
    <message>
        <source>Team name:</source>
        <translation>Nom de l&apos;équipe&#xa0;:</translation>
    </message>
    <message>
        <source>Team {n}</source>
        <translation>Équipe {n}</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Équipes</translation>
    </message>
    <message>
        <source>Teams of “{name}”</source>
        <translation>Équipes de «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>The card the link points to.</source>
        <translation>La carte vers laquelle pointe le lien.</translation>
    </message>
    <message>
        <source>The name must have 1 to 120 characters.</source>
        <translation>Le nom doit compter de 1 à 120 caractères.</translation>
    </message>
    <message>
        <source>The phase lane the card goes into.</source>
        <translation>Le couloir de phase où va la carte.</translation>
    </message>
    <message>
        <source>Tick what the practice provides; the rules count these.</source>
        <translation>Cochez ce que la pratique fournit; les règles en tiennent compte.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Titles are at most {n} characters.</source>
        <translation>Les titres comptent au plus {n} caractères.</translation>
    </message>
    <message>
        <source>Type to filter cards</source>
        <translation>Tapez pour filtrer les cartes</translation>
    </message>
    <message>
        <source>What the link means.</source>
        <translation>Ce que signifie le lien.</translation>
    </message>
    <message>
        <source>What the practice is called.</source>
        <translation>Le nom de la pratique.</translation>
    </message>
    <message>
        <source>Workshop date</source>
        <translation>Date de l&apos;atelier</translation>
    </message>
    <message>
        <source>Workshop name</source>
        <translation>Nom de l&apos;atelier</translation>
    </message>
    <message>
        <source>the team</source>
        <translation>l&apos;équipe</translation>
    </message>
</context>
<context>
    <name>drilling</name>
    <message>
        <source>Drills are unavailable: {error}</source>
        <translation>Les exercices ne sont pas disponibles&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Skipped {n} broken drill event(s): {first}</source>
        <translation>{n} événement(s) d&apos;exercice endommagé(s) ignoré(s)&#xa0;: {first}</translation>
    </message>
</context>
<context>
    <name>drills</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Close the gap</source>
        <translation>&amp;Combler la lacune</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Événements</translation>
    </message>
    <message>
        <source>&amp;Run all</source>
        <translation>&amp;Tout exécuter</translation>
    </message>
    <message>
        <source>&amp;Seed of the year:</source>
        <translation>&amp;Germe de l&apos;année&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Year in production</source>
        <translation>Une &amp;année en production</translation>
    </message>
    <message>
        <source>&lt;b&gt;Resilience {share}%&lt;/b&gt; — {h} of {n} events handled in time</source>
        <translation>&lt;b&gt;Résilience {share}&#xa0;%&lt;/b&gt; — {h} événements sur {n} traités à temps</translation>
    </message>
    <message>
        <source>Add the picked practice</source>
        <translation>Ajouter la pratique choisie</translation>
    </message>
    <message>
        <source>Add, link, own or start the one thing that mends the chain, as one undoable step.</source>
        <translation>Ajouter, relier, attribuer ou démarrer la seule chose qui répare la chaîne, en une seule étape annulable.</translation>
    </message>
    <message>
        <source>Break point</source>
        <translation>Point de rupture</translation>
    </message>
    <message>
        <source>Breaks before “{stage}”: {reason}</source>
        <translation>Rupture avant «&#xa0;{stage}&#xa0;»&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Chain of the picked event</source>
        <translation>Chaîne de l&apos;événement choisi</translation>
    </message>
    <message>
        <source>Clear the lit cards.</source>
        <translation>Éteindre les cartes allumées.</translation>
    </message>
    <message>
        <source>Close the gap</source>
        <translation>Combler la lacune</translation>
    </message>
    <message>
        <source>Close the gap: {event}</source>
        <translation>Combler la lacune&#xa0;: {event}</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Détecté</translation>
    </message>
    <message>
        <source>Drill events</source>
        <translation>Événements d&apos;exercice</translation>
    </message>
    <message>
        <source>Drill views</source>
        <translation>Vues des exercices</translation>
    </message>
    <message>
        <source>Drills</source>
        <translation>Exercices</translation>
    </message>
    <message>
        <source>Drills panel</source>
        <translation>Panneau des exercices</translation>
    </message>
    <message>
        <source>Each event with its outcome: handled, late or missed.</source>
        <translation>Chaque événement et son résultat&#xa0;: traité, en retard ou manqué.</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Events of the year</source>
        <translation>Événements de l&apos;année</translation>
    </message>
    <message>
        <source>Fed back</source>
        <translation>Réinjecté</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>Traité</translation>
    </message>
    <message>
        <source>Harm</source>
        <translation>Préjudice</translation>
    </message>
    <message>
        <source>Harm over the year</source>
        <translation>Préjudice au cours de l&apos;année</translation>
    </message>
    <message>
        <source>Harm over the year: {with_} with your controls, {without} without.</source>
        <translation>Préjudice au cours de l&apos;année&#xa0;: {with_} avec vos mesures de contrôle, {without} sans.</translation>
    </message>
    <message>
        <source>Harm with controls</source>
        <translation>Préjudice avec mesures</translation>
    </message>
    <message>
        <source>Harm without</source>
        <translation>Préjudice sans</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Light the picked event&apos;s cards on the canvas one stage at a time.</source>
        <translation>Allumer les cartes de l&apos;événement choisi sur le canevas, une étape à la fois.</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Manqué</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Nex&amp;t stage</source>
        <translation>É&amp;tape suivante</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>Survenu</translation>
    </message>
    <message>
        <source>Occurred, detected, handled, fed back — or where it breaks.</source>
        <translation>Survenu, détecté, traité, réinjecté — ou l&apos;endroit où la chaîne se rompt.</translation>
    </message>
    <message>
        <source>Open a strategy to drill it.</source>
        <translation>Ouvrez une stratégie pour l&apos;exercer.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Pick one and press Add to place it instead of the suggested fix.</source>
        <translation>Choisissez-en une et appuyez sur Ajouter pour la placer au lieu de la correction suggérée.</translation>
    </message>
    <message>
        <source>Practices that provide the missing capability</source>
        <translation>Pratiques qui fournissent la capacité manquante</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;Run all&lt;/b&gt; to throw {n} what-if events at this strategy.</source>
        <translation>Appuyez sur &lt;b&gt;Tout exécuter&lt;/b&gt; pour soumettre {n} événements hypothétiques à cette stratégie.</translation>
    </message>
    <message>
        <source>Resilience score</source>
        <translation>Indice de résilience</translation>
    </message>
    <message>
        <source>Run all drills</source>
        <translation>Exécuter tous les exercices</translation>
    </message>
    <message>
        <source>Run the drills to simulate a year in production.</source>
        <translation>Exécutez les exercices pour simuler une année en production.</translation>
    </message>
    <message>
        <source>S&amp;tep again</source>
        <translation>Re&amp;commencer</translation>
    </message>
    <message>
        <source>S&amp;tep through</source>
        <translation>Pas à &amp;pas</translation>
    </message>
    <message>
        <source>Seed of the simulated year</source>
        <translation>Germe de l&apos;année simulée</translation>
    </message>
    <message>
        <source>Stages of the chain</source>
        <translation>Étapes de la chaîne</translation>
    </message>
    <message>
        <source>Step through the chain</source>
        <translation>Suivre la chaîne pas à pas</translation>
    </message>
    <message>
        <source>Sto&amp;p</source>
        <translation>Arrê&amp;ter</translation>
    </message>
    <message>
        <source>Stop stepping</source>
        <translation>Arrêter le pas à pas</translation>
    </message>
    <message>
        <source>The same seed always gives the same year; another seed, another year.</source>
        <translation>Le même germe donne toujours la même année; un autre germe, une autre année.</translation>
    </message>
    <message>
        <source>Trace every event.</source>
        <translation>Retracer chaque événement.</translation>
    </message>
    <message>
        <source>What-if events traced through the strategy.</source>
        <translation>Événements hypothétiques retracés dans la stratégie.</translation>
    </message>
    <message>
        <source>When each event struck, how the strategy fared and the harm it caused.</source>
        <translation>Quand chaque événement est survenu, comment la stratégie s&apos;en est tirée et le préjudice causé.</translation>
    </message>
    <message>
        <source>Year in production</source>
        <translation>Une année en production</translation>
    </message>
    <message>
        <source>a link between the cards</source>
        <translation>un lien entre les cartes</translation>
    </message>
    <message>
        <source>an owner ({role})</source>
        <translation>un responsable ({role})</translation>
    </message>
    <message>
        <source>day {d}</source>
        <translation>jour {d}</translation>
    </message>
    <message>
        <source>the capability “{title}”</source>
        <translation>la capacité «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>{amount} {unit}</source>
        <translation>{amount} {unit}</translation>
    </message>
    <message>
        <source>{stage}, day {day}: {summary}</source>
        <translation>{stage}, jour {day}&#xa0;: {summary}</translation>
    </message>
    <message>
        <source>— cards that would close it are still only planned ({titles}); put one in progress or in place</source>
        <translation>— les cartes qui la combleraient sont seulement prévues ({titles}); mettez-en une en cours ou en place</translation>
    </message>
    <message>
        <source>✓ The chain is whole: detected, handled and fed back.</source>
        <translation>✓ La chaîne est complète&#xa0;: détecté, traité et réinjecté.</translation>
    </message>
    <message>
        <source>✕ Breaks before “{stage}”. Missing: {missing}.</source>
        <translation>✕ Rupture avant «&#xa0;{stage}&#xa0;». Manque&#xa0;: {missing}.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Cannot open the database</source>
        <translation>Impossible d&apos;ouvrir la base de données</translation>
    </message>
    <message>
        <source>Content files are damaged</source>
        <translation>Les fichiers de contenu sont endommagés</translation>
    </message>
    <message>
        <source>Edits could not be saved</source>
        <translation>Les modifications n&apos;ont pas pu être enregistrées</translation>
    </message>
    <message>
        <source>No database is open. {error}</source>
        <translation>Aucune base de données n&apos;est ouverte. {error}</translation>
    </message>
    <message>
        <source>The database {file} could not be opened:

{error}

The file was not changed.</source>
        <translation>La base de données {file} n&apos;a pas pu être ouverte&#xa0;:

{error}

Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>The demo workshop could not be written: {e}</source>
        <translation>L&apos;atelier de démonstration n&apos;a pas pu être écrit&#xa0;: {e}</translation>
    </message>
    <message>
        <source>Your database was updated</source>
        <translation>Votre base de données a été mise à jour</translation>
    </message>
    <message>
        <source>{error}

The content files that ship with the app are read from {folder}. They are missing or were changed: reinstall the app.</source>
        <translation>{error}

Les fichiers de contenu livrés avec l&apos;application sont lus dans {folder}. Ils sont absents ou ont été modifiés&#xa0;: réinstallez l&apos;application.</translation>
    </message>
    <message>
        <source>{n} edits could not be written to the database: {reason}

Quit anyway and lose them? (No keeps the app open and keeps trying.)</source>
        <translation>{n} modifications n&apos;ont pas pu être écrites dans la base de données&#xa0;: {reason}

Quitter quand même et les perdre? (Non garde l&apos;application ouverte et continue d&apos;essayer.)</translation>
    </message>
</context>
<context>
    <name>exporting</name>
    <message>
        <source>%v of %m slides</source>
        <translation>%v sur&#xa0;%m diapositives</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exporter en PDF…</translation>
    </message>
    <message>
        <source>&amp;Open the file when done</source>
        <translation>&amp;Ouvrir le fichier une fois terminé</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Annuler l&apos;exportation</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Exportation impossible</translation>
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <translation>Exporter en &amp;Markdown…</translation>
    </message>
    <message>
        <source>Export Markdown</source>
        <translation>Exporter en Markdown</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>Export PDF &amp;handout…</source>
        <translation>Exporter un &amp;document PDF à distribuer…</translation>
    </message>
    <message>
        <source>Export action &amp;list (CSV)…</source>
        <translation>Exporter la &amp;liste des actions (CSV)…</translation>
    </message>
    <message>
        <source>Export action list</source>
        <translation>Exporter la liste des actions</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportation annulée; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;exportation</translation>
    </message>
    <message>
        <source>Export handout PDF</source>
        <translation>Exporter le document PDF à distribuer</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progression de l&apos;exportation</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>État de l&apos;exportation</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exporté dans {path}</translation>
    </message>
    <message>
        <source>Exported {n} pages to {path}</source>
        <translation>{n} pages exportées dans {path}</translation>
    </message>
    <message>
        <source>Exported {n} sections to {path}</source>
        <translation>{n} sections exportées dans {path}</translation>
    </message>
    <message>
        <source>Exporting PDF</source>
        <translation>Exportation en PDF</translation>
    </message>
    <message>
        <source>Exporting {name}…</source>
        <translation>Exportation de {name}…</translation>
    </message>
    <message>
        <source>Open a strategy first.</source>
        <translation>Ouvrez d&apos;abord une stratégie.</translation>
    </message>
    <message>
        <source>Slides written</source>
        <translation>Diapositives écrites</translation>
    </message>
    <message>
        <source>The PDF could not be written: {error}

No file was written.</source>
        <translation>Le PDF n&apos;a pas pu être écrit&#xa0;: {error}

Aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Écriture de {name}…</translation>
    </message>
    <message>
        <source>the database is closed</source>
        <translation>la base de données est fermée</translation>
    </message>
    <message>
        <source>the strategy&apos;s scenario {key} is not known</source>
        <translation>le scénario {key} de la stratégie est inconnu</translation>
    </message>
</context>
<context>
    <name>facilitator</name>
    <message>
        <source>  … and {count} more</source>
        <translation>  … et {count} autres</translation>
    </message>
    <message>
        <source>  ○ Planned, not in place: {title}</source>
        <translation>  ○ Prévue, pas en place&#xa0;: {title}</translation>
    </message>
    <message>
        <source>  ○ {capability}: planned, not in place — {cards}</source>
        <translation>  ○ {capability}&#xa0;: prévue, pas en place — {cards}</translation>
    </message>
    <message>
        <source>  ⛔ Prohibited practice: {title}</source>
        <translation>  ⛔ Pratique interdite&#xa0;: {title}</translation>
    </message>
    <message>
        <source>  ✓ {capability}: {cards}</source>
        <translation>  ✓ {capability}&#xa0;: {cards}</translation>
    </message>
    <message>
        <source>  ✗ {capability}: no card provides it</source>
        <translation>  ✗ {capability}&#xa0;: aucune carte ne la fournit</translation>
    </message>
    <message>
        <source>  ✗ {severity}: {title}</source>
        <translation>  ✗ {severity}&#xa0;: {title}</translation>
    </message>
    <message>
        <source>&amp;Agenda…</source>
        <translation>&amp;Ordre du jour…</translation>
    </message>
    <message>
        <source>&amp;Facilitator window</source>
        <translation>&amp;Fenêtre d&apos;animation</translation>
    </message>
    <message>
        <source>&amp;Guided drill (Explore)</source>
        <translation>Exercice &amp;guidé (Explorer)</translation>
    </message>
    <message>
        <source>&amp;Phase reviews</source>
        <translation>E&amp;xamens des phases</translation>
    </message>
    <message>
        <source>&amp;Score this strategy</source>
        <translation>É&amp;valuer cette stratégie</translation>
    </message>
    <message>
        <source>&amp;Versions and replay</source>
        <translation>V&amp;ersions et relecture</translation>
    </message>
    <message>
        <source>+5 min</source>
        <translation>+5 min</translation>
    </message>
    <message>
        <source>+{count} rules met</source>
        <translation>+{count} règles respectées</translation>
    </message>
    <message>
        <source>, +{count} more</source>
        <translation>, +{count} autres</translation>
    </message>
    <message>
        <source>1. Pick an event</source>
        <translation>1. Choisissez un événement</translation>
    </message>
    <message>
        <source>2. Watch it travel the board</source>
        <translation>2. Suivez-le sur le canevas</translation>
    </message>
    <message>
        <source>3. What did you observe?</source>
        <translation>3. Qu&apos;avez-vous observé?</translation>
    </message>
    <message>
        <source>A CSV with the header team,name,role; one member a row</source>
        <translation>Un fichier CSV avec l&apos;en-tête team,name,role; un membre par ligne</translation>
    </message>
    <message>
        <source>A comment keeps its first {count} characters.</source>
        <translation>Un commentaire garde ses {count} premiers caractères.</translation>
    </message>
    <message>
        <source>A read-only view of a strategy&apos;s board; it cannot be edited here.</source>
        <translation>Le canevas d&apos;une stratégie en lecture seule; il ne peut pas être modifié ici.</translation>
    </message>
    <message>
        <source>A real failed public-sector AI project, on the shared screen.</source>
        <translation>Un véritable projet d&apos;IA du secteur public qui a échoué, à l&apos;écran partagé.</translation>
    </message>
    <message>
        <source>A short sound when a stage&apos;s time is up</source>
        <translation>Un court son quand le temps d&apos;une étape est écoulé</translation>
    </message>
    <message>
        <source>A what-if event from how public-sector AI fails in production, or a year.</source>
        <translation>Un événement hypothétique tiré des façons dont l&apos;IA du secteur public échoue en production, ou une année.</translation>
    </message>
    <message>
        <source>A year in production (simulated)</source>
        <translation>Une année en production (simulée)</translation>
    </message>
    <message>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <source>About the checker results</source>
        <translation>À propos des résultats du vérificateur</translation>
    </message>
    <message>
        <source>About the reflection</source>
        <translation>À propos de la réflexion</translation>
    </message>
    <message>
        <source>About the stage</source>
        <translation>À propos de l&apos;étape</translation>
    </message>
    <message>
        <source>About this criterion</source>
        <translation>À propos de ce critère</translation>
    </message>
    <message>
        <source>About this stage</source>
        <translation>À propos de cette étape</translation>
    </message>
    <message>
        <source>About {stage}</source>
        <translation>À propos de {stage}</translation>
    </message>
    <message>
        <source>Acceptable</source>
        <translation>Acceptable</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add a stage at the end</source>
        <translation>Ajouter une étape à la fin</translation>
    </message>
    <message>
        <source>Add an assignment</source>
        <translation>Ajouter une attribution</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutée</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Agenda &amp;timer</source>
        <translation>&amp;Minuterie de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Agenda complete</source>
        <translation>Ordre du jour terminé</translation>
    </message>
    <message>
        <source>Agenda problem</source>
        <translation>Problème d&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Agenda timer</source>
        <translation>Minuterie</translation>
    </message>
    <message>
        <source>Agenda timer (compact)</source>
        <translation>Minuterie de l&apos;ordre du jour (compacte)</translation>
    </message>
    <message>
        <source>Agenda timer full screen</source>
        <translation>Minuterie de l&apos;ordre du jour en plein écran</translation>
    </message>
    <message>
        <source>Agenda timer page</source>
        <translation>Page de la minuterie de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>All cards</source>
        <translation>Toutes les cartes</translation>
    </message>
    <message>
        <source>All cards, differences, or one&apos;s gaps</source>
        <translation>Toutes les cartes, les différences ou les lacunes d&apos;une stratégie</translation>
    </message>
    <message>
        <source>All {count} stages done</source>
        <translation>Les {count} étapes sont terminées</translation>
    </message>
    <message>
        <source>Assignment message</source>
        <translation>Message sur les attributions</translation>
    </message>
    <message>
        <source>Assignment warnings</source>
        <translation>Avertissements sur les attributions</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Attributions</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Back to the canvas</source>
        <translation>Retour au canevas</translation>
    </message>
    <message>
        <source>Back to the first stage, stopped</source>
        <translation>Retour à la première étape, arrêtée</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>Beginning</source>
        <translation>Débutant</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot write the report: {e}</source>
        <translation>Impossible d&apos;écrire le rapport&#xa0;: {e}</translation>
    </message>
    <message>
        <source>Canvas of {name} (read-only)</source>
        <translation>Canevas de {name} (lecture seule)</translation>
    </message>
    <message>
        <source>Canvases and tables</source>
        <translation>Canevas et tableaux</translation>
    </message>
    <message>
        <source>Canvases side by side</source>
        <translation>Canevas côte à côte</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Card added</source>
        <translation>Carte ajoutée</translation>
    </message>
    <message>
        <source>Card edited</source>
        <translation>Carte modifiée</translation>
    </message>
    <message>
        <source>Card moved</source>
        <translation>Carte déplacée</translation>
    </message>
    <message>
        <source>Card or link</source>
        <translation>Carte ou lien</translation>
    </message>
    <message>
        <source>Card removed</source>
        <translation>Carte retirée</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <source>Cards and links</source>
        <translation>Cartes et liens</translation>
    </message>
    <message>
        <source>Cards and links changed</source>
        <translation>Cartes et liens modifiés</translation>
    </message>
    <message>
        <source>Cards compared</source>
        <translation>Cartes comparées</translation>
    </message>
    <message>
        <source>Cards not every strategy has</source>
        <translation>Cartes que toutes les stratégies n&apos;ont pas</translation>
    </message>
    <message>
        <source>Case study</source>
        <translation>Étude de cas</translation>
    </message>
    <message>
        <source>Case study pages</source>
        <translation>Pages de l&apos;étude de cas</translation>
    </message>
    <message>
        <source>Case study to present</source>
        <translation>Étude de cas à présenter</translation>
    </message>
    <message>
        <source>Case study:</source>
        <translation>Étude de cas&#xa0;:</translation>
    </message>
    <message>
        <source>Case study: {title}</source>
        <translation>Étude de cas&#xa0;: {title}</translation>
    </message>
    <message>
        <source>Case study…</source>
        <translation>Étude de cas…</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>Défis</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changements</translation>
    </message>
    <message>
        <source>Changes as tables and on the canvas</source>
        <translation>Changements en tableaux et sur le canevas</translation>
    </message>
    <message>
        <source>Checker results for {title}</source>
        <translation>Résultats du vérificateur pour {title}</translation>
    </message>
    <message>
        <source>Checker results heading</source>
        <translation>En-tête des résultats du vérificateur</translation>
    </message>
    <message>
        <source>Chime</source>
        <translation>Carillon</translation>
    </message>
    <message>
        <source>Choose a level first, then add a comment.</source>
        <translation>Choisissez d&apos;abord un niveau, puis ajoutez un commentaire.</translation>
    </message>
    <message>
        <source>Choose a level from 1 to 4 with the arrow keys or the keys 1 to 4.</source>
        <translation>Choisissez un niveau de 1 à 4 avec les touches fléchées ou les touches 1 à 4.</translation>
    </message>
    <message>
        <source>Choose a score from 1 to 4 before saving.</source>
        <translation>Choisissez une note de 1 à 4 avant d&apos;enregistrer.</translation>
    </message>
    <message>
        <source>Choose a strategy to review its phases.</source>
        <translation>Choisissez une stratégie pour en examiner les phases.</translation>
    </message>
    <message>
        <source>Choose a strategy to score (and install a rubric).</source>
        <translation>Choisissez une stratégie à évaluer (et installez une grille d&apos;évaluation).</translation>
    </message>
    <message>
        <source>Choose a strategy to see its versions.</source>
        <translation>Choisissez une stratégie pour en voir les versions.</translation>
    </message>
    <message>
        <source>Choose acceptable or to be corrected for {phase}.</source>
        <translation>Choisissez acceptable ou à corriger pour {phase}.</translation>
    </message>
    <message>
        <source>Choose two different versions to compare.</source>
        <translation>Choisissez deux versions différentes à comparer.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Clear the score of {title}</source>
        <translation>Effacer la note de {title}</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermés</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Comment on {title}</source>
        <translation>Commentaire sur {title}</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Compare strategies of one scenario</source>
        <translation>Comparer les stratégies d&apos;un scénario</translation>
    </message>
    <message>
        <source>Compare the ticked strategies</source>
        <translation>Comparer les stratégies cochées</translation>
    </message>
    <message>
        <source>Compare two versions</source>
        <translation>Comparer deux versions</translation>
    </message>
    <message>
        <source>Comparison tables</source>
        <translation>Tableaux de comparaison</translation>
    </message>
    <message>
        <source>Confidence in {lane}</source>
        <translation>Confiance dans {lane}</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Corrigée</translation>
    </message>
    <message>
        <source>Corrected, awaiting re-evaluation</source>
        <translation>Corrigée, en attente de réévaluation</translation>
    </message>
    <message>
        <source>Corrections made</source>
        <translation>Corrections apportées</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>Coverage before and after</source>
        <translation>Couverture avant et après</translation>
    </message>
    <message>
        <source>Coverage per pack</source>
        <translation>Couverture par ensemble</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Critères</translation>
    </message>
    <message>
        <source>Current stage</source>
        <translation>Étape en cours</translation>
    </message>
    <message>
        <source>Current stage and time left</source>
        <translation>Étape en cours et temps restant</translation>
    </message>
    <message>
        <source>Deck</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <source>Default agenda</source>
        <translation>Ordre du jour par défaut</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Developing</source>
        <translation>En développement</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Boutons de la boîte de dialogue</translation>
    </message>
    <message>
        <source>Did the board catch it? Who handled it? Did the lesson travel back?</source>
        <translation>Le canevas l&apos;a-t-il détecté? Qui l&apos;a traité? La leçon a-t-elle été réinjectée?</translation>
    </message>
    <message>
        <source>Drag or use the arrow keys to move through the history</source>
        <translation>Faites glisser ou utilisez les touches fléchées pour parcourir l&apos;historique</translation>
    </message>
    <message>
        <source>Each card and whether each strategy has it</source>
        <translation>Chaque carte et si chaque stratégie l&apos;a</translation>
    </message>
    <message>
        <source>Each lane: what it is for, what to ask, and which practices answer it.</source>
        <translation>Chaque couloir&#xa0;: à quoi il sert, quoi demander et quelles pratiques y répondent.</translation>
    </message>
    <message>
        <source>Each participant answers on their own; the facilitator too.</source>
        <translation>Chaque participant répond seul; la personne qui anime aussi.</translation>
    </message>
    <message>
        <source>Each row: the reviewer team and the team whose strategy it reviews</source>
        <translation>Chaque ligne&#xa0;: l&apos;équipe examinatrice et l&apos;équipe dont elle examine la stratégie</translation>
    </message>
    <message>
        <source>Each team reviews the team this many places after it</source>
        <translation>Chaque équipe examine l&apos;équipe située ce nombre de rangs après elle</translation>
    </message>
    <message>
        <source>Edit agenda…</source>
        <translation>Modifier l&apos;ordre du jour…</translation>
    </message>
    <message>
        <source>Edit the stages and their minutes</source>
        <translation>Modifier les étapes et leur durée en minutes</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Modifiée</translation>
    </message>
    <message>
        <source>Elaborate</source>
        <translation>Élaborer</translation>
    </message>
    <message>
        <source>End this stage and start the next</source>
        <translation>Terminer cette étape et commencer la suivante</translation>
    </message>
    <message>
        <source>Engage</source>
        <translation>Engager</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>Évaluer</translation>
    </message>
    <message>
        <source>Evaluate {phase}</source>
        <translation>Évaluer {phase}</translation>
    </message>
    <message>
        <source>Evaluate · {team} presents</source>
        <translation>Évaluer · présentation de {team}</translation>
    </message>
    <message>
        <source>Event to throw at the board</source>
        <translation>Événement à soumettre au canevas</translation>
    </message>
    <message>
        <source>Every scenario of the workshop and the library; documented failures first.</source>
        <translation>Tous les scénarios de l&apos;atelier et de la bibliothèque; les échecs documentés d&apos;abord.</translation>
    </message>
    <message>
        <source>Every team is already assigned every other team&apos;s strategy.</source>
        <translation>Chaque équipe a déjà la stratégie de chacune des autres équipes.</translation>
    </message>
    <message>
        <source>Exemplary</source>
        <translation>Exemplaire</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>Expliquer</translation>
    </message>
    <message>
        <source>Explain · lane {n} of {count}</source>
        <translation>Expliquer · couloir {n} sur {count}</translation>
    </message>
    <message>
        <source>Explain · the phase guide</source>
        <translation>Expliquer · le guide des phases</translation>
    </message>
    <message>
        <source>Explore</source>
        <translation>Explorer</translation>
    </message>
    <message>
        <source>Export facilitator &amp;report (PDF)…</source>
        <translation>Exporter le &amp;rapport d&apos;animation (PDF)…</translation>
    </message>
    <message>
        <source>Export facilitator report</source>
        <translation>Exporter le rapport d&apos;animation</translation>
    </message>
    <message>
        <source>Export facilitator report (PDF)…</source>
        <translation>Exporter le rapport d&apos;animation (PDF)…</translation>
    </message>
    <message>
        <source>Export paper (Markdown)…</source>
        <translation>Exporter le document (Markdown)…</translation>
    </message>
    <message>
        <source>Export paper (PDF)…</source>
        <translation>Exporter le document (PDF)…</translation>
    </message>
    <message>
        <source>Export reflection paper</source>
        <translation>Exporter le document de réflexion</translation>
    </message>
    <message>
        <source>Export scores</source>
        <translation>Exporter les notes</translation>
    </message>
    <message>
        <source>Export scores (&amp;CSV)…</source>
        <translation>Exporter les notes (&amp;CSV)…</translation>
    </message>
    <message>
        <source>Export scores (CSV)…</source>
        <translation>Exporter les notes (CSV)…</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>État de l&apos;exportation</translation>
    </message>
    <message>
        <source>Export the reflection paper as Markdown</source>
        <translation>Exporter le document de réflexion en Markdown</translation>
    </message>
    <message>
        <source>Export the reflection paper as PDF</source>
        <translation>Exporter le document de réflexion en PDF</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>Export the scores as CSV</source>
        <translation>Exporter les notes en CSV</translation>
    </message>
    <message>
        <source>F&amp;acilitator</source>
        <translation>A&amp;nimation</translation>
    </message>
    <message>
        <source>F11 also toggles full screen; Esc leaves it.</source>
        <translation>F11 bascule aussi le plein écran; Esc le quitte.</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Animation</translation>
    </message>
    <message>
        <source>Facilitator message</source>
        <translation>Message de l&apos;animation</translation>
    </message>
    <message>
        <source>Facilitator report…</source>
        <translation>Rapport d&apos;animation…</translation>
    </message>
    <message>
        <source>Facilitator tools</source>
        <translation>Outils d&apos;animation</translation>
    </message>
    <message>
        <source>Feedback form</source>
        <translation>Formulaire de rétroaction</translation>
    </message>
    <message>
        <source>Feedback from {team} on {strategy}</source>
        <translation>Rétroaction de {team} sur {strategy}</translation>
    </message>
    <message>
        <source>Feedback from {team} on “{strategy}”</source>
        <translation>Rétroaction de {team} sur «&#xa0;{strategy}&#xa0;»</translation>
    </message>
    <message>
        <source>Feedback problem</source>
        <translation>Problème de rétroaction</translation>
    </message>
    <message>
        <source>Feedback saved.</source>
        <translation>Rétroaction enregistrée.</translation>
    </message>
    <message>
        <source>Feedback status</source>
        <translation>État de la rétroaction</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Findings compared</source>
        <translation>Constats comparés</translation>
    </message>
    <message>
        <source>Findings opened and closed</source>
        <translation>Constats ouverts et fermés</translation>
    </message>
    <message>
        <source>Findings that changed</source>
        <translation>Constats qui ont changé</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Première</translation>
    </message>
    <message>
        <source>Flash</source>
        <translation>Clignotement</translation>
    </message>
    <message>
        <source>Flash the timer when a stage&apos;s time is up</source>
        <translation>Faire clignoter la minuterie quand le temps d&apos;une étape est écoulé</translation>
    </message>
    <message>
        <source>For example: before feedback, round 2</source>
        <translation>Par exemple&#xa0;: avant la rétroaction, 2e tour</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Plein écran</translation>
    </message>
    <message>
        <source>Give this stage five more minutes</source>
        <translation>Donner cinq minutes de plus à cette étape</translation>
    </message>
    <message>
        <source>Go to the first revision</source>
        <translation>Aller à la première révision</translation>
    </message>
    <message>
        <source>Go to the last revision</source>
        <translation>Aller à la dernière révision</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Guided drill</source>
        <translation>Exercice guidé</translation>
    </message>
    <message>
        <source>Guided drill (Explore)</source>
        <translation>Exercice guidé (Explorer)</translation>
    </message>
    <message>
        <source>Guided drill for teams</source>
        <translation>Exercice guidé pour les équipes</translation>
    </message>
    <message>
        <source>Guided drill steps</source>
        <translation>Étapes de l&apos;exercice guidé</translation>
    </message>
    <message>
        <source>Hide this offer; F12 opens it later.</source>
        <translation>Masquer cette offre; F12 l&apos;ouvre plus tard.</translation>
    </message>
    <message>
        <source>History replay</source>
        <translation>Relecture de l&apos;historique</translation>
    </message>
    <message>
        <source>How often each rule fails in each strategy</source>
        <translation>À quelle fréquence chaque règle échoue dans chaque stratégie</translation>
    </message>
    <message>
        <source>How the day runs</source>
        <translation>Déroulement de la journée</translation>
    </message>
    <message>
        <source>How the strategy grew, revision by revision</source>
        <translation>Comment la stratégie a évolué, révision par révision</translation>
    </message>
    <message>
        <source>How {name} grew</source>
        <translation>Évolution de {name}</translation>
    </message>
    <message>
        <source>Import members</source>
        <translation>Importer des membres</translation>
    </message>
    <message>
        <source>Import members (CSV)…</source>
        <translation>Importer des membres (CSV)…</translation>
    </message>
    <message>
        <source>Import members from a CSV file</source>
        <translation>Importer des membres depuis un fichier CSV</translation>
    </message>
    <message>
        <source>Import result</source>
        <translation>Résultat de l&apos;importation</translation>
    </message>
    <message>
        <source>Imported {n} members; {skipped} rows skipped.</source>
        <translation>{n} membres importés; {skipped} lignes ignorées.</translation>
    </message>
    <message>
        <source>Individual reflection</source>
        <translation>Réflexion individuelle</translation>
    </message>
    <message>
        <source>Individual reflection: each participant, on their own, on applying MLOps in their organisation. Pick your name, answer, and Save.</source>
        <translation>Réflexion individuelle&#xa0;: chaque participant, seul, sur l&apos;application des MLOps dans son organisation. Choisissez votre nom, répondez, puis Enregistrer.</translation>
    </message>
    <message>
        <source>Keep a named copy of the strategy as it is now</source>
        <translation>Garder une copie nommée de la stratégie telle qu&apos;elle est maintenant</translation>
    </message>
    <message>
        <source>Kept per team and event; saving again replaces the notes.</source>
        <translation>Gardées par équipe et par événement; enregistrer de nouveau remplace les notes.</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Dernière</translation>
    </message>
    <message>
        <source>Last stage of the agenda</source>
        <translation>Dernière étape de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Level {level} descriptor</source>
        <translation>Descripteur du niveau {level}</translation>
    </message>
    <message>
        <source>Lifecycle practices that were missing</source>
        <translation>Pratiques du cycle de vie qui manquaient</translation>
    </message>
    <message>
        <source>Lights the cards that detect, handle and learn from the event, one stage a press.</source>
        <translation>Allume les cartes qui détectent l&apos;événement, le traitent et en tirent des leçons, une étape par pression.</translation>
    </message>
    <message>
        <source>Link added</source>
        <translation>Lien ajouté</translation>
    </message>
    <message>
        <source>Link changed</source>
        <translation>Lien modifié</translation>
    </message>
    <message>
        <source>Link removed</source>
        <translation>Lien retiré</translation>
    </message>
    <message>
        <source>Lock or unlock the round</source>
        <translation>Verrouiller ou déverrouiller le tour</translation>
    </message>
    <message>
        <source>Lock round</source>
        <translation>Verrouiller le tour</translation>
    </message>
    <message>
        <source>Mark each phase acceptable or to be corrected, then re-evaluate</source>
        <translation>Marquez chaque phase acceptable ou à corriger, puis réévaluez</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Minutes of the stage</source>
        <translation>Durée de l&apos;étape en minutes</translation>
    </message>
    <message>
        <source>Missing from {name}</source>
        <translation>Manquantes dans {name}</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move on by itself</source>
        <translation>Passer automatiquement à la suite</translation>
    </message>
    <message>
        <source>Move the selected stage down</source>
        <translation>Descendre l&apos;étape sélectionnée</translation>
    </message>
    <message>
        <source>Move the selected stage up</source>
        <translation>Monter l&apos;étape sélectionnée</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Déplacée</translation>
    </message>
    <message>
        <source>Name, minutes and description</source>
        <translation>Nom, durée en minutes et description</translation>
    </message>
    <message>
        <source>Named copies of the strategy</source>
        <translation>Copies nommées de la stratégie</translation>
    </message>
    <message>
        <source>Newer version</source>
        <translation>Version la plus récente</translation>
    </message>
    <message>
        <source>Newer version, changes highlighted (read-only)</source>
        <translation>Version la plus récente, changements mis en évidence (lecture seule)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>Next slide</source>
        <translation>Diapositive suivante</translation>
    </message>
    <message>
        <source>Next stage</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <source>Next stage on the board</source>
        <translation>Étape suivante au tableau</translation>
    </message>
    <message>
        <source>Next: {stage} · {minutes} min</source>
        <translation>Ensuite&#xa0;: {stage} · {minutes} min</translation>
    </message>
    <message>
        <source>No changes between these versions.</source>
        <translation>Aucun changement entre ces versions.</translation>
    </message>
    <message>
        <source>No criterion scored yet ({total} to score).</source>
        <translation>Aucun critère n&apos;est encore noté ({total} à noter).</translation>
    </message>
    <message>
        <source>No open findings for the rules this criterion names.</source>
        <translation>Aucun constat ouvert pour les règles que nomme ce critère.</translation>
    </message>
    <message>
        <source>No review is assigned in this round.</source>
        <translation>Aucun examen n&apos;est attribué dans ce tour.</translation>
    </message>
    <message>
        <source>No snapshot taken: {e}</source>
        <translation>Aucun instantané pris&#xa0;: {e}</translation>
    </message>
    <message>
        <source>Not every strategy compared has this card</source>
        <translation>Certaines stratégies comparées n&apos;ont pas cette carte</translation>
    </message>
    <message>
        <source>Not in this catalog</source>
        <translation>Absente de ce catalogue</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Non noté</translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation>Pas encore examinée</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Pas encore enregistrée</translation>
    </message>
    <message>
        <source>Not written: {e}</source>
        <translation>Non écrit&#xa0;: {e}</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Nothing imported. {rows}</source>
        <translation>Rien n&apos;a été importé. {rows}</translation>
    </message>
    <message>
        <source>Nothing to show yet.</source>
        <translation>Rien à afficher pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Now · revision {revision}</source>
        <translation>Maintenant · révision {revision}</translation>
    </message>
    <message>
        <source>Observations recorded by this team</source>
        <translation>Observations consignées par cette équipe</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Décalage</translation>
    </message>
    <message>
        <source>Older version</source>
        <translation>Version la plus ancienne</translation>
    </message>
    <message>
        <source>One revision back</source>
        <translation>Une révision en arrière</translation>
    </message>
    <message>
        <source>One revision forward</source>
        <translation>Une révision en avant</translation>
    </message>
    <message>
        <source>One suggestion</source>
        <translation>Une suggestion</translation>
    </message>
    <message>
        <source>Open a strategy first.</source>
        <translation>Ouvrez d&apos;abord une stratégie.</translation>
    </message>
    <message>
        <source>Open a strategy to present its scenario&apos;s case study.</source>
        <translation>Ouvrez une stratégie pour présenter l&apos;étude de cas de son scénario.</translation>
    </message>
    <message>
        <source>Open a team&apos;s strategy first.</source>
        <translation>Ouvrez d&apos;abord la stratégie d&apos;une équipe.</translation>
    </message>
    <message>
        <source>Open a team&apos;s strategy.</source>
        <translation>Ouvrez la stratégie d&apos;une équipe.</translation>
    </message>
    <message>
        <source>Open a workshop to record reflections.</source>
        <translation>Ouvrez un atelier pour consigner les réflexions.</translation>
    </message>
    <message>
        <source>Open an exported strategy</source>
        <translation>Ouvrir une stratégie exportée</translation>
    </message>
    <message>
        <source>Open export file</source>
        <translation>Ouvrir un fichier d&apos;exportation</translation>
    </message>
    <message>
        <source>Open export file…</source>
        <translation>Ouvrir un fichier d&apos;exportation…</translation>
    </message>
    <message>
        <source>Open findings: {count}</source>
        <translation>Constats ouverts&#xa0;: {count}</translation>
    </message>
    <message>
        <source>Open the guided drill for teams</source>
        <translation>Ouvrir l&apos;exercice guidé pour les équipes</translation>
    </message>
    <message>
        <source>Open the large agenda timer</source>
        <translation>Ouvrir la grande minuterie de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Open this stage&apos;s vie&amp;w</source>
        <translation>Ouvrir la vue de cette é&amp;tape</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouverts</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Au fil du temps</translation>
    </message>
    <message>
        <source>Overall score {level} of 4</source>
        <translation>Note globale {level} sur 4</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Ensemble</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Page Down and Page Up move between pages; F11 toggles full screen; Esc leaves it.</source>
        <translation>Page Down et Page Up changent de page; F11 bascule le plein écran; Esc le quitte.</translation>
    </message>
    <message>
        <source>Page Down and Page Up move between slides; F11 toggles full screen; Esc leaves it.</source>
        <translation>Page Down et Page Up changent de diapositive; F11 bascule le plein écran; Esc le quitte.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Peer feedback</source>
        <translation>Rétroaction des pairs</translation>
    </message>
    <message>
        <source>Peer feedback form</source>
        <translation>Formulaire de rétroaction des pairs</translation>
    </message>
    <message>
        <source>Peer review</source>
        <translation>Examen par les pairs</translation>
    </message>
    <message>
        <source>Peer review assignments</source>
        <translation>Attributions de l&apos;examen par les pairs</translation>
    </message>
    <message>
        <source>Peer review needs at least two teams, each with a strategy in this workshop.</source>
        <translation>L&apos;examen par les pairs exige au moins deux équipes ayant chacune une stratégie dans cet atelier.</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Phase guide</source>
        <translation>Guide des phases</translation>
    </message>
    <message>
        <source>Phase guide sl&amp;ides (Explain)</source>
        <translation>D&amp;iapositives du guide des phases (Expliquer)</translation>
    </message>
    <message>
        <source>Phase guide slides</source>
        <translation>Diapositives du guide des phases</translation>
    </message>
    <message>
        <source>Phase review message</source>
        <translation>Message de l&apos;examen des phases</translation>
    </message>
    <message>
        <source>Phase reviews</source>
        <translation>Examens des phases</translation>
    </message>
    <message>
        <source>Phase reviews: {strategy}</source>
        <translation>Examens des phases&#xa0;: {strategy}</translation>
    </message>
    <message>
        <source>Pick any case and present it.</source>
        <translation>Choisissez n&apos;importe quel cas et présentez-le.</translation>
    </message>
    <message>
        <source>Pick one to read or edit it.</source>
        <translation>Choisissez-en une pour la lire ou la modifier.</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Play the history</source>
        <translation>Lire l&apos;historique</translation>
    </message>
    <message>
        <source>Present a case study full screen</source>
        <translation>Présenter une étude de cas en plein écran</translation>
    </message>
    <message>
        <source>Present full screen</source>
        <translation>Présenter en plein écran</translation>
    </message>
    <message>
        <source>Present the case study full screen</source>
        <translation>Présenter l&apos;étude de cas en plein écran</translation>
    </message>
    <message>
        <source>Present the plan</source>
        <translation>Présenter le plan</translation>
    </message>
    <message>
        <source>Present the team&apos;s pla&amp;n (Evaluate)</source>
        <translation>Présenter le pla&amp;n de l&apos;équipe (Évaluer)</translation>
    </message>
    <message>
        <source>Present this team&apos;s plan</source>
        <translation>Présenter le plan de cette équipe</translation>
    </message>
    <message>
        <source>Press to start: the canvas lights each stage in turn.</source>
        <translation>Appuyez pour commencer&#xa0;: le canevas allume chaque étape à tour de rôle.</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <source>Previous slide</source>
        <translation>Diapositive précédente</translation>
    </message>
    <message>
        <source>Proficient</source>
        <translation>Compétent</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Questions it raised</source>
        <translation>Questions soulevées</translation>
    </message>
    <message>
        <source>Re-evaluate</source>
        <translation>Réévaluer</translation>
    </message>
    <message>
        <source>Read-only strategy canvas</source>
        <translation>Canevas de la stratégie en lecture seule</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prête</translation>
    </message>
    <message>
        <source>Recorded by this team</source>
        <translation>Consignées par cette équipe</translation>
    </message>
    <message>
        <source>Reflecti&amp;ons (Evaluate)</source>
        <translation>R&amp;éflexions (Évaluer)</translation>
    </message>
    <message>
        <source>Reflection questions</source>
        <translation>Questions de réflexion</translation>
    </message>
    <message>
        <source>Reflection status</source>
        <translation>État de la réflexion</translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation>Réflexions</translation>
    </message>
    <message>
        <source>Reflections are not available.</source>
        <translation>Les réflexions ne sont pas disponibles.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove a reviewed team</source>
        <translation>Retirer une équipe examinée</translation>
    </message>
    <message>
        <source>Remove stage</source>
        <translation>Retirer l&apos;étape</translation>
    </message>
    <message>
        <source>Remove the selected assignment</source>
        <translation>Retirer l&apos;attribution sélectionnée</translation>
    </message>
    <message>
        <source>Remove the selected stage</source>
        <translation>Retirer l&apos;étape sélectionnée</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>Replace the assignments with a round-robin</source>
        <translation>Remplacer les attributions par une rotation</translation>
    </message>
    <message>
        <source>Replay message</source>
        <translation>Message de relecture</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Report page</source>
        <translation>Page du rapport</translation>
    </message>
    <message>
        <source>Required when the phase is to be corrected: say what to correct</source>
        <translation>Obligatoire quand la phase est à corriger&#xa0;: précisez quoi corriger</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Restore the five default stages</source>
        <translation>Rétablir les cinq étapes par défaut</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Review a strategy from an exported JSON file without importing it</source>
        <translation>Examiner une stratégie à partir d&apos;un fichier JSON exporté, sans l&apos;importer</translation>
    </message>
    <message>
        <source>Review to fill in</source>
        <translation>Examen à remplir</translation>
    </message>
    <message>
        <source>Reviewer team</source>
        <translation>Équipe examinatrice</translation>
    </message>
    <message>
        <source>Reviewer team, row {row}</source>
        <translation>Équipe examinatrice, ligne {row}</translation>
    </message>
    <message>
        <source>Reviews the strategy of</source>
        <translation>Examine la stratégie de</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>Revision shown</source>
        <translation>Révision affichée</translation>
    </message>
    <message>
        <source>Revision {old} → {new}: {changes}.</source>
        <translation>Révision {old} → {new}&#xa0;: {changes}.</translation>
    </message>
    <message>
        <source>Revision {revision} of {last} · {cards} cards · {what}</source>
        <translation>Révision {revision} sur {last} · {cards} cartes · {what}</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Tour</translation>
    </message>
    <message>
        <source>Round 1</source>
        <translation>Tour 1</translation>
    </message>
    <message>
        <source>Round locked</source>
        <translation>Tour verrouillé</translation>
    </message>
    <message>
        <source>Round-robin</source>
        <translation>Rotation</translation>
    </message>
    <message>
        <source>Round-robin offset</source>
        <translation>Décalage de la rotation</translation>
    </message>
    <message>
        <source>Rubric score sheet</source>
        <translation>Feuille de notation selon la grille</translation>
    </message>
    <message>
        <source>Rubric scoring</source>
        <translation>Notation selon la grille</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Rule pack</source>
        <translation>Ensemble de règles</translation>
    </message>
    <message>
        <source>Rules met per pack</source>
        <translation>Règles respectées par ensemble</translation>
    </message>
    <message>
        <source>Rules met per rule pack, one column per strategy</source>
        <translation>Règles respectées par ensemble de règles, une colonne par stratégie</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Save feedback</source>
        <translation>Enregistrer la rétroaction</translation>
    </message>
    <message>
        <source>Save reflection</source>
        <translation>Enregistrer la réflexion</translation>
    </message>
    <message>
        <source>Save the team&apos;s notes</source>
        <translation>Enregistrer les notes de l&apos;équipe</translation>
    </message>
    <message>
        <source>Save this feedback (it stays editable until the round is locked)</source>
        <translation>Enregistrer cette rétroaction (elle reste modifiable jusqu&apos;au verrouillage du tour)</translation>
    </message>
    <message>
        <source>Saved {at}</source>
        <translation>Enregistré {at}</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>Enregistré {time}</translation>
    </message>
    <message>
        <source>Score (1–4)</source>
        <translation>Note (1 à 4)</translation>
    </message>
    <message>
        <source>Score sheet notice</source>
        <translation>Avis sur la feuille de notation</translation>
    </message>
    <message>
        <source>Score {strategy} against {rubric}</source>
        <translation>Évaluer {strategy} selon {rubric}</translation>
    </message>
    <message>
        <source>Scoring progress</source>
        <translation>Progression de la notation</translation>
    </message>
    <message>
        <source>Scoring: {strategy}</source>
        <translation>Notation&#xa0;: {strategy}</translation>
    </message>
    <message>
        <source>Select an assignment to remove.</source>
        <translation>Sélectionnez une attribution à retirer.</translation>
    </message>
    <message>
        <source>Self-assessment per lane</source>
        <translation>Autoévaluation par couloir</translation>
    </message>
    <message>
        <source>Self-assessment: how confident are you in each lane?</source>
        <translation>Autoévaluation&#xa0;: quel est votre degré de confiance dans chaque couloir?</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>Séparateur</translation>
    </message>
    <message>
        <source>Seven lanes, one lifecycle</source>
        <translation>Sept couloirs, un cycle de vie</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Share of the stage used</source>
        <translation>Part de l&apos;étape écoulée</translation>
    </message>
    <message>
        <source>Show the case study on the whole screen</source>
        <translation>Afficher l&apos;étude de cas sur tout l&apos;écran</translation>
    </message>
    <message>
        <source>Show the large timer</source>
        <translation>Afficher la grande minuterie</translation>
    </message>
    <message>
        <source>Show the phase guide as slides</source>
        <translation>Afficher le guide des phases en diapositives</translation>
    </message>
    <message>
        <source>Show the slides on the whole screen (F11)</source>
        <translation>Afficher les diapositives sur tout l&apos;écran (F11)</translation>
    </message>
    <message>
        <source>Show the timer on the whole screen</source>
        <translation>Afficher la minuterie sur tout l&apos;écran</translation>
    </message>
    <message>
        <source>Show what changed between the two</source>
        <translation>Montrer ce qui a changé entre les deux</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Côte à côte</translation>
    </message>
    <message>
        <source>Side-by-side message</source>
        <translation>Message de la vue côte à côte</translation>
    </message>
    <message>
        <source>Side-by-side review</source>
        <translation>Examen côte à côte</translation>
    </message>
    <message>
        <source>Skip stage</source>
        <translation>Passer l&apos;étape</translation>
    </message>
    <message>
        <source>Slide</source>
        <translation>Diapositive</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>Diapositives</translation>
    </message>
    <message>
        <source>Snapshot name</source>
        <translation>Nom de l&apos;instantané</translation>
    </message>
    <message>
        <source>Snapshot “{name}” taken at revision {revision}.</source>
        <translation>Instantané «&#xa0;{name}&#xa0;» pris à la révision {revision}.</translation>
    </message>
    <message>
        <source>Snapshot “{name}” taken.</source>
        <translation>Instantané «&#xa0;{name}&#xa0;» pris.</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>Instantanés</translation>
    </message>
    <message>
        <source>Snapshots of the strategy and what changed between them</source>
        <translation>Instantanés de la stratégie et ce qui a changé entre eux</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Stage and time left</source>
        <translation>Étape et temps restant</translation>
    </message>
    <message>
        <source>Stage name</source>
        <translation>Nom de l&apos;étape</translation>
    </message>
    <message>
        <source>Stage offer</source>
        <translation>Offre de l&apos;étape</translation>
    </message>
    <message>
        <source>Stage position</source>
        <translation>Position de l&apos;étape</translation>
    </message>
    <message>
        <source>Stage progress</source>
        <translation>Progression de l&apos;étape</translation>
    </message>
    <message>
        <source>Stage {number} of {count}</source>
        <translation>Étape {number} sur {count}</translation>
    </message>
    <message>
        <source>Stage {n}</source>
        <translation>Étape {n}</translation>
    </message>
    <message>
        <source>Stage {n} of {count}</source>
        <translation>Étape {n} sur {count}</translation>
    </message>
    <message>
        <source>Stage {n}: </source>
        <translation>Étape {n}&#xa0;: </translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Start or pause the timer</source>
        <translation>Démarrer ou mettre en pause la minuterie</translation>
    </message>
    <message>
        <source>Start, pause or resume the timer</source>
        <translation>Démarrer, mettre en pause ou reprendre la minuterie</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Strategies to compare</source>
        <translation>Stratégies à comparer</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <source>Strategy at the chosen revision (read-only)</source>
        <translation>La stratégie à la révision choisie (lecture seule)</translation>
    </message>
    <message>
        <source>Strategy changed</source>
        <translation>Stratégie modifiée</translation>
    </message>
    <message>
        <source>Strategy exports (*.json)</source>
        <translation>Stratégies exportées (*.json)</translation>
    </message>
    <message>
        <source>Strategy to review</source>
        <translation>Stratégie à examiner</translation>
    </message>
    <message>
        <source>Strategy:</source>
        <translation>Stratégie&#xa0;:</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Forces</translation>
    </message>
    <message>
        <source>Strengths and questions hold up to {count} characters each.</source>
        <translation>Les forces et les questions comptent au plus {count} caractères chacune.</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>Summary of changes</source>
        <translation>Résumé des changements</translation>
    </message>
    <message>
        <source>Take snapshot</source>
        <translation>Prendre un instantané</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Team reviewed, row {row}</source>
        <translation>Équipe examinée, ligne {row}</translation>
    </message>
    <message>
        <source>Team: {team}</source>
        <translation>Équipe&#xa0;: {team}</translation>
    </message>
    <message>
        <source>Teams and &amp;members…</source>
        <translation>Équipes et membre&amp;s…</translation>
    </message>
    <message>
        <source>Teams design their strategy on the canvas.</source>
        <translation>Les équipes conçoivent leur stratégie sur le canevas.</translation>
    </message>
    <message>
        <source>Teams present; rubric and peer feedback; then everyone reflects on their own.</source>
        <translation>Les équipes présentent; grille d&apos;évaluation et rétroaction des pairs; puis chacun réfléchit de son côté.</translation>
    </message>
    <message>
        <source>Teams throw what-if events at their board, watch them travel, and note what they observe and the questions it raises.</source>
        <translation>Les équipes soumettent des événements hypothétiques à leur canevas, les suivent et notent ce qu&apos;elles observent et les questions soulevées.</translation>
    </message>
    <message>
        <source>The agenda is over</source>
        <translation>L&apos;ordre du jour est terminé</translation>
    </message>
    <message>
        <source>The agenda is over; reset the timer to start again.</source>
        <translation>L&apos;ordre du jour est terminé; réinitialisez la minuterie pour recommencer.</translation>
    </message>
    <message>
        <source>The agenda moved on; open the new stage&apos;s view here.</source>
        <translation>L&apos;ordre du jour a avancé; ouvrez ici la vue de la nouvelle étape.</translation>
    </message>
    <message>
        <source>The agenda timer moves from stage to stage and offers each stage&apos;s view above the canvas; F12 opens the view of the stage the timer is in.</source>
        <translation>La minuterie de l&apos;ordre du jour passe d&apos;une étape à l&apos;autre et propose la vue de chaque étape au-dessus du canevas; F12 ouvre la vue de l&apos;étape en cours.</translation>
    </message>
    <message>
        <source>The agenda was not saved: {e}</source>
        <translation>L&apos;ordre du jour n&apos;a pas été enregistré&#xa0;: {e}</translation>
    </message>
    <message>
        <source>The answers and self-assessment, with the team&apos;s plan attached.</source>
        <translation>Les réponses et l&apos;autoévaluation, avec le plan de l&apos;équipe en annexe.</translation>
    </message>
    <message>
        <source>The checker has nothing to say about this criterion.</source>
        <translation>Le vérificateur n&apos;a rien à signaler sur ce critère.</translation>
    </message>
    <message>
        <source>The checker&apos;s results are shown beside the criteria they inform; the score is your judgement.</source>
        <translation>Les résultats du vérificateur sont affichés à côté des critères qu&apos;ils éclairent; la note relève de votre jugement.</translation>
    </message>
    <message>
        <source>The drills could not be loaded.</source>
        <translation>Les exercices n&apos;ont pas pu être chargés.</translation>
    </message>
    <message>
        <source>The facilitator report: rubric scores per team, coverage per rule pack, common gaps, the peer-feedback digest and every phase&apos;s review state.</source>
        <translation>Le rapport d&apos;animation&#xa0;: notes selon la grille par équipe, couverture par ensemble de règles, lacunes communes, synthèse de la rétroaction des pairs et état de l&apos;examen de chaque phase.</translation>
    </message>
    <message>
        <source>The feedback was not saved: {e}</source>
        <translation>La rétroaction n&apos;a pas été enregistrée&#xa0;: {e}</translation>
    </message>
    <message>
        <source>The five stages of the day; each button opens that stage&apos;s view.</source>
        <translation>Les cinq étapes de la journée; chaque bouton ouvre la vue de l&apos;étape.</translation>
    </message>
    <message>
        <source>The history cannot be replayed: {e}</source>
        <translation>L&apos;historique ne peut pas être relu&#xa0;: {e}</translation>
    </message>
    <message>
        <source>The notes were not saved: {e}</source>
        <translation>Les notes n&apos;ont pas été enregistrées&#xa0;: {e}</translation>
    </message>
    <message>
        <source>The one change you would suggest first</source>
        <translation>Le premier changement que vous suggéreriez</translation>
    </message>
    <message>
        <source>The paper was not written: {e}</source>
        <translation>Le document n&apos;a pas été écrit&#xa0;: {e}</translation>
    </message>
    <message>
        <source>The reflection was not saved: {e}</source>
        <translation>La réflexion n&apos;a pas été enregistrée&#xa0;: {e}</translation>
    </message>
    <message>
        <source>The review was not saved: {e}</source>
        <translation>L&apos;examen n&apos;a pas été enregistré&#xa0;: {e}</translation>
    </message>
    <message>
        <source>The round was not saved: {e}</source>
        <translation>Le tour n&apos;a pas été enregistré&#xa0;: {e}</translation>
    </message>
    <message>
        <source>The scores were not saved: {e}</source>
        <translation>Les notes n&apos;ont pas été enregistrées&#xa0;: {e}</translation>
    </message>
    <message>
        <source>The six lanes and governance, one slide at a time.</source>
        <translation>Les six couloirs et la gouvernance, une diapositive à la fois.</translation>
    </message>
    <message>
        <source>The stages of the workshop and their minutes</source>
        <translation>Les étapes de l&apos;atelier et leur durée en minutes</translation>
    </message>
    <message>
        <source>The strategy has not been checked yet.</source>
        <translation>La stratégie n&apos;a pas encore été vérifiée.</translation>
    </message>
    <message>
        <source>The team has no strategy in this workshop yet.</source>
        <translation>L&apos;équipe n&apos;a pas encore de stratégie dans cet atelier.</translation>
    </message>
    <message>
        <source>The team reports that it corrected this phase</source>
        <translation>L&apos;équipe indique qu&apos;elle a corrigé cette phase</translation>
    </message>
    <message>
        <source>The team&apos;s board</source>
        <translation>Le canevas de l&apos;équipe</translation>
    </message>
    <message>
        <source>The team&apos;s notes on “{event}” are saved.</source>
        <translation>Les notes de l&apos;équipe sur «&#xa0;{event}&#xa0;» sont enregistrées.</translation>
    </message>
    <message>
        <source>The teams were not saved: {e}</source>
        <translation>Les équipes n&apos;ont pas été enregistrées&#xa0;: {e}</translation>
    </message>
    <message>
        <source>The workshop day is not available.</source>
        <translation>La journée d&apos;atelier n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>The workshop&apos;s current stage, its time left and the next stage.</source>
        <translation>L&apos;étape en cours de l&apos;atelier, le temps restant et l&apos;étape suivante.</translation>
    </message>
    <message>
        <source>The year&apos;s events are in the Drills panel: what would have hurt most?</source>
        <translation>Les événements de l&apos;année sont dans le panneau Exercices&#xa0;: qu&apos;est-ce qui aurait fait le plus de tort?</translation>
    </message>
    <message>
        <source>This strategy already has a snapshot named “{name}”.</source>
        <translation>Cette stratégie a déjà un instantané nommé «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <source>Tick two or more strategies of the same scenario</source>
        <translation>Cochez au moins deux stratégies du même scénario</translation>
    </message>
    <message>
        <source>Time is up for {stage}.</source>
        <translation>Le temps est écoulé pour {stage}.</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>Timer f&amp;ull screen</source>
        <translation>Minuterie &amp;plein écran</translation>
    </message>
    <message>
        <source>Timer message</source>
        <translation>Message de la minuterie</translation>
    </message>
    <message>
        <source>Timer state</source>
        <translation>État de la minuterie</translation>
    </message>
    <message>
        <source>Timer, scoring, peer review and reports</source>
        <translation>Minuterie, notation, examen par les pairs et rapports</translation>
    </message>
    <message>
        <source>Timer…</source>
        <translation>Minuterie…</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>To be corrected</source>
        <translation>À corriger</translation>
    </message>
    <message>
        <source>Unlock round</source>
        <translation>Déverrouiller le tour</translation>
    </message>
    <message>
        <source>Upcoming rules, not yet in force: {count}</source>
        <translation>Règles à venir, pas encore en vigueur&#xa0;: {count}</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Versions &amp;&amp; replay</source>
        <translation>Versions &amp;&amp; relecture</translation>
    </message>
    <message>
        <source>Versions and replay</source>
        <translation>Versions et relecture</translation>
    </message>
    <message>
        <source>Versions message</source>
        <translation>Message des versions</translation>
    </message>
    <message>
        <source>Versions of {name}</source>
        <translation>Versions de {name}</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>What changed, card by card</source>
        <translation>Ce qui a changé, carte par carte</translation>
    </message>
    <message>
        <source>What does this strategy do well?</source>
        <translation>Qu&apos;est-ce que cette stratégie fait bien?</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>What it was meant to do, and what made it hard</source>
        <translation>Ce que le système devait faire, et ce qui l&apos;a rendu difficile</translation>
    </message>
    <message>
        <source>What questions did it raise?</source>
        <translation>Quelles questions a-t-il soulevées?</translation>
    </message>
    <message>
        <source>What should the team correct?</source>
        <translation>Que doit corriger l&apos;équipe?</translation>
    </message>
    <message>
        <source>What the checker found (informs, does not score)</source>
        <translation>Ce que le vérificateur a trouvé (éclaire, ne note pas)</translation>
    </message>
    <message>
        <source>What the team observed</source>
        <translation>Ce que l&apos;équipe a observé</translation>
    </message>
    <message>
        <source>What the team wants to find out or ask the facilitator.</source>
        <translation>Ce que l&apos;équipe veut découvrir ou demander à la personne qui anime.</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Ce qui a mal tourné</translation>
    </message>
    <message>
        <source>What would you ask the team?</source>
        <translation>Que demanderiez-vous à l&apos;équipe?</translation>
    </message>
    <message>
        <source>When unticked, a stage whose time is up stays and counts the overrun</source>
        <translation>Si la case n&apos;est pas cochée, une étape dont le temps est écoulé continue et compte le dépassement</translation>
    </message>
    <message>
        <source>Where the event is now</source>
        <translation>Où en est l&apos;événement</translation>
    </message>
    <message>
        <source>Which cards to list</source>
        <translation>Les cartes à énumérer</translation>
    </message>
    <message>
        <source>Which team reviews which strategy</source>
        <translation>Quelle équipe examine quelle stratégie</translation>
    </message>
    <message>
        <source>Who is reflecting</source>
        <translation>Qui fait sa réflexion</translation>
    </message>
    <message>
        <source>Workshop &amp;day</source>
        <translation>&amp;Journée d&apos;atelier</translation>
    </message>
    <message>
        <source>Workshop agenda</source>
        <translation>Ordre du jour de l&apos;atelier</translation>
    </message>
    <message>
        <source>Workshop day</source>
        <translation>Journée d&apos;atelier</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Écriture de {file}…</translation>
    </message>
    <message>
        <source>Written {path}</source>
        <translation>Écrit&#xa0;: {path}</translation>
    </message>
    <message>
        <source>Written: {file}</source>
        <translation>Écrit&#xa0;: {file}</translation>
    </message>
    <message>
        <source>before the first recorded change</source>
        <translation>avant le premier changement consigné</translation>
    </message>
    <message>
        <source>cadence</source>
        <translation>fréquence</translation>
    </message>
    <message>
        <source>capabilities</source>
        <translation>capacités</translation>
    </message>
    <message>
        <source>changed: {fields}</source>
        <translation>modifié&#xa0;: {fields}</translation>
    </message>
    <message>
        <source>coverage changed</source>
        <translation>couverture modifiée</translation>
    </message>
    <message>
        <source>failure on record</source>
        <translation>échec documenté</translation>
    </message>
    <message>
        <source>from card</source>
        <translation>carte d&apos;origine</translation>
    </message>
    <message>
        <source>from {old} to {new}</source>
        <translation>de {old} à {new}</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>aucun changement</translation>
    </message>
    <message>
        <source>not selected</source>
        <translation>non sélectionné</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>practice</source>
        <translation>pratique</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>profil</translation>
    </message>
    <message>
        <source>rule packs</source>
        <translation>ensembles de règles</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>scénario</translation>
    </message>
    <message>
        <source>status</source>
        <translation>état</translation>
    </message>
    <message>
        <source>the strategy</source>
        <translation>la stratégie</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>to card</source>
        <translation>carte de destination</translation>
    </message>
    <message>
        <source>within {phase}</source>
        <translation>dans {phase}</translation>
    </message>
    <message>
        <source>{card} ({phase})</source>
        <translation>{card} ({phase})</translation>
    </message>
    <message>
        <source>{card} ({phase}, not in place)</source>
        <translation>{card} ({phase}, pas en place)</translation>
    </message>
    <message>
        <source>{count} fewer rules met</source>
        <translation>{count} règles respectées de moins</translation>
    </message>
    <message>
        <source>{file} cannot be reviewed: {problem}</source>
        <translation>{file} ne peut pas être examiné&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>{file} is open for review; it was not imported.</source>
        <translation>{file} est ouvert pour examen; il n&apos;a pas été importé.</translation>
    </message>
    <message>
        <source>{lane}: practices that answer them</source>
        <translation>{lane}&#xa0;: pratiques qui y répondent</translation>
    </message>
    <message>
        <source>{lane}: questions to ask</source>
        <translation>{lane}&#xa0;: questions à poser</translation>
    </message>
    <message>
        <source>{level} · {name}</source>
        <translation>{level} · {name}</translation>
    </message>
    <message>
        <source>{name} (from {file})</source>
        <translation>{name} (de {file})</translation>
    </message>
    <message>
        <source>{name} · revision {revision} · {when}</source>
        <translation>{name} · révision {revision} · {when}</translation>
    </message>
    <message>
        <source>{name} — the facilitator</source>
        <translation>{name} — la personne qui anime</translation>
    </message>
    <message>
        <source>{name} — the plan</source>
        <translation>{name} — le plan</translation>
    </message>
    <message>
        <source>{name}&apos;s reflection is saved.</source>
        <translation>La réflexion de {name} est enregistrée.</translation>
    </message>
    <message>
        <source>{n} cards added</source>
        <translation>{n} cartes ajoutées</translation>
    </message>
    <message>
        <source>{n} edited</source>
        <translation>{n} modifiées</translation>
    </message>
    <message>
        <source>{n} findings closed</source>
        <translation>{n} constats fermés</translation>
    </message>
    <message>
        <source>{n} findings opened</source>
        <translation>{n} constats ouverts</translation>
    </message>
    <message>
        <source>{n} links added</source>
        <translation>{n} liens ajoutés</translation>
    </message>
    <message>
        <source>{n} links changed</source>
        <translation>{n} liens modifiés</translation>
    </message>
    <message>
        <source>{n} links removed</source>
        <translation>{n} liens retirés</translation>
    </message>
    <message>
        <source>{n} moved</source>
        <translation>{n} déplacées</translation>
    </message>
    <message>
        <source>{n} removed</source>
        <translation>{n} retirées</translation>
    </message>
    <message>
        <source>{n} rows of {file} cannot be used:

{rows}

Skip them and import the other {good} rows?</source>
        <translation>{n} lignes de {file} ne peuvent pas être utilisées&#xa0;:

{rows}

Les ignorer et importer les {good} autres lignes?</translation>
    </message>
    <message>
        <source>{n}. {stage} · {minutes} min</source>
        <translation>{n}. {stage} · {minutes} min</translation>
    </message>
    <message>
        <source>{offer} (F12)</source>
        <translation>{offer} (F12)</translation>
    </message>
    <message>
        <source>{pack}: {satisfied} in place · {planned} planned of {applicable} rules</source>
        <translation>{pack}&#xa0;: {satisfied} en place · {planned} prévues sur {applicable} règles</translation>
    </message>
    <message>
        <source>{page} (scrolls)</source>
        <translation>{page} (défilement)</translation>
    </message>
    <message>
        <source>{page} of {count}: {heading}</source>
        <translation>{page} sur {count}&#xa0;: {heading}</translation>
    </message>
    <message>
        <source>{phase} comment</source>
        <translation>Commentaire sur {phase}</translation>
    </message>
    <message>
        <source>{phase} state</source>
        <translation>État de {phase}</translation>
    </message>
    <message>
        <source>{phase}: acceptable</source>
        <translation>{phase}&#xa0;: acceptable</translation>
    </message>
    <message>
        <source>{phase}: the team made its corrections</source>
        <translation>{phase}&#xa0;: l&apos;équipe a apporté ses corrections</translation>
    </message>
    <message>
        <source>{phase}: to be corrected</source>
        <translation>{phase}&#xa0;: à corriger</translation>
    </message>
    <message>
        <source>{phase}: {problem}</source>
        <translation>{phase}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>{position} — {stage}: {about}</source>
        <translation>{position} — {stage}&#xa0;: {about}</translation>
    </message>
    <message>
        <source>{position}: {stage}. {offer}: F12.</source>
        <translation>{position}&#xa0;: {stage}. {offer}&#xa0;: F12.</translation>
    </message>
    <message>
        <source>{reviewer} reviews {reviewed}</source>
        <translation>{reviewer} examine {reviewed}</translation>
    </message>
    <message>
        <source>{round} is locked by the facilitator: feedback can be read but not changed.</source>
        <translation>{round} est verrouillé par l&apos;animation&#xa0;: la rétroaction peut être lue, mais pas modifiée.</translation>
    </message>
    <message>
        <source>{round} · {count} assignments</source>
        <translation>{round} · {count} attributions</translation>
    </message>
    <message>
        <source>{rubric} (version {version})</source>
        <translation>{rubric} (version {version})</translation>
    </message>
    <message>
        <source>{satisfied} of {applicable} ({share:.0%})</source>
        <translation>{satisfied} sur {applicable} ({share:.0%})</translation>
    </message>
    <message>
        <source>{scored} of {total} criteria scored · mean level {mean:.1f}</source>
        <translation>{scored} critères notés sur {total} · niveau moyen {mean:.1f}</translation>
    </message>
    <message>
        <source>{source} → {target}</source>
        <translation>{source} → {target}</translation>
    </message>
    <message>
        <source>{stage} · {time}</source>
        <translation>{stage} · {time}</translation>
    </message>
    <message>
        <source>{stage} · {time} over</source>
        <translation>{stage} · {time} de dépassement</translation>
    </message>
    <message>
        <source>{state} (re-evaluated)</source>
        <translation>{state} (réévaluée)</translation>
    </message>
    <message>
        <source>{team} cannot review its own strategy.</source>
        <translation>{team} ne peut pas examiner sa propre stratégie.</translation>
    </message>
    <message>
        <source>{team} takes part in peer review: {a} assignments, {g} feedback entries given, {r} received.

Remove the team? Its reviews stay in the database and in the workshop&apos;s export.</source>
        <translation>{team} participe à l&apos;examen par les pairs&#xa0;: {a} attributions, {g} rétroactions données, {r} reçues.

Retirer l&apos;équipe? Ses examens restent dans la base de données et dans l&apos;exportation de l&apos;atelier.</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>{time} restant</translation>
    </message>
    <message>
        <source>{time} over time</source>
        <translation>{time} de dépassement</translation>
    </message>
    <message>
        <source>{title}  — now</source>
        <translation>{title}  — maintenant</translation>
    </message>
    <message>
        <source>· {planned} planned</source>
        <translation>· {planned} prévues</translation>
    </message>
    <message>
        <source>— none</source>
        <translation>— aucune</translation>
    </message>
    <message>
        <source>“{event}” cannot be run here.</source>
        <translation>«&#xa0;{event}&#xa0;» ne peut pas être exécuté ici.</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… et {n} autres</translation>
    </message>
    <message>
        <source>✓ has it</source>
        <translation>✓ l&apos;a</translation>
    </message>
    <message>
        <source>✓ has it ({count}×)</source>
        <translation>✓ l&apos;a ({count}×)</translation>
    </message>
    <message>
        <source>✗ lacks it</source>
        <translation>✗ ne l&apos;a pas</translation>
    </message>
</context>
<context>
    <name>finding state</name>
    <message>
        <source>Missing</source>
        <translation>Manquante</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <source>Planned — not in place</source>
        <translation>Prévue — pas en place</translation>
    </message>
    <message>
        <source>Prohibited</source>
        <translation>Interdite</translation>
    </message>
    <message>
        <source>Prohibited practice</source>
        <translation>Pratique interdite</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>Upcoming — not yet in force</source>
        <translation>À venir — pas encore en vigueur</translation>
    </message>
</context>
<context>
    <name>findings</name>
    <message>
        <source>&amp;Fix: add this card</source>
        <translation>&amp;Correction&#xa0;: ajouter cette carte</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 erreur</translation>
    </message>
    <message>
        <source>1 more rule is upcoming (not yet in force).</source>
        <translation>1 autre règle est à venir (pas encore en vigueur).</translation>
    </message>
    <message>
        <source>1 pack</source>
        <translation>1 ensemble</translation>
    </message>
    <message>
        <source>1 rule</source>
        <translation>1 règle</translation>
    </message>
    <message>
        <source>1 suggestion</source>
        <translation>1 suggestion</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 avertissement</translation>
    </message>
    <message>
        <source>; only planned while the system is already live</source>
        <translation>; seulement prévue alors que le système est déjà en service</translation>
    </message>
    <message>
        <source>; planned, but not in place</source>
        <translation>; prévue, mais pas en place</translation>
    </message>
    <message>
        <source>; the drills attach {harm} harm per day to its absence</source>
        <translation>; les exercices associent un préjudice de {harm} par jour à son absence</translation>
    </message>
    <message>
        <source>A prohibited practice blocks this use.</source>
        <translation>Une pratique interdite bloque cette utilisation.</translation>
    </message>
    <message>
        <source>A prohibited practice outranks every other gap: no card can make it lawful; the use itself must change.</source>
        <translation>Une pratique interdite l&apos;emporte sur toute autre lacune&#xa0;: aucune carte ne peut la rendre licite; c&apos;est l&apos;utilisation elle-même qui doit changer.</translation>
    </message>
    <message>
        <source>Add the suggested practice to its lane, as one step you can undo.</source>
        <translation>Ajouter la pratique suggérée à son couloir, en une étape que vous pouvez annuler.</translation>
    </message>
    <message>
        <source>All packs</source>
        <translation>Tous les ensembles</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Toutes les gravités</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>An amendment has been reported but its final text is not verified: not law.</source>
        <translation>Une modification a été signalée, mais son texte définitif n&apos;est pas vérifié&#xa0;: pas encore du droit.</translation>
    </message>
    <message>
        <source>Applies from {date}: {title}</source>
        <translation>En vigueur à partir du {date}&#xa0;: {title}</translation>
    </message>
    <message>
        <source>Cards involved</source>
        <translation>Cartes concernées</translation>
    </message>
    <message>
        <source>Cards involved: {names}</source>
        <translation>Cartes concernées&#xa0;: {names}</translation>
    </message>
    <message>
        <source>Check header</source>
        <translation>En-tête de la vérification</translation>
    </message>
    <message>
        <source>Checked against the law as it stands on {date} — the date set in the profile, not today.</source>
        <translation>Vérifié selon le droit en vigueur le {date} — la date fixée dans le profil, et non aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Checked against the law on {date} (today).</source>
        <translation>Vérifié selon le droit en vigueur le {date} (aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Date of the law applied</source>
        <translation>Date du droit appliqué</translation>
    </message>
    <message>
        <source>Demanded by {citations}.</source>
        <translation>Exigée par {citations}.</translation>
    </message>
    <message>
        <source>Demanded by: {citations}</source>
        <translation>Exigée par&#xa0;: {citations}</translation>
    </message>
    <message>
        <source>Filter by words…</source>
        <translation>Filtrer par mots…</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Finding filters</source>
        <translation>Filtres des constats</translation>
    </message>
    <message>
        <source>Finding state</source>
        <translation>État du constat</translation>
    </message>
    <message>
        <source>Finding title</source>
        <translation>Titre du constat</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Findings list</source>
        <translation>Liste des constats</translation>
    </message>
    <message>
        <source>Findings panel</source>
        <translation>Panneau des constats</translation>
    </message>
    <message>
        <source>Findings summary</source>
        <translation>Résumé des constats</translation>
    </message>
    <message>
        <source>First the gaps that would hurt first, then the other findings by rule pack and state. Selecting one highlights its cards on the canvas; Enter adds the suggested card.</source>
        <translation>D&apos;abord les lacunes qui feraient du tort en premier, puis les autres constats par ensemble de règles et par état. En choisir un met ses cartes en évidence sur le canevas; Enter ajoute la carte suggérée.</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Fix: add “{entry}”</source>
        <translation>Correction&#xa0;: ajouter «&#xa0;{entry}&#xa0;»</translation>
    </message>
    <message>
        <source>Fixes</source>
        <translation>Corrections</translation>
    </message>
    <message>
        <source>Lifecycle structure</source>
        <translation>Structure du cycle de vie</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Manquante</translation>
    </message>
    <message>
        <source>Missing · {severity}</source>
        <translation>Manquante · {severity}</translation>
    </message>
    <message>
        <source>No card can fix a prohibited practice: the use must change.</source>
        <translation>Aucune carte ne peut corriger une pratique interdite&#xa0;: l&apos;utilisation doit changer.</translation>
    </message>
    <message>
        <source>No card can fix this: the use itself must change.</source>
        <translation>Aucune carte ne peut corriger cela&#xa0;: l&apos;utilisation elle-même doit changer.</translation>
    </message>
    <message>
        <source>No card yet: the strategy lacks this practice.</source>
        <translation>Aucune carte pour l&apos;instant&#xa0;: la stratégie n&apos;a pas cette pratique.</translation>
    </message>
    <message>
        <source>No catalog card fixes this</source>
        <translation>Aucune carte du catalogue ne corrige cela</translation>
    </message>
    <message>
        <source>No catalog card fixes this; edit the canvas.</source>
        <translation>Aucune carte du catalogue ne corrige cela; modifiez le canevas.</translation>
    </message>
    <message>
        <source>No check has run yet.</source>
        <translation>Aucune vérification n&apos;a encore été faite.</translation>
    </message>
    <message>
        <source>No-entry sign</source>
        <translation>Panneau d&apos;interdiction</translation>
    </message>
    <message>
        <source>Not in force yet on the date checked: nothing is required.</source>
        <translation>Pas encore en vigueur à la date vérifiée&#xa0;: rien n&apos;est exigé.</translation>
    </message>
    <message>
        <source>Nothing to add: the practice is planned. It counts once its cards are in place.</source>
        <translation>Rien à ajouter&#xa0;: la pratique est prévue. Elle comptera une fois ses cartes en place.</translation>
    </message>
    <message>
        <source>Pack filter</source>
        <translation>Filtre des ensembles</translation>
    </message>
    <message>
        <source>Pack, citation and title of each rule this card helps satisfy.</source>
        <translation>L&apos;ensemble, la référence et le titre de chaque règle que cette carte aide à respecter.</translation>
    </message>
    <message>
        <source>Packs: {packs}</source>
        <translation>Ensembles&#xa0;: {packs}</translation>
    </message>
    <message>
        <source>Pick a gap or a finding to see what is missing and how to fix it.</source>
        <translation>Choisissez une lacune ou un constat pour voir ce qui manque et comment le corriger.</translation>
    </message>
    <message>
        <source>Planned cards, not yet in place: {names}</source>
        <translation>Cartes prévues, pas encore en place&#xa0;: {names}</translation>
    </message>
    <message>
        <source>Planned — not in place · {severity}</source>
        <translation>Prévue — pas en place · {severity}</translation>
    </message>
    <message>
        <source>Planned — not in place:</source>
        <translation>Prévue — pas en place&#xa0;:</translation>
    </message>
    <message>
        <source>Planned, not in place</source>
        <translation>Prévue, pas en place</translation>
    </message>
    <message>
        <source>Prohibited practice</source>
        <translation>Pratique interdite</translation>
    </message>
    <message>
        <source>Prohibited practice — this use cannot go ahead as planned.</source>
        <translation>Pratique interdite — cette utilisation ne peut pas aller de l&apos;avant telle que prévue.</translation>
    </message>
    <message>
        <source>Prohibited practice: {title}{cite}</source>
        <translation>Pratique interdite&#xa0;: {title}{cite}</translation>
    </message>
    <message>
        <source>Prohibited practices</source>
        <translation>Pratiques interdites</translation>
    </message>
    <message>
        <source>Rank {rank}, {state}: {title}. Demanded by {citations}</source>
        <translation>Rang {rank}, {state}&#xa0;: {title}. Exigée par {citations}</translation>
    </message>
    <message>
        <source>Reported change</source>
        <translation>Modification signalée</translation>
    </message>
    <message>
        <source>Reported change, not yet law: {note}</source>
        <translation>Modification signalée, pas encore du droit&#xa0;: {note}</translation>
    </message>
    <message>
        <source>Rule id: {id}</source>
        <translation>Identifiant de la règle&#xa0;: {id}</translation>
    </message>
    <message>
        <source>Rule ids: {ids}</source>
        <translation>Identifiants des règles&#xa0;: {ids}</translation>
    </message>
    <message>
        <source>Rules satisfied by the selected card</source>
        <translation>Règles respectées par la carte sélectionnée</translation>
    </message>
    <message>
        <source>Satisfies</source>
        <translation>Respecte</translation>
    </message>
    <message>
        <source>Select a card to see which rules it satisfies.</source>
        <translation>Sélectionnez une carte pour voir quelles règles elle respecte.</translation>
    </message>
    <message>
        <source>Selected card</source>
        <translation>Carte sélectionnée</translation>
    </message>
    <message>
        <source>Selected finding</source>
        <translation>Constat sélectionné</translation>
    </message>
    <message>
        <source>Selected gap</source>
        <translation>Lacune sélectionnée</translation>
    </message>
    <message>
        <source>Severity filter</source>
        <translation>Filtre de gravité</translation>
    </message>
    <message>
        <source>Show findings of one rule pack.</source>
        <translation>Afficher les constats d&apos;un seul ensemble de règles.</translation>
    </message>
    <message>
        <source>Show findings of one severity.</source>
        <translation>Afficher les constats d&apos;une seule gravité.</translation>
    </message>
    <message>
        <source>Show findings whose title, message or citation contain these words.</source>
        <translation>Afficher les constats dont le titre, le message ou la référence contiennent ces mots.</translation>
    </message>
    <message>
        <source>Show only missing, only planned (not in place), only upcoming or prohibited.</source>
        <translation>Afficher seulement les manquantes, seulement les prévues (pas en place), seulement les règles à venir ou les pratiques interdites.</translation>
    </message>
    <message>
        <source>Showing {n} of them.</source>
        <translation>{n} affichés.</translation>
    </message>
    <message>
        <source>State filter</source>
        <translation>Filtre d&apos;état</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Suggested practice</source>
        <translation>Pratique suggérée</translation>
    </message>
    <message>
        <source>Text filter</source>
        <translation>Filtre de texte</translation>
    </message>
    <message>
        <source>The catalog practice the Fix button adds; the best fit comes first.</source>
        <translation>La pratique du catalogue qu&apos;ajoute le bouton Correction; la mieux adaptée vient en premier.</translation>
    </message>
    <message>
        <source>The date whose law the check applied; set another in the profile.</source>
        <translation>La date dont le droit a été appliqué; fixez-en une autre dans le profil.</translation>
    </message>
    <message>
        <source>The gaps that would hurt first</source>
        <translation>Les lacunes qui feraient du tort en premier</translation>
    </message>
    <message>
        <source>The rules the selected card counts towards.</source>
        <translation>Les règles auxquelles compte la carte sélectionnée.</translation>
    </message>
    <message>
        <source>The use involves a practice the law prohibits; no card can fix it.</source>
        <translation>L&apos;utilisation comporte une pratique que la loi interdit; aucune carte ne peut la corriger.</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>Upcoming — applies from {date}</source>
        <translation>À venir — en vigueur à partir du {date}</translation>
    </message>
    <message>
        <source>Upcoming — not yet in force</source>
        <translation>À venir — pas encore en vigueur</translation>
    </message>
    <message>
        <source>Upcoming — not yet in force on the date checked</source>
        <translation>À venir — pas encore en vigueur à la date vérifiée</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Ce qui manque</translation>
    </message>
    <message>
        <source>What the strategy still lacks for the selected packs.</source>
        <translation>Ce qui manque encore à la stratégie pour les ensembles choisis.</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Pourquoi c&apos;est important</translation>
    </message>
    <message>
        <source>Why it matters: {why}</source>
        <translation>Pourquoi c&apos;est important&#xa0;: {why}</translation>
    </message>
    <message>
        <source>Why it ranks here: {why}</source>
        <translation>Pourquoi ce rang&#xa0;: {why}</translation>
    </message>
    <message>
        <source>{citation} · {pack}</source>
        <translation>{citation} · {pack}</translation>
    </message>
    <message>
        <source>{n} errors</source>
        <translation>{n} erreurs</translation>
    </message>
    <message>
        <source>{n} gaps: {missing} missing, {planned} planned but not in place ({counts}).</source>
        <translation>{n} lacunes&#xa0;: {missing} manquantes, {planned} prévues mais pas en place ({counts}).</translation>
    </message>
    <message>
        <source>{n} more rules are upcoming (not yet in force).</source>
        <translation>{n} autres règles sont à venir (pas encore en vigueur).</translation>
    </message>
    <message>
        <source>{n} packs</source>
        <translation>{n} ensembles</translation>
    </message>
    <message>
        <source>{n} rules</source>
        <translation>{n} règles</translation>
    </message>
    <message>
        <source>{n} suggestions</source>
        <translation>{n} suggestions</translation>
    </message>
    <message>
        <source>{n} warnings</source>
        <translation>{n} avertissements</translation>
    </message>
    <message>
        <source>{pack}: {version}</source>
        <translation>{pack}&#xa0;: {version}</translation>
    </message>
    <message>
        <source>{rank}. {title}</source>
        <translation>{rank}. {title}</translation>
    </message>
    <message>
        <source>{severity}, demanded by {rules} in {packs}</source>
        <translation>{severity}, exigée par {rules} dans {packs}</translation>
    </message>
    <message>
        <source>{severity}: {title}{cite}</source>
        <translation>{severity}&#xa0;: {title}{cite}</translation>
    </message>
    <message>
        <source>{state} · {severity}</source>
        <translation>{state} · {severity}</translation>
    </message>
    <message>
        <source>{title} ({n})</source>
        <translation>{title} ({n})</translation>
    </message>
    <message>
        <source>{title} · {phase}</source>
        <translation>{title} · {phase}</translation>
    </message>
    <message>
        <source>· and {n} more</source>
        <translation>· et {n} autres</translation>
    </message>
    <message>
        <source>“{title}” counts towards {n} rules in {p} packs:</source>
        <translation>«&#xa0;{title}&#xa0;» compte pour {n} règles dans {p} ensembles&#xa0;:</translation>
    </message>
    <message>
        <source>“{title}” does not yet satisfy a rule of the selected packs.</source>
        <translation>«&#xa0;{title}&#xa0;» ne respecte encore aucune règle des ensembles choisis.</translation>
    </message>
    <message>
        <source>✓ No gaps: every rule in force is met by practices in place.</source>
        <translation>✓ Aucune lacune&#xa0;: chaque règle en vigueur est respectée par des pratiques en place.</translation>
    </message>
    <message>
        <source>✓ {citation} — {title}</source>
        <translation>✓ {citation} — {title}</translation>
    </message>
</context>
<context>
    <name>guide</name>
    <message>
        <source>Cards heading</source>
        <translation>En-tête des cartes</translation>
    </message>
    <message>
        <source>Cards that answer them:</source>
        <translation>Cartes qui y répondent&#xa0;:</translation>
    </message>
    <message>
        <source>Cards that answer these questions</source>
        <translation>Cartes qui répondent à ces questions</translation>
    </message>
    <message>
        <source>Drag a card onto a lane, or press Enter to place it.</source>
        <translation>Faites glisser une carte sur un couloir ou appuyez sur Enter pour la placer.</translation>
    </message>
    <message>
        <source>For the facilitator&apos;s Explain stage; Esc closes it.</source>
        <translation>Pour l&apos;étape Expliquer de l&apos;animation; Esc le ferme.</translation>
    </message>
    <message>
        <source>Guide phase</source>
        <translation>Phase du guide</translation>
    </message>
    <message>
        <source>Phase guide</source>
        <translation>Guide des phases</translation>
    </message>
    <message>
        <source>Phase guide contents</source>
        <translation>Contenu du guide des phases</translation>
    </message>
    <message>
        <source>Phase guide, full screen</source>
        <translation>Guide des phases, plein écran</translation>
    </message>
    <message>
        <source>Questions to answer</source>
        <translation>Questions auxquelles répondre</translation>
    </message>
    <message>
        <source>Show full screen</source>
        <translation>Afficher en plein écran</translation>
    </message>
    <message>
        <source>Show the guide full screen</source>
        <translation>Afficher le guide en plein écran</translation>
    </message>
    <message>
        <source>What this phase is for</source>
        <translation>À quoi sert cette phase</translation>
    </message>
    <message>
        <source>Which phase the guide explains.</source>
        <translation>La phase qu&apos;explique le guide.</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <source>&amp;About MLOps Lifecycle Canvas</source>
        <translation>À &amp;propos de MLOps Lifecycle Canvas</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Facilitator guide</source>
        <translation>Guide d&apos;&amp;animation</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;Licence…</source>
        <translation>&amp;Licence…</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide d&apos;utilisation</translation>
    </message>
    <message>
        <source>About MLOps Lifecycle Canvas</source>
        <translation>À propos de MLOps Lifecycle Canvas</translation>
    </message>
    <message>
        <source>Apache License 2.0 ({spdx})</source>
        <translation>Licence Apache 2.0 ({spdx})</translation>
    </message>
    <message>
        <source>Application and version</source>
        <translation>Application et version</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Touches fléchées</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Canvas</source>
        <translation>Canevas</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Content files</source>
        <translation>Fichiers de contenu</translation>
    </message>
    <message>
        <source>Content library</source>
        <translation>Bibliothèque de contenu</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier des données</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Boutons de la boîte de dialogue</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>En vigueur</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Facilitator guide</source>
        <translation>Guide d&apos;animation</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Find in the guide</source>
        <translation>Rechercher dans le guide</translation>
    </message>
    <message>
        <source>Find result</source>
        <translation>Résultat de la recherche</translation>
    </message>
    <message>
        <source>Help is missing</source>
        <translation>L&apos;aide est introuvable</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Fichier journal</translation>
    </message>
    <message>
        <source>MLOps Lifecycle Canvas {version}</source>
        <translation>MLOps Lifecycle Canvas {version}</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Move between panels and fields</source>
        <translation>Passer d&apos;un panneau ou d&apos;un champ à l&apos;autre</translation>
    </message>
    <message>
        <source>Move the focus to the nearest card</source>
        <translation>Amener le focus sur la carte la plus proche</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>Open the focused card in the inspector</source>
        <translation>Ouvrir la carte active dans l&apos;inspecteur</translation>
    </message>
    <message>
        <source>Rule pack</source>
        <translation>Ensemble de règles</translation>
    </message>
    <message>
        <source>Rule packs</source>
        <translation>Ensembles de règles</translation>
    </message>
    <message>
        <source>Rule packs loaded</source>
        <translation>Ensembles de règles chargés</translation>
    </message>
    <message>
        <source>Runs on</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Screenshot</source>
        <translation>Capture d&apos;écran</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Source and integrity</source>
        <translation>Source et intégrité</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide d&apos;utilisation</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Word to find; Enter for the next one</source>
        <translation>Mot à rechercher; Enter pour le suivant</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>Every change; click one to go back to it.</source>
        <translation>Chaque changement; cliquez sur l&apos;un d&apos;eux pour y revenir.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Historique des annulations</translation>
    </message>
</context>
<context>
    <name>inspector</name>
    <message>
        <source>&amp;Capabilities</source>
        <translation>&amp;Capacités</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Responsable</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>Ét&amp;at</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>A card needs a title; the old one was kept.</source>
        <translation>Une carte doit avoir un titre; l&apos;ancien a été conservé.</translation>
    </message>
    <message>
        <source>A custom card of this team.</source>
        <translation>Une carte personnalisée de cette équipe.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <source>C&amp;adence</source>
        <translation>&amp;Fréquence</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Capacités</translation>
    </message>
    <message>
        <source>Catalog description</source>
        <translation>Description du catalogue</translation>
    </message>
    <message>
        <source>Choose a target card and the kind of link.</source>
        <translation>Choisissez une carte cible et le type de lien.</translation>
    </message>
    <message>
        <source>Free notes; saved as you type.</source>
        <translation>Notes libres; enregistrées à mesure que vous tapez.</translation>
    </message>
    <message>
        <source>How far it has come.</source>
        <translation>Où en est la pratique.</translation>
    </message>
    <message>
        <source>How often the practice runs. A one-off activity cannot notice what happens later, in operation; the drills time detection by it.</source>
        <translation>La fréquence de la pratique. Une activité ponctuelle ne peut pas remarquer ce qui se passe plus tard, en exploitation; les exercices en tiennent compte pour dater la détection.</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspecteur</translation>
    </message>
    <message>
        <source>Inspector contents</source>
        <translation>Contenu de l&apos;inspecteur</translation>
    </message>
    <message>
        <source>Inspector pages</source>
        <translation>Pages de l&apos;inspecteur</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Link kind</source>
        <translation>Type de lien</translation>
    </message>
    <message>
        <source>Link this card to another</source>
        <translation>Relier cette carte à une autre</translation>
    </message>
    <message>
        <source>Link to…</source>
        <translation>Relier à…</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Notes are at most {n} characters; the rest was cut off.</source>
        <translation>Les notes comptent au plus {n} caractères; le reste a été coupé.</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Aucune sélection</translation>
    </message>
    <message>
        <source>Owner role</source>
        <translation>Rôle responsable</translation>
    </message>
    <message>
        <source>Select a card to see and edit it here.</source>
        <translation>Sélectionnez une carte pour la voir et la modifier ici.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>The card&apos;s title.</source>
        <translation>Le titre de la carte.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Titles are at most {n} characters; the title was shortened.</source>
        <translation>Les titres comptent au plus {n} caractères; le titre a été raccourci.</translation>
    </message>
    <message>
        <source>What the link means.</source>
        <translation>Ce que signifie le lien.</translation>
    </message>
    <message>
        <source>What this practice provides; the rules check these.</source>
        <translation>Ce que fournit cette pratique; les règles le vérifient.</translation>
    </message>
    <message>
        <source>Who owns this practice.</source>
        <translation>Le rôle responsable de cette pratique.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Add “{title}”</source>
        <translation>Ajouter «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>Arrange {phase}</source>
        <translation>Disposer {phase}</translation>
    </message>
    <message>
        <source>Change link kind</source>
        <translation>Changer le type de lien</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete {n} items</source>
        <translation>Supprimer {n} éléments</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Edit “{title}”</source>
        <translation>Modifier «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Relier</translation>
    </message>
    <message>
        <source>Move to {phase}</source>
        <translation>Déplacer vers {phase}</translation>
    </message>
    <message>
        <source>Move {n} cards</source>
        <translation>Déplacer {n} cartes</translation>
    </message>
    <message>
        <source>Not changed: {error}</source>
        <translation>Non modifié&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Not renamed: {error}</source>
        <translation>Non renommée&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Nudge</source>
        <translation>Décaler</translation>
    </message>
    <message>
        <source>Rename strategy</source>
        <translation>Renommer la stratégie</translation>
    </message>
    <message>
        <source>Unknown practice {key!r}: nothing was added.</source>
        <translation>Pratique inconnue {key!r}&#xa0;: rien n&apos;a été ajouté.</translation>
    </message>
</context>
<context>
    <name>links</name>
    <message>
        <source>feeds back to</source>
        <translation>renvoie en rétroaction à</translation>
    </message>
    <message>
        <source>flows into</source>
        <translation>alimente</translation>
    </message>
    <message>
        <source>gates</source>
        <translation>conditionne</translation>
    </message>
    <message>
        <source>runs against the lifecycle direction</source>
        <translation>va à contresens du cycle de vie</translation>
    </message>
    <message>
        <source>triggers</source>
        <translation>déclenche</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>mlops-canvas: no interface language {code!r}; use {codes}.</source>
        <translation>mlops-canvas&#xa0;: aucune langue d&apos;interface {code!r}; utilisez {codes}.</translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <source>&amp;Arrange lane</source>
        <translation>Disposer le &amp;couloir</translation>
    </message>
    <message>
        <source>&amp;Canvas</source>
        <translation>&amp;Canevas</translation>
    </message>
    <message>
        <source>&amp;Card</source>
        <translation>&amp;Carte</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Custom card…</source>
        <translation>Carte &amp;personnalisée…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Delete strategy…</source>
        <translation>&amp;Supprimer la stratégie…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Font scale</source>
        <translation>Taille du te&amp;xte</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>Contraste &amp;élevé</translation>
    </message>
    <message>
        <source>&amp;Inspector</source>
        <translation>&amp;Inspecteur</translation>
    </message>
    <message>
        <source>&amp;Link to…</source>
        <translation>&amp;Relier à…</translation>
    </message>
    <message>
        <source>&amp;Move to phase…</source>
        <translation>&amp;Déplacer vers une phase…</translation>
    </message>
    <message>
        <source>&amp;New strategy…</source>
        <translation>&amp;Nouvelle stratégie…</translation>
    </message>
    <message>
        <source>&amp;Outline</source>
        <translation>P&amp;lan</translation>
    </message>
    <message>
        <source>&amp;Palette search</source>
        <translation>Recherche dans la &amp;palette</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>Mode &amp;présentation</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Rename strategy…</source>
        <translation>&amp;Renommer la stratégie…</translation>
    </message>
    <message>
        <source>&amp;Teams…</source>
        <translation>Éq&amp;uipes…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Actual size (100%)</source>
        <translation>Taille réelle (100&#xa0;%)</translation>
    </message>
    <message>
        <source>Duplica&amp;te</source>
        <translation>Dupli&amp;quer</translation>
    </message>
    <message>
        <source>Fit lanes to &amp;width</source>
        <translation>Ajuster les couloirs à la &amp;largeur</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Lan&amp;gue</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>Barre de menus</translation>
    </message>
    <message>
        <source>Move to &amp;next phase</source>
        <translation>Déplacer vers la phase &amp;suivante</translation>
    </message>
    <message>
        <source>Move to &amp;previous phase</source>
        <translation>Déplacer vers la phase pr&amp;écédente</translation>
    </message>
    <message>
        <source>New &amp;workshop…</source>
        <translation>Nouvel &amp;atelier…</translation>
    </message>
    <message>
        <source>Nudge down</source>
        <translation>Décaler vers le bas</translation>
    </message>
    <message>
        <source>Nudge left</source>
        <translation>Décaler vers la gauche</translation>
    </message>
    <message>
        <source>Nudge right</source>
        <translation>Décaler vers la droite</translation>
    </message>
    <message>
        <source>Nudge up</source>
        <translation>Décaler vers le haut</translation>
    </message>
    <message>
        <source>P&amp;anels</source>
        <translation>Pa&amp;nneaux</translation>
    </message>
    <message>
        <source>The interface will be in {language} at the next start of the app.</source>
        <translation>L&apos;interface sera en {language} au prochain démarrage de l&apos;application.</translation>
    </message>
    <message>
        <source>Whole &amp;board</source>
        <translation>&amp;Tout le canevas</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>Zoom to &amp;lane</source>
        <translation>Zoom sur un c&amp;ouloir</translation>
    </message>
</context>
<context>
    <name>outline</name>
    <message>
        <source>A card needs a title; the old one was kept.</source>
        <translation>Une carte doit avoir un titre; l&apos;ancien a été conservé.</translation>
    </message>
    <message>
        <source>Acts on the card selected in the outline.</source>
        <translation>Agit sur la carte sélectionnée dans le plan.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the card</source>
        <translation>Supprimer la carte</translation>
    </message>
    <message>
        <source>Every phase with its cards, owners, statuses and links. F2 renames the selected card; the buttons below move, link or delete it.</source>
        <translation>Chaque phase avec ses cartes, ses responsables, ses états et ses liens. F2 renomme la carte sélectionnée; les boutons ci-dessous la déplacent, la relient ou la suppriment.</translation>
    </message>
    <message>
        <source>Link the card to another</source>
        <translation>Relier la carte à une autre</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Relier…</translation>
    </message>
    <message>
        <source>Move the card to another phase</source>
        <translation>Déplacer la carte vers une autre phase</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>Déplacer…</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Rename the card</source>
        <translation>Renommer la carte</translation>
    </message>
    <message>
        <source>Strategy outline</source>
        <translation>Plan de la stratégie</translation>
    </message>
    <message>
        <source>Titles are at most {n} characters; the title was shortened.</source>
        <translation>Les titres comptent au plus {n} caractères; le titre a été raccourci.</translation>
    </message>
    <message>
        <source>{phase} ({n} cards)</source>
        <translation>{phase} ({n} cartes)</translation>
    </message>
</context>
<context>
    <name>packs</name>
    <message>
        <source> · {where} ({status})</source>
        <translation> · {where} ({status})</translation>
    </message>
    <message>
        <source>&amp;Suggest for this profile</source>
        <translation>&amp;Suggérer pour ce profil</translation>
    </message>
    <message>
        <source>Available rule packs</source>
        <translation>Ensembles de règles disponibles</translation>
    </message>
    <message>
        <source>Choose the frameworks the strategy is checked against.</source>
        <translation>Choisissez les cadres selon lesquels la stratégie est vérifiée.</translation>
    </message>
    <message>
        <source>Could not load {file}
{problem}</source>
        <translation>Impossible de charger {file}
{problem}</translation>
    </message>
    <message>
        <source>Pack notes</source>
        <translation>Notes sur les ensembles</translation>
    </message>
    <message>
        <source>Rule packs</source>
        <translation>Ensembles de règles</translation>
    </message>
    <message>
        <source>Select exactly the packs whose conditions hold for the profile.</source>
        <translation>Sélectionner exactement les ensembles dont les conditions sont remplies pour le profil.</translation>
    </message>
    <message>
        <source>Suggest packs for this profile</source>
        <translation>Suggérer des ensembles pour ce profil</translation>
    </message>
    <message>
        <source>Tick a pack to check the strategy against it; Space toggles.</source>
        <translation>Cochez un ensemble pour vérifier la stratégie selon ses règles; Space coche ou décoche.</translation>
    </message>
    <message>
        <source>agency folder</source>
        <translation>dossier de l&apos;organisme</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>livré</translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation>non signé</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>vérifié</translation>
    </message>
    <message>
        <source>{key}
not installed on this machine: its rules are not checked</source>
        <translation>{key}
non installé sur cet ordinateur&#xa0;: ses règles ne sont pas vérifiées</translation>
    </message>
    <message>
        <source>{n} pack files could not be loaded; they are listed with the reason.</source>
        <translation>{n} fichiers d&apos;ensembles de règles n&apos;ont pas pu être chargés; ils sont énumérés avec la raison.</translation>
    </message>
    <message>
        <source>{n} packs loaded.</source>
        <translation>{n} ensembles chargés.</translation>
    </message>
    <message>
        <source>{title}
{version} · in effect from {date}</source>
        <translation>{title}
{version} · en vigueur depuis le {date}</translation>
    </message>
</context>
<context>
    <name>palette</name>
    <message>
        <source>Add a custom card</source>
        <translation>Ajouter une carte personnalisée</translation>
    </message>
    <message>
        <source>Create your own practice and choose the capabilities it provides.</source>
        <translation>Créez votre propre pratique et choisissez les capacités qu&apos;elle fournit.</translation>
    </message>
    <message>
        <source>Custom card…</source>
        <translation>Carte personnalisée…</translation>
    </message>
    <message>
        <source>Filters practices by title, description and capabilities as you type.</source>
        <translation>Filtre les pratiques par titre, description et capacités à mesure que vous tapez.</translation>
    </message>
    <message>
        <source>Owner: {role}</source>
        <translation>Responsable&#xa0;: {role}</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>Palette</translation>
    </message>
    <message>
        <source>Practice catalog</source>
        <translation>Catalogue des pratiques</translation>
    </message>
    <message>
        <source>Practices grouped by phase. Drag one onto a lane, or press Enter to place it.</source>
        <translation>Pratiques regroupées par phase. Faites-en glisser une sur un couloir ou appuyez sur Enter pour la placer.</translation>
    </message>
    <message>
        <source>Provides: {caps}</source>
        <translation>Fournit&#xa0;: {caps}</translation>
    </message>
    <message>
        <source>Search practices, e.g. bias, drift, appeal</source>
        <translation>Rechercher des pratiques, p. ex. biais, dérive, recours</translation>
    </message>
    <message>
        <source>Search the palette</source>
        <translation>Rechercher dans la palette</translation>
    </message>
</context>
<context>
    <name>phases</name>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Data Management &amp; Preparation</source>
        <translation>Gestion et préparation des données</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Déploiement</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Développement</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Rétroaction</translation>
    </message>
    <message>
        <source>Feedback Loop &amp; Continuous Improvement</source>
        <translation>Boucle de rétroaction et amélioration continue</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>Gouvernance</translation>
    </message>
    <message>
        <source>Governance (cross-cutting)</source>
        <translation>Gouvernance (transversale)</translation>
    </message>
    <message>
        <source>Model Deployment &amp; Serving</source>
        <translation>Déploiement et mise en service du modèle</translation>
    </message>
    <message>
        <source>Model Development &amp; Training</source>
        <translation>Développement et entraînement du modèle</translation>
    </message>
    <message>
        <source>Model Evaluation &amp; Validation</source>
        <translation>Évaluation et validation du modèle</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Surveillance</translation>
    </message>
    <message>
        <source>Monitoring &amp; Maintenance</source>
        <translation>Surveillance et maintenance</translation>
    </message>
</context>
<context>
    <name>profile</name>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>&amp;Questionnaire</source>
        <translation>&amp;Questionnaire</translation>
    </message>
    <message>
        <source>&amp;Rule packs</source>
        <translation>&amp;Ensembles de règles</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>5(1)({point}) {name}</source>
        <translation>Art. 5, par. 1, point {point})&#xa0;: {name}</translation>
    </message>
    <message>
        <source>A private body providing a public service (EU AI Act Art. 27(1) rights impact assessment), as distinct from a public authority.</source>
        <translation>Un organisme privé fournissant un service public (analyse d&apos;impact sur les droits fondamentaux, RIA, art. 27, par. 1), par opposition à une autorité publique.</translation>
    </message>
    <message>
        <source>Affects people in vulnerable situations</source>
        <translation>Touche des personnes en situation de vulnérabilité</translation>
    </message>
    <message>
        <source>Affects people in vulnerable situations: children, benefit claimants, patients, asylum seekers (EU AI Act Art. 9(9); a DPIA trigger on most national lists).</source>
        <translation>Touche des personnes en situation de vulnérabilité&#xa0;: enfants, bénéficiaires de prestations, patients, demandeurs d&apos;asile (RIA, art. 9, par. 9; un déclencheur d&apos;AIPD sur la plupart des listes nationales).</translation>
    </message>
    <message>
        <source>An AI system (infers its outputs), not a fixed rules engine</source>
        <translation>Un système d&apos;IA (il infère ses sorties), et non un moteur de règles fixes</translation>
    </message>
    <message>
        <source>An AI system in the sense of EU AI Act Art. 3(1): it infers from its inputs how to produce outputs, with some autonomy. A fixed rules engine is not — but if it decides about people it is still an automated decision system (Canada&apos;s DADM, GDPR Art. 22).</source>
        <translation>Un système d&apos;IA au sens du RIA, art. 3, point 1&#xa0;: il déduit de ses entrées la manière de générer des sorties, avec une certaine autonomie. Un moteur de règles fixes n&apos;en est pas un — mais s&apos;il prend des décisions sur des personnes, il reste un système décisionnel automatisé (Directive sur la prise de décisions automatisée du Canada, art. 22 du RGPD).</translation>
    </message>
    <message>
        <source>Art. 6(3) takes some Annex III uses out of the high-risk regime; Art. 5 prohibits some uses outright.</source>
        <translation>L&apos;art. 6, par. 3, soustrait certaines utilisations de l&apos;annexe III au régime à haut risque; l&apos;art. 5 interdit purement et simplement certaines utilisations.</translation>
    </message>
    <message>
        <source>Biometric categorisation by sensitive traits</source>
        <translation>Catégorisation biométrique selon des caractéristiques sensibles</translation>
    </message>
    <message>
        <source>Biometric categorisation to infer race, political opinions, religion, sex life or similar</source>
        <translation>Catégorisation biométrique visant à déduire la race, les opinions politiques, la religion, la vie sexuelle ou des caractéristiques semblables</translation>
    </message>
    <message>
        <source>Biometrics</source>
        <translation>Biométrie</translation>
    </message>
    <message>
        <source>Building facial-recognition databases by untargeted scraping of the internet or CCTV</source>
        <translation>Constitution de bases de données de reconnaissance faciale par moissonnage non ciblé d&apos;images sur Internet ou de vidéosurveillance</translation>
    </message>
    <message>
        <source>Canada (federal)</source>
        <translation>Canada (fédéral)</translation>
    </message>
    <message>
        <source>Check the law as it stands on</source>
        <translation>Vérifier le droit en vigueur le</translation>
    </message>
    <message>
        <source>Check the law as of today</source>
        <translation>Vérifier le droit en vigueur aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Critical infrastructure</source>
        <translation>Infrastructures critiques</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Decisions about people</source>
        <translation>Décisions concernant des personnes</translation>
    </message>
    <message>
        <source>Decisions are solely automated</source>
        <translation>Les décisions sont exclusivement automatisées</translation>
    </message>
    <message>
        <source>Decisions are taken without meaningful human involvement.</source>
        <translation>Les décisions sont prises sans intervention humaine significative.</translation>
    </message>
    <message>
        <source>Decisions have legal or similar effects</source>
        <translation>Les décisions ont des effets juridiques ou similaires</translation>
    </message>
    <message>
        <source>Deployer — we use one built by others</source>
        <translation>Déployeur — nous utilisons un système construit par d&apos;autres</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Boutons de la boîte de dialogue</translation>
    </message>
    <message>
        <source>EU AI Act Annex III area</source>
        <translation>Domaine de l&apos;annexe III du RIA</translation>
    </message>
    <message>
        <source>EU AI Act Annex III high-risk area, or none.</source>
        <translation>Domaine à haut risque de l&apos;annexe III du RIA, ou aucun.</translation>
    </message>
    <message>
        <source>EU AI Act Art. 5 prohibited practices</source>
        <translation>Pratiques interdites par l&apos;art. 5 du RIA</translation>
    </message>
    <message>
        <source>EU AI Act: exemption and prohibitions</source>
        <translation>RIA&#xa0;: dérogation et interdictions</translation>
    </message>
    <message>
        <source>Education and vocational training</source>
        <translation>Éducation et formation professionnelle</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>Ailleurs</translation>
    </message>
    <message>
        <source>Emotion recognition at work or in education</source>
        <translation>Reconnaissance des émotions au travail ou dans l&apos;enseignement</translation>
    </message>
    <message>
        <source>Emotion recognition in the workplace or in education (outside medical or safety reasons)</source>
        <translation>Reconnaissance des émotions sur le lieu de travail ou dans les établissements d&apos;enseignement (hors raisons médicales ou de sécurité)</translation>
    </message>
    <message>
        <source>Employment and workers</source>
        <translation>Emploi et gestion de la main-d&apos;œuvre</translation>
    </message>
    <message>
        <source>Essential public services and benefits</source>
        <translation>Services publics essentiels et prestations</translation>
    </message>
    <message>
        <source>European Union</source>
        <translation>Union européenne</translation>
    </message>
    <message>
        <source>Evaluates personal aspects of people (GDPR Art. 4(4)).</source>
        <translation>Évalue des aspects personnels de personnes (art. 4, point 4, du RGPD).</translation>
    </message>
    <message>
        <source>Exploiting vulnerabilities (age, disability, social situation)</source>
        <translation>Exploitation des vulnérabilités (âge, handicap, situation sociale)</translation>
    </message>
    <message>
        <source>Exploiting vulnerabilities of age, disability or social or economic situation to distort behaviour</source>
        <translation>Exploitation des vulnérabilités dues à l&apos;âge, au handicap ou à la situation sociale ou économique pour altérer le comportement</translation>
    </message>
    <message>
        <source>Generates text, images or other content.</source>
        <translation>Génère du texte, des images ou d&apos;autres contenus.</translation>
    </message>
    <message>
        <source>Generative AI</source>
        <translation>IA générative</translation>
    </message>
    <message>
        <source>High-impact AI (principal basis for decisions)</source>
        <translation>IA à incidence élevée (fondement principal des décisions)</translation>
    </message>
    <message>
        <source>How the system touches people: who is decided about, selected or affected.</source>
        <translation>Comment le système touche les personnes&#xa0;: qui fait l&apos;objet d&apos;une décision, d&apos;une sélection ou d&apos;un effet.</translation>
    </message>
    <message>
        <source>Impact level</source>
        <translation>Niveau d&apos;incidence</translation>
    </message>
    <message>
        <source>Impact level I–IV (Canada&apos;s DADM, Appendix B).</source>
        <translation>Niveau d&apos;incidence I à IV (Directive sur la prise de décisions automatisée du Canada, annexe B).</translation>
    </message>
    <message>
        <source>Jurisdictions</source>
        <translation>Territoires de compétence</translation>
    </message>
    <message>
        <source>Justice and democratic processes</source>
        <translation>Administration de la justice et processus démocratiques</translation>
    </message>
    <message>
        <source>Keeps learning after deployment</source>
        <translation>Continue d&apos;apprendre après le déploiement</translation>
    </message>
    <message>
        <source>Keeps learning after deployment, so its outputs can feed its future inputs (EU AI Act Art. 15(4) feedback loops).</source>
        <translation>Continue d&apos;apprendre après le déploiement&#xa0;: ses sorties peuvent alimenter ses entrées futures (boucles de rétroaction, RIA, art. 15, par. 4).</translation>
    </message>
    <message>
        <source>Law enforcement</source>
        <translation>Domaine répressif</translation>
    </message>
    <message>
        <source>Level {n}</source>
        <translation>Niveau {n}</translation>
    </message>
    <message>
        <source>Makes or supports decisions about individual people.</source>
        <translation>Prend ou appuie des décisions concernant des personnes physiques.</translation>
    </message>
    <message>
        <source>Makes or supports decisions about people</source>
        <translation>Prend ou appuie des décisions concernant des personnes</translation>
    </message>
    <message>
        <source>Manipulative or deceptive techniques</source>
        <translation>Techniques manipulatrices ou trompeuses</translation>
    </message>
    <message>
        <source>Migration, asylum and border control</source>
        <translation>Migration, asile et contrôle aux frontières</translation>
    </message>
    <message>
        <source>Monitors public areas on a large scale</source>
        <translation>Surveille des zones publiques à grande échelle</translation>
    </message>
    <message>
        <source>None — not an Annex III use</source>
        <translation>Aucun — pas une utilisation visée à l&apos;annexe III</translation>
    </message>
    <message>
        <source>Output is a principal basis for decisions with significant effects on rights or safety (US OMB M-25-21 &apos;high-impact AI&apos;).</source>
        <translation>La sortie est un fondement principal de décisions ayant des effets importants sur les droits ou la sécurité («&#xa0;IA à incidence élevée&#xa0;» de la note de service M-25-21 de l&apos;OMB).</translation>
    </message>
    <message>
        <source>People interact with the system or see its output directly.</source>
        <translation>Des personnes interagissent avec le système ou voient directement ses sorties.</translation>
    </message>
    <message>
        <source>Personal data on a large scale</source>
        <translation>Données personnelles à grande échelle</translation>
    </message>
    <message>
        <source>Practices of EU AI Act Art. 5(1) that the use involves (screened by the questionnaire); any of them is prohibited.</source>
        <translation>Pratiques visées à l&apos;art. 5, par. 1, du RIA que comporte l&apos;utilisation (repérées par le questionnaire); chacune est interdite.</translation>
    </message>
    <message>
        <source>Predicting crime solely from profiling</source>
        <translation>Prédiction d&apos;infractions fondée uniquement sur le profilage</translation>
    </message>
    <message>
        <source>Predicting that a person will commit a crime solely from profiling or personality traits</source>
        <translation>Prédire qu&apos;une personne commettra une infraction pénale uniquement sur la base du profilage ou de traits de personnalité</translation>
    </message>
    <message>
        <source>Private body providing a public service</source>
        <translation>Organisme privé fournissant un service public</translation>
    </message>
    <message>
        <source>Processes personal data</source>
        <translation>Traite des données personnelles</translation>
    </message>
    <message>
        <source>Processes personal data (GDPR Art. 4(1)).</source>
        <translation>Traite des données à caractère personnel (art. 4, point 1, du RGPD).</translation>
    </message>
    <message>
        <source>Processes personal data on a large scale: many people, much data, or a wide area (GDPR Art. 35(3)(b)).</source>
        <translation>Traite des données personnelles à grande échelle&#xa0;: beaucoup de personnes, beaucoup de données ou un vaste territoire (art. 35, par. 3, point b), du RGPD).</translation>
    </message>
    <message>
        <source>Processes special-category data</source>
        <translation>Traite des données de catégories particulières</translation>
    </message>
    <message>
        <source>Processes special-category data to detect and correct bias (EU AI Act Art. 10(5)).</source>
        <translation>Traite des catégories particulières de données pour détecter et corriger les biais (RIA, art. 10, par. 5).</translation>
    </message>
    <message>
        <source>Processes special-category data: health, ethnicity, religion, biometrics… (GDPR Art. 9).</source>
        <translation>Traite des catégories particulières de données&#xa0;: santé, origine ethnique, religion, biométrie… (art. 9 du RGPD).</translation>
    </message>
    <message>
        <source>Profile and rule packs</source>
        <translation>Profil et ensembles de règles</translation>
    </message>
    <message>
        <source>Profile editor</source>
        <translation>Éditeur de profil</translation>
    </message>
    <message>
        <source>Profile fields</source>
        <translation>Champs du profil</translation>
    </message>
    <message>
        <source>Profiles people</source>
        <translation>Effectue un profilage de personnes</translation>
    </message>
    <message>
        <source>Provider and deployer — both</source>
        <translation>Fournisseur et déployeur — les deux</translation>
    </message>
    <message>
        <source>Provider — we build it</source>
        <translation>Fournisseur — nous le construisons</translation>
    </message>
    <message>
        <source>Public authority</source>
        <translation>Autorité publique</translation>
    </message>
    <message>
        <source>Public-facing</source>
        <translation>Destiné au public</translation>
    </message>
    <message>
        <source>Real-time remote biometric identification for policing</source>
        <translation>Identification biométrique à distance en temps réel à des fins répressives</translation>
    </message>
    <message>
        <source>Real-time remote biometric identification in public spaces for law enforcement (narrow exceptions, Art. 5(2)–(7))</source>
        <translation>Identification biométrique à distance en temps réel dans des espaces accessibles au public à des fins répressives (exceptions étroites, art. 5, par. 2 à 7)</translation>
    </message>
    <message>
        <source>Relies on the AI Act Art. 6(3) derogation</source>
        <translation>Invoque la dérogation de l&apos;art. 6, par. 3, du RIA</translation>
    </message>
    <message>
        <source>Risk classification</source>
        <translation>Classification des risques</translation>
    </message>
    <message>
        <source>Role under the EU AI Act</source>
        <translation>Rôle au sens du RIA</translation>
    </message>
    <message>
        <source>Rules not yet in force on this date show as upcoming, not as gaps. Pick the planned go-live to see what will apply then.</source>
        <translation>Les règles pas encore en vigueur à cette date sont affichées comme à venir, et non comme des lacunes. Choisissez la date prévue de mise en service pour voir ce qui s&apos;appliquera alors.</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Scores or flags people for investigation, audit or control (a fraud risk list, a case selected for review) — they are affected even before any final decision.</source>
        <translation>Attribue une note ou un signalement à des personnes en vue d&apos;une enquête, d&apos;une vérification ou d&apos;un contrôle (une liste de risques de fraude, un dossier choisi pour examen) — elles sont touchées avant même toute décision définitive.</translation>
    </message>
    <message>
        <source>Selects people for investigation or control</source>
        <translation>Sélectionne des personnes pour enquête ou contrôle</translation>
    </message>
    <message>
        <source>Social scoring</source>
        <translation>Notation sociale</translation>
    </message>
    <message>
        <source>Social scoring: rating people over time by social behaviour or traits, leading to unjustified detrimental treatment</source>
        <translation>Notation sociale&#xa0;: évaluer des personnes au fil du temps d&apos;après leur comportement social ou leurs caractéristiques, ce qui entraîne un traitement préjudiciable injustifié</translation>
    </message>
    <message>
        <source>Subliminal, manipulative or deceptive techniques that distort behaviour and cause significant harm</source>
        <translation>Techniques subliminales, manipulatrices ou trompeuses qui altèrent le comportement et causent un préjudice important</translation>
    </message>
    <message>
        <source>Systematically monitors publicly accessible areas on a large scale (GDPR Art. 35(3)(c)).</source>
        <translation>Surveille systématiquement à grande échelle des zones accessibles au public (art. 35, par. 3, point c), du RGPD).</translation>
    </message>
    <message>
        <source>The agency builds the system (provider), uses it (deployer), or both.</source>
        <translation>L&apos;organisme construit le système (fournisseur), l&apos;utilise (déployeur) ou les deux.</translation>
    </message>
    <message>
        <source>The agency is a public authority: a body governed by public law, or one acting on its behalf (EU AI Act Art. 26(8), 27(1), 49(3); Canada&apos;s DADM binds federal institutions).</source>
        <translation>L&apos;organisme est une autorité publique&#xa0;: un organisme de droit public ou un organisme agissant pour son compte (RIA, art. 26, par. 8, art. 27, par. 1, et art. 49, par. 3; la Directive sur la prise de décisions automatisée du Canada lie les institutions fédérales).</translation>
    </message>
    <message>
        <source>The date on which to evaluate the law (the planned go-live, say); today when not set.</source>
        <translation>La date à laquelle évaluer le droit (la date prévue de mise en service, par exemple); aujourd&apos;hui si elle n&apos;est pas fixée.</translation>
    </message>
    <message>
        <source>The facts about the AI system that decide which rules apply.</source>
        <translation>Les faits sur le système d&apos;IA qui déterminent les règles applicables.</translation>
    </message>
    <message>
        <source>The provider relies on EU AI Act Art. 6(3): the Annex III system only does a narrow procedural or preparatory task and poses no significant risk (unavailable when it profiles people).</source>
        <translation>Le fournisseur invoque l&apos;art. 6, par. 3, du RIA&#xa0;: le système visé à l&apos;annexe III n&apos;accomplit qu&apos;une tâche procédurale étroite ou préparatoire et ne présente pas de risque important (impossible lorsqu&apos;il effectue un profilage de personnes).</translation>
    </message>
    <message>
        <source>Those decisions have legal or similarly significant effects on people.</source>
        <translation>Ces décisions ont des effets juridiques ou des effets similaires importants sur les personnes.</translation>
    </message>
    <message>
        <source>Tick any the use involves. A prohibited practice blocks the check: no card can make it lawful.</source>
        <translation>Cochez celles que comporte l&apos;utilisation. Une pratique interdite bloque la vérification&#xa0;: aucune carte ne peut la rendre licite.</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Royaume-Uni</translation>
    </message>
    <message>
        <source>United States (federal agency)</source>
        <translation>États-Unis (organisme fédéral)</translation>
    </message>
    <message>
        <source>Untargeted scraping of facial images</source>
        <translation>Moissonnage non ciblé d&apos;images faciales</translation>
    </message>
    <message>
        <source>Untick to check the law as it stands on another date.</source>
        <translation>Décochez pour vérifier le droit en vigueur à une autre date.</translation>
    </message>
    <message>
        <source>Uses special-category data to detect and correct bias</source>
        <translation>Utilise des catégories particulières de données pour détecter et corriger les biais</translation>
    </message>
    <message>
        <source>What kind of system this is, and who runs it: decides which laws apply at all.</source>
        <translation>Le type de système et qui l&apos;exploite&#xa0;: détermine quelles lois s&apos;appliquent.</translation>
    </message>
    <message>
        <source>What personal data it processes, how much and how.</source>
        <translation>Les données personnelles traitées, leur quantité et la manière.</translation>
    </message>
    <message>
        <source>Where it is used.</source>
        <translation>Où il est utilisé.</translation>
    </message>
    <message>
        <source>{point}. {name}</source>
        <translation>{point}. {name}</translation>
    </message>
</context>
<context>
    <name>questionnaire</name>
    <message>
        <source>&amp;Apply this profile</source>
        <translation>&amp;Appliquer ce profil</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Non</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Oui</translation>
    </message>
    <message>
        <source>A large share of the population</source>
        <translation>Une grande partie de la population</translation>
    </message>
    <message>
        <source>A ministry, agency, municipality, public hospital or school, or a contractor acting for one. It decides the EU AI Act&apos;s registration of use (Arts. 26(8), 49(3)), its rights impact assessment (Art. 27) and whether Canada&apos;s directive binds the agency.</source>
        <translation>Un ministère, un organisme, une municipalité, un hôpital public ou une école, ou un prestataire agissant pour leur compte. Cela détermine l&apos;enregistrement de l&apos;utilisation au titre du RIA (art. 26, par. 8, et art. 49, par. 3), son analyse d&apos;impact sur les droits fondamentaux (art. 27) et si la directive canadienne lie l&apos;organisme.</translation>
    </message>
    <message>
        <source>A person decides; the output is one input among others</source>
        <translation>Une personne décide; la sortie n&apos;est qu&apos;un élément parmi d&apos;autres</translation>
    </message>
    <message>
        <source>A person reviews each output before it takes effect</source>
        <translation>Une personne examine chaque sortie avant qu&apos;elle prenne effet</translation>
    </message>
    <message>
        <source>A private provider of a public service must also assess fundamental rights before using a high-risk system (EU AI Act Art. 27(1)).</source>
        <translation>Un prestataire privé d&apos;un service public doit aussi analyser l&apos;impact sur les droits fondamentaux avant d&apos;utiliser un système à haut risque (RIA, art. 27, par. 1).</translation>
    </message>
    <message>
        <source>Access to essential public services and benefits</source>
        <translation>Accès aux services publics essentiels et aux prestations</translation>
    </message>
    <message>
        <source>An AI system in the sense of EU AI Act Art. 3(1). A fixed rules engine is not one, so the AI Act does not apply — but if it decides about people it is still an automated decision system for Canada&apos;s directive and GDPR Art. 22 (Robodebt was rules-based).</source>
        <translation>Un système d&apos;IA au sens du RIA, art. 3, point 1. Un moteur de règles fixes n&apos;en est pas un, et le RIA ne s&apos;applique donc pas — mais s&apos;il prend des décisions sur des personnes, il reste un système décisionnel automatisé au sens de la directive canadienne et de l&apos;art. 22 du RGPD (Robodebt reposait sur des règles).</translation>
    </message>
    <message>
        <source>Answer plain questions; the impact level and profile facts follow.</source>
        <translation>Répondez à des questions simples; le niveau d&apos;incidence et les faits du profil en découlent.</translation>
    </message>
    <message>
        <source>Answer what you can; follow-up questions appear when they matter. Unanswered questions keep the current profile&apos;s facts. The impact level is a workshop estimate on the thresholds of Canada&apos;s AIA tool, not an official assessment.</source>
        <translation>Répondez à ce que vous pouvez; des questions de suivi apparaissent quand elles comptent. Les questions sans réponse gardent les faits du profil actuel. Le niveau d&apos;incidence est une estimation d&apos;atelier fondée sur les seuils de l&apos;outil d&apos;évaluation de l&apos;incidence algorithmique du Canada, et non une évaluation officielle.</translation>
    </message>
    <message>
        <source>Apply this profile</source>
        <translation>Appliquer ce profil</translation>
    </message>
    <message>
        <source>Applying changes: {changes}</source>
        <translation>Changements appliqués&#xa0;: {changes}</translation>
    </message>
    <message>
        <source>Applying would not change the profile.</source>
        <translation>L&apos;application ne changerait pas le profil.</translation>
    </message>
    <message>
        <source>Are people in vulnerable situations affected (children, benefit claimants, patients, asylum seekers)?</source>
        <translation>Des personnes en situation de vulnérabilité sont-elles touchées (enfants, bénéficiaires de prestations, patients, demandeurs d&apos;asile)?</translation>
    </message>
    <message>
        <source>Biometric categorisation to infer race, political opinions, religion, sex life or similar</source>
        <translation>Catégorisation biométrique visant à déduire la race, les opinions politiques, la religion, la vie sexuelle ou des caractéristiques semblables</translation>
    </message>
    <message>
        <source>Biometric identification or categorisation</source>
        <translation>Identification ou catégorisation biométrique</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Les deux</translation>
    </message>
    <message>
        <source>Building facial-recognition databases by untargeted scraping of the internet or CCTV</source>
        <translation>Constitution de bases de données de reconnaissance faciale par moissonnage non ciblé d&apos;images sur Internet ou de vidéosurveillance</translation>
    </message>
    <message>
        <source>Can such a decision affect someone&apos;s rights, benefits, liberty, legal status or access to a service?</source>
        <translation>Une telle décision peut-elle toucher les droits, les prestations, la liberté, le statut juridique d&apos;une personne ou son accès à un service?</translation>
    </message>
    <message>
        <source>Canada (federal)</source>
        <translation>Canada (fédéral)</translation>
    </message>
    <message>
        <source>Could a failure harm people&apos;s health or safety, or disrupt critical services (water, power, transport, emergency response)?</source>
        <translation>Une défaillance pourrait-elle nuire à la santé ou à la sécurité des personnes, ou perturber des services essentiels (eau, électricité, transport, intervention d&apos;urgence)?</translation>
    </message>
    <message>
        <source>Difficult to reverse, possibly ongoing</source>
        <translation>Difficile à renverser, peut-être continu</translation>
    </message>
    <message>
        <source>Do members of the public interact with it or see its output directly?</source>
        <translation>Des membres du public interagissent-ils avec le système ou voient-ils directement ses sorties?</translation>
    </message>
    <message>
        <source>Does it evaluate or predict personal aspects of people (behaviour, reliability, risk, needs)?</source>
        <translation>Évalue-t-il ou prédit-il des aspects personnels des personnes (comportement, fiabilité, risque, besoins)?</translation>
    </message>
    <message>
        <source>Does it generate text, images, audio or video?</source>
        <translation>Génère-t-il du texte, des images, du son ou des vidéos?</translation>
    </message>
    <message>
        <source>Does it score or select people for investigation, audit or control (a fraud risk list, cases picked for review)?</source>
        <translation>Attribue-t-il une note à des personnes ou les sélectionne-t-il pour une enquête, une vérification ou un contrôle (une liste de risques de fraude, des dossiers choisis pour examen)?</translation>
    </message>
    <message>
        <source>Does it systematically monitor publicly accessible areas on a large scale (cameras, sensors, number-plate readers)?</source>
        <translation>Surveille-t-il systématiquement à grande échelle des zones accessibles au public (caméras, capteurs, lecteurs de plaques d&apos;immatriculation)?</translation>
    </message>
    <message>
        <source>Does it use health, ethnic origin, religion, biometric, sexual-orientation, political or trade-union data — or close proxies for them?</source>
        <translation>Utilise-t-il des données sur la santé, l&apos;origine ethnique, la religion, des données biométriques, sur l&apos;orientation sexuelle, les opinions politiques ou l&apos;appartenance syndicale — ou des indicateurs proches de ces données?</translation>
    </message>
    <message>
        <source>Does its output make or help make decisions about individual people?</source>
        <translation>Ses sorties servent-elles à prendre des décisions concernant des personnes physiques, ou à y contribuer?</translation>
    </message>
    <message>
        <source>Does the agency build the system, use one built by others, or both?</source>
        <translation>L&apos;organisme construit-il le système, en utilise-t-il un construit par d&apos;autres, ou les deux?</translation>
    </message>
    <message>
        <source>Does the system learn from data or infer its outputs (machine learning, a statistical or language model) — rather than only apply fixed rules written by people?</source>
        <translation>Le système apprend-il à partir de données ou infère-t-il ses sorties (apprentissage automatique, modèle statistique ou de langage) — plutôt que d&apos;appliquer seulement des règles fixes écrites par des personnes?</translation>
    </message>
    <message>
        <source>Does the system use information about identifiable people?</source>
        <translation>Le système utilise-t-il des renseignements sur des personnes identifiables?</translation>
    </message>
    <message>
        <source>Does the use fall in one of the EU AI Act&apos;s high-risk areas (Annex III)?</source>
        <translation>L&apos;utilisation relève-t-elle d&apos;un des domaines à haut risque du RIA (annexe III)?</translation>
    </message>
    <message>
        <source>Does the use involve any of these practices?</source>
        <translation>L&apos;utilisation comporte-t-elle l&apos;une de ces pratiques?</translation>
    </message>
    <message>
        <source>EU AI Act Art. 10(5) allows it only when strictly necessary and with safeguards.</source>
        <translation>L&apos;art. 10, par. 5, du RIA ne le permet qu&apos;en cas de stricte nécessité et moyennant des garanties.</translation>
    </message>
    <message>
        <source>EU AI Act Art. 5(1): prohibited since 2 February 2025. Any of them blocks the use (narrow exceptions for 5(1)(h), with prior authorisation).</source>
        <translation>RIA, art. 5, par. 1&#xa0;: interdit depuis le 2 février 2025. Chacune bloque l&apos;utilisation (exceptions étroites pour le point h), avec autorisation préalable).</translation>
    </message>
    <message>
        <source>EU AI Act Art. 6(3): the provider may then document that it is not high-risk (Art. 6(4)) and must still register it (Art. 49(2)). Never available when the system profiles people.</source>
        <translation>RIA, art. 6, par. 3&#xa0;: le fournisseur peut alors documenter que le système n&apos;est pas à haut risque (art. 6, par. 4) et doit quand même l&apos;enregistrer (art. 49, par. 2). Jamais possible lorsque le système effectue un profilage de personnes.</translation>
    </message>
    <message>
        <source>Each answer&apos;s points and what the resulting profile means.</source>
        <translation>Les points de chaque réponse et ce que signifie le profil qui en résulte.</translation>
    </message>
    <message>
        <source>Easily reversed and brief</source>
        <translation>Facile à renverser et bref</translation>
    </message>
    <message>
        <source>Education and vocational training</source>
        <translation>Éducation et formation professionnelle</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>Ailleurs</translation>
    </message>
    <message>
        <source>Emotion recognition in the workplace or in education (outside medical or safety reasons)</source>
        <translation>Reconnaissance des émotions sur le lieu de travail ou dans les établissements d&apos;enseignement (hors raisons médicales ou de sécurité)</translation>
    </message>
    <message>
        <source>Employment and workers</source>
        <translation>Emploi et gestion de la main-d&apos;œuvre</translation>
    </message>
    <message>
        <source>European Union</source>
        <translation>Union européenne</translation>
    </message>
    <message>
        <source>Exploiting vulnerabilities of age, disability or social or economic situation to distort behaviour</source>
        <translation>Exploitation des vulnérabilités dues à l&apos;âge, au handicap ou à la situation sociale ou économique pour altérer le comportement</translation>
    </message>
    <message>
        <source>Fewer than a thousand</source>
        <translation>Moins d&apos;un millier</translation>
    </message>
    <message>
        <source>For each rule pack, whether it applies to the answers&apos; profile and why.</source>
        <translation>Pour chaque ensemble de règles, s&apos;il s&apos;applique au profil issu des réponses, et pourquoi.</translation>
    </message>
    <message>
        <source>GDPR Art. 35(3)(b): special-category data on a large scale always needs a data protection impact assessment.</source>
        <translation>Art. 35, par. 3, point b), du RGPD&#xa0;: les catégories particulières de données traitées à grande échelle exigent toujours une analyse d&apos;impact relative à la protection des données.</translation>
    </message>
    <message>
        <source>GDPR Art. 35(3)(c): always needs a data protection impact assessment.</source>
        <translation>Art. 35, par. 3, point c), du RGPD&#xa0;: exige toujours une analyse d&apos;impact relative à la protection des données.</translation>
    </message>
    <message>
        <source>Guided questionnaire</source>
        <translation>Questionnaire guidé</translation>
    </message>
    <message>
        <source>How many people does it affect each year?</source>
        <translation>Combien de personnes touche-t-il chaque année?</translation>
    </message>
    <message>
        <source>How the questionnaire works</source>
        <translation>Fonctionnement du questionnaire</translation>
    </message>
    <message>
        <source>If it is in one of those areas: does it only perform a narrow procedural or preparatory task, without replacing or materially influencing a person&apos;s assessment?</source>
        <translation>S&apos;il relève de l&apos;un de ces domaines&#xa0;: n&apos;accomplit-il qu&apos;une tâche procédurale étroite ou préparatoire, sans remplacer ni influencer sensiblement l&apos;évaluation faite par une personne?</translation>
    </message>
    <message>
        <source>If the system gets it wrong, how hard is the harm to undo?</source>
        <translation>Si le système se trompe, à quel point le préjudice est-il difficile à réparer?</translation>
    </message>
    <message>
        <source>Irreversible or lasting</source>
        <translation>Irréversible ou durable</translation>
    </message>
    <message>
        <source>Is it a private body providing a public service?</source>
        <translation>S&apos;agit-il d&apos;un organisme privé fournissant un service public?</translation>
    </message>
    <message>
        <source>Is the agency a public authority — a body governed by public law, or one acting on its behalf?</source>
        <translation>L&apos;organisme est-il une autorité publique — un organisme de droit public ou un organisme agissant pour son compte?</translation>
    </message>
    <message>
        <source>Is the output the main basis for the decision (staff rarely depart from it)?</source>
        <translation>La sortie est-elle le fondement principal de la décision (le personnel s&apos;en écarte rarement)?</translation>
    </message>
    <message>
        <source>Is the personal data processed on a large scale — many people, a large volume of records, or a whole region or country?</source>
        <translation>Les données personnelles sont-elles traitées à grande échelle — beaucoup de personnes, un grand volume de dossiers, ou toute une région ou tout un pays?</translation>
    </message>
    <message>
        <source>Justice and democratic processes</source>
        <translation>Administration de la justice et processus démocratiques</translation>
    </message>
    <message>
        <source>Law enforcement</source>
        <translation>Domaine répressif</translation>
    </message>
    <message>
        <source>Likely reversible and short-term</source>
        <translation>Probablement réversible et de courte durée</translation>
    </message>
    <message>
        <source>Migration, asylum and border control</source>
        <translation>Migration, asile et contrôle aux frontières</translation>
    </message>
    <message>
        <source>None of these</source>
        <translation>Aucune de ces pratiques</translation>
    </message>
    <message>
        <source>Online learning or automatic retraining: its own outputs can become its future inputs (EU AI Act Art. 15(4), feedback loops).</source>
        <translation>Apprentissage en ligne ou réentraînement automatique&#xa0;: ses propres sorties peuvent devenir ses entrées futures (RIA, art. 15, par. 4, boucles de rétroaction).</translation>
    </message>
    <message>
        <source>People selected by a score are affected before any final decision: they must be told and be able to contest it (Robodebt, the Dutch childcare benefits, SyRI).</source>
        <translation>Les personnes sélectionnées par une note sont touchées avant toute décision définitive&#xa0;: elles doivent en être informées et pouvoir la contester (Robodebt, l&apos;affaire des allocations de garde d&apos;enfants aux Pays-Bas, SyRI).</translation>
    </message>
    <message>
        <source>Predicting that a person will commit a crime solely from profiling or personality traits</source>
        <translation>Prédire qu&apos;une personne commettra une infraction pénale uniquement sur la base du profilage ou de traits de personnalité</translation>
    </message>
    <message>
        <source>Question {n}</source>
        <translation>Question {n}</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Questions and reasoning</source>
        <translation>Questions et raisonnement</translation>
    </message>
    <message>
        <source>Real-time remote biometric identification in public spaces for law enforcement (narrow exceptions, Art. 5(2)–(7))</source>
        <translation>Identification biométrique à distance en temps réel dans des espaces accessibles au public à des fins répressives (exceptions étroites, art. 5, par. 2 à 7)</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Raisonnement</translation>
    </message>
    <message>
        <source>Reasoning lines</source>
        <translation>Lignes du raisonnement</translation>
    </message>
    <message>
        <source>Replace the strategy&apos;s profile with the one the answers give (undoable).</source>
        <translation>Remplacer le profil de la stratégie par celui qui découle des réponses (annulable).</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Rule packs that apply</source>
        <translation>Ensembles de règles applicables</translation>
    </message>
    <message>
        <source>Safety of critical infrastructure</source>
        <translation>Sécurité des infrastructures critiques</translation>
    </message>
    <message>
        <source>Social scoring: rating people over time by social behaviour or traits, leading to unjustified detrimental treatment</source>
        <translation>Notation sociale&#xa0;: évaluer des personnes au fil du temps d&apos;après leur comportement social ou leurs caractéristiques, ce qui entraîne un traitement préjudiciable injustifié</translation>
    </message>
    <message>
        <source>Subliminal, manipulative or deceptive techniques that distort behaviour and cause significant harm</source>
        <translation>Techniques subliminales, manipulatrices ou trompeuses qui altèrent le comportement et causent un préjudice important</translation>
    </message>
    <message>
        <source>The output takes effect without case-by-case human review</source>
        <translation>La sortie prend effet sans examen humain au cas par cas</translation>
    </message>
    <message>
        <source>These answers cannot be assessed: {e}</source>
        <translation>Ces réponses ne peuvent pas être évaluées&#xa0;: {e}</translation>
    </message>
    <message>
        <source>Thousands</source>
        <translation>Des milliers</translation>
    </message>
    <message>
        <source>US OMB M-25-21 counts AI whose output is a principal basis for actions with a significant effect on safety as high-impact, even when no individual decision is made.</source>
        <translation>La note de service M-25-21 de l&apos;OMB considère comme à incidence élevée une IA dont la sortie est un fondement principal d&apos;actions ayant un effet important sur la sécurité, même sans décision individuelle.</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Royaume-Uni</translation>
    </message>
    <message>
        <source>United States (federal agency)</source>
        <translation>États-Unis (organisme fédéral)</translation>
    </message>
    <message>
        <source>We build it (provider)</source>
        <translation>Nous le construisons (fournisseur)</translation>
    </message>
    <message>
        <source>We use it (deployer)</source>
        <translation>Nous l&apos;utilisons (déployeur)</translation>
    </message>
    <message>
        <source>What do people do with the output?</source>
        <translation>Que font les personnes de la sortie?</translation>
    </message>
    <message>
        <source>What would change</source>
        <translation>Ce qui changerait</translation>
    </message>
    <message>
        <source>Where is it used?</source>
        <translation>Où est-il utilisé?</translation>
    </message>
    <message>
        <source>Which rule packs apply, and why</source>
        <translation>Ensembles de règles applicables, et pourquoi</translation>
    </message>
    <message>
        <source>Which rule packs apply, and why:</source>
        <translation>Ensembles de règles applicables, et pourquoi&#xa0;:</translation>
    </message>
    <message>
        <source>Will special-category data be used to detect and correct bias?</source>
        <translation>Des catégories particulières de données seront-elles utilisées pour détecter et corriger les biais?</translation>
    </message>
    <message>
        <source>Will the model keep learning from new data while in service, without a new release being tested and approved?</source>
        <translation>Le modèle continuera-t-il d&apos;apprendre à partir de nouvelles données en service, sans qu&apos;une nouvelle version soit mise à l&apos;essai et approuvée?</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>{n} of {asked} questions answered. Impact level {level} (score {score}).</source>
        <translation>{n} questions répondues sur {asked}. Niveau d&apos;incidence {level} (note {score}).</translation>
    </message>
    <message>
        <source>— not answered —</source>
        <translation>— sans réponse —</translation>
    </message>
</context>
<context>
    <name>rail</name>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Canvas and panel rail</source>
        <translation>Canevas et rail des panneaux</translation>
    </message>
    <message>
        <source>Close every panel, or bring them back (F9)</source>
        <translation>Fermer tous les panneaux, ou les rouvrir (F9)</translation>
    </message>
    <message>
        <source>Opens and closes the side panels; each has a function key.</source>
        <translation>Ouvre et ferme les panneaux latéraux; chacun a une touche de fonction.</translation>
    </message>
    <message>
        <source>Panel buttons</source>
        <translation>Boutons des panneaux</translation>
    </message>
    <message>
        <source>Panel rail</source>
        <translation>Rail des panneaux</translation>
    </message>
    <message>
        <source>{panel} ({key}): open, bring forward or close</source>
        <translation>{panel} ({key})&#xa0;: ouvrir, mettre au premier plan ou fermer</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <source>Data scientist</source>
        <translation>Scientifique des données</translation>
    </message>
    <message>
        <source>Domain expert</source>
        <translation>Expertise métier</translation>
    </message>
    <message>
        <source>IT operations</source>
        <translation>Opérations de TI</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Aucun responsable</translation>
    </message>
    <message>
        <source>Policy &amp; legal</source>
        <translation>Politiques et affaires juridiques</translation>
    </message>
    <message>
        <source>Privacy &amp; ethics</source>
        <translation>Protection de la vie privée et éthique</translation>
    </message>
    <message>
        <source>Project manager</source>
        <translation>Gestion de projet</translation>
    </message>
</context>
<context>
    <name>scope</name>
    <message>
        <source>{mark} {reason}</source>
        <translation>{mark} {reason}</translation>
    </message>
</context>
<context>
    <name>severity</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
</context>
<context>
    <name>shell</name>
    <message>
        <source>Design an MLOps strategy on a shared canvas.</source>
        <translation>Concevoir une stratégie MLOps sur un canevas partagé.</translation>
    </message>
    <message>
        <source>MLOps Lifecycle Canvas</source>
        <translation>MLOps Lifecycle Canvas</translation>
    </message>
    <message>
        <source>Opening the workshop database…</source>
        <translation>Ouverture de la base de données de l&apos;atelier…</translation>
    </message>
    <message>
        <source>Panel tabs</source>
        <translation>Onglets des panneaux</translation>
    </message>
    <message>
        <source>Resize the window</source>
        <translation>Redimensionner la fenêtre</translation>
    </message>
    <message>
        <source>Start-up status</source>
        <translation>État du démarrage</translation>
    </message>
    <message>
        <source>Status bar</source>
        <translation>Barre d&apos;état</translation>
    </message>
    <message>
        <source>Switches between the panels sharing this column.</source>
        <translation>Passe d&apos;un panneau à l&apos;autre parmi ceux qui partagent cette colonne.</translation>
    </message>
    <message>
        <source>{name} — MLOps Lifecycle Canvas</source>
        <translation>{name} — MLOps Lifecycle Canvas</translation>
    </message>
    <message>
        <source>{panel} contents</source>
        <translation>Contenu de {panel}</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>In place</source>
        <translation>En place</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>No strategy open</source>
        <translation>Aucune stratégie ouverte</translation>
    </message>
    <message>
        <source>Not saved — {n} edits pending: {reason}</source>
        <translation>Non enregistré — {n} modifications en attente&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>État de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Saved · revision {n}</source>
        <translation>Enregistré · révision {n}</translation>
    </message>
    <message>
        <source>Saving {n} edits…</source>
        <translation>Enregistrement de {n} modifications…</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
</context>
<context>
    <name>strategies</name>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Manage workshops, teams and strategies.</source>
        <translation>Gérer les ateliers, les équipes et les stratégies.</translation>
    </message>
    <message>
        <source>New strategy…</source>
        <translation>Nouvelle stratégie…</translation>
    </message>
    <message>
        <source>New workshop…</source>
        <translation>Nouvel atelier…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Select a strategy to open it on the canvas.</source>
        <translation>Sélectionnez une stratégie pour l&apos;ouvrir sur le canevas.</translation>
    </message>
    <message>
        <source>Strategies</source>
        <translation>Stratégies</translation>
    </message>
    <message>
        <source>Strategies of the workshop</source>
        <translation>Stratégies de l&apos;atelier</translation>
    </message>
    <message>
        <source>Teams…</source>
        <translation>Équipes…</translation>
    </message>
    <message>
        <source>Which workshop&apos;s strategies to list.</source>
        <translation>Les stratégies de quel atelier afficher.</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>{name}
{n} cards · revision {rev}</source>
        <translation>{name}
{n} cartes · révision {rev}</translation>
    </message>
</context>
<context>
    <name>workflows</name>
    <message>
        <source>Copied {n} cards.</source>
        <translation>{n} cartes copiées.</translation>
    </message>
    <message>
        <source>Create a workshop first.</source>
        <translation>Créez d&apos;abord un atelier.</translation>
    </message>
    <message>
        <source>Delete strategy</source>
        <translation>Supprimer la stratégie</translation>
    </message>
    <message>
        <source>Delete “{name}” with all its cards and history? This cannot be undone.</source>
        <translation>Supprimer «&#xa0;{name}&#xa0;» avec toutes ses cartes et son historique? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Move card</source>
        <translation>Déplacer la carte</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom&#xa0;:</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Non supprimée</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Open a strategy first.</source>
        <translation>Ouvrez d&apos;abord une stratégie.</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <source>Place card</source>
        <translation>Placer la carte</translation>
    </message>
    <message>
        <source>Rename strategy</source>
        <translation>Renommer la stratégie</translation>
    </message>
    <message>
        <source>Select a card to link from first.</source>
        <translation>Sélectionnez d&apos;abord la carte d&apos;où part le lien.</translation>
    </message>
    <message>
        <source>Select cards to copy first.</source>
        <translation>Sélectionnez d&apos;abord les cartes à copier.</translation>
    </message>
</context>
<context>
    <name>year chart</name>
    <message>
        <source>Accuracy</source>
        <translation>Exactitude</translation>
    </message>
    <message>
        <source>After {n} months, accuracy is {a_with:.1f}% with your controls and {a_without:.1f}% without; the fairness gap is {g_with:.1f} points with your controls and {g_without:.1f} without.</source>
        <translation>Après {n} mois, l&apos;exactitude est de {a_with:.1f}&#xa0;% avec vos mesures de contrôle et de {a_without:.1f}&#xa0;% sans; l&apos;écart d&apos;équité est de {g_with:.1f} points avec vos mesures et de {g_without:.1f} sans.</translation>
    </message>
    <message>
        <source>Events: {h} handled · {l} late · {m} missed</source>
        <translation>Événements&#xa0;: {h} traités · {l} en retard · {m} manqués</translation>
    </message>
    <message>
        <source>Fairness gap between subgroups</source>
        <translation>Écart d&apos;équité entre sous-groupes</translation>
    </message>
    <message>
        <source>Month in production (events marked below)</source>
        <translation>Mois en production (événements marqués ci-dessous)</translation>
    </message>
    <message>
        <source>Month {m}: {title} — {outcome}.</source>
        <translation>Mois {m}&#xa0;: {title} — {outcome}.</translation>
    </message>
    <message>
        <source>No year simulated yet: run the drills.</source>
        <translation>Aucune année simulée pour l&apos;instant&#xa0;: exécutez les exercices.</translation>
    </message>
    <message>
        <source>With your controls</source>
        <translation>Avec vos mesures de contrôle</translation>
    </message>
    <message>
        <source>Without controls</source>
        <translation>Sans mesures de contrôle</translation>
    </message>
    <message>
        <source>Year in production chart</source>
        <translation>Graphique de l&apos;année en production</translation>
    </message>
    <message>
        <source>points</source>
        <translation>points</translation>
    </message>
    <message>
        <source>{title} ({unit})</source>
        <translation>{title} ({unit})</translation>
    </message>
</context>
</TS>
