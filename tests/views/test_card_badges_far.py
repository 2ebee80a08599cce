"""Finding badges stay visible when a fitted board is drawn without owner and status."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QGraphicsScene

from models.phases import Phase
from models.strategy import Card
from views.items.card_item import DETAIL_LOD, FULL_LOD, Badge, CardItem
from views.theme import Theme


def _render(item: CardItem, scale: float) -> QImage:
    scene = QGraphicsScene()
    scene.addItem(item)
    source = item.sceneBoundingRect().adjusted(-4, -4, 4, 4)
    image = QImage(
        int(source.width() * scale) + 1,
        int(source.height() * scale) + 1,
        QImage.Format.Format_ARGB32,
    )
    image.fill(QColor("#FFFFFF"))
    painter = QPainter(image)
    scene.render(painter, QRectF(image.rect()), source)
    painter.end()
    scene.removeItem(item)
    return image


def test_badges_are_drawn_below_full_detail(qtbot) -> None:  # type: ignore[no-untyped-def]
    scale = (DETAIL_LOD + FULL_LOD) / 2  # the zoom of a fitted board on a projector
    card = Card(title="Drift detection", phase=Phase.MONITOR)
    plain = CardItem(card, Theme())
    badged = CardItem(card, Theme())
    badged.set_badges((Badge("!", "#D55E00", "1 error"),))
    assert _render(plain, scale) != _render(badged, scale)
