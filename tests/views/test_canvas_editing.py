"""Editing on the canvas with real gestures: drop, move across lanes, draw links, undo/redo."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPointF

from models.layout import CARD_HEIGHT, CARD_WIDTH
from models.phases import Phase
from tests.views.helpers import drop_mime, mouse_drag, scene_agrees, snapshot, stored
from views.mime import CATALOG_MIME


def _catalog_mime(harness, key: str) -> QMimeData:  # type: ignore[no-untyped-def]
    """The palette's own drag data for ``key`` (the source side of the drag)."""
    palette = harness.workbench.palette
    palette.search.setText(harness.workbench.library.catalog[key].title)
    index = palette.tree.currentIndex()
    assert palette.current_key() == key
    return palette.proxy.mimeData([index])


def _lane_point(session, phase: Phase, dy: float = 0.0) -> QPointF:  # type: ignore[no-untyped-def]
    origin = session.scene.geometry.content_origin(phase)
    return origin + QPointF(CARD_WIDTH / 2 + 20, CARD_HEIGHT / 2 + 20 + dy)


def test_drop_catalog_entry_on_a_lane_creates_a_card_in_the_database(harness) -> None:  # type: ignore[no-untyped-def]
    session = harness.session
    key = next(k for k, e in harness.workbench.library.catalog.items() if e.phase is Phase.DEPLOY)
    before = snapshot(session.document.strategy)
    # Dropped on the monitoring lane: the lane, not the catalog, decides the phase.
    assert drop_mime(
        harness.workbench.view,
        _catalog_mime(harness, key),
        _lane_point(session, Phase.MONITOR, 300),
    )
    new = [
        c
        for c in session.document.strategy.cards.values()
        if c.catalog_key == key and c.id not in before["cards"]
    ]
    assert len(new) == 1
    card = new[0]
    assert card.phase is Phase.MONITOR
    assert stored(harness.db, session.strategy_id).cards[card.id] == card
    scene_agrees(session)
    session.stack.undo()
    assert snapshot(session.document.strategy) == before
    assert card.id not in stored(harness.db, session.strategy_id).cards
    session.stack.redo()
    assert session.document.strategy.cards[card.id] == card
    scene_agrees(session)


def test_foreign_drop_is_refused(harness) -> None:  # type: ignore[no-untyped-def]
    session = harness.session
    before = snapshot(session.document.strategy)
    mime = QMimeData()
    mime.setText("x" * 1_000_000)
    assert not drop_mime(harness.workbench.view, mime, _lane_point(session, Phase.DATA))
    assert snapshot(session.document.strategy) == before
    unknown = QMimeData()
    unknown.setData(CATALOG_MIME, b"no-such-practice")
    drop_mime(harness.workbench.view, unknown, _lane_point(session, Phase.DATA))
    assert snapshot(session.document.strategy) == before
    assert "no-such-practice" in harness.window.statusBar().currentMessage()


def test_drag_card_across_lanes_changes_phase_in_one_undo_step(harness) -> None:  # type: ignore[no-untyped-def]
    session = harness.session
    view = harness.workbench.view
    view.set_zoom(0.5)
    card = next(c for c in session.document.strategy.cards.values() if c.phase is Phase.DATA)
    before = snapshot(session.document.strategy)
    steps_before = session.stack.count()
    item = session.scene.cards[card.id]
    start = item.body_rect().center()
    target = session.scene.geometry.content_origin(Phase.EVALUATE) + QPointF(
        CARD_WIDTH / 2 + 20, 4 * (CARD_HEIGHT + 20) + CARD_HEIGHT / 2 + 10
    )
    view.centerOn((start + target) / 2)
    mouse_drag(view, start, target, steps=12)
    moved = session.document.strategy.cards[card.id]
    assert moved.phase is Phase.EVALUATE
    assert session.stack.count() == steps_before + 1  # twelve mouse moves, one step
    assert stored(harness.db, session.strategy_id).cards[card.id] == moved
    for link in session.scene.cards[card.id].links:
        assert link.path().elementCount() > 0
    scene_agrees(session)
    session.stack.undo()
    assert snapshot(session.document.strategy) == before
    assert stored(harness.db, session.strategy_id).cards[card.id] == card
    scene_agrees(session)
    session.stack.redo()
    assert session.document.strategy.cards[card.id] == moved
    scene_agrees(session)


def test_draw_link_from_handle(harness) -> None:  # type: ignore[no-untyped-def]
    session = harness.session
    view = harness.workbench.view
    view.set_zoom(0.5)
    strategy = session.document.strategy
    pairs = [
        (a, b)
        for a in strategy.cards.values()
        for b in strategy.cards.values()
        if a.id != b.id and not strategy.has_link(a.id, b.id) and a.phase is not b.phase
    ]
    source, target = pairs[0]
    before = snapshot(strategy)
    a = session.scene.cards[source.id]
    b = session.scene.cards[target.id]
    view.centerOn((a.body_rect().center() + b.body_rect().center()) / 2)
    handle = a.mapToScene(a.handle_center())
    mouse_drag(view, handle, b.body_rect().center())
    assert strategy.has_link(source.id, target.id)
    link = next(
        lk for lk in strategy.links.values() if lk.source == source.id and lk.target == target.id
    )
    assert stored(harness.db, session.strategy_id).links[link.id] == link
    assert session.document.strategy.cards[source.id] == source  # the card did not move
    scene_agrees(session)
    session.stack.undo()
    assert snapshot(session.document.strategy) == before
    session.stack.redo()
    assert link.id in session.document.strategy.links
    scene_agrees(session)


def test_link_against_the_lifecycle_is_drawn_distinctly(harness) -> None:  # type: ignore[no-untyped-def]
    session = harness.session
    strategy = session.document.strategy
    cards = list(strategy.cards.values())
    deploy = next(c for c in cards if c.phase is Phase.DEPLOY)
    data = next(c for c in cards if c.phase is Phase.DATA)
    forward = next(c for c in cards if c.phase is Phase.EVALUATE)
    back_id = session.editor.link_cards(deploy.id, data.id)
    if strategy.has_link(data.id, forward.id):
        ahead = next(
            lk.id
            for lk in strategy.links.values()
            if lk.source == data.id and lk.target == forward.id
        )
    else:
        ahead = session.editor.link_cards(data.id, forward.id)
    assert back_id is not None and ahead is not None
    backward_item = session.scene.links[back_id]
    forward_item = session.scene.links[ahead]
    assert backward_item.against and not forward_item.against
    assert backward_item.pen().color() != forward_item.pen().color()
    assert backward_item.pen().widthF() > forward_item.pen().widthF()
    assert backward_item.marker_visible and not forward_item.marker_visible


def test_refused_link_gives_a_message_not_a_traceback(harness) -> None:  # type: ignore[no-untyped-def]
    session = harness.session
    card = next(iter(session.document.strategy.cards))
    assert session.editor.link_cards(card, card) is None
    assert harness.window.statusBar().currentMessage()


def test_rubber_band_then_drag_moves_the_selection_in_one_step(harness) -> None:  # type: ignore[no-untyped-def]
    session = harness.session
    view = harness.workbench.view
    view.set_zoom(0.5)
    data = sorted(
        (c for c in session.document.strategy.cards.values() if c.phase is Phase.DATA),
        key=lambda c: c.y,
    )[:2]
    assert len(data) == 2
    lane = session.scene.geometry.lane_rect(Phase.DATA)
    band_top = session.scene.cards[data[0].id].body_rect().top() - 5
    band_bottom = session.scene.cards[data[1].id].body_rect().bottom() + 5
    view.centerOn(lane.center().x(), band_top + 200)
    # A rubber band drawn from empty lane space over both cards selects them.
    mouse_drag(view, QPointF(lane.left() + 3, band_top), QPointF(lane.right() - 3, band_bottom))
    assert set(session.scene.selected_card_ids()) >= {c.id for c in data}
    count = session.stack.count()
    start = session.scene.cards[data[0].id].body_rect().center()
    mouse_drag(view, start, start + QPointF(0, 130))
    assert session.stack.count() == count + 1
    for card in data:
        assert session.document.strategy.cards[card.id].y == card.y + 130
    scene_agrees(session)
    session.stack.undo()
    for card in data:
        assert session.document.strategy.cards[card.id] == card


def test_arrange_lane_tidies_in_one_step(harness) -> None:  # type: ignore[no-untyped-def]
    from models.layout import slot_position

    session = harness.session
    card = next(c for c in session.document.strategy.cards.values() if c.phase is Phase.DATA)
    session.editor.nudge([card.id], 1, 1)
    count = session.stack.count()
    session.editor.arrange_lane(Phase.DATA)
    assert session.stack.count() == count + 1
    lane = sorted(
        (c for c in session.document.strategy.cards.values() if c.phase is Phase.DATA),
        key=lambda c: c.y,
    )
    assert [(c.x, c.y) for c in lane] == [slot_position(Phase.DATA, i) for i in range(len(lane))]


def test_lane_under_a_drag_is_marked_and_cleared(harness) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent
    from PySide6.QtWidgets import QApplication

    session = harness.session
    view = harness.workbench.view
    key = next(iter(harness.workbench.library.catalog))
    mime = _catalog_mime(harness, key)
    point = _lane_point(session, Phase.DEPLOY)
    pos: QPoint = view.mapFromScene(point)
    actions, button = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton
    modifiers = Qt.KeyboardModifier.NoModifier
    QApplication.sendEvent(view.viewport(), QDragEnterEvent(pos, actions, mime, button, modifiers))
    QApplication.sendEvent(view.viewport(), QDragMoveEvent(pos, actions, mime, button, modifiers))
    lane = session.scene.lanes[Phase.DEPLOY]
    assert lane.pen().widthF() > session.scene.lanes[Phase.DATA].pen().widthF()
    drop_mime(view, mime, point)
    assert lane.pen().widthF() == session.scene.lanes[Phase.DATA].pen().widthF()


def test_ctrl_wheel_zooms_and_plain_wheel_does_not(harness) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    view = harness.workbench.view
    view.set_zoom(1.0)

    def wheel(modifiers: Qt.KeyboardModifier) -> None:
        centre = QPointF(view.viewport().rect().center())
        event = QWheelEvent(
            centre,
            QPointF(view.viewport().mapToGlobal(centre.toPoint())),
            QPoint(0, 0),
            QPoint(0, 120),
            Qt.MouseButton.NoButton,
            modifiers,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(view.viewport(), event)

    wheel(Qt.KeyboardModifier.ControlModifier)
    assert view.zoom > 1.0
    zoomed = view.zoom
    wheel(Qt.KeyboardModifier.NoModifier)
    assert view.zoom == zoomed
