"""Lines → blocks: headings, list items, paragraphs and tables, in reading order.

Decided by form only (size, weight, numbering, markers, indentation, spacing); no word of a
role vocabulary decides anything here. Reading order is page, then column region (from
:mod:`plancheck.layout.columns`), then top.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from functools import cache

from plancheck.ingest.text import join_lines
from plancheck.layout.lines import BULLETS, LIST_NUMBER, LIST_OUTLINE, Line, fonts_of, text_size
from plancheck.layout.margins import MARGIN_LABEL
from plancheck.layout.settings import DEFAULT, LayoutSettings
from plancheck.layout.tables import TablePiece, ends_with_joiner, open_end_words
from plancheck.models import BBox, Block, BlockKind, Provenance, Table

# a labelled line: "Mål 2: …", "Action 1.1.2 …", "Ansvarlig: …" (a short capitalised word or
# two, then a number and/or a colon); the label's meaning is left to extraction
#: an item's number as printed, by form: "2", "1.2.3", "4b", or a code with a letter prefix: any
#: letters and a dash ("H-2.1", "LU-3.4", "ED-2") or one to three capitals ("G1", "S1.2", "A1");
#: its depth is its number of numeric parts. A code of capitals and digits only counts before a
#: separator, a capital or the end ("G1 Clean air", "S1.2:"), so "CO2 emissions" stays a word
_NUMBER_PART = r"\d{1,2}(?:\.\d{1,2}){0,3}[a-z]?"
ITEM_CODE = (
    rf"(?:[^\W\d_]{{1,10}}-{_NUMBER_PART}|(?-i:[A-ZÆØÅÄÖ]{{1,3}}){_NUMBER_PART}"
    r"(?=\s*[:.,;/&)–—-]|\s+(?-i:[A-ZÆØÅÄÖ\d])|\s*$)|" + _NUMBER_PART + ")"
)
LABEL_START = re.compile(
    r"^(?P<word>[A-ZÆØÅÄÖÜ][\wÆØÅÄÖæøåäöü]{1,19}(?:\s[a-zæøåäöü][\wæøåäöü]{1,14})?)"
    r"(?:\s*(?P<num>\d{1,2}(?:\.\d{1,2}){0,3}[a-z]?\b)|\s+(?P<code>" + ITEM_CODE + r"\b))?"
    r"\.?\s*(?P<sep>[:–—-]?)\s+(?P<rest>\S.*)$"
)


# inline outline labels: "G1 (Goal) …", "D3 (Deliverable) …" (a code and a word in
# parentheses) and "Mål 2: …", "Goal 3: …" (a word, a number, a colon)
CODE_AND_WORD = re.compile(
    r"^(?P<code>[A-ZÆØÅÄÖ]{1,3}\d{1,2}(?:\.\d{1,2}){0,2}[a-z]?)\s*\((?P<word>[^\W\d_][^()\d]{1,24})\)"
)
WORD_AND_NUMBER = re.compile(
    r"^(?P<word>[A-ZÆØÅÄÖÜ][\wæøåäöü]{1,19})\s+(?P<code>\d{1,2}(?:\.\d{1,2}){0,2}[a-z]?)\s*:"
)


def inline_label(text: str) -> tuple[str, str, str] | None:
    """(label as written, code, word) of an inline outline label found by its form:
    "G1 (Goal) …" → ("G1 (Goal)", "G1", "Goal"), "Mål 2: …" → ("Mål 2", "2", "Mål"). What
    the label means is left to extraction."""
    t = text.strip()
    m = CODE_AND_WORD.match(t) or WORD_AND_NUMBER.match(t)
    if m is None:
        return None
    return m.group(0).rstrip(": "), m.group("code"), m.group("word").strip()


def starts_with_label(text: str) -> bool:
    """Does the line start with a label by form ("Word 2: …", "Word 1.2 …", "Word: …")?"""
    t = text.strip()
    if CODE_AND_WORD.match(t):
        return True
    m = LABEL_START.match(t)
    return bool(m and (m.group("num") or m.group("code") or m.group("sep") == ":"))


#: a field label of more words than :data:`LABEL_START` takes, a question or a phrase before a
#: colon and its value ("Who will do this: …", "Hvem gjør dette: …"); no digit in it
LONG_FIELD = re.compile(r"^(?P<label>[A-ZÆØÅÄÖÜ][^\W\d_]*(?:\s+[^\W\d_]+)+)\s*:\s+\S")


def repeated_long_fields(lines: list[Line], settings: LayoutSettings = DEFAULT) -> frozenset[str]:
    """The long field labels (:data:`LONG_FIELD`, at most ``record_named_label_max_words`` words,
    lower case) that open at least ``long_field_min_lines`` lines of the document: a record's
    field asked as a question, set one a line under each item ("Who will do this: …"), which
    :func:`starts_with_label` does not take for a label by its form alone. Only lines holding a
    colon are matched."""
    counts: dict[str, int] = {}
    for ln in lines:
        if ln.kind or ":" not in ln.text or starts_with_label(ln.text):
            continue  # (a short label, "By when: …", is one by its form already)
        m = LONG_FIELD.match(ln.text.strip())
        if m is None or len(m.group("label").split()) > settings.record_named_label_max_words:
            continue
        key = " ".join(m.group("label").lower().split())
        counts[key] = counts.get(key, 0) + 1
    return frozenset(k for k, n in counts.items() if n >= settings.long_field_min_lines)


def long_field(text: str, known: frozenset[str]) -> bool:
    """Does ``text`` open with one of the document's repeated long field labels ``known``
    (:func:`repeated_long_fields`)?"""
    if not known:
        return False
    m = LONG_FIELD.match(text.strip())
    return m is not None and " ".join(m.group("label").lower().split()) in known


# a label alone on its line: a capitalised word and a number ("Mål 2", "Goal 1.3:")
BARE_LABEL = re.compile(r"^[A-ZÆØÅÄÖÜ][\wæøåäöü]{1,19}\s+\d{1,2}(?:\.\d{1,2}){0,3}[a-z]?\.?:?$")

BARE_NUMBER = re.compile(r"^\d{1,2}$")
#: an item's code alone as a word: one to three capitals and a number ("B2", "K1.3")
CODE_ALONE = re.compile(r"^[A-ZÆØÅÄÖ]{1,3}" + _NUMBER_PART + "$")
#: the end of a line that leaves a field open after a dash: a label and its colon ('… – Ansvar:')
#: or the ordinal of a date ('… – Ansvar: Rektor – 1.'); no sentence ends there
OPEN_FIELD = re.compile(r"\s[–—]\s*(?:[^\W\d_][\w/-]{0,23}:|\d{1,2}\.)$")
#: signs of a quantity after a number ("20 %"): the number counts something, it numbers nothing
QUANTITY_SIGNS = "%‰"
GLUED_NUMBER = re.compile(r"^(\d{1,2}[.)])(?=[A-ZÆØÅÄÖÜ][a-zæøåäöü])")
HEADING_NUMBER = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,3}(?:(?<=\.\d)[a-z]|(?<=\.\d\d)[a-z])?)\.?$")
#: an outline number led by a capital letter, typed by hand: "A.1", "B.2.c" (a letter, then
#: dotted parts of digits, the last perhaps a small letter); its depth is its number of parts
LETTER_OUTLINE = re.compile(r"^([A-ZÆØÅ](?:\.\d{1,2}){1,2}(?:\.[a-z])?)\.?$")
#: a capital letter alone, the top level of a letter outline ("A Vesterdal skal …"); a number
#: only where the document's heading lines run A, B, … (see :func:`letter_series`), since
#: "A" and "I" also open sentences
LETTER_ALONE = re.compile(r"^([A-H])$")


def body_size(pages: list[list[Line]]) -> float:
    """The size most characters of the running text are set in."""
    size = text_size(pages, 0)
    return 11.0 if size is None else size


def _heading_like(ln: Line, body: float, settings: LayoutSettings) -> bool:
    """Set in bold or larger than the body, more than one word, short enough for a heading."""
    is_large = ln.size >= body + settings.heading_size_delta
    return len(ln.words) > 1 and (ln.bold or is_large) and len(ln.text.strip()) < settings.heading_max_chars


def letter_series(
    lines: list[Line], body: float, settings: LayoutSettings = DEFAULT, numbers: frozenset[str] = frozenset()
) -> frozenset[str]:
    """The capital letters that number the document's heading lines as an outline's top level
    ("A …", "B …", "C …"): the letters opening heading-like lines (:func:`_heading_like`),
    each followed by a capitalised word, that run on from "A" without a gap, when there are at
    least ``settings.letter_series_min``. Why a series: one bold line opening with "A" is an
    English sentence ("A Vision for 2030"), two or more lines lettered A, B in order are an
    outline. A plan with one lettered goal has no series, but numbers its items from the
    letter: "A" alone counts when ``numbers`` (the first words of the table rows and lines,
    :func:`item_numbers`) hold one that goes on from it ("A.1"), as the Word/ODF readers ask
    of the table under a lettered paragraph."""
    seen = {
        ln.words[0].text
        for ln in lines
        if not ln.kind and LETTER_ALONE.match(ln.words[0].text) and _heading_like(ln, body, settings)
        and ln.words[1].text[:1].isupper()
    }
    run = letters_from_a(seen)
    if len(run) >= settings.letter_series_min:
        return frozenset(run)
    if run and any(LETTER_CHILD.match(n) and n.startswith(run[0] + ".") for n in numbers):
        return frozenset(run)
    return frozenset()


#: an item number under a lettered outline's top level: "A.1", "A.1.a", "A.2."
LETTER_CHILD = re.compile(r"^[A-H]\.\d{1,2}(?:\.[0-9a-z]{1,2})*\.?$")


#: a list item's code opening a line: one or two capitals and a whole number ("M1", "G12")
SERIES_CODE = re.compile(r"^(?P<letters>[A-ZÆØÅÄÖ]{1,2})(?P<n>\d{1,2})$")


def code_series(openings: list[tuple[str, str]], settings: LayoutSettings = DEFAULT) -> frozenset[str]:
    """The codes that number a list by their series: of ``openings`` (the first two words of each
    body line or paragraph), those whose first word is a code of one or two capitals and a number
    ("M1") and whose second word opens with a capital, when the codes of one set of letters run
    on from 1 without a gap at least ``settings.code_series_min`` long ("M1", "M2", "M3", "M4"),
    or when single capitals each numbered from 1 run on from "A" that long ("A1", "A2", "B1",
    "C1": a lettered outline). Why a series: one line opening "E6 Kristiansand" names a road, but a goal list typed as
    "M1 Færre …" / "M2 Innbyggjarane …" with only a space after each code is numbered all the
    same (a tab or a dash after the code says so alone: :func:`classify`, ``_LEADING_CODE``)."""
    seen: dict[str, set[int]] = {}
    for first, second in openings:
        m = SERIES_CODE.match(first)
        if m and second[:1].isupper():
            seen.setdefault(m.group("letters"), set()).add(int(m.group("n")))
    out: set[str] = set()
    runs: dict[str, int] = {}
    for letters, numbers in seen.items():
        n = 1
        while n in numbers:
            n += 1
        runs[letters] = n - 1
        if n - 1 >= settings.code_series_min:
            out.update(f"{letters}{k}" for k in range(1, n))
    # a lettered outline: the measures of goal A, B, C … numbered A1, A2, B1, C1 (one letter
    # per goal, each from 1): the letters run on from "A" at least code_series_min long, so a
    # goal with one or two measures is numbered all the same (session 39)
    lettered = letters_from_a({k for k, v in runs.items() if v >= 1 and len(k) == 1})
    if len(lettered) >= settings.code_series_min:
        out.update(f"{letter}{k}" for letter in lettered for k in range(1, runs[letter] + 1))
    return frozenset(out)


def item_numbers(lines: list[Line], tables: list[tuple[TablePiece, Table]]) -> frozenset[str]:
    """The first words of the document's body lines and of its tables' first cells: where
    item numbers stand ("A.1" opening a row or a list line)."""
    out = {ln.words[0].text for ln in lines if not ln.kind and ln.words}
    for _piece, table in tables:
        for row in table.rows:
            if row and row[0].text:
                out.add(row[0].text.split()[0])
    return frozenset(out)


def letters_from_a(seen: set[str]) -> list[str]:
    """The capitals of ``seen`` that run on from "A" without a gap ("A", "B", "C" of A, B, C, E):
    the top level of a lettered outline, as far as it goes."""
    run: list[str] = []
    for letter in "ABCDEFGH":
        if letter not in seen:
            break
        run.append(letter)
    return run


def _marker_apart(ln: Line, settings: LayoutSettings) -> bool:
    """Is the line's first word (its number) set in another weight or size than the next and
    a marker gap apart from it: a number printed before a field, not a heading's number?"""
    if not settings.marker_type_apart:
        return False
    a, b = ln.words[0], ln.words[1]
    other_type = a.bold != b.bold or abs(a.size - b.size) >= settings.heading_note_size_delta
    return other_type and b.x0 - a.x1 >= settings.marker_gap_ratio * ln.size


def classify(
    ln: Line, body: float, settings: LayoutSettings = DEFAULT, letters: frozenset[str] = frozenset(),
    codes: frozenset[str] = frozenset(),
) -> tuple[str, str | None, str | None, str]:
    """Return (kind, number, bullet, text) for a line: heading / list / text. ``letters``: the
    capital letters that number headings in this document (:func:`letter_series`); ``codes``:
    the codes that number a list in it (:func:`code_series`)."""
    text = ln.text.strip()
    first = ln.words[0].text
    if ln.words[0].badge and len(ln.words) > 1:
        # a tile's display numeral, set on its text's first line by the layout: the item's number
        return "list", first, None, text[len(first):].strip()
    # bullets: a glyph on its own or glued to the first word
    if first[0] in BULLETS and (len(first) == 1 or first[0] in "•●▪■\u25aa➢►✓" or "\uf020" <= first[0] <= "\uf0ff"):
        rest = text[len(first):].strip() if len(first) == 1 else text[1:].strip()
        if rest and not (first[0] in "-–—" and len(first) > 1):
            return "list", None, first[0], rest
    if _letter_o_bullet(ln, settings):
        # Word's second-level bullet is a letter "o" (Courier New) set off by a tab
        return "list", None, "o", text[1:].strip()
    label_match = LIST_NUMBER.match(first)
    glued = GLUED_NUMBER.match(first)
    is_large = ln.size >= body + settings.heading_size_delta
    num = HEADING_NUMBER.match(first) or LETTER_OUTLINE.match(first)
    if first in letters and ln.words[1:] and ln.words[1].text[:1].isupper():
        num = LETTER_ALONE.match(first)
    if num and len(ln.words) > 1 and ln.words[1].text[:1] in QUANTITY_SIGNS:
        num = None  # "30 % by 2030 …": a quantity that wrapped to the line start, not a number
    if num and len(ln.words) > 1 and not ln.bold and _marker_apart(ln, settings):
        return "list", num.group(1), None, text[len(first):].strip()  # a printed number before a field
    if num and len(ln.words) > 1 and (ln.bold or is_large) and len(text) < settings.heading_max_chars:
        return "heading", num.group(1), None, text[len(first):].strip()
    if not is_large and ln.bold and ln.words[-1].plain_colon:
        # "**Ställa krav**:" – bold words, the colon in the regular weight: a run-in title that
        # leads into the lines below it, not a heading
        return "text", None, None, text
    # (a sign alone, however large - "+" on an accordion bar, "›" - names nothing: no heading)
    if ((is_large or (ln.bold and ln.size >= body - settings.bold_heading_size_slack)) and len(text) < settings.heading_max_chars and not label_match
            and any(ch.isalnum() for ch in text)):
        return "heading", None, None, text
    if first in codes and len(ln.words) > 1 and ln.words[1].text[:1].isupper():
        return "list", first, None, text[len(first):].strip()  # "M2 Innbyggjarane …" in a series M1, M2, M3
    if glued:  # "10.Ivareta …": a typed number with no space after it
        return "list", glued.group(1), None, text[len(glued.group(1)):].strip()
    if (
        (BARE_NUMBER.match(first) or CODE_ALONE.match(first))
        and len(ln.words) > 1
        and ln.words[1].text[:1].isupper()
        and ln.words[1].x0 - ln.words[0].x1 >= settings.marker_gap_ratio * ln.size
    ):  # "1   Text", "B2.1   Text": a bare number or an item's code set off by a tab
        return "list", first, None, text[len(first):].strip()
    if (label_match or LIST_OUTLINE.match(first)) and len(ln.words) > 1:
        return "list", first.lstrip("("), None, text[len(first):].strip()
    return "text", None, None, text


def _bold_opening(parts: list[tuple[str, bool]], sep: str) -> tuple[str, str] | None:
    """The bold words that open a paragraph and the regular-weight rest, joined with ``sep``;
    None for a line set all bold or all regular (the split :func:`colon_label` and
    :func:`stop_label` read their label from)."""
    n = 0
    while n < len(parts) and parts[n][1]:
        n += 1
    if n == 0 or n == len(parts):
        return None
    return sep.join(t for t, _ in parts[:n]).strip(), sep.join(t for t, _ in parts[n:]).strip()


def colon_label(parts: list[tuple[str, bool]], *, sep: str = " ", max_words: int = 4) -> str | None:
    """The bold label that opens a paragraph and ends in a colon ("**Bestilling:** Kortlægge
    …", "**Krav til planen**: …") when the text goes on in the regular weight, without its
    colon. ``parts`` are the words of the first line (``sep=" "``) or a Word/Writer
    paragraph's runs (``sep=""``), each with its weight. None for a line set all bold or all
    regular, bold words with no colon (a run-in title that names a theme, see
    :func:`run_in_title`), a label of more than ``max_words`` words or one that is no word
    ("1.:"): the colon is what makes the bold words announce what the paragraph says."""
    opening = _bold_opening(parts, sep)
    if opening is None:
        return None
    bold, rest = opening
    if bold.endswith(":"):
        label = bold[:-1].strip()
    elif rest.startswith(":"):
        label, rest = bold, rest[1:]
    else:
        return None
    if (
        not label[:1].isalpha()
        or len(label.split()) > max_words
        or not any(c.isalpha() for c in rest)
    ):
        return None
    return label


def stop_label(parts: list[tuple[str, bool]], *, sep: str = " ", max_words: int = 4) -> str | None:
    """The bold lead-in that opens a paragraph and ends in a full stop ("**Jordvern.**
    Konsekvensene …", "**Noise.** The effect …", "**Jordvern**. Konsekvensene …") when the
    text goes on in the regular weight, without its stop. ``parts`` as for
    :func:`colon_label`. None for a line set all bold or all regular, bold words with no stop
    after them, a lead-in of more than ``max_words`` words or one that is no word ("1."): a
    short bold phrase closed by a stop names the topic its paragraph is about, as a report's
    run-in heading does."""
    opening = _bold_opening(parts, sep)
    if opening is None:
        return None
    bold, rest = opening
    if bold.endswith(".") and not bold.endswith(".."):
        label = bold[:-1].strip()
    elif rest.startswith(".") and not rest.startswith(".."):
        label, rest = bold, rest[1:]
    else:
        return None
    if (
        not label[:1].isalpha()
        or not label.replace(" ", "").replace("-", "").isalpha()
        or len(label.split()) > max_words
        or not any(c.isalpha() for c in rest)
    ):
        return None
    return label


def run_in_title(ln: Line) -> str | None:
    """The bold words that open ``ln`` when the line goes on in the regular weight
    ("**Uthållighet**- När man …") or ends in a colon set in the regular weight
    ("**Ställa krav**:"): a run-in title, by form only. None for a line set all bold or all
    regular."""
    words = ln.words
    n = 0
    while n < len(words) and words[n].bold:
        n += 1
    if n == 0:
        return None
    tail_plain = n < len(words) and any(ch.isalpha() for w in words[n:] for ch in w.text)
    if not (tail_plain or (n == len(words) and words[-1].plain_colon)):
        return None
    title = " ".join(w.text for w in words[:n]).rstrip(" :,-–")
    return title or None


def bold_lead_wraps(
    ln: Line, nxt: object, body: float, right: float, settings: LayoutSettings = DEFAULT,
    following: dict[int, Line] | None = None,
) -> bool:
    """Is ``ln``, a line set all bold in the body's size, the first line of a paragraph's
    bold lead sentence? It is when the next line, at the same margin and in the same size
    right under it, either goes on in bold, ends the sentence and continues in the regular
    weight ("**We open a portal where clubs can**" / "**post tasks.** The portal …"), or,
    when the sentence ends on ``ln``, goes on in the regular weight, ``ln`` ends within
    ``wrap_slack_ratio`` of the right margin ``right`` and the next line's first word would
    not have fitted on it: the line was full, not broken after a heading. Not a line over a
    lead-in ("Strategies:"), and a line that opens with a label ("Goal 2: …") only in the first
    way: a labelled heading's next line is set all bold or all regular, never bold words ending
    a sentence mid-line before regular text ("**Mål 1: Reiselivet skal gi fleire**" /
    "**heilårsarbeidsplassar.** I dag …"). That next line may head the next column of a
    newspaper layout (text flowing down one column, then the next) when the paragraph broke at
    the column's foot. Such a line is no heading, though it is set like one.

    A bold sentence over three lines or more ("**Goal 1 All pupils shall**" / "**have a**
    **place to meet near**" / "**home.** By near we mean …", a run-in label in a narrow column)
    is read the same way: the lines set all bold under ``ln`` (``following``: each line's next,
    up to ``settings.bold_lead_max_lines``) are passed over to the line that ends the sentence."""
    if not isinstance(nxt, Line) or nxt.kind or not ln.bold or not nxt.words or not ln.words:
        return False
    if following is not None:
        hops, top = 0, ln
        while (
            hops < settings.bold_lead_max_lines - 2
            and all(w.bold for w in nxt.words)
            and not nxt.text.rstrip().endswith((".", "!", "?", ":", ";"))
            and nxt.region == top.region
            and abs(nxt.x0 - ln.x0) <= settings.margin_slack
            and abs(nxt.size - ln.size) <= settings.continuation_size_delta
            and 0 <= nxt.top - top.bottom <= settings.block_gap_ratio * top.height + settings.measure_precision
            and isinstance(after := following.get(id(nxt)), Line)
            and after.words
            and not after.kind
        ):
            hops, top, nxt = hops + 1, nxt, after
        if hops:
            return bold_lead_wraps(top, nxt, body, right, settings) and _ends_bold_sentence(nxt)
    if ln.size >= body + settings.heading_size_delta or ln.text.rstrip().endswith((":", ";")):
        return False
    if nxt.text.rstrip().endswith(":"):
        return False  # a lead-in ("Strategies:") is no sentence of it
    n = 0
    while n < len(nxt.words) and nxt.words[n].bold:
        n += 1
    ends_in_line = 0 < n < len(nxt.words) and nxt.words[n - 1].text.rstrip().endswith((".", "!", "?"))
    labelled = starts_with_label(ln.text)
    if labelled and not ends_in_line:
        return False  # "Goal 2: …" is a labelled item's heading
    if abs(nxt.size - ln.size) > settings.continuation_size_delta or nxt.page != ln.page:
        return False
    if nxt.region != ln.region:
        # the sentence broke at the foot of a column: its last words head the next column
        return ends_in_line and nxt.x0 > ln.x0 + settings.margin_slack and nxt.top < ln.top
    if abs(nxt.x0 - ln.x0) > settings.margin_slack or not 0 <= nxt.top - ln.bottom <= settings.block_gap_ratio * ln.height + settings.measure_precision:
        return False
    if ln.text.rstrip().endswith((".", "!", "?")):
        full = ln.x1 >= right - settings.wrap_slack_ratio * (right - ln.x0)
        return n == 0 and full and not next_word_fits(ln, nxt, right, settings) and not labelled
    # a sentence that wraps fills its line: a bold line the next line's first word would have
    # fitted after ended there (a goal sentence set without its full stop, then a paragraph
    # whose own bold lead-in ends in a stop: "**How to read the plan.** Each action …"). The
    # measure is the next line's own right edge where that is nearer than the region's (a region
    # may span two columns of a newspaper layout; a short next line says nothing: wrapped)
    measure = min(right, max(nxt.x1, ln.x1) + settings.margin_slack)
    return ends_in_line and not next_word_fits(ln, nxt, measure, settings)


def _ends_bold_sentence(ln: Line) -> bool:
    """Does ``ln`` open in bold words ending a sentence and go on in the regular weight?"""
    n = 0
    while n < len(ln.words) and ln.words[n].bold:
        n += 1
    return 0 < n < len(ln.words) and ln.words[n - 1].text.rstrip().endswith((".", "!", "?"))


def lead_run(lines: list[Line]) -> str | None:
    """The block's run-in title (:func:`run_in_title`), also when it runs over lines: lines
    set all bold, then a line that opens in bold and goes on in the regular weight give the
    bold words of them all ("**We open a portal where clubs can**" / "**post tasks.** The
    portal …" → "We open a portal where clubs can post tasks.")."""
    k = 0
    while k < len(lines) - 1 and lines[k].words and all(w.bold for w in lines[k].words):
        k += 1
    if k == 0:
        return run_in_title(lines[0]) if lines else None
    bold = [ln.text.strip() for ln in lines[:k]]
    if lines[k].words and not lines[k].words[0].bold:
        # the bold sentence ended at the end of a line: the next goes on in the regular weight
        return " ".join(bold) if bold[-1].endswith((".", "!", "?")) else None
    last = run_in_title(lines[k])
    return " ".join([*bold, last]) if last is not None else None


def item_lead(lines: list[Line], number: str | None, bullet: str | None) -> str | None:
    """The bold sentence that opens a list item after its marker ("1.2 **Skaffe fire
    akuttbustader som kan takast i bruk same dag.** I dag blir …"): :func:`lead_run` of its
    lines with the marker left off, when it is a whole sentence and the item goes on after it
    in the regular weight. None otherwise (an item set all bold, a bold word or two)."""
    if not lines or not lines[0].words:
        return None
    first = lines[0]
    words = first.words
    marker = words[0].text.rstrip(".)").lstrip("(")
    if (number and marker == number.rstrip(".)").lstrip("(")) or (bullet and words[0].text == bullet):
        words = words[1:]
    if not words or not words[0].bold:
        return None
    lead = lead_run([replace(first, words=words, text=" ".join(w.text for w in words)), *lines[1:]])
    return lead if lead is not None and lead.endswith((".", "!")) else None


def all_italic(lines: list[Line]) -> bool:
    """Is every word of ``lines`` that holds a letter set in an italic cut (and one does)? By form
    only: a paragraph set apart in italics; what it says is for extraction to read."""
    words = [w for ln in lines for w in ln.words if any(ch.isalpha() for ch in w.text)]
    return bool(words) and all(w.italic for w in words)


def emphasis_starts(lines: list[Line], text: str) -> list[int]:
    """The offsets in ``text`` (the block's joined text) where a bold or italic run starts after
    regular text of the same block: "… hjemmetjenesten. **Ansvar:** …", "… 2027. **Aktivitet
    1.1.2** …", also when the run opens a continuation line. A run opening the block is its
    run-in title (:func:`run_in_title`), not counted here. By form only; what the run says is
    for extraction to read."""
    if not any(w.bold or w.italic for ln in lines for w in ln.words):
        return []  # (no run to find: the words' places in the text are not looked up)
    out: list[int] = []
    cursor = 0
    prev_plain: bool | None = None  # was the word before set in the regular style?
    for ln in lines:
        for w in ln.words:
            at = text.find(w.text, cursor)
            if at < 0:
                continue  # (a marker left out of the text, or a word joined over a hyphen)
            emphasised = w.bold or w.italic
            if emphasised and prev_plain and any(ch.isalnum() for ch in w.text):
                out.append(at)
            prev_plain = not emphasised
            cursor = at + len(w.text)
    return out


def letter_o_marker(first: str, first_x1: float, next_x0: float, size: float, settings: LayoutSettings = DEFAULT) -> bool:
    """Is a line's first word ``first`` (its right edge ``first_x1``) the letter "o" alone, set
    off from the next word (its left edge ``next_x0``) by a marker gap (``marker_gap_ratio``
    type sizes ``size``)? Word's second-level bullet is a letter "o" in Courier New and a tab
    to the item's indent: the gap tells it from the word "o" at a space. The one reading of the
    glyph: the layout's blocks (:func:`classify`) and a mandate's lines
    (``plancheck.mandate.points``) take it."""
    return first == "o" and next_x0 - first_x1 >= settings.marker_gap_ratio * size


def _letter_o_bullet(ln: Line, settings: LayoutSettings = DEFAULT) -> bool:
    """A lone letter "o" followed by a marker gap and a capitalised word: a bullet."""
    w = ln.words
    return (
        len(w) > 1
        and w[1].text[:1].isupper()
        and letter_o_marker(w[0].text, w[0].x1, w[1].x0, ln.size, settings)
    )


def _wrapped(prev: Line, right: float, left: float, settings: LayoutSettings = DEFAULT, nxt: Line | None = None) -> bool:
    """Did ``prev`` run to the right margin in mid-sentence (so the next line goes on with it)?
    Not when the first word of ``nxt`` would have fitted after it: a line is only broken
    where the next word does not fit."""
    return (
        prev.x1 >= right - settings.wrap_slack_ratio * (right - left)
        and not prev.text.rstrip().endswith((".", "!", "?", ":", ";"))
        and not (nxt is not None and next_word_fits(prev, nxt, right, settings))
    )


def _in_item_type(cur: dict, prev: Line, ln: Line, settings: LayoutSettings = DEFAULT) -> bool:
    """Is ``ln`` set in the type of the list item above it (its size within
    ``continuation_size_delta``, and not bold under a plain item)? An item set larger than the
    body (the goals of a one-page poster whose body is its small print) wraps onto lines the
    body's measure would call headings; set as the item is, the line is no heading for its size.
    (A bold item's last line may hold only a year, which the character weights do not show as
    bold.)"""
    return (
        cur["kind"] == BlockKind.list_item
        and abs(prev.size - ln.size) <= settings.continuation_size_delta
        and (prev.bold or not ln.bold)
    )


def _item_word_pushed_down(cur: dict, prev: Line, ln: Line, right: float, settings: LayoutSettings = DEFAULT) -> bool:
    """Did a list item's line break before ``ln`` because its first word did not fit? The line
    above ends within ``wrap_fit_ratio`` of the item's width of the right margin, in mid-sentence
    and in the bold type ``ln`` is set in (a bold field run on: '(TCM) – **Every**' /
    '**summer**'), and the word would not have fitted after it. A narrow column leaves a wide
    gap before a long word, wider than ``wrap_slack_ratio`` allows."""
    if cur["kind"] != BlockKind.list_item or not prev.words or not ln.bold or not prev.words[-1].bold:
        return False
    return not prev.text.rstrip().endswith((".", "!", "?", ":", ";")) and _word_did_not_fit(
        prev, ln, right, cur["lines"][0].x0, settings
    )


def _word_did_not_fit(prev: Line, ln: Line, right: float, left: float, settings: LayoutSettings = DEFAULT) -> bool:
    """Did ``prev`` break before ``ln`` because the first word of ``ln`` did not fit? ``prev`` ends
    within ``wrap_fit_ratio`` of the text width (``left`` to ``right``) of the right margin, and
    the word would not have fitted after it."""
    return prev.x1 >= right - settings.wrap_fit_ratio * (right - left) and not next_word_fits(prev, ln, right, settings)


def next_word_fits(prev: Line, nxt: Line, right: float, settings: LayoutSettings = DEFAULT) -> bool:
    """Would the first word of ``nxt`` have fitted at the end of ``prev`` (a space, then the
    word, inside the right margin ``right`` seen in the region)?"""
    if not nxt.words:
        return False
    w = nxt.words[0]
    return prev.x1 + settings.space_gap_ratio * 2 * w.size + (w.x1 - w.x0) < right - settings.margin_slack


def leading_by_size(pages: list[list[Line]], settings: LayoutSettings = DEFAULT) -> dict[int, float]:
    """The leading (baseline-to-baseline step inside a paragraph) of each body font size,
    rounded to the point, over the whole document: the smallest step between two consecutive
    lines of one size and weight in one region that recurs (``leading_min_count`` steps within
    ``leading_tolerance``), or that is seen once in the middle of a sentence (the line above
    ends without a stop, the next goes on in lower case: surely one paragraph). Steps between
    paragraphs are wider when the paragraphs are spaced; a size with no such step has no entry
    (nothing is known of its spacing)."""
    steps: dict[int, list[float]] = {}
    sure: dict[int, list[float]] = {}
    for lines in pages:
        body = sorted((ln for ln in lines if not ln.kind), key=lambda ln: (ln.region, ln.top))
        last: tuple[Line, float] | None = None  # the lower line of the last step and its bottom
        for a, b in itertools.pairwise(body):
            if a.region != b.region or round(a.size) != round(b.size) or a.bold != b.bold:
                continue  # (a bold line's font may sit on its baseline differently)
            # a line's bottom worked out once where it closes one step and opens the next
            bottom_b = text_bottom(b)
            step = bottom_b - (last[1] if last is not None and last[0] is a else text_bottom(a))
            last = (b, bottom_b)
            if a.height * settings.leading_min_ratio <= step <= a.height * settings.leading_max_ratio:
                steps.setdefault(round(a.size), []).append(step)
                if b.text[:1].islower() and not a.text.rstrip().endswith((".", "!", "?", ":", ";")):
                    sure.setdefault(round(a.size), []).append(step)
    out: dict[int, float] = {}
    for size, values in steps.items():
        first = smallest_recurring(values, settings.leading_tolerance, settings.leading_min_count)
        found = ([] if first is None else [first]) + sure.get(size, [])
        if found:
            out[size] = min(found)
    return out


def smallest_recurring(values: list[float], tolerance: float, min_count: int) -> float | None:
    """The smallest of ``values`` that at least ``min_count`` of them (itself included) lie
    within ``tolerance`` of, or None. Sorted once, each candidate counts only the values in a
    window around it found by bisection (a hair wider than the tolerance, the exact test then
    decides): a long document has thousands of line steps per font size, and counting all of
    them for each was quadratic."""
    ordered = sorted(values)
    margin = 2 * tolerance + 1e-9
    for v in ordered:
        lo = bisect.bisect_left(ordered, v - margin)
        hi = bisect.bisect_right(ordered, v + margin)
        if sum(1 for w in ordered[lo:hi] if abs(w - v) <= tolerance) >= min_count:
            return v
    return None


def spaced_apart(prev: Line, ln: Line, leading: dict[int, float], settings: LayoutSettings = DEFAULT) -> bool:
    """Is ``ln`` set further below ``prev`` than the document's leading for their size, by
    paragraph spacing (``paragraph_space_ratio`` of the size)? Then it starts a new paragraph,
    whatever its indentation says."""
    if round(prev.size) != round(ln.size) or prev.page != ln.page or prev.region != ln.region:
        return False
    lead = leading.get(round(ln.size))
    if lead is None:
        return False
    return text_bottom(ln) - text_bottom(prev) > lead + settings.paragraph_space_ratio * ln.size


def text_bottom(ln: Line) -> float:
    """The bottom of a line's words, its bullet left out: a bullet glyph may hang below the
    text ("•" in some fonts), and the step from a bulleted line to the next then looks
    shorter than the leading the paragraph is set at."""
    return max((w.bottom for w in ln.words if w.text not in BULLETS), default=ln.bottom)


def table_place(
    piece: TablePiece,
    pages: list[list[Line]],
    settings: LayoutSettings = DEFAULT,
    regions: dict[tuple[int, int], list[Line]] | None = None,
) -> float:
    """Where a table piece is read among the lines of its region: at its top edge, or, when
    the lines under that edge that stand beside it go on with the sentence of the line above
    it (each opens in a lower-case letter: a list item wrapping beside a boxed call-out), after
    them, each starting within the width of the line above and following it at no more than a
    line's height. The same for tables as :func:`plancheck.layout.document.sentence_beside` is
    for frames. ``regions``: :func:`region_lines` of ``pages``, when the caller places several
    tables (each then looks at its own region's lines, not at every line of the document)."""
    if piece.read_at is not None:
        return piece.read_at  # margin notes read as a table: after the paragraph beside them
    x0, top, x1, _bottom = piece.bbox
    slack = settings.line_overlap_slack
    if regions is None:
        regions = region_lines(pages, piece.page, piece.region)
    mine = regions.get((piece.page, piece.region), [])
    above = [ln for ln in mine if ln.top < top]
    if not above:
        return top
    prev, place = above[-1], top
    for ln in (ln for ln in mine if ln.top >= top):
        beside = ln.x1 <= x0 + slack or ln.x0 >= x1 - slack
        under = prev.x0 - slack <= ln.x0 <= prev.x1 and ln.top - prev.bottom <= ln.bottom - ln.top
        first = ln.text.lstrip()[:1]
        if not (beside and under and first.isalpha() and first.islower()):
            break
        place, prev = ln.top + slack, ln
    return place


def region_lines(
    pages: list[list[Line]], page: int | None = None, region: int | None = None
) -> dict[tuple[int, int], list[Line]]:
    """The text lines (no ``kind``) of each (page, region), top to bottom (lines at one height
    in the order of ``pages``); with ``page`` and ``region``, of that one only."""
    out: dict[tuple[int, int], list[Line]] = {}
    for lines in pages:
        for ln in lines:
            if not ln.kind and (page is None or (ln.page == page and ln.region == region)):
                out.setdefault((ln.page, ln.region), []).append(ln)
    for found in out.values():
        found.sort(key=lambda ln: ln.top)
    return out


def build_blocks(
    pages: list[list[Line]],
    tables: list[tuple[TablePiece, Table]],
    settings: LayoutSettings = DEFAULT,
    columns: set[tuple[int, int]] | None = None,
    widths: dict[int, float] | None = None,
    tiles: set[tuple[int, int]] | None = None,
    order: dict[tuple[int, int], int] | None = None,
) -> list[Block]:
    """Turn lines (and tables, at their place) into blocks in reading order.

    ``columns`` names the (page, region) pairs that are side-by-side text columns: the right
    margin a line may wrap at is its column's, or, outside columns, the widest line of the
    page outside columns (a region of short lines between two blank bands says nothing of
    where the margin is). ``widths``: each page's width, for where the right margin of a page
    of short lines lies (:func:`mirrored_margin`). ``tiles`` names the (page, region) pairs that
    are tiles (boxes of a grid): a line of one could have run no further than its box, whatever
    the lines of the boxes under it that start at the same x (a panel spanning two columns of
    the grid) reach. ``order``: the reading place of each (page, region) pair when the pages
    are not read in their own order (a booklet imposed for printing,
    :func:`plancheck.layout.imposition.imposed_order`)."""
    body = body_size(pages)
    leading = leading_by_size(pages, settings)
    heading_sizes = sorted(
        {round(ln.size, 0) for lines in pages for ln in lines if not ln.kind and ln.size >= body + settings.heading_size_delta},
        reverse=True,
    )
    # pages a running head names the section of (plancheck/layout/furniture.py mark_section_heads)
    headed_pages = {ln.page for lines in pages for ln in lines if ln.meta.get("section_head")}
    right_edge: dict[tuple[int, int], float] = {}  # the right margin of each page region
    for lines in pages:
        for ln in lines:
            if not ln.kind:
                key = (ln.page, ln.region)
                right_edge[key] = max(right_edge.get(key, 0.0), ln.x1)
    if columns is not None:
        full: dict[int, float] = {}  # page → its widest line outside columns
        for (page, region), x1 in right_edge.items():
            if (page, region) not in columns:
                full[page] = max(full.get(page, 0.0), x1)
        for key in right_edge:
            if key not in columns:
                right_edge[key] = full[key[0]]
    # the right margin of the lines that start where a line starts, per page (a paragraph's
    # measure, also when its region holds only short lines)
    line_right: dict[tuple[int, int], float] = {}
    for lines in pages:
        for ln in lines:
            if not ln.kind:
                key = (ln.page, round(ln.x0 / settings.line_start_step))
                line_right[key] = max(line_right.get(key, 0.0), ln.x1)
    def shared_measure(ln: Line) -> float:
        """The right margin of the lines starting where ``ln`` starts on its page, when another
        of them ends there too (within ``cell_break_room_ratio`` sizes): a measure two lines
        show, which a line broken mid-word reaches though its region's margin lies further
        right (a title set wider than a column whose neighbour is still empty). 0 when no
        second line shows it."""
        key = (ln.page, round(ln.x0 / settings.line_start_step))
        # (once per start and size: asked for every pair of a block's lines, each time over
        # all the lines starting there; ``line_right`` and ``line_ends`` are complete by then)
        known = measures.get((key, ln.size))
        if known is not None:
            return known
        right = line_right.get(key, 0.0)
        near = sum(1 for x1 in line_ends.get(key, []) if right - x1 < settings.cell_break_room_ratio * ln.size)
        measures[(key, ln.size)] = found = right if near >= 2 else 0.0
        return found

    measures: dict[tuple[tuple[int, int], float], float] = {}

    line_ends: dict[tuple[int, int], list[float]] = {}
    for lines in pages:
        for ln in lines:
            if not ln.kind:
                line_ends.setdefault((ln.page, round(ln.x0 / settings.line_start_step)), []).append(ln.x1)
    # the right margin of the text outside columns over the whole document (a page of a few
    # short items does not show it), or where the left margin puts it
    outside = [ln for lines in pages for ln in lines if not ln.kind and (columns is None or (ln.page, ln.region) not in columns)]
    doc_right = max((ln.x1 for ln in outside), default=0.0)
    page_right = {page: mirrored_margin(width, [ln for ln in outside if ln.page == page], settings)
                  for page, width in (widths or {}).items()}
    items: list[tuple[int, int, float, object]] = []
    for lines in pages:
        for ln in lines:
            if not ln.kind:
                # (a margin note is read after the paragraph beside it: layout/marginnotes.py)
                items.append((ln.page, ln.region, ln.meta.get("read_at", ln.top), ln))
            elif ln.kind == MARGIN_LABEL:
                # a side heading beside a table (level with its first row, under its column
                # heads) labels the table: read before it
                top = min((p.bbox[1] for p, _t in tables if p.page == ln.page and p.region == ln.region
                           and p.bbox[1] <= ln.top <= p.bbox[3]), default=ln.top)
                items.append((ln.page, ln.region, top, ln))
    regions = region_lines(pages) if tables else {}
    for piece, table in tables:
        items.append((piece.page, piece.region, table_place(piece, pages, settings, regions), (piece, table)))
    if order:
        items.sort(key=lambda t: (order.get((t[0], t[1]), t[0]), t[0], t[1], t[2]))
    else:
        items.sort(key=lambda t: (t[0], t[1], t[2]))

    flat = [ln for lines in pages for ln in lines]
    letters = letter_series(flat, body, settings, item_numbers(flat, tables))
    codes = code_series([(ln.words[0].text, ln.words[1].text) for ln in flat if not ln.kind and len(ln.words) > 1], settings)
    long_fields = repeated_long_fields(flat, settings)  # "Who will do this: …" under each item
    blocks: list[Block] = []
    cur: dict | None = None
    shift: dict[str, float] = {}  # block id → how far right of the first column its column starts
    numbered_headings: list[tuple[float, int, bool]] = []  # (size, level, one-part number) of each numbered heading so far
    italic_notes = False  # a note in italics under an item was read: the document sets its notes so

    def note_right(prev: Line) -> float:
        # how far the line of a list item could have run: its region's right margin, or that of
        # the lines starting where it starts on its page, or outside columns that of the
        # document, whichever is furthest (a region or page of a few short items does not show it);
        # a tile's, its own
        if tiles is not None and (prev.page, prev.region) in tiles:
            return right_edge.get((prev.page, prev.region), prev.x1)
        right = max(right_edge.get((prev.page, prev.region), prev.x1),
                    line_right.get((prev.page, round(prev.x0 / settings.line_start_step)), prev.x1))
        in_column = columns is not None and (prev.page, prev.region) in columns
        return right if in_column else max(right, doc_right, page_right.get(prev.page, 0.0))

    def flush() -> None:
        nonlocal cur
        if cur is None:
            return
        lines_: list[Line] = cur["lines"]
        texts = [cur["first_text"]] + [ln.text for ln in lines_[1:]]
        fills = [word_split_at_margin(a, b, right_edge.get((a.page, a.region), a.x1), settings)
                 or (shared_measure(a) > 0 and word_split_at_margin(a, b, shared_measure(a), settings))
                 for a, b in itertools.pairwise(lines_)]
        text = join_lines(texts, full_width=[*fills, False]) if any(fills) else join_lines(texts)
        tails = [ln.meta["tail"] for ln in lines_ if ln.meta.get("tail")]
        if tails:
            # a field set flush right beside the item (its date): read after the item's text,
            # set off by a spaced dash as a field written on the line would be
            text = " – ".join([text, *tails])
        bbox = lines_[0].bbox()
        for ln in lines_[1:]:
            if ln.page == lines_[0].page:
                bbox = bbox.union(ln.bbox())
        source = "\n".join(ln.text for ln in lines_)
        found = inline_label(text)
        label = found[0] if found is not None else None
        blocks.append(
            Block(
                id=f"b{len(blocks) + 1}",
                kind=cur["kind"],
                text=text,
                level=cur.get("level"),
                number=cur.get("number"),
                label=label,
                bullet=cur.get("bullet"),
                font_size=lines_[0].size,
                bold=lines_[0].bold,
                italic=all_italic(lines_),
                run_in=(lead_run(lines_) if cur["kind"] == BlockKind.paragraph
                        else item_lead(lines_, cur.get("number"), cur.get("bullet")) if cur["kind"] == BlockKind.list_item
                        else None),
                item_note=bool(cur.get("item_note")),
                chip=bool(lines_[0].meta.get("chip")),
                head_chip=bool(lines_[0].meta.get("head_chip")),
                aside=bool(lines_[0].meta.get("aside")),
                flow_step=bool(lines_[0].meta.get("flow_step")),
                hangs_under=lines_[0].meta.get("hangs_under"),
                side_label=bool(cur.get("side_label")),
                emphasis=emphasis_starts(lines_, text) if cur["kind"] != BlockKind.heading else [],
                note_refs=[r for ln in lines_ for r in ln.meta.get("note_refs", [])],
                provenance=Provenance(page=lines_[0].page, bbox=bbox, source_text=source),
            )
        )
        if lines_[0].meta.get("column_shift"):
            shift[blocks[-1].id] = lines_[0].meta["column_shift"]
        cur = None

    prev_line: Line | None = None
    side: tuple[int, Line] | None = None  # the last side heading's block (index) and its last line
    following = {id(a[3]): b[3] for a, b in itertools.pairwise(items)}
    # the right margin of the lines that start where a line starts, over the whole document
    # (a page of a few short lines shows no margin)
    start_right: dict[int, float] = {}
    for (_p, step), x1 in line_right.items():
        start_right[step] = max(start_right.get(step, 0.0), x1)
    for _page_no, _region, _top, obj in items:
        if isinstance(obj, tuple):
            flush()
            piece, table = obj
            if piece.page != table.pages[0]:
                continue  # a continuation: already part of the logical table
            cells = [(i, t) for i, t in enumerate(table.header) if t.strip()] + [
                (c.col, c.text) for r in table.rows for c in r if c.text.strip() and c.merged_from is None
            ]
            texts = [t for _i, t in cells]
            if cells and len({i for i, _t in cells}) == 1 and len(table.rows) <= settings.text_box_max_rows and not piece.wheel:
                if len(" ".join(texts).split()) < 4:
                    continue  # a label drawn in a box ("Strategy"): decoration, not content
                # a framed text box drawn as a table: its text is a paragraph
                blocks.append(
                    Block(
                        id=f"b{len(blocks) + 1}",
                        kind=BlockKind.paragraph,
                        text=join_lines(texts),
                        provenance=Provenance(
                            page=piece.page,
                            bbox=BBox(x0=piece.bbox[0], top=piece.bbox[1], x1=piece.bbox[2], bottom=piece.bbox[3]),
                            source_text="\n".join(texts),
                        ),
                    )
                )
                prev_line = None
                continue
            blocks.append(
                Block(
                    id=f"b{len(blocks) + 1}",
                    kind=BlockKind.table,
                    text=" | ".join(table.header),
                    table=table,
                    provenance=Provenance(
                        page=piece.page,
                        bbox=BBox(x0=piece.bbox[0], top=piece.bbox[1], x1=piece.bbox[2], bottom=piece.bbox[3]),
                        source_text=" | ".join(table.header),
                    ),
                )
            )
            prev_line = None
            continue
        ln: Line = obj  # type: ignore[assignment]
        if ln.kind == MARGIN_LABEL:
            # a side heading (plancheck/layout/margins.py): a heading of its own, one level
            # below the headings in the text's size, its wrapped lines joined
            if side is not None and cur is not None and not cur.get("side_label") and _label_wraps(side[1], ln, settings):
                # the label's next line, level with the next line of the text beside it: more
                # of the label, and the text goes on
                label = blocks[side[0]]
                label.text = join_lines([label.text, ln.text])
                if label.provenance.bbox is not None:
                    label.provenance.bbox = label.provenance.bbox.union(ln.bbox())
                side = (side[0], ln)
                continue
            if not (cur is not None and cur.get("side_label") and prev_line is not None and prev_line.kind == MARGIN_LABEL
                    and _label_wraps(prev_line, ln, settings)):
                flush()
                cur = {"kind": BlockKind.heading, "lines": [], "first_text": ln.text, "side_label": True,
                       "level": len(heading_sizes) + 1}
            cur["lines"].append(ln)
            prev_line = ln
            continue
        if prev_line is not None and prev_line.kind == MARGIN_LABEL:
            flush()  # the text beside a side heading starts a block of its own
            side = (len(blocks) - 1, prev_line)
            prev_line = None
        elif side is not None and ln.top > side[1].bottom + settings.heading_join_ratio * side[1].height:
            side = None
        kind, number, bullet, text = classify(ln, body, settings, letters, codes)
        if kind == "heading" and not number and bold_lead_wraps(
            ln, following.get(id(ln)), body, start_right.get(round(ln.x0 / settings.line_start_step), ln.x1), settings,
            following,
        ):
            kind = "text"  # the first line of a paragraph's bold lead sentence, not a heading
        elif kind == "heading" and number and ln.size < body + settings.heading_size_delta and len(ln.words) > 1:
            # "1.1 **Opprette eit bustadteam … utan**" / "**bustad.** Teamet har …": a numbered
            # item whose bold lead sentence wraps onto its hanging line, not a numbered heading
            rest = replace(ln, words=ln.words[1:], x0=ln.words[1].x0, text=text)
            if bold_lead_wraps(rest, following.get(id(ln)), body,
                               start_right.get(round(rest.x0 / settings.line_start_step), rest.x1), settings, following):
                kind = "list"
        if ln.meta.get("flow_step"):
            # a flowchart's step (a decision, a start or end box, a connector's label;
            # plancheck/layout/flowboxes.py): one paragraph per box, whatever its type
            if (cur is not None and prev_line is not None and prev_line.meta.get("flow_step")
                    and (prev_line.page, prev_line.region) == (ln.page, ln.region)):
                cur["lines"].append(ln)
            else:
                flush()
                cur = {"kind": BlockKind.paragraph, "lines": [ln], "first_text": ln.text}
            prev_line = ln
            continue
        if prev_line is not None and prev_line.meta.get("flow_step"):
            flush()  # and nothing after it goes on in it
            prev_line = None
        if ln.meta.get("chip") and prev_line is not None and prev_line.meta.get("chip") and prev_line.region == ln.region:
            # the next line of a note stuck on a larger one (plancheck/layout/stickynotes.py): one block
            cur["lines"].append(ln)
            prev_line = ln
            continue
        if ln.meta.get("chip"):
            # a card's chip (plancheck/layout/cards.py) is a block of its own, whatever its type;
            # a field wrapped onto a second line (layout/icons.py) is one chip
            if prev_line is not None and prev_line.meta.get("chip") and prev_line.region == ln.region and cur:
                cur["lines"].append(ln)
                prev_line = ln
                continue
            flush()
            cur = {"kind": BlockKind.paragraph, "lines": [ln], "first_text": ln.text}
            prev_line = ln
            continue
        if prev_line is not None and prev_line.meta.get("chip"):
            flush()  # and nothing after it goes on in it
            prev_line = None
        if (
            kind == "heading"
            and not number
            and cur is not None
            and cur["kind"] in (BlockKind.paragraph, BlockKind.list_item)
            and prev_line is not None
            and (ln.size < body + settings.heading_size_delta or _in_item_type(cur, prev_line, ln, settings))
            and _continues(cur, prev_line, ln, settings, leading)
            and (
                _wrapped(prev_line, right_edge.get((prev_line.page, prev_line.region), prev_line.x1), cur["lines"][0].x0, settings, ln)
                or _item_word_pushed_down(cur, prev_line, ln, right_edge.get((prev_line.page, prev_line.region), prev_line.x1), settings)
            )
        ):
            # a line set bold for emphasis in the middle of a sentence is not a heading; nor the
            # bold end of a list item's closing field pushed to a line of its own ('… (TCM) –
            # Every' / 'summer' in a narrow column)
            cur["lines"].append(ln)
            prev_line = ln
            continue
        if (
            kind == "text"
            and cur is not None
            and cur["kind"] == BlockKind.list_item
            and len(cur["lines"]) == 1
            and cur["lines"][0].bold
            and not ln.bold
            and prev_line is cur["lines"][0]
            and (
                prev_line.x1 < cur["right"] - settings.wrap_slack_ratio * (cur["right"] - cur["label_x"])
                # a title that fills its line: the plain line under it opens a sentence of its own
                or (ln.text[:1].isupper() and not prev_line.text.rstrip().endswith(("-", ",", "–", "—")))
            )
        ):
            # a bold run-in title on the bullet's line, then plain text under it: the title is
            # the item, the text its description
            flush()
            cur = {"kind": BlockKind.paragraph, "lines": [ln], "first_text": text}
            prev_line = ln
            continue
        if (
            kind != "heading"
            and cur is not None
            and cur["kind"] == BlockKind.heading
            and prev_line is not None
            and heading_wrapped(prev_line, ln, right_edge.get((prev_line.page, prev_line.region), prev_line.x1),
                                cur["lines"][0].x0, settings)
        ):
            # "Mål 1: … halveres innen" then "2030." in the heading's type: the end of the
            # heading, wrapped, not a numbered line or a paragraph of its own
            cur["lines"].append(ln)
            prev_line = ln
            continue
        if kind == "list" and _separator_wrapped(
            cur, prev_line, ln, bullet, settings, leading,
            right_edge.get((prev_line.page, prev_line.region)) if prev_line is not None else None,
        ):
            cur["lines"].append(ln)  # type: ignore[index]
            prev_line = ln
            continue
        if (
            kind == "list" and number and not bullet and cur is not None and prev_line is not None
            and cur["kind"] in (BlockKind.paragraph, BlockKind.list_item)
            and number_wrapped(prev_line, ln, text, right_edge.get((prev_line.page, prev_line.region), prev_line.x1), settings,
                               _open_parenthesis(cur))
            and _continues(cur, prev_line, ln, settings, leading)
        ):
            cur["lines"].append(ln)  # "… – Ansvar: Visitationen –" / "1. halvår 2026": a date wrapped
            prev_line = ln
            continue
        if (
            kind == "heading"
            and not number
            and cur is not None
            and cur.get("under_caps")
            and prev_line is not None
            and prev_line.page == ln.page
            and 0 <= ln.top - prev_line.bottom < settings.heading_join_ratio * ln.height
            and round(prev_line.size) == round(ln.size)
            and prev_line.bold == ln.bold
        ):
            cur["lines"].append(ln)  # the statement under a title in capitals goes on in its type
            prev_line = ln
            continue
        if (
            kind == "heading" and number and cur is not None and cur["kind"] == BlockKind.heading
            and prev_line is not None and len(ln.words) > 1 and ln.words[1].text[:1].islower()
            and heading_wrapped(prev_line, ln, right_edge.get((prev_line.page, prev_line.region), prev_line.x1),
                                cur["lines"][0].x0, settings)
        ):
            # "… åpent i minst" then "30 dager." in the heading's type: a quantity wrapped
            # to the line start, the heading's last words, not a heading numbered 20
            number, text = None, ln.text.strip()
        if kind == "heading":
            level = None
            if number:
                level = number.count(".") + 1
                if "." not in number:
                    # "1." in body size under "4 Mål og tiltak" in a larger size: the items of an
                    # outline list inside chapter 4, one level below it, not chapter 1 again
                    level = _nested_level(numbered_headings, number, ln.size, settings) or level
                numbered_headings.append((ln.size, level, "." not in number))
            elif round(ln.size, 0) in heading_sizes:
                level = heading_sizes.index(round(ln.size, 0)) + 1
            else:
                level = len(heading_sizes) + 1
            if not number and ln.meta.get("section_head"):
                level = 1  # a running head naming its page's section heads the whole page ...
            elif not number and ln.page in headed_pages and level is not None and level < 2:
                level = 2  # ... and every heading set under it on the page
            if (
                cur is not None
                and cur["kind"] == BlockKind.heading
                and prev_line is not None
                and not number
                and (
                    (
                        prev_line.page == ln.page
                        and 0 <= ln.top - prev_line.bottom < settings.heading_join_ratio * ln.height
                        and round(prev_line.size) == round(ln.size)
                        and not starts_with_label(ln.text)  # "Visjon: …" under "1.2 Visjon" is its own line
                        # "Mål 2: … 2020." then "*Vi vil …*": a line of its own
                        and not italic_turn(prev_line, ln, right_edge.get((prev_line.page, prev_line.region), prev_line.x1),
                                            cur["lines"][0].x0, settings)
                    )
                    # or the rest of it at the head of the next column or page
                    or heading_over_break(prev_line, ln, right_edge.get((prev_line.page, prev_line.region), prev_line.x1),
                                          cur["lines"][0].x0, settings)
                )
            ):
                if caps_title_over_text(prev_line, ln, settings):
                    # "1 :: SAFE STREETS" over "Make every street safe …" in the same bold type:
                    # the statement under a title in capitals is text, not more of the title
                    flush()
                    cur = {"kind": BlockKind.paragraph, "lines": [ln], "first_text": text, "under_caps": True}
                    prev_line = ln
                    continue
                cur["lines"].append(ln)
                prev_line = ln
                continue
            flush()
            cur = {"kind": BlockKind.heading, "lines": [ln], "first_text": text, "level": level, "number": number}
        elif kind == "list":
            flush()
            cur = {
                "kind": BlockKind.list_item,
                "lines": [ln],
                "first_text": text,
                "number": number,
                "bullet": bullet,
                "indent": ln.words[1].x0 if len(ln.words) > 1 else ln.x0,
                "label_x": ln.x0,
                "right": right_edge.get((ln.page, ln.region), ln.x1),
            }
        else:
            below = following.get(id(ln))
            goes_on = (
                cur is not None
                and _continues(cur, prev_line, ln, settings, leading, below=below if isinstance(below, Line) else None,
                               fields=long_fields)
                and not (
                    cur["kind"] == BlockKind.paragraph
                    and prev_line is not None
                    and _broken_on_purpose(prev_line, ln, right_edge.get((prev_line.page, prev_line.region), prev_line.x1), settings)
                )
                and not _label_line_done(cur, prev_line, ln, line_right, settings)
                and not (
                    cur["kind"] == BlockKind.paragraph
                    and prev_line is not None
                    and bold_label_after_sentence(prev_line, ln, settings)
                )
                and not (
                    cur["kind"] == BlockKind.list_item
                    and prev_line is not None
                    and italic_aside_after_break(cur["lines"][0], prev_line, ln, note_right(prev_line), settings)
                )
            )
            note = cur is not None and cur["kind"] == BlockKind.list_item and prev_line is not None and (
                (
                    _continues(cur, prev_line, ln, settings, leading, any_size=True)
                    and (
                        item_note_line(cur["lines"][0], ln, settings)
                        or bare_note_after_break(cur["lines"][0], prev_line, ln, note_right(prev_line), settings,
                                                 proven=italic_notes)
                        or bracket_after_break(prev_line, ln, note_right(prev_line), settings)
                    )
                )
                # the item ended its page or column and its note heads the next: the note's type
                # and bracket say what it is
                or ((prev_line.page, prev_line.region) != (ln.page, ln.region)
                    and item_note_line(cur["lines"][0], ln, settings))
            )
            if note:
                # a note in italics under an item set in roman: the document's way with notes
                italic_notes = italic_notes or (not _all_italic(cur["lines"][0]) and italic_note(ln))
                flush()  # who and when, set apart under the item's text: a note on it
                cur = {"kind": BlockKind.paragraph, "lines": [ln], "first_text": text, "item_note": True}
                prev_line = ln
                continue
            if not goes_on and cur is not None and prev_line is not None:
                # a wider gap after a line broken before a long word (a run in a taller font)
                right = right_edge.get((prev_line.page, prev_line.region), prev_line.x1)
                goes_on = _wrapped_over_gap(cur, prev_line, ln, right, settings)
            if goes_on:
                cur["lines"].append(ln)  # type: ignore[index]
            else:
                flush()
                cur = {"kind": BlockKind.paragraph, "lines": [ln], "first_text": text}
        prev_line = ln
    flush()
    _rank_minor_headings(blocks, len(heading_sizes) + 1)
    # list nesting level from indentation within the item's column
    step = settings.list_level_step

    def indent(b: Block) -> int:
        return round((b.provenance.bbox.x0 - shift.get(b.id, 0.0)) / step)  # type: ignore[union-attr]

    indents = sorted({indent(b) for b in blocks if b.kind == BlockKind.list_item and b.provenance.bbox})
    for b in blocks:
        if b.kind == BlockKind.list_item and b.provenance.bbox:
            b.level = indents.index(indent(b))
    return blocks


def _rank_minor_headings(blocks: list[Block], base: int) -> None:
    """Rank the unnumbered headings set no larger than the body's headings by their type:
    each size a level of its own, the larger above, from ``base`` (the level after the
    heading sizes) down.

    Why: a heading's level comes from its size among the sizes set a heading's step above the
    body; the headings set in about the body's size (a bold 10 pt sentence on a band, a bold
    8.5 pt 'Indikatorer' under it) all got the same level, so the sections under the larger
    one stood beside it instead of under it. A side label keeps its own level."""
    minor = [b for b in blocks if b.kind == BlockKind.heading and b.level == base and not b.number
             and b.font_size and not b.side_label]
    sizes = sorted({round(b.font_size or 0.0) for b in minor}, reverse=True)
    if len(sizes) < 2:
        return
    for b in minor:
        b.level = base + sizes.index(round(b.font_size or 0.0))


CLOSING_BRACKET = re.compile(r"\([^()]*\)\s*$")
#: a bracketed group opened on the line and left open at its end: it wraps onto the next line
OPEN_BRACKET = re.compile(r"\([^()]*$")


def _label_wraps(prev: Line, ln: Line, settings: LayoutSettings = DEFAULT) -> bool:
    """Is side-heading line ``ln`` the next line of the label ``prev`` (same page, at the
    label's edge, close under it, going on in lower case: a label of its own starts with a
    capital)?"""
    return (
        prev.page == ln.page and abs(prev.x0 - ln.x0) <= settings.margin_indent_tolerance
        and ln.text[:1].islower()
        and -settings.y_tolerance <= ln.top - prev.bottom < settings.heading_join_ratio * ln.height
    )


def _all_italic(ln: Line) -> bool:
    letters = [w for w in ln.words if any(ch.isalpha() for ch in w.text)]
    return bool(letters) and all(w.italic for w in letters)


def italic_turn(prev: Line, ln: Line, right: float, left: float, settings: LayoutSettings = DEFAULT) -> bool:
    """Is the heading line ``ln`` set wholly in italics under a heading line ``prev`` that is
    not, and that did not run on into it (:func:`_wrapped`: it ends its sentence or stops short
    of the margin)? A heading does not change its cut for a new line of its own; a bold-italic
    line under a bold heading ("Vi vil …" under "Mål 2: … 2020.") is an item of its own,
    however close and large it is. (A title that wraps into an italic run stays one title.)"""
    return _all_italic(ln) and not _all_italic(prev) and not _wrapped(prev, right, left, settings, ln)


def heading_wrapped(prev: Line, ln: Line, right: float, left: float, settings: LayoutSettings = DEFAULT) -> bool:
    """Is ``ln`` the rest of the heading line ``prev``, wrapped: set in the same fonts and size
    (fonts, not the bold flag: a line of digits alone may not be seen as bold),
    close under it, and ``prev`` ran to the margin in mid-sentence (:func:`_wrapped`)? Why: a
    heading's last line may hold only a year ("2030.") that alone reads as a numbered line."""
    return (
        prev.page == ln.page
        and 0 <= ln.top - prev.bottom < settings.heading_join_ratio * ln.height
        and round(prev.size) == round(ln.size)
        and bool(ln.words) and fonts_of(prev) == fonts_of(ln)
        and _wrapped(prev, right, left, settings, ln)
    )


def heading_over_break(prev: Line, ln: Line, right: float, left: float, settings: LayoutSettings = DEFAULT) -> bool:
    """Is ``ln``, the first line of a column or page, the rest of the heading line ``prev`` that
    ended the column or page before: set in the same fonts and size, going on in lower case
    without a label of its own, and ``prev`` ran to its margin in mid-sentence (:func:`_wrapped`:
    the first word of ``ln`` did not fit after it)? A labelled goal heading cut by a column
    break ("D1.2 Personer med nedsatt" / "funksjonsevne skal …") is one heading; a heading
    opens with a capital or a number, never with a lower-case word."""
    return (
        (prev.page, prev.region) != (ln.page, ln.region)
        and round(prev.size) == round(ln.size)
        and bool(ln.words) and fonts_of(prev) == fonts_of(ln)
        and ln.text[:1].islower()
        and not starts_with_label(ln.text)
        and _wrapped(prev, right, left, settings, ln)
    )


def item_note_line(first: Line, ln: Line, settings: LayoutSettings = DEFAULT) -> bool:
    """Is ``ln``, under a list item whose first line is ``first``, a note on the item rather than
    more of its text: it closes with a bracketed group ("(Vår 2026)"), or opens one it leaves open
    at its end (the group wraps onto the next line), and is set apart in type —
    every word before the bracket in italic where the first line is not, or the whole line
    smaller by ``item_note_size_delta``. (Cards that put the owner in italics and the deadline in
    brackets under each measure; what the note says is for extraction to read.)"""
    if (CLOSING_BRACKET.search(ln.text) is None and OPEN_BRACKET.search(ln.text) is None) or not ln.words:
        return False
    # (the first line's bullet glyph, set in a symbol font, says nothing of its type)
    italic = italic_note(ln) and not _all_italic(first)
    smaller = ln.size <= first.size - settings.item_note_size_delta
    return italic or smaller


def mirrored_margin(width: float, lines: list[Line], settings: LayoutSettings = DEFAULT) -> float:
    """Where the right margin of a page ``width`` wide lies when it mirrors the left one (the
    left edge of its ``lines`` outside columns): a page of short lines never reaches its right
    margin, but a page is set with margins alike on both sides, within
    ``margin_mirror_slack`` pt. 0 when the page has no such lines."""
    if not lines:
        return 0.0
    return width - min(ln.x0 for ln in lines) - settings.margin_mirror_slack


def bare_note_after_break(
    first: Line, prev: Line, ln: Line, right: float, settings: LayoutSettings = DEFAULT, *, proven: bool = False
) -> bool:
    """Is ``ln``, under a list item whose first line is ``first`` and last line ``prev``, a note
    on the item with no bracket (an owner alone, its deadline not given: "*Kulturkontoret*"; or a
    time alone, its owner not given: "2026")? It opens with a capital or a figure, holds at most ``item_note_max_words`` words and ends no sentence,
    and it is set smaller than the item by ``item_note_size_delta`` (no line of the item's
    text), or wholly in italics where the item is not and ``prev`` was broken before it
    although its first word would have fitted there (``right``): the writer put it on a line
    of its own (a run of italics in an item's text fills its line before it wraps). Where the
    document has set a note in italics under an item before (``proven``), the line need not
    show it: its first word may simply not have fitted after the item's text."""
    text = ln.text.strip()
    # (it opens with a capital, a name; or with a figure, a time given alone: "2026")
    if prev.page != ln.page or not ln.words or not (text[:1].isupper() or text[:1].isdigit()) or "(" in text:
        return False
    # (a separator between names, '/' or '–', is no word: three owners of three words each)
    words = [w for w in ln.words if any(ch.isalnum() for ch in w.text)]
    if len(words) > settings.item_note_max_words or text.endswith((".", "!", "?", ":")):
        return False
    if ln.size <= first.size - settings.item_note_size_delta:
        return True
    if not _all_italic(ln) or _all_italic(first):
        return False
    if proven:
        return True
    return broken_before(prev, ln, right, settings)


def broken_before(prev: Line, ln: Line, right: float, settings: LayoutSettings = DEFAULT) -> bool:
    """Was ``prev`` broken before the first word of ``ln`` although that word would have fitted
    after it (``right``: the margin)? The writer put ``ln`` on a line of its own."""
    word = ln.words[0]
    return right - prev.x1 > (word.x1 - word.x0) + settings.word_space_ratio * ln.size


def italic_aside_after_break(first: Line, prev: Line, ln: Line, right: float, settings: LayoutSettings = DEFAULT) -> bool:
    """Is ``ln``, under a list item whose first line ``first`` is set in roman and whose last
    line ``prev`` was broken before it (:func:`broken_before`), a remark of its own set wholly in
    italics ("*Measures will be set when the survey is done.*" under a sub-goal with no
    measures yet)? A run of italics inside an item's text fills its line before it wraps; a
    line of italics the writer began anew is no more of the item."""
    if prev.page != ln.page or not ln.words or not prev.words or not ln.text.strip()[:1].isupper():
        return False
    if not _all_italic(ln) or _all_italic(first) or _all_italic(prev):
        return False
    return broken_before(prev, ln, right, settings)


def italic_note(ln: Line) -> bool:
    """Is the note line ``ln`` set in italics: its words before a closing bracketed group
    ("*Skolen* (Vår 2026)"), or all of them?"""
    bracket = CLOSING_BRACKET.search(ln.text) is not None or OPEN_BRACKET.search(ln.text) is not None
    opens = max((i for i, w in enumerate(ln.words) if w.text.startswith("(")), default=len(ln.words)) if bracket else len(ln.words)
    before = [w for w in ln.words[:opens] if any(ch.isalpha() for ch in w.text)]
    return bool(before) and all(w.italic for w in before)


def bracket_after_break(prev: Line, ln: Line, right: float, settings: LayoutSettings = DEFAULT) -> bool:
    """Is ``ln`` a bracketed group alone ("(Vår 2026)") under a list item's line ``prev`` that
    was broken before it although the group would have fitted after it? Then the writer set it
    on a line of its own: a note on the item (its deadline with no owner named), not the end of
    the item's text, even in the item's own type."""
    text = ln.text.strip()
    if prev.page != ln.page or not (text.startswith("(") and text.endswith(")")) or text.count("(") != 1:
        return False
    return right - prev.x1 > (ln.x1 - ln.x0) + settings.word_space_ratio * ln.size


def caps_title_over_text(prev: Line, ln: Line, settings: LayoutSettings = DEFAULT) -> bool:
    """Is ``prev`` a title set in capitals and ``ln``, in the same type right under it, the start
    of sentence-case text (a statement, not a title wrapped to a second line)?"""
    above = [ch for ch in prev.text if ch.isalpha()]
    if len(above) < settings.caps_title_min_letters or not all(ch.isupper() for ch in above):
        return False
    words = [w.text for w in ln.words if any(ch.isalpha() for ch in w.text)]
    if len(words) < settings.caps_body_min_words:
        return False
    return words[0][:1].isupper() and sum(1 for w in words if w[:1].islower()) * 2 >= len(words)


def _wrapped_over_gap(cur: dict, prev: Line, ln: Line, right: float, settings: LayoutSettings = DEFAULT) -> bool:
    """Does ``ln`` go on with a paragraph whose last line ``prev`` broke off after a short
    lower-case word only because the first word of ``ln`` did not fit after it, although a gap wider than
    a line space stands between them? (A run set in another font, e.g. a bold name, can have a
    taller line.) Only at the paragraph's left margin, in the same size and region, and up to
    ``wrapped_gap_ratio`` line heights."""
    if cur["kind"] != BlockKind.paragraph or prev.page != ln.page or prev.region != ln.region or not prev.words:
        return False
    if abs(prev.size - ln.size) > settings.continuation_size_delta:
        return False
    left = cur["lines"][0].x0
    if abs(ln.x0 - left) > settings.margin_slack or abs(prev.x0 - left) > settings.margin_slack:
        return False
    gap = ln.top - prev.bottom
    if gap < 0 or gap > settings.wrapped_gap_ratio * max(prev.height, ln.height):
        return False
    if starts_with_label(ln.text):
        return False
    last = prev.words[-1].text
    if not last.isalpha() or not last.islower() or len(last) > settings.wrapped_gap_word_chars:
        # a finished sentence, a lead-in's colon, a number, or a line that may end an unbulleted
        # item ("… med ett flöde av information"): a paragraph ends there; a short word ("en",
        # "att", "of") ends no sentence
        return False
    return _word_did_not_fit(prev, ln, right, left, settings)


def _address_line(ln: Line) -> bool:
    """Is ``ln`` one address or path alone, no word of running text ("https://…", "file://…",
    "K:/Plan/…", "\\\\server\\share")?"""
    text = ln.text.strip()
    return len(text.split()) == 1 and bool(re.match(r"^([a-z][a-z0-9+.-]*://|[a-z]:[/\\]|\\\\|www\.)", text, re.IGNORECASE))


def bold_label_after_sentence(prev: Line, ln: Line, settings: LayoutSettings = DEFAULT) -> bool:
    """Does ``ln`` open a paragraph of its own with a label set in bold before its colon
    ("**Delmål:** Madspildet skal halveres") right under a line that ended a sentence, at the
    same left margin? A bold run-in label opens a paragraph (a field written on in the prose,
    "… får hjælp. Ansvarlig: Kultur og Fritid.", is set in the prose's weight:
    :func:`_field_wrapped`), so the two are apart whatever room the line above left — set
    with a little space only, or none, a document's paragraphs do not show it by a gap."""
    if prev.page != ln.page or not ln.words or not prev.words:
        return False
    if not prev.text.rstrip().endswith((".", "!", "?")) or abs(ln.x0 - prev.x0) > settings.margin_slack:
        return False
    n = 0
    while n < len(ln.words) and ln.words[n].bold:
        n += 1
    if n == 0 or n > settings.bold_label_max_words or n == len(ln.words):
        return False
    label = " ".join(w.text for w in ln.words[:n])
    return (label.endswith(":") or ln.words[n - 1].plain_colon) and any(ch.isalpha() for ch in label)


def _broken_on_purpose(prev: Line, ln: Line, right: float, settings: LayoutSettings = DEFAULT) -> bool:
    """Did ``prev`` end a sentence short of the right margin although the first word of ``ln``
    would have fitted after it? Then the writer broke the line: ``ln`` starts a new paragraph
    (paragraphs set without space between them, "… i kommunen." / "Kommer det …").

    A title set in bold after its plain label ("Strategy 4.1 **Make recruitment accessible**")
    ends no sentence, but its bold run ending with the line, the next line opening in the
    regular weight, says the same: the title is done ("Actions for this strategy …" is a
    paragraph of its own)."""
    if prev.page != ln.page or not ln.words or not prev.words:
        return False
    title_done = prev.words[-1].bold and not ln.words[0].bold and any(ch.isalpha() for ch in prev.words[-1].text)
    if not prev.text.rstrip().endswith((".", "!", "?")) and not title_done:
        return False
    if not ln.text[:1].isupper() or abs(ln.x0 - prev.x0) > settings.margin_slack:
        return False  # (only lines at the same left margin: not text beside a figure or a column)
    first = ln.words[0]
    room = right - prev.x1
    return room > (first.x1 - first.x0) + settings.sentence_break_slack_ratio * ln.size


def _nested_level(numbered: list[tuple[float, int, bool]], number: str, size: float, settings: LayoutSettings) -> int | None:
    """The level of a one-part numbered heading set clearly smaller than the numbered heading
    before it, when its numbering starts again at 1 ("4 Mål og tiltak", then "1." … "3." in body
    size): one below that heading. A later item of the same run takes the level of the item
    before it. None: the number decides (level 1).

    Only one-part numbers make that run: a heading numbered "1.1" has its level from its
    number, and a chapter "2" after it, set about as large, is no item of a run under it
    (a sub-heading's type may be a point or so smaller than its chapter's)."""
    for prev_size, prev_level, one_part in reversed(numbered):
        if abs(prev_size - size) < settings.heading_size_delta:
            if not one_part:
                continue
            return prev_level if prev_level > 1 else None
        if prev_size >= size + settings.heading_size_delta:
            return prev_level + 1 if number in ("1", "A") else None
    return None


def _label_line_done(cur: dict, prev: Line | None, ln: Line, line_right: dict, settings: LayoutSettings) -> bool:
    """A paragraph of one labelled line ("Hovudmål: … unge.") that ends its sentence where the
    first word of the next line would still have fitted (before the right margin of the lines
    that start where it starts) is whole: the next line starts the next paragraph, even
    without space between them. So is one whose value ends without a full stop ("Deadline:
    1. august 2027") over a line wholly in italics where it is not: a remark under the field
    (a card's "Forsinket – …"), not more of its value."""
    if prev is None or cur["kind"] != BlockKind.paragraph or len(cur["lines"]) != 1 or not starts_with_label(cur["first_text"]):
        return False
    if not ln.words:
        return False
    if not prev.text.rstrip().endswith((".", "!", "?")) and not (_all_italic(ln) and not _all_italic(prev)):
        return False
    right = line_right.get((prev.page, round(prev.x0 / settings.line_start_step)), prev.x1)
    first = ln.words[0]
    space = prev.size * settings.word_space_ratio
    return prev.x1 + space + (first.x1 - first.x0) < right


def _separator_wrapped(
    cur: dict | None,
    prev: Line | None,
    ln: Line,
    bullet: str | None,
    settings: LayoutSettings = DEFAULT,
    leading: dict[int, float] | None = None,
    right: float | None = None,
) -> bool:
    """Is a line that opens with a dash ("– Autumn 2026") the wrapped end of the item above,
    not a dash list item? It is when the item separates its fields with that same dash
    ("… every ward – Lead: Economic Development"), is not itself a dash item, the line above
    ended mid-field, and the dash line starts at the line above's margin at the leading. Also
    the first dash of a numbered item, when the dash line hangs at the item's text indent and
    goes on in lower case ("2. Starte eit nettverk for tilsette i reiselivet" / "– ansvar:
    Kvernvik Reiseliv AS, hausten 2026"): an item of a dash list opens a sentence of its own,
    or stands deeper than its parent's text. ``right`` is the right margin of the region of the
    line above (for an item of one line, which shows no edge of its own)."""
    if bullet not in ("–", "—", "-") or cur is None or prev is None:
        return False
    if cur["kind"] not in (BlockKind.paragraph, BlockKind.list_item) or cur.get("bullet") in ("–", "—", "-"):
        return False
    if abs(prev.size - ln.size) > settings.continuation_size_delta:
        return False
    if prev.page != ln.page or prev.region != ln.region:
        # the dash opens the next column or page: no margin or leading to compare there, but the
        # item above ended mid-field, and its fields are dash-separated or this is the first
        return not prev.text.rstrip().endswith((".", "!", "?", ":", ";")) and (
            f" {bullet} " in _text_so_far(cur) or _first_field_wrapped(cur, prev, ln, settings, right)
        )
    if spaced_apart(prev, ln, leading or {}, settings):
        return False
    # (a gap that meets the limit within the sources' precision does not part the paragraphs,
    # on either character path: pdfium measures in single precision)
    if ln.top - prev.bottom > settings.block_gap_ratio * max(prev.height, ln.height) + settings.measure_precision:
        return False
    if prev.text.rstrip().endswith((".", "!", "?", ":", ";")):
        return False
    if abs(ln.x0 - prev.x0) <= settings.margin_slack and (
        f" {bullet} " in _text_so_far(cur) or _first_field_wrapped(cur, prev, ln, settings, right)
    ):
        return True
    hanging = cur["kind"] == BlockKind.list_item and cur.get("number") and "indent" in cur
    after = ln.words[1].text if len(ln.words) > 1 else ""
    return bool(hanging and abs(ln.x0 - cur["indent"]) <= settings.margin_slack and after[:1].islower())


#: a field's label: one word and its colon ('Ansvar:', 'Lead:')
FIELD_LABEL = re.compile(r"^[^\W\d_][\w/-]{0,23}:$")


def _first_field_wrapped(cur: dict, prev: Line, ln: Line, settings: LayoutSettings = DEFAULT,
                         region_right: float | None = None) -> bool:
    """Does a dash line open the first field of the paragraph above ('… varje år' / '– Ansvar:
    Skolchef'), before the paragraph has separated any with that dash? The word after the dash
    is a field's label, and the line above wrapped: the paragraph has wrapped before (its lines
    show its right edge), the line above runs within ``wrap_fit_ratio`` of its width of that
    edge, and the dash with the label would not have fitted after it. A dash item under a
    lead-in stands under a line that ended short. The field may have no label ('… dagtilbud og
    skole' / '– 2026') when the paragraph opens with an item's label ('T6 (Tiltak) …'): such an
    item's text runs on into its fields, and a dash list under it would follow a lead-in. A
    paragraph of one line shows no edge of its own: its region's right margin (``region_right``)
    is the edge its line ran to ('T9 (Tiltak) … behov' / '– 2025', the item with no owner)."""
    if len(ln.words) < 2 or (len(cur["lines"]) < 2 and region_right is None):
        return False
    if not FIELD_LABEL.match(ln.words[1].text) and not starts_with_label(cur["first_text"]):
        return False
    left = min(line.x0 for line in cur["lines"])
    right = max(line.x1 for line in cur["lines"])
    if len(cur["lines"]) < 2:
        right = max(right, region_right or right)
    if prev.x1 < right - settings.wrap_fit_ratio * (right - left):
        return False
    dash, label = ln.words[0], ln.words[1]
    space = settings.space_gap_ratio * dash.size
    return prev.x1 + space + (dash.x1 - dash.x0) + space + (label.x1 - label.x0) > right + settings.margin_slack


def word_split_at_margin(prev: Line, nxt: Line, right: float, settings: LayoutSettings = DEFAULT) -> bool:
    """Was the last word of ``prev`` split where the line ran out, going on at the start of
    ``nxt`` ("Skoleledere/Kommunaldirektør/Familieafd" / "elingen")? ``prev`` ends within
    ``cell_break_room_ratio`` sizes of the margin ``right``, and that word and the first word of
    ``nxt`` together are wider than the line: no producer breaks a line before a word that fits
    a line of its own, so it was too wide and split. What the pieces make is for the words to
    tell (:func:`~plancheck.ingest.text.join_lines`)."""
    if not prev.words or not nxt.words or prev.page != nxt.page:
        return False
    if right - prev.x1 >= settings.cell_break_room_ratio * prev.size:
        return False
    last, first = prev.words[-1], nxt.words[0]
    return (last.x1 - last.x0) + (first.x1 - first.x0) > right - min(prev.x0, nxt.x0)


def number_wrapped(
    prev: Line, ln: Line, rest: str, right: float, settings: LayoutSettings = DEFAULT, open_paren: bool = False
) -> bool:
    """Is ``ln``, which opens with what reads as a list number ("1. halvår 2026", "2. kvartal"),
    the rest of a sentence wrapped from ``prev``: at the left edge of ``prev``, going on in
    lower case after its number (``rest``), and ``prev`` ran to the margin ``right`` mid-sentence
    (:func:`_wrapped`)? An item of a numbered list opens with a capital, or follows a line
    that ended short or ended its sentence. At the head of another column or page it is so only
    after a separator dash ending ``prev`` (:func:`_next_field_over_break`). Inside a parenthesis the text so far leaves open
    (``open_paren``), a colon or semicolon ends a field's label, not a lead-in ("(ansvar:
    Alle; tid:" / "2. kvartal 2026)")."""
    if not rest[:1].islower():
        return False
    if prev.page != ln.page or prev.region != ln.region:
        # at the head of the next column or page only after a dash announcing the item's next
        # field ("… – Ansvar: Einingsleiar barnehage –" / "2. kvartal 2025"); a numbered point in
        # lower case ("2. kartlegge …") opens a column of its own
        return bool(_TRAILING_DASH.search(prev.text.rstrip()))
    # "• Opprette eit … –" / "1. juni 2026 – M1": after a separator dash the item's next field
    # wraps to the bullet's text, right of the marker the line above opens with
    hanging = bool(_TRAILING_DASH.search(prev.text.rstrip())) and ln.x0 > prev.x0
    if abs(ln.x0 - prev.x0) > settings.margin_slack and not hanging:
        return False
    if open_paren and prev.text.rstrip().endswith((":", ";")):
        return prev.x1 >= right - settings.wrap_slack_ratio * (right - prev.x0) and not next_word_fits(prev, ln, right, settings)
    return _wrapped(prev, right, prev.x0, settings, ln)


def _text_so_far(cur: dict) -> str:
    """The text of the block being built: its first line's text (without its marker) and the
    lines added to it."""
    return " ".join([cur["first_text"], *(line.text for line in cur["lines"][1:])])


def _open_parenthesis(cur: dict) -> bool:
    """Does the block being built leave a parenthesis open?"""
    text = _text_so_far(cur)
    return text.count("(") > text.count(")")


def _text_bottom(line: Line, size: float, settings: LayoutSettings = DEFAULT) -> float:
    """The bottom of the words of ``line`` set in ``size`` (within ``continuation_size_delta``),
    or the line's bottom when it has none: where the line's text ends, below it a larger label's
    descent."""
    bottoms = [w.bottom for w in line.words if abs(w.size - size) <= settings.continuation_size_delta]
    return max(bottoms) if bottoms else line.bottom


# a figure going on in lower case: a quantity in mid-sentence ("75 år", "50 per cent"), not a
# numbered heading ("1 Innledning") or an item's number ("2. Kartlegge …")
_MID_FIGURE = re.compile(r"^\d[\d.,]*\s+[a-zæøåäöü]")
# a year or a day's date opening a line, standing alone or before more words ("2030", "31.12.2026 …")
_TIME_HEAD = re.compile(r"^(?:(?:19|20)\d\d|\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2}))(?![\d.,])")


@cache
def _time_leads(lang: str) -> tuple[str, ...]:
    """The lexicon's ``time.by_when`` of ``lang`` ("innen", "innan", "senast", "inden", "by
    the end of"), the words that lead into a deadline or a target's date, lower case."""
    from plancheck.lang.vocab import LANGS, lexicon_file

    langs = [lang] if lang in LANGS else list(LANGS)
    return tuple(dict.fromkeys(w.lower() for code in langs for w in (lexicon_file(code).get("time") or {}).get("by_when") or []))


def _time_lead_then_date(text: str, after: str, lang: str) -> bool:
    """Does ``text`` end on the lead of a time phrase of ``lang`` ("… med 50 prosent innen") and
    ``after`` open with its year or date ("2030")? No sentence ends on such a lead, and a year
    alone at a column's head is no paragraph of its own."""
    if not _TIME_HEAD.match(after.strip()):
        return False
    low = " " + " ".join(text.lower().split())
    return any(low.endswith(" " + lead) for lead in _time_leads(lang))


def _broken_off(before: str, after: str) -> bool:
    """Does the last line of a column or page (``before``) break off a sentence that the first
    line of the next (``after``) goes on with, although that line opens with a capital or a
    figure? So when ``before`` ends on a word no paragraph ends on (the lexicon's
    ``open_end_words`` of the document's language, printed in lower case: "… working with the"
    / "Youth Council …"), or when ``after`` opens with a quantity in mid-sentence ("… som
    fyller" / "75 år …"), or on a joiner between names, a slash or an "and" word ("… Ansvar:
    Økonomiavdelingen /" / "Virksomhetsleder …": :func:`ends_with_joiner`; not an address's
    slash), and ``after`` is no label ("Mål 2: …")."""
    from plancheck.ingest.text import current_language

    text = before.rstrip()
    if not text or starts_with_label(after) or text.endswith((".", ":", ";", "!", "?")):
        return False
    last = text.split()[-1]
    if last in open_end_words(current_language()) or _time_lead_then_date(text, after, current_language()):
        return True
    if ends_with_joiner(text) and not (last.endswith("/") and any(c in last for c in ".:\\")):
        return True
    return bool(_MID_FIGURE.match(after.strip()))


# the end of a line inside a field's value after a dash: the dash, the label and its colon, and
# words of the value with no sentence end ("… – Ansvar: Kommunalsjef for")
_OPEN_FIELD_VALUE = re.compile(r"\s[–—]\s*[^\W\d_][\w/-]{0,23}:\s+[^–—:;.!?()]{1,80}$")
# the head of a line that ends that value in a few words and goes on with the item's next
# field after a dash, unlabelled ("Helse – 2026–2028")
_VALUE_THEN_FIELD = re.compile(r"^(?:\S+\s+){0,2}\S+\s[–—]\s+[^:]*$")
# the same over the first two lines of the next column or page: the value wrapped once more
# there, two names joined ("Development and Climate Change" / "Officer – 2027")
_VALUE_RUN_THEN_FIELD = re.compile(r"^(?:\S+\s+){0,5}\S+\s[–—]\s+[^:]*$")


def _field_value_goes_on(before: str, after: str, value_then_field: re.Pattern[str] = _VALUE_THEN_FIELD) -> bool:
    """Does the value of a field opened after a dash at the foot of a column or page (``before``,
    "… – Owner: Director of Public") go on at the head of the next (``after``, "Health –
    2026–2028")? So when ``after`` ends the value in at most three words (``value_then_field``:
    six over the next column's first two lines) and goes on with an unlabelled field after a
    dash: a new paragraph or item would not open so, and a new item's fields would be labelled
    ("… – Owner: …")."""
    return bool(_OPEN_FIELD_VALUE.search(before.rstrip())) and bool(value_then_field.match(after.strip()))


# a labelled field after a dash: a dash, a label of one or two words and its colon (" – Lead: ")
_DASH_LABEL = r"\s[–—]\s*[^\W\d_][\w/-]{0,23}(?:\s[^\W\d_][\w/-]{0,23})?:\s"
# the head of a line that ends a sentence in a few words and goes on with a labelled field after
# a dash ("People's Forum – Lead: Highways – As needed")
_REST_THEN_FIELD = re.compile(rf"^(?:\S+\s+){{0,3}}\S+{_DASH_LABEL}")
# a labelled field after a dash, anywhere in a text
_DASH_FIELD = re.compile(_DASH_LABEL)


# a line ending in a lone dash after a word ("… – Ansvar: Einingsleiar barnehage –"): a separator
# before the item's next field, not a dash standing for an empty value ("Frist: –")
_TRAILING_DASH = re.compile(r"[^\W\d_]\s[–—]$")


def _next_field_over_break(so_far: str, before: str, after: str) -> bool:
    """Does an item whose fields stand after dashes ("T6 (Tiltak) … – Ansvar: Einingsleiar
    barnehage –", ``so_far`` its text, ``before`` its last line at the foot of a column or page)
    go on with its next field at the head of the next (``after``, "2. kvartal 2025")? So when
    the last line ends in a separator dash after a word and the item holds a labelled dash
    field already: the dash announces a field. Though ``after`` may open like a numbered item
    ("2. kvartal", a date), a new item's text opens with a capital after its label."""
    if not (_TRAILING_DASH.search(before.rstrip()) and _DASH_FIELD.search(so_far)):
        return False
    if not starts_with_label(after):
        return True
    words = after.split()[1:]
    first = next((w.lstrip("([") for w in words if w.lstrip("([")[:1].isalpha()), "")
    return first[:1].islower()


def _fields_after_rest(before: str, after: str) -> bool:
    """Does a labelled item broken off mid-sentence at the foot of a column or page
    (``before``, "D4 (Deliverable) Expand … with the Youth Council and the Older") go on at the
    head of the next with the rest of its sentence and its fields after a dash (``after``,
    "People's Forum – Lead: Highways – As needed"), though that rest opens with a capital (a
    name)? So when ``before`` opens with an item label, holds no dash field yet and ends in no
    stop, and ``after`` ends the sentence in at most four words before a labelled field: a new
    paragraph would not open so, and a new item would open with its own label."""
    text = before.rstrip()
    if not text or text.endswith((".", ":", ";", "!", "?")) or not starts_with_label(text) or starts_with_label(after):
        return False
    return not _DASH_FIELD.search(text) and bool(_REST_THEN_FIELD.match(after.strip()))


# a line ending on a day's or quarter's ordinal number ("… tid: 2.", "… innen 1.")
_ORDINAL_END = re.compile(r"(?:^|[\s(])\d{1,2}\.$")


def _ends_with(before: str, after: str, ends: tuple[str, ...]) -> bool:
    """Does ``before`` end on one of ``ends`` - the end of a sentence or a lead-in? Not the stop
    of an ordinal number ("… (ansvar: Eigedom; tid: 1." / "halvår 2027)") when ``after`` goes
    on in lower case: the stop belongs to the number ("1. halvår"), not to a sentence."""
    text = before.rstrip()
    if not text.endswith(ends):
        return False
    return not (after[:1].islower() and _ORDINAL_END.search(text))


def _continues(
    cur: dict, prev: Line | None, ln: Line, settings: LayoutSettings = DEFAULT, leading: dict[int, float] | None = None,
    *, any_size: bool = False, below: Line | None = None, fields: frozenset[str] = frozenset(),
) -> bool:
    """Does line ``ln`` go on with the block being built? ``any_size``: whatever its size (a
    note set smaller under a list item stands where the item's next line would). ``below``: the
    line read after ``ln``, for a field's value that goes on over the break and wraps once more
    (:func:`_field_value_goes_on`). ``fields``: the document's repeated long field labels
    (:func:`repeated_long_fields`), each opening a field as a short label does."""
    if prev is None or cur["kind"] == BlockKind.heading:
        return False
    if abs(prev.size - ln.size) > settings.continuation_size_delta and not any_size:
        return False
    if prev.page != ln.page or prev.region != ln.region:
        # a paragraph running over the page or column break: previous ends mid-sentence, next
        # starts low, or goes on inside a parenthesis left open ("(ansvarlig: Teknisk drift,"),
        # or previous leaves a field open after a dash (OPEN_FIELD)
        # (inside an open parenthesis a colon ends a field's label, "(ansvar:", not a lead-in)
        open_paren = _open_parenthesis(cur)
        if OPEN_FIELD.search(prev.text.rstrip()) and not starts_with_label(ln.text):
            return True  # (its value, or the rest of its date, whatever its case)
        ends = (".", "!", "?") if open_paren else (".", ":", "!", "?")
        # a bracket opening the line after a line broken off mid-sentence is the item's note
        # going on over the break ("… kommunale bygg" / "(ansvar: …; tid: …)"), not a new paragraph
        bracket = ln.text[:1] == "(" and not starts_with_label(ln.text)
        if _broken_off(prev.text, ln.text) or _field_value_goes_on(prev.text, ln.text):
            return True
        if (
            below is not None and (below.page, below.region) == (ln.page, ln.region) and below.top > ln.top
            and _field_value_goes_on(prev.text, f"{ln.text} {below.text}", _VALUE_RUN_THEN_FIELD)
        ):
            return True
        if _fields_after_rest(_text_so_far(cur), ln.text) or _next_field_over_break(_text_so_far(cur), prev.text, ln.text):
            return True
        return (bool(ln.text[:1].islower()) or open_paren or bracket) and not _ends_with(prev.text, ln.text, ends)
    gap = ln.top - prev.bottom
    # (lines overlapping by line_overlap_max within measure_precision overlap by it, on either path)
    overlap = -settings.line_overlap_max - settings.measure_precision
    if gap < overlap:
        # a label set larger than its text reaches below the text's line (a code badge "1.1"
        # before a goal's first line): the lines overlap by the label, not by the text
        gap = ln.top - _text_bottom(prev, ln.size, settings)
    if gap > settings.block_gap_ratio * max(prev.height, ln.height) + settings.measure_precision or gap < overlap:
        return False
    if cur["kind"] == BlockKind.list_item:
        first = cur["lines"][0]
        if (first.page, first.region) != (ln.page, ln.region) and (ln.x0 > first.x1 or ln.x1 < first.x0):
            # an item gone on into the next column (the line stands beside its first line):
            # its label's indent is another column's; a further line goes on at the start of
            # the line above, at the leading
            ends = (".", "!", "?") if ln.text[:1].islower() else (".", "!", "?", ":", ";")
            return (
                abs(ln.x0 - prev.x0) <= settings.margin_slack
                and not spaced_apart(prev, ln, leading or {}, settings)
                and not _ends_with(prev.text, ln.text, ends)
            )
        # continuation lines of a list item hang past the label, or return to the margin
        # when the line before wrapped (it reached the right edge mid-sentence)
        if ln.x0 > cur["label_x"] + settings.list_indent_slack:
            return True
        right = cur.get("right", prev.x1)
        # (a line that ends early because its next word is long still wrapped: the word did
        # not fit in what was left of the line)
        wrapped = prev.x1 >= right - settings.wrap_fit_ratio * (right - cur["label_x"]) and not next_word_fits(
            prev, ln, right, settings
        )
        # a line ending in a colon ends a lead-in, unless the next goes on in lower case
        # ("… (ansvar:" / "kultureininga, tid: 2031)") or inside a parenthesis left open, where
        # a colon ends a field's label ("… (ansvarleg: heimetenesta; tid:" / "2028)")
        ends = (".", "!", "?") if ln.text[:1].islower() or _open_parenthesis(cur) else (".", "!", "?", ":", ";")
        # (and not when paragraph spacing sets it apart: a lead-in under an item that happens
        # to end near the margin)
        # A line that goes on in lower case at the leading (not spaced apart) goes on with
        # the item although the line above ended short of the margin the page shows: in a
        # column of a page whose other column is empty, that margin is not known
        spaced = spaced_apart(prev, ln, leading or {}, settings)
        # (so does one opening with a figure that is no item's number: "… växthusgaser med" /
        # "50 procent till 2030 …")
        mid = ln.text[:1].islower() or (ln.text[:1].isdigit() and not starts_with_label(ln.text))
        goes_on = mid and round(ln.size) in (leading or {}) and not spaced
        # a whole line at the margin that opens with a capital and ends in a colon ("Strategier
        # för mål 2:") is a lead-in of its own, though the item above it happened to fill its
        # line: the item's own wrapped lines would hang past its label, or go on mid-sentence
        lead_in = ln.text[:1].isupper() and ln.text.rstrip().endswith(":")
        return (
            abs(ln.x0 - cur["label_x"]) <= settings.margin_slack
            and (wrapped or goes_on)
            and not _ends_with(prev.text, ln.text, ends)
            and not spaced
            and not lead_in
        )
    if prev.text.rstrip().endswith(":") and _address_line(ln) and spaced_apart(prev, ln, leading or {}, settings):
        # an address alone on its line after a lead-in, set apart by paragraph spacing: a
        # paragraph of its own ("… ligger her:" / "file://…"). (Paragraph spacing alone says
        # less: read so, lines set at an uneven leading - a caption, a label over its value, a
        # sentence ending in an address - fell apart)
        return False
    if BARE_LABEL.match(ln.text.strip()) and prev.text.rstrip().endswith((".", "!", "?")):
        # a word and a number alone on a line after a finished sentence ("… godstransport." /
        # "Mål 2"): the label of the next paragraph, not the end of this one
        return False
    # "Action 1.1.2 …", "Mål 2: …" on a new line starts a new paragraph, unless the line before
    # broke off after a dash or a comma ("… mental health needs –" / "Lead: All departments"),
    # or the paragraph's running text wrapped before a field of its own (_field_wrapped)
    return (
        not (starts_with_label(ln.text) or long_field(ln.text, fields))
        or (prev.text.rstrip().endswith(("–", "—", ",", "(")) and not _EMPTY_FIELD.search(prev.text.rstrip()))
        or _field_wrapped(cur, prev, ln, below, settings, fields)
    )


# a field whose value is a lone dash ("Ansvar: –", "Lead: —"): the field says it is empty, and
# the line is whole; the label on the next line opens a field of its own (session 50)
_EMPTY_FIELD = re.compile(r":\s*[–—]$")


def _colon_field(text: str) -> bool:
    """Does ``text`` open with a word label and its colon, no number ("Ansvarlig: …", "Due
    date: …"; not "Mål 2: …")?"""
    m = LABEL_START.match(text.strip())
    return m is not None and m.group("sep") == ":" and not m.group("num") and not m.group("code")


def _field_wrapped(cur: dict, prev: Line, ln: Line, below: Line | None, settings: LayoutSettings = DEFAULT,
                   fields: frozenset[str] = frozenset()) -> bool:
    """Does a line opening with a field label ("Tidsplan: 1. januar 2027.") go on with the
    running text above it? It does when the sentence before ended on a line filled to the
    paragraph's right edge, so full that the label's first word would not have fitted after
    it: the text wrapped there, as it wraps before any word ("… får hjælp. Ansvarlig: Kultur og
    Fritid." / "Tidsplan: 1. januar 2027."), the fields written on in the paragraph's prose
    (read there by :mod:`plancheck.extract.fields`). Not when the block itself opened with a
    field ("Tiltak: …": a record's lines, one field a line), nor when the next line opens with
    a field too (a record whose fields stand one a line under a full description). A label of
    more words counts as a field's when the document opens lines with it again and again
    (``fields``, :func:`repeated_long_fields`: "Who will do this: …" over "When: …")."""
    if (not (_colon_field(ln.text) or long_field(ln.text, fields)) or _colon_field(cur["first_text"])
            or not prev.text.rstrip().endswith((".", "!", "?"))):
        return False
    if (
        below is not None and (below.page, below.region) == (ln.page, ln.region)
        and abs(below.x0 - ln.x0) <= settings.margin_slack and (_colon_field(below.text) or long_field(below.text, fields))
    ):
        return False
    left = cur["lines"][0].x0
    right = cur.get("right", prev.x1)
    return prev.x1 >= right - settings.wrap_slack_ratio * (right - left) and not next_word_fits(prev, ln, right, settings)




def title(
    pages: list[list[Line]],
    settings: LayoutSettings = DEFAULT,
    *,
    stamp: Callable[[str], bool] | None = None,
) -> str | None:
    """The largest text on the first page (or two): a plan's title page. The first page wins
    when it has text in display type (``title_display_ratio`` times the body size). A line
    ``stamp`` calls a stamp ('UDKAST', 'DRAFT 02.04.2014') is no title, however large. The
    lines set with the largest as one block (:func:`_title_block`) join it, and so do the other
    lines of the largest size on its page that stand near it (:func:`_title_group`). The
    largest is that of a line with a letter (``title_needs_letters``): a figure names no plan,
    though a dashboard sets its key figures larger than its title (the years set under a title
    still join it as lines of its block)."""
    cands = [
        ln
        for lines in pages[: settings.title_pages]
        for ln in lines
        if ln.kind != "toc" and len(ln.text) > 3 and not (stamp and stamp(ln.text)) and not ln.meta.get("stamp")
    ]
    if not cands:
        return None
    body = _body_size([ln for lines in pages for ln in lines if ln.kind != "furniture"])
    first = [ln for ln in cands if ln.page == cands[0].page]
    if body is not None and max(ln.size for ln in first) >= settings.title_display_ratio * body:
        # the first page names the plan in display type: a larger word on the next page (a
        # chapter's 'VISION' set across it) is not the title
        cands = first
    # the title's size is that of the largest line with a letter: a figure names no plan (the
    # years under a title may still join it, by its block)
    named = [ln for ln in cands if not settings.title_needs_letters or any(ch.isalpha() for ch in ln.text)] or cands
    biggest = max(ln.size for ln in named)
    tops = [ln for ln in named if ln.size >= biggest - 0.5]
    page = tops[0].page
    on_page = sorted((ln for ln in cands if ln.page == page), key=lambda ln: (ln.top, ln.x0))
    top_size = [ln for ln in on_page if ln.size >= biggest - 0.5]
    group = _title_group(top_size, settings, on_page)
    chosen = {id(ln) for ln in group}
    # a line of the title's size its group left out (a chapter heading) ends the block there
    apart = {id(ln) for ln in top_size} - chosen
    if body is None or group[0].size >= settings.title_display_ratio * body:
        block = _title_block([ln for ln in on_page if body is None or ln.size > body], group[0], settings, apart)
        chosen |= {id(ln) for ln in block}
    lines = [ln for ln in on_page if id(ln) in chosen]
    return join_lines([ln.text for ln in lines][: settings.title_max_lines])


def _body_size(lines: list[Line]) -> float | None:
    """The most common type size, by characters, of ``lines``: the body text's."""
    sizes: Counter[float] = Counter()
    for ln in lines:
        sizes[round(ln.size, 1)] += len(ln.text)
    return sizes.most_common(1)[0][0] if sizes else None


def _title_group(tops: list[Line], settings: LayoutSettings, page: list[Line] = ()) -> list[Line]:
    """The lines of the largest size on the title page (``tops``, top to bottom) that make the
    title: those standing together, each within ``title_far_gap`` times its size of the one
    above, aligned with it (left edges, centres or right edges within ``title_align_slack``
    times its size) and with no smaller line of the ``page`` between them; of several such
    groups, the first, unless a later one holds more than ``title_group_text_ratio`` times its
    text. A line of the title's size far down the cover (a date, the municipality's name across
    the picture) is another group, and so are chapter headings set in the title's size under a
    centred title, or under running text (a reportlab plan's Title and Heading1, both 18 pt)."""
    groups: list[list[Line]] = [[tops[0]]]
    for ln in tops[1:]:
        last = groups[-1][-1]
        if (
            ln.top - last.bottom > settings.title_far_gap * max(ln.size, last.size)
            or not _aligned(last, ln, settings.title_align_slack * max(ln.size, last.size))
            or _between(page, last, ln)
        ):
            groups.append([ln])
        else:
            groups[-1].append(ln)
    best = groups[0]
    text = sum(len(ln.text) for ln in best)
    for g in groups[1:]:
        n = sum(len(ln.text) for ln in g)
        if n > settings.title_group_text_ratio * text:
            best, text = g, n
    return best


def _aligned(a: Line, b: Line, slack: float) -> bool:
    """Do two lines of a title stand aligned: left edges, centres or right edges together?"""
    return (
        abs(a.x0 - b.x0) <= slack
        or abs((a.x0 + a.x1) - (b.x0 + b.x1)) / 2 <= slack
        or abs(a.x1 - b.x1) <= slack
    )


def _between(page: list[Line] | tuple, above: Line, below: Line) -> bool:
    """Is a smaller line of the page set between ``above`` and ``below`` (running text, a
    subtitle), over or under the span of either?"""
    x0, x1 = min(above.x0, below.x0), max(above.x1, below.x1)
    return any(
        ln.size < min(above.size, below.size) - 0.5
        and ln.top >= above.bottom - 1
        and ln.bottom <= below.top + 1
        and ln.x0 < x1
        and ln.x1 > x0
        for ln in page
    )


def _title_block(lines: list[Line], head: Line, settings: LayoutSettings, apart: set[int] = frozenset()) -> list[Line]:
    """``head`` and the lines set with it as one title block (``lines`` top to bottom): the
    lines right above it in nearly its size, then those right below in a good share of it (a
    subtitle or the years), each within a small gap of the last."""
    i = next(k for k, ln in enumerate(lines) if ln is head)
    block = [head]
    k = i - 1
    while k >= 0 and len(block) < settings.title_max_lines:
        ln, nxt = lines[k], block[0]
        if id(ln) in apart or ln.size < settings.title_above_share * head.size or nxt.top - ln.bottom > settings.title_gap * ln.size:
            break
        block.insert(0, ln)
        k -= 1
    k = i + 1
    subtitle: float | None = None  # the size of the lines after a title ending in a colon
    while k < len(lines) and len(block) < settings.title_max_lines:
        ln, prev = lines[k], block[-1]
        if id(ln) in apart or ln.top - prev.bottom > settings.title_gap * prev.size:
            break
        if subtitle is None and prev.text.rstrip().endswith(":"):
            subtitle = ln.size  # 'Klima 2030:' goes on in its subtitle, whatever its size
        elif (subtitle is None or abs(ln.size - subtitle) > 0.5) and ln.size < settings.title_below_share * head.size:
            break
        block.append(ln)
        k += 1
    return block
