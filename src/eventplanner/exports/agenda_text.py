"""The agenda as plain text, for the terminal (`eventplanner show`) and plain-text e-mails."""

from __future__ import annotations

from eventplanner.domain.data import ProgrammeData, SlotData
from eventplanner.domain.enums import PARTICIPANT_ROLE_LABELS, SLOT_KIND_LABELS, ParticipantRole


def _date_span(data: ProgrammeData) -> str:
    ev = data.event
    if ev.start_date == ev.end_date:
        return f"{ev.start_date:%A, %d %B %Y}"
    return f"{ev.start_date:%d %B %Y} – {ev.end_date:%d %B %Y}"


def _slot_lines(slot: SlotData, lang: str | None) -> list[str]:
    label = SLOT_KIND_LABELS[slot.kind]
    title = slot.tr("title", lang)
    head = f"  {slot.time_range}  {label.upper()}"
    if slot.room_name:
        head += f"  [{slot.room_name}]"
    lines = [head]
    if title and title != label:
        lines.append(f"               {title}")
    for p in slot.participants:
        who = p.person.display_name
        role = "" if p.role is ParticipantRole.SPEAKER else f"{PARTICIPANT_ROLE_LABELS[p.role]}: "
        detail = ", ".join(x for x in (p.person.title_line(lang), p.person.organization_name) if x)
        lines.append(f"               {role}{who}" + (f" — {detail}" if detail else ""))
    return lines


def agenda_text(data: ProgrammeData, lang: str | None = None) -> str:
    ev = data.event
    out = [ev.tr("title", lang)]
    if ev.theme:
        out.append(f"“{ev.tr('theme', lang)}”")
    venue = ", ".join(x for x in (ev.tr("venue_name", lang), ev.tr("venue_address", lang)) if x)
    out.append(_date_span(data) + (f" · {venue}" if venue else ""))
    hosts = [o.organization.name for o in data.organizations if o.role.value in ("host", "co_organizer")]
    if hosts:
        out.append("Organized by " + " and ".join(hosts))
    if ev.status.value == "draft":
        out.append("(draft)")
    out.append("")
    if not data.slots:
        out.append("No agenda items yet.")
        return "\n".join(out) + "\n"
    days = [d for d in data.days if data.slots_on(d)]
    for number, day in enumerate(days, start=1):
        if len(days) > 1:
            out.append(f"Day {number} — {day:%A, %d %B %Y}")
        for slot in data.slots_on(day):
            out.extend(_slot_lines(slot, lang))
        out.append("")
    return "\n".join(out)
