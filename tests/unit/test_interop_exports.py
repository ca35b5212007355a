"""Exports: Open Referral UK JSON and CSV validate against the shipped schemas; consent gates people."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator
from openpyxl import load_workbook

from civicdesk.interop import geojson, oruk, oruk_validation, spreadsheets
from civicdesk.interop.files import import_file
from civicdesk.services import demo
from civicdesk.services.people import PersonService
from civicdesk.startup import open_database


@pytest.fixture(scope="module")
def borough(tmp_path_factory):
    database = open_database(tmp_path_factory.mktemp("borough") / "borough.sqlite3")
    demo.generate(database, "borough", 1)
    yield database
    database.dispose()


@pytest.mark.slow
def test_oruk_json_of_the_borough_validates_against_the_shipped_schemas(borough, tmp_path):
    out = tmp_path / "directory.json"
    message = oruk.export_json(borough, out)
    document = json.loads(out.read_text(encoding="utf-8"))
    assert "1500 organisations" in message and len(document["locations"]) == 2000
    assert oruk_validation.validate_document(document) == []
    # The same check, spelled out with jsonschema on a sample of each kind.
    for key, name in (("organizations", "organization"), ("services", "service"), ("locations", "location")):
        schema = json.loads((oruk.schema_dir() / f"{name}.json").read_text(encoding="utf-8"))
        check = Draft202012Validator(schema, registry=oruk_validation._registry())
        for item in document[key][:50]:
            check.validate(item)
    text = out.read_text(encoding="utf-8")
    assert "@example.org" not in text.replace("hello@", "")  # group mailboxes only, no volunteer's address
    assert all("schedules" in s for s in document["services"] if "service_at_locations" in s)


@pytest.mark.slow
def test_oruk_csv_package_of_the_borough_validates_against_its_datapackage(borough, tmp_path):
    folder = tmp_path / "oruk"
    oruk.export_csv(borough, folder)
    assert oruk_validation.validate_package(folder) == []
    package = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    assert {r["path"] for r in package["resources"]} >= {
        "organizations.csv",
        "services.csv",
        "locations.csv",
        "schedule.csv",
        "service_at_location.csv",
    }
    with (folder / "organizations.csv").open(encoding="utf-8", newline="") as handle:
        assert len(list(csv.DictReader(handle))) == 1500
    # A broken file is caught: the validator is not a rubber stamp.
    rows = (folder / "schedule.csv").read_text(encoding="utf-8").splitlines()
    rows[1] = rows[1].replace("WEEKLY", "DAILY").replace("MONTHLY", "DAILY")
    (folder / "schedule.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    assert any("schedule.csv: row 2, freq" in p for p in oruk_validation.validate_package(folder))


@pytest.mark.slow
def test_our_oruk_export_imports_back_into_an_empty_database(borough, tmp_path):
    out = tmp_path / "directory.json"
    oruk.export_json(borough, out)
    fresh = open_database(tmp_path / "fresh.sqlite3")
    result = import_file(fresh, out, dry_run=True)
    assert (
        result.counts_by_type["group"]["created"] == 1500
        and result.counts_by_type["space"]["created"] == 2000
    )
    fresh.dispose()


def _people(db):
    service = PersonService(db)
    listed = service.create(
        {
            "name": "Listed Lucy",
            "email": "lucy@example.org",
            "phone": "0113 496 0001",
            "address": {"lines": ["1 Private Road"], "postcode": "LS7 3AB"},
            "consent_directory": {"given": True, "on": "2026-01-02", "how": "form"},
            "consent_email": {"given": True, "on": "2026-01-02", "how": "form"},
        }
    )
    service.create(
        {
            "name": "Private Pat",
            "email": "pat@example.org",
            "consent_directory": {"given": False, "on": "2026-01-02", "how": "form"},
        }
    )
    return listed


def test_spreadsheet_exports_list_only_people_who_agreed_and_never_their_address(village, tmp_path):
    _people(village)
    workbook = tmp_path / "all.xlsx"
    spreadsheets.export_xlsx(village, workbook)
    book = load_workbook(workbook, read_only=True)
    assert book.sheetnames == ["spaces", "groups", "people", "tools"]
    people = [row for row in book["people"].iter_rows(values_only=True)]
    names = [row[0] for row in people[1:]]
    assert "Listed Lucy" in names and "Private Pat" not in names
    lucy = next(row for row in people if row[0] == "Listed Lucy")
    assert lucy[1] == "lucy@example.org" and not lucy[2]  # email agreed, phone not
    assert "1 Private Road" not in str(people)
    assert len(list(book["spaces"].iter_rows())) == 41  # header + the village's 40 spaces
    book.close()
    spreadsheets.export_csv(village, tmp_path / "csv")
    text = (tmp_path / "csv" / "people.csv").read_text(encoding="utf-8-sig")
    assert "Listed Lucy" in text and "Private Pat" not in text and "Private Road" not in text


def test_oruk_and_geojson_exports_never_contain_people(village, tmp_path):
    lucy = _people(village)
    oruk.export_json(village, tmp_path / "o.json")
    geojson.export_geojson(village, tmp_path / "g.geojson")
    for path in (tmp_path / "o.json", tmp_path / "g.geojson"):
        text = path.read_text(encoding="utf-8")
        assert lucy.name not in text and lucy.email not in text


def test_formula_like_text_stays_text_in_exports(db, tmp_path):
    from civicdesk.services.groups import GroupService

    GroupService(db).create({"name": '=HYPERLINK("http://evil")', "kind": "informal"})
    spreadsheets.export_csv(db, tmp_path / "csv")
    assert "'=HYPERLINK" in (tmp_path / "csv" / "groups.csv").read_text(encoding="utf-8-sig")
    spreadsheets.export_xlsx(db, tmp_path / "g.xlsx")
    book = load_workbook(tmp_path / "g.xlsx")
    assert book["groups"]["B2"].data_type == "s"


def test_geojson_export_round_trips_to_the_same_spaces(village, tmp_path):
    out = tmp_path / "spaces.geojson"
    geojson.export_geojson(village, out)
    features = json.loads(out.read_text(encoding="utf-8"))["features"]
    assert features and all(f["geometry"]["type"] == "Point" for f in features)
    result = import_file(village, out)
    assert result.created == 0 and result.updated + result.unchanged == len(features)


def test_a_saved_mapping_file_round_trips(tmp_path):
    from civicdesk.interop.mapping import ColumnMapping, Mapping

    mapping = Mapping(
        "person",
        {"Full name": ColumnMapping("name"), "Joined": ColumnMapping(None)},
        defaults={"availability": "weekends"},
        duplicates="skip",
    )
    mapping.save(tmp_path / "m.json")
    assert Mapping.load(tmp_path / "m.json") == mapping
    (tmp_path / "bad.json").write_text('{"format": "civicdesk-mapping", "record_type": "boat"}')
    with pytest.raises(Exception, match="record_type must be one of"):
        Mapping.load(tmp_path / "bad.json")


def test_schema_files_ship_with_their_licence_and_attribution():
    folder = Path(oruk.schema_dir()).parent
    assert "Attribution-ShareAlike" in (folder / "LICENSE.txt").read_text(encoding="utf-8")
    assert "an Open Referral resource" in (folder / "README.md").read_text(encoding="utf-8")
