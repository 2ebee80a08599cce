"""Named snapshots of a strategy ("before feedback", "round 2") and their comparison."""

from __future__ import annotations

from collections.abc import Iterable

from app.i18n import translate
from app.review.diff import Checker, StrategyDiff, diff_versions
from app.review.errors import SnapshotError
from models.errors import bare
from models.review import Snapshot, now_iso
from models.strategy import Strategy


def take_snapshot(
    strategy: Strategy, name: str, existing: Iterable[Snapshot] = (), at: str | None = None
) -> Snapshot:
    """A deep, independent copy of ``strategy`` under a name unique for that strategy.

    Args:
        strategy: the strategy as it is now (not modified; later edits do not reach the copy).
        name: the snapshot's name, e.g. "Before feedback".
        existing: the strategy's snapshots so far, to keep names unique (case-insensitive).
        at: the timestamp; now when omitted.

    Raises:
        SnapshotError: the name is blank or already used for this strategy.
        pydantic.ValidationError: the name is too long or has control characters.
    """
    clean = " ".join(name.split())
    if not clean:
        raise SnapshotError(translate("errors-review", "Give the snapshot a name."))
    taken = {s.name.casefold() for s in existing if s.strategy_id == strategy.id}
    if clean.casefold() in taken:
        raise SnapshotError(
            translate(
                "errors-review", "This strategy already has a snapshot named '{name}'."
            ).format(name=bare(clean))
        )
    return Snapshot(
        strategy_id=strategy.id,
        name=clean,
        taken_at=at or now_iso(),
        revision=strategy.revision,
        strategy=strategy.model_copy(deep=True),
    )


def suggested_name(existing: Iterable[Snapshot], strategy_id: str) -> str:
    """A free default name: "Snapshot 1", "Snapshot 2", …"""
    taken = {s.name.casefold() for s in existing if s.strategy_id == strategy_id}
    number = 1
    while f"snapshot {number}" in taken:
        number += 1
    return f"Snapshot {number}"


def diff_snapshots(first: Snapshot, second: Snapshot, check: Checker | None) -> StrategyDiff:
    """What changed between two snapshots of one strategy, older to newer.

    Raises:
        SnapshotError: the snapshots belong to different strategies (compare
            those side by side instead).
    """
    if first.strategy_id != second.strategy_id:
        raise SnapshotError(
            translate(
                "errors-review",
                "These snapshots belong to different strategies; "
                "compare them side by side instead.",
            )
        )
    older, newer = sorted((first, second), key=lambda s: (s.revision, s.taken_at))
    return diff_versions(older.strategy, newer.strategy, check)


def diff_to_current(snapshot: Snapshot, strategy: Strategy, check: Checker | None) -> StrategyDiff:
    """What changed from a snapshot to the strategy as it is now.

    Raises:
        SnapshotError: the snapshot is of another strategy.
    """
    if snapshot.strategy_id != strategy.id:
        raise SnapshotError(
            translate("errors-review", "This snapshot belongs to another strategy.")
        )
    return diff_versions(snapshot.strategy, strategy, check)
