"""Benchmark: the A4 directory of the borough against a bare reportlab document of the same entries.

Run: PYTHONPATH=. python tests/benchmarks/bench_directory.py [--runs 3] [--db FILE]
The baseline is built in the same run: the same texts as plain Paragraphs on A4 pages in one
frame (no cover, contents, columns, icons, QR codes, index or script handling), set in the
bundled Noto Sans, because Helvetica cannot print the entries (Polish, Greek, Cyrillic names).
A second baseline in Helvetica (no font embedding at all) is printed for information.
Budget: the directory within 1.3x the Noto Sans baseline.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import time
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate

from civicdesk.db.migrate import open_database
from civicdesk.reports import fonts
from civicdesk.reports.directory import render
from civicdesk.reports.directory_data import DirectoryData, DirectoryOptions, load
from civicdesk.reports.qr import qr_modules
from civicdesk.services import demo

BUDGET = 1.3


def bare(data: DirectoryData, embed: bool = True) -> int:
    """The same entries as plain paragraphs: what any reportlab document of them costs."""
    styles = getSampleStyleSheet()
    body, name, heading = styles["BodyText"], styles["Heading3"], styles["Heading2"]
    if embed:
        regular, bold = fonts.font_name(fonts.LATIN), fonts.font_name(fonts.LATIN, True)
        body = ParagraphStyle("b", parent=body, fontName=regular)
        name = ParagraphStyle("n", parent=name, fontName=bold)
        heading = ParagraphStyle("h", parent=heading, fontName=bold)
    story = []
    for section in data.sections:
        story.append(Paragraph(escape(section.title), heading))
        for e in section.entries:
            story.append(Paragraph(escape(e.name), name))
            texts = [" · ".join(p for p in (e.kind, e.area) if p)]
            for m in e.meetings:
                texts += [m.group, m.when, m.description, m.contact]
            texts += [e.address, e.hours, e.run_by, e.website]
            story += [Paragraph(escape(t), body) for t in texts if t]
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=16 * mm, rightMargin=16 * mm)
    doc.build(story)
    return int(doc.page)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--db", help="an existing borough database (default: generate one)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(args.db) if args.db else Path(tmp) / "borough.sqlite3"
        db = open_database(path)
        if not args.db:
            print("generating the borough example…", file=sys.stderr)
            demo.generate(db, "borough", 1)
        options = DirectoryOptions(layout="a4")
        data = load(db, options)
        ours, theirs, helvetica, pages = [], [], [], 0
        for run in range(args.runs):
            qr_modules.cache_clear()  # every run encodes its QR codes afresh
            start = time.perf_counter()
            _, pages, _ = render(load(db, options), options)
            ours.append(time.perf_counter() - start)
            start = time.perf_counter()
            bare_pages = bare(data)
            theirs.append(time.perf_counter() - start)
            start = time.perf_counter()
            bare(data, embed=False)
            helvetica.append(time.perf_counter() - start)
            print(f"run {run + 1}: directory {ours[-1]:.2f} s ({pages} pages), bare reportlab "
                  f"{theirs[-1]:.2f} s ({bare_pages} pages), Helvetica {helvetica[-1]:.2f} s",
                  file=sys.stderr)
        db.dispose()
    mine, base, plain = statistics.median(ours), statistics.median(theirs), statistics.median(helvetica)
    ratio = mine / base
    print(f"A4 directory of the borough ({data.entry_count} places, {pages} pages)")
    print(f"  directory (load + render), median of {args.runs}: {mine:.2f} s  ({pages / mine:.1f} pages/s)")
    print(f"  bare reportlab, same entries in Noto Sans, median of {args.runs}: {base:.2f} s")
    print(f"  bare reportlab, same entries in Helvetica (not embedded): {plain:.2f} s "
          f"(directory is {mine / plain:.2f}x)")
    print(f"  ratio: {ratio:.2f}x  (budget {BUDGET}x: {'within' if ratio <= BUDGET else 'OVER'})")
    return 0 if ratio <= BUDGET else 1


if __name__ == "__main__":
    sys.exit(main())
