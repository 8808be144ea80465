"""Title cells that carry two things: a kind label, the speakers and the talk's title in one cell.

Real pages write ``**Invited Talk**: Jane Doe (*MIT*)``, ``Invited talk by
[Jane Doe](url)<br>*Title*``, ``Keynote: Jane Doe – *Title*``,
``Jane Doe (MIT) - Title``, ``"Title", Ann Lee, Bob Ray`` and
``Title<br>*Ann Lee, Bob Ray*``.  The cell is cut into parts at line breaks,
quotes and separators (``:``, dashes, "by"), and each part is classed:

* a **label** names the kind of item and nothing else ("Invited Talk 2",
  "Keynote", "Panel discussion");
* **names** are people: every comma- or "and"-separated piece is written
  like a person's name (``_name_words``), optionally with an affiliation in
  parentheses or in italics after it (``_affiliations``); a part the page
  links or sets in bold, where the title is not, counts as names too;
* the rest is the **title**; in italics or quotes it is surely one.

A cell is split only when every part finds its class and names are among
them; otherwise it is a title as written.  The caller says each split in a
warning, since it is an inference.
"""

from __future__ import annotations

import re

import attrs

from .._patterns import lazy_compile
from ..model import ItemKind
from ..zones import zone_of_place
from ._affiliations import (
    has_organisation_word,
    in_brackets,
    in_italics,
    is_organisation,
    written_after_name,
)
from ._bracket_names import NAMES_BETWEEN, is_a_name
from ._inline import Inline
from ._kind_labels import KIND_LABEL, kind_of_label
from ._name_split import is_full_name, is_name_and_organisation, without_form_of_address
from ._name_words import (
    holds_a_title_word,
    lists_authors,
    looks_like_names,
    loosely_names,
    name_count,
    names_then_their_place,
)
from ._nobody import to_be_announced
from ._title_marks import (
    a_papers_link,
    label_apart,
    name_introduced,
    names_inside_one_link,
    without_attendance,
)
from ._title_names import name_then_title, names_after_comma, names_and_where_after_comma
from ._title_parts import Split, label_names_colon, which_names
from ._title_text import MATERIAL_LABEL, drop_pictographs, norm_part, only_material_words

__all__ = ["CUT", "Split", "numbered_part", "one_person_and_where", "speaker_alone", "split_title"]


def _styled(content: Inline) -> tuple[set[str], set[str]]:
    """The texts set in italics (or quotes) and those linked or in bold, each as a whole."""
    italic: dict[tuple[int, int], str] = {}
    marked: dict[tuple[int, int], str] = {}
    for index, run in enumerate(content.runs):
        if run.emphasis and not run.strong:
            italic[(run.line, index)] = run.text
        if run.strong or run.href:
            marked[(run.line, index)] = run.text
    return _joined(italic), _joined(marked)


def _joined(pieces: dict[tuple[int, int], str]) -> set[str]:
    """Consecutive runs as one text each."""
    out: set[str] = set()
    current: list[str] = []
    last: tuple[int, int] | None = None
    for key in sorted(pieces):
        if last is not None and (key[0] != last[0] or key[1] != last[1] + 1):
            out.add(_norm(" ".join(current)))
            current = []
        current.append(pieces[key])
        last = key
    if current:
        out.add(_norm(" ".join(current)))
    return out


_norm = norm_part


#: Where a cell's line is cut into parts: a dash between spaces, a colon, "by".
#: "by" after a verb that names a sponsor or a host, not a speaker ("drinks sponsored by X").
_NOT_SPEAKER_BY = (
    r"(?<!sponsored)(?<!organized)(?<!organised)(?<!hosted)(?<!supported)(?<!funded)"
    r"(?<!provided)(?<!offered)(?<!powered)(?<!courtesy)(?<!followed)(?<!preceded)"
)
CUT = lazy_compile(
    r"\s+[–—]\s+|\s+--?\s+|(?<=\S):\s+|" + _NOT_SPEAKER_BY + r"\s+by\s+(?=[A-Z*_\[])|^by\s+",
    re.IGNORECASE,
)
_QUOTED = lazy_compile(r'^\s*["“‘](?P<title>[^"”’]{3,})["”’]\s*[,;:–—-]?\s*(?P<rest>.*)$')
#: 'Ann Lee, "Open Data for All"': names, a comma (or where they work in brackets: 'Ann
#: Lee (MIT) "Open Data"'), then the title in quotes and nothing after it ('Movie Night -
#: "Hidden Figures"' is an event and its film).
_NAMES_QUOTED = lazy_compile(
    r'^\s*(?P<names>[^"“”‘’]+?)\s*(?:(?P<comma>,)|(?<=\)))\s*["“](?P<title>[^"”“]{3,})["”]\W*$'
)
#: 'Impulse talk "Open Data -- For All" -- Ann Lee': a one-word label, then the quoted title.
_LABEL_QUOTED = lazy_compile(
    r'^\s*(?P<label>[^\W\d_][\w-]{2,30})\s+["“„](?P<title>[^"”“]{3,})["”“]\s*[,;:–—-]*\s*(?P<rest>\S.*)$'
)


def _bare(line: str, materials: list[str]) -> str:
    """A line without the links to material and the pictographs pages decorate it with."""
    for label in materials:
        # The link's own words, the last time they stand whole on the line: "Computational
        # Biology – Ann Lee [Bio](#a)" keeps its "Biology".
        found = list(re.finditer(r"[\[(]?\s*(?<!\w)" + re.escape(label) + r"(?!\w)\s*[\])]?", line))
        if found:
            line = line[: found[-1].start()] + " " + line[found[-1].end() :]
    if materials:
        # "Title ([abstract](a), [slides](b)), *invited talk*": the commas that parted the
        # links, left alone between the title and what follows it.
        line = _ORPHAN_COMMAS.sub(lambda found: "" if found[0].strip()[:1] in "([" else ",", line)
        line = _COMMA_BEFORE_BRACKET.sub(" ", line)  # "Title ([HTML](a)) (Ann Lee)"
    return " ".join(drop_pictographs(line).split()).strip(" |·•")


_SENTENCE_GOES_ON = lazy_compile(r"[.!?]\s+\S")
_TITLE_AFTER_PLACE = lazy_compile(r":|\s[-–—]\s")
#: Small words a place of work holds ("University of X", "Institut für Y", "Universidad de
#: los Andes"); any other word in small letters starts what is said after it ("followed by
#: Q&A", "on robust agents").
_PLACE_SMALL_WORDS = frozenset({
    "of", "and", "for", "the", "at", "in", "de", "di", "da", "du", "des", "del", "della", "dei",
    "la", "le", "les", "los", "las", "der", "die", "das", "und", "für", "van", "von", "zu", "y",
    "e", "et",
})  # fmt: skip
_COMMA_BEFORE_BRACKET = lazy_compile(r"\s*,\s*(?=\()")
_ORPHAN_COMMAS = lazy_compile(r"(?:\s*,){2,}|\s+,(?=\s*$)|\s*[(\[][\s,;|]*[)\]]|\s+,(?=\s)")


def split_title(content: Inline) -> Split | None:
    """The title, names and kind a title cell writes together, or ``None`` if it is a title."""
    alone = _name_then_nothing(content)
    if alone is not None:
        return alone
    split = _split_title(content)
    if split is None:
        label_tba = _LABEL_STOP.fullmatch(_norm(content.text))
        if (
            label_tba is not None
            and to_be_announced(label_tba["rest"] or label_tba["bare"])
            and (kind := kind_of_label(label_tba["label"] or label_tba["word"])) is not None
        ):
            # "Panel Discussion. *TBA*": the kind's label, its topic to be announced.
            label = _norm(label_tba["label"] or label_tba["word"])
            return Split(title=_label_as_title(label), names="", kind=kind, label=label)
        return None
    if split.names and not split.label:
        labelled = _LABEL_COLON.match(split.title)
        if (
            labelled is not None
            and (kind := kind_of_label(labelled["label"])) is not None
            and not _DIGIT.search(labelled["label"])
            and not numbered_part(_norm(labelled["label"]), _norm(labelled["title"]))
        ):
            # "Ann Lee. *Keynote: Towards Better Tests*": the kind's label inside the title
            # ("Paper Session 1: Array Databases" is a session's name, kept whole).
            label = _norm(labelled["label"])
            split = attrs.evolve(split, title=_norm(labelled["title"]), kind=kind, label=label)
    if split is not None and split.label and split.names and a_papers_link(content, split.names):
        # "Oral: [Equivariant MuZero](https://openreview.net/...)": a paper's title, linked.
        return attrs.evolve(split, title=_norm(split.names), names="")
    if split is not None and split.label and to_be_announced(split.title):
        # "**Invited Talk** - Ann Lee: *TBA*": the talk is the label's until it is named.
        return attrs.evolve(split, title=_label_as_title(split.label))
    if split is not None and split.label and not split.names and ":" in split.title:
        # "Keynote by **Ann Lee (MIT): Lethe**": the bold set apart who speaks and what
        # together; read apart as "Ann Lee (MIT): Lethe" alone is.
        inner = _split_line(split.title, set(), set(), after_label=True)
        if (
            inner is not None
            and inner.names
            and not inner.label
            and inner.title
            # "Oral: [Pareto Invariant Risk Minimization: Towards ...](url)", "**Paper
            # Pitch**: [Sampling Homomorphisms: Why Not?](url)": a title's head, no one's
            # name; a name says where its person works, in brackets.
            and inner.names.rstrip().endswith(")")
            and looks_like_names(inner.names)
            and not holds_a_title_word(inner.names)
        ):
            return attrs.evolve(split, title=inner.title, names=inner.names)
    return split


def _name_then_nothing(content: Inline) -> Split | None:
    """ "**Vinodkumar Prabhakaran**:": a speaker's name in bold, its colon, and no title
    after it (not named yet): a talk by them, titled by their name, as a row that names only
    its speaker is."""
    text = content.text.strip()
    if not text.endswith(":") or len(content.lines) > 1:
        return None
    name = _norm(text)
    _, marked = _styled(content)
    if name not in marked or not looks_like_names(name) or holds_a_title_word(name):
        return None
    return Split(title=name, names=name)


def _split_title(content: Inline) -> Split | None:
    materials = [label for label, _ in content.links if MATERIAL_LABEL.fullmatch(label)]
    lines = [line for line in (_bare(line, materials) for line in content.lines) if line]
    # "Title by Ann Lee, IIIT<br>Slides Video": labels of links to material, no words of it.
    lines = lines[:1] + [line for line in lines[1:] if not only_material_words(line)]
    italic, marked = _styled(content)
    lines = [in_italics(line, italic, names=looks_like_names) for line in lines]
    if not lines:
        return None
    lines = [label_apart(without_attendance(line), marked) for line in lines]
    # "*"Title"*<br>-- Ann Lee, Bo Ray": a dash that opens a line under the title sets it
    # apart, as a signature's does; no part of the first name.
    lines = lines[:1] + [_LINE_DASH.sub("", line) or line for line in lines[1:]]
    lines = [_label_colon_closed(line) for line in lines]
    # "_Contributed Talk_<br>Title<br>(Ann Lee, Bo Ray and Cy Dee)": a line of names alone,
    # in brackets, under the title; the brackets set the names apart, as a dash would.
    lines = lines[:1] + [_names_out_of_brackets(line) for line in lines[1:]]
    # "Invited Talk by **Ann Lee**<br>Title: *Towards ...*": the word that says a title follows.
    lines = [_TITLE_SAID.sub("", line) or line for line in lines]
    introduced = name_introduced(content)
    if introduced is not None and len(lines) == 1:
        return introduced
    roles = [_ROLE_LINE.match(line) for line in lines]
    if len(lines) > 1 and any(roles) and not all(roles):
        # "Title<br>Host: Ann Lee": a line that names a host or chair is more people.
        kept = [line for line, role in zip(lines, roles, strict=True) if role is None]
        more = "; ".join(_role_names(role["names"]) for role in roles if role is not None)
        if all(
            _MODERATOR_ROLE.match(line) for line, role in zip(lines, roles, strict=True) if role
        ) and all(_placed_names(_norm(line)) for line in kept):
            # "Moderator: Ann Lee (MIT)<br>Bo Ray (X), Cy Dee (Y)": the panel's people
            # alone; what the item is, another cell says (its kind's label).
            return Split(title="", names="; ".join([more, *(_norm(line) for line in kept)]))
        inner = (
            _split_lines(kept, italic, marked)
            if len(kept) > 1
            else _split_line(kept[0], italic, marked)
        )
        if inner is not None:
            return attrs.evolve(inner, names="; ".join(filter(None, [inner.names, more])))
        return Split(title=_norm(" ".join(kept)), names=more)
    if len(lines) > 1:
        found = _split_lines(lines, italic, marked)
        if found is not None:
            return found
        if any((own := _split_line(line, italic, marked)) and own.label for line in lines):
            # "**Invited Talk by Ann Lee**<br>Bo Ray and Cy Dee": a line that names its
            # speaker, joined to the next, would run into its names ("Ann Lee Bo Ray").
            return None
    split = _split_line(" ".join(lines), italic, marked)
    if split is not None and names_inside_one_link(content, split):
        # "[Mailbox Types: From Processes to Programming](url)": one link is one title.
        return None
    return split


_BRACKETED_LINE = lazy_compile(r"\s*\((?P<inside>[^()]+)\)\s*")
_A_LIST_OF_NAMES = lazy_compile(r",\s*(?:and\s+)?|\s+(?:and|&)\s+")


def _names_out_of_brackets(line: str) -> str:
    """A line that is only a list of people's names in brackets, without the brackets:
    two names at least, each a full name and no place ("(Palo Alto)", "(Ada Lovelace
    Suite)", "(Online Only)", "(MIT)" and "(Part 2)" keep theirs)."""
    found = _BRACKETED_LINE.fullmatch(line)
    if found is None:
        return line
    inside = found["inside"].strip()
    names = [name.strip() for name in _A_LIST_OF_NAMES.split(inside)]
    if (
        len(names) >= 2
        and all(is_a_name(name) and zone_of_place(name) is None for name in names)
        and not has_organisation_word(inside)
    ):
        return inside
    return line


#: "Invited Talk : Ann Lee", "Conférence invitée : ...": a space before a label's colon.
_SPACED_COLON = lazy_compile(r"(?P<label>[^\W\d_][^:]{0,40}?)\s+:(?=\s)", needs=" :")


def _label_colon_closed(line: str) -> str:
    """``line`` with a kind's label written with a space before its colon ("Invited Talk :
    Ann Lee") written as the other labels are ("Invited Talk: Ann Lee")."""
    found = _SPACED_COLON.match(line) if " :" in line else None
    if found is None or kind_of_label(found["label"]) is None:
        return line
    return found["label"] + ":" + line[found.end() :]


_LINE_DASH = lazy_compile(r"^\s*(?:--|–|—|―)\s+")


def _one_name_or_set_apart(line: str, italic: set[str]) -> bool:
    """Whether a line that reads as names may be a title: one "name" ("Multimodal Time
    Series Modeling"), or set apart in italics as titles are; a plain list of several
    ("Bo Ray, Cy Dee") is people."""
    bare = line.removeprefix(_LOOSE_MARK)
    return line.startswith(_LOOSE_MARK) or _norm(bare) in italic or name_count(bare) == 1


def _class(part: str, italic: set[str], marked: set[str], title_elsewhere: bool) -> str:
    if part.startswith(_LOOSE_MARK):
        return "names"
    text = _norm(part)
    if not text:
        return "empty"
    if kind_of_label(text) is not None:
        return "label"
    if looks_like_names(text) or names_then_their_place(text) is not None:
        return "names"  # "Ann Lee, Bo Ray. Example Lab, Brussels": names and where they work
    return "title"


def _compose(parts: list[tuple[str, str]]) -> Split | None:
    classes = [kind for kind, _ in parts]
    if "names" not in classes or classes.count("names") > 1:
        return None
    labels = [text for kind, text in parts if kind == "label"]
    titles = [text for kind, text in parts if kind == "title"]
    names = next(text for kind, text in parts if kind == "names")
    label = _norm(labels[0]) if labels else None
    if len(titles) > 1:
        return None
    title = _norm(titles[0]) if titles else _label_as_title(label or "")
    labelled = _LABEL_COLON.match(title) if label is None else None
    if labelled and kind_of_label(labelled["label"]) is not None:
        # "Keynote: Graph Stores at Scale – Bo Ray": the label before the title's colon.
        label, title = _norm(labelled["label"]), _norm(labelled["title"])
    if not title:
        return None
    kind = kind_of_label(label) if label else None
    # "Ann Lee:" on a line above the title: the colon introduced it.
    names = names.replace(_LOOSE_MARK, "").strip(" *_").removesuffix(":").rstrip()
    return Split(title=title, names=names, kind=kind, label=label)


#: "Title: ", "Talk title: " at the start of a title cell's line: a label of the title.
_TITLE_SAID = lazy_compile(r"^[\W_]*(?:talk\s+)?title[\s*_]*:[\s*_]*", re.IGNORECASE)

#: Where a line is cut, strongest first: a dash between spaces, then a colon, then a
#: sentence's full stop, then "by".
_CUTS = (
    # "Ann Lee (Keynote) –(Special Session) Title": a dash against the bracket after it.
    lazy_compile(r"\s+[–—]\s+|\s+--\s+|\s+[–—](?=\()"),
    lazy_compile(r"\s+-\s+"),
    lazy_compile(r"(?<=\S):\s+"),
    # "Heng Ji. Schema-guided Event Prediction.": a full stop after a word (no initial,
    # no "Dr."), then a capital.
    lazy_compile(
        r"(?:(?<![A-Z])(?<!\b[DMSJ][rst])(?<!\bMrs)(?<!\bProf)(?<=[^\W\d_][a-z])|(?<=\)))"
        r"\.\s+(?=[A-Z])"
    ),
    lazy_compile(_NOT_SPEAKER_BY + r"\s+by\s+(?=[A-Z*_\[])|^by\s+", re.IGNORECASE),
)
#: For each of :data:`_CUTS` but the last, characters one of which every match of it holds
#: (the last's hold "by", in any case).  A line holding none is not cut there, known
#: without running the pattern: most titles hold no dash, colon, full stop or "by", and
#: the look-behinds of the last cut made it the costliest pattern a row of a table ran.
_CUT_CHARS = (frozenset("-–—"), frozenset("-"), frozenset(":"), frozenset("."))


def _may_cut(index: int, text: str) -> bool:
    """Whether the cut ``_CUTS[index]`` may split ``text``: it holds what every match does."""
    if index < len(_CUT_CHARS):
        return not _CUT_CHARS[index].isdisjoint(text)
    return "by" in text.lower()


#: "Session 2", "Track B", "Part 3", "Thematic Session 1": a numbered part of the program,
#: whose topic follows it after a dash or colon ("Session 2 - Access Control Policies"),
#: never a speaker.
_NUMBERED_PART = lazy_compile(
    r"(?P<before>(?:[^\W\d_]+\s+){0,2})"
    r"(?:session|track|part|block|module|day|week|theme|segment)\s+(?:\d{1,2}|[A-Z]|[IVX]{1,4})",
    re.IGNORECASE,
    needs="block day module part segment session theme track week",
)


#: "Paper Session 1", "Oral Session 2": words that say a session holds papers, whose
#: topic, not a speaker, follows the colon ("Paper Session 1: Array Databases").
_PAPERS_BEFORE = lazy_compile(
    r"(?:(?:research|technical|short|full|long|accepted|paper|papers|oral|orals"
    r"|contributed|spotlights?|lightning|poster|posters|labs?|practicals?)\s+)+",
    re.IGNORECASE,
    needs="accepted contributed full lab lightning long oral paper poster practical research "
    "short spotlight technical",
)


def numbered_part(text: str, rest: str = "") -> bool:
    """ "Session 2", "Thematic Session 1", "Paper Session 1": a numbered part of the
    program, whose topic ``rest`` is; not when another kind label leads it ("Keynote
    Session 1: Bo Ray", "Tutorial Part 1: Ann Lee" name their speaker after the colon),
    nor a session of papers followed by two people or more ("Oral Session 1: Ann Lee and
    Bo Ray": its chairs or speakers)."""
    found = _NUMBERED_PART.fullmatch(text)
    if found is None:
        return False
    before = found.group("before")
    if not before or not KIND_LABEL.search(text):
        return True
    papers = _PAPERS_BEFORE.fullmatch(before) is not None
    return papers and not (looks_like_names(rest) and name_count(rest) >= 2)


#: "(Invited Talk 1) Title", "[Keynote] Title": a label in brackets before the title.
_BRACKETED_LABEL = lazy_compile(
    r"^\s*[(\[](?P<label>[^()\[\]]+)[)\]]\s*(?P<rest>\S.*)$", needs="( ["
)


#: "Invited talk #1. Ann Lee: Title": a kind's label, perhaps numbered, ended by a full stop.
_KIND_LABEL_STOP = lazy_compile(
    r"^\s*(?P<label>[^\W\d_][^\W\d_ ]*(?:\s[^\W\d_]+){0,2}(?:\s*#?\s*\d{1,2})?)\.\s+"
    r"(?P<rest>[A-Z].*)$",
    needs=".",
)


def _label_as_title(label: str) -> str:
    """ "Invited" alone is an invited talk: the title a person writes for it."""
    if re.fullmatch(r"(?i:invited|contributed|oral|lightning|spotlight)", label):
        return f"{label} {'Talk' if label[:1].isupper() else 'talk'}"
    return label


#: A line of a title cell that names a host, chair or moderator: "Host: Ann Lee".
_ROLE_LINE = lazy_compile(
    r"^\W*(?:hosts?|chairs?|session\s+chairs?|moderators?|moderated\s+by)\s*:?\s+"
    r"(?P<names>[A-Z].*)$",
    re.IGNORECASE,
    needs="chair host moderated moderator session",
)


#: "Bo Ray (Example Lab), Cy Dee (Sample Labs)": names, each with where they work.
_PLACED_NAMES = lazy_compile(
    r"(?:[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){1,3}\s+\([^()]+\)"
    r"(?:\s*(?:,|;|&|\band\b)\s*|\s*$))+"
)


#: A role line that leads a panel: "Moderator: Ann Lee", "Moderated by Ann Lee".
_MODERATOR_ROLE = lazy_compile(r"^\W*(?:moderators?|moderated\s+by)\b", re.IGNORECASE)
#: One "Name (Place)" of such a list, the place without digits ("(Part 2)" is a title's).
_PLACED_NAME = lazy_compile(r"\s*(?P<name>[^()]+?)\s+\((?P<place>[^()\d]+)\)\s*")


def _placed_names(line: str) -> bool:
    """Whether ``line`` is only names, each with where they work in brackets ("Bo Ray
    (Example Lab), Cy Dee (Sample Labs)"): each one a person's name, no title's words."""
    if not _PLACED_NAMES.fullmatch(line):
        return False
    names = [found["name"] for found in _PLACED_NAME.finditer(line.replace(";", ","))]
    names = [re.sub(r"^(?:,|&|and)\s*", "", name.strip(" ,;&")) for name in names]
    return bool(names) and all(is_a_name(name) and not _NOUN_WORD.search(name) for name in names)


#: Words no name is, in a list a title may hide in ("Deep Learning", "Causal Inference").
_NOUN_WORD = lazy_compile(
    r"\b(?:\w{4,}(?:tion|sion|ment|ness|ence|ance|ing)s?|\w{6,}ity|learning|session|panel)\b",
    re.IGNORECASE,
)


def _role_names(names: str) -> str:
    """The names a role line gives, without the bracket that closes the line's own
    ("(Session Chair: Ann Lee)")."""
    names = names.strip()
    if names.endswith(")") and names.count(")") > names.count("("):
        names = names[:-1].rstrip()
    return names


#: "Keynote Talk (Ann Lee, NVIDIA)": a speaker and their organisation in brackets at the end.
_TRAILING_SPEAKER = lazy_compile(
    r"^(?P<rest>.*?\S)\s*\((?P<name>[^(),;]+?)\s*[,;]\s*(?P<org>[^()]+?)\)\s*\.?\s*$",
    needs="(",
)
#: "Paper 198: Title": a label before a colon.
_LABEL_COLON = lazy_compile(r"^(?P<label>[^:]{2,40}?)\s*:\s+(?P<title>\S.*)$")
_DIGIT = lazy_compile(r"\d")
#: A degree, where a place of work is read: a second person's.
_A_DEGREE = lazy_compile(r"\b(?:Ph\.?\s?D|M\.?\s?D|D\.?\s?Phil|M\.?\s?Sc|MBA|MPH)\b")
#: "Title, Ann Lee, Ph.D., Example University": a title, a name, the degree after it,
#: then perhaps where the person works.
_DEGREE_AFTER = lazy_compile(
    r"^(?P<title>.+?)[,.]\s*(?P<name>[^,.]+?)(?:,\s*(?:Ph\.?\s?D\.?|M\.\s?D\.|MD|D\.?\s?Phil\.?|"
    r"M\.?\s?Sc\.?|MBA|MPH))+(?:\s*,\s*(?P<where>[^,]+(?:,[^,]+){0,2}))?\s*$",
)
#: "Panel Discussion. TBA": a label, a full stop or a colon, then what follows it.
#: "Invited Talk TBD": a label, a space, then the placeholder (its kind checked after).
_LABEL_STOP = lazy_compile(
    r"(?P<label>[^.:]{2,40}?)\s*[.:]\s*(?P<rest>\S.{0,40})"
    r"|(?P<word>[^.:]{1,40}\w)\s+(?P<bare>tb[adc])",
    re.IGNORECASE,
)


#: "slides: google doc", "video", "paper (pdf)": a note on material, no organisation.
_MATERIAL_NOTE = lazy_compile(
    r"\W*(?:slides?|video|recording|paper|code|pdf|notebook|poster)\b", re.IGNORECASE
)


def _speaker_in_brackets(text: str) -> Split | None:
    """ "[Keynote Talk](url) (Ann Lee, NVIDIA)", "Paper 198: Title (Ann Lee, ORNL)": the
    brackets at the end name the speaker and their organisation."""
    found = _TRAILING_SPEAKER.match(text)
    if found is None:
        return None
    name, org = found["name"].strip(), found["org"].strip()
    # After a kind label alone ("[Keynote Talk](url) (Ann Lee, Cerulean Compute)") the
    # bracket can only say who gives it: where they work needs no word of an organisation.
    after_label = kind_of_label(_norm(found["rest"])) is not None
    if not (
        looks_like_names(name)
        and is_full_name(name)
        and (after_label or is_organisation(org, weak=True))
    ):
        return None
    if _MATERIAL_NOTE.match(org):
        return None  # "(E. Dann, slides: google doc)": where the slides are, not where she works
    rest = _norm(found["rest"])
    pieces = [piece.strip() for piece in re.split(r"[;,]", org)]
    if ";" in org and all(is_full_name(piece) and is_a_name(piece) for piece in pieces):
        # "Spotlight talks (M. Selosse; D. Cai; W. Ronny)": names, no workplace; after a
        # kind's label, its speakers.
        if not after_label:
            return None
        names = "; ".join([name, *pieces])
        return Split(title=_label_as_title(rest), names=names, kind=kind_of_label(rest), label=rest)
    label: str | None = None
    title = rest
    labelled = _LABEL_COLON.match(rest)
    if kind_of_label(rest) is not None:
        label, title = rest, _label_as_title(rest)
    elif labelled and kind_of_label(labelled["label"]) is not None:
        label, title = _norm(labelled["label"]), _norm(labelled["title"])
    if not title:
        return None
    kind = kind_of_label(label) if label else None
    return Split(title=title, names=f"{name} ({org})", kind=kind, label=label)


#: "Keynote Speaker (Lucy Forrest)": a label, then who speaks in brackets.
_LABEL_THEN_BRACKET = lazy_compile(
    r"^(?P<label>[^()]+?)\s*\(\s*(?P<names>[^()]+?)\s*\)\s*$", needs="("
)


def _label_then_named(text: str) -> Split | None:
    """ "Keynote Speaker (Ann Lee)" over a line that gives the title: a kind label, then the
    full names of who speaks in brackets. (A row of one line so written is left to the
    page's habit of brackets, ``_bracket_names``.)"""
    found = _LABEL_THEN_BRACKET.match(text)
    if found is None:
        return None
    label, names = _norm(found["label"]), found["names"]
    kind = kind_of_label(label)
    if kind is None or not all(is_a_name(name) for name in NAMES_BETWEEN.split(names)):
        return None  # "Contributed Talks (Full Papers)"
    return Split(title=_label_as_title(label), names=names, kind=kind, label=label)


def _split_line(
    text: str, italic: set[str], marked: set[str], *, after_label: bool = False
) -> Split | None:
    """One line's title and names.  A full stop may end the names before a title after a
    kind's label (``after_label``: "Invited Talk: Heng Ji. Schema-guided Event
    Prediction.") or after a list of names, as a citation has them ("Ann Lee, Bo Ray and
    Cy Dee. Lotus: Fast Trees"); elsewhere it ends a title's first sentence ("Paper
    Sprint. Each group drafts ...")."""
    # "*invited talk* Ann Lee (MIT)": a label set apart in italics is one too.
    bold_label = _bold_label_then_names(text, marked | italic)
    if bold_label is not None:
        return bold_label
    bracketed_speaker = _speaker_in_brackets(text) or label_names_colon(text)
    if bracketed_speaker is not None:
        return bracketed_speaker
    quoted = _QUOTED.match(text)
    if quoted and looks_like_names(quoted.group("rest")):
        # '"Title", Ann Lee, Bob Ray': the quotes say which part is the title.
        return Split(title=_norm(quoted.group("title")), names=quoted.group("rest").strip())
    names_first = _NAMES_QUOTED.match(text)
    if (
        names_first
        and looks_like_names(names_first.group("names"))
        and (names_first.group("comma") or after_label or _set_apart(names_first, marked))
    ):
        # 'Keynote 1: **Ann Lee** (MIT) "Title"': with no comma, only after a label or with
        # the name set apart ('Movie Night (Hall B) "Hidden Figures"' is an event).
        return Split(title=_norm(names_first.group("title")), names=names_first.group("names"))
    quoted_after = _LABEL_QUOTED.match(text)
    if quoted_after and looks_like_names(quoted_after.group("rest")):
        # 'Keynote "Open Data -- For All" -- Ann Lee': a label, the title in quotes, names.
        label = _norm(quoted_after.group("label"))
        return Split(
            title=_norm(quoted_after.group("title")),
            names=quoted_after.group("rest").strip(),
            kind=kind_of_label(label),
            label=label,
        )
    stopped = _KIND_LABEL_STOP.match(text)
    if stopped and kind_of_label(stopped["label"]) is not None:
        # Only a speaker and a title after it: "Talk. Ann Lee" leaves no title to say.
        inner = _split_line(stopped["rest"], italic, marked, after_label=True)
        if inner is not None and inner.names:
            label = _norm(stopped["label"])
            return attrs.evolve(inner, kind=inner.kind or kind_of_label(label), label=label)
    bracketed = _BRACKETED_LABEL.match(text)
    if bracketed and kind_of_label(bracketed.group("label")) is not None:
        inner = _split_line(bracketed.group("rest"), italic, marked)
        label = _norm(bracketed.group("label"))
        kind = kind_of_label(label)
        if inner is not None:
            return attrs.evolve(inner, kind=inner.kind or kind, label=inner.label or label)
        rest = _norm(bracketed.group("rest"))
        if is_name_and_organisation(rest):
            # "[Talk] [Dr Ann Lee](url), Group Leader, Example Institute": the label is all
            # the title there is; the rest is who gives it and where they work.
            name, _, where = rest.partition(",")
            names = f"{name.strip()} ({where.strip()})" if "(" not in where else rest
            return Split(title=_label_as_title(label), names=names, kind=kind, label=label)
        return Split(title=rest, names="", kind=kind, label=label)
    set_apart = _title_set_apart(text, italic | marked)
    if set_apart is not None:
        return set_apart
    for index, cut in enumerate(_CUTS):
        if not _may_cut(index, text):
            continue  # split would give the line whole: one piece
        pieces = [piece for piece in cut.split(text, maxsplit=1) if piece.strip()]
        if len(pieces) < 2:
            continue
        labelled = _labelled_names_then_title(pieces, italic, marked)
        if labelled is _NOT_CUT:
            return None
        if labelled is not None:
            return labelled
        if (cut is _CUTS[2] and _continues_a_title(pieces, marked)) or (
            cut is _CUTS[3]
            and not _names_then_a_full_stop(text, pieces[0], after_label, italic | marked)
        ):
            continue
        if cut is _CUTS[-1]:
            pieces = [pieces[0], *(_from_organisation(piece) for piece in pieces[1:])]
        title_elsewhere = any(_norm(piece) in italic for piece in pieces)
        if numbered_part(_norm(pieces[0]), _norm(pieces[1])):
            return None  # "Session 2 - Access Control Policies": the session's topic
        parts = [(_class(piece, italic, marked, title_elsewhere), piece) for piece in pieces]
        if cut is _CUTS[2] and (named := _label_by_names(_norm(pieces[0]))) is not None:
            # "HermitCore Live Demo by Dr. Ann Lee: HermitCore: A Library OS": a kind's
            # label (after the thing it shows), who gives it, then the title.
            label, names, kind = named
            return Split(title=_norm(pieces[1]), names=names, kind=kind, label=label)
        if cut is _CUTS[-1] and [kind for kind, _ in parts] == ["names", "title"]:
            continue  # who speaks follows "by", never stands before it
        if len(parts) == 2 and [kind for kind, _ in parts] == ["names", "names"]:
            # "Heng Ji. Schema-guided Event Prediction.": a citation's full stops, after
            # the names and after the title ("Fast Trees. Ann Lee" is not cut).
            cited = cut is _CUTS[3] and text.rstrip(" *_").endswith(".")
            parts = which_names(parts, italic, by=cut is _CUTS[-1], full_stop=cited)
        found = _compose(parts)
        if found is not None:
            return found
        placed = (
            _one_person_and_place(_norm(pieces[1]))
            if len(parts) == 2
            and (parts[0][0] == "label" or (cut is _CUTS[-1] and parts[0][0] == "title"))
            else None
        )
        if placed is not None:
            # "Invited talk by Dr. Ann Lee, Example Medical School, Boston, USA": the label
            # is all the title there is; and so after a title and "by" ("Introduction to
            # the Challenge by Ann Lee, IIIT Hyderabad").
            if parts[0][0] == "title":
                return Split(title=_norm(pieces[0]), names=placed)
            label = _norm(pieces[0])
            return Split(
                title=_label_as_title(label), names=placed, kind=kind_of_label(label), label=label
            )
        if (
            parts[0][0] == "label"
            and parts[1][0] == "title"
            and _norm(pieces[1]) in italic | marked
        ):
            # "Panel 1: *Data 2024: what next?*": a label, then a title set apart.
            label = _norm(pieces[0])
            return Split(title=_norm(pieces[1]), names="", kind=kind_of_label(label), label=label)
        if parts[0][0] in ("label", "names") and parts[1][0] == "title":
            inner = _split_line(pieces[1], italic, marked, after_label=parts[0][0] == "label")
            if inner is not None and parts[0][0] == "label" and inner.names:
                label = _norm(pieces[0])
                return attrs.evolve(inner, kind=inner.kind or kind_of_label(label), label=label)
    # A degree in capitals first ("Ph.D.", "MD"): the long pattern only where one is.
    degree = _DEGREE_AFTER.match(text) if _A_DEGREE.search(text) else None
    where_said = (degree["where"] or "") if degree is not None else ""
    if (
        degree is not None
        and _one_full_name(degree["name"])
        and not _A_DEGREE.search(where_said)
        and not any(_one_full_name(part.strip()) for part in where_said.split(","))
    ):
        # ("Title, Ann Lee, MD, Bob Ray, PhD" names two people: no place of work of one.)
        # "Welcome and Overview, Ann Lee, Ph.D., Université de Bordeaux": a name with its
        # degree after it is a person's, and where they work follows it.
        where = degree["where"]
        names = f"{degree['name']} ({where})" if where and "(" not in where else degree["name"]
        return Split(title=_norm(degree["title"]), names=names)
    around_comma = (
        name_then_title(text)
        or names_and_where_after_comma(text, after_label=after_label)
        or names_after_comma(text)
    )
    return Split(title=around_comma[0], names=around_comma[1]) if around_comma else None


def _set_apart(names_first: re.Match[str], marked: set[str]) -> bool:
    """Whether the name before the bracket is set apart in bold ("**Ann Lee** (MIT)")."""
    return _norm(names_first.group("names").split("(")[0]) in marked


def _names_then_a_full_stop(text: str, before: str, after_label: bool, set_apart: set[str]) -> bool:
    """Whether a full stop in ``text`` may end the names before its title: after a label or
    a list of names, in a line that sets no part apart (italics or bold say which part is
    the title: "P. Amaral, S. Kin. _Linear Channels_ (long paper)")."""
    if any(part and part in text for part in set_apart):
        # "**Ann Lee** (CEMS, Croatia). Title": the part set apart is the one name before
        # the stop, where the person works in brackets after it.
        named = _NAME_THEN_BRACKET.fullmatch(_norm(before))
        return (
            named is not None
            and _one_full_name(named["name"])
            and any(part == named["name"] for part in set_apart)
            and _place_of_work(named["name"], named["org"])
        )
    return after_label or name_count(before) >= 2


def _continues_a_title(pieces: list[str], marked: set[str]) -> bool:
    """ "HateCheck Revisited: a cross-functional analysis": words in lower case after a
    colon go on with a title, and what stands before it is the title's head, not a
    speaker, unless markup sets it apart as one (bold or a link)."""
    after = pieces[1].lstrip(" *_`\"'“‘")
    first = after.split(maxsplit=1)[0] if after.split() else ""
    if first[:1].islower() and any(c.isupper() for c in first) and written_after_name(pieces[0]):
        return False  # "Jay Lofstead (Sandia): pMEMCPY: Leveraging ...": a name's own capitals
    return after[:1].islower() and _norm(pieces[0]) not in marked


#: "HermitCore Live Demo by Dr. Ann Lee": words, "by", and what may be names.
_LABEL_BY = lazy_compile(r"(?P<label>[^\W\d_][\w -]*?)\s+by\s+(?P<names>[A-Z].*)")


def _label_by_names(text: str) -> tuple[str, str, ItemKind] | None:
    """The label and the names of "HermitCore Live Demo by Dr. Ann Lee", before a colon and
    a title: a word or two (what is shown), then a kind's label ("Live Demo"), and names
    after "by"; else ``None`` (a kind's label alone before "by" is read by the cuts)."""
    found = _LABEL_BY.fullmatch(text)
    if found is None:
        return None
    label, names = found["label"].strip(), found["names"].strip()
    words = label.split()
    kind = next(
        (
            named
            for length in range(1, 4)
            if 1 <= len(words) - length <= 2
            and (named := kind_of_label(" ".join(words[-length:]))) is not None
        ),
        None,
    )
    if kind is None or kind_of_label(label) is not None:
        return None
    if not looks_like_names(without_form_of_address(names)):
        return None
    return label, names, kind


#: "Dr. Hong Qiu from the Sequencing Core": a speaker, then where they come from.
_FROM_ORGANISATION = lazy_compile(
    r"^(?P<name>.+?)\s+from\s+(?:the\s+)?(?P<org>[A-Z]\S*(?:\s+\S+){0,5}?)\W*$"
)


def _from_organisation(piece: str) -> str:
    """What follows "by", its "from the Organisation" written as an affiliation in brackets
    ("Hong Qiu (Sequencing Core)"), so that it reads as a name with its affiliation."""
    found = _FROM_ORGANISATION.match(piece.strip())
    if found is None or not looks_like_names(found.group("name")):
        return piece
    return f"{found.group('name')} ({found.group('org').rstrip(' .,;:')})"


#: A line that must stay whole (see ``_labelled_names_then_title``).
_NOT_CUT = Split(title="\x00", names="")


def _labelled_names_then_title(
    pieces: list[str], italic: set[str], marked: set[str]
) -> Split | None:
    """ "Keynote: Bo Ray – *Other Things*": a label and names, then a title in italics.

    A short title of capitalised words reads as a name too; after a label that
    already has its speaker, the part the page sets in italics is the title.
    Without italics the line names two people or none: it is left a title
    (``_NOT_CUT``) rather than a guess at which is the speaker.
    """
    if len(pieces) != 2:
        return None
    inner = _split_line(pieces[0], italic, marked)
    if inner is None or not inner.label or not inner.names:
        return None
    if inner.title != _label_as_title(inner.label):
        return None
    if _norm(pieces[1]) in italic:
        return attrs.evolve(inner, title=_norm(pieces[1]))
    return _NOT_CUT if looks_like_names(_norm(pieces[1])) else None


def _bold_label_then_names(text: str, marked: set[str]) -> Split | None:
    """ "**Keynote Talk** Ann Lee (Example University)": a kind label in bold, then the
    speaker with nothing between them; the title is the label's (or comes after a dash,
    see ``_labelled_names_then_title``)."""
    line = _norm(text)
    # Longest first, as a set's order changes from run to run: the same reading each time.
    for written in sorted(marked, key=len, reverse=True):
        kind = kind_of_label(written) if line.startswith(written) else None
        rest = line[len(written) :].strip(" :–—-")
        if kind is None or numbered_part(_norm(written), rest):
            continue  # "**Paper Session 1**: Array Databases": a part and its topic
        if rest and looks_like_names(rest):
            label = _norm(written)
            return Split(title=_label_as_title(label), names=rest, kind=kind, label=label)
    return None


def _title_set_apart(text: str, styled: set[str]) -> Split | None:
    """ "Stefan Szeider __Symmetries in SAT__", "Ann Lee: [**A Title: Its Part**](url)": names,
    then the rest of the line set apart in bold, italics or a link, is the title (or the
    title set apart, then names); a colon inside that title cuts nothing."""
    line = _norm(text)
    for title in sorted(styled, key=len, reverse=True):
        # "_Scaling HPC Education._ Ann Lee": a title ending on a full stop is a sentence,
        # though its words are capitalised as a name's are.
        sentence = line.startswith(title) and re.match(r"\s*\.", line[len(title) :]) is not None
        if len(title) < 3 or (
            looks_like_names(title) and not sentence and not _one_name_then(line, title)
        ):
            continue
        if line.endswith(title):
            # "Ann Lee, Bo Ray and Cy Dee. *Title*": the names end on a full stop.
            names = line[: -len(title)].strip(" ,:;–—-·•").removesuffix(".")
        elif (
            line.startswith(title)
            and line[len(title) :].lstrip().startswith(",")
            and one_person_and_where(line[len(title) :].strip(" ,"))
        ):
            # "*Systems for ML*, Ann Lee, Example University and Example Labs": the title set
            # apart, then one speaker and where they work.
            names = line[len(title) :].strip(" ,")
            return Split(title=_norm(title), names=names)
        elif (labelled := _label_then(line, title)) is not None:
            # "Keynote 3: *Connecting the Dots – Growing an Ecosystem* – *Ann Lee*": a
            # kind's label, the title set apart (a dash inside it cuts nothing), a dash,
            # then the speakers; or "by" ("Invited talk 1: **Attestation - the bigger
            # picture** by Ann Lee (Example University)").
            label, names, by = labelled
            bare = re.sub(r"\s*\([^()]*\)\s*$", "", names)
            # The names set apart as the title is ("– *Ann Lee*"), or said by "by";
            # "– Grand Ballroom" is no one.
            if (by or bare in styled) and looks_like_names(names) and not looks_like_names(title):
                kind = kind_of_label(label)
                return Split(title=_norm(title), names=names, kind=kind, label=label)
            continue
        elif sentence and kind_of_label(title) is None:
            # "_Expanding Horizons: Courses for All._ Ann Lee, Bo Ray and Cy Dee": a paper,
            # its title set apart first and ended by a full stop, then its authors
            # ("**Keynote**: Ann Lee" is a label; "**Coffee** Main Foyer" a place).
            names = line[len(title) :].strip(" ,:;.–—-")
        else:
            continue
        if names and looks_like_names(names):
            if (kind := kind_of_label(names)) is not None:
                # "**Paper Pitch**: [Neural Sets](url)": a kind's label, though its words
                # are capitalised as a name's are, before the title set apart.
                return Split(title=_norm(title.rstrip(" .")), names="", kind=kind, label=names)
            return Split(title=_norm(title.rstrip(" .")), names=names)
    return None


def _label_then(line: str, title: str) -> tuple[str, str, bool] | None:
    """The kind's label before ``title``, what follows it after a dash or "by" ("Keynote
    3: *Title* – Ann Lee", "Invited talk 1: **Title** by Ann Lee"), and whether "by" said
    so, when the line is written so."""
    at = line.find(title)
    label = line[:at].rstrip().removesuffix(":").strip() if at > 0 else ""
    if not label or not line[:at].rstrip().endswith(":") or kind_of_label(label) is None:
        return None
    after = _AFTER_TITLE.match(line[at + len(title) :])
    return (label, after["names"], bool(after["by"])) if after else None


#: What follows a title set apart after a kind's label: a dash or "by", then the names.
_AFTER_TITLE = lazy_compile(r"\s+(?:[–—-]|(?P<by>by))\s+(?P<names>\S.*)")


#: "Ann Lee (Università di Firenze)": one name, then where they work in brackets.
_NAME_THEN_BRACKET = lazy_compile(r"(?P<name>[^(),;]+?)\s*\((?P<org>[^()]+)\)", needs="(")


def one_person_and_where(text: str) -> bool:
    """ "Ann Lee, Example University", "Ann Lee (Università di Firenze)": one speaker and
    where they work, after a title set apart or signing its description."""
    if is_name_and_organisation(text):
        return True
    name, comma, where = text.rpartition(",")
    if (
        comma
        and _one_full_name(name.strip())
        and _ONE_WORD.fullmatch(where.strip())
        and where.strip().lower() not in _ROLE_WORDS
    ):
        return True  # "Hyun Park, Examplecorp": a company's one word, no name's
    found = _NAME_THEN_BRACKET.fullmatch(text)
    return found is not None and _one_full_name(found["name"])


#: Words after a name's comma that say what the person does, no place of work.
_ROLE_WORDS = frozenset(
    {
        "moderator",
        "chair",
        "chairs",
        "host",
        "hosts",
        "speaker",
        "panelist",
        "panellist",
        "organizer",
        "organiser",
        "discussant",
        "presenter",
        "facilitator",
        "mentor",
        "jr",
        "sr",
        "junior",
        "senior",
        "emeritus",
    }
)
#: One capitalised word of letters: a company's name ("Examplecorp"), never a person's.
_ONE_WORD = lazy_compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+)*")


def _one_full_name(text: str) -> bool:
    """Whether ``text`` is one person's name in full ("Rosa A. Torres Salgado")."""
    return looks_like_names(text) and is_full_name(text) and name_count(text) == 1


def _one_name_then(line: str, title: str) -> bool:
    """ "Naomi Arne: **[Temporal Graph Tools][2]**": one person's full name and a colon,
    then the rest of the line set apart: the title, though its words are capitalised as a
    name's are."""
    if not line.endswith(title):
        return False
    before = line[: -len(title)].rstrip()
    if not before.endswith(":"):
        return False
    name = before[:-1].strip()
    return kind_of_label(name) is None and _one_full_name(name)


def _marked_speaker(line: str, marked: set[str]) -> tuple[str, str] | None:
    """ "**Ann Lee**, Example Lab, Dept. of Physics": a line that starts with one person's
    full name in bold or linked, then only where they work: the name, and the rest."""
    for name in marked:
        if not line.startswith(name) or not _one_full_name(name):
            continue
        rest = line[len(name) :].strip()
        if not rest:
            return name, ""
        where = rest[1:].strip()
        if rest.startswith(",") and (not looks_like_names(where) or has_organisation_word(where)):
            # "[Ann Lee](url), Bo Ray and Cy Dee": more people, not where she works;
            # "Chief Architect, Example Storage Inc." is where she works.
            return name, where
        found = re.fullmatch(r"\((?P<where>[^()]+)\)", rest)
        if found:
            return name, found["where"].strip()
    return None


def speaker_alone(content: Inline) -> str | None:
    """ "**Ann Lee**, Example Lab": a cell of one line that is only a speaker set apart in
    bold (or linked), and where they work; the names as the people reader takes them."""
    lines = content.written_lines
    if len(lines) != 1:
        return None
    found = _marked_speaker(lines[0], _styled(content)[1])
    if found is None:
        return None
    name, where = found
    return f"{name} ({where})" if where else name


def _title_then_marked_speaker(lines: list[str], marked: set[str]) -> Split | None:
    """ "*Title*<br>**Ann Lee**, Example Lab & Dept. of Physics": two lines, one of them a
    speaker set apart in bold (or linked) with where they work.  The other line is the
    title however much its capitalised words read as names ("Some Title Here"), or a
    label ("Keynote"), and everything after the name is one affiliation, its commas and
    "&" included.  Where both lines may be a name in bold, the one followed by where the
    person works is the speaker."""
    if len(lines) != 2:
        return None
    found = [_marked_speaker(line, marked) for line in lines]
    candidates = [index for index, speaker in enumerate(found) if speaker is not None]
    if len(candidates) == 2:
        candidates = [index for index in candidates if (speaker := found[index]) and speaker[1]]
    if len(candidates) != 1:
        return None
    speaker = found[candidates[0]]
    assert speaker is not None
    name, where = speaker
    names = f"{name} ({where})" if where else name
    other = _norm(lines[1 - candidates[0]])
    if not other or to_be_announced(other):
        return None
    kind = kind_of_label(other)
    if kind is not None:
        # "Keynote<br>**Ann Lee**, MIT": the label is the title until the talk is named.
        return Split(title=_label_as_title(other), names=names, kind=kind, label=other)
    return Split(title=other, names=names)


#: Quotes and brackets: after a name and its comma they open a title or a note, never a
#: place of work ('Manuela Veloso, "AI in Finance"').
_QUOTE_MARKS = frozenset('"“”‘’(')

#: Marks a line already read as names (see ``_split_lines``).
_LOOSE_MARK = "\x00"


def _split_lines(lines: list[str], italic: set[str], marked: set[str]) -> Split | None:
    """A cell of several lines: each line is a label, names or the title, or is cut itself."""
    marked_speaker = _title_then_marked_speaker(lines, marked)
    if marked_speaker is not None:
        return marked_speaker
    classes = [_class(line, italic, marked, False) for line in lines]
    if "names" not in classes:
        loose = [
            index
            for index, line in enumerate(lines)
            if classes[index] == "title"
            and _norm(line) in italic
            and loosely_names(_norm(line))
            # "*Description Logics Meet Databases Again*": capitalised, but a title's words.
            and not holds_a_title_word(_norm(line))
        ]
        titles = [i for i, kind in enumerate(classes) if kind == "title" and i not in loose]
        if len(loose) == 1 and titles:
            lines = list(lines)
            lines[loose[0]] = _LOOSE_MARK + lines[loose[0]]
    parts: list[tuple[str, str]] = []
    # The part that names people for sure: after a label ("Keynote by Ann Lee"), or with
    # where they work ("Ann Lee, Bo Ray. Example Lab").
    labelled_names = -1
    title_elsewhere = any(_norm(line) in italic for line in lines)
    set_apart = any(_norm(line) in italic | marked for line in lines)
    for line in lines:
        kind = _class(line, italic, marked, title_elsewhere)
        plain = _norm(line) not in italic | marked
        if kind == "names" and not plain and holds_a_title_word(_norm(line)):
            # "*Description Logics Meet Databases Again*" under the speaker's line: a line
            # set apart in capitalised words that only titles hold is the title.
            kind = "title"
        in_bold_beside = _norm(line) in italic and any(
            _norm(other) in marked for other in lines if other is not line
        )
        # "**Ann Lee, Example University**<br>*Title*": the name in bold, the title in
        # italics beside it.
        bold_beside_italic = _norm(line) in marked and any(
            _norm(other) in italic for other in lines if other is not line
        )
        if (
            kind == "title"
            and ((set_apart and plain) or in_bold_beside or bold_beside_italic)
            and is_name_and_organisation(_norm(line))
        ):
            # "**Title**<br>Ann Lee, Example University": the speaker's line; in italics
            # too, beside a title in bold ("*Prof. Ann Lee, Example University*<br>**Title**").
            kind = "names"
        if kind == "title" and (label_over := _label_then_named(_norm(line))) is not None:
            # "**Keynote Speaker (Ann Lee)**<br>Title": a label and who, over the title.
            labelled_names = len(parts) + 1
            parts += [("label", label_over.label or ""), ("names", label_over.names)]
            continue
        if kind == "title" and CUT.search(line) and _norm(line) not in italic:
            inner = _split_line(line, italic, marked)
            if inner is not None and not inner.label and _norm(line) in marked:
                # "**USBlock: Blocking Keypress Attacks**<br>Ann Lee, Bo Ray": a line wholly
                # in bold is a title set apart, whatever its colon cuts; a label cut off
                # it ("**Keynote: Ann Lee**") is another thing.
                inner = None
            if (
                inner is not None
                and not inner.label
                and inner.names
                and any(
                    other is not line
                    and _class(other, italic, marked, False) == "names"
                    and (other.startswith(_LOOSE_MARK) or _norm(other) in italic)
                    and not is_organisation(_norm(other).removeprefix(_LOOSE_MARK), weak=True)
                    # A list of authors, two or more: one name in italics may be a place.
                    and lists_authors(_norm(other).removeprefix(_LOOSE_MARK))
                    for other in lines
                )
            ):
                # "Tokenization Matters: Navigating Data"<br>"*Ann Lee, Bo Ray*": the names
                # are the line set apart in italics; the title's head is no one's name.
                inner = None
            if inner is not None:
                if inner.label:
                    parts.append(("label", inner.label))
                if inner.names:
                    if inner.label:
                        labelled_names = len(parts)
                    parts.append(("names", inner.names))
                if inner.title != inner.label:
                    parts.append(("title", inner.title))
                continue
        if _NOTE.fullmatch(line):
            continue  # "(20 mins + 5 mins Q&A)": how long, not what
        if (
            kind == "title"
            and parts
            and parts[-1][0] == "names"
            and any(k == "title" for k, _ in parts)  # the title is said: this line is not it
            and has_organisation_word(_norm(line))
            and ":" not in line
            and not looks_like_names(_norm(line))
        ):
            # "Ann Lee, Bo Ray.<br>Example Institute of Technology": where they work.
            parts[-1] = ("names", f"{_norm(parts[-1][1])}. {_norm(line)}")
            continue
        if kind == "names" and names_then_their_place(_norm(line)) is not None:
            labelled_names = len(parts)  # "Ann Lee, Bo Ray. Example Lab": names for sure
        parts.append((kind, line))
    if [kind for kind, _ in parts] == ["label", "title"]:
        # "**Contributed Oral Talk**<br>Partial Channel Dependence": a label over the title.
        label = _norm(parts[0][1])
        return Split(title=_norm(parts[1][1]), names="", kind=kind_of_label(label), label=label)
    named = [index for index, (kind, _) in enumerate(parts) if kind == "names"]
    if (
        len(named) == 2
        and labelled_names in named
        and all(k != "title" for k, _ in parts)
        and _one_name_or_set_apart(next(parts[i][1] for i in named if i != labelled_names), italic)
    ):
        # "**Invited Talk by Ann Lee**<br>Multimodal Time Series Modeling": the label says
        # who speaks; the other line, however name-like, is the title.
        other = next(index for index in named if index != labelled_names)
        parts[other] = ("title", parts[other][1].removeprefix(_LOOSE_MARK))
        return _compose(parts)
    if len(named) == 2 and all(kind != "title" for kind, _ in parts):
        # "Fast Trees<br>*Bo Ray, Cy Dee*": both lines could be names, but a list of
        # several in italics under one plain phrase is the authors, the phrase the title
        # ("Monte Carlo, Markov Chains and Random Walks<br>Ann Lee" is not).
        single, listed = (parts[index][1] for index in named)
        if (
            name_count(single) == 1
            and name_count(listed) >= 2
            and _norm(listed) in italic
            and _norm(single) not in italic | marked
        ):
            parts[named[0]] = ("title", single)
        elif (placed := _placed_beside_plain(single, listed, italic | marked)) is not None:
            # "Dynamic Batching<br>*Cy Dunn (MIT)*": one line set apart with where the
            # person works in brackets, the other plain and bracketless, is the title.
            parts[named[1 - placed]] = ("title", parts[named[1 - placed]][1])
    return _compose(parts)


def _one_person_and_place(text: str) -> str | None:
    """ "Dr. Ann Lee, Example Medical School, Boston, USA" as "Dr. Ann Lee (Example Medical
    School, Boston, USA)": one name, then where the person works, commas and all; ``None``
    when what follows the name is more than a place of work: a quote or a bracket
    ('Ann Lee, "AI in Finance"'), a sentence (an abstract), a colon or a dash before a
    title ("..., Stanford University: Learning to Probe"), words in small letters that say
    something else ("..., Google, on robust agents"), or a second person ("..., Google and
    Bo Ray, Meta")."""
    name, _, where = text.partition(",")
    if (
        _QUOTE_MARKS.intersection(text)
        or not is_name_and_organisation(text)
        or len(text.split()) > 12
        or _SENTENCE_GOES_ON.search(where)
        or _TITLE_AFTER_PLACE.search(where)
        or any(
            word[:1].islower() and word.lower() not in _PLACE_SMALL_WORDS for word in where.split()
        )
        or any(
            is_full_name(part.strip()) and not is_organisation(part, weak=True)
            for part in re.split(r",|\band\b|&", where)
        )
    ):
        return None
    return f"{name.strip()} ({where.strip()})"


def _place_of_work(name: str, bracket: str) -> bool:
    """Whether the bracket after a name may say where the person works: no number in it
    ("Random Forests (Breiman 2001)"), and not the initials of the words before it, which a
    method's name has ("Monte Carlo (MCMC)")."""
    if _DIGIT.search(bracket):
        return False
    initials = "".join(word[0] for word in name.split() if word[:1].isupper())
    letters = "".join(ch for ch in bracket if ch.isalpha())
    return not (len(initials) >= 2 and letters.isupper() and letters.startswith(initials))


def _placed_beside_plain(first: str, second: str, set_apart: set[str]) -> int | None:
    """Which of two lines that both read as names is a person with an organisation in
    brackets set apart (0 or 1), where the other is plain and holds no bracket."""
    found = None
    for index, (line, other) in enumerate(((first, second), (second, first))):
        text, beside = _norm(line), _norm(other)
        name, affiliation = in_brackets(text)
        if (
            text in set_apart
            and beside not in set_apart
            and "(" not in beside
            and affiliation is not None
            and is_organisation(affiliation, weak=True)
            # "Di Fox<br>*Monte Carlo (MCMC)*": a method's initials, no place of work.
            and _place_of_work(name, affiliation)
        ):
            found = index if found is None else None
    return found


#: A line that only says how long or in what form ("(20 mins + 5 mins Q&A)", "(remote)").
_NOTE = lazy_compile(
    r"\s*\(?\s*(?:\d+\s*(?:min(?:ute)?s?|h(?:ours?)?)\b.*|remote|virtual|online|in[- ]person|"
    r"recorded|live|tbc|tbd)\s*\)?\s*",
    re.IGNORECASE,
)
