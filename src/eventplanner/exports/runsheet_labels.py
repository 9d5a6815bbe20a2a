"""Fixed words of the run sheet and the timings report in en, az and ru (content comes translated from data)."""

from __future__ import annotations

from eventplanner.domain.scenario import CUE_KIND_LABELS, Audience, CueKind

RUNSHEET_LANGUAGES: tuple[str, ...] = ("en", "az", "ru")

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "run_sheet": "Run sheet", "time": "Time", "duration": "Duration", "item": "Item", "who": "Who",
        "cues": "Cues", "responsible": "Responsible", "version": "Version {n}", "printed": "Printed {when}",
        "call": "Call {time} ({n} min before)", "tech": "Technical needs", "draft": "DRAFT", "page": "Page {n}",
        "no_items": "No agenda items yet.", "minutes": "{n} min", "date": "Date", "end": "End", "kind": "Kind",
        "cue_time": "Cue time", "cue_kind": "Cue kind", "cue": "Cue", "call_time": "Call time",
        "call_note": "Call note", "duration_min": "Duration (min)", "room": "Room",
        "for_all": "Full version", "for_mc": "Master of ceremonies", "for_tech": "Technical crew",
        "for_protocol": "Protocol",
    },
    "az": {
        "run_sheet": "Ssenari", "time": "Vaxt", "duration": "Müddət", "item": "Bənd", "who": "Kim",
        "cues": "Göstərişlər", "responsible": "Məsul", "version": "Versiya {n}", "printed": "Çap olunub: {when}",
        "call": "Çağırış {time} ({n} dəq əvvəl)", "tech": "Texniki tələblər", "draft": "LAYİHƏ",
        "page": "Səhifə {n}", "no_items": "Gündəlikdə hələ heç bir bənd yoxdur.", "minutes": "{n} dəq",
        "date": "Tarix", "end": "Bitmə", "kind": "Növ", "cue_time": "Göstəriş vaxtı", "cue_kind": "Göstəriş növü",
        "cue": "Göstəriş", "call_time": "Çağırış vaxtı", "call_note": "Çağırış qeydi",
        "duration_min": "Müddət (dəq)", "room": "Zal",
        "for_all": "Tam versiya", "for_mc": "Aparıcı", "for_tech": "Texniki heyət",
        "for_protocol": "Protokol",
    },
    "ru": {
        "run_sheet": "Сценарий", "time": "Время", "duration": "Длит.", "item": "Пункт", "who": "Кто",
        "cues": "Реплики и сигналы", "responsible": "Ответственный", "version": "Версия {n}",
        "printed": "Напечатано {when}", "call": "Вызов {time} (за {n} мин)", "tech": "Техника",
        "draft": "ЧЕРНОВИК", "page": "Стр. {n}", "no_items": "Пункты программы пока не добавлены.",
        "minutes": "{n} мин", "date": "Дата", "end": "Конец", "kind": "Тип", "cue_time": "Время сигнала",
        "cue_kind": "Тип сигнала", "cue": "Сигнал", "call_time": "Время вызова", "call_note": "Примечание к вызову",
        "duration_min": "Длительность (мин)", "room": "Зал",
        "for_all": "Полная версия", "for_mc": "Ведущий", "for_tech": "Технический персонал",
        "for_protocol": "Протокол",
    },
}

CUE_LABELS: dict[str, dict[CueKind, str]] = {
    "en": {CueKind.MC: "MC", CueKind.AUDIO: "Audio", CueKind.VIDEO: "Video", CueKind.STAGE: "Light/stage",
           CueKind.PROTOCOL: "Protocol", CueKind.INTERPRETATION: "Interpretation"},
    "az": {CueKind.MC: "Aparıcı", CueKind.AUDIO: "Səs", CueKind.VIDEO: "Video", CueKind.STAGE: "İşıq/səhnə",
           CueKind.PROTOCOL: "Protokol", CueKind.INTERPRETATION: "Tərcümə"},
    "ru": {CueKind.MC: "Ведущий", CueKind.AUDIO: "Звук", CueKind.VIDEO: "Видео", CueKind.STAGE: "Свет/сцена",
           CueKind.PROTOCOL: "Протокол", CueKind.INTERPRETATION: "Перевод"},
}


def _lang(lang: str | None) -> str:
    return lang if lang in LABELS else "en"


def audience_label(audience: Audience, lang: str | None) -> str:
    return label(f"for_{audience.value}", lang)


def label(key: str, lang: str | None, **values: object) -> str:
    text = LABELS[_lang(lang)].get(key) or LABELS["en"][key]
    return text.format(**values) if values else text


def cue_label(kind: CueKind, lang: str | None) -> str:
    return CUE_LABELS[_lang(lang)].get(kind) or CUE_KIND_LABELS[kind]
