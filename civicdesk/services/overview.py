"""Counts and checks that describe a whole database (for `stats`, `check` and the status bar)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select, text

from civicdesk.core.record_types import COUNTED
from civicdesk.db import migrate
from civicdesk.db.database import Database
from civicdesk.db.models import SyncedMixin

# The keys of `civicdesk stats --json`, in the order they are printed.
STATS_KEYS: tuple[tuple[str, type[SyncedMixin]], ...] = tuple((t.plural, t.model) for t in COUNTED)


def stats(db: Database) -> dict[str, int]:
    """Records per type, not counting deleted records (erased people are deleted too)."""
    counts = {}
    with db.read() as session:
        for key, model in STATS_KEYS:
            query = select(func.count()).select_from(model).where(model.deleted.is_(False))
            counts[key] = session.scalar(query) or 0
    return counts


@dataclass(frozen=True)
class CheckResult:
    ok: bool
    integrity: str
    foreign_key_problems: int
    revision: str | None
    head: str

    @property
    def summary(self) -> str:
        state = "current" if self.revision == self.head else f"needs upgrade to {self.head}"
        verdict = "ok" if self.ok else "problem"
        return (
            f"{verdict}: integrity check {self.integrity}; {self.foreign_key_problems} broken links; "
            f"schema {self.revision} ({state})"
        )


def check(db: Database) -> CheckResult:
    with db.read() as session:
        conn = session.connection()
        integrity = ", ".join(r[0] for r in conn.execute(text("PRAGMA integrity_check")))
        fk_problems = len(conn.execute(text("PRAGMA foreign_key_check")).all())
    revision = migrate.stored_revision(db.path, db.passphrase)
    head = migrate.head_revision()
    return CheckResult(
        integrity == "ok" and fk_problems == 0 and revision == head, integrity, fk_problems, revision, head
    )
