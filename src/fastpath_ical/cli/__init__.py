"""The ``fastpath-ical`` command: a thin shell over the library.

All I/O happens in this package (reading the page and ``--previous``, the
clock, the machine's zone, writing files); the work is done by pure
functions of the library.  One module per subcommand, each with a
``register`` that adds its parser; :mod:`.common` holds what they share.
Every failure the user can cause is one line on stderr and a non-zero exit,
never a traceback; SIGINT, SIGTERM and SIGHUP stop a command with its
clean-up done (:mod:`._signals`), so no temporary file is left behind.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from .._version import __version__
from ..errors import FastpathError
from . import _agenda, _build, _check, _export, _links, _push, _serve, _site, _snippet
from ._common import EXIT_INPUT, PROG, CommandError, Parser, as_flags
from ._signals import Stopped, stopping_on_signals

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog=PROG,
        description="Turn a workshop program page into calendar feeds people can trust.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.required = True
    for command in (_build, _agenda, _check, _links, _export, _site, _snippet, _serve, _push):
        command.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        with stopping_on_signals():
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


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
