"""Owners a plan writes in brackets at the end of each measure, without a label.

"Byte ut oljefyrane (Eigedom)", "Greie ut pendlarparkering (Plan og utbygging, Fylket)": one
bracket alone says little (it may spell out an abbreviation or add a remark), but a plan that
closes most of its ownerless measures with a bracket holding only short capitalised names uses
the bracket as its owner field. The form decides, not the words: each part of the bracket (split
at commas, slashes and semicolons) is a name of a few words that opens with a capital, holds no
digit and no verb, and does not spell out the words before it ("Tidlig innsats i skolen (TIS)");
or the owner vocabulary's word for every unit, in lower case ('(alle einingar)').
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from plancheck.models import Measure

_CLOSING_BRACKET = re.compile(r"\s*\((?P<inside>[^()]{2,120})\)\s*$")
_PARTS = re.compile(r"\s*[,;/]\s*")


@dataclass(frozen=True)
class BracketOwnerSettings:
    # at least this many ownerless measures, and this share of them, close with a bracket of names
    min_items: int = 3
    min_share: float = 0.6
    # each name in the bracket has at most this many words
    name_words: int = 5


def _initials(inside: str, before: str) -> bool:
    """Does an all-capital bracket spell out the initials of the words before it?"""
    token = inside.strip()
    if not re.fullmatch(r"[A-ZÆØÅÄÖ]{2,8}", token):
        return False
    initials = "".join(w[0].upper() for w in re.findall(r"[^\W\d_]+", before))
    return token in initials


def _names_only(inside: str, before: str, lang: str, settings: BracketOwnerSettings) -> bool:
    from plancheck.extract.fields import short_name
    from plancheck.lang.owners import _has_sentence_verb as has_sentence_verb

    if _initials(inside, before):
        return False
    parts = [p for p in _PARTS.split(inside.strip()) if p]
    return bool(parts) and all(
        (short_name(p, settings.name_words) or _everyone(p, lang)) and not has_sentence_verb(p, lang) for p in parts
    )


def _everyone(part: str, lang: str) -> bool:
    """Is ``part`` a word for every unit ('alle einingar', 'all services'), set in lower case as
    running text does: an owner, if a diffuse one (the rule on accountable owners says so)."""
    from plancheck.lang.owners import split_owners

    owners = split_owners(part, lang=lang)
    return len(owners) == 1 and owners[0].kind == "diffuse"


def closing_names(text: str, lang: str, settings: BracketOwnerSettings = BracketOwnerSettings()) -> re.Match[str] | None:
    """The bracket closing ``text`` when it holds only short capitalised names ("(Gatuenheten)",
    "(Plan og utbygging, Fylket)"; group ``inside``), else None. Whether such a bracket is an
    owner is the plan's form to say: :func:`bracket_owners`, or bullets whose other brackets
    are owner fields."""
    hit = _CLOSING_BRACKET.search(text)
    if hit is not None and _names_only(hit.group("inside"), text[: hit.start()], lang, settings):
        return hit
    return None


def bracket_owners(measures: list[Measure], lang: str, settings: BracketOwnerSettings = BracketOwnerSettings()) -> None:
    """Read the closing brackets of ``measures`` as their owners when the plan uses them so."""
    from plancheck.lang.owners import split_owners

    ownerless = [m for m in measures if not m.owners]
    found: list[tuple[Measure, re.Match[str]]] = []
    for m in ownerless:
        hit = closing_names(m.text, lang, settings)
        if hit is not None:
            found.append((m, hit))
    if len(found) < settings.min_items or len(found) < settings.min_share * len(ownerless):
        return
    for m, hit in found:
        owners = split_owners(hit.group("inside"), lang=lang)
        if not owners:
            continue
        m.text = m.text[: hit.start()].rstrip()
        m.owners = owners
        m.owner_text = " ".join(hit.group("inside").split())
    # the plan gives the owner a place, the bracket: a measure beside these without one lacks it
    sections = {m.section_id for m, _ in found}
    for m in measures:
        if m.section_id in sections:
            m.has_owner_column = True
