"""The compliance slides: coverage per selected pack, then open findings by severity."""

from __future__ import annotations

from collections.abc import Sequence

from app.export.blocks import Bar, CoverageChart, Entries, Entry, Heading, Para, Slide, Table
from app.export.bundle import ExportBundle
from models.findings import CheckResult, Finding
from models.vocabulary import Severity

SEVERITY_HEADINGS = {
    Severity.ERROR: "Errors — must be fixed",
    Severity.WARNING: "Warnings — should be addressed",
    Severity.INFO: "Suggestions",
}
SEVERITY_MARKERS = {
    Severity.ERROR: "✖ ERROR",
    Severity.WARNING: "▲ WARNING",
    Severity.INFO: "ℹ INFO",
}


def _counts(check: CheckResult) -> str:
    parts = []
    for severity in Severity:
        n = sum(1 for f in check.findings if f.severity is severity)
        parts.append(f"{n} {severity.value}" + ("" if n == 1 else "s"))
    return ", ".join(parts)


def finding_entry(bundle: ExportBundle, finding: Finding) -> Entry:
    """A finding as a list entry: message, citation, cards involved and suggested fixes."""
    meta = []
    if finding.citation:
        meta.append(f"Source: {finding.citation}")
    meta.append(f"Rule {finding.rule_id} ({finding.pack})")
    cards = bundle.strategy.cards
    involved = [cards[cid].title for cid in finding.card_ids if cid in cards]
    if involved:
        meta.append("Cards: " + "; ".join(f"“{t}”" for t in involved))
    if finding.fixes:
        meta.append("Would fix it: " + "; ".join(bundle.catalog_title(k) for k in finding.fixes))
    return Entry(
        title=finding.title,
        meta=tuple(meta),
        body=finding.message,
        marker=SEVERITY_MARKERS[finding.severity],
    )


def _per_pack(check: CheckResult) -> Table:
    """Counts of open findings by pack and severity, packs in coverage order."""
    titles = {c.pack: c.title for c in check.coverage}
    order = [*titles, *sorted({f.pack for f in check.findings} - set(titles))]
    rows = []
    for pack in order:
        mine = [f for f in check.findings if f.pack == pack]
        if mine:
            counts = [str(sum(1 for f in mine if f.severity is s)) for s in Severity]
            rows.append((titles.get(pack, pack), *counts))
    return Table(
        header=("Rule pack", "Errors", "Warnings", "Suggestions"),
        rows=tuple(rows),
        weights=(5, 1, 1, 1),
    )


def compliance_slides(bundle: ExportBundle) -> Sequence[Slide]:
    """Slide 6: the coverage bar chart, then the open findings grouped by severity."""
    check = bundle.check
    if check is None:
        return (
            Slide(
                title="Compliance",
                blocks=(Para("This strategy was not checked before export.", muted=True),),
            ),
        )
    chart_blocks: list[Heading | Para | CoverageChart | Table] = [
        Para(
            f"Checked at revision {check.revision} of the strategy. Open findings: "
            f"{_counts(check)}."
        ),
    ]
    if check.coverage:
        bars = tuple(Bar(c.title, c.satisfied, c.applicable) for c in check.coverage)
        chart_blocks += [Heading("Coverage per rule pack"), CoverageChart(bars)]
        if check.findings:
            chart_blocks += [Heading("Open findings per pack"), _per_pack(check)]
    else:
        chart_blocks.append(
            Para("No rule pack is selected, so no coverage is measured.", muted=True)
        )
    slides = [Slide(title="Compliance", blocks=tuple(chart_blocks))]
    findings_blocks: list[Heading | Para | Entries] = []
    for severity in Severity:
        mine = sorted(
            (f for f in check.findings if f.severity is severity), key=lambda f: (f.pack, f.rule_id)
        )
        if mine:
            findings_blocks.append(Heading(f"{SEVERITY_HEADINGS[severity]} ({len(mine)})"))
            findings_blocks.append(Entries(tuple(finding_entry(bundle, f) for f in mine)))
    if not findings_blocks:
        findings_blocks.append(Para("No open findings: every applicable rule is satisfied."))
    slides.append(Slide(title="Open findings", blocks=tuple(findings_blocks), columns=2))
    return slides
