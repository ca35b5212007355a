"""Adding a view touches the registry and the view's own module only: a view registered here, through
the public registry, shows in the sidebar, the View menu, `--view` and `--screenshot`, and hears
what the window tells every view. This test fails when a place still lists the views by hand."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel

from civicdesk import cli
from civicdesk.ui import registry
from civicdesk.ui.view_api import ViewContext, WorkspaceView
from tests.ui.conftest import open_window

MAGENTA = "#ff00ff"
ROOT = Path(__file__).resolve().parents[2]


class NoticeBoard(QLabel):
    """The smallest view there is: a label that counts what the window told it."""

    def __init__(self) -> None:
        super().__init__("Notice board")
        self.setStyleSheet(f"background: {MAGENTA};")
        self.activations = 0
        self.changes: list[tuple[str, str]] = []
        self.reloads = 0

    def activate(self) -> None:
        self.activations += 1

    def is_ready(self) -> bool:
        return True

    def reload_data(self, current: bool) -> None:
        self.reloads += 1

    def record_changed(self, record_type: str, record_id: str) -> None:
        self.changes.append((record_type, record_id))

    def save_state(self) -> None:
        pass


def make_notice_board(context: ViewContext) -> NoticeBoard:
    return NoticeBoard()


@pytest.fixture
def notice_board():
    spec = registry.ViewSpec("notices", "Notice board", ":/icons/review.svg", make_notice_board)
    registry.register(spec)
    yield spec
    registry.unregister("notices")


def test_a_registered_view_is_in_the_sidebar_and_the_view_menu(qtbot, village, notice_board):
    window = open_window(qtbot, village)
    labels = [window.sidebar.item(row).text() for row in range(window.sidebar.count())]
    assert labels[-1] == "Notice board"
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    entry = next(a for a in view_menu.actions() if a.text().replace("&", "") == "Notice board")
    assert "&" in entry.text()  # it has an Alt letter of its own

    entry.trigger()
    board = window.views["notices"]
    assert window.current_view_name() == "notices" and board.isVisible()
    assert isinstance(board, NoticeBoard) and board.activations == 1

    # What the window tells every view reaches it too: a record written, everything reloaded.
    window.record_changed("space", "abc")
    window.reload_all()
    assert board.changes == [("space", "abc")] and board.reloads == 1
    window.runner.wait()


def test_the_command_line_offers_a_registered_view(notice_board):
    assert cli.build_parser().parse_args(["--view", "notices"]).view == "notices"


def test_the_command_line_refuses_a_view_nobody_registered():
    with pytest.raises(SystemExit) as stopped:
        cli.build_parser().parse_args(["--view", "notices"])
    assert stopped.value.code == 2


def test_a_screenshot_of_a_registered_view_shows_it(village, tmp_path):
    """`civicdesk --screenshot --view notices` in a process of its own, the view registered by name
    ("module:function", as the built-in views are) before the command line runs."""
    out = tmp_path / "notices.png"
    village.dispose()
    code = (
        "import sys; from civicdesk import cli; from civicdesk.ui import registry; "
        "registry.register(registry.ViewSpec('notices', 'Notice board', ':/icons/review.svg', "
        "'tests.ui.test_view_registry:make_notice_board')); "
        "sys.exit(cli.main(sys.argv[1:]))"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    if not env.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    result = subprocess.run(
        [sys.executable, "-c", code, "--db", str(village.path), "--screenshot", str(out),
         "--view", "notices"],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert image.width() >= 1000
    magenta = QImage(1, 1, QImage.Format.Format_RGB32)
    magenta.fill(MAGENTA)
    pixels = {image.pixel(x, y) for x in range(0, image.width(), 11) for y in range(0, image.height(), 11)}
    assert magenta.pixel(0, 0) in pixels  # the view itself fills the page


def test_every_registered_view_does_what_the_window_asks(qtbot, village):
    window = open_window(qtbot, village)
    assert set(window.views) == set(registry.names())
    for name, view in window.views.items():
        assert isinstance(view, WorkspaceView), f"{name} lacks part of civicdesk.ui.view_api.WorkspaceView"
    window.runner.wait()
