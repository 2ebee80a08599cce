"""The composition root's services: built once, each part loaded on first use and kept."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.demo import ensure_demo
from app.drills.load import DrillLoad
from app.export.assemble import scenario_for
from app.paths import sqlite_url
from app.review.rubrics import DEFAULT_RUBRIC, RubricChoiceError
from app.services import Services, build_services
from app.store import Store
from tests.app.export.conftest import library


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    lib = library()
    with Store.open(sqlite_url(tmp_path / "demo.sqlite3")) as store:
        ensure_demo(store, lib)
        yield build_services(store, lib, agency=False)


def test_building_loads_nothing_past_the_store_and_library(services: Services) -> None:
    loaded = {"drills", "simulation", "packs", "checker", "rubrics", "_export_sections"}
    assert not loaded & set(vars(services))


def test_each_part_loads_once_and_is_shared(services: Services) -> None:
    assert services.packs is services.packs
    assert services.drills is services.drills and services.drills.events
    assert services.checker is services.checker
    assert services.new_checker() is not services.checker  # a worker thread's own
    assert services.rubrics.get(DEFAULT_RUBRIC) is not None
    assert services.simulation is services.simulation
    assert services.export_sections() is services.export_sections()


def test_the_checker_ranks_with_the_loaded_packs_and_events(services: Services) -> None:
    workshop = services.store.list_workshops()[0]
    strategy = services.store.load_strategy(services.store.list_strategies(workshop.id)[0].id)
    result = services.checker.check(strategy)
    assert result.coverage  # the demo selects packs
    assert {c.pack for c in result.coverage} - {"structure"} <= set(services.packs.packs)


def test_rubric_for_a_workshop_uses_its_sheets_or_the_one_asked_for(services: Services) -> None:
    workshop = services.store.list_workshops()[0]
    assert services.rubric_for(workshop.id).key == DEFAULT_RUBRIC
    with pytest.raises(RubricChoiceError):
        services.rubric_for(workshop.id, "not-installed")


def test_export_sections_have_drills_and_reviews_unless_drills_are_left_out(
    services: Services,
) -> None:
    store = services.store
    workshop = store.list_workshops()[0]
    reviewed = {s.strategy_id for s in store.list_sheets(workshop.id)}
    strategy = store.load_strategy(next(iter(reviewed)))
    scenario = scenario_for(store, services.library, strategy)
    assert scenario is not None
    assert len(services.export_sections()(strategy, scenario)) == 2
    assert len(services.export_sections(drills=False)(strategy, scenario)) == 1


def test_drill_events_handed_over_are_kept(services: Services) -> None:
    handed = DrillLoad(events=(), problems=())
    services.drills = handed
    assert services.drills is handed
    assert services.new_checker() is not None


def test_the_same_database_in_another_language(services: Services) -> None:
    assert services.language == "en"
    assert services.in_language("en") is services
    french = services.in_language("fr_CA.UTF-8")
    assert french is services.in_language("fr")  # built once, kept
    assert french.store is services.store and french.language == "fr"
    # The keys and rules are the same; only the text is in French.
    assert french.library.catalog.keys() == services.library.catalog.keys()
    titles = {key: card.title for key, card in services.library.catalog.items()}
    assert any(french.library.catalog[key].title != title for key, title in titles.items())
    pack_en = {key: p.instrument for key, p in services.packs.packs.items()}
    pack_fr = {key: p.instrument for key, p in french.packs.packs.items()}
    assert pack_en.keys() == pack_fr.keys() and pack_en != pack_fr
    assert french.rubrics.rubrics.keys() == services.rubrics.rubrics.keys()
    with pytest.raises(ValueError, match="xx"):
        services.in_language("xx")


def test_the_other_language_loads_in_its_own_language_whatever_the_thread_speaks(
    services: Services,
) -> None:
    from app.i18n import speaking

    with speaking("fr"):
        english = services.packs  # loaded inside a French block: still the services' English
    french = services.in_language("fr").packs
    shown = {key: p.instrument for key, p in english.packs.items()}
    assert shown != {key: p.instrument for key, p in french.packs.items()}
    assert shown == {key: p.instrument for key, p in services.in_language("en").packs.packs.items()}
