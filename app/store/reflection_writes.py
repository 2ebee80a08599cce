"""Write statements for reflections and observations, run inside a caller's transaction.

Used by ``app.store.reflections.ReflectionStore`` for one record and by
``put_reviews`` for a whole workshop's (import, the demo). A record replaces the
one with its id or its natural key (one reflection per workshop, kind and person;
one observation per strategy and event).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Connection, delete, insert

from app.store import review_orm as ro

if TYPE_CHECKING:
    from app.review.reflections import Observation, Reflection


def put_reflection(conn: Connection, reflection: Reflection) -> None:
    """Replace the reflection with this id or of this person in this workshop."""
    t = ro.reflections
    author_key = reflection.author.casefold()
    conn.execute(
        delete(t).where(
            (t.c.id == reflection.id)
            | (
                (t.c.workshop_id == reflection.workshop_id)
                & (t.c.kind == reflection.kind.value)
                & (t.c.author_key == author_key)
            )
        )
    )
    conn.execute(
        insert(t),
        {
            "id": reflection.id,
            "workshop_id": reflection.workshop_id,
            "kind": reflection.kind.value,
            "author_key": author_key,
            "updated_at": reflection.updated_at,
            "data": reflection.model_dump(mode="json"),
        },
    )


def put_observation(conn: Connection, observation: Observation) -> None:
    """Replace the observation with this id or of this strategy and event."""
    t = ro.observations
    conn.execute(
        delete(t).where(
            (t.c.id == observation.id)
            | (
                (t.c.strategy_id == observation.strategy_id)
                & (t.c.event_key == observation.event_key)
            )
        )
    )
    conn.execute(
        insert(t),
        {
            "id": observation.id,
            "workshop_id": observation.workshop_id,
            "strategy_id": observation.strategy_id,
            "event_key": observation.event_key,
            "updated_at": observation.updated_at,
            "data": observation.model_dump(mode="json"),
        },
    )
