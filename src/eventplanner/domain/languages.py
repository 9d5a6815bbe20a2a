"""Content languages as data: one label file per language in resources/languages/<code>.json.

A label file holds the words the application adds around the content in that language: programme labels, slot
kind and role labels, honorifics, the titles of breaks and meals the Break button creates, and the conflict
messages. Adding a language (fr, ar...) means adding its file; missing entries fall back to English.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from eventplanner.paths import resource

log = logging.getLogger(__name__)

FORMAT = "eventplanner-language/1"
#: The languages shipped with the application, in the order menus list them; others follow by code.
SHIPPED: tuple[str, ...] = ("en", "az", "ru")
FALLBACK = "en"
_CODE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$")
SECTIONS = ("programme", "slot_kinds", "participant_roles", "event_roles", "honorifics", "added_titles", "messages")


@dataclass(frozen=True)
class ContentLanguage:
    code: str
    name: str
    """The language's name in itself: 'Azərbaycanca'."""
    english_name: str
    sections: Mapping[str, Mapping[str, str]] = field(default_factory=dict, repr=False)

    def word(self, section: str, key: str) -> str | None:
        text = self.sections.get(section, {}).get(key)
        return text if text else None


def read_label_file(path: Path) -> ContentLanguage:
    """One label file, checked; raises ValueError with the reason when it is not usable."""
    doc = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise ValueError(f"{path.name} is not a language label file ({FORMAT})")
    code = doc.get("code")
    if not isinstance(code, str) or not _CODE.match(code) or code != path.stem:
        raise ValueError(f"{path.name}: the code must be the file's name (for example fr for fr.json)")
    sections: dict[str, dict[str, str]] = {}
    for name in SECTIONS:
        raw = doc.get(name, {})
        if not isinstance(raw, dict):
            raise ValueError(f"{path.name}: “{name}” must map keys to texts")
        sections[name] = {str(k): v for k, v in raw.items() if isinstance(v, str) and v.strip()}
    own = doc.get("name")
    name = own if isinstance(own, str) and own.strip() else code
    english = doc.get("english_name")
    return ContentLanguage(code=code, name=name, english_name=english if isinstance(english, str) else name,
                           sections=sections)


def load_languages(folder: Path) -> dict[str, ContentLanguage]:
    """Every usable label file of `folder`; a broken file is logged and left out, never fatal."""
    found: dict[str, ContentLanguage] = {}
    for path in sorted(folder.glob("*.json")):
        try:
            lang = read_label_file(path)
        except (OSError, ValueError) as exc:  # JSONDecodeError is a ValueError
            log.warning("Language file %s left out: %s", path, exc)
            continue
        found[lang.code] = lang
    order = {code: i for i, code in enumerate(SHIPPED)}
    return dict(sorted(found.items(), key=lambda item: (order.get(item[0], len(order)), item[0])))


@cache
def content_languages() -> dict[str, ContentLanguage]:
    """The application's content languages, read once from resources/languages."""
    return load_languages(resource("languages"))


def language_codes() -> tuple[str, ...]:
    return tuple(content_languages())


def language_names() -> dict[str, str]:
    """code -> the language's own name, for menus."""
    return {code: lang.name for code, lang in content_languages().items()}


def english_name(code: str) -> str:
    lang = content_languages().get(code)
    return lang.english_name if lang else code


def word(section: str, key: str, lang: str | None) -> str | None:
    """The application's word `key` of `section` in `lang`, else English, else None."""
    languages = content_languages()
    for code in (lang, FALLBACK):
        found = languages[code].word(section, key) if code in languages else None
        if found:
            return found
    return None


def honorific(text: str, lang: str | None) -> str:
    """'H.E. Mr.' in `lang`: the combination when the label file has it, else each part, else as typed."""
    text = " ".join(text.split())
    if not text:
        return ""
    whole = _exact("honorifics", text, lang)
    if whole:
        return whole
    parts = [_exact("honorifics", part, lang) or part for part in text.split(" ")]
    return " ".join(parts)


def capitalized(text: str, lang: str | None) -> str:
    """`text` with its first letter in capitals, as a line or a sentence starts ('г-н ...' -> 'Г-н ...')."""
    if not text:
        return text
    first = "İ" if text[0] == "i" and lang in ("az", "tr") else text[0].upper()
    return first + text[1:]


def _exact(section: str, key: str, lang: str | None) -> str | None:
    languages = content_languages()
    return languages[lang].word(section, key) if lang in languages else None


def honorific_choices() -> list[str]:
    """The honorifics the English label file knows, single and combined ('H.E. Mr.'), for the speaker dialog."""
    english = content_languages().get(FALLBACK)
    return list(english.sections.get("honorifics", {})) if english else []


def added_title(kind: str, lang: str | None) -> str | None:
    """The title the Break button gives a break or meal in `lang`."""
    return word("added_titles", kind, lang)
