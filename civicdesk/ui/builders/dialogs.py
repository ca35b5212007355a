"""The builders view's dialogs: offer help, ask for help, and log the help done."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from civicdesk.core import validation as v
from civicdesk.db.database import Database
from civicdesk.services import builders, pickers
from civicdesk.ui import colours
from civicdesk.ui.dialogs import RememberingDialog
from civicdesk.ui.editors.pickers import RecordPicker
from civicdesk.ui.editors.widgets import DateField

WAY_LABELS = {  # shown through the offer dialog's self.tr()
    "advice by phone": QT_TRANSLATE_NOOP("OfferDialog", "Advice by phone"),
    "come and run it": QT_TRANSLATE_NOOP("OfferDialog", "Come and run it"),
    "lend": QT_TRANSLATE_NOOP("OfferDialog", "Lend"),
    "train": QT_TRANSLATE_NOOP("OfferDialog", "Train others"),
}


class _Form(RememberingDialog):
    """A form with an error line and OK/Cancel: `values()` and `save()` are the subclass's."""

    def __init__(self, parent: QWidget | None, db: Database, title: str) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(title)
        self.layout_ = QVBoxLayout(self)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)
        self.error = QLabel(self)
        self.error.setStyleSheet(colours.ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Problem"))
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)

    def finish_layout(self) -> None:
        self.layout_.addWidget(self.error)
        self.layout_.addWidget(self.buttons)

    def line(self, label: str, name: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(self)
        edit.setAccessibleName(name)
        edit.setPlaceholderText(placeholder)
        self.form.addRow(label, edit)
        return edit

    def save(self) -> Any:
        raise NotImplementedError

    def _ok(self) -> None:
        from civicdesk.errors import CivicDeskError

        try:
            self.result_record = self.save()
        except (CivicDeskError, ValueError) as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        self.accept()


def _split(text: str) -> list[str]:
    return v.text_list(text)


class OfferDialog(_Form):
    """A volunteer listed as a builder, or a group, offers help with skills or tools."""

    settings_key = "builders/offer"

    def __init__(self, parent: QWidget | None, db: Database) -> None:
        super().__init__(parent, db, self.tr("Offer help"))
        intro = QLabel(
            self.tr(
                "Offer your skills or kit to other groups. A volunteer is listed only with their "
                "consent to be listed as a builder (on their page, under Consent)."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.layout_.insertWidget(0, intro)
        self.who = QComboBox(self)
        self.who.setAccessibleName(self.tr("Who offers"))
        self.who.addItem(self.tr("The group itself"), None)
        for person_id, name in builders.listed_builders(db):
            self.who.addItem(name, person_id)
        self.form.addRow(self.tr("&Who offers:"), self.who)
        self.group = RecordPicker(self)
        self.group.set_source(lambda text: pickers.choices(db, "group", text))
        self.group.setAccessibleName(self.tr("Through the group"))
        self.group.lineEdit().setPlaceholderText(self.tr("the volunteer's own group if left empty"))
        self.form.addRow(self.tr("Through the &group:"), self.group)
        self.skills = self.line(
            self.tr("&Skills:"), self.tr("Skills"), self.tr("for example: first aid, PAT testing")
        )
        self.tool = QComboBox(self)
        self.tool.setAccessibleName(self.tr("Tool"))
        self.tool.addItem(self.tr("—"), None)
        for tool_id, name in builders.tool_names(db):
            self.tool.addItem(name, tool_id)
        self.form.addRow(self.tr("&Tool (if any):"), self.tool)
        self.areas = self.line(self.tr("&Areas:"), self.tr("Areas"), self.tr("empty: anywhere"))
        ways = QHBoxLayout()
        self.ways: dict[str, QCheckBox] = {}
        for way, label in WAY_LABELS.items():
            box = QCheckBox(self.tr(str(label)), self)
            self.ways[way] = box
            ways.addWidget(box)
        self.form.addRow(self.tr("How:"), ways)
        self.how_often = self.line(
            self.tr("How &often:"), self.tr("How often"), self.tr("for example: once a month")
        )
        self.finish_layout()

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {
            "person_id": self.who.currentData(),
            "skills": _split(self.skills.text()),
            "tool_ids": [self.tool.currentData()] if self.tool.currentData() else [],
            "areas": _split(self.areas.text()),
            "ways": [w for w, box in self.ways.items() if box.isChecked()],
            "how_often": self.how_often.text(),
        }
        group_id = self.group.selected_id()
        if group_id:
            values["group_id"] = group_id
        return values

    def save(self) -> Any:
        from civicdesk.errors import ValidationError

        values = self.values()
        if not values["person_id"] and not values.get("group_id"):
            raise ValidationError({"group": "choose the group that offers the help"})
        return builders.Builders(self.db).offer(values)


class RequestDialog(_Form):
    """A group asks for help with a tool or a need."""

    settings_key = "builders/request"

    def __init__(self, parent: QWidget | None, db: Database) -> None:
        super().__init__(parent, db, self.tr("Ask for help"))
        self.group = RecordPicker(self)
        self.group.set_source(lambda text: pickers.choices(db, "group", text))
        self.group.setAccessibleName(self.tr("Group asking"))
        self.form.addRow(self.tr("&Group asking:"), self.group)
        self.what = self.line(
            self.tr("&What help:"),
            self.tr("What help"),
            self.tr("for example: first aid cover for the fun day on 14 June"),
        )
        self.skills = self.line(
            self.tr("&Skills wanted:"), self.tr("Skills wanted"), self.tr("for example: first aid")
        )
        self.tool = QComboBox(self)
        self.tool.setAccessibleName(self.tr("Tool"))
        self.tool.addItem(self.tr("—"), None)
        for tool_id, name in builders.tool_names(db):
            self.tool.addItem(name, tool_id)
        self.form.addRow(self.tr("&Tool (if any):"), self.tool)
        self.area = self.line(self.tr("&Area:"), self.tr("Area"), self.tr("where the help is needed"))
        self.needed_by = DateField(self)
        self.needed_by.setAccessibleName(self.tr("Needed by"))
        self.form.addRow(self.tr("&Needed by:"), self.needed_by)
        self.finish_layout()

    def save(self) -> Any:
        return builders.Builders(self.db).ask(
            {
                "group_id": self.group.selected_id() or "",
                "name": self.what.text(),
                "skills": _split(self.skills.text()),
                "tool_id": self.tool.currentData(),
                "area": self.area.text(),
                "needed_by": self.needed_by.value(),
            }
        )


class DoneDialog(_Form):
    """The help was given: on which day, how many hours, what was done."""

    settings_key = "builders/done"

    def __init__(self, parent: QWidget | None, db: Database, request_id: str, request_name: str) -> None:
        super().__init__(parent, db, self.tr("Mark done: %1").replace("%1", request_name))
        self.request_id = request_id
        self.done_on = DateField(self)
        self.done_on.setAccessibleName(self.tr("Done on"))
        self.done_on.set_value(date.today().isoformat())
        self.form.addRow(self.tr("&Done on:"), self.done_on)
        self.hours = QDoubleSpinBox(self)
        self.hours.setRange(0.25, 1000)
        self.hours.setSingleStep(0.5)
        self.hours.setValue(2)
        self.hours.setSuffix(self.tr(" hours"))
        self.hours.setAccessibleName(self.tr("Hours of help"))
        self.form.addRow(self.tr("&Hours:"), self.hours)
        self.what = QPlainTextEdit(self)
        self.what.setAccessibleName(self.tr("What was done"))
        self.what.setPlaceholderText(request_name)
        self.what.setTabChangesFocus(True)
        self.what.setMaximumHeight(80)
        self.form.addRow(self.tr("&What was done:"), self.what)
        self.finish_layout()

    def save(self) -> Any:
        return builders.Builders(self.db).mark_done(
            self.request_id,
            self.hours.value(),
            v.iso_date(self.done_on.value()) or date.today().isoformat(),
            self.what.toPlainText(),
        )
