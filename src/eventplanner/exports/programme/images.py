"""Logos and photos: decoded with Pillow, checked, scaled down when huge; failures become warnings."""

from __future__ import annotations

import io
import warnings as _warnings
from dataclasses import dataclass
from typing import Any

#: Images are downscaled to this many pixels on their long side: plenty for print at logo sizes.
MAX_SIDE = 1200
#: Refuse to decode images above this many pixels (decompression bombs).
MAX_PIXELS = 60_000_000


@dataclass(frozen=True)
class LoadedImage:
    reader: Any  # reportlab.lib.utils.ImageReader
    width: int
    height: int

    @property
    def aspect(self) -> float:
        return self.width / self.height if self.height else 1.0

    def fit(self, max_w: float, max_h: float) -> tuple[float, float]:
        """Size in points that fits in max_w x max_h, keeping proportions."""
        scale = min(max_w / self.width, max_h / self.height)
        return self.width * scale, self.height * scale


def load_image(data: bytes | None, what: str, warnings: list[str]) -> LoadedImage | None:
    """Decode image bytes for printing, or None with a warning naming `what` when it cannot be used."""
    if not data:
        return None
    from PIL import Image
    from reportlab.lib.utils import ImageReader

    try:
        with _warnings.catch_warnings():
            _warnings.simplefilter("error", Image.DecompressionBombWarning)
            img: Image.Image = Image.open(io.BytesIO(data))
            if img.width * img.height > MAX_PIXELS:
                warnings.append(f"The {what} is too large to print ({img.width}×{img.height} pixels); skipped.")
                return None
            img.load()
    except Exception as exc:  # Pillow raises many types for bad data; none of them may stop the print.
        reason = str(exc).strip() or type(exc).__name__
        warnings.append(f"The {what} could not be read ({reason}); skipped.")
        return None
    try:
        if img.mode in ("P", "PA") or (img.mode == "L" and "transparency" in img.info):
            img = img.convert("RGBA")
        elif img.mode not in ("RGB", "RGBA", "L", "LA"):
            img = img.convert("RGB")
        if max(img.size) > MAX_SIDE:
            original = img.size
            img = img.copy()
            img.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
            warnings.append(
                f"The {what} is very large ({original[0]}×{original[1]} pixels); "
                f"scaled down to {img.width}×{img.height} for printing."
            )
        if img.width < 1 or img.height < 1:
            warnings.append(f"The {what} is empty; skipped.")
            return None
        return LoadedImage(ImageReader(img), img.width, img.height)
    except Exception as exc:
        warnings.append(f"The {what} could not be prepared for printing ({exc}); skipped.")
        return None
