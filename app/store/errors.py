"""Store errors: each message is one user-facing line.

``StoreWriteError`` and the refusals at open mean the *environment* failed (a
full disk, a read-only or removed file, a file that is not ours); the app tells
the user and carries on. Anything else escaping the store is a bug and is left
to crash loudly.
"""

from __future__ import annotations


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
            f"The database {location} is damaged: table {table}, row {self.row}: {detail}. "
            "Nothing was changed; the rest of the database can still be read."
        )
