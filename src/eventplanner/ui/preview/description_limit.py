"""The preview's "Limit descriptions" option: a spin box ("No limit" or N lines) remembered in the settings, and
the programme's suggestion to use it, said in the interface language with a link that applies it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QSpinBox, QWidget

from eventplanner.exports.programme.options import MAX_DESCRIPTION_LINES, DescriptionSuggestion
from eventplanner.ui.common.settings import DESCRIPTION_LINES, Settings

# Arrows clicked in a row re-lay the programme once, after the last click.
SETTLE_MS = 350


class DescriptionLimit(QObject):
    """The spin box for the options column and the suggestion label for the warning area."""

    # The limit the user chose, after the arrows settled.
    changed = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._settings: Settings | None = None
        self.spin = QSpinBox()
        self.spin.setRange(0, MAX_DESCRIPTION_LINES)
        self.spin.setSpecialValueText(self.tr("No limit"))
        self.spin.setSuffix(self.tr(" lines"))
        self.spin.setToolTip(self.tr("For large events: each description ends with “…” after this many lines. "
                                     "PDF and printing only; a Word document keeps every line."))
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.changed)
        self.spin.valueChanged.connect(self._chosen)

        self.suggestion = QLabel()
        self.suggestion.setObjectName("description_suggestion")
        self.suggestion.setWordWrap(True)
        self.suggestion.setTextFormat(Qt.TextFormat.RichText)
        self.suggestion.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                                | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.suggestion.linkActivated.connect(lambda lines: self.apply(int(lines)))
        self.suggestion.hide()
        self.suggested = 0

    def lines(self) -> int:
        """The limit for ProgrammeOptions.description_lines (0: in full)."""
        return self.spin.value()

    def remember_in(self, settings: Settings | None) -> None:
        """Take the last limit from `settings` and save every change there."""
        self._settings = settings
        if settings is not None:
            self.spin.blockSignals(True)
            self.spin.setValue(max(0, min(MAX_DESCRIPTION_LINES, settings.get(DESCRIPTION_LINES))))
            self.spin.blockSignals(False)

    def apply(self, lines: int) -> None:
        """The suggestion's link: set the limit and lay the programme out again at once."""
        self.spin.setValue(lines)
        self._settle.stop()
        self.changed.emit()

    def _chosen(self, value: int) -> None:
        if self._settings is not None:
            self._settings.set(DESCRIPTION_LINES, value)
        self.suggestion.hide()
        self._settle.start()

    def show_warnings(self, warnings: Sequence[str]) -> None:
        """Show the programme's suggestion to limit descriptions, if it made one."""
        found = next((w for w in warnings if isinstance(w, DescriptionSuggestion)), None)
        self.suggested = found.lines if found is not None else 0
        if found is None:
            self.suggestion.hide()
            return
        text = self.tr("Descriptions fill about {0}% of the programme's {1} pages.").format(
            round(found.share * 100), found.pages)
        link = self.tr("Limit them to {0} lines").format(found.lines)
        self.suggestion.setText(f'⚠ {text} <a href="{found.lines}">{link}</a>')
        self.suggestion.show()
