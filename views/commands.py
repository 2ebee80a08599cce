"""Undo commands: each holds one model operation and only calls ``document.apply``.

``redo`` applies the operation, ``undo`` applies its inverse, through the same
path (so the scene, the store and the checker all see undo like any edit).
Keyboard nudges of the same cards merge into one step via ``mergeWith``;
a mouse drag is already one command because the scene reports it once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from app.document import Document
from models.errors import DomainError
from models.operations import Batch, MoveCard, Operation
from models.strategy import Placement

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

    def redo(self) -> None:
        """Apply the operation."""
        self._apply(self.op)

    def undo(self) -> None:
        """Apply the inverse operation."""
        self._apply(self.op.inverse())

    def _apply(self, op: Operation) -> None:
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
        if not isinstance(other, NudgeCommand) or set(other.moves) != set(self.moves):
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
