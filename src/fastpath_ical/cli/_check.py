"""The ``check`` subcommand: the page's own statements about time, held to tzdata.

Where things go: in text form every finding is a diagnostic, on stderr in
the one form every command uses for a page (``PAGE:LINE:COL: message``,
``PAGE:LINE:COL: warning: message``), and so is the closing line; stdout
stays empty.  With ``--format json`` the findings are the command's output,
on stdout, for a program to read.  The exit status says whether the page
passed either way.
"""

from __future__ import annotations

import argparse
import json
import sys

from ..check import CheckReport, Finding, Severity, check_page
from ._common import (
    EXIT_INPUT,
    CommandError,
    Parser,
    add_page_argument,
    add_reading_arguments,
    as_flags,
    read_source,
)
from ._hints import hints_from

__all__ = ["register"]


def register(commands: argparse._SubParsersAction[Parser]) -> None:
    """Add ``check`` to the command line."""
    check = commands.add_parser(
        "check",
        help="check a page's zones, conversions, span and items against tzdata",
        description="Check what a page says about time: abbreviations for the date, "
        "conversions written out, the header's first and last times, overlapping or "
        "out-of-order items, times that do not exist or happen twice, gaps. "
        "Findings go to stderr as PAGE:LINE:COL: message (with --format json, to stdout). "
        "Exits 1 when something is wrong.",
    )
    add_page_argument(check)
    add_reading_arguments(check)
    check.add_argument(
        "--format", choices=("text", "json"), default="text", help="text (default) or JSON"
    )
    check.add_argument("--strict", action="store_true", help="fail on warnings (gaps) too")
    check.set_defaults(run=_check)


def _record(finding: Finding) -> dict[str, object]:
    return {
        "line": finding.line,
        "column": finding.column,
        "severity": finding.severity.value,
        "code": finding.code,
        "says": finding.says,
        "right": as_flags(finding.right),
        "message": as_flags(finding.message),
    }


def _diagnostic(finding: Finding, name: str) -> str:
    label = "" if finding.severity is Severity.ERROR else f"{finding.severity.value}: "
    return f"{name}:{finding.line}:{finding.column}: {label}{as_flags(finding.message)}"


def _summary(report: CheckReport, name: str) -> str:
    if not report.errors and not report.warnings:
        return (
            f"{name}: ok: {report.items} items and {report.statements} statements "
            "about time agree with tzdata"
        )
    counts = [
        f"{len(report.errors)} error(s)",
        f"{len(report.warnings)} warning(s)",
    ]
    return f"{name}: " + ", ".join(counts)


def _check(args: argparse.Namespace) -> int:
    text, name = read_source(args.page)
    try:
        report = check_page(text, timezone=args.tz, **hints_from(args))
    except ValueError as exc:
        raise CommandError(str(exc), where=name) from None
    if args.format == "json":
        sys.stdout.write(
            json.dumps([_record(f) for f in report.findings], ensure_ascii=False, indent=2) + "\n"
        )
        sys.stdout.flush()
    else:
        for finding in report.findings:
            print(_diagnostic(finding, name), file=sys.stderr)
        print(_summary(report, name), file=sys.stderr)
    return EXIT_INPUT if report.failed(strict=args.strict) else 0
