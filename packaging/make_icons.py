"""Render the app icon (resources/icons/civicdesk.svg) into the PNG sizes desktops ask for, plus the
Windows .ico and macOS .icns the PyInstaller spec uses. Run again after changing the SVG:

    python packaging/make_icons.py

The outputs are committed, so building the app needs neither this script nor Pillow's writers.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image  # noqa: E402 - Pillow comes with reportlab
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "resources" / "icons" / "civicdesk.svg"
HICOLOR = ROOT / "resources" / "icons" / "hicolor"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO = ROOT / "packaging" / "windows" / "civicdesk.ico"
ICNS = ROOT / "packaging" / "macos" / "civicdesk.icns"


def render(renderer: QSvgRenderer, size: int, out: Path) -> None:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(out)):
        raise SystemExit(f"could not write {out}")


def main() -> int:
    QGuiApplication(sys.argv)
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG} is not a valid SVG")
    for size in SIZES:
        render(renderer, size, HICOLOR / f"{size}x{size}" / "apps" / "civicdesk.png")
    biggest = Image.open(HICOLOR / "512x512" / "apps" / "civicdesk.png")
    ICO.parent.mkdir(parents=True, exist_ok=True)
    biggest.save(ICO, sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
    ICNS.parent.mkdir(parents=True, exist_ok=True)
    biggest.save(ICNS)
    print(f"wrote {len(SIZES)} PNGs under {HICOLOR.relative_to(ROOT)}, {ICO.name}, {ICNS.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
