"""A generated three-room conference day with one room clash and one double-booked speaker.

Used by tools/timetable_screenshots.py and the timetable tests: realistic enough to judge the look
(parallel sessions, breaks, a lunch, long titles) and small enough to reason about.
"""

from __future__ import annotations

from datetime import date, datetime, time

from eventplanner.domain.data import EventData
from eventplanner.domain.enums import ParticipantRole, SlotKind
from eventplanner.services import agenda, events, people
from eventplanner.services.agenda import SlotInput
from eventplanner.store.database import Database

DAY = date(2025, 5, 14)

#: (room index or None for all three, start, minutes, kind, title, speaker indexes)
PLAN: tuple[tuple[int | None, str, int, SlotKind, str, tuple[int, ...]], ...] = (
    (0, "09:00", 20, SlotKind.WELCOME, "Welcome and opening of the forum", (0,)),
    (0, "09:20", 40, SlotKind.KEYNOTE, "Labour mobility after the pandemic: what the data tell us", (1,)),
    (1, "09:30", 30, SlotKind.PRESENTATION, "Digital visas in the region", (2,)),
    (2, "09:30", 60, SlotKind.PANEL, "Panel: diaspora investment and remittances", (3, 4, 5)),
    (None, "10:30", 30, SlotKind.BREAK, "Coffee break", ()),
    (0, "11:00", 45, SlotKind.PANEL, "Panel: fair recruitment and the rights of migrant workers", (6, 7, 8)),
    (1, "11:00", 30, SlotKind.PRESENTATION, "Migration profile 2024", (9,)),
    (1, "11:20", 40, SlotKind.DISCUSSION, "Open discussion on data sharing", (10,)),  # clashes with the one above
    (2, "11:00", 50, SlotKind.SPEECH, "Climate and human mobility", (6,)),  # Sara Costa is on the 11:00 panel
    (2, "11:50", 30, SlotKind.QA, "Questions and answers", (11,)),
    (0, "11:45", 45, SlotKind.SPEECH, "Return and reintegration programmes", (12,)),
    (None, "12:30", 75, SlotKind.MEAL, "Lunch", ()),
    (0, "13:45", 60, SlotKind.PANEL, "Panel: regional cooperation on border management", (13, 14, 15)),
    (1, "13:45", 45, SlotKind.PRESENTATION, "Integration courses that work", (16,)),
    (2, "13:45", 30, SlotKind.VIDEO, "Video message from the Director General", (17,)),
    (2, "14:15", 30, SlotKind.PRESENTATION, "Student mobility", (18,)),
    (1, "14:30", 30, SlotKind.SPEECH, "Statistics for policy", (19,)),
    (None, "15:00", 15, SlotKind.BREAK, "Coffee break", ()),
    (0, "15:15", 45, SlotKind.DISCUSSION, "Conclusions of the working groups", (0, 3)),
    (0, "16:00", 15, SlotKind.CLOSING, "Closing remarks", (0,)),
)

NAMES = (
    ("Leyla", "Aliyeva"), ("Martin", "Keller"), ("Aysel", "Mammadova"), ("Jonas", "Berg"), ("Nino", "Beridze"),
    ("Oleg", "Petrov"), ("Sara", "Costa"), ("Emin", "Huseynov"), ("Anna", "Novak"), ("Farid", "Guliyev"),
    ("Marta", "Nowak"), ("Tural", "Hasanov"), ("Irina", "Smirnova"), ("Kamal", "Rahimov"), ("Elif", "Demir"),
    ("Paul", "Martin"), ("Gunel", "Ismayilova"), ("António", "Silva"), ("Lena", "Fischer"), ("Rashad", "Aliyev"),
)


def create_three_room_day(db: Database) -> EventData:
    """Create the event, its rooms, speakers and slots; returns the event."""
    event = events.create_event(db, "Regional Forum on Migration and Development", DAY,
                                short_title="Regional Forum 2025", venue_name="Baku Congress Centre")
    rooms = [events.add_room(db, event.id, name) for name in ("Plenary hall", "Room B", "Room C")]
    speakers = [people.create_person(db, given, family, honorific="Dr." if i % 3 == 0 else "")
                for i, (given, family) in enumerate(NAMES)]
    for room, hhmm, minutes, kind, title, who in PLAN:
        h, m = map(int, hhmm.split(":"))
        start = datetime.combine(DAY, time(h, m))
        targets = rooms if room is None else [rooms[room]]
        for target in targets:
            role = ParticipantRole.MODERATOR if kind is SlotKind.PANEL else ParticipantRole.SPEAKER
            parts = tuple((speakers[i].id, role if j == 0 else ParticipantRole.PANELIST if kind is SlotKind.PANEL
                           else ParticipantRole.SPEAKER) for j, i in enumerate(who))
            agenda.add_slot(db, event.id, SlotInput(start, minutes, kind, title, room_id=target.id,
                                                    participants=parts))
    return event
