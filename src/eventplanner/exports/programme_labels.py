"""Translated labels printed in the programme (en, az, ru). Qt-free, so the CLI and tests can use it.

Content (titles, names, positions) comes translated from the data model; this module only holds the fixed
words around it. Unknown languages fall back to English.
"""

from __future__ import annotations

from eventplanner.domain.enums import (
    PARTICIPANT_ROLE_LABELS,
    SLOT_KIND_LABELS,
    EventRole,
    ParticipantRole,
    SlotKind,
)

PROGRAMME_LANGUAGES: tuple[str, ...] = ("en", "az", "ru")

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "programme": "Programme",
        "day": "Day {n}",
        "page": "page {n} of {m}",
        "partners": "Partners",
        "speakers": "Speakers",
        "empty": "No agenda items yet",
        "empty_hint": "The agenda of this event has not been published yet.",
        "draft": "DRAFT",
        "date": "Date",
        "venue": "Venue",
        "organized_by": "Organized by",
        "with": "jointly with",
        "parallel": "Parallel sessions",
        "continued": "continued",
        "online": "online",
        "subject": "Programme of {title}",
        "quote_open": "“",
        "quote_close": "”",
    },
    "az": {
        "programme": "Proqram",
        "day": "{n}-{suffix} gün",
        "page": "səhifə {n} / {m}",
        "partners": "Tərəfdaşlar",
        "speakers": "Çıxış edənlər",
        "empty": "Gündəlikdə hələ heç bir bənd yoxdur",
        "empty_hint": "Bu tədbirin gündəliyi hələ dərc olunmayıb.",
        "draft": "LAYİHƏ",
        "date": "Tarix",
        "venue": "Məkan",
        "organized_by": "Təşkilatçı",
        "with": "birgə təşkilatçı",
        "parallel": "Paralel sessiyalar",
        "continued": "davamı",
        "online": "onlayn",
        "subject": "{title} — proqram",
        "quote_open": "“",
        "quote_close": "”",
    },
    "ru": {
        "programme": "Программа",
        "day": "День {n}",
        "page": "стр. {n} из {m}",
        "partners": "Партнёры",
        "speakers": "Выступающие",
        "empty": "Пункты программы пока не добавлены",
        "empty_hint": "Программа этого мероприятия ещё не опубликована.",
        "draft": "ЧЕРНОВИК",
        "date": "Дата",
        "venue": "Место проведения",
        "organized_by": "Организатор",
        "with": "совместно с",
        "parallel": "Параллельные сессии",
        "continued": "продолжение",
        "online": "онлайн",
        "subject": "Программа: {title}",
        "quote_open": "«",
        "quote_close": "»",
    },
}

KIND_LABELS: dict[str, dict[SlotKind, str]] = {
    "en": dict(SLOT_KIND_LABELS),
    "az": {
        SlotKind.WELCOME: "Salamlama nitqi",
        SlotKind.OPENING: "Açılış nitqi",
        SlotKind.KEYNOTE: "Əsas məruzə",
        SlotKind.SPEECH: "Çıxış",
        SlotKind.VIDEO: "Video müraciət",
        SlotKind.PRESENTATION: "Təqdimat",
        SlotKind.PANEL: "Panel müzakirəsi",
        SlotKind.DISCUSSION: "Müzakirə",
        SlotKind.QA: "Sual-cavab",
        SlotKind.BREAK: "Kofe fasiləsi",
        SlotKind.MEAL: "Nahar",
        SlotKind.CEREMONY: "Mərasim",
        SlotKind.CLOSING: "Yekun nitqi",
        SlotKind.REGISTRATION: "Qeydiyyat",
        SlotKind.DINNER: "Şam yeməyi",
        SlotKind.RECEPTION: "Rəsmi qəbul",
        SlotKind.PHOTO: "Fotosessiya",
        SlotKind.SIGNING: "İmzalanma mərasimi",
        SlotKind.PRESS: "Mətbuat konfransı",
        SlotKind.NETWORKING: "Tanışlıq və ünsiyyət",
        SlotKind.OTHER: "Digər",
    },
    "ru": {
        SlotKind.WELCOME: "Приветственное слово",
        SlotKind.OPENING: "Вступительное слово",
        SlotKind.KEYNOTE: "Основной доклад",
        SlotKind.SPEECH: "Выступление",
        SlotKind.VIDEO: "Видеообращение",
        SlotKind.PRESENTATION: "Презентация",
        SlotKind.PANEL: "Панельная дискуссия",
        SlotKind.DISCUSSION: "Дискуссия",
        SlotKind.QA: "Вопросы и ответы",
        SlotKind.BREAK: "Кофе-брейк",
        SlotKind.MEAL: "Обед",
        SlotKind.CEREMONY: "Церемония",
        SlotKind.CLOSING: "Заключительное слово",
        SlotKind.REGISTRATION: "Регистрация",
        SlotKind.DINNER: "Ужин",
        SlotKind.RECEPTION: "Приём",
        SlotKind.PHOTO: "Фотосессия",
        SlotKind.SIGNING: "Церемония подписания",
        SlotKind.PRESS: "Пресс-конференция",
        SlotKind.NETWORKING: "Нетворкинг",
        SlotKind.OTHER: "Другое",
    },
}

ROLE_LABELS: dict[str, dict[ParticipantRole, str]] = {
    "en": dict(PARTICIPANT_ROLE_LABELS),
    "az": {
        ParticipantRole.SPEAKER: "Çıxış edən",
        ParticipantRole.MODERATOR: "Moderator",
        ParticipantRole.CHAIR: "Sədr",
        ParticipantRole.PRESENTER: "Təqdimatçı",
        ParticipantRole.PANELIST: "Panel iştirakçısı",
    },
    "ru": {
        ParticipantRole.SPEAKER: "Выступающий",
        ParticipantRole.MODERATOR: "Модератор",
        ParticipantRole.CHAIR: "Председатель",
        ParticipantRole.PRESENTER: "Докладчик",
        ParticipantRole.PANELIST: "Участник дискуссии",
    },
}

EVENT_ROLE_LABELS: dict[str, dict[EventRole, str]] = {
    "en": {
        EventRole.HOST: "Host",
        EventRole.CO_ORGANIZER: "Co-organizer",
        EventRole.PARTNER: "Partner",
        EventRole.SPONSOR: "Sponsor",
        EventRole.SUPPORTER: "Supporter",
    },
    "az": {
        EventRole.HOST: "Təşkilatçı",
        EventRole.CO_ORGANIZER: "Birgə təşkilatçı",
        EventRole.PARTNER: "Tərəfdaş",
        EventRole.SPONSOR: "Sponsor",
        EventRole.SUPPORTER: "Dəstəkçi",
    },
    "ru": {
        EventRole.HOST: "Организатор",
        EventRole.CO_ORGANIZER: "Соорганизатор",
        EventRole.PARTNER: "Партнёр",
        EventRole.SPONSOR: "Спонсор",
        EventRole.SUPPORTER: "При поддержке",
    },
}


def _lang(lang: str | None) -> str:
    return lang if lang in LABELS else "en"


def label(key: str, lang: str | None, **values: object) -> str:
    """The label `key` in `lang` (English when missing), with `{placeholders}` filled from `values`."""
    text = LABELS[_lang(lang)].get(key) or LABELS["en"][key]
    return text.format(**values) if values else text


def kind_label(kind: SlotKind, lang: str | None) -> str:
    return KIND_LABELS[_lang(lang)].get(kind) or SLOT_KIND_LABELS[kind]


def role_label(role: ParticipantRole, lang: str | None) -> str:
    return ROLE_LABELS[_lang(lang)].get(role) or PARTICIPANT_ROLE_LABELS[role]


def event_role_label(role: EventRole, lang: str | None) -> str:
    return EVENT_ROLE_LABELS[_lang(lang)][role]


def az_ordinal_suffix(n: int) -> str:
    """Azerbaijani ordinal suffix by vowel harmony of the number's last word: 1-ci, 3-cü, 6-cı, 9-cu."""
    if n == 0:
        return "cı"
    units = n % 10
    if units:
        return {1: "ci", 2: "ci", 3: "cü", 4: "cü", 5: "ci", 6: "cı", 7: "ci", 8: "ci", 9: "cu"}[units]
    tens = (n // 10) % 10
    if tens:
        return {1: "cu", 2: "ci", 3: "cu", 4: "cı", 5: "ci", 6: "cı", 7: "ci", 8: "ci", 9: "cı"}[tens]
    return "cü" if n % 1000 else "ci"  # yüz -> yüzüncü, min -> mininci


def day_label(n: int, lang: str | None) -> str:
    """'Day 2' / '2-ci gün' / 'День 2'."""
    return label("day", lang, n=n, suffix=az_ordinal_suffix(n))
