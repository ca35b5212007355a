"""What is due at each space: certificates, licences and reviews, their intervals and next dates.

The next due date is computed as *last done + the item's interval* (months, clamped at month
ends by `dates.add_months`) unless someone typed a date of their own (`next_due_overridden`).
"Mark done today" records today as last done and moves the next due date one interval on.
Built-in kinds come from `resources/data/compliance_kinds.json`; groups add their own kinds,
kept in the `compliance_kinds` table and exchanged like any record.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select

from civicdesk.core import validation as v
from civicdesk.core.dates import add_months, parse
from civicdesk.core.validation import FieldError
from civicdesk.db.models import ComplianceItem, ComplianceKind, Space
from civicdesk.errors import ValidationError
from civicdesk.services.attachments import store_attachment
from civicdesk.services.health import compliance_kinds
from civicdesk.services.records import RecordService, require_exists

DUE_SOON_DAYS = 30
MAX_INTERVAL_MONTHS = 240


@dataclass(frozen=True)
class KindInfo:
    """A kind of compliance item offered in the kind dropdown."""

    name: str
    interval_months: int | None
    applies_to: str
    builtin: bool
    id: str | None = None


@dataclass(frozen=True)
class ItemRow:
    """One compliance item as a table shows it, with its state on a given day."""

    id: str
    space_id: str
    kind: str
    last_done: str | None
    interval_months: int | None
    next_due: str | None
    next_due_overridden: bool
    document: dict[str, Any]
    notes: str
    state: str  # "overdue", "due soon", "ok" or "no date"
    days_left: int | None  # negative when overdue

    @classmethod
    def of(cls, item: ComplianceItem, today: date) -> ItemRow:
        due = parse(item.next_due)
        days = (due - today).days if due else None
        if days is None:
            state = "no date"
        elif days < 0:
            state = "overdue"
        elif days <= DUE_SOON_DAYS:
            state = "due soon"
        else:
            state = "ok"
        return cls(item.id, item.space_id, item.kind, item.last_done, item.interval_months, item.next_due,
                   bool(item.next_due_overridden), dict(item.document or {}), item.notes, state, days)


def computed_next_due(last_done: str | None, interval_months: int | None) -> str | None:
    """Last done plus the interval, or None when either is unknown."""
    day = parse(last_done)
    if day is None or not interval_months:
        return None
    return add_months(day, interval_months).isoformat()


def _interval(value: Any) -> int | None:
    return v.optional_int(value, "the interval in months", 1, MAX_INTERVAL_MONTHS)


def _kind_name(value: Any) -> str:
    return v.required_text(value, "what kind of item this is")


class ComplianceService(RecordService[ComplianceItem]):
    """Compliance items of spaces and the kinds to choose from."""

    model = ComplianceItem
    label = "compliance item"
    required = ("space_id", "kind")
    cleaners = {
        "space_id": lambda x: v.required_text(x, "the space"),
        "kind": _kind_name,
        "last_done": v.iso_date,
        "interval_months": _interval,
        "next_due": v.iso_date,
        "next_due_overridden": bool,
        "document": lambda x: dict(x or {}),
        "notes": lambda x: str(x or "").strip(),
    }

    def check_references(self, session: Any, values: dict[str, Any]) -> None:
        if "space_id" in values:
            require_exists(session, Space, values["space_id"], "space_id", "space")

    # -- kinds ------------------------------------------------------------------------------
    def kinds(self) -> list[KindInfo]:
        """Built-in kinds first (in the data file's order), then the group's own, by name."""
        found = [KindInfo(k["kind"], k["interval_months"], k.get("applies_to", "any"), True)
                 for k in compliance_kinds()]
        with self.db.read() as session:
            own = session.scalars(
                select(ComplianceKind).where(ComplianceKind.deleted.is_(False)).order_by(ComplianceKind.name)
            )
            found += [KindInfo(k.name, k.interval_months, k.applies_to, False, k.id) for k in own]
        return found

    def default_interval(self, kind: str) -> int | None:
        for info in self.kinds():
            if info.name.casefold() == kind.casefold():
                return info.interval_months
        return None

    def add_kind(self, name: str, interval_months: int | None, applies_to: str = "any") -> KindInfo:
        """A kind of the group's own, e.g. "Defibrillator pads" every 24 months."""
        errors: dict[str, str] = {}
        try:
            clean_name = _kind_name(name)
            if any(k.name.casefold() == clean_name.casefold() for k in self.kinds()):
                raise FieldError(f"there is already a kind called “{clean_name}”")
        except FieldError as exc:
            errors["name"] = str(exc)
        try:
            months = _interval(interval_months)
        except FieldError as exc:
            errors["interval_months"] = str(exc)
        try:
            where = v.choice(applies_to or "any", ["any", "building"], "place it applies to")
        except FieldError as exc:
            errors["applies_to"] = str(exc)
        if errors:
            raise ValidationError(errors)
        with self.db.write() as session:
            record = self.writer(session).create(
                ComplianceKind, {"name": clean_name, "interval_months": months, "applies_to": where}
            )
            return KindInfo(record.name, record.interval_months, record.applies_to, False, record.id)

    # -- items ------------------------------------------------------------------------------
    def new_item_values(
        self,
        space_id: str,
        kind: str,
        last_done: date | str | None = None,
        interval_months: int | None = None,
        next_due: date | str | None = None,
        notes: str = "",
    ) -> dict[str, Any]:
        """An item's values as `add_item` writes them: checked, the interval defaulting to the
        kind's, the next due date computed unless given, the space known to exist."""
        values: dict[str, Any] = {"space_id": space_id, "kind": kind, "last_done": last_done,
                                  "interval_months": interval_months, "next_due": next_due, "notes": notes}
        cleaned = self.clean(values, creating=True)
        if cleaned["interval_months"] is None:
            cleaned["interval_months"] = self.default_interval(cleaned["kind"])
        cleaned["next_due_overridden"] = cleaned["next_due"] is not None
        if not cleaned["next_due_overridden"]:
            cleaned["next_due"] = computed_next_due(cleaned["last_done"], cleaned["interval_months"])
        cleaned["document"] = {}
        with self.db.read() as session:
            self.check_references(session, cleaned)
        return cleaned

    def add_item(self, space_id: str, kind: str, **details: Any) -> ComplianceItem:
        """Add an item: `details` are `new_item_values`' (last_done, interval_months, next_due, notes)."""
        return self.create(self.new_item_values(space_id, kind, **details))

    def edit_item(self, item_id: str, values: dict[str, Any]) -> ComplianceItem:
        """Change last done, interval, notes or kind; next due follows unless it was overridden."""
        cleaned = self.clean(values, creating=False)
        cleaned.pop("space_id", None)
        with self.db.write() as session:
            item = self._load(session, item_id)
            if "next_due" in cleaned:
                cleaned["next_due_overridden"] = cleaned["next_due"] is not None
            overridden = cleaned.get("next_due_overridden", item.next_due_overridden)
            if not overridden:
                cleaned["next_due"] = computed_next_due(
                    cleaned.get("last_done", item.last_done),
                    cleaned.get("interval_months", item.interval_months),
                )
            self.writer(session).update(item, cleaned)
            return item

    def override_next_due(self, item_id: str, next_due: date | str | None) -> ComplianceItem:
        """Set the next due date by hand; None goes back to the computed date."""
        return self.edit_item(item_id, {"next_due": next_due})

    def done_values(self, item_id: str, today: date | None = None) -> tuple[dict[str, Any], dict[str, Any]]:
        """What marking an item done today changes, as (values before, values after): last done
        becomes today and next due moves one interval on from today."""
        day = (today or date.today()).isoformat()
        item = self.get(item_id)
        after: dict[str, Any] = {"last_done": day, "next_due_overridden": False,
                                 "next_due": computed_next_due(day, item.interval_months)}
        if after["next_due"] is None:
            # No interval: keep a date someone typed rather than losing it.
            after["next_due"] = item.next_due if item.next_due and item.next_due > day else None
            after["next_due_overridden"] = after["next_due"] is not None
        before = {field: getattr(item, field) for field in after}
        return before, after

    def mark_done(self, item_id: str, today: date | None = None) -> ComplianceItem:
        """Done today: last done becomes today and next due moves one interval on from today."""
        return self.update(item_id, self.done_values(item_id, today)[1])

    def attach_document(self, item_id: str, source: Path) -> ComplianceItem:
        """Copy a certificate into the attachments folder and link it to the item."""
        self.get(item_id)  # fail before copying if the item is gone
        document = store_attachment(self.db.path, Path(source))
        with self.db.write() as session:
            item = self._load(session, item_id)
            self.writer(session).update(item, {"document": document})
            return item

    def items_for(self, space_id: str, today: date | None = None) -> list[ItemRow]:
        """A space's items, soonest due first (items without a date last)."""
        today = today or date.today()
        with self.db.read() as session:
            items = session.scalars(
                select(ComplianceItem).where(
                    ComplianceItem.space_id == space_id, ComplianceItem.deleted.is_(False)
                )
            )
            rows = [ItemRow.of(item, today) for item in items]
        return sorted(rows, key=lambda r: (r.next_due is None, r.next_due or "", r.kind))
