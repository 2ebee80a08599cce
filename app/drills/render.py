"""Plain-text tables of drill results for the terminal (the ``drill`` sub-command).

Pure functions from records to lines, so they are tested without a process.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.drills.simulate import harm_totals
from models.drills import DrillOutcome, OutcomeRow, Timeline, YearSimulation, resilience

COLUMNS = ("event", "outcome", "detected by (day)", "handled by (day)", "fed back via", "harm")


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _day(day: float | None) -> str:
    return "" if day is None else f"{day:.1f}".removesuffix(".0")


def _number(value: float) -> str:
    return f"{value:,.0f}" if value >= 10 else f"{value:,.1f}".removesuffix(".0")


def _table(header: Sequence[str], rows: Sequence[Sequence[str]], limit: int = 36) -> list[str]:
    cells = [[_clip(c, limit) for c in row] for row in [list(header), *rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]
    lines = [
        "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cells
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return lines


def outcome_table(
    rows: Sequence[OutcomeRow], timelines: Sequence[Timeline], harm_unit: str
) -> list[str]:
    """The outcome table, the resilience score and one line per broken chain."""
    body = [
        [
            r.event_key,
            r.outcome.value,
            f"{r.detected_by} ({_day(r.detect_days)})" if r.detected_by else "—",
            f"{r.handled_by} ({_day(r.handled_day)})" if r.handled_by else "—",
            r.fed_back_via or "—",
            _number(r.harm),
        ]
        for r in rows
    ]
    lines = _table(COLUMNS, body)
    handled = sum(1 for t in timelines if t.outcome is DrillOutcome.HANDLED)
    lines.append("")
    lines.append(
        f"Resilience: {handled}/{len(timelines)} handled in time "
        f"({resilience(timelines):.0%}). Harm in {harm_unit}."
    )
    breaks = [(t.event_key, t.broken) for t in timelines if t.broken is not None]
    if breaks:
        lines += ["", "Where chains break:"]
    for key, broken in breaks:
        fix = ""
        if broken.capability:
            fix = f" Add “{broken.capability}”"
            if broken.suggestions:
                fix += f" (catalog: {', '.join(broken.suggestions)})"
            fix += "."
        elif broken.role is not None:
            fix = f" Give it an owner ({broken.role.label})."
        lines.append(f"  {key} [{broken.stage.value}]: {broken.reason}{fix}")
    return lines


def year_table(year: YearSimulation) -> list[str]:
    """The simulated year: events as they struck, then the monthly series."""
    lines = [f"A year in production (seed {year.seed}):", ""]
    events = [
        [
            str(e.month),
            _day(round(e.day_of_year, 1)),
            e.timeline.event_key,
            e.timeline.outcome.value,
            _number(e.timeline.harm),
            _number(e.harm_without),
        ]
        for e in year.events
    ]
    header = ("month", "day", "event", "outcome", "harm", "harm without controls")
    lines += _table(header, events) if events else ["(a quiet year: no events)"]
    lines.append("")
    series = [
        [
            str(p.month),
            f"{p.accuracy_with:.1%}",
            f"{p.accuracy_without:.1%}",
            f"{p.gap_with:.1%}",
            f"{p.gap_without:.1%}",
        ]
        for p in year.months
    ]
    lines += _table(
        ("month", "accuracy", "without controls", "fairness gap", "without controls"), series
    )
    totals = harm_totals(year)
    lines.append("")
    lines.append(
        f"Year resilience: {year.resilience:.0%}. Harm: {_number(totals['with'])} with the "
        f"team's controls, {_number(totals['without'])} without ({year.harm_unit})."
    )
    return lines
