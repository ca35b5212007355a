"""Shared helpers for the sync tests: databases per site, forged bundles, file snapshots."""

from __future__ import annotations

import base64
import io
import zipfile
from pathlib import Path
from typing import Any

from civicdesk.core.clock import Stamp, wall_clock_ms
from civicdesk.core.keys import generate_keypair
from civicdesk.core.site_record import ensure_site
from civicdesk.db.database import Database
from civicdesk.db.ids import new_id
from civicdesk.db.migrate import head_revision
from civicdesk.startup import open_database
from civicdesk.sync import bundle_format as fmt
from civicdesk.sync.limits import canonical_json

FORGER_SITE = new_id()
FORGER_PRIVATE, FORGER_PUBLIC = generate_keypair()


def make_site(path: Path, group: str) -> Database:
    db = open_database(path)
    ensure_site(db, group)
    from sqlalchemy import select

    from civicdesk.db.models import Site

    with db.write() as session:
        session.scalars(select(Site)).one().group_name = group
    return db


def snapshot(db: Database) -> bytes:
    """The database file's bytes with everything checkpointed."""
    db.dispose()
    return Path(db.path).read_bytes()


def stamp(offset_ms: int = 0, site: str = FORGER_SITE) -> str:
    return Stamp(wall_clock_ms() + offset_ms, 0, site).encode()


def space_row(name: str = "Forged Hall", **changes: Any) -> dict[str, Any]:
    row = {
        "id": new_id(),
        "created_at": "2026-01-01T00:00:00.000Z",
        "clock": stamp(),
        "field_clocks": {},
        "extra": {},
        "name": name,
        "category": "civic",
        "deleted": False,
    }
    row.update(changes)
    return row


def canonical(row: Any) -> bytes:
    """One row as CivicDesk writes it (sorted keys, no spaces): the importer's fast path."""
    return canonical_json(row)


def ndjson(rows: list[dict[str, Any]]) -> bytes:
    return b"".join(canonical(r) + b"\n" for r in sorted(rows, key=lambda r: r["id"]))


def manifest(members: dict[str, bytes], **changes: Any) -> dict[str, Any]:
    value = {
        "format": fmt.FORMAT,
        "format_version": fmt.FORMAT_VERSION,
        "app_version": "test",
        "schema_version": head_revision(),
        "min_reader_schema": "0002",
        "origin": {"site_id": FORGER_SITE, "group_name": "Forgers"},
        "public_key": base64.b64encode(FORGER_PUBLIC).decode(),
        "created_at": stamp(),
        "vector": {FORGER_SITE: stamp()},
        "base": None,
        "members": {n: {"rows": d.count(b"\n")} for n, d in members.items() if n.startswith("rows/")},
    }
    value.update(changes)
    return value


def forged(members: dict[str, bytes], private_key: bytes = FORGER_PRIVATE, **manifest_changes: Any) -> bytes:
    """A correctly signed bundle with whatever members and manifest fields a test wants."""
    return fmt.write_bundle(manifest(members, **manifest_changes), members, private_key)


def raw_zip(entries: list[tuple[zipfile.ZipInfo | str, bytes]]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for info, data in entries:
            archive.writestr(info, data)
    return out.getvalue()


def holder_clash(folder: Path, sender_name: str, ours_later: bool) -> Database:
    """Hall lends the gazebo to a group, the tenants (concurrently) to a person who did not agree to be
    listed; hall receives the tenants' bundle and has one item in "Needs review"."""
    from civicdesk.services.groups import GroupService
    from civicdesk.services.people import PersonService
    from civicdesk.services.tools import ToolService
    from civicdesk.sync.export import build_bundle
    from civicdesk.sync.receive import BundleImporter

    start = 1_800_000_000_000
    hall = make_site(folder / "hall.sqlite3", "Chapel Street Hall")
    tenants = make_site(folder / "tenants.sqlite3", sender_name)
    at = {"now": lambda: start}
    group = GroupService(hall, **at).create({"name": "Kington Residents' Association"})
    person = PersonService(hall, **at).create(
        {"name": "Abbie Harris", "consent_bundles": {"given": True, "on": "2026-01-01", "how": "form"}}
    )
    gazebo = ToolService(hall, **at).create({"name": "Gazebo"})
    BundleImporter(tenants, now=lambda: start).apply(build_bundle(hall).data)
    hall_at, tenants_at = (start + 2000, start + 1000) if ours_later else (start + 1000, start + 2000)
    ToolService(hall, now=lambda: hall_at).update(
        gazebo.id, {"holder": {"group_id": group.id, "name": group.name}}
    )
    ToolService(tenants, now=lambda: tenants_at).update(
        gazebo.id, {"holder": {"person_id": person.id, "name": person.name}}
    )
    BundleImporter(hall, now=lambda: start + 3000).apply(build_bundle(tenants).data)
    tenants.dispose()
    return hall


def signed_as(partner: Database, members: dict[str, bytes], vector: dict[str, str] | None = None) -> bytes:
    """A bundle of these members, signed with a real partner's own key (as a forger holding it could)."""
    from sqlalchemy import select

    from civicdesk.db.models import Site

    with partner.read() as session:
        site = session.scalars(select(Site)).one()
        site_id, group, private, public = site.site_id, site.group_name, site.private_key, site.public_key
    now = Stamp(wall_clock_ms(), 0, site_id).encode()
    return forged(
        members,
        private_key=private,
        origin={"site_id": site_id, "group_name": group},
        public_key=base64.b64encode(public).decode(),
        vector=vector if vector is not None else {site_id: now},
        created_at=now,
    )
