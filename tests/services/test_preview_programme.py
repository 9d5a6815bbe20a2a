"""services.documents.preview_programme: page 1 alone first, then the whole programme."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from eventplanner.domain.data import EventData
from eventplanner.domain.errors import Cancelled
from eventplanner.exports.programme import ProgrammeOptions
from eventplanner.exports.programme import first_page as first_page_module
from eventplanner.services.documents import preview_programme
from eventplanner.store.database import Database


def test_page_one_comes_first_then_the_whole_programme(db: Database, sample_event: EventData) -> None:
    handed: list[bytes] = []
    heard: list[float] = []
    result = preview_programme(db, sample_event.id, ProgrammeOptions(lang="ru", second_lang="az"), handed.append,
                               heard.append)
    assert len(handed) == 1 and len(PdfReader(io.BytesIO(handed[0])).pages) == 1
    early = PdfReader(io.BytesIO(handed[0])).pages[0].extract_text()
    assert "стр. 1 из …" in early
    whole = PdfReader(io.BytesIO(result.pdf))
    assert early.split("стр. 1")[0] == whole.pages[0].extract_text().split("стр. 1")[0]
    assert heard and heard[-1] == pytest.approx(1.0, abs=0.05)
    assert all(isinstance(lang, str) and count >= 0 for lang, count in result.missing)


def test_a_first_page_that_cannot_be_laid_out_alone_only_loses_the_head_start(
        db: Database, sample_event: EventData, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    def broken(*_args: object) -> bytes:
        raise RuntimeError("layout trouble")

    monkeypatch.setattr(first_page_module, "first_page_pdf", broken)
    handed: list[bytes] = []
    result = preview_programme(db, sample_event.id, ProgrammeOptions(), handed.append)
    assert handed == [] and result.pdf.startswith(b"%PDF")
    assert "could not be laid out on its own" in caplog.text


def test_stop_from_either_callback_ends_the_work(db: Database, sample_event: EventData) -> None:
    def stop(*_args: object) -> None:
        raise Cancelled("Stopped.")

    with pytest.raises(Cancelled):
        preview_programme(db, sample_event.id, ProgrammeOptions(), stop)
    with pytest.raises(Cancelled):
        preview_programme(db, sample_event.id, ProgrammeOptions(), lambda _pdf: None, stop)
