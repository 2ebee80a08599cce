"""Whole numbers the app stores: one range that SQLite and PostgreSQL both hold.

SQLite's INTEGER holds 64 bits, PostgreSQL's ``integer`` (what SQLAlchemy's
``Integer`` creates there) 32. A value that one store takes and the other
refuses would make the same file import on one seat and fail on another, so
every stored whole number lives in PostgreSQL's range, on both.

Counters that edits increase (a strategy's revision, a phase's evaluation)
are held lower when they come from outside (an import file): an imported
strategy can then still take a billion edits before its counter reaches the
end of the stored range, so no edit can ever write a number the next load
refuses.

pydantic's lax mode takes ``true`` for 1 and ``false`` for 0; a number here
never accepts a boolean.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import BeforeValidator, Field

from models.errors import translate

STORE_INT_MIN = -(2**31)
"""The smallest whole number stored (PostgreSQL ``integer``)."""
STORE_INT_MAX = 2**31 - 1
"""The largest whole number stored (PostgreSQL ``integer``): 2,147,483,647."""
IMPORTED_COUNTER_MAX = 1_000_000_000
"""The largest revision or evaluation number an import file may carry."""


def not_bool(value: object) -> object:
    """Refuse ``True``/``False`` where a number is expected (pydantic would take them as 1/0)."""
    if isinstance(value, bool):
        raise ValueError(translate("errors-model", "must be a number, not true/false"))
    return value


StoredInt = Annotated[int, BeforeValidator(not_bool), Field(ge=STORE_INT_MIN, le=STORE_INT_MAX)]
"""A whole number in the stored range, never a boolean."""
Counter = Annotated[int, BeforeValidator(not_bool), Field(ge=0, le=STORE_INT_MAX)]
"""A revision-like count from 0 up to the end of the stored range, never a boolean."""
Number = Annotated[float, BeforeValidator(not_bool)]
"""A real number that is never a boolean (finite or not is the field's own rule)."""
