"""Files that are not what their name claims, told apart by their first bytes before anything is read.

A PNG renamed photo.csv is refused as "looks like a PNG image, not a spreadsheet" instead of being
previewed as 966 rows of Latin-1 garbage; a ZIP that is not a workbook, a PDF, an old .xls, a
database file and other binary files are named the same way. Text marked as UTF-16 must decode
as UTF-16. Nothing here touches the database, so a refusal leaves it (and the backups) as they were.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from civicdesk.errors import CivicDeskError

# (first bytes, what it is, offset)
SIGNATURES: tuple[tuple[bytes, str, int], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image", 0),
    (b"\xff\xd8\xff", "a JPEG image", 0),
    (b"GIF87a", "a GIF image", 0),
    (b"GIF89a", "a GIF image", 0),
    (b"%PDF-", "a PDF document", 0),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office file (.xls or .doc); save it as .xlsx or CSV", 0),
    (b"SQLite format 3\x00", "an SQLite database", 0),
    (b"\x1f\x8b", "a gzip archive", 0),
    (b"Rar!\x1a\x07", "a RAR archive", 0),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive", 0),
    (b"BZh", "a bzip2 archive", 0),
    (b"\x7fELF", "a program", 0),
    (b"MZ\x90\x00", "a Windows program", 0),
    (b"II*\x00", "a TIFF image", 0),
    (b"MM\x00*", "a TIFF image", 0),
    (b"ID3", "an MP3 audio file", 0),
    (b"OggS", "an Ogg audio file", 0),
    (b"ftyp", "an MP4 video or HEIC photo", 4),
    (b"{\\rtf", "an RTF document; save it as CSV", 0),
)
WHAT = {
    "csv": "a spreadsheet",
    "xlsx": "an Excel workbook",
    "oruk": "an Open Referral file",
    "geojson": "a GeoJSON file",
    "osm": "an OpenStreetMap file",
}


def _zip_kind(path: Path) -> str:
    """'' for an Excel workbook, else what the ZIP holds."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            mimetype = archive.read("mimetype").decode("ascii", "replace") if "mimetype" in names else ""
    except (zipfile.BadZipFile, OSError, KeyError):
        return "a damaged ZIP archive"
    if "xl/workbook.xml" in names:
        return ""
    if "spreadsheet" in mimetype:
        return "an OpenDocument spreadsheet (.ods); save it as .xlsx or CSV"
    if "word/document.xml" in names or "text" in mimetype:
        return "a word-processor document"
    if "ppt/presentation.xml" in names:
        return "a PowerPoint presentation"
    if "mimetype" in names and "manifest.json" in names:
        return "a CivicDesk bundle; use Bundle ▸ Import (civicdesk bundle import)"
    return "a ZIP archive"


def what_it_is(path: Path) -> str:
    """What the file's bytes say it is when that is not text or a workbook ('' when fine)."""
    with Path(path).open("rb") as handle:
        head = handle.read(4096)
    for magic, kind, offset in SIGNATURES:
        if head[offset : offset + len(magic)] == magic:
            return kind
    if head.startswith(b"PK\x03\x04"):
        return _zip_kind(path)
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            Path(path).read_bytes().decode("utf-16")
        except UnicodeDecodeError:
            return "a binary file (it starts with a UTF-16 text mark but is not UTF-16 text)"
        return ""
    if b"\x00" in head and not looks_like_utf16(head):
        return "a binary file"
    return ""


def refuse_if_not_readable(path: Path, fmt: str) -> None:
    """Raise a CivicDeskError naming what the file really is when it cannot be what fmt says."""
    path = Path(path)
    if path.is_dir():
        return
    kind = what_it_is(path)
    if kind:
        raise CivicDeskError(f"{path.name} looks like {kind}, not {WHAT.get(fmt, 'an importable file')}")
    if fmt == "xlsx":
        with path.open("rb") as handle:
            if not handle.read(4).startswith(b"PK\x03\x04"):
                raise CivicDeskError(
                    f"{path.name} is not an Excel workbook (.xlsx) inside; if it is text, rename it .csv"
                )


def looks_like_utf16(head: bytes) -> str:
    """'utf-16-le' or 'utf-16-be' for text in UTF-16 without a byte-order mark, else ''."""
    sample = head[: len(head) - len(head) % 2]
    if len(sample) < 8:
        return ""
    for codec, zeros, chars in (
        ("utf-16-le", sample[1::2], sample[0::2]),
        ("utf-16-be", sample[0::2], sample[1::2]),
    ):
        if zeros.count(0) > 0.9 * len(zeros) and chars.count(0) < 0.1 * len(chars):
            return codec
    return ""
