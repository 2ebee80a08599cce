"""The rotating log file in the user log folder.

The GUI writes here what a user cannot see on a terminal: the start line with
the version, warnings Qt prints, and the full traceback of anything
unexpected. One file of at most ``MAX_BYTES``, with ``BACKUPS`` older ones
beside it, so the folder never grows without bound.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_FILENAME = "mlops-canvas.log"
MAX_BYTES = 1_000_000
BACKUPS = 3
LOGGER_NAME = "mlops_canvas"
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def setup_file_logging(folder: Path, level: int = logging.INFO) -> Path | None:
    """Send the app's log records to a rotating file in ``folder`` (created if needed).

    Safe to call twice: an existing handler for the same file is kept.

    Args:
        folder: the log folder (``app.paths.user_log_dir()``).
        level: the lowest level written.

    Returns:
        The log file, or None when the folder cannot be created or written; the
        app then runs without a log file rather than not at all.
    """
    path = folder / LOG_FILENAME
    logger = logging.getLogger(LOGGER_NAME)
    logger.setLevel(level)
    for handler in logger.handlers:
        if (
            isinstance(handler, logging.handlers.RotatingFileHandler)
            and Path(handler.baseFilename) == path.absolute()
        ):
            return path
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(_FORMAT))
    logger.addHandler(handler)
    # Records stay in our file: not repeated on a terminal by the root logger.
    logger.propagate = False
    return path


def get_logger(name: str = "") -> logging.Logger:
    """The app's logger, or a child of it (``get_logger("gui")`` → ``mlops_canvas.gui``)."""
    return logging.getLogger(f"{LOGGER_NAME}.{name}" if name else LOGGER_NAME)


def close_file_logging() -> None:
    """Close and remove the app's handlers (tests, and a clean shutdown)."""
    logger = logging.getLogger(LOGGER_NAME)
    for handler in list(logger.handlers):
        logger.removeHandler(handler)
        handler.close()


def current_log_file() -> Path | None:
    """The file the app's log records go to now, or None when file logging is off."""
    for handler in logging.getLogger(LOGGER_NAME).handlers:
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            return Path(handler.baseFilename)
    return None
