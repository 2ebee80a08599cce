"""Store errors: each message is one user-facing line.

``StoreWriteError`` and the refusals at open mean the *environment* failed (a
full disk, a read-only or removed file, a file that is not ours); the app tells
the user and carries on. Anything else escaping the store is a bug and is left
to crash loudly.
"""

from __future__ import annotations

from app.i18n import translate
from app.reading.errors import quote


class StoreError(Exception):
    """Base of every store error; ``str(err)`` is a one-line message for the user."""


class NotADatabaseError(StoreError):
    """The file is not a database of this app (random bytes, text, another app's SQLite)."""


class CorruptDatabaseError(StoreError):
    """The file is an SQLite database, but damaged or truncated."""


class NewerSchemaError(StoreError):
    """The database was written by a newer version of the app; it is left untouched."""


class StoreWriteError(StoreError):
    """A write failed because of the environment: disk full, read-only, locked or removed."""


class UnknownRecordError(StoreError):
    """A workshop or strategy asked for by id is not in the database."""


class DuplicateRecordError(StoreError):
    """A strategy with this id is already in the database."""


class ConflictError(StoreError):
    """The strategy was saved elsewhere (another window or seat) since this copy was loaded."""


class TeamInUseError(StoreError):
    """A team cannot be removed while strategies belong to it (they would be orphaned)."""


class DamagedRowError(CorruptDatabaseError):
    """One row cannot be read (edited by hand or by another tool); the rest still can.

    Attributes:
        table: the table the row is in.
        key: the row's key (its primary key columns' values).
        row: the key as shown in the message (``'s1'``, ``('s1', 'c2')``).
        detail: which column, and why.
    """

    def __init__(self, location: str, table: str, key: tuple[object, ...], detail: str) -> None:
        self.table = table
        self.key = key
        self.row = repr(key[0]) if len(key) == 1 else repr(key)
        self.detail = detail
        super().__init__(
            translate(
                "errors-store",
                "The database {location} is damaged: table {table}, row {row}: {detail}. "
                "Nothing was changed; the rest of the database can still be read.",
            ).format(location=location, table=table, row=shown_key(key), detail=detail)
        )


def shown_key(key: tuple[object, ...]) -> str:
    """A row's key as a message shows it: ``'s1'``, ``('s1', 2)``; « s1 » in French."""
    parts = [quote(part) if isinstance(part, str) else str(part) for part in key]
    return parts[0] if len(parts) == 1 else f"({', '.join(parts)})"


def no_workshop(workshop_id: str, location: str) -> UnknownRecordError:
    """The error for a workshop asked for by id that the database does not hold."""
    return UnknownRecordError(
        translate("errors-store", "No workshop with id {id} in {path}.").format(
            id=quote(workshop_id), path=location
        )
    )


def no_strategy(strategy_id: str, location: str, where: str = "") -> UnknownRecordError:
    """The error for a strategy asked for by id (of workshop ``where``) that is not there."""
    if where:
        return UnknownRecordError(
            translate(
                "errors-store", "No strategy with id {id} of workshop {workshop} in {path}."
            ).format(id=quote(strategy_id), workshop=quote(where), path=location)
        )
    return UnknownRecordError(
        translate("errors-store", "No strategy with id {id} in {path}.").format(
            id=quote(strategy_id), path=location
        )
    )
