"""Shared helpers for the sync tests: databases per site, forged bundles, file snapshots."""

from __future__ import annotations

import base64
import io
import json
import zipfile
from pathlib import Path
from typing import Any

from civicdesk.db.database import Database
from civicdesk.db.ids import new_id
from civicdesk.db.migrate import head_revision, open_database
from civicdesk.sync import bundle_format as fmt
from civicdesk.sync.clock import Stamp, wall_clock_ms
from civicdesk.sync.keys import generate_keypair

FORGER_SITE = new_id()
FORGER_PRIVATE, FORGER_PUBLIC = generate_keypair()


def make_site(path: Path, group: str) -> Database:
    db = open_database(path)
    db.ensure_site(group)
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


def ndjson(rows: list[dict[str, Any]]) -> bytes:
    return b"".join(
        json.dumps(r, sort_keys=True).encode() + b"\n" for r in sorted(rows, key=lambda r: r["id"])
    )


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
