"""Autosave: every applied operation is written to the store at once.

The ``Autosaver`` is the ``Document``'s sink: each change is written, with the
rows it touched, in one transaction, before any view hears of it. When the
environment refuses a write (disk full, file read-only, removed or locked) the
changes stay queued in memory in revision order, the state callback says so,
and ``flush()`` — which the GUI calls on a timer and on close — retries.
Nothing is dropped or reordered: a retry writes every queued operation and the
current rows in one transaction, so the database ends up exactly equal to the
in-memory strategy.

Other seats writing the same strategy are not a disk problem. A write that
finds the database moved on (``ConflictError``) brings the other seats'
operations in (``sync``: applied as remote, this seat's unsaved ones replayed
on top, so edits of different cards both land and the later write of one field
wins) and writes again at once. ``poll`` (the GUI's timer) does the same when
another seat wrote, so each seat sees the others within a second. When another
seat's write replaced a field this seat had set, ``RemoteEdits.overwritten``
says exactly what, with the operation that would restore it.

Text being typed (a card's notes or title) becomes an edit at each pause in
typing, not at each keystroke; until then the editor holds it as a *draft*
(``begin_draft`` / ``end_draft``), and the state is never ``SAVED`` while a
draft is open, so the status bar cannot say "Saved" over unsaved words.
"""

from __future__ import annotations

import bisect
import itertools
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from app.document import Change, Document, Integration
from app.i18n import link_label, phase_label, quoted, translate
from app.reading.errors import quote
from app.rebase import Touch, overlaps, touches
from app.store.errors import ConflictError, StoreError, UnknownRecordError
from models.errors import DomainError
from models.operations import (
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

MAX_REMEMBERED = 500
"""How many of this seat's written edits are remembered to tell when one is overwritten."""


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
            return translate("autosave", "Saved · revision {revision}").format(
                revision=self.revision
            )
        if self.kind is SaveKind.PENDING:
            if self.drafts == self.pending:
                return translate("autosave", "Typing… saved at the next pause")
            return translate("autosave", "Saving %n edit(s)…", None, self.pending)
        return translate(
            "autosave",
            "Not saved: {reason} %n edit(s) kept in memory; retrying.",
            None,
            self.pending,
        ).format(reason=self.message)


class ChangeSink(Protocol):
    """What the autosaver writes to and reads other seats' edits from (``app.store.Store``)."""

    def record_many(self, strategy: Strategy, changes: Sequence[Change]) -> None:
        """Write ``changes`` (every change since the last write) and their rows."""

    def strategy_revision(self, strategy_id: str) -> int | None:
        """The strategy's revision in the database, None when it is gone."""

    def operations_since(self, strategy_id: str, revision: int) -> list[OperationRecord]:
        """The strategy's written operations after ``revision``."""


@dataclass(frozen=True)
class Overwrite:
    """A field this seat set that another seat's later write replaced."""

    author: str
    message: str
    restore: Operation
    """Applying this (as a new local edit) puts this seat's value back."""


@dataclass(frozen=True)
class RemoteEdits:
    """Other seats' operations brought into the document by one ``sync``."""

    records: tuple[OperationRecord, ...]
    integration: Integration
    overwritten: tuple[Overwrite, ...]
    dropped: tuple[Operation, ...]
    """This seat's unsaved operations that could no longer apply (their card was removed)."""

    @property
    def authors(self) -> tuple[str, ...]:
        """Who wrote them, in order of first appearance."""
        return tuple(dict.fromkeys(r.author or "another seat" for r in self.records))


StateCallback = Callable[[SaveState], None]
RemoteCallback = Callable[[RemoteEdits], None]


class Autosaver:
    """Writes a document's changes to a store as they happen, keeping them on failure."""

    def __init__(
        self,
        store: ChangeSink,
        document: Document,
        on_state: StateCallback | None = None,
        on_remote: RemoteCallback | None = None,
    ) -> None:
        """Become ``document``'s sink; its current revision counts as saved.

        Args:
            store: where changes go (normally an ``app.store.Store``).
            document: the document to follow.
            on_state: called with the new ``SaveState`` after every change and flush.
            on_remote: called after other seats' operations were brought in.
        """
        self._store = store
        self._document = document
        self._on_state = on_state
        self.on_remote = on_remote
        self._pending: list[Change] = []
        self._saved_revision = document.revision
        self._error = ""
        self._mine: OrderedDict[int, dict[Touch, Operation]] = OrderedDict()
        self._drafts: set[str] = set()
        document.set_sink(self._on_change)

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
        for _attempt in range(3):
            try:
                self._store.record_many(self._document.strategy, list(self._pending))
            except ConflictError as err:
                # Another seat wrote first: bring its edits in, replay ours, write again.
                try:
                    self.sync()
                except (StoreError, DomainError) as failed:
                    self._error = str(failed)
                    self._report()
                    return False
                if not self._pending:
                    return True
                self._error = str(err)
                continue
            except StoreError as err:
                self._error = str(err)
                self._report()
                return False
            break
        else:
            self._report()
            return False
        for change in self._pending:
            self._remember(change)
        self._saved_revision = self._pending[-1].revision
        self._pending.clear()
        self._error = ""
        self._report()
        return True

    def poll(self) -> RemoteEdits | None:
        """Bring in other seats' edits when the database moved on; None when it had not.

        Cheap (one indexed read) so a timer can call it several times a second.

        Raises:
            StoreError: the database cannot be read, or the strategy was deleted.
        """
        revision = self._store.strategy_revision(self._document.strategy.id)
        if revision is None:
            raise UnknownRecordError(
                translate("errors-store", "Strategy {name} was deleted by another seat.").format(
                    name=quote(self._document.strategy.name)
                )
            )
        if revision <= self._saved_revision:
            return None
        return self.sync()

    def sync(self) -> RemoteEdits | None:
        """Apply the operations other seats wrote since the last save, then write ours.

        Raises:
            StoreError: the database cannot be read.
            DomainError: another seat's operation does not apply to this copy (the
                copies diverged; reopen the strategy). Nothing was changed.
        """
        records = self._store.operations_since(self._document.strategy.id, self._saved_revision)
        if not records:
            return None
        first = records[0].revision
        if first != self._saved_revision + 1 or any(
            b.revision != a.revision + 1 for a, b in itertools.pairwise(records)
        ):
            raise UnknownRecordError(
                translate(
                    "errors-store", "The history of {name} has a gap at revision {revision}."
                ).format(name=quote(self._document.strategy.name), revision=first)
            )
        overwritten = self._overwritten(records)
        integration = self._document.integrate([r.op for r in records], list(self._pending))
        self._saved_revision = records[-1].revision
        self._pending = list(integration.replayed)
        edits = RemoteEdits(
            records=tuple(records),
            integration=integration,
            overwritten=tuple(overwritten),
            dropped=tuple(old for old, new in integration.replaced if new is None),
        )
        if self.on_remote is not None:
            self.on_remote(edits)
        if self._pending:
            self.flush()
        else:
            self._error = ""
            self._report()
        return edits

    def _remember(self, change: Change) -> None:
        self._mine[change.revision] = touches(change.op)
        while len(self._mine) > MAX_REMEMBERED:
            self._mine.popitem(last=False)

    def _overwritten(self, records: Sequence[OperationRecord]) -> list[Overwrite]:
        """This seat's written edits that a concurrent, later write replaced."""
        found: list[Overwrite] = []
        strategy = self._document.strategy
        for record in records:
            base = record.revision - 1 if record.base_revision is None else record.base_revision
            concurrent = [touched for rev, touched in self._mine.items() if base < rev]
            if not concurrent:
                continue
            for theirs, op in touches(record.op).items():
                if any(overlaps(mine, theirs) for touched in concurrent for mine in touched):
                    found.append(
                        Overwrite(
                            author=record.author or "another seat",
                            message=describe(op, strategy, record.author or "Another seat"),
                            restore=op.inverse(),
                        )
                    )
        return found

    def close(self) -> bool:
        """Flush one last time and stop listening.

        Returns:
            True if everything was written; False if edits remain only in memory
            (the caller should warn before discarding them).
        """
        saved = self.flush()
        self._document.set_sink(None)
        return saved

    def _contiguous(self) -> bool:
        expected = range(self._saved_revision + 1, self._saved_revision + 1 + len(self._pending))
        return [ch.revision for ch in self._pending] == list(expected)

    def _report(self) -> None:
        if self._on_state is not None:
            self._on_state(self.state)


def describe(op: Operation, strategy: Strategy, author: str) -> str:
    """One line saying what another seat's operation replaced (for the overwritten seat)."""

    def title(card_id: str) -> str:
        card = strategy.cards.get(card_id)
        return quoted(card.title) if card is not None else translate("autosave", "a card")

    match op:
        case UpdateCard(card_id=card_id, before=before, after=after):
            parts = [
                translate("autosave", "{field} from {before} to {after}").format(
                    field=_field_name(name),
                    before=_short(getattr(before, name)),
                    after=_short(getattr(after, name)),
                )
                for name in sorted(after.fields())
                if name in {"title", "notes", "owner_role", "status", "capabilities", "cadence"}
            ]
            return translate(
                "autosave", "{author} changed the card {card}: {changes}, replacing yours."
            ).format(author=author, card=title(card_id), changes="; ".join(parts))
        case MoveCard(card_id=card_id, after=after):
            return translate(
                "autosave", "{author} moved {card} to {phase}, replacing your move."
            ).format(author=author, card=title(card_id), phase=phase_label(after.phase))
        case RemoveCard(card=card):
            return translate(
                "autosave", "{author} removed {card}, which you had just changed."
            ).format(author=author, card=quoted(card.title))
        case RemoveLink():
            return translate("autosave", "{author} removed a link you had just changed.").format(
                author=author
            )
        case UpdateLink(after=kind):
            return translate(
                "autosave", "{author} made a link you had just changed {kind}."
            ).format(author=author, kind=quoted(link_label(kind)))
        case SetProfile():
            return translate(
                "autosave", "{author} changed the profile you had just changed."
            ).format(author=author)
        case SetPacks(after=packs):
            return translate(
                "autosave", "{author} set the rule packs to {packs}, replacing yours."
            ).format(author=author, packs=", ".join(packs) or translate("autosave", "none"))
        case RenameStrategy(before=before, after=after):
            return translate(
                "autosave",
                "{author} renamed the strategy from {before} to {after}, replacing yours.",
            ).format(author=author, before=quoted(before), after=quoted(after))
    return translate("autosave", "{author} changed something you had just changed.").format(
        author=author
    )


def _field_name(name: str) -> str:
    return {
        "title": translate("autosave", "title"),
        "notes": translate("autosave", "notes"),
        "owner_role": translate("autosave", "owner role"),
        "status": translate("autosave", "status"),
        "capabilities": translate("autosave", "capabilities"),
        "cadence": translate("autosave", "cadence"),
    }.get(name, name.replace("_", " "))


def _short(value: object, limit: int = 60) -> str:
    if value is None:
        return translate("autosave", "none")
    if isinstance(value, tuple):
        value = ", ".join(str(v) for v in value) or translate("autosave", "none")
    text = getattr(value, "value", value)
    shown = str(text).replace("\n", " ")
    return quoted(shown if len(shown) <= limit else shown[: limit - 1] + "…")
