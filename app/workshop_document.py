"""The workshop document: the one place a workshop's details, teams and scenarios change.

Workshop edits are few and small, so unlike a strategy's they are written
synchronously: ``apply`` writes the operation and its log row in one
transaction, takes the workshop back as the database holds it (with what
other seats wrote meanwhile) and only then tells the listeners. A refused
write (a disk problem, a team that still has strategies) raises and changes
nothing; the caller tells the user and keeps their input.

``poll`` brings in other seats' workshop and review edits (one indexed read
when nothing changed). ``save`` turns an edited copy of the workshop (what a
dialog returns) into per-team operations, so a team another seat added in
the meantime survives.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from app.document import Origin
from models.workshop import Workshop
from models.workshop_ops import (
    UndoableWorkshopOperation,
    WorkshopOperation,
    WorkshopRecord,
    workshop_edits,
)

_log = logging.getLogger(__name__)


class WorkshopStore(Protocol):
    """What the workshop document needs of the store (``app.store.Store``)."""

    def apply_workshop_op(self, workshop_id: str, op: WorkshopOperation) -> tuple[int, Workshop]:
        """Write one operation; return its number and the workshop as stored now."""

    def workshop_seq(self, workshop_id: str) -> int:
        """The number of the newest operation."""

    def workshop_history(self, workshop_id: str, after: int = 0) -> list[WorkshopRecord]:
        """The operations after ``after``."""

    def get_workshop(self, workshop_id: str) -> Workshop:
        """The workshop as stored."""


@dataclass(frozen=True)
class WorkshopChange:
    """What changed: this seat's operations, or other seats' records (``origin`` remote)."""

    workshop: Workshop
    ops: tuple[WorkshopOperation, ...]
    origin: Origin = Origin.LOCAL
    records: tuple[WorkshopRecord, ...] = ()

    @property
    def reviews_changed(self) -> bool:
        """Whether a review record (sheet, round, feedback, snapshot, agenda) changed."""
        return any(op.kind == "review-edit" for op in self.ops)


WorkshopListener = Callable[["WorkshopDocument", WorkshopChange], None]


class WorkshopDocument:
    """Holds one workshop and applies workshop operations to it through the store."""

    def __init__(self, store: WorkshopStore, workshop: Workshop, seat_id: str = "") -> None:
        """Follow ``workshop``; operations written before now count as seen.

        ``seat_id`` is this seat's: review edits it wrote directly through the
        store are not brought in again as remote.
        """
        self._store = store
        self._seat_id = seat_id
        self._workshop = workshop
        self._seq = store.workshop_seq(workshop.id)
        self._own: set[int] = set()
        self._listeners: list[WorkshopListener] = []

    @property
    def workshop(self) -> Workshop:
        """The workshop as last written or brought in."""
        return self._workshop

    @property
    def seq(self) -> int:
        """The number of the newest workshop operation ``poll`` has seen."""
        return self._seq

    def add_listener(self, listener: WorkshopListener) -> None:
        """Call ``listener(document, change)`` after every change, local or remote."""
        self._listeners.append(listener)

    def remove_listener(self, listener: WorkshopListener) -> None:
        """Stop notifying ``listener``."""
        self._listeners.remove(listener)

    def apply(self, op: UndoableWorkshopOperation) -> WorkshopChange:
        """Write ``op`` and tell the listeners.

        Raises:
            StoreError: refused (``TeamInUseError``, ``UnknownRecordError``, a disk
                problem); nothing changed.
        """
        return self.apply_all((op,))

    def apply_all(self, ops: Sequence[UndoableWorkshopOperation]) -> WorkshopChange:
        """Write several operations in order, then tell the listeners once.

        Raises:
            StoreError: one was refused; those before it were written (each is its
                own operation in the log) and the listeners hear of them.
        """
        done: list[WorkshopOperation] = []
        try:
            for op in ops:
                seq, self._workshop = self._store.apply_workshop_op(self._workshop.id, op)
                done.append(op)
                self._own.add(seq)
        finally:
            if done:
                self._notify(WorkshopChange(workshop=self._workshop, ops=tuple(done)))
        return WorkshopChange(workshop=self._workshop, ops=tuple(done))

    def save(self, edited: Workshop) -> list[UndoableWorkshopOperation]:
        """Write what changed between the workshop and ``edited``; return the operations.

        Raises:
            StoreError: as ``apply_all``.
        """
        ops = workshop_edits(self._workshop, edited)
        if ops:
            self.apply_all(ops)
        return ops

    def poll(self) -> WorkshopChange | None:
        """Bring in other seats' workshop and review edits; None when there were none.

        Raises:
            StoreError: the database cannot be read.
        """
        if self._store.workshop_seq(self._workshop.id) <= self._seq:
            return None
        records = self._store.workshop_history(self._workshop.id, self._seq)
        if not records:
            return None
        theirs = [
            r
            for r in records
            if r.seq not in self._own and not (self._seat_id and r.seat == self._seat_id)
        ]
        self._seq = records[-1].seq
        self._own = {seq for seq in self._own if seq > self._seq}
        if not theirs:
            return None
        records = theirs
        self._workshop = self._store.get_workshop(self._workshop.id)
        change = WorkshopChange(
            workshop=self._workshop,
            ops=tuple(r.op for r in records),
            origin=Origin.REMOTE,
            records=tuple(records),
        )
        self._notify(change)
        return change

    def _notify(self, change: WorkshopChange) -> None:
        for listener in list(self._listeners):
            try:
                listener(self, change)
            except Exception:  # isolation: the write already happened
                _log.exception("A workshop listener failed")
