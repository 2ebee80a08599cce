"""Snapshot diff: exact added / removed / moved / edited sets, links, coverage and findings."""

from __future__ import annotations

import pytest

from app.document import Document
from app.review.diff import diff_versions
from app.review.errors import SnapshotError
from app.review.snapshots import diff_snapshots, diff_to_current, suggested_name, take_snapshot
from models.operations import (
    AddCard,
    AddLink,
    CardPatch,
    MoveCard,
    RemoveCard,
    SetPacks,
    UpdateCard,
    UpdateLink,
)
from models.phases import Phase
from models.strategy import Card, Link, Placement, Strategy
from models.vocabulary import FindingState, LinkKind, Role, Status
from tests.app.review.builders import fake_check


def _start() -> tuple[Document, dict[str, Card], dict[str, Link]]:
    cards = {
        "quality": Card(title="Data quality", phase=Phase.DATA, owner_role=Role.DATA_SCIENTIST),
        "train": Card(title="Training", phase=Phase.DEVELOP),
        "gate": Card(title="Validation gate", phase=Phase.EVALUATE, owner_role=Role.DATA_SCIENTIST),
        "old": Card(title="Manual review", phase=Phase.DEPLOY, owner_role=Role.IT_OPERATIONS),
    }
    links = {
        "q-t": Link(source=cards["quality"].id, target=cards["train"].id),
        "t-g": Link(source=cards["train"].id, target=cards["gate"].id),
        "g-o": Link(source=cards["gate"].id, target=cards["old"].id, kind=LinkKind.GATES),
    }
    strategy = Strategy(
        workshop_id="w",
        scenario_key="benefits",
        name="Team A",
        packs=("gdpr",),
        cards={c.id: c for c in cards.values()},
        links={lk.id: lk for lk in links.values()},
    )
    return Document(strategy), cards, links


def test_snapshot_diff_gives_exact_sets_and_coverage_delta() -> None:
    doc, cards, links = _start()
    before = take_snapshot(doc.strategy, "Before feedback", at="t1")
    drift = Card(title="Drift monitoring", phase=Phase.MONITOR, owner_role=Role.IT_OPERATIONS)
    dpia = Card(
        title="DPIA", phase=Phase.GOVERNANCE, capabilities=("dpia",), owner_role=Role.PRIVACY_ETHICS
    )
    doc.apply(AddCard(card=drift))
    doc.apply(AddCard(card=dpia))
    old = cards["old"]
    doc.apply(RemoveCard(card=old, links=(links["g-o"],)))
    gate = cards["gate"]
    doc.apply(
        MoveCard(
            card_id=gate.id,
            before=gate.placement,
            after=Placement(phase=Phase.EVALUATE, x=gate.x + 40, y=gate.y),
        )
    )
    train = cards["train"]
    doc.apply(MoveCard(card_id=train.id, before=train.placement, after=Placement(phase=Phase.DATA)))
    doc.apply(
        UpdateCard(
            card_id=train.id,
            before=CardPatch.of(train, frozenset({"owner_role", "title"})),
            after=CardPatch(title="Model training", owner_role=Role.DATA_SCIENTIST),
        )
    )
    new_link = Link(source=gate.id, target=drift.id)
    doc.apply(AddLink(link=new_link))
    doc.apply(UpdateLink(link_id=links["q-t"].id, before=LinkKind.FLOWS, after=LinkKind.GATES))
    after = take_snapshot(doc.strategy, "After feedback", [before], at="t2")

    diff = diff_snapshots(after, before, fake_check)  # order given does not matter
    assert (diff.before_revision, diff.after_revision) == (0, 8)
    assert {c.id for c in diff.added} == {drift.id, dpia.id}
    assert [c.id for c in diff.removed] == [old.id]
    assert [(m.after.id, m.phase_changed) for m in diff.moved] == [
        (train.id, True),
        (gate.id, False),
    ]
    assert [(e.after.id, e.fields) for e in diff.edited] == [
        (train.id, frozenset({"title", "owner_role"}))
    ]
    assert diff.links_added == (new_link,)
    assert diff.links_removed == (links["g-o"],)
    assert [(c.after.id, c.fields) for c in diff.links_changed] == [
        (links["q-t"].id, frozenset({"kind"}))
    ]
    assert diff.strategy_fields == frozenset()
    coverage = {
        d.pack: (d.before and d.before.satisfied, d.after and d.after.satisfied)
        for d in diff.coverage
    }
    # develop emptied (training moved to data), deploy emptied, monitor filled; DPIA added
    assert coverage == {"structure": (4, 3), "gdpr": (0, 1)}
    assert {d.pack: d.satisfied_change for d in diff.coverage} == {"structure": -1, "gdpr": 1}
    opened = {(f.rule_id, f.card_ids) for f in diff.findings_opened}
    closed = {(f.rule_id, f.card_ids) for f in diff.findings_closed}
    assert opened == {("structure.phase-develop", ()), ("structure.phase-deploy", ())}
    assert closed == {
        ("structure.phase-monitor", ()),
        ("gdpr.dpia", ()),
        ("structure.owner", (train.id,)),
    }
    assert diff.highlights() == {
        drift.id: "added",
        dpia.id: "added",
        old.id: "removed",
        gate.id: "moved",
        train.id: "edited",
    }
    assert not diff.is_empty


def test_snapshot_is_independent_of_later_edits() -> None:
    doc, _cards, _links = _start()
    snap = take_snapshot(doc.strategy, "r1")
    doc.apply(AddCard(card=Card(title="New", phase=Phase.FEEDBACK)))
    assert len(snap.strategy.cards) == 4 and snap.revision == 0
    diff = diff_to_current(snap, doc.strategy, None)
    assert [c.title for c in diff.added] == ["New"]
    assert diff.coverage == () and diff.findings_opened == ()


def test_identical_versions_differ_in_nothing() -> None:
    doc, _cards, _links = _start()
    assert diff_versions(doc.strategy, doc.strategy.model_copy(deep=True), fake_check).is_empty


def test_strategy_level_changes_are_listed() -> None:
    doc, _cards, _links = _start()
    snap = take_snapshot(doc.strategy, "r1")
    doc.apply(SetPacks(before=("gdpr",), after=()))
    diff = diff_to_current(snap, doc.strategy, fake_check)
    assert diff.strategy_fields == {"packs"}
    assert [(d.pack, d.after) for d in diff.coverage if d.pack == "gdpr"] == [("gdpr", None)]


def test_snapshot_names_are_unique_per_strategy() -> None:
    doc, _cards, _links = _start()
    first = take_snapshot(doc.strategy, "  Round   1 ")
    assert first.name == "Round 1"
    with pytest.raises(SnapshotError, match="already has a snapshot named 'round 1'"):
        take_snapshot(doc.strategy, "round 1", [first])
    with pytest.raises(SnapshotError, match="Give the snapshot a name"):
        take_snapshot(doc.strategy, "   ")
    assert suggested_name([first], doc.strategy.id) == "Snapshot 1"
    second = take_snapshot(doc.strategy, "Snapshot 1", [first])
    assert suggested_name([first, second], doc.strategy.id) == "Snapshot 2"


def test_snapshots_of_different_strategies_are_not_diffed() -> None:
    doc_a, _c, _l = _start()
    doc_b, _c2, _l2 = _start()
    a = take_snapshot(doc_a.strategy, "a")
    b = take_snapshot(doc_b.strategy, "b")
    with pytest.raises(SnapshotError, match="side by side"):
        diff_snapshots(a, b, None)
    with pytest.raises(SnapshotError, match="another strategy"):
        diff_to_current(a, doc_b.strategy, None)


def test_diff_with_the_real_checker() -> None:
    from app.checker import check, load_packs

    packs = load_packs().packs
    doc, _cards, _links = _start()
    before = take_snapshot(doc.strategy, "before")
    for phase in (Phase.DEPLOY, Phase.MONITOR, Phase.FEEDBACK):
        doc.apply(
            AddCard(
                card=Card(
                    title=f"{phase} card",
                    phase=phase,
                    owner_role=Role.DATA_SCIENTIST,
                    status=Status.IN_PLACE,
                )
            )
        )
    diff = diff_to_current(before, doc.strategy, lambda s: check(s, packs))
    assert {d.pack for d in diff.coverage} >= {"gdpr"}
    # The empty lanes were missing (open); now every lane has a card. The lanes whose cards
    # are all still planned show as planned instead — the diff tells the two apart.
    closed = {(f.rule_id, f.state) for f in diff.findings_closed}
    opened = {(f.rule_id, f.state) for f in diff.findings_opened}
    assert ("structure.phase-covered", FindingState.OPEN) in closed - opened
