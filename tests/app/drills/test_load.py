"""Loading drill events and simulation rules: shipped content, agency folders, bad files."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.drills import load_events, load_simulation
from app.resources import ContentError, load_capabilities
from models.drills import DrillEvent

GOOD = """
[[event]]
key = "{key}"
title = "An event"
description = "Something goes wrong."
arises_in = "{phase}"
detect_capabilities = ["{detect}"]
respond_capabilities = ["incident-response"]
response_owner = "it-operations"
"""

# The failure modes the issue asks the shipped events to cover, by key.
REQUIRED = {
    "policy-drift",
    "subgroup-fairness-gap",
    "citizen-appeal",
    "training-data-leak",
    "service-outage",
    "silent-accuracy-decay",
    "amended-regulation",
    "vendor-model-update",
    "upstream-pipeline-change",
    "oversight-complaint",
}


def _event(key: str, phase: str = "monitor", detect: str = "service-monitoring") -> str:
    return GOOD.format(key=key, phase=phase, detect=detect)


def test_shipped_events_load_cleanly(shipped_events: tuple[DrillEvent, ...]) -> None:
    keys = [e.key for e in shipped_events]
    assert len(keys) >= 10
    assert keys == sorted(keys)
    assert set(keys) >= REQUIRED
    vocabulary = load_capabilities()
    for event in shipped_events:
        for cap in (
            *event.detect_capabilities,
            *event.respond_capabilities,
            *event.feedback_capabilities,
        ):
            assert cap in vocabulary, (event.key, cap)


def test_unknown_capability_names_file_event_and_field_and_others_still_load(
    tmp_path: Path,
) -> None:
    path = tmp_path / "agency.toml"
    path.write_text(_event("bad-one", detect="telepathy") + _event("good-one"))
    loaded = load_events([tmp_path])
    assert "good-one" in loaded.by_key()
    assert "bad-one" not in loaded.by_key()
    (problem,) = loaded.problems
    assert problem.path == path
    assert problem.field == "detect_capabilities"
    message = str(problem)
    assert "agency.toml" in message
    assert "'bad-one'" in message
    assert "telepathy" in message


def test_unknown_phase_names_the_field(tmp_path: Path) -> None:
    (tmp_path / "a.toml").write_text(_event("wrong-phase", phase="production"))
    (tmp_path / "b.toml").write_text(_event("fine"))
    loaded = load_events([tmp_path])
    assert [p.field for p in loaded.problems] == ["arises_in"]
    assert "a.toml" in str(loaded.problems[0])
    assert "fine" in loaded.by_key()


def test_governance_is_not_a_feedback_target(tmp_path: Path) -> None:
    text = _event("gov") + 'feedback_targets = ["governance"]\n'
    (tmp_path / "x.toml").write_text(text)
    (problem,) = load_events([tmp_path]).problems
    assert problem.field == "feedback_targets"


def test_broken_toml_and_empty_files_are_problems_not_crashes(tmp_path: Path) -> None:
    (tmp_path / "broken.toml").write_text("[[event]\nkey = ")
    (tmp_path / "empty.toml").write_text("version = 1\n")
    loaded = load_events([tmp_path])
    messages = sorted(str(p) for p in loaded.problems)
    assert len(messages) == 2
    assert messages[0].startswith("broken.toml")
    assert messages[1].startswith("empty.toml")
    assert len(loaded.events) >= 10  # the shipped events are untouched


def test_duplicate_key_is_refused_not_overridden(
    tmp_path: Path, shipped_events: tuple[DrillEvent, ...]
) -> None:
    (tmp_path / "dup.toml").write_text(_event("service-outage"))
    loaded = load_events([tmp_path])
    (problem,) = loaded.problems
    assert problem.field == "key"
    assert "events.toml" in str(problem)
    assert loaded.by_key()["service-outage"] == {e.key: e for e in shipped_events}["service-outage"]


def test_agency_drills_subfolder_is_used(tmp_path: Path) -> None:
    (tmp_path / "drills").mkdir()
    (tmp_path / "drills" / "ours.toml").write_text(_event("agency-event"))
    (tmp_path / "catalog.toml").write_text("not = 'events'\n")
    loaded = load_events([tmp_path])
    assert loaded.problems == ()
    assert "agency-event" in loaded.by_key()


def test_missing_agency_folder_is_ignored(tmp_path: Path) -> None:
    assert load_events([tmp_path / "nowhere"]).problems == ()


def test_shipped_simulation_rules_load() -> None:
    params = load_simulation()
    assert params.months == 12
    assert params.events_min <= params.events_max


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("[year]\nevents_min = 7\nevents_max = 3\n", "events_min"),
        ("[year]\nbaseline_accuracy = 1.5\n", "baseline_accuracy"),
        ("[year]\nsurprise = 1\n", "surprise"),
    ],
)
def test_bad_simulation_rules_name_the_field(tmp_path: Path, text: str, field: str) -> None:
    path = tmp_path / "simulation.toml"
    path.write_text(text)
    with pytest.raises(ContentError) as caught:
        load_simulation(path)
    assert caught.value.field == field


def test_simulation_without_year_table_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "simulation.toml"
    path.write_text("months = 12\n")
    with pytest.raises(ContentError, match=r"\[year\]"):
        load_simulation(path)
