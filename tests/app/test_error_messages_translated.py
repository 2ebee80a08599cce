"""Every message a user can meet in an error speaks the interface language.

An exception raised with an English sentence (``raise StoreError(f"{path} is not a
database")``) would reach a French user inside a translated frame. In ``app/`` and
``models/``, a raise whose message is a literal sentence must be one of the bug
classes (an invariant only a programming mistake breaks); everything else builds its
message with ``translate(...)`` when it is raised. Developer tooling (the bundle and
its smoke test, the catalog extractor) stays English.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

BUG_CLASSES = frozenset(
    {
        "AssertionError",
        "AttributeError",
        "KeyError",
        "LookupError",
        "NotImplementedError",
        "RuntimeError",
        "TypeError",
        "ValueError",
    }
)
"""Raised only when the code itself is wrong: their English text is for developers."""

DEVELOPER_TOOLS = frozenset(
    {
        "app/packaging/bundle.py",
        "app/packaging/frozen.py",
        "app/packaging/smoke.py",
        "app/packaging/startup.py",
        "app/translations.py",
    }
)


def _sentence(node: ast.expr) -> str | None:
    """The English words of a literal message argument, if it is one."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
    elif isinstance(node, ast.JoinedStr):
        text = "".join(
            part.value
            for part in node.values
            if isinstance(part, ast.Constant) and isinstance(part.value, str)
        )
    elif (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "format"
        and isinstance(node.func.value, ast.Constant)
        and isinstance(node.func.value.value, str)
    ):
        text = node.func.value.value
    else:
        return None
    words = [w for w in text.split() if any(c.isalpha() for c in w)]
    return text if len(words) >= 2 else None  # a table name or a kind is data, not prose


def untranslated_raises(source: str, where: str) -> list[str]:
    """``where:line: Class: text`` for each raise of a user-facing class with English prose."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)):
            continue
        call = node.exc
        name = (
            call.func.id
            if isinstance(call.func, ast.Name)
            else call.func.attr
            if isinstance(call.func, ast.Attribute)
            else ""
        )
        if name in BUG_CLASSES or not call.args:
            continue
        text = _sentence(call.args[0])
        if text is not None:
            found.append(f"{where}:{node.lineno}: {name}: {text[:60]!r}")
    return found


def test_no_user_facing_error_is_raised_with_an_english_sentence() -> None:
    problems = []
    for folder in ("app", "models"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            where = path.relative_to(ROOT).as_posix()
            if where in DEVELOPER_TOOLS:
                continue
            problems += untranslated_raises(path.read_text(encoding="utf-8"), where)
    assert not problems, "translate these messages:\n" + "\n".join(problems)


def test_the_scan_sees_an_english_message_and_lets_translated_ones_and_bugs_pass() -> None:
    source = """
raise StoreError(f"{path} is not a database")
raise ExportError("cannot write the file")
raise StoreError(translate("errors-store", "{path} is not a database").format(path=path))
raise ValueError("a bug: the index is negative")
raise BadRowError("cards", row)
"""
    found = untranslated_raises(source, "x.py")
    assert [line.split(":")[1] for line in found] == ["2", "3"]


def unescaped_quoted_values(source: str, where: str) -> list[str]:
    """``where:line: name=value`` for each ``'{name}'`` of a translated message filled with a
    value that is not escaped by ``bare()`` (or quoted by ``quote()``): a name from a
    hostile file with a newline in it would break the message into several lines."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "format"
            and isinstance(node.func.value, ast.Call)
        ):
            continue
        call = node.func.value
        name = getattr(call.func, "id", getattr(call.func, "attr", ""))
        if name != "translate" or len(call.args) < 2:
            continue
        text = call.args[1]
        if not (isinstance(text, ast.Constant) and isinstance(text.value, str)):
            continue
        quoted = set(re.findall(r"'\{(\w+)\}'", text.value))
        for keyword in node.keywords:
            value = ast.unparse(keyword.value)
            if keyword.arg in quoted and not value.startswith(("bare(", "quote(")):
                found.append(f"{where}:{node.lineno}: {keyword.arg}={value}")
    return found


def test_every_quoted_name_in_a_message_is_escaped() -> None:
    problems = []
    for folder in ("app", "models"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            where = path.relative_to(ROOT).as_posix()
            problems += unescaped_quoted_values(path.read_text(encoding="utf-8"), where)
    assert not problems, "wrap these values in bare():\n" + "\n".join(problems)


def test_the_escape_scan_sees_a_raw_value() -> None:
    source = """
translate("x", "unknown capability '{key}'").format(key=key)
translate("x", "unknown capability '{key}'").format(key=bare(key))
translate("x", "{count} cards").format(count=count)
"""
    assert [p.split(":")[1] for p in unescaped_quoted_values(source, "x.py")] == ["2"]
