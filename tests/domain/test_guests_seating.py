"""Guests and seating rules: RSVP transitions, precedence, the centre-then-right-and-left seating rule."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventplanner.domain.data import OrganizationData, PersonData
from eventplanner.domain.enums import OrganizationKind
from eventplanner.domain.errors import ValidationError
from eventplanner.domain.guests import (
    GuestCategory,
    GuestData,
    RsvpState,
    RsvpStatus,
    Sex,
    attendance_counts,
    change_rsvp,
    grouped_in_protocol_order,
    precedence_key,
)
from eventplanner.domain.invitations import Addressee, fill_template, protocol_address, salutation
from eventplanner.domain.seating import (
    ChartKind,
    ChartLayout,
    SeatCandidate,
    SeatedPerson,
    around_table,
    auto_fill,
    centre_out,
    seat_places,
    seating_warnings,
    swap_seats,
)


def person(pid: int, name: str, precedence: int = 100, org: int | None = None) -> PersonData:
    return PersonData(id=pid, given_name=name, family_name=f"F{pid}", precedence=precedence, organization_id=org)


def guest(gid: int, precedence: int, host: bool = False, rsvp: RsvpStatus = RsvpStatus.ACCEPTED,
          **kw: object) -> GuestData:
    return GuestData(id=gid, event_id=1, person=person(gid, f"G{gid}", precedence), is_host=host, rsvp=rsvp,
                     **kw)  # type: ignore[arg-type]


# RSVP ------------------------------------------------------------------------------------------------------------


def test_accept_decline_and_correct_back() -> None:
    s = change_rsvp(RsvpState(), RsvpStatus.ACCEPTED, guest_person_id=1)
    assert s == RsvpState(RsvpStatus.ACCEPTED)
    s = change_rsvp(s, RsvpStatus.DECLINED, 1)
    assert s.status is RsvpStatus.DECLINED
    assert change_rsvp(s, RsvpStatus.INVITED, 1) == RsvpState()


def test_representative_needs_a_person_who_is_not_the_guest() -> None:
    with pytest.raises(ValidationError, match="representative"):
        change_rsvp(RsvpState(), RsvpStatus.REPRESENTATIVE, 1)
    with pytest.raises(ValidationError, match="own representative"):
        change_rsvp(RsvpState(), RsvpStatus.REPRESENTATIVE, 1, representative_id=1)
    s = change_rsvp(RsvpState(), RsvpStatus.REPRESENTATIVE, 1, representative_id=7)
    assert s == RsvpState(RsvpStatus.REPRESENTATIVE, 7)
    # keeping the status keeps the representative; another answer drops the link
    assert change_rsvp(s, RsvpStatus.REPRESENTATIVE, 1).representative_id == 7
    assert change_rsvp(s, RsvpStatus.ACCEPTED, 1) == RsvpState(RsvpStatus.ACCEPTED)


def test_only_a_representative_status_carries_a_representative() -> None:
    with pytest.raises(ValidationError):
        change_rsvp(RsvpState(), RsvpStatus.ACCEPTED, 1, representative_id=5)


@given(st.lists(st.sampled_from(list(RsvpStatus)), max_size=12))
def test_any_sequence_of_answers_leaves_a_consistent_state(answers: list[RsvpStatus]) -> None:
    s = RsvpState()
    for a in answers:
        s = change_rsvp(s, a, 1, representative_id=9 if a is RsvpStatus.REPRESENTATIVE else None)
        assert (s.representative_id is not None) == (s.status is RsvpStatus.REPRESENTATIVE)
        assert s.status is a


# Precedence and counts --------------------------------------------------------------------------------------------


def test_precedence_host_first_then_person_then_organization_kind() -> None:
    gov = OrganizationData(id=1, name="Ministry", kind=OrganizationKind.GOVERNMENT)
    ngo = OrganizationData(id=2, name="NGO", kind=OrganizationKind.NGO)
    a = guest(1, 50, organization=ngo)
    b = guest(2, 50, organization=gov)
    c = guest(3, 10)
    h = guest(4, 90, host=True)
    assert [g.id for g in sorted([a, b, c, h], key=precedence_key)] == [4, 3, 2, 1]


def test_groups_follow_their_senior_member() -> None:
    g = [guest(1, 80, delegation_name="Italy"), guest(2, 20, delegation_name="Japan"),
         guest(3, 10, delegation_name="Italy")]
    groups = grouped_in_protocol_order(g)
    assert [x.name for x in groups] == ["Italy", "Japan"]
    assert [x.id for x in groups[0].guests] == [3, 1]


def test_counts_by_category_organization_and_sex() -> None:
    guests = [
        guest(1, 1, category=GuestCategory.VIP, sex=Sex.FEMALE, delegation_name="A"),
        guest(2, 1, category=GuestCategory.VIP, sex=Sex.MALE, delegation_name="A"),
        guest(3, 1, rsvp=RsvpStatus.DECLINED, category=GuestCategory.MEDIA, sex=Sex.MALE),
        guest(4, 1, rsvp=RsvpStatus.REPRESENTATIVE, category=GuestCategory.OFFICIAL, sex=Sex.MALE,
              representative_sex=Sex.FEMALE, delegation_name="B"),
        guest(5, 1, rsvp=RsvpStatus.INVITED),
    ]
    c = attendance_counts(guests)
    assert c.attending == 3 and c.total == 5
    assert c.by_category == {GuestCategory.VIP: 2, GuestCategory.OFFICIAL: 1}
    assert c.by_organization == {"A": 2, "B": 1}
    assert c.by_sex[Sex.FEMALE] == 2 and c.by_sex[Sex.MALE] == 1
    assert c.by_status[RsvpStatus.DECLINED] == 1


# Seating ------------------------------------------------------------------------------------------------------------


def test_centre_then_right_then_left_alternately() -> None:
    assert centre_out(5) == [2, 1, 3, 0, 4]
    assert centre_out(4) == [2, 1, 3, 0]
    assert centre_out(1) == [0]
    assert around_table(6) == [0, 1, 5, 2, 4, 3]


@given(st.integers(1, 60))
def test_centre_out_is_a_permutation_alternating_outward(n: int) -> None:
    order = centre_out(n)
    assert sorted(order) == list(range(n))
    distances = [abs(p - n // 2) for p in order]
    assert distances == sorted(distances)


def test_head_table_seats_on_paper_the_chairs_right_is_the_papers_left() -> None:
    places = {p.number: p for p in seat_places(ChartLayout(ChartKind.HEAD_TABLE, 5))}
    assert places[1].x == 2  # centre
    assert places[2].x == 1  # occupant's right = audience's left when the table faces the room
    assert places[3].x == 3
    assert places[4].x == 0 and places[5].x == 4


def test_theatre_rows_face_the_stage() -> None:
    places = {p.number: p for p in seat_places(ChartLayout(ChartKind.THEATRE, 3, rows=2))}
    assert (places[1].x, places[1].y) == (1, 0)
    assert places[2].x == 2 and places[3].x == 0  # facing the stage, their right is the paper's right
    assert places[4].y == 1


@pytest.mark.parametrize("kind", list(ChartKind))
def test_every_layout_numbers_each_seat_once(kind: ChartKind) -> None:
    layout = ChartLayout(kind, 7, rows=3)
    places = seat_places(layout)
    assert [p.number for p in places] == list(range(1, layout.capacity + 1))
    assert len({(round(p.x, 3), round(p.y, 3)) for p in places}) == layout.capacity


def cand(pid: int, host: bool, prec: int, **kw: str) -> SeatCandidate:
    return SeatCandidate(pid, f"P{pid}", (0 if host else 1, prec, 100, 0, 1, f"p{pid}"), **kw)  # type: ignore[arg-type]


def test_auto_fill_puts_the_hosts_principal_in_the_centre_then_right_and_left() -> None:
    seats = auto_fill(
        ChartLayout(ChartKind.HEAD_TABLE, 5),
        [cand(1, False, 20), cand(2, True, 50), cand(3, False, 10), cand(4, True, 5), cand(5, False, 30),
         cand(6, False, 40)],
    )
    # the host's principal (4) centre; then by precedence: 3 on the right, 1 on the left, 5 right, 6 left
    assert [seats[n].person_id for n in range(1, 6)] == [4, 3, 1, 5, 6]
    places = {p.number: p.x for p in seat_places(ChartLayout(ChartKind.HEAD_TABLE, 5))}
    left_to_right = [seats[n].person_id for n in sorted(places, key=places.__getitem__)]
    assert left_to_right == [5, 3, 4, 1, 6]


def test_host_yields_to_a_guest_of_equal_rank() -> None:
    seats = auto_fill(ChartLayout(ChartKind.HEAD_TABLE, 3), [cand(1, True, 1), cand(2, True, 20),
                                                            cand(3, False, 20)])
    assert [seats[n].person_id for n in (1, 2, 3)] == [1, 3, 2]


def test_a_representative_takes_the_principals_seat_class() -> None:
    minister = cand(10, False, 10)
    rep = SeatCandidate(11, "Deputy", minister.key, guest_id=10, on_behalf_of="Minister")
    ambassador = cand(12, False, 20)
    seats = auto_fill(ChartLayout(ChartKind.HEAD_TABLE, 3), [ambassador, rep, cand(1, True, 1)])
    assert seats[2].person_id == 11 and seats[2].on_behalf_of == "Minister"
    assert seats[3].person_id == 12


def test_a_person_is_seated_once_and_extra_people_stay_standing() -> None:
    seats = auto_fill(ChartLayout(ChartKind.HEAD_TABLE, 2), [cand(1, False, 1), cand(1, False, 5),
                                                            cand(2, False, 3), cand(3, False, 4)])
    assert [s.person_id for s in seats.values()] == [1, 2]


def test_swap_seats_including_an_empty_one() -> None:
    assert swap_seats({1: "a", 2: "b"}, 1, 2) == {1: "b", 2: "a"}
    assert swap_seats({1: "a"}, 1, 3) == {3: "a"}


def test_a_declined_guest_left_seated_is_a_warning() -> None:
    warnings = seating_warnings(
        [SeatedPerson(1, 1, "Ms. A", RsvpStatus.ACCEPTED), SeatedPerson(2, 2, "Mr. B", RsvpStatus.DECLINED),
         SeatedPerson(3, 3, "Mr. C", None), SeatedPerson(4, 4, "Ms. D", RsvpStatus.INVITED),
         SeatedPerson(5, 5, "Mr. E", RsvpStatus.REPRESENTATIVE, is_principal=True),
         SeatedPerson(6, 6, "Ms. F", RsvpStatus.REPRESENTATIVE, is_principal=False)],
        capacity=6,
    )
    assert warnings == [
        "Mr. B declined but is still seated (seat 2).",
        "Ms. D has not answered yet but is seated (seat 4).",
        "Mr. E sends a representative but is still seated (seat 5).",
    ]


def test_seats_beyond_capacity_and_doubles_are_reported() -> None:
    w = seating_warnings([SeatedPerson(1, 1, "A"), SeatedPerson(9, 1, "A")], capacity=5)
    assert "Seat 9 (A) is beyond the chart's 5 seats." in w
    assert sum("more than once" in x for x in w) == 2


# Invitations ---------------------------------------------------------------------------------------------------


def test_protocol_address_of_an_ambassador() -> None:
    a = Addressee("H.E.", "Marco", "Rossi", "Ambassador of Italy to the Republic of Azerbaijan", sex=Sex.MALE)
    assert protocol_address(a) == "His Excellency Mr. Marco Rossi, Ambassador of Italy to the Republic of Azerbaijan"
    assert salutation(a) == "Your Excellency,"
    assert protocol_address(a, "ru").startswith("Его Превосходительство г-н Marco Rossi")
    assert protocol_address(a, "az").startswith("Zati-aliləri cənab Marco Rossi")


def test_address_and_salutation_without_excellency() -> None:
    a = Addressee("Dr.", "Leyla", "Mammadova", "Director", "Ministry of Health", Sex.FEMALE)
    assert protocol_address(a) == "Dr. Leyla Mammadova, Director, Ministry of Health"
    assert salutation(a) == "Dear Dr. Mammadova,"
    b = Addressee("", "Leyla", "Mammadova", sex=Sex.FEMALE)
    assert protocol_address(b) == "Ms. Leyla Mammadova"
    assert salutation(b, "ru") == "Уважаемая Leyla Mammadova!"


def test_fill_template_keeps_unknown_placeholders_visible() -> None:
    filled = fill_template("Dear {name}, see {nowhere} and {name}. <b>&", {"name": "Əli <x>"})
    assert filled.text == "Dear Əli <x>, see {nowhere} and Əli <x>. <b>&"
    assert filled.unknown == ("nowhere",)
