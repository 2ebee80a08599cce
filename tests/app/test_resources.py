"""The content library: every shipped file loads, and every malformed file fails clearly."""

from __future__ import annotations

import re
import shutil
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.resources import (
    RESOURCES_DIR,
    ContentError,
    ContentLibrary,
    UnknownCatalogEntryError,
    content_digest,
    library_files,
    load_library,
)
from models.content import CatalogEntry, GuideSection, Scenario
from models.phases import ALL_PHASES, LIFECYCLE, Phase
from models.vocabulary import ImpactLevel, Jurisdiction

# ── the shipped library ──────────────────────────────────────────────────────────


@pytest.fixture(scope="module")
def library() -> ContentLibrary:
    return load_library()


def test_every_shipped_file_loads(library: ContentLibrary) -> None:
    files = library_files()
    assert RESOURCES_DIR / "catalog.toml" in files
    assert RESOURCES_DIR / "guide.toml" in files
    assert len([f for f in files if f.parent.name == "scenarios"]) == len(library.scenarios)
    # Each record round-trips through its model, so nothing was accepted loosely.
    for entry in library.catalog.values():
        assert CatalogEntry.model_validate(entry.model_dump()) == entry
    for scenario in library.scenarios.values():
        assert Scenario.model_validate(scenario.model_dump()) == scenario
    for section in library.guide.values():
        assert GuideSection.model_validate(section.model_dump()) == section


def test_catalog_spans_every_phase(library: ContentLibrary) -> None:
    per_phase = Counter(entry.phase for entry in library.catalog.values())
    assert len(library.catalog) >= 70
    for phase in LIFECYCLE:
        assert per_phase[phase] >= 9, phase
    assert per_phase[Phase.GOVERNANCE] >= 8


def test_catalog_provides_every_capability(library: ContentLibrary) -> None:
    assert len(library.capabilities) >= 40
    for key in library.capabilities:
        assert library.providers(key), f"no catalog entry provides {key}"


def test_catalog_text_is_substantial(library: ContentLibrary) -> None:
    for entry in library.catalog.values():
        assert len(entry.description) >= 80, entry.key
        assert len(entry.why_public_sector) >= 60, entry.key
        assert "  " not in entry.description, entry.key


def test_scenarios_cover_the_workshop_cases(library: ContentLibrary) -> None:
    scenarios = library.scenarios
    assert len(scenarios) >= 6
    for key in (
        "infrastructure-maintenance",
        "benefits-decision-support",
        "adaptive-learning",
        "emergency-dispatch",
        "genai-citizen-assistant",
    ):
        assert key in scenarios
    assert scenarios["genai-citizen-assistant"].profile.generative
    opening = next(iter(scenarios.values()))
    assert opening.case_study
    assert opening.what_went_wrong and opening.sources
    assert all(key in library.catalog for key in opening.missing_practices)


def test_scenario_profiles_vary(library: ContentLibrary) -> None:
    profiles = [s.profile for s in library.scenarios.values()]
    jurisdictions = {j for p in profiles for j in p.jurisdictions}
    assert {Jurisdiction.EU, Jurisdiction.UK, Jurisdiction.CANADA, Jurisdiction.US_FEDERAL} <= (
        jurisdictions
    )
    assert {p.impact_level for p in profiles} == set(ImpactLevel)
    assert len({p.annex3_area for p in profiles}) >= 3
    assert any(p.special_category for p in profiles)
    assert any(not p.personal_data for p in profiles)
    assert len({s.harm_unit for s in library.scenarios.values()}) == len(profiles)


def test_guide_has_a_section_per_phase(library: ContentLibrary) -> None:
    assert list(library.guide) == list(ALL_PHASES)
    for phase, section in library.guide.items():
        assert 4 <= len(section.questions) <= 6, phase
        assert section.cards
        # A section recommends cards from its own lane.
        assert all(library.catalog[key].phase is phase for key in section.cards), phase


def test_version_is_series_plus_digest(library: ContentLibrary) -> None:
    assert re.fullmatch(r"2026\.12\+[0-9a-f]{12}", library.version)
    assert load_library().version == library.version


def test_providers_keep_catalog_order(library: ContentLibrary) -> None:
    order = list(library.catalog)
    providers = library.providers("oversight-monitoring")
    assert len(providers) >= 2
    assert [order.index(e.key) for e in providers] == sorted(order.index(e.key) for e in providers)
    assert library.providers("no-such-capability") == ()


def test_card_from_catalog_copies_the_entry(library: ContentLibrary) -> None:
    entry = library.catalog["fairness-dashboard"]
    card = library.card_from_catalog("fairness-dashboard", 20.0, 140.0)
    assert card.catalog_key == entry.key
    assert (card.title, card.phase, card.owner_role) == (entry.title, entry.phase, entry.owner_role)
    assert set(card.capabilities) == set(entry.capabilities)
    assert (card.x, card.y, card.notes) == (20.0, 140.0, "")
    assert library.card_from_catalog("fairness-dashboard", 0, 0).id != card.id


def test_card_from_unknown_key_is_refused(library: ContentLibrary) -> None:
    with pytest.raises(UnknownCatalogEntryError, match="no-such-practice"):
        library.card_from_catalog("no-such-practice", 0, 0)


# ── the content digest ──────────────────────────────────────────────────────────


@given(st.permutations(sorted(RESOURCES_DIR.rglob("*.toml"))))
def test_digest_ignores_file_order(paths: list[Path]) -> None:
    assert content_digest(paths) == content_digest(sorted(RESOURCES_DIR.rglob("*.toml")))


def test_digest_follows_content_not_location(tmp_path: Path) -> None:
    original = sorted(RESOURCES_DIR.rglob("*.toml"))
    copy = tmp_path / "elsewhere"
    shutil.copytree(RESOURCES_DIR, copy)
    copied = sorted(copy.rglob("*.toml"))
    assert content_digest(copied) == content_digest(original)
    (copy / "guide.toml").write_bytes((copy / "guide.toml").read_bytes() + b"\n# edited\n")
    assert content_digest(copied) != content_digest(original)


def test_version_changes_with_agency_scenarios(tmp_path: Path, library: ContentLibrary) -> None:
    agency = tmp_path / "agency"
    agency.mkdir()
    text = (RESOURCES_DIR / "scenarios" / "02-benefits-decision-support.toml").read_text("utf-8")
    (agency / "local.toml").write_text(
        text.replace('key = "benefits-decision-support"', 'key = "local-benefits"'), "utf-8"
    )
    extended = load_library(scenario_dirs=[agency])
    assert list(extended.scenarios)[-1] == "local-benefits"
    assert extended.version != library.version


# ── malformed files, each giving one ContentError naming file, entry and field ──


@pytest.fixture
def root(tmp_path: Path) -> Path:
    """A private copy of the shipped resources to break."""
    copy = tmp_path / "resources"
    shutil.copytree(RESOURCES_DIR, copy)
    return copy


def _entry(**fields: object) -> str:
    values: dict[str, object] = {
        "key": "extra-practice",
        "title": "Extra practice",
        "phase": "data",
        "description": "A practice added by a test.",
        "owner_role": "data-scientist",
        "capabilities": ["data-quality"],
        "why_public_sector": "Tests need it.",
    }
    values.update(fields)
    lines = ["", "[[entry]]"]
    for name, value in values.items():
        if value is None:
            continue
        if isinstance(value, list):
            lines.append(
                f"{name} = [{', '.join(repr(v).replace(chr(39), chr(34)) for v in value)}]"
            )
        else:
            lines.append(f'{name} = "{value}"')
    return "\n".join(lines) + "\n"


def _append(path: Path, text: str) -> None:
    path.write_text(path.read_text("utf-8") + text, "utf-8")


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), "utf-8")


def _fails(
    root: Path,
    *,
    file: str,
    entry: str,
    field: str,
    message: str,
    scenario_dirs: Sequence[Path] = (),
) -> None:
    with pytest.raises(ContentError) as caught:
        load_library(root, scenario_dirs)
    error = caught.value
    text = str(error)
    assert error.path.name == file
    assert text.startswith(file)
    assert error.entry == entry and (not entry or f"entry {entry}" in text)
    assert error.field == field and (not field or f"field {field!r}" in text)
    assert message.lower() in text.lower(), text


def test_bad_toml_names_file_and_line(root: Path) -> None:
    _append(root / "catalog.toml", '\n[[entry]]\nkey = "unterminated\n')
    with pytest.raises(ContentError) as caught:
        load_library(root)
    assert str(caught.value).startswith("catalog.toml: not valid TOML")
    assert re.search(r"line \d+", str(caught.value))


def test_unknown_capability(root: Path) -> None:
    _append(root / "catalog.toml", _entry(capabilities=["data-quality", "mind-reading"]))
    _fails(
        root,
        file="catalog.toml",
        entry="'extra-practice'",
        field="capabilities",
        message="unknown capability 'mind-reading'",
    )


def test_unknown_phase(root: Path) -> None:
    _append(root / "catalog.toml", _entry(phase="design"))
    _fails(root, file="catalog.toml", entry="'extra-practice'", field="phase", message="'data'")


def test_duplicate_catalog_key(root: Path) -> None:
    _append(root / "catalog.toml", _entry(key="datasheet"))
    _fails(root, file="catalog.toml", entry="'datasheet'", field="key", message="duplicate key")


def test_missing_field(root: Path) -> None:
    _append(root / "catalog.toml", _entry(title=None))
    _fails(root, file="catalog.toml", entry="'extra-practice'", field="title", message="required")


def test_unknown_owner_role(root: Path) -> None:
    _append(root / "catalog.toml", _entry(owner_role="astrologer"))
    _fails(root, file="catalog.toml", entry="'extra-practice'", field="owner_role", message="")


def test_capability_nobody_provides(root: Path) -> None:
    _append(
        root / "capabilities.toml",
        '\n[[capability]]\nkey = "time-travel"\ntitle = "Time travel"\nmeaning = "Undo it all."\n',
    )
    _fails(
        root,
        file="catalog.toml",
        entry="",
        field="capabilities",
        message="no entry provides capability 'time-travel'",
    )


def test_scenario_missing_field(root: Path) -> None:
    _replace(
        root / "scenarios" / "04-emergency-dispatch.toml",
        'title = "Ambulance call triage & fleet positioning"\n',
        "",
    )
    _fails(
        root,
        file="04-emergency-dispatch.toml",
        entry="'emergency-dispatch'",
        field="title",
        message="required",
    )


def test_scenario_unknown_annex_area(root: Path) -> None:
    _replace(
        root / "scenarios" / "03-adaptive-learning.toml",
        'annex3_area = "education"',
        'annex3_area = "astrology"',
    )
    _fails(
        root,
        file="03-adaptive-learning.toml",
        entry="'adaptive-learning'",
        field="profile.annex3_area",
        message="",
    )


def test_scenario_unknown_missing_practice(root: Path) -> None:
    _replace(
        root / "scenarios" / "00-robodebt.toml",
        '"legal-authority-review",',
        '"crystal-ball",',
    )
    _fails(
        root,
        file="00-robodebt.toml",
        entry="'robodebt-case-study'",
        field="missing_practices",
        message="unknown catalog key 'crystal-ball'",
    )


def test_case_study_without_sources(root: Path) -> None:
    path = root / "scenarios" / "00-robodebt.toml"
    text = path.read_text("utf-8")
    start = text.index("sources = [")
    end = text.index("]", start) + 1
    path.write_text(text[:start] + "sources = []" + text[end:], "utf-8")
    _fails(
        root,
        file="00-robodebt.toml",
        entry="'robodebt-case-study'",
        field="sources",
        message="case study",
    )


def test_duplicate_scenario_key_across_folders(root: Path, tmp_path: Path) -> None:
    agency = tmp_path / "agency"
    agency.mkdir()
    shutil.copy(root / "scenarios" / "04-emergency-dispatch.toml", agency / "ours.toml")
    _fails(
        root,
        file="ours.toml",
        entry="'emergency-dispatch'",
        field="key",
        message="duplicate scenario key",
        scenario_dirs=[agency],
    )


def test_missing_agency_folder(root: Path, tmp_path: Path) -> None:
    _fails(
        root,
        file="nowhere",
        entry="",
        field="",
        message="scenario folder not found",
        scenario_dirs=[tmp_path / "nowhere"],
    )


def test_guide_missing_phase(root: Path) -> None:
    path = root / "guide.toml"
    text = path.read_text("utf-8")
    start = text.index('[[section]]\nphase = "monitor"')
    end = text.index("[[section]]", start + 1)
    path.write_text(text[:start] + text[end:], "utf-8")
    _fails(root, file="guide.toml", entry="'monitor'", field="phase", message="no [[section]]")


def test_guide_unknown_card(root: Path) -> None:
    _replace(root / "guide.toml", '"fairness-dashboard",', '"vibes-check",')
    _fails(
        root,
        file="guide.toml",
        entry="'monitor'",
        field="cards",
        message="unknown catalog key 'vibes-check'",
    )


def test_guide_duplicate_phase(root: Path) -> None:
    _append(
        root / "guide.toml",
        '\n[[section]]\nphase = "data"\npurpose = "Again."\nquestions = ["Why?"]\n'
        'cards = ["datasheet"]\n',
    )
    _fails(root, file="guide.toml", entry="'data'", field="phase", message="duplicate section")


def test_missing_catalog_file(root: Path) -> None:
    (root / "catalog.toml").unlink()
    _fails(root, file="catalog.toml", entry="", field="", message="file not found")


def test_missing_series_version(root: Path) -> None:
    _replace(root / "capabilities.toml", 'version = "2026.12"', "")
    _fails(
        root,
        file="capabilities.toml",
        entry="",
        field="version",
        message="expected a top-level version string",
    )


# -- a workshop's stored copies, shown in the export language -------------------------------------


def _versions() -> dict[str, Scenario]:
    key = "benefits-decision-support"
    return {code: load_library(lang=code).scenarios[key] for code in ("en", "fr")}


def test_an_unchanged_stored_scenario_is_shown_in_the_export_language() -> None:
    from app.i18n import speaking
    from app.resources import localized_scenario

    versions = _versions()
    english, french = versions["en"], versions["fr"]
    with speaking("fr"):
        shown = localized_scenario(english, versions)
    assert shown.title == french.title and shown.context == french.context
    assert shown.goals == french.goals and shown.harm_unit == french.harm_unit
    with speaking("en"):  # a copy stored in French, exported in English
        assert localized_scenario(french, versions).summary == english.summary


def test_an_edited_stored_scenario_keeps_the_facilitators_text() -> None:
    from app.i18n import speaking
    from app.resources import localized_scenario

    versions = _versions()
    english, french = versions["en"], versions["fr"]
    edited = english.model_copy(
        update={
            "context": "Our own context, as the facilitator wrote it.",
            "profile": english.profile.model_copy(update={"generative": True}),
        }
    )
    with speaking("fr"):
        shown = localized_scenario(edited, versions)
    assert shown.context == "Our own context, as the facilitator wrote it."
    assert shown.summary == french.summary  # the fields left alone still follow the language
    assert shown.profile.generative  # never the library's profile
    with speaking("fr"):
        unknown = edited.model_copy(update={"key": "not-in-the-library"})
        assert localized_scenario(unknown) == unknown


def test_catalog_titles_left_as_they_were_follow_the_export_language() -> None:
    from app.i18n import speaking
    from app.resources import localized_cards
    from models.strategy import Card, Strategy

    english, french = load_library(lang="en"), load_library(lang="fr")
    key = next(k for k in english.catalog if english.catalog[k].title != french.catalog[k].title)
    phase = english.catalog[key].phase
    cards = {
        "kept": Card(id="kept", catalog_key=key, title=english.catalog[key].title, phase=phase),
        "edited": Card(id="edited", catalog_key=key, title="Our own name", phase=phase),
        "custom": Card(id="custom", title=english.catalog[key].title, phase=phase),
    }
    strategy = Strategy(
        id="s", workshop_id="w", name="S", scenario_key="benefits-decision-support", cards=cards
    )
    with speaking("fr"):
        shown = localized_cards(strategy)
    assert shown.cards["kept"].title == french.catalog[key].title
    assert shown.cards["edited"].title == "Our own name"
    assert shown.cards["custom"].title == english.catalog[key].title  # no catalog entry: as typed
    assert strategy.cards["kept"].title == english.catalog[key].title  # the input is unchanged
    with speaking("en"):
        assert localized_cards(shown).cards["kept"].title == english.catalog[key].title
