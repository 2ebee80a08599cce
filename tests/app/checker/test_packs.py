"""Loading packs: the shipped ones, agency folders, and broken files reported (not fatal)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app.checker import PackSet, load_packs
from app.checker.packs import SHIPPED_DIR, agency_dirs
from app.resources import ContentLibrary
from models.rules import Owned, Present

SHIPPED_KEYS = {
    "eu-ai-act",
    "nist-ai-rmf",
    "canada-dadm",
    "gdpr",
    "uk-data-protection",
    "us-omb",
    "oecd-ethics",
}

GOOD = """
key = "agency-extra"
title = "Agency extra rules"
instrument = "Agency policy 12"
version = "1.0"
effective = 2026-01-01
[[rule]]
id = "agency-extra.register"
title = "Register the system"
citation = "s. 3"
requires = { kind = "present", capability = "ai-register" }
"""


def _write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_every_shipped_pack_loads_with_its_identity_as_data(shipped: PackSet) -> None:
    assert shipped.problems == ()
    assert set(shipped.packs) == SHIPPED_KEYS
    for pack in shipped.packs.values():
        assert pack.title and pack.instrument and pack.version and pack.url
        assert pack.effective > dt.date(2018, 1, 1)
        assert all(rule.citation and rule.explanation for rule in pack.rules)
        assert all(rule.id.startswith(f"{pack.key}.") for rule in pack.rules)


def test_current_instruments_are_the_ones_shipped(shipped: PackSet) -> None:
    assert "M-25-21" in shipped.packs["us-omb"].instrument
    assert shipped.packs["canada-dadm"].effective == dt.date(2025, 6, 24)
    uk = shipped.packs["uk-data-protection"]
    uk_citations = {r.citation for r in uk.rules}
    assert {"GDPR Art. 22B", "GDPR Art. 22C(2)(a)"} <= uk_citations
    # UK GDPR Art. 22 was replaced by Arts. 22A–22D (DUAA 2025 s. 80): the old rules are history.
    old = [r for r in uk.rules if r.citation.startswith("GDPR Art. 22(")]
    assert old and all(uk.timing(r, dt.date(2026, 2, 5)) == "expired" for r in old)


def test_nist_is_checked_per_function(shipped: PackSet) -> None:
    nist = shipped.packs["nist-ai-rmf"]
    assert nist.groups == ("Govern", "Map", "Measure", "Manage", "Generative AI profile")
    prefixes = {
        "Govern": "GOVERN ",
        "Map": "MAP ",
        "Measure": "MEASURE ",
        "Manage": "MANAGE ",
        "Generative AI profile": "Generative AI Profile, NIST AI 600-1 ",
    }
    for rule in nist.rules:
        assert rule.citation.startswith(prefixes[rule.group])


def test_the_catalog_can_fix_every_rule(shipped: PackSet, library: ContentLibrary) -> None:
    """Every capability a rule names has a provider, in the lane the rule asks for."""
    for pack in shipped.packs.values():
        for rule in pack.rules:
            req = rule.requirement
            for cap in req.capabilities:
                assert library.providers(cap), f"{rule.id}: nothing provides {cap}"
            if isinstance(req, Present) and req.phase is not None:
                lanes = {e.phase for e in library.providers(req.capability)}
                assert req.phase in lanes, f"{rule.id}: no {req.capability} card in {req.phase}"
            if isinstance(req, Owned):
                owners = {e.owner_role for e in library.providers(req.capability)}
                assert req.role in owners, (
                    f"{rule.id}: no {req.capability} card owned by {req.role}"
                )
    kinds = {r.requirement.kind for p in shipped.packs.values() for r in p.rules}
    assert kinds == {"present", "owned", "path", "order", "prohibited"}


def test_an_agency_folder_adds_packs(tmp_path: Path) -> None:
    _write(tmp_path, "extra.toml", GOOD)
    loaded = load_packs([tmp_path])
    assert loaded.problems == ()
    assert "agency-extra" in loaded.packs
    assert loaded.sources["agency-extra"] == tmp_path / "extra.toml"
    assert load_packs([tmp_path / "missing"]).packs.keys() == load_packs().packs.keys()


def test_the_agency_folder_is_in_the_user_data_folder() -> None:
    (folder,) = agency_dirs()
    assert folder.name == "rulepacks"


@pytest.mark.parametrize(
    ("text", "rule", "field", "message"),
    [
        (
            GOOD.replace('capability = "ai-register"', 'capability = "mind-reading"'),
            "'agency-extra.register'",
            "requires.capability",
            "unknown capability 'mind-reading'",
        ),
        (
            GOOD.replace(
                "requires = {",
                'when = { all = [ { field = "mood", equals = true } ] }\nrequires = {',
            ),
            "'agency-extra.register'",
            "when.all.0.field",
            "unknown profile field 'mood'",
        ),
        (
            GOOD.replace(
                'kind = "present", capability = "ai-register"',
                'kind = "owned", capability = "ai-register", role = "king"',
            ),
            "'agency-extra.register'",
            "requires.role",
            "Input should be",
        ),
        (
            GOOD.replace(
                'kind = "present", capability = "ai-register"',
                'kind = "present", capability = "ai-register", phase = "launch"',
            ),
            "'agency-extra.register'",
            "requires.phase",
            "Input should be",
        ),
        (
            GOOD.replace('citation = "s. 3"\n', ""),
            "'agency-extra.register'",
            "citation",
            "Field required",
        ),
        (GOOD.replace("effective = 2026-01-01\n", ""), "", "effective", "Field required"),
        (GOOD + "[[rule\n", "", "", "not valid TOML"),
        (GOOD.split("[[rule]]", maxsplit=1)[0], "", "", "expected one or more [[rule]] entries"),
    ],
)
def test_a_broken_pack_is_reported_by_file_rule_and_field(
    tmp_path: Path, text: str, rule: str, field: str, message: str
) -> None:
    shipped_dir = tmp_path / "shipped"
    for source in sorted(SHIPPED_DIR.glob("*.toml")):
        _write(shipped_dir, source.name, source.read_text(encoding="utf-8"))
    _write(tmp_path / "agency", "broken.toml", text)
    loaded = load_packs([tmp_path / "agency"], shipped_dir=shipped_dir)
    assert set(loaded.packs) == SHIPPED_KEYS, "the other packs still load"
    (problem,) = loaded.problems
    assert problem.path.name == "broken.toml"
    assert (problem.rule, problem.field) == (rule, field)
    assert message in problem.message
    assert str(problem).startswith("broken.toml")


def test_every_broken_rule_of_a_file_is_named(tmp_path: Path) -> None:
    second = (
        '[[rule]]\nid = "agency-extra.second"\ntitle = "T"\ncitation = "s. 4"\n'
        'requires = { kind = "path", source = "dpia", target = "nope-two" }\n'
    )
    _write(tmp_path, "two.toml", GOOD.replace('"ai-register"', '"nope-one"') + second)
    problems = load_packs([tmp_path]).problems
    assert [(p.rule, p.field) for p in problems] == [
        ("'agency-extra.register'", "requires.capability"),
        ("'agency-extra.second'", "requires.target"),
    ]


def test_an_agency_pack_cannot_replace_a_shipped_one(tmp_path: Path) -> None:
    _write(tmp_path, "gdpr-local.toml", GOOD.replace('key = "agency-extra"', 'key = "gdpr"'))
    loaded = load_packs([tmp_path])
    (problem,) = loaded.problems
    assert problem.field == "key" and "already used by gdpr.toml" in problem.message
    assert loaded.sources["gdpr"].parent == SHIPPED_DIR
