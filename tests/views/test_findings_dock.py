"""The findings dock on the demo strategies' real check results."""

from __future__ import annotations

import datetime as dt
import html
import os
import tempfile
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QLocale, QPoint, Qt
from PySide6.QtGui import QIcon
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.checker import Checker, PackSet, load_packs
from app.demo import build_demo
from app.drills import load_events
from app.resources import ContentLibrary
from models.drills import DrillEvent
from models.findings import CheckResult, Finding, TopGap
from models.rules import Present
from models.strategy import Strategy
from models.vocabulary import FindingState, Severity
from tests.views.a11y_helpers import accessible_name, child, top, unnamed_widgets
from views.docks.finding_tree import (
    ACCESSIBLE_DESCRIPTION,
    ACCESSIBLE_TEXT,
    FINDING_ROLE,
    STATE_ROLE,
    state_heading,
)
from views.docks.findings import FindingsDock, card_badges
from views.widgets.marks import state_icon

# Screenshots go to docs/ only when asked (MLOPS_CANVAS_SCREENSHOTS=1): a plain test
# run must not rewrite tracked files.
SCREENSHOTS = (
    Path(__file__).resolve().parents[2] / "docs" / "screenshots"
    if os.environ.get("MLOPS_CANVAS_SCREENSHOTS")
    else Path(tempfile.gettempdir()) / "mlops-canvas-screenshots"
)


def icon_bytes(icon: QIcon) -> bytes:
    image = icon.pixmap(22, 22).toImage()
    return bytes(image.constBits())


def with_prohibited(result: CheckResult) -> CheckResult:
    """``result`` as if the profile named social scoring: a blocking finding ranked first."""
    prohibited = Finding(
        rule_id="eu-ai-act.art5-1-c-social-scoring",
        pack="eu-ai-act",
        severity=Severity.ERROR,
        title="Social scoring",
        message="The profile says the use rates people by their social behaviour.",
        citation="AI Act Art. 5(1)(c)",
        state=FindingState.PROHIBITED,
        rank=1,
    )
    gap = TopGap(
        rank=1,
        practice="",
        title="Social scoring",
        severity=Severity.ERROR,
        state=FindingState.PROHIBITED,
        rule_ids=(prohibited.rule_id,),
        citations=(prohibited.citation,),
        packs=("EU AI Act — high-risk obligations",),
    )
    later = tuple(f.model_copy(update={"rank": f.rank + 1}) for f in result.findings)
    gaps = tuple(g.model_copy(update={"rank": g.rank + 1}) for g in result.top_gaps[:4])
    return result.model_copy(update={"findings": (prohibited, *later), "top_gaps": (gap, *gaps)})


@pytest.fixture(scope="module")
def packs(library: ContentLibrary) -> PackSet:
    return load_packs(capabilities=library.capabilities)


@pytest.fixture(scope="module")
def aurora(library: ContentLibrary) -> Strategy:
    return build_demo(library).strategies[0]


@pytest.fixture(scope="module")
def events(library: ContentLibrary) -> tuple[DrillEvent, ...]:
    return load_events(capabilities=library.capabilities).events


@pytest.fixture(scope="module")
def checker(library: ContentLibrary, packs: PackSet, events: tuple[DrillEvent, ...]) -> Checker:
    return Checker(packs, library, library.capabilities, events=events)


@pytest.fixture(scope="module")
def result(checker: Checker, aurora: Strategy) -> CheckResult:
    return checker.check(aurora)


@pytest.fixture
def dock(
    qtbot: QtBot, library: ContentLibrary, packs: PackSet, aurora: Strategy, result: CheckResult
) -> FindingsDock:
    widget = FindingsDock(packs, library)
    qtbot.addWidget(widget)
    widget.set_strategy(aurora)
    widget.set_result(result, library)
    widget.resize(760, 900)
    with qtbot.waitExposed(widget):
        widget.show()
    return widget


def tree_texts(dock: FindingsDock) -> list[str]:
    """Everything a row says to a reader or a screen reader (not its tooltip)."""
    texts: list[str] = []
    for item in dock.tree.items():
        texts += [item.text(c) for c in range(3)]
        texts += [
            str(item.data(0, ACCESSIBLE_TEXT) or ""),
            str(item.data(0, ACCESSIBLE_DESCRIPTION) or ""),
        ]
    return texts


def label_texts(dock: FindingsDock) -> list[str]:
    return [label.text() for label in dock.findChildren(QLabel)]


def test_the_gaps_that_would_hurt_first_come_first(dock: FindingsDock, result: CheckResult) -> None:
    assert result.top_gaps, "the demo strategy has ranked gaps"
    section = top(dock.tree, 0)
    assert section.text(0) == "The gaps that would hurt first"
    assert dock.top_gaps() == list(result.top_gaps)
    for index, gap in enumerate(result.top_gaps):
        row = child(section, index)
        assert row.text(1) == f"{gap.rank}. {gap.title}"
        assert row.text(2) == " · ".join(gap.citations)  # the human citations, all of them
        assert row.data(0, STATE_ROLE) == gap.state.value
        assert row.text(0) == {"open": "Missing", "planned": "Planned"}[gap.state.value]
        # The why is on hover (tooltip) and for a screen reader (description).
        why = str(row.data(0, ACCESSIBLE_DESCRIPTION))
        assert why.startswith(("Error, demanded by", "Warning, demanded by")), why
        assert why in row.toolTip(1)
        # The gap's findings are its children, and only those of its rank.
        members = [child(row, i).data(0, FINDING_ROLE) for i in range(row.childCount())]
        assert members and all(f.rank == gap.rank for f in members)
        assert {f.rule_id for f in members} == set(gap.rule_ids)
    # Ranked by what hurts: the gap the drills attach the most harm to, among equals, first.
    harms = [g.harm_per_day for g in result.top_gaps]
    assert max(harms) > 0, "the live checker weighs the drills' harm"


def test_no_rule_id_in_anything_a_user_reads(dock: FindingsDock, result: CheckResult) -> None:
    ids = {f.rule_id for f in result.findings}
    dock.select_gap(1)
    seen = tree_texts(dock) + label_texts(dock)
    finding = next(f for f in result.findings if f.card_ids and f.fixes)
    dock.select_finding(finding)
    seen += label_texts(dock)
    seen += [dock.fix_choice.itemText(i) for i in range(dock.fix_choice.count())]
    leaks = [(rule, text) for text in seen for rule in ids if rule in text]
    assert leaks == []
    # ...but they stay in the tooltips, for whoever needs to look one up.
    gap_row = next(row for row, _gap in dock.tree.gap_rows())
    assert result.top_gaps[0].rule_ids[0] in gap_row.toolTip(0)


def test_the_rest_is_grouped_by_pack_then_state(dock: FindingsDock, result: CheckResult) -> None:
    shown = dock.visible_findings()
    assert sorted(map(repr, shown)) == sorted(map(repr, result.findings)), "each finding once"
    titles = [top(dock.tree, i).text(0) for i in range(dock.tree.topLevelItemCount())]
    assert titles[1].startswith("Lifecycle structure")
    assert any(t.startswith("EU AI Act (") for t in titles)
    top_ranks = {g.rank for g in result.top_gaps}
    order = [
        s.value
        for s in (
            FindingState.PROHIBITED,
            FindingState.OPEN,
            FindingState.PLANNED,
            FindingState.UPCOMING,
        )
    ]
    for p in range(1, dock.tree.topLevelItemCount()):
        pack = top(dock.tree, p)
        states = [child(pack, g).data(0, STATE_ROLE) for g in range(pack.childCount())]
        assert states == sorted(states, key=order.index), states
        for g in range(pack.childCount()):
            group = child(pack, g)
            assert group.text(0).startswith(state_heading(FindingState(states[g])))
            leaves = [child(group, i).data(0, FINDING_ROLE) for i in range(group.childCount())]
            assert all(f.state.value == states[g] for f in leaves)
            assert all(f.rank not in top_ranks for f in leaves), "top gaps are listed once, first"
            ranks = [f.rank for f in leaves]
            assert ranks == sorted(ranks)
    assert "gaps:" in dock.summary.text()


def test_planned_looks_distinct_from_missing(dock: FindingsDock, result: CheckResult) -> None:
    missing = next(
        f for f in result.findings if f.state is FindingState.OPEN and f.severity is Severity.ERROR
    )
    planned = next(
        f
        for f in result.findings
        if f.state is FindingState.PLANNED and f.severity is Severity.ERROR
    )
    rows = {f.rule_id: leaf for leaf, f in dock.tree.leaves()}
    a, b = rows[missing.rule_id], rows[planned.rule_id]
    assert (a.text(0), b.text(0)) == ("Error", "Planned")
    assert (a.data(0, STATE_ROLE), b.data(0, STATE_ROLE)) == ("open", "planned")
    # A different shape, not only a colour: the icons differ as images.
    assert icon_bytes(a.icon(0)) != icon_bytes(b.icon(0))
    assert icon_bytes(b.icon(0)) == icon_bytes(state_icon(FindingState.PLANNED, Severity.ERROR))
    assert str(b.data(0, ACCESSIBLE_TEXT)).startswith("Planned — not in place")
    assert str(a.data(0, ACCESSIBLE_TEXT)).startswith("Missing · Error")
    dock.select_finding(planned)
    assert dock.details.state.text() == "Planned — not in place · Error"
    assert "Planned cards, not yet in place" in dock.details.cards.text()
    assert not dock.fix_button.isEnabled()  # nothing to add: put the planned cards in place
    assert "planned" in dock.fix_choice.currentText()


def test_upcoming_rules_read_as_upcoming_and_are_not_gaps(
    qtbot: QtBot, library: ContentLibrary, packs: PackSet, checker: Checker, aurora: Strategy
) -> None:
    pinned = aurora.model_copy(
        update={"profile": aurora.profile.model_copy(update={"as_of": dt.date(2026, 1, 1)})}
    )
    early = checker.check(pinned)
    upcoming = [f for f in early.findings if f.state is FindingState.UPCOMING]
    assert upcoming and all(f.applies_from for f in upcoming)
    widget = FindingsDock(packs, library)
    qtbot.addWidget(widget)
    widget.set_result(early, library, pinned)
    first = upcoming[0]
    assert first.applies_from is not None
    date = QLocale().toString(
        QDate(first.applies_from.year, first.applies_from.month, first.applies_from.day),
        "d MMM yyyy",
    )
    rows = {(f.pack, f.rule_id): leaf for leaf, f in widget.tree.leaves()}
    row = rows[first.pack, first.rule_id]
    assert row.text(0) == "Upcoming"
    assert row.text(1) == f"Applies from {date}: {first.title}"
    assert str(row.data(0, ACCESSIBLE_TEXT)).startswith(f"Upcoming — applies from {date}")
    group = row.parent()
    assert group is not None and group.text(0).startswith("Upcoming — not yet in force")
    # Not a gap: not in the top gaps, not counted in the summary, no badge.
    assert all(g.state is not FindingState.UPCOMING for g in widget.top_gaps())
    gaps = sum(f.state is not FindingState.UPCOMING for f in early.findings)
    assert widget.summary.text().startswith(f"{gaps} gaps:")
    assert f"{len(upcoming)} more rules are upcoming" in widget.summary.text()
    only_upcoming = {c for f in upcoming for c in f.card_ids} - {
        c for f in early.findings if f.state is not FindingState.UPCOMING for c in f.card_ids
    }
    badges = card_badges(early, pinned.cards)
    assert all(badges[c] == () for c in only_upcoming)
    # The law's date says it is the profile's, not today's.
    assert widget.law_date.text() == (
        "Checked against the law as it stands on 1 January 2026 — the date set in the "
        "profile, not today."
    )


def test_a_prohibited_practice_blocks_at_the_very_top(
    qtbot: QtBot, library: ContentLibrary, packs: PackSet, result: CheckResult
) -> None:
    blocked = with_prohibited(result)
    widget = FindingsDock(packs, library)
    qtbot.addWidget(widget)
    widget.set_result(blocked, library)
    widget.resize(900, 800)
    with qtbot.waitExposed(widget):
        widget.show()
    banner = widget.banner
    assert banner.isVisible()
    # First in the dock, and first in its header (above the law's date): nothing above it.
    assert widget.header.geometry().top() <= widget.tree.geometry().top()
    assert banner.geometry().top() < widget.law_date.geometry().top()
    assert banner.mapTo(widget, QPoint(0, 0)).y() < widget.tree.mapTo(widget, QPoint(0, 0)).y()
    assert "Social scoring" in banner.text.text() and "AI Act Art. 5(1)(c)" in banner.text.text()
    assert "No card can fix this" in banner.text.text()
    assert accessible_name(banner) == "Prohibited practice"
    first = child(top(widget.tree, 0), 0)
    assert first.data(0, STATE_ROLE) == "prohibited" and first.text(0) == "Prohibited"
    assert icon_bytes(first.icon(0)) == icon_bytes(
        state_icon(FindingState.PROHIBITED, Severity.ERROR)
    )
    assert widget.summary.text().startswith("A prohibited practice blocks this use.")
    widget.select_gap(1)
    assert "the use itself must change" in widget.details.why.text()
    assert not widget.fix_button.isEnabled()
    widget.set_result(result, library)
    assert not banner.isVisible()


def test_the_law_date_says_today_unless_the_profile_pins_one(
    dock: FindingsDock, result: CheckResult
) -> None:
    assert result.checked_on == dt.date.today()
    day = QLocale().toString(QDate.currentDate(), "d MMMM yyyy")
    assert dock.law_date.text() == f"Checked against the law on {day} (today)."
    assert dock.law_date.isVisible()
    assert "Version" not in dock.law_date.text()
    tip = dock.law_date.toolTip()
    assert all(c.version_label in tip for c in result.coverage if c.version_label)


def test_details_show_a_pending_amendment_with_its_source(
    dock: FindingsDock, result: CheckResult
) -> None:
    finding = next(f for f in result.findings if f.state is FindingState.OPEN and f.fixes)
    note = (
        "Reported: the Digital Omnibus would move this duty to 2 December 2027. "
        "(Source: COM(2025) 836, not adopted)"
    )
    noted = finding.model_copy(update={"pending": note})
    findings = tuple(noted if f is finding else f for f in result.findings)
    dock.set_result(result.model_copy(update={"findings": findings}))
    assert dock.select_finding(noted)
    assert dock.details.pending.isVisible()
    assert dock.details.pending.text() == f"Reported change, not yet law: {note}"
    other = next(f for f in result.findings if f is not finding)
    dock.select_finding(other)
    assert not dock.details.pending.isVisible()


def test_selecting_a_gap_lights_its_cards_and_offers_its_fix(
    dock: FindingsDock, qtbot: QtBot, result: CheckResult
) -> None:
    gap = next(g for g in result.top_gaps if g.card_ids and g.fixes)
    with qtbot.waitSignal(dock.cards_selected) as blocker:
        assert dock.select_gap(gap.rank)
    assert blocker.args == [list(gap.card_ids)]
    assert dock.current_gap() == gap and dock.current_finding() is None
    assert dock.details.headline.text() == f"<b>{gap.rank}. {html.escape(gap.title)}</b>"
    assert dock.details.why.text().startswith("Why it ranks here: ")
    assert all(c in dock.details.message.text() for c in gap.citations)
    assert dock.fix_button.isEnabled()
    assert [dock.fix_choice.itemData(i) for i in range(dock.fix_choice.count())] == list(gap.fixes)
    with qtbot.waitSignal(dock.fix_requested) as blocker:
        QTest.mouseClick(dock.fix_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [gap.fixes[0]]
    dock.tree.setFocus()
    with qtbot.waitSignal(dock.fix_requested) as blocker:
        QTest.keyClick(dock.tree, Qt.Key.Key_Return)
    assert blocker.args == [gap.fixes[0]]


def test_keyboard_walks_from_the_top_gaps_into_the_rest(
    dock: FindingsDock, result: CheckResult
) -> None:
    dock.tree.setFocus()
    dock.tree.setCurrentItem(top(dock.tree, 0))
    QTest.keyClick(dock.tree, Qt.Key.Key_Down)
    assert dock.current_gap() == result.top_gaps[0]
    QTest.keyClick(dock.tree, Qt.Key.Key_Right)  # open the gap: its findings
    QTest.keyClick(dock.tree, Qt.Key.Key_Down)
    picked = dock.current_finding()
    assert picked is not None and picked.rank == result.top_gaps[0].rank


def test_a_recheck_that_changes_nothing_leaves_the_list_alone(
    dock: FindingsDock, result: CheckResult, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []
    real = dock.tree.fill

    def counting(*args: Any) -> list[Finding]:
        calls.append(1)
        return real(*args)

    monkeypatch.setattr(dock.tree, "fill", counting)
    dock.select_gap(2)
    dock.set_result(result.model_copy(update={"revision": result.revision + 1}))
    assert calls == [] and dock.current_gap() == result.top_gaps[1]
    dock.set_filters(state=FindingState.PLANNED)
    assert calls == [1]
    assert {f.state for f in dock.visible_findings()} == {FindingState.PLANNED}
    fewer = result.model_copy(update={"findings": result.findings[1:]})
    dock.set_result(fewer)
    assert calls == [1, 1]


def test_filters_by_severity_pack_and_text(dock: FindingsDock, result: CheckResult) -> None:
    dock.set_filters(severity=Severity.WARNING)
    warnings = dock.visible_findings()
    assert warnings and all(f.severity is Severity.WARNING for f in warnings)
    assert len(warnings) == sum(f.severity is Severity.WARNING for f in result.findings)
    dock.set_filters(pack="gdpr")
    assert {f.pack for f in dock.visible_findings()} == {"gdpr"}
    dock.set_filters(text="Art. 33")
    hits = dock.visible_findings()
    assert [f.rule_id for f in hits] == ["gdpr.art33-breach-notification"]
    assert "Showing 1 of them" in dock.summary.text()
    dock.set_filters(text="no such words anywhere")
    assert dock.visible_findings() == []
    dock.set_filters()
    assert len(dock.visible_findings()) == len(result.findings)


def test_typing_in_the_text_filter_filters(dock: FindingsDock, qtbot: QtBot) -> None:
    dock.text_filter.setFocus()
    QTest.keyClicks(dock.text_filter, "owner")
    assert {f.rule_id for f in dock.visible_findings()} == {"structure.card-owner"}


def test_selecting_a_finding_emits_its_cards(
    dock: FindingsDock, qtbot: QtBot, result: CheckResult
) -> None:
    finding = next(f for f in result.findings if f.card_ids)
    with qtbot.waitSignal(dock.cards_selected) as blocker:
        assert dock.select_finding(finding)
    assert blocker.args == [list(finding.card_ids)]
    assert dock.current_finding() == finding
    assert finding.message in dock.detail_message.text()


def test_selecting_a_pack_group_emits_all_its_cards(
    dock: FindingsDock, qtbot: QtBot, result: CheckResult
) -> None:
    structure = top(dock.tree, 1)
    assert structure.text(0).startswith("Lifecycle structure")
    top_ranks = {g.rank for g in result.top_gaps}
    expected = list(
        dict.fromkeys(
            c
            for f in result.findings
            if f.pack == "structure" and f.rank not in top_ranks
            for c in f.card_ids
        )
    )
    with qtbot.waitSignal(dock.cards_selected) as blocker:
        dock.tree.setCurrentItem(structure)
    assert blocker.args == [expected]
    assert not dock.fix_button.isEnabled()


def test_fix_button_and_enter_request_the_suggested_practice(
    dock: FindingsDock, qtbot: QtBot, result: CheckResult
) -> None:
    finding = next(f for f in result.findings if len(f.fixes) >= 2)
    dock.select_finding(finding)
    assert dock.fix_button.isEnabled()
    with qtbot.waitSignal(dock.fix_requested) as blocker:
        QTest.mouseClick(dock.fix_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [finding.fixes[0]]
    dock.fix_choice.setCurrentIndex(1)
    dock.tree.setFocus()
    with qtbot.waitSignal(dock.fix_requested) as blocker:
        QTest.keyClick(dock.tree, Qt.Key.Key_Return)
    assert blocker.args == [finding.fixes[1]]


def test_finding_without_fixes_offers_none(
    dock: FindingsDock, qtbot: QtBot, result: CheckResult
) -> None:
    finding = next(f for f in result.findings if not f.fixes)
    dock.select_finding(finding)
    assert not dock.fix_button.isEnabled()
    with qtbot.assertNotEmitted(dock.fix_requested):
        dock.request_fix()


def test_selection_survives_a_recheck(dock: FindingsDock, result: CheckResult) -> None:
    finding = result.findings[3]
    dock.select_finding(finding)
    dock.set_result(result.model_copy(update={"revision": result.revision + 1}))
    assert dock.current_finding() == finding


def test_satisfies_lists_the_crosswalk_for_a_card(dock: FindingsDock, aurora: Strategy) -> None:
    card = next(c for c in aurora.cards.values() if "dpia" in c.capabilities)
    dock.show_card(card.id)
    lines = dock.satisfied_rules()
    assert any("GDPR Art. 35" in line for line in lines), lines
    assert card.title in dock.satisfies_label.text()
    dock.show_card(None)
    assert dock.satisfied_rules() == []


def test_badges_mark_missing_apart_from_planned(result: CheckResult, aurora: Strategy) -> None:
    badges = card_badges(result, aurora.cards)
    assert set(badges) == set(aurora.cards)
    gaps = [f for f in result.findings if f.state is not FindingState.UPCOMING]
    missing = {c for f in gaps if f.state is not FindingState.PLANNED for c in f.card_ids}
    planned = {c for f in gaps if f.state is FindingState.PLANNED for c in f.card_ids}
    assert planned - missing, "the demo has cards whose duties are only planned"
    assert {cid for cid, b in badges.items() if b} == (missing | planned) & set(aurora.cards)
    for cid in (planned - missing) & set(aurora.cards):
        (badge,) = badges[cid]
        assert badge.hollow, "planned: a hollow ring, never the error badge"
        assert badge.tooltip.startswith("Planned — not in place:")
    for cid in (missing - planned) & set(aurora.cards):
        (badge,) = badges[cid]
        assert not badge.hollow and badge.tooltip
    for cid in (missing & planned) & set(aurora.cards):
        assert [b.hollow for b in badges[cid]] == [False, True]
    ids = {f.rule_id for f in result.findings}
    assert not any(rule in b.tooltip for bs in badges.values() for b in bs for rule in ids)


def test_every_visible_widget_has_an_accessible_name(
    dock: FindingsDock, result: CheckResult
) -> None:
    dock.set_result(with_prohibited(result))
    dock.select_finding(result.findings[0])
    assert unnamed_widgets(dock) == []
    for widget in dock.findChildren(QWidget):
        if widget.isVisibleTo(dock) and isinstance(
            widget, QComboBox | QTreeWidget | QPushButton | QLineEdit
        ):
            assert widget.objectName(), type(widget).__name__


def test_screenshot(dock: FindingsDock, result: CheckResult, aurora: Strategy) -> None:
    # The gap with the most harm attached, picked: its why, citations and fix show.
    gap = max(result.top_gaps, key=lambda g: g.harm_per_day)
    assert dock.select_gap(gap.rank)
    dock.show_card(next(c.id for c in aurora.cards.values() if "dpia" in c.capabilities))
    # The projector font scale (View → font size) enlarges the docks through the app font.
    font = dock.font()
    font.setPointSizeF(13)
    dock.setFont(font)
    dock.resize(980, 1100)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    assert dock.grab().save(str(SCREENSHOTS / "findings-dock.png"))


def test_fix_adds_the_card_in_its_lane_and_undo_brings_the_finding_back(
    qtbot: QtBot, library: ContentLibrary, packs: PackSet
) -> None:
    from tests.views.wiring import Wiring

    wiring = Wiring(build_demo(library).strategies[0], library, packs)
    qtbot.addWidget(wiring.findings)
    before = wiring.result
    # A rule that asks for a practice to be present: adding the planned card puts it on the plan.
    finding = next(
        f
        for f in before.findings
        if f.fixes
        and f.pack == "gdpr"
        and isinstance(packs.packs["gdpr"].rule(f.rule_id).requirement, Present)  # type: ignore[union-attr]
    )
    wiring.findings.select_finding(finding)
    key = finding.fixes[0]
    cards_before = set(wiring.document.strategy.cards)
    wiring.findings.request_fix()
    added = set(wiring.document.strategy.cards) - cards_before
    assert len(added) == 1
    card = wiring.document.strategy.cards[added.pop()]
    assert card.catalog_key == key and card.phase is library.catalog[key].phase
    planned = {f.rule_id: f.state for f in wiring.result.findings}
    assert planned[finding.rule_id] is FindingState.PLANNED, "a new card is planned, not met"
    assert wiring.stack.count() == 1
    wiring.stack.undo()
    again = {f.rule_id: f.state for f in wiring.result.findings}
    assert again[finding.rule_id] is FindingState.OPEN
    assert set(wiring.document.strategy.cards) == cards_before


def test_selecting_a_finding_highlights_its_cards_and_badges_follow(
    qtbot: QtBot, library: ContentLibrary, packs: PackSet
) -> None:
    from tests.views.wiring import Wiring

    wiring = Wiring(build_demo(library).strategies[0], library, packs)
    qtbot.addWidget(wiring.findings)
    finding = next(f for f in wiring.result.findings if f.card_ids)
    wiring.findings.select_finding(finding)
    lit = {cid for cid, item in wiring.scene.cards.items() if item.highlighted}
    assert lit == set(finding.card_ids)
    concerned = {c for f in wiring.result.findings for c in f.card_ids}
    badged = {cid for cid, item in wiring.scene.cards.items() if item.toolTip() != item.card.title}
    assert badged == concerned


def test_context_menu_offers_a_gaps_fixes(dock: FindingsDock, result: CheckResult) -> None:
    gap = next(g for g in result.top_gaps if len(g.fixes) >= 2)
    actions = dock.fix_menu(gap).actions()
    assert len(actions) == len(gap.fixes)


def test_context_menu_offers_every_suggested_fix(
    dock: FindingsDock, qtbot: QtBot, result: CheckResult
) -> None:
    finding = next(f for f in result.findings if len(f.fixes) >= 2)
    menu = dock.fix_menu(finding)
    actions = menu.actions()
    assert len(actions) == len(finding.fixes)
    assert all(a.text().startswith("Fix: add “") for a in actions)
    with qtbot.waitSignal(dock.fix_requested) as blocker:
        actions[1].trigger()
    assert blocker.args == [finding.fixes[1]]
