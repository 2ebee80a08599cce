"""The crosswalk dialog on the shipped packs and the demo strategy."""

from __future__ import annotations

import pytest
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from app.checker import PackSet, load_packs
from app.checker.crosswalk import crosswalk_table
from app.demo import build_demo
from app.resources import ContentLibrary
from models.strategy import Strategy
from tests.views.a11y_helpers import unnamed_widgets
from views.dialogs.crosswalk import CrosswalkDialog


def _text(dialog: CrosswalkDialog, row: int, column: int) -> str:
    item = dialog.table.item(row, column)
    assert item is not None
    return item.text()


@pytest.fixture(scope="module")
def packs(library: ContentLibrary) -> PackSet:
    return load_packs(capabilities=library.capabilities)


@pytest.fixture(scope="module")
def aurora(library: ContentLibrary) -> Strategy:
    return build_demo(library).strategies[0]


@pytest.fixture
def dialog(
    qtbot: QtBot, packs: PackSet, library: ContentLibrary, aurora: Strategy
) -> CrosswalkDialog:
    widget = CrosswalkDialog(packs, library.capabilities, aurora)
    qtbot.addWidget(widget)
    with qtbot.waitExposed(widget):
        widget.show()
    return widget


def test_rows_are_every_capability_a_rule_names(dialog: CrosswalkDialog, packs: PackSet) -> None:
    expected = crosswalk_table(packs.packs)
    assert sorted(dialog.visible_capabilities()) == sorted(expected)
    assert dialog.table.columnCount() == 3 + len(packs.packs)


def test_a_dpia_counts_for_several_packs_with_their_citations(dialog: CrosswalkDialog) -> None:
    assert "Art. 35(3)(a)" in dialog.cell_text("dpia", "gdpr")
    assert "Art. 26(9)" in dialog.cell_text("dpia", "eu-ai-act")
    table = crosswalk_table(dialog._packs)
    cap, pack = next((c, p) for c, cells in table.items() for p in dialog._packs if p not in cells)
    assert dialog.cell_text(cap, pack) == "—"
    # Sorted by how many packs a capability serves, most first.
    counts = [
        int(_text(dialog, r, 2))
        for r in range(dialog.table.rowCount())
        if not dialog.table.isRowHidden(r)
    ]
    assert counts == sorted(counts, reverse=True)


def test_strategy_column_and_lacking_filter(dialog: CrosswalkDialog, aurora: Strategy) -> None:
    provided = {c for card in aurora.cards.values() for c in card.capabilities}
    dialog.lacking.setChecked(True)
    shown = set(dialog.visible_capabilities())
    assert shown and not shown & provided
    dialog.lacking.setChecked(False)
    assert set(dialog.visible_capabilities()) & provided


def test_text_filter_and_selected_packs(dialog: CrosswalkDialog, aurora: Strategy) -> None:
    dialog.filter.setFocus()
    QTest.keyClicks(dialog.filter, "Art. 86")
    shown = dialog.visible_capabilities()
    assert shown
    assert all("Art. 86" in dialog.cell_text(cap, "eu-ai-act") for cap in shown)
    dialog.filter.clear()
    dialog.selected_only.setChecked(True)
    assert dialog.pack_keys() == sorted(aurora.packs, key=lambda k: dialog._packs[k].title)
    assert dialog.table.columnCount() == 3 + len(aurora.packs)


def test_every_visible_widget_has_an_accessible_name(dialog: CrosswalkDialog) -> None:
    assert unnamed_widgets(dialog) == []


def test_without_a_strategy_the_strategy_filters_are_off(
    qtbot: QtBot, packs: PackSet, library: ContentLibrary
) -> None:
    widget = CrosswalkDialog(packs, library.capabilities)
    qtbot.addWidget(widget)
    assert not widget.lacking.isEnabled() and not widget.selected_only.isEnabled()
    assert _text(widget, 0, 1) == "—"
