"""Programmes in the sample's languages: nothing English in az and ru, and the side-by-side rule."""

from __future__ import annotations

import re

import pytest
from programme_columns import body_text, render_columns

from eventplanner.domain.data import EventData
from eventplanner.services import translations as tr
from eventplanner.services.programme import programme_data
from eventplanner.store.database import Database

ACRONYMS = {"IOM", "UN", "UNNM", "II"}


@pytest.mark.parametrize("lang", ["az", "ru"])
def test_the_sample_prints_no_english_words_in_az_and_ru(db: Database, sample_event: EventData, lang: str) -> None:
    table = tr.text_table(db, sample_event.id)
    english = {w for e in table.entries for w in re.findall(r"[A-Za-z]{3,}", e.primary)}
    # Words the translations themselves use (names spelt alike, Latin-script Azerbaijani) are not English.
    native = {w for e in table.entries for v in e.values.values() for w in re.findall(r"[A-Za-z]{3,}", v)}
    text = body_text(programme_data(db, sample_event.id), lang=lang, include_biographies=True)
    printed = set(re.findall(r"[A-Za-z]{3,}", text))
    assert printed & english - native - ACRONYMS == set()
    assert not {"Mr", "Ms", "Programme", "Speakers", "Coffee"} & printed


def test_side_by_side_prints_an_untranslated_text_once(db: Database, sample_event: EventData) -> None:
    table = tr.text_table(db, sample_event.id)
    wanted = {"Opening speeches": "ru", "Chief of the State Migration Service": "ru"}
    tr.set_texts(db, sample_event.id, [tr.TextEdit(e.key, wanted[e.primary], "") for e in table.entries
                                       if e.primary in wanted])
    data = programme_data(db, sample_event.id)
    left, right = render_columns(data, lang="en", second_lang="ru", bilingual_layout="side_by_side")
    assert "Opening speeches" in left and "Opening speeches" not in right
    assert "Chief of the State Migration Service" in left and "Chief of the State" not in right
    assert "государственный советник миграционной службы II ранга" in right  # the rank is translated
    assert "Приветствие гостей" in right and "Welcome and opening" in left
    # With the languages the other way round, the English fallback is printed once, in the English column.
    left, right = render_columns(data, lang="ru", second_lang="en", bilingual_layout="side_by_side")
    assert "Opening speeches" in right and "Opening speeches" not in left
    # Neither column in the primary language: the fallback shows where the translation lacks, once.
    left, right = render_columns(data, lang="ru", second_lang="az", bilingual_layout="side_by_side")
    assert "Opening speeches" in left and "Açılış nitqləri" in right and "Opening speeches" not in right
    key = next(e.key for e in table.entries if e.primary == "Opening speeches")
    tr.set_texts(db, sample_event.id, [tr.TextEdit(key, "az", "")])
    left, right = render_columns(programme_data(db, sample_event.id), lang="ru", second_lang="az",
                                 bilingual_layout="side_by_side")
    assert left.count("Opening speeches") == 1 and "Opening speeches" not in right


def test_honorifics_start_a_name_line_with_a_capital_and_follow_a_role_in_lower_case(
        db: Database, sample_event: EventData) -> None:
    text = body_text(programme_data(db, sample_event.id), lang="ru")
    assert "Г-н Вусал Гусейнов" in text and "Докладчик: г-жа Ясмина Пиньо" in text
    assert "Cənab Vüsal Hüseynov" in body_text(programme_data(db, sample_event.id), lang="az")
