"""The composition root's services: built once, handed to whoever needs them.

``build_services(store, library)`` makes one ``Services`` per open database. The
window's controllers and the CLI commands take what they need from it — the
store, the content library, the rule packs, a checker, the drill events, the
rubrics, the extra sections of an export — instead of loading their own copies
or reaching through each other for them.

Everything past the store and the library loads on first use and is kept: the
GUI pays for the rubrics only when a deck or a score sheet needs them, and a
CLI command only for what it reads. What failed to load without breaking the
installation (an agency's broken pack, event or rubric) is kept on each load
(``packs.problems``, ``drills.problems``, ``rubrics.errors``) for the caller to
report in its own way: a status-bar message, a warning line on stderr.

Not thread-safe: build and read it on one thread (the GUI thread); a worker
thread gets its own checker from ``new_checker``.

The services speak one language (``lang``, default the interface's): the text of
the library, packs, drills and rubrics is loaded in it. ``in_language(code)`` gives
the services of the same database in another language, for an export the team
presents in French from an English window; they are built on first use and kept.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the heavy modules load on first use
    from app.checker.engine import Checker
    from app.checker.packs import PackSet
    from app.drills.load import DrillLoad
    from app.export.bundle import ExtraSections
    from app.resources import ContentLibrary
    from app.review.rubrics import RubricSet
    from app.store import Store
    from models.drills import SimulationParams
    from models.review import Rubric


@dataclass(eq=False)
class Services:
    """The app's services over one open database.

    Attributes:
        store: the open store.
        library: the content library (catalog, capabilities, scenarios, guide).
        agency: also read the agency's folders (rule packs, drill events, rubrics).
        lang: the language of the content text (None: the interface language).
    """

    store: Store
    library: ContentLibrary
    agency: bool = True
    lang: str | None = None
    _others: dict[str, Services] = field(default_factory=dict, repr=False)

    @property
    def language(self) -> str:
        """The language these services' text is in."""
        from app.i18n import interface_language

        return self.lang or interface_language()

    def in_language(self, code: str) -> Services:
        """The services of the same database with their text in ``code`` (kept once built).

        Raises:
            ValueError: the app has no such language.
            ContentError: the shipped content cannot be read in that language.
        """
        from app.i18n import normalise

        found = normalise(code)
        if found is None:
            raise ValueError(f"no language {code!r}")
        if found == self.language:
            return self
        other = self._others.get(found)
        if other is None:
            other = Services(
                store=self.store,
                library=self._library_in(found),
                agency=self.agency,
                lang=found,
            )
            self._others[found] = other
        return other

    def _library_in(self, code: str) -> ContentLibrary:
        from app.resources import installed_library, load_library

        if not self.agency:
            return load_library(lang=code)
        # The one copy per language the process keeps (stored scenarios and card titles
        # are compared with it too); the agency files' problems were reported at start.
        library = installed_library(code)
        if library is None:
            return load_library(lang=code)  # raises ContentError naming what is broken
        return library

    @cached_property
    def drills(self) -> DrillLoad:
        """The drill events, shipped and the agency's (a broken agency file is a problem).

        Raises:
            ContentError: the shipped drills folder cannot be read.
        """
        from app.drills.load import load_events
        from app.paths import agency_dir

        folders = [agency_dir("drills")] if self.agency else []
        return load_events(folders, capabilities=self.library.capabilities, lang=self.language)

    @cached_property
    def simulation(self) -> SimulationParams:
        """The rules of the simulated year the drills run.

        Raises:
            ContentError: the rules file cannot be read.
        """
        from app.drills.load import load_simulation

        return load_simulation()

    @cached_property
    def packs(self) -> PackSet:
        """The rule packs, shipped and the agency's (a broken agency pack is a problem)."""
        from app.checker.packs import agency_dirs, load_packs

        folders = agency_dirs() if self.agency else []
        return load_packs(folders, capabilities=self.library.capabilities, lang=self.language)

    @cached_property
    def checker(self) -> Checker:
        """The checker over ``packs``: suggests catalog cards, ranks gaps by drill harm."""
        return self.new_checker()

    def new_checker(self) -> Checker:
        """A checker of its own (for another thread: a checker's caches are not shared)."""
        from app.checker.engine import Checker

        library = self.library
        return Checker(self.packs, library, library.capabilities, events=self.drills.events)

    @cached_property
    def rubrics(self) -> RubricSet:
        """The rubrics, shipped and the agency's (a broken agency rubric is in ``errors``).

        Raises:
            ContentError: a shipped rubric is broken.
        """
        from app.paths import agency_dir
        from app.review.rubrics import load_rubrics

        folders = [agency_dir("rubrics")] if self.agency else []
        return load_rubrics(folders, self.library.capabilities, lang=self.language)

    def rubric_for(self, workshop_id: str, key: str | None = None) -> Rubric:
        """The rubric to score (or report) a workshop with: ``key``, else the one its sheets use.

        Raises:
            RubricChoiceError: the rubric asked for is not installed, or none is.
            StoreError: the score sheets cannot be read.
            ContentError: a shipped rubric is broken.
        """
        from app.review.rubrics import choose_rubric

        return choose_rubric(self.rubrics, self.store.list_sheets(workshop_id), key)

    def export_sections(self, *, drills: bool = True) -> ExtraSections:
        """The extra sections of every deck: the drills (unless left out), then the reviews.

        Raises:
            ContentError: the drills' simulation rules or a shipped rubric cannot be read.
        """
        if drills:
            return self._export_sections
        from app.export.assemble import review_sections

        return review_sections(self.store, self.rubrics)

    @cached_property
    def _export_sections(self) -> ExtraSections:
        from app.export.assemble import drill_sections, review_sections

        drills = drill_sections(self.library, self.drills.events, self.simulation)
        return review_sections(self.store, self.rubrics, drills)


def build_services(
    store: Store, library: ContentLibrary, *, agency: bool = True, lang: str | None = None
) -> Services:
    """The services of one open database (cheap: everything else loads on first use).

    Args:
        store: the open store.
        library: the loaded content library.
        agency: also read the agency's folders (False in tests that want shipped content only).
        lang: the language ``library`` was loaded in (None: the interface language).
    """
    return Services(store=store, library=library, agency=agency, lang=lang)
