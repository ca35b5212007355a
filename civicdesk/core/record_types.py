"""The one list of record types: name, plural (its table), label, model, and what each takes part in.

Everything that lists record types reads it: the search index, the statistics, the editors, the
pickers, the import mapping and the command line's choices. It is plain data, so the command
line can build its choices without loading SQLAlchemy; `model` looks the model up when asked.
Adding a record type starts here (README, "Adding a record type"); tests/unit/test_record_types.py
says when a synced model is missing from it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from civicdesk.db.models import SyncedMixin


@dataclass(frozen=True)
class RecordType:
    name: str  # "space": the record_type stored in history, conflicts and bundles
    plural: str  # "spaces": its table, and its key in `civicdesk stats --json`
    label: str  # "Space": as a person reads it (translated where it is shown)
    main: bool = False  # listed, edited, searched, picked and imported
    counted: bool = True  # one of the figures of `civicdesk stats`

    @property
    def model(self) -> type[SyncedMixin]:
        from civicdesk.db.models import MODEL_BY_TYPE

        return MODEL_BY_TYPE[self.name]


# In the order `civicdesk stats` prints them: the main four first.
RECORD_TYPES: tuple[RecordType, ...] = (
    RecordType("space", "spaces", "Space", main=True),
    RecordType("group", "groups", "Group", main=True),
    RecordType("person", "people", "Person", main=True),
    RecordType("tool", "tools", "Tool", main=True),
    RecordType("health_check", "health_checks", "Health check"),
    RecordType("compliance_item", "compliance_items", "Compliance item"),
    RecordType("link", "links", "Link"),
    RecordType("meeting", "meetings", "Meeting"),
    RecordType("role", "roles", "Role"),
    RecordType("tool_use", "tool_uses", "Tool use"),
    RecordType("loan", "loans", "Loan"),
    RecordType("compliance_kind", "compliance_kinds", "Compliance kind", counted=False),
    RecordType("room", "rooms", "Room"),
    RecordType("hire_rate", "hire_rates", "Hire rate", counted=False),
    RecordType("booking", "bookings", "Booking"),
    RecordType("booking_exception", "booking_exceptions", "Skipped or moved date", counted=False),
    RecordType("money_entry", "money_entries", "Money entry"),
    RecordType("backlog_item", "backlog_items", "Backlog item"),
    RecordType("invoice", "invoices", "Invoice"),
    RecordType("payment", "payments", "Payment"),
    RecordType("help_offer", "help_offers", "Offer of help"),
    RecordType("help_request", "help_requests", "Request for help"),
    RecordType("help_given", "help_given", "Help given"),
    RecordType("reservation", "reservations", "Reservation"),
    RecordType("trusted_borrower", "trusted_borrowers", "Trusted borrower", counted=False),
)
BY_NAME: dict[str, RecordType] = {t.name: t for t in RECORD_TYPES}
# The four a person adds, edits, searches and imports: ("space", "group", "person", "tool").
MAIN_TYPES: tuple[str, ...] = tuple(t.name for t in RECORD_TYPES if t.main)
COUNTED: tuple[RecordType, ...] = tuple(t for t in RECORD_TYPES if t.counted)
