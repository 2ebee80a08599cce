"""A broken agency rule pack is reported in the user's language, naming file, rule and field.

The same broken packs as ``test_packs`` (an unknown capability, a missing field, a
value outside a list, bad TOML, no rule, a key taken twice, strict mode): inside
``speaking("fr")`` each problem is French — pydantic's common messages included —
and keeps the file, the rule and the field; in English it reads as before.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from app.checker import load_packs
from app.checker.packs import LoadProblem, PackLoadError, load_pack
from app.i18n import speaking
from app.resources import load_capabilities
from models.content import Capability
from tests.app.checker.test_packs import GOOD

NBSP = "\u00a0"
RULE = f"«{NBSP}agency-extra.register{NBSP}»"


@pytest.fixture(scope="module")
def known() -> dict[str, Capability]:
    return load_capabilities(lang="en")


def _problem(tmp_path: Path, text: str, known: dict[str, Capability], language: str) -> str:
    folder = tmp_path / language
    folder.mkdir(exist_ok=True)
    (folder / "broken.toml").write_text(text, encoding="utf-8")
    with speaking(language):
        loaded = load_packs([folder], shipped_dir=tmp_path / "none", capabilities=known)
        (problem,) = loaded.problems
        assert problem.path.name == "broken.toml"
        return str(problem)


@pytest.mark.parametrize(
    ("text", "french", "english"),
    [
        (
            GOOD.replace('capability = "ai-register"', 'capability = "mind-reading"'),
            f"broken.toml, règle {RULE}, champ «{NBSP}requires.capability{NBSP}»{NBSP}: "
            f"capacité inconnue «{NBSP}mind-reading{NBSP}»",
            "broken.toml, rule 'agency-extra.register', field 'requires.capability': "
            "unknown capability 'mind-reading'",
        ),
        (
            GOOD.replace('citation = "s. 3"\n', ""),
            f"broken.toml, règle {RULE}, champ «{NBSP}citation{NBSP}»{NBSP}: "
            "ce champ est obligatoire",
            "broken.toml, rule 'agency-extra.register', field 'citation': Field required",
        ),
        (
            GOOD.replace("effective = 2026-01-01\n", ""),
            f"broken.toml, champ «{NBSP}effective{NBSP}»{NBSP}: ce champ est obligatoire",
            "broken.toml, field 'effective': Field required",
        ),
        (
            GOOD + "[[rule\n",
            f"broken.toml{NBSP}: TOML non valide{NBSP}: ",
            "broken.toml: not valid TOML: ",
        ),
        (
            GOOD.split("[[rule]]", maxsplit=1)[0],
            f"broken.toml{NBSP}: au moins une entrée [[rule]] est attendue",
            "broken.toml: expected one or more [[rule]] entries",
        ),
    ],
)
def test_a_broken_agency_pack_is_reported_in_french(
    tmp_path: Path, known: dict[str, Capability], text: str, french: str, english: str
) -> None:
    shown = _problem(tmp_path, text, known, "fr")
    assert shown.startswith(french), shown
    assert english not in shown and "Field required" not in shown
    assert _problem(tmp_path, text, known, "en").startswith(english)


def test_a_value_outside_its_list_is_said_in_french(
    tmp_path: Path, known: dict[str, Capability]
) -> None:
    text = GOOD.replace(
        'kind = "present", capability = "ai-register"',
        'kind = "owned", capability = "ai-register", role = "king"',
    )
    shown = _problem(tmp_path, text, known, "fr")
    assert (
        f"champ «{NBSP}requires.role{NBSP}»{NBSP}: doit être l'une de ces valeurs{NBSP}: «{NBSP}"
        in shown
    )
    assert f"{NBSP}», «{NBSP}" in shown and "Input should be" not in shown
    assert "Input should be 'data-scientist'" in _problem(tmp_path, text, known, "en")


def test_a_pack_key_taken_twice_and_strict_mode_in_french(
    tmp_path: Path, known: dict[str, Capability]
) -> None:
    folder = tmp_path / "agency"
    folder.mkdir()
    (folder / "a.toml").write_text(GOOD, encoding="utf-8")
    (folder / "b.toml").write_text(GOOD, encoding="utf-8")
    with speaking("fr"):
        loaded = load_packs([folder], shipped_dir=tmp_path / "none", capabilities=known)
        (taken,) = loaded.problems
        assert str(taken) == (
            f"b.toml, champ «{NBSP}key{NBSP}»{NBSP}: la clé d'ensemble de règles "
            f"«{NBSP}agency-extra{NBSP}» est déjà utilisée par a.toml; ce fichier a été ignoré"
        )
        strict = load_packs(
            [folder], shipped_dir=tmp_path / "none", capabilities=known, strict=True
        )
        shown = [str(p) for p in strict.problems]
    assert shown == [
        f"{name}{NBSP}: refusé en mode strict{NBSP}: l'ensemble de règles n'est pas signé "
        f"(aucun fichier {name}.sha256 ne consigne son SHA-256)"
        for name in ("a.toml", "b.toml")
    ]
    english = load_packs([folder], shipped_dir=tmp_path / "none", capabilities=known, strict=True)
    assert str(english.problems[0]) == (
        "a.toml: refused in strict mode: the pack is unsigned "
        "(no a.toml.sha256 records its SHA-256)"
    )


def test_pack_load_error_joins_french_problems(
    tmp_path: Path, known: dict[str, Capability]
) -> None:
    path = tmp_path / "broken.toml"
    path.write_text('key = "x"\n', encoding="utf-8")
    with speaking("fr"), pytest.raises(PackLoadError) as caught:
        load_pack(path, known)
    assert str(caught.value) == f"broken.toml{NBSP}: au moins une entrée [[rule]] est attendue"
    assert isinstance(caught.value.problems[0], LoadProblem)
