"""The list of trusted borrowers: the groups and people the holders lend valuable kit to.

Each entry is a synced record (it travels in bundles like any other); taking someone off the
list deletes it (a tombstone, so the removal travels too). A borrower is the same whether named
by record or by name (`kit_rules.party_key`), so "scouts" and "Scouts" are one entry.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from civicdesk.core import structured as s
from civicdesk.core import validation as v
from civicdesk.core.consent import party_name, referenced_people
from civicdesk.core.record_writer import RecordWriter
from civicdesk.db.models import TrustedBorrower
from civicdesk.errors import CivicDeskError, NotFoundError, ValidationError
from civicdesk.services import kit_rules
from civicdesk.services.records import RecordService


@dataclass(frozen=True)
class TrustedView:
    id: str
    name: str  # as recorded (for the app's own list)
    since: str | None
    printed_name: str = ""  # as consent allows it to be printed or shown by the command line

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.printed_name, "since": self.since}


def _party(value: Any) -> dict[str, Any]:
    party = s.party(value)
    if not party.get("name"):
        raise v.FieldError("say whom to trust with valuable kit: a group chosen from the list, or a name")
    return party


class TrustedBorrowerService(RecordService[TrustedBorrower]):
    """Add a borrower to the list (refused if already on it), take one off, read the list."""

    model = TrustedBorrower
    label = "trusted borrower"
    required = ("borrower",)
    cleaners = {
        "borrower": _party,
        "since": lambda x: v.iso_date(x) or date.today().isoformat(),
    }

    def create_in(
        self, session: Session, values: dict[str, Any], writer: RecordWriter | None = None
    ) -> TrustedBorrower:
        return super().create_in(session, {"since": None, **values}, writer)

    def check_references(self, session: Session, values: dict[str, Any]) -> None:
        """Someone already on the list is not added twice (named as the list has them)."""
        if "borrower" not in values:
            return
        key = kit_rules.party_key(values["borrower"])
        for entry in session.scalars(select(TrustedBorrower).where(TrustedBorrower.deleted.is_(False))):
            if kit_rules.party_key(entry.borrower) == key:
                name = kit_rules.party_words(entry.borrower)
                raise ValidationError({"borrower": f"{name} is already on the list of trusted borrowers"})

    def listing(self) -> list[TrustedView]:
        """Everyone on the list, by name."""
        with self.db.read() as session:
            rows = list(session.scalars(select(TrustedBorrower).where(TrustedBorrower.deleted.is_(False))))
            people = referenced_people(session, (r.borrower for r in rows))
            views = [
                TrustedView(r.id, kit_rules.party_words(r.borrower), r.since, party_name(r.borrower, people))
                for r in rows
            ]
        return sorted(views, key=lambda x: (x.name.casefold(), x.id))

    def entry_of(self, borrower: dict[str, Any] | str) -> str:
        """The id of the borrower's entry on the list; NotFoundError when they are not on it."""
        key = kit_rules.party_key(s.party(borrower))
        with self.db.read() as session:
            for r in session.scalars(select(TrustedBorrower).where(TrustedBorrower.deleted.is_(False))):
                if kit_rules.party_key(r.borrower) == key:
                    return r.id
        name = s.party(borrower).get("name") or "this borrower"
        raise NotFoundError(f"{name} is not on the list of trusted borrowers")

    def trust(self, borrower: dict[str, Any] | str, since: date | None = None) -> TrustedView:
        try:
            record = self.create({"borrower": borrower, "since": since.isoformat() if since else None})
        except ValidationError as exc:
            raise CivicDeskError(exc.errors.get("borrower", exc.message)) from None
        return TrustedView(record.id, kit_rules.party_words(record.borrower), record.since,
                           kit_rules.party_words(record.borrower))

    def untrust(self, borrower: dict[str, Any] | str) -> str:
        entry = self.entry_of(borrower)
        self.delete(entry)
        return entry
