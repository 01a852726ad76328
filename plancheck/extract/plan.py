"""From a :class:`Document` (blocks and sections) to a :class:`Plan` (goals, strategies, measures).

Reading order is walked once. A block's role comes from, in this order:

1. a label at its start ("Hovedmål:", "Goal 1:", "Action 1.1.1");
2. the role of the heading it stands under ("Mål", "Strategier", "Tiltak", "Utfordringer");
3. a lead-in paragraph ending in a colon ("Vi vil:") for the list items after it.

Tables are measure tables when a column is a measure column ("Tiltak", "Aktivitet", "Action");
a table with only owner/deadline columns gives the owners and deadline of the item just above
it (a numbered measure followed by its "Ansvarig | Tidsplan" table).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from plancheck.extract.roles import heading_role, is_focus_parent, label_role
from plancheck.ingest.text import join_lines, normalise
from plancheck.models import (
    Block,
    BlockKind,
    Cell,
    Challenge,
    Deadline,
    DeadlineKind,
    Document,
    FocusArea,
    Goal,
    GoalKind,
    Indicator,
    Measure,
    Owner,
    Passage,
    Plan,
    PlanPeriod,
    Provenance,
    SourceInfo,
    Strategy,
    Table,
    Vision,
)

GOAL_ROLES = {"goal": GoalKind.goal, "main_goal": GoalKind.main_goal, "sub_goal": GoalKind.sub_goal}
PERIOD = re.compile(r"(?<!\d)(20\d\d)\s*(?:–|-|—|til|to)\s*(20\d\d)(?!\d)")
SEP = re.compile(r"\s+[–—-]\s+|\s*\|\s*")


@dataclass
class _State:
    plan: Plan
    lang: str
    section_role: dict[str, str | None]
    focus_of_section: dict[str, str]
    role: str | None = None  # role announced by the last heading ("Mål", "Strategier")
    lead_in: str | None = None  # role announced by a "Vi vil:" paragraph
    ref_goals: list[Goal] = field(default_factory=list)  # named by a lead-in ("For å nå delmål 1.1:")
    group_goal: Goal | None = None  # "Mål 1: Trygt hjemme" over measure bullets
    last_goal_by_level: dict[int, Goal] = field(default_factory=dict)
    last_goal: Goal | None = None
    last_candidate: Block | None = None
    last_candidate_measure: Measure | None = None
    table_count: int = 0
    blocks: list[Block] = field(default_factory=list)
    index: int = 0
    group_number: str | None = None  # "1." heading a group of measures "1.1", "1.2"
    loose_goal_ids: set[str] = field(default_factory=set)  # goals told from a flat bullet list
    paragraph_measure_ids: set[str] = field(default_factory=set)  # measures written as paragraphs
    role_item_heading: bool = False  # the last heading was itself an item (a strategy heading)
    label_shift: dict[str, str] = field(default_factory=dict)  # "strategy" → "goal" in 3-level plans
    ctx_goal: Goal | None = None  # the last goal/strategy announced by a label heading
    ctx_strategy: Strategy | None = None
    record_goal: Goal | None = None  # the goal of record-style tables ("Goal | …" rows)
    record_target: Goal | None = None


def build_plan(doc: Document, *, lang: str | None = None) -> Plan:
    from plancheck.lang.detect import detect_language

    text_sample = " ".join(b.text for b in doc.blocks if b.kind != BlockKind.table)[:20000]
    language = lang or detect_language(text_sample) or "nb"
    plan = Plan(
        source=SourceInfo(path=doc.path, format=doc.format, sha256=doc.sha256, pages=doc.page_count),
        title=doc.title,
        language=language,
        sections=doc.sections,
        comments=doc.comments,
    )
    plan.plan_period = find_plan_period(doc)
    section_role = {s.id: heading_role(s.title)[0] for s in doc.sections}
    focus_of_section = _focus_areas(doc, plan, section_role)
    st = _State(plan, language, section_role, focus_of_section)
    st.blocks = doc.blocks
    st.label_shift = _label_levels(doc)
    for index, block in enumerate(doc.blocks):
        st.index = index
        if block.kind in (BlockKind.paragraph, BlockKind.list_item, BlockKind.heading):
            plan.passages.append(
                Passage(
                    id=f"p{len(plan.passages) + 1}",
                    kind=block.kind,
                    text=block.text,
                    page=block.provenance.page,
                    section_id=block.section_id,
                    provenance=block.provenance,
                )
            )
        if block.kind == BlockKind.table and block.table is not None:
            _table(st, block)
        elif block.kind == BlockKind.heading:
            _heading(st, block)
        else:
            _text(st, block)
    _drop_paragraph_measures_beside_tables(plan, st.paragraph_measure_ids)
    _drop_prose_duplicates(plan)
    from plancheck.extract.link import link_plan

    link_plan(plan, doc, loose_goal_ids=st.loose_goal_ids)
    return plan


def _drop_paragraph_measures_beside_tables(plan: Plan, ids: set[str]) -> None:
    """Paragraphs under a "Tiltak" heading are measures only where no table lists them: beside
    a measure table they are its introduction or comments."""
    if not ids:
        return
    tabled_sections = {m.section_id for m in plan.measures if m.has_owner_column}
    keep = [m for m in plan.measures if not (m.id in ids and m.section_id in tabled_sections)]
    if len(keep) != len(plan.measures):
        for i, m in enumerate(keep, start=1):
            m.id = f"measure-{i}"
        plan.measures = keep


def _drop_prose_duplicates(plan: Plan) -> None:
    """A measure listed in the text and again as a table row is one measure: the first
    occurrence stays (with its place in the text and its links), and takes the owner, deadline
    and cost from the row."""
    from rapidfuzz import fuzz

    tabled = [m for m in plan.measures if m.has_owner_column]
    prose = [m for m in plan.measures if not m.has_owner_column]
    if not tabled or not prose:
        return
    drop: set[str] = set()
    for t in tabled:
        nt = normalise(t.text)
        twin = next((p for p in prose if fuzz.token_sort_ratio(normalise(p.text), nt) >= 90), None)
        if twin is None:
            continue
        for field_name in ("owners", "owner_text", "deadline", "cost", "indicator", "status",
                           "has_owner_column", "has_deadline_column"):
            setattr(twin, field_name, getattr(t, field_name))
        if not twin.goal_ids and not twin.strategy_ids:
            twin.goal_ids, twin.strategy_ids = t.goal_ids, t.strategy_ids
            twin.table_goal_text = t.table_goal_text
        prose.remove(twin)
        drop.add(t.id)
    if drop:
        plan.measures = [m for m in plan.measures if m.id not in drop]
        for i, m in enumerate(plan.measures, start=1):
            m.id = f"measure-{i}"


# --------------------------------------------------------------------------- plan period


def find_plan_period(doc: Document) -> PlanPeriod | None:
    """The plan period from the title or the first pages: "Helse- og omsorgsplan 2024–2032"."""
    candidates = [doc.title or ""] + [
        b.text for b in doc.blocks[:60] if b.kind != BlockKind.table and (b.provenance.page or 1) <= 3
    ]
    for text in candidates:
        m = PERIOD.search(text or "")
        if m:
            a, b = int(m.group(1)), int(m.group(2))
            if a < b <= a + 40:
                return PlanPeriod(start=a, end=b, text=m.group(0))
    return None


# --------------------------------------------------------------------------- focus areas


def _focus_areas(doc: Document, plan: Plan, section_role: dict[str, str | None]) -> dict[str, str]:
    """Sections that are focus areas: children of a "Satsingsområder" heading, or sibling
    chapters (two or more) that each hold goal/strategy/challenge sub-headings."""
    children: dict[str | None, list] = {}
    for s in doc.sections:
        children.setdefault(s.parent_id, []).append(s)
    role_kids = {"goal", "main_goal", "sub_goal", "strategy", "challenge"}
    candidates = []
    for s in doc.sections:
        if section_role.get(s.id):
            continue
        kids = children.get(s.id, [])
        parent = next((p for p in doc.sections if p.id == s.parent_id), None)
        if (parent is not None and is_focus_parent(parent.title)) or any(section_role.get(k.id) in role_kids for k in kids):
            candidates.append(s)
    by_parent: dict[str | None, list] = {}
    for s in candidates:
        by_parent.setdefault(s.parent_id, []).append(s)
    out: dict[str, str] = {}
    for parent_id, group in by_parent.items():
        parent = next((p for p in doc.sections if p.id == parent_id), None)
        if len(group) < 2 and not (parent is not None and is_focus_parent(parent.title)):
            continue
        for s in group:
            fa = FocusArea(
                id=f"focus-{len(plan.focus_areas) + 1}",
                text=s.title,
                number=s.number,
                page=s.page,
                section_id=s.id,
                provenance=Provenance(page=s.page, source_text=s.title),
            )
            plan.focus_areas.append(fa)
            out[s.id] = fa.id
    # every section below a focus area belongs to it
    parent_of = {s.id: s.parent_id for s in doc.sections}
    for s in doc.sections:
        cur: str | None = s.id
        while cur is not None and cur not in out:
            cur = parent_of.get(cur)
        if cur is not None:
            out[s.id] = out[cur]
    return out


# --------------------------------------------------------------------------- blocks


def _role_of(st: _State, block: Block) -> str | None:
    if st.lead_in and (block.kind == BlockKind.list_item or st.lead_in == "vision"):
        return st.lead_in
    return st.role


_LEAD_WORDS = [
    ("vision", r"visjon\w*|vision\w*"),
    ("goal", r"\bmål(ene|a|et|a)?\b|målsetting\w*|målsetjing\w*|\bgoals?\b|\bobjectives?\b|\bmålen\b"),
    ("strategy", r"strategi\w*|\bvi vil\b|dette vil vi|\bstrateg(y|ies)\b"),
    ("measure", r"\btiltak\w*|\baktivitet\w*|\bactions?\b|åtgärd\w*|\bmeasures\b"),
    ("challenge", r"utfordring\w*|\bchallenges?\b|utmaning\w*|udfordring\w*"),
    ("indicator", r"indikator\w*|\bindicators?\b"),
    ("mandate", r"mandat\w*|bestilling\w*|\bmandate\b"),
]
_REFERENCE = re.compile(
    r"^(for å nå|for å oppnå|for å nå|to achieve|to reach|för att nå)\b.*?\b(?:hoved|hovud|del)?mål\s*(\d+(?:\.\d+)*)|"
    r"^(?:for|to)\b.*?\b(?:goal|objective)\s*(\d+(?:\.\d+)*)",
    re.IGNORECASE,
)
_GOAL_NUMBER_REF = re.compile(r"\b(?:hoved|hovud|del)?(?:mål|goal|objective)\s+(\d{1,2}(?:\.\d{1,2})*)\b", re.IGNORECASE)


def lead_in_role(text: str) -> str | None:
    """The role a lead-in sentence announces: "For planperioden gjelder disse målene:" → goal."""
    best: tuple[int, str] | None = None
    for role, rx in _LEAD_WORDS:
        for m in re.finditer(rx, text, re.IGNORECASE):
            if best is None or m.start() > best[0]:
                best = (m.start(), role)
    return best[1] if best else None


def _goal_by_number(st: _State, number: str) -> Goal | None:
    return next((g for g in st.plan.goals if (g.number or "").strip(".)") == number), None)


def _lead(st: _State, text: str) -> bool:
    """Handle a lead-in line ending in a colon; True when it was one."""
    if not text.rstrip().endswith(":"):
        return False
    ref = _REFERENCE.match(text)
    if ref:
        number = ref.group(2) or ref.group(3)
        goal = _goal_by_number(st, number) if number else None
        st.ref_goals = [goal] if goal else []
        st.lead_in = None
        return True
    st.ref_goals = _goals_named_before(st, text)
    role = lead_in_role(text)
    if _WANTS.search(text) and (role is None or (role == "goal" and re.search(r"\b(med|by|through|ved|gjennom):\s*$", text))):
        role = "mixed"  # "Ungdomsrådet vil derfor:" — bullets that are goals or measures
    st.lead_in = role
    return True


_BACK_REFERENCE = re.compile(r"\b(disse|desse|dessa|these|those)\s+(målene|måla|målen|goals|targets)\b", re.IGNORECASE)
_TARGET_WORD = re.compile(r"\b(mål om|målet om|skal|ska|shall|will|aims? to)\b", re.IGNORECASE)
_YEAR = re.compile(r"\b(19|20)\d\d\b")


def _goals_named_before(st: _State, text: str) -> list[Goal]:
    """"Ungdom vil jobbe mot disse målene med:" points back at targets stated in the paragraph
    before ("… har mål om å redusere utslippene med 60 prosent innen 2030."): those are goals."""
    if not _BACK_REFERENCE.search(text) or st.index == 0:
        return []
    prev = st.blocks[st.index - 1]
    if prev.kind != BlockKind.paragraph:
        return []
    goals = []
    for sentence in re.split(r"(?<=[.!?])\s+(?=[A-ZÆØÅ0-9])", prev.text):
        if _TARGET_WORD.search(sentence) and _YEAR.search(sentence):
            goal = _add_goal(st, prev, sentence, GoalKind.goal, number=None)
            st.loose_goal_ids.add(goal.id)  # linked explicitly by the lead-in, not by place
            goals.append(goal)
    return goals


_WANTS = re.compile(r"\b(vil|ønsker|ynskjer|trenger|treng|krever|foreslår|mener|want|wants|need|needs|will|vill|behöver)\b", re.IGNORECASE)


def _heading(st: _State, block: Block) -> None:
    text = block.text.strip()
    st.last_candidate = block
    st.last_candidate_measure = None
    if st.lead_in == "vision" and st.plan.vision is None:
        _set_vision(st, block, text)
        st.lead_in = None
        return
    role, rest = heading_role(text)
    if rest:
        role = _shifted(st, text, role)
    if role is None and _lead(st, text):
        return
    if role is None and st.role == "strategy" and _sub_number(block):
        # "2.3a Øke andel gange …" under "2.3 Strategier og tiltak": a strategy of its own
        _add_strategy(st, block, text, number=block.number)
        st.lead_in = None
        st.role_item_heading = True
        return
    st.lead_in = None
    st.ref_goals = []
    st.group_goal = None
    st.role_item_heading = False
    if rest and role in GOAL_ROLES:
        # a label heading keeps the whole text when it is all there is ("STRATEGY 1: IMPROVE …")
        g = _add_goal(st, block, rest, GOAL_ROLES[role], number=block.number or _label_number(text))
        _context_goal(st, g)
        # numbered sub-goals may follow as a list ("Hovedmål 1: …" then "1.1 …", "1.2 …")
        st.role = None
        st.lead_in = "goal"
    elif rest and role == "strategy":
        _context_strategy(st, _add_strategy(st, block, rest, number=_label_number(text)))
        st.role = None
    elif rest and role == "measure":
        _context_measure(st, _add_measure(st, block, rest, number=_label_number(text)))
        st.role = None
    elif rest and role == "vision":
        _set_vision(st, block, rest)
        st.role = None
    else:
        st.role = role
        if role in ("measure", "strategy"):
            # "Åtgärder, mål 11-12": what follows serves these goals
            from plancheck.extract.roles import goal_numbers

            st.ref_goals = [g for n in goal_numbers(text) if (g := _goal_by_number(st, n))]


def _sub_number(block: Block) -> bool:
    """A heading numbered below the chapter, as "2.3a" or "2.3.1"."""
    return bool(block.number and re.match(r"^\d+\.\d+([a-z]|\.\d+)", block.number))


def _label_levels(doc: Document) -> dict[str, str]:
    """Plans that label three levels "Strategy N" > "Measure X-N" > "Action X-N.M" use the
    words one level up from ours: their strategies are goals, their measures strategies."""
    from plancheck.extract.roles import label_word

    words = {label_word(b.text) for b in doc.blocks if b.kind != BlockKind.table}
    if {"strategy", "measure", "action"} <= words:
        return {"strategy": "goal", "measure": "strategy", "action": "measure"}
    return {}


def _shifted(st: _State, text: str, role: str | None) -> str | None:
    from plancheck.extract.roles import label_word

    if not st.label_shift or role is None:
        return role
    word = label_word(text)
    return st.label_shift.get(word or "", role)


def _label_number(text: str) -> str | None:
    m = re.search(r"\b(\d{1,2}(?:\.\d{1,2}){0,3})\b", text)
    return m.group(1) if m else None


_META = re.compile(
    r"\b(målene|måla|målet er|delmålene|delmåla|hovedmålet er|hovudmålet er|tiltakene|tiltaka|"
    r"strategiene|strategiane|these goals|the goals|the objectives|this plan|planen|denne planen|"
    r"aktivitetene|aktivitetane|åtgärderna|insatserna|tabellen|tabell \d|the table|table \d|"
    r"nedenfor|nedanför|below|following actions|goals|objectives|actions)\b",
    re.IGNORECASE,
)


def _text(st: _State, block: Block) -> None:
    text = block.text.strip()
    if not text:
        return
    if block.kind == BlockKind.paragraph and _lead(st, text):
        return
    if block.kind == BlockKind.paragraph and _pseudo_heading(text):
        _heading(st, block)  # a role heading typed as a plain line ("Åtgärder, mål 13")
        return
    lrole, lnum, rest = label_role(text)
    lrole = _shifted(st, text, lrole)
    role = _role_of(st, block)
    if lrole:
        number = lnum or block.number
        if lrole in GOAL_ROLES and role == "measure":
            # "Mål 1: Trygt hjemme" over measure bullets names the goal they serve
            st.group_goal = _goal_by_number(st, number or "") if number else None
            if st.group_goal is None:
                st.group_goal = _add_goal(st, block, rest, GOAL_ROLES[lrole], number=number)
            return
        if lrole in GOAL_ROLES:
            _context_goal(st, _add_goal(st, block, rest, GOAL_ROLES[lrole], number=number))
        elif lrole == "strategy":
            _context_strategy(st, _add_strategy(st, block, rest, number=number))
        elif lrole == "measure":
            _context_measure(st, _add_measure(st, block, rest, number=number))
        elif lrole == "vision":
            _set_vision(st, block, rest)
        elif lrole == "indicator":
            _add_indicator(st, block, rest)
        return
    if block.kind == BlockKind.paragraph and st.lead_in != "vision":
        st.lead_in = None
    prev_measure = st.last_candidate_measure
    if block.kind != BlockKind.paragraph or st.last_candidate is None or not st.last_candidate.number:
        st.last_candidate = block  # a description under a numbered item does not replace it
    if block.kind != BlockKind.paragraph:
        st.last_candidate_measure = None
    if role == "measure" and _group_header(st, block):
        return
    if role == "measure" and block.kind == BlockKind.paragraph and st.group_number:
        # the target stated under a group heading ("1. Minskad energianvändning") is its goal
        if _goal_like(text, st.lang) and not _META.search(text):
            _add_goal(st, block, text, GoalKind.goal, number=st.group_number)
        st.group_number = None
        return
    if role is None:
        return
    is_list = block.kind == BlockKind.list_item
    if role == "mixed":
        if is_list:
            from plancheck.extract.statements import classify_statement

            kind = classify_statement(text)
            if kind == "goal":
                st.loose_goal_ids.add(_add_goal(st, block, text, GoalKind.goal, number=block.number).id)
            elif kind == "measure":
                _measure_from_line(st, block, text, prev_measure)
            # not sure (a list of participants, say): neither
        return
    if role == "vision":
        if st.plan.vision is None:
            _set_vision(st, block, text)
        st.lead_in = None
    elif role in GOAL_ROLES and not is_list and len(_sentences(text)) > 1:
        # a box of goal sentences: each sentence that states an aim is a goal
        for sentence in _sentences(text):
            if _goal_like(sentence, st.lang) and not _META.search(sentence) and _STATES_AIM.search(sentence):
                _add_goal(st, block, sentence, GOAL_ROLES[role], number=None)
    elif role in GOAL_ROLES:
        if (is_list or _goal_like(text, st.lang)) and not _META.search(text):
            kind = GOAL_ROLES[role]
            if is_list and (block.level or 0) > 0 and st.last_goal is not None and kind == GoalKind.goal:
                kind = GoalKind.sub_goal
            _add_goal(st, block, text, kind, number=block.number)
    elif role == "strategy":
        if is_list or (not st.role_item_heading and len(text) < 250 and _goal_like(text, st.lang) and not _META.search(text)):
            s = _add_strategy(st, block, text, number=block.number)
            s.goal_ids.extend(g.id for g in st.ref_goals)
    elif role == "challenge":
        if is_list:
            st.plan.challenges.append(
                Challenge(
                    id=f"challenge-{len(st.plan.challenges) + 1}",
                    text=text,
                    number=block.number,
                    page=block.provenance.page,
                    section_id=block.section_id,
                    focus_area_id=st.focus_of_section.get(block.section_id or ""),
                    provenance=block.provenance,
                )
            )
    elif role == "measure":
        if is_list:
            _measure_from_line(st, block, text, prev_measure)
        elif _paragraph_measure(text) and not (prev_measure is not None and prev_measure.number):
            # (a paragraph under a numbered measure "1.1 …" is its description)
            m = _add_measure(st, block, text, number=block.number)
            m.goal_ids.extend(g.id for g in st.ref_goals)
            _owner_and_deadline_in_sentence(st, m, text)
            st.paragraph_measure_ids.add(m.id)
    elif role == "indicator" and is_list:
        _add_indicator(st, block, text)


def _group_header(st: _State, block: Block) -> bool:
    """A short numbered item "1. Minskad energianvändning" followed by items "1.1", "1.2":
    a group (focus area) of measures, not a measure."""
    num = (block.number or "").strip(".) ")
    if block.kind != BlockKind.list_item or not num.isdigit() or len(block.text) > 80:
        return False
    following = [b for b in st.blocks[st.index + 1 : st.index + 8] if b.kind == BlockKind.list_item]
    if not any((b.number or "").startswith(num + ".") and len((b.number or "").strip(".")) > len(num) for b in following):
        return False
    fa = FocusArea(
        id=f"focus-{len(st.plan.focus_areas) + 1}",
        text=_clean(block.text),
        number=num,
        page=block.provenance.page,
        section_id=block.section_id,
        provenance=block.provenance,
    )
    st.plan.focus_areas.append(fa)
    st.group_number = num
    return True


_SUBJECT = re.compile(r"^(?P<subject>[A-ZÆØÅÄÖ][\w\-]*(?:\s+[\w\-]+){0,3}?)\s+(?:ska|skal|skall|bør|bör|shall|will|should|må)\s", re.UNICODE)
_TRAILING_YEARS = re.compile(r"\b((?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?)\s*\.?\s*$")


def _owner_and_deadline_in_sentence(st: _State, m: Measure, text: str) -> None:
    """A measure written as a sentence names its owner as the subject ("Vansbro kommun ska …",
    "Energistrategen ska …") and sometimes its period at the end ("… 2011-2014")."""
    from plancheck.lang.deadlines import parse_deadline
    from plancheck.lang.owners import is_owner_like, split_owners

    sm = _SUBJECT.match(text)
    if sm:
        subject = sm.group("subject")
        words = subject.split()
        if is_owner_like(subject, lang=st.lang) or (len(words) <= 2 and words[0][0].isupper() and re.search(r"(kommun|kommune|kommunerna|rådgivare|strateg|enhet|avdeling|förvaltning|nämnd|council|department)", subject, re.IGNORECASE)):
            m.owners = split_owners(subject, lang=st.lang)
            m.owner_text = subject
    ym = _TRAILING_YEARS.search(text)
    if ym:
        m.deadline = parse_deadline(ym.group(1), lang=st.lang)


_STATES_AIM = re.compile(r"\b(skal|skall|ska|shall|will|vil|bør|må|ambisjon|mål om|målet er)\b", re.IGNORECASE)


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+(?=[A-ZÆØÅÄÖ])", text.strip()) if s.strip()]


def _pseudo_heading(text: str) -> bool:
    """A short line with no full stop that names a role ("Åtgärder, mål 13", "Strategier")."""
    if len(text) > 70 or text.rstrip().endswith((".", ":", ";", ",")):
        return False
    role, rest = heading_role(text)
    return role is not None and not rest


def _paragraph_measure(text: str) -> bool:
    """Under a "Tiltak"/"Åtgärder" heading, a paragraph that states something to do."""
    from plancheck.extract.statements import classify_statement

    if len(text) > 600 or _META.search(text) or _lead_in_like(text):
        return False
    return classify_statement(text) != "goal"


def _lead_in_like(text: str) -> bool:
    return text.rstrip().endswith(":")


def _goal_like(text: str, lang: str) -> bool:
    """A short sentence that states an aim ("… skal …", "… shall …"), not background prose."""
    if len(text) > 300:
        return False
    return bool(
        re.search(r"\b(skal|skall|ska|will|shall|should|vil|bør|must|er|være|vere|blir|ha|har)\b", text, re.IGNORECASE)
    ) or len(text) < 120


def _measure_from_line(st: _State, block: Block, text: str, prev: Measure | None) -> None:
    """A list item under "Tiltak"; on slides often "Tiltak – ansvarlig – frist" in one line."""
    from plancheck.lang.deadlines import parse_deadline
    from plancheck.lang.owners import is_owner_like, split_owners

    if prev is not None and block.number and (prev.number or "").strip(".") == block.number.strip("."):
        st.last_candidate_measure = prev  # the same number again: a description of it, not a new one
        return
    parts = [p.strip() for p in SEP.split(text) if p.strip()]
    # a wrapped line holding only the rest of the previous item ("– Vår 2027")
    if prev is not None and len(parts) == 1 and (block.level or 0) > 0 and prev.deadline is None:
        dl = parse_deadline(parts[0], lang=st.lang)
        if dl is not None and dl.kind != DeadlineKind.none and len(parts[0]) < 40:
            prev.deadline = dl
            st.last_candidate_measure = prev
            return
    owners: list[Owner] = []
    deadline = None
    owner_text = None
    if len(parts) >= 2:
        tail = parts[1:]
        dl = parse_deadline(tail[-1], lang=st.lang)
        if dl is not None and dl.kind != DeadlineKind.none:
            deadline = dl
            tail = tail[:-1]
        if tail and (deadline is not None or is_owner_like(tail[-1], lang=st.lang)) and len(tail[-1]) < 80:
            owner_text = tail[-1]
            owners = split_owners(owner_text, lang=st.lang)
            tail = tail[:-1]
        if deadline is not None or owners:
            text = " – ".join([parts[0], *tail])
    m = _add_measure(st, block, text, number=block.number)
    m.owners = owners
    m.owner_text = owner_text
    m.deadline = deadline
    if st.group_goal is not None:
        m.goal_ids.append(st.group_goal.id)
    m.goal_ids.extend(g.id for g in st.ref_goals if g.id not in m.goal_ids)
    if owners or deadline:
        m.has_owner_column = True
        m.has_deadline_column = True
    st.last_candidate_measure = m


def _context_goal(st: _State, g: Goal) -> None:
    """Labelled items form a hierarchy in reading order: a goal opens a new context."""
    if g.kind == GoalKind.sub_goal and st.ctx_goal is not None and g.parent_id is None:
        g.parent_id = st.ctx_goal.id
    if g.kind != GoalKind.sub_goal:
        st.ctx_goal = g
    st.ctx_strategy = None


def _context_strategy(st: _State, s: Strategy) -> None:
    if st.ctx_goal is not None and not s.goal_ids:
        s.goal_ids.append(st.ctx_goal.id)
    st.ctx_strategy = s


def _context_measure(st: _State, m: Measure) -> None:
    if st.ctx_strategy is not None:
        m.strategy_ids.append(st.ctx_strategy.id)
        m.goal_ids.extend(g for g in st.ctx_strategy.goal_ids if g not in m.goal_ids)
    elif st.ctx_goal is not None:
        m.goal_ids.append(st.ctx_goal.id)


def _focus(st: _State, block: Block) -> str | None:
    return st.focus_of_section.get(block.section_id or "")


def _add_goal(st: _State, block: Block, text: str, kind: GoalKind, number: str | None) -> Goal:
    parent = None
    if number and "." in number.strip("."):
        parent_num = number.strip(".").rsplit(".", 1)[0]
        parent = next((g for g in reversed(st.plan.goals) if (g.number or "").strip(".") == parent_num), None)
        if parent is not None and kind == GoalKind.goal:
            kind = GoalKind.sub_goal
    if parent is None and kind == GoalKind.sub_goal:
        parent = next(
            (g for g in reversed(st.plan.goals) if g.kind in (GoalKind.main_goal, GoalKind.goal) and g.section_id and _same_area(st, g, block)),
            None,
        )
    goal = Goal(
        id=f"goal-{len(st.plan.goals) + 1}",
        text=_clean(text),
        number=number,
        kind=kind,
        parent_id=parent.id if parent else None,
        page=block.provenance.page,
        section_id=block.section_id,
        focus_area_id=_focus(st, block),
        provenance=block.provenance,
    )
    st.plan.goals.append(goal)
    st.last_goal = goal
    return goal


def _same_area(st: _State, goal: Goal, block: Block) -> bool:
    return st.focus_of_section.get(goal.section_id or "") == st.focus_of_section.get(block.section_id or "")


def _add_strategy(st: _State, block: Block, text: str, number: str | None) -> Strategy:
    s = Strategy(
        id=f"strategy-{len(st.plan.strategies) + 1}",
        text=_clean(text),
        number=number,
        page=block.provenance.page,
        section_id=block.section_id,
        focus_area_id=_focus(st, block),
        provenance=block.provenance,
    )
    st.plan.strategies.append(s)
    return s


def _add_measure(st: _State, block: Block, text: str, number: str | None, provenance: Provenance | None = None) -> Measure:
    m = Measure(
        id=f"measure-{len(st.plan.measures) + 1}",
        text=_clean(text),
        number=number,
        page=(provenance or block.provenance).page,
        section_id=block.section_id,
        provenance=provenance or block.provenance,
    )
    st.plan.measures.append(m)
    st.last_candidate_measure = m
    return m


def _add_indicator(st: _State, block: Block, text: str) -> None:
    st.plan.indicators.append(
        Indicator(
            id=f"indicator-{len(st.plan.indicators) + 1}",
            text=_clean(text),
            page=block.provenance.page,
            section_id=block.section_id,
            provenance=block.provenance,
        )
    )


def _set_vision(st: _State, block: Block, text: str) -> None:
    if st.plan.vision is None:
        st.plan.vision = Vision(
            id="vision",
            text=_clean(text),
            page=block.provenance.page,
            section_id=block.section_id,
            provenance=block.provenance,
        )


def _clean(text: str) -> str:
    return " ".join(text.split()).strip(" :;")


# --------------------------------------------------------------------------- tables


def _table(st: _State, block: Block) -> None:
    st.lead_in = None
    table = block.table
    assert table is not None
    st.table_count += 1
    if _record_table(st, block, table):
        return
    table = _find_header(st, block, table)
    roles = table_roles(table.header, st.label_shift)
    strong = any(r == "measure" and _STRONG_MEASURE.search(h or "") for h, r in zip(table.header, roles, strict=True))
    if "measure" in roles and ("owner" in roles or strong):
        _measure_table(st, block, table, roles)
    elif "owner" in roles and "measure" not in roles and _is_measure_candidate(st.last_candidate):
        _attachment_table(st, block, table, roles)
    # other tables (schedules, statistics, overviews of goals) hold no measures


_STRONG_MEASURE = re.compile(r"tiltak|action|measure|åtgärd|initiative|handling|virkemid", re.IGNORECASE)
_HORIZON = re.compile(r"^(short|middle|medium|mid|long|near)([- ]term)?$|^(kort|mellomlang|lang)\s*sikt$", re.IGNORECASE)
_MARK = re.compile(r"^\s*[xX✓✔●•■]\s*$")
_NOT_MEASURES = re.compile(r"^(current|existing|completed)\s+(efforts|actions|initiatives)|^(eksisterende|pågående|gjennomførte) tiltak", re.IGNORECASE)
_DEFERRED = re.compile(r"oppdateres|fylles ut senere|fylles inn senere|utfylles|to be completed|to be updated|tbd", re.IGNORECASE)
_GOALS_CELL = re.compile(r"^\s*(goals?|objectives?|mål|målsettinger|mål for [^:]{1,40}):\s*", re.IGNORECASE)


_RECORD_LABEL = re.compile(
    r"^(goal|target|objective|strategy|action|measure|initiative|mål|hovedmål|delmål|strategi|tiltak|"
    r"innsatsområde|focus area)$",
    re.IGNORECASE,
)


def _record_table(st: _State, block: Block, table: Table) -> bool:
    """Tables laid out as records, one labelled row per item ("Goal | …", "Target | …",
    "Strategy | …") with a "Timeline | Lead Agency" row and its values under each strategy.
    State carries over from one such table to the next (a goal row, then its strategies)."""
    from plancheck.lang.deadlines import parse_deadline
    from plancheck.lang.owners import split_owners

    rows = [[Cell(row=-1, col=i, text=t, page=block.provenance.page) for i, t in enumerate(table.header)], *table.rows]

    def label_of(row) -> tuple[str | None, Cell | None, str]:
        for c in row[:2]:
            t = c.text.strip()
            if t:
                if _RECORD_LABEL.match(t):
                    value = join_lines(list(dict.fromkeys(x.text for x in row if x.text.strip() and x is not c and not _RECORD_LABEL.match(x.text.strip()))))
                    return t.lower(), c, value
                return None, None, ""
        return None, None, ""

    labelled = [label_of(r) for r in rows]
    if not any(lab for lab, _c, _v in labelled):
        return False
    if not all(lab or not any(c.text.strip() for c in r) or _sub_header(r) or (i > 0 and _sub_header(rows[i - 1])) or r[0].merged_from is not None
               for i, (r, (lab, _c, _v)) in enumerate(zip(rows, labelled, strict=True))):
        return False
    last_item = None
    last_label: str | None = None
    for i, (row, (lab, cell, value)) in enumerate(zip(rows, labelled, strict=True)):
        page = next((c.page for c in row if c.text.strip() and c.page), block.provenance.page)
        if lab is None:
            if i > 0 and _sub_header(rows[i - 1]) and last_item is not None:
                _record_values(st, block, last_item, rows[i - 1], row, page, parse_deadline, split_owners)
            elif row and row[0].merged_from is not None and value == "" and last_item is not None:
                pass
            continue
        if not value:
            continue
        prov = Provenance(page=page, bbox=cell.bbox if cell else None, source_text=value, location=block.provenance.location)
        role = heading_role(lab)[0] or ("sub_goal" if lab in ("target", "objective", "delmål") else None)
        if lab in ("target", "objective", "delmål"):
            role = "sub_goal"
        continues = last_item is not None and lab == last_label and (
            (cell is not None and cell.merged_from is not None)
            or not value[:1].isupper()
            or not last_item.text.rstrip().endswith((".", ";", "!", "?"))
        )
        last_label = lab
        if continues:
            # the same labelled cell drawn over several rows: one item
            last_item.text = _clean(join_lines([last_item.text, value]))
            continue
        if role in GOAL_ROLES:
            same = next((g for g in st.plan.goals if g.text == _clean(value)), None)
            if same is not None:
                last_item = same
                if role != "sub_goal":
                    st.record_goal = same
                continue
            g = _add_goal(st, block, value, GOAL_ROLES[role], number=None)
            g.page, g.provenance = page, prov
            if role == "sub_goal" and st.record_goal is not None:
                g.parent_id = st.record_goal.id
                st.record_target = g
            else:
                st.record_goal = g
                st.record_target = None
            last_item = g
        elif role == "strategy":
            sgy = _add_strategy(st, block, value, number=None)
            sgy.page, sgy.provenance = page, prov
            parent = st.record_target or st.record_goal
            if parent is not None:
                sgy.goal_ids.append(parent.id)
            last_item = sgy
        elif role == "measure":
            m = _add_measure(st, block, value, number=None, provenance=prov)
            parent = st.record_target or st.record_goal
            if parent is not None:
                m.goal_ids.append(parent.id)
            last_item = m
    return True


def _sub_header(row) -> bool:
    from plancheck.lang.vocab import column_role

    return sum(1 for c in row if c.text.strip() and column_role(c.text) in ("owner", "deadline", "cost", "indicator")) >= 2


def _record_values(st, block, item, header_row, row, page, parse_deadline, split_owners) -> None:
    """The values under a "Timeline | Lead Agency" row: the item becomes a measure with them."""
    roles = table_roles([c.text for c in header_row])
    owner_text = _cell(row, roles, "owner")
    deadline_text = _cell(row, roles, "deadline")
    if isinstance(item, Measure):
        m = item
    else:
        m = _add_measure(st, block, item.text, number=item.number, provenance=item.provenance)
        if isinstance(item, Strategy):
            m.strategy_ids.append(item.id)
            m.goal_ids.extend(item.goal_ids)
        elif isinstance(item, Goal):
            m.goal_ids.append(item.id)
    m.owner_text = owner_text or None
    m.owners = split_owners(owner_text, lang=st.lang) if owner_text else []
    m.deadline = parse_deadline(deadline_text, lang=st.lang) if deadline_text else None
    m.has_owner_column = "owner" in roles
    m.has_deadline_column = "deadline" in roles
    m.cost = _cell(row, roles, "cost") or None


def _names_goal(st: _State, text: str) -> bool:
    """Does a group row name a goal or strategy ("Mål 3: …", "Tiltak knyttet til mål 1",
    a "skal" sentence, or the words of a declared goal or strategy)?"""
    from plancheck.extract.link import _NAMED_NUMBER, best_match

    role, _num, _rest = label_role(text)
    if role in GOAL_ROLES or role == "strategy" or _NAMED_NUMBER.search(text):
        return True
    if re.search(r"\b(skal|skall|ska|shall|will|vil)\b", text, re.IGNORECASE):
        return True
    return max(best_match(text, st.plan.goals)[1], best_match(text, st.plan.strategies)[1]) >= 85


def _find_header(st: _State, block: Block, table: Table) -> Table:
    """A table whose real header row comes after a title row and a "Goals: …" row: use that
    row as the header, read goals from the rows above it."""
    from plancheck.lang.vocab import column_role

    def score(cells: list[str]) -> int:
        return sum(1 for c in cells if c and (column_role(c) or _HORIZON.match(c.strip())))

    if score(table.header) >= 2 or not table.rows:
        return table
    for k, row in enumerate(table.rows[:5]):
        texts = [c.text for c in row]
        if score(texts) >= 2:
            # a column group headed "Byggesak (oppdateres til rammesøknad)" is a template to be
            # filled in later: its columns are not the plan's owners or deadlines yet
            for pre in table.rows[:k]:
                for i, c in enumerate(pre):
                    if _DEFERRED.search(c.text):
                        end = next((j for j in range(i + 1, len(pre)) if pre[j].text.strip()), len(pre))
                        for j in range(i, end):
                            texts[j] = ""
            for pre in table.rows[:k]:
                for c in pre:
                    m = _GOALS_CELL.match(c.text)
                    if m:
                        for sentence in re.split(r"(?<=[.!?])\s+(?=[A-ZÆØÅ])", c.text[m.end():]):
                            if sentence.strip():
                                prov = Provenance(page=c.page, bbox=c.bbox, source_text=c.text, location=block.provenance.location)
                                g = _add_goal(st, block, sentence, GoalKind.goal, number=None)
                                g.page, g.provenance = c.page, prov
            body = [r for r in table.rows[k + 1 :] if [c.text for c in r] != texts]
            return Table(header=texts, rows=body, pages=table.pages, ruled=table.ruled)
    return table
_OWNER_FIRST = re.compile(r"^(ansvar|lead|responsible|owner|utføres)", re.IGNORECASE)


def table_roles(header: list[str], shift: dict[str, str] | None = None) -> list[str | None]:
    """Column roles from header words; with two owner-like columns ("Förvaltning/Bolag" and
    "Ansvarig"), the one named "Ansvar…"/"Lead" is the owner and the other is left out.
    ``shift`` renames levels in plans labelled "Strategy > Measure > Action"."""
    from plancheck.lang.vocab import column_role

    roles = [column_role(h) if h else None for h in header]
    if shift:
        for i, h in enumerate(header):
            word = (h or "").strip().split(" ", 1)[0].lower()
            if word in shift:
                roles[i] = shift[word]
    owners = [i for i, r in enumerate(roles) if r == "owner"]
    if len(owners) > 1:
        preferred = [i for i in owners if _OWNER_FIRST.match(header[i].strip())]
        if preferred:
            for i in owners:
                if i != preferred[0]:
                    roles[i] = None
    for role in ("measure", "deadline", "goal"):
        idx = [i for i, r in enumerate(roles) if r == role]
        for i in idx[1:]:
            roles[i] = None
    return roles


def _is_measure_candidate(block: Block | None) -> bool:
    """A numbered item or heading right above an "Ansvarig | Tidsplan" table is its measure."""
    if block is None or block.kind == BlockKind.table:
        return False
    return block.kind in (BlockKind.list_item, BlockKind.heading) and bool(block.number)


def _is_group_row(row, roles: list[str | None]) -> bool:
    """A row with one text that spans the table (a merged cell over all columns, or a bold
    line across an unruled table): it names the goal or strategy of the rows below."""
    filled = [c for c in row if c.text.strip()]
    if len(filled) != 1 or len(row) < 2 or filled[0].merged_from is not None:
        return False
    others = [c for c in row if c is not filled[0]]
    if all(c.bbox is None for c in others):
        return True
    return bool(re.match(r"^\s*(tiltak knyttet til |for )?(hoved|hovud|del)?(mål|goal|objective|strategi)", filled[0].text, re.IGNORECASE))


def _cell(row, roles: list[str | None], role: str) -> str:
    """The text of the column with ``role``; when that cell is covered by a cell merged in
    from the left (whose own column has no role), the merged cell's text."""
    texts = []
    for i, r in enumerate(roles):
        if r != role or i >= len(row):
            continue
        if row[i].text:
            texts.append(row[i].text)
        elif row[i].bbox is None:
            k = i - 1
            while k >= 0 and not row[k].text and row[k].bbox is None:
                k -= 1
            if k >= 0 and row[k].text and roles[k] is None and row[k].bbox is not None:
                texts.append(row[k].text)
    return join_lines(texts) if texts else ""


def _measure_table(st: _State, block: Block, table: Table, roles: list[str | None]) -> None:
    from plancheck.lang.deadlines import parse_deadline
    from plancheck.lang.owners import split_owners

    group_goal: str | None = None
    skipping = False
    mcol = roles.index("measure")
    horizons = [i for i, h in enumerate(table.header) if _HORIZON.match((h or "").strip())]
    header_norm = [normalise(h) for h in table.header]
    for row in table.rows:
        if not any(c.text.strip() for c in row) or [normalise(c.text) for c in row] == header_norm:
            continue
        if _is_group_row(row, roles):
            text = next(c.text for c in row if c.text.strip())
            if _NOT_MEASURES.match(text):
                skipping = True  # "Current Efforts": existing work, not this plan's measures
            elif re.match(r"^(proposed|new|planned|nye|planlagte)\s+\w+", text, re.IGNORECASE):
                skipping = False
            else:
                skipping = False
                # a topic row ("a. Air Quality") is a theme; only a row naming a goal or strategy links
                group_goal = text if _names_goal(st, text) else None
            continue
        if skipping:
            continue
        text = row[mcol].text.strip()
        if not text:
            continue
        number = _cell(row, roles, "number") or None
        label_num, rest = None, text
        lrole, lnum, lrest = label_role(text)
        if lrole:
            label_num, text = lnum, lrest
            rest = lrest
        m = re.match(r"^(\d{1,2}(?:\.\d{1,2}){0,3})[.)]?\s+(.+)$", text, re.DOTALL)
        if m and (m.group(1).count(".") or text[len(m.group(1)) : len(m.group(1)) + 1] in ".)"):
            label_num, rest = m.group(1), m.group(2)
        owner_text = _cell(row, roles, "owner")
        deadline_text = _cell(row, roles, "deadline")
        if not deadline_text and horizons:
            marked = [table.header[i] for i in horizons if i < len(row) and _MARK.match(row[i].text)]
            deadline_text = ", ".join(marked)
        page = row[mcol].page or block.provenance.page
        bbox = row[mcol].bbox
        source = " | ".join(c.text for c in row)
        location = block.provenance.location
        if location:
            location = f"{location}, row {row[mcol].row + 1}"
        prov = Provenance(page=page, bbox=bbox, source_text=source, location=location)
        meas = _add_measure(st, block, rest, number=number or label_num, provenance=prov)
        meas.owner_text = owner_text or None
        meas.owners = split_owners(owner_text, lang=st.lang) if owner_text else []
        meas.deadline = parse_deadline(deadline_text, lang=st.lang) if deadline_text else None
        meas.has_owner_column = "owner" in roles
        meas.has_deadline_column = "deadline" in roles or bool(horizons)
        meas.cost = _cell(row, roles, "cost") or None
        meas.indicator = _cell(row, roles, "indicator") or None
        meas.status = _cell(row, roles, "status") or None
        goal_text = _cell(row, roles, "goal") or group_goal
        meas.table_goal_text = goal_text or None
        strategy_text = _cell(row, roles, "strategy")
        if strategy_text:
            _table_strategy(st, block, meas, strategy_text)
    st.last_candidate = None


def _table_strategy(st: _State, block: Block, meas: Measure, text: str) -> None:
    """A strategy column: each distinct strategy text becomes one strategy."""
    from rapidfuzz import fuzz

    _role, _num, rest = label_role(text)
    norm = _clean(rest if _role else text)
    found = next((s for s in st.plan.strategies if fuzz.token_sort_ratio(normalise(s.text), normalise(norm)) >= 90), None)
    if found is None:
        found = _add_strategy(st, block, norm, number=None)
    meas.strategy_ids.append(found.id)


_DELEGATION = re.compile(r"^(genom|gjennom|via|through)\b", re.IGNORECASE)


def _attachment_table(st: _State, block: Block, table: Table, roles: list[str | None]) -> None:
    """An "Ansvarig | Tidsplan" table under a numbered item: owners and deadline of that item."""
    from plancheck.lang.deadlines import parse_deadline
    from plancheck.lang.owners import split_owners

    meas = st.last_candidate_measure
    cand = st.last_candidate
    if meas is None:
        if cand is None or cand.kind == BlockKind.table:
            return
        text = cand.text
        if cand.kind == BlockKind.heading:
            _role, rest = heading_role(text)
            text = rest or text
        meas = _add_measure(st, cand, text, number=cand.number, provenance=cand.provenance)
    owners: list[Owner] = []
    seen: set[str] = set()
    deadlines: list[Deadline] = []
    for row in table.rows:
        otext = _cell(row, roles, "owner")
        if _DELEGATION.match(otext):
            otext = ""  # "Genom KLF/OHAB": done through another row's owner
        for o in split_owners(otext, lang=st.lang) if otext else []:
            key = o.text.lower()
            if key not in seen:
                seen.add(key)
                owners.append(o)
        dtext = _cell(row, roles, "deadline")
        if dtext:
            dl = parse_deadline(dtext, lang=st.lang)
            if dl is not None:
                deadlines.append(dl)
    meas.owners = owners
    meas.owner_text = "; ".join(o.text for o in owners) or None
    dated = [d for d in deadlines if d.end is not None]
    if dated:
        meas.deadline = max(dated, key=lambda d: d.end)
    elif deadlines:
        meas.deadline = deadlines[0]
    meas.has_owner_column = "owner" in roles
    meas.has_deadline_column = "deadline" in roles
    st.last_candidate = None
    st.last_candidate_measure = None
