"""A broken content file is refused in the user's language, naming file, entry and field.

``ContentError`` keeps its attributes (``path``, ``entry``, ``field``, ``reason``)
whatever the language; its message is French inside ``speaking("fr")``, with
« » around the names, and still reads as before in English.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.i18n import speaking
from app.resources import (
    RESOURCES_DIR,
    ContentError,
    UnknownCatalogEntryError,
    load_installed_library,
    load_library,
)
from tests.app.test_agency_library import _agency_scenario
from tests.app.test_resources import _append, _entry

NBSP = "\u00a0"


@pytest.fixture
def root(tmp_path: Path) -> Path:
    copy = tmp_path / "resources"
    shutil.copytree(RESOURCES_DIR, copy)
    return copy


def _refused(root: Path, language: str) -> ContentError:
    with speaking(language), pytest.raises(ContentError) as caught:
        load_library(root, lang="en")
    return caught.value


def test_an_unknown_capability_names_file_entry_and_field_in_french(root: Path) -> None:
    _append(root / "catalog.toml", _entry(capabilities=["data-quality", "mind-reading"]))
    french = _refused(root, "fr")
    assert str(french) == (
        f"catalog.toml, entrée «{NBSP}extra-practice{NBSP}», champ «{NBSP}capabilities{NBSP}»"
        f"{NBSP}: capacité inconnue «{NBSP}mind-reading{NBSP}»"
    )
    assert (french.entry, french.field) == ("'extra-practice'", "capabilities")
    english = _refused(root, "en")
    assert str(english) == (
        "catalog.toml, entry 'extra-practice', field 'capabilities': "
        "unknown capability 'mind-reading'"
    )


def test_a_missing_field_is_said_in_french(root: Path) -> None:
    _append(root / "catalog.toml", _entry(title=None))
    french = str(_refused(root, "fr"))
    assert french.endswith(f"champ «{NBSP}title{NBSP}»{NBSP}: ce champ est obligatoire"), french
    assert "Field required" not in french
    assert str(_refused(root, "en")).endswith("field 'title': Field required")


def test_a_duplicate_key_and_bad_toml_in_french(root: Path) -> None:
    _append(root / "catalog.toml", _entry(key="datasheet"))
    assert str(_refused(root, "fr")).endswith(f"«{NBSP}key{NBSP}»{NBSP}: clé en double")
    (root / "catalog.toml").write_text('[[entry]]\nkey = "open\n', encoding="utf-8")
    french = str(_refused(root, "fr"))
    assert french.startswith(f"catalog.toml{NBSP}: TOML non valide{NBSP}: ")
    assert "(ligne 2, colonne 7)" in french and "not valid TOML" not in french


def test_a_missing_file_names_its_folder_in_french(root: Path) -> None:
    (root / "capabilities.toml").unlink()
    french = str(_refused(root, "fr"))
    assert french.startswith(f"capabilities.toml{NBSP}: fichier introuvable dans {root}")


def test_a_too_large_content_file_in_french(root: Path) -> None:
    (root / "catalog.toml").write_bytes(b"#" * (4 * 1024 * 1024 + 1))
    french = str(_refused(root, "fr"))
    assert french.startswith(f"catalog.toml{NBSP}: fait 4{NBSP}194{NBSP}305{NBSP}octets; ")
    assert (
        "la limite pour ce type de fichier est de 4{NBSP}194{NBSP}304{NBSP}octets".replace(
            "{NBSP}", NBSP
        )
        in french
    )


def test_a_skipped_agency_scenario_is_reported_in_french(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MLOPS_CANVAS_DATA_DIR", str(tmp_path))
    folder = tmp_path / "scenarios"
    folder.mkdir()
    _agency_scenario(folder, "agency-road-sensors", '\nmissing_practices = ["crystal-ball"]\n')
    with speaking("fr"):
        _library, problems = load_installed_library(lang="en")
    (problem,) = problems
    assert problem.startswith(f"scénario de l'organisme ignoré{NBSP}: agency-road-sensors.toml")
    assert problem.endswith(
        f"champ «{NBSP}profile.missing_practices{NBSP}»{NBSP}: ce champ n'est pas attendu ici"
    )
    assert "Extra inputs" not in problem


def test_an_unknown_catalog_entry_in_french() -> None:
    with speaking("fr"):
        error = UnknownCatalogEntryError("ghost")
    assert str(error) == f"Le catalogue ne contient aucune pratique «{NBSP}ghost{NBSP}»."
    assert str(UnknownCatalogEntryError("ghost")) == "No practice 'ghost' in the catalog."
