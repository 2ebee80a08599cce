"""The ``check`` sub-command: text and JSON, exit status, workshops, crosswalk, bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import app.cli
import app.cli.check
from app.checker.golden import GOLDEN_DIR
from app.demo import WORKSHOP_ID, ensure_demo
from app.paths import sqlite_url
from app.resources import ContentLibrary
from app.store.store import Store
from tests.app.cli.runner import Cli, cli_runner


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Cli:
    """``cli("check", ...)`` runs the CLI with only ``check`` registered."""
    return cli_runner(monkeypatch, capsys, {"check": "app.cli.check"})


@pytest.fixture
def demo_db(tmp_path: Path, library: ContentLibrary) -> Path:
    """A database holding the demo workshop."""
    path = tmp_path / "demo.sqlite3"
    with Store.open(sqlite_url(path)) as store:
        ensure_demo(store, library)
    return path


def test_a_complete_strategy_exits_0_with_full_coverage(cli: Cli) -> None:
    result = cli("check", "--file", GOLDEN_DIR / "gdpr-full.json")
    assert result.status == 0
    assert "No findings." in result.out
    done, total = _golden_coverage("gdpr-full")
    assert done == total and f"{done} in place · 0 planned of {total}" in result.out


def test_findings_exit_1_with_citations_cards_and_fixes(cli: Cli) -> None:
    result = cli("check", "--file", GOLDEN_DIR / "gdpr-partial.json")
    assert result.status == 1
    assert "gdpr.art30-records" not in result.out  # rule ids only in JSON
    assert "cites: GDPR Art. 30" in result.out
    assert "fix: add “Record of processing activities entry”" in result.out
    done, total = _golden_coverage("gdpr-partial")
    assert done < total and f"{done} in place · 0 planned of {total}" in result.out


def _golden_coverage(name: str) -> tuple[int, int]:
    """The recorded GDPR coverage of a golden case (met, in force)."""
    import json

    from app.checker.golden import EXPECTED_FILE

    expected = json.loads((GOLDEN_DIR / EXPECTED_FILE).read_text(encoding="utf-8"))
    done, total = expected[name]["coverage"]["gdpr"]
    return int(done), int(total)


def test_json_output_is_the_check_result(cli: Cli) -> None:
    result = cli("check", "--file", GOLDEN_DIR / "canada-dadm-partial.json", "--format", "json")
    assert result.status == 1
    document = json.loads(result.out)
    assert document["strategy"]["id"] == "golden-canada-dadm-partial"
    assert {"findings", "coverage", "revision", "strategy_id"} <= set(document)
    assert all(
        f["citation"].startswith("DADM ") for f in document["findings"] if f["pack"] != "structure"
    )


def test_packs_can_be_chosen_on_the_command_line(cli: Cli) -> None:
    path = GOLDEN_DIR / "gdpr-full.json"
    result = cli("check", "--file", path, "--packs", "nist-ai-rmf", "--format", "json")
    packs = {c["pack"] for c in json.loads(result.out)["coverage"]}
    assert packs == {"structure", "nist-ai-rmf"}
    every = json.loads(cli("check", "--file", path, "--all-packs", "--format", "json").out)
    assert len(every["coverage"]) == 8


def test_a_strategy_from_the_database_and_one_card(cli: Cli, demo_db: Path) -> None:
    with Store.open(sqlite_url(demo_db)) as store:
        summary = store.list_strategies(WORKSHOP_ID)[0]
        strategy = store.load_strategy(summary.id)
    card = next(c for c in strategy.cards.values() if c.capabilities)
    result = cli("--db", demo_db, "check", strategy.id, "--card", card.id)
    assert result.status == 1
    assert f"Check of “{strategy.name}”" in result.out
    assert f"Card “{card.title}” satisfies" in result.out
    as_json = json.loads(
        cli("--db", demo_db, "check", strategy.id, "--card", card.id, "--format", "json").out
    )
    assert as_json["card"]["id"] == card.id


def test_a_workshop_gives_a_per_team_table(cli: Cli, demo_db: Path) -> None:
    result = cli("--db", demo_db, "check", "--workshop", WORKSHOP_ID)
    assert result.status == 1
    assert "Team Aurora" in result.out and "Team Borealis" in result.out
    header = result.out.splitlines()[2]
    assert header.split()[:6] == ["Team", "Strategy", "Errors", "Warnings", "Info", "Structure"]
    document = json.loads(
        cli("--db", demo_db, "check", "--workshop", WORKSHOP_ID, "--format", "json").out
    )
    assert {row["team"] for row in document["strategies"]} == {"Team Aurora", "Team Borealis"}


def test_the_crosswalk_table(cli: Cli) -> None:
    result = cli("check", "--crosswalk")
    assert result.status == 0
    lines = result.out.splitlines()
    assert lines[0].split()[0] == "Capability"
    assert "gdpr" in lines[0] and "nist-ai-rmf" in lines[0]
    assert any(line.startswith("Data protection impact assessment") for line in lines)
    document = json.loads(cli("check", "--crosswalk", "--format", "json").out)
    assert "gdpr" in document["capabilities"]["dpia"]


@pytest.mark.parametrize(
    "argv",
    [
        ("check",),
        ("check", "--file", "/no/such/file.json"),
        ("check", "some-id", "--file", str(GOLDEN_DIR / "gdpr-full.json")),
        ("check", "--file", str(GOLDEN_DIR / "gdpr-full.json"), "--packs", "martian-law"),
        ("check", "--file", str(GOLDEN_DIR / "gdpr-full.json"), "--packs", "gdpr", "--all-packs"),
        ("check", "--file", str(GOLDEN_DIR / "gdpr-full.json"), "--card", "nope"),
        ("check", "--file", str(GOLDEN_DIR / "expected.json")),
    ],
)
def test_bad_input_exits_2_with_one_line(cli: Cli, argv: tuple[str, ...]) -> None:
    result = cli(*argv)
    assert result.status == 2
    assert result.err.startswith("mlops-canvas: error: ")
    assert len(result.err.strip().splitlines()) == 1
    assert "Traceback" not in result.err


def test_unknown_records_in_the_database_exit_2(cli: Cli, demo_db: Path) -> None:
    assert cli("--db", demo_db, "check", "no-such-strategy").status == 2
    assert cli("--db", demo_db, "check", "--workshop", "no-such-workshop").status == 2


def test_a_broken_agency_pack_is_a_warning_not_a_failure(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "rulepacks"
    folder.mkdir()
    (folder / "broken.toml").write_text('key = "x"\n', encoding="utf-8")
    monkeypatch.setattr(app.cli.check, "agency_dirs", lambda: [folder])
    result = cli("check", "--file", GOLDEN_DIR / "gdpr-full.json")
    assert result.status == 0
    assert "warning: skipped rule pack: broken.toml" in result.err
