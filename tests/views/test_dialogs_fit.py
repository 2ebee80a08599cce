"""Every dialog fits a 1366×768 screen (at 100 % and at 200 % font scale, in English and
French): its smallest size leaves room for a window manager's title bar, so no button is
out of reach."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from tests.views.conftest import Harness
from tests.views.layout_helpers import LAPTOP, dialogs, interface_language, name_of
from views.screen_fit import FRAME_ALLOWANCE, fit_to_screen


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_every_dialog_fits_a_laptop_screen(
    scale: float, language: str, qtbot: Any, db_path: Path
) -> None:
    with interface_language(language):
        harness = Harness(qtbot, db_path)
        _fit_every_dialog(harness, scale)


def _fit_every_dialog(harness: Harness, scale: float) -> None:
    harness.workbench.set_font_scale(scale)
    QApplication.processEvents()
    room = LAPTOP.height() - FRAME_ALLOWANCE
    for dialog in dialogs(harness):
        dialog.adjustSize()
        fit_to_screen(dialog, LAPTOP)
        name = name_of(dialog)
        assert dialog.minimumSizeHint().width() <= LAPTOP.width(), name
        assert dialog.minimumSizeHint().height() <= room, (name, dialog.minimumSizeHint())
        assert dialog.width() <= LAPTOP.width() and dialog.height() <= room, name
        dialog.close()
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
