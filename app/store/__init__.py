"""The store: SQLAlchemy persistence of workshops, scenarios and strategies.

Pydantic records go in and come out; the ORM classes stay inside this package.
"""

from app.store.errors import (
    ConflictError,
    CorruptDatabaseError,
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

__all__ = [
    "ChangeFeed",
    "ConflictError",
    "CorruptDatabaseError",
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
