"""The order a person reads a dialog's controls in, worked out from its layouts, and the order Tab
actually visits them in: what the focus-order tests compare."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QBoxLayout,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLayout,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QWidget,
    QWizard,
)

WIZARD_BUTTONS = [QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                  QWizard.WizardButton.CommitButton, QWizard.WizardButton.FinishButton,
                  QWizard.WizardButton.CancelButton, QWizard.WizardButton.HelpButton]
LEAVES = (QAbstractScrollArea, QAbstractSpinBox, QComboBox)  # take focus whole; never descend


def takes_tab_focus(widget: QWidget, top: QWidget) -> bool:
    return (
        bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and widget.isVisibleTo(top)
        and widget.isEnabled()
        and widget.focusProxy() is None
    )


def reading_order(top: QWidget) -> list[QWidget]:
    """Every control Tab should stop at, in the order of the layouts: a box layout's items in turn,
    a form's rows (label, then field), a grid row by row; a tab widget's tab bar, then its page."""
    found: list[QWidget] = []

    def widget(w: QWidget) -> None:
        if not w.isVisibleTo(top):
            return
        if isinstance(w, QWizard):  # its page, then its buttons as they stand
            if w.currentPage() is not None:
                widget(w.currentPage())
            buttons = [w.button(which) for which in WIZARD_BUTTONS]
            shown = [b for b in buttons if b is not None and takes_tab_focus(b, top)]
            found.extend(sorted(shown, key=lambda b: b.mapTo(w, b.rect().topLeft()).x()))
            return
        if isinstance(w, QTabWidget):
            widget(w.tabBar())
            if w.currentWidget() is not None:
                widget(w.currentWidget())
            return
        if isinstance(w, QScrollArea) and w.widget() is not None:
            if takes_tab_focus(w, top):
                found.append(w)
            widget(w.widget())
            return
        if isinstance(w, QSplitter):
            for index in range(w.count()):
                widget(w.widget(index))
            return
        if isinstance(w, QStackedWidget):
            if w.currentWidget() is not None:
                widget(w.currentWidget())
            return
        if w is not top and takes_tab_focus(w, top) and w not in found:
            found.append(w)
        if isinstance(w, LEAVES) and w is not top:
            return
        if w.layout() is not None:
            layout(w.layout())

    def layout(lay: QLayout) -> None:
        items = []
        if isinstance(lay, QFormLayout):
            for row in range(lay.rowCount()):
                for role in (QFormLayout.ItemRole.LabelRole, QFormLayout.ItemRole.FieldRole,
                             QFormLayout.ItemRole.SpanningRole):
                    item = lay.itemAt(row, role)
                    if item is not None:
                        items.append(item)
        elif isinstance(lay, QGridLayout):
            cells = []
            for index in range(lay.count()):
                row, column, _rows, _columns = lay.getItemPosition(index)
                cells.append(((row, column), lay.itemAt(index)))
            items = [item for _position, item in sorted(cells, key=lambda c: c[0])]
        else:
            items = [lay.itemAt(i) for i in range(lay.count())]
            if isinstance(lay, QBoxLayout) and lay.direction() in (
                QBoxLayout.Direction.RightToLeft, QBoxLayout.Direction.BottomToTop
            ):
                items.reverse()
        for item in items:
            if item.widget() is not None:
                widget(item.widget())
            elif item.layout() is not None:
                layout(item.layout())

    widget(top)
    return found


def owner(focused: QWidget | None, controls: list[QWidget]) -> QWidget | None:
    """The control of `controls` that is or holds the focused widget."""
    while focused is not None:
        if focused in controls:
            return focused
        focused = focused.parentWidget()
    return None


def tab_chain(qtbot, start: QWidget, controls: list[QWidget], steps: int) -> list[QWidget | None]:
    """Put the focus on `start`, press Tab `steps` times on whatever has the focus; the controls
    visited, a control met twice in a row once (Tab moves between a date's day, month and year)."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: owner(QApplication.focusWidget(), controls) is start, timeout=2_000)
    visited: list[QWidget | None] = [start]
    presses = 0
    while len(visited) <= steps and presses < steps * 4:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        presses += 1
        now = owner(QApplication.focusWidget(), controls)
        if now is not visited[-1] or now is None:
            visited.append(now)
    return visited


def describe(widget: QWidget | None) -> str:
    if widget is None:
        return "(outside the dialog's controls)"
    text = getattr(widget, "text", None)
    label = widget.accessibleName() or (text() if callable(text) else "") or widget.objectName()
    return f"{type(widget).__name__} “{label}”"


def mnemonic(text: str) -> str | None:
    """The letter Alt goes with in a label ("&Save" → "s"; "&&" is a literal ampersand)."""
    index = 0
    while index < len(text) - 1:
        if text[index] == "&":
            if text[index + 1] != "&":
                return text[index + 1].lower()
            index += 1
        index += 1
    return None


def mnemonics(top: QWidget) -> dict[str, list[str]]:
    """The Alt letters of what shows now in `top` (buttons, labels with a buddy, tabs), by letter."""
    from PySide6.QtWidgets import QAbstractButton, QLabel, QTabBar

    found: dict[str, list[str]] = {}

    def note(text: str) -> None:
        letter = mnemonic(text)
        if letter:
            found.setdefault(letter, []).append(text)

    for button in top.findChildren(QAbstractButton):
        if button.isVisibleTo(top):
            note(button.text())
    for label in top.findChildren(QLabel):
        if label.isVisibleTo(top) and label.buddy() is not None:
            note(label.text())
    for bar in top.findChildren(QTabBar):
        if bar.isVisibleTo(top):
            for index in range(bar.count()):
                note(bar.tabText(index))
    return found
