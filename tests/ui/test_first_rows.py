"""Start-up shows a list's first rows before the database is open, and the list takes them over."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QTableView

from civicdesk.db import connection
from civicdesk.services import listing
from civicdesk.services.demo import generate
from civicdesk.startup import open_database
from civicdesk.ui.main_window import MainWindow


def shown_names(table: QTableView, n: int = 5) -> list[str]:
    return [table.model().index(row, 0).data() for row in range(min(n, table.model().rowCount()))]


def test_people_show_before_the_database_opens_and_the_list_takes_them_over(qtbot, village, db_path):
    expected = [row[1] for row in listing.page(village, "person", limit=5)]
    release = threading.Event()

    def slow_open():
        release.wait(10)
        return village

    errors: list[BaseException] = []
    window = MainWindow.opening(slow_open, on_error=errors.append, first_rows_from=db_path,
                                remember_geometry=False)
    qtbot.addWidget(window)
    window.show_view("people")
    window.show()
    # The database is not open yet, but the first people are on screen, in the list's order.
    qtbot.waitUntil(lambda: window.findChild(QTableView, "first_rows_table_person") is not None
                    and window.findChild(QTableView, "first_rows_table_person").model().rowCount() > 0,
                    timeout=10_000)
    preview = window.findChild(QTableView, "first_rows_table_person")
    assert preview.isVisible() and window.workspace is None
    assert shown_names(preview) == expected
    assert not window.actions.new_record.isEnabled()  # nothing that writes works yet
    release.set()
    loaded: list[bool] = []
    window.when_loaded(lambda: loaded.append(True))
    qtbot.waitUntil(lambda: bool(loaded), timeout=10_000)
    table = window.findChild(QTableView, "table_person")
    assert table.isVisible() and shown_names(table) == expected
    qtbot.waitUntil(lambda: window.findChild(QTableView, "first_rows_table_person") is None, timeout=5_000)
    # Scrolling on fetches the rest, after the rows that were read first, with none twice.
    view = window.views["people"]
    while view.model.canFetchMore():
        view.model.fetchMore()
        qtbot.waitUntil(lambda: not view.model.loading, timeout=10_000)
    ids = [view.model.record_id(r) for r in range(view.model.rowCount())]
    assert len(ids) == len(set(ids)) == len(listing.page(village, "person", limit=10_000))
    assert errors == []
    window.runner.wait()


def test_an_encrypted_database_shows_its_first_rows_too(qtbot, tmp_path):
    assert connection.available(), "sqlcipher3 is a dependency of CivicDesk"
    path = tmp_path / "secret.sqlite3"
    passphrase = "correct horse battery staple"
    db = open_database(path, passphrase)
    generate(db, "village", seed=3)
    assert connection.is_encrypted(path)
    expected = [row[1] for row in listing.page(db, "space", limit=5)]
    release = threading.Event()

    def slow_open():
        release.wait(10)
        return db

    window = MainWindow.opening(slow_open, on_error=print, first_rows_from=path, passphrase=passphrase,
                                remember_geometry=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.findChild(QTableView, "first_rows_table_space") is not None
                    and window.findChild(QTableView, "first_rows_table_space").model().rowCount() > 0,
                    timeout=10_000)
    assert shown_names(window.findChild(QTableView, "first_rows_table_space")) == expected
    release.set()
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=10_000)
    window.runner.wait()
    db.dispose()


def test_a_view_that_is_not_a_list_opens_as_before(qtbot, village, db_path):
    window = MainWindow.opening(lambda: village, on_error=print, first_rows_from=db_path,
                                remember_geometry=False)
    qtbot.addWidget(window)
    window.show_view("health")
    window.show()
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=10_000)
    assert window.findChild(QTableView, "first_rows_table_space") is None
    window.runner.wait()
