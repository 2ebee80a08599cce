"""The row numbering both CSV importers read through."""

from __future__ import annotations

import csv
import io

from app.review.csvio import RowProblem, numbered_rows


def _reader(text: str) -> csv.DictReader[str]:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    assert reader.fieldnames == ["a", "b"]
    return reader


def test_rows_carry_the_line_they_start_on_across_multiline_cells() -> None:
    problems: list[RowProblem] = []
    reader = csv.reader(io.StringIO('a,b\n1,2\n"two\nlines",3\n\n4,5\n', newline=""))
    assert next(reader) == ["a", "b"]
    rows = list(numbered_rows(reader, problems))
    assert rows == [(2, ["1", "2"]), (3, ["two\nlines", "3"]), (5, []), (6, ["4", "5"])]
    assert problems == []


def test_a_dict_reader_is_numbered_too() -> None:
    problems: list[RowProblem] = []
    rows = [(line, row["a"]) for line, row in numbered_rows(_reader("a,b\n1,2\n3,4\n"), problems)]
    assert rows == [(2, "1"), (3, "3")]


def test_a_row_that_is_not_csv_is_reported_on_its_line_and_ends_the_reading() -> None:
    problems: list[RowProblem] = []
    huge = "y" * (csv.field_size_limit() + 1)
    text = f'a,b\n1,2\n"{huge}",3\n4,5\n'
    rows = [line for line, _ in numbered_rows(_reader(text), problems)]
    assert rows == [2]
    assert [p.line for p in problems] == [3]
    assert problems[0].reason.startswith("not valid CSV (field larger than field limit")
