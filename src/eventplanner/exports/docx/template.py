"""Opening a user's letterhead (.docx, or a .dotx template) as the base of a generated document."""

from __future__ import annotations

import io
import zipfile
from typing import TYPE_CHECKING

from eventplanner.domain.errors import ValidationError

if TYPE_CHECKING:
    from docx.document import Document as DocumentObject

_DOCUMENT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_TEMPLATE = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
_MACRO = ("application/vnd.ms-word.document.macroEnabled.main+xml",
          "application/vnd.ms-word.template.macroEnabledTemplate.main+xml")
#: A letterhead is a page of furniture; anything larger is probably the wrong file.
MAX_TEMPLATE_BYTES = 30 * 1024 * 1024


def _as_document_package(blob: bytes) -> bytes:
    """A .dotx is a .docx with another content type: rewrite that one entry so python-docx opens it."""
    src = zipfile.ZipFile(io.BytesIO(blob))
    types = src.read("[Content_Types].xml").decode("utf-8")
    if any(m in types for m in _MACRO):
        raise ValidationError("is a macro-enabled Word file (.docm/.dotm); save the letterhead as .docx")
    if _TEMPLATE not in types:
        return blob
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = types.replace(_TEMPLATE, _DOCUMENT).encode("utf-8")
            dst.writestr(item, data)
    return out.getvalue()


def open_template(blob: bytes, name: str = "letterhead") -> DocumentObject:
    """The letterhead as a python-docx Document; a ValidationError naming `name` when it is not one."""
    from docx import Document

    if len(blob) > MAX_TEMPLATE_BYTES:
        raise ValidationError(f"The letterhead {name} is larger than 30 MB; use a smaller .docx.")
    try:
        return Document(io.BytesIO(_as_document_package(blob)))
    except ValidationError as exc:
        raise ValidationError(f"The letterhead {name} {exc.message}.") from None
    except Exception as exc:  # zipfile, lxml and python-docx each raise their own types for broken files
        reason = str(exc).strip().splitlines()[0][:160] if str(exc).strip() else type(exc).__name__
        raise ValidationError(
            f"The letterhead {name} is not a Word document (.docx) that can be opened ({reason})."
        ) from None


def check_template(blob: bytes, name: str = "letterhead") -> None:
    """Raise ValidationError unless `blob` opens as a Word document usable as a letterhead."""
    open_template(blob, name)
