"""A realistic bundle to export, and helpers that read PDFs back with pypdf."""

from __future__ import annotations

import datetime as dt
import io
import itertools
from collections.abc import Callable, Mapping
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from app.export.bundle import ExportBundle, PageSize
from app.resources import ContentLibrary, load_library
from models.findings import CheckResult, Finding, PackCoverage, TopGap
from models.phases import ALL_PHASES
from models.strategy import Card, Link, Strategy
from models.vocabulary import FindingState, LinkKind, Role, Severity, Status
from models.workshop import Member, Team, Workshop

EXPORTED_AT = dt.datetime(2026, 11, 29, 9, 30, tzinfo=dt.UTC)


@cache
def library() -> ContentLibrary:
    """The shipped content library (loaded once per test session)."""
    return load_library()


def sample_strategy(
    cards_per_phase: int = 2, overrides: Mapping[str, Mapping[str, Any]] | None = None
) -> Strategy:
    """A strategy with ``cards_per_phase`` cards in every lane and a chain of links.

    ``overrides`` maps a card id to field values replaced without validation.
    """
    roles, statuses = list(Role), list(Status)
    cards: dict[str, Card] = {}
    for p_index, phase in enumerate(ALL_PHASES):
        for n in range(cards_per_phase):
            card = Card(
                id=f"{phase.value}-{n}",
                title=f"{phase.short_title} practice {n + 1}",
                notes=f"Why {phase.short_title.lower()} practice {n + 1} matters.",
                phase=phase,
                owner_role=roles[(p_index + n) % len(roles)] if n % 3 != 2 else None,
                status=statuses[(p_index + n) % len(statuses)],
                capabilities=("drift-monitoring",) if n == 0 else (),
                y=n * 120.0,
            )
            cards[card.id] = card
    ids = list(cards)
    links = {
        f"l{i}": Link(id=f"l{i}", source=a, target=b, kind=list(LinkKind)[i % 4])
        for i, (a, b) in enumerate(itertools.pairwise(ids))
    }
    strategy = Strategy(
        id="strategy-1",
        workshop_id="ws-1",
        team_id="team-1",
        scenario_key="benefits-decision-support",
        name="Fair benefits triage",
        packs=("eu-ai-act", "gdpr"),
        cards=cards,
        links=links,
    )
    for card_id, fields in (overrides or {}).items():
        strategy.cards[card_id] = strategy.cards[card_id].model_copy(update=fields)
    return strategy


CHECKED_ON = dt.date(2026, 12, 1)


def sample_check(strategy: Strategy) -> CheckResult:
    """A hand-built, ranked check result: a missing error, a planned warning, an info.

    Law as of ``CHECKED_ON``; the EU AI Act bar has rules in place and rules only planned.
    """
    first = tuple(strategy.cards)[:1]
    fix = next(iter(library().catalog))
    return CheckResult(
        strategy_id=strategy.id,
        revision=strategy.revision,
        checked_on=CHECKED_ON,
        findings=(
            Finding(
                rule_id="aia-14",
                pack="eu-ai-act",
                severity=Severity.ERROR,
                title="No human oversight before deployment",
                message="High-risk systems need effective human oversight.",
                citation="EU AI Act Art. 14",
                card_ids=first,
                fixes=(fix,),
                practice="human-oversight",
                rank=1,
            ),
            Finding(
                rule_id="gdpr-35",
                pack="gdpr",
                severity=Severity.WARNING,
                title="No impact assessment",
                message="Planned, not in place: on the cards in place, no DPIA.",
                citation="GDPR Art. 35",
                card_ids=first,
                state=FindingState.PLANNED,
                practice="dpia",
                rank=2,
            ),
            Finding(
                rule_id="s-orphan",
                pack="structure",
                severity=Severity.INFO,
                title="Unlinked card",
                message="One card has no links.",
                rank=3,
            ),
        ),
        top_gaps=(
            TopGap(
                rank=1,
                practice="human-oversight",
                title="Human oversight",
                severity=Severity.ERROR,
                state=FindingState.OPEN,
                rule_ids=("aia-14",),
                citations=("EU AI Act Art. 14",),
                packs=("EU AI Act (high-risk)",),
                harm_per_day=12.0,
                fixes=(fix,),
                card_ids=first,
                why="Error: demanded by 1 rule(s) in 1 pack(s).",
            ),
            TopGap(
                rank=2,
                practice="dpia",
                title="Impact assessment",
                severity=Severity.WARNING,
                state=FindingState.PLANNED,
                rule_ids=("gdpr-35",),
                citations=("GDPR Art. 35",),
                packs=("GDPR",),
                card_ids=first,
                why="Warning: demanded by 1 rule(s) in 1 pack(s); planned but not in place.",
            ),
        ),
        coverage=(
            PackCoverage(
                pack="eu-ai-act",
                title="EU AI Act (high-risk)",
                applicable=10,
                satisfied=6,
                planned=2,
                version="2024/1689 as adopted",
            ),
            PackCoverage(
                pack="gdpr", title="GDPR", applicable=4, satisfied=3, planned=1, version="2016/679"
            ),
        ),
    )


def sample_bundle(strategy: Strategy | None = None, **overrides: Any) -> ExportBundle:
    """A bundle around ``strategy`` (default: ``sample_strategy()``)."""
    strategy = strategy or sample_strategy()
    team = Team(
        id="team-1",
        name="Team Kōwhai",
        members=(
            Member(name="Aroha Ngata", role=Role.DATA_SCIENTIST),
            Member(name="Jean-François Lévesque", role=Role.POLICY_LEGAL),
        ),
    )
    fields: dict[str, Any] = {
        "workshop": Workshop(
            id="ws-1", name="Responsible AI sprint", date=dt.date(2026, 11, 28), teams=(team,)
        ),
        "team": team,
        "scenario": library().scenarios[strategy.scenario_key],
        "strategy": strategy,
        "check": sample_check(strategy),
        "library": library(),
        "exported_at": EXPORTED_AT,
        "page_size": PageSize.A4,
    }
    fields.update(overrides)
    return ExportBundle(**fields)


def read_pdf(data: bytes | Path) -> PdfReader:
    """A pypdf reader over bytes or a file."""
    if isinstance(data, Path):
        data = data.read_bytes()
    return PdfReader(io.BytesIO(data))


def all_text(reader: PdfReader) -> str:
    """The extracted text of every page, newlines folded to spaces."""
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


def outline_titles(reader: PdfReader) -> list[str]:
    """Every outline entry's title, depth first."""
    titles: list[str] = []

    def walk(items: list[Any]) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                titles.append(str(item.title))

    walk(reader.outline)
    return titles


def font_dicts(reader: PdfReader) -> list[Any]:
    """Every font dictionary used by a page (including fonts inside form XObjects)."""
    fonts: list[Any] = []

    def from_resources(resources: Any) -> None:
        if not resources:
            return
        resources = resources.get_object()
        for font in (resources.get("/Font") or {}).values():
            fonts.append(font.get_object())
        for xobject in (resources.get("/XObject") or {}).values():
            from_resources(xobject.get_object().get("/Resources"))

    for page in reader.pages:
        from_resources(page.get("/Resources"))
    return fonts


@pytest.fixture
def render() -> Callable[..., bytes]:
    """``render(bundle, handout=False)`` returns the PDF bytes."""
    from app.export.api import render_pdf

    def run(bundle: ExportBundle, handout: bool = False) -> bytes:
        out = io.BytesIO()
        render_pdf(bundle, out, handout=handout)
        return out.getvalue()

    return run
