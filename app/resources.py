"""Loading content files from ``resources/`` (and agency folders) with clear errors.

Every content file is TOML read with the standard library and validated by the
pydantic models. Any problem stops loading with one ``ContentError`` whose
message names the file, the entry and the field.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from models.content import Capability

RESOURCES_DIR = Path(__file__).resolve().parent.parent / "resources"

M = TypeVar("M", bound=BaseModel)


class ContentError(Exception):
    """A resource file is missing, malformed or inconsistent.

    Attributes:
        path: the offending file.
        entry: the entry inside it (a key or ``[[table]] #n``), or "".
        field: the field inside the entry, or "".
    """

    def __init__(self, path: Path, message: str, entry: str = "", field: str = "") -> None:
        where = path.name
        if entry:
            where += f", entry {entry}"
        if field:
            where += f", field {field!r}"
        super().__init__(f"{where}: {message}")
        self.path = path
        self.entry = entry
        self.field = field


def read_toml(path: Path) -> dict[str, Any]:
    """Read a TOML file, turning every failure into a ``ContentError`` naming the file."""
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        raise ContentError(path, "file not found") from None
    except tomllib.TOMLDecodeError as err:
        raise ContentError(path, f"not valid TOML ({err})") from None
    except (OSError, UnicodeDecodeError) as err:
        raise ContentError(path, f"cannot be read ({err})") from None


def validate_entry(
    model: type[M], data: Any, path: Path, entry: str, context: Mapping[str, Any] | None = None
) -> M:
    """Validate one entry of a content file, or raise a ``ContentError`` naming its first field.

    Args:
        model: the pydantic model the entry must satisfy.
        data: the raw TOML table.
        path: the file the entry came from (for the message).
        entry: how to name the entry in the message (its key, or ``[[table]] #n``).
        context: optional pydantic validation context.
    """
    try:
        return model.model_validate(data, context=context)
    except ValidationError as err:
        first = err.errors()[0]
        field = ".".join(str(part) for part in first["loc"])
        raise ContentError(path, first["msg"], entry=entry, field=field) from None


def entry_label(data: Any, table: str, index: int) -> str:
    """A human name for the ``index``-th entry of ``[[table]]``: its key when it has one."""
    if isinstance(data, Mapping) and isinstance(data.get("key") or data.get("id"), str):
        return repr(data.get("key") or data.get("id"))
    return f"[[{table}]] #{index + 1}"


def load_entries(path: Path, table: str, model: type[M]) -> list[M]:
    """Load every ``[[table]]`` entry of a TOML file as ``model``, refusing duplicate keys."""
    raw = read_toml(path)
    items = raw.get(table)
    if not isinstance(items, list) or not items:
        raise ContentError(path, f"expected one or more [[{table}]] entries")
    result: list[M] = []
    seen: set[str] = set()
    for index, data in enumerate(items):
        label = entry_label(data, table, index)
        record = validate_entry(model, data, path, label)
        key = getattr(record, "key", None)
        if isinstance(key, str):
            if key in seen:
                raise ContentError(path, "duplicate key", entry=repr(key), field="key")
            seen.add(key)
        result.append(record)
    return result


def load_capabilities(root: Path = RESOURCES_DIR) -> dict[str, Capability]:
    """The capability vocabulary, keyed by capability key."""
    path = root / "capabilities.toml"
    return {cap.key: cap for cap in load_entries(path, "capability", Capability)}


def check_capabilities(
    path: Path, entry: str, field: str, used: tuple[str, ...], known: Mapping[str, Capability]
) -> None:
    """Raise a ``ContentError`` if ``used`` names a capability missing from the vocabulary."""
    for key in used:
        if key not in known:
            raise ContentError(path, f"unknown capability {key!r}", entry=entry, field=field)
