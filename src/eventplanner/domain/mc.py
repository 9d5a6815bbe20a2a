"""The master of ceremonies' words, drafted from the agenda in protocol form (en, az, ru).

The draft is a starting point the user edits into an MC cue. Sentences are built so that names stay in the
nominative case (Azerbaijani "... dəvət olunur", Russian "... приглашается"), which needs no declension of
names the program cannot know how to decline.
"""

from __future__ import annotations

from collections.abc import Mapping

from eventplanner.domain.data import OrganizationData, ParticipantData, SlotData
from eventplanner.domain.enums import ParticipantRole, SlotKind

MC_LANGUAGES = ("en", "az", "ru")

_HONORIFICS: dict[str, dict[str, str]] = {
    "en": {"H.E.": "His Excellency", "H.E. Ms.": "Her Excellency", "H.E. Mrs.": "Her Excellency",
           "H.E. Mr.": "His Excellency"},
    "az": {"H.E.": "Zati-aliləri", "H.E. Mr.": "Zati-aliləri cənab", "H.E. Ms.": "Zati-aliləri xanım",
           "H.E. Mrs.": "Zati-aliləri xanım", "Mr.": "cənab", "Ms.": "xanım", "Mrs.": "xanım", "Dr.": "doktor",
           "Prof.": "professor"},
    "ru": {"H.E.": "Его Превосходительство", "H.E. Mr.": "Его Превосходительство господин",
           "H.E. Ms.": "Её Превосходительство госпожа", "H.E. Mrs.": "Её Превосходительство госпожа",
           "Mr.": "господин", "Ms.": "госпожа", "Mrs.": "госпожа", "Dr.": "доктор", "Prof.": "профессор"},
}

#: What the speaker is invited to do, by slot kind; `{title}` is the slot's title.
_ACTIONS: dict[str, dict[SlotKind | str, str]] = {
    "en": {
        SlotKind.WELCOME: "deliver the welcome address", SlotKind.OPENING: "deliver opening remarks",
        SlotKind.KEYNOTE: "deliver the keynote address", SlotKind.PRESENTATION: "present “{title}”",
        SlotKind.CLOSING: "deliver the closing remarks", "moderator": "moderate “{title}”",
        "default": "take the floor",
    },
    "az": {
        SlotKind.WELCOME: "Salamlama nitqi ilə çıxış etmək üçün", SlotKind.OPENING: "Açılış nitqi ilə çıxış etmək üçün",
        SlotKind.KEYNOTE: "Əsas məruzə ilə çıxış etmək üçün", SlotKind.PRESENTATION: "“{title}” təqdimatı üçün",
        SlotKind.CLOSING: "Yekun nitqi ilə çıxış etmək üçün", "moderator": "“{title}” müzakirəsini aparmaq üçün",
        "default": "Çıxış etmək üçün",
    },
    "ru": {
        SlotKind.WELCOME: "Для приветственного слова", SlotKind.OPENING: "Для вступительного слова",
        SlotKind.KEYNOTE: "Для основного доклада", SlotKind.PRESENTATION: "Для презентации «{title}»",
        SlotKind.CLOSING: "Для заключительного слова", "moderator": "Для ведения дискуссии «{title}»",
        "default": "Для выступления",
    },
}

_PHRASES: dict[str, dict[str, str]] = {
    "en": {
        "invite": "I now have the honour to invite {who}, {desc}, to {action}.",
        "invite_plain": "I now have the honour to invite {who} to {action}.",
        "video": "Ladies and gentlemen, we will now watch a video message from {who}, {desc}.",
        "video_plain": "Ladies and gentlemen, we will now watch a video message from {who}.",
        "break": "Ladies and gentlemen, we now have a short break. We will resume at {end}.",
        "item": "Ladies and gentlemen, we continue with: {title}.",
    },
    "az": {
        "invite": "{action} {desc} {who} dəvət olunur.",
        "invite_plain": "{action} {who} dəvət olunur.",
        "video": "Hörmətli qonaqlar, diqqətinizə video müraciət təqdim olunur: {desc} {who}.",
        "video_plain": "Hörmətli qonaqlar, diqqətinizə video müraciət təqdim olunur: {who}.",
        "break": "Hörmətli qonaqlar, qısa fasilə elan olunur. Tədbir saat {end} davam edəcək.",
        "item": "Hörmətli qonaqlar, növbəti bənd: {title}.",
    },
    "ru": {
        "invite": "{action} приглашается {desc} {who}.",
        "invite_plain": "{action} приглашается {who}.",
        "video": "Уважаемые гости, вашему вниманию предлагается видеообращение: {desc} {who}.",
        "video_plain": "Уважаемые гости, вашему вниманию предлагается видеообращение: {who}.",
        "break": "Уважаемые гости, объявляется перерыв. Продолжение в {end}.",
        "item": "Уважаемые гости, переходим к следующему пункту: {title}.",
    },
}


def _lang(lang: str | None) -> str:
    return lang if lang in MC_LANGUAGES else "en"


def spoken_honorific(honorific: str, lang: str | None) -> str:
    """'H.E.' -> 'His Excellency' / 'Zati-aliləri' / 'Его Превосходительство'; unknown forms stay as written."""
    key = " ".join(honorific.split())
    return _HONORIFICS[_lang(lang)].get(key, key)


def _who(p: ParticipantData, lang: str) -> str:
    person = p.person
    name = " ".join(x for x in (person.tr("given_name", lang), person.tr("family_name", lang)) if x)
    return " ".join(x for x in (spoken_honorific(person.honorific, lang), name) if x)


def _names(position: str, org_name: str, acronym: str) -> bool:
    """Whether the position already names the organization ('Head of the IOM ...', 'Minister of Foreign Affairs')."""
    folded = position.casefold()
    if org_name.casefold() in folded or (acronym and acronym.casefold() in folded.replace(",", " ").split()):
        return True
    tail = org_name.split()[1:]  # 'Ministry of Foreign Affairs' -> 'of Foreign Affairs'
    return len(tail) >= 2 and " ".join(tail).casefold() in folded


def _description(p: ParticipantData, lang: str, organizations: Mapping[int, OrganizationData]) -> str:
    """Position, plus the organization when the position does not already name it.

    In Azerbaijani and Russian the organization is added only when its name is translated, so the sentence
    does not switch language half-way.
    """
    person = p.person
    position = person.tr("position", lang).strip()
    org = organizations.get(person.organization_id) if person.organization_id is not None else None
    if org is not None:
        translated = lang == "en" or bool(org.translations.get(lang, {}).get("name", "").strip())
        org_name, acronym = (org.tr("name", lang).strip(), org.acronym) if translated else ("", "")
    else:
        org_name, acronym = (person.organization_name.strip() if lang == "en" else ""), ""
    if lang == "ru" and len(position) > 1 and position[0].isupper() and position[1].islower():
        position = position[0].lower() + position[1:]  # «приглашается начальник ...»
    if not org_name or _names(position, org_name, acronym):
        return position
    if not position:
        return org_name
    return f"{position}, {org_name}" if lang == "en" else f"{position} ({org_name})"


def _speakers(slot: SlotData) -> list[ParticipantData]:
    return list(slot.participants)


def mc_introduction(
    slot: SlotData, lang: str | None = None, organizations: Mapping[int, OrganizationData] | None = None
) -> str:
    """What the MC says before `slot`: one sentence per participant, in the programme's language."""
    lang = _lang(lang)
    orgs = organizations or {}
    phrases = _PHRASES[lang]
    title = slot.tr("title", lang).strip()
    people = _speakers(slot)
    if slot.kind.is_pause:
        return phrases["break"].format(end=f"{slot.end:%H:%M}")
    if not people:
        return phrases["item"].format(title=title or "…")
    sentences = []
    for p in people:
        who, desc = _who(p, lang), _description(p, lang, orgs)
        if slot.kind is SlotKind.VIDEO:
            sentences.append(phrases["video" if desc else "video_plain"].format(who=who, desc=desc))
            continue
        moderating = p.role in (ParticipantRole.MODERATOR, ParticipantRole.CHAIR)
        actions = _ACTIONS[lang]
        action = actions["moderator"] if moderating else actions.get(slot.kind, actions["default"])
        action = action.format(title=title or "…")
        sentences.append(phrases["invite" if desc else "invite_plain"].format(who=who, desc=desc, action=action))
    return "\n".join(sentences)
