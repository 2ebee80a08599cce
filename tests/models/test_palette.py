"""The shared phase palette: Okabe–Ito in lifecycle order, readable text, non-colour cues."""

from __future__ import annotations

import pytest

from models.palette import (
    PHASE_COLOURS,
    PHASE_MARKS,
    PHASE_SHAPES,
    PHASE_TEXT_COLOURS,
    STATUS_GLYPHS,
)
from models.phases import ALL_PHASES, LIFECYCLE, Phase
from models.vocabulary import Status


def _luminance(hex_colour: str) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def _contrast(a: str, b: str) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_okabe_ito_in_lifecycle_order() -> None:
    assert [PHASE_COLOURS[p] for p in LIFECYCLE] == [
        "#E69F00",
        "#56B4E9",
        "#009E73",
        "#0072B2",
        "#D55E00",
        "#CC79A7",
    ]


@pytest.mark.parametrize("phase", ALL_PHASES)
def test_text_colour_is_the_more_readable_of_black_and_white(phase: Phase) -> None:
    colour, text = PHASE_COLOURS[phase], PHASE_TEXT_COLOURS[phase]
    other = "#FFFFFF" if text == "#000000" else "#000000"
    assert _contrast(colour, text) >= _contrast(colour, other)
    assert _contrast(colour, text) >= 4.0


def test_every_phase_has_a_distinct_mark_and_shape() -> None:
    for table in (PHASE_COLOURS, PHASE_MARKS, PHASE_SHAPES):
        assert set(table) == set(ALL_PHASES)
        assert len(set(table.values())) == len(ALL_PHASES)


def test_every_status_has_a_distinct_glyph() -> None:
    assert set(STATUS_GLYPHS) == set(Status)
    assert len(set(STATUS_GLYPHS.values())) == len(Status)
