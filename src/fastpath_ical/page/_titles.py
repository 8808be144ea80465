"""Title cells that carry two things: a kind label, the speakers and the talk's title in one cell.

Real pages write ``**Invited Talk**: Jane Doe (*MIT*)``, ``Invited talk by
[Jane Doe](url)<br>*Title*``, ``Keynote: Jane Doe – *Title*``,
``Jane Doe (MIT) - Title``, ``"Title", Ann Lee, Bob Ray`` and
``Title<br>*Ann Lee, Bob Ray*``.  The cell is cut into parts at line breaks,
quotes and separators (``:``, dashes, "by"), and each part is classed:

* a **label** names the kind of item and nothing else ("Invited Talk 2",
  "Keynote", "Panel discussion");
* **names** are people: every comma- or "and"-separated piece is written
  like a person's name (two to five capitalised words, none of them a word
  titles use), optionally with an affiliation in parentheses; a part the
  page links or sets in bold, where the title is not, counts as names too;
* the rest is the **title**; in italics or quotes it is surely one.

A cell is split only when every part finds its class and names are among
them; otherwise it is a title as written.  The caller says each split in a
warning, since it is an inference.
"""

from __future__ import annotations

import re
import unicodedata

import attrs

from ..model import ItemKind
from ._inline import Inline

__all__ = ["KIND_LABEL", "Split", "kind_of_label", "looks_like_names", "split_title"]


@attrs.frozen
class Split:
    """What a title cell says: the title, the names as written, the kind its label gives."""

    title: str
    names: str
    kind: ItemKind | None = None
    #: The label as written ("Invited Talk 2"), when the cell has one.
    label: str | None = None


#: A kind label, with an optional number ("Invited Talk 2", "Talk 3", "Keynote #1").
KIND_LABEL = re.compile(
    r"(?P<label>(?:(?P<invited>invited)(?:\s+(?:talk|speaker|lecture|presentation))?"
    r"|(?P<keynote>keynote)(?:\s+(?:talk|speaker|lecture|address))?"
    r"|(?P<contributed>contributed|spotlight|oral|lightning|paper)(?:\s+(?:talks?|presentations?|session))?"
    r"|(?P<panel>panel)(?:\s+discussion)?"
    r"|(?P<talk>(?:plenary\s+|guest\s+|featured\s+)?(?:talk|lecture|presentation|seminar))"
    r"|(?P<tutorial>tutorial|hands[- ]on(?:\s+session)?|demo|demonstration))"
    r"(?:\s*(?:#\s*)?\d{1,2}|\s+[IVX]{1,4})?)",
    re.IGNORECASE,
)

_KIND_GROUPS = {
    "invited": ItemKind.INVITED,
    "keynote": ItemKind.KEYNOTE,
    "contributed": ItemKind.CONTRIBUTED,
    "panel": ItemKind.PANEL,
    "talk": ItemKind.TALK,
    "tutorial": ItemKind.ACTIVITY,
}


def kind_of_label(text: str) -> ItemKind | None:
    """The kind a label names, when ``text`` is only a label ("Invited Talk 1")."""
    found = KIND_LABEL.fullmatch(text.strip(" *_.:-–—()[]"))
    if found is None:
        return None
    return next(_KIND_GROUPS[group] for group in _KIND_GROUPS if found.group(group))


#: Words a talk's title uses and a person's name does not (lower case).
_TITLE_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "for",
        "and",
        "or",
        "in",
        "on",
        "at",
        "to",
        "from",
        "with",
        "without",
        "by",
        "via",
        "into",
        "towards",
        "toward",
        "is",
        "are",
        "be",
        "can",
        "do",
        "does",
        "how",
        "what",
        "why",
        "when",
        "where",
        "which",
        "who",
        "we",
        "our",
        "your",
        "you",
        "its",
        "it",
        "this",
        "that",
        "these",
        "those",
        "not",
        "no",
        "new",
        "beyond",
        "between",
        "through",
        "under",
        "over",
        "vs",
        "versus",
        "about",
        "all",
        "learning",
        "machine",
        "deep",
        "neural",
        "network",
        "networks",
        "model",
        "models",
        "data",
        "systems",
        "system",
        "language",
        "large",
        "scale",
        "efficient",
        "efficiency",
        "performance",
        "analysis",
        "training",
        "inference",
        "ai",
        "ml",
        "robot",
        "robots",
        "robotics",
        "robust",
        "robustness",
        "safety",
        "safe",
        "secure",
        "security",
        "privacy",
        "graph",
        "graphs",
        "vision",
        "video",
        "image",
        "images",
        "computing",
        "compute",
        "hardware",
        "software",
        "memory",
        "design",
        "optimization",
        "optimizing",
        "adaptive",
        "automated",
        "automatic",
        "generative",
        "foundation",
        "representation",
        "representations",
        "reinforcement",
        "agents",
        "agent",
        "autonomous",
        "human",
        "humans",
        "challenges",
        "challenge",
        "future",
        "opportunities",
        "lessons",
        "case",
        "study",
        "studies",
        "towards",
        "using",
        "theory",
        "practice",
        "applications",
        "application",
        "scalable",
        "distributed",
        "parallel",
        "cloud",
        "edge",
        "open",
        "session",
        "sessions",
        "talk",
        "talks",
        "keynote",
        "panel",
        "discussion",
        "poster",
        "posters",
        "break",
        "lunch",
        "coffee",
        "opening",
        "closing",
        "remarks",
        "welcome",
        "introduction",
        "intro",
        "overview",
        "summary",
        "tutorial",
        "workshop",
        "conference",
        "award",
        "awards",
        "q&a",
        "qa",
        "wrap",
        "up",
        "day",
        "evening",
        "morning",
        "afternoon",
    ]
)

#: Particles inside names ("Ana de la Cruz", "Ludwig van Beethoven", "Ibn Sina").
_PARTICLES = frozenset(
    [
        "de",
        "da",
        "das",
        "do",
        "dos",
        "di",
        "del",
        "della",
        "der",
        "den",
        "van",
        "von",
        "la",
        "le",
        "du",
        "bin",
        "ibn",
        "al",
        "el",
        "ter",
        "ten",
        "y",
        "e",
    ]
)

_NAME_WORD = re.compile(r"^(?:[A-Z][\w'’.-]*|[A-Z]\.)$")
_AFFILIATION = re.compile(r"\s*\(([^()]+)\)\s*$")
_SPLIT_NAMES = re.compile(r"\s*(?:,|;|\s&\s|\band\b|\+)\s*", re.IGNORECASE)


def _is_name(text: str) -> bool:
    """One person's name as written: capitalised words, no word a title would use."""
    name = _AFFILIATION.sub("", text).strip(" *_†‡§¶")
    name = re.sub(r"\s*\((?:invited|keynote|remote|virtual|tbc)\)\s*", " ", name, flags=re.I)
    words = name.split()
    if not 2 <= len(words) <= 5 or re.search(r"\d|[:!?\"“”]", name):
        return False
    for word in words:
        bare = word.strip(",.")
        if bare.lower() in _PARTICLES:
            continue
        if bare.lower() in _TITLE_WORDS or not _NAME_WORD.match(bare):
            return False
    return True


def looks_like_names(text: str) -> bool:
    """Whether ``text`` is one or more people's names ("Ann Lee (MIT) and Bob Ray")."""
    parts = [p for p in _split_outside(text) if p.strip()]
    return bool(parts) and all(_is_name(part) for part in parts)


def _split_outside(text: str) -> list[str]:
    """``text`` cut at name separators outside parentheses."""
    parts: list[str] = []
    depth = 0
    start = 0
    position = 0
    while position < len(text):
        ch = text[position]
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            found = _SPLIT_NAMES.match(text, position)
            if found and found.end() > position:
                parts.append(text[start:position])
                start = position = found.end()
                continue
        position += 1
    parts.append(text[start:])
    return parts


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


def _norm(text: str) -> str:
    return " ".join(text.split()).strip(" ,.;:–—-\"'“”‘’")


#: Where a cell's line is cut into parts: a dash between spaces, a colon, "by".
_CUT = re.compile(r"\s+[–—]\s+|\s+--?\s+|(?<=\S):\s+|\s+by\s+(?=[A-Z*_\[])|^by\s+", re.IGNORECASE)
_QUOTED = re.compile(r'^\s*["“‘](?P<title>[^"”’]{3,})["”’]\s*[,;:–—-]?\s*(?P<rest>.*)$')


#: A link label that names material about a talk ("slides", "[video]"), not its words.
_MATERIAL = re.compile(
    r"\W*(?:slides?|deck|video|videos|recording|youtube|pdf|code|github|paper|preprint|"
    r"arxiv|poster|abstract|doi|project(?:\s+page)?|website)\W*",
    re.IGNORECASE,
)


def _bare(line: str, materials: list[str]) -> str:
    """A line without the links to material and the pictographs pages decorate it with."""
    for label in materials:
        line = re.sub(r"[\[(]?\s*" + re.escape(label) + r"\s*[\])]?", " ", line)
    line = "".join(ch for ch in line if unicodedata.category(ch) not in ("So", "Sk", "Cn"))
    return " ".join(line.split()).strip(" |·•")


def _affiliation_in_italics(line: str, italic: set[str]) -> str:
    """ "Claire Tomlin *UC Berkeley*": a name, then its affiliation set in italics."""
    for text in italic:
        if text and line.endswith(text) and line != text:
            before = line[: -len(text)].strip(" ,–—-")
            if looks_like_names(before) and "(" not in before:
                return f"{before} ({text.strip('()[] ')})"
    return line


def split_title(content: Inline) -> Split | None:
    """The title, names and kind a title cell writes together, or ``None`` if it is a title."""
    materials = [label for label, _ in content.links if _MATERIAL.fullmatch(label)]
    lines = [line for line in (_bare(line, materials) for line in content.lines) if line]
    italic, marked = _styled(content)
    lines = [_affiliation_in_italics(line, italic) for line in lines]
    if not lines:
        return None
    if len(lines) > 1:
        found = _split_lines(lines, italic, marked)
        if found is not None:
            return found
    return _split_line(" ".join(lines), italic, marked)


def _class(part: str, italic: set[str], marked: set[str], title_elsewhere: bool) -> str:
    if part.startswith(_LOOSE_MARK):
        return "names"
    text = _norm(part)
    if not text:
        return "empty"
    if kind_of_label(text) is not None:
        return "label"
    if looks_like_names(text):
        return "names"
    return "title"


def _compose(parts: list[tuple[str, str]]) -> Split | None:
    classes = [kind for kind, _ in parts]
    if "names" not in classes or classes.count("names") > 1:
        return None
    labels = [text for kind, text in parts if kind == "label"]
    titles = [text for kind, text in parts if kind == "title"]
    names = next(text for kind, text in parts if kind == "names")
    label = _norm(labels[0]) if labels else None
    kind = kind_of_label(label) if label else None
    if len(titles) > 1:
        return None
    title = _norm(titles[0]) if titles else _label_as_title(label or "")
    if not title:
        return None
    names = names.replace(_LOOSE_MARK, "").strip(" *_")
    return Split(title=title, names=names, kind=kind, label=label)


#: Where a line is cut, strongest first: a dash between spaces, then a colon, then "by".
_CUTS = (
    re.compile(r"\s+[–—]\s+|\s+--\s+"),
    re.compile(r"\s+-\s+"),
    re.compile(r"(?<=\S):\s+"),
    re.compile(r"\s+by\s+(?=[A-Z*_\[])|^by\s+", re.IGNORECASE),
)
#: "(Invited Talk 1) Title", "[Keynote] Title": a label in brackets before the title.
_BRACKETED_LABEL = re.compile(r"^\s*[(\[](?P<label>[^()\[\]]+)[)\]]\s*(?P<rest>\S.*)$")


def _label_as_title(label: str) -> str:
    """ "Invited" alone is an invited talk: the title a person writes for it."""
    if re.fullmatch(r"(?i:invited|contributed|oral|lightning|spotlight)", label):
        return f"{label} {'Talk' if label[:1].isupper() else 'talk'}"
    return label


def _split_line(text: str, italic: set[str], marked: set[str]) -> Split | None:
    quoted = _QUOTED.match(text)
    if quoted and looks_like_names(quoted.group("rest")):
        # '"Title", Ann Lee, Bob Ray': the quotes say which part is the title.
        return Split(title=_norm(quoted.group("title")), names=quoted.group("rest").strip())
    bracketed = _BRACKETED_LABEL.match(text)
    if bracketed and kind_of_label(bracketed.group("label")) is not None:
        inner = _split_line(bracketed.group("rest"), italic, marked)
        label = _norm(bracketed.group("label"))
        kind = kind_of_label(label)
        if inner is not None:
            return attrs.evolve(inner, kind=inner.kind or kind, label=inner.label or label)
        return Split(title=_norm(bracketed.group("rest")), names="", kind=kind, label=label)
    for cut in _CUTS:
        pieces = [piece for piece in cut.split(text, maxsplit=1) if piece.strip()]
        if len(pieces) < 2:
            continue
        title_elsewhere = any(_norm(piece) in italic for piece in pieces)
        parts = [(_class(piece, italic, marked, title_elsewhere), piece) for piece in pieces]
        found = _compose(parts)
        if found is not None:
            return found
        if parts[0][0] == "label" and parts[1][0] == "title" and _norm(pieces[1]) in italic:
            # "Panel 1: *Data 2024: what next?*": a label, then a title set apart.
            label = _norm(pieces[0])
            return Split(title=_norm(pieces[1]), names="", kind=kind_of_label(label), label=label)
        if parts[0][0] in ("label", "names") and parts[1][0] == "title":
            inner = _split_line(pieces[1], italic, marked)
            if inner is not None and parts[0][0] == "label" and inner.names:
                label = _norm(pieces[0])
                return attrs.evolve(inner, kind=inner.kind or kind_of_label(label), label=label)
    return None


#: Marks a line already read as names (see ``_split_lines``).
_LOOSE_MARK = "\x00"


def _loosely_names(text: str) -> bool:
    """Names as a line set apart writes them: capitalised words, one to five a name.

    Names may hold words a title uses ("Yang You", "Rose Young"); a line in
    italics beside a title line is read this way, when it is the only such line
    (bold sets titles apart as often as names, italics rarely a title beside one).
    """
    parts = [p for p in _split_outside(text) if p.strip()]
    for part in parts:
        words = _AFFILIATION.sub("", part).strip(" *_").split()
        if not 1 <= len(words) <= 5 or re.search(r"\d|[:!?]", part):
            return False
        if not all(_NAME_WORD.match(w.strip(",.")) or w.lower() in _PARTICLES for w in words):
            return False
    return bool(parts)


def _split_lines(lines: list[str], italic: set[str], marked: set[str]) -> Split | None:
    """A cell of several lines: each line is a label, names or the title, or is cut itself."""
    classes = [_class(line, italic, marked, False) for line in lines]
    if "names" not in classes:
        loose = [
            index
            for index, line in enumerate(lines)
            if classes[index] == "title" and _norm(line) in italic and _loosely_names(_norm(line))
        ]
        titles = [i for i, kind in enumerate(classes) if kind == "title" and i not in loose]
        if len(loose) == 1 and titles:
            lines = list(lines)
            lines[loose[0]] = _LOOSE_MARK + lines[loose[0]]
    parts: list[tuple[str, str]] = []
    title_elsewhere = any(_norm(line) in italic for line in lines)
    for line in lines:
        kind = _class(line, italic, marked, title_elsewhere)
        if kind == "title" and _CUT.search(line) and _norm(line) not in italic:
            inner = _split_line(line, italic, marked)
            if inner is not None:
                if inner.label:
                    parts.append(("label", inner.label))
                parts.append(("names", inner.names))
                if inner.title != inner.label:
                    parts.append(("title", inner.title))
                continue
        if _NOTE.fullmatch(line):
            continue  # "(20 mins + 5 mins Q&A)": how long, not what
        parts.append((kind, line))
    return _compose(parts)


#: A line that only says how long or in what form ("(20 mins + 5 mins Q&A)", "(remote)").
_NOTE = re.compile(
    r"\s*\(?\s*(?:\d+\s*(?:min(?:ute)?s?|h(?:ours?)?)\b.*|remote|virtual|online|in[- ]person|"
    r"recorded|live|tbc|tbd)\s*\)?\s*",
    re.IGNORECASE,
)
