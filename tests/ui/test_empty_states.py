"""Empty states are readable: their text meets WCAG AA (4.5:1) against the page behind it."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel

from civicdesk.ui.colours import AA_NORMAL_TEXT, contrast_ratio
from tests.ui.conftest import open_window


def test_empty_lists_and_the_network_meet_aa(qtbot, db):
    window = open_window(qtbot, db)  # a new, empty database
    checked = 0
    for kind in ("spaces", "groups", "people"):
        window.show_view(kind)
        label = next(
            w for w in window.findChildren(QLabel, "empty_state") if w.isVisible() and w.text().strip()
        )
        text = label.palette().color(label.foregroundRole()).name()
        behind = label.parentWidget().palette().color(QPalette.ColorRole.Window).name()
        assert contrast_ratio(text, behind) >= AA_NORMAL_TEXT, (kind, text, behind, label.text())
        checked += 1
    assert checked == 3
    window.runner.wait()


def test_none_found_in_the_network_findings_meets_aa(qtbot, village):
    from tests.ui.test_network_view import open_network

    view = open_network(qtbot, village)
    items = [view.findings.item(r) for r in range(view.findings.count())]
    empties = [i for i in items if i.text() == "None found."]
    assert empties, "the village has a section with nothing in it"
    behind = view.findings.palette().color(QPalette.ColorRole.Base).name()
    for item in empties:
        assert contrast_ratio(item.foreground().color().name(), behind) >= AA_NORMAL_TEXT
