"""What each site has seen: only truly concurrent edits wait in Needs review, and a bundle that
was lost on the way is carried by the next one (changes-only bundles start from what the other
group said it has, never from what we sent)."""

from __future__ import annotations

import shutil

import pytest
from sqlalchemy import select

from civicdesk.db.database import Database
from civicdesk.db.models import Peer
from civicdesk.errors import CivicDeskError
from civicdesk.services.conflicts import ConflictService
from civicdesk.services.spaces import SpaceService
from civicdesk.sync.export import build_bundle, export_bundle
from civicdesk.sync.receive import BundleImporter
from tests.unit.sync_helpers import make_site, snapshot

START = 1_800_000_000_000


class Clock:
    """One wall clock for all sites, moved on by hand."""

    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> int:
        return self.now

    def tick(self) -> Clock:
        self.now += 1000
        return self


@pytest.fixture
def three(tmp_path):
    clock = Clock()
    sites = [make_site(tmp_path / f"{n}.sqlite3", n) for n in ("Hall", "Library", "Tenants")]
    yield clock, sites
    for db in sites:
        db.dispose()


def send(clock: Clock, source: Database, target: Database, peer: str | None = None) -> None:
    BundleImporter(target, now=clock.tick()).apply(build_bundle(source, peer).data, backup=False)


def test_a_value_replaced_by_a_group_that_had_seen_it_is_no_conflict_where_it_is_still_held(three):
    clock, (hall, library, tenants) = three
    hall_spaces = SpaceService(hall, now=clock)
    space = hall_spaces.create({"name": "Chapel Street Hall", "category": "civic"}).id
    clock.tick()
    hall_spaces.update(space, {"hire_cost": "£12 an hour"})
    send(clock, hall, library)
    send(clock, hall, tenants)
    # The library sees £12 and replaces it; the tenants still hold £12 when the library's arrives.
    SpaceService(library, now=clock.tick()).update(space, {"hire_cost": "£15 an hour"})
    send(clock, library, tenants)
    assert SpaceService(tenants).get(space).hire_cost == "£15 an hour"
    assert ConflictService(tenants).count_open() == 0
    # And the hall, which made £12, takes the library's change without anything to review.
    send(clock, tenants, hall)
    assert SpaceService(hall).get(space).hire_cost == "£15 an hour"
    assert ConflictService(hall).count_open() == 0


def test_two_changes_made_without_seeing_each_other_still_wait_in_needs_review(three):
    clock, (hall, library, tenants) = three
    space = SpaceService(hall, now=clock).create({"name": "Chapel Street Hall", "category": "civic"}).id
    send(clock, hall, library)
    send(clock, hall, tenants)
    SpaceService(library, now=clock.tick()).update(space, {"hire_cost": "£15 an hour"})
    SpaceService(tenants, now=clock.tick()).update(space, {"hire_cost": "£18 an hour"})
    send(clock, library, hall)
    send(clock, tenants, hall)
    assert SpaceService(hall).get(space).hire_cost == "£18 an hour"
    assert ConflictService(hall).count_open() == 1


def test_a_group_gets_everything_until_it_answers_then_only_what_is_new_to_it(tmp_path):
    clock = Clock()
    hall, tenants = make_site(tmp_path / "hall.sqlite3", "Hall"), make_site(tmp_path / "t.sqlite3", "Tenants")
    spaces = SpaceService(hall, now=clock)
    ids = [spaces.create({"name": f"Hall {n}", "category": "civic"}).id for n in range(3)]
    first = export_bundle(hall, tmp_path / "1.civicdesk", None, "Tenants")
    assert first.built.manifest["base"] is None and first.built.counts["spaces"] == 3
    # That one may never arrive: until they answer, every bundle for them carries everything.
    again = build_bundle(hall, "Tenants")
    assert again.manifest["base"] is None and again.counts["spaces"] == 3
    BundleImporter(tenants, now=clock.tick()).apply(again.data, backup=False)
    send(clock, tenants, hall)
    with hall.read() as session:
        entries = list(session.scalars(select(Peer)))
    assert [p.name for p in entries] == ["Tenants"] and entries[0].site_id  # the entry we made
    assert build_bundle(hall, "Tenants").rows == 0
    clock.tick()
    spaces.update(ids[1], {"capacity": 500})
    changed = build_bundle(hall, "Tenants")
    assert changed.counts == {"spaces": 1} and changed.manifest["base"] is not None
    hall.dispose()
    tenants.dispose()


def test_a_lost_changes_only_bundle_is_carried_by_the_next(three, tmp_path):
    clock, (hall, _library, tenants) = three
    spaces = SpaceService(hall, now=clock)
    first, second = (spaces.create({"name": n, "category": "civic"}).id for n in ("Fox Hall", "Mill Hut"))
    send(clock, hall, tenants)
    send(clock, tenants, hall)  # now the hall knows what the tenants have
    clock.tick()
    spaces.update(first, {"capacity": 40})
    lost = export_bundle(hall, tmp_path / "lost.civicdesk", None, "Tenants").built
    assert lost.counts == {"spaces": 1}  # written, sent ... and it never arrives
    clock.tick()
    spaces.update(second, {"capacity": 12})
    send(clock, hall, tenants, "Tenants")
    theirs = SpaceService(tenants)
    assert (theirs.get(first).capacity, theirs.get(second).capacity) == (40, 12)


def test_a_changes_only_bundle_from_beyond_what_we_have_is_refused_and_changes_nothing(three, tmp_path):
    clock, (hall, _library, tenants) = three
    spaces = SpaceService(hall, now=clock)
    space = spaces.create({"name": "Fox Hall", "category": "civic"}).id
    snapshot(tenants)
    shutil.copyfile(tenants.path, tmp_path / "tenants-before.sqlite3")
    send(clock, hall, tenants)
    send(clock, tenants, hall)  # the tenants said they have Fox Hall ...
    tenants.dispose()
    shutil.copyfile(tmp_path / "tenants-before.sqlite3", tenants.path)  # ... then went back to a backup
    clock.tick()
    spaces.update(space, {"capacity": 40})
    bundle = build_bundle(hall, "Tenants")
    assert bundle.manifest["base"] is not None and bundle.counts == {"spaces": 1}
    before = snapshot(tenants)
    with pytest.raises(CivicDeskError, match="ask Hall to send everything"):
        BundleImporter(tenants, now=clock.tick()).apply(bundle.data, backup=False)
    with pytest.raises(CivicDeskError, match="never arrived here"):
        BundleImporter(tenants, now=clock.tick()).preview(bundle.data)
    assert snapshot(tenants) == before
    send(clock, hall, tenants)  # everything: all is well again
    assert SpaceService(tenants).get(space).capacity == 40


def test_the_same_value_set_twice_unseen_folds_into_one_and_still_reaches_needs_review_when_it_loses(three):
    # The twelve-site run's seed 1, with three groups: the library and the tenants both write
    # "step-free" without seeing each other; the hall, which has seen neither, writes "closed
    # Mondays" after them.
    clock, (hall, library, tenants) = three
    space = SpaceService(hall, now=clock).create({"name": "Chapel Street Hall", "category": "civic"}).id
    send(clock, hall, library)
    send(clock, hall, tenants)
    SpaceService(library, now=clock.tick()).update(space, {"description": "step-free"})
    SpaceService(tenants, now=clock.tick()).update(space, {"description": "step-free"})
    # Equal values lose nothing to each other: the tenants' later stamp wins at the library with
    # nothing to review, and the library's own stamp is not kept.
    send(clock, tenants, library)
    assert SpaceService(library).get(space).description == "step-free"
    assert ConflictService(library).count_open() == 0
    SpaceService(hall, now=clock.tick()).update(space, {"description": "closed Mondays"})
    send(clock, library, hall)
    # "step-free" lost to a change made without seeing it: the hall is asked, once.
    assert SpaceService(hall).get(space).description == "closed Mondays"
    [item] = ConflictService(hall).open_items()
    assert (item.field, item.current_value, item.other_value) == (
        "description", "closed Mondays", "step-free"
    )
    # Everyone ends with the hall's value; nothing more to review anywhere.
    send(clock, hall, library)
    send(clock, hall, tenants)
    for db in (library, tenants):
        assert SpaceService(db).get(space).description == "closed Mondays"
        assert ConflictService(db).count_open() == 0
    assert ConflictService(hall).count_open() == 1
