"""The checker: structural rules plus the selected packs' rules, on one strategy graph.

``Checker`` is built once from the loaded packs and the catalog (it prepares the
fix index and the wants that reachability must track) and then checks a
strategy after every edit. Each rule is judged twice, on two indexes built once
per check:

* the *plan* — every card and link on the board: does the strategy, as drawn,
  carry the duty? If not, the finding is ``open`` (missing);
* the *evidence* — only the cards in place and the links between them: is the
  duty actually carried today? If the plan carries it but the evidence does
  not, the finding is ``planned`` — intent, never counted as met.

Rules apply on a date (the profile's ``as_of``, a ``--as-of`` argument, or
today): a rule not yet in force shows as ``upcoming``, a superseded one not at
all. Findings are then ranked by what would hurt first (``ranking``).
``check()`` is the one-call form for scripts and the CLI.
"""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.checker import structural
from app.checker.fixes import FixFinder
from app.checker.packs import PackSet
from app.checker.ranking import Draft, harm_index, rank
from app.checker.reach import GraphIndex, Want
from app.checker.requirements import (
    Ask,
    Gap,
    Titles,
    capability_titles,
    card_wants,
    evaluate_requirement,
    practice_of,
    prepare,
    wants,
)
from app.i18n import long_date, translate
from models.drills import DrillEvent
from models.findings import CheckResult, PackCoverage
from models.phases import Phase
from models.profile import Profile
from models.rules import Prohibited, Rule, RulePack
from models.strategy import Strategy
from models.vocabulary import FindingState, Severity, Status

if TYPE_CHECKING:
    # NetworkX only types ``index_graph``; the check itself reads the strategy directly.
    import networkx as nx

APPLICABLE_CACHE = 256


def _pack_map(packs: PackSet | Mapping[str, RulePack] | Iterable[RulePack]) -> dict[str, RulePack]:
    if isinstance(packs, PackSet):
        return dict(packs.packs)
    if isinstance(packs, Mapping):
        return dict(packs)
    return {pack.key: pack for pack in packs}


class Checker:
    """Checks strategies against the structural rules and a set of rule packs.

    Args:
        packs: the available packs (a ``PackSet``, a key → pack mapping or packs).
        library: the content library or a catalog (see ``fixes.catalog_entries``), used
            to suggest the catalog cards that would fix a finding; None for no fixes.
        capabilities: the capability vocabulary, used to name capabilities in messages.
        events: the drill events, whose harm ranks the gaps; the library's when omitted.
    """

    def __init__(
        self,
        packs: PackSet | Mapping[str, RulePack] | Iterable[RulePack],
        library: Any = None,
        capabilities: Mapping[str, Any] | None = None,
        events: Iterable[DrillEvent] | None = None,
    ) -> None:
        self.packs = _pack_map(packs)
        self._integrity = dict(packs.integrity) if isinstance(packs, PackSet) else {}
        self.fixes = FixFinder.from_library(library)
        if capabilities is None:
            capabilities = getattr(library, "capabilities", None) or {}
        self._capabilities = capabilities
        self._name: Titles = capability_titles(capabilities)
        tracked: dict[Want, None] = {}
        for pack in self.packs.values():
            for rule in pack.rules:
                tracked.update(dict.fromkeys(wants(rule.requirement)))
        self._tracked = tuple(tracked)
        if events is None:
            events = getattr(library, "events", None) or ()
        self._harm = harm_index(e for e in events if isinstance(e, DrillEvent))
        # Profiles are frozen and change rarely (a profile edit), so which rules apply is
        # worked out once per profile and date rather than once per check.
        # The last evidence index built, with the cards and links it was built from.
        self._last_evidence: tuple[tuple[object, ...], GraphIndex] | None = None
        self._applicable: dict[
            tuple[str, Profile, dt.date], tuple[tuple[Rule, str, Ask, About], ...]
        ] = {}

    def index(self, strategy: Strategy) -> GraphIndex:
        """The indexed plan graph of ``strategy`` (the nodes and edges of ``build_graph``)."""
        return GraphIndex.from_strategy(strategy, self._tracked)

    def index_graph(self, graph: nx.DiGraph) -> GraphIndex:
        """The index of a graph already built with ``app.graph.build_graph``."""
        return GraphIndex.from_graph(graph, self._tracked)

    def evidence(self, strategy: Strategy, plan: GraphIndex) -> GraphIndex:
        """The index of the cards in place (the plan itself when every card is in place).

        Most edits (placing a planned practice, linking planned cards) leave the cards in
        place and their links as they were: then the last evidence index is used again
        (with a fresh memo of answers) instead of being rebuilt. Cards and links are
        frozen and replaced on every change, so the same objects mean the same graph.
        """
        cards = [card for card in strategy.cards.values() if card.status is Status.IN_PLACE]
        if len(cards) == len(strategy.cards):
            return plan
        kept = {card.id for card in cards}
        links = [lk for lk in strategy.links.values() if lk.source in kept and lk.target in kept]
        key = (tuple(cards), tuple(links), plan.builders)
        last = self._last_evidence
        if last is not None and last[0] == key:
            index = copy.copy(last[1])
            index.memo = {}
            return index
        index = GraphIndex(
            ((c.id, c.phase, c.owner_role, c.capabilities, c.cadence) for c in cards),
            ((lk.source, lk.target, lk.kind, lk.id) for lk in links),
            self._tracked,
            plan.builders,
        )
        self._last_evidence = (key, index)
        return index

    def check(
        self,
        strategy: Strategy,
        packs: Iterable[str] | None = None,
        *,
        as_of: dt.date | None = None,
    ) -> CheckResult:
        """Findings, ranked gaps and coverage of ``strategy``.

        Args:
            strategy: the strategy to check.
            packs: pack keys to check against; the strategy's selected packs by default.
                A selected pack that is not available gives a warning finding.
            as_of: the date whose law applies; the profile's ``as_of``, else today.
        """
        selected = tuple(strategy.packs if packs is None else dict.fromkeys(packs))
        on = as_of or strategy.profile.checked_on()
        plan = self.index(strategy)
        evidence = self.evidence(strategy, plan)
        live = any(
            strategy.cards[evidence.ids[i]].status is Status.IN_PLACE
            for i in evidence.by_phase[Phase.DEPLOY]
        )
        findings, structure = self._check_structure(plan, evidence)
        coverage = [structure]
        for key in selected:
            pack = self.packs.get(key)
            if pack is None:
                findings.append(_unavailable(key))
                continue
            pack_findings, pack_coverage = self._check_pack(
                pack, profile=strategy.profile, on=on, plan=plan, evidence=evidence, live=live
            )
            findings.extend(pack_findings)
            coverage.append(pack_coverage)
        titles = {key: pack.title for key, pack in self.packs.items()}
        titles[structural.PACK] = structural.pack_title()
        ranked, top = rank(
            findings, live=live, harm=self._harm, title=self._plain_title, pack_titles=titles
        )
        return CheckResult(
            strategy_id=strategy.id,
            revision=strategy.revision,
            findings=tuple(ranked),
            coverage=tuple(coverage),
            checked_on=on,
            live=live,
            top_gaps=top,
        )

    def _plain_title(self, key: str) -> str:
        cap = self._capabilities.get(key)
        name = getattr(cap, "title", None)
        return name if isinstance(name, str) else key

    def _check_structure(
        self, plan: GraphIndex, evidence: GraphIndex
    ) -> tuple[list[Draft], PackCoverage]:
        findings = structural.evaluate_structure(plan, self.fixes)
        failed = {f.rule_id for f in findings}
        planned: list[Draft] = []
        if evidence is not plan:
            for finding in structural.evaluate_structure(evidence, self.fixes):
                if finding.rule_id in failed or finding.rule_id not in structural.EVIDENCE_RULES:
                    continue
                failed.add(finding.rule_id)
                finding.state = FindingState.PLANNED
                finding.message = _planned_message(finding.message)
                finding.card_ids = finding.card_ids or _waiting(finding.rule_id, plan, evidence)
                finding.fixes = ()
                planned.append(finding)
        coverage = PackCoverage(
            pack=structural.PACK,
            title=structural.pack_title(),
            applicable=len(structural.RULES),
            satisfied=sum(rule.id not in failed for rule in structural.RULES),
            planned=len(planned),
        )
        return findings + planned, coverage

    def _rules_on(
        self, pack: RulePack, profile: Profile, on: dt.date
    ) -> tuple[tuple[Rule, str, Ask, About], ...]:
        """The pack's rules that apply to ``profile``, with their timing on ``on``, prepared."""
        key = (pack.key, profile, on)
        rules = self._applicable.get(key)
        if rules is None:
            if len(self._applicable) > APPLICABLE_CACHE:
                self._applicable.clear()
            rules = tuple(
                (rule, timing, prepare(rule.requirement), _about(pack, rule))
                for rule in pack.applicable_rules(profile)
                if (timing := pack.timing(rule, on)) != "expired"
            )
            self._applicable[key] = rules
        return rules

    def _check_pack(
        self,
        pack: RulePack,
        *,
        profile: Profile,
        on: dt.date,
        plan: GraphIndex,
        evidence: GraphIndex,
        live: bool,
    ) -> tuple[list[Draft], PackCoverage]:
        findings: list[Draft] = []
        integrity = self._integrity.get(pack.key)
        groups: dict[str, list[int]] = {name: [0, 0] for name in pack.groups}
        applicable = met = planned = upcoming = 0
        for rule, timing, ask, about in self._rules_on(pack, profile, on):
            req = rule.requirement
            gap = evaluate_requirement(ask, plan, self.fixes, self._name)
            if timing == "upcoming":
                upcoming += 1
                if gap is not None:
                    findings.append(self._upcoming(pack, rule, about, gap))
                continue
            applicable += 1
            tally = groups.setdefault(rule.group, [0, 0]) if rule.group else None
            if tally is not None:
                tally[1] += 1
            if gap is not None:
                state = (
                    FindingState.PROHIBITED if isinstance(req, Prohibited) else FindingState.OPEN
                )
                findings.append(_finding(pack, rule, about, gap, state))
                continue
            proof = (
                None
                if evidence is plan
                else evaluate_requirement(ask, evidence, self.fixes, self._name)
            )
            if proof is None:
                met += 1
                if tally is not None:
                    tally[0] += 1
                continue
            planned += 1
            cards = _not_in_place(req, plan, evidence)
            message = _planned_message(proof.message, live)
            findings.append(
                _finding(
                    pack, rule, about, Gap(message, cards or proof.cards), FindingState.PLANNED
                )
            )
        coverage = PackCoverage(
            pack=pack.key,
            title=pack.title,
            applicable=applicable,
            satisfied=met,
            planned=planned,
            upcoming=upcoming,
            version=pack.version,
            version_label=pack.version_label,
            sha256=integrity.sha256 if integrity else "",
            integrity=integrity.describe() if integrity else "",
            groups={name: (done, total) for name, (done, total) in groups.items() if total},
        )
        return findings, coverage

    def _upcoming(self, pack: RulePack, rule: Rule, about: About, gap: Gap) -> Draft:
        start = pack.starts(rule)
        message = (
            translate("checker", "Upcoming — applies from %1. Not yet in force; %2")
            .replace("%1", long_date(start))
            .replace("%2", gap.message)
        )
        gap = Gap(message, gap.cards, gap.fixes)
        draft = _finding(pack, rule, about, gap, FindingState.UPCOMING)
        draft.severity = Severity.INFO
        return draft


def _planned_message(message: str, live: bool = False) -> str:
    text = (
        translate(
            "checker", "The system is live, but this is only planned: on the cards in place, %1"
        )
        if live
        else translate("checker", "Planned, not in place: on the cards in place, %1")
    )
    return text.replace("%1", f"{message[0].lower()}{message[1:]}")


STRUCTURE_LANES: dict[str, tuple[Phase, ...]] = {
    "structure.phase-covered": (
        Phase.DATA,
        Phase.DEVELOP,
        Phase.EVALUATE,
        Phase.DEPLOY,
        Phase.MONITOR,
        Phase.FEEDBACK,
    ),
    "structure.loop-closed": (Phase.MONITOR, Phase.FEEDBACK),
    "structure.deploy-gated": (Phase.EVALUATE, Phase.DEPLOY),
    "structure.monitor-after-deploy": (Phase.DEPLOY, Phase.MONITOR),
    "structure.accountable-owner": (Phase.GOVERNANCE,),
}
"""The lanes whose cards a structural rule is about (to name the cards not yet in place)."""


def _waiting(rule_id: str, plan: GraphIndex, evidence: GraphIndex) -> tuple[str, ...]:
    """The cards of the lanes a structural rule concerns that are not yet in place."""
    placed = evidence.id_set
    lanes = STRUCTURE_LANES.get(rule_id, ())
    ids = {plan.ids[i] for lane in lanes for i in plan.by_phase[lane]}
    return tuple(sorted(ids - placed))


def _not_in_place(req: Any, plan: GraphIndex, evidence: GraphIndex) -> tuple[str, ...]:
    """The cards that would carry ``req`` on the plan but are not in place."""
    placed = evidence.id_set
    ids = {plan.ids[i] for want in card_wants(req) for i in plan.cards_for(want)}
    return tuple(sorted(ids - placed))


@dataclass(frozen=True, slots=True)
class About:
    """What a finding of one rule always says, worked out once per rule, not per check."""

    citation: str
    practice: str
    applies_from: dt.date
    pending: str


def _about(pack: RulePack, rule: Rule) -> About:
    pending = ""
    if rule.pending is not None:
        source = translate("checker", "Source: %1").replace("%1", rule.pending.source)
        pending = f"{rule.pending.note} ({source})"
    return About(pack.cite(rule), practice_of(rule.requirement), pack.starts(rule), pending)


def _finding(pack: RulePack, rule: Rule, about: About, gap: Gap, state: FindingState) -> Draft:
    return Draft(
        rule_id=rule.id,
        pack=pack.key,
        severity=rule.severity,
        title=rule.title,
        message=gap.message,
        citation=about.citation,
        card_ids=gap.cards,
        fixes=gap.fixes if state is FindingState.OPEN else (),
        state=state,
        practice=about.practice,
        applies_from=about.applies_from,
        pending=about.pending,
    )


def _unavailable(key: str) -> Draft:
    return Draft(
        rule_id=f"{key}.unavailable",
        pack=key,
        severity=Severity.WARNING,
        title=translate("checker", "Rule pack not available"),
        message=translate(
            "checker",
            "The strategy selects the rule pack %1, which is not installed here; its rules "
            "were not checked.",
        ).replace("%1", repr(key)),
    )


def check(
    strategy: Strategy,
    packs: PackSet | Mapping[str, RulePack] | Iterable[RulePack],
    library: Any = None,
    capabilities: Mapping[str, Any] | None = None,
    *,
    as_of: dt.date | None = None,
) -> CheckResult:
    """Check ``strategy`` against the structural rules and its selected packs (one call).

    For repeated checks (after every edit) build a ``Checker`` once and call its ``check``.
    """
    return Checker(packs, library, capabilities).check(strategy, as_of=as_of)


def suggest_packs(profile: Profile, packs: Mapping[str, RulePack]) -> tuple[str, ...]:
    """Keys of the packs whose own condition holds for ``profile`` (a starting selection)."""
    return tuple(sorted(key for key, pack in packs.items() if pack.applies(profile)))
