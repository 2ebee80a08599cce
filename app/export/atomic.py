"""Writing a file so that a failure never leaves a half-written file at the target path.

The content goes to a temporary file in the target's folder (same file
system, so the final rename is atomic), is flushed and fsynced, and only then
replaces the target with ``os.replace``. On any error the temporary file is
removed and the previous target, if any, is untouched.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO, TypeVar

T = TypeVar("T")


class ExportError(Exception):
    """The export could not be written (folder missing, no permission, disk full).

    The message is for the user; the target path is left as it was.
    """


def atomic_write(target: Path, write: Callable[[BinaryIO], T]) -> T:
    """Call ``write`` on a temporary file next to ``target``, then move it into place.

    Args:
        target: the final path.
        write: fills the open binary file; its return value is passed through.

    Raises:
        ExportError: the folder is missing or not writable, or the disk is full.
        Exception: anything ``write`` raises, after the temporary file is removed.
    """
    folder = target.parent
    if not folder.is_dir():
        raise ExportError(f"the folder {folder} does not exist")
    try:
        fd, name = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".part")
    except OSError as err:
        raise ExportError(f"cannot write in {folder}: {err.strerror or err}") from err
    temp = Path(name)
    try:
        with os.fdopen(fd, "wb") as handle:
            result = write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        temp.replace(target)  # os.replace: atomic on POSIX and Windows
    except BaseException as err:
        with contextlib.suppress(OSError):
            temp.unlink()
        if isinstance(err, OSError):
            raise ExportError(f"cannot write {target}: {err.strerror or err}") from err
        raise
    _sync_folder(folder)
    return result


def _sync_folder(folder: Path) -> None:
    """Make the rename durable where the platform allows fsync on a directory."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # Windows and some network file systems refuse; the rename is still done
    finally:
        os.close(fd)
