"""Every public function names a wrong argument type: a TypeError saying which, never an
AttributeError from deep inside (issue 12: ``read_program(123)``, ``feed_bytes(123)``)."""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fastpath_ical import FastpathError, fastpath2021
from fastpath_ical._arguments import _Binding

MODULES = (
    "fastpath_ical",
    "fastpath_ical.ics",
    "fastpath_ical.agenda",
    "fastpath_ical.links",
    "fastpath_ical.zones",
    "fastpath_ical.output",
    "fastpath_ical.export",
    "fastpath_ical.check",
    "fastpath_ical.site",
    "fastpath_ical.publish",
    "fastpath_ical.limits",
)


def _public() -> dict[str, Callable[..., object]]:
    found = {}
    for name in MODULES:
        module = importlib.import_module(name)
        for attribute in module.__all__:
            value = getattr(module, attribute)
            if inspect.isfunction(value):
                found.setdefault(f"{value.__module__}.{value.__name__}", value)
    return found


#: Those that take arguments (fastpath2021() and program_schema() take none).
FUNCTIONS = {
    name: function
    for name, function in _public().items()
    if any(p.default is p.empty for p in inspect.signature(function).parameters.values())
}


@pytest.mark.parametrize("name", sorted(FUNCTIONS))
def test_a_value_where_nothing_takes_it_is_named(name: str) -> None:
    """Every required parameter given ``object()``: a TypeError that names a function and an
    argument (read_program says read_page(), which it calls), or the project's own error."""
    function = FUNCTIONS[name]
    required = {
        p.name: object()
        for p in inspect.signature(function).parameters.values()
        if p.default is p.empty and p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)
    }
    with pytest.raises((TypeError, FastpathError)) as raised:
        function(**required)
    if isinstance(raised.value, TypeError):
        assert "() takes " in str(raised.value)


def _call(module: str, function: str, *args: object) -> Callable[[], object]:
    return lambda: getattr(importlib.import_module(module), function)(*args)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (_call("fastpath_ical", "feed_bytes", 123), "feed_bytes() takes program as Program, got"),
        (_call("fastpath_ical", "read_program", 123), "read_page() takes the page's text as str"),
        (
            _call("fastpath_ical", "build_calendar", fastpath2021(), "utc"),
            "build_calendar() takes options as FeedOptions or None, got str",
        ),
        (
            _call("fastpath_ical.check", "check_page", b"# page"),
            "check_page() takes text as str, got bytes",
        ),
    ],
)
def test_the_message_names_the_function_and_the_argument(
    call: Callable[[], object], message: str
) -> None:
    with pytest.raises(TypeError) as raised:
        call()
    assert message in str(raised.value)


def _example(a: int, b: str = "", *, c: float = 0.0, d: int) -> None:
    """A signature with every kind :class:`_Binding` takes on."""


@given(
    st.lists(st.sampled_from([1, "x", 2.5, None]), max_size=4).map(tuple),
    st.dictionaries(st.sampled_from(["a", "b", "c", "d", "e"]), st.sampled_from([1, "x"])),
)
def test_the_quick_binding_binds_as_the_signature_does(
    args: tuple[object, ...], kwargs: dict[str, object]
) -> None:
    """Where the quick way binds a call, ``Signature.bind`` binds it alike; where it
    does not, the call is left to ``Signature.bind`` (which may still bind it)."""
    signature = inspect.signature(_example)
    binding = _Binding.of(signature)
    assert binding is not None
    quick = binding.bind(args, kwargs)
    try:
        full = dict(signature.bind(*args, **kwargs).arguments)
    except TypeError:
        full = None
    assert quick is None or quick == full
    assert (quick is None) == (full is None)


def test_unchecked_is_the_function_without_its_door() -> None:
    """The package's own per-item calls skip the check; the public name still makes it."""
    from fastpath_ical._arguments import unchecked
    from fastpath_ical.ics import slug

    with pytest.raises(TypeError, match=r"slug\(\) takes text as str, got int"):
        slug(123)  # type: ignore[arg-type]
    with pytest.raises(AttributeError):  # the body's own error: nothing checked the argument
        unchecked(slug)(123)  # type: ignore[arg-type]
    assert unchecked(slug)("Ana Klimović") == slug("Ana Klimović") == "ana-klimovic"
    with pytest.raises(KeyError):
        unchecked(inspect.signature)  # not made by checked: a mistake, said at once
