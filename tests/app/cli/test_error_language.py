"""Every line the CLI prints when it refuses speaks ``--lang`` (or ``$MLOPS_CANVAS_LANG``).

Each case runs the real entry point (``app.cli.run_cli``) on a real failure: an unknown
workshop, a missing database file, an export into a folder the user may not write in or
onto a folder, a date that is not one, a full disk. In French the line reads
``mlops-canvas : erreur : …`` (no-break spaces) and keeps none of the English sentence;
in English it reads as it always did. (``main.py``'s own refusal: tests/test_main.py.)
"""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

import app.cli
import app.cli.exchange
import app.export.atomic
from app.demo import AURORA_STRATEGY_ID, WORKSHOP_ID
from tests.app.cli.runner import Cli, Outcome, cli_runner

NBSP = "\u00a0"
FRENCH_ERROR = f"mlops-canvas{NBSP}: erreur{NBSP}: "
ENGLISH_ERROR = "mlops-canvas: error: "
# Words only the English messages use: none may be left in a French line.
ENGLISH_WORDS = (
    "error",
    "warning",
    "cannot",
    "No",
    "no",
    "with",
    "the",
    "folder",
    "give",
    "allowed",
    "expects",
    "database",
    "create",
    "lists",
    "written",
    "such",
)


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> Cli:
    """Every sub-command registered; an English system; the agency folder empty."""
    monkeypatch.delenv("MLOPS_CANVAS_LANG", raising=False)
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        monkeypatch.setenv(variable, "en_CA.UTF-8")
    monkeypatch.setenv("MLOPS_CANVAS_DATA_DIR", str(tmp_path / "data"))
    return cli_runner(monkeypatch, capsys, dict(app.cli.SUBCOMMANDS))


@pytest.fixture
def demo_db(cli: Cli, tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite3"
    assert cli("--db", path, "demo").status == 0
    return path


@pytest.fixture
def read_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A folder the user may not write in (as root, whom modes do not stop: the OS's refusal)."""
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    if os.access(folder, os.W_OK):

        def refuse(target: Path, suffix: str) -> tuple[int, Path]:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(target))

        monkeypatch.setattr(app.export.atomic, "open_temp", refuse)
        monkeypatch.setattr(app.cli.exchange, "open_temp", refuse)
    yield folder
    folder.chmod(0o755)


def french_line(outcome: Outcome) -> str:
    """The one French error line of a refused run, checked for English left in it."""
    assert outcome.status == 2, outcome
    lines = outcome.err.splitlines()
    assert len(lines) == 1 and lines[0].startswith(FRENCH_ERROR), outcome.err
    words = {w.strip(".,;:()'«»") for w in lines[0].split() if "/" not in w}
    assert words.isdisjoint(ENGLISH_WORDS), (sorted(words & set(ENGLISH_WORDS)), lines[0])
    return lines[0]


def english_line(outcome: Outcome) -> str:
    """The one English error line of a refused run."""
    assert outcome.status == 2, outcome
    lines = outcome.err.splitlines()
    assert len(lines) == 1 and lines[0].startswith(ENGLISH_ERROR), outcome.err
    return lines[0]


# -- an unknown workshop or strategy ------------------------------------------------------


@pytest.mark.parametrize(
    "argv",
    [
        ["strategies", "--workshop", "nope"],
        ["check", "--workshop", "nope"],
        ["export", "--workshop", "nope", "-o", "{tmp}/w.json"],
        ["export-pdf", "--workshop", "nope", "-o", "{tmp}/out"],
        ["report", "--workshop", "nope", "-o", "{tmp}/r.pdf"],
    ],
)
def test_an_unknown_workshop(cli: Cli, demo_db: Path, tmp_path: Path, argv: list[str]) -> None:
    args = [a.format(tmp=tmp_path) for a in argv]
    line = french_line(cli("--lang", "fr", "--db", demo_db, *args))
    assert (
        f"aucun atelier ayant l'identifiant «{NBSP}nope{NBSP}» dans {demo_db}; "
        f"la commande «{NBSP}workshops{NBSP}» les énumère."
    ) in line
    english = english_line(cli("--lang", "en", "--db", demo_db, *args))
    assert (
        f"No workshop with id 'nope' in {demo_db}; the 'workshops' command lists them." in english
    )


@pytest.mark.parametrize(
    "argv",
    [["check", "nope"], ["drill", "nope"], ["export", "nope"], ["export-pdf", "nope", "-o", "x"]],
)
def test_an_unknown_strategy(cli: Cli, demo_db: Path, argv: list[str]) -> None:
    line = french_line(cli("--lang", "fr", "--db", demo_db, *argv))
    assert f"aucune stratégie ayant l'identifiant «{NBSP}nope{NBSP}»" in line
    assert f"la commande «{NBSP}strategies{NBSP}» les énumère" in line
    english = english_line(cli("--lang", "en", "--db", demo_db, *argv))
    assert "No strategy with id 'nope' in" in english and "'strategies' command" in english


# -- a missing database file ----------------------------------------------------------------


@pytest.mark.parametrize(
    "argv",
    [
        ["workshops"],
        ["strategies"],
        ["export", "--workshop", WORKSHOP_ID],
        ["export-pdf", AURORA_STRATEGY_ID, "-o", "x.pdf"],
        ["report", "--workshop", WORKSHOP_ID, "--scores-csv", "{tmp}/s.csv"],
    ],
)
def test_a_missing_database(cli: Cli, tmp_path: Path, argv: list[str]) -> None:
    missing = tmp_path / "none.sqlite3"
    args = [a.format(tmp=tmp_path) for a in argv]
    line = french_line(cli("--lang", "fr", "--db", missing, *args))
    assert (
        f"aucune base de données à {missing}; vérifiez le chemin donné à --db, ou créez-en une "
        f"avec la commande «{NBSP}demo{NBSP}» ou «{NBSP}import{NBSP}»"
    ) in line
    english = english_line(cli("--db", missing, *args))
    assert (
        f"no database at {missing}; check the --db path, or create one with the 'demo' or "
        "'import' command"
    ) in english
    assert not missing.exists()  # never created from a typo


def test_the_language_may_come_from_the_environment(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MLOPS_CANVAS_LANG", "fr")
    line = french_line(cli("--db", tmp_path / "none.sqlite3", "workshops"))
    assert "aucune base de données" in line


# -- exports into a folder the user may not write in, or onto a folder ------------------------


@pytest.mark.parametrize(
    ("argv", "name"),
    [
        (["export-pdf", AURORA_STRATEGY_ID, "-o"], "deck.pdf"),
        (["export", AURORA_STRATEGY_ID, "-o"], "aurora.json"),
        (["report", "--workshop", WORKSHOP_ID, "--markdown"], "report.md"),
    ],
)
def test_an_export_into_a_read_only_folder(
    cli: Cli, demo_db: Path, read_only: Path, argv: list[str], name: str
) -> None:
    target = read_only / name
    line = french_line(cli("--lang", "fr", "--db", demo_db, *argv, target))
    assert (
        f"impossible d'écrire {target}{NBSP}: vous n'avez pas le droit d'écrire à cet endroit; "
        "choisissez un autre dossier"
    ) in line
    english = english_line(cli("--lang", "en", "--db", demo_db, *argv, target))
    assert (
        f"cannot write {target}: you are not allowed to write there; choose another folder"
        in english
    )
    assert list(read_only.iterdir()) == []


@pytest.mark.parametrize(
    ("argv", "french", "english"),
    [
        (
            ["export-pdf", AURORA_STRATEGY_ID, "-o"],
            "impossible d'écrire {dir}{nbsp}: c'est un dossier; indiquez un nom de fichier, "
            "par exemple {dir}/deck.pdf",
            "cannot write {dir}: it is a folder; give a file name such as {dir}/deck.pdf",
        ),
        (
            ["export", AURORA_STRATEGY_ID, "-o"],
            "impossible d'écrire {dir}{nbsp}: c'est un dossier; indiquez un nom de fichier",
            "cannot write {dir}: it is a folder; give a file name",
        ),
        (
            ["report", "--workshop", WORKSHOP_ID, "-o"],
            "{dir} est un dossier; indiquez un nom de fichier",
            "{dir} is a folder; give a file name",
        ),
    ],
)
def test_an_export_onto_a_folder(
    cli: Cli, demo_db: Path, tmp_path: Path, argv: list[str], *, french: str, english: str
) -> None:
    folder = tmp_path / "taken"
    folder.mkdir()
    line = french_line(cli("--lang", "fr", "--db", demo_db, *argv, folder))
    assert french.format(dir=folder, nbsp=NBSP) in line
    assert english.format(dir=folder) in english_line(cli("--db", demo_db, *argv, folder))
    assert list(folder.iterdir()) == []


def test_a_full_disk(
    cli: Cli, demo_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    target = tmp_path / "aurora.json"
    monkeypatch.setattr(os, "fsync", full)  # where a full disk shows (the export fsyncs)
    line = french_line(
        cli("--lang", "fr", "--db", demo_db, "export", AURORA_STRATEGY_ID, "-o", target)
    )
    assert (
        f"impossible d'écrire {target}{NBSP}: le disque est plein; "
        "libérez de l'espace ou choisissez un autre disque"
    ) in line
    english = english_line(cli("--db", demo_db, "export", AURORA_STRATEGY_ID, "-o", target))
    assert f"cannot write {target}: the disk is full; free some space" in english
    assert not target.exists()


# -- a date that is not one ------------------------------------------------------------------


@pytest.mark.parametrize("date", ["2026-02-30", "tomorrow", "2026-8-2"])
def test_a_bad_as_of_date(cli: Cli, demo_db: Path, date: str) -> None:
    argv = ["--db", demo_db, "check", AURORA_STRATEGY_ID, "--as-of", date]
    line = french_line(cli("--lang", "fr", *argv))
    assert line == (
        f"{FRENCH_ERROR}--as-of attend une date du calendrier écrite YYYY-MM-DD "
        f"(par exemple 2026-08-02), et non «{NBSP}{date}{NBSP}»"
    )
    assert english_line(cli(*argv)) == (
        f"{ENGLISH_ERROR}--as-of expects a calendar date written YYYY-MM-DD "
        f"(such as 2026-08-02), not '{date}'"
    )


# -- the CLI's own refusals and warnings ------------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "french"),
    [
        (["export"], "export demande soit un STRATEGY_ID, soit --workshop ID (pas les deux)"),
        (["export-pdf", "-o", "x.pdf"], "export-pdf demande soit un STRATEGY_ID"),
        (["report", "--workshop", WORKSHOP_ID], "report demande -o REPORT.pdf"),
        (["check", "x", "--packs", "a", "--all-packs"], "indiquez --packs ou --all-packs"),
        (["check", AURORA_STRATEGY_ID, "--packs", "zz"], "ensemble de règles inconnu"),
        (["drill", AURORA_STRATEGY_ID, "--event", "meteor"], f"événement «{NBSP}meteor{NBSP}»"),
        (["drill"], "nommez un STRATEGY_ID"),
    ],
)
def test_bad_input_of_each_command(cli: Cli, demo_db: Path, argv: list[str], french: str) -> None:
    assert french in french_line(cli("--lang", "fr", "--db", demo_db, *argv))
    english_line(cli("--db", demo_db, *argv))


def test_a_skipped_agency_file_is_a_french_warning(cli: Cli, demo_db: Path, tmp_path: Path) -> None:
    folder = tmp_path / "data" / "drills"
    folder.mkdir(parents=True)
    (folder / "ours.toml").write_text('[[event]]\nkey = "x"\n')
    argv = ["--db", demo_db, "drill", AURORA_STRATEGY_ID, "--event", "service-outage"]
    french = cli("--lang", "fr", *argv)
    assert french.status == 0
    assert french.err.startswith(
        f"mlops-canvas{NBSP}: avertissement{NBSP}: événement d'exercice ignoré{NBSP}: ours.toml"
    )
    english = cli(*argv)
    assert english.err.startswith("mlops-canvas: warning: skipped drill event: ours.toml")


def test_an_import_reports_in_french(cli: Cli, demo_db: Path, tmp_path: Path) -> None:
    document = tmp_path / "aurora.json"
    assert cli("--db", demo_db, "export", AURORA_STRATEGY_ID, "-o", document).status == 0
    fresh = tmp_path / "fresh.sqlite3"
    done = cli("--lang", "fr", "--db", fresh, "import", document)
    assert done.status == 0, done.err
    assert done.out.startswith(
        f"1 stratégie importée dans le nouvel atelier «{NBSP}MLOps strategy workshop (demo)"
    )
    exported = cli("--lang", "fr", "--db", demo_db, "export", AURORA_STRATEGY_ID, "-o", document)
    assert (
        exported.out == f"stratégie «{NBSP}{AURORA_STRATEGY_ID}{NBSP}» exportée dans {document}\n"
    )
