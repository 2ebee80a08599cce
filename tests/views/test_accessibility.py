"""Every visible widget of the main window (and its dialogs) has an accessible name."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication, QDialog

from models.phases import Phase
from tests.views.a11y_helpers import unnamed_widgets


def test_every_visible_widget_of_the_main_window_has_an_accessible_name(harness) -> None:  # type: ignore[no-untyped-def]
    wb = harness.workbench
    card = next(iter(harness.session.document.strategy.cards))
    wb.view.focus_card(card)  # the inspector shows its card page
    for dock in wb.docks:
        dock.show()
        dock.raise_()
        QApplication.processEvents()  # the tab bars of tabbed panels are made while laying out
        missing = unnamed_widgets(harness.window)
        assert missing == [], (dock.objectName(), missing)
    link = next(iter(harness.session.document.strategy.links))
    harness.session.scene.clearSelection()
    harness.session.scene.links[link].setSelected(True)
    assert unnamed_widgets(harness.window) == []


def test_every_dialog_names_its_widgets(harness, qtbot) -> None:  # type: ignore[no-untyped-def]
    from views.dialogs.choose import LinkDialog, PhaseDialog
    from views.dialogs.custom_card import CustomCardDialog
    from views.dialogs.workshop import NewStrategyDialog, TeamsDialog, WorkshopDialog

    wb = harness.workbench
    strategy = harness.session.document.strategy
    dialogs: list[Any] = [
        PhaseDialog("Place card", "A card", Phase.DATA, harness.window),
        LinkDialog(strategy, next(iter(strategy.cards)), harness.window),
        CustomCardDialog(wb.library.capabilities, Phase.DATA, harness.window),
        WorkshopDialog(harness.window),
        TeamsDialog(wb.workshop, harness.window),
        NewStrategyDialog(wb.workshop.teams, list(wb.library.scenarios.values()), harness.window),
    ]
    for dialog in dialogs:
        assert isinstance(dialog, QDialog)
        with qtbot.waitExposed(dialog):
            dialog.show()
        assert unnamed_widgets(dialog) == [], type(dialog).__name__
        dialog.reject()
