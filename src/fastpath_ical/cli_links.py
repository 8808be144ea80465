"""The ``links`` subcommand: add-to-calendar and subscribe links for a program."""

from __future__ import annotations

import argparse

__all__ = ["register"]


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``links`` to the command line."""
