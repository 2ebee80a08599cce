"""Importing team members from a CSV file with the header ``team,name,role``.

Good rows and bad rows come back separately, each bad row with its line
number and reason, so the GUI can show the problems and skip those rows only
after the facilitator confirms. Nothing is imported here; ``merge_teams``
builds the teams the caller then saves.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from app.i18n import translate
from app.review.csvio import RowProblem, decode, numbered_rows, read_file, unprotect
from app.review.errors import CsvFormatError
from models.errors import validation_message
from models.vocabulary import Role
from models.workshop import Member, Team

COLUMNS = ("team", "name", "role")


@dataclass(frozen=True)
class MemberRow:
    """One good row: a person, their team and their role."""

    line: int
    team: str
    name: str
    role: Role


@dataclass(frozen=True)
class MemberImport:
    """The outcome of reading a members file."""

    rows: tuple[MemberRow, ...]
    problems: tuple[RowProblem, ...]
    ignored_columns: tuple[str, ...] = field(default=())

    @property
    def team_names(self) -> tuple[str, ...]:
        """The teams named by good rows, in file order."""
        return tuple(dict.fromkeys(row.team for row in self.rows))


def _role_key(text: str) -> str:
    return "-".join("".join(ch if ch.isalnum() else " " for ch in text.casefold()).split())


_ROLES: dict[str, Role] = {_role_key(role.value): role for role in Role} | {
    _role_key(role.label): role for role in Role
}


def parse_role(text: str) -> Role | None:
    """A role from its key or its label, ignoring case and punctuation ("Policy & legal")."""
    return _ROLES.get(_role_key(text))


def parse_members(data: bytes | str, source: str = "members.csv") -> MemberImport:
    """Read a members CSV: header ``team,name,role`` (any order, any case), one member a row.

    Args:
        data: the file's bytes (UTF-8, BOM allowed) or already-decoded text.
        source: the file name for messages.

    Raises:
        CsvFormatError: wrong encoding, empty file, or a header without the three columns.
    """
    text = decode(data, source) if isinstance(data, bytes) else data.removeprefix("\ufeff")
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader, None)
    except csv.Error as err:
        raise CsvFormatError(
            translate(
                "errors-review", "{file}: the header line is not valid CSV ({detail})."
            ).format(file=source, detail=err)
        ) from None
    if header is None:
        raise CsvFormatError(
            translate(
                "errors-review", "{file} is empty; expected a header line: team,name,role."
            ).format(file=source)
        )
    names = [cell.strip().casefold() for cell in header]
    missing = [col for col in COLUMNS if col not in names]
    if missing:
        found = ", ".join(header) or translate("errors-review", "nothing")
        raise CsvFormatError(
            translate(
                "errors-review",
                "{file}: the header must name the columns team, name and role; "
                "missing {missing} (found: {found}).",
            ).format(file=source, missing=", ".join(missing), found=found)
        )
    index = {col: names.index(col) for col in COLUMNS}
    ignored = tuple(h.strip() for h, n in zip(header, names, strict=True) if n not in COLUMNS)
    rows: list[MemberRow] = []
    problems: list[RowProblem] = []
    seen: dict[tuple[str, str], int] = {}
    for row_line, cells in numbered_rows(reader, problems):
        if not any(cell.strip() for cell in cells):
            continue
        if len(cells) < len(header) or (
            len(cells) > len(header) and any(c.strip() for c in cells[len(header) :])
        ):
            problems.append(RowProblem(row_line, _count_problem(len(cells), len(header))))
            continue
        problem, row = _member(row_line, *(unprotect(cells[index[c]].strip()) for c in COLUMNS))
        if row is None:
            problems.append(RowProblem(row_line, problem))
            continue
        key = (" ".join(row.team.casefold().split()), " ".join(row.name.casefold().split()))
        if key in seen:
            problems.append(
                RowProblem(
                    row_line,
                    translate("errors-review", "{name} is already in {team} (line {line})").format(
                        name=row.name, team=row.team, line=seen[key]
                    ),
                )
            )
            continue
        seen[key] = row_line
        rows.append(row)
    return MemberImport(rows=tuple(rows), problems=tuple(problems), ignored_columns=ignored)


def _count_problem(values: int, columns: int) -> str:
    have = translate("errors-review", "%n value(s)", None, values)
    return translate("errors-review", "{values}, but the header has {columns}").format(
        values=have, columns=columns
    )


def _member(line: int, team: str, name: str, role_text: str) -> tuple[str, MemberRow | None]:
    if not team:
        return translate("errors-review", "the team is empty"), None
    if not name:
        return translate("errors-review", "the name is empty"), None
    role = parse_role(role_text)
    if role is None:
        roles = ", ".join(r.value for r in Role)
        if role_text:
            text = translate("errors-review", "unknown role '{role}'; use one of: {roles}")
        else:
            text = translate("errors-review", "the role is empty; use one of: {roles}")
        return text.format(role=role_text, roles=roles), None
    try:
        member = Member(name=name, role=role)
    except ValidationError as err:
        text = translate("errors-review", "the name is not accepted: {reason}")
        return text.format(reason=validation_message(err.errors(include_url=False)[0])), None
    try:
        team_name = Team(name=team).name
    except ValidationError as err:
        text = translate("errors-review", "the team name is not accepted: {reason}")
        return text.format(reason=validation_message(err.errors(include_url=False)[0])), None
    return "", MemberRow(line=line, team=team_name, name=member.name, role=role)


def read_members(path: Path) -> MemberImport:
    """Read a members CSV file from disk.

    Raises:
        CsvFormatError: the file cannot be read, is not UTF-8, or has no proper header.
    """
    return parse_members(read_file(path), path.name)


def merge_teams(rows: Sequence[MemberRow], existing: Sequence[Team] = ()) -> tuple[Team, ...]:
    """The teams with the imported members added; new teams are created in file order.

    Teams are matched by name ignoring case and spacing; a person already in the
    team (same name, ignoring case) is not added twice.
    """

    def norm(text: str) -> str:
        return " ".join(text.casefold().split())

    teams: dict[str, Team] = {norm(t.name): t for t in existing}
    for row in rows:
        key = norm(row.team)
        team = teams.get(key) or Team(name=row.team)
        if all(norm(m.name) != norm(row.name) for m in team.members):
            team = team.model_copy(
                update={"members": (*team.members, Member(name=row.name, role=row.role))}
            )
        teams[key] = team
    return tuple(teams.values())


def teams_without_members(teams: Sequence[Team]) -> tuple[Team, ...]:
    """Teams that have nobody in them (the setup dialog warns before the workshop starts)."""
    return tuple(t for t in teams if not t.members)
