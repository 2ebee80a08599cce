"""Real mouse and keys: a palette → lane drag saves a card; Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint

from app.paths import resolve_db_url
from app.store import Store
from models.phases import Phase
from tests.xvfb.conftest import App, settle, wait_for, xdo
from views.docks.palette import KEY_ROLE


def _stored_cards(home: Path, strategy_id: str) -> set[str]:
    store = Store.open(resolve_db_url(str(home / "canvas.sqlite3")))
    try:
        return set(store.load_strategy(strategy_id).cards)
    finally:
        store.close()


def test_a_drag_from_the_palette_to_a_lane_saves_a_card(app: App, app_home: Path) -> None:
    wb = app.workbench
    session = wb.session
    assert session is not None
    app.focus()
    xdo("key", "F2")  # the palette, for real
    wait_for(wb.palette.isVisible)
    settle(0.4)
    tree, proxy = wb.palette.tree, wb.palette.proxy
    group = proxy.index(0, 0)
    tree.expand(group)
    entry = proxy.index(0, 0, group)
    key = str(entry.data(KEY_ROLE))
    tree.scrollTo(entry)
    settle(0.2)
    start = tree.viewport().mapToGlobal(tree.visualRect(entry).center())
    lane = session.scene.geometry.lane_rect(Phase.MONITOR)
    target_scene = lane.center()
    target_scene.setY(lane.top() + 420)
    view = wb.view
    end = view.viewport().mapToGlobal(view.mapFromScene(target_scene))
    before = set(session.document.strategy.cards)
    steps: list[str] = ["mousemove", str(start.x()), str(start.y()), "mousedown", "1"]
    for i in range(1, 13):
        point = start + (end - start) * i / 12 + QPoint(0, 0)
        steps += ["sleep", "0.05", "mousemove", str(point.x()), str(point.y())]
    steps += ["sleep", "0.2", "mouseup", "1"]
    xdo(*steps)
    wait_for(lambda: len(session.document.strategy.cards) == len(before) + 1)
    new_id = (set(session.document.strategy.cards) - before).pop()
    card = session.document.strategy.cards[new_id]
    assert card.catalog_key == key and card.phase is Phase.MONITOR
    assert session.autosaver.flush()
    assert new_id in _stored_cards(app_home, session.strategy_id)


def test_undo_and_redo_answer_the_real_keys(app: App, app_home: Path) -> None:
    wb = app.workbench
    session = wb.session
    assert session is not None
    card_id = next(iter(session.document.strategy.cards))
    title = session.document.strategy.cards[card_id].title
    session.editor.update_card(card_id, title=f"{title} (edited)")
    app.focus()
    wb.view.setFocus()
    for redo in ("ctrl+shift+z", "ctrl+y"):
        xdo("key", "ctrl+z")
        wait_for(lambda: session.document.strategy.cards[card_id].title == title)
        xdo("key", redo)
        wait_for(lambda: session.document.strategy.cards[card_id].title == f"{title} (edited)")
    assert session.autosaver.flush()
