"""Snapshots and the version diff table; the history replay slider reaching the final state."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from app.demo import DemoBundle
from app.document import Document
from app.resources import ContentLibrary
from app.review.diff import StrategyDiff
from app.review.replay import Replay
from app.review.snapshots import take_snapshot
from models.findings import CheckResult
from models.operations import (
    AddCard,
    AddLink,
    CardPatch,
    MoveCard,
    OperationRecord,
    RemoveCard,
    UpdateCard,
)
from models.phases import Phase
from models.strategy import Link, Placement, Strategy
from models.vocabulary import LinkKind, Role
from tests.views.facilitator.a11y import unnamed_widgets
from views.facilitator.history import ReplayPanel
from views.facilitator.tables import table_text
from views.facilitator.versions import NOW, VersionsPanel

Check = Callable[[Strategy], CheckResult]


def _card(strategy: Strategy, key: str):  # type: ignore[no-untyped-def]
    return next(c for c in strategy.cards.values() if c.catalog_key == key)


def _edited(
    demo: DemoBundle, library: ContentLibrary
) -> tuple[Strategy, Strategy, list[OperationRecord]]:
    """Aurora's strategy before, after four known edits, and the operation log between."""
    before = demo.strategies[0].model_copy(deep=True)
    document = Document(before.model_copy(deep=True))
    records: list[OperationRecord] = []

    def apply(op: object) -> None:
        document.apply(op)  # type: ignore[arg-type]
        records.append(
            OperationRecord.model_validate(
                {"strategy_id": before.id, "revision": document.revision, "op": op}
            )
        )

    appeal = library.card_from_catalog("appeal-route", 20, 400)
    apply(AddCard(card=appeal))
    drift = _card(document.strategy, "drift-detection")
    links = tuple(
        lk for lk in document.strategy.links.values() if drift.id in (lk.source, lk.target)
    )
    apply(RemoveCard(card=drift, links=links))
    shadow = _card(document.strategy, "shadow-deployment")
    apply(
        MoveCard(
            card_id=shadow.id,
            before=shadow.placement,
            after=Placement(phase=Phase.EVALUATE, x=shadow.x, y=400),
        )
    )
    registry = _card(document.strategy, "model-registry")
    owner = frozenset({"owner_role"})
    apply(
        UpdateCard(
            card_id=registry.id,
            before=CardPatch.of(registry, owner),
            after=CardPatch.of(
                registry.model_copy(update={"owner_role": Role.POLICY_LEGAL}), owner
            ),
        )
    )
    feedback = _card(document.strategy, "feedback-channel")
    apply(AddLink(link=Link(source=feedback.id, target=appeal.id, kind=LinkKind.FLOWS)))
    return before, document.strategy, records


def test_diff_table_lists_exactly_what_changed(
    qtbot: QtBot, demo: DemoBundle, library: ContentLibrary, checker: Check
) -> None:
    before, after, _ = _edited(demo, library)
    snapshot = take_snapshot(before, "Before feedback", at="2026-11-29T10:00:00+00:00")
    panel = VersionsPanel(after, [snapshot], checker)
    qtbot.addWidget(panel)
    panel.show()
    panel.select(snapshot.id, NOW)
    with qtbot.waitSignal(panel.diff_shown) as shown:
        panel.compare_button.click()
    diff = shown.args[0]
    assert isinstance(diff, StrategyDiff)
    rows = table_text(panel.changes_table)
    appeal = library.catalog["appeal-route"].title
    kept = [row for row in rows if row[0] != "Link removed"]
    assert kept == [
        ["Card added", appeal, "Feedback", ""],
        ["Card removed", "Data & concept drift detection", "Monitoring", ""],
        ["Card moved", "Shadow deployment", "Evaluation", "from Deployment to Evaluation"],
        ["Card edited", "Model registry", "Development", "changed: owner"],
        ["Link added", f"Staff & citizen feedback channel → {appeal}", "", "flows into"],
    ]
    removed_links = [row for row in rows if row[0] == "Link removed"]
    assert len(removed_links) == len(diff.links_removed) > 0
    assert all("Data & concept drift detection" in row[1] for row in removed_links)
    coverage = table_text(panel.coverage_table)
    assert [row[0] for row in coverage] == [d.title for d in diff.coverage]
    for row, delta in zip(coverage, diff.coverage, strict=True):
        assert delta.after is not None
        assert row[2].startswith(f"{delta.after.satisfied} of {delta.after.applicable}")
    findings = table_text(panel.findings_table)
    assert len(findings) == len(diff.findings_opened) + len(diff.findings_closed)
    assert {r[2] for r in findings if r[0] == "Opened"} == {f.title for f in diff.findings_opened}
    assert panel.summary.text().startswith("Revision 0 → 5: 1 cards added, 1 removed, 1 moved")
    # The canvas shows the newer version with the changes marked.
    marks = diff.highlights()
    assert {i for i, item in panel.canvas.canvas.cards.items() if item.highlighted} == {
        i for i, mark in marks.items() if mark != "removed"
    }


def test_two_snapshots_compare_older_to_newer_in_either_order(
    qtbot: QtBot, demo: DemoBundle, library: ContentLibrary
) -> None:
    before, after, _ = _edited(demo, library)
    first = take_snapshot(before, "Round 1")
    second = take_snapshot(after, "Round 2")
    panel = VersionsPanel(after, [second, first])
    qtbot.addWidget(panel)
    assert [s.name for s in panel.snapshots] == ["Round 1", "Round 2"]
    panel.select(second.id, first.id)
    diff = panel.compare_selected()
    assert diff is not None and (diff.before_revision, diff.after_revision) == (0, 5)
    panel.select(first.id, first.id)
    assert panel.compare_selected() is None
    assert panel.message.text() == "Choose two different versions to compare."


def test_take_snapshot_requests_a_unique_name(qtbot: QtBot, demo: DemoBundle) -> None:
    strategy = demo.strategies[0]
    panel = VersionsPanel(strategy, [take_snapshot(strategy, "Before feedback")])
    qtbot.addWidget(panel)
    requested: list[str] = []
    panel.snapshot_requested.connect(requested.append)
    panel.name_edit.setText("  before   FEEDBACK ")
    panel.take_button.click()
    assert requested == [] and "already has a snapshot" in panel.message.text()
    panel.name_edit.setText("After   feedback")
    panel.take_button.click()
    panel.name_edit.clear()
    panel.take_button.click()  # a blank name takes the suggested default
    assert requested == ["After feedback", "Snapshot 1"]
    panel.add_snapshot(take_snapshot(strategy, "After feedback"))
    assert panel.list.count() == 2 and panel.older.count() == 3


def test_replay_slider_reaches_the_final_state(
    qtbot: QtBot, demo: DemoBundle, library: ContentLibrary
) -> None:
    before, after, records = _edited(demo, library)
    replay = Replay.from_final(after, records)
    panel = ReplayPanel(replay, strategy_name="Aurora")
    qtbot.addWidget(panel)
    panel.show()
    assert panel.revision == 5 and panel.canvas.strategy == after
    panel.first_button.click()
    assert panel.canvas.strategy == before.model_copy(update={"revision": 0})
    assert set(panel.canvas.canvas.cards) == set(before.cards)
    assert panel.step_label.text().endswith("before the first recorded change")
    panel.forward_button.click()
    assert panel.revision == 1 and "Added" in panel.step_label.text()
    appeal = next(c for c in after.cards.values() if c.catalog_key == "appeal-route")
    assert panel.canvas.canvas.cards[appeal.id].highlighted
    panel.slider.setValue(panel.slider.maximum())
    final = panel.canvas.strategy
    assert final == after
    assert {i: item.pos() for i, item in panel.canvas.canvas.cards.items()} == {
        i: panel.canvas.canvas.geometry.card_scene_pos(c) for i, c in after.cards.items()
    }
    assert not panel.forward_button.isEnabled()


def test_play_steps_to_the_end_and_stops(
    qtbot: QtBot, demo: DemoBundle, library: ContentLibrary
) -> None:
    _before, after, records = _edited(demo, library)
    panel = ReplayPanel(Replay.from_final(after, records), play_ms=1)
    qtbot.addWidget(panel)
    panel.play_button.click()  # at the end: starts again from the first revision
    assert panel.playing and panel.revision == 0
    qtbot.waitUntil(lambda: not panel.playing, timeout=3000)
    assert panel.revision == 5 and panel.canvas.strategy == after
    assert panel.play_button.text() == "Play"


def test_every_visible_widget_has_an_accessible_name(
    qtbot: QtBot, demo: DemoBundle, library: ContentLibrary, checker: Check
) -> None:
    before, after, records = _edited(demo, library)
    panel = VersionsPanel(after, [take_snapshot(before, "Start")], checker)
    replay = ReplayPanel(Replay.from_final(after, records))
    for widget in (panel, replay):
        qtbot.addWidget(widget)
        widget.show()
    panel.compare_selected()
    assert unnamed_widgets(panel) == []
    assert unnamed_widgets(replay) == []
