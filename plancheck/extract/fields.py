"""Owner and deadline written into a measure's own line instead of table cells:

- "… (ansvar: kultureininga, tid: 2025)", "… (Lead: Planning Policy; Timeline: Q3 2026)"
- "… (Lead: Planning Policy) April 2024": a period standing alone after the parenthesis
- "… – Lead: Housing Services – April 2027": fields after a dash
- "… (Kultur og Fritid, 2026)", "… (Sundhedscentret, løbende)": an unlabelled parenthesis whose
  last comma part reads as a deadline and whose rest names an owner; or one holding only an
  owner ("(Teknisk forvaltning)")

A field is a label the lexicon knows as an owner or deadline column word (``columns`` in
plancheck/lang/data/*.yaml: "ansvar", "tid", "frist", "lead", "timeline" …), a colon and a
value. Only whole fields at the end of the line are taken: "Lage en plan (i samarbeid med NAV)"
keeps its parenthesis, and a dash inside the measure's own words stays where it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# "(…)" at the end of a line, perhaps followed by a few words (a date set off by a tab)
_TRAILING_PARENS = re.compile(r"\s*\((?P<inside>[^()]{3,300})\)\s*(?P<after>[^()]{0,40})$")
# "label:" opening a field: the start, or after ";" / "," / a dash
_FIELD = re.compile(r"(?:^|(?<=[;,])|(?<=\s[–—-]))\s*(?P<label>[^\W\d_][\w/ -]{0,24}?)\s*:\s*")
_DASH = re.compile(r"\s+[–—]\s+|\s+-\s+")


@dataclass
class Fields:
    """A measure line split into its text and the owner and deadline written after it."""

    text: str
    owner: str | None = None
    deadline: str | None = None
    labelled: bool = False  # an owner or deadline label was found ("ansvar:", "Lead:")
    unlabelled: bool = False  # "(<owner>, <deadline>)" with no labels: evidence of a measure


def _role(label: str) -> str | None:
    from plancheck.lang.vocab import column_role

    role = column_role(label)
    return role if role in ("owner", "deadline") else None


def _labelled_fields(text: str) -> list[tuple[str, str]] | None:
    """[(role, value), …] when ``text`` is one or more "label: value" fields from its start,
    every label an owner or deadline word; None otherwise."""
    marks = [m for m in _FIELD.finditer(text) if _role(m.group("label"))]
    if not marks or text[: marks[0].start()].strip():
        return None
    out: list[tuple[str, str]] = []
    for m, nxt in zip(marks, [*marks[1:], None], strict=True):
        value = text[m.end() : nxt.start() if nxt else len(text)].strip(" ;,–—-")
        role = _role(m.group("label"))
        if value and role:
            out.append((role, value))
    return out or None


def _owner_then_deadline(fields: list[tuple[str, str]], lang: str) -> list[tuple[str, str]]:
    """"(Ansvar: servicetorget, kvar haust)": the owner field's last comma part is the deadline
    when it reads as one and no deadline field is given."""
    if any(r == "deadline" for r, _v in fields):
        return fields
    out: list[tuple[str, str]] = []
    for role, value in fields:
        head, sep, tail = value.rpartition(",")
        if role == "owner" and sep and head.strip() and _is_deadline(tail.strip(), lang):
            out += [("owner", head.strip()), ("deadline", tail.strip())]
        else:
            out.append((role, value))
    return out


def _is_deadline(text: str, lang: str) -> bool:
    from plancheck.lang.deadlines import looks_like_deadline

    return len(text) <= 40 and looks_like_deadline(text, lang=lang)


def _named(text: str, max_words: int = 6) -> bool:
    """A short name written with a capital and no digits ("Kultur og Fritid", "Hjemmeplejen"):
    an owner the vocabulary does not know by its words, when a deadline stands beside it."""
    words = text.split()
    return 0 < len(words) <= max_words and text[:1].isupper() and not any(c.isdigit() for c in text)


def unlabelled_fields(inside: str, lang: str) -> list[tuple[str, str]] | None:
    """The owner and deadline of a parenthesis without labels: "Kultur og Fritid, 2026" →
    [("owner", …), ("deadline", "2026")]; an owner alone ("Teknisk forvaltning")
    when the owner recogniser reads it as one (not a lone abbreviation such as "(TOPI)", which
    spells out the words before it). None when the parts are not an owner and a deadline."""
    from plancheck.lang.owners import is_owner_like

    inside = " ".join(inside.split())
    head, sep, tail = inside.rpartition(",")
    head, tail = head.strip(), tail.strip()
    if sep and head and _is_deadline(tail, lang) and not _is_deadline(head, lang):
        if is_owner_like(head, lang=lang) or _named(head):
            return [("owner", head), ("deadline", tail)]
        return None
    if not sep and len(inside.split()) > 1 and is_owner_like(inside, lang=lang):
        return [("owner", inside)]
    return None


def split_fields(text: str, lang: str = "nb") -> Fields:
    """The measure text and the owner/deadline fields written after it (see the module)."""
    found: list[tuple[str, str]] = []
    labelled = unlabelled = False
    rest = text.strip()
    m = _TRAILING_PARENS.search(rest)
    if m:
        fields = _labelled_fields(m.group("inside"))
        after = m.group("after").strip()
        if fields is None and not after and (bare := unlabelled_fields(m.group("inside"), lang)) is not None:
            found, unlabelled = bare, True  # "… (Kultur og Fritid, 2026)"
            rest = rest[: m.start()].rstrip()
        elif fields is None and not after and _is_deadline(m.group("inside").strip(), lang):
            fields = [("deadline", m.group("inside").strip())]  # "… (innan 1. juli 2026)"
        if fields is not None:
            fields = _owner_then_deadline(fields, lang)
        if fields is not None and (not after or _is_deadline(after, lang)):
            found, labelled = fields, True
            if after and not any(r == "deadline" for r, _v in found):
                found.append(("deadline", after))
            rest = rest[: m.start()].rstrip()
    if not found:
        # "… – Lead: Housing – April 2027": whole fields after the last dashes, and a period
        # alone in the last place
        parts = _DASH.split(rest)
        k = len(parts)
        while k > 1:
            part = parts[k - 1].strip()
            fields = _labelled_fields(part)
            if fields is not None:
                found, labelled = fields + found, True
            elif k == len(parts) and _is_deadline(part, lang) and not (
                part[:1].isdigit() and parts[k - 2].rstrip()[-1:].isdigit()
            ):  # (not the second half of a range set with spaces: "2025 – 2026")
                found.append(("deadline", part))
            else:
                break
            k -= 1
        if found:
            rest = " – ".join(p.strip() for p in parts[:k])
    owners = [v for r, v in found if r == "owner"]
    deadlines = [v for r, v in found if r == "deadline"]
    return Fields(
        text=rest,
        owner=", ".join(owners) if owners else None,
        deadline=deadlines[0] if deadlines else None,
        labelled=labelled,
        unlabelled=unlabelled,
    )
