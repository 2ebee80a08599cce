"""The demo workshop: valid, reproducible, and incomplete in exactly the intended ways."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.demo import (
    AURORA_STRATEGY_ID,
    BOREALIS_STRATEGY_ID,
    DemoBundle,
    build_demo,
    ensure_demo,
    suggested_packs,
)
from app.resources import ContentLibrary, load_library
from app.store import ReviewRecords
from models.content import Scenario
from models.layout import CARD_HEIGHT, CARD_WIDTH
from models.phases import ALL_PHASES, LIFECYCLE, Phase, is_forward
from models.profile import Profile
from models.strategy import Strategy
from models.vocabulary import Jurisdiction, LinkKind, Role
from models.workshop import Workshop

KNOWN_PACKS = {
    "eu-ai-act",
    "gdpr",
    "nist-ai-rmf",
    "oecd-ethics",
    "canada-dadm",
    "us-omb",
    "uk-data-protection",
}


@pytest.fixture(scope="module")
def library() -> ContentLibrary:
    return load_library()


@pytest.fixture(scope="module")
def bundle(library: ContentLibrary) -> DemoBundle:
    return build_demo(library)


def _strategy(bundle: DemoBundle, strategy_id: str) -> Strategy:
    return next(s for s in bundle.strategies if s.id == strategy_id)


def test_demo_round_trips_through_its_models(bundle: DemoBundle) -> None:
    assert Workshop.model_validate(bundle.workshop.model_dump()) == bundle.workshop
    for scenario in bundle.scenarios:
        assert Scenario.model_validate(scenario.model_dump()) == scenario
    for strategy in bundle.strategies:
        assert Strategy.model_validate(strategy.model_dump()) == strategy
        assert Strategy.model_validate_json(strategy.model_dump_json()) == strategy


def test_demo_is_deterministic(library: ContentLibrary, bundle: DemoBundle) -> None:
    again = build_demo(load_library())
    assert again == bundle
    assert [s.model_dump_json() for s in again.strategies] == [
        s.model_dump_json() for s in bundle.strategies
    ]
    # Fixed ids: exported demo files and screenshots refer to these.
    assert bundle.workshop.id == "247ad8e5-0e16-514f-a01b-4b1b161e80ad"
    assert AURORA_STRATEGY_ID == "e9ec8407-d983-5b7e-b4b2-78eb19d3e590"
    assert BOREALIS_STRATEGY_ID == "032565ab-d02e-5e04-a853-6fb8b35eb89a"


def test_ids_are_unique(bundle: DemoBundle) -> None:
    ids = [bundle.workshop.id]
    for team in bundle.workshop.teams:
        ids += [team.id, *(m.id for m in team.members)]
    for strategy in bundle.strategies:
        ids += [strategy.id, *strategy.cards, *strategy.links]
    assert len(ids) == len(set(ids))


def test_teams_cover_every_role(bundle: DemoBundle) -> None:
    teams = bundle.workshop.teams
    assert len(teams) == 2
    for team in teams:
        assert 5 <= len(team.members) <= 6
        assert set(team.roles) == set(Role)
    names = [m.name for t in teams for m in t.members]
    assert "Aroha Ngātai" in names and "Zoë Lefèvre" in names
    assert sum(not name.isascii() for name in names) >= 4


def test_scenarios_and_strategies_match(bundle: DemoBundle, library: ContentLibrary) -> None:
    keys = [s.key for s in bundle.scenarios]
    assert keys == ["benefits-decision-support", "emergency-dispatch"]
    assert [s.scenario_key for s in bundle.strategies] == keys
    team_ids = [t.id for t in bundle.workshop.teams]
    for strategy, scenario in zip(bundle.strategies, bundle.scenarios, strict=True):
        assert strategy.workshop_id == bundle.workshop.id
        assert strategy.team_id in team_ids
        assert strategy.profile == scenario.profile
        assert set(strategy.packs) <= KNOWN_PACKS
        assert {"nist-ai-rmf", "oecd-ethics"} <= set(strategy.packs)
        assert scenario == library.scenarios[scenario.key]
    aurora = _strategy(bundle, AURORA_STRATEGY_ID)
    assert {"eu-ai-act", "gdpr"} <= set(aurora.packs)


def test_cards_come_from_the_catalog(bundle: DemoBundle, library: ContentLibrary) -> None:
    for strategy in bundle.strategies:
        for card in strategy.cards.values():
            assert set(card.capabilities) <= set(library.capabilities)
            if card.catalog_key is None:
                continue
            entry = library.catalog[card.catalog_key]
            assert (card.title, card.phase) == (entry.title, entry.phase)
            assert set(card.capabilities) == set(entry.capabilities)
            assert entry.description not in card.notes


def test_cards_do_not_overlap(bundle: DemoBundle) -> None:
    for strategy in bundle.strategies:
        cards = list(strategy.cards.values())
        for i, a in enumerate(cards):
            for b in cards[i + 1 :]:
                if a.phase is b.phase:
                    apart = abs(a.x - b.x) >= CARD_WIDTH or abs(a.y - b.y) >= CARD_HEIGHT
                    assert apart, (a.title, b.title)


def test_aurora_is_partly_built_across_the_lifecycle(bundle: DemoBundle) -> None:
    aurora = _strategy(bundle, AURORA_STRATEGY_ID)
    cards = aurora.cards
    assert 20 <= len(cards) <= 24
    per_phase = Counter(c.phase for c in cards.values())
    assert set(per_phase) == set(ALL_PHASES)
    assert all(per_phase[phase] >= 2 for phase in LIFECYCLE)
    links = list(aurora.links.values())
    assert len(links) >= 20
    assert len({lk.kind for lk in links}) == len(LinkKind)
    for link in links:
        assert is_forward(cards[link.source].phase, cards[link.target].phase), link
    loops = [
        lk
        for lk in links
        if lk.kind is LinkKind.FEEDS_BACK
        and cards[lk.source].phase is Phase.FEEDBACK
        and cards[lk.target].phase is Phase.DATA
    ]
    assert loops, "the loop from feedback back to data is missing"
    linked = {end for lk in links for end in (lk.source, lk.target)}
    assert linked == set(cards), "every card of the partly built strategy is linked"


def test_aurora_has_the_intended_gaps(bundle: DemoBundle) -> None:
    aurora = _strategy(bundle, AURORA_STRATEGY_ID)
    capabilities = {cap for c in aurora.cards.values() for cap in c.capabilities}
    assert "fairness-monitoring" not in capabilities
    assert "appeal-process" not in capabilities
    unowned = [c for c in aurora.cards.values() if c.owner_role is None]
    assert len(unowned) == 1


def test_borealis_has_just_started(bundle: DemoBundle) -> None:
    borealis = _strategy(bundle, BOREALIS_STRATEGY_ID)
    assert 6 <= len(borealis.cards) <= 8
    assert len(borealis.links) <= 5
    custom = [c for c in borealis.cards.values() if c.catalog_key is None]
    assert len(custom) == 1 and custom[0].capabilities


@given(
    jurisdictions=st.sets(st.sampled_from(list(Jurisdiction))),
    personal=st.booleans(),
)
def test_suggested_packs_follow_the_profile(
    jurisdictions: set[Jurisdiction], personal: bool
) -> None:
    profile = Profile(jurisdictions=tuple(jurisdictions), personal_data=personal)
    packs = set(suggested_packs(profile))
    assert packs <= KNOWN_PACKS
    assert {"nist-ai-rmf", "oecd-ethics"} <= packs
    assert ("eu-ai-act" in packs) == (Jurisdiction.EU in jurisdictions)
    assert ("gdpr" in packs) == (Jurisdiction.EU in jurisdictions and personal)
    assert ("uk-data-protection" in packs) == (Jurisdiction.UK in jurisdictions and personal)
    assert ("canada-dadm" in packs) == (Jurisdiction.CANADA in jurisdictions)
    assert ("us-omb" in packs) == (Jurisdiction.US_FEDERAL in jurisdictions)


class FakeStore:
    """Records what the demo writes; starts with the given workshops."""

    def __init__(self, workshops: Sequence[Workshop] = ()) -> None:
        self.workshops = list(workshops)
        self.saved: list[
            tuple[Workshop, tuple[Scenario, ...], tuple[Strategy, ...], ReviewRecords | None]
        ] = []

    def list_workshops(self) -> list[Workshop]:
        return list(self.workshops)

    def damaged_rows(self) -> list[object]:
        return []

    def save_bundle(
        self,
        workshop: Workshop,
        scenarios: Sequence[Scenario],
        strategies: Sequence[Strategy],
        reviews: ReviewRecords | None = None,
    ) -> None:
        self.saved.append((workshop, tuple(scenarios), tuple(strategies), reviews))
        self.workshops.append(workshop)


def test_ensure_demo_writes_into_an_empty_store(
    library: ContentLibrary, bundle: DemoBundle
) -> None:
    store = FakeStore()
    assert ensure_demo(store, library) is True
    assert store.saved == [(bundle.workshop, bundle.scenarios, bundle.strategies, bundle.reviews)]
    assert ensure_demo(store, library) is False
    assert len(store.saved) == 1


def test_ensure_demo_leaves_a_used_store_alone(library: ContentLibrary) -> None:
    store = FakeStore([Workshop(name="Our own workshop")])
    assert ensure_demo(store, library) is False
    assert store.saved == []


def test_the_demo_arrives_with_the_days_records(
    bundle: DemoBundle, library: ContentLibrary, tmp_path: Any
) -> None:
    from app.paths import sqlite_url
    from app.review.reflections import ReflectionKind, load_questions
    from app.review.rubrics import load_rubrics
    from app.store import Store

    reviews = bundle.reviews
    strategies = {s.id for s in bundle.strategies}
    assert {s.strategy_id for s in reviews.sheets} == strategies
    rubric = load_rubrics().rubrics["default"]
    for sheet in reviews.sheets:
        assert sheet.rubric_version == rubric.version
        assert {s.criterion for s in sheet.scores} == set(rubric.keys)
    assert {f.strategy_id for f in reviews.feedback} == strategies
    assert {o.strategy_id for o in reviews.observations} == strategies
    participants = [r for r in reviews.reflections if r.kind is ReflectionKind.PARTICIPANT]
    assert {r.team_id for r in participants} == {t.id for t in bundle.workshop.teams}
    questions = load_questions()
    for reflection in participants:
        assert set(reflection.answers) == {q.key for q in questions.participant}
        assert reflection.confidence
    facilitator = [r for r in reviews.reflections if r.kind is ReflectionKind.FACILITATOR]
    assert [r.author for r in facilitator] == [bundle.workshop.facilitator]
    assert set(facilitator[0].answers) == {q.key for q in questions.facilitator}
    with Store.open(sqlite_url(tmp_path / "demo.sqlite3")) as store:
        assert ensure_demo(store, library)
        stored = store.workshop_reviews(bundle.workshop.id)
        for field in ("sheets", "rounds", "feedback", "phase_reviews", "reflections"):
            assert sorted(map(repr, getattr(stored, field))) == sorted(
                map(repr, getattr(reviews, field))
            ), field
        assert sorted(map(repr, stored.observations)) == sorted(map(repr, reviews.observations))
