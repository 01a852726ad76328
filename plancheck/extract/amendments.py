"""A council decision that adopts the plan with amendments, the draft printed unchanged with it.

A plan as published after adoption is often the draft the administration put forward, untouched,
with the council's decision in front of it (a saksprotokoll's 'Formannskapets vedtak', a
'Kommunfullmäktiges beslut', a minute 'RESOLVED that the plan be adopted subject to the following
amendments'). The decision strikes a measure ('Tiltak 5.2 strykes'), moves a deadline ('Frist for
tiltak 1.4 endres fra 2028 til 2027'), hands a measure to another body ('Ansvaret for tiltak 3.2
flyttes fra A til B') or adds one ('Nytt tiltak 4.3 under mål 4: … Ansvar: … Frist: …'). What the
council adopted is the draft with those changes; the tables still print the draft's values.

:func:`apply_amendments` reads the decision and applies it to the plan the walk read from the
draft. It reads STRUCTURE first: a clause that opens a list of amendments (the lexicon's
``amendments: adopted_with``), then the paragraphs after it, each an amendment of one of four
fixed forms built from the lexicon's words (``plancheck/lang/data/*.yaml``, ``amendments``) and the
measure and goal label words (``labels``). An amendment addresses a measure by its label and
number ("tiltak 2.1", "action 2.1", "åtgärd 2.1"); it is applied only when exactly one measure
of the plan carries that number, when the value it says it changes FROM is the measure's value
(a decision that quotes another value speaks of something else), and when a new measure's goal
is exactly one goal of the plan. Anything else leaves the draft as it stands: no guess.

Each change is recorded in ``Plan.amendments`` with the decision's page and sentence as its
provenance; a new measure's own page is the decision's page. Sentences of the decision the walk
read as items ('Tiltak 2.2 vert stroke.' read as a measure labelled 2.2) are no items.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from plancheck.models import Amendment, Block, BlockKind, Document, Measure, Plan


@dataclass(frozen=True)
class AmendmentSettings:
    # blocks read after the clause that opens the amendments (a decision's list is short; the
    # draft follows under a heading, where reading stops)
    window_blocks: int = 40
    # words a striking amendment may go on with after its verb ("utgår av planen", "is deleted
    # from the plan"); more is a sentence of its own that says something else
    delete_tail_words: int = 4


_CODE = r"(?P<num>[^\W\d_]{0,3}\d{1,2}(?:[.\-]\d{1,2}){0,3}[a-z]?)"
# an enumeration mark opening a decision's point: "2.", "a)", "(b)", "iv."
_ENUM = re.compile(r"^\s*(?:\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]|[-–•])\s+", re.IGNORECASE)
_QUOTES = "«»\"'“”‘’"


def _words(key: str) -> list[str]:
    from plancheck.lang.vocab import section_words

    return section_words("amendments", key)


def _alt(words: list[str]) -> str:
    from plancheck.lang.vocab import alternation

    return alternation(sorted(words, key=len, reverse=True)) if words else r"(?!)"


def _labels(role: str) -> list[str]:
    from plancheck.lang.vocab import LABEL_WORDS

    return [w for ws in (LABEL_WORDS.get(role) or {}).values() for w in ws if not w.startswith("*")]


@cache
def _gate() -> re.Pattern[str]:
    """The clause that opens a decision's amendments (compiled alone: most plans have none, and
    the forms of the amendments are compiled only for a plan that has it)."""
    return re.compile(rf"\b(?:{_alt(_words('adopted_with'))})\b", re.IGNORECASE)


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    art = rf"(?:(?:{_alt(_words('article'))})\s+)?"
    ref = rf"(?:{_alt(_labels('measure'))})\s+{_CODE}"
    end = r"\s*[.;]?\s*$"
    flags = re.IGNORECASE
    return {
        "delete_after": re.compile(rf"^{art}{ref}\s*,?\s+(?:{_alt(_words('delete_after'))})\b(?P<tail>[^.;]*){end}", flags),
        "delete_before": re.compile(rf"^(?:{_alt(_words('delete_before'))})\s+{art}{ref}\b(?P<tail>[^.;]*){end}", flags),
        "change": re.compile(
            rf"^{art}(?P<field>{_alt(_words('deadline_field') + _words('owner_field'))})\s+(?:{_alt(_words('for'))})\s+"
            rf"{art}{ref}\s+(?:{_alt(_words('change'))})\s+(?:(?:{_alt(_words('from'))})\s+(?P<old>.+?)\s+)?"
            rf"(?:{_alt(_words('to'))})\s+(?P<new>.+?){end}",
            flags,
        ),
        "new": re.compile(
            rf"^(?:{_alt(_words('new'))})\s+(?:{_alt(_labels('measure'))})(?:\s+{_CODE})?"
            rf"(?:\s+(?:{_alt(_words('added'))}))?"
            rf"(?:\s+(?:{_alt(_words('under'))})\s+{art}(?:{_alt(_labels('goal'))})\s+(?P<goal>\d{{1,2}}(?:\.\d{{1,2}})?))?"
            rf"(?:\s+(?:{_alt(_words('added'))}))?\s*[:–—-]\s*(?P<body>.+)$",
            flags,
        ),
    }


def _plain(text: str) -> str:
    return " ".join(text.split())


def _value_key(text: str | None) -> str:
    return _plain((text or "").strip(_QUOTES + " .;,")).casefold()


def _number_key(number: str | None) -> str:
    return (number or "").strip().rstrip(".)").casefold()


@dataclass
class _Read:
    kind: str
    number: str
    block: Block
    field: str | None = None
    old: str | None = None
    new: str | None = None
    goal: str | None = None
    body: str | None = None


def read_amendment(text: str, block: Block, settings: AmendmentSettings = AmendmentSettings()) -> _Read | None:
    """The amendment one point of a decision states, or None."""
    text = _ENUM.sub("", _plain(text), count=1)
    pats = _patterns()
    for kind in ("delete_after", "delete_before"):
        m = pats[kind].match(text)
        if m and len(m.group("tail").split()) <= settings.delete_tail_words:
            return _Read("delete", m.group("num"), block)
    m = pats["change"].match(text)
    if m:
        field = "deadline" if m.group("field").lower() in {w.lower() for w in _words("deadline_field")} else "owner"
        new = m.group("new").strip(_QUOTES + " ")
        return _Read(field, m.group("num"), block, old=m.group("old"), new=new) if new else None
    m = pats["new"].match(text)
    if m:
        return _Read("new", m.group("num") or "", block, goal=m.group("goal"), body=m.group("body"))
    return None


_SENTENCE_END = re.compile(r"(?<=[.;])\s+(?=\S)")


def _sentences(text: str) -> list[str]:
    """The sentences of a decision's paragraph, a sentence of labelled fields only ('Ansvar:
    Helse og omsorg.', 'Frist: <år>.') kept with the sentence before it: the points of a
    decision written on in one paragraph are read one by one, and a measure added keeps its
    fields."""
    from plancheck.extract.fields import field_line

    out: list[str] = []
    for part in _SENTENCE_END.split(_plain(text)):
        if out and ":" in part and field_line(part.rstrip(".;")):
            out[-1] = f"{out[-1]} {part}"
        else:
            out.append(part)
    return out


def _decision(doc: Document, settings: AmendmentSettings) -> list[_Read]:
    """The amendments of the decision in ``doc``: the points after the clause that opens them
    (in the paragraphs after it, or written on after it in its own paragraph)."""
    opens = _gate()
    out: list[_Read] = []
    blocks = doc.blocks
    for i, block in enumerate(blocks):
        if block.kind == BlockKind.table or not block.text or not (gate := opens.search(block.text)):
            continue
        parts = [(block, block.text[gate.end() :].lstrip(" :.–—-"))]
        for nxt in blocks[i + 1 : i + 1 + settings.window_blocks]:
            if nxt.kind in (BlockKind.table, BlockKind.heading):
                break
            parts.append((nxt, nxt.text))
        for where, text in parts:
            for sentence in _sentences(text) if text else []:
                read = read_amendment(sentence, where, settings)
                if read is not None:
                    out.append(read)
    return out


def _from_decision(plan: Plan, reads: list[_Read]) -> None:
    """Items the walk read from the decision's own sentences are none of the plan's."""
    spots = [(r.block.provenance.page, _plain(r.block.text)) for r in reads]

    def in_decision(item: object) -> bool:
        prov = item.provenance  # type: ignore[attr-defined]
        said = _plain(prov.source_text or item.text)  # type: ignore[attr-defined]
        return bool(said) and any(page == prov.page and said in text for page, text in spots)

    dropped = {m.id for m in plan.measures if in_decision(m)}
    plan.measures = [m for m in plan.measures if m.id not in dropped]
    goals = {g.id for g in plan.goals if in_decision(g)}
    if goals:
        plan.goals = [g for g in plan.goals if g.id not in goals]
        for m in plan.measures:
            m.goal_ids = [g for g in m.goal_ids if g not in goals]


def _same_deadline(old: str, m: Measure, lang: str, start: int | None) -> bool:
    """Whether the deadline a decision changes FROM is the measure's: the same words, or the same
    time ('fra 2027' for a cell 'Innen 2027')."""
    from plancheck.lang.deadlines import parse_deadline

    if m.deadline is None:
        return False
    if _value_key(old) == _value_key(m.deadline.text):
        return True
    said = parse_deadline(old.strip(_QUOTES + " "), lang=lang, reference_year=start)
    return bool(said and said.end and said.kind == m.deadline.kind
                and (said.start, said.end) == (m.deadline.start, m.deadline.end))


def _owner_key(m: Measure) -> str:
    return _value_key(m.owner_text or ", ".join(o.text for o in m.owners))


def _new_measure(plan: Plan, read: _Read, lang: str) -> Measure | None:
    from plancheck.extract.fields import split_fields
    from plancheck.extract.link import numbered
    from plancheck.lang.deadlines import parse_deadline
    from plancheck.lang.owners import split_owners

    goal_ids: list[str] = []
    if read.goal:
        goals = numbered(plan.goals, read.goal)
        if len(goals) != 1:
            return None  # a goal the plan does not have, or two: not addressed
        goal_ids = [goals[0].id]
    fields = split_fields((read.body or "").strip(), lang)
    text = fields.text.strip(_QUOTES + " .;")
    if not text:
        return None
    taken = {m.id for m in plan.measures}
    n = len(plan.measures) + 1
    while f"measure-{n}" in taken:
        n += 1
    start = plan.plan_period.start if plan.plan_period else None
    prov = read.block.provenance
    return Measure(
        id=f"measure-{n}",
        text=text,
        number=read.number or None,
        page=prov.page,
        section_id=read.block.section_id,
        provenance=prov.model_copy(),
        goal_ids=goal_ids,
        owners=split_owners(fields.owner, lang=lang) if fields.owner else [],
        owner_text=fields.owner,
        deadline=parse_deadline(fields.deadline, lang=lang, reference_year=start) if fields.deadline else None,
    )


def apply_amendments(plan: Plan, doc: Document, settings: AmendmentSettings = AmendmentSettings()) -> None:
    """Apply the amendments of a decision printed with the draft (see the module)."""
    from plancheck.lang.deadlines import parse_deadline
    from plancheck.lang.owners import split_owners

    reads = _decision(doc, settings)
    if not reads:
        return
    _from_decision(plan, reads)
    lang = plan.language or "nb"
    start = plan.plan_period.start if plan.plan_period else None
    for read in reads:
        same = [m for m in plan.measures if _number_key(m.number) == _number_key(read.number)] if read.number else []
        prov = read.block.provenance.model_copy()
        if read.kind == "new":
            if same:
                continue  # a number the draft already gives a measure: not a new one
            added = _new_measure(plan, read, lang)
            if added is None:
                continue
            at = max((i for i, m in enumerate(plan.measures) if set(m.goal_ids) & set(added.goal_ids)), default=len(plan.measures) - 1)
            plan.measures.insert(at + 1, added)
            plan.amendments.append(Amendment(kind="new", measure_number=read.number, measure_id=added.id, new=added.text, provenance=prov))
            continue
        if len(same) != 1:
            continue  # no measure of that number, or two: not addressed
        m = same[0]
        if read.kind == "delete":
            plan.measures = [x for x in plan.measures if x is not m]
            plan.amendments.append(Amendment(kind="delete", measure_number=read.number, old=m.text, provenance=prov))
        elif read.kind == "deadline":
            before = m.deadline.text if m.deadline else None
            if read.old is not None and not _same_deadline(read.old, m, lang, start):
                continue  # the decision changes a deadline the measure does not have
            m.deadline = parse_deadline(read.new or "", lang=lang, reference_year=start)
            plan.amendments.append(Amendment(kind="deadline", measure_number=read.number, measure_id=m.id, old=before, new=read.new, provenance=prov))
        elif read.kind == "owner":
            before = m.owner_text or (", ".join(o.text for o in m.owners) or None)
            if read.old is not None and _value_key(read.old) != _owner_key(m):
                continue
            m.owners = split_owners(read.new or "", lang=lang)
            m.owner_text = read.new
            plan.amendments.append(Amendment(kind="owner", measure_number=read.number, measure_id=m.id, old=before, new=read.new, provenance=prov))
