"""Shared layout checks for the GUI tests: every dialog and secondary window of the app,
whether a widget's text is cut at its size, and mnemonics that clash within a window."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from PySide6 import QtGui
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QListView,
    QMenuBar,
    QRadioButton,
    QScrollArea,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QTabWidget,
    QToolButton,
    QWidget,
)

from app import i18n
from models.phases import Phase
from models.review import Agenda
from tests.views.conftest import Harness
from views import translation
from views.widgets.wrap_combo import WrapCombo

TS_FR = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "mlops_canvas_fr.ts"
LAPTOP = QRect(0, 0, 1366, 768)
"""The smallest screen the app is laid out for."""

CHECKED: list[int] = []
"""How many visible widgets each ``too_narrow`` call looked at (so a check is not vacuous)."""


@contextmanager
def interface_language(code: str) -> Iterator[str]:
    """The interface in ``code`` (translators installed as at start-up), English after."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    installed = translation.install(app, code)
    try:
        yield installed
    finally:
        i18n.set_language("en")
        for old in translation._installed:
            app.removeTranslator(old)
        translation._installed.clear()


# -- what the app opens ---------------------------------------------------------------------


def dialogs(harness: Harness) -> list[QDialog]:
    """One of each dialog the app opens, built as the app builds it, not yet shown."""
    from views.dialogs.choose import LinkDialog, PhaseDialog
    from views.dialogs.crash import CrashDialog
    from views.dialogs.crosswalk import CrosswalkDialog
    from views.dialogs.custom_card import CustomCardDialog
    from views.dialogs.profile import ProfileDialog
    from views.dialogs.shortcuts import ShortcutsDialog
    from views.dialogs.workshop import NewStrategyDialog, TeamsDialog, WorkshopDialog
    from views.export_worker import ExportProgress
    from views.facilitating import FacilitatorTools
    from views.facilitator.setup import AgendaDialog, ReviewedTeamsDialog, team_references

    wb = harness.workbench
    assert wb.library is not None and wb.workshop is not None and wb.store is not None
    strategy = harness.session.document.strategy
    parent = harness.window
    tools = wb.facilitating
    assert isinstance(tools, FacilitatorTools)
    about = wb.help.show_about()
    about.hide()
    assert isinstance(about, QDialog)
    about.show_license()  # type: ignore[attr-defined]
    licence = about.license_dialog  # type: ignore[attr-defined]
    assert isinstance(licence, QDialog)
    licence.hide()
    guides: list[QDialog] = []
    for key in ("user", "facilitator"):
        guide = wb.help.show_guide(key)
        assert guide is not None
        guide.hide()
        guides.append(guide)
    crash = CrashDialog(
        "ValueError: an example of an unexpected error",
        i18n.translate(
            "crash", "No edits were lost: every change made so far is saved in the database."
        ),
        Path("/tmp/mlops-canvas/logs/mlops-canvas.log"),
        "Traceback (most recent call last):\n  ...\nValueError: an example",
        parent,
    )
    return [
        PhaseDialog("Place card", "A card", Phase.DATA, parent),
        LinkDialog(strategy, next(iter(strategy.cards)), parent),
        CustomCardDialog(wb.library.capabilities, Phase.DATA, parent),
        WorkshopDialog(parent),
        TeamsDialog(wb.workshop, parent),
        ReviewedTeamsDialog(
            wb.workshop,
            parent,
            references=team_references(wb.store, wb.workshop.id, tools.summaries()),
            confirm=_no,
        ),
        NewStrategyDialog(wb.workshop.teams, list(wb.library.scenarios.values()), parent),
        AgendaDialog(Agenda.default(), parent),
        CrosswalkDialog(wb.checking.packs, wb.library.capabilities, strategy, parent),
        ProfileDialog(wb.checking.packs, strategy.profile, strategy.packs, parent),
        ShortcutsDialog(parent.menuBar(), parent),
        about,
        licence,
        *guides,
        crash,
        ExportProgress(Path("/tmp/Strategy for the benefits service — full plan.pdf"), parent),
    ]


def _no(*_args: Any) -> bool:
    return False


def secondary_windows(harness: Harness) -> list[QWidget]:
    """The windows the app opens beside the main one (full screen ones shown normally)."""
    wb = harness.workbench
    tools = wb.facilitating
    window = tools.show_window("case")
    picker = window.case_picker
    assert picker is not None and picker.view is not None
    picker.present()
    case = picker.view.twin
    window.show_tab("timer")
    window.timer_panel.toggle_full_screen()
    timer = window.timer_panel.presenter
    wb.guide.show_full_screen()
    guide = wb.guide.full_window
    found = [window, case, timer, guide, wb.day.guide_slides(), wb.day.present_plan()]
    shown = [w for w in found if w is not None]
    assert len(shown) == len(found), found
    return shown


def show_at(window: QWidget, area: QRect = LAPTOP) -> None:
    """Show a top-level at the size it would have on a screen ``area`` big."""
    from views.screen_fit import fit_to_screen

    if window.isFullScreen() or not isinstance(window, QDialog):
        window.showNormal()
        window.setGeometry(area)
    else:
        if not window.testAttribute(Qt.WidgetAttribute.WA_Resized):
            window.adjustSize()  # as ``run_dialog`` does; others keep the size they chose
        fit_to_screen(window, area)
        window.show()
    QApplication.processEvents()


def name_of(window: QWidget) -> str:
    """A readable name for a window in a failure message."""
    name = window.objectName()
    return f"{type(window).__name__} {name!r}" if name else type(window).__name__


def views_of(window: QWidget) -> Iterator[str]:
    """Show each tab and page of a window in turn; yield where it is each time."""
    yield "first view"
    for tabs in window.findChildren(QTabWidget):
        if not tabs.isVisibleTo(window):
            continue
        start = tabs.currentIndex()
        for index in range(tabs.count()):
            if index == start or not tabs.isTabVisible(index):
                continue
            tabs.setCurrentIndex(index)
            QApplication.processEvents()
            yield f"tab {tabs.tabText(index)!r}"
        tabs.setCurrentIndex(start)
    from views.paged import PagedView

    paged = [window] if isinstance(window, PagedView) else []
    paged += [p for p in window.findChildren(PagedView) if p.isVisibleTo(window)]
    stacks = [p.stack for p in paged]
    for stack in stacks:
        start = stack.currentIndex()
        for index in range(stack.count()):
            if index == start:
                continue
            stack.setCurrentIndex(index)
            QApplication.processEvents()
            yield f"page {index + 1}"
        stack.setCurrentIndex(start)
    QApplication.processEvents()


# -- text that does not fit -----------------------------------------------------------------


def too_narrow(window: QWidget) -> list[str]:
    """Every visible button, label, choice list, group box, tab and header section whose text
    does not fit (its size hint, or its text's width, against its geometry)."""
    problems = []
    CHECKED.append(0)
    for widget in window.findChildren(QWidget):
        # A header is covered by its own viewport: that one's region tells if it shows.
        shown = widget.viewport() if isinstance(widget, QHeaderView) else widget
        if not widget.isVisibleTo(window):
            continue
        if shown.visibleRegion().isEmpty() and not _scrolled_into_view(shown, window):
            continue
        name = widget.objectName() or widget.accessibleName() or type(widget).__name__
        CHECKED[-1] += 1
        if isinstance(widget, QAbstractButton):
            text = widget.text().replace("&&", "&")
            if not text or (
                isinstance(widget, QToolButton)
                and widget.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
            ):
                continue
            need = widget.sizeHint().width()
            if isinstance(widget, (QCheckBox, QRadioButton)):
                need = widget.minimumSizeHint().width()
            if widget.width() + 1 < need:
                problems.append(f"button {name!r} {text!r}: {widget.width()} < {need}")
        elif isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
            if widget.wordWrap():
                need_h = widget.heightForWidth(widget.width())
                if need_h > widget.height() + 2:
                    problems.append(
                        f"label {name!r} {widget.text()[:40]!r}: {widget.height()} < {need_h} high"
                    )
            elif widget.width() + 1 < widget.minimumSizeHint().width():
                problems.append(
                    f"label {name!r} {widget.text()[:40]!r}: "
                    f"{widget.width()} < {widget.minimumSizeHint().width()}"
                )
        elif isinstance(widget, QComboBox) and not widget.isEditable() and widget.currentText():
            option = QStyleOptionComboBox()
            widget.initStyleOption(option)
            field = widget.style().subControlRect(
                QStyle.ComplexControl.CC_ComboBox,
                option,
                QStyle.SubControl.SC_ComboBoxEditField,
                widget,
            )
            if isinstance(widget, WrapCombo):  # its words wrap: they must fit the field's height
                room = widget.text_rect(field)
                needed = widget.fontMetrics().boundingRect(
                    QRect(0, 0, room.width(), 1 << 16),
                    int(Qt.TextFlag.TextWordWrap),
                    widget.currentText(),
                )
                if needed.width() > room.width() or needed.height() > room.height():
                    problems.append(
                        f"combo {name!r} {widget.currentText()[:40]!r}: "
                        f"{room.width()}×{room.height()} < {needed.width()}×{needed.height()}"
                    )
                continue
            need = widget.fontMetrics().horizontalAdvance(widget.currentText())
            if not widget.itemIcon(widget.currentIndex()).isNull():
                need += widget.iconSize().width() + 4
            if field.width() < need:
                problems.append(
                    f"combo {name!r} {widget.currentText()[:40]!r}: {field.width()} < {need}"
                )
        elif isinstance(widget, QScrollArea) and widget.horizontalScrollBar().isVisible():
            inner = widget.widget()
            wide = inner.minimumSizeHint().width() if inner is not None else 0
            seen = widget.viewport().width()
            problems.append(f"scroll area {name!r} scrolls sideways: needs {wide} in {seen}")
        elif isinstance(widget, QListView) and widget.horizontalScrollBar().isVisible():
            problems.append(f"list {name!r}: its lines are wider than it is")
        elif isinstance(widget, QGroupBox) and widget.title():
            metrics = widget.fontMetrics()
            text = widget.title().replace("&&", "\0").replace("&", "").replace("\0", "&")
            need = metrics.horizontalAdvance(text) + (24 if widget.isCheckable() else 8)
            if widget.width() < need:
                problems.append(f"group {name!r} {text!r}: {widget.width()} < {need}")
        elif isinstance(widget, QTabBar):
            problems += _tabs_cut(widget, name)
        elif isinstance(widget, QHeaderView):
            problems += _headers_cut(widget, name)
    return problems


def _scrolled_into_view(widget: QWidget, window: QWidget) -> bool:
    """Scroll the scroll areas around ``widget`` (below the fold of a panel or a page) until
    it shows; False when it still does not (covered by a sibling, on a hidden page)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QScrollArea) and parent.widget() is not None:
            parent.ensureWidgetVisible(widget, 0, 0)
        parent = parent.parentWidget()
    QApplication.processEvents()
    return not widget.visibleRegion().isEmpty()


def _tabs_cut(widget: QTabBar, name: str) -> list[str]:
    problems = []
    last = widget.tabRect(widget.count() - 1) if widget.count() else None
    if last is not None and last.right() > widget.width():
        problems.append(f"tabs {name!r} need scrolling: {last.right()} > {widget.width()}")
    metrics = widget.fontMetrics()
    for tab in range(widget.count()):
        text = widget.tabText(tab).replace("&&", "&").replace("&", "")
        if not text or not widget.isTabVisible(tab):
            continue
        need = metrics.horizontalAdvance(text) + 8
        if widget.tabRect(tab).width() < need:
            problems.append(f"tab {name!r} {text!r}: {widget.tabRect(tab).width()} < {need}")
    return problems


def _headers_cut(widget: QHeaderView, name: str) -> list[str]:
    problems: list[str] = []
    model = widget.model()
    if model is None:
        return problems
    metrics = widget.fontMetrics()
    orientation = widget.orientation()
    for section in range(widget.count()):
        if widget.isSectionHidden(section) or widget.sectionSize(section) == 0:
            continue
        text = str(model.headerData(section, orientation) or "")
        if not text or orientation != Qt.Orientation.Horizontal:
            continue
        need = max(metrics.horizontalAdvance(line) for line in text.split("\n")) + 8
        if widget.sectionSize(section) < need:
            problems.append(f"header {name!r} {text!r}: {widget.sectionSize(section)} < {need}")
    return problems


# -- mnemonics ------------------------------------------------------------------------------

_MNEMONIC = re.compile(r"&([^&\s])")


def mnemonic(text: str) -> str | None:
    """The letter Alt+letter reaches in a text with ``&`` (``&&`` is a plain ampersand)."""
    match = _MNEMONIC.search(text.replace("&&", ""))
    return match.group(1).lower() if match else None


@cache
def _interface_mnemonics() -> frozenset[str]:
    """Every interface string, in either language, that carries a mnemonic."""
    root = ElementTree.parse(TS_FR).getroot()
    texts = {e.text or "" for e in root.iter() if e.tag in {"source", "translation", "numerusform"}}
    return frozenset(t for t in texts if mnemonic(t) is not None)


def _label_mnemonic(label: QLabel) -> str | None:
    """A label's mnemonic: only an interface string's "&" (a URL's in content is text; a
    label without a buddy shows it as it is)."""
    text = label.text()
    if label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text)
    ):
        return None  # "&" in rich text is an entity, never a mnemonic
    if label.buddy() is None and text not in _interface_mnemonics():
        return None
    return mnemonic(text)


def mnemonic_clashes(window: QWidget, where: str = "") -> list[str]:
    """Two widgets shown together that answer the same Alt+letter, and labels whose
    mnemonic reaches no widget (no buddy, or a hidden one)."""
    owners: dict[str, list[str]] = {}
    problems = []
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisibleTo(window) and widget is not window:
            continue
        texts: list[str] = []
        if isinstance(widget, QAbstractButton):
            texts = [widget.text()]
        elif isinstance(widget, QGroupBox):
            texts = [widget.title()]
        elif isinstance(widget, QMenuBar):  # Alt+letter opens a menu, window-wide
            texts = [a.text() for a in widget.actions() if a.isVisible()]
        elif isinstance(widget, QTabBar):
            texts = [widget.tabText(i) for i in range(widget.count()) if widget.isTabVisible(i)]
        elif isinstance(widget, QLabel):
            key = _label_mnemonic(widget)
            if key is None:
                continue
            buddy = widget.buddy()
            if buddy is None:
                problems.append(f"{where}label {widget.text()!r} has a mnemonic and no buddy")
                continue
            if not buddy.isVisibleTo(window):
                problems.append(f"{where}label {widget.text()!r}: its buddy is hidden")
            texts = [widget.text()]
        for text in texts:
            key = mnemonic(text)
            if key is not None:
                owners.setdefault(key, []).append(text)
    for key, texts in sorted(owners.items()):
        if len(texts) > 1:
            problems.append(f"{where}Alt+{key.upper()}: " + " / ".join(repr(t) for t in texts))
    return problems


def check_all_views(
    window: QWidget, check: Callable[[QWidget], list[str]], label: str | None = None
) -> list[str]:
    """``check`` on each tab and page of a window, problems prefixed with where they are."""
    label = label or name_of(window)
    problems: list[str] = []
    for where in views_of(window):
        problems += [f"{label}, {where}: {p}" for p in check(window)]
    return problems
