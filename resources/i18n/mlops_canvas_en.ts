<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>check</name>
    <message>
        <location filename="../../app/cli/check_text.py" line="46"/>
        <source>law as of an unrecorded date</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/check_text.py" line="47"/>
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py" line="48"/>
        <source>Check of “%1” (%2, revision %3), %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py" line="52"/>
        <source>Rule packs: none selected (lifecycle structure only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py" line="54"/>
        <location filename="../../app/cli/check_text.py" line="318"/>
        <source>Rule packs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py" line="69"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py" line="70"/>
        <source>%1: version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py" line="72"/>
        <source>in force from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py" line="83"/>
        <source>BLOCKING: prohibited practice — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py" line="86"/>
        <source>No card can make it compliant: stop or redesign the use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py" line="98"/>
        <source>add “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py" line="101"/>
        <source>or %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/check_text.py" line="109"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py" line="114"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py" line="115"/>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py" line="116"/>
        <source>prohibited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py" line="117"/>
        <source>upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py" line="122"/>
        <location filename="../../app/cli/check_text.py" line="170"/>
        <source>cites:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py" line="124"/>
        <source>why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py" line="126"/>
        <location filename="../../app/cli/check_text.py" line="176"/>
        <source>fix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py" line="129"/>
        <source>put in place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py" line="131"/>
        <location filename="../../app/cli/check_text.py" line="174"/>
        <source>cards:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py" line="145"/>
        <location filename="../../app/export/compliance.py" line="187"/>
        <source>No gaps on %1: every rule in force is carried by cards in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py" line="149"/>
        <location filename="../../app/export/compliance.py" line="191"/>
        <source>No gaps: every rule in force is carried by cards in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py" line="150"/>
        <source>The gaps that would hurt first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py" line="160"/>
        <source>applies from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py" line="166"/>
        <source>(rank %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py" line="178"/>
        <source>pending change (not law yet):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py" line="200"/>
        <source>The other findings, by rule pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py" line="219"/>
        <source>No findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py" line="233"/>
        <source>Coverage (rules in force on %1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py" line="236"/>
        <source>Coverage (rules in force):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py" line="267"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py" line="268"/>
        <source>Strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py" line="269"/>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py" line="270"/>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py" line="271"/>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py" line="272"/>
        <source>Structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py" line="293"/>
        <source>(no strategies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py" line="297"/>
        <source>Coverage: rules met by cards in place / rules in force; +Np: N more met only by cards planned or in progress (not counted as met).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py" line="305"/>
        <source>(not installed here: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py" line="313"/>
        <source>Law as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py" line="315"/>
        <source>Law as of an unrecorded date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py" line="331"/>
        <source>Capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py" line="331"/>
        <source>Packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/check_text.py" line="342"/>
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
        <location filename="../../app/export/checked.py" line="37"/>
        <source>Prohibited practice — blocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py" line="39"/>
        <location filename="../../app/export/checked.py" line="154"/>
        <source>Planned, not in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py" line="40"/>
        <location filename="../../app/export/checked.py" line="155"/>
        <source>Upcoming — not yet in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py" line="49"/>
        <source>PROHIBITED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py" line="50"/>
        <source>MISSING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py" line="51"/>
        <source>PLANNED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py" line="52"/>
        <source>UPCOMING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py" line="66"/>
        <source>ERROR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py" line="67"/>
        <source>WARNING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py" line="68"/>
        <source>INFO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py" line="81"/>
        <source>law as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py" line="114"/>
        <source>no rule pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py" line="115"/>
        <source>version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py" line="124"/>
        <source>shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py" line="125"/>
        <source>agency folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py" line="126"/>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py" line="127"/>
        <source>modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py" line="128"/>
        <source>unsigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py" line="139"/>
        <location filename="../../app/export/compliance.py" line="157"/>
        <location filename="../../app/export/presentation.py" line="325"/>
        <source>an unrecorded date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py" line="141"/>
        <source>Checked against the law as of %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py" line="148"/>
        <source>Upcoming — applies from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py" line="151"/>
        <location filename="../../app/export/checked.py" line="38"/>
        <location filename="../../app/export/presentation.py" line="259"/>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py" line="153"/>
        <source>Prohibited practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py" line="175"/>
        <source>no rule applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py" line="177"/>
        <source>%1 in place · %2 planned of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/export/checked.py" line="183"/>
        <location filename="../../app/export/checked.py" line="208"/>
        <source>%n upcoming</source>
        <translation>
            <numerusform>%n upcoming</numerusform>
            <numerusform>%n upcoming</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/export/checked.py" line="205"/>
        <source>%n prohibited</source>
        <translation>
            <numerusform>%n prohibited</numerusform>
            <numerusform>%n prohibited</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/export/checked.py" line="206"/>
        <source>%n missing</source>
        <translation>
            <numerusform>%n missing</numerusform>
            <numerusform>%n missing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/export/checked.py" line="207"/>
        <source>%n planned</source>
        <translation>
            <numerusform>%n planned</numerusform>
            <numerusform>%n planned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/export/checked.py" line="212"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/export/checked.py" line="214"/>
        <source>no findings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>checker</name>
    <message>
        <location filename="../../app/checker/engine.py" line="286"/>
        <location filename="../../app/cli/check_text.py" line="185"/>
        <source>Upcoming — applies from %1. Not yet in force; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/engine.py" line="298"/>
        <source>The system is live, but this is only planned: on the cards in place, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/engine.py" line="302"/>
        <source>Planned, not in place: on the cards in place, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/engine.py" line="352"/>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/engine.py" line="379"/>
        <source>Rule pack not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/engine.py" line="380"/>
        <source>The strategy selects the rule pack %1, which is not installed here; its rules were not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/ranking.py" line="184"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/ranking.py" line="185"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/ranking.py" line="186"/>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/ranking.py" line="189"/>
        <source>%1: demanded by %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/checker/ranking.py" line="190"/>
        <source>%n pack(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/checker/ranking.py" line="191"/>
        <source>%n rule(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/checker/ranking.py" line="195"/>
        <source>; the drills attach %1 harm per day to its absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/ranking.py" line="199"/>
        <source>; planned but not in place while the system is live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/ranking.py" line="201"/>
        <source>; planned but not in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/requirements.py" line="47"/>
        <source>'%1'</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/requirements.py" line="98"/>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/requirements.py" line="100"/>
        <source>owned by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/requirements.py" line="102"/>
        <source>owned by someone outside the team that builds the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/requirements.py" line="106"/>
        <source>that repeats in operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/checker/requirements.py" line="123"/>
        <source>%n card(s) provide it in another lane.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/checker/requirements.py" line="130"/>
        <source>%1 is not owned by the %2 role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/requirements.py" line="137"/>
        <source>It is owned by the team that builds the model (%1); an independent review needs an owner outside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/requirements.py" line="145"/>
        <source>It runs once or states no cadence: a one-off activity cannot see what happens in operation. Give it a repeating cadence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/requirements.py" line="164"/>
        <location filename="../../app/checker/requirements.py" line="161"/>
        <source>No card provides %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/requirements.py" line="175"/>
        <source>%1 must come before the release, but no Deployment card shows where the system goes live; add the release and link it downstream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/checker/requirements.py" line="187"/>
        <source>%1 does not gate the release: %n Deployment card(s) have no %1 upstream. Link it into the go/no-go gate before deployment, so the system cannot go live without it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/checker/requirements.py" line="244"/>
        <source>Nothing can lead to %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/requirements.py" line="252"/>
        <source>%1 leads nowhere: </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/checker/requirements.py" line="257"/>
        <source>%n card(s) with %1 do not lead to another card with %2; link them (one card cannot raise an alarm and answer it).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/checker/requirements.py" line="275"/>
        <source>No card provides %1, which must come before %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/checker/requirements.py" line="282"/>
        <source>No card provides %1, which must follow %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/checker/requirements.py" line="300"/>
        <source>%n card(s) with %1 have no %2 before them (in an earlier lane or linked upstream).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/checker/requirements.py" line="330"/>
        <source>The use involves a practice the law prohibits outright; no card on the board can make it compliant. Stop or redesign the use (take legal advice on the narrow exceptions, if any).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>compliance</name>
    <message numerus="yes">
        <location filename="../../app/export/compliance.py" line="67"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py" line="72"/>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/export/compliance.py" line="73"/>
        <source>%n pack(s)</source>
        <translation>
            <numerusform>%n pack</numerusform>
            <numerusform>%n packs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/export/compliance.py" line="74"/>
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n rule</numerusform>
            <numerusform>%n rules</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py" line="77"/>
        <source>drills: %1 harm/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py" line="79"/>
        <source>Lifecycle structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py" line="81"/>
        <source>Would close it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py" line="84"/>
        <source>Planned, not in place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py" line="95"/>
        <source>Rank %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py" line="101"/>
        <source>Not yet in place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py" line="103"/>
        <source>Cards:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py" line="107"/>
        <source>Would fix it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py" line="110"/>
        <source>Pending change, not yet law:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py" line="143"/>
        <source>Rule pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py" line="144"/>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py" line="145"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py" line="146"/>
        <source>Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py" line="159"/>
        <source>Law as of %1 · strategy revision %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py" line="170"/>
        <source>Blocking — prohibited practice: %1. No card can fix it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py" line="175"/>
        <source>The gaps that would hurt first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py" line="181"/>
        <source>Not ranked: every finding is listed under Open findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py" line="193"/>
        <source>Coverage per rule pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py" line="197"/>
        <source>No rule pack is selected, so no coverage is measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py" line="199"/>
        <source>Findings: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py" line="201"/>
        <location filename="../../app/export/compliance.py" line="211"/>
        <source>Compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py" line="214"/>
        <source>This strategy was not checked before export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py" line="232"/>
        <source>No open finding: every rule in force is met in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py" line="237"/>
        <source>Open findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py" line="245"/>
        <source>Rules that do not apply yet on the date checked; none of them counts against the strategy today. Each says when it applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/compliance.py" line="255"/>
        <source>Upcoming rules</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>markdown</name>
    <message>
        <location filename="../../app/export/markdown.py" line="99"/>
        <source>Links:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/markdown.py" line="134"/>
        <source>Rule pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/markdown.py" line="135"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/markdown.py" line="136"/>
        <source>In place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/markdown.py" line="137"/>
        <source>Planned, not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/markdown.py" line="138"/>
        <source>In force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/markdown.py" line="139"/>
        <source>Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/markdown.py" line="140"/>
        <source>In place share</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>presentation</name>
    <message>
        <location filename="../../app/export/presentation.py" line="63"/>
        <source>No team members recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py" line="66"/>
        <source>facilitated by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py" line="73"/>
        <source>MLOps strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py" line="85"/>
        <source>What the system does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py" line="86"/>
        <source>The goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py" line="87"/>
        <source>The hard part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py" line="91"/>
        <source>The scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/export/presentation.py" line="102"/>
        <source>%n in place</source>
        <translation>
            <numerusform>%n in place</numerusform>
            <numerusform>%n in place</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/export/presentation.py" line="103"/>
        <source>%n in progress</source>
        <translation>
            <numerusform>%n in progress</numerusform>
            <numerusform>%n in progress</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/export/presentation.py" line="106"/>
        <source>%n planned</source>
        <translation>
            <numerusform>%n planned</numerusform>
            <numerusform>%n planned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/export/presentation.py" line="110"/>
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py" line="120"/>
        <source>The board has no cards yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py" line="126"/>
        <location filename="../../app/export/presentation.py" line="119"/>
        <source>The board</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/export/presentation.py" line="145"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py" line="147"/>
        <source>The lifecycle's own structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py" line="152"/>
        <source>Planned, not yet in place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py" line="156"/>
        <source>Close it with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py" line="164"/>
        <source>The gaps that would hurt first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py" line="170"/>
        <source>This strategy was not checked before export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py" line="175"/>
        <source>law of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py" line="181"/>
        <source>Blocking: a prohibited practice — %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/export/presentation.py" line="190"/>
        <source>and %n more gap(s)</source>
        <translation>
            <numerusform>and %n more gap</numerusform>
            <numerusform>and %n more gaps</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py" line="191"/>
        <source>Findings: %1%2 — all in the full plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py" line="196"/>
        <source>Findings: %1 — ranked in the full plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py" line="204"/>
        <source>No gaps: every rule in force is carried by cards in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py" line="212"/>
        <source>Ranked by what would hurt first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py" line="244"/>
        <source>Put “%1” in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py" line="254"/>
        <location filename="../../app/export/presentation.py" line="240"/>
        <source>to be named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py" line="256"/>
        <source>Add “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py" line="267"/>
        <source>Finish “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py" line="269"/>
        <source>Start “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py" line="281"/>
        <source>Every card is in place and no gap is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py" line="288"/>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py" line="289"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py" line="290"/>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/export/presentation.py" line="299"/>
        <source>+ %n more in the full plan's action list.</source>
        <translation>
            <numerusform>+ %n more in the full plan's action list.</numerusform>
            <numerusform>+ %n more in the full plan's action list.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py" line="307"/>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py" line="308"/>
        <source>Closing the top gaps first, then what is under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py" line="327"/>
        <source>Checked against the law as of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py" line="343"/>
        <source>Rule pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py" line="344"/>
        <source>File hash (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py" line="348"/>
        <source>No rule pack was selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py" line="351"/>
        <source>Versions, every card, finding and citation: in the full plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/presentation.py" line="358"/>
        <source>How it was checked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocabulary</name>
    <message>
        <location filename="../../app/i18n.py" line="436"/>
        <source>Data Management &amp; Preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="437"/>
        <source>Model Development &amp; Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="438"/>
        <source>Model Evaluation &amp; Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="439"/>
        <source>Model Deployment &amp; Serving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="440"/>
        <source>Monitoring &amp; Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="441"/>
        <source>Feedback Loop &amp; Continuous Improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="442"/>
        <source>Governance (cross-cutting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="449"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="450"/>
        <source>Development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="451"/>
        <source>Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="452"/>
        <source>Deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="453"/>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="454"/>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="455"/>
        <source>Governance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="462"/>
        <source>Data scientist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="463"/>
        <source>IT operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="464"/>
        <source>Project manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="465"/>
        <source>Policy &amp; legal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="466"/>
        <source>Privacy &amp; ethics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="467"/>
        <source>Domain expert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="474"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="475"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="476"/>
        <source>In place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="483"/>
        <source>flows into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="484"/>
        <source>gates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="485"/>
        <source>triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="486"/>
        <source>feeds back to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
