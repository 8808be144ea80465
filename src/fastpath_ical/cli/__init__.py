"""The ``fastpath-ical`` command: a thin shell over the library.

All I/O happens in this package (reading the page and ``--previous``, the
clock, the machine's zone, writing files); the work is done by pure
functions of the library.  One module per subcommand, each with a
``register`` that adds its parser; :mod:`.common` holds what they share.
Every failure the user can cause is one line on stderr and a non-zero exit,
never a traceback; SIGINT, SIGTERM and SIGHUP stop a command with its
clean-up done (:mod:`._signals`), so no temporary file is left behind.

Only the subcommand that runs is imported: ``agenda`` does not load
icalendar, nor ``build`` the site's templates, nor ``--version`` anything.
A command line that names no subcommand (``--help``, a typo) registers them
all, so what argparse says is the same either way.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from .._version import __version__
from ..errors import FastpathError
from ._collector import fewer_collections, left_to_exit
from ._common import EXIT_INPUT, PROG, CommandError, Parser, as_flags
from ._signals import Stopped, stopping_on_signals

__all__ = ["command", "main"]

#: Each subcommand, in the order ``--help`` lists them, and the module that registers it.
_COMMANDS = {
    "build": "._build",
    "agenda": "._agenda",
    "check": "._check",
    "links": "._links",
    "export": "._export",
    "site": "._site",
    "snippet": "._snippet",
    "serve": "._serve",
    "push": "._push",
}


def _parser(argv: Sequence[str]) -> argparse.ArgumentParser:
    parser = Parser(
        prog=PROG,
        description="Turn a workshop program page into calendar feeds people can trust.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.required = True
    # The first word that is not an option is the subcommand: the top level has no
    # option that takes a value.
    named = next((word for word in argv if not word.startswith("-")), None)
    if list(argv) == ["--version"]:  # argparse answers it before it looks for a command
        return parser
    for name in [named] if named in _COMMANDS else _COMMANDS:
        importlib.import_module(_COMMANDS[name], __name__).register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    words = sys.argv[1:] if argv is None else list(argv)
    parser = _parser(words)
    args = parser.parse_args(words)
    try:
        with stopping_on_signals(), fewer_collections():
            status: int = args.run(args)
        return status
    except Stopped as exc:  # SIGTERM, SIGHUP: files cleaned up as for Ctrl-C
        return 128 + exc.signum
    except CommandError as exc:
        print(f"{exc.where}: {as_flags(str(exc))}", file=sys.stderr)
        return EXIT_INPUT
    except FastpathError as exc:
        print(f"{PROG}: {as_flags(str(exc))}", file=sys.stderr)
        return EXIT_INPUT
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_INPUT


def command() -> int:
    """The ``fastpath-ical`` program (and ``python -m fastpath_ical``): :func:`main`, then
    the process is left to exit without the collector walking what the command made
    (``_collector``).  Not for calling in-process: :func:`main` is."""
    status = main()
    left_to_exit()
    return status


if __name__ == "__main__":  # pragma: no cover
    sys.exit(command())
