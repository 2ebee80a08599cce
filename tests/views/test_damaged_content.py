"""A broken installation: the "content files are damaged" box names the file and the folder."""

from __future__ import annotations

from pathlib import Path

import pytest

import app.resources
import views.workbench


def test_missing_content_file_names_file_and_folder(  # type: ignore[no-untyped-def]
    make_harness, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    empty = tmp_path / "resources"
    empty.mkdir()
    real = app.resources.load_installed_library

    def load_from_empty_folder():  # type: ignore[no-untyped-def]
        return real(empty)

    monkeypatch.setattr(views.workbench, "load_installed_library", load_from_empty_folder)
    monkeypatch.setattr(views.workbench, "RESOURCES_DIR", empty)
    h = make_harness(tmp_path / "canvas.sqlite3")
    assert not h.opened
    title, text = h.errors[0]
    assert title == "Content files are damaged"
    assert "capabilities.toml" in text
    assert str(empty) in text
    assert "Traceback" not in text
