"""The figures beside each health check question: what the diary and the accounts say, as evidence.

One muted label per question that has figures (usage, trend, finances, condition), placed to the
right of the committee's own answer; a heading says they are evidence and the rating stays the
committee's. The figures come from services/health_evidence.py.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from civicdesk.db.database import Database
from civicdesk.errors import CivicDeskError
from civicdesk.services.health_evidence import EVIDENCE_LABEL, HealthEvidence, health_evidence
from civicdesk.ui import colours


class EvidenceLabels:
    """Holds the heading and one label per question; `load` fills them for a space."""

    def __init__(self, parent: QWidget, questions: list[str]) -> None:
        self.heading = QLabel(parent)
        self.heading.setObjectName("evidence_heading")
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet(f"color: {colours.MUTED}; font-style: italic;")
        self.by_question: dict[str, QLabel] = {}
        for key in questions:
            label = QLabel(parent)
            label.setObjectName(f"evidence_{key}")
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setStyleSheet(f"color: {colours.MUTED};")
            label.setMinimumWidth(300)
            label.hide()
            self.by_question[key] = label
        self.evidence: HealthEvidence | None = None

    def load(self, db: Database, space_id: str, today: date | None = None) -> None:
        try:
            self.evidence = health_evidence(db, space_id, today)
        except CivicDeskError:
            self.evidence = None
        tr = self.heading.tr
        self.heading.setText(tr(EVIDENCE_LABEL) if self.evidence else "")
        self.heading.setVisible(self.evidence is not None)
        for key, label in self.by_question.items():
            lines = self.evidence.by_question.get(key, []) if self.evidence else []
            label.setText("\n".join(lines))
            label.setVisible(bool(lines))
            label.setAccessibleName(tr("Figures for this question: {0}").format("; ".join(lines)))

    def text(self, key: str) -> str:
        """What is shown beside one question ("" when nothing)."""
        label = self.by_question.get(key)
        return label.text() if label is not None and not label.isHidden() else ""
