"""A ring round whatever has the keyboard focus, so a person using the keyboard always sees where it is.

Qt's Fusion style marks focus faintly or not at all (a combo box or a list shows nothing, and a
focused table looks like one that is not), so one ring follows the focus through every window: 2 px
in `colours.FOCUS`, drawn just outside the control (WCAG 2.2 "Focus appearance": 2 px, 3:1).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QPoint, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QFocusFrame,
    QProxyStyle,
    QStyle,
    QStyleHintReturn,
    QStyleOption,
    QToolBar,
    QWidget,
)

from civicdesk.ui import colours

WIDTH = 2  # px, the ring's line
GAP = 1  # px between the control and the ring


class _Margins(QProxyStyle):
    """How far the ring stands out from the control (the only thing it asks of a style). Qt asks
    without saying for which control, so the ring tells it."""

    target: QWidget | None = None

    def pixelMetric(self, metric: QStyle.PixelMetric, option: QStyleOption | None = None,  # noqa: N802
                    widget: QWidget | None = None) -> int:
        if metric in (QStyle.PixelMetric.PM_FocusFrameHMargin, QStyle.PixelMetric.PM_FocusFrameVMargin):
            return outside_margin(self.target)
        return super().pixelMetric(metric, option, widget)

    def styleHint(self, hint: QStyle.StyleHint, option: QStyleOption | None = None,  # noqa: N802
                  widget: QWidget | None = None, returnData: QStyleHintReturn | None = None) -> int:  # noqa: N803
        if hint == QStyle.StyleHint.SH_FocusFrame_AboveWidget:
            return 1  # over the control: a ring under a table would be hidden by it
        return super().styleHint(hint, option, widget, returnData)


def ring_parent(control: QWidget) -> QWidget:
    """Where QFocusFrame puts a ring drawn above the control, and so what clips it: the window, a
    tool bar, or the viewport of a scroll area the control is inside."""
    previous, parent = control, control.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and previous is not control:
            return previous  # its viewport
        if parent.isWindow() or isinstance(parent, QToolBar):
            return parent
        previous, parent = parent, parent.parentWidget()
    return control.window()


def outside_margin(control: QWidget | None) -> int:
    """Round the outside of the control where there is room; on its own edge where it touches the
    edge of what the ring is drawn in (the sidebar, the search box), since a ring outside would be
    cut off."""
    margin = WIDTH + GAP
    if control is None or control.isWindow():
        return margin
    parent = ring_parent(control)
    place = QRect(control.mapTo(parent, QPoint(0, 0)), control.size())
    return margin if parent.rect().contains(place.adjusted(-margin, -margin, margin, margin)) else 0


class FocusRing(QFocusFrame):
    """QFocusFrame keeps itself round its widget as it moves and resizes; this draws it plainly."""

    def __init__(self) -> None:
        super().__init__()
        self.margins = _Margins()  # kept: a style set on a widget is not owned by it
        self.setStyle(self.margins)
        self.setObjectName("focus_ring")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(colours.FOCUS), WIDTH))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        half = WIDTH / 2
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(half, half, -half, -half), 3, 3)


def shows_ring(widget: QWidget | None) -> bool:
    """A control inside a window (not a window itself, nor a popup's list or menu)."""
    if widget is None or widget.isWindow() or widget.parentWidget() is None:
        return False
    return widget.window().windowType() not in (Qt.WindowType.Popup, Qt.WindowType.ToolTip)


_ring: FocusRing | None = None
_following = False


def show_focus(app: QApplication) -> None:
    """Make the ring follow the keyboard focus from now on (once per application)."""
    global _following
    if _following:
        return
    _following = True
    app.focusChanged.connect(_follow)
    _follow(None, app.focusWidget())


def _follow(_old: QWidget | None, new: QWidget | None) -> None:
    global _ring
    target = new if shows_ring(new) else None
    if target is not None and target.focusProxy() is not None:
        target = target.focusProxy()
    # The ring lives beside the control it rings, so it goes when that window is closed for good.
    if _ring is None or not shiboken6.isValid(_ring):
        if target is None:
            return
        _ring = FocusRing()
    _ring.margins.target = target
    _ring.setWidget(target)


def focus_ring() -> FocusRing | None:
    """The ring, while it is round a control."""
    return _ring if _ring is not None and shiboken6.isValid(_ring) and _ring.widget() is not None else None


def stop_showing_focus(app: QApplication) -> None:
    """Undo `show_focus` (for tests that want Qt's own drawing back)."""
    global _following, _ring
    if _following:
        app.focusChanged.disconnect(_follow)
        _following = False
    if _ring is not None and shiboken6.isValid(_ring):
        _ring.setWidget(None)
        _ring.deleteLater()
    _ring = None
