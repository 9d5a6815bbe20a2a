"""The Word documents open in another word processor: LibreOffice converts them to PDF with the text intact.

Needs LibreOffice (Debian: libreoffice-writer-nogui, installed by .ci/run); skipped with a reason without it.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from eventplanner.domain.data import ProgrammeData
from eventplanner.exports.programme import ProgrammeOptions
from eventplanner.exports.programme_docx import write_programme_docx
from eventplanner.exports.speaker_list import speaker_rows
from eventplanner.exports.speaker_list_docx import speaker_list_docx

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed: "
                                "apt-get install libreoffice-writer-nogui")


def convert(docx: Path, tmp_path: Path) -> str:
    """Convert with a throwaway LibreOffice profile; return the PDF's text."""
    assert SOFFICE is not None
    out = tmp_path / "pdf"
    result = subprocess.run(
        [SOFFICE, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
         "--convert-to", "pdf", "--outdir", str(out), str(docx)],
        capture_output=True, text=True, timeout=300,
    )
    pdf = out / f"{docx.stem}.pdf"
    assert result.returncode == 0 and pdf.exists(), result.stderr or result.stdout
    return " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(pdf).pages)


def test_the_sample_programme_converts(sample: ProgrammeData, tmp_path: Path) -> None:
    docx = tmp_path / "programme.docx"
    write_programme_docx(docx, sample, ProgrammeOptions(lang="en", second_lang="ru",
                                                        bilingual_layout="side_by_side"))
    text = convert(docx, tmp_path)
    assert "International Migrants Day 2021" in text
    for slot in sample.slots:
        assert slot.time_range in text
    assert "Vusal Huseynov" in text
    assert "page 1 of" in text  # the PAGE / NUMPAGES fields were computed


def test_the_speaker_list_converts(sample: ProgrammeData, tmp_path: Path) -> None:
    docx = tmp_path / "speakers.docx"
    docx.write_bytes(speaker_list_docx(sample, speaker_rows(sample))[0])
    text = convert(docx, tmp_path)
    assert "Vusal Huseynov" in text and "Page 1 of" in text
