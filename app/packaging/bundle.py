"""``make bundle``: one archive an agency carries across an air gap and installs with no network.

    python -m app.packaging.bundle --wheel dist/mlops_lifecycle_canvas-0.1.0-py3-none-any.whl

The archive (``dist/mlops-canvas-<version>-<platform>-cp<XY>.tar.gz``, a ``.zip``
on Windows) holds one folder with:

- ``wheelhouse/``: the app's wheel and a wheel of every dependency (and pip) at
  the versions pinned in ``app/packaging/constraints.txt``; wheels only, so the
  target machine needs no compiler;
- ``install.sh`` (Linux, macOS), ``install.ps1`` and ``install.bat`` (Windows):
  verify the manifest, then ``pip install --no-index --find-links`` into a fresh
  virtual environment;
- ``constraints.txt``, ``LICENSE`` and ``INSTALL.txt`` (system requirements,
  read from the wheels' own tags);
- ``SHA256SUMS``: the SHA-256 of every other file, checked before installing.

Downloading the wheels needs the package index; everything after that is offline.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import textwrap
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
TEMPLATES = HERE / "templates"
CONSTRAINTS = HERE / "constraints.txt"
DIST_NAME = "mlops-lifecycle-canvas"
MANIFEST = "SHA256SUMS"
# Qt's xcb platform plugin loads these at run time; PySide6's wheels do not carry them.
# The list was checked on a bare Debian 12 machine (shared/TESTING.md).
XCB_PACKAGES = (
    *("libegl1", "libgl1", "libfontconfig1", "libfreetype6", "libglib2.0-0", "libdbus-1-3"),
    *("libx11-6", "libx11-xcb1", "libxcb1", "libxcb-cursor0", "libxcb-glx0", "libxcb-icccm4"),
    *("libxcb-image0", "libxcb-keysyms1", "libxcb-randr0", "libxcb-render0"),
    *("libxcb-render-util0", "libxcb-shape0", "libxcb-shm0", "libxcb-sync1", "libxcb-util1"),
    *("libxcb-xfixes0", "libxcb-xkb1", "libxkbcommon0", "libxkbcommon-x11-0"),
)
QT_WHEELS = ("pyside6_essentials", "shiboken6")
# glibc of common agency distributions, to say in words which ones a floor admits.
DISTRO_GLIBC = (
    ("RHEL/Rocky 8", (2, 28)),
    ("Debian 11", (2, 31)),
    ("Ubuntu 20.04", (2, 31)),
    ("RHEL/Rocky 9", (2, 34)),
    ("Ubuntu 22.04", (2, 35)),
    ("Debian 12", (2, 36)),
    ("Ubuntu 24.04", (2, 39)),
)
_LEGACY_MANYLINUX = {"manylinux1": (2, 5), "manylinux2010": (2, 12), "manylinux2014": (2, 17)}
_MANYLINUX = re.compile(r"^manylinux_(\d+)_(\d+)_")
_MACOS = re.compile(r"^macosx_(\d+)_(\d+)_")


class BundleError(Exception):
    """The bundle cannot be built (a missing wheel, a failed download); the message says why."""


@dataclass(frozen=True)
class Built:
    """A finished bundle: the archive, and the hashes to publish beside it."""

    archive: Path
    archive_sha256: str
    manifest_sha256: str
    wheels: tuple[str, ...]


@dataclass(frozen=True)
class Floor:
    """The oldest system a set of wheels runs on, read from their platform tags."""

    system: str  # "glibc", "macOS" or ""
    version: tuple[int, int] | None
    wheels: tuple[str, ...]  # the wheels that set it

    def describe(self) -> str:
        """``glibc 2.28`` (or ``any`` when nothing sets a floor)."""
        if self.version is None:
            return "any"
        return f"{self.system} {self.version[0]}.{self.version[1]}"


def wheel_tags(filename: str) -> list[str]:
    """The platform tags of a wheel file name (``a.b`` compressed tags split)."""
    stem = filename.removesuffix(".whl")
    return stem.split("-")[-1].split(".")


def _tag_floor(tag: str) -> tuple[str, tuple[int, int]] | None:
    if tag in _LEGACY_MANYLINUX or any(tag.startswith(f"{k}_") for k in _LEGACY_MANYLINUX):
        return "glibc", _LEGACY_MANYLINUX[tag.split("_", maxsplit=1)[0]]
    match = _MANYLINUX.match(tag)
    if match:
        return "glibc", (int(match[1]), int(match[2]))
    match = _MACOS.match(tag)
    if match:
        return "macOS", (int(match[1]), int(match[2]))
    return None


def system_floor(filenames: Iterable[str]) -> Floor:
    """The system floor of a set of wheels.

    A wheel with several platform tags runs wherever its most permissive tag
    does (the lowest floor); the set runs only where all of them do (the highest).
    """
    best: tuple[str, tuple[int, int]] | None = None
    setters: list[str] = []
    for name in sorted(filenames):
        floors = [f for f in (_tag_floor(t) for t in wheel_tags(name)) if f is not None]
        if not floors:
            continue
        lowest = min(floors, key=lambda f: f[1])
        if best is None or lowest[1] > best[1]:
            best, setters = lowest, [name]
        elif lowest[1] == best[1]:
            setters.append(name)
    if best is None:
        return Floor("", None, ())
    return Floor(best[0], best[1], tuple(setters))


def platform_label() -> str:
    """A short name of this platform for the archive: ``linux-x86_64``, ``windows-amd64``…"""
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    return f"{system}-{platform.machine().lower()}"


def python_minor() -> str:
    """``3.11``: the Python the bundle's compiled wheels are for."""
    return f"{sys.version_info.major}.{sys.version_info.minor}"


def sha256_file(path: Path) -> str:
    """The SHA-256 (hex) of a file, read in blocks."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def write_manifest(folder: Path) -> Path:
    """Write ``SHA256SUMS`` (``sha256sum`` format, ``/``) for every other file in ``folder``."""
    lines = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file() and p.name != MANIFEST):
        lines.append(f"{sha256_file(path)}  {path.relative_to(folder).as_posix()}")
    manifest = folder / MANIFEST
    manifest.write_text("\n".join(lines) + "\n", encoding="utf-8", newline="\n")
    return manifest


def verify_manifest(folder: Path) -> list[str]:
    """Problems of ``folder`` against its manifest (empty when every file matches).

    The same rule as the install scripts: a changed, missing or unlisted file is refused.
    """
    manifest = folder / MANIFEST
    if not manifest.is_file():
        return [f"{MANIFEST} is missing"]
    listed: dict[str, str] = {}
    for line in manifest.read_text("utf-8").splitlines():
        digest, _, name = line.partition("  ")
        listed[name] = digest
    present = {
        p.relative_to(folder).as_posix()
        for p in folder.rglob("*")
        if p.is_file() and p.name != MANIFEST
    }
    problems = [f"not in the manifest: {name}" for name in sorted(present - set(listed))]
    problems += [f"missing: {name}" for name in sorted(set(listed) - present)]
    problems += [
        f"changed: {name}"
        for name in sorted(set(listed) & present)
        if sha256_file(folder / name) != listed[name]
    ]
    return problems


def fill(template: str, values: dict[str, str]) -> str:
    """Replace ``@KEY@`` placeholders (the scripts use ``$``, so not ``string.Template``)."""
    for key, value in values.items():
        template = template.replace(f"@{key}@", value)
    leftover = re.search(r"@[A-Z_]+@", template)
    if leftover:
        raise BundleError(f"template placeholder {leftover[0]} has no value")
    return template


def install_text(version: str, wheels: Sequence[str], label: str, python: str) -> str:
    """The INSTALL.txt of a bundle: what it needs, how to install, run and remove it."""
    qt = system_floor(w for w in wheels if w.lower().startswith(QT_WHEELS))
    overall = system_floor(wheels)
    lines = [
        f"MLOps Lifecycle Canvas {version} - offline installation bundle",
        f"Built {datetime.now(UTC):%Y-%m-%d} for {label}, CPython {python}.",
        "",
        "CHECK FIRST",
        "The install script checks every file against SHA256SUMS and refuses a bundle in",
        "which anything was changed, removed or added. It prints the SHA-256 of SHA256SUMS",
        "itself: compare that with the value the sender gave you by another channel (it is",
        "printed by `make bundle` and kept in the .sha256 file beside the archive).",
        "",
        "SYSTEM REQUIREMENTS",
        f"- Python {python} exactly (some wheels are compiled for this version), with venv.",
        f"  Debian/Ubuntu: apt-get install python{python} python{python}-venv",
        "- No network: nothing is downloaded during the install.",
        "- About 700 MB of free disk space for the installed app.",
    ]
    if overall.system == "glibc" and overall.version is not None:
        floor = overall.version
        fits = [name for name, glibc in DISTRO_GLIBC if glibc >= floor]
        too_old = [name for name, glibc in DISTRO_GLIBC if glibc < floor]
        qt_tags = sorted({tag for w in qt.wheels for tag in wheel_tags(w)})
        lines += [
            f"- Linux {platform.machine()} with glibc {floor[0]}.{floor[1]} or newer (check with",
            f"  `ldd --version`). The Qt wheels set it: {qt.describe()}, from their tags",
            f"  {', '.join(qt_tags) or '-'}.",
            *textwrap.wrap(
                f"Fits: {', '.join(fits) or '-'}. Too old: {', '.join(too_old) or 'none'}.",
                78,
                initial_indent="  ",
                subsequent_indent="  ",
            ),
            "- The system libraries Qt's X11 (xcb) plugin loads. Debian/Ubuntu:",
            *textwrap.wrap(
                "apt-get install " + " ".join(XCB_PACKAGES),
                78,
                initial_indent="  ",
                subsequent_indent="      ",
                break_on_hyphens=False,
            ),
            "  (A missing one shows as 'could not load the Qt platform plugin \"xcb\"';",
            "  run with QT_DEBUG_PLUGINS=1 to see which library is missing.)",
        ]
    elif overall.system == "macOS":
        lines.append(f"- macOS {overall.describe().split()[1]} or newer.")
    lines += [
        "",
        "INSTALL",
        "Linux, macOS:  sh install.sh [FOLDER]        (default: ~/mlops-canvas)",
        "Windows:       install.bat [-Target FOLDER]",
        "               (default: %LOCALAPPDATA%\\Programs\\mlops-canvas)",
        "Another Python: PYTHON=/path/to/python sh install.sh",
        "                install.bat -Python C:\\path\\to\\python.exe",
        "The folder must be new or empty. A failed install removes what it created.",
        "",
        "RUN",
        "FOLDER/bin/mlops-canvas             the desktop app",
        "                                    (Windows: FOLDER\\Scripts\\mlops-canvas.exe)",
        "FOLDER/bin/mlops-canvas --help      the headless commands: demo, check, drill,",
        "                                    export-pdf, report, export, import, ...",
        "FOLDER/bin/mlops-canvas --version   check the installation",
        "The user guide and the facilitator guide are in the app's Help menu.",
        "",
        "DATA AND REMOVAL",
        "Workshops are kept in the user data folder (Linux: ~/.local/share/mlops-canvas/,",
        "Windows: %LOCALAPPDATA%\\mlops-canvas\\), the log in the user log folder; Help > About",
        "shows both. To remove the app, delete FOLDER; the data folder is left alone.",
        "",
        f"CONTENTS: wheelhouse/ ({len(wheels)} wheels, pinned in constraints.txt), install.sh,",
        "install.ps1, install.bat, constraints.txt, LICENSE (Apache-2.0), INSTALL.txt, SHA256SUMS.",
    ]
    return "\n".join(lines) + "\n"


def download_wheels(wheel: Path, wheelhouse: Path) -> None:
    """Put the app's wheel and a wheel of every pinned dependency (and pip) in ``wheelhouse``.

    Raises:
        BundleError: pip could not find a wheel for this platform at the pinned version.
    """
    wheelhouse.mkdir(parents=True, exist_ok=True)
    shutil.copy2(wheel, wheelhouse / wheel.name)
    command = [
        sys.executable, "-m", "pip", "download", "--quiet", "--disable-pip-version-check",
        "--only-binary", ":all:", "--constraint", str(CONSTRAINTS),
        "--dest", str(wheelhouse), str(wheel), "pip",
    ]  # fmt: skip
    done = subprocess.run(command, check=False)
    if done.returncode != 0:
        raise BundleError(
            "pip could not download every pinned wheel (see above); run `make lock` "
            "if the pins no longer resolve"
        )
    strays = [p.name for p in wheelhouse.iterdir() if not p.name.endswith(".whl")]
    if strays:
        raise BundleError(f"not wheels, would need building on the target: {strays}")


def make_archive(folder: Path, target: Path) -> Path:
    """Pack ``folder`` (one top-level folder in the archive); ``.zip`` or ``.tar.gz`` by suffix."""
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    if target.suffix == ".zip":
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zipped:
            for path in files:
                zipped.write(path, f"{folder.name}/{path.relative_to(folder).as_posix()}")
        return target

    def normalise(info: tarfile.TarInfo) -> tarfile.TarInfo:
        # No builder's user names or ids inside: the archive unpacks as whoever unpacks it.
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        return info

    # Wheels are compressed already; level 6 saves little more than 1 and costs seconds.
    with tarfile.open(target, "w:gz", compresslevel=6) as archive:
        archive.add(folder, arcname=folder.name, filter=normalise)
    return target


def build_bundle(wheel: Path, out: Path, *, wheelhouse_from: Path | None = None) -> Built:
    """Build the bundle archive for this platform from the app's ``wheel``.

    Args:
        wheel: the app's wheel (``make wheel``).
        out: the folder the archive is written to.
        wheelhouse_from: take the dependency wheels from this folder instead of
            downloading them (tests build small bundles this way).

    Raises:
        BundleError: a wheel is missing, or the built folder does not verify.
    """
    version = wheel.name.split("-")[1]
    python = python_minor()
    label = platform_label()
    stem = f"mlops-canvas-{version}-{label}-cp{python.replace('.', '')}"
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=out) as scratch:
        folder = Path(scratch) / stem
        wheelhouse = folder / "wheelhouse"
        if wheelhouse_from is None:
            download_wheels(wheel, wheelhouse)
        else:
            shutil.copytree(wheelhouse_from, wheelhouse)
            shutil.copy2(wheel, wheelhouse / wheel.name)
        wheels = sorted(p.name for p in wheelhouse.glob("*.whl"))
        values = {"VERSION": version, "PYTHON": python, "PLATFORM": label}
        for name in ("install.sh", "install.ps1", "install.bat"):
            text = fill((TEMPLATES / name).read_text("utf-8"), values)
            newline = "\r\n" if name.endswith(".bat") else "\n"
            (folder / name).write_text(text.replace("\r\n", "\n"), "utf-8", newline=newline)
        (folder / "install.sh").chmod(0o755)
        shutil.copy2(CONSTRAINTS, folder / "constraints.txt")
        shutil.copy2(ROOT / "LICENSE", folder / "LICENSE")
        (folder / "INSTALL.txt").write_text(
            install_text(version, wheels, label, python), "utf-8", newline="\n"
        )
        manifest = write_manifest(folder)
        problems = verify_manifest(folder)
        if problems:
            raise BundleError(f"the bundle does not verify: {problems[:3]}")
        manifest_sha256 = sha256_file(manifest)
        suffix = ".zip" if sys.platform == "win32" else ".tar.gz"
        archive = make_archive(folder, out / f"{stem}{suffix}")
    archive_sha256 = sha256_file(archive)
    # Published beside the archive: the sender passes these two values on separately.
    (out / f"{archive.name}.sha256").write_text(
        f"{archive_sha256}  {archive.name}\n{manifest_sha256}  {stem}/{MANIFEST}\n",
        encoding="utf-8",
    )
    return Built(archive, archive_sha256, manifest_sha256, tuple(wheels))


def main(argv: Sequence[str] | None = None) -> int:
    """Build the bundle; print where it is, its size and its manifest hash."""
    parser = argparse.ArgumentParser(prog="python -m app.packaging.bundle", description=__doc__)
    parser.add_argument("--wheel", type=Path, required=True, help="the app's wheel")
    parser.add_argument("--out", type=Path, default=ROOT / "dist", help="output folder")
    args = parser.parse_args(argv)
    try:
        built = build_bundle(args.wheel, args.out)
    except BundleError as err:
        print(f"bundle: error: {err}", file=sys.stderr)
        return 1
    size = built.archive.stat().st_size / 1e6
    print(f"bundle: {built.archive} ({size:.1f} MB, {len(built.wheels)} wheels)")
    print(f"bundle: SHA-256 of the archive     {built.archive_sha256}")
    print(f"bundle: SHA-256 of its SHA256SUMS  {built.manifest_sha256}")
    return 0


if __name__ == "__main__":
    os.umask(0o022)  # the archive's files are readable by whoever installs them
    sys.exit(main())
