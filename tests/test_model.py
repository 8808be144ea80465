"""The model's invariants hold at construction, and `attrs.evolve` re-checks them."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import attrs
import pytest

from fastpath_ical import Item, ItemKind, Link, LinkKind, Person, Program, ProgramError

NY = ZoneInfo("America/New_York")


def at(hour: int, minute: int = 0, day: int = 28) -> dt.datetime:
    return dt.datetime(2021, 3, day, hour, minute, tzinfo=NY)


def talk(start: dt.datetime, end: dt.datetime, title: str = "T") -> Item:
    return Item(start=start, end=end, kind=ItemKind.TALK, title=title)


def program(*items: Item) -> Program:
    return Program(
        title="W",
        short_name="W",
        date=dt.date(2021, 3, 28),
        timezone="America/New_York",
        items=items,
    )


def test_item_must_end_after_it_starts() -> None:
    with pytest.raises(ProgramError, match="must end after it starts"):
        talk(at(11), at(11))
    with pytest.raises(ProgramError, match="must end after it starts"):
        talk(at(11), at(10, 59))


def test_times_must_be_aware() -> None:
    with pytest.raises(ProgramError, match="aware"):
        Item(start=dt.datetime(2021, 3, 28, 11), end=at(12), kind=ItemKind.TALK, title="T")


def test_length_is_true_length_across_dst() -> None:
    """01:30 EST to 03:30 EDT on 14 March 2021 is one hour, not two."""
    item = talk(
        dt.datetime(2021, 3, 14, 1, 30, tzinfo=NY), dt.datetime(2021, 3, 14, 3, 30, tzinfo=NY)
    )
    assert dt.timedelta(hours=1) == item.duration


def test_items_in_order_and_not_overlapping() -> None:
    first, second = talk(at(11), at(12), "a"), talk(at(12), at(13), "b")
    assert (first, second) == program(first, second).items
    with pytest.raises(ProgramError, match="out of order"):
        program(second, first)
    with pytest.raises(ProgramError, match="overlap"):
        program(first, talk(at(11, 30), at(13), "b"))


def test_order_is_by_instant_not_wall_clock() -> None:
    """Two items on the night clocks go back: 01:30 EDT comes before 01:10 EST."""
    early = Item(
        start=dt.datetime(2021, 11, 7, 1, 30, tzinfo=NY),
        end=dt.datetime(2021, 11, 7, 1, 50, tzinfo=NY),
        kind=ItemKind.TALK,
        title="a",
    )
    late = Item(
        start=dt.datetime(2021, 11, 7, 1, 10, fold=1, tzinfo=NY),
        end=dt.datetime(2021, 11, 7, 1, 40, fold=1, tzinfo=NY),
        kind=ItemKind.TALK,
        title="b",
    )
    assert (
        len(
            Program(
                title="W",
                short_name="W",
                date=dt.date(2021, 11, 7),
                timezone="America/New_York",
                items=(early, late),
            ).items
        )
        == 2
    )


@pytest.mark.parametrize(
    "url", ["ftp://x.org/a", "javascript:alert(1)", "x.org", "https://", "https://a b"]
)
def test_links_are_http(url: str) -> None:
    with pytest.raises(ProgramError, match=r"http or https|white space"):
        Link(kind=LinkKind.SLIDES, url=url)
    with pytest.raises(ProgramError):
        Person(name="A", profile=url)


def test_blank_names_and_titles_are_rejected() -> None:
    with pytest.raises(ProgramError, match="blank"):
        Person(name="  ")
    with pytest.raises(ProgramError, match="blank"):
        talk(at(11), at(12), title="")


def test_zone_must_be_iana() -> None:
    with pytest.raises(ProgramError, match="IANA"):
        Program(title="W", short_name="W", date=dt.date(2021, 3, 28), timezone="US EDT")


@pytest.mark.parametrize(
    "zone", ["Europe", "America/Argentina", "localtime", "posix/UTC", "Factory"]
)
def test_zone_must_be_a_portable_iana_name(zone: str) -> None:
    """A tzdata folder or a machine-only name is the model's error, never an OSError."""
    with pytest.raises(ProgramError, match="IANA"):
        Program(title="W", short_name="W", date=dt.date(2021, 3, 28), timezone=zone)


@pytest.mark.parametrize("year", [1, 1899, 9001, 9999])
def test_dates_must_fall_in_sane_years(year: int) -> None:
    """Feed building works past the last item; a year near 9999 would overflow there."""
    with pytest.raises(ProgramError, match="years"):
        Program(title="W", short_name="W", date=dt.date(year, 1, 1), timezone="UTC")
    moment = dt.datetime(year, 1, 1, 10, tzinfo=dt.UTC)
    with pytest.raises(ProgramError, match="years"):
        talk(moment, moment + dt.timedelta(hours=1))


def test_frozen_keyword_only_and_evolve_revalidates() -> None:
    item = talk(at(11), at(12))
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        item.title = "x"  # type: ignore[misc]
    with pytest.raises(TypeError):
        Link(LinkKind.SLIDES, "https://x.org")  # type: ignore[misc]
    with pytest.raises(ProgramError):
        attrs.evolve(item, end=at(10))


def test_collections_are_tuples() -> None:
    item = Item(
        start=at(11),
        end=at(12),
        kind=ItemKind.TALK,
        title="T",
        people=[Person(name="A")],
        links=[Link(kind=LinkKind.VIDEO, url="https://v.org")],
    )
    assert isinstance(item.people, tuple)
    assert isinstance(item.links, tuple)
