"""The published JSON Schemas of the exchange documents, generated from the wire models.

``docs/schema/*.schema.json`` are generated here, never edited by hand; a test
fails when the committed files differ. Regenerate with
``.venv/bin/python -m app.exchange.schema`` from the root of a checkout.

The app never reads these files at run time (documents are validated by the
pydantic models themselves), so they are documentation and do not ship in the
wheel; ``SCHEMA_DIR`` is relative to the checkout, not to this module.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from pydantic import BaseModel

from app.exchange.wire import StrategyDocument, WorkshopDocument

# Relative to the root of a source checkout (where the generator is run).
SCHEMA_DIR = Path("docs", "schema")
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


def main() -> int:
    """Regenerate the committed schema files (run from the root of a checkout)."""
    if not SCHEMA_DIR.parent.is_dir():
        print(
            f"error: no {SCHEMA_DIR.parent}/ folder here; run this from the root of a checkout",
            file=sys.stderr,
        )
        return 2
    for path in write_schemas():
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
