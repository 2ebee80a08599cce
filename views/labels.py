"""User-visible names of the model's vocabularies, in the interface language.

The models carry English labels for the CLI and the PDF; the GUI shows them
through ``app.i18n.translate``. The English names are repeated here as literal
``QT_TRANSLATE_NOOP`` tables so ``pyside6-lupdate`` extracts them
(``tests/views/test_translation.py`` checks each table against the model's labels).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.i18n import QT_TRANSLATE_NOOP, translate
from models.phases import Phase
from models.vocabulary import Cadence, LinkKind, Role, Status

if TYPE_CHECKING:  # labels stays light: the scope record is only named in a signature
    from app.checker.scope import PackScope

PHASE_LABELS: dict[Phase, str] = {
    Phase.DATA: QT_TRANSLATE_NOOP("phases", "Data Management & Preparation"),
    Phase.DEVELOP: QT_TRANSLATE_NOOP("phases", "Model Development & Training"),
    Phase.EVALUATE: QT_TRANSLATE_NOOP("phases", "Model Evaluation & Validation"),
    Phase.DEPLOY: QT_TRANSLATE_NOOP("phases", "Model Deployment & Serving"),
    Phase.MONITOR: QT_TRANSLATE_NOOP("phases", "Monitoring & Maintenance"),
    Phase.FEEDBACK: QT_TRANSLATE_NOOP("phases", "Feedback Loop & Continuous Improvement"),
    Phase.GOVERNANCE: QT_TRANSLATE_NOOP("phases", "Governance (cross-cutting)"),
}
PHASE_SHORT: dict[Phase, str] = {
    Phase.DATA: QT_TRANSLATE_NOOP("phases", "Data"),
    Phase.DEVELOP: QT_TRANSLATE_NOOP("phases", "Development"),
    Phase.EVALUATE: QT_TRANSLATE_NOOP("phases", "Evaluation"),
    Phase.DEPLOY: QT_TRANSLATE_NOOP("phases", "Deployment"),
    Phase.MONITOR: QT_TRANSLATE_NOOP("phases", "Monitoring"),
    Phase.FEEDBACK: QT_TRANSLATE_NOOP("phases", "Feedback"),
    Phase.GOVERNANCE: QT_TRANSLATE_NOOP("phases", "Governance"),
}
ROLE_LABELS: dict[Role, str] = {
    Role.DATA_SCIENTIST: QT_TRANSLATE_NOOP("roles", "Data scientist"),
    Role.IT_OPERATIONS: QT_TRANSLATE_NOOP("roles", "IT operations"),
    Role.PROJECT_MANAGER: QT_TRANSLATE_NOOP("roles", "Project manager"),
    Role.POLICY_LEGAL: QT_TRANSLATE_NOOP("roles", "Policy & legal"),
    Role.PRIVACY_ETHICS: QT_TRANSLATE_NOOP("roles", "Privacy & ethics"),
    Role.DOMAIN_EXPERT: QT_TRANSLATE_NOOP("roles", "Domain expert"),
}
STATUS_LABELS: dict[Status, str] = {
    Status.PLANNED: QT_TRANSLATE_NOOP("status", "Planned"),
    Status.IN_PROGRESS: QT_TRANSLATE_NOOP("status", "In progress"),
    Status.IN_PLACE: QT_TRANSLATE_NOOP("status", "In place"),
}
KIND_LABELS: dict[LinkKind, str] = {
    LinkKind.FLOWS: QT_TRANSLATE_NOOP("links", "flows into"),
    LinkKind.GATES: QT_TRANSLATE_NOOP("links", "gates"),
    LinkKind.TRIGGERS: QT_TRANSLATE_NOOP("links", "triggers"),
    LinkKind.FEEDS_BACK: QT_TRANSLATE_NOOP("links", "feeds back to"),
}
CADENCE_LABELS: dict[Cadence, str] = {
    Cadence.CONTINUOUS: QT_TRANSLATE_NOOP("cadence", "Continuous"),
    Cadence.DAILY: QT_TRANSLATE_NOOP("cadence", "Daily"),
    Cadence.WEEKLY: QT_TRANSLATE_NOOP("cadence", "Weekly"),
    Cadence.MONTHLY: QT_TRANSLATE_NOOP("cadence", "Monthly"),
    Cadence.QUARTERLY: QT_TRANSLATE_NOOP("cadence", "Quarterly"),
    Cadence.YEARLY: QT_TRANSLATE_NOOP("cadence", "Yearly"),
    Cadence.ONCE: QT_TRANSLATE_NOOP("cadence", "Once (one-off)"),
}


def phase_label(phase: Phase) -> str:
    """The phase's full name."""
    return translate("phases", PHASE_LABELS[phase])


def phase_short(phase: Phase) -> str:
    """The phase's short name."""
    return translate("phases", PHASE_SHORT[phase])


def role_label(role: Role | None) -> str:
    """The role's name, or "No owner"."""
    if role is None:
        return translate("roles", "No owner")
    return translate("roles", ROLE_LABELS[role])


def status_label(status: Status) -> str:
    """The status's name."""
    return translate("status", STATUS_LABELS[status])


def kind_label(kind: LinkKind) -> str:
    """The link kind's phrase ("flows into", "gates", …)."""
    return translate("links", KIND_LABELS[kind])


def cadence_label(cadence: Cadence | None) -> str:
    """How often a practice runs ("Weekly", "Once (one-off)"), or "Not stated"."""
    if cadence is None:
        return translate("cadence", "Not stated")
    return translate("cadence", CADENCE_LABELS[cadence])


def scope_reason(scope: PackScope) -> str:
    """Whether a pack applies to the profile and why, as the checker words it."""
    mark = "✓" if scope.applies else "✗"
    return translate("scope", "{mark} {reason}").format(mark=mark, reason=scope.reason)
