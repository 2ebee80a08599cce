"""Golden cases: every shipped pack's strategies give exactly the recorded findings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.checker import Checker, PackSet
from app.checker.golden import EXPECTED_FILE, GOLDEN_DIR, cases, expectation, generate, main
from app.exchange import read_strategy_document

EXPECTED: dict[str, dict[str, object]] = json.loads(
    (GOLDEN_DIR / EXPECTED_FILE).read_text(encoding="utf-8")
)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_golden_case_gives_exactly_the_expected_findings(shipped: PackSet, name: str) -> None:
    strategy = read_strategy_document(GOLDEN_DIR / f"{name}.json")
    result = Checker(shipped).check(strategy)
    expected = EXPECTED[name]
    assert expectation(result) == {k: expected[k] for k in ("findings", "coverage")}
    assert strategy.packs == tuple(str(expected["pack"]).split("+"))


def test_every_shipped_pack_has_full_empty_and_partial_cases(shipped: PackSet) -> None:
    names = {c.name for c in cases()}
    for key in shipped.packs:
        assert {f"{key}-full", f"{key}-empty", f"{key}-partial"} <= names
        full = EXPECTED[f"{key}-full"]
        assert full["findings"] == []
        empty = EXPECTED[f"{key}-empty"]
        satisfied, applicable = empty["coverage"][key]  # type: ignore[index]
        assert satisfied == 0 and applicable == len(shipped.packs[key].rules) - _not_applicable(
            shipped, key
        )


def _not_applicable(shipped: PackSet, key: str) -> int:
    """Rules that do not count on the golden date: conditions unmet, not or no longer in force."""
    from app.checker.golden import PROFILES

    pack = shipped.packs[key]
    profile = PROFILES[key]
    # Rules not yet or no longer in force on the golden date are not counted as applicable.
    on = profile.checked_on()
    in_force = [r for r in pack.applicable_rules(profile) if pack.timing(r, on) == "in-force"]
    return len(pack.rules) - len(in_force)


def test_golden_files_regenerate_byte_for_byte(shipped: PackSet) -> None:
    files = generate(shipped.packs)
    on_disk = {p.name for p in GOLDEN_DIR.glob("*.json")}
    assert set(files) == on_disk
    for name, data in files.items():
        assert (GOLDEN_DIR / name).read_bytes() == data, f"{name} is stale: run --write"


def test_the_generator_writes_and_compares(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--write", "--dir", str(tmp_path)]) == 0
    assert main(["--dir", str(tmp_path)]) == 0
    (tmp_path / "gdpr-full.json").write_text("{}", encoding="utf-8")
    assert main(["--dir", str(tmp_path)]) == 1
    assert "differs: gdpr-full.json" in capsys.readouterr().out
