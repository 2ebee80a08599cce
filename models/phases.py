"""The six lifecycle phases, the governance band and the canonical lifecycle graph."""

from __future__ import annotations

import itertools
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import networkx as nx


class Phase(StrEnum):
    """A lane on the canvas: one of the six lifecycle phases, or governance."""

    DATA = "data"
    DEVELOP = "develop"
    EVALUATE = "evaluate"
    DEPLOY = "deploy"
    MONITOR = "monitor"
    FEEDBACK = "feedback"
    GOVERNANCE = "governance"

    @property
    def label(self) -> str:
        """The phase's full name as shown to users."""
        return PHASE_TITLES[self]

    @property
    def short_title(self) -> str:
        """A one- or two-word name for tight spaces (lane headers, chips)."""
        return PHASE_SHORT_TITLES[self]

    @property
    def is_lifecycle(self) -> bool:
        """True for the six cycle phases, False for the governance band."""
        return self is not Phase.GOVERNANCE


LIFECYCLE: tuple[Phase, ...] = (
    Phase.DATA,
    Phase.DEVELOP,
    Phase.EVALUATE,
    Phase.DEPLOY,
    Phase.MONITOR,
    Phase.FEEDBACK,
)
"""The six phases in lifecycle order; feedback loops back to data."""

ALL_PHASES: tuple[Phase, ...] = (*LIFECYCLE, Phase.GOVERNANCE)

PHASE_TITLES: dict[Phase, str] = {
    Phase.DATA: "Data Management & Preparation",
    Phase.DEVELOP: "Model Development & Training",
    Phase.EVALUATE: "Model Evaluation & Validation",
    Phase.DEPLOY: "Model Deployment & Serving",
    Phase.MONITOR: "Monitoring & Maintenance",
    Phase.FEEDBACK: "Feedback Loop & Continuous Improvement",
    Phase.GOVERNANCE: "Governance (cross-cutting)",
}

PHASE_SHORT_TITLES: dict[Phase, str] = {
    Phase.DATA: "Data",
    Phase.DEVELOP: "Development",
    Phase.EVALUATE: "Evaluation",
    Phase.DEPLOY: "Deployment",
    Phase.MONITOR: "Monitoring",
    Phase.FEEDBACK: "Feedback",
    Phase.GOVERNANCE: "Governance",
}


def lifecycle_index(phase: Phase) -> int:
    """Position of a phase in lifecycle order; governance sorts after feedback."""
    return ALL_PHASES.index(phase)


@cache
def lifecycle_graph() -> nx.DiGraph:
    """The canonical lifecycle as a directed cycle of the six phases.

    Nodes carry ``order`` (0–5) and ``title``; the edge feedback → data has
    ``loop=True``. Governance is not part of the cycle. The graph is frozen:
    callers share one instance and must not mutate it.
    """
    # NetworkX is imported here, not at module level: every model imports this
    # module, and the GUI's start-up should not pay for NetworkX before it needs it.
    import networkx as nx

    graph = nx.DiGraph(name="lifecycle")
    for order, phase in enumerate(LIFECYCLE):
        graph.add_node(phase, order=order, title=phase.label)
    for source, target in itertools.pairwise(LIFECYCLE):
        graph.add_edge(source, target, loop=False)
    graph.add_edge(LIFECYCLE[-1], LIFECYCLE[0], loop=True)
    return nx.freeze(graph)


def is_forward(source: Phase, target: Phase) -> bool:
    """Whether a link from ``source`` to ``target`` follows the lifecycle direction.

    Links inside one phase, to or from governance, and the loop from feedback
    back to data or development count as forward; everything else runs against
    the lifecycle.
    """
    if source is Phase.GOVERNANCE or target is Phase.GOVERNANCE:
        return True
    if source is Phase.FEEDBACK and target in (Phase.DATA, Phase.DEVELOP):
        return True
    return lifecycle_index(target) >= lifecycle_index(source)
