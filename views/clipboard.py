"""Copy and paste of cards through the system clipboard, in our own MIME type.

Copied data is JSON (cards and the links among them) under ``CARDS_MIME``;
it can be pasted into any strategy, including another one. Anything else on
the clipboard — text, images, a 1 MB blob, JSON of another shape — is refused
with a message before it touches the document.
"""

from __future__ import annotations

import json

from pydantic import ValidationError
from PySide6.QtCore import QMimeData

from models.strategy import Card, Link, Strategy
from views.labels import tr
from views.mime import CARDS_FORMAT, CARDS_MIME, MAX_CLIPBOARD_BYTES


class ClipboardError(ValueError):
    """The clipboard holds nothing we can paste; the message says why."""


def encode(strategy: Strategy, card_ids: list[str]) -> QMimeData:
    """Clipboard data for these cards and the links among them (plus their titles as text)."""
    cards = [strategy.cards[c] for c in card_ids if c in strategy.cards]
    chosen = {c.id for c in cards}
    links = [lk for lk in strategy.links.values() if lk.source in chosen and lk.target in chosen]
    payload = {
        "format": CARDS_FORMAT,
        "cards": [c.model_dump(mode="json") for c in cards],
        "links": [lk.model_dump(mode="json") for lk in links],
    }
    data = QMimeData()
    data.setData(CARDS_MIME, json.dumps(payload, ensure_ascii=False).encode("utf-8"))
    data.setText("\n".join(c.title for c in cards))
    return data


def decode(data: QMimeData | None) -> tuple[list[Card], list[Link]]:
    """The cards and links in clipboard data.

    Raises:
        ClipboardError: the data is not ours, too large, or malformed.
    """
    if data is None or not data.hasFormat(CARDS_MIME):
        raise ClipboardError(
            tr("The clipboard holds no cards from this app, so nothing was pasted.", "clipboard")
        )
    raw = bytes(data.data(CARDS_MIME).data())
    if len(raw) > MAX_CLIPBOARD_BYTES:
        raise ClipboardError(tr("The copied cards are too large to paste.", "clipboard"))
    try:
        payload = json.loads(raw.decode("utf-8"))
        if not isinstance(payload, dict) or payload.get("format") != CARDS_FORMAT:
            raise ClipboardError(tr("The copied cards come from an unknown version.", "clipboard"))
        cards = [Card.model_validate(item) for item in payload.get("cards", [])]
        links = [Link.model_validate(item) for item in payload.get("links", [])]
    except (UnicodeDecodeError, json.JSONDecodeError, ValidationError, AttributeError) as err:
        raise ClipboardError(
            tr("The copied cards are damaged ({error}); nothing was pasted.", "clipboard").format(
                error=type(err).__name__
            )
        ) from None
    if not cards:
        raise ClipboardError(tr("The clipboard holds no cards.", "clipboard"))
    return cards, links
