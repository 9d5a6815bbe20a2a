"""Render the application icon's PNG, ICO and ICNS files from its SVG masters, headless.

    .venv/bin/python tools/render_icons.py                        # rewrite the derived files (below)
    .venv/bin/python tools/render_icons.py --contact-sheet x.png  # also draw every icon on one sheet, to look at

Derived files, all from hand-written SVG masters:
- resources/icons/eventplanner-SIZE.png, eventplanner.ico, eventplanner.icns: the application icon. Sizes 16
  and 24 come from eventplanner-small.svg (pixel-aligned, simplified), the larger ones from eventplanner.svg.
- resources/icons/actions/dark/NAME.svg: the action icons recoloured for dark themes. The masters
  (actions/NAME.svg) are drawn in mid-grey #5f6b7a, amber for warning, red for error.
Rendering uses PySide6's QtSvg; the .ico and .icns are written by Pillow.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "src" / "eventplanner" / "resources" / "icons"
MASTER = ICONS / "eventplanner.svg"
SMALL = ICONS / "eventplanner-small.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
SMALL_SIZES = (16, 24)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512)
# Light-theme colour -> dark-theme colour for the action icons.
DARK_COLOURS = {"#5f6b7a": "#b4bfcc", "#b97800": "#e6a23c", "#cc3329": "#ef6b5f"}


def render(svg: Path, size: int) -> QImage:
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"render_icons: {svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def to_pillow(image: QImage) -> Image.Image:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return Image.open(io.BytesIO(bytes(data.data()))).convert("RGBA")


def app_icon_images() -> dict[int, Image.Image]:
    return {size: to_pillow(render(SMALL if size in SMALL_SIZES else MASTER, size)) for size in SIZES}


def write_app_icons() -> list[Path]:
    images = app_icon_images()
    written: list[Path] = []
    for size, image in images.items():
        path = ICONS / f"eventplanner-{size}.png"
        image.save(path, optimize=True)
        written.append(path)
    ico = ICONS / "eventplanner.ico"
    # Pillow picks each listed size from the largest image unless given the exact bitmaps; give them all.
    images[256].save(ico, format="ICO", sizes=[(s, s) for s in ICO_SIZES],
                     append_images=[images[s] for s in ICO_SIZES if s != 256])
    written.append(ico)
    icns = ICONS / "eventplanner.icns"
    images[512].save(icns, format="ICNS", append_images=[images[s] for s in ICNS_SIZES if s != 512])
    written.append(icns)
    return written


def write_dark_variants() -> list[Path]:
    dark_dir = ICONS / "actions" / "dark"
    dark_dir.mkdir(exist_ok=True)
    for stale in dark_dir.glob("*.svg"):
        stale.unlink()
    written: list[Path] = []
    for svg in sorted((ICONS / "actions").glob("*.svg")):
        text = svg.read_text(encoding="utf-8")
        for light, dark in DARK_COLOURS.items():
            text = text.replace(light, dark)
        target = dark_dir / svg.name
        target.write_text(text, encoding="utf-8")
        written.append(target)
    return written


def contact_sheet(target: Path) -> None:
    """Every action icon at 16, 24 and 48 px on a light and a dark strip, plus the app icon sizes."""
    actions = sorted((ICONS / "actions").glob("*.svg"))
    cell_w, cell_h, columns = 150, 96, 8
    rows = (len(actions) + columns - 1) // columns
    app_h = 560
    width = max(cell_w * columns, sum(SIZES) + 12 * len(SIZES) + 8)
    sheet = QImage(width, rows * cell_h * 2 + app_h, QImage.Format.Format_ARGB32)
    sheet.fill(QColor("#ffffff"))
    painter = QPainter(sheet)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont()
    font.setPixelSize(11)
    painter.setFont(font)
    for band, (bg, fg) in enumerate((("#ffffff", "#222222"), ("#232629", "#dddddd"))):
        top = band * rows * cell_h
        painter.fillRect(0, top, sheet.width(), rows * cell_h, QColor(bg))
        for i, light_svg in enumerate(actions):
            svg = light_svg if band == 0 else light_svg.parent / "dark" / light_svg.name
            x, y = (i % columns) * cell_w, top + (i // columns) * cell_h
            left = x + 8
            for size in (16, 24, 48):
                painter.drawImage(left, y + 8 + (48 - size), render(svg, size))
                left += size + 10
            painter.setPen(QColor(fg))
            painter.drawText(QRectF(x + 4, y + 62, cell_w - 8, 28), Qt.AlignmentFlag.AlignLeft, svg.stem)
    top = rows * cell_h * 2 + 16
    left = 8
    for size in SIZES:
        svg = SMALL if size in SMALL_SIZES else MASTER
        painter.drawImage(left, top + (512 - size) if size < 512 else top, render(svg, size))
        left += size + 12
    painter.end()
    sheet.save(str(target))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--contact-sheet", type=Path, metavar="PNG", help="also write a sheet of all icons")
    parser.add_argument("--no-app-icons", action="store_true", help="do not rewrite the app icon files")
    args = parser.parse_args(argv)
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    if not args.no_app_icons:
        for path in write_app_icons():
            print(f"wrote {path.relative_to(ROOT)}")
    for path in write_dark_variants():
        print(f"wrote {path.relative_to(ROOT)}")
    if args.contact_sheet:
        contact_sheet(args.contact_sheet)
        print(f"wrote {args.contact_sheet}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
