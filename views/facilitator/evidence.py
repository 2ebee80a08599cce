"""The checker's results beside a rubric criterion, as plain lines a facilitator can scan.

The evidence informs the judgement; it never sets a level. Every line names
what it is about in words (a tick or cross is never the only cue). A duty
carried only by planned cards reads "planned, not in place" (○), never as met;
rules not yet in force are counted apart and are not gaps.
"""

from __future__ import annotations

from collections.abc import Mapping

from app.i18n import translate
from app.review.scoring import CriterionEvidence
from models.findings import Finding
from models.vocabulary import FindingState, Severity, Status
from views.labels import phase_short

MAX_FINDINGS = 5
MAX_CARDS = 3
_STATE_ORDER = {
    FindingState.PROHIBITED: 0,
    FindingState.OPEN: 1,
    FindingState.PLANNED: 2,
    FindingState.UPCOMING: 3,
}


def severity_label(severity: Severity) -> str:
    """The severity in words."""
    return {
        Severity.ERROR: translate("facilitator", "Error"),
        Severity.WARNING: translate("facilitator", "Warning"),
        Severity.INFO: translate("facilitator", "Suggestion"),
    }[severity]


def evidence_lines(
    evidence: CriterionEvidence | None, capability_titles: Mapping[str, str]
) -> list[str]:
    """The lines shown beside a criterion (a "not checked" line when there is no result)."""
    if evidence is None:
        return [translate("facilitator", "The strategy has not been checked yet.")]
    lines: list[str] = []
    for cov in evidence.coverage:
        lines.append(
            translate(
                "facilitator",
                "{pack}: {satisfied} in place · {planned} planned of {applicable} rules",
            ).format(
                pack=cov.title,
                satisfied=cov.satisfied,
                planned=cov.planned,
                applicable=cov.applicable,
            )
        )
    # What hurts first first: a prohibited practice, then missing, then only planned.
    gaps = sorted(
        (f for f in evidence.findings if f.state is not FindingState.UPCOMING),
        key=lambda f: (_STATE_ORDER[f.state], f.rank, f.severity.rank),
    )
    upcoming = len(evidence.findings) - len(gaps)
    if gaps:
        lines.append(translate("facilitator", "Open findings: {count}").format(count=len(gaps)))
        for finding in gaps[:MAX_FINDINGS]:
            lines.append(_finding_line(finding))
        hidden = len(gaps) - MAX_FINDINGS
        if hidden > 0:
            lines.append(translate("facilitator", "  … and {count} more").format(count=hidden))
    elif evidence.criterion.informed("rule") or evidence.criterion.informed("pack"):
        lines.append(
            translate("facilitator", "No open findings for the rules this criterion names.")
        )
    if upcoming:
        lines.append(
            translate("facilitator", "Upcoming rules, not yet in force: {count}").format(
                count=upcoming
            )
        )
    for capability, cards in evidence.cards.items():
        title = capability_titles.get(capability, capability)
        if not cards:
            lines.append(
                translate("facilitator", "  ✗ {capability}: no card provides it").format(
                    capability=title
                )
            )
            continue
        placed = any(c.status is Status.IN_PLACE for c in cards)
        names = ", ".join(
            (
                translate("facilitator", "{card} ({phase}, not in place)")
                if placed and c.status is not Status.IN_PLACE
                else translate("facilitator", "{card} ({phase})")
            ).format(card=c.title, phase=phase_short(c.phase))
            for c in cards[:MAX_CARDS]
        )
        if len(cards) > MAX_CARDS:
            names += translate("facilitator", ", +{count} more").format(
                count=len(cards) - MAX_CARDS
            )
        if placed:
            lines.append(
                translate("facilitator", "  ✓ {capability}: {cards}").format(
                    capability=title, cards=names
                )
            )
        else:
            lines.append(
                translate(
                    "facilitator", "  ○ {capability}: planned, not in place — {cards}"
                ).format(capability=title, cards=names)
            )
    return lines or [
        translate("facilitator", "The checker has nothing to say about this criterion.")
    ]


def _finding_line(finding: Finding) -> str:
    if finding.state is FindingState.PLANNED:
        return translate("facilitator", "  ○ Planned, not in place: {title}").format(
            title=finding.title
        )
    if finding.state is FindingState.PROHIBITED:
        return translate("facilitator", "  ⛔ Prohibited practice: {title}").format(
            title=finding.title
        )
    return translate("facilitator", "  ✗ {severity}: {title}").format(
        severity=severity_label(finding.severity), title=finding.title
    )
