"""The long fuzz run (``make fuzz``): mutated inputs through every reader, counted.

    python -m tests.fuzz.run [--inputs N] [--seed S] [--timeout SECONDS] [--memory] [--out DIR]

For each reader — exchange documents, the four kinds of agency content file,
and the clipboard — N inputs are made from valid seeds by ``tests.fuzz.mutate``
and judged by ``tests.fuzz.targets``. Each input runs under a time limit (a
hang is an input still running after ``--timeout`` seconds) and, with
``--memory``, under ``tracemalloc`` to record its peak (an input past
``--max-mib`` counts as a crash). The table printed at the end counts inputs
tried, accepted, refused, crashes and hangs, the slowest input and the largest
peak; a crash or hang is written to ``--out`` with its input so it can be
replayed. Exit status 1 if there was any crash or hang.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import signal
import sys
import tempfile
import time
import traceback
import tracemalloc
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MLOPS_CANVAS_NO_USER_DATA", "1")

from app.i18n import LANGUAGES, speaking
from tests.fuzz import mutate, targets


class HangError(Exception):
    """An input ran past its time limit."""


@dataclass
class Tally:
    """The counts of one reader."""

    tried: int = 0
    accepted: int = 0
    refused: int = 0
    crashes: int = 0
    hangs: int = 0
    slowest: float = 0.0
    peak: int = 0


@contextlib.contextmanager
def limited(seconds: float) -> Iterator[None]:
    """Raise ``HangError`` inside the block once it has run ``seconds`` (POSIX timers)."""
    if not hasattr(signal, "setitimer"):
        yield
        return

    def expire(_signum: int, _frame: object) -> None:
        raise HangError(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def readers(ctx: targets.Context) -> dict[str, tuple[list[bytes], Callable, Callable]]:
    """Name → (seeds, structural mutation, target) for every reader."""
    found: dict[str, tuple[list[bytes], Callable, Callable]] = {
        "exchange": (
            ctx.seeds["exchange"],
            lambda d, r: mutate.json_mutation(d, r, targets.reseal),
            lambda d, r: targets.exchange(ctx, d, r),
        ),
        "clipboard": (
            ctx.seeds["clipboard"],
            lambda d, r: mutate.json_mutation(d, r, None),
            lambda d, r: targets.clipboard(ctx, d, r),
        ),
    }
    for kind in targets.CONTENT_KINDS:
        found[f"content/{kind}"] = (
            ctx.seeds[kind],
            mutate.toml_mutation,
            lambda d, r, kind=kind: targets.content(ctx, kind, d, r),
        )
    return found


def run_one(
    name: str,
    target: Callable[[bytes, random.Random], str],
    data: bytes,
    rng: random.Random,
    tally: Tally,
    *,
    timeout: float,
    memory: bool,
    out: Path,
    max_bytes: int = 512 * 2**20,
) -> None:
    """Feed one input to one target and count the outcome."""
    tally.tried += 1
    started = time.perf_counter()
    cpu_started = time.process_time()
    if memory:
        tracemalloc.start()
    try:
        with limited(timeout):
            outcome = target(data, rng)
    except HangError:
        tally.hangs += 1
        # The limit is wall-clock (a blocked read uses no CPU); the CPU time tells a real
        # hang from a busy machine, where an input waits for a core.
        cpu = time.process_time() - cpu_started
        _keep(out, name, tally.tried, data, f"hang ({timeout:g} s wall, {cpu:.2f} s CPU)")
        return
    except Exception:
        tally.crashes += 1
        _keep(out, name, tally.tried, data, traceback.format_exc())
        return
    finally:
        tally.slowest = max(tally.slowest, time.perf_counter() - started)
        peak = 0
        if memory:
            peak = tracemalloc.get_traced_memory()[1]
            tally.peak = max(tally.peak, peak)
            tracemalloc.stop()
    if peak > max_bytes:
        tally.crashes += 1
        _keep(out, name, tally.tried, data, f"used {peak / 2**20:.0f} MiB")
        return
    if outcome == "accepted":
        tally.accepted += 1
    else:
        tally.refused += 1


def _keep(out: Path, name: str, number: int, data: bytes, why: str) -> None:
    out.mkdir(parents=True, exist_ok=True)
    stem = f"{name.replace('/', '-')}-{number}"
    (out / f"{stem}.input").write_bytes(data)
    (out / f"{stem}.txt").write_text(why, encoding="utf-8")
    print(f"  {name} #{number}: {why.strip().splitlines()[-1]}", file=sys.stderr)


def fuzz(
    inputs: int,
    seed: int,
    *,
    timeout: float,
    memory: bool,
    out: Path,
    max_bytes: int = 512 * 2**20,
) -> dict[str, Tally]:
    """Run ``inputs`` mutated inputs through every reader; return the tallies."""
    tallies: dict[str, Tally] = {}
    with tempfile.TemporaryDirectory(prefix="canvas-fuzz-") as scratch:
        ctx = targets.Context(Path(scratch))
        try:
            for name, (seeds, structural, target) in readers(ctx).items():
                rng = random.Random(f"{seed}:{name}")
                tally = tallies[name] = Tally()
                for _ in range(inputs):
                    data = mutate.mutated(rng.choice(seeds), rng, structural)
                    run_one(
                        name,
                        target,
                        data,
                        rng,
                        tally,
                        timeout=timeout,
                        memory=memory,
                        out=out,
                        max_bytes=max_bytes,
                    )
                print(
                    f"  {name}: {tally.tried} tried, {tally.crashes} crashes, {tally.hangs} hangs",
                    file=sys.stderr,
                    flush=True,
                )
        finally:
            ctx.close()
    return tallies


def report(tallies: dict[str, Tally], seconds: float) -> str:
    """The counts as a plain table, with a total line."""
    header = f"{'reader':<18}{'tried':>8}{'accepted':>10}{'refused':>9}{'crashes':>9}{'hangs':>7}"
    header += f"{'slowest s':>11}{'peak MiB':>10}"
    lines = [header, "-" * len(header)]
    total = Tally()
    for name, t in tallies.items():
        lines.append(
            f"{name:<18}{t.tried:>8}{t.accepted:>10}{t.refused:>9}{t.crashes:>9}{t.hangs:>7}"
            f"{t.slowest:>11.2f}{t.peak / 2**20:>10.1f}"
        )
        for attr in ("tried", "accepted", "refused", "crashes", "hangs"):
            setattr(total, attr, getattr(total, attr) + getattr(t, attr))
        total.slowest = max(total.slowest, t.slowest)
        total.peak = max(total.peak, t.peak)
    lines.append("-" * len(header))
    lines.append(
        f"{'all':<18}{total.tried:>8}{total.accepted:>10}{total.refused:>9}{total.crashes:>9}"
        f"{total.hangs:>7}{total.slowest:>11.2f}{total.peak / 2**20:>10.1f}"
    )
    lines.append(f"in {seconds:.0f} s")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Run the fuzzers and print the table; 1 if any input crashed or hung."""
    parser = argparse.ArgumentParser(prog="python -m tests.fuzz.run", description=__doc__)
    parser.add_argument("--inputs", type=int, default=3000, help="inputs per reader")
    parser.add_argument("--seed", type=int, default=15, help="random seed (reproducible runs)")
    parser.add_argument("--timeout", type=float, default=10.0, help="seconds before a hang")
    parser.add_argument("--memory", action="store_true", help="record each input's peak memory")
    parser.add_argument("--max-mib", type=int, default=512, help="peak memory that is a crash")
    parser.add_argument(
        "--out", type=Path, default=Path("build", "fuzz-findings"), help="crashes go here"
    )
    parser.add_argument(
        "--lang", choices=sorted(LANGUAGES), default="en", help="the language refusals are in"
    )
    args = parser.parse_args(argv)
    started = time.monotonic()
    with speaking(args.lang):
        tallies = fuzz(
            args.inputs,
            args.seed,
            timeout=args.timeout,
            memory=args.memory,
            out=args.out,
            max_bytes=args.max_mib * 2**20,
        )
    print(report(tallies, time.monotonic() - started))
    failed = any(t.crashes or t.hangs for t in tallies.values())
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
