"""The translations service: every text of an event with a stable key, batch edits that undo, missing counts."""

from __future__ import annotations

import pytest

from eventplanner.domain.data import EventData
from eventplanner.domain.enums import SlotKind
from eventplanner.domain.errors import ValidationError
from eventplanner.domain.translations import TextEdit, TextKey, TextKind
from eventplanner.services import agenda, events
from eventplanner.services import translations as tr
from eventplanner.services.programme import missing_texts, missing_warning, programme_data
from eventplanner.store.database import Database


def _key(table: tr.TextTable, text: str) -> TextKey:
    return next(e.key for e in table.entries if e.primary == text)


def test_the_sample_lists_every_kind_of_text_translated_completely(db: Database, sample_event: EventData) -> None:
    table = tr.text_table(db, sample_event.id)
    assert table.languages == ("en", "az", "ru") and table.primary == "en"
    keys = [e.key for e in table.entries]
    assert len(keys) == len(set(keys))
    kinds = {e.kind for e in table.entries}
    assert kinds >= {TextKind.EVENT, TextKind.SLOT_TITLE, TextKind.DESCRIPTION, TextKind.NAME, TextKind.POSITION,
                     TextKind.ORGANIZATION}
    assert table.missing_counts() == {"az": 0, "ru": 0}
    rank = next(e for e in table.entries if e.primary == "II rank state migration service counselor")
    assert rank.value("az") == "II dərəcəli dövlət miqrasiya xidməti müşaviri"
    assert rank.value("ru") == "государственный советник миграционной службы II ранга"
    # The Ombudsman's office has no role in the event but is a speaker's organization: it is listed too.
    assert any("Ombudsman" in e.primary and e.key.owner == "org" for e in table.entries)


def test_set_texts_in_one_step_and_undo(db: Database, sample_event: EventData) -> None:
    table = tr.text_table(db, sample_event.id)
    title = _key(table, "Opening speeches")
    given = _key(table, "Vusal")
    changes = tr.set_texts(db, sample_event.id, [
        TextEdit(title, "ru", "  Вступительные слова <b> & \x07 "),
        TextEdit(given, "az", "Vüsal"),  # unchanged: not reported
        TextEdit(title, "en", "Opening statements"),
    ])
    assert [(c.key, c.lang, c.new) for c in changes] == [
        (title, "ru", "Вступительные слова <b> &"),
        (title, "en", "Opening statements"),
    ]
    after = tr.text_table(db, sample_event.id).by_key()[title]
    assert after.primary == "Opening statements" and after.value("ru") == "Вступительные слова <b> &"
    tr.set_texts(db, sample_event.id, tr.undo_edits(changes))
    back = tr.text_table(db, sample_event.id).by_key()[title]
    assert back.primary == "Opening speeches" and back.value("ru") == "Вступительные речи"
    tr.set_texts(db, sample_event.id, tr.redo_edits(changes))
    assert tr.text_table(db, sample_event.id).by_key()[title].value("ru") == "Вступительные слова <b> &"


def test_clearing_a_translation_makes_it_missing(db: Database, sample_event: EventData) -> None:
    table = tr.text_table(db, sample_event.id)
    theme = _key(table, "Harnessing the potential of human mobility")
    tr.set_texts(db, sample_event.id, [TextEdit(theme, "az", "   ")])
    assert tr.missing_counts(db, sample_event.id) == {"az": 1, "ru": 0}
    data = programme_data(db, sample_event.id, with_images=False)
    assert data.event.tr("theme", "az") == "Harnessing the potential of human mobility"
    found = missing_texts(data, ("az", "ru"))
    assert [(m.lang, m.count) for m in found] == [("az", 1)]
    line = missing_warning(found, "migrants-day-2021")
    assert line is not None and line.startswith("1 text has no Azerbaijani (az) translation and prints in English")


@pytest.mark.parametrize("edit, message", [
    (TextEdit(TextKey("slot", 99999, "title"), "az", "x"), "not a text of this event"),
    (TextEdit(TextKey("event", 1, "title"), "fr", "x"), "does not offer"),
    (TextEdit(TextKey("event", 1, "title"), "en", " "), "cannot be empty"),
    (TextEdit(TextKey("event", 1, "title"), "az", "x" * 20_001), "at most"),
])
def test_a_bad_edit_refuses_the_whole_batch(db: Database, sample_event: EventData, edit: TextEdit,
                                            message: str) -> None:
    before = tr.text_table(db, sample_event.id)
    good = TextEdit(_key(before, "Coffee break"), "ru", "Перерыв")
    with pytest.raises(ValidationError, match=message):
        tr.set_texts(db, sample_event.id, [good, edit])
    assert tr.text_table(db, sample_event.id) == before


def test_texts_of_another_event_are_refused(db: Database, sample_event: EventData) -> None:
    from datetime import date

    other = events.create_event(db, "Other", date(2022, 1, 1))
    key = _key(tr.text_table(db, sample_event.id), "Opening speeches")
    with pytest.raises(ValidationError, match="not a text of this event"):
        tr.set_texts(db, other.id, [TextEdit(key, "az", "x")])


def test_event_languages_are_data(db: Database, sample_event: EventData) -> None:
    assert tr.set_event_languages(db, sample_event.id, ["ru"]) == ("en", "ru")
    assert tr.text_table(db, sample_event.id).languages == ("en", "ru")
    with pytest.raises(ValidationError, match="Unknown content language"):
        tr.set_event_languages(db, sample_event.id, ["xx"])


def test_break_button_names_the_break_in_each_language(db: Database, sample_event: EventData) -> None:
    first = agenda.list_slots(db, sample_event.id)[0]
    draft = agenda.break_draft(db, first.id, kind=SlotKind.MEAL)
    assert draft.title == "Lunch"
    assert draft.translations == {"az": {"title": "Nahar"}, "ru": {"title": "Обед"}}
    change = agenda.insert_break_after(db, first.id)
    assert change.slot is not None
    assert change.slot.title == "Coffee break" and change.slot.translations["ru"]["title"] == "Кофе-брейк"


def test_programme_data_gives_honorifics_in_each_language(db: Database, sample_event: EventData) -> None:
    data = programme_data(db, sample_event.id, with_images=False)
    person = next(p for p in data.people if p.family_name == "Huseynov")
    assert person.tr("honorific", "az") == "cənab" and person.tr("honorific", "ru") == "г-н"
