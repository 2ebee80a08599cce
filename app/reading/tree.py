"""Checks on a parsed JSON or TOML tree, before any model sees it.

The walk is iterative (a deep tree cannot exhaust the stack) and stops at the
first problem, which it names by its key path (``data.strategies[0].revision``).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from app.i18n import grouped, translate
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
        raise InputError(
            translate("errors-reading", "the text contains a NUL character"), key_path(parts)
        )
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise InputError(
                translate(
                    "errors-reading",
                    "the text is not valid Unicode (it holds half of a surrogate pair)",
                ),
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
                raise _too_deep(limits, parts)
            for key in item:
                check_text(key, parts)
            # Reversed onto the stack, so problems are met in document order.
            stack.extend((item[key], (*parts, key)) for key in reversed(item))
        elif isinstance(item, list):
            if len(parts) >= limits.max_depth:
                raise _too_deep(limits, parts)
            stack.extend((item[i], (*parts, i)) for i in range(len(item) - 1, -1, -1))
        elif isinstance(item, str):
            check_text(item, parts)
        elif isinstance(item, bool):
            continue
        elif isinstance(item, int):
            if not limits.int_min <= item <= limits.int_max:
                raise InputError(
                    translate(
                        "errors-reading",
                        "the number {number} is outside the range this app stores "
                        "({low} to {high})",
                    ).format(
                        number=_short(item),
                        low=grouped(limits.int_min),
                        high=grouped(limits.int_max),
                    ),
                    key_path(parts),
                )
        elif isinstance(item, float):
            if not math.isfinite(item):
                raise InputError(
                    translate(
                        "errors-reading",
                        "the number is infinite or not a number; only finite numbers are allowed",
                    ),
                    key_path(parts),
                )
        elif isinstance(item, TooLongNumber):
            raise InputError(
                translate(
                    "errors-reading",
                    "a number of {count} characters is too long to be one this app stores",
                ).format(count=grouped(item.length)),
                key_path(parts),
            )


def _too_deep(limits: Limits, parts: Sequence[int | str]) -> InputError:
    return InputError(
        translate("errors-reading", "nested more than {depth} levels deep").format(
            depth=limits.max_depth
        ),
        key_path(parts),
    )


def _short(number: int) -> str:
    text = str(number)
    if len(text) <= 24:
        return text
    return translate("errors-reading", "{start}…({count} digits)").format(
        start=text[:10], count=len(text)
    )
