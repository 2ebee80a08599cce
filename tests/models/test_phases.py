"""The six phases and the canonical lifecycle graph."""

from __future__ import annotations

import networkx as nx

from models.phases import ALL_PHASES, LIFECYCLE, Phase, is_forward, lifecycle_graph


def test_lifecycle_is_a_cycle_of_six_phases() -> None:
    graph = lifecycle_graph()
    assert list(graph.nodes) == list(LIFECYCLE)
    assert len(LIFECYCLE) == 6
    cycles = list(nx.simple_cycles(graph))
    assert len(cycles) == 1 and len(cycles[0]) == 6
    assert graph.edges[Phase.FEEDBACK, Phase.DATA]["loop"] is True


def test_governance_is_outside_the_cycle() -> None:
    assert Phase.GOVERNANCE in ALL_PHASES
    assert Phase.GOVERNANCE not in lifecycle_graph()


def test_every_phase_has_a_title() -> None:
    for phase in ALL_PHASES:
        assert phase.label and phase.short_title


def test_forward_direction() -> None:
    assert is_forward(Phase.DATA, Phase.DEVELOP)
    assert is_forward(Phase.DATA, Phase.DATA)
    assert is_forward(Phase.FEEDBACK, Phase.DATA)
    assert is_forward(Phase.GOVERNANCE, Phase.DEPLOY)
    assert not is_forward(Phase.DEPLOY, Phase.DEVELOP)
    assert not is_forward(Phase.MONITOR, Phase.DATA)
