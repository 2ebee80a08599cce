"""Far out, the board draws an overview instead of thousands of items; close in, the items."""

from __future__ import annotations

from app.document import Document
from bench.workload import make_strategy
from models.operations import MoveCard
from models.phases import Phase
from models.strategy import Placement
from views.canvas.scene import CanvasScene
from views.canvas.view import CanvasView


def test_overview_replaces_items_at_far_zoom_and_follows_edits(qtbot) -> None:  # type: ignore[no-untyped-def]
    document = Document(make_strategy(500, seed=3))
    scene = CanvasScene()
    scene.set_document(document)
    view = CanvasView(scene)
    qtbot.addWidget(view)
    view.resize(1600, 900)
    view.zoom_to_fit()
    assert scene.overview_on
    assert not any(item.isVisible() for item in scene.cards.values())
    assert not any(item.isVisible() for item in scene.links.values())
    blocks = scene.overview.blocks[Phase.DATA].path().elementCount()
    assert blocks > 0
    # An edit while far out redraws the overview (a card moved to another lane).
    card = next(c for c in document.strategy.cards.values() if c.phase is Phase.DATA)
    document.apply(
        MoveCard(card_id=card.id, before=card.placement, after=Placement(phase=Phase.DEPLOY))
    )
    assert scene.overview.blocks[Phase.DATA].path().elementCount() < blocks
    view.set_zoom(1.0)
    assert not scene.overview_on
    assert all(item.isVisible() for item in scene.cards.values())
    assert all(item.isVisible() for item in scene.links.values())
    assert not scene.overview.blocks[Phase.DATA].isVisible()
