"""Every page of the exported documents, checked as rendered (pdfminer's glyph boxes and sizes).

The demo workshop's two presentations and two plans, the coverage index, the
facilitator report, and stress boards of 200 cards (every page) and 2,000 cards
(a sample of pages, marked ``slow``): no type under the document kind's minimum,
nothing outside the page or its margins, no two words on top of each other, no
line ending inside a word, no empty slide, no internal rule id in a presentation.
"""

from __future__ import annotations

import io
from functools import cache
from pathlib import Path

import pytest

from app.checker.engine import Checker
from app.checker.packs import load_packs
from app.demo import build_demo
from app.drills.load import load_events, load_simulation
from app.drills.pdf_slides import PICTURE_TITLE, DrillsForExport
from app.drills.report import catalog_providers
from app.export.api import render_pdf
from app.export.batch import INDEX_NAME, export_workshop
from app.export.blocks import Audience, Slide
from app.export.bundle import ExportBundle
from app.export.deck import FOOTER, MARGIN
from app.export.handout import MARGIN as PLAN_MARGIN
from app.export.sections import build_slides
from app.export.theme import PLAN_SCALE, TALK_SCALE
from bench.bench_export import make_bundle
from tests.app.cli.rule_ids import rule_id_pattern
from tests.app.export.conftest import EXPORTED_AT, library, sample_bundle
from tests.app.export.pdfcheck import (
    Page,
    empty_body,
    outside,
    overlapping,
    problems_of,
    read_pdf_text,
    source_text,
    split_words,
    too_small,
)

BAND = 30.0  # the title slide's band of phase colours runs to the page edges


@cache
def _checker() -> Checker:
    lib = library()
    events = load_events(capabilities=lib.capabilities).events
    return Checker(load_packs(capabilities=lib.capabilities), lib, lib.capabilities, events=events)


@cache
def _drills() -> DrillsForExport:
    lib = library()
    events = load_events(capabilities=lib.capabilities).events
    return DrillsForExport(tuple(events), load_simulation(), catalog_providers(lib))


@cache
def demo_bundles() -> tuple[ExportBundle, ...]:
    """Both demo teams' strategies, checked and drilled as the CLI does."""
    demo = build_demo(library())
    bundles = []
    for strategy in demo.strategies:
        scenario = next(s for s in demo.scenarios if s.key == strategy.scenario_key)
        bundles.append(
            sample_bundle(
                strategy,
                check=_checker().check(strategy),
                scenario=scenario,
                workshop=demo.workshop,
                team=demo.workshop.team(strategy.team_id),
                extra_sections=_drills().sections(strategy, scenario),
            )
        )
    return tuple(bundles)


@cache
def stress_bundle(cards: int) -> ExportBundle:
    """The bench's workload of ``cards`` cards (six lanes, 1.3 links a card), every pack."""
    lib = library()
    bundle = make_bundle(cards, lib, _checker())
    scenario = bundle.scenario
    return sample_bundle(
        bundle.strategy,
        check=bundle.check,
        scenario=scenario,
        workshop=bundle.workshop,
        team=bundle.team,
        extra_sections=_drills().sections(bundle.strategy, scenario),
    )


def _render(bundle: ExportBundle, handout: bool) -> bytes:
    out = io.BytesIO()
    render_pdf(bundle, out, handout=handout)
    return out.getvalue()


def _slides(bundle: ExportBundle, audience: Audience) -> list[Slide]:
    return build_slides(bundle, audience)


def _chrome(bundle: ExportBundle) -> list[str]:
    return [bundle.strategy.name, bundle.team_name, bundle.workshop.name]


def talk_problems(bundle: ExportBundle, pages: list[Page]) -> list[str]:
    """Everything a presentation must never show."""
    source = source_text(_slides(bundle, Audience.TALK), _chrome(bundle))
    small_ok = ("The board", PICTURE_TITLE)

    def body_size(page: Page) -> list[str]:
        # Reading text is 18 pt or more; the board, the chart and the slide number may be 14.
        if any(title in page.text for title in small_ok):
            return []
        body = Page(page.number, page.width, page.height)
        body.words = [w for w in page.words if w.y0 > FOOTER - 2 and w.y1 < page.height - BAND]
        return too_small(body, TALK_SCALE.small)

    found = problems_of(
        pages,
        lambda p: too_small(p, TALK_SCALE.minimum),
        body_size,
        lambda p: outside(p, MARGIN, exempt_top=BAND),
        overlapping,
        lambda p: split_words(p, source),
        lambda p: empty_body(p, top=BAND, bottom=FOOTER),
    )
    pattern = rule_id_pattern()
    for page in pages:
        match = pattern.search(page.text)
        if match:
            found.append(f"p{page.number + 1}: internal rule id {match.group(0)!r}")
    return found


def plan_problems(bundle: ExportBundle, pages: list[Page]) -> list[str]:
    """Everything the full plan must never show."""
    source = source_text(_slides(bundle, Audience.PLAN), _chrome(bundle))
    return problems_of(
        pages,
        lambda p: too_small(p, PLAN_SCALE.minimum),
        lambda p: outside(p, PLAN_MARGIN),
        overlapping,
        lambda p: split_words(p, source),
    )


@pytest.mark.parametrize("team", [0, 1], ids=["aurora", "borealis"])
def test_every_page_of_the_demo_presentation(team: int) -> None:
    bundle = sorted(demo_bundles(), key=lambda b: -len(b.strategy.cards))[team]
    pages = read_pdf_text(_render(bundle, handout=False))
    assert len(pages) <= 10, "a five-minute presentation"
    assert talk_problems(bundle, pages) == []


@pytest.mark.parametrize("team", [0, 1], ids=["aurora", "borealis"])
def test_every_page_of_the_demo_plan(team: int) -> None:
    bundle = sorted(demo_bundles(), key=lambda b: -len(b.strategy.cards))[team]
    pages = read_pdf_text(_render(bundle, handout=True))
    assert plan_problems(bundle, pages) == []


def test_the_200_card_presentation_and_plan() -> None:
    bundle = stress_bundle(200)
    talk = read_pdf_text(_render(bundle, handout=False))
    assert len(talk) <= 10
    assert talk_problems(bundle, talk) == []
    plan = read_pdf_text(_render(bundle, handout=True))
    assert plan_problems(bundle, plan) == []
    # Every card is in the plan, by title.
    text = " ".join(p.text for p in plan)
    squeezed = "".join(text.split())
    assert all("".join(c.title.split()) in squeezed for c in bundle.strategy.cards.values())


@pytest.mark.slow
def test_the_2000_card_presentation_and_a_sample_of_the_plan() -> None:
    bundle = stress_bundle(2000)
    talk = read_pdf_text(_render(bundle, handout=False))
    assert len(talk) <= 10, "the board keeps to its budget; the plan lists the rest"
    assert talk_problems(bundle, talk) == []
    data = _render(bundle, handout=True)
    from pypdf import PdfReader

    count = len(PdfReader(io.BytesIO(data)).pages)
    sample = sorted({0, 1, 2, 3, 4, 5, 6, 7, count // 2, count - 2, count - 1})
    sample += list(range(8, count, 23))
    pages = read_pdf_text(data, sorted(set(sample)))
    assert plan_problems(bundle, pages) == []


def _scored_demo_report(tmp_path: Path) -> bytes:
    """The demo workshop scored, reviewed and given peer feedback, as its report PDF."""
    from app.demo import ensure_demo
    from app.review.report import build_report
    from app.review.report_pdf import write_report
    from app.review.rubrics import load_rubrics
    from app.store import Store
    from tests.views.facilitator.make_report_screenshot import _fill

    store = Store.open(f"sqlite:///{tmp_path / 'demo.sqlite3'}")
    try:
        ensure_demo(store, library())
        workshop = store.get_workshop(_fill(store))
        rubric = load_rubrics().get()
        assert rubric is not None
        report = build_report(
            workshop,
            rubric,
            [store.load_strategy(s.id) for s in store.list_strategies(workshop.id)],
            sheets=store.list_sheets(workshop.id),
            rounds=store.list_rounds(workshop.id),
            feedback=store.list_feedback(workshop_id=workshop.id),
            reviews=store.list_phase_reviews(workshop.id),
            check=_checker().check,
        )
    finally:
        store.close()
    out = io.BytesIO()
    write_report(report, out)
    return out.getvalue()


def test_the_coverage_index(tmp_path: Path) -> None:
    demo = build_demo(library())
    export_workshop(
        demo.workshop,
        demo.strategies,
        {s.key: s for s in demo.scenarios},
        library(),
        tmp_path,
        checker=_checker().check,
        exported_at=EXPORTED_AT,
    )
    pages = read_pdf_text(tmp_path / INDEX_NAME)
    assert len(pages) == 1
    rows = [s.name for s in demo.strategies] + [t.name for t in demo.workshop.teams]
    source = "\n".join(rows + [s.title for s in demo.scenarios])
    header = "Team Strategy Scenario Cards In place Errors Warnings Planned File name"
    found = problems_of(
        pages,
        lambda p: too_small(p, PLAN_SCALE.minimum),
        lambda p: outside(p, 36.0),
        overlapping,
        lambda p: split_words(p, source + "\n" + "\n".join(header.split())),
    )
    assert found == []
    words = {w.text for w in pages[0].words}
    for name in ("Cards", "Errors", "Warnings", "Planned"):
        assert name in words, f"the header {name!r} is one word on one line"


def test_the_facilitator_report(tmp_path: Path) -> None:
    data = _scored_demo_report(tmp_path)
    pages = read_pdf_text(data)
    found = problems_of(
        pages,
        lambda p: too_small(p, PLAN_SCALE.minimum),
        lambda p: outside(p, 42.0),
        overlapping,
    )
    assert found == []
    text = " ".join(p.text for p in pages)
    gaps = text.split("Common gaps", 1)[1]
    assert " warning " not in gaps and " error " not in gaps  # markers are capitalised words
    assert "Warning" in gaps
    assert rule_id_pattern().search(text) is None


def test_the_checks_catch_what_they_look_for() -> None:
    """A page made to break every rule: each check must see its own fault."""
    from reportlab.pdfgen.canvas import Canvas

    from app.export.fonts import REGULAR, register_fonts

    register_fonts()
    out = io.BytesIO()
    canv = Canvas(out, pagesize=(400, 300), initialFontName=REGULAR)
    canv.setFont(REGULAR, 12)
    canv.drawString(50, 250, "Errors in the Card")  # "Cards" broken bare at a line end
    canv.drawString(50, 235, "s of the index")
    canv.drawString(50, 200, "overlap")
    canv.drawString(60, 202, "overlap")
    canv.drawString(380, 150, "margin")
    canv.setFont(REGULAR, 6)
    canv.drawString(50, 100, "tiny")
    canv.save()
    (page,) = read_pdf_text(out.getvalue())
    source = "Errors in the Cards of the index"
    assert split_words(page, source) == ["p1: 'Card' / 's'"]
    assert overlapping(page)
    assert outside(page, 20) == ["p1: 'margin' in the margin (380–419)"] or outside(page, 20)
    assert too_small(page, 8) == ["p1: 'tiny' at 6.0 pt"]
