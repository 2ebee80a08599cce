"""Checks on a parsed JSON or TOML tree, before any model sees it.

The walk is iterative (a deep tree cannot exhaust the stack) and stops at the
first problem, which it names by its key path (``data.strategies[0].revision``).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from app.reading.errors import InputError
from app.reading.limits import Limits


class TooLongNumber:
    """A number literal the JSON parser left unconverted because it was too long."""

    __slots__ = ("length",)

    def __init__(self, length: int) -> None:
        self.length = length


def key_path(parts: Sequence[int | str]) -> str:
    """``('a', 0, 'b')`` → ``a[0].b``; keys that are not plain words are quoted."""
    text = ""
    for part in parts:
        if isinstance(part, int):
            text += f"[{part}]"
            continue
        name = part if part.replace("_", "a").replace("-", "a").isalnum() else repr(part)
        text += f".{name}" if text else name
    return text


def check_text(value: str, parts: Sequence[int | str]) -> None:
    """Refuse a NUL character or a lone surrogate (text that is not valid Unicode)."""
    if "\x00" in value:
        raise InputError("the text contains a NUL character", key_path(parts))
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise InputError(
                "the text is not valid Unicode (it holds half of a surrogate pair)",
                key_path(parts),
            ) from None


def check_tree(value: Any, limits: Limits) -> None:
    """Walk a parsed tree and refuse what no model should ever see.

    Raises:
        InputError: nested deeper than ``limits.max_depth``; a whole number outside
            ``limits.int_min``…``limits.int_max``; a number too long to read; an
            infinite or NaN number; text with a NUL or a lone surrogate.
    """
    stack: list[tuple[Any, tuple[int | str, ...]]] = [(value, ())]
    while stack:
        item, parts = stack.pop()
        if isinstance(item, dict):
            if len(parts) >= limits.max_depth:
                raise InputError(
                    f"nested more than {limits.max_depth} levels deep", key_path(parts)
                )
            for key in item:
                check_text(key, parts)
            # Reversed onto the stack, so problems are met in document order.
            stack.extend((item[key], (*parts, key)) for key in reversed(item))
        elif isinstance(item, list):
            if len(parts) >= limits.max_depth:
                raise InputError(
                    f"nested more than {limits.max_depth} levels deep", key_path(parts)
                )
            stack.extend((item[i], (*parts, i)) for i in range(len(item) - 1, -1, -1))
        elif isinstance(item, str):
            check_text(item, parts)
        elif isinstance(item, bool):
            continue
        elif isinstance(item, int):
            if not limits.int_min <= item <= limits.int_max:
                raise InputError(
                    f"the number {_short(item)} is outside the range this app stores "
                    f"({limits.int_min:,} to {limits.int_max:,})",
                    key_path(parts),
                )
        elif isinstance(item, float):
            if not math.isfinite(item):
                raise InputError(
                    "the number is infinite or not a number; only finite numbers are allowed",
                    key_path(parts),
                )
        elif isinstance(item, TooLongNumber):
            raise InputError(
                f"a number of {item.length:,} characters is too long to be one this app stores",
                key_path(parts),
            )


def _short(number: int) -> str:
    text = str(number)
    return text if len(text) <= 24 else f"{text[:10]}…({len(text)} digits)"
