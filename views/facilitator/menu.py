"""The Facilitator menu, and the teams entries routed to the dialog that guards reviews.

Every entry is also in ``Workbench.actions`` under its name, as the main menus'
are, so tests and the command palette reach them the same way.
"""

from __future__ import annotations

import contextlib
import warnings
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from app.i18n import translate

if TYPE_CHECKING:
    from views.facilitating import FacilitatorTools


def install_menu(tools: FacilitatorTools) -> dict[str, QAction]:
    """Add the Facilitator menu to the main window; returns its actions by name."""
    wb = tools.wb
    menu = QMenu(translate("facilitator", "F&acilitator"), wb.window)
    menu.setObjectName("facilitator_menu")
    wb.window.menuBar().addMenu(menu)
    actions: dict[str, QAction] = {}
    entries = (
        (
            "facilitator",
            translate("facilitator", "&Facilitator window"),
            tools.show_window,
            "Ctrl+Shift+F",
        ),
        (
            "timer",
            translate("facilitator", "Agenda &timer"),
            lambda: tools.show_window("timer"),
            None,
        ),
        (
            "timer_full",
            translate("facilitator", "Timer f&ull screen"),
            tools.timer_full_screen,
            "Ctrl+Shift+T",
        ),
        ("agenda", translate("facilitator", "&Agenda…"), tools.edit_agenda, None),
        ("teams_members", translate("facilitator", "Teams and &members…"), tools.edit_teams, None),
        (
            "score",
            translate("facilitator", "&Score this strategy"),
            lambda: tools.show_window("rubric"),
            None,
        ),
        (
            "phase_reviews",
            translate("facilitator", "&Phase reviews"),
            lambda: tools.show_window("phases"),
            None,
        ),
        (
            "versions",
            translate("facilitator", "&Versions and replay"),
            lambda: tools.show_window("versions"),
            None,
        ),
        (
            "export_report",
            translate("facilitator", "Export facilitator &report (PDF)…"),
            tools.export_report,
            None,
        ),
        (
            "export_scores",
            translate("facilitator", "Export scores (&CSV)…"),
            tools.export_scores,
            None,
        ),
    )
    for name, text, slot, keys in entries:
        action = QAction(text, wb.window)
        action.setObjectName(name)
        if keys:
            action.setShortcut(QKeySequence(keys))
        action.triggered.connect(lambda _c=False, s=slot: s())
        wb.window.addAction(action)
        menu.addAction(action)
        actions[name] = action
    wb.actions.update(actions)
    return actions


def guard_team_edits(tools: FacilitatorTools) -> None:
    """Route File › Teams and the strategies panel's Teams button to the dialog that asks
    before removing a team with peer reviews and imports members from CSV."""
    wb = tools.wb
    teams = wb.actions.get("teams")
    # PySide warns (an error under -W error) when there is nothing to disconnect: the
    # workbench may one day wire these differently, and then the guard simply adds itself.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        if teams is not None:
            with contextlib.suppress(RuntimeError, SystemError):
                teams.triggered.disconnect()  # only the plain dialog's lambda is connected
        with contextlib.suppress(RuntimeError, SystemError):
            wb.strategies.edit_teams.disconnect(wb.edit_teams)
    if teams is not None:
        teams.triggered.connect(lambda _checked=False: tools.edit_teams())
    wb.strategies.edit_teams.connect(tools.edit_teams)
