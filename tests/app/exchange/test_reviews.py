"""A workshop document keeps the workshop's reviews: round trips, copies, merges, refusals."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from app.exchange.codec import content_hash, document_bytes
from app.exchange.importer import import_document
from app.exchange.reader import ExchangeError, read_document
from app.exchange.writer import export_strategy, export_workshop
from app.paths import sqlite_url
from app.review.peers import TeamEntry, new_round
from app.review.snapshots import take_snapshot
from app.review.states import evaluate, report_corrected
from app.store import ReviewRecords, Store
from models.phases import Phase
from models.review import (
    Agenda,
    PeerFeedback,
    ReviewState,
    RubricSheet,
    Score,
    Stage,
)
from models.strategy import Card
from tests.app.exchange import samples

LIBRARY = samples.FakeLibrary()


@pytest.fixture
def source(tmp_path: Path) -> Iterator[Store]:
    """The sample workshop with two strategies and a review of every kind."""
    store = Store.open(sqlite_url(tmp_path / "source.sqlite3"))
    store.save_bundle(
        samples.workshop(),
        [samples.scenario(), samples.scenario("spare")],
        [samples.strategy("s1"), samples.strategy("s2", "team-red")],
    )
    _add_reviews(store)
    yield store
    store.close()


def _add_reviews(store: Store) -> None:
    for sid in ("s2", "s1"):
        store.save_sheet(
            "w",
            RubricSheet(
                strategy_id=sid,
                rubric_key="default",
                rubric_version="2026.11",
                scores=(Score(strategy_id=sid, criterion="lifecycle", level=3, comment="«ok» ✓"),),
                updated_at="2026-03-14T15:00:00+00:00",
            ),
        )
    teams = [TeamEntry("team-blue", "s1"), TeamEntry("team-red", "s2")]
    first = new_round("w", teams)
    second = new_round("w", teams, name="Round 2").model_copy(update={"locked": True})
    for peer_round in (first, second):
        store.save_round(peer_round)
    for peer_round, reviewer, sid in ((second, "team-red", "s1"), (first, "team-blue", "s2")):
        store.save_feedback(
            PeerFeedback(
                round_id=peer_round.id,
                reviewer_team_id=reviewer,
                strategy_id=sid,
                strengths="Clear",
                score=2,
            )
        )
    history = [evaluate([], "s1", Phase.MONITOR, ReviewState.TO_BE_CORRECTED, "No drift alarm")]
    history.append(report_corrected(history, "s1", Phase.MONITOR, "Added one"))
    history.append(evaluate(history, "s1", Phase.MONITOR, ReviewState.ACCEPTABLE))
    for entry in history:
        store.add_phase_review(entry)
    strategy = store.load_strategy("s1")
    store.save_snapshot(take_snapshot(strategy, "Before feedback", at="2026-03-14T14:00"))
    card = Card(title="Alarm", phase=Phase.MONITOR)
    strategy.cards[card.id] = card
    strategy.revision += 1
    store.save_snapshot(take_snapshot(strategy, "After feedback", at="2026-03-14T16:00"))
    store.save_agenda("w", Agenda(stages=(Stage(name="Build", minutes=45),)))


def _open(path: Path) -> Store:
    return Store.open(sqlite_url(path))


def test_workshop_with_reviews_round_trips_byte_identically(source: Store, tmp_path: Path) -> None:
    first = export_workshop(source, "w", LIBRARY.version)
    data = json.loads(first)["data"]
    reviews = data["reviews"]
    assert {k: len(v) for k, v in reviews.items() if k != "agenda"} == {
        "sheets": 2,
        "rounds": 2,
        "feedback": 2,
        "phase_reviews": 3,
        "snapshots": 2,
    }
    assert reviews["agenda"]["stages"][0]["name"] == "Build"
    with _open(tmp_path / "target.sqlite3") as target:
        plan = import_document(target, read_document(first, LIBRARY))
        assert plan.notes == ()
        assert export_workshop(target, "w", LIBRARY.version) == first
        assert target.workshop_reviews("w") == source.workshop_reviews("w")
        assert [e.state for e in target.phase_reviews("s1")] == [
            ReviewState.TO_BE_CORRECTED,
            ReviewState.CORRECTED,
            ReviewState.ACCEPTABLE,
        ]


def test_strategy_documents_carry_no_reviews(source: Store, tmp_path: Path) -> None:
    with_reviews = export_strategy(source, "s1", LIBRARY.version)
    assert "reviews" not in json.loads(with_reviews)["data"]
    with _open(tmp_path / "bare.sqlite3") as bare:
        bare.save_bundle(samples.workshop(), [samples.scenario()], [samples.strategy("s1")])
        assert export_strategy(bare, "s1", LIBRARY.version) == with_reviews


def test_a_workshop_without_reviews_exports_as_before(tmp_path: Path) -> None:
    with _open(tmp_path / "bare.sqlite3") as bare:
        bare.save_bundle(samples.workshop(), [samples.scenario()], [samples.strategy("s1")])
        raw = export_workshop(bare, "w", LIBRARY.version)
    assert "reviews" not in json.loads(raw)["data"]
    assert read_document(raw, LIBRARY).reviews == ReviewRecords()


def test_deleting_a_reviewing_team_keeps_its_feedback_in_the_export(source: Store) -> None:
    workshop = source.get_workshop("w")
    source.save_workshop(workshop.model_copy(update={"teams": workshop.teams[:1]}))
    reviews = json.loads(export_workshop(source, "w", LIBRARY.version))["data"]["reviews"]
    assert "team-red" in {f["reviewer_team_id"] for f in reviews["feedback"]}
    assert len(reviews["rounds"]) == 2


def test_as_new_copies_reviews_with_fresh_ids(source: Store) -> None:
    raw = export_workshop(source, "w", LIBRARY.version)
    plan = import_document(source, read_document(raw, LIBRARY), as_new=True)
    copy_id = plan.workshop.id
    original, copied = source.workshop_reviews("w"), source.workshop_reviews(copy_id)
    assert original == read_document(raw, LIBRARY).reviews  # untouched
    new_ids = set(plan.renamed.values())
    assert {s.strategy_id for s in copied.sheets} == new_ids
    assert all(sc.strategy_id == s.strategy_id for s in copied.sheets for sc in s.scores)
    assert {r.id for r in copied.rounds}.isdisjoint({r.id for r in original.rounds})
    assert all(r.workshop_id == copy_id for r in copied.rounds)
    assert {a.strategy_id for r in copied.rounds for a in r.assignments} <= new_ids
    assert {f.round_id for f in copied.feedback} == {r.id for r in copied.rounds}
    assert {e.strategy_id for e in copied.phase_reviews} == {plan.renamed["s1"]}
    assert all(
        s.strategy.id == s.strategy_id == plan.renamed["s1"] and s.strategy.workshop_id == copy_id
        for s in copied.snapshots
    )
    assert [(f.score, f.strengths) for f in copied.feedback] == [
        (f.score, f.strengths) for f in original.feedback
    ]
    assert copied.agenda == original.agenda


def test_into_an_existing_workshop_its_rounds_and_agenda_are_kept(
    source: Store, tmp_path: Path
) -> None:
    raw = export_workshop(source, "w", LIBRARY.version)
    with _open(tmp_path / "target.sqlite3") as target:
        target.save_bundle(samples.workshop(), [samples.scenario()], [])
        mine = source.list_rounds("w")[0].model_copy(update={"name": "Our round"})
        target.save_round(mine)
        target.save_agenda("w", Agenda.default())
        plan = import_document(target, read_document(raw, LIBRARY))
        assert "kept this database's version of peer round Round 1" in plan.notes
        assert "kept this database's agenda rather than the document's" in plan.notes
        assert [r.name for r in target.list_rounds("w")] == ["Our round", "Round 2"]
        assert target.get_agenda("w") == Agenda.default()
        assert len(target.list_feedback("w")) == 2


def _edited(raw: bytes, change: Callable[[dict[str, Any]], None]) -> bytes:
    doc = json.loads(raw)
    change(doc["data"]["reviews"])
    doc["sha256"] = content_hash(doc["data"])
    return document_bytes(doc)


def test_broken_review_references_are_refused_with_paths(source: Store, tmp_path: Path) -> None:
    raw = export_workshop(source, "w", LIBRARY.version)

    def break_it(reviews: dict[str, Any]) -> None:
        reviews["sheets"][0]["strategy_id"] = "ghost"
        reviews["sheets"][0]["scores"][0]["strategy_id"] = "ghost"
        reviews["rounds"][1]["workshop_id"] = "elsewhere"
        reviews["feedback"][0]["round_id"] = "no-round"
        reviews["phase_reviews"][2]["strategy_id"] = "ghost"
        reviews["snapshots"][1]["name"] = reviews["snapshots"][0]["name"].upper()
        reviews["snapshots"][0]["revision"] = 5

    with pytest.raises(ExchangeError) as caught:
        read_document(_edited(raw, break_it), LIBRARY)
    paths = [p.path for p in caught.value.problems]
    assert paths == [
        "data.reviews.sheets[0].strategy_id",
        "data.reviews.rounds[1].workshop_id",
        "data.reviews.feedback[0].round_id",
        "data.reviews.phase_reviews[2].strategy_id",
        "data.reviews.snapshots[0]",
        "data.reviews.snapshots[1].name",
    ]
    assert "no round 'no-round'" in str(caught.value)
    with _open(tmp_path / "untouched.sqlite3") as target:
        assert target.list_workshops() == []


def test_a_score_outside_1_to_4_is_refused(source: Store) -> None:
    raw = export_workshop(source, "w", LIBRARY.version)

    def bad_score(reviews: dict[str, Any]) -> None:
        reviews["feedback"][0]["score"] = 5

    with pytest.raises(ExchangeError, match=r"data\.reviews\.feedback\[0\]\.score"):
        read_document(_edited(raw, bad_score), LIBRARY)


def test_strategy_document_may_not_hold_reviews(source: Store) -> None:
    doc = json.loads(export_strategy(source, "s1", LIBRARY.version))
    doc["data"]["reviews"] = {"sheets": []}
    doc["sha256"] = content_hash(doc["data"])
    with pytest.raises(ExchangeError, match=r"data\.reviews"):
        read_document(document_bytes(doc), LIBRARY)
