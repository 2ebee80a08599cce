"""The committed constraints pin every requirement of pyproject.toml at a version it allows."""

from __future__ import annotations

from pathlib import Path

from app.packaging.lock import read_pins, render, requirements, unpinned


def test_committed_constraints_pin_every_requirement() -> None:
    assert unpinned(requirements(), read_pins()) == []
    names = {r.split(">")[0].split("<")[0].split("[")[0].strip().lower() for r in requirements()}
    assert {"pyside6-essentials", "sqlalchemy", "pip", "pyinstaller"} <= names


def test_unpinned_finds_missing_and_contradicting_pins() -> None:
    reqs = ["SQLAlchemy>=2.0.30,<2.2", "networkx>=3.2,<4", "pip"]
    pins = {"sqlalchemy": "2.2.0", "pip": "26.3"}
    assert unpinned(reqs, pins) == [
        "SQLAlchemy==2.2.0 does not satisfy <2.2,>=2.0.30",
        "networkx is not pinned",
    ]


def test_rendered_file_reads_back(tmp_path: Path) -> None:
    path = tmp_path / "constraints.txt"
    path.write_text(render({"pyside6-essentials": "6.11.3", "sqlalchemy": "2.1.9"}))
    assert read_pins(path) == {"pyside6-essentials": "6.11.3", "sqlalchemy": "2.1.9"}
    assert path.read_text().startswith("# ")
