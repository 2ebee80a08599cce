"""Run every benchmark: ``python -m bench`` (or ``make bench``).

Each ``bench/bench_*.py`` module has a ``main()`` that prints its own table of
medians; ``python -m bench NAME`` runs only ``bench_NAME``.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path


def main(argv: list[str]) -> None:
    """Run the benchmark modules named in ``argv``, or all of them."""
    here = Path(__file__).resolve().parent
    names = sorted(p.stem for p in here.glob("bench_*.py"))
    wanted = [f"bench_{a.removeprefix('bench_')}" for a in argv] or names
    for name in wanted:
        if name not in names:
            raise SystemExit(f"no benchmark {name!r}; have: {', '.join(names)}")
        print(f"\n== {name} ==", flush=True)
        # Each script may read its own arguments; give it a clean argv.
        sys.argv = [str(here / f"{name}.py")]
        importlib.import_module(f"bench.{name}").main()


if __name__ == "__main__":
    main(sys.argv[1:])
