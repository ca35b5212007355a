"""Benchmark: the hire diary on the city (a year of bookings) and the borough's noticeboard sheets.

Run from the repository root: python -m tests.benchmarks.bench_bookings [--city FILE] [--borough FILE]
Without files the examples are generated (the city into CIVICDESK_BENCH_DIR, as bench_city does,
and kept there). Budgets (issue 25):
- a space's week view shows in under 100 ms: read the week of a busy hall from the database and
  draw it (WeekGrid.set_sheet and a grab of the widget at 1100 x 700), median and p95 over halls;
- a clash check answers in under 5 ms: `BookingService.clashes` for a two-hour booking of a room
  at a random time in the year, p95 (a term-long weekly series is printed for information);
- the borough's noticeboard sheets for one week print within 1.3x bare reportlab of the same text:
  ours timed from the database (load + render), the baseline from the loaded sheets: the same
  titles, notes, day headings, room names and booking lines as plain Paragraphs in the same
  font on the same landscape A4 pages, one space a page, without the table.
"""

from __future__ import annotations

import argparse
import io
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate
from sqlalchemy import text

from civicdesk.core.recurrence import Repeat
from civicdesk.reports import noticeboard
from civicdesk.services import demo, diary
from civicdesk.services.bookings import BookingService
from civicdesk.startup import open_database
from tests.benchmarks.budget import Budgets

WEEK = date.today() - timedelta(days=60)  # a term-time week in the past year


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def example(path: Path, size: str) -> Path:
    if not path.exists():
        print(f"generating the {size} example into {path}…", file=sys.stderr)
        db = open_database(path)
        demo.generate(db, size, seed=1)
        db.dispose()
    return path


def week_views(city: Path) -> list[float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from civicdesk.ui.diary.grid import WeekGrid

    app = QApplication.instance() or QApplication([])
    db = open_database(city)
    grid = WeekGrid()
    grid.resize(1100, 700)
    spaces = diary.spaces_with_rooms(db)
    rng = random.Random(25)
    times = []
    for space_id, _name in rng.sample(spaces, k=min(60, len(spaces))):
        started = time.perf_counter()
        grid.set_sheet(diary.week_of(db, space_id, WEEK))
        grid.grab()
        times.append((time.perf_counter() - started) * 1000)
    app.processEvents()
    db.dispose()
    return times[3:]  # the first few warm the caches (fonts, statements)


def clash_checks(city: Path) -> tuple[list[float], list[float]]:
    db = open_database(city)
    with db.read() as session:
        rooms = [r for (r,) in session.execute(text("SELECT id FROM rooms ORDER BY id"))]
    service = BookingService(db)
    rng = random.Random(25)
    one_off, series = [], []
    for room in rng.sample(rooms, k=min(300, len(rooms))):
        day = WEEK + timedelta(days=rng.randrange(-150, 150))
        start = datetime.combine(day, datetime.min.time()) + timedelta(hours=rng.randrange(9, 20))
        started = time.perf_counter()
        service.clashes(room, start, start + timedelta(hours=2), setup_minutes=15, clearaway_minutes=15)
        one_off.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        service.clashes(room, start, start + timedelta(hours=2), repeat=Repeat("weekly", count=12))
        series.append((time.perf_counter() - started) * 1000)
    db.dispose()
    return one_off[5:], series[5:]


def bare(sheets: list[diary.WeekSheet]) -> int:
    story = []
    for index, sheet in enumerate(sheets):
        st = noticeboard.styles_for(sheet)
        if index:
            story.append(PageBreak())
        note = "Printed today. Times include the hire only; “booked” means the room is taken."
        story += [Paragraph(escape(noticeboard.week_title(sheet)), st.title),
                  Paragraph(escape(note), st.note)]
        story += [Paragraph(escape(noticeboard.day_heading(d)), st.head) for d in sheet.days]
        for room in sheet.rooms:
            story.append(Paragraph(escape(room.name), st.head))
            for day in sheet.days:
                for occ in sheet.in_room_on(room.id, day):
                    times, what = noticeboard.cell_lines(occ)
                    story += [Paragraph(escape(times), st.time), Paragraph(escape(what), st.cell)]
    doc = SimpleDocTemplate(io.BytesIO(), pagesize=noticeboard.PAGE, leftMargin=noticeboard.MARGIN,
                            rightMargin=noticeboard.MARGIN, topMargin=noticeboard.MARGIN,
                            bottomMargin=noticeboard.MARGIN)
    doc.build(story)
    return len(sheets)


def sheets_timing(borough: Path, runs: int) -> tuple[float, float, int]:
    db = open_database(borough)
    sheets = diary.week_sheets(db, WEEK)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "week.pdf"
        noticeboard.write_noticeboard(db, out, WEEK)  # warm-up: fonts parsed once per process
        bare(sheets)
        ours, base = [], []
        for _ in range(runs):
            started = time.perf_counter()
            noticeboard.write_noticeboard(db, out, WEEK)
            ours.append(time.perf_counter() - started)
            started = time.perf_counter()
            bare(sheets)
            base.append(time.perf_counter() - started)
    db.dispose()
    return statistics.median(ours), statistics.median(base), len(sheets)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--city", help="an existing city database (default: generate one)")
    parser.add_argument("--borough", help="an existing borough database (default: generate one)")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    folder = Path(os.environ.get("CIVICDESK_BENCH_DIR") or tempfile.mkdtemp(prefix="civicdesk-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    city = Path(args.city) if args.city else example(folder / "city.sqlite3", "city")
    borough = Path(args.borough) if args.borough else example(folder / "borough.sqlite3", "borough")

    views = week_views(city)
    one_off, series = clash_checks(city)
    ours, base, spaces = sheets_timing(borough, args.runs)
    print(f"week view of a city hall (read + draw): median {statistics.median(views):.1f} ms, "
          f"p95 {percentile(views, 0.95):.1f} ms over {len(views)} halls")
    print(f"clash check, one two-hour booking: median {statistics.median(one_off):.2f} ms, "
          f"p95 {percentile(one_off, 0.95):.2f} ms over {len(one_off)} rooms")
    print(f"clash check, a weekly series of 12 (information): median {statistics.median(series):.2f} ms, "
          f"p95 {percentile(series, 0.95):.2f} ms")
    print(f"noticeboard sheets of the borough for one week ({spaces} spaces): {ours:.2f} s (load + render), "
          f"bare reportlab {base:.2f} s, ratio {ours / base:.2f}x")
    budgets = Budgets()
    budgets.check("week view of a city hall, p95", percentile(views, 0.95), 100, " ms", digits=1)
    budgets.check("clash check on the city, p95", percentile(one_off, 0.95), 5, " ms")
    budgets.check("borough noticeboard sheets, times bare reportlab", ours / base, 1.3, "x")
    return budgets.exit_code()


if __name__ == "__main__":
    sys.exit(main())
