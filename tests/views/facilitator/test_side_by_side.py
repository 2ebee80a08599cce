"""Side-by-side review: two strategies of one scenario, canvases at one scale, the tables."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from app.demo import DemoBundle
from app.exchange.codec import document_bytes
from app.exchange.writer import build_document
from app.resources import ContentLibrary
from app.review.compare import SideBySide
from models.findings import CheckResult
from models.strategy import Strategy
from tests.views.facilitator.a11y import unnamed_widgets
from tests.views.facilitator.builders import ADDED, DROPPED, rival_strategy
from views.facilitator.side_by_side import SideBySideView
from views.facilitator.tables import table_text

Check = Callable[[Strategy], CheckResult]


def _view(
    qtbot: QtBot, candidates: list[Strategy], check: Check | None, **kwargs: object
) -> SideBySideView:
    view = SideBySideView(candidates, check, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(view)
    view.resize(1600, 1000)
    view.show()
    return view


def test_two_strategies_compared_with_cards_coverage_and_findings(
    qtbot: QtBot, demo: DemoBundle, library: ContentLibrary, checker: Check
) -> None:
    aurora = demo.strategies[0]
    rival = rival_strategy(demo, library)
    names = {aurora.id: "Team Aurora", rival.id: "Team Cirrus"}
    view = _view(qtbot, [aurora, rival], checker, names=names)
    with qtbot.waitSignal(view.compared) as done:
        view.set_checked([aurora.id, rival.id])
        view.compare_button.click()
    result = done.args[0]
    assert isinstance(result, SideBySide)
    # Cards: the default filter lists only differences, each in words.
    differences = {row[0]: row[2:] for row in table_text(view.cards_table)}
    expected = {library.catalog[k].title: ["✓ has it", "✗ lacks it"] for k in DROPPED}
    expected[library.catalog[ADDED].title] = ["✗ lacks it", "✓ has it"]
    assert differences == expected
    view.card_filter.setCurrentIndex(view.card_filter.findText("Missing from Team Cirrus"))
    assert {row[0] for row in table_text(view.cards_table)} == {
        library.catalog[k].title for k in DROPPED
    }
    view.card_filter.setCurrentIndex(0)
    assert view.cards_table.rowCount() == len(aurora.cards) + 1
    # Coverage per pack: one row per pack, exact figures from the checker.
    coverage = {row[0]: row[1:] for row in table_text(view.coverage_table)}
    for cov in checker(aurora).coverage:
        assert coverage[cov.title][0].startswith(f"{cov.satisfied} of {cov.applicable} (")
    for cov in checker(rival).coverage:
        assert coverage[cov.title][1].startswith(f"{cov.satisfied} of {cov.applicable} (")
    # Findings: one row per rule, the count per strategy.
    findings = table_text(view.findings_table)
    assert len(findings) == len(result.findings)
    for row, expected_row in zip(findings, result.findings, strict=True):
        assert row[1] == expected_row.title
        assert row[3:] == [str(n) if n else "— none" for n in expected_row.counts]


def test_canvases_are_read_only_and_share_one_scale(
    qtbot: QtBot, demo: DemoBundle, library: ContentLibrary
) -> None:
    aurora = demo.strategies[0]
    rival = rival_strategy(demo, library)
    view = _view(qtbot, [aurora, rival], None, selected=[aurora.id, rival.id])
    first, second = view.canvases.views
    assert first.zoom == second.zoom
    first.zoom_by(1.5)  # zooming one zooms both
    assert second.zoom == first.zoom
    assert set(first.canvas.cards) == set(aurora.cards)
    assert set(second.canvas.cards) == set(rival.cards)
    assert not first.isInteractive() and not first.acceptDrops()
    dropped = {c.id for c in aurora.cards.values() if c.catalog_key in DROPPED}
    added = {c.id for c in rival.cards.values() if c.catalog_key == ADDED}
    assert {i for i, item in first.canvas.cards.items() if item.highlighted} == dropped
    assert {i for i, item in second.canvas.cards.items() if item.highlighted} == added
    # The canvas shows a copy: the strategy given is never touched.
    assert first.strategy is not aurora and first.strategy == aurora


def test_strategies_of_different_scenarios_are_refused_with_a_message(
    qtbot: QtBot, demo: DemoBundle
) -> None:
    view = _view(qtbot, list(demo.strategies), None)
    view.set_checked([s.id for s in demo.strategies])
    assert view.compare_checked() is None
    assert view.message.isVisible() and "same scenario" in view.message.text()
    view.set_checked([demo.strategies[0].id])
    assert view.compare_checked() is None
    assert view.message.text() == "Pick at least two strategies to compare."


def test_an_export_file_is_reviewed_without_importing(
    qtbot: QtBot, demo: DemoBundle, library: ContentLibrary, tmp_path: Path
) -> None:
    aurora = demo.strategies[0]
    rival = rival_strategy(demo, library)
    scenarios = [s for s in demo.scenarios if s.key == rival.scenario_key]
    path = tmp_path / "rival.json"
    document = build_document("strategy", demo.workshop, scenarios, [rival], library.version)
    path.write_bytes(document_bytes(document))
    view = _view(qtbot, [aurora], None, known_library=library)
    opened = view.open_file(path)
    assert opened is not None and opened.id == rival.id
    assert view.message.text() == "rival.json is open for review; it was not imported."
    view.set_checked([aurora.id, rival.id])
    result = view.compare_checked()
    assert result is not None and [s.id for s in result.strategies] == [aurora.id, rival.id]
    assert view.canvases.views[1].parent() is not None
    # The same file again is kept as a separate copy, so both can be compared.
    again = view.open_file(path)
    assert again is not None and again.id != rival.id and view.list.count() == 3


def test_a_broken_export_file_is_a_message(qtbot: QtBot, demo: DemoBundle, tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text("{not json", encoding="utf-8")
    view = _view(qtbot, [demo.strategies[0]], None)
    assert view.open_file(path) is None
    assert view.message.text().startswith("broken.json cannot be reviewed:")
    assert view.list.count() == 1


def test_every_visible_widget_has_an_accessible_name(
    qtbot: QtBot, demo: DemoBundle, library: ContentLibrary, checker: Check
) -> None:
    aurora = demo.strategies[0]
    rival = rival_strategy(demo, library)
    view = _view(qtbot, [aurora, rival], checker, selected=[aurora.id, rival.id])
    for index in range(view.tabs.count()):
        view.tabs.setCurrentIndex(index)
        assert unnamed_widgets(view) == []


def test_coverage_cells_name_planned_apart_and_never_as_met() -> None:
    from models.findings import PackCoverage
    from views.facilitator.tables import coverage_cell

    planned = PackCoverage(pack="gdpr", title="GDPR", applicable=12, satisfied=0, planned=12)
    assert coverage_cell(planned) == "0 of 12 (0%) · 12 planned"
    met = planned.model_copy(update={"satisfied": 12, "planned": 0})
    assert coverage_cell(met) == "12 of 12 (100%)"
