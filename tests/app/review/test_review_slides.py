"""The deck's review slide: scores with descriptors, phase states, feedback received."""

from __future__ import annotations

from app.export.blocks import Bullets, Entries, Table
from app.export.markdown import render_block
from app.review.peers import TeamEntry, new_round
from app.review.review_slides import review_section, review_slides, strategy_review
from app.review.scoring import new_sheet, set_score
from app.review.states import evaluate
from models.phases import Phase
from models.review import PeerFeedback, PeerRound, ReviewState
from models.workshop import Team
from tests.app.review.builders import make_rubric

RUBRIC = make_rubric("coverage", "ownership")
TEAMS = (Team(name="Otters"), Team(name="Herons"))


def _feedback() -> tuple[list[PeerFeedback], list[PeerRound]]:
    peer_round = new_round(
        "w", [TeamEntry(TEAMS[0].id, "s-otters"), TeamEntry(TEAMS[1].id, "s-herons")]
    )
    entry = PeerFeedback(
        round_id=peer_round.id,
        reviewer_team_id=TEAMS[1].id,
        strategy_id="s-otters",
        strengths="Clear owners",
        suggestion="Add rollback",
        score=2,
    )
    return [entry], [peer_round]


def test_nothing_reviewed_gives_no_slide() -> None:
    review = strategy_review("s-otters", RUBRIC)
    assert review.is_empty and review_slides(review) == []


def test_scores_states_and_feedback_make_two_slides() -> None:
    sheet = set_score(new_sheet("s-otters", RUBRIC), RUBRIC, "ownership", 3, "Good spread", at="t")
    other = set_score(new_sheet("s-herons", RUBRIC), RUBRIC, "coverage", 1, at="t")
    reviews = [evaluate([], "s-otters", Phase.DEPLOY, ReviewState.TO_BE_CORRECTED, "No gate")]
    feedback, rounds = _feedback()
    review = strategy_review(
        "s-otters",
        RUBRIC,
        sheets=[other, sheet],
        feedback=feedback,
        rounds=rounds,
        reviews=reviews,
        teams=TEAMS,
    )
    slides = review_slides(review)
    assert [s.title for s in slides] == ["Review", "Peer feedback received"]
    table = next(b for b in slides[0].blocks if isinstance(b, Table))
    assert table.rows == (
        ("Coverage", "–", "not scored", ""),
        ("Ownership", "3 Proficient", "proficient", "Good spread"),
    )
    bullets = next(b for b in slides[0].blocks if isinstance(b, Bullets))
    assert bullets.items == ("Deployment: To be corrected — No gate",)
    (entries,) = slides[1].blocks
    assert isinstance(entries, Entries)
    (entry,) = entries.items
    assert entry.title == "From Herons (Round 1)" and entry.meta == ("Score 2 (Developing)",)
    assert entry.body == "Strengths: Clear owners\nSuggestion: Add rollback"
    assert any("Ownership" in line for line in render_block(table))
    assert review_section(review)(None) == slides  # type: ignore[arg-type]


def test_feedback_only_gives_the_feedback_slide() -> None:
    feedback, rounds = _feedback()
    review = strategy_review("s-otters", RUBRIC, feedback=feedback, rounds=rounds, teams=TEAMS)
    assert [s.title for s in review_slides(review)] == ["Peer feedback received"]
