"""Copy and paste of cards through the system clipboard, in our own MIME type.

Copied data is JSON (cards and the links among them) under ``CARDS_MIME``;
it can be pasted into any strategy, including another one. Whatever is on the
clipboard is read by the strict reader ``app.exchange.clipboard.read_pasted``
(bounded size, depth and numbers; every card and link validated): text,
images, a 1 MB blob, JSON of another shape or crafted data under our MIME type
are refused with one message before anything touches the document.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData

from app.exchange.clipboard import PasteError, pasted_bytes, read_pasted
from app.i18n import translate
from models.strategy import Card, Link, Strategy
from views.mime import CARDS_MIME, MAX_CLIPBOARD_BYTES


class ClipboardError(ValueError):
    """The clipboard holds nothing we can paste; the message says why."""


def encode(strategy: Strategy, card_ids: list[str]) -> QMimeData:
    """Clipboard data for these cards and the links among them (plus their titles as text)."""
    cards = [strategy.cards[c] for c in card_ids if c in strategy.cards]
    chosen = {c.id for c in cards}
    links = [lk for lk in strategy.links.values() if lk.source in chosen and lk.target in chosen]
    data = QMimeData()
    data.setData(CARDS_MIME, pasted_bytes(cards, links))
    data.setText("\n".join(c.title for c in cards))
    return data


def decode(data: QMimeData | None) -> tuple[list[Card], list[Link]]:
    """The cards and links in clipboard data.

    Raises:
        ClipboardError: the data is not ours, too large, or malformed.
    """
    if data is None or not data.hasFormat(CARDS_MIME):
        raise ClipboardError(
            translate(
                "clipboard", "The clipboard holds no cards from this app, so nothing was pasted."
            )
        )
    raw = bytes(data.data(CARDS_MIME).data())
    if len(raw) > MAX_CLIPBOARD_BYTES:
        raise ClipboardError(translate("clipboard", "The copied cards are too large to paste."))
    try:
        pasted = read_pasted(raw)
    except PasteError as err:
        raise ClipboardError(
            translate(
                "clipboard", "The copied cards were refused ({error}); nothing was pasted."
            ).format(error=err)
        ) from None
    return list(pasted.cards), list(pasted.links)
