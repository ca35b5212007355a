"""The main window's menus: every command with its keyboard shortcut."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMenuBar

from civicdesk.ui import registry
from civicdesk.ui.settings import open_settings
from civicdesk.ui.words import data_word

# The window's words, in its context (lupdate reads translate("Context", "text") calls).
translate = QCoreApplication.translate


class MenuHost(Protocol):
    """What the menus call on the window (civicdesk.ui.main_window.MainWindow)."""

    undo_stack: QUndoStack

    @property
    def bundles(self) -> Any: ...
    def tr(self, text: str) -> str: ...
    def menuBar(self) -> QMenuBar: ...  # noqa: N802 - Qt's name
    def close(self) -> bool: ...
    def new_record(self, record_type: str | None = None) -> None: ...
    def load_example(self) -> None: ...
    def import_file(self) -> None: ...
    def print_directory(self) -> None: ...
    def choose_basemap(self) -> None: ...
    def export_view(self, kind: str) -> None: ...
    def back_up_now(self) -> None: ...
    def restore_from_backup(self) -> None: ...
    def open_security(self) -> None: ...
    def lock_now(self) -> None: ...
    def open_selected(self) -> None: ...
    def delete_selected(self) -> None: ...
    def focus_search(self) -> None: ...
    def show_view(self, name: str) -> None: ...
    def reload_all(self) -> None: ...
    def show_about(self) -> None: ...


@dataclass(frozen=True)
class MenuActions:
    """The menu commands the window enables and disables itself."""

    new_record: QAction  # File › New › New record in this view
    load_example: QAction
    delete_selected: QAction
    views: dict[str, QAction]  # View › one per registered view, by name


def build_menus(window: MenuHost) -> MenuActions:
    """Fill the window's menu bar; returns the actions the window needs to reach again."""

    def action(text: str, slot: Callable[[], object],
               shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None) -> QAction:
        made = QAction(text, window)  # type: ignore[call-overload]
        if shortcut is not None:
            made.setShortcut(QKeySequence(shortcut))
        made.triggered.connect(lambda _checked=False: slot())
        return made

    menus = window.menuBar()
    file_menu = menus.addMenu(translate("MainWindow", "&File"))
    new_menu = file_menu.addMenu(translate("MainWindow", "&New"))
    new_action = action(
        translate("MainWindow", "New record in this view"), lambda: window.new_record(),
        QKeySequence.StandardKey.New,
    )
    new_menu.addAction(new_action)
    for kind, label in (
        ("space", translate("MainWindow", "&Space")),
        ("group", translate("MainWindow", "&Group")),
        ("person", translate("MainWindow", "&Person")),
        ("tool", translate("MainWindow", "&Tool")),
    ):
        new_menu.addAction(action(label, partial(window.new_record, kind)))
    file_menu.addSeparator()
    example_action = action(translate("MainWindow", "Load the &example neighbourhood"), window.load_example)
    file_menu.addAction(example_action)
    file_menu.addSeparator()
    file_menu.addAction(action(
        translate("MainWindow", "&Import a spreadsheet or map data…"), window.import_file, "Ctrl+I"))
    file_menu.addAction(action(
        translate("MainWindow", "&Print directory…"), window.print_directory, "Ctrl+P"))
    file_menu.addAction(
        action(
            translate("MainWindow", "&Send to another group…"), lambda: window.bundles.send(), "Ctrl+Shift+S")
    )
    file_menu.addAction(
        action(
            translate("MainWindow", "&Receive a bundle…"), lambda: window.bundles.receive(), "Ctrl+Shift+R")
    )
    file_menu.addAction(
        action(translate("MainWindow", "&Watch an exchange folder…"),
               lambda: window.bundles.choose_exchange_folder())
    )
    file_menu.addSeparator()
    file_menu.addAction(action(translate("MainWindow", "Choose &map background…"), window.choose_basemap))
    file_menu.addAction(action(
        translate("MainWindow", "Export view as PN&G…"), lambda: window.export_view("png")))
    file_menu.addAction(action(
        translate("MainWindow", "Export view as PD&F…"), lambda: window.export_view("pdf")))
    file_menu.addSeparator()
    file_menu.addAction(action(translate("MainWindow", "&Back up now"), window.back_up_now, "Ctrl+Shift+B"))
    file_menu.addAction(action(
        translate("MainWindow", "Res&tore from a backup…"), window.restore_from_backup))
    file_menu.addSeparator()
    file_menu.addAction(action(translate("MainWindow", "Database se&curity…"), window.open_security))
    file_menu.addAction(action(translate("MainWindow", "&Lock now"), window.lock_now, "Ctrl+L"))
    file_menu.addSeparator()
    quit_action = action(translate("MainWindow", "&Quit"), window.close, QKeySequence.StandardKey.Quit)
    quit_action.setObjectName("quit")
    file_menu.addAction(quit_action)

    edit_menu = menus.addMenu(translate("MainWindow", "&Edit"))
    undo = window.undo_stack.createUndoAction(window, translate("MainWindow", "&Undo"))  # type: ignore[arg-type]
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = window.undo_stack.createRedoAction(window, translate("MainWindow", "&Redo"))  # type: ignore[arg-type]
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
    edit_menu.addAction(action(translate("MainWindow", "&Open selected"), window.open_selected, "Ctrl+O"))
    delete_action = action(
        translate("MainWindow", "&Delete selected…"), window.delete_selected, QKeySequence.StandardKey.Delete
    )
    edit_menu.addAction(delete_action)
    edit_menu.addSeparator()
    find = action(translate("MainWindow", "&Find…"), window.focus_search)
    find.setShortcuts([QKeySequence("Ctrl+K"), QKeySequence(QKeySequence.StandardKey.Find)])
    edit_menu.addAction(find)
    edit_menu.addSeparator()
    settings = action(translate("MainWindow", "Se&ttings…"), lambda: open_settings(window),  # type: ignore[arg-type]
                      QKeySequence.StandardKey.Preferences)
    settings.setObjectName("settings")
    edit_menu.addAction(settings)

    view_menu = menus.addMenu(translate("MainWindow", "&View"))
    used = {"l"}  # Re&load
    view_actions: dict[str, QAction] = {}
    for number, spec in enumerate(registry.views(), start=1):
        text = _with_alt_letter(data_word(spec.label), used)
        shortcut = _view_shortcut(number)
        view_actions[spec.name] = action(text, partial(window.show_view, spec.name), shortcut)
        view_menu.addAction(view_actions[spec.name])
    view_menu.addSeparator()
    view_menu.addAction(action(
        translate("MainWindow", "Re&load"), window.reload_all, QKeySequence.StandardKey.Refresh))

    help_menu = menus.addMenu(translate("MainWindow", "&Help"))
    about = action(translate("MainWindow", "&About CivicDesk"), window.show_about)
    about.setObjectName("about")
    help_menu.addAction(about)
    return MenuActions(new_action, example_action, delete_action, view_actions)


def _view_shortcut(number: int) -> str | None:
    """Ctrl+1 … Ctrl+9 for the first nine views and Ctrl+0 for the tenth, as the number row reads."""
    if number <= 9:
        return f"Ctrl+{number}"
    return "Ctrl+0" if number == 10 else None


def _with_alt_letter(label: str, used: set[str]) -> str:
    """The label with its first letter no other item uses marked for Alt ("N&eeds review")."""
    for index, char in enumerate(label):
        if char.isalpha() and char.lower() not in used:
            used.add(char.lower())
            return f"{label[:index]}&{label[index:]}"
    return label
