"""Goals a plan states only as sentences, read when the walk and every reading after it found
no goal, no strategy and no measure.

An overarching plan (a kommuneplanens samfunnsdel, a council plan) or a temaplan often sets out
its goals in a form none of the plan's structure marks as goals:

- sentences with a goal's modal ("X skal …", "Vi vil at …", "We will …", :data:`GOAL_STATEMENT_RE`)
  in paragraphs, headings, list items and table cells (a ``Tema | Dette ønsker vi``
  table); a sentence about the plans themselves ("Temaplanene skal vise …",
  :func:`about_the_plans`) or handing its subject to another plan (:func:`handed_on`) is none;
- bold lead sentences that open paragraphs, where that is the document's convention
  (:func:`lead_sentences`);
- headlines set beside large numbers "1", "2", "3" (:func:`numbered_headlines`);
- a plan that marks its statements (headings, list items, table cells, lead sentences or goal
  labels) states its goals there: a modal sentence of running text around them introduces or
  explains them.

:func:`statement_goals` reads them. ``build_plan`` adds them as the plan's goals when nothing
else gave a goal, a strategy or a measure (and the plan names itself overarching, or the form is a
strong one: see :func:`stated_sentence_goals`), and the rød tråd (:func:`plancheck.mandate.parents.parent_goals`)
takes a parent's goals from the plan, or from the same function where the plan's reading has
strategies or measures but no goal: plain check and ``--parent`` read the same goals in a parent."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import NamedTuple

from plancheck.extract.stated import DEFAULT_STATED_SETTINGS, unlabelled_goal_words, whole_sentence
from plancheck.models import BlockKind, Goal, Plan, Provenance
from plancheck.regexcache import longest_first


@dataclass(frozen=True)
class StatementSettings:
    """Tolerances of the reading of goals stated as sentences."""

    # a goal statement is a sentence of this many words (fewer: a title; more: an explanation)
    min_words: int = 4
    max_words: int = 45
    # a goal box's title run into its first goal ("Dette vil vi oppnå Bråtveit skal …") is at
    # most this many words
    box_title_max_words: int = 6
    # a bold lead sentence is a statement of this many words ("Residents are healthy and
    # active."), not a run-in label; the document's convention when at least lead_min_count
    # paragraphs open with one; a bold heading of lead_heading_min_words words or more that is
    # one such sentence is a lead sentence that filled its line
    lead_min_words: int = 4
    lead_min_count: int = 3
    lead_heading_min_words: int = 6
    # a strategy standing in for a goal states something ("VÆRDI 2" does not), and there are
    # several
    standin_min_words: int = 4
    standin_min_count: int = 2
    # a headline beside a large number states something ("Det är enkelt att välja cykeln";
    # "Inledning" names), and there are several
    headline_min_words: int = 3
    headline_min_count: int = 3
    # a numbered focus area's statement ("Priority 2: Healthy lives" over "Residents live longer
    # …") is one whole sentence of this many words, and a plan states several
    focus_statement_min_words: int = 5
    focus_statement_min_count: int = 3
    # words between a handed-on phrase and the plan it names ("i en egen skogplan")
    handed_window: int = 6
    # words between a verb of work on a plan and the plan it names ("rullere arealdelen")
    plan_work_window: int = 3
    # a plan that states at least this many goals in its elected body's name ("Byrådet vil …")
    # states its goals so: the other modal sentences of its running text explain them
    body_min_count: int = 3


DEFAULT_STATEMENT_SETTINGS = StatementSettings()


class StatementWords(NamedTuple):
    """The goal-statement groups of stated_vocab.yaml, every language at once."""

    modals: frozenset[str]  # the modal of a goal statement: "skal", "will"
    wanting: frozenset[str]  # "vil", "ønsker" after a first-person subject
    subjects: frozenset[str]  # that subject: "vi", "we"
    goal_modals: frozenset[str]  # every modal a goal may be worded with
    modal_chain: frozenset[str]  # auxiliaries between the modal and the verb ("skal kunne")
    lead_in_pronouns: frozenset[str]  # "vi" of a box title "Dette vil vi oppnå"
    handed_on: tuple[str, ...]  # "tas opp i": hands a subject to another plan
    plan_ends: tuple[str, ...]  # the endings of a plan's name after those words
    bodies: frozenset[str]  # the elected body stating the plan's will: "byrådet"
    body_wanting: frozenset[str]  # "vil", "vill" after it


@cache
def statement_words() -> StatementWords:
    from plancheck import yamlfile  # parsed once per machine, not with PyYAML in every check

    data = yamlfile.safe_load(Path(__file__).with_name("stated_vocab.yaml").read_text(encoding="utf-8")) or {}

    def words(key: str, sub: str = "words") -> list[str]:
        return [str(w).lower() for w in (data.get(key) or {}).get(sub, []) or []]

    return StatementWords(
        frozenset(words("goal_statements", "modals")),
        frozenset(words("goal_statements", "wanting")),
        frozenset(words("goal_statements", "subjects")),
        frozenset(words("goal_modals")),
        frozenset(words("goal_modals", "chain")),
        frozenset(words("lead_in_pronouns")),
        tuple(words("handed_on")),
        tuple(words("handed_on", "plan_ends")),
        frozenset(words("goal_statements", "bodies")),
        frozenset(words("goal_statements", "body_wanting")),
    )


def _alternation(words) -> str:
    # the words come from sets: longest first, and those of one length in a fixed order, so the
    # pattern is the same in every process (and compiled once per machine: plancheck.regexcache)
    return "|".join(re.escape(w) for w in sorted(words, key=longest_first)) or r"(?!x)x"


def _goal_statement_re() -> re.Pattern[str]:
    w = statement_words()
    return re.compile(
        rf"\b({_alternation(w.modals)})\b|^({_alternation(w.subjects)})\s+({_alternation(w.wanting)})\b"
        rf"|{_body_will_pattern()}",
        re.IGNORECASE,
    )


def _body_will_pattern() -> str:
    w = statement_words()
    return rf"^(?:{_alternation(w.bodies)})\s+(?:{_alternation(w.body_wanting)})\b"


#: a goal statement: "X skal …", "Vi vil at …", "We will …", "Byrådet vil …" (the modal of a
#: goal in a plan, or the elected body's will; the words are ``goal_statements`` of
#: stated_vocab.yaml)
GOAL_STATEMENT_RE = _goal_statement_re()

#: a goal stated in the elected body's name: "Byrådet vil …", "Kommunestyret vil …"
BODY_WILL_RE = re.compile(_body_will_pattern(), re.IGNORECASE)

#: where a statement's sentence ends: after a full stop, a question or exclamation mark, a
#: semicolon or a colon, before a capital, a digit, a quotation mark or a bracket
SENTENCE_RE = re.compile(r"(?<=[.!?;:])\s+(?=[A-ZÆØÅ0-9«\"(])")


def statement_sentences(text: str) -> list[str]:
    """The sentences of ``text`` (split at :data:`SENTENCE_RE`)."""
    return [p for p in SENTENCE_RE.split(" ".join(text.split())) if p.strip()]


@cache
def _handed_on_re(window: int = DEFAULT_STATEMENT_SETTINGS.handed_window) -> re.Pattern[str]:
    w = statement_words()
    phrases = sorted(w.handed_on, key=len, reverse=True)
    verbs = "|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases) or r"(?!x)x"
    plan = rf"(?:\w*(?:{_alternation(w.plan_ends)})|plan)\b"
    return re.compile(rf"\b(?:{verbs})\b(?:\W+\w+){{0,{window}}}?\W+{plan}", re.IGNORECASE)


def handed_on(text: str, settings: StatementSettings = DEFAULT_STATEMENT_SETTINGS) -> bool:
    """Whether ``text`` hands its subject to another plan ("Skogbruket tas opp i en egen
    skogplan", "… vert følgde opp i trafikktryggingsplanen"; the ``handed_on`` phrases of
    stated_vocab.yaml before a plan's name). Why: such a sentence says the plan does not set
    the goal itself; it is no goal of the plan, and no evidence that a child follows one up."""
    return bool(_handed_on_re(settings.handed_window).search(text))


def without_box_title(sentence: str, settings: StatementSettings = DEFAULT_STATEMENT_SETTINGS) -> str:
    """``sentence`` without a goal box's title run into it ("Dette vil vi oppnå Bråtveit skal ha
    levende sentrum …" → "Bråtveit skal ha …"): up to ``box_title_max_words`` words holding a
    goal modal and a first-person pronoun (``lead_in_pronouns`` in stated_vocab.yaml), no
    punctuation among them, followed by a capitalised word that opens a goal statement of at
    least three words ("Vi vil at Nordby skal …" loses only words that weigh nothing). Why: a
    samfunnsdel's shaded goal box prints its title without a full stop above its first goal, and
    the reader joins the two lines; the title's words ("oppnå") are no part of the goal."""
    w = statement_words()
    words = sentence.split()
    for k in range(2, min(settings.box_title_max_words, len(words) - 3) + 1):
        head, rest = words[:k], words[k:]
        low = [x.lower() for x in head]
        if any(not x.isalpha() for x in head):
            return sentence
        if (
            rest[0][:1].isupper()
            and any(x in w.goal_modals for x in low)
            and any(x in w.lead_in_pronouns for x in low)
            and GOAL_STATEMENT_RE.search(" ".join(rest))
        ):
            return " ".join(rest)
    return sentence


def lead_sentences(doc, settings: StatementSettings = DEFAULT_STATEMENT_SETTINGS) -> dict[tuple[int | None, str], str]:
    """(page, paragraph text) → the bold sentence that opens it, where the document sets its
    statements as bold lead sentences of paragraphs ("**Every household lives within a
    ten-minute walk of a park.** Today 61 percent …"): a run-in (:attr:`Block.run_in`) that is a
    whole sentence of ``lead_min_words`` or more ending in a full stop, on at least
    ``lead_min_count`` paragraphs. A bold heading that is one such sentence of
    ``lead_heading_min_words`` or more, ending in a full stop, is one too: the lead sentence
    filled its line, and the reader took the line for a heading.

    Why: a samfunnsdel may mark its goals by type alone, no label and no modal ("**The river
    and its floodplain are protected and restored.** The river floods …"); the bold opening is
    the goal, the regular text after it explains. A run-in label ("**Ansvar:** …") ends in a
    colon and is no sentence; a few bold sentences for emphasis are not a convention."""
    runs = [
        b
        for b in doc.blocks
        if b.kind == BlockKind.paragraph and b.run_in and whole_sentence(b.run_in, settings.lead_min_words)
    ]
    if len(runs) < settings.lead_min_count:
        return {}
    out = {(b.provenance.page, " ".join(b.text.split())): " ".join(b.run_in.split()) for b in runs}
    for b in doc.blocks:
        if b.kind == BlockKind.heading and b.bold and whole_sentence(b.text, settings.lead_heading_min_words):
            text = " ".join(b.text.split())
            out[(b.provenance.page, text)] = text
    return out


_QUOTED_RE = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"]*\"")


def about_the_plans(sentence: str) -> bool:
    """Whether a sentence of running text with a goal's modal speaks of plans, not of what the
    municipality is to become: its modal stands only inside quotation marks ("Måla står i
    teksten som setningar som byrjar med «Vi skal»"), or the subject before its first modal of
    obligation is a plan or document (``unlabelled_goals.document_ends``) and the verb after
    it one of what a document does (``document_verbs``: "Kvar temaplan skal seie korleis …",
    "Handlingsdelen skal rullerast årleg"; "Nye planer skal sikre trygg byggegrunn" sets a rule),
    or the plan is the subject of a main clause whose verb is no modal, the modal standing in a
    clause under it after a subordinator of ``unlabelled_goals`` ("Planen viser hva kommunen
    skal gjøre", "The strategy sets out the plans that shall be revised").

    Why: a samfunnsdel that states its goals as sentences in prose introduces and closes them
    with sentences about how its goals are written and followed up; those are no goals."""
    if not GOAL_STATEMENT_RE.search(_QUOTED_RE.sub(" ", sentence)):
        return True
    if works_on_a_plan(sentence):
        return True
    sub = unlabelled_goal_words()
    words = re.findall(r"[\w-]+", sentence.lower())
    at = next((i for i, w in enumerate(words) if w in sub.get("modals", ())), None)
    ends = tuple(sub.get("document_ends", ()))
    if at is not None and at >= 2 and words[0].endswith(ends) and any(
        w in sub.get("subordinators", ()) for w in words[1:at]
    ):
        # the plan is the subject of a main clause without the modal, which stands in a clause
        # under it: "Dokumentet viser hvilke tiltak som skal prioriteres"
        return True
    if at is None or not 1 <= at <= DEFAULT_STATED_SETTINGS.subject_max_words or at + 1 >= len(words):
        return False
    return words[at - 1].endswith(ends) and words[at + 1] in sub.get(
        "document_verbs", ()
    )


def works_on_a_plan(sentence: str, settings: StatementSettings = DEFAULT_STATEMENT_SETTINGS) -> bool:
    """Whether a goal modal or the body's will ("skal", "vil") is followed, past the modal's
    auxiliaries, by a verb of work on a plan (``unlabelled_goals.plan_work_verbs``: "revidere",
    "rullere") and within ``plan_work_window`` words by a plan or document
    (``unlabelled_goals.document_ends``): "Kommunestyret vil rullere arealdelen som en
    temarevisjon". Why: a planstrategi decides how its plans are revised in the same form it
    states its ambitions; that decision is about the planning process, no goal a child follows
    up."""
    sub = unlabelled_goal_words()
    w = statement_words()
    verbs = sub.get("plan_work_verbs", frozenset())
    ends = tuple(sub.get("document_ends", ()))
    words = re.findall(r"[\w-]+", sentence.lower())
    wills = w.goal_modals | w.body_wanting | w.wanting
    for i, word in enumerate(words):
        if word not in wills:
            continue
        j = i + 1
        while j < len(words) and words[j] in w.modal_chain:
            j += 1
        if j < len(words) and words[j] in verbs:
            after = words[j + 1 : j + 1 + settings.plan_work_window]
            if any(x.endswith(ends) for x in after):
                return True
    return False


def body_rows(table) -> list:
    """The rows of ``table`` that hold its content: its body, and before it the row it was drawn
    with at its top when that row reads as a body row (see
    :func:`plancheck.extract.tables.header_reads_as_row`); it is then the first row."""
    from plancheck.extract.tables import header_reads_as_row
    from plancheck.models import Cell

    texts = [[c.text for c in row] for row in table.rows]
    if not header_reads_as_row(list(table.header), texts):
        return list(table.rows)
    page = table.pages[0] if table.pages else None
    top = [Cell(row=0, col=k, text=h or "", page=page) for k, h in enumerate(table.header)]
    return [top, *table.rows]


def names_parent_goals_header(text: str) -> bool:
    """Whether a table header cell names the goals of a plan above this one: "<parent_goal> i <parent_plan>"
    ("Mål i samfunnsdelen", "Outcome in the Council Plan") or "<parent_plan> <parent_goal>"
    ("Borough Plan theme", "Kommunens mål"), by the lexicon's ``links`` words. Why: such a
    column gives each row's parent goal, by number or by a short name; its cells quote that
    plan's goals, and are none of this plan's own."""
    from plancheck.lang.vocab import link_words

    t = " ".join((text or "").lower().split()).strip(" :")
    plans = [p.lower() for p in link_words("parent_plan")]
    goals = [g.lower() for g in link_words("parent_goal")]
    if any(t in (f"{p} {g}", f"{p}-{g}") for p in plans for g in goals) or t in (
        c.lower() for c in link_words("parent_goal_compound")
    ):
        return True
    return any(
        t.startswith(g + " ") and t.split(maxsplit=2)[1:2] and t.endswith(" " + p)
        and len(t.split()) <= len(g.split()) + len(p.split()) + 2
        for g in goals
        for p in plans
    )


def statements(
    plan: Plan,
    doc=None,
    *,
    parent: bool = False,
    skip=None,
    settings: StatementSettings = DEFAULT_STATEMENT_SETTINGS,
) -> list[tuple[str, str, str, int | None]]:
    """(id, kind, text, page) of the goal-like statements and list items of a plan: sentences
    with a goal's modal in paragraphs, list items and table cells (``doc``, an ingest Document,
    gives the tables and the lead sentences). Ids are the passage's ("p7", "p7.2" for its second
    sentence) or the cell's ("b8-r2c1"). Why: a samfunnsdel with its goals in a "Mål |
    Strategiar" table, or "Vi vil at …" paragraphs, still has goals. In a ``parent`` (a plan
    read for its own goals) the sentences about its plans are none (:func:`about_the_plans`),
    nor are the cells of a column quoting the goals of a plan above it
    (:func:`names_parent_goals_header`, "Mål i kommuneplanen"); a child's quotation of a parent goal («…» over its section) stays, as the reference it is.
    ``skip``: a further test of sentences that are none (the rød tråd's deferrals)."""
    from plancheck.extract.tables import bulleted_items

    out: list[tuple[str, str, str, int | None]] = []
    seen: set[str] = set()

    def add(ident: str, kind: str, text: str, page: int | None) -> None:
        for n, sent in enumerate(statement_sentences(text)):
            sent = without_box_title(" ".join(sent.split()), settings)
            words = len(sent.split())
            key = sent.lower()
            if (
                key in seen
                or not settings.min_words <= words <= settings.max_words
                or sent.endswith(":")
                or handed_on(sent, settings)
                or (skip is not None and skip(sent))
            ):
                continue
            if kind not in ("list_item", "lead_sentence") and not GOAL_STATEMENT_RE.search(sent):
                continue
            if parent and kind == "paragraph" and about_the_plans(sent):
                continue
            seen.add(key)
            out.append((f"{ident}.{n + 1}" if n else ident, kind, sent, page))

    leads = lead_sentences(doc, settings) if doc is not None else {}
    for p in plan.passages:
        lead = leads.get((p.page, " ".join(p.text.split())))
        if lead is not None:
            add(p.id, "lead_sentence", lead, p.page)
        add(p.id, str(getattr(p.kind, "value", p.kind)), p.text, p.page)
    if doc is not None:
        for b in doc.blocks:
            if b.table is None:
                continue
            quoting = {c for c, h in enumerate(b.table.header) if names_parent_goals_header(h or "")}
            for r, row in enumerate(body_rows(b.table)):
                for cell in row:
                    if parent and cell.col in quoting:
                        continue  # "Mål i kommuneplanen": the goals of the plan above, quoted
                    if cell.merged_from is None and cell.text.strip():
                        # a cell of bullets ("• A ska … • B ska …") states one goal per bullet
                        ident = f"{b.id}-r{r + 1}c{cell.col + 1}"
                        for k, part in enumerate(bulleted_items(cell.text) or [cell.text]):
                            add(f"{ident}b{k + 1}" if k else ident, "table_cell", part, cell.page)
    return out


GOAL_ROLES = frozenset({"main_goal", "goal", "sub_goal"})
# "Resultatmål: …", "Hovudmål 2: …", "Delmål 4.2 – …": a role label before the statement
LABEL_RE = re.compile(r"^\s*([^\W\d][\w -]{1,40}?(?:\s+\d+(?:\.\d+)*[a-z]?)?)\s*[:–—]\s+(\S.*)$")
# the number of a role label: "A1", "B.2", "2a", "1.3", a lone letter "C"
LABEL_NUMBER_RE = re.compile(r"\s+(?:[A-ZÆØÅ]?\d+(?:\.\d+)*[a-z]?|[A-ZÆØÅ](?:\.\d+)*)$")


def label_role(label: str) -> str | None:
    """The role a label names ("Hovudmål 2" → main_goal, "Mål D3" → goal), its number — digits,
    or a focus area's letter with digits — left out when the lexicon does not know it as
    written. Why: samfunnsdeler number goals under lettered focus areas ("Mål D3:",
    "Delmål E.2:"), a numbering the heading words of the lexicon need not list."""
    from plancheck.lang.vocab import heading_role

    role = heading_role(label)
    if role is None:
        bare = LABEL_NUMBER_RE.sub("", label.strip())
        role = heading_role(bare) if bare and bare != label.strip() else None
    return role


def labelled_goal(text: str) -> bool:
    """Whether a paragraph opens with a goal label of the lexicon ("Mål D3: …", "Resultatmål:
    …"), see :func:`label_role`."""
    m = LABEL_RE.match(" ".join(text.split()))
    return bool(m and label_role(m.group(1)) in GOAL_ROLES)


def standing_in_strategies(
    plan: Plan, settings: StatementSettings = DEFAULT_STATEMENT_SETTINGS, *, skip=None
) -> list[tuple[str, str, str, int | None]]:
    """(id, kind, text, page) of the strategies of a plan that states neither goals nor
    goal statements, each of ``standin_min_words`` words or more, when there are at least
    ``standin_min_count``; else [].

    Why: an overarching policy may set out what the council wants only as "Vi vil" / "We
    will" lists under its values ("Vi vil • sikre, at alle børn …"), which the lexicon files
    under strategy; with nothing above them they are the highest aims the policy states, and
    what the plans below it follow up. A plan that does state goals keeps its strategies
    apart from them (a "We will:" list beside "Outcomes" is a list of commitments)."""
    out = [
        (s.id, "strategy", " ".join(s.text.split()), s.page)
        for s in plan.strategies
        if len(s.text.split()) >= settings.standin_min_words
        and not handed_on(s.text, settings)
        and not (skip is not None and skip(s.text))
    ]
    return out if len(out) >= settings.standin_min_count else []


_BARE_NUMBER_RE = re.compile(r"^\s*(\d{1,2})\.?\s*$")


def numbered_headlines(
    plan: Plan, settings: StatementSettings = DEFAULT_STATEMENT_SETTINGS
) -> list[tuple[str, str, str, int | None]]:
    """(id, kind, text, page) of the headlines a plan sets beside large numbers: a heading that
    is a bare number ("1", "2.") next to a heading of ``headline_min_words`` words or more
    (the one before it, else the one after it), the numbers running 1, 2, 3 … over at least
    ``headline_min_count`` headlines; else [].

    Why: a vision page ("Vision 2040", "Where we want to be") prints each goal as a short headline
    beside a large number over a paragraph explaining it; no full stop, no modal, no goal word.
    The reader takes the number and the headline for two headings (the larger type first or
    last, as the text layer has it); the headlines are the goals. Used only for a plan that
    states no goals in any other way."""
    passages = list(plan.passages)
    heads = [str(getattr(p.kind, "value", p.kind)) == "heading" for p in passages]
    out: list[tuple[str, str, str, int | None]] = []
    used: set[int] = set()
    expected = 1
    for i, p in enumerate(passages):
        m = _BARE_NUMBER_RE.match(p.text) if heads[i] else None
        if m is None:
            continue
        if int(m.group(1)) != expected:
            return []
        pick = None
        for j in (i - 1, i + 1):
            if 0 <= j < len(passages) and heads[j] and j not in used:
                text = " ".join(passages[j].text.split())
                if not _BARE_NUMBER_RE.match(text) and len(text.split()) >= settings.headline_min_words:
                    pick = j
                    break
        if pick is None:
            return []
        used.add(pick)
        q = passages[pick]
        out.append((q.id, "heading", " ".join(q.text.split()), q.page))
        expected += 1
    return out if len(out) >= settings.headline_min_count else []


def focus_statements(
    plan: Plan, settings: StatementSettings = DEFAULT_STATEMENT_SETTINGS
) -> list[tuple[str, str, str, int | None]]:
    """(id, kind, text, page) of the statements a plan prints under its numbered focus areas: a
    heading labelled as a focus area with a number ("Priority 2: Healthy lives", the label's
    role from the lexicon, see :func:`label_role`) followed by a paragraph that is one whole
    sentence of ``focus_statement_min_words`` words or more (:func:`whole_sentence`) and that is
    the only passage before the next heading; at least ``focus_statement_min_count`` of them,
    else [].

    Why: a corporate plan states each priority as an outcome in the present tense under the
    priority's heading ("Residents live longer …"), with no modal and no goal word, and lists
    its measures of success under a heading of their own; the statement is the goal the plans
    below it serve, the heading names it."""
    passages = list(plan.passages)
    kinds = [str(getattr(p.kind, "value", p.kind)) for p in passages]
    out: list[tuple[str, str, str, int | None]] = []
    for i, p in enumerate(passages[:-1]):
        if kinds[i] != "heading":
            continue
        m = LABEL_RE.match(" ".join(p.text.split()))
        if m is None or not LABEL_NUMBER_RE.search(m.group(1)) or label_role(m.group(1)) != "focus_area":
            continue
        q = passages[i + 1]
        text = " ".join(q.text.split())
        if kinds[i + 1] != "paragraph" or not whole_sentence(text, settings.focus_statement_min_words):
            continue
        if i + 2 < len(passages) and kinds[i + 2] != "heading":
            continue
        out.append((q.id, "focus_statement", text, q.page))
    return out if len(out) >= settings.focus_statement_min_count else []


def statement_goals(
    plan: Plan, doc=None, *, skip=None, settings: StatementSettings = DEFAULT_STATEMENT_SETTINGS
) -> list[tuple[str, str, str, int | None]]:
    """(id, kind, text, page) of the goals a plan states as sentences (see the module): its goal
    statements (:func:`statements`, a list item only with a goal's modal); when there are none,
    its strategies standing in for goals (:func:`standing_in_strategies`, kind "strategy");
    when none of them is marked as a statement, the headlines beside large numbers
    (:func:`numbered_headlines`). Where the plan marks its statements (headings, list items,
    table cells, lead sentences, paragraphs led by a goal label), the modal sentences of its
    running text around them are left out. Reads the passages, strategies and ``doc``'s tables,
    never the plan's goals."""
    found = [
        (ident, kind, text, page)
        for ident, kind, text, page in statements(plan, doc, parent=True, skip=skip, settings=settings)
        if kind != "list_item" or GOAL_STATEMENT_RE.search(text)
    ]
    labelled = {p.id for p in plan.passages if labelled_goal(p.text)}

    def marked(ident: str, kind: str) -> bool:
        return kind != "paragraph" or ident.split(".")[0] in labelled

    if sum(1 for f in found if f[1] == "paragraph" and BODY_WILL_RE.match(f[2])) >= settings.body_min_count:
        # the plan states its goals in its elected body's name ("Byrådet vil …"): a modal
        # sentence of running text beside them ("Skogen … skal fortsatt gi arbeidsplasser")
        # sets the scene for them
        found = [f for f in found if f[1] != "paragraph" or BODY_WILL_RE.match(f[2])]
    if not found:
        found = standing_in_strategies(plan, settings, skip=skip)
    if not any(marked(ident, kind) for ident, kind, _t, _p in found):
        # headlines beside large numbers mark the goals; a sentence of running text with a
        # modal around them introduces them ("Målbilden beskriver hur … ska vara")
        found = numbered_headlines(plan, settings) or found
    marked_found = [f for f in found if marked(f[0], f[1])]
    focused = focus_statements(plan, settings)
    if len(focused) > len(marked_found):
        # the statements under numbered focus areas are the plan's form for its goals when they
        # outnumber the statements it marks in any other way (a heading "How we will …")
        return focused
    # where the plan marks its goals (headings, list items, table cells, "Mål D3:" labels), a
    # sentence of running text with a modal explains or introduces them ("Det vil si at …
    # skal …", "Planen viser hva kommunen skal …")
    return marked_found or found


CELL_ID_RE = re.compile(r"^(?P<row>b\d+-r\d+)c\d+(?P<more>\S*)$")  # "b6-r1c2", "b6-r1c2.2"


def number_cell(text: str) -> str | None:
    """The code of a table cell that holds only a goal's number, bare or after a goal word of the
    lexicon ("Mål 2", "Outcome 3", "1A", "4"), else None. Why: a budget system prints each goal
    as a row with its number in a cell of its own ("Mål 2" | "Kommunens klimatpåverkan ska …"),
    and the child names the goal by that number ("Fullmäktiges mål 4")."""
    from plancheck.extract.roles import item_codes

    t = " ".join((text or "").split()).strip(" .:")
    codes = item_codes(t)
    if len(codes) != 1 or not any(ch.isdigit() for ch in codes[0]):
        return None
    if t.casefold() == codes[0].casefold() or label_role(t) in GOAL_ROLES:
        return codes[0]
    return None


def row_numbers(doc, idents: list[str]) -> dict[str, str]:
    """Statement id (:func:`statements`: "b6-r1c2") → the number in a cell of its own of the
    same table row (:func:`number_cell`), for a cell that holds the only goal read from its row.
    A number cell before the goal's cell is its number; only when there is none, one anywhere in
    the row. Why: a goal in a "Mål n | goal" row has that number, as a goal typed after "Mål n:"
    has; a row whose goal cell holds several goals numbers a focus area, not each of them; a
    value after the goal ("Nr. | Mål | Indikator | Status": "6") counts, it numbers nothing."""
    per_row: dict[str, list[str]] = {}
    for ident in idents:
        m = CELL_ID_RE.match(ident)
        if m:
            per_row.setdefault(m.group("row"), []).append(ident)
    if not per_row:
        return {}
    out: dict[str, str] = {}
    for b in getattr(doc, "blocks", None) or []:
        if b.table is None:
            continue
        for r, row in enumerate(body_rows(b.table)):
            held = per_row.get(f"{b.id}-r{r + 1}", [])
            if len(held) != 1 or CELL_ID_RE.match(held[0]).group("more"):
                continue
            col = int(re.match(r"b\d+-r\d+c(\d+)", held[0]).group(1)) - 1
            # a number before the goal numbers it; a count after it ("Status: 6") is a value
            before = [c for cell in row if cell.col < col and (c := number_cell(cell.text))]
            codes = before or [c for cell in row if (c := number_cell(cell.text))]
            if len(codes) == 1:
                out[held[0]] = codes[0]
    return out


_CODE_NUMBER_RE = re.compile(r"^\d{1,2}(?:\.\d{1,2})+$")


def _box(bbox) -> tuple | None:
    return None if bbox is None else (bbox.x0, bbox.top, bbox.x1, bbox.bottom)


def item_numbers(plan: Plan, doc, idents: list[str]) -> dict[str, str]:
    """Statement id (:func:`statements`: "p6", a passage read whole) → the number of the list
    item it was read from, when that number is a code of two levels or more ("1.1", "2.3"). Why:
    a regional plan sets each goal beside a badge with its code under numbered chapters, the
    reader takes the badge for the item's number, and the plans below cite the goal by it ("jf.
    regionplanen mål 3.2"). A list's own count ("1.", "2.") starts again in each chapter and
    names no goal of the plan."""
    if doc is None:
        return {}
    numbered: dict[tuple, str] = {}
    for b in getattr(doc, "blocks", None) or []:
        number = (getattr(b, "number", None) or "").strip().rstrip(".")
        if b.kind == BlockKind.list_item and _CODE_NUMBER_RE.match(number):
            numbered[(b.provenance.page, _box(b.provenance.bbox), b.text)] = number
    if not numbered:
        return {}
    passages = {p.id: p for p in plan.passages}
    out: dict[str, str] = {}
    for ident in idents:
        p = passages.get(ident)
        if p is not None and (n := numbered.get((p.provenance.page, _box(p.provenance.bbox), p.text))):
            out[ident] = n
    return out


def statement_section(ident: str, section_of: dict[str, str]) -> str | None:
    """The section of a statement id ("p9", "p9.2", "b4-r2c1") in ``section_of`` (item, passage
    or block id → section id)."""
    return section_of.get(ident) or section_of.get(ident.split(".")[0].split("-r")[0])


def sections_by_id(plan: Plan, doc=None) -> dict[str, str]:
    """Item, passage or block id → its section id."""
    out: dict[str, str] = {}
    for attr in ("goals", "strategies", "measures", "indicators", "passages"):
        for item in getattr(plan, attr, None) or []:
            if getattr(item, "section_id", None):
                out[item.id] = item.section_id
    if doc is not None:
        for b in doc.blocks:
            if b.section_id:
                out.setdefault(b.id, b.section_id)
    return out


def stated_sentence_goals(plan: Plan, doc, settings: StatementSettings = DEFAULT_STATEMENT_SETTINGS) -> list[Goal]:
    """Add the goals the plan states as sentences (:func:`statement_goals`) when the plan has no
    goal, no strategy and no measure, and either names itself an overarching plan on its title page
    (:attr:`Plan.plan_type`: a kommuneplanens samfunnsdel, a council plan) or states them as
    headlines beside large numbers or bold lead sentences; returns the goals added. Each goal has the section of
    the passage or table it was read from, the number a cell of its own in its row gives it
    (:func:`row_numbers`), and the provenance of its passage or cell: page, box and the text as
    printed.

    Why: a samfunnsdel checked alone has the goals ``--parent`` reads in it; a check that finds
    nothing in a plan whose goals are sentences reports nothing checked. Read as a parent
    (``--parent`` says what the document is) the same goals count whatever its type; checked
    alone, a mandate, a saksframlegg or a planprogram writes "skal" sentences that set no goal
    of a plan, and a false goal costs the planner's trust."""
    if plan.goals or plan.measures or plan.strategies:
        # strategies read: the walk understood the plan's structure of aims (as for
        # :func:`plancheck.extract.stated.stated_goals`); a modal sentence over them may be a
        # heading of their theme, and the links the walk would give them to it are not the plan's
        return []
    found = statement_goals(plan, doc, settings=settings)
    if not found:
        return []
    ptype = getattr(plan.plan_type, "kind", None)
    if str(getattr(ptype, "value", ptype)) != "overarching":
        # a modal sentence alone is no goal of a document that does not name itself an
        # overarching plan: a mandate's "Beskrive hvordan … skal …", a saksframlegg's "Planen
        # skal legges fram …"; headlines beside large numbers and bold lead sentences are a form
        # the document chose for its aims
        by_form = {ident for ident, *_r in numbered_headlines(plan, settings)}
        if not all(ident in by_form or kind == "lead_sentence" for ident, kind, _t, _p in found):
            return []
    section_of = sections_by_id(plan, doc)
    numbers = row_numbers(doc, [ident for ident, *_r in found]) if doc is not None else {}
    numbers.update(item_numbers(plan, doc, [ident for ident, *_r in found]))
    passages = {p.id: p for p in plan.passages}
    cells: dict[str, tuple] = {}  # "b8-r2c1" → (cell, table block)
    if doc is not None:
        for b in doc.blocks:
            if b.table is None:
                continue
            for r, row in enumerate(body_rows(b.table)):
                for cell in row:
                    cells[f"{b.id}-r{r + 1}c{cell.col + 1}"] = (cell, b)
    added: list[Goal] = []
    for ident, _kind, text, page in found:
        base = ident.split(".")[0]
        cell_id = re.match(r"b\d+-r\d+c\d+", ident)
        if base in passages:
            p = passages[base]
            prov = Provenance(
                page=p.page,
                bbox=p.provenance.bbox,
                source_text=p.provenance.source_text or p.text,
                location=p.provenance.location,
            )
        else:
            cell, block = cells.get(cell_id.group(0), (None, None)) if cell_id else (None, None)
            prov = Provenance(
                page=page,
                bbox=getattr(cell, "bbox", None),
                source_text=cell.text if cell is not None else text,
                location=block.provenance.location if block is not None else None,
            )
        goal = Goal(
            id=f"goal-{len(plan.goals) + 1}",
            text=text,
            page=page,
            section_id=statement_section(ident, section_of),
            number=numbers.get(ident),
            provenance=prov,
        )
        plan.goals.append(goal)
        added.append(goal)
    return added
