"""Reading documents: every problem reported with its JSON path, refusals and warnings."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from app.exchange.codec import content_hash, document_bytes
from app.exchange.reader import (
    HAND_EDITED_WARNING,
    ExchangeError,
    read_document,
    read_document_file,
    read_strategy_document,
)
from app.exchange.writer import export_strategy, export_workshop
from tests.app.exchange import samples

LIBRARY = samples.FakeLibrary()


def exported(kind: str = "strategy") -> dict[str, Any]:
    """A freshly exported document as JSON data."""
    store = samples.filled_store()
    raw = (
        export_strategy(store, "s1", LIBRARY.version)
        if kind == "strategy"
        else export_workshop(store, "w", LIBRARY.version)
    )
    doc: dict[str, Any] = json.loads(raw)
    return doc


def resealed(doc: dict[str, Any]) -> bytes:
    """The document with its hash recomputed, so only the intended problem remains."""
    doc["sha256"] = content_hash(doc["data"])
    return document_bytes(doc)


def problems_of(data: bytes) -> list[str]:
    with pytest.raises(ExchangeError) as caught:
        read_document(data, LIBRARY)
    return [str(p) for p in caught.value.problems]


def test_exported_document_reads_back_without_warnings() -> None:
    result = read_document(resealed(exported()), LIBRARY)
    assert result.kind == "strategy"
    assert result.hash_ok and result.warnings == ()
    assert result.strategies == (samples.strategy("s1"),)
    assert result.workshop == samples.workshop()


def test_workshop_document_reads_every_strategy() -> None:
    result = read_document(resealed(exported("workshop")), LIBRARY)
    assert result.kind == "workshop"
    assert [s.id for s in result.strategies] == ["s1", "s2"]


def test_bad_field_is_reported_with_its_json_path() -> None:
    doc = exported()
    doc["data"]["strategies"][0]["cards"][2]["title"] = ""
    assert problems_of(resealed(doc)) == [
        "data.strategies[0].cards[2].title: String should have at least 1 character"
    ]


def test_every_structural_problem_is_reported() -> None:
    doc = exported()
    strategy = doc["data"]["strategies"][0]
    strategy["cards"][0]["phase"] = "deployment"
    strategy["links"][1]["kind"] = "sideways"
    strategy["surprise"] = 1
    doc["data"]["workshop"]["teams"][1]["members"][0]["role"] = "wizard"
    found = problems_of(resealed(doc))
    assert len(found) == 4
    assert any(p.startswith("data.strategies[0].cards[0].phase: Input should be") for p in found)
    assert any(p.startswith("data.strategies[0].links[1].kind: Input should be") for p in found)
    assert "data.strategies[0].surprise: Extra inputs are not permitted" in found
    assert any(p.startswith("data.workshop.teams[1].members[0].role:") for p in found)


def test_unknown_capability_is_reported_with_structural_problems() -> None:
    doc = exported()
    strategy = doc["data"]["strategies"][0]
    strategy["cards"][0]["title"] = ""
    strategy["cards"][2]["capabilities"] = ["drift-monitoring", "telepathy"]
    assert problems_of(resealed(doc)) == [
        "data.strategies[0].cards[0].title: String should have at least 1 character",
        "data.strategies[0].cards[2].capabilities: unknown capability 'telepathy' "
        "(not in this app's content library)",
    ]


def test_every_cross_reference_problem_is_reported() -> None:
    doc = exported()
    strategy = doc["data"]["strategies"][0]
    strategy["cards"][1]["capabilities"] = ["telepathy"]
    strategy["links"][0]["target"] = "ghost"
    strategy["team_id"] = "team-green"
    strategy["scenario_key"] = "elsewhere"
    strategy["workshop_id"] = "other"
    assert sorted(problems_of(resealed(doc))) == [
        "data.strategies[0].cards[1].capabilities: unknown capability 'telepathy' "
        "(not in this app's content library)",
        "data.strategies[0].links[0].target: no card with id 'ghost' here",
        "data.strategies[0].scenario_key: no scenario with key 'elsewhere' in data.scenarios",
        "data.strategies[0].team_id: no team with id 'team-green' in the workshop",
        "data.strategies[0].workshop_id: 'other' is not the document's workshop 'w'",
    ]


def test_duplicate_ids_are_reported_where_they_repeat() -> None:
    doc = exported("workshop")
    first, second = doc["data"]["strategies"]
    first["cards"][1]["id"] = "s1-c1"
    second["links"][0]["id"] = "s2-c2"
    second["id"] = "s1"
    doc["data"]["scenarios"][1]["key"] = "benefits"
    found = problems_of(resealed(doc))
    assert (
        "data.strategies[0].cards[1].id: duplicate card id 's1-c1' "
        "(first used at data.strategies[0].cards[0].id)"
    ) in found
    assert (
        "data.strategies[1].links[0].id: duplicate link id 's2-c2' "
        "(first used at data.strategies[1].cards[1].id)"
    ) in found
    assert any(p.startswith("data.strategies[1].id: duplicate strategy id 's1'") for p in found)
    assert any(p.startswith("data.scenarios[1].key: duplicate scenario key") for p in found)


def test_card_ids_may_repeat_across_strategies() -> None:
    # The store keys cards by (strategy, id): a copied strategy keeps its card ids.
    doc = exported("workshop")
    doc["data"]["strategies"][1]["cards"][0]["id"] = "s1-c1"
    doc["data"]["strategies"][1]["links"] = []
    result = read_document(resealed(doc), LIBRARY)
    assert "s1-c1" in result.strategies[1].cards


def test_self_link_and_repeated_link_are_refused() -> None:
    doc = exported()
    links = doc["data"]["strategies"][0]["links"]
    links.append(dict(links[0], id="copy"))
    links[1]["target"] = links[1]["source"]
    found = problems_of(resealed(doc))
    assert "data.strategies[0].links[1]: Value error, A card cannot be linked to itself." in found


def test_repeated_link_pair_is_refused() -> None:
    doc = exported()
    links = doc["data"]["strategies"][0]["links"]
    links.append(dict(links[0], id="copy"))
    assert problems_of(resealed(doc)) == [
        "data.strategies[0].links[2]: these two cards are already linked that way"
    ]


def test_strategy_document_must_hold_exactly_one_strategy() -> None:
    doc = exported("workshop")
    doc["format"] = "mlops-canvas/strategy"
    (problem,) = problems_of(resealed(doc))
    assert problem == (
        "data.strategies: Value error, a strategy document holds exactly one strategy, not 2"
    )


def test_hash_mismatch_is_accepted_with_a_warning() -> None:
    doc = exported()
    doc["data"]["strategies"][0]["name"] = "Edited in a text editor"
    result = read_document(document_bytes(doc), LIBRARY)
    assert not result.hash_ok
    assert result.warnings == (HAND_EDITED_WARNING,)
    assert result.strategies[0].name == "Edited in a text editor"


def test_other_content_version_is_a_warning() -> None:
    doc = exported()
    doc["provenance"]["content_version"] = "1999.1"
    result = read_document(document_bytes(doc), LIBRARY)
    assert len(result.warnings) == 1 and "content library 1999.1" in result.warnings[0]


def test_truncated_file_is_refused_as_truncated() -> None:
    raw = resealed(exported())
    (problem,) = problems_of(raw[: len(raw) // 2])
    assert problem.startswith("not valid JSON:") and "truncated" in problem


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b"", "the file is empty"),
        (b"\xff\xfe{}", "not UTF-8 text"),
        (b"[1, 2]", "not an MLOps Canvas exchange document (expected a JSON object)"),
        (b'{"a": 1, "a": 2}', "the key 'a' appears twice in one JSON object"),
        (b'{"a": NaN}', "NaN is not a JSON number"),
        (b'{"format": 1} x', "not valid JSON: Extra data at line 1, column 15"),
        (b'{"x": 1}', "format: no 'format' member: not an MLOps Canvas exchange document"),
        (b'{"format": "pdf"}', "format: unknown format 'pdf': not an MLOps Canvas"),
    ],
)
def test_garbage_is_refused_clearly(raw: bytes, expected: str) -> None:
    (problem,) = problems_of(raw)
    assert problem.startswith(expected)


def test_newer_format_version_is_refused() -> None:
    doc = exported()
    doc["format_version"] = 2
    (problem,) = problems_of(resealed(doc))
    assert problem.startswith("format_version: written by a newer MLOps Canvas (format version 2")


def test_lone_surrogate_is_refused_not_crashing() -> None:
    doc = exported()
    text = document_bytes(doc).decode().replace("Weekly", "\\ud800Weekly")
    (problem,) = problems_of(text.encode())
    assert problem.startswith("data.strategies[0].cards[2].notes: the text is not valid Unicode")


def test_without_a_library_capabilities_are_not_checked() -> None:
    doc = exported()
    doc["data"]["strategies"][0]["cards"][1]["capabilities"] = ["telepathy"]
    result = read_document(resealed(doc))
    assert result.strategies[0].cards["s1-c2"].capabilities == ("telepathy",)


def test_error_message_names_file_and_every_problem(tmp_path: Path) -> None:
    doc = exported()
    doc["data"]["strategies"][0]["name"] = ""
    doc["data"]["strategies"][0]["cards"][0]["title"] = ""
    path = tmp_path / "bad.json"
    path.write_bytes(resealed(doc))
    with pytest.raises(ExchangeError) as caught:
        read_document_file(path, LIBRARY)
    message = str(caught.value)
    assert message.startswith(f"{path}: 2 problems: ")
    assert "data.strategies[0].name" in message and "data.strategies[0].cards[0].title" in message


def test_read_strategy_document_returns_the_strategy(tmp_path: Path) -> None:
    path = tmp_path / "s1.json"
    path.write_bytes(resealed(exported()))
    assert read_strategy_document(path, LIBRARY) == samples.strategy("s1")


def test_read_strategy_document_refuses_a_workshop_of_two(tmp_path: Path) -> None:
    path = tmp_path / "w.json"
    path.write_bytes(resealed(exported("workshop")))
    with pytest.raises(ExchangeError, match="expected exactly one strategy, the document has 2"):
        read_strategy_document(path)


def test_unreadable_file_names_the_file(tmp_path: Path) -> None:
    with pytest.raises(ExchangeError, match=r"missing\.json: does not exist"):
        read_strategy_document(tmp_path / "missing.json")
