"""The embedded Unicode font (DejaVu Sans, shipped in ``resources/fonts/``).

Every piece of text in an exported PDF uses these faces; nothing falls back to
ReportLab's standard 14 fonts, which are not embedded and cover Latin-1 only.
"""

from __future__ import annotations

import threading
from functools import lru_cache
from pathlib import Path

from reportlab import rl_config
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.i18n import translate
from app.resources import RESOURCES_DIR

FONT_DIR: Path = RESOURCES_DIR / "fonts"
REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}

_lock = threading.Lock()
_codepoints: frozenset[int] = frozenset()
_widths: dict[str, tuple[dict[int, float], float]] = {}


def font_files() -> list[Path]:
    """The font files ``register_fonts`` reads (the wheel must carry each)."""
    return [FONT_DIR / filename for filename in _FILES.values()]


class FontError(RuntimeError):
    """The shipped font files are missing or unreadable (a broken installation)."""


def _font_problem(path: Path) -> str:
    """What is wrong with the font file ``path`` ReportLab refused, in the current language."""
    if not path.is_file():
        return translate(
            "errors-export",
            "the export font {file} is missing: the installation is incomplete; reinstall the app",
        ).format(file=path)
    return translate(
        "errors-export",
        "the export font {file} cannot be read: the installation is damaged; reinstall the app",
    ).format(file=path)


def register_fonts() -> None:
    """Register the embedded faces with ReportLab once per process (thread-safe).

    Also makes them ReportLab's default so that a canvas never starts with a
    reference to non-embedded Helvetica.

    Raises:
        FontError: a font file is missing or cannot be parsed.
    """
    global _codepoints  # noqa: PLW0603 - a process-wide cache guarded by _lock
    if _codepoints:  # registered already: no lock needed to read a set-once value
        return
    with _lock:
        if _codepoints:
            return
        for name, path in zip(_FILES, font_files(), strict=True):
            try:
                pdfmetrics.registerFont(TTFont(name, str(path)))
            except Exception as err:  # ReportLab raises bare TTFError/OSError variants
                raise FontError(_font_problem(path)) from err
        for bold in (False, True):
            for italic in (False, True):
                # No italic face ships: <i> falls back to the upright faces, never Helvetica.
                addMapping(REGULAR, int(bold), int(italic), BOLD if bold else REGULAR)
        rl_config.canvas_basefontname = REGULAR
        # ReportLab's graphics (the charts) start every drawing in their default font,
        # read at import time (Helvetica): a reference to a font that is not embedded.
        from reportlab.graphics.shapes import STATE_DEFAULTS

        STATE_DEFAULTS["fontName"] = REGULAR
        # Binary (Flate only) streams: ASCII85 makes files 25% larger and costs a fifth
        # of the export time in pure Python; every PDF reader handles binary streams.
        rl_config.useA85 = 0
        for name in _FILES:
            face = pdfmetrics.getFont(name).face
            _widths[name] = (dict(face.charWidths), float(face.defaultWidth))
        face = pdfmetrics.getFont(REGULAR).face
        # Assigned last: a non-empty set tells other threads that registration is complete.
        _codepoints = frozenset(code for code, glyph in face.charToGlyph.items() if glyph)


def has_glyph(char: str) -> bool:
    """Whether the embedded regular face can draw ``char`` (one code point)."""
    if not _codepoints:
        register_fonts()
    return ord(char) in _codepoints


def text_width(text: str, size: float, bold: bool = False) -> float:
    """The width in points of ``text`` set in the embedded face at ``size``.

    Same result as ``pdfmetrics.stringWidth`` (TrueType widths add up, no
    kerning), from a plain table: layout measures text tens of thousands of times.
    """
    return _unit_width(text, bold) * size / 1000.0


@lru_cache(maxsize=65536)  # layout measures the same words and labels again and again
def _unit_width(text: str, bold: bool) -> float:
    if not _codepoints:
        register_fonts()
    widths, default = _widths[BOLD if bold else REGULAR]
    get = widths.get
    return float(sum(get(ord(char), default) for char in text))
