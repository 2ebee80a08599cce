"""The first window: opens offscreen on the demo, shows its cards; refuses bad databases."""

from __future__ import annotations

from pathlib import Path

from app.paths import resolve_db_url
from app.store import Store


def test_window_shows_demo_strategy_cards(harness) -> None:  # type: ignore[no-untyped-def]
    assert harness.opened, harness.errors
    session = harness.session
    store = Store.open(resolve_db_url(str(harness.db)))
    try:
        stored = store.load_strategy(session.strategy_id)
    finally:
        store.close()
    assert stored.cards, "the demo strategy has cards"
    scene = session.scene
    assert set(scene.cards) == set(stored.cards)
    for card_id, card in stored.cards.items():
        item = scene.cards[card_id]
        assert item.card.title == card.title
        assert item.pos() == scene.geometry.card_scene_pos(card)
    assert set(scene.links) == set(stored.links)
    assert harness.workbench.view.scene() is scene
    # The side list shows the workshop's strategies, the open one selected.
    listing = harness.workbench.strategies.list
    assert listing.count() >= 2
    assert "Saved" in harness.workbench.save_label.text()


def test_lanes_follow_the_lifecycle_graph(harness) -> None:  # type: ignore[no-untyped-def]
    from models.phases import LIFECYCLE, lifecycle_graph

    scene = harness.session.scene
    xs = [scene.lanes[p].rect().x() for p in LIFECYCLE]
    assert xs == sorted(xs)
    assert lifecycle_graph().has_edge(LIFECYCLE[-1], LIFECYCLE[0])
    governance = scene.lanes[next(p for p in scene.lanes if not p.is_lifecycle)]
    assert governance.rect().top() > max(scene.lanes[p].rect().bottom() for p in LIFECYCLE)


def test_not_a_database_is_refused_and_untouched(make_harness, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "notes.sqlite3"
    content = b"This is a shopping list, not a database.\n" * 50
    bad.write_bytes(content)
    h = make_harness(bad)
    assert not h.opened
    assert len(h.errors) == 1
    _title, text = h.errors[0]
    assert str(bad) in text
    assert "Traceback" not in text
    assert bad.read_bytes() == content
    assert h.workbench.session is None


def test_damaged_database_is_refused_and_untouched(make_harness, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    damaged = tmp_path / "damaged.sqlite3"
    # A real SQLite header followed by garbage: looks like a database, is not a usable one.
    content = b"SQLite format 3\x00" + bytes(range(256)) * 64
    damaged.write_bytes(content)
    h = make_harness(damaged)
    assert not h.opened
    assert len(h.errors) == 1
    _title, text = h.errors[0]
    assert str(damaged) in text and "Traceback" not in text
    assert damaged.read_bytes() == content
