"""Reading the bytes of one file or stream, bounded, refusing anything that is not a file.

A FIFO would block the reader until another program writes to it; a device
such as ``/dev/zero`` never ends; a folder or socket has no content to read.
Each is refused from its ``stat`` before the file is opened for reading, and
again from the open descriptor (``fstat``) in case the name was swapped in
between. The open itself never blocks (``O_NONBLOCK``, which regular files
ignore). Symbolic links are followed: what they point to is what is judged.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO

from app.i18n import grouped, translate
from app.reading.errors import InputError

_CHUNK = 1024 * 1024
_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_BINARY", 0)
    | getattr(os, "O_CLOEXEC", 0)
)


def file_kind(mode: int) -> str:
    """What a ``stat`` mode is, in words ("a folder", "a named pipe (FIFO)" …)."""
    if stat.S_ISREG(mode):
        return translate("errors-reading", "a file")
    if stat.S_ISDIR(mode):
        return translate("errors-reading", "a folder")
    if stat.S_ISFIFO(mode):
        return translate("errors-reading", "a named pipe (FIFO)")
    if stat.S_ISCHR(mode):
        return translate("errors-reading", "a character device")
    if stat.S_ISBLK(mode):
        return translate("errors-reading", "a block device")
    if stat.S_ISSOCK(mode):
        return translate("errors-reading", "a socket")
    return translate("errors-reading", "something that is not a regular file")


def size_text(size: int) -> str:
    """A byte count for people: ``512 bytes``, ``3.1 MiB`` (binary units, as the limits are)."""
    if size < 1024:
        return translate("errors-reading", "%n byte(s)", None, size)
    if size < 1024 * 1024:
        return translate("errors-reading", "{size} KiB").format(size=grouped(size / 1024, 1))
    return translate("errors-reading", "{size} MiB").format(size=grouped(size / (1024 * 1024), 1))


def _bytes(size: int) -> str:
    """An exact byte count, grouped: ``4,194,305 bytes``."""
    return translate("errors-reading", "{count} bytes").format(count=grouped(size))


def _refuse_kind(mode: int) -> None:
    if not stat.S_ISREG(mode):
        raise InputError(
            translate(
                "errors-reading", "is {kind}, not a regular file; nothing was read from it"
            ).format(kind=file_kind(mode))
        )


def _too_large(max_bytes: int, size: int | None = None) -> InputError:
    limit = size_text(max_bytes)
    if size is not None and size_text(size) == limit:
        limit, shown = _bytes(max_bytes), _bytes(size)
    else:
        shown = size_text(size) if size is not None else ""
    if size is None:
        return InputError(
            translate(
                "errors-reading",
                "is larger than that; the limit for this kind of file is {limit}, "
                "far above what the app itself writes",
            ).format(limit=limit)
        )
    return InputError(
        translate(
            "errors-reading",
            "is {size}; the limit for this kind of file is {limit}, "
            "far above what the app itself writes",
        ).format(size=shown, limit=limit)
    )


def _os_reason(err: OSError | ValueError) -> str:
    if isinstance(err, ValueError):  # an embedded NUL in the name
        return translate("errors-reading", "cannot be opened: the name contains a NUL character")
    if isinstance(err, FileNotFoundError):
        return translate("errors-reading", "does not exist")
    if isinstance(err, PermissionError):
        return translate("errors-reading", "cannot be read: permission denied")
    return translate("errors-reading", "cannot be read: {reason}").format(
        reason=err.strerror or type(err).__name__
    )


def check_regular(path: Path) -> os.stat_result:
    """``stat`` ``path`` (following links) and refuse anything that is not a regular file.

    Raises:
        InputError: missing, unreadable, or not a regular file.
    """
    try:
        info = Path(path).stat()
    except (OSError, ValueError) as err:
        raise InputError(_os_reason(err)) from None
    _refuse_kind(info.st_mode)
    return info


def read_file(path: Path, max_bytes: int) -> bytes:
    """The bytes of the regular file ``path``, at most ``max_bytes`` of them.

    Raises:
        InputError: the file is missing, unreadable, not a regular file (refused
            before reading), or larger than ``max_bytes``.
    """
    info = check_regular(path)
    if info.st_size > max_bytes:
        raise _too_large(max_bytes, info.st_size)
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except (OSError, ValueError) as err:
        raise InputError(_os_reason(err)) from None
    try:
        opened = os.fstat(fd)
        _refuse_kind(opened.st_mode)
        if opened.st_size > max_bytes:
            raise _too_large(max_bytes, opened.st_size)
        chunks: list[bytes] = []
        total = 0
        while True:
            chunk = os.read(fd, min(_CHUNK, max_bytes + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > max_bytes:  # it grew while being read
                raise _too_large(max_bytes)
    except OSError as err:
        raise InputError(_os_reason(err)) from None
    finally:
        os.close(fd)
    return b"".join(chunks)


def read_stream(stream: BinaryIO, max_bytes: int) -> bytes:
    """At most ``max_bytes`` from an open stream (standard input), read to its end.

    Raises:
        InputError: the stream holds more than ``max_bytes`` or cannot be read.
    """
    chunks: list[bytes] = []
    total = 0
    try:
        while True:
            chunk = stream.read(min(_CHUNK, max_bytes + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > max_bytes:
                raise _too_large(max_bytes)
    except OSError as err:
        raise InputError(_os_reason(err)) from None
    return b"".join(chunks)
