"""The installed app, tried as a user would: offline, from an unrelated folder, every command.

    python -m app.packaging.smoke --bundle dist/mlops-canvas-….tar.gz
    python -m app.packaging.smoke --frozen dist/frozen/mlops-canvas/mlops-canvas

``--bundle`` unpacks the archive, checks that a tampered copy is refused, runs
its ``install.sh`` into a fresh virtual environment (timed) and then runs the
installed ``mlops-canvas``; ``--frozen`` runs a frozen build as it is. Every run
starts in a new temporary folder with a clean environment (no ``PYTHONPATH``,
its own ``HOME`` and data folder), so only what was installed can answer.
``make install-check`` runs this inside a network namespace with no network.

The GUI is started offscreen until its first paint and its workbench is ready
(``MLOPS_CANVAS_STARTUP_PROBE=exit``). The last line is ``smoke: N passed, M
failed``; the exit status is 1 if anything failed.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import stat
import subprocess
import sys
import tarfile
import tempfile
import time
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

STEP_TIMEOUT = 300
INTERRUPTED = 130


class SmokeError(AssertionError):
    """One step's expectation failed; the message says what was seen."""


@dataclass
class Smoke:
    """The launcher under test and a scratch folder to run it in."""

    launcher: list[str]
    work: Path
    results: list[tuple[str, bool, float, str]] = field(default_factory=list)
    ids: dict[str, str] = field(default_factory=dict)

    def env(self, **extra: str) -> dict[str, str]:
        """A clean environment: nothing from the checkout, nothing of the user's."""
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "LANG": "C.UTF-8",
            "HOME": str(self.work),
            "XDG_CONFIG_HOME": str(self.work / "config"),
            "XDG_DATA_HOME": str(self.work / "share"),
            "XDG_CACHE_HOME": str(self.work / "cache"),
            "XDG_RUNTIME_DIR": str(self.work / "runtime"),
            "MLOPS_CANVAS_DATA_DIR": str(self.work / "data"),
            "QT_QPA_PLATFORM": "offscreen",
        }
        for name in ("SYSTEMROOT", "TEMP", "TMP", "LOCALAPPDATA", "APPDATA"):  # Windows needs these
            if name in os.environ:
                env[name] = os.environ[name]
        env.update(extra)
        return env

    def run(
        self, *args: str, expect: Sequence[int] = (0,), env: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        """Run the launcher with ``args`` in the scratch folder; fail on another exit status."""
        done = subprocess.run(
            [*self.launcher, *args],
            cwd=self.work,
            env=env or self.env(),
            capture_output=True,
            text=True,
            timeout=STEP_TIMEOUT,
            check=False,
        )
        if done.returncode not in expect:
            raise SmokeError(
                f"exit {done.returncode} (expected {list(expect)}) for {' '.join(args)}:\n"
                f"{done.stderr.strip()[-2000:]}"
            )
        if "Traceback" in done.stderr:
            raise SmokeError(f"a traceback on stderr for {' '.join(args)}:\n{done.stderr}")
        return done

    def step(self, name: str, action: Callable[[], str]) -> None:
        """Run one named check and record its outcome (a failure does not stop the others)."""
        start = time.perf_counter()
        try:
            note = action()
            ok = True
        except (SmokeError, subprocess.TimeoutExpired, OSError, ValueError, KeyError) as err:
            note, ok = str(err), False
        seconds = time.perf_counter() - start
        self.results.append((name, ok, seconds, note))
        mark = "ok  " if ok else "FAIL"
        print(f"{mark} {name} ({seconds:.1f} s){': ' + note if note else ''}", flush=True)


def _pdf(path: Path) -> str:
    data = path.read_bytes()
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
        raise SmokeError(f"{path.name} is not a complete PDF")
    mode = stat.S_IMODE(path.stat().st_mode)
    if os.name == "posix" and mode != 0o644:
        raise SmokeError(f"{path.name} has mode {mode:o}, expected 644 under umask 022")
    if shutil.which("qpdf"):
        check = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, check=False)
        if check.returncode not in (0, 3):  # 3: warnings only
            raise SmokeError(f"qpdf --check refuses {path.name}")
    return f"{path.name} {len(data) // 1024} KiB"


def run_all(smoke: Smoke, expected_version: str | None) -> None:
    """Every sub-command, the usage errors and the GUI's first paint."""
    db = "workshop.sqlite3"

    def version() -> str:
        out = smoke.run("--version").stdout.strip()
        if not out.startswith("mlops-canvas ") or (
            expected_version and out != f"mlops-canvas {expected_version}"
        ):
            raise SmokeError(f"--version printed {out!r}")
        return out

    def usage() -> str:
        done = smoke.run("frobnicate", expect=(2,))
        if not done.stderr.startswith("usage: mlops-canvas"):
            raise SmokeError(f"no usage line: {done.stderr!r}")
        smoke.run("--no-such-option", expect=(2,))
        return "exit 2 with a usage line"

    def demo() -> str:
        smoke.run("--db", db, "demo")
        workshops = json.loads(smoke.run("--db", db, "workshops", "--format", "json").stdout)
        strategies = json.loads(smoke.run("--db", db, "strategies", "--format", "json").stdout)
        smoke.ids["workshop"] = workshops[0]["id"]
        smoke.ids["strategy"] = strategies[0]["id"]
        return f"{len(workshops)} workshop, {len(strategies)} strategies"

    def check() -> str:
        done = smoke.run("--db", db, "check", smoke.ids["strategy"], expect=(0, 1))
        result = json.loads(
            smoke.run(
                "--db", db, "check", smoke.ids["strategy"], "--format", "json", expect=(0, 1)
            ).stdout
        )
        smoke.run("check", "--crosswalk")
        if not done.stdout.strip() or not result:
            raise SmokeError("check printed nothing")
        french = smoke.run(
            "--lang", "fr", "--db", db, "check", smoke.ids["strategy"], expect=(0, 1)
        )
        if "Ensembles de règles" not in french.stdout:
            raise SmokeError("check --lang fr printed no French (translations not installed?)")
        return f"exit {done.returncode}"

    def drill() -> str:
        out = smoke.run("--db", db, "drill", smoke.ids["strategy"]).stdout
        for word in ("handled", "missed", "late"):
            if word in out:
                return "outcome table printed"
        raise SmokeError(f"no drill outcome in: {out[:300]!r}")

    def export_pdf() -> str:
        sid = smoke.ids["strategy"]
        smoke.run("--db", db, "export-pdf", sid, "-o", "deck.pdf", "--markdown", "--csv")
        smoke.run("--db", db, "export-pdf", sid, "-o", "handout.pdf", "--handout")
        (smoke.work / "decks").mkdir()
        smoke.run("--db", db, "export-pdf", "--workshop", smoke.ids["workshop"], "-o", "decks")
        decks = sorted((smoke.work / "decks").glob("*.pdf"))
        if len(decks) < 2:
            raise SmokeError(f"the workshop export wrote {len(decks)} PDFs")
        for path in decks:
            _pdf(path)
        return ", ".join([_pdf(smoke.work / "deck.pdf"), _pdf(smoke.work / "handout.pdf")])

    def report() -> str:
        smoke.run("--db", db, "report", "--workshop", smoke.ids["workshop"], "-o", "report.pdf")
        return _pdf(smoke.work / "report.pdf")

    def exchange() -> str:
        smoke.run("--db", db, "export", smoke.ids["strategy"], "-o", "strategy.json")
        smoke.run("--db", db, "import", "strategy.json", "--as-new", "--dry-run")
        smoke.run("--db", db, "import", "strategy.json", "--as-new")
        return "export, import --as-new"

    def gui() -> str:
        env = smoke.env(MLOPS_CANVAS_STARTUP_PROBE="exit")
        done = smoke.run("--db", db, env=env)
        stamps = dict(line.split() for line in done.stdout.splitlines() if line.count(" ") == 1)
        if "FIRST_PAINT" not in stamps or "READY" not in stamps:
            raise SmokeError(f"no first paint reported: {done.stdout!r} {done.stderr!r}")
        log = smoke.work / "data" / "logs" / "mlops-canvas.log"
        if not log.is_file():
            raise SmokeError("the GUI wrote no log file")
        return "first paint, workbench ready, log written"

    smoke.step("--version", version)
    smoke.step("unknown command or option", usage)
    smoke.step("demo, workshops, strategies", demo)
    smoke.step("check", check)
    smoke.step("drill", drill)
    smoke.step("export-pdf", export_pdf)
    smoke.step("report", report)
    smoke.step("export, import", exchange)
    smoke.step("GUI offscreen", gui)


def unpack(archive: Path, into: Path) -> Path:
    """Unpack a bundle archive; return its one top-level folder."""
    if archive.suffix == ".zip":
        with zipfile.ZipFile(archive) as zipped:
            zipped.extractall(into)
    else:
        with tarfile.open(archive) as tarred:
            tarred.extractall(into, filter="data")
    (folder,) = [p for p in into.iterdir() if p.is_dir()]
    return folder


def install(bundle: Path, target: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Run the bundle's installer for this platform into ``target``."""
    if os.name == "nt":
        command = ["powershell", "-NoProfile", "-ExecutionPolicy", "Bypass", "-File",
                   str(bundle / "install.ps1"), "-Target", str(target)]  # fmt: skip
    else:
        command = ["sh", str(bundle / "install.sh"), str(target)]
    return subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=STEP_TIMEOUT, check=False
    )


def tamper_check(bundle: Path, scratch: Path, env: dict[str, str]) -> str:
    """A copy of the bundle with one changed byte, and one with an added wheel, are refused."""
    notes = []
    for how in ("changed", "added"):
        copy = scratch / f"tampered-{how}"
        shutil.copytree(bundle, copy)
        if how == "changed":
            victim = next(p for p in sorted((copy / "wheelhouse").glob("mlops_lifecycle*.whl")))
            data = bytearray(victim.read_bytes())
            data[len(data) // 2] ^= 0xFF
            victim.write_bytes(bytes(data))
        else:
            empty_zip = b"PK\x05\x06" + bytes(18)
            (copy / "wheelhouse" / "evil-1.0-py3-none-any.whl").write_bytes(empty_zip)
        target = scratch / f"target-{how}"
        done = install(copy, target, env)
        if done.returncode == 0 or "refused" not in done.stderr:
            raise SmokeError(f"a bundle with a {how} file was not refused: {done.stderr!r}")
        if target.exists():
            raise SmokeError(f"a refused install left {target} behind")
        notes.append(how)
        shutil.rmtree(copy)
    return "refused: " + ", ".join(notes)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the smoke test of a bundle or a frozen build; print one line per step."""
    parser = argparse.ArgumentParser(prog="python -m app.packaging.smoke", description=__doc__)
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument("--bundle", type=Path, help="the bundle archive (make bundle)")
    what.add_argument("--frozen", type=Path, help="the frozen app's executable (make frozen)")
    parser.add_argument("--version", dest="expected", help="the version --version must print")
    args = parser.parse_args(argv)
    os.umask(0o022)  # exports must come out 0644 under the usual umask
    with tempfile.TemporaryDirectory(prefix="mlops-canvas-smoke-") as scratch_name:
        scratch = Path(scratch_name).resolve()
        work = scratch / "work"
        work.mkdir()
        smoke = Smoke(launcher=[], work=work)
        if args.bundle is not None:
            bundle = unpack(args.bundle.resolve(), scratch / "bundle")
            env = smoke.env()
            smoke.step("tampered bundle refused", lambda: tamper_check(bundle, scratch, env))
            target = scratch / "installed"
            started = time.perf_counter()
            done = install(bundle, target, env)
            seconds = time.perf_counter() - started
            ok = done.returncode == 0
            smoke.results.append(("install", ok, seconds, done.stderr.strip()))
            note = "" if ok else f": {done.stderr.strip()}"
            print(f"{'ok  ' if ok else 'FAIL'} install ({seconds:.1f} s){note}", flush=True)
            if not ok:
                return _summary(smoke)
            bindir = "Scripts" if os.name == "nt" else "bin"
            smoke.launcher = [str(target / bindir / "mlops-canvas")]
            python = str(target / bindir / "python")

            def isolated() -> str:
                code = "import app, resources; print(app.__file__); print(resources.__file__)"
                out = subprocess.run(
                    [python, "-c", code], cwd=work, env=smoke.env(), capture_output=True,
                    text=True, check=True, timeout=STEP_TIMEOUT,
                ).stdout.split()  # fmt: skip
                if not all(Path(p).is_relative_to(target) for p in out):
                    raise SmokeError(f"the app was imported from outside the install: {out}")
                return "app and resources come from the installed wheel"

            smoke.step("imports from the install only", isolated)
        else:
            smoke.launcher = [str(args.frozen.resolve())]
        run_all(smoke, args.expected)
    return _summary(smoke)


def _summary(smoke: Smoke) -> int:
    passed = sum(1 for _n, ok, _s, _m in smoke.results if ok)
    failed = len(smoke.results) - passed
    print(f"smoke: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
