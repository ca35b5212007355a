"""Concurrent edits: the clock picks a winner everywhere, and the loser waits in "Needs review"."""

from __future__ import annotations

from civicdesk.services.conflicts import ConflictService
from civicdesk.services.spaces import SpaceService
from civicdesk.sync.export import build_bundle
from civicdesk.sync.receive import BundleImporter
from tests.unit.sync_helpers import holder_clash, make_site

START = 1_800_000_000_000


def test_both_groups_keep_the_same_value_and_can_review_the_other(tmp_path):
    hall = make_site(tmp_path / "hall.sqlite3", "Chapel Street Hall")
    tenants = make_site(tmp_path / "tenants.sqlite3", "Tenants")
    space = SpaceService(hall, author="Ann", now=lambda: START).create(
        {"name": "Library", "category": "civic"}
    )
    BundleImporter(tenants, now=lambda: START).apply(build_bundle(hall).data)
    SpaceService(hall, now=lambda: START + 1000).update(space.id, {"hire_cost": "£10 an hour"})
    SpaceService(tenants, now=lambda: START + 2000).update(space.id, {"hire_cost": "free for members"})

    preview = BundleImporter(hall, now=lambda: START + 3000).preview(build_bundle(tenants).data)
    assert [(c.field, c.kept_value, c.other_value) for c in preview.conflicts] == [
        ("hire_cost", "free for members", "£10 an hour")
    ]
    BundleImporter(hall, now=lambda: START + 3000).apply(build_bundle(tenants).data)
    BundleImporter(tenants, now=lambda: START + 3000).apply(build_bundle(hall).data)
    assert SpaceService(hall).get(space.id).hire_cost == SpaceService(tenants).get(space.id).hire_cost
    assert SpaceService(hall).get(space.id).hire_cost == "free for members"

    review = ConflictService(hall, author="Ann", now=lambda: START + 4000)
    [item] = review.open_items()
    assert item.title == "Library" and item.current_by == "Tenants"
    assert item.other_by == "us (Chapel Street Hall)"
    # Importing the same bundle again does not ask twice.
    BundleImporter(hall, now=lambda: START + 3000).apply(build_bundle(tenants).data)
    assert review.count_open() == 1

    review.keep_other(item.id)
    assert review.count_open() == 0
    assert SpaceService(hall).get(space.id).hire_cost == "£10 an hour"
    # The choice is a new edit: it travels and wins at the other group too.
    BundleImporter(tenants, now=lambda: START + 5000).apply(build_bundle(hall).data)
    assert SpaceService(tenants).get(space.id).hire_cost == "£10 an hour"


def test_keeping_the_current_value_just_closes_the_item(tmp_path):
    hall = make_site(tmp_path / "hall.sqlite3", "Hall")
    tenants = make_site(tmp_path / "tenants.sqlite3", "Tenants")
    space = SpaceService(hall, now=lambda: START).create({"name": "Park", "category": "outdoors"})
    BundleImporter(tenants, now=lambda: START).apply(build_bundle(hall).data)
    SpaceService(hall, now=lambda: START + 1).update(space.id, {"latitude": 53.8, "longitude": -1.5})
    SpaceService(tenants, now=lambda: START + 2).update(space.id, {"latitude": 53.9, "longitude": -1.6})
    BundleImporter(hall, now=lambda: START + 3).apply(build_bundle(tenants).data)
    review = ConflictService(hall)
    [item] = review.open_items()
    assert item.field == "location" and item.other_value == {"latitude": 53.8, "longitude": -1.5}
    review.keep_current(item.id)
    assert review.open_items() == [] and SpaceService(hall).get(space.id).latitude == 53.9


def test_review_items_say_who_holds_what_in_words_and_name_the_other_group(tmp_path):
    [item] = ConflictService(holder_clash(tmp_path, "Brook Street Tenants", ours_later=False)).open_items()
    assert (item.field_label, item.current_by, item.other_by) == (
        "Held by", "Brook Street Tenants", "us (Chapel Street Hall)"
    )
    # The person did not agree to be listed: initials only, and never the stored JSON.
    assert item.current_text == "A. H."
    assert item.other_text == "Kington Residents' Association"
    assert not item.current_ours and item.other_ours


def test_an_unnamed_sender_is_the_other_group_not_a_site_id(tmp_path):
    [item] = ConflictService(holder_clash(tmp_path, "", ours_later=True)).open_items()
    assert item.current_by == "us (Chapel Street Hall)"
    assert item.other_by == "the other group"
    assert item.other_text == "A. H." and "{" not in item.current_text + item.other_text
