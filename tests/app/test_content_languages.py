"""Content in a language: the shipped French overlays, agency files in one language
(the other language's text shown with a marker), and shipped overlays that must match."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.agency_scenarios import with_agency_scenarios
from app.checker.packs import load_packs
from app.drills.load import load_events
from app.i18n import marker, speaking
from app.resources import (
    RESOURCES_DIR,
    ContentError,
    ContentLibrary,
    load_library,
    read_guide,
    read_localized,
)
from app.review.reflections import load_questions
from app.review.rubrics import load_rubrics


@pytest.fixture(scope="module")
def english() -> ContentLibrary:
    return load_library(lang="en")


@pytest.fixture(scope="module")
def french() -> ContentLibrary:
    return load_library(lang="fr")


def test_the_library_in_french_has_french_titles_and_the_same_keys(
    english: ContentLibrary, french: ContentLibrary
) -> None:
    assert list(french.catalog) == list(english.catalog)
    assert list(french.scenarios) == list(english.scenarios)
    assert french.version == english.version  # the version names the content, not a language
    assert french.catalog["data-source-inventory"].title == "Inventaire des jeux de données"
    assert french.scenarios["robodebt-case-study"].title.startswith("Étude de cas")
    changed = [k for k in english.catalog if english.catalog[k].title != french.catalog[k].title]
    assert len(changed) > 0.9 * len(english.catalog)
    for key, entry in french.catalog.items():  # structure never comes from an overlay
        assert entry.phase == english.catalog[key].phase
        assert entry.capabilities == english.catalog[key].capabilities


def test_the_default_language_is_the_interface_language() -> None:
    with speaking("fr"):
        library = load_library()
        assert library.catalog["data-source-inventory"].title == "Inventaire des jeux de données"
        assert read_guide("user").startswith("# MLOps Lifecycle Canvas — guide d'utilisation")


def test_packs_drills_rubrics_and_reflections_in_french(french: ContentLibrary) -> None:
    packs = load_packs(capabilities=french.capabilities, lang="fr", strict=True)
    assert packs.problems == ()
    assert packs.packs["canada-dadm"].title == (
        "Canada — Directive sur la prise de décisions automatisée"
    )
    assert packs.packs["gdpr"].cite_as == "RGPD"
    drills = load_events(capabilities=french.capabilities, lang="fr")
    assert drills.problems == ()
    english = load_events(capabilities=french.capabilities, lang="en")
    assert [e.key for e in drills.events] == [e.key for e in english.events]
    assert any(a.title != b.title for a, b in zip(drills.events, english.events, strict=True))
    rubric = load_rubrics(capabilities=french.capabilities, lang="fr").rubrics["default"]
    assert rubric.title.startswith("Grille d'évaluation")
    assert load_questions(lang="fr").participant[0].question.startswith("Comment")


AGENCY_SCENARIO = """key = "{key}"
title = "{title}"
summary = "{summary}"
context = "A long enough context for the scenario, written by the agency."
goals = ["A goal for the team."]
challenges = ["A challenge for the team."]

[profile]
ai_system = true
"""


def _agency_scenario(folder: Path, key: str, title: str, summary: str, extra: str = "") -> Path:
    path = folder / f"{key}.toml"
    text = AGENCY_SCENARIO.format(key=key, title=title, summary=summary)
    path.write_text(extra + text, encoding="utf-8")
    return path


def test_an_agency_file_in_one_language_is_shown_with_a_marker(
    tmp_path: Path, french: ContentLibrary, english: ContentLibrary
) -> None:
    ours = _agency_scenario(
        tmp_path,
        "triage-fr",
        "Triage des demandes",
        "Un modèle trie les demandes reçues.",
        extra='language = "fr"\n',
    )
    theirs = _agency_scenario(tmp_path, "triage-en", "Claim triage", "A model sorts claims.")
    in_french, problems = with_agency_scenarios(french, RESOURCES_DIR, [ours, theirs], "fr")
    assert problems == ()
    assert in_french.scenarios["triage-fr"].title == "Triage des demandes"  # its own language
    assert in_french.scenarios["triage-en"].title == marker("en") + "Claim triage"
    assert in_french.scenarios["triage-en"].key == "triage-en"  # keys are never marked
    in_english, _ = with_agency_scenarios(english, RESOURCES_DIR, [ours, theirs], "en")
    assert in_english.scenarios["triage-fr"].title == "[FR] Triage des demandes"
    assert in_english.scenarios["triage-en"].title == "Claim triage"
    # A translation beside the file fills what it gives; the rest stays marked.
    ours.with_name("triage-fr.en.toml").write_text('title = "Claim triage"\n', encoding="utf-8")
    in_english, _ = with_agency_scenarios(english, RESOURCES_DIR, [ours], "en")
    assert in_english.scenarios["triage-fr"].title == "Claim triage"
    assert in_english.scenarios["triage-fr"].summary == "[FR] Un modèle trie les demandes reçues."


@pytest.fixture
def resources_copy(tmp_path: Path) -> Path:
    root = tmp_path / "resources"
    shutil.copytree(RESOURCES_DIR, root, ignore=shutil.ignore_patterns("__pycache__", "golden"))
    return root


def test_a_shipped_overlay_entry_no_english_entry_matches_is_refused(resources_copy: Path) -> None:
    overlay = resources_copy / "locale" / "fr" / "catalog.toml"
    overlay.write_text(
        overlay.read_text("utf-8") + '\n[[entry]]\nkey = "ghost-practice"\ntitle = "Fantôme"\n',
        "utf-8",
    )
    with pytest.raises(ContentError) as err:
        load_library(resources_copy, lang="fr")
    assert err.value.path == overlay
    assert err.value.entry == "entry['ghost-practice']" and err.value.field == "key"
    assert "catalog.toml" in str(err.value) and "no English entry" in str(err.value)
    load_library(resources_copy, lang="en")  # English does not read the overlay


def test_a_shipped_file_missing_its_french_text_is_an_error_naming_the_file(
    resources_copy: Path,
) -> None:
    (resources_copy / "locale" / "fr" / "guide.toml").unlink()
    with pytest.raises(ContentError, match=r"guide\.toml: file not found"):
        load_library(resources_copy, lang="fr")


def test_reading_a_file_in_its_own_language_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "x.toml"
    path.write_text('language = "fr"\ntitle = "Titre"\nkey = "a-key"\n', encoding="utf-8")
    assert read_localized(path, "fr") == {"title": "Titre", "key": "a-key"}
    assert read_localized(path, "en") == {"title": "[FR] Titre", "key": "a-key"}
