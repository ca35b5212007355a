"""Kit reservations: hold an item (or a kit of items) for dates ahead, with a waiting list.

An overlap with a booked reservation, or with a loan still out, is refused naming it; asked to,
the new reservation joins the waiting list instead. When a reservation is cancelled or the kit
comes back early, the waiting list moves up: the first one in its order that no longer clashes
is booked. The holder can reorder the list. Valuable kit is reserved only for trusted borrowers.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from civicdesk.core import structured as s
from civicdesk.core import validation as v
from civicdesk.core.clock import wall_clock_ms
from civicdesk.core.dates import british_date
from civicdesk.core.record_writer import RecordWriter
from civicdesk.db.database import Database
from civicdesk.db.ids import new_id
from civicdesk.db.models import Loan, Reservation, Tool, ToolKind, TrustedBorrower
from civicdesk.errors import CivicDeskError, NotFoundError, ValidationError
from civicdesk.services import kit_rules
from civicdesk.services.tools import LoanService

HOLDING = ("booked", "out")  # reservations that hold the kit for their dates


class ReservationClashError(CivicDeskError):
    """The dates overlap a reservation (or a loan) already holding the kit."""

    def __init__(self, message: str, clashing_id: str) -> None:
        super().__init__(message)
        self.clashing_id = clashing_id


@dataclass(frozen=True)
class ReservationView:
    id: str
    tool_id: str
    tool_name: str
    borrower: str
    from_on: str
    to_on: str
    purpose: str
    status: str
    place: int  # 1, 2, … on the waiting list; 0 when not waiting

    def words(self) -> str:
        """ "Chapel Street Hall, 13 Jun 2027 to 14 Jun 2027 (street party)"."""
        days = (
            british_date(self.from_on)
            if self.from_on == self.to_on
            else (f"{british_date(self.from_on)} to {british_date(self.to_on)}")
        )
        return f"{self.borrower}, {days}" + (f" ({self.purpose})" if self.purpose else "")

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "tool_id": self.tool_id,
            "tool": self.tool_name,
            "for": self.borrower,
            "from": self.from_on,
            "to": self.to_on,
            "purpose": self.purpose,
            "status": self.status,
            "place": self.place or None,
        }


def overlaps(a_from: str, a_to: str, b_from: str, b_to: str) -> bool:
    return a_from <= b_to and b_from <= a_to


def _views(session: Session, rows: list[Reservation]) -> list[ReservationView]:
    names = {
        t.id: t.name for t in session.scalars(select(Tool).where(Tool.id.in_({r.tool_id for r in rows})))
    }
    places: dict[str, int] = {}
    counter: dict[str, int] = {}
    for r in sorted(rows, key=lambda r: (r.queue_rank, r.created_at, r.id)):
        if r.status == "waiting":
            counter[r.tool_id] = counter.get(r.tool_id, 0) + 1
            places[r.id] = counter[r.tool_id]
    return [
        ReservationView(
            r.id,
            r.tool_id,
            names.get(r.tool_id, ""),
            kit_rules.party_words(r.borrower),
            r.from_on,
            r.to_on,
            r.purpose,
            r.status,
            places.get(r.id, 0),
        )
        for r in rows
    ]


class Reservations:
    def __init__(
        self,
        db: Database,
        author: str = "",
        now: Callable[[], int] = wall_clock_ms,
        today: Callable[[], date] = date.today,
    ) -> None:
        self.db, self.author, self.now, self.today = db, author, now, today

    def _writer(self, session: Session) -> RecordWriter:
        return RecordWriter(session, self.author, self.now)

    # -- reading ------------------------------------------------------------------------------
    def queue(self, tool_id: str, include_past: bool = False) -> list[ReservationView]:
        """The kit's reservations: booked and out by date, then the waiting list in its order."""
        with self.db.read() as session:
            rows = [
                r
                for r in self._holding_and_waiting(session, tool_id)
                if include_past or r.to_on >= self.today().isoformat() or r.status == "out"
            ]
            views = _views(session, rows)
        held = sorted((x for x in views if x.status != "waiting"), key=lambda x: (x.from_on, x.id))
        return held + sorted((x for x in views if x.status == "waiting"), key=lambda x: x.place)

    def get(self, reservation_id: str) -> ReservationView:
        with self.db.read() as session:
            return _views(session, [self._load(session, reservation_id)])[0]

    @staticmethod
    def _holding_and_waiting(session: Session, tool_id: str) -> list[Reservation]:
        return list(
            session.scalars(
                select(Reservation).where(
                    Reservation.tool_id == tool_id,
                    Reservation.deleted.is_(False),
                    Reservation.status.in_((*HOLDING, "waiting")),
                )
            )
        )

    @staticmethod
    def _load(session: Session, reservation_id: str) -> Reservation:
        found = session.get(Reservation, reservation_id)
        if found is None or found.deleted:
            raise NotFoundError(f"there is no reservation {reservation_id}")
        return found

    # -- reserving ----------------------------------------------------------------------------
    def clash_of(
        self, session: Session, tool: Tool, from_on: str, to_on: str, ignore: str = ""
    ) -> ReservationClashError | None:
        for other in sorted(self._holding_and_waiting(session, tool.id), key=lambda r: (r.from_on, r.id)):
            if (
                other.id != ignore
                and other.status in HOLDING
                and overlaps(from_on, to_on, other.from_on, other.to_on)
            ):
                view = _views(session, [other])[0]
                return ReservationClashError(
                    f"{tool.name} is already reserved for {view.words()} (reservation {other.id})", other.id
                )
        for loan in session.scalars(
            select(Loan).where(Loan.tool_id == tool.id, Loan.deleted.is_(False), Loan.returned_on.is_(None))
        ):
            if any(r.loan_id == loan.id for r in self._holding_and_waiting(session, tool.id)):
                continue  # a reservation's own loan: the reservation stands for it
            due = loan.due_on or "9999-12-31"
            if overlaps(from_on, to_on, loan.out_on, due):
                until = f" until {british_date(loan.due_on)}" if loan.due_on else " with no date due back"
                return ReservationClashError(
                    f"{tool.name} is lent to {kit_rules.party_words(loan.borrower)}{until} (loan {loan.id})",
                    loan.id,
                )
        return None

    def reserve(
        self,
        tool_ids: list[str],
        borrower: dict[str, Any] | str,
        from_on: Any,
        to_on: Any,
        purpose: str = "",
        wait: bool = False,
    ) -> list[ReservationView]:
        """Reserve each item for the dates (all or none); `wait` puts clashing ones on the waiting list."""
        party = s.party(borrower)
        errors: dict[str, str] = {}
        if not party.get("name"):
            errors["for"] = "say who the kit is reserved for"
        try:
            start = v.iso_date(from_on) or v.required_text("", "the first day")
            end = v.iso_date(to_on) or v.required_text("", "the last day")
        except v.FieldError as exc:
            raise ValidationError({"from": str(exc)}) from None
        if end < start:
            errors["to"] = "the last day is before the first day"
        if start < self.today().isoformat():
            errors["from"] = f"{british_date(start)} has already passed"
        if not tool_ids:
            errors["kit"] = "choose the kit to reserve"
        if errors:
            raise ValidationError(errors)
        made: list[Reservation] = []
        with self.db.write() as session:
            writer = self._writer(session)
            kit_ref = new_id() if len(tool_ids) > 1 else ""
            for tool_id in tool_ids:
                tool = session.get(Tool, tool_id)
                if tool is None or tool.deleted:
                    raise NotFoundError(f"there is no kit with id {tool_id}")
                if tool.kind != ToolKind.KIT.value:
                    raise CivicDeskError(f"{tool.name} is not shared kit, so it cannot be reserved")
                kit_rules.check_valuable(session, tool, party)
                clash = self.clash_of(session, tool, start, end)
                if clash is not None and not wait:
                    raise clash  # the whole write is rolled back: a kit is reserved all or nothing
                rank = max((r.queue_rank for r in self._holding_and_waiting(session, tool.id)), default=0.0)
                made.append(
                    writer.create(
                        Reservation,
                        {
                            "tool_id": tool.id,
                            "borrower": party,
                            "from_on": start,
                            "to_on": end,
                            "purpose": " ".join(purpose.split()),
                            "status": "waiting" if clash else "booked",
                            "queue_rank": rank + 1.0,
                            "kit_ref": kit_ref,
                            "loan_id": None,
                        },
                    )
                )
            session.flush()
            return _views(session, made)

    # -- the waiting list ---------------------------------------------------------------------
    def _move_up(self, session: Session, tool_id: str) -> list[Reservation]:
        """Book every waiting reservation, in list order, that no longer clashes."""
        tool = session.get(Tool, tool_id)
        assert tool is not None
        booked = []
        waiting = sorted(
            (r for r in self._holding_and_waiting(session, tool_id) if r.status == "waiting"),
            key=lambda r: (r.queue_rank, r.created_at, r.id),
        )
        for r in waiting:
            if (
                r.to_on >= self.today().isoformat()
                and self.clash_of(session, tool, r.from_on, r.to_on, ignore=r.id) is None
            ):
                self._writer(session).update(r, {"status": "booked"})
                booked.append(r)
        return booked

    def cancel(self, reservation_id: str) -> list[ReservationView]:
        """Cancel; returns the waiting reservations that were booked in its place."""
        with self.db.write() as session:
            r = self._load(session, reservation_id)
            if r.status == "out":
                raise CivicDeskError("this kit is out on loan: record its return instead of cancelling")
            self._writer(session).update(r, {"status": "cancelled"})
            return _views(session, self._move_up(session, r.tool_id))

    def return_kit(self, reservation_id: str, on: date | None = None) -> list[ReservationView]:
        """The kit came back (early, perhaps): the loan is closed and the waiting list moves up."""
        day = (on or self.today()).isoformat()
        with self.db.write() as session:
            r = self._load(session, reservation_id)
            writer = self._writer(session)
            loan = session.get(Loan, r.loan_id) if r.loan_id else None
            if loan is not None and loan.returned_on is None:
                writer.update(loan, {"returned_on": max(day, loan.out_on)})
            writer.update(r, {"status": "returned", "to_on": max(min(r.to_on, day), r.from_on)})
            return _views(session, self._move_up(session, r.tool_id))

    def loan_returned(self, session: Session, loan: Loan) -> list[ReservationView]:
        """A loan's return was recorded (the loan editor, Mark returned, `kit return TOOL`): the
        reservation it went out under is returned on that day, and the waiting list moves up."""
        day = loan.returned_on or self.today().isoformat()
        writer = self._writer(session)
        for r in self._holding_and_waiting(session, loan.tool_id):
            if r.loan_id == loan.id and r.status == "out":
                writer.update(r, {"status": "returned", "to_on": max(min(r.to_on, day), r.from_on)})
        session.flush()
        return _views(session, self._move_up(session, loan.tool_id))

    def loan_out_again(self, session: Session, loan: Loan) -> list[ReservationView]:
        """A return taken back (Undo): the kit is out again under its reservation, and those booked
        since for the days it is out go back to the top of the waiting list, in their order."""
        writer = self._writer(session)
        held_from, held_to = loan.out_on, loan.due_on or "9999-12-31"
        for r in session.scalars(select(Reservation).where(
                Reservation.loan_id == loan.id, Reservation.deleted.is_(False),
                Reservation.status == "returned")):
            writer.update(r, {"status": "out", "to_on": max(r.to_on, loan.due_on or r.to_on)})
            held_from, held_to = r.from_on, max(r.to_on, loan.due_on or r.to_on)
        rows = self._holding_and_waiting(session, loan.tool_id)
        bumped = sorted(
            (r for r in rows if r.status == "booked" and r.loan_id is None
             and overlaps(r.from_on, r.to_on, held_from, held_to)),
            key=lambda r: (r.from_on, r.queue_rank, r.id),
        )
        top = min((r.queue_rank for r in rows if r.status == "waiting"), default=1.0)
        for place, r in enumerate(bumped):
            writer.update(r, {"status": "waiting", "queue_rank": top - len(bumped) + place})
        session.flush()
        return _views(session, bumped)

    def next_for(self, tool_id: str) -> ReservationView | None:
        """Who has the kit next: the first booked reservation from today on."""
        booked = [r for r in self.queue(tool_id) if r.status == "booked"]
        return booked[0] if booked else None

    def move(self, reservation_id: str, steps: int) -> list[ReservationView]:
        """Move a waiting reservation up (negative) or down the list; returns the new list."""
        with self.db.write() as session:
            r = self._load(session, reservation_id)
            if r.status != "waiting":
                raise CivicDeskError("only a reservation on the waiting list can be moved")
            waiting = sorted(
                (x for x in self._holding_and_waiting(session, r.tool_id) if x.status == "waiting"),
                key=lambda x: (x.queue_rank, x.created_at, x.id),
            )
            index = waiting.index(r)
            target = max(0, min(len(waiting) - 1, index + steps))
            waiting.insert(target, waiting.pop(index))
            writer = self._writer(session)
            for rank, item in enumerate(waiting, start=1):
                writer.update(item, {"queue_rank": float(rank)})
            tool_id = r.tool_id
        return [x for x in self.queue(tool_id) if x.status == "waiting"]

    # -- lending ------------------------------------------------------------------------------
    def lend(
        self, reservation_id: str, on: date | None = None, override: dict[str, Any] | None = None
    ) -> str:
        """The reserved kit goes out: a loan due back on the last day (the holder's rules apply)."""
        day = (on or self.today()).isoformat()
        with self.db.write() as session:
            r = self._load(session, reservation_id)
            if r.status != "booked":
                raise CivicDeskError(f"this reservation is {r.status}, not booked, so it cannot go out")
            values = {
                "tool_id": r.tool_id,
                "borrower": r.borrower,
                "out_on": day,
                "due_on": max(r.to_on, day),
                "notes": r.purpose,
                "override": override or {},
            }
            loan = LoanService(self.db, self.author, self.now).create_in(
                session, values, self._writer(session)
            )
            self._writer(session).update(r, {"status": "out", "loan_id": loan.id})
            return loan.id

    # -- trusted borrowers --------------------------------------------------------------------
    def trust(self, borrower: dict[str, Any] | str, since: date | None = None) -> str:
        party = s.party(borrower)
        if not party.get("name"):
            raise ValidationError({"borrower": "say whom to trust with valuable kit"})
        with self.db.write() as session:
            if kit_rules.is_trusted(session, party):
                raise CivicDeskError(f"{party['name']} is already a trusted borrower")
            record = self._writer(session).create(
                TrustedBorrower,
                {"borrower": party, "since": (since or self.today()).isoformat()},
            )
            return record.id
