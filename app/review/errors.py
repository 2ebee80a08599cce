"""Typed errors of the review services; views turn them into messages.

Each is a ``models.errors.DomainError``, so a view that already shows domain
errors as messages shows these too. They describe refused requests, never bugs.
"""

from __future__ import annotations

from models.errors import DomainError


class ReviewError(DomainError):
    """Base of every refused review request."""


class UnknownCriterionError(ReviewError):
    """A score names a criterion the rubric does not have."""

    def __init__(self, criterion: str, rubric_key: str) -> None:
        super().__init__(f"The rubric {rubric_key!r} has no criterion {criterion!r}.")
        self.criterion = criterion
        self.rubric_key = rubric_key


class RubricMismatchError(ReviewError):
    """A score sheet was made for another rubric than the one given."""


class RoundLockedError(ReviewError):
    """The peer round is locked: its assignments and feedback can no longer change."""

    def __init__(self, round_name: str) -> None:
        super().__init__(
            f"{round_name} is locked by the facilitator; unlock it to change assignments "
            "or feedback."
        )
        self.round_name = round_name


class AssignmentError(ReviewError):
    """An assignment change is not possible (self-review, unknown team, duplicate)."""


class NotAssignedError(ReviewError):
    """Feedback from a team that was not asked to review that strategy."""

    def __init__(self, reviewer_team_id: str, strategy_id: str) -> None:
        super().__init__(
            f"Team {reviewer_team_id!r} is not assigned to review strategy {strategy_id!r} "
            "in this round."
        )
        self.reviewer_team_id = reviewer_team_id
        self.strategy_id = strategy_id


class ReviewTransitionError(ReviewError):
    """A phase review state change that the workflow does not allow."""


class SnapshotError(ReviewError):
    """A snapshot request is invalid (duplicate name, snapshots of different strategies)."""


class ComparisonError(ReviewError):
    """Strategies cannot be compared side by side (fewer than two, different scenarios)."""


class ReplayError(ReviewError):
    """The operation log cannot be replayed (a gap in revisions, an op that does not apply)."""


class TimerStateError(ReviewError):
    """A timer command that does not fit the timer's state (pause while not running…)."""


class CsvFormatError(ReviewError):
    """A CSV file cannot be read at all (wrong encoding, no header, missing columns)."""
