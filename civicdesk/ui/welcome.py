"""First run: start with an example neighbourhood or start empty, and say who we are."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class WelcomeDialog(QDialog):
    EXAMPLE = 2
    EMPTY = 3

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to CivicDesk"))
        self.setObjectName("welcome")
        title = QLabel(self.tr("Welcome to CivicDesk"))
        title.setStyleSheet("font-size: 18pt; font-weight: 600;")
        intro = QLabel(
            self.tr(
                "CivicDesk keeps the map of your neighbourhood's social infrastructure on this computer: "
                "the places people meet, the groups that run things, the volunteers who hold it together "
                "and the tools you share. Nothing leaves this computer unless you send it."
            )
        )
        intro.setWordWrap(True)
        self.group_name = QLineEdit()
        self.group_name.setPlaceholderText(self.tr("for example Chapeltown Residents' Association"))
        self.group_name.setAccessibleName(self.tr("Your group's name"))
        self.area = QLineEdit()
        self.area.setPlaceholderText(self.tr("for example Chapeltown, Leeds"))
        self.area.setAccessibleName(self.tr("Your area"))
        form = QFormLayout()
        form.addRow(self.tr("Your group's &name:"), self.group_name)
        form.addRow(self.tr("&Area you cover:"), self.area)
        self.example_button = QPushButton(self.tr("Start with an &example neighbourhood"))
        self.example_button.setObjectName("start_example")
        self.example_button.setDefault(True)
        self.example_button.setToolTip(
            self.tr(
                "A made-up village with halls, groups, volunteers and tools "
                "to try things out. You can delete it later."
            )
        )
        self.empty_button = QPushButton(self.tr("Start &empty"))
        self.empty_button.setObjectName("start_empty")
        self.example_button.clicked.connect(lambda: self.done(self.EXAMPLE))
        self.empty_button.clicked.connect(lambda: self.done(self.EMPTY))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.empty_button)
        buttons.addWidget(self.example_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(14)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.setMinimumWidth(560)
        self.group_name.setFocus(Qt.FocusReason.OtherFocusReason)
