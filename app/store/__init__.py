"""The store: SQLAlchemy persistence of workshops, scenarios and strategies.

Pydantic records go in and come out; the tables stay inside this package.

The names below load on first use (PEP 562), so ``from app.store.errors import
StoreError`` — or a CLI command that only catches store errors — does not import
SQLAlchemy, and ``from app.store import Store`` does not build the review records.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.store.errors import (
        ConflictError,
        CorruptDatabaseError,
        DamagedRowError,
        DuplicateRecordError,
        NewerSchemaError,
        NotADatabaseError,
        StoreError,
        StoreWriteError,
        TeamInUseError,
        UnknownRecordError,
    )
    from app.store.review_writes import ReviewRecords
    from app.store.reviews import SnapshotSummary
    from app.store.rows import StrategySummary
    from app.store.sharing import ChangeFeed, Presence, Seat
    from app.store.store import Store

# public name -> the module that defines it
_HOMES = {
    "ConflictError": "app.store.errors",
    "CorruptDatabaseError": "app.store.errors",
    "DamagedRowError": "app.store.errors",
    "DuplicateRecordError": "app.store.errors",
    "NewerSchemaError": "app.store.errors",
    "NotADatabaseError": "app.store.errors",
    "StoreError": "app.store.errors",
    "StoreWriteError": "app.store.errors",
    "TeamInUseError": "app.store.errors",
    "UnknownRecordError": "app.store.errors",
    "ReviewRecords": "app.store.review_writes",
    "SnapshotSummary": "app.store.reviews",
    "StrategySummary": "app.store.rows",
    "ChangeFeed": "app.store.sharing",
    "Presence": "app.store.sharing",
    "Seat": "app.store.sharing",
    "Store": "app.store.store",
}

__all__ = [
    "ChangeFeed",
    "ConflictError",
    "CorruptDatabaseError",
    "DamagedRowError",
    "DuplicateRecordError",
    "NewerSchemaError",
    "NotADatabaseError",
    "Presence",
    "ReviewRecords",
    "Seat",
    "SnapshotSummary",
    "Store",
    "StoreError",
    "StoreWriteError",
    "StrategySummary",
    "TeamInUseError",
    "UnknownRecordError",
]


def __getattr__(name: str) -> object:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_HOMES})
