"""One tool's page in the store: what it is, how to start, who uses and rates it, who helps, its loans."""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from civicdesk.services.tool_store import ToolPage
from civicdesk.ui import colours
from civicdesk.ui.dates_shown import shown_date
from civicdesk.ui.tools.model import STAR_COLOUR, kind_icon, stars

MUTED = colours.MUTED


def _day(iso: str | None) -> str:
    return shown_date(iso)


def _paragraphs(text: str) -> str:
    """Plain text as HTML; numbered lines ("1. Book a hall") become a numbered list."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    steps = [re.match(r"^\d+[.)]\s+(.*)$", line) for line in lines]
    if lines and all(steps):
        return "<ol>" + "".join(f"<li>{escape(m.group(1))}</li>" for m in steps if m) + "</ol>"
    return "".join(f"<p>{escape(line)}</p>" for line in lines)


class ToolPageView(QWidget):
    """Shows a ToolPage; the store wires the buttons to what they do."""

    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page: ToolPage | None = None
        layout = QVBoxLayout(self)
        self.back_button = QPushButton(self.tr("← All tools"), self)
        self.back_button.setFlat(True)
        self.back_button.clicked.connect(self.back.emit)
        layout.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)

        header = QHBoxLayout()
        self.icon = QLabel(self)
        self.icon.setFixedSize(QSize(72, 72))
        header.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        titles = QVBoxLayout()
        self.title = QLabel(self)
        self.title.setObjectName("tool_title")
        self.title.setStyleSheet("font-size: 18pt; font-weight: bold;")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = QLabel(self)
        self.subtitle.setStyleSheet(f"color: {MUTED};")
        self.rating = QLabel(self)
        self.rating.setObjectName("tool_rating")
        for label in (self.title, self.subtitle, self.rating):
            titles.addWidget(label)
        header.addLayout(titles, 1)
        layout.addLayout(header)

        buttons = QHBoxLayout()
        self.rate_button = QPushButton(self.tr("&Rate / review for a group…"), self)
        self.lend_button = QPushButton(self.tr("&Lend…"), self)
        self.return_button = QPushButton(self.tr("Mark re&turned"), self)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.hide_button = QPushButton(self.tr("&Hide"), self)
        for button in (
            self.rate_button,
            self.lend_button,
            self.return_button,
            self.edit_button,
            self.hide_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        self.body = QTextBrowser(self)
        self.body.setObjectName("tool_body")
        self.body.setOpenExternalLinks(True)
        self.body.setAccessibleName(self.tr("About this tool"))
        layout.addWidget(self.body, 1)

    def show_page(self, page: ToolPage) -> None:
        self.page = page
        self.icon.setPixmap(kind_icon(page.kind).pixmap(QSize(72, 72)))
        self.title.setText(page.name)
        facts = [page.kind[:1].upper() + page.kind[1:], page.cost.capitalize() if page.cost else ""]
        if page.setup_time:
            facts.append(self.tr("set up: %1").replace("%1", page.setup_time))
        self.subtitle.setText(" · ".join(f for f in facts if f))
        if page.average is not None:
            self.rating.setText(
                f"<span style='color:{STAR_COLOUR.name()}; font-size:14pt'>{stars(page.average)}</span>"
                f"&nbsp; {page.average:.1f} · " + escape(self._ratings_text(page.ratings))
            )
        else:
            self.rating.setText(escape(self.tr("Not rated yet: be the first group to rate it")))
        self.lend_button.setVisible(page.is_kit)
        out = [loan for loan in page.loans if loan.is_out]
        self.return_button.setVisible(bool(out))
        self.hide_button.setText(self.tr("S&how in the store") if page.hidden else self.tr("&Hide"))
        self.body.setHtml(self._html(page))

    def _ratings_text(self, count: int) -> str:
        return self.tr("%Ln rating(s)", "", count)

    def _html(self, page: ToolPage) -> str:
        """Two columns: what it is and how to start; then the kit, the groups and the helpers."""
        main = [f"<p style='font-size:11pt'>{escape(page.description)}</p>"]
        if page.purposes:
            main.append("<p><b>" + self.tr("Good for:") + f"</b> {escape(', '.join(page.purposes))}</p>")
        skills = ", ".join(page.skills) if page.skills else self.tr("none in particular")
        main.append("<p><b>" + self.tr("Skills needed:") + f"</b> {escape(skills)}</p>")
        if page.how_to_use:
            main.append("<h3>" + self.tr("How to start") + f"</h3>{_paragraphs(page.how_to_use)}")
        if page.accessibility_notes:
            main.append(
                "<h3>" + self.tr("Making it accessible") + f"</h3>{_paragraphs(page.accessibility_notes)}")
        if page.link:
            main.append(f"<p><a href='{escape(page.link)}'>{escape(page.link)}</a></p>")
        parts = [self._kit_html(page)] if page.is_kit else []
        parts.append("<h3>" + self.tr("Groups using it") + "</h3>")
        if page.uses:
            rows = []
            for use in page.uses:
                star_text = stars(use.rating) if use.rating else self.tr("not rated")
                partner = escape(self.tr("partner: %1").replace("%1", use.partner))
                where = f" <span style='color:{MUTED}'>({partner})</span>"
                review = f"<br/><i>“{escape(use.review)}”</i>" if use.review else ""
                rows.append(
                    f"<p><b>{escape(use.group_name)}</b>{where if use.partner else ''} "
                    f"<span style='color:{STAR_COLOUR.name()}'>{star_text}</span>{review}</p>"
                )
            parts.append("".join(rows))
        else:
            parts.append(
                f"<p style='color:{MUTED}'>" + self.tr("No group has said it uses this yet.") + "</p>")
        parts.append("<h3>" + self.tr("Who can help") + "</h3>")
        if page.builders:
            parts.append(
                "<ul>"
                + "".join(f"<li><b>{escape(b.name)}</b> — {escape(b.why)}</li>" for b in page.builders)
                + "</ul>"
            )
        else:
            parts.append(
                f"<p style='color:{MUTED}'>"
                + self.tr(
                    "Nobody listed yet. Add the tool to a volunteer's skills "
                    "(with their consent to be listed)."
                )
                + "</p>"
            )
        main_html, side_html = "".join(main), "".join(parts)
        return (
            "<table width='100%' cellspacing='0' cellpadding='6'><tr>"
            f"<td width='58%' valign='top'>{main_html}</td><td width='42%' valign='top'>{side_html}</td>"
            "</tr></table>"
        )

    def _kit_html(self, page: ToolPage) -> str:
        holder = page.holder.get("name") or self.tr("nobody recorded")
        condition = page.condition or self.tr("not recorded")
        parts = [
            "<h3>" + self.tr("The kit") + "</h3>",
            "<p><b>" + self.tr("Looked after by:") + f"</b> {escape(holder)}<br/>"
            "<b>" + self.tr("Condition:") + f"</b> {escape(condition)}</p>",
        ]
        if not page.loans:
            parts.append(f"<p style='color:{MUTED}'>" + self.tr("Never lent out yet.") + "</p>")
            return "".join(parts)
        rows = [
            "<table cellspacing='0' cellpadding='4' border='1' style='border-color:#ccd'>"
            "<tr>" + "".join(f"<th>{heading}</th>" for heading in (
                self.tr("Borrower"), self.tr("Out"), self.tr("Due back"), self.tr("Returned"))) + "</tr>"
        ]
        for loan in page.loans:
            style = " style='background:#f8d7da'" if loan.overdue else ""
            returned = _day(loan.returned_on) or (
                self.tr("OVERDUE by %Ln day(s)", "", loan.days_overdue)
                if loan.overdue
                else self.tr("not yet")
            )
            rows.append(
                f"<tr{style}><td>{escape(loan.borrower)}</td><td>{_day(loan.out_on)}</td>"
                f"<td>{_day(loan.due_on)}</td><td>{escape(returned)}</td></tr>"
            )
        rows.append("</table>")
        parts.append("<p><b>" + self.tr("Loans") + "</b></p>" + "".join(rows))
        return "".join(parts)
