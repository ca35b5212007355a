"""What an import did or would do: counts, per-record changes and values needing review.

`ImportSummary.as_json()` is the documented `bundle import --json` shape (docs/FORMAT.md).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from civicdesk.sync.changes import FieldChange


@dataclass(slots=True)
class RecordChange:
    record_type: str
    record_id: str
    title: str
    change: str  # new, updated, deleted, restored
    fields: list[str]
    details: list[FieldChange] = field(default_factory=list)  # in words (sync.changes)

    def as_json(self) -> dict[str, Any]:
        return {
            "type": self.record_type,
            "id": self.record_id,
            "title": self.title,
            "change": self.change,
            "fields": self.fields,
            "details": [d.as_json() for d in self.details],
        }


@dataclass
class ConflictNote:
    record_type: str
    record_id: str
    title: str
    field: str
    kept_value: Any
    other_value: Any
    detail: FieldChange | None = None  # the same in words, and whose value waits (sync.changes)

    def as_json(self) -> dict[str, Any]:
        words = self.detail
        return {
            "type": self.record_type,
            "id": self.record_id,
            "title": self.title,
            "field": self.field,
            "kept": self.kept_value,
            "other": self.other_value,
            "label": words.label if words else self.field,
            "kept_text": words.after if words else None,
            "other_text": words.waiting if words else None,
            "waits": words.waits if words else None,
            "why": words.why if words else None,
        }


@dataclass
class ImportSummary:
    origin_site: str
    origin_group: str
    fingerprint: str
    first_contact: bool
    incremental: bool
    dry_run: bool
    new: int = 0
    updated: int = 0
    deleted: int = 0
    unchanged: int = 0
    records: list[RecordChange] = field(default_factory=list)
    conflicts: list[ConflictNote] = field(default_factory=list)
    skipped_tables: list[str] = field(default_factory=list)  # tables this version does not know
    unknown_records: int = 0  # their records, kept and passed on (sync.unknown)
    # Changes to records the sender had not been shown: waiting in Needs review, not applied.
    proposals: list[RecordChange] = field(default_factory=list)
    backup: Path | None = None
    # The bundle's reservations overlapping one we hold (sync.reservation_preview): to Needs review.
    reservation_clashes: list[Any] = field(default_factory=list)

    @property
    def changes(self) -> int:
        return self.new + self.updated + self.deleted

    def as_json(self) -> dict[str, Any]:
        return {
            "dry_run": self.dry_run,
            "applied": not self.dry_run,
            "origin": {"site_id": self.origin_site, "group_name": self.origin_group},
            "fingerprint": self.fingerprint,
            "first_contact": self.first_contact,
            "incremental": self.incremental,
            "new": self.new,
            "updated": self.updated,
            "deleted": self.deleted,
            "unchanged": self.unchanged,
            "conflicts": len(self.conflicts),
            "records": [r.as_json() for r in self.records],
            "conflict_details": [c.as_json() for c in self.conflicts],
            "skipped_tables": self.skipped_tables,
            "unknown_records": self.unknown_records,
            "proposals": len(self.proposals),
            "proposal_details": [r.as_json() for r in self.proposals],
            "backup": str(self.backup) if self.backup else None,
            "reservation_clashes": [c.as_json() for c in self.reservation_clashes],
        }

    def clash_sentences(self) -> list[str]:
        """Each reservation clash in words, as the preview tells it."""
        sender = self.origin_group or "the other group"
        return [c.sentence(sender) for c in self.reservation_clashes]
