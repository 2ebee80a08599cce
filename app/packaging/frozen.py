"""``make frozen``: a one-folder build of the app for machines without Python (PyInstaller).

    python -m app.packaging.frozen [--out dist/frozen]

The result, ``dist/frozen/mlops-canvas/``, holds the ``mlops-canvas``
executable (the GUI, and every sub-command as arguments), the interpreter, the
libraries and, under ``_internal/``, the content files, fonts and database
migrations. Copy the folder anywhere and run the executable; nothing is
installed. The folder is then archived next to it with a SHA-256 manifest.

Why PyInstaller and not ``pyside6-deploy``: pyside6-deploy compiles through
Nuitka, which needs a C compiler and takes many minutes on CI's two cores;
PyInstaller is pip-installable, pinned in ``constraints.txt``, builds in
about a minute, and its PySide6 hooks collect only the Qt modules (and their
plugins) that the app imports. The Qt modules the app does not use are
excluded outright, so a stray import cannot drag them in.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NAME = "mlops-canvas"
DIST_NAME = "mlops-lifecycle-canvas"
# The app imports QtCore, QtGui and QtWidgets only (tests/test_packaging.py checks
# views/ and main.py against this); everything else PySide6-Essentials ships is left out.
QT_USED = ("QtCore", "QtGui", "QtWidgets")
QT_EXCLUDED = (
    "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender",
    "QtBluetooth", "QtCharts", "QtConcurrent", "QtDBus", "QtDataVisualization", "QtDesigner",
    "QtGraphs", "QtHelp", "QtHttpServer", "QtLocation", "QtMultimedia", "QtMultimediaWidgets",
    "QtNetwork", "QtNetworkAuth", "QtNfc", "QtOpenGL", "QtOpenGLWidgets", "QtPdf",
    "QtPdfWidgets", "QtPositioning", "QtPrintSupport", "QtQml", "QtQuick", "QtQuick3D",
    "QtQuickControls2", "QtQuickTest", "QtQuickWidgets", "QtRemoteObjects", "QtScxml",
    "QtSensors", "QtSerialBus", "QtSerialPort", "QtSpatialAudio", "QtSql", "QtStateMachine",
    "QtSvg", "QtSvgWidgets", "QtTest", "QtTextToSpeech", "QtUiTools", "QtWebChannel",
    "QtWebEngineCore", "QtWebEngineQuick", "QtWebEngineWidgets", "QtWebSockets", "QtWebView",
    "QtXml",
)  # fmt: skip
# Development and test tools that may sit in the build venv; none is used at run time.
OTHER_EXCLUDED = (
    "tkinter", "pytest", "_pytest", "pytestqt", "hypothesis", "mypy", "ruff", "pypdf",
    "psycopg", "IPython", "PySide6.scripts", "app.packaging", "bench", "tests",
)  # fmt: skip
# Sub-command modules are imported by name (app.cli.SUBCOMMANDS), and Alembic runs the
# migration scripts from files: neither is visible to PyInstaller's import analysis.
HIDDEN_PACKAGES = ("app", "models", "views")
MIGRATIONS = Path("app", "store", "migrations")


def migration_files(root: Path = ROOT) -> list[Path]:
    """The files Alembic reads from disk (env.py, the template and every revision)."""
    folder = root / MIGRATIONS
    return [
        folder / "env.py",
        folder / "script.py.mako",
        *sorted((folder / "versions").glob("*.py")),
    ]


def pyinstaller_args(out: Path, work: Path, root: Path = ROOT) -> list[str]:
    """The PyInstaller command line for the one-folder build."""
    sep = ";" if sys.platform == "win32" else ":"
    args = [
        str(root / "main.py"),
        "--name", NAME,
        "--onedir",
        "--noconfirm",
        "--clean",
        "--log-level", "WARN",
        "--distpath", str(out),
        "--workpath", str(work),
        "--specpath", str(work),
        "--paths", str(root),
        # The content files (TOML, fonts, guides) beside the package that importlib finds.
        "--collect-data", "resources",
        "--hidden-import", "resources",
        # Version and licence for --version and About come from the package metadata.
        "--copy-metadata", DIST_NAME,
        # A GUI app on Windows and macOS (no console window); the CLI still prints on Linux.
        "--windowed" if sys.platform in ("win32", "darwin") else "--console",
    ]  # fmt: skip
    for package in HIDDEN_PACKAGES:
        args += ["--collect-submodules", package]
    for path in migration_files(root):
        target = path.parent.relative_to(root).as_posix()
        args += ["--add-data", f"{path}{sep}{target}"]
    for module in QT_EXCLUDED:
        args += ["--exclude-module", f"PySide6.{module}"]
    for module in OTHER_EXCLUDED:
        args += ["--exclude-module", module]
    return args


def folder_size(folder: Path) -> int:
    """Bytes of every file under ``folder`` (symbolic links to libraries counted once)."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def prune(folder: Path) -> int:
    """Remove what the app never loads from a finished build; return the bytes saved.

    Qt's own translations: the app installs no Qt translator (its interface is
    English and goes through ``tr()``), so they would never be read; loading
    them would also mix translated Qt buttons into an English interface.
    """
    saved = 0
    for translations in folder.rglob("translations"):
        if translations.is_dir() and "PySide6" in translations.parts:
            saved += folder_size(translations)
            shutil.rmtree(translations)
    return saved


def main(argv: Sequence[str] | None = None) -> int:
    """Build the frozen app; print its folder, size and build time."""
    parser = argparse.ArgumentParser(prog="python -m app.packaging.frozen", description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "dist" / "frozen", help="output folder")
    args = parser.parse_args(argv)
    try:
        import PyInstaller.__main__ as pyinstaller
    except ImportError:
        print(
            "frozen: error: PyInstaller is not installed; "
            "pip install -c app/packaging/constraints.txt pyinstaller",
            file=sys.stderr,
        )
        return 1
    out = args.out.resolve()
    work = out.parent / "frozen-build"
    shutil.rmtree(out / NAME, ignore_errors=True)
    started = time.perf_counter()
    pyinstaller.run(pyinstaller_args(out, work))
    seconds = time.perf_counter() - started
    folder = out / NAME
    saved = prune(folder)
    print(
        f"frozen: {folder} ({folder_size(folder) / 1e6:.0f} MB; {saved / 1e6:.0f} MB of unused "
        f"Qt translations removed) built in {seconds:.0f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
