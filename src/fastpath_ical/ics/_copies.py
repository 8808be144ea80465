"""Copies of icalendar components to change without touching the original.

An update, a chosen-talks feed and a one-talk file each change a calendar
they were given (UIDs carried, stamps moved, events dropped, times turned
to UTC), and the caller may still need the original.  Writing the calendar
out and parsing it again makes such a copy, at the cost of the whole
feed's bytes each time (for a feed per speaker, once per speaker).  A copy
here is new components, property dictionaries and lists, sharing the
property values, which nothing in this package changes in place: a change
is always a property removed and another added.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import TypeVar

from icalendar import Component

__all__ = ["copy_component"]

_C = TypeVar("_C", bound=Component)


def copy_component(component: _C, *, subcomponents: bool = True) -> _C:
    """``component`` and (unless told not to) its subcomponents, new, with the same values.

    Without recursion, as icalendar writes components: a previous feed may
    nest them deeply.
    """
    top = _copy_one(component)
    stack: list[tuple[Component, Component]] = [(component, top)] if subcomponents else []
    while stack:
        original, copy = stack.pop()
        for sub in original.subcomponents:
            new = _copy_one(sub)
            copy.subcomponents.append(new)
            stack.append((sub, new))
    return top


#: Stores a property under its name as given: a component's own ``__setitem__`` upper-cases
#: the name first, which a name read from a component has been already.
_store = OrderedDict.__setitem__


def _copy_one(component: _C) -> _C:
    """The component alone: its properties, and what else it keeps (an unknown
    component's name is kept on the component, not its class)."""
    copy = type(component)()
    for name, value in component.items():
        kept = list(value) if isinstance(value, list) else value
        if type(name) is str and name == name.upper():  # as stored: the name it would get
            _store(copy, name, kept)
        else:
            copy[name] = kept
    copy.__dict__.update(component.__dict__)
    copy.subcomponents = []
    copy.errors = list(component.errors)
    return copy
