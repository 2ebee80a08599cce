"""Routing the board's links along the free corridors, so no link passes under a card.

A board page (``board_layout``) keeps free vertical gutters between its columns
and free horizontal corridors between its rows. A link leaves its card from the
side that faces its target, runs along the gutter beside its own column, crosses
along the corridor nearest the middle of its two cards, comes down the gutter
beside the target's column and enters the target's edge. Links that share a
gutter or corridor get their own track in it, a few points apart, so two links
never merge into one line. Links to and from the governance band use the band's
own gutters and the corridor above it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from app.export.board_layout import BoardPage, Placed, Rect
from models.phases import Phase
from models.strategy import Link

Point = tuple[float, float]
TRACK = 3.0
"""Points between two links sharing a gutter or corridor."""


@dataclass(frozen=True)
class Route:
    """A link's path on a page: the points of an orthogonal polyline, tip last."""

    link: Link
    points: tuple[Point, ...]


@dataclass(frozen=True)
class _Gutter:
    left: float
    right: float


def _columns(page: BoardPage, band: bool) -> list[Rect]:
    """The page's card columns, left to right (lane columns, or the band's)."""
    cols = [
        col
        for lane in page.lanes
        if (lane.phase is Phase.GOVERNANCE and page.band_corridor is not None) is band
        for col in lane.columns
    ]
    return sorted(cols, key=lambda c: c.x)


def _gutters(columns: Sequence[Rect], width: float) -> list[_Gutter]:
    """Gutter i lies left of column i; the last one right of the last column."""
    edges = [0.0, *(x for c in columns for x in (c.x, c.right)), width]
    return [_Gutter(edges[2 * i], edges[2 * i + 1]) for i in range(len(columns) + 1)]


def _column_of(rect: Rect, columns: Sequence[Rect]) -> int:
    for index, col in enumerate(columns):
        if col.x - 0.5 <= rect.x <= col.right:
            return index
    return 0


class _Tracks:
    """Hands out a track (an offset from the middle) per link in each gutter or corridor."""

    def __init__(self, spacing: float) -> None:
        self.spacing = spacing
        self.users: dict[tuple[str, int], list[str]] = defaultdict(list)

    def claim(self, key: tuple[str, int], link: str) -> None:
        if link not in self.users[key]:
            self.users[key].append(link)

    def offset(self, key: tuple[str, int], link: str, room: float) -> float:
        users = self.users[key]
        n = len(users)
        step = min(self.spacing, max(room - 2.0, 0.0) / max(n, 1))
        return (users.index(link) - (n - 1) / 2) * step


def route_links(
    page: BoardPage, links: Sequence[Link], track: float = TRACK
) -> tuple[list[Route], int]:
    """The routes of the links whose two cards are on ``page``; and how many are not.

    ``track`` is the distance between two links that share a gutter or corridor.
    """
    shown = [lk for lk in links if lk.source in page.cards and lk.target in page.cards]
    lanes_cols = _columns(page, band=False)
    band_cols = _columns(page, band=True)
    lane_gutters = _gutters(lanes_cols, page.width)
    band_gutters = _gutters(band_cols, page.width)
    corridors = page.corridors
    tracks = _Tracks(track)
    plans = [
        _plan(
            page, lk, lane_cols=lanes_cols, band_cols=band_cols, corridors=corridors, tracks=tracks
        )
        for lk in shown
    ]
    gutters = (lane_gutters, band_gutters)
    routes = [
        Route(lk, _points(plan, page, gutters=gutters, corridors=corridors, tracks=tracks))
        for lk, plan in zip(shown, plans, strict=True)
    ]
    return _spread_ports(routes, page, track), len(links) - len(shown)


def _spread_ports(routes: list[Route], page: BoardPage, track: float) -> list[Route]:
    """Links leaving (or entering) one side of a card do so at points a track apart.

    Without this, three links from one card share their first stretch and read as one.
    """
    ends: dict[tuple[str, int], list[tuple[int, bool]]] = defaultdict(list)
    for index, route in enumerate(routes):
        ends[(route.link.source, round(route.points[0][0]))].append((index, True))
        ends[(route.link.target, round(route.points[-1][0]))].append((index, False))
    points = [list(route.points) for route in routes]

    def far_y(member: tuple[int, bool]) -> float:
        index, start = member
        return points[index][-1][1] if start else points[index][0][1]

    for (card, _x), members in ends.items():
        if len(members) < 2:
            continue
        rect = page.cards[card].rect
        step = min(track * 1.3, (rect.h - 6) / len(members))
        members.sort(key=far_y, reverse=True)  # the highest other end leaves highest
        for k, (index, start) in enumerate(members):
            dy = ((len(members) - 1) / 2 - k) * step
            line = points[index]
            a, b = (0, 1) if start else (-1, -2)
            if abs(line[a][1] - line[b][1]) < 0.01:  # a horizontal stub: move both its ends
                line[a] = (line[a][0], line[a][1] + dy)
                line[b] = (line[b][0], line[b][1] + dy)
    return [Route(route.link, tuple(p)) for route, p in zip(routes, points, strict=True)]


@dataclass(frozen=True)
class _Plan:
    """Which gutters and corridor a link uses, before the tracks are known."""

    kind: str
    link: str
    source: Placed
    target: Placed
    out_gutter: int = 0
    in_gutter: int = 0
    corridor: int = -1


def _in_band(page: BoardPage, placed: Placed) -> bool:
    return page.band_corridor is not None and placed.card.phase is Phase.GOVERNANCE


def _nearest_corridor(corridors: Sequence[tuple[float, float]], y: float) -> int:
    return min(range(len(corridors)), key=lambda i: abs(sum(corridors[i]) / 2 - y))


def _plan(
    page: BoardPage,
    link: Link,
    *,
    lane_cols: list[Rect],
    band_cols: list[Rect],
    corridors: list[tuple[float, float]],
    tracks: _Tracks,
) -> _Plan:
    s, t = page.cards[link.source], page.cards[link.target]
    s_band, t_band = _in_band(page, s), _in_band(page, t)
    if s_band or t_band:
        # Out of (or into) the band through a band gutter, along the corridor above it.
        out_g = _column_of(s.rect, band_cols if s_band else lane_cols)
        in_g = _column_of(t.rect, band_cols if t_band else lane_cols)
        plan = _Plan("band", link.id, s, t, out_g, in_g)
        tracks.claim(("bg" if s_band else "g", out_g), link.id)
        tracks.claim(("bg" if t_band else "g", in_g), link.id)
        tracks.claim(("band", 0), link.id)
        return plan
    a, b = _column_of(s.rect, lane_cols), _column_of(t.rect, lane_cols)
    if a == b:
        plan = _Plan("same", link.id, s, t, a + 1, a + 1)
    elif b == a + 1:
        plan = _Plan("adjacent", link.id, s, t, b, b)
    elif b == a - 1:
        plan = _Plan("adjacent-back", link.id, s, t, a, a)
    else:
        forward = b > a
        out_g = a + 1 if forward else a
        in_g = b if forward else b + 1
        corridor = _nearest_corridor(corridors, (s.rect.mid_y + t.rect.mid_y) / 2)
        plan = _Plan(
            "corridor" if forward else "corridor-back", link.id, s, t, out_g, in_g, corridor
        )
        tracks.claim(("c", corridor), link.id)
    tracks.claim(("g", plan.out_gutter), link.id)
    tracks.claim(("g", plan.in_gutter), link.id)
    return plan


def _points(
    plan: _Plan,
    page: BoardPage,
    *,
    gutters: tuple[list[_Gutter], list[_Gutter]],
    corridors: list[tuple[float, float]],
    tracks: _Tracks,
) -> tuple[Point, ...]:
    lane_g, band_g = gutters
    key = plan.link
    s, t = plan.source.rect, plan.target.rect

    def gx(kind: str, index: int) -> float:
        gutters = band_g if kind == "bg" else lane_g
        g = gutters[min(index, len(gutters) - 1)]
        return (g.left + g.right) / 2 + tracks.offset((kind, index), key, g.right - g.left)

    def cy(index: int) -> float:
        low, high = corridors[index]
        return (low + high) / 2 + tracks.offset(("c", index), key, high - low)

    if plan.kind == "band":
        assert page.band_corridor is not None
        low, high = page.band_corridor
        y = (low + high) / 2 + tracks.offset(("band", 0), key, high - low)
        s_band, t_band = _in_band(page, plan.source), _in_band(page, plan.target)
        x1 = gx("bg" if s_band else "g", plan.out_gutter)
        x2 = gx("bg" if t_band else "g", plan.in_gutter)
        start = (s.x, s.mid_y) if x1 <= s.x else (s.right, s.mid_y)
        end = (t.x, t.mid_y) if x2 <= t.x else (t.right, t.mid_y)
        return (start, (x1, s.mid_y), (x1, y), (x2, y), (x2, t.mid_y), end)
    if plan.kind == "same":
        x = gx("g", plan.out_gutter)
        return ((s.right, s.mid_y), (x, s.mid_y), (x, t.mid_y), (t.right, t.mid_y))
    if plan.kind == "adjacent":
        x = gx("g", plan.out_gutter)
        return ((s.right, s.mid_y), (x, s.mid_y), (x, t.mid_y), (t.x, t.mid_y))
    if plan.kind == "adjacent-back":
        x = gx("g", plan.out_gutter)
        return ((s.x, s.mid_y), (x, s.mid_y), (x, t.mid_y), (t.right, t.mid_y))
    x1, x2, y = gx("g", plan.out_gutter), gx("g", plan.in_gutter), cy(plan.corridor)
    if plan.kind == "corridor":
        return ((s.right, s.mid_y), (x1, s.mid_y), (x1, y), (x2, y), (x2, t.mid_y), (t.x, t.mid_y))
    return ((s.x, s.mid_y), (x1, s.mid_y), (x1, y), (x2, y), (x2, t.mid_y), (t.right, t.mid_y))
