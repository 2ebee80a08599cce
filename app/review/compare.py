"""Side-by-side review of two or more strategies of the same scenario.

Strategies of different teams share no card ids, so a card is recognised
across strategies by its catalog key, or, for a custom card, by its title
normalised (Unicode NFKC, case-folded, punctuation and extra spaces dropped).
Findings are compared by pack and rule, counting how often each strategy has
one. The checker is passed in as a callable, as in ``app.review.diff``.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from app.i18n import translate
from app.review.diff import Checker, card_order
from app.review.errors import ComparisonError
from models.findings import CheckResult, PackCoverage
from models.phases import Phase
from models.strategy import Card, Strategy
from models.vocabulary import Severity


def normalise_title(title: str) -> str:
    """A title reduced to what tells two cards apart: "Bias  Audit!" → "bias audit"."""
    text = unicodedata.normalize("NFKC", title).casefold()
    kept = "".join(ch if ch.isalnum() else " " for ch in text)
    return " ".join(kept.split())


def card_identity(card: Card) -> str:
    """What makes cards of different strategies "the same card"."""
    if card.catalog_key:
        return f"catalog:{card.catalog_key}"
    return f"title:{normalise_title(card.title)}"


@dataclass(frozen=True)
class CardRow:
    """One card identity and, per strategy, the matching cards (empty where it lacks one)."""

    identity: str
    title: str
    phase: Phase
    catalog_key: str | None
    cards: tuple[tuple[Card, ...], ...]

    @property
    def present(self) -> tuple[bool, ...]:
        """Per strategy, whether it has the card."""
        return tuple(bool(found) for found in self.cards)


@dataclass(frozen=True)
class CoverageRow:
    """One pack's coverage in each strategy (None where the pack was not selected)."""

    pack: str
    title: str
    cells: tuple[PackCoverage | None, ...]


@dataclass(frozen=True)
class FindingRow:
    """One rule's findings per strategy (a rule can fail for several cards)."""

    pack: str
    rule_id: str
    title: str
    severity: Severity
    counts: tuple[int, ...]


@dataclass(frozen=True)
class SideBySide:
    """Two or more strategies compared: cards, coverage per pack and findings."""

    strategies: tuple[Strategy, ...]
    results: tuple[CheckResult | None, ...]
    cards: tuple[CardRow, ...]
    coverage: tuple[CoverageRow, ...]
    findings: tuple[FindingRow, ...]

    def only_in(self, first: int, second: int) -> tuple[CardRow, ...]:
        """Cards strategy ``first`` has and strategy ``second`` lacks (indexes into strategies)."""
        return tuple(r for r in self.cards if r.cards[first] and not r.cards[second])

    def missing_from(self, index: int) -> tuple[CardRow, ...]:
        """Cards some other strategy has and strategy ``index`` lacks."""
        return tuple(
            r
            for r in self.cards
            if not r.cards[index] and any(found for i, found in enumerate(r.cards) if i != index)
        )

    def shared(self) -> tuple[CardRow, ...]:
        """Cards every strategy has."""
        return tuple(r for r in self.cards if all(r.present))


def compare(strategies: Sequence[Strategy], check: Checker | None) -> SideBySide:
    """Compare strategies of one scenario; columns follow the order given.

    Raises:
        ComparisonError: fewer than two strategies, one given twice, or
            strategies of different scenarios.
    """
    if len(strategies) < 2:
        raise ComparisonError(translate("review", "Pick at least two strategies to compare."))
    if len({s.id for s in strategies}) != len(strategies):
        raise ComparisonError(translate("review", "The same strategy is picked twice."))
    scenarios = {s.scenario_key for s in strategies}
    if len(scenarios) > 1:
        raise ComparisonError(
            translate(
                "review",
                "Only strategies of the same scenario can be compared side by side "
                "(these are for {scenarios}).",
            ).format(scenarios=", ".join(sorted(scenarios)))
        )
    results = tuple(check(s) if check else None for s in strategies)
    return SideBySide(
        strategies=tuple(strategies),
        results=results,
        cards=_card_rows(strategies),
        coverage=_coverage_rows(results),
        findings=_finding_rows(results),
    )


def _card_rows(strategies: Sequence[Strategy]) -> tuple[CardRow, ...]:
    grouped: dict[str, list[list[Card]]] = {}
    for index, strategy in enumerate(strategies):
        for card in sorted(strategy.cards.values(), key=card_order):
            columns = grouped.setdefault(card_identity(card), [[] for _ in strategies])
            columns[index].append(card)
    rows = []
    for identity, columns in grouped.items():
        first = next(c[0] for c in columns if c)
        rows.append(
            CardRow(
                identity=identity,
                title=first.title,
                phase=first.phase,
                catalog_key=first.catalog_key,
                cards=tuple(tuple(c) for c in columns),
            )
        )
    rows.sort(key=lambda r: (card_order(next(c[0] for c in r.cards if c))[:2], r.identity))
    return tuple(rows)


def _coverage_rows(results: Sequence[CheckResult | None]) -> tuple[CoverageRow, ...]:
    titles: dict[str, str] = {}
    for result in results:
        for cov in result.coverage if result else ():
            titles.setdefault(cov.pack, cov.title)
    rows = []
    for pack, title in titles.items():
        cells = tuple(
            next((c for c in result.coverage if c.pack == pack), None) if result else None
            for result in results
        )
        rows.append(CoverageRow(pack=pack, title=title, cells=cells))
    return tuple(rows)


def _finding_rows(results: Sequence[CheckResult | None]) -> tuple[FindingRow, ...]:
    counts = [
        Counter((f.pack, f.rule_id) for f in (result.findings if result else ()))
        for result in results
    ]
    info: dict[tuple[str, str], tuple[str, Severity]] = {}
    for result in results:
        for finding in result.findings if result else ():
            info.setdefault((finding.pack, finding.rule_id), (finding.title, finding.severity))
    rows = [
        FindingRow(
            pack=pack,
            rule_id=rule,
            title=title,
            severity=severity,
            counts=tuple(c[(pack, rule)] for c in counts),
        )
        for (pack, rule), (title, severity) in info.items()
    ]
    rows.sort(key=lambda r: (r.severity.rank, -sum(1 for n in r.counts if n), r.pack, r.rule_id))
    return tuple(rows)
