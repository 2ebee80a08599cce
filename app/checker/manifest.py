"""The shipped rule packs' manifest: ``python -m app.checker.manifest [--write]``.

``resources/rulepacks/SHA256SUMS`` records the SHA-256 of every shipped pack, so
the app can tell a pack that was changed after release (``app.checker.integrity``).
Rewrite it when a pack is revised on purpose; a test fails while it is stale.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from app.checker.integrity import MANIFEST, file_hash


def manifest_text(folder: Path) -> str:
    """The manifest of every pack file in ``folder`` (sorted by name), then of its translations.

    A translation (``resources/locale/<lang>/rulepacks/<pack>.toml``) is named relative
    to ``folder``, so ``sha256sum -c SHA256SUMS`` run there checks it too.
    """
    from app.i18n import LANGUAGES, SOURCE_LANGUAGE

    lines = [
        f"{file_hash(path.read_bytes())}  {path.name}"
        for path in sorted(folder.glob("*.toml"))
        if path.is_file()
    ]
    for code in LANGUAGES:
        if code == SOURCE_LANGUAGE:
            continue
        texts = folder.parent / "locale" / code / folder.name
        lines += [
            f"{file_hash(path.read_bytes())}  ../locale/{code}/{folder.name}/{path.name}"
            for path in sorted(texts.glob("*.toml"))
            if path.is_file()
        ]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Compare (default) or ``--write`` the shipped packs' manifest; exit 1 when it differs."""
    from app.checker.packs import SHIPPED_DIR

    parser = argparse.ArgumentParser(prog="python -m app.checker.manifest", description=__doc__)
    parser.add_argument("--write", action="store_true", help="write the manifest")
    args = parser.parse_args(argv)
    path = Path(str(SHIPPED_DIR)) / MANIFEST
    text = manifest_text(Path(str(SHIPPED_DIR)))
    if args.write:
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path}")
        return 0
    current = path.read_text(encoding="utf-8") if path.is_file() else ""
    if current != text:
        print(f"{path} is stale: run python -m app.checker.manifest --write")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
