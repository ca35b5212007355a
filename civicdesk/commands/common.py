"""What every command needs: which database, opened safely, and JSON printed one way."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from civicdesk.errors import CivicDeskError

if TYPE_CHECKING:
    from civicdesk.db.database import Database  # SQLAlchemy: not needed to parse the command line

Handler = TypeVar("Handler", bound=Callable[[argparse.Namespace], int])


def creates_database(handler: Handler) -> Handler:
    """Mark a command that may start a new database where --db points.

    Every other command needs a database there already: a mistyped --db must not quietly start
    an empty one (and its folder) and report 0 spaces.
    """
    handler.creates_database = True  # type: ignore[attr-defined]
    return handler


def chosen_database(args: argparse.Namespace) -> tuple[Path, str | None]:
    """The chosen database and its passphrase (None for a plain file): an encrypted one is
    unlocked here, and the command hands the passphrase to whatever opens the file."""
    from civicdesk.commands.passphrase import unlock
    from civicdesk.paths import default_db_path

    path = Path(args.db).expanduser() if getattr(args, "db", None) else default_db_path()
    if not path.exists() and not getattr(getattr(args, "handler", None), "creates_database", False):
        raise CivicDeskError(f"there is no database at {path}")
    return path, unlock(path, args)


def open_db(args: argparse.Namespace) -> Database:
    """Check, back up if needed, migrate and open the chosen database."""
    from civicdesk.startup import open_database

    return open_database(*chosen_database(args))


def print_json(value: Any) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2))


def find_record(service: Any, record_type: str, wanted: str) -> Any:
    """The record whose id or exact name is `wanted`, or one clear message (none, or several: their ids)."""
    from civicdesk.errors import NotFoundError

    try:
        return service.get(wanted)
    except NotFoundError:
        pass
    found = service.find_by_name(wanted)
    if len(found) == 1:
        return found[0]
    if found:
        ids = ", ".join(r.id for r in found)
        raise CivicDeskError(f"{len(found)} {record_type} records are called “{wanted}” ({ids}); give the id")
    raise CivicDeskError(f"there is no {record_type} with the id or exact name “{wanted}”")
