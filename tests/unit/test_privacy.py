"""A volunteer's rights: see everything held, be erased for good (everywhere), not be kept forever."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import func, select

from civicdesk.core.consent import district_address, postcode_district
from civicdesk.core.record_writer import RecordWriter
from civicdesk.core.site_record import ensure_site
from civicdesk.db.models import ChangeLog, Conflict, Loan, Person, Role
from civicdesk.errors import CivicDeskError, NotFoundError, ValidationError
from civicdesk.reports import subject_access as sar_files
from civicdesk.services import erasure, retention, subject_access
from civicdesk.services.groups import GroupService
from civicdesk.services.people import PersonService, RoleService
from civicdesk.services.search import SearchService
from civicdesk.services.tools import ToolService
from civicdesk.sync.export import build_bundle
from civicdesk.sync.receive import BundleImporter
from tests.unit.sync_helpers import make_site, snapshot

CONSENT = {"given": True, "on": "2026-01-05", "how": "form", "recorded_by": "Sec"}
ADDRESS = {"lines": ["12 Mill Lane"], "locality": "", "town": "Westminster", "postcode": "SW1A 1AA"}


@pytest.fixture
def hall(tmp_path):
    return make_site(tmp_path / "hall.sqlite3", "Chapel Street Hall")


@pytest.fixture
def tenants(tmp_path):
    return make_site(tmp_path / "tenants.sqlite3", "Tenants' Association")


def _aisha(db, **changes):
    values = {"name": "Aisha Khan", "email": "aisha@example.org", "phone": "0113 496 0000",
              "address": ADDRESS, "notes": "Allergic to nuts", "consent_bundles": CONSENT,
              "consent_directory": CONSENT, "safeguarding": {"dbs_type": "enhanced",
                                                             "issued_on": "2022-01-01",
                                                             "renewal_due": "2025-01-01"}}
    return PersonService(db, author="Sec").create({**values, **changes})


def _history(db, record_id):
    with db.read() as session:
        return list(session.scalars(select(ChangeLog).where(ChangeLog.record_id == record_id)))


# -- consent -----------------------------------------------------------------------------------
def test_a_withdrawal_is_recorded_with_its_date_how_and_who(db):
    ensure_site(db)
    person = _aisha(db)
    withdrawn = {"given": False, "on": "2026-03-01", "how": "email", "recorded_by": "Sec"}
    PersonService(db).update(person.id, {"consent_directory": withdrawn})
    assert PersonService(db).get(person.id).consent_directory == withdrawn
    with pytest.raises(ValidationError, match="date consent was withdrawn"):
        PersonService(db).update(person.id, {"consent_email": {"given": False, "how": "verbal",
                                                               "recorded_by": "Sec"}})


# -- finding ----------------------------------------------------------------------------------
def test_a_person_is_found_by_id_or_exact_name_and_an_ambiguous_name_lists_the_ids(db):
    ensure_site(db)
    first = _aisha(db)
    assert subject_access.find_person(db, "Aisha Khan") == first.id
    assert subject_access.find_person(db, first.id) == first.id
    second = _aisha(db, email="other@example.org")
    with pytest.raises(CivicDeskError, match="2 people are called “Aisha Khan”") as info:
        subject_access.find_person(db, "Aisha Khan")
    assert first.id in str(info.value) and second.id in str(info.value)
    with pytest.raises(NotFoundError, match="no person with the id or exact name “aisha”"):
        subject_access.find_person(db, "aisha")


# -- subject access ----------------------------------------------------------------------------
def test_subject_access_holds_fields_roles_consents_loans_and_history(db, tmp_path):
    ensure_site(db)
    person = _aisha(db)
    group = GroupService(db).create({"name": "Mill Lane Allotments"})
    RoleService(db).create({"person_id": person.id, "group_id": group.id, "role": "treasurer",
                            "since": "2024-04-01"})
    drill = ToolService(db).create({"name": "Cordless drill", "kind": "shared kit"})
    with db.write() as session:
        RecordWriter(session).create(Loan, {"tool_id": drill.id, "out_on": "2026-02-01",
                                            "borrower": {"person_id": person.id, "name": "Aisha Khan"}})
    PersonService(db, author="Sec").update(person.id, {"phone": "0113 496 0999"})

    data = subject_access.subject_access(db, person.id)
    assert data["person"]["email"] == "aisha@example.org" and data["person"]["phone"] == "0113 496 0999"
    assert data["consents"]["bundles"] == CONSENT and data["consents"]["email"] == {}
    assert data["roles"] == [{"group_id": group.id, "group_name": "Mill Lane Allotments", "role": "treasurer",
                              "since": "2024-04-01", "until": None, "deleted": False}]
    assert data["loans"][0]["tool_name"] == "Cordless drill"
    assert [(h["action"], h["field"]) for h in data["history"]] == [("create", ""), ("update", "phone")]
    assert data["history"][1]["old_value"] == "0113 496 0000"

    json_path, pdf_path = sar_files.write_subject_access(
        db, "Aisha Khan" and person.id, tmp_path / "aisha.pdf")
    assert (json_path.name, pdf_path.name) == ("aisha.json", "aisha.pdf")
    assert json.loads(json_path.read_text(encoding="utf-8"))["person"]["name"] == "Aisha Khan"
    assert pdf_path.read_bytes().startswith(b"%PDF")


# -- erasure -----------------------------------------------------------------------------------
def test_erasure_blanks_tombstones_ends_roles_and_purges_history(db):
    ensure_site(db)
    person = _aisha(db)
    group = GroupService(db).create({"name": "Mill Lane Allotments"})
    RoleService(db).create({"person_id": person.id, "group_id": group.id, "role": "chair"})
    drill = ToolService(db).create({"name": "Drill", "kind": "shared kit",
                                    "holder": {"person_id": person.id, "name": "Aisha Khan"}})
    PersonService(db).update(person.id, {"phone": "0113 496 0999"})
    with db.write() as session:
        session.add(Conflict(record_type="person", record_id=person.id, field="phone", kept_value="1",
                             kept_clock="x", other_value="0113 496 0000", other_clock="y", detected_at="now"))

    result = erasure.erase(db, person.id, author="Sec")
    assert not result.already and result.roles_ended == 1 and result.kit_records_blanked == 1
    with db.read() as session:
        stored = session.get(Person, person.id)
        assert stored.erased and stored.deleted
        assert (stored.name, stored.email, stored.phone, stored.address, stored.notes) == ("", "", "", {}, "")
        assert stored.safeguarding == {}
        assert session.scalars(select(Role)).one().deleted
        assert session.scalar(select(func.count()).select_from(Conflict)) == 0
        dump = json.dumps([(c.old_value, c.new_value) for c in session.scalars(select(ChangeLog))])
    assert "Aisha" not in dump and "0113 496" not in dump and "aisha@" not in dump
    assert [h.action for h in _history(db, person.id)] == ["erase"]
    assert ToolService(db).get(drill.id).holder == {"person_id": person.id}
    assert not SearchService(db).search("Aisha")
    assert erasure.erase(db, person.id).already  # a second erasure changes nothing


def test_anonymising_keeps_only_the_town_and_postcode_district(db):
    ensure_site(db)
    person = _aisha(db)
    erasure.anonymise(db, person.id)
    stored = PersonService(db).get(person.id, include_deleted=True)
    assert stored.erased and stored.address == {"town": "Westminster", "postcode": "SW1A"}
    assert postcode_district("m1 1ae") == "M1" and postcode_district("SW1A") == "SW1A"
    assert district_address({"lines": ["1 A St"], "postcode": ""}) == {}


def test_an_erasure_survives_a_round_trip_with_a_group_that_still_has_the_old_record(hall, tenants):
    person = _aisha(hall)
    BundleImporter(tenants).apply(build_bundle(hall).data, backup=False)
    # The tenants edit her (so their copy is newer in places) before hearing of the erasure.
    PersonService(tenants).update(person.id, {"availability": "weekends"})
    stale = build_bundle(tenants).data  # still holds her full record
    erasure.erase(hall, person.id)

    BundleImporter(hall).apply(stale, backup=False)  # the old record comes back to the hall …
    stored = PersonService(hall).get(person.id, include_deleted=True)
    assert stored.erased and stored.deleted and stored.name == "" and stored.availability == ""

    BundleImporter(tenants).apply(build_bundle(hall).data, backup=False)  # … and the erasure travels
    theirs = PersonService(tenants).get(person.id, include_deleted=True)
    assert theirs.erased and theirs.deleted and theirs.name == "" and theirs.email == ""
    with tenants.read() as session:
        dump = json.dumps([(c.old_value, c.new_value) for c in session.scalars(select(ChangeLog))])
    assert "Aisha" not in dump and "aisha@" not in dump  # their history of her is purged too
    assert "erase" in {h.action for h in _history(tenants, person.id)}
    assert not SearchService(tenants).search("Aisha")
    with pytest.raises(NotFoundError):
        PersonService(tenants).get(person.id)
    for site in (hall, tenants):  # not even in the file's free space or search index
        raw = snapshot(site)
        assert b"aisha@example.org" not in raw and b"Mill Lane" not in raw and b"aisha" not in raw.lower()


# -- retention ---------------------------------------------------------------------------------
def test_retention_lists_inactive_expired_and_deleted_people_with_their_reasons(db):
    ensure_site(db)
    expired = _aisha(db)
    quiet = _aisha(db, name="Quiet Person", safeguarding={}, consent_directory={}, consent_bundles={})
    active = _aisha(db, name="Busy Person", safeguarding={})
    gone = _aisha(db, name="Gone Person", safeguarding={})
    group = GroupService(db).create({"name": "Club"})
    RoleService(db).create({"person_id": active.id, "group_id": group.id, "role": "chair"})
    PersonService(db).delete(gone.id)

    # Five years on, with the default three-year period.
    report = retention.retention_report(db, today=date(2031, 6, 1))
    reasons = {p.name: p.reasons for p in report.people}
    assert report.retention_years == 3 and report.inactive_before == "2028-06-01"
    assert reasons == {"Aisha Khan": ["inactive", "safeguarding_expired"], "Quiet Person": ["inactive"],
                       "Gone Person": ["deleted"]}
    assert report.as_json()["counts"] == {"inactive": 2, "safeguarding_expired": 1, "deleted": 1}

    retention.set_retention_years(db, 10)
    assert retention.retention_years(db) == 10
    assert {p.name for p in retention.retention_report(db, today=date(2031, 6, 1)).people} == {
        "Aisha Khan", "Gone Person"}
    with pytest.raises(CivicDeskError, match="1 to 50"):
        retention.set_retention_years(db, 0)
    erasure.anonymise(db, quiet.id)
    assert expired.id in {p.id for p in retention.retention_report(db, today=date(2031, 6, 1)).people}
    later = retention.retention_report(db, today=date(2031, 6, 1), years=3)
    assert quiet.id not in {p.id for p in later.people}


def test_an_anonymised_person_keeps_the_district_when_an_old_copy_arrives(hall, tenants):
    person = _aisha(hall)
    BundleImporter(tenants).apply(build_bundle(hall).data, backup=False)
    stale = build_bundle(tenants).data
    erasure.anonymise(hall, person.id)
    BundleImporter(hall).apply(stale, backup=False)
    BundleImporter(tenants).apply(build_bundle(hall).data, backup=False)
    for site in (hall, tenants):
        stored = PersonService(site).get(person.id, include_deleted=True)
        assert stored.erased and stored.name == ""
        assert stored.address == {"town": "Westminster", "postcode": "SW1A"}
