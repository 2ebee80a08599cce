"""The findings dock on the demo strategies' real check results."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from app.checker import Checker, PackSet, load_packs
from app.demo import build_demo
from app.resources import ContentLibrary
from models.findings import CheckResult
from models.rules import Present
from models.strategy import Strategy
from models.vocabulary import FindingState, Severity
from tests.views.a11y_helpers import child, top, unnamed_widgets
from views.docks.findings import FindingsDock, card_badges

# Screenshots go to docs/ only when asked (MLOPS_CANVAS_SCREENSHOTS=1): a plain test
# run must not rewrite tracked files.
SCREENSHOTS = (
    Path(__file__).resolve().parents[2] / "docs" / "screenshots"
    if os.environ.get("MLOPS_CANVAS_SCREENSHOTS")
    else Path(tempfile.gettempdir()) / "mlops-canvas-screenshots"
)


@pytest.fixture(scope="module")
def packs(library: ContentLibrary) -> PackSet:
    return load_packs(capabilities=library.capabilities)


@pytest.fixture(scope="module")
def aurora(library: ContentLibrary) -> Strategy:
    return build_demo(library).strategies[0]


@pytest.fixture(scope="module")
def result(library: ContentLibrary, packs: PackSet, aurora: Strategy) -> CheckResult:
    return Checker(packs, library, library.capabilities).check(aurora)


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


def test_lists_every_finding_grouped_by_pack_then_severity(
    dock: FindingsDock, result: CheckResult
) -> None:
    shown = dock.visible_findings()
    assert sorted(map(repr, shown)) == sorted(map(repr, result.findings))
    titles = [top(dock.tree, i).text(0) for i in range(dock.tree.topLevelItemCount())]
    assert titles[0].startswith("Lifecycle structure")
    assert any(t.startswith("EU AI Act (") for t in titles)
    eu = next(
        top(dock.tree, i)
        for i in range(dock.tree.topLevelItemCount())
        if top(dock.tree, i).text(0).startswith("EU AI Act")
    )
    groups = [child(eu, i).text(0) for i in range(eu.childCount())]
    assert groups[0].startswith("Errors (") and groups[1].startswith("Warnings (")
    leaf = child(child(eu, 0), 0)
    # Severity as a word and an icon, not colour only; title and citation in their columns.
    assert leaf.text(0) == "Error" and not leaf.icon(0).isNull()
    assert leaf.text(2).startswith("AI Act Art.")
    assert "findings" in dock.summary.text()


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
    structure = top(dock.tree, 0)
    expected = list(
        dict.fromkeys(c for f in result.findings if f.pack == "structure" for c in f.card_ids)
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


def test_badges_mark_each_card_by_its_worst_finding(result: CheckResult, aurora: Strategy) -> None:
    badges = card_badges(result, aurora.cards)
    assert set(badges) == set(aurora.cards)
    concerned = {c for f in result.findings for c in f.card_ids}
    assert {cid for cid, b in badges.items() if b} == concerned & set(aurora.cards)
    for cid in concerned & set(aurora.cards):
        (badge,) = badges[cid]
        assert badge.tooltip


def test_every_visible_widget_has_an_accessible_name(
    dock: FindingsDock, result: CheckResult
) -> None:
    dock.select_finding(result.findings[0])
    assert unnamed_widgets(dock) == []


def test_screenshot(dock: FindingsDock, result: CheckResult, aurora: Strategy) -> None:
    finding = next(f for f in result.findings if f.fixes and f.card_ids)
    dock.select_finding(finding)
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
