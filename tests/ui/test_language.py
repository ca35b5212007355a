"""The window's language: chosen with --language, in Settings or by the computer; Urdu right to left."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox

from civicdesk import app, cli
from civicdesk.ui import language
from civicdesk.ui.health.check_form import HealthCheckDialog
from civicdesk.ui.settings import SettingsDialog
from tests.ui.conftest import open_window


def _sidebar_texts(window) -> list[str]:
    return [window.sidebar.item(i).text() for i in range(window.sidebar.count())]


def test_the_window_speaks_welsh_once_welsh_is_installed(qtbot, village):
    language.install_language("cy")
    window = open_window(qtbot, village)
    assert _sidebar_texts(window)[:4] == ["Mannau", "Grwpiau", "Pobl", "Offer"]
    qtbot.waitUntil(lambda: "man" in window.counts_label.text(), timeout=10_000)
    assert window.counts_label.text().startswith("40 man · 30 grŵp · 150 o bobl")
    table = window.views["spaces"].table
    headings = [table.model().headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
    assert headings[0] == "Enw" and "Categori" in headings
    window.runner.wait()


def test_counted_words_take_each_languages_plural_forms(qtbot, village):
    language.install_language("pl")
    window = open_window(qtbot, village)
    qtbot.waitUntil(lambda: "miejsc" in window.counts_label.text(), timeout=10_000)
    assert window.counts_label.text() == "40 miejsc · 30 grup · 150 osób · 48 narzędzi"
    window.runner.wait()
    language.install_language("en")
    window = open_window(qtbot, village)
    qtbot.waitUntil(lambda: "spaces" in window.counts_label.text(), timeout=10_000)
    assert window.counts_label.text() == "40 spaces · 30 groups · 150 people · 48 tools"
    window.runner.wait()


def test_urdu_lays_the_window_out_right_to_left(qtbot, village):
    language.install_language("ur")
    window = open_window(qtbot, village)
    window.resize(1200, 700)
    qtbot.wait(50)
    assert QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    sidebar_left = window.sidebar.mapTo(window, QPoint(0, 0)).x()
    assert sidebar_left > window.width() / 2, "the sidebar of views sits on the right"
    assert _sidebar_texts(window)[0] == "جگہیں"
    window.runner.wait()
    language.install_language("en")
    assert QGuiApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_qts_own_buttons_follow_where_qt_has_the_language(qtbot, village):
    language.install_language("pl")
    window = open_window(qtbot, village)
    from civicdesk.services import pickers

    choice = pickers.choices(village, "space", limit=1)[0]
    dialog = HealthCheckDialog(village, choice.record_id, choice.name, window.undo_stack, lambda *_: None,
                               window)
    qtbot.addWidget(dialog)
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Anuluj"
    labels = [label.text() for label in dialog.findChildren(type(window.counts_label))]
    assert "Czy się rozwija, czy kurczy?" in labels
    window.runner.wait()


def test_settings_chooses_the_language_for_the_next_start(qtbot, monkeypatch):
    monkeypatch.setattr(language, "system_language", lambda: "en")
    assert language.chosen_language() == "en"
    dialog = SettingsDialog(None, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    combo = dialog.language
    combo.setFocus()
    while combo.currentText() != "Cymraeg":  # as a person would, with the arrow keys
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.Key.Key_Space)
    assert QSettings().value(language.SETTING) == "cy"
    assert language.chosen_language() == "cy"
    assert language.chosen_language("pl") == "pl", "--language wins over Settings"
    again = SettingsDialog(None, "cy")
    qtbot.addWidget(again)
    assert again.language.currentText() == "Cymraeg"
    again.language.setCurrentIndex(0)  # "As this computer (English)"
    again.accept()
    assert QSettings().value(language.SETTING) is None and language.chosen_language() == "en"


def test_the_language_follows_the_computer_when_nothing_was_chosen(monkeypatch):
    from PySide6.QtCore import QLocale

    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("pl_PL")))
    assert language.system_language() == "pl"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("de_DE")))
    assert language.system_language() == "en"


def test_language_on_the_command_line_reaches_the_window_also_for_screenshots(monkeypatch, tmp_path):
    seen = {}
    monkeypatch.setattr(app, "run_gui", lambda *args, **kw: seen.update(kw) or 0)
    shot = tmp_path / "shot.png"
    db = str(tmp_path / "db.sqlite3")
    assert cli.main(["--db", db, "--language", "ur", "--screenshot", str(shot)]) == 0
    assert seen["language"] == "ur" and seen["screenshot"] == str(shot)
    assert cli.main(["--db", str(tmp_path / "db.sqlite3")]) == 0 and seen["language"] is None


def test_dates_are_written_in_the_windows_language_and_times_keep_their_order_right_to_left(qtbot, village):
    """What falls due reads "9 wrz 2026" in Polish and "9 ستمبر 2026" in Urdu, not "9 Sep 2026"."""
    from datetime import date

    from civicdesk.ui.dates_shown import left_to_right, shown_date, shown_day, shown_month

    english_months = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    for code, month in (("pl", "wrz"), ("cy", "Medi"), ("ur", "ستمبر")):
        language.install_language(code)
        assert shown_date("2026-09-09") == f"9 {month} 2026"
        if code == "pl":  # the diary's column heads and month title
            assert shown_day(date(2026, 12, 7)) == "pon. 7 gru"
            assert shown_month(date(2026, 12, 7)) == "grudzień 2026"
        window = open_window(qtbot, village)
        window.show_view("health")
        dashboard = window.views["health"]
        qtbot.waitUntil(lambda d=dashboard: d.board is not None, timeout=10_000)
        model = dashboard.tables["overdue"].model()
        due = [model.index(row, column).data() for row in range(model.rowCount())
               for column in range(model.columnCount())]
        dates = [str(text) for text in due
                 if str(text)[:1].isdigit() and str(text).endswith(("2025", "2026"))]
        assert dates, "the overdue list shows when each item was due"
        assert not any(name in text for text in dates for name in english_months)
        window.runner.wait()
    assert left_to_right("09:30–11:30") == "\u206609:30–11:30\u2069"  # still Urdu: right to left
    language.install_language("en")
    assert shown_date("2026-09-09") == "9 Sep 2026" and left_to_right("09:30–11:30") == "09:30–11:30"
