"""The bundle preview's list of changes: records grouped by what happens to them, each opening
onto its details in words ("Hire cost: £12 an hour → £15 an hour"), with what will wait in
Needs review and why at the top. Collapsed per record when there are many.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from civicdesk.core.field_labels import record_word
from civicdesk.core.wording import possessive
from civicdesk.sync.summary import ImportSummary, RecordChange
from civicdesk.ui.words import data_word

SHOWN = 500  # records per group; the command line's --json has them all
OPEN_UP_TO = 40  # detail lines shown opened at once; more and each record starts closed
REVIEW_COLOUR = "#8a4b00"  # dark amber: 6.1:1 on white


class ChangeTree(QWidget):
    """A tree of the summary's changes and two buttons to open or close every record."""

    def __init__(self, summary: ImportSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = summary
        self.sender_name = summary.origin_group or self.tr("the other group")
        self.tree = QTreeWidget()
        self.tree.setObjectName("bundle_changes")
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setAccessibleName(self.tr("What the bundle changes"))
        self.groups: dict[str, QTreeWidgetItem] = {}
        self._fill()
        self.expand_button = QPushButton(self.tr("Open all"))
        self.collapse_button = QPushButton(self.tr("Close all"))
        self.expand_button.clicked.connect(self.tree.expandAll)
        self.collapse_button.clicked.connect(self._close_records)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addStretch(1)
        buttons.addWidget(self.expand_button)
        buttons.addWidget(self.collapse_button)
        many = self.detail_lines() > OPEN_UP_TO
        self.expand_button.setVisible(many)
        self.collapse_button.setVisible(many)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)

    def detail_lines(self) -> int:
        return sum(len(r.details) for r in self.summary.records) + len(self.summary.conflicts)

    def _group(self, key: str, heading: str, count: int) -> QTreeWidgetItem:
        item = QTreeWidgetItem([heading.replace("%1", f"{count:,}")])
        font = item.font(0)
        font.setWeight(QFont.Weight.DemiBold)
        item.setFont(0, font)
        item.setData(0, Qt.ItemDataRole.UserRole, key)
        self.tree.addTopLevelItem(item)
        self.groups[key] = item
        return item

    def _fill(self) -> None:
        summary = self.summary
        if not summary.records and not summary.conflicts:
            nothing = self.tr("Nothing would change: you already have everything in this bundle.")
            self.tree.addTopLevelItem(QTreeWidgetItem([nothing]))
            return
        opened = self.detail_lines() <= OPEN_UP_TO
        if summary.conflicts:
            group = self._group("review", self.tr("Will wait in Needs review (%1)"), len(summary.conflicts))
            for note in summary.conflicts[:SHOWN]:
                detail = note.detail
                label = detail.label if detail else note.field
                kind = data_word(record_word(note.record_type))
                item = QTreeWidgetItem(group, [f"{note.title} ({kind}) · {label}"])
                if detail is not None:
                    whose = self.tr("ours") if detail.waits == "ours" else possessive(self.sender_name)
                    QTreeWidgetItem(
                        item,
                        [self.tr("Waits: %1 (%2). Everyone will see: %3.")
                         .replace("%1", detail.waiting).replace("%2", whose).replace("%3", detail.after)],
                    )
                    why = QTreeWidgetItem(item, [detail.why])
                    why.setToolTip(0, detail.why)
                item.setExpanded(opened)
            group.setExpanded(True)
        for change, heading in (
            ("updated", self.tr("Changed (%1)")),
            ("new", self.tr("New (%1)")),
            ("restored", self.tr("Brought back (%1)")),
            ("deleted", self.tr("Deleted (%1)")),
        ):
            records = [r for r in summary.records if r.change == change]
            if not records:
                continue
            group = self._group(change, heading, len(records))
            for record in records[:SHOWN]:
                self._record(group, record, opened)
            if len(records) > SHOWN:
                QTreeWidgetItem(group, [self.tr("… and %1 more").replace("%1", f"{len(records) - SHOWN:,}")])
            group.setExpanded(True)

    def _record(self, group: QTreeWidgetItem, record: RecordChange, opened: bool) -> None:
        text = f"{record.title} ({data_word(record_word(record.record_type))})"
        waiting = sum(1 for d in record.details if d.waits)
        if record.details:
            count = (self.tr("1 detail") if len(record.details) == 1
                     else self.tr("%1 details").replace("%1", str(len(record.details))))
            if waiting:
                count += self.tr(", %1 to review").replace("%1", str(waiting))
            text += f" — {count}"
        item = QTreeWidgetItem(group, [text])
        item.setData(0, Qt.ItemDataRole.UserRole, record.record_id)
        for detail in record.details:
            line = QTreeWidgetItem(item, [detail.sentence(self.sender_name)])
            line.setToolTip(0, detail.why or line.text(0))
            if detail.waits:
                line.setForeground(0, QBrush(QColor(REVIEW_COLOUR)))
        item.setExpanded(opened)

    def _close_records(self) -> None:
        self.tree.collapseAll()
        for group in self.groups.values():
            group.setExpanded(True)

    def lines(self) -> list[str]:
        """Every line of the tree as shown (closed ones too), indented by depth: for tests and
        for reading the preview aloud."""
        found: list[str] = []

        def walk(item: QTreeWidgetItem, depth: int) -> None:
            found.append("  " * depth + item.text(0))
            for index in range(item.childCount()):
                walk(item.child(index), depth + 1)

        for index in range(self.tree.topLevelItemCount()):
            walk(self.tree.topLevelItem(index), 0)
        return found
