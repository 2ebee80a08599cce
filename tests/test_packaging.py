"""What the wheel and the sdist carry: every file the app loads, the licence, the metadata.

The expected files come from the loaders themselves (the content library's file
list, the rule packs, the drills, rubrics, fonts, guides, golden cases and the
database migrations), so a new content file the app reads is checked without
editing this test. The wheel and sdist are built from a copy of this checkout
with the venv's own setuptools (no build isolation, so no network).
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import tarfile
import zipfile
from collections.abc import Iterator
from email.parser import Parser
from pathlib import Path

import pytest

from app.checker.golden import GOLDEN_DIR
from app.checker.integrity import MANIFEST
from app.checker.packs import SHIPPED_DIR
from app.drills.load import DRILLS_DIR, SIMULATION_FILE
from app.export.fonts import font_files
from app.i18n import LANGUAGES, catalog_path
from app.packaging.frozen import QT_EXCLUDED, QT_USED, migration_files
from app.resources import RESOURCES_DIR, guide_files, library_files
from app.review.rubrics import RUBRICS_DIR
from app.store.schema import MIGRATIONS_DIR

ROOT = Path(__file__).resolve().parent.parent
SKIP = {".git", ".venv", "build", "dist", ".mypy_cache", ".ruff_cache", ".pytest_cache"}
SKIP_SUFFIXES = (".egg-info", "__pycache__", ".hypothesis")
BUILD = "from setuptools import build_meta as b; b.build_wheel('out'); b.build_sdist('out')"


def loaded_files() -> set[Path]:
    """Every file the app reads from its own installation, asked of the loaders."""
    files = {
        *library_files(RESOURCES_DIR),
        *SHIPPED_DIR.glob("*.toml"),
        SHIPPED_DIR / MANIFEST,  # the shipped packs' hashes, read with them
        *GOLDEN_DIR.glob("*.json"),  # read by `python -m app.checker.golden`
        DRILLS_DIR / SIMULATION_FILE,
        *DRILLS_DIR.glob("*.toml"),
        *RUBRICS_DIR.glob("*.toml"),
        *font_files(),
        *guide_files(),
        RESOURCES_DIR / "__init__.py",
        *(RESOURCES_DIR / "locale").rglob("*.toml"),  # every content file's translations
        *(RESOURCES_DIR / "locale").rglob("*.md"),
        *(catalog_path(code) for code in LANGUAGES),  # the interface catalogs
        MIGRATIONS_DIR / "env.py",
        MIGRATIONS_DIR / "script.py.mako",
        *(MIGRATIONS_DIR / "versions").glob("*.py"),
    }
    assert all(path.is_file() for path in files), sorted(p for p in files if not p.is_file())
    return files


def _relative(path: Path) -> str:
    return path.resolve().relative_to(ROOT).as_posix()


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Path]]:
    """The wheel and the sdist built from a copy of this checkout."""
    copy = tmp_path_factory.mktemp("checkout") / "src"

    def ignore(_folder: str, names: list[str]) -> set[str]:
        return {n for n in names if n in SKIP or n.endswith(SKIP_SUFFIXES)}

    shutil.copytree(ROOT, copy, ignore=ignore)
    done = subprocess.run(
        [sys.executable, "-c", BUILD],
        cwd=copy,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    out = copy / "out"
    (wheel,) = out.glob("*.whl")
    (sdist,) = out.glob("*.tar.gz")
    yield wheel, sdist


def test_wheel_carries_every_file_the_app_loads(built: tuple[Path, Path]) -> None:
    wheel, _sdist = built
    names = set(zipfile.ZipFile(wheel).namelist())
    missing = sorted(_relative(p) for p in loaded_files() if _relative(p) not in names)
    assert missing == []
    assert "main.py" in names


def test_sdist_carries_every_file_the_app_loads(built: tuple[Path, Path]) -> None:
    _wheel, sdist = built
    with tarfile.open(sdist) as archive:
        top = archive.getnames()[0].split("/")[0]
        names = {n.removeprefix(f"{top}/") for n in archive.getnames()}
    missing = sorted(_relative(p) for p in loaded_files() if _relative(p) not in names)
    assert missing == []
    assert {"LICENSE", "pyproject.toml", "README.md", "main.py"} <= names


def test_wheel_leaves_out_build_tools_and_tests(built: tuple[Path, Path]) -> None:
    wheel, _sdist = built
    names = zipfile.ZipFile(wheel).namelist()
    assert not [n for n in names if n.startswith(("app/packaging/", "tests/", "bench/", "docs/"))]
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc")]


def test_wheel_metadata_declares_licence_and_python(built: tuple[Path, Path]) -> None:
    wheel, _sdist = built
    with zipfile.ZipFile(wheel) as archive:
        info = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
        meta = Parser().parsestr(archive.read(info).decode("utf-8"))
        licence = archive.read(info.replace("METADATA", "licenses/LICENSE")).decode("utf-8")
    assert meta["License-Expression"] == "Apache-2.0"
    assert "LICENSE" in meta.get_all("License-File", [])
    assert meta["Requires-Python"] == ">=3.11"
    classifiers = meta.get_all("Classifier", [])
    assert "Operating System :: POSIX :: Linux" in classifiers
    assert "Programming Language :: Python :: 3.11" in classifiers
    assert not [c for c in classifiers if c.startswith("License ::")]  # superseded by SPDX
    assert licence == (ROOT / "LICENSE").read_text("utf-8")
    assert "Apache License" in licence and "Version 2.0, January 2004" in licence
    assert "END OF TERMS AND CONDITIONS" in licence


def test_frozen_build_names_every_migration_file() -> None:
    assert {_relative(p) for p in migration_files()} == {
        _relative(MIGRATIONS_DIR / "env.py"),
        _relative(MIGRATIONS_DIR / "script.py.mako"),
        *(_relative(p) for p in (MIGRATIONS_DIR / "versions").glob("*.py")),
    }


def _qt_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("PySide6."):
            found.add(node.module.split(".")[1])
        elif isinstance(node, ast.Import):
            found |= {a.name.split(".")[1] for a in node.names if a.name.startswith("PySide6.")}
    return found


def test_frozen_build_keeps_every_qt_module_the_app_imports() -> None:
    used: set[str] = set()
    for path in [ROOT / "main.py", *(ROOT / "views").rglob("*.py")]:
        used |= _qt_modules(path)
    assert used <= set(QT_USED), sorted(used - set(QT_USED))
    assert not used & set(QT_EXCLUDED)
