"""Every dialog and secondary window, in English and in French at 1366×768: it fits the
screen, no label, button, group box, tab or header shows its text cut, and no two widgets
shown together answer the same Alt+letter (a label's always reaches a widget)."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QGroupBox,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tests.views.conftest import Harness
from tests.views.layout_helpers import (
    CHECKED,
    LAPTOP,
    check_all_views,
    dialogs,
    interface_language,
    mnemonic_clashes,
    name_of,
    secondary_windows,
    show_at,
    too_narrow,
    views_of,
)
from views.screen_fit import FRAME_ALLOWANCE


def dialog_classes() -> set[str]:
    """Every dialog class in ``views/`` (a class deriving from a ``…Dialog``)."""
    found = set()
    for path in (Path(__file__).resolve().parents[2] / "views").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and any(
                isinstance(base, ast.Name) and base.id.endswith("Dialog") for base in node.bases
            ):
                found.add(node.name)
    return found


@pytest.fixture(params=["en", "fr"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The interface in each language in turn (English again after)."""
    with interface_language(request.param) as code:
        yield code


def test_every_dialog_fits_and_shows_its_text_whole(
    language: str, qtbot: Any, db_path: Path
) -> None:
    harness = Harness(qtbot, db_path)
    problems: list[str] = []
    names = []
    for dialog in dialogs(harness):
        show_at(dialog)
        name = name_of(dialog)
        names.append(name)
        hint = dialog.minimumSizeHint()
        if hint.width() > LAPTOP.width() or hint.height() > LAPTOP.height() - FRAME_ALLOWANCE:
            problems.append(f"{name}: minimum size {hint.width()}×{hint.height()}")
        CHECKED.clear()
        problems += check_all_views(dialog, too_narrow, name)
        if min(CHECKED) < 2:
            problems.append(f"{name}: only {CHECKED} widgets looked at")
        dialog.close()
        dialog.deleteLater()
    assert {n.split()[0] for n in names} == dialog_classes(), names
    assert not problems, f"[{language}]\n" + "\n".join(problems)


def test_every_secondary_window_shows_its_text_whole_at_1366x768(
    language: str, qtbot: Any, db_path: Path
) -> None:
    harness = Harness(qtbot, db_path)
    problems: list[str] = []
    for window in secondary_windows(harness):
        show_at(window)
        name = name_of(window)
        hint = window.minimumSizeHint()
        layout = window.layout()
        # A window whose type scales with its size (the timer) sets no minimum on purpose:
        # its text is checked at 1366×768 below.
        scales = (
            layout is not None and layout.sizeConstraint() == QLayout.SizeConstraint.SetNoConstraint
        )
        if not scales and (hint.width() > LAPTOP.width() or hint.height() > LAPTOP.height()):
            problems.append(f"{name}: minimum size {hint.width()}×{hint.height()}")
        CHECKED.clear()
        problems += check_all_views(window, too_narrow, name)
        if min(CHECKED) < 2:
            problems.append(f"{name}: only {CHECKED} widgets looked at")
        window.close()
    assert not problems, f"[{language}]\n" + "\n".join(problems)


def test_mnemonics_are_unique_within_each_dialog_and_window(
    language: str, qtbot: Any, db_path: Path
) -> None:
    harness = Harness(qtbot, db_path)
    problems: list[str] = []
    for window in [*dialogs(harness), *secondary_windows(harness)]:
        show_at(window)
        problems += check_all_views(window, mnemonic_clashes)
        window.close()
    assert not problems, f"[{language}]\n" + "\n".join(problems)


def test_mnemonics_are_unique_in_the_main_window_with_each_panel(
    language: str, qtbot: Any, db_path: Path
) -> None:
    """A panel's Alt+letter must not take one of the menu bar's, nor another's in view."""
    harness = Harness(qtbot, db_path)
    window = harness.window
    window.resize(LAPTOP.size())
    QApplication.processEvents()
    docks = [*harness.workbench.docks, harness.workbench.day.explore]
    problems = [f"no panel: {p}" for p in mnemonic_clashes(window)]
    for dock in docks:  # one panel at a time, as its function key shows it
        for other in docks:
            other.hide()
        dock.show()
        QApplication.processEvents()
        problems += [
            f"{dock.objectName()}, {where}: {p}"
            for where in views_of(dock)
            for p in mnemonic_clashes(window)
        ]
    assert not problems, f"[{language}]\n" + "\n".join(problems)


def test_a_dialog_writes_dates_in_the_interface_language(
    language: str, qtbot: Any, db_path: Path
) -> None:
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QDateEdit

    from views.dialogs.profile import ProfileDialog

    harness = Harness(qtbot, db_path)
    strategy = harness.session.document.strategy
    dialog = ProfileDialog(harness.workbench.checking.packs, strategy.profile, strategy.packs)
    qtbot.addWidget(dialog)
    as_of = dialog.findChild(QDateEdit, "profile_as_of")
    assert as_of is not None
    as_of.setDate(QDate(2026, 12, 6))
    assert as_of.text() == {"en": "6 December 2026", "fr": "6 décembre 2026"}[language]


def test_the_agenda_shows_default_stages_in_the_interface_language_and_stores_them_in_english(
    language: str, qtbot: Any
) -> None:
    from models.review import Agenda
    from views.facilitator.setup import AgendaDialog

    dialog = AgendaDialog(Agenda.default())
    qtbot.addWidget(dialog)
    name, about = dialog.table.cellWidget(0, 0), dialog.table.cellWidget(0, 2)
    assert isinstance(name, QLineEdit) and isinstance(about, QLineEdit)
    shown = {"en": ("Engage", "A real failed"), "fr": ("Engager", "Un véritable projet")}
    assert name.text() == shown[language][0]
    assert about.text().startswith(shown[language][1])
    second = dialog.table.cellWidget(1, 2)
    assert isinstance(second, QLineEdit)
    second.setText("Nos propres mots")
    dialog.accept()
    assert dialog.agenda is not None
    assert dialog.agenda.stages[0] == Agenda.default().stages[0]  # stored in English
    assert dialog.agenda.stages[1].description == "Nos propres mots"  # typed text as typed
    assert dialog.agenda.stages[2:] == Agenda.default().stages[2:]


# -- the checks are not vacuous -------------------------------------------------------------


def test_the_fit_check_sees_a_cut_button_label_and_header(qtbot: Any) -> None:
    """Squeezed widgets are reported."""
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QTableView

    window = QWidget()
    window.resize(600, 300)
    button = QPushButton("Exporter le rapport d'animation (PDF)…", window)
    button.setGeometry(0, 0, 60, 30)
    label = QLabel("Aucune vérification n'a encore été faite.", window)
    label.setGeometry(0, 40, 50, 20)
    group = QGroupBox("Ensembles de règles à vérifier", window)
    group.setGeometry(300, 0, 60, 60)
    table = QTableView(window)
    table.setGeometry(0, 80, 500, 200)
    model = QStandardItemModel(1, 1, table)
    model.setHorizontalHeaderLabels(["Identifiants des règles"])
    table.setModel(model)
    table.horizontalHeader().resizeSection(0, 30)
    qtbot.addWidget(window)
    window.show()
    QApplication.processEvents()
    found = "\n".join(too_narrow(window))
    for kind in ("button", "label", "group", "header"):
        assert kind in found, found


def test_the_mnemonic_check_sees_clashes_and_labels_that_reach_nothing(qtbot: Any) -> None:
    window = QWidget()
    layout = QVBoxLayout(window)
    layout.addWidget(QPushButton("&Copier les détails"))
    layout.addWidget(QCheckBox("&Continuer à travailler"))
    lonely = QLabel("&Titre")  # no buddy: Alt+T would do nothing
    layout.addWidget(lonely)
    tabs = QTabWidget()
    tabs.addTab(QLineEdit(), "&Questionnaire")
    hidden_page = QWidget()
    tabs.addTab(hidden_page, "&Ensembles")
    field = QLineEdit(hidden_page)
    caption = QLabel("&Quitter")  # clashes with the tab, and its buddy is on a hidden page
    caption.setBuddy(field)
    layout.addWidget(caption)
    layout.addWidget(tabs)
    layout.addWidget(QPushButton("Fermer &&quitter"))  # a plain ampersand: no mnemonic
    qtbot.addWidget(window)
    window.show()
    QApplication.processEvents()
    found = mnemonic_clashes(window)
    assert any(p.startswith("Alt+C:") for p in found), found
    assert any(p.startswith("Alt+Q:") for p in found), found
    assert any("'&Titre' has a mnemonic and no buddy" in p for p in found), found
    assert any("'&Quitter': its buddy is hidden" in p for p in found), found
    assert len(found) == 4, found
