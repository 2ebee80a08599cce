"""The interface language in Qt: one catalog for our strings, Qt's own for its dialogs.

``install`` picks the language (``--lang`` on the command line, else the
``view/language`` setting, else the system locale), tells ``app.i18n`` (which
every ``translate("context", "text")`` call in the views reads), and installs
two ``QTranslator``s: ``CatalogTranslator``, which answers Qt's own
``QCoreApplication.translate`` calls from the same ``.ts`` catalog, and
PySide6's ``qtbase_<lang>.qm`` for Qt's standard dialogs and buttons
(« Annuler », « Enregistrer »…).

A language chosen in View › Language takes effect at the next start (the
choice is saved at once and the user is told so): every widget sets its text
once when it is built, and a restart — which reopens the same workshop, layout
and strategy — is simpler and more reliable than re-translating every widget.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QSettings, QTranslator
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import (
    QApplication,
    QMenu,
    QMessageBox,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QWidget,
)

from app import i18n
from app.i18n import LANGUAGES, translate

LANGUAGE_KEY = "view/language"
"""The QSettings key of the language chosen in the View menu."""


class CatalogTranslator(QTranslator):
    """A ``QTranslator`` that answers from ``app.i18n``'s catalog of the current language."""

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        """The translation, or None (a null string: Qt then asks the next translator)."""
        del disambiguation
        found = i18n.catalog(i18n.language())
        if found is None:
            return None
        return found.lookup(context, source_text, n if n >= 0 else None)

    def isEmpty(self) -> bool:
        """Never empty: the catalog is read when first asked."""
        return False

    def language(self) -> str:
        """The language this translator translates into."""
        return i18n.language()


class AccentSafeStyle(QProxyStyle):
    """The platform style, except that an unselected tab's text is not shifted down.

    Fusion draws an unselected tab 2 px lower and clips its text: a capital's accent
    (« Étude de cas ») was cut off, so French tabs read « Etude ».
    """

    def pixelMetric(
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        """Qt's metric, with no vertical shift of tab labels."""
        if metric == QStyle.PixelMetric.PM_TabBarTabShiftVertical:
            return 0
        return super().pixelMetric(metric, option, widget)


def saved_language(settings: QSettings | None = None) -> str | None:
    """The language saved in the View menu, or None."""
    value = (settings or QSettings()).value(LANGUAGE_KEY)
    return i18n.normalise(value) if isinstance(value, str) else None


def choose_language(cli: str | None, settings: QSettings | None = None) -> str:
    """``--lang`` > the saved setting > the system locale > English."""
    return i18n.normalise(cli) or saved_language(settings) or i18n.system_language()


def qt_translations_folder() -> str:
    """Where PySide6 keeps Qt's own ``.qm`` files (qtbase_fr.qm…)."""
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


_installed: list[QTranslator] = []


def install(app: QCoreApplication, cli: str | None = None) -> str:
    """Set the interface language and install the translators; returns the language."""
    code = i18n.set_language(choose_language(cli))
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if code != i18n.SOURCE_LANGUAGE:
        # The last installed is asked first: ours, then Qt's own strings.
        qt_own = QTranslator(app)
        if qt_own.load(f"qtbase_{code}", qt_translations_folder()):
            app.installTranslator(qt_own)
            _installed.append(qt_own)
        ours = CatalogTranslator(app)
        app.installTranslator(ours)
        _installed.append(ours)
        if isinstance(app, QApplication) and not isinstance(app.style(), AccentSafeStyle):
            app.setStyle(AccentSafeStyle())
    return code


def language_menu(parent: QMenu, window: QWidget, settings: QSettings) -> QMenu:
    """View › Language: one radio action per language, saved for the next start."""
    menu = parent.addMenu(translate("menus", "Lan&guage"))
    menu.setObjectName("language_menu")
    group = QActionGroup(menu)
    group.setExclusive(True)
    current = saved_language(settings) or i18n.language()
    for code, name in LANGUAGES.items():
        action = QAction(name, menu)  # each language named in itself, never translated
        action.setObjectName(f"language_{code}")
        action.setCheckable(True)
        action.setChecked(code == current)
        action.triggered.connect(partial(_choose, window, settings, code))
        group.addAction(action)
        menu.addAction(action)
    return menu


def _choose(window: QWidget, settings: QSettings, code: str, _checked: bool = True) -> None:
    if saved_language(settings) == code:
        return
    settings.setValue(LANGUAGE_KEY, code)
    settings.sync()
    if code == i18n.language():
        return
    with i18n.speaking(code):  # told in the language just chosen
        title = translate("menus", "Language")
        text = translate(
            "menus",
            "The interface will be in {language} at the next start of the app.",
        ).format(language=LANGUAGES[code])
    box = QMessageBox(
        QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, window
    )
    box.setObjectName("language_notice")
    box.open()
