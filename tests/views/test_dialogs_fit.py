"""Every dialog fits a 1366×768 screen (at 100 % and at 200 % font scale): its smallest
size leaves room for a window manager's title bar, so no button is out of reach."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QDialog

from models.phases import Phase
from models.review import Agenda
from tests.views.conftest import Harness
from views.screen_fit import FRAME_ALLOWANCE, fit_to_screen

LAPTOP = QRect(0, 0, 1366, 768)


def _dialogs(harness: Harness) -> list[QDialog]:
    from views.dialogs.choose import LinkDialog, PhaseDialog
    from views.dialogs.crosswalk import CrosswalkDialog
    from views.dialogs.custom_card import CustomCardDialog
    from views.dialogs.workshop import NewStrategyDialog, TeamsDialog, WorkshopDialog
    from views.facilitator.setup import AgendaDialog

    wb = harness.workbench
    assert wb.library is not None and wb.workshop is not None
    strategy = harness.session.document.strategy
    parent = harness.window
    return [
        PhaseDialog("Place card", "A card", Phase.DATA, parent),
        LinkDialog(strategy, next(iter(strategy.cards)), parent),
        CustomCardDialog(wb.library.capabilities, Phase.DATA, parent),
        WorkshopDialog(parent),
        TeamsDialog(wb.workshop, parent),
        NewStrategyDialog(wb.workshop.teams, list(wb.library.scenarios.values()), parent),
        AgendaDialog(Agenda.default(), parent),
        CrosswalkDialog(wb.checking.packs, wb.library.capabilities, strategy, parent),
    ]


@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_every_dialog_fits_a_laptop_screen(harness: Harness, scale: float, qtbot: Any) -> None:
    harness.workbench.set_font_scale(scale)
    QApplication.processEvents()
    room = LAPTOP.height() - FRAME_ALLOWANCE
    for dialog in _dialogs(harness):
        dialog.adjustSize()
        fit_to_screen(dialog, LAPTOP)
        name = type(dialog).__name__
        assert dialog.minimumSizeHint().width() <= LAPTOP.width(), name
        assert dialog.minimumSizeHint().height() <= room, (name, dialog.minimumSizeHint())
        assert dialog.width() <= LAPTOP.width() and dialog.height() <= room, name
        dialog.deleteLater()
    harness.workbench.set_font_scale(1.0)


def test_the_help_windows_fit_a_laptop_screen(harness: Harness) -> None:
    help_ = harness.workbench.help
    for key in ("user", "facilitator"):
        dialog = help_.show_guide(key)
        assert dialog is not None
        screen = dialog.screen().availableGeometry()
        assert dialog.height() <= screen.height() - FRAME_ALLOWANCE, key
        dialog.close()
