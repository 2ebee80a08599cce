"""How many pages a PDF has, read from the file itself (no PDF library needed at run time).

The exporters report the titles they bookmarked, but a long section flows onto
several pages, so "slides written" is not "pages in the file". The page tree's
root (``/Type /Pages``) carries the total in ``/Count``; intermediate nodes carry
their share, so the largest count is the document's. ReportLab, which writes
every PDF of this app, keeps page-tree dictionaries uncompressed.
"""

from __future__ import annotations

import re
from pathlib import Path

_DICT = re.compile(rb"<<((?:(?!<<|>>).){0,200000}?)>>", re.DOTALL)
_PAGES = re.compile(rb"/Type\s*/Pages\b")
_COUNT = re.compile(rb"/Count\s+(\d+)")


def page_count(path: Path) -> int | None:
    """The number of pages of the PDF at ``path``; None when it cannot be read or found."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    return page_count_of(data)


def page_count_of(data: bytes) -> int | None:
    """The number of pages of a PDF held in memory; None when no page tree is found."""
    counts = [
        int(count.group(1))
        for match in _DICT.finditer(data)
        if _PAGES.search(match.group(1)) and (count := _COUNT.search(match.group(1)))
    ]
    return max(counts) if counts else None
