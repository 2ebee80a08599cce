"""Phase colours and non-colour cues shared by the canvas (views) and the PDF export (app).

Colours follow the Okabe–Ito palette (Okabe & Ito 2008, "Color Universal
Design"), which stays distinguishable under the common colour-vision
deficiencies, assigned in lifecycle order. Colour is never the only cue: each
phase also has a mark (its lifecycle number, "G" for governance) drawn inside a
shape of its own. Values are plain strings so any layer can use them.
"""

from __future__ import annotations

from models.phases import Phase
from models.vocabulary import Status

PHASE_COLOURS: dict[Phase, str] = {
    Phase.DATA: "#E69F00",  # orange
    Phase.DEVELOP: "#56B4E9",  # sky blue
    Phase.EVALUATE: "#009E73",  # bluish green
    Phase.DEPLOY: "#0072B2",  # blue
    Phase.MONITOR: "#D55E00",  # vermillion
    Phase.FEEDBACK: "#CC79A7",  # reddish purple
    Phase.GOVERNANCE: "#555555",  # grey: cross-cutting, not a step of the cycle
}
"""Each phase's identifying colour (``#RRGGBB``)."""

PHASE_TEXT_COLOURS: dict[Phase, str] = {
    Phase.DATA: "#000000",
    Phase.DEVELOP: "#000000",
    Phase.EVALUATE: "#000000",
    Phase.DEPLOY: "#FFFFFF",
    Phase.MONITOR: "#000000",
    Phase.FEEDBACK: "#000000",
    Phase.GOVERNANCE: "#FFFFFF",
}
"""Black or white, whichever has the higher WCAG contrast on the phase colour."""

PHASE_MARKS: dict[Phase, str] = {
    Phase.DATA: "1",
    Phase.DEVELOP: "2",
    Phase.EVALUATE: "3",
    Phase.DEPLOY: "4",
    Phase.MONITOR: "5",
    Phase.FEEDBACK: "6",
    Phase.GOVERNANCE: "G",
}
"""The non-colour cue: lifecycle order as a number, ``G`` for the governance band."""

PHASE_SHAPES: dict[Phase, str] = {
    Phase.DATA: "circle",
    Phase.DEVELOP: "square",
    Phase.EVALUATE: "triangle",
    Phase.DEPLOY: "diamond",
    Phase.MONITOR: "hexagon",
    Phase.FEEDBACK: "pentagon",
    Phase.GOVERNANCE: "shield",
}
"""The outline each phase's mark is drawn in, a second non-colour cue."""

STATUS_GLYPHS: dict[Status, str] = {
    Status.PLANNED: "○",
    Status.IN_PROGRESS: "◐",
    Status.IN_PLACE: "●",
}
"""A status as a shape (empty, half, full circle), so it reads without colour."""
