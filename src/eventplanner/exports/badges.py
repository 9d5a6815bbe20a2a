"""Name badges (eight per A4 sheet, with bleed and crop marks) and folded table tent cards for the speakers.

Print-shop ready: every badge is 90 × 60 mm with 3 mm of bleed on each side (the colour bands run into it),
no frame on the cut line, crop marks in the sheet's margin, a role band (Speaker, Moderator, Organizer,
Guest) and all the organizers' logos. Text is set by the programme's typesetter (Noto Sans with kerning,
DejaVu for missing glyphs, user text printed literally); long text shrinks to fit, then ends with "…".
"""

from __future__ import annotations

import io
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eventplanner.domain.data import PersonData, ProgrammeData
from eventplanner.domain.enums import EventRole, ParticipantRole
from eventplanner.domain.errors import ValidationError
from eventplanner.exports.atomic import atomic_write_bytes
from eventplanner.exports.fonts import FONTS, register_fonts
from eventplanner.exports.programme.images import LoadedImage, load_image
from eventplanner.exports.programme.items import TextLine
from eventplanner.exports.programme.styles import TextStyle
from eventplanner.exports.programme.text import clean, shape, visual
from eventplanner.exports.programme.textlayout import Para, Segment, Typesetter

MM = 72 / 25.4
BADGE_W, BADGE_H = 90 * MM, 60 * MM
BLEED = 3 * MM
GUTTER = 2 * BLEED  # between badges: each one's bleed, nothing shared, so a cut never shows a neighbour
COLS, ROWS = 2, 4
ACCENT = "#1f3b5c"
MUTED = "#4a5561"
MIN_SIZE = 7.5
NBSP = "\u00a0"

#: Role band: label per language and colour.
ROLE_BANDS: dict[str, tuple[dict[str, str], str]] = {
    "speaker": ({"en": "Speaker", "az": "Məruzəçi", "ru": "Докладчик"}, "#1f3b5c"),
    "moderator": ({"en": "Moderator", "az": "Moderator", "ru": "Модератор"}, "#1b7a8c"),
    "organizer": ({"en": "Organizer", "az": "Təşkilatçı", "ru": "Организатор"}, "#8a4b0f"),
    "guest": ({"en": "Guest", "az": "Qonaq", "ru": "Гость"}, "#5f6b76"),
}
_MODERATING = (ParticipantRole.MODERATOR, ParticipantRole.CHAIR)


@dataclass(frozen=True)
class BadgePerson:
    name: str
    title_line: str
    organization: str
    #: "speaker", "moderator", "organizer" or "guest" (the role band).
    role: str = "speaker"


def _role(person: PersonData, roles: set[ParticipantRole], organizer_ids: set[int]) -> str:
    if person.organization_id is not None and person.organization_id in organizer_ids:
        return "organizer"
    if roles & set(_MODERATING):
        return "moderator"
    return "speaker" if roles else "guest"


def badge_people(data: ProgrammeData, lang: str | None = None) -> list[BadgePerson]:
    """Everyone in the agenda, in order of appearance, with translated position, organization and role."""
    orgs = {o.organization.id: o.organization for o in data.organizations}
    organizer_ids = {o.organization.id for o in data.organizations if o.role in (EventRole.HOST,
                                                                                   EventRole.CO_ORGANIZER)}
    roles: dict[int, set[ParticipantRole]] = {}
    for slot in data.slots:
        for p in slot.participants:
            roles.setdefault(p.person.id, set()).add(p.role)

    def org_of(p: PersonData) -> str:
        org = orgs.get(p.organization_id or -1)
        return org.tr("name", lang) if org else p.organization_name

    return [
        BadgePerson(NBSP.join(p.display_name.split()), p.title_line(lang), org_of(p),
                    _role(p, roles.get(p.id, set()), organizer_ids))
        for p in data.people
    ]


class _Text:
    """Fitted text blocks drawn with the programme's typesetter."""

    def __init__(self) -> None:
        self.ts = Typesetter()

    def fit(self, text: str, face: str, sizes: Sequence[float], width: float, height: float,
            color: str = "#000000", align: str = "center", balance: bool = True) -> list[TextLine]:
        """Lines of `text` at the largest size that fits width × height; at the smallest, cut with '…'."""
        text = " ".join(clean(text).split())
        if not text:
            return []
        style = TextStyle(face, sizes[-1], sizes[-1] * 1.18, color, align=align)  # type: ignore[arg-type]
        for size in sizes:
            style = TextStyle(face, size, size * 1.18, color, align=align)  # type: ignore[arg-type]
            lines = self.ts.lines(Para([Segment(text, style)], balance=balance), width)
            if sum(ln.height for ln in lines) <= height + 0.01:
                return lines
        max_lines = max(1, int(height // style.leading))
        return self.ts.lines(Para([Segment(text, style)], max_lines=max_lines), width)


def _height(lines: Sequence[TextLine]) -> float:
    return sum(ln.height for ln in lines)


def _draw_lines(canvas: Any, lines: Sequence[TextLine], x: float, top: float, width: float) -> float:
    """Draw lines with the first one's top at `top` (PDF coordinates); returns the height used."""
    y = top
    for line in lines:
        line.draw(canvas, x, y, width)
        y -= line.height
    return top - y


def _stack(canvas: Any, blocks: list[tuple[list[TextLine], float]], x: float, top: float, bottom: float,
           width: float) -> None:
    """Text blocks one under the other, centred vertically between top and bottom."""
    blocks = [(lines, gap) for lines, gap in blocks if lines]
    total = sum(_height(lines) + gap for lines, gap in blocks) - (blocks[-1][1] if blocks else 0)
    y = top - max(0.0, (top - bottom - total) / 2)
    for lines, gap in blocks:
        y -= _draw_lines(canvas, lines, x, y, width) + gap


def _logos(data: ProgrammeData, warnings: list[str]) -> list[LoadedImage]:
    """Every organizer's logo (hosts first), those that load."""
    out: list[LoadedImage] = []
    for eo in sorted((o for o in data.organizations if o.role in (EventRole.HOST, EventRole.CO_ORGANIZER)),
                     key=lambda o: (o.role.rank, o.position)):
        image = load_image(eo.organization.logo, f"logo of {eo.organization.name}", warnings)
        if image is not None:
            out.append(image)
    return out


def _logo_row(canvas: Any, logos: Sequence[LoadedImage], x: float, top: float, max_w: float, h: float,
              gap: float) -> float:
    """Logos side by side from (x, top), scaled to height h within max_w; returns the width used."""
    if not logos:
        return 0.0
    sizes = [logo.fit(max_w, h) for logo in logos]
    total = sum(w for w, _ in sizes) + gap * (len(sizes) - 1)
    scale = min(1.0, max_w / total) if total else 1.0
    dx = 0.0
    for logo, (w, lh) in zip(logos, sizes, strict=True):
        canvas.drawImage(logo.reader, x + dx, top - lh * scale, w * scale, lh * scale, mask="auto")
        dx += (w + gap) * scale
    return dx - gap * scale


def _badge(canvas: Any, text: _Text, x: float, y: float, person: BadgePerson, event_title: str,
           logos: Sequence[LoadedImage], lang: str | None) -> None:
    """One badge with its trim box at (x, y); colour bands run into the bleed, nothing is drawn on the cut."""
    from reportlab.lib.colors import HexColor

    pad = 5 * MM
    inner = BADGE_W - 2 * pad
    labels, band_colour = ROLE_BANDS[person.role]
    canvas.saveState()
    canvas.setFillColor(HexColor(ACCENT))
    canvas.rect(x - BLEED, y + BADGE_H - 1.5 * MM, BADGE_W + 2 * BLEED, 1.5 * MM + BLEED, stroke=0, fill=1)
    band = 8.5 * MM
    canvas.setFillColor(HexColor(band_colour))
    canvas.rect(x - BLEED, y - BLEED, BADGE_W + 2 * BLEED, band + BLEED, stroke=0, fill=1)
    role = text.fit(labels.get(lang or "en", labels["en"]).upper(), "bold", (10.5, 9, MIN_SIZE), inner, band,
                    "#FFFFFF")
    _draw_lines(canvas, role, x + pad, y + (band + _height(role)) / 2, inner)
    head_top = y + BADGE_H - 4 * MM
    head_h = 9 * MM
    used = _logo_row(canvas, logos, x + pad, head_top, inner * 0.5, head_h, 2.5 * MM)
    title_x = x + pad + (used + 3 * MM if used else 0.0)
    title_w = x + BADGE_W - pad - title_x
    title = text.fit(event_title, "bold", (8.5, 8, MIN_SIZE), title_w, head_h, ACCENT, align="left")
    _draw_lines(canvas, title, title_x, head_top - max(0.0, (head_h - _height(title)) / 2), title_w)
    rule_y = head_top - head_h - 1.5 * MM
    canvas.setStrokeColor(HexColor("#c8d0da"))
    canvas.setLineWidth(0.4)
    canvas.line(x + pad, rule_y, x + BADGE_W - pad, rule_y)
    _stack(
        canvas,
        [
            (text.fit(person.name, "bold", (20, 18, 16, 14, 12, 11), inner, 15 * MM), 1.5 * MM),
            (text.fit(person.title_line, "regular", (9, 8.5, 8, MIN_SIZE), inner, 7.5 * MM, MUTED), 1.0 * MM),
            (text.fit(person.organization, "bold", (8.5, 8, MIN_SIZE), inner, 7 * MM, ACCENT), 0.0),
        ],
        x + pad,
        rule_y - 1.5 * MM,
        y + band + 1.5 * MM,
        inner,
    )
    canvas.restoreState()


def _crop_marks(canvas: Any, xs: Sequence[float], ys: Sequence[float], left: float, right: float, bottom: float,
                top: float) -> None:
    """Marks in the sheet's margin at every trim line, clear of the bleed (1 mm off, 5 mm long, 0.25 pt)."""
    canvas.saveState()
    canvas.setLineWidth(0.25)
    canvas.setStrokeColorRGB(0, 0, 0)
    off, length = BLEED + 1 * MM, 5 * MM
    for x in xs:
        canvas.line(x, bottom - off, x, bottom - off - length)
        canvas.line(x, top + off, x, top + off + length)
    for y in ys:
        canvas.line(left - off, y, left - off - length, y)
        canvas.line(right + off, y, right + off + length, y)
    canvas.restoreState()


def _canvas(data: ProgrammeData, what: str, lang: str | None, size: tuple[float, float]) -> tuple[Any, io.BytesIO]:
    from reportlab.pdfgen.canvas import Canvas

    from eventplanner import APP_NAME

    register_fonts()
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=size, pageCompression=1, invariant=1, initialFontName=FONTS.regular,
                    lang=lang or data.event.language or "en")
    title = clean(data.event.tr("title", lang))
    hosts = [o.organization.tr("name", lang) for o in data.hosts]
    canvas.setTitle(f"{what} – {title}")
    canvas.setAuthor(clean("; ".join(hosts)) or APP_NAME)
    canvas.setSubject(f"{what} for {title}")
    canvas.setCreator(APP_NAME)
    return canvas, buf


def badges_pdf(data: ProgrammeData, lang: str | None = None, warnings: list[str] | None = None) -> bytes:
    from reportlab.lib.pagesizes import A4

    warnings = warnings if warnings is not None else []
    people = badge_people(data, lang)
    if not people:
        raise ValidationError("The agenda has no speakers yet, so there are no badges to print.")
    event_title = data.event.tr("title", lang)
    canvas, buf = _canvas(data, "Badges", lang, A4)
    text = _Text()
    logos = _logos(data, warnings)
    block_w = COLS * BADGE_W + (COLS - 1) * GUTTER
    x0 = (A4[0] - block_w) / 2
    per_page = COLS * ROWS
    for start in range(0, len(people), per_page):
        page = people[start : start + per_page]
        rows = -(-len(page) // COLS)
        block_h = rows * BADGE_H + (rows - 1) * GUTTER
        y_top = A4[1] - (A4[1] - (ROWS * BADGE_H + (ROWS - 1) * GUTTER)) / 2
        for i, person in enumerate(page):
            col, row = i % COLS, i // COLS
            x = x0 + col * (BADGE_W + GUTTER)
            y = y_top - (row + 1) * BADGE_H - row * GUTTER
            _badge(canvas, text, x, y, person, event_title, logos, lang)
        xs = [x0 + c * (BADGE_W + GUTTER) + d for c in range(COLS) for d in (0.0, BADGE_W)]
        ys = [y_top - r * (BADGE_H + GUTTER) - d for r in range(rows) for d in (0.0, BADGE_H)]
        _crop_marks(canvas, xs, ys, x0, x0 + block_w, y_top - block_h, y_top)
        canvas.showPage()
    canvas.save()
    warnings.extend(_missing(text))
    return buf.getvalue()


def _missing(text: _Text) -> list[str]:
    from eventplanner.exports.programme.document import missing_glyphs_warning

    message = missing_glyphs_warning(list(text.ts.missing))
    return [message] if message else []


def _card_half(canvas: Any, text: _Text, w: float, h: float, person: BadgePerson, event_title: str,
               logos: Sequence[LoadedImage]) -> None:
    """One half of a tent card, drawn upright in a w x h box at the origin."""
    pad = 14 * MM
    inner = w - 2 * pad
    _stack(
        canvas,
        [
            (text.fit(person.name, "bold", (44, 40, 36, 32, 28, 24, 20), inner, 42 * MM), 5 * MM),
            (text.fit(person.title_line, "regular", (15, 14, 13, 12, 11), inner, 20 * MM, MUTED), 2.5 * MM),
            (text.fit(person.organization, "bold", (14, 13, 12, 11), inner, 14 * MM, ACCENT), 0),
        ],
        pad,
        h - 12 * MM,
        30 * MM,
        inner,
    )
    used = _logo_row(canvas, logos, pad, 21 * MM, inner * 0.45, 11 * MM, 4 * MM)
    foot_x = pad + (used + 5 * MM if used else 0.0)
    foot_w = w - pad - foot_x
    foot = text.fit(event_title, "regular", (9.5, 9, 8.5, 8, MIN_SIZE), foot_w, 11 * MM, ACCENT,
                    align="right" if used else "center")
    _draw_lines(canvas, foot, foot_x, 21 * MM - max(0.0, (11 * MM - _height(foot)) / 2), foot_w)


def table_cards_pdf(data: ProgrammeData, lang: str | None = None, warnings: list[str] | None = None) -> bytes:
    """A4 portrait, folded across the middle: the name on both halves, the upper one upside down."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import A4

    from eventplanner.exports.fonts import draw_text

    warnings = warnings if warnings is not None else []
    people = badge_people(data, lang)
    if not people:
        raise ValidationError("The agenda has no speakers yet, so there are no table cards to print.")
    event_title = data.event.tr("title", lang)
    canvas, buf = _canvas(data, "Table cards", lang, A4)
    text = _Text()
    logos = _logos(data, warnings)
    w, h = A4[0], A4[1] / 2
    for person in people:
        _card_half(canvas, text, w, h, person, event_title, logos)
        canvas.saveState()
        canvas.translate(w, 2 * h)
        canvas.rotate(180)
        _card_half(canvas, text, w, h, person, event_title, logos)
        canvas.restoreState()
        canvas.saveState()
        canvas.setStrokeColor(HexColor("#9aa5b1"))
        canvas.setDash(4, 3)
        canvas.setLineWidth(0.5)
        canvas.line(0, h, w, h)
        canvas.setFillColor(HexColor("#9aa5b1"))
        draw_text(canvas, 6 * MM, h + 1.5 * MM, visual(shape("fold")), FONTS.regular, MIN_SIZE)
        canvas.restoreState()
        canvas.showPage()
    canvas.save()
    warnings.extend(_missing(text))
    return buf.getvalue()


def write_badges(data: ProgrammeData, path: str | os.PathLike[str], kind: str = "badges",
                 lang: str | None = None) -> Path:
    """`kind`: "badges" (eight per sheet) or "cards" (folded table tent cards)."""
    if kind not in ("badges", "cards"):
        raise ValidationError(f"Print “badges” or table “cards”, not “{kind}”.")
    blob = badges_pdf(data, lang) if kind == "badges" else table_cards_pdf(data, lang)
    atomic_write_bytes(path, blob)
    return Path(path)
