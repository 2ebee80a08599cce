"""The in-app guides name their screenshots instead of showing broken pictures."""

from __future__ import annotations

from app.resources import RESOURCES_DIR
from views.dialogs.guide import without_images


def test_screenshots_become_captions_and_the_rest_stays() -> None:
    text = "Intro\n\n![The guided drill](screenshots/stage-explore-1366.png)\n\n| a | b |"
    shown = without_images(text)
    assert "stage-explore-1366.png" not in shown and "The guided drill" in shown
    assert shown.startswith("Intro") and shown.endswith("| a | b |")
    guide = (RESOURCES_DIR / "help" / "facilitator-guide.md").read_text(encoding="utf-8")
    assert "](screenshots/" in guide and "](screenshots/" not in without_images(guide)
