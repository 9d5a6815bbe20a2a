"""Seating charts for the usher and the door (a plan with numbered seats and a key), and folded place cards.

Seat numbers are protocol ranks (1 = seat of honour), so the key reads in protocol order. Place cards print the
name on both halves of a folded A4 sheet: one half in the guest's language, the other in the host's.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from eventplanner.domain.data import EventData
from eventplanner.domain.errors import ValidationError
from eventplanner.domain.seating import CHART_KIND_LABELS, ChartData, ChartKind, SeatData, seat_places
from eventplanner.exports.fonts import FONTS, register_fonts
from eventplanner.exports.paragraph_cards import draw_paragraph, fit_paragraph, new_canvas, stack_paragraphs
from eventplanner.exports.programme.text import clean, face_markup, format_date_range, shape, visual
from eventplanner.exports.speaker_list_pdf import cell_markup

MM = 72 / 25.4
ACCENT = "#1f3b5c"
MUTED = "#555555"
TABLE_FILL = "#e8edf3"
LABEL_BAND = 14 * MM


def _line(text: str) -> str:
    return face_markup(visual(shape(clean(" ".join(text.split())))))


def _short(seat: SeatData) -> str:
    """What fits beside a seat on the plan: the family name (or given name)."""
    return seat.person.family_name or seat.person.given_name


def _plan_flowable(chart: ChartData, width: float, height: float) -> Any:
    """The plan as a platypus flowable (ReportLab loads only here)."""
    from reportlab.platypus import Flowable

    plan = _Plan(chart, width, height)

    class PlanFlowable(Flowable):  # type: ignore[misc]
        def wrap(self, _aw: float, _ah: float) -> tuple[float, float]:
            return plan.width, plan.height

        def draw(self) -> None:
            plan.draw(self.canv)

    return PlanFlowable()


class _Plan:
    """Draws the chart's tables and numbered seats scaled into width x height."""

    def __init__(self, chart: ChartData, width: float, height: float) -> None:
        places = seat_places(chart.layout)
        span_x = max(p.x for p in places) - min(p.x for p in places) + 2
        span_y = max(p.y for p in places) - min(p.y for p in places) + 2
        unit = min(width / span_x, (height - 2 * LABEL_BAND) / span_y, 30 * MM)
        height = min(height, span_y * unit + 2 * LABEL_BAND)  # no empty band under a small plan
        self.chart, self.width, self.height = chart, width, height

    def draw(self, canvas: Any) -> None:
        from reportlab.lib.colors import HexColor

        layout = self.chart.layout
        places = seat_places(layout)
        xs, ys = [p.x for p in places], [p.y for p in places]
        span_x, span_y = max(xs) - min(xs) + 2, max(ys) - min(ys) + 2
        label_band = LABEL_BAND
        unit = min(self.width / span_x, (self.height - 2 * label_band) / span_y, 30 * MM)
        ox = (self.width - (span_x - 2) * unit) / 2 - min(xs) * unit
        top = self.height - label_band - unit

        def pos(x: float, y: float) -> tuple[float, float]:
            return ox + x * unit, top - (y - min(ys)) * unit

        canvas.saveState()
        canvas.setFont(FONTS.bold, 9)
        canvas.setFillColor(HexColor(MUTED))
        if layout.kind is ChartKind.THEATRE:
            canvas.setFillColor(HexColor(TABLE_FILL))
            canvas.rect(self.width * 0.2, self.height - label_band + 2 * MM, self.width * 0.6, 8 * MM, stroke=0,
                        fill=1)
            canvas.setFillColor(HexColor(MUTED))
            canvas.drawCentredString(self.width / 2, self.height - label_band + 4.5 * MM, "STAGE")
        else:
            canvas.drawCentredString(self.width / 2, 3 * MM, "AUDIENCE / ROOM")
        canvas.setFillColor(HexColor(TABLE_FILL))
        canvas.setStrokeColor(HexColor("#9aa5b1"))
        if layout.kind in (ChartKind.HEAD_TABLE, ChartKind.U_SHAPE):
            x0, y0 = pos(-0.5, 0.45)
            x1, _ = pos(layout.seats - 0.5, 0.45)
            canvas.rect(x0, y0 - 0.35 * unit, x1 - x0, 0.35 * unit, fill=1)
            if layout.kind is ChartKind.U_SHAPE and layout.rows:
                for left in (-0.6, layout.seats - 0.4):  # the arms, inside the seats at x = -1 and x = seats
                    ax, ay = pos(left, 0.45)
                    canvas.rect(ax, ay - layout.rows * unit, 0.35 * unit, layout.rows * unit, fill=1)
        elif layout.kind is ChartKind.ROUNDS:
            tables: dict[int, list[tuple[float, float]]] = {}
            for p in places:
                tables.setdefault(p.table, []).append(pos(p.x, p.y))
            for table, points in tables.items():
                cx = sum(x for x, _ in points) / len(points)
                cy = sum(y for _, y in points) / len(points)
                r = max(((x - cx) ** 2 + (y - cy) ** 2) ** 0.5 for x, y in points) - 0.45 * unit
                canvas.setFillColor(HexColor(TABLE_FILL))
                canvas.circle(cx, cy, max(r, 0.3 * unit), fill=1)
                canvas.setFillColor(HexColor(MUTED))
                canvas.setFont(FONTS.bold, max(6, min(10, unit * 0.3)))
                canvas.drawCentredString(cx, cy - 3, f"Table {table}")
        seats = self.chart.by_number
        radius = unit * 0.32
        for p in places:
            x, y = pos(p.x, p.y)
            seat = seats.get(p.number)
            canvas.setFillColor(HexColor(ACCENT if seat else "#ffffff"))
            canvas.setStrokeColor(HexColor(ACCENT))
            canvas.circle(x, y, radius, fill=1)
            canvas.setFillColor(HexColor("#ffffff" if seat else ACCENT))
            canvas.setFont(FONTS.bold, max(5, min(11, radius * 0.9)))
            canvas.drawCentredString(x, y - radius * 0.3, str(p.number))
            if seat and unit >= 14 * MM:
                canvas.setFillColor(HexColor("#000000"))
                size = max(5.0, min(8.0, unit * 0.2))
                canvas.setFont(FONTS.regular, size)
                name = visual(shape(clean(_short(seat))))
                while name and canvas.stringWidth(name, FONTS.regular, size) > unit * 0.98:
                    name = name[:-1]
                above = layout.kind in (ChartKind.HEAD_TABLE, ChartKind.U_SHAPE) and p.y == 0  # table below
                canvas.drawCentredString(x, y + radius + 2 if above else y - radius - size - 1, name)
        canvas.restoreState()


def _key(chart: ChartData, width: float, styles: Mapping[str, Any], lang: str | None) -> Any:
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, Table, TableStyle

    rows: list[list[Any]] = []
    for seat in chart.seats:
        line = seat.person.title_line(lang)
        if seat.person.organization_name and seat.person.organization_name not in line:
            line = ", ".join(x for x in (line, seat.person.organization_name) if x)
        if seat.on_behalf_of:
            line += f" — on behalf of {seat.on_behalf_of}"
        rows.append([Paragraph(str(seat.number), styles["num"]), Paragraph(cell_markup(seat.name, 120), styles["b"]),
                     Paragraph(cell_markup(line, 240), styles["cell"])])
    if not rows:
        rows.append(["", Paragraph("No one is seated yet.", styles["cell"]), ""])
    table = Table(rows, colWidths=[10 * MM, 60 * MM, width - 70 * MM], repeatRows=0)
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#c8d0da")),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    return table


def seating_pdf(event: EventData, charts: Sequence[ChartData], lang: str | None = None) -> bytes:
    """One page per chart (the key continues overleaf when long): the plan, warnings, then the numbered key."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer

    if not charts:
        raise ValidationError("The event has no seating chart yet; add one first.")
    family = register_fonts()
    base = ParagraphStyle("cell", fontName=family, fontSize=8.5, leading=10.5)
    styles = {
        "cell": base, "b": ParagraphStyle("b", parent=base, fontName=FONTS.bold),
        "num": ParagraphStyle("num", parent=base, fontName=FONTS.bold, alignment=TA_RIGHT),
        "title": ParagraphStyle("t", parent=base, fontName=FONTS.bold, fontSize=15, leading=19),
        "sub": ParagraphStyle("s", parent=base, fontSize=9.5, leading=12, textColor=colors.HexColor(MUTED)),
        "warn": ParagraphStyle("w", parent=base, textColor=colors.HexColor("#a4262c")),
    }
    page = landscape(A4)
    margin = 12 * MM
    width = page[0] - 2 * margin
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=page, leftMargin=margin, rightMargin=margin, topMargin=margin,
                            bottomMargin=margin, title=clean(f"Seating – {event.title}"), author="Event Planner")
    when = format_date_range(event.start_date, event.end_date, lang or event.language or "en")
    story: list[Any] = []
    for i, chart in enumerate(charts):
        if i:
            story.append(PageBreak())
        heading = " — ".join(x for x in (chart.name, chart.room_name) if x)
        story += [
            Paragraph(_line(heading), styles["title"]),
            Paragraph(_line(f"{event.tr('title', lang)} · {when} · {CHART_KIND_LABELS[chart.layout.kind]}, "
                            f"{len(chart.seats)} of {chart.layout.capacity} seats taken"), styles["sub"]),
            Spacer(1, 3 * MM),
            _plan_flowable(chart, width, 95 * MM),
            Spacer(1, 3 * MM),
        ]
        story += [Paragraph(_line(f"⚠ {w}"), styles["warn"]) for w in chart.warnings]
        story.append(_key(chart, width, styles, lang))
    doc.build(story)
    return buf.getvalue()


@dataclass(frozen=True)
class PlaceCard:
    """One folded name plate: the same person in two languages."""

    seat: int
    chart: str
    name: tuple[str, str]
    line: tuple[str, str]
    """Position and organization in the guest's language and in the host's."""


def place_cards_pdf(event: EventData, cards: Sequence[PlaceCard], host_lang: str) -> bytes:
    """A4 portrait per card, folded across the middle; the upper half (upside down) faces the guest."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import A4

    if not cards:
        raise ValidationError("No one is seated yet, so there are no place cards to print.")
    canvas, buf = new_canvas(f"Place cards – {event.title}", A4, lang=host_lang)
    w, h = A4[0], A4[1] / 2
    title = event.tr("title", host_lang)
    for card in cards:
        for half, upside_down in ((1, False), (0, True)):
            canvas.saveState()
            if upside_down:
                canvas.translate(w, 2 * h)
                canvas.rotate(180)
            pad = 14 * MM
            inner = w - 2 * pad
            stack_paragraphs(canvas, [
                (fit_paragraph(card.name[half], FONTS.bold, (46, 42, 38, 34, 30, 26, 22), inner, 44 * MM), 5 * MM),
                (fit_paragraph(card.line[half], FONTS.regular, (16, 15, 14, 13, 12, 11), inner, 24 * MM, MUTED), 0),
            ], pad, h - 14 * MM, 24 * MM, inner)
            foot = fit_paragraph(title, FONTS.regular, (9, 8), inner, 10 * MM, ACCENT)
            draw_paragraph(canvas, foot, pad, 16 * MM, inner, 10 * MM)
            canvas.restoreState()
        canvas.saveState()
        canvas.setStrokeColor(HexColor("#9aa5b1"))
        canvas.setDash(4, 3)
        canvas.setLineWidth(0.5)
        canvas.line(0, h, w, h)
        canvas.setFont(FONTS.regular, 6)
        canvas.setFillColor(HexColor("#9aa5b1"))
        canvas.drawString(6 * MM, h + 1.5 * MM, "fold")
        canvas.drawRightString(w - 6 * MM, 5 * MM, visual(shape(clean(f"{card.chart} · seat {card.seat}")))[:120])
        canvas.restoreState()
        canvas.showPage()
    canvas.save()
    return buf.getvalue()
