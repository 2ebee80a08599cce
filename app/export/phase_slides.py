"""The lifecycle canvas slide and one slide per phase (and the governance band)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from app import i18n
from app.export.blocks import Entries, Entry, LifecycleCanvas, Slide, SlideKind, in_lane_order
from app.export.bundle import ExportBundle
from app.i18n import cadence_label, link_label, phase_short, quoted, role_label, translate
from models.palette import PHASE_MARKS, STATUS_GLYPHS
from models.phases import ALL_PHASES, LIFECYCLE, Phase
from models.strategy import Card, Link


def canvas_slide(bundle: ExportBundle) -> Sequence[Slide]:
    """The whole board as vector graphics (split by phase, never rotated or cut)."""
    strategy = bundle.strategy
    return (
        Slide(
            title=translate("plan", "Lifecycle canvas"),
            subtitle=translate("plan", "{cards} cards and {links} links").format(
                cards=len(strategy.cards), links=len(strategy.links)
            )
            + _empty_phases(bundle),
            kind=SlideKind.CANVAS,
            blocks=(
                LifecycleCanvas(
                    cards=tuple(strategy.cards.values()), links=tuple(strategy.links.values())
                ),
            ),
        ),
    )


def _empty_phases(bundle: ExportBundle) -> str:
    used = {card.phase for card in bundle.strategy.cards.values()}
    empty = [phase_short(p) for p in ALL_PHASES if p not in used]
    return (
        " · " + translate("plan", "no cards yet in {phases}").format(phases=", ".join(empty))
        if empty
        else ""
    )


def phase_label(phase: Phase) -> str:
    """A phase's short name with its non-colour mark: ``1 · Data``."""
    return f"{PHASE_MARKS[phase]} · {phase_short(phase)}"


def status_label(card: Card) -> str:
    """A card's status with its glyph: ``◐ In progress``."""
    return f"{STATUS_GLYPHS[card.status]} {i18n.status_label(card.status)}"


def owner_label(card: Card) -> str:
    """A card's owner role, or a visible gap."""
    return role_label(card.owner_role) if card.owner_role else translate("plan", "No owner yet")


def card_entry(bundle: ExportBundle, card: Card, outgoing: Sequence[Link] = ()) -> Entry:
    """A card as a list entry: owner, status, capabilities, cadence, links and notes.

    ``outgoing`` are the card's links to other cards (found once for all cards by
    the caller: asking the strategy per card is quadratic).
    """
    strategy = bundle.strategy
    meta = [
        translate("plan", "Owner: {owner}  ·  Status: {status}").format(
            owner=owner_label(card), status=status_label(card)
        )
    ]
    if card.capabilities:
        titles = [
            cap.title if (cap := bundle.library.capabilities.get(key)) else key
            for key in card.capabilities
        ]
        meta.append(
            translate("plan", "Provides: {capabilities}").format(capabilities=", ".join(titles))
        )
    if card.cadence:
        meta.append(
            translate("plan", "Looks: {cadence}").format(cadence=cadence_label(card.cadence))
        )
    if outgoing:
        targets = [
            f"{link_label(link.kind)} {quoted(strategy.cards[link.target].title)}"
            for link in outgoing
        ]
        meta.append(translate("plan", "Links: {targets}").format(targets="; ".join(targets)))
    return Entry(title=card.title, meta=tuple(meta), body=card.notes, phase=card.phase, marker="")


def phase_slides(bundle: ExportBundle) -> Sequence[Slide]:
    """One section per phase with cards (and governance), each card with its notes.

    A phase without cards gets no section of its own: the board shows its empty
    lane, and the canvas section names it.
    """
    slides: list[Slide] = []
    cards = list(bundle.strategy.cards.values())
    outgoing: dict[str, list[Link]] = defaultdict(list)
    for link in sorted(bundle.strategy.links.values(), key=lambda lk: lk.id):
        outgoing[link.source].append(link)
    for phase in ALL_PHASES:
        mine = in_lane_order([c for c in cards if c.phase is phase])
        position = (
            translate("plan", "Phase {number} of {total}").format(
                number=PHASE_MARKS[phase], total=len(LIFECYCLE)
            )
            if phase.is_lifecycle
            else translate("plan", "Cross-cutting controls")
        )
        count = translate("plan", "%n card(s)", None, len(mine))
        if not mine:
            continue
        blocks = (Entries(tuple(card_entry(bundle, c, outgoing[c.id]) for c in mine)),)
        slides.append(
            Slide(
                title=i18n.phase_label(phase),
                subtitle=f"{position} · {count}",
                blocks=blocks,
                columns=2,
                phase=phase,
            )
        )
    return slides
