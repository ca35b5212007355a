"""The command line does what the window does: a bundle's preview in words, asking before it
applies, Needs review (`review list|keep|use`), editing a record (`edit`) and changes-only
bundles for a group we have only sent to."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from civicdesk.services.spaces import SpaceService
from civicdesk.startup import open_database
from tests.unit.review_helpers import TENANTS, twenty_changes

ENV = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}


def civicdesk(*args: str, stdin: int | None = subprocess.DEVNULL) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "civicdesk", *args], capture_output=True, text=True,
                          timeout=300, stdin=stdin, env=ENV)


def _received(tmp_path: Path) -> tuple[str, str, dict[str, str]]:
    hall, bundle, ids = twenty_changes(tmp_path)
    hall.dispose()
    path = tmp_path / "tenants.civicdesk"
    path.write_bytes(bundle)
    return str(tmp_path / "hall.sqlite3"), str(path), ids


def _open(db: str) -> int:
    return json.loads(civicdesk("--db", db, "review", "list", "--json").stdout)["open"]


def test_import_without_yes_shows_each_change_in_words_and_applies_nothing(tmp_path):
    db, bundle, _ids = _received(tmp_path)
    result = civicdesk("--db", db, "bundle", "import", bundle)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.strip() == (
        "civicdesk: error: nothing was applied: to apply this bundle without being asked, run the "
        "same command again with --yes"
    )
    out = result.stdout
    assert "      Hire cost: £12 an hour → £15 an hour (ours waits in Needs review)" in out
    assert "      Opening hours: — → Tue 09:30–17:00; Sat 10:00–13:00" in out
    assert "      Website or online link: — → https://kington.example/library" in out
    assert ("      Status: stays thriving (Kington Residents' Association's, at risk, waits in Needs review)"
            in out)
    assert "  Will wait in Needs review (3):" in out and "hire_cost" not in out and "{" not in out
    assert _open(db) == 0  # nothing was applied


def test_dry_run_json_lists_every_detail_and_whose_value_waits(tmp_path):
    db, bundle, ids = _received(tmp_path)
    shown = json.loads(civicdesk("--db", db, "bundle", "import", bundle, "--dry-run", "--json").stdout)
    details = [d for r in shown["records"] for d in r["details"]]
    assert len(details) == 20
    hall = next(r for r in shown["records"] if r["id"] == ids["Chapel Street Hall"])
    assert hall["details"][-1] == {
        "field": "hire_cost", "label": "Hire cost", "before": "£12 an hour", "after": "£15 an hour",
        "needs_review": True, "waits": "ours", "waiting": "£12 an hour",
        "why": "You and Kington Residents' Association both changed this without seeing each other's "
               "change; theirs is newer.",
    }
    park = next(c for c in shown["conflict_details"] if c["title"] == "Riverside Park")
    assert (park["label"], park["kept_text"], park["other_text"], park["waits"]) == (
        "Status", "thriving", "at risk", "theirs")


def test_asked_at_a_terminal_yes_applies_and_no_does_not(tmp_path):
    db, bundle, _ids = _received(tmp_path)
    for answer, expected in ((b"n\n", 0), (b"y\n", 3)):
        main, secondary = os.openpty()
        os.write(main, answer)
        result = civicdesk("--db", db, "bundle", "import", bundle, stdin=secondary)
        os.close(main)
        os.close(secondary)
        assert result.returncode == 0, result.stderr
        assert "Apply these changes? [y/N]" in result.stdout and "Hire cost: £12 an hour" in result.stdout
        assert _open(db) == expected
    assert "Imported. A backup from before the import is at" in result.stdout


def test_review_list_keep_and_use_from_the_command_line(tmp_path):
    db, bundle, ids = _received(tmp_path)
    assert civicdesk("--db", db, "bundle", "import", bundle, "--yes").returncode == 0
    listed = civicdesk("--db", db, "review", "list")
    assert "#1  Chapel Street Hall (space) · Hire cost" in listed.stdout
    assert "→ Use £12 an hour (ours)" in listed.stdout
    items = json.loads(civicdesk("--db", db, "review", "list", "--json").stdout)["items"]
    hire = next(i for i in items if i["field"] == "hire_cost")
    assert (hire["keep"], hire["use"]) == ("Keep £15 an hour (Kington Residents' Association's)",
                                           "Use £12 an hour (ours)")
    assert hire["current"]["by"] == "Kington Residents' Association" and hire["other"]["ours"] is True

    used = civicdesk("--db", db, "review", "use", str(hire["id"]))
    assert used.returncode == 0, used.stderr
    assert used.stdout.splitlines() == ["Used £12 an hour (ours) for Chapel Street Hall · Hire cost.",
                                        "2 more to review (civicdesk review list)."]
    status = next(i for i in items if i["field"] == "status")
    kept = json.loads(civicdesk("--db", db, "review", "keep", str(status["id"]), "--json").stdout)
    assert (kept["decision"], kept["text"], kept["open"]) == ("keep", "thriving", 1)
    gone = civicdesk("--db", db, "review", "keep", str(status["id"]))
    assert gone.returncode == 1 and gone.stderr.startswith(
        f"civicdesk: error: there is no open review item {status['id']}")
    database = open_database(Path(db))
    assert SpaceService(database).get(ids["Chapel Street Hall"]).hire_cost == "£12 an hour"
    database.dispose()


def test_edit_checks_stamps_and_keeps_history_and_names_a_bad_field(tmp_path):
    db, _bundle, ids = _received(tmp_path)
    library = ("--db", db, "edit", "space", "Kington Library")
    done = civicdesk(*library, "Hire cost=£9 an hour", "tags=books,quiet")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "Changed Kington Library (space):",
        "  Hire cost: £11 an hour → £9 an hour",
        "  Tags: — → books, quiet",
    ]
    bad = civicdesk("--db", db, "edit", "space", ids["Kington Library"], "capacity=lots", "hire_cost=free")
    assert bad.returncode == 1 and bad.stderr.strip() == (
        "civicdesk: error: nothing was changed — capacity (Capacity): capacity must be a whole number")
    unknown = civicdesk("--db", db, "edit", "space", "Kington Library", "colour=red")
    assert unknown.returncode == 1 and "a space has no field “colour”" in unknown.stderr
    civicdesk("--db", db, "edit", "space", "Kington Library", "website=https://kington.example/library")
    as_json = json.loads(civicdesk(*library, "website=", "--json").stdout)
    assert as_json["changed"] == [{"field": "website", "label": "Website or online link",
                                   "before": "https://kington.example/library", "after": "—"}]
    database = open_database(Path(db))
    service = SpaceService(database)
    assert service.get(ids["Kington Library"]).hire_cost == "£9 an hour"
    history = [(e.action, e.field, e.new_value) for e in service.history(ids["Kington Library"])]
    assert ("update", "hire_cost", "£9 an hour") in history
    database.dispose()


def test_changes_only_bundles_start_from_what_the_group_said_it_has(tmp_path):
    db, _bundle, ids = _received(tmp_path)
    tenants = str(tmp_path / "tenants.sqlite3")

    def export(name: str, *more: str) -> subprocess.CompletedProcess[str]:
        made = civicdesk("--db", db, "bundle", "export", "--out", str(tmp_path / name), "--peer",
                         TENANTS, "--no-encrypt", "--force", *more)
        assert made.returncode == 0, made.stderr
        return made

    first = json.loads(export("1.civicdesk", "--json").stdout)
    assert first["incremental"] is False and first["tables"]["spaces"] == 7
    # They have not answered, so the first may have been lost: the next carries everything again.
    second = export("2.civicdesk")
    assert f"records (everything: {TENANTS} has not sent us a bundle yet" in second.stdout
    applied = civicdesk("--db", tenants, "bundle", "import", str(tmp_path / "2.civicdesk"), "--yes")
    assert applied.returncode == 0, applied.stderr
    back = str(tmp_path / "back.civicdesk")
    civicdesk("--db", tenants, "bundle", "export", "--out", back, "--no-encrypt", "--force")
    assert civicdesk("--db", db, "bundle", "import", back, "--yes").returncode == 0
    # Their bundle says what they have: nothing is new to them until we change something.
    text = export("3.civicdesk").stdout
    assert f"There is nothing new for {TENANTS}: their last bundle says they have it all." in text
    civicdesk("--db", db, "edit", "space", "Riverside Park", "capacity=500")
    third = json.loads(export("4.civicdesk", "--json").stdout)
    assert third["incremental"] is True and third["tables"] == {"spaces": 1}
    applied = civicdesk("--db", tenants, "bundle", "import", str(tmp_path / "4.civicdesk"), "--yes")
    assert applied.returncode == 0, applied.stderr
    database = open_database(Path(tenants))
    assert SpaceService(database).get(ids["Riverside Park"]).capacity == 500
    database.dispose()
