"""Card titles in an export's language: catalog wording follows it, the team's own stays."""

from __future__ import annotations

from app.card_titles import shipped_titles, titles_in
from models.phases import Phase
from models.strategy import Card, Strategy


def _strategy(*cards: Card) -> Strategy:
    return Strategy(workshop_id="w", scenario_key="s", name="Plan", cards={c.id: c for c in cards})


def test_a_catalog_worded_title_follows_the_export_language_both_ways() -> None:
    english, french = shipped_titles("en"), shipped_titles("fr")
    key = next(k for k in english if english[k] != french[k])
    dropped_in_english = Card(catalog_key=key, title=english[key], phase=Phase.DATA)
    dropped_in_french = Card(catalog_key=key, title=french[key], phase=Phase.DATA)
    stored = _strategy(dropped_in_english, dropped_in_french)
    shown = titles_in(stored, french)
    assert {c.title for c in shown.cards.values()} == {french[key]}
    assert {c.title for c in titles_in(stored, english).cards.values()} == {english[key]}
    # The stored strategy is not touched.
    assert stored.cards[dropped_in_english.id].title == english[key]


def test_a_title_the_team_wrote_stays_as_written() -> None:
    english, french = shipped_titles("en"), shipped_titles("fr")
    key = next(iter(english))
    edited = Card(catalog_key=key, title=english[key] + " (regional)", phase=Phase.DATA)
    custom = Card(title="Our own practice", phase=Phase.DATA)
    unknown = Card(catalog_key="no-such-entry", title="Kept", phase=Phase.DATA)
    stored = _strategy(edited, custom, unknown)
    assert titles_in(stored, french) is stored


def test_the_titles_known_can_be_given() -> None:
    card = Card(catalog_key="k", title="Vieux titre", phase=Phase.DATA)
    stored = _strategy(card)
    shown = titles_in(stored, {"k": "New title"}, known={"fr": {"k": "Vieux titre"}})
    assert shown.cards[card.id].title == "New title"
    assert titles_in(stored, {"k": "New title"}, known={"fr": {}}) is stored
