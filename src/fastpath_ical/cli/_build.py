"""The ``build`` subcommand: the feed of a page, its updates, selections and split files.

The wall clock is read only when ``--previous`` asks for an update stamp and
neither ``--stamp`` nor ``SOURCE_DATE_EPOCH`` gives one.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import io
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import AlarmError, SelectError
from ..ics import FeedOptions, build_calendar, calendar_bytes, feed_bytes
from ..output import written_atomically
from ._collector import paused
from ._common import (
    PROG,
    CommandError,
    Parser,
    add_location_argument,
    add_page_argument,
    add_reading_arguments,
    add_update_arguments,
    check_previous,
    check_update,
    load,
    make_directory,
    previous_bytes,
    previous_for,
    refused,
    stamp_from,
    update_from,
    warn,
    write_file,
)
from ._hints import hints_from

if TYPE_CHECKING:
    from icalendar import Calendar

    from ..model import Program

__all__ = ["SHIPPED_FEED", "default_output", "register"]

#: The shipped FastPath 2021 page's feed, by the name it has always had.
SHIPPED_FEED = "fastpath2021.ics"


def default_output(page: str | None) -> str:
    """The page's file name with ``.ics`` (``fastpath2021.ics`` for the shipped page).

    Never derived from what the page says: a copy of the shipped page, or a
    page titled like another, must not overwrite another program's feed.  A
    page read from stdin has no name: its feed goes to stdout.
    """
    if page is None:
        return SHIPPED_FEED
    if page == "-":
        return "-"
    return f"{Path(page).stem or Path(page).name}.ics"


#: Where a reader finds the talk ids --only takes.
_TALK_IDS = " (talk ids: `fastpath-ical build -o - | grep ^UID`)"


def _lead(text: str | None) -> dt.timedelta | None:
    if text is None:
        return None
    from ..ics import parse_lead  # only for --alarm

    try:
        return parse_lead(text)
    except AlarmError as exc:
        raise CommandError(f"--alarm: {exc}") from None


def _same_file(output: str, page: str) -> bool:
    try:
        return Path(output).resolve() == Path(page).resolve()
    except OSError:
        return False


def _bytes(calendar: Calendar, no_method: bool) -> bytes:
    if no_method:
        calendar.pop("METHOD", None)
    return calendar_bytes(calendar)


def _build(args: argparse.Namespace) -> int:
    reading, name = load(
        args.page, timezone=args.tz, location=args.location, hints=hints_from(args)
    )
    warn(reading, name, strict=args.strict)
    program = reading.program
    output = args.output or default_output(args.page)
    writes_feed = bool(args.output) or not (args.split or args.split_speakers)
    if (
        writes_feed
        and output != "-"
        and args.page not in (None, "-")
        and _same_file(output, args.page)
    ):
        raise CommandError(
            f"the feed would overwrite the page {args.page}: give -o FILE.ics", where=name
        )
    data = previous_bytes(args.previous) if args.previous else None
    stamp = stamp_from(args.stamp)
    if data is not None and stamp is None:
        stamp = dt.datetime.now(dt.UTC).replace(microsecond=0)
    options = FeedOptions(
        breaks=not args.no_breaks,
        utc=args.utc,
        stamp=stamp,
        alarm=_lead(args.alarm),
        all_day=args.all_day,
        html=args.html,
    )
    split = bool(args.split or args.split_speakers)
    if data is None and not args.only and writes_feed and not split:
        # A plain build writes one event at a time and never holds the whole calendar:
        # a program of 100,000 items is not 100,000 icalendar events in memory.
        return _write_feed(args, output, program, options)
    # An update holds everything it makes until the feed is written: no collection while
    # it is made (``_collector``).
    with paused() if data is not None else contextlib.nullcontext():
        if data is not None and not args.only and writes_feed and not split:
            held = [data]
            data = None  # held only in ``held``, for _write_update to let go
            if _write_update(args, output, program, options, held):
                return 0
            data = held[0] if held else previous_bytes(args.previous)
        return _whole(args, output, writes_feed, program, options, data)


def _whole(
    args: argparse.Namespace,
    output: str,
    writes_feed: bool,
    program: Program,
    options: FeedOptions,
    data: bytes | None,
) -> int:
    """The build that holds the whole calendar: an update, chosen talks, split files."""
    stamp = options.stamp
    notes: list[str] = []
    calendar = build_calendar(program, options, warnings=notes)
    previous = None
    if data is not None:
        # Read for this calendar, the previous feed's unchanged events are not parsed; a
        # chosen-talks update compares every previous event it picks, so reads them all.
        previous = previous_for(args.previous, data, None if args.only else calendar)
        check_previous(calendar, previous)
    carried: dict[str, str] = {}
    note = ""
    # Choosing talks and splitting the feed are imported where they are asked for: they
    # load the update machinery (parsing feeds, the update, its guards), which a plain
    # build does without.
    try:
        if previous is None or stamp is None:
            if args.only:
                from ..ics import only

                calendar = only(calendar, program, args.only, uid_domain=options.uid_domain)
            result = None
        elif args.only:
            from ..ics import only_update

            result = only_update(
                calendar,
                program,
                args.only,
                previous.read.events,
                stamp,
                uid_domain=options.uid_domain,
            )
        else:
            result = update_from(calendar, previous, stamp)
    except SelectError as exc:
        raise CommandError(f"--only {exc}{_TALK_IDS}") from None
    if result is not None and previous is not None:
        check_update(result, previous, allow_removals=args.allow_removals)
        carried = dict(result.carried)
        notes += [warning for warning in result.warnings if warning not in notes]
        note = (
            f"; {len(result.changed)} changed, {len(result.added)} new, "
            f"{len(result.cancelled)} cancelled, {len(result.unchanged)} unchanged"
        )
    _say(notes, strict=args.strict)
    feed: list[tuple[str, bytes]] = []
    if writes_feed:
        if result is None:
            feed.append((output, _bytes(calendar, args.no_method)))
        else:  # the events that go are written from the lines they had
            from ..ics import update_bytes

            feed.append((output, update_bytes(result, method=not args.no_method)))
    if result is not None and (args.split or args.split_speakers):
        calendar = result.calendar  # read whole only for the files it is split into
        if writes_feed and args.no_method:
            calendar.pop("METHOD", None)  # as writing the feed left it, before
    groups: list[tuple[Path, list[tuple[str, bytes]]]] = []
    if args.split:
        from ..ics import split

        singles = split(calendar, program, method=not args.no_method)
        files = [(f"{key}.ics", calendar_bytes(c)) for key, c in singles]
        groups.append((make_directory(args.split), files))
    if args.split_speakers:
        from ..ics import by_speaker

        speakers = by_speaker(calendar, program, uid_domain=options.uid_domain, carried=carried)
        files = [(f"{key}.ics", _bytes(c, args.no_method)) for key, c in speakers]
        groups.append((make_directory(args.split_speakers), files))
    # Counted in the calendar written, not in its bytes: a title may say "BEGIN:VEVENT".
    if result is not None:
        count = len(result.uids)
    else:
        count = sum(1 for component in calendar.subcomponents if component.name == "VEVENT")
    for target, data in feed:
        _emit(target, data, f"{count} events{note}")
    for directory, files in groups:
        for file_name, data in files:
            write_file(directory / file_name, data)
        print(f"{PROG}: wrote {len(files)} files into {directory}", file=sys.stderr)
    return 0


#: The line that begins an event, between the line ends around it.
_AN_EVENT = b"\r\nBEGIN:VEVENT\r\n"


def _say(notes: list[str], *, strict: bool) -> None:
    """The feed's warnings on stderr; with ``strict``, any of them stops the build."""
    for warning in notes:
        print(f"{PROG}: warning: {warning}", file=sys.stderr)
    if strict and notes:
        raise CommandError(f"{len(notes)} warning(s) and --strict")


def _emit(target: str, data: bytes, said: str) -> None:
    if target == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    write_file(target, data)
    print(f"{PROG}: wrote {target} ({said})", file=sys.stderr)


def _write_update(
    args: argparse.Namespace,
    output: str,
    program: Program,
    options: FeedOptions,
    held: list[bytes],
) -> bool:
    """The update of the ``--previous`` feed (its bytes ``held``), made and written one
    event at a time (:func:`~fastpath_ical.ics.update_to_write`): at 100,000 items it is
    not the whole new calendar as icalendar events beside the previous feed's lines, nor
    the feed's bytes (``-o FILE`` is written as the feed is made, atomically as ever).
    False, and nothing written, where that update says the one made whole
    (:func:`_whole`) is needed: the same bytes, checks and words either way.

    A previous feed that is a regular file has its bytes taken out of ``held`` and let go
    once read into lines (85 MB at 100,000 items); the update made whole reads the file
    again.  Any other (a pipe, which reads once) stays held."""
    from .._arguments import unchecked
    from ..ics import update_to_write

    assert options.stamp is not None  # an update's stamp: given, or the clock's
    again = Path(args.previous).is_file()
    # Called without its argument check, whose frame would hold the bytes to the end;
    # they are the command's own, read above.
    result = unchecked(update_to_write)(
        program,
        options,
        held.pop() if again else held[0],
        options.stamp,
        method=not args.no_method,
    )
    if result is None:
        return False
    if result.refusal is not None and not args.allow_removals:
        raise refused(result.refusal)
    _say(list(result.warnings), strict=args.strict)
    # Checked and said before a byte is written, as the update made whole does.
    if output == "-":
        buffer = io.BytesIO()
        outcomes = result.write(buffer)
        sys.stdout.buffer.write(buffer.getvalue())
        sys.stdout.buffer.flush()
        return True
    try:
        with written_atomically(output) as stream:
            outcomes = result.write(stream)
    except OSError as exc:
        raise CommandError(f"cannot write: {exc.strerror or exc}", where=output) from None
    note = (
        f"; {len(outcomes.changed)} changed, {len(outcomes.added)} new, "
        f"{len(result.cancelled)} cancelled, {len(outcomes.unchanged)} unchanged"
    )
    print(f"{PROG}: wrote {output} ({result.events} events{note})", file=sys.stderr)
    return True


def _write_feed(
    args: argparse.Namespace, output: str, program: Program, options: FeedOptions
) -> int:
    notes: list[str] = []
    data = feed_bytes(program, options, warnings=notes, method=not args.no_method)
    _say(notes, strict=args.strict)
    # Counted in the lines written: a title saying "BEGIN:VEVENT" is inside a SUMMARY line.
    _emit(output, data, f"{data.count(_AN_EVENT)} events")
    return 0


def register(commands: argparse._SubParsersAction[Parser]) -> None:
    """Add ``build`` to the command line."""
    build = commands.add_parser(
        "build",
        help="write the .ics feed of a program page (default: the shipped FastPath 2021)",
        description="Write the RFC 5545 feed of a program page.",
    )
    add_page_argument(build)
    build.add_argument(
        "-o",
        "--output",
        metavar="FILE.ics",
        help="output file, replaced atomically; '-' for stdout (default: the page's file "
        "name with .ics in the current folder, e.g. my-page.ics; fastpath2021.ics for the "
        "shipped page; stdout for a page read from stdin)",
    )
    build.add_argument("--utc", action="store_true", help="write times in UTC, without VTIMEZONE")
    build.add_argument("--no-breaks", action="store_true", help="leave breaks and meals out")
    add_reading_arguments(build)
    add_location_argument(build)
    build.add_argument(
        "--stamp",
        metavar="DATETIME",
        help="DTSTAMP as ISO 8601 with offset (default: SOURCE_DATE_EPOCH, "
        "else 00:00 UTC on the program's first day)",
    )
    build.add_argument(
        "--strict",
        action="store_true",
        help="treat warnings (the page's, and events written in UTC) as errors",
    )
    add_update_arguments(build)
    build.add_argument(
        "--only",
        action="append",
        metavar="WHO",
        help="keep only items with this talk id (UID key), speaker name or kind "
        "(talk, remarks, break); repeatable",
    )
    build.add_argument(
        "--split",
        metavar="DIR",
        help="also write one importable KEY.ics per event into DIR "
        "(the feed itself then only with -o)",
    )
    build.add_argument(
        "--split-speakers",
        metavar="DIR",
        help="also write one feed per speaker, NAME-SLUG.ics, into DIR "
        "(the feed itself then only with -o)",
    )
    build.add_argument(
        "--alarm",
        metavar="LEAD",
        help="a reminder this long before each talk and remarks, e.g. 15m, 1h, 1h30m",
    )
    build.add_argument(
        "--all-day",
        action="store_true",
        help="add one all-day event spanning the whole workshop",
    )
    build.add_argument(
        "--html",
        action="store_true",
        help="add an HTML description (X-ALT-DESC) beside the plain-text one",
    )
    build.add_argument(
        "--no-method",
        action="store_true",
        help="write no METHOD: files a CalDAV server stores as they are (RFC 4791 4.1); "
        "with --split, one calendar object per event",
    )
    build.set_defaults(run=_build)
