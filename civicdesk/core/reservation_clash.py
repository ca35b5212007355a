"""Two groups reserved the same kit for overlapping days on different laptops: one Needs review item.

Each laptop refuses an overlap as it is made, so a clash can only arrive in a bundle. After an
import, every pair of booked reservations of one item whose days overlap becomes one item in
Needs review, said in words; a person keeps one and the other joins the waiting list (an edit
that travels like any other). A pair that no longer clashes (settled at the other laptop) closes.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from civicdesk.core.dates import british_date
from civicdesk.core.record_writer import RecordWriter
from civicdesk.db.database import utc_now_iso
from civicdesk.db.models import Conflict, Reservation, Tool

# The `field` of a Needs review item that is a clash of two reservations.
CLASH = "*reservation clash*"
HOLDING = ("booked", "out")
SETTLED = "settled"


def _overlap(a: Reservation, b: Reservation) -> bool:
    return a.from_on <= b.to_on and b.from_on <= a.to_on


def _pair(a: Reservation, b: Reservation) -> tuple[Reservation, Reservation]:
    """The pair in a stable order: the one made first (by its clock) first, on every laptop."""
    return (a, b) if (a.clock, a.id) <= (b.clock, b.id) else (b, a)


def flag_clashes(session: Session, group_of_site: dict[str, str]) -> int:
    """Add one Needs review item per new clashing pair, close those settled since; returns how many new."""
    rows = list(session.scalars(select(Reservation).where(
        Reservation.deleted.is_(False), Reservation.status.in_(HOLDING)).order_by(Reservation.tool_id)))
    by_id = {r.id: r for r in rows}
    existing = list(session.scalars(select(Conflict).where(Conflict.field == CLASH)))
    known = {(c.kept_value or {}).get("reservation_id", "") + "|" + c.record_id for c in existing}
    for c in existing:  # settled elsewhere: one of the two was cancelled or moved to the waiting list
        first, second = by_id.get((c.kept_value or {}).get("reservation_id", "")), by_id.get(c.record_id)
        if c.resolved_at is None and (first is None or second is None or not _overlap(first, second)):
            c.resolved_at, c.resolution = utc_now_iso(), SETTLED
    new = 0
    for i, a in enumerate(rows):
        for b in rows[i + 1:]:
            if b.tool_id != a.tool_id:
                break
            if not _overlap(a, b):
                continue
            first, second = _pair(a, b)
            if f"{first.id}|{second.id}" in known:
                continue
            site = second.clock.split(".", 2)[2] if second.clock.count(".") >= 2 else ""
            session.add(Conflict(
                record_type="reservation", record_id=second.id, field=CLASH,
                kept_value={"reservation_id": first.id}, kept_clock=first.clock,
                other_value={"reservation_id": second.id}, other_clock=second.clock,
                other_site=group_of_site.get(site, ""), detected_at=utc_now_iso(),
            ))
            known.add(f"{first.id}|{second.id}")
            new += 1
    return new


def words(session: Session, conflict: Conflict, who: dict[str, str]) -> dict[str, str]:
    """The item in words: its title, both reservations, and the two choices.

    `who` names the groups that made each: {"kept": "us (Chapel Street Hall)", "other": "Kington …"}.
    """
    first = session.get(Reservation, (conflict.kept_value or {}).get("reservation_id", ""))
    second = session.get(Reservation, conflict.record_id)
    either = second or first
    tool = session.get(Tool, either.tool_id) if either is not None else None
    tool_name = tool.name if tool is not None else "the kit"

    def told(r: Reservation | None) -> str:
        if r is None:
            return "a reservation no longer here"
        days = british_date(r.from_on) if r.from_on == r.to_on else (
            f"{british_date(r.from_on)} to {british_date(r.to_on)}")
        name = str((r.borrower or {}).get("name") or "someone")
        return f"{name}, {days}" + (f" ({r.purpose})" if r.purpose else "")

    return {
        "title": f"{tool_name}: two reservations for the same days",
        "label": "Reserved for",
        "current": told(first),
        "other": told(second),
        "summary": (f"{tool_name} was reserved twice for the same days on different laptops: "
                    f"{told(first)}, by {who.get('kept', 'one group')}; and {told(second)}, "
                    f"by {who.get('other', 'another group')}. Only one can have it."),
        "keep": f"Keep {told(first)}; the other joins the waiting list",
        "use": f"Keep {told(second)}; the other joins the waiting list",
    }


def decide(session: Session, conflict: Conflict, keep_first: bool, writer: RecordWriter) -> dict[str, Any]:
    """Keep one reservation; the other joins the top of the waiting list. Returns what to undo."""
    first = session.get(Reservation, (conflict.kept_value or {}).get("reservation_id", ""))
    second = session.get(Reservation, conflict.record_id)
    loser = second if keep_first else first
    if loser is None:
        return {}
    before = {"reservation_id": loser.id, "status": loser.status, "queue_rank": loser.queue_rank}
    if loser.status == "booked":
        waiting = [r.queue_rank for r in session.scalars(select(Reservation).where(
            Reservation.tool_id == loser.tool_id, Reservation.status == "waiting"))]
        writer.update(loser, {"status": "waiting", "queue_rank": min(waiting, default=1.0) - 1.0})
    return before


def undo(session: Session, before: dict[str, Any], writer: RecordWriter) -> None:
    """Put back the reservation `decide` moved to the waiting list."""
    loser = session.get(Reservation, before.get("reservation_id", ""))
    if loser is not None:
        writer.update(loser, {"status": before["status"], "queue_rank": before["queue_rank"]})
