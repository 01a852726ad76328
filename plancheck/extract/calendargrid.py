"""Calendar grids: a year plan (årsplan, årshjul) laid out as boxes of months, quarters or weeks.

A yearly plan often prints its activities not as rows of 'Tiltak | Ansvar | Frist' but as a
calendar: a grid of boxes, one per month ('Januar' … 'Desember', 'jan.', 'March'), quarter
('1. kvartal', 'Q3') or week ('Veke 12'), the period's name set on top of the box and the
activities written inside it ('• Tilsyn med … – Førebyggjande avdeling (M3)'). The box an
activity stands in is when it is due; the period's name is its deadline, in the year the grid
is for. The same calendar with the periods as the header row and the activities in the cells
under them ('Q1 | Q2 | Q3 | Q4') is read alike.

Told from a schedule of marks or a table of figures by its cells: at least ``min_periods``
boxes must be titled by a period shorter than a year, at least ``title_share`` of the filled
boxes so, and the boxes must hold at least ``min_items`` items of words. Years are not such
periods: year columns are read by :mod:`plancheck.extract.tables` (marks under years) and
:mod:`plancheck.extract.swimlanes` (units × years).

A box titled by all of the year ('Hele året', the lexicon's ``continuous`` words) holds items due
continuously; a box headed by no period ('Lengre sikt', 'Later on': a head run on before its first
bullet) beside the periods' boxes holds items of the calendar too, each due when it says after its
bracket of codes ('… (M3), ferdig 2028') and else undated (such boxes are often drawn apart under
the grid: :func:`plancheck.layout.tables.grid_foot_rows` reads them as its last row).

An item written with a name after its last spaced dash ('… – Heimetenesta (M1)') names its
owner there, when most items of the grid are written so (the grid's own convention, as
:mod:`plancheck.extract.bracketowners` reads brackets); a bracket of codes closing the item
('(M1)') names the goals it serves, as a cross-reference column does. An item
without the tail has no owner: the grid gave it a place for one.

The month, quarter and week vocabulary is the lexicon's ``time`` section, read by
:func:`plancheck.lang.deadlines.parse_deadline`; only the text's structure is used here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from plancheck.models import Cell, Table


@dataclass(frozen=True)
class CalendarSettings:
    """How much of a grid must be boxes titled by periods to be a calendar, not a table."""

    min_periods: int = 3  # boxes titled by a period shorter than a year ('Januar', 'Q2', 'Veke 12')
    title_share: float = 0.75  # of the filled boxes, at least this share titled so
    min_items: int = 2  # items of work in the boxes (one is a note, not a plan)
    title_words: int = 3  # a period title is at most this many words ('1. kvartal', 'Veke 12')
    max_days: int = 200  # a period longer than this (a year, 'vår' is 181 days) is no calendar box
    owner_share: float = 0.5  # of the items, at least this share name an owner after a dash


_DEFAULT = CalendarSettings()

#: the year a calendar period is tried in to tell its span (any year: only the span counts)
_PROBE_YEAR = 2001
_DASH_TAIL = re.compile(r"\s[–—-]\s(?P<tail>[^–—]+?)\s*$")
_CLOSING_CODES = re.compile(r"\s*\((?P<inside>[^()]{1,40})\)\s*$")
_YEAR_DIGITS = re.compile(r"\b\d{4}\b")
#: a time after an item's closing bracket and a comma ('… (M3), ferdig 2028')
_TIME_AFTER_CODES = re.compile(r"(?<=\))\s*,\s*(?P<time>[^,;()–—]{1,40}?)\s*$")
_CODES_AND_NAME = re.compile(r"^(?P<codes>[^·|–—]{1,40}?)\s+[·|]\s+(?P<name>[^·|]+)$")


@lru_cache(maxsize=8192)
def period_title(text: str, settings: CalendarSettings = _DEFAULT) -> bool:
    """Is ``text`` the name of a part of a year shorter than ``max_days`` and nothing else: a month
    ('Januar', 'jan.'), a quarter ('1. kvartal', 'Q3'), a week ('Veke 12'), a half or a season?
    A year ('2027'), a span of years or a date is none. ``settings``: the grid's, so that a
    caller's ``title_words`` and ``max_days`` hold here too.

    Cached (a pure function of the text and the frozen settings): a table's boxes are tried by
    their openings of one to ``title_words`` words, and the same openings recur from box to box
    and table to table. The parsed span is tested before :func:`time_only`, which parses the
    text twice more: most openings ('The City', 'Tiltak') parse as the probe's whole year, more
    than ``max_days``, and are refused without it (the same answer: both tests must hold)."""
    from plancheck.lang.deadlines import parse_deadline, time_only

    words = " ".join((text or "").split()).strip(" :")
    if not words or len(words.split()) > settings.title_words or _YEAR_DIGITS.search(words):
        return False
    probe = f"{words} {_PROBE_YEAR}"  # (an abbreviated month, 'jan.', is a time only beside a year)
    d = parse_deadline(probe)
    if d is None or d.kind != "period" or d.start is None or d.end is None:
        return False
    if not (d.start.year == d.end.year == _PROBE_YEAR and (d.end - d.start).days < settings.max_days):
        return False
    return time_only(probe)


@lru_cache(maxsize=1024)
def all_year_title(text: str, settings: CalendarSettings = _DEFAULT) -> bool:
    """Is ``text`` a word for all of the year and nothing else ('Hele året', 'Year-round', the
    lexicon's ``continuous`` words): the box of a year wheel or calendar whose activities go on
    all year (the hub of a wheel drawn as a ring), due continuously?"""
    from plancheck.lang.deadlines import parse_deadline, time_only

    words = " ".join((text or "").split()).strip(" :")
    if not words or len(words.split()) > settings.title_words or _YEAR_DIGITS.search(words):
        return False
    d = parse_deadline(words)
    return d is not None and d.kind == "continuous" and time_only(words)


def _split_title(text: str, settings: CalendarSettings) -> tuple[str, str] | None:
    """(period title, the box's body) when the box's text opens with a period's name (on a line
    of its own in a Word or OpenDocument cell, run on before the first bullet in a PDF's: the
    longest opening of at most ``title_words`` words that names a period); None when it does not."""
    text = (text or "").strip()
    first, nl, rest = text.partition("\n")
    if nl and (period_title(first, settings) or all_year_title(first, settings)):
        return first.strip(" :"), rest.strip()
    words = text.split()
    for n in range(min(settings.title_words, len(words)), 0, -1):
        if period_title(" ".join(words[:n]), settings):
            return " ".join(words[:n]).strip(" :"), " ".join(words[n:]).strip(" :")
    # ('Hele året • …': a box for what goes on all year, run on before its first bullet)
    head, body = _head(text, settings)
    if head and all_year_title(head, settings):
        return head, body
    return None


def _head(text: str, settings: CalendarSettings) -> tuple[str, str]:
    """(head, body) of a box whose text opens with a head of at most ``title_words`` words, no
    digit, run on before its first bullet ('Longer term • …'); ('', text) when it does not."""
    from plancheck.extract.tables import _CELL_BULLET

    m = _CELL_BULLET.search(text)
    head = text[: m.start()].strip(" :") if m is not None else ""
    if not head or len(head.split()) > settings.title_words or any(ch.isdigit() for ch in head):
        return "", text
    return head, text[m.start():].strip()  # type: ignore[union-attr]


def _own_time(item: str, lang: str) -> tuple[str, str]:
    """(the item without it, the time) when a time closes the item after its bracket of codes
    and a comma ('… – Planning (M3), done 2028'): an item of a box that names no period, due when
    it says; (item, '') otherwise. A word opening it that says the work is done ('ferdig 2028',
    the lexicon's ``done_leads``) is no part of the time."""
    from plancheck.extract.fields import deadline_without_lead
    from plancheck.lang.deadlines import parse_deadline

    m = _TIME_AFTER_CODES.search(item)
    if m is None:
        return item, ""
    time = deadline_without_lead(m.group("time").strip(), lang)
    d = parse_deadline(time, lang=lang)
    if d is None or d.start is None:
        return item, ""
    return item[: m.start()].rstrip(), time


def _codes_and_name(line: str) -> tuple[str, str] | None:
    """(codes, name) of a line of goal codes and a name ('M1, M3 · PPR', 'M2 | Kulturskolen'), else None."""
    from plancheck.extract.fields import short_name
    from plancheck.extract.tables import _only_codes

    m = _CODES_AND_NAME.match(line.strip())
    if m is None or not _only_codes(m.group("codes")) or not short_name(m.group("name").strip().rstrip(".")):
        return None
    return m.group("codes").strip(), m.group("name").strip()


def _field_lines(body: str, convention: bool) -> str:
    """The box's body with each line of goal codes and a name under an item ('M1, M3 · PPR',
    'M2 | Kulturskolen': the goals it serves and who answers for it, set as a line of fields under
    the item) joined to that item as its owner tail and closing bracket of codes ('… – PPR (M1,
    M3)'), read as any item written so. ``convention``: the grid sets its items' fields so (a
    line of codes alone, 'M1', is then the same line with no owner named: the item's bracket).
    The body unchanged when it has no such line."""
    from plancheck.extract.tables import _only_codes

    lines = body.split("\n")
    if not convention or len(lines) < 2:
        return body
    out: list[str] = []
    for line in lines:
        fields = _codes_and_name(line)
        if out and out[-1].strip() and fields is not None:
            out[-1] = f"{out[-1].rstrip()} – {fields[1]} ({fields[0]})"
        elif out and out[-1].strip() and line.strip() and _only_codes(line.strip()):
            out[-1] = f"{out[-1].rstrip()} ({line.strip()})"
        else:
            out.append(line)
    return "\n".join(out)


def _code_bracket(item: str) -> tuple[str, str]:
    """(the item without its closing bracket, the codes in it) when a bracket of codes alone closes
    the item ('… (M1)', '… (M1, M3)': the goals it serves); (item, '') otherwise."""
    from plancheck.extract.tables import _only_codes

    m = _CLOSING_CODES.search(item)
    if m is None or not item[: m.start()].strip() or not _only_codes(m.group("inside")):
        return item, ""
    return item[: m.start()].rstrip(), m.group("inside")


def _owner_tail(item: str) -> tuple[str, str] | None:
    """(the item's text, the owner) when a short name stands after the item's last spaced dash
    ('Kurs i brannvern – Heimetenesta'); None otherwise."""
    from plancheck.extract.fields import short_name

    m = _DASH_TAIL.search(item)
    if m is None:
        return None
    tail = m.group("tail").strip().rstrip(".")
    if not short_name(tail) or not item[: m.start()].strip():
        return None
    return item[: m.start()].rstrip(), tail


def calendar_table(table: Table, page: int | None = None,
                   settings: CalendarSettings = _DEFAULT, lang: str = "nb") -> Table | None:
    """The calendar as an ordinary measure table (columns: :data:`CALENDAR_ROLES`, one row per
    item, deadline = the period's name as printed, references = the codes closing the item), or None when ``table`` is no calendar grid
    (see the module). ``page``: the page of the header row's boxes, which have no cells.
    ``lang``: the document's, for the time an item of a box naming no period gives itself."""
    from plancheck.extract.swimlanes import SwimlaneSettings, closing_tags, grid_items, letters
    from plancheck.extract.tables import _CELL_BULLET

    heads = {j: " ".join(t.split()).strip(" :") for j, t in enumerate(table.header) if (t or "").strip()}
    # the periods as the header row, every filled head one ('Q1 | Q2 | Q3 | Q4'; a label column
    # beside them, 'Tiltak | jan | feb', makes a schedule of marks, read elsewhere)
    head_titles = heads if len(heads) >= settings.min_periods and all(period_title(t, settings) for t in heads.values()) else {}
    boxes: list[tuple[str | None, str, Cell]] = []  # (title, body, cell) in reading order
    own = filled = 0  # boxes titled by their own text; boxes with text
    cells = [] if head_titles else [Cell(row=-1, col=j, text=table.header[j], page=page) for j in heads]
    cells += [c for row in table.rows for c in row if c.text.strip() and c.merged_from is None]  # (a merged box's copies: one box)
    # the titled boxes a calendar needs of these cells; once the boxes left cannot bring ``own``
    # to it the grid is none, and the rest need not be tried (a long table of text is most
    # tables, and trying a box parses up to ``title_words`` openings)
    needed = 0.0 if head_titles else max(settings.min_periods, settings.title_share * len(cells))
    for i, c in enumerate(cells):
        if own + len(cells) - i < needed:
            return None
        filled += 1
        split = _split_title(c.text, settings)
        if split is not None:
            own += 1
            boxes.append((split[0], split[1], c))
        elif not head_titles and (headed := _head(c.text, settings))[0]:
            # a box headed by no period ('Longer term • …') beside the periods' boxes: its items
            # are the calendar's, due when each says ('' for a title: no period of the box)
            boxes.append(("", headed[1], c))
        else:
            boxes.append((head_titles.get(c.col), c.text, c))
    if not head_titles and (own < settings.min_periods or own < settings.title_share * filled):
        return None
    bulleted = any(_CELL_BULLET.search(" " + body) for _t, body, _c in boxes)
    found: list[tuple[str, str, Cell]] = []  # (period, item, cell)
    # items with a line of codes and a name under them: the grid's way of setting their fields
    fielded = any(_codes_and_name(line) is not None for _t, body, _c in boxes for line in body.split("\n")[1:])
    for title, body, cell in boxes:
        if title is None or (bulleted and not _CELL_BULLET.search(" " + body)):
            continue  # a box without bullets in a grid of bulleted activities holds a note ('Fellesferie')
        found.extend((title, item, cell) for item in grid_items(_field_lines(body, fielded)) if letters(item) >= SwimlaneSettings.min_letters)
    if len(found) < settings.min_items:
        return None
    # an item of a box that names no period, due when it says after its codes
    timed = [_own_time(item, lang) if not title else (item, title) for title, item, _c in found]
    found = [(time, item, cell) for (item, time), (_t, _i, cell) in zip(timed, found, strict=True)]
    # (the goal codes set as tags under each item, unbracketed: bracketed as the grid's convention)
    tagged = closing_tags([item for _t, item, _c in found])
    split = [_code_bracket(item) for item in tagged]
    tails = [_owner_tail(text) for text, _codes in split]
    owned = sum(1 for t in tails if t is not None) >= settings.owner_share * len(found)
    rows: list[list[Cell]] = []
    for r, ((title, _item, cell), (text, codes), tail) in enumerate(zip(found, split, tails, strict=True)):
        text, owner = tail if (owned and tail is not None) else (text, "")
        rows.append([
            Cell(row=r, col=k, text=value, page=cell.page, bbox=cell.bbox)
            for k, value in enumerate((owner, text, title, codes))
        ])
    return table.model_copy(update={"header": ["", "", "", ""], "rows": rows})


#: the columns of :func:`calendar_table`'s rows
CALENDAR_ROLES: list[str | None] = ["owner", "measure", "deadline", "references"]


def grid_year(texts: list[str]) -> int | None:
    """The year a calendar is for: the one year the first of ``texts`` naming exactly one year
    gives (the heading over the grid, 'Årskalender 2031', then the plan's title); None
    when none does."""
    for text in texts:
        years = set(re.findall(r"\b(?:19|20)\d{2}\b", text or ""))
        if len(years) == 1:
            return int(years.pop())
    return None
