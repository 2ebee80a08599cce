"""The deck's sections in order, and the extension point for later ones.

A section is a ``SlideBuilder``: a function from an ``ExportBundle`` to slides.
The deck is ``LEADING_SECTIONS``, then the bundle's ``extra_sections`` (drill
results, review scores: added by their own modules without touching this
package), then ``CLOSING_SECTIONS``. Every writer (PDF deck, handout,
Markdown) renders the list ``build_slides`` returns.
"""

from __future__ import annotations

from app.export.actions import next_steps_slide
from app.export.blocks import Slide
from app.export.bundle import ExportBundle, SlideBuilder
from app.export.compliance import compliance_slides
from app.export.overview import scenario_slide, team_slide, title_slide
from app.export.phase_slides import canvas_slide, phase_slides

LEADING_SECTIONS: tuple[SlideBuilder, ...] = (
    title_slide,
    team_slide,
    scenario_slide,
    canvas_slide,
    phase_slides,
    compliance_slides,
)
"""Items 1–6 of the deck: title, team, scenario, canvas, phases, compliance."""

CLOSING_SECTIONS: tuple[SlideBuilder, ...] = (next_steps_slide,)
"""The last item: next steps."""

DEFAULT_SECTIONS: tuple[SlideBuilder, ...] = LEADING_SECTIONS + CLOSING_SECTIONS
"""The deck without extra sections."""

__all__ = ["DEFAULT_SECTIONS", "SlideBuilder", "build_slides", "section_builders"]


def section_builders(bundle: ExportBundle) -> tuple[SlideBuilder, ...]:
    """The builders for this bundle, in deck order (extras before next steps)."""
    return LEADING_SECTIONS + tuple(bundle.extra_sections) + CLOSING_SECTIONS


def build_slides(bundle: ExportBundle) -> list[Slide]:
    """Every slide of the deck for ``bundle``, in order."""
    return [slide for builder in section_builders(bundle) for slide in builder(bundle)]
