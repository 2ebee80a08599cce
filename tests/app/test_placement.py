"""A placed or moved card lands on the free spot nearest to where it was let go."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.placement import GAP, max_x, nearest_free_position, overlaps
from models.layout import CARD_HEIGHT, slot_position
from models.phases import ALL_PHASES, Phase
from models.strategy import Card


def _card(n: int, phase: Phase, x: float, y: float) -> Card:
    return Card(id=f"c{n}", title=f"Card {n}", phase=phase, x=x, y=y)


def test_a_free_spot_is_kept() -> None:
    cards = [_card(0, Phase.DATA, 20, 20)]
    assert nearest_free_position(cards, Phase.DATA, 20, 400) == (20, 400)


def test_a_drop_on_a_card_moves_next_to_it_not_under_it() -> None:
    cards = [_card(0, Phase.DATA, 20, 140)]
    x, y = nearest_free_position(cards, Phase.DATA, 20, 150)
    assert not overlaps(x, y, [(20, 140)])
    assert abs(y - 150) <= CARD_HEIGHT + GAP + 10


def test_a_full_column_sends_the_card_below_it() -> None:
    cards = [_card(n, Phase.MONITOR, *slot_position(Phase.MONITOR, n)) for n in range(6)]
    x, y = nearest_free_position(cards, Phase.MONITOR, 20, 20)
    assert not overlaps(x, y, [(c.x, c.y) for c in cards])


def test_the_moving_card_is_no_obstacle_to_itself() -> None:
    cards = [_card(0, Phase.DEPLOY, 20, 20)]
    assert nearest_free_position(cards, Phase.DEPLOY, 30, 30, ignore=["c0"]) == (30, 30)


positions = st.tuples(
    st.integers(0, 4).map(lambda v: v * 10.0), st.integers(0, 80).map(lambda v: v * 10.0)
)


@given(
    phase=st.sampled_from(ALL_PHASES),
    existing=st.lists(positions, max_size=12),
    wanted=positions,
)
def test_the_result_never_covers_a_card_and_stays_in_the_lane(
    phase: Phase, existing: list[tuple[float, float]], wanted: tuple[float, float]
) -> None:
    cards = [_card(n, phase, x, y) for n, (x, y) in enumerate(existing)]
    x, y = nearest_free_position(cards, phase, *wanted)
    assert 0 <= x <= max_x(phase) and y >= 0
    assert not overlaps(x, y, [(c.x, c.y) for c in cards])
    if not overlaps(*wanted, [(c.x, c.y) for c in cards]):
        assert (x, y) == wanted
