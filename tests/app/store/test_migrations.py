"""Alembic migrations build exactly the schema of app.store.orm, and the store sets its pragmas."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect, text

from app.store import Store
from app.store.orm import metadata
from app.store.schema import HEAD_REVISION, alembic_config


def _diff(url: str) -> list[object]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return list(compare_metadata(MigrationContext.configure(conn), metadata))
    finally:
        engine.dispose()


def test_open_creates_folder_file_and_full_schema(db_path: Path, db_url: str) -> None:
    assert not db_path.parent.exists()
    Store.open(db_url).close()
    assert db_path.is_file()
    assert _diff(db_url) == []
    engine = create_engine(db_url)
    with engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
    engine.dispose()
    assert tables == {*metadata.tables, "alembic_version"}
    assert tables >= {
        "workshops",
        "teams",
        "members",
        "scenarios",
        "strategies",
        "cards",
        "links",
        "operations",
    }
    assert version == HEAD_REVISION


def test_head_constant_matches_the_migration_scripts() -> None:
    script = ScriptDirectory.from_config(alembic_config())
    assert script.get_heads() == [HEAD_REVISION]


def test_downgrade_to_empty_and_upgrade_again(db_url: str) -> None:
    Store.open(db_url).close()
    engine = create_engine(db_url)
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), "base")
    with engine.connect() as conn:
        assert set(inspect(conn).get_table_names()) <= {"alembic_version"}
    engine.dispose()
    Store.open(db_url).close()
    assert _diff(db_url) == []


def test_reopening_keeps_data_and_schema(db_url: str) -> None:
    from tests.app.store.conftest import make_workshop

    with Store.open(db_url) as store:
        store.save_workshop(make_workshop())
    with Store.open(db_url) as store:
        assert store.list_workshops() == [make_workshop()]
    assert _diff(db_url) == []


def test_sqlite_connection_settings(store: Store) -> None:
    conn = store._connection()
    with conn.begin():
        values = {
            name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()
            for name in ("journal_mode", "foreign_keys", "synchronous", "wal_autocheckpoint")
        }
    assert values == {
        "journal_mode": "wal",
        "foreign_keys": 1,
        "synchronous": 1,  # NORMAL
        "wal_autocheckpoint": 0,
    }


def test_in_memory_database_works() -> None:
    from tests.app.store.conftest import make_workshop

    with Store.open("sqlite://") as store:
        store.save_workshop(make_workshop())
        assert [w.id for w in store.list_workshops()] == ["ws-1"]
