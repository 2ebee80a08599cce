"""CSV export of rubric scores, and importing that CSV back (a round trip).

One row per score: ``strategy_id, team, strategy, rubric, rubric_version,
criterion, criterion_title, level, comment``. On import the ``strategy_id``,
``criterion`` and ``level`` columns decide; the names are there for people.
Bad rows are reported with their line numbers; good rows become score sheets.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from app.i18n import translate
from app.review.csvio import (
    RowProblem,
    decode,
    numbered_rows,
    protect,
    read_file,
    unprotect,
    write_file,
)
from app.review.errors import CsvFormatError
from models.errors import bare, validation_message
from models.review import Rubric, RubricSheet, Score

COLUMNS = (
    "strategy_id",
    "team",
    "strategy",
    "rubric",
    "rubric_version",
    "criterion",
    "criterion_title",
    "level",
    "comment",
)
REQUIRED = ("strategy_id", "criterion", "level")


@dataclass(frozen=True)
class StrategyLabel:
    """How a strategy is named in the export: its team and its own name."""

    team: str
    strategy: str


def export_scores(
    sheets: Iterable[RubricSheet], rubric: Rubric, labels: Mapping[str, StrategyLabel]
) -> str:
    """The scores as CSV text, one row per score, sheets by team name, criteria in rubric order.

    Args:
        sheets: the score sheets (all for ``rubric``; others are left out).
        rubric: the rubric the sheets use.
        labels: team and strategy names per strategy id (missing ones stay blank).
    """
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    order = {key: index for index, key in enumerate(rubric.keys)}
    blank = StrategyLabel("", "")
    chosen = [s for s in sheets if s.rubric_key == rubric.key]
    chosen.sort(
        key=lambda s: (
            labels.get(s.strategy_id, blank).team.casefold(),
            labels.get(s.strategy_id, blank).strategy.casefold(),
            s.strategy_id,
        )
    )
    for sheet in chosen:
        label = labels.get(sheet.strategy_id, blank)
        for score in sorted(sheet.scores, key=lambda sc: order.get(sc.criterion, len(order))):
            criterion = rubric.criterion(score.criterion)
            writer.writerow(
                [
                    sheet.strategy_id,
                    protect(label.team),
                    protect(label.strategy),
                    rubric.key,
                    sheet.rubric_version,
                    score.criterion,
                    protect(criterion.title if criterion else ""),
                    score.level,
                    protect(score.comment),
                ]
            )
    return out.getvalue()


def write_scores(
    path: Path, sheets: Iterable[RubricSheet], rubric: Rubric, labels: Mapping[str, StrategyLabel]
) -> None:
    """Write the scores CSV (UTF-8 with a BOM, for spreadsheets).

    Raises:
        CsvFormatError: the file cannot be written.
    """
    write_file(path, export_scores(sheets, rubric, labels))


@dataclass(frozen=True)
class ScoresImport:
    """Score sheets read from a CSV, and the rows that could not be used."""

    sheets: tuple[RubricSheet, ...]
    problems: tuple[RowProblem, ...]

    def merged_into(self, existing: Mapping[str, RubricSheet]) -> tuple[RubricSheet, ...]:
        """The imported sheets applied over ``existing`` (by strategy id): imported scores
        replace those of the same criterion, other scores, ids and scorers are kept."""
        merged = []
        for sheet in self.sheets:
            old = existing.get(sheet.strategy_id)
            if old is None or old.rubric_key != sheet.rubric_key:
                merged.append(sheet)
                continue
            new = {s.criterion for s in sheet.scores}
            scores = tuple(s for s in old.scores if s.criterion not in new) + sheet.scores
            merged.append(old.model_copy(update={"scores": scores}))
        return tuple(merged)


def parse_scores(
    data: bytes | str, rubric: Rubric, source: str = "scores.csv", known: Iterable[str] = ()
) -> ScoresImport:
    """Read a scores CSV written by ``export_scores`` (or edited in a spreadsheet).

    Args:
        data: the file's bytes (UTF-8, BOM allowed) or decoded text.
        rubric: the rubric the scores must belong to.
        source: the file name for messages.
        known: the workshop's strategy ids; when given, other ids are bad rows.

    Raises:
        CsvFormatError: wrong encoding, no header, or required columns missing.
    """
    text = decode(data, source) if isinstance(data, bytes) else data.removeprefix("\ufeff")
    reader = csv.DictReader(io.StringIO(text, newline=""))
    try:
        header = [name.strip() for name in reader.fieldnames or ()]
    except csv.Error as err:
        raise CsvFormatError(
            translate(
                "errors-review", "{file}: the header line is not valid CSV ({detail})."
            ).format(file=source, detail=err)
        ) from None
    if not header:
        raise CsvFormatError(
            translate(
                "errors-review",
                "{file} is empty; expected a header line naming the columns {columns}.",
            ).format(file=source, columns=", ".join(REQUIRED))
        )
    missing = [col for col in REQUIRED if col not in header]
    if missing:
        raise CsvFormatError(
            translate(
                "errors-review",
                "{file}: the header lacks the column(s) {columns}.",
                None,
                len(missing),
            ).format(file=source, columns=", ".join(missing))
        )
    reader.fieldnames = header
    strategies = set(known)
    scores: dict[str, list[Score]] = {}
    versions: dict[str, str] = {}
    problems: list[RowProblem] = []
    seen: dict[tuple[str, str], int] = {}
    for row_line, row in numbered_rows(reader, problems):
        problem, score = _score(row, rubric, strategies)
        if score is None:
            problems.append(RowProblem(row_line, problem))
            continue
        key = (score.strategy_id, score.criterion)
        if key in seen:
            problems.append(
                RowProblem(
                    row_line,
                    translate(
                        "errors-review", "criterion '{criterion}' is scored again (line {line})"
                    ).format(criterion=bare(score.criterion), line=seen[key]),
                )
            )
            continue
        seen[key] = row_line
        scores.setdefault(score.strategy_id, []).append(score)
        versions.setdefault(score.strategy_id, (row.get("rubric_version") or "").strip())
    order = {key: index for index, key in enumerate(rubric.keys)}
    sheets = tuple(
        RubricSheet(
            strategy_id=strategy_id,
            rubric_key=rubric.key,
            rubric_version=versions[strategy_id] or rubric.version,
            scores=tuple(sorted(found, key=lambda s: order[s.criterion])),
        )
        for strategy_id, found in scores.items()
    )
    return ScoresImport(sheets=sheets, problems=tuple(problems))


def _score(row: dict[str, str | None], rubric: Rubric, known: set[str]) -> tuple[str, Score | None]:
    if None in row:
        return translate("errors-review", "more values than columns in the header"), None
    values = {k: unprotect((v or "").strip()) for k, v in row.items() if k is not None}
    if not any(values.values()):
        return translate("errors-review", "the row is empty"), None
    strategy_id, criterion, level_text = (values.get(c, "") for c in REQUIRED)
    rubric_key = values.get("rubric", "")
    if rubric_key and rubric_key != rubric.key:
        text = translate("errors-review", "the score is for rubric '{found}', not '{expected}'")
        return text.format(found=rubric_key, expected=rubric.key), None
    if not strategy_id:
        return translate("errors-review", "the strategy_id is empty"), None
    if known and strategy_id not in known:
        text = translate("errors-review", "no strategy '{id}' in this workshop")
        return text.format(id=strategy_id), None
    if rubric.criterion(criterion) is None:
        text = translate("errors-review", "the rubric has no criterion '{criterion}'")
        return text.format(criterion=criterion), None
    try:
        level = int(level_text)
    except ValueError:
        text = translate("errors-review", "level '{level}' is not a whole number from 1 to 4")
        return text.format(level=level_text), None
    comment = row.get("comment") or ""  # kept exactly: the round trip must not alter it
    try:
        score = Score(
            strategy_id=strategy_id, criterion=criterion, level=level, comment=unprotect(comment)
        )
    except ValidationError as err:
        first = err.errors(include_url=False)[0]
        if first["loc"] == ("level",):
            text = translate("errors-review", "level {level} is outside 1–4")
            return text.format(level=level), None
        text = translate("errors-review", "{field}: {reason}")
        return text.format(
            field=".".join(map(str, first["loc"])), reason=validation_message(first)
        ), None
    return "", score


def read_scores(path: Path, rubric: Rubric, known: Iterable[str] = ()) -> ScoresImport:
    """Read a scores CSV file from disk.

    Raises:
        CsvFormatError: the file cannot be read, is not UTF-8, or lacks required columns.
    """
    return parse_scores(read_file(path), rubric, path.name, known)
