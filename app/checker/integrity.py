"""Rule-pack integrity: is each pack the one the agency approved?

Every pack file is hashed (SHA-256 of its bytes) when it loads. A shipped pack is
compared with ``resources/rulepacks/SHA256SUMS``, written when the packs are
released (``python -m app.checker.manifest --write``; a test keeps it in step).
An agency pack may carry its hash beside it, as ``<pack>.toml.sha256`` in the
format ``sha256sum`` writes. Each pack is then:

* ``verified`` — its bytes match the recorded hash;
* ``modified`` — a hash is recorded and the bytes do not match it;
* ``unsigned`` — an agency pack with no hash beside it.

An agency that wants only approved packs writes ``strict = true`` in
``rulepacks/policy.toml`` of its data folder (or sets ``MLOPS_CANVAS_STRICT_PACKS=1``):
a pack that is not verified is then refused, with a message naming the file.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from app.reading import InputError, read_file
from app.reading.limits import SMALL_FILE
from app.reading.strict_toml import parse_toml

MANIFEST = "SHA256SUMS"
POLICY_FILE = "policy.toml"
STRICT_ENV = "MLOPS_CANVAS_STRICT_PACKS"
HASH_SUFFIX = ".sha256"

Source = Literal["shipped", "agency"]
Status = Literal["verified", "modified", "unsigned"]


@dataclass(frozen=True)
class PackIntegrity:
    """Where a pack came from and whether its bytes are the approved ones."""

    source: Source
    sha256: str
    status: Status
    expected: str = ""

    @property
    def short(self) -> str:
        """The first 12 hex digits of the hash, as exports print it."""
        return self.sha256[:12]

    def describe(self) -> str:
        """'shipped · verified' / 'agency folder · modified' …"""
        where = "shipped" if self.source == "shipped" else "agency folder"
        return f"{where} · {self.status}"


def file_hash(data: bytes) -> str:
    """The hex SHA-256 of a pack file's bytes."""
    return hashlib.sha256(data).hexdigest()


def read_manifest(path: Path) -> dict[str, str]:
    """File name → hash from a ``sha256sum``-style manifest (missing or unreadable: empty)."""
    try:
        # Bounded, and a FIFO or device in its place is refused instead of blocking start-up.
        text = read_file(path, SMALL_FILE.max_bytes).decode("utf-8")
    except (InputError, UnicodeDecodeError):
        return {}
    found: dict[str, str] = {}
    for line in text.splitlines():
        parts = line.strip().split(maxsplit=1)
        if len(parts) == 2 and len(parts[0]) == 64:
            found[parts[1].lstrip("*").strip()] = parts[0].lower()
    return found


def recorded_hash(path: Path, shipped: Mapping[str, str] | None) -> str:
    """The hash recorded for ``path``: in the shipped manifest, or in a file beside it."""
    if shipped is not None:
        return shipped.get(path.name, "")
    beside = read_manifest(path.with_name(path.name + HASH_SUFFIX))
    if beside:
        return beside.get(path.name, next(iter(beside.values())))
    return ""


def judge(
    data: bytes, path: Path, source: Source, shipped: Mapping[str, str] | None
) -> PackIntegrity:
    """The integrity of one pack file's bytes."""
    actual = file_hash(data)
    expected = recorded_hash(path, shipped)
    if not expected:
        status: Status = "unsigned"
    else:
        status = "verified" if expected == actual else "modified"
    return PackIntegrity(source=source, sha256=actual, status=status, expected=expected)


def strict_mode(agency_folder: Path | None) -> bool:
    """Whether only verified packs may load (the agency's policy file or the environment)."""
    if os.environ.get(STRICT_ENV, "").strip().lower() in {"1", "true", "yes"}:
        return True
    if agency_folder is None:
        return False
    try:
        policy = parse_toml(
            read_file(agency_folder / POLICY_FILE, SMALL_FILE.max_bytes), SMALL_FILE
        )
    except InputError:
        return False
    return policy.get("strict") is True
