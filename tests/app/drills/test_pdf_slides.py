"""The drills slides in the exported deck, handout and Markdown; the CLI's --no-drills."""

from __future__ import annotations

import io
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from pypdf import PdfReader

import app.cli
from app.demo import AURORA_STRATEGY_ID, WORKSHOP_ID, build_demo
from app.drills import catalog_providers, drill_report, load_events, load_simulation
from app.drills.pdf_slides import (
    ACCURACY_AXIS,
    DRILLS_TITLE,
    PICTURE_TITLE,
    YEAR_TITLE,
    DrillsForExport,
    drills_section,
    outcome_label,
    year_chart,
)
from app.export.api import markdown_text, render_pdf
from app.export.blocks import Audience
from app.export.bundle import ExportBundle
from app.export.linechart import LineChart, Panel, Series, nice_ticks
from app.export.sections import build_slides, slides_for
from app.i18n import speaking
from models.drills import DrillEvent, DrillOutcome, DrillReport
from models.phases import Phase
from models.strategy import Card, Link, Strategy
from models.vocabulary import LinkKind, Role, Status
from tests.app.export.conftest import (
    all_text,
    font_dicts,
    library,
    outline_titles,
    read_pdf,
    sample_bundle,
)

HUGE = "<font size=80>Huge</font>"
HOSTILE = f'{HUGE} & <a href="http://x">link</a>'


@cache
def _drills() -> DrillsForExport:
    return DrillsForExport(load_events().events, load_simulation(), catalog_providers(library()))


def _demo_bundle(**overrides: object) -> tuple[ExportBundle, DrillReport]:
    strategy = next(s for s in build_demo(library()).strategies if s.id == AURORA_STRATEGY_ID)
    return _bundle_for(strategy, **overrides)


def _bundle_for(strategy: Strategy, **overrides: object) -> tuple[ExportBundle, DrillReport]:
    scenario = library().scenarios[strategy.scenario_key]
    report = _drills().report(strategy, scenario)
    fields: dict[str, object] = {"extra_sections": (drills_section(report),)}
    fields.update(overrides)
    return sample_bundle(strategy, **fields), report


def _pdf(bundle: ExportBundle, handout: bool = True) -> PdfReader:
    """The full plan (every drills slide), or with ``handout=False`` the presentation."""
    out = io.BytesIO()
    render_pdf(bundle, out, handout=handout)
    return read_pdf(out.getvalue())


def _slide_starts(reader: PdfReader) -> list[tuple[str, int]]:
    """Each slide's title and first page (0-based), from the top level of the outline."""
    starts: list[tuple[str, int]] = []
    for item in reader.outline:
        if not isinstance(item, list):
            page = reader.get_destination_page_number(item)
            assert page is not None
            starts.append((str(item.title), page))
    return starts


def _slide_pages(reader: PdfReader, title: str) -> range:
    """The pages of the slide titled ``title``, its continued pages included."""
    starts = _slide_starts(reader)
    for index, (name, first) in enumerate(starts):
        if name == title:
            last = starts[index + 1][1] if index + 1 < len(starts) else len(reader.pages)
            return range(first, last)
    raise AssertionError(f"no slide {title!r} in {[name for name, _ in starts]}")


def _slide_text(reader: PdfReader, title: str) -> str:
    """The extracted text of every page of one section, whitespace folded.

    In the plan a section may end on the page where the next one starts: that page
    is read too.
    """
    pages = _slide_pages(reader, title)
    last = min(pages.stop, len(reader.pages) - 1)
    return " ".join(
        " ".join((reader.pages[n].extract_text() or "").split())
        for n in range(pages.start, last + 1)
    )


# -- the demo strategy's deck ------------------------------------------------------------------


def test_demo_deck_has_drills_slides_before_next_steps_with_outline_entries() -> None:
    bundle, _ = _demo_bundle()
    slides = build_slides(bundle, Audience.BOTH)  # the one content model
    plan = [s.title for s in slides_for(slides, Audience.PLAN)]
    assert plan[-3:] == [DRILLS_TITLE, YEAR_TITLE, "Next steps"]
    talk = [s.title for s in slides_for(slides, Audience.TALK)]
    assert talk[-3:] == [PICTURE_TITLE, "Next steps", "How it was checked"]
    outline = outline_titles(_pdf(bundle))
    assert DRILLS_TITLE in outline
    assert YEAR_TITLE in outline
    assert PICTURE_TITLE in outline_titles(_pdf(bundle, handout=False))


def test_the_presentation_shows_the_drills_in_one_picture() -> None:
    bundle, report = _demo_bundle()
    reader = _pdf(bundle, handout=False)
    (number,) = _slide_pages(reader, PICTURE_TITLE)
    text = " ".join((reader.pages[number].extract_text() or "").split())
    assert f"Resilience {report.resilience:.0%}" in text
    assert "With the team's controls" in text and "Without controls" in text
    assert ACCURACY_AXIS in text and "Month in production" in text
    for outcome in DrillOutcome:
        assert outcome.value in text


def test_drills_slide_names_every_event_its_outcome_and_the_resilience() -> None:
    bundle, report = _demo_bundle()
    text = _slide_text(_pdf(bundle), DRILLS_TITLE)
    assert len(report.rows) == len(load_events().events) >= 10
    for row in report.rows:
        assert row.event_title in text
    handled = sum(r.outcome is DrillOutcome.HANDLED for r in report.rows)
    assert f"Resilience {report.resilience:.0%}: {handled} of {len(report.rows)}" in text
    for outcome in {r.outcome for r in report.rows}:
        assert outcome_label(outcome) in text  # glyph and word, never colour alone
    assert report.harm_unit in text


def test_year_slide_has_the_chart_as_text_and_vector_graphics() -> None:
    bundle, report = _demo_bundle()
    reader = _pdf(bundle)
    text = _slide_text(reader, YEAR_TITLE)
    for label in ("With the team's controls", "Without controls", "Month in production"):
        assert label in text
    for event in report.year.events:
        assert event.timeline.event_title in text
    (number,) = _slide_pages(reader, YEAR_TITLE)  # the chart slide fits one page
    page = reader.pages[number]
    resources: Any = page["/Resources"]
    xobjects = (resources.get("/XObject") or {}).values()
    assert all(x.get_object()["/Subtype"] != "/Image" for x in xobjects)  # no raster chart
    content = page.get_contents()
    assert content is not None
    assert b"[7 4] 0 d" in content.get_data()  # "without controls" is a real dashed line


@pytest.mark.parametrize("handout", [False, True])
def test_only_embedded_fonts_with_drills(handout: bool) -> None:
    bundle, _ = _demo_bundle()
    fonts = font_dicts(_pdf(bundle, handout=handout))
    assert fonts
    for font in fonts:
        assert "/FontFile2" in font["/FontDescriptor"].get_object(), font["/BaseFont"]
        assert "DejaVuSans" in font["/BaseFont"]


def test_handout_and_markdown_carry_the_drills_content() -> None:
    bundle, report = _demo_bundle()
    handout = all_text(_pdf(bundle, handout=True))
    markdown = markdown_text(bundle)
    assert f"## {DRILLS_TITLE}" in markdown
    assert "**Model accuracy**" in markdown
    for row in report.rows:
        assert row.event_title in handout
        assert row.event_title in markdown.replace("\\", "")
    first = report.year.months[0]
    assert f"{100 * first.accuracy_with:.1f}%".replace(".", "\\.") in markdown


def test_a_long_table_continues_on_a_continued_slide() -> None:
    bundle, report = _demo_bundle()
    many = report.model_copy(update={"rows": report.rows * 4})
    reader = _pdf(sample_bundle(bundle.strategy, extra_sections=(drills_section(many),)))
    assert f"{DRILLS_TITLE} (continued)" in outline_titles(reader)


def test_without_events_the_slide_says_so() -> None:
    bundle, report = _demo_bundle()
    empty = report.model_copy(update={"rows": ()})
    text = all_text(_pdf(sample_bundle(bundle.strategy, extra_sections=(drills_section(empty),))))
    assert "No drill events were run on this strategy." in text


# -- hostile text --------------------------------------------------------------------------------


def _hostile_strategy() -> Strategy:
    """A strategy whose card that detects drift, and whose name, are hostile markup."""
    detect = Card(
        id="detect",
        title=HOSTILE,
        phase=Phase.MONITOR,
        owner_role=Role.DATA_SCIENTIST,
        status=Status.IN_PLACE,
        capabilities=("drift-monitoring", "performance-monitoring"),
    )
    respond = Card(
        id="respond",
        title="Retrain & <b>redeploy</b>",
        phase=Phase.FEEDBACK,
        owner_role=Role.DATA_SCIENTIST,
        status=Status.IN_PLACE,
        capabilities=("retraining",),
    )
    return Strategy(
        id="hostile",
        workshop_id="ws-1",
        team_id="team-1",
        scenario_key="benefits-decision-support",
        name="<font size=80>Strategy</font> &amp; co",
        cards={c.id: c for c in (detect, respond)},
        links={"l": Link(id="l", source="detect", target="respond", kind=LinkKind.TRIGGERS)},
    )


def test_hostile_card_and_strategy_names_stay_literal_in_the_drills_slides() -> None:
    bundle, report = _bundle_for(_hostile_strategy())
    assert any(r.detected_by == HOSTILE for r in report.rows)
    for handout in (False, True):
        data = io.BytesIO()
        render_pdf(bundle, data, handout=handout)
        reader = read_pdf(data.getvalue())
        text = all_text(reader)
        assert "<font size=80>Huge</font> &" in text  # the board (talk), the drills (plan)
        assert "Retrain & <b>redeploy</b>" in text
        assert b"/URI" not in data.getvalue()
    assert "<font size=80>Huge</font> &" in _slide_text(_pdf(bundle), DRILLS_TITLE)
    assert "\\<font size\\=80\\>" in markdown_text(bundle)


def test_hostile_event_title_and_harm_unit_stay_literal() -> None:
    event = next(e for e in load_events().events if e.key == "policy-drift")
    hostile = DrillEvent(**{**event.model_dump(), "title": HOSTILE, "onset_month": 1})
    report = drill_report(
        _hostile_strategy(),
        [hostile],
        params=load_simulation().model_copy(update={"events_min": 1, "events_max": 1}),
        harm_unit="<i>people</i> & <br/> co",
    )
    bundle = sample_bundle(_hostile_strategy(), extra_sections=(drills_section(report),))
    reader = _pdf(bundle)
    drills = _slide_text(reader, DRILLS_TITLE)
    assert HUGE in drills
    assert "<i>people</i> & <br/> co" in drills
    assert HUGE in _slide_text(reader, YEAR_TITLE)


# -- the chart block -------------------------------------------------------------------------------


def test_year_chart_has_two_panels_solid_and_dashed_and_a_mark_per_event() -> None:
    _, report = _demo_bundle()
    chart = year_chart(report.year)
    assert [p.title for p in chart.panels] == ["Model accuracy", "Fairness gap between subgroups"]
    for panel in chart.panels:
        assert [s.dashed for s in panel.series] == [False, True]
        assert panel.series[0].colour != panel.series[1].colour
        assert panel.series[0].marker != panel.series[1].marker
    assert len(chart.bands) == 12
    assert len(chart.marks) == len(report.year.events)
    for mark, event in zip(chart.marks, report.year.events, strict=True):
        assert event.month - 1 < mark.x < event.month  # inside its month's band


def test_marks_in_one_month_are_spread_apart() -> None:
    _, report = _demo_bundle()
    year = report.year
    twin = year.events[0].model_copy()
    doubled = year.model_copy(update={"events": (year.events[0], twin, *year.events[1:])})
    first, second = year_chart(doubled).marks[:2]
    assert first.x < second.x


def test_line_chart_rejects_series_of_the_wrong_length() -> None:
    with pytest.raises(ValueError, match="one value per band"):
        LineChart(("1", "2"), "Month", (Panel("A", "a", (Series("s", (0.1,), "#000000"),)),))


@given(
    st.floats(min_value=-1e6, max_value=1e6, allow_nan=False),
    st.floats(min_value=0, max_value=1e6, allow_nan=False),
)
@example(0.7, 0.0625)  # float rounding once put the first tick above the data
def test_nice_ticks_cover_the_values_in_round_steps(low: float, spread: float) -> None:
    high = low + spread
    start, stop, ticks = nice_ticks(low, high)
    assert start <= low and stop >= high
    assert ticks[0] == pytest.approx(start) and ticks[-1] == pytest.approx(stop)
    assert 2 <= len(ticks) <= 12


# -- the CLI ------------------------------------------------------------------------------------

ENTRIES = {"export-pdf": "app.cli.export_pdf", "demo": "app.cli.workshops"}


def _cli(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str]:
    capsys.readouterr()
    status = app.cli.run_cli([str(a) for a in argv])
    return status, capsys.readouterr().out


@pytest.fixture
def demo_db(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> Path:
    monkeypatch.setattr(app.cli, "SUBCOMMANDS", dict(ENTRIES))
    monkeypatch.delenv("MLOPS_CANVAS_DB", raising=False)
    monkeypatch.setenv("MLOPS_CANVAS_DATA_DIR", str(tmp_path / "data"))  # no agency events
    path = tmp_path / "demo.sqlite3"
    assert _cli(capsys, "--db", path, "demo")[0] == 0
    return path


def _titles(path: Path) -> Sequence[str]:
    return outline_titles(read_pdf(path))


def test_cli_deck_includes_drills_and_no_drills_leaves_them_out(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with_drills, without = tmp_path / "with.pdf", tmp_path / "without.pdf"
    args = ("--db", demo_db, "export-pdf", AURORA_STRATEGY_ID, "-o")
    assert _cli(capsys, *args, with_drills, "--markdown")[0] == 0
    assert _cli(capsys, *args, without, "--no-drills", "--markdown")[0] == 0
    assert PICTURE_TITLE in _titles(with_drills)  # the presentation's one drills slide
    assert PICTURE_TITLE not in _titles(without)
    assert f"## {DRILLS_TITLE}" in with_drills.with_suffix(".md").read_text(encoding="utf-8")
    assert f"## {DRILLS_TITLE}" not in without.with_suffix(".md").read_text(encoding="utf-8")


def test_cli_workshop_batch_includes_drills_in_every_deck(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, bare = tmp_path / "decks", tmp_path / "bare"
    args = ("--db", demo_db, "export-pdf", "--workshop", WORKSHOP_ID, "-o")
    status, out = _cli(capsys, *args, folder)
    assert status == 0
    decks = [Path(line) for line in out.split() if not line.endswith("00-coverage-index.pdf")]
    assert len(decks) == 4
    for deck in decks:
        wanted = DRILLS_TITLE if deck.name.endswith("-plan.pdf") else PICTURE_TITLE
        assert wanted in _titles(deck)
    status, out = _cli(capsys, *args, bare, "--no-drills")
    assert status == 0
    for line in out.split():
        assert not {DRILLS_TITLE, PICTURE_TITLE} & set(_titles(Path(line)))


def test_french_drills_slides_and_chart_legends_read_french() -> None:
    with speaking("fr"):
        bundle, _ = _demo_bundle()
        text = all_text(_pdf(bundle))
    for words in (
        "Exercices",
        "une année en production",
        "Avec les mesures de contrôle",
        "✕ manqué",
    ):
        assert words in text, words
    for words in (YEAR_TITLE, "With the team's controls", "Month in production", "✕ missed"):
        assert words not in text, words
