"""The plan being built, and the one way to add an item to it.

Shared by the walk over text (:mod:`plancheck.extract.plan`) and the table readers
(:mod:`plancheck.extract.tables`): every goal, strategy and measure gets its id, page, section,
focus area and provenance here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from plancheck.models import (
    Block,
    BlockKind,
    Deadline,
    Goal,
    GoalKind,
    Indicator,
    Measure,
    Plan,
    Provenance,
    Strategy,
    Vision,
)

if TYPE_CHECKING:  # a type only: the timeline module is loaded lazily by the walk (plan.LAZY_MODULES)
    from plancheck.extract.timeline import TimelineCard

GOAL_ROLES = {"goal": GoalKind.goal, "main_goal": GoalKind.main_goal, "sub_goal": GoalKind.sub_goal}


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
    letter_parent: Goal | None = None  # a numbered goal whose "a)", "b)" items are its sub-goals
    # goals read from numbered headings a lead-in announced ("… are as follows:" then "1 …", "2 …"),
    # one list per lead-in, and the ids of those with lettered items ("a.", "b.") under them
    announced_goals: list[list[Goal]] = field(default_factory=list)
    lettered_parents: set[str] = field(default_factory=set)
    last_goal_by_level: dict[int, Goal] = field(default_factory=dict)
    last_goal: Goal | None = None
    # the cards of a vertical timeline by title block index, and its labels (extract/timeline.py)
    timeline_cards: dict[int, TimelineCard] = field(default_factory=dict)
    timeline_labels: set[int] = field(default_factory=set)
    last_candidate: Block | None = None
    last_candidate_measure: Measure | None = None
    # (level, font size) of the headings read as card titles over a record of fields
    # (extract/tables._attachment_table): a sibling card over a single field line is one too
    card_heading: tuple[int | None, float | None] | None = None
    blocks: list[Block] = field(default_factory=list)
    parent_of: dict[str, str | None] = field(default_factory=dict)  # section → parent section
    prev_sibling: dict[str, str] = field(default_factory=dict)  # section → the one before it, same parent
    quote_sections: set[str] = field(default_factory=set)  # sections titled by a pull quote
    # header cells whose column read as deadlines by content in an earlier table of the document
    content_columns: dict[str, str] = field(default_factory=dict)
    header_cells: dict[str, list[str]] | None = None  # header → its cells in all tables (extract/tables._header_cells)
    # the action column heads of the tables read as measure tables ("aktiviteter"): a later
    # table under that head is one of them even without an owner column (no row of it has one)
    measure_heads: set[str] = field(default_factory=set)
    # headers of titled record tables read by their descriptions (tables.described_items): a later
    # table of the same form is read so without the action verbs again
    described_heads: set[str] = field(default_factory=set)
    # the action column heads of every table of the document whose header names an owner
    # column beside it (computed once, on first need): a table under that head that comes
    # BEFORE them is one of them too
    owned_heads: set[str] | None = None
    item_sections: set[str] = field(default_factory=set)  # sections titled by a labelled item ("Action 3.2 …")
    owner_grouped: set[str] = field(default_factory=set)  # measure headings naming the owner column (roles.owner_grouped_heading)
    index: int = 0
    group_number: str | None = None  # "1." heading a group of measures "1.1", "1.2"
    loose_goal_ids: set[str] = field(default_factory=set)  # goals told from a flat bullet list
    paragraph_measure_ids: set[str] = field(default_factory=set)  # measures written as paragraphs
    role_item_heading: bool = False  # the last heading was itself an item (a strategy heading)
    label_shift: dict[str, str] = field(default_factory=dict)  # "strategy" → "goal" in 3-level plans
    ctx_goal: Goal | None = None  # the last goal/strategy announced by a label heading
    # goals read since the last measure, and whether last_goal was the only one: a goal that
    # opens its own group ("Målsætning: …" then "Handlinger:" and its list) over the measures
    # after it, not the last of a list of goals stated before all the measures
    goals_since_measure: int = 0
    last_goal_alone: bool = False
    band_goal: str | None = None  # the goal the last measure table's group row or band named
    ctx_sub_goal: Goal | None = None  # the last sub-goal label under ctx_goal ("Objective 1.2")
    ctx_strategy: Strategy | None = None
    label_roles: dict[str, str] = field(default_factory=dict)  # "policy" → "goal", from numbering
    run_in_sections: set[str] = field(default_factory=set)  # chapters whose items open with run-in titles
    taken: set[int] = field(default_factory=set)  # blocks already read as the text of a label above
    # the indicator line closing an item of a measured run (index) → the run's item role
    measured_runs: dict[int, str] = field(default_factory=dict)
    # measures whose owners were read from their description's sentences (another such
    # sentence may name one more)
    described_owners: set[str] = field(default_factory=set)
    item_parent: Strategy | None = None
    time_frame: tuple[Deadline, int, bool] | None = None  # a "Short-Term" heading: deadline, level, bold
    time_heading: bool = False  # the time frame was set by a time-qualified measure heading ("Tiltak i 2031")
    framed: dict[int, Deadline] = field(default_factory=dict)  # id(measure) → the time heading's deadline it stood under
    labelled: Measure | Strategy | None = None  # the last item given by a label, until a heading
    tag_legend: dict = field(default_factory=dict)  # "(st)" → its Deadline, from a legend
    # letter → word of the legend of a responsibility matrix (raci.read_legend), read on first need
    raci_legend: dict[str, str] | None = None
    indexed_codes: set[str] | None = None  # the measure numbers the lookup tables by owner list
    pending_label: tuple[str, str | None] | None = None  # a label alone on its line: (role, number)
    pending_label_text: str = ""
    pending_first_sentence: bool = False  # the pending label closed a paragraph: it labels one sentence
    # the steps of a breadcrumb above the next block ("Mål 2 › Delmål 2.3 › Tiltak 2.3.4"):
    # [(role, number)], the last the next block's own (roles.breadcrumb)
    pending_crumb: list[tuple[str, str | None]] | None = None
    note_refs_of: dict[int, list[str]] = field(default_factory=dict)  # id(measure) → its block's note references
    crumb_measure: Measure | None = None  # the measure of the last breadcrumb block: its metadata lines follow
    crumb_measures: list[Measure] = field(default_factory=list)  # every measure given metadata lines
    crumb_unset: set[str] = field(default_factory=set)  # deadline field values with no time: an empty field's mark
    ctx_label_goal: Goal | None = None
    # the goal of the last goal label heading and that heading's level, while only headings that
    # state its strategies ("Vi vil …") have come after it
    heading_goal: tuple[Goal, int | None] | None = None
    list_goal: Goal | None = None  # the last goal read from a bullet, and its list level
    list_goal_level: int = 0  # the goal of the last goal label heading ("Objective 1.1.1: …")
    # owner and deadline fields keyed to items by number in later lines (plan.fields_by_number)
    keyed_fields: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    # the blocks the last line of fields under an item was read from (plan._fields_under)
    fields_under_used: list[int] = field(default_factory=list)
    # (level, font size) of the headings read as measures over a line of owner AND deadline fields
    # (plan._heading_over_fields): a sibling of that type over one field of the two is a measure too
    field_heading_types: set = field(default_factory=set)
    inline_fields: list = field(default_factory=list)  # (measure, Fields) with fields in their line
    group_field_lines: list = field(default_factory=list)  # (block index, its fields) of 'Ansvar for alle tiltak: …' lines
    # section → the goals its heading names (one; a card's row of goal chips names several)
    section_goals: dict[str, list[str]] = field(default_factory=dict)
    section_measures: dict[str, Measure] = field(default_factory=dict)  # section → measure its heading labels
    record_goal: Goal | None = None  # the goal of record-style tables ("Goal | …" rows)
    card_goals: tuple[int | None, int] | None = None  # goals over cards: (heading level, next number)
    record_target: Goal | None = None
    # numbered headings announced as goals by a lead-in ("… 3 main goals:" then "1 …", "2 …"):
    # (heading level, the next number expected, the goal role)
    goal_heading_seq: tuple[int | None, int, str] | None = None
    lead_in_level: int | None = None  # list level of the first item after the lead-in
    lead_in_suspended: bool = False  # a description paragraph stands between titled list items
    # a goal of a numbered outline ("1. … skal …" over "1.1", "1.2") and what its items are
    outline: tuple[Goal, str] | None = None
    outline_role: str | None = None  # the role before the outline began, back when it ends
    # the names of bodies an assignment sentence set up ("… att tillsätta en Samordningsgrupp för …"),
    # and the owners a lead-in that hands its list to someone gives every item of it
    assigned_names: list[str] = field(default_factory=list)
    lead_owners: list = field(default_factory=list)
    statement_goals: int = 0  # statements under numbered titles read as the goals of the items below
    read_own_targets: bool = True  # read the plan's own targets from running text
    own_goal: Goal | None = None  # the first target the plan states as its own in running text
    own_goals: list[Goal] = field(default_factory=list)  # every such target
    means_goal: Goal | None = None  # the goal a lead-in's paragraph names the way to ("this goal")
    own_goal_refs: list[Measure] = field(default_factory=list)  # measures whose description names the plan's goal
    action_sections: set[str] = field(default_factory=set)  # headings read as one action with parts below
    # topics of a measures chapter over a list of their own: that list's items are measures
    measure_topics: set[str] = field(default_factory=set)
    # topics of a goal chapter whose list states aims: section id → the chapter's goal role
    # (plan._topic_over_aims)
    goal_topics: dict[str, str] = field(default_factory=dict)
    # (level, bold, chapter) of headings under a measures chapter -> [(index, over a list?)]
    alike_headings: dict[tuple, list[tuple[int, bool]]] = field(default_factory=dict)
    # each section's heading text and the index of the next heading after each block, built once per
    # walk when first asked (plan._states_goal_over_actions): not a scan of the blocks per heading
    heading_titles: dict[str, str] | None = None
    next_heading: list[int] | None = None
    # paragraphs opening with an item code, by the code's shape (dashed "QL-1" or capitals "G1"),
    # counted once per plan when a coded paragraph is first met (plan._coded_outline_goal)
    coded_shapes: dict[bool, int] | None = None
    # the role a side heading names ('Dette vil vi oppnå' → goal), for the text beside it (the next block)
    side_role: str | None = None
    # the codes that number a list by their series ("M1 …", "M2 …", "M3 …": layout.blocks.code_series)
    series_codes: frozenset[str] = frozenset()
    # the sections headed by a purpose word in a plan that numbers its goals ('Formål' beside 'Mål 1.'):
    # their text is no goal (extract/canvaspanels.py)
    purpose_sections: set[str] = field(default_factory=set)
    # (measure, the goal chips of its callout bubble 'Goal A B'), linked once the goals are read
    # (extract/bubblechips.py)
    bubble_chips: list = field(default_factory=list)
    # a letter of numbered promises ('1. **Vi rydder …** Jobben gjøres av …', extract/promises.py), and
    # the titles of its sections, whose paraphrase names the goal a promise serves
    promise_form: bool = False
    section_titles: dict[str, str] = field(default_factory=dict)


def goal_by_number(st: _State, number: str) -> Goal | None:
    return next((g for g in st.plan.goals if (g.number or "").strip(".)") == number), None)


def _focus(st: _State, block: Block) -> str | None:
    return st.focus_of_section.get(block.section_id or "")


# a goal opening with its code and a dash or colon ("O1 – Fewer residents …", "G2: …"): one or two
# capitals and a number, set off by spaces, is the goal's number, not its words
_LEADING_CODE = re.compile(r"^\s*(?P<code>[A-ZÆØÅÄÖ]{1,2}\d{1,2}(?:\.\d{1,2}){0,2})\s+[–—:-]\s+(?=\S)")


def _add_goal(st: _State, block: Block, text: str, kind: GoalKind, number: str | None) -> Goal:
    if number is None and (coded := _LEADING_CODE.match(text)) is not None:
        number, text = coded.group("code"), text[coded.end() :]
    elif number is None and (words := text.split(None, 2))[:1] and words[0] in st.series_codes and len(words) > 1 and words[1][:1].isupper():
        number, text = words[0], text.strip()[len(words[0]) :].strip()  # "M2 Innbyggjarane …" of a series M1, M2, M3
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
    st.last_goal_alone = st.goals_since_measure == 0
    st.goals_since_measure += 1
    return goal


def _same_area(st: _State, goal: Goal, block: Block) -> bool:
    return st.focus_of_section.get(goal.section_id or "") == st.focus_of_section.get(block.section_id or "")


def _add_strategy(st: _State, block: Block, text: str, number: str | None, provenance: Provenance | None = None) -> Strategy:
    s = Strategy(
        id=f"strategy-{len(st.plan.strategies) + 1}",
        text=_clean(text),
        number=number,
        page=(provenance or block.provenance).page,
        section_id=block.section_id,
        focus_area_id=_focus(st, block),
        provenance=provenance or block.provenance,
    )
    st.plan.strategies.append(s)
    return s


def _item_lead(block: Block, text: str, min_words: int = 4) -> str:
    """``text``, or the bold sentence a list item opens with when ``text`` is the whole item and
    goes on after it (:attr:`Block.run_in` of a list item, layout.blocks.item_lead): "**Skaffe
    fire akuttbustader som kan takast i bruk same dag.** I dag blir hotellrom …" is the measure
    "Skaffe fire akuttbustader …", the rest its explanation, as for a paragraph's bold lead."""
    lead = " ".join((block.run_in or "").split())
    if block.kind != BlockKind.list_item or len(lead.split()) < min_words:
        return text
    whole = " ".join(text.split())
    return lead if whole == " ".join(block.text.split()) and whole.startswith(lead) and len(whole) > len(lead) else text


def _add_measure(st: _State, block: Block, text: str, number: str | None, provenance: Provenance | None = None) -> Measure:
    text = _item_lead(block, text)
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
    st.goals_since_measure = 0
    if block.note_refs:
        st.note_refs_of[id(m)] = list(block.note_refs)
    if st.time_frame is not None and st.time_heading:
        st.framed[id(m)] = st.time_frame[0]
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
    return without_asterisk_note(" ".join(text.split())).strip(" :;")


# a word with an asterisk glued to it ("the community*") marks a note; the note itself opens
# with the asterisk after a sentence's end ("… goal. * “Tier one” means …")
_ASTERISK_MARK = re.compile(r"\w[”\"’')]?\*(?!\*)")
_ASTERISK_NOTE = re.compile(r"(?<=[.!?”\"])\s+\*\s*(?=\S)")


def without_asterisk_note(text: str) -> str:
    """``text`` without the note an asterisk in it points to, when the note was read into the
    same cell or paragraph after the last sentence: the note explains a word, it is no part
    of the item."""
    mark = _ASTERISK_MARK.search(text)
    if mark is None:
        return text
    note = next((m for m in _ASTERISK_NOTE.finditer(text) if m.start() > mark.end()), None)
    return text[: note.start()] if note is not None else text


def item_described(st: _State) -> bool:
    """Whether a paragraph after the last candidate describes it rather than replacing it: the
    candidate is a numbered item, or a heading or list item the walk made a measure of ('Tiltak
    3: …', 'Action: …' — labelled, not numbered). Its fields may follow the description in a
    small table ('Ansvar | Frist | Kostnad'): they are that measure's (tables._attachment_table)."""
    cand = st.last_candidate
    if cand is None:
        return False
    if cand.number:
        return True
    meas = st.last_candidate_measure
    return (
        meas is not None
        and cand.kind in (BlockKind.heading, BlockKind.list_item)
        and meas.provenance is not None
        and meas.provenance.page == cand.provenance.page
        and meas.provenance.bbox == cand.provenance.bbox
    )
