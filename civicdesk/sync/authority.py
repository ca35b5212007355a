"""Peer authority: a partner may change only records its bundle shows it has seen.

A bundle's version vector says what the sender has seen from each site. A change to one of our
records whose creation that vector does not cover (made here after everything the partner says
it has from us, or made at a site it says nothing about) is not applied: it waits in "Needs
review" as a proposal ("Kington Residents' Association would delete Fox Post Office, which they
have not been shown") until a person accepts or ignores it. A record that reached the partner by
way of a third group is covered by their vector and merges as any other.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from civicdesk.core.proposals import PROPOSAL
from civicdesk.db.models import Conflict
from civicdesk.sync.merge import Vector, knows
from civicdesk.sync.rows import RowState, TableShape


@dataclass(frozen=True)
class Proposal:
    table: str
    local: RowState
    remote: RowState

    @property
    def deletes(self) -> bool:
        return bool(self.remote.get("deleted")) and not self.local.values.get("deleted")

    @property
    def fields(self) -> list[str]:
        """The fields the change would give another value."""
        mine = self.local.values
        return sorted(k for k, v in self.remote.values.items() if v != mine.get(k) and k != "deleted")

    @property
    def signature(self) -> str:
        """Names this change: the newest stamp it carries (the same proposal is not asked twice)."""
        return max(self.remote.clocks.values(), default=self.remote.clock)


def has_seen(remote_vector: Vector, local: RowState) -> bool:
    """Does the sender's vector cover the record's creation (its row clock)?"""
    return knows(remote_vector, local.clock)


def record_proposals(session: Session, proposals: list[Proposal], record_type_of: dict[str, str],
                     author: str, at: str) -> int:
    """Put each proposal not asked before into Needs review; returns how many were added."""
    asked = {
        (c.record_id, c.other_clock)
        for c in session.scalars(select(Conflict).where(Conflict.field == PROPOSAL))
    }
    added = 0
    for item in proposals:
        if (item.local.id, item.signature) in asked:
            continue
        session.add(
            Conflict(
                record_type=record_type_of[item.table],
                record_id=item.local.id,
                field=PROPOSAL,
                kept_value={"deleted": bool(item.local.values.get("deleted")), "fields": item.fields},
                kept_clock=item.local.clock,
                other_value={"table": item.table, "row": _row_json(item.remote)},
                other_clock=item.signature,
                other_site=author,
                detected_at=at,
                resolved_at=None,
                resolution="",
            )
        )
        added += 1
    return added


def _row_json(remote: RowState) -> dict[str, Any]:
    return {
        "id": remote.id,
        "created_at": remote.created_at,
        "clock": remote.clock,
        "clocks": dict(remote.clocks),
        "values": dict(remote.values),
    }


def row_of(shape: TableShape, stored: dict[str, Any]) -> RowState:
    """The proposed copy of the record, as it was when it arrived."""
    row = stored["row"]
    return RowState(row["id"], row["created_at"], row["clock"], dict(row["values"]), dict(row["clocks"]))
