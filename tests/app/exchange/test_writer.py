"""Export: document shape, stable bytes, and round trips that lose nothing."""

from __future__ import annotations

import hashlib
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.exchange.codec import document_bytes
from app.exchange.reader import read_document
from app.exchange.wire import StrategyDoc
from app.exchange.writer import (
    ExportError,
    app_version,
    build_document,
    export_strategy,
    export_workshop,
)
from app.store.errors import UnknownRecordError
from models.strategy import Strategy
from tests.app.exchange import samples
from tests.strategies.domain import strategies as strategy_values


def test_strategy_document_has_the_agreed_envelope() -> None:
    raw = export_strategy(samples.filled_store(), "s1", samples.CONTENT_VERSION, version="9.9")
    doc = json.loads(raw)
    assert sorted(doc) == ["data", "format", "format_version", "provenance", "sha256"]
    assert doc["format"] == "mlops-canvas/strategy"
    assert doc["format_version"] == 1
    assert doc["provenance"] == {
        "app_version": "9.9",
        "content_version": samples.CONTENT_VERSION,
        "exported_by": "mlops-canvas",
    }
    assert sorted(doc["data"]) == ["scenarios", "strategies", "workshop"]
    assert [s["key"] for s in doc["data"]["scenarios"]] == ["benefits"]
    assert [t["id"] for t in doc["data"]["workshop"]["teams"]] == ["team-blue", "team-red"]
    (strategy,) = doc["data"]["strategies"]
    assert [c["id"] for c in strategy["cards"]] == ["s1-c1", "s1-c2", "s1-c3"]
    assert [lk["id"] for lk in strategy["links"]] == ["s1-l1", "s1-l2"]


def test_hash_is_sha256_of_canonical_data() -> None:
    raw = export_strategy(samples.filled_store(), "s1", samples.CONTENT_VERSION)
    doc = json.loads(raw)
    canonical = json.dumps(
        doc["data"], sort_keys=True, separators=(",", ":"), ensure_ascii=False
    ).encode("utf-8")
    assert doc["sha256"] == hashlib.sha256(canonical).hexdigest()


def test_file_is_utf8_indented_sorted_with_trailing_newline() -> None:
    raw = export_strategy(samples.filled_store(), "s1", samples.CONTENT_VERSION)
    text = raw.decode("utf-8")
    assert text.endswith("}\n") and not text.endswith("\n\n")
    assert '\n  "data": {' in text
    assert "Zoë Müller" in text  # not \u-escaped
    assert text == json.dumps(json.loads(text), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def test_workshop_document_holds_every_strategy_and_scenario() -> None:
    doc = json.loads(export_workshop(samples.filled_store(), "w", samples.CONTENT_VERSION))
    assert doc["format"] == "mlops-canvas/workshop"
    assert [s["id"] for s in doc["data"]["strategies"]] == ["s1", "s2"]
    assert [s["key"] for s in doc["data"]["scenarios"]] == ["benefits", "spare"]


def test_export_is_independent_of_store_order() -> None:
    store = samples.filled_store()
    first = export_workshop(store, "w", samples.CONTENT_VERSION)
    store.strategies = dict(reversed(store.strategies.items()))
    store.scenarios["w"] = dict(reversed(store.scenarios["w"].items()))
    assert export_workshop(store, "w", samples.CONTENT_VERSION) == first


def test_missing_ids_raise_the_stores_unknown_record_error() -> None:
    store = samples.filled_store()
    with pytest.raises(UnknownRecordError, match="No strategy with id 'nope'"):
        export_strategy(store, "nope", "1")
    with pytest.raises(UnknownRecordError, match="No workshop with id 'nope'"):
        export_workshop(store, "nope", "1")


def test_strategy_whose_scenario_is_missing_is_not_exported() -> None:
    store = samples.filled_store()
    store.scenarios["w"].pop("benefits")
    with pytest.raises(ExportError, match="scenario 'benefits'"):
        export_strategy(store, "s1", "1")


def test_app_version_comes_from_the_installed_package() -> None:
    assert app_version() == "0.1.0"


def test_strategy_doc_has_exactly_the_strategy_fields() -> None:
    # A field added to Strategy but not to the wire model would be lost on export.
    assert set(StrategyDoc.model_fields) == set(Strategy.model_fields)


@st.composite
def varied_strategies(draw: st.DrawFn) -> Strategy:
    """Generated strategies, with team, revision and catalog keys varied too."""
    value = draw(strategy_values())
    cards = {
        key: card.model_copy(
            update={"catalog_key": draw(st.sampled_from([None, "data-audit", "model-card"]))}
        )
        for key, card in value.cards.items()
    }
    return Strategy.model_validate(
        value.model_dump()
        | {
            "cards": {k: c.model_dump() for k, c in cards.items()},
            "team_id": draw(st.sampled_from([None, "team-blue", "team-red"])),
            "revision": draw(st.integers(0, 10_000)),
        }
    )


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(value=varied_strategies())
def test_round_trip_loses_no_field_and_is_byte_identical(value: Strategy) -> None:
    library = samples.FakeLibrary()
    doc = build_document(
        "strategy", samples.workshop(), [samples.scenario()], [value], library.version
    )
    first = document_bytes(doc)
    result = read_document(first, library)
    assert result.warnings == ()
    assert result.strategies == (value,)
    assert result.workshop == samples.workshop()
    assert result.scenarios == (samples.scenario(),)
    again = build_document(
        "strategy",
        result.workshop,
        result.scenarios,
        result.strategies,
        library.version,
        version=result.provenance.app_version,
    )
    assert document_bytes(again) == first
