"""The shared shape of record services: validate, write through RecordWriter, read back.

A concrete service names its model and a cleaner per field; everything else — short sessions,
tombstones, change history — is the same for every record type.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ClassVar, Generic, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from civicdesk.core.clock import stamp_site, wall_clock_ms
from civicdesk.core.record_writer import RecordWriter
from civicdesk.core.validation import FieldError
from civicdesk.db.database import Database
from civicdesk.db.models import ChangeLog, Peer, Site, SyncedMixin, synced_fields
from civicdesk.errors import NotFoundError, ValidationError

T = TypeVar("T", bound=SyncedMixin)
Cleaner = Callable[[Any], Any]


@dataclass(frozen=True)
class HistoryEntry:
    at: str
    author: str
    action: str
    field: str
    old_value: Any
    new_value: Any


class RecordService(Generic[T]):
    model: ClassVar[type[SyncedMixin]]
    cleaners: ClassVar[dict[str, Cleaner]] = {}
    required: ClassVar[tuple[str, ...]] = ()
    # Dates that cannot come before another: (earlier field, later field, what is wrong).
    date_order: ClassVar[tuple[tuple[str, str, str], ...]] = ()
    label: ClassVar[str] = "record"

    def __init__(self, db: Database, author: str = "", now: Callable[[], int] = wall_clock_ms) -> None:
        self.db = db
        self.author = author
        self.now = now

    # -- validation -------------------------------------------------------------------------
    def clean(self, values: dict[str, Any], creating: bool) -> dict[str, Any]:
        """Cleaned values, or ValidationError naming every field that is wrong."""
        fields = set(synced_fields(self.model)) - {"deleted"}
        unknown = set(values) - fields
        if unknown:
            raise ValidationError({f: "not a field of this record" for f in sorted(unknown)})
        cleaned: dict[str, Any] = {}
        errors: dict[str, str] = {}
        for field in self.required:
            if creating and field not in values:
                values = {**values, field: ""}
        for field, value in values.items():
            cleaner = self.cleaners.get(field)
            try:
                cleaned[field] = cleaner(value) if cleaner else value
            except FieldError as exc:
                errors[field] = str(exc)
        errors = {**self.order_problems(cleaned), **errors}
        if errors:
            raise ValidationError(errors)
        return cleaned

    def order_problems(self, values: dict[str, Any]) -> dict[str, str]:
        """Dates out of order among `values` (cleaned ISO dates compare as text), by later field."""
        problems = {}
        for earlier, later, message in self.date_order:
            first, then = values.get(earlier), values.get(later)
            if first and then and then < first:
                problems[later] = message
        return problems

    def check_new(self, values: dict[str, Any]) -> dict[str, Any]:
        """Everything `create` would check, without writing (for a form before its undoable push)."""
        cleaned = self.clean(values, creating=True)
        with self.db.read() as session:
            self.check_references(session, cleaned)
        return cleaned

    def check_references(self, session: Session, values: dict[str, Any]) -> None:
        """Subclasses check that linked records exist; raise ValidationError if not."""

    def writer(self, session: Session) -> RecordWriter:
        return RecordWriter(session, self.author, self.now)

    # -- writes -----------------------------------------------------------------------------
    def create(self, values: dict[str, Any]) -> T:
        with self.db.write() as session:
            return self.create_in(session, values)

    def update(self, record_id: str, values: dict[str, Any]) -> T:
        cleaned = self.clean(values, creating=False)
        with self.db.write() as session:
            record = self._load(session, record_id)
            self.update_in(session, record, cleaned, already_clean=True)
            return record

    # -- writes inside a caller's session (imports: many records, one transaction) ------------
    def create_in(
        self, session: Session, values: dict[str, Any], writer: RecordWriter | None = None
    ) -> T:
        """Validate and create within `session`; the caller commits or rolls back everything."""
        cleaned = self.clean(values, creating=True)
        self.check_references(session, cleaned)
        return (writer or self.writer(session)).create(self.model, cleaned)  # type: ignore[return-value]

    def update_in(
        self,
        session: Session,
        record: SyncedMixin,
        values: dict[str, Any],
        writer: RecordWriter | None = None,
        already_clean: bool = False,
    ) -> dict[str, tuple[Any, Any]]:
        """Validate and apply changed values within `session`; returns what really changed."""
        cleaned = values if already_clean else self.clean(values, creating=False)
        if self.date_order:  # a change to one date is checked against the stored others
            dated = {f for rule in self.date_order for f in rule[:2]}
            problems = self.order_problems({**{f: getattr(record, f) for f in dated}, **cleaned})
            if problems:
                raise ValidationError(problems)
        # Only links being changed are checked: a meeting at a hall deleted since can still have
        # its notes edited, while a new link to a missing record is refused.
        self.check_references(session, {k: v for k, v in cleaned.items() if getattr(record, k, None) != v})
        return (writer or self.writer(session)).update(record, cleaned)

    def delete(self, record_id: str) -> None:
        """Mark deleted (a tombstone): the row stays so the deletion can travel to other groups."""
        with self.db.write() as session:
            self.writer(session).delete(self._load(session, record_id))

    def restore(self, record_id: str) -> T:
        with self.db.write() as session:
            record = self._load(session, record_id, include_deleted=True)
            self.writer(session).restore(record)
            return record

    # -- reads ------------------------------------------------------------------------------
    def _load(self, session: Session, record_id: str, include_deleted: bool = False) -> T:
        record = session.get(self.model, record_id)
        if record is None or (record.deleted and not include_deleted):
            raise NotFoundError(f"no {self.label} with id {record_id}")
        return record  # type: ignore[return-value]

    def get(self, record_id: str, include_deleted: bool = False) -> T:
        with self.db.read() as session:
            return self._load(session, record_id, include_deleted)

    def find_by_name(self, name: str) -> list[T]:
        with self.db.read() as session:
            rows = session.scalars(
                select(self.model).where(
                    self.model.name == name,  # type: ignore[attr-defined]
                    self.model.deleted.is_(False),
                )
            )
            return list(rows)  # type: ignore[arg-type]

    def count(self) -> int:
        with self.db.read() as session:
            return (
                session.scalar(
                    select(func.count()).select_from(self.model).where(self.model.deleted.is_(False))
                )
                or 0
            )

    def history(self, record_id: str) -> list[HistoryEntry]:
        """The record's changes, oldest first, beginning with its creation.

        A record made here has a "create" entry. One that came in a bundle, or with the example
        data, has none of its own: its creation is told from its row clock, whose site says
        which group made it.
        """
        with self.db.read() as session:
            rows = session.scalars(
                select(ChangeLog).where(ChangeLog.record_id == record_id).order_by(ChangeLog.id)
            )
            entries = [
                HistoryEntry(r.at, r.author, r.action, r.field, r.old_value, r.new_value) for r in rows
            ]
            if any(e.action == "create" for e in entries):
                return entries
            record = session.get(self.model, record_id)
            if record is None:
                return entries
            name = getattr(record, "name", None)
            made = HistoryEntry(
                record.created_at, _maker(session, record.clock), "create", "", None, {"name": name or ""}
            )
            return [made, *entries]


def _maker(session: Session, clock: str) -> str:
    """Who made a record with this row clock: "" for this computer, else the group's name."""
    site = stamp_site(clock)
    if session.scalar(select(Site.site_id)) == site:
        return ""
    return session.scalar(select(Peer.name).where(Peer.site_id == site)) or "another group"


def require_exists(
    session: Session, model: type[SyncedMixin], record_id: str | None, field: str, what: str
) -> None:
    """Linked records must exist and not be deleted."""
    if record_id is None:
        return
    record = session.get(model, record_id)
    if record is None or record.deleted:
        raise ValidationError({field: f"there is no {what} with id {record_id}"})
