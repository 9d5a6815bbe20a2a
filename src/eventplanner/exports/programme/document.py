"""Page templates, running footer with 'page N of M', DRAFT watermark, metadata, and the build itself."""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus.doctemplate import BaseDocTemplate, PageTemplate
from reportlab.platypus.flowables import Flowable, KeepTogether
from reportlab.platypus.frames import Frame

from eventplanner import APP_NAME, __version__
from eventplanner.domain.data import ProgrammeData
from eventplanner.domain.enums import EventRole, EventStatus
from eventplanner.exports.fonts import FONTS, draw_text, register_fonts, text_width
from eventplanner.exports.programme import header as H
from eventplanner.exports.programme.agenda import AgendaBuilder
from eventplanner.exports.programme.context import Context
from eventplanner.exports.programme.flowables import AtFoot, Block, KeepTail
from eventplanner.exports.programme.options import DescriptionSuggestion, ProgrammeOptions
from eventplanner.exports.programme.text import shape, visual
from eventplanner.exports.programme.textlayout import Typesetter
from eventplanner.gc_pause import cycle_collector_paused


class _Furniture:
    """What every page carries: the running footer and, for drafts, the watermark."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        event = ctx.data.event
        title = event.tr("short_title", ctx.lang) or event.tr("title", ctx.lang)
        self.running = visual(shape(f"{title} · {ctx.labels('programme', ' · ')}"))
        self.draft = event.status is EventStatus.DRAFT
        self.footer_style = ctx.s("footer")
        self.mark_style = ctx.s("watermark")

    def watermark(self, canv: Canvas, _doc: Any) -> None:
        if not self.draft:
            return
        paper = self.ctx.paper
        style = self.mark_style
        text = self.ctx.label("draft")
        size = style.size * paper.scale
        width = canv.stringWidth(text, FONTS.bold, size)
        diagonal = (paper.width**2 + paper.height**2) ** 0.5
        size = min(size, size * diagonal * 0.7 / max(width, 1.0))
        canv.saveState()
        canv.setFillColor(self.ctx.color(style.color))
        canv.setFont(FONTS.bold, size)
        canv.translate(paper.width / 2, paper.height / 2)
        canv.rotate(54.7 if paper.height > paper.width else 35.0)
        canv.drawCentredString(0, -size * 0.35, text)
        canv.restoreState()

    def running_head(self, canv: Canvas, text: str) -> None:
        """'Day 2 · Thursday, 22 August · Hall B, continued' at the top of a page that continues a section."""
        paper = self.ctx.paper
        style = self.ctx.s("running_head")
        text = visual(shape(f"{text}, {self.ctx.label('continued')}"))
        y = paper.height - paper.margin_top * 0.55
        canv.saveState()
        canv.setFillColor(self.ctx.color(style.color))
        while len(text) > 1 and text_width(text, FONTS.regular, style.size) > paper.frame_width:
            text = text[:-2] + "…"
        draw_text(canv, paper.margin_x, y, text, FONTS.regular, style.size)
        canv.setStrokeColor(self.ctx.color("#D3DAE1"))
        canv.setLineWidth(0.5)
        canv.line(paper.margin_x, y - style.size * 0.7, paper.width - paper.margin_x, y - style.size * 0.7)
        canv.restoreState()

    def footer(self, canv: Canvas, page: int, pages: int | str) -> None:
        """'page 1 of 12'; a first page shown early has '…' for the total, not yet known."""
        paper = self.ctx.paper
        style = self.footer_style
        y = paper.margin_bottom * 0.5
        canv.saveState()
        canv.setStrokeColor(self.ctx.color("#D3DAE1"))
        canv.setLineWidth(0.5)
        canv.line(paper.margin_x, y + style.size * 1.6, paper.width - paper.margin_x, y + style.size * 1.6)
        canv.setFillColor(self.ctx.color(style.color))
        right = self.ctx.labels("page", " · ", n=page, m=pages)
        right_w = text_width(right, FONTS.regular, style.size)
        text = self.running
        room = paper.frame_width - right_w - 12
        if text_width(text, FONTS.regular, style.size) > room:
            while text and text_width(text + "…", FONTS.regular, style.size) > room:
                text = text[:-1]
            text += "…"
        draw_text(canv, paper.margin_x, y, text, FONTS.regular, style.size)
        draw_text(canv, paper.width - paper.margin_x - right_w, y, right, FONTS.regular, style.size)
        canv.restoreState()


def _flate_only(page: Any) -> None:
    """Give a finished page its content stream compressed without ReportLab's ASCII85 layer on top.

    ASCII85 makes the file a quarter larger and, without ReportLab's C accelerator, was a tenth of the
    programme's time (issue 20). The page prints and reads the same; ReportLab would otherwise build this very
    stream with both filters when it writes the page.
    """
    from reportlab.pdfbase.pdfdoc import PDFStream, PDFZCompress

    if page.compression and page.stream and not page.Contents:
        stream = PDFStream()
        stream.filters = [PDFZCompress]
        stream.content = page.stream
        stream.__Comment__ = "page stream"
        page.Contents = stream


def _canvas_class(furniture: _Furniture) -> type[Canvas]:
    class NumberedCanvas(Canvas):  # type: ignore[misc]
        """Holds pages back until the end so the footer can say 'page N of M'."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._saved_pages: list[dict[str, Any]] = []
            self._page_opening: dict[int, Block] = {}  # page number -> the first block drawn on it

        def note_block(self, block: Block) -> None:
            """Called by every Block as it draws: the first one on a page decides its running header."""
            self._page_opening.setdefault(self.getPageNumber(), block)

        def page_opened(self, number: int) -> bool:
            """Whether some block has been drawn on page `number` (the partners' strip asks)."""
            return number in self._page_opening

        def showPage(self) -> None:
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved_pages)
            openings = self._page_opening
            for number, state in enumerate(self._saved_pages, start=1):
                self.__dict__.update(state)
                first = openings.get(number)
                if number > 1 and first is not None and first.running and not first.opens_section:
                    furniture.running_head(self, first.running)
                furniture.footer(self, number, total)
                super().showPage()
                _flate_only(self._doc.Pages.pages[-1])
            super().save()

    return NumberedCanvas


def _metadata(data: ProgrammeData, ctx: Context) -> dict[str, str]:
    event = data.event
    hosts = [o.organization.tr("name", ctx.lang) for o in data.organizations if o.role is EventRole.HOST]
    title = event.tr("title", ctx.lang)
    return {
        "title": f"{title} — {ctx.label('programme')}",
        "author": "; ".join(hosts) or APP_NAME,
        "subject": ctx.label("subject", title=title),
        "creator": f"{APP_NAME} {__version__}",
        "keywords": ", ".join(p for p in (event.slug, ctx.label("programme"), *ctx.langs) if p),
    }


#: A heading moves to the next page with what follows only when less than this share of the page is left;
#: with more room, a long slot after it starts here and splits, instead of leaving the page nearly empty.
KEEP_WITH_NEXT_SHARE = 0.12


def _keep_with_next_class(frame_height: float) -> type[KeepTogether]:
    """ReportLab groups keepWithNext flowables in a KeepTogether that jumps to the next frame whenever the
    group is taller than the space left, however large that space is. This one jumps only near the bottom
    of a page; with more room the group flows and its last (splittable) member splits."""
    threshold = frame_height * KEEP_WITH_NEXT_SHARE

    class KeepWithNext(KeepTogether):  # type: ignore[misc]
        def split(self, aW: float, aH: float) -> list[Flowable]:
            if aH > threshold and _opening_height(self._content, aW, aH) <= aH:
                return list(self._content)
            return list(super().split(aW, aH))

    return KeepWithNext


def _opening_height(content: list[Flowable], width: float, avail: float) -> float:
    """The height the headings of a group need with the least that may follow them at a page foot.

    ReportLab groups the headings (flagged keepWithNext, a flag it clears as it groups) with the one
    flowable that follows them, the group's last. A heading whose next slot cannot start on this page would be
    left alone at the foot: the group then moves on whole.
    """
    need = 0.0
    for i, f in enumerate(content):
        space = f.getSpaceBefore() if i else 0.0
        if i < len(content) - 1:
            need += space + f.wrap(width, avail)[1] + f.getSpaceAfter()
            continue
        target = f.prev if isinstance(f, KeepTail) else f
        if isinstance(target, Block):
            return need + space + target.min_head_height(width)
        return need + space + f.wrap(width, avail)[1]
    return need


#: The programme suggests limiting descriptions when they fill more than this share of a long programme.
DESCRIPTION_SHARE_TO_SUGGEST = 0.4
SUGGESTED_DESCRIPTION_LINES = 4


def build_pdf(data: ProgrammeData, options: ProgrammeOptions,
              progress: Progress | None = None) -> tuple[bytes, list[str]]:
    """Lay out and render the programme; returns the PDF bytes and the warnings collected.

    The partners' strip goes at the foot of the last page; should it stand alone on a page of its own, the
    programme is laid out again with the partners' logos in the header instead. `progress` hears the share
    of the story laid out (0..1) as the layout goes; an exception it raises stops the build (a preview's
    Cancel).
    """
    register_fonts()
    with cycle_collector_paused():  # flowables, lines and PDF objects by the hundred thousand (gc_pause.py)
        pdf, ctx, strip, pages = _build(data, options, partners_in_header=False, progress=progress)
        if strip is not None and strip.alone:
            pdf, ctx, strip, pages = _build(data, options, partners_in_header=True, progress=progress)
    warnings = list(ctx.warnings)
    suggestion = _description_suggestion(ctx, pages)
    if suggestion:
        warnings.append(suggestion)
    missing = missing_glyphs_warning(list(ctx.ts.missing))
    return pdf, warnings + ([missing] if missing else [])


def _description_suggestion(ctx: Context, pages: int) -> str:
    options = ctx.options
    if not options.include_descriptions or options.description_lines or pages < 4:
        return ""
    share = ctx.ts.height_of(ctx.s("description")) / (pages * ctx.paper.frame_height)
    if share < DESCRIPTION_SHARE_TO_SUGGEST:
        return ""
    return DescriptionSuggestion(SUGGESTED_DESCRIPTION_LINES, share, pages)


def _build(data: ProgrammeData, options: ProgrammeOptions, partners_in_header: bool,
           progress: Progress | None = None) -> tuple[bytes, Context, AtFoot | None, int]:
    layout = Layout(data, options, partners_in_header)
    story, strip, _complete = layout.story()
    if progress is not None:
        layout.doc.setProgressCallBack(_progress_callback(progress, len(story)))
    layout.doc.build(story, canvasmaker=_canvas_class(layout.furniture))
    return layout.buf.getvalue(), layout.ctx, strip, layout.doc.page


Progress = Callable[[float], None]


def _progress_callback(progress: Progress, size: int) -> Callable[[str, int], None]:
    """ReportLab's progress events ('PROGRESS', flowables handled) as a share of the story, never going back
    (a split puts pieces back into the story, a heading kept with the next slot takes two out)."""
    done = [0.0]

    def on_event(kind: str, value: int) -> None:
        if kind == "PROGRESS":
            done[0] = max(done[0], min(1.0, value / max(size, 1)))
            progress(done[0])

    return on_event


class Layout:
    """One layout of the programme: its context, page furniture, document template and story.

    `build_pdf` lays out the whole story; `first_page.first_page_pdf` lays out only the days that fill page 1.
    """

    def __init__(self, data: ProgrammeData, options: ProgrammeOptions, partners_in_header: bool) -> None:
        self.data, self.options, self.partners_in_header = data, options, partners_in_header
        self.ctx = ctx = Context(data, options, Typesetter(), partners_in_header=partners_in_header)
        paper = ctx.paper
        self.furniture = _Furniture(ctx)
        self.buf = io.BytesIO()
        self.doc = doc = BaseDocTemplate(
            self.buf,
            pagesize=(paper.width, paper.height),
            leftMargin=paper.margin_x,
            rightMargin=paper.margin_x,
            topMargin=paper.margin_top,
            bottomMargin=paper.margin_bottom,
            invariant=1,
            lang=options.lang,
            initialFontName=FONTS.regular,
            **_metadata(data, ctx),
        )
        frame = Frame(
            paper.margin_x, paper.margin_bottom, paper.frame_width, paper.frame_height,
            leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body",
        )
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self.furniture.watermark)])
        doc.keepTogetherClass = _keep_with_next_class(paper.frame_height)

    def story(self, first_days: int | None = None) -> tuple[list[Flowable], AtFoot | None, bool]:
        """The flowables, the partners' strip among them, and whether the story is whole.

        With `first_days`, the agenda stops after that many days with slots, and what follows it (biographies,
        partners) is left out unless no day was left out.
        """
        ctx, data, options = self.ctx, self.data, self.options
        agenda = AgendaBuilder(ctx)
        story = H.header(ctx)
        agenda_part, complete = agenda.build_first(first_days) if first_days is not None else (agenda.build(), True)
        story.extend(agenda_part)
        if not complete:
            return story, None, False
        if options.include_biographies:
            names = {p.id: agenda.person_name(p, ctx.lang, line_start=True) for p in data.people}
            titles = {p.id: agenda.person_title(p, ctx.lang) for p in data.people}
            story.extend(H.biographies(ctx, names, titles))
        strip: AtFoot | None = None
        if options.include_partners and not self.partners_in_header:
            tail = H.partners_strip(ctx)
            strip = next((f for f in tail if isinstance(f, AtFoot)), None)
            story.extend(tail)
        return story, strip, True


def missing_glyphs_warning(chars: list[str], shown: int = 12) -> str:
    """'Some characters cannot be printed with the bundled font: 会, 議 …' ('' when none are missing)."""
    if not chars:
        return ""
    listed = ", ".join(chars[:shown])
    more = f" and {len(chars) - shown} more" if len(chars) > shown else ""
    return (f"Some characters cannot be printed with the bundled font: {listed}{more}. "
            "They show as empty boxes in the programme.")
