"""The day on paper: the report's reflection sections and a participant's paper with the plan."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader

from app.demo import build_demo
from app.export.sections import build_slides
from app.resources import load_library
from app.review.day_documents import (
    day_slides,
    export_paper,
    paper_markdown,
    paper_slides,
    report_markdown_with_day,
    write_report_with_day,
)
from app.review.reflections import ReflectionKind, load_questions
from app.review.report import build_report
from app.review.rubrics import load_rubrics
from tests.app.export.conftest import sample_bundle, sample_strategy


def _text(data: bytes | Path) -> str:
    reader = PdfReader(io.BytesIO(data) if isinstance(data, bytes) else data)
    return " ".join((page.extract_text() or "") for page in reader.pages)


def test_the_report_gains_the_days_sections_after_its_own() -> None:
    demo = build_demo(load_library())
    questions = load_questions()
    teams = {t.id: t.name for t in demo.workshop.teams}
    extra = day_slides(demo.reviews.reflections, demo.reviews.observations, questions, teams)
    assert [s.title for s in extra] == [
        "Individual reflections",
        "Self-assessment of knowledge gaps",
        "The facilitator's reflection",
        "Explore: what teams observed in the drills",
    ]
    report = build_report(
        demo.workshop,
        load_rubrics().rubrics["default"],
        demo.strategies,
        sheets=demo.reviews.sheets,
        rounds=demo.reviews.rounds,
        feedback=demo.reviews.feedback,
    )
    out = io.BytesIO()
    outline = write_report_with_day(report, extra, out)
    assert outline[-4:] == tuple(s.title for s in extra)
    text = _text(out.getvalue())
    assert "How can MLOps principles improve" in text
    assert "Aroha" in text and "Which parts of the lifecycle resonated most" in text
    markdown = report_markdown_with_day(report, extra)
    assert "## Individual reflections" in markdown and "## Self\\-assessment" in markdown


def test_a_participants_paper_carries_the_answers_then_the_plan(tmp_path: Path) -> None:
    demo = build_demo(load_library())
    questions = load_questions()
    reflection = next(r for r in demo.reviews.reflections if r.kind is ReflectionKind.PARTICIPANT)
    mine = paper_slides(reflection, questions, workshop=demo.workshop.name, team="Team Aurora")
    bundle = sample_bundle(sample_strategy(cards_per_phase=2))
    plan = build_slides(bundle)
    path = tmp_path / "paper.pdf"
    export_paper(mine, plan, path)
    text = _text(path)
    assert reflection.author in text
    assert reflection.answers["improve"][:30] in text.replace("\n", " ")
    assert "Attached: the team's plan" in text
    assert bundle.strategy.name in text
    markdown = paper_markdown(mine, "# Plan\n\n## Data\n\n- A card\n")
    assert markdown.startswith(f"# Reflection paper: {reflection.author}")
    assert "## Attached: the team's plan" in markdown and "### Data" in markdown
    assert "## Self\\-assessment" in markdown and "|\n\nWhere I most" in markdown
