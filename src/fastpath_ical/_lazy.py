"""Names a package exports, imported from their modules when first used.

``import fastpath_ical`` (and the command line, which starts with it) must not
load icalendar, markdown-it or the site's templates before a name that needs
them is asked for: a package lists where each public name lives, and
:func:`lazy_names` gives it the module ``__getattr__`` and ``__dir__`` that
import the name's module on first access and keep the name for the next.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Iterable, Mapping

__all__ = ["lazy_names"]


def lazy_names(
    package: str, homes: Mapping[str, str], names: Iterable[str]
) -> tuple[Callable[[str], object], Callable[[], list[str]]]:
    """``__getattr__`` and ``__dir__`` for ``package``, whose public ``names`` live in the
    modules ``homes`` gives (relative to the package, e.g. ``"._build"``)."""
    namespace = vars(sys.modules[package])
    listed = frozenset(names)

    def __getattr__(name: str) -> object:
        home = homes.get(name)
        if home is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(home, package), name)
        namespace[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted({*namespace, *listed})

    return __getattr__, __dir__
