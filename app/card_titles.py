"""Card titles in an export's language: the catalog's words follow the language, the team's stay.

A card dropped from the palette keeps the catalog entry's title in the language
the window spoke at the time. Exported in another language, a card whose title
is still its catalog entry's title in *some* language is shown with that entry's
title in the export's language; a title the team wrote or edited is theirs and
stays as written (so is every note). Nothing stored changes: the export works on
its own copy of the strategy.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache

from app.i18n import LANGUAGES
from models.strategy import Strategy


@cache
def shipped_titles(lang: str) -> Mapping[str, str]:
    """Catalog key → title of the shipped catalog in ``lang`` (loaded once per language).

    Raises:
        ContentError: the shipped catalog cannot be read in that language.
    """
    from app.resources import load_library

    return {key: entry.title for key, entry in load_library(lang=lang).catalog.items()}


def titles_in(
    strategy: Strategy,
    titles: Mapping[str, str],
    known: Mapping[str, Mapping[str, str]] | None = None,
) -> Strategy:
    """``strategy`` with its catalog-worded card titles in the language of ``titles``.

    Args:
        strategy: the strategy as stored (not changed).
        titles: catalog key → title in the export's language.
        known: catalog key → title in each language a card may have been titled in
            (default: the shipped catalog in every language of the app).

    Returns:
        ``strategy`` itself when no title changes, else a copy with those cards' titles.
    """
    keyed = [card for card in strategy.cards.values() if card.catalog_key in titles]
    if not keyed:
        return strategy
    languages = known if known is not None else {code: shipped_titles(code) for code in LANGUAGES}
    cards = dict(strategy.cards)
    changed = False
    for card in keyed:
        key = card.catalog_key
        assert key is not None
        wanted = titles[key]
        if card.title == wanted:
            continue
        if any(words.get(key) == card.title for words in languages.values()):
            cards[card.id] = card.model_copy(update={"title": wanted})
            changed = True
    return strategy.model_copy(update={"cards": cards}) if changed else strategy
