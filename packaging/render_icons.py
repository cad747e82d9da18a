"""Render resources/desktop/pacta.svg to the PNG sizes a desktop needs.

Run from the checkout: QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/render_icons.py
Sizes up to 32 px come from packaging/pacta-small.svg, a simplified drawing that stays
legible at 16 px; larger ones from the full drawing.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DESKTOP = ROOT / "resources" / "desktop"
FULL = DESKTOP / "pacta.svg"
SMALL = Path(__file__).resolve().parent / "pacta-small.svg"
SIZES = (16, 32, 48, 64, 128, 256, 512)
SMALL_UP_TO = 32


def png_path(size: int) -> Path:
    """Where the PNG of one size goes."""
    return DESKTOP / f"pacta-{size}.png"


def render(svg: Path, size: int, out: Path) -> None:
    """Draw one SVG into a transparent square PNG of `size` pixels."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"invalid SVG: {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    if not image.save(str(out)):  # the format follows the .png suffix
        raise SystemExit(f"cannot write {out}")


def main() -> int:
    """Render every size and print the files written."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for size in SIZES:
        svg = SMALL if size <= SMALL_UP_TO and SMALL.is_file() else FULL
        out = png_path(size)
        render(svg, size, out)
        print(f"{out.relative_to(ROOT)}  ({svg.name})")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
