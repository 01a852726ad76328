"""Time words of nb, nn, sv, da and en for :mod:`plancheck.lang.deadlines`, read from the ``time``
section of the lexicon files (``plancheck/lang/data/<lang>.yaml``).

Kept apart from the parser so a planner can add a word ("tertial", "VT") without reading regexes.
All entries are lower case; the parser matches them on whole words. The lists are merged over the
five languages (in file order nb, nn, sv, da, en): month and season names do not collide between
them, and a plan in one language often has a cell in another. Only the dates a season stands for
(:data:`SEASON_RANGES`) and the symbols of a range ("-", "/", "&") are written here: they are not words.
"""

from __future__ import annotations

from plancheck.lang.vocab import LANGS, lexicon_file


def _sections() -> list[dict]:
    return [lexicon_file(lang).get("time") or {} for lang in LANGS]


def _list(key: str) -> list[str]:
    """``time.<key>`` of every language, deduplicated in file order."""
    return list(dict.fromkeys(w for sec in _sections() for w in sec.get(key) or []))


def _mapping(key: str) -> dict[str, int]:
    """``time.<key>`` (word → number) of every language, merged."""
    out: dict[str, int] = {}
    for sec in _sections():
        for word, n in (sec.get(key) or {}).items():
            out.setdefault(str(word), int(n))
    return out


MONTHS: dict[str, int] = _mapping("months")
# abbreviations: accepted only next to a day or a year ("jul" is also Christmas in Norwegian)
MONTH_ABBREVIATIONS: dict[str, int] = _mapping("month_abbreviations")

# (start month, start day, end month, end day). "vår" is the school spring term (Jan–Jun) and
# "høst" the autumn term (Aug–Dec), as Norwegian plans use them; English seasons are read the
# same way so one plan gives one answer whatever the language of the cell.
SEASON_RANGES: dict[str, tuple[int, int, int, int]] = {
    "spring": (1, 1, 6, 30),
    "summer": (6, 1, 8, 31),
    "autumn": (8, 1, 12, 31),
    "winter": (1, 1, 3, 31),
}

#: season word → "spring", "summer", "autumn" or "winter"
SEASONS: dict[str, str] = {
    word: season
    for season in SEASON_RANGES
    for sec in _sections()
    for word in (sec.get("seasons") or {}).get(season) or []
}

# season words that are also ordinary words ("vår" = our, "fall" = case) or abbreviations: they
# count without a year only after a word like "hver", "innen", "i" (see AMBIGUOUS_LEADS)
AMBIGUOUS_SEASONS = set(_list("ambiguous_seasons"))
AMBIGUOUS_LEADS = set(_list("ambiguous_leads"))

SCHOOL_YEARS = _list("school_years")

# ordinals for halves, quarters and thirds
ORDINALS: dict[str, int] = _mapping("ordinals")

HALF_WORDS = _list("half_words")
QUARTER_WORDS = _list("quarter_words")
TERTIAL_WORDS = _list("tertial_words")
# 'primo' / 'medio' / 'ultimo' → the first, middle or last third of the year or month after it
YEAR_THIRDS: dict[str, int] = _mapping("year_thirds")
# the month a financial year starts in, for quarters and halves of a split year ('Q3 2028/29')
# (a mapping of the month's name to its number, as `months`: {april: 4}; January when none is given)
FINANCIAL_YEAR_START: int = next(iter(_mapping("financial_year_start").values()), 1)
WEEK_WORDS = _list("week_words")

NEXT_YEAR = _list("next_year")
# a stretch counted from now ("within the next 2-3 years", "innen de neste to årene"): a word
# leading it, the word for "the next", a count (digits, a range of digits or a number word)
# and a unit of years or months — a period whose dates only the plan's own year would place
COMING_LEADS = _list("coming_leads")
COMING = _list("coming")
COMING_ARTICLES = _list("coming_articles")  # "innen de neste to årene"
COUNT_WORDS: dict[str, int] = _mapping("count_words")
COMING_YEARS = _list("coming_years")
COMING_MONTHS = _list("coming_months")

THIS_YEAR = _list("this_year")
CONTINUOUS = _list("continuous")
RECURRING = _list("recurring")
# recurring words that say no interval ("jevnlig", "regularly"): they answer no "how often"
RECURRING_VAGUE = _list("recurring_vague")
# a count per a span shorter than a year ("tre kveldar i veka", "twice a week")
FREQUENCY_PER = _list("frequency_per")
# ordinals above the fourth ("kvart sjuande år") and the units of a duration ("seks uker")
INTERVAL_ORDINALS: dict[str, int] = _mapping("interval_ordinals")
DURATION_UNITS: dict[str, int] = _mapping("duration_units")
PLAN_PERIOD = _list("plan_period")
EVALUATION = _list("evaluation")

BEFORE = _list("before")
# words that put a time limit inside a sentence ("… by 2027", "… innen 2026"): a stated deadline
BY_WHEN = _list("by_when")
# "… must be completed by 2026": words after which a by-phrase says when the action is due
DUE_WORDS = _list("due_words")
# "(Ansvar: Gatukontoret, färdigt våren 2029)": a word saying the action is done, opening a deadline
# field that has no label; the deadline is what follows it
DONE_LEADS = _list("done_leads")
# "(Ansvar: Hjemmeplejen, frist efteråret 2026)": the deadline's own noun before the time, without a
# colon: a label; the deadline is what follows it
DEADLINE_NOUNS = _list("deadline_nouns")
# "1 to 3 years from adoption": what a count of years in a timeframe key may be counted from
COUNT_ANCHORS = _list("count_anchors")
FROM = _list("from_words")
# "after March 2031": the time starts the day after the date, its end open
AFTER = _list("after_words")
# "2026 | 2027 | Senere": a column head after the year columns, for the years after the last one
LATER = _list("later_columns")
RANGE_CONNECTORS = ["-", "/", "&", *_list("range_connectors")]
# a deadline revised in place: the time after one of these is the new one ("2026 (endret til 2027)",
# "Ny frist: 2027"); a word of REVISED_WORDS with a from word ("flyttet fra 2026 til 2027") too
REVISED_TO = _list("revised_to")
REVISED_WORDS = _list("revised_words")
YEAR_RANGE_WORDS = _list("year_range_words")  # "høst 2025 til 2026"
BEFORE_ARTICLES = _list("before_articles")  # "before the …"
SEASON_PREPOSITIONS = _list("season_prepositions")  # "høst i 2025", "spring of 2026"
DAY_SUFFIXES = _list("day_suffixes")  # "3rd"
DAY_OF = _list("day_of")  # "3rd of March"


def horizons(lang: str) -> tuple[list[str], list[str]]:
    """The horizon words of one language ("short", "kort") and the noun after them ("term",
    "sikt"): a horizon instead of a date."""
    sec = lexicon_file(lang).get("time") or {}
    return list(sec.get("horizons") or []), list(sec.get("horizon_unit") or [])


def horizon_endings(lang: str) -> list[str]:
    """The endings that make a horizon word and its noun an adjective ("kortsikt" + "ig",
    "langsigt" + "et"): a header "Kortsiktig" names the horizon "kort sikt"."""
    sec = lexicon_file(lang).get("time") or {}
    return list(sec.get("horizon_endings") or [])
