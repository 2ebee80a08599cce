"""Peer review rounds: round-robin assignment, editing, locking, and feedback entries.

A round is an immutable ``PeerRound``; every edit returns a new one for the
caller to store. Once the facilitator locks a round, every change to its
assignments or feedback raises ``RoundLockedError`` until it is unlocked.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from pydantic import ValidationError

from app.i18n import translate
from app.review.errors import AssignmentError, NotAssignedError, RoundLockedError
from models.errors import bare
from models.review import PeerAssignment, PeerFeedback, PeerRound, now_iso


@dataclass(frozen=True)
class TeamEntry:
    """A team taking part in a round, with the strategy the others review."""

    team_id: str
    strategy_id: str


def round_robin(teams: Sequence[TeamEntry], offset: int = 1) -> tuple[PeerAssignment, ...]:
    """Each team reviews the strategy of the team ``offset`` places after it (wrapping round).

    With any offset from 1 to n − 1 no team reviews itself and every team is
    reviewed exactly once; a later round can use another offset so teams meet
    new reviewers.

    Raises:
        AssignmentError: fewer than two teams, a team listed twice, or a bad offset.
    """
    count = len(teams)
    if count < 2:
        raise AssignmentError(
            translate("errors-review", "Peer review needs at least two teams with a strategy.")
        )
    ids = [t.team_id for t in teams]
    if len(set(ids)) != count:
        twice = next(team for team, n in Counter(ids).items() if n > 1)
        raise AssignmentError(
            translate("errors-review", "Team '{team}' is listed twice.").format(team=bare(twice))
        )
    if not 1 <= offset < count:
        raise AssignmentError(
            translate(
                "errors-review", "The offset must be between 1 and {last} for {count} teams."
            ).format(last=count - 1, count=count)
        )
    return tuple(
        PeerAssignment(
            reviewer_team_id=team.team_id,
            reviewed_team_id=teams[(index + offset) % count].team_id,
            strategy_id=teams[(index + offset) % count].strategy_id,
        )
        for index, team in enumerate(teams)
    )


def new_round(
    workshop_id: str, teams: Sequence[TeamEntry], name: str = "Round 1", offset: int = 1
) -> PeerRound:
    """A fresh, unlocked round with round-robin assignments."""
    return PeerRound(workshop_id=workshop_id, name=name, assignments=round_robin(teams, offset))


def _editable(peer_round: PeerRound) -> None:
    if peer_round.locked:
        raise RoundLockedError(peer_round.name)


def assign(
    peer_round: PeerRound, reviewer_team_id: str, reviewed_team_id: str, strategy_id: str
) -> PeerRound:
    """The round with one more assignment.

    Raises:
        RoundLockedError: the round is locked.
        AssignmentError: a team would review itself, or the pair is already assigned.
    """
    _editable(peer_round)
    if reviewer_team_id == reviewed_team_id:
        raise AssignmentError(translate("errors-review", "A team cannot review its own strategy."))
    if peer_round.assignment(reviewer_team_id, strategy_id) is not None:
        raise AssignmentError(
            translate("errors-review", "This team is already assigned that strategy.")
        )
    added = PeerAssignment(
        reviewer_team_id=reviewer_team_id,
        reviewed_team_id=reviewed_team_id,
        strategy_id=strategy_id,
    )
    return peer_round.model_copy(update={"assignments": (*peer_round.assignments, added)})


def unassign(peer_round: PeerRound, reviewer_team_id: str, strategy_id: str) -> PeerRound:
    """The round without the assignment of this reviewer to this strategy.

    Raises:
        RoundLockedError: the round is locked.
        NotAssignedError: there is no such assignment.
    """
    _editable(peer_round)
    if peer_round.assignment(reviewer_team_id, strategy_id) is None:
        raise NotAssignedError(reviewer_team_id, strategy_id)
    kept = tuple(
        a
        for a in peer_round.assignments
        if (a.reviewer_team_id, a.strategy_id) != (reviewer_team_id, strategy_id)
    )
    return peer_round.model_copy(update={"assignments": kept})


def swap_targets(peer_round: PeerRound, first_team_id: str, second_team_id: str) -> PeerRound:
    """Exchange what two reviewer teams review; every team stays reviewed as often as before.

    Raises:
        RoundLockedError: the round is locked.
        AssignmentError: either team has not exactly one assignment, or the swap
            would make a team review itself.
    """
    _editable(peer_round)
    mine = [a for a in peer_round.assignments if a.reviewer_team_id == first_team_id]
    theirs = [a for a in peer_round.assignments if a.reviewer_team_id == second_team_id]
    if len(mine) != 1 or len(theirs) != 1:
        raise AssignmentError(
            translate("errors-review", "Both teams must have exactly one assignment to swap them.")
        )
    a, b = mine[0], theirs[0]
    try:
        swapped = {
            a: PeerAssignment(
                reviewer_team_id=a.reviewer_team_id,
                reviewed_team_id=b.reviewed_team_id,
                strategy_id=b.strategy_id,
            ),
            b: PeerAssignment(
                reviewer_team_id=b.reviewer_team_id,
                reviewed_team_id=a.reviewed_team_id,
                strategy_id=a.strategy_id,
            ),
        }
    except ValidationError:
        raise AssignmentError(
            translate("errors-review", "The swap would make a team review its own strategy.")
        ) from None
    return peer_round.model_copy(
        update={"assignments": tuple(swapped.get(x, x) for x in peer_round.assignments)}
    )


def lock(peer_round: PeerRound, at: str | None = None) -> PeerRound:
    """The round locked: assignments and feedback are frozen (locking twice is harmless)."""
    if peer_round.locked:
        return peer_round
    return peer_round.model_copy(update={"locked": True, "locked_at": at or now_iso()})


def unlock(peer_round: PeerRound) -> PeerRound:
    """The round open for edits again."""
    return peer_round.model_copy(update={"locked": False, "locked_at": ""})


def problems(peer_round: PeerRound, team_ids: Iterable[str]) -> tuple[str, ...]:
    """Why the round is not "every team reviews one strategy and is reviewed exactly once".

    After manual edits a round may legitimately differ; the GUI shows these as
    warnings, not errors. An empty tuple means the round is balanced.
    """
    teams = list(team_ids)
    reviewed = Counter(a.reviewed_team_id for a in peer_round.assignments)
    reviewing = Counter(a.reviewer_team_id for a in peer_round.assignments)
    found: list[str] = []
    for team in teams:
        if reviewed[team] == 0:
            found.append(
                translate("review", "Team {team} is not reviewed by anyone.").format(
                    team=repr(team)
                )
            )
        elif reviewed[team] > 1:
            found.append(
                translate("review", "Team {team} is reviewed {times} times.").format(
                    team=repr(team), times=reviewed[team]
                )
            )
        if reviewing[team] == 0:
            found.append(
                translate("review", "Team {team} has nothing to review.").format(team=repr(team))
            )
    known = set(teams)
    for team in sorted((set(reviewed) | set(reviewing)) - known):
        found.append(
            translate("review", "Team {team} is in the round but not in the workshop.").format(
                team=repr(team)
            )
        )
    return tuple(found)


def save_feedback(
    peer_round: PeerRound, entry: PeerFeedback, at: str | None = None
) -> PeerFeedback:
    """Check that ``entry`` may be saved now, and stamp it.

    Raises:
        RoundLockedError: the round is locked.
        NotAssignedError: the reviewer team is not assigned that strategy in this round.
        AssignmentError: the entry belongs to another round.
    """
    _editable(peer_round)
    if entry.round_id != peer_round.id:
        raise AssignmentError(translate("errors-review", "This feedback belongs to another round."))
    if peer_round.assignment(entry.reviewer_team_id, entry.strategy_id) is None:
        raise NotAssignedError(entry.reviewer_team_id, entry.strategy_id)
    return entry.model_copy(update={"updated_at": at or now_iso()})


def delete_feedback(peer_round: PeerRound, entry: PeerFeedback) -> None:
    """Check that ``entry`` may be deleted now (the store then deletes it).

    Raises:
        RoundLockedError: the round is locked.
    """
    _editable(peer_round)
    if entry.round_id != peer_round.id:
        raise AssignmentError(translate("errors-review", "This feedback belongs to another round."))


def received(feedback: Iterable[PeerFeedback], strategy_id: str) -> tuple[PeerFeedback, ...]:
    """The feedback entries about one strategy, oldest round and reviewer first."""
    return tuple(
        sorted(
            (f for f in feedback if f.strategy_id == strategy_id),
            key=lambda f: (f.round_id, f.reviewer_team_id),
        )
    )


@dataclass(frozen=True)
class TeamReferences:
    """What refers to a team, so deleting it can warn first and keep the reviews."""

    assignments: int
    feedback_given: int
    feedback_received: int

    @property
    def any(self) -> bool:
        """Whether anything refers to the team."""
        return bool(self.assignments or self.feedback_given or self.feedback_received)


def references_to_team(
    team_id: str,
    strategy_ids: Iterable[str],
    rounds: Iterable[PeerRound],
    feedback: Iterable[PeerFeedback],
) -> TeamReferences:
    """Count the assignments and feedback entries that involve a team or its strategies."""
    own = set(strategy_ids)
    entries = list(feedback)
    return TeamReferences(
        assignments=sum(
            1
            for r in rounds
            for a in r.assignments
            if team_id in (a.reviewer_team_id, a.reviewed_team_id)
        ),
        feedback_given=sum(1 for f in entries if f.reviewer_team_id == team_id),
        feedback_received=sum(1 for f in entries if f.strategy_id in own),
    )
