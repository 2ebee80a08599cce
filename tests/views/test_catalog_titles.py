"""Card › Catalog titles in this language: one undoable step; edited titles kept; offered."""

from __future__ import annotations

from app.resources import load_library
from tests.views.conftest import Harness


def test_catalog_titles_in_another_language_come_back_in_one_undoable_step(
    harness: Harness,
) -> None:
    session = harness.session
    strategy = session.document.strategy
    french = load_library(lang="fr").catalog
    placed = [
        c
        for c in strategy.cards.values()
        if c.catalog_key in french and french[c.catalog_key].title != c.title
    ]
    assert len(placed) >= 2
    first, second = placed[0], placed[1]
    english_title = first.title
    # As if placed from a French palette; the second is a title the team edited.
    session.editor.update_card(first.id, title=french[first.catalog_key or ""].title)
    session.editor.update_card(second.id, title="Our own wording")
    harness.workbench.offer_catalog_titles(session)
    message = harness.window.statusBar().currentMessage()
    assert "1 card carries the catalog's title in another language" in message
    depth = session.stack.count()
    harness.workbench.actions["catalog_titles"].trigger()
    cards = session.document.strategy.cards
    assert cards[first.id].title == english_title
    assert cards[second.id].title == "Our own wording"
    assert session.stack.count() == depth + 1
    assert "1 card now has the catalog's title." in harness.window.statusBar().currentMessage()
    session.stack.undo()
    assert session.document.strategy.cards[first.id].title == french[first.catalog_key or ""].title
    harness.workbench.actions["catalog_titles"].trigger()
    harness.workbench.actions["catalog_titles"].trigger()
    assert "already has its title" in harness.window.statusBar().currentMessage()


def test_opening_a_board_worded_in_the_window_s_language_reads_no_library_again(
    harness: Harness,
) -> None:
    from app import resources

    resources._installed.cache_clear()
    harness.workbench.offer_catalog_titles(harness.session)
    assert resources._installed.cache_info().currsize == 0
