"""Typed errors of the review services; views turn them into messages.

Each is a ``models.errors.DomainError``, so a view that already shows domain
errors as messages shows these too. They describe refused requests, never bugs.
"""

from __future__ import annotations

from app.i18n import translate
from models.errors import DomainError, bare


class ReviewError(DomainError):
    """Base of every refused review request."""


class UnknownCriterionError(ReviewError):
    """A score names a criterion the rubric does not have."""

    def __init__(self, criterion: str, rubric_key: str) -> None:
        super().__init__(
            translate(
                "errors-review", "The rubric '{rubric}' has no criterion '{criterion}'."
            ).format(rubric=bare(rubric_key), criterion=bare(criterion))
        )
        self.criterion = criterion
        self.rubric_key = rubric_key


class RubricMismatchError(ReviewError):
    """A score sheet was made for another rubric than the one given."""


class RoundLockedError(ReviewError):
    """The peer round is locked: its assignments and feedback can no longer change."""

    def __init__(self, round_name: str) -> None:
        super().__init__(
            translate(
                "errors-review",
                "{round} is locked by the facilitator; "
                "unlock it to change assignments or feedback.",
            ).format(round=round_name)
        )
        self.round_name = round_name


class AssignmentError(ReviewError):
    """An assignment change is not possible (self-review, unknown team, duplicate)."""


class NotAssignedError(ReviewError):
    """Feedback from a team that was not asked to review that strategy."""

    def __init__(self, reviewer_team_id: str, strategy_id: str) -> None:
        super().__init__(
            translate(
                "errors-review",
                "Team '{team}' is not assigned to review strategy '{strategy}' in this round.",
            ).format(team=bare(reviewer_team_id), strategy=bare(strategy_id))
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
