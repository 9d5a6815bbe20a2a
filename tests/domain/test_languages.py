"""Content languages are data: label files, honorifics, and a new language added by its file alone."""

from __future__ import annotations

import json
from pathlib import Path

from eventplanner.domain.languages import (
    SECTIONS,
    SHIPPED,
    content_languages,
    honorific,
    language_codes,
    load_languages,
    word,
)
from eventplanner.exports import programme_labels as L
from eventplanner.paths import resource


def test_shipped_languages_come_first_and_have_every_key_of_english() -> None:
    assert language_codes()[:3] == SHIPPED
    english = content_languages()["en"]
    for code in SHIPPED:
        lang = content_languages()[code]
        for section in SECTIONS:
            assert set(lang.sections[section]) == set(english.sections[section]), (code, section)


def test_honorifics_and_their_combinations() -> None:
    assert honorific("H.E. Mr.", "az") == "Zati-aliləri cənab"
    assert honorific("H.E. Ms.", "ru") == "Её Превосходительство г-жа"
    assert honorific("Mr.", "ru") == "г-н"
    assert honorific("Ms.", "az") == "xanım"
    # A combination the file lacks is put together from its parts; an unknown word stays as typed.
    assert honorific("Prof.  H.E.", "az") == "Prof. Zati-aliləri"
    assert honorific("Sheikh", "ru") == "Sheikh"
    assert honorific("", "az") == ""


def test_added_words_fall_back_to_english() -> None:
    assert word("added_titles", "meal", "ru") == "Обед"
    assert word("added_titles", "meal", "xx") == "Lunch"
    assert word("added_titles", "nothing", "az") is None


def _copy_shipped(folder: Path) -> None:
    for code in SHIPPED:
        (folder / f"{code}.json").write_text(resource("languages", f"{code}.json").read_text("utf-8"), "utf-8")


def test_a_new_language_needs_only_its_label_file(tmp_path: Path) -> None:
    _copy_shipped(tmp_path)
    french = {"format": "eventplanner-language/1", "code": "fr", "name": "Français", "english_name": "French",
              "programme": {"programme": "Programme", "speakers": "Intervenants"},
              "honorifics": {"Mr.": "M.", "Ms.": "Mme"}, "slot_kinds": {"break": "Pause-café"}}
    (tmp_path / "fr.json").write_text(json.dumps(french), "utf-8")
    arabic = {"format": "eventplanner-language/1", "code": "ar", "name": "العربية", "english_name": "Arabic",
              "programme": {"programme": "البرنامج"}}
    (tmp_path / "ar.json").write_text(json.dumps(arabic, ensure_ascii=False), "utf-8")
    found = load_languages(tmp_path)
    assert list(found) == ["en", "az", "ru", "ar", "fr"]
    assert found["fr"].word("honorifics", "Mr.") == "M."
    assert found["ar"].name == "العربية"


def test_a_broken_label_file_is_left_out(tmp_path: Path) -> None:
    _copy_shipped(tmp_path)
    (tmp_path / "fr.json").write_text("{not json", "utf-8")
    (tmp_path / "de.json").write_text(json.dumps({"format": "eventplanner-language/1", "code": "nl"}), "utf-8")
    (tmp_path / "it.json").write_text(json.dumps({"format": "other"}), "utf-8")
    assert list(load_languages(tmp_path)) == ["en", "az", "ru"]


def test_programme_labels_read_the_label_files() -> None:
    assert L.label("speakers", "az") == "Çıxış edənlər"
    assert L.label("speakers", "xx") == "Speakers"
    assert set(L.PROGRAMME_LANGUAGES) >= set(SHIPPED)


def test_capitalized_follows_the_language() -> None:
    from eventplanner.domain.languages import capitalized

    assert capitalized("г-н Вусал", "ru") == "Г-н Вусал"
    assert capitalized("ilk", "az") == "İlk" and capitalized("ilk", "en") == "Ilk"
    assert capitalized("", "az") == ""
