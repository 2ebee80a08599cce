"""Reading and writing the CSV files facilitators exchange with spreadsheets.

Files are UTF-8; a byte-order mark (as Excel writes "CSV UTF-8") is accepted
on reading and written on export so spreadsheets detect the encoding. Any other
encoding is refused with a message saying how to save the file correctly.
Cells that a spreadsheet would run as a formula are written with a leading
apostrophe and read back without it.
"""

from __future__ import annotations

import codecs
import csv
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, TypeVar

from app.i18n import translate
from app.reading import InputError, display_path
from app.reading import read_file as read_limited
from app.reading.limits import CSV
from app.review.errors import CsvFormatError

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

Row_co = TypeVar("Row_co", covariant=True)


@dataclass(frozen=True)
class RowProblem:
    """One CSV row that could not be used, and why."""

    line: int
    reason: str

    def __str__(self) -> str:
        return translate("errors-review", "Line {line}: {reason}").format(
            line=self.line, reason=self.reason
        )


def save_as_hint() -> str:
    """What to do with a CSV file in another encoding, in the current language."""
    return translate("errors-review", 'Save it from the spreadsheet as "CSV UTF-8" and try again.')


def decode(data: bytes, source: str) -> str:
    """The text of a CSV file's bytes, which must be UTF-8 (with or without a BOM).

    Raises:
        CsvFormatError: the bytes are UTF-16/32 or not UTF-8; the message names the
            file and the line of the first bad byte.
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise CsvFormatError(
            translate("errors-review", "{file} is saved as UTF-16, not UTF-8. {hint}").format(
                file=source, hint=save_as_hint()
            )
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        raise CsvFormatError(
            translate(
                "errors-review",
                "{file} is not UTF-8 text (byte 0x{byte} on line {line}; "
                "probably Windows-1252 or Latin-1). {hint}",
            ).format(file=source, byte=f"{data[err.start]:02x}", line=line, hint=save_as_hint())
        ) from None


def read_file(path: Path) -> str:
    """Read and decode a CSV file (bounded; a FIFO or device is refused before reading).

    Raises:
        CsvFormatError: the file cannot be read, is not a regular file, is over the
            size limit, or is not UTF-8.
    """
    try:
        data = read_limited(path, CSV.max_bytes)
    except InputError as err:
        raise CsvFormatError(
            translate("errors-review", "{file} cannot be read: {reason}.").format(
                file=display_path(path.name), reason=err.reason.rstrip(".")
            )
        ) from None
    return decode(data, display_path(path.name))


def write_file(path: Path, text: str) -> None:
    """Write CSV text as UTF-8 with a BOM (so spreadsheets pick the right encoding).

    Raises:
        CsvFormatError: the file cannot be written (disk full, no permission).
    """
    try:
        path.write_text(text, encoding="utf-8-sig", newline="")
    except OSError as err:
        raise CsvFormatError(
            translate("errors-review", "{file} cannot be written ({reason}).").format(
                file=display_path(path.name), reason=err.strerror or err
            )
        ) from None


def protect(cell: str) -> str:
    """A cell value that spreadsheets show as text, never run as a formula."""
    # Apostrophes already leading a formula-like cell get one more, so reading back is exact.
    return "'" + cell if cell.lstrip("'").startswith(FORMULA_START) else cell


def unprotect(cell: str) -> str:
    """Undo ``protect`` on a cell read back."""
    if cell.startswith("'") and cell.lstrip("'").startswith(FORMULA_START):
        return cell[1:]
    return cell


class CsvRows(Protocol[Row_co]):
    """A CSV reader (``csv.reader`` or ``csv.DictReader``): rows, and the line it has reached."""

    @property
    def line_num(self) -> int:
        """Physical lines read so far (a quoted cell may span several)."""
        ...

    def __next__(self) -> Row_co:
        """The next row."""
        ...


def numbered_rows(
    reader: CsvRows[Row_co], problems: list[RowProblem]
) -> Iterator[tuple[int, Row_co]]:
    """Each row after the header with the line it starts on.

    A row that is not valid CSV (an unclosed quote) is added to ``problems`` and
    ends the reading: the reader cannot tell where the next row would start.
    """
    line = reader.line_num + 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as err:
            problems.append(
                RowProblem(
                    line, translate("errors-review", "not valid CSV ({detail})").format(detail=err)
                )
            )
            return
        row_line, line = line, reader.line_num + 1
        yield row_line, row
