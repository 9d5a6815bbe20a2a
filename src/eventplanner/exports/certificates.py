"""Certificates of participation: one landscape A4 page per attendee, in one merged PDF.

Partner logos across the top, the wording in one or two languages, signatories with optional signature images.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from eventplanner.domain.errors import ValidationError
from eventplanner.exports.fonts import FONTS
from eventplanner.exports.paragraph_cards import draw_paragraph, fit_paragraph, new_canvas, stack_paragraphs
from eventplanner.exports.programme.images import LoadedImage, load_image

MM = 72 / 25.4
ACCENT = "#1f3b5c"
GOLD = "#b08d3c"
MUTED = "#555555"

#: language -> (title, before the name, after the name for a participant, for a speaker); {event} is filled in.
WORDING: dict[str, tuple[str, str, str, str]] = {
    "en": ("Certificate of participation", "This is to certify that", "took part in {event}",
           "took part as a speaker in {event}"),
    "az": ("İştirak sertifikatı", "Bu sertifikat təsdiq edir ki,", "«{event}» tədbirində iştirak etmişdir",
           "«{event}» tədbirində məruzəçi kimi çıxış etmişdir"),
    "ru": ("Сертификат участника", "Настоящим удостоверяется, что", "принял(а) участие в мероприятии «{event}»",
           "выступил(а) с докладом на мероприятии «{event}»"),
}


@dataclass(frozen=True)
class Signatory:
    name: str
    title: str = ""
    image: bytes | None = field(default=None, repr=False)


@dataclass(frozen=True)
class CertificateWording:
    """The event as one language writes it."""

    lang: str
    event_title: str
    date_text: str
    venue: str = ""


@dataclass(frozen=True)
class Certificate:
    name: str
    speaker: bool = False


def certificates_pdf(certificates: Sequence[Certificate], wording: Sequence[CertificateWording],
                     signatories: Sequence[Signatory] = (), logos: Sequence[bytes] = (),
                     warnings: list[str] | None = None) -> bytes:
    """One page per certificate; `wording` holds one language, or two for a bilingual certificate."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import A4, landscape

    if not certificates:
        raise ValidationError("Nobody has accepted yet, so there are no certificates to print.")
    if not wording:
        raise ValidationError("Choose the certificate's language.")
    warnings = warnings if warnings is not None else []
    w, h = landscape(A4)
    canvas, buf = new_canvas(f"Certificates – {wording[0].event_title}", (w, h), lang=wording[0].lang)
    logo_images = [img for i, d in enumerate(logos[:6]) if (img := load_image(d, f"partner logo {i + 1}", warnings))]
    signs: list[tuple[Signatory, LoadedImage | None]] = [
        (s, load_image(s.image, f"signature of {s.name}", warnings)) for s in signatories[:3]]
    bilingual = len(wording) > 1
    for cert in certificates:
        canvas.setStrokeColor(HexColor(GOLD))
        canvas.setLineWidth(2.5)
        canvas.rect(10 * MM, 10 * MM, w - 20 * MM, h - 20 * MM)
        canvas.setLineWidth(0.6)
        canvas.rect(13 * MM, 13 * MM, w - 26 * MM, h - 26 * MM)
        if logo_images:
            gap = 8 * MM
            sizes = [img.fit(38 * MM, 18 * MM) for img in logo_images]
            x = (w - sum(s[0] for s in sizes) - gap * (len(sizes) - 1)) / 2
            for img, (lw, lh) in zip(logo_images, sizes, strict=True):
                canvas.drawImage(img.reader, x, h - 22 * MM - lh, lw, lh, mask="auto")
                x += lw + gap
        inner = w - 60 * MM
        items: list[tuple[Any, float]] = []
        main = WORDING.get(wording[0].lang, WORDING["en"])
        second = WORDING.get(wording[1].lang, WORDING["en"]) if bilingual else None
        items.append((fit_paragraph(main[0].upper(), FONTS.bold, (26, 24, 22), inner, 14 * MM, ACCENT), 1 * MM))
        if second:
            items.append((fit_paragraph(second[0], FONTS.regular, (13, 12), inner, 8 * MM, MUTED), 5 * MM))
        items.append((fit_paragraph(main[1], FONTS.regular, (13, 12), inner, 8 * MM), 0.5 * MM))
        if second:
            items.append((fit_paragraph(second[1], FONTS.regular, (10, 9), inner, 6 * MM, MUTED), 3 * MM))
        items.append((fit_paragraph(cert.name, FONTS.bold, (30, 28, 26, 24, 20, 16), inner, 16 * MM), 3 * MM))
        for i, (text, lang_wording) in enumerate(((main, wording[0]), (second, wording[1] if bilingual else None))):
            if text is None or lang_wording is None:
                continue
            phrase = (text[3] if cert.speaker else text[2]).format(event=lang_wording.event_title)
            size = (13, 12, 11, 10) if i == 0 else (10, 9, 8.5)
            items.append((fit_paragraph(phrase, FONTS.bold if i == 0 else FONTS.regular, size, inner, 14 * MM,
                               "#000000" if i == 0 else MUTED), 1 * MM))
            place = " · ".join(x for x in (lang_wording.date_text, lang_wording.venue) if x)
            items.append((fit_paragraph(place, FONTS.regular, (10, 9) if i == 0 else (8.5, 8), inner, 6 * MM, MUTED),
                          3 * MM))
        top = h - (46 * MM if logo_images else 28 * MM)
        stack_paragraphs(canvas, items, 30 * MM, top, 52 * MM, inner)
        if signs:
            slot = (w - 60 * MM) / len(signs)
            for i, (s, img) in enumerate(signs):
                cx = 30 * MM + slot * (i + 0.5)
                line_y = 34 * MM
                if img is not None:
                    iw, ih = img.fit(45 * MM, 15 * MM)
                    canvas.drawImage(img.reader, cx - iw / 2, line_y + 1 * MM, iw, ih, mask="auto")
                canvas.setStrokeColor(HexColor("#777777"))
                canvas.setLineWidth(0.5)
                canvas.line(cx - 30 * MM, line_y, cx + 30 * MM, line_y)
                name = fit_paragraph(s.name, FONTS.bold, (10, 9, 8), 60 * MM, 5 * MM)
                title = fit_paragraph(s.title, FONTS.regular, (8, 7.5, 7), 60 * MM, 9 * MM, MUTED)
                used = draw_paragraph(canvas, name, cx - 30 * MM, line_y - 1.5 * MM, 60 * MM, 5 * MM)
                below = line_y - 1.5 * MM - used
                draw_paragraph(canvas, title, cx - 30 * MM, below - 0.5 * MM, 60 * MM, 9 * MM)
        canvas.showPage()
    canvas.save()
    return buf.getvalue()
