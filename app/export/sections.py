"""The sections of both documents in order, and the extension point for later ones.

A section is a ``SlideBuilder``: a function from an ``ExportBundle`` to slides.
Together they make one list — the content model — holding the slides of the
full plan (``Audience.PLAN``) and of the 5-minute presentation (``Audience.TALK``)
interleaved in reading order; ``build_slides`` returns one audience's (the
plan's unless asked otherwise, ``Audience.BOTH`` for all of it). The list is
``LEADING_SECTIONS``, then the bundle's ``extra_sections`` (drill results, review
scores: added by their own modules without touching this package), then
``CLOSING_SECTIONS``. Every writer (presentation, plan, Markdown) renders the
slides of its audience.
"""

from __future__ import annotations

from app.export.actions import next_steps_slide
from app.export.blocks import Audience, Slide
from app.export.bundle import ExportBundle, SlideBuilder
from app.export.compliance import compliance_slides
from app.export.overview import scenario_slide, team_slide, title_slide
from app.export.phase_slides import canvas_slide, phase_slides
from app.export.presentation import (
    talk_board,
    talk_gaps,
    talk_next_steps,
    talk_scenario,
    talk_sources,
    talk_title,
)

LEADING_SECTIONS: tuple[SlideBuilder, ...] = (
    talk_title,
    title_slide,
    team_slide,
    talk_scenario,
    scenario_slide,
    talk_board,
    canvas_slide,
    phase_slides,
    talk_gaps,
    compliance_slides,
)
"""Title, team, scenario, board, phases, compliance — each for the plan and the talk."""

CLOSING_SECTIONS: tuple[SlideBuilder, ...] = (talk_next_steps, next_steps_slide, talk_sources)
"""The last items: next steps, and (in the talk) how it was checked."""

DEFAULT_SECTIONS: tuple[SlideBuilder, ...] = LEADING_SECTIONS + CLOSING_SECTIONS
"""Both documents without extra sections."""

__all__ = [
    "DEFAULT_SECTIONS",
    "SlideBuilder",
    "build_slides",
    "section_builders",
    "slides_for",
]


def section_builders(bundle: ExportBundle) -> tuple[SlideBuilder, ...]:
    """The builders for this bundle, in order (extras before next steps)."""
    return LEADING_SECTIONS + tuple(bundle.extra_sections) + CLOSING_SECTIONS


def build_slides(bundle: ExportBundle, audience: Audience = Audience.PLAN) -> list[Slide]:
    """The slides of one document for ``bundle``, in order: by default the full plan's.

    ``Audience.TALK`` gives the presentation's, ``Audience.BOTH`` every slide of both.
    """
    slides = [slide for builder in section_builders(bundle) for slide in builder(bundle)]
    return slides_for(slides, audience)


def slides_for(slides: list[Slide], audience: Audience) -> list[Slide]:
    """The slides one document shows, in order."""
    return [slide for slide in slides if slide.audience & audience]
