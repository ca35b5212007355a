"""Before a bundle is imported: which of its reservations overlap one we hold, said in words.

A reservation arriving for kit we have reserved for the same days is not refused (each laptop
already checked its own); after the import the pair becomes one item in Needs review
(core.reservation_clash). The preview says so first, naming both, so nobody is surprised.
Pairs already in Needs review (or decided there) are not told again. The bundle's reservations
are titled in words too ("Gazebo for Hart Bridge Tenants, 12 Jun 2027 (fun day)"), not by id.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from civicdesk.core.dates import british_date
from civicdesk.core.reservation_clash import CLASH, HOLDING
from civicdesk.db.models import Conflict, Reservation, Tool
from civicdesk.sync.parse import ParsedBundle
from civicdesk.sync.summary import ImportSummary


@dataclass(frozen=True)
class ReservationClashNote:
    tool: str
    ours: str  # "Kington Residents' Association, 12 Jun 2027 (street party)"
    theirs: str
    ours_id: str
    theirs_id: str

    def sentence(self, sender: str) -> str:
        return (f"{self.tool}: {sender} reserved it for {self.theirs} — the same days as our reservation "
                f"for {self.ours}. Both are kept and wait in Needs review for you to choose who has it.")

    def as_json(self) -> dict[str, Any]:
        return {"tool": self.tool, "ours": self.ours, "theirs": self.theirs,
                "ours_id": self.ours_id, "theirs_id": self.theirs_id}


def _words(borrower: Any, from_on: str, to_on: str, purpose: str) -> str:
    days = british_date(from_on) if from_on == to_on else f"{british_date(from_on)} to {british_date(to_on)}"
    name = str((borrower or {}).get("name") or "someone") if isinstance(borrower, dict) else "someone"
    return f"{name}, {days}" + (f" ({purpose})" if purpose else "")


def incoming_clashes(session: Session, parsed: ParsedBundle) -> list[ReservationClashNote]:
    """The bundle's booked reservations whose days overlap one booked here, for the same kit."""
    incoming = []
    for state in parsed.tables.get(Reservation.__tablename__, []):
        values = state.values
        if values.get("deleted") is True or values.get("status") not in HOLDING:
            continue
        from_on, to_on = values.get("from_on"), values.get("to_on")
        if isinstance(from_on, str) and isinstance(to_on, str) and isinstance(values.get("tool_id"), str):
            incoming.append((state.id, values))
    if not incoming:
        return []
    tool_ids = {values["tool_id"] for _id, values in incoming}
    ours = list(session.scalars(select(Reservation).where(
        Reservation.tool_id.in_(tool_ids), Reservation.deleted.is_(False), Reservation.status.in_(HOLDING))))
    arriving = {rid for rid, _values in incoming}
    known = {
        frozenset(((c.kept_value or {}).get("reservation_id", ""), c.record_id))
        for c in session.scalars(select(Conflict).where(Conflict.field == CLASH))
    }
    names = {t.id: t.name for t in session.scalars(select(Tool).where(Tool.id.in_(tool_ids)))}
    notes = []
    for rid, values in incoming:
        for mine in ours:
            if (mine.id in arriving or mine.tool_id != values["tool_id"]
                    or frozenset((mine.id, rid)) in known
                    or not (mine.from_on <= values["to_on"] and values["from_on"] <= mine.to_on)):
                continue
            notes.append(ReservationClashNote(
                names.get(mine.tool_id, "the kit"),
                _words(mine.borrower, mine.from_on, mine.to_on, mine.purpose),
                _words(values.get("borrower"), values["from_on"], values["to_on"],
                       str(values.get("purpose") or "")),
                mine.id,
                rid,
            ))
    return notes


def tell_reservations(session: Session, parsed: ParsedBundle, summary: ImportSummary) -> None:
    """Fill in the summary's reservation clashes, and title its reservations in words."""
    summary.reservation_clashes = incoming_clashes(session, parsed)
    states = {s.id: s for s in parsed.tables.get(Reservation.__tablename__, [])}
    wanted = [r for r in [*summary.records, *summary.proposals] if r.record_type == "reservation"]
    if not wanted:
        return
    tool_ids = {states[r.record_id].values.get("tool_id") for r in wanted if r.record_id in states}
    names = {t.id: t.name for t in session.scalars(select(Tool).where(Tool.id.in_(tool_ids - {None})))}
    for row in parsed.tables.get(Tool.__tablename__, []):
        names.setdefault(row.id, str(row.values.get("name") or ""))
    for record in wanted:
        state = states.get(record.record_id)
        if state is None:
            continue
        values = state.values
        from_on, to_on = values.get("from_on"), values.get("to_on")
        if not (isinstance(from_on, str) and isinstance(to_on, str)):
            continue
        tool = names.get(str(values.get("tool_id") or "")) or "Kit"
        record.title = f"{tool} for " + _words(values.get("borrower"), from_on, to_on,
                                               str(values.get("purpose") or ""))
