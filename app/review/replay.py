"""Replaying how a strategy grew, from its operation log.

Every change to a strategy is an operation applied by ``app.document.Document``
and written as an ``OperationRecord``; applying the same operations to the
state before the first one reaches every later revision exactly. The replay
keeps a copy of the state every few revisions, so moving a slider over a
long history costs a handful of operations per position, not the whole log.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app.document import Change, Document
from app.i18n import link_label, phase_short, quoted, translate
from app.review.errors import ReplayError
from models.errors import DomainError, bare
from models.operations import (
    AddCard,
    AddLink,
    Batch,
    MoveCard,
    Operation,
    OperationRecord,
    RemoveCard,
    RemoveLink,
    RenameStrategy,
    SetPacks,
    SetProfile,
    UpdateCard,
    UpdateLink,
)
from models.strategy import Strategy

CHECKPOINT_EVERY = 64


@dataclass(frozen=True)
class Step:
    """One revision of the history: the record that produced it and what it touched."""

    record: OperationRecord
    change: Change

    @property
    def revision(self) -> int:
        """The revision this step produced."""
        return self.record.revision

    @property
    def label(self) -> str:
        """A short description for the slider's tooltip and the history list."""
        return describe(self.record.op)


class Replay:
    """The states of one strategy at every revision of its log."""

    def __init__(
        self,
        base: Strategy,
        records: Sequence[OperationRecord],
        checkpoint_every: int = CHECKPOINT_EVERY,
    ) -> None:
        """Check the log against ``base`` by applying it once.

        Args:
            base: the strategy as it was before the first record (not modified).
            records: the log, in revision order, starting right after ``base.revision``.
            checkpoint_every: keep a full copy every this many revisions.

        Raises:
            ReplayError: a record belongs to another strategy, a revision is
                missing or repeated, or an operation does not apply.
        """
        if checkpoint_every < 1:
            raise ValueError("checkpoint_every must be at least 1")
        self._every = checkpoint_every
        self._base_revision = base.revision
        self._records = tuple(records)
        self._check_sequence(base)
        document = Document(_copy(base))
        self._checkpoints: dict[int, Strategy] = {base.revision: _copy(base)}
        steps: list[Step] = []
        for record in self._records:
            try:
                change = document.apply(record.op)
            except DomainError as err:
                raise ReplayError(
                    translate(
                        "errors-review", "Revision {revision} does not apply: {reason}"
                    ).format(revision=record.revision, reason=err)
                ) from None
            steps.append(Step(record=record, change=change))
            if (record.revision - base.revision) % checkpoint_every == 0:
                self._checkpoints[record.revision] = _copy(document.strategy)
        self._steps = tuple(steps)
        self._final = document.strategy

    @classmethod
    def from_final(
        cls,
        final: Strategy,
        records: Sequence[OperationRecord],
        checkpoint_every: int = CHECKPOINT_EVERY,
    ) -> Replay:
        """A replay built from the current strategy and the log that led to it.

        The state before the log is found by applying the inverse operations
        backwards from ``final``, so the store needs no copy of the first state.

        Raises:
            ReplayError: the log does not end at ``final.revision``, or does not undo.
        """
        if records and records[-1].revision != final.revision:
            raise ReplayError(
                translate(
                    "errors-review",
                    "The log ends at revision {last}, but the strategy is at revision {current}.",
                ).format(last=records[-1].revision, current=final.revision)
            )
        document = Document(_copy(final))
        for record in reversed(records):
            try:
                document.apply(record.op.inverse())
            except DomainError as err:
                raise ReplayError(
                    translate(
                        "errors-review", "Revision {revision} cannot be undone: {reason}"
                    ).format(revision=record.revision, reason=err)
                ) from None
        base = document.strategy
        # Document counts every applied op, inverses included; the base is simply older.
        base.revision = final.revision - len(records)
        return cls(base, records, checkpoint_every)

    def _check_sequence(self, base: Strategy) -> None:
        expected = base.revision + 1
        for record in self._records:
            if record.strategy_id != base.id:
                raise ReplayError(
                    translate(
                        "errors-review", "Revision {revision} belongs to another strategy ('{id}')."
                    ).format(revision=record.revision, id=bare(record.strategy_id))
                )
            if record.revision != expected:
                raise ReplayError(
                    translate(
                        "errors-review",
                        "The log jumps from revision {before} to {after}; "
                        "a part of the history is missing.",
                    ).format(before=expected - 1, after=record.revision)
                )
            expected += 1

    @property
    def first_revision(self) -> int:
        """The revision before the first step (the slider's left end)."""
        return self._base_revision

    @property
    def last_revision(self) -> int:
        """The revision after the last step (the slider's right end)."""
        return self._base_revision + len(self._steps)

    @property
    def steps(self) -> tuple[Step, ...]:
        """Every step in order."""
        return self._steps

    @property
    def final(self) -> Strategy:
        """A copy of the state after the last step."""
        return _copy(self._final)

    def step(self, revision: int) -> Step:
        """The step that produced ``revision``.

        Raises:
            ReplayError: no step produced that revision.
        """
        index = revision - self._base_revision - 1
        if not 0 <= index < len(self._steps):
            raise ReplayError(
                translate("errors-review", "No step produced revision {revision}.").format(
                    revision=revision
                )
            )
        return self._steps[index]

    def state_at(self, revision: int) -> Strategy:
        """A fresh copy of the strategy as it was at ``revision``.

        Raises:
            ReplayError: the revision is outside the replayed history.
        """
        if not self.first_revision <= revision <= self.last_revision:
            raise ReplayError(
                translate(
                    "errors-review", "Revision {revision} is outside the history ({first}–{last})."
                ).format(revision=revision, first=self.first_revision, last=self.last_revision)
            )
        offset = (revision - self._base_revision) // self._every * self._every
        start = self._base_revision + offset
        document = Document(_copy(self._checkpoints[start]))
        for step in self._steps[offset : revision - self._base_revision]:
            document.apply(step.record.op)
        return document.strategy


def _copy(strategy: Strategy) -> Strategy:
    """An independent copy for the document to change.

    Cards, links, the profile and the pack tuple are immutable records that the
    document replaces rather than edits, so copying the two dicts is enough; it
    is many times cheaper than a deep copy, which keeps the history slider quick.
    """
    return strategy.model_copy(
        update={"cards": dict(strategy.cards), "links": dict(strategy.links)}
    )


def _field_name(name: str) -> str:
    """A card field an edit changed, as a word."""
    return {
        "title": translate("history", "title"),
        "notes": translate("history", "notes"),
        "status": translate("history", "status"),
        "capabilities": translate("history", "capabilities"),
        "owner_role": translate("history", "owner"),
        "cadence": translate("history", "cadence"),
    }.get(name, name)


def describe(op: Operation) -> str:
    """A one-line, user-facing description of an operation, in the current language."""
    match op:
        case AddCard(card=card):
            return translate("history", "Added {card} to {phase}").format(
                card=quoted(card.title), phase=phase_short(card.phase)
            )
        case RemoveCard(card=card):
            return translate("history", "Removed {card}").format(card=quoted(card.title))
        case MoveCard(before=before, after=after):
            if before.phase != after.phase:
                return translate("history", "Moved a card from {source} to {target}").format(
                    source=phase_short(before.phase), target=phase_short(after.phase)
                )
            return translate("history", "Moved a card within {phase}").format(
                phase=phase_short(after.phase)
            )
        case UpdateCard(after=after):
            fields = ", ".join(_field_name(f) for f in sorted(after.fields()))
            return translate("history", "Edited a card ({fields})").format(fields=fields)
        case AddLink(link=link):
            return translate("history", "Linked two cards ({kind})").format(
                kind=link_label(link.kind)
            )
        case RemoveLink():
            return translate("history", "Removed a link")
        case UpdateLink(after=kind):
            return translate("history", "Changed a link to {kind}").format(
                kind=quoted(link_label(kind))
            )
        case SetProfile():
            return translate("history", "Changed the profile")
        case SetPacks(after=packs):
            return translate("history", "Chose rule packs: {packs}").format(
                packs=", ".join(packs) or translate("history", "none")
            )
        case RenameStrategy(after=name):
            return translate("history", "Renamed the strategy to {name}").format(name=quoted(name))
        case Batch(label=label, ops=ops):
            return label or translate("history", "%n change(s) at once", None, len(ops))
    return op.kind
