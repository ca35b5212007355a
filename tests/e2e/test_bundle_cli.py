"""`civicdesk bundle export|import` in a subprocess, as a volunteer or a script runs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest


def civicdesk(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "civicdesk", *args],
        capture_output=True,
        text=True,
        timeout=300,
        stdin=subprocess.DEVNULL,
        env=os.environ.copy(),
    )


@pytest.mark.slow
def test_export_then_dry_run_then_import_with_json_summaries(tmp_path: Path):
    hall, tenants = str(tmp_path / "hall.sqlite3"), str(tmp_path / "tenants.sqlite3")
    bundle = str(tmp_path / "hall.civicdesk")
    assert civicdesk("--db", hall, "demo", "--size", "village").returncode == 0

    refused = civicdesk("--db", hall, "bundle", "export", "--out", bundle)
    assert refused.returncode == 1 and refused.stderr.startswith("civicdesk: error:")
    assert "must be encrypted" in refused.stderr and len(refused.stderr.splitlines()) == 1

    made = civicdesk("--db", hall, "bundle", "export", "--out", bundle, "--no-encrypt", "--force", "--json")
    assert made.returncode == 0, made.stderr
    exported = json.loads(made.stdout)
    assert exported["encrypted"] is False and exported["tables"]["spaces"] == 40
    assert exported["withheld_people"] > 0 and len(exported["fingerprint"].split()) == 5

    preview = civicdesk("--db", tenants, "bundle", "import", bundle, "--dry-run", "--json")
    assert preview.returncode == 0, preview.stderr
    shown = json.loads(preview.stdout)
    # The starter tool catalogue is already in every database, under the same ids.
    assert shown["dry_run"] is True
    assert shown["new"] + shown["updated"] + shown["unchanged"] == exported["rows"]
    assert shown["first_contact"]
    assert shown["fingerprint"] == exported["fingerprint"]

    unconfirmed = civicdesk("--db", tenants, "bundle", "import", bundle)
    assert unconfirmed.returncode == 1 and "--yes" in unconfirmed.stderr

    done = json.loads(civicdesk("--db", tenants, "bundle", "import", bundle, "--yes", "--json").stdout)
    assert done["applied"] and done["new"] == shown["new"] and done["backup"]
    again = json.loads(civicdesk("--db", tenants, "bundle", "import", bundle, "--yes", "--json").stdout)
    assert (again["new"], again["updated"], again["deleted"], again["conflicts"]) == (0, 0, 0, 0)
    assert not again["first_contact"]
    third = civicdesk("--db", tenants, "bundle", "import", bundle, "--yes")
    assert third.returncode == 0 and "None" not in third.stdout
    assert third.stdout.splitlines()[-1] == (
        "Nothing was changed: this bundle was imported before, so no backup was needed."
    )

    stats = json.loads(civicdesk("--db", tenants, "stats", "--json").stdout)
    assert stats["spaces"] == 40


def test_a_damaged_bundle_gets_one_line_and_exit_1(tmp_path: Path):
    db = str(tmp_path / "db.sqlite3")
    broken = tmp_path / "broken.civicdesk"
    broken.write_bytes(b"PK\x03\x04 this was cut short")
    result = civicdesk("--db", db, "bundle", "import", str(broken), "--yes")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith("civicdesk: error: the bundle is damaged or incomplete")
    missing = civicdesk("--db", db, "bundle", "import", str(tmp_path / "nope.civicdesk"))
    assert missing.returncode == 1 and "there is no file" in missing.stderr
