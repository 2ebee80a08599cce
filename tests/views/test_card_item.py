"""A card lays out its text when first drawn, not when the board is built."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter

from app.document import Document
from bench.workload import make_strategy
from views.canvas.scene import CanvasScene


def _render(scene: CanvasScene, source: QRectF) -> None:
    image = QImage(800, 450, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    try:
        scene.render(painter, QRectF(image.rect()), source)
    finally:
        painter.end()


def test_text_is_laid_out_for_the_cards_drawn_and_again_after_an_edit(qapp) -> None:  # type: ignore[no-untyped-def]
    scene = CanvasScene()
    document = Document(make_strategy(40, seed=3))
    scene.set_document(document)
    items = list(scene.cards.values())
    assert not any(item._laid_out for item in items)  # building the board wrapped no title
    first = items[0]
    _render(scene, first.sceneBoundingRect())  # 100 %: the card's text is drawn
    assert first._laid_out and first._title_lines
    assert " ".join(first._title_lines).split()[0] == first.card.title.split()[0]
    assert not all(item._laid_out for item in items)
    first.set_card(first.card.model_copy(update={"title": "Renamed"}))
    assert not first._laid_out
    _render(scene, first.sceneBoundingRect())
    assert first._title_lines == ["Renamed"]
