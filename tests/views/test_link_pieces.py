"""A long link that follows a moving card is drawn in pieces that trace the same curve."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from app.document import Document
from bench.workload import make_strategy
from views.canvas.scene import CanvasScene
from views.items.link_item import PIECE_LENGTH, LinkItem
from views.theme import Theme

_NO_CONTENTS = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents


def _board() -> CanvasScene:
    scene = CanvasScene()
    scene.set_document(Document(make_strategy(60, seed=5)))
    return scene


def _longest(scene: CanvasScene, *, against: bool = False) -> LinkItem:
    links = [link for link in scene.links.values() if link.against is against]
    return max(links, key=lambda link: link.path().length())


def _nudge(link: LinkItem) -> None:
    card = link.source
    card.setPos(card.pos() + QPointF(10, 10))


def _pieces(link: LinkItem) -> list[QGraphicsItem]:
    return [
        child
        for child in link.childItems()
        if child.isVisible()
        and child.flags() & QGraphicsItem.GraphicsItemFlag.ItemStacksBehindParent
    ]


def test_building_a_board_draws_every_link_whole(qtbot) -> None:  # type: ignore[no-untyped-def]
    scene = _board()
    assert all(link.piece_count == 0 for link in scene.links.values())
    assert not any(link.flags() & _NO_CONTENTS for link in scene.links.values())


def test_a_theme_switch_draws_links_whole_and_pieces_follow_the_new_pen(qtbot) -> None:  # type: ignore[no-untyped-def]
    scene = _board()
    link = _longest(scene)
    _nudge(link)
    scene.apply_theme(Theme(high_contrast=True))
    assert link.piece_count > 0
    assert all(piece.pen() == link.pen() for piece in _pieces(link))  # type: ignore[attr-defined]
    others = [item for item in scene.links.values() if item not in link.source.links]
    assert all(item.piece_count == 0 for item in others)


def test_a_long_link_that_follows_a_move_is_pieces_of_the_same_curve(qtbot) -> None:  # type: ignore[no-untyped-def]
    scene = _board()
    link = _longest(scene)
    assert link.path().length() > 3 * PIECE_LENGTH
    _nudge(link)
    pieces = _pieces(link)
    assert link.piece_count == len(pieces) >= 3
    assert link.flags() & _NO_CONTENTS
    whole = link.path()
    assert pieces[0].path().pointAtPercent(0.0) == whole.pointAtPercent(0.0)  # type: ignore[attr-defined]
    assert pieces[-1].path().pointAtPercent(1.0) == whole.pointAtPercent(1.0)  # type: ignore[attr-defined]
    for before, after in itertools.pairwise(pieces):
        gap = before.path().pointAtPercent(1.0) - after.path().pointAtPercent(0.0)  # type: ignore[attr-defined]
        assert abs(gap.x()) + abs(gap.y()) < 1e-6
    assert all(piece.pen() == link.pen() for piece in pieces)  # type: ignore[attr-defined]
    # Every piece lies along the whole curve: its middle is on it.
    samples = [whole.pointAtPercent(i / 4000) for i in range(4001)]
    for piece in pieces:
        middle = piece.path().pointAtPercent(0.5)  # type: ignore[attr-defined]
        assert min((p - middle).manhattanLength() for p in samples) < 1.0


def test_selected_and_dashed_links_are_drawn_whole(qtbot) -> None:  # type: ignore[no-untyped-def]
    scene = _board()
    link = _longest(scene)
    _nudge(link)
    assert link.piece_count > 0
    link.setSelected(True)
    assert link.piece_count == 0 and not link.flags() & _NO_CONTENTS
    assert not _pieces(link)
    link.setSelected(False)
    assert link.piece_count > 0
    assert all(piece.pen() == link.pen() for piece in _pieces(link))  # type: ignore[attr-defined]
    against = [link for link in scene.links.values() if link.against]
    for item in against:
        _nudge(item)
        assert item.piece_count == 0


def _render(item_scene: QGraphicsScene, rect: QRectF) -> QImage:
    image = QImage(int(rect.width()), int(rect.height()), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("#FFFFFF"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    item_scene.render(painter, QRectF(image.rect()), rect)
    painter.end()
    return image


def test_pieces_look_like_the_whole_path(qtbot) -> None:  # type: ignore[no-untyped-def]
    scene = _board()
    link = _longest(scene)
    _nudge(link)
    assert link.piece_count >= 3
    pieces = set(_pieces(link))
    for item in scene.items():
        if item is not link and item not in pieces:
            item.hide()
    plain = QGraphicsScene()
    reference = plain.addPath(link.path(), link.pen())
    rect = reference.sceneBoundingRect().adjusted(-4, -4, 4, 4)
    drawn, whole = _render(scene, rect), _render(plain, rect)
    inked = strong = 0
    for y in range(whole.height()):
        for x in range(whole.width()):
            a, b = QColor(whole.pixel(x, y)), QColor(drawn.pixel(x, y))
            if a.lightness() < 200:
                inked += 1
            if (
                max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue()))
                > 64
            ):
                strong += 1
    assert inked > 100
    assert strong <= inked // 100  # antialiasing at the joins only
