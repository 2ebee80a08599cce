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
    STATE_WORDS,
    STRUCTURE,
    by_state,
    coverage_summary,
    integrity_text,
    law_as_of,
    law_dates,
    long_date,
    pack_versions,
    severity_word,
)
from app.i18n import quoted, translate
from app.resources import ContentLibrary
from models.content import Capability
from models.findings import CheckResult, Finding, PackCoverage, TopGap
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
    when = law_as_of(result) or translate("check", "law as of an unrecorded date")
    cards = translate("check", "%n card(s)", None, len(strategy.cards))
    head = translate("check", "Check of “%1” (%2, revision %3), %4")
    lines = [_fill(head, strategy.name, cards, strategy.revision, when)]
    used = [c for c in result.coverage if c.pack != STRUCTURE]
    if not used:
        lines.append(translate("check", "Rule packs: none selected (lifecycle structure only)"))
        return lines
    lines.append(translate("check", "Rule packs:"))
    lines += [_pack_line(cov.title, cov.version_label, packs.get(cov.pack), cov) for cov in used]
    return lines


def _fill(text: str, *values: object) -> str:
    """``text`` with ``%1``, ``%2`` … replaced by ``values`` (Qt's placeholders)."""
    for index in range(len(values), 0, -1):
        text = text.replace(f"%{index}", str(values[index - 1]))
    return text


def _pack_line(
    title: str, version: str, pack: RulePack | None, cov: PackCoverage | None = None
) -> str:
    unknown = translate("check", "unknown")
    line = INDENT + _fill(translate("check", "%1: version %2"), title, version or unknown)
    if pack is not None:
        line += "; " + _fill(translate("check", "in force from %1"), long_date(pack.effective))
    if cov is not None and cov.sha256:
        line += f"; sha256 {cov.sha256[:12]}"
        if cov.integrity:
            line += f" ({integrity_text(cov.integrity)})"
    return line


def blocking_lines(result: CheckResult) -> list[str]:
    """One line per prohibited practice: nothing else matters until it stops."""
    return [
        translate("check", "BLOCKING: prohibited practice — %1").replace("%1", f.title)
        + (f" ({f.citation})" if f.citation else "")
        + ". "
        + translate("check", "No card can make it compliant: stop or redesign the use.")
        for f in result.findings
        if f.state is FindingState.PROHIBITED
    ]


def _catalog_titles(keys: Sequence[str], library: ContentLibrary) -> list[str]:
    return [library.catalog[k].title if k in library.catalog else k for k in keys]


def _fix_line(keys: Sequence[str], library: ContentLibrary) -> str:
    names = _catalog_titles(keys, library)
    line = _fill(translate("check", "add “%1”"), names[0])
    if len(names) > 1:
        rest = ", ".join(quoted(n) for n in names[1:MAX_FIXES_SHOWN])
        line += " (" + _fill(translate("check", "or %1"), rest) + ")"
    return line


def _cards_line(card_ids: Sequence[str], strategy: Strategy) -> str:
    titles = [strategy.cards[c].title for c in card_ids if c in strategy.cards]
    more = len(titles) - MAX_CARDS_SHOWN
    shown = ", ".join(quoted(t) for t in titles[:MAX_CARDS_SHOWN])
    return shown + (" " + translate("check", "and %n more", None, more) if more > 0 else "")


def _gap_lines(gap: TopGap, strategy: Strategy, library: ContentLibrary) -> list[str]:
    state = {
        FindingState.OPEN: translate("check", "missing"),
        FindingState.PLANNED: translate("check", "planned"),
        FindingState.PROHIBITED: translate("check", "prohibited"),
        FindingState.UPCOMING: translate("check", "upcoming"),
    }.get(gap.state, gap.state.label.lower())
    lines = [f"{INDENT}{gap.rank}. {gap.title} — {state}"]
    pad = INDENT + " " * (len(str(gap.rank)) + 2)
    if gap.citations:
        lines.append(f"{pad}{translate('check', 'cites:')} {'; '.join(gap.citations)}")
    if gap.why:
        lines.append(f"{pad}{translate('check', 'why:')} {gap.why}")
    if gap.fixes:
        lines.append(f"{pad}{translate('check', 'fix:')} {_fix_line(gap.fixes, library)}")
    if gap.card_ids:
        verb = (
            translate("check", "put in place:")
            if gap.state is FindingState.PLANNED
            else translate("check", "cards:")
        )
        cards = _cards_line(gap.card_ids, strategy)
        if cards:
            lines.append(f"{pad}{verb} {cards}")
    return lines


def top_gap_lines(result: CheckResult, strategy: Strategy, library: ContentLibrary) -> list[str]:
    """'The gaps that would hurt first', numbered by rank, with citations, why and fixes."""
    if not result.top_gaps:
        if result.gaps:  # a result not ranked by the checker: the rest lists every finding
            return []
        if result.checked_on:
            text = translate(
                "check", "No gaps on %1: every rule in force is carried by cards in place."
            )
            return [_fill(text, long_date(result.checked_on))]
        return [translate("check", "No gaps: every rule in force is carried by cards in place.")]
    lines = [translate("check", "The gaps that would hurt first")]
    for gap in result.top_gaps:
        lines += _gap_lines(gap, strategy, library)
    return lines


def _finding_lines(f: Finding, strategy: Strategy, library: ContentLibrary) -> list[str]:
    if f.state is FindingState.UPCOMING:
        start = ""
        if f.applies_from:
            start = " — " + _fill(translate("check", "applies from %1"), long_date(f.applies_from))
        lines = [f"{INDENT * 3}{STATE_WORDS[FindingState.UPCOMING]} {f.title}{start}"]
    else:
        label = severity_word(f.severity)
        if f.state is FindingState.PLANNED:
            label = f"{STATE_WORDS[FindingState.PLANNED]} {label}"
        rank = _fill(translate("check", "(rank %1)"), f.rank)
        lines = [f"{INDENT * 3}{label:<7} {f.title}  {rank}"]
    lines.append(f"{DETAIL}{_message(f)}")
    if f.citation:
        lines.append(f"{DETAIL}{translate('check', 'cites:')} {f.citation}")
    if f.card_ids:
        cards = _cards_line(f.card_ids, strategy)
        if cards:
            lines.append(f"{DETAIL}{translate('check', 'cards:')} {cards}")
    if f.fixes:
        lines.append(f"{DETAIL}{translate('check', 'fix:')} {_fix_line(f.fixes, library)}")
    if f.pending:
        pending = translate("check", "pending change (not law yet):")
        lines.append(f"{DETAIL}{pending} {f.pending}")
    return lines


def _message(f: Finding) -> str:
    """The finding's message, without the 'Upcoming — applies from …' its first line says."""
    lead = translate("checker", "Upcoming — applies from %1. Not yet in force; %2")
    if f.state is FindingState.UPCOMING and f.message.startswith(lead.split(" ", 1)[0]):
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
    lines = [translate("check", "The other findings, by rule pack")]
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
        return [translate("check", "No findings.")]
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
    if result.checked_on:
        text = translate("check", "Coverage (rules in force on %1):")
        lines = [_fill(text, long_date(result.checked_on))]
    else:
        lines = [translate("check", "Coverage (rules in force):")]
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
    header = [
        translate("check", "Team"),
        translate("check", "Strategy"),
        translate("check", "Errors"),
        translate("check", "Warnings"),
        translate("check", "Info"),
        translate("check", "Structure"),
        *keys,
    ]
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
        lines.append(translate("check", "(no strategies)"))
    else:
        lines.append("")
        lines.append(
            translate(
                "check",
                "Coverage: rules met by cards in place / rules in force; +Np: N more met only "
                "by cards planned or in progress (not counted as met).",
            )
        )
    unknown = [k for k in keys if k not in packs]
    if unknown:
        lines.append(_fill(translate("check", "(not installed here: %1)"), ", ".join(unknown)))
    return lines


def workshop_header(results: Sequence[CheckResult], packs: Mapping[str, RulePack]) -> list[str]:
    """The date(s) whose law applied and the versions of the packs the workshop uses."""
    dates = law_dates(results)
    if dates:
        lines = [_fill(translate("check", "Law as of %1"), dates)]
    else:
        lines = [translate("check", "Law as of an unrecorded date")]
    versions = pack_versions(results)
    if versions:
        lines.append(translate("check", "Rule packs:"))
        by_title = {p.title: p for p in packs.values()}
        lines += [_pack_line(title, version, by_title.get(title)) for title, version in versions]
    return lines


def crosswalk_lines(
    table: Mapping[str, Mapping[str, Sequence[RuleRef]]],
    packs: Mapping[str, RulePack],
    capabilities: Mapping[str, Capability],
) -> list[str]:
    """The capability × pack table: each cell counts the pack's rules naming the capability."""
    keys = sorted(packs)
    header = [translate("check", "Capability"), *keys, translate("check", "Packs")]
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
        translate(
            "check",
            "Each number is how many of the pack's rules a card with that capability helps meet.",
        )
    )
    return lines
