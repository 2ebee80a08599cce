"""The MIME types the canvas accepts: ours only, so foreign drops and pastes are refused."""

from __future__ import annotations

from app.reading.limits import MAX_CLIPBOARD_BYTES as _MAX_CLIPBOARD_BYTES

CATALOG_MIME = "application/x-mlops-canvas-catalog-key"
"""A drag from the palette or the guide: the UTF-8 catalog key of one entry."""

CARDS_MIME = "application/x-mlops-canvas-cards+json"
"""Copied cards and the links among them: JSON ``{"format": …, "cards": […], "links": […]}``."""

# The data's ``format`` member and its checks live in the strict reader, app.exchange.clipboard.
MAX_CLIPBOARD_BYTES = _MAX_CLIPBOARD_BYTES
"""Pasted data larger than this is refused before it is parsed."""
