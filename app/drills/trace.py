"""Trace a what-if event through a strategy's graph: detected → handled → fed back.

Only active cards (in place or in progress) take part, through a
``DrillContext`` prepared once per strategy. Detection time is the detecting
card's cadence (or the event's default when the card states none); every link
crossed on the way to the response or back into the lifecycle costs
``handoff_days``. The search is a Dijkstra over the active cards and a BFS for
the feedback leg, both with settled/visited sets, so cycles of links cannot
make it loop.

A chain is "handled" only as a reviewer would accept it:

* a one-off activity (a consultation held once, a launch review) cannot detect
  an event that happens in operation;
* the response is another card than the one that raised the alarm, reached
  along links, and owned by a role the event names;
* the lesson travels on from the response, through cards other than the one
  that raised the alarm, into the phases it must reach — one card cannot
  detect, answer and learn from its own failure.
"""

from __future__ import annotations

import heapq
from collections import deque
from collections.abc import Iterable, Mapping, Sequence

from app.drills.context import DrillContext, Providers, prepare
from app.i18n import cadence_label, decimal, phase_label, quoted, role_label, translate
from models.drills import ChainBreak, DrillEvent, DrillOutcome, Stage, Timeline, TimelineStep
from models.phases import Phase
from models.strategy import Strategy
from models.vocabulary import Role

HANDOFF_DAYS = 1.0
"""Days one hand-over along a link costs (a ticket, a meeting, an email)."""

HORIZON_DAYS = 90.0
"""Days of harm counted for an event nobody handles."""

MAX_SUGGESTIONS = 3


def run_drills(
    strategy: Strategy | DrillContext,
    events: Iterable[DrillEvent],
    *,
    harm_unit: str = "people affected",
    providers: Providers | None = None,
    titles: Mapping[str, str] | None = None,
) -> tuple[Timeline, ...]:
    """Trace every event through one strategy (prepared once)."""
    context = strategy if isinstance(strategy, DrillContext) else prepare(strategy)
    return tuple(
        trace(event, context, harm_unit=harm_unit, providers=providers, titles=titles)
        for event in events
    )


def trace(
    event: DrillEvent,
    strategy: Strategy | DrillContext,
    *,
    harm_unit: str = "people affected",
    providers: Providers | None = None,
    titles: Mapping[str, str] | None = None,
    handoff_days: float = HANDOFF_DAYS,
    horizon_days: float = HORIZON_DAYS,
) -> Timeline:
    """Trace one event through a strategy and say how it fared.

    Args:
        event: the what-if event.
        strategy: the strategy, or a ``DrillContext`` prepared from it.
        harm_unit: the scenario's unit of harm, for the timeline.
        providers: capability → catalog keys, to suggest a card at the break point.
        titles: capability → its title in the current language, to name capabilities in
            the reasons (the key itself when not given).
        handoff_days: days one link crossed costs.
        horizon_days: days of harm counted when nobody handles the event.

    Returns:
        The timeline; its ``broken`` says where the chain breaks, if it does.
    """
    ctx = strategy if isinstance(strategy, DrillContext) else prepare(strategy)
    tracer = _Tracer(event, ctx, providers or {}, handoff_days, titles or {})
    steps = [
        TimelineStep(
            stage=Stage.OCCURRED,
            day=0.0,
            summary=translate("drills", "{event} arises in {phase}.").format(
                event=event.title, phase=phase_label(event.arises_in)
            ),
        )
    ]
    detectors = tracer.detectors()
    if not detectors:
        return _finish(
            event,
            steps,
            tracer.no_detection(),
            handled_day=None,
            harm_unit=harm_unit,
            horizon_days=horizon_days,
        )
    found = tracer.find_response(detectors)
    if found is None:
        first, first_day = detectors[0]
        steps.append(tracer.detected_step(first, first_day))
        broken = tracer.no_response(first)
        return _finish(
            event, steps, broken, handled_day=None, harm_unit=harm_unit, horizon_days=horizon_days
        )
    path, reached_day = found
    steps.append(tracer.detected_step(path[0], tracer.detect_day(path[0])))
    handled_day = reached_day + event.response_days
    steps.append(tracer.handled_step(path, handled_day))
    feedback = tracer.find_feedback(path[-1], path[0])
    if feedback is None:
        return _finish(
            event,
            steps,
            tracer.no_feedback(path[-1], path[0]),
            handled_day=handled_day,
            harm_unit=harm_unit,
            horizon_days=horizon_days,
        )
    fed_day = handled_day + (len(feedback) - 1) * handoff_days
    steps.append(tracer.fed_back_step(feedback, fed_day))
    return _finish(
        event, steps, None, handled_day=handled_day, harm_unit=harm_unit, horizon_days=horizon_days
    )


def _finish(
    event: DrillEvent,
    steps: list[TimelineStep],
    broken: ChainBreak | None,
    *,
    handled_day: float | None,
    harm_unit: str,
    horizon_days: float,
) -> Timeline:
    if handled_day is None:
        outcome = DrillOutcome.MISSED
        harm_days = horizon_days
    else:
        late = handled_day > event.deadline_days or broken is not None
        outcome = DrillOutcome.LATE if late else DrillOutcome.HANDLED
        harm_days = handled_day
    return Timeline(
        event_key=event.key,
        event_title=event.title,
        outcome=outcome,
        steps=tuple(steps),
        broken=broken,
        handled_day=handled_day,
        deadline_days=event.deadline_days,
        harm=round(event.harm_per_day * harm_days, 6),
        harm_unit=harm_unit,
    )


class _Tracer:
    """The searches and messages for one event on one prepared strategy."""

    def __init__(
        self,
        event: DrillEvent,
        ctx: DrillContext,
        providers: Providers,
        handoff_days: float,
        titles: Mapping[str, str],
    ) -> None:
        self.event = event
        self.titles = titles
        self.ctx = ctx
        self.providers = providers
        self.handoff_days = handoff_days
        respond = set(event.respond_capabilities)
        self.responders = frozenset(
            cid for cap in respond for cid in ctx.active_by_capability.get(cap, ())
        )

    # --- detection -------------------------------------------------------------------

    def detect_day(self, card_id: str) -> float:
        cadence = self.ctx.cards[card_id].cadence
        return cadence.days if cadence is not None else self.event.detect_days

    def _watchers(self) -> set[str]:
        return {
            cid
            for cap in self.event.detect_capabilities
            for cid in self.ctx.active_by_capability.get(cap, ())
        }

    def _one_off(self, card_id: str) -> bool:
        cadence = self.ctx.cards[card_id].cadence
        return cadence is not None and not cadence.recurring

    def detectors(self) -> list[tuple[str, float]]:
        """Active detecting cards that repeat in operation, with their time-to-detect."""
        ids = {cid for cid in self._watchers() if not self._one_off(cid)}
        return sorted(((cid, self.detect_day(cid)) for cid in ids), key=lambda p: (p[1], p[0]))

    def detected_step(self, card_id: str, day: float) -> TimelineStep:
        card = self.ctx.cards[card_id]
        how = (
            translate("drills", "its {cadence} cadence").format(cadence=cadence_label(card.cadence))
            if card.cadence
            else translate("drills", "no stated cadence")
        )
        return TimelineStep(
            stage=Stage.DETECTED,
            day=day,
            card_ids=(card_id,),
            role=card.owner_role,
            summary=translate("drills", "Detected by “{card}” after {days} ({how}).").format(
                card=card.title, days=_days(day), how=how
            ),
        )

    def no_detection(self) -> ChainBreak:
        cap = self.event.detect_capabilities[0]
        once = sorted(self._watchers())
        if once:
            title = self.ctx.cards[once[0]].title
            reason = translate(
                "drills",
                "Not detected: “{card}” runs once — a one-off activity cannot see what "
                "happens later, in operation. A practice that repeats is needed.",
            ).format(card=title)
            return self._break(Stage.DETECTED, reason, cap, None, once[:1])
        planned = self._planned(self.event.detect_capabilities)
        if planned:
            reason = translate(
                "drills",
                "Not detected: the only cards that could see it are still planned (“{card}”).",
            ).format(card=self.ctx.cards[planned[0]].title)
        else:
            reason = translate(
                "drills", "Not detected: no card in place or in progress provides {capabilities}."
            ).format(capabilities=self._either(self.event.detect_capabilities))
        return self._break(Stage.DETECTED, reason, cap, None, planned[:1], planned=planned)

    # --- response --------------------------------------------------------------------

    def accepts(self, card_id: str) -> bool:
        """Whether a reviewer would accept ``card_id`` as the response: it responds and is
        owned by a role the event names."""
        return (
            card_id in self.responders and self.ctx.cards[card_id].owner_role in self.event.owners
        )

    def find_response(self, detectors: list[tuple[str, float]]) -> tuple[list[str], float] | None:
        """The earliest accepted response card reached along links from a detector, with its path.

        A detector is never its own response: the alarm must travel to another card.
        """
        # (day, node, via, linked): "linked" says the node was reached along a link. ``tree``
        # records how each node was first expanded (a forest rooted at the detectors), so a
        # detector seeded at its own detection day can still be the response to another one.
        heap: list[tuple[float, str, str, bool]] = [(day, cid, "", False) for cid, day in detectors]
        heapq.heapify(heap)
        tree: dict[str, str] = {}
        tried: set[str] = set()
        while heap:
            day, node, via, linked = heapq.heappop(heap)
            if linked and node not in tried:
                tried.add(node)
                if self.accepts(node):
                    return [*_path_to(via, tree), node], day
            if node in tree:
                continue
            tree[node] = via
            for nxt in self.ctx.successors.get(node, ()):
                if nxt not in tried or nxt not in tree:
                    heapq.heappush(heap, (day + self.handoff_days, nxt, node, True))
        return None

    def handled_step(self, path: list[str], day: float) -> TimelineStep:
        card = self.ctx.cards[path[-1]]
        role = card.owner_role
        expected = self.event.response_owner
        owner = role_label(role) if role is not None else translate("drills", "nobody")
        summary = translate("drills", "Handled through “{card}” by {owner} on day {day}").format(
            card=card.title, owner=owner, day=_day(day)
        )
        if role not in self.event.owners:
            summary += translate("drills", "; the event expects {role}").format(
                role=role_label(expected)
            )
        return TimelineStep(
            stage=Stage.HANDLED,
            day=day,
            card_ids=tuple(path[1:]) or (path[-1],),
            role=role,
            summary=summary + ".",
        )

    def no_response(self, detector: str) -> ChainBreak:
        reachable = self._reachable(detector) - {detector}
        role = self.event.response_owner
        wanted = _or([role_label(r) for r in self.event.owners])
        near = sorted(c for c in self.responders if c in reachable)
        unowned = [c for c in near if self.ctx.cards[c].owner_role is None]
        if unowned:
            title = self.ctx.cards[unowned[0]].title
            reason = translate(
                "drills", "Detected, but “{card}” has no owner to act on it ({roles} expected)."
            ).format(card=title, roles=wanted)
            return self._break(Stage.HANDLED, reason, None, role, (unowned[0],))
        if near:
            card = self.ctx.cards[near[0]]
            owner = (
                role_label(card.owner_role) if card.owner_role else translate("drills", "nobody")
            )
            reason = translate(
                "drills",
                "Detected, but “{card}” is owned by {owner}; this event needs {roles} "
                "to act on it.",
            ).format(card=card.title, owner=owner, roles=wanted)
            return self._break(Stage.HANDLED, reason, None, role, (near[0],))
        if detector in self.responders:
            title = self.ctx.cards[detector].title
            reason = translate(
                "drills",
                "“{card}” raised the alarm and would answer it alone: one card cannot check "
                "its own work. Link it to a response owned by {roles}.",
            ).format(card=title, roles=wanted)
            cap = self.event.respond_capabilities[0]
            return self._break(Stage.HANDLED, reason, cap, role, (detector,))
        owned = sorted(
            c for c in self.responders if c != detector and self.ctx.cards[c].owner_role is not None
        )
        if owned:
            title = self.ctx.cards[owned[0]].title
            reason = translate(
                "drills",
                "Detected, but no link leads from “{source}” to “{target}”, which could respond.",
            ).format(source=self.ctx.cards[detector].title, target=title)
            return self._break(Stage.HANDLED, reason, None, None, (detector, owned[0]))
        cap = self.event.respond_capabilities[0]
        planned = self._planned(self.event.respond_capabilities)
        if planned:
            title = self.ctx.cards[planned[0]].title
            reason = translate(
                "drills",
                "Detected, but the only cards that could respond are still planned (“{card}”).",
            ).format(card=title)
            return self._break(Stage.HANDLED, reason, cap, role, (detector,), planned=planned)
        reason = translate(
            "drills",
            "Detected, but nothing reachable responds: no card in place provides {capabilities}.",
        ).format(capabilities=self._either(self.event.respond_capabilities))
        return self._break(Stage.HANDLED, reason, cap, role, (detector,))

    # --- feedback --------------------------------------------------------------------

    def find_feedback(self, start: str, detector: str = "") -> list[str] | None:
        """The shortest path from the response into a feedback target phase (BFS).

        The lesson must reach another card than the response, and never passes back
        through the card that raised the alarm.
        """
        targets = set(self.event.feedback_targets)
        parent: dict[str, str] = {start: "", detector: ""} if detector else {start: ""}
        queue = deque([start])
        while queue:
            node = queue.popleft()
            if node != start and self.ctx.cards[node].phase in targets:
                return _path_to(node, parent)
            for nxt in self.ctx.successors.get(node, ()):
                if nxt not in parent:
                    parent[nxt] = node
                    queue.append(nxt)
        return None

    def fed_back_step(self, path: list[str], day: float) -> TimelineStep:
        card = self.ctx.cards[path[-1]]
        return TimelineStep(
            stage=Stage.FED_BACK,
            day=day,
            card_ids=tuple(path[1:]) or (path[-1],),
            role=card.owner_role,
            summary=translate(
                "drills", "Lesson fed back through “{card}” into {phase} on day {day}."
            ).format(card=card.title, phase=phase_label(card.phase), day=_day(day)),
        )

    def no_feedback(self, responder: str, detector: str = "") -> ChainBreak:
        # A carrier is a reachable card that looks like it should pass the lesson on:
        # it sits in the feedback phase or provides one of the event's feedback capabilities.
        reachable = self._reachable(responder) - {responder, detector}
        wanted = set(self.event.feedback_capabilities)
        carriers = sorted(
            cid
            for cid in reachable
            if self.ctx.cards[cid].phase is Phase.FEEDBACK
            or wanted.intersection(self.ctx.cards[cid].capabilities)
        )
        phases = _or([phase_label(p) for p in self.event.feedback_targets])
        if carriers:
            title = self.ctx.cards[carriers[0]].title
            receivers = any(
                self.ctx.cards[cid].phase in self.event.feedback_targets
                for cid in self.ctx.successors
            )
            reason = (
                translate(
                    "drills", "Handled, but the lesson stops at “{card}”: link it into {phases}."
                )
                if receivers
                else translate(
                    "drills",
                    "Handled, but the lesson stops at “{card}”: add a practice in place to "
                    "receive it in {phases}.",
                )
            ).format(card=title, phases=phases)
            return self._break(Stage.FED_BACK, reason, None, None, (carriers[0],))
        elsewhere = sorted(
            cid
            for cap in self.event.feedback_capabilities
            for cid in self.ctx.active_by_capability.get(cap, ())
            if cid not in (responder, detector)
        )
        if elsewhere:
            title = self.ctx.cards[elsewhere[0]].title
            reason = translate(
                "drills",
                "Handled, but no link leads from “{source}” to “{target}”, which could carry "
                "the lesson into {phases}.",
            ).format(source=self.ctx.cards[responder].title, target=title, phases=phases)
            return self._break(Stage.FED_BACK, reason, None, None, (responder, elsewhere[0]))
        cap = self.event.feedback_capabilities[0]
        reason = translate(
            "drills", "Handled, but no path leads from the response back into {phases}."
        ).format(phases=phases)
        return self._break(Stage.FED_BACK, reason, cap, None, (responder,))

    # --- helpers ---------------------------------------------------------------------

    def _either(self, caps: Sequence[str]) -> str:
        """ "“a”, “b” or “c”", each capability by its title when known."""
        return _or([quoted(self.titles.get(c, c)) for c in caps])

    def _reachable(self, start: str) -> set[str]:
        seen = {start}
        queue = deque([start])
        while queue:
            for nxt in self.ctx.successors.get(queue.popleft(), ()):
                if nxt not in seen:
                    seen.add(nxt)
                    queue.append(nxt)
        return seen

    def _planned(self, caps: Iterable[str]) -> tuple[str, ...]:
        return tuple(
            sorted({cid for cap in caps for cid in self.ctx.planned_by_capability.get(cap, ())})
        )

    def _break(
        self,
        stage: Stage,
        reason: str,
        capability: str | None,
        role: Role | None,
        card_ids: Sequence[str],
        *,
        planned: Sequence[str] = (),
    ) -> ChainBreak:
        suggestions = (
            tuple(self.providers.get(capability, ())[:MAX_SUGGESTIONS]) if capability else ()
        )
        return ChainBreak(
            stage=stage,
            reason=reason,
            capability=capability,
            role=role,
            suggestions=suggestions,
            card_ids=tuple(card_ids),
            planned=tuple(planned),
        )


def _path_to(node: str, parent: Mapping[str, str]) -> list[str]:
    path = [node]
    # Parents form a tree rooted at "" (the search's own bookkeeping), so this ends.
    while parent[path[-1]]:
        path.append(parent[path[-1]])
    path.reverse()
    return path


def _or(words: Sequence[str]) -> str:
    """ "a", "a or b", "a, b or c" in the current language."""
    if len(words) <= 1:
        return "".join(words)
    return translate("drills", "{some} or {last}").format(
        some=", ".join(words[:-1]), last=words[-1]
    )


def _days(days: float) -> str:
    if days < 1.0:
        return translate("drills", "%n hour(s)", None, round(days * 24))
    if days == int(days):
        return translate("drills", "%n day(s)", None, int(days))
    return translate("drills", "{days} days").format(days=decimal(days))


def _day(day: float) -> str:
    return decimal(day)
