"""The hours of help given, as a CSV for funders: one row per piece of help, names as consent allows.

Columns: date, helper (a name only with directory consent, else "a volunteer of <group>"),
helper's group, group helped, hours, what was done.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from civicdesk.db.database import Database
from civicdesk.errors import CivicDeskError
from civicdesk.portable import partial_path, replace_file
from civicdesk.services import builders_board

COLUMNS = ("date", "helper", "helper_group", "group_helped", "hours", "what")


def help_hours_csv(db: Database) -> tuple[str, int]:
    rows = builders_board.board(db).help
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    for h in sorted(rows, key=lambda h: (h.done_on, h.id)):
        writer.writerow([h.done_on, h.printed_helper, h.helper_group, h.helped_group, f"{h.hours:g}", h.what])
    return buffer.getvalue(), len(rows)


def write_help_hours(db: Database, out: Path) -> int:
    text, count = help_hours_csv(db)
    if out.is_dir() or not out.parent.is_dir():
        raise CivicDeskError(f"cannot save the hours to {out}: give a file name in a folder that exists")
    try:
        partial = partial_path(out)
        partial.write_text(text, encoding="utf-8", newline="\n")
        replace_file(partial, out)
    except OSError as exc:
        raise CivicDeskError(f"cannot write {out}: {exc.strerror or exc}") from exc
    return count
