"""The network of builders: offers of help, requests for it, and the log of help given.

An offer comes from a group, or from one of its volunteers who agreed to be listed as a builder
(`consent_builder`, recorded like the other consents). A request is answered by an offer, then
accepted, then done; marking it done logs the date, the hours and who helped whom.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from civicdesk.core import validation as v
from civicdesk.core.clock import wall_clock_ms
from civicdesk.core.consent import may_list_as_builder
from civicdesk.db.database import Database
from civicdesk.db.models import Group, HelpGiven, HelpOffer, HelpRequest, Person, Role, Tool
from civicdesk.errors import CivicDeskError, NotFoundError, ValidationError
from civicdesk.services.records import RecordService, require_exists

WAYS = ("advice by phone", "come and run it", "lend", "train")
STATUSES = ("open", "answered", "accepted", "done", "withdrawn")


def _ways(value: Any) -> list[str]:
    ways = v.text_list(value)
    wrong = [w for w in ways if w not in WAYS]
    if wrong:
        raise v.FieldError(f"“{wrong[0]}” is not a way of helping (choose from: {', '.join(WAYS)})")
    return ways


def _hours(value: Any) -> float:
    try:
        hours = float(str(value).strip())
    except (TypeError, ValueError):
        raise v.FieldError(f"“{value}” is not a number of hours (for example 2 or 1.5)") from None
    if not 0 < hours <= 1000:
        raise v.FieldError("the hours must be more than 0 and at most 1000")
    return round(hours, 2)


def _text(value: Any) -> str:
    return " ".join(str(value or "").split())


class OfferService(RecordService[HelpOffer]):
    model = HelpOffer
    label = "offer of help"
    required = ("group_id",)
    cleaners = {
        "group_id": partial(v.required_text, what="the group the offer comes through"),
        "person_id": lambda x: str(x) if x else None,
        "skills": v.text_list,
        "tool_ids": v.text_list,
        "areas": v.text_list,
        "ways": _ways,
        "how_often": _text,
        "withdrawn": bool,
    }

    def clean(self, values: dict[str, Any], creating: bool) -> dict[str, Any]:
        cleaned = super().clean(values, creating)
        if creating and not cleaned.get("skills") and not cleaned.get("tool_ids"):
            raise ValidationError({"skills": "say which skills or tools the help is with"})
        return cleaned

    def check_references(self, session: Session, values: dict[str, Any]) -> None:
        require_exists(session, Group, values.get("group_id"), "group_id", "group")
        for tool_id in values.get("tool_ids") or []:
            require_exists(session, Tool, tool_id, "tool_ids", "tool")
        person_id = values.get("person_id")
        if person_id:
            require_exists(session, Person, person_id, "person_id", "person")
            person = session.get(Person, person_id)
            if not may_list_as_builder(person):
                name = person.name if person is not None else "this person"
                raise ValidationError(
                    {
                        "person_id": (
                            f"{name} has not agreed to be listed as a builder: record their consent on their "
                            "page (Consent ▸ Listed as a builder) first"
                        )
                    }
                )


class RequestService(RecordService[HelpRequest]):
    model = HelpRequest
    label = "request for help"
    required = ("group_id", "name")
    cleaners = {
        "group_id": partial(v.required_text, what="the group asking"),
        "name": partial(v.required_text, what="what help is wanted (for example “start a repair café”)"),
        "skills": v.text_list,
        "tool_id": lambda x: str(x) if x else None,
        "area": _text,
        "needed_by": v.iso_date,
        "status": partial(v.choice, allowed=list(STATUSES), what="state of a request"),
        "offer_id": lambda x: str(x) if x else None,
    }

    def check_references(self, session: Session, values: dict[str, Any]) -> None:
        require_exists(session, Group, values.get("group_id"), "group_id", "group")
        if values.get("tool_id"):
            require_exists(session, Tool, values.get("tool_id"), "tool_id", "tool")
        if values.get("offer_id"):
            require_exists(session, HelpOffer, values.get("offer_id"), "offer_id", "offer of help")


class HelpGivenService(RecordService[HelpGiven]):
    model = HelpGiven
    label = "help given"
    required = ("helper_group_id", "helped_group_id", "done_on", "hours")
    cleaners = {
        "request_id": lambda x: str(x) if x else None,
        "offer_id": lambda x: str(x) if x else None,
        "helper_group_id": partial(v.required_text, what="the group that helped"),
        "helper_person_id": lambda x: str(x) if x else None,
        "helped_group_id": partial(v.required_text, what="the group that was helped"),
        "done_on": lambda x: v.iso_date(x) or v.required_text("", "the day the help was given"),
        "hours": _hours,
        "what": lambda x: str(x or "").strip(),
    }

    def check_references(self, session: Session, values: dict[str, Any]) -> None:
        require_exists(session, Group, values.get("helper_group_id"), "helper_group_id", "group")
        require_exists(session, Group, values.get("helped_group_id"), "helped_group_id", "group")
        if values.get("helper_person_id"):
            require_exists(session, Person, values.get("helper_person_id"), "helper_person_id", "person")


class Builders:
    """The use cases: offer, ask, answer, accept, mark done, withdraw."""

    def __init__(self, db: Database, author: str = "", now: Callable[[], int] = wall_clock_ms) -> None:
        self.db = db
        self.offers = OfferService(db, author, now)
        self.requests = RequestService(db, author, now)
        self.given = HelpGivenService(db, author, now)

    def offer(self, values: dict[str, Any]) -> HelpOffer:
        values = dict(values)
        if values.get("person_id") and not values.get("group_id"):
            values["group_id"] = self.group_of(str(values["person_id"]))
        return self.offers.create(values)

    def group_of(self, person_id: str) -> str | None:
        """The first group the person has a role in (the group their offer comes through)."""
        with self.db.read() as session:
            return session.scalar(
                select(Role.group_id)
                .join(Group, Group.id == Role.group_id)
                .where(Role.person_id == person_id, Role.deleted.is_(False), Group.deleted.is_(False))
                .order_by(Group.name)
                .limit(1)
            )

    def ask(self, values: dict[str, Any]) -> HelpRequest:
        return self.requests.create({**values, "status": "open"})

    def _request(self, request_id: str) -> HelpRequest:
        return self.requests.get(request_id)

    def answer(self, request_id: str, offer_id: str) -> HelpRequest:
        """An offer answers the request (the helper said yes, they can)."""
        request = self._request(request_id)
        if request.status in ("done", "withdrawn"):
            raise CivicDeskError(f"“{request.name}” is already {request.status}")
        self.offers.get(offer_id)  # it must exist
        return self.requests.update(request_id, {"offer_id": offer_id, "status": "answered"})

    def accept(self, request_id: str) -> HelpRequest:
        request = self._request(request_id)
        if not request.offer_id:
            raise CivicDeskError(f"“{request.name}” has no answer to accept yet: choose an offer first")
        if request.status in ("done", "withdrawn"):
            raise CivicDeskError(f"“{request.name}” is already {request.status}")
        return self.requests.update(request_id, {"status": "accepted"})

    def withdraw(self, request_id: str) -> HelpRequest:
        return self.requests.update(request_id, {"status": "withdrawn"})

    def mark_done(self, request_id: str, hours: Any, done_on: date | str, what: str = "") -> HelpGiven:
        """The request is done: log who helped whom, on which day, for how many hours."""
        request = self._request(request_id)
        if request.status == "done":
            raise CivicDeskError(f"“{request.name}” is already marked done")
        if not request.offer_id:
            raise CivicDeskError(f"“{request.name}” has no answer yet: choose who helped first")
        offer = self.offers.get(request.offer_id)
        values = {
            "request_id": request.id,
            "offer_id": offer.id,
            "helper_group_id": offer.group_id,
            "helper_person_id": offer.person_id,
            "helped_group_id": request.group_id,
            "done_on": done_on.isoformat() if isinstance(done_on, date) else done_on,
            "hours": hours,
            "what": what or request.name,
        }
        cleaned = self.given.clean(values, creating=True)  # a bad hours figure changes nothing
        with self.db.write() as session:
            record = self.given.create_in(session, cleaned)
            stored = session.get(HelpRequest, request.id)
            assert stored is not None
            self.requests.update_in(session, stored, {"status": "done"})
            return record

    def find_request(self, text: str) -> HelpRequest:
        """A request by id or exact name (the command line's REQUEST)."""
        with self.db.read() as session:
            found = session.get(HelpRequest, text)
            if found is not None and not found.deleted:
                return found
            rows = list(
                session.scalars(
                    select(HelpRequest).where(HelpRequest.name == text, HelpRequest.deleted.is_(False))
                )
            )
        if len(rows) == 1:
            return rows[0]
        if not rows:
            raise NotFoundError(f"there is no request for help called “{text}” (give its id or exact name)")
        raise CivicDeskError(f"{len(rows)} requests are called “{text}”: give the id instead")


def listed_builders(db: Database) -> list[tuple[str, str]]:
    """(person id, name) of everyone who agreed to be listed as a builder, by name (the offer's "who")."""
    with db.read() as session:
        people = session.scalars(
            select(Person).where(Person.deleted.is_(False), Person.erased.is_(False)).order_by(Person.name)
        )
        return [(p.id, p.name) for p in people if may_list_as_builder(p)]


def tool_names(db: Database) -> list[tuple[str, str]]:
    """(id, name) of every tool that is not hidden, by name (what an offer or request is about)."""
    with db.read() as session:
        rows = session.execute(
            select(Tool.id, Tool.name)
            .where(Tool.deleted.is_(False), Tool.hidden.is_(False))
            .order_by(Tool.name)
        )
        return [(tool_id, name) for tool_id, name in rows]
