"""Map pages in every layout: no number outside its map or under the scale bar, legible overviews."""

from __future__ import annotations

import io
import random

import pytest
from reportlab.pdfgen.canvas import Canvas

from civicdesk.reports import map_page, map_plan
from civicdesk.reports.directory import LAYOUTS, DirectoryLayout, render
from civicdesk.reports.directory_data import DirectoryData, DirectoryEntry, DirectoryOptions, Section


def _data(count: int, seed: int = 4) -> DirectoryData:
    rng = random.Random(seed)
    entries = []
    for i in range(count):
        # Clumps and stragglers, some at the very corners of the area.
        lat, lon = (53.70 + rng.random() * 0.2, -1.70 + rng.random() * 0.25) if i % 7 else \
            (53.70 + (i % 2) * 0.2, -1.70 + (i % 3) * 0.125)
        entries.append(DirectoryEntry(f"e{i}", f"Place {i}", "Hall", "Green End", "1 Lane", "", (), "", "",
                                      (),
                                      lat, lon))
    return DirectoryData("Green End", "Leeds", "2026-11-01", [Section("Halls", entries)])


def _inside(box, frame) -> bool:
    return box[0] >= frame[0] - 0.01 and box[1] >= frame[1] - 0.01 and box[2] <= frame[2] + 0.01 \
        and box[3] <= frame[3] + 0.01


def _meets(a, b) -> bool:
    return min(a[2], b[2]) > max(a[0], b[0]) and min(a[3], b[3]) > max(a[1], b[1])


@pytest.mark.parametrize("layout", [x.value for x in DirectoryLayout])
@pytest.mark.parametrize("count", [9, 300])
def test_no_number_is_clipped_at_the_frame_or_hidden_under_the_scale_bar(layout, count):
    spec = LAYOUTS[DirectoryLayout(layout)]
    atlas = map_plan.plan(_data(count), layout)
    sheets = [s for s in map_page.story(atlas, None, spec.body, layout) if isinstance(s, map_page.MapSheet)]
    width, height = spec.pagesize[0] - 2 * spec.margin, spec.pagesize[1] - 2.3 * spec.margin
    canvas = Canvas(io.BytesIO(), pagesize=spec.pagesize)
    labels = 0
    for sheet in sheets:
        sheet.wrapOn(canvas, width, height)
        sheet.drawOn(canvas, spec.margin, spec.margin)
        assert sheet.map_frame is not None
        for box in sheet.label_boxes:
            assert _inside(box, sheet.map_frame), (sheet.title, box, sheet.map_frame)
            assert not any(_meets(box, other) for other in sheet.obstacles), (sheet.title, box)
        labels += len(sheet.label_boxes)
        canvas.showPage()
    assert labels >= count  # every place's number, plus the overviews' outlines


def test_a_large_print_overview_numbers_runs_of_maps_not_every_map():
    """158 badges piled on one overview were unreadable: the overview numbers runs of at most a
    page's worth of maps ("13–24"), and each run has an overview page of its maps."""
    layout = "large-print"
    atlas = map_plan.plan(_data(1000), layout)
    most = map_plan.PER_MAP[layout][0]
    assert len(atlas.panels) > most
    sheets = [s for s in map_page.story(atlas, None, 16, layout) if isinstance(s, map_page.MapSheet)]
    overviews = [s for s in sheets if s.panel is None]
    assert all(len(s.outlines) <= most for s in overviews)
    top = overviews[0]
    assert all("–" in label for label, _ in top.outlines)
    # Every map is shown, numbered, on exactly one run's overview.
    numbered = [label for s in overviews[1:] for label, _ in s.outlines]
    assert sorted(int(n) for n in numbered) == list(range(1, len(atlas.panels) + 1))
    assert atlas.map_pages == len(sheets)


def test_the_directory_with_maps_says_which_map_each_entry_is_on():
    data = _data(200)
    pdf, pages, _ = render(data, DirectoryOptions(layout="large-print", map=True))
    assert pdf.startswith(b"%PDF") and pages > 20
