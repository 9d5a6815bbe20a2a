"""The schedule readers' quick paths (issue 20) give what the general rules give.

A JSON document whose text holds no NUL and no surrogate, written or escaped, skips cleaning value by value;
a duration written "HH:MM" skips the general parser. Both must read exactly as before, whatever the text.
"""

from __future__ import annotations

import json
import re

from hypothesis import given
from hypothesis import strategies as st

from eventplanner.domain.limits import clean_text
from eventplanner.domain.text import name_key
from eventplanner.imports.field_parsers import parse_duration
from eventplanner.imports.schedule import read_schedule

_PART = re.compile(r"[0-9]{1,6}")


def general_duration(text: str) -> int | None:
    """The general rule of `parse_duration`, as it was before the quick path."""
    text = text.strip()
    if not text:
        return None
    parts = [p.strip() for p in text.split(":")]
    if len(parts) > 3 or not all(_PART.fullmatch(p) for p in parts):
        return None
    nums = [int(p) for p in parts]
    if len(nums) == 1:
        return nums[0]
    if len(nums) == 2:
        return nums[0] * 60 + nums[1]
    return nums[0] * 60 + nums[1] + (1 if nums[2] else 0)


def schedule(title: str, person: str, *, ascii_only: bool) -> bytes:
    doc = {"schedule": {"conference": {"title": "Conf", "start": "2030-05-01", "end": "2030-05-01", "days": [
        {"date": "2030-05-01", "rooms": {"Hall": [
            {"title": title, "date": "2030-05-01T10:00:00", "start": "10:00", "duration": "00:30",
             "persons": [{"id": 7, "public_name": person}]},
        ]}},
    ]}}}
    text = json.dumps(doc, ensure_ascii=ascii_only)
    return text.encode("utf-8", "surrogatepass") if not ascii_only else text.encode("ascii")


def expected_title(title: str) -> str:
    return " ".join(clean_text(title.strip()).split())


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40),
       st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=20), st.booleans())
def test_clean_and_unclean_documents_read_the_same_titles(title: str, person: str, ascii_only: bool) -> None:
    """Any title, written as UTF-8 or as escapes: the slot's title is the cleaned text, as value-by-value."""
    read = read_schedule(schedule(title, person, ascii_only=ascii_only))
    if not expected_title(title):
        return  # an empty title is kept empty; nothing else to compare
    assert [s.title for s in read.slots] == [expected_title(title)]


@given(st.text(max_size=30))
def test_escaped_nul_and_surrogates_are_cleaned(title: str) -> None:
    """Escapes of NUL and lone surrogates (and valid pairs) in an ASCII document: cleaned as before."""
    read = read_schedule(schedule(title + "\x00\ud800 \U0001F600", "Ann Lee", ascii_only=True))
    assert read.slots[0].title == expected_title(title + "\x00\ud800 \U0001F600")
    assert "\x00" not in read.slots[0].title and "\ud800" not in read.slots[0].title
    assert read.slots[0].title.endswith("\ufffd \U0001F600")


@given(st.one_of(
    st.text(max_size=12),
    st.from_regex(r"\A\s*[0-9²٣]{0,8}\s*(:\s*[0-9]{0,8}\s*){0,3}\Z"),
))
def test_duration_quick_path_agrees_with_the_general_rule(text: str) -> None:
    assert parse_duration(text) == general_duration(text)


def test_usual_durations() -> None:
    assert [parse_duration(t) for t in ("00:30", "1:30", "90", " 01:05 ", "2:01:30", "²:30", "1234567:00")] == [
        30, 90, 90, 65, 122, None, None]


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=30),
       st.sampled_from(["", "Dr. ", "Prof. Dr. ", "H.E. ", "Mr "]))
def test_a_persons_match_key_is_the_key_of_given_and_family_name(name: str, title: str) -> None:
    """The key the reader keeps for matching people is the one `name_key` gives their given and family name."""
    read = read_schedule(schedule("Talk", title + name, ascii_only=False))
    for person in read.people:
        assert person.match_key == name_key(f"{person.given_name} {person.family_name}")
