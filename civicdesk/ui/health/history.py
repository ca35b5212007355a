"""A space's health over time: every past check's score on a chart, oldest on the left."""

from __future__ import annotations

import math
from datetime import date

from PySide6.QtCharts import QChart, QChartView, QDateTimeAxis, QLineSeries, QValueAxis
from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from civicdesk.db.database import Database
from civicdesk.services.health import STABLE_FROM, THRIVING_FROM, CheckSummary, HealthService
from civicdesk.services.usage import UsageFacts, usage_facts
from civicdesk.ui import colours
from civicdesk.ui.dates_shown import shown_date
from civicdesk.ui.dialogs import show_error
from civicdesk.ui.tasks import TaskRunner
from civicdesk.ui.words import data_word

LINE_COLOUR = QColor(colours.HISTORY_LINE)
THRESHOLD_COLOUR = QColor(colours.HISTORY_THRESHOLD)


def _msecs(day: str) -> float:
    parsed = date.fromisoformat(day)
    return float(QDateTime(QDate(parsed.year, parsed.month, parsed.day), QTime(12, 0)).toMSecsSinceEpoch())


class HealthHistoryWidget(QWidget):
    """The trend chart of one space; call `reload()` after a check is added."""

    loaded = Signal()

    def __init__(self, db: Database, space_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = HealthService(db)
        self.space_id = space_id
        self.checks: list[CheckSummary] = []
        self.runner = TaskRunner(self)

        self.series = QLineSeries()
        self.series.setName(self.tr("Score"))
        self.series.setPointsVisible(True)
        self.series.setPen(QPen(LINE_COLOUR, 2))
        self.thresholds = []
        for value in (THRIVING_FROM, STABLE_FROM):
            line = QLineSeries()
            pen = QPen(THRESHOLD_COLOUR, 1, Qt.PenStyle.DashLine)
            line.setPen(pen)
            line.setName(self.tr("thriving from {0:g}").format(value) if value == THRIVING_FROM
                         else self.tr("at risk below {0:g}").format(value))
            self.thresholds.append((value, line))

        self.chart = QChart()
        self.chart.addSeries(self.series)
        for _, line in self.thresholds:
            self.chart.addSeries(line)
        self.x_axis = QDateTimeAxis()
        self.x_axis.setFormat("MMM yyyy")
        self.x_axis.setTickCount(5)
        self.y_axis = QValueAxis()
        self.y_axis.setRange(0, 100)
        # 0, 50 and 100: in the space editor's tab the plot is short, and six labels would not
        # fit (Qt elides them all to "…"); the thresholds have their own dashed lines.
        self.y_axis.setTickCount(3)
        self.y_axis.setLabelFormat("%d")
        self.y_axis.setTitleText(self.tr("Score"))
        self.chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        for series in (self.series, *(line for _, line in self.thresholds)):
            series.attachAxis(self.x_axis)
            series.attachAxis(self.y_axis)
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart.setMargins(self.chart.margins())
        # Made before the chart so that Tab reaches it first, as it reads above the chart.
        self.show_hours = QCheckBox(self.tr("Show &booked hours from the diary"), self)
        self.view = QChartView(self.chart, self)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(220)

        # The diary's booked hours a month on their own axis, as evidence beside the scores.
        self.hours = QLineSeries()
        self.hours.setName(self.tr("Hours booked a month (from the diary)"))
        self.hours.setPointsVisible(True)
        self.hours.setPen(QPen(QColor(colours.MUTED), 2, Qt.PenStyle.DotLine))
        self.hours_axis = QValueAxis()
        self.hours_axis.setLabelFormat("%d")
        self.hours_axis.setTickCount(3)
        self.hours_axis.setTitleText(self.tr("Hours"))
        self.show_hours.setObjectName("show_booked_hours")
        self.show_hours.setAccessibleDescription(self.tr(
            "Adds each month's booked hours to the chart: figures from the diary, not a rating"))
        self.show_hours.toggled.connect(self._toggle_hours)
        self.usage: UsageFacts | None = None

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.show_hours)
        layout.addWidget(self.view)
        self.db = db
        self.reload()

    def set_space(self, space_id: str) -> None:
        self.space_id = space_id
        self.reload()

    def reload(self) -> None:
        self.summary.setText(self.tr("Loading…"))
        self.runner.run(self.service.space_history, self.space_id, on_done=self._show,
                        on_error=lambda exc: show_error(self, self.tr("Could not load the history"), exc))

    def point_count(self) -> int:
        return self.series.count()

    def hours_shown(self) -> list[float]:
        """The booked hours drawn on the chart, a month each, oldest first (empty when hidden)."""
        if not self.show_hours.isChecked():
            return []
        return [self.hours.at(i).y() for i in range(self.hours.count())]

    def _toggle_hours(self, on: bool) -> None:
        if not on:
            if self.hours in self.chart.series():
                self.chart.removeSeries(self.hours)
                self.chart.removeAxis(self.hours_axis)
            return
        self.runner.run(usage_facts, self.db, self.space_id, on_done=self._show_hours,
                        on_error=lambda exc: show_error(self, self.tr("Could not read the diary"), exc))

    def _show_hours(self, usage: UsageFacts) -> None:
        self.usage = usage
        if not self.show_hours.isChecked():
            return
        self.hours.clear()
        for month in usage.months:
            self.hours.append(_msecs(month.month + "-15"), month.hours)
        if self.hours not in self.chart.series():
            self.chart.addSeries(self.hours)
            self.chart.addAxis(self.hours_axis, Qt.AlignmentFlag.AlignRight)
            self.hours.attachAxis(self.x_axis)
            self.hours.attachAxis(self.hours_axis)
        top = max([10.0, *(m.hours * 1.2 for m in usage.months)])
        self.hours_axis.setRange(0, math.ceil(top / 10) * 10)  # round figures at the three ticks
        first = _msecs(usage.months[0].month + "-01")
        low = min(first, self.x_axis.min().toMSecsSinceEpoch()) if self.checks else first
        high = max(_msecs(usage.months[-1].month + "-28"),
                   self.x_axis.max().toMSecsSinceEpoch() if self.checks else 0)
        self.x_axis.setRange(QDateTime.fromMSecsSinceEpoch(int(low)),
                             QDateTime.fromMSecsSinceEpoch(int(high)))
        for value, line in self.thresholds:
            line.clear()
            line.append(low, value)
            line.append(high, value)

    def _show(self, checks: list[CheckSummary]) -> None:
        self.checks = checks
        self.series.clear()
        for check in checks:
            self.series.append(_msecs(check.checked_on), check.score)
        if checks:
            first, last = _msecs(checks[0].checked_on), _msecs(checks[-1].checked_on)
            month = 31 * 24 * 3600 * 1000.0
            if last - first < 2 * month:
                first, last = first - month, last + month
            self.x_axis.setRange(QDateTime.fromMSecsSinceEpoch(int(first)),
                                 QDateTime.fromMSecsSinceEpoch(int(last)))
            for value, line in self.thresholds:
                line.clear()
                line.append(first, value)
                line.append(last, value)
            latest = checks[-1]
            self.summary.setText(
                self.tr("%Ln check(s). Latest on {0}: score {1:g}, {2}.", "", len(checks)).format(
                    shown_date(latest.checked_on),
                    latest.score, data_word(latest.status))
            )
        else:
            for _, line in self.thresholds:
                line.clear()
            self.summary.setText(self.tr("No health checks yet: add one to start the trend."))
        if self.usage is not None and self.show_hours.isChecked():
            self._show_hours(self.usage)  # the checks' range may have changed: widen it again
        self.loaded.emit()
