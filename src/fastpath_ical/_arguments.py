"""Wrong argument types named at the door of every public function.

``feed_bytes(123)`` used to fail deep inside with ``AttributeError: 'int'
object has no attribute 'dates'``: true, but it names neither the function
nor the argument, and it is not an error a caller expects to catch.  The
public functions are wrapped in :func:`checked`, which holds each argument
to its annotation before the body runs and raises :class:`TypeError`
naming the function and the argument (``feed_bytes() takes program as
Program, got int``).

What is checked is what ``isinstance`` can check: a class, ``None``, a
union of them, and the container of a generic (``Sequence[str]`` is checked
as a ``Sequence``, not element by element; the model's validators check
elements).  ``Any``, type variables and ``Literal`` are left alone.  As
annotations go, an ``int`` is a ``float`` but a ``bool`` is no ``int``:
a flag is not a count.  Annotations are resolved on the first call, when
every name they use has been imported.
"""

from __future__ import annotations

import functools
import inspect
import types
import typing
from collections.abc import Callable
from typing import Any, ParamSpec, TypeVar

__all__ = ["checked", "unchecked"]

P = ParamSpec("P")
R = TypeVar("R")

#: A parameter's name, and the classes its value may be (``None``: anything).
_Rule = tuple[str, tuple[type, ...] | None]


def checked(function: Callable[P, R]) -> Callable[P, R]:
    """``function``, raising :class:`TypeError` naming the argument whose type is wrong."""
    # The signature, its binding and the rules are made on the first call, not here: a
    # command imports many checked functions and calls few (48 signatures, 3 ms of the
    # start-up of a build of the shipped page, issue 13).
    made: tuple[inspect.Signature, _Binding | None, list[_Rule]] | None = None

    @functools.wraps(function)
    def call(*args: P.args, **kwargs: P.kwargs) -> R:
        nonlocal made
        if made is None:
            signature = inspect.signature(function)
            made = (signature, _Binding.of(signature), _rules(function, signature))
        signature, binding, rules = made
        arguments = binding.bind(args, kwargs) if binding is not None else None
        if arguments is None:
            try:
                arguments = signature.bind(*args, **kwargs).arguments
            except TypeError as exc:
                raise TypeError(f"{function.__name__}(): {exc}") from None
        for name, kinds in rules:
            if kinds is None or name not in arguments:
                continue
            value = arguments[name]
            if not _fits(value, kinds):
                raise TypeError(
                    f"{function.__name__}() takes {name} as {_names(kinds)}, "
                    f"got {type(value).__name__}"
                )
        return function(*args, **kwargs)

    _INNER[call] = function
    return call


#: Each function :func:`checked` made, and the function it checks the arguments of.
_INNER: dict[Callable[..., Any], Callable[..., Any]] = {}


def unchecked(function: Callable[P, R]) -> Callable[P, R]:
    """The function ``checked(function)`` was made of, without the check.

    For calls inside the package whose arguments are its own (an item of the
    program being built), made once per item or per time: a build of 10,000
    items made about 110,000 checked calls, some 0.15 s of its 1.2 s, to
    check what the caller had already made.  A function not made by
    :func:`checked` is a mistake: :class:`KeyError`.
    """
    return _INNER[function]


class _Binding:
    """``Signature.bind`` for the calls that bind cleanly, without its generality.

    ``inspect.Signature.bind`` was most of the cost of a checked call, and some
    are made once per row of a page (``localize``).  For a signature without
    ``*args``, ``**kwargs`` or positional-only parameters, a call binds when its
    positional arguments fit, each keyword names a parameter not given already,
    and every parameter without a default is given: then the arguments are the
    names zipped with the values.  Any other call is left to ``Signature.bind``,
    which binds it or raises its own error, as before.
    """

    def __init__(self, names: tuple[str, ...], keywords: frozenset[str], required: frozenset[str]):
        self.names = names
        self.keywords = keywords
        self.required = required

    @classmethod
    def of(cls, signature: inspect.Signature) -> _Binding | None:
        kinds = {parameter.kind for parameter in signature.parameters.values()}
        if kinds - {inspect.Parameter.POSITIONAL_OR_KEYWORD, inspect.Parameter.KEYWORD_ONLY}:
            return None
        parameters = signature.parameters.values()
        return cls(
            tuple(p.name for p in parameters if p.kind is p.POSITIONAL_OR_KEYWORD),
            frozenset(p.name for p in parameters),
            frozenset(p.name for p in parameters if p.default is p.empty),
        )

    def bind(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> dict[str, Any] | None:
        """The arguments by name, or None when ``Signature.bind`` must say what is wrong."""
        if len(args) > len(self.names):
            return None
        arguments = dict(zip(self.names, args, strict=False))
        for name, value in kwargs.items():
            if name in arguments or name not in self.keywords:
                return None
            arguments[name] = value
        if not self.required <= arguments.keys():
            return None
        return arguments


def _rules(function: Callable[..., Any], signature: inspect.Signature) -> list[_Rule]:
    """Each parameter's admitted classes; the test of every public function holds them."""
    hints = typing.get_type_hints(function)
    return [
        (name, _classes(hints[name]))
        for name, parameter in signature.parameters.items()
        if name in hints and parameter.kind not in (parameter.VAR_POSITIONAL, parameter.VAR_KEYWORD)
    ]


def _classes(annotation: object) -> tuple[type, ...] | None:
    """The classes ``annotation`` admits, or ``None`` when isinstance cannot say."""
    if annotation is None or annotation is type(None):
        return (type(None),)
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        found: list[type] = []
        for member in typing.get_args(annotation):
            classes = _classes(member)
            if classes is None:
                return None
            found += classes
        return tuple(found)
    if origin is not None:
        return (origin,) if isinstance(origin, type) else None
    if isinstance(annotation, type):
        return (annotation, int) if annotation is float else (annotation,)
    return None


def _fits(value: object, kinds: tuple[type, ...]) -> bool:
    if isinstance(value, bool) and bool not in kinds and object not in kinds:
        return False
    return isinstance(value, kinds)


def _names(kinds: tuple[type, ...]) -> str:
    names = ["None" if kind is type(None) else kind.__name__ for kind in kinds]
    return " or ".join(dict.fromkeys(names))
