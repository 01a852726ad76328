"""Joining text lines the way a reader does: hyphenation and words broken in narrow cells.

Shared by the PDF reader (lines of paragraphs and table cells) and by extraction.
"""

from __future__ import annotations

import re
from functools import lru_cache

# "helse- og omsorg", "barne- og ungdom", "short- and long-term": a hyphen that stays
# words that start a new word after a line break even in a narrow cell ("… og NAV")
FUNCTION_WORDS = {
    "og", "i", "på", "for", "til", "med", "av", "eller", "samt", "som", "and", "or", "of", "to",
    "the", "in", "on", "by", "och", "att", "fra", "frå", "om", "ved", "v/", "/", "&", "-", "–",
}
KEEP_HYPHEN_NEXT = {"og", "eller", "and", "or", "och", "samt", "til", "to", "nor", "und"}


@lru_cache(maxsize=50_000)
def _known(word: str) -> bool:
    """Is ``word`` a word simplemma knows in one of our languages?"""
    try:
        import simplemma
    except ImportError:  # pragma: no cover - simplemma is a dependency
        return False
    w = word.lower()
    return any(simplemma.is_known(w, lang=lg) for lg in ("nb", "nn", "sv", "da", "en"))


def join_lines(lines: list[str], full_width: list[bool] | None = None) -> str:
    """Join lines into one text.

    - ``"kommu-" + "nen"`` → ``"kommunen"`` (line-end hyphenation);
    - ``"helse-" + "og omsorg"`` → ``"helse- og omsorg"`` (a real hyphen);
    - ``"Tildelingskontor" + "et"`` → ``"Tildelingskontoret"`` when the first line filled a
      narrow cell (``full_width``) and the next starts in lower case.
    """
    out = ""
    for i, raw in enumerate(lines):
        line = " ".join(raw.split())
        if not line:
            continue
        if not out:
            out = line
            continue
        first_word = line.split(" ", 1)[0]
        if out.endswith("-") and len(out) > 1 and out[-2].isalpha():
            if first_word.lower().strip(",.;") in KEEP_HYPHEN_NEXT or not first_word[:1].isalpha():
                out += " " + line
            elif first_word[:1].islower():
                out = out[:-1] + line
            else:
                out += line  # "Nord-" + "Norge" keeps its hyphen
            continue
        broken = (
            full_width is not None
            and i - 1 < len(full_width)
            and full_width[i - 1]
            and first_word[:1].islower()
            and out[-1:].isalpha()
        )
        if broken:
            last = re.split(r"\s", out)[-1]
            joined = last + first_word.rstrip(",.;:")
            tail = first_word.rstrip(",.;:")
            if tail.lower() in FUNCTION_WORDS:
                out += " " + line
                continue
            if _known(joined) or (
                not (_known(tail) and len(tail) > 3) and (not _known(last) or len(tail) <= 3)
            ):
                out += line
                continue
        out += " " + line
    return out


LABEL = re.compile(
    r"^\s*(?:[•●▪■◦○‣∙·\-–—*\uf0b7\uf0a7]\s*|\(?\d{1,2}(?:\.\d{1,2}){0,3}[.)]?\s+|\(?[a-zæøå][.)]\s+)",
    re.IGNORECASE,
)


def strip_label(text: str) -> tuple[str | None, str]:
    """Split a leading number or bullet from text: ``"2. Alle barn"`` → ``("2", "Alle barn")``."""
    m = LABEL.match(text)
    if not m:
        return None, text.strip()
    label = m.group(0).strip().rstrip(".)").lstrip("(")
    rest = text[m.end():].strip()
    if not rest:
        return None, text.strip()
    return (label or None), rest


def normalise(text: str) -> str:
    """Lower case, single spaces, no punctuation: for comparing texts."""
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())
