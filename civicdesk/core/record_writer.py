"""Every change a person makes goes through here: stamped, remembered and indexed.

One `RecordWriter` lives for one write session. Each create, update or delete takes one Hybrid
Logical Clock stamp; changed fields record that stamp (so a later bundle merge can decide per
field), the change history gets a line per field, and the search index is kept in step.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from civicdesk.core import search_index
from civicdesk.core.clock import HybridClock, Stamp, wall_clock_ms
from civicdesk.db.database import utc_now_iso
from civicdesk.db.ids import new_id
from civicdesk.db.models import ChangeLog, Site, SyncedMixin, clock_key, synced_fields

T = TypeVar("T", bound=SyncedMixin)


class RecordWriter:
    def __init__(self, session: Session, author: str = "", now: Callable[[], int] = wall_clock_ms) -> None:
        self.session = session
        self.author = author
        site = session.scalars(select(Site)).one()
        self._site = site
        last = Stamp.decode(site.hlc_last) if site.hlc_last else None
        self.clock = HybridClock(site.site_id, last, now)

    def tick(self) -> str:
        """A fresh stamp for one write event (also used by bulk writers)."""
        stamp = self.clock.tick().encode()
        self._site.hlc_last = stamp
        return stamp

    def _log(
        self,
        record: SyncedMixin,
        action: str,
        stamp: str,
        at: str,
        field: str = "",
        old: Any = None,
        new: Any = None,
    ) -> None:
        self.session.add(
            ChangeLog(
                record_type=record.RECORD_TYPE,
                record_id=record.id,
                action=action,
                field=field,
                old_value=old,
                new_value=new,
                clock=stamp,
                author=self.author,
                at=at,
            )
        )

    def _reindex(self, record: SyncedMixin) -> None:
        if record.RECORD_TYPE in search_index.SEARCHABLE_TYPES:
            self.session.flush()
            search_index.index_record(
                self.session, record.RECORD_TYPE, record.id, lambda f: getattr(record, f, None)
            )

    def create(self, model: type[T], values: dict[str, Any], record_id: str | None = None) -> T:
        stamp, at = self.tick(), utc_now_iso()
        record = model(
            id=record_id or new_id(),
            created_at=at,
            updated_at=at,
            clock=stamp,
            field_clocks={},
            extra={},
            deleted=False,
            **values,
        )
        self.session.add(record)
        self.session.flush()
        self._log(record, "create", stamp, at, new={k: values[k] for k in sorted(values)})
        self._reindex(record)
        return record

    def update(self, record: SyncedMixin, values: dict[str, Any]) -> dict[str, tuple[Any, Any]]:
        """Apply changed values only; returns {field: (old, new)} of what really changed."""
        allowed = set(synced_fields(type(record)))
        unknown = set(values) - allowed
        if unknown:
            raise KeyError(f"not fields of {record.RECORD_TYPE}: {sorted(unknown)}")
        changes = {f: (getattr(record, f), new) for f, new in values.items() if getattr(record, f) != new}
        if not changes:
            return {}
        stamp, at = self.tick(), utc_now_iso()
        clocks = dict(record.field_clocks or {})
        for field, (old, new) in changes.items():
            setattr(record, field, new)
            clocks[clock_key(type(record), field)] = stamp
            self._log(record, "update", stamp, at, field, old, new)
        record.field_clocks = clocks
        record.updated_at = at
        self._reindex(record)
        return changes

    def delete(self, record: SyncedMixin) -> None:
        self._set_deleted(record, True)

    def restore(self, record: SyncedMixin) -> None:
        self._set_deleted(record, False)

    def _set_deleted(self, record: SyncedMixin, deleted: bool) -> None:
        if record.deleted == deleted:
            return
        stamp, at = self.tick(), utc_now_iso()
        record.deleted = deleted
        record.field_clocks = {**(record.field_clocks or {}), "deleted": stamp}
        record.updated_at = at
        self._log(record, "delete" if deleted else "restore", stamp, at, "deleted", not deleted, deleted)
        self._reindex(record)


def field_clock(record: SyncedMixin, field: str) -> str:
    """The stamp of the last write to a field: its own, or the record's creation stamp."""
    return str((record.field_clocks or {}).get(clock_key(type(record), field), record.clock))
