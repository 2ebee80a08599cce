"""Export benchmark: the presentation and the full plan of strategies of 50, 200 and 1,000 cards.

Targets (issue 13): ≤ 0.5 s median for the presentation of a 200-card strategy,
≤ 1 s for its full plan (portrait, tagged). The
workload is ``bench.workload.make_strategy`` (1.3 links per card) with every
shipped pack selected and a real check result, so the compliance slides carry
real findings. Each export renders into memory (no disk), fonts already
registered (the first export of a process pays ~0.1 s more for that).

Columns: median wall-clock and median CPU time of the process, and the page
count. The target is judged on CPU time: these machines are shared, and under
load the wall clock mostly measures waiting for a core (an idle machine gives
wall ≈ CPU for this single-threaded work).

Run with ``python -m bench.bench_export``.
"""

from __future__ import annotations

import datetime as dt
import io
import statistics
import time

from app.checker import Checker, load_packs
from app.export.api import render_pdf
from app.export.assemble import assemble_bundle
from app.export.bundle import ExportBundle
from app.resources import ContentLibrary, load_library
from bench.workload import make_strategy
from models.vocabulary import Role
from models.workshop import Member, Team, Workshop

SIZES = (50, 200, 1000)
RUNS = {50: 15, 200: 11, 1000: 5}
TARGET_S = {(200, False): 0.5, (200, True): 1.0}


def make_bundle(n_cards: int, library: ContentLibrary, checker: Checker) -> ExportBundle:
    """A bundle around the shared workload of ``n_cards`` cards."""
    scenario = next(iter(library.scenarios.values()))
    team = Team(
        name="Bench team",
        members=tuple(Member(name=f"Member {r.label}", role=r) for r in Role),
    )
    workshop = Workshop(name="Bench workshop", date=dt.date(2026, 11, 29), teams=(team,))
    strategy = make_strategy(n_cards, seed=7).model_copy(
        update={
            "workshop_id": workshop.id,
            "team_id": team.id,
            "scenario_key": scenario.key,
            "packs": tuple(sorted(checker.packs)),
        }
    )
    return assemble_bundle(
        strategy,
        workshop=workshop,
        scenario=scenario,
        check=checker.check(strategy),
        library=library,
        exported_at=dt.datetime(2026, 11, 29, 12, 0, tzinfo=dt.UTC),
    )


def measure(bundle: ExportBundle, runs: int, handout: bool) -> tuple[float, float, int]:
    """Median wall seconds, median CPU seconds and pages of ``runs`` exports."""
    walls: list[float] = []
    cpus: list[float] = []
    pages = 0
    for _ in range(runs):
        out = io.BytesIO()
        wall, cpu = time.perf_counter(), time.process_time()
        render_pdf(bundle, out, handout=handout)
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
        pages = out.getvalue().count(b"/Type /Page\n")
    return statistics.median(walls), statistics.median(cpus), pages


def main() -> None:
    """Print the table of medians."""
    library = load_library()
    checker = Checker(load_packs(capabilities=library.capabilities), library, library.capabilities)
    render_pdf(make_bundle(10, library, checker), io.BytesIO())  # register fonts, warm caches
    print(f"{'cards':>6}  {'output':<8} {'wall ms':>9} {'cpu ms':>9} {'pages':>6}  target")
    for n in SIZES:
        bundle = make_bundle(n, library, checker)
        for handout in (False, True):
            wall, cpu, pages = measure(bundle, RUNS[n], handout)
            target = TARGET_S.get((n, handout))
            verdict = ""
            if target is not None:
                met = "met" if cpu <= target else "MISSED"
                verdict = f"cpu ≤ {target * 1000:.0f} ms: {met}"
            kind = "plan" if handout else "talk"
            print(f"{n:>6}  {kind:<8} {wall * 1000:>9.0f} {cpu * 1000:>9.0f} {pages:>6}  {verdict}")


if __name__ == "__main__":
    main()
