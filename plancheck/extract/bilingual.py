"""Table columns written in two languages: a bilingual plan's owner and time cells ('Kultur- och
fritidssektorn / Kulttuuri- ja vapaa-aikatoimiala', 'hösten 2026 / syksyllä 2026', 'March 2027 /
Mawrth 2027') under a header in the same two languages ('Ansvar / Ovddasvástideaddji', 'Date / Dyddiad').

The slash in such a cell separates languages, not owners: read whole, one unit becomes two owners
(one of them in a language the plan is not decided in) and the time cell no date. The header says
which side is the document's language: the side the lexicon knows as a column word, beside a side
no column list knows and whose words the document language's word list (simplemma) mostly does not
know either (a translation). A header of two column words ('Ansvar / frist', 'Owner / Lead') or a
column word beside a word of the document's own language ('Ansvar / samarbeid') is no such header.

Cells under such a header keep the header's side of a slash between spaced parts, unless that side's
words are clearly less the document's language than the other's (a cell written the other way
round). A cell without such a slash ('2027', a year the same in both languages) stays whole. No
language pair is named: only which part is NOT the document's language matters (sv | fi, nb | se,
nb | fkv, en | cy …).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_SLASH = re.compile(r"\s+/\s*|\s*/\s+")  # spaced: "2026/27" and "Förvaltning/Bolag" stay whole
_WORD = re.compile(r"[^\W\d_]{2,}")


@dataclass(frozen=True)
class BilingualSettings:
    """How foreign a header's second side must be to make its column bilingual."""

    #: at most this share of a translation side's words known to the document language's word list
    max_known_share: float = 0.34
    #: a cell's kept side yields to the other only when the other's known share is this much higher
    cell_margin: float = 0.34


@lru_cache(maxsize=4096)
def known_share(text: str, lang: str) -> float:
    """The share of the words of ``text`` that the word list of ``lang`` knows (0 without words)."""
    from plancheck.ingest.text import DICTIONARIES, _known_in

    if lang not in DICTIONARIES:
        return 0.0
    words = [w.lower() for w in _WORD.findall(text)]
    return sum(_known_in(w, lang) for w in words) / len(words) if words else 0.0


def _halves(text: str) -> list[str] | None:
    """The two parts of ``text`` around one spaced slash, both holding text; None otherwise."""
    parts = [p.strip() for p in _SLASH.split(" ".join((text or "").split()))]
    return parts if len(parts) == 2 and all(parts) else None


def kept_side(header: str, lang: str, settings: BilingualSettings = BilingualSettings()) -> int | None:
    """0 or 1: the side of a bilingual header ("Ansvar / Ovddasvástideaddji" → 0, "Arweinydd / Lead" →
    1) in the document's language; None when the header is not one column word and its
    translation."""
    from plancheck.lang.vocab import column_role

    halves = [p.strip() for p in " ".join((header or "").split()).split("/")]  # ("Ansvar/Vastuu" too)
    if len(halves) != 2 or not all(halves):
        return None
    known = [column_role(h) is not None for h in halves]
    if known.count(True) != 1:
        return None
    side = known.index(True)
    if known_share(halves[1 - side], lang) > settings.max_known_share:
        return None
    return side


def keep_side(cell: str, side: int | None, lang: str, settings: BilingualSettings = BilingualSettings()) -> str:
    """The part of a bilingual ``cell`` in the document's language (``side`` from
    :func:`kept_side`); the cell as it stands when it holds no spaced slash or ``side`` is None."""
    if side is None:
        return cell
    halves = _halves(cell)
    if halves is None:
        return cell
    keep, other = halves[side], halves[1 - side]
    if known_share(other, lang) > known_share(keep, lang) + settings.cell_margin:
        return other
    return keep


def bilingual_sides(header: list[str], roles: list[str | None], lang: str) -> dict[str, int]:
    """role ("owner", "deadline") → the side to keep, for each column of a table whose header is
    bilingual (:func:`kept_side`)."""
    out: dict[str, int] = {}
    for h, r in zip(header, roles, strict=False):
        if r in ("owner", "deadline") and h and "/" in h and (side := kept_side(h, lang)) is not None:
            out[r] = side
    return out
