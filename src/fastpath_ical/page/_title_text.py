"""A title as a person reads it: without the links to its materials, the pictographs that
decorate it, and the length, room or moderator written after it.

"[Paper](arxiv) [[slides]](pdf) 🎥 (20 mins) (Hall B)" is the title "Paper",
with its length and room kept as extras; the links are the row's.
"""

from __future__ import annotations

import re
import unicodedata

from ._inline import Inline

__all__ = [
    "MATERIAL_LABEL",
    "drop_pictographs",
    "moderated",
    "notes_in_title",
    "title_without_materials",
    "without_pictographs",
]


#: A link label that names material about a talk ("slides", "[video]"), not a word of its title.
MATERIAL_LABEL = re.compile(
    r"\W*(?:slides?|deck|video|videos|recording|youtube|pdf|code|github|paper|preprint|"
    r"arxiv|poster|abstract|doi|project(?:\s+page)?|website|talk\s+video|"
    r"full\s+paper|extended\s+abstract)\W*",
    re.IGNORECASE,
)


def drop_pictographs(text: str) -> str:
    """``text`` without its symbols ("🏰", "🎥"): they decorate, they do not say."""
    return "".join(ch for ch in text if unicodedata.category(ch) not in ("So", "Sk", "Cn"))


def without_pictographs(text: str) -> str:
    """ "Coffee break 🏰", "Invited talk 🎥": the pictographs decorate, they do not title."""
    if text.isascii():
        return text
    return " ".join(drop_pictographs(text).split()).strip(" |·•") or text


def title_without_materials(content: Inline) -> str:
    """ "[Paper](arxiv) [[slides]](pdf) [[video]](yt)": the title is "Paper"; the links
    labelled with what they are (slides, video, pdf, code, paper, recording) are links,
    not words of the title. A link that starts the cell is the title's own."""
    text = content.text
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
    return without_pictographs(text or content.text)


#: "(15 mins)", "(20 mins + 5 mins Q&A)": how long, written after a title.
_DURATION = re.compile(
    r"\s*[(\[]\s*(?P<text>\d+\s*(?:min(?:ute)?s?|h(?:ours?|rs?)?)\b[^()\[\]]*)[)\]]\s*$",
    re.IGNORECASE,
)
#: "(Main Seminar Room)", "(Hall B)": where, written after a title.
_ROOM = re.compile(
    r"\s*[(\[]\s*(?P<text>[^()\[\]]*\b(?:room|hall|auditorium|theat(?:re|er)|building|lab|"
    r"lobby|foyer|atrium|ballroom|salon|suite|aula|lecture\s+theatre)\b[^()\[\]]*)[)\]]\s*$",
    re.IGNORECASE,
)


def notes_in_title(title: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    """A title without the length and the room written after it, which are kept as extras."""
    noted: list[tuple[str, str]] = []
    for label, pattern in (("Duration", _DURATION), ("Room", _ROOM)):
        found = pattern.search(title)
        if found and title[: found.start()].strip():
            noted.insert(0, (label, found.group("text").strip()))
            title = title[: found.start()].rstrip(" ,;-–—")
    return title, tuple(noted)


_MODERATED = re.compile(
    r"\s*[(\[]\s*(?:moderated\s+by|moderator\s*:?|chaired\s+by|chair\s*:)\s*(?P<names>[^()\[\]]+)[)\]]\s*$",
    re.IGNORECASE,
)


def moderated(title: str) -> tuple[str, str | None]:
    """ "Panel discussion (moderated by Jane Doe)": the title, and who moderates it."""
    found = _MODERATED.search(title)
    if found is None:
        return title, None
    return title[: found.start()].rstrip(), found.group("names")
