"""What counts as the same place: every matching rule tried on real rows from tests/fixtures/realdata."""

from __future__ import annotations

import csv
from pathlib import Path

from sqlalchemy import select

from civicdesk.db.models import Group, Space
from civicdesk.interop.files import import_file
from civicdesk.interop.tabular import read_table
from civicdesk.services.overview import stats
from tests.realdata import REALDATA

TASKFORCE = REALDATA / "england-libraries-taskforce" / "taskforce.csv"
RAW = REALDATA / "england-libraries-taskforce" / "libraries_raw.csv"
HEADER = ["Library service", "Library name", "Postal address", "Postcode", "URL of library website"]


def _taskforce_rows(*names: str) -> list[list[str]]:
    """The real rows of taskforce.csv whose library name is one of `names` (spaces trimmed)."""
    table = read_table(TASKFORCE)
    wanted = set(names)
    return [[r[0], r[1], r[2], r[3], r[5]] for r in table.rows if r[1].strip() in wanted]


def _raw_rows(*names: str) -> list[list[str]]:
    table = read_table(RAW)
    return [[r[0], r[1], r[2], r[3], r[15]] for r in table.rows if r[1].strip() in set(names)]


def _write(path: Path, rows: list[list[str]], header: list[str] = HEADER) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def _import(db, path: Path, **options):
    return import_file(db, path, record_type="space", defaults={"category": "public"}, **options)


def _spaces(db, name: str) -> list[Space]:
    with db.read() as session:
        return list(session.scalars(select(Space).where(Space.name == name)))


def test_same_name_in_another_postcode_stays_apart_and_is_listed(db, tmp_path):
    rows = _taskforce_rows("Mill Hill", "Clifton", "City Library")
    assert len(rows) == 7  # Barnet and Blackburn; Bristol, Salford and York; Bradford and Newcastle
    result = _import(db, _write(tmp_path / "libraries.csv", rows))
    assert result.created == 7 and result.duplicates_in_file == 0
    assert len(_spaces(db, "Mill Hill")) == 2 and len(_spaces(db, "Clifton")) == 3
    towns = sorted(s.address["postcode"] for s in _spaces(db, "City Library"))
    assert towns == ["BD1 1SD", "NE1 8AX"]
    pairs = {(d.name, d.reason) for d in result.possible_duplicates}
    assert pairs == {
        ("Mill Hill", "same name, another postcode"),
        ("Clifton", "same name, another postcode"),
        ("City Library", "same name, another postcode"),
    }
    mill = next(d for d in result.possible_duplicates if d.name == "Mill Hill")
    assert "BB2 4DT" in mill.address and "NW7 2HX" in mill.record_address  # both addresses, side by side
    shape = result.as_json()["possible_duplicates"]
    assert {"row", "name", "address", "id", "other_row", "other_id", "other_address", "reason"} <= set(
        shape[0]
    )


def test_a_true_repeat_row_still_merges(db, tmp_path):
    rows = _taskforce_rows("Mill Hill")
    result = _import(db, _write(tmp_path / "repeat.csv", [rows[0], rows[1], rows[0]]))
    assert result.created == 2 and result.duplicates_in_file == 1
    assert len(_spaces(db, "Mill Hill")) == 2


def test_same_name_and_postcode_with_odd_spacing_and_case_merges_into_the_record_here(db, tmp_path):
    (row,) = _taskforce_rows("Brotherton Library") or _taskforce_rows("Hoyland")
    _import(db, _write(tmp_path / "first.csv", [row]))
    changed = [row[0], row[1].upper() + "  ", row[2], row[3].replace(" ", "").lower(), row[4]]
    again = _import(db, _write(tmp_path / "second.csv", [changed]))
    assert again.created == 0 and again.updated + again.unchanged == 1 and len(again.duplicates) == 1
    assert again.duplicates[0].reason == "same name and postcode"


def test_same_name_and_postcode_but_another_street_is_only_a_possible_duplicate(db, tmp_path):
    # libraries_raw.csv: Newhaven Library at 16 High Street closed; the new one is at 36-38.
    rows = _raw_rows("Newhaven Library")
    assert len(rows) == 2 and rows[0][3] == rows[1][3] == "BN9 9PD"
    result = _import(db, _write(tmp_path / "newhaven.csv", rows))
    assert result.created == 2 and result.duplicates_in_file == 0
    assert [d.reason for d in result.possible_duplicates] == ["same name and postcode, another street"]
    # Hoyland: the same name, postcode and street twice is one library.
    hoyland = _import(db, _write(tmp_path / "hoyland.csv", _raw_rows("Hoyland")))
    assert hoyland.created == 1 and hoyland.duplicates_in_file == 1


def test_a_similar_name_at_the_same_postcode_is_only_a_possible_duplicate(db, tmp_path):
    rows = _taskforce_rows("Smithybridge Library", "Smallbridge Library")
    result = _import(db, _write(tmp_path / "rochdale.csv", rows))
    assert result.created == 2
    assert [d.reason for d in result.possible_duplicates] == ["similar name, same postcode"]


def test_without_a_postcode_a_near_identical_name_needs_the_same_town_and_street(db, tmp_path):
    header = ["Name", "Address", "Town", "Postcode"]
    (mill,) = [r for r in _taskforce_rows("Mill Hill") if r[3].startswith("NW7")]
    _import(db, _write(tmp_path / "one.csv", [["Mill Hill", "Hartley Avenue", "London", mill[3]]], header))
    same = _import(
        db, _write(tmp_path / "two.csv", [["Mill Hill Library", "Hartley Avenue", "London", ""]], header)
    )
    # "Mill Hill" and "Mill Hill Library" are not near-identical: kept apart, listed.
    assert same.created == 1 and same.possible_duplicates == []
    near = _import(
        db, _write(tmp_path / "three.csv", [["Mill Hill.", "Hartley Avenue", "London", ""]], header)
    )
    assert near.created == 0 and near.duplicates[0].reason == "same name, town and street"
    elsewhere = _import(
        db, _write(tmp_path / "four.csv", [["Mill Hill", "New Chapel Street", "Blackburn", ""]], header)
    )
    assert elsewhere.created == 1
    assert [d.reason for d in elsewhere.possible_duplicates] == ["same name, no postcode to compare"]


def test_a_person_can_merge_a_possible_duplicate_by_choosing_it(db, tmp_path):
    rows = _taskforce_rows("Mill Hill")
    path = _write(tmp_path / "mill.csv", rows)
    result = import_file(db, path, record_type="space", defaults={"category": "public"}, choices={3: "merge"})
    assert result.created == 1 and len(_spaces(db, "Mill Hill")) == 1


def test_the_same_osm_id_matches_and_two_osm_objects_never_fuse(db):
    path = REALDATA / "osm-isle-of-man" / "places-of-worship.geojson"
    first = import_file(db, path)
    again = import_file(db, path)
    assert again.created == 0 and all(d.reason == "same osm id" for d in again.duplicates)
    assert stats(db)["spaces"] == first.created


def test_the_same_org_id_is_one_group_and_different_charity_numbers_never_fuse(db, tmp_path):
    header = ["Name", "Charity number", "Postcode"]
    path = _write(
        tmp_path / "groups.csv",
        [
            ["Music in Secondary Schools Trust", "1151662", "W1A 1AA"],
            ["Music in Secondary Schools Trust", "1151663", "W1A 1AA"],
            ["MiSST", "1151662", ""],
        ],
        header,
    )
    result = import_file(db, path, record_type="group")
    assert result.created == 2 and result.duplicates_in_file == 1
    with db.read() as session:
        numbers = sorted(g.charity_number for g in session.scalars(select(Group)))
    assert numbers == ["1151662", "1151663"]


def test_libraries_raw_without_a_header_or_mapping_keeps_both_mill_hills(db):
    result = import_file(db, RAW, record_type="space", defaults={"category": "civic"})
    # No --skip-invalid: bad web addresses and postcodes are warnings, not refusals.
    assert result.committed and result.failed == 0
    assert result.created >= 2985 and len(_spaces(db, "Mill Hill")) == 2
    assert any(d.name == "Mill Hill" for d in result.possible_duplicates)


def test_a_uprn_column_is_evidence_both_ways(db, tmp_path):
    header = ["Name", "Postcode", "UPRN"]
    rows = [["Oakwood Library", "LS8 2PF", "72149385"], ["Oakwood Library", "LS8 2PF", "72149999"]]
    result = _import(db, _write(tmp_path / "uprn.csv", rows, header))
    # Two properties at one postcode with one name are two places: their UPRNs differ.
    assert result.created == 2 and result.duplicates_in_file == 0
    moved = _import(db, _write(tmp_path / "moved.csv", [["Oakwood Branch Library", "", "72149385"]], header))
    assert moved.created == 0 and moved.duplicates[0].reason == "same uprn id"
    assert {s.external_ids["uprn"] for s in _spaces(db, "Oakwood Library")} == {"72149385", "72149999"}


def test_bad_optional_cells_of_a_group_are_left_out_and_strict_refuses_them(db, tmp_path):
    header = ["Name", "Charity number", "Email", "Phone", "Website"]
    rows = [
        ["Chapeltown Choir", "None", "choir at example", "12", "As above"],
        [
            "Harehills Allotment Society",
            "1151662",
            "hello@example.org",
            "0113 496 0000",
            "http:/www.example.org",
        ],
        ["", "1234567", "", "", ""],
    ]
    path = _write(tmp_path / "groups.csv", rows, header)
    strict = import_file(db, path, record_type="group", strict=True)
    assert not strict.committed and strict.failed == 3 and stats(db)["groups"] == 0
    result = import_file(db, path, record_type="group")
    # Only the row without a name is refused; it stops the import until it is skipped.
    assert not result.committed and result.failed == 1 and result.failures[0].row == 4
    result = import_file(db, path, record_type="group", skip_invalid=True)
    assert result.committed and result.created == 2
    columns = {(w.row, w.column) for w in result.warnings}
    assert {(2, "Charity number"), (2, "Email"), (2, "Phone"), (2, "Website"), (3, "Website")} <= columns
    assert any(w.message == "“None” is not a charity number (left out)" for w in result.warnings)
    with db.read() as session:
        groups = {g.name: g for g in session.scalars(select(Group))}
    choir = groups["Chapeltown Choir"]
    assert (
        choir.charity_number == ""
        and choir.contact == {}
        and choir.website == ""
        and choir.kind == "informal"
    )
    society = groups["Harehills Allotment Society"]
    assert society.kind == "charity" and society.website == "http://www.example.org"
