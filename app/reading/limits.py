"""The bounds every reader applies before and after parsing (documented in docs/limits.md).

Each is far above what a real file reaches and far below what would let a
file stall the app or exhaust its memory: a strategy of 500 cards with full
notes is about 1 MB of JSON, the largest shipped content file about 60 KB, and
no file nests more than about 12 levels.
"""

from __future__ import annotations

from dataclasses import dataclass

from models.numbers import STORE_INT_MAX, STORE_INT_MIN

MIB = 1024 * 1024

MAX_EXCHANGE_BYTES = 32 * MIB
"""An exchange document (strategy or whole workshop with reviews and snapshots)."""
MAX_CONTENT_BYTES = 4 * MIB
"""One content file: a catalog, scenario, rule pack, drill or rubric file."""
MAX_SMALL_FILE_BYTES = 1 * MIB
"""A policy or hash file beside the rule packs."""
MAX_CSV_BYTES = 8 * MIB
"""A CSV of rubric scores or team members a facilitator imports."""
MAX_CLIPBOARD_BYTES = 2_000_000
"""Copied cards pasted from the clipboard."""
MAX_DEPTH = 32
"""Arrays, objects and tables nested inside each other."""
MAX_KEY_PARTS = 32
"""Parts of one dotted TOML key (``a.b.c`` has three)."""
MAX_BARE_TOKEN = 256
"""Characters of one unquoted TOML key or value (a number, a date, ``true``)."""
MAX_NUMBER_CHARS = 40
"""Characters of one JSON number (an integer in range has at most 11)."""


@dataclass(frozen=True)
class Limits:
    """The bounds of one reader."""

    max_bytes: int
    max_depth: int = MAX_DEPTH
    int_min: int = STORE_INT_MIN
    int_max: int = STORE_INT_MAX


EXCHANGE = Limits(max_bytes=MAX_EXCHANGE_BYTES)
CONTENT = Limits(max_bytes=MAX_CONTENT_BYTES)
SMALL_FILE = Limits(max_bytes=MAX_SMALL_FILE_BYTES)
CLIPBOARD = Limits(max_bytes=MAX_CLIPBOARD_BYTES)
CSV = Limits(max_bytes=MAX_CSV_BYTES)
