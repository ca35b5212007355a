"""The main window's menus: every command with its keyboard shortcut."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from civicdesk.ui.main_window import MainWindow


def build_menus(window: MainWindow) -> None:
    from civicdesk.ui.main_window import VIEWS

    def action(text: str, slot: Callable[[], object], shortcut: QKeySequence | str | None = None) -> QAction:
        made = QAction(text, window)
        if shortcut is not None:
            made.setShortcut(QKeySequence(shortcut))
        made.triggered.connect(lambda _checked=False: slot())
        return made

    menus = window.menuBar()
    file_menu = menus.addMenu(window.tr("&File"))
    new_menu = file_menu.addMenu(window.tr("&New"))
    window.new_action = action(
        window.tr("New record in this view"), lambda: window.new_record(), QKeySequence.StandardKey.New
    )
    new_menu.addAction(window.new_action)
    for kind, label in (
        ("space", window.tr("&Space")),
        ("group", window.tr("&Group")),
        ("person", window.tr("&Person")),
        ("tool", window.tr("&Tool")),
    ):
        new_menu.addAction(action(label, lambda k=kind: window.new_record(k)))
    file_menu.addSeparator()
    window.example_action = action(window.tr("Load the &example neighbourhood"), window.load_example)
    file_menu.addAction(window.example_action)
    file_menu.addSeparator()
    file_menu.addAction(action(window.tr("&Import a spreadsheet or map data…"), window.import_file, "Ctrl+I"))
    file_menu.addAction(action(window.tr("&Print directory…"), window.print_directory, "Ctrl+P"))
    file_menu.addAction(
        action(window.tr("&Send to another group…"), lambda: window.bundles.send(), "Ctrl+Shift+S")
    )
    file_menu.addAction(
        action(window.tr("&Receive a bundle…"), lambda: window.bundles.receive(), "Ctrl+Shift+R")
    )
    file_menu.addAction(
        action(window.tr("&Watch an exchange folder…"), lambda: window.bundles.choose_exchange_folder())
    )
    file_menu.addSeparator()
    file_menu.addAction(action(window.tr("Choose &map background…"), window.choose_basemap))
    file_menu.addAction(action(window.tr("Export view as PN&G…"), lambda: window.export_view("png")))
    file_menu.addAction(action(window.tr("Export view as PD&F…"), lambda: window.export_view("pdf")))
    file_menu.addSeparator()
    file_menu.addAction(action(window.tr("&Back up now"), window.back_up_now, "Ctrl+Shift+B"))
    file_menu.addAction(action(window.tr("Res&tore from a backup…"), window.restore_from_backup))
    file_menu.addSeparator()
    from civicdesk.ui import encryption

    security = action(window.tr("Database se&curity…"), lambda: encryption.SecurityDialog(window).exec())
    file_menu.addAction(security)
    file_menu.addAction(action(window.tr("&Lock now"), lambda: encryption.lock_now(window), "Ctrl+L"))
    file_menu.addSeparator()
    quit_action = action(window.tr("&Quit"), window.close, QKeySequence.StandardKey.Quit)
    quit_action.setObjectName("quit")
    file_menu.addAction(quit_action)

    edit_menu = menus.addMenu(window.tr("&Edit"))
    undo = window.undo_stack.createUndoAction(window, window.tr("&Undo"))
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = window.undo_stack.createRedoAction(window, window.tr("&Redo"))
    # The platform's own Redo keys plus both common ones, each once: a key listed twice is an
    # "ambiguous shortcut" to Qt and then does nothing (Windows' Redo is Ctrl+Y already).
    redo_keys: list[QKeySequence] = []
    for key in [*QKeySequence.keyBindings(QKeySequence.StandardKey.Redo),
                QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")]:
        if not key.isEmpty() and key not in redo_keys:
            redo_keys.append(key)
    redo.setShortcuts(redo_keys)
    edit_menu.addAction(undo)
    edit_menu.addAction(redo)
    edit_menu.addSeparator()
    edit_menu.addAction(action(window.tr("&Open selected"), window.open_selected, "Ctrl+O"))
    window.delete_action = action(
        window.tr("&Delete selected…"), window.delete_selected, QKeySequence.StandardKey.Delete
    )
    edit_menu.addAction(window.delete_action)
    edit_menu.addSeparator()
    find = action(window.tr("&Find…"), window.focus_search)
    find.setShortcuts([QKeySequence("Ctrl+K"), QKeySequence(QKeySequence.StandardKey.Find)])
    edit_menu.addAction(find)

    view_menu = menus.addMenu(window.tr("&View"))
    used = {"l"}  # Re&load
    for number, (name, (_kind, label, _icon)) in enumerate(VIEWS.items(), start=1):
        text = _with_alt_letter(window.tr(label), used)
        view_menu.addAction(action(text, lambda n=name: window.show_view(n), f"Ctrl+{number}"))
    view_menu.addSeparator()
    view_menu.addAction(action(window.tr("Re&load"), window.reload_all, QKeySequence.StandardKey.Refresh))

    help_menu = menus.addMenu(window.tr("&Help"))
    about = action(window.tr("&About CivicDesk"), window.show_about)
    about.setObjectName("about")
    help_menu.addAction(about)


def _with_alt_letter(label: str, used: set[str]) -> str:
    """The label with its first letter no other item uses marked for Alt ("N&eeds review")."""
    for index, char in enumerate(label):
        if char.isalpha() and char.lower() not in used:
            used.add(char.lower())
            return f"{label[:index]}&{label[index:]}"
    return label
