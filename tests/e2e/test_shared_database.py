"""The app and a `civicdesk` command used on the same database at once lose nothing."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

# The app's side, in a process of its own: it edits, asks whether its file is encrypted (the lock
# and backups do), lets a command run on the same file, edits again, and ends without closing the
# database cleanly (as after a crash or a killed window).
APP = textwrap.dedent("""
    import os, subprocess, sys
    from pathlib import Path
    from civicdesk.db import connection
    from civicdesk.startup import open_database
    from civicdesk.services.spaces import SpaceService

    path = Path(sys.argv[1])
    spaces = SpaceService(open_database(path))
    hall = spaces.create({"name": "Orchard Hall", "category": "civic"})
    assert not connection.is_encrypted(path)
    ran = subprocess.run([sys.executable, "-m", "civicdesk", "--db", str(path), "stats"], capture_output=True)
    assert ran.returncode == 0, ran.stderr
    spaces.delete(hall.id)
    spaces.restore(hall.id)  # undone in the app
    spaces.create({"name": "Cherry Tree Library", "category": "civic"})
    os._exit(0)
""")


def test_edits_made_after_a_command_ran_beside_the_app_reach_the_file(tmp_path: Path):
    """Asking whether the file is encrypted must not release the app's SQLite locks: the command
    would then fold and delete the write-ahead log, and the app's later edits would go to a file
    nobody reads any more."""
    path = tmp_path / "shared.sqlite3"
    app = subprocess.run([sys.executable, "-c", APP, str(path)], capture_output=True, text=True, timeout=120)
    assert app.returncode == 0, app.stderr
    with sqlite3.connect(path) as conn:
        rows = dict(conn.execute("SELECT name, deleted FROM spaces").fetchall())
    assert rows == {"Orchard Hall": 0, "Cherry Tree Library": 0}
