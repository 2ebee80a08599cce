"""The canvas grid: every card placed once, inside its lane, never overlapping another."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.export.canvas_layout import LEGEND, Rect, place_cards, plan_canvas
from app.export.deck import BODY_HEIGHT, BODY_WIDTH
from models.phases import ALL_PHASES, LIFECYCLE, Phase
from models.strategy import Card

HANDOUT = (499.0, 700.0)


def _cards(counts: dict[Phase, int]) -> list[Card]:
    return [
        Card(id=f"{phase.value}-{n}", title=f"{phase.value} {n}", phase=phase, y=float(n))
        for phase, count in counts.items()
        for n in range(count)
    ]


def _overlap(a: Rect, b: Rect) -> bool:
    return a.x < b.right and b.x < a.right and a.y < b.top and b.y < a.top


def _check(cards: list[Card], width: float, height: float) -> int:
    plan = plan_canvas(cards, width, height)
    pages = place_cards(cards, plan)
    placed = [card_id for page in pages for card_id in page]
    assert sorted(placed) == sorted(c.id for c in cards)
    phase = {c.id: c.phase for c in cards}
    for rects in pages:
        for (ida, a), (idb, b) in itertools.combinations(rects.items(), 2):
            assert not _overlap(a, b), (ida, idb)
        for card_id, rect in rects.items():
            assert rect.x >= 0 and rect.right <= width + 1e-6
            assert rect.y >= LEGEND and rect.top <= plan.lanes_top
            if phase[card_id] is Phase.GOVERNANCE:
                assert rect.top <= LEGEND + plan.band_height
            else:
                lane = LIFECYCLE.index(phase[card_id])
                left = lane * (plan.lane_width + 6)
                assert left <= rect.x and rect.right <= left + plan.lane_width + 1e-6
                assert rect.y >= plan.lanes_bottom
    assert plan.font >= 6
    return plan.pages


@pytest.mark.parametrize("per_lane", [0, 1, 5, 12, 25, 60, 150])
@pytest.mark.parametrize("size", [(BODY_WIDTH, BODY_HEIGHT), HANDOUT])
def test_grid_never_overlaps(per_lane: int, size: tuple[float, float]) -> None:
    _check(_cards(dict.fromkeys(ALL_PHASES, per_lane)), *size)


def test_150_cards_fit_on_at_most_two_slides() -> None:
    cards = _cards(dict.fromkeys(ALL_PHASES, 150 // 7 + 1))
    assert _check(cards, BODY_WIDTH, BODY_HEIGHT) <= 2


def test_small_boards_use_one_slide_and_the_largest_type() -> None:
    plan = plan_canvas(_cards(dict.fromkeys(ALL_PHASES, 3)), BODY_WIDTH, BODY_HEIGHT)
    assert plan.pages == 1
    assert plan.font == 9.0


def test_too_small_an_area_is_refused() -> None:
    with pytest.raises(ValueError, match="too small"):
        plan_canvas(_cards({Phase.DATA: 1}), 100, 60)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(0, 80), min_size=len(ALL_PHASES), max_size=len(ALL_PHASES)))
def test_any_distribution_is_placed_without_overlap(counts: list[int]) -> None:
    _check(_cards(dict(zip(ALL_PHASES, counts, strict=True))), BODY_WIDTH, BODY_HEIGHT)
