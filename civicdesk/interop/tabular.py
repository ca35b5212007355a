"""Reading spreadsheets people actually have: CSV in any of three encodings and line endings, and XLSX.

A CSV is decoded as UTF-8 (with or without a byte-order mark) and, failing that, as Windows-1252
(what Excel on Windows writes); old Mac Excel files end lines with a bare CR, which the csv
module handles when the text is given to it unsplit. XLSX is read with openpyxl, cells as their
values (an Excel date serial comes back as a datetime when the cell is formatted as a date).
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from civicdesk.errors import CivicDeskError

# A file this big is not a group's spreadsheet; refusing keeps memory use sane.
MAX_BYTES = 200 * 1024 * 1024


@dataclass
class Table:
    """The cells of one sheet: a header and data rows, with where they came from."""

    source: str
    headers: list[str]
    rows: list[list[Any]]
    encoding: str = ""
    sheet: str = ""
    has_header: bool = True
    sheets: list[str] = field(default_factory=list)
    # The spreadsheet row of each data row when blank rows were left out (empty: none were).
    numbers: list[int] = field(default_factory=list)
    # How many cells the header row has; a CSV row with more or fewer is reported (0: not checked).
    header_width: int = 0

    def row_number(self, index: int) -> int:
        """The row number a person sees in their spreadsheet program for data row `index`."""
        if index < len(self.numbers):
            return self.numbers[index]
        return index + (2 if self.has_header else 1)

    def ragged(self, index: int) -> str:
        """Why data row `index` does not fit under the header ('' when it does)."""
        row = self.rows[index]
        if not self.header_width or len(row) == self.header_width:
            return ""
        if len(row) > self.header_width:
            extra = [str(c) for c in row[self.header_width :] if str(c).strip()]
            shown = ", ".join(f"“{c}”" for c in extra[:3]) + (" …" if len(extra) > 3 else "")
            return (
                f"the row has {len(row)} cells but the header names {self.header_width} columns"
                + (f"; {shown} would be lost" if shown else "")
                + " (a comma inside a cell needs quotes around the cell)"
            )
        missing = ", ".join(f"“{h}”" for h in self.headers[len(row) : self.header_width])
        return (
            f"the row has {len(row)} cells but the header names {self.header_width} columns "
            f"(nothing under {missing})"
        )

    def column(self, name: str) -> list[Any]:
        position = self.headers.index(name)
        return [row[position] if position < len(row) else None for row in self.rows]


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding name) of CSV bytes: UTF-8 with BOM, UTF-8, else Windows-1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise CivicDeskError("the file is marked as UTF-16 text but is not readable as such") from exc
    from civicdesk.interop.sniff import looks_like_utf16

    codec = looks_like_utf16(data[:4096])
    if codec:
        try:
            return data.decode(codec), codec
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "windows-1252"
    except UnicodeDecodeError:
        # Five bytes are undefined in Windows-1252; Latin-1 accepts every byte.
        return data.decode("latin-1"), "latin-1"


def _sniff_delimiter(sample: str) -> str:
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
    except csv.Error:
        return ","


_DATA_LIKE = re.compile(
    r"^(\s*[-+]?\d[\d.,:/ -]*\s*|[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}|\S+@\S+\.\S+|https?://\S+|www\.\S+)$",
    re.IGNORECASE,
)


def looks_like_header(first: list[Any], second: list[Any] | None = None) -> bool:
    """A header row is all non-blank, distinct labels, none of which looks like data."""
    cells = [str(c).strip() for c in first]
    if not cells or any(not c for c in cells) or len(set(cells)) != len(cells):
        return False
    if any(_DATA_LIKE.match(c) for c in cells):
        return False
    return not any(len(c) > 60 for c in cells)


def _name_columns(first: list[Any], header: bool | None, width: int) -> tuple[list[str], bool]:
    if header is None:
        header = looks_like_header(first)
    if header:
        names = [str(c).strip() if c not in (None, "") else f"Column {i + 1}" for i, c in enumerate(first)]
        names += [f"Column {i + 1}" for i in range(len(names), width)]
        return names, True
    return [f"Column {i + 1}" for i in range(width)], False


def _csv_records(name: str, text: str, delimiter: str, strict: bool) -> list[tuple[int, list[str]]]:
    """(spreadsheet row, cells) of every non-blank record; a quote left open is an error."""
    # newline="" keeps CR, LF and CRLF as the csv module expects, including inside quoted cells.
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=strict)
    records: list[tuple[int, list[str]]] = []
    number = 0
    try:
        for row in reader:
            number += 1
            if any(cell.strip() for cell in row):
                records.append((number, row))
    except csv.Error as exc:
        if "unexpected end of data" in str(exc):
            # Left alone, the csv module swallows the rest of the file into one cell.
            raise CivicDeskError(
                f"{name}: row {number + 1}: a quote is never closed (the cell starting there runs to the "
                "end of the file; add the closing \" or remove the opening one)"
            ) from exc
        raise CivicDeskError(f"{name}: row {number + 1}: not a readable CSV file ({exc})") from exc
    return records


def read_csv(path: Path, header: bool | None = None) -> Table:
    data = _read_bytes(path)
    try:
        text, encoding = decode(data)
    except CivicDeskError as exc:
        raise CivicDeskError(f"{path.name}: {exc}") from exc
    delimiter = _sniff_delimiter(text[:8192])
    try:
        records = _csv_records(path.name, text, delimiter, strict=True)
    except CivicDeskError as exc:
        if "quote is never closed" in str(exc):
            raise
        # Strict reading also refuses text after a closing quote ("a"b), which is readable enough.
        records = _csv_records(path.name, text, delimiter, strict=False)
    if not records:
        raise CivicDeskError(f"{path.name} is empty: it has no rows to import")
    rows = [row for _, row in records]
    width = max(len(r) for r in rows)
    headers, has_header = _name_columns(rows[0], header, width)
    body = records[1:] if has_header else records
    if not body:
        raise CivicDeskError(f"{path.name} has column names but no rows: there is nothing to import")
    return Table(
        path.name,
        headers,
        [row for _, row in body],
        encoding=encoding,
        has_header=has_header,
        numbers=[number for number, _ in body],
        header_width=len(rows[0]) if has_header else 0,
    )


def read_xlsx(path: Path, sheet: str | None = None, header: bool | None = None) -> Table:
    from zipfile import BadZipFile

    import openpyxl

    _read_bytes(path, check_only=True)
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (BadZipFile, KeyError, OSError, ValueError) as exc:
        raise CivicDeskError(f"{path.name}: not a readable Excel (.xlsx) file ({exc})") from exc
    try:
        names = list(book.sheetnames)
        if sheet and sheet not in names:
            raise CivicDeskError(
                f"{path.name}: there is no sheet called “{sheet}” (sheets: {', '.join(names)})"
            )
        chosen = sheet or names[0]
        rows = []
        for values in book[chosen].iter_rows(values_only=True):
            row = [v.strip() if isinstance(v, str) else v for v in values]
            if any(v not in (None, "") for v in row):
                rows.append(row)
    finally:
        book.close()
    if not rows:
        raise CivicDeskError(f"{path.name}: sheet “{chosen}” is empty: it has no rows to import")
    width = max(len(r) for r in rows)
    headers, has_header = _name_columns(rows[0], header, width)
    body = rows[1:] if has_header else rows
    if not body:
        raise CivicDeskError(
            f"{path.name}: sheet “{chosen}” has column names but no rows: there is nothing to import"
        )
    return Table(path.name, headers, body, sheet=chosen, has_header=has_header, sheets=names)


def read_table(path: Path, sheet: str | None = None, header: bool | None = None) -> Table:
    """A CSV or XLSX file as a Table (decided by the file's first bytes, not only its name)."""
    path = Path(path)
    if not path.is_file():
        raise CivicDeskError(f"{path}: there is no such file")
    from civicdesk.interop.sniff import refuse_if_not_readable

    refuse_if_not_readable(path, "xlsx" if path.suffix.lower() in (".xlsx", ".xlsm") else "csv")
    with path.open("rb") as handle:
        magic = handle.read(4)
    if magic.startswith(b"PK\x03\x04") or path.suffix.lower() in (".xlsx", ".xlsm"):
        return read_xlsx(path, sheet, header)
    return read_csv(path, header)


def _read_bytes(path: Path, check_only: bool = False) -> bytes:
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise CivicDeskError(f"{path.name}: the file is too large to import ({size // 1_048_576} MB)")
    return b"" if check_only else path.read_bytes()
