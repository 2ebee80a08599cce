"""Soak test: thousands of Python ``paint()`` calls must not crash the process.

PySide6-Essentials 6.12.0 on CPython 3.11 aborts ("Fatal Python error:
none_dealloc") after a few thousand calls of a Python paint override (see
shared/PERFORMANCE.md); pyproject pins ``<6.12``. This test renders a scene of
250 custom-painted cards 40 times (10,000 ``paint`` calls), so a careless
upgrade fails here instead of in a workshop.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter

from app.document import Document
from bench.workload import make_strategy
from views.canvas.scene import CanvasScene
from views.items.card_item import CardItem

CARDS = 250
RENDERS = 40


def test_scene_of_python_painted_items_survives_thousands_of_paints(qapp) -> None:  # type: ignore[no-untyped-def]
    scene = CanvasScene()
    scene.set_document(Document(make_strategy(CARDS, seed=7)))
    assert sum(isinstance(i, CardItem) for i in scene.items()) == CARDS
    painted = 0
    original = CardItem.paint

    def counting_paint(self, painter, option, widget=None) -> None:  # type: ignore[no-untyped-def]
        nonlocal painted
        painted += 1
        original(self, painter, option, widget)

    CardItem.paint = counting_paint  # type: ignore[method-assign]
    try:
        source = scene.itemsBoundingRect()
        image = QImage(1600, 900, QImage.Format.Format_ARGB32_Premultiplied)
        for index in range(RENDERS):
            image.fill(0xFFFFFFFF)
            painter = QPainter(image)
            # Alternate a fitted (level-of-detail) and a close-up (full detail) frame.
            target = QRectF(0, 0, 1600, 900)
            if index % 2:
                target = QRectF(0, 0, source.width(), source.height())
            scene.render(painter, target, source)
            painter.end()
    finally:
        CardItem.paint = original  # type: ignore[method-assign]
    assert painted >= CARDS * RENDERS
