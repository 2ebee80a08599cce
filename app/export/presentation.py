"""The presentation's slides: what a team shows in five minutes.

Title and team; the scenario in three lines; the board (split by phase where
its cards would otherwise be too small, ``board_layout``); the gaps that would
hurt first, ranked as the checker ranks them, with the articles that demand
them; the drills in one picture (added by the drills section); next steps with
owners; and where the law and the rule packs came from. At most ten slides for
a workshop-sized board, reading text 18 pt or more, no internal rule ids, no
slide without content. Each builder returns slides of ``Audience.TALK``; the
full plan (``Audience.PLAN``) is built from the same bundle in the same list.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from app.export.actions import action_rows
from app.export.blocks import (
    Audience,
    Block,
    Entries,
    Entry,
    Facts,
    LifecycleCanvas,
    Para,
    Slide,
    SlideKind,
    Table,
)
from app.export.bundle import ExportBundle
from app.export.checked import (
    STATE_WORDS,
    STRUCTURE,
    counts,
    integrity_text,
    law_as_of,
    long_date,
)
from app.i18n import quoted, role_label, status_label, translate
from models.findings import CheckResult, TopGap
from models.palette import STATUS_GLYPHS
from models.vocabulary import FindingState, Status

TALK = Audience.TALK
BOARD_BUDGET = 3
"""Slides the presentation gives the board; a bigger board shows what fits per phase."""
MAX_GAPS = 4
MAX_CITATIONS = 3
MAX_ACTIONS = 6


def talk_title(bundle: ExportBundle) -> Sequence[Slide]:
    """Title and team: the strategy, the team and its members with their roles."""
    workshop = bundle.workshop
    when = workshop.date or bundle.exported_at.date()
    members = bundle.team.members if bundle.team else ()
    blocks: list[Block] = []
    if members:
        blocks.append(Facts(tuple((m.name, role_label(m.role)) for m in members)))
    else:
        blocks.append(Para(translate("presentation", "No team members recorded."), muted=True))
    line = f"{workshop.name} · {long_date(when)}"
    if workshop.facilitator:
        line += " · " + translate("presentation", "facilitated by %1").replace(
            "%1", workshop.facilitator
        )
    blocks.append(Para(line, muted=True))
    return (
        Slide(
            title=bundle.strategy.name,
            subtitle=f"{bundle.team_name} · " + translate("presentation", "MLOps strategy"),
            kind=SlideKind.TITLE,
            blocks=tuple(blocks),
            audience=TALK,
        ),
    )


def talk_scenario(bundle: ExportBundle) -> Sequence[Slide]:
    """The scenario in three lines: what the system does, the goal, the hard part."""
    scenario = bundle.scenario
    lines = (
        Entry(title=translate("presentation", "What the system does"), body=scenario.summary),
        Entry(title=translate("presentation", "The goal"), body=scenario.goals[0]),
        Entry(title=translate("presentation", "The hard part"), body=scenario.challenges[0]),
    )
    return (
        Slide(
            title=translate("presentation", "The scenario"),
            subtitle=scenario.title,
            blocks=(Entries(lines),),
            audience=TALK,
        ),
    )


def _status_counts(bundle: ExportBundle) -> str:
    counted = Counter(card.status for card in bundle.strategy.cards.values())
    words = {
        Status.IN_PLACE: translate("presentation", "%n in place", None, counted[Status.IN_PLACE]),
        Status.IN_PROGRESS: translate(
            "presentation", "%n in progress", None, counted[Status.IN_PROGRESS]
        ),
        Status.PLANNED: translate("presentation", "%n planned", None, counted[Status.PLANNED]),
    }
    parts = [f"{STATUS_GLYPHS[s]} {words[s]}" for s in reversed(Status)]
    total = len(bundle.strategy.cards)
    return translate("presentation", "%n card(s)", None, total) + " · " + " · ".join(parts)


def talk_board(bundle: ExportBundle) -> Sequence[Slide]:
    """The board, legible: whole, or split by phase (at most ``BOARD_BUDGET`` slides)."""
    strategy = bundle.strategy
    if not strategy.cards:
        return (
            Slide(
                title=translate("presentation", "The board"),
                blocks=(Para(translate("presentation", "The board has no cards yet.")),),
                audience=TALK,
            ),
        )
    return (
        Slide(
            title=translate("presentation", "The board"),
            subtitle=_status_counts(bundle),
            kind=SlideKind.CANVAS,
            blocks=(
                LifecycleCanvas(
                    cards=tuple(strategy.cards.values()),
                    links=tuple(strategy.links.values()),
                    budget=BOARD_BUDGET,
                ),
            ),
            audience=TALK,
        ),
    )


def _gap(bundle: ExportBundle, gap: TopGap) -> Entry:
    cites = list(gap.citations[:MAX_CITATIONS])
    if len(gap.citations) > MAX_CITATIONS:
        cites.append(
            translate("presentation", "and %n more", None, len(gap.citations) - MAX_CITATIONS)
        )
    meta = ["; ".join(cites) or translate("presentation", "The lifecycle's own structure")]
    if gap.state is FindingState.PLANNED and gap.card_ids:
        cards = bundle.strategy.cards
        titles = [quoted(cards[c].title) for c in gap.card_ids[:2] if c in cards]
        meta.append(
            translate("presentation", "Planned, not yet in place:") + " " + "; ".join(titles)
        )
    elif gap.fixes:
        meta.append(
            translate("presentation", "Close it with:") + " " + bundle.catalog_title(gap.fixes[0])
        )
    return Entry(title=gap.title, meta=tuple(meta), marker=f"{gap.rank} {STATE_WORDS[gap.state]}")


def talk_gaps(bundle: ExportBundle) -> Sequence[Slide]:
    """The gaps that would hurt first, ranked, with the articles that demand them."""
    check = bundle.check
    title = translate("presentation", "The gaps that would hurt first")
    if check is None:
        return (
            Slide(
                title=title,
                blocks=(
                    Para(translate("presentation", "This strategy was not checked before export.")),
                ),
                audience=TALK,
            ),
        )
    when = law_as_of(check) or translate("presentation", "law of the day")
    blocks: list[Block] = []
    for finding in check.findings:
        if finding.state is FindingState.PROHIBITED:
            blocks.append(
                Para(
                    translate("presentation", "Blocking: a prohibited practice — %1.").replace(
                        "%1", finding.title
                    )
                )
            )
    subtitle = translate("presentation", "Ranked by what would hurt first") + f" · {when}"
    return (
        _gaps_slide(
            bundle, check, title=title, subtitle=subtitle, lead=tuple(blocks), count=MAX_GAPS
        ),
    )


def _gaps_slide(
    bundle: ExportBundle,
    check: CheckResult,
    *,
    title: str,
    subtitle: str,
    lead: tuple[Block, ...],
    count: int,
) -> Slide:
    """The gaps slide with the first ``count`` gaps; ``shorter`` gives it with one fewer."""
    blocks = list(lead)
    gaps = check.top_gaps[:count]
    if gaps:
        blocks.append(Entries(tuple(_gap(bundle, g) for g in gaps)))
        rest = len(check.top_gaps) - len(gaps)
        tail = " " + translate("presentation", "and %n more gap(s)", None, rest) if rest > 0 else ""
        text = translate("presentation", "Findings: %1%2 — all in the full plan.")
        blocks.append(Para(text.replace("%1", counts(check)).replace("%2", tail), True))
    elif check.gaps:
        blocks.append(
            Para(
                translate("presentation", "Findings: %1 — ranked in the full plan.").replace(
                    "%1", counts(check)
                )
            )
        )
    else:
        blocks.append(
            Para(
                translate(
                    "presentation", "No gaps: every rule in force is carried by cards in place."
                )
            )
        )
    fewer = min(count, len(check.top_gaps)) - 1

    def shorter() -> Slide | None:
        # One gap fewer (counted in the line below) rather than a slide of one line.
        if fewer < 1:
            return None
        return _gaps_slide(bundle, check, title=title, subtitle=subtitle, lead=lead, count=fewer)

    return Slide(
        title=title,
        subtitle=subtitle,
        blocks=tuple(blocks),
        audience=TALK,
        shorter=shorter if fewer >= 1 else None,
    )


@dataclass(frozen=True)
class _Step:
    action: str
    owner: str
    status: str


def next_steps(bundle: ExportBundle) -> list[_Step]:
    """What to do next, in order: close the top gaps, finish what is under way, start the rest."""
    cards = bundle.strategy.cards
    steps: list[_Step] = []
    seen: set[str] = set()
    for gap in bundle.check.top_gaps if bundle.check else ():
        if gap.state is FindingState.PLANNED:
            for card_id in gap.card_ids:
                card = cards.get(card_id)
                if card is not None and card_id not in seen:
                    seen.add(card_id)
                    owner = (
                        role_label(card.owner_role)
                        if card.owner_role
                        else translate("presentation", "to be named")
                    )
                    steps.append(
                        _Step(
                            translate("presentation", "Put “%1” in place").replace(
                                "%1", card.title
                            ),
                            owner,
                            status_label(card.status),
                        )
                    )
        elif gap.state is FindingState.OPEN and gap.fixes:
            entry = bundle.library.catalog.get(gap.fixes[0])
            owner = (
                role_label(entry.owner_role) if entry else translate("presentation", "to be named")
            )
            add = translate("presentation", "Add “%1”").replace(
                "%1", bundle.catalog_title(gap.fixes[0])
            )
            steps.append(_Step(add, owner, translate("checked", "Missing")))
    by_title = {c.title: c.id for c in cards.values()}
    for action in action_rows(bundle):
        card_id = by_title.get(action.card, action.card)
        if card_id in seen:
            continue
        seen.add(card_id)
        verb = (
            translate("presentation", "Finish “%1”")
            if action.status is Status.IN_PROGRESS
            else translate("presentation", "Start “%1”")
        )
        owner = action.owner
        steps.append(_Step(verb.replace("%1", action.card), owner, status_label(action.status)))
    return steps


def talk_next_steps(bundle: ExportBundle) -> Sequence[Slide]:
    """Next steps with owners: the first few, the rest counted (they are in the plan)."""
    steps = next_steps(bundle)
    if not steps:
        block: tuple[Block, ...] = (
            Para(translate("presentation", "Every card is in place and no gap is open.")),
        )
    else:
        shown = steps[:MAX_ACTIONS]
        block = (
            Table(
                header=(
                    translate("presentation", "Next step"),
                    translate("presentation", "Owner"),
                    translate("presentation", "Now"),
                ),
                rows=tuple((s.action, s.owner, s.status) for s in shown),
            ),
        )
        if len(steps) > len(shown):
            more = len(steps) - len(shown)
            block += (
                Para(
                    translate(
                        "presentation", "+ %n more in the full plan's action list.", None, more
                    ),
                    muted=True,
                ),
            )
    return (
        Slide(
            title=translate("presentation", "Next steps"),
            subtitle=translate(
                "presentation", "Closing the top gaps first, then what is under way"
            ),
            blocks=block,
            audience=TALK,
        ),
    )


def talk_sources(bundle: ExportBundle) -> Sequence[Slide]:
    """Where the judgement came from: the law's date and each rule pack's version and hash."""
    check = bundle.check
    if check is None:
        return ()
    when = (
        long_date(check.checked_on)
        if check.checked_on
        else translate("checked", "an unrecorded date")
    )
    said = translate("presentation", "Checked against the law as of %1.").replace("%1", when)
    blocks: tuple[Block, ...] = (Para(said),)
    packs = [c for c in check.coverage if c.pack != STRUCTURE]
    if packs:
        # One line a pack: its short name and the first digits of its file's hash, which
        # say exactly which text was applied; the plan spells out every version.
        rows = tuple(
            (
                c.title if len(c.title) <= 50 else c.title.split(" — ")[0],
                f"{c.sha256[:12]} ({integrity_text(c.integrity)})"
                if c.sha256
                else c.version_label or "—",
            )
            for c in packs
        )
        header = (
            translate("presentation", "Rule pack"),
            translate("presentation", "File hash (SHA-256)"),
        )
        blocks += (Table(header=header, rows=rows),)
    else:
        blocks += (Para(translate("presentation", "No rule pack was selected.")),)
    blocks += (
        Para(
            translate(
                "presentation", "Versions, every card, finding and citation: in the full plan."
            ),
            muted=True,
        ),
    )
    return (
        Slide(title=translate("presentation", "How it was checked"), blocks=blocks, audience=TALK),
    )


TALK_OPENING = (talk_title, talk_scenario, talk_board, talk_gaps)
"""The presentation's slides before the extra sections (drills come next)."""
TALK_CLOSING = (talk_next_steps, talk_sources)
"""The presentation's last slides."""
