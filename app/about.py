"""What the app says about itself: version, licence, and where its files live.

Shared by ``mlops-canvas --version``, the About box and the log file's first
line, so they never disagree. Nothing here imports Qt or the heavy libraries.
"""

from __future__ import annotations

import platform
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.checker.integrity import PackIntegrity
    from models.rules import RulePack

DIST_NAME = "mlops-lifecycle-canvas"
LICENSE_NAME = "Apache-2.0"
UNKNOWN_VERSION = "0+unknown"


def app_version() -> str:
    """The installed version (from the package metadata), or ``0+unknown`` when not installed.

    A frozen build carries the metadata too (``app/packaging/frozen.py`` copies it).
    """
    try:
        return metadata.version(DIST_NAME)
    except metadata.PackageNotFoundError:
        return UNKNOWN_VERSION


def runtime_line(*, translated: bool = False) -> str:
    """Python version and platform in one line: in English for the log (support reads it),
    in the interface's language for the About box (``translated``)."""
    frozen = getattr(sys, "frozen", False)
    if not translated:
        marker = " (frozen)" if frozen else ""
        return f"Python {platform.python_version()}{marker} on {platform.platform(terse=True)}"
    from app.i18n import translate

    line = (
        translate("about", "Python {python} (frozen) on {platform}")
        if frozen
        else translate("about", "Python {python} on {platform}")
    )
    return line.format(python=platform.python_version(), platform=platform.platform(terse=True))


@dataclass(frozen=True)
class Locations:
    """Where the app keeps things on this machine (nothing here is created).

    Attributes:
        data: the user data folder (database, agency packs and scenarios).
        database: the database the app opens by default (a path or a URL).
        logs: the log folder.
        content: the folder of the shipped content files.
    """

    data: Path
    database: str
    logs: Path
    content: Path


def locations(db_arg: str | None = None) -> Locations:
    """The folders and files of this installation, as they resolve now.

    Args:
        db_arg: the ``--db`` value the app was started with, if any.
    """
    from app.paths import resolve_db_url, user_data_dir, user_log_dir
    from app.resources import RESOURCES_DIR

    url = resolve_db_url(db_arg)
    database = url.removeprefix("sqlite:///") if url.startswith("sqlite:///") else url
    return Locations(
        data=user_data_dir(), database=database, logs=user_log_dir(), content=RESOURCES_DIR
    )


@dataclass(frozen=True)
class PackLine:
    """One rule pack as the About box lists it."""

    key: str
    title: str
    version: str
    """The version as a reader sees it: the pack's label in the language it was loaded in."""
    effective: str
    integrity: str = ""
    """'shipped · verified', 'agency folder · modified' … with the hash's first digits."""


def pack_lines(
    packs: Iterable[RulePack], integrity: Mapping[str, PackIntegrity] | None = None
) -> list[PackLine]:
    """The loaded rule packs, sorted by title, as About lines (with their integrity)."""
    found = integrity or {}
    return [
        PackLine(
            pack.key,
            pack.title,
            pack.version_label,
            pack.effective.isoformat(),
            _integrity_line(found[pack.key]) if pack.key in found else "",
        )
        for pack in sorted(packs, key=lambda p: p.title.casefold())
    ]


def _integrity_line(check: PackIntegrity) -> str:
    """'shipped · verified · sha256 29be4d05a774' in the current language."""
    from app.i18n import translate

    where = (
        translate("about", "shipped")
        if check.source == "shipped"
        else translate("about", "agency folder")
    )
    status = {
        "verified": translate("about", "verified"),
        "modified": translate("about", "modified"),
        "unsigned": translate("about", "unsigned"),
    }[check.status]
    return f"{where} · {status} · sha256 {check.short}"


def license_text() -> str | None:
    """The full licence text shipped in the package metadata, or None if it is not there.

    Every copy of the metadata on the path is asked: a build in the checkout leaves an
    ``*.egg-info`` folder without the licence file, which comes first on the path when
    the app runs from there.
    """
    for distribution in metadata.distributions(name=DIST_NAME):
        for name in ("licenses/LICENSE", "LICENSE"):
            text = distribution.read_text(name)
            if text:
                return text
    return None
    for name in ("licenses/LICENSE", "LICENSE"):
        text = distribution.read_text(name)
        if text:
            return text
    return None
