"""Peer rounds: round-robin never self-reviews and reviews every team once; locks refuse edits."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.review.errors import AssignmentError, NotAssignedError, RoundLockedError
from app.review.peers import (
    TeamEntry,
    assign,
    delete_feedback,
    lock,
    new_round,
    problems,
    received,
    references_to_team,
    round_robin,
    save_feedback,
    swap_targets,
    unassign,
    unlock,
)
from models.review import PeerFeedback, PeerRound


def _teams(count: int) -> list[TeamEntry]:
    return [TeamEntry(team_id=f"t{i}", strategy_id=f"s{i}") for i in range(count)]


@given(
    st.integers(min_value=2, max_value=12).flatmap(
        lambda n: st.tuples(st.just(n), st.integers(min_value=1, max_value=n - 1))
    )
)
def test_round_robin_no_self_review_and_everyone_reviewed_once(case: tuple[int, int]) -> None:
    count, offset = case
    teams = _teams(count)
    assignments = round_robin(teams, offset)
    assert all(a.reviewer_team_id != a.reviewed_team_id for a in assignments)
    assert Counter(a.reviewed_team_id for a in assignments) == {t.team_id: 1 for t in teams}
    assert Counter(a.reviewer_team_id for a in assignments) == {t.team_id: 1 for t in teams}
    strategy_of = {t.team_id: t.strategy_id for t in teams}
    assert all(strategy_of[a.reviewed_team_id] == a.strategy_id for a in assignments)
    peer_round = PeerRound(workshop_id="w", assignments=assignments)
    assert problems(peer_round, strategy_of) == ()


def test_round_robin_default_is_the_next_team() -> None:
    pairs = [(a.reviewer_team_id, a.reviewed_team_id) for a in round_robin(_teams(3))]
    assert pairs == [("t0", "t1"), ("t1", "t2"), ("t2", "t0")]


@pytest.mark.parametrize(
    ("teams", "offset", "message"),
    [
        (_teams(1), 1, "at least two teams"),
        ([TeamEntry("a", "s1"), TeamEntry("a", "s2")], 1, "'a' is listed twice"),
        (_teams(3), 3, "between 1 and 2"),
        (_teams(3), 0, "between 1 and 2"),
    ],
)
def test_round_robin_refuses_bad_input(teams: list[TeamEntry], offset: int, message: str) -> None:
    with pytest.raises(AssignmentError, match=message):
        round_robin(teams, offset)


def test_edits_keep_rules_and_report_imbalance() -> None:
    peer_round = new_round("w", _teams(3))
    with pytest.raises(AssignmentError, match="own strategy"):
        assign(peer_round, "t0", "t0", "s0")
    with pytest.raises(AssignmentError, match="already assigned"):
        assign(peer_round, "t0", "t1", "s1")
    edited = assign(peer_round, "t0", "t2", "s2")
    assert problems(edited, ["t0", "t1", "t2"]) == ("Team 't2' is reviewed 2 times.",)
    edited = unassign(edited, "t2", "s0")
    assert problems(edited, ["t0", "t1", "t2"]) == (
        "Team 't0' is not reviewed by anyone.",
        "Team 't2' is reviewed 2 times.",
        "Team 't2' has nothing to review.",
    )
    with pytest.raises(NotAssignedError):
        unassign(edited, "t2", "s0")


def test_swap_keeps_balance_and_refuses_self_review() -> None:
    peer_round = new_round("w", _teams(4))
    with pytest.raises(AssignmentError, match="own strategy"):
        swap_targets(peer_round, "t0", "t1")  # t0 would get t2, t1 would get its own
    with pytest.raises(AssignmentError, match="own strategy"):
        swap_targets(new_round("w", _teams(3)), "t0", "t1")
    balanced = swap_targets(peer_round, "t0", "t2")
    assert {a.reviewer_team_id: a.reviewed_team_id for a in balanced.assignments} == {
        "t0": "t3",
        "t1": "t2",
        "t2": "t1",
        "t3": "t0",
    }
    assert problems(balanced, ["t0", "t1", "t2", "t3"]) == ()


def _feedback(peer_round: PeerRound, reviewer: str, strategy: str, score: int = 3) -> PeerFeedback:
    return PeerFeedback(
        round_id=peer_round.id,
        reviewer_team_id=reviewer,
        strategy_id=strategy,
        strengths="clear loop",
        questions="who owns drift?",
        suggestion="add an appeal process",
        score=score,
    )


def test_feedback_only_from_assigned_reviewers() -> None:
    peer_round = new_round("w", _teams(3))
    saved = save_feedback(peer_round, _feedback(peer_round, "t0", "s1"), at="2026-11-29T01:00")
    assert saved.updated_at == "2026-11-29T01:00"
    with pytest.raises(NotAssignedError, match="'t0' is not assigned"):
        save_feedback(peer_round, _feedback(peer_round, "t0", "s2"))
    other = new_round("w", _teams(3))
    with pytest.raises(AssignmentError, match="another round"):
        save_feedback(peer_round, _feedback(other, "t0", "s1"))


def test_locked_round_refuses_every_edit_until_unlocked() -> None:
    peer_round = lock(new_round("w", _teams(3), name="Round 2"), at="t")
    assert peer_round.locked and peer_round.locked_at == "t"
    assert lock(peer_round) is peer_round
    entry = _feedback(peer_round, "t0", "s1")
    edits: list[Callable[[], object]] = [
        lambda: assign(peer_round, "t0", "t2", "s2"),
        lambda: unassign(peer_round, "t0", "s1"),
        lambda: swap_targets(peer_round, "t0", "t1"),
        lambda: save_feedback(peer_round, entry),
        lambda: delete_feedback(peer_round, entry),
    ]
    for edit in edits:
        with pytest.raises(RoundLockedError, match="Round 2 is locked"):
            edit()
    reopened = unlock(peer_round)
    assert not reopened.locked and reopened.locked_at == ""
    assert save_feedback(reopened, entry).score == 3


def test_received_and_references_to_team() -> None:
    peer_round = new_round("w", _teams(3))
    entries = [_feedback(peer_round, "t0", "s1", 2), _feedback(peer_round, "t2", "s0", 4)]
    assert [f.reviewer_team_id for f in received(entries, "s1")] == ["t0"]
    refs = references_to_team("t0", ["s0"], [peer_round], entries)
    assert (refs.assignments, refs.feedback_given, refs.feedback_received) == (2, 1, 1)
    assert refs.any
    assert not references_to_team("t9", [], [peer_round], entries).any
