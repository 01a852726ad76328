"""What a web application prints around and between a plan kept in it: no items of the plan.

A plan kept as a wiki page, a post on an online pinboard or a page of an intranet and printed
from the browser carries the application's own furniture into the PDF: the navigation tree of
the space the page sits in (its nodes led by the tree's fold triangles, "▾ Planer ▸ Referater
…"), and under each post or page a byline of metadata ("Kari Nordmann · 22 Jan 2028 · 8 likes ·
1 comment", "… · 5 min lesing"). Read as text, the tree's page titles became measures and a post's
byline a goal (session 45: a wiki page printed by Chromium, a pinboard exported to PDF). Both
are told by form, and the counts' words come from the lexicon (``post_counts``); nothing here
is a rule for one document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache


@dataclass(frozen=True)
class PageChromeSettings:
    """How a navigation tree and a post's byline are told from the plan's text."""

    #: a block holding at least this many fold triangles of a tree ('▸', '▾') is a page tree (one
    #: triangle opens a wiki's expand macro, "▾ Tiltak for mål 2: …", which is the plan's caption)
    tree_min_toggles: int = 3
    #: a byline's fields other than its date and counts (the author's name) have at most this many words
    byline_name_words: int = 4
    #: and a byline has at most this many fields ("name · date · likes · comments · reactions")
    byline_max_fields: int = 6


DEFAULT = PageChromeSettings()

#: the fold triangles of a tree or an expandable section, open and closed, and their arrow forms
_TOGGLES = re.compile(r"[▸▾▹▿▶▼►▷▽]")
#: the separators of a byline's fields: a middle dot, a bullet or a bar
_FIELD_SEP = re.compile(r"\s+[·•|]\s+")


def navigation_tree(text: str, settings: PageChromeSettings = DEFAULT) -> bool:
    """Is ``text`` a navigation tree printed with its page: at least ``tree_min_toggles`` of a
    tree's fold triangles, each before a node's title? Its nodes are the titles of other pages
    (an archived plan, a working note), never goals or measures of this one."""
    return len(_TOGGLES.findall(text)) >= settings.tree_min_toggles


@cache
def _count_field(lang: str | None) -> re.Pattern[str] | None:
    from plancheck.lang.vocab import alternation, plain_words

    words = plain_words("post_counts", lang)
    if not words:
        return None
    return re.compile(rf"^\d[\d\s.,]*\s+(?:{alternation(words)})$", re.IGNORECASE)


def post_byline(text: str, lang: str | None, settings: PageChromeSettings = DEFAULT) -> bool:
    """Is ``text`` the metadata line under a post or a page: fields set apart by middle dots,
    one of them a date, at least one a count of the application's own (``post_counts``: "8
    likes", "1 comment", "5 min lesing"), and the rest a name of a few words? Such a line says
    who posted and how it was received; it states no goal, measure or owner."""
    from plancheck.lang.deadlines import parse_deadline

    fields = [f.strip() for f in _FIELD_SEP.split(" ".join(text.split())) if f.strip()]
    if not 2 <= len(fields) <= settings.byline_max_fields:
        return False
    rx = _count_field(lang) or _count_field(None)
    if rx is None:
        return False
    counts = [f for f in fields if rx.match(f)]
    if not counts:
        return False
    rest = [f for f in fields if f not in counts]
    dated = [f for f in rest if (d := parse_deadline(f, lang=lang or "en")) is not None and d.kind == "date"]
    if not dated:
        return False
    return all(len(f.split()) <= settings.byline_name_words for f in rest if f not in dated)


@cache
def _source_line(lang: str | None) -> re.Pattern[str] | None:
    from plancheck.lang.vocab import alternation, plain_words

    words = plain_words("source_line", lang)
    if not words:
        return None
    return re.compile(rf"^(?:{alternation(words)})\s*:?\s*[«\"“”„']?\S+?[»\"“”']?\.?$", re.IGNORECASE)


def source_line(text: str, lang: str | None) -> bool:
    """Is ``text`` the line a wiki prints under a page to say where it was printed from: the
    lexicon's words for it (``source_line``: "Hentet fra", "Retrieved from") and one address in
    quotes, nothing else? The address is the page's own, the printout's chrome: no link the
    plan gives its readers (session 50, a wiki page's print footer 'Hentet fra «https://…»')."""
    text = " ".join(text.split())
    if "/" not in text:
        return False
    rx = _source_line(lang) or _source_line(None)
    return rx is not None and rx.match(text) is not None
