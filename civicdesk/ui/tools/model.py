"""The tool store's cards: a list model of tools, the filter in front of it, and the card painter."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from civicdesk.services.tool_store import StoreFilter, ToolCard
from civicdesk.ui import colours
from civicdesk.ui.generated import resources_rc  # noqa: F401 - registers the :/icons/ resources

CARD_ROLE = Qt.ItemDataRole.UserRole + 1  # the whole ToolCard
ID_ROLE = Qt.ItemDataRole.UserRole + 2
KIND_ICONS = {
    "method": ":/icons/tool-method.svg",
    "digital app/platform": ":/icons/tool-digital.svg",
    "shared kit": ":/icons/tool-kit.svg",
    "template/document": ":/icons/tool-template.svg",
}
CARD_SIZE = QSize(252, 166)  # the narrowest card; cards widen to share the row (see `fit_cards`)
STAR_COLOUR = QColor(colours.STAR)

_Index = QModelIndex | QPersistentModelIndex


def kind_icon(kind: str) -> QIcon:
    return QIcon(KIND_ICONS.get(kind, ":/icons/tools.svg"))


def name_lines(name: str, metrics: QFontMetrics, width: int) -> list[str]:
    """A tool's name in at most two lines of `width` pixels, keeping what tells tools apart.

    "Book swap shelf (Davis Heath)" → "Book swap shelf" / "(Davis Heath)": a bracketed or dashed
    ending (the place, the version) gets a line of its own, and only the common start is cut short.
    """
    if metrics.horizontalAdvance(name) <= width:
        return [name]
    for mark in (" (", " – ", " - ", ": "):
        at = name.rfind(mark) if mark == " (" else name.find(mark)
        if at > 0:
            head, tail = name[:at], name[at:].lstrip(" ") if mark == " (" else name[at + len(mark) :]
            if mark == ": ":
                head += ":"
            elide = Qt.TextElideMode.ElideRight
            return [metrics.elidedText(head, elide, width), metrics.elidedText(tail, elide, width)]
    words, first = name.split(), ""
    while words and metrics.horizontalAdvance((first + " " + words[0]).strip()) <= width:
        first = (first + " " + words.pop(0)).strip()
    if not first:  # one long word: cut it where the line ends
        first = next(
            name[:n] for n in range(len(name), 0, -1) if metrics.horizontalAdvance(name[:n]) <= width
        )
        words = [name[len(first) :]]
    rest = " ".join(words)
    return [first, metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)] if rest else [first]


def fit_cards(view_width: int, least: QSize = CARD_SIZE) -> QSize:
    """The card size that fills a row of `view_width` pixels with as many cards as fit."""
    columns = max(1, view_width // least.width())
    return QSize(max(least.width(), view_width // columns), least.height())


def stars(average: float | None) -> str:
    if average is None:
        return ""
    full = int(round(average))
    return "★" * full + "☆" * (5 - full)


class ToolCardModel(QAbstractListModel):
    """One row per tool; holds plain ToolCard rows, never a session."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.cards: list[ToolCard] = []

    def set_cards(self, cards: list[ToolCard]) -> None:
        self.beginResetModel()
        self.cards = list(cards)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else len(self.cards)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.cards):
            return None
        card = self.cards[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return card.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return card.summary
        if role == Qt.ItemDataRole.AccessibleTextRole:
            rating = f", rated {card.average} out of 5 by {card.ratings}" if card.average is not None else ""
            return f"{card.name}, {card.kind}, {card.cost or 'cost not given'}{rating}. {card.summary}"
        if role == Qt.ItemDataRole.DecorationRole:
            return kind_icon(card.kind)
        if role == CARD_ROLE:
            return card
        if role == ID_ROLE:
            return card.tool_id
        return None


class ToolFilterModel(QSortFilterProxyModel):
    """Shows the cards a StoreFilter accepts."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.store_filter = StoreFilter()

    def set_store_filter(self, store_filter: StoreFilter) -> None:
        self.beginFilterChange()
        self.store_filter = store_filter
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        card = model.data(model.index(source_row, 0, source_parent), CARD_ROLE)
        return card is not None and self.store_filter.accepts(card)


class CardDelegate(QStyledItemDelegate):
    """Paints a tool as an app-store card: icon, name, one line of what it is for, stars, cost."""

    card_size = CARD_SIZE  # set by the store as its width changes

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:  # noqa: N802
        return self.card_size

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        card: ToolCard | None = index.data(CARD_ROLE)
        if card is None:
            return
        palette = option.palette  # type: ignore[attr-defined]
        rect = option.rect.adjusted(6, 6, -6, -6)  # type: ignore[attr-defined]
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)  # type: ignore[attr-defined]
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        path = QPainterPath()
        path.addRoundedRect(rect, 10, 10)
        base = palette.color(QPalette.ColorRole.Base)
        painter.fillPath(path, base.darker(104) if selected else base)
        border = palette.color(QPalette.ColorRole.Highlight) if selected or focused else QColor("#d5d9de")
        painter.setPen(QPen(border, 2 if selected else 1))
        painter.drawPath(path)

        icon_rect = QRect(rect.left() + 12, rect.top() + 12, 48, 48)
        kind_icon(card.kind).paint(painter, icon_rect)
        text_left = icon_rect.right() + 12
        text_width = rect.right() - 10 - text_left
        name_font = QFont(option.font)  # type: ignore[attr-defined]
        name_font.setBold(True)
        name_font.setPointSizeF(name_font.pointSizeF() * 1.1)
        painter.setFont(name_font)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        metrics = QFontMetrics(name_font)
        lines = name_lines(card.name, metrics, text_width)
        for n, line in enumerate(lines):
            painter.drawText(
                QRect(text_left, rect.top() + 10 + n * metrics.height(), text_width, metrics.height()),
                0,
                line,
            )
        name_bottom = rect.top() + 10 + len(lines) * metrics.height()

        small = QFont(option.font)  # type: ignore[attr-defined]
        small_metrics = QFontMetrics(small)
        painter.setFont(small)
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        kind_line = card.kind[:1].upper() + card.kind[1:]
        if card.hidden:
            kind_line += " · hidden"
        elif card.out_on_loan:
            kind_line += " · on loan"
        painter.drawText(
            QRect(text_left, name_bottom + 2, text_width, small_metrics.height()),
            0,
            small_metrics.elidedText(kind_line, Qt.TextElideMode.ElideRight, text_width),
        )
        # The one line that says what it is for, up to two lines of the card's width.
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        summary_rect = QRect(
            rect.left() + 12,
            max(icon_rect.bottom(), name_bottom + 2 + small_metrics.height()) + 6,
            rect.width() - 24,
            small_metrics.height() * 2,
        )
        summary = small_metrics.elidedText(
            card.summary, Qt.TextElideMode.ElideRight, summary_rect.width() * 2 - 70
        )
        painter.drawText(summary_rect, int(Qt.TextFlag.TextWordWrap), summary)

        bottom = QRect(
            rect.left() + 12,
            rect.bottom() - small_metrics.height() - 6,
            rect.width() - 24,
            small_metrics.height(),
        )
        if card.average is not None:
            painter.setPen(STAR_COLOUR)
            painter.drawText(bottom, int(Qt.AlignmentFlag.AlignLeft), stars(card.average))
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            offset = small_metrics.horizontalAdvance(stars(card.average)) + 6
            painter.drawText(
                bottom.adjusted(offset, 0, 0, 0),
                int(Qt.AlignmentFlag.AlignLeft),
                f"{card.average:.1f} ({card.ratings})",
            )
        else:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(bottom, int(Qt.AlignmentFlag.AlignLeft), "Not rated yet")
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.drawText(
            bottom, int(Qt.AlignmentFlag.AlignRight), card.cost.capitalize() if card.cost else ""
        )
        painter.restore()
