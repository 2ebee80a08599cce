"""The checker's results beside a rubric criterion, as plain lines a facilitator can scan.

The evidence informs the judgement; it never sets a level. Every line names
what it is about in words (a tick or cross is never the only cue).
"""

from __future__ import annotations

from collections.abc import Mapping

from app.review.scoring import CriterionEvidence
from models.vocabulary import Severity
from views.facilitator.common import tr
from views.labels import phase_short

MAX_FINDINGS = 5
MAX_CARDS = 3


def severity_label(severity: Severity) -> str:
    """The severity in words."""
    return {
        Severity.ERROR: tr("Error"),
        Severity.WARNING: tr("Warning"),
        Severity.INFO: tr("Suggestion"),
    }[severity]


def evidence_lines(
    evidence: CriterionEvidence | None, capability_titles: Mapping[str, str]
) -> list[str]:
    """The lines shown beside a criterion (a "not checked" line when there is no result)."""
    if evidence is None:
        return [tr("The strategy has not been checked yet.")]
    lines: list[str] = []
    for cov in evidence.coverage:
        lines.append(
            tr("{pack}: {satisfied} of {applicable} rules met").format(
                pack=cov.title, satisfied=cov.satisfied, applicable=cov.applicable
            )
        )
    if evidence.findings:
        lines.append(tr("Open findings: {count}").format(count=len(evidence.findings)))
        for finding in evidence.findings[:MAX_FINDINGS]:
            lines.append(
                tr("  ✗ {severity}: {title}").format(
                    severity=severity_label(finding.severity), title=finding.title
                )
            )
        hidden = len(evidence.findings) - MAX_FINDINGS
        if hidden > 0:
            lines.append(tr("  … and {count} more").format(count=hidden))
    elif evidence.criterion.informed("rule") or evidence.criterion.informed("pack"):
        lines.append(tr("No open findings for the rules this criterion names."))
    for capability, cards in evidence.cards.items():
        title = capability_titles.get(capability, capability)
        if not cards:
            lines.append(tr("  ✗ {capability}: no card provides it").format(capability=title))
            continue
        names = ", ".join(
            tr("{card} ({phase})").format(card=c.title, phase=phase_short(c.phase))
            for c in cards[:MAX_CARDS]
        )
        if len(cards) > MAX_CARDS:
            names += tr(", +{count} more").format(count=len(cards) - MAX_CARDS)
        lines.append(tr("  ✓ {capability}: {cards}").format(capability=title, cards=names))
    return lines or [tr("The checker has nothing to say about this criterion.")]
