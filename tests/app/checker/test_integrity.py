"""Rule-pack integrity: shipped packs verified against their manifest, agency packs against
their ``.sha256`` file, modified ones flagged (and refused in strict mode), hashes reported."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from app.checker import Checker, load_packs
from app.checker.integrity import MANIFEST, STRICT_ENV
from app.checker.manifest import main as manifest_main
from app.checker.packs import SHIPPED_DIR
from app.resources import ContentLibrary
from tests.app.checker.helpers import loop, strategy

AGENCY_PACK = """key = "agency-policy"
title = "Agency AI policy"
instrument = "Agency AI Policy, directive 12"
version = "2026 edition"
effective = 2026-01-01

[[rule]]
id = "agency-policy.register"
title = "Register the system"
citation = "s. 3"
requires = { kind = "present", capability = "ai-register" }
"""


@pytest.fixture
def shipped_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "shipped"
    folder.mkdir()
    for path in Path(str(SHIPPED_DIR)).iterdir():
        if path.is_file():
            shutil.copy(path, folder / path.name)
    return folder


@pytest.fixture
def agency(tmp_path: Path) -> Path:
    folder = tmp_path / "rulepacks"
    folder.mkdir()
    (folder / "agency.toml").write_text(AGENCY_PACK, encoding="utf-8")
    return folder


def _sign(path: Path, digest: str | None = None) -> None:
    digest = digest or hashlib.sha256(path.read_bytes()).hexdigest()
    path.with_name(path.name + ".sha256").write_text(f"{digest}  {path.name}\n", encoding="utf-8")


def test_every_shipped_pack_is_verified_and_the_manifest_is_in_step(
    library: ContentLibrary,
) -> None:
    assert manifest_main([]) == 0, "run python -m app.checker.manifest --write"
    loaded = load_packs(capabilities=library.capabilities, strict=False)
    assert set(loaded.integrity) == set(loaded.packs)
    for key, check in loaded.integrity.items():
        assert (check.source, check.status) == ("shipped", "verified"), key
        assert check.sha256 == hashlib.sha256(loaded.sources[key].read_bytes()).hexdigest()


def test_a_changed_shipped_pack_is_flagged_and_refused_when_strict(
    shipped_copy: Path, library: ContentLibrary
) -> None:
    gdpr = shipped_copy / "gdpr.toml"
    gdpr.write_text(gdpr.read_text(encoding="utf-8") + "\n# edited after release\n", "utf-8")
    loose = load_packs(shipped_dir=shipped_copy, capabilities=library.capabilities, strict=False)
    assert loose.integrity["gdpr"].status == "modified"
    assert loose.integrity["eu-ai-act"].status == "verified"
    strict = load_packs(shipped_dir=shipped_copy, capabilities=library.capabilities, strict=True)
    assert "gdpr" not in strict.packs and "eu-ai-act" in strict.packs
    (problem,) = strict.problems
    assert problem.path == gdpr
    assert "refused in strict mode: the pack is modified" in str(problem)


def test_agency_packs_are_unsigned_verified_or_modified(
    agency: Path, library: ContentLibrary
) -> None:
    pack = agency / "agency.toml"

    def status() -> str:
        loaded = load_packs([agency], capabilities=library.capabilities, strict=False)
        check = loaded.integrity["agency-policy"]
        assert check.source == "agency"
        return check.status

    assert status() == "unsigned"
    _sign(pack)
    assert status() == "verified"
    _sign(pack, "0" * 64)
    assert status() == "modified"


def test_the_agency_policy_makes_loading_strict(agency: Path, library: ContentLibrary) -> None:
    (agency / "policy.toml").write_text("strict = true\n", encoding="utf-8")
    loaded = load_packs([agency], capabilities=library.capabilities)
    assert loaded.strict
    assert "agency-policy" not in loaded.packs, "an unsigned agency pack is refused"
    assert any("no agency.toml.sha256 records its SHA-256" in str(p) for p in loaded.problems)
    assert not any(p.path.name == "policy.toml" for p in loaded.problems), "not a pack"
    _sign(agency / "agency.toml")
    assert "agency-policy" in load_packs([agency], capabilities=library.capabilities).packs


def test_the_environment_makes_loading_strict(
    agency: Path, library: ContentLibrary, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(STRICT_ENV, "1")
    assert "agency-policy" not in load_packs([agency], capabilities=library.capabilities).packs


def test_checks_report_each_packs_hash_and_integrity(agency: Path, library: ContentLibrary) -> None:
    loaded = load_packs([agency], capabilities=library.capabilities, strict=False)
    checker = Checker(loaded, library, library.capabilities)
    result = checker.check(strategy(*loop(), packs=["gdpr", "agency-policy"]))
    coverage = {c.pack: c for c in result.coverage}
    assert coverage["gdpr"].sha256 == loaded.integrity["gdpr"].sha256
    assert coverage["gdpr"].integrity == "shipped · verified"
    assert coverage["agency-policy"].integrity == "agency folder · unsigned"
    assert coverage["structure"].sha256 == ""


def test_the_manifest_lists_every_shipped_pack_and_its_translations() -> None:
    manifest = Path(str(SHIPPED_DIR)) / MANIFEST
    packs = list(Path(str(SHIPPED_DIR)).glob("*.toml"))
    french = list((Path(str(SHIPPED_DIR)).parent / "locale" / "fr" / "rulepacks").glob("*.toml"))
    text = manifest.read_text(encoding="utf-8")
    assert text.count("\n") == len(packs) + len(french) == 2 * len(packs)
    assert "../locale/fr/rulepacks/gdpr.toml" in text


@pytest.fixture
def shipped_with_french(tmp_path: Path) -> Path:
    """A copy of the shipped packs and their French text, laid out as installed."""
    root = tmp_path / "resources"
    shutil.copytree(Path(str(SHIPPED_DIR)), root / "rulepacks")
    french = Path(str(SHIPPED_DIR)).parent / "locale" / "fr" / "rulepacks"
    shutil.copytree(french, root / "locale" / "fr" / "rulepacks")
    return root


def test_a_tampered_french_pack_is_flagged_and_refused_when_strict(
    shipped_with_french: Path, library: ContentLibrary
) -> None:
    shipped = shipped_with_french / "rulepacks"
    kwargs = {"shipped_dir": shipped, "capabilities": library.capabilities, "lang": "fr"}
    clean = load_packs(strict=True, **kwargs)  # type: ignore[arg-type]
    assert clean.problems == () and clean.integrity["gdpr"].status == "verified"
    assert clean.packs["gdpr"].title.startswith("RGPD")
    french = shipped_with_french / "locale" / "fr" / "rulepacks" / "gdpr.toml"
    french.write_text(french.read_text("utf-8").replace("RGPD —", "RGPD (modifié) —", 1), "utf-8")
    loose = load_packs(strict=False, **kwargs)  # type: ignore[arg-type]
    assert loose.integrity["gdpr"].status == "modified"
    assert loose.integrity["eu-ai-act"].status == "verified"
    strict = load_packs(strict=True, **kwargs)  # type: ignore[arg-type]
    assert "gdpr" not in strict.packs and "eu-ai-act" in strict.packs
    (problem,) = strict.problems
    assert problem.path == french
    assert "refused in strict mode: its translation is modified" in str(problem)
    # The English pack does not read the French text: it still loads, verified.
    english = load_packs(strict=True, **{**kwargs, "lang": "en"})  # type: ignore[arg-type]
    assert "gdpr" in english.packs and english.problems == ()


def test_an_agency_packs_translation_beside_it_is_judged_too(
    agency: Path, library: ContentLibrary
) -> None:
    pack = agency / "agency.toml"
    text = agency / "agency.fr.toml"
    text.write_text(
        "title = \"Politique de l'organisme sur l'IA\"\n\n"
        '[[rule]]\nid = "agency-policy.register"\ntitle = "Inscrire le système au registre"\n',
        encoding="utf-8",
    )
    _sign(pack)
    loaded = load_packs([agency], capabilities=library.capabilities, strict=False, lang="fr")
    assert "agency.fr" not in {p.stem for p in loaded.sources.values()}
    assert loaded.packs["agency-policy"].title == "Politique de l'organisme sur l'IA"
    assert loaded.integrity["agency-policy"].status == "unsigned"  # the translation is not
    strict = load_packs([agency], capabilities=library.capabilities, strict=True, lang="fr")
    assert "agency-policy" not in strict.packs
    assert strict.problems[0].path == text
    _sign(text)
    strict = load_packs([agency], capabilities=library.capabilities, strict=True, lang="fr")
    assert strict.packs["agency-policy"].rules[0].title == "Inscrire le système au registre"
    # A text the translation lacks is shown in English, marked.
    assert strict.packs["agency-policy"].rules[0].citation == "[EN] s. 3"
