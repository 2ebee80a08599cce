"""Alembic environment for the store's migrations, run programmatically.

``app.store.schema`` hands over an open connection through
``config.attributes["connection"]``; there is no alembic.ini. A developer can
still generate a new revision against a scratch database with
``alembic.command.revision(config, autogenerate=True)`` after setting
``sqlalchemy.url`` on the config (see ``app.store.schema.alembic_config``).
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine

from app.store import review_orm  # noqa: F401 - registers the review tables on the metadata
from app.store.orm import metadata

config = context.config
target_metadata = metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        # SQLite cannot ALTER most things; batch mode copies the table instead.
        render_as_batch=connection.dialect.name == "sqlite",
        # The store issues real BEGINs on SQLite (app.store.engine), so the whole
        # upgrade is one transaction there too: a crash leaves the old schema.
        transactional_ddl=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations() -> None:
    """Run against the handed-over connection, or a URL set on the config."""
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    url = config.get_main_option("sqlalchemy.url")
    if not url:
        raise RuntimeError("no connection or sqlalchemy.url given to the migrations")
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            _run(conn)
            conn.commit()
    finally:
        engine.dispose()


if context.is_offline_mode():
    raise RuntimeError("the store's migrations run online only")
run_migrations()
