"""How much input fastpath-ical reads: a page larger than a program ever is, refused at once.

The largest program page seen in the wild is a few hundred kilobytes; a
multi-day conference with abstracts stays under a megabyte or two, and a
generated program of 100,000 talks with speakers, affiliations and links is
about 22 MB (read in under a gigabyte).  A page of 50 MB is a mistake (a
log, a database dump, a hostile upload to a service that builds feeds), and
reading it would cost minutes and a gigabyte or more before the first error
could be said.  So a page over :data:`MAX_PAGE_BYTES` (32 MiB, counted in
UTF-8) is refused before any of it is read: by the command line before it
reads the file, and by the page reader before it parses the text.
"""

from __future__ import annotations

from ._arguments import checked
from .errors import SizeError

__all__ = ["MAX_PAGE_BYTES", "check_page_size", "page_too_large"]

#: The largest page read, in bytes of UTF-8: 32 MiB.
MAX_PAGE_BYTES = 32 * 1024 * 1024


@checked
def page_too_large(size: int, *, exact: bool = True) -> SizeError:
    """The error for a page of ``size`` bytes (at least, unless ``exact``), over the limit."""
    said = f"{size:,} bytes" if exact else f"over {MAX_PAGE_BYTES:,} bytes (read no further)"
    return SizeError(
        f"the page is {said}; pages over {MAX_PAGE_BYTES:,} bytes (32 MiB) are not "
        "read (a program page is rarely over 1 MB: is this the right file?)",
        size=size,
        limit=MAX_PAGE_BYTES,
    )


@checked
def check_page_size(text: str) -> None:
    """Raise :class:`~fastpath_ical.errors.SizeError` if ``text`` is over the limit in UTF-8.

    Cheap for every page: the UTF-8 length is only counted when the number
    of characters leaves it in doubt (one character is 1 to 4 bytes).
    """
    if len(text) > MAX_PAGE_BYTES:
        raise page_too_large(len(text.encode("utf-8", "surrogatepass")))
    if 4 * len(text) > MAX_PAGE_BYTES:
        size = len(text.encode("utf-8", "surrogatepass"))
        if size > MAX_PAGE_BYTES:
            raise page_too_large(size)
