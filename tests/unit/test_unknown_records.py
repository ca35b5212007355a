"""What this version does not know is kept or refused, never dropped.

Unknown tables, clock names that are not a table's clock keys, rows for an erased person.
"""

from __future__ import annotations

import sqlite3

import pytest

from civicdesk.commands.bundle_preview import preview_lines
from civicdesk.core.clock import Stamp, wall_clock_ms
from civicdesk.db.ids import new_id
from civicdesk.services.erasure import erase
from civicdesk.services.people import PersonService
from civicdesk.sync import bundle_format as fmt
from civicdesk.sync.export import build_bundle
from civicdesk.sync.limits import BundleError
from civicdesk.sync.receive import BundleImporter
from tests.unit.sync_helpers import make_site, ndjson, signed_as, snapshot, space_row

PANELS = "rows/solar_panels.ndjson"


@pytest.fixture
def sites(tmp_path):
    hall = make_site(tmp_path / "hall.sqlite3", "Chapel Street Hall")
    kington = make_site(tmp_path / "kington.sqlite3", "Kington Residents' Association")
    return hall, kington, tmp_path


def partner_stamp(db, offset=0):
    return Stamp(wall_clock_ms() + offset, 0, _site_id(db)).encode()


def _site_id(db):
    from sqlalchemy import select

    from civicdesk.db.models import Site

    with db.read() as session:
        return session.scalars(select(Site)).one().site_id


def panels(db, count=2):
    site = _site_id(db)
    return [
        {"id": new_id(), "clock": Stamp(wall_clock_ms(), n, site).encode(),
         "created_at": "2027-01-01T00:00:00Z", "field_clocks": {}, "extra": {},
         "kilowatts": 3.5 + n, "space_id": new_id()}
        for n in range(count)
    ]


def test_records_of_an_unknown_table_are_shown_kept_and_passed_on_intact(sites):
    hall, kington, tmp_path = sites
    rows = panels(kington)
    member = ndjson(rows)
    space = space_row(clock=partner_stamp(kington))
    data = signed_as(kington, {PANELS: member, "rows/spaces.ndjson": ndjson([space])})

    preview = BundleImporter(hall).preview(data)
    assert preview.unknown_records == 2 and preview.as_json()["unknown_records"] == 2
    assert "  2 records of a kind this version does not know — kept and passed on" in preview_lines(preview)

    BundleImporter(hall).apply(data)
    onward = fmt.open_bundle(build_bundle(hall).data, None)
    assert onward.members[PANELS] == member  # byte for byte
    assert onward.manifest["members"][PANELS]["rows"] == 2

    # A third group that also does not know the table gets them from the hall, and passes them on too.
    third = make_site(tmp_path / "third.sqlite3", "Fox Lane Allotments")
    BundleImporter(third).apply(build_bundle(hall).data)
    assert fmt.open_bundle(build_bundle(third).data, None).members[PANELS] == member


def test_a_newer_copy_of_an_unknown_record_replaces_the_older_and_a_replay_does_not_lower_it(sites):
    hall, kington, _ = sites
    (row,) = panels(kington, 1)
    old = signed_as(kington, {PANELS: ndjson([row])})
    newer = dict(row, kilowatts=9.0, field_clocks={"kilowatts": partner_stamp(kington, 1000)})
    BundleImporter(hall).apply(old)
    BundleImporter(hall).apply(signed_as(kington, {PANELS: ndjson([newer])}))
    BundleImporter(hall).apply(signed_as(kington, {PANELS: ndjson([dict(row, extra={})])}, vector={}))
    assert fmt.open_bundle(build_bundle(hall).data, None).members[PANELS] == ndjson([newer])


def test_an_unknown_table_with_a_bad_row_is_refused_and_nothing_is_kept(sites):
    hall, kington, _ = sites
    bad = panels(kington, 1)[0] | {"clock": "yesterday"}
    before = snapshot(hall)
    with pytest.raises(BundleError, match=r"solar_panels.ndjson line 1 .*clock is not a clock stamp"):
        BundleImporter(hall).apply(signed_as(kington, {PANELS: ndjson([bad])}))
    assert snapshot(hall) == before


def test_a_field_clock_for_a_field_clocked_with_its_group_is_refused_with_the_field_named(sites):
    hall, kington, _ = sites
    row = space_row(latitude=52.2, longitude=-3.0, clock=partner_stamp(kington),
                    field_clocks={"latitude": partner_stamp(kington, 10)})
    before = snapshot(hall)
    refusal = "field_clocks names 'latitude', which is clocked with its group 'location'"
    with pytest.raises(BundleError, match=refusal):
        BundleImporter(hall).apply(signed_as(kington, {"rows/spaces.ndjson": ndjson([row])}))
    assert snapshot(hall) == before


def person_row(db_path, person_id):
    con = sqlite3.connect(db_path)
    try:
        return con.execute("SELECT * FROM people WHERE id = ?", (person_id,)).fetchone()
    finally:
        con.close()


def test_an_erased_person_takes_nothing_but_the_tombstone_from_a_partners_row(sites):
    hall, kington, _ = sites
    consent = {"given": True, "on": "2026-01-01", "how": "form"}
    person = PersonService(hall).create({"name": "Abbie Harris", "consent_bundles": consent,
                                         "address": {"town": "Kington", "postcode": "HR5 3AA"}})
    BundleImporter(kington).apply(build_bundle(hall).data)  # they have been shown her
    erase(hall, person.id)
    erased_row = person_row(hall.path, person.id)
    later = partner_stamp(kington, 5000)
    row = {
        "id": person.id, "created_at": "2001-01-01T00:00:00.000Z", "clock": later,
        "field_clocks": {}, "extra": {}, "name": "Abbie Harris", "erased": False, "deleted": False,
        "address": {"town": "Presteigne", "postcode": "LD8 2AA"},
        "consent_directory": consent, "consent_bundles": consent,
    }
    summary = BundleImporter(hall).apply(signed_as(kington, {"rows/people.ndjson": ndjson([row])}))
    assert summary.changes == 0 and not summary.proposals
    assert person_row(hall.path, person.id) == erased_row

