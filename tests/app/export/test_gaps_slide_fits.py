"""The gaps slide never spills a line onto a page of its own: it shows one gap fewer instead."""

from __future__ import annotations

from collections.abc import Callable

from app.export.presentation import MAX_GAPS, talk_gaps
from models.findings import TopGap
from models.vocabulary import FindingState, Severity
from tests.app.export.conftest import (
    all_text,
    read_pdf,
    sample_bundle,
    sample_check,
    sample_strategy,
)

LONG = "a practice whose name runs on for a while so that it wraps onto more lines"


def _gap(rank: int, citations: int) -> TopGap:
    return TopGap(
        rank=rank,
        practice=f"p{rank}",
        title=f"Gap {rank}: {LONG}",
        severity=Severity.ERROR,
        state=FindingState.OPEN,
        rule_ids=(f"r{rank}",),
        citations=tuple(f"Instrument {rank} Art. {n}({n}), {LONG}" for n in range(citations)),
        packs=("EU AI Act",),
    )


def _bundle(citations: int, gaps: int = 8):  # type: ignore[no-untyped-def]
    strategy = sample_strategy()
    check = sample_check(strategy).model_copy(
        update={"top_gaps": tuple(_gap(rank, citations) for rank in range(1, gaps + 1))}
    )
    return sample_bundle(strategy, check=check)


def _gap_pages(pdf: bytes) -> list[str]:
    reader = read_pdf(pdf)
    texts = [page.extract_text() or "" for page in reader.pages]
    return [t for t in texts if "The gaps that would hurt first" in t]


def test_short_gaps_all_show(render: Callable[..., bytes]) -> None:
    bundle = _bundle(citations=1)
    (slide,) = talk_gaps(bundle)
    assert slide.shorter is not None
    pages = _gap_pages(render(bundle))
    assert len(pages) == 1
    assert all(f"Gap {rank}:" in pages[0] for rank in range(1, MAX_GAPS + 1))


def test_long_gaps_show_fewer_on_one_page_and_count_the_rest(
    render: Callable[..., bytes],
) -> None:
    bundle = _bundle(citations=3)
    pdf = render(bundle)
    pages = _gap_pages(pdf)
    assert len(pages) == 1, "the gaps slide spilled onto a second page"
    shown = [rank for rank in range(1, 9) if f"Gap {rank}:" in pages[0]]
    assert shown and shown == list(range(1, len(shown) + 1)) and len(shown) < MAX_GAPS
    assert f"and {8 - len(shown)} more gaps" in " ".join(pages[0].split())
    assert "(continued)" not in pages[0]
    assert "Gap 1:" in all_text(read_pdf(pdf))


def test_a_single_gap_too_long_for_the_page_still_shows() -> None:
    bundle = _bundle(citations=3, gaps=1)
    (slide,) = talk_gaps(bundle)
    assert slide.shorter is None  # nothing to drop: it flows on, as any slide does
