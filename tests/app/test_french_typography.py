"""French overlays use the no-break space of French typography, never a plain one.

``docs/glossary-fr.md`` (Typographie): a no-break space (U+00A0) before « : » and inside
« », and no plain space before « ; ! ? » (Canadian usage puts none there; a no-break
space, as in France, is accepted). A plain space there lets a line break strand the
colon or the guillemet at the start of a line. The scan reads the text as the app does:
TOML string values after parsing (line continuations joined), Markdown outside code.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.checker.packs import VERSION_LABEL
from app.i18n import STRUCTURAL_FIELDS
from app.resources import RESOURCES_DIR

FRENCH = RESOURCES_DIR / "locale" / "fr"
NBSP = "\u00a0"

# A plain space (or a line break, which Markdown and wrapped text render as a space)
# before « : ; ! ? », after « or before ». « ! » opening a Markdown image is syntax.
OFFENCE = re.compile(r"[ \t\n]+[:;?]|[ \t\n]+!(?!\[)|«[ \t\n]|[ \t\n]»")
FENCE = re.compile(r"^```.*?^```", re.MULTILINE | re.DOTALL)
CODE_SPAN = re.compile(r"`[^`\n]*`")
TABLE_RULE = re.compile(r"^\|?[\s:|-]+\|[\s:|-]*$", re.MULTILINE)


def _overlay_files() -> list[Path]:
    return sorted(p for p in FRENCH.rglob("*") if p.suffix in {".toml", ".md"})


def _strings(value: Any, where: str) -> Iterator[tuple[str, str]]:
    if isinstance(value, str):
        yield where, value
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _strings(item, f"{where}[{i}]")
    elif isinstance(value, dict):
        label = value.get("key") or value.get("id") or ""
        for name, item in value.items():
            # A translation's ``version`` is the label a reader sees (``VERSION_LABEL``).
            if name not in STRUCTURAL_FIELDS or name in VERSION_LABEL:
                yield from _strings(item, f"{where}{f' {label}' if label else ''}.{name}")


def _prose(path: Path) -> Iterator[tuple[str, str]]:
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".toml":
        yield from _strings(tomllib.loads(text), "")
        return
    text = FENCE.sub("", text)
    text = TABLE_RULE.sub("", text)
    yield "", CODE_SPAN.sub("x", text)


def offences(text: str) -> list[str]:
    """Each plain space at fault in ``text``, shown with a little context."""
    shown = []
    for match in OFFENCE.finditer(text):
        start, end = max(0, match.start() - 25), min(len(text), match.end() + 15)
        shown.append(text[start:end].replace("\n", "⏎").replace(NBSP, "⍽"))
    return shown


def test_the_scan_knows_right_from_wrong() -> None:
    assert offences("Conclusion : oui") and offences("« contrôle »") and offences("vrai ?")
    assert offences("la ligne\n: suite") and offences("avertissement !")
    assert not offences(f"Conclusion{NBSP}: «{NBSP}contrôle humain{NBSP}»; vrai? oui!")
    assert not offences(f"vrai{NBSP}? oui{NBSP}! https://example.org/a?b=1 ![image](x.png)")


@pytest.mark.parametrize("path", _overlay_files(), ids=lambda p: p.relative_to(FRENCH).as_posix())
def test_french_overlay_prose_has_no_plain_space_at_french_punctuation(path: Path) -> None:
    found = [
        f"{where or path.name}: {shown}" for where, text in _prose(path) for shown in offences(text)
    ]
    assert not found, f"{len(found)} plain space(s) at French punctuation:\n" + "\n".join(found)


def test_there_are_french_overlays_to_scan() -> None:
    names = {p.relative_to(FRENCH).as_posix() for p in _overlay_files()}
    assert {"catalog.toml", "rulepacks/eu-ai-act.toml", "help/user-guide.md"} <= names


def test_the_interface_catalog_uses_french_spacing() -> None:
    """The French interface strings follow the same rule as the content (``mlops_canvas_fr.ts``)."""
    from xml.etree import ElementTree

    catalog = RESOURCES_DIR / "i18n" / "mlops_canvas_fr.ts"
    problems: list[str] = []
    for message in ElementTree.parse(catalog).iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in {"vanished", "obsolete"}:
            continue
        forms = [translation, *translation.findall("numerusform")]
        for form in forms:
            text = form.text or ""
            if OFFENCE.search(text):
                source = message.findtext("source", "")
                problems.append(f"{source!r} → {text!r}")
    assert problems == [], "\n".join(problems)
