"""The deck and the handout, read back with an independent reader (pypdf)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest

from app.export.blocks import Audience, Para, Slide, Table
from app.export.bundle import ExportBundle, PageSize
from app.export.sections import DEFAULT_SECTIONS, build_slides
from models.phases import ALL_PHASES
from tests.app.export.conftest import (
    all_text,
    font_dicts,
    outline_titles,
    read_pdf,
    sample_bundle,
    sample_strategy,
)

Render = Callable[..., bytes]


TALK_TITLES = [
    "Fair benefits triage",
    "The scenario",
    "The board",
    "The gaps that would hurt first",
    "Next steps",
    "How it was checked",
]


def _titles(bundle: ExportBundle, audience: Audience) -> list[str]:
    return [s.title for s in build_slides(bundle, audience)]


def test_one_content_model_holds_both_documents_in_order() -> None:
    bundle = sample_bundle()
    both = build_slides(bundle, Audience.BOTH)
    assert len(both) == len(build_slides(bundle)) + len(build_slides(bundle, Audience.TALK))
    assert _titles(bundle, Audience.TALK) == TALK_TITLES
    plan = _titles(bundle, Audience.PLAN)
    assert plan == [
        "Fair benefits triage",
        "Team and roles",
        plan[2],  # "Scenario: <title>"
        "Lifecycle canvas",
        *[p.label for p in ALL_PHASES],
        "Compliance",
        "Open findings",
        "Next steps",
    ]
    assert plan[2].startswith("Scenario: ")
    assert len(DEFAULT_SECTIONS) == 13


@pytest.mark.parametrize("handout", [False, True])
def test_every_slide_title_is_extractable_text_and_in_the_outline(
    render: Render, handout: bool
) -> None:
    bundle = sample_bundle()
    slides = build_slides(bundle, Audience.PLAN if handout else Audience.TALK)
    reader = read_pdf(render(bundle, handout=handout))
    text = all_text(reader)
    outline = outline_titles(reader)
    for slide in slides:
        assert slide.title in text
        assert slide.title in outline
    top_level = [t for t in outline if not t.endswith("(continued)")]
    assert top_level == [s.title for s in slides]


def test_deck_pages_are_16_by_9_and_one_slide_at_least_a_page(render: Render) -> None:
    bundle = sample_bundle()
    reader = read_pdf(render(bundle))
    assert len(reader.pages) >= len(TALK_TITLES)
    assert len(reader.pages) <= 10
    for page in reader.pages:
        box = page.mediabox
        assert float(box.width) / float(box.height) == pytest.approx(16 / 9, rel=1e-3)


@pytest.mark.parametrize("handout", [False, True])
def test_every_page_has_an_outline_entry(render: Render, handout: bool) -> None:
    strategy = sample_strategy(cards_per_phase=14)  # the board continues onto more pages
    reader = read_pdf(render(sample_bundle(strategy), handout=handout))
    assert any(t.endswith("(continued)") for t in outline_titles(reader))
    pages: set[int] = set()

    def walk(items: list[Any]) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                page = reader.get_destination_page_number(item)
                assert page is not None
                pages.add(page)

    walk(reader.outline)
    assert pages == set(range(len(reader.pages)))


def test_the_presentation_numbers_its_slides_and_names_the_team(render: Render) -> None:
    reader = read_pdf(render(sample_bundle()))
    for number, page in enumerate(reader.pages, start=1):
        lines = (page.extract_text() or "").split("\n")
        assert str(number) in lines
        assert "Team Kōwhai" in " ".join(lines)


def test_footer_has_page_numbers_strategy_name_and_export_time(render: Render) -> None:
    reader = read_pdf(render(sample_bundle(), handout=True))
    total = len(reader.pages)
    for number, page in enumerate(reader.pages, start=1):
        text = " ".join((page.extract_text() or "").split())
        assert f"{number} / {total}" in text
        assert "Fair benefits triage" in text
        assert "Exported 2026-11-29 09:30 UTC" in text


def test_metadata_title_author_subject_language(render: Render) -> None:
    reader = read_pdf(render(sample_bundle()))
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "Fair benefits triage"
    assert meta.author == "Team Kōwhai"
    assert "Responsible AI sprint" in (meta.subject or "")
    assert str(reader.root_object["/Lang"]) == "en"


@pytest.mark.parametrize("handout", [False, True])
def test_only_embedded_truetype_fonts(render: Render, handout: bool) -> None:
    reader = read_pdf(render(sample_bundle(), handout=handout))
    fonts = font_dicts(reader)
    assert fonts
    for font in fonts:
        assert font["/Subtype"] == "/TrueType", font["/BaseFont"]
        assert "/FontFile2" in font["/FontDescriptor"].get_object(), font["/BaseFont"]
        assert "DejaVuSans" in font["/BaseFont"]


def test_unicode_names_render_as_text(render: Render) -> None:
    text = all_text(read_pdf(render(sample_bundle())))
    assert "Team Kōwhai" in text
    assert "Jean-François Lévesque" in text


@pytest.mark.parametrize(
    ("size", "points"), [(PageSize.A4, (595, 842)), (PageSize.LETTER, (612, 792))]
)
def test_handout_is_portrait_in_the_chosen_size(
    render: Render, size: PageSize, points: tuple[int, int]
) -> None:
    reader = read_pdf(render(sample_bundle(page_size=size), handout=True))
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == points


def test_the_plan_gives_the_board_landscape_pages(render: Render) -> None:
    reader = read_pdf(render(sample_bundle(sample_strategy(cards_per_phase=6)), handout=True))
    shapes = [float(p.mediabox.width) > float(p.mediabox.height) for p in reader.pages]
    assert not shapes[0] and any(shapes)
    board = shapes.index(True)
    assert "Lifecycle canvas" in (reader.pages[board].extract_text() or "")


def test_extra_sections_come_after_compliance_and_before_next_steps(render: Render) -> None:
    def drills(bundle: ExportBundle) -> Sequence[Slide]:
        return (Slide(title="Drill results", blocks=(Para("Drift detected in 3 days."),)),)

    bundle = sample_bundle(extra_sections=(drills,))
    assert _titles(bundle, Audience.PLAN)[-3:] == ["Open findings", "Drill results", "Next steps"]
    assert "Drift detected in 3 days." in all_text(read_pdf(render(bundle, handout=True)))
    assert "Drift detected" not in all_text(read_pdf(render(bundle)))  # the plan's only


def test_an_extra_section_for_the_talk_comes_before_next_steps(render: Render) -> None:
    def drills(bundle: ExportBundle) -> Sequence[Slide]:
        return (Slide(title="Drills", blocks=(Para("Drift seen."),), audience=Audience.TALK),)

    bundle = sample_bundle(extra_sections=(drills,))
    assert _titles(bundle, Audience.TALK)[-3:] == ["Drills", "Next steps", "How it was checked"]
    assert "Drift seen." in all_text(read_pdf(render(bundle)))


@pytest.mark.parametrize("handout", [False, True])
def test_unchecked_strategy_says_so(render: Render, handout: bool) -> None:
    text = all_text(read_pdf(render(sample_bundle(check=None), handout=handout)))
    assert "not checked" in text


def test_findings_show_severity_citation_and_fix(render: Render) -> None:
    text = all_text(read_pdf(render(sample_bundle(), handout=True)))
    assert "ERROR No human oversight before deployment" in text
    assert "PLANNED · WARNING No impact assessment" in text
    assert "EU AI Act Art. 14" in text
    assert "6 in place · 2 planned of 10" in text  # the coverage chart's value


def test_team_slide_counts_cards_per_owner() -> None:
    bundle = sample_bundle()
    team = next(s for s in build_slides(bundle) if s.title == "Team and roles")
    owners = [b for b in team.blocks if isinstance(b, Table) and "Cards owned" in b.header]
    counted = sum(int(row[1]) for row in owners[0].rows)
    assert counted == len(bundle.strategy.cards)


def test_empty_strategy_exports(render: Render) -> None:
    strategy = sample_strategy(cards_per_phase=0)
    talk = all_text(read_pdf(render(sample_bundle(strategy, team=None))))
    assert "The board has no cards yet." in talk
    assert "No team" in talk
    plan = all_text(read_pdf(render(sample_bundle(strategy, team=None), handout=True)))
    assert "no cards yet in Data, Development" in plan


def test_progress_reports_every_slide() -> None:
    import io

    from app.export.api import render_pdf

    seen: list[tuple[int, int]] = []
    bundle = sample_bundle()
    render_pdf(bundle, io.BytesIO(), progress=lambda done, total: seen.append((done, total)))
    total = len(TALK_TITLES)
    assert seen == [(n, total) for n in range(1, total + 1)]


def test_bundle_holds_its_own_copy_of_the_strategy() -> None:
    strategy = sample_strategy()
    bundle = sample_bundle(strategy)
    strategy.cards.clear()
    assert bundle.strategy.cards


def test_export_runs_in_worker_threads_at_once(tmp_path: Path) -> None:
    from concurrent.futures import ThreadPoolExecutor

    from app.export.api import export_pdf

    bundles = [sample_bundle(), sample_bundle(sample_strategy(cards_per_phase=5))]
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(
            pool.map(lambda ib: export_pdf(ib[1], tmp_path / f"{ib[0]}.pdf"), enumerate(bundles))
        )
    for result, bundle in zip(results, bundles, strict=True):
        assert list(result.slides) == _titles(bundle, Audience.TALK)
        assert len(read_pdf(result.path).pages) == result.pages >= len(result.slides)
