"""Parent goals printed in forms the extractor does not read as goals (issue 11, the rød tråd).

A strategic plan often states its few goals in a form of its own rather than under a "Mål"
heading:

- **keyword-led** paragraphs: a short name in capitals, a dash, the goal sentence
  ("TRYGG BY – Alla känner sig trygga där de bor …"); the capitals are the goal's short name, by
  which a child's table may tag its measures;
- **deadline-led** ambitions: sentences that open with the year they are to hold by ("By 2030,
  2,000 new homes have been built …", "Innen 2030 er …"), in a table column or a list, the
  row's first short cell ("Homes") the goal's short name;
- **a question heading over the goals** ("Hvor vil vi være i 2035?", "Where do we want to be?"): a
  question in the first person plural that does not ask how; the lines under it to the next
  heading of its level are the goals (the "how" question beside it heads the ways);
- **titled statements**: a run of headings of one level, each a short title ("Grøn mobilitet",
  "Levande sjöar", "Policy H4 – Housing Density") with one whole sentence as the paragraph right
  under it; the sentence is the goal, the title its short name, by which a child may cite it;
- **a goal column of codes**: a table whose goal column ("Mål") holds only codes ("1A", "2B"),
  the goal's wording in the next column of no other role ("Målformulering 2040"); the code is
  the goal's number, by which a child's link column names it;
- **goals enumerated run in** inside one paragraph ("Kommunen skal arbeide for at (1) …; (2) …"),
  **completions of one stem** ("Kommunfullmäktige vill att måltiderna …" over "… lagas från
  grunden …" lines) and **paragraphs set apart in italics** holding a modal (the layout's
  ``Block.italic``): :func:`enumerated_goals`, :func:`stem_goals`, :func:`italic_goals`.

Each form is read by layout and wording only: capitals and a dash, a year after an opening
preposition, a question mark. The words (prepositions, pronouns, question words) are data in
goal_vocab.yaml (``goal_forms``). Why here and not in the extractor: these forms decide what the
parent's goals are for the rød tråd, as the "Fra | Til" table does (``parents.state_table_goals``);
the plan reader keeps its own reading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import NamedTuple

from plancheck.mandate import text as T


@dataclass(frozen=True)
class GoalFormSettings:
    """The tolerances of the printed goal forms (see the module's docstring)."""

    min_count: int = 2  # goals printed in one form: a form of the plan, not one sentence
    min_words: int = 4  # a goal sentence has at least this many words …
    max_words: int = 45  # … and at most this many (a paragraph is no goal)
    name_max_words: int = 4  # a short name: "LIKE MULIGHETER", "Homes"
    name_min_letters: int = 3  # "EU – …" is an abbreviation, not a goal's name
    title_max_words: int = 5  # a goal's title: "Eit levande lokalsamfunn", "Housing Density"
    # a dated lead-in over a list of goals ("Where we want to be in 2035:", dated_lead) is at
    # most title_max_words + this many words: the year, "in", "we" and its verb besides the title
    dated_lead_extra_words: int = 3
    titled_min_count: int = 3  # titled statements at one heading level: the plan's form
    titled_stated_items: int = 2  # list items stating goals under a titled sentence: it leads into them
    # a balanced-scorecard matrix: at least this many of its column (or row) labels are
    # perspectives of the lexicon ("Brukar | Medarbeidar | Økonomi | Samfunn")
    perspective_min_labels: int = 2
    perspective_label_max_words: int = 4  # "Læring og utvikling", "Intern prosess"
    # a row label down a table's first column ("Mål", "Strategiar", "Slik måler vi") and an area
    # label across its top ("Helse og omsorg") is at most this many words
    row_label_max_words: int = 5
    # a note naming a table's column by its place ("The third column holds the outcomes") stands
    # at most this many blocks before the table, in its section
    note_max_blocks: int = 3
    # a lead-in of intent over a list ("We will:", "Bydelen skal:", "Vi ska:") is at most this
    # many words; an item under it at least lead_item_min_words ("Reduce smoking in pregnancy")
    lead_max_words: int = 4
    # a lead-in without a colon when the line ends at its modal or verb of will ("Vi vil" heading a
    # shaded box over bullets): intent_lead_in
    lead_modal_end: bool = True
    # a lead-in resolving what a body will do ("Council therefore resolves to:"): its items are
    # commitments (resolving_lead_in), the lead at most this many words
    resolving_lead: bool = True
    resolving_max_words: int = 6
    # … or ends at the word that opens the clause its items complete ("Kommunen vil arbejde for, at",
    # "We will work so that": the lexicon's complementizers), in at most this many words
    # (0: off): intent_lead_in
    lead_clause_max_words: int = 8
    lead_item_min_words: int = 3
    # goals enumerated inside one paragraph ("Kommunen skal arbeide for at (1) …; (2) …; og (3) …"):
    # at least titled_min_count markers numbered 1, 2, 3 … in order (enumerated_goals); the words
    # after an item's last ';' or ',' are the conjunction joining the next item when at most this many
    enumerated_joiner_words: int = 1
    # a stem over goals that each complete it ("Kommunfullmäktige vill att måltiderna …" then
    # "… lagas från grunden …"): the stem is at most this many words (stem_goals)
    stem_max_words: int = 12


DEFAULT_GOAL_FORM_SETTINGS = GoalFormSettings()


class FormGoal(NamedTuple):
    """A parent goal read from its printed form."""

    id: str  # the block id, with the goal's place in it
    text: str
    page: int | None
    section_id: str | None
    name: str | None  # the short name printed with it (keyword, first cell), if any
    number: str | None = None  # the code printed with it ("1A" in a goal column of codes), if any
    scope: str | None = None  # the row label of a goal matrix's cell ("Oppvekst"): the area it is set for


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    """goal_vocab.yaml ``goal_forms`` (each list lower case, spaces folded), read once. Why the
    import in the body: parents.py, which loads goal_vocab.yaml, imports this module."""
    from plancheck.mandate.parents import _vocab_data

    data = _vocab_data().get("goal_forms") or {}
    return {k: frozenset(" ".join(w.lower().split()) for w in v) for k, v in data.items()}


_DASH = r"[–—-]"
_CAPS_WORD = r"[A-ZÆØÅÄÖÜÉ]{2,}"
# "TRYGG BY – …", "LIKE MULIGHETER – …": capitals (one to four words), a dash, a sentence
_KEYWORD_RE = re.compile(
    rf"(?:^|(?<=[.!?])\s+)(?P<name>{_CAPS_WORD}(?:\s+{_CAPS_WORD}){{0,3}})\s+{_DASH}\s+"
    rf"(?P<goal>[A-ZÆØÅÄÖÜÉ0-9].*?[.!?])(?=\s+{_CAPS_WORD}(?:\s+{_CAPS_WORD}){{0,3}}\s+{_DASH}\s|\s*$)"
)


def _page(b) -> int | None:
    """The page of a block, None when it has no provenance."""
    prov = getattr(b, "provenance", None)
    return getattr(prov, "page", None) if prov is not None else None


def _statement(text: str, settings: GoalFormSettings) -> bool:
    """Whether a text is of a goal sentence's length (``min_words`` … ``max_words``)."""
    n = len(text.split())
    return settings.min_words <= n <= settings.max_words


def keyword_goals(doc, settings: GoalFormSettings = DEFAULT_GOAL_FORM_SETTINGS) -> list[FormGoal]:
    """Goals printed as "KEYWORD – sentence." paragraphs (a block the reader joined holds
    several), in reading order; [] when fewer than ``min_count`` stand in one section. Why:
    the capitals name the goal and the sentence states it; an abbreviation before a dash
    ("EU – …") is too short to be a name, and one such line alone is no form."""
    by_section: dict[str | None, list[FormGoal]] = {}
    for b in getattr(doc, "blocks", None) or []:
        kind = str(getattr(b.kind, "value", b.kind))
        if b.table is not None or kind not in ("paragraph", "list_item", "heading"):
            continue
        text = " ".join((b.text or "").split())
        for k, m in enumerate(_KEYWORD_RE.finditer(text)):
            name, goal = m.group("name"), m.group("goal").strip()
            letters = sum(ch.isalpha() for ch in name)
            if letters < settings.name_min_letters or not _statement(goal, settings):
                continue
            by_section.setdefault(b.section_id, []).append(
                FormGoal(f"{b.id}-k{k}", goal, _page(b), b.section_id, name)
            )
    out: list[FormGoal] = []
    for found in by_section.values():
        if len(found) >= settings.min_count:
            out += found
    return out


@lru_cache(maxsize=1)
def _deadline_re() -> re.Pattern[str]:
    """The opening of a dated ambition ("By 2030, …"): a ``deadline_openers`` preposition, a
    year, a word. Built once: the words are data read once per process."""
    preps = sorted(_words().get("deadline_openers", frozenset()), key=len, reverse=True)
    alt = "|".join(r"\s+".join(map(re.escape, p.split())) for p in preps) or r"(?!x)x"
    return re.compile(rf"^(?:{alt})\s+(?:19|20)\d\d\b\s*,?\s+\S", re.IGNORECASE)


def deadline_goals(doc, settings: GoalFormSettings = DEFAULT_GOAL_FORM_SETTINGS) -> list[FormGoal]:
    """Goals printed as sentences opening with the year they hold by ("By 2030, …") in one
    table column (the row's first cell, when short and not the goal, its name) or in the list
    items of one section; [] when fewer than ``min_count`` stand together. Why: an ambition
    dated so states the state to reach; one dated sentence in a foreword is no form."""
    rx = _deadline_re()
    out: list[FormGoal] = []
    lists: dict[str | None, list[FormGoal]] = {}
    for b in getattr(doc, "blocks", None) or []:
        if b.table is not None:
            cols: dict[int, list[FormGoal]] = {}
            for row in b.table.rows:
                first = next((c for c in row if c.col == 0), None)
                for cell in row:
                    text = " ".join((cell.text or "").split())
                    if not rx.match(text) or not _statement(text, settings):
                        continue
                    name = " ".join((first.text or "").split()) if first is not None and first is not cell else ""
                    short = name if 0 < len(name.split()) <= settings.name_max_words else None
                    cols.setdefault(cell.col, []).append(
                        FormGoal(f"{b.id}-r{cell.row}", text, cell.page or _page(b), b.section_id, short)
                    )
            for found in cols.values():
                if len(found) >= settings.min_count:
                    out += found
            continue
        kind = str(getattr(b.kind, "value", b.kind))
        text = " ".join((b.text or "").split())
        if kind in ("list_item", "paragraph") and rx.match(text) and _statement(text, settings):
            lists.setdefault(b.section_id, []).append(FormGoal(b.id, text, _page(b), b.section_id, None))
    for found in lists.values():
        if len(found) >= settings.min_count:
            out += found
    return out


def goal_question(title: str) -> bool:
    """Whether a heading asks where the plan wants to go: a question (ending in "?") in the
    first person plural ("vi", "we") that does not ask how ("Hvordan når vi dit?" heads
    the ways). The words are data (goal_vocab.yaml ``goal_forms``)."""
    t = " ".join((title or "").split()).lower()
    if not t.endswith("?"):
        return False
    ws = re.findall(r"\w+", t)
    w = _words()
    return bool(set(ws) & w.get("we", frozenset())) and not set(ws) & w.get("how", frozenset())


def question_goals(doc, settings: GoalFormSettings = DEFAULT_GOAL_FORM_SETTINGS) -> list[FormGoal]:
    """The goals under a question heading (:func:`goal_question`): each sentence of the blocks
    after it up to the next heading of its level or above (a lower heading, bold lines the
    reader took for one, counts as lines), in reading order; [] when fewer than ``min_count``
    in the document. Why: "Hvor vil vi være i 2035?" over bold lines and "Hvordan når vi dit?"
    over bullets is the plan's goals and ways, whatever the type."""
    out: list[FormGoal] = []
    blocks = list(getattr(doc, "blocks", None) or [])
    for i, b in enumerate(blocks):
        if str(getattr(b.kind, "value", b.kind)) != "heading" or not goal_question(b.text):
            continue
        level = b.level or 0
        k = 0
        for nxt in blocks[i + 1 :]:
            kind = str(getattr(nxt.kind, "value", nxt.kind))
            if kind == "heading" and (nxt.level or 0) <= level:
                break
            if nxt.table is not None:
                continue
            for sent in T.sentences(nxt.text or ""):
                sent = sent.strip()
                if _statement(sent, settings) and sent[-1:] in ".!":
                    out.append(FormGoal(f"{b.id}-q{k}", sent, _page(nxt), b.section_id, None))
                    k += 1
    return out if len(out) >= settings.min_count else []


_TITLE_ROLES = frozenset({None, "main_goal", "goal", "sub_goal"})


def goal_title(text: str, settings: GoalFormSettings = DEFAULT_GOAL_FORM_SETTINGS) -> str | None:
    """The short name a heading gives the goal under it, None when the heading is no goal's
    title: a title of at most ``title_max_words`` words that ends in no stop, question mark or
    colon ("Grøn mobilitet"), or a numbered label and such a title ("Policy H4 – Housing Density" →
    "Housing Density"); a heading whose words or label the lexicon knows as another role than a
    goal's ("Bakgrunn", "Tiltak 3 – …", "Satsingsområde A – …", the numbered focus areas that
    :func:`plancheck.extract.goalstatements.focus_statements` reads) is none."""
    from plancheck.extract.goalstatements import LABEL_NUMBER_RE, LABEL_RE, label_role
    from plancheck.lang.vocab import heading_role

    t = " ".join((text or "").split())
    if not t or t[-1] in ".?:!;" or heading_role(t) not in _TITLE_ROLES:
        return None
    name = t
    m = LABEL_RE.match(t)
    if m is not None and LABEL_NUMBER_RE.search(m.group(1)):
        if label_role(m.group(1)) not in _TITLE_ROLES:
            return None
        name = m.group(2)
    words = [w for w in name.split() if any(ch.isalpha() for ch in w)]
    if not 1 <= len(words) <= settings.title_max_words or sum(ch.isalpha() for ch in name) < settings.name_min_letters:
        return None
    return name


def titled_goals(doc, settings: GoalFormSettings = DEFAULT_GOAL_FORM_SETTINGS) -> list[FormGoal]:
    """Goals printed as a short title heading over one whole sentence (:func:`goal_title`; the
    paragraph right under the heading, one sentence of ``min_words`` … ``max_words`` words
    ending in a full stop), the heading holding no heading below it, in reading order; [] when
    no heading level holds ``titled_min_count`` of them. Why: a samfunnsdel or a målbild names
    each goal by a title ("Fiskarbygda", a hexagon's bold line, "Policy H2 – Affordable
    Housing") and states it as a sentence in the present tense, with no modal and no goal word;
    the run of titles at one level is the form, one titled sentence is a topic introduced.
    What follows the sentence in its section — labelled lines ("Strategiar: …"), list items
    (numbered supporting text) — is no goal; a further paragraph of running text there makes
    the sentence a topic's introduction, and the heading no goal's title."""
    from plancheck.extract.goalstatements import LABEL_RE
    from plancheck.extract.stated import whole_sentence

    blocks = list(getattr(doc, "blocks", None) or [])
    kinds = [str(getattr(b.kind, "value", b.kind)) for b in blocks]
    by_level: dict[int, list[FormGoal]] = {}
    for i, b in enumerate(blocks[:-1]):
        if kinds[i] != "heading" or b.table is not None:
            continue
        name = goal_title(b.text, settings)
        nxt = blocks[i + 1]
        if name is None or kinds[i + 1] != "paragraph" or nxt.table is not None:
            continue
        text = " ".join((nxt.text or "").split())
        if not whole_sentence(text, settings.min_words) or not _statement(text, settings):
            continue
        level = b.level or 0
        below = next((j for j in range(i + 2, len(blocks)) if kinds[j] == "heading"), len(blocks))
        if below < len(blocks) and (blocks[below].level or 0) > level:
            continue  # a chapter's title over sections of its own, no goal's name
        if any(
            kinds[j] == "paragraph" and blocks[j].table is None and not LABEL_RE.match(" ".join((blocks[j].text or "").split()))
            for j in range(i + 2, below)
        ):
            # another paragraph of running text under the title: the sentence introduces a topic
            # the paragraphs go on with (a background line before the goals stated in the council's name), no goal stated
            continue
        if sum(
            1 for j in range(i + 2, below)
            if kinds[j] == "list_item" and _goal_sentence(" ".join((blocks[j].text or "").split()), settings)
        ) >= settings.titled_stated_items:
            # list items under the sentence that state goals themselves, with a goal's modal (a
            # strategy house's pillar: its lead line, then "• Flere unge skal …"): the sentence
            # leads into them, the goals are the items
            continue
        by_level.setdefault(level, []).append(FormGoal(nxt.id, text, _page(nxt), b.section_id, name))
    out = [g for found in by_level.values() if len(found) >= settings.titled_min_count for g in found]
    order = {b.id: i for i, b in enumerate(blocks)}
    return sorted(out, key=lambda g: order.get(g.id, 0))


def heading_names(
    goals: list, sections: list, settings: GoalFormSettings = DEFAULT_GOAL_FORM_SETTINGS
) -> dict[str, str]:
    """Goal id → the short title of the section it stands in (:func:`goal_title`: "Trygg
    uppväxt", "Jobb och företagande") for each goal that is the only goal of its section; {}
    when fewer than ``min_count`` goals are so headed. Why: a council's budget may set each of
    its few goals under a short heading of its own and state it in a labelled line or a field
    table under it ("Inriktningsmål: Alla barn …"); the heading is the goal's name, by which the
    committees' plans cite it ("Kopplat till: Trygg uppväxt"). A section of two goals or more is
    a topic, its heading no one goal's name; one such heading is no form of the plan."""
    titles = {s.id: s.title for s in sections or []}
    parents = {s.id: s.parent_id for s in sections or []}
    per_section: dict[str, int] = {}
    for g in goals:
        sid = getattr(g, "section_id", None)
        if sid:
            per_section[sid] = per_section.get(sid, 0) + 1
    out: dict[str, str] = {}
    for g in goals:
        sid = getattr(g, "section_id", None)
        if sid in titles and _plain_text(titles[sid]) == _plain_text(g.text) and parents.get(sid) in titles:
            # the goal set as a heading of its own (a bold goal line under "Målområde Utbildning"):
            # the heading over it names it
            sid = parents[sid]
        if not sid or per_section.get(sid, 0) > 1 or sid not in titles:
            continue
        name = goal_title(without_area_label(titles[sid]), settings)
        if name is not None:
            out[g.id] = name
    return out if len(out) >= settings.min_count else {}


def _plain_text(text: str) -> str:
    """``text`` lower case, its spaces folded and a closing stop dropped."""
    return " ".join((text or "").lower().split()).rstrip(".")


def without_area_label(title: str) -> str:
    """A section title without the focus-area word it opens with ("Målområde Utbildning" →
    "Utbildning", "Fokusområde Klima" → "Klima"; the lexicon's ``focus_area`` headings), else the
    title. Why: a child names the area by its name alone, as its link column does ("Koppling till
    Mål och budget: Utbildning"); the label word only says what kind of heading it is."""
    from plancheck.lang.vocab import heading_role

    words = (title or "").split()
    if len(words) >= 2 and heading_role(words[0].rstrip(":")) == "focus_area":
        return " ".join(words[1:]).lstrip(":–- ").strip() or title
    return title


_GOAL_LABEL_ROLES = frozenset({"main_goal", "goal", "sub_goal"})


def _goal_label(text: str) -> bool:
    """Whether a text is a goal label of the lexicon as a whole ("Samfunnsmål", "Mål", "Våre
    mål"), its colon dropped; a heading of no role that the lexicon reads as a goal column
    ("Samfunnsmåla våre", "Byrådets mål": a goal word with a possessive) is one too."""
    from plancheck.lang.vocab import column_role, heading_role

    t = " ".join((text or "").split()).rstrip(":").strip()
    if not t:
        return False
    role = heading_role(t)
    return role in _GOAL_LABEL_ROLES or (role is None and column_role(t) == "goal")


def _run_in_title(b, settings: GoalFormSettings) -> tuple[str, str, bool] | None:
    """(title, goal sentence, led by a goal label) of a paragraph that opens with a bold short
    title ("**Gode turveier.** Alle innbyggere …"), None when it does not: its run-in
    (:attr:`Block.run_in`) of at most ``title_max_words`` words ending in a full stop or no
    stop (a colon ends a label: "Ansvar:"), a goal label the reader joined before it
    ("Samfunnsmål Gode turveier.": the bold sub-heading over the first goal) dropped, and the rest
    one whole sentence of a goal's length."""
    from plancheck.lang.vocab import column_word_exact, heading_role

    run_in = " ".join((getattr(b, "run_in", None) or "").split())
    text = " ".join((b.text or "").split())
    if not run_in or not text.startswith(run_in) or run_in[-1:] in ":;?!,":
        return None
    title = run_in.rstrip(".").strip()
    after = text[len(run_in):].lstrip()
    if after.startswith(":"):
        # "**Grønne byrom:** Alle har en park …": a title the reader took its colon off; a
        # label of the lexicon before its colon ("Ansvar:", "Mål:") names a field, no goal
        if column_word_exact(title):
            return None
        run_in = text[: len(text) - len(after) + 1]
    labelled = False
    words = title.split()
    for n in range(1, min(2, len(words) - 1) + 1):  # the shortest label: "Samfunnsmål", not "Samfunnsmål Gode"
        if _goal_label(" ".join(words[:n])):
            title, labelled = " ".join(words[n:]), True
            break
    if heading_role(title) is not None:
        return None  # a label of a role ("Bakgrunn", "Strategi"), no goal's title
    alpha = [w for w in title.split() if any(ch.isalpha() for ch in w)]
    if not 1 <= len(alpha) <= settings.title_max_words or sum(ch.isalpha() for ch in title) < settings.name_min_letters:
        return None
    rest = text[len(run_in):].strip()
    if not _one_sentence(rest, settings):
        return None
    return title, rest, labelled


def run_in_goals(doc, settings: GoalFormSettings = DEFAULT_GOAL_FORM_SETTINGS) -> list[FormGoal]:
    """Goals printed as paragraphs that open with a bold short title under a goal label
    ("Samfunnsmål" over "**Gode turveier.** Alle innbyggere har en tursti nær hjemmet.",
    "**Rene vann.** …"): the sentence after the title is the goal, the title its short name
    (:func:`_run_in_title`). A run of such paragraphs counts when a goal label leads it — as a
    line, heading or paragraph, right before it, or joined to its first paragraph's title by the
    reader; [] when fewer than ``titled_min_count`` in the document. Why: a samfunnsdel may set
    each goal as a bold title run into its sentence, no modal and no goal word in it; the goal
    label over them says what they are, while bold run-in titles elsewhere (a description's
    "**Bakgrunn.** …", a measure's "**Ansvar:** …") are no goals."""
    blocks = list(getattr(doc, "blocks", None) or [])
    out: list[FormGoal] = []
    run: list[FormGoal] = []
    led = False
    for i, b in enumerate(blocks):
        kind = str(getattr(b.kind, "value", b.kind))
        pieces = titled_pieces(b, settings) if kind == "paragraph" and b.table is None else [b]
        for n, piece in enumerate(pieces):
            found = _run_in_title(piece, settings) if kind == "paragraph" and b.table is None else None
            if found is None or (run and found[2]):
                if run and led:
                    out += run
                run, led = [], False
            if found is None:
                continue
            title, rest, labelled = found
            if not run:
                led = labelled or (
                    i > 0 and blocks[i - 1].table is None and _goal_label(blocks[i - 1].text)
                )
            run.append(FormGoal(b.id if n == 0 else f"{b.id}-t{n}", rest, _page(b), b.section_id, title))
    if run and led:
        out += run
    return out if len(out) >= settings.titled_min_count else []


class _Piece(NamedTuple):
    """A part of a paragraph the reader joined from lines that each open with a run-in title."""

    text: str
    run_in: str | None


def titled_pieces(b, settings: GoalFormSettings = DEFAULT_GOAL_FORM_SETTINGS) -> list:
    """The paragraph ``b`` split where a bold run inside it (:attr:`Block.emphasis`) opens a
    new sentence with a short title and a colon or full stop ("… med skov og kyst. **Plads til
    naturen:** Naturen i ådalene …"): each part with the title as its run-in; [b] when there is
    none. Why: lines set close together, each a titled goal, are joined into one paragraph by
    the reader, and the bold title at a sentence's start is where the next goal begins."""
    text = " ".join((b.text or "").split())
    raw = b.text or ""
    cuts = []
    for off in sorted(set(getattr(b, "emphasis", None) or [])):
        before = raw[:off].rstrip()
        if not before or before[-1] not in ".!?":
            continue
        start = len(" ".join(before.split())) + 1  # the offset in the text with spaces joined
        m = re.match(r"([^.:;!?]{2,}?)\s*[:.]\s", text[start:])
        if m is None or len(m.group(1).split()) > settings.title_max_words:
            continue
        cuts.append((start, m.group(1)))
    if not cuts:
        return [b]
    pieces = [_Piece(text[: cuts[0][0]].strip(), getattr(b, "run_in", None))]
    for n, (start, title) in enumerate(cuts):
        end = cuts[n + 1][0] if n + 1 < len(cuts) else len(text)
        pieces.append(_Piece(text[start:end].strip(), title))
    return pieces


def _one_sentence(text: str, settings: GoalFormSettings) -> bool:
    """Whether a text is one whole sentence of a goal's length."""
    from plancheck.extract.stated import whole_sentence

    text = " ".join((text or "").split())
    return whole_sentence(text, settings.min_words) and _statement(text, settings) and len(T.sentences(text)) == 1


def _priority_label(text: str) -> bool:
    """Whether a heading is a focus-area label of the lexicon ("Our priorities", "Satsingsområder"),
    its colon dropped. Why: a council plan may state its priorities as a numbered list of
    whole sentences under such a heading; each sentence is then a goal, the plan's outcome for
    that priority, as a goal heading's lines are (:func:`heading_line_goals`, list items only:
    paragraphs under it describe the areas)."""
    from plancheck.lang.vocab import heading_role

    t = " ".join((text or "").split()).rstrip(":").strip()
    return bool(t) and heading_role(t) == "focus_area"


def heading_line_goals(doc, settings: GoalFormSettings = DEFAULT_GOAL_FORM_SETTINGS) -> list[FormGoal]:
    """Goals printed as the lines under a goal heading ("Samfunnsmåla våre", "Our goals"): each
    paragraph or list item there up to the next heading that is one whole sentence of a goal's
    length (:func:`_goal_label`, :func:`_one_sentence`) — under a focus-area heading ("Our
    priorities", :func:`_priority_label`) each such list item; [] when a heading holds fewer than
    ``titled_min_count`` of them or when they are not most of what stands under it. Why: a
    samfunnsdel may print its goals as short present-tense sentences beside numbers or badges
    (which the text layer loses) under a heading that says they are the goals, with no modal
    for a sentence reader to find; a goal heading over paragraphs of running text is a chapter
    about goals, no list of them."""
    blocks = list(getattr(doc, "blocks", None) or [])
    kinds = [str(getattr(b.kind, "value", b.kind)) for b in blocks]
    out: list[FormGoal] = []
    for i, b in enumerate(blocks):
        if kinds[i] != "heading" or b.table is not None:
            continue
        if _goal_label(b.text):
            lines: tuple[str, ...] = ("paragraph", "list_item")
        elif _priority_label(b.text):
            lines = ("list_item",)
        else:
            continue
        found: list[FormGoal] = []
        others = 0
        for j in range(i + 1, len(blocks)):
            if kinds[j] == "heading":
                break
            nxt = blocks[j]
            if nxt.table is None and kinds[j] in lines and _one_sentence(nxt.text, settings):
                found.append(FormGoal(nxt.id, " ".join(nxt.text.split()), _page(nxt), b.section_id, None))
            else:
                others += 1
        if len(found) >= settings.titled_min_count and len(found) > others:
            out += found
    return out


# a goal's typed code before its sentence: "1a", "O3", "H2", "M4b" (letters and digits mixed; a
# bare number may be a count: "3 av 4 …")
_CODE_RE = r"(?:[A-ZÆØÅÄÖ]{1,2}\d{1,2}[a-z]?|\d{1,2}[a-z])"
_CODED_LINE_RE = re.compile(rf"(?:^|(?<=[.!?])\s+)(?P<code>{_CODE_RE})\s+(?=[A-ZÆØÅÄÖ])")


def _code_form(code: str) -> str:
    """The form of a code, its digits dropped ("O3" → "O", "1a" → "a"… as "#a"): codes of one
    series share it."""
    return re.sub(r"\d+", "#", code).rstrip("abcdefghijklmnopqrstuvwxyz") or "#"


def _split_at_codes(b, text: str, marks: list[re.Match], keep) -> list[FormGoal]:
    """The items of a line (or a paragraph the reader joined) that opens with a typed code,
    split at each code ``marks`` found: one :class:`FormGoal` per piece whose text ``keep``
    accepts, numbered by its code (spaces dropped: "Å 1" is "Å1")."""
    ends = [m.start() for m in marks[1:]] + [len(text)]
    out = []
    for k, (m, end) in enumerate(zip(marks, ends, strict=True)):
        sent = text[m.end() : end].strip()
        if keep(sent):
            out.append(FormGoal(f"{b.id}-c{k}", sent, _page(b), b.section_id, None, m.group("code").replace(" ", "")))
    return out


def _one_series(out: list[FormGoal], settings: GoalFormSettings, *, rising: bool = False) -> bool:
    """Whether coded items are one series: at least ``titled_min_count`` of them, no code twice,
    every code of one form (:func:`_code_form`), and with ``rising`` their numbers in order."""
    codes = [g.number or "" for g in out]
    if len(out) < settings.titled_min_count or len(set(codes)) != len(codes) or len({_code_form(c) for c in codes}) != 1:
        return False
    nums = [int(re.sub(r"\D", "", c) or 0) for c in codes]
    return not rising or nums == sorted(nums)


def coded_line_goals(doc, settings: GoalFormSettings = DEFAULT_GOAL_FORM_SETTINGS) -> list[FormGoal]:
    """Goals printed as lines that open with a typed code ("1a The Council's own operations are
    net zero by 2038.", "O3 Every child gets a good education …"; a paragraph the reader joined
    holds several), after a lead-in line or heading of no other role than a goal's ("Outcomes we
    want to see by 2040:", "Our aims for the period:"), each one whole sentence of a goal's
    length; the code is the goal's number, by which a child cites it. [] when fewer than
    ``titled_min_count`` in the document, or when the codes are not one distinct series. Why: a
    corporate or strategic plan numbers its outcomes so that service plans can name them; the
    lines hold no modal and no goal word, and a code under a heading of measures ("Tiltak") is a
    measure's."""
    from plancheck.lang.vocab import heading_role

    blocks = list(getattr(doc, "blocks", None) or [])
    kinds = [str(getattr(b.kind, "value", b.kind)) for b in blocks]
    out: list[FormGoal] = []
    lead_ok = False
    for i, b in enumerate(blocks):
        text = " ".join((b.text or "").split())
        if b.table is not None or kinds[i] not in ("paragraph", "list_item", "heading"):
            lead_ok = False
            continue
        marks = list(_CODED_LINE_RE.finditer(text)) if kinds[i] != "heading" else []
        if not marks or marks[0].start() != 0:
            # a lead-in or heading: the coded lines after it are goals unless it names another role
            lead = text.rstrip(":").strip()
            lead_ok = (kinds[i] == "heading" or text.endswith(":")) and heading_role(lead) in (
                None, *_GOAL_LABEL_ROLES
            )
            continue
        if not lead_ok:
            continue
        out += _split_at_codes(b, text, marks, lambda sent: _one_sentence(sent, settings))
    return out if _one_series(out, settings) else []


# a typed code opening an item: "Å1", "T3", "A12", and the same with the space a reader may set
# between the letter and its number ("Å 1": a hanging indent's code cut at the glyph)
_ITEM_CODE_RE = re.compile(r"(?:^|(?<=[.!?])\s+)(?P<code>[A-ZÆØÅÄÖ]{1,2} ?\d{1,2}[a-z]?)\s+(?=[A-ZÆØÅÄÖ])")


def coded_line_items(doc, settings: GoalFormSettings = DEFAULT_GOAL_FORM_SETTINGS) -> list[FormGoal]:
    """A plan's items printed as lines opening with a typed code of one series ("Å1 Införa en
    läs- och skrivgaranti …", "T 3 Bygge …"), a paragraph the reader joined split at each
    code that opens a sentence, under headings of no goal, indicator or challenge role; each a
    whole sentence of up to ``max_words`` words. [] when fewer than ``titled_min_count``, when
    the codes repeat, or are not one series (one letter form, numbers rising). Why: a nämnd's
    verksamhetsplan or a service plan numbers its commitments with a letter and a number in a
    hanging indent, neither a list nor a table to the reader; for a child that states nothing
    else, they are what it will do."""
    from plancheck.lang.vocab import heading_role

    out: list[FormGoal] = []
    ok_heading = True
    for b in getattr(doc, "blocks", None) or []:
        kind = str(getattr(b.kind, "value", b.kind))
        text = " ".join((b.text or "").split())
        if kind == "heading":
            ok_heading = heading_role(text.rstrip(":")) not in ("goal", "indicator", "challenge", "vision")
            continue
        if b.table is not None or kind not in ("paragraph", "list_item") or not ok_heading:
            continue
        number = (b.number or "").strip()
        if number and re.fullmatch(r"[A-ZÆØÅÄÖ]{1,2} ?\d{1,2}[a-z]?", number):
            # the reader took the code for the item's numbering label ("Å1" of a hanging indent)
            text = f"{number} {text}"
        marks = list(_ITEM_CODE_RE.finditer(text))
        if not marks or marks[0].start() != 0:
            continue
        out += _split_at_codes(
            b, text, marks, lambda sent: settings.lead_item_min_words <= len(sent.split()) <= settings.max_words
        )
    return out if _one_series(out, settings, rising=True) else []


def goal_column_goals(doc, settings: GoalFormSettings = DEFAULT_GOAL_FORM_SETTINGS) -> list[FormGoal]:
    """Goals printed as the cells of a table's goal columns ("Mål | Kva betyr det?", a sector ×
    year matrix "Sektor | Mål 2040 | Mål 2050"): each body cell of a column whose header the
    lexicon reads as a goal column that is one whole sentence of a goal's length (a '–' cell
    holds none); the row's first cell, when short and not a goal cell, its name. [] when fewer
    than ``titled_min_count`` in the document. Why: a samfunnsdel may explain each goal in the
    column beside it, or a klimaplan set its goals per sector and year; the sentence in the goal
    column is the goal, what stands beside it explains or names it."""
    from plancheck.lang.vocab import column_role, compound_label_role

    out: list[FormGoal] = []
    for b in getattr(doc, "blocks", None) or []:
        if b.table is None or not b.table.rows:
            continue
        # labelled lines read as a one-row table ("Outcome: Thriving places (TP)" over "Our
        # outcome: …"): the value of the last label runs on into the paragraph after it, and a
        # label that is a compound of a goal word ("Inriktningsmål:", a "*mål" label of the
        # lexicon) heads a goal as a goal column does
        record = not b.table.ruled and len(b.table.rows) == 1
        cols = [
            c
            for c, h in enumerate(b.table.header)
            if column_role(h or "") == "goal"
            or (
                record
                and column_role(h or "") is None
                and len((h or "").split()) == 1
                and compound_label_role((h or "").strip().rstrip(":").lower()) in _GOAL_LABEL_ROLES
            )
        ]
        for row in b.table.rows:
            first = next((x for x in row if x.col == 0), None)
            name = " ".join((first.text or "").split()) if first is not None else ""
            if 0 in cols and (not name or _one_sentence(name, settings) or len(cols) < 2):
                name = ""  # the first column states a goal itself, no name
            for cell in row:
                text = " ".join((cell.text or "").split())
                if cell.col not in cols or cell.merged_from is not None or (cell.col == 0 and name):
                    continue
                texts = [text]
                if not _one_sentence(text, settings):
                    sents = [x.strip() for x in T.sentences(text)] if record else []
                    if not sents or not _one_sentence(sents[0], settings):
                        continue
                    texts = [sents[0]]
                    if len(sents) > 1 and all(_goal_sentence(x, settings) for x in sents):
                        # a labelled line of several goals ("Delmål: Sentrum skal ha … . Det skal
                        # være et variert boligtilbud …"): each sentence with a goal's modal is one
                        texts = sents
                short, code = _coded_name(name)
                short = short if 0 < len(short.split()) <= settings.name_max_words else None
                for n, one in enumerate(texts):
                    ident = f"{b.id}-r{cell.row}c{cell.col}" + (f".{n + 1}" if n else "")
                    out.append(FormGoal(ident, one, cell.page or _page(b), b.section_id, short, code))
    return out if len(out) >= settings.titled_min_count else []


def _goal_sentence(text: str, settings: GoalFormSettings) -> bool:
    """Whether a sentence is of a goal's length and holds a goal's modal or will
    (:data:`plancheck.extract.goalstatements.GOAL_STATEMENT_RE`: "skal", "ska", "will" …)."""
    from plancheck.extract.goalstatements import GOAL_STATEMENT_RE

    return _statement(text, settings) and bool(GOAL_STATEMENT_RE.search(text))


_CODED_NAME_RE = re.compile(r"^(?P<name>.+?)\s*\((?P<code>[A-ZÆØÅÄÖ]{1,4}\d{0,2})\)$")


def _coded_name(name: str) -> tuple[str, str | None]:
    """A goal's name and the code printed in brackets after it ("Thriving places (TP)" →
    ("Thriving places", "TP")), else (name, None). Why: a council plan gives each outcome a
    short code that the directorates' plans print as a badge beside their actions."""
    m = _CODED_NAME_RE.match(name or "")
    return (m.group("name"), m.group("code")) if m else (name, None)


# a goal's code in a table cell: "1A", "H2", "M1.2", "3", "2.1"
_CODE_CELL_RE = re.compile(r"^[A-ZÆØÅÄÖ]{0,3}-?\d{1,2}(?:\.\d{1,2})*[A-Za-zÆØÅÄÖæøåäö]?\.?$")
_TEXT_ROLES = frozenset({None, "goal"})


def coded_table_goals(doc, settings: GoalFormSettings = DEFAULT_GOAL_FORM_SETTINGS) -> list[FormGoal]:
    """Goals printed in tables whose goal column holds only codes (``Mål | Målformulering 2040 |
    Indikator`` with "1A", "1B" …): each row's cell of the first column right of it whose header
    names no other role (an indicator, a measure, an owner), the code its number; [] when fewer
    than ``min_count`` in the document. Why: a regional strategy numbers its goals in a column
    of their own and words them beside it; the code column is where a reader looks for goals and
    finds none, and the code is what a municipal plan's link column cites."""
    from plancheck.lang.vocab import column_role

    out: list[FormGoal] = []
    for b in getattr(doc, "blocks", None) or []:
        if b.table is None or not b.table.rows:
            continue
        roles = [column_role(h or "") for h in b.table.header]
        for c, role in enumerate(roles):
            if role != "goal":
                continue
            codes = [next((x for x in row if x.col == c), None) for row in b.table.rows]
            if not all(x is not None and _CODE_CELL_RE.match(" ".join((x.text or "").split())) for x in codes):
                continue
            col = next((d for d in range(c + 1, len(roles)) if roles[d] in _TEXT_ROLES), None)
            if col is None:
                continue
            for row, code in zip(b.table.rows, codes, strict=True):
                cell = next((x for x in row if x.col == col), None)
                text = " ".join((cell.text or "").split()) if cell is not None else ""
                if cell is None or cell.merged_from is not None or not _statement(text, settings):
                    continue
                number = " ".join((code.text or "").split()).rstrip(".") if code is not None else None
                out.append(FormGoal(f"{b.id}-r{cell.row}", text, cell.page or _page(b), b.section_id, None, number))
            break
    return out if len(out) >= settings.min_count else []


_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")


def dated_lead(text: str, settings: GoalFormSettings = DEFAULT_GOAL_FORM_SETTINGS) -> bool:
    """Whether a line is a dated lead-in in the first person plural over a list: at most
    ``title_max_words`` + ``dated_lead_extra_words`` words ending in a colon, with a "we" word (goal_vocab.yaml
    ``goal_forms``), a year and no "how" word ("Så här vill vi ha det 2040:", "Where we want to be
    in 2035:", "Slik vil vi ha det i 2040:"). The statement form of :func:`goal_question`:
    the state the plan wants by that year; "Slik gjør vi dette:" (how) and "Vi vil:" (no year:
    the ways) are none."""
    t = " ".join((text or "").split())
    if not t.endswith(":") or len(t.split()) > settings.title_max_words + settings.dated_lead_extra_words or not _YEAR_RE.search(t):
        return False
    ws = set(re.findall(r"\w+", t.lower()))
    w = _words()
    return bool(ws & w.get("we", frozenset())) and not ws & w.get("how", frozenset())


def dated_lead_goals(doc, settings: GoalFormSettings = DEFAULT_GOAL_FORM_SETTINGS) -> list[FormGoal]:
    """Goals printed as the list items right under a dated lead-in (:func:`dated_lead`): each
    item that is one whole sentence of a goal's length, the run ending at the first block that
    is no list item; [] when the document holds fewer than ``titled_min_count``. Why: a
    utvecklingsstrategi may set each målområde's goals as bullets under "Så vill vi ha det
    2060:", present-tense states with no modal and no goal word, the strategy beside them in a
    "Strategi: …" paragraph; the lead-in says they are the wanted state, as a question heading
    does (:func:`question_goals`)."""
    blocks = list(getattr(doc, "blocks", None) or [])
    kinds = [str(getattr(b.kind, "value", b.kind)) for b in blocks]
    out: list[FormGoal] = []
    for i, b in enumerate(blocks):
        if b.table is not None or kinds[i] not in ("paragraph", "heading") or not dated_lead(b.text, settings):
            continue
        for nxt, kind in zip(blocks[i + 1 :], kinds[i + 1 :], strict=True):
            if kind != "list_item" or nxt.table is not None:
                break
            if _one_sentence(nxt.text, settings):
                out.append(FormGoal(nxt.id, " ".join(nxt.text.split()), _page(nxt), nxt.section_id, None))
    return out if len(out) >= settings.titled_min_count else []


def _perspective(label: str, settings: GoalFormSettings) -> bool:
    """Whether a table label names a balanced-scorecard perspective (goal_vocab.yaml
    ``goal_forms.perspectives``: "Brukar", "Medarbetare", "Økonomi", "Customer"), at most
    ``perspective_label_max_words`` words, a trailing "perspektiv"/"perspective" dropped."""
    t = " ".join((label or "").lower().split()).strip(" :")
    if not t or len(t.split()) > settings.perspective_label_max_words:
        return False
    t = re.sub(r"[\s-]*(?:perspektiv(?:et)?|perspective)$", "", t).strip()
    return t in _words().get("perspectives", frozenset())


def _other_label(label: str, settings: GoalFormSettings) -> bool:
    """Whether a label beside the perspectives of a matrix may name one the lexicon does not know:
    a short label (``perspective_label_max_words``) with no column role but a goal's."""
    from plancheck.lang.vocab import column_role

    t = " ".join((label or "").split())
    return bool(t) and len(t.split()) <= settings.perspective_label_max_words and column_role(t) in (None, "goal")


def perspective_matrix_goals(doc, settings: GoalFormSettings = DEFAULT_GOAL_FORM_SETTINGS) -> list[FormGoal]:
    """Goals printed as the cells of a balanced-scorecard matrix ("Tenesteområde | Brukar |
    Medarbeidar | Økonomi | Samfunn", a row per service area; or the perspectives down the first
    column and the areas or years across): every body cell under (or beside) a perspective label
    that is one whole sentence of a goal's length, named by its row's and column's labels; a '–'
    cell holds none. [] when no table has ``perspective_min_labels`` perspective labels on one
    axis, or fewer than ``titled_min_count`` goals. Why: a mål- og styringskort sets a goal in
    every cell of the perspectives × service areas grid with no goal word anywhere near it — the
    header names the perspectives, not "Mål" — and each cell's scope is its row as well as its
    column; a child's table whose first column only NAMES the perspectives ("Perspektiv |
    Tiltak") has a measure column beside it and states no goal."""
    from plancheck.lang.vocab import column_role

    out: list[FormGoal] = []
    for b in getattr(doc, "blocks", None) or []:
        if b.table is None or not b.table.rows:
            continue
        header = [" ".join((h or "").split()) for h in b.table.header]
        across = {c for c, h in enumerate(header) if c > 0 and _perspective(h, settings)}
        firsts = {
            cell.row: " ".join((cell.text or "").split())
            for row in b.table.rows
            for cell in row
            if cell.col == 0
        }
        down = {r for r, t in firsts.items() if _perspective(t, settings)}
        if len(across) >= settings.perspective_min_labels:
            transposed = False
            # the matrix's other labels are perspectives too ("Community", "Innovasjon"), so long
            # as the lexicon gives them no other column's role (a measure, an owner)
            across |= {c for c, h in enumerate(header) if c > 0 and _other_label(h, settings)}
        elif len(down) >= settings.perspective_min_labels and not any(
            column_role(h) not in (None, "theme") for h in header[1:]
        ):
            transposed = True
            down |= {r for r, t in firsts.items() if _other_label(t, settings)}
        else:
            continue
        for row in b.table.rows:
            for cell in row:
                if cell.col == 0 or cell.merged_from is not None:
                    continue
                if (cell.row not in down) if transposed else (cell.col not in across):
                    continue
                text = " ".join((cell.text or "").split())
                if not _one_sentence(text, settings):
                    continue
                col = header[cell.col] if cell.col < len(header) else ""
                row_label = firsts.get(cell.row, "")
                name = " – ".join(x for x in (row_label, col) if x) or None
                # the area the goal is set for: the row's label, or the column's in a matrix
                # with the perspectives down its first column
                scope = (col if transposed else row_label) or None
                out.append(
                    FormGoal(
                        f"{b.id}-r{cell.row}c{cell.col}", text, cell.page or _page(b), b.section_id, name, None, scope
                    )
                )
    return out if len(out) >= settings.titled_min_count else []


def _first_person(text: str, lang: str) -> bool:
    """Whether a sentence opens with a first-person singular word of its language (goal_vocab.yaml
    ``goal_forms.first_person_<lang>``: "I", "My"; "Jeg", "Min"; "Eg", "Mi"; "Jag"). Per language:
    the English "I" is the preposition "i" in the Nordic languages ("I 2030 er …")."""
    m = re.match(r"\W*(\w+)", text or "")
    return bool(m) and m.group(1).lower() in _words().get(f"first_person_{lang}", frozenset())


def first_person_goals(doc, settings: GoalFormSettings = DEFAULT_GOAL_FORM_SETTINGS) -> list[FormGoal]:
    """Outcomes printed as what a resident will be able to say, in the first person: a run of at
    least ``titled_min_count`` consecutive list items (or one-sentence paragraphs) in one section, each one whole sentence
    of a goal's length that opens with a first-person singular word of the document's language
    ("I feel safe in my neighbourhood.", "Eg kan bu heime …", "Jag har en vuxen att prata
    med."). Why: a council plan may word its outcomes as what a resident will be able to say,
    with no modal, no goal word and no number; first person plural lines ("We will …") are the
    council's promises, not these outcomes."""
    from plancheck.lang.detect import detect_language

    blocks = list(getattr(doc, "blocks", None) or [])
    lines = [
        b.table is None and str(getattr(b.kind, "value", b.kind)) in ("list_item", "paragraph") for b in blocks
    ]
    lang = getattr(doc, "language", None) or detect_language(
        " ".join(b.text or "" for b, line in zip(blocks[:200], lines, strict=False) if line)
    )
    out: list[FormGoal] = []
    run: list[FormGoal] = []
    for b, line in zip([*blocks, None], [*lines, False], strict=True):
        text = " ".join((b.text or "").split()) if line else ""
        ok = line and _first_person(text, lang) and _one_sentence(text, settings)
        if not ok or (run and b.section_id != run[-1].section_id):
            # the run ends at any other block (a heading, a table, a line in another voice)
            if len(run) >= settings.titled_min_count:
                out += run
            run = []
        if ok:
            run.append(FormGoal(b.id, text, _page(b), b.section_id, None))
    return out


def sentence_heading_goals(doc, settings: GoalFormSettings = DEFAULT_GOAL_FORM_SETTINGS) -> list[FormGoal]:
    """Goals printed as headings that are one whole sentence of a goal's length, each right under
    a short title heading of the level above ("Priority: Housing" over a bold "Everyone in the
    borough has a safe, warm and affordable home."), the title (its area label dropped,
    :func:`without_area_label`) its name; [] when fewer than ``titled_min_count`` stand at one
    level. Why: a council plan or a budget sets each goal as a bold line under its area's
    heading, and a word processor's export makes the bold line a heading of its own; the
    sentence is the goal — no modal, no goal word — and the area its name, by which a child's
    link column cites it."""
    from plancheck.extract.stated import whole_sentence

    blocks = list(getattr(doc, "blocks", None) or [])
    by_level: dict[int, list[FormGoal]] = {}
    last_title: tuple[int, str | None] = (-1, None)  # the last short title heading: level, name
    for b in blocks:
        if str(getattr(b.kind, "value", b.kind)) != "heading" or b.table is not None:
            continue
        text = " ".join((b.text or "").split())
        level = b.level or 0
        if whole_sentence(text, settings.min_words) and _one_sentence(text, settings):
            if last_title[1] is not None and last_title[0] == level - 1:
                by_level.setdefault(level, []).append(FormGoal(b.id, text, _page(b), b.section_id, last_title[1]))
            last_title = (-1, None)
            continue
        last_title = (level, goal_title(without_area_label(text), settings))
    return [g for found in by_level.values() if len(found) >= settings.titled_min_count for g in found]


def _printed(key: str) -> tuple[str, ...]:
    """The lexicon's ``printed_goals.<key>`` words, every language (plancheck/lang/data/*.yaml)."""
    from plancheck.lang.vocab import section_words

    return tuple(" ".join(w.lower().split()) for w in section_words("printed_goals", key))


@lru_cache(maxsize=1)
def _success_re() -> re.Pattern[str]:
    """A success-criteria label at the start of a text ("Vi har lykkes når", "Success looks like"),
    then a colon, an ellipsis or nothing; group ``rest`` what runs on after it."""
    from plancheck.lang.vocab import alternation

    return re.compile(rf"^\W*(?:{alternation(sorted(_printed('success_labels'), key=len, reverse=True))})\b"
                      r"\s*[:…]*\s*(?P<rest>.*)$", re.IGNORECASE | re.DOTALL)


def success_label(text: str) -> str | None:
    """What runs on after a success-criteria label that opens ``text`` ("" when the label stands
    alone, "Vi har lyckats när:"), None when ``text`` opens with none."""
    m = _success_re().match(" ".join((text or "").split()))
    return m.group("rest").strip() if m else None


def completing_goal(text: str, settings: GoalFormSettings = DEFAULT_GOAL_FORM_SETTINGS) -> str | None:
    """``text`` (spaces folded) when it is one sentence of a goal's length — also when it opens in
    lower case or lacks its full stop, as the fragment completing a label or a column head does
    ("færre barn faller utenfor skolen.", "fewer people fall at home"); else None."""
    t = " ".join((text or "").split()).strip()
    if not t or t.endswith(":"):
        return None
    probe = t[:1].upper() + t[1:]
    if probe[-1] not in ".!":
        probe += "."
    return t if _one_sentence(probe, settings) else None


def success_label_goals(doc, settings: GoalFormSettings = DEFAULT_GOAL_FORM_SETTINGS) -> list[FormGoal]:
    """Goals printed as success criteria: the lines under a label saying when the plan has
    succeeded ("Vi har lykkes når:", "Vi har nått målet när:", "Success looks like:"; the lexicon's
    ``printed_goals.success_labels``), each list item (or a paragraph opening in lower case, the
    fragment completing the label) up to the next other block, and the text running on after such
    a label in its own line; [] when fewer than ``min_count``. Why: a strategy may print, under
    each focus area, what its owner will do ("Fylkeskommunen vil:", "The council will:") beside
    what will be true when it succeeds; the second are its goals, worded as clauses that complete
    the label — no modal, no goal word, often in lower case."""
    blocks = list(getattr(doc, "blocks", None) or [])
    kinds = [str(getattr(b.kind, "value", b.kind)) for b in blocks]
    out: list[FormGoal] = []
    for i, b in enumerate(blocks):
        if b.table is not None or kinds[i] not in ("heading", "paragraph", "list_item"):
            continue
        rest = success_label(b.text)
        if rest is None:
            continue
        if rest:
            text = completing_goal(rest, settings)
            if text:
                out.append(FormGoal(b.id, text, _page(b), b.section_id, None))
            continue
        for nxt, kind in zip(blocks[i + 1 :], kinds[i + 1 :], strict=True):
            t = " ".join((nxt.text or "").split())
            if nxt.table is not None or kind not in ("list_item", "paragraph"):
                break
            if kind == "paragraph" and not t[:1].islower():
                break  # running text again: the label's lines have ended
            text = completing_goal(t, settings)
            if text:
                out.append(FormGoal(nxt.id, text, _page(nxt), nxt.section_id, None))
    return out if len(out) >= settings.min_count else []


def _goal_row_label(label: str, settings: GoalFormSettings) -> bool:
    """Whether a table's first-column label says its row holds goals: the lexicon's goal column
    word ("Mål", "Outcome", "Målsättning") or a success-criteria label, of at most
    ``row_label_max_words`` words."""
    from plancheck.lang.vocab import column_role

    t = " ".join((label or "").split()).strip(" :")
    if not t or len(t.split()) > settings.row_label_max_words:
        return False
    return column_role(t) == "goal" or success_label(t) == ""


def row_label_goals(doc, settings: GoalFormSettings = DEFAULT_GOAL_FORM_SETTINGS) -> list[FormGoal]:
    """Goals in a table read by its row labels: the labels run down the first column ("Mål",
    "Mål", "Strategiar", "Slik måler vi") and the areas across the top ("Oppvekst | Helse og
    meistring | …"); each body cell of a row labelled as goals (:func:`_goal_row_label`) that is
    one sentence of a goal's length is a goal, its column's area its scope. The other rows
    (strategies, indicators) hold none. A table whose header names another role than an area
    ("Tiltak", "Ansvar") is a measure table and none of this; every first-column label must be
    short (labels, not text). [] when fewer than ``min_count``. Why: a plan "on one page" sets its
    focus areas as columns and the kinds of text as rows — the transposed goal table — and the
    extractor, which reads a goal table by its header, sees only areas there."""
    from plancheck.lang.vocab import column_role

    out: list[FormGoal] = []
    for b in getattr(doc, "blocks", None) or []:
        if b.table is None or not b.table.rows:
            continue
        header = [" ".join((h or "").split()) for h in b.table.header]
        areas = [h for h in header[1:] if h]
        if len(areas) < 2 or any(
            len(h.split()) > settings.row_label_max_words or column_role(h) not in (None, "theme") for h in areas
        ):
            continue
        firsts = {cell.row: " ".join((cell.text or "").split()) for row in b.table.rows for cell in row if cell.col == 0}
        if not firsts or any(len(t.split()) > settings.row_label_max_words for t in firsts.values()):
            continue
        goal_rows = {r for r, t in firsts.items() if _goal_row_label(t, settings)}
        if not goal_rows:
            continue
        for row in b.table.rows:
            for cell in row:
                if cell.col == 0 or cell.row not in goal_rows or cell.merged_from is not None:
                    continue
                text = completing_goal(cell.text, settings)
                if not text:
                    continue
                area = header[cell.col] if cell.col < len(header) else None
                out.append(
                    FormGoal(f"{b.id}-r{cell.row}c{cell.col}", text, cell.page or _page(b), b.section_id, None, None,
                             area or None)
                )
    return out if len(out) >= settings.min_count else []


@lru_cache(maxsize=1)
def _column_note_re() -> re.Pattern[str]:
    """An ordinal (or "last") and a word for a column ("the third column", "den tredje kolonne",
    "sista kolumnen"), at most one word between; group ``ord`` the ordinal."""
    from plancheck.lang.vocab import alternation

    ords = alternation([*_printed("ordinals"), *_printed("last")])
    cols = alternation(sorted(_printed("column_words"), key=len, reverse=True))
    return re.compile(rf"\b(?P<ord>{ords})\s+(?:\w+\s+)?(?:{cols})\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _goal_nouns() -> frozenset[str]:
    """The one-word goal headings and column words of every language ("mål", "måla", "outcomes")."""
    from plancheck.lang.vocab import section_words

    return frozenset(
        w.lower() for sec in ("headings", "columns") for w in section_words(sec, "goal") if len(w.split()) == 1
        and w.isalpha()
    )


def noted_column(text: str) -> int | None:
    """The 0-based place of the column a reading note says holds the goals ("The third column
    holds the outcomes we will be held to", "Den tredje kolonne viser de mål …"): in one of its
    sentences, an ordinal and a column word, and a goal word; the ordinal nearest that word.
    -1 for "the last column". None when no sentence says so."""
    ords = {w: n for key in ("ordinals",) for n, w in enumerate(_printed(key))}
    # every language lists its ordinals from the first: a word's place in its own list
    from plancheck.lang.vocab import LANGS, lexicon_file

    for lang in LANGS:
        for n, w in enumerate((lexicon_file(lang).get("printed_goals") or {}).get("ordinals") or []):
            ords[w.lower()] = n
    lasts = set(_printed("last"))
    for sentence in T.sentences(" ".join((text or "").split())):
        words = [(m.start(), m.group(0).lower()) for m in re.finditer(r"\w+", sentence)]
        goals = [pos for pos, w in words if w in _goal_nouns()]
        if not goals:
            continue
        best: tuple[int, int] | None = None
        for m in _column_note_re().finditer(sentence):
            word = m.group("ord").lower()
            place = -1 if word in lasts else ords.get(word)
            if place is None:
                continue
            dist = min(abs(g - m.start()) for g in goals)
            if best is None or dist < best[0]:
                best = (dist, place)
        if best is not None:
            return best[1]
    return None


def _result_head(head: str) -> bool:
    """Whether a column head opens with a result connective ("so that by 2040 …", "slik at …")."""
    from plancheck.lang.vocab import words_pattern

    return bool(words_pattern(list(_printed("result_connectives")), start=True).match(" ".join(head.split())))


def outcome_column_goals(doc, settings: GoalFormSettings = DEFAULT_GOAL_FORM_SETTINGS) -> list[FormGoal]:
    """Goals in the one column of a table that holds them, chosen by structure and not by the
    column's goal word (which the extractor reads): the column a reading note before the table
    names by its place (:func:`noted_column`, at most ``note_max_blocks`` blocks before it, in its
    section), else the one column whose head opens with a result connective ("so that by 2040 …",
    "slik at …", "så att …"; ``printed_goals.result_connectives``). Each body cell of that column
    of a goal's length is a goal, also a fragment completing the head. A column the lexicon gives
    a measure's, owner's or other role is never chosen. [] when fewer than ``min_count``. Why: a
    theory of change prints "If we … | then … | so that …" — actions, intermediate changes,
    outcomes — and only the outcomes are goals."""
    from plancheck.lang.vocab import column_role

    blocks = list(getattr(doc, "blocks", None) or [])
    out: list[FormGoal] = []
    for i, b in enumerate(blocks):
        if b.table is None or not b.table.rows:
            continue
        header = [" ".join((h or "").split()) for h in b.table.header]
        if len(header) < 2:
            continue
        col = None
        for prev in reversed(blocks[max(0, i - settings.note_max_blocks) : i]):
            if prev.section_id != b.section_id or prev.table is not None:
                break
            col = noted_column(prev.text)
            if col is not None:
                break
        if col is not None:
            col = col % len(header) if -len(header) <= col < len(header) else None
        else:
            heads = [c for c, h in enumerate(header) if h and _result_head(h)]
            col = heads[0] if len(heads) == 1 else None
        if col is None or column_role(header[col]) not in (None, "goal", "theme"):
            continue
        for row in b.table.rows:
            for cell in row:
                if cell.col != col or cell.merged_from is not None:
                    continue
                text = completing_goal(cell.text, settings)
                if text:
                    out.append(FormGoal(f"{b.id}-r{cell.row}c{cell.col}", text, cell.page or _page(b), b.section_id, None))
    return out if len(out) >= settings.min_count else []


_LEAD_OTHER_ROLES = frozenset({"measure", "indicator", "challenge", "vision", "principle", "mandate"})


@lru_cache(maxsize=1)
def _intent_words() -> frozenset[str]:
    """The modals and verbs of will a lead-in of intent holds (extract/stated_vocab.yaml
    ``goal_modals`` and ``goal_statements.wanting`` / ``body_wanting``: skal, ska, will, vil, vill,
    ønsker …), lower case."""
    from plancheck.extract.goalstatements import statement_words

    w = statement_words()
    return frozenset(w.goal_modals | w.wanting | w.body_wanting)


@cache
def _complementizers() -> frozenset[str]:
    """The words that open a subordinate clause in every language (the lexicon's
    ``evidence.complementizers``: "at", "att", "that"), lower case."""
    from plancheck.lang.vocab import LANGS, evidence_words

    return frozenset(w.lower() for lang in LANGS for w in evidence_words("complementizers", lang))


def resolving_lead_in(text: str, settings: GoalFormSettings = DEFAULT_GOAL_FORM_SETTINGS) -> bool:
    """Whether a line resolves what a body will do, its items completing the resolution: at
    most ``resolving_max_words`` words ending in a verb of resolution and the infinitive marker and a
    colon ("Council therefore resolves to:", "Kommunestyret vedtar å:"; goal_vocab.yaml
    ``goal_forms.resolving``, ``infinitive_markers``). Why: a council motion states its
    commitments as the completions of "resolves to", and the plans after it follow them up;
    without the marker ("Kommunestyret vedtar:") the items are the decision's own points (a
    plan adopted, a budget set), no commitments."""
    t = " ".join((text or "").split())
    if not t.endswith(":"):
        return False
    words = re.findall(r"\w+", t.lower())
    if not 2 <= len(words) <= settings.resolving_max_words or words[-1] not in _words().get(
        "infinitive_markers", ()
    ):
        return False
    body = " ".join(words[:-1])
    return any(re.search(rf"\b{re.escape(v)}$", body) for v in _words().get("resolving", ()))


def intent_lead_in(text: str, settings: GoalFormSettings = DEFAULT_GOAL_FORM_SETTINGS) -> bool:
    """Whether a line is a lead-in of intent over a list: at most ``lead_max_words`` words ending
    in a colon or in the modal itself ("Vi vil", ``lead_modal_end``), one of them a modal or a verb of will (:func:`_intent_words`: "We will:",
    "Bydelen skal:", "Vi ska:", "The council will:", "Vi vil:"), and no role word of a measure,
    an indicator or a challenge ("Tiltak som skal gjennomføres:"). Why: a plan states what its
    owner will achieve as a list of verb phrases after such a line; each item is the lead-in's
    sentence completed ("Bydelen skal: – rekruttere fleire helsefagarbeidarar")."""
    from plancheck.extract.roles import heading_role

    t = " ".join((text or "").split())
    words = re.findall(r"\w+", t.lower())
    if words and settings.resolving_lead and resolving_lead_in(t, settings):
        return True
    if not words or not set(words) & _intent_words():
        return False
    # "Kommunen vil arbejde for, at": the clause its items complete opened and not written, after the
    # intent (a sentence cut off at its complementizer is no goal of its own)
    clause_end = (
        0 < len(words) <= settings.lead_clause_max_words
        and t[-1:].isalnum()
        and words[-1] in _complementizers()
    )
    if len(words) > settings.lead_max_words and not clause_end:
        return False
    # a colon, or the clause stopped at its modal ("Vi vil", "We will", "Kommunen skal" as a box's
    # heading): a sentence cut off there is completed by the list under it, whatever its
    # punctuation
    if not (
        t.endswith(":")
        or (settings.lead_modal_end and t[-1:].isalnum() and words[-1] in _intent_words())
        or clause_end
    ):
        return False
    # the whole line's role, and its first word's ("Tiltak som skal gjennomføres:")
    return not {heading_role(t.rstrip(" :"))[0], heading_role(words[0])[0]} & _LEAD_OTHER_ROLES


def lead_in_items(doc, settings: GoalFormSettings = DEFAULT_GOAL_FORM_SETTINGS) -> list[FormGoal]:
    """The list items right after each lead-in of intent (:func:`intent_lead_in`, a heading or a
    paragraph line), in reading order, each of ``lead_item_min_words`` … ``max_words`` words; []
    when fewer than ``min_count`` items, or when one lead-in holds them all and they are fewer
    than ``titled_min_count``. Why: "We will:" under each coloured theme band, "Bydelen skal:"
    under each innsatsområde, "Förvaltningen ska:" over a numbered list — whatever the producer
    makes of the lead-in (a heading, a bold paragraph), the list after it is what the plan's
    owner commits to, each item a verb phrase the lead-in completes. The lead-in repeated under
    several themes is the plan's form; one lead-in alone needs a list of several."""
    out: list[FormGoal] = []
    leads = 0
    under = False
    for b in getattr(doc, "blocks", None) or []:
        kind = str(getattr(b.kind, "value", b.kind))
        text = " ".join((b.text or "").split())
        if b.table is None and kind == "list_item":
            if under and settings.lead_item_min_words <= len(text.split()) <= settings.max_words:
                out.append(FormGoal(b.id, text, _page(b), b.section_id, None))
            continue
        under = b.table is None and kind in ("heading", "paragraph") and intent_lead_in(text, settings)
        leads += under
    if len(out) < settings.min_count or (leads < 2 and len(out) < settings.titled_min_count):
        return []
    return out


# a marker enumerating an item inside running text: "(1)", "(2)" … or "1)", "2)" after a space
_ENUM_RE = re.compile(r"(?:(?<=\s)|^)\((?P<p>\d{1,2})\)\s+|(?:(?<=\s)|^)(?P<b>\d{1,2})\)\s+")
_SENTENCE_END_RE = re.compile(r"[.!?](?=\s+[A-ZÆØÅÄÖÜÉ]|\s*$)")


def _lead_intent(lead: str) -> bool:
    """Whether the last sentence of a lead-in holds a modal or a verb of will (:func:`_intent_words`)."""
    last = re.split(r"[.!?:]\s+", lead.strip())[-1]
    return bool(set(re.findall(r"\w+", last.lower())) & _intent_words())


def enumerated_goals(doc, settings: GoalFormSettings = DEFAULT_GOAL_FORM_SETTINGS) -> list[FormGoal]:
    """Goals enumerated inside one paragraph: markers "(1)", "(2)" … (or "1)", "2)" …) numbered 1,
    2, 3 … in order, at least ``titled_min_count`` of them, after a lead-in whose last sentence holds
    a modal or a verb of will ("Kommunen skal arbeide for at (1) …; (2) …; og (6) …", "The council
    will work so that (1) …") or in a section under a goal label ("Mål"). Each item runs to the next
    marker, its separator and the conjunction joining the next item (at most
    ``enumerated_joiner_words`` words after its last ';' or ',') dropped; the last item ends at its
    sentence's end. Every item has a goal's length (``min_words`` … ``max_words``); the marker's
    number is the goal's. Why: a plan may set its few goals run in as the clauses of one sentence
    that its lead-in opens; a list, to the reader, is only one paragraph."""
    from plancheck.lang.vocab import heading_role

    out: list[FormGoal] = []
    heading = ""
    for b in getattr(doc, "blocks", None) or []:
        kind = str(getattr(b.kind, "value", b.kind))
        text = " ".join((b.text or "").split())
        if kind == "heading":
            heading = text
            continue
        if b.table is not None or kind not in ("paragraph", "list_item"):
            continue
        marks = list(_ENUM_RE.finditer(text))
        # the run of markers 1, 2, 3 … (a reference "(3)" before it breaks no run that starts at 1)
        run: list[re.Match] = []
        for m in marks:
            n = int(m.group("p") or m.group("b"))
            if n == len(run) + 1 and (not run or (m.group("p") is None) == (run[0].group("p") is None)):
                run.append(m)
            elif n == 1:
                run = [m]
        if len(run) < settings.titled_min_count:
            continue
        lead = text[: run[0].start()]
        if not (_lead_intent(lead) or heading_role(heading.rstrip(":")) in _GOAL_LABEL_ROLES):
            continue
        items: list[FormGoal] = []
        ends = [m.start() for m in run[1:]] + [len(text)]
        for k, (m, end) in enumerate(zip(run, ends, strict=True)):
            piece = text[m.end() : end].strip()
            if k == len(run) - 1:
                stop = _SENTENCE_END_RE.search(piece)
                piece = piece[: stop.end()] if stop else piece
            else:
                cut = max(piece.rfind(";"), piece.rfind(","))
                if cut >= 0 and len(piece[cut + 1 :].split()) <= settings.enumerated_joiner_words:
                    piece = piece[:cut]
                piece = piece.rstrip(" ;,")
            if not _statement(piece, settings):
                items = []
                break
            number = m.group("p") or m.group("b")
            items.append(FormGoal(f"{b.id}-e{k}", piece, _page(b), b.section_id, None, number))
        out += items
    return out if len(out) >= settings.titled_min_count else []


# an ellipsis: the stem left open, or an item completing it
_ELLIPSIS_RE = re.compile(r"\s*(?:…|\.\.\.)\s*")


def open_stem(text: str) -> bool:
    """Whether a text is a stem left open: it ends in an ellipsis and opens with none (the line
    over goals that complete it, :func:`stem_goals`)."""
    t = " ".join((text or "").split())
    return bool(t) and re.search(r"(?:…|\.\.\.)$", t) is not None and not re.match(r"(?:…|\.\.\.)", t)


def stem_goals(doc, settings: GoalFormSettings = DEFAULT_GOAL_FORM_SETTINGS) -> list[FormGoal]:
    """Goals that each complete one opening stem: a line ending in an ellipsis whose words hold a
    modal or a verb of will, of at most ``stem_max_words`` words ("Kommunfullmäktige vill att
    måltiderna i Vällinge kommun …", "The council wants its schools to …"), then lines each opening
    with an ellipsis ("… lagas från grunden i kommunens egna kök."), in one paragraph the reader
    joined or in paragraphs of their own; each completion of ``lead_item_min_words`` …
    ``max_words`` words is a goal. [] when fewer than ``titled_min_count``. Why: a policy may write
    its goals as the endings of one sentence of will, the ellipsis standing for the stem each time;
    no completion holds a modal or a goal word of its own."""
    out: list[FormGoal] = []
    open_stem = False
    for b in getattr(doc, "blocks", None) or []:
        kind = str(getattr(b.kind, "value", b.kind))
        text = " ".join((b.text or "").split())
        if b.table is not None or kind not in ("paragraph", "list_item") or not text:
            open_stem = False
            continue
        pieces = _ELLIPSIS_RE.split(text)
        if len(pieces) < 2:
            open_stem = False
            continue
        stem, rest = pieces[0].strip(), pieces[1:]
        if stem:
            # a stem: at most stem_max_words words, one of them a modal or a verb of will
            words = re.findall(r"\w+", stem.lower())
            open_stem = len(words) <= settings.stem_max_words and bool(set(words) & _intent_words())
        if not open_stem:
            continue
        for k, piece in enumerate(p.strip() for p in rest):
            if settings.lead_item_min_words <= len(piece.split()) <= settings.max_words:
                out.append(FormGoal(f"{b.id}-s{k}", piece, _page(b), b.section_id, None))
    return out if len(out) >= settings.titled_min_count else []


def italic_goals(doc, settings: GoalFormSettings = DEFAULT_GOAL_FORM_SETTINGS) -> list[FormGoal]:
    """Goals set apart in italics: paragraphs set wholly in an italic cut (:attr:`Block.italic`),
    each of a goal sentence's length (``min_words`` … ``max_words``) holding a modal or a verb of
    will (:func:`_intent_words`; after a label's colon, when it opens with one), one whole sentence,
    standing in at least ``titled_min_count`` sections, in a document whose paragraphs are mostly
    upright. Why: a plan may print under each theme the goal
    for it in italics ("Under hvert tema står målet … i kursiv"), beside guidelines and
    descriptions that say "skal" too; the type is what tells the goal from them. An italic body
    (a whole document so set) tells nothing, nor does an italic line of no will (a caption, a
    subtitle)."""
    paragraphs = [
        b for b in getattr(doc, "blocks", None) or []
        if b.table is None and str(getattr(b.kind, "value", b.kind)) == "paragraph" and (b.text or "").strip()
    ]
    italic = [b for b in paragraphs if getattr(b, "italic", False) and not getattr(b, "item_note", False)]
    if not italic or 2 * len(italic) >= len(paragraphs):
        return []
    out = []
    for b in italic:
        text = " ".join(b.text.split())
        # the words after a label's colon ("How we measure it: …" over an indicator): the will in the
        # label is no goal's
        head, colon, tail = text.partition(":")
        said = tail if colon and len(head.split()) <= settings.lead_max_words else text
        if _one_sentence(text, settings) and set(re.findall(r"\w+", said.lower())) & _intent_words():
            out.append(FormGoal(b.id, text, _page(b), b.section_id, None))
    if len(out) < settings.titled_min_count or len({g.section_id for g in out}) < settings.titled_min_count:
        return []
    return out


def form_goals(doc, settings: GoalFormSettings = DEFAULT_GOAL_FORM_SETTINGS) -> list[FormGoal]:
    """The parent's goals in the first printed form that gives any (keyword-led, deadline-led,
    under a question heading, titled statements, a goal column of codes), in reading order; [] when none does."""
    if doc is None:
        return []
    for reader in (
        perspective_matrix_goals,
        row_label_goals,
        outcome_column_goals,
        success_label_goals,
        keyword_goals,
        deadline_goals,
        question_goals,
        titled_goals,
        coded_table_goals,
        run_in_goals,
        coded_line_goals,
        heading_line_goals,
        goal_column_goals,
        dated_lead_goals,
        first_person_goals,
        sentence_heading_goals,
        enumerated_goals,
        stem_goals,
        italic_goals,
    ):
        found = reader(doc, settings)
        if found:
            return found
    return []
