"""Word relations as data (``plancheck/lang/data/relations.yaml``): a class and its members, an
amount of money for a cost, a date for a time asked for — per language, each with its source.

Why data: a plan answers a mandate point or a parent goal in other words ("elevane" for "barn
og unge", "2,4 mill. kr" for "kostnadene", "Anlægget står klar i 2031" for "en tidplan"); the
relations are general planning vocabulary, and a planner who finds one missing adds a word here.
This module only reads and checks the file (once per process); ``plancheck.mandate.text.terms``
turns the relations into the keys a word carries (``Term.broader``), one way only: from the
member to its class.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from plancheck import yamlfile

LANGS = ("nb", "nn", "sv", "da", "en")
PATH = Path(__file__).parent / "data" / "relations.yaml"


@dataclass(frozen=True)
class ClassGroup:
    """One class with its members in one language, and the group's source. ``head_members``
    count only as the head of a compound ("idrettslag": "lag" alone is also a layer or a
    team)."""

    classes: tuple[str, ...]
    members: tuple[str, ...]
    source: str
    head_members: tuple[str, ...] = ()


@dataclass(frozen=True)
class AgeGroup:
    """A group of people a point names in a word ("eldre", "barn"), named by its ages too: the
    ages from ``start`` on ("over 80 år"), or up to ``end`` ("under 12 år"); None: no bound."""

    classes: tuple[str, ...]
    source: str
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True)
class Relations:
    """The relations of one language."""

    groups: tuple[ClassGroup, ...] = ()
    money_units: frozenset[str] = frozenset()
    money_words: frozenset[str] = frozenset()
    money_symbols: tuple[str, ...] = ()
    cost_classes: tuple[str, ...] = ()
    time_classes: tuple[str, ...] = ()
    # the words a number that is no year answers (relations.yaml ``count``): how many, how much
    count_classes: tuple[str, ...] = ()
    # a number with a unit of length or area (relations.yaml ``measure``): the size asked for
    measure_units: frozenset[str] = frozenset()
    measure_classes: tuple[str, ...] = ()
    # ages (relations.yaml ``age``): the groups, and the words that make a number an age
    age_groups: tuple[AgeGroup, ...] = ()
    age_above: frozenset[str] = frozenset()
    age_below: frozenset[str] = frozenset()
    age_years: frozenset[str] = frozenset()
    age_older: frozenset[str] = frozenset()
    age_marker: frozenset[str] = frozenset()


def _words(value) -> tuple[str, ...]:
    return tuple(str(w).lower().strip() for w in value or () if str(w).strip())


def load(path: Path | None = None) -> dict[str, Relations]:
    """The relations of ``path`` (default: relations.yaml) per language. A class group without
    a class, members or a source is an error: every grouping must say where it is from."""
    path = path or PATH
    data = yamlfile.safe_load(path.read_text(encoding="utf-8")) or {}
    amount = data.get("amount") or {}
    time = data.get("time") or {}
    count = data.get("count") or {}
    measure = data.get("measure") or {}
    groups: dict[str, list[ClassGroup]] = {lg: [] for lg in LANGS}
    for i, g in enumerate(data.get("classes") or []):
        source = str(g.get("source") or "").strip()
        cls, mem = g.get("class") or {}, g.get("members") or {}
        if not source or not cls or not mem:
            raise ValueError(f"{path}: class group {i + 1} needs a class, members and a source")
        heads = g.get("head_members") or {}
        for lg in LANGS:
            c, m, h = _words(cls.get(lg)), _words(mem.get(lg)), _words(heads.get(lg))
            if c and (m or h):
                groups[lg].append(ClassGroup(c, m, source, h))
    age = data.get("age") or {}
    ages: dict[str, list[AgeGroup]] = {lg: [] for lg in LANGS}
    for i, g in enumerate(age.get("groups") or []):
        source = str(g.get("source") or "").strip()
        start, end = g.get("from"), g.get("to")
        if not source or not g.get("class") or (start is None and end is None):
            raise ValueError(f"{path}: age group {i + 1} needs a class, an age bound and a source")
        for lg in LANGS:
            c = _words((g.get("class") or {}).get(lg))
            if c:
                ages[lg].append(AgeGroup(c, source, start, end))
    symbols = tuple(str(s) for s in amount.get("symbols") or ())
    return {
        lg: Relations(
            groups=tuple(groups[lg]),
            money_units=frozenset(_words((amount.get("units") or {}).get(lg))),
            money_words=frozenset(_words((amount.get("words") or {}).get(lg))),
            money_symbols=symbols,
            cost_classes=_words((amount.get("classes") or {}).get(lg)),
            time_classes=_words((time.get("classes") or {}).get(lg)),
            count_classes=_words((count.get("classes") or {}).get(lg)),
            measure_units=frozenset(_words((measure.get("units") or {}).get(lg))),
            measure_classes=_words((measure.get("classes") or {}).get(lg)),
            age_groups=tuple(ages[lg]),
            age_above=frozenset(_words((age.get("above") or {}).get(lg))),
            age_below=frozenset(_words((age.get("below") or {}).get(lg))),
            age_years=frozenset(_words((age.get("years") or {}).get(lg))),
            age_older=frozenset(_words((age.get("and_older") or {}).get(lg))),
            age_marker=frozenset(_words((age.get("marker") or {}).get(lg))),
        )
        for lg in LANGS
    }


@cache
def relations(lang: str) -> Relations:
    """The relations of ``lang`` (nynorsk and the others as themselves; an unknown code gets
    bokmål's)."""
    table = _loaded()
    return table.get(lang) or table["nb"]


@cache
def _loaded() -> dict[str, Relations]:
    return load()
