"""A pack's version is shown in the language loaded, and stays the same revision underneath.

``version`` identifies a pack's revision (the exchange file, comparisons), so a
translation never changes it; the translation's ``version`` is ``version_label``, the
text every display shows. A pack without one shows its own version.
"""

from __future__ import annotations

from pathlib import Path

from app.checker import load_packs
from app.checker.engine import Checker
from app.checker.packs import load_pack
from app.resources import load_capabilities
from models.profile import Profile
from models.rules import RulePack
from tests.app.checker.helpers import strategy
from tests.app.checker.test_packs import GOOD, _write

AGENCY = GOOD.replace('version = "1.0"', 'version = "2026 edition (revision 1, March 2026)"')


def test_every_shipped_pack_has_a_french_version_label_over_the_same_version() -> None:
    english, french = load_packs(lang="en"), load_packs(lang="fr")
    assert english.problems == () and french.problems == ()
    assert set(english.packs) == set(french.packs)
    for key, pack in english.packs.items():
        shown = french.packs[key]
        assert shown.version == pack.version, key  # the revision is the same in both
        assert pack.version_label == pack.version, key
        assert shown.version_label != pack.version, key
        assert "pack revision" not in shown.version_label, key
        assert "de l'ensemble de règles" in shown.version_label, key
        assert french.integrity[key].status == "verified", key  # the manifest is current


def test_the_french_labels_use_the_official_french_forms() -> None:
    french = load_packs(lang="fr").packs
    assert french["eu-ai-act"].version_label == (
        "Règlement (UE) 2024/1689, tel qu'adopté (révision 3 de l'ensemble de règles, "
        "décembre 2026)"
    )
    assert "26 janvier 2023" in french["nist-ai-rmf"].version_label
    assert "Règlement (UE) 2016/679" in french["gdpr"].version_label
    assert "quatrième examen" in french["canada-dadm"].version_label


def test_the_coverage_carries_the_label_and_the_version() -> None:
    packs = load_packs(lang="fr")
    plan = strategy([], profile=Profile(personal_data=True), packs=["gdpr"])
    coverage = next(c for c in Checker(packs).check(plan).coverage if c.pack == "gdpr")
    assert coverage.version == packs.packs["gdpr"].version
    assert coverage.version_label == packs.packs["gdpr"].version_label


def test_an_agency_pack_without_a_french_label_shows_its_own_version(tmp_path: Path) -> None:
    folder = tmp_path / "rulepacks"
    _write(folder, "extra.toml", AGENCY)
    found = load_packs([folder], lang="fr")
    assert found.problems == ()
    pack = found.packs["agency-extra"]
    assert pack.version == pack.version_label == "2026 edition (revision 1, March 2026)"


def test_an_agency_translation_labels_the_version_without_changing_it(tmp_path: Path) -> None:
    folder = tmp_path / "rulepacks"
    _write(folder, "extra.toml", AGENCY)
    _write(
        folder,
        "extra.fr.toml",
        'key = "agency-extra"\ntitle = "Règles de l\'organisme"\n'
        'version = "édition 2026 (révision 1, mars 2026)"\n',
    )
    french = load_packs([folder], lang="fr").packs["agency-extra"]
    english = load_packs([folder], lang="en").packs["agency-extra"]
    assert french.version == english.version == "2026 edition (revision 1, March 2026)"
    assert french.version_label == "édition 2026 (révision 1, mars 2026)"
    assert english.version_label == english.version


def test_a_french_agency_pack_keeps_its_version_in_both_languages(tmp_path: Path) -> None:
    path = _write(
        tmp_path / "rulepacks",
        "politique.toml",
        'language = "fr"\n' + AGENCY.replace("Register the system", "Inscrire le système"),
    )
    known = load_capabilities(lang="fr")
    for lang in ("fr", "en"):
        pack = load_pack(path, known, lang=lang)
        assert pack.version_label == pack.version == "2026 edition (revision 1, March 2026)"


def test_a_blank_label_falls_back_to_the_version() -> None:
    """A blank label is no label: the version is shown, never an empty string."""
    pack = load_packs(lang="fr").packs["gdpr"]
    data = pack.model_dump(by_alias=True)
    assert RulePack.model_validate({**data, "version_label": " "}).version_label == pack.version
    assert RulePack.model_validate({**data, "version_label": ""}).version_label == pack.version


def test_a_label_too_long_is_reported_in_the_translation_that_gave_it(tmp_path: Path) -> None:
    folder = tmp_path / "rulepacks"
    _write(folder, "extra.toml", AGENCY)
    _write(folder, "extra.fr.toml", f'version = "{"x" * 200}"\n')
    found = load_packs([folder], lang="fr")
    assert "agency-extra" not in found.packs
    (problem,) = found.problems
    assert problem.path.name == "extra.fr.toml" and problem.field == "version"
    assert load_packs([folder], lang="en").problems == ()  # the English pack is not at fault
