"""Drill mode in the real main window: stepping lights the canvas; a gap closes in one undo step."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from models.drills import Timeline
from tests.views.conftest import Harness
from tests.views.helpers import snapshot
from views.docks.drills import DrillsDock


def dock(h: Harness) -> DrillsDock:
    controller = h.workbench.drilling
    assert controller is not None
    return controller.dock


def ran(h: Harness, qtbot: QtBot) -> DrillsDock:
    """The drills dock, shown, once its first run (an idle tick after showing) is done."""
    d = dock(h)
    d.show()
    d.raise_()
    qtbot.waitUntil(lambda: bool(d.rows))
    return d


def lit(h: Harness) -> set[str]:
    return {cid for cid, item in h.session.scene.cards.items() if item.highlighted}


def test_the_dock_drills_the_open_strategy_without_a_press(harness: Harness, qtbot: QtBot) -> None:
    d = ran(harness, qtbot)
    assert len(d.rows) == len(d._events)
    assert d.isEnabled()
    assert d.score.text()


def test_a_hidden_dock_drills_only_once_it_is_shown(harness: Harness, qtbot: QtBot) -> None:
    d = ran(harness, qtbot)
    first = dict(d._timelines)
    d.hide()
    session = harness.session
    card = next(iter(session.document.strategy.cards.values()))
    session.editor.update_card(card.id, title="Renamed while the drills are hidden")
    qtbot.wait(50)
    assert d._timelines == first and d.stale  # nothing ran while hidden
    d.show()
    qtbot.waitUntil(lambda: not d.stale)
    assert d._timelines.keys() == first.keys()
    assert all(d._timelines[k] is not first[k] for k in first)


def test_a_move_inside_a_lane_does_not_drill_again(harness: Harness, qtbot: QtBot) -> None:
    d = ran(harness, qtbot)
    first = dict(d._timelines)
    session = harness.session
    card = next(iter(session.document.strategy.cards.values()))
    item = session.scene.cards[card.id]
    session.editor.move_cards([(card.id, item.pos() + QPointF(0, 200))])
    qtbot.wait(50)
    assert session.document.strategy.cards[card.id].phase is card.phase
    assert all(d._timelines[k] is first[k] for k in first)


def close_until_whole(h: Harness, qtbot: QtBot, d: DrillsDock, key: str) -> Timeline:
    """Press "Close the gap" on one event until its chain is whole, as a team would."""
    for _ in range(6):
        assert d.select_event(key)
        timeline = d._timelines[key]
        if timeline.broken is None or not d.chain.close_button.isEnabled():
            return timeline
        QTest.mouseClick(d.chain.close_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda t=timeline: d._timelines.get(key) is not t)  # type: ignore[misc]
    return d._timelines[key]


def test_stepping_lights_the_cards_on_the_canvas_in_order(harness: Harness, qtbot: QtBot) -> None:
    d = ran(harness, qtbot)
    timeline = close_until_whole(harness, qtbot, d, "silent-accuracy-decay")
    assert timeline.broken is None
    assert len(timeline.lit_card_ids) >= 3
    assert d.select_event(timeline.event_key)
    seen: list[list[str]] = []
    for _ in timeline.steps:
        with qtbot.waitSignal(d.step_cards) as blocker:
            QTest.mouseClick(d.step_button, Qt.MouseButton.LeftButton)
        cards, label = blocker.args
        assert lit(harness) == set(cards)
        assert harness.workbench.window.statusBar().currentMessage() == label
        seen.append(cards)
    for before, after in itertools.pairwise(seen):
        assert after[: len(before)] == before  # each stage adds cards, in chain order
    assert seen[-1] == list(timeline.lit_card_ids)
    QTest.mouseClick(d.stop_button, Qt.MouseButton.LeftButton)
    assert lit(harness) == set()


def test_close_the_gap_is_one_undo_step(harness: Harness, qtbot: QtBot) -> None:
    d = ran(harness, qtbot)
    broken = [t for t in d._timelines.values() if t.broken is not None]
    assert broken, "the demo strategy should miss some events"
    for timeline in broken:
        d.select_event(timeline.event_key)
        if d.chain.close_button.isEnabled():
            break
    else:
        raise AssertionError("no broken chain offers to close its gap")
    strategy = harness.session.document.strategy
    before = snapshot(strategy)
    depth = harness.session.stack.count()
    QTest.mouseClick(d.chain.close_button, Qt.MouseButton.LeftButton)
    assert harness.session.stack.count() == depth + 1
    assert harness.session.stack.undoText().startswith("Close the gap")
    assert snapshot(strategy) != before
    qtbot.waitUntil(lambda: d._timelines.get(timeline.event_key) is not timeline)
    assert d._timelines[timeline.event_key].broken != timeline.broken
    harness.workbench.actions["undo"].trigger()
    assert snapshot(strategy) == before
    assert harness.session.stack.index() == depth


def test_an_alternative_practice_is_added_to_its_lane(harness: Harness, qtbot: QtBot) -> None:
    d = ran(harness, qtbot)
    timeline = next((t for t in d._timelines.values() if t.broken and t.broken.suggestions), None)
    assert timeline is not None and timeline.broken is not None
    d.select_event(timeline.event_key)
    cards_before = set(harness.session.document.strategy.cards)
    QTest.mouseClick(d.chain.add_button, Qt.MouseButton.LeftButton)
    added = set(harness.session.document.strategy.cards) - cards_before
    assert len(added) == 1
    card = harness.session.document.strategy.cards[added.pop()]
    assert card.catalog_key == d.chain.alternatives.currentData()


def test_switching_strategies_drills_the_one_shown(harness: Harness, qtbot: QtBot) -> None:
    d = ran(harness, qtbot)
    first = dict(d._timelines)
    wb = harness.workbench
    other = next(s.id for s in wb.strategies_listing() if s.id != harness.session.strategy_id)
    wb.open_strategy(other)
    qtbot.waitUntil(lambda: bool(d.rows) and d._timelines != first)
    assert d._strategy is harness.session.document.strategy


def test_a_recheck_leaves_the_drill_lights_alone(harness: Harness, qtbot: QtBot) -> None:
    wb = harness.workbench
    largest = max(wb.strategies_listing(), key=lambda s: s.card_count)
    wb.open_strategy(largest.id)
    d = ran(harness, qtbot)
    qtbot.waitUntil(lambda: bool(d.rows) and d._strategy is harness.session.document.strategy)
    checking = harness.workbench.checking
    timeline = close_until_whole(harness, qtbot, d, "silent-accuracy-decay")
    qtbot.waitUntil(lambda: not checking._timer.isActive())
    assert checking.result is not None
    drilled = set(timeline.lit_card_ids)
    finding = next(
        f for f in checking.result.findings if f.card_ids and not drilled & set(f.card_ids)
    )
    assert checking.findings.select_finding(finding)
    assert lit(harness) == set(finding.card_ids)
    d.select_event(timeline.event_key)
    for _ in timeline.steps:
        d.step()
    assert lit(harness) == drilled
    # A re-check (what every edit, profile or pack change runs) refills the findings list
    # and keeps the picked finding; that must not take the halo back from the drill.
    checking.recheck()
    assert lit(harness) == drilled
    assert checking.findings.current_finding() == finding
