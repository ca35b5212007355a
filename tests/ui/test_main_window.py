"""The main window driven as a volunteer would: keyboard, mouse, shortcuts."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from civicdesk.services import site
from civicdesk.services.overview import stats
from civicdesk.services.spaces import SpaceService
from civicdesk.ui import registry
from civicdesk.ui.lists.view import RecordListView
from civicdesk.ui.main_window import MainWindow
from tests.ui.conftest import open_window


def list_view(window: MainWindow, name: str) -> RecordListView:
    view = window.views[name]
    assert isinstance(view, RecordListView)
    return view


def test_every_list_model_passes_the_model_tester(qtbot, qtmodeltester, window):
    for name in ("spaces", "groups", "people"):
        key = Qt.Key(Qt.Key.Key_1 + registry.names().index(name))
        qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
        view = list_view(window, name)
        qtbot.waitUntil(lambda v=view: v.model.loaded_once and not v.model.loading, timeout=10_000)
        assert view.model.rowCount() > 0, name
        qtmodeltester.check(view.model)


def test_the_health_view_is_the_dashboard(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    dashboard = window.views["health"]
    qtbot.waitUntil(lambda: dashboard.board is not None, timeout=10_000)
    assert dashboard.board.overdue or dashboard.board.at_risk_spaces


def test_heavy_views_are_built_when_first_shown(qtbot, window):
    heavy = (("diary", Qt.Key.Key_6), ("map", Qt.Key.Key_7),
             ("network", Qt.Key.Key_8), ("builders", Qt.Key.Key_9))
    for name, key in heavy:
        lazy = window.views[name]
        assert lazy.inner is None
        qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda v=lazy: v.is_ready(), timeout=20_000)
        assert lazy.inner is not None and lazy.inner.isVisible()


def test_status_bar_counts_the_records(window):
    assert window.counts_label.text() == "40 spaces · 30 groups · 150 people · 48 tools"


def test_shortcuts_switch_views(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view_name() == "people"
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view_name() == "review"
    qtbot.waitUntil(lambda: "Nothing needs review" in window.views["review"].message.text(), timeout=5000)


def test_search_as_you_type_finds_every_kind_of_record(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.search.hasFocus()
    qtbot.keyClicks(window.search, "lodz")
    qtbot.waitUntil(lambda: any(h.title.startswith("Łódź") for h in window.search.hits), timeout=5_000)
    assert window.search.completer_.popup().isVisible()
    window.search.clear()
    qtbot.keyClicks(window.search, "club")
    qtbot.waitUntil(lambda: {h.record_type for h in window.search.hits} >= {"space", "group"}, timeout=5000)
    person = window.views["people"].model
    person.reload()
    qtbot.waitUntil(lambda: person.rowCount() > 0, timeout=5000)
    name = person.index(0, 0).data()
    window.search.clear()
    qtbot.keyClicks(window.search, name[:-1])
    qtbot.waitUntil(lambda: name in [h.title for h in window.search.hits], timeout=5000)


def test_quick_filter_by_category(qtbot, window):
    view = list_view(window, "spaces")
    combo = view._filters["category"]
    combo.setCurrentIndex(combo.findData("religious"))
    qtbot.waitUntil(lambda: view.model.loaded_once and not view.model.loading, timeout=5000)
    categories = {view.model.index(r, 1).data() for r in range(view.model.rowCount())}
    assert categories == {"religious"}


def test_sorting_by_a_column_sorts_the_rows(qtbot, window):
    view = list_view(window, "spaces")
    view.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: not view.model.loading and view.model.rowCount() == 40, timeout=5000)
    values = [view.model.index(r, 1).data() for r in range(view.model.rowCount())]
    assert values == sorted(values, key=str.lower, reverse=True)


def test_the_column_chooser_hides_a_column(window):
    view = list_view(window, "spaces")
    menu = view.columns_button.menu()
    postcode = next(a for a in menu.actions() if a.text() == "Postcode")
    postcode.trigger()
    assert view.table.horizontalHeader().isSectionHidden(4)


def test_delete_asks_first_and_can_be_undone(qtbot, window, monkeypatch):
    view = list_view(window, "spaces")
    view.table.setFocus()
    view.table.selectRow(0)
    name = view.model.index(0, 0).data()
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: asked.append(a[1]) or QMessageBox.StandardButton.Yes
    )
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert asked and name in asked[0]
    qtbot.waitUntil(lambda: view.model.rowCount() == 39, timeout=5000)
    assert stats(window.db)["spaces"] == 39
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.model.rowCount() == 40, timeout=5000)
    assert SpaceService(window.db).find_by_name(name)


def test_cancelling_the_delete_question_keeps_the_record(qtbot, window, monkeypatch):
    view = list_view(window, "spaces")
    view.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    window.actions.delete_selected.trigger()
    assert stats(window.db)["spaces"] == 40 and window.undo_stack.count() == 0


def test_an_empty_database_explains_itself_and_offers_the_example(qtbot, db):
    window = open_window(qtbot, db)
    view = list_view(window, "spaces")
    assert view.stack.currentWidget() is view.empty and "No spaces yet" in view.empty.text()

    def answer_welcome() -> None:
        dialog = QApplication.activeModalWidget()
        qtbot.keyClicks(dialog.group_name, "Chapeltown Residents")
        qtbot.mouseClick(dialog.example_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(300, answer_welcome)
    window.offer_first_run()
    qtbot.waitUntil(lambda: stats(db)["spaces"] == 40, timeout=15_000)
    qtbot.waitUntil(lambda: view.model.rowCount() == 40, timeout=10_000)
    assert site.info(db).group_name == "Chapeltown Residents"
    assert view.stack.currentWidget() is view.table
    window.runner.wait()


def test_window_size_is_remembered(qtbot, village):
    first = open_window(qtbot, village, remember=True)
    # The offscreen screen is only 800×600: change the height, which fits it.
    first.resize(first.width(), 480)
    qtbot.waitUntil(lambda: first.height() == 480)
    first.close()
    assert QSettings().value("main/geometry") is not None
    second = open_window(qtbot, village, remember=True)
    assert second.height() == 480  # (the width is clamped to the small offscreen screen)
    second.close()


def test_ctrl_i_opens_the_import_wizard(qtbot, window):
    from civicdesk.ui.importing.wizard import ImportWizard

    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: any(isinstance(w, ImportWizard) and w.isVisible() for w in QApplication.topLevelWidgets())
    )
    wizard = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ImportWizard))
    wizard.reject()


def test_the_tools_view_is_the_store_and_ctrl_p_offers_the_directory(qtbot, window):
    from civicdesk.ui.directory.dialog import DirectoryDialog
    from civicdesk.ui.tools.store import ToolStore

    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    store = window.views["tools"]
    assert isinstance(store, ToolStore)
    qtbot.waitUntil(lambda: store.loaded_once, timeout=10_000)
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: any(
            isinstance(w, DirectoryDialog) and w.isVisible() for w in window.findChildren(DirectoryDialog)
        )
    )
    for dialog in window.findChildren(DirectoryDialog):
        dialog.reject()


def test_search_finds_a_new_space_group_and_person_as_you_type(qtbot, db):
    from civicdesk.services.groups import GroupService, MeetingService
    from civicdesk.services.people import PersonService, RoleService

    hall = SpaceService(db).create(
        {"name": "Zephyr Street Hall", "category": "civic", "address": {"postcode": "LS7 3AB"}}
    )
    choir = GroupService(db).create({"name": "Zephyr Singers", "kind": "club"})
    MeetingService(db).create(
        {
            "group_id": choir.id,
            "space_id": hall.id,
            "schedule": {"days": ["tue"], "start": "19:00", "end": "21:00"},
        }
    )
    ann = PersonService(db).create({"name": "Zephyrine Okafor"})
    RoleService(db).create({"person_id": ann.id, "group_id": choir.id, "role": "treasurer"})
    window = open_window(qtbot, db)
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.search, "zep")
    qtbot.waitUntil(
        lambda: {h.record_type for h in window.search.hits} == {"space", "group", "person"}, timeout=5000
    )
    opened = []
    window._open_editor = lambda record_type, record_id: opened.append((record_type, record_id))
    # The list of results has the keyboard while it shows, as it does for a person typing.
    popup = window.search.completer_.popup()
    qtbot.keyClick(popup if popup.isVisible() else window.search, Qt.Key.Key_Return)
    assert len(opened) == 1 and opened[0][1] in {hall.id, choir.id, ann.id}
    window.runner.wait()


def test_the_window_shows_before_the_database_is_open_and_fills_in(qtbot, village):
    import threading

    release = threading.Event()

    def slow_open():
        release.wait(10)
        return village

    errors: list[BaseException] = []
    window = MainWindow.opening(slow_open, on_error=errors.append, remember_geometry=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    # The frame is there at once, saying what it is doing; nothing that needs data can be used yet.
    assert window.stack.currentWidget().objectName() == "opening"
    assert not window.search.isEnabled()
    assert not window.actions.new_record.isEnabled()
    release.set()
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=10_000)
    loaded = []
    window.when_loaded(lambda: loaded.append(True))
    qtbot.waitUntil(lambda: bool(loaded), timeout=10_000)
    assert list_view(window, "spaces").model.rowCount() > 0
    assert window.search.isEnabled() and window.actions.new_record.isEnabled()
    assert errors == []
    window.runner.wait()


def test_a_database_that_fails_to_open_behind_the_window_is_reported(qtbot):
    from civicdesk.errors import DatabaseError

    def broken_open():
        raise DatabaseError("village.sqlite3 is damaged")

    errors: list[BaseException] = []
    window = MainWindow.opening(broken_open, on_error=errors.append, remember_geometry=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    assert "damaged" in str(errors[0])
    assert window.workspace is None


def test_work_asked_for_while_the_app_closes_is_dropped_quietly(qtbot):
    """Undo stacks emit as they are torn down, and a view may ask to reload then: no traceback."""
    from civicdesk.ui.tasks import TaskRunner

    runner = TaskRunner()
    runner._executor.shutdown()
    ran: list[int] = []
    runner.run(lambda: ran.append(1), on_done=ran.append)
    qtbot.wait(50)
    assert ran == [] and not runner.busy


def test_restoring_a_backup_from_the_menu_brings_the_old_data_back(qtbot, window, monkeypatch):
    from civicdesk.db import backup, connection
    from civicdesk.ui import file_actions

    db = window.db
    saved = backup.backup_database(db.path)
    hall = SpaceService(db).create({"name": "Added After The Backup", "category": "civic"})
    monkeypatch.setattr(file_actions.QFileDialog, "getOpenFileName", lambda *a, **k: (str(saved), ""))
    monkeypatch.setattr(file_actions.QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.restore_from_backup()
    assert "Restored" in window.statusBar().currentMessage()
    assert not SpaceService(db).find_by_name(hall.name)
    # The window's database is held again, so asking about encryption never touches the file.
    assert connection.is_held(db.path)


def test_choosing_a_search_result_with_the_keyboard_opens_that_one_record_once(qtbot, window):
    opened: list[tuple[str, str]] = []
    window.search.record_chosen.connect(lambda kind, rid: opened.append((kind, rid)))
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.search, "club")
    qtbot.waitUntil(lambda: len(window.search.hits) >= 2, timeout=5_000)
    popup = window.search.completer_.popup()
    qtbot.waitUntil(popup.isVisible, timeout=5_000)
    second = window.search.hits[1]
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.wait(50)
    assert opened == [(second.record_type, second.record_id)]
    for editor in QApplication.topLevelWidgets():
        if editor is not window and editor.isVisible():
            editor.close()


def test_undo_of_a_record_that_went_away_meanwhile_says_so_and_drops_the_step(qtbot, window, monkeypatch):
    """A bundle (or an erasure) can delete a record after it was edited here: undoing that edit
    tells the user, and Undo/Redo stay in step instead of raising."""
    from civicdesk.ui import undo

    said: list[str] = []
    monkeypatch.setattr(undo, "show_error", lambda _parent, title, exc: said.append(f"{title}: {exc}"))
    spaces = SpaceService(window.db)
    hall = spaces.create({"name": "Gone Soon Hall", "category": "civic"})
    window.undo_stack.push(undo.EditRecord(spaces, hall.id, {"name": "Gone Soon Hall"},
                                           {"name": "Renamed Hall"}, "Gone Soon Hall", lambda *_: None))
    assert spaces.get(hall.id).name == "Renamed Hall"
    count = window.undo_stack.count()
    spaces.delete(hall.id)  # as a bundle from another group would
    window.undo_stack.undo()
    assert said and "can no longer be done" in said[0]
    assert window.undo_stack.count() == count - 1 and not window.undo_stack.canRedo()


def test_ctrl_y_and_ctrl_shift_z_both_redo(qtbot, window):
    spaces = SpaceService(window.db)
    from civicdesk.ui import undo

    hall = spaces.create({"name": "Redo Hall", "category": "civic"})
    window.undo_stack.push(undo.EditRecord(spaces, hall.id, {"name": "Redo Hall"}, {"name": "Redone Hall"},
                                           "Redo Hall", lambda *_: None))
    for keys in ((Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier),
                 (Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)):
        window.undo_stack.undo()
        assert spaces.get(hall.id).name == "Redo Hall"
        qtbot.keyClick(window, *keys)
        assert spaces.get(hall.id).name == "Redone Hall", keys


def test_opening_a_place_from_the_map_keeps_the_map_on_screen(qtbot, window, monkeypatch):
    opened: list[tuple[str, str | None]] = []
    monkeypatch.setattr(window, "_open_editor", lambda kind, rid: opened.append((kind, rid)))
    hall = SpaceService(window.db).create({"name": "Map Hall", "category": "civic"})
    for view in ("map", "network"):
        window.show_view(view)
        window.open_record("space", hall.id)
        assert window.current_view_name() == view
    window.show_view("groups")
    window.open_record("space", hall.id)  # from a list of other records: the spaces list comes up
    assert window.current_view_name() == "spaces" and len(opened) == 3


def test_no_two_items_of_a_menu_share_an_alt_letter(window):
    """Alt+F then a letter must reach one item; two items with the same letter make it a guess."""
    import re

    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        letters = [m.group(1).lower() for a in menu.actions()
                   if (m := re.search(r"&(\w)", a.text().replace("&&", "")))]
        assert len(letters) == len(set(letters)), (menu.title(), sorted(letters))
