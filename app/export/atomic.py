"""Writing a file so that a failure never leaves a half-written file at the target path.

The content goes to a temporary file in the target's folder (same file
system, so the final rename is atomic), is flushed and fsynced, and only then
replaces the target with ``os.replace``. On any error the temporary file is
removed and the previous target, if any, is untouched.

The temporary file is created with mode 0666 filtered by the process umask,
as ``open()`` would create the target itself (``tempfile.mkstemp`` would make
every export ``-rw-------``). Replacing an existing file keeps its permissions.

A process killed mid-export cannot remove its temporary file; the next export of
the same target does (``remove_leftovers``). A temporary file is locked
(``flock``) for as long as its writer lives, so only the files of dead writers
are removed, never one another process is writing right now.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import stat
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO, TypeVar

from app.i18n import translate

T = TypeVar("T")
_TEMP_ATTEMPTS = 100
_TEMP_SUFFIXES = (".part", ".tmp")

if sys.platform != "win32":
    import fcntl

    def _lock(fd: int) -> bool:
        """Take the temporary file's lock without waiting; False when another holds it."""
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

else:  # Windows refuses to delete a file another process has open: that is the lock

    def _lock(fd: int) -> bool:
        return True


class ExportError(Exception):
    """The export could not be written (folder missing, no permission, disk full).

    The message is for the user (it names the file and why); the target path is left
    as it was. Given as a function, the message is worded when it is shown, in the
    language of that moment: a French export that fails in an English window is told
    in English, since the worker's French (``speaking``) ends before the window shows it.
    """

    def __init__(self, message: str | Callable[[], str]) -> None:
        super().__init__(message if isinstance(message, str) else "")
        self._message = message

    def __str__(self) -> str:
        """The message, in the current language when it is worded late."""
        return self._message if isinstance(self._message, str) else self._message()


def os_reason(err: OSError) -> str:
    """Why the system refused to write, in the current language, with what to do about it.

    The common cases (disk full, no permission, read-only disk, a folder in the way)
    are worded by the app; any other keeps the system's own words in parentheses, so
    that nothing is hidden from whoever has to fix it.
    """
    code = err.errno
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return translate(
            "errors-export", "the disk is full; free some space or choose another disk"
        )
    if code in (errno.EACCES, errno.EPERM):
        return translate(
            "errors-export", "you are not allowed to write there; choose another folder"
        )
    if code == errno.EROFS:
        return translate("errors-export", "the disk is read-only; choose another folder")
    if code == errno.EISDIR:
        return translate("errors-export", "it is a folder; give a file name")
    if code == errno.ENOENT:
        return translate(
            "errors-export", "the folder cannot be found; it may have been moved or removed"
        )
    if code == errno.ENAMETOOLONG:
        return translate("errors-export", "the name is too long; choose a shorter one")
    if code == errno.EFBIG:
        return translate("errors-export", "the file is too large for this disk")
    return translate("errors-export", "the system refused ({detail})").format(
        detail=err.strerror or type(err).__name__
    )


def write_error(target: Path, err: OSError) -> ExportError:
    """The ``ExportError`` telling the user ``target`` could not be written, and why."""
    return ExportError(
        lambda: translate("errors-export", "cannot write {file}: {reason}").format(
            file=target, reason=os_reason(err)
        )
    )


def atomic_write(target: Path, write: Callable[[BinaryIO], T]) -> T:
    """Call ``write`` on a temporary file next to ``target``, then move it into place.

    Args:
        target: the final path.
        write: fills the open binary file; its return value is passed through.

    Raises:
        ExportError: the folder is missing or not writable, the disk is full, or
            ``target`` is a folder (nothing is written then).
        Exception: anything ``write`` raises, after the temporary file is removed.
    """
    folder = target.parent
    if not folder.is_dir():
        raise ExportError(
            lambda: translate(
                "errors-export", "cannot write {file}: the folder {folder} does not exist"
            ).format(file=target, folder=folder)
        )
    if target.is_dir():  # found now, not after the whole document is built
        raise write_error(target, IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR)))
    try:
        fd, temp = open_temp(target, ".part")
    except OSError as err:
        raise write_error(target, err) from err
    try:
        with held(fd), os.fdopen(fd, "wb") as handle:
            result = write(handle)
            handle.flush()
            os.fsync(handle.fileno())
            handle.close()
            temp.replace(target)  # os.replace: atomic on POSIX and Windows
    except BaseException as err:
        with contextlib.suppress(OSError):
            temp.unlink()
        if isinstance(err, OSError):
            raise write_error(target, err) from err
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
    remove_leftovers(target)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    flags |= getattr(os, "O_NOFOLLOW", 0)
    for _ in range(_TEMP_ATTEMPTS):
        temp = target.with_name(f".{target.name}.{secrets.token_hex(4)}{suffix}")
        try:
            fd = os.open(temp, flags, 0o666)
        except FileExistsError:
            continue
        if not _lock(fd) or not _still_ours(fd, temp):
            # Another export's clean-up took the name between our create and lock.
            os.close(fd)
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
    raise FileExistsError(
        translate("errors-export", "no free temporary name beside {file}").format(file=target)
    )


@contextlib.contextmanager
def held(fd: int) -> Iterator[None]:
    """Keep the temporary file's lock until the rename, past the close of its stream.

    The lock belongs to the open file, so a duplicate descriptor keeps it. Not on
    Windows, where an open file cannot be renamed (and cannot be deleted either).
    """
    keeper = os.dup(fd) if sys.platform != "win32" else None
    try:
        yield
    finally:
        if keeper is not None:
            os.close(keeper)


def _still_ours(fd: int, temp: Path) -> bool:
    try:
        return os.path.samestat(os.fstat(fd), temp.lstat())
    except OSError:
        return False


def leftovers(target: Path) -> list[Path]:
    """The temporary files an interrupted export of ``target`` may have left beside it."""
    pattern = re.compile(
        rf"\.{re.escape(target.name)}\.[0-9a-f]{{8}}(?:{'|'.join(map(re.escape, _TEMP_SUFFIXES))})"
    )
    try:
        names = [entry.name for entry in (target.parent or Path()).iterdir()]
    except OSError:
        return []
    return [target.with_name(name) for name in names if pattern.fullmatch(name)]


def remove_leftovers(target: Path) -> int:
    """Remove the temporary files of exports of ``target`` whose writer is gone.

    Only regular files owned by this user are touched, and only when their lock
    can be taken (a live writer holds it); anything else is left alone.

    Returns:
        How many files were removed.
    """
    removed = 0
    uid = getattr(os, "getuid", lambda: None)()
    for path in leftovers(target):
        try:
            info = path.lstat()
            if not stat.S_ISREG(info.st_mode) or (uid is not None and info.st_uid != uid):
                continue
            fd = os.open(
                path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
            )
        except OSError:
            continue
        try:
            if _lock(fd) and _still_ours(fd, path):
                path.unlink()
                removed += 1
        except OSError:
            pass  # in use (Windows) or already gone: leave it
        finally:
            os.close(fd)
    return removed


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
