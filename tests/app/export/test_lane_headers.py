"""A lane header's name stays inside its coloured box, in every language and lane width."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from app.export.board_drawing import BoardFlowable
from app.export.board_layout import PLAN_BOARD, Lane, Rect
from app.export.fonts import register_fonts, text_width
from app.i18n import speaking
from models.phases import LIFECYCLE, Phase


class Anything:
    """Takes any call and gives itself back (paths, colours: nothing this test reads)."""

    def __getattr__(self, _name: str) -> Anything:
        return self

    def __call__(self, *_args: object, **_kwargs: object) -> Anything:
        return self


class Recorder(Anything):
    """The canvas calls a header makes, with the text drawn and the font it was drawn in."""

    def __init__(self) -> None:
        self.font = ("", 0.0)
        self.strings: list[tuple[float, str, str, float]] = []

    def setFont(self, name: str, size: float) -> None:
        self.font = (name, size)

    def drawString(self, x: float, _y: float, text: str) -> None:
        self.strings.append((x, text, *self.font))


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("width", [70.0, 95.0, 140.0])
def test_the_header_name_fits_its_box(lang: str, width: float) -> None:
    register_fonts()
    board = BoardFlowable.__new__(BoardFlowable)
    board.kind = PLAN_BOARD
    board.page = SimpleNamespace(title_size=PLAN_BOARD.title_sizes[0])  # type: ignore[assignment]
    box = Rect(0, 0, width, 16)
    with speaking(lang):
        for phase in (*LIFECYCLE, Phase.GOVERNANCE):
            canvas = Recorder()
            lane = Lane(phase=phase, header=box, body=box, columns=(box,), count=3)
            board._draw_header(canvas, lane)
            ((left, text, font, size),) = canvas.strings
            bold = "Bold" in font
            assert left + text_width(text, size, bold=bold) <= box.right - 6 + 0.01, (text, size)
            assert size >= PLAN_BOARD.meta
