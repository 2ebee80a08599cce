"""The shipped content is found through importlib.resources, and a broken installation says
which file is missing and in which folder it looked."""

from __future__ import annotations

import importlib.resources
from pathlib import Path

import pytest

import app
from app.resources import (
    RESOURCES_DIR,
    ContentError,
    load_installed_library,
    load_library,
    locate_resources,
    read_guide,
)


def test_resources_are_the_importable_package() -> None:
    package = importlib.resources.files("resources")
    assert isinstance(package, Path)
    assert RESOURCES_DIR == package == locate_resources()
    assert (RESOURCES_DIR / "capabilities.toml").is_file()
    assert (RESOURCES_DIR / "__init__.py").is_file()


def test_missing_file_names_the_file_and_the_folder(tmp_path: Path) -> None:
    with pytest.raises(ContentError) as caught:
        load_library(tmp_path)
    text = str(caught.value)
    assert text.startswith("capabilities.toml: file not found in ")
    assert str(tmp_path) in text


def test_missing_shipped_file_is_raised_by_the_installed_loader(tmp_path: Path) -> None:
    with pytest.raises(ContentError, match=r"capabilities\.toml: file not found in"):
        load_installed_library(tmp_path)


def test_missing_guide_names_the_file_and_the_folder(tmp_path: Path) -> None:
    with pytest.raises(ContentError) as caught:
        read_guide("facilitator", tmp_path)
    assert "facilitator-guide.md" in str(caught.value)
    assert str(tmp_path / "help") in str(caught.value)


def test_without_the_package_the_expected_folder_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    def not_installed(_name: str) -> None:
        raise ModuleNotFoundError("No module named 'resources'")

    monkeypatch.setattr(importlib.resources, "files", not_installed)
    expected = Path(app.__file__).parent.parent / "resources"
    assert locate_resources() == expected
