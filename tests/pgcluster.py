"""A throwaway PostgreSQL cluster for the multi-seat tests.

Started in a temporary folder on a free loopback port (as the ``postgres`` user
when run as root), stopped by its own pid file; it can be stopped and started
again mid-test (the server going away under a seat). Never touches a system
cluster. In CI (``CI`` set) PostgreSQL is required: ``.ci/run`` installs it,
and a missing server fails the run instead of skipping the tests.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import random
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest


def _pg_bin(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{name}"))
    return str(candidates[-1]) if candidates else None


def free_port() -> int:
    """A loopback port nothing listens on right now."""
    with contextlib.closing(socket.socket()) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def unavailable(reason: str) -> None:
    """Skip locally; fail in CI, where PostgreSQL is part of the machine."""
    if os.environ.get("CI"):
        pytest.fail(f"PostgreSQL is required in CI: {reason}")
    pytest.skip(reason)


class Cluster:
    """One throwaway server: ``start``, ``stop`` (as if it crashed), ``url``, ``new_database``."""

    def __init__(self) -> None:
        self.initdb, self.pg_ctl = _pg_bin("initdb"), _pg_bin("pg_ctl")
        if self.initdb is None or self.pg_ctl is None:
            unavailable("PostgreSQL (initdb, pg_ctl) is not installed")
        try:
            import psycopg  # noqa: F401 - only checking that the driver is there
        except ImportError:
            unavailable("the psycopg driver is not installed")
        self.user: str | None = None
        self.folder = Path(tempfile.mkdtemp(prefix="canvas-pg-"))
        if os.geteuid() == 0:
            try:
                entry = pwd.getpwnam("postgres")
            except KeyError:
                unavailable("running as root without a postgres user")
                raise
            self.user = "postgres"
            os.chown(self.folder, entry.pw_uid, entry.pw_gid)
        self.data, self.port = self.folder / "data", free_port()
        init = [str(self.initdb), "-D", str(self.data), "-A", "trust", "-U", "canvas"]
        self._run([*init, "--no-sync", "-E", "UTF8"])
        self.start()

    @property
    def url(self) -> str:
        """The server's SQLAlchemy URL without a database name."""
        return f"postgresql+psycopg://canvas@127.0.0.1:{self.port}"

    def start(self) -> None:
        """Start the server (again) and wait until it accepts connections."""
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off"
        log = str(self.folder / "log")
        self._run([str(self.pg_ctl), "-D", str(self.data), "-o", options, "-l", log, "-w", "start"])

    def stop(self) -> None:
        """Stop the server at once, dropping every connection (as a crash or outage)."""
        self._run([str(self.pg_ctl), "-D", str(self.data), "-m", "immediate", "stop"], check=False)

    def new_database(self) -> str:
        """A fresh, empty database on the server; its URL."""
        import psycopg

        name = f"canvas_{random.getrandbits(40):x}"
        admin = f"{self.url.replace('+psycopg', '')}/postgres"
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {name}")
        return f"{self.url}/{name}"

    def remove(self) -> None:
        """Stop the server and delete its folder."""
        self.stop()
        shutil.rmtree(self.folder, ignore_errors=True)

    def _run(self, command: list[str], check: bool = True) -> None:
        subprocess.run(command, check=check, capture_output=True, user=self.user)
