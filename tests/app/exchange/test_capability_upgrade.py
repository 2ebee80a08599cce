"""Exchange files from before content series 2026.12 import with the new capability keys.

An old file names capabilities since split into distinct duties; the importer
carries every card over (as the database migration does), says card by card
what it changed, and still checks the file's hash against the data as exported.
"""

from __future__ import annotations

import json
from typing import Any

from app.content_migration import RETIRED, migrate_card, older_series, upgrade_cards
from app.exchange.codec import content_hash, document_bytes
from app.exchange.reader import read_document
from tests.app.exchange.test_reader import LIBRARY, exported

OLD_VERSION = "2026.11+0123456789ab"


def _as_old_file(doc: dict[str, Any], capabilities: dict[str, list[str]]) -> bytes:
    """The document as an older app would have written it, hash included."""
    doc["provenance"]["content_version"] = OLD_VERSION
    for strategy in doc["data"]["strategies"]:
        for card in strategy["cards"]:
            if card["title"] in capabilities:
                card["capabilities"] = capabilities[card["title"]]
    doc["sha256"] = content_hash(doc["data"])
    return document_bytes(doc)


def test_an_old_file_imports_with_the_new_keys_and_says_what_changed() -> None:
    doc = exported()
    cards = doc["data"]["strategies"][0]["cards"]
    deploy = next(c for c in cards if c["phase"] == "deploy")
    other = next(c for c in cards if c["phase"] != "deploy")
    data = _as_old_file(
        doc,
        {
            deploy["title"]: ["human-oversight", "transparency-notice"],
            other["title"]: ["impact-assessment"],
        },
    )
    result = read_document(data, LIBRARY)
    assert result.hash_ok, "the hash covers the file as exported, not the upgraded copy"
    (strategy,) = result.strategies
    by_title = {c.title: c for c in strategy.cards.values()}
    assert by_title[deploy["title"]].capabilities == ("human-decision", "individual-notice")
    assert by_title[other["title"]].capabilities == ("ai-impact-assessment",)
    used = {cap for card in strategy.cards.values() for cap in card.capabilities}
    assert not used & set(RETIRED)
    notes = "\n".join(result.warnings)
    assert "2026.12" in notes
    assert f"card “{deploy['title']}”" in notes
    assert "human-oversight → human-decision" in notes
    assert "impact-assessment → ai-impact-assessment" in notes


def test_a_current_file_is_left_alone() -> None:
    doc = exported()
    raw = json.loads(document_bytes(doc))
    upgraded, notes = upgrade_cards(raw)
    assert upgraded is raw and notes == []
    result = read_document(document_bytes(doc), LIBRARY)
    assert not any("2026.12" in w for w in result.warnings)


def test_retired_keys_in_a_file_claiming_the_current_series_are_still_carried_over() -> None:
    doc = exported()
    card = doc["data"]["strategies"][0]["cards"][0]
    card["capabilities"] = ["human-oversight"]
    doc["sha256"] = content_hash(doc["data"])
    result = read_document(document_bytes(doc), LIBRARY)
    (strategy,) = result.strategies
    assert "human-oversight" not in {cap for c in strategy.cards.values() for cap in c.capabilities}


def test_series_comparison() -> None:
    assert older_series("2026.11+abc")
    assert not older_series("2026.12+abc")
    assert not older_series("2027.01")
    assert not older_series(None)
    assert not older_series("")


def test_each_retired_key_has_a_successor_in_every_lane() -> None:
    for key in RETIRED:
        for phase in ("data", "develop", "evaluate", "deploy", "monitor", "feedback", "governance"):
            change = migrate_card(None, phase, [key], None)
            assert change.changed
            assert set(change.capabilities) <= set(RETIRED[key])


def test_an_export_records_the_packs_its_strategies_answer_to() -> None:
    from app.checker.packs import load_packs
    from app.exchange.writer import export_strategy
    from tests.app.exchange import samples

    packs = load_packs(strict=False)
    store = samples.filled_store()
    doc = json.loads(export_strategy(store, "s1", LIBRARY.version, packs=packs))
    refs = doc["provenance"]["rule_packs"]
    selected = sorted(doc["data"]["strategies"][0]["packs"])
    assert [r["key"] for r in refs] == selected
    for ref in refs:
        if ref["key"] in packs.packs:
            assert ref["sha256"] == packs.integrity[ref["key"]].sha256
            assert ref["integrity"] == "shipped · verified"
    assert read_document(document_bytes(doc), LIBRARY).hash_ok, "still a readable document"
