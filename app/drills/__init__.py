"""What-if drills: events traced through a strategy's graph, and a simulated year in production.

``load_events`` reads the events, ``trace``/``run_drills`` follow each through
the strategy, ``simulate_year`` runs the seeded year and ``drill_report``
gathers both for the drills slide.

``closing_operation`` loads on first use (PEP 562): it needs every operation
model (~0.01 s to build), which the checker and the CLI, loading events, do not.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.drills.context import DrillContext, Providers, prepare
from app.drills.load import DrillLoad, load_events, load_simulation
from app.drills.report import catalog_providers, drill_report, outcome_row
from app.drills.simulate import harm_totals, simulate_year
from app.drills.trace import run_drills, trace

if TYPE_CHECKING:
    from app.drills.fix import closing_operation

__all__ = [
    "DrillContext",
    "DrillLoad",
    "Providers",
    "catalog_providers",
    "closing_operation",
    "drill_report",
    "harm_totals",
    "load_events",
    "load_simulation",
    "outcome_row",
    "prepare",
    "run_drills",
    "simulate_year",
    "trace",
]


def __getattr__(name: str) -> object:
    if name != "closing_operation":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from app.drills.fix import closing_operation

    globals()[name] = closing_operation  # later lookups skip this function
    return closing_operation
