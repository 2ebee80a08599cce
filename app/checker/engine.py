"""The checker: structural rules plus the selected packs' rules, on one strategy graph.

``Checker`` is built once from the loaded packs and the catalog (it prepares the
fix index and the capabilities that reachability must track) and then checks a
strategy after every edit: one graph, one index, one reachability pass, then a
lookup per rule. ``check()`` is the one-call form for scripts and the CLI.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import networkx as nx

from app.checker import structural
from app.checker.fixes import FixFinder
from app.checker.packs import PackSet
from app.checker.reach import GraphIndex
from app.checker.requirements import Titles, capability_titles, evaluate_requirement
from models.findings import CheckResult, Finding, PackCoverage
from models.profile import Profile
from models.rules import Before, PathTo, Rule, RulePack
from models.strategy import Strategy
from models.vocabulary import Severity

APPLICABLE_CACHE = 256


def _pack_map(packs: PackSet | Mapping[str, RulePack] | Iterable[RulePack]) -> dict[str, RulePack]:
    if isinstance(packs, PackSet):
        return dict(packs.packs)
    if isinstance(packs, Mapping):
        return dict(packs)
    return {pack.key: pack for pack in packs}


def _sort_key(finding: Finding) -> tuple[int, int, str, str]:
    return (
        finding.severity.rank,
        0 if finding.pack == structural.PACK else 1,
        finding.pack,
        finding.rule_id,
    )


class Checker:
    """Checks strategies against the structural rules and a set of rule packs.

    Args:
        packs: the available packs (a ``PackSet``, a key → pack mapping or packs).
        library: the content library or a catalog (see ``fixes.catalog_entries``), used
            to suggest the catalog cards that would fix a finding; None for no fixes.
        capabilities: the capability vocabulary, used to name capabilities in messages.
    """

    def __init__(
        self,
        packs: PackSet | Mapping[str, RulePack] | Iterable[RulePack],
        library: Any = None,
        capabilities: Mapping[str, Any] | None = None,
    ) -> None:
        self.packs = _pack_map(packs)
        self.fixes = FixFinder.from_library(library)
        self._name: Titles = capability_titles(capabilities or {})
        tracked: dict[str, None] = {}
        for pack in self.packs.values():
            for rule in pack.rules:
                if isinstance(rule.requirement, PathTo | Before):
                    tracked.update(dict.fromkeys(rule.requirement.capabilities))
        self._tracked = tuple(tracked)
        # Profiles are frozen and change rarely (a profile edit), so which rules apply is
        # worked out once per profile rather than once per check.
        self._applicable: dict[tuple[str, Profile], tuple[Rule, ...]] = {}

    def index(self, strategy: Strategy) -> GraphIndex:
        """The indexed graph of ``strategy`` (the nodes and edges of ``build_graph``)."""
        return GraphIndex.from_strategy(strategy, self._tracked)

    def index_graph(self, graph: nx.DiGraph) -> GraphIndex:
        """The index of a graph already built with ``app.graph.build_graph``."""
        return GraphIndex.from_graph(graph, self._tracked)

    def check(self, strategy: Strategy, packs: Iterable[str] | None = None) -> CheckResult:
        """Findings and coverage of ``strategy``.

        Args:
            strategy: the strategy to check.
            packs: pack keys to check against; the strategy's selected packs by default.
                A selected pack that is not available gives a warning finding.
        """
        selected = tuple(strategy.packs if packs is None else dict.fromkeys(packs))
        g = self.index(strategy)
        findings = structural.evaluate_structure(g, self.fixes)
        failed = {f.rule_id for f in findings}
        coverage = [
            PackCoverage(
                pack=structural.PACK,
                title=structural.TITLE,
                applicable=len(structural.RULES),
                satisfied=sum(rule.id not in failed for rule in structural.RULES),
            )
        ]
        for key in selected:
            pack = self.packs.get(key)
            if pack is None:
                findings.append(_unavailable(key))
                continue
            pack_findings, pack_coverage = self._check_pack(pack, strategy.profile, g)
            findings.extend(pack_findings)
            coverage.append(pack_coverage)
        findings.sort(key=_sort_key)
        return CheckResult(
            strategy_id=strategy.id,
            revision=strategy.revision,
            findings=tuple(findings),
            coverage=tuple(coverage),
        )

    def _check_pack(
        self, pack: RulePack, profile: Profile, g: GraphIndex
    ) -> tuple[list[Finding], PackCoverage]:
        findings: list[Finding] = []
        groups: dict[str, list[int]] = {name: [0, 0] for name in pack.groups}
        rules = self._applicable.get((pack.key, profile))
        if rules is None:
            if len(self._applicable) > APPLICABLE_CACHE:
                self._applicable.clear()
            rules = self._applicable[pack.key, profile] = pack.applicable_rules(profile)
        for rule in rules:
            gap = evaluate_requirement(rule.requirement, g, self.fixes, self._name)
            tally = groups.setdefault(rule.group, [0, 0]) if rule.group else None
            if tally is not None:
                tally[1] += 1
            if gap is None:
                if tally is not None:
                    tally[0] += 1
                continue
            findings.append(_finding(pack, rule, gap.message, gap.cards, gap.fixes))
        coverage = PackCoverage(
            pack=pack.key,
            title=pack.title,
            applicable=len(rules),
            satisfied=len(rules) - len(findings),
            groups={name: (done, total) for name, (done, total) in groups.items() if total},
        )
        return findings, coverage


def _finding(
    pack: RulePack, rule: Rule, message: str, cards: tuple[str, ...], fixes: tuple[str, ...]
) -> Finding:
    return Finding(
        rule_id=rule.id,
        pack=pack.key,
        severity=rule.severity,
        title=rule.title,
        message=message,
        citation=pack.cite(rule),
        card_ids=cards,
        fixes=fixes,
    )


def _unavailable(key: str) -> Finding:
    return Finding(
        rule_id=f"{key}.unavailable",
        pack=key,
        severity=Severity.WARNING,
        title="Rule pack not available",
        message=f"The strategy selects the rule pack {key!r}, which is not installed here; "
        "its rules were not checked.",
    )


def check(
    strategy: Strategy,
    packs: PackSet | Mapping[str, RulePack] | Iterable[RulePack],
    library: Any = None,
    capabilities: Mapping[str, Any] | None = None,
) -> CheckResult:
    """Check ``strategy`` against the structural rules and its selected packs (one call).

    For repeated checks (after every edit) build a ``Checker`` once and call its ``check``.
    """
    return Checker(packs, library, capabilities).check(strategy)


def suggest_packs(profile: Profile, packs: Mapping[str, RulePack]) -> tuple[str, ...]:
    """Keys of the packs whose own condition holds for ``profile`` (a starting selection)."""
    return tuple(sorted(key for key, pack in packs.items() if pack.applies(profile)))
