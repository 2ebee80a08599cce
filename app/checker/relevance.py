"""Which edits can change a check or a drill, so a view re-runs only for those.

The rules, the reach index and the drills read a card's phase, status, owner,
capabilities, cadence and links — never where the card sits inside its lane.
Moving cards within their lanes (the commonest edit: a drag) therefore leaves
every finding, badge, coverage meter and drill outcome as it was.
"""

from __future__ import annotations

from models.operations import Batch, MoveCard, Operation, RenameStrategy


def changes_outcomes(op: Operation) -> bool:
    """Whether ``op`` can change a check's findings or a drill's outcome.

    False only for moves that keep every card in its lane and for renaming the
    strategy (and batches of nothing else); True for anything else.
    """
    match op:
        case MoveCard(before=before, after=after):
            return before.phase is not after.phase
        case RenameStrategy():
            return False
        case Batch(ops=ops):
            return any(changes_outcomes(inner) for inner in ops)
        case _:
            return True
