"""What a program table's header cell names: the columns, and the words pages use for each.

The vocabulary is English first ("Time", "Speaker(s)", "Talk Title"), then the words of
pages in other languages ("Zeit", "Horario", "Programmpunkt"), which are read only as
written: a misspelt English header is never taken for one of them.
"""

from __future__ import annotations

import enum
import re

from ._blocks import Cell

__all__ = ["AFFILIATION_WORDS", "Column", "column_of", "header_name", "misspelt_column"]


class Column(enum.Enum):
    """What a table column holds, recognised by its header cell."""

    TIME = "time"
    #: "| Start | End |": the end of the time in a column of its own.
    END = "end"
    DATE = "date"
    SPEAKER = "speaker"
    AFFILIATION = "affiliation"
    TITLE = "title"
    SLIDES = "slides"
    VIDEO = "video"
    LINKS = "links"
    SESSION = "session"
    CHAIR = "chair"
    ABSTRACT = "abstract"
    KIND = "kind"
    #: A timetable's track, as its header names it (never read from a header cell).
    TRACK = "track"


_COLUMN_NAMES: dict[str, Column] = {
    name: column
    for column, names in {
        Column.TIME: (
            "time",
            "times",
            "when",
            "slot",
            "time slot",
            "timeslot",
            "hour",
            "hours",
            "schedule",
            "start",
            "start time",
            "starts",
            "begin",
            "begins",
            "begin time",
            "local time",
            # The day is in rows of its own; the column holds the times.
            "date/time",
            "date / time",
            "date & time",
            "date and time",
            "day/time",
        ),
        Column.END: ("end", "ends", "end time", "finish", "finish time", "finishes"),
        Column.DATE: ("date", "day"),
        Column.SPEAKER: (
            "speaker",
            "speakers",
            "presenter",
            "presenters",
            "who",
            "author",
            "authors",
            "name",
            "names",
            "speaker(s)",
            "presenter(s)",
            "author(s)",
            "panelists",
            "panelist",
            "keynote speaker",
            "invited speaker",
            "speaker name",
            # Schools and courses: who teaches the session.
            "instructor",
            "instructors",
            "lecturer",
            "lecturers",
            "teacher",
            "teachers",
            "tutor",
            "tutors",
            "trainer",
            "trainers",
            "facilitator",
            "facilitators",
            "session leader",
            "session leaders",
            "led by",
            "presented by",
            # Who did the work a talk presents: "Work By" ("by" alone is no name: a
            # column "Sponsored by" or "Chaired by" names no speakers).
            "work by",
            "talk by",
            "given by",
            # Who answers for the item on a meeting's agenda.
            "responsible",
        ),
        Column.AFFILIATION: (
            "affiliation",
            "affiliations",
            "institution",
            "institutions",
            "organization",
            "organisation",
            "organizations",
            "organisations",
            "company",
            "affiliation(s)",
            "university",
            "employer",
        ),
        Column.TITLE: (
            "title",
            "titles",
            "subject",
            "talk",
            "talks",
            "talk title",
            "topic",
            "topics",
            "presentation",
            "paper",
            "paper title",
            "what",
            "event",
            "activity",
            "item",
            "program",
            "agenda",
            "title of talk",
            "presentation title",
            "program item",
            "content",
            "contents",
            "session/talk",
            # "| Lecture | Speaker | Time |": the lecture given, not "lecturer" misspelt.
            "lecture",
            "lectures",
            "lecture title",
        ),
        Column.SLIDES: ("slides", "slide", "deck", "pdf", "slide deck"),
        Column.VIDEO: ("video", "videos", "recording", "recordings", "youtube", "talk video"),
        Column.LINKS: ("links", "link", "materials", "resources", "material", "url", "urls"),
        Column.SESSION: ("session", "track", "session name", "session title"),
        Column.CHAIR: ("chair", "session chair", "moderator", "chairs", "chair(s)"),
        Column.ABSTRACT: ("abstract", "summary", "description", "details", "abstracts"),
        Column.KIND: (
            "kind",
            "type",
            "category",
            "component",
            "session type",
            "event type",
            "talk type",
        ),
    }.items()
    for name in names
}

#: Header names in German, French, Spanish, Portuguese, Italian, Dutch, Polish and
#: Japanese: read as written, never as what an English header is a misspelling of
#: ("Reference" is no "referent", "Theme" no "thema").
_OTHER_LANGUAGES: dict[str, Column] = {
    name: column
    for column, names in {
        Column.TIME: (
            "zeit", "uhrzeit", "beginn", "heure", "horaire", "horaires", "début", "hora",
            "horas", "horario", "horário", "inicio", "início", "orario", "ora", "inizio",
            "tijd", "godzina", "czas", "時間", "開始", "wann", "quand", "cuándo", "cuando",
            "quando",
        ),
        Column.END: ("ende", "fin", "fim", "fine", "einde", "終了"),
        Column.SPEAKER: (
            "referent", "referentin", "referent*in", "sprecher", "vortragende", "intervenant",
            "intervenants", "orateur", "ponente", "ponentes", "palestrante", "palestrantes",
            "relatore", "relatori", "spreker", "prelegent", "講演者", "presentador",
            "presentadora", "presentadores", "orador", "oradora", "conferenciante",
            "apresentador", "apresentadora", "relatrice", "conférencier", "sprecherin",
            "dozierende", "dozent", "dozentin", "referierende", "vortragender",
        ),
        Column.TITLE: (
            "programmpunkt", "thema", "titel", "vortrag", "titre", "sujet", "activité",
            "título", "titulo", "tema", "actividad", "atividade", "titolo", "attività",
            "onderwerp", "temat", "タイトル", "セッション", "内容", "charla", "ponencia",
            "palestra", "intervento", "was", "quoi", "qué",
        ),
    }.items()
    for name in names
}  # fmt: skip


#: Names a misspelt header is compared with: one word each, long enough to tell apart.
_SPELLED = sorted(name for name in _COLUMN_NAMES if " " not in name and len(name) >= 4)

#: Header cells read only as a whole, never as a word of a longer header ("Notes from chair").
_WHOLE_COLUMN_NAMES: dict[str, Column] = {
    "from": Column.TIME,
    "to": Column.END,
    "until": Column.END,
    "till": Column.END,
}


def header_name(cell: Cell) -> str:
    name = cell.content.text.lower()
    name = re.sub(r"\((?:s|es)\)", "", name)
    name = re.sub(r"\s*[(\[].*?[)\]]\s*", " ", name)
    return re.sub(r"[\s:*_.?¿]+", " ", name).strip()


def column_of(cell: Cell) -> Column | None:
    """The column a header cell names, by its whole name or one of its words."""
    name = header_name(cell)
    column = _COLUMN_NAMES.get(name) or _OTHER_LANGUAGES.get(name) or _WHOLE_COLUMN_NAMES.get(name)
    if column is None:
        for word in re.split(r"\s*(?:/|&|\band\b|,|\+)\s*|\s+", name):
            column = _COLUMN_NAMES.get(word) or _OTHER_LANGUAGES.get(word)
            if column is not None:
                break
    return column


def misspelt_column(cell: Cell) -> tuple[Column, str] | None:
    """The column a misspelt header names ("Speeker", "Titel"), and the name it is read as.

    Never the time: a misspelt "Tiem" is as close to "item" as to "time", so
    the time column is found by its cells instead.
    """
    name = header_name(cell)
    if len(name) < 4:
        return None
    import difflib  # for a misspelt header only, not at import

    close = difflib.get_close_matches(name, _SPELLED, n=1, cutoff=0.8)
    if not close or _COLUMN_NAMES[close[0]] in (Column.TIME, Column.END):
        return None
    return _COLUMN_NAMES[close[0]], close[0]


#: The words that name an affiliation column ("Institution", "Affiliation(s)").
AFFILIATION_WORDS = frozenset(
    name for name, column in _COLUMN_NAMES.items() if column is Column.AFFILIATION
)
