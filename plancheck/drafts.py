"""Draft defects: what a planner must clean up before a plan goes on public hearing.

Pure detector functions over a :class:`~plancheck.models.Plan`, each returning a list of
:class:`Defect` in document order:

=========================  =================================================================
:func:`editorial_leftovers`  "TODO", "xx" placeholders, "[sett inn …]", "(kilde?)", notes to
                             colleagues and questions to oneself left in the text
:func:`internal_links`       ``file://``, ``\\\\server\\share``, ``K:\\``, intranet hosts
:func:`dangling_references`  "se figur 17", "jf. vedlegg 5", "kapittel 9" that the document
                             does not have
:func:`numbering_problems`   gaps and duplicates among goals, measures and chapters
:func:`summary_mismatches`   focus areas or goals listed differently in the summary and body
:func:`passed_deadlines`     deadlines already passed on a given date (``--as-of``)
:func:`empty_sections`       a heading with nothing under it before the next heading
=========================  =================================================================

The bottom of the module wraps them as rules for the engine (:func:`draft_rules`, registered
under the entry-point group ``plancheck.rules``), with their ids: ``editorial-leftover``,
``internal-link``, ``dangling-reference``, ``numbering-gap``, ``numbering-duplicate``,
``summary-mismatch``, ``deadline-passed`` and ``empty-section``. Deadlines outside the plan
period are the default pack's ``deadline-within-plan-period``.

Everything here is deterministic (document order, no sets iterated unsorted), so the same plan
gives the same findings in the same order.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from plancheck.ingest.sections import place
from plancheck.models import DeadlineKind, GoalKind, Passage, Plan, Provenance, Section

# --------------------------------------------------------------------------- defects


@dataclass(frozen=True)
class Defect:
    """One draft defect: which rule, what it is about, what to quote and what was found."""

    rule: str
    kind: str  # the subject kind: passage, measure, goal, focus_area, section
    item: Any  # the Passage / Measure / Goal / FocusArea / heading Passage it is about
    quote: str  # the sentence, cell or heading to show
    found: str  # the leftover, link, reference or number itself
    variant: str = "default"  # which message of the rule
    params: tuple[tuple[str, str], ...] = ()
    order: int = 0  # document order
    node_id: str | None = None  # default: item.id
    severity: str | None = None  # default: the rule's; "info" where the evidence is weak

    @property
    def page(self) -> int | None:
        return getattr(self.item, "page", None)

    @property
    def id(self) -> str | None:
        return self.node_id or getattr(self.item, "id", None)


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


def _where(item: Any) -> tuple[str, str, str]:
    """Where an item is, for a message in bokmål, English and nynorsk: "side 3" / "page 3", or
    the Word location."""
    page = getattr(item, "page", None)
    if page is not None:
        return f"side {page}", f"page {page}", f"side {page}"
    location = getattr(getattr(item, "provenance", None), "location", None)
    if location:
        return place(location, "nb"), location, place(location, "nn")
    return "tidligere i dokumentet", "earlier in the document", "tidlegare i dokumentet"


# --------------------------------------------------------------------------- texts to scan


@dataclass(frozen=True)
class _Text:
    kind: str
    item: Any
    text: str
    order: int


_MEASURE_FIELDS = ("text", "owner_text", "cost", "indicator", "status")


def _texts(plan: Plan, *, headings: bool = True) -> list[_Text]:
    """The running text (passages) and the measure-table cells that are not also passages."""
    out: list[_Text] = []
    by_page: dict[int | None, list[str]] = {}
    for i, p in enumerate(plan.passages):
        if p.kind == "heading" and not headings:
            continue
        out.append(_Text("passage", p, p.text, i))
        by_page.setdefault(p.page, []).append(p.text)
    # the passages of a page normalised when a measure of that page asks (most pages have none)
    normalised: dict[int | None, list[str]] = {}
    base = len(plan.passages)
    for j, m in enumerate(plan.measures):
        cells = [getattr(m, f) or "" for f in _MEASURE_FIELDS]
        if m.deadline is not None:
            cells.append(m.deadline.text)
        seen = normalised.get(m.page)
        if seen is None:
            seen = normalised[m.page] = [_norm(text) for text in by_page.get(m.page, [])]
        for cell in cells:
            n = _norm(cell)
            if n and not any(n in s for s in seen):
                out.append(_Text("measure", m, cell, base + j))
    return out


_SENTENCE_END = re.compile(r"(?<=[.!?])[\"»”)]*\s+(?=[«\"“(]?[A-ZÆØÅÄÖ0-9])")


def _sentences(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        spans.append((start, m.start() + len(m.group(0).rstrip())))
        start = m.end()
    spans.append((start, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def _sentence_at(text: str, pos: int, limit: int = 260) -> str:
    """The sentence of ``text`` around position ``pos``, cut to ``limit`` characters."""
    for a, b in _sentences(text):
        if a <= pos < b or b == len(text):
            s = text[a:b].strip()
            if len(s) <= limit:
                return s
            lo = max(a, pos - limit // 2)
            hi = min(b, lo + limit)
            return ("…" if lo > a else "") + text[lo:hi].strip() + ("…" if hi < b else "")
    return text.strip()[:limit]


def _merge(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Overlapping finds joined: the longer one wins."""
    out: list[tuple[int, int, str]] = []
    for a, b, what in sorted(spans, key=lambda s: (s[0], -(s[1] - s[0]))):
        if out and a < out[-1][1]:
            if b - a > out[-1][1] - out[-1][0]:
                out[-1] = (a, b, what)
            continue
        out.append((a, b, what))
    return out


def _per_sentence(rule: str, t: _Text, finds: list[tuple[int, int, str]]) -> list[Defect]:
    """One defect per sentence that has finds, listing what was found in it."""
    by_sentence: dict[str, list[str]] = {}
    for a, _b, what in _merge(finds):
        quote = _sentence_at(t.text, a)
        by_sentence.setdefault(quote, [])
        if what not in by_sentence[quote]:
            by_sentence[quote].append(what)
    return [
        Defect(rule, t.kind, t.item, quote, ", ".join(f"«{w}»" for w in whats), order=t.order)
        for quote, whats in by_sentence.items()
    ]


# --------------------------------------------------------------------------- editorial leftovers

_TODO = re.compile(r"(?<![\w-])(?:TODO|FIXME)(?![\w-])(?:\s*:\s*[^.;!?\n]{0,60})?")
_XX_TOKEN = re.compile(r"[xX\d.,:/–-]*(?:xx|XX)[xX\d.,:/–-]*")
_ROMAN = re.compile(r"(?<![\w.])(?:xi{1,3}|xiv|xv|xvi{1,3}|xix|xxi{1,3}|xxiv|xxv|iii|vii|viii)(?![\w])")
_STRIP = "()[]{}«»\"“”'‘’,;:!?$€£%"
_BRACKET = re.compile(r"\[([^\[\]\n]{1,200})\](?!\()")
_CITATION = re.compile(
    r"\s*(?:\d+[a-z]?(?:\s*[,–-]\s*\d+[a-z]?)*|sic|…|\.\.\.|[a-zA-Z]|ref\.?\s*\d+)\s*", re.IGNORECASE
)
_PLACEHOLDER_WORDS = re.compile(
    r"\b(?:dato|navn|tall|beløp|lenke|kilde|kilder|referanse|figur|bilde|tabell|tekst|årstall|"
    r"sted|date|name|number|amount|link|source|figure|image|picture|table|text|tbd|tbc|tba)\b",
    re.IGNORECASE,
)
_NOT_A_NOTE = re.compile(
    r"://|\bwww\.|@|\.(?:no|com|org|gov|net|edu|se|dk)\b|\b(?:1[89]|20)\d\d\b|\bet al\b|"
    r"\b[A-Z]\.\s?[A-Z]?\.?,",
    re.IGNORECASE,
)


#: a blank left to fill in: a run of underscores standing as a word or in brackets ("no more than
#: __ units per acre", "(____) square feet"), an empty bracket in running text ("to ( ) square
#: feet") and a year whose last digits stand in brackets, the writer's guess still to settle
#: ("By 20(15)"). Why: a policy text adapted from a model plan kept the model's blanks, and none of
#: the readers above took a blank that holds no word (session 52).
_BLANK = re.compile(r"(?<![\w(])\(\s*_*\s*\)|(?<![\w_])_{2,}(?![\w_])|\b(?:1[89]|20)\(\d\d\)(?![\w(])")


def _blanks(text: str) -> list[re.Match[str]]:
    """The blanks of :data:`_BLANK` in ``text`` that stand inside a sentence: a blank right after
    a label's colon ("Godkjent av: ________ Dato: ______") is a form's field to be filled in by
    hand on the printed sheet, no leftover. A text holding neither two underscores nor a
    bracket is not searched."""
    if "__" not in text and "(" not in text:
        return []
    return [m for m in _BLANK.finditer(text) if not text[: m.start()].rstrip().endswith(":")]


#: a note's call to confirm or to check with someone, in English ("Sam to confirm the venue")
_TO_CONFIRM = re.compile(r"\bto (?:confirm|check|verify|update|agree)\b", re.IGNORECASE)


@functools.cache
def _stamped_note() -> re.Pattern[str]:
    """A line opening with a draft stamp in capitals and a dash or colon ("DRAFT – …", "UTKAST:
    …"), the sentence after it: a note on the draft when it asks for something to be checked or
    confirmed (``note_cues``, :data:`_TO_CONFIRM`); a title stamped so ("DRAFT – Climate Plan")
    asks for nothing. Why: a note left as a post or a paragraph of its own (a pinboard's red
    'DRAFT – X to confirm the lead with Housing' card) is in no bracket (session 45). The
    stamp words are the lexicon's ``stamps`` (one word each)."""
    from plancheck.lang.vocab import alternation, plain_words

    stamps = [w.upper() for w in plain_words("stamps") if " " not in w and w.isalpha()]
    return re.compile(rf"^\s*(?:{alternation(stamps)})\s*[–—:-]\s+[^\n]{{3,200}}")


def _bracket_note(inner: str) -> bool:
    """Is ``[inner]`` a note or placeholder ("[sett inn dato]", "[Kari: skriv om dette?]",
    "[navn]") rather than a citation ("[1]", "[Hansen 2020]"), a bracketed link or a label
    ("[General]", "[LED]")?"""
    if not any(ch.isalpha() for ch in inner) or _CITATION.fullmatch(inner):
        return False
    if inner[:1].islower() and (_note_words("note_cues").search(inner) or _note_words("note_to_come").search(inner)):
        # "[kontrollera uppgifterna för 2051 …]": a note to check, whatever year it names; so is
        # one saying what is still to come ("[figures for 2051 follow in May]")
        return True
    if _NOT_A_NOTE.search(inner):
        return False
    if "?" in inner or ":" in inner or _note_words("note_cues").search(inner) or _PAREN_NOTE.match(inner):
        return True
    if _PLACEHOLDER_WORDS.search(inner) and len(inner.split()) <= 4:
        return True
    words = inner.split()
    if inner[:1].islower() and len(words) >= 2:
        return True  # "[mer om dette]", "[sett inn ...]"
    return len(words) >= 6  # a sentence in brackets: a note


_PAREN = re.compile(r"\(([^()\n]{1,200})\)")
#: a bracket opening with a placeholder word asked as a question ("(kilde? – …)", "(source? …)")
_PAREN_QUERY = re.compile(r"^\s*(?:" + _PLACEHOLDER_WORDS.pattern + r")\?", re.IGNORECASE)
#: a note signed at its end with the writer's initials after a dash ("… – KB", "… — TF")
_SIGNED = re.compile(r"\s[–—-]\s*[A-ZÆØÅÄÖ]{2,3}\s*$")
@functools.cache
def _note_words(key: str) -> re.Pattern[str]:
    """The lexicon's words of a writer's note (every language, any case): ``note_to_come``, a
    bracket saying its content is still to come ("[tal for 2051 kommer i mai]", "[details will
    follow]"; square brackets opening in lower case only, see :func:`_bracket_note`, where it is
    the writer's own note), and ``note_cues``, an order to check, fill in or update ("sjekkes",
    "sett inn", "tjek", "kolla", "tbc"). Vocabulary is data: the words are in
    plancheck/lang/data/*.yaml, one list per language."""
    from plancheck.lang.vocab import alternation, plain_words

    # a stress accent on a verb's vowel is optional spelling (Danish 'opdatér' for 'opdater'):
    # an unaccented 'e' of the lexicon's words also matches 'é'. Not the other way round: the
    # lexicon writes 'kontrollér' accented because 'kontroller' is also a noun ("årlige kontroller")
    source = alternation(plain_words(key)).replace("e", "[eé]")
    return re.compile(rf"\b(?:{source})\b", re.IGNORECASE)


_PAREN_NOTE = re.compile(r"^\s*(?:NB|OBS|Obs|TODO|Kommentar|Komm)\b\s*[!:.]")
_PHRASES = re.compile(
    r"hvor skal (?:denne |den )?lenken(?: gå)?\??|lenke (?:kommer|mangler)|mangler lenke|"
    r"(?:sett|legg) inn lenke|klikk (?:eller trykk )?her for å skrive(?: inn)? tekst\.?|"
    r"click or tap here to enter text\.?|lorem ipsum|(?:mer )?tekst (?:kommer|følger)(?: senere)?|"
    r"skriv mer her|where should (?:this|the) link go\??|\?{2,}",
    re.IGNORECASE,
)
#: what every match of :data:`_PHRASES` holds, under the same case rule (each alternative of
#: it holds one of these words: "lenke" the four about links, "tekst" Word's Norwegian
#: placeholder and "tekst kommer"): a text without any has no phrase, found with one quick search
_PHRASE_HINT = re.compile(r"lenke|tekst|click|lorem|skriv mer|where should|\?\?", re.IGNORECASE)
_IMPERATIVE = re.compile(r"(?:^|(?<=[.!?:]\s))(?:Sett|Fyll|Legg) inn\b[^.!?\n]{0,60}")
_QUESTION_CUE = re.compile(
    r"\b(?:stemmer (?:dette|det|tallet|tallene)|er (?:dette|det|tallet|tallene) (?:riktig|korrekt|rett)|"
    r"riktige? tall|hvor skal|hvem skal skrive|hvem skriver|skal (?:dette|denne|det) (?:være )?med|"
    r"skal vi (?:ha|ta) med|tar vi med|trenger vi (?:dette|denne|det)|hva mener vi|"
    r"har vi (?:tall|kilde)|is this (?:right|correct)|do we need|should we (?:include|add))\b",
    re.IGNORECASE,
)
_QUOTES = re.compile(r"«[^»]{0,200}»|“[^”]{0,200}”|\"[^\"]{0,200}\"")


def _quoted(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _QUOTES.finditer(text)]


@dataclass(frozen=True)
class _Prompts:
    phrase: re.Pattern[str]
    hint: re.Pattern[str]


@functools.cache
def _field_prompt_re() -> _Prompts:
    """A form field's prompt left in the text ("Choose an item.", "Click or tap to enter a
    date."; lexicon ``field_placeholders``, every language), and the first words of them all:
    a text without any has no prompt, found with one quick search."""
    from plancheck.extract.placeholders import field_prompts

    prompts = field_prompts()
    phrase = re.compile(
        r"(?<!\w)(?:" + "|".join(r"\s+".join(map(re.escape, p.split())) for p in prompts) + r")\.?", re.IGNORECASE
    )
    firsts = sorted({p.split()[0] for p in prompts}, key=len, reverse=True)
    hint = re.compile(r"\b(?:" + "|".join(map(re.escape, firsts)) + r")\b", re.IGNORECASE)
    return _Prompts(phrase, hint)


def leftovers_in(text: str) -> list[tuple[int, int, str]]:
    """The editorial leftovers in one text: (start, end, what)."""
    finds: list[tuple[int, int, str]] = []
    quoted = _quoted(text)

    def add(a: int, b: int) -> None:
        # (a Word prompt is found by two readers: once is enough)
        if not any(qa <= a and b <= qb for qa, qb in quoted) and not any(
            fa <= a and b <= fb for fa, fb, _ in finds
        ):
            finds.append((a, b, text[a:b].strip()))

    for m in _TODO.finditer(text):
        add(m.start(), m.end())
    # a placeholder token holds "xx" or "XX" (:data:`_XX_TOKEN`): a text with neither has none,
    # and most texts need no walk over their words
    if "xx" in text or "XX" in text:
        roman = len(_ROMAN.findall(text)) >= 1  # endnotes numbered i, ii … xix, xx, xxi
        for m in re.finditer(r"\S+", text):
            token = m.group(0)
            core = token.strip(_STRIP).rstrip(".")
            if core and _XX_TOKEN.fullmatch(core) and not (roman and core in ("xx", "xxx")):
                a = m.start() + token.index(core)
                add(a, a + len(core))
    for m in _BRACKET.finditer(text):
        if _bracket_note(m.group(1)):
            add(m.start(), m.end())
    for m in _PAREN.finditer(text):
        inner = m.group(1).strip()
        if inner.endswith("?") or _PAREN_NOTE.match(inner) or _note_words("note_cues").search(inner):
            add(m.start(), m.end())
        elif _PAREN_QUERY.match(inner):
            # "(source? – Kim checks the figure against the survey)": a query on a placeholder
            # word opens the note, whatever the writer adds after it
            add(m.start(), m.end())
        elif _SIGNED.search(inner) and _note_words("note_to_come").search(inner):
            # "(figures for the whole year follow from the ledger – KB)": a writer's note signed
            # with the initials after a dash, saying what is still to come
            add(m.start(), m.end())
    for m in _PHRASES.finditer(text) if _PHRASE_HINT.search(text) else ():
        add(m.start(), m.end())
    for m in _IMPERATIVE.finditer(text):
        add(m.start(), m.end())
    for m in _blanks(text):
        add(m.start(), m.end())
    if (m := _stamped_note().match(text)) is not None and (_note_words("note_cues").search(m.group(0)) or _TO_CONFIRM.search(m.group(0))):
        add(m.start(), m.end())
    prompts = _field_prompt_re()
    if prompts.hint.search(text):
        for m in prompts.phrase.finditer(text):
            add(m.start(), m.end())
    # a question to oneself ends in "?": a text without one has none (no sentence split needed)
    for a, b in _sentences(text) if "?" in text else ():
        sentence = text[a:b].strip()
        if sentence.endswith("?") and _QUESTION_CUE.search(sentence):
            start = a + text[a:b].index(sentence)
            add(start, start + len(sentence))
    return finds


def editorial_leftovers(plan: Plan) -> list[Defect]:
    """"TODO", "xx" placeholders, "[sett inn dato]", "(kilde?)", notes to colleagues in
    brackets and questions to oneself ("Stemmer dette tallet?") in the running text and the
    measure tables. Text inside quotation marks («TODO») is a quotation, not a leftover. A form
    field's prompt left unfilled ("Choose an item.") also in the cells read away from the text
    (an owner or a deadline cell read as empty, a document-information table)."""
    out = []
    printed: set[tuple[int | None, str, str]] = set()
    for d in _scan_texts(plan, "editorial-leftover", leftovers_in):
        # one cell read for each of the measures it serves (a row's indicator cell beside a
        # numbered list of measures) is one leftover on the page, not one per measure
        if d.kind == "measure" and (d.page, d.quote, d.found) in printed:
            continue
        printed.add((d.page, d.quote, d.found))
        out.append(d)
    seen = {(d.id, d.found) for d in out}
    for d in _field_prompt_cells(plan):
        if (d.id, d.found) not in seen and not any(d.found in o.found for o in out if o.page == d.page):
            seen.add((d.id, d.found))
            out.append(d)
    return sorted(out, key=lambda d: d.order)


def _field_prompt_cells(plan: Plan) -> list[Defect]:
    """Form-field prompts in a measure's row as printed (its provenance) and in the cells of
    the plan's other tables: a deadline cell read as empty keeps no text of its own."""
    out: list[Defect] = []
    base = len(plan.passages)
    for j, m in enumerate(plan.measures):
        for cell in _prompt_cells(m.provenance.source_text if m.provenance else ""):
            out.append(Defect("editorial-leftover", "measure", m, cell, f"«{cell}»", order=base + j))
    order = base + len(plan.measures)
    for table in plan.tables:  # each a passage: the rows one per line, cells 'a | b'
        for line in table.text.splitlines():
            for cell in _prompt_cells(line) + _note_cells(line):
                out.append(Defect("editorial-leftover", "passage", table, cell, f"«{cell}»", order=order))
    return out


def _note_cells(row: str) -> list[str]:
    """The cells of a row printed 'a | b | c' that hold a bracketed note or placeholder and nothing
    else ('[insert the baseline – KP]' where a figure goes): the value the cell is for is still to
    come, in a table the plan reads no item from (an indicator table, a form's details) as in a
    measure's row. Why: only the running text and the measures' cells were scanned for notes, so a
    form's slot left holding its writer's note was not reported (session 50, a worksheet's baseline).
    A bracket holding whole sentences (an editor's note saying who will supply a figure, ending in a
    full stop) is text the table states, not a slot's prompt."""
    if "[" not in (row or ""):
        return []
    cells = (" ".join(c.split()) for c in row.split(" | "))
    return [
        c for c in cells
        if (m := _BRACKET.fullmatch(c)) is not None and not _SENTENCE_STOP.search(m.group(1)) and _bracket_note(m.group(1))
    ]


#: a full stop or exclamation mark closing a sentence (before a space or at the end)
_SENTENCE_STOP = re.compile(r"[.!](?:\s|$)")


def _prompt_cells(row: str) -> list[str]:
    """The cells of a row printed 'a | b | c' that hold a form field's prompt and nothing else."""
    prompts = _field_prompt_re()
    cells = (" ".join(c.split()) for c in (row or "").split(" | "))
    return [c for c in cells if c and prompts.hint.search(c) and prompts.phrase.fullmatch(c)]


def _scan_texts(plan: Plan, rule: str, finder: Callable[[str], list[tuple[int, int, str]]]) -> list[Defect]:
    """Run ``finder`` over every text of the plan; one defect per sentence with finds."""
    out: list[Defect] = []
    for t in _texts(plan):
        finds = finder(t.text)
        if finds:
            out.extend(_per_sentence(rule, t, finds))
    return out


# --------------------------------------------------------------------------- internal links

_END = r"[^\s<>\"»”)\]]"
_LINKS = re.compile(
    rf"\bfile:/{{1,3}}{_END}*"
    rf"|(?<![\w\\/:])\\\\[A-Za-z0-9][\w.$-]*\\{_END}*"
    rf"|(?<![\w\\/:.])[A-Za-z]:\\{_END}*"
    rf"|(?<![\w\\/:.])[A-Z]:/(?=[\w.~$-]){_END}*"
    rf"|\b(?:https?|ftp)://{_END}+"
    rf"|(?<![\w./@-])(?:[\w-]+\.)*(?:intranett|intranet)(?:\.[\w-]+)+(?:/{_END}*)?"
    rf"|(?<![\w./@-])(?:intranett|intranet)/{_END}+"
    rf"|(?<![\w./@-])[\w-]+(?:\.[\w-]+)*\.(?:local|intern|internal|lan|corp|intra)\b(?:/{_END}*)?",
    re.IGNORECASE,
)
INTERNAL_TLDS = ("local", "intern", "internal", "lan", "corp", "intra", "localdomain", "home")
_PRIVATE_IP = re.compile(r"^(?:10\.|127\.|192\.168\.|172\.(?:1[6-9]|2\d|3[01])\.)\d")


def is_internal_host(host: str) -> bool:
    """A host only the municipality's own network reaches: a single label ("intranett",
    "fileserver"), an internal top-level domain (.local, .intern …), an "intranett" name, a
    SharePoint site or a private IP address."""
    host = host.lower().rstrip(".")
    if not host or host.endswith("-") or host == "www":
        return False  # an address broken over two lines: not something we can judge
    labels = host.split(".")
    if len(labels) == 1:
        return bool(re.fullmatch(r"[a-zæøå][\w-]{1,62}", host))
    if labels[-1] in INTERNAL_TLDS:
        return True
    if any(label in ("intranett", "intranet") for label in labels):
        return True
    return host.endswith(".sharepoint.com") or bool(_PRIVATE_IP.match(host))


def internal_link(link: str) -> bool:
    low = link.lower()
    if re.match(r"(?:https?|ftp)://", low):
        host = re.sub(r"^[a-z]+://", "", low).split("/", 1)[0].split("?", 1)[0].split("#", 1)[0]
        host = host.rsplit("@", 1)[-1].split(":", 1)[0]
        return is_internal_host(host)
    return True


#: the rest of a path with spaces in it, up to a file name with an extension ("Oversikt 2024.docx")
_PATH_REST = re.compile(
    r"(?: [\w()&+,'-]+){1,4}?\.(?:docx?|xlsx?|pptx?|pdf|odt|ods|txt|csv|msg|png|jpe?g)\b", re.IGNORECASE
)


#: what every match of :data:`_LINKS` holds, under the same case rule: ":/" (``file:/``, a drive
#: letter and a slash, a web address), a backslash (a UNC path, a drive letter and a backslash),
#: "intranet", or a dot before an internal top-level domain ("internal" begins with "intern")
_LINK_HINT = re.compile(r":/|\\|intranet|\.(?:local|intern|lan|corp|intra)", re.IGNORECASE)


def links_in(text: str) -> list[tuple[int, int, str]]:
    """The links to files and servers readers cannot reach in one text: (start, end, link)."""
    finds = []
    if not _LINK_HINT.search(text):
        return finds  # most texts: one quick search instead of the whole pattern's
    for m in _LINKS.finditer(text):
        link = m.group(0)
        if not re.match(r"(?:https?|ftp)://", link, re.IGNORECASE) and "." not in link.rsplit("\\", 1)[-1]:
            rest = _PATH_REST.match(text, m.end())
            if rest:
                link += rest.group(0)
        link = link.rstrip(".,;:!?")
        if internal_link(link):
            finds.append((m.start(), m.start() + len(link), link))
    return finds


def internal_links(plan: Plan) -> list[Defect]:
    """Links to files and servers readers cannot reach: ``file://``, UNC paths
    (``\\\\server\\share``), drive letters (``K:\\Plan``), intranet hosts. Public web
    addresses (``https://www.regjeringen.no/…``) are fine."""
    from plancheck.extract.pagechrome import source_line

    def finds(text: str) -> list[tuple[int, int, str]]:
        found = links_in(text)
        # a wiki's print footer ('Retrieved from "https://…"'): the page's own address, no link it gives
        return [] if found and source_line(text, plan.language) else found

    return _scan_texts(plan, "internal-link", finds)


# --------------------------------------------------------------------------- dangling references

_FIG = r"figur(?:ene|en)?|fig\.|figures?"
_TAB = r"tabell(?:ene|en)?|tab\.|tables?"
_APP = r"vedlegg(?:et|ene|a)?|bilag(?:a|et|ene)?|appendi(?:x|ces)|annex(?:es)?"
_CHAP = r"kapittel|kapitlene|kapitla|kapitel|kap\.|delkapittel|avsnitt|chapters?|sections?"
_NUM = r"(?:\d{1,3}(?:\.\d{1,3}){0,3}[a-z]?(?![\d\w])|(?-i:[A-H]|[IVX]{1,5})\b)"
_SEP = r"\s*(?:,|og|and|&|–|-|—|til|to|or|eller)\s*"
_REF = re.compile(
    rf"\b(?P<kind>{_FIG}|{_TAB}|{_APP}|{_CHAP})\s*(?:nr\.?\s*)?(?P<nums>{_NUM}(?:{_SEP}{_NUM})*)",
    re.IGNORECASE,
)
_CAPTION = re.compile(
    rf"^\s*(?P<kind>{_FIG}|{_TAB}|{_APP})\s*(?:nr\.?\s*)?(?P<num>{_NUM})(?!\.\d)\s*(?:[:.–—-]|\s+(?-i:[A-ZÆØÅ])|$)",
    re.IGNORECASE,
)
#: a caption inside running text (a PDF that put the caption into the paragraph beside it):
#: the label and number followed by a colon or a dash and a capital, "Figure 4.3: Norfolk …"
_INLINE_CAPTION = re.compile(
    rf"(?:^|(?<=[\s(]))(?P<kind>{_FIG}|{_TAB})\s*(?P<num>{_NUM})\s*(?::|\s?[–—-])\s+(?=[A-ZÆØÅ])",
    re.IGNORECASE,
)
_SOURCE_LINE = re.compile(r"^\W*(?:\d{1,3}\s+)?(?:kilde|kjelde|källa|source|sources)\b", re.IGNORECASE)
_APPENDIX_LIST_TITLE = re.compile(
    r"^\s*(?:vedlegg|vedleggsliste|oversikt over vedlegg|bilag|bilagor|bilagsliste|appendi(?:x|ces)|"
    r"annex(?:es)?|attachments?)\s*:?\s*$",
    re.IGNORECASE,
)
_EXTERNAL_AFTER = re.compile(
    r"^\s*(?:i|in|of|til|from|fra)\s+(?!denne\b|dette\b|planen\b|plandokumentet\b|dokumentet\b|"
    r"this\b|the plan\b|the document\b|the report\b)\S",
    re.IGNORECASE,
)
_EXTERNAL_BEFORE = re.compile(
    r"(?:\b(?:lov(?:en|ens)?|lovs|\w+loven|\w+lovens|forskrift\w*|\w+forskriften|pbl\.?|nou|"
    r"meld\.(?:\s*st\.)?|st\.\s*meld\.?|prop\.|rundskriv\w*|veileder\w*|rapport(?:en|ens)?|"
    r"(?!planens\b|dokumentets\b)\w{3,}(?:ens|ets)|\w+['’]s(?:\s+[A-Z][\w-]*)*(?:\s*\([A-Z]+\))?|"
    r"act|code|statutes?|law|regulations?|report|outlook|assessment|guidebook|f\.s\.|u\.s\.c\.)"
    r"\s*(?:\d[\d:\s()–-]*)?)$",
    re.IGNORECASE,
)
#: a source and a year right after the number: "(Table 11.20 UFBEBR 2008)" cites another
#: document's table
_CITED_AFTER = re.compile(r"^\s*,?\s*(?:[A-ZÆØÅ][\w&.'’-]*\s+){1,5}(?:19|20)\d{2}[a-z]?\b")
#: signs of a bibliography entry around a reference ("Chapter 19: Southeast. In Impacts …,
#: Volume II (eds.) … pp. 743–808. doi: …"): the chapter of a cited book
_BIBLIOGRAPHY = re.compile(
    r"\bdoi\b|\(eds?\.\)|\bisbn\b|\bretrieved from\b|\bpp\.\s*\d|\bvol(?:ume)?\.?\s+(?:[IVX]+|\d+)\b",
    re.IGNORECASE,
)
_KIND_OF = {"fig": "figure", "tab": "table", "ved": "appendix", "bil": "appendix", "app": "appendix",
            "ann": "appendix"}
_KIND_WORDS = {
    "figure": ("figur", "figure", "figurer", "figures"),
    "table": ("tabell", "table", "tabeller", "tables"),
    "appendix": ("vedlegg", "appendix", "vedlegg", "appendices"),
    "chapter": ("kapittel", "chapter", "kapitler", "chapters"),
}
#: the plural in nynorsk where it differs from bokmål (the singular is the same)
_KIND_MANY_NN = {"figure": "figurar", "table": "tabellar", "chapter": "kapittel"}


def _ref_kind(word: str) -> str:
    return _KIND_OF.get(word[:3].lower(), "chapter")


def _split_nums(nums: str) -> list[str]:
    """"2 og 3" -> [2, 3]; "2–4" -> [2, 3, 4]."""
    parts = re.split(rf"({_SEP})", nums, flags=re.IGNORECASE)
    values: list[str] = []
    i = 0
    while i < len(parts):
        tok = parts[i].strip()
        if i + 2 < len(parts) and re.fullmatch(r"\s*(?:–|-|—|til|to)\s*", parts[i + 1], re.IGNORECASE):
            end = parts[i + 2].strip()
            if tok.isdigit() and end.isdigit() and 0 < int(end) - int(tok) <= 20:
                values.extend(str(n) for n in range(int(tok), int(end) + 1))
                i += 3
                continue
        if tok:
            values.append(tok)
        i += 2
    return values


def _canon(num: str) -> str:
    """"03" -> "3"; "5.0" -> "5"; "2.1." -> "2.1"."""
    parts = [str(int(p)) if p.isdigit() else p for p in num.strip(".").split(".")]
    while len(parts) > 1 and parts[-1] == "0":
        parts.pop()
    return ".".join(parts)


@dataclass
class Targets:
    """What the document has that a reference may point to."""

    figure: set[str]
    table: set[str]
    appendix: set[str]
    chapter: set[str]
    chapters_known: bool = True  # False: the headings are not numbered (reliably)

    def has(self, kind: str, num: str) -> bool:
        have = getattr(self, kind)
        num = _canon(num)
        if num in have:
            return True
        # "figur 4" when there are figures 4a and 4b; "figur 4a" when there is a figure 4
        return any(h.rstrip("abcdefgh") == num or num.rstrip("abcdefgh") == h for h in have)


def reference_targets(plan: Plan) -> Targets:
    """Figures and tables from their captions ("Figur 3: …", "Tabell 1 Framdrift"), appendices
    from "Vedlegg 2" headings or captions and from a numbered list under a "Vedlegg" heading or
    lead-in, chapters from the section numbers (and "Kapittel 9" headings)."""
    t = Targets(set(), set(), set(), set())
    appendix_list = False
    count = 0
    for p in plan.passages:
        m = _CAPTION.match(p.text)
        if m:
            getattr(t, _ref_kind(m.group("kind"))).add(_canon(m.group("num")))
        for m in _INLINE_CAPTION.finditer(p.text):
            getattr(t, _ref_kind(m.group("kind"))).add(_canon(m.group("num")))
        if _APPENDIX_LIST_TITLE.match(p.text):
            appendix_list, count = True, 0
            continue
        if appendix_list:
            if p.kind == "list_item":
                count += 1
                t.appendix.add(str(count))
                label = re.match(r"\s*(\d{1,2}|[A-H])[.):]?\s", p.provenance.source_text or "")
                if label:
                    t.appendix.add(_canon(label.group(1)))
                continue
            if p.kind == "heading" or count:
                appendix_list = False
    numbered = _outline(plan)
    for _s, num in numbered:
        for k in range(1, len(num) + 1):
            t.chapter.add(".".join(str(n) for n in num[:k]))
    for s in plan.sections:
        m = re.match(
            r"^\s*(?:kapittel|kapitel|chapter|kap\.|section|del|part)\s*(\d{1,3})\b", s.title, re.IGNORECASE
        )
        if m:
            t.chapter.add(_canon(m.group(1)))
    t.chapters_known = bool(numbered)
    return t


def _have(targets: Targets, kind: str) -> tuple[str, str, str]:
    """What the document has, for the message: "figur 1, 2", "kapittel 1–6", "ingen figurer"."""
    nums = sorted(getattr(targets, kind), key=_sort_key)
    if kind == "chapter":
        nums = [n for n in nums if "." not in n]
    nb_one, en_one, nb_many, en_many = _KIND_WORDS[kind]
    if not nums:
        return f"ingen {nb_many}", f"no {en_many}", f"ingen {_KIND_MANY_NN.get(kind, nb_many)}"
    ints = [int(n) for n in nums if n.isdigit()]
    if len(ints) == len(nums) and len(ints) > 2 and ints == list(range(ints[0], ints[0] + len(ints))):
        shown = f"{ints[0]}–{ints[-1]}"
    else:
        shown = ", ".join(nums[:12]) + (" …" if len(nums) > 12 else "")
    return f"{nb_one} {shown}", f"{en_one} {shown}", f"{nb_one} {shown}"


def _sort_key(num: str) -> tuple:
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in num.split("."))


def references_in(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[re.Match, str, list[str]]]:
    """The references in ``text[start:end]`` to this document's figures, tables, appendices and
    chapters: (match, kind, numbers). Captions are not references; nor are references into
    other documents ("kapittel 11 i plan- og bygningsloven", "folkehelselovens kapittel 3",
    "(Table 11.20 UFBEBR 2008)", a chapter of a book in a list of references), nor a statute's
    section named in a noun phrase ("Fewer section 8 notices": :func:`_points_here`)."""
    # the captions of the whole text, found at the first reference in the range: the caller asks
    # sentence by sentence, and most sentences refer to nothing (found for every sentence, they
    # made a long text's check quadratic)
    captions: set[int] | None = None
    for m in _REF.finditer(text, start, len(text) if end is None else end):
        if captions is None:
            captions = _caption_starts(text)
        if m.start() in captions:
            continue  # a caption's own label
        kind = _ref_kind(m.group("kind"))
        nums = _split_nums(m.group("nums"))
        if kind != "appendix":
            nums = [n for n in nums if n[0].isdigit()]
        if not nums:
            continue
        if _EXTERNAL_AFTER.match(text[m.end() : m.end() + 60]) or _CITED_AFTER.match(text[m.end() : m.end() + 60]):
            continue
        if _BIBLIOGRAPHY.search(text[max(0, m.start() - 200) : m.end() + 300]):
            continue
        if _EXTERNAL_BEFORE.search(text[max(0, m.start() - 60) : m.start()].rstrip()):
            continue
        if "§" in text[max(0, m.start() - 25) : m.start()]:
            continue
        if kind == "chapter" and not _points_here(text, start, m.start()):
            continue
        yield m, kind, nums


def _caption_starts(text: str) -> set[int]:
    """Where the label of each caption in ``text`` begins ("Figur 3: …", inline or opening the
    text): a reference there is the caption's own label (:func:`references_in`)."""
    captions = {m.start("kind") for m in _INLINE_CAPTION.finditer(text)}
    caption = _CAPTION.match(text)
    if caption:
        captions.add(caption.start("kind"))
    return captions


#: what may stand right before a reference to this document's own chapter: nothing (it opens
#: the sentence or the text after a colon, a dash or a bracket)
_OPENING = re.compile(r"(?:^|[:(\[–—-])\W*$")


def _points_here(text: str, start: int, pos: int) -> bool:
    """Whether a chapter or section reference at ``pos`` is worded as pointing at a part of
    this document: it opens its sentence ("Kapittel 9 viser …", "How to read: section 3
    describes …", "(kapittel 9)"), or the word before it is one of the lexicon's
    ``reference_pointers`` ("se kapittel 9", "omtalt i kapittel 9", "described in section 3").

    Why: a statute's section is named in running text as part of a noun phrase ("Fewer
    section 8 notices", "a section 106 agreement", "Section 8 housing"), not pointed at; a plan
    points its reader to its own chapters. A false alarm costs more than a miss."""
    before = text[start:pos]
    if _OPENING.search(before):
        return True
    words = re.findall(r"[^\W\d_][\w.]*", before)
    return bool(words) and words[-1].lower() in _pointer_words()


@functools.cache
def _pointer_words() -> frozenset[str]:
    """The lexicon's ``reference_pointers`` of every language, lower case."""
    from plancheck.lang.vocab import plain_words

    return frozenset(w.lower() for w in plain_words("reference_pointers"))


def _plausible_series(nums: list[str]) -> bool:
    """References to 1, 2, 3 … of a kind the document has no captions for: the captions are
    most likely inside images or tables (which plancheck does not read), not missing."""
    ints = sorted({int(n) for n in nums if n.isdigit()})
    return bool(ints) and ints == list(range(1, len(ints) + 1)) and len(ints) == len(set(nums))


def _chapter_tables(nums: list[str], targets: Targets, tables: int) -> bool:
    """References to tables numbered by chapter ("table 4.2", "table 4.3") in a document with
    no table caption read, whose chapter parts are all chapters the document has, and no more
    of them than the tables it holds: the captions are set apart from the text (small, under
    each table, read as the table's note), not missing."""
    distinct = {_canon(n) for n in nums}
    chapters = {n.rsplit(".", 1)[0] for n in distinct if "." in n}
    return (
        bool(distinct) and all("." in n for n in distinct) and chapters <= targets.chapter
        and targets.chapters_known and len(distinct) <= tables
    )


def dangling_references(plan: Plan) -> list[Defect]:
    """References to figures, tables, appendices and chapters the document does not have.

    A document without any caption of a kind is only flagged for references that cannot be a
    series of its own (figure 12 with no figures at all; not figures 1, 2 and 3, whose captions
    are probably inside the pictures). Chapters are only checked in a document with numbered
    headings; references to other documents are not checked."""
    targets = reference_targets(plan)
    texts = _texts(plan, headings=False)
    found_refs: list[tuple[_Text, re.Match, str, list[str]]] = []
    for t in texts:
        for a, b in _sentences(t.text):
            sentence = t.text[a:b]
            if _SOURCE_LINE.match(sentence) or re.search(r"https?://|www\.", sentence):
                continue
            for m, kind, nums in references_in(t.text, a, b):
                found_refs.append((t, m, kind, nums))
    by_kind: dict[str, list[str]] = {}
    for _t, _m, kind, nums in found_refs:
        by_kind.setdefault(kind, []).extend(nums)
    out: list[Defect] = []
    seen: set[tuple[str, str]] = set()
    for t, m, kind, nums in found_refs:
        if kind == "chapter":
            if not targets.chapters_known:
                continue
            nums = [n for n in nums if int(n.split(".")[0].rstrip("abcdefgh") or 0) <= 50]
        elif not getattr(targets, kind) and (
            _plausible_series(by_kind[kind])
            or (kind == "table" and _chapter_tables(by_kind[kind], targets, len(plan.tables)))
        ):
            continue
        missing = [n for n in nums if not targets.has(kind, n)]
        if not missing:
            continue
        found = " ".join(m.group(0).split())
        quote = _sentence_at(t.text, m.start())
        if (quote, found) in seen:
            continue
        seen.add((quote, found))
        have_nb, have_en, have_nn = _have(targets, kind)
        out.append(
            Defect(
                "dangling-reference",
                t.kind,
                t.item,
                quote,
                found,
                params=(("have_nb", have_nb), ("have_en", have_en), ("have_nn", have_nn)),
                order=t.order,
            )
        )
    return out


# --------------------------------------------------------------------------- numbering

_LABEL = re.compile(r"^\(?([A-Za-z]{0,3})\s*(\d{1,3}(?:\.\d{1,3}){0,4}|[a-z])[.)]?$")


def parse_number(label: str | None) -> tuple[str, tuple[int, ...]] | None:
    """"3." -> ("", (3,)); "1.2" -> ("", (1, 2)); "b)" -> ("", (2,)); "M4" -> ("M", (4,)).
    Numbers with a leading zero ("04": a page number read as a label) are not numbering."""
    if not label:
        return None
    m = _LABEL.match(label.strip())
    if not m:
        return None
    family, num = m.group(1).upper(), m.group(2)
    if num.isalpha():
        return family + "a", (ord(num) - ord("a") + 1,)
    parts = num.split(".")
    if any(len(p) > 1 and p.startswith("0") for p in parts):
        return None
    return family, tuple(int(p) for p in parts)


def _label(family: str, num: tuple[int, ...]) -> str:
    if family.endswith("a") and len(num) == 1:
        return f"{family[:-1]}{chr(ord('a') + num[0] - 1)})"
    return family + ".".join(str(n) for n in num)


def _ranges(values: list[int]) -> str:
    """[3] -> "3"; [3, 4, 5] -> "3–5"."""
    return str(values[0]) if len(values) == 1 else f"{values[0]}–{values[-1]}"


def _summary_sections(plan: Plan) -> set[str]:
    """Ids of summary sections ("Sammendrag", "Planen i korte trekk") and their sub-sections."""
    out: set[str] = set()
    level: int | None = None
    for s in plan.sections:
        if level is not None and s.level > level:
            out.add(s.id)
            continue
        level = None
        if _SUMMARY_TITLE.match(_strip_number(s.title)):
            out.add(s.id)
            level = s.level
    return out


def _strip_number(title: str) -> str:
    return re.sub(r"^\s*\d{1,2}(?:\.\d{1,2})*\.?\s+", "", title)


MAX_GAP = 3  # a longer jump is another numbering (SDG "Mål 11"), not something deleted


def _item_runs(items: list[Any], key_of: Callable[[Any], tuple]) -> list[list[tuple[Any, str, tuple[int, ...]]]]:
    """Numbered items grouped by ``key_of`` (kind, parent …), label family and number prefix,
    then cut into runs where the numbering starts again at 1 (a new list, as when each focus
    area or table numbers its own goals or measures)."""
    groups: dict[tuple, list[tuple[Any, str, tuple[int, ...]]]] = {}
    last: dict[tuple, tuple[int, ...]] = {}
    passes: dict[tuple, int] = {}
    for it in items:
        parsed = parse_number(getattr(it, "number", None))
        if parsed is None:
            continue
        family, num = parsed
        # numbering that steps back to a number already passed, without starting a list again
        # at 1 ("… 4.3.4, then 1.1.2: Town of East Hampton"), begins a second pass over the same
        # numbers: a commentary, a list of examples or a summary citing the items by number. It is
        # judged on its own and never against the first pass
        lane = (*key_of(it), family)
        if lane in last and num < last[lane] and num[-1] != 1:
            passes[lane] = passes.get(lane, 0) + 1
        last[lane] = num
        groups.setdefault((*lane, passes.get(lane, 0), num[:-1]), []).append((it, family, num))
    runs: list[list] = []
    for group in groups.values():
        run: list = []
        for entry in group:
            if run and entry[2][-1] == 1:
                runs.append(run)
                run = []
            run.append(entry)
        if run:
            runs.append(run)
    return runs


def _printed_label(texts: Iterable[str], family: str, nums: list[tuple[int, ...]]) -> bool:
    """True when one of ``nums`` stands as a label at the start of a line of ``texts`` ("Mål 2"
    on a line of its own inside the item before): the document has the number, and the reader
    took two items for one."""
    for num in nums:
        label = re.escape(".".join(str(n) for n in num))
        word = r"[^\W\d_]{1,20}\s+" if family else r"(?:[^\W\d_]{1,20}\s+)?"
        pattern = re.compile(rf"(?m)^\s*{word}{label}(?![\d.]\d)\s*[.:)]?(?:\s|$)")
        if any(pattern.search(t) for t in texts):
            return True
    return False


_LABEL_WORD = re.compile(r"^\s*([^\W\d_]{2,20})\s+\d")


def _struck_between(struck: list[Provenance], first: Any, last: Any) -> list[str]:
    """The lines printed struck through on the pages from ``first`` to ``last``: a number that
    stands there (a revised plan's withdrawn row, '1.3 … Utgår' struck out) was taken out of the
    plan, and the gap it leaves is no defect."""
    lo = first.page if first is not None and first.page is not None else None
    hi = last.page
    return [p.source_text for p in struck
            if lo is None or hi is None or p.page is None or lo <= p.page <= hi]


def _label_between(passages: list[Passage], first: Any, last: Any, nums: list[tuple[int, ...]]) -> bool:
    """True when one of ``nums`` stands as a label at the start of a line of the text between
    two items, with the word the items' own labels use ("Mål 9 gäller endast …" between "Mål 8"
    and "Mål 10"): the document has that item, and plancheck did not read it as one (too short,
    or not an item of this plan) — a gap it cannot judge."""
    m = _LABEL_WORD.match(last.provenance.source_text or "")
    if m is None or first is None or first.page is None or last.page is None:
        return False
    word = re.escape(m.group(1))
    texts = [p.text for p in passages if p.page is not None and first.page <= p.page <= last.page]
    for num in nums:
        label = re.escape(".".join(str(n) for n in num))
        pattern = re.compile(rf"(?mi)^\s*{word}\s+{label}(?![\d.]\d)\s*[.:)]?(?:\s|$)")
        if any(pattern.search(t) for t in texts):
            return True
    return False


def _same_item(a: Any, b: Any) -> bool:
    from plancheck.checks.base import copy_key, same_text

    return same_text(copy_key(a.text or ""), copy_key(b.text or ""))


def _numbering_in_runs(
    runs: list[list], kind: str, order_of: dict[str, int], passages: list[Passage] | None = None,
    struck: list[Provenance] | None = None, withdrawn: frozenset[tuple[int, ...]] = frozenset(),
) -> list[Defect]:
    """Gaps and duplicates in each run. A number used again is a duplicate only within one list:
    right after itself ("2.1, 2.2, 2.2"), or in the section where it was first used. The same
    number further back in another section is the list printed again (an overview, a summary
    table, a quotation) or another list, and the same text under the same number is one item
    printed twice. Gaps and duplicates count only in a list that starts at 1: "Mål 7, 11, 13"
    is a selection from another numbering (the UN goals), not goals deleted, and "Mål 12"
    twice in it is the text speaking of that goal again. A gap whose missing number stands
    as a label inside the item before ("Mål 1 … Mål 2 …" read as one goal) is two items read as
    one, not a gap in the document; one that stands on a line printed struck through (``struck``)
    or that a council decision struck (``withdrawn``: the numbers of measures an amendment took
    out, ``Plan.amendments``) was taken out of the plan, not lost."""
    out: list[Defect] = []
    for run in runs:
        seen: dict[tuple[int, ...], Any] = {}
        prev: tuple[int, ...] | None = None
        prev_item: Any = None
        # a list that does not start at 1 ("Mål 6, 7, 11, 12": a selection of the UN goals, or a
        # list whose start was not read) is not one whose numbering plancheck can judge
        from_one = run[0][2][-1] == 1
        last: Any = None
        for it, family, num in run:
            label = _label(family, num)
            order = order_of.get(it.id, 0)
            quote = it.provenance.source_text.strip() or it.text
            if num in seen:
                first = seen[num]
                # the number repeated at the top of the next page (a title at the foot of one
                # page, its text on the next) is one item read twice, not a duplicate
                continued = last is first and first.page is not None and it.page == first.page + 1
                one_list = num == prev or (first.section_id is not None and it.section_id == first.section_id)
                if from_one and not continued and one_list and not _same_item(first, it):
                    nb, en, nn = _where(first)
                    out.append(
                        Defect("numbering-duplicate", kind, it, quote, label,
                               params=(("first_nb", nb), ("first_en", en), ("first_nn", nn)), order=order)
                    )
            elif from_one and prev is not None and prev[-1] + 1 < num[-1] <= prev[-1] + 1 + MAX_GAP:
                skipped = [(*num[:-1], n) for n in range(prev[-1] + 1, num[-1])]
                texts = [x.provenance.source_text for x in (prev_item, it) if x is not None]
                # the skipped numbers come later on the same page: read out of order (cards or
                # columns read down one column first), not missing; or, for a code with letters
                # ("EH4"), anywhere else in the plan: a table sorted by another column (a web
                # page's data table sorted by due date) prints every code, out of order
                later = {n for r in runs for i, f, n in r
                         if f == family and i.page == it.page and order_of.get(i.id, 0) > order}
                if family and family.strip(".").isalpha():
                    # (a code with letters names one item in the whole plan; plain numbers
                    # start again in each focus area's table)
                    later |= {n for r in runs for i, f, n in r if f == family and i is not it}
                if all(n in later for n in skipped) or all(n in withdrawn for n in skipped):
                    pass
                elif not _printed_label(texts, family, skipped) and not _label_between(
                    passages or [], prev_item, it, skipped
                ) and not _printed_label(_struck_between(struck or [], prev_item, it), family, skipped):
                    missing = _ranges(list(range(prev[-1] + 1, num[-1])))
                    if num[:-1]:
                        missing = ".".join(str(n) for n in num[:-1]) + "." + missing
                    out.append(
                        Defect("numbering-gap", kind, it, quote, label,
                               params=(("missing", missing), ("previous", _label(family, prev))),
                               order=order)
                    )
            seen.setdefault(num, it)
            if prev is None or num[-1] > prev[-1]:
                prev, prev_item = num, it
            last = it
    return out


def _valid_next(prev: tuple[int, ...], nxt: tuple[int, ...]) -> bool:
    if nxt == (*prev, 1):
        return True
    return any(nxt == (*prev[:k], prev[k] + 1) for k in range(len(prev)))


def _outline(plan: Plan) -> list[tuple[Section, tuple[int, ...]]]:
    """The numbered headings, when they form an outline: mostly each number follows the one
    before (the next sibling, the first sub-chapter, the next chapter up) and chapter numbers
    stay small. Numbering that is mostly noise (page numbers read as headings, "4 | Executive
    Summary") gives []."""
    numbered: list[tuple[Section, tuple[int, ...]]] = []
    counts = _post_count_words()
    for s in plan.sections:
        if " ".join((s.title or "").lower().split()) in counts:
            continue  # "2 kommentarer", "12 comments" over a web page's comments: a count, no chapter
        parsed = parse_number(s.number)
        if parsed and not parsed[0] and parsed[1][0] > 0:
            numbered.append((s, parsed[1]))
    if len(numbered) < 2 or max(num[0] for _s, num in numbered) > 30:
        return []
    ok = sum(_valid_next(a[1], b[1]) for a, b in itertools.pairwise(numbered))
    if ok < 0.75 * (len(numbered) - 1):
        return []
    return numbered


@functools.cache
def _post_count_words() -> frozenset[str]:
    """The lexicon's ``post_counts`` of every language ("comments", "kommentarer"): a heading
    that is a number and one of these counts a web page's comments, printed with the page."""
    from plancheck.lang.vocab import plain_words

    return frozenset(plain_words("post_counts"))


def _same_family(first: Section, again: Section) -> bool:
    """Can ``again`` repeat the number of ``first``? A one-part number on a heading set at
    another level is a numbering of its own: goals "1.", "2.", "3." set as smaller headings
    under chapter "3 Mål" start again at 1 without repeating chapter "1". Only the levels the
    layout gave both can tell; without them the numbers are taken as one family."""
    if first.level is None or again.level is None:
        return True
    return first.level == again.level or "." in (again.number or "").strip(".")


def _section_numbering(plan: Plan) -> list[Defect]:
    """Chapters: numbers must not repeat, and each must follow the one before (the next
    sibling, the first sub-chapter, or the next chapter up)."""
    numbered = _outline(plan)
    if len(numbered) < 3:
        return []
    heading = {p.section_id: p for p in plan.passages if p.kind == "heading"}
    order = {p.id: i for i, p in enumerate(plan.passages)}
    out: list[Defect] = []
    seen: dict[tuple[int, ...], Section] = {}
    prev: tuple[int, ...] | None = None
    for s, num in numbered:
        item = heading.get(s.id)
        subject = item if item is not None else s
        quote = (item.provenance.source_text.strip() if item else "") or f"{s.number} {s.title}"
        label = ".".join(str(n) for n in num)
        o = order.get(item.id, 0) if item else 0
        if num in seen and _same_family(seen[num], s):
            nb, en, nn = _where(heading.get(seen[num].id) or seen[num])
            out.append(
                Defect("numbering-duplicate", "section", subject, quote, label,
                       params=(("first_nb", nb), ("first_en", en), ("first_nn", nn)), order=o, node_id=s.id)
            )
        elif prev is not None and not _valid_next(prev, num) and num[-1] > 1:
            # the siblings before this one that are missing
            lo = num[-1] - 1
            while lo > 1 and (*num[:-1], lo - 1) not in seen:
                lo -= 1
            if (*num[:-1], num[-1] - 1) not in seen and num[-1] - lo <= MAX_GAP:
                missing = ".".join(str(n) for n in num[:-1]) + ("." if num[:-1] else "")
                missing += _ranges(list(range(lo, num[-1])))
                out.append(
                    Defect("numbering-gap", "section", subject, quote, label,
                           params=(("missing", missing), ("previous", ".".join(map(str, prev)))),
                           order=o, node_id=s.id)
                )
        seen.setdefault(num, s)
        prev = num
    return out


def numbering_problems(plan: Plan) -> list[Defect]:
    """Gaps ("mål 1, 2, 4") and duplicates ("tiltak 3.2" twice) among goals, measures and
    chapters. Goals and measures may restart at 1 in each focus area or table; items in a
    summary section are not counted (they repeat the body's numbers)."""
    summary = _summary_sections(plan)
    order = {it.id: i for i, it in enumerate([*plan.goals, *plan.measures])}
    goals = [g for g in plan.goals if g.section_id not in summary]
    measures = [m for m in plan.measures if m.section_id not in summary]
    passages = list(plan.passages)
    struck = list(plan.struck)
    out = _numbering_in_runs(_item_runs(goals, lambda g: (str(g.kind), g.parent_id)), "goal", order, passages, struck)
    withdrawn = frozenset(
        tuple(int(n) for n in a.measure_number.strip(".").split("."))
        for a in plan.amendments
        if a.kind == "delete" and re.fullmatch(r"\d{1,3}(?:\.\d{1,3})*\.?", a.measure_number)
    )
    out += _numbering_in_runs(_item_runs(measures, lambda m: ()), "measure", order, passages, struck, withdrawn)
    flagged = {d.item.id for d in out if d.kind == "measure"}
    out += [d for d in _first_lost_under_strategy(plan, measures, order, struck) if d.item.id not in flagged]
    out += _section_numbering(plan)
    return out


MIN_RESTARTING_STRATEGIES = 2  # other strategies whose measures start at 1: the numbering restarts under each


def _first_lost_under_strategy(
    plan: Plan, measures: list[Any], order_of: dict[str, int], struck: list[Provenance]
) -> list[Defect]:
    """Measures numbered afresh under each strategy ('Strategy 1' over 'Action 1', 'Action 2';
    'Strategy 2' over 'Action 1'): a strategy whose measures begin at 2 (or 3, 4) while those of
    every other strategy, two at least, begin at 1 has lost its first ones. Why: the runs above
    judge only a list that starts at 1, so a list under one strategy that starts at 2 was never
    judged, though the plan's own numbering says where its 1 was (session 52). A plan numbering
    its measures through all strategies (3 and 4 under the second) has no such restart. The
    measures' strategies are read first: a plan with fewer than three strategies is not walked."""
    if len(plan.strategies) < MIN_RESTARTING_STRATEGIES + 1:
        return []
    by_strategy: dict[str, list[tuple[Any, str, tuple[int, ...]]]] = {}
    for m in measures:
        parsed = parse_number(m.number) if m.strategy_ids else None
        if parsed is not None and len(parsed[1]) == 1:
            by_strategy.setdefault(m.strategy_ids[0], []).append((m, *parsed))
    if len({family for group in by_strategy.values() for _m, family, _n in group}) != 1:
        return []
    starts = {sid: group[0][2][0] for sid, group in by_strategy.items()}
    names = {s.id: s.text for s in plan.strategies}
    out: list[Defect] = []
    for sid, group in by_strategy.items():
        m, family, num = group[0]
        others = [n for k, n in starts.items() if k != sid]
        if not 1 < num[0] <= 1 + MAX_GAP or len(others) < MIN_RESTARTING_STRATEGIES or any(n != 1 for n in others):
            continue
        skipped = [(n,) for n in range(1, num[0])]
        if any(n < num for _m, _f, n in group) or _printed_label([m.provenance.source_text], family, skipped):
            continue  # read out of order, or two measures read as one
        if _printed_label(_struck_between(struck, None, m), family, skipped):
            continue  # struck through: taken out of the plan
        quote = m.provenance.source_text.strip() or m.text
        out.append(
            Defect("numbering-gap", "measure", m, quote, _label(family, num), variant="first",
                   params=(("missing", _ranges([n[0] for n in skipped])),
                           ("parent", names.get(sid, ""))),
                   order=order_of.get(m.id, 0))
        )
    return out


# --------------------------------------------------------------------------- summary vs body

_SUMMARY_TITLE = re.compile(
    r"^(?:sammendrag|samandrag|sammanfattning|sammenfatning|resumé|resume|oppsummering|"
    r"kortversjon|kort om planen|planen i korte trekk|planen på (?:en|én) side|hovedpunkter|"
    r"executive summary|summary|plan at a glance|at a glance)\b",
    re.IGNORECASE,
)
_FOCUS_WORDS = re.compile(
    r"satsings?områd|innsatsområd|fokusområd|hovedtema|temaområd|indsatsområd|focus areas?|"
    r"priorit|themes?\b",
    re.IGNORECASE,
)
_GOAL_WORDS = re.compile(r"\b(?:mål(?:ene|a)?|hovedmål\w*|hovudmål\w*|målsetting\w*|goals?|objectives?)\b", re.IGNORECASE)
_ITEM_LABEL = re.compile(
    r"^\s*(?:(?:satsingsområde|innsatsområde|fokusområde|hovedmål|hovudmål|mål|focus area|goal|"
    r"priority|theme)\s*)?(\d{1,2}(?:\.\d{1,2})?)?\s*[.:)–—-]?\s*",
    re.IGNORECASE,
)
_BULLET_LABEL = re.compile(r"^\s*[\uf0b7\uf0a7•●▪■◦○‣∙·–—*-]?\s*(\d{1,2}(?:\.\d{1,2})?)[.)]\s")


def _name(text: str) -> tuple[str | None, str]:
    """("2", "trygg oppvekst") from "Satsingsområde 2: Trygg oppvekst."."""
    m = _ITEM_LABEL.match(text)
    num = m.group(1) if m else None
    rest = text[m.end():] if m else text
    return num, " ".join(re.sub(r"[^\w\s]", " ", rest.casefold()).split())


def _summary_groups(plan: Plan, summary: set[str]) -> list[tuple[str, Passage, list[Passage]]]:
    """(what, lead-in, items): list items in a summary section after a lead-in that says what
    they are ("… fire satsingsområder:", "Planens hovedmål er:")."""
    groups: list[tuple[str, Passage, list[Passage]]] = []
    lead: Passage | None = None
    items: list[Passage] = []

    def close() -> None:
        if lead is not None and len(items) >= 2:
            what = "focus_area" if _FOCUS_WORDS.search(lead.text) else "goal" if _GOAL_WORDS.search(lead.text) else ""
            if what:
                groups.append((what, lead, list(items)))

    for p in plan.passages:
        if p.section_id not in summary:
            continue
        if p.kind == "list_item":
            if lead is not None:
                items.append(p)
            continue
        close()
        lead, items = (p if p.kind != "heading" or _FOCUS_WORDS.search(p.text) else None), []
    close()
    return groups


PAIR_SCORE = 75  # rapidfuzz token_set_ratio at which a summary item and a body item are the same one


def summary_mismatches(plan: Plan) -> list[Defect]:
    """Focus areas (or main goals) listed in the summary that differ from those in the body:
    named differently, missing on either side, numbered differently or in another order."""
    from rapidfuzz import fuzz

    summary = _summary_sections(plan)
    if not summary:
        return []
    order = {p.id: i for i, p in enumerate(plan.passages)}
    out: list[Defect] = []
    for what, _lead, items in _summary_groups(plan, summary):
        if what == "focus_area":
            body = [fa for fa in plan.focus_areas if fa.section_id not in summary]
        else:
            goals = [g for g in plan.goals if g.section_id not in summary]
            mains = [g for g in goals if g.kind == GoalKind.main_goal.value]
            body = mains or [g for g in goals if not g.parent_id]
        if len(body) < 2:
            continue
        s_names = []
        for p in items:
            label = _BULLET_LABEL.match(p.provenance.source_text or "")
            num, name = _name(p.text)
            s_names.append((num or (label.group(1) if label else None), name))
        b_names = []
        for k, it in enumerate(body):
            num, name = _name(it.text)
            b_names.append((num or (it.number or "").rstrip(".") or None, name, k))
        # pair summary and body items, best similarity first
        # token_set_ratio pairs "Klima og miljø" with "Klima, miljø og arealbruk"; ratio breaks ties
        scores = sorted(
            (
                (fuzz.token_set_ratio(s[1], b[1]), fuzz.ratio(s[1], b[1]), -i, -j, i, j)
                for i, s in enumerate(s_names)
                for j, b in enumerate(b_names)
            ),
            reverse=True,
        )
        pair_s: dict[int, int] = {}
        pair_b: dict[int, int] = {}
        for score, _, _, _, i, j in scores:
            if score < PAIR_SCORE or i in pair_s or j in pair_b:
                continue
            pair_s[i], pair_b[j] = j, i
        word = "satsingsområdet" if what == "focus_area" else "målet"
        word_en = "focus area" if what == "focus_area" else "goal"
        for i, p in enumerate(items):
            o = order.get(p.id, 0)
            if i not in pair_s:
                out.append(Defect("summary-mismatch", "passage", p, p.text, p.text, "not_in_body",
                                  params=(("what_nb", word), ("what_en", word_en), ("what_nn", word)), order=o))
                continue
            j = pair_s[i]
            body_item = body[j]
            s_num, s_name = s_names[i]
            b_num, b_name, _ = b_names[j]
            if s_name != b_name:
                out.append(Defect("summary-mismatch", "passage", p, p.text, p.text, "renamed",
                                  params=(("body", body_item.text), ("body_nb", _where(body_item)[0]),
                                          ("body_en", _where(body_item)[1]), ("body_nn", _where(body_item)[2]),
                                          ("what_nb", word), ("what_en", word_en), ("what_nn", word)), order=o))
            elif s_num and b_num and _canon(s_num).split(".")[-1] != _canon(b_num).split(".")[-1]:
                # the last part: summary item "1." is the first focus area, heading "3.1" too
                out.append(Defect("summary-mismatch", "passage", p, p.text, p.text, "renumbered",
                                  params=(("summary_number", s_num), ("body_number", b_num),
                                          ("what_nb", word), ("what_en", word_en), ("what_nn", word)), order=o))
        for j, it in enumerate(body):
            if j not in pair_b:
                kind = "focus_area" if what == "focus_area" else "goal"
                out.append(Defect("summary-mismatch", kind, it, it.text, it.text, "not_in_summary",
                                  params=(("what_nb", word), ("what_en", word_en), ("what_nn", word)),
                                  order=order.get(it.id, 10_000 + j)))
        # the order: summary items in an order other than the body's (numbers aside)
        paired = [pair_s[i] for i in range(len(items)) if i in pair_s]
        if paired != sorted(paired) and not any(d.variant == "renumbered" for d in out):
            idx = [i for i in range(len(items)) if i in pair_s]
            first = next(i for k, i in enumerate(idx) if any(pair_s[x] < pair_s[i] for x in idx[k + 1 :]))
            p = items[first]
            out.append(Defect("summary-mismatch", "passage", p, p.text, p.text, "order",
                              params=(("what_nb", word), ("what_en", word_en), ("what_nn", word)), order=order.get(p.id, 0)))
    return out


# --------------------------------------------------------------------------- deadlines


def parse_as_of(text: str) -> dt.date:
    """``--as-of``: "2025-09-15" or "15.09.2025" (argparse shows the error for anything else)."""
    import argparse

    text = text.strip()
    try:
        if re.fullmatch(r"\d{1,2}\.\d{1,2}\.\d{4}", text):
            day, month, year = (int(x) for x in text.split("."))
            return dt.date(year, month, day)
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"not a date: {text!r} (give it as 2025-09-15 or 15.09.2025)"
        ) from None


def passed_deadlines(plan: Plan, as_of: dt.date) -> list[Defect]:
    """Measures whose dated deadline ended before ``as_of`` (the hearing date). Recurring and
    continuous deadlines are not compared; nor are deadlines before the plan period, which
    ``deadline-within-plan-period`` reports already."""
    out: list[Defect] = []
    for j, m in enumerate(plan.measures):
        d = m.deadline
        if d is None or d.end is None or d.kind not in (DeadlineKind.date.value, DeadlineKind.period.value):
            continue
        if plan.plan_period is not None and d.end.year < plan.plan_period.start:
            continue
        if d.end < as_of:
            out.append(
                Defect("deadline-passed", "measure", m, m.provenance.source_text.strip() or m.text,
                       d.text, params=(("as_of", as_of.strftime("%d.%m.%Y")),
                                       ("end", d.end.strftime("%d.%m.%Y"))), order=j)
            )
    return out


# --------------------------------------------------------------------------- empty sections


_CLOSING_QUOTES = "\"'”’»"


def _is_content_heading(section: Section, plan: Plan, heading: Passage | None) -> bool:
    """A "heading" that is really content: a bold goal statement ("Hovedmål 1: Fjellvik skal
    …"), a sentence, a lead-in ("For å nå delmål 1.1:"), or a heading an item was read from."""
    text = (heading.text if heading else section.title).rstrip()
    # a quoted sentence ends inside its closing quote mark: "“… of our emissions.”" (a pull quote)
    if len(text) > 90 or text.rstrip(_CLOSING_QUOTES).endswith((".", "!", ":")):
        return True
    for it in [*plan.goals, *plan.strategies, *plan.measures]:
        if it.section_id == section.id and it.text and _norm(it.text) in _norm(text):
            return True
    return plan.vision is not None and plan.vision.section_id == section.id


_FUNCTION_END = re.compile(
    r"\b(?:og|i|på|for|til|med|av|eller|som|at|en|et|ei|a|an|the|and|of|to|in|on|for|that|is|"
    r"with|och|att|af|og)$",
    re.IGNORECASE,
)


def _looks_like_heading(text: str) -> bool:
    """A title, not a fragment of a sentence or a chart label ("100 % -20 %", "KLIMAT-")."""
    text = text.strip()
    letters = [ch for ch in text if ch.isalpha()]
    if len(letters) < 3 or len(letters) < len(text.replace(" ", "")) / 2:
        return False
    if not (text[0].isupper() or text[0].isdigit() or text[0] in "«\"“"):
        return False
    return not (text.endswith((",", "-", "–", "/")) or _FUNCTION_END.search(text))


#: more empty sections than this share means the headings were guessed from a designed layout
#: (pull quotes, chart labels in large type), not written as headings: report none of them
MAX_EMPTY_SHARE = 0.04
MAX_EMPTY_COUNT = 3


def _outline_sections(plan: Plan) -> set[str]:
    """Ids of the sections whose numbers make up the document's chapter outline, when that
    outline is one a writer made: it goes below the first level ("3.2") or runs over more than
    one page. Five numbered labels on one page ("1. Reduction Targets … 5. Waste Systems", an
    overview list set in large type) are not an outline."""
    numbered = _outline(plan)
    if not numbered:
        return set()
    deep = any(len(num) > 1 for _s, num in numbered)
    pages = {s.page for s, _num in numbered if s.page is not None}
    if not deep and len(pages) < 2:
        return set()
    return {s.id for s, _num in numbered}


def _numbered_under(child: Section, parent: Section) -> bool:
    """True when the numbers say ``child`` is a sub-section of ``parent`` whatever the type size:
    "2.1" under "2", under "2.0" (a chapter numbered "X.0") or "3.2.1" under "3.2"."""
    c, p = parse_number(child.number), parse_number(parent.number)
    if c is None or p is None or c[0] != p[0]:
        return False
    cn, pn = c[1], p[1]
    if len(cn) > len(pn) and cn[: len(pn)] == pn:
        return True
    return len(pn) == len(cn) > 1 and pn[-1] == 0 and cn[:-1] == pn[:-1] and cn[-1] > 0


def _holds_display_figure(section: Section, nxt: Section, heading: Passage | None) -> bool:
    """Is the "heading" after ``section`` a figure set large under it ("Vårt mål" over "20 %",
    "Utslipp" over "2030"): display type that is no title, so the label has content?"""
    if section.number:
        return False  # a numbered chapter followed by a number set large is still empty
    text = (heading.text if heading is not None else nxt.title).strip()
    return bool(text) and not nxt.number and not _looks_like_heading(text)


def _titles_the_outline(section: Section, nxt: Section) -> bool:
    """Is an unnumbered heading straight over the first numbered chapter (a plan's title
    repeated over "1 Innledning" and the numbered outline after it)? It heads the numbered
    chapters that follow whatever their type size, so it is not empty."""
    if section.number:
        return False
    parsed = parse_number(nxt.number)
    return parsed is not None and bool(parsed[1]) and all(n == 1 for n in parsed[1])


def empty_sections(plan: Plan) -> list[Defect]:
    """A heading with nothing under it before the next heading of the same or a higher level.
    A heading followed by its own sub-heading is not empty; headings before the first text of
    the document (a cover page) are not checked.

    Only a numbered chapter of the document's outline ("4.3 Arbeidsgruppe") is a warning: a
    heading found by its type size alone may be display text (a chart label, a pull quote, a
    banner over columns), so an empty one is reported as info."""
    outline = _outline_sections(plan)
    heading = {p.section_id: p for p in plan.passages if p.kind == "heading"}
    order = {p.id: i for i, p in enumerate(plan.passages)}
    sections = [s for s in plan.sections if s.level > 0]
    first_text = next((i for i, p in enumerate(plan.passages) if p.kind != "heading"), None)
    out: list[Defect] = []
    for k, s in enumerate(sections):
        if len(s.block_ids) > 1:
            continue
        h = heading.get(s.id)
        if h is not None and (first_text is None or order[h.id] < first_text):
            continue
        nxt = sections[k + 1] if k + 1 < len(sections) else None
        if nxt is not None and (nxt.level > s.level or _numbered_under(nxt, s)):
            continue
        if nxt is not None and _is_content_heading(nxt, plan, heading.get(nxt.id)):
            continue
        if nxt is not None and nxt.title[:1].islower():
            continue  # the heading goes on in the next line: a fragment of larger text
        if nxt is not None and _holds_display_figure(s, nxt, heading.get(nxt.id)):
            continue
        if nxt is not None and _titles_the_outline(s, nxt):
            continue
        title = h.text if h is not None else s.title
        if not _looks_like_heading(title) or _is_content_heading(s, plan, h):
            continue
        quote = (h.provenance.source_text.strip() if h else "") or " ".join(
            x for x in (s.number, s.title) if x
        )
        out.append(
            Defect("empty-section", "section", h if h is not None else s, quote, s.title,
                   order=order.get(h.id, 0) if h else 0, node_id=s.id,
                   severity=None if s.id in outline else "info")
        )
    if len(out) > MAX_EMPTY_COUNT and len(out) > MAX_EMPTY_SHARE * len(sections):
        return []
    return out


# --------------------------------------------------------------------------- all of them


def find_defects(plan: Plan, *, as_of: dt.date | None = None) -> list[Defect]:
    """Every draft defect of ``plan``, in document order per detector."""
    out = editorial_leftovers(plan) + internal_links(plan) + dangling_references(plan)
    out += numbering_problems(plan) + summary_mismatches(plan) + empty_sections(plan)
    if as_of is not None:
        out += passed_deadlines(plan, as_of)
    return out


# =========================================================================== rules

from plancheck.checks.base import Context, Hit, Rule, Subject  # noqa: E402


def _subject(d: Defect) -> Subject:
    text = f"{d.quote} ⟨{d.found}⟩" if d.found != d.quote else d.quote
    return Subject(
        d.kind,
        d.item,
        d.id,
        d.page,
        text,
        d.quote,
        graph_id=d.id if d.kind in ("goal", "measure", "focus_area", "section") else None,
        order=d.order * 1000,
    )


def _cached(ctx: Context, key: str, compute: Callable[[], list[Defect]]) -> list[Defect]:
    cache = ctx.__dict__.setdefault("_draft_defects", {})
    if key not in cache:
        cache[key] = compute()
    return cache[key]


class DraftRule(Rule):
    """A rule whose hits are the defects one detector finds for its id. ``variants`` holds the
    message for each kind of defect (the rule's ``message`` is the generic one)."""

    pack = "draft"
    severity = "warning"

    def __init__(
        self,
        *,
        id: str,
        summary: dict[str, str],
        message: dict[str, str],
        variants: dict[str, dict[str, str]],
        docs: dict[str, str],
        detector: Callable[[Plan], list[Defect]] | None = None,
        formats: tuple[str, ...] = (),
    ) -> None:
        self.id = id
        self.formats = formats
        self.summary = summary
        self.message = message
        self.variants = variants
        self.docs = docs
        self.detector = detector

    def defects(self, ctx: Context) -> list[Defect]:
        detector = self.detector
        if detector is None:
            return []
        return [d for d in _cached(ctx, detector.__name__, lambda: detector(ctx.plan)) if d.rule == self.id]

    def evaluate(self, ctx: Context) -> Iterable[Hit]:
        for d in self.defects(ctx):
            params = {"found": d.found, **dict(d.params)}
            yield Hit(_subject(d), severity=d.severity, message=self.variants.get(d.variant), params=params)


EDITORIAL_LEFTOVER = DraftRule(
    id="editorial-leftover",
    detector=editorial_leftovers,
    summary={
        "nb": "Teksten skal ikke ha redaksjonelle rester (TODO, xx, [sett inn], (kilde?))",
        "nn": "Teksten skal ikkje ha redaksjonelle restar (TODO, xx, [set inn], (kjelde?))",
        "en": "The text must not have editorial leftovers (TODO, xx, [insert], (source?))",
    },
    message={
        "nb": "Redaksjonell rest i teksten: «{text}»",
        "nn": "Redaksjonell rest i teksten: «{text}»",
        "en": "Editorial leftover in the text: «{text}»",
    },
    variants={
        "default": {
            "nb": "Redaksjonell rest i teksten: {found}. Fjern eller fullfør før høring.",
            "nn": "Redaksjonell rest i teksten: {found}. Fjern eller fullfør før høyring.",
            "en": "Editorial leftover in the text: {found}. Remove or complete it before the hearing.",
        }
    },
    docs={
        "why": "A hearing draft is read by the public, the press and the council. Placeholders "
        "(\"xx\", \"[sett inn dato]\"), working notes (\"TODO: sjekk tall\", \"(kilde?)\", "
        "\"[Kari: kan du skrive om dette?]\") and questions the writer asked herself (\"Stemmer "
        "dette tallet?\") tell the reader the text is not finished, and a number marked \"xx\" is "
        "a number the plan does not give.",
        "flagged": "Breivang har om lag 14 300 innbyggere. TODO: sjekk tall mot KOSTRA 2024.\n"
        "Antall søkere har økt med 35 prosent siden 2020 (kilde?).\n"
        "Høringsfristen er [sett inn dato].\n"
        "Tilskuddet er på kr xx mill. i 2026.\n"
        "Hvor skal lenken gå?",
        "accepted": "Breivang har om lag 14 300 innbyggere (SSB 2024).\n"
        "Elevene bruker appen «TODO» til å planlegge leksene.\n"
        "Tiltaket gjennomføres i samarbeid med XXL og Maxx Trening.\n"
        "Hva er et planprogram?   (a heading that asks the reader's question)\n"
        "Se rapporten [1] og [2–4].",
        "notes": "Looked for in the running text and in measure-table cells: TODO/FIXME in "
        "capitals; \"xx\"/\"XX\" standing alone or inside a number or date (\"20xx\", "
        "\"xx.xx.2025\"), not inside words; square brackets around words (not citations like "
        "[1]); parentheses ending in a question mark or holding a working note (\"sjekk\", "
        "\"fyll inn\", \"NB:\", \"kan du …\"); Word's \"Klikk eller trykk her for å skrive inn "
        "tekst\"; \"lorem ipsum\"; \"??\"; and questions to oneself (\"Stemmer dette?\", \"Skal "
        "vi ha med …?\", \"Hvor skal lenken gå?\"); blanks left to fill in: two or more "
        "underscores as a word (\"no more than __ units\"), an empty bracket (\"( )\", "
        "\"(____)\") and a year with its last digits in brackets (\"By 20(15)\"). Text in "
        "quotation marks is a quotation and "
        "is not flagged. One finding per sentence.",
    },
)


INTERNAL_LINK = DraftRule(
    id="internal-link",
    detector=internal_links,
    summary={
        "nb": "Lenker skal ikke peke til interne filer eller servere",
        "nn": "Lenkjer skal ikkje peike til interne filer eller serverar",
        "en": "Links must not point to internal files or servers",
    },
    message={
        "nb": "Lenke til en intern fil eller server: «{text}»",
        "nn": "Lenkje til ei intern fil eller ein intern server: «{text}»",
        "en": "Link to an internal file or server: «{text}»",
    },
    variants={
        "default": {
            "nb": "Lenke til en intern fil eller server som leserne ikke når: {found}",
            "nn": "Lenkje til ei intern fil eller ein intern server som lesarane ikkje når: {found}",
            "en": "Link to an internal file or server that readers cannot reach: {found}",
        }
    },
    docs={
        "why": "A published plan is read outside the town hall. A path on a shared drive "
        "(K:\\Plan\\…), a file:// address, a \\\\server\\share path or an intranet address "
        "leads nowhere for the public, and it tells the reader where internal drafts are kept. "
        "Publish the document and link to its public address, or leave the link out.",
        "flagged": "Referater ligger her: file://K:/Plan/bolig.docx\n"
        "Se \\\\fil01\\felles\\Plan\\Kartlegging.xlsx\n"
        "Rutinen finnes på H:\\Rutiner\\Tildeling.docx\n"
        "Mer på http://intranett/sider/bolig og https://kommune.sharepoint.com/sites/plan",
        "accepted": "Se https://www.regjeringen.no/no/dokumenter/boligsosial-strategi/\n"
        "Innspill sendes til postmottak@breivang.kommune.no\n"
        "Møtet starter kl. 10:00.",
        "notes": "Internal hosts: a single name without a dot (http://intranett/…), "
        "internal top-level domains (.local, .intern, .internal, .lan, .corp), names with an "
        "\"intranett\"/\"intranet\" part, SharePoint sites (*.sharepoint.com) and private IP "
        "addresses. Only links written in the text are seen: a link hidden behind other words "
        "in the PDF is not.",
    },
)


DANGLING_REFERENCE = DraftRule(
    id="dangling-reference",
    detector=dangling_references,
    summary={
        "nb": "Henvisninger til figurer, tabeller, vedlegg og kapitler skal peke på noe som finnes",
        "nn": "Tilvisingar til figurar, tabellar, vedlegg og kapittel skal peike på noko som finst",
        "en": "References to figures, tables, appendices and chapters must point to something",
    },
    message={
        "nb": "Henvisningen peker på noe dokumentet ikke har: «{text}»",
        "nn": "Tilvisinga peikar på noko dokumentet ikkje har: «{text}»",
        "en": "The reference points to something the document does not have: «{text}»",
    },
    variants={
        "default": {
            "nb": "Henvisningen «{found}» peker på noe dokumentet ikke har ({have_nb})",
            "nn": "Tilvisinga «{found}» peikar på noko dokumentet ikkje har ({have_nn})",
            "en": "The reference «{found}» points to something the document does not have ({have_en})",
        }
    },
    docs={
        "why": "\"Se figur 17\" when there is no figure 17 sends the reader looking for "
        "something that is not there; it usually means a figure was removed, the numbering "
        "changed, or the text was copied from another plan. The hearing draft must be "
        "internally consistent.",
        "flagged": "Ventelisten har variert mye de siste årene (se figur 17).   ← no figure 17\n"
        "Kartleggingen er oppsummert i vedlegg 5.                     ← appendices 1–3 only\n"
        "Økonomien er omtalt i kapittel 9.                            ← chapters 1–5",
        "accepted": "Figur 2 viser befolkningsutviklingen.   ← \"Figur 2: Befolkning 2000–2024\"\n"
        "Se vedlegg 1.                          ← \"Vedlegg 1 Kartlegging\"\n"
        "Dette er nærmere omtalt i kapittel 3.  ← a heading \"3 Mål og strategier\"\n"
        "jf. plan- og bygningsloven kapittel 11 ← another document",
        "notes": "Targets are read from captions (\"Figur 3:\", \"Tabell 1 Framdrift\"), "
        "\"Vedlegg 2\" headings and lists under a \"Vedlegg\" heading, and the section numbers "
        "(a reference to chapter 3 is fine when there is a heading 3 or 3.1). References into "
        "other documents are not checked: \"kapittel 11 i plan- og bygningsloven\", "
        "\"folkehelselovens kapittel 3\", \"vedlegg 2 til saken\". A figure whose caption is "
        "part of an image has no caption plancheck can read; give it a text caption.",
    },
)


NUMBERING_GAP = DraftRule(
    id="numbering-gap",
    detector=numbering_problems,
    summary={
        "nb": "Nummereringen av mål, tiltak og kapitler skal ikke ha hull",
        "nn": "Nummereringa av mål, tiltak og kapittel skal ikkje ha hol",
        "en": "Goals, measures and chapters must be numbered without gaps",
    },
    message={
        "nb": "Hull i nummereringen før «{text}»",
        "nn": "Hol i nummereringa før «{text}»",
        "en": "Gap in the numbering before «{text}»",
    },
    variants={
        "default": {
            "nb": "Hull i nummereringen: {found} kommer etter {previous}, og {missing} mangler",
            "nn": "Hol i nummereringa: {found} kjem etter {previous}, og {missing} manglar",
            "en": "Gap in the numbering: {found} follows {previous}, and {missing} is missing",
        },
        "first": {
            "nb": "Hull i nummereringen: {found} er det første under «{parent}», og {missing} mangler",
            "nn": "Hol i nummereringa: {found} er det første under «{parent}», og {missing} manglar",
            "en": "Gap in the numbering: {found} is the first under «{parent}», and {missing} is missing",
        },
    },
    docs={
        "why": "A goal, measure or chapter number that is skipped (mål 1, 2, 4) usually means "
        "something was deleted late, or that the text refers to an item that is gone. Readers "
        "and the council refer to goals and measures by number, so the numbers must be whole.",
        "flagged": "Mål\n  1. Alle innbyggere skal ha en trygg og egnet bolig.\n"
        "  2. Kommunen skal ha en helhetlig boligsosial innsats.\n"
        "  4. Ingen barnefamilier skal bo i midlertidig botilbud i mer enn tre måneder.",
        "accepted": "Mål\n  1. …\n  2. …\n  3. …\n"
        "(and numbering that starts again at 1 in each focus area or table)",
        "notes": "Goals and measures are compared within one list: the same kind (hovedmål, "
        "mål, delmål), the same number prefix (1.1, 1.2 … / 2.1 …), until the numbering starts "
        "again at 1. Chapters are checked when the headings are numbered consistently; each "
        "number must follow the one before (the next chapter, the first sub-chapter or the next "
        "chapter up). Items in a summary section are not counted. When the numbering steps "
        "back to a number already passed without starting again at 1 (a commentary or a list "
        "of examples citing the policies by number), what follows is judged on its own. A "
        "missing number printed as a label between the two items (\"Mål 9 gjelder bare "
        "nabokommunen\") is an item plancheck did not read, not a gap.",
    },
)


NUMBERING_DUPLICATE = DraftRule(
    id="numbering-duplicate",
    detector=numbering_problems,
    summary={
        "nb": "Et nummer skal bare brukes én gang blant mål, tiltak og kapitler",
        "nn": "Eit nummer skal berre brukast éin gong blant mål, tiltak og kapittel",
        "en": "A number must be used only once among goals, measures and chapters",
    },
    message={
        "nb": "Nummeret er brukt før: «{text}»",
        "nn": "Nummeret er brukt før: «{text}»",
        "en": "The number is used before: «{text}»",
    },
    variants={
        "default": {
            "nb": "Nummer {found} er brukt to ganger (første gang: {first_nb})",
            "nn": "Nummer {found} er brukt to gonger (første gong: {first_nn})",
            "en": "Number {found} is used twice (first: {first_en})",
        }
    },
    docs={
        "why": "Two goals or measures with the same number (tiltak 2.3 twice) cannot be told "
        "apart in the follow-up and the yearly report, and a chapter number used twice confuses "
        "every reference to it. It usually comes from copying a row or a section.",
        "flagged": "| 2.2 | Etablere leksehjelp …   |\n| 2.3 | Tilby sommerskole …     |\n"
        "| 2.3 | Styrke skolehelsetjenesten … |",
        "accepted": "| 2.2 | … |\n| 2.3 | … |\n| 2.4 | … |\n"
        "(goal 1 in focus area A and goal 1 in focus area B, when each area numbers its own)",
        "notes": "See numbering-gap for how lists are told apart. A list that starts again at 1 "
        "in another section is a new list, not a duplicate.",
    },
)


SUMMARY_MISMATCH = DraftRule(
    id="summary-mismatch",
    detector=summary_mismatches,
    summary={
        "nb": "Sammendraget skal gjengi satsingsområdene og målene slik de står i planen",
        "nn": "Samandraget skal gje att satsingsområda og måla slik dei står i planen",
        "en": "The summary must list the focus areas and goals as the plan body does",
    },
    message={
        "nb": "Sammendraget og planen sier ikke det samme: «{text}»",
        "nn": "Samandraget og planen seier ikkje det same: «{text}»",
        "en": "The summary and the plan body differ: «{text}»",
    },
    variants={
        "not_in_body": {
            "nb": "Sammendraget nevner {what_nb} «{found}», som ikke finnes i planen",
            "nn": "Samandraget nemner {what_nn} «{found}», som ikkje finst i planen",
            "en": "The summary names the {what_en} «{found}», which the plan body does not have",
        },
        "not_in_summary": {
            "nb": "Sammendraget mangler {what_nb} «{found}»",
            "nn": "Samandraget manglar {what_nn} «{found}»",
            "en": "The summary leaves out the {what_en} «{found}»",
        },
        "renamed": {
            "nb": "Sammendraget kaller {what_nb} «{found}», men planen kaller det «{body}» ({body_nb})",
            "nn": "Samandraget kallar {what_nn} «{found}», men planen kallar det «{body}» ({body_nn})",
            "en": "The summary calls the {what_en} «{found}», but the plan body calls it «{body}» ({body_en})",
        },
        "renumbered": {
            "nb": "{what_nb} «{found}» har nummer {summary_number} i sammendraget, men {body_number} i planen",
            "nn": "{what_nn} «{found}» har nummer {summary_number} i samandraget, men {body_number} i planen",
            "en": "The {what_en} «{found}» is number {summary_number} in the summary but {body_number} in the plan body",
        },
        "order": {
            "nb": "Sammendraget lister {what_nb} i en annen rekkefølge enn planen (fra «{found}»)",
            "nn": "Samandraget listar {what_nn} i ei anna rekkjefølgje enn planen (frå «{found}»)",
            "en": "The summary lists the {what_en}s in another order than the plan body (from «{found}»)",
        },
    },
    docs={
        "why": "Many readers, and most councillors, read only the summary. When it names the "
        "focus areas or goals differently from the chapters, lists one the plan has dropped, "
        "misses one, or numbers them otherwise, the reader cannot tell which version the "
        "council is adopting. It usually happens when the body is revised and the summary is "
        "not.",
        "flagged": "2 Sammendrag\n  Planen har tre satsingsområder:\n"
        "    1. Trygg oppvekst\n    2. Helse og mestring\n    3. Bolig for alle\n"
        "3.1 Trygg og god oppvekst      ← named differently\n"
        "3.2 Helse og mestring\n3.3 Aktive lokalsamfunn       ← not in the summary",
        "accepted": "2 Sammendrag\n  Planen har tre satsingsområder:\n"
        "    • Trygg oppvekst\n    • Helse og mestring\n    • Bolig for alle\n"
        "3.1 Trygg oppvekst\n3.2 Helse og mestring\n3.3 Bolig for alle",
        "notes": "The summary is a section titled Sammendrag, Oppsummering, Kortversjon, "
        "Planen i korte trekk, Summary or similar. Its list items after a lead-in that names "
        "focus areas (satsingsområder, innsatsområder, hovedtema) or goals (mål, hovedmål) are "
        "compared with the focus areas or main goals of the body. Case and spacing do not "
        "count; other words do. A summary in a table is not read.",
    },
)


class _DeadlinePassed(DraftRule):
    def defects(self, ctx: Context) -> list[Defect]:
        as_of = getattr(ctx, "as_of", None)
        if as_of is None:
            return []
        if isinstance(as_of, str):
            as_of = dt.date.fromisoformat(as_of)
        return _cached(ctx, f"passed:{as_of.isoformat()}", lambda: passed_deadlines(ctx.plan, as_of))


DEADLINE_PASSED = _DeadlinePassed(
    id="deadline-passed",
    summary={
        "nb": "Fristene skal ikke ha gått ut på høringsdatoen (--as-of)",
        "nn": "Fristane skal ikkje ha gått ut på høyringsdatoen (--as-of)",
        "en": "Deadlines must not have passed on the hearing date (--as-of)",
    },
    message={
        "nb": "Fristen «{deadline}» har gått ut: «{text}»",
        "nn": "Fristen «{deadline}» har gått ut: «{text}»",
        "en": "The deadline «{deadline}» has passed: «{text}»",
    },
    variants={
        "default": {
            "nb": "Fristen «{found}» gikk ut {end}, før {as_of}: «{text}»",
            "nn": "Fristen «{found}» gjekk ut {end}, før {as_of}: «{text}»",
            "en": "The deadline «{found}» ended on {end}, before {as_of}: «{text}»",
        }
    },
    docs={
        "why": "A measure in a hearing draft whose deadline has already passed is either done "
        "(and belongs in a status report, not the plan) or late (and needs a new date). "
        "Checked only when a date is given with --as-of DATE (usually the hearing date), so the "
        "same document gives the same findings every day.",
        "flagged": "plancheck check plan.pdf --as-of 2025-09-15\n"
        "| Tiltak                          | Ansvarlig    | Frist      |\n"
        "| Kartlegge behovet for avlastning | Tildeling    | Vår 2025   |   ← ended 30.06.2025",
        "accepted": "| Kartlegge behovet for avlastning | Tildeling    | Høst 2025  |   ← ends 31.12.2025\n"
        "| Holde kurs for frivillige        | Frivillig    | Hver høst  |   ← recurring, not compared",
        "notes": "A deadline has passed when its end (31.12.2025 for \"2025\", 30.06.2026 for "
        "\"Vår 2026\") is before the date. Recurring and continuous deadlines are not compared, "
        "and deadlines before the plan period are left to deadline-within-plan-period.",
    },
)


EMPTY_SECTION = DraftRule(
    id="empty-section",
    detector=empty_sections,
    summary={
        "nb": "Et kapittel skal ha innhold",
        "nn": "Eit kapittel skal ha innhald",
        "en": "A section must have content",
    },
    message={
        "nb": "Kapittelet er tomt: «{text}»",
        "nn": "Kapittelet er tomt: «{text}»",
        "en": "The section is empty: «{text}»",
    },
    variants={
        "default": {
            "nb": "Kapittelet «{found}» er tomt: det står ingenting under overskriften",
            "nn": "Kapittelet «{found}» er tomt: det står ingenting under overskrifta",
            "en": "The section «{found}» is empty: there is nothing under the heading",
        }
    },
    docs={
        "why": "A heading with nothing under it is a section someone meant to write and did "
        "not, and the table of contents promises the reader text that is not there.",
        "flagged": "6.2 Styringsgruppe\n6.3 Prosjektgruppe\nProsjektgruppen ledes av …",
        "accepted": "6 Organisering\n6.1 Oppdragsgiver      ← a heading followed by its own sub-heading\n"
        "Kommunedirektøren er oppdragsgiver …",
        "notes": "A section is empty when the next heading after it has the same or a higher "
        "level and nothing (text, list or table) stands between them. Headings on a cover page "
        "(before the first text of the document) are not checked. A figure without a text "
        "caption is not seen, so a section holding only an image counts as empty. Only a "
        "numbered chapter of the document's outline (numbers that go below the first level, or "
        "run over more than one page) is a warning; an empty heading without a number is "
        "reported as info, since a designed page's chart labels, banners and pull quotes in "
        "large type look like headings too. An unnumbered label over a figure set large "
        "('Vårt mål' over '20 %') and an unnumbered title straight over the first numbered "
        "chapter ('1 Introduction') are not empty.",
    },
)


@dataclass
class _Remark:
    """A comment or tracked change as a subject: the text and where it stands."""

    id: str
    text: str
    page: int | None
    provenance: Any


#: the formats that keep comments and tracked changes (a PDF export drops them)
REMARK_FORMATS = ("docx", "odt")


def leftover_remarks(plan: Plan) -> list[Defect]:
    """Comments and tracked changes left in a Word/OpenDocument draft (none in a PDF, whose
    export drops them: the rule's ``formats`` are ``REMARK_FORMATS``, and the engine skips it
    for other input)."""
    out = []
    for i, prov in enumerate(plan.comments, start=1):
        text = " ".join(prov.source_text.split()) or "(tom)"
        remark = _Remark(id=f"comment-{i}", text=text, page=prov.page, provenance=prov)
        what = prov.location or ""
        # where it stands, in the message's language ("kapittel 2, avsnitt 1 (kommentar av Kari)")
        where = tuple((f"where_{lang}", place(what, lang) or text) for lang in ("nb", "nn", "en"))
        out.append(Defect("draft-remark", "passage", remark, text, what or text, order=i, node_id=remark.id,
                          params=where))
    return out


DRAFT_REMARK = DraftRule(
    id="draft-remark",
    detector=leftover_remarks,
    formats=REMARK_FORMATS,
    summary={
        "nb": "Utkastet skal ikke ha kommentarer eller sporede endringer igjen",
        "nn": "Utkastet skal ikkje ha kommentarar eller spora endringar att",
        "en": "The draft must not have comments or tracked changes left in it",
    },
    message={
        "nb": "Kommentar eller sporet endring står igjen: «{text}»",
        "nn": "Kommentar eller spora endring står att: «{text}»",
        "en": "A comment or tracked change is left in the document: «{text}»",
    },
    variants={
        "default": {
            "nb": "Kommentar eller sporet endring står igjen ({where_nb}). Godta, avvis eller slett før høring.",
            "nn": "Kommentar eller spora endring står att ({where_nn}). Godta, avvis eller slett før høyring.",
            "en": "A comment or tracked change is left in the document ({where_en}). Accept, reject or delete it before the hearing.",
        }
    },
    docs={
        "why": "Comments and tracked changes are the working conversation of the people who wrote "
        "the draft. Sent on hearing in a .docx, they show the public who wanted what changed and "
        "which questions were never settled; a deletion still visible in tracked changes is text "
        "the council never agreed to.",
        "flagged": "Tiltaket skal gjennomføres innen 2026. [Kommentar fra Per: Er dette realistisk?]\n"
        "(tracked insertion by Kari) «og evalueres årlig»",
        "accepted": "The same paragraph with the comment deleted and every change accepted or rejected.",
        "notes": "Only for Word (.docx) and OpenDocument (.odt) input: a PDF keeps no comments or "
        "tracked changes, so the rule is silent for PDFs.",
    },
)


RULES: tuple[DraftRule, ...] = (
    DRAFT_REMARK,
    EDITORIAL_LEFTOVER,
    INTERNAL_LINK,
    DANGLING_REFERENCE,
    NUMBERING_GAP,
    NUMBERING_DUPLICATE,
    SUMMARY_MISMATCH,
    DEADLINE_PASSED,
    EMPTY_SECTION,
)


def draft_rules() -> list[Rule]:
    """The draft rules, for the ``plancheck.rules`` entry point (fresh copies: configuration
    sets a severity override on the objects it is given)."""
    import copy

    return [copy.copy(rule) for rule in RULES]


def write_docs(outdir: str = "docs/rules") -> list[str]:
    """Write docs/rules/<id>.md for the draft rules (``python -m plancheck.drafts``)."""
    from pathlib import Path

    from plancheck.checks.docs import rule_markdown

    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for rule in draft_rules():
        path = out / f"{rule.id}.md"
        path.write_text(rule_markdown(rule), encoding="utf-8")
        written.append(str(path))
    return written


if __name__ == "__main__":
    import sys

    for written_path in write_docs(*sys.argv[1:2]):
        print(written_path)
