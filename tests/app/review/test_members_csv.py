"""Members CSV import: BOM tolerated, wrong encoding refused, bad rows with line numbers."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.review.errors import CsvFormatError
from app.review.members_csv import (
    merge_teams,
    parse_members,
    parse_role,
    read_members,
    teams_without_members,
)
from models.vocabulary import Role
from models.workshop import Member, Team

GOOD = (
    "team,name,role\n"
    "Otters,Ana Souza,data-scientist\n"
    "Otters,Björn Ek,Policy & legal\n"
    'Herons,"Lee, Min",IT operations\n'
)


def test_good_file_with_bom_reads_every_row() -> None:
    result = parse_members(("\ufeff" + GOOD).encode("utf-8"))
    assert result.problems == ()
    assert [(r.line, r.team, r.name, r.role) for r in result.rows] == [
        (2, "Otters", "Ana Souza", Role.DATA_SCIENTIST),
        (3, "Otters", "Björn Ek", Role.POLICY_LEGAL),
        (4, "Herons", "Lee, Min", Role.IT_OPERATIONS),
    ]
    assert result.team_names == ("Otters", "Herons")


def test_header_in_any_order_and_case_with_extra_columns() -> None:
    result = parse_members(b"Role, Name ,TEAM,email\ndomain expert,Kim,Owls,k@x\n")
    assert [(r.team, r.name, r.role) for r in result.rows] == [("Owls", "Kim", Role.DOMAIN_EXPERT)]
    assert result.ignored_columns == ("email",)


def test_bad_rows_are_reported_with_line_numbers_and_good_rows_kept() -> None:
    text = (
        "team,name,role\n"
        "Otters,Ana,data-scientist\n"  # 2 good
        "Otters,,privacy-ethics\n"  # 3 empty name
        "\n"  # 4 blank: skipped silently
        ",Bo,domain-expert\n"  # 5 empty team
        "Otters,Cy,wizard\n"  # 6 unknown role
        "Otters,Dee\n"  # 7 too few values
        '"Herons","Multi\nline",project-manager\n'  # 8-9 good, quoted newline
        "Otters,ana,it-operations\n"  # 10 duplicate of line 2
        "Otters,Eve,project-manager,surplus\n"  # 11 too many values
        "Herons,Fay,project-manager\n"  # 12 good
    )
    result = parse_members(text.encode())
    assert [(p.line, p.reason.split(";")[0]) for p in result.problems] == [
        (3, "the name is empty"),
        (5, "the team is empty"),
        (6, "unknown role 'wizard'"),
        (7, "2 values, but the header has 3"),
        (10, "ana is already in Otters (line 2)"),
        (11, "4 values, but the header has 3"),
    ]
    assert str(result.problems[0]) == "Line 3: the name is empty"
    assert "use one of: data-scientist" in result.problems[2].reason
    assert [(r.line, r.name) for r in result.rows] == [(2, "Ana"), (8, "Multi\nline"), (12, "Fay")]


def test_wrong_encoding_gives_a_clear_message() -> None:
    latin = "team,name,role\nOtters,José Müller,data-scientist\n".encode("cp1252")
    with pytest.raises(CsvFormatError) as info:
        parse_members(latin, "team.csv")
    message = str(info.value)
    assert message.startswith("team.csv is not UTF-8 text (byte 0xe9 on line 2")
    assert 'Save it from the spreadsheet as "CSV UTF-8"' in message
    with pytest.raises(CsvFormatError, match="UTF-16"):
        parse_members(GOOD.encode("utf-16"))


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "is empty"),
        (b"team,person,role\nA,B,data-scientist\n", "missing name"),
        (b"Ana,Otters,data-scientist\n", "missing team, name, role"),
    ],
)
def test_bad_header_is_refused(data: bytes, message: str) -> None:
    with pytest.raises(CsvFormatError, match=message):
        parse_members(data)


def test_read_members_from_disk(tmp_path: Path) -> None:
    path = tmp_path / "members.csv"
    path.write_text(GOOD, encoding="utf-8-sig")
    assert len(read_members(path).rows) == 3
    with pytest.raises(CsvFormatError, match=r"missing\.csv cannot be read"):
        read_members(tmp_path / "missing.csv")


def test_merge_into_existing_teams() -> None:
    existing = Team(name="otters", members=(Member(name="Ana Souza", role=Role.DATA_SCIENTIST),))
    empty = Team(name="Empty")
    teams = merge_teams(parse_members(GOOD.encode()).rows, [existing, empty])
    by_name = {t.name: t for t in teams}
    assert [m.name for m in by_name["otters"].members] == ["Ana Souza", "Björn Ek"]
    assert by_name["otters"].id == existing.id
    assert [m.role for m in by_name["Herons"].members] == [Role.IT_OPERATIONS]
    assert teams_without_members(teams) == (empty,)


@pytest.mark.parametrize(
    "text", ["data-scientist", "Data Scientist", "DATA_SCIENTIST", " data scientist "]
)
def test_role_spellings(text: str) -> None:
    assert parse_role(text) is Role.DATA_SCIENTIST


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_a_fifo_or_device_is_refused_before_reading(tmp_path: Path) -> None:
    """Issue 15: every file the app accepts is read bounded; a FIFO used to hang the import."""
    fifo = tmp_path / "members.csv"
    os.mkfifo(fifo)
    with pytest.raises(CsvFormatError, match=r"members\.csv cannot be read: is a named pipe"):
        read_members(fifo)
    with pytest.raises(CsvFormatError, match="character device"):
        read_members(Path("/dev/zero"))
