"""Erasing or anonymising a volunteer for good (UK GDPR's right to erasure).

Erasure blanks the personal fields, marks the person `erased` and deleted (a tombstone, so no
bundle can bring them back; the merge makes erasure win), ends their roles, blanks their name where
kit records name them, and purges their history, keeping one line that says an erasure happened.
Anonymising is the same, except that the town and postcode district stay, so the neighbourhood's
counts still add up.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from civicdesk.core.consent import district_address, erased_values
from civicdesk.core.erasure import purge_history, scrub_search_index
from civicdesk.core.record_writer import RecordWriter
from civicdesk.db.database import Database, utc_now_iso
from civicdesk.db.hire_models import Booking
from civicdesk.db.models import ChangeLog, Link, Loan, Role, Tool
from civicdesk.db.money_models import Invoice
from civicdesk.services.subject_access import person_in


@dataclass(frozen=True)
class ErasureResult:
    person_id: str
    already: bool  # nothing to do: the person was erased before
    roles_ended: int = 0
    kit_records_blanked: int = 0
    history_purged: int = 0


def erase(db: Database, person_id: str, author: str = "", keep_district: bool = False) -> ErasureResult:
    """Erase a person for good (see the module docstring); anonymise with `keep_district`."""
    with db.write() as session:
        # Freed database pages are overwritten, not just marked free, while we delete.
        session.connection().exec_driver_sql("PRAGMA secure_delete = ON")
        try:
            return _erase_in(session, person_id, author, keep_district)
        finally:
            session.connection().exec_driver_sql("PRAGMA secure_delete = OFF")


def anonymise(db: Database, person_id: str, author: str = "") -> ErasureResult:
    """Erase everything personal but the town and postcode district (for the neighbourhood's counts)."""
    return erase(db, person_id, author, keep_district=True)


def _erase_in(session: Session, person_id: str, author: str, keep_district: bool) -> ErasureResult:
    person = person_in(session, person_id)
    if person.erased:
        return ErasureResult(person_id, already=True)
    name = person.name
    writer = RecordWriter(session, author)
    blank = erased_values()
    if keep_district:
        blank["address"] = district_address(person.address)
    writer.update(person, {**blank, "erased": True})
    writer.delete(person)
    roles = list(session.scalars(select(Role).where(Role.person_id == person_id, Role.deleted.is_(False))))
    for role in roles:
        writer.delete(role)
    for link in session.scalars(
        select(Link).where(or_(Link.from_id == person_id, Link.to_id == person_id), Link.deleted.is_(False))
    ):
        writer.delete(link)
    blanked = 0
    parties: tuple[tuple[type[Loan] | type[Tool] | type[Booking] | type[Invoice], str], ...] = (
        (Loan, "borrower"), (Tool, "holder"), (Booking, "hirer"), (Invoice, "hirer"),
    )
    for model, column in parties:
        rows: Iterable[Loan | Tool | Booking | Invoice] = session.scalars(
            select(model).where(func.json_extract(getattr(model, column), "$.person_id") == person_id)
        )
        for row in rows:
            party = dict(getattr(row, column) or {})
            if party.get("name") or party.get("address"):  # an invoice's hirer may hold an address
                writer.update(row, {column: {k: v for k, v in party.items() if k not in ("name", "address")}})
                blanked += 1
    session.flush()
    purged = purge_history(session, person_id, name, [r.id for r in roles])
    scrub_search_index(session)
    stamp = writer.tick()
    session.add(ChangeLog(record_type="person", record_id=person_id,
                          action="anonymise" if keep_district else "erase", field="",
                          old_value=None, new_value=None, clock=stamp, author=author, at=utc_now_iso()))
    return ErasureResult(person_id, False, len(roles), blanked, purged)
