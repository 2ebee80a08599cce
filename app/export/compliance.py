"""The compliance slides: the gaps that would hurt first, coverage, then the other findings.

"Compliance" leads with the checker's ranked top gaps (state, severity, the
human citations that demand the practice, what would close it) in the left
column; the right column has the coverage bars — in place and only planned
drawn apart, each pack with its version — under the slide's subtitle naming
the date whose law was applied. "Open findings" lists every finding (the top
gaps' in full too) grouped by state — blocking, missing, planned — in rank
order; rules not yet in force have their own slide, "Upcoming rules".
Internal rule ids never appear.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.export.blocks import (
    Bar,
    Block,
    ColumnBreak,
    CoverageChart,
    Entries,
    Entry,
    Heading,
    Para,
    Slide,
    Table,
)
from app.export.bundle import ExportBundle
from app.export.checked import (
    STATE_HEADINGS,
    STATE_WORDS,
    STRUCTURE,
    by_state,
    counts,
    integrity_text,
    long_date,
    marker,
    severity_word,
    state_label,
)
from app.i18n import quoted, translate
from models.findings import CheckResult, Finding, PackCoverage, TopGap
from models.vocabulary import FindingState

MAX_CITATIONS = 4
MAX_FIXES = 2
MAX_CARDS = 3


def _titles(bundle: ExportBundle, keys: Sequence[str], limit: int) -> str:
    return "; ".join(bundle.catalog_title(k) for k in keys[:limit])


def _cards(bundle: ExportBundle, card_ids: Sequence[str], limit: int) -> str:
    cards = bundle.strategy.cards
    titles = [quoted(cards[c].title) for c in card_ids if c in cards]
    more = len(titles) - limit
    return "; ".join(titles[:limit]) + (f" and {more} more" if more > 0 else "")


def gap_entry(bundle: ExportBundle, gap: TopGap) -> Entry:
    """A top gap: its rank and state, severity and citations, what would close it."""
    cites = list(gap.citations[:MAX_CITATIONS])
    if len(gap.citations) > MAX_CITATIONS:
        cites.append(
            translate("compliance", "and %n more", None, len(gap.citations) - MAX_CITATIONS)
        )
    rules, packs = len(set(gap.rule_ids)), len(gap.packs)
    severity = severity_word(gap.severity).capitalize()
    why = f"{severity} · " + (
        translate("compliance", "%1 in %2")
        .replace("%2", translate("compliance", "%n pack(s)", None, packs))
        .replace("%1", translate("compliance", "%n rule(s)", None, rules))
    )
    if gap.harm_per_day:
        harm = translate("compliance", "drills: %1 harm/day").replace("%1", f"{gap.harm_per_day:g}")
        why += f" · {harm}"
    meta = [why, "; ".join(cites) or translate("compliance", "Lifecycle structure")]
    if gap.fixes:
        close = translate("compliance", "Would close it:")
        meta.append(f"{close} " + _titles(bundle, gap.fixes, MAX_FIXES))
    if gap.state is FindingState.PLANNED and gap.card_ids:
        planned = translate("compliance", "Planned, not in place:")
        meta.append(f"{planned} " + _cards(bundle, gap.card_ids, MAX_CARDS))
    return Entry(title=gap.title, meta=tuple(meta), marker=f"{gap.rank} · {STATE_WORDS[gap.state]}")


def finding_entry(bundle: ExportBundle, finding: Finding, pack_title: str = "") -> Entry:
    """A finding: state and rank, its pack and citation, cards involved, fixes; the message."""
    source = finding.citation or pack_title  # a citation names its instrument already
    if finding.state is FindingState.UPCOMING:
        lead = state_label(finding)  # 'Upcoming — applies from 2 August 2026'
    else:
        lead = translate("compliance", "Rank %1").replace("%1", str(finding.rank))
    meta = [" · ".join(part for part in (lead, source) if part)]
    involved = _cards(bundle, finding.card_ids, len(finding.card_ids))
    if involved:
        planned = finding.state is FindingState.PLANNED
        label = (
            translate("compliance", "Not yet in place:")
            if planned
            else translate("compliance", "Cards:")
        )
        meta.append(f"{label} {involved}")
    if finding.fixes:
        fix = translate("compliance", "Would fix it:")
        meta.append(f"{fix} " + "; ".join(bundle.catalog_title(k) for k in finding.fixes))
    if finding.pending:
        meta.append(translate("compliance", "Pending change, not yet law:") + " " + finding.pending)
    return Entry(
        title=finding.title, meta=tuple(meta), body=finding.message, marker=marker(finding)
    )


def coverage_bars(check: CheckResult) -> tuple[Bar, ...]:
    """One bar per pack: in place, only planned and upcoming apart, with the pack's version."""
    return tuple(
        Bar(
            c.title,
            c.satisfied,
            c.applicable,
            planned=c.planned,
            upcoming=c.upcoming,
            version=_stamped(c) if c.pack != STRUCTURE else "",
        )
        for c in check.coverage
    )


def _per_pack(check: CheckResult, titles: dict[str, str]) -> Table:
    """Counts of findings by pack and state, packs in coverage order."""
    order = [*titles, *sorted({f.pack for f in check.findings} - set(titles))]
    states = (FindingState.OPEN, FindingState.PLANNED, FindingState.UPCOMING)
    rows = []
    for pack in order:
        mine = [f for f in check.findings if f.pack == pack]
        if mine:
            cells = [str(sum(f.state is s for f in mine)) for s in states]
            rows.append((titles.get(pack, pack), *cells))
    return Table(
        header=(
            translate("compliance", "Rule pack"),
            translate("compliance", "Missing"),
            translate("compliance", "Planned"),
            translate("compliance", "Upcoming"),
        ),
        rows=tuple(rows),
        weights=(4, 1.1, 1.1, 1.3),
    )


def _subtitle(check: CheckResult) -> str:
    when = (
        long_date(check.checked_on)
        if check.checked_on
        else translate("checked", "an unrecorded date")
    )
    text = translate("compliance", "Law as of %1 · strategy revision %2")
    return text.replace("%2", str(check.revision)).replace("%1", when)


def _lead(bundle: ExportBundle, check: CheckResult) -> Slide:
    blocks: list[Block] = []
    for f in check.findings:
        if f.state is FindingState.PROHIBITED:
            cite = f" ({f.citation})" if f.citation else ""
            blocks.append(
                Para(
                    translate(
                        "compliance", "Blocking — prohibited practice: %1. No card can fix it."
                    ).replace("%1", f"{f.title}{cite}")
                )
            )
    blocks.append(Heading(translate("compliance", "The gaps that would hurt first")))
    if check.top_gaps:
        blocks.append(Entries(tuple(gap_entry(bundle, g) for g in check.top_gaps)))
    elif check.gaps:  # a result the checker did not rank: every finding is on the next slide
        blocks.append(
            Para(
                translate("compliance", "Not ranked: every finding is listed under Open findings."),
                True,
            )
        )
    else:
        if check.checked_on:
            text = translate(
                "check", "No gaps on %1: every rule in force is carried by cards in place."
            ).replace("%1", long_date(check.checked_on))
        else:
            text = translate("check", "No gaps: every rule in force is carried by cards in place.")
        blocks.append(Para(text))
    blocks += [ColumnBreak(), Heading(translate("compliance", "Coverage per rule pack"))]
    if check.coverage:
        blocks.append(CoverageChart(coverage_bars(check)))
    else:
        none = translate("compliance", "No rule pack is selected, so no coverage is measured.")
        blocks.append(Para(none, muted=True))
    findings = translate("compliance", "Findings: %1.").replace("%1", counts(check))
    blocks.append(Para(findings, muted=True))
    title = translate("compliance", "Compliance")
    return Slide(title=title, subtitle=_subtitle(check), blocks=tuple(blocks), columns=2)


def compliance_slides(bundle: ExportBundle) -> Sequence[Slide]:
    """The lead slide, the open findings, and the upcoming rules when there are any."""
    check = bundle.check
    if check is None:
        return (
            Slide(
                title=translate("compliance", "Compliance"),
                blocks=(
                    Para(
                        translate("compliance", "This strategy was not checked before export."),
                        muted=True,
                    ),
                ),
            ),
        )
    titles = {c.pack: c.title for c in check.coverage}
    groups = by_state(check.findings)  # all of them, the top gaps' too: a deck is a record
    upcoming = groups.pop(FindingState.UPCOMING, [])
    blocks: list[Block] = []
    if check.findings:
        blocks += [_per_pack(check, titles)]
    for state, group in groups.items():
        blocks.append(Heading(f"{STATE_HEADINGS[state]} ({len(group)})"))
        blocks.append(
            Entries(tuple(finding_entry(bundle, f, titles.get(f.pack, "")) for f in group))
        )
    if not groups:
        none = translate("compliance", "No open finding: every rule in force is met in place.")
        blocks.append(Para(none, muted=True))
    slides = [
        _lead(bundle, check),
        Slide(
            title=translate("compliance", "Open findings"),
            subtitle=_subtitle(check),
            blocks=tuple(blocks),
            columns=2,
        ),
    ]
    if upcoming:
        intro = Para(
            translate(
                "compliance",
                "Rules that do not apply yet on the date checked; none of them counts against "
                "the strategy today. Each says when it applies.",
            ),
            muted=True,
        )
        entries = Entries(tuple(finding_entry(bundle, f, titles.get(f.pack, "")) for f in upcoming))
        slides.append(
            Slide(
                title=translate("compliance", "Upcoming rules"),
                subtitle=_subtitle(check),
                blocks=(
                    intro,
                    Heading(f"{STATE_HEADINGS[FindingState.UPCOMING]} ({len(upcoming)})"),
                    entries,
                ),
                columns=2,
            )
        )
    return slides


def _stamped(coverage: PackCoverage) -> str:
    """The pack's version with the first digits of its file's hash and whether it matches."""
    if not coverage.sha256:
        return coverage.version_label
    stamp = f"sha256 {coverage.sha256[:12]}"
    if coverage.integrity:
        stamp += f" ({integrity_text(coverage.integrity)})"
    return f"{coverage.version_label} · {stamp}" if coverage.version_label else stamp
