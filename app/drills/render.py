"""Plain-text tables of drill results for the terminal (the ``drill`` sub-command).

Pure functions from records to lines, so they are tested without a process.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from app.drills.simulate import harm_totals
from app.i18n import decimal, grouped, percent, role_label, translate
from models.drills import DrillOutcome, OutcomeRow, Stage, Timeline, YearSimulation, resilience

COLUMNS = ("event", "outcome", "detected by (day)", "handled by (day)", "fed back via", "harm")
"""The outcome table's columns (in English; ``columns`` gives them in the current language)."""


def columns() -> tuple[str, ...]:
    """``COLUMNS`` in the current language."""
    return (
        translate("drills", "event"),
        translate("drills", "outcome"),
        translate("drills", "detected by (day)"),
        translate("drills", "handled by (day)"),
        translate("drills", "fed back via"),
        translate("drills", "harm"),
    )


def outcome_word(outcome: DrillOutcome) -> str:
    """``handled``, ``late`` or ``missed`` in the current language."""
    return {
        DrillOutcome.HANDLED: translate("drill slides", "handled"),
        DrillOutcome.LATE: translate("drill slides", "late"),
        DrillOutcome.MISSED: translate("drill slides", "missed"),
    }[outcome]


def stage_word(stage: Stage) -> str:
    """Where a chain broke (``detected``, ``handled``, ``fed-back``) in the current language."""
    return {
        Stage.OCCURRED: translate("drills", "occurred"),
        Stage.DETECTED: translate("drills", "detected"),
        Stage.HANDLED: translate("drills", "handled"),
        Stage.FED_BACK: translate("drills", "fed back"),
    }[stage]


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _day(day: float | None) -> str:
    return "" if day is None else decimal(day)


def _number(value: float) -> str:
    return (
        grouped(value) if value >= 10 else grouped(value, 1).removesuffix(".0").removesuffix(",0")
    )


def _table(header: Sequence[str], rows: Sequence[Sequence[str]], limit: int = 36) -> list[str]:
    cells = [[_clip(c, limit) for c in row] for row in [list(header), *rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]
    lines = [
        "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cells
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return lines


def outcome_table(
    rows: Sequence[OutcomeRow],
    timelines: Sequence[Timeline],
    harm_unit: str,
    *,
    capabilities: Mapping[str, str] | None = None,
    catalog: Mapping[str, str] | None = None,
) -> list[str]:
    """The outcome table, the resilience score and one line per broken chain.

    ``capabilities`` and ``catalog`` give the titles (in the current language) that
    name a missing capability and the catalog cards that would provide it; the keys
    are shown where they are not given.
    """
    capability_titles = capabilities or {}
    catalog_titles = catalog or {}
    body = [
        [
            r.event_key,
            outcome_word(r.outcome),
            f"{r.detected_by} ({_day(r.detect_days)})" if r.detected_by else "—",
            f"{r.handled_by} ({_day(r.handled_day)})" if r.handled_by else "—",
            r.fed_back_via or "—",
            _number(r.harm),
        ]
        for r in rows
    ]
    lines = _table(columns(), body)
    handled = sum(1 for t in timelines if t.outcome is DrillOutcome.HANDLED)
    lines.append("")
    lines.append(
        translate(
            "drills", "Resilience: {handled}/{events} handled in time ({share}). Harm in {unit}."
        ).format(
            handled=handled,
            events=len(timelines),
            share=percent(resilience(timelines)),
            unit=harm_unit,
        )
    )
    breaks = [(t.event_key, t.broken) for t in timelines if t.broken is not None]
    if breaks:
        lines += ["", translate("drills", "Where chains break:")]
    for key, broken in breaks:
        fix = ""
        if broken.capability:
            fix = " " + translate("drills", "Add “{capability}”").format(
                capability=capability_titles.get(broken.capability, broken.capability)
            )
            if broken.suggestions:
                fix += " " + translate("drills", "(catalog: {keys})").format(
                    keys=", ".join(catalog_titles.get(k, k) for k in broken.suggestions)
                )
            fix += "."
        elif broken.role is not None:
            fix = " " + translate("drills", "Give it an owner ({role}).").format(
                role=role_label(broken.role)
            )
        line = translate("drills", "{event} [{stage}]: {reason}").format(
            event=key, stage=stage_word(broken.stage), reason=broken.reason
        )
        lines.append(f"  {line}{fix}")
    return lines


def year_table(year: YearSimulation) -> list[str]:
    """The simulated year: events as they struck, then the monthly series."""
    lines = [translate("drills", "A year in production (seed {seed}):").format(seed=year.seed), ""]
    events = [
        [
            str(e.month),
            _day(round(e.day_of_year, 1)),
            e.timeline.event_key,
            outcome_word(e.timeline.outcome),
            _number(e.timeline.harm),
            _number(e.harm_without),
        ]
        for e in year.events
    ]
    header = (
        translate("drills", "month"),
        translate("drills", "day"),
        translate("drills", "event"),
        translate("drills", "outcome"),
        translate("drills", "harm"),
        translate("drills", "harm without controls"),
    )
    quiet = translate("drills", "(a quiet year: no events)")
    lines += _table(header, events) if events else [quiet]
    lines.append("")
    series = [
        [
            str(p.month),
            percent(p.accuracy_with, 1),
            percent(p.accuracy_without, 1),
            percent(p.gap_with, 1),
            percent(p.gap_without, 1),
        ]
        for p in year.months
    ]
    monthly = (
        translate("drills", "month"),
        translate("drills", "accuracy"),
        translate("drills", "without controls"),
        translate("drills", "fairness gap"),
        translate("drills", "without controls"),
    )
    lines += _table(monthly, series)
    totals = harm_totals(year)
    lines.append("")
    lines.append(
        translate(
            "drills",
            "Year resilience: {share}. Harm: {with_} with the team's controls, {without} "
            "without ({unit}).",
        ).format(
            share=percent(year.resilience),
            with_=_number(totals["with"]),
            without=_number(totals["without"]),
            unit=year.harm_unit,
        )
    )
    return lines
