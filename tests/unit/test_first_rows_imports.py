"""The path to the first rows on screen imports only what showing them needs (as the frame test does)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

# Run `civicdesk --db DB --screenshot OUT --view people`; when a table with rows in it is first
# painted, note the rows and every module loaded so far.
WATCH = r"""
import json, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QTableView
app = QApplication(sys.argv[:1])
seen = {}
class FirstRows(QObject):
    def eventFilter(self, obj, event):
        table = obj.parent()
        if (event.type() == QEvent.Type.Paint and not seen and isinstance(table, QTableView)
                and table.model() is not None and table.model().rowCount() > 0):
            seen["first"] = table.model().index(0, 0).data()
            seen["modules"] = sorted(sys.modules)
        return False
watcher = FirstRows()
app.installEventFilter(watcher)
from civicdesk.cli import main
code = main(["--db", sys.argv[1], "--screenshot", sys.argv[2], "--view", "people"])
print(json.dumps({**seen, "code": code}))
"""

# Not needed to show the first rows: they load behind them, or when first used.
NOT_ON_THE_PATH = (
    "sqlalchemy", "alembic", "reportlab", "msgspec",
    "civicdesk.db.database", "civicdesk.db.models", "civicdesk.services.catalogue",
    "civicdesk.services.search", "civicdesk.services.network", "civicdesk.services.records",
    "civicdesk.ui.map", "civicdesk.ui.network", "civicdesk.ui.workspace", "civicdesk.ui.health",
    "civicdesk.ui.tools", "civicdesk.reports", "civicdesk.sync", "civicdesk.interop",
)
# The command line reads the calendar export's default horizon from it (standard library only).
ALLOWED = {"civicdesk.interop", "civicdesk.interop.ics"}


def test_the_first_rows_on_screen_need_no_sqlalchemy_nor_other_views(village, tmp_path):
    from civicdesk.services import listing

    first_person = listing.page(village, "person", limit=1)[0][1]
    village.dispose()
    out = subprocess.run(
        [sys.executable, "-c", WATCH, str(village.path), str(tmp_path / "people.png")],
        capture_output=True, text=True, check=True, timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    ).stdout
    seen = json.loads(out.strip().splitlines()[-1])
    assert seen["code"] == 0 and (tmp_path / "people.png").stat().st_size > 0
    assert seen["first"] == first_person  # the list's own first row, before the database opened
    loaded = [
        m for m in seen["modules"]
        if m not in ALLOWED and any(m == p or m.startswith(p + ".") for p in NOT_ON_THE_PATH)
    ]
    assert loaded == []
