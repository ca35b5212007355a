"""`civicdesk health` and `civicdesk export --format ics` on the borough, checked by raw SQL."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar

from civicdesk.startup import open_database
from tests.e2e.test_cli import civicdesk

TODAY = date.today()


@pytest.fixture(scope="module")
def borough(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("borough") / "b.sqlite3"
    assert civicdesk("--db", str(db), "demo", "--size", "borough").returncode == 0
    return db


def five_years_on(day: date) -> date:
    try:
        return day.replace(year=day.year + 5)
    except ValueError:  # 29 February
        return day.replace(year=day.year + 5, day=28)


def acv_expiries(conn: sqlite3.Connection) -> list[date]:
    rows = conn.execute(
        "SELECT json_extract(acv, '$.listed_on') FROM spaces WHERE deleted = 0 "
        "AND json_extract(acv, '$.listed_on') IS NOT NULL"
    )
    return [five_years_on(date.fromisoformat(r[0])) for r in rows]


def count(conn: sqlite3.Connection, sql: str, *params: object) -> int:
    return int(conn.execute(sql, params).fetchone()[0])


@pytest.mark.slow
def test_health_json_agrees_with_raw_sql(borough: Path):
    result = civicdesk("--db", str(borough), "health", "--json", "--today", TODAY.isoformat())
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    conn = sqlite3.connect(borough)
    due = ("SELECT count(*) FROM compliance_items c JOIN spaces s ON s.id = c.space_id "
           "WHERE c.deleted = 0 AND s.deleted = 0 AND s.status != 'closed' AND ")
    today, soon = TODAY.isoformat(), (TODAY + timedelta(days=30)).isoformat()
    expected = {
        "overdue": count(conn, due + "c.next_due < ?", today),
        "due_within_30_days": count(conn, due + "c.next_due BETWEEN ? AND ?", today, soon),
        "at_risk_spaces": count(conn, "SELECT count(*) FROM spaces WHERE deleted = 0 AND status = 'at risk'"),
        "acv_expiring_within_180_days": sum(1 for e in acv_expiries(conn) if 0 < (e - TODAY).days <= 180),
        "never_checked": count(
            conn,
            "SELECT count(*) FROM spaces s WHERE s.deleted = 0 AND s.status != 'closed' AND NOT EXISTS "
            "(SELECT 1 FROM health_checks h WHERE h.space_id = s.id AND h.deleted = 0)",
        ),
    }
    got = {key: len(report[key]) for key in expected}
    assert got == expected
    assert report["counts"]["overdue"] == expected["overdue"] > 0
    assert expected["at_risk_spaces"] > 0 and expected["never_checked"] > 0
    first = report["overdue"][0]
    assert set(first) == {"space_id", "space_name", "category", "owner", "item_id", "kind", "last_done",
                          "next_due", "days_left"}
    assert first["days_left"] < 0


@pytest.mark.slow
def test_ics_has_one_all_day_event_per_due_date_in_the_horizon(borough: Path, tmp_path: Path):
    out = tmp_path / "due.ics"
    result = civicdesk("--db", str(borough), "export", "--format", "ics", "--out", str(out),
                       "--horizon-days", "90")
    assert result.returncode == 0, result.stderr
    calendar = Calendar.from_ical(out.read_bytes())
    events = list(calendar.walk("VEVENT"))
    conn = sqlite3.connect(borough)
    horizon = TODAY + timedelta(days=90)
    items = count(
        conn,
        "SELECT count(*) FROM compliance_items c JOIN spaces s ON s.id = c.space_id WHERE c.deleted = 0 "
        "AND s.deleted = 0 AND s.status != 'closed' AND c.next_due <= ?",
        horizon.isoformat(),
    )
    overdue = count(
        conn,
        "SELECT count(*) FROM compliance_items c JOIN spaces s ON s.id = c.space_id WHERE c.deleted = 0 "
        "AND s.deleted = 0 AND s.status != 'closed' AND c.next_due < ?",
        TODAY.isoformat(),
    )
    listings = sum(1 for e in acv_expiries(conn) if TODAY < e <= horizon)
    assert len(events) == items + listings > 0
    # What is already overdue is in the calendar too, on today, saying so.
    late = [e for e in events if str(e["SUMMARY"]).startswith("Overdue: ")]
    assert len(late) == overdue > 0 and all(e.decoded("DTSTART") == TODAY for e in late)
    assert f"{overdue} of them overdue and dated today" in result.stdout
    uids = [str(e["UID"]) for e in events]
    assert len(set(uids)) == len(uids)
    starts = [e.decoded("DTSTART") for e in events]
    assert all(type(d) is date and TODAY <= d <= horizon for d in starts)  # all-day events
    # The same data on the same day gives the same file: a calendar app updates, not duplicates.
    again = tmp_path / "again.ics"
    civicdesk("--db", str(borough), "export", "--format", "ics", "--out", str(again), "--horizon-days", "90")
    assert again.read_bytes() == out.read_bytes()


def test_export_refuses_a_format_it_does_not_know(tmp_path: Path):
    result = civicdesk("--db", str(tmp_path / "x.sqlite3"), "export", "--format", "pdf", "--out", "x")
    assert result.returncode == 2 and "invalid choice" in result.stderr


def test_health_report_for_an_unknown_space_is_one_clear_line(tmp_path: Path):
    db = str(tmp_path / "v.sqlite3")
    open_database(Path(db)).dispose()
    result = civicdesk("--db", db, "health", "--report", "Nowhere Hall", "--out", str(tmp_path / "r.pdf"))
    assert result.returncode == 1
    assert result.stderr.strip() == "civicdesk: error: there is no space with the id or name “Nowhere Hall”"


def test_an_unknown_category_is_refused_and_any_case_is_accepted(borough: Path):
    bogus = civicdesk("--db", str(borough), "health", "--category", "bogus")
    assert bogus.returncode == 1 and bogus.stdout == ""
    assert bogus.stderr.strip() == (
        "civicdesk: error: unknown category “bogus”; choose from: civic, religious, traditional, digital, "
        "private, public, outdoors, routes, occasions, associations"
    )
    shouted = civicdesk("--db", str(borough), "health", "--category", "Religious", "--json")
    assert shouted.returncode == 0
    board = json.loads(shouted.stdout)
    assert board["filters"]["category"] == "religious"
    assert board["overdue"] and {r["category"] for r in board["overdue"]} == {"religious"}
    text = civicdesk("--db", str(borough), "health", "--category", "RELIGIOUS").stdout
    assert "Kit overdue, all kit: --category and --owner do not apply to kit (" in text
    assert "Kit overdue (" in civicdesk("--db", str(borough), "health").stdout
