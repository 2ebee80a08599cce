"""The language exports are written in: a choice made at export time, the interface's by default.

A team may present in French while the facilitator's window speaks English. The
choice is one setting (``export/language``; empty means "the interface's") shown
in two places that stay in step: File › Export language in the main window and
a list beside the report buttons of the facilitator window. Every export the GUI
writes — deck, full plan, Markdown, action list, facilitator report, scores,
reflection papers — reads it when the user asks for the file, and the save
dialog's title and suggested file name say the language when it is not the
interface's.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QComboBox, QMenu, QWidget

from app.i18n import LANGUAGES, interface_language, normalise, translate

SETTING = "export/language"


class _Hub(QObject):
    """Tells every menu and list showing the choice that it changed."""

    changed = Signal(str)


_hubs: list[_Hub] = []


def hub() -> _Hub:
    """The one notifier of the running app."""
    if not _hubs:
        _hubs.append(_Hub(QCoreApplication.instance()))
    return _hubs[0]


def export_language() -> str:
    """The language the next export is written in."""
    saved = normalise(str(QSettings().value(SETTING, "") or ""))
    return saved or interface_language()


def set_export_language(code: str) -> None:
    """Write exports in ``code`` from now on (the interface's language: follow the interface).

    Raises:
        ValueError: the app has no such language.
    """
    found = normalise(code)
    if found is None:
        raise ValueError(f"no language {code!r}")
    QSettings().setValue(SETTING, "" if found == interface_language() else found)
    hub().changed.emit(found)


def in_other_language() -> bool:
    """Whether exports are written in a language other than the interface's."""
    return export_language() != interface_language()


def titled(title: str) -> str:
    """A save dialog's title, naming the export language when it is not the interface's."""
    if not in_other_language():
        return title
    return translate("exporting", "{title} — {language}").format(
        title=title, language=LANGUAGES[export_language()]
    )


def stem_for(stem: str) -> str:
    """A suggested file name stem, ending in ``-fr`` (say) when not in the interface's language."""
    return f"{stem}-{export_language()}" if in_other_language() else stem


class ExportLanguageMenu(QMenu):
    """File › Export language: each language named in itself, the current one ticked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("exporting", "Export lan&guage"), parent)
        self.setObjectName("export_language_menu")
        group = QActionGroup(self)
        group.setExclusive(True)
        self.choices: dict[str, QAction] = {}
        for code, name in LANGUAGES.items():
            action = QAction(name, self)  # each language named in itself, never translated
            action.setObjectName(f"export_language_{code}")
            action.setCheckable(True)
            action.setToolTip(
                translate("exporting", "Write exports in {language}").format(language=name)
            )
            action.triggered.connect(partial(_chosen, code))
            group.addAction(action)
            self.addAction(action)
            self.choices[code] = action
        self.tick()
        self.aboutToShow.connect(self.tick)
        hub().changed.connect(self.tick)  # a bound slot: disconnected when the menu goes

    def tick(self, _code: str = "") -> None:
        """Tick the current export language."""
        current = export_language()
        for code, action in self.choices.items():
            action.setChecked(code == current)


def _chosen(code: str, _checked: bool = True) -> None:
    set_export_language(code)


class ExportLanguageCombo(QComboBox):
    """A list of the languages beside a window's export buttons, in step with the menu."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("export_language")
        self.setAccessibleName(translate("exporting", "Export language"))
        self.setToolTip(translate("exporting", "The language the exported files are written in"))
        for code, name in LANGUAGES.items():
            self.addItem(name, code)
        self.show_language(export_language())
        self.currentIndexChanged.connect(self._picked)
        hub().changed.connect(self.show_language)

    def show_language(self, code: str) -> None:
        """Show ``code`` as chosen (without choosing it again)."""
        index = self.findData(code)
        if index >= 0 and index != self.currentIndex():
            self.blockSignals(True)
            self.setCurrentIndex(index)
            self.blockSignals(False)

    def _picked(self, index: int) -> None:
        set_export_language(str(self.itemData(index)))
