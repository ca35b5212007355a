"""Rooms and bookings travel in bundles; a double booking made on two laptops is one Needs review
item on each, in words; a one-off hirer's name travels only with their consent."""

from __future__ import annotations

import io
import zipfile
from datetime import date, datetime
from pathlib import Path

from civicdesk.core.occurrences import CLASH_FIELD
from civicdesk.services.bookings import BookingService, NewBooking
from civicdesk.services.conflicts import ConflictService, choice_words
from civicdesk.services.people import PersonService
from civicdesk.services.rooms import RoomService
from civicdesk.services.spaces import SpaceService
from civicdesk.sync.export import build_bundle
from civicdesk.sync.receive import BundleImporter
from tests.unit.sync_helpers import make_site

SATURDAY = datetime(2027, 3, 6, 14)


def exchange(a, b) -> None:
    BundleImporter(b).apply(build_bundle(a).data, backup=False)
    BundleImporter(a).apply(build_bundle(b).data, backup=False)


def test_two_sites_book_the_same_room_then_both_see_one_clash_in_words(tmp_path: Path):
    hall = make_site(tmp_path / "hall.db", "Mill Lane Hall Committee")
    scouts = make_site(tmp_path / "scouts.db", "1st Mill Lane Scouts")
    space = SpaceService(hall).create({"name": "Mill Lane Hall", "category": "civic"})
    room = RoomService(hall).add_room(space.id, "Main hall", capacity=100)
    RoomService(hall).add_rate(room, "community", 1200, deposit_pence=5000)
    exchange(hall, scouts)
    assert [r.name for r in RoomService(scouts).rooms_of(space.id)] == ["Main hall"]
    assert RoomService(scouts).rates_of(room)[0].words() == "£12.00 an hour (community), £50.00 deposit"

    BookingService(hall).add(NewBooking(room, "Birthday party", "Sam", SATURDAY, SATURDAY.replace(hour=17)))
    BookingService(scouts).add(NewBooking(room, "Scout jumble sale", "1st Mill Lane Scouts",
                                          SATURDAY.replace(hour=16), SATURDAY.replace(hour=18)))
    exchange(hall, scouts)
    exchange(hall, scouts)  # again: nothing new, no second item
    for db in (hall, scouts):
        found = BookingService(db).occurrences(date(2027, 3, 6), date(2027, 3, 6))
        assert sorted(o.title for o in found) == ["Birthday party", "Scout jumble sale"]  # both kept
        items = [i for i in ConflictService(db).open_items() if i.field == CLASH_FIELD]
        assert len(items) == 1
        item = items[0]
        assert item.field_label == "Double booking"
        texts = {item.current_text, item.other_text}
        assert texts == {"Birthday party (Sam) in Main hall, Sat 6 Mar 2027 14:00–17:00",
                         "Scout jumble sale (1st Mill Lane Scouts) in Main hall, Sat 6 Mar 2027 16:00–18:00"}
        keep, use = choice_words(item)
        assert keep == "Keep both bookings (the room is shared on purpose)"
        assert use.startswith(f"Cancel {item.other_text}")

    # The hall's committee cancels the scouts' booking; the decision travels as an edit.
    item = next(i for i in ConflictService(hall).open_items() if i.field == CLASH_FIELD)
    ConflictService(hall).keep_other(item.id)
    assert [o.title for o in BookingService(hall).occurrences(date(2027, 3, 6), date(2027, 3, 6))] \
        == ["Birthday party"]
    exchange(hall, scouts)
    assert [o.title for o in BookingService(scouts).occurrences(date(2027, 3, 6), date(2027, 3, 6))] \
        == ["Birthday party"]


def test_a_one_off_hirer_travels_as_initials_without_consent(tmp_path: Path):
    hall = make_site(tmp_path / "hall.db", "Hall")
    other = make_site(tmp_path / "other.db", "Other")
    space = SpaceService(hall).create({"name": "Mill Lane Hall", "category": "civic"})
    room = RoomService(hall).add_room(space.id, "Main hall")
    person = PersonService(hall).create({"name": "Samira Okafor", "email": "samira@example.org"})
    BookingService(hall).add(NewBooking(room, "Party", {"person_id": person.id, "name": person.name},
                                        SATURDAY, SATURDAY.replace(hour=17), private=True))
    data = build_bundle(hall).data
    BundleImporter(other).apply(data, backup=False)
    found = BookingService(other).occurrences(date(2027, 3, 6), date(2027, 3, 6))
    assert found[0].hirer == "S. O."
    with zipfile.ZipFile(io.BytesIO(data)) as bundle:
        rows = b"".join(bundle.read(n) for n in bundle.namelist() if n.startswith("rows/"))
    assert b'"title":"Party"' in rows and b"Samira" not in rows and b"samira@example.org" not in rows
