"""A plan's key to its timeframe words ("Timeframe key: Short term = by 30 September 2028 · Medium
term = by 31 March 2030 · Long term = after March 2031") → the dates of each word.

Why: many plans print a word in the deadline column ("Short term", "Lang sikt") and define the
words once, in a key or legend above the tables. The word alone has no date (a period the
plan does not place); with the key it has one, and a reader of the plan would use it: a "Long
term" action the key puts after the plan period is promised beyond the plan.

A key entry is a timeframe word - a horizon word and its noun from the lexicon
(``time.horizons`` and ``time.horizon_unit``: "short term", "kort sikt", "medellång sikt",
"lang sigt") - followed by "=", ":" or a dash and a definition, or by a definition in brackets,
that is nothing but a time: a date or period ("by 30 September 2028", "innen 2027", "after March
2031", "etter 2031") or a count of years from the plan's start ("1–2 years", "5+ år"). A word
may carry a gloss in brackets before its mark ("Near-term (1–3 years) = by June 2028"): the
definition after the mark dates it, and a deadline printing the word with that gloss is the word.
Entries are separated by "·", ";", "•", "|", a line break or the next timeframe word. A key
defines at least ``KeySettings.min_terms`` words (one word defined in passing is no key), and
a word is keyed by its first definition.

Years counted from the start ("Short term (1–2 years)") or from the plan's adoption ("3–5 years
from adoption": ``time.count_anchors``; the adoption is taken to fall in the plan's first year) count the plan's first year as year 1
(2025–2026 in a plan from 2025), the earliest reading: the check that reads these dates must
not cry wolf. Without a plan period such a word stays undated.

The plan's end as its key marks it (``TimeframeKey.plan_end``): a word defined as starting after
a date ("Long term = after March 2031") says the plan's own horizon ends on that date (the latest
such date when there are several). deadline-within-plan-period reads it when it falls in the
plan period's last year (docs/rules/deadline-within-plan-period.md).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from plancheck.lang import timewords as tw
from plancheck.lang.deadlines import _normalize, parse_deadline, time_only
from plancheck.models import Deadline, DeadlineKind, KeyedTimeframe, Plan, Provenance, TimeframeKey
from plancheck.regexcache import longest_first


@dataclass(frozen=True)
class KeySettings:
    """What makes a run of timeframe definitions a key."""

    min_terms: int = 2  # a key defines at least this many timeframe words
    max_definition_chars: int = 60  # a definition is a short time expression, no sentence
    max_years: int = 50  # "1–2 years": counts beyond this are no timeframe


_SEPARATORS = re.compile(r"[·;•|\n\u2022\u00b7]")
#: what follows a timeframe word in a key: a mark and its definition, perhaps after the word's
#: gloss in brackets ("Near-term (1–3 years) = by June 2028": the definition is the date), or
#: a definition in brackets alone
_MARK = re.compile(
    r"^\s*(?:\(\s*[^()]+?\s*\)\s*)?(?:=|:|-|–|—)\s*(?P<d>.+?)\s*[,.]?\s*$|^\s*\(\s*(?P<p>[^()]+?)\s*\)\s*[,.]?\s*$"
)
#: a gloss in brackets after a timeframe word, as a deadline cell prints it with the word
#: ("Long-term (10+ years)")
_GLOSS = re.compile(r"\s*\([^()]*\)\s*$")


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=longest_first))


def _all_horizons() -> tuple[list[str], list[str]]:
    from plancheck.lang.vocab import LANGS

    words: list[str] = []
    units: list[str] = []
    for lang in LANGS:
        w, u = tw.horizons(lang)
        words += w
        units += u
    return words, units


@cache
def _term_rx() -> re.Pattern[str] | None:
    """A timeframe word: a horizon word, then its noun, joined by a space or a hyphen."""
    words, units = _all_horizons()
    if not words or not units:
        return None
    return re.compile(rf"(?<!\w)(?:{_alt(words)})[\s-]?(?:{_alt(units)})(?!\w)", re.IGNORECASE)


@cache
def _years_rx() -> re.Pattern[str]:
    """"1–2 years", "5+ år", "within 3 years", "1 to 3 years from adoption" (after
    :func:`_normalize`: lower case, one dash; the adoption words are ``time.count_anchors``)."""
    leads = _alt(tw.COMING_LEADS)
    joins = _alt(["-", *tw.RANGE_CONNECTORS])
    anchors = rf"(?:\s+(?:{_alt(tw.COUNT_ANCHORS)}))?" if tw.COUNT_ANCHORS else ""
    return re.compile(
        rf"^(?:(?:{leads})\s+)?(?P<lo>\d{{1,2}})\s*(?:(?:{joins})\s*(?P<hi>\d{{1,2}})|(?P<plus>\+))?\s*"
        rf"(?:{_alt(tw.COMING_YEARS)}){anchors}$"
    )


def word_key(text: str) -> str:
    """A timeframe word as compared: lower case, hyphens as spaces ("Long-term" = "long term")."""
    return " ".join(re.sub(r"[-‐–]", " ", text.casefold()).split()).strip(" .:")


def _counted(definition: str, plan_start: int | None, settings: KeySettings) -> tuple[dt.date | None, dt.date | None] | None:
    """The dates of "1–2 years" counted from ``plan_start`` (year 1 = the first year), or None
    when ``definition`` is no count of years; (None, None) when it is one but no start is known."""
    m = _years_rx().match(_normalize(definition))
    if m is None:
        return None
    lo = int(m["lo"])
    hi = int(m["hi"]) if m["hi"] else None
    if (hi is not None and hi < lo) or max(lo, hi or 0) > settings.max_years:
        return None
    if plan_start is None:
        return None, None
    if m["plus"]:
        return dt.date(plan_start + max(lo, 1) - 1, 1, 1), None
    first = plan_start + max(lo, 1) - 1 if hi is not None else plan_start
    last = plan_start + max(hi if hi is not None else lo, 1) - 1
    return dt.date(first, 1, 1), dt.date(last, 12, 31)


def _defined(definition: str, plan_start: int | None, lang: str, settings: KeySettings) -> tuple[dt.date | None, dt.date | None, bool] | None:
    """(start, end, after) of a definition that is nothing but a time; None otherwise.
    ``after``: it starts after a date ("after March 2031"), its end open."""
    if not definition or len(definition) > settings.max_definition_chars:
        return None
    counted = _counted(definition, plan_start, settings)
    if counted is not None:
        return counted[0], counted[1], False
    if not time_only(definition):
        return None
    d = parse_deadline(definition, lang=lang, reference_year=plan_start)
    if d is None or d.kind not in (DeadlineKind.date, DeadlineKind.period) or (d.start is None and d.end is None):
        return None
    after = d.end is None and d.start is not None and bool(re.match(rf"(?:{_alt(tw.AFTER)})\s", _normalize(definition)))
    return d.start, d.end, after


def key_entries(
    text: str, *, lang: str = "en", plan_start: int | None = None, settings: KeySettings = KeySettings()
) -> list[tuple[KeyedTimeframe, bool]]:
    """Every timeframe word ``text`` defines, in order, with whether it is defined as starting
    after a date. Not yet a key: :func:`read_timeframe_key` asks for several."""
    rx = _term_rx()
    if rx is None:
        return []
    out: list[tuple[KeyedTimeframe, bool]] = []
    for segment in _SEPARATORS.split(text):
        found = list(rx.finditer(segment))
        for i, m in enumerate(found):
            stop = found[i + 1].start() if i + 1 < len(found) else len(segment)
            mark = _MARK.match(segment[m.end() : stop])
            if mark is None:
                continue
            definition = (mark["d"] or mark["p"] or "").strip()
            dated = _defined(definition, plan_start, lang, settings)
            if dated is None:
                continue
            start, end, after = dated
            entry = segment[m.start() : stop].strip(" ,.")
            out.append((KeyedTimeframe(word=m.group(0), definition=" ".join(entry.split()), start=start, end=end), after))
    return out


def read_timeframe_key(
    texts: list[tuple[str, Provenance]],
    *,
    lang: str = "en",
    plan_start: int | None = None,
    settings: KeySettings = KeySettings(),
) -> TimeframeKey | None:
    """The plan's timeframe key from its running text (paragraphs, list items, headings, each
    with its provenance), or None when the plan prints none: fewer than
    ``settings.min_terms`` words defined, or none of them dated."""
    terms: dict[str, KeyedTimeframe] = {}
    bounds: list[dt.date] = []
    provenance: Provenance | None = None
    for text, prov in texts:
        for term, after in key_entries(text, lang=lang, plan_start=plan_start, settings=settings):
            if word_key(term.word) in terms:
                continue
            terms[word_key(term.word)] = term
            provenance = provenance or prov
            if after and term.start is not None:
                bounds.append(term.start - dt.timedelta(days=1))
    dated = [t for t in terms.values() if t.start is not None or t.end is not None]
    if len(terms) < settings.min_terms or not dated:
        return None
    return TimeframeKey(
        terms=list(terms.values()),
        plan_end=max(bounds) if bounds else None,
        provenance=provenance or Provenance(),
    )


def keyed_deadline(deadline: Deadline, key: TimeframeKey | None) -> Deadline:
    """``deadline`` dated through the key when it is nothing but a word the key defines ("Long term"):
    the key's dates, the printed word kept as its text, the key's entry as ``key``. Any other
    deadline is returned as it is."""
    if key is None or deadline.start is not None or deadline.end is not None:
        return deadline
    if deadline.kind not in (DeadlineKind.period, DeadlineKind.none):
        return deadline
    # the word as the key defines it, its gloss in brackets left off ("Long-term (10+ years)")
    word = word_key(_GLOSS.sub("", deadline.text)) or word_key(deadline.text)
    for term in key.terms:
        if word_key(term.word) == word and (term.start is not None or term.end is not None):
            return deadline.model_copy(
                update={"start": term.start, "end": term.end, "kind": DeadlineKind.period, "key": term.definition}
            )
    return deadline


def apply_timeframe_key(plan: Plan) -> None:
    """Date every measure whose deadline is a word of the plan's key (:func:`keyed_deadline`)."""
    if plan.timeframe_key is None:
        return
    for m in plan.measures:
        if m.deadline is not None:
            m.deadline = keyed_deadline(m.deadline, plan.timeframe_key)
