"""Tool cards keep the part of a name that tells tools apart, and fill the width they have."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QListView

from civicdesk.ui.tools.model import CARD_SIZE, name_lines
from tests.ui.test_tool_store import clock, stack, store  # noqa: F401 - fixtures


def bold_metrics() -> QFontMetrics:
    font = QFont()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.1)
    return QFontMetrics(font)


def test_names_that_share_a_start_stay_told_apart(qapp):
    metrics = bold_metrics()
    width = 150  # a narrow card's text column
    names = [f"Book swap shelf ({place})" for place in ("Davis Heath", "Evans Fields", "Francis Fields")]
    shown = [name_lines(name, metrics, width) for name in names]
    assert [lines[-1] for lines in shown] == ["(Davis Heath)", "(Evans Fields)", "(Francis Fields)"]
    for lines in shown:
        assert len(lines) <= 2 and all(metrics.horizontalAdvance(line) <= width for line in lines)
    # A long name with no brackets wraps at a word onto a second line.
    lines = name_lines("Accessibility checklist for venues and halls", metrics, width)
    assert len(lines) == 2 and lines[0].startswith("Accessibility") and "for" in " ".join(lines)
    assert name_lines("Gazebo", metrics, width) == ["Gazebo"]


def test_cards_share_out_the_whole_row(qtbot, store):  # noqa: F811
    grid = store.findChild(QListView, "tool_cards")
    for width in (1100, 1500):
        store.resize(width, 720)
        qtbot.wait(50)
        cell = grid.gridSize().width()
        columns = grid.viewport().width() // cell
        assert cell >= CARD_SIZE.width()
        assert grid.viewport().width() - columns * cell < cell * 0.25  # no card-sized gap at the right
