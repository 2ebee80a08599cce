"""The installed library adds the agency's scenarios; a broken one is reported, not fatal."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.resources import RESOURCES_DIR, ContentError, load_installed_library


@pytest.fixture
def agency(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("MLOPS_CANVAS_DATA_DIR", str(tmp_path))
    folder = tmp_path / "scenarios"
    folder.mkdir()
    return folder


def _agency_scenario(folder: Path, key: str, text: str = "") -> Path:
    source = (RESOURCES_DIR / "scenarios" / "01-infrastructure-maintenance.toml").read_text(
        encoding="utf-8"
    )
    original_key = next(
        line.split("=", 1)[1].strip().strip('"')
        for line in source.splitlines()
        if line.startswith("key")
    )
    path = folder / f"{key}.toml"
    path.write_text(source.replace(f'"{original_key}"', f'"{key}"', 1) + text, encoding="utf-8")
    return path


def test_without_an_agency_folder_the_shipped_library_loads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MLOPS_CANVAS_DATA_DIR", str(tmp_path))
    library, problems = load_installed_library()
    assert problems == ()
    assert "robodebt-case-study" in library.scenarios


def test_agency_scenarios_join_the_library(agency: Path) -> None:
    _agency_scenario(agency, "agency-road-sensors")
    library, problems = load_installed_library()
    assert problems == ()
    assert "agency-road-sensors" in library.scenarios


def test_a_broken_agency_scenario_is_reported_not_fatal(agency: Path) -> None:
    (agency / "broken.toml").write_text("key = [unclosed", encoding="utf-8")
    library, problems = load_installed_library()
    assert len(problems) == 1 and "broken.toml" in problems[0]
    assert "robodebt-case-study" in library.scenarios


def test_a_broken_shipped_file_still_raises(agency: Path, tmp_path: Path) -> None:
    root = tmp_path / "resources"
    root.mkdir()
    with pytest.raises(ContentError):
        load_installed_library(root)
