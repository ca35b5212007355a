"""Writes through the services: stamps per field, tombstones, history, relationships."""

import sqlite3

import pytest

from civicdesk.core.clock import Stamp
from civicdesk.core.site_record import ensure_site
from civicdesk.errors import NotFoundError, ValidationError
from civicdesk.services.groups import GroupService, MeetingService
from civicdesk.services.people import PersonService, RoleService
from civicdesk.services.spaces import SpaceService


class SteppingWall:
    """A wall clock we can move by hand, including backwards."""

    def __init__(self) -> None:
        self.ms = 1_800_000_000_000

    def __call__(self) -> int:
        return self.ms


def test_each_changed_field_gets_a_newer_stamp_even_if_the_wall_clock_goes_back(db):
    wall = SteppingWall()
    spaces = SpaceService(db, author="Ann", now=wall)
    hall = spaces.create({"name": "Chapel Street Hall", "category": "civic"})
    wall.ms -= 3_600_000  # the laptop's clock is put back an hour
    hall = spaces.update(hall.id, {"description": "Big kitchen", "capacity": 80})
    first = Stamp.decode(hall.field_clocks["description"])
    assert first > Stamp.decode(hall.clock)
    assert hall.field_clocks["capacity"] == hall.field_clocks["description"]
    wall.ms -= 3_600_000
    hall = spaces.update(hall.id, {"description": "Big kitchen and garden"})
    assert Stamp.decode(hall.field_clocks["description"]) > first
    assert "name" not in hall.field_clocks  # untouched fields keep the creation stamp


def test_latitude_and_longitude_are_clocked_together(db):
    spaces = SpaceService(db)
    park = spaces.create({"name": "Potternewton Park", "category": "outdoors"})
    park = spaces.update(park.id, {"latitude": 53.82})
    assert set(park.field_clocks) == {"location"}


def test_an_unchanged_value_is_not_a_write(db):
    spaces = SpaceService(db)
    hall = spaces.create({"name": "Hall", "category": "civic"})
    again = spaces.update(hall.id, {"name": "Hall"})
    assert again.field_clocks == {} and len(spaces.history(hall.id)) == 1


def test_deleted_records_disappear_from_use_but_stay_in_the_file(db, db_path):
    spaces = SpaceService(db)
    hall = spaces.create({"name": "Old Hall", "category": "civic"})
    spaces.delete(hall.id)
    assert spaces.count() == 0
    with pytest.raises(NotFoundError):
        spaces.get(hall.id)
    raw = sqlite3.connect(db_path)
    assert raw.execute("SELECT deleted FROM spaces WHERE id = ?", (hall.id,)).fetchone() == (1,)
    raw.close()
    restored = spaces.restore(hall.id)
    assert not restored.deleted and spaces.count() == 1
    assert "deleted" in restored.field_clocks


def test_history_says_who_changed_what(db):
    people = PersonService(db, author="Membership secretary")
    ann = people.create({"name": "Ann Lee", "email": "ann@example.org"})
    people.update(ann.id, {"email": "ann.lee@example.org"})
    people.delete(ann.id)
    history = people.history(ann.id)
    assert [h.action for h in history] == ["create", "update", "delete"]
    assert history[1].field == "email" and history[1].old_value == "ann@example.org"
    assert {h.author for h in history} == {"Membership secretary"}


def test_a_group_meets_at_a_space_and_a_person_has_a_role(db):
    hall = SpaceService(db).create({"name": "Hall", "category": "civic", "address": {"postcode": "ls7 3ab"}})
    assert hall.address["postcode"] == "LS7 3AB"
    choir = GroupService(db).create({"name": "Community Choir", "kind": "club"})
    meeting = MeetingService(db).create(
        {
            "group_id": choir.id,
            "space_id": hall.id,
            "schedule": {"days": ["tue"], "start": "19:00", "end": "21:00"},
        }
    )
    assert meeting.schedule == {"days": ["tue"], "start": "19:00", "end": "21:00", "frequency": "weekly"}
    assert [m.id for m in MeetingService(db).at_space(hall.id)] == [meeting.id]
    ann = PersonService(db).create({"name": "Ann Lee"})
    RoleService(db).create(
        {"person_id": ann.id, "group_id": choir.id, "role": "treasurer", "since": "1/9/2024"}
    )
    assert [(r.role, r.since) for r in PersonService(db).roles(ann.id)] == [("treasurer", "2024-09-01")]


def test_links_to_missing_records_are_refused(db):
    with pytest.raises(ValidationError, match="no group"):
        MeetingService(db).create({"group_id": "nope", "schedule": {}})


def test_meeting_times_must_make_sense(db):
    choir = GroupService(db).create({"name": "Choir", "kind": "club"})
    with pytest.raises(ValidationError, match="ends"):
        MeetingService(db).create(
            {"group_id": choir.id, "schedule": {"days": ["tue"], "start": "21:00", "end": "19:00"}}
        )


def test_site_has_an_id_and_a_signing_key(db):
    site = ensure_site(db)
    assert len(site.site_id) == 36 and len(site.public_key) == 32


def test_a_stored_value_the_fast_json_reader_refuses_still_opens(db, db_path):
    """Values are read with orjson; one it refuses (NaN, a huge integer, written by an older
    version or another tool) still reads, rather than making the record impossible to open."""
    space = SpaceService(db).create({"name": "Odd Hall", "category": "civic"})
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE spaces SET extra = ? WHERE id = ?",
                     ('{"survey": NaN, "ref": 123456789012345678901234567890}', space.id))
    extra = SpaceService(db).get(space.id).extra
    assert extra["ref"] == 123456789012345678901234567890
    assert extra["survey"] != extra["survey"]  # NaN


def test_a_meeting_at_a_hall_deleted_since_can_still_have_its_notes_edited(db):
    hall = SpaceService(db).create({"name": "Old Hall", "category": "civic"})
    choir = GroupService(db).create({"name": "Choir"})
    meetings = MeetingService(db)
    meeting = meetings.create({"group_id": choir.id, "space_id": hall.id,
                               "schedule": {"days": ["tue"], "start": "19:00", "end": "21:00"}})
    SpaceService(db).delete(hall.id)
    edited = meetings.update(meeting.id, {"group_id": choir.id, "space_id": hall.id, "notes": "Moving soon"})
    assert edited.notes == "Moving soon"
    other = SpaceService(db).create({"name": "Gone Too", "category": "civic"})
    SpaceService(db).delete(other.id)
    with pytest.raises(ValidationError):  # moving it to a deleted place is still refused
        meetings.update(meeting.id, {"space_id": other.id})
