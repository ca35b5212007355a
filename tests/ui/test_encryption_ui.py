"""Encryption in the app: the first-run offer, the passphrase dialog and the lock after inactivity."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QMessageBox, QVBoxLayout

from civicdesk.db import connection
from civicdesk.services import demo
from civicdesk.services.overview import stats
from civicdesk.startup import open_database
from civicdesk.ui.security import PassphraseDialog, SecurityDialog, unlock_at_start
from civicdesk.ui.welcome import WelcomeDialog
from tests.ui.conftest import open_window

PASSPHRASE = "correct horse battery"


@pytest.fixture
def encrypted_db(tmp_path: Path):
    path = tmp_path / "secret.sqlite3"
    db = open_database(path, PASSPHRASE)
    demo.generate(db, "village", seed=2)
    yield db
    db.dispose()


def test_the_window_locks_after_inactivity_and_opens_with_the_passphrase(qtbot, encrypted_db):
    window = open_window(qtbot, encrypted_db)
    lock = window.app_lock
    assert lock.active and lock.timer.isActive()
    lock.refresh(minutes=0.005)  # 0.3 s
    qtbot.waitUntil(lambda: lock.locked, timeout=5000)
    assert lock.screen.isVisible() and not window.centralWidget().isVisible()
    assert not window.menuBar().isVisible()

    qtbot.keyClicks(lock.screen.passphrase, "wrong passphrase")
    qtbot.keyClick(lock.screen.passphrase, Qt.Key.Key_Return)
    assert lock.locked and "not right" in lock.screen.message.text()

    lock.screen.passphrase.clear()
    qtbot.keyClicks(lock.screen.passphrase, PASSPHRASE)
    qtbot.mouseClick(lock.screen.unlock_button, Qt.MouseButton.LeftButton)
    assert not lock.locked and not lock.screen.isVisible() and window.centralWidget().isVisible()
    lock.refresh(minutes=10)
    window.runner.wait()


@pytest.mark.parametrize("kind", ["dialog", "message box"])
def test_a_dialog_left_open_is_covered_by_the_lock_and_kept_as_it_was(qtbot, encrypted_db, kind):
    """Someone walks away with a dialog open: its contents hide, the passphrase goes into it (the
    only window taking input), and after unlocking it is still open with what they had typed."""
    window = open_window(qtbot, encrypted_db)
    lock = window.app_lock
    if kind == "dialog":
        dialog = QDialog(window)
        dialog.setWindowTitle("Delete notes?")
        typed = QLineEdit(dialog)
        QVBoxLayout(dialog).addWidget(typed)
        typed.setText("Notes about the hall roof")
    else:
        dialog = QMessageBox(QMessageBox.Icon.Question, "Delete?", "Delete Orchard Hall?",
                             QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, window)
        typed = dialog.findChild(QLabel, "qt_msgbox_label")
    outcome: list[int] = []
    seen: dict[str, bool] = {}

    def while_open() -> None:
        lock.lock()
        seen["screen in dialog"] = lock.screen.isVisible() and lock.screen.window() is dialog
        seen["contents hidden"] = not typed.isVisible() and "Delete" not in dialog.windowTitle()
        seen["dialog still open"] = dialog.isVisible()
        qtbot.keyClicks(lock.screen.passphrase, PASSPHRASE)
        qtbot.keyClick(lock.screen.passphrase, Qt.Key.Key_Return)
        seen["unlocked"] = not lock.locked
        seen["contents back"] = (typed.isVisible() and dialog.isVisible() and not lock.screen.isVisible()
                                 and "Delete" in dialog.windowTitle())
        dialog.reject()

    QTimer.singleShot(0, while_open)
    outcome.append(dialog.exec())
    assert seen == dict.fromkeys(
        ("screen in dialog", "contents hidden", "dialog still open", "unlocked", "contents back"), True)
    if kind == "dialog":
        assert typed.text() == "Notes about the hall roof"
    assert lock.screen.window() is window and window.centralWidget().isVisible()
    lock.refresh(minutes=10)
    window.runner.wait()


def test_typing_keeps_the_lock_away(qtbot, encrypted_db):
    window = open_window(qtbot, encrypted_db)
    lock = window.app_lock
    lock.refresh(minutes=0.01)  # 0.6 s
    for _ in range(8):  # 1.6 s of typing, never 0.6 s idle
        qtbot.keyClick(window.search, Qt.Key.Key_A)
        qtbot.wait(200)
        assert not lock.locked
    qtbot.waitUntil(lambda: lock.locked, timeout=5000)  # then idle: it locks
    lock.unlock()
    lock.refresh(minutes=10)
    window.runner.wait()


def test_a_plain_database_never_locks(qtbot, village):
    window = open_window(qtbot, village)
    assert not window.app_lock.active and not window.app_lock.timer.isActive()
    window.app_lock.lock()
    assert not window.app_lock.locked
    window.runner.wait()


def test_a_wrong_passphrase_at_start_is_said_and_they_can_retry(qtbot, encrypted_db):
    path = encrypted_db.path
    encrypted_db.dispose()
    seen: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PassphraseDialog)
        qtbot.keyClicks(dialog.passphrase, "not it at all")
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
        seen.append(dialog.message.text())
        assert dialog.isVisible()
        dialog.passphrase.clear()
        qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)

    QTimer.singleShot(200, answer)
    assert unlock_at_start(path) == (True, PASSPHRASE)
    assert seen == ["That passphrase is not right. Please try again."]


def test_first_run_offer_encrypts_the_new_database(qtbot, db):
    window = open_window(qtbot, db)
    messages: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, WelcomeDialog)
        qtbot.mouseClick(dialog.encrypt, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
        qtbot.keyClicks(dialog.passphrase_again, "a different one")
        qtbot.mouseClick(dialog.example_button, Qt.MouseButton.LeftButton)
        messages.append(dialog.encryption_message.text())
        dialog.passphrase_again.clear()
        qtbot.keyClicks(dialog.passphrase_again, PASSPHRASE)
        qtbot.mouseClick(dialog.example_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(300, answer)
    window.offer_first_run()
    qtbot.waitUntil(lambda: bool(messages) and connection.is_encrypted(db.path), timeout=15_000)
    assert messages == ["The two passphrases are not the same."]
    qtbot.waitUntil(lambda: window.app_lock.timer.isActive(), timeout=15_000)
    window.runner.wait()
    qtbot.waitUntil(lambda: stats(db)["spaces"] == 40, timeout=20_000)
    window.runner.wait()
    assert PASSPHRASE.encode() not in db.path.read_bytes()


def test_first_run_says_when_encryption_is_not_available(qtbot, monkeypatch):
    monkeypatch.setattr(connection, "sqlcipher_module", lambda: None)
    dialog = WelcomeDialog()
    qtbot.addWidget(dialog)
    assert not dialog.encrypt.isEnabled() and not dialog.wants_encryption()
    assert "not available" in dialog.encryption_note.text() and "unencrypted" in dialog.encryption_note.text()


def test_the_passphrase_is_changed_in_the_security_dialog_after_giving_the_current_one(qtbot, encrypted_db):
    window = open_window(qtbot, encrypted_db)
    dialog = SecurityDialog(window.security())
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.change_button.isVisible() and not dialog.encrypt_button.isVisible()
    new = "staple battery horse"
    qtbot.keyClicks(dialog.passphrase, new)
    qtbot.keyClicks(dialog.passphrase_again, new)
    asked: list[str] = []

    def give_current(typed: str) -> None:
        current = QApplication.activeModalWidget()
        assert isinstance(current, PassphraseDialog)
        asked.append(current.intro.text())
        qtbot.keyClicks(current.passphrase, typed)
        qtbot.mouseClick(current.open_button, Qt.MouseButton.LeftButton)
        if current.isVisible():  # a wrong one is said, and they give up
            asked.append(current.message.text())
            current.reject()

    QTimer.singleShot(100, lambda: give_current("not the passphrase"))
    qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    assert "not right" in asked[-1]
    connection.check_passphrase(encrypted_db.path, PASSPHRASE)  # nothing changed

    QTimer.singleShot(100, lambda: give_current(PASSPHRASE))
    qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "passphrase was changed" in window.statusBar().currentMessage(), timeout=20_000)
    connection.check_passphrase(encrypted_db.path, new)
    with pytest.raises(connection.WrongPassphraseError):
        connection.check_passphrase(encrypted_db.path, PASSPHRASE)
    assert stats(encrypted_db)["spaces"] == 40  # the window's database reopened under the new one
    window.runner.wait()


def test_with_two_dialogs_open_the_lock_moves_down_when_the_top_one_finishes(qtbot, encrypted_db):
    """An editor with a small dialog over it: both titles hide; when the small one closes by itself
    the passphrase field moves into the editor, the window that takes input now."""
    window = open_window(qtbot, encrypted_db)
    lock = window.app_lock
    editor = QDialog(window)
    editor.setWindowTitle("Edit Mary Smith")
    QVBoxLayout(editor).addWidget(QLineEdit("a private note", editor))
    working = QDialog(editor)
    working.setWindowTitle("Working")
    QVBoxLayout(working).addWidget(QLabel("Saving…", working))
    seen: dict[str, object] = {}

    def top() -> None:
        lock.lock()
        seen["titles hidden"] = "Mary" not in editor.windowTitle() and lock.screen.window() is working
        working.accept()  # finishes by itself while locked

    def under() -> None:
        QTimer.singleShot(0, top)
        working.exec()
        QApplication.processEvents()
        seen["moved into the editor"] = lock.screen.window() is editor and lock.screen.isVisible()
        qtbot.keyClicks(lock.screen.passphrase, PASSPHRASE)
        qtbot.keyClick(lock.screen.passphrase, Qt.Key.Key_Return)
        seen["unlocked"] = not lock.locked and editor.windowTitle() == "Edit Mary Smith"
        editor.reject()

    QTimer.singleShot(0, under)
    editor.exec()
    assert seen == {"titles hidden": True, "moved into the editor": True, "unlocked": True}
    lock.refresh(minutes=10)
    window.runner.wait()


def test_a_dialog_closed_and_deleted_while_locked_does_not_stop_the_unlock(qtbot, encrypted_db):
    window = open_window(qtbot, encrypted_db)
    lock = window.app_lock
    editor = QDialog(window)
    editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    QVBoxLayout(editor).addWidget(QLineEdit("x", editor))

    def close_it() -> None:
        lock.lock()
        editor.accept()

    QTimer.singleShot(0, close_it)
    editor.exec()
    QApplication.sendPostedEvents(None, 0)  # the deferred delete
    QApplication.processEvents()
    assert lock.screen.window() is window and lock.screen.isVisible()
    lock.unlock()
    assert window.centralWidget().isVisible() and lock.timer.isActive() and not lock._hidden
    lock.refresh(minutes=10)
    window.runner.wait()
