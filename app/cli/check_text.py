"""Plain-text rendering of check results for the ``check`` sub-command.

One strategy reads top-down: a header (the strategy, the date whose law was
applied, each pack with its version), a blocking line per prohibited practice,
"The gaps that would hurt first", then every other finding grouped by pack —
missing, then planned, then upcoming — and the coverage lines. Internal rule
ids never appear here (``--format json`` keeps them).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from app.checker.crosswalk import RuleRef
from app.export.checked import (
    STATE_HEADINGS,
    STRUCTURE,
    by_state,
    coverage_summary,
    law_as_of,
    law_dates,
    long_date,
    pack_versions,
)
from app.resources import ContentLibrary
from models.content import Capability
from models.findings import CheckResult, Finding, TopGap
from models.rules import RulePack
from models.strategy import Strategy
from models.vocabulary import FindingState, Severity

MAX_CARDS_SHOWN = 6
MAX_FIXES_SHOWN = 3
INDENT = "  "
DETAIL = " " * 10


def header_lines(
    strategy: Strategy, result: CheckResult, packs: Mapping[str, RulePack]
) -> list[str]:
    """The strategy, the date whose law applied, and each pack checked with its version."""
    when = law_as_of(result) or "law as of an unrecorded date"
    lines = [
        f"Check of “{strategy.name}” ({len(strategy.cards)} cards, revision {strategy.revision}),"
        f" {when}"
    ]
    used = [c for c in result.coverage if c.pack != STRUCTURE]
    if not used:
        lines.append("Rule packs: none selected (lifecycle structure only)")
        return lines
    lines.append("Rule packs:")
    for cov in used:
        line = f"{INDENT}{cov.title}: version {cov.version or 'unknown'}"
        pack = packs.get(cov.pack)
        if pack is not None:
            line += f"; in force from {long_date(pack.effective)}"
        if cov.sha256:
            line += f"; sha256 {cov.sha256[:12]}"
            if cov.integrity:
                line += f" ({cov.integrity})"
        lines.append(line)
    return lines


def blocking_lines(result: CheckResult) -> list[str]:
    """One line per prohibited practice: nothing else matters until it stops."""
    return [
        f"BLOCKING: prohibited practice — {f.title}"
        + (f" ({f.citation})" if f.citation else "")
        + ". No card can make it compliant: stop or redesign the use."
        for f in result.findings
        if f.state is FindingState.PROHIBITED
    ]


def _catalog_titles(keys: Sequence[str], library: ContentLibrary) -> list[str]:
    return [library.catalog[k].title if k in library.catalog else k for k in keys]


def _fix_line(keys: Sequence[str], library: ContentLibrary) -> str:
    names = _catalog_titles(keys, library)
    line = f"add “{names[0]}”"
    if len(names) > 1:
        rest = ", ".join(f"“{n}”" for n in names[1:MAX_FIXES_SHOWN])
        line += f" (or {rest})"
    return line


def _cards_line(card_ids: Sequence[str], strategy: Strategy) -> str:
    titles = [strategy.cards[c].title for c in card_ids if c in strategy.cards]
    more = len(titles) - MAX_CARDS_SHOWN
    shown = ", ".join(f"“{t}”" for t in titles[:MAX_CARDS_SHOWN])
    return shown + (f" and {more} more" if more > 0 else "")


def _gap_lines(gap: TopGap, strategy: Strategy, library: ContentLibrary) -> list[str]:
    state = "missing" if gap.state is FindingState.OPEN else gap.state.label.lower()
    lines = [f"{INDENT}{gap.rank}. {gap.title} — {state}"]
    pad = INDENT + " " * (len(str(gap.rank)) + 2)
    if gap.citations:
        lines.append(f"{pad}cites: {'; '.join(gap.citations)}")
    if gap.why:
        lines.append(f"{pad}why: {gap.why}")
    if gap.fixes:
        lines.append(f"{pad}fix: {_fix_line(gap.fixes, library)}")
    if gap.card_ids:
        verb = "put in place" if gap.state is FindingState.PLANNED else "cards"
        cards = _cards_line(gap.card_ids, strategy)
        if cards:
            lines.append(f"{pad}{verb}: {cards}")
    return lines


def top_gap_lines(result: CheckResult, strategy: Strategy, library: ContentLibrary) -> list[str]:
    """'The gaps that would hurt first', numbered by rank, with citations, why and fixes."""
    if not result.top_gaps:
        if result.gaps:  # a result not ranked by the checker: the rest lists every finding
            return []
        when = f" on {long_date(result.checked_on)}" if result.checked_on else ""
        return [f"No gaps{when}: every rule in force is carried by cards in place."]
    lines = ["The gaps that would hurt first"]
    for gap in result.top_gaps:
        lines += _gap_lines(gap, strategy, library)
    return lines


def _finding_lines(f: Finding, strategy: Strategy, library: ContentLibrary) -> list[str]:
    if f.state is FindingState.UPCOMING:
        start = f" — applies from {long_date(f.applies_from)}" if f.applies_from else ""
        lines = [f"{INDENT * 3}UPCOMING {f.title}{start}"]
    else:
        label = f.severity.value.upper()
        if f.state is FindingState.PLANNED:
            label = f"PLANNED {label}"
        lines = [f"{INDENT * 3}{label:<7} {f.title}  (rank {f.rank})"]
    lines.append(f"{DETAIL}{_message(f)}")
    if f.citation:
        lines.append(f"{DETAIL}cites: {f.citation}")
    if f.card_ids:
        cards = _cards_line(f.card_ids, strategy)
        if cards:
            lines.append(f"{DETAIL}cards: {cards}")
    if f.fixes:
        lines.append(f"{DETAIL}fix: {_fix_line(f.fixes, library)}")
    if f.pending:
        lines.append(f"{DETAIL}pending change (not law yet): {f.pending}")
    return lines


def _message(f: Finding) -> str:
    """The finding's message, without the 'Upcoming — applies from …' its first line says."""
    if f.state is FindingState.UPCOMING and f.message.startswith("Upcoming"):
        rest = f.message.partition(". ")[2]
        return rest[:1].upper() + rest[1:] if rest else f.message
    return f.message


def rest_lines(result: CheckResult, strategy: Strategy, library: ContentLibrary) -> list[str]:
    """Every finding not among the top gaps, by pack: missing, then planned, then upcoming."""
    top = {g.rank for g in result.top_gaps}
    rest = [f for f in result.findings if f.rank not in top]
    if not rest:
        return []
    coverage = {c.pack: c for c in result.coverage}
    order = [*coverage, *dict.fromkeys(f.pack for f in rest if f.pack not in coverage)]
    lines = ["The other findings, by rule pack"]
    for pack in order:
        mine = [f for f in rest if f.pack == pack]
        if not mine:
            continue
        cov = coverage.get(pack)
        title = cov.title if cov else pack
        lines.append(f"{INDENT}{title}" + (f" ({coverage_summary(cov)})" if cov else ""))
        for state, group in by_state(mine).items():
            heading = STATE_HEADINGS[state]
            lines.append(f"{INDENT * 2}{heading} ({len(group)})")
            for f in group:
                lines += _finding_lines(f, strategy, library)
    return lines


def finding_lines(result: CheckResult, strategy: Strategy, library: ContentLibrary) -> list[str]:
    """Blocking lines, the top gaps, then the rest grouped by pack ('No findings.' if none)."""
    if not result.findings:
        return ["No findings."]
    lines = blocking_lines(result)
    if lines:
        lines.append("")
    lines += top_gap_lines(result, strategy, library)
    rest = rest_lines(result, strategy, library)
    if rest:
        lines += ["", *rest] if lines else rest
    return lines


def coverage_lines(result: CheckResult) -> list[str]:
    """One line per pack: 'EU AI Act — …  12 in place · 5 planned of 32', then its groups."""
    when = f" on {long_date(result.checked_on)}" if result.checked_on else ""
    lines = [f"Coverage (rules in force{when}):"]
    width = max((len(c.title) for c in result.coverage), default=0)
    for c in result.coverage:
        line = f"{INDENT}{c.title:<{width}}  {coverage_summary(c)}"
        if c.groups:
            line += "   " + " · ".join(f"{g} {s}/{a}" for g, (s, a) in c.groups.items())
        lines.append(line)
    return lines


def _cell(result: CheckResult, pack: str) -> str:
    cov = next((c for c in result.coverage if c.pack == pack), None)
    if cov is None:
        return "—"
    return f"{cov.satisfied}/{cov.applicable}" + (f" +{cov.planned}p" if cov.planned else "")


def team_table(
    strategies: Sequence[Strategy],
    results: Sequence[CheckResult],
    teams: Mapping[str, str],
    packs: Mapping[str, RulePack],
) -> list[str]:
    """The law's date and pack versions, then one row per strategy.

    A row: team, strategy, error/warning/info counts of the gaps today (missing or
    planned; upcoming rules left out) and coverage per pack as in place/in force,
    with '+Np' for rules met only by planned cards.
    """
    keys = sorted({c.pack for r in results for c in r.coverage} - {STRUCTURE})
    header = ["Team", "Strategy", "Errors", "Warnings", "Info", "Structure", *keys]
    rows = [header]
    for strategy, result in zip(strategies, results, strict=True):
        gaps = result.gaps
        rows.append(
            [
                teams.get(strategy.team_id or "", "—"),
                strategy.name,
                *(str(sum(f.severity is s for f in gaps)) for s in Severity),
                *(_cell(result, k) for k in (STRUCTURE, *keys)),
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
    else:
        lines.append("")
        lines.append(
            "Coverage: rules met by cards in place / rules in force; +Np: N more met only by "
            "cards planned or in progress (not counted as met)."
        )
    unknown = [k for k in keys if k not in packs]
    if unknown:
        lines.append(f"(not installed here: {', '.join(unknown)})")
    return lines


def workshop_header(results: Sequence[CheckResult], packs: Mapping[str, RulePack]) -> list[str]:
    """The date(s) whose law applied and the versions of the packs the workshop uses."""
    dates = law_dates(results)
    lines = [f"Law as of {dates}" if dates else "Law as of an unrecorded date"]
    versions = pack_versions(results)
    if versions:
        lines.append("Rule packs:")
        by_title = {p.title: p for p in packs.values()}
        for title, version in versions:
            line = f"{INDENT}{title}: version {version or 'unknown'}"
            pack = by_title.get(title)
            if pack is not None:
                line += f"; in force from {long_date(pack.effective)}"
            lines.append(line)
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
