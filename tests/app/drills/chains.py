"""Strategies built around one drill event: the full chain, or the chain with one link missing."""

from __future__ import annotations

from dataclasses import dataclass

from models.drills import DrillEvent
from models.phases import Phase
from models.strategy import Card, Link, Strategy
from models.vocabulary import Cadence, Role, Status

# A capability no shipped event detects or responds with, for cards that must only be "there".
NEUTRAL = "experiment-tracking"


@dataclass(frozen=True)
class Chain:
    """A strategy and the ids of its chain's cards, in the order a drill should light them."""

    strategy: Strategy
    detector: str
    responder: str
    lessons: str
    target: str

    @property
    def order(self) -> tuple[str, ...]:
        return (self.detector, self.responder, self.lessons, self.target)


def detect_cap(event: DrillEvent) -> str:
    """A capability that detects ``event`` but does not also respond to it."""
    return next(c for c in event.detect_capabilities if c not in event.respond_capabilities)


def respond_cap(event: DrillEvent) -> str:
    """A capability that responds to ``event`` but does not also detect it."""
    return next(c for c in event.respond_capabilities if c not in event.detect_capabilities)


def chain_strategy(
    event: DrillEvent,
    *,
    detect: bool = True,
    detect_status: Status = Status.IN_PLACE,
    cadence: Cadence | None = Cadence.CONTINUOUS,
    owner: Role | None = None,
    owned: bool = True,
    respond_status: Status = Status.IN_PLACE,
    link_detect_to_respond: bool = True,
    feedback: bool = True,
) -> Chain:
    """Detector → responder → lessons-learned → a card in the event's first feedback phase.

    Each keyword removes or weakens one link of the chain.
    """
    detector = Card(
        id="detector",
        title="Detector",
        phase=Phase.MONITOR,
        owner_role=Role.IT_OPERATIONS,
        status=detect_status,
        capabilities=(detect_cap(event) if detect else NEUTRAL,),
        cadence=cadence,
    )
    responder = Card(
        id="responder",
        title="Responder",
        phase=Phase.MONITOR,
        owner_role=(owner or event.response_owner) if owned else None,
        status=respond_status,
        capabilities=(respond_cap(event),),
    )
    lessons = Card(
        id="lessons",
        title="Lessons learned",
        phase=Phase.FEEDBACK,
        owner_role=Role.PROJECT_MANAGER,
        status=Status.IN_PLACE,
        capabilities=("lessons-learned",),
    )
    target = Card(
        id="target",
        title="Lifecycle target",
        phase=event.feedback_targets[0],
        owner_role=Role.DATA_SCIENTIST,
        status=Status.IN_PLACE,
        capabilities=(NEUTRAL,),
    )
    pairs = [("responder", "lessons")]
    if link_detect_to_respond:
        pairs.append(("detector", "responder"))
    if feedback:
        pairs.append(("lessons", "target"))
    links = [Link(id=f"{a}-{b}", source=a, target=b) for a, b in pairs]
    strategy = Strategy(
        id="chain",
        workshop_id="w",
        scenario_key="s",
        name=f"Built for {event.key}",
        cards={c.id: c for c in (detector, responder, lessons, target)},
        links={lk.id: lk for lk in links},
    )
    return Chain(strategy, "detector", "responder", "lessons", "target")


def empty_strategy() -> Strategy:
    """A strategy with no cards at all."""
    return Strategy(id="empty", workshop_id="w", scenario_key="s", name="Empty")
