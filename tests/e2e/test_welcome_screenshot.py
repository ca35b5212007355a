"""`--screenshot OUT.png --view welcome`: the first-run dialog over the window, as a new user sees it
(what the fresh-computer check looks at), and the empty database stays empty."""

from __future__ import annotations

import json

from PySide6.QtGui import QImage

from tests.e2e.test_cli import civicdesk


def test_a_screenshot_of_the_welcome_dialog_over_the_empty_window(tmp_path):
    db, out = tmp_path / "new.sqlite3", tmp_path / "welcome.png"
    result = civicdesk("--db", str(db), "--screenshot", str(out), "--view", "welcome",
                       env={"QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert image.width() >= 1000 and image.height() >= 600
    # The dialog sits in the middle, lighter than the dimmed window around it.
    def lightness(x0: int, y0: int) -> float:
        steps = range(0, 60, 3)
        block = [image.pixelColor(x0 + dx, y0 + dy).lightness() for dx in steps for dy in steps]
        return sum(block) / len(block)

    assert lightness(image.width() // 2 - 30, image.height() // 2 - 30) > lightness(image.width() - 70, 200)
    stats = json.loads(civicdesk("--db", str(db), "stats", "--json").stdout)
    assert stats["spaces"] == 0 and stats["people"] == 0
