"""Lists at the default window size: every column shows (no sideways scrolling), dates read as words."""

from __future__ import annotations

from PySide6.QtWidgets import QTableView

from tests.ui.conftest import open_window


def test_the_spaces_list_shows_last_changed_without_scrolling(qtbot, village):
    window = open_window(qtbot, village)
    window.resize(1200, 760)  # the window's first size
    for kind, record in (("spaces", "space"), ("groups", "group"), ("people", "person")):
        window.show_view(kind)
        table = window.findChild(QTableView, f"table_{record}")
        qtbot.waitUntil(lambda t=table: t.model().rowCount() > 0, timeout=10_000)
        qtbot.wait(50)
        header = table.horizontalHeader()
        last = header.count() - 1
        assert header.sectionViewportPosition(last) + 60 <= table.viewport().width(), kind
        assert not table.horizontalScrollBar().isVisible(), kind
        # Each column is at least as wide as its title, and the names have room.
        for section in range(header.count()):
            title = table.model().headerData(section, 1)
            assert header.sectionSize(section) >= header.fontMetrics().horizontalAdvance(title), (kind, title)
        if kind == "spaces":
            changed = table.model().index(0, last).data()
            assert changed.split()[1] in {
                "Jan",
                "Feb",
                "Mar",
                "Apr",
                "May",
                "Jun",
                "Jul",
                "Aug",
                "Sep",
                "Oct",
                "Nov",
                "Dec",
            }
    window.runner.wait()
