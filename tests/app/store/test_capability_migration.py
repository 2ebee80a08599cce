"""Revision 0003: a database from before content series 2026.12 keeps working.

A 0002 database holding cards with the capabilities since split (an unedited
catalog card, an edited one, custom cards in several lanes) and a snapshot is
opened by the current store: every card comes back in the new vocabulary, the
catalog's default cadences fill the gaps, nothing else changes, and a notice
says card by card what changed — once.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, text

from app.content_migration import RETIRED
from app.store import Store, writes
from app.store.review_writes import put_snapshot
from app.store.schema import alembic_config
from models.phases import Phase
from models.review import Snapshot
from models.strategy import Card, Link, Strategy
from models.vocabulary import Cadence, Role, Status
from tests.app.store.conftest import empty_strategy, make_workshop

OLD_CARDS = (
    # (id, catalog key, phase, capabilities, cadence)
    ("stop", "safe-stop", Phase.DEPLOY, ("human-oversight", "rollback"), None),
    ("edited", "safe-stop", Phase.DEPLOY, ("human-oversight", "rollback", "cybersecurity"), None),
    ("desk", None, Phase.DEPLOY, ("human-oversight",), Cadence.DAILY),
    ("watch", None, Phase.MONITOR, ("human-oversight", "performance-monitoring"), None),
    ("notice", None, Phase.DEPLOY, ("transparency-notice",), None),
    ("faq", None, Phase.GOVERNANCE, ("transparency-notice",), None),
    ("aia", "algorithmic-impact-assessment", Phase.GOVERNANCE, ("impact-assessment",), None),
    (
        "appeal",
        "appeal-route",
        Phase.FEEDBACK,
        ("appeal-process", "explanation-to-individuals"),
        None,
    ),
    ("drift", "drift-detection", Phase.MONITOR, ("drift-monitoring",), None),
    ("plain", None, Phase.DATA, ("data-quality",), None),
)
EXPECTED = {
    "stop": (("rollback", "stop-switch"), None),
    "edited": (("cybersecurity", "rollback", "stop-switch"), None),
    "desk": (("human-decision",), Cadence.DAILY),
    "watch": (("oversight-monitoring", "performance-monitoring"), None),
    "notice": (("individual-notice",), None),
    "faq": (("public-transparency",), None),
    "aia": (("ai-impact-assessment", "algorithmic-impact-assessment"), Cadence.YEARLY),
    "appeal": (("appeal-process",), Cadence.CONTINUOUS),
    "drift": (("drift-monitoring",), Cadence.WEEKLY),
    "plain": (("data-quality",), None),
}


def _old_strategy() -> Strategy:
    strategy = empty_strategy("old-strategy")
    strategy.name = "Benefits triage (2026.11)"
    for card_id, key, phase, caps, cadence in OLD_CARDS:
        strategy.cards[card_id] = Card(
            id=card_id,
            catalog_key=key,
            title=f"Card {card_id}",
            notes=f"Notes of {card_id} — kept as typed.",
            phase=phase,
            owner_role=Role.DOMAIN_EXPERT,
            status=Status.IN_PLACE,
            capabilities=caps,
            cadence=cadence,
            x=12.5,
            y=40.0,
        )
    strategy.links["l1"] = Link(id="l1", source="desk", target="watch")
    return strategy


def _database_at_0002(url: str) -> Strategy:
    engine = create_engine(url)
    strategy = _old_strategy()
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0002")
    with engine.begin() as conn:
        writes.put_workshop(conn, make_workshop())
        writes.insert_strategy(conn, strategy)
        snapshot = Snapshot(
            id="snap-1", strategy_id=strategy.id, name="before", revision=0, strategy=strategy
        )
        put_snapshot(conn, snapshot, url)
    engine.dispose()
    return strategy


def test_old_cards_come_back_in_the_new_vocabulary_and_nothing_else_changes(
    db_path: Path, db_url: str
) -> None:
    db_path.parent.mkdir(parents=True)
    old = _database_at_0002(db_url)
    with Store.open(db_url) as store:
        new = store.load_strategy(old.id)
        snapshot = store.load_snapshot("snap-1")
    for card_id, (caps, cadence) in EXPECTED.items():
        card = new.cards[card_id]
        assert (card.capabilities, card.cadence) == (caps, cadence), card_id
        before = old.cards[card_id]
        unchanged = {"capabilities", "cadence"}
        assert card.model_dump(exclude=unchanged) == before.model_dump(exclude=unchanged)
    assert new.links == old.links
    assert (new.name, new.profile, new.packs, new.revision) == (
        old.name,
        old.profile,
        old.packs,
        old.revision,
    )
    used = {cap for card in new.cards.values() for cap in card.capabilities}
    assert not used & set(RETIRED)
    snapped = {cap for card in snapshot.strategy.cards.values() for cap in card.capabilities}
    assert not snapped & set(RETIRED)
    assert snapshot.strategy.cards["desk"].capabilities == ("human-decision",)


def test_the_notice_says_what_changed_once(db_path: Path, db_url: str) -> None:
    db_path.parent.mkdir(parents=True)
    _database_at_0002(db_url)
    with Store.open(db_url) as store:
        (notice,) = store.take_notices()
        assert store.take_notices() == []
    assert "2026.12" in notice
    assert (
        "“Card desk” in “Benefits triage (2026.11)”: capability human-oversight → human-decision"
        in (notice)
    )
    assert "transparency-notice → public-transparency" in notice
    assert "snapshot “before”" in notice
    with Store.open(db_url) as store:
        assert store.take_notices() == []


def test_a_fresh_database_has_no_notice(db_url: str) -> None:
    with Store.open(db_url) as store:
        assert store.take_notices() == []


def test_downgrade_keeps_the_new_keys(db_path: Path, db_url: str) -> None:
    db_path.parent.mkdir(parents=True)
    old = _database_at_0002(db_url)
    Store.open(db_url).close()
    engine = create_engine(db_url)
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0002")
        tables = {row[0] for row in conn.execute(text("SELECT name FROM sqlite_master"))}
        caps = conn.execute(
            text("SELECT capabilities FROM cards WHERE strategy_id = :s AND id = 'desk'"),
            {"s": old.id},
        ).scalar_one()
    engine.dispose()
    assert "notices" not in tables
    assert "human-decision" in caps


def test_the_cli_prints_the_notice_once_on_stderr(
    db_path: Path, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.cli.workshops import open_store

    db_path.parent.mkdir(parents=True)
    _database_at_0002(db_url)
    with open_store(str(db_path)) as store:
        assert store.load_strategy("old-strategy").cards["desk"].capabilities == ("human-decision",)
    first = capsys.readouterr()
    assert first.out == ""
    assert first.err.startswith("note: Content series 2026.12")
    assert "“Card appeal” in “Benefits triage (2026.11)”" in first.err, "catalog updates too"
    with open_store(str(db_path)):
        pass
    assert capsys.readouterr().err == ""
