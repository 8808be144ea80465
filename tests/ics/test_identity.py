"""The UID rule: same talk, same UID, through the edits that do not change which talk it is."""

from __future__ import annotations

import datetime as dt
import difflib

import attrs
from hypothesis import example, given, settings
from hypothesis import strategies as st

from fastpath_ical import Person, Program, uids
from fastpath_ical.ics._identity import SIMILAR, similar_keys
from strategies import programs


def retitled(program: Program, index: int, title: str) -> Program:
    items = list(program.items)
    items[index] = attrs.evolve(items[index], title=title)
    return attrs.evolve(program, items=tuple(items))


def test_shipped_uids(program: Program) -> None:
    assert uids(program)[:3] == (
        "fastpath-2021-opening-remarks@fastpath-ical",
        "fastpath-2021-ana-klimovic@fastpath-ical",
        "fastpath-2021-christian-kastner@fastpath-ical",
    )


def test_survives_retitle_of_a_talk(program: Program) -> None:
    assert uids(program) == uids(retitled(program, 1, "A new title"))


def test_survives_moved_time(program: Program) -> None:
    items = list(program.items)
    shift = dt.timedelta(minutes=5)
    last = items[-1]
    items[-1] = attrs.evolve(last, start=last.start + shift, end=last.end + shift)
    assert uids(program) == uids(attrs.evolve(program, items=tuple(items)))


def test_survives_corrected_accents_and_case(program: Program) -> None:
    items = list(program.items)
    talk = items[2]
    items[2] = attrs.evolve(talk, people=(Person(name="christian KASTNER"),))
    assert uids(program) == uids(attrs.evolve(program, items=tuple(items)))


def test_other_speaker_other_uid(program: Program) -> None:
    items = list(program.items)
    items[1] = attrs.evolve(items[1], people=(Person(name="Someone Else"),))
    assert uids(program)[1] != uids(attrs.evolve(program, items=tuple(items)))[1]


def test_domain_is_the_callers() -> None:
    from fastpath_ical import fastpath2021

    assert all(
        uid.endswith("@example.org") for uid in uids(fastpath2021(), uid_domain="example.org")
    )


@given(programs())
def test_uids_unique_and_deterministic(generated: Program) -> None:
    first = uids(generated)
    assert len(set(first)) == len(first) == len(generated.items)
    assert first == uids(generated)
    assert all(uid.isascii() and " " not in uid for uid in first)


_KEY = st.text(st.sampled_from("abcdeno-"), max_size=14)


@given(old=_KEY, new=_KEY, shared=st.sampled_from(["", "prog-2040-", "prog-2040-ann-"]))
@settings(max_examples=500)
@example(old="lee", new="lea", shared="prog-2040-ann-")
@example(old="lee-ann", new="lee-anne", shared="prog-")
def test_similar_keys_is_the_difflib_ratio_of_the_words_after_the_shared_ones(
    old: str, new: str, shared: str
) -> None:
    """The quick upper bounds asked first never change the answer."""
    a = f"{shared}{old}@x".rpartition("@")[0].split("-")
    b = f"{shared}{new}@x".rpartition("@")[0].split("-")
    common = 0
    while common < min(len(a), len(b)) and a[common] == b[common]:
        common += 1
    rest_a, rest_b = "-".join(a[common:]), "-".join(b[common:])
    ratio = difflib.SequenceMatcher(None, rest_a, rest_b).ratio() if rest_a and rest_b else 0
    assert similar_keys(f"{shared}{old}@x", f"{shared}{new}@x") == (ratio >= SIMILAR)
