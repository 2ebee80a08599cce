"""Write the renders in docs/deck/ (English) and docs/deck/fr/ (French): every slide of the demo
presentation, a plan spread, the board page, the index.

The demo workshop is written to a temporary database and exported with
``main.py export-pdf --workshop`` — the same path a facilitator takes — then the
pages are rendered with poppler's ``pdftoppm``: every slide of the largest
team's presentation (``slide-NN.png``), the first two pages of its full plan
side by side (``plan-spread.png``), the plan's board page (``plan-board.png``)
and the coverage index (``index.png``).

Run: ``.venv/bin/python -m tests.app.export.make_deck_renders [en|fr]`` (both by default)
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image

from app.demo import WORKSHOP_ID, ensure_demo
from app.export.batch import INDEX_NAME, PLAN_SUFFIX, PRESENTATION_SUFFIX
from app.resources import load_library
from app.store import Store

ROOT = Path(__file__).resolve().parents[3]
OUT = ROOT / "docs" / "deck"
DPI = 80


def _render(pdf: Path, stem: Path, first: int | None = None, last: int | None = None) -> None:
    command = ["pdftoppm", "-png", "-r", str(DPI)]
    if first is not None:
        command += ["-f", str(first), "-l", str(last or first)]
    subprocess.run([*command, str(pdf), str(stem)], check=True)


def main(lang: str = "en") -> None:
    """Export the demo workshop in ``lang`` and render its pages into docs/deck/[fr/]."""
    out = OUT if lang == "en" else OUT / lang
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        db = work / "demo.sqlite3"
        store = Store.open(f"sqlite:///{db}")
        try:
            ensure_demo(store, load_library())
        finally:
            store.close()
        folder = work / "out"
        command = [
            sys.executable,
            str(ROOT / "main.py"),
            "--lang",
            lang,
            "--db",
            str(db),
            "export-pdf",
        ]
        subprocess.run([*command, "--workshop", WORKSHOP_ID, "-o", str(folder)], check=True)
        talk = next(folder.glob(f"team-aurora*{PRESENTATION_SUFFIX}"))
        plan = next(folder.glob(f"team-aurora*{PLAN_SUFFIX}"))
        for old in out.glob("*.png"):
            old.unlink()
        _render(talk, work / "slide")
        for page in sorted(work.glob("slide-*.png")):
            number = int(page.stem.rsplit("-", 1)[1])
            page.replace(out / f"slide-{number:02d}.png")
        _render(plan, work / "plan", 1, 2)
        left, right = (Image.open(p) for p in sorted(work.glob("plan-*.png")))
        spread = Image.new("RGB", (left.width + right.width + 24, left.height), (200, 204, 210))
        spread.paste(left, (0, 0))
        spread.paste(right, (left.width + 24, 0))
        spread.save(out / "plan-spread.png", optimize=True)
        board = _board_page(plan)
        _render(plan, work / "board", board)
        next(work.glob("board*.png")).replace(out / "plan-board.png")
        _render(folder / INDEX_NAME, work / "index", 1)
        next(work.glob("index*.png")).replace(out / "index.png")
    for path in sorted(out.glob("*.png")):
        print(path)


def _board_page(plan: Path) -> int:
    """The first landscape page of the plan (its board), 1-based."""
    from pypdf import PdfReader

    for number, page in enumerate(PdfReader(plan).pages, start=1):
        if float(page.mediabox.width) > float(page.mediabox.height):
            return number
    raise SystemExit("the plan has no board page")


if __name__ == "__main__":
    for code in sys.argv[1:] or ["en", "fr"]:
        main(code)
