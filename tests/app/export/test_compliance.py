"""The compliance slides: ranked gaps first, the law's date, pack versions, planned apart.

Read back from the PDF with pypdf (and poppler's word boxes when installed);
the real check runs the shipped packs on the demo board, so the tests read what
the packs contain rather than naming rules.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from app.checker.engine import Checker
from app.checker.packs import load_packs
from app.demo import build_demo
from app.drills.load import load_events
from app.export.api import markdown_text
from app.export.blocks import Bar, ColumnBreak, CoverageChart, Entries, Heading, Para, Slide
from app.export.bundle import ExportBundle
from app.export.checked import STATE_WORDS, long_date
from app.export.compliance import compliance_slides
from app.export.coverage_drawing import draw_bar
from app.export.deck import HEIGHT, MARGIN, WIDTH
from app.export.presentation import MAX_GAPS
from app.export.sections import build_slides
from app.export.theme import ACCENT
from models.findings import CheckResult, Finding, PackCoverage
from models.vocabulary import FindingState, Severity
from tests.app.cli.rule_ids import rule_id_pattern
from tests.app.export.conftest import (
    CHECKED_ON,
    all_text,
    library,
    read_pdf,
    sample_bundle,
)

Render = Callable[..., bytes]
LEAD = "The gaps that would hurt first"


@cache
def demo_bundle() -> ExportBundle:
    """The demo's largest board, checked by the shipped packs with the drill events."""
    lib = library()
    demo = build_demo(lib)
    strategy = max(demo.strategies, key=lambda s: len(s.cards))
    events = load_events(capabilities=lib.capabilities).events
    checker = Checker(
        load_packs(capabilities=lib.capabilities), lib, lib.capabilities, events=events
    )
    scenario = next(s for s in demo.scenarios if s.key == strategy.scenario_key)
    return sample_bundle(
        strategy, check=checker.check(strategy), scenario=scenario, workshop=demo.workshop
    )


def _lead(bundle: ExportBundle) -> Slide:
    return compliance_slides(bundle)[0]


def _page_text(reader: Any, index: int) -> str:
    return " ".join((reader.pages[index].extract_text() or "").split())


def _lead_page(data: bytes) -> tuple[int, str]:
    reader = read_pdf(data)
    for index in range(len(reader.pages)):
        text = _page_text(reader, index)
        if LEAD in text:
            return index, text
    raise AssertionError("no page holds the ranked gaps")


def test_the_lead_slide_opens_with_the_ranked_gaps() -> None:
    bundle = sample_bundle()
    assert bundle.check is not None
    slide = _lead(bundle)
    assert slide.title == "Compliance" and slide.columns == 2
    assert slide.subtitle.startswith(f"Law as of {long_date(CHECKED_ON)}")
    headings = [b.text for b in slide.blocks if isinstance(b, Heading)]
    assert headings[0] == LEAD
    entries = next(b for b in slide.blocks if isinstance(b, Entries)).items
    assert [e.title for e in entries] == [g.title for g in bundle.check.top_gaps]
    assert [e.marker for e in entries] == ["1 · MISSING", "2 · PLANNED"]
    kinds = [type(b) for b in slide.blocks]
    assert kinds.index(ColumnBreak) < kinds.index(CoverageChart)


def test_the_pdf_lead_page_has_gaps_date_versions_and_coverage(render: Render) -> None:
    bundle = sample_bundle()
    text = all_text(read_pdf(render(bundle, handout=True)))
    assert f"Compliance Law as of {long_date(CHECKED_ON)}" in text  # heading and subtitle
    assert "1 · MISSING Human oversight" in text and "2 · PLANNED Impact assessment" in text
    assert "EU AI Act Art. 14" in text
    assert "version 2024/1689 as adopted" in text and "version 2016/679" in text
    assert "6 in place · 2 planned of 10" in text and "3 in place · 1 planned of 4" in text
    assert "only planned — not met" in text


def test_the_handout_carries_the_same_lead(render: Render) -> None:
    text = all_text(read_pdf(render(sample_bundle(), handout=True)))
    assert LEAD in text and f"Law as of {long_date(CHECKED_ON)}" in text
    assert "version 2024/1689 as adopted" in text and "6 in place · 2 planned of 10" in text


def test_a_real_check_ranks_on_one_slide_without_rule_ids(render: Render) -> None:
    bundle = demo_bundle()
    check = bundle.check
    assert check is not None and check.top_gaps and check.checked_on
    data = render(bundle)
    index, talk = _lead_page(data)
    reader = read_pdf(data)
    assert "(continued)" not in _page_text(reader, index + 1), "one slide"
    for gap in check.top_gaps[:MAX_GAPS]:
        assert f"{gap.rank} {STATE_WORDS[gap.state]} {gap.title}" in talk
        assert gap.citations[0] in talk
    assert f"law as of {long_date(check.checked_on)}" in talk
    text = all_text(read_pdf(render(bundle, handout=True)))
    for gap in check.top_gaps:
        assert f"{gap.rank} · " in text and gap.title in text
        assert gap.citations[0] in text
    assert f"Law as of {long_date(check.checked_on)}" in text
    for cov in check.coverage:
        assert cov.title in text
        assert f"{cov.satisfied} in place · {cov.planned} planned of {cov.applicable}" in text
        if cov.version_label:
            assert f"version {cov.version_label}"[:40] in text
    pattern = rule_id_pattern()
    for name, output in (
        ("deck", all_text(reader)),
        ("handout", all_text(read_pdf(render(bundle, handout=True)))),
        ("markdown", markdown_text(bundle).replace("\\", "")),
    ):
        found = pattern.search(output)
        assert found is None, f"{name}: {found.group(0) if found else ''}"


def _words(pdf: Path, page: int) -> list[tuple[float, float, float, float, str]]:
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.skip("pdftotext is not installed (apt-get install poppler-utils; .ci/run does)")
    html = subprocess.run(
        [tool, "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    pattern = r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<'
    return [
        (float(a), float(b), float(c), float(d), w) for a, b, c, d, w in re.findall(pattern, html)
    ]


def test_the_gaps_slide_text_fits_and_nothing_overlaps(render: Render, tmp_path: Path) -> None:
    pdf = tmp_path / "deck.pdf"
    pdf.write_bytes(render(demo_bundle()))
    index, _text = _lead_page(pdf.read_bytes())
    words = _words(pdf, index + 1)
    assert len(words) > 50
    for x0, y0, x1, y1, word in words:
        assert x0 >= MARGIN - 1 and x1 <= WIDTH - MARGIN + 1, word
        assert y0 >= 0 and y1 <= HEIGHT, word
    body = [w for w in words if w[1] > 92]  # below the slide's header
    for n, a in enumerate(body):
        for b in body[n + 1 :]:
            overlap_x = min(a[2], b[2]) - max(a[0], b[0])
            overlap_y = min(a[3], b[3]) - max(a[1], b[1])
            assert overlap_x <= 0.5 or overlap_y <= 0.5, f"{a[4]!r} overlaps {b[4]!r}"


def test_a_board_of_planned_cards_never_looks_complete(render: Render) -> None:
    bundle = sample_bundle()
    assert bundle.check is not None
    planned = PackCoverage(pack="p", title="Pack P", applicable=8, satisfied=0, planned=8)
    check = bundle.check.model_copy(update={"coverage": (planned,)})
    text = all_text(read_pdf(render(sample_bundle(check=check), handout=True)))
    assert "0 in place · 8 planned of 8" in text
    assert "100%" not in text

    class Recorder:
        def __init__(self) -> None:
            self.fill: Any = None
            self.filled: list[tuple[Any, float]] = []

        def setFillColor(self, colour: Any) -> None:  # ReportLab's name
            self.fill = colour

        def rect(self, x: float, y: float, w: float, h: float, **_: Any) -> None:
            self.filled.append((self.fill, w))

        def __getattr__(self, _name: str) -> Callable[..., Any]:
            return lambda *a, **k: self

    canvas = Recorder()
    draw_bar(canvas, Bar("P", 0, 8, planned=8), (0, 0, 100, 10))
    assert all(colour != ACCENT for colour, width in canvas.filled if width > 0)


def _with(bundle: ExportBundle, *findings: Finding) -> ExportBundle:
    assert bundle.check is not None
    check = bundle.check.model_copy(update={"findings": bundle.check.findings + findings})
    return sample_bundle(check=check)


def test_upcoming_rules_have_their_own_slide() -> None:
    later = dt.date(2027, 8, 2)
    upcoming = Finding(
        rule_id="aia-future",
        pack="eu-ai-act",
        severity=Severity.INFO,
        title="Duty from next year",
        message="Upcoming — applies from 2 August 2027. Not yet in force; no card.",
        citation="EU AI Act Art. 99",
        state=FindingState.UPCOMING,
        applies_from=later,
        rank=9,
    )
    slides = build_slides(_with(sample_bundle(), upcoming))
    titles = [s.title for s in slides]
    assert titles.index("Upcoming rules") == titles.index("Open findings") + 1
    page = next(s for s in slides if s.title == "Upcoming rules")
    entry = next(b for b in page.blocks if isinstance(b, Entries)).items[0]
    assert entry.marker == "UPCOMING"
    assert entry.meta[0].startswith(f"Upcoming — applies from {long_date(later)}")
    findings = next(s for s in slides if s.title == "Open findings")
    listed = [e.title for b in findings.blocks if isinstance(b, Entries) for e in b.items]
    assert "Duty from next year" not in listed


def test_a_prohibited_practice_blocks_first() -> None:
    banned = Finding(
        rule_id="aia-5",
        pack="eu-ai-act",
        severity=Severity.ERROR,
        title="Social scoring",
        message="Stop.",
        citation="EU AI Act Art. 5(1)(c)",
        state=FindingState.PROHIBITED,
        rank=1,
    )
    slide = _lead(_with(sample_bundle(), banned))
    first = slide.blocks[0]
    assert isinstance(first, Para)
    assert first.text.startswith("Blocking — prohibited practice: Social scoring")


def test_a_clean_board_says_so_with_its_date() -> None:
    bundle = sample_bundle()
    assert bundle.check is not None
    clean = CheckResult(
        strategy_id=bundle.strategy.id,
        revision=0,
        checked_on=CHECKED_ON,
        coverage=(PackCoverage(pack="p", title="P", applicable=3, satisfied=3, version="1"),),
    )
    slide = _lead(sample_bundle(check=clean))
    texts = [b.text for b in slide.blocks if isinstance(b, Para)]
    assert (
        f"No gaps on {long_date(CHECKED_ON)}: every rule in force is carried by cards in place."
        in texts
    )
