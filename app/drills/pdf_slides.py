"""The drills slides: every event's outcome and the year in production (the full plan),
and the drills in one picture (the presentation).

The export takes extra sections as slide builders (``ExportBundle.extra_sections``);
``drills_section`` makes one from a ``DrillReport``, so the export package
needs no knowledge of drills. ``drills_sections_for`` prepares the events and
rules once and gives the builders for any strategy (the CLI's single and
batch exports use it; the GUI can too).

The slides carry raw text in the export's blocks; the export's renderers
clean and escape it (PDF paragraph markup, Markdown) as for every other slide.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app.drills.context import Providers
from app.drills.render import outcome_word
from app.drills.report import drill_report
from app.drills.simulate import harm_totals
from app.export.blocks import Audience, Block, Bullets, ColumnBreak, Heading, Para, Slide, Table
from app.export.bundle import ExportBundle, SlideBuilder
from app.export.linechart import LineChart, Mark, Marker, Panel, Series
from app.i18n import decimal, grouped, percent, role_label, translate
from models.content import Scenario
from models.drills import (
    DrillEvent,
    DrillOutcome,
    DrillReport,
    OutcomeRow,
    SimulationParams,
    Stage,
    YearSimulation,
)
from models.palette import PHASE_COLOURS
from models.phases import Phase
from models.strategy import Strategy
from models.vocabulary import Role

DRILLS_TITLE = "Drills"
YEAR_TITLE = "Drills: a year in production"
PICTURE_TITLE = "Drills: a year in production"
"""The presentation's one drills slide."""
ACCURACY_AXIS = "Accuracy (%)"
GAP_AXIS = "Gap between subgroups (percentage points)"
"""The fairness panel's value axis: a difference of two accuracies, in points."""
# The Okabe–Ito blue and vermillion of the shared palette, as on the app's year chart:
# a pair that stays apart under every common colour-vision deficiency.
WITH_COLOUR = PHASE_COLOURS[Phase.DEPLOY]
WITHOUT_COLOUR = PHASE_COLOURS[Phase.MONITOR]
WITH_LABEL = "With the team's controls"
WITHOUT_LABEL = "Without controls"
OUTCOME_GLYPHS = {
    DrillOutcome.HANDLED: "✓",
    DrillOutcome.LATE: "◷",
    DrillOutcome.MISSED: "✕",
}
"""The outcome as a shape (check, clock, cross), matching the app's drills dock."""
OUTCOME_HEADER = ("Event", "Outcome", "Detected by", "Handled by", "Harm")
"""The outcome table's columns; the summary above it names the unit of harm."""


def outcome_label(outcome: DrillOutcome) -> str:
    """The outcome as glyph and word: ``✓ handled``, ``◷ late``, ``✕ missed``."""
    return f"{OUTCOME_GLYPHS[outcome]} {outcome_word(outcome)}"


def number(value: float) -> str:
    """A harm figure: whole numbers from 10 up, one decimal below."""
    return (
        grouped(value) if value >= 10 else grouped(value, 1).removesuffix(".0").removesuffix(",0")
    )


def _day(day: float | None) -> str:
    return "" if day is None else translate("drill slides", "day {day}").format(day=decimal(day))


def _needs(bundle: ExportBundle, missing: str) -> str:
    """What would close a break, in words: a capability's title, an owner role, or a link."""
    if missing.startswith("owner: "):
        value = missing.removeprefix("owner: ")
        try:
            role = role_label(Role(value))
        except ValueError:
            role = value
        return translate("drill slides", "an owner ({role})").format(role=role)
    if missing == "a link":
        return translate("drill slides", "a link to a response card")
    capability = bundle.library.capabilities.get(missing)
    return f"“{capability.title if capability else missing}”"


def _cells(bundle: ExportBundle, row: OutcomeRow) -> tuple[str, str]:
    """The "detected by" and "handled by" cells, naming the break when the chain stops."""
    if row.detected_by:
        detected = f"{row.detected_by} ({_day(row.detect_days)})"
    elif row.broken_at is Stage.DETECTED:
        detected = translate("drill slides", "not detected; needs {what}").format(
            what=_needs(bundle, row.missing)
        )
    else:
        detected = "—"
    if row.handled_by:
        handled = f"{row.handled_by}, {_day(row.handled_day)}"
        if row.broken_at is Stage.FED_BACK:
            handled += "; " + translate("drill slides", "not fed back, needs {what}").format(
                what=_needs(bundle, row.missing)
            )
    elif row.broken_at is Stage.HANDLED:
        handled = translate("drill slides", "no response; needs {what}").format(
            what=_needs(bundle, row.missing)
        )
    else:
        handled = "—"
    return detected, handled


def _summary(report: DrillReport) -> str:
    rows = report.rows
    if not rows:
        return translate("drill slides", "No drill events were run on this strategy.")
    counts = {o: sum(1 for r in rows if r.outcome is o) for o in DrillOutcome}
    return (
        translate(
            "drill slides",
            "Resilience {resilience}: {handled} of {events} events handled in time, "
            "{late} late, {missed} missed. Harm: {unit} while the event went unhandled.",
        )
    ).format(
        resilience=percent(report.resilience),
        handled=counts[DrillOutcome.HANDLED],
        events=len(rows),
        late=counts[DrillOutcome.LATE],
        missed=counts[DrillOutcome.MISSED],
        unit=report.harm_unit,
    )


def outcome_slide(bundle: ExportBundle, report: DrillReport) -> Slide:
    """The "Drills" slide: resilience, then one table row per event (continued when long)."""
    blocks: list[Block] = [Para(_summary(report))]
    if report.rows:
        rows = tuple(
            (r.event_title, outcome_label(r.outcome), *_cells(bundle, r), number(r.harm))
            for r in report.rows
        )
        blocks.append(
            Table(
                header=(
                    translate("drill slides", "Event"),
                    translate("drill slides", "Outcome"),
                    translate("drill slides", "Detected by"),
                    translate("drill slides", "Handled by"),
                    translate("drill slides", "Harm"),
                ),
                rows=rows,
                weights=(2.5, 1.05, 3.0, 3.0, 0.8),
            )
        )
    return Slide(
        title=translate("drill slides", "Drills"),
        subtitle=translate(
            "drill slides",
            "What-if events traced through the strategy: detected, handled, fed back",
        ),
        blocks=tuple(blocks),
    )


def year_chart(year: YearSimulation) -> LineChart:
    """Accuracy and fairness gap per month, with and without the team's controls."""
    months = year.months

    def pair(with_: Sequence[float], without: Sequence[float]) -> tuple[Series, Series]:
        return (
            Series(
                translate("drill slides", "With the team's controls"),
                tuple(with_),
                WITH_COLOUR,
                dashed=False,
                marker=Marker.CIRCLE,
            ),
            Series(
                translate("drill slides", "Without controls"),
                tuple(without),
                WITHOUT_COLOUR,
                dashed=True,
                marker=Marker.SQUARE,
            ),
        )

    positions = _mark_positions(year)
    return LineChart(
        bands=tuple(str(m.month) for m in months),
        axis_title=translate("drill slides", "Month in production"),
        panels=(
            Panel(
                translate("drill slides", "Model accuracy"),
                translate("drill slides", "Accuracy (%)"),
                pair([m.accuracy_with for m in months], [m.accuracy_without for m in months]),
            ),
            Panel(
                translate("drill slides", "Fairness gap between subgroups"),
                translate("drill slides", "Gap between subgroups (percentage points)"),
                pair([m.gap_with for m in months], [m.gap_without for m in months]),
                suffix=" " + translate("drill slides", "points"),
            ),
        ),
        marks=tuple(
            Mark(x=x, label=str(n), glyph=OUTCOME_GLYPHS[event.timeline.outcome])
            for n, (x, event) in enumerate(zip(positions, year.events, strict=True), start=1)
        ),
    )


def _mark_positions(year: YearSimulation) -> list[float]:
    """Each event's place on the band axis: inside its month, spread apart when months share.

    Events are in time order; two in one month sit at a third and two thirds of its band
    so their marks never overlap.
    """
    per_month: dict[int, int] = {}
    for event in year.events:
        per_month[event.month] = per_month.get(event.month, 0) + 1
    seen: dict[int, int] = {}
    positions = []
    for event in year.events:
        k = seen.get(event.month, 0)
        seen[event.month] = k + 1
        positions.append(event.month - 1 + (k + 1) / (per_month[event.month] + 1))
    return positions


def year_slide(report: DrillReport) -> Slide:
    """The year chart, the harm of the year and each event as it struck."""
    year = report.year
    totals = harm_totals(year)
    blocks: list[Block] = [year_chart(year)]
    text = translate(
        "drill slides",
        "Harm over the year: {with_} {unit} with the team's controls, {without} without. "
        "Year resilience {resilience}.",
    ).format(
        with_=number(totals["with"]),
        unit=report.harm_unit,
        without=number(totals["without"]),
        resilience=percent(year.resilience),
    )
    if _lines_coincide(year):
        text += " " + translate(
            "drill slides",
            "The two lines of each panel coincide: no event of this year was handled in "
            "time, so the controls changed nothing.",
        )
    blocks.append(Para(text))
    if year.events:
        blocks.append(
            Bullets(
                tuple(
                    f"{OUTCOME_GLYPHS[e.timeline.outcome]}{n}  "
                    + translate("drill slides", "Month {month}").format(month=e.month)
                    + f": {e.timeline.event_title} ({outcome_word(e.timeline.outcome)})"
                    for n, e in enumerate(year.events, start=1)
                )
            )
        )
    else:
        blocks.append(Para(translate("drill slides", "A quiet year: no event struck."), muted=True))
    return Slide(
        title=translate("drill slides", "Drills: a year in production"),
        subtitle=translate(
            "drill slides", "A teaching simulation (seed {seed}), not a forecast"
        ).format(seed=year.seed),
        blocks=tuple(blocks),
    )


def _lines_coincide(year: YearSimulation) -> bool:
    return all(
        m.accuracy_with == m.accuracy_without and m.gap_with == m.gap_without for m in year.months
    )


def picture_slide(report: DrillReport) -> Slide:
    """The drills in one picture (the presentation): accuracy over the year, the tally beside.

    The chart is the year's accuracy with and without the team's controls, its events
    marked; beside it the events handled, late and missed, the harm, and the events
    that hurt most. Text 18 pt or more; no table.
    """
    year = report.year
    chart = year_chart(year)
    # One panel and no event marks: on a slide the marks would need a legend of their own.
    accuracy = LineChart(bands=chart.bands, axis_title=chart.axis_title, panels=chart.panels[:1])
    rows = report.rows
    counted = {o: sum(1 for r in rows if r.outcome is o) for o in DrillOutcome}
    totals = harm_totals(year)
    side: list[Block] = [
        Heading(
            translate("drill slides", "Resilience {resilience}").format(
                resilience=percent(report.resilience)
            )
        ),
        Bullets(
            tuple(
                f"{OUTCOME_GLYPHS[o]} {counted[o]} {outcome_word(o)}"
                for o in (DrillOutcome.HANDLED, DrillOutcome.LATE, DrillOutcome.MISSED)
            )
        ),
        Para(
            translate(
                "drill slides",
                "Harm over the year: {with_} {unit} with the team's controls, {without} without.",
            ).format(
                with_=number(totals["with"]),
                unit=report.harm_unit,
                without=number(totals["without"]),
            )
        ),
    ]
    missed = sorted(
        (r for r in rows if r.outcome is not DrillOutcome.HANDLED), key=lambda r: -r.harm
    )[:2]
    if missed:
        side.append(
            Para(
                translate("drill slides", "Hurt most: {events}.").format(
                    events="; ".join(r.event_title for r in missed)
                )
            )
        )
    if _lines_coincide(year):
        side.append(
            Para(
                translate("drill slides", "The two lines coincide: no event was handled in time."),
                muted=True,
            )
        )
    return Slide(
        title=translate("drill slides", "Drills: a year in production"),
        subtitle=translate(
            "drill slides",
            "%n what-if event(s) traced · a teaching simulation, not a forecast",
            None,
            len(rows),
        ),
        blocks=(accuracy, ColumnBreak(), *side),
        columns=2,
        audience=Audience.TALK,
    )


def drills_slides(bundle: ExportBundle, report: DrillReport) -> list[Slide]:
    """The drills slides for ``report``: outcomes and the simulated year (plan), one picture
    (presentation)."""
    return [outcome_slide(bundle, report), year_slide(report), picture_slide(report)]


def drills_section(report: DrillReport) -> SlideBuilder:
    """A deck section (for ``ExportBundle.extra_sections``) showing ``report``."""

    def build(bundle: ExportBundle) -> list[Slide]:
        return drills_slides(bundle, report)

    return build


@dataclass(frozen=True)
class DrillsForExport:
    """The events and rules of a run, to make the drills section of any strategy's deck."""

    events: tuple[DrillEvent, ...]
    params: SimulationParams
    providers: Providers | None = None
    seed: int = 0

    def report(self, strategy: Strategy, scenario: Scenario) -> DrillReport:
        """Every event and the simulated year on ``strategy``, harm in the scenario's unit."""
        return drill_report(
            strategy,
            self.events,
            params=self.params,
            seed=self.seed,
            harm_unit=scenario.harm_unit,
            providers=self.providers,
        )

    def sections(self, strategy: Strategy, scenario: Scenario) -> tuple[SlideBuilder, ...]:
        """The extra sections for ``strategy``'s deck: the drills slides."""
        return (drills_section(self.report(strategy, scenario)),)


__all__ = [
    "DrillsForExport",
    "drills_section",
    "drills_slides",
    "outcome_label",
    "outcome_slide",
    "picture_slide",
    "year_chart",
    "year_slide",
]
