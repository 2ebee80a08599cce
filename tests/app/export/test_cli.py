"""``export-pdf`` end to end: a demo database, one deck, a whole workshop, bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

import app.cli
from app.demo import AURORA_STRATEGY_ID, WORKSHOP_ID
from app.export.batch import INDEX_NAME
from tests.app.export.conftest import all_text, read_pdf

ENTRIES = {"export-pdf": "app.cli.export_pdf", "demo": "app.cli.workshops"}


def _run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    capsys.readouterr()
    status = app.cli.run_cli([str(a) for a in argv])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Path:
    monkeypatch.setattr(app.cli, "SUBCOMMANDS", dict(ENTRIES))
    monkeypatch.delenv("MLOPS_CANVAS_DB", raising=False)
    monkeypatch.chdir(tmp_path)  # relative output paths land in the test's folder
    path = tmp_path / "demo.sqlite3"
    assert _run(capsys, "--db", path, "demo")[0] == 0
    return path


def test_one_strategy_with_companions(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "aurora.pdf"
    status, out, err = _run(
        capsys, "--db", db, "export-pdf", AURORA_STRATEGY_ID, "-o", target, "--markdown", "--csv"
    )
    assert (status, err) == (0, "")
    assert out.split() == [
        str(target),
        str(target.with_suffix(".md")),
        str(target.with_suffix(".csv")),
    ]
    reader = read_pdf(target)
    text = all_text(reader)
    assert "The gaps that would hurt first" in text
    assert "Next steps" in text
    assert len(reader.pages) <= 10  # the default is the presentation


def test_plan_is_the_full_document(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "plan.pdf"
    status, _, err = _run(
        capsys, "--db", db, "export-pdf", AURORA_STRATEGY_ID, "-o", target, "--plan"
    )
    assert (status, err) == (0, "")
    text = all_text(read_pdf(target))
    assert "Compliance" in text and "Open findings" in text and "Team and roles" in text


def test_handout_in_letter(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "aurora.pdf"
    status, _, _ = _run(
        capsys,
        "--db",
        db,
        "export-pdf",
        AURORA_STRATEGY_ID,
        "-o",
        target,
        "--handout",
        "--page-size",
        "letter",
    )
    assert status == 0
    box = read_pdf(target).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_whole_workshop_into_a_new_folder(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "decks"
    status, out, _ = _run(capsys, "--db", db, "export-pdf", "--workshop", WORKSHOP_ID, "-o", folder)
    assert status == 0
    written = [Path(line) for line in out.split()]
    assert written[-1] == folder / INDEX_NAME
    assert all(p.is_file() for p in written)
    assert len(written) == 5  # a presentation and a plan per team, the index
    assert sum(p.name.endswith("-presentation.pdf") for p in written) == 2
    assert sum(p.name.endswith("-plan.pdf") for p in written) == 2


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["-o", "x.pdf"], "either a STRATEGY_ID or --workshop"),
        (["abc", "--workshop", "w", "-o", "x.pdf"], "either a STRATEGY_ID or --workshop"),
        (["no-such-strategy", "-o", "x.pdf"], "cannot export"),
        (["--workshop", "no-such-workshop", "-o", "out"], "cannot export"),
        (["--workshop", "w", "-o", "out", "--plan"], "leave out --plan"),
    ],
)
def test_bad_input_is_one_line_on_stderr(
    db: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    status, out, err = _run(capsys, "--db", db, "export-pdf", *argv)
    assert status == 2
    assert out == ""
    assert message in err
    assert len(err.strip().splitlines()) == 1
    assert not (db.parent / "x.pdf").exists()


def test_missing_target_folder(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, err = _run(
        capsys, "--db", db, "export-pdf", AURORA_STRATEGY_ID, "-o", tmp_path / "nope" / "x.pdf"
    )
    assert status == 2
    assert "does not exist" in err


def test_missing_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(app.cli, "SUBCOMMANDS", dict(ENTRIES))
    status, _, err = _run(
        capsys, "--db", tmp_path / "none.db", "export-pdf", "x", "-o", tmp_path / "x.pdf"
    )
    assert status == 2
    assert "no database" in err
