"""The run sheet's content in one language for one audience: one line per slot with its cues in time order.

The PDF (runsheet_pdf.py) and the XLSX (runsheet_xlsx.py) print these same lines, so every filter and language
carries the same content in both formats.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from eventplanner.domain.scenario import Audience, CueData, ScenarioData, ScenarioItem
from eventplanner.exports.programme_labels import kind_label
from eventplanner.exports.runsheet_labels import cue_label, label


@dataclass(frozen=True)
class RunSheetLine:
    """One slot of the run sheet in one language and for one audience, ready to print."""

    item: ScenarioItem
    title: str
    kind: str
    who: tuple[tuple[str, str], ...]
    """(name, position) of each participant."""
    call: str
    call_note: str
    technical_needs: str
    cues: tuple[tuple[CueData, str, str, str], ...]
    """(cue, time 'HH:MM', kind label, translated text) in time order."""
    responsibles: tuple[str, ...]
    """The translated responsible of each cue, in the same order."""
    day: date
    """The conference day of the slot (a show at 00:15 runs in the evening before when days change later)."""

    @property
    def start(self) -> datetime:
        return self.item.slot.start


def runsheet_lines(
    data: ScenarioData, audience: Audience = Audience.ALL, lang: str | None = None
) -> list[RunSheetLine]:
    """Every slot (the running order is for everyone) with the cues `audience` needs, in `lang`."""
    lines = []
    for item in data.items:
        slot = item.slot
        who = tuple(
            (" ".join(x for x in (p.person.honorific, p.person.tr("given_name", lang), p.person.tr("family_name", lang))
                      if x), p.person.title_line(lang))
            for p in slot.participants
        )
        prod = item.production
        call = call_note = needs = ""
        if prod is not None:
            when = prod.call_time(slot.start)
            if when is not None and audience in (Audience.ALL, Audience.PROTOCOL, Audience.MC):
                call = label("call", lang, time=f"{when:%H:%M}", n=prod.call_minutes)
                call_note = prod.tr("call_note", lang)
            if audience in (Audience.ALL, Audience.TECH):
                needs = prod.tr("technical_needs", lang)
        cues = item.cues_for(audience)
        lines.append(RunSheetLine(
            item=item,
            title=slot.tr("title", lang).strip() or kind_label(slot.kind, lang),
            kind=kind_label(slot.kind, lang),
            who=who,
            call=call,
            call_note=call_note,
            technical_needs=needs,
            cues=tuple((c, f"{c.at(slot.start):%H:%M}", cue_label(c.kind, lang), c.tr("text", lang)) for c in cues),
            responsibles=tuple(c.tr("responsible", lang) for c in cues),
            day=data.event.day_of(slot.start),
        ))
    return lines
