"""The facilitator report's content: scores table, coverage, common gaps, digest, states."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from app.i18n import speaking
from app.review.peers import TeamEntry, new_round
from app.review.report import WorkshopReport, build_report
from app.review.report_pdf import export_report
from app.review.report_slides import report_markdown
from app.review.rubrics import load_rubrics
from app.review.scoring import new_sheet, set_score
from app.review.states import evaluate, report_corrected
from models.findings import CheckResult, Finding
from models.phases import ALL_PHASES, Phase
from models.review import (
    PeerFeedback,
    PeerRound,
    PhaseReview,
    ReviewState,
    Rubric,
    RubricSheet,
)
from models.strategy import Card, Strategy
from models.vocabulary import FindingState, Role, Severity
from models.workshop import Member, Team, Workshop
from tests.app.review.builders import fake_check


@pytest.fixture
def rubric() -> Rubric:
    loaded = load_rubrics().get()
    assert loaded is not None
    return loaded


def _team(name: str) -> Team:
    return Team(name=name, members=(Member(name=f"{name} lead", role=Role.PROJECT_MANAGER),))


@dataclass
class Setup:
    workshop: Workshop
    strategies: list[Strategy]
    sheets: list[RubricSheet]
    rounds: list[PeerRound]
    feedback: list[PeerFeedback]
    reviews: list[PhaseReview]


def _setup(rubric: Rubric) -> Setup:
    teams = [_team("Otters"), _team("Herons"), _team("Badgers & <Co>"), _team("Idle")]
    workshop = Workshop(
        name="Benefits AI workshop",
        date=dt.date(2026, 11, 29),
        facilitator="Dr. R. Ames",
        teams=tuple(teams),
    )

    def strategy(team: Team, *phases: Phase, owner: Role | None = Role.DATA_SCIENTIST) -> Strategy:
        cards = [Card(title=f"{p} work", phase=p, owner_role=owner) for p in phases]
        return Strategy(
            workshop_id=workshop.id,
            team_id=team.id,
            scenario_key="benefits",
            name=f"{team.name} plan",
            packs=("gdpr",),
            cards={c.id: c for c in cards},
        )

    strategies = [
        strategy(teams[0], Phase.DATA, Phase.DEVELOP, Phase.EVALUATE),
        strategy(teams[1], Phase.DATA, Phase.DEVELOP, Phase.MONITOR, owner=None),
        strategy(teams[2], Phase.DATA, Phase.DEPLOY, Phase.FEEDBACK),
    ]
    sheets = []
    for index, s in enumerate(strategies[:2]):
        sheet = new_sheet(s.id, rubric)
        for offset, key in enumerate(rubric.keys[:4]):
            sheet = set_score(sheet, rubric, key, 1 + (index + offset) % 4, at="t")
        sheets.append(sheet)
    sheets[0] = set_score(sheets[0], rubric, "feedback-loop", 1, "No path back to data.", at="t")
    peer_round = new_round(
        workshop.id, [TeamEntry(t.id, s.id) for t, s in zip(teams[:3], strategies, strict=True)]
    )
    feedback = [
        PeerFeedback(
            round_id=peer_round.id,
            reviewer_team_id=a.reviewer_team_id,
            strategy_id=a.strategy_id,
            strengths="Clear data lane",
            questions="Who owns drift?",
            suggestion="Add an appeal process",
            score=3,
        )
        for a in peer_round.assignments[:2]
    ]
    reviews: list[PhaseReview] = []
    reviews.append(
        evaluate(
            reviews,
            strategies[0].id,
            Phase.MONITOR,
            ReviewState.TO_BE_CORRECTED,
            "Monitoring is empty",
            at="1",
        )
    )
    reviews.append(report_corrected(reviews, strategies[0].id, Phase.MONITOR, at="2"))
    reviews.append(
        evaluate(reviews, strategies[0].id, Phase.MONITOR, ReviewState.ACCEPTABLE, at="3")
    )
    reviews.append(evaluate(reviews, strategies[1].id, Phase.DATA, ReviewState.ACCEPTABLE, at="4"))
    return Setup(workshop, strategies, sheets, [peer_round], feedback, reviews)


def _report(rubric: Rubric) -> WorkshopReport:
    setup = _setup(rubric)
    return build_report(
        setup.workshop,
        rubric,
        setup.strategies,
        sheets=setup.sheets,
        rounds=setup.rounds,
        feedback=setup.feedback,
        reviews=setup.reviews,
        check=fake_check,
    )


def test_scores_table_has_every_team_and_criterion(rubric: Rubric) -> None:
    report = _report(rubric)
    assert [c.label for c in report.columns] == ["Badgers & <Co>", "Herons", "Otters"]
    levels = {row.column.label: row.levels for row in report.scores}
    assert levels == {
        "Otters": (1, 2, 3, 4, None, 1),
        "Herons": (2, 3, 4, 1, None, None),
        "Badgers & <Co>": (None,) * 6,
    }
    assert report.criterion_means == (1.5, 2.5, 3.5, 2.5, None, 1.0)
    otters = next(r for r in report.scores if r.column.label == "Otters")
    assert otters.mean == pytest.approx(11 / 5)
    assert otters.comments == (("The feedback loop closes", "No path back to data."),)
    assert report.teams_without_strategy == ("Idle",)


def test_coverage_and_common_gaps(rubric: Rubric) -> None:
    report = _report(rubric)
    assert report.packs == (("structure", "Structure"), ("gdpr", "GDPR"))
    assert {r.column.label: tuple(c.satisfied for c in r.cells if c) for r in report.coverage} == {
        "Otters": (3, 0),
        "Herons": (3, 0),
        "Badgers & <Co>": (3, 0),
    }
    gaps = {(g.rule_id, g.teams) for g in report.common_gaps}
    # all three lack a DPIA; each phase gap shared by two of three; develop (one team) is not
    assert gaps == {
        ("gdpr.dpia", ("Badgers & <Co>", "Herons", "Otters")),
        ("structure.phase-evaluate", ("Badgers & <Co>", "Herons")),
        ("structure.phase-deploy", ("Herons", "Otters")),
        ("structure.phase-monitor", ("Badgers & <Co>", "Otters")),
        ("structure.phase-feedback", ("Herons", "Otters")),
    }
    assert report.common_gaps[0].rule_id == "gdpr.dpia" and report.common_gaps[0].share == 1.0
    assert all(g.rule_id != "structure.owner" for g in report.common_gaps)  # only Herons


def test_digest_and_phase_states(rubric: Rubric) -> None:
    report = _report(rubric)
    digest = {d.column.label: d for d in report.digest}
    assert [f.reviewer for f in digest["Herons"].items] == ["Otters"]
    assert digest["Herons"].items[0].round_name == "Round 1"
    assert digest["Herons"].mean_score == 3.0
    assert digest["Otters"].items == () and digest["Otters"].mean_score is None
    states = {r.column.label: r.states for r in report.phase_states}
    monitor = states["Otters"][ALL_PHASES.index(Phase.MONITOR)]
    assert monitor is not None and monitor.label == "Acceptable (re-evaluated)"
    assert states["Badgers & <Co>"] == (None,) * len(ALL_PHASES)


def test_report_without_checker_has_no_coverage(rubric: Rubric) -> None:
    setup = _setup(rubric)
    report = build_report(setup.workshop, rubric, setup.strategies)
    assert not report.checked and report.coverage == () and report.common_gaps == ()
    assert "Not checked." in _unescape(report_markdown(report))


def _unescape(markdown: str) -> str:
    return markdown.replace("\\", "")


def _squash(text: str) -> str:
    return " ".join(text.split())


def test_markdown_holds_every_team_and_criterion(rubric: Rubric) -> None:
    text = _squash(_unescape(report_markdown(_report(rubric))))
    for name in ("Otters", "Herons", "Badgers", "Idle", *(c.title for c in rubric.criteria)):
        assert name in text


def test_pdf_text_holds_every_team_and_criterion(rubric: Rubric, tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    outline = export_report(_report(rubric), path)
    assert outline[1:] == (
        "Rubric scores",
        "Coverage per rule pack",
        "Common gaps",
        "Peer feedback digest",
        "Review states per phase",
        "The rubric",
    )
    reader = PdfReader(str(path))
    text = _squash(" ".join(page.extract_text() for page in reader.pages))
    for name in ("Otters", "Herons", "Badgers & <Co>", *(c.title for c in rubric.criteria)):
        assert name in text, name
    assert "Acceptable (re-evaluated)" in text and "No path back to data." in text
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    assert titles[:2] == ["Benefits AI workshop", "Rubric scores"]
    assert reader.metadata is not None and reader.metadata.author == "Dr. R. Ames"
    fonts: set[str] = set()
    for page in reader.pages:
        resources: Any = page["/Resources"]
        for font in resources.get_object()["/Font"].get_object().values():
            fonts.add(str(font.get_object()["/BaseFont"]))
    assert fonts and all("DejaVuSans" in f for f in fonts), fonts


def _dated_check(strategy: Strategy) -> CheckResult:
    """``fake_check`` on 2 Aug 2026, a GDPR version, the DPIA planned for Herons, one upcoming."""
    result = fake_check(strategy)
    herons = strategy.name.startswith("Herons")
    findings = tuple(
        f.model_copy(update={"state": FindingState.PLANNED})
        if herons and f.rule_id == "gdpr.dpia"
        else f
        for f in result.findings
    )
    upcoming = Finding(
        rule_id="gdpr.future",
        pack="gdpr",
        severity=Severity.INFO,
        title="A duty from next year",
        message="Upcoming — applies from 1 January 2027. Not yet in force; no card.",
        citation="GDPR Art. 99",
        state=FindingState.UPCOMING,
        applies_from=dt.date(2027, 1, 1),
    )
    coverage = tuple(
        c.model_copy(
            update={"version": "2016/679", "version_label": "2016/679", "planned": int(herons)}
        )
        if c.pack == "gdpr"
        else c
        for c in result.coverage
    )
    return result.model_copy(
        update={
            "findings": (*findings, upcoming),
            "coverage": coverage,
            "checked_on": dt.date(2026, 8, 2),
        }
    )


def test_the_report_states_the_law_date_versions_planned_and_upcoming(
    rubric: Rubric, tmp_path: Path
) -> None:
    setup = _setup(rubric)
    report = build_report(setup.workshop, rubric, setup.strategies, check=_dated_check)
    assert report.checked_on == (dt.date(2026, 8, 2),)
    assert report.pack_versions == (("GDPR", "2016/679"),)
    dpia = next(g for g in report.common_gaps if g.rule_id == "gdpr.dpia")
    assert dpia.planned_teams == ("Herons",)
    assert [g.title for g in report.upcoming] == ["A duty from next year"]
    assert all(g.applies_from is None for g in report.common_gaps)
    path = tmp_path / "report.pdf"
    export_report(report, path)
    pdf = _squash(" ".join(page.extract_text() for page in PdfReader(str(path)).pages))
    markdown = _squash(_unescape(report_markdown(report)))
    for text in (pdf, markdown):
        assert "Law as of" in text and "2 August 2026" in text
        assert "GDPR (version 2016/679)" in text
        assert "Herons (planned)" in text
        assert "1 in place · 1 planned of 1" not in text  # Herons: planned is never met
        assert "0 in place · 1 planned of 1" in text
        assert "Upcoming — not yet in force" in text and "Applies from 1 January 2027" in text
        for rule_id in ("gdpr.dpia", "gdpr.future", "structure.phase-deploy"):
            assert rule_id not in text


def test_a_french_report_reads_french(rubric: Rubric, tmp_path: Path) -> None:
    path = tmp_path / "rapport.pdf"
    with speaking("fr"):
        outline = export_report(_report(rubric), path)
    assert outline[1:3] == ("Notes selon la grille", "Couverture par ensemble de règles")
    text = " ".join(page.extract_text() for page in PdfReader(str(path)).pages)
    for words in ("Rapport d'animation", "Lacunes communes", "Synthèse de la rétroaction"):
        assert words in text, words
    for words in ("Facilitator report", "Rubric scores", "Common gaps", "Peer feedback digest"):
        assert words not in text, words
