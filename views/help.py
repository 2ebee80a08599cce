"""The Help menu: the user and facilitator guides, keyboard shortcuts, and About.

``install_help(workbench)`` adds the menu last, after every other controller
has added its menus, so the shortcuts table lists them all. The guides are
read from ``resources/help`` (shipped with the app), so help works offline.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Qt, qVersion
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMenu

from app.about import (
    LICENSE_NAME,
    app_version,
    license_text,
    locations,
    pack_lines,
    runtime_line,
)
from app.i18n import translate
from app.logs import LOG_FILENAME, current_log_file
from app.resources import ContentError, read_guide
from views.dialogs.about import AboutDialog, AboutFacts
from views.dialogs.guide import GuideDialog
from views.dialogs.shortcuts import ShortcutsDialog
from views.screen_fit import fit_to_screen

if TYPE_CHECKING:
    from views.workbench import Workbench


class HelpController(QObject):
    """Opens the help windows (one of each, raised again when asked twice)."""

    def __init__(self, wb: Workbench) -> None:
        super().__init__(wb)
        self.wb = wb
        self.dialogs: dict[str, QDialog] = {}

    def _show(self, dialog: QDialog) -> QDialog:
        # Un-minimise and activate to bring it forward, as the facilitator window does
        # (raise_() is refused by some platforms, the headless one among them).
        dialog.setWindowState(dialog.windowState() & ~Qt.WindowState.WindowMinimized)
        fit_to_screen(dialog)  # a guide is tall: on a 1366×768 screen it must still fit
        dialog.show()
        dialog.activateWindow()
        return dialog

    def show_guide(self, key: str) -> QDialog | None:
        """Open the ``"user"`` or ``"facilitator"`` guide; None if its file is missing."""
        name = f"{key}_guide"
        if name in self.dialogs:
            return self._show(self.dialogs[name])
        titles = {
            "user": translate("help", "User guide"),
            "facilitator": translate("help", "Facilitator guide"),
        }
        try:
            text = read_guide(key)
        except ContentError as err:
            self.wb.report_error(translate("help", "Help is missing"), str(err))
            return None
        dialog = GuideDialog(titles[key], text, name, self.wb.window)
        self.dialogs[name] = dialog
        return self._show(dialog)

    def show_shortcuts(self) -> QDialog:
        """Open the keyboard shortcuts table (rebuilt each time: menus can change)."""
        old = self.dialogs.pop("shortcuts", None)
        if old is not None:
            old.close()
            old.deleteLater()
        dialog = ShortcutsDialog(self.wb.window.menuBar(), self.wb.window)
        self.dialogs["shortcuts"] = dialog
        return self._show(dialog)

    def about_facts(self) -> AboutFacts:
        """What About shows, as things stand now."""
        wb = self.wb
        where = locations()
        checking = getattr(wb, "checking", None)
        packs = (
            tuple(pack_lines(checking.packs.packs.values(), checking.packs.integrity))
            if checking is not None
            else ()
        )
        log_file = current_log_file() or where.logs / LOG_FILENAME
        return AboutFacts(
            version=app_version(),
            runtime=f"{runtime_line(translated=True)}, Qt {qVersion()}",
            content_version=wb.library.version if wb.library is not None else "—",
            packs=packs,
            license_name=translate("help", "Apache License 2.0 ({spdx})").format(spdx=LICENSE_NAME),
            data_folder=str(where.data),
            database=wb.store.location if wb.store is not None else where.database,
            settings_file=QSettings().fileName(),
            log_file=str(log_file),
            content_folder=str(where.content),
        )

    def show_about(self) -> QDialog:
        """Open the About box (rebuilt each time: the database or packs may have changed)."""
        old = self.dialogs.pop("about", None)
        if old is not None:
            old.close()
            old.deleteLater()
        dialog = AboutDialog(self.about_facts(), license_text(), self.wb.window)
        self.dialogs["about"] = dialog
        return self._show(dialog)


def install_help(wb: Workbench) -> HelpController:
    """Add the Help menu (last in the menu bar) and its actions to ``wb.actions``."""
    controller = HelpController(wb)
    menu = QMenu(translate("help", "&Help"), wb.window)
    menu.setObjectName("help_menu")
    wb.window.menuBar().addMenu(menu)
    entries = (
        (
            "user_guide",
            translate("help", "&User guide"),
            lambda: controller.show_guide("user"),
            QKeySequence(QKeySequence.StandardKey.HelpContents),
        ),
        (
            "facilitator_guide",
            translate("help", "&Facilitator guide"),
            lambda: controller.show_guide("facilitator"),
            None,
        ),
        (
            "shortcuts",
            translate("help", "&Keyboard shortcuts"),
            controller.show_shortcuts,
            "Ctrl+/",
        ),
        (None, None, None, None),
        ("about", translate("help", "&About MLOps Lifecycle Canvas"), controller.show_about, None),
    )
    for name, text, slot, keys in entries:
        if name is None or text is None or slot is None:
            menu.addSeparator()
            continue
        action = QAction(text, wb.window)
        action.setObjectName(name)
        if keys is not None:
            action.setShortcut(QKeySequence(keys))
        action.triggered.connect(lambda _checked=False, s=slot: s())
        wb.window.addAction(action)
        menu.addAction(action)
        wb.actions[name] = action
    return controller
