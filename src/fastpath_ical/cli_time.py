"""The ``agenda`` and ``check`` subcommands: the program in a reader's zone, the page's own time
statements checked."""

from __future__ import annotations

import argparse

__all__ = ["register"]


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``agenda`` and ``check`` to the command line."""
