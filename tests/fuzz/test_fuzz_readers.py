"""Fuzzing in the suite: every reader, any input → accepted and valid, or one clean refusal.

A short, seeded run of the mutation corpus per reader (the long one is ``make
fuzz``), plus hypothesis driving the same mutators: each input must finish
within a few seconds and within a memory bound, and a refused exchange
document must leave the database unchanged (``tests.fuzz.targets``).
"""

from __future__ import annotations

import random
import time
import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.i18n import speaking
from tests.fuzz import mutate, targets

SECONDS_PER_INPUT = 5.0
PEAK_BYTES = 256 * 2**20
CORPUS_INPUTS = {
    "exchange": 200,
    "clipboard": 300,
    "pack": 150,
    "scenario": 100,
    "drills": 80,
    "rubric": 60,
}


@pytest.fixture(scope="module")
def ctx(tmp_path_factory: pytest.TempPathFactory) -> Iterator[targets.Context]:
    context = targets.Context(tmp_path_factory.mktemp("fuzz"))
    yield context
    context.close()


def _run(ctx: targets.Context, reader: str) -> tuple[list[bytes], Callable[..., str], Callable]:
    if reader == "exchange":
        return (
            ctx.seeds["exchange"],
            lambda d, r: targets.exchange(ctx, d, r),
            lambda d, r: mutate.json_mutation(d, r, targets.reseal),
        )
    if reader == "clipboard":
        return (
            ctx.seeds["clipboard"],
            lambda d, r: targets.clipboard(ctx, d, r),
            lambda d, r: mutate.json_mutation(d, r, None),
        )
    return (
        ctx.seeds[reader],
        lambda d, r: targets.content(ctx, reader, d, r),
        mutate.toml_mutation,
    )


def _judged(target: Callable[..., str], data: bytes, rng: random.Random) -> str:
    started = time.monotonic()
    outcome = target(data, rng)
    assert outcome in ("accepted", "refused")
    assert time.monotonic() - started < SECONDS_PER_INPUT, "too slow for one input"
    return outcome


@pytest.mark.parametrize("reader", list(CORPUS_INPUTS))
def test_mutation_corpus(ctx: targets.Context, reader: str) -> None:
    seeds, target, structural = _run(ctx, reader)
    rng = random.Random(f"suite:{reader}")
    outcomes = [
        _judged(target, mutate.mutated(rng.choice(seeds), rng, structural), rng)
        for _ in range(CORPUS_INPUTS[reader])
    ]
    assert outcomes.count("refused") > 0 and outcomes.count("accepted") > 0, outcomes


@pytest.mark.parametrize("reader", list(CORPUS_INPUTS))
def test_mutation_corpus_in_french(
    ctx: targets.Context, reader: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same readers refusing in French: every French message is built (its placeholders
    filled with hostile values) and is one clean line, never a crash."""
    seeds, target, structural = _run(ctx, reader)
    rng = random.Random(f"suite-fr:{reader}")
    said: list[str] = []
    judge = targets.one_line

    def heard(err: object) -> None:
        said.append(str(err))
        judge(err)

    monkeypatch.setattr(targets, "one_line", heard)
    with speaking("fr"):
        outcomes = [
            _judged(target, mutate.mutated(rng.choice(seeds), rng, structural), rng)
            for _ in range(CORPUS_INPUTS[reader] // 3)
        ]
    assert outcomes.count("refused") > 0, outcomes
    french = [m for m in said if "\u00a0:" in m or "«" in m]  # French colons and quotes
    assert said and len(french) * 2 > len(said), said[:5]


@settings(
    max_examples=100,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    reader=st.sampled_from(["exchange", "clipboard", "pack", "scenario", "drills", "rubric"]),
    seed_index=st.integers(min_value=0, max_value=50),
    steps=st.integers(min_value=1, max_value=5),
    rng=st.randoms(use_true_random=False),
)
def test_hypothesis_drives_the_mutators(
    ctx: targets.Context, reader: str, seed_index: int, steps: int, rng: random.Random
) -> None:
    seeds, target, structural = _run(ctx, reader)
    data = mutate.mutated(seeds[seed_index % len(seeds)], rng, structural, steps=steps)
    _judged(target, data, rng)


HOSTILE_SHAPES = {
    "exchange": b'{"format": "mlops-canvas/strategy", "data": ' + b"[" * 100_000 + b"}",
    "clipboard": b'{"format": "mlops-canvas-cards/1", "cards": [' + b"9" * 100_000 + b"]}",
    "pack": b"key = " + b"{a = " * 5_000 + b"1" + b"}" * 5_000,
    "scenario": b".".join([b"k"] * 200_000) + b" = 1",
    "drills": b"[[event]]\nkey = " + b"[" * 200_000,
}


@pytest.mark.parametrize("reader", list(HOSTILE_SHAPES))
def test_memory_and_time_stay_bounded_on_the_worst_shapes(
    ctx: targets.Context, reader: str, tmp_path: Path
) -> None:
    _, target, _ = _run(ctx, reader)
    tracemalloc.start()
    try:
        assert _judged(target, HOSTILE_SHAPES[reader], random.Random(0)) == "refused"
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < PEAK_BYTES, f"{reader}: {peak / 2**20:.0f} MiB"
