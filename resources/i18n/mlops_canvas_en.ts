<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>check</name>
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
    <message>
        <location filename="../../app/export/checked.py"/>
        <source>%1 in place · %2 planned of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/export/checked.py"/>
        <source>%n upcoming</source>
        <translation>
            <numerusform>%n upcoming</numerusform>
            <numerusform>%n upcoming</numerusform>
        </translation>
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
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/checker/ranking.py"/>
        <source>%n rule(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/checker/requirements.py"/>
        <source>The use involves a practice the law prohibits outright; no card on the board can make it compliant. Stop or redesign the use (take legal advice on the narrow exceptions, if any).</source>
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
    <name>markdown</name>
    <message>
        <location filename="../../app/export/markdown.py"/>
        <source>Links:</source>
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
        <source>Ranked by what would hurt first</source>
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
    <name>vocabulary</name>
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
</context>
</TS>
