"""The store: SQLAlchemy persistence of workshops, scenarios and strategies.

Pydantic records go in and come out; the ORM classes stay inside this package.
"""

from app.store.errors import (
    ConflictError,
    CorruptDatabaseError,
    DamagedRowError,
    DuplicateRecordError,
    NewerSchemaError,
    NotADatabaseError,
    StoreError,
    StoreWriteError,
    UnknownRecordError,
)
from app.store.review_writes import ReviewRecords
from app.store.reviews import SnapshotSummary
from app.store.rows import StrategySummary
from app.store.store import Store

__all__ = [
    "ConflictError",
    "CorruptDatabaseError",
    "DamagedRowError",
    "DuplicateRecordError",
    "NewerSchemaError",
    "NotADatabaseError",
    "ReviewRecords",
    "SnapshotSummary",
    "Store",
    "StoreError",
    "StoreWriteError",
    "StrategySummary",
    "UnknownRecordError",
]
