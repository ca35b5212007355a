"""Importing the real, messy files (tests/fixtures/realdata): counts, bad rows reported, re-imports update."""

from __future__ import annotations

import hashlib

import pytest
from sqlalchemy import select

from civicdesk.db.models import Group, Meeting, Space
from civicdesk.errors import CivicDeskError
from civicdesk.interop.files import import_file
from civicdesk.interop.mapping import ColumnMapping, Mapping
from civicdesk.services.overview import stats
from tests.realdata import REALDATA

LIBRARIES = REALDATA / "england-libraries-taskforce"
LIBRARY = {"category": "public", "subtype": "library"}


def _bad_rows(result) -> set[int]:
    return {p.row for p in result.failures}


@pytest.mark.slow
def test_libraries_taskforce_csv_keeps_every_library_and_reimport_updates(db):
    result = import_file(
        db, LIBRARIES / "taskforce.csv", record_type="space", defaults=LIBRARY, skip_invalid=True
    )
    assert result.committed
    # 3,034 rows, no two with the same name and postcode: 3,034 libraries. The 46 names that repeat
    # elsewhere in England (Mill Hill, Clifton, City Library …) are listed, not merged.
    assert (result.created, result.failed, result.duplicates_in_file) == (3034, 0, 0)
    assert len(result.possible_duplicates) >= 46
    assert result.summary().startswith("Imported from taskforce.csv: 3,034 new")
    lines = [p.line() for p in result.warnings]
    assert (
        "taskforce.csv: row 905, Postcode: “C013 9DA” read as CO13 9DA (letter O and zero told apart)"
    ) in lines
    assert (
        "taskforce.csv: row 1111, URL of library website: “As above” is not a web address "
        "(for example https://example.org) (left out)"
    ) in lines
    # The columns with nowhere to go are said, not silently dropped.
    assert result.warnings[0].line().startswith("taskforce.csv: not imported (no field chosen for them): ")
    assert "“Contact email”" in result.warnings[0].line()
    assert stats(db)["spaces"] == 3034
    with db.read() as session:
        fulford = session.scalars(select(Space).where(Space.name.like("Fulford%"))).first()
        hull = session.scalars(select(Space).where(Space.address["postcode"].as_string() == "HU18 1PA")).all()
    assert "‰Û" not in fulford.name + " ".join(fulford.address.get("lines", []))  # mojibake repaired
    assert len(hull) == 1  # "HU 18 1PA": a valid postcode typed with a space too many

    again = import_file(
        db, LIBRARIES / "taskforce.csv", record_type="space", defaults=LIBRARY, skip_invalid=True
    )
    assert (again.created, again.updated, again.unchanged) == (0, 0, 3034)
    assert again.possible_duplicates == [] and stats(db)["spaces"] == 3034


def test_libraries_raw_csv_without_header_imports_with_a_saved_mapping(db, tmp_path):
    mapping = Mapping(
        "space",
        {
            "Column 1": ColumnMapping("operator"),
            "Column 2": ColumnMapping("name"),
            "Column 3": ColumnMapping("address.lines"),
            "Column 4": ColumnMapping("address.postcode", ["trim", "postcode_fix"]),
            "Column 16": ColumnMapping("website", ["trim", "first_url"]),
        },
        defaults=dict(LIBRARY),
        header=False,
    )
    saved = tmp_path / "libraries.json"
    mapping.save(saved)
    result = import_file(
        db, LIBRARIES / "libraries_raw.csv", mapping=Mapping.load(saved), skip_invalid=True, dry_run=True
    )
    assert not result.committed and stats(db)["spaces"] == 0
    assert result.created + result.duplicates_in_file + result.failed == 3269
    # The O/0 fix rescues NE27 OHJ and C013 9DA; what remains wrong is reported by row and column.
    assert all(p.column in ("Column 4", "Column 16", "Column 2") for p in result.failures)
    assert result.failed < 60


def test_isle_of_man_places_of_worship_csv_then_geojson_are_the_same_94_spaces(db):
    from_csv = import_file(db, REALDATA / "osm-isle-of-man" / "places-of-worship.csv")
    assert from_csv.created == 94  # 97 rows, 3 without a name left out and said so
    assert any("3 rows without a name" in w.message for w in from_csv.warnings)
    from_geojson = import_file(db, REALDATA / "osm-isle-of-man" / "places-of-worship.geojson")
    assert from_geojson.created == 0 and from_geojson.updated + from_geojson.unchanged == 94
    assert "© OpenStreetMap contributors" in from_geojson.attribution
    with db.read() as session:
        spaces = list(session.scalars(select(Space)))
    assert len(spaces) == 94
    assert all(
        s.category == "religious" and s.external_ids["osm"].split("/")[0] in ("node", "way") for s in spaces
    )
    assert all("© OpenStreetMap contributors" in s.tags for s in spaces)
    # Buildings are closed LineStrings: their centre point lands on the island.
    assert all(54.0 < s.latitude < 54.5 and -5 < s.longitude < -4 for s in spaces)
    wat = next(s for s in spaces if s.name == "Wat Thai, Isle of Man")
    assert wat.subtype == "temple" and wat.address["postcode"] == "IM4 6AP"


def test_leeds_osm_xml_maps_tags_to_categories_and_reimport_updates(db):
    path = REALDATA / "osm-leeds-chapeltown" / "chapeltown-harehills.osm"
    first = import_file(db, path)
    assert first.committed and first.created >= 40
    with db.read() as session:
        spaces = {s.name: s for s in session.scalars(select(Space))}
    assert spaces["Potternewton Park"].category == "outdoors"
    assert spaces["Little London Community Centre"].category == "civic"
    assert spaces["Oakwood Library"].category == "public"
    assert any(s.category == "religious" and s.subtype == "mosque" for s in spaces.values())
    assert all(s.external_ids["osm"].startswith(("node/", "way/", "relation/")) for s in spaces.values())
    again = import_file(db, path)
    assert again.created == 0 and again.updated + again.unchanged == first.created
    assert stats(db)["spaces"] == first.created


def test_potternewton_extract_with_missing_nodes_imports_the_park(db):
    result = import_file(db, REALDATA / "osm-leeds-chapeltown" / "potternewton-park.osm")
    with db.read() as session:
        park = session.scalars(select(Space).where(Space.name == "Potternewton Park")).one()
    assert result.created >= 2 and park.latitude == pytest.approx(53.82, abs=0.01)


@pytest.mark.parametrize(
    "name",
    [
        "oruk-profile-examples/csv",
        "oruk-profile-examples/json/service_full.json",
        "oruk-profile-examples/json/organization_full.json",
        "oruk-profile-examples/json/service_at_location_full.json",
        "hsds3-examples/csv",
        "hsds3-examples/json/tabular.json",
        "hsds3-examples/json/service_full.json",
        "hsds3-examples/json/organization_full.json",
    ],
)
def test_open_referral_examples_import_with_their_defects_reported(db, name):
    result = import_file(db, REALDATA / name)
    assert result.committed
    assert stats(db)["groups"] == 1 and stats(db)["spaces"] == 1
    messages = " | ".join(p.line() for p in result.warnings)
    assert "latitude must be between -90 and 90" in messages
    with db.read() as session:
        group = session.scalars(select(Group)).one()
        space = session.scalars(select(Space)).one()
    assert group.name == "Example Organization Inc." and "Community Counselling" in group.activities
    assert space.latitude is None and space.external_ids["oruk"] == "3a19ff88-4620-4d17-9830-ac1d859eb5d5"
    if name.endswith("csv"):
        assert "quotes around" in messages and "matches no organization" in messages
        with db.read() as session:
            meeting = session.scalars(select(Meeting)).one()
        assert meeting.schedule["days"] == ["thu", "fri"] and meeting.schedule["start"] == "10:00"
        assert group.contact["phone"]  # "+44 1234 234567" without its stray quotes


def test_a_paged_service_list_imports_its_organisation(db):
    result = import_file(db, REALDATA / "oruk-profile-examples" / "json" / "service_list.json")
    assert result.committed and result.created == 1
    with db.read() as session:
        assert session.scalars(select(Group)).one().activities == ["Community Counselling"]


@pytest.mark.parametrize("name", ["taxonomy", "taxonomy_list", "taxonomy_term", "taxonomy_term_list"])
def test_open_referral_taxonomy_files_are_not_taken_for_organisations(db, name):
    with pytest.raises(CivicDeskError, match="no organisations or locations found to import"):
        import_file(db, REALDATA / "oruk-profile-examples" / "json" / f"{name}.json")
    assert stats(db)["groups"] == 0 and stats(db)["spaces"] == 0


def test_open_referral_reimport_updates_instead_of_duplicating(db):
    import_file(db, REALDATA / "oruk-profile-examples" / "csv")
    again = import_file(db, REALDATA / "hsds3-examples" / "csv")
    assert again.created == 0
    assert stats(db)["groups"] == 1 and stats(db)["spaces"] == 1 and stats(db)["meetings"] == 1


def test_360giving_xlsx_imports_recipients_as_registered_groups_without_being_refused(db):
    source = REALDATA / "360giving-alwf" / "alwf-grants-since-2011.xlsx"
    result = import_file(db, source, record_type="group")
    # 475 grants to 288 recipients, the same recipient recognised by its org-id; no row refused.
    assert result.committed and (result.created, result.failed) == (288, 0)
    assert result.duplicates_in_file == 475 - 288
    us = [p for p in result.warnings if "US-EIN" in p.message]
    assert {p.row for p in us} == {11, 38, 49, 90, 169, 181}
    assert us[0].line() == (
        "alwf-grants-since-2011.xlsx: row 11, Recipient Org:Charity Number: “13-3458820” is a US-EIN "
        "number, not a UK charity number: kept as the identifier US-EIN-13-3458820"
    )
    with db.read() as session:
        groups = {g.name: g for g in session.scalars(select(Group))}
    broadway = groups["Broadway Cares"]
    assert broadway.charity_number == "" and broadway.external_ids == {"org-id": "US-EIN-13-3458820"}
    assert broadway.kind != "charity"
    assert sum(g.kind == "charity" for g in groups.values()) >= 200
    assert all(g.charity_number for g in groups.values() if g.kind == "charity")
    companies = [g for g in groups.values() if g.kind == "company"]
    assert companies and all(g.company_number and not g.charity_number for g in companies)
    assert all(g.charity_number.upper() != "NONE" for g in groups.values())  # "None" is no number
    again = import_file(db, source, record_type="group")
    assert again.created == 0 and stats(db)["groups"] == 288


def test_a_bad_row_without_skip_leaves_the_database_byte_identical(db, db_path):
    import_file(db, REALDATA / "osm-isle-of-man" / "places-of-worship.csv")
    db.dispose()
    before = hashlib.sha256(db_path.read_bytes()).hexdigest()
    result = import_file(db, LIBRARIES / "taskforce.csv", record_type="space", defaults=LIBRARY, strict=True)
    # --strict: the 47 bad web addresses and postcodes refuse their rows, so nothing is written
    # ("HU 18 1PA" is a postcode with a space too many, not a bad one).
    assert not result.committed and result.failed == 47 and result.created == 0
    assert result.summary().startswith("Nothing was imported from taskforce.csv: 47 rows have problems")
    db.dispose()
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before


def test_without_strict_the_taskforce_file_imports_with_warnings(db):
    result = import_file(db, LIBRARIES / "taskforce.csv", record_type="space", defaults=LIBRARY)
    assert result.committed and result.failed == 0 and result.created == 3034
    notes, failures = result.problem_lines()
    assert failures == []
    assert any(
        line.startswith("taskforce.csv: 38 rows, URL of library website: “…” is not a web address")
        for line in notes
    )


def test_leeds_unnamed_playgrounds_and_pitches_are_named_from_tag_and_street(db):
    result = import_file(db, REALDATA / "osm-leeds-chapeltown" / "chapeltown-harehills.osm")
    with db.read() as session:
        by_osm = {s.external_ids["osm"]: s for s in session.scalars(select(Space))}
    # Checked by hand against the tags and the map: way 178357020 is leisure=pitch, sport=soccer,
    # unnamed, beside St Wilfrid's Circus; way 185905408 an unnamed playground off Mexborough Road.
    assert by_osm["way/178357020"].name == "Football pitch, St Wilfrids Circus"
    assert by_osm["way/185905408"].name == "Playground, Mexborough Road"
    assert by_osm["way/15349618"].name == "Park, Leicester Place"
    assert all(by_osm[k].category == "outdoors" for k in ("way/178357020", "way/185905408", "way/15349618"))
    assert by_osm["way/84749523"].category == "public"  # Brotherton Library, the university's
    assert by_osm["node/1725331943"].category == "private"  # Tesco express, shop=convenience
    assert by_osm["node/1725331943"].opening_hours["sun"] == [["06:00", "23:00"]]
    assert by_osm["way/146905028"].opening_hours["mon"] == [["09:00", "21:00"]]  # "09:00-21:00": daily
    assert "way/146810060" not in by_osm  # shop=car: nobody meets in a car showroom
    assert "node/325227181" not in by_osm  # an unnamed place of worship is still left out
    assert any("features without a name were left out" in w.message for w in result.warnings)


def test_osm_opening_hours_to_midnight_and_24_7_are_valid(db):
    from civicdesk.interop.osm import candidate_from_tags, opening_hours
    from civicdesk.services.spaces import SpaceService

    assert opening_hours("Mo-Su 18:00-24:00")["fri"] == [["18:00", "24:00"]]
    assert opening_hours("24/7")["sun"] == [["00:00", "24:00"]]
    tags = {
        "amenity": "library",
        "name": "Edward Boyle Library",
        "operator": "University of Leeds",
        "opening_hours": "Mo-Fr 08:00-24:00",
    }
    candidate = candidate_from_tags(1, "way", "1", tags, 53.8, -1.55)
    assert candidate.values["category"] == "public" and candidate.values["subtype"] == "university library"
    space = SpaceService(db).create(candidate.values)
    assert space.opening_hours["mon"] == [["08:00", "24:00"]]
    school = candidate_from_tags(
        2, "node", "2", {"amenity": "library", "name": "Carr Manor School Library"}, None, None
    )
    assert school.values["category"] == "public" and school.values["subtype"] == "school library"
    bakery = candidate_from_tags(3, "node", "3", {"shop": "bakery", "name": "Bakery 164"}, None, None)
    assert (bakery.values["category"], bakery.values["subtype"]) == ("private", "bakery")
