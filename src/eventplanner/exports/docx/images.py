"""Logos and photos for Word documents: decoded and checked with Pillow, re-encoded as PNG.

Word displays PNG and JPEG everywhere; anything else Pillow can read (WebP, GIF, TIFF...) is converted, so a
user's logo in an unusual format still appears. Failures become warnings, never a broken document.
"""

from __future__ import annotations

import io
import warnings as _warnings

from eventplanner.exports.programme.images import MAX_PIXELS, MAX_SIDE


def picture_png(data: bytes | None, what: str, warnings: list[str]) -> tuple[bytes, int, int] | None:
    """(PNG bytes, width, height) ready to embed, or None with a warning naming `what`."""
    if not data:
        return None
    from PIL import Image

    try:
        with _warnings.catch_warnings():
            _warnings.simplefilter("error", Image.DecompressionBombWarning)
            img: Image.Image = Image.open(io.BytesIO(data))
            if img.width * img.height > MAX_PIXELS:
                warnings.append(f"The {what} is too large to use ({img.width}×{img.height} pixels); skipped.")
                return None
            img.load()
        if img.mode in ("P", "PA") or (img.mode == "L" and "transparency" in img.info):
            img = img.convert("RGBA")
        elif img.mode not in ("RGB", "RGBA", "L", "LA"):
            img = img.convert("RGB")
        if max(img.size) > MAX_SIDE:
            img = img.copy()
            img.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
        if img.width < 1 or img.height < 1:
            warnings.append(f"The {what} is empty; skipped.")
            return None
        out = io.BytesIO()
        img.save(out, "PNG", dpi=(300, 300))
        return out.getvalue(), img.width, img.height
    except Exception as exc:  # Pillow raises many types for bad data; none of them may stop the export.
        reason = str(exc).strip() or type(exc).__name__
        warnings.append(f"The {what} could not be read ({reason}); skipped.")
        return None
