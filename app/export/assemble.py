"""Putting an export together: the one place an ``ExportBundle`` is assembled.

The GUI (File › Export, the day's papers), the ``export-pdf`` command and the
workshop batch export all build their bundles here, with the same extra
sections: the drills slides (``drill_sections``) followed by each strategy's
review slide (``review_sections``), and the same scenario lookup (the
workshop's own copy first, else the content library's). What differs between
them — where the check result comes from, the export time, the paper size —
is passed in.

Only ``bundle.py`` loads with this module; the drills, the review slides and
the simulation rules load when a function that needs them runs, so a command
that leaves the drills out never imports them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Protocol

from app.export.bundle import ExportBundle, ExtraSections, Library, PageSize, SlideBuilder
from app.i18n import quoted, translate
from app.resources import ContentLibrary, localized_cards, localized_scenario, same_text
from models.content import Scenario
from models.findings import CheckResult
from models.strategy import Strategy
from models.workshop import Workshop

if TYPE_CHECKING:  # loaded only when a function that needs them runs
    from app.drills.report import LibraryLike
    from app.review.rubrics import RubricSet
    from app.store import Store
    from models.drills import DrillEvent, SimulationParams

__all__ = [
    "UnknownScenarioError",
    "assemble_bundle",
    "bundle_for",
    "drill_sections",
    "localized_scenario",
    "review_sections",
    "scenario_for",
    "unknown_scenario_message",
    "workshop_scenarios",
]


class ScenarioSource(Protocol):
    """What the scenario lookup reads from the store: a workshop's own scenarios."""

    def list_scenarios(self, workshop_id: str) -> list[Scenario]:
        """The workshop's scenarios."""
        ...


class ScenarioLibrary(Protocol):
    """What the scenario lookup reads from the content library."""

    @property
    def scenarios(self) -> Mapping[str, Scenario]:
        """The shipped (and agency) scenarios by key."""
        ...


class UnknownScenarioError(ValueError):
    """A strategy answers a scenario that neither its workshop nor the library holds.

    Attributes:
        key: the scenario key the strategy names.
        strategy_name: the strategy's name.
    """

    def __init__(self, key: str, strategy_name: str) -> None:
        super().__init__(unknown_scenario_message(key, strategy_name))
        self.key = key
        self.strategy_name = strategy_name


def unknown_scenario_message(key: str, strategy_name: str) -> str:
    """The user's message for a strategy whose scenario cannot be found, in the current language."""
    return translate(
        "errors-export",
        "strategy {strategy} uses the scenario {scenario}, which is neither in its workshop "
        "nor in the content library; import the workshop with its scenarios, or pick another "
        "scenario for the strategy",
    ).format(strategy=quoted(strategy_name), scenario=quoted(key))


def scenario_for(
    store: ScenarioSource | None, library: ScenarioLibrary | None, strategy: Strategy
) -> Scenario | None:
    """The scenario a strategy answers: the workshop's own copy first, else the library's.

    The workshop's copy is shown in the current language where it is the library's
    text unchanged (``localized_scenario``); ``library`` is taken to be in the current
    language, so a copy that says what it says needs no other reading.

    Raises:
        StoreError: the workshop's scenarios cannot be read.
    """
    shipped = library.scenarios.get(strategy.scenario_key) if library is not None else None
    if store is not None:
        for scenario in store.list_scenarios(strategy.workshop_id):
            if scenario.key == strategy.scenario_key:
                if shipped is not None and same_text(scenario, shipped):
                    return scenario  # the library's text already, in the library's language
                return localized_scenario(scenario)
    return shipped


def workshop_scenarios(
    store: ScenarioSource, library: ScenarioLibrary, workshop_id: str
) -> dict[str, Scenario]:
    """Every scenario a workshop's strategies may answer: the library's, overridden by its own.

    The workshop's copies are shown in the current language where they are the
    library's text unchanged (``localized_scenario``).

    Raises:
        StoreError: the workshop's scenarios cannot be read.
    """
    shipped = library.scenarios
    own = {
        s.key: s if s.key in shipped and same_text(s, shipped[s.key]) else localized_scenario(s)
        for s in store.list_scenarios(workshop_id)
    }
    return {**library.scenarios, **own}


def assemble_bundle(
    strategy: Strategy,
    *,
    workshop: Workshop,
    scenario: Scenario,
    check: CheckResult | None,
    library: Library,
    exported_at: dt.datetime,
    page_size: PageSize = PageSize.A4,
    sections: ExtraSections | None = None,
) -> ExportBundle:
    """One strategy's export bundle, its team looked up and its extra sections built.

    Args:
        strategy: the strategy (copied by the bundle, its unchanged catalog titles in the
            current language: ``localized_cards``).
        workshop: the workshop it belongs to (its team is looked up there).
        scenario: the scenario it answers.
        check: its check result, or None when not checked.
        library: the content library.
        exported_at: the time shown in every footer.
        page_size: the paper size of the full plan.
        sections: gives the strategy's extra sections (drills, reviews), if any.
    """
    # Catalog titles left as they were, in this language (the given library is in it).
    own = library if isinstance(library, ContentLibrary) else None
    strategy = localized_cards(strategy, own)
    extra: tuple[SlideBuilder, ...] = tuple(sections(strategy, scenario)) if sections else ()
    return ExportBundle(
        workshop=workshop,
        team=workshop.team(strategy.team_id),
        scenario=scenario,
        strategy=strategy,
        check=check,
        library=library,
        exported_at=exported_at,
        page_size=page_size,
        extra_sections=extra,
    )


class _BundleLibrary(Library, ScenarioLibrary, Protocol):
    """A content library with its catalog, capabilities and scenarios."""


def bundle_for(
    store: Store,
    library: _BundleLibrary,
    strategy: Strategy,
    *,
    check: CheckResult | None,
    exported_at: dt.datetime,
    page_size: PageSize = PageSize.A4,
    sections: ExtraSections | None = None,
    workshop: Workshop | None = None,
) -> ExportBundle:
    """The bundle of a stored (or open) strategy: its workshop and scenario read from ``store``.

    Args:
        store: the open store.
        library: the content library.
        strategy: the strategy as it is now (an open document's, or the stored one).
        check: its check result, or None when not checked.
        exported_at: the time shown in every footer.
        page_size: the paper size of the full plan.
        sections: gives the strategy's extra sections (drills, reviews), if any.
        workshop: the workshop when the caller holds it already (used only if it is the
            strategy's own; otherwise it is read from the store).

    Raises:
        UnknownScenarioError: the strategy's scenario is known neither to its workshop
            nor to the library.
        StoreError: the workshop or its scenarios cannot be read.
    """
    if workshop is None or workshop.id != strategy.workshop_id:
        workshop = store.get_workshop(strategy.workshop_id)
    scenario = scenario_for(store, library, strategy)
    if scenario is None:
        raise UnknownScenarioError(strategy.scenario_key, strategy.name)
    return assemble_bundle(
        strategy,
        workshop=workshop,
        scenario=scenario,
        check=check,
        library=library,
        exported_at=exported_at,
        page_size=page_size,
        sections=sections,
    )


def drill_sections(
    library: LibraryLike, events: Sequence[DrillEvent], params: SimulationParams | None = None
) -> ExtraSections:
    """The drills section of every deck: each event traced, and the simulated year.

    Args:
        library: the content library (the catalog cards that would close a gap).
        events: the drill events (shipped and the agency's), loaded once by the caller.
        params: the simulated year's rules (read now when not given).

    Raises:
        ContentError: the simulated year's rules cannot be read.
    """
    from app.drills.load import load_simulation
    from app.drills.pdf_slides import DrillsForExport
    from app.drills.report import catalog_providers

    rules = load_simulation() if params is None else params
    drills = DrillsForExport(tuple(events), rules, catalog_providers(library))
    return drills.sections


def review_sections(
    store: Store, rubrics: RubricSet, sections: ExtraSections | None = None
) -> ExtraSections:
    """``sections`` (the drills, or none) followed by the review slide of each strategy.

    A strategy gets a review section only when the store holds a score sheet, peer
    feedback received or a phase review for it; the rubric its sheets use is chosen
    when installed, else the default rubric; with no rubric at all the deck goes
    without the slide. The store is read when a bundle is assembled, not here.
    """
    from app.review.review_slides import review_section, strategy_review
    from app.review.rubrics import RubricChoiceError, choose_rubric

    def build(strategy: Strategy, scenario: Scenario) -> list[SlideBuilder]:
        built = list(sections(strategy, scenario)) if sections else []
        sheets = [
            s for s in store.list_sheets(strategy.workshop_id) if s.strategy_id == strategy.id
        ]
        feedback = store.list_feedback(strategy_id=strategy.id)
        history = store.phase_reviews(strategy.id)
        if not (sheets or feedback or history):
            return built
        try:
            rubric = choose_rubric(rubrics, sheets, None)
        except RubricChoiceError:  # no rubric installed at all
            return built
        review = strategy_review(
            strategy.id,
            rubric,
            sheets=sheets,
            feedback=feedback,
            rounds=store.list_rounds(strategy.workshop_id),
            reviews=history,
            teams=store.get_workshop(strategy.workshop_id).teams,
        )
        if not review.is_empty:
            built.append(review_section(review))
        return built

    return build
