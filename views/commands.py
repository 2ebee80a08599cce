"""Undo commands: each holds one model operation and only calls ``document.apply``.

``redo`` applies the operation, ``undo`` applies its inverse, through the same
path (so the scene, the store and the checker all see undo like any edit).
Keyboard nudges of the same cards merge into one step via ``mergeWith``;
a mouse drag is already one command because the scene reports it once.

When another seat's edits arrive before this seat's were written, the
autosaver replays this seat's operations on top of them (rebased: new
``before`` values; or dropped when their card is gone). ``SessionStack.rebase``
puts the replayed operations into the commands that made them, so undo then
puts back what the strategy held just before this seat's edit as it finally
landed; a dropped step leaves the history at its next undo or redo.
``WorkshopCommand`` is the same for workshop edits (details, teams): they sit
on the open strategy's stack, so Edit › Undo undoes whatever the user did last.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Protocol

from PySide6.QtGui import QUndoCommand, QUndoStack

from app.document import Document
from app.store import StoreError
from models.errors import DomainError
from models.operations import Batch, MoveCard, Operation
from models.strategy import Placement
from models.workshop_ops import UndoableWorkshopOperation

NUDGE_ID = 1001

ErrorSink = Callable[[str], None]


class OperationCommand(QUndoCommand):
    """One undoable step: apply ``op`` on redo, its inverse on undo."""

    def __init__(
        self, document: Document, op: Operation, text: str, on_error: ErrorSink | None = None
    ) -> None:
        super().__init__(text)
        self.document = document
        self.op = op
        self._on_error = on_error
        self.applied: Operation | None = None
        """The operation object last handed to the document (``op`` or its inverse)."""
        self.rebased = False
        self.dropped = False

    def redo(self) -> None:
        """Apply the operation."""
        self._apply(self.op)

    def undo(self) -> None:
        """Apply the inverse operation."""
        self._apply(self.op.inverse())

    def replace(self, old: Operation, new: Operation | None) -> bool:
        """Hold ``new`` where ``old`` (the operation last applied) was; True if it was ours.

        ``new`` None: the step could no longer apply (another seat removed its
        subject); it becomes obsolete and leaves the history at its next undo/redo.
        """
        if self.applied is not old:
            return False
        was_redo = old is self.op
        self.rebased = True
        if new is None:
            self.dropped = True
            self.applied = None
            self.setObsolete(True)
            return True
        self.op = new if was_redo else new.inverse()
        self.applied = new
        return True

    def _apply(self, op: Operation) -> None:
        if self.dropped:
            return
        self.applied = op
        try:
            self.document.apply(op)
        except DomainError as err:
            # Only possible when another seat changed the same cards in between:
            # the step can no longer be replayed, so it leaves the history.
            self.setObsolete(True)
            if self._on_error is not None:
                self._on_error(str(err))


class NudgeCommand(OperationCommand):
    """A keyboard move of some cards; consecutive nudges of the same cards merge."""

    def __init__(
        self,
        document: Document,
        moves: dict[str, tuple[Placement, Placement]],
        text: str,
        on_error: ErrorSink | None = None,
    ) -> None:
        self.moves = dict(moves)
        super().__init__(document, _moves_op(self.moves, text), text, on_error)

    def id(self) -> int:
        """Commands with this id may merge."""
        return NUDGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Absorb a following nudge of the same cards into this step."""
        if (
            not isinstance(other, NudgeCommand)
            or set(other.moves) != set(self.moves)
            or self.rebased
            or other.rebased
        ):
            return False
        self.moves = {
            card_id: (self.moves[card_id][0], other.moves[card_id][1]) for card_id in self.moves
        }
        if all(before == after for before, after in self.moves.values()):
            self.setObsolete(True)
            return True
        self.op = _moves_op(self.moves, self.text())
        return True


def _moves_op(moves: dict[str, tuple[Placement, Placement]], label: str) -> Operation:
    ops = [
        MoveCard(card_id=card_id, before=before, after=after)
        for card_id, (before, after) in sorted(moves.items())
    ]
    if len(ops) == 1:
        return ops[0]
    return Batch(label=label, ops=tuple(ops))


class SessionStack(QUndoStack):
    """A strategy's undo stack that can follow its operations being replayed after other seats'."""

    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]  # a QObject or a QUndoGroup
        self._pushing: list[QUndoCommand] = []

    def push(self, cmd: QUndoCommand) -> None:
        """Push ``cmd`` (its ``redo`` runs first and may meet other seats' edits)."""
        self._pushing.append(cmd)
        try:
            super().push(cmd)
        finally:
            self._pushing.pop()

    def commands(self) -> Iterator[OperationCommand]:
        """Every operation command on the stack (inside macros too), newest first."""
        found: list[QUndoCommand] = [*reversed(self._pushing)]
        found += [self.command(i) for i in reversed(range(self.count()))]
        while found:
            cmd = found.pop(0)
            if isinstance(cmd, OperationCommand):
                yield cmd
            found += [cmd.child(i) for i in range(cmd.childCount())]

    def rebase(self, replaced: Sequence[tuple[Operation, Operation | None]]) -> int:
        """Put each replayed operation into the command that applied the original.

        Returns:
            How many commands changed.
        """
        if not replaced:
            return 0
        changed = 0
        commands = list(self.commands())
        for old, new in replaced:
            for cmd in commands:
                if cmd.replace(old, new):
                    changed += 1
                    break
        return changed


class WorkshopEditor(Protocol):
    """What a workshop command applies its operations to (``WorkshopDocument``)."""

    def apply_all(self, ops: Sequence[UndoableWorkshopOperation]) -> object:
        """Write the operations in order."""


class WorkshopCommand(QUndoCommand):
    """Workshop edits (details, teams) as one undo step.

    The operations are written before the command is pushed (a refusal must
    reach the user before anything enters the history), so the first ``redo``
    does nothing.
    """

    def __init__(
        self,
        workshop: WorkshopEditor,
        ops: Sequence[UndoableWorkshopOperation],
        text: str,
        on_error: ErrorSink | None = None,
    ) -> None:
        super().__init__(text)
        self.workshop = workshop
        self.ops = tuple(ops)
        self._on_error = on_error
        self._written = True

    def redo(self) -> None:
        """Write the operations (again)."""
        if self._written:
            self._written = False
            return
        self._apply(list(self.ops))

    def undo(self) -> None:
        """Write their inverses, newest first."""
        self._apply([op.inverse() for op in reversed(self.ops)])

    def _apply(self, ops: list[UndoableWorkshopOperation]) -> None:
        try:
            self.workshop.apply_all(ops)
        except StoreError as err:
            # Refused (a team that has strategies now, a server gone): the step leaves
            # the history; the user is told why.
            self.setObsolete(True)
            if self._on_error is not None:
                self._on_error(str(err))
