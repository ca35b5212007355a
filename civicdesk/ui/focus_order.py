"""Tab order that follows the reading order where Qt's own (the order widgets were made in) does not.

A dialog's buttons are laid out by the platform's convention (Cancel before OK on Linux, after it on
Windows), so the order they were added in says nothing about where they show; `buttons_as_shown`
puts them in the chain in the order they stand. `chain` sets an explicit order and
`tab_leaves_when_not_known` lets Tab out of a date
box that shows "not known".
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QDateEdit, QDialogButtonBox, QWidget


def focus_chain(window: QWidget) -> list[QWidget]:
    """The window's widgets in the order Tab goes round them (hidden and disabled ones too)."""
    chain: list[QWidget] = []
    widget = window.nextInFocusChain()
    while widget is not None and widget is not window and len(chain) < 10_000:
        chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def chain(widgets: Iterable[QWidget], after: QWidget | None = None) -> None:
    """Tab visits `widgets` one after another (after `after`, if given)."""
    previous = after
    for widget in widgets:
        if previous is not None:
            QWidget.setTabOrder(previous, widget)
        previous = widget


def tab_focusable(container: QWidget) -> list[QWidget]:
    """The widgets inside `container` that Tab stops at, in their present order."""
    return [widget for widget in focus_chain(container.window())
            if container.isAncestorOf(widget) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus]


def buttons_as_shown(box: QDialogButtonBox) -> None:
    """Tab goes through the box's buttons from the first shown to the last."""
    layout = box.layout()
    if layout is None:
        return
    shown = [layout.itemAt(i).widget() for i in range(layout.count())]
    buttons = [b for b in shown if isinstance(b, QAbstractButton)]
    if len(buttons) < 2:
        return
    # Each after the one shown before it. (Anchoring the first to the widget before it, or to the
    # window, left Qt's chain broken and crashed it when the dialog was destroyed.)
    chain(buttons)


def dialog_buttons_as_shown(dialog: QWidget) -> None:
    for box in dialog.findChildren(QDialogButtonBox):
        buttons_as_shown(box)


class _LeaveBlankDate(QObject):
    """Qt keeps the focus in a date box showing its "not known" text: Tab finds no day or month to
    move to and stays. There Tab moves on to the next control, as everywhere else."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (event.type() == QEvent.Type.KeyPress and isinstance(watched, QDateEdit)
                and isinstance(event, QKeyEvent) and watched.specialValueText()
                and watched.date() == watched.minimumDate()
                and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)):
            backwards = event.key() == Qt.Key.Key_Backtab or bool(
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            _focus_next(watched, backwards)
            return True
        return super().eventFilter(watched, event)


def tab_leaves_when_not_known(edit: QDateEdit) -> None:
    edit.installEventFilter(_LeaveBlankDate(edit))


def _focus_next(widget: QWidget, backwards: bool) -> None:
    step = QWidget.previousInFocusChain if backwards else QWidget.nextInFocusChain
    candidate = step(widget)
    while candidate is not None and candidate is not widget:
        if (candidate.focusPolicy() & Qt.FocusPolicy.TabFocus and candidate.isVisible()
                and candidate.isEnabled() and candidate.focusProxy() is None):
            reason = Qt.FocusReason.BacktabFocusReason if backwards else Qt.FocusReason.TabFocusReason
            candidate.setFocus(reason)
            return
        candidate = step(candidate)
