"""The action icon set and the application icon: every name has its SVGs, they render, icon() serves them."""

from __future__ import annotations

import logging
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtSvg")

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from eventplanner.ui.common import icons

ROOT = Path(__file__).resolve().parents[2]
ACTIONS = ROOT / "src" / "eventplanner" / "resources" / "icons" / "actions"
SVG = "{http://www.w3.org/2000/svg}"


def opaque_pixels(svg: Path, size: int = 24) -> int:
    renderer = QSvgRenderer(str(svg))
    assert renderer.isValid(), svg
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return sum(1 for x in range(size) for y in range(size) if image.pixelColor(x, y).alpha() > 64)


def test_every_name_has_light_and_dark_svg() -> None:
    light = sorted(p.stem for p in ACTIONS.glob("*.svg"))
    dark = sorted(p.stem for p in (ACTIONS / "dark").glob("*.svg"))
    assert light == sorted(icons.ACTION_ICONS)
    assert dark == light


@pytest.mark.parametrize("name", icons.ACTION_ICONS)
def test_action_icon_is_a_24px_svg_that_draws(name: str) -> None:
    for svg in (ACTIONS / f"{name}.svg", ACTIONS / "dark" / f"{name}.svg"):
        root = ET.parse(svg).getroot()
        assert root.tag == f"{SVG}svg"
        assert root.get("viewBox") == "0 0 24 24"
        assert "currentColor" not in svg.read_text(encoding="utf-8")  # Qt does not apply it
        assert 10 < opaque_pixels(svg) < 24 * 24 * 0.6, svg


def test_app_icon_svgs_draw() -> None:
    for name in ("eventplanner.svg", "eventplanner-small.svg"):
        assert opaque_pixels(ROOT / "src" / "eventplanner" / "resources" / "icons" / name, 32) > 32 * 32 * 0.7


def test_icon_api(qapp: object, caplog: pytest.LogCaptureFixture) -> None:
    icons.clear_cache()
    undo = icons.icon("undo")
    assert not undo.isNull()
    assert not undo.pixmap(32, 32).isNull()
    assert icons.icon("undo") is undo  # cached
    with caplog.at_level(logging.WARNING, logger="eventplanner.ui.common.icons"):
        missing = icons.icon("no-such-icon")
    assert missing.isNull()
    assert "no-such-icon" in caplog.text
    app = icons.app_icon()
    assert not app.isNull()
    assert {s.width() for s in app.availableSizes()} >= {16, 32, 48, 256}
