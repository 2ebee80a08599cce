"""Review records in the store: round trips, cascades, order, uniqueness, the 0002 upgrade."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, text

from app.document import Document
from app.review.peers import TeamEntry, new_round
from app.review.snapshots import take_snapshot
from app.review.states import evaluate, report_corrected
from app.store import (
    DuplicateRecordError,
    ReviewRecords,
    SnapshotSummary,
    Store,
    UnknownRecordError,
    writes,
)
from app.store.orm import metadata
from app.store.schema import HEAD_REVISION, alembic_config
from models.operations import AddCard
from models.phases import Phase
from models.review import (
    Agenda,
    PeerFeedback,
    PeerRound,
    PhaseReview,
    ReviewState,
    RubricSheet,
    Score,
    Stage,
)
from models.strategy import Card, Strategy
from models.workshop import Workshop
from tests.app.store.conftest import WORKSHOP_ID, empty_strategy, make_workshop

STRATEGY_A = "strategy-a"
STRATEGY_B = "strategy-b"


def _strategy(strategy_id: str, team_id: str) -> Strategy:
    strategy = empty_strategy(strategy_id)
    strategy.team_id = team_id
    card = Card(title=f"Card of {strategy_id}", phase=Phase.DATA)
    strategy.cards[card.id] = card
    return strategy


@pytest.fixture
def two(store: Store, workshop: Workshop) -> Store:
    """``store`` holding the workshop and a strategy for each of its two teams."""
    store.create_strategy(_strategy(STRATEGY_A, "team-a"))
    store.create_strategy(_strategy(STRATEGY_B, "team-b"))
    return store


def _sheet(strategy_id: str, level: int = 3, rubric: str = "default") -> RubricSheet:
    return RubricSheet(
        strategy_id=strategy_id,
        rubric_key=rubric,
        rubric_version="1.0",
        scorer="Fatima",
        scores=(
            Score(strategy_id=strategy_id, criterion="lifecycle", level=level, comment="ok"),
            Score(strategy_id=strategy_id, criterion="ethics", level=2),
        ),
        updated_at="2026-11-29T10:00:00+00:00",
    )


def _round(name: str = "Round 1") -> PeerRound:
    return PeerRound(workshop_id=WORKSHOP_ID, name=name)


def _feedback(round_id: str, reviewer: str, strategy_id: str, score: int = 3) -> PeerFeedback:
    return PeerFeedback(
        round_id=round_id,
        reviewer_team_id=reviewer,
        strategy_id=strategy_id,
        strengths="Clear owners",
        questions="Who monitors drift?",
        suggestion="Add an appeal path",
        score=score,
        updated_at="2026-11-29T11:00:00+00:00",
    )


def _count(store: Store, table: str) -> int:
    conn = store._connection()
    with conn.begin():
        return int(conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar_one())


# -- rubric sheets --------------------------------------------------------------------------------


def test_sheets_round_trip_and_replace_per_strategy_and_rubric(two: Store) -> None:
    first, other = _sheet(STRATEGY_A), _sheet(STRATEGY_B, 4)
    other_rubric = _sheet(STRATEGY_A, 1, rubric="agency")
    for sheet in (first, other, other_rubric):
        two.save_sheet(WORKSHOP_ID, sheet)
    assert two.get_sheet(STRATEGY_A, "default") == first
    assert two.list_sheets(WORKSHOP_ID) == [other_rubric, first, other]
    assert two.list_sheets(WORKSHOP_ID, "default") == [first, other]
    # Same id: an edit. A fresh sheet for the same strategy and rubric replaces the old one.
    edited = first.model_copy(update={"scorer": "Ola"})
    two.save_sheet(WORKSHOP_ID, edited)
    assert two.get_sheet(STRATEGY_A, "default") == edited
    fresh = _sheet(STRATEGY_A, 4)
    assert fresh.id != first.id
    two.save_sheet(WORKSHOP_ID, fresh)
    assert two.list_sheets(WORKSHOP_ID, "default") == [fresh, other]
    two.delete_sheet(fresh.id)
    assert two.get_sheet(STRATEGY_A, "default") is None
    with pytest.raises(UnknownRecordError, match="score sheet"):
        two.delete_sheet(fresh.id)


def test_a_sheet_needs_its_strategy_in_that_workshop(two: Store) -> None:
    two.save_workshop(make_workshop("ws-2"))
    with pytest.raises(UnknownRecordError, match="of workshop 'ws-2'"):
        two.save_sheet("ws-2", _sheet(STRATEGY_A))
    with pytest.raises(UnknownRecordError, match="missing"):
        two.save_sheet(WORKSHOP_ID, _sheet("missing"))
    assert two.list_sheets(WORKSHOP_ID) == []


# -- peer rounds and feedback ---------------------------------------------------------------------


def test_rounds_round_trip_in_creation_order(two: Store) -> None:
    rounds = [_round(f"Round {n}") for n in (1, 2, 3)]
    for peer_round in rounds:
        two.save_round(peer_round)
    # Updating the first (locking it) keeps its place.
    locked = rounds[0].model_copy(update={"locked": True, "locked_at": "2026-11-29T12:00:00"})
    two.save_round(locked)
    assert two.list_rounds(WORKSHOP_ID) == [locked, rounds[1], rounds[2]]
    assert two.get_round(rounds[1].id) == rounds[1]
    two.delete_round(rounds[1].id)
    assert [r.name for r in two.list_rounds(WORKSHOP_ID)] == ["Round 1", "Round 3"]
    with pytest.raises(UnknownRecordError, match="peer round"):
        two.get_round(rounds[1].id)
    with pytest.raises(UnknownRecordError, match="No workshop"):
        two.save_round(PeerRound(workshop_id="nowhere"))


def test_round_assignments_round_trip(two: Store, workshop: Workshop) -> None:
    entries = [TeamEntry("team-a", STRATEGY_A), TeamEntry("team-b", STRATEGY_B)]
    peer_round = new_round(workshop.id, entries)
    assert peer_round.assignments
    two.save_round(peer_round)
    assert two.get_round(peer_round.id) == peer_round


def test_feedback_upserts_on_its_key_and_filters(two: Store) -> None:
    one, other = _round("Round 1"), _round("Round 2")
    two.save_round(one)
    two.save_round(other)
    a_on_b = _feedback(one.id, "team-a", STRATEGY_B)
    b_on_a = _feedback(one.id, "team-b", STRATEGY_A, 2)
    late = _feedback(other.id, "team-a", STRATEGY_B, 4)
    for entry in (late, b_on_a, a_on_b):
        two.save_feedback(entry)
    assert two.list_feedback(WORKSHOP_ID) == [a_on_b, b_on_a, late]
    assert two.list_feedback(round_id=other.id) == [late]
    assert two.list_feedback(strategy_id=STRATEGY_B) == [a_on_b, late]
    assert two.list_feedback(WORKSHOP_ID, one.id, STRATEGY_A) == [b_on_a]
    assert two.list_feedback("ws-other") == []
    edited = a_on_b.model_copy(update={"score": 1, "strengths": "Revised"})
    two.save_feedback(edited)
    assert two.list_feedback(round_id=one.id, strategy_id=STRATEGY_B) == [edited]
    two.delete_feedback(one.id, "team-a", STRATEGY_B)
    assert two.list_feedback(round_id=one.id) == [b_on_a]
    with pytest.raises(UnknownRecordError, match="feedback"):
        two.delete_feedback(one.id, "team-a", STRATEGY_B)


def test_feedback_needs_its_round_and_strategy(two: Store) -> None:
    with pytest.raises(UnknownRecordError, match="peer round"):
        two.save_feedback(_feedback("no-round", "team-a", STRATEGY_B))
    peer_round = _round()
    two.save_round(peer_round)
    with pytest.raises(UnknownRecordError, match="strategy"):
        two.save_feedback(_feedback(peer_round.id, "team-a", "missing"))


def test_deleting_a_round_deletes_its_feedback(two: Store) -> None:
    peer_round = _round()
    two.save_round(peer_round)
    two.save_feedback(_feedback(peer_round.id, "team-a", STRATEGY_B))
    two.delete_round(peer_round.id)
    assert _count(two, "peer_feedback") == 0


def test_feedback_survives_the_reviewing_team_being_deleted(two: Store, workshop: Workshop) -> None:
    peer_round = _round()
    two.save_round(peer_round)
    entry = _feedback(peer_round.id, "team-a", STRATEGY_B)
    two.save_feedback(entry)
    without_a = workshop.model_copy(update={"teams": workshop.teams[1:]})
    two.save_workshop(without_a)
    assert [t.id for t in two.get_workshop(WORKSHOP_ID).teams] == ["team-b"]
    assert two.list_feedback(WORKSHOP_ID) == [entry]
    assert two.workshop_reviews(WORKSHOP_ID).feedback == (entry,)


# -- phase reviews --------------------------------------------------------------------------------


def test_phase_reviews_are_appended_and_read_in_insertion_order(two: Store) -> None:
    history: list[PhaseReview] = []
    steps: list[Callable[[list[PhaseReview]], PhaseReview]] = [
        lambda h: evaluate(h, STRATEGY_A, Phase.MONITOR, ReviewState.TO_BE_CORRECTED, "No drift"),
        lambda h: evaluate(h, STRATEGY_B, Phase.DATA, ReviewState.ACCEPTABLE),
        lambda h: report_corrected(h, STRATEGY_A, Phase.MONITOR, "Added drift monitoring"),
        lambda h: evaluate(h, STRATEGY_A, Phase.MONITOR, ReviewState.ACCEPTABLE),
        # Same timestamp string on purpose: order must not depend on ``at``.
        lambda h: evaluate(h, STRATEGY_A, Phase.DATA, ReviewState.ACCEPTABLE, at="2000-01-01"),
    ]
    for step in steps:
        entry = step(history)
        history.append(entry)
        two.add_phase_review(entry)
    own = [e for e in history if e.strategy_id == STRATEGY_A]
    assert two.phase_reviews(STRATEGY_A) == own
    assert two.list_phase_reviews(WORKSHOP_ID) == history
    assert two.phase_reviews(STRATEGY_A)[2].re_evaluated
    # Appending the very same entry again is a second history entry, never an update.
    two.add_phase_review(history[0])
    assert two.phase_reviews(STRATEGY_A) == [*own, history[0]]
    with pytest.raises(UnknownRecordError):
        two.add_phase_review(history[0].model_copy(update={"strategy_id": "missing"}))


# -- snapshots ------------------------------------------------------------------------------------


def test_snapshots_round_trip_with_summaries(two: Store) -> None:
    strategy = two.load_strategy(STRATEGY_A)
    before = take_snapshot(strategy, "Before feedback", at="2026-11-29T10:00:00+00:00")
    card = Card(title="Drift monitor", phase=Phase.MONITOR)
    strategy.cards[card.id] = card
    strategy.revision += 1
    after = take_snapshot(strategy, "After feedback", [before], at="2026-11-29T11:00:00+00:00")
    two.save_snapshot(after)
    two.save_snapshot(before)
    assert two.list_snapshots(STRATEGY_A) == [
        SnapshotSummary(
            id=before.id,
            strategy_id=STRATEGY_A,
            name="Before feedback",
            taken_at=before.taken_at,
            revision=0,
        ),
        SnapshotSummary(
            id=after.id,
            strategy_id=STRATEGY_A,
            name="After feedback",
            taken_at=after.taken_at,
            revision=1,
        ),
    ]
    assert two.load_snapshot(after.id) == after
    assert two.load_snapshots(STRATEGY_A) == [before, after]
    assert card.id in two.load_snapshot(after.id).strategy.cards
    assert two.list_snapshots(STRATEGY_B) == []
    two.delete_snapshot(before.id)
    assert [s.name for s in two.list_snapshots(STRATEGY_A)] == ["After feedback"]
    with pytest.raises(UnknownRecordError, match="snapshot"):
        two.load_snapshot(before.id)
    with pytest.raises(UnknownRecordError, match="snapshot"):
        two.delete_snapshot(before.id)


def test_snapshot_names_are_unique_per_strategy(two: Store) -> None:
    first = take_snapshot(two.load_strategy(STRATEGY_A), "Round 1")
    two.save_snapshot(first)
    clash = take_snapshot(two.load_strategy(STRATEGY_A), "round 1")
    with pytest.raises(DuplicateRecordError, match="already has a snapshot named 'round 1'"):
        two.save_snapshot(clash)
    # Another strategy may use the name; the snapshot itself may be saved again (renamed).
    two.save_snapshot(take_snapshot(two.load_strategy(STRATEGY_B), "Round 1"))
    renamed = first.model_copy(update={"name": "ROUND 1"})
    two.save_snapshot(renamed)
    assert [s.name for s in two.list_snapshots(STRATEGY_A)] == ["ROUND 1"]


# -- agenda ---------------------------------------------------------------------------------------


def test_agenda_falls_back_to_the_default_and_round_trips(two: Store) -> None:
    assert two.get_agenda(WORKSHOP_ID) == Agenda.default()
    assert two.find_agenda(WORKSHOP_ID) is None
    agenda = Agenda(stages=(Stage(name="Engage", minutes=20), Stage(name="Build", minutes=90)))
    two.save_agenda(WORKSHOP_ID, agenda)
    assert two.get_agenda(WORKSHOP_ID) == agenda
    shorter = Agenda(stages=(Stage(name="Only", minutes=5),))
    two.save_agenda(WORKSHOP_ID, shorter)
    assert two.get_agenda(WORKSHOP_ID) == shorter
    with pytest.raises(UnknownRecordError, match="No workshop"):
        two.get_agenda("nowhere")
    with pytest.raises(UnknownRecordError, match="No workshop"):
        two.save_agenda("nowhere", agenda)


# -- cascades and bundles -------------------------------------------------------------------------


def _fill(store: Store) -> ReviewRecords:
    peer_round = _round()
    store.save_round(peer_round)
    store.save_sheet(WORKSHOP_ID, _sheet(STRATEGY_A))
    store.save_feedback(_feedback(peer_round.id, "team-b", STRATEGY_A))
    store.add_phase_review(evaluate([], STRATEGY_A, Phase.DATA, ReviewState.ACCEPTABLE))
    store.save_snapshot(take_snapshot(store.load_strategy(STRATEGY_A), "Round 1"))
    store.save_agenda(WORKSHOP_ID, Agenda.default())
    return store.workshop_reviews(WORKSHOP_ID)


def test_deleting_a_strategy_deletes_its_reviews(two: Store) -> None:
    records = _fill(two)
    assert len(records.sheets) == len(records.feedback) == len(records.snapshots) == 1
    two.delete_strategy(STRATEGY_A)
    for table in ("rubric_sheets", "peer_feedback", "phase_reviews", "snapshots"):
        assert _count(two, table) == 0, table
    # The workshop's own records stay.
    assert _count(two, "peer_rounds") == 1 and _count(two, "agendas") == 1
    two.delete_workshop(WORKSHOP_ID)
    assert _count(two, "peer_rounds") == 0 and _count(two, "agendas") == 0


def test_save_bundle_writes_reviews_in_the_same_transaction(two: Store) -> None:
    records = _fill(two)
    workshop = two.get_workshop(WORKSHOP_ID)
    strategies = [two.load_strategy(s.id) for s in two.list_strategies(WORKSHOP_ID)]
    scratch = Store.open("sqlite://")
    try:
        scratch.save_bundle(workshop, [], strategies, records)
        assert scratch.workshop_reviews(WORKSHOP_ID) == records
        assert not records.is_empty and ReviewRecords().is_empty
        # A feedback entry whose round is missing fails the whole bundle: nothing lands.
        broken = ReviewRecords(feedback=(_feedback("no-round", "team-a", STRATEGY_B),))
        other = make_workshop("ws-other")
        with pytest.raises(Exception, match="FOREIGN KEY"):
            scratch.save_bundle(other, [], [], broken)
        assert [w.id for w in scratch.list_workshops()] == [WORKSHOP_ID]
    finally:
        scratch.close()


# -- the 0002 upgrade -----------------------------------------------------------------------------


def test_a_0001_database_is_upgraded_with_its_data_intact(db_path: Path, db_url: str) -> None:
    db_path.parent.mkdir(parents=True)
    engine = create_engine(db_url)
    strategy = _strategy(STRATEGY_A, "team-a")
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0001")
    with engine.begin() as conn:
        writes.put_workshop(conn, make_workshop())
        writes.insert_strategy(conn, strategy)
        tables = {row[0] for row in conn.execute(text("SELECT name FROM sqlite_master"))}
        assert "rubric_sheets" not in tables
    engine.dispose()

    with Store.open(db_url) as store:
        assert store.list_workshops() == [make_workshop()]
        assert store.load_strategy(STRATEGY_A) == strategy
        card = Card(title="After the upgrade", phase=Phase.DEVELOP)
        document = Document(strategy)
        store.record(document.strategy, document.apply(AddCard(card=card)))
        assert store.load_strategy(STRATEGY_A) == document.strategy
        store.save_sheet(WORKSHOP_ID, _sheet(STRATEGY_A))
        assert store.get_sheet(STRATEGY_A, "default") == _sheet(STRATEGY_A).model_copy(
            update={"id": store.list_sheets(WORKSHOP_ID)[0].id}
        )
    engine = create_engine(db_url)
    try:
        with engine.connect() as conn:
            version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
            assert version == HEAD_REVISION
            assert list(compare_metadata(MigrationContext.configure(conn), metadata)) == []
    finally:
        engine.dispose()
