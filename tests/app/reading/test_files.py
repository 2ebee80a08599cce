"""Reading files: only regular files, bounded, refused before reading (issue 15, item 5)."""

from __future__ import annotations

import io
import os
import socket
import sys
import time
from pathlib import Path

import pytest

from app.reading import InputError, display_path, read_file, read_stream

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs and devices are POSIX")


def test_a_regular_file_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    path.write_bytes(b"x" * 5000)
    assert read_file(path, 5000) == b"x" * 5000


def test_a_file_over_the_limit_is_refused_by_its_size(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    path.write_bytes(b"x" * 5001)
    with pytest.raises(
        InputError, match=r"is 5,001 bytes; the limit for this kind of file is 5,000 bytes"
    ):
        read_file(path, 5000)


@posix_only
def test_a_fifo_is_refused_at_once_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    started = time.monotonic()
    with pytest.raises(InputError, match=r"is a named pipe \(FIFO\), not a regular file"):
        read_file(fifo, 1000)
    assert time.monotonic() - started < 2


@posix_only
def test_an_endless_device_is_refused_before_reading() -> None:
    with pytest.raises(InputError, match="is a character device, not a regular file"):
        read_file(Path("/dev/zero"), 1000)


@posix_only
def test_a_symlink_to_a_device_is_judged_by_what_it_points_to(tmp_path: Path) -> None:
    link = tmp_path / "innocent.toml"
    link.symlink_to("/dev/zero")
    with pytest.raises(InputError, match="character device"):
        read_file(link, 1000)


def test_a_symlink_to_a_file_is_followed(tmp_path: Path) -> None:
    target = tmp_path / "real.json"
    target.write_bytes(b"{}")
    link = tmp_path / "link.json"
    link.symlink_to(target)
    assert read_file(link, 100) == b"{}"


def test_a_symlink_loop_and_a_dangling_link_are_clean_refusals(tmp_path: Path) -> None:
    loop = tmp_path / "loop.json"
    loop.symlink_to(loop)
    with pytest.raises(InputError, match="cannot be read"):
        read_file(loop, 100)
    dangling = tmp_path / "dangling.json"
    dangling.symlink_to(tmp_path / "nowhere")
    with pytest.raises(InputError, match="does not exist"):
        read_file(dangling, 100)


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="is a folder, not a regular file"):
        read_file(tmp_path, 100)


@posix_only
def test_a_socket_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(path))
        with pytest.raises(InputError, match="is a socket"):
            read_file(path, 100)
    finally:
        server.close()


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_an_unreadable_file_says_permission_denied(tmp_path: Path) -> None:
    path = tmp_path / "secret.json"
    path.write_bytes(b"{}")
    path.chmod(0)
    with pytest.raises(InputError, match="permission denied"):
        read_file(path, 100)


def test_a_name_with_a_nul_is_refused_cleanly() -> None:
    with pytest.raises(InputError, match="NUL"):
        read_file(Path("a\0b.json"), 100)


@posix_only
def test_a_non_utf8_name_is_read_and_shown_printably(tmp_path: Path) -> None:
    raw = os.fsencode(tmp_path) + b"/caf\xe9.json"
    with open(raw, "wb") as handle:  # noqa: PTH123 - a bytes name Path cannot express
        handle.write(b"{}")
    path = Path(os.fsdecode(raw))
    assert read_file(path, 100) == b"{}"
    shown = display_path(path)
    shown.encode("utf-8")  # printable on any UTF-8 stream
    assert shown.endswith("caf\\xe9.json")


def test_a_stream_is_read_to_the_limit_and_no_further() -> None:
    assert read_stream(io.BytesIO(b"abc"), 3) == b"abc"
    with pytest.raises(InputError, match="larger than that"):
        read_stream(io.BytesIO(b"abcd"), 3)
