"""Copied cards on the clipboard: the strict reader behind Edit › Paste.

The clipboard is input like any file: another program can put anything under
our MIME type. ``read_pasted`` parses it with the strict JSON reader (bounded
size, depth and numbers), then checks the shape — a ``format`` this app
writes, lists of cards and links, at most ``MAX_PASTE_CARDS`` cards, unique
card ids, links only between pasted cards and at most one per pair — and
validates every card and link with the models. Anything else is one
``PasteError`` saying where (``cards[3].title``) and why; nothing reaches
the document.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from app.exchange.checks import json_path
from app.i18n import grouped, translate
from app.reading.errors import InputError
from app.reading.limits import CLIPBOARD
from app.reading.strict_json import parse_json
from models.errors import bare, validation_message
from models.strategy import Card, Link

CARDS_FORMAT = "mlops-canvas-cards/1"
"""The ``format`` member of copied cards (bumped if the layout ever changes)."""
MAX_PASTE_CARDS = 500
"""The most cards one paste brings in (a whole large strategy; more is not a copy of ours)."""
MAX_PASTE_LINKS = 2_000
"""The most links one paste brings in."""
_MEMBERS = frozenset({"format", "cards", "links"})


class PasteError(ValueError):
    """The clipboard data was refused; ``where`` is the JSON path ("" for the whole)."""

    def __init__(self, reason: str, where: str = "") -> None:
        text = reason
        if where:
            text = translate("errors-exchange", "{where}: {reason}").format(
                where=where, reason=reason
            )
        super().__init__(text)
        self.reason = reason
        self.where = where


@dataclass(frozen=True)
class Pasted:
    """Cards and the links among them, validated, as copied (ids are replaced on insert)."""

    cards: tuple[Card, ...]
    links: tuple[Link, ...]


def pasted_bytes(cards: Sequence[Card], links: Sequence[Link]) -> bytes:
    """What a copy puts on the clipboard: UTF-8 JSON under ``CARDS_FORMAT``."""
    payload = {
        "format": CARDS_FORMAT,
        "cards": [card.model_dump(mode="json") for card in cards],
        "links": [link.model_dump(mode="json") for link in links],
    }
    return json.dumps(payload, ensure_ascii=False).encode("utf-8")


def read_pasted(raw: bytes) -> Pasted:
    """The cards and links in clipboard bytes, or one ``PasteError``.

    Raises:
        PasteError: the bytes are not copied cards of this app, are too large,
            or hold an invalid card or link (the message says which).
    """
    try:
        payload = parse_json(raw, CLIPBOARD)
    except InputError as err:
        raise PasteError(err.reason, err.where) from None
    if not isinstance(payload, dict) or payload.get("format") != CARDS_FORMAT:
        raise PasteError(
            translate("errors-exchange", "not cards copied from this version of the app")
        )
    extra = sorted(set(payload) - _MEMBERS)
    if extra:
        raise PasteError(
            translate("errors-exchange", "unexpected member '{name}'").format(name=bare(extra[0]))
        )
    cards_raw = _list(payload, "cards", MAX_PASTE_CARDS)
    links_raw = _list(payload, "links", MAX_PASTE_LINKS)
    if not cards_raw:
        raise PasteError(translate("errors-exchange", "holds no cards"))
    cards = tuple(_validated(Card, item, ("cards", i)) for i, item in enumerate(cards_raw))
    ids: set[str] = set()
    for i, card in enumerate(cards):
        if card.id in ids:
            raise PasteError(
                translate("errors-exchange", "the card id '{id}' appears twice").format(
                    id=bare(card.id)
                ),
                json_path(("cards", i, "id")),
            )
        ids.add(card.id)
    links = tuple(_validated(Link, item, ("links", i)) for i, item in enumerate(links_raw))
    pairs: set[tuple[str, str]] = set()
    for i, link in enumerate(links):
        for end in ("source", "target"):
            if getattr(link, end) not in ids:
                raise PasteError(
                    translate("errors-exchange", "links a card that is not among the pasted ones"),
                    f"links[{i}].{end}",
                )
        if (link.source, link.target) in pairs:
            raise PasteError(
                translate("errors-exchange", "these two cards are already linked that way"),
                f"links[{i}]",
            )
        pairs.add((link.source, link.target))
    return Pasted(cards=cards, links=links)


def _list(payload: dict[str, Any], member: str, most: int) -> list[Any]:
    value = payload.get(member, [])
    if not isinstance(value, list):
        raise PasteError(translate("errors-exchange", "must be a list"), member)
    if len(value) > most:
        raise PasteError(
            translate(
                "errors-exchange", "{count} items; one paste brings in at most {most}"
            ).format(count=grouped(len(value)), most=grouped(most)),
            member,
        )
    return value


def _validated(model: type[Card] | type[Link], item: Any, at: tuple[str, int]) -> Any:
    try:
        return model.model_validate(item)
    except ValidationError as err:
        first = err.errors(include_url=False)[0]
        raise PasteError(validation_message(first), json_path((*at, *first["loc"]))) from None
