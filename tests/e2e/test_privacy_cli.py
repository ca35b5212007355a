"""`civicdesk privacy …` in a subprocess: subject access files, erasure with --yes only, the report."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from civicdesk.core.site_record import ensure_site
from civicdesk.services.people import PersonService
from civicdesk.startup import open_database
from tests.e2e.test_cli import civicdesk

CONSENT = {"given": True, "on": "2026-01-05", "how": "form", "recorded_by": "Sec"}


@pytest.fixture
def db_file(tmp_path: Path) -> str:
    path = tmp_path / "p.sqlite3"
    db = open_database(path)
    ensure_site(db, "Hall")
    people = PersonService(db)
    people.create({"name": "Aisha Khan", "email": "aisha@example.org", "consent_directory": CONSENT,
                   "safeguarding": {"dbs_type": "basic", "issued_on": "2020-01-01",
                                    "renewal_due": "2023-01-01"}})
    people.create({"name": "Sam Lee", "phone": "0113 496 0000"})
    people.create({"name": "Sam Lee", "phone": "0113 496 0001"})
    db.dispose()
    return str(path)


def test_export_writes_json_and_pdf_and_bad_people_are_one_line_errors(db_file: str, tmp_path: Path):
    out = tmp_path / "aisha"
    result = civicdesk("--db", db_file, "privacy", "export", "Aisha Khan", "--out", str(out), "--json")
    assert result.returncode == 0, result.stderr
    written = json.loads(result.stdout)
    data = json.loads(Path(written["json"]).read_text(encoding="utf-8"))
    assert data["format"] == "civicdesk-subject-access" and data["person"]["email"] == "aisha@example.org"
    assert set(data) >= {"person", "consents", "roles", "loans", "history"}
    assert Path(written["pdf"]).read_bytes().startswith(b"%PDF")

    missing = civicdesk("--db", db_file, "privacy", "export", "Nobody", "--out", str(out))
    assert missing.returncode == 1 and missing.stderr.startswith("civicdesk: error: there is no person")
    ambiguous = civicdesk("--db", db_file, "privacy", "export", "Sam Lee", "--out", str(out))
    assert ambiguous.returncode == 1 and "2 people are called “Sam Lee”" in ambiguous.stderr
    assert "Traceback" not in ambiguous.stderr and len(ambiguous.stderr.strip().splitlines()) == 1


def test_erase_needs_yes_and_then_erases(db_file: str):
    refused = civicdesk("--db", db_file, "privacy", "erase", "Aisha Khan")
    assert refused.returncode == 2 and "nothing was done" in refused.stderr
    assert "Aisha Khan" in civicdesk("--db", db_file, "search", "Aisha").stdout

    done = civicdesk("--db", db_file, "privacy", "erase", "Aisha Khan", "--yes", "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["already_erased"] is False
    assert "Nothing found" in civicdesk("--db", db_file, "search", "Aisha").stdout
    again = civicdesk("--db", db_file, "privacy", "erase", "Aisha Khan", "--yes")
    assert again.returncode == 1  # her name is gone: nobody is called that any more


def test_report_json_shape_and_retention_setting(db_file: str):
    assert civicdesk("--db", db_file, "privacy", "retention", "5").returncode == 0
    result = civicdesk("--db", db_file, "privacy", "report", "--json", "--today", "2040-01-01")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["retention_years"] == 5 and report["inactive_before"] == "2035-01-01"
    assert report["counts"] == {"inactive": 3, "safeguarding_expired": 1, "deleted": 0}
    aisha = next(p for p in report["people"] if p["name"] == "Aisha Khan")
    assert set(aisha) == {"id", "name", "reasons", "last_activity", "safeguarding_renewal_due", "has_role"}
    assert aisha["reasons"] == ["inactive", "safeguarding_expired"]
    bad = civicdesk("--db", db_file, "privacy", "report", "--today", "soon")
    assert bad.returncode == 1 and "--today" in bad.stderr
    too_long = civicdesk("--db", db_file, "privacy", "report", "--years", "200")
    assert too_long.returncode == 1 and "from 1 to 50" in too_long.stderr


def test_report_suggests_renewing_an_expired_check_and_anonymising_only_the_inactive(db_file: str):
    today = civicdesk("--db", db_file, "privacy", "report")
    assert today.returncode == 0
    aisha = next(line for line in today.stdout.splitlines() if line.startswith("Aisha Khan"))
    assert aisha.endswith("→ renew the DBS check") and "anonymise" not in today.stdout.lower()
    assert "For an expired DBS check: renew the check" in today.stdout
    later = civicdesk("--db", db_file, "privacy", "report", "--today", "2040-01-01").stdout
    sam = next(line for line in later.splitlines() if line.startswith("Sam Lee"))
    assert sam.endswith("→ anonymise")
    assert later.splitlines()[-1] == (
        "Anonymise people with no role and no activity, or deleted: civicdesk privacy anonymise PERSON --yes"
    )
