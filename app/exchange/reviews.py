"""A workshop document's reviews: to and from the wire, cross-reference checks, import policy.

The reviews travel in ``data.reviews`` of a workshop document only (a strategy
document is unchanged), and only when the workshop has any, so a workshop
without reviews exports exactly as before. Every review must refer to a
strategy (and feedback to a round) of the same document; the reviewing team
need not exist any more (feedback outlives a deleted team).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from pydantic import ValidationError

from app.exchange import reflections as ref
from app.exchange.checks import Problem, json_path
from app.exchange.wire import ReviewsData, SnapshotDoc, WorkshopBundleData
from app.i18n import grouped, translate
from app.store.review_writes import ReviewRecords
from models.errors import bare, validation_message
from models.numbers import IMPORTED_COUNTER_MAX
from models.review import Agenda, PeerRound, RubricSheet, Snapshot
from models.strategy import new_id


def reviews_data(records: ReviewRecords) -> ReviewsData | None:
    """The wire form of a workshop's reviews, or None when there are none.

    Sheets and snapshots are sorted by strategy and id so the bytes never depend
    on the store's order; rounds keep their creation order, feedback the store's
    (round, reviewer, strategy) order and phase reviews their history order.
    """
    if records.is_empty:
        return None
    reflections, observations = ref.wire_order(records.reflections, records.observations)
    return ReviewsData(
        reflections=reflections,
        observations=observations,
        agenda=records.agenda,
        sheets=tuple(sorted(records.sheets, key=lambda s: (s.strategy_id, s.rubric_key, s.id))),
        rounds=records.rounds,
        feedback=records.feedback,
        phase_reviews=records.phase_reviews,
        snapshots=tuple(
            SnapshotDoc.from_snapshot(s)
            for s in sorted(records.snapshots, key=lambda s: (s.strategy_id, s.id))
        ),
    )


def check_reviews(data: WorkshopBundleData) -> list[Problem]:
    """Every cross-reference problem of ``data.reviews``; empty when consistent or absent."""
    reviews = data.reviews
    if reviews is None:
        return []
    problems: list[Problem] = []
    strategies = {s.id for s in data.strategies}
    rounds: dict[object, str] = {}

    def strategy_ref(path: str, strategy_id: str) -> None:
        if strategy_id not in strategies:
            problems.append(
                Problem(
                    f"{path}.strategy_id",
                    translate("errors-exchange", "no strategy '{id}' in data.strategies").format(
                        id=bare(strategy_id)
                    ),
                )
            )

    def once(seen: dict[object, str], key: object, path: str, what: str) -> None:
        if key in seen:
            problems.append(
                Problem(
                    path,
                    translate("errors-exchange", "duplicate {what} (first at {first})").format(
                        what=what, first=seen[key]
                    ),
                )
            )
        else:
            seen[key] = path

    sheet_ids: dict[object, str] = {}
    sheet_keys: dict[object, str] = {}
    for i, sheet in enumerate(reviews.sheets):
        at = f"data.reviews.sheets[{i}]"
        strategy_ref(at, sheet.strategy_id)
        once(
            sheet_ids,
            sheet.id,
            f"{at}.id",
            translate("errors-exchange", "score sheet id '{id}'").format(id=bare(sheet.id)),
        )
        once(
            sheet_keys,
            (sheet.strategy_id, sheet.rubric_key),
            at,
            translate("errors-exchange", "score sheet for this rubric"),
        )
    for i, peer_round in enumerate(reviews.rounds):
        at = f"data.reviews.rounds[{i}]"
        if peer_round.workshop_id != data.workshop.id:
            problems.append(
                Problem(
                    f"{at}.workshop_id",
                    translate("errors-exchange", "'{id}' is not the workshop").format(
                        id=bare(peer_round.workshop_id)
                    ),
                )
            )
        once(
            rounds,
            peer_round.id,
            f"{at}.id",
            translate("errors-exchange", "round id '{id}'").format(id=bare(peer_round.id)),
        )
    feedback_keys: dict[object, str] = {}
    for i, entry in enumerate(reviews.feedback):
        at = f"data.reviews.feedback[{i}]"
        strategy_ref(at, entry.strategy_id)
        if entry.round_id not in rounds:
            problems.append(
                Problem(
                    f"{at}.round_id",
                    translate("errors-exchange", "no round '{id}' in data.reviews.rounds").format(
                        id=bare(entry.round_id)
                    ),
                )
            )
        once(
            feedback_keys,
            entry.key,
            at,
            translate("errors-exchange", "feedback of this team on this strategy in this round"),
        )
    for i, review in enumerate(reviews.phase_reviews):
        strategy_ref(f"data.reviews.phase_reviews[{i}]", review.strategy_id)
        if review.evaluation > IMPORTED_COUNTER_MAX:
            # Re-evaluations count up from here: leave the stored range room to grow.
            problems.append(
                Problem(
                    f"data.reviews.phase_reviews[{i}].evaluation",
                    translate("errors-exchange", "at most {most} in an imported document").format(
                        most=grouped(IMPORTED_COUNTER_MAX)
                    ),
                )
            )
    snapshot_ids: dict[object, str] = {}
    snapshot_names: dict[object, str] = {}
    for i, snap in enumerate(reviews.snapshots):
        at = f"data.reviews.snapshots[{i}]"
        strategy_ref(at, snap.strategy_id)
        once(
            snapshot_ids,
            snap.id,
            f"{at}.id",
            translate("errors-exchange", "snapshot id '{id}'").format(id=bare(snap.id)),
        )
        key = (snap.strategy_id, snap.name.casefold())
        once(
            snapshot_names,
            key,
            f"{at}.name",
            translate("errors-exchange", "snapshot name '{name}'").format(name=bare(snap.name)),
        )
        problems += _snapshot_problems(snap, at)
    problems += ref.check_reflections(
        reviews.reflections, reviews.observations, data.workshop.id, strategies
    )
    return problems


def _snapshot_problems(snap: SnapshotDoc, at: str) -> list[Problem]:
    try:
        snap.to_snapshot()
    except ValidationError as err:
        return [
            Problem(json_path((*at.split("."), *e["loc"])), validation_message(e))
            for e in err.errors(include_url=False)
        ]
    return []


def review_records(data: ReviewsData | None) -> ReviewRecords:
    """The domain records of checked wire reviews (``check_reviews`` found no problem)."""
    if data is None:
        return ReviewRecords()
    return ReviewRecords(
        sheets=data.sheets,
        rounds=data.rounds,
        feedback=data.feedback,
        phase_reviews=data.phase_reviews,
        snapshots=tuple(s.to_snapshot() for s in data.snapshots),
        agenda=data.agenda,
        reflections=data.reflections,
        observations=data.observations,
    )


def renamed_reviews(
    records: ReviewRecords, strategy_ids: Mapping[str, str], workshop_id: str
) -> ReviewRecords:
    """The reviews of a copy: strategies renamed, fresh ids for sheets, rounds and snapshots.

    Args:
        records: the document's reviews.
        strategy_ids: original strategy id → the copy's id (every strategy of the document).
        workshop_id: the id of the workshop the copy goes into.
    """

    def sid(old: str) -> str:
        return strategy_ids.get(old, old)

    round_ids = {r.id: new_id() for r in records.rounds}
    rounds = tuple(
        r.model_copy(
            update={
                "id": round_ids[r.id],
                "workshop_id": workshop_id,
                "assignments": tuple(
                    a.model_copy(update={"strategy_id": sid(a.strategy_id)}) for a in r.assignments
                ),
            }
        )
        for r in records.rounds
    )
    sheets = tuple(_renamed_sheet(s, sid(s.strategy_id)) for s in records.sheets)
    feedback = tuple(
        f.model_copy(
            update={
                "round_id": round_ids.get(f.round_id, f.round_id),
                "strategy_id": sid(f.strategy_id),
            }
        )
        for f in records.feedback
    )
    reviews = tuple(
        r.model_copy(update={"strategy_id": sid(r.strategy_id)}) for r in records.phase_reviews
    )
    snapshots = tuple(
        _renamed_snapshot(s, sid(s.strategy_id), workshop_id) for s in records.snapshots
    )
    reflections, observations = ref.renamed(
        records.reflections, records.observations, strategy_ids, workshop_id
    )
    return ReviewRecords(
        sheets, rounds, feedback, reviews, snapshots, records.agenda, reflections, observations
    )


def _renamed_sheet(sheet: RubricSheet, strategy_id: str) -> RubricSheet:
    scores = tuple(s.model_copy(update={"strategy_id": strategy_id}) for s in sheet.scores)
    return sheet.model_copy(update={"id": new_id(), "strategy_id": strategy_id, "scores": scores})


def _renamed_snapshot(snapshot: Snapshot, strategy_id: str, workshop_id: str) -> Snapshot:
    copy = snapshot.strategy.model_copy(
        update={"id": strategy_id, "workshop_id": workshop_id}, deep=True
    )
    return snapshot.model_copy(
        update={"id": new_id(), "strategy_id": strategy_id, "strategy": copy}
    )


def merged_reviews(
    records: ReviewRecords,
    existing_rounds: Sequence[PeerRound],
    existing_agenda: Agenda | None,
    notes: list[str],
) -> ReviewRecords:
    """The reviews to write into a workshop that is already in the database.

    Its own rounds and agenda are kept (the document's differing versions are
    noted); the reviews of the new strategies are all written.
    """
    known = {r.id: r for r in existing_rounds}
    changed = [r.name for r in records.rounds if r.id in known and known[r.id] != r]
    if changed:
        notes.append(
            translate(
                "errors-exchange",
                "kept this database's version of peer round(s) {names}",
                None,
                len(changed),
            ).format(names=", ".join(changed))
        )
    agenda = records.agenda
    if existing_agenda is not None:
        if agenda is not None and agenda != existing_agenda:
            notes.append(
                translate(
                    "errors-exchange", "kept this database's agenda rather than the document's"
                )
            )
        agenda = None
    return ReviewRecords(
        sheets=records.sheets,
        rounds=tuple(r for r in records.rounds if r.id not in known),
        feedback=records.feedback,
        phase_reviews=records.phase_reviews,
        snapshots=records.snapshots,
        agenda=agenda,
        reflections=records.reflections,
        observations=records.observations,
    )
