"""Benchmark: importing a generated 5,000-slot schedule JSON (about 5,000 speakers) into a new event.

Each run writes into a fresh database with the app's schema (made outside the timing). Timed for the app:
`services.exchange.import_schedule(db, path)` (read, parse, match, write, commit). The floor reads the same
file with `json.loads` and inserts the same rows (event, rooms, people, slots, participants) with
`sqlite3.executemany` under the same pragmas (WAL, synchronous=FULL), in one transaction. App and floor run in
turns (`interleave.py`); each run gets its own fresh database. Prints raw times, `RATIO import_vs_floor`
(median of the per-pair ratios), `SPREAD import_vs_floor`, and the app's CPU time beside its wall time.
"""

from __future__ import annotations

import gc
import itertools
import json
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from benchdata import new_database, schedule_json
from interleave import interleave, report

REPEAT = 7


def floor(db_path: Path, path: Path) -> None:
    doc = json.loads(path.read_bytes())
    conf = doc["schedule"]["conference"]
    con = sqlite3.connect(db_path)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=FULL")
    con.execute("PRAGMA foreign_keys=ON")
    with con:
        event_id = con.execute(
            "INSERT INTO events (slug, title, short_title, theme, start_date, end_date, timezone, venue_name, "
            "venue_address, status, language, notes, translations, version) VALUES (?, ?, '', '', ?, ?, ?, '', '', "
            "'draft', 'en', '', '{}', 1)",
            (conf["acronym"], conf["title"], conf["start"], conf["end"], conf["time_zone_name"])).lastrowid
        rooms: dict[str, int] = {}
        people: dict[Any, tuple[int, str]] = {}
        slots: list[tuple[Any, ...]] = []
        parts: list[tuple[int, int, int]] = []
        for day in conf["days"]:
            for room, events in day["rooms"].items():
                rooms.setdefault(room, len(rooms) + 1)
                for ev in events:
                    hours, minutes = ev["duration"].split(":")
                    slots.append((len(slots) + 1, event_id, ev["date"].replace("T", " "),
                                  int(hours) * 60 + int(minutes), ev["type"], ev["title"], ev["abstract"],
                                  rooms[room], ev["language"]))
                    for i, p in enumerate(ev["persons"]):
                        pid = people.setdefault(p["id"], (len(people) + 1, p["public_name"]))[0]
                        parts.append((len(slots), pid, i))
        # Rooms carry their matching key (unique per event since migration 0009); a casefold is the floor's.
        con.executemany("INSERT INTO rooms (id, event_id, name, name_key, position, translations, version) "
                        "VALUES (?, ?, ?, ?, ?, '{}', 1)",
                        [(i, event_id, n, n.casefold(), i) for n, i in rooms.items()])
        con.executemany(
            "INSERT INTO people (id, honorific, given_name, family_name, position, rank, email, phone, biography, "
            "has_photo, precedence, notes, translations, version) VALUES (?, '', ?, '', '', '', '', '', '', 0, 100, "
            "'', '{}', 1)", list(people.values()))
        con.executemany("INSERT INTO slots (id, event_id, start, duration_minutes, kind, title, description, "
                        "room_id, language, remote, translations, version) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, '{}', 1)", slots)
        con.executemany("INSERT INTO slot_participants (slot_id, person_id, role, position) "
                        "VALUES (?, ?, 'speaker', ?)", parts)
    con.close()


def app(db_path: Path, path: Path) -> tuple[float, float, int]:
    """Seconds (wall, CPU) for the import alone (the database is opened before the clock starts), slots created."""
    from eventplanner.services.exchange import import_schedule
    from eventplanner.store.database import open_database

    db = open_database(db_path)
    try:
        gc.collect()
        t0, c0 = time.perf_counter(), time.process_time()
        created = import_schedule(db, path).slots_created
        return time.perf_counter() - t0, time.process_time() - c0, created
    finally:
        db.close()


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        source = root / "schedule.json"
        source.write_bytes(schedule_json())
        template = root / "template.sqlite3"
        new_database(template)
        from eventplanner.store.database import open_database

        def fresh(name: str) -> Path:
            target = root / name
            target.write_bytes(template.read_bytes())
            open_database(target).close()  # migrations checked once, as a real database would be
            return target

        app(fresh("warm.sqlite3"), source)  # warm up imports (not counted)
        runs = itertools.count()
        cpu: list[float] = []
        floor_cpu: list[float] = []
        created: list[int] = []

        def run_app() -> float:
            seconds, cpu_seconds, slots = app(fresh(f"app{next(runs)}.sqlite3"), source)
            cpu.append(cpu_seconds)
            created.append(slots)
            return seconds

        def run_floor() -> float:
            target = fresh(f"floor{next(runs)}.sqlite3")
            gc.collect()
            t0, c0 = time.perf_counter(), time.process_time()
            floor(target, source)
            floor_cpu.append(time.process_time() - c0)
            return time.perf_counter() - t0

        result = interleave(run_app, run_floor, REPEAT)
    print(f"import 5,000 slots: {created[-1]} slots created; CPU time app {statistics.median(cpu) * 1000:.0f} ms, "
          f"floor {statistics.median(floor_cpu) * 1000:.0f} ms")
    report("import_vs_floor", result)


if __name__ == "__main__":
    main()
