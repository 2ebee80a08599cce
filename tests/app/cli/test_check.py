"""``check``: ranked text (top gaps first, the rest by pack), JSON, ``--as-of`` and exit status.

The rule packs are being rewritten while these tests live: they read rule ids,
dates and counts from the loaded packs and from the checker's own JSON, never
from constants.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from app.checker.golden import EXPECTED_FILE, GOLDEN_DIR
from app.checker.packs import load_packs
from app.cli.check_text import finding_lines
from app.demo import WORKSHOP_ID, ensure_demo
from app.export.checked import blocking, long_date
from app.paths import sqlite_url
from app.resources import ContentLibrary, load_library
from app.store.store import Store
from models.findings import CheckResult, Finding, TopGap
from models.strategy import Strategy
from models.vocabulary import FindingState, Severity, Status
from tests.app.cli.rule_ids import rule_id_pattern, shipped_rule_ids
from tests.app.cli.runner import Cli, cli_runner

TEXT_ORDER = (
    "The gaps that would hurt first",
    "The other findings, by rule pack",
    "Coverage (rules in force",
)
STATE_ORDER = ("Missing (", "Planned, not in place (", "Upcoming — not yet in force (")


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Cli:
    """``cli("check", ...)`` runs the CLI with only ``check`` registered."""
    return cli_runner(monkeypatch, capsys, {"check": "app.cli.check"})


@cache
def _library() -> ContentLibrary:
    return load_library()


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo workshop (one board with planned cards, one small draft)."""
    path = tmp_path_factory.mktemp("check") / "demo.sqlite3"
    with Store.open(sqlite_url(path)) as store:
        ensure_demo(store, _library())
    return path


def _demo_strategies(db: Path) -> list[Strategy]:
    with Store.open(sqlite_url(db)) as store:
        return [store.load_strategy(s.id) for s in store.list_strategies(WORKSHOP_ID)]


def _largest(db: Path) -> Strategy:
    return max(_demo_strategies(db), key=lambda s: len(s.cards))


def golden_files() -> list[Path]:
    return sorted(p for p in GOLDEN_DIR.glob("*.json") if p.name != EXPECTED_FILE)


def _json(cli: Cli, *argv: str | Path) -> dict[str, Any]:
    result = cli(*argv, "--format", "json")
    assert result.status in (0, 1), result.err
    document: dict[str, Any] = json.loads(result.out)
    return document


def _positions(text: str, needles: tuple[str, ...]) -> list[int]:
    found = [text.find(n) for n in needles]
    assert all(p >= 0 for p in found), (needles, found)
    return found


# --- text --------------------------------------------------------------------------------


def test_text_leads_with_the_top_gaps_then_the_rest_by_pack(cli: Cli, demo_db: Path) -> None:
    strategy = _largest(demo_db)
    text = cli("--db", demo_db, "check", strategy.id).out
    document = _json(cli, "--db", demo_db, "check", strategy.id)
    lines = text.splitlines()
    assert lines[0].startswith(f"Check of “{strategy.name}”")
    assert "law as of" in lines[0]
    assert _positions(text, TEXT_ORDER) == sorted(_positions(text, TEXT_ORDER))
    # The top gaps, numbered by their rank, in the checker's order.
    tops = document["top_gaps"]
    assert tops
    numbered = [f"  {g['rank']}. {g['title']} — " for g in tops]
    where = _positions(text, tuple(numbered))
    assert where == sorted(where) and where[-1] < text.find(TEXT_ORDER[1])
    # The rest: packs in coverage order, and in each pack missing, planned, upcoming.
    rest = text[text.find(TEXT_ORDER[1]) : text.find(TEXT_ORDER[2])]
    pack_lines = [line for line in rest.splitlines() if re.match(r"  \S", line)]
    titles = [c["title"] for c in document["coverage"]]
    shown = [next(t for t in titles if line.strip().startswith(t)) for line in pack_lines]
    assert shown == [t for t in titles if t in shown]
    blocks = re.split(r"\n  (?=\S)", rest)
    assert any("Planned, not in place (" in block for block in blocks), "demo has planned cards"
    for block in blocks:
        present = [block.find(h) for h in STATE_ORDER if h in block]
        assert present == sorted(present)


def test_a_top_gap_is_not_repeated_in_the_rest(cli: Cli, demo_db: Path) -> None:
    strategy = _largest(demo_db)
    text = cli("--db", demo_db, "check", strategy.id).out
    document = _json(cli, "--db", demo_db, "check", strategy.id)
    rest = text[text.find(TEXT_ORDER[1]) :]
    top = {g["rank"] for g in document["top_gaps"]}
    for finding in document["findings"]:
        listed = f" {finding['title']}  (rank {finding['rank']})" in rest
        assert listed is (finding["rank"] not in top and finding["state"] != "upcoming"), finding


def test_coverage_lines_show_in_place_and_planned(cli: Cli, demo_db: Path) -> None:
    strategy = _largest(demo_db)
    text = cli("--db", demo_db, "check", strategy.id).out
    document = _json(cli, "--db", demo_db, "check", strategy.id)
    coverage = text[text.find(TEXT_ORDER[2]) :]
    assert any(c["planned"] for c in document["coverage"])
    for c in document["coverage"]:
        line = f"{c['satisfied']} in place · {c['planned']} planned of {c['applicable']}"
        assert line in coverage


def test_the_header_names_each_pack_with_its_version(cli: Cli, demo_db: Path) -> None:
    strategy = _largest(demo_db)
    head = cli("--db", demo_db, "check", strategy.id).out.split(TEXT_ORDER[0])[0]
    document = _json(cli, "--db", demo_db, "check", strategy.id)
    assert document["packs"]
    for pack in document["packs"]:
        effective = long_date(dt.date.fromisoformat(pack["effective"]))
        assert f"{pack['title']}: version {pack['version']}; in force from {effective}" in head


def _texts(cli: Cli, demo_db: Path) -> Iterator[tuple[str, str]]:
    for path in golden_files():
        yield path.name, cli("check", "--file", path).out
        yield f"{path.name} (every pack)", cli("check", "--file", path, "--all-packs").out
    for strategy in _demo_strategies(demo_db):
        yield strategy.name, cli("--db", demo_db, "check", strategy.id).out
        yield (
            f"{strategy.name} (early)",
            cli("--db", demo_db, "check", strategy.id, "--as-of", "2020-01-01").out,
        )
    yield "workshop", cli("--db", demo_db, "check", "--workshop", WORKSHOP_ID).out


def test_no_rule_id_in_any_text_output(cli: Cli, demo_db: Path) -> None:
    pattern = rule_id_pattern()
    for name, text in _texts(cli, demo_db):
        assert text.strip(), name
        match = pattern.search(text)
        assert match is None, f"{name}: rule id {match.group(0) if match else ''!r} in text"


def test_the_json_keeps_the_rule_ids(cli: Cli) -> None:
    path = next(p for p in golden_files() if p.stem.endswith("-empty"))
    document = _json(cli, "check", "--file", path)
    assert document["findings"]
    assert {f["rule_id"] for f in document["findings"]} <= shipped_rule_ids() | {
        f["rule_id"] for f in document["findings"] if f["rule_id"].endswith(".unavailable")
    }


# --- JSON --------------------------------------------------------------------------------


def test_json_has_rank_state_top_gaps_date_and_pack_versions(cli: Cli, demo_db: Path) -> None:
    strategy = _largest(demo_db)
    document = _json(cli, "--db", demo_db, "check", strategy.id)
    assert dt.date.fromisoformat(document["checked_on"])
    findings = document["findings"]
    assert findings
    for finding in findings:
        assert {"rule_id", "rank", "state", "practice", "applies_from", "pending"} <= set(finding)
        assert finding["state"] in {s.value for s in FindingState}
        assert finding["rank"] >= 1
    ranks = [f["rank"] for f in findings]
    assert ranks == sorted(ranks)
    assert {f["state"] for f in findings} >= {"open", "planned"}
    tops = document["top_gaps"]
    assert 1 <= len(tops) <= 5
    assert [g["rank"] for g in tops] == sorted(g["rank"] for g in tops)
    for gap in tops:
        assert {"rank", "title", "state", "rule_ids", "citations", "packs", "why"} <= set(gap)
    for cov in document["coverage"]:
        assert {"satisfied", "planned", "upcoming", "version", "summary"} <= set(cov)
    packs = {p["key"]: p for p in document["packs"]}
    assert set(packs) == {c["pack"] for c in document["coverage"]} - {"structure"}
    shipped = load_packs().packs
    for key, pack in packs.items():
        assert pack["version"] == shipped[key].version
        assert pack["effective"] == shipped[key].effective.isoformat()
    assert isinstance(document["blocking"], bool)


def test_workshop_json_and_text_state_the_date_and_versions(cli: Cli, demo_db: Path) -> None:
    document = _json(cli, "--db", demo_db, "check", "--workshop", WORKSHOP_ID)
    assert document["packs"] and all(p["version"] for p in document["packs"])
    assert all(row["checked_on"] and "top_gaps" in row for row in document["strategies"])
    text = cli("--db", demo_db, "check", "--workshop", WORKSHOP_ID, "--as-of", "2026-09-01").out
    assert "law as of 1 September 2026" in text.splitlines()[0]
    for pack in document["packs"]:
        assert f"{pack['title']}: version {pack['version']}" in text


# --- dates -------------------------------------------------------------------------------


def _date_bounded() -> tuple[Path, dict[str, Any]]:
    """A golden board and one of its open findings whose rule starts after 2000."""
    start = dt.date(2000, 1, 2)
    packs = load_packs().packs
    for path in golden_files():
        if not path.stem.endswith("-empty"):
            continue
        strategy_packs = json.loads(path.read_text(encoding="utf-8"))["data"]["strategies"][0]
        keys = [k for k in strategy_packs.get("packs", ()) if k in packs]
        for key in keys:
            later = [r for r in packs[key].rules if packs[key].starts(r) > start]
            if later:
                rule = max(later, key=packs[key].starts)
                return path, {"rule_id": rule.id, "applies_from": packs[key].starts(rule)}
    pytest.skip("no shipped rule starts after 2000")


def test_as_of_before_a_rule_starts_shows_it_upcoming(cli: Cli) -> None:
    path, rule = _date_bounded()
    starts: dt.date = rule["applies_from"]
    after = _json(cli, "check", "--file", path, "--as-of", starts.isoformat())
    now = {f["rule_id"]: f for f in after["findings"]}
    if rule["rule_id"] not in now:
        pytest.skip("the empty board happens to meet the date-bounded rule")
    assert now[rule["rule_id"]]["state"] in ("open", "prohibited")
    before_day = starts - dt.timedelta(days=1)
    before = _json(cli, "check", "--file", path, "--as-of", before_day.isoformat())
    assert before["checked_on"] == before_day.isoformat()
    then = {f["rule_id"]: f for f in before["findings"]}
    finding = then[rule["rule_id"]]
    assert finding["state"] == "upcoming"
    assert finding["applies_from"] == starts.isoformat()
    assert rule["rule_id"] not in {r for g in before["top_gaps"] for r in g["rule_ids"]}
    assert sum(c["upcoming"] for c in before["coverage"]) >= 1
    text = cli("check", "--file", path, "--as-of", before_day.isoformat()).out
    assert f"law as of {long_date(before_day)}" in text.splitlines()[0]
    upcoming = text[text.find("Upcoming — not yet in force") :]
    assert f"UPCOMING {finding['title']} — applies from {long_date(starts)}" in upcoming


@pytest.mark.parametrize("value", ["2026-13-01", "20260101", "tomorrow", "2026-W01-1", "1/2/2026"])
def test_a_bad_as_of_exits_2_with_one_line_naming_the_option(cli: Cli, value: str) -> None:
    result = cli("check", "--file", golden_files()[0], "--as-of", value)
    assert result.status == 2
    lines = result.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("mlops-canvas: error: ")
    assert "--as-of" in lines[0] and "YYYY-MM-DD" in lines[0]
    assert result.out == ""


# --- exit status -------------------------------------------------------------------------


def _all_planned(path: Path, target: Path) -> Path:
    from app.exchange import read_strategy_document
    from app.exchange.codec import document_bytes
    from app.exchange.reader import read_document_file
    from app.exchange.writer import build_document

    strategy = read_strategy_document(path)
    cards = {k: c.model_copy(update={"status": Status.PLANNED}) for k, c in strategy.cards.items()}
    planned = strategy.model_copy(update={"cards": cards})
    source = read_document_file(path)
    document = build_document(
        "strategy", source.workshop, source.scenarios, [planned], "test", version="test"
    )
    target.write_bytes(document_bytes(document))
    return target


def test_planned_errors_fail_the_check(cli: Cli, tmp_path: Path) -> None:
    full = next(p for p in golden_files() if p.stem.endswith("-full"))
    assert cli("check", "--file", full).status == 0
    planned = _all_planned(full, tmp_path / "planned.json")
    result = cli("check", "--file", planned, "--format", "json")
    document = json.loads(result.out)
    states = {f["state"] for f in document["findings"]}
    assert "planned" in states and "open" not in states
    assert result.status == 1
    assert all(c["satisfied"] < c["applicable"] for c in document["coverage"] if c["applicable"])


def _finding(state: FindingState, severity: Severity, rank: int) -> Finding:
    return Finding(
        rule_id=f"x.{state.value}",
        pack="x",
        severity=severity,
        title=f"A {state.value} duty",
        message="…",
        state=state,
        rank=rank,
        applies_from=dt.date(2027, 1, 1),
    )


@pytest.mark.parametrize(
    ("state", "severity", "blocks"),
    [
        (FindingState.OPEN, Severity.ERROR, True),
        (FindingState.PLANNED, Severity.ERROR, True),
        (FindingState.PROHIBITED, Severity.ERROR, True),
        (FindingState.UPCOMING, Severity.ERROR, False),
        (FindingState.UPCOMING, Severity.INFO, False),
        (FindingState.OPEN, Severity.WARNING, False),
        (FindingState.PLANNED, Severity.WARNING, False),
    ],
)
def test_what_fails_the_check(state: FindingState, severity: Severity, blocks: bool) -> None:
    result = CheckResult(strategy_id="s", revision=0, findings=(_finding(state, severity, 1),))
    assert blocking(result) is blocks


def test_a_prohibited_practice_prints_first_as_a_blocking_line() -> None:
    banned = _finding(FindingState.PROHIBITED, Severity.ERROR, 1).model_copy(
        update={"title": "Social scoring", "citation": "AI Act Art. 5(1)(c)"}
    )
    other = _finding(FindingState.OPEN, Severity.ERROR, 2)
    gap = TopGap(
        rank=1,
        practice="",
        title="Social scoring",
        severity=Severity.ERROR,
        state=FindingState.PROHIBITED,
        rule_ids=(banned.rule_id,),
    )
    result = CheckResult(strategy_id="s", revision=0, findings=(banned, other), top_gaps=(gap,))
    strategy = Strategy(workshop_id="w", scenario_key="k", name="S")
    lines = finding_lines(result, strategy, _library())
    blocking_line = "BLOCKING: prohibited practice — Social scoring (AI Act Art. 5(1)(c))"
    assert lines[0].startswith(blocking_line)
    assert lines.index("The gaps that would hurt first") > 0
    assert not any(rule_id_pattern().search(line) for line in lines)
    assert not any("x.open" in line or "x.prohibited" in line for line in lines)
