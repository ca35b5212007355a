"""Bring a database file to the current schema safely, before any window opens.

A file from a newer CivicDesk is refused and left byte-for-byte untouched; anything we do
change is backed up first with SQLite's backup API.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from civicdesk.db import backup, connection
from civicdesk.errors import DatabaseError, NewerDatabaseError

if TYPE_CHECKING:
    from alembic.config import Config


MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
SEARCH_TABLES = {"search_fts", "search_key"}


def include_object(obj: object, name: str | None, type_: str, reflected: bool, compare_to: object) -> bool:
    """Leave the FTS5 search tables, which the models do not describe, out of autogenerate."""
    return not (type_ == "table" and (name in SEARCH_TABLES or (name or "").startswith("search_fts_")))


def alembic_config() -> Config:
    from alembic.config import Config  # imported here: Alembic is needed only for upgrades

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


_REVISION_LINE = re.compile(r"^(down_revision|revision) = ['\"]?([^'\"\n]*)['\"]?\s*$", re.MULTILINE)


@cache
def _revision_graph() -> dict[str, str | None]:
    """revision -> down_revision, read from the migration scripts as text.

    Reading the two assignment lines is enough to know the chain, and it spares every start-up
    the half second Alembic takes to import; Alembic itself runs only when an upgrade is due.
    """
    graph: dict[str, str | None] = {}
    for script in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        text = script.read_text(encoding="utf-8")
        found = {m.group(1): m.group(2) for m in _REVISION_LINE.finditer(text)}
        if "revision" in found:
            down = found.get("down_revision")
            graph[found["revision"]] = None if down in (None, "", "None") else down
    return graph


def known_revisions() -> set[str]:
    return set(_revision_graph())


def head_revision() -> str:
    graph = _revision_graph()
    heads = set(graph) - {down for down in graph.values() if down}
    if len(heads) != 1:
        raise DatabaseError(f"the migration scripts have {len(heads)} heads: {sorted(heads)}")
    return heads.pop()


def stored_revision(path: Path, passphrase: str | None = None) -> str | None:
    """The schema revision recorded in the file, read without changing a byte.

    None means an empty or brand-new file. Raises DatabaseError for files that are not ours.
    """
    if not path.exists() or path.stat().st_size == 0:
        return None
    errors = connection.driver_errors()
    try:
        conn = connection.connect(path, passphrase, read_only=True)  # a wrong passphrase: a clear error
    except errors as exc:
        raise DatabaseError(f"cannot open {path}: {exc}") from exc
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not tables:
            return None
        if "alembic_version" not in tables:
            raise DatabaseError(f"{path} is not a CivicDesk database (it has other tables in it)")
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    except errors as exc:
        raise DatabaseError(f"{path} is not a CivicDesk database or is damaged ({exc})") from exc
    finally:
        conn.close()


def is_current(path: Path, passphrase: str | None = None) -> bool:
    """The file exists and is at the head revision, so opening it changes nothing (sqlite3 only)."""
    try:
        return stored_revision(Path(path).expanduser(), passphrase) == head_revision()
    except DatabaseError:
        return False


def upgrade(path: Path, passphrase: str | None = None) -> Path | None:
    """Upgrade the file to the head revision; returns the backup made first, if any."""
    from civicdesk.db import create

    create.clear_half_made(path, passphrase)  # a file an interrupted start of an older version left
    revision = stored_revision(path, passphrase)
    if revision is not None and revision not in known_revisions():
        raise NewerDatabaseError(
            f"{path} was written by a newer version of CivicDesk (schema {revision}); "
            "please install the latest CivicDesk to open it. The file was not changed."
        )
    head = head_revision()
    if revision == head:
        return None
    saved = None
    if revision is not None:
        saved = backup.backup_database(path, reason=f"before-upgrade-{revision}", passphrase=passphrase)
    path.parent.mkdir(parents=True, exist_ok=True)
    # One transaction: a kill leaves all of it or none.
    create.migrate_atomically(path, alembic_config(), passphrase)
    return saved
