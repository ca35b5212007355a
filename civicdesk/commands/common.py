"""What every command needs: which database, opened safely, and JSON printed one way."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from civicdesk.db.database import Database  # SQLAlchemy: not needed to parse the command line



def db_path(args: argparse.Namespace) -> Path:
    """The chosen database; an encrypted one is unlocked here, so every command can open it."""
    from civicdesk.commands.encryption import unlock
    from civicdesk.paths import default_db_path

    path = Path(args.db).expanduser() if getattr(args, "db", None) else default_db_path()
    unlock(path, args)
    return path


def open_db(args: argparse.Namespace) -> Database:
    """Check, back up if needed, migrate and open the chosen database."""
    from civicdesk.db.migrate import open_database

    return open_database(db_path(args))


def print_json(value: Any) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2))
