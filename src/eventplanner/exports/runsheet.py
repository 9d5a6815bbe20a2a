"""Write a run sheet (PDF or XLSX by the file's suffix), atomically."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from eventplanner.domain.errors import ValidationError
from eventplanner.domain.scenario import Audience, ScenarioData
from eventplanner.exports.atomic import atomic_write_bytes
from eventplanner.exports.runsheet_pdf import runsheet_pdf
from eventplanner.exports.runsheet_xlsx import runsheet_xlsx


def write_runsheet(
    data: ScenarioData, path: str | os.PathLike[str], audience: Audience = Audience.ALL, lang: str | None = None,
    now: datetime | None = None,
) -> Path:
    """Write the run sheet as PDF or XLSX, by the file's suffix, atomically."""
    target = Path(path)
    kind = target.suffix.lower().lstrip(".")
    if kind == "pdf":
        blob = runsheet_pdf(data, audience, lang, now)
    elif kind == "xlsx":
        blob = runsheet_xlsx(data, audience, lang)
    else:
        raise ValidationError(f"Run sheets are written as PDF or XLSX, not “{kind or target.name}”.")
    atomic_write_bytes(target, blob)
    return target
