"""Layout facts read back from printed PDFs with pdfplumber: lines with their font, size and position."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass

import pdfplumber
from pypdf import PdfReader

TIME = re.compile(r"^\d\d:\d\d–\d\d:\d\d")
WATERMARK = 60.0  # the DRAFT watermark's letters are far larger than any text


@dataclass(frozen=True)
class Line:
    top: float
    x0: float
    text: str
    size: float
    first_font: str
    last_font: str

    @property
    def bold(self) -> bool:
        return "Bold" in self.last_font

    @property
    def is_time(self) -> bool:
        return TIME.match(self.text) is not None


def pages_lines(pdf: bytes) -> list[list[Line]]:
    """Each page's text lines, top to bottom (words on one baseline form one line)."""
    out: list[list[Line]] = []
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        for page in doc.pages:
            page = page.filter(lambda obj: obj.get("object_type") != "char" or float(obj.get("size", 0)) < WATERMARK)
            words = page.extract_words(extra_attrs=["fontname", "size"], keep_blank_chars=False, use_text_flow=False)
            words.sort(key=lambda w: (round(w["top"]), w["x0"]))
            lines: list[list[dict[str, object]]] = []
            for w in words:
                if lines and abs(float(lines[-1][0]["top"]) - float(w["top"])) < 2.0:  # type: ignore[arg-type]
                    lines[-1].append(w)
                else:
                    lines.append([w])
            for ws in lines:
                ws.sort(key=lambda w: float(w["x0"]))  # type: ignore[arg-type]
            out.append([
                Line(float(ws[0]["top"]), float(ws[0]["x0"]), " ".join(str(w["text"]) for w in ws),  # type: ignore[arg-type]
                     max(float(w["size"]) for w in ws), str(ws[0]["fontname"]), str(ws[-1]["fontname"]))  # type: ignore[arg-type]
                for ws in lines
            ])
    return out


def body(lines: list[Line], page_height: float, top_margin: float, bottom_margin: float) -> list[Line]:
    """The lines inside the text frame: no running header, no footer."""
    return [ln for ln in lines if top_margin - 2 <= ln.top <= page_height - bottom_margin + 2]


def min_font_size(pdf: bytes) -> float:
    """The smallest size any character is printed at (rendered size, transformations included)."""
    sizes: list[float] = []
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        for page in doc.pages:
            sizes.extend(float(c["size"]) for c in page.chars if c["text"].strip())
    return min(sizes)


def font_problems(pdf: bytes) -> list[str]:
    """Fonts a print shop would refuse: any font without an embedded font file (Helvetica included)."""
    problems: list[str] = []
    for n, page in enumerate(PdfReader(io.BytesIO(pdf)).pages, start=1):
        resources = page.get("/Resources")
        fonts = resources.get_object().get("/Font", {}) if resources is not None else {}
        for ref in fonts.values():
            font = ref.get_object()
            descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            descriptor = descendant.get("/FontDescriptor")
            embedded = descriptor is not None and any(
                k in descriptor.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3"))
            if not embedded:
                problems.append(f"page {n}: {font.get('/BaseFont')} is not embedded")
    return problems


def metadata(pdf: bytes) -> dict[str, str]:
    reader = PdfReader(io.BytesIO(pdf))
    info = {k: str(v) for k, v in (reader.metadata or {}).items()}
    root = reader.trailer["/Root"].get_object()
    if "/Lang" in root:
        info["/Lang"] = str(root["/Lang"])
    return info
