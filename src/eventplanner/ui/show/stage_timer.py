"""The stage timer: a large countdown for the speaker, meant for a second screen or a monitor on stage.

It only displays what the operator window gives it (`show_view(view, now)`), so it can equally be fed by a
second workstation following the show. Readable across a room: white on black, yellow at two minutes left,
red and blinking in overtime; every font scales with the window.
"""

from __future__ import annotations

import math
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QGuiApplication, QKeyEvent, QResizeEvent, QScreen
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from eventplanner.domain.data import SlotData
from eventplanner.domain.scenario import translated
from eventplanner.domain.show import ShowStatus
from eventplanner.services.show import ShowView

# Background and text colour of each phase (the overtime pair alternates every half second).
COLOURS = {
    "normal": ("#000000", "#ffffff"),
    "ready": ("#10202f", "#d8e2ec"),
    "warning": ("#ffd400", "#000000"),
    "overtime": ("#d00000", "#ffffff"),
    "overtime_blink": ("#000000", "#ff3b3b"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("show", text)


def countdown_text(seconds: float) -> str:
    """'05:48' while time is left, '+01:07' in overtime; hours only when needed."""
    over = seconds < 0
    whole = math.ceil(seconds) if not over else math.floor(-seconds)
    hours, rest = divmod(int(whole), 3600)
    minutes, secs = divmod(rest, 60)
    text = f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"
    return f"+{text}" if over else text


def speaker_lines(slot: SlotData | None, lang: str | None, share: float | None = None) -> tuple[str, str]:
    """The name and position of the speaker on stage, in the content language.

    With several speakers in one slot and `share` (the part of the slot's time gone, 0..1), the one whose equal
    share of the time is running; without `share`, all names and the first speaker's position.
    """
    if slot is None or not slot.participants:
        return "", ""
    people = slot.participants
    if share is not None and len(people) > 1:
        person = people[min(len(people) - 1, max(0, int(share * len(people))))].person
        return person.display_name, person.title_line(lang)
    names = " · ".join(p.person.display_name for p in people[:3])
    if len(people) > 3:
        names += " …"
    return names, people[0].person.title_line(lang)


class StageTimerWindow(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(tr("Stage timer"))
        self.setObjectName("stageTimer")
        self.setAutoFillBackground(True)
        self.phase = "ready"
        self.title = self._label("title")
        self.countdown = self._label("countdown")
        self.speaker = self._label("speaker")
        self.position = self._label("position")
        self.message = self._label("message")
        self.message.setStyleSheet("")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.title)
        layout.addWidget(self.countdown, 1)
        layout.addWidget(self.speaker)
        layout.addWidget(self.position)
        layout.addWidget(self.message)
        self.resize(960, 540)
        self._apply_fonts()
        self._colour("ready")

    def _label(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(name != "countdown")
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        return label

    # Display -------------------------------------------------------------------------------------------

    def show_view(self, view: ShowView | None, now: datetime) -> None:
        """Show the state of `view` at `now` (called by the operator window's tick)."""
        if view is None:
            self._set("ready", "", "—", "", "", "")
            return
        state = view.state
        lang = view.event.language
        item = state.current_item
        slot = view.slot(item)
        if state.status is ShowStatus.READY or item is None:
            # Before the start: the time the first speaker will have, under "Next: <title>".
            coming = state.next_item
            upcoming = view.slot(coming)
            names, position = speaker_lines(upcoming, lang, 0.0)
            title = tr("Next: {0}").format(translated(upcoming, "title", lang)) if upcoming else ""
            length = countdown_text(state.allowed_seconds(coming)) if coming is not None else "—"
            self._set("ready", title, length, names, position, state.message)
            return
        if state.status is ShowStatus.FINISHED:
            self._set("ready", translated(view.event, "title", lang), tr("Thank you"), "", "", state.message)
            return
        phase = state.phase(now)
        if phase == "overtime" and int(now.timestamp() * 2) % 2:
            phase = "overtime_blink"
        share = state.elapsed_seconds(now) / max(1, state.allowed_seconds(item))
        names, position = speaker_lines(slot, lang, share)
        title = translated(slot, "title", lang) if slot else ""
        text = countdown_text(state.remaining_seconds(now))
        if state.status is ShowStatus.PAUSED:
            title = f"{tr('Paused')} · {title}"
        self._set(phase, title, text, names, position, state.message)

    def _set(self, phase: str, title: str, countdown: str, speaker: str, position: str, message: str) -> None:
        self.title.setText(title)
        self.countdown.setText(countdown)
        self.speaker.setText(speaker)
        self.position.setText(position)
        self.message.setText(message)
        self.message.setVisible(bool(message))
        if phase != self.phase:
            self._colour(phase)

    def _colour(self, phase: str) -> None:
        self.phase = phase
        background, text = COLOURS[phase]
        message_bg = "#ffffff" if phase != "warning" else "#000000"
        message_fg = "#000000" if phase != "warning" else "#ffd400"
        self.setStyleSheet(
            f"QWidget#stageTimer {{ background: {background}; }}"
            f"QLabel {{ color: {text}; background: transparent; }}"
            f"QLabel#message {{ color: {message_fg}; background: {message_bg}; border-radius: 8px; padding: 6px; }}"
        )

    # Size, screens ---------------------------------------------------------------------------------------

    def _apply_fonts(self) -> None:
        h, w = max(self.height(), 100), max(self.width(), 160)
        for label, share, bold in ((self.title, 0.06, False), (self.countdown, 0.40, True),
                                   (self.speaker, 0.075, True), (self.position, 0.045, False),
                                   (self.message, 0.065, True)):
            font = QFont(self.font())
            size = int(h * share)
            if label is self.countdown:
                size = min(size, int(w / 4.2))  # '+00:00' fits the width
                font.setStyleHint(QFont.StyleHint.Monospace)
            font.setPixelSize(max(10, size))
            font.setBold(bold)
            label.setFont(font)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_fonts()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_F11) and self.isFullScreen():
            self.showNormal()
        elif event.key() == Qt.Key.Key_F11:
            self.showFullScreen()
        else:
            super().keyPressEvent(event)

    def place_on(self, screen: QScreen | None, full_screen: bool) -> None:
        """Move the timer to `screen` (default: a screen other than the operator's, if any) and show it."""
        screens = QGuiApplication.screens()
        if screen is None:
            parent = self.parentWidget()
            own = parent.screen() if parent is not None else QGuiApplication.primaryScreen()
            screen = next((s for s in screens if s is not own), own)
        if screen is not None:
            self.setScreen(screen)
            self.move(screen.availableGeometry().topLeft())
        if full_screen:
            self.showFullScreen()
        else:
            self.showNormal()
        self.raise_()
