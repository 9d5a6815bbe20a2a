"""Logo and photo validation: bytes must be a real, reasonably sized PNG or JPEG image."""

from __future__ import annotations

import io

from eventplanner.domain.errors import ValidationError

MAX_IMAGE_BYTES = 10 * 1024 * 1024
ALLOWED_FORMATS = {"PNG", "JPEG", "GIF", "BMP", "WEBP"}


def check_image(data: bytes, what: str = "image") -> str:
    """Return the image format, or raise ValidationError with a message for the user."""
    if len(data) > MAX_IMAGE_BYTES:
        raise ValidationError(f"The {what} is larger than 10 MB; use a smaller file.")
    from PIL import Image, UnidentifiedImageError  # heavy: only when an image is being set

    try:
        with Image.open(io.BytesIO(data)) as img:
            img.verify()
            fmt = img.format or ""
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise ValidationError(f"The {what} is not a readable image file (PNG or JPEG).") from exc
    if fmt not in ALLOWED_FORMATS:
        raise ValidationError(f"The {what} is a {fmt} file; use PNG or JPEG.")
    return fmt
