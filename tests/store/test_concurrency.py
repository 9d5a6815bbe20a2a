"""Two writers on one database: every edit either lands or is refused as stale, and no update is lost."""

from __future__ import annotations

import random
import re
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

import pytest

from eventplanner.domain.errors import StaleEditError
from eventplanner.services import events, people
from eventplanner.store.database import Database, open_database
from eventplanner.store.models import EventRow

ROUNDS = 40
ROWS = 3
TOKEN = re.compile(r"\[([AB])(\d+)\]")


@dataclass
class Writer:
    name: str
    db: Database
    landed: list[tuple[int, str]] = field(default_factory=list)  # (person id, token)
    stale: list[int] = field(default_factory=list)  # rounds refused as stale
    errors: list[BaseException] = field(default_factory=list)


def _run(
    writer: Writer, person_ids: list[int], plan: list[tuple[int, bool]], barrier: threading.Barrier, seed: int
) -> None:
    """Read-modify-write `notes` of a person each round; in contended rounds both writers read before either writes."""
    jitter = random.Random(seed)
    try:
        for number, (row, contended) in enumerate(plan):
            barrier.wait()
            person_id = person_ids[row]
            token = f"[{writer.name}{number}]"
            current = people.get_person(writer.db, person_id, with_photo=False)
            if contended:
                barrier.wait()  # both have read the same version now
            else:
                time.sleep(jitter.uniform(0, 0.003))
            try:
                people.update_person(
                    writer.db, person_id, expected_version=current.version, notes=current.notes + token
                )
            except StaleEditError:
                writer.stale.append(number)
                continue
            writer.landed.append((person_id, token))
    except BaseException as exc:  # reported by the test; a dead thread must not hang the barrier
        writer.errors.append(exc)
        barrier.abort()


@pytest.mark.parametrize("seed", [7, 2024])
def test_two_writers_interleaved_edits_lose_nothing(backend_url: str, seed: int) -> None:
    setup = open_database(backend_url)
    person_ids = [people.create_person(setup, f"Person {i}", "Shared").id for i in range(ROWS)]
    plan_rng = random.Random(seed)
    plan = [(plan_rng.randrange(ROWS), plan_rng.random() < 0.5) for _ in range(ROUNDS)]
    writers = [Writer("A", open_database(backend_url)), Writer("B", open_database(backend_url))]
    barrier = threading.Barrier(2, timeout=60)
    threads = [
        threading.Thread(target=_run, args=(w, person_ids, plan, barrier, seed + i)) for i, w in enumerate(writers)
    ]
    try:
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert [e for w in writers for e in w.errors] == []

        # Every landed edit is visible exactly once, on the row it was made on; nothing else is there.
        for person_id in person_ids:
            final = people.get_person(setup, person_id, with_photo=False)
            found = Counter(TOKEN.findall(final.notes))
            landed = Counter(
                tuple(TOKEN.findall(token)[0]) for w in writers for pid, token in w.landed if pid == person_id
            )
            assert found == landed
            assert final.version == 1 + sum(landed.values())  # each landed edit bumped the version once
        # Each round's edit either landed or was refused, never both, never neither.
        for w in writers:
            assert sorted([int(TOKEN.findall(t)[0][1]) for _p, t in w.landed] + w.stale) == list(range(ROUNDS))
        # When both read the same version, exactly one of the two edits landed.
        for number, (_row, contended) in enumerate(plan):
            if contended:
                assert sum(number in w.stale for w in writers) == 1, f"round {number}"
    finally:
        for w in writers:
            w.db.close()
        setup.close()


def test_stale_flush_inside_a_session_is_a_stale_edit(backend_url: str) -> None:
    """Both sessions passed any check; the second UPDATE finds the version moved on and is refused."""
    first, second = open_database(backend_url), open_database(backend_url)
    try:
        event = events.create_event(first, "Shared", date(2030, 1, 1))
        with pytest.raises(StaleEditError, match="changed by someone else"), first.session() as s:
            row = s.get(EventRow, event.id)
            assert row is not None and row.version == 1
            events.update_event(second, event.id, expected_version=1, notes="theirs")
            row.notes = "mine"
        final = events.get_event(second, event.id)
        assert (final.notes, final.version) == ("theirs", 2)
    finally:
        first.close()
        second.close()
