"""Agency scenarios: each file in the agency's ``scenarios`` folder joins the library on its own.

One broken file — bad TOML, a hostile structure, a FIFO, a key already taken —
used to drop every agency scenario; now it is skipped and reported, and the
others load.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from pathlib import Path

from app.i18n import translate
from app.resources import (
    ContentError,
    ContentLibrary,
    digest_of,
    library_files,
    parse_content,
    read_content_bytes,
    scenario_from,
)


def with_agency_scenarios(
    library: ContentLibrary, root: Path, paths: Iterable[Path], lang: str | None = None
) -> tuple[ContentLibrary, tuple[str, ...]]:
    """``library`` plus every agency scenario file of ``paths`` that loads on its own.

    Each file is read once (bounded; a FIFO or device is refused), parsed and
    checked by itself (in ``lang``: a text the file lacks in it is marked, see
    ``app.resources.localize``): a broken file, or one whose key is already taken, is
    skipped and reported, and every other file still joins. The library's
    version digest then covers the shipped files and exactly the bytes loaded.

    Returns:
        The extended library and one message per skipped file.
    """
    scenarios = dict(library.scenarios)
    problems: list[str] = []
    loaded: list[tuple[str, bytes]] = []
    for path in paths:
        try:
            data = read_content_bytes(path)
            scenario = scenario_from(path, parse_content(path, data), library.catalog, lang, root)
            if scenario.key in scenarios:
                raise ContentError(
                    path,
                    translate(
                        "errors-content",
                        "duplicate scenario key, already defined by another scenario",
                    ),
                    entry=repr(scenario.key),
                    field="key",
                )
        except ContentError as err:
            problems.append(
                translate("errors-content", "agency scenario skipped: {problem}").format(
                    problem=err
                )
            )
            continue
        scenarios[scenario.key] = scenario
        loaded.append((path.name, data))
    if not loaded:
        return library, tuple(problems)
    series = library.version.split("+", 1)[0]
    digest = digest_of([(p.name, read_content_bytes(p)) for p in library_files(root)] + loaded)
    extended = dataclasses.replace(library, scenarios=scenarios, version=f"{series}+{digest[:12]}")
    return extended, tuple(problems)
