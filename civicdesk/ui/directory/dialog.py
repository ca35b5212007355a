"""The "Print directory…" dialog: choose a layout and filters, preview the PDF, save or print it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from civicdesk.db.database import Database
from civicdesk.reports.directory import DirectoryLayout, DirectoryResult, build_directory, write_pdf
from civicdesk.reports.directory_data import CATEGORIES, CATEGORY_TITLES, DirectoryOptions
from civicdesk.ui.dialogs import RememberingDialog, show_error
from civicdesk.ui.language import current_language
from civicdesk.ui.tasks import TaskRunner
from civicdesk.ui.words import data_word

PRINT_DPI = 300


class DirectoryDialog(RememberingDialog):
    """Options on the left, a live preview on the right; Save PDF… and Print… underneath."""

    settings_key = "directory_dialog"

    def __init__(self, db: Database, parent: QWidget | None = None, basemap: Path | None = None) -> None:
        super().__init__(parent)
        self.db, self.basemap = db, basemap
        self.pdf = b""
        self._generation = 0
        self.runner = TaskRunner(self)
        self.setWindowTitle(self.tr("Print directory"))

        self.layout_box = QComboBox()
        for value, label in ((DirectoryLayout.A4, self.tr("A4, two columns")),
                             (DirectoryLayout.A5_BOOKLET, self.tr("A5 booklet (fold and staple)")),
                             (DirectoryLayout.LARGE_PRINT, self.tr("Large print"))):
            self.layout_box.addItem(label, value.value)
        self.sections_box = QComboBox()
        self.sections_box.addItem(self.tr("by category"), "category")
        self.sections_box.addItem(self.tr("by area"), "area")
        self.categories = QListWidget()
        self.categories.setAccessibleName(self.tr("Categories to include"))
        self.categories.setAccessibleDescription(self.tr("Tick each category of space to print"))
        for category in CATEGORIES:
            item = QListWidgetItem(data_word(CATEGORY_TITLES[category]))
            item.setData(Qt.ItemDataRole.UserRole, category)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.categories.addItem(item)
        self.open_to_all = QCheckBox(self.tr("Only spaces &open to all"))
        self.open_to_all.setToolTip(self.tr(
            "Spaces whose latest health check rates them open to all (4 or 5), or, if never "
            "checked, that are publicly or community owned or public by nature."))
        # On by default: a committee pinning up a directory wants people to find the places.
        self.with_map = QCheckBox(self.tr("Include a &map (entries numbered)"))
        self.with_map.setChecked(True)
        self.with_map.setToolTip(
            self.tr("Number the entries and add map pages showing where each numbered place is, "
                    "over the offline map you chose.") if basemap else
            self.tr("Number the entries and add map pages showing where each numbered place is."))
        self.status = QLabel()
        self.status.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("&Layout"), self.layout_box)
        form.addRow(self.tr("S&ections"), self.sections_box)
        categories_label = QLabel(self.tr("&Categories"))
        categories_label.setBuddy(self.categories)  # Alt+C reaches the list; Space ticks a category
        form.addRow(categories_label)
        form.addRow(self.categories)
        form.addRow(self.open_to_all)
        form.addRow(self.with_map)
        form.addRow(self.status)
        # Every category shows whole ("Halls, libraries and community centres"), without a scroll bar.
        rows = self.categories.count()
        frame = 2 * self.categories.frameWidth()
        self.categories.setMinimumWidth(self.categories.sizeHintForColumn(0) + frame + 8)
        self.categories.setFixedHeight(self.categories.sizeHintForRow(0) * rows + frame + 2)
        self.categories.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.categories.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        options = QWidget()
        column = QVBoxLayout(options)  # the options stay together at the top on a tall dialog
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(form)
        column.addStretch(1)
        options.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)

        self.document = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        # A whole page in view: how the page will look on the noticeboard.
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)

        self.save_button = QPushButton(self.tr("&Save PDF…"))
        self.print_button = QPushButton(self.tr("&Print…"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.save_pdf)
        self.print_button.clicked.connect(self.print_pdf)

        top = QHBoxLayout()
        top.addWidget(options)
        top.addWidget(self.view, 1)
        outer = QVBoxLayout(self)
        outer.addLayout(top, 1)
        outer.addWidget(buttons)

        # Changes come in bursts (ticking several categories): preview once they settle.
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.refresh)
        self.layout_box.currentIndexChanged.connect(self._debounce.start)
        self.sections_box.currentIndexChanged.connect(self._debounce.start)
        self.categories.itemChanged.connect(self._debounce.start)
        self.open_to_all.toggled.connect(self._debounce.start)
        self.with_map.toggled.connect(self._debounce.start)
        self._set_ready(False)
        self.resize(self.sizeHint())  # the first time; after that, as the user left it
        self.refresh()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        # 1000 x 760 where there is room; on a 1366 x 768 laptop, what the screen has to give.
        wanted = QSize(1000, 760)
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return wanted
        room = screen.availableGeometry().size() - QSize(40, 70)  # the window's frame and title bar
        return wanted.boundedTo(room)

    def options(self) -> DirectoryOptions:
        chosen = tuple(
            self.categories.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.categories.count())
            if self.categories.item(i).checkState() == Qt.CheckState.Checked
        )
        return DirectoryOptions(
            layout=self.layout_box.currentData(),
            categories=() if len(chosen) == len(CATEGORIES) else chosen or ("none",),
            open_to_all=self.open_to_all.isChecked(),
            sections=self.sections_box.currentData(),
            map=self.with_map.isChecked(),
            basemap=str(self.basemap) if self.basemap and self.with_map.isChecked() else "",
            language=current_language(),  # printed in the window's language
        )

    def _set_ready(self, ready: bool) -> None:
        self.save_button.setEnabled(ready)
        self.print_button.setEnabled(ready)

    def refresh(self) -> None:
        """Build the PDF off the UI thread; only the newest request's result is shown."""
        options = self.options()
        if options.categories == ("none",):
            self._generation += 1  # a preview still being made is for other options
            self._set_ready(False)  # the old preview is not what the ticks say any more
            self.document.close()
            self.status.setText(self.tr("Tick at least one category."))
            return
        self._generation += 1
        generation = self._generation
        self._set_ready(False)
        self.status.setText(self.tr("Preparing the preview…"))
        self.runner.run(build_directory, self.db, options,
                        on_done=lambda result: self._show(generation, result),
                        on_error=lambda exc: self._failed(generation, exc))

    def _show(self, generation: int, result: tuple[bytes, DirectoryResult]) -> None:
        if generation != self._generation:
            return
        self.pdf, summary = result
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(self.pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        def counted(number: int, one: str, many: str) -> str:
            return f"{number} " + (one if number == 1 else many)

        parts = [counted(summary.entries, self.tr("place"), self.tr("places")),
                 counted(summary.pages, self.tr("page"), self.tr("pages"))]
        if summary.sheets:
            parts.append(counted(summary.sheets, self.tr("sheet"), self.tr("sheets")))
        self.status.setText(" · ".join(parts))
        self._set_ready(True)

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self.status.setText(self.tr("The preview could not be made."))
        show_error(self, self.tr("Print directory"), error)

    def save_pdf(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save directory as PDF"), "directory.pdf",
                                              self.tr("PDF files (*.pdf)"))
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        try:
            write_pdf(self.pdf, path)
        except Exception as exc:  # noqa: BLE001 - shown to the user in words
            show_error(self, self.tr("Save PDF"), exc)
            return
        self.status.setText(self.tr("Saved to {path}").format(path=path))

    def print_pdf(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """Render each PDF page (at up to 300 dpi: sharp, and memory-safe) into the printer's painter."""
        painter = QPainter()
        if not painter.begin(printer):
            show_error(self, self.tr("Print"), RuntimeError("the printer could not be started"))
            return
        try:
            area = printer.pageRect(QPrinter.Unit.DevicePixel).toRect()
            for index in range(self.document.pageCount()):
                if index:
                    printer.newPage()
                size = self.document.pagePointSize(index)
                scale = min(area.width() / size.width(), area.height() / size.height())
                target = QSize(int(size.width() * scale), int(size.height() * scale))
                dpi = min(PRINT_DPI, printer.resolution())
                pixels = QSize(int(size.width() / 72 * dpi), int(size.height() / 72 * dpi))
                image = self.document.render(index, pixels)
                painter.drawImage(QRect(QPoint(0, 0), target), image)
        finally:
            painter.end()
