"""Scores CSV: export and import round trip exactly; bad rows are named by line."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.review.csvio import protect, unprotect
from app.review.errors import CsvFormatError
from app.review.scores_csv import (
    StrategyLabel,
    export_scores,
    parse_scores,
    read_scores,
    write_scores,
)
from app.review.scoring import new_sheet, set_score
from models.review import RubricSheet
from tests.app.review.builders import make_rubric

RUBRIC = make_rubric("coverage", "ownership", "loop")
LABELS = {"s1": StrategyLabel("Otters", "Benefits plan"), "s2": StrategyLabel("Herons", "v2")}


def _sheets() -> list[RubricSheet]:
    a = new_sheet("s1", RUBRIC)
    a = set_score(a, RUBRIC, "loop", 2, "=SUM(A1) no loop back to data", at="t")
    a = set_score(a, RUBRIC, "coverage", 4, 'all six, "well" linked,\nsecond line', at="t")
    b = set_score(new_sheet("s2", RUBRIC), RUBRIC, "ownership", 1, "", at="t")
    return [a, b]


def test_export_rows_and_protection() -> None:
    text = export_scores(_sheets(), RUBRIC, LABELS)
    lines = text.split("\r\n")
    assert lines[0] == (
        "strategy_id,team,strategy,rubric,rubric_version,criterion,criterion_title,level,comment"
    )
    assert lines[1] == "s2,Herons,v2,r,1,ownership,Ownership,1,"  # Herons sort before Otters
    assert lines[2].startswith('s1,Otters,Benefits plan,r,1,coverage,Coverage,4,"all six')
    assert "s1,Otters,Benefits plan,r,1,loop,Loop,2,'=SUM(A1) no loop back to data" in lines


def test_round_trip_gives_back_the_same_scores(tmp_path: Path) -> None:
    path = tmp_path / "scores.csv"
    write_scores(path, _sheets(), RUBRIC, LABELS)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    result = read_scores(path, RUBRIC, known=["s1", "s2"])
    assert result.problems == ()
    by_id = {s.strategy_id: s for s in result.sheets}
    for sheet in _sheets():
        assert by_id[sheet.strategy_id].scores == sheet.scores
        assert by_id[sheet.strategy_id].rubric_version == sheet.rubric_version


comments = st.text(st.characters(codec="utf-8"), max_size=40)


@settings(max_examples=80)
@given(st.lists(st.tuples(st.sampled_from(RUBRIC.keys), st.integers(1, 4), comments), max_size=3))
def test_round_trip_any_comment(entries: list[tuple[str, int, str]]) -> None:
    sheet = new_sheet("s1", RUBRIC)
    for criterion, level, comment in entries:
        sheet = set_score(sheet, RUBRIC, criterion, level, comment, at="t")
    result = parse_scores(export_scores([sheet], RUBRIC, LABELS).encode("utf-8-sig"), RUBRIC)
    assert result.problems == ()
    assert [s.scores for s in result.sheets] == ([sheet.scores] if sheet.scores else [])


@given(st.text(max_size=12))
def test_protect_is_undone_exactly(cell: str) -> None:
    assert unprotect(protect(cell)) == cell
    assert not protect(cell).startswith(("=", "+", "-", "@"))


def test_bad_rows_are_reported_with_line_numbers() -> None:
    text = (
        "strategy_id,criterion,level,comment,rubric\n"
        "s1,coverage,3,fine,r\n"  # 2 good
        "s1,coverage,4,again,r\n"  # 3 duplicate
        "s1,ownership,5,,r\n"  # 4 out of range
        "s1,ownership,0,,r\n"  # 5 out of range
        "s1,beauty,2,,r\n"  # 6 unknown criterion
        "s9,loop,2,,r\n"  # 7 unknown strategy
        "s2,loop,two,,r\n"  # 8 not a number
        "s2,loop,2,,other\n"  # 9 another rubric
        ",loop,2,,r\n"  # 10 no strategy
        "s2,loop,2,,r,extra\n"  # 11 too many values
        's2,loop,2,"multi\nline",r\n'  # 12-13 good
        "s2,ownership,1,,r\n"  # 14 good
    )
    result = parse_scores(text.encode(), RUBRIC, known=["s1", "s2"])
    assert [str(p) for p in result.problems] == [
        "Line 3: criterion 'coverage' is scored again (line 2)",
        "Line 4: level 5 is outside 1–4",
        "Line 5: level 0 is outside 1–4",
        "Line 6: the rubric has no criterion 'beauty'",
        "Line 7: no strategy 's9' in this workshop",
        "Line 8: level 'two' is not a whole number from 1 to 4",
        "Line 9: the score is for rubric 'other', not 'r'",
        "Line 10: the strategy_id is empty",
        "Line 11: more values than columns in the header",
    ]
    levels = {s.strategy_id: s.levels for s in result.sheets}
    assert levels == {"s1": {"coverage": 3}, "s2": {"ownership": 1, "loop": 2}}


def test_import_merges_into_existing_sheets() -> None:
    existing = {s.strategy_id: s for s in _sheets()}
    result = parse_scores("strategy_id,criterion,level\ns1,loop,4\n", RUBRIC)
    (merged,) = result.merged_into(existing)
    assert merged.id == existing["s1"].id
    assert merged.levels == {"coverage": 4, "loop": 4}


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "is empty"),
        (b"strategy,criterion\nx,y\n", "lacks the column"),
        ("strategy_id,criterion,level\ns1,loop,3,Ä\n".encode("latin-1"), "not UTF-8"),
    ],
)
def test_unreadable_files_are_refused(data: bytes, message: str) -> None:
    with pytest.raises(CsvFormatError, match=message):
        parse_scores(data, RUBRIC)
