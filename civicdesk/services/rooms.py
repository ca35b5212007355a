"""The rooms of a space that are hired out, and their hire rates (per hour or session, by band)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from civicdesk.core.record_writer import RecordWriter
from civicdesk.db.database import Database
from civicdesk.db.hire_models import HireRate, RateUnit, Room
from civicdesk.db.models import Space
from civicdesk.errors import NotFoundError, ValidationError


@dataclass(frozen=True)
class RoomView:
    id: str
    space_id: str
    name: str
    whole_space: bool
    capacity: int | None
    facilities: tuple[str, ...]
    position: int


@dataclass(frozen=True)
class RateView:
    id: str
    room_id: str
    band: str
    unit: str
    amount_pence: int
    session_hours: int | None
    deposit_pence: int

    def words(self) -> str:
        """"£12.00 an hour (community), £50.00 deposit"."""
        per = "an hour" if self.unit == RateUnit.HOUR.value else (
            f"a session of {self.session_hours} hours" if self.session_hours else "a session")
        text = f"£{self.amount_pence / 100:.2f} {per} ({self.band})"
        return text + (f", £{self.deposit_pence / 100:.2f} deposit" if self.deposit_pence else "")


def _room_view(room: Room) -> RoomView:
    return RoomView(room.id, room.space_id, room.name, room.whole_space, room.capacity,
                    tuple(room.facilities or ()), room.position)


def live_space(session: Session, space_id: str) -> Space:
    space = session.get(Space, space_id)
    if space is None or space.deleted:
        raise NotFoundError(f"there is no space with id {space_id}")
    return space


def rooms_in(session: Session, space_id: str) -> list[Room]:
    query = select(Room).where(Room.space_id == space_id, Room.deleted.is_(False))
    return list(session.scalars(query.order_by(Room.position, Room.name)))


class RoomService:
    def __init__(self, db: Database, author: str = "") -> None:
        self.db = db
        self.author = author

    def rooms_of(self, space_id: str) -> list[RoomView]:
        """The space's rooms in diary order (empty when it has none yet)."""
        with self.db.read() as session:
            return [_room_view(r) for r in rooms_in(session, space_id)]

    def room(self, room_id: str) -> RoomView:
        with self.db.read() as session:
            room = session.get(Room, room_id)
            if room is None or room.deleted:
                raise NotFoundError(f"there is no room with id {room_id}")
            return _room_view(room)

    def add_room(self, space_id: str, name: str, capacity: int | None = None,
                 facilities: tuple[str, ...] = (), whole_space: bool = False) -> str:
        name = " ".join(name.split())
        if not name:
            raise ValidationError({"name": "a room needs a name (for example Main hall)"})
        if capacity is not None and not 0 < capacity <= 100_000:
            raise ValidationError({"capacity": "the capacity must be a number of people above 0"})
        with self.db.write() as session:
            live_space(session, space_id)
            existing = rooms_in(session, space_id)
            if any(r.name.casefold() == name.casefold() for r in existing):
                raise ValidationError({"name": f"this space already has a room called {name}"})
            room = RecordWriter(session, self.author).create(Room, {
                "space_id": space_id, "name": name, "whole_space": whole_space, "capacity": capacity,
                "facilities": [f.strip() for f in facilities if f.strip()],
                "position": max((r.position for r in existing), default=-1) + 1, "notes": "",
            })
            return room.id

    def ensure_room(self, space_id: str) -> str:
        """The space's only room; a space with no rooms yet becomes one room (the whole space)."""
        with self.db.write() as session:
            space = live_space(session, space_id)
            existing = rooms_in(session, space_id)
            if len(existing) == 1:
                return existing[0].id
            if existing:
                names = ", ".join(r.name for r in existing)
                raise ValidationError({"room": f"{space.name} has several rooms ({names}): say which"})
            room = RecordWriter(session, self.author).create(Room, {
                "space_id": space_id, "name": space.name, "whole_space": True, "capacity": space.capacity,
                "facilities": list(space.facilities or []), "position": 0, "notes": "",
            })
            return room.id

    def add_rate(self, room_id: str, band: str, amount_pence: int, unit: str = RateUnit.HOUR.value,
                 deposit_pence: int = 0, session_hours: int | None = None) -> str:
        band = " ".join(band.split()).lower()
        errors: dict[str, str] = {}
        if not band:
            errors["band"] = "a rate needs a band (community, regular, commercial or your own)"
        if unit not in tuple(RateUnit):
            errors["unit"] = "a rate is per hour or per session"
        if amount_pence < 0 or deposit_pence < 0:
            errors["amount"] = "amounts cannot be below zero"
        if errors:
            raise ValidationError(errors)
        with self.db.write() as session:
            room = session.get(Room, room_id)
            if room is None or room.deleted:
                raise NotFoundError(f"there is no room with id {room_id}")
            rate = RecordWriter(session, self.author).create(HireRate, {
                "room_id": room_id, "band": band, "unit": unit, "amount_pence": amount_pence,
                "session_hours": session_hours, "deposit_pence": deposit_pence, "notes": "",
            })
            return rate.id

    def rates_of(self, room_id: str) -> list[RateView]:
        with self.db.read() as session:
            rates = session.scalars(
                select(HireRate).where(HireRate.room_id == room_id, HireRate.deleted.is_(False))
                .order_by(HireRate.band)
            )
            return [RateView(r.id, r.room_id, r.band, r.unit, r.amount_pence, r.session_hours,
                             r.deposit_pence) for r in rates]
