"""The Word programme's own look: its named styles on top of the shared ones (Normal, Title, Subtitle,
Heading 1-3, Footer... in stylesheet.py). Kept apart from programme_docx.py, which decides what goes where,
so that the look is restyled here (or by a reviewer in Word, one style at a time) without touching the order.
"""

from __future__ import annotations

from eventplanner.exports.docx.styles import StyleSpec

MUTED, FAINT, TEAL, NAVY, INK, BODY = "5F6B76", "8A949E", "1B7A8C", "0B3D66", "1B2430", "3A4552"

#: The programme's own styles, on top of the shared ones (Normal, Title, Subtitle, Heading 1-3, Footer...).
PROGRAMME_STYLES: tuple[StyleSpec, ...] = (
    StyleSpec("Title Translation", size=15.0, bold=True, color=MUTED, space_after=4.0, next_style="Subtitle"),
    StyleSpec("Subtitle Translation", base="Subtitle", size=11.0, color=FAINT, space_before=0.0),
    StyleSpec("Event Details", size=9.5, space_before=2.0),
    StyleSpec("Event Details Translation", base="Event Details", size=8.5, italic=True, color=MUTED),
    StyleSpec("Detail Label", kind="character", base=None, bold=True, color=TEAL),
    StyleSpec("Logo Name", size=7.5, color=MUTED),
    StyleSpec("Logos", space_after=6.0),
    StyleSpec("Heading Translation", size=10.0, italic=True, color=MUTED, space_after=4.0, keep_with_next=True),
    StyleSpec("Time", size=10.0, bold=True, color=NAVY),
    StyleSpec("Break Time", base="Time", color=FAINT),
    StyleSpec("Kind Label", size=7.0, bold=True, color=TEAL, caps=True, tracking=0.5, keep_with_next=True),
    StyleSpec("Slot Title", size=11.0, bold=True, space_before=1.0, keep_with_next=True),
    StyleSpec("Slot Title Translation", base="Slot Title", size=10.0, bold=False, italic=True, color=MUTED),
    StyleSpec("Participant", size=9.5, space_before=3.5, keep_with_next=True),
    StyleSpec("Participant Role", kind="character", base=None, bold=True, color=TEAL),
    StyleSpec("Position", size=8.0, color=MUTED),
    StyleSpec("Position Translation", base="Position", italic=True, color=FAINT),
    StyleSpec("Description", size=8.8, color=BODY, space_before=4.0),
    StyleSpec("Description Translation", base="Description", size=8.5, italic=True, color=MUTED,
              space_before=2.0),
    StyleSpec("Break", size=10.0, italic=True, color=MUTED),
    StyleSpec("Break Translation", base="Break", size=9.0, color=FAINT),
    StyleSpec("Empty Agenda", size=13.0, bold=True, color=MUTED, align="center", space_before=36.0),
    StyleSpec("Partner Logo", align="center", space_before=6.0),
    StyleSpec("Partner Name", size=7.5, color=MUTED, align="center", space_before=3.0),
    StyleSpec("Speaker Name", size=10.5, bold=True, space_before=6.0, keep_with_next=True),
    StyleSpec("Biography", size=8.8, color=BODY, space_before=3.0),
    StyleSpec("Biography Translation", base="Biography", size=8.5, italic=True, color=MUTED, space_before=2.0),
)
