"""What a committee member sees in "Needs review" and in a bundle's preview: words, names, British dates."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from civicdesk.core.dates import MONTHS
from civicdesk.startup import open_database
from civicdesk.sync.export import build_bundle
from civicdesk.sync.receive import BundleImporter
from civicdesk.ui.bundles import PreviewDialog
from tests.ui.conftest import open_window
from tests.unit.sync_helpers import holder_clash, make_site


def _review_rows(qtbot, db) -> list[list[str]]:
    window = open_window(qtbot, db)
    window.show_view("review")
    review = window.views["review"]
    qtbot.waitUntil(lambda: review.open_count == 1, timeout=10_000)
    assert review.message.text().startswith("One change from another group clashed with yours.")
    table = review.table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers[2].startswith("Kept version") and headers[3] == "Other version"
    # The two values get the room, not the date it was noticed.
    assert table.columnWidth(2) > 2 * table.columnWidth(4) and table.columnWidth(3) > 2 * table.columnWidth(4)
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_a_clash_over_who_holds_a_tool_reads_as_names_groups_and_british_dates(qtbot, tmp_path):
    hall = holder_clash(tmp_path, "Brook Street Tenants", ours_later=False)
    [[record, detail, kept, other, noticed]] = _review_rows(qtbot, hall)
    assert record == "Gazebo (tool)" and detail == "Held by"
    # Abbie Harris did not agree to be listed: initials; the clock's site id never shows.
    assert kept.startswith("A. H.\n") and "Brook Street Tenants" in kept and "Abbie" not in kept
    assert other.startswith("Kington Residents' Association\n") and "us (Chapel Street Hall)" in other
    assert "15 Jan 2027" in kept and "15 Jan 2027" in other
    assert "{" not in kept + other and "T08" not in kept + other
    assert noticed.split()[1] in MONTHS and noticed.count("/") == 0  # "7 Dec 2026"
    hall.dispose()


def test_an_unnamed_group_is_the_other_group_in_review_and_named_as_in_the_cli(qtbot, tmp_path):
    hall = holder_clash(tmp_path, "", ours_later=True)
    [[_record, _detail, kept, other, _noticed]] = _review_rows(qtbot, hall)
    assert "us (Chapel Street Hall)" in kept and "the other group" in other
    hall.dispose()

    quiet = make_site(tmp_path / "quiet.sqlite3", "")
    fresh = open_database(tmp_path / "fresh.sqlite3")
    dialog = PreviewDialog(BundleImporter(fresh).preview(build_bundle(quiet).data))
    qtbot.addWidget(dialog)
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "From <b>an unnamed group</b>" in texts and "?" not in texts.split("fingerprint")[0]
    assert dialog.windowTitle() == "Bundle from an unnamed group"
    for db in (quiet, fresh):
        db.dispose()
