"""Benchmark: the A4 directory of the borough against a bare reportlab document of the same entries.

Run from the repository root: python -m tests.benchmarks.bench_directory [--runs 5] [--db FILE]
The baseline is built in the same run, interleaved with the directory: every text of every entry
(name, kind and area, each group's name, times, description and contact, "Where"/"Open"/"Run by"
lines, website) and the section titles, as plain Paragraphs in the bundled Noto Sans at the
directory's type sizes, on the directory's own A4 pages with the same margins and two columns,
with the same PDF stream settings. It has no cover, contents, QR codes, icons, rules, keeping
entries whole, index or per-script fonts. A second baseline in Helvetica (not embedded) is
printed for information only: Helvetica cannot print the Polish, Greek and Cyrillic entries.
The directory is timed from the database (load + render); the baseline from entries already
loaded. Medians of wall-clock and CPU time (CPU time is steadier on a shared machine).
Budget: the directory within 1.3x the Noto Sans baseline; exits 1 when over it.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

from civicdesk.reports import fonts
from civicdesk.reports.directory import LAYOUTS, DirectoryLayout, render
from civicdesk.reports.directory_data import DirectoryData, DirectoryOptions, load
from civicdesk.reports.qr import qr_path
from civicdesk.services import demo
from civicdesk.startup import open_database
from tests.benchmarks.budget import Budgets

BUDGET = 1.3


def clear_qr_cache() -> None:
    qr_path.cache_clear()


def bare(data: DirectoryData, embed: bool = True) -> int:
    """The same entries' text as plain paragraphs on the directory's own A4 two-column pages."""
    spec = LAYOUTS[DirectoryLayout.A4]
    regular = fonts.font_name(fonts.LATIN) if embed else "Helvetica"
    bold = fonts.font_name(fonts.LATIN, True) if embed else "Helvetica-Bold"
    body = ParagraphStyle("b", fontName=regular, fontSize=spec.body, leading=spec.body * 1.28)
    name = ParagraphStyle("n", fontName=bold, fontSize=spec.name, leading=spec.name * 1.2)
    heading = ParagraphStyle("h", fontName=bold, fontSize=spec.heading, leading=spec.heading * 1.25)
    story = []
    for section in data.sections:
        story.append(Paragraph(escape(section.title), heading))
        for e in section.entries:
            story.append(Paragraph(escape(e.name), name))
            texts = [" · ".join(p for p in (e.kind, e.area) if p)]
            for m in e.meetings:
                texts += [m.group, m.when, m.description, m.contact]
            texts += [f"{label} {value}" for label, value in
                      (("Where", e.address), ("Open", e.hours), ("Run by", e.run_by)) if value]
            texts.append(e.website)
            story += [Paragraph(escape(t), body) for t in texts if t]
    width, height = spec.pagesize
    gutter = 7 * mm
    column = (width - 2 * spec.margin - gutter) / 2
    inner = height - spec.margin * 2.3
    frames = [Frame(spec.margin + i * (column + gutter), spec.margin * 1.3, column, inner, leftPadding=0,
                    rightPadding=0, topPadding=0, bottomPadding=0) for i in range(2)]
    doc = BaseDocTemplate(io.BytesIO(), pagesize=spec.pagesize, initialFontName=regular)
    doc.addPageTemplates([PageTemplate("columns", frames)])
    previous, rl_config.useA85 = rl_config.useA85, 0  # the same stream encoding as the directory
    try:
        doc.build(story)
    finally:
        rl_config.useA85 = previous
    return int(doc.page)


def _timed(fn: Callable[[], int]) -> tuple[float, float, int]:
    """Wall-clock and CPU seconds of one build (CPU time is steadier on a shared machine)."""
    wall, cpu = time.perf_counter(), time.process_time()
    pages = fn()
    return time.perf_counter() - wall, time.process_time() - cpu, pages


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
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
        render(data, options)  # warm-up: fonts parsed once per process, as in the app
        bare(data)
        bare(data, embed=False)
        times: dict[str, list[tuple[float, float, int]]] = {"ours": [], "render": [], "bare": [], "helv": []}
        for run in range(args.runs):
            clear_qr_cache()  # every run encodes its QR codes afresh
            times["ours"].append(_timed(lambda: render(load(db, options), options)[1]))
            times["bare"].append(_timed(lambda: bare(data)))
            clear_qr_cache()
            times["render"].append(_timed(lambda: render(data, options)[1]))
            times["helv"].append(_timed(lambda: bare(data, embed=False)))
            done = (f"{k} {v[-1][0]:.2f} s ({v[-1][1]:.2f} s cpu, {v[-1][2]} p)" for k, v in times.items())
            print(f"run {run + 1}: " + ", ".join(done), file=sys.stderr)
        db.dispose()
    wall = {k: statistics.median(t[0] for t in v) for k, v in times.items()}
    cpu = {k: statistics.median(t[1] for t in v) for k, v in times.items()}
    pages, bare_pages = times["ours"][0][2], times["bare"][0][2]
    ratio, cpu_ratio = wall["ours"] / wall["bare"], cpu["ours"] / cpu["bare"]
    print(f"A4 directory of the borough ({data.entry_count} places), medians of {args.runs} interleaved runs")
    print(f"  directory (load + render): {wall['ours']:.2f} s wall, {cpu['ours']:.2f} s cpu, {pages} pages, "
          f"{pages / wall['ours']:.1f} pages/s")
    print(f"  directory (render only):   {wall['render']:.2f} s wall, {cpu['render']:.2f} s cpu")
    print(f"  bare reportlab, Noto Sans: {wall['bare']:.2f} s wall, {cpu['bare']:.2f} s cpu, "
          f"{bare_pages} pages, {bare_pages / wall['bare']:.1f} pages/s")
    print(f"  bare reportlab, Helvetica: {wall['helv']:.2f} s wall, {cpu['helv']:.2f} s cpu (information)")
    print(f"  ratio (load + render / bare): {ratio:.2f}x wall, {cpu_ratio:.2f}x cpu; render only "
          f"{wall['render'] / wall['bare']:.2f}x wall")
    budgets = Budgets()
    budgets.check("A4 directory of the borough, times bare reportlab (wall)", ratio, BUDGET, "x")
    return budgets.exit_code()


if __name__ == "__main__":
    sys.exit(main())
