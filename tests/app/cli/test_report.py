"""The ``report`` sub-command: the facilitator report PDF and the scores CSV, from the store."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest

import app.cli
from app.demo import AURORA_ID, AURORA_STRATEGY_ID, BOREALIS_ID, BOREALIS_STRATEGY_ID, WORKSHOP_ID
from app.paths import sqlite_url
from app.review.peers import TeamEntry, new_round
from app.review.rubrics import load_rubrics
from app.review.scores_csv import read_scores
from app.review.scoring import new_sheet, set_score
from app.review.states import evaluate
from app.store import Store
from models.phases import Phase
from models.review import PeerFeedback, ReviewState, Rubric, RubricSheet
from tests.app.cli.conftest import ENTRIES, Cli, one_error_line


@pytest.fixture
def cli(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> Cli:
    """The area's CLI with ``report`` registered too."""
    monkeypatch.setattr(
        app.cli,
        "SUBCOMMANDS",
        {**ENTRIES, "report": "app.cli.report", "export-pdf": "app.cli.export_pdf"},
    )
    return cli


@pytest.fixture
def rubric() -> Rubric:
    """The shipped default rubric."""
    found = load_rubrics().get()
    assert found is not None
    return found


def _sheets(rubric: Rubric) -> list[RubricSheet]:
    aurora = new_sheet(AURORA_STRATEGY_ID, rubric, scorer="Ingrid")
    for index, criterion in enumerate(rubric.criteria):
        aurora = set_score(aurora, rubric, criterion.key, index % 4 + 1, f"=note {index}, “quoted”")
    borealis = new_sheet(BOREALIS_STRATEGY_ID, rubric)
    borealis = set_score(borealis, rubric, rubric.criteria[0].key, 2, "")
    return [aurora, borealis]


@pytest.fixture
def reviewed(demo_db: Path, rubric: Rubric) -> Path:
    """The demo database with score sheets, a peer round with feedback and a phase review."""
    with Store.open(sqlite_url(demo_db)) as store:
        for sheet in _sheets(rubric):
            store.save_sheet(WORKSHOP_ID, sheet)
        peer_round = new_round(
            WORKSHOP_ID,
            [
                TeamEntry(AURORA_ID, AURORA_STRATEGY_ID),
                TeamEntry(BOREALIS_ID, BOREALIS_STRATEGY_ID),
            ],
        )
        store.save_round(peer_round)
        store.save_feedback(
            PeerFeedback(
                round_id=peer_round.id,
                reviewer_team_id=BOREALIS_ID,
                strategy_id=AURORA_STRATEGY_ID,
                strengths="Clear data lineage",
                suggestion="Add an appeal route",
                score=3,
            )
        )
        store.add_phase_review(
            evaluate([], AURORA_STRATEGY_ID, Phase.MONITOR, ReviewState.TO_BE_CORRECTED, "Drift?")
        )
    return demo_db


def _text(pdf: Path) -> str:
    reader = pypdf.PdfReader(pdf)
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def test_report_pdf_holds_every_team_and_criterion(
    cli: Cli, reviewed: Path, tmp_path: Path, rubric: Rubric
) -> None:
    out, md = tmp_path / "report.pdf", tmp_path / "report.md"
    result = cli("--db", reviewed, "report", "--workshop", WORKSHOP_ID, "-o", out, "--markdown", md)
    assert result.status == 0, result.err
    assert result.out.splitlines() == [str(out), str(md)]
    text = _text(out)
    with Store.open(sqlite_url(reviewed)) as store:
        teams = store.get_workshop(WORKSHOP_ID).teams
    assert len(teams) == 2
    for team in teams:
        assert team.name in text
    for criterion in rubric.criteria:
        assert " ".join(criterion.title.split()) in text, criterion.key
    # Stored reviews reach the report: feedback, the phase review and the scores' mean.
    assert "Clear data lineage" in text and "Add an appeal route" in text
    assert "To be corrected" in text
    levels = [s.level for s in _sheets(rubric)[0].scores]
    assert f"{sum(levels) / len(levels):.1f}" in text
    markdown = md.read_text(encoding="utf-8")
    assert "Team Aurora" in markdown and "Clear data lineage" in markdown


def test_scores_csv_round_trips(cli: Cli, reviewed: Path, tmp_path: Path, rubric: Rubric) -> None:
    out = tmp_path / "scores.csv"
    result = cli("--db", reviewed, "report", "--workshop", WORKSHOP_ID, "--scores-csv", out)
    assert result.status == 0, result.err
    assert result.out == f"{out}\n"
    imported = read_scores(out, rubric, known=[AURORA_STRATEGY_ID, BOREALIS_STRATEGY_ID])
    assert imported.problems == ()
    with Store.open(sqlite_url(reviewed)) as store:
        stored = {s.strategy_id: s for s in store.list_sheets(WORKSHOP_ID)}
    assert {s.strategy_id: s.scores for s in imported.sheets} == {
        k: s.scores for k, s in stored.items()
    }
    assert imported.merged_into(stored) == tuple(stored[s.strategy_id] for s in imported.sheets)


def test_a_workshop_without_reviews_still_reports(cli: Cli, demo_db: Path, tmp_path: Path) -> None:
    out, csv = tmp_path / "r.pdf", tmp_path / "s.csv"
    result = cli(
        "--db", demo_db, "report", "--workshop", WORKSHOP_ID, "-o", out, "--scores-csv", csv
    )
    assert result.status == 0, result.err
    assert "Team Borealis" in _text(out)
    assert csv.read_text(encoding="utf-8-sig").splitlines() == [
        "strategy_id,team,strategy,rubric,rubric_version,criterion,criterion_title,level,comment"
    ]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("--workshop", WORKSHOP_ID), "needs -o"),
        (("--workshop", "nope", "-o", "{tmp}/r.pdf"), "No workshop with id 'nope'"),
        (("--workshop", WORKSHOP_ID, "-o", "{tmp}/missing/r.pdf"), "does not exist"),
        (("--workshop", WORKSHOP_ID, "-o", "{tmp}"), "is a folder"),
        (("--workshop", WORKSHOP_ID, "-o", "{tmp}/r.pdf", "--rubric", "x"), "no rubric 'x'"),
        (("--workshop", WORKSHOP_ID, "-o", "{tmp}/a", "--markdown", "{tmp}/a"), "different file"),
    ],
)
def test_bad_input_is_one_line(
    cli: Cli, demo_db: Path, tmp_path: Path, argv: tuple[str, ...], message: str
) -> None:
    args = [a.replace("{tmp}", str(tmp_path)) for a in argv]
    line = one_error_line(cli("--db", demo_db, "report", *args))
    assert message in line
    assert not (tmp_path / "r.pdf").exists()


def test_a_missing_database_is_not_created(cli: Cli, tmp_path: Path) -> None:
    db = tmp_path / "none.sqlite3"
    line = one_error_line(
        cli("--db", db, "report", "--workshop", WORKSHOP_ID, "-o", tmp_path / "r.pdf")
    )
    assert "no database" in line and not db.exists()


def test_the_deck_of_a_reviewed_strategy_has_the_review_slides(
    cli: Cli, reviewed: Path, tmp_path: Path, rubric: Rubric
) -> None:
    deck = tmp_path / "aurora.pdf"  # the full plan: review slides are not for the talk
    argv = ("export-pdf", AURORA_STRATEGY_ID, "-o", deck, "--no-drills", "--plan")
    result = cli("--db", reviewed, *argv)
    assert result.status == 0, result.err
    text = _text(deck)
    assert "Rubric scores" in text and "Peer feedback received" in text
    assert "Clear data lineage" in text and "Drift?" in text
    assert " ".join(rubric.criteria[-1].title.split()) in text


def test_the_deck_of_an_unreviewed_strategy_has_no_review_slide(
    cli: Cli, demo_db: Path, tmp_path: Path
) -> None:
    deck = tmp_path / "aurora.pdf"
    result = cli(
        "--db", demo_db, "export-pdf", AURORA_STRATEGY_ID, "-o", deck, "--no-drills", "--plan"
    )
    assert result.status == 0, result.err
    text = _text(deck)
    assert "Rubric scores" not in text and "Peer feedback received" not in text


def test_workshop_decks_carry_each_strategys_own_review(
    cli: Cli, reviewed: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "decks"
    result = cli("--db", reviewed, "export-pdf", "--workshop", WORKSHOP_ID, "-o", folder)
    assert result.status == 0, result.err
    plans = [p for p in result.out.split() if p.endswith("-plan.pdf")]
    texts = {Path(p).name: _text(Path(p)) for p in plans}
    assert len(texts) == 2
    with_feedback = [name for name, text in texts.items() if "Clear data lineage" in text]
    assert len(with_feedback) == 1 and "aurora" in with_feedback[0].lower()
    assert all("Rubric scores" in text for text in texts.values())
