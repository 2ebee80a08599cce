"""Live checking in the real main window: findings, coverage, badges, fixes, profile and packs."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QScrollArea
from pytestqt.qtbot import QtBot

from models.findings import CheckResult, Finding
from models.rules import Present
from models.vocabulary import FindingState, Status
from tests.views.conftest import Harness
from views.checking import CheckingController
from views.dialogs.crosswalk import CrosswalkDialog


def checking(h: Harness) -> CheckingController:
    return h.workbench.checking


def settled(h: Harness, qtbot: QtBot) -> CheckResult:
    """Wait for the coalesced re-check of the open strategy's current revision."""
    c = checking(h)
    qtbot.waitUntil(
        lambda: (
            c.result is not None
            and c.result.revision == h.session.document.strategy.revision
            and not c._timer.isActive()
        )
    )
    assert c.result is not None
    return c.result


def keys(result: CheckResult) -> set[tuple[str, str]]:
    return {(f.pack, f.rule_id) for f in result.findings}


def states(result: CheckResult) -> dict[tuple[str, str], FindingState]:
    return {(f.pack, f.rule_id): f.state for f in result.findings}


def tree_findings(c: CheckingController) -> list[Finding]:
    return c.findings.visible_findings()


def presence_gap(c: CheckingController) -> Finding:
    """A missing practice that one catalog card would put on the plan (a 'present' rule).

    Not one that must gate the release: the new card is met only once it is also linked
    upstream of the deployment.
    """
    assert c.result is not None
    for f in c.result.findings:
        if not f.fixes or f.pack == "structure" or f.state is not FindingState.OPEN:
            continue
        rule = c.packs.packs[f.pack].rule(f.rule_id)
        if (
            rule is not None
            and isinstance(rule.requirement, Present)
            and not rule.requirement.before
        ):
            return f
    raise AssertionError("no missing practice that one added card puts on the plan")


def test_the_demo_shows_findings_badges_and_coverage_on_first_start(harness: Harness) -> None:
    c = checking(harness)
    strategy = harness.session.document.strategy
    assert c.result is not None and c.result.strategy_id == strategy.id
    packs = {f.pack for f in c.result.findings}
    assert len(packs - {"structure"}) >= 2, packs
    assert len(tree_findings(c)) == len(c.result.findings)
    texts = c.coverage.texts()
    assert len(texts) == len(strategy.packs) + 1  # the structure rules have a meter too
    assert all(" in place · " in t and " planned of " in t for t in texts)
    assert c.coverage.isVisible()
    badged = {cid for cid, item in harness.session.scene.cards.items() if item.badges}
    concerned = {cid for f in c.result.findings for cid in f.card_ids}
    assert badged and badged == concerned & set(strategy.cards)
    # Canvas first: the findings are one key (F3, the rail) away, and then in front.
    harness.workbench.actions["panel_findings_dock"].trigger()
    assert c.findings.isVisible()


def test_edits_recheck_once_in_the_next_idle_tick(
    harness: Harness, qtbot: QtBot, monkeypatch: Any
) -> None:
    c = checking(harness)
    calls: list[int] = []
    real = c.checker.check

    def counting(strategy: Any, packs: Any = None) -> CheckResult:
        calls.append(strategy.revision)
        return real(strategy, packs)

    monkeypatch.setattr(c.checker, "check", counting)
    editor = harness.session.editor
    strategy = harness.session.document.strategy
    before = c.coverage.texts()
    finding = presence_gap(c)
    key = finding.fixes[0]
    editor.add_catalog_card(key, harness.workbench.library.catalog[key].phase, None)  # type: ignore[union-attr]
    first = next(iter(strategy.cards))
    editor.nudge([first], 1, 0)
    editor.nudge([first], 0, 1)
    assert calls == []  # nothing ran inside the edits themselves
    result = settled(harness, qtbot)
    assert calls == [strategy.revision]
    # The added card is planned: the duty moves from missing to planned, never to met.
    assert states(result)[finding.pack, finding.rule_id] is FindingState.PLANNED
    assert c.coverage.texts() != before
    assert finding not in tree_findings(c)


def test_a_move_inside_a_lane_keeps_the_check_without_running_it(
    harness: Harness, qtbot: QtBot, monkeypatch: Any
) -> None:
    c = checking(harness)
    before = settled(harness, qtbot)
    calls: list[int] = []
    real = c.checker.check

    def counting(strategy: Any, packs: Any = None) -> CheckResult:
        calls.append(strategy.revision)
        return real(strategy, packs)

    monkeypatch.setattr(c.checker, "check", counting)
    editor = harness.session.editor
    strategy = harness.session.document.strategy
    first = next(iter(strategy.cards))
    editor.nudge([first], 1, 0)
    editor.nudge([first], 0, 1)
    after = settled(harness, qtbot)
    assert calls == []  # no rule reads a position inside a lane
    assert after.revision == strategy.revision
    assert after.findings == before.findings
    assert c.result_for(harness.session) is after


def test_fix_adds_the_card_and_undo_brings_the_finding_back(harness: Harness, qtbot: QtBot) -> None:
    c = checking(harness)
    stack = harness.session.stack
    finding = presence_gap(c)
    cards_before = set(harness.session.document.strategy.cards)
    assert c.findings.select_finding(finding)
    depth = stack.count()
    QTest.mouseClick(c.findings.fix_button, Qt.MouseButton.LeftButton)
    result = settled(harness, qtbot)
    added = set(harness.session.document.strategy.cards) - cards_before
    assert len(added) == 1
    card = harness.session.document.strategy.cards[added.pop()]
    assert card.catalog_key in finding.fixes
    assert card.phase is harness.workbench.library.catalog[card.catalog_key].phase  # type: ignore[union-attr]
    assert states(result)[finding.pack, finding.rule_id] is FindingState.PLANNED
    assert stack.count() == depth + 1
    harness.workbench.actions["undo"].trigger()
    result = settled(harness, qtbot)
    assert (finding.pack, finding.rule_id) in keys(result)
    assert set(harness.session.document.strategy.cards) == cards_before
    assert any(f.rule_id == finding.rule_id for f in tree_findings(c))


def test_badges_follow_findings_and_survive_a_removed_card_coming_back(
    harness: Harness, qtbot: QtBot
) -> None:
    c = checking(harness)
    scene = harness.session.scene
    finding = next(f for f in c.result.findings if f.card_ids)  # type: ignore[union-attr]
    card_id = finding.card_ids[0]
    badge = scene.cards[card_id].badges
    assert badge and finding.title in badge[0].tooltip
    assert finding.title in scene.cards[card_id].toolTip()
    assert c.findings.select_finding(finding)
    assert {cid for cid, item in scene.cards.items() if item.highlighted} == set(finding.card_ids)
    harness.session.editor.remove([card_id])
    settled(harness, qtbot)
    assert card_id not in scene.cards
    harness.workbench.actions["undo"].trigger()
    settled(harness, qtbot)
    assert scene.cards[card_id].badges == badge


def test_profile_edit_is_undoable_and_changes_which_rules_apply(
    harness: Harness, qtbot: QtBot
) -> None:
    c = checking(harness)
    strategy = harness.session.document.strategy
    assert strategy.profile.personal_data
    before = settled(harness, qtbot)
    applicable = {cov.pack: cov.applicable for cov in before.coverage}
    box = c.profile.editor.flags["personal_data"]
    depth = harness.session.stack.count()
    box.setChecked(False)  # as a click would: one profile edit
    after = settled(harness, qtbot)
    assert not strategy.profile.personal_data
    assert harness.session.stack.count() == depth + 1
    changed = {cov.pack for cov in after.coverage if cov.applicable != applicable[cov.pack]}
    assert changed, "turning personal data off must change which rules apply"
    assert keys(after) != keys(before)
    harness.workbench.actions["undo"].trigger()
    again = settled(harness, qtbot)
    assert strategy.profile.personal_data
    assert box.isChecked()  # the panel follows the undo
    assert keys(again) == keys(before)


def test_unticking_a_pack_removes_its_meter_and_undo_restores_it(
    harness: Harness, qtbot: QtBot
) -> None:
    c = checking(harness)
    strategy = harness.session.document.strategy
    pack = strategy.packs[0]
    c.profile.packs.set_checked(pack, False)
    result = settled(harness, qtbot)
    assert pack not in strategy.packs
    assert pack not in c.coverage.meters
    assert all(f.pack != pack for f in result.findings)
    harness.workbench.actions["undo"].trigger()
    settled(harness, qtbot)
    assert pack in strategy.packs and pack in c.coverage.meters
    assert pack in c.profile.packs.selected()


def test_a_coverage_meter_filters_the_findings_to_its_pack(harness: Harness) -> None:
    c = checking(harness)
    pack = next(iter(c.coverage.meters))
    QTest.mouseClick(c.coverage.meters[pack].button, Qt.MouseButton.LeftButton)
    shown = tree_findings(c)
    assert shown and {f.pack for f in shown} == {pack}


def test_the_crosswalk_opens_from_the_view_menu(harness: Harness, monkeypatch: Any) -> None:
    seen: list[object] = []

    def run_dialog(dialog: object) -> bool:
        seen.append(dialog)
        return False

    monkeypatch.setattr(harness.workbench, "run_dialog", run_dialog)
    harness.workbench.actions["crosswalk"].trigger()
    assert len(seen) == 1 and isinstance(seen[0], CrosswalkDialog)
    assert seen[0].visible_capabilities()


def test_switching_strategies_checks_the_one_shown(harness: Harness, qtbot: QtBot) -> None:
    wb = harness.workbench
    ids = [s.id for s in wb.strategies_listing()]
    other = next(i for i in ids if i != harness.session.strategy_id)
    wb.open_strategy(other)
    result = settled(harness, qtbot)
    assert result.strategy_id == other
    assert checking(harness).profile.packs.selected() == tuple(
        sorted(harness.session.document.strategy.packs)
    )


def test_the_new_docks_are_panels_and_step_aside_for_presenting(harness: Harness) -> None:
    wb = harness.workbench
    c = checking(harness)
    assert wb.drilling is not None
    mine = [c.findings, c.profile_dock, wb.drilling.dock]
    panels = next(m for m in wb.window.menuBar().findChildren(QMenu) if m.title() == "P&anels")
    for dock in mine:
        assert dock in wb.docks and dock.toggleViewAction() in panels.actions()
        assert dock.objectName()  # so the window layout is remembered
        assert dock.accessibleName()
    wb.actions["panel_findings_dock"].trigger()
    shown = [d for d in mine if d.isVisible()]
    assert c.findings in shown
    wb.actions["presentation"].trigger()
    assert not any(d.isVisible() for d in mine)
    wb.actions["presentation"].trigger()
    assert all(d.isVisible() for d in shown)


def test_after_a_fix_the_halo_follows_the_picked_finding(harness: Harness, qtbot: QtBot) -> None:
    wb = harness.workbench
    largest = max(wb.strategies_listing(), key=lambda s: s.card_count)
    wb.open_strategy(largest.id)
    c = checking(harness)
    result = settled(harness, qtbot)
    finding = next(f for f in result.findings if f.card_ids and f.fixes)
    assert c.findings.select_finding(finding)
    assert any(item.highlighted for item in harness.session.scene.cards.values())
    c.findings.request_fix()
    after = settled(harness, qtbot)
    assert finding not in after.findings  # fixed, or the same rule now asks for a link
    current = c.findings.current_finding()
    lit = {cid for cid, item in harness.session.scene.cards.items() if item.highlighted}
    assert lit == (set(current.card_ids) if current is not None else set())


def test_a_date_in_the_profile_is_the_date_the_check_applies(
    harness: Harness, qtbot: QtBot
) -> None:
    wb = harness.workbench
    largest = max(wb.strategies_listing(), key=lambda s: s.card_count)
    wb.open_strategy(largest.id)
    c = checking(harness)
    today = settled(harness, qtbot)
    assert today.checked_on == dt.date.today()
    assert c.findings.law_date.text().endswith("(today).")
    editor = c.profile.editor
    depth = harness.session.stack.count()
    editor.as_of_today.click()  # untick "Today": the date edit takes over
    editor.as_of.setDate(QDate(2026, 1, 1))
    before_law = settled(harness, qtbot)
    strategy = harness.session.document.strategy
    assert strategy.profile.as_of == dt.date(2026, 1, 1)
    assert harness.session.stack.count() == depth + 2  # untick, then the date: two steps
    # The controller re-checked after the profile edit, on the profile's date.
    assert before_law.revision == strategy.revision
    assert before_law.checked_on == dt.date(2026, 1, 1)
    upcoming = [f for f in before_law.findings if f.state is FindingState.UPCOMING]
    assert upcoming, "AI Act duties that apply from August 2026 are upcoming on 1 January"
    assert c.findings.law_date.text().startswith(
        "Checked against the law as it stands on 1 January 2026 — the date set in the profile"
    )
    eu = next(m for k, m in c.coverage.meters.items() if k == "eu-ai-act")
    assert "upcoming" in eu.button.toolTip()
    harness.workbench.actions["undo"].trigger()
    harness.workbench.actions["undo"].trigger()
    again = settled(harness, qtbot)
    assert again.checked_on == dt.date.today() and editor.as_of_today.isChecked()


def test_planned_cards_wear_a_ring_not_the_error_badge(harness: Harness, qtbot: QtBot) -> None:
    wb = harness.workbench
    largest = max(wb.strategies_listing(), key=lambda s: s.card_count)
    wb.open_strategy(largest.id)
    result = settled(harness, qtbot)
    scene = harness.session.scene
    planned = {c for f in result.findings if f.state is FindingState.PLANNED for c in f.card_ids}
    missing = {
        c
        for f in result.findings
        if f.state in (FindingState.OPEN, FindingState.PROHIBITED)
        for c in f.card_ids
    }
    only_planned = (planned - missing) & set(scene.cards)
    assert only_planned
    for cid in only_planned:
        (badge,) = scene.cards[cid].badges
        assert badge.hollow
        assert "Planned — not in place" in scene.cards[cid].toolTip()
    # Putting the card in place takes the ring away (once nothing else waits on it).
    cid = sorted(only_planned)[0]
    harness.session.editor.update_card(cid, status=Status.IN_PLACE)
    after = settled(harness, qtbot)
    still = {c for f in after.findings if f.state is FindingState.PLANNED for c in f.card_ids}
    if cid not in still:
        assert not any(b.hollow for b in scene.cards[cid].badges)


def test_the_findings_dock_in_the_window_ranks_and_shows_the_law_date(harness: Harness) -> None:
    c = checking(harness)
    assert c.result is not None and c.result.top_gaps
    assert c.findings.top_gaps() == list(c.result.top_gaps)
    harness.workbench.actions["panel_findings_dock"].trigger()
    assert c.findings.law_date.isVisible()
    # The window's checker weighs the drills' harm: it has the events the drills dock loaded.
    assert harness.workbench.drilling is not None
    assert c.events == harness.workbench.drill_load.events  # type: ignore[union-attr]
    assert (
        c.events
        and c.checker.check(harness.session.document.strategy).top_gaps == c.result.top_gaps
    )


def test_the_profile_panel_fits_a_1366_by_768_screen(harness: Harness, qtbot: QtBot) -> None:
    wb = harness.workbench
    wb.window.resize(1366, 768)
    c = checking(harness)
    c.profile_dock.show()
    c.profile_dock.raise_()
    QApplication.processEvents()
    assert wb.window.width() <= 1366 and wb.window.height() <= 768
    scroll = c.profile.editor.findChild(QScrollArea, "profile_fields_scroll")
    assert scroll is not None
    body = scroll.widget()
    assert body is not None
    qtbot.waitUntil(lambda: scroll.viewport().width() > 0)
    assert body.minimumSizeHint().width() <= scroll.viewport().width()
    assert not scroll.horizontalScrollBar().isVisible()
