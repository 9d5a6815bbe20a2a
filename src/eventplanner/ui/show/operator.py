"""The operator's window during the show: what runs now, what comes next, the cues, and the controls.

Each button is one service call that commits at once (services/show.py), so a crash loses nothing; the
window only keeps the last `ShowView` and recomputes elapsed and remaining time from it on every tick. The
clock is injected (`clock()`), so tests drive the window through time without waiting.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from eventplanner.domain import show as clock_rules
from eventplanner.domain.scenario import CueKind, ScenarioItem, translated, upcoming_calls
from eventplanner.domain.show import ShowStatus
from eventplanner.services import show as show_service
from eventplanner.services.show import ShowView
from eventplanner.ui.common.dates import long_day
from eventplanner.ui.common.operations import Operations
from eventplanner.ui.show.running_order import OrderRow, RunningOrderModel
from eventplanner.ui.show.stage_timer import StageTimerWindow, countdown_text, speaker_lines

TICK_MS = 250
CALLS_AHEAD = timedelta(minutes=30)


def tr(text: str) -> str:
    return QCoreApplication.translate("show", text)


def cue_kind_names() -> dict[CueKind, str]:
    return {
        CueKind.MC: tr("MC"), CueKind.AUDIO: tr("Audio"), CueKind.VIDEO: tr("Video"),
        CueKind.STAGE: tr("Light/stage"), CueKind.PROTOCOL: tr("Protocol"),
        CueKind.INTERPRETATION: tr("Interpretation"),
    }


def _big(size: int, bold: bool = True) -> QFont:
    font = QFont()
    font.setPixelSize(size)
    font.setBold(bold)
    return font


def _schedule_text(planned: datetime | None, now: datetime, delay: int) -> str:
    """" · 12 min behind schedule", " · 1 h 05 min behind schedule", or, on another day than the next item's
    (a rehearsal), " · planned for Saturday, 18 December 2021": a delay counted in days means nothing."""
    if planned is not None and abs(planned - now) > timedelta(hours=12):
        return " · " + tr("planned for {0}").format(long_day(planned.date()))
    if delay >= 60:
        return " · " + tr("{0} h {1} min behind schedule").format(delay // 60, f"{delay % 60:02d}")
    return " · " + tr("{0} min behind schedule").format(delay) if delay else ""


class OperatorWindow(QWidget):
    # After each committed show action (the window re-syncs its change watcher: an own write).
    acted = Signal()

    def __init__(self, ops: Operations, view: ShowView, clock: Callable[[], datetime] = datetime.now,
                 parent: QWidget | None = None, tick: bool = True) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ops = ops
        self.view = view
        self.clock = clock
        self.setWindowTitle(tr("Show: {0}").format(view.event.running_title))
        self.stage = StageTimerWindow(self)

        self.status = QLabel()
        self.status.setFont(_big(15))
        self.now_title = QLabel()
        self.now_title.setFont(_big(20))
        self.now_title.setWordWrap(True)
        self.now_who = QLabel()
        self.now_who.setWordWrap(True)
        self.elapsed = QLabel()
        self.elapsed.setFont(_big(28))
        self.remaining = QLabel()
        self.remaining.setFont(_big(28))
        self.remaining.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.elapsed.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.next_title = QLabel()
        self.next_title.setFont(_big(15))
        self.next_title.setWordWrap(True)
        self.next_when = QLabel()

        now_box = QGroupBox(tr("Now"))
        now = QVBoxLayout(now_box)
        now.addWidget(self.now_title)
        now.addWidget(self.now_who)
        times = QHBoxLayout()
        times.addWidget(self.elapsed)
        times.addStretch(1)
        times.addWidget(self.remaining)
        now.addLayout(times)
        now.addWidget(self.progress)
        next_box = QGroupBox(tr("Next"))
        nxt = QVBoxLayout(next_box)
        nxt.addWidget(self.next_title)
        nxt.addWidget(self.next_when)

        self.buttons: dict[str, QPushButton] = {}
        controls = QHBoxLayout()
        # Shortcuts with a modifier: a stray key press must not move a live show on.
        for key, text, shortcut in (("start", tr("Start"), "F5"), ("next", tr("Next"), "Ctrl+Right"),
                                    ("pause", tr("Pause"), "Ctrl+P"), ("back", tr("Back"), "Ctrl+Left"),
                                    ("add_minute", tr("+1 min"), "Ctrl+=")):
            button = QPushButton(text)
            button.setObjectName(key)
            button.setShortcut(QKeySequence(shortcut))
            button.setToolTip(QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText))
            button.setMinimumHeight(44)
            button.setFont(_big(15))
            button.clicked.connect(lambda _checked=False, k=key: self.act(k))
            controls.addWidget(button)
            self.buttons[key] = button
        self.shorten = QPushButton(tr("Shorten the coffee break…"))
        self.shorten.setMinimumHeight(44)
        self.shorten.clicked.connect(self.shorten_break)
        controls.addWidget(self.shorten)

        self.message = QLineEdit()
        self.message.setPlaceholderText(tr("Message to the speaker, e.g. “Please conclude”"))
        self.message.returnPressed.connect(self.send_message)
        send = QPushButton(tr("Show on stage"))
        send.clicked.connect(self.send_message)
        clear = QPushButton(tr("Clear"))
        clear.clicked.connect(self.clear_message)
        message_row = QHBoxLayout()
        message_row.addWidget(self.message, 1)
        message_row.addWidget(send)
        message_row.addWidget(clear)

        self.screen_choice = QComboBox()
        for i, screen in enumerate(QGuiApplication.screens(), start=1):
            geometry = screen.geometry()
            self.screen_choice.addItem(f"{i}: {screen.name()} ({geometry.width()}×{geometry.height()})", i - 1)
        if self.screen_choice.count() > 1:
            self.screen_choice.setCurrentIndex(1)
        self.full_screen = QCheckBox(tr("Full screen"))
        self.full_screen.setChecked(len(QGuiApplication.screens()) > 1)
        show_timer = QPushButton(tr("Show stage timer"))
        show_timer.clicked.connect(self.show_stage_timer)
        timer_row = QHBoxLayout()
        timer_row.addWidget(QLabel(tr("Stage timer on")))
        timer_row.addWidget(self.screen_choice, 1)
        timer_row.addWidget(self.full_screen)
        timer_row.addWidget(show_timer)

        self.cues = QListWidget()
        self.cues.setWordWrap(True)
        self.calls = QListWidget()
        self.calls.setWordWrap(True)
        self.order_model = RunningOrderModel([tr("Planned"), tr("Expected"), tr("Actual"), tr("Item")], self)
        self.order = QTableView()
        self.order.setModel(self.order_model)
        self.order.verticalHeader().hide()
        self.order.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        header = self.order.horizontalHeader()
        for col in range(3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.order.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.order.setWordWrap(False)

        left = QVBoxLayout()
        left.addWidget(self.status)
        left.addWidget(now_box, 2)
        left.addWidget(next_box, 1)
        left.addLayout(controls)
        left.addLayout(message_row)
        left.addLayout(timer_row)
        cues_box = QGroupBox(tr("Cues of the current item"))
        QVBoxLayout(cues_box).addWidget(self.cues)
        calls_box = QGroupBox(tr("Call times coming up"))
        QVBoxLayout(calls_box).addWidget(self.calls)
        order_box = QGroupBox(tr("Running order"))
        QVBoxLayout(order_box).addWidget(self.order)
        right = QVBoxLayout()
        right.addWidget(cues_box, 3)
        right.addWidget(calls_box, 1)
        right.addWidget(order_box, 3)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 5)
        layout.addLayout(right, 4)
        self.resize(1280, 760)

        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        if tick:
            self.timer.start()
        self._shown_cues_for: tuple[int | None, int] = (None, -1)
        ops.changed.connect(self.reload)  # cues or the agenda edited meanwhile
        self.set_view(view)

    # Actions ---------------------------------------------------------------------------------------------

    def act(self, action: str, **options: object) -> bool:
        """Run one show action now; it is committed before this returns. False when it was refused."""
        view = self.ops.call(show_service.show_action, self.ops.db, self.view.event.id, action, self.clock(),
                             context=f"show action {action}", **options)
        if view is None:
            return False
        self.acted.emit()
        self.set_view(view)
        return True

    def reload(self) -> None:
        """Read the stored run again (after an edit here, or a change from another workstation)."""
        if not self.isVisible():
            return
        view = self.ops.call(show_service.load_show, self.ops.db, self.view.event.id, context="reloading the show")
        if view is not None:
            self.set_view(view)

    def send_message(self) -> None:
        self.act("message", message=self.message.text())

    def clear_message(self) -> None:
        self.message.clear()
        self.send_message()

    def shorten_break(self) -> None:
        """Absorb the current delay in the next break, by as many minutes as the operator confirms."""
        now = self.clock()
        state = self.view.state
        index = 0 if state.current is None else state.current + 1
        coming = next((i for i in state.items[index:] if i.is_break and state.timing(i.id).actual_start is None),
                      None)
        if coming is None:
            self.status.setText(tr("No break is left to shorten."))
            return
        length = coming.duration + state.timing(coming.id).extra_minutes
        delay = clock_rules.delay_minutes(state, now)
        minutes, ok = QInputDialog.getInt(
            self, tr("Shorten the coffee break"),
            tr("The break at {0} lasts {1} min. Shorten it by (minutes):").format(f"{coming.start:%H:%M}", length),
            max(1, min(delay, length - 1)), 1, max(1, length - 1))
        if ok:
            self.act("shorten_break", slot_id=coming.id, minutes=minutes)

    def show_stage_timer(self) -> None:
        screens = QGuiApplication.screens()
        index = self.screen_choice.currentData()
        screen = screens[index] if isinstance(index, int) and index < len(screens) else None
        self.stage.place_on(screen, self.full_screen.isChecked())
        self.tick()

    # Display ---------------------------------------------------------------------------------------------

    def set_view(self, view: ShowView) -> None:
        self.view = view
        self._fill_order()
        self.tick()

    def tick(self) -> None:
        now = self.clock()
        view, state = self.view, self.view.state
        lang = view.event.language
        delay = clock_rules.delay_minutes(state, now)
        status = {
            ShowStatus.READY: tr("Ready to start"), ShowStatus.RUNNING: tr("Running"),
            ShowStatus.PAUSED: tr("Paused"), ShowStatus.FINISHED: tr("The show is over"),
        }[state.status]
        if state.status is not ShowStatus.FINISHED:
            status += _schedule_text(state.next_item.start if state.next_item else None, now, delay)
        self.status.setText(f"{now:%H:%M:%S} · {status}")
        item = state.current_item if state.status is not ShowStatus.READY else None
        slot = view.slot(item)
        self.now_title.setText(translated(slot, "title", lang) if slot else "—")
        names, position = speaker_lines(slot, lang)
        if item is not None and slot is not None and len(slot.participants) > 1:
            share = state.elapsed_seconds(now) / max(1, state.allowed_seconds(item))
            on_stage, on_position = speaker_lines(slot, lang, share)
            position = f"▶ {on_stage}" + (f", {on_position}" if on_position else "")
        self.now_who.setText(f"{names}\n{position}".strip())
        if item is not None and state.status in (ShowStatus.RUNNING, ShowStatus.PAUSED):
            left = state.remaining_seconds(now)
            self.elapsed.setText(tr("Elapsed {0}").format(countdown_text(state.elapsed_seconds(now))))
            self.remaining.setText(tr("Remaining {0}").format(countdown_text(left)))
            colour = {"normal": "#1b7f3a", "warning": "#b58900", "overtime": "#d00000"}[state.phase(now)]
            self.remaining.setStyleSheet(f"color: {colour};")
            allowed = max(1, state.allowed_seconds(item))
            self.progress.setValue(int(min(100, 100 * state.elapsed_seconds(now) / allowed)))
        else:
            self.elapsed.setText("")
            self.remaining.setText("")
            self.progress.setValue(0)
        upcoming = view.slot(state.next_item)
        self.next_title.setText(translated(upcoming, "title", lang) if upcoming else tr("Nothing more today"))
        if upcoming is not None and state.next_item is not None:
            expected = clock_rules.expected_starts(state, now).get(upcoming.id, upcoming.start)
            who, _pos = speaker_lines(upcoming, lang)
            when = tr("Planned {0}, expected {1}").format(f"{upcoming.start:%H:%M}", f"{expected:%H:%M}")
            self.next_when.setText(" · ".join(x for x in (when, who) if x))
        else:
            self.next_when.setText("")
        buttons = self.buttons
        buttons["start"].setEnabled(state.status in (ShowStatus.READY, ShowStatus.PAUSED))
        buttons["next"].setEnabled(state.status is not ShowStatus.FINISHED)
        pause_text = tr("Resume") if state.status is ShowStatus.PAUSED else tr("Pause")
        if buttons["pause"].text() != pause_text:
            shortcut = buttons["pause"].shortcut()
            buttons["pause"].setText(pause_text)  # setText replaces the shortcut with the text's mnemonic
            buttons["pause"].setShortcut(shortcut)
        buttons["pause"].setEnabled(state.status in (ShowStatus.RUNNING, ShowStatus.PAUSED))
        buttons["back"].setEnabled(state.current is not None)
        buttons["add_minute"].setEnabled(state.status in (ShowStatus.RUNNING, ShowStatus.PAUSED))
        self._fill_cues(item.id if item else (state.next_item.id if state.next_item else None))
        self._fill_calls(now)
        self._update_expected(now)
        if self.stage.isVisible():
            self.stage.show_view(view, now)

    def _fill_cues(self, slot_id: int | None) -> None:
        key = (slot_id, id(self.view))
        if key == self._shown_cues_for:
            return
        self._shown_cues_for = key
        self.cues.clear()
        slot = self.view.slots.get(slot_id) if slot_id is not None else None
        lang = self.view.event.language
        names = cue_kind_names()
        for cue in self.view.cues.get(slot_id, ()) if slot_id is not None else ():
            when = f"{cue.at(slot.start):%H:%M}" if slot else ""
            responsible = translated(cue, "responsible", lang)
            text = f"{when}  {names[cue.kind]}: {translated(cue, 'text', lang)}"
            self.cues.addItem(text + (f"  ({responsible})" if responsible else ""))
        prod = self.view.production.get(slot_id) if slot_id is not None else None
        if prod is not None and prod.technical_needs:
            self.cues.addItem(tr("Technical needs: {0}").format(translated(prod, "technical_needs", lang)))

    def _fill_calls(self, now: datetime) -> None:
        items = [ScenarioItem(s, (), self.view.production.get(s.id)) for s in self.view.slots.values()]
        lang = self.view.event.language
        lines = []
        for when, item in upcoming_calls(items, now, CALLS_AHEAD):
            prod = item.production
            note = translated(prod, "call_note", lang) if prod else ""
            lines.append(f"{when:%H:%M}  {translated(item.slot, 'title', lang)}" + (f": {note}" if note else ""))
        if [self.calls.item(i).text() for i in range(self.calls.count())] != lines:
            self.calls.clear()
            self.calls.addItems(lines or [tr("No calls in the next 30 minutes")])

    def _fill_order(self) -> None:
        state, lang = self.view.state, self.view.event.language
        rows = []
        for item in state.items:
            timing = state.timing(item.id)
            actual = f"{timing.actual_start:%H:%M:%S}" if timing.actual_start else ""
            if timing.actual_end:
                actual += f"–{timing.actual_end:%H:%M:%S}"
            rows.append(OrderRow(item.start, actual, translated(self.view.slots[item.id], "title", lang)))
        running = state.current if state.status is not ShowStatus.READY else None
        self.order_model.set_order(rows, running)

    def _update_expected(self, now: datetime) -> None:
        expected = clock_rules.expected_starts(self.view.state, now)
        self.order_model.set_expected([expected.get(item.id) for item in self.view.state.items])

    def closeEvent(self, event: QCloseEvent) -> None:
        self.timer.stop()
        self.stage.close()
        super().closeEvent(event)
