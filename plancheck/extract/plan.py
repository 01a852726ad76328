"""From a :class:`Document` (blocks and sections) to a :class:`Plan` (goals, strategies, measures).

Reading order is walked once. A block's role comes from, in this order:

1. a label at its start ("Hovedmål:", "Goal 1:", "Action 2.3.1");
2. the role of the heading it stands under ("Mål", "Strategier", "Tiltak", "Utfordringer");
3. a lead-in paragraph ending in a colon ("Vi vil:") for the list items after it.

Tables are measure tables when a column is a measure column ("Tiltak", "Aktivitet", "Action");
a table with only owner/deadline columns gives the owners and deadline of the item just above
it (a numbered measure followed by its "Ansvarig | Tidsplan" table).
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import re
from dataclasses import dataclass
from functools import cache

from plancheck.extract.fields import Fields, deadline_without_lead, split_fields
from plancheck.extract.plantype import plan_type
from plancheck.extract.roles import (
    BARE_CODE,
    aim_statement,
    band_goal,
    bare_label,
    comment_on_item,
    goal_reference,
    heading_role,
    is_focus_parent,
    is_reference_only,
    label_role,
    numbered_label,
    roles_by_numbering,
    states_one_sentence,
)
from plancheck.extract.state import (
    GOAL_ROLES,
    _add_goal,
    _add_indicator,
    _add_measure,
    _add_strategy,
    _clean,
    _item_lead,
    _set_vision,
    _State,
    goal_by_number,
    item_described,
)
from plancheck.extract.statements import inline_enumeration
from plancheck.extract.tables import read_table
from plancheck.extract.timeheadings import (
    TIME_HEADINGS,
    TimeHeadingSettings,
    time_qualified_heading,
)
from plancheck.ingest.text import normalise
from plancheck.lang.vocab import (
    BARE_OR_DEFINITE,
    alternation,
    evidence_words,
    names_a_body,
    parent_goal_header,
    plain_words,
)
from plancheck.models import (
    Block,
    BlockKind,
    Challenge,
    Deadline,
    DeadlineKind,
    Document,
    FocusArea,
    Goal,
    GoalKind,
    Measure,
    Owner,
    Passage,
    Plan,
    PlanPeriod,
    Provenance,
    Section,
    SourceInfo,
    Strategy,
)
from plancheck.regexcache import longest_first

PERIOD = re.compile(r"(?<!\d)(20\d\d)\s*(?:–|-|—|til|to)\s*(20\d\d)(?!\d)")
SEP = re.compile(r"\s+[–—-]\s+|\s*\|\s*")


#: ``build_plan(model=SHIPPED)``: use the role model shipped in the package (when present)
SHIPPED = "shipped"


@dataclass(frozen=True)
class WalkSettings:
    """Tolerances of the rule walk over the text."""

    # a paragraph under a goal heading with more sentences than this is prose, not a goal box
    goal_box_sentences: int = 4
    # an outcome set as a bold heading over its action (no modal) is a sentence of this many words
    aim_heading_min_words: int = 5
    # headings set alike that each ask a whole question ('Hvordan kan vi …?', 'What would it take
    # to …?') of this many words or more, each over a section holding a table of measures, at
    # least question_goal_min_siblings of them, are the goals those measures serve
    # (_question_over_measures)
    question_goals: bool = True
    question_goal_min_words: int = 6
    question_goal_min_siblings: int = 2
    # a list item this short without a full stop is a title (its description follows)
    title_item_chars: int = 80
    # a name in a summary list is the same measure as a later numbered one at this WRatio
    summary_repeat_score: float = 85.0
    # a goal's short strategies, as many as its measures and each sharing a word of this many
    # letters (compared by as many first letters) with the measure in its place, at least
    # ``summary_min_items`` of them, sum those measures up (extract/summaries.py)
    summary_word_chars: int = 5
    summary_min_items: int = 2
    # a section written in English inside a Nordic plan (or the reverse), of at least this many
    # words of running text, is a translation for readers of that language: its items are the
    # plan's own again (extract/summaries.py drop_translated_sections)
    translation_min_words: int = 30
    # an item opening 'No measures yet' holds a measure word within this many words after
    # its negation (extract/placeholders.py)
    placeholder_word_span: int = 2
    # the statement under a numbered title that labelled sub-goals follow is their goal when it
    # has at most this many sentences
    statement_max_sentences: int = 2
    # a heading stating an aim over a list of measures (_aim_over_measure_list): at least this
    # many items under it, and this share of them an action by their own words
    aim_list_min_items: int = 2
    aim_list_action_share: float = 0.75
    statement_max_chars: int = 400
    # a lead-in without its colon ("Fokusområdena är") is at most this long
    unfinished_lead_chars: int = 60
    # a paragraph under a strategies heading that opens with an action verb is a strategy up to
    # this long (its explanation included)
    strategy_paragraph_chars: int = 600
    # a numbered focus-area or goal label ("Priority 7", "Ambition 9") over one sentence of at
    # least this many words states that goal (roles.band_goal); a shorter text names an area
    band_sentence_min_words: int = 5
    # a numbered goal label with a short name set smaller over a goal's sentence ("MISSION 3 ·
    # READY FOR SCHOOL" over "By 2040, …"): the name has at most this many words (_named_kicker)
    kicker_name_words: int = 4
    # headings set alike under an actions chapter are actions titled by the heading only when
    # fewer of them stand over lists or tables of their own (topics) than over a paragraph
    # alone, counted with this weight on the topics (1.0: a tie is topics)
    titled_action_groups_ratio: float = 1.0
    # a paragraph opening with an item code ("QL-1 Provide parks …") over a list of sub-items is
    # the upper level of a two-level outline, a goal, when this many paragraphs open with codes
    # of the same shape (QL-1, SC-2) and its text has band_sentence_min_words words or more
    coded_outline_min_siblings: int = 2
    # ... and a line under a label alone on its own line states the goal without its full stop
    # when it has at least this many words (a focus area's name is shorter)
    band_unstopped_min_words: int = 8
    # a numbered heading over action cards states a goal when it has at least this many words
    # (a sentence, not a topic title such as "1 Parks")
    goal_min_words: int = 5
    # a lead-in reaching "the goal" with no goal read in its section makes the section's own
    # heading that goal when the heading states an aim of at least this many words
    anaphora_heading_min_words: int = 4
    # a chapter's label typed as a plain line ("Chapter 2: Energy …") is at most this long
    chapter_label_chars: int = 80
    # a run of numbered measures is a set of comments keyed to the measures of a longer run
    # (or quotes of an earlier plan's) when at least this share of its codes stand in that run
    # over a text that differs (token-sort ratio below ``repeat_text_score``)
    repeat_run_share: float = 0.5
    repeat_text_score: float = 70.0
    # a paragraph with a line of labelled fields under it is a measure up to this long …
    field_measure_chars: int = 400
    # … when the line holds two fields or more, or one set this many pt smaller than the paragraph
    field_line_size_delta: float = 0.5
    # a heading over such a line of fields, owner and deadline both, is a measure when it holds
    # at least this many words (a unit's or a theme's name over its group's fields is shorter)
    field_heading_min_words: int = 5
    # a line of fields broken one field to a line ("Who is in charge: …" / "When: …") is read
    # from at most this many lines under the item
    field_lines_max: int = 3
    # a bold sentence opening a paragraph of owner and deadline fields is a measure when it
    # has at least this many words (fewer: a label, or words set bold for emphasis)
    lead_sentence_min_words: int = 4
    # an item with its own indicator line is at most this long, over at most this many
    # paragraphs in its own type
    measured_item_chars: int = 400
    measured_item_lines: int = 3
    # a nested item that defines a term of its parent names it in at most this many words
    # before its copula ("Green roofs are …"), and in at least this many letters
    definition_term_words: int = 4
    definition_term_chars: int = 3
    # a list under a heading of no role is a list of measures when at least this many of its
    # items, and this share of them, end in labelled owner or deadline fields
    fielded_list_min_items: int = 2
    fielded_list_share: float = 0.5
    # ... or end in an unlabelled bracket of both who and when ("… (Kultureininga, 2027)"), the
    # time not before the plan period's first year (a source cited so, "(SSB, 2023)", is older)
    fielded_list_brackets: bool = True
    # a list of one under its own heading ending in labelled who and when is a measure where
    # the plan's other lists end so (_fielded_elsewhere). Off: read, such a measure ("15 ledige
    # i løntilskud") lets the rød tråd call "flere ledige i job eller uddannelse" followed up,
    # the "eller" member unanswered (parents-blind31 egerup 2b, gold partial) — on once the
    # status reads an "eller" of two objects as two concerns
    one_item_fielded_lists: bool = False
    # a run of short goal names that nothing serves (a section banner's "Objectives:" list) is
    # an overview of goals stated later when at least this many of its names, and this share of
    # them, repeat a later goal; its other names are the same goals in other words
    overview_min_repeats: int = 2
    overview_repeat_share: float = 0.6
    overview_name_chars: int = 80
    # the items numbered under an outline goal ("1.1") are its sub-goals when the unnumbered
    # bullets set deeper under them say who and when in at least this share
    outline_bullet_fields_share: float = 0.5
    # a paragraph right under a table on its page, set at least this many pt smaller than the
    # document's text, of at most table_note_max_words words, is the table's note (a
    # dashboard's 'updated each quarter' under its table visual, a source line): no item
    table_note_size_delta: float = 0.4
    table_note_max_words: int = 25


def _split_owners_seen_alone(plan: Plan) -> None:
    """Two owners run together with no separator, one or both the one owner of another measure,
    are two (:func:`plancheck.lang.owners.split_run_on_owners`); an owner cell kept whole across
    "and" whose parts the plan names as owners elsewhere is
    two owners (:func:`plancheck.lang.owners.split_by_owners_seen_alone`); a name the plan shows
    is one unit's is joined back (:func:`~plancheck.lang.owners.join_names_kept_whole` for a
    slash, :func:`~plancheck.lang.owners.join_unit_names` for weighed evidence)."""
    from plancheck.lang.owners import split_by_owners_seen_alone, split_run_on_owners

    run_on = split_run_on_owners([m.owners for m in plan.measures], plan.language or "nb")
    for m, owners in zip(plan.measures, run_on, strict=True):
        m.owners = owners
    split = split_by_owners_seen_alone([m.owners for m in plan.measures], plan.language or "nb")
    for m, owners in zip(plan.measures, split, strict=True):
        m.owners = owners
    from plancheck.lang.owners import join_names_kept_whole

    joined = join_names_kept_whole([(m.owner_text, m.owners) for m in plan.measures], plan.language or "nb")
    for m, owners in zip(plan.measures, joined, strict=True):
        m.owners = owners
    from plancheck.lang.owners import join_unit_names

    named = join_unit_names([(m.owner_text, m.owners) for m in plan.measures], plan.language or "nb")
    for m, owners in zip(plan.measures, named, strict=True):
        m.owners = owners


def begin_document(doc: Document, lang: str | None = None) -> str:
    """The language of ``doc`` (``lang``, else detected from its text outside tables, else nb),
    set as the line joiner's word list (:func:`plancheck.ingest.text.use_language`). Called
    before anything of a document joins lines: the joiner's language is process state, and a
    step run before it is set would join with the language of the document read before (a
    worker of a batch, training reading its examples one after another)."""
    from plancheck.ingest.text import use_language
    from plancheck.lang.detect import detect_language

    text_sample = " ".join(b.text for b in doc.blocks if b.kind != BlockKind.table)[:20000]
    if not text_sample.strip():
        # a document that is all tables (a workbook, its running heads furniture): their cells
        text_sample = " ".join(
            " ".join([*b.table.header, *(c.text for row in b.table.rows for c in row)])
            for b in doc.blocks if b.table is not None
        )[:20000]
    language = lang or detect_language(text_sample) or "nb"
    use_language(language)  # the word list that joins lines in table cells
    return language


#: the modules :func:`build_plan` and the functions it calls import where they first need them
#: rather than with this module: the function-level imports of this module and, in turn, of
#: the extraction and language modules those reach (the table readers' calendar, RACI,
#: swimlane, logic-model … readers, the owner matcher's tokenizer); kept in step with those
#: imports by ``tests/test_speed_meanwhile.py``
LAZY_MODULES = (
    "plancheck.extract.activitycharts",
    "plancheck.extract.align",
    "plancheck.extract.amendments",
    "plancheck.extract.bilingual",
    "plancheck.extract.bracketowners",
    "plancheck.extract.bubblechips",
    "plancheck.extract.calendargrid",
    "plancheck.extract.canvaspanels",
    "plancheck.extract.cardcodes",
    "plancheck.extract.cardgrid",
    "plancheck.extract.causecodes",
    "plancheck.extract.charge",
    "plancheck.extract.closingfields",
    "plancheck.extract.dashfields",
    "plancheck.extract.dbviews",
    "plancheck.extract.dittos",
    "plancheck.extract.features",
    "plancheck.extract.fieldlines",
    "plancheck.extract.fieldrows",
    "plancheck.extract.figuretiles",
    "plancheck.extract.goalstatements",
    "plancheck.extract.goaltags",
    "plancheck.extract.groupowners",
    "plancheck.extract.headerless",
    "plancheck.extract.inline",
    "plancheck.extract.keyed",
    "plancheck.extract.leadclauses",
    "plancheck.extract.letterrefs",
    "plancheck.extract.link",
    "plancheck.extract.logframes",
    "plancheck.extract.logicmodels",
    "plancheck.extract.notes",
    "plancheck.extract.pagechrome",
    "plancheck.extract.parallelcells",
    "plancheck.extract.periodheads",
    "plancheck.extract.placeholders",
    "plancheck.extract.promises",
    "plancheck.extract.prose",
    "plancheck.extract.raci",
    "plancheck.extract.rolemodel",
    "plancheck.extract.runin",
    "plancheck.extract.stated",
    "plancheck.extract.stepmarkers",
    "plancheck.extract.subjectsentences",
    "plancheck.extract.summaries",
    "plancheck.extract.swimlanes",
    "plancheck.extract.timeline",
    "plancheck.extract.titleblock",
    "plancheck.extract.trackers",
    "plancheck.ingest.sections",
    "plancheck.lang.deadlines",
    "plancheck.lang.detect",
    "plancheck.lang.nlp",
    "plancheck.lang.owners",
    "plancheck.lang.timekey",
    "plancheck.lang.tokenizer",
)


def warm_up() -> None:
    """Import what :func:`build_plan` would import on its first call (:data:`LAZY_MODULES`)
    and read the owner matcher's tokenizer data (:func:`plancheck.lang.tokenizer.rules` reads
    it for every language at its first call).

    Why: a reader that lays out a long document's pages in several processes has this process
    free while the helpers take pages (:func:`plancheck.limits.split_work`'s ``meanwhile``);
    doing this here then, instead of after the last page, takes it off the serial part of a
    check. It changes no result: the same modules are imported and the same file read either
    way (the data is kept as read, :func:`functools.cache`)."""
    import importlib

    for name in LAZY_MODULES:
        importlib.import_module(name)
    from plancheck.lang.tokenizer import warm_up as read_tokenizer_rules

    read_tokenizer_rules()


def build_plan(
    doc: Document, *, lang: str | None = None, model: object = SHIPPED, role_settings: object = None
) -> Plan:
    """The plan in ``doc``. ``model``: the role model that weighs the rule walk's items
    (:mod:`plancheck.extract.rolemodel`); ``SHIPPED`` for the packaged one, ``None`` for the rule
    walk alone (training uses that as evidence). The model is only run when ``role_settings``
    (default: :class:`~plancheck.extract.rolemodel.RoleSettings`) let it change an item."""
    language = begin_document(doc, lang)
    from plancheck.extract.fieldrows import field_row_tables
    from plancheck.extract.runin import merge_run_in_items

    doc = field_row_tables(doc)  # a table of 'Vad | …' / 'Vem | …' rows: one row per item
    from plancheck.extract.causecodes import cause_code_tables

    doc = cause_code_tables(doc)  # measures naming root causes ('R3') listed under goals: linked to those goals
    from plancheck.extract.trackers import tracker_tables

    doc = tracker_tables(doc)  # an issue tracker's export: epics the goals, the items linked to them their measures
    from plancheck.extract.fieldlines import field_line_tables

    doc = field_line_tables(doc)  # measure lines and their aligned field lines read as an unruled table
    from plancheck.extract.dittos import ditto_tables

    doc = ditto_tables(doc, language)  # a cell holding only '"' or 'dito': the value of the row above
    from plancheck.extract.groupowners import owner_group_tables

    doc = owner_group_tables(doc, language)  # group rows 'Responsible: <unit>' over a measure table's rows
    doc = merge_run_in_items(doc)  # an item under a run-in title is one block, however broken
    from plancheck.extract.inline import split_inline_items

    doc = split_inline_items(doc)  # several labelled items in one paragraph: one block each
    from plancheck.extract.stepmarkers import numbered_steps

    doc = numbered_steps(doc)  # a diagram's numbered steps ('1'–'4' in circles, a text each): a list
    plan, st = _walk(doc, language, own_targets=True)
    if st.own_goals and all(any(g is o for o in st.own_goals) for g in plan.goals):
        # own targets read from running text stand beside goals the structure states; a plan
        # whose structure states none is read by the prose reader (prose_goals below), which
        # weighs every target sentence of its prose alike: read again as if there were none
        plan, st = _walk(doc, language, own_targets=False)
    # the role model renumbers the items it keeps: remember the loose goals themselves
    loose = [g for g in plan.goals if g.id in st.loose_goal_ids]
    if model is not None:
        from plancheck.extract.rolemodel import RoleSettings, apply_roles, shipped_model

        settings = role_settings if role_settings is not None else RoleSettings()
        # with settings that let it change nothing (the shipped ones) the model is not run
        if settings.changes_items:  # type: ignore[attr-defined]
            if model == SHIPPED:
                model = shipped_model()
            if model is not None:
                apply_roles(plan, doc, model, settings)  # type: ignore[arg-type]
    from plancheck.extract.link import link_plan
    from plancheck.extract.prose import link_prose_goals, prose_goals, prose_measures

    prose_measures(plan, doc)  # nothing read from the structure: the next steps its prose states
    in_prose = prose_goals(plan, doc)  # a plan with no goal list may set its targets in its prose
    from plancheck.extract.stated import stated_goals

    stated_goals(plan)  # still none: goals stated by form (labelled lines, sentence headings)
    from plancheck.extract.goalstatements import stated_sentence_goals

    # still no goal and no measure: the goals it states as sentences ("Vi vil at …", a
    # "Tema | Dette ønsker vi" table), as the rød tråd reads a parent's
    stated_sentence_goals(plan, doc)
    from plancheck.extract.keyed import join_keyed_lines, join_keyed_rows, join_owner_index

    join_keyed_rows(plan, doc, language)  # owners and deadlines in a table keyed by measure number
    join_keyed_lines(plan, doc, language)  # dates in lines keyed by measure code (a milestone box)
    join_owner_index(plan, doc, language)  # 'Service | Actions led': the numbers each unit leads
    from plancheck.extract.timeheadings import year_heading_deadlines

    year_heading_deadlines(plan, doc, language)  # measures grouped under sibling year headings
    kept = {id(g) for g in plan.goals}
    loose_ids = {g.id for g in loose if id(g) in kept} | {g.id for g in in_prose}
    link_plan(plan, doc, loose_goal_ids=loose_ids, section_goals=st.section_goals)
    link_prose_goals(plan, in_prose)
    _link_own_goal(plan, st)
    if st.bubble_chips:
        from plancheck.extract.bubblechips import link_chip_goals

        link_chip_goals(plan.goals, doc.blocks, st.bubble_chips)  # a bubble's goal chips, not its place, say its goals
    share_paragraph_measures(plan)
    merge_repeated_goals(plan)
    merge_repeated_strategies(plan)
    coded_goal_texts(plan)
    from plancheck.extract.summaries import (
        drop_goal_repeats,
        drop_summary_strategies,
        drop_translated_sections,
    )

    walk = WalkSettings()
    drop_summary_strategies(plan, walk.summary_word_chars, walk.summary_min_items, doc)
    drop_goal_repeats(plan)  # a summary's bullets each repeating a goal sentence
    drop_translated_sections(plan, walk.translation_min_words)  # 'In English, in brief': items again
    from plancheck.extract.placeholders import clear_field_prompts, drop_placeholders

    clear_field_prompts(plan)  # 'Choose an item.' in an owner cell: the field left empty
    drop_placeholders(plan, walk.placeholder_word_span)  # 'No measures yet: …' holds a place
    from plancheck.extract.amendments import apply_amendments

    apply_amendments(plan, doc)  # a council decision printed before the draft it adopts with changes
    opening_deadlines(plan)
    mark_action_wording(plan)
    _timeframe_key(plan, doc)
    return plan


def share_paragraph_measures(plan: Plan) -> None:
    """Goals read from the sentences of one printed paragraph ('Resultatmål: A. B.') share the
    measures listed under it: the walk ties those to the paragraph's last goal, which left the
    others reported as goals no measure follows up. Only where no other goal of the paragraph
    has a measure of its own, so a link the plan gives item by item is never widened."""
    groups: dict[tuple, list[Goal]] = {}
    for g in plan.goals:
        prov = g.provenance
        if prov is None or not prov.source_text or g.text.strip() == prov.source_text.strip():
            continue
        key = (g.section_id, prov.page, str(prov.bbox), prov.location, prov.source_text)
        groups.setdefault(key, []).append(g)
    for goals in groups.values():
        if len(goals) < 2:
            continue
        ids = [g.id for g in goals]
        served = [m for m in plan.measures if any(i in m.goal_ids for i in ids)]
        if not served or len({i for m in served for i in m.goal_ids if i in ids}) != 1:
            continue
        for m in served:
            m.goal_ids.extend(i for i in ids if i not in m.goal_ids)


def _timeframe_key(plan: Plan, doc: Document) -> None:
    """The key the plan's running text gives its timeframe words ("Short term = by 30 June
    2027 · …"), and the dates it gives each measure whose deadline is such a word
    (:mod:`plancheck.lang.timekey`)."""
    from plancheck.lang.timekey import apply_timeframe_key, read_timeframe_key

    texts = [(b.text, b.provenance) for b in doc.blocks if b.kind != BlockKind.table and b.text]
    start = plan.plan_period.start if plan.plan_period else None
    plan.timeframe_key = read_timeframe_key(texts, lang=plan.language or "en", plan_start=start)
    apply_timeframe_key(plan)
    if plan.timeframe_key is not None:
        # the key is a legend, not an item: under a heading that names strategies (a word that
        # names measures in a table's column) its line was read as a strategy of its own
        key = plan.timeframe_key.provenance.source_text
        dropped = {s.id for s in plan.strategies if key and s.provenance.source_text == key}
        if dropped:
            plan.strategies = [s for s in plan.strategies if s.id not in dropped]
            for m in plan.measures:
                m.strategy_ids = [i for i in m.strategy_ids if i not in dropped]


def _walk(doc: Document, language: str, *, own_targets: bool) -> tuple[Plan, _State]:
    """The rule walk over the blocks in reading order: the plan before the role model, the
    prose reader and linking. ``own_targets``: read the plan's own targets stated in running
    text (:func:`_own_targets`)."""
    plan = Plan(
        source=SourceInfo(path=doc.path, format=doc.format, sha256=doc.sha256, pages=doc.page_count),
        title=doc.title,
        plan_type=plan_type(doc),
        language=language,
        sections=doc.sections,
        comments=doc.comments,
        struck=doc.struck,
    )
    plan.plan_period = find_plan_period(doc)
    section_role = {s.id: heading_role(s.title)[0] for s in doc.sections}
    focus_of_section = _focus_areas(doc, plan, section_role)
    st = _State(plan, language, section_role, focus_of_section)
    st.read_own_targets = own_targets
    st.blocks = doc.blocks
    st.parent_of = {s.id: s.parent_id for s in doc.sections}
    st.prev_sibling = _previous_siblings(doc)
    st.item_sections = {s.id for s in doc.sections if section_role.get(s.id) and heading_role(s.title)[1]}
    st.quote_sections = {s.id for s in doc.sections if not section_role.get(s.id) and is_sentence_title(s.title)}
    from plancheck.extract.roles import owner_grouped_heading

    st.owner_grouped = {s.id for s in doc.sections if section_role.get(s.id) == "measure" and owner_grouped_heading(s.title)}
    st.label_shift = _label_levels(doc)
    from plancheck.extract.canvaspanels import purpose_sections

    st.purpose_sections = purpose_sections(doc)
    from plancheck.extract.runin import run_in_sections

    st.run_in_sections = run_in_sections(doc)
    from plancheck.extract.promises import promise_form

    st.promise_form = promise_form(doc.blocks, language)  # numbered 'Vi …' promises of a letter
    if st.promise_form:
        st.section_titles = {s.id: s.title for s in doc.sections}
    st.label_roles = roles_by_numbering([b.text for b in doc.blocks if b.kind != BlockKind.table])
    from plancheck.layout.blocks import code_series

    st.series_codes = code_series([(w[0], w[1]) for b in doc.blocks if b.kind != BlockKind.table and len(w := b.text.split(None, 2)) > 1])
    background = background_sections(doc.sections)
    st.tag_legend = tag_legend([b.text for b in doc.blocks if b.kind != BlockKind.table], language)
    from plancheck.extract.timeline import find_timeline

    line = find_timeline(doc.blocks)
    st.timeline_cards, st.timeline_labels = line.cards, line.labels
    from plancheck.extract.notes import find_notes

    notes = find_notes(doc.blocks)
    st.taken |= notes.blocks  # a note body is never an item: its fields join its measure below
    from plancheck.extract.notes import table_notes

    walk_settings = WalkSettings()
    # a note set small under a table (a dashboard's visual) is no item either
    st.taken |= table_notes(doc.blocks, walk_settings.table_note_size_delta, walk_settings.table_note_max_words)
    from plancheck.extract.titleblock import title_byline

    byline = title_byline(doc)  # under the title's headings: who adopted the plan, and when
    st.keyed_fields, keyed_lines = fields_by_number(doc.blocks, language)
    st.taken |= keyed_lines  # a numbered line of who and when: its fields join the item of its number
    from plancheck.extract.bubblechips import card_chips

    bubbles = card_chips(doc.blocks)
    st.taken |= bubbles.taken  # a callout bubble's number badge and goal chips: its labels, no items
    flow: dict[str, object] | None = None  # the walk's context where a call-out box began
    tags: list[Goal] = []  # the goals a box's head chips name ('AIM 1' 'AIM 2'), for the box's item
    # the goals a small tag over an action names ('Aims 2 and 4'), the index it stands at and the count
    # of measures then: the item under it may be read over two blocks (a title, then its fields)
    small_tags: tuple[list[Goal], int, int] | None = None
    made = 0
    for index, block in enumerate(doc.blocks):
        st.index = index
        if block.aside and flow is None:
            flow = flow_context(st)
            st.lead_in, st.lead_in_level, st.lead_in_suspended, st.item_parent = None, None, False, None
        elif not block.aside and flow is not None:
            restore_flow(st, flow)
            flow = None
        if index in st.taken:
            continue
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
            text = table_text(block.table.header, [[c.text for c in r] for r in block.table.rows])
            if text:
                plan.tables.append(
                    Passage(
                        id=f"t{len(plan.tables) + 1}",
                        kind=BlockKind.table,
                        text=text,
                        page=block.provenance.page
                        or (block.table.pages[0] if block.table.pages else None),
                        section_id=block.section_id,
                        provenance=block.provenance,
                    )
                )
        if block.section_id in background:
            st.role = st.lead_in = None  # quoted from other plans: nothing of this plan's own
            continue
        if index in byline:
            continue  # the title block's byline: no item (extract/titleblock.py)
        if wordless_table(block):
            continue  # a drawing's lines read as an empty grid say nothing and end nothing
        if block.flow_step:
            continue  # a flowchart's decision, start or end, or a connector's 'Yes': how the flow goes, no item
        if block.chip and _card_goal_code(st, index):
            continue  # 'O1' in a chip of a goal's card: the goal's code (extract/cardcodes.py)
        if block.head_chip and (tagged := _goal_tag(st, block)) is not None:
            tags.append(tagged)  # 'AIM 2' in a box's corner: the goal the box's item serves
            continue
        if block.kind == BlockKind.paragraph and (small := _small_goal_tag(st, index, block)):
            small_tags = (small, index, len(plan.measures))  # 'Aims 2 and 4' set small over an action
            continue
        made = len(plan.measures)
        if index in st.timeline_labels or _timeline_card(st, index, block):
            continue  # a timeline's label ("Høsten 2026") is the deadline of the cards under it
        side_role, st.side_role = st.side_role, None
        if side_role is not None and _beside_side_label(st, block, side_role):
            continue
        if block.kind == BlockKind.table and block.table is not None:
            if not _crumb_metadata(st, block):
                read_table(st, block)
            st.bubble_chips.extend((m, bubbles.codes[index]) for m in plan.measures[made:] if index in bubbles.codes)
        elif block.kind == BlockKind.heading:
            _heading(st, block)
        elif block.hangs_under is not None and _hanging_card(st, block):
            pass  # a card hanging under a unit's box in an organisation chart: the unit's measure
        elif (closing := _closing_goal_label(st, index, block)) is not None:
            # "… kører i bil. **Målsætning**" over "**2. Det skal …**": the paragraph is
            # read without the label, and the label is the next line's
            _text(st, block.model_copy(update={"text": closing[0]}))
            st.pending_label, st.pending_label_text = closing[1], closing[2]
            st.pending_first_sentence = True
        else:
            _text(st, block)
        if st.promise_form and block.kind == BlockKind.list_item:
            _promise_goal(st, block, plan.measures[made:])
        if small_tags is not None and len(plan.measures) > small_tags[2]:
            for m in plan.measures[small_tags[2]:]:
                m.goal_ids = [g.id for g in small_tags[0]]  # the goals it serves, not its context's
            small_tags = None
        elif small_tags is not None and index >= small_tags[1] + _small_tag_reach():
            small_tags = None
        if tags and not block.head_chip:
            for m in plan.measures[made:]:
                m.goal_ids.extend(g.id for g in tags if g.id not in m.goal_ids)
            tags = []
    _note_fields(st, notes.bodies)
    _group_fields(st)
    _unset_crumb_owners(st)
    _inline_field_places(st)
    _announced_group_titles(st)
    for m in plan.measures:
        framed = st.framed.get(id(m))
        if framed is not None:
            m.has_deadline_column = True  # the time heading is where the plan gives deadlines
        if m.deadline is None and framed is not None:
            m.deadline = framed.model_copy()  # due when the time heading it stands under says
    from plancheck.extract.closingfields import fielded_strategies

    fielded_strategies(plan, st.lang)  # "What we will do": bullets closing "(CSP) – Q4 2027" are measures
    from plancheck.extract.bracketowners import bracket_owners

    bracket_owners(plan.measures, st.lang)  # "… (Eigedom)" closing most ownerless measures
    from plancheck.extract.groupowners import group_owners

    group_owners(plan.measures, plan.sections, st.lang)  # "Socialnämnden ansvarar för" over its measures
    from plancheck.extract.dashfields import read_dash_fields

    read_dash_fields(plan, st.lang)  # "Opne ein ny møteplass – 2027 – M2"
    from plancheck.extract.leadclauses import read_lead_clauses

    read_lead_clauses(plan, st.lang)  # "…, by June 2028, led by the Parks Service."
    paragraphs = {id(m) for m in plan.measures if m.id in st.paragraph_measure_ids}  # (ids renumber below)
    _drop_paragraph_measures_beside_tables(plan, st.paragraph_measure_ids)
    _drop_prose_duplicates(plan)
    _drop_repeated_paragraphs(plan, paragraphs)
    _drop_summary_repeats(plan)
    _drop_restated_measures(plan)
    _drop_repeated_code_runs(plan)
    _split_owners_seen_alone(plan)
    return plan, st


_NOT_CONTEXT = frozenset({"plan", "blocks", "index", "lang"})


def flow_context(st: _State) -> dict[str, object]:
    """The walk's reading context (the role, lead-in, current goal, strategy and item …: every
    field that is not a collection of what was read so far), taken where a call-out box
    (:attr:`Block.aside`) begins. A box set beside the running text is read with the context
    it starts in, but what it says (its own title, its "… include:" and the examples under it)
    is no part of the text around it: the list it interrupts goes on after it as before, so
    the context is put back when the box ends (:func:`restore_flow`)."""
    return {
        f.name: getattr(st, f.name)
        for f in dataclasses.fields(st)
        if f.name not in _NOT_CONTEXT and not isinstance(getattr(st, f.name), (list, dict, set))
    }


def restore_flow(st: _State, saved: dict[str, object]) -> None:
    """Put back the context :func:`flow_context` took."""
    for name, value in saved.items():
        setattr(st, name, value)


def table_text(header: list[str], rows: list[list[str]]) -> str:
    """A table as one passage: the header row, then each row, cells joined by " | ", a row a
    line. Why: the roles read measures from a table's rows, but a table may be the answer
    itself (an overview of the companies owned, a budget per year), and its header names what
    the cells are; the words of header and cells together are what answers it. Empty rows
    and cells are left out."""
    lines = [" | ".join(c.strip() for c in r if c and c.strip()) for r in [header, *rows]]
    return "\n".join(x for x in lines if x)


def _announced_group_titles(st: _State) -> None:
    """Numbered headings a lead-in announced ("The goals and objectives for each section are
    as follows:" then "1 Housing", "a. Promote …", "2 Parks", "a. …") are goals when they
    state them; when they only name topics (none states an aim, :func:`_states_aim`), some
    have lettered items under them and nothing serves any of them, they are the titles of the
    groups those items fall in: focus areas, not goals. The numbering says so, whatever the
    words."""
    from plancheck.extract.statements import classify_statement

    plan = st.plan
    for group in st.announced_goals:
        ids = {g.id for g in group}
        if not group or not ids & st.lettered_parents:
            continue
        if any(_states_aim(g.text, st.lang) or classify_statement(g.text) == "goal" for g in group):
            continue
        served = {gid for item in [*plan.measures, *plan.strategies, *plan.indicators] for gid in item.goal_ids}
        served |= {g.parent_id for g in plan.goals if g.parent_id}
        if ids & served:
            continue
        plan.goals = [g for g in plan.goals if g.id not in ids]
        for g in group:
            plan.focus_areas.append(FocusArea(
                id=f"focus-{len(plan.focus_areas) + 1}", text=g.text, number=g.number, page=g.page,
                section_id=g.section_id, provenance=g.provenance,
            ))


def _link_own_goal(plan: Plan, st: _State) -> None:
    """Measures whose description names the plan's own goal and that nothing else linked serve
    the goal the plan stated as its own in its running text (when the role model kept it)."""
    goal = st.own_goal
    if goal is None or not any(g is goal for g in plan.goals):
        return
    kept = {id(m) for m in plan.measures}
    for m in st.own_goal_refs:
        if id(m) in kept and not m.goal_ids:
            m.goal_ids.append(goal.id)
    _own_goal_over_others(plan, st)


def _own_goal_over_others(plan: Plan, st: _State) -> None:
    """The plan's own target stated in its running text beside goals its structure states,
    none of which it puts under another goal (the sector goals of a plan-wide "at least 1 %
    a year"): the plan's main goal, followed up through those goals, as a main goal over goals
    the plan does not say are its sub-goals is."""
    goal = st.own_goal
    if goal is None or goal.kind != GoalKind.goal or not any(g is goal for g in plan.goals):
        return
    own = {id(g) for g in st.own_goals}
    others = [g for g in plan.goals if id(g) not in own]
    if others and all(g.parent_id is None and g.kind != GoalKind.main_goal for g in others):
        goal.kind = GoalKind.main_goal


def opening_deadlines(plan: Plan) -> None:
    """A measure with no deadline from a column, a field or its heading may open with one:
    "By 2030, the City shall …" (:func:`plancheck.lang.deadlines.opening_deadline`)."""
    from plancheck.lang.deadlines import opening_deadline

    for m in plan.measures:
        if m.deadline is None:
            m.deadline = opening_deadline(m.text, lang=plan.language)


def mark_action_wording(plan: Plan) -> None:
    """Note the strategies worded as a concrete action ("Assess the state of the urban
    forest"): a rule that misses a measure under one is less sure it is missing. A strategy
    in the plan's own voice ("Vi vil …", "We will …") is worded as a strategy, whatever verb
    follows."""
    from plancheck.extract.statements import classify_statement, in_plans_voice

    for s in plan.strategies:
        s.worded_as_action = classify_statement(s.text) == "measure" and not in_plans_voice(s.text)


def _previous_siblings(doc: Document) -> dict[str, str]:
    """Section → the section before it under the same parent."""
    last: dict[str | None, str] = {}
    out: dict[str, str] = {}
    for s in doc.sections:
        if s.parent_id in last:
            out[s.id] = last[s.parent_id]
        last[s.parent_id] = s.id
    return out


# a number badge's text: a number alone ("3") in a chip at a card's head (_goal_tag)
_BADGE_NUMBER = re.compile(r"^\d{1,2}$")



def coded_goal_texts(plan: Plan) -> None:
    """A goal whose text is nothing but a code of letters and a number ("EH2", read from the
    code column of a table mapping each objective to something) takes the sentence the plan
    states under that code elsewhere ("EH2 Give new businesses free advice …": the code, then a
    capitalised sentence running to its full stop), the code becoming its number; only where the
    plan states exactly one such sentence for the code. Why: a service plan lists its objectives
    in a label column beside their text ("EH1 | Reduce …") and maps them by code in a table
    below; the table's code cell names the objective, the sentence beside the label is it."""
    coded = [(g, code) for g in plan.goals if BARE_CODE.match(code := " ".join(g.text.split()))]
    if not coded:
        return  # (most plans: no pass over their text)
    # (a list item numbered by the code has it in the line as printed, not in its text)
    texts = [" ".join(t.split()) for p in plan.passages for t in {p.text, p.provenance.source_text or p.text}]
    for g, code in coded:
        pattern = re.compile(rf"(?:^|(?<=[.!?] )){re.escape(code)}:? ([A-ZÆØÅÄÖ][^.!?]*(?:\.\d[^.!?]*)*[.!?])(?= |$)")
        found = [m.group(1) for t in texts for m in pattern.finditer(t)]
        if len(set(found)) == 1:
            g.text = found[0]
            g.number = g.number or code


def merge_repeated_goals(plan: Plan, settings: WalkSettings = WalkSettings()) -> None:
    """A goal printed twice (in a summary or a section banner, and in the body) is one goal:
    the copy that most items serve stays, the others' links and sub-goals move to it."""
    groups: dict[str, list[Goal]] = {}
    for g in plan.goals:
        key = normalise(g.text)
        if len(key) >= 8:
            groups.setdefault(key, []).append(g)
    served: dict[str, int] = {}
    for item in [*plan.measures, *plan.strategies]:
        for gid in item.goal_ids:
            served[gid] = served.get(gid, 0) + 1
    for g in plan.goals:
        if g.parent_id:
            served[g.parent_id] = served.get(g.parent_id, 0) + 1
    replace: dict[str, str] = {}
    for short, full in _restated_goals(plan.goals):
        replace[short.id] = full.id
    for short, full in _summary_goals(plan.goals, served):
        replace.setdefault(short.id, full.id)
    for copies in groups.values():
        if any(g.id in replace for g in copies):
            continue
        ids = {g.id for g in copies}
        if len(copies) < 2 or any(g.parent_id in ids for g in copies):
            continue  # (a goal restated by its own sub-goal is two levels, not a repeat)
        keep = max(copies, key=lambda g: (served.get(g.id, 0), -plan.goals.index(g)))
        for g in copies:
            if g is not keep:
                replace[g.id] = keep.id
    if not replace:
        return
    overview = _overview_names(plan.goals, served, replace, settings)
    plan.goals = [g for g in plan.goals if g.id not in replace and g.id not in overview]
    for g in plan.goals:
        if g.parent_id in replace:
            g.parent_id = replace[g.parent_id]
    for item in [*plan.measures, *plan.strategies, *plan.indicators]:
        ids: list[str] = []
        for gid in item.goal_ids:
            gid = replace.get(gid, gid)
            if gid not in ids and gid not in overview:
                ids.append(gid)
        item.goal_ids = ids


def _overview_names(goals: list[Goal], served: dict[str, int], replace: dict[str, str],
                    settings: WalkSettings) -> set[str]:
    """The names in an overview list of goals that repeat none of the later goals word for word
    (a banner "Objectives: Clean air · Outreach · Green jobs" over a body that calls
    the second "Inform and Involve Residents"): ids to drop. An overview list is a run of
    consecutive goals on one page and in one section, each a short unnumbered name that nothing
    serves, most of which (``overview_min_repeats``, ``overview_repeat_share``) are repeats of
    later goals; the name in it that matches no later goal is an overview entry all the same."""

    def name(g: Goal) -> bool:
        return (not served.get(g.id) and g.number is None and len(g.text) <= settings.overview_name_chars
                and not g.text.rstrip().endswith((".", "!", "?", ":")))

    runs: list[list[Goal]] = []
    for g in goals:
        last = runs[-1][-1] if runs and runs[-1] else None
        if not name(g):
            runs.append([])
        elif last is not None and last.page == g.page and last.section_id == g.section_id:
            runs[-1].append(g)
        else:
            runs.append([g])
    out: set[str] = set()
    for run in runs:
        repeats = sum(1 for g in run if g.id in replace)
        rest = [g for g in run if g.id not in replace]
        if not rest or repeats < settings.overview_min_repeats or repeats < settings.overview_repeat_share * len(run):
            continue
        out.update(g.id for g in rest)
    return out


def merge_repeated_strategies(plan: Plan) -> None:
    """A strategy printed twice word for word (a banner over each page of its chapter, a
    summary and the body) is one strategy, unless the copies serve different goals: the first
    stays, the measures of the others move to it."""
    first: dict[str, Strategy] = {}
    replace: dict[str, str] = {}
    for s in plan.strategies:
        key = normalise(s.text)
        if len(key) < 8:
            continue
        keep = first.get(key)
        if keep is None:
            first[key] = s
        elif not s.goal_ids or not keep.goal_ids or set(s.goal_ids) == set(keep.goal_ids):
            replace[s.id] = keep.id
            keep.goal_ids = keep.goal_ids or list(s.goal_ids)
    if not replace:
        return
    plan.strategies = [s for s in plan.strategies if s.id not in replace]
    for m in plan.measures:
        ids: list[str] = []
        for sid in m.strategy_ids:
            sid = replace.get(sid, sid)
            if sid not in ids:
                ids.append(sid)
        m.strategy_ids = ids


def _summary_goals(goals: list[Goal], served: dict[str, int]) -> list[tuple[Goal, Goal]]:
    """Goals named in short in a list before their own section ("Objectives: • Increase
    efficiency", then "Increase Energy Efficiency" over its strategies): (the short name, the
    goal) pairs. The name serves nothing and every word of it stands in a later goal that is
    served; the first such goal is the one meant."""
    out = []
    for i, g in enumerate(goals):
        words = set(normalise(g.text).lower().split())
        if served.get(g.id) or len(words) < 2:
            continue
        full = next((f for f in goals[i + 1:] if served.get(f.id) and f.parent_id != g.id
                     and words < set(normalise(f.text).lower().split())), None)
        if full is not None:
            out.append((g, full))
    return out


def _restated_goals(goals: list[Goal]) -> list[tuple[Goal, Goal]]:
    """Goals restated in short under their number ("Mål 3 …" again over its measures, first
    sentence only): (the short copy, the full statement) pairs. A copy is a restatement when
    it has the same number and its text is the start of the other's."""
    out = []
    by_number: dict[str, list[Goal]] = {}
    for g in goals:
        if g.number:
            by_number.setdefault(g.number.strip(".)"), []).append(g)
    for copies in by_number.values():
        if len(copies) < 2:
            continue
        full = max(copies, key=lambda g: len(normalise(g.text)))
        head = normalise(full.text)
        for g in copies:
            key = normalise(g.text).rstrip(" .")
            if g is not full and len(key) >= 8 and head.startswith(key) and g.parent_id != full.id and full.parent_id != g.id:
                out.append((g, full))
    return out


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


def _drop_repeated_paragraphs(plan: Plan, paragraphs: set[int]) -> None:
    """A measure paragraph printed twice in the same section, word for word and serving the
    same goals, is one measure (a copy-paste left in the draft): the first stays. Table rows
    and bullets are left alone (the same action may stand in two rows for two goals)."""
    seen: set[tuple[str | None, str, tuple[str, ...]]] = set()
    keep: list[Measure] = []
    for m in plan.measures:
        if id(m) in paragraphs:
            key = (m.section_id, normalise(m.text), tuple(m.goal_ids))
            if key in seen:
                continue
            seen.add(key)
        keep.append(m)
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


def _drop_summary_repeats(plan: Plan, settings: WalkSettings | None = None) -> None:
    """A list of measure names that each come back later as a numbered measure with a section
    of its own ("Aktiviteter: • A • B", then "Aktivitet 1 A …", "Aktivitet 2 B …") is a summary:
    the numbered measures stay. Pairs are made one to one, best first, so that two similar
    names ("… med 30 plus", "… med 17-30") each keep their own measure."""
    from rapidfuzz import fuzz

    settings = settings or WalkSettings()
    pairs = []
    for i, early in enumerate(plan.measures):
        if early.number or early.has_owner_column:
            continue
        for j in range(i + 1, len(plan.measures)):
            late = plan.measures[j]
            if not late.number:
                continue
            score = fuzz.WRatio(normalise(early.text), normalise(late.text))
            if score >= settings.summary_repeat_score:
                pairs.append((score, i, j))
    drop: set[int] = set()
    used: set[int] = set()
    for _score, i, j in sorted(pairs, key=lambda t: (-t[0], t[1], t[2])):
        if i in drop or j in used:
            continue
        drop.add(i)
        used.add(j)
        late, early = plan.measures[j], plan.measures[i]
        if not late.goal_ids and not late.strategy_ids:
            late.goal_ids, late.strategy_ids = list(early.goal_ids), list(early.strategy_ids)
    if drop:
        plan.measures = [m for k, m in enumerate(plan.measures) if k not in drop]
        for k, m in enumerate(plan.measures, start=1):
            m.id = f"measure-{k}"


def _restates(first: Measure, later: Measure) -> bool:
    """Is ``later`` the measure ``first`` printed again (a summary table of priorities repeating
    tiltak of the plan word for word, a board listing them once more)? The same text once
    normalised, goals and strategies that add nothing (none, or only those ``first`` serves: the
    same action under another goal or strategy is that one's measure too) and no field that tells them apart (both
    with owners and not the same ones; both with deadlines and not the same one: the same work
    due twice or done by two units is two rows of work)."""
    if _restated_key(first) != _restated_key(later):
        return False
    return _restates_fields(first, later)


def _restated_key(measure: Measure) -> str:
    """The text :func:`_restates` compares: normalised, without the punctuation at its ends."""
    return normalise(measure.text).strip(" .;:")


def _restates_fields(first: Measure, later: Measure) -> bool:
    """:func:`_restates` of two measures whose texts are the same (:func:`_restated_key`)."""
    if not set(later.goal_ids) <= set(first.goal_ids) or not set(later.strategy_ids) <= set(first.strategy_ids):
        return False
    owners = ({normalise(o.text) for o in first.owners}, {normalise(o.text) for o in later.owners})
    if all(owners) and owners[0] != owners[1]:
        return False
    due = (first.deadline, later.deadline)
    return not (due[0] is not None and due[1] is not None and normalise(due[0].text) != normalise(due[1].text))


def _drop_restated_measures(plan: Plan) -> None:
    """A measure printed a second time word for word (see :func:`_restates`) is one measure: the
    first stays, with its place and links, and takes the owner, deadline and cost the second
    gives when it lacks them (a summary table may be the only place a budget or owner stands)."""
    keep: list[Measure] = []
    # the measures kept, by their text (:func:`_restated_key`): only those of the same text can
    # be restated, so each text is normalised once, not once per pair of measures
    kept_by_text: dict[str, list[Measure]] = {}
    for m in plan.measures:
        same = kept_by_text.setdefault(_restated_key(m), [])
        first = next((k for k in same if _restates_fields(k, m)), None)
        if first is None:
            keep.append(m)
            same.append(m)
            continue
        if not first.owners and m.owners:
            first.owners, first.owner_text = m.owners, m.owner_text
        if first.deadline is None and m.deadline is not None:
            first.deadline = m.deadline
        if first.cost is None and m.cost is not None:
            first.cost = m.cost
    if len(keep) != len(plan.measures):
        plan.measures = keep
        for k, m in enumerate(plan.measures, start=1):
            m.id = f"measure-{k}"


_CODE_PART = re.compile(r"\d+|[A-Za-z]+")


def _code_key(number: str | None) -> tuple[tuple[int, int | str], ...] | None:
    """An outline code as a sortable key ("4.3.1" → ((0, 4), (0, 3), (0, 1)), "2.1a" → ...);
    None for no code or a plain number (a count restarts per chapter, a code does not)."""
    if not number or not any(sep in number for sep in ".-"):
        return None
    parts = _CODE_PART.findall(number)
    if len(parts) < 2:
        return None
    return tuple((0, int(p)) if p.isdigit() else (1, p.lower()) for p in parts)


def code_runs(keys: list[tuple | None]) -> list[list[int]]:
    """Indexes of ``keys`` in runs: a run goes on while each code comes after the one before it
    in outline order; a code at or before the last one starts a new run ("4.3.1, 4.3.2" then
    "1.1.1 … 4.3.4" then "1.1.2, 2.1.4 …" are three runs). Items without a code are in no run."""
    runs: list[list[int]] = []
    last = None
    for i, key in enumerate(keys):
        if key is None:
            continue
        if last is None or key <= last:
            runs.append([])
        runs[-1].append(i)
        last = key
    return runs


def _drop_repeated_code_runs(plan: Plan, settings: WalkSettings | None = None) -> None:
    """A run of coded measures whose codes mostly repeat those of a longer run, over other
    text, is no set of measures of its own: comments or examples keyed to the measures
    ("Policy 2.1.4: Best practice elsewhere: …" after the policies), or an earlier plan's
    policies quoted before the new ones under the same numbers. The longer run stays; runs of
    the same length (a summary and its body) are both kept, and so is a run that repeats the
    text (:func:`_drop_summary_repeats` and the linking handle those)."""
    from rapidfuzz import fuzz

    settings = settings or WalkSettings()
    keys = [_code_key(m.number) for m in plan.measures]
    runs = code_runs(keys)
    if len(runs) < 2:
        return
    texts = [normalise(m.text) for m in plan.measures]

    def same_codes(run: list[int], other: list[int], same_text: bool) -> int:
        """How many codes of ``run`` stand in ``other`` over the same (or another) text."""
        text_of = {keys[j]: texts[j] for j in other}
        return sum(
            1 for i in run
            if keys[i] in text_of
            and (fuzz.token_sort_ratio(texts[i], text_of[keys[i]]) >= settings.repeat_text_score) == same_text
        )

    drop: set[int] = set()
    for run in runs:
        bar = settings.repeat_run_share * len(run)
        if any(o is not run and same_codes(run, o, True) >= bar for o in runs):
            continue  # a summary of (or summarised by) another run: the same measures
        if any(len(o) > len(run) and same_codes(run, o, False) >= bar for o in runs):
            drop.update(run)
    if drop:
        plan.measures = [m for k, m in enumerate(plan.measures) if k not in drop]
        for k, m in enumerate(plan.measures, start=1):
            m.id = f"measure-{k}"


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
    return labelled_period(doc)


def labelled_period(doc: Document) -> PlanPeriod | None:
    """The plan period a form's field gives on the first pages: a table cell whose years are
    labelled as the period ('Plan period 2031-2032', a label over its field read with its value
    into one cell), the label naming it with one of the lexicon's ``time.plan_period`` words.
    Tables are otherwise no source of the period: a table of figures spans other years."""
    from plancheck.lang.timewords import PLAN_PERIOD

    words = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in PLAN_PERIOD) + r")\b", re.IGNORECASE)
    for block in doc.blocks[:60]:
        if block.kind != BlockKind.table or block.table is None or (block.provenance.page or 1) > 3:
            continue
        for text in [*block.table.header, *(c.text for row in block.table.rows for c in row)]:
            m = PERIOD.search(text or "")
            if m and words.search(text[: m.start()]):
                a, b = int(m.group(1)), int(m.group(2))
                if a < b <= a + 40:
                    return PlanPeriod(start=a, end=b, text=m.group(0))
    return sheet_title_period(doc)


#: a word of a plan's name in a sheet's title row ("Tiltaksplan for leseglede 2028–2031",
#: "Handlingsprogram 2028–2031", "Delivery plan 2028–2031")
_PLAN_NAME = re.compile(r"plan|program|strategi", re.IGNORECASE)


def sheet_title_period(doc: Document) -> PlanPeriod | None:
    """The plan period a spreadsheet print gives only in its title row: the first table of the
    first page opens with a row of one filled cell ("Nordvik kommune – Tiltaksplan for leseglede
    2028–2031") over the column heads, the plan's name typed into the sheet.
    Only the first rows of the first table are read, and only a name of a plan: a table of
    figures has its years in its columns, not in a row of its own."""
    table = next((b.table for b in doc.blocks[:60] if b.kind == BlockKind.table and b.table is not None), None)
    if table is None:
        return None
    first = next(b for b in doc.blocks if b.table is table)
    if (first.provenance.page or 1) > 1:
        return None
    for row in [table.header, *([c.text for c in r] for r in table.rows[:2])]:
        filled = [t for t in row if t and t.strip()]
        if len(filled) != 1:
            continue
        m = PERIOD.search(filled[0])
        if m and _PLAN_NAME.search(filled[0][: m.start()]):
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
        parent = next((p for p in doc.sections if p.id == s.parent_id), None)
        if parent is not None and section_role.get(parent.id) == "focus_area" and _states_aim(s.title, plan.language or "nb"):
            continue  # the aim stated under a labelled area (_aim_under_focus_label), no area
        kids = children.get(s.id, [])
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


#: the role of a list announced as goals of other bodies or plans: nothing of this plan
QUOTED = "quoted"


@cache
def _existing_opening() -> re.Pattern[str] | None:
    from plancheck.lang.vocab import existing_words, words_pattern

    words = existing_words()
    return words_pattern(words, start=True) if words else None


def quotes_existing(title: str) -> bool:
    """Does a heading open with a word saying what it names is already in force elsewhere, and
    name a role ("Gällande mål och strategier", "Gjeldende mål", "Existing goals and
    policies")? Its chapter quotes other plans."""
    title = title.strip()
    pat = _existing_opening()
    m = pat.match(title) if pat is not None else None
    return m is not None and lead_in_role(title[m.end():]) is not None


@functools.cache
def _others_phrase() -> re.Pattern[str] | None:
    from plancheck.lang.vocab import plain_words, words_pattern

    words = [w.lower() for w in plain_words("others_work")]
    return words_pattern(words) if words else None


def names_others_work(title: str) -> bool:
    """Does a heading name a role and say that others carry it out ("Tiltak som andre har ansvar
    for", "Actions led by others": a phrase of the lexicon's ``others_work``)? Its chapter lists
    other bodies' measures beside the plan's (the state's, the region's), none of this plan's."""
    pat = _others_phrase()
    return pat is not None and pat.search(title.strip()) is not None and lead_in_role(title.strip()) is not None


def background_sections(sections: list[Section]) -> set[str]:
    """The ids of the sections under a heading that quotes goals already in force elsewhere
    (:func:`quotes_existing`) or names other bodies' work (:func:`names_others_work`), that
    heading's own section and every section below it: the goals, strategies and lists there
    belong to other plans and bodies, so nothing in them is read as this plan's own."""
    quoting = {s.id for s in sections if quotes_existing(s.title) or names_others_work(s.title)}
    if not quoting:
        return set()
    parent = {s.id: s.parent_id for s in sections}
    out: set[str] = set()
    for s in sections:
        cur: str | None = s.id
        seen: set[str] = set()
        while cur is not None and cur not in seen:
            if cur in quoting:
                out.add(s.id)
                break
            seen.add(cur)
            cur = parent.get(cur)
    return out


def _quotes_other_goals(st: _State, text: str) -> bool:
    """Does the lead-in (the whole block it ends, or the paragraph right before it) name the
    goals of another body ("de globala målen i Agenda 2030", "FNs bærekraftsmål", "nasjonale
    mål": the lexicon's ``evidence: quote``)? The list after it quotes them."""
    from plancheck.extract.features import _has_phrase, _words_of

    block = st.blocks[st.index] if 0 <= st.index < len(st.blocks) else None
    said = block.text if block is not None and text in block.text else text
    prev = st.blocks[st.index - 1] if st.index > 0 else None
    if prev is not None and prev.kind == BlockKind.paragraph and block is not None and block.kind != BlockKind.heading:
        said = prev.text + " " + said
    return _has_phrase(said, _words_of("quote", st.lang))


def reports_done_work(sentence: str, lang: str) -> bool:
    """Does a lead-in report the work after it as done or already under way ("The following
    initiatives are currently being undertaken by the City …:", "Følgende tiltak er
    gjennomført:")? The lexicon's ``evidence: done_work``; a modal in the sentence ("… that
    have been completed will be expanded:") makes it the plan's own again. Such a list is the
    plan's background, what was done before it, as a table titled 'Gjennomført' is."""
    from plancheck.extract.features import _has_phrase, _words_of

    words = " ".join(re.sub(r"[^\w\s-]", " ", sentence).split())
    return _has_phrase(words, _words_of("done_work", lang)) and not _has_phrase(words, _words_of("modal", lang))


def _document_title(st: _State, block: Block) -> bool:
    """Is the heading the document's title: its first heading, on its first page, at the top
    level (a breadcrumb or a header line may stand above it)?"""
    if block.kind != BlockKind.heading or block.provenance.page != st.blocks[0].provenance.page or (block.level or 1) > 1:
        return False
    return not any(b.kind == BlockKind.heading for b in st.blocks[: st.index])


def _role_of(st: _State, block: Block) -> str | None:
    if st.lead_in and block.kind == BlockKind.list_item and st.lead_in_suspended:
        # titled items with a description under each: the lead-in holds for the next title at
        # its level; a list inside a description (another level) is not announced by it
        return st.lead_in if block.level == st.lead_in_level else st.role
    if st.lead_in and (block.kind == BlockKind.list_item or st.lead_in == "vision"):
        return st.lead_in
    if st.role is None and block.kind == BlockKind.list_item and (block.section_id or "") in st.measure_topics:
        return "measure"
    if st.role is None and block.kind == BlockKind.list_item and (block.section_id or "") in st.goal_topics:
        return st.goal_topics[block.section_id or ""]
    return st.role


def _under_measure_item(st: _State, block: Block) -> bool:
    """Does the list item stand one level or more under a bullet the walk read as a measure
    ("• Allow green roofs and living walls." over "◦ Green roofs are roofs that …")? Its
    siblings at its own level and nothing else (no heading or paragraph) stand between."""
    for k in range(st.index - 1, -1, -1):
        prev = st.blocks[k]
        if prev.kind != BlockKind.list_item or prev.level is None or block.level is None:
            return False
        if prev.level < block.level:
            return any(m.provenance is prev.provenance for m in st.plan.measures)
        if prev.level > block.level:
            continue  # deeper items of a sibling
    return False


def _describes_goal_above(st: _State, block: Block) -> bool:
    """Is the paragraph the description of the goal right above it, a bullet set as a bold
    title with the plain text under it ("• **Cut car trips to work**" / "This objective aims
    to …")?"""
    prev = st.blocks[st.index - 1] if st.index > 0 else None
    return (
        prev is not None
        and prev.kind == BlockKind.list_item
        and bool(prev.bold)
        and not block.bold
        and st.last_goal is not None
        and st.last_goal.provenance is prev.provenance
    )


def _title_item(block: Block, settings: WalkSettings) -> bool:
    """A short list item without a full stop: the title of an item described below it."""
    text = block.text.strip()
    return block.kind == BlockKind.list_item and len(text) <= settings.title_item_chars and not text.endswith(".")


@cache
def _lead_words() -> list[tuple[str, re.Pattern[str]]]:
    """(role, pattern) per role, compiled once from the lexicon's ``lead_ins`` (every language)."""
    from plancheck.lang.vocab import glob_pattern, lead_in_words

    return [
        (role, re.compile("|".join(glob_pattern(w) for w in role_words), re.IGNORECASE))
        for role, role_words in lead_in_words().items()
    ]


@cache
def _place_following() -> re.Pattern[str] | None:
    """A lead-in that ends in a preposition of place, perhaps "the", the word for 'following'
    and perhaps one noun, then the colon ("… at the following:", "… i følgende bydeler:"): the
    list after it is the complement of the preposition (the sites, the areas), named by that
    noun if any (the lexicon's ``evidence.place_prepositions`` and ``following``)."""
    from plancheck.lang.vocab import following_words

    preps, follow = evidence_words("place_prepositions"), following_words()
    if not preps or not follow:
        return None
    return re.compile(
        rf"\b(?:{alternation(preps)})\s+(?:the\s+)?(?:{alternation(follow)})(?:\s+(?P<noun>[^\W\d_][\w\-]*))?\s*:\s*$",
        re.IGNORECASE,
    )


def lead_in_role(text: str) -> str | None:
    """The role a lead-in sentence announces: "For planperioden gjelder disse målene:" → goal.
    A lead-in that ends "… at the following:" announces the sites or areas the preposition
    takes, whatever role its subject names (:func:`_place_following`): the role of the noun
    after 'following' if it has one, else none."""
    place = _place_following()
    m = place.search(text) if place is not None else None
    if m is not None:
        return lead_in_role(m.group("noun")) if m.group("noun") else None
    best: tuple[int, str] | None = None
    for role, rx in _lead_words():
        for m in rx.finditer(text):
            if best is None or m.start() > best[0]:
                best = (m.start(), role)
    return best[1] if best else None




def _lead(st: _State, text: str) -> bool:
    """Handle a lead-in line ending in a colon; True when it was one."""
    if not text.rstrip().endswith(":"):
        return False
    # the way to the goal just stated ("… steps towards reaching this goal. … these
    # objectives:"): said anywhere in the lead-in's block
    st.means_goal = st.last_goal if _names_goal_anaphora(text, st.lang) else None
    # the lead-in is the sentence that ends in the colon, not the paragraph before it in the
    # same block ("… kva tiltak vi set i verk. Planen er utarbeidd av desse medlemene:")
    text = (_sentences(text) or [text])[-1]
    ref = goal_reference(text)
    if ref is not None and ref[0] is not None:
        # "For å nå mål 2 vil vi:", "Strategier for mål 2:": the items after it serve goal 2;
        # a chapter that is already about strategies or measures keeps its role unless the
        # line names one itself
        role, numbers, explicit = ref
        st.ref_goals = [g for n in numbers if (g := goal_by_number(st, n))]
        st.lead_in = role if explicit or st.role not in ("strategy", "measure") else None
        return True
    st.ref_goals = _goals_named_before(st, text) or _all_goals_named(st, text) or _goals_by_letter(st, text)
    st.ctx_label_goal = None
    st.list_goal = None
    # what the list is announced as is said by the sentence that ends in the colon, not by the
    # background before it ("… mangel på aktiviteter … Der er behov for:" announces no measures)
    last = _relative_clause().sub(" ", _last_sentence(text))
    role = lead_in_role(last)
    if role == "measure" and st.role == "strategy" and _measure_chapter_elsewhere(st):
        # "Strategi – Transporter: … fokusera på ett antal åtgärder:" in a plan that keeps its
        # measures in a chapter of their own: the chapter's role holds, the word is loose usage
        role = "strategy"
    if _wants().search(last) and _plan_speaks().search(last) and role is None:
        role = None  # "Temaplanen skal:": what the plan must contain, not its goals or measures
    elif _wants().search(last) and (role is None or (role == "goal" and _by_means().search(last))):
        role = "mixed"  # "Ungdomsrådet vil derfor:" — bullets that are goals or measures
    if role is None and _we_commit().search(last) and _first_person().search(last):
        role = "mixed"  # "Dette skal vi få til:" — what we commit to: goals or measures
    if (
        role == "goal"
        and _names_goal_anaphora(last, st.lang)
        and (_wants().search(last) or _we_commit().search(last) or _future_infinitive(last, st.lang))
        and (heading_goal := _section_heading_goal(st) or st.means_goal) is not None
    ):
        st.means_goal = heading_goal
        # "For at nå målet vil byrådet:", "To reach this goal the council will:": the goal is
        # what the items reach, the subject and its modal what they do — the items complete
        # "kommunen vil …", the measures to the goal just stated
        role = "measure"
    if role in (None, "goal") and _quotes_other_goals(st, text):
        role = QUOTED  # "… utgår från de globala målen i Agenda 2030. Särskilt viktiga är:"
    if reports_done_work(_last_sentence(text), st.lang):
        role = QUOTED  # "The following initiatives are currently being undertaken by the City:"
    if role is None and st.lead_in and st.lead_in_suspended:
        return True  # a list inside the description of a titled item ("… for example:")
    st.lead_in = role
    st.lead_in_level = None
    st.lead_in_suspended = False
    st.lead_owners = []
    return True


@cache
def _counted_roles() -> re.Pattern[str] | None:
    """A count and a role noun ("three strategies", "tre strategier", "5 goals"), with at most
    one word between them ("three main strategies"): the count words are the lexicon's
    ``time.count_words`` (every language), the nouns its one-word ``headings`` of the roles
    a list may hold."""
    from plancheck.lang.timewords import COUNT_WORDS
    from plancheck.lang.vocab import HEADING_WORDS, words

    # longest first, words of one length in a fixed order (the sets' order changes with each
    # process's hash seed, and so would the pattern: compiled anew, never cached, in every check)
    nouns = sorted({w for role in COUNTED_ROLES for w in words(HEADING_WORDS, role) if " " not in w}, key=longest_first)
    if not nouns or not COUNT_WORDS:
        return None
    counts = "|".join(re.escape(w) for w in sorted(COUNT_WORDS, key=longest_first))
    return re.compile(
        rf"\b(?P<count>\d{{1,2}}|{counts})\s+(?:[^\W\d_]+\s+)?(?P<noun>{'|'.join(map(re.escape, nouns))})\b", re.IGNORECASE
    )


#: the roles a counted announcement may give the list after it
COUNTED_ROLES = ("goal", "strategy", "measure")


def announced_count(text: str) -> tuple[int, str] | None:
    """(how many, which role) a line announces for the items after it: "The town has four
    approaches to …" → (4, strategy). None when it names no count of a role, or two."""
    from plancheck.extract.roles import heading_role
    from plancheck.lang.timewords import COUNT_WORDS

    pat = _counted_roles()
    found = list(pat.finditer(text)) if pat is not None else []
    if len(found) != 1:
        return None
    m = found[0]
    role = heading_role(m.group("noun"))[0]
    if role not in COUNTED_ROLES:
        return None
    raw = m.group("count")
    count = int(raw) if raw.isdigit() else COUNT_WORDS.get(raw.lower())
    return (count, role) if count else None


def wordless_table(block: Block) -> bool:
    """A table block without a word in its header or cells (ruling lines of a drawing or an
    icon read as a grid)."""
    if block.kind != BlockKind.table:
        return False
    if block.table is None:
        return not block.text.strip(" |\n")
    cells = [*block.table.header, *(c.text for r in block.table.rows for c in r)]
    return not any(c.strip() for c in cells)


def _items_after(blocks: list[Block], index: int) -> list[Block]:
    """The run of list items right after ``blocks[index]`` at the first one's level (deeper
    items skipped), past tables without a word in them (a drawing's lines read as an empty
    grid); empty when something else comes first."""
    k = index + 1
    while k < len(blocks) and wordless_table(blocks[k]):
        k += 1
    if k >= len(blocks) or blocks[k].kind != BlockKind.list_item:
        return []
    level = blocks[k].level or 0
    out: list[Block] = []
    while k < len(blocks) and blocks[k].kind == BlockKind.list_item and (blocks[k].level or 0) >= level:
        if (blocks[k].level or 0) == level:
            out.append(blocks[k])
        k += 1
    return out


def _counted_lead(st: _State, text: str) -> bool:
    """A line that announces how many goals, strategies or measures there are ("… has four
    approaches to reach the target"), right over a list of exactly that many items, leads into
    them as a lead-in with a colon would (:func:`_lead`): a caption beside a row of tiles, a
    heading over numbered steps. The count agreeing with the list is what makes it the
    announcement of that list and not a remark in passing; True when it was one."""
    counted = announced_count(text)
    if counted is None or len(_items_after(st.blocks, st.index)) != counted[0]:
        return False
    st.ref_goals = _goals_named_before(st, text) or _all_goals_named(st, text)
    st.lead_in = counted[1]
    st.lead_in_level = None
    st.lead_in_suspended = False
    st.lead_owners = []
    return True


#: a relative clause ("…, som adresserer visionen …:") describes the announced noun; the role
#: word of the lead-in is the noun before it
@cache
def _relative_clause() -> re.Pattern[str]:
    """A comma and a relative pronoun (the lexicon's ``evidence.relative``) up to the colon."""
    from plancheck.lang.vocab import evidence_words

    alts = "|".join(re.escape(w) for w in evidence_words("relative"))
    return re.compile(rf",\s*({alts})\b[^:]*", re.IGNORECASE)


def _words(kind: str) -> str:
    """The lexicon's ``evidence.<kind>`` words of every language, as a regex alternation."""
    return alternation(evidence_words(kind))


# "For å nå målene …", "To achieve these goals": the lexicon's ``evidence.reach`` + ``these_goals``
_ALL_GOALS = re.compile(rf"\b({_words('reach')})\s+({_words('these_goals')})\b", re.IGNORECASE)


def _measure_chapter_elsewhere(st: _State) -> bool:
    """The document has a chapter whose heading names measures ("Åtgärder", "Tiltak") that is
    neither the current block's section nor one enclosing it or below it."""
    sid = st.blocks[st.index].section_id if st.blocks else None
    mine: set[str] = set()
    cur = sid
    while cur is not None and cur not in mine:
        mine.add(cur)
        cur = st.parent_of.get(cur)
    for other, role in st.section_role.items():
        if role != "measure" or other in mine:
            continue
        up, seen = st.parent_of.get(other), set()
        while up is not None and up not in seen and up != sid:
            seen.add(up)
            up = st.parent_of.get(up)
        if up != sid:
            return True
    return False


def _all_goals_named(st: _State, text: str) -> list[Goal]:
    """"För att nå målen …" in a lead-in or the paragraph just before it: the list serves every
    goal stated so far (the top-level ones; a sub-goal serves its goal)."""
    prev = st.blocks[st.index - 1] if st.index > 0 else None
    said = text + (" " + prev.text if prev is not None and prev.kind == BlockKind.paragraph else "")
    if not _ALL_GOALS.search(said):
        return []
    return [g for g in st.plan.goals if g.kind != GoalKind.sub_goal]


@cache
def _assignment_phrase() -> re.Pattern[str] | None:
    """A verb, then the lexicon's task noun between a preposition and an infinitive marker
    ("… ges i uppdrag att …", "… får i oppdrag å …", "… får til opgave at …")."""
    from plancheck.lang.vocab import assignment_words

    nouns = assignment_words()
    if not nouns:
        return None
    alts = "|".join(map(re.escape, nouns))
    return re.compile(rf"\b[^\W\d_]+\s+(?:i|til)\s+(?:{alts})\s+(?:att|å|at)\b", re.IGNORECASE)


@cache
def _following_noun() -> re.Pattern[str] | None:
    """"… följande åtgärder." at the end of a sentence: the noun the list after it is made of."""
    from plancheck.lang.vocab import following_words

    words = following_words()
    if not words:
        return None
    alts = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)
    return re.compile(rf"\b(?:{alts})\s+(?P<noun>[^\W\d_][\w\-]*)\s*[.!]?\s*$", re.IGNORECASE)


def announced_list_role(sentence: str) -> str | None:
    """The role a sentence ending "… följande <noun>." announces for the list after it (the
    role word of the noun: "följande åtgärder." → measure), as a colon would; None otherwise."""
    pat = _following_noun()
    m = pat.search(sentence.strip()) if pat is not None else None
    return lead_in_role(m.group("noun")) if m is not None else None


def assignment_parts(sentence: str) -> tuple[str, str] | None:
    """(who, what) of a sentence that hands a task to someone: the words between the last
    subordinating "att"/"at"/"å" (or the start) and the verb before the lexicon's task noun
    (:func:`_assignment_phrase`), and the task after it. "… föreslås att nämnden ges i
    uppdrag att ta fram en plan." → ("nämnden", "ta fram en plan"). None when there is no
    such phrase, the subject is longer than a name (five words), or a verb that handed the task
    over in the past stands before it (the lexicon's ``assignment_given``: a report)."""
    pat = _assignment_phrase()
    m = pat.search(sentence) if pat is not None else None
    if m is None:
        return None
    before = sentence[: m.start()].split()
    given = {w.lower() for w in plain_words("assignment_given")}  # past tenses: "gav", "fick"
    if any(w.lower().strip(",.;:") in given for w in [*before, m.group(0).split()[0]]):
        return None  # a task handed over before ("… gav i maj förvaltningen i uppdrag att …"): background
    subject: list[str] = []
    for word in reversed(before):
        if word.lower() in ("att", "at", "å", "that") or word.endswith((",", ":", ";")):
            break
        subject.insert(0, word)
    if not 1 <= len(subject) <= 5:
        return None
    return " ".join(subject), sentence[m.end():].strip().rstrip(".!").strip()


def _named_body(task: str) -> str | None:
    """The body a task sets up, when it names one: a verb, a short article and a capitalised
    name ("tillsätta en Samordningsgrupp för trafik" → "Samordningsgrupp för trafik")."""
    m = re.match(r"^[^\W\d_]+\s+(?:[^\W\d_]{1,3}\s+)?(?P<name>[A-ZÆØÅÄÖ][\w\-]+(?:\s+[\w\-]+){0,8})$", task.strip())
    return m.group("name") if m is not None else None


def _resolve_subject(st: _State, subject: str) -> str:
    """A subject that refers back with a definite noun ("gruppen") to a body an earlier
    assignment set up ("… en Förvaltningsgrupp för …") is that body's name; else itself."""
    from plancheck.lang.vocab import DEFINITE_ENDINGS

    if " " in subject or not subject.islower():
        return subject
    for end in sorted(DEFINITE_ENDINGS.get(st.lang, []), key=len, reverse=True):
        if subject.endswith(end) and len(subject) - len(end) >= 4:
            stem = subject[: -len(end)]
            for name in reversed(st.assigned_names):
                if any(w.lower().endswith(stem) for w in name.split()[:3]):
                    return name
            break
    return subject


def _assignments(st: _State, block: Block, text: str) -> bool:
    """A paragraph that hands a task to someone ("… att nämnden ges i uppdrag att ta fram …",
    :func:`assignment_parts`): its first such sentence is a measure, owned by who gets
    the task; the sentences after it describe it. When its last sentence announces a list
    ("… vidta följande åtgärder.") it is the lead-in of that list, and who gets that task
    owns each item. True when the paragraph was read so."""
    from plancheck.lang.owners import is_owner_like, split_owners

    sentences = _sentences(text)
    if not sentences:
        return False
    nxt = st.blocks[st.index + 1] if st.index + 1 < len(st.blocks) else None
    announcing = None
    if nxt is not None and nxt.kind == BlockKind.list_item and announced_list_role(sentences[-1]) is not None:
        announcing = sentences[-1]
    found = [(s, parts) for s in sentences if s is not announcing and (parts := assignment_parts(s)) is not None]
    announced = assignment_parts(announcing) if announcing is not None else None
    if not found and announced is None:
        return False
    if found:
        sentence, (subject, task) = found[0]
        subject = _resolve_subject(st, subject)
        m = _add_measure(st, block, sentence, number=None)
        m.goal_ids.extend(g.id for g in st.ref_goals)
        if is_owner_like(subject, lang=st.lang) or names_a_body(subject):
            m.owners = split_owners(subject, lang=st.lang)
            m.owner_text = subject
        st.paragraph_measure_ids.add(m.id)
        st.last_candidate_measure = m
        if (name := _named_body(task)) is not None:
            st.assigned_names.append(name)
    if announcing is not None:
        _lead(st, announcing.rstrip(" .!") + ":")
        if announced is not None:
            who = _resolve_subject(st, announced[0])
            if who != announced[0] or is_owner_like(who, lang=st.lang):
                st.lead_owners = split_owners(who, lang=st.lang)
    else:
        st.lead_in = None
        st.lead_in_suspended = False
    return True


def _unfinished_lead(st: _State, text: str) -> bool:
    """A short line that ends in a copula ("Fokusområdena är", "Our priorities are") or in the
    word that opens a clause ("Kommunen vil arbeide for at", ``complementizers``) right before a
    list: a lead-in written without its colon (each item completes the sentence)."""
    nxt = st.blocks[st.index + 1] if st.index + 1 < len(st.blocks) else None
    if nxt is None or nxt.kind != BlockKind.list_item or len(text) > WalkSettings().unfinished_lead_chars:
        return False
    return _ends_in(text, "copula", st.lang) or _opens_clause(text, st.lang)


def _unfinished_heading(st: _State, text: str) -> bool:
    """A short heading that ends in the word opening a clause ("Innen 2030 vil vi at", ``complementizers``)
    over the lines that complete it (labelled goal lines, items): a lead-in set as a heading, without
    its colon - no goal itself, since the sentence it starts is finished by each line under it."""
    nxt = st.blocks[st.index + 1] if st.index + 1 < len(st.blocks) else None
    return (nxt is not None and nxt.kind in (BlockKind.paragraph, BlockKind.list_item)
            and len(text) <= WalkSettings().unfinished_lead_chars and _opens_clause(text, st.lang))


def _goals_by_letter(st: _State, text: str) -> list[Goal]:
    """The goals a lead-in names by their letters after a goal word ("For å nå målet i § 4
    første ledd bokstav b skal kommunen:", :mod:`plancheck.extract.letterrefs`): lettered goals
    of the plan, as a regulation's lettered items are."""
    from plancheck.extract.letterrefs import letters_named
    from plancheck.lang.vocab import link_words, words_pattern

    letters = letters_named(text)
    if not letters or not words_pattern(link_words("goal_number_in_text") + link_words("goal_number")).search(text):
        return []
    return [g for x in letters if (g := goal_by_number(st, x)) is not None]


def _letter_fields(st: _State, block: Block, text: str) -> bool:
    """A sentence that hands the lettered measures of its section (a regulation's items 'a)',
    'b)') an owner or a deadline by naming their letters ("Teknisk drift har ansvaret for
    tiltakene i bokstav a og b."): their fields, no item of its own
    (:mod:`plancheck.extract.letterrefs`). True when read so."""
    from plancheck.extract.letterrefs import apply_letter_fields, letters_named

    if block.kind not in (BlockKind.list_item, BlockKind.paragraph) or not letters_named(text):
        return False
    lettered: dict[str, Measure] = {}
    for m in st.plan.measures:
        if m.section_id == block.section_id and (n := _LETTER.match((m.number or "").strip())) is not None:
            lettered.setdefault(n.group(1).lower(), m)
    return bool(lettered) and apply_letter_fields(text, lettered, st.lang)


def _runs_into_items(st: _State, block: Block, text: str) -> bool:
    """A numbered item whose sentence runs on into the items nested under it: no stop at its end
    (a colon at most), the next block an item one level deeper opening in lower case and closing with a
    comma or semicolon ("(1) For å nå målet i § 4 skal kommunen" over "a) opprette …,", a
    regulation's ledd and its lettered items). A lead-in written without its colon, as
    :func:`_unfinished_lead` reads a paragraph; only the form tells it."""
    nxt = st.blocks[st.index + 1] if st.index + 1 < len(st.blocks) else None
    if (block.kind != BlockKind.list_item or not block.number or nxt is None or nxt.kind != BlockKind.list_item
            or (nxt.level or 0) <= (block.level or 0) or len(text) > WalkSettings().unfinished_lead_chars):
        return False
    if text.rstrip()[-1:] in ".!?;,)" or not nxt.text[:1].islower():
        return False
    return nxt.text.rstrip()[-1:] in ",;"


def _opens_clause(text: str, lang: str) -> bool:
    """Whether ``text`` ends in the word that opens a subordinate clause (``complementizers``:
    "at", "att", "that"): the list after it completes the sentence, item by item."""
    return _ends_in(text, "complementizers", lang)


def _ends_in(text: str, kind: str, lang: str) -> bool:
    """Is the last word of ``text`` one of the lexicon's ``evidence.<kind>`` words for ``lang``
    (the word that leaves a lead-in unfinished)?"""
    words = text.rstrip().split()
    return bool(words) and words[-1].lower() in evidence_words(kind, lang)


def _last_sentence(text: str) -> str:
    parts = _sentences(text)
    return parts[-1] if parts else text


_BACK_REFERENCE = re.compile(
    rf"\b({_words('back_reference_these')})\s+({_words('back_reference_goals')})\b", re.IGNORECASE
)
_TARGET_WORD = re.compile(rf"\b({_words('target_words')})\b", re.IGNORECASE)
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


@cache
def _wants() -> re.Pattern[str]:
    """"vil", "ønsker", "need" …: the lexicon's ``evidence: wants``, every language."""
    from plancheck.lang.vocab import evidence_words, words_pattern

    return words_pattern(evidence_words("wants"))


@cache
def _we_commit() -> re.Pattern[str]:
    """"skal", "ska", "shall": the lexicon's ``evidence: commits``, every language."""
    from plancheck.lang.vocab import evidence_words, words_pattern

    return words_pattern(evidence_words("commits"))


@cache
def _first_person() -> re.Pattern[str]:
    """"vi", "we": the lexicon's ``evidence: first_person``, every language."""
    from plancheck.lang.vocab import evidence_words, words_pattern

    return words_pattern(evidence_words("first_person"))


@cache
def _plan_speaks() -> re.Pattern[str]:
    """The plan itself as the subject ("Den nye temaplanen skal:"): the lexicon's
    ``evidence: plan_self``, every language, as the last word before the verb (compounds too)."""
    from plancheck.lang.vocab import evidence_words

    alts = "|".join(re.escape(w) for w in evidence_words("plan_self"))
    wants = "|".join(re.escape(w) for w in evidence_words("wants") + evidence_words("commits"))
    return re.compile(rf"(?:\b|\w)(?:{alts})\s+(?:{wants})\b", re.IGNORECASE)


@cache
def _by_means() -> re.Pattern[str]:
    """A lead-in ending in a word of means and its colon ("… disse målene med:"): ``evidence: by_means``."""
    from plancheck.lang.vocab import evidence_words

    alts = "|".join(re.escape(w) for w in evidence_words("by_means"))
    return re.compile(rf"\b({alts}):\s*$", re.IGNORECASE)


def _beside_side_label(st: _State, block: Block, role: str) -> bool:
    """The text beside a side heading that names a goal role ('Dette vil vi oppnå', 'Our
    aim', see :attr:`Block.side_label`): that goal, the goal of the items after it (a table or
    a list beside 'Dette gjør vi'). The layout read the label as a heading of its own; the
    sentence beside it is set bold or plain. True if read so."""
    if role not in GOAL_ROLES or block.side_label or block.kind not in (BlockKind.heading, BlockKind.paragraph):
        return False
    text = block.text.strip()
    if len(text.split()) < WalkSettings().goal_min_words:
        return False
    goal = _add_goal(st, block, text, GOAL_ROLES[role], number=None)
    _context_goal(st, goal)
    st.group_goal = goal
    st.last_candidate = block
    st.last_candidate_measure = None
    return True


def _side_label(st: _State, block: Block, text: str) -> None:
    """A side heading (:attr:`Block.side_label`) names the role of the text beside it when
    it is a role heading alone ('Dette vil vi oppnå', 'How we will do this'): kept for the next
    block (:func:`_beside_side_label`)."""
    role, rest = heading_role(text)
    st.side_role = role if role is not None and not rest else None


def fields_by_number(blocks: list[Block], lang: str = "nb") -> tuple[dict[str, list[tuple[str, str]]], set[int]]:
    """Owner and deadline fields given to items by their number further on: a numbered line of
    fields only ("1.1 Ansvarig: Musikskolan. Klart: 2029.") after an item numbered the same
    ("1.1 Gratis instrumentlån …", a slide's bullet, its notes page keyed by number).
    Returns ({number: fields}, the indices of the field lines). A number printed twice as text
    (a table of contents and its chapter) gives nothing: only a line of fields keys."""
    from plancheck.extract.fields import field_line, split_fields

    items: set[str] = set()
    again: dict[str, int] = {}  # a number's second line that is no line of fields
    out: dict[str, list[tuple[str, str]]] = {}
    lines: set[int] = set()
    for k, b in enumerate(blocks):
        number = (b.number or "").strip(".) ")
        if not number or b.kind not in (BlockKind.heading, BlockKind.list_item, BlockKind.paragraph):
            continue
        fields = field_line(b.text)
        if fields is None:
            if number in items:
                again.setdefault(number, k)
            items.add(number)
        elif number in items and number not in out:
            out[number] = fields
            lines.add(k)
    # the other items of a keyed series ("1.3" between keyed "1.2" and "1.4") are keyed too: their
    # line says something else ("1.3 Vem som betalar avgörs senare. Klart: 2030."), and the
    # fields it holds, if any, are theirs; without one they have a place for fields left empty
    if len(out) < 2:
        return out, lines
    series = {n.rsplit(".", 1)[0] for n in out if "." in n}
    for n in items:
        if n not in out and "." in n and n.rsplit(".", 1)[0] in series:
            k = again.get(n)
            found = split_fields(blocks[k].text, lang) if k is not None else None
            out[n] = [(r, v) for r, v in (("owner", found.owner), ("deadline", found.deadline)) if v] if found else []
            if k is not None:
                lines.add(k)
    return out, lines


def _keyed_item(st: _State, block: Block, text: str) -> bool:
    """An item whose number a later line of fields keys (:func:`fields_by_number`): a measure,
    with that line's owner and deadline; it serves the goal it stands under. True if read so."""
    fields = st.keyed_fields.get((block.number or "").strip(".) "))
    if fields is None:
        return False
    m = _add_measure(st, block, text, number=block.number)
    _set_fields(st, m, Fields(text=text, owner=next((v for r, v in fields if r == "owner"), None),
                              deadline=next((v for r, v in fields if r == "deadline"), None), labelled=True))
    m.has_owner_column = m.has_deadline_column = True
    _context_measure(st, m)
    if not m.goal_ids:
        _serves(st, m)
    return True


def _heading(st: _State, block: Block) -> None:
    text = block.text.strip()
    if st.keyed_fields and _keyed_item(st, block, text):
        return
    # a heading (also one typed as a line) ends the group of the goal read last: the lists
    # after it are not that goal's measures by place (a goal the heading states is read
    # below, and opens its own group)
    st.last_goal_alone = False
    if _sibling_time_heading(st, block, text):
        return
    if block.side_label:
        _side_label(st, block, text)
    st.letter_parent = None
    if _points_at_goal(st, text, heading=True):
        return
    if _crumb(st, block, text):
        return
    st.last_candidate = block
    st.last_candidate_measure = None
    if st.lead_in == "vision" and st.plan.vision is None:
        _set_vision(st, block, text)
        st.lead_in = None
        return
    if st.outline is not None and not _in_outline(st.outline[0], block):
        st.outline = None  # a heading outside the numbered outline ends it
    if _card(st, block) or _sibling_card(st, block, text):
        return
    pending = st.pending_label
    kicked = _named_kicker(st, block, text)
    if kicked is not None:
        # the label numbers the sentence under it, which is the goal (as after a bare label)
        st.pending_label, st.pending_label_text, st.pending_first_sentence = kicked, text.strip(), False
        return
    if _bare_label(st, text):
        return
    walk = WalkSettings()
    band = pending is not None and band_goal(
        *pending, text, walk.band_sentence_min_words, walk.band_unstopped_min_words
    )
    if pending is not None and (pending[0] in GOAL_ROLES or band) and pending[1] and heading_role(text)[0] is None:
        # "MÅL 3" alone on its line, then the goal's sentence set in bold (read as a heading);
        # "Ambition 4" or "Målområde 2" on a band, then a whole sentence: a goal too
        kind = GOAL_ROLES.get(pending[0], GoalKind.goal)
        _context_goal(st, _add_goal(st, block, text, kind, number=pending[1]))
        st.role, st.lead_in = None, None
        return
    kicker = _kicker_role(st, block, text, walk.band_sentence_min_words)
    if kicker in GOAL_ROLES:
        # "NÄMNDMÅL" in small capitals on a band, the goal's sentence under it in the band's
        # larger type: the label says what the heading is
        _context_goal(st, _add_goal(st, block, text, GOAL_ROLES[kicker], number=block.number))
        st.role, st.lead_in = None, None
        return
    role, rest = heading_role(text)
    if role in GOAL_ROLES and not rest and (block.section_id or "") in st.purpose_sections:
        role = None  # 'Formål' beside numbered goals: why the plan is made, no goal (extract/canvaspanels.py)
    if role in GOAL_ROLES and not rest and _YEAR.search(text) and _document_title(st, block):
        # a plan titled by a goal word and the year it looks to ("Målbild 2045"): the whole
        # document is its goals, stated in its own headings or sentences further down
        # (goalstatements), not in the byline and introduction under the title (a bare "Mål"
        # as a short plan's first heading is a goal heading as ever)
        role = None
    if rest:
        role = _shifted(st, text, role)
    banded = role == "focus_area" and bool(rest) and band_goal(role, label_role(text)[1], rest, WalkSettings().band_sentence_min_words)
    if banded:
        role = "goal"  # "Priority 7: Recycle 60 percent of household waste by 2030." on one band
    if role is None and _role_for_goals(text):
        role, rest = _role_for_goals(text), ""
    # "Helse og omsorg" under "Tiltak fordelt på ansvarlig enhet": the list under it is the
    # unit's measures (its introduction, a paragraph, is none)
    unit = role is None and _unit_heading(st, block)
    if unit:
        rest = ""
    number = None
    if role is None or _renumbered(st, text):
        role, number, rest = _numbered_role(st, text, rest)
    ref = goal_reference(text) if role is None else None
    if ref is not None and ref[0] is not None:
        # "Strategier for mål 2", "Slik når vi mål 2": a chapter of strategies (or measures)
        # for goal 2
        role, rest = ref[0], ""
    if rest and (is_reference_only(rest) or comment_on_item(rest)):
        role, rest = None, ""  # "Policy 1: Strategies 1A, 1B, and 1C." heads notes on those
    if role is not None and rest and text.endswith(":"):
        # "Policy 4 - Water and Parks:" — the label's text is the paragraph below it
        body = _colon_body(st)
        if body is not None:
            block, rest = body, body.text.strip()
    if role is None and _sentence_of_topic_goal(st, block, text):
        return
    if role is None and _aim_under_focus_label(st, block, text):
        return
    if role is None and _statement_under_role_label(st, block, text):
        return
    if role is None and (_aim_over_measure_table(st, block, text) or _aim_over_measure_list(st, block, text)
                         or _question_over_measures(st, block, text)):
        role, rest = "goal", text
    elif role is None and _outcome_over_action(st, block, text):
        # the margin's number is the parent goal the aim serves, not the aim's own number
        role, rest = "goal", without_margin_reference(text)
        text = rest
    if role is None and _outline_item(st, block):
        return
    if role is None and _lead(st, text):
        return
    if role is None and not block.number and _heading_over_fields(st, block, text):
        return
    if role is None and _unfinished_heading(st, text) and _lead(st, text + ":"):
        if st.lead_in in (None, "mixed"):
            st.lead_in = "goal"  # (as under a paragraph that opens the clause: the items are states)
        return
    if role is None and _counted_lead(st, text):
        return
    if role is None and _TARGET.search(text) and _chapter_role(st, block) in GOAL_ROLES:
        # a quantified target set as a heading in a goal chapter ("Köpt energi … ska minska med
        # 12 % till 2014"): a goal; the chapter's role goes on
        _add_goal(st, block, text, GoalKind.goal, number=block.number)
        return
    if role is None and _goal_over_cards(st, block):
        return
    if role is None and _announced_goal_heading(st, block):
        return
    if role is None and _strategy_heading(st, block, text):
        return
    if role is None and st.role == "strategy" and _sub_number(block):
        # "2.3a Øke andel gange …" under "2.3 Strategier og tiltak": a strategy of its own
        _add_strategy(st, block, text, number=block.number)
        st.lead_in = None
        st.role_item_heading = True
        return
    st.lead_in = None
    st.lead_owners = []
    st.ref_goals = []
    st.group_goal = None
    st.role_item_heading = False
    st.item_parent = None
    st.labelled = None
    number = number or block.number or _label_number(text, rest)
    st.ctx_label_goal = None
    st.heading_goal = None
    declared = _declared_goal(st, number, rest) if role in GOAL_ROLES else None
    if declared is not None:
        # "Mål 2" or "Mål 2: <its text>" over the measures of goal 2, declared earlier in the
        # goal list: the measures below serve it; it is not a second goal
        st.group_goal = declared
        _stated_after_name(st, declared)
        named = st.section_goals.get(block.section_id or "", [])
        prev = st.blocks[st.index - 1] if st.index > 0 else None
        if block.chip and prev is not None and prev.chip and prev.section_id == block.section_id and named:
            # the next chip of a row of goal chips ('Mål 1' 'Mål 3' on one card): both goals
            if declared.id not in named:
                named.append(declared.id)
        else:
            st.section_goals[block.section_id or ""] = [declared.id]
        if declared.kind == GoalKind.sub_goal:
            st.ctx_sub_goal = declared
        else:
            st.ctx_goal, st.ctx_sub_goal = declared, None
        st.ctx_strategy = None
        if _chapter_role(st, block) == "measure":
            st.role = "measure"
        else:  # its sub-goals may follow as a list, as under a goal heading of its own
            st.role, st.lead_in = None, "goal"
        return
    if rest and role in GOAL_ROLES:
        # a label heading keeps the whole text when it is all there is ("STRATEGY 1: IMPROVE …")
        g = _add_goal(st, block, rest, GOAL_ROLES[role], number=number)
        _panel_statement(st, g)
        _context_goal(st, g)
        st.ctx_label_goal = g
        st.heading_goal = (g, block.level)
        # numbered sub-goals may follow as a list ("Hovedmål 5: …" then "5.1 …", "5.2 …"); under
        # a goal numbered as a priority the list's own words say what its items are
        st.role = None
        st.lead_in = None if banded else "goal"
    elif rest and role == "strategy":
        strategy = st.labelled = _add_strategy(st, block, rest, number=number)
        _context_strategy(st, strategy)
        st.role = None
        # the bullets right under a labelled strategy heading are its actions
        st.lead_in = "measure"
        st.item_parent = strategy
    elif rest and role == "measure":
        st.labelled = _labelled_measure(st, block, rest, number=number)
        st.section_measures[block.section_id or ""] = st.labelled
        _context_measure(st, st.labelled)
        st.role = None
    elif rest and role == "vision":
        _set_vision(st, block, rest)
        st.role = None
    else:
        st.role = role
        chapter_role, chapter = _chapter(st, block)
        if unit:
            st.lead_in = "measure"
            st.time_frame, st.time_heading = None, False
        elif role is None and _next_action_heading(st, block, text, number):
            # "2.2.2 Ställa krav på …" after the action "2.2.1 …" (read from the owner table under
            # it): the next heading of the series is the next action, with or without its table;
            # the series gives its owner and deadline a place, as the table under each does
            before = st.plan.measures[-1]
            m = _add_measure(st, block, text, number=number)
            m.has_owner_column, m.has_deadline_column = before.has_owner_column, before.has_deadline_column
        elif role is None and _states_goal_over_actions(st, block, text):
            # "2.1 Alla invånare ska ha nära till en laddplats" over "2.1.1 Bygga …", "2.1.2 …"
            # in a chapter "Mål och åtgärder": a numbered heading stating an aim that groups the
            # headings numbered under it is their goal, as a goal heading over a list is
            g = _add_goal(st, block, text, GoalKind.goal, number=number)
            _context_goal(st, g)
            st.heading_goal = (g, block.level)
            st.time_frame, st.time_heading = None, False
        elif role is None and chapter_role == "measure" and chapter not in st.item_sections:
            before = len(st.plan.measures)
            _heading_in_measure_chapter(st, block, text, chapter)
            if (
                len(st.plan.measures) == before
                and _heads_own_items(st.blocks, st.index)
                and not _under_action_heading(st, block.section_id)
            ):
                # a topic of the measures chapter over a list of its own ("Tiltak" → "Barnehage
                # og skole" → bullets): the list is the chapter's measures, as right under it
                # (its list only: the topic's introduction is no measure)
                st.measure_topics.add(block.section_id or "")
        elif (
            role is None and chapter_role in GOAL_ROLES and chapter not in st.item_sections
            and _topic_over_aims(st, st.index)
        ):
            # "Mål for idrettsanlegg" → "Anlegg nær folk" → "1  Alle barn skal ha …": a topic
            # of the goal chapter over a list of its own whose every item states an aim with a
            # modal is a group of the chapter's goals, as the list right under it would be (its
            # list only: the topic's introduction, a paragraph, is none)
            st.goal_topics[block.section_id or ""] = chapter_role
            st.time_frame, st.time_heading = None, False
        else:
            st.time_frame, st.time_heading = None, False
        if role == "measure" and (when := time_qualified_heading(text)) is not None and not _whole_period(st, when):
            # "Tiltak i 2031", "Løpande tiltak": the measures under it are due then
            st.time_frame = (when, block.level or 99, block.bold)  # type: ignore[assignment]
            st.time_heading = True
        if role in ("measure", "strategy"):
            # "Åtgärder, mål 11-12": what follows serves these goals
            from plancheck.extract.roles import goal_numbers

            numbers = ref[1] if ref is not None else goal_numbers(text)
            st.ref_goals = [g for n in numbers if (g := goal_by_number(st, n))]
            if role == "measure" and not numbers and (just_stated := _goal_just_stated(st)) is not None:
                # "Mål 3 Kommunerna ska …" then "Åtgärder": the measures under it serve it
                st.ref_goals = [just_stated]


@cache
def _strategy_openings() -> re.Pattern[str] | None:
    """The lead-in phrases of strategies written out whole ("vi vil"; no "*strategi*" glob),
    every language, as the opening of a line."""
    from plancheck.lang.vocab import lead_in_words

    phrases = [w for w in lead_in_words().get("strategy", []) if "*" not in w and " " in w]
    return re.compile(rf"^(?:{alternation(phrases)})\s+\w", re.IGNORECASE) if phrases else None


def _strategy_heading(st: _State, block: Block, text: str) -> bool:
    """A heading under a goal label heading ("Mål 2: …") that opens with a strategy lead-in
    phrase and goes on as a statement ("Vi vil redusere energibruken …", no colon) states a
    strategy of that goal; the measures under it carry it out. Only while nothing but such
    headings came after the goal's, and never a heading larger than the goal's. True if so."""
    rx = _strategy_openings()
    if st.heading_goal is None or rx is None or text.endswith(":") or not rx.match(text):
        return False
    goal, level = st.heading_goal
    if level is not None and block.level is not None and block.level < level:
        return False
    s = _add_strategy(st, block, text, number=block.number)
    s.goal_ids.append(goal.id)
    st.ctx_strategy = s
    st.role = None
    st.lead_in = "measure"  # bullets right under it are its actions, as under a labelled strategy
    st.item_parent = s
    st.last_candidate = block
    return True


def _sentence_of_topic_goal(st: _State, block: Block, text: str, settings: WalkSettings = WalkSettings()) -> bool:
    """A heading below a goal label heading that names only a topic ("Mål 3 Idrett", then
    "Alle skal ha et idrettslag nær der de bor." set in bold): the sentence is that goal's
    text, not a second goal. Why: a plan that numbers its goals by topic states each as one
    sentence under its label; a bold sentence reads as a heading of its own (Word and PDF
    alike), and without this the goal would be split in a topic and an unnumbered sentence.
    Only while nothing was read since the goal (a paragraph between, such as a quote of the
    parent plan, reads as no item), and only a deeper heading that is one whole sentence.
    True if so."""
    if st.heading_goal is None:
        return False
    goal, level = st.heading_goal
    if goal is not st.last_goal or goal.number is None or block.level is None or level is None:
        return False
    if block.level <= level or states_one_sentence(goal.text, settings.band_sentence_min_words):
        return False
    # (a sentence set as a heading may drop its full stop: "Flere børn … skal have hjælp"; then
    # it must state an aim, a modal verb, to tell it from a sub-heading of words)
    sentence, stopped = _heading_sentence(text)
    if sentence is None:
        return False
    if not states_one_sentence(sentence, settings.band_sentence_min_words) or not (stopped or _states_aim(text, st.lang)):
        return False
    if any(goal.id in m.goal_ids for m in st.plan.measures) or any(goal.id in x.goal_ids for x in st.plan.strategies):
        return False
    goal.text = _clean(text)
    # the sentence is where the goal is stated (a report quotes it, a reader finds it there)
    goal.page, goal.provenance = block.provenance.page, block.provenance
    st.heading_goal = None  # one sentence per goal
    st.last_candidate = block
    return True


def _heading_sentence(text: str) -> tuple[str | None, bool]:
    """A heading read as a sentence: (the text ending in a full stop, whether it ended in one of
    its own). A sentence set as a heading may drop its stop ("Flere børn … skal have hjælp") or
    end in "!" (a statement still, its aim asked for as for one without a stop); a question ("Hva skal vi gjøre …?") states no aim, however
    many modal verbs it has: (None, True). One reading for every heading-as-sentence reader."""
    text = text.rstrip()
    if text.endswith("?"):
        return None, True
    if text.endswith("!"):  # a slogan ends so too: it must state an aim, as a stopless one
        return text[:-1] + ".", False
    return (text, True) if text.endswith(".") else (text + ".", False)


def _aim_under_focus_label(st: _State, block: Block, text: str, settings: WalkSettings = WalkSettings()) -> bool:
    """A heading right under a labelled focus-area heading ("Innsatsområde 2: Nærvær"), nothing between, that is
    one whole sentence with a modal verb ("Sykefraværet skal ned …", set bold, perhaps marked by
    a glyph only): the area's goal. Why: a plan that names no goal word states each area's aim
    as its first line, and a bold sentence reads as a heading of its own; without this it would
    be a sub-area. True if read so."""
    parent = next((sec for sec in st.plan.sections if sec.id == block.section_id), None)
    if parent is None or parent.title.strip() != text:
        return False
    area = next((sec for sec in st.plan.sections if sec.id == parent.parent_id), None)
    if area is None or heading_role(area.title)[0] != "focus_area" or not heading_role(area.title)[1]:
        return False
    # the area's FIRST line only: a heading after the area's text ("How we will measure
    # progress" under "Priority 2: Transport" and its goal paragraph) is a sub-section of it
    prev = st.blocks[st.index - 1] if st.index > 0 else None
    if prev is None or prev.kind != BlockKind.heading or prev.text.strip() != area.title.strip():
        return False
    # (a sentence set as a heading drops its full stop: "Fewer buildings will be at risk")
    sentence, _stopped = _heading_sentence(text)
    if sentence is None or not states_one_sentence(sentence, settings.band_sentence_min_words) or not _states_aim(text, st.lang):
        return False
    goal = _add_goal(st, block, text, GoalKind.goal, number=None)
    _context_goal(st, goal)
    st.role, st.lead_in = None, None
    return True


def _statement_under_role_label(st: _State, block: Block, text: str) -> bool:
    """A heading right under a bare label that names a goal role and no number ('Our aim',
    'Outcome' set small over the sentence, as in the boxes of a plan set on one page as a poster) that states an
    aim in one sentence ('Residents will feel safe …', set in bold and so read as a heading):
    the goal the label announces. Why: the label alone sets the role for what follows, but a
    heading of no role of its own would end that role before its sentence is read. Only an
    unnumbered heading, on the label's page, with nothing between. True if so."""
    if st.index == 0 or block.number:
        return False  # (a numbered heading is read as its number says)
    prev = st.blocks[st.index - 1]
    if prev.kind not in (BlockKind.heading, BlockKind.paragraph) or prev.provenance.page != block.provenance.page:
        return False
    label = prev.text.strip()
    if len(label) > 70 or label.endswith((".", ":", ";", ",")):
        return False
    role, rest = heading_role(label)
    if role is None:
        # 'Our outcome': a possessive before the role word names the same role (a label, read
        # here only: 'Our objectives' heading a chapter of labelled objectives is no goal heading)
        from plancheck.lang.vocab import possessives

        words = label.split()
        if len(words) > 1 and words[0].lower() in possessives():
            role, rest = heading_role(" ".join(words[1:]))
    if role not in GOAL_ROLES or rest or _label_number(label, rest):
        return False
    if _opens_clause(text, st.lang):
        return False  # "Innen 2030 vil vi at": unfinished, the lines under it complete it (_unfinished_heading)
    sentence, _stopped = _heading_sentence(text)
    if sentence is None or not (_states_aim(text, st.lang) and states_one_sentence(sentence, WalkSettings().band_sentence_min_words)):
        return False
    _context_goal(st, _add_goal(st, block, text, GOAL_ROLES[role], number=block.number))
    st.role, st.lead_in = None, None
    return True


def _body_acts_on_goal(st: _State, block: Block, text: str) -> bool:
    """Right under a labelled goal ("Mål 7 Kommunerna ska …"), in a chapter whose heading names
    no role, one sentence in which a named body or role is to act ("Vansbro kommun ska införa …",
    "Kulturenheten skal …"): what that body does to reach the goal, a measure serving it, with
    the body as its owner. Only a single sentence in the active voice whose subject is an owner
    by the lexicon; descriptions of the goal (several sentences, or no acting body) stay text."""
    g = _goal_just_stated(st)
    if g is None or g.number is None or len(_sentences(text)) != 1:
        return False
    sm = _SUBJECT.match(text)
    if sm is None or _passive_after(text[sm.end():], st.lang):
        return False
    from plancheck.lang.owners import is_owner_like

    subject = _without_correlative(sm.group("subject"))
    if not (is_owner_like(subject, lang=st.lang) or (len(subject.split()) <= 2 and names_a_body(subject))):
        return False
    m = _add_measure(st, block, text, number=None)
    m.goal_ids.append(g.id)
    _owner_and_deadline_in_sentence(st, m, text)
    st.paragraph_measure_ids.add(m.id)
    return True


def _label_is_subject(st: _State, text: str, rest: str) -> bool:
    """Is the label the subject of a sentence about it ("Mål 6 gäller endast …", "Mål 9 utgår",
    "Delmål 2.3 følges op i den kommende pårørendepolitik"): no colon after it and a verb in the
    present tense, active or s-passive, in lower case, right after it? A goal's own text after a
    label opens with a capital or follows a colon."""
    from plancheck.lang.vocab import evidence_words

    head = text[: len(text) - len(rest)]
    verb = next(iter(rest.split()), "")
    if ":" in head or not verb.isalpha() or not verb.islower():
        return False
    if verb in evidence_words("modal", st.lang):
        return False
    endings = (*evidence_words("present_endings", st.lang), *evidence_words("passive_endings", st.lang))
    return any(verb.endswith(e) for e in endings)


def _goal_just_stated(st: _State) -> Goal | None:
    """The goal read from the paragraph right before this one, if that paragraph gave one (the
    last item of a goal list is not meant: the list's chapter serves them all)."""
    prev = st.blocks[st.index - 1] if 0 < st.index <= len(st.blocks) else None
    g = st.last_goal
    if prev is None or g is None or prev.kind != BlockKind.paragraph:
        return None
    return g if g.provenance is prev.provenance else None


# a one-part outline number: a digit ("1", "2.") or the capital letter of a letter outline ("A")
_ONE_PART = re.compile(r"^(\d{1,2}|[A-H])[.)]?$")
# a table cell opening with an outline number, digit- or letter-led ("1.1", "A.1", "A.1.a")
_CELL_OUTLINE_NUMBER = re.compile(r"^\s*((?:\d{1,2}|[A-ZÆØÅ])(?:\.(?:\d{1,2}|[a-z]))+)\.?(?:\s|$)")
#: unnumbered paragraphs (a goal's short description, its challenge in italics) that may stand
#: between a one-part numbered goal and the table whose rows are numbered under it
OUTLINE_TABLE_GAP = 2


def _numbered_under(st: _State, n: str) -> bool:
    """Are the items right after the current block numbered under ``n`` ("1.1" under "1", "A.1"
    under "A")? The next block's number, or — past at most :data:`OUTLINE_TABLE_GAP` unnumbered
    paragraphs — the number opening the first row of the table that follows."""
    later = st.blocks[st.index + 1 : st.index + 2 + OUTLINE_TABLE_GAP]
    for k, b in enumerate(later):
        if b.kind == BlockKind.table and b.table is not None:
            if k == 0 and not b.table.rows:
                return False
            first = next((c.text for row in b.table.rows[:1] for c in row if c.text.strip()), "")
            m = _CELL_OUTLINE_NUMBER.match(first)
            return bool(m) and m.group(1).startswith(n + ".")
        if k == 0 and b.number:
            return (b.number or "").strip(".").startswith(n + ".")
        if b.kind != BlockKind.paragraph or b.number:
            return False
    return False


def _outline_item(st: _State, block: Block) -> bool:
    """A numbered outline where no heading or lead-in gave a role: a one-part numbered heading or
    list item that states an aim (a sentence with a modal verb, "1. Færre ungdommar skal …",
    "1 The council's operations will be …"), right followed by items numbered under it ("1.1").
    It is a goal; its items are sub-goals when actions numbered one level further down
    ("1.1.1") stand in a table, else the measures for it. True when the block was read so."""
    number = (block.number or "").strip()
    outline = st.outline
    if outline is not None and not number and block.bullet and block.kind == BlockKind.list_item and outline[1] == "sub_goal":
        sub = _bullet_sub_goal(st, block, outline[0])
        if sub is not None:
            # "• … – Ansvar: X, frist 2026" under the sub-goal "1.1": its measure; the outline goes on
            before = len(st.plan.measures)
            _measure_from_line(st, block, block.text.strip(), st.last_candidate_measure)
            for m in st.plan.measures[before:]:
                m.goal_ids = [sub.id]
            st.last_candidate = block
            return True
    if outline is not None and number and "." in number.strip("."):
        from plancheck.extract.statements import classify_statement

        goal, child_role = outline
        parent = number.strip(".").rsplit(".", 1)[0]
        if parent != (goal.number or ""):
            if child_role == "sub_goal" and parent.rsplit(".", 1)[0] == (goal.number or "") and any(
                g.number == parent and g.kind == GoalKind.sub_goal for g in st.plan.goals
            ):
                # "1.1.1" under the sub-goal "1.1" of an outline whose deepest level says who and
                # when (see _deeper_rows): a measure, whatever its wording; its number links it
                _measure_from_line(st, block, block.text.strip(), st.last_candidate_measure)
                st.last_candidate = block
                return True
            return False
        # (an item opening with a bold sentence is that sentence: its explanation may state aims)
        own = _item_lead(block, block.text.strip())
        kind = classify_statement(own)
        if child_role == "sub_goal" or kind == "goal" or (kind is None and _states_aim(own, st.lang)):
            # an item that states an aim itself ("3.1 Unge skal få tidlig hjælp") refines the goal
            _add_goal(st, block, block.text.strip(), GoalKind.sub_goal, number=number.strip("."))
            st.role = None if child_role == "sub_goal" else "measure"
            return True
        return False
    one = _ONE_PART.match(number)
    n = one.group(1) if one else ""
    if one is not None and _next_outline_goal(st, n, block):
        # the next goal of the series, though nothing is numbered under it (its measures are
        # elsewhere or still to come): the outline goes on
        goal = _add_goal(st, block, block.text.strip(), GoalKind.goal, number=n)
        _context_goal(st, goal)
        st.group_goal = goal
        st.lead_in = None
        st.outline = (goal, st.outline[1])  # set: _next_outline_goal holds only inside an outline
        st.role = None
        return True
    if one is None or not _numbered_under(st, n) or not _states_aim(block.text, st.lang):
        if st.outline is not None:
            st.outline = None
            st.role = st.outline_role  # the outline ended: the chapter's role again
        return False
    if st.outline is None:
        st.outline_role = st.role
    goal = _add_goal(st, block, block.text.strip(), GoalKind.goal, number=n)
    _context_goal(st, goal)
    st.group_goal = goal
    st.lead_in = None
    child_role = "sub_goal" if _deeper_rows(st, n) else "measure"
    st.outline = (goal, child_role)
    st.role = "measure" if child_role == "measure" else None
    return True


def _next_outline_goal(st: _State, n: str, block: Block) -> bool:
    """Is the one-part number ``n`` the next in an outline of goals being read ("5." after goal
    "4." whose items were "4.1", "4.2"), on an item stating an aim, with nothing numbered under
    it? A sibling of goals in the same list is a goal without measures, not a background fact."""
    if st.outline is None or st.outline[1] != "measure" or not _states_aim(block.text, st.lang):
        return False
    prev = (st.outline[0].number or "").strip(".")
    if n.isdigit() and prev.isdigit():
        follows = int(n) == int(prev) + 1
    else:
        follows = len(n) == len(prev) == 1 and n.isalpha() and ord(n) == ord(prev) + 1
    return follows and not _numbered_under(st, n)


def _in_outline(goal: Goal, block: Block) -> bool:
    """Is ``block`` numbered as a part of the outline of ``goal`` (its item, or the next goal)?"""
    number = (block.number or "").strip(".) ")
    return bool(number) and (number.startswith((goal.number or "#") + ".") or number.isdigit())


def _aim_over_measure_table(st: _State, block: Block, text: str) -> bool:
    """A heading that states an aim (:func:`_states_aim`: "3.1 Alle barn skal ha en trygg
    skolevei") set right above a table of measures (:func:`_over_measure_table`) is the goal
    the table's rows serve, though no goal word labels it; so is one set alike beside it."""
    if not _states_aim(text, st.lang):
        return False
    if _over_measure_table(st, st.index):
        return True
    # a sibling heading set alike over no table ("3.4 Flere skal gå og sykle …", its measures
    # to come) is a goal of the same series, one without measures yet
    parent = st.parent_of.get(block.section_id or "")
    return any(
        k != st.index and b.kind == BlockKind.heading and b.level == block.level and b.bold == block.bold
        and st.parent_of.get(b.section_id or "") == parent and _states_aim(b.text, st.lang)
        and _over_measure_table(st, k)
        for k, b in enumerate(st.blocks)
    )


def _asks_over_measures(st: _State, index: int, settings: WalkSettings) -> bool:
    """Is the block at ``index`` a heading that asks one whole question (ending in '?', at least
    ``question_goal_min_words`` words) over a section holding a table of measures - the blocks
    after it up to the next heading of its rank or a higher one?"""
    b = st.blocks[index]
    text = b.text.strip()
    if b.kind != BlockKind.heading or not text.endswith("?") or text.count("?") != 1:
        return False
    if len(text.split()) < settings.question_goal_min_words:
        return False
    for k in range(index + 1, len(st.blocks)):
        nxt = st.blocks[k]
        if nxt.kind == BlockKind.heading and (nxt.level or 99) <= (b.level or 99):
            return False
        if nxt.kind == BlockKind.table and _over_measure_table(st, k - 1):
            return True
    return False


def _question_over_measures(st: _State, block: Block, text: str, settings: WalkSettings = WalkSettings()) -> bool:
    """A heading that asks a whole question ('Hvordan kan vi gjøre …?') over a section holding a
    table of measures, one of ``question_goal_min_siblings`` or more headings set alike (level and
    weight) that each do so, is the goal its section's measures serve.

    Why: a plan written with young people or in the design-thinking way sets its aims as
    questions to answer, each over the section that answers it ('What we will do' and its
    table): no modal verb, a question mark, and read as no aim (:func:`_heading_sentence`), its
    measures served no goal. The questions a survey or a workshop asked stand in the running
    text, and a heading asking a question over no measure ('What happens next?') is none."""
    if not settings.question_goals or not _asks_over_measures(st, st.index, settings):
        return False
    alike = [
        k for k, b in enumerate(st.blocks)
        if b.kind == BlockKind.heading and b.level == block.level and b.bold == block.bold
        and _asks_over_measures(st, k, settings)
    ]
    return len(alike) >= settings.question_goal_min_siblings


def _aim_over_measure_list(st: _State, block: Block, text: str) -> bool:
    """A heading that states an aim (:func:`_states_aim`: a bold sentence "Andelen grönyta ska
    inte minska …" set on a line of its own, read as a heading) right above a list whose items
    are measures (``aim_list_min_items`` or more, most of them an action by their own words:
    :func:`classify_statement`) is the goal they serve, though no goal word labels it — as
    :func:`_aim_over_measure_table` reads it over a table. Why: a plan that sets its goals in
    bold over bulleted activities marks them by weight alone."""
    from plancheck.extract.stated import whole_sentence

    settings = WalkSettings()
    if block.number:
        return False  # a numbered heading is read by its outline ("5. … ska …" over "5.1 …")
    sentence, _stopped = _heading_sentence(text)
    if sentence is None or not _states_aim(text, st.lang):
        return False
    if not whole_sentence(sentence.rstrip(".") + ".", settings.aim_heading_min_words):
        return False
    items: list[Block] = []
    for b in st.blocks[st.index + 1 :]:
        if b.kind != BlockKind.list_item:
            break
        items.append(b)
    if len(items) < settings.aim_list_min_items:
        return False
    # the items are the means: an action by their own words, or work given to someone by a time
    # by its own fields ("… (ansvar: Miljöenheten, 2027)"); a list of indicators ("Number of empty
    # homes brought back into use") states no aim either, and is no list of measures
    return _mostly_actions(st, items, by_fields=True)


def _mostly_actions(st: _State, items: list[Block], *, by_fields: bool) -> bool:
    """Do ``aim_list_action_share`` of the list items say what to do by their own words
    (:func:`classify_statement`), or, ``by_fields``, give the work to someone by a time by
    their own fields? Shared by the aim heading and the labelled goal paragraph over a list."""
    from plancheck.extract.statements import classify_statement

    acts = sum(
        classify_statement(b.text) == "measure"
        or (by_fields and _carries_fields(b.text, st.lang, _emphasis_in(b, b.text)))
        for b in items
    )
    return acts >= WalkSettings().aim_list_action_share * len(items)


#: a reference set in a margin column beside a sentence and read as its tail: "… town. – 1",
#: "… routes. 3, 5", "… festival. – –" (the parent goals' numbers, or a dash for none)
_MARGIN_REFERENCE_RE = re.compile(r"(?<=[.!])\s+(?:[–—-]\s+)?(?:\d{1,2}(?:\s*[,&]\s*\d{1,2})*|[–—-])$")


def without_margin_reference(text: str) -> str:
    """``text`` without a margin column's reference read as its tail (:data:`_MARGIN_REFERENCE_RE`)."""
    return _MARGIN_REFERENCE_RE.sub("", text.strip())


def _outcome_over_action(st: _State, block: Block, text: str) -> bool:
    """A bold heading in a chapter that declares goals ("What we want to achieve") that is one
    whole sentence of ``aim_heading_min_words`` words or more, its margin reference left out
    (:func:`without_margin_reference`), set right above a table of measures (a measure column,
    its owner and date written in the cell: "Action: … Lead: … By: …") or alike beside such a
    heading, is a goal though it has no modal: an outcome in the present tense ("More older
    people live safely in their own homes."). Why: a locality plan states each aim so and
    gives its action under it; the chapter says the sentences are its aims."""
    from plancheck.extract.stated import whole_sentence
    from plancheck.extract.tables import table_roles

    settings = WalkSettings()
    if block.kind != BlockKind.heading or not block.bold or _chapter_role(st, block) not in GOAL_ROLES:
        return False
    if not whole_sentence(without_margin_reference(text), settings.aim_heading_min_words):
        return False

    def over_action(k: int) -> bool:
        nxt = st.blocks[k + 1] if k + 1 < len(st.blocks) else None
        return bool(nxt is not None and nxt.kind == BlockKind.table and nxt.table is not None
                    and "measure" in table_roles(nxt.table.header))

    if over_action(st.index):
        return True
    parent = st.parent_of.get(block.section_id or "")
    return any(
        k != st.index and b.kind == BlockKind.heading and b.level == block.level and b.bold
        and st.parent_of.get(b.section_id or "") == parent and over_action(k)
        and whole_sentence(without_margin_reference(b.text), settings.aim_heading_min_words)
        for k, b in enumerate(st.blocks)
    )


def _over_measure_table(st: _State, index: int) -> bool:
    """Is the block after ``index`` a table of measures (a measure column beside an owner or
    a deadline column)?"""
    from plancheck.extract.tables import table_roles

    nxt = st.blocks[index + 1] if index + 1 < len(st.blocks) else None
    if nxt is None or nxt.kind != BlockKind.table or nxt.table is None:
        return False
    roles = table_roles(nxt.table.header)
    return "measure" in roles and bool({"owner", "deadline"} & set(roles))


@functools.cache
def _one_word_modals(lang: str) -> frozenset[str]:
    """The lexicon's one-word modal verbs of ``lang`` ("skal", "will"), read once per language."""
    from plancheck.lang.vocab import evidence_words

    return frozenset(m for m in evidence_words("modal", lang) if " " not in m)


def _states_aim(text: str, lang: str) -> bool:
    """A sentence of five words or more with a modal verb of the language ("skal", "will")."""
    words = text.lower().split()
    modals = _one_word_modals(lang)
    return len(words) >= 5 and any(w.strip(",.") in modals for w in words)


def _deeper_rows(st: _State, n: str) -> bool:
    """Does a table in the document number its rows two levels under ``n`` ("1.1.1"), or do
    items numbered so stand in the text with their owner or deadline (:func:`_noted_item`)? The
    deepest level that says who and when is the measures'; the level between is the sub-goals'
    (an outline of levels "1", "1.1", "1.1.1" with no role word, who and when noted under each item of the deepest)."""
    part = r"(?:\d{1,2}|[a-z])"  # "1.1.1", "A.1.a"
    rx = re.compile(rf"^\s*{re.escape(n)}\.{part}\.{part}\b")
    child = re.compile(rf"^\s*{re.escape(n)}\.{part}\.?\s*$")
    for k, b in enumerate(st.blocks):
        if b.kind == BlockKind.table and b.table is not None and any(
            rx.match(c.text or "") for row in b.table.rows for c in row
        ):
            return True
        if b.kind != BlockKind.table and b.number and rx.match(b.number) and _noted_item(st, k):
            return True
        if b.kind == BlockKind.list_item and b.number and child.match(b.number) and _noted_bullets(st, k):
            return True  # "1.1" over bullets "• … – Ansvar: X, frist 2026": the bullets are the deepest level
    return False


def _bullets_under(st: _State, k: int) -> list[int]:
    """The indices of the unnumbered bulleted list items right after the numbered item
    ``st.blocks[k]`` and set deeper than it: its own items, in a list of another kind."""
    item = st.blocks[k]
    out: list[int] = []
    for j in range(k + 1, len(st.blocks)):
        b = st.blocks[j]
        if b.kind != BlockKind.list_item or b.number or not b.bullet or (b.level or 0) <= (item.level or 0):
            break
        out.append(j)
    return out


def _noted_bullets(st: _State, k: int, settings: WalkSettings = WalkSettings()) -> bool:
    """Do the bullets under the numbered item ``st.blocks[k]`` (:func:`_bullets_under`) say who
    does them and by when, at least ``settings.outline_bullet_fields_share`` of them
    (:func:`_noted_item`)? Then they are the measures and the item over them a sub-goal: an
    outline "1" / "1.1" made with list numbering, each "1.1" followed by a bulleted list of
    actions with "– Ansvar: …, frist …", is goal / sub-goal / measure, as "1" / "1.1" / "1.1.1" is."""
    under = _bullets_under(st, k)
    noted = sum(1 for j in under if _noted_item(st, j))
    return bool(under) and noted >= settings.outline_bullet_fields_share * len(under)


def _bullet_sub_goal(st: _State, block: Block, goal: Goal) -> Goal | None:
    """The sub-goal of the outline of ``goal`` that the current bullet ``block`` stands under: the
    numbered item before its run of bullets (:func:`_bullets_under`), read as a sub-goal of
    ``goal``. None when the bullet is not under such an item."""
    if not (0 <= st.index < len(st.blocks)) or st.blocks[st.index] is not block:
        return None
    k = st.index - 1
    while k >= 0 and st.blocks[k].kind == BlockKind.list_item and not st.blocks[k].number and st.blocks[k].bullet:
        k -= 1
    if k < 0 or st.index not in _bullets_under(st, k):
        return None
    number = (st.blocks[k].number or "").strip(". ")
    found = [g for g in st.plan.goals
             if g.kind == GoalKind.sub_goal and g.number == number and g.parent_id == goal.id]
    return found[-1] if found else None


def _noted_item(st: _State, k: int) -> bool:
    """Does the item ``st.blocks[k]`` say who does it and by when: in its own line (:func:`_carries_fields`)
    or in a note the layout set under it (:attr:`Block.item_note`, :func:`note_fields`)?"""
    block = st.blocks[k]
    nxt = st.blocks[k + 1] if k + 1 < len(st.blocks) else None
    if nxt is not None and nxt.item_note and note_fields(nxt.text, st.lang) is not None:
        return True
    return _carries_fields(block.text, st.lang, _emphasis_in(block, block.text))


def _role_for_goals(text: str) -> str | None:
    """"Tiltak for delmål 6", "Åtgärder för mål 3", "Actions for Goal 2": a heading that opens
    with a measure or strategy word and names goal numbers announces that role for them."""
    from plancheck.extract.roles import goal_numbers

    words = text.split()
    if not words or not goal_numbers(text):
        return None
    role = heading_role(words[0].strip(":,"))[0]
    return role if role in ("measure", "strategy") else None


_LETTER = re.compile(r"^\(?([a-z])[).]?$")


def _statement_over_sub_goals(st: _State, settings: WalkSettings | None = None, back: int = 1) -> Goal | None:
    """A labelled sub-goal ("Objective 1 :: …") right under a numbered title and the one
    statement set under it ("1 :: SAFE STREETS" / "Make every street safe …"): that statement is
    the goal the sub-goals serve (the title only names it). Read as a goal when nothing took it
    and it is short (a sentence or two, not an introduction); the sub-goals that follow become
    its children. ``back``: how many blocks before the current one the statement stands (two
    when the item's label stood on a line of its own)."""
    settings = settings or WalkSettings()
    if st.index < back + 1:
        return None
    statement, title = st.blocks[st.index - back], st.blocks[st.index - back - 1]
    if title.kind != BlockKind.heading or not title.number or statement.section_id != title.section_id:
        return None
    if statement.kind not in (BlockKind.paragraph, BlockKind.heading) or statement.number or statement.label:
        return None
    text = statement.text.strip()
    if (len(_sentences(text)) > settings.statement_max_sentences or len(text) > settings.statement_max_chars
            or text.endswith(":") or _ANNOUNCES.search(text)):
        return None  # (a lead-in, or a sentence about the items: "These objectives …")
    taken = [*st.plan.goals, *st.plan.strategies, *st.plan.measures]
    if any(item.provenance is statement.provenance for item in taken):
        return None
    # (the number stays the title's: such titles often restart at 1 in each chapter, which the
    # walk does not know as focus areas, and would read as duplicates)
    goal = _add_goal(st, statement, text, GoalKind.goal, number=None)
    _context_goal(st, goal)
    st.statement_goals += 1
    return goal


def _statement_over_measures(st: _State, pending: tuple | None) -> Goal | None:
    """A labelled measure ("Action Item A ::") right under a numbered title and its one
    statement, in a plan that has set such a statement over its labelled sub-goals before
    (:func:`_statement_over_sub_goals`): the same layout, a goal whose sub-goals are left out,
    so the statement is the goal the measures serve."""
    if not st.statement_goals:
        return None
    return _statement_over_sub_goals(st, back=2 if pending is not None else 1)


def _letter_sub_goal(st: _State, block: Block, text: str) -> bool:
    """"a) Flere børn …", "b) …" right under a numbered goal of a goal list ("1. Flere borgere …"),
    each stating an aim: its sub-goals, numbered "1.a", "1.b" (so a pointer "delmål 2 b" finds them).
    True when read so."""
    from plancheck.extract.statements import classify_statement

    parent = st.letter_parent
    m = _LETTER.match((block.number or "").strip())
    if parent is None or block.kind != BlockKind.list_item or m is None:
        return False
    st.lettered_parents.add(parent.id)
    if not (_states_aim(text, st.lang) or classify_statement(text) == "goal"):
        return False  # a topic name ("Green Fleet") or an action under the goal: not a sub-goal
    g = _add_goal(st, block, text, GoalKind.sub_goal, number=f"{(parent.number or '').strip('.')}.{m.group(1)}")
    g.parent_id = parent.id
    return True


def _points_at_goal(st: _State, text: str, heading: bool = False) -> bool:
    """A line that only names a goal declared earlier ("Til delmål 2 b:", "For å nå delmål 4.1:"):
    the items under it serve that goal; the chapter's role for them goes on. True when read so."""
    from plancheck.extract.roles import goal_pointer

    number = goal_pointer(text, heading)
    ref = goal_reference(text) if number else None
    if ref is not None and ref[0] is not None:
        return False  # "Slik vil vi nå mål 1:" announces strategies for it: a lead-in (_lead)
    goal = goal_by_number(st, number) if number else None
    if goal is None:
        return False
    st.ref_goals = [goal]
    st.group_goal = None
    st.lead_in = None
    st.last_candidate = None
    return True


def _announced_goal_heading(st: _State, block: Block) -> bool:
    """Goals written as numbered headings after a lead-in that announces them ("… three main
    goals:" then "1 …", "2 …", "3 …", each with a paragraph under it): the numbering goes on
    across the paragraphs, so heading n+1 at the same level is the next goal."""
    num = (block.number or "").strip(".) ")
    seq = st.goal_heading_seq
    if not num.isdigit() or len(block.text) > WalkSettings().title_item_chars * 3:
        if seq is not None and (block.level or 0) <= (seq[0] or 0):
            st.goal_heading_seq = None  # a heading at the level of the goals or above ends them
        return False
    if num == "1" and st.lead_in not in GOAL_ROLES and (named := _goals_heading_above(st, block)) is not None:
        st.lead_in = named  # "Våra tre mål", "Our goals" right over "1 …": the heading announces them
    if st.lead_in in GOAL_ROLES and num == "1":
        role = st.lead_in
        st.announced_goals.append([])
    elif seq is not None and block.level == seq[0] and int(num) == seq[1]:
        role = seq[2]
    else:
        return False
    goal = _add_goal(st, block, block.text.strip(), GOAL_ROLES[role], number=num)
    st.announced_goals[-1].append(goal)
    st.goal_heading_seq = (block.level, int(num) + 1, role)
    st.letter_parent = goal  # its "a)", "b)" items, if any, are its sub-goals
    st.lead_in = None
    st.role = None
    return True


def _goals_heading_above(st: _State, block: Block) -> str | None:
    """The goal role of the heading right before ``block`` when it names the plan's goals and no
    more ("Våra tre mål", "Our goals": a goal heading word alone, with a possessive or a count)
    and stands on the same page: a slide or page listing the goals as numbered headings under it
    (:func:`_announced_goal_heading`), as a lead-in ending in a colon announces them. None else."""
    from plancheck.extract.roles import heading_role

    prev = st.blocks[st.index - 1] if st.index > 0 else None
    if prev is None or prev.kind != BlockKind.heading or prev.number or prev.provenance.page != block.provenance.page:
        return None
    role, rest = heading_role(prev.text)
    return role if role in GOAL_ROLES and not rest else None


_TARGET = re.compile(
    rf"\b({_words('will')}|{_words('should')})\b.*\d+\.?\s*(%|{_words('percent')})|"
    rf"\d+\.?\s*(%|{_words('percent')}).*\b({_words('target_by')})\s+(19|20)\d\d",
    re.IGNORECASE,
)


def _declared_goal(st: _State, number: str | None, text: str) -> Goal | None:
    """The goal declared earlier that a heading names: by its text when the heading gives one
    ("Mål 2: Alle skal …"), else by its number ("Mål 2", "Delmål 3.4"). A heading whose text is
    only a short title ("Mål 4: Viden hos medarbejderne", no modal verb, a few words) names the
    goal of its number too, when that goal was stated earlier in more words: a band over a
    goal's part of the measures chapter repeats the goal by a short form, it states no second
    goal 4."""
    from rapidfuzz import fuzz

    from plancheck.extract.link import _short_form

    if text:
        norm = normalise(text)
        same = [g for g in st.plan.goals if fuzz.token_sort_ratio(normalise(g.text), norm) >= 95]
        if len(same) == 1:
            return same[0]
        if not number or not _short_form(text):
            return None
        found = [g for g in st.plan.goals if (g.number or "").strip(".)") == number.strip(".)")]
        if len(found) == 1 and len(found[0].text.split()) > len(text.split()):
            return found[0]
        return None
    if number:
        found = [g for g in st.plan.goals if (g.number or "").strip(".)") == number.strip(".)")]
        return found[0] if len(found) == 1 else None
    return None


# a heading of one word and a number, nothing else ("Steg 4", "Part 2", "Fase 3")
_PART_LABEL = re.compile(r"^\s*[^\W\d_]+\s+\d{1,2}(?:\.\d{1,2})*\s*$")


def _heading_in_measure_chapter(st: _State, block: Block, text: str, chapter: str | None) -> None:
    """Headings below an actions chapter ("Recommendations" → "Short-Term" → "Energy
    Efficiency" → "Building Tune-up Policy"). One that names a time frame ("Short-Term",
    "2025–2026") gives the deadline of the actions after it, until a heading of its rank or
    above; a heading without sub-headings, followed by its description (no list or table of
    its own) and set like other headings of the chapter, is an action titled by the heading. Not below a labelled item ("Action 3.2 …"),
    whose sub-headings are parts of it."""
    from plancheck.lang.deadlines import opening_time_frame, parse_deadline

    if is_sentence_title(text):
        return  # a pull quote
    frame = st.time_frame
    if frame is not None and ((block.level or 99) < frame[1] or ((block.level or 99) == frame[1] and block.bold == frame[2])):
        st.time_frame, st.time_heading = None, False
    deadline = parse_deadline(text, lang=st.lang) if len(text) <= 40 else None
    if deadline is not None and deadline.kind != DeadlineKind.none:
        st.time_frame, st.time_heading = (deadline, block.level or 99, block.bold), False
        return
    nxt = st.blocks[st.index + 1] if st.index + 1 < len(st.blocks) else None
    if nxt is not None and nxt.kind == BlockKind.paragraph and (
        framed := opening_time_frame(nxt.text, lang=st.lang)
    ) is not None:
        # "General" → "Near-term initiatives for the next two years.": the group's
        # introduction gives the time frame of the actions under it, as a time heading does
        st.time_frame, st.time_heading = (framed, block.level or 99, block.bold), False
    if _under_action_heading(st, block.section_id):
        return  # a part of the action titled above it ("Recruit Members" under "Form a Board")
    nxt = st.blocks[st.index + 1] if st.index + 1 < len(st.blocks) else None
    if block.section_id in st.parent_of.values():  # (one scan in C, not a generator per section)
        # it groups the headings under it: a topic ("Energy Efficiency"), unless it says what
        # to do ("Set up a steering group"), when it is one action and they are its parts
        if nxt is not None and nxt.kind == BlockKind.paragraph and _opens_with_action(text, WalkSettings()):
            m = _add_measure(st, block, text, number=block.number)
            if st.time_frame is not None:
                m.deadline = st.time_frame[0].model_copy()
            m.goal_ids.extend(g.id for g in st.ref_goals)
            _owner_of_description(st, m, nxt.text)
            st.action_sections.add(block.section_id or "")
        return
    if nxt is None or nxt.kind != BlockKind.paragraph or len(text) > 120 or text.endswith((".", ":", "?")):
        return
    if _PART_LABEL.match(text):
        return  # "Steg 4", "Del 2": a word and a number name a part of the plan, not an action
    if _names_a_group(text):
        return  # "Övergripande mål", "Prioriterade åtgärder": a heading over goals or measures, not one
    if _measure_label(nxt):
        return  # a theme over cards labelled "Tiltak 1", "Tiltak 2": each card is the measure
    if _heads_own_items(st.blocks, st.index):
        return  # a list or table of its own under it: a group of actions, not one
    key = (block.level, block.bold, chapter)
    if key not in st.alike_headings:  # once per chapter and heading style, not per heading
        st.alike_headings[key] = [
            (i, _heads_own_items(st.blocks, i)) for i, b in enumerate(st.blocks)
            if b.kind == BlockKind.heading and b.level == block.level and b.bold == block.bold
            and _chapter(st, b)[1] == chapter
        ]
    alike = [(i, over) for i, over in st.alike_headings[key] if i != st.index]
    if not alike:
        return  # actions titled by headings come several in a row, set alike
    grouping = sum(over for _, over in alike)
    if grouping * WalkSettings().titled_action_groups_ratio >= len(alike) + 1 - grouping:
        # most headings set alike stand over lists or tables of their own: they are topics,
        # and one over a paragraph alone (an introduction, a topic stating its goals) is one too
        return
    m = _add_measure(st, block, text, number=block.number)
    if st.time_frame is not None:
        m.deadline = st.time_frame[0].model_copy()
    m.goal_ids.extend(g.id for g in st.ref_goals)
    _owner_of_description(st, m, nxt.text)


def _next_action_heading(st: _State, block: Block, text: str, number: str | None) -> bool:
    """Is a numbered heading the next of a series of actions titled by headings: the measure read
    last is numbered just before it ("2.2.1" → "2.2.2", a sub-number) and stands in a sibling
    section (read from the heading before), and this heading opens with an action verb?"""
    last = st.plan.measures[-1] if st.plan.measures else None
    number = (number or "").strip(".")
    if last is None or "." not in number or not _next_in_series((last.number or "").strip("."), number):
        return False
    if last.section_id is None or st.parent_of.get(last.section_id) != st.parent_of.get(block.section_id or ""):
        return False  # (a sibling heading under the same parent: read from a heading of the series)
    return _opens_with_action(text, WalkSettings())


def _next_in_series(before: str, number: str) -> bool:
    """Is ``number`` the one after ``before`` in a numbered series ("2.4" → "2.5")?"""
    head_a, _, last_a = before.rpartition(".")
    head_b, _, last_b = number.rpartition(".")
    return head_a == head_b and last_a.isdigit() and last_b.isdigit() and int(last_b) == int(last_a) + 1


def _aim_heading_text(text: str) -> bool:
    """Does a heading's text state an aim in one sentence (a goal statement's modal, no closing
    colon or question mark, not opening with an action verb, no longer than a statement)?"""
    from plancheck.extract.goalstatements import GOAL_STATEMENT_RE

    if len(text) > WalkSettings().statement_max_chars or text.rstrip().endswith((":", "?")):
        return False
    return not _opens_with_action(text, WalkSettings()) and bool(GOAL_STATEMENT_RE.search(text))


def _states_goal_over_actions(st: _State, block: Block, text: str) -> bool:
    """Is a numbered heading the goal of the headings numbered under it ("2.1 …" over "2.1.1",
    "2.1.2")? It states an aim (a goal statement's modal, "… ska …", "… skal …", "We will …":
    goalstatements.GOAL_STATEMENT_RE) in one sentence without a closing colon, does not open with
    an action verb, and stands in a chapter whose title names goals ("Mål och åtgärder", "Goals
    and actions"); the next heading is numbered under it, or it is the next sibling of such a goal,
    or the next heading is its own next sibling stating an aim (the first of a series of goal
    headings with no actions under them: "2.1 …", "2.2 …" in "2 Mål og strategiar")."""
    number = (block.number or "").strip(".")
    if not number or not _aim_heading_text(text):
        return False
    parent = st.parent_of.get(block.section_id or "")
    if st.heading_titles is None or st.next_heading is None:
        st.heading_titles = {b.section_id or "": b.text for b in st.blocks if b.kind == BlockKind.heading}
        st.next_heading, later = [len(st.blocks)] * len(st.blocks), len(st.blocks)
        for k in range(len(st.blocks) - 1, -1, -1):
            st.next_heading[k] = later
            if st.blocks[k].kind == BlockKind.heading:
                later = k
    k = st.next_heading[st.index]
    nxt = st.blocks[k] if k < len(st.blocks) else None
    if nxt is None or not (nxt.number or "").strip(".").startswith(number + "."):
        # the last goal of the series may have no action under it ("2.5 …" then "3 …"): a
        # sibling of the goal heading read before it, set at its level under the same chapter
        # nor the first ("2.1 …" then "2.2 …", no action under either): the next heading is its
        # next sibling and states an aim too, the series of goal headings it opens
        before = st.last_goal
        follows = before is not None and _next_in_series((before.number or "").strip("."), number)
        opens = (
            nxt is not None
            and _next_in_series(number, (nxt.number or "").strip("."))
            and _aim_heading_text(nxt.text.strip())
        )
        if not (follows or opens):
            return False
    title = st.heading_titles.get(parent or "", "")
    return any(lead_in_role(w) in ("main_goal", "goal", "sub_goal") for w in re.findall(r"\w+", title))


def _topic_over_aims(st: _State, index: int) -> bool:
    """Does the heading at ``index`` stand over a list of its own (before the next heading) whose
    every item states an aim (:func:`_states_aim`: a sentence with a modal)? Why: a goal chapter
    may group its goals under topic headings with no goal word of their own ("Trygg og
    berekraftig"), numbering them on through the topics; the topic names the group, the
    sentences are the goals."""
    items = []
    for later in st.blocks[index + 1 :]:
        if later.kind == BlockKind.heading:
            break
        if later.kind == BlockKind.list_item:
            items.append(later)  # (a table under the goals: their measures, read as ever)
    return bool(items) and (
        all(_states_aim(b.text, st.lang) for b in items) or all(_states_outcome(b.text) for b in items)
    )


def _states_outcome(text: str, min_words: int = 6) -> bool:
    """A whole sentence of ``min_words`` words or more, closed by a full stop, with no figure in
    it but a year: an outcome stated as the state the writers want ("Community groups are
    stronger, with more volunteers."), as an outcomes framework words its goals under the
    goal chapter's topics. A figure ("45 % in 2050", "12 of 20") tells a fact, no outcome."""
    words = text.split()
    if len(words) < min_words or not text.rstrip().endswith(".") or text.rstrip().endswith("?."):
        return False
    figures = [w for w in words if any(c.isdigit() for c in w)]
    return all(re.fullmatch(r"\(?(?:19|20)\d\d[.,;:)]*", w) for w in figures)


def _heads_own_items(blocks: list[Block], index: int) -> bool:
    """Does the heading at ``index`` stand over a list or table of its own (before the next
    heading)?"""
    for later in blocks[index + 1 :]:
        if later.kind == BlockKind.heading:
            return False
        if later.kind in (BlockKind.list_item, BlockKind.table):
            return True
    return False


def _sibling_time_heading(st: _State, block: Block, text: str, settings: TimeHeadingSettings = TIME_HEADINGS) -> bool:
    """A heading set like the time-qualified measure heading before it ("Tiltak i 2031" …
    "Seinare i planperioden (2028–2029)") that names only a time: the measures under it are due
    then; the measure role goes on. A time in brackets is the deadline's text when it is one."""
    from plancheck.lang.deadlines import parse_deadline

    frame = st.time_frame
    if frame is None or not st.time_heading or st.role != "measure" or len(text) > settings.sibling_chars:
        return False
    if text.endswith((".", ":", ";", ",", "!", "?")) or (block.level or 99) != frame[1] or block.bold != frame[2]:
        return False
    if heading_role(text)[0] is not None:
        return False
    when = time_qualified_heading(text) or parse_deadline(text, lang=st.lang)  # "Løpande tiltak": "Løpande"
    if when.kind == DeadlineKind.none or (when.kind in (DeadlineKind.date, DeadlineKind.period) and when.start is None):
        return False
    inner = re.search(r"\(([^()]+)\)", text)
    if inner is not None:
        bracketed = parse_deadline(inner.group(1), lang=st.lang)
        if bracketed.kind == when.kind and bracketed.start == when.start and bracketed.end == when.end:
            when = bracketed
    period = st.plan.plan_period
    if period is not None and when.end is not None and when.end.year < period.start:
        return False  # "Gjennomført i 2019–2020": work done before the plan, no measures
    st.time_frame = (when, frame[1], frame[2])
    return True


def _whole_period(st: _State, when: Deadline) -> bool:
    """Does a measure heading's time cover the whole plan period ("Åtgärder 2026–2029" in a plan
    for 2026–2029)? Then it names the plan's span, not when its measures are due."""
    period = st.plan.plan_period
    return (
        period is not None and when.start is not None and when.end is not None
        and when.start.year <= period.start and when.end.year >= period.end
    )


def _under_action_heading(st: _State, section_id: str | None) -> bool:
    """Does the section stand below a heading read as one action with parts?"""
    cur, seen = st.parent_of.get(section_id or ""), set()
    while cur is not None and cur not in seen:
        if cur in st.action_sections:
            return True
        seen.add(cur)
        cur = st.parent_of.get(cur)
    return False


def _names_a_group(text: str, max_words: int = 6) -> bool:
    """A short heading whose last word is a role word of the lexicon's lead-ins ("Specifika
    mål", "Övriga åtgärder, gemensamma för flera mål", "Key actions"): it names a group of items."""
    words = re.findall(r"\w+", text)
    return 0 < len(words) <= max_words and lead_in_role(words[-1]) is not None


def _renumbered(st: _State, text: str) -> bool:
    found = numbered_label(text)
    return found is not None and found[0] in st.label_roles


def _numbered_role(st: _State, text: str, rest: str) -> tuple[str | None, str | None, str]:
    """A label word whose number nests with known labels ("Policy 4 -" over "Strategy 4B:"):
    its role from :func:`roles_by_numbering`."""
    found = numbered_label(text)
    if found is None or found[0] not in st.label_roles:
        return None, None, rest
    return st.label_roles[found[0]], found[1], found[2].strip(" :–—-")


def _colon_body(st: _State) -> Block | None:
    """The paragraph right after a label that ends in a colon, when it is one item's length."""
    nxt = st.index + 1
    if nxt >= len(st.blocks):
        return None
    block = st.blocks[nxt]
    if block.kind != BlockKind.paragraph or not (10 <= len(block.text) <= 400):
        return None
    st.taken.add(nxt)
    return block


def _unit_heading(st: _State, block: Block) -> bool:
    """Is a heading one unit's, right under a heading saying the measures are sorted by who
    carries them out (:func:`plancheck.extract.roles.owner_grouped_heading`)? The items under it
    are that unit's measures; :func:`plancheck.extract.groupowners.group_owners` gives the owner."""
    return st.parent_of.get(block.section_id or "") in st.owner_grouped


def _chapter_role(st: _State, block: Block) -> str | None:
    """The role of the nearest enclosing heading that has one ("Mål/Delmål – …" over "Byggnader")."""
    return _chapter(st, block)[0]


def _chapter(st: _State, block: Block) -> tuple[str | None, str | None]:
    """(role, section id) of the nearest enclosing heading that has a role.

    A section titled by a sentence (a pull quote set as large as a chapter heading) does not
    end the chapter it stands in: through it, the enclosing heading is the one before it."""
    sid = block.section_id or ""
    cur = _before(st, sid)
    seen: set[str] = set()
    while cur is not None and cur not in seen:
        seen.add(cur)
        role = st.section_role.get(cur)
        if role:
            return role, cur
        cur = _before(st, cur)
    return None, None


def _before(st: _State, sid: str) -> str | None:
    """The heading a section stands under: its parent; for a section titled by a sentence, the
    heading before it in the same chapter, or the chapter's own heading when it comes first."""
    if sid in st.quote_sections:
        return st.prev_sibling.get(sid) or st.parent_of.get(sid)
    return st.parent_of.get(sid)


_SENTENCE_END = re.compile(r"[.!?]\W*$|^\W*[“\"«].*[”\"»]\W*$")


def is_sentence_title(title: str) -> bool:
    """A heading that is a whole sentence (twelve words or more, ending in a full stop, or a
    quotation): a pull quote, not the title of a chapter."""
    return len(title.split()) >= 12 and bool(_SENTENCE_END.search(title.strip()))


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


# the words of _META that point at a place in the document ("nedenfor", "the table"), not at a
# thing a goal can be about ("insatserna", "planen")
_POINTER = re.compile(rf"\b({_words('pointer')})\b", re.IGNORECASE)


def _about_items(text: str, is_list: bool) -> bool:
    """Does ``text`` speak about the plan's items (``_META``) rather than state one? In a list
    item that states an aim ("Ungdomar ska uppleva insatserna som samordnade"), a definite
    noun after the aim's verb is what the aim is about: only a word before the verb, or one
    that points at a place in the document, makes the item a remark about the items."""
    found = list(_META.finditer(text))
    if not found:
        return False
    aim = _STATES_AIM.search(text) if is_list else None
    if aim is None:
        return True
    return any(m.start() < aim.start() or _POINTER.fullmatch(m.group(0)) for m in found)


#: the modals of every language's lexicon (evidence "modal"), single words: a goal says what shall be
_MODALS = frozenset(w.lower() for w in evidence_words("modal") if " " not in w)


_FIGURE_FACT = re.compile(r"^\W*(?:[^\W\d_]+\s+){0,3}?(?P<n>\d{1,3}(?:[ .,]\d{3})*)\s+(?P<w>[^\W\d_]+)")
_CHANGE_WORDS = frozenset(w.lower() for w in evidence_words("count_change"))  # the lexicon's, every language


def figure_fact(text: str, max_words: int = 6) -> bool:
    """Is ``text`` a figure of a key-figures box ("3 200 innbyggere", "14 bydeler", "2 idrettshaller
    og 5 barnehager") rather than a goal: a few words, no modal, a count (not a year) before a
    noun that is no word of change or share ("50 prosent færre …" is a target), and no year."""
    words = re.findall(r"\w+", text)
    if not words or len(text.split()) > max_words or _MODALS & {w.lower() for w in words}:
        return False
    m = _FIGURE_FACT.match(text)
    if m is None or re.search(r"\b(?:19|20)\d\d\b", text):
        return False  # (a year makes a count a target: "1 500 nye boliger innen 2035")
    n = re.sub(r"\D", "", m.group("n"))
    return not (len(n) == 4 and n[:2] in ("19", "20")) and m.group("w").lower() not in _CHANGE_WORDS


def _after_measure_table(st: _State, block: Block) -> bool:
    """The block right above this one, in the same section, is a table, and the walk's last
    measure was read in this section (from that table)."""
    prev = st.blocks[st.index - 1] if 0 < st.index <= len(st.blocks) else None
    if prev is None or prev.kind != BlockKind.table or prev.section_id != block.section_id:
        return False
    last = st.plan.measures[-1] if st.plan.measures else None
    return last is not None and last.section_id == block.section_id


def counts_goals(text: str) -> bool:
    """Is ``text`` one sentence that counts the plan's goals ("Nämnden har tre mål för arbetet
    med parkerna.", "The plan sets out three objectives.", "Planen har 5 hovudmål.")
    rather than states one: a count (digits or a count word of the lexicon) right before a goal
    noun (a heading word of a goal role), and no modal (a goal says what shall be)."""
    from plancheck.lang.timewords import COUNT_WORDS

    if len(_sentences(text)) != 1:
        return False
    words = [w.lower() for w in re.findall(r"\w+", text)]
    if _MODALS & set(words):
        return False
    return any(
        ((w.isdigit() and 1 < int(w) <= 20) or w in COUNT_WORDS) and heading_role(nxt)[0] in GOAL_ROLES
        for w, nxt in itertools.pairwise(words)
    )


def describes_layout(text: str, lang: str) -> bool:
    """Does a paragraph say how the plan is laid out ("Under hvert delmål står de indsatser, vi
    sætter i gang", "Under each goal are the actions …") rather than state an item? A
    distributive word (``evidence.distributive``) right before a role noun, and a noun of
    another role (a heading word of the lexicon, :func:`heading_role`) in the same paragraph."""
    from plancheck.lang.vocab import evidence_words

    words = [w.lower() for w in re.findall(r"\w+", text)]
    dist = set(evidence_words("distributive", lang))
    roles = [heading_role(w)[0] for w in words]
    for i, w in enumerate(words[:-1]):
        if w in dist and roles[i + 1] is not None and any(r is not None and r != roles[i + 1] for r in roles):
            return True
    return False


def points_elsewhere(text: str, lang: str) -> bool:
    """Does a sentence say that the items of some part of the plan stand in another document
    ("Indsatser under målsætning 5 fremgår af boligpolitikken 2025–2030", "Actions for housing
    are set out in the Housing Strategy")? It opens with a role noun (a heading word of the
    lexicon, :func:`heading_role`, or one of ``evidence.item_nouns``) and holds a phrase of
    ``evidence.elsewhere``. Why: such a pointer stands where the items would, under the role's
    heading, and reads like one; it is a note that the items are missing here."""
    m = _FIRST_WORD.search(text)
    if m is None:
        return False
    first = m.group(0)
    if heading_role(first)[0] is None and first.lower() not in evidence_words("item_nouns", lang):
        return False
    pattern = _elsewhere(lang)
    return pattern is not None and pattern.search(text) is not None


# the first word of a text: letters only
_FIRST_WORD = re.compile(r"[^\W\d_]+")


@cache
def _elsewhere(lang: str) -> re.Pattern[str] | None:
    """The lexicon's ``evidence.elsewhere`` phrases for ``lang`` as one pattern of whole words
    (None when it has none), compiled once per language: :func:`points_elsewhere` asks per block."""
    phrases = evidence_words("elsewhere", lang)
    return re.compile(rf"(?<!\w)(?:{alternation(phrases)})(?!\w)", re.IGNORECASE) if phrases else None


# a number followed by a percent sign or word, or a unit of quantity ("40 prosent", "12 %",
# "5 km"): the lexicon's evidence.percent, percent_short and quantity_units
_QUANTITY_AFTER = re.compile(
    rf"\s*(?:%|(?:{_words('percent')}|{_words('percent_short')}|{_words('quantity_units')})(?!\w))",
    re.IGNORECASE,
)


def _label_number(text: str, rest: str = "") -> str | None:
    """The number of a labelled heading ("Strategi 2: …" → "2"). Why the limits: the label
    stands before its text, so when the text after the label is known only the label is
    searched; and a number that counts something ("… ned med 40 prosent", "12 km") is a
    quantity in the sentence, never the heading's number."""
    rest = rest.strip()
    head = text.strip()
    if rest and head.endswith(rest) and len(rest) < len(head):
        head = head[: len(head) - len(rest)]
    for m in re.finditer(r"\b(\d{1,2}(?:\.\d{1,2}){0,3})\b", head):
        if not _QUANTITY_AFTER.match(head, m.end()):
            return m.group(1)
    # a label's capital letter before a dash ("Delmål A – Tidleg hjelp"): the letter is its number
    found = label_role(text)
    if found is not None and found[1] and _LETTER_BEFORE_DASH.match(text, 0) and found[1].isupper() and len(found[1]) == 1:
        return found[1]
    return None


_LETTER_BEFORE_DASH = re.compile(r"^\s*\S+\s+[A-ZÆØÅÄÖ]\s+[–—]\s")


_META = re.compile(
    rf"\b({_words('about_items')}|{_words('pointer')})\b|"
    # a sentence that counts the items ("Der er prioriteret 2 indsatser …") announces them
    rf"\b\d{{1,2}}\s+({_words('item_nouns')})\b",
    re.IGNORECASE,
)


# _META without its pointer words: "below" in "20 % below the 2010 level" points at nothing
_ANNOUNCES = re.compile(
    rf"\b({_words('about_items')})\b|\b\d{{1,2}}\s+({_words('item_nouns')})\b",
    re.IGNORECASE,
)


# a line opening with a note label and a colon ("NOTE: …", "Merk: …"): the lexicon's
# evidence.note_labels
_NOTE_LINE = re.compile(rf"^(?:{_words('note_labels')})\s*:", re.IGNORECASE)


def status_legend(text: str) -> bool:
    """Is ``text`` the legend of a plan's status marks ("Status: ● I gang ● Planlagt ● Ikke
    startet ● Afsluttet"): a status label (a status column word, ``columns.status``) and two
    or more status values (``status_values``) and nothing else? It explains the coloured dots
    beside the measures; it states no item."""
    from plancheck.lang.vocab import column_role, is_status_value

    m = re.match(r"^\W*([^\W\d_][\w ]{0,24}?)\s*:\s*(.+)$", text.strip())
    if m is None or column_role(m.group(1)) != "status":
        return False
    parts = [p.strip() for p in re.split(r"[,;|/]|[^\w\s().-]", m.group(2)) if p.strip()]
    return len(parts) >= 2 and all(is_status_value(p) for p in parts)


def _page_chrome(st: _State, block: Block, text: str) -> bool:
    """A web application's furniture printed with a plan kept in it (a wiki's page tree, a
    post's byline "Name · date · 8 likes"): no item, and what comes after it is not its item
    (:mod:`plancheck.extract.pagechrome`). True if the block was one."""
    from plancheck.extract.pagechrome import navigation_tree, post_byline

    if block.kind not in (BlockKind.paragraph, BlockKind.list_item):
        return False
    if navigation_tree(text) or post_byline(text, st.lang):
        return True
    from plancheck.extract.dbviews import view_controls

    # the tabs over a database view's header, its add button and totals under its rows
    return block.kind == BlockKind.paragraph and 0 <= st.index < len(st.blocks) and st.blocks[st.index] is block \
        and view_controls(st.blocks, st.index)


def _template_prompt(st: _State, block: Block) -> bool:
    """A filled template's guidance under a section heading (:func:`placeholders.template_prompt`)."""
    from plancheck.extract.placeholders import template_prompt

    return 0 <= st.index < len(st.blocks) and st.blocks[st.index] is block and template_prompt(
        st.blocks, st.index, st.lang
    )


_FIRST_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[^\W\d_])")  # a sentence end before a word


def _text(st: _State, block: Block) -> None:
    text = block.text.strip()
    if not text or _NOTE_LINE.match(text):
        return  # (a note, "NOTE: Only offices that …", remarks on the item above it)
    if block.kind == BlockKind.paragraph and status_legend(text):
        return
    if _page_chrome(st, block, text):
        return
    if block.kind == BlockKind.paragraph and _template_prompt(st, block):
        return  # a filled template's question over its answer ('List the outcomes you want …')
    if _crumb(st, block, text):
        return
    if block.kind == BlockKind.list_item and st.keyed_fields and _keyed_item(st, block, text):
        return
    if block.kind == BlockKind.list_item and st.promise_form and _promise(st, block, text):
        return
    if _item_note(st, block, text):
        return
    if _letter_fields(st, block, text):
        return
    if _letter_sub_goal(st, block, text):
        return
    st.letter_parent = None
    # (a bold line in capitals is a label set apart, as a heading is: "TIL MÅL 2" over a panel's items)
    label = block.bold and text.upper() == text and any(ch.isalpha() for ch in text)
    if block.kind == BlockKind.paragraph and _points_at_goal(st, text, heading=label):
        return
    # the text under a label alone on its line ("Action 4 ::") is the labelled item, also
    # when it ends in a colon that leads into its details
    under_label = st.pending_label is not None
    if block.kind == BlockKind.paragraph and not under_label and _lead(st, text):
        return
    if (not under_label and ((block.kind == BlockKind.paragraph and _unfinished_lead(st, text)) or _runs_into_items(st, block, text))
            and _lead(st, text if text.rstrip().endswith(":") else text + ":")):
        if st.lead_in in (None, "mixed") and _opens_clause(text, st.lang):
            # "Kommunen vil arbeide for at" over "a) elvene når god tilstand,": each item
            # is the state the speaker works for, the clause the lead-in opens — a goal
            st.lead_in = "goal"
        return
    if block.kind == BlockKind.paragraph and _assignments(st, block, text):
        return
    if block.kind == BlockKind.paragraph and _sibling_time_heading(st, block, text):
        return
    if block.kind == BlockKind.paragraph and _pseudo_heading(text):
        _heading(st, block)  # a role heading typed as a plain line ("Åtgärder, mål 13")
        return
    if block.kind == BlockKind.paragraph and chapter_label(text):
        return  # "Chapter 2: Energy …" in a summary typed in body text: no item
    if block.kind == BlockKind.paragraph and _reference_field(text):
        return  # "Council priority: A greener valley" under a goal: what it serves, no item
    if block.kind == BlockKind.paragraph and _group_field_line(st, block):
        return
    if _fields_of_last_measure(st, text):
        return
    if block.kind == BlockKind.paragraph and not _described_fields_of_last_measure(st, block, text):
        _charge_of_last_measure(st, text)  # (the paragraph is read on as before)
    if block.kind == BlockKind.paragraph and _committed_sentences(st, block, text):
        return
    if block.kind == BlockKind.paragraph and _foot_owner_line(st, block):
        return
    if block.kind == BlockKind.paragraph and _card(st, block):
        return
    if block.kind == BlockKind.paragraph and _chip_card(st, block):
        return
    if block.kind == BlockKind.paragraph and _lead_sentence_measure(st, block, text):
        return
    if block.kind in (BlockKind.paragraph, BlockKind.list_item) and _measure_over_fields(st, block, text):
        return  # (a checklist's item too: "☐ <measure>" over "Ansvar: … · Frist: …")
    pending, label_text, first_only = st.pending_label, st.pending_label_text, st.pending_first_sentence
    if _bare_label(st, text):
        return
    if st.lead_in == QUOTED and block.kind == BlockKind.list_item:
        return  # a goal of another body, quoted (labelled "Mål 7" or not)
    lrole, lnum, rest = label_role(text)
    if lrole is not None and block.kind == BlockKind.paragraph and (lead := lead_sentence(block, text)):
        # "**Mål 1: Reiselivet skal gi fleire heilårsarbeidsplassar.** I dag …": the bold
        # sentence is the labelled item, the regular text after it the context it is set in
        lead_role, _lead_num, lead_rest = label_role(lead)
        if lead_role == lrole and lead_rest:
            rest = lead_rest
    if pending is not None:
        # the text under a label that stood on its own line ("Action Item B ::")
        (lrole, lnum), rest = pending, text
        text = label_text + " " + text
        if first_only:
            # a label closing the paragraph above labels the sentence that opens this line;
            # the sentences after it explain it
            rest = _FIRST_SENTENCE.split(rest, maxsplit=1)[0]
    lrole = _shifted(st, text, lrole)
    walk = WalkSettings()
    if lrole == "focus_area" and band_goal(lrole, lnum, rest, walk.band_sentence_min_words, walk.band_unstopped_min_words):
        # "Målområde 2" on a band, the goal's sentence on it or under it; a web page's list
        # leaves the sentence after the label unstopped ("Priority 2: Fewer streets flood
        # after heavy rain each winter"), a focus area's name is shorter
        lrole = "goal"
    if lrole is None or _renumbered(st, text):
        lrole, lnum, rest = _numbered_role(st, text, text)
    if lrole is not None and (is_reference_only(rest) or comment_on_item(rest)):
        return
    if lrole is not None and pending is None and _label_is_subject(st, text, rest):
        return  # "Mål 6 gäller endast …": a sentence about goal 6, not its text
    if lrole is None and block.kind in (BlockKind.list_item, BlockKind.paragraph) and _subject_sentence_measure(st, block, text):
        return
    role = _role_of(st, block)
    if lrole:
        number = lnum or block.number
        if lrole in GOAL_ROLES and role == "measure":
            # "Mål 1: Trygt hjemme" over measure bullets names the goal they serve
            st.group_goal = goal_by_number(st, number or "") if number else None
            if st.group_goal is None:
                st.group_goal = _add_goal(st, block, rest, GOAL_ROLES[lrole], number=number)
            st.ref_goals = [st.group_goal]  # (paragraph measures below it serve it too)
            return
        if lrole in GOAL_ROLES:
            if GOAL_ROLES[lrole] == GoalKind.sub_goal and number:
                # a numbered series of sub-goals ("Objective 1 ::", "Delmål 1.2") serves the one
                # statement over it; one unnumbered "Delmål:" under a section's text is the
                # section's goal itself, the text over it its background
                _statement_over_sub_goals(st)
            labelled = _add_goal(st, block, rest, GOAL_ROLES[lrole], number=number)
            _context_goal(st, labelled)
            if block.kind == BlockKind.paragraph and _list_follows(st):
                # "Delmål: …" as a paragraph right over bullets: the bullets that say what to do
                # serve it, as under a goal label heading (_action_under_label)
                st.ctx_label_goal, st.lead_in = labelled, "goal"
        elif lrole == "strategy":
            s = st.labelled = _add_strategy(st, block, rest, number=number)
            _context_strategy(st, s)
            if not s.goal_ids and (outline := _outline_goal(st, block)) is not None:
                s.goal_ids.append(outline.id)
        elif lrole == "measure":
            _statement_over_measures(st, pending)
            m = st.labelled = _labelled_measure(st, block, rest, number=number)
            m.deadline = _tagged_deadline(st, text) or m.deadline
            _context_measure(st, m)
            if not m.goal_ids and not m.strategy_ids and (outline := _outline_goal(st, block)) is not None:
                m.goal_ids.append(outline.id)
        elif lrole == "vision":
            _set_vision(st, block, rest)
        elif lrole == "indicator":
            _add_indicator(st, block, rest)
        return
    if block.kind == BlockKind.list_item and (role is None or st.outline is not None) and not st.lead_in:
        if _outline_item(st, block):
            return
        role = _role_of(st, block)  # an outline that ended gives the chapter's role back
    if block.kind == BlockKind.paragraph:
        _owner_in_description(st, block, text)
        _own_goal_in_description(st, block, text)
    if block.kind == BlockKind.paragraph and st.labelled is not None and (items := inline_enumeration(text)):
        _enumerated_actions(st, block, items)
        return
    settings = WalkSettings()
    if block.kind == BlockKind.list_item and st.lead_in and st.lead_in_level is None:
        st.lead_in_level = block.level
    if block.kind == BlockKind.paragraph and st.lead_in != "vision":
        prev = st.blocks[st.index - 1] if st.index > 0 else None
        if st.lead_in == "measure" and prev is not None and prev.kind == BlockKind.heading and _unit_heading(st, prev):
            pass  # a unit's introduction under its heading: the list after it is still its measures
        elif st.lead_in and prev is not None and (st.lead_in_suspended or _title_item(prev, settings)):
            st.lead_in_suspended = True  # the description of the titled item above
        else:
            st.lead_in = None
            st.lead_in_suspended = False
            st.item_parent = None
    prev_measure = st.last_candidate_measure
    if block.kind != BlockKind.paragraph or st.last_candidate is None or not item_described(st):
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
    if role in (None, "focus_area") and block.kind == BlockKind.paragraph and _coded_outline_goal(st, block, text):
        return
    if role is None:
        if block.kind == BlockKind.paragraph and _body_acts_on_goal(st, block, text):
            return
        if block.kind == BlockKind.list_item and _fielded_list(st, block, text):
            # a chapter whose heading names no role ("Mål og tiltak"), a list whose items end
            # in who and when ("… – ansvar: Næringsavdelinga, innan 2028"): work someone is to
            # do by a time, as under a measure heading
            n = len(st.plan.measures)
            _measure_from_line(st, block, text, prev_measure)
            if len(st.plan.measures) > n and not (m := st.plan.measures[-1]).goal_ids:
                _context_measure(st, m)  # it serves the labelled goal it stands under
            return
        if block.kind == BlockKind.list_item and _musts_inside_measure(st, block):
            # "Aktivitet 1 …" → "Indholdet og praksis": "• Forældre skal involveres …": what the
            # activity must bring about, the ways it serves its purpose: strategies
            _add_strategy(st, block, text, number=block.number)
            return
        if block.kind == BlockKind.paragraph:
            _measured_item(st, block, text)
            _own_targets(st, block, text)
        return
    is_list = block.kind == BlockKind.list_item
    if is_list and role in ("strategy", "focus_area", *GOAL_ROLES) and (
        _carries_fields(text, st.lang, _emphasis_in(block, text)) or _noted(st)
        or _bracket_owner_beside_fields(st, block, text) is not None
        or (role in GOAL_ROLES and _fielded_list(st, block, text))
    ):
        # a bullet that ends in its owner and deadline, labelled or not ("… (ansvar:
        # kultureininga, tid: 2025)", "… (Kultur og Fritid, 2026)"), or has them in a note under
        # it, is work someone is to do by a time: a measure, whatever the chapter calls its items
        # (a focus area's title over its goal line and such bullets, as on a slide, too)
        n = len(st.plan.measures)
        _measure_from_line(st, block, text, prev_measure)
        if len(st.plan.measures) > n and not (m := st.plan.measures[-1]).goal_ids and not m.strategy_ids:
            _context_measure(st, m)  # "Mål 1" → goal → "Indsatser" → such bullets: they serve that goal
        return
    if role == "mixed":
        if is_list:
            from plancheck.extract.statements import classify_statement

            kind = classify_statement(text) or _fielded(text, st.lang)
            if kind is None:
                # not sure from its own words: its list says, when most of the bullets beside
                # it are worded as actions (or as states)
                votes = [classify_statement(b.text) or _fielded(b.text, st.lang) for b in _sibling_items(st.blocks, st.index)]
                kind = "measure" if votes.count("measure") * 2 > len(votes) else None
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
    elif role in GOAL_ROLES and not is_list and _describes_goal_above(st, block):
        pass  # the plain text under a goal set as a bold bullet title explains it: not more goals
    elif role in GOAL_ROLES and not is_list and len(_sentences(text)) > settings.goal_box_sentences and _states_purpose(text):
        # a long paragraph under a goal heading that opens by stating its purpose ("The goal is
        # to … . Schools must … . It is also the goal to …"): each purpose sentence is a goal,
        # the "must"-sentences after it are the way to it (one strategy); the rest is prose
        for purpose, means in purpose_parts(_sentences(text)):
            g = _add_goal(st, block, purpose, GOAL_ROLES[role], number=None)
            if means:
                _add_strategy(st, block, " ".join(means), number=None).goal_ids.append(g.id)
        st.role = None
    elif role in GOAL_ROLES and not is_list and len(_sentences(text)) > settings.goal_box_sentences:
        # running prose under a goal heading (the reasons for the goals, the targets of other
        # bodies they rest on) is a chapter's text, not a box of goals; what follows it until
        # the next heading (figure labels, footnotes) is not announced by the heading either
        st.role = None
    elif role in GOAL_ROLES and not is_list and len(_sentences(text)) == 2 and _states_purpose(text):
        # "Formålet er at … . Der skal …": the purpose and what it takes, one goal
        _add_goal(st, block, text, GOAL_ROLES[role], number=None)
    elif role in GOAL_ROLES and not is_list and counts_goals(text):
        pass  # "Nämnden har tre mål för arbetet …": the goals counted, none stated
    elif role in GOAL_ROLES and not is_list and len(_sentences(text)) > 1 and describes_layout(text, st.lang):
        pass  # "Hvert mål har sit eget kort med indsatserne. …": how the goals are set out, no goal
    elif role in GOAL_ROLES and not is_list and len(_sentences(text)) > 1:
        # a box of goal sentences: each sentence that states an aim is a goal (in its main
        # clause: "With the changes China made in what it will accept, it has led to …" states none)
        from plancheck.extract.prose import main_clause

        for sentence in _sentences(text):
            if _goal_like(sentence, st.lang) and not _META.search(sentence) and _STATES_AIM.search(main_clause(sentence, st.lang)):
                _add_goal(st, block, sentence, GOAL_ROLES[role], number=None)
    elif role in GOAL_ROLES and is_list and st.lead_in == "goal" and _action_under_label(st, block, text):
        # "Objective 1.1.1: Enhance parks" over bullets that say what to do: the wording of the
        # bullet beats the label above it; the bullet serves that goal
        m = _add_measure(st, block, text, number=block.number)
        if st.ctx_label_goal is not None:
            m.goal_ids.append(st.ctx_label_goal.id)
        st.last_candidate_measure = m
    elif role in GOAL_ROLES and is_list and _under_measure_item(st, block):
        pass  # a bullet under a measure's bullet, not worded as an action, explains it: no goal stands under a measure
    elif role in GOAL_ROLES and is_list and st.lead_in in GOAL_ROLES and st.means_goal is not None and _way_to_goal(text):
        # the items of a lead-in about reaching the goal just stated, worded as actions and
        # setting no target of their own ("Establish a baseline and report yearly"): the ways
        # to that goal, its strategies, whatever the lead-in calls them
        s = _add_strategy(st, block, text, number=block.number)
        s.goal_ids.append(st.means_goal.id)
    elif role in GOAL_ROLES and is_list and (goal := _goal_of_paragraph_before(st)) is not None and _ways_list(
        [b.text for b in [block, *_sibling_items(st.blocks, st.index)]]
    ):
        # "Purpose" → "The project shall help young people find work." → "• Offer advice …"
        # "• Reach out to employers …": bullets worded as actions right under a goal stated as
        # a sentence are the ways to that goal, not goals of their own
        _add_strategy(st, block, text, number=block.number).goal_ids.append(goal.id)
    elif role in GOAL_ROLES and not is_list and parent_goal_header(text):
        # "Community plan goal", "Kommuneplanmål": only the lexicon's name for the parent plan's
        # goals, the head of a margin column citing, beside each aim, the parent goal it serves;
        # no goal of the plan, though it stands under its goal chapter
        pass
    elif role in GOAL_ROLES and not is_list and _after_measure_table(st, block):
        # "Mål for året" / its goals / the table of its measures / "Andelen som pendler … har gått
        # ned siden 2040.": the paragraph under the table speaks of it or of the situation;
        # the heading announced the goals above the measures, not the text after them
        pass
    elif role in GOAL_ROLES and is_list and _criterion_of_goal(st, block):
        # '✓ Mindst 12 % …' under 'Mål 2. …' in a panel 'Mål og kendetegn': the goal's indicator
        _add_indicator(st, block, text)
        st.plan.indicators[-1].goal_ids.append(st.last_goal.id)  # type: ignore[union-attr]
    elif role in GOAL_ROLES:
        if (is_list or _goal_like(text, st.lang)) and not _about_items(text, is_list) and not figure_fact(text):
            kind = GOAL_ROLES[role]
            if is_list and (block.level or 0) > 0 and st.last_goal is not None and kind == GoalKind.goal:
                kind = GoalKind.sub_goal
            g = _add_goal(st, block, text, kind, number=block.number)
            if is_list:
                st.list_goal, st.list_goal_level = g, block.level or 0
    elif role == "strategy" and block.section_id in st.run_in_sections:
        # a chapter whose items open with run-in titles: each titled item is a strategy,
        # whatever its wording; the untitled text before the first is the introduction
        if block.run_in:
            s = _add_strategy(st, block, text, number=block.number)
            s.goal_ids.extend(g.id for g in st.ref_goals)
    elif role == "strategy":
        if is_list or ((not st.role_item_heading and not _META.search(text) and not describes_layout(text, st.lang)
                        and not reports_done_work(text, st.lang) and not points_elsewhere(text, st.lang) and (
            (len(text) < 250 and _goal_like(text, st.lang)) or _opens_with_action(text, settings)
        )) and not _holds_a_place(st, block, text)):
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
        if not is_list and _names_a_group(text) and not text.endswith((".", "!")):
            # "Övriga åtgärder, gemensamma för flera mål": a heading typed as a line; the measures
            # under it serve no goal named before it
            st.ref_goals, st.group_goal = [], None
        elif is_list and _defines_term_above(st, block, text):
            pass  # "o Green roofs are roofs that …" under "• Allow green roofs …": a definition
        elif is_list:
            n = len(st.plan.measures)
            _measure_from_line(st, block, text, prev_measure)
            m = st.last_candidate_measure
            if len(st.plan.measures) > n and m is not None and _under_its_goal(st, block, m):
                # "Målsætning: …", "Handlinger:", "1. …": the list under a labelled goal of its
                # own serves it, though its chapter states several (linking by place cannot tell)
                m.goal_ids.append(st.last_goal.id)  # type: ignore[union-attr]
            if st.lead_owners and m is not None and m is not prev_measure and not m.owners:
                m.owners = [o.model_copy() for o in st.lead_owners]
                m.owner_text = ", ".join(o.text for o in st.lead_owners)
        elif _paragraph_measure(text) and not (prev_measure is not None and prev_measure.number) and not describes_layout(text, st.lang):
            # (a paragraph under a numbered measure "1.1 …" is its description)
            m = _add_measure(st, block, text, number=block.number)
            m.goal_ids.extend(g.id for g in st.ref_goals)
            _owner_and_deadline_in_sentence(st, m, text)
            st.paragraph_measure_ids.add(m.id)
    elif role == "indicator" and is_list:
        _add_indicator(st, block, text)
    elif role == "focus_area" and is_list:
        # "Fokusområdena är:" over items that say what to do ("minska …", "ställa om …"): ways
        # to the goals, i.e. strategies; items that only name an area stay names
        from plancheck.extract.statements import classify_statement

        if classify_statement(text) == "measure":
            s = _add_strategy(st, block, text, number=block.number)
            s.goal_ids.extend(g.id for g in st.ref_goals)


def indicator_line(block: Block | None) -> str | None:
    """The indicator a line states after its label ("Measuring success: Number of trips",
    "Indicator: …"): the text after the colon, when the label is an indicator heading word."""
    if block is None or block.kind not in (BlockKind.paragraph, BlockKind.list_item):
        return None
    head, colon, rest = block.text.partition(":")
    if not colon or not rest.strip() or len(head) > 40:
        return None
    return rest.strip() if heading_role(head)[0] == "indicator" else None


def title_role(text: str, settings: WalkSettings = WalkSettings()) -> str | None:
    """The role a short title line names with its last words ("Transportation Priorities" →
    focus_area, "Waste Actions" → measure): in a title the head noun comes last."""
    t = " ".join(text.split())
    if len(t) > settings.title_item_chars or t.endswith((".", ":", ";", ",")):
        return None
    from plancheck.lang.vocab import heading_role as lexicon_role

    words = t.split()
    for k in range(min(3, len(words)), 0, -1):
        if (role := lexicon_role(" ".join(words[-k:]))) is not None:
            return role
    return None


def _measured_item(st: _State, block: Block, text: str, settings: WalkSettings = WalkSettings()) -> None:
    """Items that each carry their own indicator line ("Expand bicycle facilities …" /
    "Measuring success: Miles of improvement …") in a run under a title line, with no role
    heading around them: the indicator says they are items of the plan, the title what kind —
    under a focus area or strategy title ("Transportation Priorities") they are the ways to
    the area's goals (strategies, as items that say what to do under "Fokusområdena är:"),
    under an actions title measures. Without such a title nothing is read. An item may run
    over a few paragraphs in its own type before its indicator (a line the reader broke
    after a full stop): they are one item."""
    if indicator_line(block) is not None:
        return
    lines = _item_lines(st.blocks, st.index, settings)
    nxt_index = st.index + len(lines)
    nxt = st.blocks[nxt_index] if nxt_index < len(st.blocks) else None
    indicator = indicator_line(nxt)
    text = " ".join([text, *(b.text.strip() for b in lines[1:])])
    if indicator is None or len(text) > settings.measured_item_chars:
        return
    kind = st.measured_runs.get(st.index - 1)  # the next item of a run already read
    if kind is None:
        k = st.index - 1
        while k >= 1 and indicator_line(st.blocks[k]) is not None:
            k -= 2  # over the items above, each with its indicator
        title = st.blocks[k] if k >= 0 else None
        if title is None or title.kind not in (BlockKind.paragraph, BlockKind.heading):
            return
        kind = title_role(title.text)
    if kind in ("focus_area", "strategy"):
        _context_strategy(st, _add_strategy(st, block, text, number=block.number))
    elif kind == "measure":
        _context_measure(st, _add_measure(st, block, text, number=block.number))
    else:
        return
    st.taken.update(range(st.index + 1, nxt_index + 1))
    st.measured_runs[nxt_index] = kind
    assert nxt is not None
    _add_indicator(st, nxt, indicator)


def _item_lines(blocks: list[Block], index: int, settings: WalkSettings) -> list[Block]:
    """The paragraphs of the item that opens at ``index`` when its indicator line comes a few
    paragraphs later: the paragraphs after it set in the same type (size and weight), up to
    ``settings.measured_item_lines``, when an indicator line follows them; else the block alone."""
    first = blocks[index]
    lines = [first]
    k = index + 1
    while k < len(blocks) and len(lines) < settings.measured_item_lines:
        b = blocks[k]
        if indicator_line(b) is not None:
            return lines
        if b.kind != BlockKind.paragraph or b.font_size != first.font_size or b.bold != first.bold:
            break
        lines.append(b)
        k += 1
    return lines if k < len(blocks) and indicator_line(blocks[k]) is not None else [first]


def _own_targets(st: _State, block: Block, text: str) -> None:
    """The plan's own target stated in a sentence of running text where no heading gives a role
    ("The county keeps working towards its goal of cutting … by 30 % by 2030."): a goal. The
    first such target is the plan's goal; a later one ("The county's goal for … will be reached
    in steps …") works it out, a sub-goal of it."""
    from plancheck.extract.prose import own_target, sentences

    if not st.read_own_targets:
        return
    for sentence in sentences(text):
        target = own_target(sentence, st.lang)
        if target is None:
            continue
        kind = GoalKind.goal if st.own_goal is None else GoalKind.sub_goal
        g = _add_goal(st, block, target, kind, number=None)
        g.provenance = Provenance(page=block.provenance.page, bbox=block.provenance.bbox, source_text=sentence)
        st.own_goals.append(g)
        if st.own_goal is None:
            g.parent_id = None
            st.own_goal = g
        else:
            g.parent_id = st.own_goal.id


@cache
def _goal_anaphora(lang: str) -> re.Pattern[str] | None:
    """"this goal", "these targets" (the lexicon's ``evidence.goal_anaphora``)."""
    from plancheck.lang.vocab import evidence_words, words_pattern

    phrases = evidence_words("goal_anaphora", lang)
    return words_pattern(phrases) if phrases else None


def _names_goal_anaphora(text: str, lang: str) -> bool:
    pat = _goal_anaphora(lang)
    return bool(pat and pat.search(text))


def _future_infinitive(text: str, lang: str) -> bool:
    """Does a lead-in say what will be done with the future's auxiliary and end in the infinitive
    marker before its colon ("För att nå målet kommer kommunen att:", "… kommer vi til å:", "… the
    council is going to:"; the lexicon's ``future_auxiliary`` and ``charge_infinitive``)? The items
    complete the infinitive, as they complete "kommunen vil …"."""
    words = [w.lower() for w in text.rstrip(" :").split()]
    marks = {w.lower() for w in evidence_words("charge_infinitive", lang)}
    aux = {w.lower() for w in evidence_words("future_auxiliary", lang)}
    return len(words) > 2 and words[-1] in marks and any(w in aux for w in words[:-1])


def _section_heading_goal(st: _State) -> Goal | None:
    """The goal a lead-in reaching "the goal" points at when no goal was read in its section: the
    section's own heading, when it states an aim as a clause (:func:`aim_statement`, "2.1 Flere
    innbyggere skal bruke naturen i nærmiljøet") and names no role ("Tiltak", "Mål og tiltak");
    read as a goal then. None otherwise.

    Why: a plan whose goals are the headings of a chapter's sections does not always label them
    ("Mål 1:"); the lead-in under each ("For å nå målet skal kommunen:", "To meet this goal we
    will:") says the section is about a goal, and the heading is the only aim stated there."""
    block = st.blocks[st.index]
    if st.last_goal is not None and st.last_goal.section_id == block.section_id:
        return None
    k = st.index - 1
    while k >= 0 and st.blocks[k].kind != BlockKind.heading:
        k -= 1
    if k < 0 or st.blocks[k].section_id != block.section_id:
        return None
    head = st.blocks[k]
    text = head.text.strip()
    if head.number and text.startswith(head.number):
        text = text[len(head.number):].strip()
    if any(g.provenance is head.provenance for g in st.plan.goals) or heading_role(text)[0] is not None:
        return None
    if not aim_statement(text, WalkSettings().anaphora_heading_min_words):
        return None
    return _add_goal(st, head, text, GoalKind.goal, number=head.number)


def _goal_of_paragraph_before(st: _State) -> Goal | None:
    """The goal read from the paragraph the current run of list items follows (the block
    before the run, in the same section), if the last goal came from there."""
    level = st.blocks[st.index].level or 0
    k = st.index - 1
    while k >= 0 and st.blocks[k].kind == BlockKind.list_item and (st.blocks[k].level or 0) >= level:
        k -= 1
    if k < 0 or st.last_goal is None:
        return None
    before = st.blocks[k]
    if before.kind != BlockKind.paragraph or _lead_in_like(before.text) or before.section_id != st.blocks[st.index].section_id:
        return None
    return st.last_goal if st.last_goal.provenance == before.provenance else None


def _ways_list(texts: list[str]) -> bool:
    """Is a run of bullets worded as ways to a goal: none reads as a state to reach and at
    least half open with an action (:func:`_way_to_goal`)?"""
    from plancheck.extract.statements import classify_statement

    if any(classify_statement(t) == "goal" for t in texts):
        return False
    return 2 * sum(1 for t in texts if _way_to_goal(t)) >= len(texts)


def _way_to_goal(text: str) -> bool:
    """An item worded as an action that sets no target (no year and quantity) of its own."""
    from plancheck.extract.prose import _is_target
    from plancheck.extract.statements import classify_statement

    return classify_statement(text) == "measure" and not _is_target(text)


def _outline_goal(st: _State, block: Block) -> Goal | None:
    """The goal bullet a labelled item is indented under ("• Increase efficiency" then
    "  ◦ STRATEGY 1: …"): the outline's nesting says which goal it serves."""
    g = st.list_goal
    if g is None or block.kind != BlockKind.list_item or (block.level or 0) <= st.list_goal_level:
        return None
    return g if g is st.last_goal else None


def _closing_goal_label(st: _State, index: int, block: Block) -> tuple[str, tuple[str, str | None], str] | None:
    """(the paragraph without it, (role, number), the label as printed) of a goal label that
    closes a paragraph (:func:`plancheck.extract.roles.trailing_label`) where the type says the
    label opens a bold run after the paragraph's regular text (:attr:`Block.emphasis` at the
    label) and the next block is a numbered line or a heading: that line is the labelled goal
    ("… de fleste kører i bil. **Målsætning**" / "**2. Det skal være sikkert at gå til skole …**";
    "… mangler legepladser. **Målsætning 3.**" / "**Unge skal have steder at mødes …**"). A label
    without a number takes the line's. None otherwise."""
    from plancheck.extract.roles import trailing_label

    if block.kind != BlockKind.paragraph or index + 1 >= len(st.blocks):
        return None
    found = trailing_label(block.text)
    if found is None or found[2] not in GOAL_ROLES:
        return None
    text = " ".join(block.text.split())
    if block.text != text or (len(text) - len(found[1])) not in block.emphasis:
        return None
    nxt = st.blocks[index + 1]
    if nxt.kind == BlockKind.list_item and nxt.number:
        number = found[3] or nxt.number.strip(" .)")
    elif nxt.kind == BlockKind.heading and found[3]:
        number = found[3]
    else:
        return None
    return found[0], (found[2], number), found[1]


def _kicker_role(st: _State, block: Block, text: str, min_words: int) -> str | None:
    """The role a kicker gives the heading under it: a role word alone on its line ("NÄMNDMÅL",
    "Goal", "Hovudmål"; a compound of a label word too, :func:`compound_label_role`), set in
    smaller type right above a heading of at least ``min_words`` words that is no role heading
    itself. None otherwise.

    Why: a management system's export, a designer's band or a card sets the role of each item
    as a small label (often in capitals, often on a filled band) over the item's sentence in a
    larger bold type; no number follows the label, so it is no bare label (:func:`_bare_label`),
    and the sentence, read as a heading, says nothing of its role. The smaller type above the
    heading makes the label the heading's, not a chapter title over what follows."""
    from plancheck.lang.vocab import compound_label_role

    prev = st.blocks[st.index - 1] if 0 < st.index <= len(st.blocks) else None
    if prev is None or prev.kind != BlockKind.paragraph or prev.provenance.page != block.provenance.page:
        return None
    if prev.font_size is None or block.font_size is None or prev.font_size >= block.font_size:
        return None
    word = prev.text.strip().rstrip(":").strip()
    if not word or " " in word or len(re.findall(r"\w+", text)) < min_words or heading_role(text)[0] is not None:
        return None
    role, rest = heading_role(word)
    return role if role is not None and not rest else compound_label_role(word)


def _crumb(st: _State, block: Block, text: str) -> bool:
    """A breadcrumb ("Mål 2 › Delmål 2.3 › Tiltak 2.3.4" over "TILTAK"): remembered for the
    next block, no item itself; the block after it is the item the path's last step names,
    serving the step before it (roles.breadcrumb). True if the block was taken either way."""
    from plancheck.extract.roles import breadcrumb

    if block.kind in (BlockKind.paragraph, BlockKind.heading) and (steps := breadcrumb(text)) is not None:
        st.pending_crumb, st.crumb_measure = steps, None
        return True
    if st.crumb_measure is not None and _crumb_metadata(st, block):
        return True
    steps, st.pending_crumb = st.pending_crumb, None
    if steps is None or block.kind == BlockKind.table or not text:
        return False
    role, number = steps[-1]
    above = steps[-2] if len(steps) > 1 else None
    parent = goal_by_number(st, (above[1] or "").strip(".)")) if above and above[0] in GOAL_ROLES else None
    if role in GOAL_ROLES:
        declared = _declared_goal(st, number, text)
        if declared is not None and normalise(declared.text) == normalise(text):
            goal = declared  # the goal a list before named (a table of contents): not a second one
        else:
            goal = _add_goal(st, block, text, GOAL_ROLES[role], number=number)
        if goal.kind == GoalKind.sub_goal and parent is not None and goal.parent_id is None:
            goal.parent_id = parent.id
        _context_goal(st, goal)
        st.role, st.lead_in = None, None
        return True
    if role == "measure":
        m = _add_measure(st, block, text, number=number)
        st.labelled = st.crumb_measure = m
        if parent is not None:
            m.goal_ids.append(parent.id)
        else:
            _context_measure(st, m)
        st.role, st.lead_in = None, None
        return True
    if role == "strategy":
        strategy = st.labelled = _add_strategy(st, block, text, number=number)
        if parent is not None:
            strategy.goal_ids.append(parent.id)
        else:
            _context_strategy(st, strategy)
        st.ctx_strategy = strategy
        return True
    return False


def _crumb_metadata(st: _State, block: Block) -> bool:
    """The metadata lines of the measure a breadcrumb announced ("Ansvarlig enhet … Status …",
    "Startdato … Sluttdato …", "Fremdrift 70 %"; fields.metadata_fields): its owner and
    deadline where it has none yet; a paragraph (or a grid read as a table) of such lines is no
    item. True if taken.

    A deadline field whose value carries no time at all is the system's mark of a field left
    empty ("Not set"): no deadline, and the same words in an owner field name no one either
    (:func:`_unset_crumb_owners`, once the whole printout is read)."""
    from plancheck.extract.fields import metadata_fields
    from plancheck.extract.roles import breadcrumb
    from plancheck.lang.deadlines import parse_deadline
    from plancheck.lang.owners import unstated

    m = st.crumb_measure
    if m is None or block.kind not in (BlockKind.paragraph, BlockKind.table):
        st.crumb_measure = None
        return False
    if block.kind == BlockKind.table and block.table is not None:
        # the grid of label and value cells read as a table: its rows are the lines
        rows = [list(block.table.header), *[[c.text for c in r] for r in block.table.rows]]
        lines = [" ".join(t.strip() for t in r if t.strip()) for r in rows]
    else:
        lines = (block.provenance.source_text or block.text).splitlines()
    fields = metadata_fields("\n".join(lines))
    if fields is None:
        return False
    if block.kind == BlockKind.table:
        # the next item's breadcrumb drawn into the grid as its last row: the path of the next block
        tail = next((line for line in reversed(lines) if line.strip()), "")
        if (steps := breadcrumb(tail)) is not None:
            st.pending_crumb, st.crumb_measure = steps, None
    given = []
    for role, value in fields:
        if unstated(value):
            continue  # "TBC", "N.N.": the field left empty
        if role == "deadline" and (when := parse_deadline(value, lang=st.lang)) is not None and when.kind == DeadlineKind.none:
            st.crumb_unset.add(normalise(value).lower())
            continue
        given.append((role, value))
    owner = next((v for r, v in given if r == "owner"), None) if not m.owners else None
    deadline = next((v for r, v in given if r == "deadline"), None) if m.deadline is None else None
    _set_fields(st, m, Fields(text=m.text, owner=owner, deadline=deadline, labelled=True))
    if m not in st.crumb_measures:
        st.crumb_measures.append(m)
    return True


def _unset_crumb_owners(st: _State) -> None:
    """An owner field of a plan-system printout that holds the words its deadline fields print
    where they are empty (no time in them: "Not set", "Ej angivet") names no one: the system's
    mark of an empty field, whatever words the system uses."""
    if not st.crumb_unset:
        return
    for m in st.crumb_measures:
        if m.owner_text and normalise(m.owner_text).lower() in st.crumb_unset:
            m.owners = []


def _named_kicker(st: _State, block: Block, text: str, settings: WalkSettings = WalkSettings()) -> tuple[str, str] | None:
    """(role, number) of a numbered goal label that names its goal in a few words ("MISSION 3 ·
    READY FOR SCHOOL", "Mål 2 – Trygg"; at most ``kicker_name_words``), set in smaller type right
    above a heading on the same page that is one sentence of ``band_sentence_min_words`` words
    or more and no role heading itself; None otherwise. Why: a poster or card sets each goal as
    a small kicker with its number and short name over the goal's sentence in larger type; the
    kicker is no goal of its own (its name is no aim), and a child plan cites the number
    ("Contributes to: Mission 3")."""
    from plancheck.extract.roles import label_role

    role, number, rest = label_role(text)
    if role not in GOAL_ROLES or not number:
        return None
    name = (rest or "").strip(" ·:–—-|")
    if not name or len(name.split()) > settings.kicker_name_words or name.endswith((".", "!", "?")):
        return None
    nxt = st.blocks[st.index + 1] if st.index + 1 < len(st.blocks) else None
    if nxt is None or nxt.kind != BlockKind.heading or nxt.provenance.page != block.provenance.page:
        return None
    if block.font_size is None or nxt.font_size is None or block.font_size >= nxt.font_size:
        return None
    if len(re.findall(r"\w+", nxt.text)) < settings.band_sentence_min_words or heading_role(nxt.text)[0] is not None:
        return None
    return role, number


def _bare_label(st: _State, text: str) -> bool:
    """A numbered label alone on its line: remember it for the next paragraph; True if so."""
    from plancheck.extract.roles import bare_label

    st.pending_label = bare_label(text)
    st.pending_label_text = text.strip()
    st.pending_first_sentence = False  # (set again by a label closing a paragraph: see build_plan)
    label = st.pending_label
    if label is not None and label[0] in GOAL_ROLES and label[1] and _declared_goal(st, label[1], "") is not None:
        # "Mål 2" over the measures of goal 2, listed earlier: a reference, not a label whose
        # text follows (see _heading)
        st.pending_label = None
    return st.pending_label is not None


_LEGEND_ENTRY = re.compile(r"^\s*(?P<tag>\([A-Za-z]{1,4}\))\s*[:=–-]?\s*(?P<meaning>[^\W\d][\w\- ]{2,30}?)\s*$")


def tag_legend(texts: list[str], lang: str) -> dict[str, Deadline]:
    """Tags a legend defines as time horizons: "(st) short-term" and "(mt) mid-term" → the
    deadline of an item tagged "(st)". A legend is two or more entries whose meanings end in
    the same word, at least one of which reads as a deadline."""
    from plancheck.lang.deadlines import parse_deadline

    entries: dict[str, str] = {}
    for text in texts:
        m = _LEGEND_ENTRY.match(text)
        if m:
            entries.setdefault(m.group("tag").lower(), m.group("meaning"))
    by_last: dict[str, list[str]] = {}
    for tag, meaning in entries.items():
        by_last.setdefault(re.split(r"[\s\-]+", meaning.lower())[-1], []).append(tag)
    out: dict[str, Deadline] = {}
    for tags in by_last.values():
        parsed = {t: parse_deadline(entries[t], lang=lang) for t in tags}
        if len(tags) < 2 or not any(d is not None and d.kind != DeadlineKind.none for d in parsed.values()):
            continue
        for t, d in parsed.items():
            kind = d.kind if d is not None else DeadlineKind.none
            out[t] = Deadline(text=t, start=d.start if d else None, end=d.end if d else None, kind=kind)
    return out


def _tagged_deadline(st: _State, text: str) -> Deadline | None:
    from plancheck.extract.roles import label_tag

    tag = label_tag(text)
    found = st.tag_legend.get(tag.lower()) if tag else None
    return found.model_copy(update={"text": tag}) if found else None


def _list_follows(st: _State) -> bool:
    """Is the block after the current one a list of actions, by their own words, that no fields
    of who and when already mark as measures? Why: "Mål: …" over bullets that say what to do
    makes them its measures, as under a goal label heading; bullets of facts citing their
    sources ("… aukar kraftig (SSB, 2023)") are no actions, and a list whose items end in who
    and when is read by :func:`_fielded_list` (its brackets and dashes checked there; a fact's
    source in brackets would pass for a field, so fields do not count as actions here)."""
    nxt = st.index + 1
    if nxt >= len(st.blocks) or st.blocks[nxt].kind != BlockKind.list_item:
        return False
    first = st.blocks[nxt]
    if not _mostly_actions(st, [first, *_sibling_items(st.blocks, nxt)], by_fields=False):
        return False
    here = st.index
    try:
        st.index = nxt
        return not _fielded_list(st, first, first.text)
    finally:
        st.index = here


#: a goal's name ("Homes", "Jobs and money") has at most this many words
_GOAL_NAME_WORDS = 4
#: the sentence stating a named goal under its heading has at least this many words
_GOAL_STATEMENT_WORDS = 6


def _stated_after_name(st: _State, goal: Goal) -> None:
    """A goal listed by a short name ("1. Parks" under "Our three aims") whose heading ("Aim 1:
    Parks") is followed by one whole sentence ("Our hope: Everyone can reach a green space
    within ten minutes' walk."): the sentence is what the goal says, the name its
    title. The goal takes the sentence's text and place; the paragraph is read (taken). A run-in
    label before the sentence ("Our hope:") is no part of it."""
    nxt = _paragraph_under_name(st, goal)
    if nxt is None:
        return
    text = " ".join(nxt.text.split())
    lead = " ".join((nxt.run_in or "").split())
    if lead and text.startswith(lead) and text[len(lead):].lstrip().startswith(":"):
        text = text[len(lead):].lstrip()[1:].strip()
    if not _one_sentence(text, stop_needed=True) or len(text.split()) < _GOAL_STATEMENT_WORDS:
        return
    _state_named_goal(st, goal, nxt, text)


def _paragraph_under_name(st: _State, goal: Goal) -> Block | None:
    """The paragraph right after the current heading, not read yet, when ``goal`` holds only a
    short name (at most :data:`_GOAL_NAME_WORDS` words, no sentence end or colon); else None.
    Shared by :func:`_stated_after_name` and :func:`_panel_statement`."""
    nxt = st.blocks[st.index + 1] if st.index + 1 < len(st.blocks) else None
    name = " ".join(goal.text.split())
    if nxt is None or nxt.kind != BlockKind.paragraph or st.index + 1 in st.taken:
        return None
    if len(name.split()) > _GOAL_NAME_WORDS or name.endswith((".", "!", "?", ":")):
        return None
    return nxt


def _one_sentence(text: str, *, stop_needed: bool) -> bool:
    """Is ``text`` one sentence: no sentence end before its last character, and (when
    ``stop_needed``) one there?"""
    ends = [m.start() for m in re.finditer(r"[.!?](?:\s|$)", text)]
    if not ends:
        return not stop_needed
    return len(ends) == 1 and ends[0] == len(text) - 1


def _state_named_goal(st: _State, goal: Goal, nxt: Block, text: str) -> None:
    """The named goal takes the sentence ``text`` of the paragraph ``nxt`` (right after the
    current heading) as its text and place; the paragraph is read (taken)."""
    goal.text = _clean(text.rstrip("."))
    goal.page = nxt.provenance.page
    goal.provenance = nxt.provenance
    st.taken.add(st.index + 1)


# a line that is a label and a quotation ("Kommuneplanen: «…»", "Council Plan: “…”") or a
# quotation alone: words of another document, quoted
_LABELLED_QUOTE = re.compile(r"^(?:[^\W\d_][^:«»“”\"]{0,40}:\s*)?[«“\"„']")


def _panel_statement(st: _State, goal: Goal) -> None:
    """A goal label heading naming the goal only ("Mål 2: Trygge skoleveier", "Goal 3: Clean
    rivers") with one sentence alone under it that states the aim with a modal verb ("Alle barn
    skal kunne gå trygt til skolen", no full stop needed): the sentence is the goal, the name
    its title. The goal takes the sentence's text and place; the paragraph is read (taken).

    Why: a goal set in a titled box (a wiki's panel macro, a Word text box, a card) prints its
    title as a heading and its one sentence as a paragraph, often without a stop; read alone,
    the title became the goal and the sentence nothing (session 45, a plan kept as a wiki page).
    :func:`_stated_after_name` does this for a goal named in a list before; here the heading
    itself names it. Only a name of at most :data:`_GOAL_NAME_WORDS` words with no modal verb,
    and a paragraph that is one sentence standing alone (the next block is no paragraph): a
    goal heading over an introduction of several paragraphs keeps its own words."""
    nxt = _paragraph_under_name(st, goal)
    if nxt is None or nxt.number or nxt.label or _states_aim(goal.text, st.lang):
        return
    k = st.index + 1
    after = st.blocks[k + 1] if k + 1 < len(st.blocks) else None
    if after is not None and after.kind == BlockKind.paragraph:
        return
    text = " ".join(nxt.text.split())
    if not _one_sentence(text, stop_needed=False) or text.endswith(("?", ":")):
        return
    if len(text.split()) < _GOAL_STATEMENT_WORDS or not _states_aim(text, st.lang):
        return
    if _LABELLED_QUOTE.match(text):
        # "Samfunnsdelen: «Alle skal ha …»": the parent plan's goal quoted under the heading
        # (the link the rød tråd reads), no statement of this plan's own
        return
    _state_named_goal(st, goal, nxt, text)


def _own_fields_follow(st: _State) -> bool:
    """Is the block after the current one (past at most three paragraphs explaining it) a single
    row of who and when alone (a table whose every column is an owner or deadline column:
    "Ansvar | Frist", read from a note or a field list beside the item)?"""
    from plancheck.lang.vocab import column_role

    k = st.index + 1
    # (past the paragraphs that explain the item: "**Auke bruken av startlån …**" / "… Kommunen vil …")
    while k < len(st.blocks) and k - st.index <= 3 and st.blocks[k].kind == BlockKind.paragraph:
        k += 1
    nxt = st.blocks[k] if k < len(st.blocks) else None
    if nxt is None or nxt.table is None or len(nxt.table.rows) != 1:
        return False
    roles = {column_role(h) for h in nxt.table.header}
    return bool(roles) and roles <= {"owner", "deadline"}


def _action_under_label(st: _State, block: Block, text: str) -> bool:
    """A bullet under a goal label heading that is worded as an action ("Preserve and expand
    …", "Updating the plan …") rather than as a sub-goal: not numbered below the goal ("1.1"
    under "Goal 1" stays a sub-goal) and not a quantified target ("Meet 75 % by 2020")."""
    from plancheck.extract.statements import classify_statement

    if st.ctx_label_goal is None or _TARGET.search(text) or _QUANTIFIED.search(text):
        return False
    if block.number:
        # numbered below the goal, a sub-goal; unless the item's own fields follow it (a row of
        # who and when: "1.1 Opprette eit bustadteam …" then "Ansvar: … / Frist: …"), which
        # only an action has, and its own words are an action's
        own = _item_lead(block, text)
        return _own_fields_follow(st) and classify_statement(own) == "measure"
    kind = classify_statement(text)
    if kind is not None:
        return kind == "measure"
    # not sure from its own words ("Creation of a checklist …"): its list says, when most of
    # the bullets beside it are worded as actions
    votes = [classify_statement(b.text) for b in _sibling_items(st.blocks, st.index)]
    return votes.count("measure") * 2 > len(votes)


def _musts_inside_measure(st: _State, block: Block) -> bool:
    """A bullet with no role from its chapter, in a sub-section of a measure unit (a section
    whose heading is a measure label, "Aktivitet 1 …"), in a run of bullets that each state what
    must happen with a modal verb (:func:`_states_aim`): the ways the measure serves its
    purpose, which the plan spells out as musts. A run where one bullet states none ("• Tilrettelæggelse
    af aktiviteter …") is a list of examples or content, not of means."""
    sid = st.parent_of.get(block.section_id or "")
    inside = False
    while sid:
        if sid in st.item_sections and st.section_role.get(sid) == "measure":
            inside = True
            break
        sid = st.parent_of.get(sid)
    if not inside:
        return False
    run = [block, *_sibling_items(st.blocks, st.index)]
    return len(run) >= 2 and all(_states_aim(b.text, st.lang) for b in run)


def _sibling_items(blocks: list[Block], index: int) -> list[Block]:
    """The run of list items at the level of ``blocks[index]`` around it (a paragraph or a
    heading ends the run; deeper items are skipped)."""
    level = blocks[index].level or 0
    out: list[Block] = []
    for step in (-1, 1):
        k = index + step
        while 0 <= k < len(blocks) and blocks[k].kind == BlockKind.list_item and (blocks[k].level or 0) >= level:
            if (blocks[k].level or 0) == level:
                out.append(blocks[k])
            k += step
    return out


_QUANTIFIED = re.compile(rf"\d+\s*(%|{_words('percent')})", re.IGNORECASE)


def _enumerated_actions(st: _State, block: Block, items: list[tuple[str, str]]) -> None:
    """An enumeration run into a paragraph under a labelled item ("RECOMMENDATION #1: …" then
    "… include: (1) developing …; (2) promoting …"): its items are the actions of that item,
    which is then one level up — a measure with actions of its own is a strategy."""
    parent = st.labelled
    if isinstance(parent, Measure) and st.plan.measures and st.plan.measures[-1] is parent:
        st.plan.measures.pop()
        strategy = Strategy(
            id=f"strategy-{len(st.plan.strategies) + 1}",
            text=parent.text,
            number=parent.number,
            goal_ids=list(parent.goal_ids),
            page=parent.page,
            section_id=parent.section_id,
            focus_area_id=st.focus_of_section.get(parent.section_id or ""),
            provenance=parent.provenance,
        )
        st.plan.strategies.append(strategy)
        parent = st.labelled = strategy  # (not the context of the next label: that is its sibling)
    for number, text in items:
        m = _add_measure(st, block, text, number=number,
                         provenance=block.provenance.model_copy(update={"source_text": text}))
        if isinstance(parent, Strategy):
            m.strategy_ids.append(parent.id)
            m.goal_ids.extend(parent.goal_ids)
        elif st.ctx_goal is not None:
            m.goal_ids.append(st.ctx_goal.id)


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


_SUBJECT = re.compile(
    rf"^(?P<subject>[A-ZÆØÅÄÖ][\w\-]*(?:\s+[\w\-]+){{0,3}}?)\s+(?:{_words('will')}|{_words('should')}|{_words('must')})\s",
    re.UNICODE,
)
_TRAILING_YEARS = re.compile(r"\b((?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?)\s*\.?\s*$")


def _passive_after(rest: str, lang: str) -> bool:
    """Is the verb right after the modal passive (it ends in a passive ending of the lexicon)?"""
    from plancheck.lang.vocab import evidence_words

    verb = next(iter(rest.split()), "")
    return verb.isalpha() and len(verb) >= 3 and any(verb.endswith(e) for e in evidence_words("passive_endings", lang))


def _present_subject(text: str, lang: str) -> re.Match[str] | None:
    """"Kommunen erbjuder …": a subject of one or two words (a suspended compound counts as one)
    and a verb in the present tense (an ending of the lexicon's ``present_endings``)."""
    from plancheck.lang.vocab import evidence_words

    endings = evidence_words("present_endings", lang)
    if not endings:
        return None
    alts = "|".join(re.escape(e) for e in endings)
    # the shortest subject that a verb with a present-tense ending follows ("Kommunen stödjer
    # föreningar", not "Kommunen stödjer" before a plural noun)
    m = re.match(
        r"^(?P<subject>[A-ZÆØÅÄÖ]\w*-\s+\w+\s+[\w\-]+|[A-ZÆØÅÄÖ][\w\-]*(?:\s+[\w\-]+)??)"
        rf"\s+(?P<verb>[^\W\d_A-ZÆØÅÄÖ]{{2,}}(?:{alts}))\s",
        text,
    )
    if m is None or m.group("verb") in {*evidence_words("modal", lang), *evidence_words("relative", lang)}:
        return None  # ("bör" is a modal, "där" opens a relative clause: neither is a verb in the present tense)
    return m


def _owner_and_deadline_in_sentence(st: _State, m: Measure, text: str) -> None:
    """A measure written as a sentence names its owner as the subject (a municipality, a unit or
    a role: "<Name> kommun ska …", "<Fag>strategen ska …") and sometimes its period at the end
    ("… 2011-2014")."""
    from plancheck.lang.deadlines import parse_deadline
    from plancheck.lang.owners import is_owner_like, split_owners

    sm = _SUBJECT.match(text)
    if sm is not None and _passive_after(text[sm.end():], st.lang):
        sm = None  # "Personalen ska ges kurser …": the subject is acted on
    if sm is None:
        sm = _present_subject(text, st.lang)
    if sm:
        subject = _without_correlative(sm.group("subject"))
        words = subject.split()
        if is_owner_like(subject, lang=st.lang) or (len(words) <= 2 and subject[0].isupper() and names_a_body(subject)):
            owners = split_owners(subject, lang=st.lang)
            # "Samtliga elmätare … ska ses över": a sentence about all of something names no owner
            if owners and not any(o.diffuse for o in owners):
                m.owners = owners
                m.owner_text = subject
    if not m.owners and (actor := means_actor(text, st.lang)) is not None:
        owners = split_owners(actor, lang=st.lang)
        if owners and not any(o.diffuse for o in owners):
            m.owners = owners
            m.owner_text = actor
    ym = _TRAILING_YEARS.search(text)
    if ym:
        m.deadline = parse_deadline(ym.group(1), lang=st.lang)


def _subject_sentence_measure(st: _State, block: Block, text: str) -> bool:
    """An item of a list of measure sentences under a lead-in such as "Det gør vi:"
    (:func:`plancheck.extract.subjectsentences.owned_list`): a measure, owned by the unit its
    subject names ("Vi …" names none) and due when the time phrase in it says (none without
    one). The list is where the plan says who and when, so a sentence naming neither lacks
    them. It serves the goal it stands under. True if read so."""
    from plancheck.extract.subjectsentences import (
        SubjectSentence,
        item_charge,
        item_text,
        owned_list,
        read_sentence,
    )
    from plancheck.lang.deadlines import parse_deadline, time_phrase
    from plancheck.lang.owners import split_owners

    if not owned_list(st.blocks, st.index, st.lang):
        return False
    text = item_text(block).strip()  # (without "Det gjer vi:" read into its paragraph)
    charged = item_charge(block, st.lang)  # "Vi opnar … . Kultur og fritid står for dette i 2027."
    timed = _item_then_time(st, text) if charged is None else None  # "… . Indsatsen skal være gennemført i 2029."
    if charged is not None:
        text = charged[0]
    elif timed is not None:
        charged = (timed.text, SubjectSentence("", timed.deadline or ""))
        text = timed.text
    m = _add_measure(st, block, text.rstrip(" ."), number=block.number)
    read = charged[1] if charged is not None else read_sentence(text, st.lang)
    if read is not None and read.owner:
        m.owners = split_owners(read.owner, lang=st.lang)
        m.owner_text = read.owner
    when = read.when if read is not None else time_phrase(text)
    if when:
        m.deadline = parse_deadline(when, lang=st.lang)
    m.has_owner_column = m.has_deadline_column = True
    _serves(st, m)
    if not m.goal_ids:
        _context_measure(st, m)
    if not m.goal_ids and st.last_goal is not None:
        m.goal_ids.append(st.last_goal.id)
    return True


def means_actor(text: str, lang: str) -> str | None:
    """The body a clause of means names as acting: "Cyklingen ska öka genom att kommunen bygger
    nya cykelbanor" → "kommunen". The clause opens with the lexicon's ``evidence.means_subject``
    ("genom att", "ved at") and its subject follows: one word that names a body
    (:func:`plancheck.lang.owners.is_owner_like`), or a capitalised name and such a word
    ("Lia kommun"). Only the first such clause counts; None when there is none."""
    from plancheck.lang.owners import is_owner_like
    from plancheck.lang.vocab import evidence_words

    openers = evidence_words("means_subject", lang)
    if not openers:
        return None
    m = re.search(rf"\b(?:{alternation(openers)})\s+(?P<rest>.+)", text, re.IGNORECASE)
    if m is None:
        return None
    words = [w.strip(",;:.") for w in m.group("rest").split()[:2]]
    if len(words) == 2 and words[0][:1].isupper() and is_owner_like(words[1], lang=lang):
        return " ".join(words)
    return words[0] if words and words[0] and is_owner_like(words[0], lang=lang) else None


def _described_measure(st: _State, block: Block) -> Measure | None:
    """The measure a description paragraph belongs to: the list item measure just above it, or
    the measure whose labelled heading opens the enclosing section."""
    if st.last_candidate_measure is not None:
        return st.last_candidate_measure
    cur, seen = block.section_id, set()
    while cur is not None and cur not in seen:
        seen.add(cur)
        if cur in st.section_measures:
            return st.section_measures[cur]
        cur = st.parent_of.get(cur)
    return None


@cache
def _owner_statement() -> re.Pattern[str]:
    """"<Role or unit> er tovholder …", "… kan være ansvarlig …": a subject of at most four
    words, a copula (the lexicon's ``evidence.owner_copula``) and an owner column word."""
    from plancheck.lang.vocab import COLUMN_WORDS, evidence_words, words

    copulas = "|".join(re.escape(w) for w in sorted(evidence_words("owner_copula"), key=len, reverse=True))
    owner_words = "|".join(
        re.escape(w) for w in sorted({w for w in words(COLUMN_WORDS, "owner") if " " not in w}, key=longest_first)
    )
    return re.compile(
        rf"^(?P<subject>(?:\S+\s+){{0,3}}?\S+)\s+(?:{copulas})\s+(?:\w+\s+)?(?:{owner_words})\b", re.IGNORECASE
    )


@cache
def _owner_statement_inverted() -> re.Pattern[str]:
    """"Ansvarlig for driften er Vejfunktionen", "Responsible for delivery is the
    Parks Team": an owner column word set as the start of a sentence (capitalised), perhaps an
    owner preposition (``owner_prepositions``) and up to three words of what for, a copula
    (``evidence.owner_copula``), and the owner's name, which ends the sentence (at most four
    words, capitalised). Searched inside a sentence too: the full stop before such a sentence
    is often lost where the reader joins a paragraph's lines."""
    from plancheck.lang.vocab import COLUMN_WORDS, owner_prepositions, words

    copulas = "|".join(re.escape(w) for w in sorted(evidence_words("owner_copula"), key=len, reverse=True))
    owner_words = "|".join(
        re.escape(w) for w in sorted({w for w in words(COLUMN_WORDS, "owner") if " " not in w}, key=longest_first)
    )
    preps = "|".join(re.escape(w) for w in owner_prepositions())
    articles = _words("definite_articles")
    return re.compile(
        rf"(?:^|\s)(?=[A-ZÆØÅÄÖ])(?i:{owner_words})\s+(?:(?i:{preps})\s+\S+(?:\s+\S+){{0,2}}?\s+)?(?i:{copulas})\s+"
        rf"(?:(?i:{articles})\s+)?(?P<subject>[A-ZÆØÅÄÖ][\w\-/]*(?:\s+[\w\-/]+){{0,3}})\s*[.!]?$"
    )


def _stated_owners(sentence: str) -> list[str]:
    """The owners a sentence of a description names as leading the work: the subject of
    "<role or unit> er tovholder …" (quoted words before it are the owner's unit as a nickname,
    and dropped; its head must be a role or unit word), and the name that closes "Ansvarlig for
    … er <name>" (:func:`_owner_statement_inverted`)."""
    out = []
    found = _owner_statement().match(sentence)
    if found is not None:
        subject = re.sub(r"^[’'\"“”«][^’'\"“”»]+[’'\"“”»]\s+", "", found.group("subject"))
        if subject[:1].isupper() and names_a_body(subject):
            out.append(subject)
    inverted = _owner_statement_inverted().search(sentence.strip())
    if inverted is not None:
        out.append(inverted.group("subject"))
    return out


def _owner_in_description(st: _State, block: Block, text: str) -> None:
    """A description that says who leads its measure ("’Centralens’ Projektmedarbejder er
    tovholder på …", "Ansvarlig for byggeri er …") gives the measure its owners, when it has
    none from elsewhere (a column, a field): every owner its sentences name, in the order
    named, over the description's paragraphs."""
    from plancheck.lang.owners import split_owners

    m = _described_measure(st, block)
    if m is None or (m.owners and m.id not in st.described_owners):
        return
    # (a sentence may open with a quoted word: "… familierådgiver. ’Centralens’ Projektmedarbejder …")
    for sentence in re.split(r"(?<=[.!?])\s+(?=[’'\"“«]?[A-ZÆØÅÄÖ])", text.strip()):
        for subject in _stated_owners(sentence):
            owners = split_owners(subject, lang=st.lang)
            if not owners or any(o.diffuse for o in owners):
                continue
            known = {normalise(o.text) for o in m.owners}
            new = [o for o in owners if normalise(o.text) not in known]
            if new:
                m.owners = [*m.owners, *new]
                m.owner_text = f"{m.owner_text}, {subject}" if m.owner_text else subject
                st.described_owners.add(m.id)


def _own_goal_in_description(st: _State, block: Block, text: str) -> None:
    """A measure's description that names the plan's own goal ("… a way of reaching the
    county's climate goals"): the measure serves it (linked after the walk, when nothing
    closer links it)."""
    from plancheck.extract.prose import names_own_goal

    m = st.labelled if isinstance(st.labelled, Measure) else _described_measure(st, block)
    if m is not None and names_own_goal(text, st.lang):
        st.own_goal_refs.append(m)


@cache
def _purpose_opening() -> re.Pattern[str]:
    """A text that opens by saying what its aim is: a one-word goal heading word of the lexicon
    in its definite form and a copula (``evidence.owner_copula``), "Formålet er at …", "The goal
    is to …", or the same turned round, "Det er formålet at …" (an adverb may stand before the
    noun: "It is also the goal to …")."""
    from plancheck.lang.vocab import HEADING_WORDS, evidence_words, words

    goal_words = {w.lower() for role in ("goal", "main_goal") for w in words(HEADING_WORDS, role) if " " not in w}
    nouns = "|".join(sorted(map(re.escape, goal_words), key=longest_first))  # a fixed order: cached
    ends = "|".join(e for e in BARE_OR_DEFINITE if e)
    copulas = "|".join(re.escape(w) for w in sorted(evidence_words("owner_copula"), key=longest_first))
    noun = rf"(?:(?:{_words('definite_articles')})\s+)?(?:{nouns})(?:{ends})?"
    # the aim follows as an infinitive or a clause ("… er at", "… är att", "… is to"): "Hovudmålet
    # er delt i seks delmål" describes the goals, it does not state one
    return re.compile(
        rf"^(?:{noun}\s+(?:{copulas})|\w+\s+(?:{copulas})\s+(?:\w+\s+)?{noun})\s+(?:{_words('purpose_markers')})\b",
        re.IGNORECASE,
    )


def _states_purpose(text: str) -> bool:
    """Does the text open by stating its purpose ("Formålet er at …", "The aim is to …")?"""
    return bool(_purpose_opening().match(text.strip()))


def _modal() -> re.Pattern[str]:
    """A modal verb of the lexicon's ``evidence.modal`` ("skal", "må", "must")."""
    return re.compile(rf"\b({_words('modal')})\b", re.IGNORECASE)


def purpose_parts(sentences: list[str]) -> list[tuple[str, list[str]]]:
    """The purposes a paragraph states and the way to each: every sentence that opens by
    stating a purpose (:func:`_states_purpose`) starts a part; the sentences right after it that
    say what must be done (a modal verb, ``evidence.modal``) are its means, until a sentence
    without one (a remark, an example) ends them. Sentences before the first purpose, and
    after the means of a part, belong to no part."""
    parts: list[tuple[str, list[str]]] = []
    taking = False
    modal = _modal()
    for sentence in sentences:
        if _states_purpose(sentence):
            parts.append((sentence, []))
            taking = True
        elif taking and modal.search(sentence):
            parts[-1][1].append(sentence)
        else:
            taking = False
    return parts


def _without_correlative(subject: str) -> str:
    """"Både kommunen och bostadsbolaget" → "kommunen och bostadsbolaget": the pairing word opens the
    subject but names no one (the lexicon's ``evidence.correlative``)."""
    from plancheck.lang.vocab import evidence_words

    first, _, rest = subject.partition(" ")
    return rest if rest and first.lower() in evidence_words("correlative") else subject


_ACTOR = re.compile(
    r"^(?:[A-ZÆØÅÄÖ][\w\-]*(?:\s+[\w\-]+)?[’']s\s+)?"  # "The Town's …": whose unit it is
    rf"(?P<subject>[A-ZÆØÅÄÖ][\w\-]*(?:\s+[\w\-’']+){{0,5}}?)\s+(?:{_words('will')})\s",
    re.UNICODE,
)


def _owner_of_description(st: _State, m: Measure, description: str) -> None:
    """A measure titled by a heading whose description opens with a named unit that will act
    ("The Town's Department of Roads will …", "DOR will assess …") has that
    unit as its owner. Only a unit or a role counts (:func:`is_owner_like`): "The City will …"
    is the plan's author speaking, not an owner."""
    from plancheck.lang.owners import is_owner_like, split_owners

    if m.owners:
        return
    description = " ".join(description.split())
    am = _ACTOR.match(description)
    subject = am.group("subject") if am is not None else None
    if subject is None or not is_owner_like(subject, lang=st.lang):
        subject = _genitive_unit(description, st.lang)
    if subject is None:
        return
    owners = split_owners(subject, lang=st.lang)
    if owners and not any(o.diffuse for o in owners):
        m.owners = owners
        m.owner_text = subject


#: an opening noun phrase up to its verb of what is to come ("… Project is expected to …")
_OPENING_SUBJECT = re.compile(rf"^(?P<subject>[^.;:]{{1,200}}?)\s+(?:{_words('will')}|{_words('future_action')})\s", re.IGNORECASE)


@cache
def _genitive_name() -> re.Pattern[str]:
    """A name in the genitive: capitalised words, perhaps joined by a word of the lexicon's
    ``owner_prepositions`` or ``and_words`` ("Department of Parks and Recreation"), then "’s"."""
    from plancheck.lang.vocab import owner_prepositions, plain_words

    joins = alternation([*owner_prepositions(), *plain_words("and_words"), "&"])
    return re.compile(rf"(?:^|(?<=\s))(?P<name>[A-ZÆØÅÄÖ][\w\-]*(?:\s+(?:{joins}|[A-ZÆØÅÄÖ][\w\-]*))*)[’']s\b")


def _genitive_unit(description: str, lang: str) -> str | None:
    """The unit whose work a description opens with, named in the genitive in the subject of
    what is to come ("Phase I of the Department of Parks and Recreation’s pool project is
    expected to …" → "Department of Parks and Recreation"), or None: a unit or a role
    (:func:`is_owner_like`), not the plan's author ("The City’s project will …")."""
    from plancheck.lang.owners import is_owner_like

    om = _OPENING_SUBJECT.match(description)
    if om is None:
        return None
    for g in _genitive_name().finditer(om.group("subject")):
        name = g.group("name")
        if is_owner_like(name, lang=lang):
            return name
    return None


_STATES_AIM = re.compile(rf"\b({_words('will')}|{_words('must')}|{_words('states_aim')})\b", re.IGNORECASE)


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+(?=[A-ZÆØÅÄÖ])", text.strip()) if s.strip()]


def _pseudo_heading(text: str) -> bool:
    """A short line with no full stop that names a role ("Åtgärder, mål 13", "Strategier")."""
    if len(text) > 70 or text.rstrip().endswith((".", ":", ";", ",")):
        return False
    role, rest = heading_role(text)
    return role is not None and not rest


@cache
def _chapter_label_pattern() -> re.Pattern[str] | None:
    """"Chapter 2: Energy Efficiency", "Kapittel 3 – Helse", "Part IV: Water": a word of the
    lexicon's ``evidence.chapter_words``, a number (or a Roman numeral) and a separator."""
    words = evidence_words("chapter_words")
    if not words:
        return None
    return re.compile(rf"^(?:{alternation(words)})\s+(?:\d{{1,2}}|[IVX]{{1,5}})\s*[:.–—-]\s*\S", re.IGNORECASE)


def chapter_label(text: str, settings: WalkSettings = WalkSettings()) -> bool:
    """A chapter's label typed as a plain line in the running text (a summary that names its
    chapters in body type, "Chapter 2: Energy Efficiency & Conservation"): short, with no full
    stop. It names a part of the document, not a goal, strategy or measure."""
    pat = _chapter_label_pattern()
    t = text.strip()
    return (pat is not None and len(t) <= settings.chapter_label_chars and not t.endswith((".", "!", "?"))
            and pat.match(t) is not None)


def _paragraph_measure(text: str) -> bool:
    """Under a "Tiltak"/"Åtgärder" heading, a paragraph that states something to do."""
    from plancheck.extract.statements import classify_statement

    if len(text) > 600 or _META.search(text) or _lead_in_like(text):
        return False
    return classify_statement(text) != "goal"


def _opens_with_action(text: str, settings: WalkSettings) -> bool:
    """A paragraph that opens with an action verb ("Skapa förståelse …", "Develop …"): under a
    strategies heading it states a way to the goal, however long its explanation runs."""
    from plancheck.extract.statements import ACTION_VERBS

    words = re.split(r"[\s,:–-]+", text.strip(), maxsplit=1)
    return len(text) <= settings.strategy_paragraph_chars and bool(words) and words[0].lower() in ACTION_VERBS


def _lead_in_like(text: str) -> bool:
    return text.rstrip().endswith(":")


_AIM_VERB = re.compile(rf"\b({_words('aim_verbs')})\b", re.IGNORECASE)  # the lexicon's evidence.aim_verbs


def _goal_like(text: str, lang: str) -> bool:
    """A short sentence that states an aim ("… skal …", "… shall …"), not background prose."""
    if len(text) > 300:
        return False
    return bool(
        _AIM_VERB.search(text)
    ) or len(text) < 120


def _parent_item(blocks: list[Block], index: int) -> Block | None:
    """The list item a nested item hangs under: the nearest item above at a lower level, over
    its siblings; None when a block that is no list item comes first."""
    level = blocks[index].level or 0
    for k in range(index - 1, -1, -1):
        b = blocks[k]
        if b.kind != BlockKind.list_item:
            return None
        if (b.level or 0) < level:
            return b
    return None


def _defines_term_above(st: _State, block: Block, text: str, settings: WalkSettings = WalkSettings()) -> bool:
    """A nested item that opens with a term its parent item names and a copula (the lexicon's
    ``evidence.copula``): "• Allow green roofs and living walls" / "o Green roofs are roofs
    that …". It says what the term means; it is no item of its own."""
    if block.kind != BlockKind.list_item or not block.level:
        return False
    parent = _parent_item(st.blocks, st.index)
    if parent is None:
        return False
    copulas = "|".join(re.escape(w) for w in sorted(evidence_words("copula", st.lang), key=len, reverse=True))
    if not copulas:
        return False
    more = settings.definition_term_words - 1
    m = re.match(rf"^(?P<term>(?:\S+\s+){{0,{more}}}?\S+)\s+(?:{copulas})\b", text.strip(), re.IGNORECASE)
    if m is None:
        return False
    term = normalise(m.group("term"))
    return len(term) >= settings.definition_term_chars and re.search(rf"\b{re.escape(term)}\b", normalise(parent.text)) is not None


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
    fields = split_fields(text, st.lang, _emphasis_in(block, text))
    if not fields.labelled and (charged := _item_then_charge(st, text)) is not None:
        # "plante 10.000 træer i nye levende hegn. Natur og Miljø har ansvaret, og indsatsen skal
        # være gennemført i 2030.": the measure, then who does it and by when in a sentence (an
        # unlabelled reading of the same words cuts at a comma of the measure's own)
        m = _add_measure(st, block, charged.text, number=block.number)
        m.has_owner_column = m.has_deadline_column = True  # each item gives both their place
        _set_fields(st, m, charged)
        _serves(st, m)
        st.last_candidate_measure = m
        return
    if not (fields.labelled or fields.unlabelled) and (hit := _bracket_owner_beside_fields(st, block, text)) is not None:
        # "… (Biblioteket)" among "… (Kultureininga, 2027)": the owner field, no deadline
        fields = Fields(text=text[: hit.start()].rstrip(), owner=" ".join(hit.group("inside").split()), unlabelled=True)
    if fields.labelled or fields.unlabelled:  # "… (ansvar: kultureininga, tid: 2025)", "… (Kultur, 2026)"
        m = _add_measure(st, block, fields.text, number=block.number)
        _set_fields(st, m, fields)
        _serves(st, m)
        st.last_candidate_measure = m
        return
    owners: list[Owner] = []
    deadline = None
    owner_text = None
    if len(parts) >= 2:
        tail = parts[1:]
        # ("… – frist 2027": the deadline's noun before the time labels it, deadline_without_lead)
        dl = parse_deadline(deadline_without_lead(tail[-1], st.lang), lang=st.lang)
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
    if not owners:
        _role_subject_owner(st, m, text)
    _serves(st, m)
    if owners or deadline:
        m.has_owner_column = True
        m.has_deadline_column = True
    st.last_candidate_measure = m


def _item_then_charge(st: _State, text: str) -> Fields | None:
    """A list item of two sentences, the measure and then a sentence of charge ("… . Park og Vej
    har ansvaret, og indsatsen skal være gennemført i 2027.", "… . Ansvaret ligger hos Natur og
    Miljø, og indsatsen er løbende.", :func:`plancheck.extract.charge.measure_then_charge`):
    the measure sentence without its full stop, the owner and the time as its fields; None
    when the second sentence hands the work to no one.

    Why: a numbered list of measures written as sentences closes each item with who does it
    and by when, as the paragraphs of :func:`_charge_of_last_measure` do; read whole, the
    measure's text holds its fields and it has neither owner nor deadline."""
    from plancheck.extract.charge import measure_then_charge
    from plancheck.lang.deadlines import without_leads

    found = measure_then_charge(" ".join(text.split()), st.lang)
    if found is None:
        return _item_then_time(st, text)
    sentence, charge = found
    when = without_leads(charge.when) if charge.when else None
    return Fields(text=sentence.rstrip(" .!"), owner=charge.owner, deadline=when)


def _item_then_time(st: _State, text: str) -> Fields | None:
    """A list item of two sentences, the measure and then a sentence that points back at it
    (the lexicon's ``charge_back_references``: "indsatsen", "tiltaket", "this") and says when
    ("… . Indsatsen skal være gennemført i 2029."): the measure sentence without its full stop
    and the time as its deadline, no owner. None otherwise (a second sentence about anything
    else is the measure's description)."""
    from plancheck.extract.prose import sentences
    from plancheck.lang.deadlines import time_phrase, without_leads

    parts = sentences(" ".join(text.split()))
    if len(parts) != 2:
        return None
    from plancheck.lang.vocab import definite_articles

    opening = [w.strip(",.").lower() for w in parts[1].split()[:3]]
    bare = opening[1:] if opening and opening[0] in definite_articles(st.lang) else opening
    refs = {w.lower() for w in evidence_words("charge_back_references", st.lang)}
    # "Indsatsen skal …", "The work will be completed by …" (the reference one word, or two)
    if not any(" ".join(words[:n]) in refs for words in (opening, bare) for n in (1, 2) if words):
        return None
    when = time_phrase(parts[1].rstrip(" .!"))
    if not when:
        return None
    return Fields(text=parts[0].rstrip(" .!"), deadline=without_leads(when))


def _role_subject_owner(st: _State, m: Measure, text: str) -> None:
    """A bullet written as a whole sentence whose subject is a role ("Energi- och
    klimatrådgivaren ska samverka …", "Rektor skal …") names the person who is to act: its
    owner. Only a role counts here: a unit or body as the subject of a bullet ("Ungdomsrådet
    skal …") is often the plan's own author speaking of itself, as "we" would."""
    from plancheck.lang.owners import split_owners

    sm = _SUBJECT.match(text)
    if sm is None or _passive_after(text[sm.end():], st.lang):
        return  # "Personalen ska ges kurser …": the subject is acted on
    subject = _without_correlative(sm.group("subject"))
    owners = split_owners(subject, lang=st.lang)
    if owners and all(o.kind == "role" and not o.diffuse for o in owners):
        m.owners = owners
        m.owner_text = subject


def _serves(st: _State, m: Measure) -> None:
    """A measure in a list serves the goal named over the list ("Mål 1: …", "For å nå mål 2:"),
    and the labelled strategy whose bullets it is."""
    if st.group_goal is not None:
        m.goal_ids.append(st.group_goal.id)
    m.goal_ids.extend(g.id for g in st.ref_goals if g.id not in m.goal_ids)
    if st.item_parent is not None and st.lead_in == "measure":
        m.strategy_ids.append(st.item_parent.id)
        m.goal_ids.extend(g for g in st.item_parent.goal_ids if g not in m.goal_ids)


def _context_goal(st: _State, g: Goal) -> None:
    """Labelled items form a hierarchy in reading order: a goal opens a new context, a
    sub-goal a context inside it ("G1 (Goal)" → "O1 (Objective)" → "D1 (Deliverable)")."""
    if g.kind == GoalKind.sub_goal and st.ctx_goal is not None and g.parent_id is None:
        g.parent_id = st.ctx_goal.id
    if g.kind != GoalKind.sub_goal:
        st.ctx_goal = g
        st.ctx_sub_goal = None
    else:
        st.ctx_sub_goal = g
    st.ctx_strategy = None


def _under_its_goal(st: _State, block: Block, m: Measure) -> bool:
    """Does a measure of a list stand under the goal of its own group - the goal read last, in
    the same section, alone since the measures before it (not the last of goals all stated
    before any measure), with nothing else linking the measure?"""
    g = st.last_goal
    return (
        g is not None and st.last_goal_alone and g.section_id == block.section_id
        and not m.goal_ids and not m.strategy_ids
    )


def _context_strategy(st: _State, s: Strategy) -> None:
    if st.ctx_goal is not None and not s.goal_ids:
        s.goal_ids.append(st.ctx_goal.id)
    st.ctx_strategy = s


def _context_measure(st: _State, m: Measure) -> None:
    if st.ctx_strategy is not None:
        m.strategy_ids.append(st.ctx_strategy.id)
        m.goal_ids.extend(g for g in st.ctx_strategy.goal_ids if g not in m.goal_ids)
    elif st.ctx_sub_goal is not None:
        m.goal_ids.append(st.ctx_sub_goal.id)  # the most specific goal above it
    elif st.ctx_goal is not None:
        m.goal_ids.append(st.ctx_goal.id)


def _emphasis_in(block: Block, text: str) -> tuple[int, ...]:
    """The offsets of the block's emphasised runs (:attr:`Block.emphasis`) inside ``text``, a
    part of the block's text (the rest after its label)."""
    at = block.text.find(text) if block.emphasis else -1
    if at < 0:
        return ()
    return tuple(a - at for a in block.emphasis if at <= a < at + len(text))


def _labelled_measure(st: _State, block: Block, text: str, number: str | None) -> Measure:
    """A measure from a labelled line ("Tiltak 1.1.1: …", "D3 (Deliverable) …"), with the owner
    and deadline written after it ("(ansvar: …; tid: …)", "– Lead: … – April 2027", "… .
    Ansvar: … Frist: …")."""
    fields = split_fields(text, st.lang, _emphasis_in(block, text))
    m = _add_measure(st, block, fields.text, number=number)
    _set_fields(st, m, fields)
    return m


def _measure_label(block: Block | None) -> tuple[str, str | None] | None:
    """A measure label alone on its line ("TILTAK 3", "Action 2"): (role, number), else None."""
    from plancheck.extract.roles import bare_label

    if block is None or block.kind == BlockKind.table:
        return None
    found = bare_label(block.text)
    return found if found is not None and found[0] == "measure" else None


#: a label of a card's field grid: up to four words, the last one or all of them a column word
_GRID_LABEL_WORDS = 4


def field_grid(block: Block | None, *, need_owner_or_deadline: bool = True) -> list[tuple[str, str]] | None:
    """The fields of a card's label/value grid ("Ansvarlig | Plan og bygg", "Gjennomføres |
    2025", "Gjelder mål | 1, 3"): a two-column table whose rows (header too) start with a
    column word, or a paragraph each of whose lines does. [(role, value)], values may be
    empty; None when the block is not such a grid or names no owner or deadline."""
    from plancheck.lang.vocab import column_role

    if block is None:
        return None
    if block.kind == BlockKind.table and block.table is not None:
        table = block.table
        rows = [list(table.header), *[[c.text for c in r] for r in table.rows]]
        if any(len([t for t in r if t.strip()]) > 2 for r in rows):
            return None
        lines = [" ".join(t.strip() for t in r if t.strip()) for r in rows]
        pairs = [(r[0].strip(), " ".join(t.strip() for t in r[1:] if t.strip())) for r in rows if r and r[0].strip()]
        if len(pairs) != len([x for x in lines if x]):
            return None
    elif block.kind == BlockKind.paragraph:
        pairs = []
        for line in (block.provenance.source_text or block.text).splitlines():
            words = line.split()
            # (the label's last word asked first: one word recurs and is known, while the
            # label's words up to it are a new text for each line, matched fuzzily when unknown)
            cut = next((k for k in range(min(_GRID_LABEL_WORDS, len(words)), 0, -1)
                        if column_role(words[k - 1]) and column_role(" ".join(words[:k]))), None)
            if cut is None:
                return None
            pairs.append((" ".join(words[:cut]), " ".join(words[cut:])))
    else:
        return None
    fields = []
    for label, value in pairs:
        role = column_role(label)
        if role is None:
            return None
        fields.append((role, value))
    if not need_owner_or_deadline:
        return fields or None
    if len(fields) < 2 or not any(r in ("owner", "deadline") for r, _v in fields):
        return None
    return fields


def _sibling_card(st: _State, block: Block, text: str) -> bool:
    """A heading set as the card titles before it were (same level and size: cards over a record
    of 'Ansvar: …' / 'Frist: …' fields, read in extract/tables._attachment_table) over a
    single line of fields (:func:`_fields_under`, one field when smaller than the title) is a card
    too, the one whose other field was left out. Unnumbered, of no role. True if read so."""
    if (
        st.card_heading is None or block.number or st.card_heading != (block.level, block.font_size)
        or heading_role(text)[0] is not None
    ):
        return False
    return _measure_over_fields(st, block, text, serve=False)  # (like its siblings: goals by its chips)


def _card(st: _State, block: Block) -> bool:
    """A card: a title (after a measure label such as "TILTAK 3", or in a measure chapter)
    with a label/value grid right under it. The title is the measure; the grid gives its
    owner, deadline and the goals it serves by number ("Gjelder mål | 1, 3"). True if so."""
    from plancheck.lang.deadlines import parse_deadline
    from plancheck.lang.owners import split_owners
    from plancheck.lang.vocab import column_role

    # a label printed with an empty value may stand apart from the rest of the grid
    k = st.index + 1
    empty: list[tuple[str, str]] = []
    while k < len(st.blocks) and st.blocks[k].kind == BlockKind.paragraph and len(st.blocks[k].text.split()) <= _GRID_LABEL_WORDS:
        words = st.blocks[k].text.split()
        role = column_role(" ".join(words))
        if role is None or column_role(words[-1]) is None:
            break
        empty.append((role, ""))
        k += 1
    fields = field_grid(st.blocks[k] if k < len(st.blocks) else None)
    if fields is None or _measure_label(block) is not None:
        return False
    fields = empty + fields
    # the rest of the grid, set apart by a gap ("Kostnad …", "Gjelder mål 4")
    while k + 1 < len(st.blocks) and st.blocks[k + 1].kind == BlockKind.paragraph and (
        more := field_grid(st.blocks[k + 1], need_owner_or_deadline=False)
    ):
        fields += more
        k += 1
    prev = st.blocks[st.index - 1] if st.index > 0 else None
    label = _measure_label(prev)
    if label is None and _chapter_role(st, block) != "measure":
        return False
    st.pending_label = None
    m = _add_measure(st, block, block.text.strip(), number=label[1] if label else block.number)
    for role, value in fields:
        if role == "owner":
            m.has_owner_column = True
            if value:
                m.owner_text = value
                m.owners = split_owners(value, lang=st.lang)
        elif role == "deadline":
            m.has_deadline_column = True
            if value:
                m.deadline = parse_deadline(value, lang=st.lang)
        elif role == "goal":
            for n in re.findall(r"\b\d{1,2}(?:\.\d{1,2})?\b", value):
                g = goal_by_number(st, n)
                if g is not None and g.id not in m.goal_ids:
                    m.goal_ids.append(g.id)
    st.taken.update(range(st.index + 1, k + 1))
    st.last_candidate_measure = m
    return True


def _timeline_card(st: _State, index: int, block: Block) -> bool:
    """A card of a vertical timeline (:mod:`plancheck.extract.timeline`): its title is a
    measure, due when the label it hangs under says (a label that is no time, none), owned by
    its owner field (a card without one has none: the timeline is where the plan says who) and
    serving the goals its chips name. True if read so."""
    from plancheck.lang.deadlines import parse_deadline
    from plancheck.lang.owners import split_owners

    card = st.timeline_cards.get(index)
    if card is None:
        return False
    m = _add_measure(st, block, " ".join(block.text.split()), number=None)
    m.has_owner_column = m.has_deadline_column = True
    if card.owner:
        m.owners = split_owners(card.owner, lang=st.lang)
        m.owner_text = card.owner
    when = card.deadline or card.label
    if when:
        m.deadline = parse_deadline(when, lang=st.lang)
    for n in card.goals:
        g = goal_by_number(st, n)
        if g is not None and g.id not in m.goal_ids:
            m.goal_ids.append(g.id)
    st.taken.update(card.parts)
    return True


def _chip_role(text: str, lang: str) -> str | None:
    """What an unlabelled chip of a card holds: "deadline" when it reads as one ("March 2027",
    "Ongoing"), "owner" when it names one (an owner-like phrase, or a short capitalised name
    with no digits), else None."""
    from plancheck.extract.fields import _is_deadline, field_line, short_name
    from plancheck.lang.owners import is_owner_like

    text = " ".join(text.split())
    labelled = field_line(text)
    if labelled is not None and len(labelled) == 1:
        return labelled[0][0]  # a labelled chip ('Owner: …', a note stuck on the card)
    if _is_deadline(text, lang):
        return "deadline"
    if is_owner_like(text, lang=lang) or short_name(text):
        return "owner"
    return None


def _chips_after(st: _State, index: int) -> list[tuple[int, str, str]] | None:
    """The chips right after block ``index`` (:attr:`Block.chip`): [(block index, role,
    text)] when every one reads as an owner or a deadline, no role twice; else None. A labelled
    chip ('Owner: …') gives its value."""
    from plancheck.extract.fields import field_line

    out: list[tuple[int, str, str]] = []
    k = index + 1
    while k < len(st.blocks) and st.blocks[k].chip and k not in st.taken:  # (a bubble's goal chip is taken)
        text = st.blocks[k].text.strip()
        role = _chip_role(text, st.lang)
        if role is not None and (labelled := field_line(text)) is not None:
            text = labelled[0][1]  # the labelled chip's value
        if role is None or any(r == role for _k, r, _t in out):
            return None
        out.append((k, role, text))
        k += 1
    return out or None


def _is_card_text(st: _State, index: int) -> bool:
    """Is block ``index`` a card's own text: a paragraph (no chip itself) with chips after it?"""
    if index >= len(st.blocks):
        return False
    block = st.blocks[index]
    return block.kind == BlockKind.paragraph and not block.chip and _chips_after(st, index) is not None


def _goal_over_cards(st: _State, block: Block) -> bool:
    """A numbered statement heading over cards ("1 Every resident lives within …" and under it
    action cards with chips): the goal those actions serve. Its numbering goes on: the headings
    numbered next at its level are the next goals, also one with no cards under it (a goal
    without actions). True if read so."""
    number = (block.number or "").strip(".) ")
    if not number.isdigit() or len(block.text.split()) < WalkSettings().goal_min_words or block.text.rstrip().endswith(":"):
        if st.card_goals is not None and (block.level or 0) <= (st.card_goals[0] or 0):
            st.card_goals = None  # a heading at the goals' level or above ends them
        return False
    seq = st.card_goals
    if not (_is_card_text(st, st.index + 1) or (seq is not None and block.level == seq[0] and int(number) == seq[1])):
        return False
    goal = _add_goal(st, block, block.text.strip(), GoalKind.goal, number=number)
    _context_goal(st, goal)
    st.group_goal = goal
    st.card_goals = (block.level, int(number) + 1)
    st.lead_in = None
    st.role = None
    return True


def _holds_a_place(st: _State, block: Block, text: str) -> bool:
    """A paragraph saying the measures are still to be agreed ('Actions will be agreed with …', under a
    goal's group label 'For goal 4' among the other goals' actions; extract/placeholders.py): it holds
    their place, no strategy. Read as one, the measures of its section were taken for its own (a
    strategy stated alone in a section is what the section's measures carry out), and the goal they
    are to serve seemed to have one."""
    if block.kind != BlockKind.paragraph:
        return False
    from plancheck.extract.placeholders import is_placeholder

    return is_placeholder(text, st.lang, WalkSettings().placeholder_word_span)


def _criterion_of_goal(st: _State, block: Block) -> bool:
    """A list item under a numbered goal in a panel joining goals and their criteria (extract/canvaspanels.py)."""
    from plancheck.extract.canvaspanels import criterion_of_goal

    return criterion_of_goal(st, block)


def _card_goal_code(st: _State, index: int) -> bool:
    """A chip holding the code of the goal read from its card: the goal's number (extract/cardcodes.py)."""
    from plancheck.extract.cardcodes import card_goal_code

    return card_goal_code(st, index)


def _goal_tag(st: _State, block: Block) -> Goal | None:
    """The declared goal a chip at a box's head names by its label and number alone ('AIM 2',
    'Mål 3' in the corner of a flowchart's action box, :attr:`Block.head_chip`): the item the
    box holds serves it. None for any other chip (an owner's, a date's). A chip holding a number
    alone in the box's corner (a circled '3': a number badge, :func:`plancheck.layout.cards.number_badges`)
    names the goal numbered so, when the plan has one."""
    if _BADGE_NUMBER.match(block.text.strip()):
        return goal_by_number(st, block.text.strip())
    found = bare_label(block.text.strip())
    if found is None or found[0] not in GOAL_ROLES or not found[1]:
        return None
    return goal_by_number(st, found[1])


def _promise(st: _State, block: Block, text: str) -> bool:
    """A letter's numbered promise ("1. **Vi rydder turstiene … .** Jobben gjøres av Park og
    idrett innen 1. juni …", :mod:`plancheck.extract.promises`): the bold sentence is a
    measure, the owner and the time the prose after it names are its owner and deadline. True if
    read so."""
    from plancheck.extract.promises import promise_fields, promise_lead

    lead = promise_lead(block, st.lang)
    if lead is None:
        return False
    m = _add_measure(st, block, lead.rstrip(" ."), number=block.number)
    owner, when = promise_fields(" ".join(text.split())[len(lead):], lead, st.lang)
    _set_fields(st, m, Fields(text=m.text, owner=owner or None, deadline=when or None))
    _context_measure(st, m)
    st.last_candidate_measure = m
    return True


def _promise_goal(st: _State, block: Block, made: list[Measure]) -> None:
    """The goal a letter's promise serves: the one its heading says in other words ("Tryggere vei
    til skolen" over the promises of "Alle barn … skal ha en trygg skolevei",
    :func:`plancheck.extract.promises.paraphrased_goal`), in place of the goal of its context."""
    from plancheck.extract.promises import opens_in_first_person, paraphrased_goal

    if not made or not opens_in_first_person(block.text, st.lang):
        return
    goal = paraphrased_goal(st.section_titles.get(block.section_id or "", ""), st.plan.goals)
    if goal is None:
        return
    for m in made:
        m.goal_ids = [goal.id]


def _small_tag_reach() -> int:
    from plancheck.extract.goaltags import GOAL_TAGS

    return GOAL_TAGS.max_blocks


def _small_goal_tag(st: _State, index: int, block: Block) -> list[Goal]:
    """The declared goals a small tag right above an item names ('Aim 2', 'Aims 2 and 4' in a
    lozenge over a leaflet's action, :mod:`plancheck.extract.goaltags`); [] when the paragraph is
    no such tag, or a number it names is no goal of the plan."""
    from plancheck.extract.goaltags import tag_numbers, tag_over_item

    numbers = tag_numbers(block.text) if len(block.text.split()) <= 6 else []
    if not numbers or index + 1 >= len(st.blocks) or not tag_over_item(block, st.blocks[index + 1]):
        return []
    goals = [goal_by_number(st, n) for n in numbers]
    return [g for g in goals if g is not None] if all(goals) else []


def _chip_card(st: _State, block: Block) -> bool:
    """A card whose chips carry no labels: its text is a measure, the chip that names an owner
    its owner and the one that reads as a date its deadline (the layout found the chips, see
    :mod:`plancheck.layout.cards`). A card with no owner chip, among cards that have one, has a
    place for an owner left empty (see :func:`_inline_field_places`). True if read so."""
    chips = _chips_after(st, st.index) if not block.chip else None
    if chips is None:
        return False
    m = _add_measure(st, block, block.text.strip(), number=None)
    _context_measure(st, m)
    fields = Fields(text=m.text, owner=next((t for _k, r, t in chips if r == "owner"), None),
                    deadline=next((t for _k, r, t in chips if r == "deadline"), None), unlabelled=True)
    _set_fields(st, m, fields)
    st.taken.update(k for k, _r, _t in chips)
    st.last_candidate_measure = m
    return True


def _hanging_card(st: _State, block: Block) -> bool:
    """A card hanging under a unit's box in an organisation chart (:attr:`Block.hangs_under`,
    :mod:`plancheck.layout.orgcharts`): its text is a measure the unit it hangs under carries out
    (the unit's name as printed, read by the owner splitter: a box saying the owner is not settled
    yet gives none), and a line of labelled fields after it on the card ('When: …') gives its
    deadline; the tag at the card's head names its goal (read by the walk, :func:`_goal_tag`). A
    chart that gives owners so gives every card a place for an owner and a deadline. True if read
    so."""
    from plancheck.extract.fields import field_line

    text = block.text.strip()
    if block.chip or block.kind != BlockKind.paragraph or not text or field_line(text):
        return False
    m = _add_measure(st, block, text, number=None)  # (its goal is its tag's, not the context's)
    deadline, partners = None, []
    units = {b.hangs_under.casefold() for b in st.blocks if b.hangs_under}  # the chart's units
    k = st.index + 1
    while k < len(st.blocks) and (nxt := st.blocks[k]).hangs_under == block.hangs_under and not nxt.chip:
        fields = field_line(nxt.text) if nxt.kind == BlockKind.paragraph else None
        partner = _partner_line(nxt.text, st.lang, units) if nxt.kind == BlockKind.paragraph and not fields else None
        if not fields and partner is None:
            break
        deadline = deadline or next((v for r, v in fields or [] if r == "deadline"), None)
        partners += [partner] if partner else []
        st.taken.add(k)
        k += 1
    _set_fields(st, m, Fields(text=m.text, owner=block.hangs_under, deadline=deadline, labelled=True))
    if partners:
        from plancheck.lang.owners import split_owners

        for partner in partners:
            m.owners += [o for o in split_owners(partner, lang=st.lang) if o.text not in {x.text for x in m.owners}]
    st.last_candidate_measure = m
    return True


@cache
def _partner_pattern(lang: str) -> re.Pattern[str] | None:
    """'<together word> <preposition> <unit>' ('together with the Parks Team'): the lexicon's
    ``together_words``, then one word, then the rest."""
    from plancheck.lang.vocab import alternation, plain_words

    words = plain_words("together_words", lang)
    return re.compile(rf"^\s*(?:{alternation(words)})\s+[^\W\d_]+\s+(?P<owner>\S.*?)\s*\.?$", re.IGNORECASE) if words else None


def _partner_line(text: str, lang: str, units: set[str] | frozenset[str] = frozenset()) -> str | None:
    """The unit a card's line names as carrying the measure out together with the card's own
    ('together with the Parks Team' under the card's text: a second owner), or None: a line of
    that form alone, the rest an owner-like name (``lang.owners.is_owner_like``) or one of the
    ``units`` (the names of the chart's units the cards hang under, case-folded)."""
    from plancheck.lang.owners import is_owner_like

    rx = _partner_pattern(lang)
    found = rx.match(" ".join(text.split())) if rx is not None else None
    if found is None:
        return None
    owner = found.group("owner")
    return owner if owner.casefold() in units or is_owner_like(owner, lang=lang) else None


def _fields_under(st: _State, block: Block, settings: WalkSettings | None = None) -> list[tuple[str, str]] | None:
    """The labelled fields of the line right under ``block`` ("Ansvar: Teknisk drift · Frist:
    2027"), when it is a paragraph of such fields only and set apart as the fields of the text
    above: two fields or more, or one line set smaller than ``block``. None otherwise."""
    from plancheck.extract.fields import field_line

    settings = settings or WalkSettings()
    k = st.index + 1
    nxt = st.blocks[k] if k < len(st.blocks) else None
    if nxt is None or nxt.kind != BlockKind.paragraph or k in st.taken:
        return None
    fields = field_line(nxt.text)
    if not fields:
        return None
    st.fields_under_used = [k]
    smaller = (block.font_size is not None and nxt.font_size is not None
               and nxt.font_size <= block.font_size - settings.field_line_size_delta)
    if len(fields) >= 2 or smaller:
        return fields
    # one field to a line ("Who is in charge: Parks Team" / "When: by May 2029"): the lines
    # right under it, each a field of another kind, are the same line of fields broken
    roles = {r for r, _v in fields}
    while len(st.fields_under_used) < settings.field_lines_max and (k := k + 1) < len(st.blocks):
        below = st.blocks[k]
        more = field_line(below.text) if below.kind == BlockKind.paragraph and k not in st.taken else None
        if not more or roles & {r for r, _v in more}:
            break
        fields, roles = [*fields, *more], roles | {r for r, _v in more}
        st.fields_under_used.append(k)
    return fields if len(fields) >= 2 else None


def _measure_over_fields(st: _State, block: Block, text: str, settings: WalkSettings | None = None,
                         *, serve: bool = True) -> bool:
    """A plain paragraph with a line of owner and deadline fields right under it
    (:func:`_fields_under`) is a measure: the line says who does it and by when. It serves the
    strategy or goal whose context it stands in (unless not ``serve``: a card's title, whose own
    chips name its goals). True if so."""
    from plancheck.extract.fields import field_line, goal_field_numbers

    settings = settings or WalkSettings()
    if len(text) > settings.field_measure_chars or text.endswith(":") or field_line(text):
        return False
    if block.kind == BlockKind.list_item and st.index > 0 and st.blocks[st.index - 1].kind == BlockKind.list_item:
        # a list's items each over their own field line alternate with them (a checklist); a
        # line under the last of a run of items is the fields of them all ("Ansvarlig: …")
        return False
    fields = _fields_under(st, block, settings)
    if fields is None:
        return False
    number = block.number
    lrole, lnum, rest = label_role(text)
    if lrole == "measure" and rest.strip():
        # "Tiltak 1.1.2 <sentence>" with its fields on the line under it: the label numbers the
        # measure, as when the fields close the same line (Word writes them after a line break
        # in one paragraph, which the PDF reads as two)
        text, number = rest.strip(), lnum or number
    m = _add_measure(st, block, text, number=number)
    _set_fields(st, m, Fields(text=text, owner=next((v for r, v in fields if r == "owner"), None),
                              deadline=next((v for r, v in fields if r == "deadline"), None), labelled=True))
    named = [g for k in st.fields_under_used for n in goal_field_numbers(st.blocks[k].text)
             if (g := goal_by_number(st, n)) is not None]
    if serve:
        _context_measure(st, m)
    if named:
        m.goal_ids = list(dict.fromkeys(g.id for g in named))  # '· Mål: 2 og 3': the goals it serves
    elif serve and not m.goal_ids:
        _serves(st, m)
    st.taken.update(st.fields_under_used)
    st.last_candidate_measure = m
    return True


def _heading_over_fields(st: _State, block: Block, text: str, settings: WalkSettings | None = None) -> bool:
    """A heading of no role, a sentence of at least ``field_heading_min_words`` words, with a line
    of owner AND deadline fields right under it ('Åpne et nytt … ' set bold over 'Ansvar: … · Frist:
    … · Mål: 2'): a measure set as a bold title over its fields, read as :func:`_measure_over_fields`
    reads a paragraph; a goal field in the line links the goals it names by number. A heading of
    the same level and size as one read so before it, over a line of only one of the two fields
    ('Frist: …' alone: the plan left the owner out), is such a measure too. True if so."""
    settings = settings or WalkSettings()
    if len(text.split()) < settings.field_heading_min_words or text.endswith((":", "?")):
        return False
    fields = _fields_under(st, block, settings)
    roles = {r for r, _v in fields or ()}
    kind = (block.level, block.font_size)
    if not {"owner", "deadline"} <= roles and not (
        roles & {"owner", "deadline"} and roles <= {"owner", "deadline", "goal"} and kind in st.field_heading_types
    ):
        return False
    if not _measure_over_fields(st, block, text, settings):
        return False
    if {"owner", "deadline"} <= roles:
        st.field_heading_types.add(kind)
    return True


def lead_sentence(block: Block, text: str, settings: WalkSettings | None = None) -> str | None:
    """The bold sentence that opens a paragraph (its run-in title, :attr:`Block.run_in`, over
    one line or more) when it is a whole sentence of at least ``lead_sentence_min_words``
    words and the paragraph goes on after it: a measure's own words, the rest its explanation.
    None otherwise (a bold label, "**Ansvar:**", or a few bold words for emphasis)."""
    settings = settings or WalkSettings()
    lead = (block.run_in or "").strip()
    if not lead.endswith((".", "!")) or len(lead.split()) < settings.lead_sentence_min_words:
        return None
    return lead if text.strip().startswith(lead) and len(text.strip()) > len(lead) else None


def _lead_sentence_measure(st: _State, block: Block, text: str) -> bool:
    """A paragraph that opens with a bold sentence (:func:`lead_sentence`) and writes an
    owner or deadline field after its explanation ("**We open a portal.** It is built with
    … . Lead: Culture office. Deadline: autumn 2026.", or in a line of fields right under it,
    :func:`_fields_under`): the bold sentence is a measure, the fields its owner and deadline
    (a field wrapped onto a line of its own is taken up by :func:`_fields_of_last_measure`).
    It serves the goal whose context it stands in. True if read so."""
    from plancheck.extract.fields import sentence_fields

    lead = lead_sentence(block, text)
    if lead is None:
        return False
    fields = sentence_fields(text, st.lang, _emphasis_in(block, text))
    under = _fields_under(st, block) if fields is None else None
    if under is not None:
        fields = Fields(text=text, owner=next((v for r, v in under if r == "owner"), None),
                        deadline=next((v for r, v in under if r == "deadline"), None), labelled=True)
    if fields is None or not (fields.owner or fields.deadline) or len(fields.text) < len(lead):
        return False
    if under is not None:
        st.taken.update(st.fields_under_used)  # the line of fields is this measure's
    m = _add_measure(st, block, lead, number=block.number)
    _set_fields(st, m, Fields(text=lead, owner=fields.owner, deadline=fields.deadline, labelled=True))
    _context_measure(st, m)
    if not m.goal_ids:
        _serves(st, m)
    st.last_candidate_measure = m
    return True


_NOTE = re.compile(r"^(?P<who>[^()]*?)[\s,;:–—-]*\((?P<when>[^()]+)\)\s*$")
#: a tab's leader: a run of four or more dots (or two or more ellipses), perhaps spaced
_LEADER = re.compile(r"(?:\.\s?){4,}|…{2,}")


def note_fields(text: str, lang: str) -> tuple[str | None, str | None] | None:
    """Who / when in a note under a list item (:attr:`Block.item_note`): the text before a
    closing bracket that reads as a deadline, and that bracket ("Kultureininga (Haust 2025)",
    "(2026)" with no one named); or, with no bracket at all, the whole note as who
    ("Kultureininga": the layout kept such a note only when it is short and ends no sentence).
    None: not a note of who and when (a bracket that is no deadline, a remark)."""
    from plancheck.extract.fields import field_line
    from plancheck.lang.deadlines import parse_deadline

    text = text.strip()
    # (a tab's leader dots between the fields part them as a dash would; before them, nothing)
    labelled = field_line(" ".join(_LEADER.sub(" – ", text).split()).strip(" –"))
    if labelled and {role for role, _v in labelled} <= {"owner", "deadline"}:
        # a note of labelled fields ("Ansvar: … <leader> Frist: …"): each label says what it gives
        got = dict(labelled)
        return got.get("owner"), got.get("deadline")
    if "(" not in text and ")" not in text:
        return _unbracketed_note(text, lang)
    m = _NOTE.match(text)
    if m is None or parse_deadline(m.group("when"), lang=lang) is None:
        return None
    return (m.group("who").strip() or None), m.group("when").strip()


#: a separator a note sets between who and when ("*Barn och utbildning* · hösten 2026")
_NOTE_SEPARATOR = re.compile(r"\s+[·•|–—]\s+|,\s+")


def _unbracketed_note(text: str, lang: str) -> tuple[str | None, str | None]:
    """Who / when in a note with no bracket: after its last separator (":data:`_NOTE_SEPARATOR`)
    a part that reads wholly as a deadline is when and the rest who ("Kultur och fritid · 2027");
    a note that is a deadline alone gives when only; else the whole note is who."""
    from plancheck.lang.deadlines import looks_like_deadline

    if not text:
        return None, None
    cuts = list(_NOTE_SEPARATOR.finditer(text))
    if cuts:
        last = cuts[-1]
        who, when = text[: last.start()].strip(), text[last.end():].strip()
        if who and when and looks_like_deadline(when, lang=lang) and not looks_like_deadline(who, lang=lang):
            return who, when
    if looks_like_deadline(text, lang=lang) and not any(ch.isalpha() and ch.isupper() for ch in text[:1]) \
            and re.search(r"\d", text):
        return None, text
    return text, None


def _carries_fields(text: str, lang: str, emphasis: tuple[int, ...] = ()) -> bool:
    """Does the line end in its owner or deadline, labelled ("… (ansvar: kultureininga, tid:
    2025)", "… – Lead: Housing – April 2027", a bold "**Kven:** …" run after the text, which may
    open a line of its own under it) or not ("… (Kultur og Fritid, 2026)"), after some words of
    its own (:func:`split_fields`)?"""
    fields = split_fields(text, lang, emphasis)
    return (fields.labelled or fields.unlabelled) and bool(fields.text.strip())


def _bracket_fields_in_period(st: _State, fields: Fields) -> bool:
    """Did the line end in an unlabelled bracket of both an owner and a deadline ("… (Kultur og
    fritid, 2027)"), the deadline not ending before the plan period starts? A bracket of a name
    and a year is also how a source is cited ("… (SSB, 2023)"): a year before the period is one,
    and with no plan period read the two cannot be told apart (none counts)."""
    from plancheck.lang.deadlines import parse_deadline

    if not (fields.unlabelled and fields.owner and fields.deadline and fields.text.strip()):
        return False
    period = st.plan.plan_period
    if period is None:
        return False
    dl = parse_deadline(fields.deadline, lang=st.lang)
    if dl is None or dl.kind == DeadlineKind.none:
        return False
    return dl.end is None or dl.end.year >= period.start  # (a recurring time has no end: no source's year)


def _bracket_owner_beside_fields(
    st: _State, block: Block, text: str, settings: WalkSettings | None = None
) -> re.Match[str] | None:
    """The bracket of names closing a list item ("… (Biblioteket)", :func:`closing_names`) where
    the items beside it close with their owner and deadline fields ("… (Kultureininga, 2027)"):
    the plan gives each item a place for who and when, and an item whose bracket holds a name
    alone gives the owner and no deadline. One bracket of names alone may be a remark or a
    spelled-out name; at least ``fielded_list_min_items`` of the other items of its list, and
    ``fielded_list_share`` of them, carrying fields make it the owner field."""
    from plancheck.extract.bracketowners import closing_names

    settings = settings or WalkSettings()
    if not (0 <= st.index < len(st.blocks)) or st.blocks[st.index] is not block or block.kind != BlockKind.list_item:
        return None
    if (hit := closing_names(text, st.lang)) is None or not text[: hit.start()].strip():
        return None
    others = _sibling_items(st.blocks, st.index)
    fielded = sum(1 for b in others if _carries_fields(b.text, st.lang, _emphasis_in(b, b.text)))
    if fielded >= max(settings.fielded_list_min_items, settings.fielded_list_share * len(others)):
        return hit
    return None


def _fielded_list(st: _State, block: Block, text: str, settings: WalkSettings | None = None) -> bool:
    """Is ``block`` an item of a list of measures known by their fields alone: it ends in an
    owner or a deadline after words of its own (:func:`split_fields`), and at least
    ``fielded_list_share`` of the items of its list, ``fielded_list_min_items`` or more, end in
    a labelled owner field ("… – ansvar: Plan og miljø, innan 2027")? One item with a field in
    a list of other things ("Vi har laga … (ansvar: …)"), or a unit in brackets that reads as a
    time ("Omdisponert dyrka mark (dekar per år)"), does not make the list one of measures."""
    settings = settings or WalkSettings()
    fields = split_fields(text, st.lang, _emphasis_in(block, text))
    if not fields.text.strip():
        return False
    items = [block, *_sibling_items(st.blocks, st.index)]
    if len(items) < settings.fielded_list_min_items:
        # a list of one under its own heading ("Transport" over one cycle path): a measure when
        # it ends in labelled fields of both who and when and the plan's other lists end so
        # (see _fielded_elsewhere)
        return (
            settings.one_item_fielded_lists
            and bool(fields.labelled and fields.owner and fields.deadline)
            and _fielded_elsewhere(st, settings)
        )
    foot = _foot_fields(_block_after_list(st))
    if foot is not None and all(foot):
        # one line of both who and when under the list ("Ansvar: Kulturkontoret – Frist: 2027"):
        # work someone is to do by a time, each item a measure (:func:`_foot_owner_line`)
        return True
    # (a label set bold counts where no full stop stands before it: "… inntekt **Kven:** …")
    found = [split_fields(b.text, st.lang, _emphasis_in(b, b.text)) for b in items]
    owned = sum(1 for f in found if f.labelled and f.owner and f.text.strip())
    if settings.fielded_list_brackets:
        owned = max(owned, sum(1 for f in found if _bracket_fields_in_period(st, f)))
    if owned >= max(settings.fielded_list_min_items, settings.fielded_list_share * len(items)):
        return bool(fields.owner or fields.deadline) or _bracket_owner_beside_fields(st, block, text, settings) is not None
    # items ending in a deadline after a dash ("… – 2027", a date set flush right beside each),
    # under one owner line for them all at the foot of the list ("Ansvarlig: Madservice"): a
    # card of measures (:func:`_foot_owner_line`)
    dated = sum(1 for f in found if f.deadline and f.text.strip())
    # (the foot line names the owner alone: its fields give an owner and no deadline)
    return (
        dated >= settings.fielded_list_share * len(items)
        and foot is not None
        and foot[0] is not None
        and foot[1] is None
    )


def _fielded_elsewhere(st: _State, settings: WalkSettings) -> bool:
    """Do ``fielded_list_min_items`` other list items of the plan, in lists of their own, end in
    labelled fields of both who and when? Why: a handleplan sets each theme's indsatser as a
    bulleted list under the theme's heading, "… (Ansvar: Vej og Park, tid: 2029)"; a theme with
    one indsats has a list of one, which is a measure as its neighbours are. The plan's form
    decides, not one item's bracket."""
    found = 0
    for k, b in enumerate(st.blocks):
        if k == st.index or b.kind != BlockKind.list_item:
            continue
        f = split_fields(b.text, st.lang, _emphasis_in(b, b.text))
        if f.labelled and f.owner and f.deadline and f.text.strip():
            found += 1
            if found >= settings.fielded_list_min_items:
                return True
    return False


def _block_after_list(st: _State) -> Block | None:
    """The block right after the run of list items the current one stands in."""
    k = st.index
    while k < len(st.blocks) and st.blocks[k].kind == BlockKind.list_item:
        k += 1
    return st.blocks[k] if k < len(st.blocks) else None


_FIELD_LABEL = re.compile(r"^\s*(?P<label>[^\W\d_][^:\n]{0,40}?)\s*:\s*\S")


def _reference_field(text: str) -> bool:
    """Is ``text`` one field naming what an item serves elsewhere, its label a cross-reference
    or parent-goal column word of the lexicon ("Council priority: A greener valley",
    "Kobling til samfunnsdelen: Mål 2")? A field of the item above, not an item of its own."""
    from plancheck.lang.vocab import column_role, parent_goal_header

    m = _FIELD_LABEL.match(text)
    if m is None or "\n" in text.strip():
        return False
    label = m.group("label")
    return parent_goal_header(label) or column_role(label) == "references"


def _foot_fields(block: Block | None) -> tuple[str | None, str | None] | None:
    """(owner, deadline) a paragraph of owner and deadline fields and nothing else gives, each
    at most once ("Ansvar: Kulturkontoret · Frist: 2027", "Frist: Hausten 2026", or the owner
    alone: "Lead: Parks team"); None otherwise."""
    from plancheck.extract.fields import field_line

    if block is None or block.kind != BlockKind.paragraph:
        return None
    from plancheck.extract.fields import group_field_line

    fields = field_line(block.text) or group_field_line(block.text)
    roles = [role for role, _value in fields or []]
    if not fields or len(set(roles)) != len(roles):
        return None
    got = dict(fields)
    return got.get("owner"), got.get("deadline")


def _group_field_line(st: _State, block: Block) -> bool:
    """A line of fields whose label names its scope, the measures of a list ("Ansvarlig for alle
    indsatser: Park og Vej. Tidsplan: 2026–2027", :func:`plancheck.extract.fields.group_field_line`):
    no item and no field of the measure above it; its fields are given to the list's measures
    once the walk has read them (:func:`_group_fields`). True if taken."""
    from plancheck.extract.fields import group_field_line

    fields = group_field_line(block.text)
    if fields is None:
        return False
    st.group_field_lines.append((st.index, dict(fields)))
    return True


def _list_run(blocks: list[Block], index: int, step: int) -> list[Block]:
    """The list items right before (``step`` -1) or after (+1) block ``index``, a lead-in line
    ending in a colon between them and it allowed ("Indsatser:")."""
    k = index + step
    if step > 0 and 0 <= k < len(blocks) and blocks[k].kind == BlockKind.paragraph and blocks[k].text.rstrip().endswith(":"):
        k += step
    run: list[Block] = []
    while 0 <= k < len(blocks) and blocks[k].kind == BlockKind.list_item:
        run.append(blocks[k])
        k += step
    return run


def _group_fields(st: _State) -> None:
    """The fields of each scoped field line (:func:`_group_field_line`) given to every measure of
    the list right above it, or (none above) right under it, that lacks them: the plan names the
    owner and the time once for the group. A measure that names its own keeps it."""
    for index, fields in st.group_field_lines:
        run = _list_run(st.blocks, index, -1) or _list_run(st.blocks, index, 1)
        sources = {b.provenance.source_text or b.text for b in run}
        for m in st.plan.measures:
            if m.provenance.source_text not in sources:
                continue
            _set_fields(st, m, Fields(text=m.text, owner=fields.get("owner") if not m.owners else None,
                                      deadline=fields.get("deadline") if m.deadline is None else None, labelled=True))


def _foot_owner_line(st: _State, block: Block) -> bool:
    """A line of owner and deadline fields at the foot of a list of measures (:func:`_foot_fields`),
    right under its last item, where none of the list's measures names what the line gives of
    its own: the owner and deadline of every measure of the list, as a card prints one
    'Ansvarlig:' line under all its measures, or a plan one 'Ansvar: … · Frist: …' line under
    each group of bullets. True if taken."""
    found = _foot_fields(block)
    if found is None or st.index == 0:
        return False
    owner, deadline = found
    k = st.index - 1
    sources: set[str] = set()
    while k >= 0 and st.blocks[k].kind == BlockKind.list_item:
        sources.add(st.blocks[k].provenance.source_text or "")
        k -= 1
    measures = [m for m in st.plan.measures if m.provenance.source_text in sources]
    if not measures or (owner and any(m.owners for m in measures)) or (deadline and any(m.deadline for m in measures)):
        return False
    for m in measures:
        # (with the date each wrote beside it: the card gives every measure a place for one)
        _set_fields(st, m, Fields(text=m.text, owner=owner or m.owner_text,
                                  deadline=deadline or (m.deadline.text if m.deadline else None), labelled=True))
    return True


def _noted(st: _State) -> bool:
    """Is the block after the current one a note on it (:attr:`Block.item_note`) of who and
    when (:func:`note_fields`: "*Kultureininga* (Haust 2025)", "*Kultureininga*")?"""
    nxt = st.blocks[st.index + 1] if st.index + 1 < len(st.blocks) else None
    return nxt is not None and nxt.item_note and note_fields(nxt.text, st.lang) is not None


def _item_note(st: _State, block: Block, text: str) -> bool:
    """A note the layout found under a list item (:attr:`Block.item_note`: set apart in italics
    or a smaller size) of who and when of that item (:func:`note_fields`). When the item was
    read as a measure, who is its owner and when its deadline; either way the note is no item
    of its own. True if taken."""
    parts = note_fields(text, st.lang) if block.item_note else None
    if parts is None:
        return False
    prev = st.blocks[st.index - 1] if st.index > 0 else None
    m = st.last_candidate_measure
    if m is not None and prev is not None and prev.provenance.source_text == m.provenance.source_text:
        who, when = parts
        fields = Fields(text=m.text, owner=who if not m.owners else None,
                        deadline=when if m.deadline is None else None, unlabelled=True)
        _set_fields(st, m, fields)
    return True


def _fields_of_last_measure(st: _State, text: str) -> bool:
    """A line of fields only ("– Tidplan: 2025–2027") right after a measure that wrote its
    fields in its own line and lacks these: the end of that line, wrapped. True if taken."""
    from plancheck.extract.fields import _labelled_fields, _owner_then_deadline

    m = st.labelled if isinstance(st.labelled, Measure) else st.last_candidate_measure
    prev = st.blocks[st.index - 1] if st.index > 0 else None
    if m is None or prev is None or prev.provenance.source_text != m.provenance.source_text:
        return False
    fields = _labelled_fields(text.strip().lstrip("–—-•").strip())
    if not fields or not any(mm is m for mm, _f in st.inline_fields):
        return False
    fields = _owner_then_deadline(fields, st.lang)  # "– Ansvar: Rektorer – 31.12.2025"
    wanted = {"owner": not m.owners, "deadline": m.deadline is None}
    if not all(wanted[role] for role, _v in fields):
        return False
    _set_fields(st, m, Fields(text=m.text, owner=next((v for r, v in fields if r == "owner"), None),
                              deadline=next((v for r, v in fields if r == "deadline"), None), labelled=True))
    return True


#: an item code opening a paragraph: letters and a dash ("QL-1", "H-2.1") or one to three
#: capitals ("G1", "SO2.1") before the number, then the item's words
_CODE_OPENING = re.compile(
    r"^(?P<code>(?P<letters>[^\W\d_]{1,4})-\d{1,2}(?:\.\d{1,2}){0,2}|(?P<caps>[A-ZÆØÅÄÖ]{1,3})\d{1,2}(?:\.\d{1,2}){0,2})"
    r"\s+(?P<rest>[^\W\d_].*)$",
    re.DOTALL,
)


def _coded_outline_goal(st: _State, block: Block, text: str) -> bool:
    """A paragraph opening with an item code ("QL-1 Provide parks, trails and recreation programs
    …") right over a list of sub-items ("a. Update the master plan …"), in a chapter that names
    no role or only its focus area: the upper level of a two-level outline, a goal numbered by
    its code; its sub-items are read on as the chapter reads them (the ways to it). True if
    read so.

    Why: a strategic plan that codes its goals by focus area and letters the strategies under
    each sets the code in a hanging column, so the goal is a plain paragraph, and its words
    (an action verb: "Provide …", "Protect …") read as a measure's; the code repeated over the
    document (QL-1, SC-2 …, ``coded_outline_min_siblings``) and the list under it are what make
    it the outline's upper level, not its words."""
    settings = WalkSettings()
    m = _CODE_OPENING.match(text.strip())
    if m is None or len(m.group("rest").split()) < settings.band_sentence_min_words:
        return False
    nxt = st.blocks[st.index + 1] if st.index + 1 < len(st.blocks) else None
    if nxt is None or nxt.kind != BlockKind.list_item:
        return False
    if st.coded_shapes is None:
        # (codes of one shape: "QL-1", "SC-1", "EV-1" code goals of three areas)
        st.coded_shapes = {True: 0, False: 0}
        for b in st.blocks:
            o = _CODE_OPENING.match(b.text.strip()) if b.kind == BlockKind.paragraph else None
            if o is not None:
                st.coded_shapes[o.group("letters") is not None] += 1
    if st.coded_shapes[m.group("letters") is not None] < settings.coded_outline_min_siblings:
        return False
    _context_goal(st, _add_goal(st, block, m.group("rest").strip(), GoalKind.goal, number=m.group("code")))
    return True


def _fielded(text: str, lang: str) -> str | None:
    """"measure" for an item that writes a labelled owner or deadline field after its words
    ("Open a housing advice hub (Lead: Housing Options Team; by June 2027)", "… Ansvar: NAV"),
    None otherwise. Why: under a lead-in that may open goals or measures ("We will:"), an item
    whose verb the lexicon does not know is still a measure when the plan hands it to someone
    by a label: a goal is given no lead and no date of its own in such a field."""
    from plancheck.extract.fields import split_fields

    fields = split_fields(text, lang)
    return "measure" if fields.labelled and (fields.owner or fields.deadline) and fields.text.strip() else None


def _bare_measure_above(st: _State) -> Measure | None:
    """The last measure read, when it was read from the block right above the present one and
    has neither an owner nor a deadline yet: the measure a description under its title line may
    give them (:func:`_described_fields_of_last_measure`, :func:`_charge_of_last_measure`)."""
    prev = st.blocks[st.index - 1] if st.index > 0 else None
    if prev is None or not st.plan.measures:
        return None
    m = st.plan.measures[-1]
    if m.owners or m.deadline is not None or prev.provenance.source_text != m.provenance.source_text:
        return None
    return m


def _described_fields_of_last_measure(st: _State, block: Block, text: str) -> bool:
    """A paragraph right under a measure's own line ("Indsats 2.1 Tilbyde motion på recept …."
    set as a title) that describes it and closes with labelled owner and deadline fields ("…
    med en fysioterapeut. Ansvarlig: Sundhedscentret. Tidsplan: løbende.",
    :func:`plancheck.extract.fields.sentence_fields`): the measure's owner and deadline, when it
    has neither. True if taken; the paragraph is read on as before (its description is no item).

    Why: a plan that gives each measure a title line and a paragraph of its own writes the
    fields at the paragraph's end; the same paragraph run on from the title (a title that
    wraps) is read so by the measure's own line, a title that fills one line only lost them.
    The labels make the fields sure, so the title may end in a full stop (unlike a charge
    sentence, :func:`_charge_of_last_measure`)."""
    from plancheck.extract.fields import field_line, sentence_fields

    m = _bare_measure_above(st)
    if m is None or field_line(text) is not None:
        return False  # (a line of fields only holds for the list above it: _fields_under and its kin)
    fields = sentence_fields(text, st.lang, _emphasis_in(block, text))
    if fields is None or not (fields.owner or fields.deadline) or not fields.text.strip():
        return False
    _set_fields(st, m, Fields(text=m.text, owner=fields.owner, deadline=fields.deadline, labelled=True))
    return True


def _charge_of_last_measure(st: _State, text: str) -> bool:
    """A paragraph right under a measure's title line ("Tiltak 1.1 Kartlegge flomveier …", no full
    stop) that describes it and hands it to a unit in a sentence ("… Teknisk drift gjennomfører
    tiltaket innen utgangen av 2027.", :mod:`plancheck.extract.charge`): the measure's owner and
    deadline, when it has neither. True if found; the paragraph is read on as any other.

    Why: a plan that describes each measure in prose names who does it and by when in the
    prose; read as background, the measure lacks an owner and a deadline it has."""
    from plancheck.extract.charge import paragraph_charge

    m = _bare_measure_above(st)
    if m is None:
        return False
    if st.blocks[st.index - 1].text.rstrip().endswith((".", "!", "?", ":")):
        return False  # a measure sentence, not a title over its description
    found = paragraph_charge(text, m.text, st.lang)
    if found is None:
        return False
    _set_fields(st, m, Fields(text=m.text, owner=found.owner, deadline=found.when or None))
    return True


def _committed_sentences(st: _State, block: Block, text: str) -> bool:
    """The sentences of a paragraph under a goal that each commit a unit to a measure
    (:func:`plancheck.extract.charge.committed_sentence`: "Kultur- och fritidsförvaltningen
    ansvarar för att … senast 2027.", "Biblioteket ska … varje vecka."): each a measure of that
    goal, the sentence whole, its subject the owner and its time phrase the deadline. True if
    any; the paragraph's other sentences are background.

    Why: a plan that writes what is to be done as running text under each goal, not as a list,
    gives the owner and the time inside each sentence; only the goal read from the same
    section's label counts (a paragraph elsewhere is read as before)."""
    from plancheck.extract.charge import committed_sentence
    from plancheck.extract.prose import sentences
    from plancheck.lang.deadlines import without_leads

    goal = st.ctx_goal
    if goal is None or goal.section_id != block.section_id or st.role not in (None, "goal"):
        return False
    found = [(s, c) for s in sentences(text) if (c := committed_sentence(s, st.lang)) is not None]
    for sentence, charge in found:
        # the sentence is the measure's source text: what its findings quote, not the paragraph
        m = _add_measure(st, block, " ".join(sentence.split()).rstrip(" .!"), number=None,
                         provenance=block.provenance.model_copy(update={"source_text": sentence.strip()}))
        m.goal_ids.append(goal.id)
        m.has_owner_column = m.has_deadline_column = True  # the sentences give both their place
        when = without_leads(charge.when) if charge.when else None
        _set_fields(st, m, Fields(text=m.text, owner=charge.owner, deadline=when))
    return bool(found)


def _set_fields(st: _State, m: Measure, fields: Fields) -> None:
    from plancheck.lang.deadlines import parse_deadline
    from plancheck.lang.owners import split_owners

    if fields.owner:
        m.owner_text = fields.owner
        m.owners = split_owners(fields.owner, lang=st.lang)
    if fields.deadline:
        m.deadline = parse_deadline(fields.deadline, lang=st.lang)
    st.inline_fields.append((m, fields))


def _note_fields(st: _State, bodies: dict[str, str]) -> None:
    """The owner and deadline a measure's footnote or endnote gives ("Ansvar: … Frist: …" in the
    note its raised number points at; notes.note_field_values), where the measure has none of
    its own. A plan that puts the fields in notes gives every measure a place for them: one
    with no note, or a note without them, lacks them (see :func:`_inline_field_places`)."""
    from plancheck.extract.notes import note_field_values

    if not bodies:
        return
    given = {id(m): [f for ref in st.note_refs_of.get(id(m), []) for f in note_field_values(bodies.get(ref, ""))]
             for m in st.plan.measures}
    if not any(given.values()):
        return  # notes of sources and remarks only: they say nothing of who and when
    for m in st.plan.measures:
        fields = given[id(m)]
        owner = next((v for r, v in fields if r == "owner"), None) if not m.owners else None
        deadline = next((v for r, v in fields if r == "deadline"), None) if m.deadline is None else None
        _set_fields(st, m, Fields(text=m.text, owner=owner, deadline=deadline, labelled=bool(fields)))


def _inline_field_places(st: _State) -> None:
    """Measures written with their owner and deadline in the line itself: where the plan writes
    an owner field ("ansvar: …") for some, the others have a place for one too, and a missing
    one is a missing owner (the same for deadlines)."""
    if not any(f.labelled or f.unlabelled for _m, f in st.inline_fields):
        return
    has_owner = any(f.owner for _m, f in st.inline_fields)
    has_deadline = any(f.deadline for _m, f in st.inline_fields)
    for m, _f in st.inline_fields:
        m.has_owner_column = m.has_owner_column or has_owner
        m.has_deadline_column = m.has_deadline_column or has_deadline




# --------------------------------------------------------------------------- tables


