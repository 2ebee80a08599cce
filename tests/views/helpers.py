"""Gesture helpers for the GUI tests: drops, mouse drags, and state snapshots."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.paths import resolve_db_url
from app.store import Store
from models.strategy import Strategy
from views.canvas.view import CanvasView


def viewport_point(view: CanvasView, scene_point: QPointF) -> QPoint:
    """Where a scene point is in the view's viewport."""
    return view.mapFromScene(scene_point)


def drop_mime(view: CanvasView, mime: QMimeData, scene_point: QPointF) -> bool:
    """Send enter, move and drop events for ``mime`` at a scene point; True if accepted."""
    pos = QPointF(viewport_point(view, scene_point))
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
    buttons = Qt.MouseButton.LeftButton
    mods = Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(pos.toPoint(), actions, mime, buttons, mods)
    QApplication.sendEvent(view.viewport(), enter)
    move = QDragMoveEvent(pos.toPoint(), actions, mime, buttons, mods)
    QApplication.sendEvent(view.viewport(), move)
    drop = QDropEvent(pos, actions, mime, buttons, mods)
    QApplication.sendEvent(view.viewport(), drop)
    return drop.isAccepted()


def mouse_drag(view: CanvasView, start: QPointF, end: QPointF, steps: int = 8) -> None:
    """Press at ``start``, move in steps, release at ``end`` (scene coordinates)."""
    viewport = view.viewport()
    a = viewport_point(view, start)
    b = viewport_point(view, end)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, a)
    for i in range(1, steps + 1):
        p = QPoint(a.x() + (b.x() - a.x()) * i // steps, a.y() + (b.y() - a.y()) * i // steps)
        QTest.mouseMove(viewport, p)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, b)


def snapshot(strategy: Strategy) -> dict[str, Any]:
    """Everything that matters of a strategy except the revision counter."""
    data = strategy.model_dump(mode="json")
    data.pop("revision")
    return data


def stored(db: Any, strategy_id: str) -> Strategy:
    """A fresh load of a strategy from the database file."""
    store = Store.open(resolve_db_url(str(db)))
    try:
        return store.load_strategy(strategy_id)
    finally:
        store.close()


def scene_agrees(session: Any) -> None:
    """Assert that every card and link item shows exactly what the document holds."""
    strategy = session.document.strategy
    scene = session.scene
    assert set(scene.cards) == set(strategy.cards)
    assert set(scene.links) == set(strategy.links)
    for card_id, card in strategy.cards.items():
        item = scene.cards[card_id]
        assert item.card == card
        assert item.pos() == scene.geometry.card_scene_pos(card)
    for link_id, link in strategy.links.items():
        item = scene.links[link_id]
        assert item.link == link
        assert item.source is scene.cards[link.source]
        assert item.target is scene.cards[link.target]
