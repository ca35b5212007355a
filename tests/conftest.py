"""Shared fixtures. Qt must run offscreen, and nothing may touch the real user's data."""

from __future__ import annotations

import os
import tempfile

# Before any Qt import: there is no display in CI.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Keep the user's real data, settings and logs out of reach of every test.
_SANDBOX = tempfile.mkdtemp(prefix="civicdesk-tests-")
for _var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
    os.environ[_var] = os.path.join(_SANDBOX, _var.lower())
os.environ.pop("CIVICDESK_DB", None)

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from civicdesk.db.database import Database  # noqa: E402
from civicdesk.startup import open_database  # noqa: E402


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "civicdesk.sqlite3"


@pytest.fixture
def db(db_path: Path) -> Database:
    database = open_database(db_path)
    yield database
    database.dispose()


@pytest.fixture
def village(db: Database) -> Database:
    """A database holding the village example neighbourhood."""
    from civicdesk.services import demo

    demo.generate(db, "village", seed=7)
    return db
