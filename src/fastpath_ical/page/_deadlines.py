"""What a page says about its call for papers, told apart from what it says about the event.

A page's "Important Dates" list and its deadline sentences ("Submission deadline: May 31,
2023, 11:59 PM AoE") carry dates and zones that are not the program's; the header reader
blanks them out before it looks for the event's date and zone.
"""

from __future__ import annotations

import re

from .._patterns import lazy_compile

__all__ = ["DEADLINE_HEADING", "introduces_deadlines", "without_deadlines"]


#: Words of a call for papers: a date or zone in a sentence with them is a deadline's.
_DEADLINE_WORDS = lazy_compile(
    r"\b(?:deadlines?|submissions?|submit(?:ted)?|notifications?|camera[- ]?ready|"
    r"acceptance|decisions?|rebuttals?|early[- ]bird|cfp|call\s+for\s+\w+|"
    r"abstracts?\s+(?:registration|due)|(?:is|are)\s+due|due\s+(?:by|on|date)|"
    # "The registration closes on March 20th, 2023.": a deadline, not the day.
    r"registration\s+(?:closes|ends|deadline))\b",
    re.IGNORECASE,
    needs=(
        "abstract acceptance call camera cfp deadline decision due early notification "
        "rebuttal submission submit registration"
    ),
)


#: The same words in Japanese and Chinese (no word boundaries there): "参加登録" (sign-up),
#: "申込" (application), "締切" (deadline), "截止" (closing), "报名" (registration).
_CJK_DEADLINE_WORDS = lazy_compile(r"参加登録|申込|申し込み|締切|締め切り|〆切|截止|报名|注册")


#: Headings of a page's call for papers: what their section says is about deadlines.
DEADLINE_HEADING = lazy_compile(
    r"\b(?:(?:important|key|submission)\s+(?:[^\W\d_]+\s+)?dates|deadlines?|call\s+for\s+\w+|cfp)\b"
    r"|^\W*(?:paper\s+|abstract\s+)?submissions?\b",
    re.IGNORECASE,
    needs="call cfp dates deadline submission",
)


#: A line in such a section that names the event itself ("Workshop: July 28, 2023").
_EVENT_WORDS = lazy_compile(
    r"\b(?:workshop|event|symposium|conference|meeting|program(?:me)?|schedule)\b",
    re.IGNORECASE,
)


_SENTENCE_END = lazy_compile(r"(?<=[.;!?])(?=\s)")


def without_deadlines(text: str, in_deadlines: bool) -> str:
    """``text`` with what it says about deadlines blanked out (kept the same length).

    A sentence with a call for papers' words ("Submission deadline: May 31,
    2023, 11:59 PM AoE", "All deadlines are AoE") gives neither the program's
    date nor its zone; in an "Important Dates" or "Call for Papers" section
    every line is a deadline unless it names the event ("Workshop: July 28").
    """
    out: list[str] = []
    for sentence in _SENTENCE_END.split(text):
        if (
            _DEADLINE_WORDS.search(sentence)
            or (not sentence.isascii() and _CJK_DEADLINE_WORDS.search(sentence))
            or (in_deadlines and not _names_the_event(sentence))
        ):
            sentence = " " * len(sentence)
        out.append(sentence)
    return "".join(out)


#: A word of a line's own, beyond its date: no digits, no month's name.
_OWN_WORD = lazy_compile(r"[^\W\d_]{3,}")
_MONTH_WORD = lazy_compile(
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*|the|and|day|date",
    re.IGNORECASE,
)


#: Right after an event's word: a colon, or the words that say when it is.
_SAYS_WHEN = lazy_compile(
    r"(?:\s+(?:day|date))?\s*(?:\([^()]*\))?\s*:|"
    r"\s+(?:(?:will\s+be\s+|is\s+|was\s+)?held|(?:will\s+)?takes?\s+place|took\s+place)\b",
    re.IGNORECASE,
)


#: Right after an event's word: a step of the call for papers, not the event itself.
_NOT_THE_EVENT_AFTER = lazy_compile(
    r"\s+(?:announcements?|announced|website|registrations?|proposals?|papers?|reviews?|"
    r"programs?\s+(?:released|online|announced))\b",
    re.IGNORECASE,
)


def _names_the_event(sentence: str) -> bool:
    """Whether a line of an "Important Dates" list is the event's own ("Workshop: July 28",
    "November 20, 2020 -- Workshop."): an event's word first, or followed by a colon or
    by "will be held", or in a line of four words at most; "Retraction of workshop papers
    accepted for EMNLP" is a deadline's."""
    found = _EVENT_WORDS.search(sentence)
    if found is None or _NOT_THE_EVENT_AFTER.match(sentence, found.end()):
        return False  # "Workshop announcement: Jan 01, 2022": a step before it
    if _SAYS_WHEN.match(sentence, found.end()):
        # "Efficient Systems for Foundation Models Workshop: July 26, 2024", "Our one-day
        # ICML workshop will be held on: Friday, July 26": when the event itself is.
        return True
    words = [w for w in _OWN_WORD.findall(sentence) if not _MONTH_WORD.fullmatch(w)]
    before = [
        w for w in _OWN_WORD.findall(sentence[: found.start()]) if not _MONTH_WORD.fullmatch(w)
    ]
    return not before or len(words) <= 4


def introduces_deadlines(text: str) -> bool:
    """Whether a paragraph introduces a list of deadlines ("The challenge deadlines are as
    follows:"): its items are deadlines, as an "Important Dates" section's lines are."""
    return text.rstrip().endswith(":") and _DEADLINE_WORDS.search(text) is not None
