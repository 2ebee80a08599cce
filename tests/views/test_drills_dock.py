"""The drills dock on demo strategies: outcomes, resilience, stepping, gap closing and the year."""

from __future__ import annotations

import itertools
import os
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from app.document import Document
from app.drills import closing_operation, load_events, load_simulation, run_drills
from app.resources import ContentLibrary
from models.drills import DrillEvent, DrillOutcome, Stage, Timeline
from models.strategy import Strategy
from tests.views.a11y_helpers import top, unnamed_widgets
from tests.views.drill_helpers import close_gaps, demo_strategy
from views.docks.drills import DrillsDock

# Screenshots go to docs/ only when asked (MLOPS_CANVAS_SCREENSHOTS=1): a plain test
# run must not rewrite tracked files.
SCREENSHOTS = (
    Path(__file__).resolve().parents[2] / "docs" / "screenshots"
    if os.environ.get("MLOPS_CANVAS_SCREENSHOTS")
    else Path(tempfile.gettempdir()) / "mlops-canvas-screenshots"
)
CLOSED = ("silent-accuracy-decay", "subgroup-fairness-gap", "service-outage")


@pytest.fixture(scope="module")
def events() -> dict[str, DrillEvent]:
    return load_events().by_key()


@pytest.fixture
def strategy(library: ContentLibrary, events: dict[str, DrillEvent]) -> Strategy:
    return close_gaps(demo_strategy(library), library, [events[k] for k in CLOSED])


@pytest.fixture
def dock(
    qtbot: QtBot, library: ContentLibrary, events: dict[str, DrillEvent], strategy: Strategy
) -> DrillsDock:
    widget = DrillsDock(tuple(events.values()), load_simulation(), library, seed=0)
    qtbot.addWidget(widget)
    widget.set_strategy(strategy, "people affected")
    widget.resize(900, 1000)
    with qtbot.waitExposed(widget):
        widget.show()
    return widget


def picked(dock: DrillsDock) -> Timeline:
    """The picked event's timeline, which the test expects to exist."""
    timeline = dock.current_timeline()
    assert timeline is not None
    return timeline


def _outcomes(dock: DrillsDock) -> dict[str, str]:
    return {
        top(dock.list, i).data(0, Qt.ItemDataRole.UserRole + 1): top(dock.list, i).text(1)
        for i in range(dock.list.topLevelItemCount())
    }


def test_before_running_it_says_what_run_all_does(
    dock: DrillsDock, events: dict[str, DrillEvent]
) -> None:
    assert dock.list.topLevelItemCount() == 0
    assert f"{len(events)} what-if events" in dock.score.text()
    assert not dock.step_button.isEnabled()


def test_run_all_lists_every_outcome_with_word_and_icon(
    dock: DrillsDock, events: dict[str, DrillEvent], strategy: Strategy
) -> None:
    QTest.mouseClick(dock.run_button, Qt.MouseButton.LeftButton)
    expected = {t.event_key: t.outcome for t in run_drills(strategy, events.values())}
    words = {
        DrillOutcome.HANDLED: "Handled",
        DrillOutcome.LATE: "Late",
        DrillOutcome.MISSED: "Missed",
    }
    assert _outcomes(dock) == {k: words[o] for k, o in expected.items()}
    # The demo strategy after three closed gaps gives a real mix.
    assert set(expected.values()) == set(DrillOutcome)
    for i in range(dock.list.topLevelItemCount()):
        assert not top(dock.list, i).icon(1).isNull()
    handled = sum(o is DrillOutcome.HANDLED for o in expected.values())
    share = round(100 * handled / len(expected))
    assert f"Resilience {share}%" in dock.score.text()
    assert f"{handled} of {len(expected)} events handled in time" in dock.score.text()


def test_stepping_lights_the_chain_in_order(
    dock: DrillsDock, qtbot: QtBot, strategy: Strategy
) -> None:
    dock.run_all()
    assert dock.select_event("silent-accuracy-decay")
    timeline = picked(dock)
    assert timeline.outcome is DrillOutcome.HANDLED
    seen: list[tuple[list[str], str]] = []
    dock.step_cards.connect(lambda cards, label: seen.append((cards, label)))
    for _ in timeline.steps:
        with qtbot.waitSignal(dock.step_cards):
            QTest.mouseClick(dock.step_button, Qt.MouseButton.LeftButton)
    assert [label.split(",")[0] for _, label in seen] == [
        "Occurred",
        "Detected",
        "Handled",
        "Fed back",
    ]
    assert seen[0][0] == []
    assert seen[-1][0] == list(timeline.lit_card_ids)
    for (before, _), (after, _) in itertools.pairwise(seen):
        assert after[: len(before)] == before
    assert dock.chain.steps.currentRow() == len(timeline.steps) - 1
    with qtbot.waitSignal(dock.step_cards) as blocker:
        QTest.mouseClick(dock.stop_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [[], ""]


def test_a_broken_chain_names_what_is_missing_and_closes_the_gap(
    dock: DrillsDock,
    qtbot: QtBot,
    library: ContentLibrary,
    events: dict[str, DrillEvent],
    strategy: Strategy,
) -> None:
    dock.run_all()
    assert dock.select_event("citizen-appeal")
    timeline = picked(dock)
    broken = timeline.broken
    assert broken is not None and broken.capability
    title = library.capabilities[broken.capability].title
    shown = dock.chain.break_label.text()
    assert f"Missing: the capability “{title}”" in shown
    for card_id in broken.planned:
        assert f"“{strategy.cards[card_id].title}”" in shown
    # Stepping ends on the break, with the break's cards lit.
    steps = len(timeline.steps) + 1
    labels: list[str] = []
    dock.step_cards.connect(lambda _cards, label: labels.append(label))
    for _ in range(steps):
        dock.step()
    assert labels[-1].startswith("Breaks before")
    expected = closing_operation(timeline, events["citizen-appeal"], strategy, library)
    assert expected is not None
    dock.chain.close_button.setFocus()
    with qtbot.waitSignal(dock.close_requested) as blocker:
        QTest.keyClick(dock.chain.close_button, Qt.Key.Key_Return)
    op, text = blocker.args
    assert op.kind == expected.kind
    assert text == f"Close the gap: {timeline.event_title}"
    # The main window applies it; the dock runs again and the break moves on.
    document = Document(strategy)
    document.apply(op)
    dock.strategy_changed()
    qtbot.waitUntil(lambda: picked(dock) is not timeline)
    after = picked(dock)
    assert after.event_key == "citizen-appeal"
    assert after.broken is None or after.broken != broken


def test_alternative_practices_can_be_added_instead(dock: DrillsDock, qtbot: QtBot) -> None:
    dock.run_all()
    timeline = next(
        t for t in dock._timelines.values() if t.broken and len(t.broken.suggestions) > 1
    )
    dock.select_event(timeline.event_key)
    dock.chain.alternatives.setCurrentIndex(1)
    with qtbot.waitSignal(dock.fix_requested) as blocker:
        QTest.mouseClick(dock.chain.add_button, Qt.MouseButton.LeftButton)
    assert timeline.broken is not None
    assert blocker.args == [timeline.broken.suggestions[1]]


def test_selecting_an_event_selects_its_cards(dock: DrillsDock, qtbot: QtBot) -> None:
    dock.run_all()
    with qtbot.waitSignal(dock.cards_selected) as blocker:
        dock.select_event("subgroup-fairness-gap")
    timeline = picked(dock)
    assert blocker.args == [list(timeline.lit_card_ids)]


def test_the_year_follows_the_seed(dock: DrillsDock, qtbot: QtBot) -> None:
    dock.run_all()
    first = dock.year
    assert first is not None and first.seed == 0
    assert "Harm over the year" in dock.year_panel.harm.text()
    assert dock.year_panel.events.topLevelItemCount() == len(first.events)
    dock.year_panel.seed.setValue(7)
    assert dock.year is not None and dock.year.seed == 7
    assert dock.year != first
    dock.year_panel.seed.setValue(0)
    assert dock.year == first


def test_no_strategy_and_an_empty_strategy_do_not_break_it(
    dock: DrillsDock, library: ContentLibrary
) -> None:
    dock.set_strategy(None)
    assert not dock.run_button.isEnabled()
    dock.run_all()
    assert not dock.rows
    empty = demo_strategy(library).model_copy(update={"cards": {}, "links": {}})
    dock.set_strategy(empty)
    dock.run_all()
    assert {r.outcome for r in dock.rows} == {DrillOutcome.MISSED}
    assert all(r.broken_at is Stage.DETECTED for r in dock.rows)


def test_every_visible_widget_has_an_accessible_name(dock: DrillsDock) -> None:
    dock.run_all()
    assert unnamed_widgets(dock) == []
    dock.tabs.setCurrentIndex(1)
    assert unnamed_widgets(dock) == []


def test_screenshot(dock: DrillsDock) -> None:
    dock.run_all()
    dock.select_event("citizen-appeal")
    for _ in range(2):
        dock.step()
    font = dock.font()
    font.setPointSizeF(13)
    dock.setFont(font)
    dock.resize(1000, 1100)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    assert dock.grab().save(str(SCREENSHOTS / "drills-dock.png"))


def test_wired_close_the_gap_is_one_undoable_step(qtbot: QtBot, library: ContentLibrary) -> None:
    from app.checker import load_packs
    from tests.views.wiring import Wiring

    packs = load_packs(capabilities=library.capabilities)
    wiring = Wiring(demo_strategy(library), library, packs)
    dock = wiring.drills
    qtbot.addWidget(dock)
    dock.run_all()
    key = next(
        t.event_key
        for t in dock._timelines.values()
        if t.broken is not None
        and len(t.steps) > 1
        and dock.select_event(t.event_key)
        and dock.chain.closing_operation() is not None
    )
    dock.select_event(key)
    first = picked(dock)
    revision = wiring.document.revision
    dock.close_gap()
    assert wiring.stack.count() == 1 and wiring.document.revision == revision + 1
    qtbot.waitUntil(lambda: picked(dock) != first)
    assert picked(dock).broken != first.broken
    wiring.stack.undo()
    qtbot.waitUntil(lambda: picked(dock) == first)
    # Stepping lights the chain on the canvas.
    dock.step()
    dock.step()
    lit = {cid for cid, item in wiring.scene.cards.items() if item.highlighted}
    assert lit and lit == set(first.steps[1].card_ids)
