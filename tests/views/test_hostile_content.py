"""Hostile agency files no longer leave the window blank (issue 15, item 3)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.app.test_hostile_content import _plant


def test_the_window_finishes_loading_with_every_agency_folder_hostile(  # type: ignore[no-untyped-def]
    make_harness, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    for kind in ("rulepacks", "scenarios", "drills", "rubrics"):
        _plant(data / kind)
    monkeypatch.setenv("MLOPS_CANVAS_DATA_DIR", str(data))
    h = make_harness(tmp_path / "canvas.sqlite3")
    assert h.opened
    assert h.errors == []
    assert h.workbench.session is not None  # the demo strategy is on the canvas
    assert h.workbench.library is not None
    assert "robodebt-case-study" in h.workbench.library.scenarios
