"""Demo-like strategies for the facilitator widget tests."""

from __future__ import annotations

from app.demo import DemoBundle
from app.document import Document
from app.resources import ContentLibrary
from models.operations import AddCard, RemoveCard
from models.strategy import Strategy, new_id

DROPPED = ("drift-detection", "fria", "rollback-plan")
ADDED = "appeal-route"


def rival_strategy(demo: DemoBundle, library: ContentLibrary) -> Strategy:
    """Team Aurora's strategy as another team of the same scenario might have built it.

    The rival lacks three of Aurora's cards (drift detection, FRIA, rollback) and
    has one Aurora lacks (an appeal route), so the comparison has known answers.
    """
    aurora = demo.strategies[0]
    copy = aurora.model_copy(deep=True, update={"id": new_id(), "name": "Rival plan"})
    document = Document(copy)
    for card in list(copy.cards.values()):
        if card.catalog_key in DROPPED:
            links = tuple(
                lk for lk in document.strategy.links.values() if card.id in (lk.source, lk.target)
            )
            document.apply(RemoveCard(card=card, links=links))
    document.apply(AddCard(card=library.card_from_catalog(ADDED, 20, 400)))
    return document.strategy
