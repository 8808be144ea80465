"""Hypothesis strategies shared by every property test: programs, items, people, links."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from zoneinfo import ZoneInfo

import attrs
from hypothesis import strategies as st

from fastpath_ical import Conference, Item, ItemKind, Link, LinkKind, Person, Program

UTC = dt.UTC

#: Zones with and without DST, north and south, whole and fractional offsets.
ZONES = (
    "America/New_York",
    "America/Los_Angeles",
    "America/Sao_Paulo",
    "America/St_Johns",
    "Europe/London",
    "Europe/Zurich",
    "Europe/Dublin",
    "Australia/Sydney",
    "Australia/Lord_Howe",
    "Asia/Kolkata",
    "Asia/Tokyo",
    "Asia/Kathmandu",
    "Pacific/Chatham",
    "Pacific/Auckland",
    "UTC",
)

# Letters from several scripts, with spaces, hyphens and apostrophes inside.
_LETTERS = st.characters(
    categories=("Lu", "Ll", "Lo"),
    exclude_characters="\u0130\u0131",
    max_codepoint=0x2FFF,
)


def words(min_size: int = 1, max_size: int = 12) -> st.SearchStrategy[str]:
    word = st.text(_LETTERS, min_size=1, max_size=10)
    return st.lists(word, min_size=min_size, max_size=max_size).map(" ".join)


def names() -> st.SearchStrategy[str]:
    return words(1, 3)


def titles() -> st.SearchStrategy[str]:
    plain = words(1, 12)
    punctuated = st.tuples(
        words(1, 6), st.sampled_from([": ", ", ", "; ", " – ", "? "]), words(1, 6)
    ).map("".join)
    return st.one_of(plain, punctuated)


def urls() -> st.SearchStrategy[str]:
    path = st.text(
        st.characters(categories=("Ll", "Nd"), max_codepoint=0x7F), min_size=1, max_size=12
    )
    return st.builds(
        lambda host, p, q: f"https://{host}.example.org/{p}{q}",
        path,
        path,
        st.sampled_from(["", ".pdf", "?v=1&list=x_y", "#t=3"]),
    )


def people() -> st.SearchStrategy[Person]:
    return st.builds(
        Person,
        name=names(),
        affiliation=st.one_of(st.none(), words(1, 5)),
        profile=st.one_of(st.none(), urls()),
    )


def links() -> st.SearchStrategy[Link]:
    return st.builds(Link, kind=st.sampled_from([LinkKind.SLIDES, LinkKind.VIDEO]), url=urls())


#: Column headers a page reads as session, chair or abstract, never as extra text.
_KNOWN_HEADERS = frozenset({"session", "chair", "abstract"})


def texts(max_lines: int = 1) -> st.SearchStrategy[str]:
    """A cell's text: a title-like line, or several (a page's ``<br>``)."""
    return st.lists(titles(), min_size=1, max_size=max_lines).map("\n".join)


def extras() -> st.SearchStrategy[tuple[tuple[str, str], ...]]:
    """Cells of columns the page reader does not know: ``(header, text)``, e.g. ("Room", "LT1")."""
    header = words(1, 2).filter(lambda h: h.lower() not in _KNOWN_HEADERS)
    return st.lists(st.tuples(header, texts(2)), max_size=3).map(tuple)


def abstracts() -> st.SearchStrategy[str]:
    """Paragraphs of lines; a line may look like "Label: text", as real abstracts do."""
    paragraph = st.lists(titles(), min_size=1, max_size=3).map("\n".join)
    return st.lists(paragraph, min_size=1, max_size=3).map("\n\n".join)


@st.composite
def item_shapes(draw: st.DrawFn, *, details: bool = False) -> dict[str, object]:
    kind = draw(st.sampled_from(ItemKind))
    shape: dict[str, object] = {
        "kind": kind,
        "title": draw(titles()),
        "people": tuple(draw(st.lists(people(), max_size=3))) if kind is not ItemKind.BREAK else (),
        "links": tuple(draw(st.lists(links(), max_size=2))) if kind is not ItemKind.BREAK else (),
    }
    if details:
        shape["session"] = draw(st.none() | titles())
        shape["chair"] = draw(st.none() | names())
        shape["extra"] = draw(extras())
        shape["abstract"] = draw(st.none() | abstracts())
    return shape


@st.composite
def programs(
    draw: st.DrawFn,
    *,
    zones: tuple[str, ...] = ZONES,
    max_days: int = 3,
    max_items: int = 8,
    min_day: dt.date = dt.date(2000, 1, 1),
    max_day: dt.date = dt.date(2037, 12, 1),
    details: bool = False,
) -> Program:
    """A valid program: items in order, no overlap, on one or more consecutive days.

    Instants are made in UTC and shown in the zone, so every item is a real
    instant even on DST-change days; wall-clock oddities are tested apart.
    With ``details``, items also have a session, a chair, extra columns and an
    abstract, each sometimes (off by default: a page written from such a
    program is not the page reader's round trip to prove).
    """
    timezone = draw(st.sampled_from(zones))
    zone = ZoneInfo(timezone)
    first = draw(st.dates(min_value=min_day, max_value=max_day))
    days = draw(st.integers(1, max_days))
    items: list[Item] = []
    for offset in range(days):
        day = first + dt.timedelta(days=offset)
        cursor = dt.datetime.combine(day, dt.time(8), tzinfo=zone).astimezone(UTC)
        cursor += dt.timedelta(minutes=5 * draw(st.integers(0, 24)))
        for _ in range(draw(st.integers(1 if offset == 0 else 0, max_items))):
            length = dt.timedelta(minutes=5 * draw(st.integers(1, 18)))
            shape = draw(item_shapes(details=details))
            items.append(
                Item(start=cursor.astimezone(zone), end=(cursor + length).astimezone(zone), **shape)  # type: ignore[arg-type]
            )
            cursor += length + dt.timedelta(minutes=5 * draw(st.integers(0, 6)))
    return Program(
        title=draw(titles()),
        short_name=draw(words(1, 3)),
        date=first,
        timezone=timezone,
        location=draw(st.sampled_from(["Virtual", "Raleigh, NC", "Zürich; Room E5"])),
        virtual=False,
        home_page=draw(st.one_of(st.none(), urls())),
        recording=draw(st.one_of(st.none(), urls())),
        conference=draw(
            st.one_of(
                st.none(), st.builds(Conference, name=words(1, 3), url=st.one_of(st.none(), urls()))
            )
        ),
        organizers=tuple(draw(st.lists(people(), max_size=3))),
        items=tuple(items),
    )


def with_items(program: Program, items: Sequence[Item]) -> Program:
    """``program`` with ``items``, dated by its first item as a program must be."""
    date = items[0].start.astimezone(program.zone).date() if items else program.date
    return attrs.evolve(program, items=tuple(items), date=date)
