"""Reading a damaged database: a bad value becomes a marker, a bad row a clear error.

A row edited by hand or by another tool can hold what the drivers cannot
decode: text that is not JSON in a JSON column, ``'not-a-date'`` in a date
column, bytes that are not UTF-8 in a text column. SQLAlchemy and ``sqlite3``
raise on those while the rows are fetched, halfway through a list, with a
traceback. Here each such value is read as a ``Damaged`` marker instead; the
pydantic validation every row goes through then refuses it like any other bad
value, and the store reports the table and row (``DamagedRowError``), skips
that row in lists, and keeps reading the rest.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from pydantic import ValidationError

from app.i18n import translate
from app.store.errors import shown_key
from models.errors import validation_message


class Damaged:
    """A column value that could not be decoded; pydantic refuses it as any bad value."""

    __slots__ = ("reason",)

    def __init__(self, reason: str) -> None:
        self.reason = reason

    def __repr__(self) -> str:
        return f"<damaged: {self.reason}>"


def json_or_damaged(text: Any) -> Any:
    """``json.loads`` for JSON columns; text that is not JSON becomes a ``Damaged`` marker.

    Given to ``create_engine`` as ``json_deserializer``.
    """
    if isinstance(text, Damaged):
        return text
    try:
        return json.loads(text)
    except (ValueError, TypeError, RecursionError):
        return Damaged(translate("errors-store", "is not valid JSON"))


def text_or_damaged(raw: bytes) -> str | Damaged:
    """SQLite's text values as ``str``; bytes that are not UTF-8 become a ``Damaged`` marker."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return Damaged(translate("errors-store", "is not UTF-8 text"))


class BadRowError(Exception):
    """A row that does not make a valid record: its table, key and what is wrong."""

    def __init__(self, table: str, key: tuple[object, ...], detail: str) -> None:
        super().__init__(
            translate("errors-store", "table {table}, row {row}: {detail}").format(
                table=table, row=shown_key(key), detail=detail
            )
        )
        self.table = table
        self.key = key
        self.detail = detail


def detail(err: ValidationError, skip: int = 0, column: str = "") -> str:
    """The first problem of a validation error as ``column: reason``.

    Args:
        err: the error.
        skip: leading parts of the error location that are not column names (a list index).
        column: the column to name when the whole value was refused (a JSON column).
    """
    first = err.errors(include_url=False)[0]
    loc: Sequence[Any] = first["loc"][skip:]
    where = ".".join(str(part) for part in loc) or column
    value = first.get("input")
    reason = value.reason if isinstance(value, Damaged) else validation_message(first)
    if not where:
        return reason
    if isinstance(value, Damaged):
        return translate("errors-store", "{column} {reason}").format(column=where, reason=reason)
    return translate("errors-store", "{column}: {reason}").format(column=where, reason=reason)


def first_index(err: ValidationError) -> int | None:
    """The list index at the start of the first error's location, if there is one."""
    loc = err.errors(include_url=False)[0]["loc"]
    return loc[0] if loc and isinstance(loc[0], int) else None
