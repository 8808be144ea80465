"""Lines that say one thing about the event: a label, "in conjunction with", the front matter.

"Location: Raleigh, NC", "Time zone: Europe/Zurich", "Organizers: A (IBM);
B (MIT)", "Workshop: [FPW](url)", "Recording: <url>"; "FastPath is held in
conjunction with [ISPASS 2021](url)"; a place alone on a line under the
title; and the front matter's ``timezone``, ``location`` and subtitle, read
as if the page wrote them.
"""

from __future__ import annotations

import datetime as dt
import re

import attrs

from .._patterns import lazy_compile
from ..errors import PageError, ProgramError, ZoneError
from ..model import Conference, Person
from ..zones import resolve_zone
from ._blocks import Paragraph
from ._frontmatter import FrontMatter
from ._inline import Inline, from_html, from_markdown
from ._people import people_list
from ._zone_names import venue_with_town, zone_in_place, zone_of_place_or_town
from ._zone_statements import LineZones, read_zone_statement

__all__ = [
    "LABEL",
    "Said",
    "front_matter_lines",
    "is_place_line",
    "is_recording",
    "place_after_in",
    "place_in_sentence",
    "read_conjunction",
    "read_front_matter",
    "read_label",
    "said_in_conjunction",
]


@attrs.frozen(kw_only=True)
class Said:
    """What one labelled line, "in conjunction with" line or the front matter says about
    the event; ``None`` where it says nothing.  The header takes each value said."""

    location: tuple[str, int] | None = None
    zones: LineZones = attrs.Factory(LineZones)
    #: "Time zone: Mars/Base": the label's value names no zone; the page's zone problem
    #: if the label's own statement leaves the page without a zone or a new problem.
    label_problem: PageError | None = None
    organizers: tuple[Person, ...] | None = None
    short_name: str | None = None
    home_page: str | None = None
    recording: str | None = None
    conference: Conference | None = None
    #: The line names a conference (``conference`` is ``None`` when it cannot be one).
    names_conference: bool = False


#: Front matter keys that give the place.
_PLACE_KEYS = ("location", "venue", "place", "where")
#: Front matter keys of an address's town, region and country, in the order written.
_ADDRESS_KEYS = ("addressLocality", "city", "addressRegion", "addressCountry", "country")


_CONJUNCTION = lazy_compile(
    r"\b(in conjunction with|co-?located with|held with|held in conjunction with|part of)\b",
    re.IGNORECASE,
)


LABEL = lazy_compile(
    r"^\s*(?:(?P<pin>📍)\s*(?P<pinned>.+)$|"
    r"(?:event\s+(?=venue|location|place|time))?"
    r"(?P<label>location|venue|where|place|time\s*zone|timezone|times|"
    r"organi[sz]ers?|organi[sz]ed by|short\s+name|home\s*page|website|web\s*site|"
    r"workshop|recording|video|videos)\s*:-?\s*(?P<value>.*)$)",
    re.IGNORECASE,
)


#: "Location: Munich, Germany." as a later sentence of a line ("All times are CEST. Location:
#: Munich, Germany."): the place, up to the sentence's end.
_PLACE_SENTENCE = lazy_compile(
    r"(?:^|[.;!]\s+)(?:location|venue|where|place)\s*:\s*(?P<place>[^.;!]+?)\s*(?:[.;!]|$)",
    re.IGNORECASE,
)


#: A sentence about the event itself ("The workshop will take place ... in Paris"), not
#: about a deadline or an earlier edition.
_EVENT_SENTENCE = lazy_compile(
    r"\b(?:workshop|symposium|meeting|conference|event|school|seminar|hackathon|tutorial|"
    r"held|take[s]?\s+place|co-?located|hosted|venue)\b",
    re.IGNORECASE,
)
_NOT_THIS_EVENT = lazy_compile(
    r"\b(?:deadline|submi(?:t|ssion)|notification|camera|aoe|last\s+year|previous|past|"
    r"was\s+held|were\s+held)\b",
    re.IGNORECASE,
)
#: The small words inside a place's name: "Rio de Janeiro", "Frankfurt am Main".
_PARTICLE = r"(?:de|da|do|dos|das|del|di|la|le|el|am|an|der|sur|upon)"
#: "in Paris", "in Tampa, Florida, USA", "in Rio de Janeiro, Brazil": capitalised words
#: after "in" (and the small words of a place's name), with up to two more after commas.
_IN_PLACE = lazy_compile(
    r"\bin\s+(?P<place>[A-Z][\w.'’-]*(?:\s(?:" + _PARTICLE + r"\s)?[A-Z][\w.'’-]*){0,3}"
    r"(?:,\s*[A-Z][\w.'’-]*(?:\s(?:" + _PARTICLE + r"\s)?[A-Z][\w.'’-]*){0,3}){0,2})",
    needs="in",
)


#: The verb of a sentence about where the event is, no words of a place's name.
_SENTENCE_VERB = lazy_compile(
    r"\b(?:will|takes?\s+place|is\s+(?:held|located)|are\s+held)\b",
    re.IGNORECASE,
    needs="will place held located",
)


def about_the_place(text: str) -> bool:
    """Whether ``text`` is a sentence about where the event is ("The workshop will take
    place in ..."), not a place's name."""
    return bool(_SENTENCE_VERB.search(text))


_BARE_ADDRESS = lazy_compile(r"\s*\(https?://[^()\s]*\)", needs="http")


def _unlinked(text: str) -> str:
    """ "at [University House] (http://...), Canberra": a link Markdown did not take (a
    space between its parts) leaves its brackets and its address, no words of the place."""
    return _BARE_ADDRESS.sub("", text).replace("[", "").replace("]", "")


def may_say_where(text: str) -> bool:
    """Whether :func:`place_in_sentence` can find a place in ``text`` at all: a labelled
    place, a sentence about the event, or parts between bars. Said without looking any
    place up, which may read the table of the world's towns: a page that states its zone
    never needs it."""
    text = _unlinked(text)
    return bool(_PLACE_SENTENCE.search(text) or _EVENT_SENTENCE.search(text) or _BARS.search(text))


def place_in_sentence(text: str) -> str | None:
    """The place a sentence inside a line gives, or ``None``: a labelled one ("Location:
    Munich, Germany"), else where a sentence about the event says it is held ("... takes
    place on October 3 at ICCV 2023 in Paris"), when that names a place of one zone."""
    text = _unlinked(text)
    found = _PLACE_SENTENCE.search(text)
    if found:
        return found.group("place")
    sentences = [
        sentence
        for sentence in _sentences(text)
        if _EVENT_SENTENCE.search(sentence) and not _NOT_THIS_EVENT.search(sentence)
    ]
    return _one_place(sentences) or _place_between_bars(text)


#: Between the parts of a line set apart by bars or dots: "IROS 2026 Workshop | Pittsburgh,
#: PA, USA | Sunday, Sep 27, 2026".
_BARS = lazy_compile(r"\s+[|·•]\s+")


def _place_between_bars(text: str) -> str | None:
    """The one part of a line of bars that is a place of one zone, written as a town and
    its state or country ("Pittsburgh, PA, USA"), when no other part names a zone."""
    parts = [part.strip() for part in _BARS.split(text)]
    if len(parts) < 2:
        return None
    found = [(part, zone_of_place_or_town(part)) for part in parts if "," in part]
    zones = {zone for _, zone in found if zone}
    return next(part for part, zone in found if zone) if len(zones) == 1 else None


def _sentences(text: str) -> list[str]:
    # "located at J.F. Staalroom at ...": an initial's full stop ends no sentence.
    return re.split(r"(?<=[.!?])(?<!\b[A-Z]\.)\s+", text)


def _one_place(sentences: list[str]) -> str | None:
    found = [
        (match["place"].rstrip("."), zone_of_place_or_town(match["place"]))
        for sentence in sentences
        for match in _IN_PLACE.finditer(sentence)
    ]
    zones = {zone for _, zone in found if zone}
    if not zones:
        # "held at the Universitat Example Fabra, Barcelona, Spain": no "in" before the
        # town, which the address after "at" names; two zones are no answer.
        found = [(address, zone_in_place(address)) for address in _addresses(sentences)]
        zones = {zone for _, zone in found if zone}
    if not zones:
        # "located at J.F. Staalroom at Postillion Hotel & Convention Centre WTC Rotterdam.":
        # a venue after the sentence's last "at", no comma in it, its city last.
        found = [
            (venue["venue"], zone_in_place(venue["venue"]))
            for sentence in sentences
            if (venue := _AT_VENUE.fullmatch(sentence.strip())) is not None
        ]
        zones = {zone for _, zone in found if zone}
    if not zones:
        # "held in the right-hand room on the 4th floor of Hotel Okura Kyoto.": a venue
        # after the sentence's last "of", named as a venue is, its city last.
        found = [
            (venue["venue"], zone_in_place(venue["venue"]))
            for sentence in sentences
            if (venue := _OF_VENUE.fullmatch(sentence.strip())) is not None
            and venue_with_town(venue["venue"])
        ]
        zones = {zone for _, zone in found if zone}
    return next(place for place, zone in found if zone) if len(zones) == 1 else None


#: "held at Example State University, in Oakwood Hall, East Lansing, MI", "at the
#: Universitat Example Fabra, Barcelona, Spain on July 19th": an address after "at" or
#: "in", its town among the parts between commas.
_ADDRESS = lazy_compile(r"\b(?:at|in)\s+(?:the\s+)?(?P<address>[A-Z][^.;!?]*(?:,[^.;!?]+)+)")


_AT_OR_IN = lazy_compile(r"\b(?:at|in)\s", needs="at in")


def _addresses(sentences: list[str]) -> list[str]:
    """The addresses the sentences give, each from its "at" or "in" to the sentence's end
    (see :func:`~._zone_names.zone_in_place`: a part of one town names its zone)."""
    return [
        clause.strip(" ,")
        for sentence in sentences
        # "... take place at ICCV 2025, on October 19th at the Example Convention Center,
        # Room 324": each "at" or "in" may start the address, the last one too.
        for at in _AT_OR_IN.finditer(sentence)
        if (found := _ADDRESS.match(sentence, at.start())) is not None
        # "Example Hall, Toronto, ON, and streamed from Vancouver, BC": one place a clause.
        for clause in _CLAUSES.split(found["address"])
    ]


_AT_VENUE = lazy_compile(r".*\bat\s+(?:the\s+)?(?P<venue>[A-Z][^,;!?]*?)[.\s]*", needs="at")

_OF_VENUE = lazy_compile(r".*\bof\s+(?:the\s+)?(?P<venue>[A-Z][^,;!?]*?)[.\s]*", needs="of")

_CLAUSES = lazy_compile(r",\s*(?:and|or|but|while|with)\s+")


def place_after_in(text: str) -> str | None:
    """The place of one zone that ``text`` names after "in" ("@ICCV2023 in Paris"), or
    ``None`` when it names none or places of different zones."""
    return _one_place(_sentences(text))


#: Front matter keys whose text a reader sees under the title, as page text.
_SUBTITLES = ("subtitle", "description", "tagline", "summary")


def front_matter_lines(front: FrontMatter) -> list[Paragraph]:
    """The front matter's subtitle or description as lines of the page: themes show it
    under the title, and a page may give its date, place or zone only there."""
    out: list[Paragraph] = []
    for key in _SUBTITLES:
        value = front.text(key)
        if value:
            content = from_html(value) if "<" in value else from_markdown(value)
            out.append(Paragraph(content, value, front.line_of(key)))
    return out


def read_front_matter(front: FrontMatter, *, on: dt.date | None = None) -> Said:
    """What the front matter says about the event, as if written on labelled lines.

    Its ``timezone`` is a statement of the times' zone, its ``location`` (or
    ``venue``) the place; its ``title`` is taken only if the page has no
    heading that names the workshop (the reader decides, see ``_reader``).
    """
    zones = LineZones()
    for key in ("timezone", "time_zone", "time-zone", "tz"):
        value = front.text(key)
        if value:
            zones = read_zone_statement(value, front.line_of(key), on=on, labelled=True)
            break
    location = next(
        ((value, front.line_of(key)) for key in _PLACE_KEYS if (value := front.text(key))), None
    )
    if location is None:
        # "addressLocality: Leipzig", "addressCountry: Germany" (schema.org's words, which
        # event themes use): the parts of an address, joined as a place is written.
        parts = [(value, front.line_of(key)) for key in _ADDRESS_KEYS if (value := front.text(key))]
        if parts:
            location = (", ".join(value for value, _ in parts), parts[0][1])
    return Said(zones=zones, location=location)


def is_place_line(text: str) -> bool:
    """A short line that is only a place the zone table knows ("Rome, Italy")."""
    text = text.strip(" .")
    return (
        0 < len(text) <= 60
        and not re.search(r"\d|\b(?:times?|local)\b", text, re.IGNORECASE)
        and len(text.split()) <= 6
        and zone_of_place_or_town(text) is not None
    )


def read_label(
    label: str, value: str, content: Inline, line: int, *, on: dt.date | None = None
) -> Said:
    """Labelled lines ("Location: Raleigh, NC", "Time zone: Europe/Zurich")."""
    key = re.sub(r"\s+", " ", label.lower())
    value = value.strip()
    offset = content.text.find(value) if value else 0
    links = [url for _, url in content.links if re.match(r"https?://", url, re.IGNORECASE)]
    address = links[0] if links else value if re.match(r"https?://\S+$", value) else None
    if key in ("location", "venue", "where", "place"):
        place = value
        if (
            value
            and (about_the_place(value) or may_say_where(value))
            and zone_in_place(value) is None
        ):
            # "## Location" over "The hackathon will take place in the Burroughs Room ...
            # near Euston Station in Central London.": the place the sentence names; a
            # sentence that names none ("The workshop will take place in the Physics
            # building at the") is no place to put in a calendar.
            said = place_in_sentence(value)
            # A line a break cuts off ("... at the") may go on to name one (``_header``).
            whole = value.rstrip().endswith((".", "!"))
            place = said or ("" if whole and about_the_place(value) else value)
        return Said(
            location=(place, line) if place else None,
            zones=read_zone_statement(value, line, on=on, offset=offset),
        )
    if key in ("time zone", "timezone", "times"):
        problem = None
        if value:
            try:
                resolve_zone(value)
            except ZoneError as exc:
                problem = PageError(
                    str(exc),
                    line=line,
                    column=offset + 1,
                    text=value,
                    expected="an IANA zone such as Europe/Zurich, or the timezone argument",
                )
        zones = read_zone_statement(value, line, on=on, offset=offset, labelled=True)
        return Said(zones=zones, label_problem=problem)
    if key.startswith("organi"):
        return Said(organizers=people_list(content, value))
    if key in ("short name", "workshop"):
        labels = [text for text, _ in content.links]
        return Said(
            short_name=labels[0] if labels else value, home_page=links[0] if links else None
        )
    if key in ("home page", "homepage", "website", "web site"):
        return Said(home_page=address)
    if key in ("recording", "video", "videos"):
        return Said(recording=address)
    return Said()  # pragma: no cover - LABEL names no other key


def _written_before(content: Inline) -> dict[str, list[bool]] | None:
    """For each link's address, whether each link to it, in the order written, stands
    before "in conjunction with", by where its text runs are: a label may be written on
    both sides ("**A** is in conjunction with **[A](url)**"), and so may one address
    ("[A](url) is in conjunction with [A](url)"). ``None`` when the runs do not show the
    phrase."""
    text = ""
    starts: dict[str, list[int]] = {}
    previous: str | None = None
    for run in content.runs:
        if run.href is not None and run.href != previous:
            starts.setdefault(run.href, []).append(len(text))
        previous = run.href
        text += run.text
    match = _CONJUNCTION.search(text)
    if match is None:
        return None
    return {href: [at < match.start() for at in ats] for href, ats in starts.items()}


def read_conjunction(content: Inline, line: int, *, place_known: bool) -> Said:
    """ "FastPath is held in conjunction with [ISPASS 2021](url)": the workshop's short
    name and home page, the conference, and a place written before it ("Rome, Italy —
    co-located with ..."), when ``place_known`` is false."""
    match = _CONJUNCTION.search(content.text)
    assert match is not None
    before, after = content.text[: match.start()], content.text[match.end() :]
    # Links come in the order they are written: those whose labels the part before
    # "in conjunction with" holds are its, the rest the conference's (a label may be
    # in both parts: "**[A](...)** is in conjunction with **A**").
    links = [link for link in content.links if link[0]]
    where = _written_before(content)
    if where is not None:
        # Each link takes the next side written for its address; None when its runs do
        # not show it.
        sides = [(link, where[link[1]].pop(0) if where.get(link[1]) else None) for link in links]
        links_before = [link for link, before_it in sides if before_it]
        links_after = [link for link, before_it in sides if before_it is False]
    else:
        count = 0
        rest = before
        while count < len(links) and links[count][0] in rest:
            rest = rest[rest.index(links[count][0]) + len(links[count][0]) :]
            count += 1
        links_before = links[:count]
        links_after = [link for link in links[count:] if link[0] in after]
    short_name = home_page = None
    location = None
    if links_before:
        short_name = links_before[0][0]
        if re.match(r"https?://", links_before[0][1]):
            home_page = links_before[0][1]
    else:
        short = re.sub(r"\s+(?:is|was|will be)(?:\s+held)?\s*$", "", before.strip(" *"))
        # "Rome, Italy — co-located with ...", "Montréal, Canada (co-located with ...)",
        # "Orlando, FL. Held in conjunction with ...": what comes before a dash, a
        # parenthesis or a full stop is the place or another sentence, not the name.
        separated = re.search(r"(?:[—–\-|·•(.:;,]|\s-)\s*$", short)
        place = re.split(r"\s+[—–\-|·•]\s+|\s*\(|\.\s|\.$", short.strip())[0].strip(" ,.—–-|·•")
        # A lone word before "is in conjunction with" names the workshop even when it is
        # also a place ("NH", "Lyon"); only "City, Region" reads as a place there.
        if separated or ("," in short and is_place_line(short)):
            if place and not place_known and is_place_line(place):
                location = (place, line)
        elif short:
            short_name = short
    name = after.strip(" .*")
    if name.endswith(")") and name.count(")") > name.count("("):
        name = name[:-1].strip(" .*")  # "Montréal, Canada (co-located with CGO 2023)"
    where_after = name.lstrip(" :*").partition(",")[2].strip(" .")
    if location is None and not place_known and where_after and is_place_line(where_after):
        # "**Colocated with:** [NAACL-2025](url), Albuquerque, New Mexico, U.S.A.": the
        # conference's place, the workshop's too.
        location = (where_after, line)
    conference = None
    try:
        if links_after:
            url = links_after[0][1]
            conference = Conference(
                name=links_after[0][0], url=url if re.match(r"https?://", url) else None
            )
        elif name:
            conference = Conference(name=name)
    except ProgramError:
        conference = None
    return Said(
        short_name=short_name,
        home_page=home_page,
        location=location,
        conference=conference,
        names_conference=bool(links_after or name),
    )


def is_recording(content: Inline) -> bool:
    label = " ".join(text for text, _ in content.links) or content.text
    return bool(re.search(r"\b(video|recording|playlist|youtube)\b", label, re.IGNORECASE))


def said_in_conjunction(text: str) -> bool:
    """Whether a line says the workshop is held with a conference ("co-located with")."""
    return _CONJUNCTION.search(text) is not None
