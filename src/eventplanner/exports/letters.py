"""Invitation letters as PDF (merged, or one file per guest) and reminder drafts as .eml files.

The app sends no mail: a reminder is an unsent draft (X-Unsent: 1) the user opens in their mail program.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

from eventplanner.domain.errors import ValidationError
from eventplanner.domain.invitations import Letter
from eventplanner.exports.fonts import FONTS, register_fonts
from eventplanner.exports.programme.images import LoadedImage, load_image
from eventplanner.exports.programme.text import clean, face_markup, shape, visual

MM = 72 / 25.4
ACCENT = "#1f3b5c"


def _markup(text: str) -> str:
    """A paragraph of user text: markup characters printed as typed, line breaks kept."""
    return "<br/>".join(face_markup(visual(shape(clean(line)))) for line in text.split("\n"))


def _logo_row(images: Sequence[LoadedImage], width: float, height: float) -> Any:
    """The hosts' logos side by side, centred, each at most `height` high."""
    from reportlab.platypus import Flowable

    gap = 8 * MM
    sizes = [img.fit(45 * MM, height) for img in images]
    total = sum(w for w, _ in sizes) + gap * (len(sizes) - 1)

    class LogoRow(Flowable):  # type: ignore[misc]
        def wrap(self, _aw: float, _ah: float) -> tuple[float, float]:
            return width, height

        def draw(self) -> None:
            x = (width - total) / 2
            for img, (w, h) in zip(images, sizes, strict=True):
                self.canv.drawImage(img.reader, x, (height - h) / 2, w, h, mask="auto")
                x += w + gap

    return LogoRow()


def letters_pdf(letters: Sequence[Letter], letterhead: Mapping[str, str] | None = None, logos: Sequence[bytes] = (),
                warnings: list[str] | None = None) -> bytes:
    """Each letter on its own page(s): letterhead with the hosts' logos, place and date, subject, body, signature.

    `letterhead`: the hosts' names by language, printed under the logos in each letter's language.
    """
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer

    if not letters:
        raise ValidationError("There is no guest to write to.")
    warnings = warnings if warnings is not None else []
    family = register_fonts()
    body = ParagraphStyle("body", fontName=family, fontSize=11, leading=15.5, spaceAfter=8)
    head = ParagraphStyle("head", parent=body, fontName=FONTS.bold, fontSize=10, leading=13, alignment=TA_CENTER,
                          textColor=colors.HexColor(ACCENT))
    right = ParagraphStyle("right", parent=body, alignment=TA_RIGHT, fontSize=10)
    subject = ParagraphStyle("subject", parent=body, fontName=FONTS.bold)
    small = ParagraphStyle("small", parent=body, fontSize=9, leading=12, textColor=colors.HexColor("#555555"))
    images = [img for i, data in enumerate(logos) if (img := load_image(data, f"logo {i + 1}", warnings))]
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=25 * MM, rightMargin=25 * MM, topMargin=18 * MM,
                            bottomMargin=20 * MM, title=clean(letters[0].subject if len(letters) == 1 else
                                                              "Invitation letters"), author="Event Planner")
    story: list[Any] = []
    for i, letter in enumerate(letters):
        if i:
            story.append(PageBreak())
        if images:
            story.append(_logo_row(images[:4], A4[0] - 50 * MM, 18 * MM))
        heading = (letterhead or {}).get(letter.lang, "")
        if heading:
            story.append(Paragraph(_markup(heading), head))
        story += [Spacer(1, 6 * MM)]
        if letter.place_date:
            story.append(Paragraph(_markup(letter.place_date), right))
        story += [Spacer(1, 4 * MM), Paragraph(_markup(letter.subject), subject), Spacer(1, 2 * MM)]
        for para in letter.body.split("\n\n"):
            if para.strip():
                story.append(Paragraph(_markup(para.strip("\n")), body))
        signature = [Spacer(1, 14 * MM)]
        if letter.signatory:
            signature.append(Paragraph(_markup(letter.signatory), subject))
        if letter.signatory_title:
            signature.append(Paragraph(_markup(letter.signatory_title), small))
        story.append(KeepTogether(signature))
    doc.build(story)
    return buf.getvalue()


REMINDER_TEXTS: dict[str, tuple[str, str]] = {
    "en": ("Reminder: {subject}",
           "{salutation}\n\nMay we kindly remind you of our invitation to {event} on {date}. We would be grateful "
           "for your reply{deadline}.\n\n{contact}\n"),
    "az": ("Xatırlatma: {subject}",
           "{salutation}\n\n{date} tarixində keçiriləcək {event} tədbirinə dəvətimizi xatırladırıq. "
           "Cavabınızı{deadline} gözləyirik.\n\n{contact}\n"),
    "ru": ("Напоминание: {subject}",
           "{salutation}\n\nПозвольте напомнить о нашем приглашении на мероприятие «{event}», которое "
           "состоится {date}. Будем признательны за Ваш ответ{deadline}.\n\n{contact}\n"),
}
_DEADLINE = {"en": " by {d}", "az": " {d} tarixinədək", "ru": " до {d}"}


def reminder_eml(letter: Letter, salutation: str, event: str, date_text: str, sender: str = "",
                 now: datetime | None = None) -> bytes:
    """An unsent e-mail draft reminding a guest who has not answered; the mail program sends it, not us."""
    subject_t, body_t = REMINDER_TEXTS.get(letter.lang, REMINDER_TEXTS["en"])
    deadline = _DEADLINE.get(letter.lang, _DEADLINE["en"]).format(d=letter.rsvp_deadline) if (
        letter.rsvp_deadline) else ""
    msg = EmailMessage()
    msg["Subject"] = " ".join(subject_t.format(subject=letter.subject).split())
    if letter.email.strip():
        try:
            msg["To"] = Address(display_name=" ".join(letter.name.split()), addr_spec=letter.email.strip())
        except (ValueError, IndexError):  # not an address the mail program could use: leave To empty
            msg["X-Event-Planner-Note"] = "The guest's e-mail address could not be used; add it by hand."
    if sender.strip():
        msg["From"] = sender.strip()
    msg["Date"] = format_datetime(now or datetime.now().astimezone())
    msg["X-Unsent"] = "1"
    msg.set_content(body_t.format(salutation=salutation, event=event, date=date_text, deadline=deadline,
                                  contact=letter.contact))
    return bytes(msg)
