"""Engine plumbing for the store: SQLite pragmas and BEGINs, error wording, checkpoints.

Disk flushes: in WAL mode with ``synchronous=NORMAL`` a commit only appends to
the WAL file and never fsyncs; what does fsync is a *checkpoint* (copying the
WAL back into the database). SQLite would run one inside whichever commit
crosses 1,000 WAL pages — on the GUI thread. So automatic checkpoints are off
(``wal_autocheckpoint=0``) and ``Checkpointer`` runs a PASSIVE checkpoint on a
background thread every ``CHECKPOINT_EVERY`` commits (PASSIVE never blocks the
writer). Closing the last connection lets SQLite do the final one. A killed
process loses nothing: committed frames in the WAL are replayed on next open.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, event, exc

from app.i18n import translate
from app.store.damage import text_or_damaged
from app.store.errors import StoreError, StoreWriteError

log = logging.getLogger(__name__)

CHECKPOINT_EVERY = 200


class Checkpointer:
    """Runs WAL checkpoints off the writing thread."""

    def __init__(self, engine: Engine, file: Path | None) -> None:
        """Checkpoint ``file`` through ``engine``'s pool; ``file`` None means never."""
        self._engine = engine
        self._file = file
        self._commits = 0
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def checkpoint(self) -> None:
        """One PASSIVE checkpoint now, on the calling thread.

        Raises:
            StoreWriteError: the checkpoint could not write.
        """
        if self._file is None:
            return
        with self._lock:
            self._commits = 0
            raw = self._engine.raw_connection()
            try:
                cursor = raw.cursor()
                cursor.execute("PRAGMA wal_checkpoint(PASSIVE)")
                cursor.close()
            except Exception as err:  # the stdlib driver's errors, not wrapped by SQLAlchemy
                raise StoreWriteError(
                    translate("errors-store", "Cannot checkpoint {path}: {reason}.").format(
                        path=self._file, reason=sqlite_reason(str(err))
                    )
                ) from err
            finally:
                raw.close()

    def committed(self) -> None:
        """Count a commit; every ``CHECKPOINT_EVERY`` start a background checkpoint."""
        self._commits += 1
        if self._file is None or self._commits < CHECKPOINT_EVERY:
            return
        if self._thread is not None and self._thread.is_alive():
            return
        self._thread = threading.Thread(target=self._run, name="store-checkpoint", daemon=True)
        self._thread.start()

    def join(self) -> None:
        """Wait for a running background checkpoint."""
        if self._thread is not None:
            self._thread.join()
            self._thread = None

    def _run(self) -> None:
        try:
            self.checkpoint()
        except StoreError as err:
            # Housekeeping only: the next commit that fails will tell the user.
            log.warning("%s", err)


def file_identity(file: Path | None) -> tuple[int, int] | None:
    """The (device, inode) of ``file``, or None when there is no such file (or no file)."""
    if file is None:
        return None
    try:
        st = file.stat()
    except OSError:
        return None
    return st.st_dev, st.st_ino


def reason(err: exc.DBAPIError) -> str:
    """A short, plain reason for a driver error, in the current language."""
    text = str(err.orig).strip().splitlines()[0] if err.orig is not None else str(err)
    return sqlite_reason(text)


def sqlite_reason(text: str) -> str:
    """A driver's message (``database or disk is full``) as a plain reason people can act on.

    The usual failures of the environment are said in the current language; any
    other message is the driver's own (English) text.
    """
    text = text.strip().splitlines()[0] if text.strip() else text
    lowered = text.lower()
    if "is full" in lowered or "no space left" in lowered:
        return translate("errors-store", "the disk is full")
    if "readonly" in lowered or "read-only" in lowered:
        return translate("errors-store", "the file is read-only")
    if "locked" in lowered or "busy" in lowered:
        return translate("errors-store", "another program is holding a lock on it")
    if "i/o" in lowered:
        return translate("errors-store", "a disk error occurred")
    if "malformed" in lowered:
        return translate("errors-store", "the database file is malformed")
    if "not a database" in lowered:
        return translate("errors-store", "the file is not a database")
    if "unable to open" in lowered:
        return translate("errors-store", "the file cannot be opened")
    return text.rstrip(".")


def install_sqlite_setup(engine: Engine, busy_timeout_ms: int) -> None:
    """Pragmas on every new connection, and real BEGINs (the stdlib driver's are lazy)."""

    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Hand transaction control to SQLAlchemy's begin event below, so DDL and
        # reads are transactional too and writes take the lock up front.
        dbapi_connection.isolation_level = None
        # Bytes that are not UTF-8 in a text column read as a marker the row's
        # validation refuses, instead of an error that stops the whole fetch.
        dbapi_connection.text_factory = text_or_damaged
        cursor = dbapi_connection.cursor()
        for pragma in (
            "foreign_keys=ON",
            f"busy_timeout={int(busy_timeout_ms)}",
            "journal_mode=WAL",
            "synchronous=NORMAL",
            "wal_autocheckpoint=0",
        ):
            cursor.execute(f"PRAGMA {pragma}")
        cursor.close()

    def on_begin(conn: Connection) -> None:
        # IMMEDIATE takes the write lock at BEGIN, so a busy database waits in the
        # busy handler instead of failing halfway through the transaction.
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.info.get("write") else "BEGIN")

    event.listen(engine, "connect", on_connect)
    event.listen(engine, "begin", on_begin)
