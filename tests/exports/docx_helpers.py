"""Reading Word documents back in tests: every paragraph in reading order, with its style and runs."""

from __future__ import annotations

import io
from collections.abc import Iterator

from docx import Document
from docx.document import Document as DocumentObject
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

#: What a run may carry itself: its character style, language, right-to-left flag. Anything else (bold,
#: size, colour, font...) would be direct formatting, which the styles are there to avoid.
ALLOWED_RUN_PROPERTIES = {qn("w:rStyle"), qn("w:lang"), qn("w:rtl")}


def open_docx(blob: bytes) -> DocumentObject:
    return Document(io.BytesIO(blob))


def paragraphs(doc: DocumentObject) -> Iterator[Paragraph]:
    """Body paragraphs and those inside tables (nested too), in document order."""

    def walk(container: object) -> Iterator[Paragraph]:
        for block in container.iter_inner_content():  # type: ignore[attr-defined]
            if isinstance(block, Paragraph):
                yield block
            elif isinstance(block, Table):
                for row in block.rows:
                    seen: set[int] = set()
                    for cell in row.cells:
                        if id(cell._tc) in seen:
                            continue
                        seen.add(id(cell._tc))
                        yield from walk(cell)

    yield from walk(doc)


def styled(doc: DocumentObject) -> list[tuple[str, str]]:
    """(style name, text) of every paragraph with text."""
    return [(p.style.name if p.style is not None else "", p.text) for p in paragraphs(doc) if p.text.strip()]


def texts_in(doc: DocumentObject, style: str) -> list[str]:
    return [t for s, t in styled(doc) if s == style]


def all_text(doc: DocumentObject) -> str:
    return "\n".join(p.text for p in paragraphs(doc))


def run_languages(doc: DocumentObject) -> list[tuple[str, str | None]]:
    """(text, w:lang value) of every run with text."""
    out: list[tuple[str, str | None]] = []
    for p in paragraphs(doc):
        for r in p.runs:
            if not r.text:
                continue
            lang = r._r.find(f"{qn('w:rPr')}/{qn('w:lang')}")
            out.append((r.text, lang.get(qn("w:val")) if lang is not None else None))
    return out


def direct_formatting(doc: DocumentObject) -> list[str]:
    """Runs and paragraphs that carry formatting of their own instead of taking it from a style."""
    found: list[str] = []
    for p in paragraphs(doc):
        ppr = p._p.pPr
        if ppr is not None:
            extra = [c.tag for c in ppr if c.tag not in (qn("w:pStyle"), qn("w:rPr"))]
            if extra:
                found.append(f"paragraph {p.text[:30]!r}: {extra}")
        for r in p.runs:
            rpr = r._r.rPr
            if rpr is None:
                continue
            extra = [c.tag for c in rpr if c.tag not in ALLOWED_RUN_PROPERTIES]
            if extra:
                found.append(f"run {r.text[:30]!r}: {extra}")
    return found
