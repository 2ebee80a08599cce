"""The demo workshop a first start opens onto: two teams, two scenarios, two strategies.

Everything is built from the content library and fixed names, so the demo is
identical on every machine and every run: ids are uuid5 values derived from
stable names, cards are placed with the shared canvas layout, and nothing
reads the clock or a random source.

Team Aurora's strategy is partly built and deliberately incomplete, so the
checker has real findings to show on first start: nothing monitors fairness in
production, one card has no owner, and there is no way for a claimant to
appeal. Team Borealis has only just started. The day's records come along
(``app.demo_reviews``): rubric scores, a peer round with feedback both ways,
phase reviews, an observation per team and reflections, so every facilitator
screen opens onto something real.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from app.demo_reviews import demo_reviews
from app.resources import ContentLibrary
from app.store.review_writes import ReviewRecords
from models.content import Scenario
from models.layout import next_free_position
from models.phases import Phase
from models.profile import Profile
from models.strategy import Card, Link, Strategy
from models.vocabulary import Cadence, Jurisdiction, LinkKind, Role, Status
from models.workshop import Member, Team, Workshop

DEMO_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "urn:mlops-lifecycle-canvas:demo")
"""Namespace of every demo id; changing it changes every id of the demo."""

DECISION_SUPPORT = "benefits-decision-support"
EMERGENCY = "emergency-dispatch"


def demo_id(name: str) -> str:
    """The stable id of a named demo object (uuid5 in the demo namespace)."""
    return str(uuid.uuid5(DEMO_NAMESPACE, name))


WORKSHOP_ID = demo_id("workshop")
AURORA_ID = demo_id("team/aurora")
BOREALIS_ID = demo_id("team/borealis")
AURORA_STRATEGY_ID = demo_id("strategy/aurora")
BOREALIS_STRATEGY_ID = demo_id("strategy/borealis")


@dataclass(frozen=True)
class DemoBundle:
    """What the demo writes to a store: the workshop, its scenarios and its strategies."""

    workshop: Workshop
    scenarios: tuple[Scenario, ...]
    strategies: tuple[Strategy, ...]
    reviews: ReviewRecords = field(default_factory=ReviewRecords)


class DemoStore(Protocol):
    """The store methods the demo needs (``app.store.Store`` provides them)."""

    def list_workshops(self) -> Sequence[Workshop]:
        """Every workshop in the store."""
        ...

    def damaged_rows(self) -> Sequence[object]:
        """The rows the lists left out because they are damaged."""
        ...

    def save_bundle(
        self,
        workshop: Workshop,
        scenarios: Sequence[Scenario],
        strategies: Sequence[Strategy],
        reviews: ReviewRecords | None = None,
    ) -> None:
        """Write a workshop with its scenarios, strategies and reviews in one transaction."""
        ...


def suggested_packs(profile: Profile) -> tuple[str, ...]:
    """The rule packs that fit a scenario profile, as a team would first select them.

    The NIST AI RMF and the OECD principles apply to any AI system; the others
    follow the jurisdictions and whether personal data is processed.
    """
    packs = {"nist-ai-rmf", "oecd-ethics"}
    places = set(profile.jurisdictions)
    if Jurisdiction.EU in places:
        packs.add("eu-ai-act")
        if profile.personal_data:
            packs.add("gdpr")
    if Jurisdiction.UK in places and profile.personal_data:
        packs.add("uk-data-protection")
    if Jurisdiction.CANADA in places:
        packs.add("canada-dadm")
    if Jurisdiction.US_FEDERAL in places:
        packs.add("us-omb")
    return tuple(sorted(packs))


# ── teams ───────────────────────────────────────────────────────────────────────

_AURORA_MEMBERS: tuple[tuple[str, Role], ...] = (
    ("Aroha Ngātai", Role.DOMAIN_EXPERT),
    ("Zoë Lefèvre", Role.PRIVACY_ETHICS),
    ("Mateusz Wiśniewski", Role.DATA_SCIENTIST),
    ("Siobhán Ní Bhriain", Role.POLICY_LEGAL),
    ("Kwame Mensah-Bonsu", Role.IT_OPERATIONS),
    ("Priya Raghunathan", Role.PROJECT_MANAGER),
)

_BOREALIS_MEMBERS: tuple[tuple[str, Role], ...] = (
    ("José Álvarez Núñez", Role.DATA_SCIENTIST),
    ("Søren Østergaard", Role.IT_OPERATIONS),
    ("Chen Mei-ling", Role.PROJECT_MANAGER),
    ("Björn Þórsson", Role.DOMAIN_EXPERT),
    ("Amara Okafor", Role.POLICY_LEGAL),
    ("Léa Nguyễn", Role.PRIVACY_ETHICS),
)


def _team(slug: str, team_id: str, name: str, members: tuple[tuple[str, Role], ...]) -> Team:
    return Team(
        id=team_id,
        name=name,
        members=tuple(
            Member(id=demo_id(f"team/{slug}/member/{person}"), name=person, role=role)
            for person, role in members
        ),
    )


# ── strategies ──────────────────────────────────────────────────────────────────

# (catalog key, status, note); phases come from the catalog. Order is placement order.
_AURORA_CARDS: tuple[tuple[str, Status, str], ...] = (
    ("data-source-inventory", Status.IN_PLACE, "Claims 2017–2024, medical evidence codes."),
    ("lawful-basis-check", Status.IN_PLACE, ""),
    (
        "data-quality-assessment",
        Status.IN_PROGRESS,
        "Regional offices code conditions differently.",
    ),
    ("data-bias-examination", Status.IN_PROGRESS, "Check region and condition type as proxies."),
    ("interpretable-model-design", Status.IN_PROGRESS, "Scorecard first; compare with boosting."),
    ("experiment-tracking", Status.IN_PLACE, ""),
    ("model-registry", Status.PLANNED, ""),
    ("decision-logging", Status.PLANNED, "Log the caseworker's final decision and reason."),
    ("performance-test", Status.PLANNED, "Threshold: at most 5% of eligible claims flagged."),
    ("subgroup-fairness-test", Status.PLANNED, "By condition type, age band, region, sex."),
    ("release-gate", Status.PLANNED, ""),
    ("shadow-deployment", Status.PLANNED, "Six weeks in two regional offices."),
    ("human-review-before-decision", Status.PLANNED, "Caseworker records a reason to disagree."),
    ("notice-to-affected-people", Status.PLANNED, ""),
    ("rollback-plan", Status.PLANNED, ""),
    ("performance-monitoring", Status.IN_PROGRESS, "Monthly, against final decisions."),
    ("drift-detection", Status.IN_PROGRESS, "Monthly report for now. Who watches it? Not agreed."),
    ("incident-runbook", Status.PLANNED, ""),
    ("feedback-channel", Status.PLANNED, "Button in the caseworker screen."),
    ("data-correction-loop", Status.PLANNED, ""),
    ("controlled-retraining", Status.IN_PROGRESS, "Yearly, or when drift alerts."),
    ("accountable-owner", Status.IN_PLACE, "Director of disability benefits."),
    ("dpia", Status.IN_PROGRESS, "DPO consulted in week 2."),
    ("fria", Status.PLANNED, ""),
)

# The card left unowned on purpose: the checker should flag it.
_AURORA_UNOWNED = "drift-detection"

_AURORA_LINKS: tuple[tuple[str, str, LinkKind], ...] = (
    ("lawful-basis-check", "data-source-inventory", LinkKind.GATES),
    ("data-source-inventory", "data-quality-assessment", LinkKind.FLOWS),
    ("data-quality-assessment", "data-bias-examination", LinkKind.FLOWS),
    ("data-quality-assessment", "experiment-tracking", LinkKind.FLOWS),
    ("data-bias-examination", "experiment-tracking", LinkKind.FLOWS),
    ("interpretable-model-design", "experiment-tracking", LinkKind.FLOWS),
    ("experiment-tracking", "model-registry", LinkKind.FLOWS),
    ("model-registry", "performance-test", LinkKind.FLOWS),
    ("model-registry", "subgroup-fairness-test", LinkKind.FLOWS),
    ("performance-test", "release-gate", LinkKind.FLOWS),
    ("subgroup-fairness-test", "release-gate", LinkKind.FLOWS),
    ("release-gate", "shadow-deployment", LinkKind.GATES),
    ("shadow-deployment", "human-review-before-decision", LinkKind.FLOWS),
    ("interpretable-model-design", "human-review-before-decision", LinkKind.FLOWS),
    ("human-review-before-decision", "notice-to-affected-people", LinkKind.FLOWS),
    ("shadow-deployment", "performance-monitoring", LinkKind.FLOWS),
    ("shadow-deployment", "drift-detection", LinkKind.FLOWS),
    ("shadow-deployment", "rollback-plan", LinkKind.FLOWS),
    ("decision-logging", "performance-monitoring", LinkKind.FLOWS),
    ("rollback-plan", "incident-runbook", LinkKind.FLOWS),
    ("performance-monitoring", "incident-runbook", LinkKind.TRIGGERS),
    ("drift-detection", "controlled-retraining", LinkKind.TRIGGERS),
    ("performance-monitoring", "controlled-retraining", LinkKind.TRIGGERS),
    ("feedback-channel", "data-correction-loop", LinkKind.FLOWS),
    ("data-correction-loop", "data-quality-assessment", LinkKind.FEEDS_BACK),
    ("controlled-retraining", "experiment-tracking", LinkKind.FEEDS_BACK),
    ("dpia", "lawful-basis-check", LinkKind.GATES),
    ("fria", "release-gate", LinkKind.GATES),
    ("accountable-owner", "release-gate", LinkKind.GATES),
)

_BOREALIS_CARDS: tuple[tuple[str, Status, str], ...] = (
    ("data-source-inventory", Status.IN_PROGRESS, "Vendor training data still unknown."),
    ("representativeness-review", Status.PLANNED, "Rural areas; calls through interpreters."),
    ("robustness-test", Status.PLANNED, ""),
    ("pilot-rollout", Status.PLANNED, "One control room first."),
    ("service-health-monitoring", Status.IN_PLACE, "Existing control-room alerting."),
    ("vendor-clauses", Status.IN_PLACE, "Signed: test results and model-update notice."),
    ("dpia", Status.PLANNED, ""),
)

_BOREALIS_LINKS: tuple[tuple[str, str, LinkKind], ...] = (
    ("data-source-inventory", "representativeness-review", LinkKind.FLOWS),
    ("representativeness-review", "robustness-test", LinkKind.FLOWS),
    ("robustness-test", "pilot-rollout", LinkKind.GATES),
    ("manual-fallback", "service-health-monitoring", LinkKind.FLOWS),
)


# Monitoring cadences in the demo: monthly drift and accuracy checks make policy drift a
# "late" drill outcome, so the demo shows handled, late and missed events.
_CADENCES: dict[str, Cadence] = {
    "drift-detection": Cadence.MONTHLY,
    "performance-monitoring": Cadence.MONTHLY,
}


def _catalog_cards(
    library: ContentLibrary, slug: str, specs: tuple[tuple[str, Status, str], ...]
) -> list[Card]:
    cards: list[Card] = []
    for key, status, note in specs:
        phase = library.entry(key).phase
        x, y = next_free_position(cards, phase)
        fresh = library.card_from_catalog(key, x, y)
        card = fresh.model_copy(
            update={
                "id": demo_id(f"{slug}/card/{key}"),
                "status": status,
                "notes": note,
                "cadence": _CADENCES.get(key, fresh.cadence),
            }
        )
        cards.append(card)
    return cards


def _links(
    slug: str, cards: dict[str, Card], specs: tuple[tuple[str, str, LinkKind], ...]
) -> dict[str, Link]:
    links: dict[str, Link] = {}
    for source, target, kind in specs:
        link = Link(
            id=demo_id(f"{slug}/link/{source}->{target}"),
            source=cards[source].id,
            target=cards[target].id,
            kind=kind,
        )
        links[link.id] = link
    return links


def _strategy(
    scenario: Scenario,
    *,
    strategy_id: str,
    team_id: str,
    name: str,
    cards: dict[str, Card],
    links: dict[str, Link],
) -> Strategy:
    return Strategy(
        id=strategy_id,
        workshop_id=WORKSHOP_ID,
        team_id=team_id,
        scenario_key=scenario.key,
        name=name,
        profile=scenario.profile,
        packs=suggested_packs(scenario.profile),
        cards={card.id: card for card in cards.values()},
        links=links,
    )


def _aurora(library: ContentLibrary, scenario: Scenario) -> Strategy:
    cards = {
        card.catalog_key or card.id: card
        for card in _catalog_cards(library, "aurora", _AURORA_CARDS)
    }
    cards[_AURORA_UNOWNED] = cards[_AURORA_UNOWNED].model_copy(update={"owner_role": None})
    return _strategy(
        scenario,
        strategy_id=AURORA_STRATEGY_ID,
        team_id=AURORA_ID,
        name="Disability-allowance decision support",
        cards=cards,
        links=_links("aurora", cards, _AURORA_LINKS),
    )


def _borealis(library: ContentLibrary, scenario: Scenario) -> Strategy:
    placed = _catalog_cards(library, "borealis", _BOREALIS_CARDS)
    # A custom card: a practice of the team's own, with the capabilities it declares.
    x, y = next_free_position(placed, Phase.DEPLOY)
    placed.append(
        Card(
            id=demo_id("borealis/card/manual-fallback"),
            title="Manual dispatch fallback drill",
            notes="Monthly: the control room dispatches for one hour without the system.",
            phase=Phase.DEPLOY,
            owner_role=Role.IT_OPERATIONS,
            capabilities=("incident-response", "rollback"),
            x=x,
            y=y,
        )
    )
    cards = {card.catalog_key or "manual-fallback": card for card in placed}
    return _strategy(
        scenario,
        strategy_id=BOREALIS_STRATEGY_ID,
        team_id=BOREALIS_ID,
        name="Ambulance triage — first draft",
        cards=cards,
        links=_links("borealis", cards, _BOREALIS_LINKS),
    )


def build_demo(library: ContentLibrary) -> DemoBundle:
    """The demo workshop, built from the content library; the same library gives the same bundle.

    Raises:
        KeyError: the library lacks one of the two demo scenarios.
        UnknownCatalogEntryError: the library lacks a practice the demo places.
    """
    decision_support = library.scenarios[DECISION_SUPPORT]
    emergency = library.scenarios[EMERGENCY]
    workshop = Workshop(
        id=WORKSHOP_ID,
        name="MLOps strategy workshop (demo)",
        date=dt.date(2026, 11, 30),
        facilitator="Ingrid Haugen",
        description=(
            "A sample workshop to explore the canvas: Team Aurora has partly built a strategy for "
            "disability-allowance decision support; Team Borealis has just started on ambulance "
            "call triage. Open the findings to see what the checker thinks is missing."
        ),
        teams=(
            _team("aurora", AURORA_ID, "Team Aurora", _AURORA_MEMBERS),
            _team("borealis", BOREALIS_ID, "Team Borealis", _BOREALIS_MEMBERS),
        ),
    )
    return DemoBundle(
        workshop=workshop,
        scenarios=(decision_support, emergency),
        strategies=(_aurora(library, decision_support), _borealis(library, emergency)),
        reviews=demo_reviews(
            demo_id,
            workshop,
            (AURORA_ID, AURORA_STRATEGY_ID),
            (BOREALIS_ID, BOREALIS_STRATEGY_ID),
        ),
    )


def ensure_demo(store: DemoStore, library: ContentLibrary) -> bool:
    """Write the demo workshop if the store has no workshop yet.

    Returns:
        True if the demo was written, False if the store already had a workshop.
    """
    if store.list_workshops() or store.damaged_rows():
        return False  # a workshop too damaged to list is still a workshop: never write over it
    bundle = build_demo(library)
    store.save_bundle(bundle.workshop, bundle.scenarios, bundle.strategies, bundle.reviews)
    return True
