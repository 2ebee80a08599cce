"""The checker as every sub-command builds it: the packs, the catalog and the drill events.

The drill events (shipped and the agency's, as ``drill`` loads them) let the
checker weigh the harm a missing practice would let through when it ranks the
gaps, so ``check``, ``export-pdf`` and ``report`` rank them the same way. Each
command loads the events once; a broken agency event file is a warning.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from models.errors import bare

if TYPE_CHECKING:  # the heavy modules load only when a command runs
    from app.checker.engine import Checker
    from app.checker.packs import PackSet
    from app.drills.load import DrillLoad
    from app.resources import ContentLibrary

AS_OF_FORM = "YYYY-MM-DD"
_AS_OF = re.compile(r"\d{4}-\d{2}-\d{2}")


class AsOfError(ValueError):
    """A ``--as-of`` value that is not a date; the message is the one line to print."""


def parse_as_of(text: str | None) -> dt.date | None:
    """The date of a ``--as-of`` argument, or None when it was not given.

    Raises:
        AsOfError: ``text`` is not a calendar date written ``YYYY-MM-DD``.
    """
    if text is None:
        return None
    try:
        if not _AS_OF.fullmatch(text):
            raise ValueError(text)
        return dt.date.fromisoformat(text)
    except ValueError:
        from app.i18n import translate

        raise AsOfError(
            translate(
                "errors-cli",
                "--as-of expects a calendar date written {form} (such as 2026-08-02), not '{text}'",
            ).format(form=AS_OF_FORM, text=bare(text))
        ) from None


def load_drill_events(library: ContentLibrary) -> DrillLoad:
    """The shipped and the agency's drill events; each problem is printed as a warning.

    Raises:
        ContentError: the shipped drills folder cannot be read.
    """
    from app.drills.load import load_events
    from app.paths import agency_dir

    loaded = load_events([agency_dir("drills")], capabilities=library.capabilities)
    for problem in loaded.problems:
        skipped_drill_event(problem)
    return loaded


def skipped_drill_event(problem: object) -> None:
    """Warn that an agency drill event file was left out, and why."""
    from app.cli import warn
    from app.i18n import translate

    warn(translate("errors-cli", "skipped drill event: {problem}").format(problem=problem))


def build_checker(packs: PackSet, library: ContentLibrary, events: DrillLoad) -> Checker:
    """A checker over ``packs`` that suggests catalog cards and ranks gaps by drill harm."""
    from app.checker.engine import Checker

    return Checker(packs, library, library.capabilities, events=events.events)
