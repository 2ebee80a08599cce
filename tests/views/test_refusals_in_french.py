"""A refused edit is explained in the window's language: models' domain errors speak French."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from tests.views.conftest import Harness
from tests.views.layout_helpers import interface_language


@pytest.fixture
def french(qapp: QApplication) -> Iterator[str]:
    """The interface in French for one test (then English again)."""
    with interface_language("fr") as code:
        yield code


def test_a_link_to_itself_is_refused_in_french_in_a_french_window(
    french: str, qtbot: Any, db_path: Path
) -> None:
    harness = Harness(qtbot, db_path)
    try:
        session = harness.session
        card = next(iter(session.document.strategy.cards))
        before = dict(session.document.strategy.links)
        assert session.editor.link_cards(card, card) is None
        message = harness.window.statusBar().currentMessage()
        assert message == "Une carte ne peut pas être liée à elle-même."
        assert "cannot be linked" not in message and "Value error" not in message
        assert session.document.strategy.links == before
    finally:
        harness.close()


def test_a_second_link_the_same_way_is_refused_in_french(
    french: str, qtbot: Any, db_path: Path
) -> None:
    harness = Harness(qtbot, db_path)
    try:
        session = harness.session
        link = next(iter(session.document.strategy.links.values()))
        count = len(session.document.strategy.links)
        assert session.editor.link_cards(link.source, link.target) is None
        message = harness.window.statusBar().currentMessage()
        assert message == "Ces deux cartes sont déjà liées dans ce sens."
        assert len(session.document.strategy.links) == count
    finally:
        harness.close()


def test_the_same_refusal_reads_in_english_in_an_english_window(harness: Harness) -> None:
    card = next(iter(harness.session.document.strategy.cards))
    assert harness.session.editor.link_cards(card, card) is None
    assert harness.window.statusBar().currentMessage() == "A card cannot be linked to itself."
