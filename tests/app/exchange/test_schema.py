"""The committed JSON Schemas are the ones the wire models generate."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.exchange.schema import REGENERATE_COMMAND, SCHEMA_DIR, generate_schemas, write_schemas

# The committed copies live in the checkout this test file belongs to.
CHECKOUT = Path(__file__).resolve().parents[3]


@pytest.mark.parametrize("name", sorted(generate_schemas()))
def test_committed_schema_matches_the_models(name: str) -> None:
    path = CHECKOUT / SCHEMA_DIR / name
    assert path.is_file(), f"{path} is missing; run `{REGENERATE_COMMAND}`"
    committed = path.read_text(encoding="utf-8")
    assert committed == generate_schemas()[name], (
        f"{path} differs from the pydantic models; run `{REGENERATE_COMMAND}` and commit it"
    )


def test_schemas_describe_the_envelope() -> None:
    strategy = json.loads(generate_schemas()["strategy.schema.json"])
    assert strategy["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert set(strategy["required"]) == {"format", "format_version", "provenance", "sha256", "data"}
    assert strategy["properties"]["format"]["const"] == "mlops-canvas/strategy"
    assert strategy["additionalProperties"] is False
    bundle = strategy["$defs"]["StrategyBundleData"]["properties"]["strategies"]
    assert (bundle["minItems"], bundle["maxItems"]) == (1, 1)
    workshop = json.loads(generate_schemas()["workshop.schema.json"])
    assert workshop["properties"]["format"]["const"] == "mlops-canvas/workshop"


def test_write_schemas_writes_every_file(tmp_path: Path) -> None:
    written = write_schemas(tmp_path)
    assert sorted(p.name for p in written) == ["strategy.schema.json", "workshop.schema.json"]
    for path in written:
        assert path.read_text(encoding="utf-8") == generate_schemas()[path.name]
