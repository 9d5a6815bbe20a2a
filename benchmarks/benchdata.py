"""Shared data for the benchmarks: a large event written straight into a migrated database, the sample event,
an isolated environment for subprocesses, and child-process timing with peak memory.

Not a benchmark itself (run_all.py runs only bench_*.py).
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"
if str(SRC) not in sys.path:
    sys.path.insert(0, str(SRC))

FIRST_DAY = date(2025, 5, 12)
KINDS = ["keynote", "presentation", "panel", "speech", "presentation", "break"]
GIVEN = ["Ələsgər", "José", "Zoë", "Anna", "Murad", "Günel", "François", "Olga", "Rəşad", "Şəbnəm", "Ivan", "Leyla"]
FAMILY = ["Müller", "Əliyev", "García", "Petrova", "Hüseynova", "Dubois", "Smith", "Qasımov", "Novak", "Öztürk"]
POSITIONS = ["Deputy Minister", "Head of Department", "Senior Adviser", "Programme Officer", "Director", "Chair"]


def person_row(i: int) -> tuple[str, str, str, str, int]:
    """(honorific, given, family, position, organization index) for person i (deterministic)."""
    return ("Dr." if i % 3 else "H.E.", f"{GIVEN[i % len(GIVEN)]}{i}", FAMILY[(i // 7) % len(FAMILY)],
            f"{POSITIONS[i % len(POSITIONS)]} for region {i % 17}", i % 50)


def slot_plan(n_slots: int, days: int, rooms: int) -> list[tuple[datetime, int, str, str, int, list[int]]]:
    """(start, minutes, kind, title, room index, person indexes) for every slot, rooms side by side."""
    per_day = -(-n_slots // days)
    out = []
    for n in range(n_slots):
        day, k = divmod(n, per_day)
        room, step = k % rooms, k // rooms
        start = datetime.combine(FIRST_DAY + timedelta(days=day), datetime.min.time()) + timedelta(
            hours=8, minutes=6 * step)
        kind = KINDS[n % len(KINDS)]
        title = "Coffee break" if kind == "break" else f"Session {n + 1}: migration governance, item {n % 31}"
        people = [] if kind == "break" else [(n * 7 + j * 1009) % 5000 for j in range(1 + n % 3)]
        out.append((start, 5, kind, title, room, people))
    return out


def new_database(path: Path) -> None:
    """An empty database with the app's schema (migrations run here, outside any timing)."""
    from eventplanner.store.database import open_database

    open_database(path).close()


def fill_large(path: Path, n_slots: int = 10_000, n_people: int = 5_000, days: int = 5, rooms: int = 20) -> int:
    """Write a large event straight into the database with sqlite3 (fast); returns its id."""
    from eventplanner.domain.text import unique_key

    new_database(path)
    con = sqlite3.connect(path)
    with con:
        orgs = [f"Ministry of Regional Affairs {i}" for i in range(50)]
        con.executemany("INSERT INTO organizations (id, name, name_key, acronym, kind, country, website, has_logo, "
                        "notes, translations, version) VALUES (?, ?, ?, ?, 'other', '', '', 0, '', '{}', 1)",
                        [(i + 1, name, unique_key(name), f"MRA{i}") for i, name in enumerate(orgs)])
        con.executemany(
            "INSERT INTO people (id, honorific, given_name, family_name, position, rank, organization_id, email, "
            "phone, biography, has_photo, precedence, notes, translations, version) "
            "VALUES (?, ?, ?, ?, ?, '', ?, '', '', '', 0, 100, '', '{}', 1)",
            [(i + 1, *person_row(i)[:4], person_row(i)[4] + 1) for i in range(n_people)])
        end = FIRST_DAY + timedelta(days=days - 1)
        cur = con.execute(
            "INSERT INTO events (slug, title, short_title, theme, start_date, end_date, timezone, venue_name, "
            "venue_address, status, language, notes, translations, version) VALUES ('big-conference', "
            "'Big Conference on Migration', '', '', ?, ?, 'UTC', 'Centre', '', 'draft', 'en', '', '{}', 1)",
            (FIRST_DAY.isoformat(), end.isoformat()))
        event_id = int(cur.lastrowid or 0)
        con.executemany("INSERT INTO rooms (id, event_id, name, name_key, position, translations, version) "
                        "VALUES (?, ?, ?, ?, ?, '{}', 1)",
                        [(r + 1, event_id, f"Room {r + 1}", unique_key(f"Room {r + 1}"), r) for r in range(rooms)])
        slots, parts = [], []
        for n, (start, minutes, kind, title, room, people) in enumerate(slot_plan(n_slots, days, rooms), start=1):
            slots.append((n, event_id, start.isoformat(sep=" "), minutes, kind, title, room + 1))
            parts += [(n, (p % n_people) + 1, "speaker", j) for j, p in enumerate(people)]
        con.executemany("INSERT INTO slots (id, event_id, start, duration_minutes, kind, title, description, "
                        "room_id, language, remote, translations, version) "
                        "VALUES (?, ?, ?, ?, ?, ?, '', ?, '', 0, '{}', 1)", slots)
        con.executemany("INSERT INTO slot_participants (slot_id, person_id, role, position) VALUES (?, ?, ?, ?)",
                        parts)
    con.close()
    return event_id


def fill_sample(path: Path) -> int:
    from eventplanner.services.sample import ensure_sample_event
    from eventplanner.store.database import open_database

    db = open_database(path)
    event, _ = ensure_sample_event(db)
    db.close()
    return event.id


def schedule_json(n_slots: int = 5_000, days: int = 5, rooms: int = 10) -> bytes:
    """A frab/c3voc-style schedule JSON with `n_slots` talks and about 5,000 distinct speakers."""
    by_day: dict[date, dict[str, list[dict[str, object]]]] = {}
    for n, (start, minutes, kind, title, room, people) in enumerate(slot_plan(n_slots, days, rooms), start=1):
        rooms_of_day = by_day.setdefault(start.date(), {})
        rooms_of_day.setdefault(f"Room {room + 1}", []).append({
            "guid": f"00000000-0000-0000-0000-{n:012d}", "id": n, "date": start.isoformat(),
            "start": f"{start:%H:%M}", "duration": f"00:{minutes:02d}", "room": f"Room {room + 1}",
            "title": title, "type": kind, "language": "en", "abstract": f"About item {n % 31}.",
            "persons": [{"id": p + 1, "public_name": " ".join(person_row(p)[1:3])} for p in people],
        })
    end = FIRST_DAY + timedelta(days=days - 1)
    doc = {"schedule": {"version": "1", "conference": {
        "acronym": "bigconf", "title": "Big Conference", "start": FIRST_DAY.isoformat(), "end": end.isoformat(),
        "time_zone_name": "UTC",
        "days": [{"index": i + 1, "date": d.isoformat(), "rooms": r}
                 for i, (d, r) in enumerate(sorted(by_day.items()))],
    }}}
    return json.dumps(doc).encode()


def isolated_env(home: Path, **extra: str) -> dict[str, str]:
    """Environment for a child process: offscreen Qt, throwaway user folders (settings, logs), and compiled
    bytecode kept in a throwaway cache.

    An installed application runs from compiled bytecode (pip compiles it at install, as it did for PySide6 and
    SQLAlchemy). Where the environment says PYTHONDONTWRITEBYTECODE and the source tree has no `__pycache__`,
    every child would compile the app's 140-odd modules again (about 0.3-0.6 s) while the floor's libraries load
    compiled: the children share a cache under `home` instead (the same for app and floor; the first, uncounted
    run fills it), and nothing is written into the source tree.
    """
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(home / "data"),
           "XDG_CONFIG_HOME": str(home / "config"), "XDG_STATE_HOME": str(home / "state"),
           "XDG_CACHE_HOME": str(home / "cache"), "PYTHONPATH": str(SRC),
           "PYTHONPYCACHEPREFIX": str(home.parent / "pycache"), **extra}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def run_child(args: list[str], env: dict[str, str], timeout: float = 60) -> tuple[float, float, float]:
    """Run a child process to its end: (wall seconds from spawn to exit, peak RSS in MB, CPU seconds)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = t0 + timeout
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() > deadline:
            proc.kill()
            raise TimeoutError(" ".join(args))
        time.sleep(0.002)
    elapsed = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    _out, err = proc.communicate()
    if proc.returncode != 0:
        raise RuntimeError(f"{args} exited with {proc.returncode}:\n{err.decode()[-2000:]}")
    return elapsed, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime


def median(values: list[float]) -> float:
    ordered = sorted(values)
    mid = len(ordered) // 2
    return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2
