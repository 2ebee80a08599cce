"""Where the app keeps its data: the default database, agency content folders, the logs.

Everything lives in the platform's per-user data folder (``platformdirs``),
the log file in the per-user log folder. Two environment variables change
that: ``MLOPS_CANVAS_DATA_DIR`` names the folder outright, and
``MLOPS_CANVAS_NO_USER_DATA`` (set by the test suite) redirects to a scratch
folder under the system temp directory so that tests never touch a user's real
data; with either, the logs go into a ``logs`` folder beside the data, so a
portable data folder keeps its logs with it. Nothing here imports SQLAlchemy,
so the start-up path stays light.
"""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

import platformdirs

APP_NAME = "mlops-canvas"
DB_FILENAME = "canvas.sqlite3"
DB_ENV = "MLOPS_CANVAS_DB"
DATA_DIR_ENV = "MLOPS_CANVAS_DATA_DIR"
NO_USER_DATA_ENV = "MLOPS_CANVAS_NO_USER_DATA"

# "scheme://" or "scheme+driver://": anything else is taken as a file path.
_URL_PATTERN = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
_KIND_PATTERN = re.compile(r"^[a-z0-9]+([-_][a-z0-9]+)*$")


def user_data_dir() -> Path:
    """The folder that holds the database and agency content (not created here)."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    if os.environ.get(NO_USER_DATA_ENV):
        return Path(tempfile.gettempdir()) / f"{APP_NAME}-no-user-data"
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def user_log_dir() -> Path:
    """The folder of the rotating log file (not created here)."""
    if os.environ.get(DATA_DIR_ENV) or os.environ.get(NO_USER_DATA_ENV):
        return user_data_dir() / "logs"
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    """The embedded default database file inside the user data folder."""
    return user_data_dir() / DB_FILENAME


def is_url(text: str) -> bool:
    """Whether ``text`` looks like a SQLAlchemy URL rather than a file path."""
    return bool(_URL_PATTERN.match(text))


def sqlite_url(path: Path) -> str:
    """The SQLAlchemy URL of a SQLite file, absolute, with URL-special characters escaped."""
    text = str(path.expanduser().absolute())
    # SQLAlchemy percent-decodes the database part; escape what would otherwise
    # be read as a query string or fragment.
    text = text.replace("%", "%25").replace("?", "%3F").replace("#", "%23")
    return f"sqlite:///{text}"


def resolve_db_url(arg: str | None) -> str:
    """The database URL to open.

    Args:
        arg: the ``--db`` option: a file path or any SQLAlchemy URL, or None.

    Returns:
        ``arg`` if given, else ``$MLOPS_CANVAS_DB``, else the default path; a plain
        path becomes a ``sqlite:///`` URL, a URL passes through unchanged.
    """
    choice = arg if arg else os.environ.get(DB_ENV) or None
    if choice is None:
        return sqlite_url(default_db_path())
    if is_url(choice):
        return choice
    return sqlite_url(Path(choice))


def agency_dir(kind: str) -> Path:
    """The folder of one kind of agency content, e.g. ``rulepacks`` or ``scenarios``.

    The folder is not created; callers that write there create it.

    Raises:
        ValueError: ``kind`` is not a simple lower-case folder name.
    """
    if not _KIND_PATTERN.match(kind):
        raise ValueError(f"not a content folder name: {kind!r}")
    return user_data_dir() / kind
