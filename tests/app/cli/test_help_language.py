"""The command-line help and argparse's errors speak the language of the run."""

from __future__ import annotations

import pytest

from app.cli import EXIT_BAD_INPUT, requested_language, run_cli
from app.cli.parser import translated_error
from app.i18n import speaking

NBSP = "\u00a0"


@pytest.fixture(autouse=True)
def english_system(monkeypatch: pytest.MonkeyPatch) -> None:
    """An English system with no language asked for: only ``--lang`` makes it French."""
    monkeypatch.delenv("MLOPS_CANVAS_LANG", raising=False)
    monkeypatch.delenv("MLOPS_CANVAS_DB", raising=False)
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        monkeypatch.setenv(variable, "en_CA.UTF-8")
    monkeypatch.setenv("COLUMNS", "100")


def _exit(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[object, str, str]:
    """Run ``argv`` to argparse's exit: the status, stdout and stderr."""
    capsys.readouterr()
    with pytest.raises(SystemExit) as stop:
        run_cli(list(argv))
    captured = capsys.readouterr()
    return stop.value.code, captured.out, captured.err


@pytest.mark.parametrize(
    ("argv", "language"),
    [
        (["check", "x"], None),
        (["--lang", "fr", "check"], "fr"),
        (["--lang=fr", "--help"], "fr"),
        (["--db", "x.sqlite3", "--lang", "en", "--lang", "fr", "drill"], "fr"),
        (["--db", "--lang", "check"], None),  # --lang is the value of --db
        (["check", "--lang", "fr"], None),  # after the sub-command it is not the global one
        (["--", "--lang", "fr"], None),
    ],
)
def test_the_language_is_read_before_parsing(argv: list[str], language: str | None) -> None:
    assert requested_language(argv) == language


def test_top_level_help_in_french(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _exit(capsys, "--lang", "fr", "--help")
    assert status == 0
    assert out.startswith(f"utilisation{NBSP}: mlops-canvas")
    assert f"\narguments positionnels{NBSP}:\n" in out
    assert f"\noptions{NBSP}:\n" in out
    assert "afficher ce message d'aide et quitter" in out
    assert "vérifier des stratégies selon les règles du cycle de vie" in out
    # what users type stays as it is
    assert "--db PATH_OR_URL" in out and "--lang {en,fr}" in out and "export-pdf" in out
    assert "usage:" not in out and "show this help" not in out


def test_sub_command_help_in_french(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _exit(capsys, "--lang", "fr", "check", "--help")
    assert status == 0
    assert out.startswith(f"utilisation{NBSP}: mlops-canvas check")
    assert "ensembles de règles" in out and f"Code de sortie{NBSP}:" in out
    assert "--as-of YYYY-MM-DD" in out and "--format {text,json}" in out
    assert "options:" not in out and "Exit status" not in out


def test_the_environment_chooses_the_help_language_too(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MLOPS_CANVAS_LANG", "fr")
    _, out, _ = _exit(capsys, "workshops", "--help")
    assert out.startswith(f"utilisation{NBSP}:")
    _, out, _ = _exit(capsys, "--lang", "en", "workshops", "--help")
    assert out.startswith("usage: mlops-canvas workshops")


def test_english_help_unchanged_by_default(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _exit(capsys, "check", "--help")
    assert status == 0
    assert out.startswith("usage: mlops-canvas check")
    assert "\npositional arguments:\n" in out and "\noptions:\n" in out
    assert "show this help message and exit" in out
    assert "check against every pack" in out


def test_an_argparse_error_in_french(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = _exit(capsys, "--lang", "fr", "check", "--bogus")
    assert status == EXIT_BAD_INPUT
    assert out == ""
    assert err.startswith(f"utilisation{NBSP}: mlops-canvas")
    assert f"mlops-canvas{NBSP}: erreur{NBSP}: arguments non reconnus{NBSP}: --bogus" in err


def test_an_unknown_command_and_a_missing_option_in_french(
    capsys: pytest.CaptureFixture[str],
) -> None:
    _, _, err = _exit(capsys, "--lang", "fr", "frobnicate")
    assert f"argument COMMAND{NBSP}: choix invalide{NBSP}: 'frobnicate' (choisir parmi" in err
    _, _, err = _exit(capsys, "--lang=fr", "report")
    assert f"les arguments suivants sont obligatoires{NBSP}: --workshop" in err
    _, _, err = _exit(capsys, "--lang", "fr", "drill", "--seed", "x")
    assert f"argument --seed{NBSP}: valeur int invalide{NBSP}: 'x'" in err


def test_an_argparse_error_in_english_by_default(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = _exit(capsys, "check", "--bogus")
    assert status == EXIT_BAD_INPUT
    assert err.startswith("usage: mlops-canvas")
    assert "mlops-canvas: error: unrecognized arguments: --bogus" in err


def test_lang_after_the_sub_command_is_still_refused(capsys: pytest.CaptureFixture[str]) -> None:
    # It never was a sub-command's option (``--db`` is not either): unchanged.
    status, _, err = _exit(capsys, "check", "--lang", "fr")
    assert status == EXIT_BAD_INPUT
    assert "unrecognized arguments: --lang" in err


def test_an_unsupported_language_is_refused_in_the_default_one(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, _, err = _exit(capsys, "--lang", "de", "workshops")
    assert status == EXIT_BAD_INPUT
    assert "argument --lang: invalid choice: 'de' (choose from 'en', 'fr')" in err


def test_an_error_no_template_matches_is_kept_as_it_is() -> None:
    with speaking("fr"):
        assert translated_error("something argparse never says") == (
            "something argparse never says"
        )
        assert translated_error("argument -x: expected one argument") == (
            f"argument -x{NBSP}: un argument attendu"
        )
