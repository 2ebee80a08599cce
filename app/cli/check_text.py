"""Plain-text rendering of check results for the ``check`` sub-command."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from app.checker.crosswalk import RuleRef
from app.resources import ContentLibrary
from models.content import Capability
from models.findings import CheckResult, PackCoverage
from models.rules import RulePack
from models.strategy import Strategy
from models.vocabulary import Severity

MAX_CARDS_SHOWN = 6


def share(coverage: PackCoverage) -> str:
    """'12 of 17 rules (71 %)': the raw count with the share, never a bare percentage."""
    return f"{coverage.satisfied} of {coverage.applicable} rules ({round(100 * coverage.share)} %)"


def coverage_lines(result: CheckResult) -> list[str]:
    """One line per pack: title, count and share, and the groups (NIST functions …)."""
    lines = ["Coverage:"]
    width = max((len(c.title) for c in result.coverage), default=0)
    for c in result.coverage:
        line = f"  {c.title:<{width}}  {share(c)}"
        if c.groups:
            line += "   " + " · ".join(f"{g} {s}/{a}" for g, (s, a) in c.groups.items())
        lines.append(line)
    return lines


def finding_lines(result: CheckResult, strategy: Strategy, library: ContentLibrary) -> list[str]:
    """The findings, most serious first, with citation, cards involved and fixes."""
    counts = {s: sum(f.severity is s for f in result.findings) for s in Severity}
    if not result.findings:
        return ["No findings."]
    lines = [
        "Findings: "
        + ", ".join(f"{n} {s.value}{'s' if n != 1 else ''}" for s, n in counts.items() if n)
    ]
    for f in result.findings:
        lines.append(f"  {f.severity.value.upper():<7} {f.title}  [{f.rule_id}]")
        lines.append(f"          {f.message}")
        if f.citation:
            lines.append(f"          cites: {f.citation}")
        if f.card_ids:
            titles = [strategy.cards[c].title for c in f.card_ids if c in strategy.cards]
            more = len(titles) - MAX_CARDS_SHOWN
            shown = ", ".join(f"“{t}”" for t in titles[:MAX_CARDS_SHOWN])
            lines.append(f"          cards: {shown}" + (f" and {more} more" if more > 0 else ""))
        if f.fixes:
            names = [library.catalog[k].title if k in library.catalog else k for k in f.fixes]
            lines.append(
                f"          fix: add “{names[0]}”"
                + (f" (or {', '.join(names[1:3])})" if len(names) > 1 else "")
            )
    return lines


def team_table(
    strategies: Sequence[Strategy],
    results: Sequence[CheckResult],
    teams: Mapping[str, str],
    packs: Mapping[str, RulePack],
) -> list[str]:
    """One row per strategy: team, strategy, error/warning/info counts and coverage per pack."""
    keys = sorted({c.pack for r in results for c in r.coverage} - {"structure"})
    header = ["Team", "Strategy", "Errors", "Warnings", "Info", "Structure", *keys]
    rows = [header]
    for strategy, result in zip(strategies, results, strict=True):
        cov = {c.pack: c for c in result.coverage}
        rows.append(
            [
                teams.get(strategy.team_id or "", "—"),
                strategy.name,
                *(str(sum(f.severity is s for f in result.findings)) for s in Severity),
                *(
                    f"{cov[k].satisfied}/{cov[k].applicable}" if k in cov else "—"
                    for k in ("structure", *keys)
                ),
            ]
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    lines = [
        "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip()
        for row in rows
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    if not strategies:
        lines.append("(no strategies)")
    unknown = [k for k in keys if k not in packs]
    if unknown:
        lines.append(f"(not installed here: {', '.join(unknown)})")
    return lines


def crosswalk_lines(
    table: Mapping[str, Mapping[str, Sequence[RuleRef]]],
    packs: Mapping[str, RulePack],
    capabilities: Mapping[str, Capability],
) -> list[str]:
    """The capability × pack table: each cell counts the pack's rules naming the capability."""
    keys = sorted(packs)
    header = ["Capability", *keys, "Packs"]
    rows = [header]
    for cap, row in table.items():
        title = capabilities[cap].title if cap in capabilities else cap
        cells = [str(len(row[k])) if k in row else "·" for k in keys]
        rows.append([title, *cells, str(len(row))])
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    lines.append("")
    lines.append(
        "Each number is how many of the pack's rules a card with that capability helps meet."
    )
    return lines
