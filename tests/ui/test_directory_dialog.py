"""The Print directory dialog, driven as a committee member would."""

from __future__ import annotations

import io

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QFileDialog

from civicdesk.ui.directory.dialog import DirectoryDialog


def wait_for_preview(qtbot, dialog):
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled()
                    and dialog.document.status() == QPdfDocument.Status.Ready, timeout=60_000)


def test_changing_the_layout_updates_the_preview_and_saves_a_pdf(qtbot, village, tmp_path, monkeypatch):
    dialog = DirectoryDialog(village)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_for_preview(qtbot, dialog)
    a4_pages = dialog.document.pageCount()
    a4_width = dialog.document.pagePointSize(0).width()
    assert a4_pages > 3 and round(a4_width) == 595

    # Choose the booklet with the keyboard, as a person would.
    dialog.layout_box.setFocus()
    qtbot.keyClick(dialog.layout_box, Qt.Key.Key_Down)
    assert dialog.layout_box.currentData() == "a5-booklet"
    qtbot.waitUntil(lambda: not dialog.save_button.isEnabled(), timeout=5_000)
    wait_for_preview(qtbot, dialog)
    assert round(dialog.document.pagePointSize(0).width()) == 842  # A4 landscape sheets
    assert "sheets" in dialog.status.text()

    out = tmp_path / "noticeboard"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "PDF files (*.pdf)"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = out.with_suffix(".pdf")
    assert saved.exists()
    assert len(PdfReader(io.BytesIO(saved.read_bytes())).pages) == dialog.document.pageCount()


def test_unticking_categories_narrows_the_directory(qtbot, village):
    dialog = DirectoryDialog(village)
    qtbot.addWidget(dialog)
    wait_for_preview(qtbot, dialog)
    everything = dialog.document.pageCount()
    for row in range(1, dialog.categories.count()):
        dialog.categories.item(row).setCheckState(Qt.CheckState.Unchecked)
    qtbot.waitUntil(lambda: not dialog.save_button.isEnabled(), timeout=5_000)
    wait_for_preview(qtbot, dialog)
    assert dialog.document.pageCount() < everything
    assert dialog.options().categories == ("civic",)
    dialog.categories.item(0).setCheckState(Qt.CheckState.Unchecked)  # nothing ticked now
    qtbot.waitUntil(lambda: dialog.status.text() == "Tick at least one category.", timeout=5_000)
    assert not dialog.save_button.isEnabled() and not dialog.print_button.isEnabled()
    assert dialog.document.pageCount() == 0  # the last preview is not shown as if it were this one


def test_print_renders_every_page_into_the_printer(qtbot, village, tmp_path, monkeypatch):
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    dialog = DirectoryDialog(village)
    qtbot.addWidget(dialog)
    wait_for_preview(qtbot, dialog)
    out = tmp_path / "printed.pdf"

    def accept(self):  # the person clicks Print in the system dialog
        self.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        self.printer().setOutputFileName(str(out))
        self.printer().setResolution(96)
        return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert len(PdfReader(str(out)).pages) == dialog.document.pageCount()


def test_the_map_page_is_included_unless_unticked(qtbot, village):
    dialog = DirectoryDialog(village)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_for_preview(qtbot, dialog)
    assert dialog.with_map.isChecked()
    reader = PdfReader(io.BytesIO(dialog.pdf))
    assert any("Map of the places" in (page.extract_text() or "") for page in reader.pages)
    with_map = dialog.document.pageCount()

    qtbot.mouseClick(dialog.with_map, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.save_button.isEnabled(), timeout=5_000)
    wait_for_preview(qtbot, dialog)
    assert dialog.document.pageCount() == with_map - 1
    reader = PdfReader(io.BytesIO(dialog.pdf))
    assert not any("Map of the places" in (page.extract_text() or "") for page in reader.pages)


def test_at_its_first_size_the_dialog_fits_the_screen_shows_a_whole_page_and_every_category(qtbot, village):
    from PySide6.QtCore import QSettings
    from PySide6.QtPdfWidgets import QPdfView

    QSettings().remove("directory_dialog/geometry")  # as on first use
    dialog = DirectoryDialog(village)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_for_preview(qtbot, dialog)
    room = dialog.screen().availableGeometry()
    assert dialog.frameGeometry().width() <= room.width() and dialog.frameGeometry().height() <= room.height()
    assert dialog.view.zoomMode() == QPdfView.ZoomMode.FitInView  # a whole page, not its top half
    viewport = dialog.categories.viewport().rect()
    names = [dialog.categories.item(i).text() for i in range(dialog.categories.count())]
    assert "Halls, libraries and community centres" in names
    metrics = dialog.categories.fontMetrics()
    for i in range(dialog.categories.count()):
        item = dialog.categories.item(i)
        rect = dialog.categories.visualItemRect(item)
        assert viewport.contains(rect), item.text()  # no row hidden below a scroll bar
        # The text has room: the row is wider than the text plus its tick box.
        assert rect.width() >= metrics.horizontalAdvance(item.text()) + 20, item.text()
