"""The ``drill`` sub-command: database and file input, text and JSON output, bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app import cli
from app.drills import load_events
from app.resources import load_library
from app.store import Store
from models.workshop import Workshop
from tests.app.drills.chains import chain_strategy

EVENT = load_events().by_key()["service-outage"]


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A database holding one strategy built to handle the outage drill, scenario included."""
    monkeypatch.setitem(cli.SUBCOMMANDS, "drill", "app.cli.drill")
    monkeypatch.setenv("MLOPS_CANVAS_DATA_DIR", str(tmp_path / "data"))
    scenario = load_library().scenarios["benefits-decision-support"]
    strategy = chain_strategy(EVENT).strategy.model_copy(
        update={"workshop_id": "ws", "scenario_key": scenario.key}
    )
    path = tmp_path / "canvas.sqlite3"
    with Store.open(f"sqlite:///{path}") as store:
        store.save_bundle(Workshop(id="ws", name="Workshop"), [scenario], [strategy])
    return path


def _run(db: Path, *argv: str) -> int:
    return cli.run_cli(["--db", str(db), "drill", *argv])


def test_text_table_for_all_events(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(db, "chain") == 0
    out = capsys.readouterr().out
    assert "Built for service-outage" in out
    for event in load_events().events:
        assert event.key in out
    assert "Resilience: 1/12 handled in time" in out
    assert "benefit claimants wrongly assessed" in out  # the scenario's own harm unit
    assert "Where chains break:" in out


def test_json_for_one_event(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(db, "chain", "--event", "service-outage", "--format", "json") == 0
    document = json.loads(capsys.readouterr().out)
    (timeline,) = document["timelines"]
    assert timeline["outcome"] == "handled"
    assert timeline["lit_card_ids"] == ["detector", "responder", "lessons", "target"]
    assert document["resilience"] == 1.0
    assert document["rows"][0]["handled_by"].startswith("Responder")
    assert "year" not in document


def test_year_with_seed_is_reproducible(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(db, "chain", "--seed", "11", "--format", "json") == 0
    first = json.loads(capsys.readouterr().out)["year"]
    assert _run(db, "chain", "--year", "--seed", "11", "--format", "json") == 0
    second = json.loads(capsys.readouterr().out)["year"]
    assert first == second
    assert first["seed"] == 11
    assert len(first["months"]) == 12
    assert _run(db, "chain", "--year") == 0
    assert "A year in production (seed 0)" in capsys.readouterr().out


def test_file_input(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from app.exchange import export_strategy

    with Store.open(f"sqlite:///{db}") as store:
        data = export_strategy(store, "chain", load_library().version)
    document = tmp_path / "strategy.json"
    document.write_bytes(data)
    assert cli.run_cli(["drill", "--file", str(document), "--event", "service-outage"]) == 0
    assert "handled" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["nope"], "nope"),
        ([], "STRATEGY_ID"),
        (["chain", "--file", "x.json"], "not both"),
        (["chain", "--event", "meteor"], "unknown event 'meteor'"),
        (["--file", "missing.json"], "missing.json"),
    ],
)
def test_bad_input_is_one_line(
    db: Path, argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(db, *argv) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("mlops-canvas: error:")
    assert "\n" not in err
    assert message in err


def test_bad_agency_event_is_a_warning_not_a_failure(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "data" / "drills"
    folder.mkdir(parents=True)
    (folder / "ours.toml").write_text('[[event]]\nkey = "x"\n')
    assert _run(db, "chain", "--event", "service-outage") == 0
    captured = capsys.readouterr()
    assert "warning: skipped drill event: ours.toml" in captured.err
    assert "service-outage" in captured.out
