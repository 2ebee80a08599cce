"""Every shipped content file is complete in every language the app offers.

An overlay under ``resources/locale/<lang>/`` must give every prose field of
its English file (a list keeping its length), carry nothing structural (keys,
conditions, dates: those come from the English file only), and keep each
rule's group the translation of the same group in the pack's list. A rule pack's
overlay also gives its ``version`` as shown (a label; the version stays the English one).
"""

from __future__ import annotations

import re
import tomllib
from typing import Any

import pytest

from app.checker.packs import VERSION_LABEL
from app.i18n import IDENTIFYING_FIELDS, LANGUAGES, SOURCE_LANGUAGE, STRUCTURAL_FIELDS
from app.resources import RESOURCES_DIR

KEYLIKE = re.compile(r"^[a-z0-9]+([-_.][a-z0-9]+)*$")
ALWAYS_PROSE = {"title", "citation", "cite_as"}
NO_PROSE = {"drills/simulation.toml"}  # numbers only
OTHER = [code for code in LANGUAGES if code != SOURCE_LANGUAGE]


def _content_files() -> list[str]:
    skip = ("locale", "rulepacks/golden")
    found = []
    for path in sorted(RESOURCES_DIR.rglob("*.toml")):
        relative = path.relative_to(RESOURCES_DIR).as_posix()
        if relative.startswith(skip) or relative in NO_PROSE or path.name == "policy.toml":
            continue
        found.append(relative)
    return found


def _is_prose(name: str, value: Any) -> bool:
    if name in STRUCTURAL_FIELDS or isinstance(value, bool | int | float):
        return False
    if isinstance(value, str):
        return name in ALWAYS_PROSE or not KEYLIKE.match(value.strip())
    if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        return any(not KEYLIKE.match(v.strip()) for v in value)
    return False


def _has_prose(table: dict[str, Any]) -> bool:
    for name, value in table.items():
        if name in STRUCTURAL_FIELDS and not _tables(value):
            continue
        if _is_prose(name, value) or (isinstance(value, dict) and _has_prose(value)):
            return True
        if _tables(value) and any(_has_prose(v) for v in value):
            return True
    return False


def _tables(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, dict) for v in value)


def _compare(where: str, en: dict[str, Any], other: Any, problems: list[str]) -> None:
    if not isinstance(other, dict):
        problems.append(f"{where}: missing")
        return
    for name in other:
        if (
            name in STRUCTURAL_FIELDS
            and name not in IDENTIFYING_FIELDS
            and not _tables(en.get(name))
        ):
            problems.append(f"{where}.{name}: structural, must not be in the overlay")
    for name, value in en.items():
        here = f"{where}.{name}"
        if name in STRUCTURAL_FIELDS and not _tables(value):
            continue
        if isinstance(value, dict):
            if _has_prose(value):
                _compare(here, value, other.get(name), problems)
        elif _tables(value):
            if any(_has_prose(v) for v in value):
                _compare_entries(here, value, other.get(name), problems)
        elif _is_prose(name, value):
            got = other.get(name)
            if isinstance(value, str):
                if not isinstance(got, str) or not got.strip():
                    problems.append(f"{here}: no translation")
            elif not isinstance(got, list) or len(got) != len(value) or not all(got):
                problems.append(f"{here}: a list of {len(value)} translated items expected")


def _compare_entries(where: str, en: list[dict[str, Any]], other: Any, problems: list[str]) -> None:
    if not _tables(other):
        problems.append(f"{where}: missing")
        return
    ident = next((f for f in IDENTIFYING_FIELDS if f in en[0]), None)
    if ident is None:
        for i, entry in enumerate(en):
            _compare(f"{where}[{i}]", entry, other[i] if i < len(other) else None, problems)
        return
    by_id = {entry.get(ident): entry for entry in other}
    for entry in en:
        _compare(f"{where}[{entry[ident]}]", entry, by_id.get(entry[ident]), problems)


@pytest.mark.parametrize("code", OTHER)
@pytest.mark.parametrize("relative", _content_files())
def test_every_content_file_is_translated_completely(relative: str, code: str) -> None:
    english = tomllib.loads((RESOURCES_DIR / relative).read_text(encoding="utf-8"))
    overlay_file = RESOURCES_DIR / "locale" / code / relative
    assert overlay_file.is_file(), f"no {code} overlay for {relative}"
    overlay = tomllib.loads(overlay_file.read_text(encoding="utf-8"))
    problems: list[str] = []
    if relative.startswith("rulepacks/"):
        # A pack's translated ``version`` is the label shown (``VERSION_LABEL``), not its version.
        for name in VERSION_LABEL:
            label = overlay.pop(name, None)
            if not isinstance(label, str) or not label.strip():
                problems.append(f"{relative}.{name}: no translated label")
    _compare(relative, english, overlay, problems)
    if "groups" in english and "rule" in english:
        translated = dict(zip(english["groups"], overlay.get("groups", []), strict=False))
        by_id = {r["id"]: r for r in overlay.get("rule", [])}
        for rule in english["rule"]:
            if "group" in rule and by_id.get(rule["id"], {}).get("group") != translated.get(
                rule["group"]
            ):
                problems.append(f"{relative}.rule[{rule['id']}].group: not the pack's group")
    assert problems == []


@pytest.mark.parametrize("code", OTHER)
@pytest.mark.parametrize("guide", ["user-guide.md", "facilitator-guide.md"])
def test_every_guide_is_translated_with_the_same_outline(guide: str, code: str) -> None:
    english = (RESOURCES_DIR / "help" / guide).read_text(encoding="utf-8")
    translated = (RESOURCES_DIR / "locale" / code / "help" / guide).read_text(encoding="utf-8")

    def outline(text: str) -> list[int]:
        return [
            len(line) - len(line.lstrip("#")) for line in text.splitlines() if line.startswith("#")
        ]

    assert outline(translated) == outline(english)


def test_the_checker_and_the_overlays_agree_on_what_is_structural() -> None:
    # A field the checks skip must also be one the merge never takes from an overlay.
    assert set(IDENTIFYING_FIELDS) <= STRUCTURAL_FIELDS
