"""The action list: planned and in-progress cards with owners (next-steps slide and CSV)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app.export.blocks import Para, Slide, Table, in_lane_order
from app.export.bundle import ExportBundle
from app.export.phase_slides import owner_label, phase_label
from app.i18n import status_label, translate
from models.palette import STATUS_GLYPHS
from models.phases import ALL_PHASES, Phase
from models.vocabulary import Status

_STATUS_ORDER = {Status.IN_PROGRESS: 0, Status.PLANNED: 1}


@dataclass(frozen=True)
class Action:
    """One row of the action list."""

    card: str
    phase: Phase
    owner: str
    status: Status
    notes: str


def action_rows(bundle: ExportBundle) -> list[Action]:
    """Cards not yet in place: in progress first, then planned, each in lifecycle order."""
    cards = list(bundle.strategy.cards.values())
    open_cards = []
    for phase in ALL_PHASES:
        open_cards += [
            c
            for c in in_lane_order([c for c in cards if c.phase is phase])
            if c.status in _STATUS_ORDER
        ]
    open_cards.sort(key=lambda c: _STATUS_ORDER[c.status])  # stable: keeps lifecycle order
    return [
        Action(
            card=c.title,
            phase=c.phase,
            owner=owner_label(c),
            status=c.status,
            notes=c.notes,
        )
        for c in open_cards
    ]


def next_steps_slide(bundle: ExportBundle) -> Sequence[Slide]:
    """Slide 8: the action list with owners."""
    rows = action_rows(bundle)
    if not rows:
        block: Para | Table = Para(
            translate("plan", "Every card is in place: no open actions."), muted=True
        )
    else:
        block = Table(
            header=(
                translate("plan", "Action"),
                translate("plan", "Phase"),
                translate("plan", "Owner"),
                translate("plan", "Status"),
            ),
            rows=tuple(
                (
                    a.card,
                    phase_label(a.phase),
                    a.owner,
                    f"{STATUS_GLYPHS[a.status]} {status_label(a.status)}",
                )
                for a in rows
            ),
            weights=(5, 2, 2, 2),
        )
    return (
        Slide(
            title=translate("plan", "Next steps"),
            subtitle=translate(
                "plan", "%n open action(s) (in progress first, then planned)", None, len(rows)
            ),
            blocks=(block,),
        ),
    )
