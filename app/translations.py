"""Refresh the interface catalogs: ``python -m app.translations [--check]`` (``make ts``).

Reads every ``translate("context", "text")`` (and ``translate("context", "%n card(s)",
None, count)`` or ``n=count`` for a plural, and ``QT_TRANSLATE_NOOP("context", "text")``)
in ``app/``, ``models/`` and ``views/``, and writes ``resources/i18n/mlops_canvas_<lang>.ts``
in Qt Linguist's format, keeping every translation already made. A new string comes in
``unfinished`` (empty); a string no longer in the source is marked ``vanished``.

Why not ``pyside6-lupdate``: its Python reader skips a call whose ``n`` is an
expression (``len(cards)``) and never marks a plural whose ``n`` is a variable, so
plurals would be lost. This reader uses the standard ``ast`` module, runs offline
and writes files ``lupdate``/``lrelease`` and Qt Linguist read.
"""

from __future__ import annotations

import argparse
import ast
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree
from xml.sax.saxutils import escape

from app.i18n import LANGUAGES, catalog_path

SOURCE_FOLDERS = ("app", "models", "views", "main.py")
FUNCTIONS = frozenset({"translate", "QT_TRANSLATE_NOOP"})
QT_LANGUAGE = {"en": "en", "fr": "fr_CA"}


@dataclass
class Message:
    """One source string: where it is used and whether it has plural forms."""

    context: str
    source: str
    numerus: bool = False
    locations: list[tuple[str, int]] = field(default_factory=list)


@dataclass
class Translated:
    """What a ``.ts`` file already says about one message."""

    kind: str = "unfinished"
    text: str = ""
    forms: tuple[str, ...] = ()


class DynamicSourceError(ValueError):
    """A ``translate`` call whose context or text is not a string literal."""


OWNERS = frozenset({"i18n", "QCoreApplication", "QApplication"})


def _name(func: ast.expr) -> str:
    """``translate`` for ``translate(…)``, ``i18n.translate(…)``, ``QCoreApplication.translate``."""
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
        return func.attr if func.value.id in OWNERS else ""
    return ""


def _literal(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def extract(root: Path, folders: tuple[str, ...] = SOURCE_FOLDERS) -> list[Message]:
    """Every translatable string of the source under ``root``, in file order.

    Raises:
        DynamicSourceError: a call passes something other than string literals
            (naming the file and line), which no extraction could find.
    """
    found: dict[tuple[str, str], Message] = {}
    for folder in folders:
        where = root / folder
        for path in [where] if where.is_file() else sorted(where.rglob("*.py")):
            relative = path.relative_to(root).as_posix()
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=relative)
            for node in ast.walk(tree):
                if not isinstance(node, ast.Call) or _name(node.func) not in FUNCTIONS:
                    continue
                if len(node.args) < 2:
                    continue
                context, source = _literal(node.args[0]), _literal(node.args[1])
                if context is None or source is None:
                    if relative == "app/i18n.py" or relative.startswith("views/"):
                        continue  # the helpers themselves; views' own helpers pass variables
                    raise DynamicSourceError(
                        f"{relative}:{node.lineno}: translate() needs a literal context and text"
                    )
                numerus = len(node.args) >= 4 or any(k.arg == "n" for k in node.keywords)
                message = found.setdefault((context, source), Message(context, source))
                message.numerus = message.numerus or numerus
                message.locations.append((relative, node.lineno))
    return sorted(found.values(), key=lambda m: (m.context, m.locations[0]))


def read_existing(path: Path) -> dict[tuple[str, str], Translated]:
    """The translations a ``.ts`` file holds (none when it does not exist)."""
    if not path.is_file():
        return {}
    result: dict[tuple[str, str], Translated] = {}
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None:
                continue
            forms = tuple(form.text or "" for form in translation.iter("numerusform"))
            result[(name, source)] = Translated(
                translation.get("type", ""), translation.text or "", forms
            )
    return result


def render(code: str, messages: list[Message], existing: dict[tuple[str, str], Translated]) -> str:
    """The ``.ts`` text of ``code`` for ``messages``, keeping ``existing`` translations."""
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{QT_LANGUAGE.get(code, code)}" sourcelanguage="en">',
    ]
    contexts: dict[str, list[tuple[Message | None, str, Translated]]] = {}
    for message in messages:
        old = existing.get((message.context, message.source), Translated())
        if old.kind in {"vanished", "obsolete"}:  # back in the source: the translation returns
            done = bool(old.text or any(old.forms))
            old = Translated("" if done else "unfinished", old.text, old.forms)
        contexts.setdefault(message.context, []).append((message, message.source, old))
    live = {(m.context, m.source) for m in messages}
    for (context, source), old in existing.items():
        if (context, source) not in live:
            gone = Translated("vanished", old.text, old.forms)
            contexts.setdefault(context, []).append((None, source, gone))
    for context in sorted(contexts):
        lines += ["<context>", f"    <name>{escape(context)}</name>"]
        for entry, source, old in contexts[context]:
            numerus = entry.numerus if entry is not None else bool(old.forms)
            lines.append('    <message numerus="yes">' if numerus else "    <message>")
            # Files only, no line numbers: an edit elsewhere in a file must not make the
            # catalogs stale; the file still tells a translator where a string is used.
            files = dict.fromkeys(file for file, _line in entry.locations) if entry else {}
            for file in files:
                lines.append(f'        <location filename="../../{file}"/>')
            lines.append(f"        <source>{escape(source)}</source>")
            kind = f' type="{old.kind}"' if old.kind else ""
            if numerus:
                forms = old.forms or ("",)
                lines.append(f"        <translation{kind}>")
                lines += [f"            <numerusform>{escape(f)}</numerusform>" for f in forms]
                lines.append("        </translation>")
            else:
                lines.append(f"        <translation{kind}>{escape(old.text)}</translation>")
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Write (default) or ``--check`` the catalogs; exit 1 when one is stale."""
    parser = argparse.ArgumentParser(prog="python -m app.translations", description=__doc__)
    parser.add_argument("--check", action="store_true", help="only say whether they are stale")
    args = parser.parse_args(argv)
    root = Path(__file__).resolve().parent.parent
    messages = extract(root)
    stale = 0
    for code in LANGUAGES:
        path = catalog_path(code)
        text = render(code, messages, read_existing(path))
        current = path.read_text(encoding="utf-8") if path.is_file() else ""
        if text == current:
            continue
        if args.check:
            print(f"{path} is stale: run make ts")
            stale = 1
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path} ({len(messages)} strings)")
    return stale


if __name__ == "__main__":
    raise SystemExit(main())
