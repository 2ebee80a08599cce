"""One place assembles an export bundle: the scenario lookup, the team, the extra sections."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from app.demo import ensure_demo
from app.drills.load import load_events
from app.export.assemble import (
    UnknownScenarioError,
    assemble_bundle,
    bundle_for,
    drill_sections,
    review_sections,
    scenario_for,
    workshop_scenarios,
)
from app.export.blocks import Slide
from app.export.bundle import ExportBundle, PageSize
from app.paths import sqlite_url
from app.review.rubrics import RubricSet, load_rubrics
from app.store import Store
from models.content import Scenario
from models.strategy import Strategy
from tests.app.export.conftest import EXPORTED_AT, library


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(sqlite_url(tmp_path / "demo.sqlite3")) as opened:
        ensure_demo(opened, library())
        yield opened


def _strategies(store: Store) -> list[Strategy]:
    workshop = store.list_workshops()[0]
    return [store.load_strategy(s.id) for s in store.list_strategies(workshop.id)]


@dataclass
class _Library:
    scenarios: Mapping[str, Scenario] = field(default_factory=dict)


def test_bundle_for_reads_the_workshop_team_and_scenario(store: Store) -> None:
    strategy = _strategies(store)[0]
    bundle = bundle_for(
        store, library(), strategy, check=None, exported_at=EXPORTED_AT, page_size=PageSize.LETTER
    )
    workshop = store.get_workshop(strategy.workshop_id)
    assert bundle.workshop == workshop
    assert bundle.team == workshop.team(strategy.team_id)
    assert bundle.scenario.key == strategy.scenario_key
    assert bundle.page_size is PageSize.LETTER
    assert bundle.extra_sections == ()
    assert bundle.strategy == strategy and bundle.strategy is not strategy  # a copy


def test_a_held_workshop_of_another_strategy_is_not_used(store: Store) -> None:
    strategy = _strategies(store)[0]
    other = store.get_workshop(strategy.workshop_id).model_copy(update={"id": "elsewhere"})
    bundle = bundle_for(
        store, library(), strategy, check=None, exported_at=EXPORTED_AT, workshop=other
    )
    assert bundle.workshop.id == strategy.workshop_id


def test_an_unknown_scenario_is_a_typed_error_naming_it(store: Store) -> None:
    strategy = _strategies(store)[0].model_copy(update={"scenario_key": "nowhere"})
    with pytest.raises(UnknownScenarioError) as caught:
        bundle_for(store, library(), strategy, check=None, exported_at=EXPORTED_AT)
    assert caught.value.key == "nowhere"
    assert "nowhere" in str(caught.value) and strategy.name in str(caught.value)


def test_the_workshops_own_scenario_comes_before_the_librarys(store: Store) -> None:
    strategy = _strategies(store)[0]
    own = scenario_for(store, None, strategy)
    assert own is not None
    shipped = own.model_copy(update={"title": "the shipped one"})
    assert scenario_for(store, _Library({own.key: shipped}), strategy) == own
    assert scenario_for(None, _Library({own.key: shipped}), strategy) == shipped
    assert scenario_for(None, None, strategy) is None
    mapping = workshop_scenarios(store, _Library({own.key: shipped, "x": shipped}), own.key)
    assert mapping[own.key] == shipped  # no workshop of that id: the library's stand
    workshop_id = strategy.workshop_id
    assert workshop_scenarios(store, _Library({own.key: shipped}), workshop_id)[own.key] == own


def test_assemble_asks_the_sections_for_this_strategy_and_scenario(store: Store) -> None:
    strategy = _strategies(store)[0]
    scenario = scenario_for(store, library(), strategy)
    assert scenario is not None
    asked: list[tuple[str, str]] = []

    def section(bundle: ExportBundle) -> list[Slide]:
        return []

    def sections(s: Strategy, sc: Scenario) -> list[object]:
        asked.append((s.id, sc.key))
        return [section]

    bundle = assemble_bundle(
        strategy,
        workshop=store.get_workshop(strategy.workshop_id),
        scenario=scenario,
        check=None,
        library=library(),
        exported_at=EXPORTED_AT,
        sections=sections,  # type: ignore[arg-type]
    )
    assert asked == [(strategy.id, scenario.key)]
    assert bundle.extra_sections == (section,)


def test_drills_then_reviews_for_a_reviewed_strategy_only(store: Store) -> None:
    lib = library()
    rubrics = load_rubrics(capabilities=lib.capabilities)
    drills = drill_sections(lib, load_events([], capabilities=lib.capabilities).events)
    build = review_sections(store, rubrics, drills)
    reviewed = {s.strategy_id for s in store.list_sheets(store.list_workshops()[0].id)}
    for strategy in _strategies(store):
        scenario = scenario_for(store, lib, strategy)
        assert scenario is not None
        built = list(build(strategy, scenario))
        assert len(built) == (2 if strategy.id in reviewed else 1)
    assert reviewed  # the demo scores at least one strategy


def test_without_any_rubric_the_deck_goes_without_the_review(store: Store) -> None:
    build = review_sections(store, RubricSet(rubrics={}))
    for strategy in _strategies(store):
        scenario = scenario_for(store, library(), strategy)
        assert scenario is not None
        assert list(build(strategy, scenario)) == []
