"""The interface in French: one extractable helper, a complete catalog, Qt's own dialogs,
the language switch, and layouts that hold with French strings at 1366×768."""

from __future__ import annotations

import ast
import importlib
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, get_args

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QMenu,
    QWidget,
)

from app import i18n
from app.i18n import read_catalog
from tests.views.conftest import Harness
from tests.views.layout_helpers import CHECKED, interface_language, mnemonic, too_narrow
from views import translation

ROOT = Path(__file__).resolve().parents[2]
SOURCES = [*sorted((ROOT / "views").rglob("*.py")), ROOT / "main.py"]
TS_FR = ROOT / "resources" / "i18n" / "mlops_canvas_fr.ts"
TS_EN = ROOT / "resources" / "i18n" / "mlops_canvas_en.ts"
OLD_HELPERS = {"tr", "_t"}
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%v|%m")


def _calls() -> Iterator[tuple[Path, ast.Call]]:
    for path in SOURCES:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                yield path, node


def _name(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _literal(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _table(node: ast.expr) -> str | None:
    """``TABLE[key]`` or ``TABLE.get(key, default)`` over an UPPER_CASE name: its name."""
    if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name):
        name = node.value.id
    elif (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "get"
        and isinstance(node.func.value, ast.Name)
    ):
        name = node.func.value.id
    elif isinstance(node, ast.Name):
        name = node.id
    else:
        return None
    return name if name.isupper() else None


def _module(path: Path) -> str:
    return ".".join(path.relative_to(ROOT).with_suffix("").parts)


def _sources(path: Path) -> dict[tuple[str, str], bool]:
    """(context, source) → numerus of every message of a .ts file."""
    from xml.etree import ElementTree

    found = {}
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message.get("numerus") == "yes"
    return found


# -- the conversion -------------------------------------------------------------------------


def test_every_translate_call_has_a_literal_context_and_an_extractable_text() -> None:
    bad = []
    for path, call in _calls():
        if _name(call) != "translate" or isinstance(call.func, ast.Attribute):
            continue
        where = f"{path.relative_to(ROOT)}:{call.lineno}"
        if len(call.args) < 2 or not _literal(call.args[0]):
            bad.append(f"{where}: the context is not a literal")
        elif not _literal(call.args[1]) and _table(call.args[1]) is None:
            bad.append(f"{where}: the text is neither a literal nor a QT_TRANSLATE_NOOP table")
        if any(k.arg == "n" for k in call.keywords):
            bad.append(f"{where}: lupdate skips n=…; pass it fourth: (ctx, text, '', n)")
    assert not bad, "\n".join(bad)


def test_the_old_helpers_are_gone() -> None:
    left = [
        f"{path.relative_to(ROOT)}:{call.lineno}"
        for path, call in _calls()
        if isinstance(call.func, ast.Name) and call.func.id in OLD_HELPERS
    ]
    for path in SOURCES:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        left += [
            f"{path.relative_to(ROOT)}: def {node.name}"
            for node in tree.body
            if isinstance(node, ast.FunctionDef) and node.name in OLD_HELPERS
        ]
        if path.name != "translation.py":
            left += [
                f"{path.relative_to(ROOT)}:{call.lineno}: QCoreApplication.translate"
                for call in ast.walk(tree)
                if isinstance(call, ast.Call)
                and isinstance(call.func, ast.Attribute)
                and call.func.attr == "translate"
                and isinstance(call.func.value, ast.Name)
                and call.func.value.id == "QCoreApplication"
            ]
    assert not left, "\n".join(left)


def test_every_literal_string_is_in_both_catalogs() -> None:
    """``make ts`` was run after the last change to a string."""
    fr, en = _sources(TS_FR), _sources(TS_EN)
    missing = []
    for path, call in _calls():
        if _name(call) in {"translate", "QT_TRANSLATE_NOOP"} and not isinstance(
            call.func, ast.Attribute
        ):
            args = call.args
            if len(args) >= 2 and _literal(args[0]) and _literal(args[1]):
                key = (args[0].value, args[1].value)  # type: ignore[attr-defined]
                if key not in fr or key not in en:
                    missing.append(f"{path.relative_to(ROOT)}:{call.lineno}: {key}")
    assert not missing, "run `make ts`:\n" + "\n".join(missing)


def test_every_dynamic_source_string_is_in_the_catalog() -> None:
    """Each table a translate call reads holds only strings the French catalog translates."""
    catalog = read_catalog(TS_FR, "fr")
    checked = 0
    problems = []
    for path, call in _calls():
        if _name(call) != "translate" or isinstance(call.func, ast.Attribute):
            continue
        if len(call.args) < 2 or _literal(call.args[1]):
            continue
        table = _table(call.args[1])
        context = call.args[0].value  # type: ignore[attr-defined]
        module = importlib.import_module(_module(path))
        values = getattr(module, str(table))
        texts = values.values() if isinstance(values, dict) else [values]
        for text in texts:
            checked += 1
            if (context, text) not in catalog.singular:
                problems.append(f"{path.relative_to(ROOT)}: {context!r} {text!r}")
    assert checked > 150
    assert not problems, "\n".join(problems)


def test_the_tables_repeat_the_models_english_exactly() -> None:
    from app.checker import structural
    from app.checker.integrity import Status as IntegrityStatus
    from app.checker.questionnaire import QUESTIONS
    from models.phases import ALL_PHASES
    from models.profile import Profile
    from models.review import DEFAULT_STAGES, LEVEL_NAMES
    from models.vocabulary import Cadence, LinkKind, ProhibitedPractice, Role, Status
    from views import labels
    from views.dialogs import packs, profile_labels
    from views.dialogs.questionnaire_texts import QUESTION_TEXTS
    from views.docks import finding_names
    from views.facilitator import common, rubric_form

    assert {p: p.label for p in ALL_PHASES} == labels.PHASE_LABELS
    assert {p: p.short_title for p in ALL_PHASES} == labels.PHASE_SHORT
    assert {r: r.label for r in Role} == labels.ROLE_LABELS
    assert {s: s.label for s in Status} == labels.STATUS_LABELS
    assert {k: k.label for k in LinkKind} == labels.KIND_LABELS
    assert {c: c.label for c in Cadence} == labels.CADENCE_LABELS
    assert rubric_form.LEVEL_LABELS == LEVEL_NAMES
    assert {n: n for n, _m, _t in DEFAULT_STAGES} == common.DEFAULT_STAGE_NAMES
    assert finding_names.STRUCTURE_TITLE == structural.TITLE
    assert set(packs.INTEGRITY_WORDS) == set(get_args(IntegrityStatus))
    assert {
        name: field.description for name, field in Profile.model_fields.items()
    } == profile_labels.FIELD_DESCRIPTIONS
    assert {p: p.label for p in ProhibitedPractice} == profile_labels.PRACTICE_TEXTS
    for question in QUESTIONS:
        for text in (question.text, question.help, *(w for _k, w in question.choices)):
            assert not text or text in QUESTION_TEXTS, text


# -- the catalog ----------------------------------------------------------------------------


def test_the_french_catalog_is_complete_and_keeps_placeholders_and_mnemonics() -> None:
    from xml.etree import ElementTree

    catalog = read_catalog(TS_FR, "fr")
    assert catalog.unfinished == 0
    root = ElementTree.parse(TS_FR).getroot()
    assert root.get("language") in {"fr", "fr_CA"}
    problems = []
    count = 0
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        element = message.find("translation")
        assert element is not None
        if element.get("type") == "vanished":
            continue  # no longer in the source; kept by `make ts` in case it comes back
        assert element.get("type") is None, source
        forms = [f.text or "" for f in element.iter("numerusform")] or [element.text or ""]
        for text in forms:
            count += 1
            if not text.strip():
                problems.append(f"empty: {source!r}")
            if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
                problems.append(f"placeholders differ: {source!r} → {text!r}")
            if source.count("&&") != text.count("&&") or (
                re.search(r"&[^&\s]", source) is not None
            ) != (re.search(r"&[^&\s]", text) is not None):
                problems.append(f"mnemonic differs: {source!r} → {text!r}")
            if '"' in text and "«" not in text and '"' not in source:
                problems.append(f"English quotes: {text!r}")
    assert count > 1400
    assert not problems, "\n".join(problems)


def test_plural_calls_are_extracted_positionally(tmp_path: Path) -> None:
    """What lupdate (PySide6 6.x) makes of a plural: ``translate(ctx, text, "", n)`` is
    extracted (not as a numerus entry: only a numeric literal count makes one), and
    ``n=count`` is not extracted at all, hence the rule above. The views therefore
    choose between two literal strings ("1 error" / "{n} errors")."""
    import subprocess
    import sys
    from xml.etree import ElementTree

    from app.i18n import translate

    assert translate("test", "%n card(s)", "", 3) == "3 card(s)"
    assert translate("test", "%n card(s)", n=2) == "2 card(s)"
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed")
    source = tmp_path / "plural.py"
    source.write_text(
        'x = translate("c", "%n card(s)", "", count)\ny = translate("c", "%n kw", n=count)\n',
        encoding="utf-8",
    )
    target = tmp_path / "out.ts"
    subprocess.run([str(lupdate), str(source), "-ts", str(target)], check=True, capture_output=True)
    found = [m.findtext("source") for m in ElementTree.parse(target).getroot().iter("message")]
    assert found == ["%n card(s)"]


# -- Qt: the language switch, Qt's own strings ---------------------------------------------


@pytest.fixture
def french(qapp: QApplication) -> Iterator[str]:
    """The interface in French for one test (then English again, translators removed)."""
    with interface_language("fr") as code:
        yield code


def test_choose_language_prefers_the_command_line_then_the_setting_then_the_system(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    settings = QSettings()
    monkeypatch.setenv("LC_ALL", "fr_CA.UTF-8")
    assert translation.choose_language(None, settings) == "fr"
    settings.setValue(translation.LANGUAGE_KEY, "en")
    assert translation.choose_language(None, settings) == "en"
    assert translation.choose_language("fr", settings) == "fr"
    monkeypatch.setenv("LC_ALL", "de_DE.UTF-8")
    settings.remove(translation.LANGUAGE_KEY)
    assert translation.choose_language(None, settings) == "en"


def test_qt_standard_buttons_and_qt_translate_calls_are_french(french: str) -> None:
    assert french == "fr"
    assert isinstance(QApplication.style(), translation.accent_safe_style_class())
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Save
    )
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
    save = box.button(QDialogButtonBox.StandardButton.Save)
    assert cancel.text().replace("&", "") == "Annuler"
    assert save.text().replace("&", "") == "Enregistrer"
    # Qt's own translate() reads the same catalog as app.i18n.translate().
    assert QCoreApplication.translate("menus", "&File") == "&Fichier"
    assert QCoreApplication.translate("nowhere", "Untranslated") == "Untranslated"


def test_main_takes_the_language_first_and_refuses_an_unknown_one(
    capsys: pytest.CaptureFixture[str],
) -> None:
    import main

    assert main.split_language(["--lang", "fr", "--db", "x"]) == ("fr", ["--db", "x"])
    assert main.split_language(["--lang=en"]) == ("en", [])
    assert main.split_language(["check"]) == (None, ["check"])
    assert main.main(["--lang", "xx"]) == 2
    assert "xx" in capsys.readouterr().err
    i18n.set_language("en")


def test_lang_on_the_command_line_reaches_the_gui(monkeypatch: pytest.MonkeyPatch) -> None:
    import main
    import views.app

    seen: list[tuple[str | None, str | None]] = []

    def fake_gui(db: str | None, lang: str | None = None) -> int:
        seen.append((db, lang))
        return 0

    monkeypatch.setattr(views.app, "run_gui", fake_gui)
    assert main.main(["--lang", "fr", "--db", "x.sqlite3"]) == 0
    assert main.main(["--lang=en"]) == 0
    assert seen == [("x.sqlite3", "fr"), (None, "en")]
    i18n.set_language("en")


def _menus(bar: Any) -> list[QMenu]:
    found = []
    todo = [a.menu() for a in bar.actions() if a.menu() is not None]
    while todo:
        menu = todo.pop()
        found.append(menu)
        todo += [a.menu() for a in menu.actions() if a.menu() is not None]
    return found


def test_lang_fr_gives_french_menus_with_unique_mnemonics(
    french: str, qtbot: Any, db_path: Path
) -> None:
    harness = Harness(qtbot, db_path)
    bar = harness.window.menuBar()
    titles = [a.text() for a in bar.actions()]
    assert "&Fichier" in titles and "&Affichage" in titles, titles
    clashes = []
    menus: list[QWidget] = [bar, *_menus(bar)]
    for menu in menus:
        title = menu.title() if isinstance(menu, QMenu) else "bar"
        seen: dict[str, str] = {}
        for action in menu.actions():
            key = mnemonic(action.text())
            if key is None:
                continue
            if key in seen:
                clashes.append(f"{title}: {seen[key]!r} / {action.text()!r}")
            seen[key] = action.text()
    assert not clashes, "\n".join(clashes)
    # Percentages as French writes them: the zoom and the font-scale menu.
    zoom = harness.workbench.zoom_label.text()
    assert re.fullmatch(r"\d+\u00a0%", zoom), zoom
    assert harness.workbench.actions["font_150"].text() == "150\u00a0%"


def test_the_language_menu_saves_the_choice_for_the_next_start(qtbot: Any, db_path: Path) -> None:
    harness = Harness(qtbot, db_path)
    assert harness.window.findChild(QMenu, "language_menu") is not None
    action = harness.window.findChild(QAction, "language_fr")
    assert action is not None
    action.trigger()
    assert QSettings().value(translation.LANGUAGE_KEY) == "fr"
    notice = harness.window.findChild(QWidget, "language_notice")
    assert notice is not None and "prochain démarrage" in notice.text()  # type: ignore[attr-defined]
    assert "en français" in notice.text()  # type: ignore[attr-defined]
    notice.close()
    assert i18n.language() == "en"  # takes effect at the next start


def test_restart_now_closes_the_window_and_starts_the_app_again_without_lang(
    qtbot: Any, db_path: Path, monkeypatch: Any
) -> None:
    from PySide6.QtCore import QProcess
    from PySide6.QtWidgets import QPushButton

    started: list[tuple[str, list[str]]] = []

    def start(program: str, args: list[str]) -> bool:
        started.append((program, args))
        return True

    monkeypatch.setattr(QProcess, "startDetached", start)
    monkeypatch.setattr(
        sys, "orig_argv", ["/venv/bin/python", "main.py", "--lang", "en", "--db", str(db_path)]
    )
    harness = Harness(qtbot, db_path)
    action = harness.window.findChild(QAction, "language_fr")
    assert action is not None
    action.trigger()
    notice = harness.window.findChild(QWidget, "language_notice")
    assert notice is not None
    later = notice.findChild(QPushButton, "language_later")
    restart = notice.findChild(QPushButton, "language_restart")
    assert later is not None and restart is not None
    assert later.text() == "&Plus tard" and restart.text() == "&Redémarrer maintenant"
    restart.click()
    qtbot.waitUntil(lambda: not harness.window.isVisible())
    assert started == [("/venv/bin/python", ["main.py", "--db", str(db_path)])]


def test_the_relaunch_command_drops_every_form_of_lang() -> None:
    program, args = translation.relaunch_command(["mlops-canvas", "--lang=fr", "--db", "x"])
    assert (program, args) == ("mlops-canvas", ["--db", "x"])
    assert translation.relaunch_command(["app"]) == ("app", [])


# -- layouts hold in French at 1366×768 -----------------------------------------------------


def test_the_main_and_facilitator_windows_hold_in_french_at_1366x768(
    french: str, qtbot: Any, db_path: Path
) -> None:
    harness = Harness(qtbot, db_path)
    window = harness.window
    window.resize(1366, 768)
    QApplication.processEvents()
    assert window.minimumSizeHint().width() <= 1366
    assert window.minimumSizeHint().height() <= 768
    assert "&Fichier" in [a.text() for a in window.menuBar().actions()]
    assert not too_narrow(window), "\n".join(too_narrow(window))
    problems = []
    for dock in harness.workbench.docks:  # each panel in turn, as its function key shows it
        dock.show()
        dock.raise_()
        QApplication.processEvents()
        # A panel whose controls re-flow to its width (the findings' filters and Fix row)
        # settles in a second layout pass.
        QApplication.processEvents()
        problems += [f"{dock.objectName()}: {p}" for p in too_narrow(dock)]
    assert not problems, "\n".join(problems)
    facilitator = harness.workbench.facilitating.show_window()
    facilitator.resize(1366, 768)
    QApplication.processEvents()
    assert facilitator.minimumSizeHint().width() <= 1366
    assert facilitator.minimumSizeHint().height() <= 768
    problems = []
    CHECKED.clear()
    for index in range(facilitator.tabs.count()):
        facilitator.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        problems += [f"tab {index}: {p}" for p in too_narrow(facilitator)]
    assert not problems, "\n".join(problems)
    assert min(CHECKED) > 3, CHECKED  # each page had widgets to look at
    facilitator.close()
