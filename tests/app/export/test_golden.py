"""Golden images of the presentation's title and board slides: a layout change shows as pixels.

The demo's largest board is rendered with poppler (``pdftoppm``, 40 dpi) and
compared with the PNGs in ``golden/``. A pixel counts as changed when a colour
channel moves by more than ``CHANNEL``; the test fails when more than
``TOLERANCE`` of the pixels changed, and writes the new render and a diff image
(changed pixels in red over a faded copy) beside the test's temporary files, the
paths in the failure message. After an intended change, regenerate with
``UPDATE_GOLDEN=1 python -m pytest tests/app/export/test_golden.py``.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image, ImageChops

from app.export.api import render_pdf
from tests.app.export.test_rendering import demo_bundles

GOLDEN = Path(__file__).parent / "golden"
DPI = 40
CHANNEL = 48
TOLERANCE = 0.004
SLIDES = {"title": 1, "board-1": 3, "board-2": 4, "board-3": 5}


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The slides of the demo's largest board, as PNGs."""
    tool = shutil.which("pdftoppm")
    if tool is None:
        pytest.skip("pdftoppm is not installed (apt-get install poppler-utils; .ci/run does)")
    bundle = max(demo_bundles(), key=lambda b: len(b.strategy.cards))
    out = io.BytesIO()
    render_pdf(bundle, out)
    folder = tmp_path_factory.mktemp("golden")
    pdf = folder / "presentation.pdf"
    pdf.write_bytes(out.getvalue())
    images = {}
    for name, page in SLIDES.items():
        stem = folder / name
        subprocess.run(
            [
                tool,
                "-png",
                "-r",
                str(DPI),
                "-f",
                str(page),
                "-l",
                str(page),
                "-singlefile",
                str(pdf),
                str(stem),
            ],
            check=True,
        )
        images[name] = stem.with_suffix(".png")
    return images


def _diff(golden: Image.Image, new: Image.Image) -> tuple[float, Image.Image]:
    """The share of changed pixels, and an image showing them in red over a faded render."""
    delta = ImageChops.difference(golden.convert("RGB"), new.convert("RGB"))
    mask = delta.point(lambda v: 255 if v > CHANNEL else 0).convert("L")
    mask = mask.point(lambda v: 255 if v else 0)
    changed = mask.histogram()[255] / (mask.width * mask.height)
    faded = Image.blend(new.convert("RGB"), Image.new("RGB", new.size, "white"), 0.7)
    red = Image.new("RGB", new.size, (220, 0, 0))
    return changed, Image.composite(red, faded, mask)


@pytest.mark.parametrize("name", list(SLIDES))
def test_slide_matches_its_golden_image(name: str, rendered: dict[str, Path]) -> None:
    new_path = rendered[name]
    golden_path = GOLDEN / f"{name}.png"
    if os.environ.get("UPDATE_GOLDEN"):
        GOLDEN.mkdir(exist_ok=True)
        shutil.copyfile(new_path, golden_path)
        pytest.skip(f"golden image written: {golden_path}")
    assert golden_path.is_file(), f"no golden image {golden_path}; run with UPDATE_GOLDEN=1"
    golden, new = Image.open(golden_path), Image.open(new_path)
    assert golden.size == new.size, f"{name}: size {new.size}, golden {golden.size}"
    changed, picture = _diff(golden, new)
    if changed > TOLERANCE:
        diff_path = new_path.with_name(f"{name}-diff.png")
        picture.save(diff_path)
        pytest.fail(
            f"{name}: {changed:.2%} of pixels changed (tolerance {TOLERANCE:.2%}); "
            f"new render {new_path}, diff {diff_path}"
        )


def test_the_comparison_sees_a_moved_card(rendered: dict[str, Path]) -> None:
    """A small shift of part of the slide is caught (the check is not blind)."""
    new = Image.open(rendered["board-1"]).convert("RGB")
    moved = new.copy()
    box = (40, 60, 200, 200)
    moved.paste(new.crop(box), (box[0] + 6, box[1] + 4))
    changed, _picture = _diff(new, moved)
    assert changed > TOLERANCE
