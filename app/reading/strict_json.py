"""Strict JSON: UTF-8 (a byte-order mark allowed), one document, bounded in every dimension.

Refused, each with one ``JsonSyntaxError`` saying where: bytes that are not
UTF-8 (or are UTF-16/32), an empty document, invalid JSON (line and column),
NaN and Infinity, a key twice in one object, a number literal too long to be
one the app stores (Python would spend time converting it, and refuses more
than 4,300 digits with an unrelated error), nesting past the depth limit, and
everything ``app.reading.tree.check_tree`` refuses.
"""

from __future__ import annotations

import codecs
import json
from typing import Any

from app.i18n import translate
from app.reading.errors import InputError, quote
from app.reading.files import size_text
from app.reading.limits import MAX_NUMBER_CHARS, Limits
from app.reading.parser_messages import json_reason
from app.reading.tree import TooLongNumber, check_tree

UTF8_BOM = codecs.BOM_UTF8
_WIDE_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


class JsonSyntaxError(InputError):
    """The bytes are not one acceptable JSON document; the message says where and why."""


def _refuse_constant(name: str) -> Any:
    raise JsonSyntaxError(
        translate("errors-reading", "{name} is not a JSON number").format(name=name)
    )


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            # Python's json keeps the last duplicate silently; a value would be lost.
            raise JsonSyntaxError(
                translate(
                    "errors-reading", "the key {key} appears twice in one JSON object"
                ).format(key=quote(key))
            )
        result[key] = value
    return result


def _int(text: str) -> int | TooLongNumber:
    # Converting a long literal costs quadratic time and above 4,300 digits raises an
    # unrelated ValueError; the tree check reports it with its path instead.
    return int(text) if len(text) <= MAX_NUMBER_CHARS else TooLongNumber(len(text))


def _float(text: str) -> float | TooLongNumber:
    return float(text) if len(text) <= MAX_NUMBER_CHARS else TooLongNumber(len(text))


def decode_text(raw: bytes) -> str:
    """UTF-8 bytes as text, a leading byte-order mark dropped.

    Raises:
        JsonSyntaxError: UTF-16/32 or bytes that are not UTF-8 (naming the line).
    """
    if raw.startswith(_WIDE_BOMS):
        raise JsonSyntaxError(
            translate(
                "errors-reading", "not UTF-8 text: saved as UTF-16 or UTF-32; save it as UTF-8"
            )
        )
    if raw.startswith(UTF8_BOM):
        raw = raw[len(UTF8_BOM) :]  # a byte-order mark some Windows editors add; harmless
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as err:
        line = raw.count(b"\n", 0, err.start) + 1
        raise JsonSyntaxError(
            translate(
                "errors-reading", "not UTF-8 text (byte {byte}, on line {line}, cannot be decoded)"
            ).format(byte=err.start, line=line)
        ) from None


def parse_json(raw: bytes, limits: Limits) -> Any:
    """Parse UTF-8 JSON strictly within ``limits``.

    Raises:
        JsonSyntaxError: with a message naming the line and column or the key path.
    """
    if len(raw) > limits.max_bytes:
        raise JsonSyntaxError(
            translate("errors-reading", "is {size}; the limit is {limit}").format(
                size=size_text(len(raw)), limit=size_text(limits.max_bytes)
            )
        )
    text = decode_text(raw)
    if not text.strip():
        raise JsonSyntaxError(translate("errors-reading", "the file is empty"))
    try:
        value = json.loads(
            text,
            object_pairs_hook=_unique_keys,
            parse_constant=_refuse_constant,
            parse_int=_int,
            parse_float=_float,
        )
    except json.JSONDecodeError as err:
        # Every document ends with "}"; an error at or before a missing end means a cut-off file.
        end = text.rstrip()
        truncated = err.pos >= len(end) or not end.endswith(("}", "]"))
        if truncated:
            message = translate(
                "errors-reading",
                "not valid JSON: {reason} at line {line}, column {column} "
                "— the file looks truncated",
            )
        else:
            message = translate(
                "errors-reading", "not valid JSON: {reason} at line {line}, column {column}"
            )
        raise JsonSyntaxError(
            message.format(reason=json_reason(err.msg), line=err.lineno, column=err.colno)
        ) from None
    except RecursionError:
        raise JsonSyntaxError(
            translate(
                "errors-reading", "not valid JSON here: nested more than {depth} levels deep"
            ).format(depth=limits.max_depth)
        ) from None
    try:
        check_tree(value, limits)
    except InputError as err:
        raise JsonSyntaxError(err.reason, err.where) from None
    return value
