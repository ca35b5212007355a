"""`civicdesk booking add|list|cancel` and `civicdesk diary`: exit codes, messages and JSON shapes."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from icalendar import Calendar

from tests.e2e.test_cli import civicdesk


@pytest.fixture
def hall(tmp_path: Path) -> Path:
    db = tmp_path / "v.sqlite3"
    assert civicdesk("--db", str(db), "import", str(_spaces_csv(tmp_path)), "--type", "space").returncode == 0
    return db


def _spaces_csv(tmp_path: Path) -> Path:
    path = tmp_path / "spaces.csv"
    path.write_text("name,category\nMill Lane Hall,civic\n", encoding="utf-8")
    return path


def run(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return civicdesk("--db", str(db), *args)


def test_book_a_term_list_it_refuse_a_clash_and_cancel_a_date(hall: Path, tmp_path: Path):
    added = run(
        hall,
        "booking",
        "add",
        "--space",
        "Mill Lane Hall",
        "--hirer",
        "Tuesday Yoga",
        "--title",
        "Yoga",
        "--date",
        "2027-01-12",
        "--start",
        "18:30",
        "--end",
        "20:00",
        "--clearaway",
        "15",
        "--repeat",
        "weekly",
        "--until",
        "2027-03-30",
        "--skip",
        "2027-02-16",
        "--skip",
        "2027-03-02",
        "--json",
    )
    assert added.returncode == 0, added.stderr
    made = json.loads(added.stdout)
    assert set(made) == {"id", "dates", "rule", "books_over"}
    assert made["dates"] == 10 and made["rule"] == "Every Tuesday until 30 March 2027"

    clash = run(
        hall,
        "booking",
        "add",
        "--space",
        "Mill Lane Hall",
        "--hirer",
        "Sam",
        "--title",
        "Party",
        "--date",
        "2027-01-26",
        "--start",
        "20:00",
        "--end",
        "23:00",
    )
    assert clash.returncode == 1 and clash.stdout == ""
    assert clash.stderr.strip() == (
        "civicdesk: error: Mill Lane Hall is already booked then: Yoga (Tuesday Yoga) in Mill Lane Hall, "
        "Tue 26 Jan 2027 18:30–20:00, set-up and clear-away included. Choose another time, or book over it "
        "on purpose."
    )
    private = run(
        hall,
        "booking",
        "add",
        "--space",
        "Mill Lane Hall",
        "--hirer",
        "Sam Jones",
        "--title",
        "Birthday",
        "--private",
        "--date",
        "2027-01-16",
        "--start",
        "14:00",
        "--end",
        "18:00",
        "--json",
    )
    assert private.returncode == 0

    listed = run(
        hall,
        "booking",
        "list",
        "--space",
        "Mill Lane Hall",
        "--from",
        "2027-01-01",
        "--to",
        "2027-12-31",
        "--json",
    )
    data = json.loads(listed.stdout)
    assert set(data) == {"from", "to", "bookings"}
    entries = data["bookings"]
    assert len(entries) == 11
    assert set(entries[0]) == {
        "id",
        "space_id",
        "room_id",
        "room",
        "title",
        "hirer",
        "date",
        "start",
        "end",
        "setup_minutes",
        "clearaway_minutes",
        "status",
        "private",
        "recurring",
        "moved",
    }
    assert entries[0]["start"] == "2027-01-12T18:30" and entries[0]["hirer"] == "Tuesday Yoga"
    birthday = next(e for e in entries if e["private"])
    assert birthday["title"] == "booked" and birthday["hirer"] == ""

    cancelled = run(hall, "booking", "cancel", made["id"], "--date", "2027-01-19", "--json")
    assert json.loads(cancelled.stdout) == {"id": made["id"], "cancelled": "date", "date": "2027-01-19"}
    wrong = run(hall, "booking", "cancel", made["id"], "--date", "2027-01-20")
    assert wrong.returncode == 1 and "has no date 2027-01-20" in wrong.stderr
    after = json.loads(
        run(hall, "booking", "list", "--json", "--from", "2027-01-01", "--to", "2027-12-31").stdout
    )
    assert len(after["bookings"]) == 10

    sheet = run(
        hall,
        "diary",
        "--week",
        "2027-01-12",
        "--space",
        "Mill Lane Hall",
        "--out",
        str(tmp_path / "week.pdf"),
        "--json",
    )
    assert json.loads(sheet.stdout) == {"out": str(tmp_path / "week.pdf"), "week": "2027-01-11", "spaces": 1}
    assert (tmp_path / "week.pdf").read_bytes().startswith(b"%PDF")

    ics = run(hall, "booking", "ics", "--space", "Mill Lane Hall", "--out", str(tmp_path / "hall.ics"))
    assert ics.returncode == 0
    calendar = Calendar.from_ical((tmp_path / "hall.ics").read_bytes())
    events = list(calendar.walk("VEVENT"))
    assert {str(e["SUMMARY"]) for e in events} == {"Booked"}
    yoga = next(e for e in events if "RRULE" in e)
    assert yoga["RRULE"]["FREQ"] == ["WEEKLY"]
    skipped = {
        d.dt.date().isoformat()
        for ex in ([yoga["EXDATE"]] if not isinstance(yoga["EXDATE"], list) else yoga["EXDATE"])
        for d in ex.dts
    }
    assert skipped == {"2027-01-19", "2027-02-16", "2027-03-02"}

    confirmation = run(
        hall, "booking", "confirmation", made["id"], "--out", str(tmp_path / "yoga.pdf"), "--json"
    )
    assert json.loads(confirmation.stdout)["dates"] == 9


def test_bad_input_is_one_line_and_usage_is_exit_2(hall: Path):
    bad_date = run(
        hall,
        "booking",
        "add",
        "--space",
        "Mill Lane Hall",
        "--hirer",
        "X",
        "--date",
        "12/01/2027",
        "--start",
        "18:30",
        "--end",
        "20:00",
    )
    assert (
        bad_date.returncode == 1 and bad_date.stderr.count("\n") == 1 and "is not a date" in bad_date.stderr
    )
    no_space = run(hall, "booking", "list", "--space", "Nowhere Hall")
    assert no_space.returncode == 1 and "no space with the id or name “Nowhere Hall”" in no_space.stderr
    assert run(hall, "booking", "add", "--space", "Mill Lane Hall").returncode == 2
    assert (
        run(
            hall,
            "booking",
            "add",
            "--space",
            "Mill Lane Hall",
            "--hirer",
            "X",
            "--date",
            "2027-01-12",
            "--start",
            "18:30",
            "--end",
            "20:00",
            "--repeat",
            "hourly",
        ).returncode
        == 2
    )
