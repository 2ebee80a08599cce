"""User-visible names of the model's vocabularies, passed through Qt's translator.

The models carry English labels for the CLI and the PDF; the GUI shows them
through ``QCoreApplication.translate`` so the interface can be translated.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from models.phases import Phase
from models.vocabulary import Cadence, LinkKind, Role, Status

if TYPE_CHECKING:  # labels stays light: the scope record is only named in a signature
    from app.checker.scope import PackScope


def tr(text: str, context: str = "labels") -> str:
    """Translate ``text`` in ``context`` (identity until a translation is installed)."""
    return QCoreApplication.translate(context, text)


def phase_label(phase: Phase) -> str:
    """The phase's full name."""
    return tr(phase.label, "phases")


def phase_short(phase: Phase) -> str:
    """The phase's short name."""
    return tr(phase.short_title, "phases")


def role_label(role: Role | None) -> str:
    """The role's name, or "No owner"."""
    return tr(role.label, "roles") if role is not None else tr("No owner", "roles")


def status_label(status: Status) -> str:
    """The status's name."""
    return tr(status.label, "status")


def kind_label(kind: LinkKind) -> str:
    """The link kind's phrase ("flows into", "gates", …)."""
    return tr(kind.label, "links")


def cadence_label(cadence: Cadence | None) -> str:
    """How often a practice runs ("Weekly", "Once (one-off)"), or "Not stated"."""
    if cadence is None:
        return tr("Not stated", "cadence")
    return tr(cadence.label, "cadence")


def scope_reason(scope: PackScope) -> str:
    """Whether a pack applies to the profile and why, as the checker words it."""
    mark = "✓" if scope.applies else "✗"
    return tr("{mark} {reason}", "scope").format(mark=mark, reason=scope.reason)
