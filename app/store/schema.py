"""Opening a database safely: look before writing, then migrate with Alembic.

An existing SQLite file is inspected through a separate read-only connection
*before* anything may write to it: the header must say SQLite, the file must
pass ``PRAGMA quick_check``, it must be ours (an ``alembic_version`` table) and
its schema revision must be one this app knows. Only then does the store open
it for writing and let Alembic upgrade it. A refused file is never modified.
"""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, inspect, text

from app.i18n import translate
from app.reading.files import file_kind
from app.store.engine import sqlite_reason
from app.store.errors import (
    CorruptDatabaseError,
    NewerSchemaError,
    NotADatabaseError,
    StoreError,
)

if TYPE_CHECKING:
    from alembic.config import Config

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# The newest revision in migrations/versions; a test keeps the two in step. Knowing
# it here lets an up-to-date database open without importing Alembic at all.
HEAD_REVISION = "0006"
VERSION_TABLE = "alembic_version"


def alembic_config(connection: Connection | None = None, url: str | None = None) -> Config:
    """An Alembic config pointing at the packaged migrations (no alembic.ini needed).

    Args:
        connection: an open connection the migrations run on, or None.
        url: a database URL, for tools that let Alembic connect itself.
    """
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if url is not None:
        config.set_main_option("sqlalchemy.url", url)
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def known_revisions() -> frozenset[str]:
    """Every schema revision this version of the app ships."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return frozenset(rev.revision for rev in script.walk_revisions())


def check_revision(revision: str | None, where: str) -> None:
    """Refuse a schema revision this app does not know (written by a newer version).

    Raises:
        NewerSchemaError: ``revision`` is not one of ours.
    """
    if revision is None or revision == HEAD_REVISION:
        return
    if revision not in known_revisions():
        raise NewerSchemaError(
            translate(
                "errors-store",
                "{path} was written by a newer version of MLOps Canvas (schema {revision}); "
                "it was left untouched — update the app to open it.",
            ).format(path=where, revision=revision)
        )


def upgrade(connection: Connection) -> None:
    """Bring the schema on ``connection`` up to the newest revision."""
    from alembic import command

    command.upgrade(alembic_config(connection), "head")


def inspect_sqlite_file(path: Path) -> str | None:
    """Check an existing SQLite file without writing to it; return its schema revision.

    Returns:
        The ``alembic_version`` revision, or None for a missing, empty or blank
        database (which the store may initialise).

    Raises:
        NotADatabaseError: not an SQLite file, or another application's database.
        CorruptDatabaseError: an SQLite file that is truncated or damaged.
        StoreError: the file cannot be read at all (permissions).
    """
    try:
        info = path.stat()
    except FileNotFoundError:
        return None
    except OSError as err:
        raise StoreError(
            translate("errors-store", "Cannot open {path}: {reason}.").format(
                path=path, reason=err.strerror or err
            )
        ) from err
    if not stat.S_ISREG(info.st_mode):
        # SQLite would open a FIFO and wait on it forever, or read a device without end.
        raise NotADatabaseError(
            translate(
                "errors-store", "{path} is {kind}, not a database file; it was left untouched."
            ).format(path=path, kind=file_kind(info.st_mode))
        )
    size = info.st_size
    if size == 0:
        # SQLite itself treats an empty file as an empty database; nothing can be lost.
        return None
    _check_header(path, size)
    return _check_contents(path)


def _check_header(path: Path, size: int) -> None:
    try:
        with path.open("rb") as handle:
            header = handle.read(HEADER_SIZE)
    except OSError as err:
        raise StoreError(
            translate("errors-store", "Cannot read {path}: {reason}.").format(
                path=path, reason=err.strerror or err
            )
        ) from err
    if not header.startswith(SQLITE_MAGIC):
        raise NotADatabaseError(
            translate(
                "errors-store",
                "{path} is not an MLOps Canvas database (it is not an SQLite file); "
                "it was left untouched.",
            ).format(path=path)
        )
    if len(header) < HEADER_SIZE:
        raise CorruptDatabaseError(
            translate(
                "errors-store", "{path} is a damaged database (truncated); it was left untouched."
            ).format(path=path)
        )
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    valid_page = 512 <= page_size <= 65536 and page_size & (page_size - 1) == 0
    if not valid_page or size % page_size:
        raise CorruptDatabaseError(
            translate(
                "errors-store",
                "{path} is a damaged database (truncated or overwritten); it was left untouched.",
            ).format(path=path)
        )


def _check_contents(path: Path) -> str | None:
    uri = f"{path.absolute().as_uri()}?mode=ro"
    if not any(Path(f"{path}-{side}").exists() for side in ("wal", "journal")):
        # No WAL or hot journal: nothing else has it open or needs recovery, so read
        # it as immutable and not even the -wal/-shm side files get created.
        uri += "&immutable=1"
    try:
        db = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as err:
        raise StoreError(
            translate("errors-store", "Cannot open {path}: {reason}.").format(
                path=path, reason=sqlite_reason(str(err))
            )
        ) from err
    try:
        problems = [row[0] for row in db.execute("PRAGMA quick_check")]
        if problems != ["ok"]:
            raise CorruptDatabaseError(
                translate(
                    "errors-store",
                    "{path} is a damaged database ({reason}); it was left untouched.",
                ).format(path=path, reason=problems[0])
            )
        tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not tables:
            return None
        if VERSION_TABLE not in tables:
            raise NotADatabaseError(
                translate(
                    "errors-store",
                    "{path} is another application's database, not MLOps Canvas's; "
                    "it was left untouched.",
                ).format(path=path)
            )
        versions = [row[0] for row in db.execute(f"SELECT version_num FROM {VERSION_TABLE}")]
    except sqlite3.OperationalError as err:
        raise StoreError(
            translate("errors-store", "Cannot read {path}: {reason}.").format(
                path=path, reason=sqlite_reason(str(err))
            )
        ) from err
    except sqlite3.DatabaseError as err:
        raise CorruptDatabaseError(
            translate(
                "errors-store", "{path} is a damaged database ({reason}); it was left untouched."
            ).format(path=path, reason=sqlite_reason(str(err)))
        ) from err
    finally:
        db.close()
    if not versions and tables != {VERSION_TABLE}:
        raise NotADatabaseError(
            translate(
                "errors-store",
                "{path} has tables but no schema version, so it is not MLOps Canvas's; "
                "it was left untouched.",
            ).format(path=path)
        )
    if len(versions) > 1:
        raise CorruptDatabaseError(
            translate(
                "errors-store", "{path} records several schema versions; it was left untouched."
            ).format(path=path)
        )
    return versions[0] if versions else None


def server_revision(connection: Connection) -> str | None:
    """The schema revision of a server database (PostgreSQL…), or None when it has none."""
    if not inspect(connection).has_table(VERSION_TABLE):
        return None
    row = connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).first()
    return None if row is None else str(row[0])
