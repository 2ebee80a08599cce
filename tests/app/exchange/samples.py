"""Sample workshops, scenarios and an in-memory store for exchange tests."""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from app.resources import load_capabilities
from app.store.errors import DamagedRowError, UnknownRecordError
from app.store.review_writes import ReviewRecords
from models.content import Scenario
from models.phases import Phase
from models.profile import Profile
from models.review import Agenda, PeerRound
from models.strategy import Card, Link, Strategy
from models.vocabulary import Annex3Area, Jurisdiction, LinkKind, Role, Status
from models.workshop import Member, Team, Workshop

CONTENT_VERSION = "2026.1"
APP_VERSION = "0.1.0"


@dataclass(frozen=True)
class FakeLibrary:
    """What exchange needs from the content library: a version and capability keys."""

    version: str = CONTENT_VERSION
    capabilities: Mapping[str, object] = field(default_factory=load_capabilities)


def workshop(workshop_id: str = "w") -> Workshop:
    """A workshop with two teams and non-ASCII text."""
    return Workshop(
        id=workshop_id,
        name="Atelier IA — printemps",
        date=dt.date(2026, 3, 14),
        facilitator="Zoë Müller",
        description="Two teams, one afternoon.\nBring laptops.",
        teams=(
            Team(
                id="team-blue",
                name="Blue",
                members=(
                    Member(id="m1", name="Ana", role=Role.DATA_SCIENTIST),
                    Member(id="m2", name="Bo", role=Role.POLICY_LEGAL),
                ),
            ),
            Team(
                id="team-red",
                name="Red",
                members=(Member(id="m3", name="Chen", role=Role.IT_OPERATIONS),),
            ),
        ),
    )


def scenario(key: str = "benefits") -> Scenario:
    """A small but complete scenario."""
    return Scenario(
        key=key,
        title="Benefit eligibility triage",
        summary="Flags benefit claims for manual review.",
        context="A ministry triages claims with a risk score.",
        goals=("Faster decisions",),
        challenges=("Bias against minorities",),
        profile=Profile(
            personal_data=True,
            decisions_about_individuals=True,
            jurisdictions=(Jurisdiction.EU,),
            annex3_area=Annex3Area.ESSENTIAL_SERVICES,
        ),
        sources=("Court ruling, 2020",),
    )


def strategy(strategy_id: str = "s1", team_id: str | None = "team-blue") -> Strategy:
    """A strategy with three cards and two links."""
    cards = [
        Card(
            id=f"{strategy_id}-c1",
            catalog_key="data-audit",
            title="Audit training data",
            phase=Phase.DATA,
            owner_role=Role.DATA_SCIENTIST,
            status=Status.IN_PROGRESS,
            capabilities=("bias-examination", "data-quality"),
            x=10.5,
            y=20.0,
        ),
        Card(
            id=f"{strategy_id}-c2",
            title="Human review of flags",
            phase=Phase.DEPLOY,
            capabilities=("human-decision",),
        ),
        Card(
            id=f"{strategy_id}-c3",
            title="Drift watch",
            phase=Phase.MONITOR,
            capabilities=("drift-monitoring",),
            notes="Weekly — «check» ✓",
        ),
    ]
    links = [
        Link(id=f"{strategy_id}-l1", source=cards[0].id, target=cards[1].id),
        Link(
            id=f"{strategy_id}-l2", source=cards[2].id, target=cards[0].id, kind=LinkKind.FEEDS_BACK
        ),
    ]
    return Strategy(
        id=strategy_id,
        workshop_id="w",
        team_id=team_id,
        scenario_key="benefits",
        name=f"Plan {strategy_id}",
        packs=("eu-ai-act", "gdpr"),
        cards={c.id: c for c in cards},
        links={lk.id: lk for lk in links},
        revision=7,
    )


@dataclass(frozen=True)
class Summary:
    """The store's strategy summary, as far as exchange reads it."""

    id: str
    workshop_id: str


class FakeStore:
    """An in-memory stand-in for ``app.store.Store`` with the methods exchange uses."""

    def __init__(self) -> None:
        self.workshops: dict[str, Workshop] = {}
        self.scenarios: dict[str, dict[str, Scenario]] = {}
        self.strategies: dict[str, Strategy] = {}
        self.reviews: dict[str, ReviewRecords] = {}

    def get_workshop(self, workshop_id: str) -> Workshop:
        if workshop_id not in self.workshops:
            raise UnknownRecordError(f"No workshop with id {workshop_id!r}.")
        return self.workshops[workshop_id]

    def list_scenarios(self, workshop_id: str) -> list[Scenario]:
        return list(self.scenarios.get(workshop_id, {}).values())

    def list_strategies(self, workshop_id: str | None = None) -> list[Summary]:
        return [
            Summary(s.id, s.workshop_id)
            for s in self.strategies.values()
            if workshop_id in (None, s.workshop_id)
        ]

    def load_strategy(self, strategy_id: str) -> Strategy:
        if strategy_id not in self.strategies:
            raise UnknownRecordError(f"No strategy with id {strategy_id!r}.")
        return copy.deepcopy(self.strategies[strategy_id])

    def workshop_reviews(self, workshop_id: str) -> ReviewRecords:
        return self.reviews.get(workshop_id, ReviewRecords())

    def damaged_rows(self) -> list[DamagedRowError]:
        return []

    def list_rounds(self, workshop_id: str) -> list[PeerRound]:
        return list(self.workshop_reviews(workshop_id).rounds)

    def find_agenda(self, workshop_id: str) -> Agenda | None:
        return self.workshop_reviews(workshop_id).agenda

    def save_bundle(
        self,
        workshop: Workshop,
        scenarios: Iterable[Scenario],
        strategies: Iterable[Strategy],
        reviews: ReviewRecords | None = None,
    ) -> None:
        if reviews is not None and not reviews.is_empty:
            self.reviews[workshop.id] = reviews
        self.workshops[workshop.id] = workshop
        self.scenarios.setdefault(workshop.id, {}).update({s.key: s for s in scenarios})
        self.strategies.update({s.id: copy.deepcopy(s) for s in strategies})


def filled_store() -> FakeStore:
    """A fake store holding the sample workshop with two strategies."""
    store = FakeStore()
    store.save_bundle(
        workshop(), [scenario(), scenario("spare")], [strategy("s1"), strategy("s2", "team-red")]
    )
    return store
