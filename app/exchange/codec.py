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

from app.reading.limits import EXCHANGE, Limits
from app.reading.strict_json import JsonSyntaxError
from app.reading.strict_json import parse_json as strict_parse_json

__all__ = ["JsonSyntaxError", "canonical_json", "content_hash", "document_bytes", "parse_json"]


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


def parse_json(raw: bytes, limits: Limits = EXCHANGE) -> Any:
    """Parse an exchange document's bytes strictly (``app.reading.strict_json``).

    No NaN/Infinity, no duplicate keys, no trailing garbage, bounded in size,
    depth and numbers; a UTF-8 byte-order mark is accepted.

    Raises:
        JsonSyntaxError: with a message naming the line and column, or the key path.
    """
    return strict_parse_json(raw, limits)
