"""The interface language in Qt: one catalog for our strings, Qt's own for its dialogs.

``install`` picks the language (``--lang`` on the command line, else the
``view/language`` setting, else the system locale), tells ``app.i18n`` (which
every ``translate("context", "text")`` call in the views reads), and, for a
language other than English, installs two ``QTranslator``s: a catalog
translator, which answers Qt's own ``QCoreApplication.translate`` calls from
the same ``.ts`` catalog, and PySide6's ``qtbase_<lang>.qm`` for Qt's standard
dialogs and buttons (« Annuler », « Enregistrer »…).

A language chosen in View › Language takes effect at the next start (the
choice is saved at once and the user is told so): every widget sets its text
once when it is built, and a restart — which reopens the same workshop, layout
and strategy — is simpler and more reliable than re-translating every widget.

``install`` runs before the first paint: PySide6 creates each Qt class the first
time it is named (a few milliseconds each), so the classes only this module
needs are named inside the functions that use them, and English needs none.
"""

from __future__ import annotations

from functools import cache, partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings

from app import i18n
from app.i18n import LANGUAGES, translate

if TYPE_CHECKING:
    from PySide6.QtCore import QLocale, QTranslator
    from PySide6.QtWidgets import QMenu, QProxyStyle, QWidget

LANGUAGE_KEY = "view/language"
"""The QSettings key of the language chosen in the View menu."""


@cache
def catalog_translator_class() -> type[QTranslator]:
    """``CatalogTranslator``: a ``QTranslator`` answering from ``app.i18n``'s catalog."""
    from PySide6.QtCore import QTranslator

    class CatalogTranslator(QTranslator):
        """Answers Qt's ``translate`` calls from the catalog of the current language."""

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

    return CatalogTranslator


@cache
def accent_safe_style_class() -> type[QProxyStyle]:
    """``AccentSafeStyle``: the platform style, but an unselected tab's text is not shifted.

    Fusion draws an unselected tab 2 px lower and clips its text: a capital's accent
    (« Étude de cas ») was cut off, so French tabs read « Etude ».
    """
    from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption

    class AccentSafeStyle(QProxyStyle):
        """The platform style with no vertical shift of tab labels."""

        def pixelMetric(
            self,
            metric: QStyle.PixelMetric,
            option: QStyleOption | None = None,
            widget: QWidget | None = None,
        ) -> int:
            """Qt's metric, except the tab label shift (0)."""
            if metric == QStyle.PixelMetric.PM_TabBarTabShiftVertical:
                return 0
            return super().pixelMetric(metric, option, widget)

    return AccentSafeStyle


def saved_language(settings: QSettings | None = None) -> str | None:
    """The language saved in the View menu, or None."""
    value = (settings or QSettings()).value(LANGUAGE_KEY)
    return i18n.normalise(value) if isinstance(value, str) else None


def choose_language(cli: str | None, settings: QSettings | None = None) -> str:
    """``--lang`` > the saved setting > the system locale > English."""
    return i18n.normalise(cli) or saved_language(settings) or i18n.system_language()


def qt_translations_folder() -> str:
    """Where PySide6 keeps Qt's own ``.qm`` files (qtbase_fr.qm…)."""
    from PySide6.QtCore import QLibraryInfo

    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


_installed: list[QTranslator] = []


def install(app: QCoreApplication, cli: str | None = None) -> str:
    """Set the interface language and install the translators; returns the language."""
    code = i18n.set_language(choose_language(cli))
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if code == i18n.SOURCE_LANGUAGE:
        return code
    from PySide6.QtCore import QTranslator
    from PySide6.QtWidgets import QApplication

    # The last installed is asked first: ours, then Qt's own strings.
    qt_own = QTranslator(app)
    if qt_own.load(f"qtbase_{code}", qt_translations_folder()):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    ours = catalog_translator_class()(app)
    app.installTranslator(ours)
    _installed.append(ours)
    style = accent_safe_style_class()
    if isinstance(app, QApplication) and not isinstance(app.style(), style):
        app.setStyle(style())
    return code


def interface_locale() -> QLocale:
    """The interface language's locale (dates written « 6 décembre 2026 » in French), with
    the system's country where Qt knows that pair.

    Set on the widgets that write dates and numbers, not as the process default: paper
    size and units follow the system's country whatever the interface language.
    """
    from PySide6.QtCore import QLocale

    language = QLocale(i18n.language()).language()
    system = QLocale.system()
    if system.language() == language:
        return system
    paired = QLocale(language, system.territory())
    return paired if paired.language() == language else QLocale(language)


def language_menu(parent: QMenu, window: QWidget, settings: QSettings) -> QMenu:
    """View › Language: one radio action per language, saved for the next start."""
    from PySide6.QtGui import QAction, QActionGroup

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
    from PySide6.QtWidgets import QMessageBox

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
        ).format(language=i18n.language_in_text(code))
        restart_text = translate("menus", "&Restart now")
        later_text = translate("menus", "&Later")
        detail = translate(
            "menus",
            "Restarting closes this window (every edit is already saved) and opens the "
            "same workshop again.",
        )
    box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=window)
    box.setObjectName("language_notice")
    box.setInformativeText(detail)
    restart = box.addButton(restart_text, QMessageBox.ButtonRole.AcceptRole)
    restart.setObjectName("language_restart")
    later = box.addButton(later_text, QMessageBox.ButtonRole.RejectRole)
    later.setObjectName("language_later")
    box.setDefaultButton(later)
    box.setEscapeButton(later)
    restart.clicked.connect(lambda: restart_app(window))
    box.open()


def relaunch_command(argv: list[str] | None = None) -> tuple[str, list[str]]:
    """The program and arguments that started this process, without ``--lang``.

    ``sys.orig_argv`` keeps the interpreter and its options (``python main.py …``, the
    installed ``mlops-canvas`` script, the frozen executable alike); ``--lang`` is
    dropped so that the language just chosen applies.
    """
    import sys

    words = list(argv if argv is not None else sys.orig_argv) or [sys.executable]
    kept: list[str] = []
    skip = False
    for word in words[1:]:
        if skip:
            skip = False
        elif word == "--lang":
            skip = True
        elif not word.startswith("--lang="):
            kept.append(word)
    return words[0], kept


def restart_app(window: QWidget) -> bool:
    """Close ``window`` (it may refuse, and then nothing happens) and start the app again."""
    from PySide6.QtCore import QProcess

    if not window.close():
        return False
    program, arguments = relaunch_command()
    return bool(QProcess.startDetached(program, arguments))
