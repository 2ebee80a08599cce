"""Building strategies that satisfy a given set of rules, for golden cases, tests and benches.

``satisfying_strategy`` lays out a closed lifecycle backbone — one hub card per
lane, linked data → … → feedback, feeding back to data, with governance feeding
in — that passes every structural rule, then places each rule's capabilities:
on the hub of the right lane (``present``), on an extra card with the right owner
(``owned``), on distinct cards joined by the backbone (``path``: one card cannot
answer its own alarm) and on a card linked after its predecessor (``order``).
What must gate the release sits upstream of the Deployment lane; what must be
independent is owned by a role that owns no Model Development card. Every card
is in place and runs monthly, so the board is evidence, not intent. It is a
construction, not a search: the test suite checks that the result really
satisfies every rule it was built for.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from models.phases import ALL_PHASES, LIFECYCLE, Phase, lifecycle_index
from models.profile import Profile
from models.rules import Before, Owned, PathTo, Present, Prohibited, Rule, RulePack
from models.strategy import Card, Link, Strategy
from models.vocabulary import Cadence, LinkKind, Role, Status

HOME_PHASE: dict[str, Phase] = {
    **dict.fromkeys(
        (
            "data-provenance",
            "data-quality",
            "data-governance",
            "data-documentation",
            "data-validation",
            "data-versioning",
            "bias-examination",
            "representativeness",
            "data-minimisation",
            "pseudonymisation",
            "data-retention",
            "purpose-compatibility",
            "special-category-condition",
        ),
        Phase.DATA,
    ),
    **dict.fromkeys(
        (
            "bias-mitigation",
            "experiment-tracking",
            "model-versioning",
            "reproducibility",
            "technical-documentation",
            "model-documentation",
            "explainability",
            "event-logging",
            "code-review",
            "oversight-design",
            "synthetic-content-marking",
        ),
        Phase.DEVELOP,
    ),
    **dict.fromkeys(
        (
            "performance-testing",
            "fairness-testing",
            "robustness-testing",
            "adversarial-testing",
            "independent-review",
            "validation-gate",
            "acceptance-testing",
            "genai-evaluation",
            "conformity-assessment",
        ),
        Phase.EVALUATE,
    ),
    **dict.fromkeys(
        (
            "human-decision",
            "individual-notice",
            "stop-switch",
            "human-alternative",
            "generated-content-disclosure",
            "worker-information",
            "ai-disclosure",
            "instructions-for-use",
            "explanation-to-individuals",
            "rollback",
            "staged-rollout",
            "cybersecurity",
            "access-control",
        ),
        Phase.DEPLOY,
    ),
    **dict.fromkeys(
        (
            "performance-monitoring",
            "drift-monitoring",
            "fairness-monitoring",
            "service-monitoring",
            "incident-response",
            "incident-reporting",
            "post-market-monitoring",
            "log-retention",
            "oversight-monitoring",
            "third-party-monitoring",
        ),
        Phase.MONITOR,
    ),
    **dict.fromkeys(
        (
            "appeal-process",
            "user-feedback",
            "complaint-handling",
            "retraining",
            "lessons-learned",
            "stakeholder-engagement",
            "right-to-object",
        ),
        Phase.FEEDBACK,
    ),
}
"""Where a capability's card usually sits; anything not listed goes to governance."""

HUB_OWNER: dict[Phase, Role] = {
    Phase.DATA: Role.DATA_SCIENTIST,
    Phase.DEVELOP: Role.DATA_SCIENTIST,
    Phase.EVALUATE: Role.DATA_SCIENTIST,
    Phase.DEPLOY: Role.IT_OPERATIONS,
    Phase.MONITOR: Role.IT_OPERATIONS,
    Phase.FEEDBACK: Role.DOMAIN_EXPERT,
    Phase.GOVERNANCE: Role.PROJECT_MANAGER,
}


GATE_LANES = frozenset({Phase.DATA, Phase.DEVELOP, Phase.EVALUATE, Phase.GOVERNANCE})
"""Lanes whose hub is upstream of every Deployment card on the backbone."""

INDEPENDENT_OWNERS = (
    Role.PROJECT_MANAGER,
    Role.POLICY_LEGAL,
    Role.PRIVACY_ETHICS,
    Role.DOMAIN_EXPERT,
    Role.IT_OPERATIONS,
)
"""Owners tried, in order, for a card that must be independent of the model's builders."""


def home_phase(capability: str) -> Phase:
    """The lane a card providing ``capability`` usually sits in."""
    return HOME_PHASE.get(capability, Phase.GOVERNANCE)


@dataclass
class StrategyBuilder:
    """Cards and links in the making, with readable ids (``hub-data``, ``then-dpia`` …)."""

    cards: dict[str, dict[str, object]] = field(default_factory=dict)
    links: list[tuple[str, str, LinkKind]] = field(default_factory=list)
    independent: set[str] = field(default_factory=set)
    """Cards whose owner must be outside the team that builds the model (set at build)."""

    def card(
        self, card_id: str, phase: Phase, owner: Role | None, capabilities: Iterable[str] = ()
    ) -> str:
        """Add a card (or more capabilities to an existing one); returns its id."""
        entry = self.cards.setdefault(
            card_id, {"phase": phase, "owner": owner, "capabilities": set()}
        )
        caps = entry["capabilities"]
        assert isinstance(caps, set)
        caps.update(capabilities)
        return card_id

    def link(self, source: str, target: str, kind: LinkKind = LinkKind.FLOWS) -> None:
        """Link two cards (ignored when they are already linked that way)."""
        if all((s, t) != (source, target) for s, t, _ in self.links) and source != target:
            self.links.append((source, target, kind))

    def build(
        self, name: str, profile: Profile, packs: Iterable[str], strategy_id: str
    ) -> Strategy:
        """The strategy, with deterministic ids and lane positions (every card in place)."""
        cards: dict[str, Card] = {}
        per_lane: dict[Phase, int] = {}
        builders = {
            e["owner"] for e in self.cards.values() if e["phase"] is Phase.DEVELOP and e["owner"]
        }
        outsider = next(r for r in INDEPENDENT_OWNERS if r not in builders)
        for card_id, entry in self.cards.items():
            phase = entry["phase"]
            caps = entry["capabilities"]
            owner = outsider if card_id in self.independent else entry["owner"]
            assert isinstance(phase, Phase) and isinstance(caps, set)
            assert owner is None or isinstance(owner, Role)
            slot = per_lane.get(phase, 0)
            per_lane[phase] = slot + 1
            cards[card_id] = Card(
                id=card_id,
                title=card_id.replace("-", " ").capitalize(),
                phase=phase,
                owner_role=owner,
                status=Status.IN_PLACE,
                cadence=Cadence.MONTHLY,
                capabilities=tuple(sorted(caps)),
                x=20.0 if phase is not Phase.GOVERNANCE else 20.0 + 280.0 * slot,
                y=20.0 + 120.0 * slot if phase is not Phase.GOVERNANCE else 20.0,
            )
        links = {
            f"link-{i:03d}": Link(id=f"link-{i:03d}", source=s, target=t, kind=k)
            for i, (s, t, k) in enumerate(self.links, start=1)
        }
        return Strategy(
            id=strategy_id,
            workshop_id="golden",
            scenario_key="golden",
            name=name,
            profile=profile,
            packs=tuple(packs),
            cards=cards,
            links=links,
        )


def backbone() -> StrategyBuilder:
    """A closed lifecycle that passes every structural rule, with an accountable owner."""
    b = StrategyBuilder()
    for phase in ALL_PHASES:
        b.card(f"hub-{phase.value}", phase, HUB_OWNER[phase])
    b.card("hub-governance", Phase.GOVERNANCE, Role.PROJECT_MANAGER, ["accountability"])
    for source, target in itertools.pairwise(LIFECYCLE):
        b.link(f"hub-{source.value}", f"hub-{target.value}")
    b.link("hub-feedback", "hub-data", LinkKind.FEEDS_BACK)
    b.link("hub-governance", "hub-data")
    b.link("hub-feedback", "hub-governance", LinkKind.FEEDS_BACK)
    return b


def _next_hub(phase: Phase) -> tuple[str, LinkKind]:
    if phase is Phase.GOVERNANCE:
        return "hub-data", LinkKind.FLOWS
    position = LIFECYCLE.index(phase)
    if position + 1 < len(LIFECYCLE):
        return f"hub-{LIFECYCLE[position + 1].value}", LinkKind.FLOWS
    return "hub-data", LinkKind.FEEDS_BACK


def _side_card(b: StrategyBuilder, card_id: str, phase: Phase, owner: Role, caps: list[str]) -> str:
    """A card hanging off its lane's hub, linked in and out so it sits on the loop."""
    b.card(card_id, phase, owner, caps)
    b.link(f"hub-{phase.value}", card_id)
    target, kind = _next_hub(phase)
    b.link(card_id, target, kind)
    return card_id


def add_rules(b: StrategyBuilder, rules: Iterable[Rule]) -> None:
    """Place what each rule asks for onto the builder."""
    rules = list(rules)
    # A successor ('order' then, 'path' target) needs a card of its own, linked after its
    # predecessor: on a hub it would share the card with what must come before it.
    successors = {r.requirement.then for r in rules if isinstance(r.requirement, Before)}
    successors |= {r.requirement.target for r in rules if isinstance(r.requirement, PathTo)}
    holders: dict[str, str] = {}
    paths: list[tuple[str, str, str]] = []

    def holder(capability: str, phase: Phase | None = None) -> str:
        home = phase or home_phase(capability)
        if capability in successors:
            card_id = f"then-{capability}"
            if card_id not in b.cards:
                _side_card(b, card_id, home, HUB_OWNER[home], [capability])
            return holders.setdefault(capability, card_id)
        card_id = b.card(f"hub-{home.value}", home, HUB_OWNER[home], [capability])
        return holders.setdefault(capability, card_id)

    def gate_lane(capability: str, phase: Phase | None) -> Phase:
        home = phase or home_phase(capability)
        return home if home in GATE_LANES else Phase.EVALUATE

    for rule in rules:
        req = rule.requirement
        match req:
            case Present():
                lane = gate_lane(req.capability, req.phase) if req.before else req.phase
                if req.independent:
                    home = lane or home_phase(req.capability)
                    card_id = f"independent-{req.capability}"
                    if card_id not in b.cards:
                        _side_card(b, card_id, home, HUB_OWNER[home], [req.capability])
                    b.independent.add(card_id)
                else:
                    holder(req.capability, lane)
            case Owned():
                home = gate_lane(req.capability, None) if req.before else home_phase(req.capability)
                _side_card(
                    b, f"owned-{req.capability}-{req.role.value}", home, req.role, [req.capability]
                )
            case PathTo():
                source = holder(req.source)
                if req.target_role is None:
                    target = holder(req.target)
                else:
                    home = home_phase(req.target)
                    target = _side_card(
                        b,
                        f"path-{req.target}-{req.target_role.value}",
                        home,
                        req.target_role,
                        [req.target],
                    )
                paths.append((req.source, source, target))
            case Before():
                first = holder(req.first)
                then = holder(req.then)
                first_phase = b.cards[first]["phase"]
                then_phase = b.cards[then]["phase"]
                assert isinstance(first_phase, Phase) and isinstance(then_phase, Phase)
                earlier = (
                    first_phase is not Phase.GOVERNANCE
                    and then_phase is not Phase.GOVERNANCE
                    and lifecycle_index(first_phase) < lifecycle_index(then_phase)
                )
                if not earlier:
                    b.link(first, then)
            case Prohibited():
                pass  # nothing on a board can satisfy a prohibited practice
    # A path runs along the lifecycle, or round the loop only into data and development:
    # link every card with the source (other rules may have placed more) to the target.
    for capability, source, target in paths:
        starts = [cid for cid, e in b.cards.items() if capability in e["capabilities"]]  # type: ignore[operator]
        for start in dict.fromkeys([source, *starts]):
            if start != target:
                b.link(start, target, _path_kind(b, start, target))


def _path_kind(b: StrategyBuilder, source: str, target: str) -> LinkKind:
    """Feeds-back for a link into an earlier lifecycle lane, flows otherwise."""
    s_phase, t_phase = b.cards[source]["phase"], b.cards[target]["phase"]
    assert isinstance(s_phase, Phase) and isinstance(t_phase, Phase)
    if Phase.GOVERNANCE in (s_phase, t_phase):
        return LinkKind.FLOWS
    if lifecycle_index(t_phase) < lifecycle_index(s_phase):
        return LinkKind.FEEDS_BACK
    return LinkKind.FLOWS


def satisfying_strategy(
    rules: Iterable[Rule],
    profile: Profile,
    packs: Iterable[str],
    name: str = "Satisfies every rule",
    strategy_id: str = "golden-strategy",
) -> Strategy:
    """A strategy meant to satisfy the structural rules and every rule given."""
    b = backbone()
    add_rules(b, rules)
    return b.build(name, profile, packs, strategy_id)


def applicable_rules(
    packs: Mapping[str, RulePack], keys: Iterable[str], profile: Profile
) -> list[Rule]:
    """Every rule of the chosen packs that applies to ``profile``."""
    return [rule for key in keys for rule in packs[key].applicable_rules(profile)]
