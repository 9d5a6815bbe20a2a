"""The live show as stored: each action committed at once; a killed process resumes where it was."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from eventplanner.domain import show as clock
from eventplanner.domain.data import EventData
from eventplanner.domain.errors import ValidationError
from eventplanner.domain.show import ShowStatus
from eventplanner.services import scenario, show
from eventplanner.services.events import resolve_event
from eventplanner.services.sample import ensure_sample_event
from eventplanner.store.database import Database, open_database

T0 = datetime(2021, 12, 18, 10, 0)


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


def test_actions_are_recorded_and_delay_propagates(db: Database, sample_event: EventData) -> None:
    view = show.open_show(db, sample_event.id, at(-30))
    assert view.day == sample_event.start_date and view.state.status is ShowStatus.READY
    ids = [i.id for i in view.state.items]
    show.show_action(db, sample_event.id, "start", at(0))
    show.show_action(db, sample_event.id, "add_minute", at(5))
    view = show.show_action(db, sample_event.id, "next", at(14))  # welcome ran 4 over (1 granted)
    expected = clock.expected_starts(view.state, at(14))
    assert expected[ids[2]] == at(35 + 4)
    reread = show.load_show(db, sample_event.id)
    assert reread is not None and reread.state.timing(ids[0]).actual_end == at(14)
    assert reread.state.timing(ids[0]).extra_minutes == 1
    assert reread.state.current_item is not None and reread.state.current_item.id == ids[1]


def test_shorten_break_and_message(db: Database, sample_event: EventData) -> None:
    view = show.open_show(db, sample_event.id, at(0))
    coffee = next(i for i in view.state.items if i.is_break)
    show.show_action(db, sample_event.id, "start", at(0))
    view = show.show_action(db, sample_event.id, "shorten_break", at(1), slot_id=coffee.id, minutes=10)
    assert view.state.timing(coffee.id).extra_minutes == -10
    view = show.show_action(db, sample_event.id, "message", at(2), message="  Please conclude  ")
    assert show.load_show(db, sample_event.id).state.message == "Please conclude"  # type: ignore[union-attr]


def test_a_refused_action_changes_nothing(db: Database, sample_event: EventData) -> None:
    show.open_show(db, sample_event.id, at(0))
    with pytest.raises(ValidationError):
        show.show_action(db, sample_event.id, "pause", at(0))  # nothing runs yet
    assert show.load_show(db, sample_event.id).state.status is ShowStatus.READY  # type: ignore[union-attr]
    with pytest.raises(ValidationError):
        show.show_action(db, sample_event.id, "jump", at(0))


def test_timing_lines_have_planned_and_actual(db: Database, sample_event: EventData) -> None:
    show.open_show(db, sample_event.id, at(0))
    show.show_action(db, sample_event.id, "start", at(2))
    show.show_action(db, sample_event.id, "next", at(15))
    _event, lines = show.timing_records(db, sample_event.id)
    assert lines[0].actual_start == at(2) and lines[0].actual_minutes == 13 and lines[0].overrun_minutes == 3
    assert lines[0].planned_end == at(10)
    assert lines[1].actual_end is None and lines[-1].actual_start is None


CHILD = textwrap.dedent(
    """
    import sys
    from datetime import datetime
    from eventplanner.services import scenario, show
    from eventplanner.services.sample import ensure_sample_event
    from eventplanner.store.database import open_database

    db = open_database(sys.argv[1])
    event, _ = ensure_sample_event(db)
    t0 = datetime(2021, 12, 18, 10, 0)
    show.open_show(db, event.id, t0)
    show.show_action(db, event.id, "start", t0)
    show.show_action(db, event.id, "next", datetime(2021, 12, 18, 10, 12, 30))
    show.show_action(db, event.id, "pause", datetime(2021, 12, 18, 10, 20))
    print("mid-show", flush=True)
    sys.stdin.read()  # wait here until killed
    """
)


def test_resume_after_the_process_is_killed_mid_show(tmp_path: Path) -> None:
    path = tmp_path / "show.sqlite3"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(path)], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True, env=env)
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "mid-show"
        child.send_signal(signal.SIGKILL)
        child.wait()
    finally:
        if child.poll() is None:
            child.kill()
    assert child.returncode == -signal.SIGKILL
    db = open_database(path)
    try:
        event = resolve_event(db, "migrants-day-2021")
        view = show.open_show(db, event.id, datetime(2021, 12, 18, 10, 25))  # reopening resumes
        state = view.state
        assert state.status is ShowStatus.PAUSED and state.paused_since == datetime(2021, 12, 18, 10, 20)
        first, second = state.items[0], state.items[1]
        assert state.timing(first.id).actual_end == datetime(2021, 12, 18, 10, 12, 30)
        assert state.current_item == second
        assert state.elapsed_seconds(datetime(2021, 12, 18, 10, 25)) == 7.5 * 60  # frozen by the pause
        view = show.show_action(db, event.id, "pause", datetime(2021, 12, 18, 10, 30))  # resume after restart
        assert view.state.elapsed_seconds(datetime(2021, 12, 18, 10, 31)) == 8.5 * 60
    finally:
        db.close()


def test_scenario_and_show_on_each_backend(backend_db: Database) -> None:
    """The same calls on SQLite and (when reachable) PostgreSQL."""
    event, _ = ensure_sample_event(backend_db)
    data = scenario.scenario(backend_db, event.id)
    assert sum(len(i.cues) for i in data.items) > 20
    cue = scenario.add_cue(backend_db, data.items[0].slot.id, "mc", "Ə ş ğ ı – «Привет»",
                           translations={"ru": {"text": "Привет"}})
    stored = next(c for c in scenario.list_cues(backend_db, cue.slot_id) if c.id == cue.id)
    assert stored.tr("text", "ru") == "Привет" and stored.text == "Ə ş ğ ı – «Привет»"
    show.open_show(backend_db, event.id, at(0))
    show.show_action(backend_db, event.id, "start", at(0))
    view = show.show_action(backend_db, event.id, "next", at(11))
    assert view.state.timing(data.items[0].slot.id).actual_end == at(11)
