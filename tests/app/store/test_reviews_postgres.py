"""The review tables on PostgreSQL: the same records back, the same cascades.

Uses the throwaway server of ``test_postgres`` (skipped without PostgreSQL or psycopg).
"""

from __future__ import annotations

from app.store import Store
from tests.app.store.conftest import WORKSHOP_ID, make_workshop

# The fixtures; importing test_postgres also skips this module without psycopg.
from tests.app.store.test_postgres import pg_url, server  # noqa: F401
from tests.app.store.test_reviews import STRATEGY_A, STRATEGY_B, _fill, _strategy


def test_reviews_round_trip_and_cascade_on_postgres(pg_url: str) -> None:  # noqa: F811
    with Store.open(pg_url) as store:
        store.save_workshop(make_workshop())
        store.create_strategy(_strategy(STRATEGY_A, "team-a"))
        store.create_strategy(_strategy(STRATEGY_B, "team-b"))
        records = _fill(store)
        assert records.rounds[0].locked is False
    with Store.open(pg_url) as store:
        assert store.workshop_reviews(WORKSHOP_ID) == records
        locked = records.rounds[0].model_copy(update={"locked": True})
        store.save_round(locked)
        assert store.list_rounds(WORKSHOP_ID) == [locked]
        store.delete_strategy(STRATEGY_A)
        left = store.workshop_reviews(WORKSHOP_ID)
        assert (left.sheets, left.feedback, left.phase_reviews, left.snapshots) == ((),) * 4
        assert left.rounds == (locked,) and left.agenda == records.agenda
