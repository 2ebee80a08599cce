"""Regenerate ``app/packaging/constraints.txt``: every runtime dependency pinned as resolved here.

    python -m app.packaging.lock            # resolve and write the file (needs the index)
    python -m app.packaging.lock --check    # exit 1 if the file does not pin every requirement

pip resolves the dependencies of ``pyproject.toml`` (and the ``frozen`` extra's
build tools) without installing anything (``pip install --dry-run --report``);
the result is written as ``name==version`` lines. The offline bundle downloads
exactly these versions, so two bundles built from one commit hold the same
wheels. Resolution happens for this interpreter and platform; dependencies that
only other platforms need (none today) would stay unpinned.
"""

from __future__ import annotations

import argparse
import json
import platform
import subprocess
import sys
import tempfile
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = ROOT / "pyproject.toml"
CONSTRAINTS = Path(__file__).resolve().parent / "constraints.txt"
EXTRAS = ("frozen",)  # build tools pinned beside the runtime: PyInstaller for `make frozen`
# The bundle carries its own pip, so the install does not depend on the target's (old) one.
BUNDLE_TOOLS = ("pip",)


def requirements(pyproject: Path = PYPROJECT, extras: Iterable[str] = EXTRAS) -> list[str]:
    """The runtime requirements of the project, plus those of ``extras``, as written there."""
    project: Mapping[str, Any] = tomllib.loads(pyproject.read_text("utf-8"))["project"]
    found = [*project["dependencies"], *BUNDLE_TOOLS]
    optional = project.get("optional-dependencies", {})
    for extra in extras:
        found += optional.get(extra, [])
    return found


def resolve(reqs: Sequence[str]) -> dict[str, str]:
    """Resolve ``reqs`` with pip for this interpreter; return canonical name → version.

    Raises:
        subprocess.CalledProcessError: pip could not resolve them.
    """
    with tempfile.TemporaryDirectory() as scratch:
        report = Path(scratch) / "report.json"
        subprocess.run(
            [
                sys.executable, "-m", "pip", "install", "--quiet", "--dry-run",
                "--ignore-installed", "--only-binary", ":all:", "--report", str(report), *reqs,
            ],
            check=True,
        )  # fmt: skip
        data = json.loads(report.read_text("utf-8"))
    pins: dict[str, str] = {}
    for item in data["install"]:
        meta = item["metadata"]
        pins[canonicalize_name(meta["name"])] = meta["version"]
    return dict(sorted(pins.items()))


def render(pins: Mapping[str, str]) -> str:
    """The constraints file's text: a header saying where it was resolved, then the pins."""
    header = [
        "# Every dependency of mlops-lifecycle-canvas, pinned as resolved by",
        "# `python -m app.packaging.lock` (make lock) on "
        f"CPython {platform.python_version()} / {sys.platform} / {platform.machine()}.",
        "# `make bundle` downloads exactly these versions. Do not edit by hand.",
    ]
    return "\n".join([*header, *(f"{name}=={version}" for name, version in pins.items())]) + "\n"


def read_pins(path: Path = CONSTRAINTS) -> dict[str, str]:
    """The pins of a constraints file (canonical name → version)."""
    pins: dict[str, str] = {}
    for raw in path.read_text("utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if line:
            name, _, version = line.partition("==")
            pins[canonicalize_name(name)] = version.strip()
    return pins


def unpinned(reqs: Iterable[str], pins: Mapping[str, str]) -> list[str]:
    """Requirements of the project that the pins leave open or contradict."""
    problems: list[str] = []
    for text in reqs:
        req = Requirement(text)
        version = pins.get(canonicalize_name(req.name))
        if version is None:
            problems.append(f"{req.name} is not pinned")
        elif not req.specifier.contains(version, prereleases=True):
            problems.append(f"{req.name}=={version} does not satisfy {req.specifier}")
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    """Write (default) or ``--check`` the constraints file."""
    parser = argparse.ArgumentParser(prog="python -m app.packaging.lock", description=__doc__)
    parser.add_argument("--check", action="store_true", help="only check the committed file")
    args = parser.parse_args(argv)
    reqs = requirements()
    if args.check:
        problems = unpinned(reqs, read_pins())
        for problem in problems:
            print(f"{CONSTRAINTS.name}: {problem}; run `make lock`", file=sys.stderr)
        return 1 if problems else 0
    pins = resolve(reqs)
    CONSTRAINTS.write_text(render(pins), encoding="utf-8")
    print(f"wrote {len(pins)} pins to {CONSTRAINTS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
