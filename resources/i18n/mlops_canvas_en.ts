<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>about</name>
    <message>
        <location filename="../../app/about.py"/>
        <source>Python {python} (frozen) on {platform}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/about.py"/>
        <source>Python {python} on {platform}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/about.py"/>
        <source>shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/about.py"/>
        <source>agency folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/about.py"/>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/about.py"/>
        <source>modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/about.py"/>
        <source>unsigned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>autosave</name>
    <message>
        <location filename="../../app/autosave.py"/>
        <source>Saved · revision {revision}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/autosave.py"/>
        <source>Typing… saved at the next pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/autosave.py"/>
        <source>Saving %n edit(s)…</source>
        <translation>
            <numerusform>Saving %n edit…</numerusform>
            <numerusform>Saving %n edits…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/autosave.py"/>
        <source>Not saved: {reason} %n edit(s) kept in memory; retrying.</source>
        <translation>
            <numerusform>Not saved: {reason} %n edit kept in memory; retrying.</numerusform>
            <numerusform>Not saved: {reason} %n edits kept in memory; retrying.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/autosave.py"/>
        <source>a card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/autosave.py"/>
        <source>{field} from {before} to {after}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/autosave.py"/>
        <source>{author} changed the card {card}: {changes}, replacing yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/autosave.py"/>
        <source>{author} moved {card} to {phase}, replacing your move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/autosave.py"/>
        <source>{author} removed {card}, which you had just changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/autosave.py"/>
        <source>{author} removed a link you had just changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/autosave.py"/>
        <source>{author} made a link you had just changed {kind}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/autosave.py"/>
        <source>{author} changed the profile you had just changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/autosave.py"/>
        <source>{author} set the rule packs to {packs}, replacing yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/autosave.py"/>
        <source>{author} renamed the strategy from {before} to {after}, replacing yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/autosave.py"/>
        <source>{author} changed something you had just changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/autosave.py"/>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/autosave.py"/>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/autosave.py"/>
        <source>owner role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/autosave.py"/>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/autosave.py"/>
        <source>capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/autosave.py"/>
        <source>cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/autosave.py"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>board</name>
    <message>
        <location filename="../../app/export/board_drawing.py"/>
        <source>{lane}: {shown} of {count} cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/board_drawing.py"/>
        <source>Lifecycle board (part {part} of {parts})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/board_drawing.py"/>
        <source>Lifecycle board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/board_drawing.py"/>
        <source>{board}, {total} cards in all. Shown here: {parts}. Every card is listed with its owner and status in the plan's phase sections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/export/board_drawing.py"/>
        <source>+ %n more card(s) in the full plan</source>
        <translation>
            <numerusform>+ %n more card in the full plan</numerusform>
            <numerusform>+ %n more cards in the full plan</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/export/board_drawing.py"/>
        <source>No cards yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/board_drawing.py"/>
        <source>Board part {part} of {parts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/board_drawing.py"/>
        <source>listed in the phase sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/board_drawing.py"/>
        <source>the full plan lists them</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/export/board_drawing.py"/>
        <source>%n link(s) lead(s) to cards on other parts</source>
        <translation>
            <numerusform>%n link leads to cards on other parts</numerusform>
            <numerusform>%n links lead to cards on other parts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cadence</name>
    <message>
        <location filename="../../views/labels.py"/>
        <source>Continuous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/labels.py"/>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/labels.py"/>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/labels.py"/>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/labels.py"/>
        <source>Quarterly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/labels.py"/>
        <source>Yearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/labels.py"/>
        <source>Once (one-off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/labels.py"/>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>canvas</name>
    <message>
        <location filename="../../views/canvas/view.py"/>
        <source>Strategy canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/canvas/view.py"/>
        <source>The board of phase lanes and cards. Arrow keys move between cards; the Outline panel lists the same content for screen readers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/canvas/view.py"/>
        <source>That is not a practice from the palette.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/items/lane_item.py"/>
        <source>controls that belong to no single phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/items/lane_item.py"/>
        <source>Feedback loop: back to Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/items/legend_item.py"/>
        <source>Links:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/items/legend_item.py"/>
        <source>runs against the lifecycle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chart</name>
    <message>
        <location filename="../../app/export/linechart_drawing.py"/>
        <source>The lines coincide: the team's controls made no difference here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/linechart_drawing.py"/>
        <source>The lines coincide in months {months}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/linechart_drawing.py"/>
        <source>{series} from {first} to {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/linechart_drawing.py"/>
        <source>Line chart over {axis} {first}–{last}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/linechart_drawing.py"/>
        <source>Numbered marks: events of the year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>check</name>
    <message numerus="yes">
        <location filename="../../app/cli/check.py"/>
        <source>Card “{card}” satisfies %n rule(s):</source>
        <translation>
            <numerusform>Card “{card}” satisfies %n rule:</numerusform>
            <numerusform>Card “{card}” satisfies %n rules:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/check.py"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/check.py"/>
        <source>Workshop “{workshop}”: %n strategy(ies), {when}</source>
        <translation>
            <numerusform>Workshop “{workshop}”: %n strategy, {when}</numerusform>
            <numerusform>Workshop “{workshop}”: %n strategies, {when}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>law as of an unrecorded date</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/check_text.py"/>
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>Check of “%1” (%2, revision %3), %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>Rule packs: none selected (lifecycle structure only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>Rule packs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>%1: version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>in force from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>BLOCKING: prohibited practice — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>No card can make it compliant: stop or redesign the use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>add “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>or %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/check_text.py"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>prohibited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>cites:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>fix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>put in place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>cards:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <location filename="../../app/export/compliance.py"/>
        <source>No gaps on %1: every rule in force is carried by cards in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <location filename="../../app/export/compliance.py"/>
        <source>No gaps: every rule in force is carried by cards in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>The gaps that would hurt first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>applies from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>(rank %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>pending change (not law yet):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>The other findings, by rule pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>No findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>Coverage (rules in force on %1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>Coverage (rules in force):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>Strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>Structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>(no strategies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>Coverage: rules met by cards in place / rules in force; +Np: N more met only by cards planned or in progress (not counted as met).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>(not installed here: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>Law as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>Law as of an unrecorded date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>Capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>Packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py"/>
        <source>Each number is how many of the pack's rules a card with that capability helps meet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1</source>
        <translation type="vanished"></translation>
    </message>
</context>
<context>
    <name>checked</name>
    <message numerus="yes">
        <location filename="../../app/export/blocks.py"/>
        <location filename="../../app/export/checked.py"/>
        <source>%n upcoming</source>
        <translation>
            <numerusform>%n upcoming</numerusform>
            <numerusform>%n upcoming</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/export/blocks.py"/>
        <source>no rule in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/blocks.py"/>
        <location filename="../../app/export/checked.py"/>
        <source>%1 in place · %2 planned of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py"/>
        <source>Prohibited practice — blocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py"/>
        <source>Planned, not in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py"/>
        <source>Upcoming — not yet in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py"/>
        <source>PROHIBITED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py"/>
        <source>MISSING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py"/>
        <source>PLANNED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py"/>
        <source>UPCOMING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py"/>
        <source>ERROR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py"/>
        <source>WARNING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py"/>
        <source>INFO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py"/>
        <source>law as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py"/>
        <source>no rule pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py"/>
        <source>version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py"/>
        <source>shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py"/>
        <source>agency folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py"/>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py"/>
        <source>modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py"/>
        <source>unsigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py"/>
        <location filename="../../app/export/compliance.py"/>
        <location filename="../../app/export/presentation.py"/>
        <source>an unrecorded date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py"/>
        <source>Checked against the law as of %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py"/>
        <source>Upcoming — applies from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py"/>
        <location filename="../../app/export/presentation.py"/>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py"/>
        <source>Prohibited practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py"/>
        <source>no rule applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/export/checked.py"/>
        <source>%n prohibited</source>
        <translation>
            <numerusform>%n prohibited</numerusform>
            <numerusform>%n prohibited</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/export/checked.py"/>
        <source>%n missing</source>
        <translation>
            <numerusform>%n missing</numerusform>
            <numerusform>%n missing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/export/checked.py"/>
        <source>%n planned</source>
        <translation>
            <numerusform>%n planned</numerusform>
            <numerusform>%n planned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/export/checked.py"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py"/>
        <source>no findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/coverage_drawing.py"/>
        <source>Coverage per rule pack: {packs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/coverage_drawing.py"/>
        <source>{pack}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/coverage_drawing.py"/>
        <source>met by cards in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/coverage_drawing.py"/>
        <source>only planned — not met</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>checker</name>
    <message>
        <location filename="../../app/checker/engine.py"/>
        <location filename="../../app/cli/check_text.py"/>
        <source>Upcoming — applies from %1. Not yet in force; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/engine.py"/>
        <source>The system is live, but this is only planned: on the cards in place, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/engine.py"/>
        <source>Planned, not in place: on the cards in place, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/engine.py"/>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/engine.py"/>
        <source>Rule pack not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/engine.py"/>
        <source>The strategy selects the rule pack %1, which is not installed here; its rules were not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/ranking.py"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/ranking.py"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/ranking.py"/>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/ranking.py"/>
        <source>%1: demanded by %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/checker/ranking.py"/>
        <source>%n pack(s)</source>
        <translation>
            <numerusform>%n pack</numerusform>
            <numerusform>%n packs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/checker/ranking.py"/>
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n rule</numerusform>
            <numerusform>%n rules</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/checker/ranking.py"/>
        <source>; the drills attach %1 harm per day to its absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/ranking.py"/>
        <source>; planned but not in place while the system is live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/ranking.py"/>
        <source>; planned but not in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/requirements.py"/>
        <source>'%1'</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/requirements.py"/>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/requirements.py"/>
        <source>owned by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/requirements.py"/>
        <source>owned by someone outside the team that builds the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/requirements.py"/>
        <source>that repeats in operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/checker/requirements.py"/>
        <source>%n card(s) provide it in another lane.</source>
        <translation>
            <numerusform>%n card provides it in another lane.</numerusform>
            <numerusform>%n cards provide it in another lane.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/checker/requirements.py"/>
        <source>%1 is not owned by the %2 role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/requirements.py"/>
        <source>It is owned by the team that builds the model (%1); an independent review needs an owner outside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/requirements.py"/>
        <source>It runs once or states no cadence: a one-off activity cannot see what happens in operation. Give it a repeating cadence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/requirements.py"/>
        <source>No card provides %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/requirements.py"/>
        <source>%1 must come before the release, but no Deployment card shows where the system goes live; add the release and link it downstream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/checker/requirements.py"/>
        <source>%1 does not gate the release: %n Deployment card(s) have no %1 upstream. Link it into the go/no-go gate before deployment, so the system cannot go live without it.</source>
        <translation>
            <numerusform>%1 does not gate the release: %n Deployment card has no %1 upstream. Link it into the go/no-go gate before deployment, so the system cannot go live without it.</numerusform>
            <numerusform>%1 does not gate the release: %n Deployment cards have no %1 upstream. Link it into the go/no-go gate before deployment, so the system cannot go live without it.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/checker/requirements.py"/>
        <source>Nothing can lead to %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/requirements.py"/>
        <source>%1 leads nowhere: </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/checker/requirements.py"/>
        <source>%n card(s) with %1 do not lead to another card with %2; link them (one card cannot raise an alarm and answer it).</source>
        <translation>
            <numerusform>%n card with %1 does not lead to another card with %2; link them (one card cannot raise an alarm and answer it).</numerusform>
            <numerusform>%n cards with %1 do not lead to another card with %2; link them (one card cannot raise an alarm and answer it).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/checker/requirements.py"/>
        <source>No card provides %1, which must come before %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/requirements.py"/>
        <source>No card provides %1, which must follow %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/checker/requirements.py"/>
        <source>%n card(s) with %1 have no %2 before them (in an earlier lane or linked upstream).</source>
        <translation>
            <numerusform>%n card with %1 has no %2 before it (in an earlier lane or linked upstream).</numerusform>
            <numerusform>%n cards with %1 have no %2 before them (in an earlier lane or linked upstream).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/checker/requirements.py"/>
        <source>The use involves a practice the law prohibits outright; no card on the board can make it compliant. Stop or redesign the use (take legal advice on the narrow exceptions, if any).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/structural.py"/>
        <source>Lifecycle structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/structural.py"/>
        <source>Every phase has a card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/structural.py"/>
        <source>The feedback loop is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/structural.py"/>
        <source>Deployments are gated by evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/structural.py"/>
        <source>Monitoring follows deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/structural.py"/>
        <source>Cards are linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/structural.py"/>
        <source>Every card has an owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/structural.py"/>
        <source>Links follow the lifecycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/structural.py"/>
        <source>Governance has an accountable owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/structural.py"/>
        <source>Each of the six lifecycle phases needs at least one practice; an empty lane is a stage of the system's life that nobody has planned for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/structural.py"/>
        <source>What monitoring finds must reach a feedback card and flow back into data or development; otherwise problems are seen but never fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/structural.py"/>
        <source>Every deployment card must be reachable from an evaluation card, so nothing goes live without passing a validation gate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/structural.py"/>
        <source>Every monitoring card should be downstream of a deployment card: monitoring watches something that was released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/structural.py"/>
        <source>More than {allowance} cards have no link at all; a practice that connects to nothing is unlikely to be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/structural.py"/>
        <source>A practice without an owner role tends not to happen. Give each card an owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/structural.py"/>
        <source>A link that runs against the lifecycle direction should be a feeds-back link; otherwise the flow of work is unclear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/structural.py"/>
        <source>A governance card providing 'accountability' with an owner role names who answers for the system and its outcomes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/structural.py"/>
        <source>The {phase} lane has no card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/structural.py"/>
        <source>No feedback card: nothing carries what monitoring learns back into the lifecycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/structural.py"/>
        <source>No path runs from a monitoring card through a feedback card back to a data or development card; link them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/checker/structural.py"/>
        <source>%n deployment card(s) have no evaluation card upstream: nothing stops an unvalidated release.</source>
        <translation>
            <numerusform>%n deployment card has no evaluation card upstream: nothing stops an unvalidated release.</numerusform>
            <numerusform>%n deployment cards have no evaluation card upstream: nothing stops an unvalidated release.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/checker/structural.py"/>
        <source>%n monitoring card(s) are not downstream of any deployment card.</source>
        <translation>
            <numerusform>%n monitoring card is not downstream of any deployment card.</numerusform>
            <numerusform>%n monitoring cards are not downstream of any deployment card.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/checker/structural.py"/>
        <source>%n card(s) have no link at all (up to {allowance} are tolerated).</source>
        <translation>
            <numerusform>%n card has no link at all (up to {allowance} are tolerated).</numerusform>
            <numerusform>%n cards have no link at all (up to {allowance} are tolerated).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/checker/structural.py"/>
        <source>%n card(s) have no owner role.</source>
        <translation>
            <numerusform>%n card has no owner role.</numerusform>
            <numerusform>%n cards have no owner role.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/checker/structural.py"/>
        <source>%n link(s) run against the lifecycle without being feeds-back links.</source>
        <translation>
            <numerusform>%n link runs against the lifecycle without being a feeds-back link.</numerusform>
            <numerusform>%n links run against the lifecycle without being feeds-back links.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/checker/structural.py"/>
        <source>The governance card providing accountability has no owner role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/structural.py"/>
        <source>No governance card provides 'accountability': nobody answers for the system.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>checking</name>
    <message>
        <location filename="../../views/checking.py"/>
        <source>Profile and rule packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/checking.py"/>
        <source>Added “{title}” to fix the finding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/checking.py"/>
        <source>Edit profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/checking.py"/>
        <source>Choose rule packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/checking.py"/>
        <source>Rule-pack &amp;crosswalk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/checking.py"/>
        <source>Skipped {n} broken rule pack(s): {first}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../app/cli/__init__.py"/>
        <source>MLOps Lifecycle Canvas: design public-sector MLOps strategies offline. Without a sub-command (only --db, if anything), the desktop app opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/__init__.py"/>
        <source>show program's version number and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/__init__.py"/>
        <source>database file or SQLAlchemy URL (default: $MLOPS_CANVAS_DB, else the data folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/__init__.py"/>
        <source>language of the output, the help and exports: en or fr (default: $MLOPS_CANVAS_LANG, else the system language)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check.py"/>
        <source>check strategies against the lifecycle rules and rule packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check.py"/>
        <source>Check a strategy (or every strategy of a workshop) against the built-in lifecycle rules and its rule packs on a date: the gaps that would hurt first, then every finding by pack (missing, planned, upcoming), and coverage in place and planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check.py"/>
        <source>Exit status: 0 no blocking finding; 1 an error missing or only planned (planned cards are not evidence), or a prohibited practice; 2 bad input. Rules not yet in force (upcoming) never fail the check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check.py"/>
        <location filename="../../app/cli/drill.py"/>
        <source>strategy in --db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check.py"/>
        <location filename="../../app/cli/drill.py"/>
        <source>read the strategy from an exchange document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check.py"/>
        <source>check every strategy of a workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check.py"/>
        <source>check against these packs instead of the strategy's selected ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check.py"/>
        <source>check against every pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check.py"/>
        <source>also list the rules this card satisfies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check.py"/>
        <source>print the capability × pack table and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check.py"/>
        <source>evaluate the law as it stands on this date (default: the date in the strategy's profile, else today); rules not yet in force show as upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/drill.py"/>
        <source>run what-if events on a strategy and print how it fares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/drill.py"/>
        <source>Trace what-if events (data drift, outage, appeal, breach, …) through a strategy: detected, handled by an owner, fed back — or where the chain breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/drill.py"/>
        <source>run only this event (repeatable; default: all events)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/drill.py"/>
        <source>also simulate a year in production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/drill.py"/>
        <source>seed of the simulated year (implies --year; default 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/exchange.py"/>
        <source>export a strategy or a whole workshop as a JSON document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/exchange.py"/>
        <source>Export one strategy (with its workshop and scenario as context) or, with --workshop, a whole workshop, as a versioned JSON document carrying its own SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/exchange.py"/>
        <location filename="../../app/cli/export_pdf.py"/>
        <source>strategy to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/exchange.py"/>
        <source>export this whole workshop instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/exchange.py"/>
        <source>file to write ('-' for standard output, the default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/exchange.py"/>
        <source>import a strategy or workshop document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/exchange.py"/>
        <source>Import a document written by 'export'. The whole document is checked first; if anything is wrong nothing is written and every problem is listed. A strategy whose id is already in the database is refused unless --as-new is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/exchange.py"/>
        <source>the document ('-' for standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/exchange.py"/>
        <source>import copies with fresh strategy ids (a workshop document becomes a new workshop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/exchange.py"/>
        <source>check the document and show what would be imported, without writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/export_pdf.py"/>
        <source>export a strategy (or a whole workshop) as a presentation PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/export_pdf.py"/>
        <source>Export a strategy as a 16:9 presentation (at most about ten slides for a five-minute team presentation), or with --plan as the full plan, a portrait document with every card, finding, citation and action. With --workshop, write both for every strategy of the workshop into a folder, plus a one-page coverage index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/export_pdf.py"/>
        <source>export every strategy of this workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/export_pdf.py"/>
        <source>the PDF file to write (with --workshop: the folder to write into)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/export_pdf.py"/>
        <source>the full plan (portrait) instead of the presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/export_pdf.py"/>
        <source>paper size of the plan (default a4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/export_pdf.py"/>
        <source>also write a Markdown file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/export_pdf.py"/>
        <source>also write the action list as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/export_pdf.py"/>
        <source>leave out the drills slides (what-if events)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/parser.py"/>
        <source>usage: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/parser.py"/>
        <source>{heading}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/parser.py"/>
        <source>positional arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/parser.py"/>
        <source>options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/parser.py"/>
        <source>show this help message and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/parser.py"/>
        <source>{prog}: error: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/parser.py"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/parser.py"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/parser.py"/>
        <source>the following arguments are required: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/parser.py"/>
        <source>unrecognized arguments: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/parser.py"/>
        <source>expected one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/parser.py"/>
        <source>expected at most one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/parser.py"/>
        <source>expected at least one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/parser.py"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/parser.py"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/parser.py"/>
        <source>ignored explicit argument %r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/parser.py"/>
        <source>not allowed with argument %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/parser.py"/>
        <source>one of the arguments %s is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/report.py"/>
        <source>write a workshop's facilitator report (PDF, Markdown) or its scores as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/report.py"/>
        <source>Write the facilitator report of a workshop: teams × rubric criteria, coverage per pack per team, common gaps, the peer-feedback digest and the review state of every phase. Give -o for the PDF, --markdown for a Markdown copy and --scores-csv for the rubric scores as CSV (any one or more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/report.py"/>
        <source>the workshop to report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/report.py"/>
        <source>the PDF to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/report.py"/>
        <source>also write Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/report.py"/>
        <source>write the rubric scores as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/report.py"/>
        <source>the rubric to report (default: the one the score sheets use, else 'default')</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/workshops.py"/>
        <source>list the workshops in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/workshops.py"/>
        <source>List the workshops in the database: id, name, date, teams, strategies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/workshops.py"/>
        <source>list the strategies in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/workshops.py"/>
        <source>List strategies (of one workshop with --workshop): id, team, scenario, name, revision, cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/workshops.py"/>
        <source>only this workshop's strategies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/workshops.py"/>
        <source>create the demo workshop in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/workshops.py"/>
        <source>Create the demo workshop (two teams, two scenarios, one partly built strategy) in the database given by --db; says so if it is already there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/workshops.py"/>
        <source>a text table (default) or JSON for scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/workshops.py"/>
        <source>No workshops yet. Create the demo with 'demo' or bring one in with 'import'.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/workshops.py"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/workshops.py"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/workshops.py"/>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/workshops.py"/>
        <source>TEAMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/workshops.py"/>
        <source>STRATEGIES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/workshops.py"/>
        <source>No strategies in workshop '{workshop}'.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/workshops.py"/>
        <source>No strategies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/workshops.py"/>
        <source>WORKSHOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/workshops.py"/>
        <source>TEAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/workshops.py"/>
        <source>SCENARIO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/workshops.py"/>
        <source>REVISION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/workshops.py"/>
        <source>CARDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/workshops.py"/>
        <source>The demo workshop '{name}' ({id}) is already in {location}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/workshops.py"/>
        <source>Created the demo workshop '{name}' ({id}) in {location}: {teams} teams, {scenarios} scenarios, {strategies} strategies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No strategies in workshop {workshop}.</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>The demo workshop {name} ({id}) is already in {location}.</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>Created the demo workshop {name} ({id}) in {location}: {teams} teams, {scenarios} scenarios, {strategies} strategies.</source>
        <translation type="vanished"></translation>
    </message>
</context>
<context>
    <name>clipboard</name>
    <message>
        <location filename="../../views/clipboard.py"/>
        <source>The clipboard holds no cards from this app, so nothing was pasted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/clipboard.py"/>
        <source>The copied cards are too large to paste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/clipboard.py"/>
        <source>The copied cards were refused ({error}); nothing was pasted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>compliance</name>
    <message numerus="yes">
        <location filename="../../app/export/compliance.py"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py"/>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/export/compliance.py"/>
        <source>%n pack(s)</source>
        <translation>
            <numerusform>%n pack</numerusform>
            <numerusform>%n packs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/export/compliance.py"/>
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n rule</numerusform>
            <numerusform>%n rules</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py"/>
        <source>drills: %1 harm/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py"/>
        <source>Lifecycle structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py"/>
        <source>Would close it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py"/>
        <source>Planned, not in place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py"/>
        <source>Rank %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py"/>
        <source>Not yet in place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py"/>
        <source>Cards:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py"/>
        <source>Would fix it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py"/>
        <source>Pending change, not yet law:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py"/>
        <source>Rule pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py"/>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py"/>
        <source>Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py"/>
        <source>Law as of %1 · strategy revision %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py"/>
        <source>Blocking — prohibited practice: %1. No card can fix it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py"/>
        <source>The gaps that would hurt first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py"/>
        <source>Not ranked: every finding is listed under Open findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py"/>
        <source>Coverage per rule pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py"/>
        <source>No rule pack is selected, so no coverage is measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py"/>
        <source>Findings: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py"/>
        <source>Compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py"/>
        <source>This strategy was not checked before export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py"/>
        <source>No open finding: every rule in force is met in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py"/>
        <source>Open findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py"/>
        <source>Rules that do not apply yet on the date checked; none of them counts against the strategy today. Each says when it applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py"/>
        <source>Upcoming rules</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>consequences</name>
    <message>
        <location filename="../../app/checker/consequences.py"/>
        <source>Prohibited practice under EU AI Act Art. {points}: banned since 2 February 2025. No safeguard on the board can make it lawful; stop or redesign the use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/consequences.py"/>
        <source>Not an AI system in the sense of EU AI Act Art. 3(1) (it applies fixed rules), so the AI Act does not apply. If it decides about people it is still an automated decision system: Canada's directive and GDPR Art. 22 still apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/consequences.py"/>
        <source>It selects people for investigation or control: those selected must be told and be able to contest it, not only the people who receive a final decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/consequences.py"/>
        <source>Decisions with significant effects are taken without case-by-case human review: they count as solely automated (GDPR Art. 22; UK GDPR Arts. 22A–22C).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/consequences.py"/>
        <source>The output is the main basis for decisions or actions with significant effects on rights or safety: high-impact AI in the sense of OMB M-25-21 (applies to US federal agencies).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/consequences.py"/>
        <source>A person signs off, but the output is the main basis of the decision: under CJEU C-634/21 (SCHUFA) a score that plays a determining role can itself be an automated decision under GDPR Art. 22 — the human involvement must be real, and shown to be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/consequences.py"/>
        <source>Annex III area {area} (point {point}) used in the EU: the AI Act's high-risk obligations apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/consequences.py"/>
        <source>Profiling with significant effects: a DPIA is required (GDPR Art. 35(3)(a)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/consequences.py"/>
        <source>Special-category data on a large scale: a DPIA is required (GDPR Art. 35(3)(b)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/consequences.py"/>
        <source>Systematic monitoring of public areas on a large scale: a DPIA is required (GDPR Art. 35(3)(c)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/consequences.py"/>
        <source>Generates content: outputs must be marked as AI-generated (EU AI Act Art. 50(2)), and deep fakes and AI-generated text published on matters of public interest disclosed (Art. 50(4)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/consequences.py"/>
        <source>Not a public body: Canada's Directive on Automated Decision-Making binds federal institutions, so it does not apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/consequences.py"/>
        <source>Annex III point 2 (critical infrastructure): no fundamental rights impact assessment and no registration of use are required (AI Act Arts. 27(1), 49(3)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/consequences.py"/>
        <source>A public authority deploying a high-risk system: a fundamental rights impact assessment before first use (AI Act Art. 27(1)) and registration of the use in the EU database (Arts. 49(3), 26(8)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/consequences.py"/>
        <source>A private body providing a public service and deploying a high-risk system: a fundamental rights impact assessment before first use (AI Act Art. 27(1)); the registration of use (Art. 49(3)) binds public authorities only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/consequences.py"/>
        <source>A private deployer in Annex III point 5: a fundamental rights impact assessment is still required for credit scoring or life and health insurance pricing (AI Act Art. 27(1), Annex III 5(b)–(c)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/consequences.py"/>
        <source>A private deployer outside point 5: no fundamental rights impact assessment or registration of use (AI Act Arts. 27(1), 49(3)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/consequences.py"/>
        <source>The Art. 6(3) derogation is not available: the system profiles people, so an Annex III system is always high-risk (AI Act Art. 6(3), last subparagraph).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/consequences.py"/>
        <source>Relies on the Art. 6(3) derogation: the high-risk duties do not apply, but the assessment must be documented before release (AI Act Art. 6(4)) and the system still registered (Art. 49(2)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/consequences.py"/>
        <source>Keeps learning in service as a high-risk system: biased outputs must not feed its future inputs unchecked, so fairness monitoring must lead to controlled retraining (EU AI Act Art. 15(4)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/consequences.py"/>
        <source>Keeps learning in service: its outputs can become its future inputs, so watch for feedback loops that widen gaps between groups.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>content-migration</name>
    <message>
        <location filename="../../app/content_migration.py"/>
        <source>capabilities {old} → {new} (catalog update)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/content_migration.py"/>
        <source>capability {old} → {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/content_migration.py"/>
        <source>cadence set to {cadence} (catalog default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/content_migration.py"/>
        <source>card {title}: {changes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/content_migration.py"/>
        <source>… and %n more card(s) updated the same way</source>
        <translation>
            <numerusform>… and %n more card updated the same way</numerusform>
            <numerusform>… and %n more cards updated the same way</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/content_migration.py"/>
        <source>%n card(s) came from before content series {series}, which split capabilities into distinct duties; they were carried over to the new keys</source>
        <translation>
            <numerusform>%n card came from before content series {series}, which split capabilities into distinct duties; it was carried over to the new keys</numerusform>
            <numerusform>%n cards came from before content series {series}, which split capabilities into distinct duties; they were carried over to the new keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/store/migrations/versions/0003_capabilities_2026_12.py"/>
        <source>Content series {series} split capabilities that let one generic card satisfy duties the law keeps apart. %n card(s) were carried over to the new keys; check that each still says what your team meant:</source>
        <translation>
            <numerusform>Content series {series} split capabilities that let one generic card satisfy duties the law keeps apart. %n card was carried over to the new keys; check that it still says what your team meant:</numerusform>
            <numerusform>Content series {series} split capabilities that let one generic card satisfy duties the law keeps apart. %n cards were carried over to the new keys; check that each still says what your team meant:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/store/migrations/versions/0003_capabilities_2026_12.py"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/store/migrations/versions/0003_capabilities_2026_12.py"/>
        <source>{card} in {strategy}: {changes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/store/migrations/versions/0003_capabilities_2026_12.py"/>
        <source>snapshot {name}: {changes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/store/migrations/versions/0003_capabilities_2026_12.py"/>
        <source>updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coverage</name>
    <message>
        <location filename="../../views/widgets/coverage.py"/>
        <source>Structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/widgets/coverage.py"/>
        <source>{name}: no rule applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/widgets/coverage.py"/>
        <source>{name} {done} in place · {planned} planned of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/widgets/coverage.py"/>
        <source>{name}: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/widgets/coverage.py"/>
        <source>{name} ●{done} ○{planned} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/widgets/coverage.py"/>
        <source>{done} of {total} rules in force are met by practices in place ({share}%); {planned} more only by practices planned or in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/widgets/coverage.py"/>
        <source>1 more rule is upcoming: not yet in force on the date checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/widgets/coverage.py"/>
        <source>{n} more rules are upcoming: not yet in force on the date checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/widgets/coverage.py"/>
        <source>Version: {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/widgets/coverage.py"/>
        <source>Bar: solid = in place, hatched = planned only, empty = missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/widgets/coverage.py"/>
        <source>{group}: no rule applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/widgets/coverage.py"/>
        <source>{group}: {done} of {total} · {share}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/widgets/coverage.py"/>
        <source>Coverage of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/widgets/coverage.py"/>
        <source>Press to list this pack's findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/widgets/coverage.py"/>
        <source>{name} coverage bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/widgets/coverage.py"/>
        <source>Rule-pack coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/widgets/coverage.py"/>
        <source>How many applicable rules of each selected pack the strategy satisfies.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coverage index</name>
    <message>
        <location filename="../../app/export/batch.py"/>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/batch.py"/>
        <source>({count} upcoming)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/batch.py"/>
        <source>+{count} planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/batch.py"/>
        <source>Not checked: no strategy was checked before export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/batch.py"/>
        <source>an unrecorded date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/batch.py"/>
        <source>Law as of {dates}. Rule packs: {packs}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/batch.py"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/batch.py"/>
        <source>Strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/batch.py"/>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/batch.py"/>
        <source>Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/batch.py"/>
        <source>In place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/batch.py"/>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/batch.py"/>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/batch.py"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/batch.py"/>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/batch.py"/>
        <source>Coverage index — {workshop}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/batch.py"/>
        <source>Coverage of every team's MLOps strategy in {workshop}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/batch.py"/>
        <source>Exported {stamp}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/batch.py"/>
        <source>Page {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/batch.py"/>
        <source>{count} strategies. Coverage is rules met by cards in place over rules in force per pack; '+N planned' rules are met only by cards planned or in progress and are not counted as met. Errors and warnings count today's gaps, missing or only planned; Planned counts the latter. — means the team did not select that pack. Each team's files are the file name with {presentation} (the presentation) and {plan} (the full plan).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../../views/crash.py"/>
        <source>No database was open, so no edits can have been lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/crash.py"/>
        <source>No edits were lost: every change made so far is saved in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/crash.py"/>
        <source>{n} edits are not saved yet ({reason}). They are kept in memory and writing is retried: leave the app open until the status bar says Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/crash.py"/>
        <source>the database did not accept them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/crash.py"/>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/crash.py"/>
        <source>The app met an error it did not expect: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/crash.py"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/crash.py"/>
        <source>Your edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/crash.py"/>
        <source>The details are in the log file {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/crash.py"/>
        <source>No log file could be written; use Copy details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/crash.py"/>
        <source>Log file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/crash.py"/>
        <source>Further errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/crash.py"/>
        <source>You can keep working. If the error comes back, quit and start the app again, and send the log file to whoever supports the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/crash.py"/>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/crash.py"/>
        <source>Choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/crash.py"/>
        <source>&amp;Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/crash.py"/>
        <source>&amp;Open log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/crash.py"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/crash.py"/>
        <source>&amp;Keep working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/crash.py"/>
        <source>{n} further errors since; each is in the log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crosswalk</name>
    <message>
        <location filename="../../views/dialogs/crosswalk.py"/>
        <source>Crosswalk: capabilities × rule packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/crosswalk.py"/>
        <source>Crosswalk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/crosswalk.py"/>
        <source>Which rules of which packs each capability helps satisfy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/crosswalk.py"/>
        <source>Rules speak of capabilities, so one card can satisfy rules in several packs. Each cell lists the citations of a pack's rules that name the capability.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/crosswalk.py"/>
        <source>About the crosswalk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/crosswalk.py"/>
        <source>Crosswalk table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/crosswalk.py"/>
        <source>Rows are capabilities, columns rule packs; sort by any column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/crosswalk.py"/>
        <source>Rows shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/crosswalk.py"/>
        <source>Dialog buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/crosswalk.py"/>
        <source>Filter capabilities or citations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/crosswalk.py"/>
        <source>Filter the crosswalk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/crosswalk.py"/>
        <source>Only what the strategy &amp;lacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/crosswalk.py"/>
        <source>Only capabilities the strategy lacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/crosswalk.py"/>
        <source>Hide capabilities a card of the strategy already provides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/crosswalk.py"/>
        <source>Only the strategy's &amp;packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/crosswalk.py"/>
        <source>Only the strategy's selected packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/crosswalk.py"/>
        <source>Show only the columns of the packs the strategy is checked against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/crosswalk.py"/>
        <source>Capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/crosswalk.py"/>
        <source>In your strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/crosswalk.py"/>
        <source>Packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/crosswalk.py"/>
        <source>✓ yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/crosswalk.py"/>
        <source>✗ no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/crosswalk.py"/>
        <source>{shown} of {total} capabilities shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csv</name>
    <message>
        <location filename="../../app/export/api.py"/>
        <source>card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/api.py"/>
        <source>phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/api.py"/>
        <source>owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/api.py"/>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/api.py"/>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>day papers</name>
    <message>
        <location filename="../../app/review/day_documents.py"/>
        <source>{author} ({team}): {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/day_documents.py"/>
        <source>Individual reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/review/day_documents.py"/>
        <source>%n participant(s), grouped by question</source>
        <translation>
            <numerusform>%n participant, grouped by question</numerusform>
            <numerusform>%n participants, grouped by question</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/review/day_documents.py"/>
        <source>No answers yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/day_documents.py"/>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/day_documents.py"/>
        <source>Self-assessment of knowledge gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/day_documents.py"/>
        <source>Confidence per lane: {levels}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/day_documents.py"/>
        <source>Lanes named as weakest (people): {lanes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/day_documents.py"/>
        <source>Not answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/day_documents.py"/>
        <source>The facilitator's reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/day_documents.py"/>
        <source>A team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/day_documents.py"/>
        <source>Questions it raised: {questions}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/day_documents.py"/>
        <source>Explore: what teams observed in the drills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/day_documents.py"/>
        <source>Not answered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/day_documents.py"/>
        <source>Applying MLOps in my organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/day_documents.py"/>
        <source>Self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/day_documents.py"/>
        <source>Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/day_documents.py"/>
        <source>My confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/day_documents.py"/>
        <source>Where I most need to learn: {lanes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/day_documents.py"/>
        <source>Reflection paper: {author}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/day_documents.py"/>
        <source>Attached: the team's plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/day_documents.py"/>
        <source>A workshop participant's reflection on applying MLOps, with the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/day_documents.py"/>
        <source>Rubric scores, coverage, common gaps, peer feedback and reflections of {workshop}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../views/dialogs/choose.py"/>
        <location filename="../../views/dialogs/custom_card.py"/>
        <location filename="../../views/dialogs/workshop.py"/>
        <source>Dialog buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/choose.py"/>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/choose.py"/>
        <location filename="../../views/dialogs/custom_card.py"/>
        <source>Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/choose.py"/>
        <source>The phase lane the card goes into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/choose.py"/>
        <location filename="../../views/dialogs/custom_card.py"/>
        <source>&amp;Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/choose.py"/>
        <source>Link “{title}” to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/choose.py"/>
        <source>Link to another card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/choose.py"/>
        <source>Type to filter cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/choose.py"/>
        <source>Filter cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/choose.py"/>
        <source>Target card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/choose.py"/>
        <source>The card the link points to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/choose.py"/>
        <source>Link kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/choose.py"/>
        <source>What the link means.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/choose.py"/>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/custom_card.py"/>
        <source>Custom card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/custom_card.py"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/custom_card.py"/>
        <source>What the practice is called.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/custom_card.py"/>
        <source>Owner role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/custom_card.py"/>
        <source>Capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/custom_card.py"/>
        <source>Tick what the practice provides; the rules count these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/custom_card.py"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/custom_card.py"/>
        <location filename="../../views/dialogs/workshop.py"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/custom_card.py"/>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/custom_card.py"/>
        <source>&amp;Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/custom_card.py"/>
        <source>&amp;Capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/custom_card.py"/>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/custom_card.py"/>
        <source>Give the card a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/custom_card.py"/>
        <source>Titles are at most {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/custom_card.py"/>
        <source>Notes are at most {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/workshop.py"/>
        <source>New workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/workshop.py"/>
        <source>Workshop name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/workshop.py"/>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/workshop.py"/>
        <source>Workshop date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/workshop.py"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/workshop.py"/>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/workshop.py"/>
        <source>&amp;Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/workshop.py"/>
        <source>Check the name: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/workshop.py"/>
        <source>Member role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/workshop.py"/>
        <source>Teams of “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/workshop.py"/>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/workshop.py"/>
        <source>Add team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/workshop.py"/>
        <source>Add a team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/workshop.py"/>
        <source>Remove team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/workshop.py"/>
        <source>Remove the selected team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/workshop.py"/>
        <source>Team name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/workshop.py"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/workshop.py"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/workshop.py"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/workshop.py"/>
        <source>Each member's name and role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/workshop.py"/>
        <source>Add member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/workshop.py"/>
        <source>Add a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/workshop.py"/>
        <source>Remove member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/workshop.py"/>
        <source>Remove the selected member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/workshop.py"/>
        <source>Team name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/workshop.py"/>
        <source>Member name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/workshop.py"/>
        <source>Check {where}: {msg}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/workshop.py"/>
        <source>the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/workshop.py"/>
        <source>Team {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/workshop.py"/>
        <source>New strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/workshop.py"/>
        <source>(no team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/workshop.py"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/workshop.py"/>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/workshop.py"/>
        <source>Strategy name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/workshop.py"/>
        <source>&amp;Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/workshop.py"/>
        <source>&amp;Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/workshop.py"/>
        <source>Choose a scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/workshop.py"/>
        <source>The name must have 1 to 120 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>drill slides</name>
    <message>
        <location filename="../../app/drills/pdf_slides.py"/>
        <source>day {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/drills/pdf_slides.py"/>
        <source>an owner ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/drills/pdf_slides.py"/>
        <source>a link to a response card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/drills/pdf_slides.py"/>
        <source>not detected; needs {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/drills/pdf_slides.py"/>
        <source>not fed back, needs {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/drills/pdf_slides.py"/>
        <source>no response; needs {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/drills/pdf_slides.py"/>
        <source>No drill events were run on this strategy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/drills/pdf_slides.py"/>
        <source>Resilience {resilience}: {handled} of {events} events handled in time, {late} late, {missed} missed. Harm: {unit} while the event went unhandled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/drills/pdf_slides.py"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/drills/pdf_slides.py"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/drills/pdf_slides.py"/>
        <source>Detected by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/drills/pdf_slides.py"/>
        <source>Handled by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/drills/pdf_slides.py"/>
        <source>Harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/drills/pdf_slides.py"/>
        <source>Drills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/drills/pdf_slides.py"/>
        <source>What-if events traced through the strategy: detected, handled, fed back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/drills/pdf_slides.py"/>
        <source>With the team's controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/drills/pdf_slides.py"/>
        <source>Without controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/drills/pdf_slides.py"/>
        <source>Month in production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/drills/pdf_slides.py"/>
        <source>Model accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/drills/pdf_slides.py"/>
        <source>Accuracy (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/drills/pdf_slides.py"/>
        <source>Fairness gap between subgroups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/drills/pdf_slides.py"/>
        <source>Gap between subgroups (percentage points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/drills/pdf_slides.py"/>
        <source>points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/drills/pdf_slides.py"/>
        <source>Harm over the year: {with_} {unit} with the team's controls, {without} without. Year resilience {resilience}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/drills/pdf_slides.py"/>
        <source>The two lines of each panel coincide: no event of this year was handled in time, so the controls changed nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/drills/pdf_slides.py"/>
        <source>Month {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/drills/pdf_slides.py"/>
        <source>A quiet year: no event struck.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/drills/pdf_slides.py"/>
        <source>Drills: a year in production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/drills/pdf_slides.py"/>
        <source>A teaching simulation (seed {seed}), not a forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/drills/pdf_slides.py"/>
        <source>Resilience {resilience}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/drills/pdf_slides.py"/>
        <source>Harm over the year: {with_} {unit} with the team's controls, {without} without.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/drills/pdf_slides.py"/>
        <source>Hurt most: {events}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/drills/pdf_slides.py"/>
        <source>The two lines coincide: no event was handled in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/drills/pdf_slides.py"/>
        <source>%n what-if event(s) traced · a teaching simulation, not a forecast</source>
        <translation>
            <numerusform>%n what-if event traced · a teaching simulation, not a forecast</numerusform>
            <numerusform>%n what-if events traced · a teaching simulation, not a forecast</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/drills/render.py"/>
        <source>handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/drills/render.py"/>
        <source>late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/drills/render.py"/>
        <source>missed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>drilling</name>
    <message>
        <location filename="../../views/drilling.py"/>
        <source>Drills are unavailable: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/drilling.py"/>
        <source>Skipped {n} broken drill event(s): {first}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>drills</name>
    <message>
        <location filename="../../app/cli/drill.py"/>
        <location filename="../../views/docks/drills.py"/>
        <source>people affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/drill.py"/>
        <source>Drills on “{strategy}” (%n card(s)):</source>
        <translation>
            <numerusform>Drills on “{strategy}” (%n card):</numerusform>
            <numerusform>Drills on “{strategy}” (%n cards):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/drills/render.py"/>
        <source>event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/drills/render.py"/>
        <source>outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/drills/render.py"/>
        <source>detected by (day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/drills/render.py"/>
        <source>handled by (day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/drills/render.py"/>
        <source>fed back via</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/drills/render.py"/>
        <source>harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/drills/render.py"/>
        <source>occurred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/drills/render.py"/>
        <source>detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/drills/render.py"/>
        <source>handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/drills/render.py"/>
        <source>fed back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/drills/render.py"/>
        <source>Resilience: {handled}/{events} handled in time ({share}). Harm in {unit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/drills/render.py"/>
        <source>Where chains break:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/drills/render.py"/>
        <source>Add “{capability}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/drills/render.py"/>
        <source>(catalog: {keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/drills/render.py"/>
        <source>Give it an owner ({role}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/drills/render.py"/>
        <source>{event} [{stage}]: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/drills/render.py"/>
        <source>A year in production (seed {seed}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/drills/render.py"/>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/drills/render.py"/>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/drills/render.py"/>
        <source>harm without controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/drills/render.py"/>
        <source>(a quiet year: no events)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/drills/render.py"/>
        <source>accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/drills/render.py"/>
        <source>without controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/drills/render.py"/>
        <source>fairness gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/drills/render.py"/>
        <source>Year resilience: {share}. Harm: {with_} with the team's controls, {without} without ({unit}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/drills/report.py"/>
        <location filename="../../app/drills/trace.py"/>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/drills/trace.py"/>
        <source>{event} arises in {phase}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/drills/trace.py"/>
        <source>its {cadence} cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/drills/trace.py"/>
        <source>no stated cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/drills/trace.py"/>
        <source>Detected by “{card}” after {days} ({how}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/drills/trace.py"/>
        <source>Not detected: “{card}” runs once — a one-off activity cannot see what happens later, in operation. A practice that repeats is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/drills/trace.py"/>
        <source>Not detected: the only cards that could see it are still planned (“{card}”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/drills/trace.py"/>
        <source>Not detected: no card in place or in progress provides {capabilities}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/drills/trace.py"/>
        <source>Handled through “{card}” by {owner} on day {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/drills/trace.py"/>
        <source>; the event expects {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/drills/trace.py"/>
        <source>Detected, but “{card}” has no owner to act on it ({roles} expected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/drills/trace.py"/>
        <source>Detected, but “{card}” is owned by {owner}; this event needs {roles} to act on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/drills/trace.py"/>
        <source>“{card}” raised the alarm and would answer it alone: one card cannot check its own work. Link it to a response owned by {roles}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/drills/trace.py"/>
        <source>Detected, but no link leads from “{source}” to “{target}”, which could respond.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/drills/trace.py"/>
        <source>Detected, but the only cards that could respond are still planned (“{card}”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/drills/trace.py"/>
        <source>Detected, but nothing reachable responds: no card in place provides {capabilities}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/drills/trace.py"/>
        <source>Lesson fed back through “{card}” into {phase} on day {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/drills/trace.py"/>
        <source>Handled, but the lesson stops at “{card}”: link it into {phases}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/drills/trace.py"/>
        <source>Handled, but the lesson stops at “{card}”: add a practice in place to receive it in {phases}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/drills/trace.py"/>
        <source>Handled, but no link leads from “{source}” to “{target}”, which could carry the lesson into {phases}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/drills/trace.py"/>
        <source>Handled, but no path leads from the response back into {phases}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/drills/trace.py"/>
        <source>{some} or {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/drills/trace.py"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/drills/trace.py"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/drills/trace.py"/>
        <source>{days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/drill_chain.py"/>
        <source>Occurred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/drill_chain.py"/>
        <source>Detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/drill_chain.py"/>
        <location filename="../../views/docks/drills.py"/>
        <location filename="../../views/widgets/marks.py"/>
        <source>Handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/drill_chain.py"/>
        <source>Fed back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/drill_chain.py"/>
        <source>{stage}, day {day}: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/drill_chain.py"/>
        <source>Breaks before “{stage}”: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/drill_chain.py"/>
        <source>Chain of the picked event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/drill_chain.py"/>
        <source>Stages of the chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/drill_chain.py"/>
        <source>Occurred, detected, handled, fed back — or where it breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/drill_chain.py"/>
        <source>Break point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/drill_chain.py"/>
        <source>Practices that provide the missing capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/drill_chain.py"/>
        <source>Pick one and press Add to place it instead of the suggested fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/drill_chain.py"/>
        <source>A&amp;dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/drill_chain.py"/>
        <source>Add the picked practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/drill_chain.py"/>
        <source>C&amp;lose the gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/drill_chain.py"/>
        <source>Close the gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/drill_chain.py"/>
        <source>Add, link, own or start the one thing that mends the chain, as one undoable step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/drill_chain.py"/>
        <source>Mending the chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/drill_chain.py"/>
        <source>✓ The chain is whole: detected, handled and fed back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/drill_chain.py"/>
        <source>✕ Breaks before “{stage}”. Missing: {missing}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/drill_chain.py"/>
        <source>the capability “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/drill_chain.py"/>
        <source>an owner ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/drill_chain.py"/>
        <source>a link between the cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/drill_chain.py"/>
        <source>— cards that would close it are still only planned ({titles}); put one in progress or in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/drill_chain.py"/>
        <source>Close the gap: {event}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/drill_year.py"/>
        <source>{amount} {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/drill_year.py"/>
        <source>Year in production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/drill_year.py"/>
        <source>&amp;Seed of the year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/drill_year.py"/>
        <source>Seed of the simulated year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/drill_year.py"/>
        <source>The same seed always gives the same year; another seed, another year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/drill_year.py"/>
        <source>Harm over the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/drill_year.py"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/drill_year.py"/>
        <location filename="../../views/docks/drills.py"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/drill_year.py"/>
        <location filename="../../views/docks/drills.py"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/drill_year.py"/>
        <source>Harm with controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/drill_year.py"/>
        <source>Harm without</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/drill_year.py"/>
        <source>Events of the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/drill_year.py"/>
        <source>When each event struck, how the strategy fared and the harm it caused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/drill_year.py"/>
        <source>Run the drills to simulate a year in production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/drill_year.py"/>
        <source>Harm over the year: {with_} with your controls, {without} without.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/drills.py"/>
        <source>Drills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/drills.py"/>
        <source>What-if events traced through the strategy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/drills.py"/>
        <source>Drills panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/drills.py"/>
        <source>Drill views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/drills.py"/>
        <source>Eve&amp;nts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/drills.py"/>
        <source>&amp;Year in production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/drills.py"/>
        <source>Resilience score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/drills.py"/>
        <source>&amp;Run all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/drills.py"/>
        <source>Run all drills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/drills.py"/>
        <source>Trace every event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/drills.py"/>
        <source>S&amp;tep through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/drills.py"/>
        <source>Step through the chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/drills.py"/>
        <source>Light the picked event's cards on the canvas one stage at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/drills.py"/>
        <source>Sto&amp;p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/drills.py"/>
        <source>Stop stepping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/drills.py"/>
        <source>Clear the lit cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/drills.py"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/drills.py"/>
        <source>Harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/drills.py"/>
        <source>Drill events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/drills.py"/>
        <source>Each event with its outcome: handled, late or missed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/drills.py"/>
        <source>day {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/drills.py"/>
        <source>Open a strategy to drill it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/drills.py"/>
        <source>Press &lt;b&gt;Run all&lt;/b&gt; to throw {n} what-if events at this strategy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/drills.py"/>
        <source>&lt;b&gt;Resilience {share}%&lt;/b&gt; — {h} of {n} events handled in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/drills.py"/>
        <source>S&amp;tep again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/drills.py"/>
        <source>Nex&amp;t stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/widgets/marks.py"/>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/widgets/marks.py"/>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>&amp;Close the gap</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation type="vanished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../views/workbench.py"/>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/workbench.py"/>
        <source>The database {file} could not be opened:

{error}

The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/workbench.py"/>
        <source>No database is open. {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/workbench.py"/>
        <source>{error}

The content files that ship with the app are read from {folder}. They are missing or were changed: reinstall the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/workbench.py"/>
        <source>Content files are damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/workbench.py"/>
        <source>The demo workshop could not be written: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/workbench.py"/>
        <source>Your database was updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/workbench.py"/>
        <source>Edits could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/workbench.py"/>
        <source>{n} edits could not be written to the database: {reason}

Quit anyway and lose them, or keep the window open (writing is retried)?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors-checker</name>
    <message>
        <location filename="../../app/checker/questionnaire.py"/>
        <source>no question '{key}'; questions: {known}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/questionnaire.py"/>
        <source>question '{key}' takes yes (true) or no (false), not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/questionnaire.py"/>
        <source>question '{key}' takes one of {allowed}, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/questionnaire.py"/>
        <source>question '{key}' takes a list of {allowed}, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors-cli</name>
    <message>
        <location filename="../../app/cli/__init__.py"/>
        <source>mlops-canvas: warning: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/__init__.py"/>
        <source>note: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/__init__.py"/>
        <source>mlops-canvas: error: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/__init__.py"/>
        <source>the content files cannot be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check.py"/>
        <location filename="../../app/cli/export_pdf.py"/>
        <location filename="../../app/cli/report.py"/>
        <source>skipped rule pack: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check.py"/>
        <source>give either --packs or --all-packs, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check.py"/>
        <source>--packs names no pack; the packs are: {known}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/check.py"/>
        <source>unknown pack(s) {unknown}; the packs are: {known}</source>
        <translation>
            <numerusform>unknown pack {unknown}; the packs are: {known}</numerusform>
            <numerusform>unknown packs {unknown}; the packs are: {known}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/check.py"/>
        <location filename="../../app/cli/drill.py"/>
        <source>give either STRATEGY_ID or --file, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check.py"/>
        <source>name a STRATEGY_ID, or give --file X.json or --workshop ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check.py"/>
        <source>no card '{card}' in strategy '{strategy}'</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check.py"/>
        <source>--workshop checks every strategy; give no STRATEGY_ID or --file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/checking.py"/>
        <source>--as-of expects a calendar date written {form} (such as 2026-08-02), not '{text}'</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/checking.py"/>
        <source>skipped drill event: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/drill.py"/>
        <source>name a STRATEGY_ID (the 'strategies' command lists them) or give --file X.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/drill.py"/>
        <source>no drill events could be loaded; see the warnings above for why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/drill.py"/>
        <source>unknown event '{event}'; the events are: {known}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/exchange.py"/>
        <source>export needs either a STRATEGY_ID or --workshop ID (not both)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/exchange.py"/>
        <location filename="../../app/cli/export_pdf.py"/>
        <source>cannot export: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/exchange.py"/>
        <source>cannot write {file}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/exchange.py"/>
        <source>exported workshop '{id}' to {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/exchange.py"/>
        <source>exported strategy '{id}' to {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/exchange.py"/>
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/exchange.py"/>
        <location filename="../../app/cli/workshops.py"/>
        <source>cannot load the content library: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/exchange.py"/>
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/exchange.py"/>
        <source>cannot import {source}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/exchange.py"/>
        <source>would import %n strategy(ies) into existing workshop '{name}' ({id})</source>
        <translation>
            <numerusform>would import %n strategy into existing workshop '{name}' ({id})</numerusform>
            <numerusform>would import %n strategies into existing workshop '{name}' ({id})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/exchange.py"/>
        <source>would import %n strategy(ies) into new workshop '{name}' ({id})</source>
        <translation>
            <numerusform>would import %n strategy into new workshop '{name}' ({id})</numerusform>
            <numerusform>would import %n strategies into new workshop '{name}' ({id})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/exchange.py"/>
        <source>imported %n strategy(ies) into existing workshop '{name}' ({id})</source>
        <translation>
            <numerusform>imported %n strategy into existing workshop '{name}' ({id})</numerusform>
            <numerusform>imported %n strategies into existing workshop '{name}' ({id})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/exchange.py"/>
        <source>imported %n strategy(ies) into new workshop '{name}' ({id})</source>
        <translation>
            <numerusform>imported %n strategy into new workshop '{name}' ({id})</numerusform>
            <numerusform>imported %n strategies into new workshop '{name}' ({id})</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/export_pdf.py"/>
        <source>export-pdf needs either a STRATEGY_ID or --workshop ID (not both)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/export_pdf.py"/>
        <source>--workshop writes both the presentation and the plan; leave out --plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/export_pdf.py"/>
        <source>cannot write {file}: it is a folder; give a file name such as {example}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/export_pdf.py"/>
        <source>{file} is a file; --workshop writes into a folder: give a folder name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/export_pdf.py"/>
        <location filename="../../app/cli/report.py"/>
        <source>cannot write {file}: the folder {folder} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/export_pdf.py"/>
        <source>workshop '{name}' has no strategies to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/export_pdf.py"/>
        <source>cannot create the folder {folder}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/report.py"/>
        <source>report needs -o REPORT.pdf, --markdown FILE or --scores-csv FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/report.py"/>
        <source>give a different file to each of -o, --markdown and --scores-csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/report.py"/>
        <source>cannot write the report: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/report.py"/>
        <source>{file} is a folder; give a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/report.py"/>
        <source>skipped rubric: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/workshops.py"/>
        <source>no database at {path}; check the --db path, or create one with the 'demo' or 'import' command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/workshops.py"/>
        <source>the database is damaged: table {table}, row {row}: {detail} (left out; the rest was read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/workshops.py"/>
        <source>No workshop with id '{id}' in {location}; the 'workshops' command lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/workshops.py"/>
        <source>No strategy with id '{id}' in {location}; the 'strategies' command lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../main.py"/>
        <source>mlops-canvas: error: there is no interface language '{code}'; use {codes}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors-content</name>
    <message>
        <location filename="../../app/agency_scenarios.py"/>
        <source>duplicate scenario key, already defined by another scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/agency_scenarios.py"/>
        <source>agency scenario skipped: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/packs.py"/>
        <location filename="../../app/resources.py"/>
        <source>expected one or more [[{table}]] entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/packs.py"/>
        <location filename="../../app/resources.py"/>
        <source>unknown capability {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/resources.py"/>
        <source>{file}, entry {entry}, field {field}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/resources.py"/>
        <source>{file}, entry {entry}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/resources.py"/>
        <source>{file}, field {field}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/resources.py"/>
        <source>{file}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/resources.py"/>
        <source>file not found in {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/resources.py"/>
        <source>no {language} entry or field matches this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/resources.py"/>
        <source>duplicate key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/resources.py"/>
        <source>No practice {key} in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/resources.py"/>
        <source>expected a top-level version string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/resources.py"/>
        <source>no entry provides capability {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/resources.py"/>
        <source>scenario folder not found: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/resources.py"/>
        <source>no scenario files (*.toml) in {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/resources.py"/>
        <source>unknown catalog key {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/resources.py"/>
        <source>a case study needs at least one item here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/resources.py"/>
        <source>duplicate scenario key, already defined in {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/resources.py"/>
        <source>duplicate section for this phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/resources.py"/>
        <source>no [[section]] for this phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/resources.py"/>
        <source>cannot be read: it is not UTF-8 text (byte {byte})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors-drills</name>
    <message>
        <location filename="../../app/drills/load.py"/>
        <source>expected one or more [[event]] entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/drills/load.py"/>
        <source>duplicate event key (already in {file})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/drills/load.py"/>
        <source>expected a [year] table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/drills/load.py"/>
        <source>events_min must not exceed events_max</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors-exchange</name>
    <message>
        <location filename="../../app/exchange/checks.py"/>
        <location filename="../../app/exchange/clipboard.py"/>
        <source>{where}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/checks.py"/>
        <source>duplicate scenario key '{key}' (first used at {first})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/checks.py"/>
        <source>duplicate strategy id '{key}' (first used at {first})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/checks.py"/>
        <source>duplicate card id '{key}' (first used at {first})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/checks.py"/>
        <source>duplicate link id '{key}' (first used at {first})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/checks.py"/>
        <source>'{found}' is not the document's workshop '{workshop}'</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/checks.py"/>
        <source>no team with id '{id}' in the workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/checks.py"/>
        <source>no scenario with key '{key}' in data.scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/checks.py"/>
        <source>no card with id '{id}' here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/checks.py"/>
        <location filename="../../app/exchange/clipboard.py"/>
        <source>these two cards are already linked that way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/checks.py"/>
        <source>unknown capability '{key}' (not in this app's content library)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/clipboard.py"/>
        <source>not cards copied from this version of the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/clipboard.py"/>
        <source>unexpected member '{name}'</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/clipboard.py"/>
        <source>holds no cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/clipboard.py"/>
        <source>the card id '{id}' appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/clipboard.py"/>
        <source>links a card that is not among the pasted ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/clipboard.py"/>
        <source>must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/clipboard.py"/>
        <source>{count} items; one paste brings in at most {most}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/importer.py"/>
        <source>imported as a new workshop '{id}' (a copy of '{original}')</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/importer.py"/>
        <source>a strategy with id '{id}' is already in this database; import it as a new copy (--as-new) or delete the existing one first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/importer.py"/>
        <source>strategy '{old}' imported as '{new}'</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/importer.py"/>
        <source>workshop '{id}' is already here; kept its {fields} rather than the document's</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/exchange/importer.py"/>
        <source>kept this database's version of team(s) {names}</source>
        <translation>
            <numerusform>kept this database's version of team {names}</numerusform>
            <numerusform>kept this database's version of teams {names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/exchange/importer.py"/>
        <source>added team(s) {names} to the workshop</source>
        <translation>
            <numerusform>added team {names} to the workshop</numerusform>
            <numerusform>added teams {names} to the workshop</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/exchange/importer.py"/>
        <source>kept this database's version of scenario(s) {names}</source>
        <translation>
            <numerusform>kept this database's version of scenario {names}</numerusform>
            <numerusform>kept this database's version of scenarios {names}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/exchange/reader.py"/>
        <source>the content hash does not match: the file was edited by hand or by another tool after export; check its content before relying on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/exchange/reader.py"/>
        <source>%n problems: {list}</source>
        <translation>
            <numerusform>%n problem: {list}</numerusform>
            <numerusform>%n problems: {list}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/exchange/reader.py"/>
        <source>{file}: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/reader.py"/>
        <source>contains text that is not valid Unicode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/reader.py"/>
        <source>exported with content library {theirs}, this app has {ours}; checks use this app's library</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/exchange/reader.py"/>
        <source>expected exactly one strategy, the document has %n</source>
        <translation>
            <numerusform>expected exactly one strategy, the document has %n</numerusform>
            <numerusform>expected exactly one strategy, the document has %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/exchange/reader.py"/>
        <source>not an MLOps Canvas exchange document (expected a JSON object)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/reader.py"/>
        <source>no 'format' member: not an MLOps Canvas exchange document (this app reads {strategy} and {workshop})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/reader.py"/>
        <source>unknown format '{format}': not an MLOps Canvas exchange document (this app reads {strategy} and {workshop})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/reader.py"/>
        <source>written by a newer MLOps Canvas (format version {version}; this app reads version {ours}): update the app to import it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/reflections.py"/>
        <location filename="../../app/exchange/reviews.py"/>
        <source>duplicate {what} (first at {first})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/reflections.py"/>
        <location filename="../../app/exchange/reviews.py"/>
        <source>'{id}' is not the workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/reflections.py"/>
        <source>reflection id '{id}'</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/reflections.py"/>
        <source>reflection of '{author}'</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/reflections.py"/>
        <location filename="../../app/exchange/reviews.py"/>
        <source>no strategy '{id}' in data.strategies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/reflections.py"/>
        <source>observation id '{id}'</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/reflections.py"/>
        <source>observation of this event on this strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/reviews.py"/>
        <source>score sheet id '{id}'</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/reviews.py"/>
        <source>score sheet for this rubric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/reviews.py"/>
        <source>round id '{id}'</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/reviews.py"/>
        <source>no round '{id}' in data.reviews.rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/reviews.py"/>
        <source>feedback of this team on this strategy in this round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/reviews.py"/>
        <source>at most {most} in an imported document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/reviews.py"/>
        <source>snapshot id '{id}'</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/reviews.py"/>
        <source>snapshot name '{name}'</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/exchange/reviews.py"/>
        <source>kept this database's version of peer round(s) {names}</source>
        <translation>
            <numerusform>kept this database's version of peer round {names}</numerusform>
            <numerusform>kept this database's version of peer rounds {names}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/exchange/reviews.py"/>
        <source>kept this database's agenda rather than the document's</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/wire.py"/>
        <source>a strategy document holds exactly one strategy, not {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/writer.py"/>
        <source>strategy '{id}' uses scenario '{scenario}', which its workshop does not have</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors-export</name>
    <message>
        <location filename="../../app/export/assemble.py"/>
        <source>strategy {strategy} uses the scenario {scenario}, which is neither in its workshop nor in the content library; import the workshop with its scenarios, or pick another scenario for the strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/atomic.py"/>
        <source>the disk is full; free some space or choose another disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/atomic.py"/>
        <source>you are not allowed to write there; choose another folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/atomic.py"/>
        <source>the disk is read-only; choose another folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/atomic.py"/>
        <source>it is a folder; give a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/atomic.py"/>
        <source>the folder cannot be found; it may have been moved or removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/atomic.py"/>
        <source>the name is too long; choose a shorter one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/atomic.py"/>
        <source>the file is too large for this disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/atomic.py"/>
        <source>the system refused ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/atomic.py"/>
        <source>cannot write {file}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/atomic.py"/>
        <source>cannot write {file}: the folder {folder} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/atomic.py"/>
        <source>no free temporary name beside {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/fonts.py"/>
        <source>the export font {file} is missing: the installation is incomplete; reinstall the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/fonts.py"/>
        <source>the export font {file} cannot be read: the installation is damaged; reinstall the app</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors-model</name>
    <message>
        <location filename="../../app/document.py"/>
        <source>The card's links changed in the meantime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/document.py"/>
        <source>The card was moved elsewhere in the meantime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/document.py"/>
        <source>The card was edited elsewhere in the meantime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/document.py"/>
        <source>The link was changed elsewhere in the meantime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/document.py"/>
        <source>The profile was changed elsewhere in the meantime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/document.py"/>
        <source>The packs were changed elsewhere in the meantime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/document.py"/>
        <source>The card was changed elsewhere in the meantime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/edits.py"/>
        <source>{field}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/drills.py"/>
        <source>name at least one phase the lesson must reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/drills.py"/>
        <source>the lesson must reach a lifecycle phase, not governance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/errors.py"/>
        <source>No card with id '{card}' in this strategy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/errors.py"/>
        <source>No link with id '{link}' in this strategy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/errors.py"/>
        <source>A card with id '{id}' already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/errors.py"/>
        <source>A link with id '{id}' already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/errors.py"/>
        <source>The id '{id}' is already in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/errors.py"/>
        <source>A card cannot be linked to itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/errors.py"/>
        <source>These two cards are already linked in that direction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/numbers.py"/>
        <source>must be a number, not true/false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/operations.py"/>
        <source>before and after must set the same fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/operations.py"/>
        <source>an update must change at least one field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/review.py"/>
        <source>a level is a whole number from 1 to 4, not true/false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/review.py"/>
        <source>criterion '{name}' has level '{level}'; levels are 1, 2, 3 and 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/review.py"/>
        <source>criterion '{name}' has level {level}; levels run from 1 to 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../models/review.py"/>
        <source>criterion '{name}' has no descriptor for level(s) {numbers}</source>
        <translation>
            <numerusform>criterion '{name}' has no descriptor for level {numbers}</numerusform>
            <numerusform>criterion '{name}' has no descriptor for levels {numbers}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../models/review.py"/>
        <source>criterion '{key}' appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/review.py"/>
        <source>the score for criterion '{key}' belongs to another strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/review.py"/>
        <source>criterion '{key}' is scored twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/review.py"/>
        <source>a team cannot review its own strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/review.py"/>
        <source>the same team is assigned the same strategy twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/review.py"/>
        <source>the snapshot's strategy copy has another id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/review.py"/>
        <source>the snapshot's revision differs from its strategy copy's</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/rules.py"/>
        <source>'{value}' is not a valid value for the profile field '{name}' ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/rules.py"/>
        <source>unknown profile field '{name}'; known fields: {known}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/rules.py"/>
        <source>a fact needs exactly one of {operators} (got {count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/rules.py"/>
        <source>{op} needs a numbered field; '{name}' is not one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/rules.py"/>
        <source>contains needs a list field; '{name}' is not one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/rules.py"/>
        <source>is_set needs an optional or list field; '{name}' is neither</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/rules.py"/>
        <source>use contains for the list field '{name}'</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/rules.py"/>
        <source>one_of needs at least one value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/rules.py"/>
        <source>applies_until is before applies_from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/rules.py"/>
        <source>duplicate rule id '{id}'</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/rules.py"/>
        <source>rule '{id}' has group '{group}', not one of: {groups}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/strategy.py"/>
        <source>contains control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/strategy.py"/>
        <source>contains a NUL character (code 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/strategy.py"/>
        <source>must be a finite coordinate within ±1,000,000</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../models/strategy.py"/>
        <source>at most %n capabilities</source>
        <translation>
            <numerusform>at most %n capability</numerusform>
            <numerusform>at most %n capabilities</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../models/strategy.py"/>
        <source>card stored under '{key}' has id '{id}'</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/strategy.py"/>
        <source>link stored under '{key}' has id '{id}'</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/strategy.py"/>
        <source>id '{id}' is used by both a card and a link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/strategy.py"/>
        <source>link '{link}' points to missing card '{card}'</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/workshop.py"/>
        <source>member ids must be unique within a team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/workshop.py"/>
        <source>team ids must be unique within a workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/workshop_ops.py"/>
        <source>before and after must be the same team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/workshop_ops.py"/>
        <source>the scenario's key must be the operation's key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/workshop_ops.py"/>
        <source>a scenario operation needs a before or an after</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors-packs</name>
    <message>
        <location filename="../../app/checker/packs.py"/>
        <source>{file}, rule {rule}, field {field}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/packs.py"/>
        <source>{file}, rule {rule}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/packs.py"/>
        <source>cannot read the file: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/packs.py"/>
        <source>pack key {key} is already used by {file}; this file was skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/packs.py"/>
        <source>refused in strict mode: the pack is modified (its SHA-256 does not match the recorded one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/packs.py"/>
        <source>refused in strict mode: the pack is unsigned (no {file} records its SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/packs.py"/>
        <source>refused in strict mode: its translation is modified (its SHA-256 does not match the recorded one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/packs.py"/>
        <source>refused in strict mode: its translation is unsigned (no {file} records its SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors-reading</name>
    <message>
        <location filename="../../app/reading/errors.py"/>
        <source>{where}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reading/errors.py"/>
        <source>'{name}'</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reading/files.py"/>
        <source>a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reading/files.py"/>
        <source>a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reading/files.py"/>
        <source>a named pipe (FIFO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reading/files.py"/>
        <source>a character device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reading/files.py"/>
        <source>a block device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reading/files.py"/>
        <source>a socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reading/files.py"/>
        <source>something that is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/reading/files.py"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/reading/files.py"/>
        <source>{size} KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reading/files.py"/>
        <source>{size} MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reading/files.py"/>
        <source>{count} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reading/files.py"/>
        <source>is {kind}, not a regular file; nothing was read from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reading/files.py"/>
        <source>is larger than that; the limit for this kind of file is {limit}, far above what the app itself writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reading/files.py"/>
        <source>is {size}; the limit for this kind of file is {limit}, far above what the app itself writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reading/files.py"/>
        <source>cannot be opened: the name contains a NUL character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reading/files.py"/>
        <source>does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reading/files.py"/>
        <source>cannot be read: permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reading/files.py"/>
        <source>cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reading/parser_messages.py"/>
        <source>Expecting value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reading/parser_messages.py"/>
        <source>Expecting ',' delimiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reading/parser_messages.py"/>
        <source>Expecting ':' delimiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reading/parser_messages.py"/>
        <source>Expecting property name enclosed in double quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reading/parser_messages.py"/>
        <source>Unterminated string starting at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reading/parser_messages.py"/>
        <source>Invalid control character at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reading/parser_messages.py"/>
        <source>Invalid \escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reading/parser_messages.py"/>
        <source>Invalid \uXXXX escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reading/parser_messages.py"/>
        <source>Extra data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reading/parser_messages.py"/>
        <source>Cannot overwrite a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reading/parser_messages.py"/>
        <source>Unescaped '\' in a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reading/parser_messages.py"/>
        <source>Unterminated string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reading/parser_messages.py"/>
        <source>Unclosed inline table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reading/parser_messages.py"/>
        <source>Unclosed array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reading/parser_messages.py"/>
        <source>Invalid value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reading/parser_messages.py"/>
        <source>Invalid statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reading/parser_messages.py"/>
        <source>Invalid initial character for a key part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reading/parser_messages.py"/>
        <source>Invalid hex value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reading/parser_messages.py"/>
        <source>Invalid date or datetime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reading/parser_messages.py"/>
        <source>Expected ']]' at the end of an array declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reading/parser_messages.py"/>
        <source>Expected ']' at the end of a table declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reading/parser_messages.py"/>
        <source>Expected '=' after a key in a key/value pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reading/parser_messages.py"/>
        <source>Expected newline or end of document after a statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reading/parser_messages.py"/>
        <source>Escaped character is not a Unicode scalar value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reading/parser_messages.py"/>
        <source>Cannot declare {key} twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reading/parser_messages.py"/>
        <source>Illegal character {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reading/parser_messages.py"/>
        <source>Found invalid character {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reading/parser_messages.py"/>
        <source>Expected {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reading/parser_messages.py"/>
        <source>Duplicate inline table key {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reading/parser_messages.py"/>
        <source>Cannot redefine namespace {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reading/parser_messages.py"/>
        <source>Cannot mutate immutable namespace {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reading/parser_messages.py"/>
        <source>{reason} (at end of document)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reading/parser_messages.py"/>
        <source>{reason} (at line {line}, column {column})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reading/strict_json.py"/>
        <source>{name} is not a JSON number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reading/strict_json.py"/>
        <source>the key {key} appears twice in one JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reading/strict_json.py"/>
        <source>not UTF-8 text: saved as UTF-16 or UTF-32; save it as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reading/strict_json.py"/>
        <source>not UTF-8 text (byte {byte}, on line {line}, cannot be decoded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reading/strict_json.py"/>
        <source>is {size}; the limit is {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reading/strict_json.py"/>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reading/strict_json.py"/>
        <source>not valid JSON: {reason} at line {line}, column {column} — the file looks truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reading/strict_json.py"/>
        <source>not valid JSON: {reason} at line {line}, column {column}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reading/strict_json.py"/>
        <source>not valid JSON here: nested more than {depth} levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reading/strict_toml.py"/>
        <source>not valid TOML: {reason} (at line {line}, column {column})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reading/strict_toml.py"/>
        <source>arrays and tables nested more than {depth} levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reading/strict_toml.py"/>
        <source>a dotted key of more than {parts} parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reading/strict_toml.py"/>
        <source>a string that is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reading/strict_toml.py"/>
        <source>an unquoted key or value of more than {count} characters (a number that long is not one this app stores)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reading/strict_toml.py"/>
        <source>larger than the limit of {count} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reading/strict_toml.py"/>
        <source>not valid TOML: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reading/tree.py"/>
        <source>the text contains a NUL character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reading/tree.py"/>
        <source>the text is not valid Unicode (it holds half of a surrogate pair)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reading/tree.py"/>
        <source>the number {number} is outside the range this app stores ({low} to {high})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reading/tree.py"/>
        <source>the number is infinite or not a number; only finite numbers are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reading/tree.py"/>
        <source>a number of {count} characters is too long to be one this app stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reading/tree.py"/>
        <source>nested more than {depth} levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reading/tree.py"/>
        <source>{start}…({count} digits)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors-review</name>
    <message>
        <location filename="../../app/review/csvio.py"/>
        <source>Line {line}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/csvio.py"/>
        <source>Save it from the spreadsheet as "CSV UTF-8" and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/csvio.py"/>
        <source>{file} is saved as UTF-16, not UTF-8. {hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/csvio.py"/>
        <source>{file} is not UTF-8 text (byte 0x{byte} on line {line}; probably Windows-1252 or Latin-1). {hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/csvio.py"/>
        <source>{file} cannot be read: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/csvio.py"/>
        <source>{file} cannot be written ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/csvio.py"/>
        <source>not valid CSV ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/errors.py"/>
        <source>The rubric '{rubric}' has no criterion '{criterion}'.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/errors.py"/>
        <source>{round} is locked by the facilitator; unlock it to change assignments or feedback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/errors.py"/>
        <source>Team '{team}' is not assigned to review strategy '{strategy}' in this round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/members_csv.py"/>
        <location filename="../../app/review/scores_csv.py"/>
        <source>{file}: the header line is not valid CSV ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/members_csv.py"/>
        <source>{file} is empty; expected a header line: team,name,role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/members_csv.py"/>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/members_csv.py"/>
        <source>{file}: the header must name the columns team, name and role; missing {missing} (found: {found}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/members_csv.py"/>
        <source>{name} is already in {team} (line {line})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/review/members_csv.py"/>
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n value</numerusform>
            <numerusform>%n values</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/review/members_csv.py"/>
        <source>{values}, but the header has {columns}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/members_csv.py"/>
        <source>the team is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/members_csv.py"/>
        <source>the name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/members_csv.py"/>
        <source>unknown role '{role}'; use one of: {roles}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/members_csv.py"/>
        <source>the role is empty; use one of: {roles}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/members_csv.py"/>
        <source>the name is not accepted: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/members_csv.py"/>
        <source>the team name is not accepted: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/peers.py"/>
        <source>Peer review needs at least two teams with a strategy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/peers.py"/>
        <source>Team '{team}' is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/peers.py"/>
        <source>The offset must be between 1 and {last} for {count} teams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/peers.py"/>
        <source>A team cannot review its own strategy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/peers.py"/>
        <source>This team is already assigned that strategy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/peers.py"/>
        <source>Both teams must have exactly one assignment to swap them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/peers.py"/>
        <source>The swap would make a team review its own strategy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/peers.py"/>
        <source>This feedback belongs to another round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/review/reflections.py"/>
        <source>a reflection answers at most %n questions</source>
        <translation>
            <numerusform>a reflection answers at most %n question</numerusform>
            <numerusform>a reflection answers at most %n questions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/review/reflections.py"/>
        <source>the facilitator's reflection belongs to no team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/reflections.py"/>
        <location filename="../../app/review/scores_csv.py"/>
        <source>{field}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/reflections.py"/>
        <source>a question key appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/replay.py"/>
        <source>Revision {revision} does not apply: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/replay.py"/>
        <source>The log ends at revision {last}, but the strategy is at revision {current}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/replay.py"/>
        <source>Revision {revision} cannot be undone: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/replay.py"/>
        <source>Revision {revision} belongs to another strategy ('{id}').</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/replay.py"/>
        <source>The log jumps from revision {before} to {after}; a part of the history is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/replay.py"/>
        <source>No step produced revision {revision}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/replay.py"/>
        <source>Revision {revision} is outside the history ({first}–{last}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/rubrics.py"/>
        <source>unknown field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/rubrics.py"/>
        <source>expected one or more [[criterion]] tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/rubrics.py"/>
        <source>duplicate criterion key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/rubrics.py"/>
        <source>the key must match the file name '{name}'</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/rubrics.py"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/rubrics.py"/>
        <source>no rubric '{key}'; rubrics: {known}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/rubrics.py"/>
        <source>no rubric is installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/scores_csv.py"/>
        <source>{file} is empty; expected a header line naming the columns {columns}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/review/scores_csv.py"/>
        <source>{file}: the header lacks the column(s) {columns}.</source>
        <translation>
            <numerusform>{file}: the header lacks the column {columns}.</numerusform>
            <numerusform>{file}: the header lacks the columns {columns}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/review/scores_csv.py"/>
        <source>criterion '{criterion}' is scored again (line {line})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/scores_csv.py"/>
        <source>more values than columns in the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/scores_csv.py"/>
        <source>the row is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/scores_csv.py"/>
        <source>the score is for rubric '{found}', not '{expected}'</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/scores_csv.py"/>
        <source>the strategy_id is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/scores_csv.py"/>
        <source>no strategy '{id}' in this workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/scores_csv.py"/>
        <source>the rubric has no criterion '{criterion}'</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/scores_csv.py"/>
        <source>level '{level}' is not a whole number from 1 to 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/scores_csv.py"/>
        <source>level {level} is outside 1–4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/scoring.py"/>
        <source>This score sheet uses the rubric '{found}', not '{expected}'.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/snapshots.py"/>
        <source>Give the snapshot a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/snapshots.py"/>
        <source>This strategy already has a snapshot named '{name}'.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/snapshots.py"/>
        <source>These snapshots belong to different strategies; compare them side by side instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/snapshots.py"/>
        <source>This snapshot belongs to another strategy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/timer.py"/>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/timer.py"/>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/timer.py"/>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/timer.py"/>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/timer.py"/>
        <source>The timer cannot start while {state}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/timer.py"/>
        <source>The timer cannot pause while {state}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/timer.py"/>
        <source>The timer cannot resume while {state}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/timer.py"/>
        <source>The agenda is over; reset the timer to start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/timer.py"/>
        <source>The agenda is over; there is no stage to extend.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors-store</name>
    <message>
        <location filename="../../app/autosave.py"/>
        <source>Strategy {name} was deleted by another seat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/autosave.py"/>
        <source>The history of {name} has a gap at revision {revision}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/store/damage.py"/>
        <source>is not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/store/damage.py"/>
        <source>is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/store/damage.py"/>
        <source>table {table}, row {row}: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/store/damage.py"/>
        <source>{column} {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/store/damage.py"/>
        <source>{column}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/store/engine.py"/>
        <source>Cannot checkpoint {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/store/engine.py"/>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/store/engine.py"/>
        <source>the file is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/store/engine.py"/>
        <source>another program is holding a lock on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/store/engine.py"/>
        <source>a disk error occurred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/store/engine.py"/>
        <source>the database file is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/store/engine.py"/>
        <source>the file is not a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/store/engine.py"/>
        <source>the file cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/store/errors.py"/>
        <source>The database {location} is damaged: table {table}, row {row}: {detail}. Nothing was changed; the rest of the database can still be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/store/errors.py"/>
        <source>No workshop with id {id} in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/store/errors.py"/>
        <source>No strategy with id {id} of workshop {workshop} in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/store/errors.py"/>
        <source>No strategy with id {id} in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/store/reflections.py"/>
        <source>a reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/store/reflections.py"/>
        <source>No reflection {id} in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/store/reflections.py"/>
        <source>an observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/store/review_writes.py"/>
        <source>This strategy already has a snapshot named {name} in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/store/reviews.py"/>
        <source>a score sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/store/reviews.py"/>
        <source>the score sheet of {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/store/reviews.py"/>
        <source>score sheet {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/store/reviews.py"/>
        <source>a peer round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/store/reviews.py"/>
        <source>No peer round with id {id} in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/store/reviews.py"/>
        <source>peer round {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/store/reviews.py"/>
        <source>a feedback entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/store/reviews.py"/>
        <source>feedback of team {team} on {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/store/reviews.py"/>
        <source>the phase reviews of {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/store/reviews.py"/>
        <source>a phase review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/store/reviews.py"/>
        <source>the snapshots of {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/store/reviews.py"/>
        <source>snapshot {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/store/reviews.py"/>
        <source>No snapshot with id {id} in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/store/reviews.py"/>
        <source>the agenda of {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/store/reviews.py"/>
        <source>a snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/store/reviews.py"/>
        <source>No {what} in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/store/schema.py"/>
        <source>{path} was written by a newer version of MLOps Canvas (schema {revision}); it was left untouched — update the app to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/store/schema.py"/>
        <location filename="../../app/store/store.py"/>
        <source>Cannot open {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/store/schema.py"/>
        <source>{path} is {kind}, not a database file; it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/store/schema.py"/>
        <location filename="../../app/store/store.py"/>
        <source>Cannot read {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/store/schema.py"/>
        <source>{path} is not an MLOps Canvas database (it is not an SQLite file); it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/store/schema.py"/>
        <source>{path} is a damaged database (truncated); it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/store/schema.py"/>
        <source>{path} is a damaged database (truncated or overwritten); it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/store/schema.py"/>
        <source>{path} is a damaged database ({reason}); it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/store/schema.py"/>
        <source>{path} is another application's database, not MLOps Canvas's; it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/store/schema.py"/>
        <source>{path} has tables but no schema version, so it is not MLOps Canvas's; it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/store/schema.py"/>
        <source>{path} records several schema versions; it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/store/sharing.py"/>
        <source>Team {name} is already in the workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/store/sharing.py"/>
        <source>Team {name} was removed from the workshop by another seat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/store/sharing.py"/>
        <source>{names} and {count} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/store/sharing.py"/>
        <source>Team {name} still has %n strategy(ies) ({names}); give them to another team or delete them first.</source>
        <translation>
            <numerusform>Team {name} still has %n strategy ({names}); give it to another team or delete it first.</numerusform>
            <numerusform>Team {name} still has %n strategies ({names}); give them to another team or delete them first.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/store/sharing.py"/>
        <source>Lost the change feed: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/store/store.py"/>
        <source>Not a database file or URL: {url}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/store/store.py"/>
        <source>Cannot create the folder {folder}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/store/store.py"/>
        <source>Cannot use the database URL {url}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/store/store.py"/>
        <source>{path} is damaged ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/store/store.py"/>
        <source>The database {path} is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/store/store.py"/>
        <source>Cannot save to {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/store/store.py"/>
        <source>Cannot save to {path}: the file was removed or moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/store/store.py"/>
        <source>Cannot save to {path}: the file was replaced by another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/store/store.py"/>
        <source>The database {path} is damaged: {what} ({detail}). Nothing was changed; the rest of the database can still be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/store/store.py"/>
        <source>the history of {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/store/store.py"/>
        <source>the history of workshop {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/store/store.py"/>
        <source>A strategy with id {id} is already in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/store/writes.py"/>
        <source>Strategy {name} is no longer in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/store/writes.py"/>
        <source>Strategy {name} was saved from another window or seat (database at revision {current}, this copy at {base}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors-validation</name>
    <message>
        <location filename="../../models/errors.py"/>
        <source>Value error, {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/errors.py"/>
        <source>this field is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/errors.py"/>
        <source>this field is not expected here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/errors.py"/>
        <source>must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/errors.py"/>
        <source>is too short (at least {min_length} characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/errors.py"/>
        <source>is too long (at most {max_length} characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/errors.py"/>
        <source>does not have the expected form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/errors.py"/>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/errors.py"/>
        <source>must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/errors.py"/>
        <source>must be a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/errors.py"/>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/errors.py"/>
        <source>must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/errors.py"/>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/errors.py"/>
        <source>has too few items (at least {min_length})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/errors.py"/>
        <source>has too many items (at most {max_length})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/errors.py"/>
        <source>must be greater than {gt}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/errors.py"/>
        <source>must be at least {ge}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/errors.py"/>
        <source>must be less than {lt}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/errors.py"/>
        <source>must be at most {le}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/errors.py"/>
        <source>must be one of: {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/errors.py"/>
        <source>must be a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/errors.py"/>
        <source>must be a date and time (ISO 8601)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/errors.py"/>
        <source>must give its time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/errors.py"/>
        <source>must be an identifier (UUID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/errors.py"/>
        <source>has an unknown kind {tag}; expected one of: {expected_tags}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/errors.py"/>
        <source>does not say its kind ({discriminator})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/errors.py"/>
        <source>cannot be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/errors.py"/>
        <source>'{value}'</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{values} or {last}</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>Field required</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>Extra inputs are not permitted</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>Input should be a valid string</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>Input should be a valid integer</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>Input should be a valid number</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>Input should be a valid boolean</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>Input should be a valid list</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>Input should be a valid dictionary</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>Input should be a valid date</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>Input should be a valid date and time</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>Input should name a known kind</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>Input should be {expected}</source>
        <translation type="vanished"></translation>
    </message>
    <message numerus="yes">
        <source>String should have at least %n character(s)</source>
        <translation type="vanished">
            <numerusform>String should have at least %n character</numerusform>
            <numerusform>String should have at least %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>String should have at most %n character(s)</source>
        <translation type="vanished">
            <numerusform>String should have at most %n character</numerusform>
            <numerusform>String should have at most %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Should have at least %n item(s)</source>
        <translation type="vanished">
            <numerusform>Should have at least %n item</numerusform>
            <numerusform>Should have at least %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Should have at most %n item(s)</source>
        <translation type="vanished">
            <numerusform>Should have at most %n item</numerusform>
            <numerusform>Should have at most %n items</numerusform>
        </translation>
    </message>
    <message>
        <source>Should be at least {bound}</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>Should be greater than {bound}</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>Should be at most {bound}</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>Should be less than {bound}</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>Value refused: {reason}</source>
        <translation type="vanished"></translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <location filename="../../views/export_worker.py"/>
        <source>The export stopped on an unexpected error; your board is unchanged and the log file has the details ({error}: {message}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>exporting</name>
    <message>
        <location filename="../../views/export_language.py"/>
        <source>{title} — {language}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/export_language.py"/>
        <source>Export lan&amp;guage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/export_language.py"/>
        <source>Write exports in {language}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/export_language.py"/>
        <source>Export language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/export_language.py"/>
        <source>The language the exported files are written in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/export_worker.py"/>
        <source>Exporting PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/export_worker.py"/>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/export_worker.py"/>
        <source>Writing {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/export_worker.py"/>
        <source>Export status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/export_worker.py"/>
        <source>Slides written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/export_worker.py"/>
        <source>&amp;Open the file when done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/export_worker.py"/>
        <source>Cancel the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/export_worker.py"/>
        <source>%v of %m slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/export_worker.py"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/exporting.py"/>
        <source>the database is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/exporting.py"/>
        <source>the strategy's scenario {key} is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/exporting.py"/>
        <source>Open a strategy first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/exporting.py"/>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/exporting.py"/>
        <source>Export handout PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/exporting.py"/>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/exporting.py"/>
        <source>Exporting {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/exporting.py"/>
        <source>Exported {n} sections to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/exporting.py"/>
        <source>Exported {n} pages to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/exporting.py"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/exporting.py"/>
        <source>The PDF could not be written: {error}

No file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/exporting.py"/>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/exporting.py"/>
        <source>Export Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/exporting.py"/>
        <source>Export action list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/exporting.py"/>
        <source>Exported to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/exporting.py"/>
        <source>&amp;Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/exporting.py"/>
        <source>Export PDF &amp;handout…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/exporting.py"/>
        <source>Export &amp;Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/exporting.py"/>
        <source>Export action &amp;list (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;language</source>
        <translation type="vanished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/controller.py"/>
        <source>Open this stage's vie&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/controller.py"/>
        <source>&amp;Guided drill (Explore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/controller.py"/>
        <source>Phase guide sl&amp;ides (Explain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/controller.py"/>
        <source>Present the team's pla&amp;n (Evaluate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/controller.py"/>
        <source>Reflecti&amp;ons (Evaluate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/controller.py"/>
        <source>Stage {n} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/controller.py"/>
        <source>{position}: {stage}. {offer}: F12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/controller.py"/>
        <source>Phase guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/controller.py"/>
        <source>Open a strategy first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/controller.py"/>
        <source>The team's board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/controller.py"/>
        <source>{name} — the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/controller.py"/>
        <source>Case study…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/controller.py"/>
        <source>Agenda timer full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/controller.py"/>
        <source>Guided drill for teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/controller.py"/>
        <source>Phase guide slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/controller.py"/>
        <location filename="../../views/day/stages.py"/>
        <source>Back to the canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/controller.py"/>
        <location filename="../../views/facilitator/window.py"/>
        <source>Side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/controller.py"/>
        <location filename="../../views/facilitator/phase_review.py"/>
        <location filename="../../views/facilitator/window.py"/>
        <source>Phase reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/controller.py"/>
        <source>Present the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/controller.py"/>
        <location filename="../../views/facilitator/window.py"/>
        <source>Rubric scoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/controller.py"/>
        <location filename="../../views/facilitator/window.py"/>
        <source>Peer review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/controller.py"/>
        <location filename="../../views/facilitator/window.py"/>
        <source>Reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/controller.py"/>
        <source>Facilitator report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/controller.py"/>
        <source>Open a workshop to record reflections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/controller.py"/>
        <source>Open a team's strategy first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/controller.py"/>
        <source>The notes were not saved: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/controller.py"/>
        <source>The team's notes on “{event}” are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/controller.py"/>
        <source>The reflection was not saved: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/controller.py"/>
        <source>{name}'s reflection is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/controller.py"/>
        <source>Export reflection paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/controller.py"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/controller.py"/>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/controller.py"/>
        <source>The paper was not written: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/controller.py"/>
        <source>Written {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/day_page.py"/>
        <location filename="../../views/facilitator/window.py"/>
        <source>Workshop day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/day_page.py"/>
        <source>The five stages of the day; each button opens that stage's view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/day_page.py"/>
        <source>The agenda timer moves from stage to stage and offers each stage's view above the canvas; F12 opens the view of the stage the timer is in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/day_page.py"/>
        <source>How the day runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/day_page.py"/>
        <source>{n}. {stage} · {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/day_page.py"/>
        <source>{title}  — now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/day_page.py"/>
        <source>About {stage}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/day_page.py"/>
        <location filename="../../views/facilitator/window.py"/>
        <source>Case study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/day_page.py"/>
        <source>Pick any case and present it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/day_page.py"/>
        <source>Case study:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/day_page.py"/>
        <source>Case study to present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/day_page.py"/>
        <source>Every scenario of the workshop and the library; documented failures first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/day_page.py"/>
        <source>failure on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/day_page.py"/>
        <source>scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/day_page.py"/>
        <source>Present full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/day_page.py"/>
        <source>Present the case study full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/day_page.py"/>
        <source>F11 also toggles full screen; Esc leaves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/decks.py"/>
        <source>Seven lanes, one lifecycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/decks.py"/>
        <source>Each lane: what it is for, what to ask, and which practices answer it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/decks.py"/>
        <source>Explain · the phase guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/decks.py"/>
        <source>Explain · lane {n} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/decks.py"/>
        <source>{lane}: questions to ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/decks.py"/>
        <source>{lane}: practices that answer them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/decks.py"/>
        <source>Evaluate · {team} presents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/decks.py"/>
        <location filename="../../views/day/stages.py"/>
        <location filename="../../views/facilitator/common.py"/>
        <location filename="../../views/facilitator/phase_review.py"/>
        <source>Evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/decks.py"/>
        <location filename="../../views/facilitator/setup.py"/>
        <source>… and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/explore.py"/>
        <source>Guided drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/explore.py"/>
        <source>Guided drill (Explore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/explore.py"/>
        <source>Guided drill steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/explore.py"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/explore.py"/>
        <source>1. Pick an event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/explore.py"/>
        <source>Event to throw at the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/explore.py"/>
        <source>A what-if event from how public-sector AI fails in production, or a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/explore.py"/>
        <source>A year in production (simulated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/explore.py"/>
        <source>2. Watch it travel the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/explore.py"/>
        <source>Next stage on the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/explore.py"/>
        <source>Lights the cards that detect, handle and learn from the event, one stage a press.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/explore.py"/>
        <source>Press to start: the canvas lights each stage in turn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/explore.py"/>
        <source>Where the event is now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/explore.py"/>
        <source>3. What did you observe?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/explore.py"/>
        <source>What the team observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/explore.py"/>
        <source>Did the board catch it? Who handled it? Did the lesson travel back?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/explore.py"/>
        <source>What questions did it raise?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/explore.py"/>
        <source>Questions it raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/explore.py"/>
        <source>What the team wants to find out or ask the facilitator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/explore.py"/>
        <source>Save the team's notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/explore.py"/>
        <source>Kept per team and event; saving again replaces the notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/explore.py"/>
        <source>Notes status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/explore.py"/>
        <source>Recorded by this team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/explore.py"/>
        <source>Observations recorded by this team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/explore.py"/>
        <source>Pick one to read or edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/explore.py"/>
        <source>Team: {team}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/explore.py"/>
        <source>Open a team's strategy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/explore.py"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/explore.py"/>
        <source>The drills could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/explore.py"/>
        <source>The year's events are in the Drills panel: what would have hurt most?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/explore.py"/>
        <source>“{event}” cannot be run here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/explore.py"/>
        <location filename="../../views/day/reflection_form.py"/>
        <location filename="../../views/facilitator/peer_form.py"/>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/papers.py"/>
        <source>The team has no strategy in this workshop yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/reflection_form.py"/>
        <source>{name} — the facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/reflection_form.py"/>
        <location filename="../../views/facilitator/window.py"/>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/reflection_form.py"/>
        <source>Individual reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/reflection_form.py"/>
        <source>Each participant answers on their own; the facilitator too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/reflection_form.py"/>
        <source>Individual reflection: each participant, on their own, on applying MLOps in their organisation. Pick your name, answer, and Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/reflection_form.py"/>
        <source>About the reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/reflection_form.py"/>
        <source>Who is reflecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/reflection_form.py"/>
        <location filename="../../views/facilitator/peer_form.py"/>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/reflection_form.py"/>
        <source>Reflection questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/reflection_form.py"/>
        <source>Self-assessment: how confident are you in each lane?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/reflection_form.py"/>
        <source>Self-assessment per lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/reflection_form.py"/>
        <source>Confidence in {lane}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/reflection_form.py"/>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/reflection_form.py"/>
        <source>Save reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/reflection_form.py"/>
        <source>Export paper (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/reflection_form.py"/>
        <source>Export the reflection paper as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/reflection_form.py"/>
        <source>The answers and self-assessment, with the team's plan attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/reflection_form.py"/>
        <source>Export paper (Markdown)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/reflection_form.py"/>
        <source>Export the reflection paper as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/reflection_form.py"/>
        <source>Reflection status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/reflection_form.py"/>
        <source>Not saved yet: Save keeps these answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/reflection_form.py"/>
        <source>Saved {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/slides.py"/>
        <source>Nothing to show yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/slides.py"/>
        <source>Page Down and Page Up move between slides; F11 toggles full screen; Esc leaves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/slides.py"/>
        <source>Slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/slides.py"/>
        <location filename="../../views/facilitator/case_study.py"/>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/slides.py"/>
        <source>Previous slide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/slides.py"/>
        <source>Slide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/slides.py"/>
        <location filename="../../views/facilitator/case_study.py"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/slides.py"/>
        <source>Next slide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/slides.py"/>
        <location filename="../../views/facilitator/case_study.py"/>
        <location filename="../../views/facilitator/timer.py"/>
        <source>Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/slides.py"/>
        <source>Show the slides on the whole screen (F11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/slides.py"/>
        <source>Deck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/stages.py"/>
        <location filename="../../views/facilitator/common.py"/>
        <source>Engage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/stages.py"/>
        <location filename="../../views/facilitator/common.py"/>
        <source>Explore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/stages.py"/>
        <location filename="../../views/facilitator/common.py"/>
        <source>Explain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/stages.py"/>
        <location filename="../../views/facilitator/common.py"/>
        <source>Elaborate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/stages.py"/>
        <source>Present a case study full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/stages.py"/>
        <source>Open the guided drill for teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/stages.py"/>
        <source>Show the phase guide as slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/stages.py"/>
        <source>Present this team's plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/stages.py"/>
        <source>A real failed public-sector AI project, on the shared screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/stages.py"/>
        <source>Teams throw what-if events at their board, watch them travel, and note what they observe and the questions it raises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/stages.py"/>
        <source>The six lanes and governance, one slide at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/stages.py"/>
        <location filename="../../views/facilitator/common.py"/>
        <source>Teams design their strategy on the canvas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/stages.py"/>
        <source>Teams present; rubric and peer feedback; then everyone reflects on their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/stages.py"/>
        <source>Stage offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/stages.py"/>
        <source>The agenda moved on; open the new stage's view here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/stages.py"/>
        <location filename="../../views/facilitator/setup.py"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/stages.py"/>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/stages.py"/>
        <source>Hide this offer; F12 opens it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/stages.py"/>
        <source>{position} — {stage}: {about}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/day/stages.py"/>
        <source>{offer} (F12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitating.py"/>
        <source>Round 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitating.py"/>
        <source>The history cannot be replayed: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitating.py"/>
        <source>The scores were not saved: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitating.py"/>
        <source>The round was not saved: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitating.py"/>
        <source>The feedback was not saved: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitating.py"/>
        <source>Feedback saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitating.py"/>
        <source>The review was not saved: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitating.py"/>
        <source>No snapshot taken: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitating.py"/>
        <source>Snapshot “{name}” taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitating.py"/>
        <source>The agenda was not saved: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitating.py"/>
        <source>Edit teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/case_study.py"/>
        <source>Not in this catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/case_study.py"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/case_study.py"/>
        <source>What it was meant to do, and what made it hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/case_study.py"/>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/case_study.py"/>
        <source>Challenges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/case_study.py"/>
        <source>What went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/case_study.py"/>
        <source>Lifecycle practices that were missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/case_study.py"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/case_study.py"/>
        <source>Case study: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/case_study.py"/>
        <source>Page Down and Page Up move between pages; F11 toggles full screen; Esc leaves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/case_study.py"/>
        <source>Case study pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/case_study.py"/>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/case_study.py"/>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/case_study.py"/>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/case_study.py"/>
        <source>Show the case study on the whole screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/common.py"/>
        <source>A real failed public-sector AI project, presented as a case study.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/common.py"/>
        <source>Teams explore the lifecycle phases and their scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/common.py"/>
        <source>Practices, rules and roles explained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/common.py"/>
        <source>Teams present; peers and facilitator assess with the rubric.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/common.py"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/common.py"/>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/common.py"/>
        <source>Moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/common.py"/>
        <source>Edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/common.py"/>
        <source>Not every strategy compared has this card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/common.py"/>
        <source>Separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/common.py"/>
        <source>Read-only strategy canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/common.py"/>
        <source>A read-only view of a strategy's board; it cannot be edited here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/evidence.py"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/evidence.py"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/evidence.py"/>
        <source>Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/evidence.py"/>
        <source>The strategy has not been checked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/evidence.py"/>
        <source>{pack}: {satisfied} in place · {planned} planned of {applicable} rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/evidence.py"/>
        <source>Open findings: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/evidence.py"/>
        <source>  … and {count} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/evidence.py"/>
        <source>No open findings for the rules this criterion names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/evidence.py"/>
        <source>Upcoming rules, not yet in force: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/evidence.py"/>
        <source>  ✗ {capability}: no card provides it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/evidence.py"/>
        <source>{card} ({phase}, not in place)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/evidence.py"/>
        <source>{card} ({phase})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/evidence.py"/>
        <source>, +{count} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/evidence.py"/>
        <source>  ✓ {capability}: {cards}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/evidence.py"/>
        <source>  ○ {capability}: planned, not in place — {cards}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/evidence.py"/>
        <source>The checker has nothing to say about this criterion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/evidence.py"/>
        <source>  ○ Planned, not in place: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/evidence.py"/>
        <source>  ⛔ Prohibited practice: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/evidence.py"/>
        <source>  ✗ {severity}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/exports.py"/>
        <source>{workshop} report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/exports.py"/>
        <source>{workshop} scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/exports.py"/>
        <source>Cannot write the report: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/exports.py"/>
        <source>Export facilitator report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/exports.py"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/exports.py"/>
        <source>Export scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/exports.py"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/exports.py"/>
        <source>Writing {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/exports.py"/>
        <source>Written: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/exports.py"/>
        <source>Not written: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/history.py"/>
        <location filename="../../views/facilitator/window.py"/>
        <source>History replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/history.py"/>
        <source>How the strategy grew, revision by revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/history.py"/>
        <source>How {name} grew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/history.py"/>
        <source>the strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/history.py"/>
        <source>Revision shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/history.py"/>
        <source>Replay message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/history.py"/>
        <source>Strategy at the chosen revision (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/history.py"/>
        <source>First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/history.py"/>
        <source>Go to the first revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/history.py"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/history.py"/>
        <source>One revision back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/history.py"/>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/history.py"/>
        <source>Play the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/history.py"/>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/history.py"/>
        <source>One revision forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/history.py"/>
        <source>Last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/history.py"/>
        <source>Go to the last revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/history.py"/>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/history.py"/>
        <source>Drag or use the arrow keys to move through the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/history.py"/>
        <source>before the first recorded change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/history.py"/>
        <source>Revision {revision} of {last} · {cards} cards · {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/history.py"/>
        <location filename="../../views/facilitator/timer.py"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/lanes.py"/>
        <location filename="../../views/facilitator/phase_review.py"/>
        <source>Acceptable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/lanes.py"/>
        <location filename="../../views/facilitator/phase_review.py"/>
        <source>To be corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/lanes.py"/>
        <source>Corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/menu.py"/>
        <source>F&amp;acilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/menu.py"/>
        <source>&amp;Facilitator window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/menu.py"/>
        <source>Agenda &amp;timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/menu.py"/>
        <source>Timer f&amp;ull screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/menu.py"/>
        <source>&amp;Agenda…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/menu.py"/>
        <source>Teams and &amp;members…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/menu.py"/>
        <source>&amp;Score this strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/menu.py"/>
        <source>&amp;Phase reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/menu.py"/>
        <source>&amp;Versions and replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/menu.py"/>
        <source>Export facilitator &amp;report (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/menu.py"/>
        <source>Export scores (&amp;CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_assign.py"/>
        <source>Peer review assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_assign.py"/>
        <source>Which team reviews which strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_assign.py"/>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_assign.py"/>
        <location filename="../../views/facilitator/peer_form.py"/>
        <source>Round locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_assign.py"/>
        <source>Assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_assign.py"/>
        <source>Each row: the reviewer team and the team whose strategy it reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_assign.py"/>
        <source>Reviewer team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_assign.py"/>
        <source>Reviews the strategy of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_assign.py"/>
        <source>Assignment message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_assign.py"/>
        <source>Assignment warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_assign.py"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_assign.py"/>
        <source>Add an assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_assign.py"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_assign.py"/>
        <source>Remove the selected assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_assign.py"/>
        <source>Round-robin offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_assign.py"/>
        <source>Each team reviews the team this many places after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_assign.py"/>
        <source>Round-robin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_assign.py"/>
        <source>Replace the assignments with a round-robin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_assign.py"/>
        <source>Lock round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_assign.py"/>
        <source>Lock or unlock the round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_assign.py"/>
        <source>Offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_assign.py"/>
        <source>{round} · {count} assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_assign.py"/>
        <source>Unlock round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_assign.py"/>
        <source>Reviewer team, row {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_assign.py"/>
        <source>Team reviewed, row {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_assign.py"/>
        <source>{team} cannot review its own strategy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_assign.py"/>
        <source>Every team is already assigned every other team's strategy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_assign.py"/>
        <source>Select an assignment to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_form.py"/>
        <source>{round} is locked by the facilitator: feedback can be read but not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_form.py"/>
        <source>Peer feedback form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_form.py"/>
        <source>Feedback from {team} on {strategy}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_form.py"/>
        <source>Feedback from {team} on “{strategy}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_form.py"/>
        <source>Strengths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_form.py"/>
        <source>What does this strategy do well?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_form.py"/>
        <source>What would you ask the team?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_form.py"/>
        <source>One suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_form.py"/>
        <source>The one change you would suggest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_form.py"/>
        <location filename="../../views/facilitator/rubric_form.py"/>
        <source>{level} · {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_form.py"/>
        <source>Overall score {level} of 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_form.py"/>
        <source>Overall score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_form.py"/>
        <source>Score (1–4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_form.py"/>
        <source>Feedback problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_form.py"/>
        <source>Feedback status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_form.py"/>
        <source>Save feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_form.py"/>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_form.py"/>
        <source>Not saved yet: choose a score to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_form.py"/>
        <source>Choose a score from 1 to 4 before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_form.py"/>
        <source>Strengths and questions hold up to {count} characters each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_form.py"/>
        <source>Saved {at}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/peer_form.py"/>
        <source>Save this feedback (it stays editable until the round is locked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/phase_review.py"/>
        <source>Not reviewed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/phase_review.py"/>
        <source>Corrected, awaiting re-evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/phase_review.py"/>
        <source>{state} (re-evaluated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/phase_review.py"/>
        <source>Mark each phase acceptable or to be corrected, then re-evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/phase_review.py"/>
        <source>Phase reviews: {strategy}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/phase_review.py"/>
        <source>Phase review message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/phase_review.py"/>
        <location filename="../../views/facilitator/side_by_side.py"/>
        <location filename="../../views/facilitator/versions.py"/>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/phase_review.py"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/phase_review.py"/>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/phase_review.py"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/phase_review.py"/>
        <source>{phase} state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/phase_review.py"/>
        <source>{phase}: acceptable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/phase_review.py"/>
        <source>{phase}: to be corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/phase_review.py"/>
        <source>{phase} comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/phase_review.py"/>
        <source>Required when the phase is to be corrected: say what to correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/phase_review.py"/>
        <source>What should the team correct?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/phase_review.py"/>
        <source>Evaluate {phase}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/phase_review.py"/>
        <source>Corrections made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/phase_review.py"/>
        <source>{phase}: the team made its corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/phase_review.py"/>
        <source>The team reports that it corrected this phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/phase_review.py"/>
        <source>Choose acceptable or to be corrected for {phase}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/phase_review.py"/>
        <source>{phase}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/phase_review.py"/>
        <source>Re-evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/rubric_form.py"/>
        <source>Beginning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/rubric_form.py"/>
        <source>Developing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/rubric_form.py"/>
        <source>Proficient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/rubric_form.py"/>
        <source>Exemplary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/rubric_form.py"/>
        <source>Choose a level from 1 to 4 with the arrow keys or the keys 1 to 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/rubric_form.py"/>
        <source>About this criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/rubric_form.py"/>
        <source>Level {level} descriptor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/rubric_form.py"/>
        <source>Comment on {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/rubric_form.py"/>
        <source>Choose a level first, then add a comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/rubric_form.py"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/rubric_form.py"/>
        <source>Clear the score of {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/rubric_form.py"/>
        <source>Checker results for {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/rubric_form.py"/>
        <source>What the checker found (informs, does not score)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/rubric_form.py"/>
        <source>Checker results heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/rubric_form.py"/>
        <source>Rubric score sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/rubric_form.py"/>
        <source>Score {strategy} against {rubric}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/rubric_form.py"/>
        <source>Scoring: {strategy}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/rubric_form.py"/>
        <source>{rubric} (version {version})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/rubric_form.py"/>
        <source>Scoring progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/rubric_form.py"/>
        <source>The checker's results are shown beside the criteria they inform; the score is your judgement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/rubric_form.py"/>
        <source>About the checker results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/rubric_form.py"/>
        <source>Score sheet notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/rubric_form.py"/>
        <source>Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/rubric_form.py"/>
        <source>A comment keeps its first {count} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/rubric_form.py"/>
        <source>No criterion scored yet ({total} to score).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/rubric_form.py"/>
        <source>{scored} of {total} criteria scored · mean level {mean}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/setup.py"/>
        <source>Workshop agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/setup.py"/>
        <source>The stages of the workshop and their minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/setup.py"/>
        <source>Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/setup.py"/>
        <source>Name, minutes and description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/setup.py"/>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/setup.py"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/setup.py"/>
        <source>Add stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/setup.py"/>
        <source>Add a stage at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/setup.py"/>
        <source>Remove stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/setup.py"/>
        <source>Remove the selected stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/setup.py"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/setup.py"/>
        <source>Move the selected stage up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/setup.py"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/setup.py"/>
        <source>Move the selected stage down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/setup.py"/>
        <source>Default agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/setup.py"/>
        <source>Restore the five default stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/setup.py"/>
        <source>Agenda problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/setup.py"/>
        <source>Dialog buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/setup.py"/>
        <source>Stage {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/setup.py"/>
        <source>Stage {n}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/setup.py"/>
        <source>Minutes of the stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/setup.py"/>
        <source>Stage name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/setup.py"/>
        <source>About the stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/setup.py"/>
        <source>Import members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/setup.py"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/setup.py"/>
        <source>Import members (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/setup.py"/>
        <source>Import members from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/setup.py"/>
        <source>A CSV with the header team,name,role; one member a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/setup.py"/>
        <source>Import result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/setup.py"/>
        <source>{n} rows of {file} cannot be used:

{rows}

Skip them and import the other {good} rows?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/setup.py"/>
        <source>Nothing imported. {rows}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/setup.py"/>
        <source>Imported {n} members; {skipped} rows skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/setup.py"/>
        <source> and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/setup.py"/>
        <source>{team} cannot be removed: it still has {n} strategies ({names}). Give them to another team or delete them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/setup.py"/>
        <source>{team} takes part in peer review: {a} assignments, {g} feedback entries given, {r} received.

Remove the team? Its reviews stay in the database and in the workshop's export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/setup.py"/>
        <source>Remove a reviewed team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/side_by_side.py"/>
        <source>Canvases side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/side_by_side.py"/>
        <source>Canvas of {name} (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/side_by_side.py"/>
        <source>Side-by-side review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/side_by_side.py"/>
        <source>Compare strategies of one scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/side_by_side.py"/>
        <source>Strategies to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/side_by_side.py"/>
        <source>Tick two or more strategies of the same scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/side_by_side.py"/>
        <location filename="../../views/facilitator/versions.py"/>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/side_by_side.py"/>
        <source>Compare the ticked strategies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/side_by_side.py"/>
        <source>Open export file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/side_by_side.py"/>
        <source>Open export file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/side_by_side.py"/>
        <source>Review a strategy from an exported JSON file without importing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/side_by_side.py"/>
        <source>Side-by-side message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/side_by_side.py"/>
        <source>Canvases and tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/side_by_side.py"/>
        <source>Comparison tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/side_by_side.py"/>
        <source>Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/side_by_side.py"/>
        <source>Which cards to list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/side_by_side.py"/>
        <source>All cards, differences, or one's gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/side_by_side.py"/>
        <source>Cards compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/side_by_side.py"/>
        <source>Each card and whether each strategy has it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/side_by_side.py"/>
        <source>Coverage per pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/side_by_side.py"/>
        <source>Rules met per rule pack, one column per strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/side_by_side.py"/>
        <source>Findings compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/side_by_side.py"/>
        <source>How often each rule fails in each strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/side_by_side.py"/>
        <location filename="../../views/facilitator/versions.py"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/side_by_side.py"/>
        <source>Open an exported strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/side_by_side.py"/>
        <source>Strategy exports (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/side_by_side.py"/>
        <source>{file} cannot be reviewed: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/side_by_side.py"/>
        <source>{name} (from {file})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/side_by_side.py"/>
        <source>{file} is open for review; it was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/side_by_side.py"/>
        <location filename="../../views/facilitator/versions.py"/>
        <source>Rule pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/side_by_side.py"/>
        <location filename="../../views/facilitator/versions.py"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/side_by_side.py"/>
        <location filename="../../views/facilitator/versions.py"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/side_by_side.py"/>
        <location filename="../../views/facilitator/versions.py"/>
        <source>Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/side_by_side.py"/>
        <source>All cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/side_by_side.py"/>
        <source>Cards not every strategy has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/side_by_side.py"/>
        <source>Missing from {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/side_by_side.py"/>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>not selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>{satisfied} of {applicable} ({share})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>· {planned} planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>✗ lacks it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>✓ has it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>✓ has it ({count}×)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>— none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>from card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>to card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>rule packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>{source} → {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>Card added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>Card removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>from {old} to {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>within {phase}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>Card moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>changed: {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>Card edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>Link added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>Link removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>Link changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>Strategy changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>+{count} rules met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>{count} fewer rules met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>no change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>No changes between these versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>{n} cards added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>{n} removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>{n} moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>{n} edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>{n} links added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>{n} links removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>{n} links changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>{n} findings opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>{n} findings closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>Revision {old} → {new}: {changes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/tables.py"/>
        <source>coverage changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>The agenda is over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>Over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>Last stage of the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>Next: {stage} · {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <location filename="../../views/facilitator/window.py"/>
        <source>Agenda timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>The workshop's current stage, its time left and the next stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>Stage position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>Current stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>About this stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>Timer state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>Stage progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>Share of the stage used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>Next stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>Timer message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>Start, pause or resume the timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>Skip stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>End this stage and start the next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>+5 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>Give this stage five more minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>Back to the first stage, stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>Show the timer on the whole screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>Chime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>A short sound when a stage's time is up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>Flash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>Flash the timer when a stage's time is up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>Move on by itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>When unticked, a stage whose time is up stays and counts the overrun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>All {count} stages done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>Stage {number} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>{time} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>{time} over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>Time is up for {stage}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>Agenda timer (compact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>Current stage and time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>Stage and time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>Start or pause the timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>Timer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>Show the large timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>Open the large agenda timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>Agenda complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>{stage} · {time} over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer.py"/>
        <source>{stage} · {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/timer_control.py"/>
        <source>The agenda is over; reset the timer to start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/versions.py"/>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/versions.py"/>
        <source>Snapshots of the strategy and what changed between them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/versions.py"/>
        <source>Versions of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/versions.py"/>
        <source>Versions message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/versions.py"/>
        <source>Summary of changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/versions.py"/>
        <source>Changes as tables and on the canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/versions.py"/>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/versions.py"/>
        <source>Cards and links changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/versions.py"/>
        <source>What changed, card by card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/versions.py"/>
        <source>Coverage before and after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/versions.py"/>
        <source>Rules met per pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/versions.py"/>
        <source>Findings opened and closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/versions.py"/>
        <source>Findings that changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/versions.py"/>
        <source>Cards and links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/versions.py"/>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/versions.py"/>
        <source>Newer version, changes highlighted (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/versions.py"/>
        <source>Snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/versions.py"/>
        <source>Named copies of the strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/versions.py"/>
        <source>Snapshot name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/versions.py"/>
        <source>For example: before feedback, round 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/versions.py"/>
        <source>Take snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/versions.py"/>
        <source>Keep a named copy of the strategy as it is now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/versions.py"/>
        <source>Compare two versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/versions.py"/>
        <source>Older version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/versions.py"/>
        <source>Newer version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/versions.py"/>
        <source>Show what changed between the two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/versions.py"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/versions.py"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/versions.py"/>
        <source>Snapshot “{name}” taken at revision {revision}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/versions.py"/>
        <source>This strategy already has a snapshot named “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/versions.py"/>
        <source>{name} · revision {revision} · {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/versions.py"/>
        <source>Now · revision {revision}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/versions.py"/>
        <source>Choose two different versions to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/versions.py"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/versions.py"/>
        <source>Card or link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/versions.py"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/versions.py"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/versions.py"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/window.py"/>
        <source>{page} (scrolls)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/window.py"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/window.py"/>
        <source>Timer, scoring, peer review and reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/window.py"/>
        <source>Strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/window.py"/>
        <source>Strategy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/window.py"/>
        <source>Strategy to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/window.py"/>
        <source>Facilitator message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/window.py"/>
        <source>Facilitator tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/window.py"/>
        <source>Versions &amp;&amp; replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/window.py"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/window.py"/>
        <source>Agenda timer page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/window.py"/>
        <source>Edit agenda…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/window.py"/>
        <source>Edit the stages and their minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/window.py"/>
        <source>Report page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/window.py"/>
        <source>The facilitator report: rubric scores per team, coverage per rule pack, common gaps, the peer-feedback digest and every phase's review state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/window.py"/>
        <source>Export facilitator report (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/window.py"/>
        <source>Export the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/window.py"/>
        <source>Export scores (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/window.py"/>
        <source>Export the scores as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/window.py"/>
        <source>Export status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/window.py"/>
        <source>Write the files in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/window.py"/>
        <source>The workshop day is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/window.py"/>
        <source>Reflections are not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/window.py"/>
        <source>Open a strategy to present its scenario's case study.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/window.py"/>
        <source>Choose a strategy to score (and install a rubric).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/window.py"/>
        <source>Peer review needs at least two teams, each with a strategy in this workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/window.py"/>
        <source>Peer feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/window.py"/>
        <source>Review to fill in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/window.py"/>
        <source>Feedback form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/window.py"/>
        <source>{reviewer} reviews {reviewed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/window.py"/>
        <source>No review is assigned in this round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/window.py"/>
        <source>Choose a strategy to review its phases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/window.py"/>
        <source>Choose a strategy to see its versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/facilitator/window.py"/>
        <source>Versions and replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/paged.py"/>
        <source>{page} of {count}: {heading}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{scored} of {total} criteria scored · mean level {mean:.1f}</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>{satisfied} of {applicable} ({share:.0%})</source>
        <translation type="vanished"></translation>
    </message>
</context>
<context>
    <name>facilitator report</name>
    <message>
        <location filename="../../app/review/day_documents.py"/>
        <location filename="../../app/review/report_pdf.py"/>
        <source>Page {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/day_documents.py"/>
        <location filename="../../app/review/report_pdf.py"/>
        <location filename="../../app/review/report_slides.py"/>
        <source>Facilitator report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/day_documents.py"/>
        <location filename="../../app/review/report_pdf.py"/>
        <source>{workshop}: facilitator report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/report_pdf.py"/>
        <source>Rubric scores, coverage, common gaps and peer feedback of {workshop}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/report_slides.py"/>
        <source>not selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/report_slides.py"/>
        <source>an unrecorded date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/report_slides.py"/>
        <source>Law as of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/report_slides.py"/>
        <source>Rule packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/report_slides.py"/>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/report_slides.py"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/report_slides.py"/>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/report_slides.py"/>
        <source>Rubric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/report_slides.py"/>
        <source>{rubric} (version {version})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/report_slides.py"/>
        <source>Teams reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/report_slides.py"/>
        <source>All teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/report_slides.py"/>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/report_slides.py"/>
        <source>Levels: {levels}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/report_slides.py"/>
        <source>Facilitator comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/report_slides.py"/>
        <source>Teams without a strategy: {teams}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/report_slides.py"/>
        <source>Rubric scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/report_slides.py"/>
        <source>{level} {name}: {descriptor}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/report_slides.py"/>
        <source>The rubric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/report_slides.py"/>
        <source>Not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/report_slides.py"/>
        <source>No rule pack was selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/report_slides.py"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/report_slides.py"/>
        <source>Rules in force on {dates}: met by cards in place, and met only by cards planned or in progress (not counted as met), of the rules that apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/report_slides.py"/>
        <source>Coverage per rule pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/report_slides.py"/>
        <source>{team} (planned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/report_slides.py"/>
        <source>Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/report_slides.py"/>
        <source>Applies from {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/report_slides.py"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/report_slides.py"/>
        <source>{count} of {total} teams: {teams}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/report_slides.py"/>
        <source>Findings that most teams share: topics to revisit with the whole room. (planned): the team's board carries the duty only on cards not yet in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/report_slides.py"/>
        <source>No finding is shared by most teams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/report_slides.py"/>
        <source>Upcoming — not yet in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/report_slides.py"/>
        <source>Rules that do not apply yet on the date checked, which most teams would miss.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/report_slides.py"/>
        <source>Common gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/report_slides.py"/>
        <source>mean peer score {score}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/report_slides.py"/>
        <source>No peer feedback received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/report_slides.py"/>
        <source>Peer feedback digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/report_slides.py"/>
        <source>Strengths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/report_slides.py"/>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/report_slides.py"/>
        <source>Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/report_slides.py"/>
        <source>From {reviewer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/report_slides.py"/>
        <source>Score {score} ({level})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/report_slides.py"/>
        <source>{label}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/report_slides.py"/>
        <source>not reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/report_slides.py"/>
        <source>{team}, {phase}: {comment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/report_slides.py"/>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/report_slides.py"/>
        <source>Review states per phase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>finding state</name>
    <message>
        <location filename="../../views/widgets/marks.py"/>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/widgets/marks.py"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/widgets/marks.py"/>
        <source>Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/widgets/marks.py"/>
        <source>Prohibited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/widgets/marks.py"/>
        <source>Planned — not in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/widgets/marks.py"/>
        <source>Upcoming — not yet in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/widgets/marks.py"/>
        <source>Prohibited practice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>findings</name>
    <message>
        <location filename="../../views/docks/finding_details.py"/>
        <source>Prohibited practice: {title}{cite}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_details.py"/>
        <source>{severity}: {title}{cite}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_details.py"/>
        <source>Planned — not in place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_details.py"/>
        <source>Selected finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_details.py"/>
        <source>Finding title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_details.py"/>
        <source>Finding state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_details.py"/>
        <source>What is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_details.py"/>
        <source>Why it matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_details.py"/>
        <source>Reported change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_details.py"/>
        <source>An amendment has been reported but its final text is not verified: not law.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_details.py"/>
        <source>Cards involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_details.py"/>
        <source>Suggested practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_details.py"/>
        <source>The catalog practice the Fix button adds; the best fit comes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_details.py"/>
        <source>Fi&amp;x: add this card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_details.py"/>
        <source>Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_details.py"/>
        <source>Add the suggested practice to its lane, as one step you can undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_details.py"/>
        <source>Fixes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_details.py"/>
        <source>Planned cards, not yet in place: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_details.py"/>
        <source>Cards involved: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_details.py"/>
        <source>No card yet: the strategy lacks this practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_details.py"/>
        <source>Pick a gap or a finding to see what is missing and how to fix it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_details.py"/>
        <source>Why it matters: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_details.py"/>
        <location filename="../../views/docks/finding_text.py"/>
        <source>Reported change, not yet law: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_details.py"/>
        <source>Selected gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_details.py"/>
        <source>{state} · {severity}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_details.py"/>
        <source>Demanded by {citations}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_details.py"/>
        <location filename="../../views/docks/finding_text.py"/>
        <source>Packs: {packs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_details.py"/>
        <source>Why it ranks here: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_details.py"/>
        <source>Fix: add “{entry}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_details.py"/>
        <source>No catalog card fixes this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_details.py"/>
        <source>No catalog card fixes this; edit the canvas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_details.py"/>
        <source>Nothing to add: the practice is planned. It counts once its cards are in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_details.py"/>
        <source>Not in force yet on the date checked: nothing is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_details.py"/>
        <source>No card can fix a prohibited practice: the use must change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_details.py"/>
        <source>Satisfies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_details.py"/>
        <source>The rules the selected card counts towards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_details.py"/>
        <source>Selected card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_details.py"/>
        <source>Rules satisfied by the selected card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_details.py"/>
        <source>Pack, citation and title of each rule this card helps satisfy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_details.py"/>
        <source>Select a card to see which rules it satisfies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_details.py"/>
        <source>“{title}” does not yet satisfy a rule of the selected packs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_details.py"/>
        <source>“{title}” counts towards {n} rules in {p} packs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_details.py"/>
        <source>✓ {citation} — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_filters.py"/>
        <source>Finding filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_filters.py"/>
        <source>All severities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_filters.py"/>
        <source>Severity filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_filters.py"/>
        <source>Show findings of one severity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_filters.py"/>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_filters.py"/>
        <source>State filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_filters.py"/>
        <source>Show only missing, only planned (not in place), only upcoming or prohibited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_filters.py"/>
        <source>Pack filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_filters.py"/>
        <source>Show findings of one rule pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_filters.py"/>
        <source>Filter by words…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_filters.py"/>
        <source>Text filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_filters.py"/>
        <source>Show findings whose title, message or citation contain these words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_filters.py"/>
        <source>All packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_header.py"/>
        <location filename="../../views/docks/finding_text.py"/>
        <source>Prohibited practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_header.py"/>
        <source>The use involves a practice the law prohibits; no card can fix it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_header.py"/>
        <source>No-entry sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_header.py"/>
        <source>Prohibited practice — this use cannot go ahead as planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_header.py"/>
        <source>No card can fix this: the use itself must change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_header.py"/>
        <source>Check header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_header.py"/>
        <source>Date of the law applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_header.py"/>
        <source>The date whose law the check applied; set another in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_header.py"/>
        <source>{pack}: {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_names.py"/>
        <source>Lifecycle structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_names.py"/>
        <source>{title} · {phase}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_text.py"/>
        <source>Applies from {date}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_text.py"/>
        <source>Upcoming — not yet in force on the date checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_text.py"/>
        <source>Upcoming — applies from {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_text.py"/>
        <source>Missing · {severity}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_text.py"/>
        <source>Planned — not in place · {severity}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_text.py"/>
        <source>Rule id: {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_text.py"/>
        <source>Rule ids: {ids}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_text.py"/>
        <source>{citation} · {pack}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_text.py"/>
        <source>· and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_text.py"/>
        <location filename="../../views/docks/finding_tree.py"/>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_text.py"/>
        <location filename="../../views/docks/finding_tree.py"/>
        <source>Planned, not in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_text.py"/>
        <source>Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_text.py"/>
        <source>{rank}. {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_text.py"/>
        <source>1 rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_text.py"/>
        <source>{n} rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_text.py"/>
        <source>1 pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_text.py"/>
        <source>{n} packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_text.py"/>
        <source>A prohibited practice outranks every other gap: no card can make it lawful; the use itself must change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_text.py"/>
        <source>{severity}, demanded by {rules} in {packs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_text.py"/>
        <source>; the drills attach {harm} harm per day to its absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_text.py"/>
        <source>; only planned while the system is already live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_text.py"/>
        <source>; planned, but not in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_text.py"/>
        <source>Demanded by: {citations}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_text.py"/>
        <source>Rank {rank}, {state}: {title}. Demanded by {citations}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_text.py"/>
        <source>1 error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_text.py"/>
        <source>1 warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_text.py"/>
        <source>1 suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_text.py"/>
        <source>{n} errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_text.py"/>
        <source>{n} warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_text.py"/>
        <source>{n} suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_text.py"/>
        <source>Checked against the law as it stands on {date} — the date set in the profile, not today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_text.py"/>
        <source>Checked against the law on {date} (today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_text.py"/>
        <source>✓ No gaps: every rule in force is met by practices in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_text.py"/>
        <source>{n} gaps: {missing} missing, {planned} planned but not in place ({counts}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_text.py"/>
        <source>A prohibited practice blocks this use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_text.py"/>
        <source>1 more rule is upcoming (not yet in force).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_text.py"/>
        <source>{n} more rules are upcoming (not yet in force).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_text.py"/>
        <source>Showing {n} of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_tree.py"/>
        <source>Prohibited practices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_tree.py"/>
        <source>Upcoming — not yet in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_tree.py"/>
        <source>{status} · {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_tree.py"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_tree.py"/>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_tree.py"/>
        <source>Citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_tree.py"/>
        <source>Findings list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_tree.py"/>
        <source>First the gaps that would hurt first, then the other findings by rule pack and state. Selecting one highlights its cards on the canvas; Enter adds the suggested card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_tree.py"/>
        <source>The gaps that would hurt first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/finding_tree.py"/>
        <source>{title} ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/findings.py"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/findings.py"/>
        <source>What the strategy still lacks for the selected packs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/findings.py"/>
        <source>Findings panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/findings.py"/>
        <source>No check has run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/findings.py"/>
        <source>Findings summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fix: add this card</source>
        <translation type="vanished"></translation>
    </message>
</context>
<context>
    <name>guide</name>
    <message>
        <location filename="../../views/docks/guide.py"/>
        <source>Guide phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/guide.py"/>
        <source>Which phase the guide explains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/guide.py"/>
        <source>What this phase is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/guide.py"/>
        <source>Questions to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/guide.py"/>
        <source>Cards that answer these questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/guide.py"/>
        <source>Drag a card onto a lane, or press Enter to place it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/guide.py"/>
        <source>Cards that answer them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/guide.py"/>
        <source>Cards heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/guide.py"/>
        <source>Phase guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/guide.py"/>
        <source>Phase guide contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/guide.py"/>
        <source>Show full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/guide.py"/>
        <source>Show the guide full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/guide.py"/>
        <source>For the facilitator's Explain stage; Esc closes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/guide.py"/>
        <source>Phase guide, full screen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <location filename="../../views/dialogs/about.py"/>
        <source>About MLOps Lifecycle Canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/about.py"/>
        <source>MLOps Lifecycle Canvas {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/about.py"/>
        <source>Application and version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/about.py"/>
        <source>Runs on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/about.py"/>
        <source>Content library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/about.py"/>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/about.py"/>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/about.py"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/about.py"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/about.py"/>
        <source>Log file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/about.py"/>
        <source>Content files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/about.py"/>
        <source>Rule packs loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/about.py"/>
        <source>Rule pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/about.py"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/about.py"/>
        <source>Effective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/about.py"/>
        <source>Source and integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/about.py"/>
        <location filename="../../views/dialogs/guide.py"/>
        <location filename="../../views/dialogs/shortcuts.py"/>
        <source>Dialog buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/about.py"/>
        <source>&amp;Licence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/about.py"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/about.py"/>
        <source>Cl&amp;ose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/about.py"/>
        <source>Rule packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/guide.py"/>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/guide.py"/>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/guide.py"/>
        <source>Find in the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/guide.py"/>
        <source>Word to find; Enter for the next one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/guide.py"/>
        <source>Find result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/guide.py"/>
        <location filename="../../views/dialogs/shortcuts.py"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/guide.py"/>
        <location filename="../../views/dialogs/shortcuts.py"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/guide.py"/>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/guide.py"/>
        <source>Screenshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/shortcuts.py"/>
        <source>Canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/shortcuts.py"/>
        <source>Arrow keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/shortcuts.py"/>
        <source>Move the focus to the nearest card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/shortcuts.py"/>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/shortcuts.py"/>
        <source>Open the focused card in the inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/shortcuts.py"/>
        <source>Tab, Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/shortcuts.py"/>
        <source>Move between panels and fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/shortcuts.py"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/shortcuts.py"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/shortcuts.py"/>
        <source>Does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/shortcuts.py"/>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/help.py"/>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/help.py"/>
        <source>Facilitator guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/help.py"/>
        <source>Help is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/help.py"/>
        <source>Apache License 2.0 ({spdx})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/help.py"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/help.py"/>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/help.py"/>
        <source>&amp;Facilitator guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/help.py"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/help.py"/>
        <source>&amp;About MLOps Lifecycle Canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation type="vanished"></translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <location filename="../../app/review/replay.py"/>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/replay.py"/>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/replay.py"/>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/replay.py"/>
        <source>capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/replay.py"/>
        <source>owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/replay.py"/>
        <source>cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/replay.py"/>
        <source>Added {card} to {phase}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/replay.py"/>
        <source>Removed {card}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/replay.py"/>
        <source>Moved a card from {source} to {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/replay.py"/>
        <source>Moved a card within {phase}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/replay.py"/>
        <source>Edited a card ({fields})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/replay.py"/>
        <source>Linked two cards ({kind})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/replay.py"/>
        <source>Removed a link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/replay.py"/>
        <source>Changed a link to {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/replay.py"/>
        <source>Changed the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/replay.py"/>
        <source>Chose rule packs: {packs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/replay.py"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/replay.py"/>
        <source>Renamed the strategy to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/review/replay.py"/>
        <source>%n change(s) at once</source>
        <translation>
            <numerusform>%n change at once</numerusform>
            <numerusform>%n changes at once</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/workbench.py"/>
        <source>Undo history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/workbench.py"/>
        <source>Every change; click one to go back to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/workbench.py"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inspector</name>
    <message>
        <location filename="../../views/docks/inspector.py"/>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py"/>
        <source>Inspector pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py"/>
        <source>Select a card to see and edit it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py"/>
        <source>Nothing selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py"/>
        <source>Inspector contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py"/>
        <source>The card's title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py"/>
        <source>Free notes; saved as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py"/>
        <source>Owner role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py"/>
        <source>Who owns this practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py"/>
        <source>How far it has come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py"/>
        <source>Cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py"/>
        <source>How often the practice runs. A one-off activity cannot notice what happens later, in operation; the drills time detection by it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py"/>
        <source>Capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py"/>
        <source>What this practice provides; the rules check these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py"/>
        <source>Catalog description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py"/>
        <source>Link to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py"/>
        <source>Link this card to another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py"/>
        <source>Choose a target card and the kind of link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py"/>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py"/>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py"/>
        <source>&amp;Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py"/>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py"/>
        <source>C&amp;adence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py"/>
        <source>&amp;Capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py"/>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py"/>
        <source>Link kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py"/>
        <source>What the link means.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py"/>
        <source>A custom card of this team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py"/>
        <source>A card needs a title; the old one was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py"/>
        <source>Titles are at most {n} characters; the title was shortened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py"/>
        <source>Notes are at most {n} characters; the rest was cut off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../views/editor.py"/>
        <source>Unknown practice {key!r}: nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/editor.py"/>
        <source>Add “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/editor.py"/>
        <source>Move {n} cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/editor.py"/>
        <source>Move to {phase}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/editor.py"/>
        <source>Nudge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/editor.py"/>
        <source>Not changed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/editor.py"/>
        <source>Edit “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/editor.py"/>
        <source>Delete {n} items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/editor.py"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/editor.py"/>
        <source>Arrange {phase}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/editor.py"/>
        <source>Catalog titles in {language}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/editor.py"/>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/editor.py"/>
        <source>Change link kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/editor.py"/>
        <source>Not renamed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/editor.py"/>
        <source>Rename strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/editor.py"/>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>languages</name>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>links</name>
    <message>
        <location filename="../../views/items/link_item.py"/>
        <source>runs against the lifecycle direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/labels.py"/>
        <source>flows into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/labels.py"/>
        <source>gates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/labels.py"/>
        <source>triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/labels.py"/>
        <source>feeds back to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>mlops-canvas: no interface language {code!r}; use {codes}.</source>
        <translation type="vanished"></translation>
    </message>
</context>
<context>
    <name>markdown</name>
    <message>
        <location filename="../../app/export/markdown.py"/>
        <source>Links:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/markdown.py"/>
        <source>**{label}:** {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/markdown.py"/>
        <source>Rule pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/markdown.py"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/markdown.py"/>
        <source>In place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/markdown.py"/>
        <source>Planned, not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/markdown.py"/>
        <source>In force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/markdown.py"/>
        <source>Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/markdown.py"/>
        <source>In place share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/markdown.py"/>
        <source>Exported {when}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <location filename="../../views/actions.py"/>
        <source>Menu bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/actions.py"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/actions.py"/>
        <source>New &amp;workshop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/actions.py"/>
        <source>&amp;Teams…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/actions.py"/>
        <source>&amp;New strategy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/actions.py"/>
        <source>&amp;Rename strategy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/actions.py"/>
        <source>&amp;Delete strategy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/actions.py"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/actions.py"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/actions.py"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/actions.py"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/actions.py"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/actions.py"/>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/actions.py"/>
        <source>Duplica&amp;te</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/actions.py"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/actions.py"/>
        <source>&amp;Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/actions.py"/>
        <source>&amp;Custom card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/actions.py"/>
        <source>&amp;Link to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/actions.py"/>
        <source>&amp;Move to phase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/actions.py"/>
        <source>Move to &amp;previous phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/actions.py"/>
        <source>Move to &amp;next phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/actions.py"/>
        <source>Nudge left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/actions.py"/>
        <source>Nudge right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/actions.py"/>
        <source>Nudge up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/actions.py"/>
        <source>Nudge down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/actions.py"/>
        <source>&amp;Arrange lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/actions.py"/>
        <source>Catalog &amp;titles in this language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/actions.py"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/actions.py"/>
        <source>&amp;Palette search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/actions.py"/>
        <source>&amp;Canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/actions.py"/>
        <source>&amp;Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/actions.py"/>
        <source>&amp;Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/actions.py"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/actions.py"/>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/actions.py"/>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/actions.py"/>
        <source>Fit lanes to &amp;width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/actions.py"/>
        <source>Whole &amp;board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/actions.py"/>
        <source>Actual size (100%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/actions.py"/>
        <source>Zoom to &amp;lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/actions.py"/>
        <source>&amp;Presentation mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/actions.py"/>
        <source>&amp;High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/actions.py"/>
        <source>&amp;Font scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/actions.py"/>
        <source>P&amp;anels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/translation.py"/>
        <source>Lan&amp;guage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/translation.py"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/translation.py"/>
        <source>The interface will be in {language} at the next start of the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/translation.py"/>
        <source>&amp;Restart now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/translation.py"/>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/translation.py"/>
        <source>Restarting closes this window (every edit is already saved) and opens the same workshop again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>metadata</name>
    <message>
        <location filename="../../app/export/batch.py"/>
        <source>coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/batch.py"/>
        <location filename="../../app/review/day_documents.py"/>
        <location filename="../../app/review/report_pdf.py"/>
        <source>workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/pdfdoc.py"/>
        <source>MLOps strategy for {scenario} — {workshop}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/pdfdoc.py"/>
        <source>AI governance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/day_documents.py"/>
        <source>reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/day_documents.py"/>
        <location filename="../../app/review/report_pdf.py"/>
        <source>facilitator report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outline</name>
    <message>
        <location filename="../../views/docks/outline.py"/>
        <source>Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/outline.py"/>
        <source>Strategy outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/outline.py"/>
        <source>Every phase with its cards, owners, statuses and links. F2 renames the selected card; the buttons below move, link or delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/outline.py"/>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/outline.py"/>
        <source>Rename the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/outline.py"/>
        <source>Move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/outline.py"/>
        <source>Move the card to another phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/outline.py"/>
        <source>Link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/outline.py"/>
        <source>Link the card to another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/outline.py"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/outline.py"/>
        <source>Delete the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/outline.py"/>
        <source>Acts on the card selected in the outline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/outline.py"/>
        <source>{phase} ({n} cards)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/outline.py"/>
        <source>A card needs a title; the old one was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/outline.py"/>
        <source>Titles are at most {n} characters; the title was shortened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>packs</name>
    <message>
        <location filename="../../views/dialogs/packs.py"/>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/packs.py"/>
        <source>modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/packs.py"/>
        <source>unsigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/packs.py"/>
        <source>{title}
{version} · in effect from {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/packs.py"/>
        <source> · {where} ({status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/packs.py"/>
        <source>shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/packs.py"/>
        <source>agency folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/packs.py"/>
        <source>Rule packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/packs.py"/>
        <source>Choose the frameworks the strategy is checked against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/packs.py"/>
        <source>Available rule packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/packs.py"/>
        <source>Tick a pack to check the strategy against it; Space toggles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/packs.py"/>
        <source>Pack notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/packs.py"/>
        <source>&amp;Suggest for this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/packs.py"/>
        <source>Suggest packs for this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/packs.py"/>
        <source>Select exactly the packs whose conditions hold for the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/packs.py"/>
        <source>{key}
not installed on this machine: its rules are not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/packs.py"/>
        <source>Could not load {file}
{problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/packs.py"/>
        <source>{n} pack files could not be loaded; they are listed with the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/packs.py"/>
        <source>{n} packs loaded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>palette</name>
    <message>
        <location filename="../../views/docks/palette.py"/>
        <source>Owner: {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/palette.py"/>
        <source>Provides: {caps}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/palette.py"/>
        <source>Palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/palette.py"/>
        <source>Search practices, e.g. bias, drift, appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/palette.py"/>
        <source>Search the palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/palette.py"/>
        <source>Filters practices by title, description and capabilities as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/palette.py"/>
        <source>Practice catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/palette.py"/>
        <source>Practices grouped by phase. Drag one onto a lane, or press Enter to place it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/palette.py"/>
        <source>Custom card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/palette.py"/>
        <source>Add a custom card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/palette.py"/>
        <source>Create your own practice and choose the capabilities it provides.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phases</name>
    <message>
        <location filename="../../views/labels.py"/>
        <source>Data Management &amp; Preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/labels.py"/>
        <source>Model Development &amp; Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/labels.py"/>
        <source>Model Evaluation &amp; Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/labels.py"/>
        <source>Model Deployment &amp; Serving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/labels.py"/>
        <source>Monitoring &amp; Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/labels.py"/>
        <source>Feedback Loop &amp; Continuous Improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/labels.py"/>
        <source>Governance (cross-cutting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/labels.py"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/labels.py"/>
        <source>Development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/labels.py"/>
        <source>Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/labels.py"/>
        <source>Deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/labels.py"/>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/labels.py"/>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/labels.py"/>
        <source>Governance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plan</name>
    <message>
        <location filename="../../app/export/actions.py"/>
        <source>Every card is in place: no open actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/actions.py"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/actions.py"/>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/actions.py"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/actions.py"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/actions.py"/>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/export/actions.py"/>
        <source>%n open action(s) (in progress first, then planned)</source>
        <translation>
            <numerusform>%n open action (in progress first, then planned)</numerusform>
            <numerusform>%n open actions (in progress first, then planned)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/export/board_drawing.py"/>
        <location filename="../../app/export/phase_slides.py"/>
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/export/board_layout.py"/>
        <location filename="../../app/export/overview.py"/>
        <location filename="../../app/export/phase_slides.py"/>
        <source>No owner yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/deck.py"/>
        <location filename="../../app/export/handout.py"/>
        <location filename="../../app/export/pdfdoc.py"/>
        <location filename="../../app/export/textflow.py"/>
        <source>(continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <source>MLOps strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <source>No team members recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <source>Who owns what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <source>— nobody in the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <source>Cards owned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <source>Team members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <source>The canvas has no cards yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <source>Team and roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <source>None given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <source>Deployer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <source>Provider and deployer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <source>EU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <source>UK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <source>CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <source>US-FEDERAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <source>OTHER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <source>Scenario: {scenario}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <source>Challenges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <source>Profile (as edited by the team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/pdfdoc.py"/>
        <source>Exported {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/phase_slides.py"/>
        <source>Lifecycle canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/phase_slides.py"/>
        <source>{cards} cards and {links} links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/phase_slides.py"/>
        <source>no cards yet in {phases}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/phase_slides.py"/>
        <source>Owner: {owner}  ·  Status: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/phase_slides.py"/>
        <source>Provides: {capabilities}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/phase_slides.py"/>
        <source>Looks: {cadence}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/phase_slides.py"/>
        <source>Links: {targets}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/phase_slides.py"/>
        <source>Phase {number} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/phase_slides.py"/>
        <source>Cross-cutting controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biometrics</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>Critical infrastructure</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>Employment</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>Essential services</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>Law enforcement</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>Migration</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>Justice democracy</source>
        <translation type="vanished"></translation>
    </message>
</context>
<context>
    <name>presentation</name>
    <message>
        <location filename="../../app/export/presentation.py"/>
        <source>No team members recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py"/>
        <source>facilitated by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py"/>
        <source>MLOps strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py"/>
        <source>What the system does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py"/>
        <source>The goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py"/>
        <source>The hard part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py"/>
        <source>The scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/export/presentation.py"/>
        <source>%n in place</source>
        <translation>
            <numerusform>%n in place</numerusform>
            <numerusform>%n in place</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/export/presentation.py"/>
        <source>%n in progress</source>
        <translation>
            <numerusform>%n in progress</numerusform>
            <numerusform>%n in progress</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/export/presentation.py"/>
        <source>%n planned</source>
        <translation>
            <numerusform>%n planned</numerusform>
            <numerusform>%n planned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/export/presentation.py"/>
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py"/>
        <source>The board has no cards yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py"/>
        <source>The board</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/export/presentation.py"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py"/>
        <source>The lifecycle's own structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py"/>
        <source>Planned, not yet in place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py"/>
        <source>Close it with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py"/>
        <source>The gaps that would hurt first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py"/>
        <source>This strategy was not checked before export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py"/>
        <source>law of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py"/>
        <source>Blocking: a prohibited practice — %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py"/>
        <source>Ranked by what would hurt first</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/export/presentation.py"/>
        <source>and %n more gap(s)</source>
        <translation>
            <numerusform>and %n more gap</numerusform>
            <numerusform>and %n more gaps</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py"/>
        <source>Findings: %1%2 — all in the full plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py"/>
        <source>Findings: %1 — ranked in the full plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py"/>
        <source>No gaps: every rule in force is carried by cards in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py"/>
        <source>Put “%1” in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py"/>
        <source>to be named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py"/>
        <source>Add “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py"/>
        <source>Finish “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py"/>
        <source>Start “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py"/>
        <source>Every card is in place and no gap is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py"/>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py"/>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/export/presentation.py"/>
        <source>+ %n more in the full plan's action list.</source>
        <translation>
            <numerusform>+ %n more in the full plan's action list.</numerusform>
            <numerusform>+ %n more in the full plan's action list.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py"/>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py"/>
        <source>Closing the top gaps first, then what is under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py"/>
        <source>Checked against the law as of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py"/>
        <source>Rule pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py"/>
        <source>File hash (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py"/>
        <source>No rule pack was selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py"/>
        <source>Versions, every card, finding and citation: in the full plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py"/>
        <source>How it was checked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>profile</name>
    <message>
        <location filename="../../app/export/overview.py"/>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>An AI system in the sense of EU AI Act Art. 3(1): it infers from its inputs how to produce outputs, with some autonomy. A fixed rules engine is not — but if it decides about people it is still an automated decision system (Canada's DADM, GDPR Art. 22).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Processes personal data (GDPR Art. 4(1)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Processes special-category data: health, ethnicity, religion, biometrics… (GDPR Art. 9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Makes or supports decisions about individual people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Those decisions have legal or similarly significant effects on people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Decisions are taken without meaningful human involvement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Evaluates personal aspects of people (GDPR Art. 4(4)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>People interact with the system or see its output directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Generates text, images or other content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Output is a principal basis for decisions with significant effects on rights or safety (US OMB M-25-21 'high-impact AI').</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>The agency is a public authority: a body governed by public law, or one acting on its behalf (EU AI Act Art. 26(8), 27(1), 49(3); Canada's DADM binds federal institutions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>A private body providing a public service (EU AI Act Art. 27(1) rights impact assessment), as distinct from a public authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Scores or flags people for investigation, audit or control (a fraud risk list, a case selected for review) — they are affected even before any final decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Affects people in vulnerable situations: children, benefit claimants, patients, asylum seekers (EU AI Act Art. 9(9); a DPIA trigger on most national lists).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Systematically monitors publicly accessible areas on a large scale (GDPR Art. 35(3)(c)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Processes special-category data to detect and correct bias (EU AI Act Art. 10(5)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>The provider relies on EU AI Act Art. 6(3): the Annex III system only does a narrow procedural or preparatory task and poses no significant risk (unavailable when it profiles people).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Practices of EU AI Act Art. 5(1) that the use involves (screened by the questionnaire); any of them is prohibited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>The date on which to evaluate the law (the planned go-live, say); today when not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Processes personal data on a large scale: many people, much data, or a wide area (GDPR Art. 35(3)(b)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Keeps learning after deployment, so its outputs can feed its future inputs (EU AI Act Art. 15(4) feedback loops).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Where it is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Impact level I–IV (Canada's DADM, Appendix B).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>EU AI Act Annex III high-risk area, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/overview.py"/>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>The agency builds the system (provider), uses it (deployer), or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile.py"/>
        <source>Profile editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile.py"/>
        <source>The facts about the AI system that decide which rules apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile.py"/>
        <source>Profile fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile.py"/>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile.py"/>
        <source>Check the law as of today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile.py"/>
        <source>Untick to check the law as it stands on another date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile.py"/>
        <source>Rules not yet in force on this date show as upcoming, not as gaps. Pick the planned go-live to see what will apply then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile.py"/>
        <source>EU AI Act: exemption and prohibitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile.py"/>
        <source>Art. 6(3) takes some Annex III uses out of the high-risk regime; Art. 5 prohibits some uses outright.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile.py"/>
        <source>Tick any the use involves. A prohibited practice blocks the check: no card can make it lawful.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile.py"/>
        <source>Risk classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile.py"/>
        <source>Level {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile.py"/>
        <source>Profile and rule packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile.py"/>
        <source>&amp;Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile.py"/>
        <source>&amp;Questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile.py"/>
        <source>&amp;Rule packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile.py"/>
        <source>Dialog buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>What kind of system this is, and who runs it: decides which laws apply at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Decisions about people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>How the system touches people: who is decided about, selected or affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>What personal data it processes, how much and how.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Subliminal, manipulative or deceptive techniques that distort behaviour and cause significant harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Exploiting vulnerabilities of age, disability or social or economic situation to distort behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Social scoring: rating people over time by social behaviour or traits, leading to unjustified detrimental treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Predicting that a person will commit a crime solely from profiling or personality traits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Building facial-recognition databases by untargeted scraping of the internet or CCTV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Emotion recognition in the workplace or in education (outside medical or safety reasons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Biometric categorisation to infer race, political opinions, religion, sex life or similar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Real-time remote biometric identification in public spaces for law enforcement (narrow exceptions, Art. 5(2)–(7))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Processes personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Processes special-category data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Profiles people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Makes or supports decisions about people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Decisions have legal or similar effects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Decisions are solely automated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>High-impact AI (principal basis for decisions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Public-facing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Generative AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>An AI system (infers its outputs), not a fixed rules engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Public authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Private body providing a public service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Selects people for investigation or control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Affects people in vulnerable situations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Monitors public areas on a large scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Uses special-category data to detect and correct bias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Relies on the AI Act Art. 6(3) derogation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>EU AI Act Art. 5 prohibited practices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Check the law as it stands on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Personal data on a large scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Keeps learning after deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Jurisdictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Impact level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>EU AI Act Annex III area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Role under the EU AI Act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Manipulative or deceptive techniques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Exploiting vulnerabilities (age, disability, social situation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Social scoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Predicting crime solely from profiling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Untargeted scraping of facial images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Emotion recognition at work or in education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Biometric categorisation by sensitive traits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Real-time remote biometric identification for policing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>5(1)({point}) {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>European Union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>United Kingdom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Canada (federal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>United States (federal agency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>None — not an Annex III use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Biometrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Critical infrastructure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Education and vocational training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Employment and workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Essential public services and benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Law enforcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Migration, asylum and border control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Justice and democratic processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>{point}. {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Provider — we build it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Deployer — we use one built by others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/profile_labels.py"/>
        <source>Provider and deployer — both</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>questionnaire</name>
    <message>
        <location filename="../../app/checker/questionnaire.py"/>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>A person decides; the output is one input among others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/questionnaire.py"/>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>A person reviews each output before it takes effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/questionnaire.py"/>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>The output takes effect without case-by-case human review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/questionnaire.py"/>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Easily reversed and brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/questionnaire.py"/>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Likely reversible and short-term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/questionnaire.py"/>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Difficult to reverse, possibly ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/questionnaire.py"/>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Irreversible or lasting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/questionnaire.py"/>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Fewer than a thousand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/questionnaire.py"/>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Thousands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/questionnaire.py"/>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>A large share of the population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/questionnaire.py"/>
        <source>{why}: +{points}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/questionnaire.py"/>
        <source>Uses personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/questionnaire.py"/>
        <source>Uses special-category data (GDPR Art. 9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/questionnaire.py"/>
        <source>Evaluates personal aspects of people (profiling)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/questionnaire.py"/>
        <source>Human role: {choice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/questionnaire.py"/>
        <source>The output is the main basis for the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/questionnaire.py"/>
        <source>Decisions affect rights, benefits, liberty or access to services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/questionnaire.py"/>
        <source>Harm is {choice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/questionnaire.py"/>
        <source>People in vulnerable situations are affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/questionnaire.py"/>
        <source>Scale: {choice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/questionnaire.py"/>
        <source>Score {score} of {most} ({share}): impact level {level} (thresholds as in Canada's AIA tool: up to 25 % I, 50 % II, 75 % III, above that IV).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire.py"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire.py"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire.py"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire.py"/>
        <source>{field}: {old} → {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire.py"/>
        <source>Question {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire.py"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire.py"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire.py"/>
        <source>— not answered —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire.py"/>
        <source>Guided questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire.py"/>
        <source>Answer plain questions; the impact level and profile facts follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire.py"/>
        <source>Answer what you can; follow-up questions appear when they matter. Unanswered questions keep the current profile's facts. The impact level is a workshop estimate on the thresholds of Canada's AIA tool, not an official assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire.py"/>
        <source>How the questionnaire works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire.py"/>
        <source>Questions and reasoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire.py"/>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire.py"/>
        <source>Reasoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire.py"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire.py"/>
        <source>Reasoning lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire.py"/>
        <source>Each answer's points and what the resulting profile means.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire.py"/>
        <source>Rule packs that apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire.py"/>
        <source>For each rule pack, whether it applies to the answers' profile and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire.py"/>
        <source>Which rule packs apply, and why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire.py"/>
        <source>Which rule packs apply, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire.py"/>
        <source>What would change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire.py"/>
        <source>Appl&amp;y this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire.py"/>
        <source>Apply this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire.py"/>
        <source>Replace the strategy's profile with the one the answers give (undoable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire.py"/>
        <source>These answers cannot be assessed: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire.py"/>
        <source>{n} of {asked} questions answered. Impact level {level} (score {score}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire.py"/>
        <source>Applying changes: {changes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire.py"/>
        <source>Applying would not change the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Does the system learn from data or infer its outputs (machine learning, a statistical or language model) — rather than only apply fixed rules written by people?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>An AI system in the sense of EU AI Act Art. 3(1). A fixed rules engine is not one, so the AI Act does not apply — but if it decides about people it is still an automated decision system for Canada's directive and GDPR Art. 22 (Robodebt was rules-based).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Is the agency a public authority — a body governed by public law, or one acting on its behalf?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>A ministry, agency, municipality, public hospital or school, or a contractor acting for one. It decides the EU AI Act's registration of use (Arts. 26(8), 49(3)), its rights impact assessment (Art. 27) and whether Canada's directive binds the agency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Is it a private body providing a public service?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>A private provider of a public service must also assess fundamental rights before using a high-risk system (EU AI Act Art. 27(1)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Does the system use information about identifiable people?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Does it use health, ethnic origin, religion, biometric, sexual-orientation, political or trade-union data — or close proxies for them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Is the personal data processed on a large scale — many people, a large volume of records, or a whole region or country?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>GDPR Art. 35(3)(b): special-category data on a large scale always needs a data protection impact assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Does it evaluate or predict personal aspects of people (behaviour, reliability, risk, needs)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Will special-category data be used to detect and correct bias?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>EU AI Act Art. 10(5) allows it only when strictly necessary and with safeguards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Does it systematically monitor publicly accessible areas on a large scale (cameras, sensors, number-plate readers)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>GDPR Art. 35(3)(c): always needs a data protection impact assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Does it score or select people for investigation, audit or control (a fraud risk list, cases picked for review)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>People selected by a score are affected before any final decision: they must be told and be able to contest it (Robodebt, the Dutch childcare benefits, SyRI).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Does its output make or help make decisions about individual people?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Can such a decision affect someone's rights, benefits, liberty, legal status or access to a service?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>What do people do with the output?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Is the output the main basis for the decision (staff rarely depart from it)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>If the system gets it wrong, how hard is the harm to undo?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Are people in vulnerable situations affected (children, benefit claimants, patients, asylum seekers)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>How many people does it affect each year?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Do members of the public interact with it or see its output directly?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Could a failure harm people's health or safety, or disrupt critical services (water, power, transport, emergency response)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>US OMB M-25-21 counts AI whose output is a principal basis for actions with a significant effect on safety as high-impact, even when no individual decision is made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Does it generate text, images, audio or video?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Will the model keep learning from new data while in service, without a new release being tested and approved?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Online learning or automatic retraining: its own outputs can become its future inputs (EU AI Act Art. 15(4), feedback loops).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Where is it used?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>European Union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>United Kingdom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Canada (federal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>United States (federal agency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Does the use fall in one of the EU AI Act's high-risk areas (Annex III)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>None of these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Biometric identification or categorisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Safety of critical infrastructure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Education and vocational training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Employment and workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Access to essential public services and benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Law enforcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Migration, asylum and border control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Justice and democratic processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>If it is in one of those areas: does it only perform a narrow procedural or preparatory task, without replacing or materially influencing a person's assessment?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>EU AI Act Art. 6(3): the provider may then document that it is not high-risk (Art. 6(4)) and must still register it (Art. 49(2)). Never available when the system profiles people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Does the use involve any of these practices?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>EU AI Act Art. 5(1): prohibited since 2 February 2025. Any of them blocks the use (narrow exceptions for 5(1)(h), with prior authorisation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Subliminal, manipulative or deceptive techniques that distort behaviour and cause significant harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Exploiting vulnerabilities of age, disability or social or economic situation to distort behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Social scoring: rating people over time by social behaviour or traits, leading to unjustified detrimental treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Predicting that a person will commit a crime solely from profiling or personality traits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Building facial-recognition databases by untargeted scraping of the internet or CCTV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Emotion recognition in the workplace or in education (outside medical or safety reasons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Biometric categorisation to infer race, political opinions, religion, sex life or similar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Real-time remote biometric identification in public spaces for law enforcement (narrow exceptions, Art. 5(2)–(7))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Does the agency build the system, use one built by others, or both?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>We build it (provider)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>We use it (deployer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/dialogs/questionnaire_texts.py"/>
        <source>Both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply this profile</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="vanished"></translation>
    </message>
</context>
<context>
    <name>rail</name>
    <message>
        <location filename="../../views/rail.py"/>
        <source>Panel rail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/rail.py"/>
        <source>Opens and closes the side panels; each has a function key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/rail.py"/>
        <source>Panel buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/rail.py"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/rail.py"/>
        <source>Close every panel, or bring them back (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/rail.py"/>
        <source>{panel} ({key}): open, bring forward or close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/rail.py"/>
        <source>Canvas and panel rail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>review</name>
    <message>
        <location filename="../../app/review/compare.py"/>
        <source>Pick at least two strategies to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/compare.py"/>
        <source>The same strategy is picked twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/compare.py"/>
        <source>Only strategies of the same scenario can be compared side by side (these are for {scenarios}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/peers.py"/>
        <source>Team {team} is not reviewed by anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/peers.py"/>
        <source>Team {team} is reviewed {times} times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/peers.py"/>
        <source>Team {team} has nothing to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/peers.py"/>
        <source>Team {team} is in the round but not in the workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/review_slides.py"/>
        <source>not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/review_slides.py"/>
        <source>Rubric scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/review_slides.py"/>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/review_slides.py"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/review_slides.py"/>
        <source>What the level means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/review_slides.py"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/review_slides.py"/>
        <source>Review per phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/review_slides.py"/>
        <source>{phase}: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/review_slides.py"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/review_slides.py"/>
        <source>Peer feedback received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/states.py"/>
        <source>Only the team reports a phase as corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/states.py"/>
        <source>Say what the team should correct in this phase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/states.py"/>
        <source>not reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/review/states.py"/>
        <source>The {phase} phase is {state}; only a phase marked to be corrected can be reported as corrected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <location filename="../../views/labels.py"/>
        <source>Data scientist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/labels.py"/>
        <source>IT operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/labels.py"/>
        <source>Project manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/labels.py"/>
        <source>Policy &amp; legal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/labels.py"/>
        <source>Privacy &amp; ethics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/labels.py"/>
        <source>Domain expert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/labels.py"/>
        <source>No owner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scope</name>
    <message>
        <location filename="../../app/checker/scope.py"/>
        <source>used in the EU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/scope.py"/>
        <source>used in the United Kingdom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/scope.py"/>
        <source>used by a Canadian federal institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/scope.py"/>
        <source>used by a US federal agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/scope.py"/>
        <source>used elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/scope.py"/>
        <source>an AI system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/scope.py"/>
        <source>not an AI system (it applies fixed rules)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/scope.py"/>
        <source>processes personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/scope.py"/>
        <source>no personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/scope.py"/>
        <source>processes special-category data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/scope.py"/>
        <source>no special-category data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/scope.py"/>
        <source>makes or supports decisions about people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/scope.py"/>
        <source>makes no decisions about people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/scope.py"/>
        <source>selects people for investigation or control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/scope.py"/>
        <source>selects nobody for investigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/scope.py"/>
        <source>decisions have legal or similar effects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/scope.py"/>
        <source>no legal or similar effects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/scope.py"/>
        <source>decisions are solely automated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/scope.py"/>
        <source>a person decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/scope.py"/>
        <source>profiles people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/scope.py"/>
        <source>no profiling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/scope.py"/>
        <source>the public interacts with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/scope.py"/>
        <source>not public-facing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/scope.py"/>
        <source>generates content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/scope.py"/>
        <source>generates no content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/scope.py"/>
        <source>high-impact AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/scope.py"/>
        <source>not high-impact AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/scope.py"/>
        <source>a public authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/scope.py"/>
        <source>not a public authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/scope.py"/>
        <source>a private body providing a public service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/scope.py"/>
        <source>not a public service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/scope.py"/>
        <source>not {fact}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/scope.py"/>
        <source>an EU AI Act Annex III (high-risk) use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/scope.py"/>
        <source>not an Annex III use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/scope.py"/>
        <source>not: {fact}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/scope.py"/>
        <source>{some} and {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/scope.py"/>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/scope.py"/>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/scope.py"/>
        <source>Applies: {facts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/scope.py"/>
        <source>to every AI use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/scope.py"/>
        <source>Does not apply: {facts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/labels.py"/>
        <source>{mark} {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seats</name>
    <message>
        <location filename="../../views/seating.py"/>
        <source>Other seats here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/seating.py"/>
        <source>Back in touch with the other seats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/seating.py"/>
        <source>Other seats' edits cannot be read now: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/seating.py"/>
        <source>In “{name}”: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/seating.py"/>
        <source>… and {n} more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/seating.py"/>
        <source>{n} of your edits could not be applied: {who} had removed what they changed. Everything else was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/seating.py"/>
        <source>{who} changed the board ({n} edits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/seating.py"/>
        <location filename="../../views/widgets/notice_bar.py"/>
        <source>Put back your edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/seating.py"/>
        <source>A part of the window could not follow an edit ({error}). Your edits are still being saved; reopen the strategy to refresh the view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/seating.py"/>
        <source>on this strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/seating.py"/>
        <source>Also here: {seats}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/seating.py"/>
        <source>The workshop cannot be read now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/seating.py"/>
        <source>Team not removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/seating.py"/>
        <source>Cannot undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/seating.py"/>
        <source>another seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/seating.py"/>
        <source>{who} changed the workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/widgets/notice_bar.py"/>
        <source>Other seats' edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/widgets/notice_bar.py"/>
        <source>Notice from other seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/widgets/notice_bar.py"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/widgets/notice_bar.py"/>
        <source>Restores what you had set, as a new edit the others will see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/widgets/notice_bar.py"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/widgets/notice_bar.py"/>
        <source>Dismiss the notice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>severity</name>
    <message>
        <location filename="../../views/widgets/marks.py"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/widgets/marks.py"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/widgets/marks.py"/>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/widgets/marks.py"/>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/widgets/marks.py"/>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/widgets/marks.py"/>
        <source>Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shell</name>
    <message>
        <location filename="../../views/shell.py"/>
        <source>MLOps Lifecycle Canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/shell.py"/>
        <source>Design an MLOps strategy on a shared canvas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/shell.py"/>
        <source>Opening the workshop database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/shell.py"/>
        <source>Start-up status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/shell.py"/>
        <source>Status bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/shell.py"/>
        <source>Resize the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/shell.py"/>
        <source>Panel tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/shell.py"/>
        <source>Switches between the panels sharing this column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/shell.py"/>
        <source>Edits could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/shell.py"/>
        <source>Closing failed: {error}

Edits not yet written would be lost. Quit anyway, or keep the window open?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/shell.py"/>
        <source>Quit anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/shell.py"/>
        <source>Keep the window open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/workbench.py"/>
        <source>{panel} contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/workbench.py"/>
        <location filename="../../views/workflows.py"/>
        <source>{name} — MLOps Lifecycle Canvas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <location filename="../../views/labels.py"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/labels.py"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/labels.py"/>
        <source>In place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/workbench.py"/>
        <source>No strategy open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/workbench.py"/>
        <source>Save state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/workbench.py"/>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/workbench.py"/>
        <source>Saved · revision {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/workbench.py"/>
        <source>Saving {n} edits…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/workbench.py"/>
        <source>Not saved — {n} edits pending: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strategies</name>
    <message>
        <location filename="../../views/docks/strategies.py"/>
        <source>Strategies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/strategies.py"/>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/strategies.py"/>
        <source>Which workshop's strategies to list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/strategies.py"/>
        <source>Strategies of the workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/strategies.py"/>
        <source>Select a strategy to open it on the canvas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/strategies.py"/>
        <source>New workshop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/strategies.py"/>
        <source>Teams…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/strategies.py"/>
        <source>New strategy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/strategies.py"/>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/strategies.py"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/strategies.py"/>
        <source>Manage workshops, teams and strategies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/docks/strategies.py"/>
        <source>{name}
{n} cards · revision {rev}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocabulary</name>
    <message>
        <location filename="../../app/export/linechart.py"/>
        <location filename="../../app/i18n.py"/>
        <source>{value}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>Data Management &amp; Preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>Model Development &amp; Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>Model Evaluation &amp; Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>Model Deployment &amp; Serving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>Monitoring &amp; Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>Feedback Loop &amp; Continuous Improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>Governance (cross-cutting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>Development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>Deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>Governance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>Data scientist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>IT operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>Project manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>Policy &amp; legal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>Privacy &amp; ethics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>Domain expert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>In place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>flows into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>gates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>feeds back to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>continuous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>quarterly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>yearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>Beginning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>Developing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>Proficient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>Exemplary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>Acceptable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>To be corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>Corrected, awaiting re-evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>{state} (re-evaluated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>“{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>Biometrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>Critical infrastructure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>Employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>Essential services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>Law enforcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>Migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/i18n.py"/>
        <source>Justice democracy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>workflows</name>
    <message>
        <location filename="../../views/seating.py"/>
        <location filename="../../views/workflows.py"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/workflows.py"/>
        <source>Quit anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/workflows.py"/>
        <source>Keep the window open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/workflows.py"/>
        <source>Open a strategy first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/workflows.py"/>
        <source>Place card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/workflows.py"/>
        <source>Select a card to link from first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/workflows.py"/>
        <source>Move card</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/workflows.py"/>
        <source>%n card(s) now have the catalog's title.</source>
        <translation>
            <numerusform>%n card now has the catalog's title.</numerusform>
            <numerusform>%n cards now have the catalog's title.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/workflows.py"/>
        <source>Every catalog card already has its title in this language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/workflows.py"/>
        <source>%n card(s) carry the catalog's title in another language: Card › Catalog titles in this language shows them in yours.</source>
        <translation>
            <numerusform>%n card carries the catalog's title in another language: Card › Catalog titles in this language shows it in yours.</numerusform>
            <numerusform>%n cards carry the catalog's title in another language: Card › Catalog titles in this language shows them in yours.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/workflows.py"/>
        <source>Select cards to copy first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/workflows.py"/>
        <source>Copied {n} cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/workflows.py"/>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/workflows.py"/>
        <source>Edit teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/workflows.py"/>
        <source>Create a workshop first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/workflows.py"/>
        <source>Rename strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/workflows.py"/>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/workflows.py"/>
        <source>Delete strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/workflows.py"/>
        <source>Delete “{name}” with all its cards and history? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/workflows.py"/>
        <source>Not deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>year chart</name>
    <message>
        <location filename="../../views/widgets/year_chart.py"/>
        <source>Year in production chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/widgets/year_chart.py"/>
        <source>No year simulated yet: run the drills.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/widgets/year_chart.py"/>
        <source>Accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/widgets/year_chart.py"/>
        <source>Fairness gap between subgroups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/widgets/year_chart.py"/>
        <source>points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/widgets/year_chart.py"/>
        <source>After {n} months, accuracy is {a_with} with your controls and {a_without} without; the fairness gap is {g_with} points with your controls and {g_without} without.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/widgets/year_chart.py"/>
        <source>Month {m}: {title} — {outcome}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/widgets/year_chart.py"/>
        <source>With your controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/widgets/year_chart.py"/>
        <source>Without controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/widgets/year_chart.py"/>
        <source>Events: {h} handled · {l} late · {m} missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/widgets/year_chart.py"/>
        <source>{title} ({unit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/widgets/year_chart.py"/>
        <source>Month in production (events marked below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After {n} months, accuracy is {a_with:.1f}% with your controls and {a_without:.1f}% without; the fairness gap is {g_with:.1f} points with your controls and {g_without:.1f} without.</source>
        <translation type="vanished"></translation>
    </message>
</context>
</TS>
