"""Autosave: every applied operation is written to the store at once.

The ``Autosaver`` listens to a ``Document``. Each change is written with the
rows it touched in one transaction. When the environment refuses a write (disk
full, file read-only, removed or locked) the changes stay queued in memory in
revision order, the state callback says so, and ``flush()`` — which the GUI
calls on a timer and on close — retries. Nothing is dropped or reordered: a
retry writes every queued operation and the current rows in one transaction,
so the database ends up exactly equal to the in-memory strategy.

Text being typed (a card's notes or title) becomes an edit at each pause in
typing, not at each keystroke; until then the editor holds it as a *draft*
(``begin_draft`` / ``end_draft``), and the state is never ``SAVED`` while a
draft is open, so the status bar cannot say "Saved" over unsaved words.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from app.document import Change, Document
from app.store.errors import StoreError
from models.strategy import Strategy


class SaveKind(StrEnum):
    """Where the document stands against the database."""

    SAVED = "saved"
    PENDING = "pending"
    ERROR = "error"


@dataclass(frozen=True)
class SaveState:
    """What the status bar shows: saved, or how many edits wait and why.

    ``pending`` counts the edits not yet written, typed text still being typed
    (``drafts``) included.
    """

    kind: SaveKind
    revision: int
    saved_revision: int
    pending: int
    message: str = ""
    drafts: int = 0

    def describe(self) -> str:
        """A one-line, user-facing summary."""
        if self.kind is SaveKind.SAVED:
            return f"Saved · revision {self.revision}"
        edits = "1 edit" if self.pending == 1 else f"{self.pending} edits"
        if self.kind is SaveKind.PENDING:
            return (
                "Typing… saved at the next pause"
                if self.drafts == self.pending
                else (f"Saving {edits}…")
            )
        return f"Not saved: {self.message} {edits} kept in memory; retrying."


class ChangeSink(Protocol):
    """What the autosaver writes to (``app.store.Store`` satisfies it)."""

    def record_many(self, strategy: Strategy, changes: list[Change]) -> None:
        """Write ``changes`` (every change since the last write) and their rows."""


StateCallback = Callable[[SaveState], None]


class Autosaver:
    """Writes a document's changes to a store as they happen, keeping them on failure."""

    def __init__(
        self, store: ChangeSink, document: Document, on_state: StateCallback | None = None
    ) -> None:
        """Attach to ``document``; its current revision counts as saved.

        Args:
            store: where changes go (normally an ``app.store.Store``).
            document: the document to follow.
            on_state: called with the new ``SaveState`` after every change and flush.
        """
        self._store = store
        self._document = document
        self._on_state = on_state
        self._pending: list[Change] = []
        self._saved_revision = document.revision
        self._error = ""
        self._drafts: set[str] = set()
        document.add_listener(self._on_change)

    @property
    def document(self) -> Document:
        """The document being saved."""
        return self._document

    @property
    def saved_revision(self) -> int:
        """The newest revision known to be in the database."""
        return self._saved_revision

    @property
    def pending(self) -> int:
        """How many applied operations are not yet written."""
        return len(self._pending)

    @property
    def drafts(self) -> int:
        """How many fields hold typed text that is not an edit yet."""
        return len(self._drafts)

    @property
    def state(self) -> SaveState:
        """The current save state (never ``SAVED`` while typed text is still a draft)."""
        if not self._pending and not self._drafts:
            kind = SaveKind.SAVED
        elif self._error and self._pending:
            kind = SaveKind.ERROR
        else:
            kind = SaveKind.PENDING
        return SaveState(
            kind=kind,
            revision=self._document.revision,
            saved_revision=self._saved_revision,
            pending=len(self._pending) + len(self._drafts),
            message=self._error,
            drafts=len(self._drafts),
        )

    def begin_draft(self, key: str) -> None:
        """Typed text under ``key`` is not an edit yet: report ``PENDING`` until it ends.

        Args:
            key: names the field being typed in (``"card:<id>:notes"``), so a second
                keystroke in the same field is not a second draft.
        """
        if key not in self._drafts:
            self._drafts.add(key)
            self._report()

    def end_draft(self, key: str) -> None:
        """The typed text under ``key`` was applied as an edit (or dropped)."""
        if key in self._drafts:
            self._drafts.discard(key)
            self._report()

    def _on_change(self, _document: Document, change: Change) -> None:
        # Ordered by revision, so a change applied from inside another listener
        # (notified before the outer one) still lands in history order.
        bisect.insort(self._pending, change, key=lambda ch: ch.revision)
        if not self._contiguous():
            # An operation applied from inside another listener is announced before
            # the outer one; wait for the gap to fill so revisions land in order.
            self._report()
            return
        if self._error:
            # Failing writes can be slow (a locked file waits for its timeout): leave
            # retries to the GUI's timer instead of stalling every edit.
            self._report()
            return
        self.flush()

    def flush(self) -> bool:
        """Write every queued change now.

        Returns:
            True when nothing is left pending, False when the write failed (the
            changes stay queued; the state callback carries the message).
        """
        if not self._pending:
            self._error = ""
            return True
        try:
            self._store.record_many(self._document.strategy, list(self._pending))
        except StoreError as err:
            self._error = str(err)
            self._report()
            return False
        self._saved_revision = self._pending[-1].revision
        self._pending.clear()
        self._error = ""
        self._report()
        return True

    def close(self) -> bool:
        """Flush one last time and stop listening.

        Returns:
            True if everything was written; False if edits remain only in memory
            (the caller should warn before discarding them).
        """
        saved = self.flush()
        self._document.remove_listener(self._on_change)
        return saved

    def _contiguous(self) -> bool:
        expected = range(self._saved_revision + 1, self._saved_revision + 1 + len(self._pending))
        return [ch.revision for ch in self._pending] == list(expected)

    def _report(self) -> None:
        if self._on_state is not None:
            self._on_state(self.state)
