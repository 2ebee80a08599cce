"""The MIME types the canvas accepts: ours only, so foreign drops and pastes are refused."""

from __future__ import annotations

CATALOG_MIME = "application/x-mlops-canvas-catalog-key"
"""A drag from the palette or the guide: the UTF-8 catalog key of one entry."""

CARDS_MIME = "application/x-mlops-canvas-cards+json"
"""Copied cards and the links among them: JSON ``{"format": …, "cards": […], "links": […]}``."""

CARDS_FORMAT = "mlops-canvas-cards/1"
"""The ``format`` field inside ``CARDS_MIME`` data (bumped if the layout ever changes)."""

MAX_CLIPBOARD_BYTES = 2_000_000
"""Pasted data larger than this is refused before it is parsed."""
