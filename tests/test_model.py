"""The model's invariants hold at construction, and `attrs.evolve` re-checks them."""

from __future__ import annotations

import datetime as dt
import re
import types
import typing
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fastpath_ical import (
    Conference,
    Item,
    ItemKind,
    Link,
    LinkKind,
    Person,
    Program,
    ProgramError,
)
from fastpath_ical.model import Paper

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


def test_items_in_order_of_start_and_may_run_side_by_side() -> None:
    """Parallel tracks are real programs: items may overlap, never go out of order."""
    first, second = talk(at(11), at(12), "a"), talk(at(12), at(13), "b")
    assert (first, second) == program(first, second).items
    with pytest.raises(ProgramError, match="out of order"):
        program(second, first)
    beside = talk(at(11, 30), at(13), "b")
    assert (first, beside) == program(first, beside).items
    assert program(first, beside).end == beside.end


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


def test_kinds_may_be_given_as_their_values() -> None:
    assert Link(kind="slides", url="https://x.org").kind is LinkKind.SLIDES
    assert talk(at(11), at(12)) == Item(
        start=at(11),
        end=at(12),
        kind="talk",
        title="T",
    )


def test_multi_line_text_keeps_tabs_and_line_feeds() -> None:
    item = Item(
        start=at(11),
        end=at(12),
        kind=ItemKind.TALK,
        title="T",
        abstract="one\n\ttwo",
        extra=[["Room", "A\nB"]],
    )
    assert item.extra == (("Room", "A\nB"),)
    assert program().notes == ()
    assert attrs.evolve(program(), notes=["a\nb"]).notes == ("a\nb",)


def _item(**changes: Any) -> Item:
    fields: dict[str, Any] = {"start": at(11), "end": at(12), "kind": ItemKind.TALK, "title": "T"}
    return Item(**(fields | changes))


def _program(**changes: Any) -> Program:
    fields: dict[str, Any] = {
        "title": "W",
        "short_name": "W",
        "date": dt.date(2021, 3, 28),
        "timezone": "America/New_York",
    }
    return Program(**(fields | changes))


def _link(**changes: Any) -> Link:
    fields: dict[str, Any] = {"kind": LinkKind.SLIDES, "url": "https://x.org"}
    return Link(**(fields | changes))


def _person(**changes: Any) -> Person:
    return Person(**({"name": "A"} | changes))


def _conference(**changes: Any) -> Conference:
    return Conference(**({"name": "C"} | changes))


_BUILDERS: dict[str, Callable[..., object]] = {
    "Item": _item,
    "Program": _program,
    "Link": _link,
    "Person": _person,
    "Conference": _conference,
}

_CLASSES: dict[str, type] = {
    "Item": Item,
    "Program": Program,
    "Link": Link,
    "Person": Person,
    "Conference": Conference,
}

_BAD: list[tuple[str, str, object]] = [
    # A string is not a collection: it must not be split into characters.
    ("Item", "people", "Bob"),
    ("Item", "people", b"Bob"),
    ("Item", "people", [1, 2]),
    ("Item", "people", None),
    ("Item", "people", 5),
    ("Item", "links", ["ftp://x"]),
    ("Item", "links", "https://x.org"),
    ("Item", "extra", [("a", "b", "c")]),
    ("Item", "extra", ["ab"]),
    ("Item", "extra", [("a", 1)]),
    ("Item", "start", dt.date(2021, 3, 28)),
    ("Item", "start", "2021-03-28T11:00-04:00"),
    ("Item", "kind", "lecture"),
    ("Item", "kind", LinkKind.SLIDES),
    ("Item", "kind", None),
    ("Item", "title", None),
    ("Item", "title", 5),
    ("Item", "title", "a\x00b\x07"),
    ("Item", "title", "a\nb"),
    ("Item", "title", "a\x85b"),
    ("Item", "title", "a\ud800b"),
    ("Item", "session", "a\x1bb"),
    ("Item", "chair", 3),
    ("Item", "abstract", "a\x00b"),
    ("Item", "abstract", "a\rb"),
    ("Program", "items", [1]),
    ("Program", "items", None),
    ("Program", "conference", "ISPASS"),
    ("Program", "organizers", "Bob"),
    ("Program", "organizers", [Person(name="A"), "B"]),
    ("Program", "virtual", "no"),
    ("Program", "virtual", 0),
    ("Program", "date", dt.datetime(2021, 3, 28, 11)),
    ("Program", "date", dt.datetime(2021, 3, 28, 11, tzinfo=NY)),
    ("Program", "date", "2021-03-28"),
    ("Program", "timezone", None),
    ("Program", "timezone", "America/New\x00York"),
    ("Program", "location", "a\x7fb"),
    ("Program", "notes", "note"),
    ("Program", "notes", ["a\x00b"]),
    ("Program", "notes", [1]),
    ("Program", "home_page", "https://x.org/\x00"),
    ("Program", "short_name", "W\tX"),
    ("Person", "affiliation", 5),
    ("Person", "affiliation", "a\x9fb"),
    ("Person", "name", None),
    ("Person", "profile", 5),
    ("Link", "url", "http://[::1/"),
    ("Link", "url", 5),
    ("Link", "url", None),
    ("Link", "url", "https://x.org/a\x00b"),
    ("Link", "url", "https://x.org/a\u00a0b"),
    ("Link", "url", "https://x.org/\ud800"),
    ("Link", "kind", "talk"),
    ("Link", "kind", 1),
    ("Conference", "name", None),
    ("Conference", "url", "http://[::1/"),
]


@pytest.mark.parametrize(("cls", "field", "value"), _BAD)
def test_bad_values_are_program_errors(cls: str, field: str, value: object) -> None:
    """Each is the model's error, naming the field, never a TypeError or AttributeError."""
    with pytest.raises(ProgramError, match=field):
        _BUILDERS[cls](**{field: value})


def _valid_values() -> st.SearchStrategy[object]:
    return st.one_of(
        st.sampled_from([*ItemKind, *LinkKind, Person(name="A"), Conference(name="C")]),
        st.sampled_from(["talk", "slides", "https://x.org", "America/New_York", "UTC"]),
        st.just(Link(kind=LinkKind.VIDEO, url="https://v.org")),
        st.just(talk(at(11), at(12))),
    )


_ANYTHING: st.SearchStrategy[object] = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(),
        st.floats(),
        st.text(),
        st.text(st.characters(codec=None, exclude_categories=())),
        st.binary(),
        st.dates(),
        st.datetimes(timezones=st.none() | st.timezones()),
        _valid_values(),
    ),
    lambda inner: st.lists(inner, max_size=3) | st.tuples(inner, inner) | st.frozensets(st.text()),
    max_leaves=6,
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(
    target=st.sampled_from(
        [(cls, field.name) for cls, kind in _CLASSES.items() for field in attrs.fields(kind)]
    ),
    value=_ANYTHING,
)
def test_any_value_is_accepted_or_a_program_error(target: tuple[str, str], value: object) -> None:
    """Whatever is accepted is what the class declares: each field of its declared type
    (tuples of the declared class, aware datetimes, a date that is not a datetime, a bool
    that is no int), URLs http(s) with a host, one-line text without control characters."""
    cls, field = target
    try:
        built = _BUILDERS[cls](**{field: value})
    except ProgramError:
        return
    hints = typing.get_type_hints(_CLASSES[cls])
    for name, hint in hints.items():
        kept = getattr(built, name)
        assert _conforms(kept, hint), f"{cls}.{name} = {kept!r} is not {hint}"
        if name in _URLS and kept is not None:
            parts = urlsplit(kept)
            assert parts.scheme in ("http", "https"), kept
            assert parts.netloc, kept
            assert not re.search(r"\s", kept), kept
        if name in _LINES and kept is not None:
            assert not re.search("[\x00-\x1f\x7f-\x9f]", kept), f"{cls}.{name} = {kept!r}"
    hash(built)  # frozen all the way down: no list slipped in


#: Fields holding a URL, and fields holding one line of text.
_URLS = frozenset({"url", "home_page", "recording", "profile"})
_LINES = frozenset(
    {"title", "short_name", "name", "location", "session", "chair", "affiliation", "timezone"}
)


def _conforms(value: object, hint: Any) -> bool:
    """Whether ``value`` is of the annotated type ``hint``, checked apart from the model."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (types.UnionType, typing.Union):
        return any(_conforms(value, arg) for arg in args)
    if origin is tuple:
        if not isinstance(value, tuple):
            return False
        if len(args) == 2 and args[1] is Ellipsis:
            return all(_conforms(element, args[0]) for element in value)
        return len(args) == len(value) and all(map(_conforms, value, args))
    if hint is type(None):
        return value is None
    if hint is dt.datetime:
        return isinstance(value, dt.datetime) and value.utcoffset() is not None
    if hint is dt.date:
        return isinstance(value, dt.date) and not isinstance(value, dt.datetime)
    if hint is bool:
        return value is True or value is False
    return isinstance(value, hint) and not isinstance(value, bool)


def test_items_must_be_on_the_programs_clock() -> None:
    """A program in Europe/Berlin with items on New York's clocks says two things at once."""
    with pytest.raises(ProgramError, match="not the clock of Europe/Berlin"):
        attrs.evolve(program(talk(at(11), at(12))), timezone="Europe/Berlin")
    utc = dt.datetime(2021, 3, 28, 15, tzinfo=dt.UTC)
    with pytest.raises(ProgramError, match="program's time zone"):
        program(talk(utc, utc + dt.timedelta(minutes=30)))


def test_the_date_is_the_first_day() -> None:
    with pytest.raises(ProgramError, match="not the program's first day"):
        attrs.evolve(program(talk(at(11), at(12))), date=dt.date(2030, 3, 28))
    assert program(talk(at(11), at(12))).date == dt.date(2021, 3, 28)
    # With no items yet, the date is all there is.
    assert program().dates == (dt.date(2021, 3, 28),)


@pytest.mark.parametrize("kind", list(ItemKind))
def test_every_kind_has_a_label_and_reads_back_from_it(kind: ItemKind) -> None:
    assert kind.label[0].isupper()
    assert ItemKind(kind.value) is kind
    speaking = {"talk", "keynote", "invited", "contributed", "panel"}
    assert kind.has_speakers == (kind.value in speaking)


def test_a_session_holds_its_papers() -> None:
    paper = Paper(
        title="P",
        people=[Person(name="Ann Lee")],
        links=[Link(kind="other", url="https://example.org/p.pdf")],
    )
    item = Item(start=at(11), end=at(12), kind="session", title="Session 1", papers=[paper])
    assert item.papers == (paper,)
    with pytest.raises(ProgramError, match="papers"):
        Item(start=at(11), end=at(12), kind="session", title="S", papers=["P"])
