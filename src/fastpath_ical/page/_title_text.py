"""A title as a person reads it: without the links to its materials, the pictographs that
decorate it, and the length, room or moderator written after it.

"[Paper](arxiv) [[slides]](pdf) 🎥 (20 mins) (Hall B)" is the title "Paper",
with its length and room kept as extras; the links are the row's.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence

import attrs

from .._patterns import lazy_compile
from ..model import ItemKind
from ._inline import Inline
from ._kind_labels import kind_of_label
from ._kinds import BREAK_WORDS, REMARKS_WORDS, kind_of
from ._name_words import looks_like_names
from ._nobody import is_a_filler, to_be_announced

__all__ = [
    "MATERIAL_LABEL",
    "SHORTCODE",
    "LabelledLines",
    "bold_first_line",
    "bold_then_description",
    "chair_after_title",
    "drop_pictographs",
    "labelled_lines",
    "moderated",
    "norm_part",
    "notes_in_title",
    "only_material_words",
    "only_materials",
    "title_without_materials",
    "without_pictographs",
]


#: A link label that names material about a talk ("slides", "[video]"), not a word of its title.
MATERIAL_LABEL = lazy_compile(
    r"\W*(?:link\s+to\s+(?:the\s+)?)?(?:slides?|deck|video|videos|recording|youtube|pdf|code|github|paper|preprint|"
    r"arxiv|poster|abstract|doi|project(?:\s+page)?|website|talk\s+video|html|"
    # "[[Watch Online]](url)", "[Watch the recording](url)": the talk's video.
    r"watch(?:\s+(?:online|now|here|live|the\s+(?:talk|video|recording)))?|"
    r"full\s+paper|extended\s+abstract|notebooks?|binder|colab|tutorial|exercises?|"
    r"solutions?|handouts?|instructions|materials?|datasets?|data|"
    # "[Rmd file](x.Rmd)", "[R script](x.R)", "[source code](url)": a file of the session's.
    r"(?:[\w.+-]+\s+)?(?:files?|scripts?)|source(?:\s+code)?|"
    # Where the page says more of it: "[Details](#keynote)", "[Bio](#ann-lee)".
    r"details|more(?:\s+info(?:rmation)?|\s+details)?|read\s+more|bio|biography|"
    # "[Keynote information](/program/keynote)", "[Talk info](#t3)": a page about it.
    r"(?:(?:keynote|talk|speaker|session|event)\s+)?info(?:rmation)?)\W*",
    re.IGNORECASE,
)


def norm_part(text: str) -> str:
    """A part of a title cell without the spaces and punctuation around it; a quote that
    opens or closes inside it is kept ('"No Free Lunch" when using Models')."""
    spaced = " ".join(text.split())
    core = spaced.strip(_AROUND)
    if not any(quote in core for quote in _QUOTES):
        return core
    lead, trail = spaced.lstrip(_PUNCTUATION)[:1], spaced.rstrip(_PUNCTUATION)[-1:]
    return (lead if lead in _QUOTES else "") + core + (trail if trail in _QUOTES else "")


_PUNCTUATION = " ,.;:–—-"
_QUOTES = '"“”'
_AROUND = _PUNCTUATION + "\"'“”‘’"


def drop_pictographs(text: str) -> str:
    """``text`` without its symbols ("🏰", "🎥", and ":coffee:", which GitHub Pages and
    Hugo show as one): they decorate, they do not say."""
    if text.isascii():
        # ASCII's only symbols of those categories are "^" and "`" (modifier symbols).
        if ":" in text:
            text = SHORTCODE.sub("", text)
        return text.translate(_ASCII_MODIFIERS)
    if ":" in text:
        text = SHORTCODE.sub("", text)
    return "".join(
        ch
        for at, ch in enumerate(text)
        if (
            (category := unicodedata.category(ch)) not in ("So", "Sk", "Cn")
            and ch not in _EMOJI_JOINERS
        )
        or (category == "Sk" and _an_apostrophe(text, at))
        or ch in _MARKS
        or "\u2190" <= ch <= "\u21ff"
    )


#: Symbols that are part of what a title says, not decoration: "NEUROGES®", "Java™",
#: "90°"; and the arrows (U+2190 to U+21FF: "Data → Insight").
_MARKS = frozenset("©®™℠°№")


def _an_apostrophe(text: str, at: int) -> bool:
    """ "McClelland´s": an accent between two letters stands for an apostrophe."""
    return 0 < at < len(text) - 1 and text[at - 1].isalpha() and text[at + 1].isalpha()


_ASCII_MODIFIERS = str.maketrans("", "", "^`")

#: An emoji shortcode standing apart: ":coffee:", ":round_pushpin:", ":+1:", or a run of
#: them (":wave::coffee: join for a coffee!").
SHORTCODE = lazy_compile(r"(?<!\S)(?::[a-z0-9_+-]*[a-z][a-z0-9_+-]*:)+(?!\S)")


#: What only dresses a pictograph ("🍽️" is U+1F37D and a variation selector), left
#: alone in a title once the pictograph is gone.
_EMOJI_JOINERS = frozenset("\ufe0e\ufe0f\u200d\u20e3")


def without_pictographs(text: str) -> str:
    """ "Coffee break 🏰", "Invited talk 🎥": the pictographs decorate, they do not title."""
    if text.isascii() and ":" not in text:
        return text
    return " ".join(drop_pictographs(text).split()).strip(" |·•") or text


#: A note in brackets after a bold title, on its line: "(refresher)", "(continued)".
_NOTE_AFTER_BOLD = lazy_compile(r"\s*[(\[][^()\[\]]+[)\]]\s*")


#: One short line of a few words in title case, or in brackets, no sentence ("Topic
#: Introduction", "(Introduction of Hackathon)"; not "Recap of yesterday"): a heading's
#: subject, not a description.
_SUBTITLE = lazy_compile(
    r"\([A-Z][\w'’-]*(?:\s+[\w'’-]+){0,4}\)"
    r"|[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|and|for|the|in|on|to|&)){0,4}"
)


def bold_first_line(content: Inline) -> tuple[str, str] | None:
    """ "**Introduction**<br>Welcome<br>Logging in": a title set in bold on the cell's first
    line, and what the lines under it say of the item (its description); ``None`` when the
    cell is not so written. Only a note in brackets ("(refresher)") and stops may stand
    outside the bold on that line ("**Gene annotation (part 2)**)" ends in a stray bracket,
    left out)."""
    lines = [index for index, line in enumerate(content.lines) if line.strip()]
    if len(lines) < 2:
        return None
    first = [run for run in content.runs if run.line == lines[0] and run.text.strip()]
    if not first or not first[0].strong:
        return None
    kept: list[str] = []
    for run in first:
        if run.strong or _NOTE_AFTER_BOLD.fullmatch(run.text):
            kept.append(run.text.strip())  # "**Gene annotation** (refresher)"
        elif re.search(r"[^\W_]", run.text):
            return None
    bold = " ".join(kept)
    rest = "\n".join(content.lines[index].strip() for index in lines[1:])
    if (
        len(lines) == 2
        and len(bold.split()) <= 2
        and _SUBTITLE.fullmatch(rest)
        and not looks_like_names(rest.strip("()"))
    ):
        # "**Hackathon**<br>Topic Introduction": a one-word heading and what it is about,
        # one short line under it, is one title.
        joined = (
            f"{norm_part(bold)} {rest}" if rest.startswith("(") else f"{norm_part(bold)}: {rest}"
        )
        return joined, ""
    return norm_part(bold), rest


#: A dash between spaces, then a word in small letters: what follows describes the item.
_DASH_THEN_DESCRIPTION = lazy_compile(r"\s+[—–]\s+(?=[^\W\d_])(?-i:(?![A-Z]))")


def bold_then_description(content: Inline) -> tuple[str, str] | None:
    """ "**Opening** — welcome and the day's plan": a title set in bold, then a dash and
    what it is about, in plain words starting in small letters (its description);
    ``None`` when the cell is not so written. Only a cell of one line, whose bold runs all
    come before the dash, with no link and no emphasis after it: "**Keynote** — Ann
    Lee", "**Talk** — *Title*" say other things."""
    if len(content.lines) != 1:
        return None
    runs = [run for run in content.runs if run.text.strip()]
    if not runs or not runs[0].strong:
        return None
    bold: list[str] = []
    index = 0
    while index < len(runs) and runs[index].strong and not runs[index].href:
        bold.append(runs[index].text.strip())
        index += 1
    rest = runs[index:]
    if not rest or any(run.strong or run.emphasis or run.href for run in rest):
        return None
    after = " " + "".join(run.text for run in rest).lstrip(" ")
    dash = _DASH_THEN_DESCRIPTION.match(after)
    if dash is None:
        return None
    description = after[dash.end() :].strip()
    title = norm_part(" ".join(bold))
    if kind_of_label(title) is not None or _WHO.match(description):
        # "**Tutorial** — pandas for beginners", "**Fireside chat** — with Ann Lee": a kind,
        # then what or who it is; no description.
        return None
    return title, description


#: Words that say who, not what: "with Ann Lee", "by the organizers".
_WHO = lazy_compile(r"(?:with|by|featuring|ft\.?|feat\.?)\b", re.IGNORECASE)


#: A bracketed list at the end of a title: "[tutorial, Binder]", "(slides | video)".
_LINKS_LISTED = lazy_compile(r"\s*[(\[]\s*(?P<labels>[^()\[\]]+?)\s*[)\]]\s*$")


def _lines_set_apart(content: Inline) -> bool:
    """Whether a cell is two or more lines, each wholly in bold and none a link."""
    lines = {run.line for run in content.runs if run.text.strip()}
    return (
        len(content.written_lines) >= 2
        and len(lines) == len(content.written_lines)
        and not content.links
        and all(run.strong for run in content.runs if run.text.strip())
    )


#: "[Accepted papers](/papers.html)": the list of a poster session's papers.
_PAPERS_LIST = lazy_compile(
    r"\W*(?:list\s+of\s+)?accepted\s+(?:papers|posters)\W*", re.IGNORECASE, needs="accepted"
)


def only_materials(content: Inline) -> bool:
    """Whether a cell holds only links to material, each labelled with what it is, and
    brackets or separators between them ("[recording]", "[slides, video]", "[Accepted
    papers](url)")."""
    if not content.links or not all(
        MATERIAL_LABEL.fullmatch(label) or _PAPERS_LIST.fullmatch(label)
        for label, _ in content.links
    ):
        return False
    text = content.text
    for label, _ in content.links:
        text = text.replace(label, "", 1)
    return not text.strip(" ,;|/·•-–—()[]")


def title_without_materials(content: Inline) -> str:
    """ "[Paper](arxiv) [[slides]](pdf) [[video]](yt)": the title is "Paper"; the links
    labelled with what they are (slides, video, pdf, code, paper, recording) are links,
    not words of the title. A link that starts the cell is the title's own, unless it is
    a line of its own that names material ("[Intro Slides (pdf)](a.pdf) <br> [Title](b)")."""
    text = _without_material_lines(content)
    if text == content.text and _lines_set_apart(content):
        # "**Registration Opens**<br>**CTF Starts**": two things at one time, each its own
        # line in bold, not one title run together ("Registration Opens CTF Starts").
        text = " / ".join(content.written_lines)
    labels = {label.strip() for label, _ in content.links if label.strip()}
    listed = _LINKS_LISTED.search(text)
    parts = (
        [part.strip() for part in re.split(r"[,;|/·•]", listed.group("labels"))] if listed else []
    )
    if (
        listed
        and text[: listed.start()].strip()
        and any(part in labels for part in parts)
        and all(MATERIAL_LABEL.fullmatch(part) for part in parts)
    ):
        # "Title [tutorial, Binder]": a list of the cell's links after the title.
        text = text[: listed.start()]
    for label, _ in reversed(content.links):
        if not label or not MATERIAL_LABEL.fullmatch(label):
            continue
        at = text.rfind(label)
        if at <= 0 or not text[:at].strip(" ,;|/·•-–—([]"):
            continue
        text = text[:at] + text[at + len(label) :]
    if text == content.text:
        return without_pictographs(text)
    text = re.sub(r"[(\[]\s*(?:[,;/|·•]\s*)*[)\]]", "", text)
    text = re.sub(r"\s+", " ", text).strip(" ,;|/·•-–—")
    # "...simple tasks on graphs: [slides](a) and [notebook](b)": the words that joined
    # the links, and the colon that introduced them.
    text = _JOINERS_LEFT.sub("", text)
    return without_pictographs(text or content.text)


_JOINERS_LEFT = lazy_compile(
    r"\s*[:;,]?\s*(?:\b(?:and|or)\b|&)(?:\s*(?:\b(?:and|or)\b|&|,))*\s*$|\s*:\s*$"
)


def _without_materials_after(value: str, content: Inline) -> str:
    """A labelled line's names without the labels of material links after them
    ("Speaker: Ann Lee [[video]](url)" names Ann Lee)."""
    return _without_trailing_labels(value, (label for label, _ in content.links))


def _without_trailing_materials(line: str, content: Inline) -> str:
    """The cell's first line without the labels of the material links written on it after
    its words ("Title [[video]](url)"); a label inside the title ("The [Poster](url)
    session") or a link on another line of the cell ("Speaker: Ann Lee [[video]](url)")
    takes no word of it."""
    first = next((number for number, text in enumerate(content.lines) if text.strip()), 0)
    text = _without_trailing_labels(
        line, (run.text for run in content.runs if run.line == first and run.href)
    )
    if text == line.rstrip():
        return line
    return re.sub(r"\s+", " ", text).strip(" ,;|/·•-–—") or line


def _without_trailing_labels(text: str, labels: Iterable[str]) -> str:
    """``text`` without the labels that name material (``MATERIAL_LABEL``) among
    ``labels`` where they end it, one after another ("Title [slides] [video]"), as long as
    words stay before them. The longest label is tried first, so that the result does not
    hang on the order of a set."""
    materials = sorted(
        {label.strip() for label in labels if MATERIAL_LABEL.fullmatch(label.strip())},
        key=lambda label: (-len(label), label),
    )
    text = text.rstrip()
    while True:
        bare = text.rstrip(" ,;|/·•-–—()[]")
        label = next((label for label in materials if label and bare.endswith(label)), None)
        if label is None or not bare[: -len(label)].strip(" ,;|/·•-–—([]"):
            return text
        text = bare[: -len(label)].rstrip(" ,;|/·•-–—([")


#: A link's label that names material at its end: "Workshop Intro Slides (pdf)".
_MATERIAL_AT_END = lazy_compile(
    r".*\b(?:slides?|slide\s+deck|video|recording|handouts?|notebooks?)\s*"
    r"(?:\(\s*(?:pdf|pptx?|html|mp4)\s*\))?\W*",
    re.IGNORECASE,
)


#: "Variant Calling Primer Slides (pdf)": what the material is of, then the material.
_NAMED_MATERIAL = lazy_compile(
    r"(?P<title>.*[^\W_].*?)\s+(?:slides?|slide\s+deck)\s*(?:\(\s*(?:pdf|pptx?)\s*\))?",
    re.IGNORECASE,
    needs="slide",
)


def _without_material_lines(content: Inline) -> str:
    """The cell's text without its lines that are each one link to material, or a
    placeholder in italics where a name would be, if any other line is left: such a line
    says where the slides are, or no one, not what the item is.  A cell
    that is only such a link ("[Variant Calling Slides (pdf)](a.pdf)") is titled by what
    its label says before the material."""
    if len(content.lines) < 2:
        only = content.links[0][0].strip() if len(content.links) == 1 else ""
        named = _NAMED_MATERIAL.fullmatch(only) if only == content.text.strip() else None
        return named.group("title") if named else content.text
    labels = {label.strip() for label, _ in content.links}
    italic = {run.text.strip() for run in content.runs if run.emphasis and not run.strong}
    kept = [
        line
        for index, line in enumerate(content.lines)
        if not (line.strip() in labels and _MATERIAL_AT_END.fullmatch(line.strip()))
        # "Title<br>*Speaker*": a template's placeholder in italics, naming no one.
        and not (line.strip() in italic and is_a_filler(line))
        # "Finding Data: <br> - [Earthdata Search](url) <br> - [AppEEARS](url)": a list of
        # links under the title, each the item's link, no word of its title.
        and not (index and _listed_link(line, labels))
        # "Recording: /project/x.mp4 on LUMI only.", "[Slides] and [notes]": where the
        # material is, under the title.
        and not (index and _material_line(line, labels))
    ]
    if not kept or len(kept) == len(content.lines):
        return content.text
    said = " ".join(line.strip() for line in kept)
    return said.rstrip(" :") if _listed_link(content.lines[-1], labels) else said


#: A line that says where an item's material is: "Recording: ...", "Slide files: ...".
_MATERIAL_LABELLED = lazy_compile(
    r"\W*(?:slides?(?:\s+files?|\s+deck)?|recordings?|videos?|materials?|handouts?|"
    r"notebooks?)\s*:(?P<where>.*)",
    re.IGNORECASE,
)
#: Where a file is: a path or an address ("/project/x.mp4", "slides.pdf", "example.org/a").
_WHERE = lazy_compile(r"\S/\S|\S\.(?:pdf|pptx?|key|mp4|mov|ipynb|zip|html?)\b", re.IGNORECASE)
#: What may join links on a line of them: "and", "&", "/", "|", ",".
_JOINERS = lazy_compile(r"[\s,;/|&·•()\[\]-]*(?:\band\b[\s,;/|&·•()\[\]-]*)*")


#: A word that only labels a link to material, on a line of such words under a title.
_DEAD_LINK_WORD = lazy_compile(
    r"\W*(?:slides?|video|pdf|recording|paper|poster|code|abstract)\W*", re.IGNORECASE
)


def only_material_words(line: str) -> bool:
    """Whether a line under a title is only words that label links to material ("Slides
    Video"), the links there or with no address."""
    words = line.split()
    return bool(words) and all(_DEAD_LINK_WORD.fullmatch(word) for word in words)


def _material_line(line: str, labels: set[str]) -> bool:
    """Whether ``line`` only says where material is: labelled so, or its links joined by
    "and" with one of them named as material ("[Slides] and [additional notes]")."""
    if only_material_words(line):
        return True  # "[Slides](a.pdf) <a href="">Video</a>": labels of links, one with no address
    labelled = _MATERIAL_LABELLED.fullmatch(line)
    if labelled and (
        _WHERE.search(labelled.group("where")) or any(label in line for label in labels if label)
    ):
        return True  # "Recording: /project/x.mp4", not "Materials: five years of lessons"
    rest = line
    named = False
    for label in sorted(labels, key=len, reverse=True):
        if label and label in rest:
            rest = rest.replace(label, " ", 1)
            named = named or bool(MATERIAL_LABEL.fullmatch(label))
    return named and rest != line and bool(_JOINERS.fullmatch(rest))


#: A line of a list written with line breaks: "- [AppEEARS](url)".
_LISTED = lazy_compile(r"\s*[-*•·]\s+(?P<label>\S.*?)\s*")


def _listed_link(line: str, labels: set[str]) -> bool:
    """Whether ``line`` is an entry of a list written with line breaks that is one link."""
    listed = _LISTED.fullmatch(line)
    # A short label names a tool or a site ("Earthdata Search"); a longer one may be a
    # paper's title, which a link would lose (a link keeps no label in a feed).
    return (
        listed is not None
        and listed.group("label") in labels
        and len(listed.group("label").split()) <= 3
    )


#: "(15 mins)", "(20 mins + 5 mins Q&A)", "(2x30min presentations, 2x15min discussion)":
#: how long, written after a title.
_DURATION = lazy_compile(
    r"\s*[(\[]\s*(?P<text>(?:\d+\s*[x×]\s*)?\d+\s*(?:min(?:ute)?s?|h(?:ours?|rs?)?)\b"
    r"[^()\[\]]*)[)\]]\s*$",
    re.IGNORECASE,
    needs="( [",
)
#: "(Main Seminar Room)", "(Hall B)": where, written after a title.
_ROOM = lazy_compile(
    r"\s*[(\[]\s*(?P<text>[^()\[\]]*\b(?:room|hall|auditorium|theat(?:re|er)|building|lab|"
    r"lobby|foyer|atrium|ballroom|salon|suite|aula|lecture\s+theatre|location|venue)\b"
    r"[^()\[\]]*)[)\]]\s*$",
    re.IGNORECASE,
    needs=(
        "atrium auditorium aula building foyer hall lab lecture lobby location room "
        "salon suite theater theatre venue"
    ),
)


def names_a_room(text: str) -> bool:
    """Whether ``text`` is a room or a venue's part ("Riverside Lobby", "Hall C")."""
    return _ROOM.fullmatch(f"({text})") is not None


#: "(TBD)", "(remote presentation)": how the item stands, written after its title.
_STANDING = lazy_compile(
    r"\s*[(\[]\s*(?P<text>tb[adc]|to\s+be\s+(?:announced|confirmed|determined)|tentative|"
    r"optional|remote(?:\s+(?:presentation|talk))?|virtual|online|in[- ]person|hybrid|"
    r"(?:pre-?)?recorded(?:\s+(?:video|talk|presentation))?|live)\s*[)\]]\s*$",
    re.IGNORECASE,
)
#: A role in brackets with no one's name: "Welcome address (Program chair)", "Opening
#: (Moderator)": who speaks, by their role, no words of the title.
_ROLE_ALONE = lazy_compile(
    r"\s*[(\[]\s*(?P<text>(?:(?:general|program(?:me)?|session|workshop|local|organizing)\s+)?"
    r"(?:chairs?|co-chairs?|moderators?|hosts?|organi[sz]ers?))\s*[)\]]\s*$",
    re.IGNORECASE,
    needs="chair host moderator organiser organizer",
)
#: A kind of item in brackets after a title: "Planning by Active Sensing (Spotlight)",
#: "Meet and Greet (Break)": what the item is, said apart from its title.
_KIND_ALONE = lazy_compile(
    r"\s*[(\[]\s*(?P<text>(?:(?:invited|contributed|keynote|spotlight|oral|lightning)"
    r"(?:\s+(?:talk|presentation|paper))?|(?:coffee\s+)?break|(?:opening|closing)"
    r"(?:\s+remarks)?|panel(?:\s+discussion)?|poster(?:\s+session)?))\s*[)\]]\s*$",
    re.IGNORECASE,
    needs="break closing contributed invited keynote lightning opening oral panel poster spotlight",
)
#: The kind after a comma that ends a title: "Title, invited talk", "Title, keynote".
_KIND_AFTER_COMMA = lazy_compile(
    r"(?<=\S),\s*(?P<text>(?:invited|contributed|keynote|spotlight|oral)"
    r"(?:\s+(?:talk|presentation|paper|lecture))?)\s*$",
    re.IGNORECASE,
    needs="contributed invited keynote oral spotlight",
)
#: A sentence's full stop at the end of a title ("Bridge Program."), not an abbreviation's.
_FULL_STOP = lazy_compile(r"(?<=[^\W\d_]{4})\.$|(?<=-[^\W\d_]{2})\.$|(?<=[)\d])\.$")
#: "_ Improving Things_": emphasis CommonMark does not read (a space inside it), around
#: the whole title.
_STRAY_EMPHASIS = lazy_compile(
    r"(?P<mark>[*_]{1,2})\s*(?P<text>[^\s*_](?:.*[^\s*_])?)\s*(?P=mark)", needs="* _"
)


#: "Lunch @ Rye House": where a meal, a break or a social happens, after an at sign set
#: apart by spaces ("ML @ Scale", "Recommendations @ Netflix" are titles; "Social @ 19:00"
#: says when, not where).
_AT_PLACE = lazy_compile(r"\s+@\s+(?P<text>[^@\d][^@]*?)\s*$", needs="@")
#: "Social Program (at The Grund)", "Lunch (@ Lakeside Restaurant)": the place in brackets
#: after the title.
_AT_PLACE_IN_BRACKETS = lazy_compile(
    r"\s*\((?:at\s+|@\s*)(?P<text>[^()\d][^()]*?)\s*\)\s*$", needs="("
)
#: What a place after an at sign may follow: a meal, a break, a social, an arrival, with
#: up to three words before it ("Pearl River Night Cruise", "Workshop Dinner").
_AT_WHAT = lazy_compile(
    r"(?:[^\W\d_][\w'’-]*\s+){0,3}(?:lunch|dinner|breakfast|brunch|coffee(?:\s+break)?|tea|reception|"
    r"social(?:\s+(?:program(?:me)?|event|evening|gathering|hour))?|"
    r"happy\s+hour|drinks|banquet|arrive|arrival|registration|check-in|"
    r"(?:night\s+)?cruise|excursion|tour)",
    re.IGNORECASE,
)


#: "Keynote Presentation (Session Chair: Ann Lee)": the chair in brackets after the title.
_CHAIR_AFTER = lazy_compile(
    r"(?P<title>.*?\S)\s*[(\[]\s*(?:session\s+)?(?:chaired\s+by|chair(?:s|\(s\))?\s*:)\s*"
    r"(?P<names>[^()\[\]:,]+?(?:,\s*[^()\[\]:,]+?)*)\s*[)\]]",
    re.IGNORECASE,
    needs="chair",
)


def chair_after_title(title: str) -> tuple[str, str | None]:
    """The title without the chair written in brackets after it, and that chair."""
    found = _CHAIR_AFTER.fullmatch(title)
    if found is None or not looks_like_names(found.group("names")):
        return title, None
    return found.group("title"), found.group("names")


def _label_and_its_text(first: str, second: str) -> bool:
    """ "Coffee Break - Coffee break": a Type cell's label and a title that says it again,
    written apart (in another case); a title that says a word twice alike is a title."""
    return (
        first != second
        and first.casefold() == second.casefold()
        and bool(BREAK_WORDS.search(first) or REMARKS_WORDS.search(first))
    )


def notes_in_title(title: str, *, kinds: bool = True) -> tuple[str, tuple[tuple[str, str], ...]]:
    """A title without the length, the room and the standing written after it (and, with
    ``kinds``, a kind in brackets), which are kept as extras, and without a sentence's
    full stop at its end, markup that did not read as emphasis around it or brackets
    around all of it."""
    # Each pattern below is run only on a title holding what every match of it holds (a
    # bracket, an at sign, a dash or colon, a full stop at the end): most titles hold none
    # of them, and this runs on every row.
    noted: list[tuple[str, str]] = []
    wrapped = _STRAY_EMPHASIS.fullmatch(title) if title[:1] in ("*", "_") else None
    if wrapped:
        title = wrapped.group("text")
    bracketed = re.fullmatch(r"\(\s*([^()]+?)\s*\)", title) if title[:1] == "(" else None
    if bracketed:
        title = bracketed.group(1)  # "(Pizza delivery)": a title set apart, all of it
    leading = _LEADING_PART.match(title) if title[:1] == "(" else None
    if leading is not None and title[leading.end() :].strip():
        # "(Special Session) Practice and Theory": which part of the program, before it.
        noted.append(("Note", leading.group("text")))
        title = title[leading.end() :]
    halves = (
        re.fullmatch(r"(.+?)\s+[-–—:]\s+(.+)", title)
        if not _DASHES_AND_COLON.isdisjoint(title)
        else None
    )
    if halves and _label_and_its_text(halves.group(1), halves.group(2)):
        title = halves.group(1)  # "Coffee Break - Coffee break": a label and its text alike
    for label, pattern, after in _NOTES if not _NOTE_MARKS.isdisjoint(title) else ():
        found = pattern.search(title)
        if found and after is not None and not after.fullmatch(title[: found.start()].strip()):
            continue  # a note only after what it may follow ("Lunch @ Rye House")
        if found and label == "Kind" and (not kinds or _a_label(title[: found.start()].strip())):
            continue  # "Kaffeepause (coffee break)": a label and its translation, one title
        if found and title[: found.start()].strip():
            # "(@ Lakeside Restaurant - Hall 2)": the at sign says where, no part of it.
            noted.insert(0, (label, found.group("text").strip().lstrip("@").strip()))
            title = title[: found.start()].rstrip(" ,;-–—")
    after_comma = _KIND_AFTER_COMMA.search(title) if kinds and "," in title else None
    if after_comma is not None and not _a_label(title[: after_comma.start()].strip()):
        # "Hypergraph-Based Contextuality, *invited talk*": the kind, after a comma.
        noted.insert(0, ("Kind", after_comma.group("text")))
        title = title[: after_comma.start()].rstrip()
    if (
        title.endswith((".", ".\n"))
        and ". " not in title
        and _FULL_STOP.search(title)
        and not title.endswith(("etc.", "al."))
    ):
        title = title[:-1]
    return title, tuple(noted)


#: "(Special Session) ", "(Plenary) ": the part of the program a title is in, before it.
_LEADING_PART = lazy_compile(r"\(\s*(?P<text>special\s+session|plenary)\s*\)\s+", re.IGNORECASE)

_DASHES_AND_COLON = frozenset("-–—:")
#: The notes after a title: what each is, its pattern, and what it may follow (if not
#: anything).  Every match of each holds a bracket or an at sign (``_NOTE_MARKS``).
_NOTES = (
    ("Note", _STANDING, None),
    ("Note", _ROLE_ALONE, None),
    ("Kind", _KIND_ALONE, None),
    ("Duration", _DURATION, None),
    ("Room", _ROOM, None),
    ("Place", _AT_PLACE, _AT_WHAT),
    ("Place", _AT_PLACE_IN_BRACKETS, _AT_WHAT),
)
_NOTE_MARKS = frozenset("([@")


_MODERATED = lazy_compile(
    r"\s*[(\[]\s*(?:moderated\s+by|moderator\s*:?|chaired\s+by|chair\s*:)\s*(?P<names>[^()\[\]]+)[)\]]\s*$",
    re.IGNORECASE,
    needs="chair moderated moderator",
)


def moderated(title: str) -> tuple[str, str | None]:
    """ "Panel discussion (moderated by Jane Doe)": the title, and who moderates it."""
    found = _MODERATED.search(title)
    if found is None:
        return title, None
    return title[: found.start()].rstrip(), found.group("names")


def _a_label(text: str) -> bool:
    """Whether ``text`` is a kind's label or names a break or remarks ("Kaffeepause",
    "Welcome"), not a talk's title."""
    return kind_of_label(text) is not None or kind_of(text, False, ()) is not ItemKind.TALK


#: "Speaker: Ann Lee", "Duration: 15 minutes" on a line of a title cell of its own.
_LABELLED_LINE = lazy_compile(
    r"^\W*(?P<label>[A-Z][A-Za-z]*(?:\s+[A-Za-z]+){0,2})\W*:\s*(?P<value>\S.*)$"
)

#: "Invited Talk by Ann Lee": a slot's label, "by", who gives it.
_LABEL_BY = lazy_compile(
    r"\W*(?P<label>[^\W\d][^:]{1,40}?)\s+by\s+(?P<names>\S.*?)[\s*_]*", needs="by"
)
#: The label of a line that gives the talk's title, and of one that begins its abstract.
_TITLE_LABEL = lazy_compile(r"(?:talk\s+)?title", re.IGNORECASE)
_ABSTRACT_LABEL = lazy_compile(r"abstract|summary|description|bio(?:graphy)?", re.IGNORECASE)

#: The labels that name a talk's people.
_PEOPLE_LABEL = lazy_compile(
    r"(?:speakers?|presenters?|presented\s+by|authors?|lecturers?|instructors?|tutors?|by"
    r"|panel(?:l)?ists?|moderators?|moderated\s+by)",
    re.IGNORECASE,
)


#: The labels of lines that say more of an item under its title and name no one who gives
#: it: "Mentor: Ann Lee" (a student's talk), "Duration: 15 minutes", "Room: B".
_ABOUT_LABEL = lazy_compile(
    r"(?:mentors?|duration|length|room|location|venue|format|track)", re.IGNORECASE
)


#: "Speaker: Ann Lee, Example Lab. Title: Learning X": a people label, then the title's.
_FIELDS_ON_ONE_LINE = lazy_compile(
    r"^\W*(?P<label>speakers?|presenters?|presented\s+by|authors?)\W*:\s*(?P<names>\S.*?)"
    r"[.;]\s+\W*(?:(?:talk\s+)?title|talk)\W*:\s*(?P<title>\S.*)$",
    re.IGNORECASE,
    needs="speaker presenter presented author",
)


#: A label of people alone on its line ("**Speakers**:"), and a bulleted line under it.
_PEOPLE_LABEL_ALONE = lazy_compile(
    r"^\W*(?P<label>[A-Z][A-Za-z]*(?:\s+[A-Za-z]+){0,2})\W*:\W*$", needs=":"
)
_BULLETED = lazy_compile(r"^\s*[•·▪◦‣*–-]\s+(?P<value>\S.*)$")


def _bulleted_under_labels(lines: Sequence[str]) -> list[str]:
    """The lines with a people label alone and the bulleted lines under it made one
    labelled line ("Speakers:", "• Ann Lee", "• Bo Ray" is "Speakers: Ann Lee; Bo Ray")."""
    out: list[str] = []
    index = 0
    while index < len(lines):
        alone = _PEOPLE_LABEL_ALONE.match(lines[index])
        under: list[str] = []
        while alone and index + 1 + len(under) < len(lines):
            bullet = _BULLETED.match(lines[index + 1 + len(under)])
            if bullet is None:
                break
            under.append(bullet.group("value").strip())
        if alone and under and _PEOPLE_LABEL.fullmatch(alone.group("label")):
            out.append(f"{alone.group('label')}: {'; '.join(under)}")
            index += 1 + len(under)
        else:
            out.append(lines[index])
            index += 1
    return out


@attrs.frozen
class LabelledLines:
    """A title cell of a title line and then labelled lines: "Speaker: Ann Lee",
    "Duration: approx. 15 minutes". ``names`` is what each people label says (a line of
    a moderator, then one of panelists, each its own list), ``extra`` the other labels
    with their values, in the order written."""

    title: str
    names: tuple[str, ...]
    extra: tuple[tuple[str, str], ...]
    #: The kind a slot's label over the lines says ("Keynote by Ann Lee"), if one does.
    kind: ItemKind | None = None


def _label_by_lines(names: str, lines: Sequence[str]) -> LabelledLines | None:
    """ "Invited Talk by **Ann Lee**" over "**Title:** Learning X" and "**Abstract:** ...":
    the slot and who gives it, then the talk's title on a line of its own; the abstract's
    paragraphs after its label are its own."""
    fields: list[list[str]] = []
    for line in lines:
        found = _LABELLED_LINE.match(line)
        if found is not None:
            fields.append([found.group("label"), found.group("value").strip()])
        elif fields and _ABSTRACT_LABEL.fullmatch(fields[-1][0]):
            fields[-1][1] += "\n" + line.strip()
        elif fields and _TITLE_LABEL.fullmatch(fields[-1][0]):
            # "Title: X" over the abstract's sentences with no label of their own.
            fields.append(["Abstract", line.strip()])
        else:
            return None
    titles = [field for field in fields if _TITLE_LABEL.fullmatch(field[0])]
    if len(titles) != 1 or to_be_announced(titles[0][1]):
        return None  # "Title: TBA": the slot's label stays its title, read as before
    return LabelledLines(
        title=titles[0][1],
        names=(names,),
        extra=tuple((label, value) for label, value in fields if [label, value] != titles[0]),
    )


def labelled_lines(content: Inline) -> LabelledLines | None:
    """The title and the labelled lines under it, or ``None`` when the cell is not so written.

    Every line after the first must be labelled, and one of them must name people, or
    all say more of the item ("Mentor: Ann Lee"; ``names`` is then empty and the title line
    is read as a title cell of its own): a cell read in part would be a title with a
    speaker's name in it.
    """
    lines = _bulleted_under_labels(content.written_lines)
    # "[Slides](a.pdf) [Video](b)" on a line of its own under the fields (a label whose
    # link has no address too): links, no field.
    lines = lines[:1] + [line for line in lines[1:] if not only_material_words(line)]
    if len(lines) == 1 and (fields := _FIELDS_ON_ONE_LINE.match(lines[0])) is not None:
        # "Speaker: Dr. Ann Lee, Example University. Title: Learning X": the fields of
        # the lines below, written on one line, each after its label.
        lines = [fields["title"], f"{fields['label']}: {fields['names']}"]
    first = _LABELLED_LINE.match(lines[0]) if len(lines) >= 2 else None
    if first is not None and _TITLE_LABEL.fullmatch(first.group("label")):
        # "Title: Speech Processing - Deep Representations<br>Speaker: Ann Lee, IIT": the
        # title's own line says it is one.
        lines = [first.group("value").strip(), *lines[1:]]
    elif len(lines) < 2 or first is not None:
        return None
    labelled = [_LABELLED_LINE.match(line) for line in lines[1:]]
    by = _LABEL_BY.fullmatch(lines[0])
    if by is not None and (kind := kind_of_label(by["label"])) is not None:
        said = _label_by_lines(by["names"], lines[1:])
        if said is not None:
            return attrs.evolve(said, kind=kind)
    if not all(labelled):
        return None
    names = [
        _without_materials_after(m.group("value"), content)
        for m in labelled
        if m and _PEOPLE_LABEL.fullmatch(m.group("label"))
    ]
    if not names and not all(m and _ABOUT_LABEL.fullmatch(m.group("label")) for m in labelled):
        return None
    extra = tuple(
        (m.group("label"), m.group("value").strip())
        for m in labelled
        if m and not _PEOPLE_LABEL.fullmatch(m.group("label"))
    )
    # "Title [[video]](url)<br>Panelists: ...": the title line without its material's label.
    title = _without_trailing_materials(lines[0], content)
    titles = [field for field in extra if _TITLE_LABEL.fullmatch(field[0])]
    slot = kind_of_label(title)
    # The title's line before the people's ("Speaker: Ann Lee", then "Title: Professor of
    # Computer Science" is her own title).
    first_title = next(
        (i for i, m in enumerate(labelled) if m and _TITLE_LABEL.fullmatch(m.group("label"))), -1
    )
    first_people = next(
        (i for i, m in enumerate(labelled) if m and _PEOPLE_LABEL.fullmatch(m.group("label"))), -1
    )
    if (
        names
        and slot is not None
        and len(titles) == 1
        and not to_be_announced(titles[0][1])
        and first_title < first_people
    ):
        # "**Keynote Talk 1**<br>**Title**: Learning X<br>**Speaker**: Ann Lee": the slot's
        # label over the talk's title and who gives it.
        extra = tuple(field for field in extra if field != titles[0])
        return LabelledLines(title=titles[0][1], names=tuple(names), extra=extra, kind=slot)
    return LabelledLines(title=title, names=tuple(names), extra=extra)
