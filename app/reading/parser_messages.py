"""The standard library's JSON and TOML parser messages, in the user's language.

``json`` and ``tomllib`` say what is wrong in English ("Expecting ',' delimiter",
"Cannot overwrite a value (at line 3, column 1)"). The messages a person meets
when a file is mistyped are rephrased here through the interface catalog; an
unknown one is kept as the library wrote it, with its line and column.
"""

from __future__ import annotations

import ast
import re

from app.i18n import translate
from app.reading.errors import quote

_TOML_WHERE = re.compile(
    r"^(?P<reason>.*) \(at (?:line (?P<line>\d+), column (?P<column>\d+)|end of document)\)$",
    re.DOTALL,
)
_QUOTED = re.compile(
    r"^(?P<head>.*?) (?P<value>'.*'|\".*\"|\(.*\)|\S+)(?P<tail> twice)?$", re.DOTALL
)


def json_reason(message: str) -> str:
    """A message of ``json.JSONDecodeError.msg`` in the current language (unknown: as is)."""
    known = {
        "Expecting value": translate("errors-reading", "Expecting value"),
        "Expecting ',' delimiter": translate("errors-reading", "Expecting ',' delimiter"),
        "Expecting ':' delimiter": translate("errors-reading", "Expecting ':' delimiter"),
        "Expecting property name enclosed in double quotes": translate(
            "errors-reading", "Expecting property name enclosed in double quotes"
        ),
        "Unterminated string starting at": translate(
            "errors-reading", "Unterminated string starting at"
        ),
        "Invalid control character at": translate("errors-reading", "Invalid control character at"),
        "Invalid \\escape": translate("errors-reading", "Invalid \\escape"),
        "Invalid \\uXXXX escape": translate("errors-reading", "Invalid \\uXXXX escape"),
        "Extra data": translate("errors-reading", "Extra data"),
    }
    return known.get(message, message)


def _key(value: str) -> str:
    """tomllib's ``('a', 'b')`` as the dotted key a person wrote, quoted: 'a.b'."""
    try:
        parts = ast.literal_eval(value)
    except (ValueError, SyntaxError):
        return value
    if isinstance(parts, tuple) and all(isinstance(part, str) for part in parts):
        return quote(".".join(parts))
    return value


def _toml_reason(reason: str) -> str:
    known = {
        "Cannot overwrite a value": translate("errors-reading", "Cannot overwrite a value"),
        "Unescaped '\\' in a string": translate("errors-reading", "Unescaped '\\' in a string"),
        "Unterminated string": translate("errors-reading", "Unterminated string"),
        "Unclosed inline table": translate("errors-reading", "Unclosed inline table"),
        "Unclosed array": translate("errors-reading", "Unclosed array"),
        "Invalid value": translate("errors-reading", "Invalid value"),
        "Invalid statement": translate("errors-reading", "Invalid statement"),
        "Invalid initial character for a key part": translate(
            "errors-reading", "Invalid initial character for a key part"
        ),
        "Invalid hex value": translate("errors-reading", "Invalid hex value"),
        "Invalid date or datetime": translate("errors-reading", "Invalid date or datetime"),
        "Expected ']]' at the end of an array declaration": translate(
            "errors-reading", "Expected ']]' at the end of an array declaration"
        ),
        "Expected ']' at the end of a table declaration": translate(
            "errors-reading", "Expected ']' at the end of a table declaration"
        ),
        "Expected '=' after a key in a key/value pair": translate(
            "errors-reading", "Expected '=' after a key in a key/value pair"
        ),
        "Expected newline or end of document after a statement": translate(
            "errors-reading", "Expected newline or end of document after a statement"
        ),
        "Escaped character is not a Unicode scalar value": translate(
            "errors-reading", "Escaped character is not a Unicode scalar value"
        ),
    }
    if reason in known:
        return known[reason]
    found = _QUOTED.match(reason)
    if found is None:
        return reason
    head, value = found.group("head"), found.group("value")
    if head == "Cannot declare" and found.group("tail"):
        return translate("errors-reading", "Cannot declare {key} twice").format(key=_key(value))
    if found.group("tail"):
        return reason
    patterns = {
        "Illegal character": translate("errors-reading", "Illegal character {value}"),
        "Found invalid character": translate("errors-reading", "Found invalid character {value}"),
        "Expected": translate("errors-reading", "Expected {value}"),
        "Duplicate inline table key": translate(
            "errors-reading", "Duplicate inline table key {value}"
        ),
        "Cannot redefine namespace": translate(
            "errors-reading", "Cannot redefine namespace {value}"
        ),
        "Cannot mutate immutable namespace": translate(
            "errors-reading", "Cannot mutate immutable namespace {value}"
        ),
    }
    pattern = patterns.get(head)
    return reason if pattern is None else pattern.format(value=value)


def toml_reason(message: str) -> str:
    """``str(tomllib.TOMLDecodeError)`` in the current language, keeping its line and column."""
    found = _TOML_WHERE.match(message)
    if found is None:
        return _toml_reason(message)
    reason = _toml_reason(found.group("reason"))
    if found.group("line") is None:
        return translate("errors-reading", "{reason} (at end of document)").format(reason=reason)
    return translate("errors-reading", "{reason} (at line {line}, column {column})").format(
        reason=reason, line=found.group("line"), column=found.group("column")
    )
