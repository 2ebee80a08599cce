"""Bytes in and out: canonical JSON for the content hash, file bytes, and strict parsing.

The file layout (UTF-8, indent 2, sorted keys, trailing newline) and the
canonical form the hash is taken over are both fixed here, so export →
import → export gives the same bytes and agencies can verify a hash with any
JSON tool that sorts keys.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any


class JsonSyntaxError(ValueError):
    """The bytes are not one valid JSON document; the message says where and why."""


def canonical_json(value: Any) -> bytes:
    """``value`` as canonical JSON: sorted keys, no spaces, UTF-8 (not ASCII-escaped).

    Raises:
        UnicodeEncodeError: the value holds a lone surrogate (not valid Unicode).
    """
    text = json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    )
    return text.encode("utf-8")


def content_hash(data: Any) -> str:
    """The hex SHA-256 of the canonical JSON of ``data`` (a document's ``data`` member)."""
    return hashlib.sha256(canonical_json(data)).hexdigest()


def document_bytes(document: Any) -> bytes:
    """A whole document as file bytes: UTF-8 JSON, indent 2, sorted keys, trailing newline."""
    text = json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False, allow_nan=False)
    return (text + "\n").encode("utf-8")


def _refuse_constant(name: str) -> Any:
    raise JsonSyntaxError(f"{name} is not a JSON number")


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            # Python's json keeps the last duplicate silently; a value would be lost.
            raise JsonSyntaxError(f"the key {key!r} appears twice in one JSON object")
        result[key] = value
    return result


def parse_json(raw: bytes) -> Any:
    """Parse UTF-8 JSON strictly: no NaN/Infinity, no duplicate keys, no trailing garbage.

    Raises:
        JsonSyntaxError: with a message naming the line and column, or the problem.
    """
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]  # a byte-order mark some Windows editors add; harmless
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        raise JsonSyntaxError(f"not UTF-8 text (byte {err.start} cannot be decoded)") from None
    if not text.strip():
        raise JsonSyntaxError("the file is empty")
    try:
        return json.loads(text, object_pairs_hook=_unique_keys, parse_constant=_refuse_constant)
    except json.JSONDecodeError as err:
        # Every document ends with "}"; an error at or before a missing end means a cut-off file.
        end = text.rstrip()
        truncated = err.pos >= len(end) or not end.endswith(("}", "]"))
        hint = " — the file looks truncated" if truncated else ""
        raise JsonSyntaxError(
            f"not valid JSON: {err.msg} at line {err.lineno}, column {err.colno}{hint}"
        ) from None
    except RecursionError:
        raise JsonSyntaxError("not valid JSON: nested too deeply") from None
