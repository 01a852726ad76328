"""Owner and deadline written into a measure's own line instead of table cells:

- "… (ansvar: kultureininga, tid: 2025)", "… (Lead: Planning Policy; Timeline: Q3 2026)"
- "… (Lead: Planning Policy) April 2024": a period standing alone after the parenthesis
- "… (ansv.: Teknisk drift; frist: 2027)": a label cut short with a full stop
- "… (Rektor; frist: våren 2027)": the owner first and unlabelled, a labelled deadline after it
- "… – Lead: Housing Services – April 2027": fields after a dash
- "… (Kultur og Fritid, 2026)", "… (Sundhedscentret, løbende)": an unlabelled parenthesis whose
  last comma part reads as a deadline and whose rest names an owner; or one holding only an
  owner ("(Teknisk forvaltning)")
- "… hjemmetjenesten. Ansvar: Hjemmetjenesten. Frist: Høst 2026": fields written on as
  sentences of the running text, each label after a sentence end (or where the layout saw an
  emphasised run start, :attr:`plancheck.models.Block.emphasis`); the measure's text stops
  before the first label, wherever it sits on the line

A field is a label the lexicon knows as an owner or deadline column word (``columns`` in
plancheck/lang/data/*.yaml: "ansvar", "tid", "frist", "lead", "timeline" …), a colon and a
value. Only whole fields at the end of the line are taken: "Lage en plan (i samarbeid med NAV)"
keeps its parenthesis, a dash inside the measure's own words stays where it is, and a label
inside a sentence ("… der ansvar: …") is no field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

# "(…)" at the end of a line, perhaps followed by a few words (a date set off by a tab)
_TRAILING_PARENS = re.compile(r"\s*\((?P<inside>[^()]{3,300})\)\s*(?P<after>[^()]{0,40})$")
# "label:" opening a field: the start, or after ";" / "," / "·" / "|" / a dash / a sentence's full stop
_FIELD = re.compile(r"(?:^|(?<=[;,.!?·|•])|(?<=\s[–—-]))\s*(?P<label>[^\W\d_][\w/ -]{0,24}?\.?)\s*:\s*")
# a capitalised label and its colon right after a sentence end: "… hjemmetjenesten. Ansvar: …" (or
# a field separator: "Ansvar: Polisen · Klart: 2027")
# (or at the start of a line of its own: "… årskurs 7\nAnsvar: Elevhälsan · Klart: Varje höst" in a box)
_SENTENCE_LABEL = re.compile(r"(?:(?<=[.!?;·|])\s+|\n[^\S\n]*)(?P<label>[^\W\d_][\w/-]*(?:[^\S\n][^\W\d_][\w/-]*){0,2}?)\s*:\s")
# a capitalised label word (perhaps with a lower-case second word: "Due date") and its colon
# after a space, inside a run of fields: "… Lead: Housing Assets Due: March 2028"
_NEXT_LABEL = re.compile(r"(?<=\s)(?P<label>[^\W\d_a-zæøåäöü][\w/-]*(?:\s[a-zæøåäöü][\w/-]*)?)\s*:\s")
# any label and its colon (where an emphasised run starts, "… **Ansvar:** …")
_ANY_LABEL = re.compile(r"(?P<label>[^\W\d_][\w/-]*(?:\s[^\W\d_][\w/-]*){0,2}?)\s*:\s")
# (a dash right after a label's colon is the field's value, none: "Ansvar: – · Klart: 2027")
_DASH = re.compile(r"(?<!:)\s+[–—]\s+|(?<!:)\s+-\s+")


@dataclass
class Fields:
    """A measure line split into its text and the owner and deadline written after it."""

    text: str
    owner: str | None = None
    deadline: str | None = None
    labelled: bool = False  # an owner or deadline label was found ("ansvar:", "Lead:")
    unlabelled: bool = False  # "(<owner>, <deadline>)" with no labels: evidence of a measure


def _role(label: str) -> str | None:
    """The owner or deadline role of a field label, also when the label is a column word cut
    short with a full stop ("ansv.:", "tidsfr.:"; :func:`plancheck.lang.vocab.abbreviated_column_role`)."""
    from plancheck.lang.vocab import abbreviated_column_role, column_role

    role = column_role(label) if not label.endswith(".") else None
    role = role or abbreviated_column_role(label) or _inline_role(label)
    return role if role in ("owner", "deadline") else None


@lru_cache(maxsize=1)
def _inline_labels() -> dict[str, str]:
    """The lexicon's ``field_labels``: words that name an owner or a deadline only as a field's
    label inside a text ('… · By: March 2027'), never as a column's head (a head 'Delivered by'
    names no deadline)."""
    from plancheck.lang.vocab import section_words

    return {" ".join(w.lower().split()): role for role in ("owner", "deadline") for w in section_words("field_labels", role)}


def _inline_role(label: str) -> str | None:
    return _inline_labels().get(" ".join(label.lower().split()))


#: a form's blank to fill in after a label ('Godkjent av eier: ________ Dato: ____', a signature
#: line): a rule of underscores, the field holds nothing
_BLANK = re.compile(r"^_{3,}")


def _labelled_fields(text: str) -> list[tuple[str, str]] | None:
    """[(role, value), …] when ``text`` is one or more "label: value" fields from its start,
    every label an owner or deadline word; None otherwise."""
    if ":" not in text:
        return None  # (a label ends in a colon: a text without one has none, asked in one scan)
    marks = [(m.start(), m.end(), role) for m in _FIELD.finditer(text) if (role := _role(m.group("label")))]
    if not marks or text[: marks[0][0]].strip():
        return None
    # once the fields have begun, the next label needs no separator before it: a capitalised
    # owner or deadline word and its colon after a space ("Ansvarig: Gatuenheten   Klart: 2028",
    # the fields set apart by white space alone), as in running text (:func:`_field_labels`)
    taken = [(a, b) for a, b, _r in marks]
    for m in _NEXT_LABEL.finditer(text, marks[0][1]):
        at = m.start("label")
        if not any(a <= at < b for a, b in taken) and (role := _role(m.group("label"))):
            marks.append((at, m.end(), role))
    # a field naming the goals the item serves ('· Mål: 2'), after a separator, ends the field
    # before it; it is no owner or deadline (:func:`goal_field_numbers` reads it)
    marks.extend((at, at, "goal") for at in _goal_labels(text, marks[0][1]))
    marks.sort()
    out: list[tuple[str, str]] = []
    for (_at, value_at, role), nxt in zip(marks, [*marks[1:], None], strict=True):
        if role == "goal":
            continue
        value = _closing_stop(text[value_at : nxt[0] if nxt else len(text)].strip(" ;,–—-·|•"))
        if value and not _BLANK.match(value):
            out.append((role, value))
    return out or None


#: a field label after a field separator ('· Mål: 2', '| Goal: 1 and 3'): its start and its value's
_SEPARATED_LABEL = re.compile(r"[·|•;]\s*(?P<label>[^\W\d_][\w/ -]{0,24}?)\s*:\s*")
#: a goal's number in a goal field's value ('2', '2 og 3', '1.2')
_GOAL_NUMBER = re.compile(r"(?<![\w.])\d{1,2}(?:\.\d{1,2})*(?![\w.]|\.\d)")


def _goal_fields(text: str, after: int = 0) -> list[re.Match[str]]:
    """The fields labelled with a goal word (a column word of the goal's, ``columns.goal``) after
    ``after``, each set off by a field separator."""
    from plancheck.lang.vocab import column_role

    return [m for m in _SEPARATED_LABEL.finditer(text, after)
            if column_role(" ".join(m.group("label").lower().split())) == "goal"]


def _goal_labels(text: str, after: int) -> list[int]:
    """Where a goal field (:func:`_goal_fields`) starts after ``after``."""
    return [m.start("label") for m in _goal_fields(text, after)]


def goal_field_numbers(text: str) -> list[str]:
    """The goal numbers a line of fields names in its goal field ("Ansvar: Parks · Frist: 2027 ·
    Mål: 2 og 3" → ['2', '3']): [] when it has none, or is no line of fields."""
    text = " ".join(text.split()).lstrip("–—-•").strip()
    if field_line(text) is None:
        return []
    for m in _goal_fields(text):
        value = re.split(r"\s*[·|•;]\s*", text[m.end():])[0]
        return _GOAL_NUMBER.findall(value)
    return []


_SPACED_DASH = re.compile(r"\s[–—-]\s")


def field_line(text: str) -> list[tuple[str, str]] | None:
    """A line of labelled fields only ("Ansvar: Teknisk drift · Frist: 2027", "Lead: Parks |
    Due: 2026", "Ansvar: Eiendomsavdelingen"): [(role, value), …], each label an owner or
    deadline word; None when anything but such fields is written on it."""
    return _labelled_fields(" ".join(text.split()).lstrip("–—-•").strip())


# a label with a scope after its head word: "Ansvar for alle tiltak:", "Responsible for all actions:",
# "Frist for tiltakene:" (the head word, a preposition, up to a few more words, a colon)
_GROUP_LABEL = re.compile(r"^\s*(?P<head>[^\W\d_][\w/-]*)\s+(?P<scope>[^\W\d_][^\W\d_ -]*(?:[ -][^\W\d_]+){0,5})\s*:\s*")


@lru_cache(maxsize=1)
def _scope_words() -> tuple[frozenset[str], frozenset[str]]:
    """(the prepositions a group label's scope opens with, the words saying 'all'), every language:
    the lexicon's ``owner_prepositions`` and ``all_words``."""
    from plancheck.lang.vocab import plain_words

    return (frozenset(w.lower() for w in plain_words("owner_prepositions")),
            frozenset(w.lower() for w in plain_words("all_words")))


def group_field_line(text: str) -> list[tuple[str, str]] | None:
    """A line of labelled fields whose first label names its scope, a group of measures ("Ansvarlig
    for alle indsatser: Park og Vej. Tidsplan: 2026–2027", "Responsible for all actions: Parks",
    "Frist for tiltakene: 2027"): [(role, value), …] as :func:`field_line` reads the line with the
    scope left out; None when the first label is no owner or deadline word followed by a
    preposition (the lexicon's ``owner_prepositions``) and words naming all the measures (an
    ``all_words`` word, or a word naming measures as a column head or a heading does: "tiltakene"). Why: such a line stands once
    under (or over) a list and gives its fields to every measure of the list; the scope is what
    says so, in any language's words."""
    from plancheck.extract.roles import heading_role
    from plancheck.lang.vocab import column_role

    m = _GROUP_LABEL.match(" ".join(text.split()))
    if m is None or _role(m.group("head")) is None:
        return None
    preps, alls = _scope_words()
    words = m.group("scope").lower().replace("-", " ").split()
    if words[0] not in preps or not any(
        w in alls or column_role(w) == "measure" or heading_role(w)[0] in ("measure", "strategy") for w in words[1:]
    ):
        return None
    return field_line(m.group("head") + ": " + " ".join(text.split())[m.end():])


def closing_field_line(text: str) -> tuple[str, list[tuple[str, str]]] | None:
    """A sentence and, after it with no stop, labelled owner and deadline fields to the end of
    ``text`` (a cell's lines joined by the page's reading: '… i alle dagtilbud Tovholder: PPR ·
    Hvornår: 2027', the fields a line of their own in print): (the sentence, [(role, value), …]);
    None when no capitalised owner or deadline label opens such a run after some text."""
    for m in _NEXT_LABEL.finditer(text):
        if _role(m.group("label")) and text[: m.start()].strip() and (fields := field_line(text[m.start():])):
            return text[: m.start()].rstrip(" –—-·|;,"), fields
    return None


def labelled_value(text: str, role: str) -> str:
    """A table cell's value without the field label opening it, when the label is a column word
    of ``role`` ("Completion: March 2028", "Ferdig: desember 2027", "Frist: juni 2028" in a
    deadline cell → the date); the cell as it stands otherwise. Why: a plan may print the
    label in every cell of a column whose head says something else ("Date"), or in a column
    that also holds other lines; the label names the value, it is no part of it."""
    fields = field_line(text) if text and ":" in text else None
    if fields and len(fields) == 1 and fields[0][0] == role:
        return fields[0][1]
    return text


def _owner_then_deadline(fields: list[tuple[str, str]], lang: str) -> list[tuple[str, str]]:
    """"(Ansvar: servicetorget, kvar haust)", "Ansvar: Rektorer – 31.12.2025", "(Lead: Parks;
    by March 2028)": the owner field's last part after a comma, a semicolon or a spaced dash is
    the deadline when it reads as one and
    no deadline field is given (a line of fields wrapped so that the owner's label opens a
    line of its own, the deadline after it unlabelled)."""
    if any(r == "deadline" for r, _v in fields):
        return fields
    out: list[tuple[str, str]] = []
    for role, value in fields:
        head, sep, tail = max(value.rpartition(","), value.rpartition(";"), key=lambda p: len(p[0]))
        dashes = list(_SPACED_DASH.finditer(value))
        if dashes and dashes[-1].start() > len(head):
            head, sep, tail = value[: dashes[-1].start()], dashes[-1].group(), value[dashes[-1].end():]
        if role == "owner" and sep and head.strip() and _is_deadline(tail.strip(), lang):
            out += [("owner", head.strip()), ("deadline", tail.strip())]
        else:
            out.append((role, value))
    return out


def _is_deadline(text: str, lang: str) -> bool:
    from plancheck.lang.deadlines import looks_like_deadline

    return len(text) <= 40 and looks_like_deadline(text, lang=lang)


_LEAD_LABEL = re.compile(r"^\s*(?P<word>[^\W\d_]+)\s*:\s*(?P<rest>\S.*)$")


def deadline_without_lead(value: str, lang: str) -> str:
    """A deadline value without the word opening it that says the action is done ("färdigt
    våren 2029" → "våren 2029"; ``done_leads`` of the lexicon) when what follows reads as a deadline;
    and without a time word set as a label with its colon ("by: 2027" → "2027"; the lexicon's
    ``time.ambiguous_leads``): with the colon the word labels the date, without it it is part of it;
    and without the deadline's own noun written before it without a colon ("frist efteråret 2026" →
    "efteråret 2026"; ``time.deadline_nouns``): a label, whatever its colon — unlike a time word, the
    noun names the field, it is no part of the time."""
    from plancheck.lang.timewords import AMBIGUOUS_LEADS, DEADLINE_NOUNS, DONE_LEADS

    label = _LEAD_LABEL.match(value)
    if label and label.group("word").lower() in AMBIGUOUS_LEADS and _is_deadline(label.group("rest").strip(), lang):
        value = label.group("rest").strip()
    head, _sep, rest = value.strip().partition(" ")
    if head.lower() in (*DONE_LEADS, *DEADLINE_NOUNS) and rest.strip() and _is_deadline(rest.strip(), lang):
        return rest.strip()
    return value


def short_name(text: str, max_words: int = 6) -> bool:
    """A short name written with a capital and no digits ("Kultur og Fritid", "Hjemmeplejen"):
    an owner the vocabulary does not know by its words, when a deadline stands beside it. A
    status ("On track", "Ikke startet") is no name."""
    from plancheck.lang.vocab import is_status_value

    words = text.split()
    return (
        0 < len(words) <= max_words and text[:1].isupper() and not any(c.isdigit() for c in text)
        and not is_status_value(text)
    )


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
        if is_owner_like(head, lang=lang) or short_name(head):
            return [("owner", head), ("deadline", tail)]
        return None
    if not sep and len(inside.split()) > 1 and is_owner_like(inside, lang=lang) and not _is_deadline(inside, lang):
        # ("(every Bike Week)": a time the owner recogniser would also take, for its
        # capitals, is the deadline — read by the caller)
        return [("owner", inside)]
    return None


def _lead_owner_fields(inside: str, lang: str) -> list[tuple[str, str]] | None:
    """"(Rektor; frist: våren 2027)": an unlabelled owner before the first ";" and labelled
    fields after it that give no owner. The owner must read as one (the owner recogniser, or a
    short capitalised name, :func:`_named`) and be no deadline itself; None otherwise."""
    from plancheck.lang.owners import is_owner_like

    lead, sep, tail = " ".join(inside.split()).partition(";")
    lead = lead.strip()
    fields = _labelled_fields(tail.strip()) if sep else None
    if not lead or fields is None or any(r == "owner" for r, _v in fields) or _is_deadline(lead, lang):
        return None
    if not (is_owner_like(lead, lang=lang) or short_name(lead)):
        return None
    return [("owner", lead), *fields]


def _closing_stop(value: str) -> str:
    """``value`` without the full stop that ends its sentence ("2027." → "2027"), keeping the
    one that closes a date or an abbreviation of one letter ("31.12.", "v.")."""
    v = value.rstrip()
    if v.endswith(".") and not re.search(r"(?:\b\d{1,2}\.\d{1,2}|\b[^\W\d_])\.$", v):
        v = v[:-1].rstrip()
    return v


@lru_cache(maxsize=4096)
def _field_labels(text: str, emphasis: tuple[int, ...]) -> tuple[tuple[int, int, str], ...]:
    """(label start, value start, role) of each owner or deadline label in running text: a
    capitalised label right after a sentence end or a ";", or any label where an emphasised run
    starts; in the order they stand.

    Cached per text and emphasis (a pure function of them and the lexicon; a tuple, so no
    caller can change what the next one gets): a measure's text is asked about by
    :func:`first_field_label` and :func:`sentence_fields` several times while a plan is
    extracted (~6,800 calls for ~1,600 texts over the 23 real plans)."""
    if ":" not in text:
        return ()  # every label is read with its colon: none here (the depth walk left out)
    found: dict[int, tuple[int, int, str]] = {}
    depth = [0]
    for ch in text:  # (a label inside a parenthesis is read with the parenthesis)
        depth.append(max(0, depth[-1] + (ch == "(") - (ch == ")")))
    for m in _SENTENCE_LABEL.finditer(text):
        if depth[m.start("label")]:
            continue
        role = _role(m.group("label"))
        if role and m.group("label")[:1].isupper():
            found[m.start("label")] = (m.start("label"), m.end(), role)
    for at in emphasis:
        m = _ANY_LABEL.match(text, at) if 0 <= at < len(text) else None
        if m is not None and (role := _role(m.group("label"))):
            found[at] = (at, m.end(), role)
    if found:
        # once the fields have begun, the next label needs no full stop before it ("Lead: Housing
        # Assets Due: March 2028"): a capitalised owner or deadline word and its colon
        first = min(found)
        for m in _NEXT_LABEL.finditer(text, first + 1):
            at = m.start("label")
            if at not in found and not depth[at] and (role := _role(m.group("label"))):
                found[at] = (at, m.end(), role)
    return tuple(found[k] for k in sorted(found))


def first_field_label(text: str, emphasis: tuple[int, ...] = ()) -> int | None:
    """Where the first owner or deadline field of running text starts: a label the lexicon
    knows as an owner or deadline column word, with its colon, standing right after a sentence
    end ("… hjemmetjenesten. Ansvar: …") and written with a capital, or starting at one of the
    ``emphasis`` offsets (an emphasised run the layout found: "… **Ansvar:** …"). None if none."""
    labels = _field_labels(text, emphasis)
    return labels[0][0] if labels else None


def sentence_fields(text: str, lang: str = "nb", emphasis: tuple[int, ...] = ()) -> Fields | None:
    """Owner and deadline fields written on after the measure's own sentences, each a label and
    a value up to the next label ("Tilby … hjemmetjenesten. Ansvar: Hjemmetjenesten. Frist:
    Høst 2026"): the text stops before the first label. None when no such label stands after
    some text of the measure."""
    labels = _field_labels(text, emphasis)
    if not labels or not text[: labels[0][0]].strip():
        return None
    fields: list[tuple[str, str]] = []
    for (_start, value_at, role), nxt in zip(labels, [*labels[1:], None], strict=True):
        value = _closing_stop(text[value_at : nxt[0] if nxt else len(text)].strip(" ;,–—-·|"))
        if value:
            fields.append((role, value))
    fields = _owner_then_deadline(fields, lang)
    owners = [v for r, v in fields if r == "owner"]
    deadlines = [deadline_without_lead(v, lang) for r, v in fields if r == "deadline"]
    return Fields(
        text=_closing_stop(text[: labels[0][0]].rstrip()),
        owner=", ".join(owners) if owners else None,
        deadline=deadlines[0] if deadlines else None,
        labelled=True,
    )


def split_fields(text: str, lang: str = "nb", emphasis: tuple[int, ...] = ()) -> Fields:
    """The measure text and the owner/deadline fields written after it (see the module).
    ``emphasis``: offsets in ``text`` where an emphasised run starts (a field label set bold or
    italic may stand after no full stop).

    A new :class:`Fields` each call (a caller may fill in a field), made from the one kept per
    text (:func:`_split_fields`): the extractor splits the same line five times on average (as a
    measure, as a list item, under a field grid, …), and each split runs the owner and deadline
    readers over its parts."""
    return replace(_split_fields(text, lang, tuple(emphasis)))


#: the end of the first half of a range of years or dates ("2025", "1.1.2025", "03/2026",
#: "2025/26", "1.1.25")
_RANGE_START = re.compile(r"(?:^|\s)(?:(?:\d{1,2}[./]){0,2}\d{4}(?:/\d{2,4})?|(?:\d{1,2}[./]){2}\d{2})$")


@lru_cache(maxsize=4096)
def _split_fields(text: str, lang: str, emphasis: tuple[int, ...]) -> Fields:
    """:func:`split_fields`, kept per (text, lang, emphasis); never handed out itself."""
    found: list[tuple[str, str]] = []
    labelled = unlabelled = False
    rest = text.strip()
    if emphasis and rest != text:
        lead = len(text) - len(text.lstrip())
        emphasis = tuple(a - lead for a in emphasis if a >= lead)
    m = _TRAILING_PARENS.search(rest)
    if m:
        fields = _labelled_fields(m.group("inside"))
        if fields is None:
            fields = _lead_owner_fields(m.group("inside"), lang)  # "(Rektor; frist: våren 2027)"
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
                # ("… – ansvar: Næringsavdelinga, innan 2028": the deadline after the owner's comma)
                found, labelled = _owner_then_deadline(fields, lang) + found, True
            elif k == len(parts) and len(bare := unlabelled_fields(part, lang) or []) == 2:
                # "… – Kultur og fritid, 2027": an owner and a deadline, unlabelled, after the last
                # dash (both, as in a parenthesis: an owner alone after a dash is not taken)
                found, unlabelled = bare, True
            elif k == len(parts) and _is_deadline(part, lang) and not (
                part[:1].isdigit() and _RANGE_START.search(parts[k - 2].rstrip())
            ):  # (not the second half of a range set with spaces: "2025 – 2026"; a figure
                # that is no year or date starts none: "… turning 75 – 2026/2027")
                found.append(("deadline", part))
            else:
                break
            k -= 1
        if found:
            rest = " – ".join(p.strip() for p in parts[:k])
    if not found and (inline := sentence_fields(rest, lang, emphasis)) is not None:
        return inline  # "… brukere. Ansvar: Hjemmetjenesten. Frist: Høst 2026"
    owners = [v for r, v in found if r == "owner"]
    deadlines = [deadline_without_lead(v, lang) for r, v in found if r == "deadline"]
    return Fields(
        text=rest,
        owner=", ".join(owners) if owners else None,
        deadline=deadlines[0] if deadlines else None,
        labelled=labelled,
        unlabelled=unlabelled,
    )


#: the most words of one label in a colonless metadata line ("Ansvarlig enhet", "Due date")
_METADATA_LABEL_WORDS = 3


def _metadata_label(words: list[str], at: int) -> int:
    """The number of words of a column word of the lexicon, capitalised, that starts at ``at``
    in ``words`` (the longest, up to three words), or 0."""
    from plancheck.lang.vocab import column_word_exact

    if at >= len(words) or not words[at][:1].isupper():
        return 0
    for k in range(min(_METADATA_LABEL_WORDS, len(words) - at), 0, -1):
        if column_word_exact(" ".join(words[at : at + k])):
            return k
    return 0


def metadata_fields(text: str) -> list[tuple[str, str]] | None:
    """The fields of a system export's metadata lines, printed without colons, one or two label
    and value pairs a line ("Ansvarlig enhet Plan og utvikling Status ● Etter plan" /
    "Startdato 01.02.2026 Sluttdato 31.12.2026"): [(role, value)] for every label, each a
    capitalised column word of the lexicon (``columns``), read from the first line on and up to
    a line that opens with no label (a free comment); None when the first line opens with no
    label or no owner or deadline label is among them.

    Why: a plan-management system prints each measure's fields as a grid of label and value
    cells; read as text, the two columns of the grid run into one line with no colon to part
    label from value, and only the label words themselves mark where a field starts."""
    from plancheck.lang.vocab import column_role

    fields: list[tuple[str, str]] = []
    for line in text.splitlines():
        words = line.split()
        if not words:
            continue
        k = _metadata_label(words, 0)
        if k == 0:
            break
        at = 0
        while at < len(words):
            label = " ".join(words[at : at + k])
            end = at + k + 1  # a value has one word at least
            while end < len(words) and _metadata_label(words, end) == 0:
                end += 1
            fields.append((column_role(label) or "", " ".join(words[at + k : end])))
            at = end
            k = _metadata_label(words, at)
    if not fields or not any(role in ("owner", "deadline") for role, _v in fields):
        return None
    return fields
