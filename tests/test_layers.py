"""The layers hold: models ← app ← views; only views/ and main.py import PySide6."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ALLOWED_TOP_LEVEL = {
    "app",
    "models",
    "views",
    "resources",
    "tests",
    "main.py",
    "pyproject.toml",
    "README.md",
    "LICENSE",
    "Makefile",
    ".ci",
    "docs",
    "bench",
    ".gitignore",
    ".git",
}
IGNORED = {".venv", ".pytest_cache", ".mypy_cache", ".ruff_cache", ".hypothesis", "build", "dist"}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize(
    ("package", "forbidden"),
    [
        ("models", {"PySide6", "shiboken6", "app", "views", "sqlalchemy", "alembic", "reportlab"}),
        ("app", {"PySide6", "shiboken6", "views"}),
    ],
)
def test_package_imports_point_down(package: str, forbidden: set[str]) -> None:
    offenders = {
        str(path.relative_to(ROOT)): sorted(_imports(path) & forbidden)
        for path in (ROOT / package).rglob("*.py")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def _modules(path: Path) -> set[str]:
    """Every module ``path`` imports by absolute name, at the top or inside a function."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def _within(name: str, package: str) -> bool:
    return name == package or name.startswith(f"{package}.")


def test_views_never_import_the_cli() -> None:
    """What the GUI and the CLI both do lives in app/; the CLI is a front end, like views/."""
    offenders = {
        str(path.relative_to(ROOT)): sorted(m for m in _modules(path) if _within(m, "app.cli"))
        for path in (ROOT / "views").rglob("*.py")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_the_cli_scan_sees_imports_inside_functions(tmp_path: Path) -> None:
    """The scan catches the lazy forms too: ``from app import cli`` inside a function."""
    sample = tmp_path / "sample.py"
    sample.write_text(
        "def late():\n    from app import cli\n    import app.cli.report\n", encoding="utf-8"
    )
    found = {m for m in _modules(sample) if _within(m, "app.cli")}
    assert found == {"app.cli", "app.cli.report"}


def test_top_level_is_the_agreed_layout() -> None:
    entries = {p.name for p in ROOT.iterdir()} - IGNORED
    entries = {e for e in entries if not e.endswith(".egg-info")}
    assert entries <= ALLOWED_TOP_LEVEL, sorted(entries - ALLOWED_TOP_LEVEL)
