"""Benchmark: the PDF programme against a bare ReportLab floor, at 40, 1,000 and 5,000 slots.

The floor draws the same strings line by line on a plain canvas with the same TrueType font (no wrapping, no
layout, no styles) and writes the PDF; the programme does the real layout. Both run in this process, in turns
(`interleave.py`), so the ratios compare like with like on any machine. Prints `RATIO pdf_<N>_vs_floor` (median
of the per-pair ratios) with its `SPREAD`, raw wall and CPU times, and `RATIO pdf_5000_per_slot_vs_1000` (time
per slot at 5,000 against 1,000 from the medians; 1.0 means time per slot stays flat as the programme grows).
"""

from __future__ import annotations

import gc
import io
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from interleave import interleave, report

from eventplanner.domain.data import (
    EventData,
    EventOrganizationData,
    OrganizationData,
    ParticipantData,
    PersonData,
    ProgrammeData,
    RoomData,
    SlotData,
)
from eventplanner.domain.enums import EventRole, EventStatus, ParticipantRole, SlotKind
from eventplanner.exports.programme import ProgrammeOptions, render_programme
from eventplanner.exports.programme_labels import kind_label, role_label

KINDS = [SlotKind.WELCOME, SlotKind.KEYNOTE, SlotKind.PRESENTATION, SlotKind.PANEL, SlotKind.SPEECH, SlotKind.BREAK]


def generate(n_slots: int) -> ProgrammeData:
    """n slots over as many days as needed (about 40 a day), two rooms, one to three speakers each."""
    start = date(2025, 3, 3)
    rooms = (RoomData(1, 1, "Plenary hall", 0), RoomData(2, 1, "Room B", 1))
    orgs = [OrganizationData(i, f"Ministry of Affairs number {i}", acronym=f"M{i}") for i in range(1, 9)]
    people = [
        PersonData(
            i, given_name=f"Given{i}", family_name=f"Familyname{i}", honorific="Dr." if i % 3 else "H.E.",
            position=f"Head of the Department of Regional Cooperation {i % 13}",
            organization_id=orgs[i % 8].id, organization_name=orgs[i % 8].name,
        )
        for i in range(1, 200)
    ]
    slots: list[SlotData] = []
    per_day = 40
    for n in range(n_slots):
        day, k = divmod(n, per_day)
        room = rooms[k % 2]
        midnight = datetime.combine(start + timedelta(days=day), datetime.min.time())
        t = midnight + timedelta(hours=8, minutes=15 * (k // 2))
        kind = KINDS[n % len(KINDS)]
        parts = () if kind.is_pause else tuple(
            ParticipantData(
                people[(n * 5 + j) % len(people)],
                ParticipantRole.MODERATOR if kind is SlotKind.PANEL and j == 0 else ParticipantRole.SPEAKER,
                j,
            )
            for j in range(1 + n % 3)
        )
        slots.append(SlotData(
            n + 1, 1, t, 15, kind, title="Coffee break" if kind.is_pause else
            f"Session {n + 1}: cooperation on migration governance and the rights of migrants, item {n % 31}",
            description="" if kind.is_pause else f"Exchange of views on item {n % 31} of the joint work plan.",
            room_id=room.id, room_name=room.name, participants=parts,
        ))
    days = max(1, -(-n_slots // per_day))
    end = start + timedelta(days=days - 1)
    event = EventData(1, "bench", "Benchmark Conference on Migration Governance", start, end,
                      theme="Measured, not guessed", short_title="Benchmark Conference", venue_name="Centre",
                      status=EventStatus.FINAL)
    return ProgrammeData(event, rooms, (EventOrganizationData(1, orgs[0], EventRole.HOST, 0),), tuple(slots))


def floor_strings(data: ProgrammeData) -> list[str]:
    """The strings the programme prints for its agenda, one per line as a naive dump would."""
    out: list[str] = []
    for slot in data.slots:
        out += [slot.time_range, kind_label(slot.kind, "en").upper(), slot.title]
        for p in slot.participants:
            prefix = "" if p.role is ParticipantRole.SPEAKER else f"{role_label(p.role, 'en')}: "
            out += [prefix + p.person.display_name, f"{p.person.position}, {p.person.organization_name}"]
        if slot.description:
            out.append(slot.description)
    return out


def floor(data: ProgrammeData) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from eventplanner.exports.fonts import FONTS, register_fonts

    register_fonts()
    buf = io.BytesIO()
    canv = Canvas(buf, pagesize=A4, invariant=1)
    y = A4[1] - 50
    for text in floor_strings(data):
        if y < 60:
            canv.showPage()
            y = A4[1] - 50
        canv.setFont(FONTS.regular, 9)
        canv.drawString(56, y, text)
        y -= 12
    canv.showPage()
    canv.save()
    return buf.getvalue()


def timed(fn: Callable[[], bytes], cpu: list[float]) -> float:
    """Wall seconds of one call; its CPU seconds go to `cpu`."""
    gc.collect()
    t, c = time.perf_counter(), time.process_time()
    fn()
    cpu.append(time.process_time() - c)
    return time.perf_counter() - t


def main() -> None:
    options = ProgrammeOptions(include_partners=False)
    # Warm up: fonts registered, modules imported, caches primed on a small document (not timed).
    warm = generate(40)
    render_programme(warm, options)
    floor(warm)
    per_slot: dict[int, float] = {}
    for n, repeat in ((40, 7), (1000, 7), (5000, 5)):
        data = generate(n)
        app_cpu: list[float] = []
        floor_cpu: list[float] = []
        result = interleave(lambda d=data, c=app_cpu: timed(lambda: render_programme(d, options), c),  # type: ignore[misc]
                            lambda d=data, c=floor_cpu: timed(lambda: floor(d), c), repeat)  # type: ignore[misc]
        per_slot[n] = result.app_median / n
        print(f"pdf_{n}: {result.app_median / n * 1e6:.0f} µs/slot; CPU time programme "
              f"{statistics.median(app_cpu) * 1000:.1f} ms, floor {statistics.median(floor_cpu) * 1000:.1f} ms")
        report(f"pdf_{n}_vs_floor", result)
    print(f"RATIO pdf_5000_per_slot_vs_1000 {per_slot[5000] / per_slot[1000]:.2f}")


if __name__ == "__main__":
    main()
