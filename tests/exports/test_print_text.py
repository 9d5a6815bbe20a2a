"""The print face's text handling: kerning, fallback glyphs, Markdown leftovers, balanced and limited lines."""

from __future__ import annotations

import io

import pdfplumber
from hypothesis import example, given, settings
from hypothesis import strategies as st

from eventplanner.exports.fonts import FALLBACK_FAMILY, FONTS, font_runs, kerns, register_fonts, text_width
from eventplanner.exports.programme.styles import TextStyle
from eventplanner.exports.programme.text import plain_text
from eventplanner.exports.programme.textlayout import Para, Segment, Typesetter


def setup_module() -> None:
    register_fonts()


def test_kerning_pairs_tighten_the_text() -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    assert dict(kerns("AVTo", FONTS.regular))  # A-V and T-o are kerned in Noto Sans
    assert text_width("Tokyo WAVE", FONTS.bold, 20) < stringWidth("Tokyo WAVE", FONTS.bold, 20)
    assert text_width("mmmm", FONTS.regular, 10) == stringWidth("mmmm", FONTS.regular, 10)


def test_glyphs_the_face_lacks_come_from_dejavu() -> None:
    runs = font_runs("Salam → مرحبا ✓ Привет", FONTS.regular)
    faces = {face for _piece, face in runs}
    assert faces == {FONTS.regular, FALLBACK_FAMILY}
    assert "".join(piece for piece, _ in runs) == "Salam → مرحبا ✓ Привет"
    assert font_runs("Dövlət Miqrasiya Xidməti", FONTS.bold) == [("Dövlət Miqrasiya Xidməti", FONTS.bold)]


def test_drawn_width_matches_the_measured_width() -> None:
    from reportlab.pdfgen.canvas import Canvas

    from eventplanner.exports.fonts import draw_text

    buf = io.BytesIO()
    canv = Canvas(buf, initialFontName=FONTS.regular)
    text = "WAVE Type → Yo"
    width = draw_text(canv, 10, 100, text, FONTS.regular, 12)
    canv.showPage()
    canv.save()
    assert abs(width - text_width(text, FONTS.regular, 12)) < 1e-6
    with pdfplumber.open(io.BytesIO(buf.getvalue())) as doc:
        chars = doc.pages[0].chars
    assert "".join(c["text"] for c in chars).replace(" ", "") == text.replace(" ", "")
    assert abs(max(c["x1"] for c in chars) - 10 - width) < 0.5


def test_markdown_leftovers_print_plain() -> None:
    assert plain_text("A **bold** and _emphasised_ [link](https://x.org) `code`") == \
        "A bold and emphasised link (https://x.org) code"
    assert plain_text("snake_case_name stays, 2 * 3 * 4 too") == "snake_case_name stays, 2 * 3 * 4 too"
    assert plain_text("## Agenda\n\n* one\n- two") == "Agenda\n\n• one\n• two"


@given(st.text(alphabet=st.sampled_from("ab _*[]()#`-\n:/.xə"), max_size=200))
@settings(max_examples=200)
def test_plain_text_never_fails_and_keeps_the_words(text: str) -> None:
    out = plain_text(text)
    letters = [ch for ch in text if ch in "abxə"]
    assert [ch for ch in out if ch in "abxə"] == letters


STYLE = TextStyle("bold", 11.0, 14.0)


def _lines(text: str, width: float, **kw: object) -> list[str]:
    ts = Typesetter()
    return ["".join(r.text for r in ln.runs) for ln in ts.lines(Para([Segment(text, STYLE)], **kw), width)]  # type: ignore[arg-type]


def test_balanced_titles_leave_no_lone_word() -> None:
    title = "Migration Profile of the Republic of Azerbaijan, prepared with the support of the IOM 2021"
    plain = _lines(title, 300)
    balanced = _lines(title, 300, balance=True)
    assert len(balanced) == len(plain)
    assert len(balanced[-1].split()) >= 3


@given(st.text(min_size=1, max_size=400), st.integers(min_value=1, max_value=5),
       st.floats(min_value=40, max_value=400))
@settings(max_examples=80, deadline=None)
@example("\n0", 1, 40.0)  # a leading line break once made an empty first line with no ellipsis
@example("a\n\nb", 2, 40.0)  # a cut on a blank line
def test_limited_lines_end_with_an_ellipsis(text: str, limit: int, width: float) -> None:
    full = _lines(text, width)
    cut = _lines(text, width, max_lines=limit)
    assert len(cut) <= limit
    if len(full) > limit:
        assert cut[-1].endswith("…")
    else:
        assert cut == full


@given(st.text(min_size=1, max_size=200), st.floats(min_value=60, max_value=400))
@settings(max_examples=80, deadline=None)
def test_balancing_never_adds_lines(text: str, width: float) -> None:
    assert len(_lines(text, width, balance=True)) == len(_lines(text, width))
