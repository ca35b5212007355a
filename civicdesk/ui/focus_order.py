"""Tab order that follows the reading order where Qt's own (the order widgets were made in) does not.

A dialog's buttons are laid out by the platform's convention (Cancel before OK on Linux, after it on
Windows), so the order they were added in says nothing about where they show; `buttons_as_shown`
puts them in the chain in the order they stand. `chain` sets an explicit order.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QWidget


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
    """Tab goes through the box's buttons from the first shown to the last, where the first of them
    in the chain used to be."""
    layout = box.layout()
    if layout is None:
        return
    shown = [layout.itemAt(i).widget() for i in range(layout.count())]
    buttons = [b for b in shown if isinstance(b, QAbstractButton)]
    if len(buttons) < 2:
        return
    order = focus_chain(box.window())
    places = [order.index(b) for b in buttons if b in order]
    if not places:
        return
    first = min(places)
    chain(buttons, after=order[first - 1] if first > 0 else box.window())


def dialog_buttons_as_shown(dialog: QWidget) -> None:
    for box in dialog.findChildren(QDialogButtonBox):
        buttons_as_shown(box)
