"""Every guest document from the sample event, read back: PDF text and structure (pypdf), XLSX cells, .eml drafts."""

from __future__ import annotations

import email
import io
import re
from email import policy
from pathlib import Path
from typing import Any

import docx
import pytest
from openpyxl import load_workbook
from PIL import Image
from pypdf import PdfReader

from eventplanner.domain.data import EventData
from eventplanner.domain.guests import RsvpStatus
from eventplanner.domain.invitations import TemplateData
from eventplanner.services import guest_documents as docs
from eventplanner.services import guests, seating
from eventplanner.services.guest_import import import_guests
from eventplanner.services.letterheads import store_letterhead
from eventplanner.services.people import create_person
from eventplanner.store.database import Database


def pdf_text(path: Path) -> tuple[list[str], PdfReader]:
    reader = PdfReader(path)
    return [" ".join((page.extract_text() or "").split()) for page in reader.pages], reader


def test_list_of_participants_groups_in_protocol_order(db: Database, sample_event: EventData, tmp_path: Path) -> None:
    pages, _ = pdf_text(docs.export_guest_list(db, sample_event.id, tmp_path / "p.pdf"))
    text = " ".join(pages)
    assert "List of participants International Migrants Day 2021 18 December 2021" in text
    assert text.index("Mr. Vusal Huseynov") < text.index("H.E. Mehmet Yıldız") < text.index("H.E. Giulia Ferraro")
    assert "Ms. Dana Abenova" in text and "(on behalf of H.E. Nurlan Seitkali)" in text
    assert "Beridze" not in text and "Haugen" not in text  # declined, not answered
    assert re.search(r"Participants: 35 By category: VIP 12, Official 12, Delegate 7, Media 2, Staff 2", text)
    assert "By sex: Female 18, Male 17" in text


def test_xlsx_has_participants_guest_list_and_counts(db: Database, sample_event: EventData, tmp_path: Path) -> None:
    g = next(x for x in guests.guest_list(db, sample_event.id).guests if x.person.family_name == "Sato")
    guests.update_guest(db, g.id, {"notes": "=HYPERLINK(\"http://evil\")", "dietary": "+1-2"})
    wb = load_workbook(docs.export_guest_list(db, sample_event.id, tmp_path / "g.xlsx"))
    assert wb.sheetnames == ["Participants", "Guest list", "Counts"]
    participants = list(wb["Participants"].iter_rows(values_only=True))
    assert participants[0] == ("No.", "Delegation / organization", "Name", "Position", "Attends for")
    assert len(participants) == 36 and participants[1][2] == "Mr. Vusal Huseynov"
    rows = list(wb["Guest list"].iter_rows())
    sato = next(r for r in rows if r[3].value == "Sato")
    notes = sato[19]
    assert notes.value == "=HYPERLINK(\"http://evil\")" and notes.data_type == "s" and notes.quotePrefix
    counts = {(r[0], r[1]): r[2] for r in wb["Counts"].iter_rows(min_row=2, values_only=True)}
    assert counts[("Answer", "Declined")] == 5 and counts[("Attending by sex", "Female")] == 18
    csv_text = docs.export_guest_list(db, sample_event.id, tmp_path / "g.csv").read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK" in csv_text and "'+1-2" in csv_text
    assert len(csv_text.strip().splitlines()) == 45


def test_sign_in_sheet_has_signature_column_and_blank_rows(db: Database, sample_event: EventData,
                                                           tmp_path: Path) -> None:
    pages, _ = pdf_text(docs.export_signin(db, sample_event.id, tmp_path / "s.pdf", blank_rows=5))
    text = " ".join(pages)
    assert "Sign-in sheet" in text and "Signature" in text and "Walk-ins" in text
    assert "Mr. Kwame Osei" in text
    assert re.search(r"Walk-ins 36 37 38 39 40", text)
    assert not re.search(r"\b41\b", text.split("Walk-ins")[1])


def test_seating_chart_key_and_declined_warning(db: Database, sample_event: EventData, tmp_path: Path) -> None:
    hasanov = next(x for x in guests.guest_list(db, sample_event.id).guests if x.person.family_name == "Hasanov")
    guests.set_rsvp(db, hasanov.id, RsvpStatus.DECLINED)
    pages, reader = pdf_text(docs.export_seating(db, sample_event.id, tmp_path / "c.pdf"))
    first = pages[0]
    assert first.startswith("Presidium — Plenary hall")
    assert "Head table (presidium), 7 of 7 seats taken" in first
    assert "⚠ Mr. Elnur Hasanov declined but is still seated (seat 3)." in first
    assert "1 Mr. Vusal Huseynov" in first
    assert "— on behalf of H.E. Rauf Mammadli" in first
    assert any(p.startswith("Front rows — Plenary hall") for p in pages)
    assert reader.metadata is not None and reader.metadata.title == "Seating – International Migrants Day 2021"


def test_place_cards_in_the_guests_and_the_hosts_language(db: Database, sample_event: EventData,
                                                          tmp_path: Path) -> None:
    pages, reader = pdf_text(docs.export_place_cards(db, sample_event.id, tmp_path / "cards.pdf", host_lang="az"))
    seated = sum(len(c.seats) for c in seating.charts(db, sample_event.id))
    assert len(reader.pages) == seated
    abenova = next(p for p in pages if "Abenova" in p or "Абенова" in p)
    assert "Ms. Дана Абенова" in abenova and "Ms. Dana Abenova" in abenova  # ru (guest), az (host: no translation)
    huseynov = pages[0]
    assert "Dövlət Miqrasiya Xidmətinin rəisi" in huseynov and "Presidium · seat 1" in huseynov


def test_invitations_merged_and_one_per_guest(db: Database, sample_event: EventData, tmp_path: Path) -> None:
    folder = tmp_path / "letters"
    folder.mkdir()
    written = docs.export_invitations(db, sample_event.id, tmp_path / "inv.pdf", lang="en", one_per_guest=folder)
    pages, _reader = pdf_text(written[0])
    letters = docs.invitation_letters(db, sample_event.id, "en")
    assert len(written) == len(letters) + 1 == len(list(folder.glob("*.pdf"))) + 1
    assert all(x.name.split()[-1] != "Huseynov" for x in letters)  # the host's own people get no letter
    sato = next(p for p in pages if "Haruto Sato" in p)
    assert ("His Excellency Mr. Haruto Sato, Ambassador of Japan to the Republic of Azerbaijan, Embassy of Japan "
            "in Azerbaijan Your Excellency,") in sato
    assert "to be held on 18 December 2021" in sato and "by 10 December 2021 to Protocol Office" in sato
    assert "{" not in " ".join(pages)
    one, _ = pdf_text(sorted(folder.glob("*.pdf"))[0])
    assert len(one) == 1


def test_each_guest_gets_their_language_and_a_hostile_template_prints_as_typed(
        db: Database, sample_event: EventData, tmp_path: Path) -> None:
    letters = docs.invitation_letters(db, sample_event.id)
    kz = next(x for x in letters if "Сейткали" in x.name or "Seitkali" in x.name)
    assert kz.lang == "ru" and kz.body.startswith("Его Превосходительство г-н Нурлан Сейткали")
    template = docs.invitation_template(db, sample_event.id, "en")
    hostile = TemplateData(sample_event.id, "en", "Hi <b>{name}</b> & {oops}",
                           "{salutation}\n\n<i>Ə ş ğ ı</i> مرحبا & {unknown_thing} " + "x" * 10_000,
                           template.rsvp_deadline, "a@b.c", "Ms. <Signer>", "Title & Co", template.id,
                           template.version)
    saved = docs.save_invitation_template(db, hostile)
    assert saved.body == hostile.body
    letter = docs.invitation_letters(db, sample_event.id, "en")[0]
    assert letter.unknown == ("unknown_thing", "oops")
    path = docs.export_invitations(db, sample_event.id, tmp_path / "h.pdf", lang="en")[0]
    text = " ".join(pdf_text(path)[0])
    assert "Hi <b>" in text and "{oops}" in text and "<i>Ə ş ğ ı</i>" in text and "Ms. <Signer>" in text


def test_reminders_are_unsent_drafts_for_silent_guests(db: Database, sample_event: EventData, tmp_path: Path) -> None:
    written = docs.write_reminders(db, sample_event.id, tmp_path, sender="protocol@example.org")
    silent = [g for g in guests.guest_list(db, sample_event.id).guests if g.rsvp is RsvpStatus.INVITED]
    assert len(written) == len(silent) == 4
    msg = email.message_from_bytes(written[0].read_bytes(), policy=policy.default)
    assert msg["X-Unsent"] == "1" and msg["From"] == "protocol@example.org"
    assert msg["To"] == "\"H.E. Ingrid Haugen\" <haugen@example.org>" or "haugen@example.org" in msg["To"]
    assert msg["Subject"] == "Reminder: Invitation: International Migrants Day 2021"
    body = msg.get_body().get_content()  # type: ignore[union-attr]
    assert body.startswith("Your Excellency,") and "by 10 December 2021" in body


def test_a_bad_email_address_leaves_the_draft_usable(db: Database, sample_event: EventData, tmp_path: Path) -> None:
    table = tmp_path / "g.csv"
    table.write_text('Given name,Family name,Email\nBad,"Address\nBcc: x@y","not an <address>\r\nBcc: a@b"\n',
                     encoding="utf-8")
    import_guests(db, table, sample_event.id)
    written = docs.write_reminders(db, sample_event.id, tmp_path)
    assert len(written) == 5
    for path in written:
        msg = email.message_from_bytes(path.read_bytes(), policy=policy.default)
        assert msg["Bcc"] is None and msg["Subject"]


def _png() -> bytes:
    buf = io.BytesIO()
    Image.new("RGBA", (300, 100), (20, 40, 160, 255)).save(buf, "PNG")
    return buf.getvalue()


def test_certificates_bilingual_with_signatures(db: Database, sample_event: EventData, tmp_path: Path) -> None:
    pages, _reader = pdf_text(docs.export_certificates(db, sample_event.id, tmp_path / "c.pdf", "en", "az",
                                                      signature_images=[_png(), b"not an image"]))
    assert len(pages) == guests.guest_list(db, sample_event.id).counts.attending
    first = pages[0]
    assert first.startswith("CERTIFICATE OF PARTICIPATION İştirak sertifikatı This is to certify that")
    assert "Mr. Vusal Huseynov took part as a speaker in International Migrants Day 2021" in first
    assert "«Beynəlxalq Miqrantlar Günü 2021» tədbirində məruzəçi kimi çıxış etmişdir" in first
    assert "Chief of the State Migration Service, State Migration Service of the Republic of Azerbaijan" in first
    assert "Director General of the International Organization for Migration" in first
    assert any("took part in International Migrants Day 2021" in p for p in pages)
    speakers, _ = pdf_text(docs.export_certificates(db, sample_event.id, tmp_path / "s.pdf", speakers_only=True))
    assert len(speakers) == 6  # in the room; the video message's speaker is not


@pytest.mark.parametrize("call", ["participants", "signin", "seating", "cards", "certificates"])
def test_documents_survive_hostile_guests(call: str, db: Database, sample_event: EventData, tmp_path: Path) -> None:
    p = create_person(db, honorific="H.E.", given_name="<b>Ə&ş</b>", family_name="مرحبا " + "y" * 3000,
                      position="Посол " + "z" * 10_000)
    (g,) = guests.add_guests(db, sample_event.id, [p.id])
    guests.set_rsvp(db, g.id, RsvpStatus.ACCEPTED)
    chart = seating.charts(db, sample_event.id)[0]
    seating.set_seats(db, chart.id, {**chart.occupants, 8: (p.id, g.id)})
    out = tmp_path / "x.pdf"
    {"participants": lambda: docs.export_guest_list(db, sample_event.id, out),
     "signin": lambda: docs.export_signin(db, sample_event.id, out),
     "seating": lambda: docs.export_seating(db, sample_event.id, out),
     "cards": lambda: docs.export_place_cards(db, sample_event.id, out),
     "certificates": lambda: docs.export_certificates(db, sample_event.id, out)}[call]()
    text = " ".join(pdf_text(out)[0])
    assert "<b>Ə&ş</b>" in text


def _docx_text(path: Path) -> tuple[list[str], Any]:
    document = docx.Document(str(path))
    return [p.text for p in document.paragraphs], document


def test_participants_as_word_table(db: Database, sample_event: EventData, tmp_path: Path) -> None:
    warnings: list[str] = []
    paragraphs, document = _docx_text(docs.export_guest_list(db, sample_event.id, tmp_path / "p.docx",
                                                             warnings=warnings))
    assert paragraphs[:2] == ["List of participants", "International Migrants Day 2021"]
    rows = [[c.text for c in r.cells] for r in document.tables[0].rows]
    assert rows[0] == ["No.", "Name", "Position, organization"]
    assert rows[1] == ["State Migration Service of the Republic of Azerbaijan"] * 3  # the group's merged row
    assert rows[2][:2] == ["1", "Mr. Vusal Huseynov"]
    abenova = next(r for r in rows if r[1] == "Ms. Dana Abenova")
    assert abenova[2].endswith("(on behalf of H.E. Nurlan Seitkali)")
    assert sum(1 for r in rows if r[0].isdigit()) == 35
    assert "Participants: 35" in paragraphs and warnings == []


def test_invitations_as_word_on_the_letterhead(db: Database, sample_event: EventData, tmp_path: Path) -> None:
    merged, _document = _docx_text(docs.export_invitations(db, sample_event.id, tmp_path / "i.docx", "en")[0])
    assert "Your Excellency," in merged and "State Migration Service of the Republic of Azerbaijan" in merged
    assert any(p.startswith("His Excellency Mr. Haruto Sato, Ambassador of Japan") for p in merged)
    letterhead = docx.Document()
    letterhead.sections[0].header.paragraphs[0].text = "MINISTRY LETTERHEAD <&>"
    buf = io.BytesIO()
    letterhead.save(buf)
    store_letterhead(db, buf.getvalue(), "lh.docx", sample_event.id)
    folder = tmp_path / "one"
    folder.mkdir()
    written = docs.export_invitations(db, sample_event.id, None, "ru", folder, per_guest_format="docx")
    assert all(p.suffix == ".docx" for p in written) and len(written) == len(docs.invitation_letters(db,
                                                                                                      sample_event.id))
    first, document = _docx_text(written[0])
    assert document.sections[0].header.paragraphs[0].text == "MINISTRY LETTERHEAD <&>"
    assert "Государственная миграционная служба Азербайджанской Республики" not in first[:1]  # the letterhead heads it
    assert any(p.startswith("Приглашение: Международный день мигрантов 2021") for p in first)
