"""Deadline cells ("Høst 2025", "innen 30.06.26", "Hver høst", "Q3 2026") → :class:`Deadline`.

Why a hand-written regex scanner: none of plancheck's dependencies parses these forms. spaCy
blank pipelines have no date recogniser, simplemma only lemmatises, and dateparser (not a
dependency, and we do not add one) resolves single dates against "now" but knows neither school
terms ("Vår 2026" = Jan–Jun), halves and quarters ("1. halvår", "2. kvartal"), year ranges
("2025/2026"), nor recurring/continuous wording ("Hver høst", "Løpende") - which are most of what
plans print. A small table-driven scanner is predictable, offline and easy to extend: the words
live in :mod:`plancheck.lang.timewords`.

How it reads a cell:

1. normalise (lower case, one kind of dash, single spaces);
2. find every time expression ("atom") with a list of regexes; overlapping finds are settled
   longest first;
3. atoms joined by a range word ("-", "/", "til", "to", "og") form one group: "Q1-Q2 2026",
   "januar–mars 2026", "01.01.2025-31.12.2025". An atom without a year borrows one from its group
   ("Q1" in "Q1-Q2 2026"), else takes ``reference_year``, else stays unplaced (dates None);
4. a group after an evaluation word ("evaluering", "review") gives ``evaluation`` (its end);
   the first other group is the deadline. "fra 2026" leaves the end open, "etter juni 2029"
   starts the day after June and leaves the end open, "før 1.7.26" means the day before;
5. the kind: continuous words win ("Løpende", "Ved behov"), then recurring ones ("Hver høst",
   "Årlig", whose dates come only from years actually printed), then the group (one day → date,
   else period), then plan-period words ("i løpet av planperioden" → period without dates), else
   ``none``.

Two-digit years are 20xx. A day past the end of its month is clamped ("31.06.26" → 30 June).
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from plancheck.lang import timewords as tw
from plancheck.models import Deadline, DeadlineKind
from plancheck.regexcache import longest_first

Span = tuple[dt.date, dt.date]


@dataclass
class _Atom:
    start: int
    end: int
    span: Callable[[int], Span]  # the dates, given a year (ignored when the text has one)
    year: int | None  # the (first) year printed; None when it must be borrowed
    day: bool = False
    relative: bool = False  # "neste år": only reference_year places it
    ranged: bool = False  # the atom spans several years itself ("2025 til 2027")


# --------------------------------------------------------------------------- calendar helpers


def _y(digits: str, base: int | None = None) -> int:
    if len(digits) == 4:
        return int(digits)
    century = (base // 100) * 100 if base else 2000
    return century + int(digits)


def _years(slot: str) -> list[int]:
    nums = re.findall(r"\d{2,4}", slot)
    years = [_y(nums[0])]
    for n in nums[1:]:
        years.append(_y(n, years[0]))
    if years != sorted(years):
        raise ValueError("years out of order")
    return years


def _date(y: int, m: int, d: int) -> dt.date:
    if not 1 <= m <= 12 or d < 1 or d > 31:
        raise ValueError("no such date")
    return dt.date(y, m, min(d, calendar.monthrange(y, m)[1]))


def _month(y: int, m: int) -> Span:
    return _date(y, m, 1), _date(y, m, 31)


def _months(y: int, first: int, last: int) -> Span:
    return _date(y, first, 1), _date(y, last, 31)


#: the month a winter named by two years starts in ("vinteren 2061/62", "winter 2033/34": the
#: winter from December of the first year into the second), and the day it starts on
WINTER_OVER_YEARS_START = (12, 1)


def _season(name: str, y1: int, y2: int | None = None) -> Span:
    sm, sd, em, ed = tw.SEASON_RANGES[tw.SEASONS[name]]
    if tw.SEASONS[name] == "winter" and y2 == y1 + 1:
        # a winter named by the two years it spans starts at the first one's end, not its start
        sm, sd = WINTER_OVER_YEARS_START
    return _date(y1, sm, sd), _date(y2 or y1, em, ed)


def _whole_years(y1: int, y2: int | None = None) -> Span:
    return dt.date(y1, 1, 1), dt.date(y2 or y1, 12, 31)


# --------------------------------------------------------------------------- patterns


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=longest_first))


_Y4 = r"(?:19|20|21)\d{2}"
_END = r"(?!\d|\.\d)"
_MORE_YEARS = rf"(?:\s*(?:/|-|{_alt(tw.YEAR_RANGE_WORDS)})\s*(?:{_Y4}|\d{{2}}){_END})*"
_SLOT = rf"(?P<ys>(?:-?\s?{_Y4}|'\d{{2}}|-\s?\d{{2}}|\d{{2}}){_END}{_MORE_YEARS})"
_MON = rf"(?P<mon>{_alt([*tw.MONTHS, *tw.MONTH_ABBREVIATIONS])})\.?"
_MONTH_NUM = {**tw.MONTHS, **tw.MONTH_ABBREVIATIONS}
_ORD = rf"(?P<o>{_alt(tw.ORDINALS)})"


def _atom(m: re.Match, span: Callable[[int], Span], year: int | None, **kw) -> _Atom:
    atom = _Atom(m.start(), m.end(), span, year, **kw)
    if year is not None:
        atom.span(year)  # raises ValueError on an impossible date: the find is dropped
    return atom


def _slot_atom(m: re.Match, one: Callable[[int, int | None], Span], **kw) -> _Atom:
    """An atom whose years come from the ``ys`` group ("Høst 2025/2026"), or none."""
    slot = m.groupdict().get("ys")
    if not slot:
        return _atom(m, lambda y: one(y, None), None, **kw)
    years = _years(slot)
    first, last = years[0], years[-1]
    kw.setdefault("ranged", last != first)
    return _atom(m, lambda _y: one(first, last if last != first else None), first, **kw)


def _b_iso(m, _t):
    y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    return _atom(m, lambda _: (_date(y, mo, d),) * 2, y, day=True)


def _b_dmy(m, _t):
    d, mo, y = int(m["d"]), int(m["m"]), _y(m["y"])
    if m["sep"] == "/" and mo > 12 and d <= 12:
        d, mo = mo, d  # "03/25/2026" can only be month first; otherwise day first
    return _atom(m, lambda _: (_date(y, mo, d),) * 2, y, day=True)


def _b_dm(m, _t):
    d, mo = int(m["d"]), int(m["m"])
    _date(2000, mo, d)
    return _atom(m, lambda y: (_date(y, mo, d),) * 2, None, day=True)


def _b_d_mon_y(m, _t):
    d, mo = int(m["d"]), _MONTH_NUM[m["mon"]]
    y = _y(m["y"].lstrip("'")) if m["y"] else None
    _date(2000, mo, d)
    return _atom(m, lambda yy: (_date(yy, mo, d),) * 2, y, day=True)


def _b_mon_y(m, _t):
    mo = _MONTH_NUM[m["mon"]]
    return _atom(m, lambda y: _month(y, mo), _years(m["ys"])[0] if m["ys"] else None)


def _b_num_month(m, _t):
    mo, y = int(m["m"]), int(m["y"])
    return _atom(m, lambda _: _month(y, mo), y)


def _b_month(m, text):
    if m["mon"] == "may" and not _led(text, m.start()):
        return None
    mo = tw.MONTHS[m["mon"]]
    return _atom(m, lambda y: _month(y, mo), None)


def _b_season(m, text):
    name = m["s"]
    if name in tw.AMBIGUOUS_SEASONS and not m["ys"] and not _led(text, m.start()):
        return None
    return _slot_atom(m, lambda y1, y2: _season(name, y1, y2))


def _b_school_year(m, _t):
    y1 = int(m["y1"])
    y2 = _y(m["y2"], y1) if m["y2"] else y1 + 1
    if y2 < y1:
        raise ValueError("school year backwards")
    return _atom(m, lambda _: (_date(y1, 8, 1), _date(y2 if y2 > y1 else y1 + 1, 6, 30)), y1)


def _b_school_year_short(m, _t):
    """'läsåret 26/27': two two-digit years are a school year only when the second follows on
    the first; any other pair ('26/29') is no school year (a ratio, a score, a code)."""
    y1 = 2000 + int(m["y1"])
    if int(m["y2"]) != (y1 + 1) % 100:
        raise ValueError("not a school year")
    return _atom(m, lambda _: (_date(y1, 8, 1), _date(y1 + 1, 6, 30)), y1)


def _part_of_year(size: int, n: int) -> Callable[[int, int | None], Span]:
    if not 1 <= n <= 12 // size:
        raise ValueError("no such part")
    first, last = (n - 1) * size + 1, n * size
    return lambda y1, y2: (_date(y1, first, 1), _date(y2 or y1, last, 31))


def _b_part(size: int, group: str):
    def build(m, _t):
        n = tw.ORDINALS[m[group]] if group == "o" else int(m[group])
        part = _part_of_year(size, n)
        if m.groupdict().get("y"):
            y = int(m["y"])
            return _atom(m, lambda _: part(y, None), y)
        return _slot_atom(m, part)

    return build


def _b_fy_part(size: int):
    """'Q3 2028/29', 'H1 2026/27': a quarter (``size`` 3) or half (6) of the financial year that
    runs from the lexicon's ``financial_year_start`` month of the first year into the second."""
    def build(m, _t):
        n = int(m["n"])
        y1 = int(m["y1"])
        if _y(m["y2"], y1) != y1 + 1 or not 1 <= n <= 12 // size:
            raise ValueError("no split year")
        first = tw.FINANCIAL_YEAR_START + (n - 1) * size  # months counted from January of y1
        last = first + size - 1

        def span(_y0: int) -> Span:
            return (_date(y1 + (first - 1) // 12, (first - 1) % 12 + 1, 1),
                    _date(y1 + (last - 1) // 12, (last - 1) % 12 + 1, 31))

        return _atom(m, span, y1)

    return build


def _third(y: int, n: int, month: int | None) -> Span:
    """The ``n``-th third of year ``y`` (four months each), or of its ``month`` (days 1-10,
    11-20, 21 to the end)."""
    if month is None:
        return _date(y, 4 * n - 3, 1), _date(y, 4 * n, 31)
    return _date(y, month, 10 * n - 9), _date(y, month, 10 * n if n < 3 else 31)


def _b_third(m, _t):
    """'primo 2029', 'ultimo juni 2026': the first or last third of the year or month."""
    n = tw.YEAR_THIRDS[m["third"]]
    month = _MONTH_NUM[m["mon"]] if m.groupdict().get("mon") else None
    y = _y(m["y"])
    return _atom(m, lambda _: _third(y, n, month), y)


def _b_week(m, _t):
    w = int(m["w"])
    if not 1 <= w <= 53:
        raise ValueError("no such week")

    def span(y: int) -> Span:
        monday = dt.date.fromisocalendar(y, w, 1)
        return monday, monday + dt.timedelta(days=6)

    return _atom(m, span, int(m["y"]) if m["y"] else None)


def _b_fy(m, _t):
    y1 = _y(m["y1"])
    y2 = _y(m["y2"], y1) if m["y2"] else y1
    if y2 < y1:
        raise ValueError("years backwards")
    return _atom(m, lambda _: _whole_years(y1, y2), y1)


def _b_years(m, _t):
    return _slot_atom(m, _whole_years)


def _b_relative(offset: int):
    def build(m, _t):
        return _atom(m, lambda y: _whole_years(y + offset), None, relative=True)

    return build


def _b_coming(m, _t):
    """"within the next 2-3 years": from the reference year to as many years after it as the
    (largest) count says (lenient: the plan's own year may or may not be the first); months
    round up to the years they reach into."""
    counts = [int(c) if c.isdigit() else tw.COUNT_WORDS[c] for c in re.split(r"\s*[-–]\s*", m["n"])]
    n = max(counts)
    years = n if m["unit"] in tw.COMING_YEARS else -(-n // 12)
    if not 0 < years <= 50:
        raise ValueError("no such stretch")
    return _atom(m, lambda y: _whole_years(y, y + years), None, relative=True)


def _led(text: str, pos: int) -> bool:
    """Is the word at ``pos`` led by a time word ("hver vår", "innen may")? Needed for words
    that are also ordinary words ("vår" = our)."""
    before = text[:pos].rstrip()
    if not before:
        return not text[pos:].strip().count(" ")  # the whole cell is this word (and a year)
    return any(re.search(rf"(?<!\w){re.escape(w)}$", before) for w in tw.AMBIGUOUS_LEADS)


_NB = r"(?<!\w)"
_NA = r"(?!\w)"
_SEASON_ALT = _alt(tw.SEASONS)
_COUNT = rf"(?P<n>(?:\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?|{_alt(tw.COUNT_WORDS)}))"
_COMING_RX = (
    rf"{_NB}(?:{_alt(tw.COMING_LEADS)})\s+(?:(?:{_alt(tw.COMING_ARTICLES)})\s+)?(?:{_alt(tw.COMING)})\s+{_COUNT}\s+"
    rf"(?P<unit>{_alt([*tw.COMING_YEARS, *tw.COMING_MONTHS])}){_NA}"
)
_PATTERNS: list[tuple[str, Callable]] = [
    (rf"(?<![\d.])(?P<y>{_Y4})-(?P<m>\d{{1,2}})-(?P<d>\d{{1,2}})(?!\d)", _b_iso),
    (rf"(?<![\d.])(?P<d>\d{{1,2}})\s?(?P<sep>[./-])\s?(?P<m>\d{{1,2}})\s?(?P=sep)\s?"
     rf"(?P<y>{_Y4}|\d{{2}}){_END}", _b_dmy),
    (r"(?<![\d.,/-])(?P<d>\d{1,2})\.(?P<m>0[1-9]|1[0-2]|[1-9](?=\.))\.?(?![\d/])", _b_dm),
    # a day, a month's name and a year joined by slashes or hyphens, an issue tracker's and a database
    # report's date ('30/Jun/55' in Jira, '30-JUN-2055' in Oracle): the two-digit year is 20xx
    (rf"(?<![\d./-])(?P<d>\d{{1,2}})(?P<sep>[/-]){_MON}(?P=sep)(?P<y>{_Y4}|\d{{2}}){_END}", _b_d_mon_y),
    (rf"(?<![\d.])(?P<d>\d{{1,2}})(?:\.|{_alt(tw.DAY_SUFFIXES)})?\s*(?:(?:{_alt(tw.DAY_OF)})\s+)?{_MON}{_NA}"
     rf"(?:,?\s*(?P<y>{_Y4}|'\d{{2}}){_END})?", _b_d_mon_y),
    (rf"{_NB}{_MON}{_NA}\s*(?P<d>\d{{1,2}})(?:{_alt(tw.DAY_SUFFIXES)})?(?:,\s*|\s+)(?P<y>{_Y4}){_END}",
     _b_d_mon_y),
    (rf"{_NB}(?P<third>{_alt(tw.YEAR_THIRDS)})\s+(?:{_MON}{_NA}\s*)?(?P<y>{_Y4}){_END}", _b_third),
    (rf"{_NB}{_MON}{_NA},?\s*(?P<ys>{_Y4}|'\d{{2}}|-\s?\d{{2}}){_END}", _b_mon_y),
    # a dotted month abbreviation and a two-digit year, the spreadsheet's 'mmm. yy' ('des. 26', 'Sep. 27');
    # only 20-39, so a day after the month ('Dec. 15') is not read as a year
    (rf"{_NB}(?P<mon>{_alt(tw.MONTH_ABBREVIATIONS)})\.\s?(?P<ys>[23]\d)(?![\d.:,])", _b_mon_y),
    (rf"(?<![\d./-])(?P<m>0?[1-9]|1[0-2])[./](?P<y>{_Y4}){_END}", _b_num_month),
    (rf"{_NB}(?P<mon>{_alt(tw.MONTHS)}){_NA}", _b_month),
    (rf"{_NB}(?P<s>{_SEASON_ALT}){_NA}(?:\s*(?:{_alt(tw.SEASON_PREPOSITIONS)})?\s*{_SLOT})?", _b_season),
    # a term code with its year glued on, as narrow 'Klart' columns print it ('VT27', 'HT26', 'vt2027')
    (rf"{_NB}(?P<s>{_SEASON_ALT})(?P<ys>{_Y4}|\d{{2}}){_NA}", _b_season),
    (rf"{_NB}(?:{_alt(tw.SCHOOL_YEARS)})\s*(?P<y1>{_Y4})(?:\s*[/-]\s*(?P<y2>{_Y4}|\d{{2}}))?"
     rf"{_END}", _b_school_year),
    # 'läsåret 26/27': both years in two digits, only after (or before) the school-year word
    (rf"{_NB}(?:{_alt(tw.SCHOOL_YEARS)})\s*(?P<y1>\d{{2}})\s*[/-]\s*(?P<y2>\d{{2}}){_END}", _b_school_year_short),
    (rf"(?<![\d./-])(?P<y1>\d{{2}})\s*/\s*(?P<y2>\d{{2}})\s+(?:{_alt(tw.SCHOOL_YEARS)}){_NA}", _b_school_year_short),
    # "the 2026/27 school year": the years before the school-year word
    (rf"(?<![\d.])(?P<y1>{_Y4})(?:\s*[/-]\s*(?P<y2>{_Y4}|\d{{2}}))?\s+(?:{_alt(tw.SCHOOL_YEARS)}){_NA}",
     _b_school_year),
    (rf"{_NB}{_ORD}\s*(?:{_alt(tw.HALF_WORDS)}){_NA}(?:\s*{_SLOT})?", _b_part(6, "o")),
    (rf"{_NB}h(?P<n>[12])\s+(?P<y1>{_Y4})\s*/\s*(?P<y2>\d{{2}}|{_Y4}){_END}", _b_fy_part(6)),
    (rf"{_NB}h(?P<n>[12]){_NA}(?:\s*[/-]?\s*{_SLOT})?", _b_part(6, "n")),
    (rf"{_NB}(?P<y>{_Y4})\s*[-/]?\s*h(?P<n>[12]){_NA}", _b_part(6, "n")),
    (rf"{_NB}{_ORD}\s*(?:{_alt(tw.QUARTER_WORDS)}){_NA}(?:\s*{_SLOT})?", _b_part(3, "o")),
    # a quarter of a split (financial) year: 'Q3 2028/29' (and a half, 'H1 2026/27', above)
    (rf"{_NB}q(?P<n>[1-4])\s+(?P<y1>{_Y4})\s*/\s*(?P<y2>\d{{2}}|{_Y4}){_END}", _b_fy_part(3)),
    (rf"{_NB}q(?P<n>[1-4]){_NA}(?:\s*[/-]?\s*{_SLOT})?", _b_part(3, "n")),
    (rf"{_NB}(?P<n>[1-4])q(?:\s*{_SLOT})?{_NA}", _b_part(3, "n")),
    (rf"{_NB}(?P<y>{_Y4})\s*[-/]?\s*q(?P<n>[1-4]){_NA}", _b_part(3, "n")),
    (rf"{_NB}{_ORD}\s*(?:{_alt(tw.TERTIAL_WORDS)}){_NA}(?:\s*{_SLOT})?", _b_part(4, "o")),
    (rf"{_NB}t(?P<n>[1-3])\s*[/-]?\s*(?P<y>{_Y4}){_END}", _b_part(4, "n")),
    (rf"{_NB}(?:{_alt(tw.WEEK_WORDS)})\s*(?P<w>\d{{1,2}})(?!\d)(?:\s*[,/-]?\s*(?P<y>{_Y4}))?"
     rf"{_END}", _b_week),
    (rf"{_NB}fy\s*[-']?\s*(?P<y1>{_Y4}|\d{{2}})(?:\s*[/-]\s*(?P<y2>{_Y4}|\d{{2}}))?{_END}", _b_fy),
    (rf"(?<![\d.,/\w])(?P<ys>{_Y4}{_END}{_MORE_YEARS})", _b_years),
    (rf"(?<![\d.])(?P<y>{_Y4})-(?P<m>0[1-9]|1[0-2])(?![\d-])", _b_num_month),
    (_COMING_RX, _b_coming),
    (rf"{_NB}(?:{_alt(tw.NEXT_YEAR)}){_NA}", _b_relative(1)),
    (rf"{_NB}(?:{_alt(tw.THIS_YEAR)}){_NA}", _b_relative(0)),
]
_COMPILED = [(re.compile(rx), build) for rx, build in _PATTERNS]


def _words_rx(words, *, anchored_end: bool = False) -> re.Pattern[str]:
    tail = r"\s*$" if anchored_end else _NA
    return re.compile(rf"{_NB}(?:{_alt(words)}){tail}")


_CONTINUOUS = _words_rx(tw.CONTINUOUS)
_RECURRING = _words_rx(tw.RECURRING)
# (genitive too: "planperiodens utgång", "the plan period's end")
_PLAN_PERIOD = re.compile(rf"{_NB}(?:{_alt(tw.PLAN_PERIOD)})(?:'?s)?{_NA}", re.IGNORECASE)
# the span a recurring word repeats over, right after it ("hvert halvår", "kvart barnehageår", "varje
# termin", "each quarter"): a time word of the lexicon (half, quarter, tertial, week, school year,
# season, month, year or month unit), so a cell's tail "Hvert halvår" is a time expression whole
_RECURRING_UNIT = re.compile(
    rf"{_NB}(?:{_alt(tw.RECURRING)})\s+(?:{_alt([*tw.HALF_WORDS, *tw.QUARTER_WORDS, *tw.TERTIAL_WORDS, *tw.WEEK_WORDS, *tw.SCHOOL_YEARS, *tw.SEASONS, *tw.MONTHS, *tw.COMING_YEARS, *tw.COMING_MONTHS])}){_NA}"
)
# a horizon marked in a "Short | Middle | Long" column on its own: a period with no dates
_EN_HORIZONS = _alt(tw.horizons("en")[0])  # "short, medium & long" (English cells only)
_HORIZONS = re.compile(rf"^\s*({_EN_HORIZONS})(\s*[,/&]\s*({_EN_HORIZONS}))*\s*$")


def _horizon_terms() -> re.Pattern[str]:
    """A cell that is nothing but horizon terms, each a horizon word of any language with its noun
    ("lång sikt", "mellemlang sigt", "medium term"; several joined by "," "/" or "&"): a
    period the plan does not place in time (a timeframe key may date it, lang/timekey.py)."""
    from plancheck.lang.vocab import LANGS

    words = sorted({w for lang in LANGS for w in tw.horizons(lang)[0]}, key=len, reverse=True)
    units = sorted({u for lang in LANGS for u in tw.horizons(lang)[1]}, key=len, reverse=True)
    term = rf"(?:{_alt(words)})[- ](?:{_alt(units)})"
    return re.compile(rf"^\s*{term}(?:\s*[,/&]\s*{term})*\s*$")


_HORIZON_TERMS = _horizon_terms()
_EVALUATION = _words_rx(tw.EVALUATION)
_FROM = _words_rx(tw.FROM, anchored_end=True)
_AFTER = _words_rx(tw.AFTER, anchored_end=True)
# a stretch counted from the decision or the plan's start, with no date: "inom sex månader (efter
# beslut)", "innen to år", "within two years" — a time-bound period the plan's own dates place
_WITHIN_COUNT = re.compile(
    rf"{_NB}(?:{_alt(tw.COMING_LEADS)})\s+{_COUNT}\s+(?:{_alt([*tw.COMING_YEARS, *tw.COMING_MONTHS])}){_NA}", re.IGNORECASE
)
# the plan's own year counted ("År 1", "Year 2"): a year of the plan period, a cell of its own
_PLAN_YEAR = re.compile(rf"^\s*(?:{_alt(tw.COMING_YEARS)})\s+[1-9]\s*$", re.IGNORECASE)
# a time counted from the plan period's end ("inom två år efter planperiodens utgång", "etter utløpet
# av planperioden", "after the end of the plan period"): an after word, at most two words, a plan
# period word (genitive too)
_AFTER_PERIOD = re.compile(rf"{_NB}(?:{_alt(tw.AFTER)})\s+(?:\S+\s+){{0,3}}?(?:{_alt(tw.PLAN_PERIOD)})", re.IGNORECASE)
_BEFORE = re.compile(rf"{_NB}(?:{_alt(tw.BEFORE)})\s+(?:(?:{_alt(tw.BEFORE_ARTICLES)})\s+)?$")
_RANGE_GAP = re.compile(rf"\s*(?:{_alt(tw.RANGE_CONNECTORS)})\s*")


# --------------------------------------------------------------------------- scanning


# a year whose last digits a template leaves to be filled in, printed bracketed: "By 20(15)"
_FILL_IN_YEAR = re.compile(r"\b(19|20|21)[(\[](\d{2})[)\]]")


_DASHES = re.compile(r"[\u2010-\u2015\u2212]")
_APOSTROPHES = re.compile(r"[’`´]")
_SPACES = re.compile(r"\s+")


@functools.lru_cache(maxsize=8192)
def _normalize(text: str) -> str:
    """``text`` lower-cased, soft hyphens out, a bracketed fill-in year closed up, dashes and
    apostrophes made plain, whitespace made single spaces. Kept per text: :func:`_timed_words`
    asks it for every word of every sentence, and the words of a plan repeat."""
    text = text.lower().replace("\u00ad", "")
    text = _FILL_IN_YEAR.sub(r"\1\2", text)
    text = _DASHES.sub("-", text)
    text = _APOSTROPHES.sub("'", text)
    return _SPACES.sub(" ", text).strip()


def _scan(text: str) -> list[_Atom]:
    found: list[tuple[int, int, int, _Atom]] = []
    for prio, (rx, build) in enumerate(_COMPILED):
        for m in rx.finditer(text):
            try:
                atom = build(m, text)
            except (ValueError, OverflowError):
                atom = None
            if atom is not None:
                found.append((-(m.end() - m.start()), prio, m.start(), atom))
    found.sort(key=lambda f: f[:3])
    taken: list[_Atom] = []
    for *_, atom in found:
        if all(atom.end <= t.start or atom.start >= t.end for t in taken):
            taken.append(atom)
    return sorted(taken, key=lambda a: a.start)


def _group(text: str, atoms: list[_Atom]) -> list[list[_Atom]]:
    groups: list[list[_Atom]] = []
    for atom in atoms:
        if groups and _RANGE_GAP.fullmatch(text[groups[-1][-1].end : atom.start]):
            groups[-1].append(atom)
        else:
            groups.append([atom])
    return groups


def _place(atom: _Atom, group: list[_Atom], i: int, ref: int | None) -> Span | None:
    """The dates of one atom: its own year, else its group's, else ``ref``."""
    try:
        if atom.year is not None:
            return atom.span(atom.year)
        if not atom.relative:
            later = next((b for b in group[i + 1 :] if b.year is not None), None)
            if later is not None:
                anchor = later.span(later.year)
                span = atom.span(anchor[0].year)
                return span if span[0] <= anchor[0] else atom.span(anchor[0].year - 1)
            earlier = next((b for b in reversed(group[:i]) if b.year is not None), None)
            if earlier is not None:
                anchor = earlier.span(earlier.year)
                span = atom.span(anchor[1].year)
                return span if span[0] >= anchor[0] else atom.span(anchor[1].year + 1)
        return atom.span(ref) if ref is not None else None
    except (ValueError, OverflowError):
        return None


def _resolve(group: list[_Atom], ref: int | None) -> Span | None:
    spans = [s for i, a in enumerate(group) if (s := _place(a, group, i, ref)) is not None]
    if not spans:
        return None
    return min(s[0] for s in spans), max(s[1] for s in spans)


# --------------------------------------------------------------------------- the parser


MAX_CHARS = 300


#: symbols a revised deadline is printed with, the old time before, the new after ("2026 → 2027")
_ARROWS = ("→", "⟶", "➔", "➜", "⇒", "->", "=>")
_REVISED_TO = re.compile(rf"(?:{_alt(_ARROWS)})|{_NB}(?:{_alt(tw.REVISED_TO)}){_NA}", re.IGNORECASE)
_RANGE_WORDS = [w for w in tw.RANGE_CONNECTORS if w.isalpha() and w not in tw.REVISED_TO]
_MOVED = re.compile(
    rf"{_NB}(?:{_alt(tw.REVISED_WORDS)})\s+(?:{_alt(tw.FROM)})\s+\S.*?\s(?:{_alt(_RANGE_WORDS)})\s+(?P<new>\S.*)$",
    re.IGNORECASE,
)
_REVISED_WORD = re.compile(rf"{_NB}(?:{_alt(tw.REVISED_WORDS)}){_NA}", re.IGNORECASE)
_TRAILING_NOTE = re.compile(r"\s*\(([^()]*[^\W_][^()]*)\)\s*$")  # a note says something: "()" is none
_NOTE_CUT = re.compile(r"[()\[\];,]")


def _has_time(text: str, *, dated: bool = False) -> bool:
    """Does ``text`` say when (with ``dated``: place it in the calendar)?"""
    found = parse_deadline(text) if text.strip() else None
    return found is not None and found.kind != DeadlineKind.none and (not dated or found.start is not None)


def revised_time(text: str) -> str | None:
    """The part of a deadline cell that says when, as printed, when the cell says more: the new
    time of a deadline revised in place ("2026 → 2027 (utsatt)", "2026 (endret til 2027)",
    "Ny frist: 2027", "flyttet fra 2026 til 2027", "2027 (utsatt fra 2026)"), or the time
    without a bracketed note that names none ("Vår 2026 (nytt)"). None when the cell
    is all time already.

    Why: a plan revised in place keeps the old deadline beside the new one, so the reader sees
    what moved; the deadline is the new one (after the arrow or the lexicon's ``revised_to``
    words), and the old time or a status note in brackets is no part of it."""
    marks = list(_REVISED_TO.finditer(text))
    if marks:
        new = _NOTE_CUT.split(text[marks[-1].end():].strip(" :–—-"), maxsplit=1)[0].strip(" .:–—-")
        if _has_time(new):
            return new
    moved = _MOVED.search(text)
    if moved is not None:
        new = _NOTE_CUT.split(moved.group("new"), maxsplit=1)[0].strip(" .:–—-")
        if _has_time(new):
            return new
    note = _TRAILING_NOTE.search(text)
    if note is not None and text[: note.start()].strip():
        before = text[: note.start()].strip()
        if _has_time(before, dated=True) and (_REVISED_WORD.search(note.group(1)) or not _has_time(note.group(1))):
            return before  # "2027 (utsatt fra 2026)": the old time; "(nytt)": a status
    return None


def parse_deadline(
    text: str, *, lang: str = "nb", reference_year: int | None = None
) -> Deadline | None:
    """Parse a deadline cell. ``None`` for empty text; otherwise a :class:`Deadline` whose
    ``text`` is ``text`` unchanged (or only its time, :func:`revised_time`), ``start <= end`` and, for kind ``date``, ``start == end``.

    The vocabulary of all five languages is always active (month and season names do not
    collide), so ``lang`` does not change the result today; it is kept for callers and for
    forms that may one day differ by language.

    ``reference_year`` places forms printed without a year ("Høsten", "31.12", "neste år");
    it is not used for recurring deadlines ("Hver høst" has no one date).
    """
    if text is None or not text.strip():
        return None
    return _parsed(text, lang, reference_year).model_copy()


@functools.lru_cache(maxsize=4096)
def _parsed(text: str, lang: str, reference_year: int | None) -> Deadline:
    """:func:`parse_deadline` of a cell with text, kept per (text, lang, year): the extractor asks
    about the same cell text about three times (a table's cells as a column, as a row, as a
    measure's fields), and the scan runs every pattern over it. Callers get a copy
    (:func:`parse_deadline`): a deadline may be changed in place (its dates completed from a
    column's), and the kept one must not change with it."""
    revised = revised_time(text[:MAX_CHARS])
    if revised is not None and revised != text:
        # "2026 → 2027 (utsatt)": the new time, as printed, is the deadline
        return _parsed(revised, lang, reference_year)
    # a deadline cell is short; reading only its start keeps pathological input linear
    low = _normalize(text[:MAX_CHARS])
    groups = _group(low, _scan(low))

    # which groups are evaluations, and what stands before each group
    main: list[_Atom] | None = None
    main_prefix = ""
    evaluation: dt.date | None = None
    prev_end = 0
    for group in groups:
        prefix = low[prev_end : group[0].start]
        prev_end = group[-1].end
        if _EVALUATION.search(prefix):
            if evaluation is None:
                span = _resolve(group, reference_year)
                evaluation = span[1] if span else None
            continue
        if main is None:
            main, main_prefix = group, prefix
    if main is None and groups:  # only an evaluation date was given
        main, main_prefix = groups[0], low[: groups[0][0].start]

    continuous = bool(_CONTINUOUS.search(low))
    recurring = not continuous and bool(_RECURRING.search(low))

    start = end = None
    kind = DeadlineKind.none
    if main is not None:
        span = _resolve(main, None if recurring else reference_year)
        one_day = len(main) == 1 and main[0].day
        kind = DeadlineKind.date if one_day else DeadlineKind.period
        if span is not None:
            start, end = span
            if len(main) == 1 and not main[0].ranged and _FROM.search(main_prefix):
                end, kind = None, DeadlineKind.period
            elif _AFTER.search(main_prefix) and end < dt.date.max:
                # "after March 2031" starts on 1 April 2031, not in March
                start, end, kind = end + dt.timedelta(days=1), None, DeadlineKind.period
            elif _BEFORE.search(main_prefix) and start > dt.date.min:
                start = end = start - dt.timedelta(days=1)
                kind = DeadlineKind.date
    elif _PLAN_PERIOD.search(low) or _HORIZONS.match(low) or _HORIZON_TERMS.match(low) or _WITHIN_COUNT.search(low) or _PLAN_YEAR.match(low):
        kind = DeadlineKind.period
    if continuous:
        kind = DeadlineKind.continuous
    elif recurring:
        kind = DeadlineKind.recurring
    if start is not None and end is not None and start > end:
        start, end = end, start
    if kind == DeadlineKind.date and start is None and re.search(r"\d{5,}", low):
        kind = DeadlineKind.none  # a garbled date ("31.12.20252025") says nothing about when
    after_period = main is None and bool(_AFTER_PERIOD.search(low))
    return Deadline(text=text, start=start, end=end, kind=kind, evaluation=evaluation, after_period=after_period)


def looks_like_deadline(text: str, *, lang: str = "nb") -> bool:
    """True when ``text`` carries time information (a date, period, recurring or continuous
    wording). "Ikke fastsatt", "-", or a sentence without dates give False."""
    d = parse_deadline(text, lang=lang)
    return d is not None and d.kind != DeadlineKind.none


_STATED = re.compile(
    rf"{_COMING_RX}|{_NB}(?:{_alt(tw.BY_WHEN)})\s+(?:(?:{_alt(tw.MONTHS)})\s+)?{_Y4}{_END}", re.IGNORECASE
)


def stated_deadline(sentence: str, *, lang: str = "nb", reference_year: int | None = None) -> Deadline | None:
    """The time a sentence sets for itself, as its words print it: a stretch counted from now
    ("… are to be replaced within the next five years …") or a year after a word like "by"
    ("… by 2027"); None when it states neither. Other years in a sentence are mostly history
    ("In 2018, …") or a target's year, not a deadline."""
    m = _STATED.search(sentence[:MAX_CHARS])
    if m is None:
        return None
    found = parse_deadline(m.group(0), lang=lang, reference_year=reference_year)
    return found if found is not None and found.kind != DeadlineKind.none else None


@dataclass(frozen=True)
class ScopeSettings:
    """How far into a measure's sentence its own time reaches."""

    min_words_before_purpose: int = 3  # "Metro to work with …": a "to" this early is the predicate
    max_frame_words: int = 8  # a time frame a sentence opens with is at most this long …
    max_frame_sentence_words: int = 12  # … in a sentence at most this long


_BY_YEAR = re.compile(
    rf"{_NB}(?:{_alt(tw.BY_WHEN)})\s+(?:(?:{_alt(tw.MONTHS)})\s+)?(?:19|20)\d\d\b", re.IGNORECASE
)
_CLAUSE_END = re.compile(r"[.;!?](?:\s|$)")
_WORD = re.compile(r"[\w'’-]+")


def _time_words(lang: str, key: str) -> list[str]:
    from plancheck.lang.vocab import LANGS, lexicon_file

    return list((lexicon_file(lang).get("time") or {}).get(key) or []) if lang in LANGS else []


def _states_purpose(before: str, lang: str, settings: ScopeSettings) -> bool:
    """True when the words of a clause before a date end its action and go on to what it is
    for or what it aims at: a purpose lead ("so that", "for å"), an infinitive of purpose after
    the action ("… customer to advance …": "to", then an action verb, not right after a verb
    as in "continue to support"), or a target noun ("sets interim goals such as …")."""
    from plancheck.lang.vocab import evidence_words

    words = [w.lower() for w in _WORD.findall(before)]
    joined = " " + " ".join(words) + " "
    if any(f" {lead} " in joined for lead in _time_words(lang, "purpose_leads")):
        return True
    if set(words) & set(evidence_words("target_nouns", lang)):
        return True
    verbs = set(evidence_words("action_verbs", lang)) | set(evidence_words("actor_verbs", lang))
    infinitive = set(_time_words(lang, "purpose_infinitive"))
    for i, w in enumerate(words[:-1]):
        if (w in infinitive and i >= settings.min_words_before_purpose
                and words[i + 1] in verbs and words[i - 1] not in verbs):
            return True
    return False


def action_by_when(action: str, *, lang: str = "en", settings: ScopeSettings = ScopeSettings()) -> str:
    """The "by <year>" phrase that dates a measure's action itself ("Adopt LED as the standard
    by 2021"), or "". A date after the action's purpose or a target it names ("… to advance
    decarbonization of the grid by 2035", "… sets interim goals such as 20 % by 2035") is when
    that outcome is to be reached, not when the measure is due; a date before it still is
    ("Complete 15 projects by 2035 to divert …")."""
    text = action[:MAX_CHARS]
    for m in _BY_YEAR.finditer(text):
        starts = [e.end() for e in _CLAUSE_END.finditer(text, 0, m.start())]
        before = text[starts[-1] if starts else 0 : m.start()]
        if not _states_purpose(before, lang, settings):
            return m.group(0)
    return ""


_DUE = re.compile(
    rf"{_NB}(?:{_alt(tw.DUE_WORDS)})\s+(?P<when>(?:{_alt(tw.BY_WHEN)})\s+(?:(?:{_alt(tw.MONTHS)})\s+)?(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


def due_by_when(text: str) -> str:
    """The by-phrase of a sentence that says when the action is due ("This must be done by
    June 2031." → "by June 2031"): a by-phrase right after a word of the lexicon's
    ``time.due_words``, or "". Unlike a bare "by 2035" in running text (often when an outcome is
    to be reached), the word before it says the action itself is to be finished, so the
    sentence may stand in any cell of the row or in the description."""
    m = _DUE.search(text[:MAX_CHARS])
    return m.group("when") if m else ""


def opening_time_frame(sentence: str, *, lang: str = "nb", settings: ScopeSettings = ScopeSettings()) -> Deadline | None:
    """The time frame a short sentence opens with ("Near-term initiatives for the next
    two years." → "Near-term"): the longest run of its first words that ends
    in a word which is a time frame by itself; None when its first word is none, or the sentence
    is long (then it says more than when)."""
    words = sentence[:MAX_CHARS].split()
    if not words or len(words) > settings.max_frame_sentence_words:
        return None

    def timed(text: str) -> bool:
        d = parse_deadline(text.strip(",.;:"), lang=lang)
        return d is not None and d.kind != DeadlineKind.none

    if not timed(words[0]):
        return None
    end = max(k for k in range(1, min(len(words), settings.max_frame_words) + 1) if timed(words[k - 1]))
    found = parse_deadline(" ".join(words[:end]).strip(",.;:"), lang=lang)
    return found if found is not None and found.kind != DeadlineKind.none else None


def _opening() -> re.Pattern[str]:
    leads = "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(tw.BY_WHEN, key=len, reverse=True))
    return re.compile(rf"^\s*(?:\[[^\]]{{1,80}}\]:?\s*)?(?P<when>(?:{leads})\s+[^,;:.]{{1,30}}?)\s*,\s", re.IGNORECASE)


_OPENING = _opening()


def opening_deadline(sentence: str, *, lang: str = "nb") -> Deadline | None:
    """The deadline a measure sentence opens with, set off by a comma: "By 2030, the City shall
    …", "Innen 2026, …" (after a bracketed label the item may print first, "[General] By …").
    The opening clause sets the time of the whole sentence, unlike a year later in it, which is
    mostly a target's year or history. None when the sentence does not open so."""
    m = _OPENING.match(sentence[:MAX_CHARS])
    if m is None:
        return None
    found = parse_deadline(m.group("when"), lang=lang)
    return found if found is not None and found.kind != DeadlineKind.none else None


# --------------------------------------------------------------------------- a deadline beside a name

# words that only lead a time expression ("innen 2027", "fra 2026", "by 2027"); with the atoms and
# the continuous, recurring and plan-period words they may make up a deadline written after a name
_TIME_LEADS = _words_rx([*tw.BEFORE, *tw.FROM, *tw.AFTER, *tw.BY_WHEN, *(w for w in tw.RANGE_CONNECTORS if w[:1].isalpha())])
_NAME_WORD = re.compile(r"\S+")
# a cell's last part in brackets: "KU (3. kvartal 2026)", "(HT 2026)", "2026 (KU)"
_BRACKETED_TAIL = re.compile(r"^(?P<outer>[^()]*?)\s*\((?P<inner>[^()]+)\)$")


@functools.cache
def _universal_determiners() -> frozenset[str]:
    from plancheck.lang.vocab import LANGS, lexicon_file

    return frozenset(w.lower() for lang in LANGS for w in lexicon_file(lang).get("universal_determiners") or [])


# "every six months", "kvart tredje år", "vart annat år": a recurring word, a count or an
# ordinal, then the span it repeats over
_RECURRING_COUNTED = re.compile(
    rf"{_NB}(?:{_alt(tw.RECURRING)})\s+(?:\d+\.?|{_alt([*tw.COUNT_WORDS, *tw.ORDINALS, *tw.INTERVAL_ORDINALS])})\s+"
    rf"(?:{_alt([*tw.HALF_WORDS, *tw.QUARTER_WORDS, *tw.TERTIAL_WORDS, *tw.WEEK_WORDS, *tw.MONTHS, *tw.COMING_YEARS, *tw.COMING_MONTHS, *tw.DURATION_UNITS])}){_NA}"
)


_FREQUENCY_PER = re.compile(rf"{_NB}(?:{_alt(tw.FREQUENCY_PER)}){_NA}")


def recurring_stated(text: str) -> bool:
    """Does ``text`` say how often something is done: a recurring word with the span it repeats
    over ("hvert halvår", "every six months", "kvart tredje år") or an adverb of a frequency
    ("årlig", "kvartalsvis", "twice a year"), a count per a shorter span ("tre kveldar i veka")? A determiner alone ("hver skole", "each school")
    and a word naming no interval ("jevnlig", "regularly": ``recurring_vague``) do not. Read
    by the mandate matcher for a point asking "how often" (mandate/match.py fact_answered)."""
    low = _normalize(text)
    if _RECURRING_UNIT.search(low) or _RECURRING_COUNTED.search(low) or _FREQUENCY_PER.search(low):
        return True
    skip = _universal_determiners() | {w.lower() for w in tw.RECURRING_VAGUE}
    return any(m.group(0).strip() not in skip for m in _RECURRING.finditer(low))


def time_only(text: str) -> bool:
    """Is ``text`` nothing but a time expression ("Haust 2026", "1. mars 2028", "Løpande",
    "innen 2027")? Every word must belong to one: a name with a year in it ("Kulturkontoret
    2027") is not."""
    low = _normalize(text[:MAX_CHARS])
    if not low or not looks_like_deadline(text):
        return False
    spans = [(a.start, a.end) for a in _scan(low)]
    for rx in (_CONTINUOUS, _RECURRING, _RECURRING_UNIT, _PLAN_PERIOD, _EVALUATION, _TIME_LEADS):
        spans += [m.span() for m in rx.finditer(low)]
    rest = list(low)
    for a, b in spans:
        rest[a:b] = " " * (b - a)
    return not re.search(r"[^\W_]", "".join(rest))


def _bracketed_deadline(text: str) -> bool:
    """Does ``text``, set in brackets after a name, read as a deadline of a kind the parser
    knows (a recurring, continuous or period form as well as a date)?"""
    if not looks_like_deadline(text):
        return False
    found = parse_deadline(text)
    return found is not None and found.kind != "none"


def split_deadline(text: str, *, deadline_first: bool = False) -> tuple[str, str]:
    """A cell holding a name and a deadline ("Ansvar / frist": "Kulturkontoret og Fjordmuseet
    Haust 2026") split at the word where the deadline starts: ("Kulturkontoret og Fjordmuseet",
    "Haust 2026"); ("", text) when the whole cell is a deadline and (text, "") when no word
    on is one. ``deadline_first``: the header names the deadline first ("Frist / ansvar"), so
    the deadline is the longest time expression the cell opens with.

    Why by words and not by the cell's lines: a reader joins a cell's lines with spaces, and a
    long name wraps inside the cell too; where a time expression starts is seen in every reader.

    A part in brackets is the part the header puts in brackets ("Ansvar (frist)": "KU (3. kvartal
    2026)" → ("KU", "3. kvartal 2026"); "(HT 2026)" → ("", "HT 2026"); "Frist (ansvar)": "2026
    (KU)" → ("KU", "2026")), when the deadline's part is a time expression and nothing else; a
    bracket that says something else ("Kulturkontoret (Fjordmuseet)") is split by words. In
    brackets after the name, a deadline of any kind the parser knows counts, though not every
    word of it is a time word ("KU (Hvert halvår)", "KU (i løpet av planperioden)"): the bracket
    bounds it, so no word of the name can be taken for it, nor a word of it left to the name."""
    text = " ".join(text.split())
    bracketed = _BRACKETED_TAIL.match(text)
    if bracketed:
        outer, inner = bracketed.group("outer").strip(" ,;/–—-"), bracketed.group("inner").strip()
        if not deadline_first and (time_only(inner) or _bracketed_deadline(inner)):
            return outer, inner
        if deadline_first and outer and time_only(outer):
            return inner, outer
    starts = [m.start() for m in _NAME_WORD.finditer(text)]
    if deadline_first:
        ends = [m.end() for m in _NAME_WORD.finditer(text)]
        for end in reversed(ends):
            if time_only(text[:end]):
                return text[end:].strip(" ,;/–—-"), text[:end].strip(" ,;/–—-")
        return text, ""
    for start in starts:
        if time_only(text[start:]):
            return text[:start].strip(" ,;/–—-"), text[start:].lstrip(" ,;/–—-").strip()
    return text, ""


@dataclass(frozen=True)
class PhraseSettings:
    """How long a time phrase inside a sentence may be (:func:`time_phrase`)."""

    max_words: int = 8  # "innen utgangen av 2026", "hver høst i uke 38": a phrase, not a clause
    max_lead_words: int = 3  # "i løpet av" before "2028": the leads a phrase may open with


def _lead_before(words: list[str], start: int, settings: PhraseSettings) -> int:
    """Where the time phrase starting at word ``start`` really begins: before the words of the
    lexicon's ``time.ambiguous_leads`` right in front of it ("i" 2026, "i løpet av" 2028), at
    most ``max_lead_words`` of them."""
    begin = start
    while begin > 0 and start - begin < settings.max_lead_words:
        for n in (2, 1):
            if begin - n >= 0 and " ".join(words[begin - n : begin]).lower() in tw.AMBIGUOUS_LEADS:
                begin -= n
                break
        else:
            break
    return begin


_ALNUM = re.compile(r"[^\W_]")


def _timed_words(words: list[str], joiners: set[str]) -> list[bool]:
    """Which of ``words`` any time pattern touches (:func:`time_only`'s patterns, run once over
    the whole sentence, and once over it without its ``joiners`` as :func:`time_phrase` also
    tries a run: "1. i kvartal" read as "1. kvartal"): a phrase is made of such words and
    joiners only.

    Why: :func:`time_phrase` tries every run of up to ``max_words`` words, each a full parse;
    on a long description that is hundreds of parses per sentence. Words no pattern touches in
    the sentence cannot be covered in any run of it, so the runs that hold one are never tried."""
    normal = [_normalize(w) if w else "" for w in words]
    touched = [False] * len(words)
    every = [k for k, w in enumerate(words) if w]
    unjoined = [k for k in every if words[k].lower() not in joiners]
    # without joiners in it the sentence has one reading: the patterns run once
    for keep in (every, unjoined) if len(unjoined) < len(every) else (every,):
        starts: dict[int, int] = {}
        parts: list[str] = []
        pos = 0
        for k in keep:
            starts[k] = pos
            parts.append(normal[k])
            pos += len(normal[k]) + 1
        text = " ".join(parts)
        spans = [m.span() for rx, _build in _COMPILED for m in rx.finditer(text)]
        for rx in (_CONTINUOUS, _RECURRING, _RECURRING_UNIT, _PLAN_PERIOD, _EVALUATION, _TIME_LEADS):
            spans += [m.span() for m in rx.finditer(text)]
        for k, start in starts.items():
            end = start + len(normal[k])
            if normal[k] and any(a < end and b > start for a, b in spans):
                touched[k] = True
    # a word of signs only ("·", "–", "•") needs no pattern: time_only leaves nothing of it
    return [t or (bool(n) and not _ALNUM.search(n)) for t, n in zip(touched, normal, strict=True)]


def time_phrase(sentence: str, *, settings: PhraseSettings = PhraseSettings()) -> str:
    """The time phrase a sentence prints inside it, as printed ("Kulturkontoret holder kurs …
    hver høst." → "hver høst"; "Innen 1. mars 2027 tilbyr …" → "Innen 1. mars 2027"; "… i
    2. halvår 2028." → "i 2. halvår 2028"), or "". A phrase is a run of words that
    is nothing but a time expression (:func:`time_only`; a preposition of the lexicon's
    ``time.season_prepositions`` may join its parts: "hvert år i mars", and may be one of its
    words: "innen utgangen av 2027"), with the leads in
    front of it (:func:`_lead_before`). A phrase with a number (a year, a date) beats one
    without ("i 2026" over the "hver" of "til hver lærer"), then the longest, then the first.

    Why: a measure written as a sentence ("<unit> <verb> … <when>") has no deadline cell; the
    time it sets is a phrase anywhere in it, opening it as often as closing it."""
    words = [w.strip(",;:!?()") for w in sentence[:MAX_CHARS].rstrip(" .").split()]
    joiners = {w.lower() for w in tw.SEASON_PREPOSITIONS}
    timed = _timed_words(words, joiners)
    best: tuple[tuple[bool, int, int], int, int] | None = None
    for i in range(len(words)):
        if not words[i] or words[i].lower() in joiners or not timed[i]:
            continue
        # the phrase cannot run past a word no time pattern touches (joiners aside)
        last = i
        while last + 1 < len(words) and (timed[last + 1] or not words[last + 1] or words[last + 1].lower() in joiners):
            last += 1
        for j in range(min(len(words), i + settings.max_words, last + 1), i, -1):
            span = [w for w in words[i:j] if w]
            if not span or span[-1].lower() in joiners:
                continue
            core = " ".join(w for w in span if w.lower() not in joiners)
            # the phrase as printed first: a joiner may be its own word ("innen utgangen av 2027")
            if time_only(" ".join(span)) or time_only(core):
                begin = _lead_before(words, i, settings)
                rank = (any(c.isdigit() for c in core), j - begin, -begin)
                if best is None or rank > best[0]:
                    best = (rank, begin, j)
                break
    return " ".join(w for w in words[best[1] : best[2]] if w) if best else ""


def without_leads(phrase: str) -> str:
    """A time phrase without the words that lead into it ("senast 2027" → "2027", "senast i mars
    2026" → "mars 2026"; a lead stays when what is left would not parse):
    the lexicon's ``time.by_when`` and ``time.ambiguous_leads``, one by one from the front, while
    what is left is still a deadline of the same kind. The deadline as a sentence dates a
    measure, without the preposition the sentence needs."""
    words = phrase.split()
    first = parse_deadline(phrase)
    if first is None or first.kind == DeadlineKind.none:
        return phrase
    leads = {w.lower() for w in [*tw.BY_WHEN, *tw.AMBIGUOUS_LEADS]}
    while len(words) > 1 and words[0].lower() in leads:
        rest = parse_deadline(" ".join(words[1:]))
        if rest is None or rest.kind != first.kind:
            break
        words = words[1:]
    return " ".join(words)
