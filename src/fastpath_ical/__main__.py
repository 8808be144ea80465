"""``python -m fastpath_ical``: the same as the ``fastpath-ical`` command."""

import sys

from .cli import command

sys.exit(command())
