"""Bundles between groups: deterministic, signed, consent-aware, idempotent, key-pinned."""

from __future__ import annotations

import base64
import io
import json
import zipfile

import pytest
from sqlalchemy import select

from civicdesk.core.keys import generate_keypair
from civicdesk.db.models import ChangeLog, Peer, Person, Site, Space
from civicdesk.errors import CivicDeskError
from civicdesk.services.people import PersonService
from civicdesk.services.search import SearchService
from civicdesk.services.spaces import SpaceService
from civicdesk.sync.bundle_format import open_bundle
from civicdesk.sync.export import build_bundle, export_bundle
from civicdesk.sync.limits import BundleError
from civicdesk.sync.receive import BundleImporter
from tests.unit.sync_helpers import forged, make_site, ndjson, snapshot, space_row, stamp

CONSENT = {"given": True, "on": "2026-01-05", "how": "form", "recorded_by": "Sec"}


@pytest.fixture
def hall(tmp_path):
    return make_site(tmp_path / "hall.sqlite3", "Chapel Street Hall")


@pytest.fixture
def tenants(tmp_path):
    return make_site(tmp_path / "tenants.sqlite3", "Tenants' Association")


def test_the_same_state_gives_the_same_bytes_and_the_layout_is_exact(village):
    first, second = build_bundle(village), build_bundle(village)
    assert first.data == second.data
    names = zipfile.ZipFile(io.BytesIO(first.data)).namelist()
    assert names[:3] == ["mimetype", "manifest.json", "manifest.sig"]
    assert names[3:] == sorted(names[3:]) and all(n.startswith("rows/") for n in names[3:])
    manifest = open_bundle(first.data).manifest
    assert manifest["members"]["rows/spaces.ndjson"]["rows"] == 40
    assert len(manifest["members"]["rows/spaces.ndjson"]["sha256"]) == 64


def test_a_full_bundle_moves_everything_and_importing_twice_changes_nothing(village, tenants):
    bundle = build_bundle(village).data
    preview = BundleImporter(tenants).preview(bundle)
    # The starter tool catalogue is already in every database, under the same ids.
    assert preview.new + preview.updated + preview.unchanged == build_bundle(village).rows
    assert preview.first_contact
    assert preview.new > 700
    assert SpaceService(tenants).count() == 0  # a dry run writes nothing
    applied = BundleImporter(tenants).apply(bundle)
    assert applied.new == preview.new and applied.backup is not None and applied.backup.exists()
    assert SpaceService(tenants).count() == 40
    assert SearchService(tenants).search("hall")  # merged records are searchable
    with tenants.read() as session:
        history = session.query(ChangeLog).count()
    again = BundleImporter(tenants).apply(bundle, backup=False)
    assert (again.new, again.updated, again.deleted, len(again.conflicts)) == (0, 0, 0, 0)
    with tenants.read() as session:
        assert session.query(ChangeLog).count() == history
        peer = session.scalars(select(Peer)).one()
        assert peer.public_key == village_key(village) and peer.seen_vector


def village_key(db):
    with db.read() as session:
        return session.scalars(select(Site)).one().public_key


def test_people_who_did_not_consent_never_leave_in_any_detail(hall, tenants):
    people = PersonService(hall)
    people.create(
        {
            "name": "Zenobia Quartermaine",
            "email": "zenobia.q@example.org",
            "phone": "0113 496 0777",
            "address": {"lines": ["17 Marigold Terrace"], "town": "Leeds", "postcode": "LS7 3AB"},
            "skills": ["bee keeping"],
            "notes": "prefers evenings",
        }
    )
    people.create({"name": "Aisha Khan", "email": "aisha@example.org", "consent_bundles": CONSENT})
    built = build_bundle(hall)
    plain = b"".join(open_bundle(built.data).members.values()) + built.data
    for secret in (
        b"Zenobia",
        b"Quartermaine",
        b"zenobia.q",
        b"496 0777",
        b"Marigold",
        b"LS7 3AB",
        b"bee keep",
    ):
        assert secret not in plain
    assert b"aisha@example.org" in plain
    assert built.withheld_people == 1 and built.shared_people == 1
    BundleImporter(tenants).apply(built.data)
    names = sorted(p.name for p in _people(tenants))
    assert names == ["Aisha Khan", "Z. Q."]
    # Their initials never overwrite the real name back home.
    BundleImporter(hall).apply(build_bundle(tenants).data)
    assert sorted(p.name for p in _people(hall)) == ["Aisha Khan", "Zenobia Quartermaine"]


def _people(db):
    with db.read() as session:
        return list(session.scalars(select(Person)))


def test_personal_data_is_not_written_unencrypted_unless_forced(hall, tmp_path):
    PersonService(hall).create({"name": "Aisha Khan", "consent_bundles": CONSENT})
    with pytest.raises(CivicDeskError, match="must be encrypted"):
        export_bundle(hall, tmp_path / "out.civicdesk")
    assert not (tmp_path / "out.civicdesk").exists()
    result = export_bundle(hall, tmp_path / "out.civicdesk", allow_unencrypted_personal=True)
    assert not result.encrypted and (tmp_path / "out.civicdesk").read_bytes().startswith(b"PK")


def test_edits_deletions_and_erasure_travel_and_erasure_cannot_be_undone(hall, tenants):
    spaces, people = SpaceService(hall), PersonService(hall)
    library = spaces.create({"name": "Library", "category": "civic"})
    old = spaces.create({"name": "Old Hall", "category": "civic"})
    ann = people.create({"name": "Ann Lee", "email": "ann@example.org", "consent_bundles": CONSENT})
    BundleImporter(tenants).apply(build_bundle(hall).data)
    spaces.update(library.id, {"description": "Open late on Thursdays"})
    spaces.delete(old.id)
    from civicdesk.core.consent import erased_values
    from civicdesk.core.record_writer import RecordWriter

    with hall.write() as session:
        RecordWriter(session).update(session.get(Person, ann.id), {**erased_values(), "erased": True})
    # Meanwhile the tenants edit Ann's phone: it must not bring her back.
    PersonService(tenants).update(ann.id, {"phone": "0113 496 0123"})
    summary = BundleImporter(tenants).apply(build_bundle(hall).data)
    assert summary.deleted == 2 and summary.updated >= 1  # the old hall, and Ann (erased = deleted too)
    assert SpaceService(tenants).get(library.id).description == "Open late on Thursdays"
    assert SpaceService(tenants).count() == 1
    erased = PersonService(tenants).get(ann.id, include_deleted=True)
    assert (
        erased.erased and erased.deleted and erased.name == "" and erased.phone == "" and erased.email == ""
    )
    BundleImporter(hall).apply(build_bundle(tenants).data)
    assert PersonService(hall).get(ann.id, include_deleted=True).phone == ""
    with tenants.read() as session:
        actions = set(session.scalars(select(ChangeLog.action).where(ChangeLog.record_id == library.id)))
    assert "merge" in actions


def test_unknown_fields_from_a_newer_schema_are_kept_and_sent_on(tenants, hall):
    row = space_row("Future Hall", solar_panels=True, extra={"heat_pump": {"kw": 7}})
    BundleImporter(tenants).apply(forged({"rows/spaces.ndjson": ndjson([row])}))
    with tenants.read() as session:
        stored = session.get(Space, row["id"])
        assert stored.extra == {"heat_pump": {"kw": 7}, "solar_panels": True}
    BundleImporter(hall).apply(build_bundle(tenants).data)
    line = open_bundle(build_bundle(hall).data).members["rows/spaces.ndjson"]
    assert json.loads(line)["extra"] == {"heat_pump": {"kw": 7}, "solar_panels": True}


def test_a_changed_key_stops_the_import(tenants):
    BundleImporter(tenants).apply(forged({"rows/spaces.ndjson": ndjson([space_row()])}))
    # Someone signs with another key while claiming to be the same group.
    private, public = generate_keypair()
    impostor = forged(
        {"rows/spaces.ndjson": ndjson([space_row()])},
        private_key=private,
        public_key=base64.b64encode(public).decode(),
    )
    before = snapshot(tenants)
    with pytest.raises(BundleError, match="signing key of “Forgers” has changed"):
        BundleImporter(tenants).apply(impostor)
    assert snapshot(tenants) == before


def test_the_local_clock_moves_past_what_it_imported(tenants):
    ahead = stamp(3_600_000)  # an hour fast: allowed, and our clock must not fall behind it
    row = space_row(clock=ahead)
    BundleImporter(tenants).apply(forged({"rows/spaces.ndjson": ndjson([row])}))
    with tenants.read() as session:
        assert session.scalars(select(Site)).one().hlc_last > ahead
    created = SpaceService(tenants).create({"name": "After", "category": "civic"})
    assert created.clock > ahead


def test_a_record_from_a_bundle_begins_its_history_with_the_sending_group_making_it(hall, tenants):
    made = SpaceService(hall).create({"name": "Chapel Street Hall", "category": "religious"})
    SpaceService(hall).update(made.id, {"description": "Tea on Tuesdays"})
    BundleImporter(tenants).apply(build_bundle(hall).data)
    history = SpaceService(tenants).history(made.id)
    assert [(h.action, h.author) for h in history] == [("create", "Chapel Street Hall")]
    assert history[0].at == made.created_at and history[0].new_value == {"name": "Chapel Street Hall"}
    # A later change arriving from them is told field by field.
    SpaceService(hall).update(made.id, {"description": "Tea on Tuesdays and Thursdays"})
    BundleImporter(tenants).apply(build_bundle(hall).data)
    later = SpaceService(tenants).history(made.id)
    assert [(h.action, h.field, h.author) for h in later] == [
        ("create", "", "Chapel Street Hall"),
        ("merge", "description", "Chapel Street Hall"),
    ]
    # At the hall, where it was made, its own history is unchanged: made on this computer.
    assert SpaceService(hall).history(made.id)[0].author == ""
