"""A partner cannot delete or overwrite a record its bundle shows it has never seen: it is asked."""

from __future__ import annotations

import base64

import pytest
from sqlalchemy import select

from civicdesk.core.clock import Stamp, wall_clock_ms
from civicdesk.db.models import Site
from civicdesk.services.conflicts import ConflictService
from civicdesk.services.spaces import SpaceService
from civicdesk.sync import proposals
from civicdesk.sync.export import build_bundle
from civicdesk.sync.receive import BundleImporter
from tests.unit.sync_helpers import forged, make_site, ndjson, space_row

KINGTON = "Kington Residents' Association"


def keys_of(db):
    with db.read() as session:
        site = session.scalars(select(Site)).one()
        return site.site_id, site.private_key, site.public_key


def as_partner(partner, rows, vector=None):
    """A bundle of these rows, signed with the partner's own key (as a forger holding it could)."""
    site_id, private, public = keys_of(partner)
    now = Stamp(wall_clock_ms(), 0, site_id).encode()
    return forged(
        {"rows/spaces.ndjson": ndjson(rows)},
        private_key=private,
        origin={"site_id": site_id, "group_name": KINGTON},
        public_key=base64.b64encode(public).decode(),
        vector=vector if vector is not None else {site_id: now},
        created_at=now,
    )


@pytest.fixture
def sites(tmp_path):
    hall = make_site(tmp_path / "hall.sqlite3", "Chapel Street Hall")
    kington = make_site(tmp_path / "kington.sqlite3", KINGTON)
    SpaceService(kington).create({"name": "Kington Community Centre", "category": "civic"})
    BundleImporter(hall).apply(build_bundle(kington).data)  # their key is pinned here
    fox = SpaceService(hall).create({"name": "Fox Post Office", "category": "civic"})
    return hall, kington, fox


def partner_stamp(partner):
    return Stamp(wall_clock_ms() + 1000, 0, keys_of(partner)[0]).encode()


def test_a_forged_tombstone_for_a_record_they_were_never_shown_waits_as_a_proposal(sites):
    hall, kington, fox = sites
    tombstone = {"id": fox.id, "created_at": fox.created_at, "clock": partner_stamp(kington),
                 "field_clocks": {}, "extra": {}, "deleted": True}
    data = as_partner(kington, [tombstone])
    preview = BundleImporter(hall).preview(data)
    assert preview.deleted == 0 and [p.title for p in preview.proposals] == ["Fox Post Office"]
    assert preview.as_json()["proposals"] == 1
    BundleImporter(hall).apply(data)
    assert SpaceService(hall).get(fox.id).deleted is False
    items = ConflictService(hall).open_items()
    assert [i.other_text for i in items] == [
        f"{KINGTON} would delete Fox Post Office, which they have not been shown"
    ]
    proposals.accept(hall, items[0].id)  # Accept
    assert SpaceService(hall).get(fox.id, include_deleted=True).deleted is True
    assert ConflictService(hall).open_items() == []


def test_a_forged_overwrite_is_not_applied_and_ignoring_it_keeps_ours(sites):
    hall, kington, fox = sites
    row = space_row("Forged Hall", id=fox.id, created_at=fox.created_at, clock=partner_stamp(kington))
    BundleImporter(hall).apply(as_partner(kington, [row]))
    assert SpaceService(hall).get(fox.id).name == "Fox Post Office"
    items = ConflictService(hall).open_items()
    assert len(items) == 1 and "would change name of Fox Post Office" in items[0].other_text
    ConflictService(hall).keep_current(items[0].id)  # Ignore
    BundleImporter(hall).apply(as_partner(kington, [row]))  # the same change again is not asked twice
    assert ConflictService(hall).open_items() == []
    assert SpaceService(hall).get(fox.id).name == "Fox Post Office"


def test_a_change_from_a_partner_that_was_shown_the_record_applies_as_before(sites):
    hall, kington, fox = sites
    BundleImporter(kington).apply(build_bundle(hall).data)
    SpaceService(kington).delete(fox.id)
    summary = BundleImporter(hall).apply(build_bundle(kington).data)
    assert summary.proposals == [] and summary.deleted == 1
    assert SpaceService(hall).get(fox.id, include_deleted=True).deleted is True


def test_a_record_that_travelled_b_to_a_to_c_can_be_changed_by_c_directly_at_b(tmp_path):
    b = make_site(tmp_path / "b.sqlite3", "Bee Street Tenants")
    a = make_site(tmp_path / "a.sqlite3", "Ash Grove Allotments")
    c = make_site(tmp_path / "c.sqlite3", "Cedar Road Chapel")
    fox = SpaceService(b).create({"name": "Fox Post Office", "category": "civic"})
    BundleImporter(a).apply(build_bundle(b).data)
    BundleImporter(c).apply(build_bundle(a).data)  # C has never heard from B itself
    SpaceService(c).update(fox.id, {"name": "Fox Post Office and Café"})
    summary = BundleImporter(b).apply(build_bundle(c).data)
    assert summary.proposals == [] and SpaceService(b).get(fox.id).name == "Fox Post Office and Café"
    assert ConflictService(b).open_items() == []
