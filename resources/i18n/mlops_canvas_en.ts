<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>cadence</name>
    <message>
        <source>Continuous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once (one-off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>canvas</name>
    <message>
        <source>Feedback loop: back to Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a practice from the palette.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board of phase lanes and cards. Arrow keys move between cards; the Outline panel lists the same content for screen readers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>controls that belong to no single phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runs against the lifecycle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>checking</name>
    <message>
        <source>Added “{title}” to fix the finding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose rule packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile and rule packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule-pack &amp;crosswalk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped {n} broken rule pack(s): {first}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clipboard</name>
    <message>
        <source>The clipboard holds no cards from this app, so nothing was pasted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copied cards are too large to paste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copied cards were refused ({error}); nothing was pasted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coverage</name>
    <message>
        <source>1 more rule is upcoming: not yet in force on the date checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bar: solid = in place, hatched = planned only, empty = missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many applicable rules of each selected pack the strategy satisfies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press to list this pack&apos;s findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule-pack coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version: {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total} rules in force are met by practices in place ({share}%); {planned} more only by practices planned or in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{group}: no rule applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{group}: {done} of {total} · {share}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} coverage bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} {done} in place · {planned} planned of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ●{done} ○{planned} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: no rule applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} more rules are upcoming: not yet in force on the date checked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <source>&amp;Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Further errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database was open, so no edits can have been lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No edits were lost: every change made so far is saved in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No log file could be written; use Copy details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app met an error it did not expect: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details are in the log file {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can keep working. If the error comes back, quit and start the app again, and send the log file to whoever supports the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database did not accept them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} edits are not saved yet ({reason}). They are kept in memory and writing is retried: leave the app open until the status bar says Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} further errors since; each is in the log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crosswalk</name>
    <message>
        <source>About the crosswalk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crosswalk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crosswalk table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crosswalk: capabilities × rule packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter capabilities or citations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the crosswalk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide capabilities a card of the strategy already provides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In your strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only capabilities the strategy lacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the strategy&apos;s &amp;packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the strategy&apos;s selected packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only what the strategy &amp;lacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows are capabilities, columns rule packs; sort by any column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules speak of capabilities, so one card can satisfy rules in several packs. Each cell lists the citations of a pack&apos;s rules that name the capability.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the columns of the packs the strategy is checked against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which rules of which packs each capability helps satisfy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} of {total} capabilities shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>&amp;Capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the name: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check {where}: {msg}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each member&apos;s name and role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the card a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to another card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link “{title}” to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes are at most {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams of “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card the link points to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name must have 1 to 120 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phase lane the card goes into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick what the practice provides; the rules count these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titles are at most {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to filter cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the link means.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the practice is called.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the team</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>drilling</name>
    <message>
        <source>Drills are unavailable: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped {n} broken drill event(s): {first}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>drills</name>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close the gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Seed of the year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year in production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Resilience {share}%&lt;/b&gt; — {h} of {n} events handled in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the picked practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, link, own or start the one thing that mends the chain, as one undoable step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaks before “{stage}”: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain of the picked event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the lit cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the gap: {event}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drills panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each event with its outcome: handled, late or missed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events of the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fed back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Harm over the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Harm over the year: {with_} with your controls, {without} without.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Harm with controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Harm without</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light the picked event&apos;s cards on the canvas one stage at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nex&amp;t stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occurred, detected, handled, fed back — or where it breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a strategy to drill it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick one and press Add to place it instead of the suggested fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practices that provide the missing capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press &lt;b&gt;Run all&lt;/b&gt; to throw {n} what-if events at this strategy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resilience score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run all drills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the drills to simulate a year in production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tep again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tep through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the simulated year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages of the chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step through the chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sto&amp;p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop stepping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same seed always gives the same year; another seed, another year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace every event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What-if events traced through the strategy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When each event struck, how the strategy fared and the harm it caused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year in production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a link between the cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an owner ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the capability “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{stage}, day {day}: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— cards that would close it are still only planned ({titles}); put one in progress or in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ The chain is whole: detected, handled and fed back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✕ Breaks before “{stage}”. Missing: {missing}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content files are damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edits could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open. {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {file} could not be opened:

{error}

The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo workshop could not be written: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your database was updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{error}

The content files that ship with the app are read from {folder}. They are missing or were changed: reinstall the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} edits could not be written to the database: {reason}

Quit anyway and lose them? (No keeps the app open and keeps trying.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>exporting</name>
    <message>
        <source>%v of %m slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the file when done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF &amp;handout…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export action &amp;list (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export action list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export handout PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {n} pages to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {n} sections to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a strategy first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slides written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be written: {error}

No file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the strategy&apos;s scenario {key} is not known</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>facilitator</name>
    <message>
        <source>  … and {count} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ○ Planned, not in place: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ○ {capability}: planned, not in place — {cards}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ⛔ Prohibited practice: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ✓ {capability}: {cards}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ✗ {capability}: no card provides it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ✗ {severity}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agenda…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Facilitator window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guided drill (Explore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phase reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Score this strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Versions and replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+5 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+{count} rules met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, +{count} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Pick an event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Watch it travel the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. What did you observe?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV with the header team,name,role; one member a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comment keeps its first {count} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A read-only view of a strategy&apos;s board; it cannot be edited here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A real failed public-sector AI project, on the shared screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short sound when a stage&apos;s time is up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A what-if event from how public-sector AI fails in production, or a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A year in production (simulated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the checker results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About {stage}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a stage at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda &amp;timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda timer (compact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda timer full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda timer page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All cards, differences, or one&apos;s gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All {count} stages done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the first stage, stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beginning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the report: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canvas of {name} (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canvases and tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canvases side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card or link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards and links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards and links changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards not every strategy has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case study pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case study to present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case study:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case study: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case study…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes as tables and on the canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checker results for {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checker results heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a level first, then add a comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a level from 1 to 4 with the arrow keys or the keys 1 to 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a score from 1 to 4 before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a strategy to review its phases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a strategy to score (and install a rubric).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a strategy to see its versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose acceptable or to be corrected for {phase}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose two different versions to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the score of {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare strategies of one scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the ticked strategies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare two versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence in {lane}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected, awaiting re-evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrections made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage before and after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage per pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current stage and time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Developing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did the board catch it? Who handled it? Did the lesson travel back?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag or use the arrow keys to move through the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each card and whether each strategy has it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each lane: what it is for, what to ask, and which practices answer it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each participant answers on their own; the facilitator too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each row: the reviewer team and the team whose strategy it reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each team reviews the team this many places after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit agenda…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the stages and their minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elaborate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End this stage and start the next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate {phase}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate · {team} presents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event to throw at the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every scenario of the workshop and the library; documented failures first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every team is already assigned every other team&apos;s strategy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemplary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain · lane {n} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain · the phase guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export facilitator &amp;report (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export facilitator report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export facilitator report (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export paper (Markdown)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export paper (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export reflection paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export scores (&amp;CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export scores (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the reflection paper as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the reflection paper as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the scores as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;acilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F11 also toggles full screen; Esc leaves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback from {team} on {strategy}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback from {team} on “{strategy}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings opened and closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings that changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flash the timer when a stage&apos;s time is up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: before feedback, round 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give this stage five more minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the first revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the last revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guided drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guided drill (Explore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guided drill for teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guided drill steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this offer; F12 opens it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often each rule fails in each strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the day runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the strategy grew, revision by revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How {name} grew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import members (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import members from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {n} members; {skipped} rows skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual reflection: each participant, on their own, on applying MLOps in their organisation. Pick your name, answer, and Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a named copy of the strategy as it is now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept per team and event; saving again replaces the notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last stage of the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level {level} descriptor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle practices that were missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lights the cards that detect, handle and learn from the event, one stage a press.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock or unlock the round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark each phase acceptable or to be corrected, then re-evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes of the stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing from {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move on by itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected stage down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected stage up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, minutes and description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named copies of the strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newer version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newer version, changes highlighted (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next slide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next stage on the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {stage} · {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes between these versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No criterion scored yet ({total} to score).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open findings for the rules this criterion names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No review is assigned in this round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No snapshot taken: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not every strategy compared has this card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in this catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not written: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing imported. {rows}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to show yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now · revision {revision}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observations recorded by this team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One revision back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One revision forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a strategy first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a strategy to present its scenario&apos;s case study.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a team&apos;s strategy first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a team&apos;s strategy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workshop to record reflections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an exported strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open export file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open export file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open findings: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the guided drill for teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the large agenda timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this stage&apos;s vie&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall score {level} of 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page Down and Page Up move between pages; F11 toggles full screen; Esc leaves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page Down and Page Up move between slides; F11 toggles full screen; Esc leaves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer feedback form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer review assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer review needs at least two teams, each with a strategy in this workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase guide sl&amp;ides (Explain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase guide slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase review message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase reviews: {strategy}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick any case and present it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick one to read or edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present a case study full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present the case study full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present the team&apos;s pla&amp;n (Evaluate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present this team&apos;s plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press to start: the canvas lights each stage in turn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous slide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proficient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions it raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only strategy canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by this team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflecti&amp;ons (Evaluate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflection questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflection status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflections are not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a reviewed team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the assignments with a round-robin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required when the phase is to be corrected: say what to correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the five default stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review a strategy from an exported JSON file without importing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review to fill in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer team, row {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews the strategy of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision {old} → {new}: {changes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision {revision} of {last} · {cards} cards · {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round-robin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round-robin offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rubric score sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rubric scoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules met per pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules met per rule pack, one column per strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the team&apos;s notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this feedback (it stays editable until the round is locked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {at}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score (1–4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score sheet notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score {strategy} against {rubric}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring: {strategy}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an assignment to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-assessment per lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-assessment: how confident are you in each lane?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seven lanes, one lifecycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the stage used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the case study on the whole screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the large timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the phase guide as slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the slides on the whole screen (F11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the timer on the whole screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what changed between the two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side-by-side message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side-by-side review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot “{name}” taken at revision {revision}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot “{name}” taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshots of the strategy and what changed between them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage and time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage {number} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage {n} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage {n}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start or pause the timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start, pause or resume the timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategies to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy at the chosen revision (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy exports (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strengths and questions hold up to {count} characters each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team reviewed, row {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team: {team}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams and &amp;members…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams design their strategy on the canvas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams present; rubric and peer feedback; then everyone reflects on their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams throw what-if events at their board, watch them travel, and note what they observe and the questions it raises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agenda is over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agenda is over; reset the timer to start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agenda moved on; open the new stage&apos;s view here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agenda timer moves from stage to stage and offers each stage&apos;s view above the canvas; F12 opens the view of the stage the timer is in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agenda was not saved: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answers and self-assessment, with the team&apos;s plan attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checker has nothing to say about this criterion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checker&apos;s results are shown beside the criteria they inform; the score is your judgement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drills could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The facilitator report: rubric scores per team, coverage per rule pack, common gaps, the peer-feedback digest and every phase&apos;s review state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feedback was not saved: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The five stages of the day; each button opens that stage&apos;s view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history cannot be replayed: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes were not saved: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The one change you would suggest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paper was not written: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reflection was not saved: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review was not saved: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The round was not saved: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scores were not saved: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The six lanes and governance, one slide at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stages of the workshop and their minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The strategy has not been checked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team has no strategy in this workshop yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team reports that it corrected this phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team&apos;s board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team&apos;s notes on “{event}” are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The teams were not saved: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop day is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop&apos;s current stage, its time left and the next stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year&apos;s events are in the Drills panel: what would have hurt most?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This strategy already has a snapshot named “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick two or more strategies of the same scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time is up for {stage}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer f&amp;ull screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer, scoring, peer review and reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To be corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming rules, not yet in force: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions &amp;&amp; replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions and replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed, card by card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What does this strategy do well?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it was meant to do, and what made it hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What questions did it raise?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should the team correct?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the checker found (informs, does not score)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the team observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the team wants to find out or ask the facilitator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would you ask the team?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When unticked, a stage whose time is up stays and counts the overrun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the event is now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which cards to list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which team reviews which strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is reflecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop &amp;day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before the first recorded change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed: {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coverage changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failure on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from {old} to {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within {phase}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{card} ({phase})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{card} ({phase}, not in place)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} fewer rules met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} cannot be reviewed: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is open for review; it was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{lane}: practices that answer them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{lane}: questions to ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{level} · {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (from {file})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} · revision {revision} · {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — the facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s reflection is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} cards added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} findings closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} findings opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} links added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} links changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} links removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} rows of {file} cannot be used:

{rows}

Skip them and import the other {good} rows?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n}. {stage} · {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{offer} (F12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{pack}: {satisfied} in place · {planned} planned of {applicable} rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{page} (scrolls)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{page} of {count}: {heading}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{phase} comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{phase} state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{phase}: acceptable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{phase}: the team made its corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{phase}: to be corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{phase}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{position} — {stage}: {about}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{position}: {stage}. {offer}: F12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reviewer} reviews {reviewed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{round} is locked by the facilitator: feedback can be read but not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{round} · {count} assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rubric} (version {version})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{satisfied} of {applicable} ({share:.0%})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{scored} of {total} criteria scored · mean level {mean:.1f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} → {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{stage} · {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{stage} · {time} over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{state} (re-evaluated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{team} cannot review its own strategy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{team} takes part in peer review: {a} assignments, {g} feedback entries given, {r} received.

Remove the team? Its reviews stay in the database and in the workshop&apos;s export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}  — now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>· {planned} planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{event}” cannot be run here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ has it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ has it ({count}×)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ lacks it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>finding state</name>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned — not in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prohibited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prohibited practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming — not yet in force</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>findings</name>
    <message>
        <source>&amp;Fix: add this card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 more rule is upcoming (not yet in force).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; only planned while the system is already live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; planned, but not in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the drills attach {harm} harm per day to its absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A prohibited practice blocks this use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A prohibited practice outranks every other gap: no card can make it lawful; the use itself must change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the suggested practice to its lane, as one step you can undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All severities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amendment has been reported but its final text is not verified: not law.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies from {date}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards involved: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked against the law as it stands on {date} — the date set in the profile, not today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked against the law on {date} (today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the law applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demanded by {citations}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demanded by: {citations}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by words…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First the gaps that would hurt first, then the other findings by rule pack and state. Selecting one highlights its cards on the canvas; Enter adds the suggested card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: add “{entry}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing · {severity}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card can fix a prohibited practice: the use must change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card can fix this: the use itself must change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card yet: the strategy lacks this practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No catalog card fixes this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No catalog card fixes this; edit the canvas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check has run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-entry sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in force yet on the date checked: nothing is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to add: the practice is planned. It counts once its cards are in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack, citation and title of each rule this card helps satisfy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packs: {packs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a gap or a finding to see what is missing and how to fix it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned cards, not yet in place: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned — not in place · {severity}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned — not in place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned, not in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prohibited practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prohibited practice — this use cannot go ahead as planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prohibited practice: {title}{cite}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prohibited practices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank {rank}, {state}: {title}. Demanded by {citations}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported change, not yet law: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule id: {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule ids: {ids}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules satisfied by the selected card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a card to see which rules it satisfies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show findings of one rule pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show findings of one severity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show findings whose title, message or citation contain these words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only missing, only planned (not in place), only upcoming or prohibited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing {n} of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog practice the Fix button adds; the best fit comes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date whose law the check applied; set another in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gaps that would hurt first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules the selected card counts towards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The use involves a practice the law prohibits; no card can fix it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming — applies from {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming — not yet in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming — not yet in force on the date checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the strategy still lacks for the selected packs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it matters: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it ranks here: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{citation} · {pack}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} gaps: {missing} missing, {planned} planned but not in place ({counts}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} more rules are upcoming (not yet in force).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{pack}: {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rank}. {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{severity}, demanded by {rules} in {packs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{severity}: {title}{cite}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{state} · {severity}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} · {phase}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>· and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” counts towards {n} rules in {p} packs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” does not yet satisfy a rule of the selected packs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ No gaps: every rule in force is met by practices in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ {citation} — {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guide</name>
    <message>
        <source>Cards heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards that answer them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards that answer these questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a card onto a lane, or press Enter to place it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the facilitator&apos;s Explain stage; Esc closes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase guide contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase guide, full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the guide full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this phase is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which phase the guide explains.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <source>&amp;About MLOps Lifecycle Canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Facilitator guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Licence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About MLOps Lifecycle Canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apache License 2.0 ({spdx})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application and version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MLOps Lifecycle Canvas {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move between panels and fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the focus to the nearest card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the focused card in the inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule packs loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screenshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source and integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word to find; Enter for the next one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>Every change; click one to go back to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inspector</name>
    <message>
        <source>&amp;Capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card needs a title; the old one was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custom card of this team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;adence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a target card and the kind of link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free notes; saved as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far it has come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often the practice runs. A one-off activity cannot notice what happens later, in operation; the drills time detection by it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link this card to another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes are at most {n} characters; the rest was cut off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a card to see and edit it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card&apos;s title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titles are at most {n} characters; the title was shortened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the link means.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this practice provides; the rules check these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who owns this practice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Add “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrange {phase}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change link kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {n} items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to {phase}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move {n} cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not renamed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nudge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown practice {key!r}: nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>links</name>
    <message>
        <source>feeds back to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flows into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runs against the lifecycle direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>triggers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>mlops-canvas: no interface language {code!r}; use {codes}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <source>&amp;Arrange lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Custom card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete strategy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Font scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move to phase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New strategy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Palette search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename strategy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Teams…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual size (100%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplica&amp;te</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit lanes to &amp;width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to &amp;next phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to &amp;previous phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;workshop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nudge down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nudge left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nudge right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nudge up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;anels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interface will be in {language} at the next start of the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole &amp;board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to &amp;lane</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outline</name>
    <message>
        <source>A card needs a title; the old one was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acts on the card selected in the outline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every phase with its cards, owners, statuses and links. F2 renames the selected card; the buttons below move, link or delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the card to another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the card to another phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titles are at most {n} characters; the title was shortened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{phase} ({n} cards)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>packs</name>
    <message>
        <source> · {where} ({status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suggest for this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available rule packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the frameworks the strategy is checked against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load {file}
{problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select exactly the packs whose conditions hold for the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest packs for this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick a pack to check the strategy against it; Space toggles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agency folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key}
not installed on this machine: its rules are not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} pack files could not be loaded; they are listed with the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} packs loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}
{version} · in effect from {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>palette</name>
    <message>
        <source>Add a custom card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create your own practice and choose the capabilities it provides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters practices by title, description and capabilities as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practices grouped by phase. Drag one onto a lane, or press Enter to place it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provides: {caps}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search practices, e.g. bias, drift, appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the palette</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phases</name>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data Management &amp; Preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback Loop &amp; Continuous Improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Governance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Governance (cross-cutting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model Deployment &amp; Serving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model Development &amp; Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model Evaluation &amp; Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring &amp; Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>profile</name>
    <message>
        <source>&amp;Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rule packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5(1)({point}) {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A private body providing a public service (EU AI Act Art. 27(1) rights impact assessment), as distinct from a public authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affects people in vulnerable situations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affects people in vulnerable situations: children, benefit claimants, patients, asylum seekers (EU AI Act Art. 9(9); a DPIA trigger on most national lists).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An AI system (infers its outputs), not a fixed rules engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An AI system in the sense of EU AI Act Art. 3(1): it infers from its inputs how to produce outputs, with some autonomy. A fixed rules engine is not — but if it decides about people it is still an automated decision system (Canada&apos;s DADM, GDPR Art. 22).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 6(3) takes some Annex III uses out of the high-risk regime; Art. 5 prohibits some uses outright.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biometric categorisation by sensitive traits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biometric categorisation to infer race, political opinions, religion, sex life or similar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biometrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building facial-recognition databases by untargeted scraping of the internet or CCTV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canada (federal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the law as it stands on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the law as of today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical infrastructure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions about people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions are solely automated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions are taken without meaningful human involvement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions have legal or similar effects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployer — we use one built by others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EU AI Act Annex III area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EU AI Act Annex III high-risk area, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EU AI Act Art. 5 prohibited practices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EU AI Act: exemption and prohibitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education and vocational training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emotion recognition at work or in education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emotion recognition in the workplace or in education (outside medical or safety reasons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment and workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Essential public services and benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>European Union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluates personal aspects of people (GDPR Art. 4(4)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exploiting vulnerabilities (age, disability, social situation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exploiting vulnerabilities of age, disability or social or economic situation to distort behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generates text, images or other content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generative AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High-impact AI (principal basis for decisions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the system touches people: who is decided about, selected or affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact level I–IV (Canada&apos;s DADM, Appendix B).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jurisdictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justice and democratic processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps learning after deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps learning after deployment, so its outputs can feed its future inputs (EU AI Act Art. 15(4) feedback loops).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Law enforcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes or supports decisions about individual people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes or supports decisions about people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manipulative or deceptive techniques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration, asylum and border control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitors public areas on a large scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None — not an Annex III use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output is a principal basis for decisions with significant effects on rights or safety (US OMB M-25-21 &apos;high-impact AI&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People interact with the system or see its output directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data on a large scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practices of EU AI Act Art. 5(1) that the use involves (screened by the questionnaire); any of them is prohibited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicting crime solely from profiling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicting that a person will commit a crime solely from profiling or personality traits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private body providing a public service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processes personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processes personal data (GDPR Art. 4(1)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processes personal data on a large scale: many people, much data, or a wide area (GDPR Art. 35(3)(b)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processes special-category data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processes special-category data to detect and correct bias (EU AI Act Art. 10(5)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processes special-category data: health, ethnicity, religion, biometrics… (GDPR Art. 9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile and rule packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider and deployer — both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider — we build it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public-facing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real-time remote biometric identification for policing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real-time remote biometric identification in public spaces for law enforcement (narrow exceptions, Art. 5(2)–(7))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relies on the AI Act Art. 6(3) derogation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role under the EU AI Act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules not yet in force on this date show as upcoming, not as gaps. Pick the planned go-live to see what will apply then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores or flags people for investigation, audit or control (a fraud risk list, a case selected for review) — they are affected even before any final decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selects people for investigation or control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social scoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social scoring: rating people over time by social behaviour or traits, leading to unjustified detrimental treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subliminal, manipulative or deceptive techniques that distort behaviour and cause significant harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systematically monitors publicly accessible areas on a large scale (GDPR Art. 35(3)(c)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency builds the system (provider), uses it (deployer), or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency is a public authority: a body governed by public law, or one acting on its behalf (EU AI Act Art. 26(8), 27(1), 49(3); Canada&apos;s DADM binds federal institutions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date on which to evaluate the law (the planned go-live, say); today when not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The facts about the AI system that decide which rules apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider relies on EU AI Act Art. 6(3): the Annex III system only does a narrow procedural or preparatory task and poses no significant risk (unavailable when it profiles people).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Those decisions have legal or similarly significant effects on people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick any the use involves. A prohibited practice blocks the check: no card can make it lawful.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United States (federal agency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untargeted scraping of facial images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick to check the law as it stands on another date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses special-category data to detect and correct bias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What kind of system this is, and who runs it: decides which laws apply at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What personal data it processes, how much and how.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{point}. {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>questionnaire</name>
    <message>
        <source>&amp;Apply this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A large share of the population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ministry, agency, municipality, public hospital or school, or a contractor acting for one. It decides the EU AI Act&apos;s registration of use (Arts. 26(8), 49(3)), its rights impact assessment (Art. 27) and whether Canada&apos;s directive binds the agency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person decides; the output is one input among others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person reviews each output before it takes effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A private provider of a public service must also assess fundamental rights before using a high-risk system (EU AI Act Art. 27(1)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to essential public services and benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An AI system in the sense of EU AI Act Art. 3(1). A fixed rules engine is not one, so the AI Act does not apply — but if it decides about people it is still an automated decision system for Canada&apos;s directive and GDPR Art. 22 (Robodebt was rules-based).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer plain questions; the impact level and profile facts follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer what you can; follow-up questions appear when they matter. Unanswered questions keep the current profile&apos;s facts. The impact level is a workshop estimate on the thresholds of Canada&apos;s AIA tool, not an official assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying changes: {changes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying would not change the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are people in vulnerable situations affected (children, benefit claimants, patients, asylum seekers)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biometric categorisation to infer race, political opinions, religion, sex life or similar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biometric identification or categorisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building facial-recognition databases by untargeted scraping of the internet or CCTV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can such a decision affect someone&apos;s rights, benefits, liberty, legal status or access to a service?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canada (federal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could a failure harm people&apos;s health or safety, or disrupt critical services (water, power, transport, emergency response)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difficult to reverse, possibly ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do members of the public interact with it or see its output directly?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does it evaluate or predict personal aspects of people (behaviour, reliability, risk, needs)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does it generate text, images, audio or video?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does it score or select people for investigation, audit or control (a fraud risk list, cases picked for review)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does it systematically monitor publicly accessible areas on a large scale (cameras, sensors, number-plate readers)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does it use health, ethnic origin, religion, biometric, sexual-orientation, political or trade-union data — or close proxies for them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does its output make or help make decisions about individual people?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does the agency build the system, use one built by others, or both?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does the system learn from data or infer its outputs (machine learning, a statistical or language model) — rather than only apply fixed rules written by people?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does the system use information about identifiable people?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does the use fall in one of the EU AI Act&apos;s high-risk areas (Annex III)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does the use involve any of these practices?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EU AI Act Art. 10(5) allows it only when strictly necessary and with safeguards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EU AI Act Art. 5(1): prohibited since 2 February 2025. Any of them blocks the use (narrow exceptions for 5(1)(h), with prior authorisation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EU AI Act Art. 6(3): the provider may then document that it is not high-risk (Art. 6(4)) and must still register it (Art. 49(2)). Never available when the system profiles people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each answer&apos;s points and what the resulting profile means.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easily reversed and brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education and vocational training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emotion recognition in the workplace or in education (outside medical or safety reasons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment and workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>European Union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exploiting vulnerabilities of age, disability or social or economic situation to distort behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer than a thousand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each rule pack, whether it applies to the answers&apos; profile and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDPR Art. 35(3)(b): special-category data on a large scale always needs a data protection impact assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDPR Art. 35(3)(c): always needs a data protection impact assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guided questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many people does it affect each year?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the questionnaire works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it is in one of those areas: does it only perform a narrow procedural or preparatory task, without replacing or materially influencing a person&apos;s assessment?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the system gets it wrong, how hard is the harm to undo?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Irreversible or lasting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is it a private body providing a public service?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is the agency a public authority — a body governed by public law, or one acting on its behalf?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is the output the main basis for the decision (staff rarely depart from it)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is the personal data processed on a large scale — many people, a large volume of records, or a whole region or country?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justice and democratic processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Law enforcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely reversible and short-term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration, asylum and border control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online learning or automatic retraining: its own outputs can become its future inputs (EU AI Act Art. 15(4), feedback loops).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People selected by a score are affected before any final decision: they must be told and be able to contest it (Robodebt, the Dutch childcare benefits, SyRI).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicting that a person will commit a crime solely from profiling or personality traits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions and reasoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real-time remote biometric identification in public spaces for law enforcement (narrow exceptions, Art. 5(2)–(7))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasoning lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the strategy&apos;s profile with the one the answers give (undoable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule packs that apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety of critical infrastructure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social scoring: rating people over time by social behaviour or traits, leading to unjustified detrimental treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subliminal, manipulative or deceptive techniques that distort behaviour and cause significant harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output takes effect without case-by-case human review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These answers cannot be assessed: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thousands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US OMB M-25-21 counts AI whose output is a principal basis for actions with a significant effect on safety as high-impact, even when no individual decision is made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United States (federal agency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We build it (provider)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We use it (deployer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do people do with the output?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where is it used?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which rule packs apply, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which rule packs apply, and why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will special-category data be used to detect and correct bias?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will the model keep learning from new data while in service, without a new release being tested and approved?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of {asked} questions answered. Impact level {level} (score {score}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not answered —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rail</name>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canvas and panel rail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close every panel, or bring them back (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens and closes the side panels; each has a function key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel rail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{panel} ({key}): open, bring forward or close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <source>Data scientist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain expert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy &amp; legal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy &amp; ethics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project manager</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scope</name>
    <message>
        <source>{mark} {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>severity</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shell</name>
    <message>
        <source>Design an MLOps strategy on a shared canvas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MLOps Lifecycle Canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the workshop database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start-up status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switches between the panels sharing this column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — MLOps Lifecycle Canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{panel} contents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>In place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No strategy open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved — {n} edits pending: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved · revision {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving {n} edits…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strategies</name>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage workshops, teams and strategies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New strategy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workshop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a strategy to open it on the canvas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategies of the workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which workshop&apos;s strategies to list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}
{n} cards · revision {rev}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>workflows</name>
    <message>
        <source>Copied {n} cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a workshop first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{name}” with all its cards and history? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a strategy first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a card to link from first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select cards to copy first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>year chart</name>
    <message>
        <source>Accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After {n} months, accuracy is {a_with:.1f}% with your controls and {a_without:.1f}% without; the fairness gap is {g_with:.1f} points with your controls and {g_without:.1f} without.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events: {h} handled · {l} late · {m} missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fairness gap between subgroups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month in production (events marked below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month {m}: {title} — {outcome}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No year simulated yet: run the drills.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With your controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year in production chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} ({unit})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
