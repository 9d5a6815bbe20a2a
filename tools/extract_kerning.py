"""Flatten a TrueType font's pair kerning (GPOS 'kern', PairPos lookups) into a small JSON resource.

ReportLab draws TrueType text without kerning; the exporters apply these pairs themselves (exports/fonts.py).
Run once per shipped face (needs fontTools, a developer tool, not a dependency of the app):

    python tools/extract_kerning.py src/eventplanner/resources/fonts/NotoSans-Regular.ttf

writes NotoSans-Regular.kern.json beside the font: {"unitsPerEm": 1000, "pairs": {"AV": -73, ...}} with the
adjustments in 1/1000 em, for the characters the programme prints (Latin, Greek, Cyrillic, punctuation).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

RANGES = [(0x20, 0x7E), (0xA0, 0x24F), (0x259, 0x259), (0x370, 0x3FF), (0x400, 0x52F), (0x2010, 0x203A),
          (0x20AC, 0x20AC), (0x2116, 0x2116)]


def _value(record: object) -> int:
    value = getattr(record, "Value1", None)
    return int(getattr(value, "XAdvance", 0) or 0) if value is not None else 0


def extract(path: Path) -> dict[str, object]:
    from fontTools.ttLib import TTFont

    font = TTFont(str(path))
    cmap = font.getBestCmap()
    chars = [chr(c) for lo, hi in RANGES for c in range(lo, hi + 1) if c in cmap]
    glyph_chars: dict[str, list[str]] = {}
    for ch in chars:
        glyph_chars.setdefault(cmap[ord(ch)], []).append(ch)
    gpos = font["GPOS"].table
    lookups: set[int] = set()
    for record in gpos.FeatureList.FeatureRecord:
        if record.FeatureTag == "kern":
            lookups.update(record.Feature.LookupListIndex)
    upm = font["head"].unitsPerEm
    pairs: dict[str, int] = {}
    for index in sorted(lookups):
        lookup = gpos.LookupList.Lookup[index]
        if lookup.LookupType != 2:
            continue  # contextual kerning is left out: pair kerning is what text needs
        decided: set[tuple[str, str]] = set()  # the first subtable covering a pair decides it
        for sub in lookup.SubTable:
            covered = set(sub.Coverage.glyphs)
            if sub.Format == 1:
                for first, pair_set in zip(sub.Coverage.glyphs, sub.PairSet, strict=True):
                    for rec in pair_set.PairValueRecord:
                        _add(pairs, decided, glyph_chars, first, rec.SecondGlyph, _value(rec), upm)
            else:
                class1 = sub.ClassDef1.classDefs
                class2 = sub.ClassDef2.classDefs
                seconds: dict[int, list[str]] = {}
                for glyph in glyph_chars:
                    seconds.setdefault(class2.get(glyph, 0), []).append(glyph)
                for first in covered:
                    if first not in glyph_chars:
                        continue
                    row = sub.Class1Record[class1.get(first, 0)].Class2Record
                    for c2, glyphs in seconds.items():
                        v = _value(row[c2]) if c2 < len(row) else 0
                        for second in glyphs:
                            _add(pairs, decided, glyph_chars, first, second, v, upm)
    return {"font": path.name, "unitsPerEm": 1000, "pairs": dict(sorted(pairs.items()))}


def _add(pairs: dict[str, int], decided: set[tuple[str, str]], glyph_chars: dict[str, list[str]],
         first: str, second: str, value: int, upm: int) -> None:
    if (first, second) in decided or first not in glyph_chars or second not in glyph_chars:
        return
    decided.add((first, second))
    if not value:
        return
    scaled = round(value * 1000 / upm)
    if not scaled:
        return
    for a in glyph_chars[first]:
        for b in glyph_chars[second]:
            key = a + b
            pairs[key] = pairs.get(key, 0) + scaled


def main(argv: list[str]) -> None:
    for name in argv:
        path = Path(name)
        out = path.with_suffix(".kern.json")
        data = extract(path)
        out.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
        print(f"{out}: {len(data['pairs'])} pairs")  # type: ignore[arg-type]


if __name__ == "__main__":
    main(sys.argv[1:])
