"""The facilitator report's content, as data: what the PDF (and any other writer) shows.

For a whole workshop: a table of teams × rubric criteria, coverage per pack per
team (in place, and only planned apart), the common gaps (findings most teams
share; planned ones marked, upcoming rules apart), the peer-feedback digest and
the review state of every phase, with the date whose law applied and the pack
versions. Names are resolved here, so writers only lay
out text. The checker is passed in as a callable (see ``app.review.diff``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from app.export.checked import pack_versions
from app.review.diff import Checker
from app.review.states import current
from models.findings import CheckResult, Finding, PackCoverage
from models.phases import ALL_PHASES
from models.review import PeerFeedback, PeerRound, PhaseReview, Rubric, RubricSheet
from models.strategy import Strategy
from models.vocabulary import FindingState, Severity
from models.workshop import Workshop

GAP_SHARE = 0.5
"""A finding is a common gap when more than this share of the strategies have it."""


@dataclass(frozen=True)
class ReportColumn:
    """One reviewed strategy and the team that wrote it."""

    strategy_id: str
    team_id: str | None
    team_name: str
    strategy_name: str

    @property
    def label(self) -> str:
        """The team's name (with the strategy's name when a team has several)."""
        return self.team_name


@dataclass(frozen=True)
class ScoreRow:
    """One strategy's rubric levels, in rubric order (None where not scored)."""

    column: ReportColumn
    levels: tuple[int | None, ...]
    mean: float | None
    comments: tuple[tuple[str, str], ...]
    """(criterion title, comment) for every scored criterion with a comment."""


@dataclass(frozen=True)
class CoverageRow:
    """One strategy's coverage per pack, in the report's pack order."""

    column: ReportColumn
    cells: tuple[PackCoverage | None, ...]


@dataclass(frozen=True)
class CommonGap:
    """A finding that most strategies share.

    ``planned_teams`` are the teams among ``teams`` whose board carries the duty
    only through cards planned or in progress (never met); ``applies_from`` is set
    for an upcoming rule (not yet in force on the date checked).
    """

    pack: str
    rule_id: str
    title: str
    severity: Severity
    citation: str
    teams: tuple[str, ...]
    share: float
    planned_teams: tuple[str, ...] = ()
    applies_from: dt.date | None = None


@dataclass(frozen=True)
class FeedbackItem:
    """One peer-feedback entry, with names resolved."""

    reviewer: str
    round_name: str
    strengths: str
    questions: str
    suggestion: str
    score: int


@dataclass(frozen=True)
class FeedbackDigest:
    """The peer feedback one strategy received."""

    column: ReportColumn
    items: tuple[FeedbackItem, ...]

    @property
    def mean_score(self) -> float | None:
        """The mean of the peers' scores, or None without feedback."""
        if not self.items:
            return None
        return sum(item.score for item in self.items) / len(self.items)


@dataclass(frozen=True)
class PhaseStateRow:
    """One strategy's latest review entry per phase (``ALL_PHASES`` order; None if unreviewed)."""

    column: ReportColumn
    states: tuple[PhaseReview | None, ...]


@dataclass(frozen=True)
class WorkshopReport:
    """Everything the facilitator report shows."""

    workshop_name: str
    date: str
    facilitator: str
    rubric: Rubric
    columns: tuple[ReportColumn, ...]
    scores: tuple[ScoreRow, ...]
    criterion_means: tuple[float | None, ...]
    packs: tuple[tuple[str, str], ...]
    """(pack key, title) of every pack any strategy was checked against."""
    coverage: tuple[CoverageRow, ...]
    common_gaps: tuple[CommonGap, ...]
    digest: tuple[FeedbackDigest, ...]
    phase_states: tuple[PhaseStateRow, ...]
    teams_without_strategy: tuple[str, ...]
    checked: bool
    checked_on: tuple[dt.date, ...] = ()
    """The distinct dates whose law the strategies were checked against."""
    pack_versions: tuple[tuple[str, str], ...] = ()
    """(title, version) of every pack used."""
    upcoming: tuple[CommonGap, ...] = ()
    """Rules not yet in force that most strategies would not meet."""


def _mean(values: Iterable[int | None]) -> float | None:
    present = [v for v in values if v is not None]
    return sum(present) / len(present) if present else None


def _columns(workshop: Workshop, strategies: Sequence[Strategy]) -> tuple[ReportColumn, ...]:
    per_team: dict[str | None, int] = {}
    for strategy in strategies:
        per_team[strategy.team_id] = per_team.get(strategy.team_id, 0) + 1
    columns = []
    for strategy in strategies:
        team = workshop.team(strategy.team_id)
        name = team.name if team else strategy.name
        if team and per_team[strategy.team_id] > 1:
            name = f"{team.name} ({strategy.name})"
        columns.append(ReportColumn(strategy.id, strategy.team_id, name, strategy.name))
    return tuple(sorted(columns, key=lambda c: (c.team_name.casefold(), c.strategy_id)))


def build_report(
    workshop: Workshop,
    rubric: Rubric,
    strategies: Sequence[Strategy],
    *,
    sheets: Iterable[RubricSheet] = (),
    rounds: Iterable[PeerRound] = (),
    feedback: Iterable[PeerFeedback] = (),
    reviews: Iterable[PhaseReview] = (),
    check: Checker | None = None,
    gap_share: float = GAP_SHARE,
) -> WorkshopReport:
    """Gather the facilitator report for a workshop.

    Args:
        workshop: the workshop (teams and their names).
        rubric: the rubric the scores use; sheets of other rubrics are left out.
        strategies: the strategies to report on (usually one per team).
        sheets: score sheets; the last one per strategy counts.
        rounds: peer rounds, to name the round of each feedback entry.
        feedback: peer-feedback entries.
        reviews: phase review history, in the order it was written.
        check: runs the checker; None leaves coverage and common gaps empty.
        gap_share: a finding shared by more than this share of strategies is a common gap.
    """
    columns = _columns(workshop, strategies)
    by_id = {s.id: s for s in strategies}
    sheet_of = {s.strategy_id: s for s in sheets if s.rubric_key == rubric.key}
    scores = []
    for column in columns:
        sheet = sheet_of.get(column.strategy_id)
        levels = tuple(sheet.levels.get(key) if sheet else None for key in rubric.keys)
        comments = tuple(
            (c.title, score.comment)
            for c in rubric.criteria
            if sheet and (score := sheet.score_for(c.key)) and score.comment.strip()
        )
        scores.append(ScoreRow(column, levels, _mean(levels), comments))
    criterion_means = tuple(_mean(row.levels[i] for row in scores) for i in range(len(rubric.keys)))

    results = {c.strategy_id: check(by_id[c.strategy_id]) for c in columns} if check else {}
    packs = _packs(results.values())
    coverage = tuple(
        CoverageRow(
            column,
            tuple(
                next((c for c in results[column.strategy_id].coverage if c.pack == key), None)
                for key, _title in packs
            ),
        )
        for column in columns
        if column.strategy_id in results
    )
    history = list(reviews)
    team_names = {t.id: t.name for t in workshop.teams}
    round_names = {r.id: r.name for r in rounds}
    entries = list(feedback)
    digest = tuple(
        FeedbackDigest(
            column,
            tuple(
                FeedbackItem(
                    reviewer=team_names.get(f.reviewer_team_id, f.reviewer_team_id),
                    round_name=round_names.get(f.round_id, ""),
                    strengths=f.strengths,
                    questions=f.questions,
                    suggestion=f.suggestion,
                    score=f.score,
                )
                for f in sorted(
                    (f for f in entries if f.strategy_id == column.strategy_id),
                    key=lambda f: (round_names.get(f.round_id, ""), f.reviewer_team_id),
                )
            ),
        )
        for column in columns
    )
    phase_states = tuple(
        PhaseStateRow(
            column,
            tuple(current(history, column.strategy_id).get(phase) for phase in ALL_PHASES),
        )
        for column in columns
    )
    with_strategy = {s.team_id for s in strategies}
    return WorkshopReport(
        workshop_name=workshop.name,
        date=workshop.date.isoformat() if workshop.date else "",
        facilitator=workshop.facilitator,
        rubric=rubric,
        columns=columns,
        scores=tuple(scores),
        criterion_means=criterion_means,
        packs=packs,
        coverage=coverage,
        common_gaps=common_gaps(columns, results, gap_share),
        digest=digest,
        phase_states=phase_states,
        teams_without_strategy=tuple(t.name for t in workshop.teams if t.id not in with_strategy),
        checked=check is not None,
        checked_on=tuple(sorted({r.checked_on for r in results.values() if r.checked_on})),
        pack_versions=pack_versions(results.values()),
        upcoming=common_gaps(columns, results, gap_share, upcoming=True),
    )


def _packs(results: Iterable[CheckResult]) -> tuple[tuple[str, str], ...]:
    titles: dict[str, str] = {}
    for result in results:
        for cov in result.coverage:
            titles.setdefault(cov.pack, cov.title)
    return tuple(titles.items())


def common_gaps(
    columns: Sequence[ReportColumn],
    results: dict[str, CheckResult],
    gap_share: float = GAP_SHARE,
    *,
    upcoming: bool = False,
) -> tuple[CommonGap, ...]:
    """Findings (by pack and rule) that more than ``gap_share`` of the strategies have.

    A gap needs at least two strategies; the most widely shared come first,
    then the most serious. Gaps are today's (missing or only planned); with
    ``upcoming``, the rules not yet in force instead.
    """
    checked = [c for c in columns if c.strategy_id in results]
    if len(checked) < 2:
        return ()
    holders: dict[tuple[str, str], list[str]] = {}
    planned: dict[tuple[str, str], list[str]] = {}
    first: dict[tuple[str, str], Finding] = {}
    for column in checked:
        seen: set[tuple[str, str]] = set()
        for finding in results[column.strategy_id].findings:
            if (finding.state is FindingState.UPCOMING) is not upcoming:
                continue
            key = (finding.pack, finding.rule_id)
            first.setdefault(key, finding)
            if key not in seen:
                seen.add(key)
                holders.setdefault(key, []).append(column.team_name)
                if finding.state is FindingState.PLANNED:
                    planned.setdefault(key, []).append(column.team_name)
    gaps = [
        CommonGap(
            pack=pack,
            rule_id=rule,
            title=first[(pack, rule)].title,
            severity=first[(pack, rule)].severity,
            citation=first[(pack, rule)].citation,
            teams=tuple(teams),
            share=len(teams) / len(checked),
            planned_teams=tuple(planned.get((pack, rule), ())),
            applies_from=first[(pack, rule)].applies_from if upcoming else None,
        )
        for (pack, rule), teams in holders.items()
        if len(teams) >= 2 and len(teams) / len(checked) > gap_share
    ]
    gaps.sort(key=lambda g: (-len(g.teams), g.severity.rank, g.pack, g.rule_id))
    return tuple(gaps)
