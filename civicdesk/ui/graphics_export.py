"""Save what a graphics view shows as a PNG picture or a one-page PDF with a title and notes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRect, QRectF, Qt
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import QFileDialog, QGraphicsView, QWidget

from civicdesk.errors import CivicDeskError


def export_png(view: QGraphicsView, path: Path) -> Path:
    """The visible part of the view, as the user sees it (markers, scale bar, attribution)."""
    path = Path(path)
    if not view.viewport().grab().save(str(path), "PNG"):
        raise CivicDeskError(f"could not save the picture to {path}; is the folder writable?")
    return path


def export_pdf(view: QGraphicsView, path: Path, title: str, notes: list[str] | None = None) -> Path:
    """One landscape A4 page: the title, the view drawn as vectors, then any notes below it."""
    path = Path(path)
    writer = QPdfWriter(str(path))
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape, QMarginsF(12, 12, 12, 12)
        )
    )
    writer.setResolution(150)
    writer.setTitle(title)
    writer.setCreator("CivicDesk")
    painter = QPainter()
    if not painter.begin(writer):
        raise CivicDeskError(f"could not write the PDF {path}; is the folder writable?")
    try:
        page = QRectF(writer.pageLayout().paintRectPixels(writer.resolution()))
        page.moveTo(0, 0)
        heading = QFont()
        heading.setPointSizeF(16)
        heading.setBold(True)
        painter.setFont(heading)
        title_rect = QRectF(page.left(), page.top(), page.width(), 40)
        painter.drawText(title_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
        notes = notes or []
        notes_height = min(page.height() * 0.3, 22.0 * len(notes))
        area = QRectF(page.left(), title_rect.bottom() + 8, page.width(), page.height() - 48 - notes_height)
        source = QRect(0, 0, view.viewport().width(), view.viewport().height())
        scale = min(area.width() / source.width(), area.height() / source.height())
        target = QRectF(area.left(), area.top(), source.width() * scale, source.height() * scale)
        view.render(painter, target, source, Qt.AspectRatioMode.KeepAspectRatio)
        painter.setPen(Qt.GlobalColor.darkGray)
        painter.drawRect(target)
        body = QFont()
        body.setPointSizeF(8)
        painter.setFont(body)
        painter.setPen(Qt.GlobalColor.black)
        y = target.bottom() + 10
        for line in notes:
            if y + 20 > page.bottom():
                break
            painter.drawText(QRectF(page.left(), y, page.width(), 20), Qt.AlignmentFlag.AlignLeft, line)
            y += 22
    finally:
        painter.end()
    return path


def ask_and_export(
    parent: QWidget, kind: str, title: str, stem: str,
    export_png_to: Callable[[str], Path], export_pdf_to: Callable[[str], Path],
) -> None:
    """Ask where to save, then write the view as PNG or PDF; a failure is shown, nothing else changes."""
    from civicdesk.ui.dialogs import show_error

    pattern = (QCoreApplication.translate("GraphicsExport", "PNG pictures (*.png)") if kind == "png"
               else QCoreApplication.translate("GraphicsExport", "PDF documents (*.pdf)"))
    path, _ = QFileDialog.getSaveFileName(parent, title, f"{stem}.{kind}", pattern)
    if not path:
        return
    try:
        (export_png_to if kind == "png" else export_pdf_to)(path)
    except Exception as exc:  # noqa: BLE001 - shown in words
        show_error(parent, QCoreApplication.translate("GraphicsExport", "Export"), exc)
