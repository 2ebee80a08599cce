"""Writing a file so that a failure never leaves a half-written file at the target path.

The content goes to a temporary file in the target's folder (same file
system, so the final rename is atomic), is flushed and fsynced, and only then
replaces the target with ``os.replace``. On any error the temporary file is
removed and the previous target, if any, is untouched.

The temporary file is created with mode 0666 filtered by the process umask,
as ``open()`` would create the target itself (``tempfile.mkstemp`` would make
every export ``-rw-------``). Replacing an existing file keeps its permissions.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO, TypeVar

T = TypeVar("T")
_TEMP_ATTEMPTS = 100


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
        fd, temp = open_temp(target, ".part")
    except OSError as err:
        raise ExportError(f"cannot write in {folder}: {err.strerror or err}") from err
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


def open_temp(target: Path, suffix: str) -> tuple[int, Path]:
    """Create a new hidden temporary file beside ``target``, with the permissions it should get.

    The file is opened exclusively (never an existing file or a symlink) with mode
    0666, which the kernel filters through the umask, exactly like a file the
    user's own programs create. If ``target`` exists, its permission bits are
    copied, so re-exporting over a file the user restricted keeps it restricted.

    Returns:
        The open file descriptor (write-only, binary) and the temporary path.

    Raises:
        OSError: the folder is missing or not writable.
    """
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    flags |= getattr(os, "O_NOFOLLOW", 0)
    for _ in range(_TEMP_ATTEMPTS):
        temp = target.with_name(f".{target.name}.{secrets.token_hex(4)}{suffix}")
        try:
            fd = os.open(temp, flags, 0o666)
        except FileExistsError:
            continue
        try:
            mode = stat.S_IMODE(target.stat().st_mode)
        except OSError:
            return fd, temp  # no previous file: the umask decides, as for any new file
        with contextlib.suppress(OSError):  # some file systems keep their own modes
            if os.chmod in os.supports_fd:
                os.chmod(fd, mode)  # noqa: PTH101 - by descriptor: no race with the path
            else:  # Windows: only the read-only bit exists, set by path
                temp.chmod(mode)
        return fd, temp
    raise FileExistsError(f"no free temporary name beside {target}")


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
