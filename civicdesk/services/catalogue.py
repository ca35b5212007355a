"""The starter catalogue of community-building tools: installed into every database, updated safely.

Every installation gets the same starter entries with the same ids (UUIDv5 of the entry's slug
under `CATALOGUE_NAMESPACE`), so bundles exchanged between groups never duplicate them.

The catalogue writes with its own clock stamps, `(version, 0, CATALOGUE_SITE)`. Their wall time is
the tiny catalogue version number, so:

- any edit a person makes (stamped with the real time) is later than every catalogue stamp and
  wins every merge — a group's own edit is never overwritten, here or at a partner's;
- a field whose clock is still a catalogue stamp has never been edited by anyone, so a newer
  catalogue may replace it; a field with any other clock is left alone;
- every installation writes identical starter rows, so two groups exchanging them agree at once.

The version a starter row was last brought up to is the catalogue stamp on its `starter_slug`
field (a field no one edits), so no table or column is needed to remember it.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from civicdesk.core import search_index
from civicdesk.core.clock import Stamp
from civicdesk.db.bulk import insert_rows, new_synced_row
from civicdesk.db.database import Database
from civicdesk.db.models import ChangeLog, Tool, clock_key
from civicdesk.paths import resource_path

# Fixed for ever: changing it would give every starter entry a new id on every installation.
CATALOGUE_NAMESPACE = uuid.UUID("6f1c2a52-3d0e-5b7a-9c41-2e8d7f5a0b13")
# The "site" that signs catalogue writes; no real installation has this id.
CATALOGUE_SITE = str(CATALOGUE_NAMESPACE)
AUTHOR = "starter catalogue"

# What a tool is for. The six the issue names, plus "get organised" for the rotas, constitutions
# and policies that keep a group itself running (none of the six describes them).
PURPOSES = (
    "meet neighbours",
    "share things",
    "raise money",
    "run a meeting",
    "reach isolated people",
    "look after a space",
    "get organised",
)
COSTS = ("free", "under £50", "£50–£200", "over £200")
# The fields a catalogue entry sets; everything else on a tool belongs to the group.
CATALOGUE_FIELDS = (
    "name",
    "kind",
    "description",
    "how_to_use",
    "cost",
    "link",
    "purposes",
    "skills",
    "setup_time",
    "accessibility_notes",
    "tags",
)


def starter_id(slug: str) -> str:
    """The id a starter entry has on every installation."""
    return str(uuid.uuid5(CATALOGUE_NAMESPACE, slug))


def catalogue_stamp(version: int) -> str:
    return Stamp(version, 0, CATALOGUE_SITE).encode()


def stamp_version(stamp: str | None) -> int | None:
    """The catalogue version of a catalogue stamp; None for any other writer's stamp."""
    if not stamp:
        return None
    try:
        decoded = Stamp.decode(stamp)
    except ValueError:
        return None
    return decoded.wall_ms if decoded.site == CATALOGUE_SITE else None


@dataclass(frozen=True)
class Catalogue:
    version: int
    released: str
    entries: tuple[dict[str, Any], ...]


@cache
def load() -> Catalogue:
    """The catalogue shipped with this version of CivicDesk."""
    with resource_path("data", "tool_catalogue.json").open(encoding="utf-8") as handle:
        data = json.load(handle)
    return Catalogue(int(data["version"]), str(data["released"]), tuple(data["tools"]))


@dataclass(frozen=True)
class InstallResult:
    version: int
    added: int
    updated_fields: int
    kept_local_edits: int


def _row_version(clock: str, slug_clock: str | None) -> int:
    return stamp_version(slug_clock or clock) or 0


def install(db: Database, catalogue: Catalogue | None = None) -> InstallResult:
    """Add missing starter entries and bring untouched fields of existing ones up to date.

    Quick when there is nothing to do (one small query), so it runs every time a database opens.
    """
    catalogue = catalogue or load()
    with db.read() as session:
        installed = _installed_versions(session)
    if all(installed.get(e["slug"], -1) >= catalogue.version for e in catalogue.entries):
        return InstallResult(catalogue.version, 0, 0, 0)
    with db.write() as session:
        return install_in(session, catalogue)


def _installed_versions(session: Session) -> dict[str, int]:
    rows = session.execute(
        select(Tool.starter_slug, Tool.clock, Tool.field_clocks).where(Tool.starter_slug.is_not(None))
    ).all()
    return {slug: _row_version(clock, (clocks or {}).get("starter_slug")) for slug, clock, clocks in rows}


def install_in(session: Session, catalogue: Catalogue) -> InstallResult:
    """The installer inside a write session (the example-data generator calls it too)."""
    stamp = catalogue_stamp(catalogue.version)
    at = f"{catalogue.released}T00:00:00.000Z"
    existing = {t.id: t for t in session.scalars(select(Tool).where(Tool.starter_slug.is_not(None)))}
    new_rows: list[dict[str, Any]] = []
    updated = kept = 0
    for entry in catalogue.entries:
        tool_id = starter_id(entry["slug"])
        values = {
            f: entry.get(f, [] if f in ("purposes", "skills", "tags") else "") for f in CATALOGUE_FIELDS
        }
        tool = existing.get(tool_id) or session.get(Tool, tool_id)
        if tool is None:
            new_rows.append(
                new_synced_row(
                    tool_id,
                    stamp,
                    at,
                    holder={},
                    condition="",
                    starter_slug=entry["slug"],
                    hidden=False,
                    **values,
                )
            )
            continue
        clocks = dict(tool.field_clocks or {})
        changed = False
        if _row_version(tool.clock, clocks.get("starter_slug")) >= catalogue.version:
            continue  # already this version or newer (perhaps from a partner's bundle)
        for field, value in values.items():
            key = clock_key(Tool, field)
            field_version = stamp_version(clocks.get(key, tool.clock))
            if field_version is None:
                kept += getattr(tool, field) != value  # a person changed it: theirs stays
                continue
            if field_version < catalogue.version and getattr(tool, field) != value:
                session.add(
                    ChangeLog(
                        record_type="tool",
                        record_id=tool.id,
                        action="update",
                        field=field,
                        old_value=getattr(tool, field),
                        new_value=value,
                        clock=stamp,
                        author=AUTHOR,
                        at=at,
                    )
                )
                setattr(tool, field, value)
                clocks[key] = stamp
                updated += 1
                changed = True
        clocks["starter_slug"] = stamp
        tool.field_clocks = clocks
        if changed:
            session.flush()

            def value_of(name: str, t: Tool = tool) -> Any:
                return getattr(t, name, None)

            search_index.index_record(session, "tool", tool.id, value_of)
    if new_rows:
        insert_rows(session, Tool.__table__, new_rows)
        search_index.bulk_index(session, (("tool", row["id"], row.get) for row in new_rows))
    return InstallResult(catalogue.version, len(new_rows), updated, kept)


def installed_version(db: Database) -> int:
    """The oldest catalogue version any starter entry is at (0 when none is installed)."""
    with db.read() as session:
        versions = _installed_versions(session)
    return min(versions.values()) if versions else 0
