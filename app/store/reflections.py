"""The store's reflection and observation methods — pydantic records in and out.

``ReflectionStore`` is a mixin of ``app.store.Store``, written like
``ReviewStore``: the store checks what the database needs (the workshop or
strategy a record hangs off exists) and nothing more.
"""

from __future__ import annotations

import functools
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any

from pydantic import TypeAdapter, ValidationError
from sqlalchemy import Connection, Select, delete, select

from app.i18n import translate
from app.reading.errors import quote
from app.store import orm
from app.store import review_orm as ro
from app.store.errors import CorruptDatabaseError, UnknownRecordError, no_strategy
from app.store.reflection_writes import put_observation, put_reflection

if TYPE_CHECKING:  # the records load with the first read (the CLI's listings never need them)
    from app.review.reflections import Observation, Reflection, ReflectionKind


class ReflectionStore:
    """Reflection and observation persistence; mixed into ``Store`` (its transactions)."""

    location: str

    def _transaction(self, write: bool) -> AbstractContextManager[Connection]:
        raise NotImplementedError  # Store provides it

    def _invalid(self, what: str, err: ValidationError) -> CorruptDatabaseError:
        raise NotImplementedError  # Store provides it

    def _require_workshop(self, conn: Connection, workshop_id: str) -> None:
        raise NotImplementedError  # Store provides it

    def _records(self, query: Select[Any], adapter: TypeAdapter[list[Any]], what: str) -> list[Any]:
        raise NotImplementedError  # ReviewStore provides it

    def _log_review(
        self,
        conn: Connection,
        workshop_id: str,
        what: str,
        record_id: str,
        record: dict[str, Any] | None = None,
    ) -> None:
        raise NotImplementedError  # ReviewStore provides it

    # -- reflections -----------------------------------------------------------------------------

    def save_reflection(self, reflection: Reflection) -> None:
        """Insert or replace a reflection (one per workshop, kind and person).

        Raises:
            UnknownRecordError: its workshop is not in the database.
        """
        with self._transaction(write=True) as conn:
            self._require_workshop(conn, reflection.workshop_id)
            put_reflection(conn, reflection)
            self._log_review(
                conn,
                reflection.workshop_id,
                "reflection",
                reflection.id,
                reflection.model_dump(mode="json"),
            )

    def list_reflections(
        self, workshop_id: str, kind: ReflectionKind | None = None
    ) -> list[Reflection]:
        """The workshop's reflections (of one kind, if given), by kind and author."""
        t = ro.reflections
        query = (
            select(t.c.data)
            .where(t.c.workshop_id == workshop_id)
            .order_by(t.c.kind, t.c.author_key, t.c.id)
        )
        if kind is not None:
            query = query.where(t.c.kind == kind.value)
        return self._records(query, _reflections(), translate("errors-store", "a reflection"))

    def delete_reflection(self, reflection_id: str) -> None:
        """Delete a reflection.

        Raises:
            UnknownRecordError: there is none with this id.
        """
        with self._transaction(write=True) as conn:
            t = ro.reflections
            workshop_id = conn.execute(
                select(t.c.workshop_id).where(t.c.id == reflection_id)
            ).scalar()
            if workshop_id is None:
                raise UnknownRecordError(
                    translate("errors-store", "No reflection {id} in {path}.").format(
                        id=quote(reflection_id), path=self.location
                    )
                )
            conn.execute(delete(t).where(t.c.id == reflection_id))
            self._log_review(conn, str(workshop_id), "reflection-deleted", reflection_id)

    # -- observations ----------------------------------------------------------------------------

    def save_observation(self, observation: Observation) -> None:
        """Insert or replace a team's observation of one drill (one per strategy and event).

        Raises:
            UnknownRecordError: its strategy is not in this workshop (or not in the database).
        """
        with self._transaction(write=True) as conn:
            s = orm.strategies
            owner = conn.execute(
                select(s.c.workshop_id).where(s.c.id == observation.strategy_id)
            ).scalar()
            if owner is None or owner != observation.workshop_id:
                raise no_strategy(observation.strategy_id, self.location, observation.workshop_id)
            put_observation(conn, observation)
            self._log_review(
                conn,
                observation.workshop_id,
                "observation",
                observation.id,
                observation.model_dump(mode="json"),
            )

    def list_observations(
        self, workshop_id: str, strategy_id: str | None = None
    ) -> list[Observation]:
        """The workshop's observations (of one strategy, if given), by strategy and time."""
        t = ro.observations
        query = (
            select(t.c.data)
            .where(t.c.workshop_id == workshop_id)
            .order_by(t.c.strategy_id, t.c.updated_at, t.c.id)
        )
        if strategy_id is not None:
            query = query.where(t.c.strategy_id == strategy_id)
        return self._records(query, _observations(), translate("errors-store", "an observation"))


@functools.cache
def _reflections() -> TypeAdapter[list[Reflection]]:
    from app.review.reflections import Reflection

    return TypeAdapter(list[Reflection])


@functools.cache
def _observations() -> TypeAdapter[list[Observation]]:
    from app.review.reflections import Observation

    return TypeAdapter(list[Observation])
