"""The suite's network guard really refuses connections beyond loopback."""

from __future__ import annotations

import socket

import pytest

from tests.conftest import NetworkAccessError


def test_connect_beyond_loopback_fails() -> None:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        with pytest.raises(NetworkAccessError):
            sock.connect(("192.0.2.1", 80))  # TEST-NET-1, never routed
    finally:
        sock.close()


def test_name_lookup_beyond_loopback_fails() -> None:
    with pytest.raises(NetworkAccessError):
        socket.getaddrinfo("example.org", 443)


def test_loopback_is_allowed() -> None:
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    client = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        client.connect(server.getsockname())
    finally:
        client.close()
        server.close()
