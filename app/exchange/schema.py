"""The published JSON Schemas of the exchange documents, generated from the wire models.

``docs/schema/*.schema.json`` are generated here, never edited by hand; a test
fails when the committed files differ. Regenerate with
``.venv/bin/python -m app.exchange.schema``.
"""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel

from app.exchange.wire import StrategyDocument, WorkshopDocument

SCHEMA_DIR = Path(__file__).resolve().parent.parent.parent / "docs" / "schema"
SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
SCHEMA_FILES: dict[str, type[BaseModel]] = {
    "strategy.schema.json": StrategyDocument,
    "workshop.schema.json": WorkshopDocument,
}
REGENERATE_COMMAND = ".venv/bin/python -m app.exchange.schema"


def generate_schemas() -> dict[str, str]:
    """Each schema file's name and its text (indent 2, sorted keys, trailing newline)."""
    result: dict[str, str] = {}
    for name, model in SCHEMA_FILES.items():
        schema = {"$schema": SCHEMA_DIALECT, **model.model_json_schema(mode="validation")}
        result[name] = json.dumps(schema, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    return result


def write_schemas(folder: Path = SCHEMA_DIR) -> list[Path]:
    """Write the schema files into ``folder``; return the paths written."""
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for name, text in generate_schemas().items():
        path = folder / name
        path.write_text(text, encoding="utf-8", newline="\n")
        written.append(path)
    return written


def main() -> None:
    """Regenerate the committed schema files."""
    for path in write_schemas():
        print(f"wrote {path}")


if __name__ == "__main__":
    main()
