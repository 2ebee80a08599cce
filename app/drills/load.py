"""Loading drill events and simulation parameters from ``resources/drills/`` and agency folders.

Unlike the catalog, one bad event does not stop the others: each problem comes
back as a ``ContentError`` naming the file, the event and the field, beside
the events that did load. Event files hold one or more ``[[event]]`` tables;
``simulation.toml`` holds the rules of the simulated year.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from app.i18n import is_overlay_name, translate
from app.resources import (
    RESOURCES_DIR,
    ContentError,
    check_capabilities,
    entry_label,
    load_capabilities,
    read_localized,
    read_toml,
    validate_entry,
)
from models.content import Capability
from models.drills import DrillEvent, SimulationParams

DRILLS_DIR = RESOURCES_DIR / "drills"
SIMULATION_FILE = "simulation.toml"
CAPABILITY_FIELDS = ("detect_capabilities", "respond_capabilities", "feedback_capabilities")


@dataclass(frozen=True)
class DrillLoad:
    """The events that loaded, in key order, and the problems met on the way."""

    events: tuple[DrillEvent, ...]
    problems: tuple[ContentError, ...]

    def by_key(self) -> dict[str, DrillEvent]:
        """The events keyed by their key."""
        return {event.key: event for event in self.events}


def event_files(folder: Path) -> list[Path]:
    """The event files of one folder (its ``drills/`` sub-folder when it has one)."""
    if (folder / "drills").is_dir():
        folder = folder / "drills"
    if not folder.is_dir():
        return []
    return sorted(
        p for p in folder.glob("*.toml") if p.name != SIMULATION_FILE and not is_overlay_name(p)
    )


def load_events(
    extra_dirs: Iterable[Path] = (),
    *,
    root: Path = DRILLS_DIR,
    capabilities: Mapping[str, Capability] | None = None,
    lang: str | None = None,
) -> DrillLoad:
    """Load the shipped drill events, then those of each agency folder.

    Args:
        extra_dirs: agency folders (their ``drills/`` sub-folder is used if present).
        root: the shipped events folder.
        capabilities: the capability vocabulary (loaded from resources if not given).
        lang: the language of the text (default: the interface language).

    Returns:
        Every valid event, and one ``ContentError`` per file or event that failed.
        A key already loaded (shipped or earlier folder) is a problem, not an override.
    """
    known = load_capabilities() if capabilities is None else capabilities
    events: dict[str, DrillEvent] = {}
    origin: dict[str, Path] = {}
    problems: list[ContentError] = []
    files = [*event_files(root), *(p for d in extra_dirs for p in event_files(Path(d)))]
    for path in files:
        try:
            raw = read_localized(path, lang, root.parent)
        except ContentError as err:
            problems.append(err)
            continue
        items = raw.get("event")
        if not isinstance(items, list) or not items:
            problems.append(
                ContentError(
                    path, translate("errors-drills", "expected one or more [[event]] entries")
                )
            )
            continue
        for index, data in enumerate(items):
            label = entry_label(data, "event", index)
            try:
                event = validate_entry(DrillEvent, data, path, label)
                for field in CAPABILITY_FIELDS:
                    check_capabilities(path, label, field, getattr(event, field), known)
                if event.key in events:
                    raise ContentError(
                        path,
                        translate(
                            "errors-drills", "duplicate event key (already in {file})"
                        ).format(file=origin[event.key].name),
                        entry=label,
                        field="key",
                    )
            except ContentError as err:
                problems.append(err)
                continue
            events[event.key] = event
            origin[event.key] = path
    return DrillLoad(
        events=tuple(events[k] for k in sorted(events)),
        problems=tuple(problems),
    )


def load_simulation(path: Path = DRILLS_DIR / SIMULATION_FILE) -> SimulationParams:
    """The rules of the simulated year; a bad file raises a ``ContentError``."""
    raw = read_toml(path)
    table = raw.get("year")
    if not isinstance(table, dict):
        raise ContentError(path, translate("errors-drills", "expected a [year] table"))
    params = validate_entry(SimulationParams, table, path, "[year]")
    if params.events_min > params.events_max:
        raise ContentError(
            path,
            translate("errors-drills", "events_min must not exceed events_max"),
            entry="[year]",
            field="events_min",
        )
    return params
