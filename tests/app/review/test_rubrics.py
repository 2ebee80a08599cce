"""Rubric files load with every level, and a broken one names its file, criterion and field."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.resources import ContentError, load_capabilities
from app.review.rubrics import RUBRICS_DIR, load_rubric, load_rubrics
from models.review import LEVELS

GOOD = """
key = "{key}"
title = "Agency rubric"
version = "3"

[[criterion]]
key = "coverage"
title = "Coverage"
informed_by = ["pack:structure", "capability:dpia"]

[criterion.levels]
1 = "none"
2 = "some"
3 = "most"
4 = "all"
"""


def _write(folder: Path, text: str, name: str = "agency.toml") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_default_rubric_covers_the_workshop_objectives() -> None:
    rubric = load_rubric(RUBRICS_DIR / "default.toml", load_capabilities())
    assert rubric.keys == (
        "lifecycle-coverage",
        "regulatory-ethical",
        "ownership",
        "feasibility",
        "risk-mitigation",
        "feedback-loop",
    )
    for criterion in rubric.criteria:
        assert tuple(criterion.levels) == LEVELS
        assert criterion.informed_by, criterion.key


def test_good_agency_rubric_loads_beside_the_shipped_one(tmp_path: Path) -> None:
    _write(tmp_path, GOOD.format(key="agency"))
    result = load_rubrics([tmp_path, tmp_path / "missing"], load_capabilities())
    assert set(result.rubrics) == {"default", "agency"}
    assert result.errors == ()
    agency = result.get("agency")
    assert agency is not None and agency.version == "3"
    assert agency.criteria[0].levels[4] == "all"


def test_missing_level_names_file_criterion_and_field(tmp_path: Path) -> None:
    path = _write(tmp_path, GOOD.format(key="agency").replace('3 = "most"\n', ""))
    with pytest.raises(ContentError) as info:
        load_rubric(path)
    err = info.value
    assert (err.entry, err.field) == ("'coverage'", "levels")
    assert str(err) == (
        "agency.toml, entry 'coverage', field 'levels': "
        "criterion 'coverage' has no descriptor for level 3"
    )


def test_level_out_of_range_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, GOOD.format(key="agency") + '5 = "beyond"\n')
    with pytest.raises(ContentError, match=r"'coverage', field 'levels'.*level 5"):
        load_rubric(path)


@pytest.mark.parametrize(
    ("text", "entry", "field"),
    [
        (
            GOOD.format(key="agency").replace(
                "[criterion.levels]", 'colour = "red"\n[criterion.levels]'
            ),
            "'coverage'",
            "colour",
        ),
        (GOOD.format(key="agency") + 'five = "x"\n', "'coverage'", "levels"),
        ('owner = "x"\n' + GOOD.format(key="agency"), "", "owner"),
        (GOOD.format(key="agency").replace('title = "Coverage"\n', ""), "'coverage'", "title"),
        (GOOD.format(key="other"), "", "key"),
        (
            GOOD.format(key="agency").replace("pack:structure", "card:x"),
            "'coverage'",
            "informed_by.0",
        ),
    ],
    ids=[
        "unknown-criterion-field",
        "non-numeric-level",
        "unknown-top-field",
        "missing-title",
        "key-not-file",
        "bad-ref",
    ],
)
def test_bad_field_is_named(tmp_path: Path, text: str, entry: str, field: str) -> None:
    with pytest.raises(ContentError) as info:
        load_rubric(_write(tmp_path, text))
    assert (info.value.entry, info.value.field) == (entry, field)


def test_unknown_capability_is_refused(tmp_path: Path) -> None:
    path = _write(
        tmp_path, GOOD.format(key="agency").replace("capability:dpia", "capability:magic")
    )
    with pytest.raises(ContentError, match="unknown capability 'magic'"):
        load_rubric(path, load_capabilities())


def test_duplicate_criterion_and_no_criteria(tmp_path: Path) -> None:
    body = GOOD.format(key="agency")
    doubled = body + body[body.index("[[criterion]]") :]
    with pytest.raises(ContentError, match="duplicate criterion key"):
        load_rubric(_write(tmp_path, doubled))
    with pytest.raises(ContentError, match=r"\[\[criterion\]\]"):
        load_rubric(_write(tmp_path, 'key = "agency"\ntitle = "t"\nversion = "1"\n'))


def test_broken_agency_rubric_is_reported_and_others_load(tmp_path: Path) -> None:
    _write(tmp_path, "key = [unclosed", name="broken.toml")
    _write(tmp_path, GOOD.format(key="agency"))
    result = load_rubrics([tmp_path])
    assert set(result.rubrics) == {"default", "agency"}
    assert len(result.errors) == 1
    assert "broken.toml" in str(result.errors[0]) and "not valid TOML" in str(result.errors[0])


def test_agency_rubric_replaces_shipped_one_with_same_key(tmp_path: Path) -> None:
    _write(tmp_path, GOOD.format(key="default"), name="default.toml")
    rubric = load_rubrics([tmp_path]).get()
    assert rubric is not None and rubric.title == "Agency rubric"


def test_default_rubric_references_name_real_packs_and_rules() -> None:
    from app.checker import load_packs
    from app.checker.structural import RULES

    packs = load_packs().packs
    rule_ids = {rule.id for rule in RULES} | {
        rule.id for pack in packs.values() for rule in pack.rules
    }
    rubric = load_rubric(RUBRICS_DIR / "default.toml")
    for criterion in rubric.criteria:
        assert set(criterion.informed("pack")) <= set(packs) | {"structure"}, criterion.key
        assert set(criterion.informed("rule")) <= rule_ids, criterion.key
