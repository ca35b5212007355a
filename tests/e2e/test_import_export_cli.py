"""`civicdesk import` and `civicdesk export` in a subprocess: JSON shapes, one-line errors, no changes."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from tests.e2e.test_cli import civicdesk
from tests.realdata import REALDATA


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_import_json_then_reimport_updates(tmp_path):
    db = str(tmp_path / "cd.sqlite3")
    source = str(REALDATA / "osm-isle-of-man" / "places-of-worship.geojson")
    first = civicdesk("--db", db, "import", source, "--json")
    assert first.returncode == 0, first.stderr
    shape = json.loads(first.stdout)
    assert {
        "created",
        "updated",
        "unchanged",
        "skipped",
        "failed",
        "failures",
        "warnings",
        "committed",
    } <= set(shape)
    assert shape["created"] == 94 and shape["committed"] and "OpenStreetMap" in shape["attribution"]
    again = json.loads(civicdesk("--db", db, "import", source, "--json").stdout)
    assert again["created"] == 0 and again["unchanged"] == 94


def test_a_bad_row_under_strict_is_one_clear_line_and_the_database_is_unchanged(tmp_path):
    db = tmp_path / "cd.sqlite3"
    assert civicdesk("--db", str(db), "demo").returncode == 0
    before = _digest(db)
    csv_file = tmp_path / "halls.csv"
    csv_file.write_text("Name,Postcode\nOak Hall,LS7 3AB\nElm Hall,NOT A CODE\n", encoding="utf-8")
    result = civicdesk(
        "--db", str(db), "import", str(csv_file), "--type", "space", "--default", "category=civic", "--strict"
    )
    assert result.returncode == 1
    assert result.stdout.startswith("Nothing was imported from halls.csv: 1 row has problems")
    lines = [line for line in result.stderr.splitlines() if line.startswith("civicdesk: error:")]
    assert lines == [
        "civicdesk: error: halls.csv: row 3, Postcode: “NOT A CODE” is not a UK postcode "
        "(for example LS7 3AB); nothing was imported (fix the file, or use --skip-invalid)"
    ]
    assert "Traceback" not in result.stderr
    assert _digest(db) == before
    dry = json.loads(
        civicdesk(
            "--db",
            str(db),
            "import",
            str(csv_file),
            "--type",
            "space",
            "--default",
            "category=civic",
            "--dry-run",
            "--json",
            "--strict",
        ).stdout
    )
    assert dry["failures"] == [{"row": 3, "column": "Postcode", "message": dry["failures"][0]["message"]}]
    assert dry["created"] == 1 and not dry["committed"] and _digest(db) == before


def test_without_strict_a_bad_postcode_is_left_out_with_a_warning_and_the_row_kept(tmp_path):
    db = tmp_path / "cd.sqlite3"
    csv_file = tmp_path / "halls.csv"
    csv_file.write_text("Name,Postcode\nOak Hall,LS7 3AB\nElm Hall,NOT A CODE\n", encoding="utf-8")
    result = civicdesk(
        "--db", str(db), "import", str(csv_file), "--type", "space", "--default", "category=civic", "--json"
    )
    assert result.returncode == 0, result.stderr
    shape = json.loads(result.stdout)
    assert shape["committed"] and shape["created"] == 2 and shape["failed"] == 0
    assert shape["warnings"] == [
        {
            "row": 3,
            "column": "Postcode",
            "message": "“NOT A CODE” is not a UK postcode (for example LS7 3AB) (left out)",
        }
    ]


@pytest.mark.slow
def test_export_formats_write_their_files(tmp_path):
    db = str(tmp_path / "cd.sqlite3")
    assert civicdesk("--db", db, "demo").returncode == 0
    for fmt, out in (
        ("oruk-json", "d.json"),
        ("oruk-csv", "oruk"),
        ("geojson", "s.geojson"),
        ("xlsx", "a.xlsx"),
        ("csv", "sheets"),
    ):
        result = civicdesk("--db", db, "export", "--format", fmt, "--out", str(tmp_path / out))
        assert result.returncode == 0 and result.stdout.startswith("Wrote "), result.stderr
    assert (tmp_path / "oruk" / "datapackage.json").exists() and (tmp_path / "sheets" / "people.csv").exists()
    bad = civicdesk(
        "--db", db, "export", "--format", "geojson", "--out", str(tmp_path / "no" / "where.geojson")
    )
    assert bad.returncode == 1 and bad.stderr.startswith("civicdesk: error:")


def test_an_unclosed_quote_names_its_row_and_imports_nothing(tmp_path):
    db = tmp_path / "cd.sqlite3"
    assert civicdesk("--db", str(db), "demo").returncode == 0
    before = _digest(db)
    csv_file = tmp_path / "broken.csv"
    csv_file.write_text(
        'name,category,postcode\nGood Hall,civic,LS7 3AB\n"Broken, row,civic,LS7\n'
        "Another,religious,LS7 3AB\nFine Park,outdoors,LS7 4AA\n",
        encoding="utf-8",
    )
    result = civicdesk("--db", str(db), "import", str(csv_file), "--type", "space")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith("civicdesk: error: broken.csv: row 3: a quote is never closed")
    assert result.stdout == "" and _digest(db) == before


def test_rows_with_more_or_fewer_cells_than_the_header_are_reported_by_row(tmp_path):
    db = tmp_path / "cd.sqlite3"
    csv_file = tmp_path / "ragged.csv"
    csv_file.write_text(
        "name,category,postcode\nHall A,civic,LS7 3AB,extra,more\n\nHall B,civic\nCafé,private,LS7 3AB\n",
        encoding="utf-8",
    )
    result = civicdesk("--db", str(db), "import", str(csv_file), "--type", "space", "--json")
    assert result.returncode == 1
    failures = json.loads(result.stdout)["failures"]
    assert [(f["row"], f["message"]) for f in failures] == [
        (
            2,
            "the row has 5 cells but the header names 3 columns; “extra”, “more” would be lost "
            "(a comma inside a cell needs quotes around the cell)",
        ),
        (4, "the row has 2 cells but the header names 3 columns (nothing under “postcode”)"),
    ]
    skipped = civicdesk("--db", str(db), "import", str(csv_file), "--type", "space", "--skip-invalid")
    assert skipped.returncode == 0 and "1 new" in skipped.stdout and "2 failed" in skipped.stdout


def _bad_files(folder: Path) -> dict[str, tuple[bytes, str]]:
    import zipfile

    archive = folder / "notes.xlsx"
    with zipfile.ZipFile(archive, "w") as handle:
        handle.writestr("notes.txt", "not a workbook")
    return {
        "photo.csv": (
            b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4,
            "photo.csv looks like a PNG image, not a spreadsheet",
        ),
        "scan.csv": (b"\xff\xd8\xff\xe0" + bytes(200), "scan.csv looks like a JPEG image, not a spreadsheet"),
        "letter.csv": (
            b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n",
            "letter.csv looks like a PDF document, not a spreadsheet",
        ),
        "notes.xlsx": (archive.read_bytes(), "notes.xlsx looks like a ZIP archive, not an Excel workbook"),
        "odd16.csv": (
            b"\xff\xfe\x00\xd8abc",
            "odd16.csv looks like a binary file (it starts with a UTF-16 text mark but is not UTF-16 text)",
        ),
        "header.csv": (b"name,category,postcode\r\n", "header.csv has column names but no rows"),
        "empty.csv": (b"", "empty.csv is empty"),
    }


def test_files_that_are_not_what_they_claim_are_named_and_change_nothing(tmp_path):
    db = tmp_path / "cd.sqlite3"
    assert civicdesk("--db", str(db), "demo", "--size", "village").returncode == 0
    before = _digest(db)
    backups = sorted(p.name for p in tmp_path.rglob("*before-import*"))
    for name, (content, message) in _bad_files(tmp_path).items():
        path = tmp_path / name
        path.write_bytes(content)
        plain = civicdesk("--db", str(db), "import", str(path), "--type", "space")
        assert plain.returncode == 1 and "Traceback" not in plain.stderr
        assert plain.stderr.splitlines()[0].startswith(f"civicdesk: error: {message}"), plain.stderr
        as_json = civicdesk("--db", str(db), "import", str(path), "--type", "space", "--json")
        assert as_json.returncode == 1
        shape = json.loads(as_json.stdout)
        assert shape["committed"] is False and shape["error"].startswith(message)
        assert _digest(db) == before, name
    assert sorted(p.name for p in tmp_path.rglob("*before-import*")) == backups  # no backup left


def test_utf16_text_is_read_as_utf16(tmp_path):
    db = tmp_path / "cd.sqlite3"
    path = tmp_path / "halls.csv"
    path.write_bytes("name,category\r\nOak Hall,civic\r\nCafé Rouge,private\r\n".encode("utf-16"))
    result = civicdesk("--db", str(db), "import", str(path), "--type", "space", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["created"] == 2
    found = civicdesk("--db", str(db), "search", "Café Rouge")
    assert "Café Rouge" in found.stdout
