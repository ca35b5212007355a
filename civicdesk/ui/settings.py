"""Edit › Settings: the window's language (used from the next start, as the whole window is built in it)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from civicdesk.core.languages import LANGUAGES
from civicdesk.ui.dialogs import RememberingDialog
from civicdesk.ui.language import save_language, saved_language, system_language


class SettingsDialog(RememberingDialog):
    """Choose the language; OK saves it for the next start and says so (Cancel changes nothing)."""

    settings_key = "dialogs/settings"

    def __init__(self, parent: QWidget | None = None, current: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.current = current  # the language the window is in now
        self.language = QComboBox(self)
        self.language.setObjectName("settings_language")
        computer = LANGUAGES[system_language()]
        self.language.addItem(self.tr("As this computer (%1)").replace("%1", computer), None)
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(saved_language())))
        self.language.setAccessibleName(self.tr("Language"))
        self.language.setAccessibleDescription(self.tr("The language of the window and of printed pages"))
        self.note = QLabel(self.tr("A new language is used from the next time CivicDesk starts."), self)
        self.note.setWordWrap(True)
        form = QFormLayout()
        label = QLabel(self.tr("&Language:"), self)
        label.setBuddy(self.language)
        form.addRow(label, self.language)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)

    def chosen(self) -> str | None:
        """The code chosen, or None for "as this computer"."""
        value = self.language.currentData()
        return str(value) if value else None

    def accept(self) -> None:
        save_language(self.chosen())
        super().accept()

    def next_start_language(self) -> str:
        return self.chosen() or system_language()


def open_settings(window: QWidget, current: str | None = None) -> None:
    """Show Settings; after a change of language, say in the status bar when it takes effect."""
    from civicdesk.ui.language import current_language

    now = current or current_language()
    dialog = SettingsDialog(window, now)
    if dialog.exec() and dialog.next_start_language() != now:
        status = getattr(window, "statusBar", None)
        if status is not None:
            status().showMessage(
                dialog.tr("CivicDesk will be in %1 the next time it starts.").replace(
                    "%1", LANGUAGES[dialog.next_start_language()]), 10000)
