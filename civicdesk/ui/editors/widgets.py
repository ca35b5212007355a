"""Input widgets for values that are one thing to a person but several fields to a computer.

Each structured editor offers `value()`, `set_value(value)`, `show_error(message)` (a red line
under its own inputs, "" hides it) and `focus_target()` (where the cursor goes when it is wrong).
They are promoted widgets in the Designer forms, so they are built with a parent only.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QStyle,
    QTimeEdit,
    QWidget,
    QWidgetAction,
)

from civicdesk.core import structured
from civicdesk.core.dates import add_months, date_for_typing
from civicdesk.db.models import CONSENT_FIELDS
from civicdesk.ui import colours
from civicdesk.ui.dates_shown import shown_date
from civicdesk.ui.editors.pickers import PartyEditor, RecordPicker  # noqa: F401 - the forms import them from here
from civicdesk.ui.words import data_word

ERROR_STYLE = colours.ERROR_STYLE


def error_label(parent: QWidget, accessible_name: str) -> QLabel:
    """A hidden red message line; screen readers announce it by name."""
    label = QLabel(parent)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.setAccessibleName(accessible_name)
    label.hide()
    return label


def set_error(label: QLabel, target: QWidget, message: str) -> None:
    label.setText(message)
    label.setVisible(bool(message))
    target.setAccessibleDescription(message)


def aligned_form(parent: QWidget) -> QFormLayout:
    """A form laid out like the Designer forms around it: labels right-aligned, fields growing."""
    form = QFormLayout(parent)
    form.setContentsMargins(0, 0, 0, 0)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form


class DateField(QLineEdit):
    """A date typed as day/month/year (or picked from a calendar); empty means "not known".

    The services accept British and ISO dates and say what is wrong, so this stays a plain line.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("00/00/00000") + 60)
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView)
        action = QAction(icon, self.tr("Choose from a calendar"), self)
        action.triggered.connect(self._pick)
        self.addAction(action, QLineEdit.ActionPosition.TrailingPosition)

    def value(self) -> str:
        return self.text().strip()

    def set_value(self, iso: str | None) -> None:
        self.setText(date_for_typing(iso))

    def set_today(self) -> None:
        self.set_value(date.today().isoformat())

    def _pick(self) -> None:
        menu = QMenu(self)
        calendar = QCalendarWidget(menu)
        calendar.setGridVisible(True)
        try:
            from civicdesk.core.validation import iso_date

            current = iso_date(self.value())
        except ValueError:
            current = None
        if current:
            calendar.setSelectedDate(QDate.fromString(current, "yyyy-MM-dd"))
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(calendar)
        menu.addAction(holder)

        def chosen(day: QDate) -> None:
            self.setText(day.toString("dd/MM/yyyy"))
            menu.close()

        calendar.clicked.connect(chosen)
        calendar.activated.connect(chosen)
        menu.popup(self.mapToGlobal(self.rect().bottomLeft()))


class AddressEditor(QWidget):
    """Two address lines, locality, town and postcode; the postcode is what usually goes wrong."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = aligned_form(self)
        self.line1, self.line2 = QLineEdit(self), QLineEdit(self)
        self.locality, self.town, self.postcode = QLineEdit(self), QLineEdit(self), QLineEdit(self)
        self.postcode.setMaximumWidth(self.fontMetrics().horizontalAdvance("MMMM MMMM") + 24)
        self.postcode.setPlaceholderText(self.tr("for example LS7 3AB"))
        rows = [
            (self.tr("Address line &1:"), self.line1, self.tr("Address line 1")),
            (self.tr("Address line &2:"), self.line2, self.tr("Address line 2")),
            (self.tr("Loc&ality:"), self.locality, self.tr("Locality")),
            (self.tr("&Town:"), self.town, self.tr("Town")),
            (self.tr("Post&code:"), self.postcode, self.tr("Postcode")),
        ]
        for text, field, name in rows:
            label = QLabel(text, self)
            label.setBuddy(field)
            field.setAccessibleName(name)
            form.addRow(label, field)
        self.error = error_label(self, self.tr("Problem with the postcode"))
        form.addRow("", self.error)

    def value(self) -> dict[str, Any]:
        lines = [t for t in (self.line1.text(), self.line2.text()) if t.strip()]
        value = {"lines": lines, "locality": self.locality.text(), "town": self.town.text(),
                 "postcode": self.postcode.text()}
        return value if any(value.values()) else {}

    def set_value(self, value: dict[str, Any] | None) -> None:
        value = value or {}
        lines = list(value.get("lines") or [])
        self.line1.setText(lines[0] if lines else "")
        # Addresses imported with more than two lines keep them all, joined on the second line.
        self.line2.setText(", ".join(lines[1:]))
        self.locality.setText(value.get("locality", ""))
        self.town.setText(value.get("town", ""))
        self.postcode.setText(value.get("postcode", ""))

    def show_error(self, message: str) -> None:
        set_error(self.error, self.postcode, message)

    def focus_target(self) -> QWidget:
        return self.postcode


class OpeningHoursEditor(QWidget):
    """A week: each day open or closed, with opening and closing times, plus notes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        self.days: dict[str, tuple[QCheckBox, QTimeEdit, QTimeEdit]] = {}
        self._extra: dict[str, list[list[str]]] = {}
        day_names = {
            "mon": self.tr("M&onday"), "tue": self.tr("&Tuesday"), "wed": self.tr("W&ednesday"),
            "thu": self.tr("Thu&rsday"), "fri": self.tr("&Friday"), "sat": self.tr("S&aturday"),
            "sun": self.tr("S&unday"),
        }
        for row, day in enumerate(structured.DAYS):
            check = QCheckBox(day_names[day], self)
            opens, closes = QTimeEdit(QTime(9, 0), self), QTimeEdit(QTime(17, 0), self)
            plain = day_names[day].replace("&", "")
            for edit, what in ((opens, self.tr("opens")), (closes, self.tr("closes"))):
                edit.setDisplayFormat("HH:mm")
                edit.setEnabled(False)
                edit.setAccessibleName(f"{plain} {what}")
            check.toggled.connect(opens.setEnabled)
            check.toggled.connect(closes.setEnabled)
            grid.addWidget(check, row, 0)
            grid.addWidget(opens, row, 1)
            grid.addWidget(QLabel(self.tr("to"), self), row, 2)
            grid.addWidget(closes, row, 3)
            self.days[day] = (check, opens, closes)
        grid.setColumnStretch(4, 1)
        notes_label = QLabel(self.tr("&Notes:"), self)
        self.notes = QLineEdit(self)
        self.notes.setPlaceholderText(self.tr("for example closed on bank holidays"))
        self.notes.setAccessibleName(self.tr("Opening hours notes"))
        notes_label.setBuddy(self.notes)
        grid.addWidget(notes_label, len(structured.DAYS), 0)
        grid.addWidget(self.notes, len(structured.DAYS), 1, 1, 4)
        self.error = error_label(self, self.tr("Problem with the opening hours"))
        grid.addWidget(self.error, len(structured.DAYS) + 1, 0, 1, 5)

    def value(self) -> dict[str, Any]:
        value: dict[str, Any] = {}
        for day, (check, opens, closes) in self.days.items():
            if check.isChecked():
                value[day] = [[opens.time().toString("HH:mm"), closes.time().toString("HH:mm")],
                              *self._extra.get(day, [])]
        if self.notes.text().strip():
            value["notes"] = self.notes.text()
        return value

    def set_value(self, value: dict[str, Any] | None) -> None:
        value = value or {}
        self._extra = {}
        for day, (check, opens, closes) in self.days.items():
            spans = value.get(day) or []
            check.setChecked(bool(spans))
            if spans:
                opens.setTime(QTime.fromString(spans[0][0], "HH:mm"))
                closes.setTime(QTime.fromString(spans[0][1], "HH:mm"))
                # A second session on the same day is kept although the grid shows only the first.
                self._extra[day] = [list(s) for s in spans[1:]]
        self.notes.setText(value.get("notes", ""))

    def show_error(self, message: str) -> None:
        set_error(self.error, self, message)

    def focus_target(self) -> QWidget:
        return self.days["mon"][0]


class AccessibilityEditor(QWidget):
    """A tick box for each accessibility feature, in two columns."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for index, (key, text) in enumerate(structured.ACCESSIBILITY_FEATURES.items()):
            box = QCheckBox(data_word(text), self)
            grid.addWidget(box, index // 2, index % 2)
            self.boxes[key] = box
        self._known: set[str] = set()
        self.error = error_label(self, self.tr("Problem with accessibility"))
        grid.addWidget(self.error, 3, 0, 1, 2)

    def value(self) -> dict[str, bool]:
        # Features never answered stay unanswered rather than turning into an explicit "no".
        return {k: b.isChecked() for k, b in self.boxes.items() if b.isChecked() or k in self._known}

    def set_value(self, value: dict[str, Any] | None) -> None:
        value = value or {}
        self._known = set(value)
        for key, box in self.boxes.items():
            box.setChecked(bool(value.get(key)))

    def show_error(self, message: str) -> None:
        set_error(self.error, self, message)

    def focus_target(self) -> QWidget:
        return next(iter(self.boxes.values()))


class DaysEditor(QWidget):
    """Seven tick boxes, Monday to Sunday."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        short = {"mon": self.tr("Mon"), "tue": self.tr("Tue"), "wed": self.tr("Wed"), "thu": self.tr("Thu"),
                 "fri": self.tr("Fri"), "sat": self.tr("Sat"), "sun": self.tr("Sun")}
        self.boxes: dict[str, QCheckBox] = {}
        for day in structured.DAYS:
            box = QCheckBox(short[day], self)
            box.setAccessibleName(data_word(structured.DAY_NAMES[day]))
            row.addWidget(box)
            self.boxes[day] = box
        row.addStretch(1)

    def value(self) -> list[str]:
        return [d for d, box in self.boxes.items() if box.isChecked()]

    def set_value(self, days: list[str] | None) -> None:
        for day, box in self.boxes.items():
            box.setChecked(day in (days or []))


class ConsentEditor(QWidget):
    """The five consents in a grid: given, on which date, how, and who wrote it down."""

    LABELS = {
        "consent_directory": "Listed in the printed directory",
        "consent_bundles": "Shared with other groups in bundles",
        "consent_email": "May be contacted by email",
        "consent_phone": "May be contacted by phone",
        "consent_builder": "Listed as a builder (offers help to other groups)",
    }

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        for column, heading in enumerate(
            (self.tr("Consent"), self.tr("Date"), self.tr("How given"), self.tr("Recorded by"))
        ):
            label = QLabel(f"<b>{heading}</b>", self)
            grid.addWidget(label, 0, column)
        self.rows: dict[str, tuple[QCheckBox, DateField, QComboBox, QLineEdit, QLabel]] = {}
        self._known: set[str] = set()
        for index, field in enumerate(CONSENT_FIELDS):
            text = data_word(self.LABELS[field])
            given = QCheckBox(text, self)
            on = DateField(self)
            how = QComboBox(self)
            how.addItem(self.tr("—"), "")
            for method in structured.CONSENT_METHODS:
                how.addItem(data_word(method.capitalize()), method)
            recorded_by = QLineEdit(self)
            recorded_by.setPlaceholderText(self.tr("your name"))
            for widget, what in ((on, self.tr("date")), (how, self.tr("how given")),
                                 (recorded_by, self.tr("recorded by"))):
                widget.setAccessibleName(f"{text}: {what}")
            # Ticking or unticking is an event with a date: default it to today.
            given.clicked.connect(on.set_today)
            error = error_label(self, self.tr("Problem with consent: %1").replace("%1", text))
            row = 1 + index * 2
            grid.addWidget(given, row, 0)
            grid.addWidget(on, row, 1)
            grid.addWidget(how, row, 2)
            grid.addWidget(recorded_by, row, 3)
            grid.addWidget(error, row + 1, 0, 1, 4)
            self.rows[field] = (given, on, how, recorded_by, error)
        grid.setColumnStretch(3, 1)

    def field_value(self, field: str) -> dict[str, Any]:
        given, on, how, recorded_by, _error = self.rows[field]
        value = {"given": given.isChecked(), "on": on.value(), "how": how.currentData(),
                 "recorded_by": recorded_by.text()}
        touched = given.isChecked() or on.value() or how.currentData() or recorded_by.text().strip()
        return value if touched or field in self._known else {}

    def set_field_value(self, field: str, value: dict[str, Any] | None) -> None:
        value = value or {}
        if value:
            self._known.add(field)
        given, on, how, recorded_by, _error = self.rows[field]
        given.setChecked(bool(value.get("given")))
        on.set_value(value.get("on"))
        how.setCurrentIndex(max(0, how.findData(value.get("how", ""))))
        recorded_by.setText(value.get("recorded_by", ""))

    def show_field_error(self, field: str, message: str) -> None:
        given, on, _how, _recorded_by, error = self.rows[field]
        set_error(error, given, message)

    def field_focus(self, field: str) -> QWidget:
        return self.rows[field][1]


class SafeguardingEditor(QWidget):
    """The DBS check: type, when it was issued and when it is due for renewal."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = aligned_form(self)
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("No check recorded"), "")
        for kind in structured.DBS_TYPES:
            self.kind.addItem(data_word(kind.capitalize()), kind)
        self.issued, self.renewal = DateField(self), DateField(self)
        for text, widget, name in ((self.tr("Check &type:"), self.kind, self.tr("DBS check type")),
                                   (self.tr("&Issued on:"), self.issued, self.tr("DBS check issued on")),
                                   (self.tr("&Renewal due:"), self.renewal, self.tr("DBS renewal due"))):
            label = QLabel(text, self)
            label.setBuddy(widget)
            widget.setAccessibleName(name)
            form.addRow(label, widget)
        self.error = error_label(self, self.tr("Problem with the DBS check"))
        form.addRow("", self.error)

    def value(self) -> dict[str, Any]:
        value = {"dbs_type": self.kind.currentData(), "issued_on": self.issued.value(),
                 "renewal_due": self.renewal.value()}
        return value if any(value.values()) else {}

    def set_value(self, value: dict[str, Any] | None) -> None:
        value = value or {}
        self.kind.setCurrentIndex(max(0, self.kind.findData(value.get("dbs_type", ""))))
        self.issued.set_value(value.get("issued_on"))
        self.renewal.set_value(value.get("renewal_due"))

    def show_error(self, message: str) -> None:
        set_error(self.error, self.renewal, message)

    def focus_target(self) -> QWidget:
        return self.kind


class AcvEditor(QWidget):
    """Asset of Community Value dates; the listing's expiry (listed + 5 years) is shown, not typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = aligned_form(self)
        self.nominated, self.listed, self.disposal = DateField(self), DateField(self), DateField(self)
        self.expires = QLabel(self)
        for text, widget, name in (
            (self.tr("&Nominated on:"), self.nominated, self.tr("Nominated as an asset of community value")),
            (self.tr("&Listed on:"), self.listed, self.tr("Listed as an asset of community value on")),
            (self.tr("Listing e&xpires:"), self.expires, self.tr("Listing expires")),
            (self.tr("D&isposal notice on:"), self.disposal, self.tr("Owner's notice of sale given on")),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            widget.setAccessibleName(name)
            form.addRow(label, widget)
        self.listed.textChanged.connect(self._update_expiry)
        self.error = error_label(self, self.tr("Problem with the asset of community value dates"))
        form.addRow("", self.error)
        self._update_expiry()

    def _update_expiry(self) -> None:
        from civicdesk.core.validation import FieldError, iso_date

        try:
            listed = iso_date(self.listed.value())
        except FieldError:
            listed = None
        self.expires.setText(
            shown_date(add_months(date.fromisoformat(listed), 60).isoformat()) if listed else self.tr("—")
        )

    def value(self) -> dict[str, Any]:
        value = {"nominated_on": self.nominated.value(), "listed_on": self.listed.value(),
                 "disposal_notice_on": self.disposal.value()}
        return {k: d for k, d in value.items() if d}

    def set_value(self, value: dict[str, Any] | None) -> None:
        value = value or {}
        self.nominated.set_value(value.get("nominated_on"))
        self.listed.set_value(value.get("listed_on"))
        self.disposal.set_value(value.get("disposal_notice_on"))

    def show_error(self, message: str) -> None:
        set_error(self.error, self.listed, message)

    def focus_target(self) -> QWidget:
        return self.nominated


__all__ = [
    "AccessibilityEditor",
    "AcvEditor",
    "AddressEditor",
    "ConsentEditor",
    "DateField",
    "DaysEditor",
    "OpeningHoursEditor",
    "PartyEditor",
    "RecordPicker",
    "SafeguardingEditor",
]
