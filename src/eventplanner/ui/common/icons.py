"""The application icon and the action icons, loaded from resources/icons/.

    from eventplanner.ui.common.icons import app_icon, icon
    action.setIcon(icon("undo"))
    window.setWindowIcon(app_icon())

Action icons are 24x24 SVG stroke icons (resources/icons/actions/NAME.svg, mid-grey) with variants for dark
themes (actions/dark/NAME.svg, light grey), chosen from the application palette when an icon is first asked
for. Qt's SVG icon engine renders them crisply at any size and derives the disabled look. An unknown name
gives an empty QIcon and one logged warning, never an exception: a missing icon must not stop the app.
"""

from __future__ import annotations

import logging
from functools import cache

from PySide6.QtGui import QGuiApplication, QIcon, QPalette

from eventplanner.paths import resource

log = logging.getLogger(__name__)

ACTION_ICONS: tuple[str, ...] = (
    "about", "add", "agenda", "backup", "delete", "duplicate", "edit", "error", "event-details", "export",
    "find", "import", "insert-break", "move-down", "move-up", "new-database", "new-event", "open-database",
    "organizations", "pdf", "preview", "print", "problems", "protocol-order", "quit", "redo", "ripple", "settings",
    "speakers", "timetable", "undo", "warning", "zoom-in", "zoom-out",
    "start-show", "cues", "stage-timer",
)
"""Every name `icon()` knows; each has an SVG in resources/icons/actions/ and actions/dark/."""

APP_ICON_SIZES: tuple[int, ...] = (16, 24, 32, 48, 64, 128, 256, 512)


def is_dark_theme() -> bool:
    """True when the running application's window background is dark (False before a QGuiApplication exists)."""
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return False
    return app.palette().color(QPalette.ColorRole.Window).lightness() < 128


def icon(name: str) -> QIcon:
    """The action icon NAME (see ACTION_ICONS) for the current theme; an empty QIcon if it does not exist."""
    return _icon(name, is_dark_theme())


@cache
def _icon(name: str, dark: bool) -> QIcon:
    folder = resource("icons", "actions")
    path = folder / "dark" / f"{name}.svg" if dark else folder / f"{name}.svg"
    if not path.is_file() and dark:
        path = folder / f"{name}.svg"
    if not path.is_file():
        log.warning("icon %r not found (looked for %s)", name, path)
        return QIcon()
    result = QIcon(str(path))
    if result.isNull():  # pragma: no cover - only without Qt's SVG icon engine plugin
        log.warning("icon %r could not be loaded from %s", name, path)
    return result


@cache
def app_icon() -> QIcon:
    """Event Planner's own icon, for window titles, the task bar and the About box.

    Holds the pixel-tuned PNG renderings (16 to 512 px) so that small sizes stay sharp, plus the SVG
    master for any other size.
    """
    result = QIcon()
    for size in APP_ICON_SIZES:
        png = resource("icons", f"eventplanner-{size}.png")
        if png.is_file():
            result.addFile(str(png))
    if result.isNull():
        log.warning("application icon PNGs not found in %s", resource("icons"))
        svg = resource("icons", "eventplanner.svg")
        if svg.is_file():
            result.addFile(str(svg))
    return result


def clear_cache() -> None:
    """Forget loaded icons, e.g. after the palette changed between light and dark."""
    _icon.cache_clear()
