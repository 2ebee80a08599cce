"""What-if drills: events traced through a strategy's graph, and a simulated year in production.

``load_events`` reads the events, ``trace``/``run_drills`` follow each through
the strategy, ``simulate_year`` runs the seeded year and ``drill_report``
gathers both for the drills slide.
"""

from app.drills.context import DrillContext, Providers, prepare
from app.drills.fix import closing_operation
from app.drills.load import DrillLoad, load_events, load_simulation
from app.drills.report import catalog_providers, drill_report, outcome_row
from app.drills.simulate import harm_totals, simulate_year
from app.drills.trace import run_drills, trace

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
