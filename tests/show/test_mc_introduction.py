"""The MC's introduction, drafted from the data in protocol form, in English, Azerbaijani and Russian."""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventplanner.domain.data import OrganizationData, ParticipantData, PersonData, SlotData
from eventplanner.domain.enums import ParticipantRole, SlotKind
from eventplanner.domain.mc import mc_introduction, spoken_honorific
from eventplanner.services import scenario
from eventplanner.store.database import Database

START = datetime(2021, 12, 18, 10, 0)
MINISTER = PersonData(
    id=1, given_name="Elmar", family_name="Məmmədov", honorific="H.E.", position="Minister of Foreign Affairs",
    organization_id=7, organization_name="Ministry of Foreign Affairs",
    translations={"az": {"position": "Xarici işlər naziri"}, "ru": {"position": "Министр иностранных дел"}},
)
IOM = OrganizationData(id=8, name="International Organization for Migration", acronym="IOM",
                       translations={"az": {"name": "Beynəlxalq Miqrasiya Təşkilatı"},
                                     "ru": {"name": "Международная организация по миграции"}})
EXPERT = PersonData(id=2, given_name="Yasmina", family_name="Pinjo", honorific="Ms.", position="Expert",
                    organization_id=8, organization_name=IOM.name,
                    translations={"az": {"position": "Ekspert"}, "ru": {"position": "Эксперт"}})


def slot(kind: SlotKind, *people: PersonData, title: str = "Migration Profile") -> SlotData:
    return SlotData(id=1, event_id=1, start=START, duration_minutes=10, kind=kind, title=title,
                    participants=tuple(ParticipantData(p, ParticipantRole.SPEAKER, i) for i, p in enumerate(people)),
                    translations={"az": {"title": "Miqrasiya Profili"}, "ru": {"title": "Миграционный профиль"}})


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "I now have the honour to invite His Excellency Elmar Məmmədov, Minister of Foreign Affairs, "
               "to deliver the welcome address."),
        ("az", "Salamlama nitqi ilə çıxış etmək üçün Xarici işlər naziri Zati-aliləri Elmar Məmmədov dəvət olunur."),
        ("ru", "Для приветственного слова приглашается министр иностранных дел Его Превосходительство "
               "Elmar Məmmədov."),
    ],
)
def test_welcome_in_protocol_form(lang: str, expected: str) -> None:
    assert mc_introduction(slot(SlotKind.WELCOME, MINISTER), lang) == expected


@pytest.mark.parametrize(
    ("lang", "organization", "title"),
    [("en", "International Organization for Migration", "“Migration Profile”"),
     ("az", "Beynəlxalq Miqrasiya Təşkilatı", "“Miqrasiya Profili”"),
     ("ru", "Международная организация по миграции", "«Миграционный профиль»")],
)
def test_presentation_names_organization_and_title_in_the_language(lang: str, organization: str, title: str) -> None:
    text = mc_introduction(slot(SlotKind.PRESENTATION, EXPERT), lang, {IOM.id: IOM})
    assert organization in text and title in text and "Yasmina Pinjo" in text
    assert spoken_honorific("Ms.", lang) in text


def test_one_sentence_per_speaker_and_video_and_break() -> None:
    text = mc_introduction(slot(SlotKind.OPENING, MINISTER, EXPERT), "en")
    assert len(text.splitlines()) == 2
    assert mc_introduction(slot(SlotKind.VIDEO, MINISTER), "ru").startswith("Уважаемые гости")
    assert "11:30" not in mc_introduction(slot(SlotKind.BREAK), "az")
    assert "10:10" in mc_introduction(slot(SlotKind.BREAK), "az")
    assert mc_introduction(slot(SlotKind.OTHER), "xx").startswith("Ladies and gentlemen")  # unknown: English


def test_markup_and_long_text_pass_through_unharmed() -> None:
    odd = PersonData(id=3, given_name="<b>Ann</b> & Co", family_name="ş" * 5000, position="Head")
    text = mc_introduction(slot(SlotKind.SPEECH, odd), "en")
    assert "<b>Ann</b> & Co" in text and "ş" * 5000 in text


@pytest.mark.parametrize("lang", ["en", "az", "ru"])
def test_drafted_from_the_sample_data(db: Database, sample_event: object, lang: str) -> None:
    first = scenario.scenario(db, sample_event.id).items[0].slot  # type: ignore[attr-defined]
    text = scenario.draft_mc_text(db, first.id, lang)
    name = {"en": "Vusal Huseynov", "az": "Vüsal Hüseynov", "ru": "Вусал Гусейнов"}[lang]  # the sample spells them
    assert name in text
    position = {"en": "Chief of the State Migration Service", "az": "Dövlət Miqrasiya Xidmətinin rəisi",
                "ru": "начальник Государственной миграционной службы"}[lang]
    assert position in text


@settings(max_examples=100, deadline=None)
@given(given_name=st.text(min_size=1, max_size=40).filter(str.strip),
       position=st.text(max_size=80), lang=st.sampled_from(["en", "az", "ru"]),
       kind=st.sampled_from([k for k in SlotKind if not k.is_pause]))
def test_any_speaker_is_named_in_every_language(given_name: str, position: str, lang: str, kind: SlotKind) -> None:
    person = PersonData(id=9, given_name=given_name, family_name="", honorific="Mr.", position=position)
    text = mc_introduction(slot(kind, person), lang)
    assert given_name in text and text.strip()
