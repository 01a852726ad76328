"""Tables in a plan: measure tables, "Ansvarig | Tidsplan" tables under a numbered measure, and
record tables ("Goal | …", "Target | …", "Strategy | …" rows with their "Timeline | Lead" values).

Column roles come from the header words (:func:`plancheck.lang.vocab.column_role`); a table whose
header stands below a title row and a "Goals: …" row is read from its real header.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass
from functools import cache

from plancheck.extract.roles import heading_role, item_codes, label_role
from plancheck.extract.state import (
    GOAL_ROLES,
    _add_goal,
    _add_measure,
    _add_strategy,
    _clean,
    _set_vision,
    _State,
    item_described,
)
from plancheck.extract.tasklists import TaskList
from plancheck.ingest.text import join_lines, normalise
from plancheck.lang.vocab import (
    GOAL_MEANS,
    alternation,
    column_word_exact,
    evidence_words,
    is_status_value,
    table_words,
    words_pattern,
)
from plancheck.layout.lines import BULLETS
from plancheck.models import (
    Block,
    BlockKind,
    Cell,
    Deadline,
    DeadlineKind,
    Goal,
    GoalKind,
    Indicator,
    Measure,
    Owner,
    PlanPeriod,
    Provenance,
    Strategy,
    Table,
)

_BOX_ROLES = {"vision", "main_goal", "goal", "sub_goal"}


def _label_boxes(st: _State, block: Block, table: Table) -> bool:
    """Read a table of labelled boxes (a goal hierarchy drawn as a table: 'VISJON' / 'HOVUDMÅL'
    / 'DELMÅL A' on a cell's first line, its statement under it) as the vision and goals it
    labels, cell by cell in reading order, each with its code. True if read so.

    Why: a 'Målhierarki' or 'Goal tree' set as a Word table of boxes has no header row and no
    column roles, and as a grid of statements it read as nothing (session 39, a blind child plan
    whose every goal stood in such boxes). Every filled cell must open with a label of the
    lexicon's vision or goal words on a line of its own, at least two of them, one a goal.

    The label may name its goal or priority by number and short name ('PRIORITY 3 · SERIOUS
    VIOLENCE', 'Mål 2 – Trygg oppvekst', :func:`plancheck.extract.figuretiles.named_label`): a
    Word table used as a grid of shaded boxes, one outcome each, no header row. A priority's box
    holds a goal when what stands under its label is one whole sentence, as a numbered priority
    line does (:func:`plancheck.extract.roles.label_role`); the name is the box's title, the
    sentence the goal (session 47: a Police and Crime Plan's seven outcomes so, none read)."""
    from plancheck.extract.figuretiles import boxed_label, named_label

    cells = [*table.header, *(c.text for r in table.rows for c in r)]
    boxes: list[tuple[str, str | None, str]] = []
    for text in (t.strip() for t in cells if t and t.strip()):
        label, body = boxed_label(text)
        if (named := named_label(label)) is not None:
            label = named[0]  # "PRIORITY 3": the short name after it titles the box
        if not body.strip() or len(label.split()) > 3:
            return False
        role, num, rest = label_role(f"{label.strip()}: {' '.join(body.split())}")
        if role not in _BOX_ROLES:
            return False
        boxes.append((role, num, rest))
    if len(boxes) < 2 or not any(r != "vision" for r, _n, _t in boxes):
        return False
    for role, num, rest in boxes:
        if role == "vision":
            _set_vision(st, block, rest)
        else:
            _add_goal(st, block, rest, GoalKind(role), num)
    return True


def read_table(st: _State, block: Block) -> None:
    """Read one table block into the plan."""
    st.lead_in = None
    table = block.table
    assert table is not None
    if _record_table(st, block, table):
        return
    if _label_boxes(st, block, table):
        return
    from plancheck.extract.logframes import read_logframe

    if (activities := read_logframe(st, block, table)) is not None:
        # a logframe matrix: its levels are goals, its activities band a measure table
        if activities.rows:
            _read_table(st, block, activities, [], None)
        return
    titles = title_texts(table)
    prev = st.blocks[st.index - 1] if 0 < st.index <= len(st.blocks) else None
    before = len(st.plan.measures)
    parts = stacked_tables(table)
    if len(parts) > 1:
        for k, (caption, part) in enumerate(parts):
            if k == 0:
                _read_table(st, block, part, list(titles), prev)
            else:
                _read_table(st, block, part, [caption] if caption else [], None)
        return
    goals_before, strategies_before = len(st.plan.goals), len(st.plan.strategies)
    _read_table(st, block, table, titles, prev)
    if (
        len(st.plan.measures) == before and len(st.plan.goals) == goals_before
        and len(st.plan.strategies) == strategies_before and _label_rows(st, block, table)
    ):
        return
    if len(st.plan.measures) == before:
        _goal_of_empty_table(st, block, titles)


#: a table of labelled rows holds at least this many ('Aim 1 | …', 'Aim 2 | …')
LABEL_ROWS_MIN = 2


def _label_rows(st: _State, block: Block, table: Table) -> bool:
    """Read a table of labelled rows (two columns, no header: a numbered goal label alone in the
    first cell, 'Aim 1', 'Mål 2', 'Objective 3', the goal's sentence beside it in the second) as
    those goals, each with its number, when the table read as nothing else. True if read so.

    Why: a form or worksheet asks for its aims in a grid of slots ('Aims of the project': a row per aim,
    its label printed in the form's first column, the sentence filled in beside it); with no
    header row and no column roles it gave nothing, and the measures whose goal column cites the
    aims by number were left without goals (session 50, an improvement worksheet). Every row
    must be so: the label a goal word of the lexicon with a number and nothing else, the other
    cell one whole sentence, the numbers all different."""
    from plancheck.extract.roles import bare_label, states_one_sentence

    texts = [list(table.header), *([c.text if c else "" for c in row] for row in table.rows)]
    cells: list[Cell | None] = [None, *(row[1] if len(row) == 2 else None for row in table.rows)]
    found: list[tuple[str, str, str]] = []
    for row in texts:
        if len(row) != 2 or not all(t and t.strip() for t in row):
            return False
        label = bare_label(" ".join(row[0].split()))
        body = " ".join(row[1].split())
        if label is None or label[0] not in GOAL_ROLES or label[1] is None or not states_one_sentence(body):
            return False
        found.append((label[0], label[1], body))
    if len(found) < LABEL_ROWS_MIN or len({num for _r, num, _b in found}) < len(found):
        return False
    for (role, num, body), cell in zip(found, cells, strict=True):
        goal = _add_goal(st, block, body, GOAL_ROLES[role], number=num)
        # the row's own sentence, not the whole table, is what the goal quotes
        page = (cell.page if cell is not None else None) or goal.page
        goal.page = page
        goal.provenance = Provenance(page=page, bbox=cell.bbox if cell is not None else None, source_text=body,
                                     location=block.provenance.location)
    return True


#: a caption row between two stacked tables fills at most this many cells (a caption broken over
#: the first columns' grid: "Tiltak | for mål 2: …")
STACKED_CAPTION_CELLS = 2


def stacked_tables(table: Table) -> list[tuple[str | None, Table]]:
    """A ruled table that is several tables stacked one under the other, each with its own
    header row (the same column words, perhaps over other column lines), and a caption row
    between them ("Tiltak for mål 2: …"): each part with its caption (None for the first). A
    table with no body row repeating its header is one part, itself.

    Why: tables set close under each other, or captions drawn inside boxes whose edges touch
    the tables' (a wiki's expand macros printed open), are found as one grid; the later parts'
    columns then stand under the wrong heads (an owner under an empty column) and their
    captions read as rows (session 45). A header repeated after a page break (no caption row
    before it) is no new table: it is passed over where rows are read."""
    head = [normalise(h) for h in table.header if h and normalise(h)]
    if len(head) < 2:
        return [(None, table)]
    cuts: list[tuple[int, str]] = []  # (index of the repeated header row, the caption above it)
    for i, row in enumerate(table.rows):
        texts = [normalise(c.text) for c in row if c.text.strip()]
        if i == 0 or sorted(texts) != sorted(head):
            continue
        above = [c.text.strip() for c in table.rows[i - 1] if c.text.strip()]
        if not above or len(above) > STACKED_CAPTION_CELLS:
            continue
        cuts.append((i, " ".join(" ".join(above).split())))
    if not cuts:
        return [(None, table)]
    parts: list[tuple[str | None, Table]] = [(None, table.model_copy(update={"rows": table.rows[: cuts[0][0] - 1]}))]
    for k, (i, caption) in enumerate(cuts):
        end = cuts[k + 1][0] - 1 if k + 1 < len(cuts) else len(table.rows)
        header = [c.text for c in table.rows[i]]
        parts.append((caption, table.model_copy(update={"header": header, "rows": table.rows[i + 1 : end]})))
    return parts


def _owned_heads(st: _State) -> set[str]:
    """The action column heads of the document's tables whose header also names an owner
    column ('Tiltak | Ansvar | Frist'), wherever they stand; computed once."""
    if st.owned_heads is None:
        heads: set[str] = set()
        for b in st.blocks:
            if b.kind == BlockKind.table and b.table is not None:
                roles = table_roles(b.table.header, st.label_shift)
                if "measure" in roles and "owner" in roles:
                    heads.add(normalise(b.table.header[roles.index("measure")] or ""))
        st.owned_heads = heads - {""}
    return st.owned_heads


def _goal_of_empty_table(st: _State, block: Block, titles: list[str]) -> None:
    """A title row of a measure table that labels a goal ('Mål: …' in a merged row above the
    header) names that goal even when no row under it is a measure (a sheet whose rows are
    still to be agreed, holding a note alone): the goal, which has no measures. A table with
    measures gives the goal to its rows instead (linking makes it), so only a table that gave
    none, and only a goal not read already."""
    for text in titles:
        role, number, rest = label_role(text)
        if role not in GOAL_ROLES or not rest.strip():
            continue
        key = normalise(rest)
        known = {normalise(g.text) for g in st.plan.goals} | {
            normalise(label_role(m.table_goal_text)[2] or m.table_goal_text) for m in st.plan.measures if m.table_goal_text
        }
        if key and key not in known:
            goal = _add_goal(st, block, rest, GOAL_ROLES[role], number=number)
            table = block.table
            cell = next((c for row in (table.rows if table else []) for c in row if c.text == text), None)
            if cell is not None:  # the title row's own cell, not the whole table, is what it quotes
                goal.page = cell.page or goal.page
                goal.provenance = Provenance(page=goal.page, bbox=cell.bbox, source_text=rest,
                                             location=block.provenance.location)


def _read_table(st: _State, block: Block, table: Table, titles: list[str], prev: Block | None) -> None:
    if table.diagram:
        from plancheck.extract.logicmodels import diagram_columns

        if (found := diagram_columns(table.header)) is not None:
            # a diagram of boxes joined by lines: its levels are goals and measures, its lines links
            _chain_table(st, block, table, found[0], found[1], {}, {}, band_goal(st, titles, prev))
        return
    table = _find_header(st, block, table)
    from plancheck.extract.periodheads import numbered_part_heads

    if (heads := numbered_part_heads(table.header, st.lang)) != table.header:
        # "2026" spanning "1 | 2 | 3 | 4": each column named as its quarter ("3. kvartal 2026")
        table = table.model_copy(update={"header": heads})
    band = band_goal(st, titles, prev)
    if prev is not None and prev.kind == BlockKind.heading:
        titles.append(prev.text)
    if any(lists_done_work(t) for t in titles):
        return  # work done before this plan ("Gjennomført 2019–2022"): no measures of its own
    if _calendar(st, block, titles, band):
        return
    from plancheck.extract.cardgrid import CARD_ROLES, card_grid

    if (cards := card_grid(table, st.lang)) is not None:
        # measures drawn as cards in the areas of a matrix: one row per card
        _measure_table(st, block, cards, list(CARD_ROLES), band=band)
        return
    roles = table_roles(table.header, st.label_shift)
    if not any(roles) and _goal_just_read(st, block):
        # a goal's measure table printed with no header row: the roles its cells show
        from plancheck.extract.headerless import as_body, headerless_roles
        from plancheck.lang.vocab import COLUMN_WORDS

        if (found := headerless_roles(table, st.blocks, st.lang or "nb")) is not None:
            lang = st.lang or "nb"
            names = {r: (COLUMN_WORDS.get(r, {}).get(lang) or COLUMN_WORDS.get(r, {}).get("nb") or [""])[0]
                     for r in ("number", "measure", "owner", "deadline")}
            table = as_body(table, found, names)
            roles = table_roles(table.header, st.label_shift)
    # a header the document's earlier tables showed by their cells to be a deadline column
    roles = [st.content_columns.get(normalise(h or ""), r) if r is None and h else r for h, r in zip(table.header, roles, strict=True)]
    before = list(roles)
    roles = deadline_by_content(table, roles, st.lang, pooled=_header_cells(st))
    for h, r, was in zip(table.header, roles, before, strict=True):
        if r != was and h and normalise(h):
            st.content_columns[normalise(h)] = r  # type: ignore[assignment]
    roles = means_column_roles(table.header, roles)
    roles = coded_goal_roles(table.header, table.rows, roles)
    roles = cited_goal_roles(table.header, table.rows, roles)
    roles = numbered_measure_roles(table.header, table.rows, roles)
    table = labelled_owner_cells(table, roles)
    strong = any(r == "measure" and _STRONG_MEASURE.search(h or "") for h, r in zip(table.header, roles, strict=True))
    described = None
    if _items_in_first_column(table.header, roles):
        roles[0], strong = "measure", True
        key = " | ".join(normalise(h) for h in table.header)
        if (described := described_items(table, st.lang or "nb", seen=key in st.described_heads)) is not None:
            st.described_heads.add(key)
            # titled records whose titles name a place or a topic and whose descriptions say
            # the action ('Clock Tower Gardens' over 'Add benches along …'): the action is the item
            roles[0], roles[described] = None, "measure"
    from plancheck.extract.tasklists import task_list

    if (tasks := task_list(table, roles)) is not None:
        # printed from a project tool (a Gantt view, a WBS table): summary rows over their tasks
        _task_table(st, block, table, roles, tasks)
        return
    goal_marks = mark_goal_columns(table.header, table.rows, roles)
    for i in goal_marks:
        roles[i] = None  # a goal the row serves is its mark, not a goal column's text
    marks = mark_owner_columns(table.header, table.rows, roles) if "owner" not in roles else {}
    letters = None
    if not marks and "owner" not in roles and "measure" in roles:
        from plancheck.extract.raci import letter_owner_columns, read_legend

        if st.raci_legend is None:
            st.raci_legend = read_legend(st.blocks)  # once per document, not once per table
        if (matrix := letter_owner_columns(st.blocks, table, roles, legend=st.raci_legend)) is not None:
            marks, letters = matrix  # unit columns marked with the letters of a legend
    if marks:
        from plancheck.extract.raci import document_spelling

        # a narrow unit head broken at a compound's seam, spelt as the running text spells it
        marks = {i: document_spelling(unit, st.blocks) for i, unit in marks.items()}
    if (outline := numbered_outline(table, roles)) is not None:
        _outline_table(st, block, table, roles, outline, marks, goal_marks)
        return
    from plancheck.extract.logicmodels import chain_columns

    if (chain := chain_columns(roles)) is not None:
        _chain_table(st, block, table, roles, chain, marks, goal_marks, band)
        return
    roles = owned_goal_roles(roles, table.header)
    if "owner" not in roles and not marks and not strong:
        from plancheck.extract.activitycharts import activity_chart

        if (chart := activity_chart(table, roles)) is not None:
            # a Gantt chart of activities ('Insats | 2030 | 2031 | 2032', bars or X under the
            # years): its rows are measures, due by the end of their bars; a column tagging the
            # goal each serves ('TRYGGHET') names no goal of the plan
            roles[chart.label], strong = "measure", True
            for i in chart.tags:
                roles[i] = None
    head = normalise(table.header[roles.index("measure")] or "") if "measure" in roles else ""
    if "measure" in roles and not ("owner" in roles or marks or strong) and _owned_group(st, block):
        strong = True  # 'Aktivitet | Klart' under "Ansvarig: Kulturförvaltningen": the group's measures
    if "measure" in roles and not ("owner" in roles or marks or strong) and _indexed_rows(st, table, roles):
        strong = True  # 'Nr. | Indsats | Tidsfrist' whose numbers a lookup table by owner lists
    if "measure" in roles and ("owner" in roles or marks or strong):
        if "owner" in roles or marks:
            st.measure_heads.add(head)
        if "owner" not in roles and _repeats_items(st, table, roles.index("measure")):
            # a monitoring or summary table over actions listed before: only the numbered rows it
            # adds (an action whose own page the plan left out, "Project 3: …" under its
            # strategy) are new; an unnumbered row worded apart from the body is a restatement
            mcol = roles.index("measure")
            fresh = [r for r, seen in zip(table.rows, _repeated_rows(st, table, mcol), strict=True)
                     if not seen and numbered_cell(r[mcol].text)]
            if fresh:
                _measure_table(st, block, table.model_copy(update={"rows": fresh}), roles, marks, goal_marks, band,
                               letters=letters)
            return
        before = len(st.plan.measures)
        _measure_table(st, block, table, roles, marks, goal_marks, band, letters=letters)
        if described is not None:
            _record_fields(st, st.plan.measures[before:])
    elif "measure" in roles and "deadline" in roles and head and (head in st.measure_heads or head in _owned_heads(st)):
        # 'Tiltak | Frist' under a goal of a plan whose measure tables are 'Tiltak | Ansvar |
        # Frist': one of them, its rows naming no owner (the first goal's table as well as a
        # later one's)
        _measure_table(st, block, table, roles, marks, goal_marks, band, letters=letters)
    elif "measure" not in roles and (lanes := _swimlanes(table, roles)) is not None:
        # units (or goals) × times: each item in a cell is a measure its row owns (serves), due
        # by its column
        _measure_table(st, block, lanes[0], lanes[1], band=band)
    elif "owner" in roles and "references" in roles and linked_goal_table(roles):
        # 'Ref | Objective | Council Plan priority | Target | Lead': the plan's own
        # objectives, each linked to the overarching plan, with a lead; not owners of the
        # measure before the table
        _goal_table(st, block, table, roles)
    elif "owner" in roles and "measure" not in roles and (
        _is_measure_candidate(st.last_candidate, table, roles) or item_described(st)
    ):
        # the fields of the item above (its own small table, after its description if any)
        _attachment_table(st, block, table, roles)
    elif goal_table(table.header, measured_goal_roles(roles)):
        _goal_table(st, block, table, measured_goal_roles(roles))
    elif linked_goal_table(roles):
        _goal_table(st, block, table, roles)
    elif focus_grid(table, roles, st.lang):
        _focus_grid(st, block, table)
    elif coded_goal_grid(table, roles, st.lang):
        _coded_goal_grid(st, block, table)
    elif not {"owner", "deadline"} & set(table_roles(table.header, st.label_shift)) and (
        fielded := fielded_bullet_columns(table, st.lang, pooled=_header_cells(st))
    ):
        # "What the Government is doing | What we will do", the state's work beside ours:
        # no head names an owner or a deadline column (the dates in the bullets may make one look
        # like a deadline column by its content); the bullets that say who and when are the
        # plan's measures, under the goal above the table; what others do holds none
        before = len(st.plan.measures)
        _measure_table(st, block, fielded, ["measure"], band=band)
        made = st.plan.measures[before:]
        # the bullets' fields are the plan's place for who and when: one without them lacks them
        owned, dated = any(m.owner_text for m in made), any(m.deadline for m in made)
        for m in made:
            m.has_owner_column, m.has_deadline_column = m.has_owner_column or owned, m.has_deadline_column or dated
    # other tables (schedules, statistics, overviews of goals) hold no measures


def _calendar(st: _State, block: Block, titles: list[str], band: str | None) -> bool:
    """Read ``block`` as a calendar grid (:mod:`plancheck.extract.calendargrid`: boxes of months,
    quarters or weeks holding activities) if it is one: each activity a measure due in its box's
    period, of the year the heading over the grid (or the plan's title) names. True if read so."""
    from plancheck.extract.calendargrid import CALENDAR_ROLES, calendar_table, grid_year
    from plancheck.lang.deadlines import parse_deadline

    assert block.table is not None
    grid = calendar_table(block.table, block.provenance.page, lang=st.lang or "nb")
    if grid is None:
        return False
    before = len(st.plan.measures)
    _measure_table(st, block, grid, list(CALENDAR_ROLES), band=band)
    year = grid_year([*reversed(titles), st.plan.title or ""])
    period = st.plan.plan_period
    if year is not None and grid_year([st.plan.title or ""]) == year and not (period and period.start <= year <= period.end):
        # a calendar of the one year the plan's title names: a year plan ('Årsplan … 2027'), whatever
        # span of years a table of figures on its first pages shows ('Brannar 2019–2020')
        st.plan.plan_period = PlanPeriod(start=year, end=year, text=str(year))
    for m in st.plan.measures[before:]:
        if year is not None and m.deadline is not None and m.deadline.start is None:
            # the period's name as printed ('Januar'), its dates in the grid's year
            dated = parse_deadline(m.deadline.text, lang=st.lang, reference_year=year)
            if dated is not None and dated.start is not None:
                m.deadline = dated
        elif (year is None and period is not None and period.end > period.start and m.deadline is not None
              and m.deadline.start is None and m.deadline.kind == DeadlineKind.period):
            # a calendar of no one year in a plan of several (a year wheel): its months come round
            # every year of the plan ('Januar' is each January)
            m.deadline = m.deadline.model_copy(update={"kind": DeadlineKind.recurring})
    return True


def _swimlanes(table: Table, roles: list[str | None]) -> tuple[Table, list[str | None]] | None:
    """The table as owner (or goal) / measure / deadline rows and their roles when it is a grid
    of units (or goals) × times (:mod:`plancheck.extract.swimlanes`), else None."""
    from plancheck.extract.swimlanes import swimlane_grid

    return swimlane_grid(table, roles)


def _owned_group(st: _State, block: Block) -> bool:
    """Does a heading over the table name the body that owns its rows (extract/groupowners.py)?"""
    from plancheck.extract.groupowners import owner_over

    return owner_over(st.plan.sections, block.section_id, st.lang) is not None


def _indexed_rows(st: _State, table: Table, roles: list[str | None]) -> bool:
    """Does a lookup table by owner elsewhere in the document (extract/keyed.py) list the
    numbers of at least ``KeyedSettings.min_matches`` of this table's rows?"""
    from plancheck.extract.keyed import KeyedSettings, indexed_codes, row_codes

    if "number" not in roles:
        return False
    if st.indexed_codes is None:
        st.indexed_codes = indexed_codes(st.blocks)  # once per document, not once per table
    if not st.indexed_codes:
        return False
    col = roles.index("number")
    listed = sum(1 for row in table.rows if col < len(row)
                 and any(c in st.indexed_codes for c in row_codes(row[col].text) or []))
    return listed >= KeyedSettings().min_matches


def _header_roles(text: str) -> set[str]:
    """The column roles the words of a header cell name one by one ("Goal, objective and
    action" → goal and measure)."""
    from plancheck.lang.vocab import column_role

    return {r for w in re.findall(r"[^\W\d_]+", text or "") if (r := column_role(w)) is not None}


def numbered_outline(table: Table, roles: list[str | None]) -> tuple[int, int, list[int]] | None:
    """(number column, text column, depth of each row's number) of a table that numbers one
    column of goals and actions as an outline: its header names a goal and an action role in
    one cell ("Aim, objective and task") and no column holds measures alone; the number
    column numbers the rows hierarchically ('1' / '1.1' / '1.1.1') over two depths or more; the
    rows at the deepest depth, and only they, fill an owner or deadline cell. Then the depth
    of the number says what a row is: the deepest rows are the actions (measures), those above
    them their goals and, between, sub-goals (objectives) — as a numbered outline of headings
    does. A row with no number (0) goes with the rows around it. None for any other table."""
    if "measure" in roles or "number" not in roles:
        return None
    ncol = roles.index("number")
    tcol = next((i for i, h in enumerate(table.header)
                 if i != ncol and roles[i] in ("goal", None) and {"goal", "measure"} <= _header_roles(h)), None)
    if tcol is None:
        return None
    depths = []
    for row in table.rows:
        m = _CELL_OUTLINE_NUMBER.match(row[ncol].text) if ncol < len(row) else None
        depths.append(m.group(1).rstrip(".").count(".") + 1 if m and m.group(1)[:1].isdigit() else 0)
    numbered = sorted({d for d in depths if d})
    if len(numbered) < 2:
        return None
    deepest = numbered[-1]
    fields = [i for i, r in enumerate(roles) if r in ("owner", "deadline")]

    def fills(row: list[Cell]) -> bool:
        return any(i < len(row) and row[i].text.strip() for i in fields)

    if not any(d == deepest and fills(row) for d, row in zip(depths, table.rows, strict=True)):
        return None
    if any(d and d < deepest and fills(row) for d, row in zip(depths, table.rows, strict=True)):
        return None
    return ncol, tcol, depths


def _outline_table(
    st: _State, block: Block, table: Table, roles: list[str | None], outline: tuple[int, int, list[int]],
    marks: dict[int, str], goal_marks: dict[int, str],
) -> None:
    """A table numbered as an outline of goals and actions (:func:`numbered_outline`): each
    row above the deepest depth is a goal (the top depth) or a sub-goal, made where it stands;
    the rows of the deepest depth under it are read as a measure table and serve it."""
    ncol, tcol, depths = outline
    deepest = max(depths)
    top = min(d for d in depths if d)
    mroles = list(roles)
    mroles[tcol] = "measure"
    head: Goal | None = None
    run: list[list[Cell]] = []

    def flush() -> None:
        if not run:
            return
        n = len(st.plan.measures)
        _measure_table(st, block, table.model_copy(update={"rows": list(run)}), mroles, marks, goal_marks)
        if head is not None:
            for m in st.plan.measures[n:]:
                m.goal_ids = [head.id]
        run.clear()

    for row, depth in zip(table.rows, depths, strict=True):
        if not depth or depth == deepest:
            run.append(row)
            continue
        flush()
        cell = row[tcol]
        if not cell.text.strip():
            continue
        number = row[ncol].text.strip().rstrip(".")
        head = _add_goal(st, block, cell.text, GoalKind.goal if depth == top else GoalKind.sub_goal, number=number)
        location = block.provenance.location
        head.page = cell.page or block.provenance.page
        head.provenance = Provenance(page=head.page, bbox=cell.bbox, source_text=cell.text,
                                     location=f"{location}, row {cell.row + 1}" if location else None)
    flush()


def _task_table(st: _State, block: Block, table: Table, roles: list[str | None], tasks: TaskList) -> None:
    """A task list printed from a project tool (:mod:`plancheck.extract.tasklists`): each summary
    row a goal (a summary inside another a sub-goal of it), made where it stands; the tasks under
    it, milestones left out, read as a measure table of its name, owner, start and finish
    columns alone (the bar area and its labels hold nothing) and serving it."""
    keep = [i for i, r in enumerate(roles) if r in ("measure", "owner", "deadline", "start")]
    sub = table.model_copy(update={"header": [table.header[i] for i in keep]})
    sub_roles = [roles[i] for i in keep]
    stack: list[tuple[int, Goal]] = []
    run: list[list[Cell]] = []
    run_goal: Goal | None = None

    def flush() -> None:
        if not run:
            return
        n = len(st.plan.measures)
        _measure_table(st, block, sub.model_copy(update={"rows": list(run)}), sub_roles)
        for m in st.plan.measures[n:]:
            m.goal_ids = [run_goal.id] if run_goal is not None else []
            m.table_goal_text = None
        run.clear()

    for k, row in enumerate(table.rows):
        depth = tasks.depths[k]
        if depth is None or k in tasks.project:
            continue
        while stack and stack[-1][0] >= depth:
            stack.pop()
        parent = stack[-1][1] if stack else None
        if k in tasks.summaries:
            cell = row[tasks.name_col]
            goal = _add_goal(st, block, cell.text, GoalKind.goal if parent is None else GoalKind.sub_goal, number=None)
            if parent is not None:
                goal.parent_id = parent.id
            location = block.provenance.location
            goal.page = cell.page or block.provenance.page
            goal.provenance = Provenance(page=goal.page, bbox=cell.bbox, source_text=cell.text,
                                         location=f"{location}, row {cell.row + 1}" if location else None)
            stack.append((depth, goal))
            continue
        if k in tasks.milestones:
            continue  # a checkpoint on the way, no measure
        if parent is not run_goal:
            flush()
            run_goal = parent
        run.append([row[i] if i < len(row) else Cell(row=k, col=i, text="") for i in keep])
    flush()


def _chain_table(st: _State, block: Block, table: Table, roles: list[str | None], chain: tuple[int, list[int]],
                 marks: dict[int, str], goal_marks: dict[int, str], band: str | None) -> None:
    """A logic model read as a table (extract/logicmodels.py): each row's goal-level cells are
    a goal and its sub-goals, made where they stand; its measure cell a measure serving the
    nearest of them."""
    from plancheck.extract.fields import split_fields
    from plancheck.extract.logicmodels import row_goals

    mcol, goal_cols = chain
    mroles = [None if i in goal_cols else r for i, r in enumerate(roles)]
    header = list(table.header)
    # a box gives its owner and deadline as fields under its text ('Ansvar: X · Frist: Y'):
    # read as the columns the table does not have (a box without the field has none)
    split = {id(row): split_fields(row[mcol].text, st.lang) for row in table.rows if mcol < len(row)}
    fielded = not {"owner", "deadline"} & set(roles) and any(f.labelled for f in split.values())
    if table.diagram and not fielded and not {"owner", "deadline"} & set(roles):
        # boxes of a diagram with an unlabelled line of fields under their text, set apart in
        # type ('Skolekontoret · Våren 2031' under a metro map's station): owner and time
        split = {**split, **field_lines(table.rows, mcol, st.lang)}
        fielded = any(f.labelled for f in split.values())
    if fielded:
        mroles += ["owner", "deadline"]
        header += ["", ""]
    made: dict[tuple[int, str], Goal] = {}
    boxes: dict[int, list[Measure]] = {}  # a diagram's row → the measures its measure box gave
    for ri, row in enumerate(table.rows):  # (``merged_from`` counts the body rows from 0)
        nearest = row_goals(st, block, row, goal_cols, made)
        if mcol >= len(row) or not row[mcol].text.strip():
            continue
        if table.diagram and row[mcol].merged_from is not None:
            # a box a second line reaches: the same measure, linked to this row's goal as well
            for m in boxes.get(row[mcol].merged_from, []):
                if nearest is not None and nearest.id not in m.goal_ids:
                    m.goal_ids.append(nearest.id)
            continue
        if fielded:
            f = split[id(row)]
            cell = row[mcol]
            extra = [cell.model_copy(update={"text": f.owner or "" if f.labelled else "", "col": len(row)}),
                     cell.model_copy(update={"text": f.deadline or "" if f.labelled else "", "col": len(row) + 1})]
            row = [*row[:mcol], cell.model_copy(update={"text": f.text if f.labelled else cell.text}), *row[mcol + 1:],
                   *extra]
        n = len(st.plan.measures)
        _measure_table(st, block, table.model_copy(update={"rows": [row], "header": header}), mroles, marks, goal_marks,
                       band)
        for m in st.plan.measures[n:]:
            m.goal_ids = [nearest.id] if nearest is not None else []
            m.table_goal_text = None
        boxes[ri] = st.plan.measures[n:]
    if table.diagram:
        _diagram_root(made, goal_cols)


@dataclass(frozen=True)
class FieldLineSettings:
    """How many boxes of a diagram must close with a line of fields joined by a separator."""

    min_boxes: int = 2
    max_words: int = 10


#: the separator between the owner and the time on a box's field line ('Skolekontoret · 2031')
_FIELD_SEPARATOR = re.compile(r"\s[·|•]\s")


def field_lines(rows: list[list[Cell]], mcol: int, lang: str,
                settings: FieldLineSettings = FieldLineSettings()) -> dict[int, object]:
    """The fields of the boxes of a diagram's measure column whose last line (a line of their
    own: the layout sets a line in another type apart) gives the owner and the time joined by a
    separator ('Skolekontoret · Våren 2031'), or one of them alone in boxes beside such ones
    ('2030', 'Skolekontoret'): per row id, the box's text without that line and its owner and
    deadline, as a labelled split gives them. Empty unless ``min_boxes`` boxes or more close with
    a separated line of at most ``max_words`` words."""
    from plancheck.extract.fields import Fields
    from plancheck.lang.deadlines import split_deadline

    lines = {id(r): r[mcol].text.rsplit("\n", 1) for r in rows if mcol < len(r) and "\n" in r[mcol].text.strip()}
    lines = {k: v for k, v in lines.items() if len(v[1].split()) <= settings.max_words}
    if sum(1 for _t, last in lines.values() if _FIELD_SEPARATOR.search(last)) < settings.min_boxes:
        return {}
    out: dict[int, object] = {}
    for key, (text, last) in lines.items():
        owner, deadline = split_deadline(last)
        owner = _FIELD_SEPARATOR.sub(" ", f" {owner} ").strip(" ·|•")
        deadline = deadline.strip(" ·|•")
        out[key] = Fields(text=" ".join(text.split()), owner=owner or None, deadline=deadline or None, labelled=True)
    return out


def _diagram_root(made: dict[tuple[int, str], Goal], goal_cols: list[int]) -> None:
    """A diagram whose farthest goal level is one box over two or more goal levels (the aim of a
    driver diagram, a goal tree's hovedmål): that box is the plan's main goal and the level
    under it its goals."""
    if len(goal_cols) < 2:
        return
    top = [g for (col, _t), g in made.items() if col == goal_cols[-1]]
    if len(top) != 1:
        return
    top[0].kind = GoalKind.main_goal
    for (col, _t), g in made.items():
        if col == goal_cols[-2]:
            g.kind = GoalKind.goal


def mark_owner_columns(header: list[str], rows: list[list[Cell]], roles: list[str | None]) -> dict[int, str]:
    """The unit columns of an responsibility matrix (ansvarsmatrise): column → the unit it names.

    A header cell with an owner word ("Ansvar", "Ansvarlig", "Hovedansvar") spans several
    narrow columns, each named by a unit ("Oppvekst | Helse | Kultur"), and a row's owners are
    the units whose cell holds a mark (:data:`MARK_GLYPHS`); a row with no mark has no owner.
    The columns are those headed "<unit> (<spanning text>)" whose spanning text has the owner
    role, whose own text has no role of its own, and whose filled body cells are all marks (at
    least one, or none in a group of two columns or more). Of two such groups ("Hovedansvar" and "Medansvar" over the same units) the one
    :func:`table_roles` keeps as the owner column is the owner; the other names partners."""
    from plancheck.lang.vocab import column_role

    groups: dict[str, list[int]] = {}
    for i, (h, r) in enumerate(zip(header, roles, strict=False)):
        m = _GROUPED_HEAD.match(h or "")
        if r is None and m and column_role(m.group("own")) is None:
            groups.setdefault(m.group("group").strip(), []).append(i)
    names = list(groups)
    kept = [g for g, r in zip(names, table_roles(names), strict=True) if r == "owner"]
    out: dict[int, str] = {}
    for g in kept:
        cols = groups[g]
        filled = [row[i].text.strip() for row in rows for i in cols if i < len(row) and row[i].text.strip()]
        # (no mark at all, under two unit columns or more: a matrix whose rows mark no unit yet,
        # its one row 'Tilby kurs …' with a deadline alone; its header still says what it is)
        if (filled and all(_MARK.match(t) for t in filled)) or (not filled and len(cols) > 1):
            for i in cols:
                m = _GROUPED_HEAD.match(header[i])
                assert m is not None
                out[i] = m.group("own").strip()
    return out


def mark_goal_columns(header: list[str], rows: list[list[Cell]], roles: list[str | None]) -> dict[int, str]:
    """The goal columns of a goal × measure cross matrix (målkryss): column → the goal it names.

    A header cell with a goal word ("Bidrar til mål", "Delmål", "Contributes to goal") spans
    several narrow columns, each headed by a goal's number or short name ("1 | 2 | 3", "Bygg |
    Uterom"), and a row serves the goals whose cell holds a mark (:data:`MARK_GLYPHS`). Also
    read: columns each headed by a goal word with a number and no spanning cell ("Mål 1 | Mål
    2"), and columns headed by codes of the same letters ("O1 | O2 | O3"), which name a goal
    only when a declared goal opens with that code. The columns are those of one group (two at least) whose filled body cells are all
    marks (at least one). Why: read by the header words alone, the group is one goal column,
    and its first column's mark ("X") would be taken for a goal's name."""
    from plancheck.lang.vocab import column_role

    groups: dict[str, list[int]] = {}
    for i, h in enumerate(header):
        if i >= len(roles) or roles[i] not in (None, "goal"):
            continue
        m = _GROUPED_HEAD.match(h or "")
        if m and column_role(m.group("group")) == "goal" and column_role(m.group("own")) in (None, "goal"):
            groups.setdefault(m.group("group").strip(), []).append(i)
        elif not m and column_role(h or "") == "goal" and _NUMBERED_GOAL_HEAD.match(h or ""):
            groups.setdefault("", []).append(i)
        elif not m and roles[i] is None and _CODE_HEAD.match(h or "") and column_role(h or "") is None:
            # a column headed by a goal's code alone ("O1 | O2 | O3"): named when the code names a
            # declared goal (link.match_goal); the codes of one group share their letters
            groups.setdefault("#" + _CODE_HEAD.match(h).group(1).upper(), []).append(i)
    out: dict[int, str] = {}
    for name, cols in groups.items():
        if len(cols) < 2:
            continue
        filled = [row[i].text.strip() for row in rows for i in cols if i < len(row) and row[i].text.strip()]
        if not filled or not all(_MARK.match(t) for t in filled):
            continue
        for i in cols:
            m = _GROUPED_HEAD.match(header[i]) if name and not name.startswith("#") else None
            out[i] = m.group("own").strip() if m else header[i].strip()
    return out


# a column headed by a code alone, letters and a number ("O1", "G-2", "SM3"): its letters
_CODE_HEAD = re.compile(r"^\s*([^\W\d_]{1,3})-?\d{1,2}\s*$")
# a column headed by a goal word and a number ("Mål 2", "Delmål 4.2", "Goal 4")
_NUMBERED_GOAL_HEAD = re.compile(r"^\s*[^\W\d_]+\.?\s+\d{1,2}(?:\.\d{1,2})*\.?\s*$")


def means_column(header: str) -> bool:
    """Is this header cell a column saying how a goal is reached ("Slik gjer vi det", "Hvordan",
    "Så gör vi", "How we will get there")? The whole cell is a word of the lexicon's
    ``tables.means_columns``, or it opens with a ``goal_means`` phrase ("Slik når vi målet")."""
    text = normalise(header or "").lower().strip(" .:;*")
    return bool(text) and bool(_MEANS_COLUMN.match(text) or _GOAL_MEANS_HEAD.match(text))


def means_column_roles(header: list[str], roles: list[str | None]) -> list[str | None]:
    """``roles`` with a "how" column (:func:`means_column`) given the role it has in this table:
    beside a goal column with nothing but number, indicator or strategy columns it is the
    goals' strategy column (``Delmål | Slik gjer vi det``: the ways to each goal); with an
    owner or deadline column and no measure column it is the measure column (``Mål | Hvordan |
    Ansvar``: what is done, by whom); anywhere else it keeps no role.

    Why a role of its own in tables only: "Hvordan" or "How" also heads the description of a
    measure beside a "Hva" column, and a paragraph label "Hvordan:" is no strategy."""
    means = [i for i, (h, r) in enumerate(zip(header, roles, strict=True)) if r is None and means_column(h)]
    if len(means) != 1:
        return roles
    out = list(roles)
    if "goal" in roles and "strategy" not in roles and all(r in _GOAL_TABLE_ROLES for r in roles):
        out[means[0]] = "strategy"
    elif "measure" not in roles and {"owner", "deadline"} & set(roles):
        out[means[0]] = "measure"
    return out


def owned_goal_roles(roles: list[str | None], header: list[str] | None = None) -> list[str | None]:
    """``roles`` with the goal column of a table that has an owner and a deadline column and no
    measure column read as its measure column ("Objective | Measure of success | Deadline |
    Lead").

    Why: a lead and a deadline are what an action carries; a row giving both says what will be
    done, by whom, by when, whatever its first column is called (a SMART table names its first
    column 'Objective (Specific)' after the criterion, and the criterion 'Measurable' heads the
    row's indicator). A goal column beside only one of them, or beside a measure column, stays
    the goal column, and so does one whose header names more than goals ('Goal, objective and
    action' over a numbered outline of both)."""
    if "measure" in roles or roles.count("goal") != 1 or not {"owner", "deadline"} <= set(roles):
        return roles
    if header is not None and _header_roles(header[roles.index("goal")]) - {"goal"}:
        return roles
    return ["measure" if r == "goal" else r for r in roles]


@dataclass(frozen=True)
class CodedGoalSettings:
    """When a goal column of codes only hands its place to the column of text beside it."""

    min_rows: int = 2  # filled goal cells, every one of them codes only
    min_words: float = 4.0  # the text column's cells hold at least this many words on average


def coded_goal_roles(
    header: list[str], rows: list[list[Cell]], roles: list[str | None],
    settings: CodedGoalSettings = CodedGoalSettings(),
) -> list[str | None]:
    """``roles`` with a goal column whose every filled cell holds only the codes of goals
    ("O2", "CP1, CP3", "M1 og M4") read as the row's references, and the one column of no role
    whose cells are phrases ('Scheme', 'Prosjekt', 'Projekt': a header no lexicon names) read as
    the measure column, in a table with an owner or a deadline column and no measure column.

    Why: the codes name goals stated elsewhere (the plan followed up, 'Council Plan objectives'): a
    citation of each row, not its text; the work the row's owner does by its deadline is the
    column that says it in words, whatever its header (session 36: an implementation plan's
    'Ref | Scheme | … objectives | Cost | Lead | Year' was read as ten measures named by a code)."""
    if "measure" in roles or roles.count("goal") > 1 or not {"owner", "deadline"} & set(roles):
        return roles

    def coded(i: int) -> bool:
        cells = [r[i].text.strip() for r in rows if i < len(r) and r[i].text.strip()]
        return len(cells) >= settings.min_rows and all(_only_codes(c) for c in cells)

    # the goal column, or one of no role whose header the lexicon does not read (a wrapped
    # header joined at its line break, "Kommunplanensmål"), holding codes only
    cands = [i for i, r in enumerate(roles) if r in ("goal", None) and (header[i] or "").strip() and coded(i)]
    if "goal" in roles and cands != [roles.index("goal")]:
        return roles
    if len(cands) != 1:
        return roles
    g = cands[0]
    text = _phrase_column(header, rows, roles, g, settings.min_rows, settings.min_words)
    if text is None:
        return roles
    out = list(roles)
    out[text], out[g] = "measure", "references"
    return out


def _phrase_column(
    header: list[str], rows: list[list[Cell]], roles: list[str | None], skip: int, min_rows: int, min_words: float
) -> int | None:
    """The one headed column of no role (other than ``skip``) whose filled cells, at least
    ``min_rows`` of them, hold ``min_words`` words or more on average: the column of the
    measures' wording; None when there is none or more than one."""
    texts: list[int] = []
    for i, r in enumerate(roles):
        if r is not None or i == skip or not (header[i] or "").strip():
            continue
        cells = [row[i].text.strip() for row in rows if i < len(row) and row[i].text.strip()]
        words = [len(re.findall(r"[^\W\d_]+", c)) for c in cells]
        if len(cells) >= min_rows and sum(words) / len(words) >= min_words:
            texts.append(i)
    return texts[0] if len(texts) == 1 else None


@dataclass(frozen=True)
class NumberedMeasureSettings:
    """When a measure column of item numbers only hands its place to the column of text beside it."""

    enabled: bool = True
    min_rows: int = 1  # filled measure cells, every one of them an item number alone
    min_words: float = 3.0  # the text column's cells hold at least this many words on average


#: an item number alone: '21.01', '1.2.3', '4.', 'A2', 'T-3' (no word of text after it)
_BARE_ITEM_NUMBER = re.compile(r"^(?:[^\W\d_]{1,3}[-.]?)?\d{1,4}(?:[.\-/]\d{1,4})*[.)]?$")


def numbered_measure_roles(
    header: list[str], rows: list[list[Cell]], roles: list[str | None],
    settings: NumberedMeasureSettings = NumberedMeasureSettings(),
) -> list[str | None]:
    """``roles`` with a measure column whose every filled cell is an item number alone ('21.01')
    read as the number column, and the one column of no role whose cells are phrases (a head no
    lexicon names: 'Beskrivelse', 'Text') read as the measure column, in a table with an owner
    or a deadline column and no number column.

    Why: a report printed from a financial or case system heads its key column with the measure
    word ('Tiltak', 'Action': the record's number) and gives the measure's wording a column of
    its own; read by the head alone, every measure was a number and its text no item at all."""
    if not settings.enabled or "measure" not in roles or "number" in roles or not {"owner", "deadline"} & set(roles):
        return roles
    m = roles.index("measure")
    cells = [r[m].text.strip() for r in rows if m < len(r) and r[m].text.strip()]
    if len(cells) < settings.min_rows or not all(_BARE_ITEM_NUMBER.match(c) for c in cells):
        return roles
    text = _phrase_column(header, rows, roles, m, settings.min_rows, settings.min_words)
    if text is None:
        return roles
    out = list(roles)
    out[text], out[m] = "measure", "number"
    return out


_CITED_GOAL_CELL = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})?\s*[–—-]\s*\S")


def cited_goal_roles(
    header: list[str], rows: list[list[Cell]], roles: list[str | None],
    settings: CodedGoalSettings = CodedGoalSettings(),
) -> list[str | None]:
    """``roles`` with a column of no role read as the goal each row serves when its header is
    the word the plan labels its goals or priorities with ("Priority", "Mål", "Satsingsområde":
    the lexicon's label words for goals and focus areas; a sort mark after it, "Priority ⇅", is
    no word) and every filled cell cites one of them by number and a short name ("2 – Fewer
    flooded streets"), in a table with a measure column.

    Why: read by its header alone, "Priority" is as often a measure's urgency (High, Low); the
    cells' form says it is the goal's number, which the linking stage matches as it does any goal
    cell ("Mål 2")."""
    if "measure" not in roles or "goal" in roles:
        return roles
    from plancheck.extract.roles import _label_role_of

    out = list(roles)
    for i, r in enumerate(roles):
        head = " ".join(re.findall(r"[^\W\d_]+", header[i] or ""))
        if r is not None or _label_role_of(head) not in ("goal", "main_goal", "focus_area"):
            continue
        cells = [row[i].text.strip() for row in rows if i < len(row) and row[i].text.strip()]
        if len(cells) >= settings.min_rows and all(_CITED_GOAL_CELL.match(c) for c in cells):
            out[i] = "goal"
            break
    return out


def _items_in_first_column(header: list[str], roles: list[str | None]) -> bool:
    """A first column with no header beside owner or deadline columns names the items they
    belong to (row heads; the titles of records written as "title / Ansvar: … / Frist: …")."""
    return (
        len(header) >= 2
        and not header[0].strip()
        and "measure" not in roles
        and any(r in ("owner", "deadline") for r in roles[1:])
    )


@dataclass(frozen=True)
class DescribedItemSettings:
    """When the description column of titled records (:func:`described_items`) holds the items."""

    title_max_words: int = 6  # a title of a few words, no number, no closing stop
    min_action_rows: int = 1  # descriptions opening with an action verb, in at least this many rows


def described_items(table: Table, lang: str, settings: DescribedItemSettings = DescribedItemSettings(),
                    seen: bool = False) -> int | None:
    """The index of the description column of a table of titled records (header '' for the
    titles, the field labels, '' for the descriptions: :mod:`plancheck.layout.records`) when the
    descriptions, not the titles, are the items: every title a few words (``title_max_words``)
    with no number and no closing stop, none opening with an action verb (the lexicon's
    ``evidence.action_verbs``); every titled row described by a sentence that closes with a stop
    and is longer than its title, at least ``min_action_rows`` of them opening with an action
    verb. A story map's tour stops or a card per site ('Harbour steps' over 'Rebuild the steps
    …', 'Lead: …'): the title names the place, the sentence the work. ``seen``: an earlier table of
    the document with the same header was read so (the cards of one story, a few per table):
    its descriptions need no action verb of their own. None otherwise."""
    from plancheck.extract.features import _action_verbs

    header = table.header
    if len(header) < 3 or header[0].strip() or header[-1].strip():
        return None
    last = len(header) - 1
    verbs = _action_verbs(lang)

    def opens_action(text: str) -> bool:
        words = re.findall(r"[^\W\d_]+", text)
        return bool(words) and words[0].lower() in verbs

    rows = [r for r in table.rows if len(r) > last and r[0].text.strip()]
    if not rows:
        return None
    actions = 0
    for r in rows:
        title, desc = " ".join(r[0].text.split()), " ".join(r[last].text.split())
        if (len(title.split()) > settings.title_max_words or any(ch.isdigit() for ch in title)
                or title.endswith((".", "!", "?", ":", ";")) or opens_action(title)):
            return None
        if not desc.endswith((".", "!")) or len(desc.split()) <= len(title.split()):
            return None
        actions += opens_action(desc)
    return last if seen or actions >= settings.min_action_rows else None


_STRONG_MEASURE = re.compile(alternation(table_words("measure_stems")), re.IGNORECASE)
# the lexicon's tables.means_columns (the whole cell) and goal_means (opening the cell)
_MEANS_COLUMN = re.compile(rf"^(?:{alternation(table_words('means_columns'))})$", re.IGNORECASE)
_GOAL_MEANS_HEAD = re.compile(
    rf"^(?:{alternation([w for ws in GOAL_MEANS.values() for w in ws])})\b", re.IGNORECASE
)
def _horizon() -> re.Pattern[str]:
    """A horizon header ("Short-term", "Kort sikt", "Lång sikt"): the lexicon's time.horizons and
    horizon_unit, the English unit optional and joined by a hyphen, a space or nothing (a header
    cell too narrow for "Short term" breaks it over two lines, which the cell's line mending may
    join as one word: "Shortterm"), the Nordic one required, perhaps made an adjective by one of
    time.horizon_endings ("Kortsiktig", "Langsigtet"). Brackets may follow: the years the
    horizon spans ("Kortsigtet (2026–2027)") and the name of a header cell spanning it, which the
    readers write in brackets after the column's own ("… (Tidshorisont)")."""
    from plancheck.lang.timewords import horizon_endings, horizons

    en, en_unit = horizons("en")
    # the Nordic languages' words and nouns ("kort sikt", "medellång sikt", "lang sigt")
    nordic = ("nb", "nn", "sv", "da")
    no = list(dict.fromkeys(w for lang in nordic for w in horizons(lang)[0]))
    no_unit = list(dict.fromkeys(u for lang in nordic for u in horizons(lang)[1]))
    endings = list(dict.fromkeys(e for lang in nordic for e in horizon_endings(lang)))
    ending = rf"(?:{alternation(endings)})?" if endings else ""
    brackets = r"(?:\s*\([^()]*\))*"
    return re.compile(
        rf"^({alternation(en)})([- ]?(?:{alternation(en_unit)}))?{brackets}$"
        rf"|^({alternation(no)})\s*(?:{alternation(no_unit)}){ending}{brackets}$",
        re.IGNORECASE,
    )


_HORIZON = _horizon()


# a bracket holding no digit: the name of a header cell spanning the column, not its years
_TIMELESS_BRACKET = re.compile(r"\s*\([^()\d]*\)")


def _horizon_name(header: str) -> str:
    """A horizon header as a deadline: an English word and its unit glued by the mending of a
    narrow cell's lines are two words again ("Shortterm" → "Short term"); a bracket naming no
    time (the spanning header cell's name, "(Tidshorisont)") is left out, one with the years
    kept ("Kortsigtet (2026–2027)")."""
    name = " ".join(_TIMELESS_BRACKET.sub("", header).split()) or header.strip()
    m = _HORIZON.match(name)
    if m is None or not m.group(1) or not m.group(2) or m.group(2)[:1] in "- ":
        return name
    return f"{m.group(1)} {m.group(2)}{name[m.end(2):]}"
# the lexicon's evidence.will and intends: a cell that states something ("… skal …")
_STATES = re.compile(rf"\b({alternation(evidence_words('will') + evidence_words('intends'))})\b", re.IGNORECASE)
# the lexicon's tables.group_row_leads and group_row_words: the one filled cell of a group row
_GROUP_ROW = re.compile(
    rf"^\s*((?:{alternation(table_words('group_row_leads'))}) )?({alternation(table_words('group_row_words'))})",
    re.IGNORECASE,
)
#: the glyphs a cell holds alone to mark its row's column (an X under a year, a ✓ under the unit
#: responsible): data, not a rule; the whole cell is one of them
MARK_GLYPHS: tuple[str, ...] = ("x", "X", "×", "✓", "✔", "●", "•", "■")
_MARK = re.compile(rf"^\s*[{re.escape(''.join(MARK_GLYPHS))}]\s*$")
# a column named under a header cell spanning several ("Helse (Ansvar)"): the layout and the
# Word/OpenDocument readers write the spanning cell's text in brackets after the column's own
_GROUPED_HEAD = re.compile(r"^(?P<own>[^()]+?)\s*\((?P<group>[^()]+)\)\s*$")
# a year column ("2025", "2026 (1 000 kr)"): a mark or an amount in it says the work is done that year
_YEAR_HEAD = re.compile(r"^\s*((?:19|20)\d\d)\s*(?:\(.*\))?\s*$")
# the lexicon's table words (plancheck/lang/data/*.yaml), every language at once
_NOT_MEASURES = words_pattern(table_words("existing_work"), start=True)
_NEW_WORK = words_pattern(table_words("new_work"), start=True)
_DEFERRED = words_pattern(table_words("deferred"))
_GOALS_CELL = re.compile(
    rf"^\s*({alternation(table_words('goals_cell'))}|(?:{alternation(table_words('goals_cell_about'))}) [^:]{{1,40}}):\s*",
    re.IGNORECASE,
)


_RECORD_LABEL = re.compile(rf"^({alternation(table_words('record_labels'))})$", re.IGNORECASE)


@dataclass(frozen=True)
class RecordTableSettings:
    """What a labelled record table (:func:`_record_table`) is not."""

    # a row opening with a record label ('Tiltak') that also names an owner and a deadline column,
    # every cell of it a head's few words, is a column head, not a record: a one-row table under
    # it was read as one record whose value was its other heads
    fielded_head: bool = True
    head_max_words: int = 4


def _fielded_head(row, settings: RecordTableSettings) -> bool:
    """Is ``row`` a table's head though it opens with a record label: it names an owner and a
    deadline column (:func:`_sub_header`) and every filled cell is a head's few words
    (``head_max_words``)? A record's labelled row holds its item's sentence ('Target | Increase
    … by 2030 | Timeline | Lead')."""
    return settings.fielded_head and _sub_header(row) and all(
        len(c.text.split()) <= settings.head_max_words for c in row if c.text.strip()
    )


def _record_table(st: _State, block: Block, table: Table,
                  settings: RecordTableSettings = RecordTableSettings()) -> bool:
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

    # a row of column words ("Tiltak | Ansvarlig | Frist") is a header, not a labelled record;
    # so is one naming an owner and a deadline column beside its label, whatever its other heads
    # ("Tiltak | Ansv | Beskrivelse | Ansvarlig | Tidspunkt | 2028 …"): a table's head over one row
    # is no record labelled 'Tiltak' whose value is the other heads
    labelled = [label_of(r) if not (_column_words_row(r) or _fielded_head(r, settings))
                else (None, None, "") for r in rows]
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


def _column_words_row(row) -> bool:
    """Every filled cell is a column word, and there are at least two: a header row. A header
    may name a column no column word names beside enough that are
    (:func:`plancheck.extract.fieldrows.field_labels`): 'Tiltak | Beskrivelse | Ansvar | Frist'."""
    from plancheck.extract.fieldrows import field_labels

    filled = [c.text for c in row if c.text.strip()]
    return len(filled) >= 2 and field_labels(filled)


def _sub_header(row) -> bool:
    from plancheck.lang.vocab import column_role

    return sum(1 for c in row if c.text.strip() and column_role(c.text) in ("owner", "deadline", "cost", "indicator")) >= 2


def _record_values(st, block, item, header_row, row, page, parse_deadline, split_owners) -> None:
    """The values under a "Timeline | Lead Agency" row: the item becomes a measure with them."""
    header = [c.text for c in header_row]
    roles = table_roles(header)
    owner_text, deadline_text = owner_and_deadline(row, roles, header)
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
    m.has_owner_column = has_column(header, roles, "owner")
    m.has_deadline_column = has_column(header, roles, "deadline")
    m.cost = _cell(row, roles, "cost") or None


def _names_goal(st: _State, text: str) -> bool:
    """Does a group row name a goal or strategy ("Mål 3: …", "Tiltak knyttet til mål 1",
    a "skal" sentence, the words of a declared goal or strategy, or the heading a declared
    goal stands under: :func:`~plancheck.extract.link.goal_under_heading`)?"""
    from plancheck.extract.link import _NAMED_NUMBER, best_match, goal_under_heading

    role, _num, _rest = label_role(text)
    if role in GOAL_ROLES or role == "strategy" or _NAMED_NUMBER.search(text):
        return True
    if _STATES.search(text) or goal_under_heading(text, st.plan.goals, st.plan.sections) is not None:
        return True
    return max(best_match(text, st.plan.goals)[1], best_match(text, st.plan.strategies)[1]) >= 85


def _header_score(cells: list[str]) -> int:
    """How many cells of a row are column names (a role word, a horizon): two make a header."""
    from plancheck.lang.vocab import column_role

    return sum(1 for c in cells if c and (column_role(c) or _HORIZON.match(c.strip())))


def _header_row(table: Table) -> int | None:
    """The body row that is the table's real header, when its own header row is not one (a title
    row above it: :func:`_find_header`); None when the header row is the header or none is found."""
    if _header_score(table.header) >= 2 or not table.rows:
        return None
    return next((k for k, row in enumerate(table.rows[:5]) if _header_score([c.text for c in row]) >= 2), None)


def title_texts(table: Table) -> list[str]:
    """The titles set above a table's real header inside the table (a spreadsheet's title row, a
    row spanning all columns): the one filled cell of each row above the header row that
    :func:`_header_row` finds. Empty when the header is the table's first row."""
    k = _header_row(table)
    if k is None:
        return []
    out = []
    for cells in [table.header, *[[c.text for c in r] for r in table.rows[:k]]]:
        filled = [c.strip() for c in cells if c and c.strip()]
        if len(filled) == 1:
            out.append(filled[0])
    return out


@dataclass(frozen=True)
class DoneTitleSettings:
    """How long a title saying a table lists work already done may be."""

    max_words: int = 8  # "Gjennomført 2019–2022", "Det här har vi gjort under förra perioden"


_DONE_TITLE = words_pattern(table_words("done_titles"), start=True)
# what may follow a one-word done title: nothing, or a short preposition and the years ("i 2019–2020")
_DONE_YEARS = re.compile(r"[^\w]*(?:[^\W\d]{1,4}\s+)?(?:(?:19|20)\d\d[^\w]*)*")


def lists_done_work(title: str, settings: DoneTitleSettings = DoneTitleSettings()) -> bool:
    """Does a table's title say its rows are work done before this plan ("Gjennomført
    2022–2025", "Det har vi nået", "Completed actions 2020–2024")? The title opens with a phrase
    of the lexicon's ``tables.done_titles`` (a leading chapter number aside) and is short, a
    title rather than a sentence. Why: a done list keeps the measure table's columns (ID,
    action, owner, year done), so only its title tells it from the plan's own measures."""
    text = re.sub(r"^\s*\d+(?:\.\d+)*\.?\s+", "", normalise(title or "")).strip()
    m = _DONE_TITLE.match(text)
    if m is None or len(text.split()) > settings.max_words:
        return False
    # one word ("Fullført", "Completed") says it only alone or before the years it covers:
    # "Fullført videregående opplæring" is a topic
    return len(m.group(0).split()) > 1 or bool(_DONE_YEARS.fullmatch(text[m.end():]))


def _find_header(st: _State, block: Block, table: Table) -> Table:
    """A table whose real header row comes after a title row and a "Goals: …" row: use that
    row as the header, read goals from the rows above it."""
    k = _header_row(table)
    if k is None:
        if table.rows and (joined := sub_period_header(table.header, table.rows[0])) is not None:
            # the header a year row spanning a row of its parts ("2026" over "Q1 | Q2 | …")
            return table.model_copy(update={"header": joined, "rows": table.rows[1:]})
        return table
    row = table.rows[k]
    texts = [c.text for c in row]
    # a column group headed as to be updated or filled in later is a template: its
    # columns are not the plan's owners or deadlines yet
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
    rest = table.rows[k + 1 :]
    while rest and (joined := header_continued(texts, row, rest[0])) is not None:
        texts, rest = joined, rest[1:]
    if rest and (joined := sub_period_header(texts, rest[0])) is not None:
        texts, rest = joined, rest[1:]
    if rest:
        # the header's groups over a row of their columns' own labels ("Who" over "Lead |
        # Support"), under a title row: joined as the layout joins them under no title
        from plancheck.layout.tables import _merge_header_rows

        texts, rest = _merge_header_rows(texts, rest, row)
    body = [r for r in rest if [c.text for c in r] != texts]
    return Table(header=texts, rows=body, pages=table.pages, ruled=table.ruled)


_CONTINUES = re.compile(r"[^\W\d_A-ZÆØÅÄÖÜ]{2}")  # starts with a word in lower case


def header_continued(texts: list[str], head_row: list[Cell], row: list[Cell]) -> list[str] | None:
    """The header with ``row`` joined into it when ``row`` goes on with the header ("Ansvarlig"
    / "enhet": a header cell broken over two rows); else None. A row goes on with the
    header when each of its filled cells either starts in lower case under a filled header
    cell or repeats a header cell merged down into it, and at least one starts in lower case."""
    out = list(texts)
    lower = 0
    for i, c in enumerate(row):
        text = c.text.strip()
        if not text:
            continue
        head = head_row[i].text.strip() if i < len(head_row) else ""
        if c.merged_from is not None and text == head:
            continue
        if not (head and _CONTINUES.match(text) and i < len(out)):
            return None  # (a lettered group row, "a. Air quality", is no continuation)
        lower += 1
        out[i] = f"{out[i]} {text}" if out[i] else out[i]
    return out if lower else None
_OWNER_FIRST = re.compile(rf"^({alternation(table_words('owner_first'))})", re.IGNORECASE)


def table_roles(header: list[str], shift: dict[str, str] | None = None) -> list[str | None]:
    """Column roles from header words; with two owner-like columns ("Förvaltning/Bolag" and
    "Ansvarig"), the one named "Ansvar…"/"Lead" is the owner and the other is left out.
    ``shift`` renames levels in plans labelled "Strategy > Measure > Action"."""
    from plancheck.extract.dbviews import view_header
    from plancheck.lang.vocab import column_role, column_word_exact

    view = view_header(header)
    if view is not None:
        # a database view's header ('Aa Name | ≡ Owner | # Budget'): read without the glyphs
        header = view[0]
    roles = [column_role(h) if h else None for h in header]
    for i in year_columns(header):
        # "2026 (Tidsplan)": a year under a spanning deadline word is one of the period columns,
        # read by its marks (see marked_years), not the deadline column whose text is the date
        roles[i] = None
    if shift:
        for i, h in enumerate(header):
            word = (h or "").strip().split(" ", 1)[0].lower()
            if word in shift:
                roles[i] = shift[word]
    owners = [i for i, r in enumerate(roles) if r == "owner"]
    if len(owners) > 1:
        preferred = [i for i in owners if _OWNER_FIRST.match(header[i].strip())]
        exact = [i for i in owners if column_word_exact(header[i])]
        if not preferred and len(exact) == 1:
            # "Hovedansvar | Medansvar": the column the lexicon names is the owner; the compound
            # beside it ("co-responsible") names partners
            preferred = exact
        if preferred:
            for i in owners:
                # the same label in the singular and the plural is one column split in two
                # (labelled records: "Lead Partner: X" on one record, "Lead Partners: X, Y" on
                # the others): both hold the owner
                if i != preferred[0] and not same_label(header[i], header[preferred[0]]):
                    roles[i] = None
    roles = compound_goal_roles(header, roles)
    roles = scorecard_roles(header, roles)
    roles = main_goal_as_theme(header, roles)
    roles = time_group_roles(header, roles)
    if "start" in roles and "deadline" not in roles:
        # the only time column says when the work starts ("Oppstart"): it dates the row, as the
        # deadline column of a table that has no end column; beside an end column ("Påbörjas |
        # Avslutas") it is no deadline: the row is due when the end column says (the deadline
        # as printed there, checked against the plan period as it stands)
        # (the header the lexicon's start word itself: "Start" alone names no time column)
        roles = ["deadline" if r == "start" and column_word_exact(h or "") else r for h, r in zip(header, roles, strict=True)]
    from plancheck.extract.logicmodels import chain_columns

    # a logic model (measures left of goals at two or more levels) keeps every goal level
    chained = chain_columns(roles) is not None
    for role in ("measure", "deadline", "goal", "start"):
        idx = [i for i, r in enumerate(roles) if r == role]
        for i in idx[1:] if not (chained and role == "goal") else []:
            roles[i] = None
    if view is not None and view[1] is not None and "measure" not in roles:
        # the view's title column names each row's item: the measures, when no header names them
        roles[view[1]] = "measure"
    return roles


_ANY_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def scorecard_roles(header: list[str], roles: list[str | None]) -> list[str | None]:
    """``roles`` with the measure column of a scorecard read as its indicators: a table whose
    only other columns are a target (an indicator column: "Target 2030") and values by year
    ("2025/26"), with no owner, deadline, goal or strategy ('Measure | 2025/26 | Target 2030').

    Why: English calls an indicator a performance "measure"; a column of them with this year's
    value and a target beside it measures the plan, as the lexicon's indicator columns do, and
    its rows are no actions."""
    if roles.count("measure") != 1 or "indicator" not in roles:
        return roles
    others = [(h or "", r) for h, r in zip(header, roles, strict=True) if r != "measure"]
    if any(r not in (None, "indicator") for _h, r in others):
        return roles
    if not all(r == "indicator" or _ANY_YEAR.search(h) or not h.strip() for h, r in others):
        return roles
    if not any(r is None and _ANY_YEAR.search(h) for h, r in others):
        return roles  # no value of a year beside it ('Tiltak | Indikator'): actions and their indicators
    return ["indicator" if r == "measure" else r for r in roles]


def compound_goal_roles(header: list[str], roles: list[str | None]) -> list[str | None]:
    """``roles`` with the one column of no role whose header is a compound of the goal label
    word ("Verksamhetsmål", "Tjenestemål", "Virksomhedsmål") read as the goal column, in
    a table with a measure column and no goal column ('Verksamhetsmål | Aktiviteter | Ansvarig
    | Klart'), a year or period after it too ('Driftsmål 2041–2044 | Tiltak 2041',
    :func:`plancheck.lang.vocab.goal_compound_header`).

    Why only there: a compound of "mål" alone may name another level ("Hovedmål", a parent's
    "Samfunnsmål"), which is why :func:`plancheck.lang.vocab.column_role` gives compounds no
    goal role; beside the measures of a table with no other goal column it is the goal the
    measures serve (session 36: a verksamhetsplan's goals, all seven, were lost with their
    column)."""
    from plancheck.lang.vocab import compound_label_role, goal_compound_header

    if "measure" not in roles or "goal" in roles:
        return roles
    # the lexicon's reading of a compound label word (vocab.compound_label_role: the head of a
    # "*mål" label after three letters or more, and not a word of its label_compound_exceptions,
    # "Bærekraftsmål", "Formål", nor a heading word of another level, "Hovedmål")
    found = [
        i
        for i, (h, r) in enumerate(zip(header, roles, strict=True))
        if r is None
        and (
            ((t := normalise(h or "").strip().lower()).isalpha() and compound_label_role(t) == "goal")
            or goal_compound_header(h or "")
        )
    ]
    if len(found) != 1:
        return roles
    out = list(roles)
    out[found[0]] = "goal"
    return out


def time_group_roles(header: list[str], roles: list[str | None]) -> list[str | None]:
    """``roles`` with the columns under a spanning time head ("When" over "From | By", "Periode"
    over "Fra | Til", the layout's join "By (When)") read by their place when the last one's label
    names no role and none names the end: the last is when the work ends (the deadline), those
    before it when it starts. A time span reads left to right in every language the plans are written in."""
    from plancheck.lang.vocab import column_role

    groups: dict[str, list[int]] = {}
    for i, h in enumerate(header):
        m = _GROUPED_HEAD.match(h or "")
        if m and column_role(m.group("group")) == "deadline":
            groups.setdefault(m.group("group").strip(), []).append(i)
    out = list(roles)
    for cols in groups.values():
        if len(cols) < 2 or cols != list(range(cols[0], cols[-1] + 1)):
            continue
        if any(out[i] == "deadline" or _YEAR_HEAD.match(header[i]) for i in cols) or out[cols[-1]] is not None:
            continue  # an end column of its own ("Oppstart | Ferdig"), or years of a chart
        for i in cols[:-1]:
            out[i] = out[i] or "start"
        out[cols[-1]] = "deadline"
    return out


def main_goal_as_theme(header: list[str], roles: list[str | None]) -> list[str | None]:
    """``roles`` with the main-goal column of a ``Hovedmål | Delmål | …`` table (two goal
    columns, the first headed by a main-goal word of the lexicon, a later one by a sub-goal word)
    read as the theme column, and the sub-goal column as the goal column; any other ``roles``
    unchanged (also when the table has a theme column of its own).

    Why: such a table gives one row per sub-goal, and the main goal is drawn merged down over its
    rows, naming the group the sub-goals belong to ("2 Helse og levekår"); the sub-goals are the
    coded goals a child cites ("2.3"). Read by the first goal column, the table held only its
    few group names as goals."""
    from plancheck.lang.vocab import heading_role

    if "theme" in roles:
        return roles
    goals = [i for i, r in enumerate(roles) if r == "goal"]
    if len(goals) < 2:
        return roles
    levels = [heading_role(header[i]) for i in goals]
    if levels[0] != "main_goal" or "sub_goal" not in levels[1:]:
        return roles
    out = list(roles)
    out[goals[0]] = "theme"
    for i, level in zip(goals[1:], levels[1:], strict=True):
        if level == "sub_goal":
            break
        out[i] = None
    return out


def same_label(a: str, b: str) -> bool:
    """Whether two column labels are one word in two inflections ("Lead Partner" / "Lead
    Partners", "Ansvarlig avdeling" / "Ansvarlige avdelinger" not: only the last word's ending may
    differ, by an ending of ``owner_inflections`` in the lexicon)."""
    from plancheck.lang.vocab import plain_words

    a, b = " ".join(a.casefold().split()), " ".join(b.casefold().split())
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return bool(short) and long_.startswith(short) and long_[len(short) :] in plain_words("owner_inflections")


def _related_codes(row, roles: list[str | None]) -> list[str]:
    """The codes of other items a row names: every code of its cross-reference column
    ('Related Programs': "LU-2.1, LU-2.2") or strategy column, and those of a goal column that holds only codes
    with letters ("Related Goals": "H-1, H-3"); linking (``extract/link.py``) turns the ones naming items into links."""
    codes = item_codes(_cell(row, roles, "references")) + item_codes(_cell(row, roles, "strategy"))
    # (a goal column's plain numbers, "2" or "Mål 1.2", are linked as before by the goal text)
    goal_codes = item_codes(_cell(row, roles, "goal"))
    if any(not c[:1].isdigit() for c in goal_codes):
        codes += [c for c in goal_codes if c not in codes]
    # a column headed as targets or results whose cells hold codes and nothing else ("R1.1",
    # "R2.1, R2.2"): the coded goals the row serves, stated elsewhere, not a target of its own
    target = _cell(row, roles, "indicator")
    if _only_codes(target):
        codes += [c for c in item_codes(target) if c not in codes]
    return codes


def _only_codes(text: str) -> bool:
    """Whether a cell holds letter-led codes and nothing else but separators and and-words
    ("K4", "B2.1, B2.3", "B1 og B3")."""
    from plancheck.lang.vocab import plain_words

    if not _codes_only(text):
        return False
    rest = text
    for c in sorted(item_codes(text), key=len, reverse=True):
        rest = rest.replace(c, " ")
    words = set(plain_words("and_words"))
    return all(w.lower() in words for w in re.findall(r"[^\W\d_]+", rest)) and not re.search(r"\d", rest)


def _codes_only(text: str) -> bool:
    """Whether a goal cell holds nothing but codes, at least one of them led by a letter ("K4",
    "A2.1, 3"): :func:`_related_codes` reads such a cell as cross-references, not a goal's own
    text. A cell of plain numbers only ("2", "Mål 1.2") is not: it names goals by number and is
    linked by the goal text."""
    codes = item_codes(text)
    return bool(codes) and any(not c[:1].isdigit() for c in codes)


def _is_measure_candidate(block: Block | None, table: Table | None = None,
                          roles: list[str | None] | None = None) -> bool:
    """A numbered item or heading right above an "Ansvarig | Tidsplan" table is its measure; so
    is an unnumbered heading of no role right above ONE record of labelled fields ('Ansvar:
    …' / 'Frist: …' lines the layout read into an unruled one-row table, every column a
    field's): a card's title over its fields, as a board or a list of cards prints each measure.
    The title opens with a capital (a heading opening in lower case is a line broken off a
    text beside it, not a title) and is no status (a kanban board's column title)."""
    if block is None or block.kind == BlockKind.table:
        return False
    if block.kind in (BlockKind.list_item, BlockKind.heading) and bool(block.number):
        return True
    return (
        block.kind == BlockKind.heading
        and table is not None and roles is not None
        and not table.ruled and len(table.rows) == 1
        and all(r is not None for r in roles)
        and block.text.strip()[:1].isupper()
        and heading_role(block.text)[0] is None
        and not is_status_value(block.text)  # a board's column title ('Pågår (2)'), over its first card
    )


def outline_group_rows(rows: list[list[Cell]], roles: list[str | None], mcol: int) -> dict[int, str]:
    """Rows of a measure table that head the rows numbered under them: row index → its number.

    A row is such a head when its number cell holds an outline number (digit- or letter-led:
    "2.1", "A.1"), its text stands in the measure column, every other cell is empty (the text
    spans them, as a shaded group row does), and the next numbered row is numbered under it
    ("A.1.a" under "A.1"). Why by numbering: a spanning cell and its shading are lost in some
    readers; that the next rows are numbered one level down says it in every one of them."""
    if "number" not in roles:
        return {}
    ncol = roles.index("number")
    numbers = []
    for row in rows:
        m = _CELL_OUTLINE_NUMBER.match(row[ncol].text) if ncol < len(row) else None
        numbers.append(m.group(1).rstrip(".") if m else "")
    out: dict[int, str] = {}
    for k, row in enumerate(rows):
        n = numbers[k]
        if not n or mcol >= len(row) or not row[mcol].text.strip():
            continue
        if any(c.text.strip() for i, c in enumerate(row) if i not in (ncol, mcol)):
            continue
        nxt = next((x for x in numbers[k + 1 :] if x), "")
        if nxt.startswith(n + "."):
            out[k] = n
    return out


# an outline number alone in its cell, digit- or letter-led ("2.1", "A.1", "A.1.a", "3.")
_CELL_OUTLINE_NUMBER = re.compile(r"^\s*((?:\d{1,2}|[A-ZÆØÅ])(?:\.(?:\d{1,2}|[a-z]))*)\.?\s*$")
# a row's code: an outline number, after a prefix of capitals naming its level or not ("PA 2.1.3",
# "AC 2.1.3.b", "1.2.3"); ``text`` the words after it, when the code opens a cell of text
_ROW_CODE = re.compile(
    r"^\s*(?:(?-i:[A-ZÆØÅÄÖ]{1,4})[\s-]?)?(?P<num>\d{1,2}(?:\.(?:\d{1,2}|[a-z]))*)\.?(?:\s+(?P<text>\S.*))?$",
    re.DOTALL,
)


@dataclass(frozen=True)
class CodedGroupSettings:
    """When a group row coded over the rows under it states their goal (:func:`coded_group_head`)."""

    min_words: int = 4  # words after the code: a topic's name ("2 Kultur og fritid") is shorter


def coded_group_head(
    rows: list[list[Cell]], k: int, settings: CodedGroupSettings = CodedGroupSettings()
) -> tuple[str, str] | None:
    """(number, text) of the group row ``k`` when its one cell opens with a code and the next row
    that is no group row opens with a code one level or more under it: "PA 2.1.3 Keep the town
    halls open …" spanning the table over "AC 2.1.3.b | Book halls online | IT Officer | …"; else
    None. Why: a delivery programme or a handlingsdel printed as one table codes the level its
    group rows state (the principal activities, the goals of the period) and the actions under
    them by one outline, which says that the rows under the group row are its own whatever the
    prefixes call the levels; a topic row ("Area 2 · Housing") is coded by no outline, and one
    that names a topic after its code ("2 Kultur og fritid", fewer than ``min_words`` words) heads
    a theme, no goal."""
    filled = [c.text.strip() for c in rows[k] if c.text.strip()]
    m = _ROW_CODE.match(filled[0]) if len(filled) == 1 else None
    if m is None or not m.group("text") or len(re.findall(r"[^\W\d_]{2,}", m.group("text"))) < settings.min_words:
        return None
    for row in rows[k + 1 :]:
        cells = [c.text.strip() for c in row if c.text.strip()]
        if not cells:
            continue
        if len(cells) < 2:
            return None  # another group row: none of the rows under this one is coded under it
        nxt = _ROW_CODE.match(cells[0])
        if nxt is None or not nxt.group("num").startswith(m.group("num") + "."):
            return None
        return m.group("num"), " ".join(m.group("text").split())
    return None


def split_band_row(row) -> bool:
    """A band's title row the layout split at a column edge ("Satsingsområde" | "2 Helse og
    omsorg" | | |, "Priority" | "2 – Skills" | |): text only in the leading cells (at most
    ``_SPLIT_BAND_CELLS``), every later cell empty, and the text joined a band label with its
    number (the lexicon's ``labels.focus_area``: satsingsområde, fokusområde, insatsområde,
    indsatsområde, priority …). Why: a shaded group row spanning the table loses its span when
    its label is wider than the narrow first column, and its number and title would be read as
    a measure of their own."""
    filled = [i for i, c in enumerate(row) if c.text.strip()]
    if len(row) <= _SPLIT_BAND_CELLS or not 1 < len(filled) <= _SPLIT_BAND_CELLS:
        return False
    if filled != list(range(len(filled))):
        return False
    role, num, _rest = label_role(" ".join(row[i].text.strip() for i in filled))
    return role == "focus_area" and bool(num)


_SPLIT_BAND_CELLS = 2  # a band label split over more cells than this is a row of cells


def _is_group_row(row, roles: list[str | None]) -> bool:
    """A row with one text that spans the table (a merged cell over all columns, or a bold
    line across an unruled table): it names the goal or strategy of the rows below."""
    filled = [c for c in row if c.text.strip()]
    if split_band_row(row):
        return True
    if len(filled) != 1 or len(row) < 2 or filled[0].merged_from is not None:
        return False
    others = [c for c in row if c is not filled[0]]
    if all(c.bbox is None and not c.own for c in others):
        return True  # no cell of its own beside it: it spans the row
    return bool(_GROUP_ROW.match(filled[0].text))


def outline_parents(rows: list[list[Cell]], roles: list[str | None], mcol: int) -> dict[int, str]:
    """Rows of a measure table that are the levels of an outline above its measures, shown only
    by indentation in the measure column (:attr:`Cell.level`, set by the layout for a tab-stop
    table): row index → "goal" or "strategy".

    A row with nothing in the other columns (owner, deadline) and the next row indented deeper
    is a parent of the rows under it, down to the next row at its level or less; a parent with
    no parent above it is a goal, one inside another parent a strategy. Why by the rows under
    it, not by one level for all measures: a goal with strategies puts its measures a level
    deeper than a goal without, in the same outline. Empty when no row fills another column."""
    def level(row) -> int | None:
        return row[mcol].level if mcol < len(row) and row[mcol].text.strip() else None

    def others(row) -> bool:
        return any(c.text.strip() for i, c in enumerate(row) if i != mcol and (roles[i] if i < len(roles) else None))

    if not any(level(row) is not None and others(row) for row in rows):
        return {}
    out: dict[int, str] = {}
    stack: list[int] = []  # levels of the parent rows enclosing the current row
    for ri, row in enumerate(rows):
        lv = level(row)
        if lv is None:
            continue
        while stack and stack[-1] >= lv:
            stack.pop()
        if others(row):
            continue
        below = next((lv2 for r2 in rows[ri + 1:] if (lv2 := level(r2)) is not None), None)
        if below is None or below <= lv:
            continue  # nothing indented under it: an item of its own (a measure with no owner or deadline)
        out[ri] = "strategy" if stack else "goal"
        stack.append(lv)
    return out


def shared_column(header: list[str], roles: list[str | None]) -> tuple[int, bool] | None:
    """The column whose header names owner and deadline in one ("Ansvar / frist", "Lead / due",
    "Frist og ansvar") when no other column holds either of the two: (its index, whether the
    deadline is named first). None when there is none."""
    from plancheck.lang.vocab import column_roles_named

    for i, (h, role) in enumerate(zip(header, roles, strict=False)):
        if role not in ("owner", "deadline"):
            continue
        named = column_roles_named(h or "")
        if set(named) != {"owner", "deadline"}:
            continue
        other = "deadline" if role == "owner" else "owner"
        if other not in roles:
            return i, named[0] == "deadline"
    return None


@dataclass(frozen=True)
class LabelledOwnerSettings:
    """How many cells of an owner column must be labelled fields for the column to be read so."""

    min_cells: int = 2


@cache
def _owner_field() -> re.Pattern[str]:
    from plancheck.lang.vocab import plain_words

    return re.compile(rf"^\s*(?:{alternation(plain_words('owner_labels'))})\s*:\s*", re.IGNORECASE)


# a later field's label inside a cell: a capitalised word and a colon after a blank ("… Means: …")
_LATER_FIELD = re.compile(r"(?<=\s)[A-ZÆØÅÄÖÜ][^\W\d_]{2,20}:(?=\s)")


def _owner_field_value(text: str) -> str | None:
    """The value of the owner-labelled field of a cell of labelled fields ('Lead: X Means: Y' →
    'X'); '' for a cell of fields none of which is the owner's ('Means: Y'); None for a cell
    that is no such thing."""
    head = _owner_field().match(text)
    first = re.match(r"^\s*[A-ZÆØÅÄÖÜ][^\W\d_]{2,20}:\s", text)
    if head is None:
        return "" if first is not None else None
    rest = text[head.end():]
    later = _LATER_FIELD.search(rest)
    return rest[: later.start()].strip() if later is not None else None


def labelled_owner_cells(table: Table, roles: list[str | None],
                         settings: LabelledOwnerSettings = LabelledOwnerSettings()) -> Table:
    """``table`` with its owner column's cells cut to the owner's field where the column holds
    cells of labelled fields ('Lead: Parks team Means: one post', a logframe's joint column of
    lead and means): the value after the owner label up to the next field's label; a cell of such fields
    none of which is the owner's ('Means: £5,000') names no owner. Read so only when
    ``min_cells`` cells or more open with an owner label and go on with a field of another
    label. Why: the other fields' words (staff, money) read as owners, and the means alone as
    the owner of a row that names none."""
    if "owner" not in roles:
        return table
    col = roles.index("owner")
    values = [_owner_field_value(r[col].text) if col < len(r) else None for r in table.rows]  # each cell read once
    if sum(1 for v in values if v) < settings.min_cells:
        return table
    rows = []
    for r, v in zip(table.rows, values, strict=True):
        if v is not None:
            r = [*r[:col], r[col].model_copy(update={"text": v}), *r[col + 1:]]
        rows.append(r)
    return table.model_copy(update={"rows": rows})


def owner_and_deadline(row, roles: list[str | None], header: list[str]) -> tuple[str, str]:
    """A row's owner and deadline texts; a cell under a header naming both (:func:`shared_column`)
    is split where its deadline starts ("Kulturkontoret Haust 2026" → "Kulturkontoret",
    "Haust 2026"; "2026" alone → no owner), and so is an owner cell beside an empty deadline
    cell."""
    from plancheck.lang.deadlines import split_deadline

    owner, deadline = _cell(row, roles, "owner"), _cell(row, roles, "deadline")
    shared = shared_column(header, roles)
    if shared is None:
        if owner and not deadline and "deadline" in roles:
            # the deadline ran into the owner's cell ("Tildelingskontoret Hver høst 2025": a
            # right-aligned tab stop too close for it, the text set on after the owner)
            return split_deadline(owner)
        return owner, deadline
    col, deadline_first = shared
    text = row[col].text if col < len(row) else ""
    if not text.strip():
        return "", ""
    owner, deadline = split_deadline(text, deadline_first=deadline_first)
    if not deadline and not deadline_first:
        owner = _without_pending_date(owner)
    return owner, deadline


@cache
def _step_row() -> re.Pattern[str] | None:
    """A step word of the lexicon (``tables.step_rows``) and its colon opening a cell, the rest
    in group ``rest``; None when no language lists one. Compiled once: :func:`step_row` asks
    it of every row of every measure table."""
    from plancheck.lang.vocab import alternation, table_words

    words = table_words("step_rows")
    return re.compile(rf"^\s*(?:{alternation(words)})\s*:\s*(?P<rest>\S.*)$", re.IGNORECASE | re.DOTALL) if words else None


def step_row(text: str) -> bool:
    """Does a measure cell name a step on the way to the action above it ("Milestone: Survey the
    Grade II buildings", "Milepæl: Lyse ut …"; ``tables.step_rows``), not a date ("Milestone: Q3
    2027" is the action's own date written as a field)? Why: a delivery plan lists an action's
    milestones as rows of their own under it, each with its quarter; read as measures they double
    the plan's actions, and their quarters are no deadline of the action. The caller also asks
    that the row has no number and no owner of its own and that an action row stands above it."""
    from plancheck.lang.deadlines import looks_like_deadline

    rx = _step_row()
    m = rx.match(text or "") if rx is not None else None
    if m is None:
        return False
    rest = " ".join(m.group("rest").split())
    return not (len(rest) <= 40 and looks_like_deadline(rest))


@cache
def _done_cell() -> re.Pattern[str] | None:
    from plancheck.lang.vocab import alternation, table_words

    words = table_words("done_cells")
    return re.compile(rf"^\s*(?:{alternation(words)})\s*(?:$|[–—:-]\s*\S)", re.IGNORECASE) if words else None


def done_cell(text: str) -> bool:
    """Does an owner-and-date cell say the work is done ("Done – May 2024", "Gjennomført")
    (``tables.done_cells``)? An answer table ('You said | We will | Who / when') marks so what
    was acted on before the plan was adopted: its row is no measure of the plan."""
    rx = _done_cell()
    return rx is not None and rx.match(text or "") is not None


def _without_pending_date(owner: str) -> str:
    """A shared owner-and-deadline cell's owner without a closing 'not yet set' word ("Head of
    Housing TBC": the owner on the first line, 'TBC' where the date would stand): the date is
    pending, not part of the name. A cell that is nothing but the word keeps it (the owner
    splitter reads it as no owner)."""
    from plancheck.lang.vocab import plain_words

    words = owner.split()
    pending = {w.lower() for w in plain_words("owner_pending") if " " not in w and "." not in w}
    if len(words) > 1 and words[-1].lower().strip(".") in pending:
        return " ".join(words[:-1])
    return owner


def has_column(header: list[str], roles: list[str | None], role: str) -> bool:
    """Does the table give ``role`` ("owner", "deadline") a column, alone or shared with the other?"""
    return role in roles or shared_column(header, roles) is not None


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


BAND_REPEATS_GOAL = 85  # a title row repeating a declared goal: as close as a group row naming one


def band_goal(st: _State, titles: list[str], prev: Block | None) -> str | None:
    """The goal a band set above a measure table names, as the table's group row would: a title
    row inside the table above its header ("Priority 7 Every child can walk to school safely.", "Mål 3: …")
    that labels a goal or repeats a declared one, or a band continued from the page before
    ("Priority 7 (continued)", "Mål 3 (forts.)"), inside the table or as the line right above
    it (see :func:`continued_goal`). None when no title names one.

    Why: a plan that gives each goal its own table often names the goal only in a dark band
    across the table's top, repeated with "(continued)" where the table runs onto the next
    page; the rows under the band serve that goal."""
    from plancheck.extract.link import best_match
    from plancheck.extract.plan import WalkSettings
    from plancheck.extract.roles import band_goal as labelled_band_goal
    from plancheck.extract.roles import continued_band

    candidates = list(titles)
    if prev is not None and prev.kind in (BlockKind.heading, BlockKind.paragraph) and continued_band(prev.text):
        candidates.append(prev.text)
    captions = [*titles, prev.text] if prev is not None and prev.kind in (BlockKind.heading, BlockKind.paragraph) else titles
    for text in reversed(captions):
        if (cited := _caption_goal(st, text)) is not None:
            return cited
    for text in reversed(candidates):
        base = continued_band(text)
        if base is not None:
            return continued_goal(st, base, st.band_goal)
        role, num, rest = label_role(text)
        if role in GOAL_ROLES or best_match(text, st.plan.goals)[1] >= BAND_REPEATS_GOAL:
            return text
        if role == "focus_area" and labelled_band_goal(role, num, rest, WalkSettings().band_sentence_min_words,
                                                        WalkSettings().band_unstopped_min_words):
            return text  # "COMMITMENT 1 Tenants will get their repairs done …": an aim on the band
    return None


def _caption_goal(st: _State, text: str) -> str | None:
    """The text of the one goal a table's caption names by number after a measure word
    ("Tiltak for mål 2: Trygge skoleveier", "Actions for goal 3", on a wiki's expand macro "▾
    Tiltak for mål 2: …", or a caption row inside the table): the rows under it serve that goal.
    None unless the caption says measure and names one goal the plan numbers so.

    Why: a plan that puts each goal's measures in a captioned box of its own (a wiki's expand
    macro, a titled table) names the goal only in the caption, often with a short name that is
    not the goal's sentence, so neither the words nor the place link the rows (session 45)."""
    from plancheck.extract.roles import goal_numbers, goal_reference

    ref = goal_reference(text)
    if ref is None or ref[0] != "measure" or not ref[2] or len(ref[1]) != 1:
        return None
    if goal_numbers(text) != ref[1]:
        return None  # "Tiltak for mål 1 og 2": the rows serve both, which the heading's walk gives them
    from plancheck.extract.state import goal_by_number

    goal = goal_by_number(st, ref[1][0])
    return goal.text if goal is not None else None


def continued_goal(st: _State, base: str, current: str | None) -> str | None:
    """The goal a band continued after a page break serves (``base``: the band without its
    "(continued)"): the group it continues when that opened with the same words ("Priority 7"
    continues "Priority 7 Every child …"); else the one declared goal numbered as the band is
    ("Priority 7" → the goal numbered 7); else the group before it. A continued band is never a
    goal of its own."""
    from plancheck.extract.roles import numbered_label

    if current and f"{normalise(current)} ".startswith(f"{normalise(base)} "):
        return current  # ("Priority 7" continues "Priority 7 Every child …", not "Priority 71 …")
    found = numbered_label(base)
    if found is not None and not found[2]:
        numbered = [g for g in st.plan.goals if (g.number or "").strip(".)") == found[1]]
        if len(numbered) == 1:
            return numbered[0].text
    return current


def _measure_table(
    st: _State, block: Block, table: Table, roles: list[str | None], marks: dict[int, str] | None = None,
    goal_marks: dict[int, str] | None = None, band: str | None = None,
    letters: tuple[set[str], set[str]] | None = None,
) -> None:
    """The measures of a measure table, one per row under its goal and strategy; ``marks`` are
    the unit columns of a responsibility matrix (:func:`mark_owner_columns`): a row's owners
    are the units it marks (with ``letters``, the owner and doer letters of a letter matrix,
    :func:`plancheck.extract.raci.row_owners`); ``goal_marks`` the goal columns of a cross matrix
    (:func:`mark_goal_columns`): a row serves the goals it marks; ``band``: the goal a band
    above the table's header names (:func:`band_goal`), the group of its rows until a group
    row names another."""
    from plancheck.extract.bilingual import bilingual_sides, keep_side
    from plancheck.extract.fields import labelled_value
    from plancheck.extract.parallelcells import parallel_values
    from plancheck.extract.periodheads import later_column
    from plancheck.extract.roles import continued_band
    from plancheck.lang.deadlines import parse_deadline
    from plancheck.lang.owners import split_owners

    group_goal: str | None = band
    made_before = len(st.plan.measures)
    above = _goal_above(st, block)
    column_goal = ""  # the goal column's last filled cell: an empty cell below it is merged down
    parent_row: Cell | None = None  # a row written one column left of the actions: their strategy
    skipping = False
    seen: set[tuple] = set()
    owner_head = " ".join(h for h, r in zip(table.header, roles, strict=False) if r == "owner")
    # "Lead (1st listed) and Partners": the first name is the owner, the rest partners; not
    # when the header is one owner column word of the lexicon that holds the partner word
    # ("Lead partner": every name listed under it is a lead partner), nor when the deadline's
    # word follows it in brackets ("Lead partner (due)": owner and deadline in one cell)
    lead_first = bool(_PARTNERS.search(owner_head)) and not column_word_exact(_deadline_bracket_off(owner_head))
    mcol = roles.index("measure")
    values = [row[mcol].text.strip() for row in table.rows if mcol < len(row) and row[mcol].text.strip()]
    if values and not any(re.search(r"[^\W\d_]", v) for v in values):
        return  # "Antal åtgärder": a column counting the measures of each goal, not naming them
    horizons = [i for i, h in enumerate(table.header) if _HORIZON.match((h or "").strip())]
    years = year_columns(table.header)
    periods = [] if years else period_columns(table.header)
    if periods:
        # quarters, halves, months … under their years ("Q3 2027"): marked as year columns are,
        # each column its place in time order; the deadline is the last marked column's head
        years = {i: k for k, (i, _head) in enumerate(periods)}
    beyond: int | None = None  # the later column's place among the time columns
    if years and (later := later_column(table.header, max(years), st.lang)) is not None:
        # "Senere" after the last year: a bar reaching it is due the year after the chart's last
        last = parse_deadline(periods[-1][1]) if periods else None
        after = (last.end.year if last is not None and last.end is not None else None) if periods else max(years.values())
        if after is not None:
            if periods:
                periods.append((later, str(after + 1)))
                years[later] = len(periods) - 1
            else:
                years[later] = after + 1
            beyond = years[later]
    filled = filled_years(table.rows, years)
    # the year columns say when the rows are done only if some row marks one (a text mark, or a
    # filled cell): a table whose marks cannot be read flags no row for lacking them
    if years and "deadline" in roles and (budget_years(table.header, years) or amount_years(table.rows, years)):
        # amounts under years grouped as a cost ("Kostnad (1 000 kr)" over "2026 | 2027"), or
        # amounts alone under the years, beside a deadline column: when the money is spent, not
        # when the work is due; an empty deadline cell is a missing deadline
        years = {}
    years_read = bool(years) and (
        any(marked_span(years, [r[i].text if i < len(r) else "" for i in years]) for r in table.rows)
        or any(filled)
    )
    header_norm = [normalise(h) for h in table.header]
    heads = outline_group_rows(table.rows, roles, mcol)
    row_strategy: tuple[str, Strategy] | None = None  # (number, strategy) of a numbered group row
    parents = outline_parents(table.rows, roles, mcol)
    outline_goal: Goal | None = None
    outline_strategy: Strategy | None = None
    coded_goal: Goal | None = None  # a group row coded over the rows under it (coded_group_head)
    goals_before = bool(st.plan.goals)  # the plan stated goals before this table
    # a goal row with no measure row under it ("M5 – …" alone under the header): the table
    # states its goals itself, each where it stands (see _goal_cell)
    states_goals = bool(goal_rows_alone(table.rows, roles, mcol, header_norm))
    cell_goals: dict[str, Goal | None] = {}
    notes = foot_note_rows(table.rows, roles, table.header)
    # the group row labelled as a goal ("Mål 4: …") the rows below fall under, and whether a
    # measure row did: a labelled goal row with none under it (only a note, "Tiltak for SFO
    # kommer i …", or the table's end) is a goal all the same, named nowhere else
    group_cell: Cell | None = None
    group_served = True
    # owner and time columns under a header in two languages ("Ansvar / Ovddasvástideaddji"): the
    # document language's part of each cell
    languages = bilingual_sides(table.header, roles, st.lang)
    made = False  # a measure read from this table: a step row ("Milestone: …") is one of its steps

    def goal_row_alone() -> None:
        if group_cell is not None and not group_served:
            _goal_cell(st, block, group_cell, cell_goals)

    # the owner and deadline the measure column's header names beside it ("Tiltak (ansvar, frist)")
    named = _named_fields(table.header[mcol] if mcol < len(table.header) else "")
    for k, row in enumerate(table.rows):
        if not any(c.text.strip() for c in row) or [normalise(c.text) for c in row] == header_norm or k in notes:
            continue
        if k in heads:
            number, text = heads[k], row[mcol].text.strip()
            if _names_goal(st, text):
                group_goal, row_strategy = text, None  # "A.1 Alle skal …": a goal over the rows
            else:
                # "A.1 Gjøre det enkelt …" over "A.1.a", "A.1.b": the way the actions below serve
                # the goal, a strategy (never a measure without owner or deadline)
                cell = row[mcol]
                prov = Provenance(page=cell.page or block.provenance.page, bbox=cell.bbox,
                                  source_text=" | ".join(c.text for c in row), location=block.provenance.location)
                row_strategy = (number, _add_strategy(st, block, text, number=number, provenance=prov))
            column_goal = ""
            continue
        if k in parents:
            # an outline level above the measures, shown by indentation alone
            cell = row[mcol]
            location = block.provenance.location
            prov = Provenance(page=cell.page or block.provenance.page, bbox=cell.bbox, source_text=cell.text,
                              location=f"{location}, row {cell.row + 1}" if location else None)
            if parents[k] == "goal":
                outline_goal = _add_goal(st, block, cell.text, GoalKind.goal, number=None)
                outline_goal.page, outline_goal.provenance = prov.page, prov
                outline_strategy = None
            else:
                outline_strategy = _add_strategy(st, block, cell.text, number=None, provenance=prov)
                if outline_goal is not None:
                    outline_strategy.goal_ids.append(outline_goal.id)
            continue
        if _is_group_row(row, roles) and not parents:
            text = next(c.text for c in row if c.text.strip())
            goal_row_alone()
            coded_goal = None
            group_cell, group_served = None, True
            if label_role(text)[0] in GOAL_ROLES:
                group_cell, group_served = next(c for c in row if c.text.strip()), False
            if _NOT_MEASURES.match(text):
                skipping = True  # a group of work already under way, not this plan's measures
            elif _NEW_WORK.match(text) and len(text.split()) > 1:
                skipping = False
            elif (base := continued_band(text)) is not None:
                skipping = False
                # "Priority 7 (continued)" over the rows carried to the next page: the same group
                group_goal = continued_goal(st, base, group_goal)
            else:
                skipping = False
                # a topic row ("a. Air Quality") is a theme; only a row naming a goal or strategy links
                group_goal = text if _names_goal(st, text) else None
                if group_goal is None and not goals_before and (head := coded_group_head(table.rows, k)):
                    # "PA 2.1.3 Keep …" over the rows coded under it, in a plan that states no
                    # goal before its table: the goal the rows below serve (coded_group_head)
                    cell = next(c for c in row if c.text.strip())
                    coded_goal = _add_goal(st, block, head[1], GoalKind.goal, number=head[0])
                    coded_goal.page = cell.page or block.provenance.page
                    coded_goal.provenance = Provenance(
                        page=coded_goal.page, bbox=cell.bbox, source_text=cell.text,
                        location=f"{block.provenance.location}, row {cell.row + 1}" if block.provenance.location else None,
                    )
            st.band_goal = group_goal
            column_goal = ""
            continue
        if skipping:
            continue
        # a cell of codes only ("H6") names the goals its own row serves, a cross-reference (see
        # _related_codes) read row by row like a references column: an empty cell under it names
        # none, so it is not carried down as a merged goal cell is
        goal_cell = _cell(row, roles, "goal")
        if column_goal and not goal_cell and _codes_only(column_goal):
            column_goal = ""
        column_goal = goal_cell or column_goal
        if states_goals and _cell(row, roles, "goal"):
            _goal_cell(st, block, row[roles.index("goal")], cell_goals)
        text = row[mcol].text.strip()
        if not text and "strategy" not in roles:
            parent = _parent_cell(row, roles, mcol)
            if parent is not None:
                parent_row = parent  # the action rows below it carry it out
                continue
        elif not text and (scell := row[roles.index("strategy")]).text.strip() and not item_codes(scell.text):
            # a strategy printed once, on a row of its own (its target beside it), over the
            # action rows that leave its cell empty: theirs
            parent_row = scell
            continue
        if not text or _repeats_header(row, header_norm) or _is_total_row(row, roles, mcol) or _figure_row(row, roles, table.header):
            continue
        if made and step_row(text) and not _cell(row, roles, "number") and not _cell(row, roles, "owner"):
            continue  # "Milestone: Survey …" under an action: a step on its way, no measure
        number = _cell(row, roles, "number") or None
        label_num, rest = None, text
        lrole, lnum, lrest = label_role(text)
        if lrole:
            label_num, text = lnum, lrest
            rest = lrest
        m = re.match(r"^(\d{1,2}(?:\.\d{1,2}){0,3})[.)]?\s+(.+)$", text, re.DOTALL)
        if m and (m.group(1).count(".") or text[len(m.group(1)) : len(m.group(1)) + 1] in ".)"):
            label_num, rest = m.group(1), m.group(2)
        owner_text, deadline_text = owner_and_deadline(row, roles, table.header)
        owner_text = keep_side(owner_text, languages.get("owner"), st.lang)
        # "Completion: March 2028": the label names the date, no part of it
        deadline_text = labelled_value(keep_side(deadline_text, languages.get("deadline"), st.lang), "deadline")
        if shared_column(table.header, roles) is not None and done_cell(owner_text):
            continue  # "Done – May 2024" where the owner and date stand: done before the plan
        if marks and letters is not None:
            from plancheck.extract.raci import row_owners

            owner_text = row_owners(row, marks, letters)
        elif marks:
            owner_text = ", ".join(unit for i, unit in marks.items() if i < len(row) and _MARK.match(row[i].text))
        if not deadline_text and horizons:
            # the work is due by the end of the last horizon it marks, as under year columns
            marked = [_horizon_name(table.header[i]) for i in horizons if i < len(row) and _MARK.match(row[i].text)]
            deadline_text = marked[-1] if marked else ""
        span: tuple[int, int] | None = None
        if not deadline_text and years:
            # the years a row marks (an X, an amount, or a Gantt bar filling the cells): the work
            # runs from the first and is due by the end of the last, the deadline as printed in
            # the last marked column's head
            bar = filled[k]
            span = marked_span(years, [row[i].text if i < len(row) else "" for i in years]) or (
                (min(bar), max(bar)) if bar else None
            )
            if span is not None:
                deadline_text = periods[span[1]][1] if periods else str(span[1])
        page = row[mcol].page or block.provenance.page
        bbox = row[mcol].bbox
        source = " | ".join(c.text for c in row)
        location = block.provenance.location
        if location:
            location = f"{location}, row {row[mcol].row + 1}"
        prov = Provenance(page=page, bbox=bbox, source_text=source, location=location)
        strategy_text = _cell(row, roles, "strategy")
        if item_codes(strategy_text):
            strategy_text = ""  # "S1.2, S2.1": codes of strategies stated elsewhere (see _related_codes)
        if not strategy_text and parent_row is not None:
            strategy_text = parent_row.text
        # a goal cell spanning several rows without ruling lines is printed once, at its top:
        # the rows under it with an empty goal cell are its measures
        goal_text = column_goal or group_goal
        key = (normalise(rest), normalise(strategy_text), normalise(goal_text or ""), number)
        if key in seen:
            continue  # the same action printed again on the next row (one row per sub-action)
        seen.add(key)
        row_owner, row_deadline = owner_text, deadline_text
        bulleted = bulleted_measures(rest, st.lang, expected=bool(named))
        numbered = None if bulleted else numbered_measures(rest, label_num, st.lang, expected=bool(named))
        parts = bulleted or numbered or field_line_items(rest, st.lang) or [(rest, None, None)]
        # a list of actions in one cell, each closing with its owner and deadline, or under a
        # header that names them ("Tiltak (ansvar, frist)"): the plan gives each action's
        # owner and deadline there, and an action without them lacks them
        cell_fields = _cell_fields(parts, named)
        sources = part_sources(rest, [p[0] for p in parts])
        # owner and deadline cells written as bullet lists beside the measures', in their order
        paired_owners = parallel_values(len(parts), row_owner, "owner", st.lang)
        paired_deadlines = parallel_values(len(parts), row_deadline, "deadline", st.lang)
        for k_part, part in enumerate(parts):
            text_of, owner_text, deadline_text = part[0], part[1] or row_owner, part[2] or row_deadline
            if paired_owners is not None and not part[1]:
                owner_text = paired_owners[k_part]
            if paired_deadlines is not None and not part[2]:
                deadline_text = paired_deadlines[k_part]
            own_prov = prov
            if len(parts) > 1 and sources[k_part]:
                # one action of a cell's list: its own item, as printed, is its source
                own_prov = prov.model_copy(update={"source_text": sources[k_part]})
            if paired_owners is not None or paired_deadlines is not None:
                # one measure of a row of parallel bullet lists: its own bullets are its source
                own_prov = prov.model_copy(update={
                    "source_text": " | ".join(t for t in (text_of, owner_text, deadline_text) if t)
                })
            part_number = number or label_num
            if parts is numbered and label_num and label_num.isdigit() and not number:
                part_number = str(int(label_num) + k_part)  # "1. …", "2. …" in one cell
            meas = _add_measure(st, block, text_of, number=part_number, provenance=own_prov)
            group_served = made = True
            if outline_goal is not None:
                meas.goal_ids.append(outline_goal.id)
            elif coded_goal is not None and not goal_text:
                meas.goal_ids.append(coded_goal.id)
            elif above is not None and not goal_text and "goal" not in roles and not goal_marks:
                meas.goal_ids.append(above.id)
            elif st.ref_goals and not goal_text and "goal" not in roles and not goal_marks:
                # under a heading or lead-in that names the goals ("Åtgärder för mål 1"): the
                # rows serve them, as the paragraphs under it do
                meas.goal_ids.extend(g.id for g in _named_goals_of_table(st, block) if g.id not in meas.goal_ids)
            if goal_marks:
                meas.goal_marks = [g for i, g in goal_marks.items() if i < len(row) and _MARK.match(row[i].text)]
            if outline_strategy is not None:
                meas.strategy_ids.append(outline_strategy.id)
            meas.owner_text = owner_text or None
            meas.owners = split_owners(owner_text, lang=st.lang) if owner_text else []
            if lead_first:
                meas.owners = meas.owners[:1]
            if not deadline_text and not has_column(table.header, roles, "deadline"):
                # the row's target cell dates its one action; beside a cell of several actions
                # it is the goal's target, no action's deadline
                target = _cell(row, roles, "indicator") if len(parts) == 1 else ""
                deadline_text = _stated_time(target, text_of, st.lang) or _due_in_cells(row, roles)
            meas.deadline = parse_deadline(deadline_text, lang=st.lang) if deadline_text else None
            if span is not None and meas.deadline is not None and span[1] != beyond:
                # (a bar running past the chart has no end the chart shows: its deadline is the
                # time after the chart as such, not a span from the bar's start)
                first = parse_deadline(periods[span[0]][1], lang=st.lang) if periods else None
                meas.deadline.start = first.start if first is not None else dt.date(span[0], 1, 1)
            meas.has_owner_column = has_column(table.header, roles, "owner") or bool(marks) or "owner" in cell_fields
            meas.has_deadline_column = (
                has_column(table.header, roles, "deadline") or bool(horizons)
                or (years_read and (filled[k] is not None or not any(filled)))
                or "deadline" in cell_fields
            )
            meas.cost = _cell(row, roles, "cost") or None
            meas.indicator = _cell(row, roles, "indicator") or None
            meas.status = _cell(row, roles, "status") or None
            meas.table_goal_text = goal_text or None
            meas.related_codes = _related_codes(row, roles)
            if row_strategy is not None and (meas.number or "").startswith(row_strategy[0] + "."):
                meas.strategy_ids.append(row_strategy[1].id)
            if strategy_text:
                scell = row[roles.index("strategy")] if "strategy" in roles else parent_row
                assert scell is not None
                sprov = Provenance(page=scell.page or page, bbox=scell.bbox, source_text=source if "strategy" in roles else scell.text,
                                   location=location)
                _table_strategy(st, block, meas, strategy_text, sprov)
    goal_row_alone()
    _field_card_places(st, table, roles, st.plan.measures[made_before:])
    st.last_candidate = None
    st.band_goal = group_goal


def _field_card_places(st: _State, table: Table, roles: list[str | None], made: list[Measure]) -> None:
    """A field card: one measure printed over its labelled fields ('Who: …', 'When: …'), read as a
    one-row table whose head is the field labels alone over an unnamed measure cell. A series of
    such cards (a sidebar's key actions, a poster's bubbles) gives each item the fields its card
    prints; where the plan's other items carry an owner (a deadline) field, a card printed without
    one lacks it (:func:`plancheck.extract.plan._inline_field_places`), as an attachment table's
    item does. Why: a card's own head named only the fields it prints, so one left without 'When:'
    had no place for a deadline and raised no finding (session 51, a policy brief's sidebar)."""
    if len(made) != 1 or len(table.rows) != 1 or len(table.header) < 2 or table.header[0].strip():
        return
    if not all(r in ("owner", "deadline") for r in roles[1:]):
        return
    _record_fields(st, made)


def goal_rows_alone(rows: list[list[Cell]], roles: list[str | None], mcol: int, header_norm: list[str]) -> set[int]:
    """The rows of a measure table whose goal cell opens a goal with no measure: neither its own
    measure cell nor that of any row under it, down to the next goal cell, is filled (a
    spreadsheet's last row 'M5 – …' printed alone under the repeated header). Header rows
    repeated on a new page, group rows and empty rows are passed over. Why: such a goal is
    named nowhere else, and the measures' rows, which carry the other goals of the goal column
    to the linking stage, do not carry it."""
    if "goal" not in roles:
        return set()
    gcol = roles.index("goal")
    out: set[int] = set()
    current: int | None = None  # the row whose goal cell the rows below fall under
    current_key, served = "", False
    for k, row in enumerate(rows):
        cells = [normalise(c.text) for c in row]
        if not any(cells) or cells == header_norm or _repeats_header(row, header_norm) or _is_group_row(row, roles):
            continue
        goal = normalise(row[gcol].text) if gcol < len(row) else ""
        if goal and goal != current_key:
            if current is not None and not served:
                out.add(current)
            current, current_key, served = k, goal, False
        if mcol < len(row) and row[mcol].text.strip():
            served = True
    if current is not None and not served:
        out.add(current)
    return out


def _goal_cell(st: _State, block: Block, cell: Cell, made: dict[str, Goal | None]) -> None:
    """The goal a goal cell states, made where the cell stands, in reading order, once per
    text (``made``, by normalised text). Not made when it names a goal the plan declared before
    (by number or words: :func:`~plancheck.extract.link.match_goal`), nor when it is a short
    title ("Mål 2", "Aktive unge") and the plan declared goals before, which it may name; the
    linking stage matches these as it does any goal cell. The goal's text and number are those
    the linking stage gives a goal cell (:func:`~plancheck.extract.link.link_plan`), so the
    measures under the cell link to it by their goal text."""
    from plancheck.extract.link import _short_form, match_goal
    from plancheck.ingest.text import strip_label

    key = normalise(cell.text)
    if not key or key in made:
        return
    declared = [g for g in st.plan.goals if all(g is not m for m in made.values())]
    if match_goal(cell.text, declared) is not None or (_short_form(cell.text) and declared):
        made[key] = None
        return
    role, lnum, rest = label_role(cell.text)
    number, text = (lnum, rest) if role else strip_label(cell.text)
    if not normalise(text):
        made[key] = None
        return
    goal = _add_goal(st, block, text, GoalKind.goal, number=number)
    location = block.provenance.location
    goal.page = cell.page or block.provenance.page
    goal.provenance = Provenance(page=goal.page, bbox=cell.bbox, source_text=cell.text,
                                 location=f"{location}, row {cell.row + 1}" if location else None)
    made[key] = goal


def _goal_above(st: _State, block: Block) -> Goal | None:
    """The goal a label set right above this table in the same section ("Periodemål: Flere
    skal …" over the records of its measures), or None. Why: a section may hold several goals,
    each over its own measure table; the table directly under a labelled goal is that goal's,
    as the measures under a goal label in a list are (the walk's context goal)."""
    prev = st.blocks[st.index - 1] if 0 < st.index <= len(st.blocks) else None
    goal = st.ctx_goal
    if prev is None or goal is None or goal is not st.last_goal:
        return None
    if goal.provenance is not prev.provenance or prev.section_id != block.section_id:
        return None
    return goal


def _goal_just_read(st: _State, block: Block) -> bool:
    """Whether the block right above this table is the goal the reader read last (a goal label
    heading "Delmål 1: …" or paragraph "Mål 2: …"): the table stands where a goal's measures do.
    Looser than :func:`_goal_above`, which asks for a goal the walk keeps as its context."""
    prev = st.blocks[st.index - 1] if 0 < st.index <= len(st.blocks) else None
    goal = st.last_goal
    if prev is None or goal is None or prev.kind not in (BlockKind.heading, BlockKind.paragraph):
        return False
    return bool(normalise(goal.text)) and normalise(goal.text) in normalise(prev.text)


@dataclass(frozen=True)
class SideBySideSettings:
    """When tables stand side by side on one line of the page."""

    top_slack: float = 6.0  # pt: their tops differ by at most this (one line of titles over them)


def _named_goals_of_table(st: _State, block: Block, settings: SideBySideSettings = SideBySideSettings()) -> list[Goal]:
    """The goals the table's heading named for what follows (``st.ref_goals``, when the heading
    of the table's section names the same goals; none otherwise), as this table serves them: all
    of them, except when as many tables as named goals stand side by side
    under it (tops on one line, left to right without overlap), the titles over them read as
    one line ("Åtgärder för mål 1   Åtgärder för mål 2"): then the goal named in this table's
    place, the first named for the leftmost table.

    Why: two goals' measure tables set in two columns have their titles on one line, which the
    layout reads as one heading naming both goals; each table serves the goal over it."""
    from plancheck.extract.roles import goal_numbers
    from plancheck.extract.state import goal_by_number

    # only goals the table's own heading names ("Åtgärder för mål 1"), not a lead-in's further up
    section = next((sec for sec in st.plan.sections if sec.id == block.section_id), None)
    titled = [g for n in goal_numbers(section.title) if (g := goal_by_number(st, n))] if section is not None else []
    goals = list(st.ref_goals)
    if not titled or {g.id for g in titled} != {g.id for g in goals}:
        return []
    box = block.provenance.bbox
    if len(goals) < 2 or box is None:
        return goals
    row = [
        b for b in st.blocks
        if b.kind == BlockKind.table and b.section_id == block.section_id and b.provenance.page == block.provenance.page
        and b.provenance.bbox is not None and abs(b.provenance.bbox.top - box.top) <= settings.top_slack
    ]
    row.sort(key=lambda b: b.provenance.bbox.x0 if b.provenance.bbox is not None else 0.0)
    boxes = [b.provenance.bbox for b in row]
    apart = all(a is not None and c is not None and a.x1 <= c.x0 for a, c in itertools.pairwise(boxes))
    if len(row) != len(goals) or not apart or not any(b is block for b in row):
        return goals
    return [goals[next(i for i, b in enumerate(row) if b is block)]]


@dataclass(frozen=True)
class ColumnContentSettings:
    """When the cells of a column with an unknown header say what it holds."""

    min_cells: int = 3  # filled cells a column needs before its content counts
    deadline_share: float = 0.6  # … of which at least this share read as deadlines …
    dated_share: float = 0.5  # … and at least this share name a year or a date


def _filled_cells(table: Table, i: int) -> list[str]:
    """The filled cells of column ``i`` in rows with another filled cell."""
    return [r[i].text.strip() for r in table.rows if i < len(r) and r[i].text.strip() and sum(1 for c in r if c.text.strip()) > 1]


def _header_cells(st: _State) -> dict[str, list[str]]:
    """Header cell (normalised) → the filled cells under it in every table of the document
    (worked out once per document): the tables of one form under one header, each too short to
    show what the column holds, show it together."""
    if st.header_cells is not None:
        return st.header_cells
    out: dict[str, list[str]] = {}
    for b in st.blocks:
        t = b.table
        if b.kind != BlockKind.table or t is None:
            continue
        for i, h in enumerate(t.header):
            if h and normalise(h):
                out.setdefault(normalise(h), []).extend(_filled_cells(t, i))
    st.header_cells = out
    return out


def deadline_by_content(table: Table, roles: list[str | None], lang: str = "nb",
                        settings: ColumnContentSettings = ColumnContentSettings(),
                        pooled: dict[str, list[str]] | None = None) -> list[str | None]:
    """A table with no deadline column by header word ("Tidsrom", "Når gjøres det") may still
    have one: a column whose header names no role and whose cells read as deadlines ("2025–2026",
    "Innen 31.12.2025", "Løpende"), most of them dated. Year columns ("2025 | 2026") are not.
    ``pooled`` (header → the cells under it in all the document's tables): a column whose
    header heads other tables too is judged by all their cells (one small table per group
    under one header: 'Lead | By' under each goal)."""
    from plancheck.lang.deadlines import parse_deadline

    if "deadline" in roles or year_columns(table.header):
        return roles
    best: tuple[float, int] | None = None
    for i, role in enumerate(roles):
        if role is not None:
            continue
        cells = _filled_cells(table, i)
        head = normalise(table.header[i] or "") if i < len(table.header) else ""
        if pooled and head and len(pooled.get(head, [])) > len(cells):
            cells = pooled[head]
        if len(cells) < settings.min_cells:
            continue
        parsed = [parse_deadline(c, lang=lang) for c in cells]
        read = sum(1 for d in parsed if d is not None and d.kind != DeadlineKind.none)
        dated = sum(1 for d in parsed if d is not None and d.start is not None)
        enough = read >= settings.deadline_share * len(cells) and dated >= settings.dated_share * len(cells)
        if enough and (best is None or read / len(cells) > best[0]):
            best = (read / len(cells), i)
    if best is None:
        return roles
    out = list(roles)
    out[best[1]] = "deadline"
    return out


def budget_years(header: list[str], years: dict[int, int]) -> bool:
    """Are all the year columns parts of a group headed by a cost word ("2026 (Kostnad (1 000
    kr))": the layout's join of a year under the cell spanning it, see
    :func:`plancheck.layout.tables.labels_group`)?"""
    from plancheck.lang.vocab import column_role

    groups = [m.group(1) for i in years if (m := _GROUP_OF.match(header[i] or ""))]
    return len(groups) == len(years) and all(column_role(g) == "cost" for g in groups)


@dataclass(frozen=True)
class AmountYearSettings:
    """When year columns beside a deadline column are a budget (:func:`amount_years`)."""

    enabled: bool = True
    min_amounts: int = 1  # filled year cells, every one of them an amount
    # … or at least this share of them amounts, each of the others a dash (no amount that year) or
    # a note of words without a figure ('not estimated'): no mark (an X, one word) says a year
    noted_share: float = 0.75
    note_min_words: int = 2


def amount_years(rows: list[list[Cell]], years: dict[int, int],
                 settings: AmountYearSettings = AmountYearSettings()) -> bool:
    """Do the year columns hold amounts and nothing else (no X, no bar, no word): '850 | 0 |
    1 500'? Beside a deadline column they are what each year costs, as a handlingsprogram printed
    from the financial system gives its measures' money by year; a zero there is no unmarked
    year, and a row whose date cell is empty has no deadline, not one at the end of its money.
    An amount is the module's one pattern of it (``_AMOUNT``: digits with separators, perhaps a
    currency or a unit). A year left without an amount may hold a dash or a note in words
    ('–', 'not estimated': a climate budget's tonnes saved by year) when most cells are amounts."""
    if not settings.enabled:
        return False
    cells = [r[i].text.strip() for r in rows for i in years if i < len(r) and r[i].text.strip()]
    if len(cells) < settings.min_amounts:
        return False
    others = [c for c in cells if not _AMOUNT.match(c)]
    if not others:
        return True
    # amounts with a dash or a note for the years that have none ('–', 'not estimated')
    return len(cells) - len(others) >= settings.noted_share * len(cells) and all(
        _DASH_CELL.match(c) or (len(c.split()) >= settings.note_min_words and not re.search(r"\d", c)) for c in others
    )


_DASH_CELL = re.compile(r"^[-–—]+$")


_GROUP_OF = re.compile(r"^\s*(?:19|20)\d\d\s*\((.+)\)\s*$")


def year_columns(header: list[str]) -> dict[int, int]:
    """Column index → year, for a header with two or more year columns ("Tiltak | Ansvar | 2025 |
    2026 | 2027"): the plan's years, each marked with an X or an amount where the work is done."""
    found = {i: int(m.group(1)) for i, h in enumerate(header) if (m := _YEAR_HEAD.match(h or ""))}
    return found if len(found) >= 2 else {}


_PART_OF_YEAR = re.compile(r"^(\S.{0,15}?)\s*\(((?:19|20)\d\d)\)$")


def period_columns(header: list[str]) -> list[tuple[int, str]]:
    """[(column index, head)], in time order, for a header with two or more columns each headed
    by a part of a year and the year ("Q1 2026 | Q2 2026 | …", "H2 2026", "Jan 2027": a Gantt by
    quarter, half or month, its heads joined from a year row spanning a row of parts, see
    :func:`sub_period_header`); [] otherwise. Each head is nothing but a time (``time_only``)
    and reads as a period inside one year, shorter than it."""
    from plancheck.lang.deadlines import parse_deadline, time_only

    found = []
    for i, h in enumerate(header):
        # "Q1 (2026)": the layout's join of a part under the year spanning it
        h = _PART_OF_YEAR.sub(r"\1 \2", " ".join((h or "").split()))
        if not h or not time_only(h) or _YEAR_HEAD.match(h):
            continue
        d = parse_deadline(h)
        if d is None or d.kind != DeadlineKind.period or d.start is None or d.end is None:
            continue
        if d.start.year != d.end.year or (d.start.month, d.end.month) == (1, 12):
            continue
        found.append((d.start, i, h))
    if len(found) < 2 or len({start for start, _i, _h in found}) != len(found):
        return []
    return [(i, h) for _start, i, h in sorted(found)]


def sub_period_header(texts: list[str], row: list[Cell]) -> list[str] | None:
    """The header with the parts of a year from the row under it joined to the year each stands
    under ("2026" spanning "Q1 | Q2 | Q3 | Q4" → "Q1 2026" … "Q4 2026"), when ``row`` is such a
    row: its cells under a year, or under the empty cells a year spans to its right, are parts
    (each with that year a time shorter than the year, :func:`period_columns`), at least two,
    and its other filled cells repeat the header cell above them (merged down); None otherwise."""
    from plancheck.lang.deadlines import time_only

    out = list(texts)
    year: str | None = None
    parts = 0
    for i, head in enumerate(texts):
        head = (head or "").strip()
        m = _YEAR_HEAD.match(head)
        if m:
            year = m.group(1)
        elif head:
            year = None
        cell = row[i].text.strip() if i < len(row) else ""
        if not cell:
            continue
        if year is None:
            if cell != head:
                return None
            continue
        if not time_only(f"{cell} {year}") or _YEAR_HEAD.match(cell):
            return None
        out[i] = f"{cell} {year}"
        parts += 1
    return out if parts >= 2 and len(period_columns(out)) == parts else None


def marked_span(years: dict[int, int], cells: list[str]) -> tuple[int, int] | None:
    """The first and last year a row marks ("X", "✓", or an amount other than zero): (2025, 2027)
    for marks under 2025 to 2027, (2026, 2026) for one; None when it marks none. A row marked
    under several period columns is due by the end of its last (the deadline a planner reads
    off the chart, as for a Gantt bar) and starts in its first."""
    marked = [
        year for year, text in zip(years.values(), cells, strict=False)
        if _MARK.match(text) or (_AMOUNT.match(text.strip()) and any(ch in "123456789" for ch in text))
    ]
    return (min(marked), max(marked)) if marked else None


def filled_years(rows: list[list[Cell]], years: dict[int, int]) -> list[list[int] | None]:
    """For each row, the years whose cell is filled as a mark (a Gantt bar: the row's timing
    shown only by the background of its year cells), or None when the reader could not tell
    the row's fills. A year cell's fill marks it when it is a colour, differs from every fill
    among the row's other cells (a shaded group row or a zebra stripe fills them all alike),
    and is not a colour filling every year cell of every read row (a column's own shading)."""
    if not years:
        return [None for _ in rows]
    fills = [[r[i].fill if i < len(r) else None for i in years] for r in rows]
    read = [f for f in fills if all(c is not None for c in f)]
    # (a colour in every year cell of every read row: one that only shows in each row somewhere,
    # as a bar does when every row has one, is no column's shading)
    every = {c for c in read[0] if all(x == c for f in read for x in f)} if len(read) > 1 else set()
    out: list[list[int] | None] = []
    for row, row_fills in zip(rows, fills, strict=True):
        if any(c is None for c in row_fills):
            out.append(None)
            continue
        others = {c.fill for j, c in enumerate(row) if j not in years}
        out.append([
            year for year, colour in zip(years.values(), row_fills, strict=True)
            if colour and colour not in others and colour not in every
        ])
    return out


_PARTNERS = words_pattern(table_words("partners"))
_BRACKET_END = re.compile(r"\s*\(([^()]*)\)\s*$")  # a bracket closing a header ("Ansvar (frist)")


def _deadline_bracket_off(header: str) -> str:
    """``header`` without a closing bracket that names the deadline column ("Lead partner (due)":
    owner and deadline in one cell); a bracket naming anything else stays ("Ansvarlig (i
    samarbeid med)" names the partners)."""
    from plancheck.lang.vocab import column_role

    m = _BRACKET_END.search(header)
    return header[: m.start()] if m and column_role(m.group(1)) == "deadline" else header
_TOTALS = words_pattern(table_words("totals"), start=True)
# an amount: digits with separators, perhaps a currency or a unit ("1 150", "2,5 mill. kr", "$40,000")
_AMOUNT = re.compile(
    r"^[-–(]?\s*(?:kr\.?|nok|sek|dkk|\$|€|£)?\s*\d[\d\s.,']*(?:\s*(?:%|kr\.?|nok|sek|dkk|mill\.?|mio\.?|mia\.?|mrd\.?|mnok|k|\$|€|£))*\s*\)?$",
    re.IGNORECASE,
)
_TOTAL_LABEL_WORDS = 4  # "Sum mål 1", "Totalt for perioden": a total's label is short


#: a table without an owner column whose action cells mostly repeat items read before (this
#: share of its filled action cells, each at this token-set ratio) sums them up
REPEAT_SHARE = 0.5
REPEAT_SCORE = 90


_NUMBERED_CELL = re.compile(
    r"^\s*(?:\d{1,3}(?:\.\d{1,3})+\.?|\d{1,3}[.)]|[^\W\d_]+\s+\d{1,3}(?:\.\d{1,3})*\s*:)\s+\S"
)


def numbered_cell(text: str) -> bool:
    """Does a cell open with a number ("2.4 …", "3) …") or a labelled number ("Action 5: …",
    "Project 2: …")? A bare count ("15 new stations") is no number of the item."""
    return bool(_NUMBERED_CELL.match(text or ""))


def _repeated_rows(st: _State, table: Table, mcol: int) -> list[bool]:
    """For each row of ``table``: does its action cell name a measure or strategy read before
    it? (An empty action cell counts as named: it adds nothing.)"""
    from rapidfuzz import fuzz

    earlier = [normalise(x.text) for x in (*st.plan.measures, *st.plan.strategies)]
    out = []
    for r in table.rows:
        cell = normalise(r[mcol].text) if mcol < len(r) else ""
        out.append(not cell.strip() or any(fuzz.token_set_ratio(cell, e) >= REPEAT_SCORE for e in earlier))
    return out


def _repeats_items(st: _State, table: Table, mcol: int) -> bool:
    """Do most action cells of ``table`` name measures or strategies read before it?"""
    filled = [r for r in table.rows if mcol < len(r) and r[mcol].text.strip()]
    if not (st.plan.measures or st.plan.strategies) or not filled:
        return False
    hits = sum(_repeated_rows(st, table.model_copy(update={"rows": filled}), mcol))
    return hits >= REPEAT_SHARE * len(filled)


def _parent_cell(row, roles: list[str | None], mcol: int) -> Cell | None:
    """A row whose action cell is empty and whose text stands in the one unnamed column left of
    the action column (a strategy over the actions indented under it, the header of its column
    unread or blank): that cell. Several words, so a number or a mark is not one."""
    left = [c for i, c in enumerate(row[:mcol]) if (roles[i] if i < len(roles) else None) is None and c.text.strip()]
    if len(left) != 1 or len(left[0].text.split()) < 2 or left[0].merged_from is not None:
        return None
    return left[0]


def _is_total_row(row, roles: list[str | None], mcol: int) -> bool:
    """A total row of a cost table: the measure cell opens with a total word ("Sum mål 1",
    "Totalt", "Total") and is short, and every other filled cell outside the goal, theme and
    number columns is an amount. It sums the measures above it; it is not one."""
    label = row[mcol].text.strip()
    if not _TOTALS.match(label) or len(label.split()) > _TOTAL_LABEL_WORDS:
        return False
    others = [
        c.text.strip() for i, c in enumerate(row)
        if i != mcol and c.text.strip() and (roles[i] if i < len(roles) else None) not in ("goal", "theme", "number")
    ]
    return bool(others) and all(_AMOUNT.match(t) for t in others)


def foot_note_rows(rows: list[list[Cell]], roles: list[str | None], header: list[str]) -> set[int]:
    """Rows under the last numbered row of a table whose measure rows are numbered, with no
    number, no owner and no deadline of their own: notes set under the table in its text column
    (a spreadsheet's key to its abbreviations, 'Hvornår: primo = januar–april …', a source line),
    not measures. Needs a number column and at least two numbered rows, so a table that numbers
    nothing, or one row, loses no row."""
    if "number" not in roles:
        return set()
    numbered = [k for k, row in enumerate(rows) if _cell(row, roles, "number")]
    if len(numbered) < 2:
        return set()
    return {
        k for k in range(numbered[-1] + 1, len(rows))
        if not any(owner_and_deadline(rows[k], roles, header))
    }


def _figure_row(row, roles: list[str | None], header: list[str]) -> bool:
    """A row of figures set under the measure rows in the same columns (a spreadsheet's
    "Nøkkeltall" block: "Turnover | 12,4 % | Mål 2030: 9 %"): its owner holds only an
    amount, a number or a share, which names no one. It states a figure; it is no measure. A
    year is no figure: it is a deadline run into the owner's cell, or written alone in a cell
    shared by owner and deadline (:func:`owner_and_deadline` reads it as the deadline)."""
    owner = owner_and_deadline(row, roles, header)[0].strip()
    return bool(owner) and bool(_AMOUNT.match(owner)) and not _DATED.fullmatch(owner)


_DATED = re.compile(r"\b(?:19|20)\d\d\b")
def _stated_time(target: str, action: str, lang: str = "en") -> str:
    """With no deadline column, the time a row states: its target cell when that names a year
    ("40 MW by 2035"), else a "by <year>" phrase that dates the action itself ("… by 2027"),
    not one inside its purpose or a target it names (:func:`plancheck.lang.deadlines.action_by_when`)."""
    from plancheck.lang.deadlines import action_by_when

    if target and _DATED.search(target):
        return target
    return action_by_when(action, lang=lang)


_PART_TAIL = re.compile(r"(?:\s+(?:\d{1,2}[.)]|[" + re.escape(BULLETS) + r"]))+\s*$")


def part_sources(text: str, texts: list[str]) -> list[str]:
    """The text as printed of each item ``texts`` read from a cell's ``text`` (its fields
    included, the next item's number or bullet left off): each item's text found in order, its
    source running to where the next one starts; "" for an item not found so."""
    flat = " ".join((text or "").split())
    starts: list[int] = []
    at = 0
    for t in texts:
        k = flat.find(t, at) if t else -1
        starts.append(k)
        if k >= 0:
            at = k + len(t)
    out = []
    for i, k in enumerate(starts):
        if k < 0:
            out.append("")
            continue
        end = next((s for s in starts[i + 1 :] if s > k), len(flat))
        out.append(_PART_TAIL.sub("", flat[k:end]).strip())
    return out


def _named_fields(header: str) -> set[str]:
    """Which of owner and deadline a measure column's header names beside the measure
    ("Tiltak (ansvar, frist)", "Actions (lead, date)")."""
    from plancheck.lang.vocab import column_roles_named

    return set(column_roles_named(header or "")) & {"owner", "deadline"}


def _cell_fields(parts: list[tuple[str, str | None, str | None]], named: set[str]) -> set[str]:
    """Which of owner and deadline a measure cell gives its items a place for: those its items
    carry (one of two or more items is enough) and those its column's header names (``named``)."""
    out = set(named)
    if len(parts) >= 2:
        out |= {"owner"} if any(p[1] for p in parts) else set()
        out |= {"deadline"} if any(p[2] for p in parts) else set()
    return out


def _due_in_cells(row, roles: list[str | None]) -> str:
    """With no deadline column, a sentence in a cell no role names (sub-actions, notes) that
    says when the action must be done ("… must be completed by June 2026":
    :func:`plancheck.lang.deadlines.due_by_when`); the first such cell from the left."""
    from plancheck.lang.deadlines import due_by_when

    for i, cell in enumerate(row):
        if i < len(roles) and roles[i] is None and cell.text:
            found = due_by_when(" ".join(cell.text.split()))
            if found:
                return found
    return ""


def _repeats_header(row, header_norm: list[str]) -> bool:
    """A row whose every filled cell is (a line of) the header cell above it: the header
    repeated on a new page, perhaps broken over two rows ("Committee / Proposed", "ACTIONS")."""
    filled = [(c.col, normalise(c.text)) for c in row if c.text.strip()]
    return bool(filled) and all(
        col < len(header_norm) and text and text in header_norm[col] for col, text in filled
    )


def _table_strategy(st: _State, block: Block, meas: Measure, text: str, provenance: Provenance | None = None) -> None:
    """A strategy column: each distinct strategy text becomes one strategy."""
    from rapidfuzz import fuzz

    _role, _num, rest = label_role(text)
    norm = _clean(rest if _role else text)
    name, target = _name_and_target(norm)
    found = next((s for s in st.plan.strategies if fuzz.token_sort_ratio(normalise(s.text), normalise(name)) >= 90), None)
    if found is None:
        found = _add_strategy(st, block, name, number=None, provenance=provenance)
    if target and not found.goal_ids:
        # "Increase Renewables: … target to achieve 80 % reduction by 2050": the strategy and
        # the target it serves
        goal = _add_goal(st, block, target, GoalKind.goal, number=None)
        if provenance is not None:
            goal.page, goal.provenance = provenance.page, provenance
        found.goal_ids.append(goal.id)
        st.loose_goal_ids.add(goal.id)  # served by this strategy, not by everything near it
    meas.strategy_ids.append(found.id)


_QUANTIFIED_TARGET = re.compile(
    rf"\d+\s*(%|{alternation(evidence_words('percent'))})\D*?\b(?:19|20)\d\d\b", re.IGNORECASE
)


def _name_and_target(text: str) -> tuple[str, str | None]:
    """A strategy cell "Name: a quantified target with a year" → (name, target); else (text, None)."""
    name, sep, target = text.partition(":")
    if sep and 0 < len(name.split()) <= 8 and _QUANTIFIED_TARGET.search(target):
        return name.strip(), target.strip()
    return text, None


_DELEGATION = words_pattern(table_words("delegation"), start=True)


def _record_fields(st: _State, made: list[Measure]) -> None:
    """The measures of titled records read by their descriptions (:func:`described_items`: a
    story map's stops, a card per site, each with its own 'Lead: … · When: …' fields), or of a
    series of field cards (:func:`_field_card_places`), give their owner and deadline as a field
    line does: where the document's other records carry an owner (a deadline) field, a record
    printed without one lacks it (plan._inline_field_places), as a pinboard's post left without
    'By:' does."""
    from plancheck.extract.fields import Fields

    for m in made:
        st.inline_fields.append((m, Fields(text=m.text, owner=m.owner_text,
                                           deadline=m.deadline.text if m.deadline else None, labelled=True)))


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
        if cand.kind == BlockKind.heading and not cand.number:
            st.card_heading = (cand.level, cand.font_size)  # a card's title (_is_measure_candidate)
    owners: list[Owner] = []
    seen: set[str] = set()
    printed: list[str] = []  # the owner cells as printed, each once
    deadlines: list[Deadline] = []
    for row in table.rows:
        otext, dtext = owner_and_deadline(row, roles, table.header)
        if _DELEGATION.match(otext):
            otext = ""  # "through …": done through another row's owner
        if otext.strip() and otext.strip() not in printed:
            printed.append(otext.strip())
        for o in split_owners(otext, lang=st.lang) if otext else []:
            key = o.text.lower()
            if key not in seen:
                seen.add(key)
                owners.append(o)
        if dtext:
            dl = parse_deadline(dtext, lang=st.lang)
            if dl is not None:
                deadlines.append(dl)
    meas.owners = owners
    # the cells as printed ("Helsestasjon og jordmortjeneste"), which the plan-wide readers of
    # owners weigh (plan._split_owners_seen_alone); rows parted as owners are
    meas.owner_text = ("; ".join(printed) if owners else "") or None
    dated = [d for d in deadlines if d.end is not None]
    if dated:
        meas.deadline = max(dated, key=lambda d: d.end)
    elif deadlines:
        meas.deadline = deadlines[0]
    meas.has_owner_column = has_column(table.header, roles, "owner")
    meas.has_deadline_column = has_column(table.header, roles, "deadline")
    # the item's own fields, as a field line gives them: where the plan's other items carry an
    # owner (a deadline) field, an item whose small table has none lacks one (plan._inline_field_places;
    # a pinboard's posts each with 'Lead:' / 'By:' lines, one of them left without 'By:')
    from plancheck.extract.fields import Fields

    st.inline_fields.append((meas, Fields(text=meas.text, owner=meas.owner_text,
                                          deadline=meas.deadline.text if meas.deadline else None, labelled=True)))
    st.last_candidate = None
    st.last_candidate_measure = None


# a goal table's columns: the goal, its number, its indicator, its strategies and its focus area
# (a theme column, the area repeated on every row or merged down); columns without a role beside an indicator hold the indicator's values ("I dag | 2029"). Any other role (a
# measure, owner or deadline column) makes it another kind of table.
_GOAL_TABLE_ROLES = frozenset({"goal", "number", "indicator", "strategy", "theme", None})
_GOAL_TABLE_MIN_WORDS = 3  # a goal cell is a statement, not a figure or a name ("100 %", "Apex")
# "1.1 …", "2. …", "3) …" (not "10 nye barnehager …": a bare number is a figure of the goal)
_CELL_NUMBER = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){1,3}|\d{1,2}(?=[.)]))[.)]?\s+(\D.*)$", re.DOTALL)


# a bullet opening an item inside a cell whose lines the text layer joined ("• A. • B.", a
# symbol font's private-use bullet): the layout's bullet glyphs, less the dashes, middle dot
# and asterisk that inside a sentence are punctuation; a dash only when the cell opens with one
_CELL_BULLET = re.compile(
    r"(?:^|\s)[" + re.escape("".join(c for c in BULLETS if c not in "–—-*·\u2013")) + r"]\s+"
)
_CELL_DASH = re.compile(r"(?:^|\s)[-–—]\s+")


# a goal's code opening a sentence in a goal cell: "M1.2 ", "G-3 ", "2.1 " before a capital
_CODED_PART = re.compile(
    r"(?:^|(?<=[.!?])\s+)(?P<code>(?P<prefix>[A-ZÆØÅ]{1,3}-?)?\d{1,2}(?:\.\d{1,2}){0,3}[a-z]?)"
    r"\s+(?=[A-ZÆØÅ])"
)


def coded_goal_parts(text: str, prefixes: frozenset[str] = frozenset()) -> list[tuple[str, str]]:
    """(code, text) of each goal of a goal cell that states several, each sentence run opening
    with a code of the same form ("M1.1 Holmevik skal … . M1.2 Nye boliger skal …"), in order;
    [] when the cell opens with no code or holds one coded goal — unless the code's letters
    are among ``prefixes`` (those of cells of the same table that state several). A bare
    number needs a dotted form ("1.2"): a sentence may open with a count ("3 av 4 …").

    Why: a ``Satsingsområde | Mål | Strategier`` table writes two or three coded goals as
    paragraphs in one Mål cell, which the text layer joins; the child cites each by its code
    ("M1.2"), so each is a goal of its own. One code alone may be a name ("E6 skal utvides"),
    so it is taken only where the table codes its goals so elsewhere."""
    text = " ".join((text or "").split())
    marks = [m for m in _CODED_PART.finditer(text) if m.group("prefix") or "." in m.group("code")]
    if not marks or marks[0].start() != 0:
        return []
    if len(marks) < 2 and (marks[0].group("prefix") or "") not in prefixes:
        return []
    if len({m.group("prefix") or "" for m in marks}) != 1 or len({m.group("code") for m in marks}) != len(marks):
        return []
    ends = [m.start() for m in marks[1:]] + [len(text)]
    return [(m.group("code"), text[m.end() : end].strip()) for m, end in zip(marks, ends, strict=True)]


def cell_items(text: str) -> list[str]:
    """The items of a strategy or "how" cell: its bulleted lines, else its lines (a .docx cell
    keeps its paragraphs), else its sentences (a PDF cell's paragraphs are joined by the text
    layer; a full stop before a capital ends one). One item per way to the goal.

    Why: the "how" column of a goal table lists several ways to its goal in one cell; the rød
    tråd and the checks judge each of them, not the cell as one run-on strategy."""
    from plancheck.extract.prose import sentences

    text = (text or "").strip()
    if not text:
        return []
    if _CELL_BULLET.search(text):
        parts = _CELL_BULLET.split(text)
    elif _CELL_DASH.match(text):
        parts = _CELL_DASH.split(text)
    elif "\n" in text:
        parts = text.split("\n")
    else:
        parts = [text]
    out = []
    for part in parts:
        out.extend(sentences(part) if part.strip() else [])
    return [c for c in (_clean(p) for p in out) if c]


def goal_table(header: list[str], roles: list[str | None]) -> bool:
    """Whether a table states goals, one per row: its header has a column named by a goal word
    of the lexicon as the whole cell ("Mål", "Delmål", "Goal"), a number, indicator or strategy
    column beside it, and no column of another role.

    Why: samfunnsdeler and handlingsdeler often set their goals as ``Nr. | Mål | Indikator``,
    ``Delmål | Indikator | I dag | 2029`` or ``Mål | Strategiar`` tables without measures; the
    goals are the plan's own.
    Why so narrow: a header cell that only contains a goal word ("Mål 2022" over target values,
    "Mål för nämndens verksamhet" over goals quoted from others) or a goal column alone (other
    cities' goals for comparison) is not this plan's goal table."""
    from plancheck.lang.vocab import column_word_exact

    goal_cols = [i for i, r in enumerate(roles) if r == "goal"]
    return (
        len(goal_cols) == 1
        and column_word_exact(header[goal_cols[0]])
        and bool({"number", "indicator", "strategy"} & set(roles))
        and all(r in _GOAL_TABLE_ROLES for r in roles)
    )


_LINKED_GOAL_TABLE_ROLES = _GOAL_TABLE_ROLES | {"references", "measure"}


def linked_goal_table(roles: list[str | None]) -> bool:
    """Whether a table states this plan's goals, one per row, each linked to goals of another
    plan: one goal column (its header a goal word, alone or qualified: "Mål", "Planens mål",
    "Our objectives"), a cross-reference column beside it (the lexicon's ``columns.references``:
    "Knyttet til samfunnsdelen", "Kopplat till KF-mål", "Linked to council plan") and
    no column of an owner, deadline or other role (a measure column may list each goal's
    activities).

    Why: a thematic plan sets its goals in a table whose second column names the goal of the
    overarching plan each one follows up; the link column says the rows are the plan's own
    goals, where a goal column alone (:func:`goal_table`) may quote other plans' goals. With
    an owner column the table is a measure table and is read as one."""
    goal_cols = [i for i, r in enumerate(roles) if r == "goal"]
    # an objectives table of a service plan gives each objective a lead officer and a target,
    # and no measure or deadline: its rows are still the plan's goals, each linked to the
    # overarching plan's ('Ref | Objective | Council Plan priority | Target | Lead')
    allowed = _LINKED_GOAL_TABLE_ROLES | (
        {"owner"} if "indicator" in roles and not {"measure", "deadline"} & set(roles) else set()
    )
    return (
        len(goal_cols) == 1
        and "references" in roles
        and all(r in allowed for r in roles)
    )


def measured_goal_roles(roles: list[str | None]) -> list[str | None]:
    """``roles`` with the one strategy column of a table that has an indicator column and no goal
    column read as the goal column ("Satsingsområde | Vi vil | Slik måler vi").

    Why: "Vi vil" and "Dette vil vi" head what a plan wants, which the lexicon files under
    strategy (a "Vi vil:" heading or lead-in lists the ways); but an indicator measures an aim,
    so beside an indicator and under no goal column that column's cells are the plan's goals.
    With a goal column beside it ("Mål | Vi vil | Indikator") it stays the goal's strategies."""
    if "goal" in roles or "indicator" not in roles or roles.count("strategy") != 1:
        return roles
    return ["goal" if r == "strategy" else r for r in roles]


def _table_focus(st: _State, block: Block, text: str, prov: Provenance) -> str:
    """The id of the focus area a goal table's theme cell names, made on its first row (the
    same area repeated on the next rows, or merged down, is the same focus area)."""
    from plancheck.models import FocusArea

    key = normalise(text)
    for fa in st.plan.focus_areas:
        if normalise(fa.text) == key and fa.section_id == block.section_id:
            return fa.id
    fa = FocusArea(
        id=f"focus-{len(st.plan.focus_areas) + 1}",
        text=text,
        page=prov.page,
        section_id=block.section_id,
        provenance=prov,
    )
    st.plan.focus_areas.append(fa)
    return fa.id


_GRID_MAX_HEADER_WORDS = 8  # a focus area's name ("Hela Hedsjö ska leva"), not a sentence
_GRID_MIN_COLUMNS = 2  # a map of areas side by side; one column is a box, read as text


@dataclass(frozen=True)
class CellBulletSettings:
    """When the unlabelled brackets closing a cell's bullets are the bullets' owner and deadline."""

    # at least this share of the cell's bullets close with "(lead, date)": one bracket
    # among plain bullets is a remark ("(TOPI)", "(see map)"), most of them are the cell's fields
    unlabelled_share: float = 0.5
    # a column of a table of no column role holds measures when at least this many of its
    # bullets, and this share of them, carry labelled owner or deadline fields
    # (fielded_bullet_columns)
    fielded_min_items: int = 2
    fielded_share: float = 0.5


def bulleted_measures(
    text: str, lang: str = "nb", settings: CellBulletSettings = CellBulletSettings(), *, expected: bool = False
) -> list[tuple[str, str | None, str | None]] | None:
    """The measures of a measure cell written as bulleted lines, each with the owner and deadline
    written after it ("• Kurs i … – Ansvar: landbrukskontoret. Frist: 2029", or unlabelled in a
    closing bracket "• Create two pocket parks (Parks Team, March 2027)" when at least
    ``settings.unlabelled_share`` of the bullets close so): [(text, owner, deadline), …]; None
    when the cell does not open with a bullet or holds one line without fields (it stays one
    measure, as read).

    Why: a ``Delmål | Tiltak`` table lists a sub-goal's several measures in one cell, each with
    its own owner and deadline; read as one run-on measure, the owners' names count as the
    measure's words and no owner or deadline is found. A "Goal | Actions" table whose actions
    are bullets in one cell often gives "(lead, date)" after each, as running text does
    (:func:`plancheck.extract.fields.split_fields`)."""
    text = (text or "").strip()
    if not _CELL_BULLET.match(text):
        return None
    parts = [" ".join(x.split()) for x in _CELL_BULLET.split(text) if x.strip()]
    return _fielded_parts(parts, lang, settings, expected=expected)


def _fielded_parts(
    parts: list[str], lang: str, settings: CellBulletSettings = CellBulletSettings(), *, expected: bool = False
) -> list[tuple[str, str | None, str | None]] | None:
    """(text, owner, deadline) of each item of a cell's list (:func:`bulleted_measures`).
    ``expected``: the column's header names the owner or deadline beside the measure
    ("Tiltak (ansvar, frist)"), so an item's closing bracket holds them however few do."""
    from plancheck.extract.fields import split_fields

    fields = [split_fields(x, lang) for x in parts]
    if len(parts) < 2 and not any(f.labelled for f in fields):
        return None
    bracketed = sum(1 for f in fields if f.unlabelled)
    take_unlabelled = (bracketed >= 1 and expected) or (
        bracketed >= 2 and bracketed >= settings.unlabelled_share * len(parts)
    )
    read = [f.labelled or (take_unlabelled and f.unlabelled) for f in fields]
    return [
        (f.text, f.owner, f.deadline) if ok else (x, None, None)
        for x, f, ok in zip(parts, fields, read, strict=True)
        if (f.text if ok else x).strip()
    ]


# the next item's number inside a numbered cell whose lines the text layer joined: a space, the
# number and its mark, a space and a capital ("… (Parks Team, 2028) 2. Create …"); "2. halvår"
# has no capital after it
_NEXT_NUMBER = re.compile(r"\s(\d{1,2})[.)]\s+(?=[A-ZÆØÅÄÖÜ«\"'])")


def numbered_parts(text: str, first: str | None) -> list[str] | None:
    """The items of a cell holding a numbered list, its first number ``first`` already taken
    off its text ("Tilby … (Helsestasjonen, 2027) 2. Starte … 3. Tilby …"): the text cut before
    each next number in sequence (first + 1, first + 2, …); None when ``first`` is no number or
    the next one never comes. A cell whose list runs on from the previous page starts at its own
    number ("4. …")."""
    if not first or not first.isdigit():
        return None
    expected, parts, start = int(first) + 1, [], 0
    for m in _NEXT_NUMBER.finditer(text):
        if int(m.group(1)) != expected:
            continue
        parts.append(text[start : m.start()])
        start, expected = m.end(), expected + 1
    if not parts:
        return None
    parts.append(text[start:])
    return [" ".join(p.split()) for p in parts if p.strip()]


def numbered_measures(
    text: str, first: str | None, lang: str = "nb", settings: CellBulletSettings = CellBulletSettings(),
    *, expected: bool = False,
) -> list[tuple[str, str | None, str | None]] | None:
    """The measures of a measure cell written as a numbered list, each with the owner and
    deadline after it as :func:`bulleted_measures` reads a bulleted one ("1. Create two pocket
    parks (Parks Team, March 2027) 2. Plant …"); None when the cell holds one item.

    Why: a ``Mål | Tiltak`` table numbers a goal's several measures in one cell; the text layer
    joins the cell's lines, and read as one run-on measure the owners' names count as its words
    and no owner or deadline is found."""
    parts = numbered_parts(text, first)
    return _fielded_parts(parts, lang, settings, expected=expected) if parts else None


def field_line_items(text: str, lang: str = "nb") -> list[tuple[str, str | None, str | None]] | None:
    """The measures of a cell written as lines, each measure's sentence followed by a line of
    its labelled fields only ("Ansætte to psykologer …" / "Ansvarlig: Børn og Familie ·
    Tidsplan: 2027" / "Uddanne …" / "Ansvar: …"): [(text, owner, deadline), …]; None when
    no line of the cell is such a field line or a field line opens the cell.

    A line after a field line that opens in lower case is the field's value wrapped ("Tidsplan:
    Hvert" / "skoleår"); any other line after one opens the next measure. Why: a web page sets
    a measure's fields on a line of their own, in smaller type, under its sentence (no
    bullet); the cell holds one or more such pairs."""
    from plancheck.extract.fields import field_line, split_fields

    lines = [" ".join(x.split()) for x in (text or "").splitlines() if x.strip()]
    if not lines or field_line(lines[0]) is not None or not any(field_line(x) for x in lines):
        return None
    parts: list[tuple[list[str], list[str]]] = []  # (sentence lines, field lines)
    for line in lines:
        fielded = field_line(line) is not None
        if fielded and parts:
            parts[-1][1].append(line)
        elif parts and parts[-1][1] and line[:1].islower():
            parts[-1][1][-1] += " " + line  # the field's value wrapped
        elif parts and not parts[-1][1]:
            parts[-1][0].append(line)  # the sentence wrapped
        else:
            parts.append(([line], []))
    out: list[tuple[str, str | None, str | None]] = []
    for sentence, fields in parts:
        f = split_fields(" ".join(sentence) + ("\n" + " ".join(fields) if fields else ""), lang)
        if fields and f.labelled:
            out.append((f.text, f.owner, f.deadline))
        else:
            out.append((" ".join([*sentence, *fields]), None, None))
    return out


def fielded_bullet_columns(
    table: Table, lang: str = "nb", settings: CellBulletSettings = CellBulletSettings(),
    pooled: dict[str, list[str]] | None = None,
) -> Table | None:
    """The cells of a table of no column role whose items say who does them and by when, as a
    one-column table of measure cells ("• Tilby sommarjobb … Ansvar: Heimetenesta. Frist: kvar
    sommar • …", or each item's sentence over a line of its fields, :func:`field_line_items`):
    a column qualifies when at least ``settings.fielded_min_items`` of its items and
    ``settings.fielded_share`` of them carry labelled owner or deadline fields
    (:func:`bulleted_measures`). ``pooled`` (header → the cells under it in all the document's
    tables): a column whose head heads other tables too is judged by all their cells (one such
    table under each goal, some holding one measure). None when no column qualifies.

    Why: a plan may set beside its own actions what others do (the state's work in one column,
    the municipality's in the other: "What the government does | What we will do"), two columns
    whose heads name no owner or deadline column; only the plan's own actions say who and when.
    Read as no measure table, the plan had no measures at all; read whole, the state's work
    would be the plan's. A cell of the plan's column that is neither bulleted nor split by field
    lines (a line saying the plan does nothing here, "No council action – …") holds none; a
    bulleted one of items without fields that says so (:func:`~plancheck.extract.placeholders.says_none`)
    holds none either."""
    from plancheck.extract.placeholders import says_none

    def items_of(text: str) -> list[tuple[str, str | None, str | None]]:
        return bulleted_measures(text, lang) or field_line_items(text, lang) or []

    def qualifies(texts: list[str]) -> bool:
        items = [items_of(t) for t in texts]
        total = sum(len(i) for i in items)
        fielded = sum(1 for i in items for _t, owner, deadline in i if owner or deadline)
        return fielded >= settings.fielded_min_items and fielded >= settings.fielded_share * total

    cells: list[Cell] = []
    width = max((len(r) for r in table.rows), default=0)
    for col in range(width):
        column = [r[col] for r in table.rows if col < len(r) and r[col].text.strip()]
        head = normalise(table.header[col]) if col < len(table.header) and table.header[col] else ""
        texts = pooled[head] if pooled and head and head in pooled else [c.text for c in column]
        if not qualifies(texts):
            continue
        for c in column:
            items = items_of(c.text)
            if items and not (all(o is None and d is None for _t, o, d in items) and says_none(c.text, lang)):
                cells.append(c.model_copy(update={"col": 0}))
    if not cells:
        return None
    return table.model_copy(update={"header": [""], "rows": [[c] for c in cells]})


# a label and its number ("Mål 1", "Goal 2", "Tiltak 3.1"): the word(s) before the number
NUMBERED_LABEL = re.compile(r"^\s*(?P<label>[^\W\d_][\w ]{0,30}?)\s+(?P<num>\d{1,2}(?:\.\d{1,2})?[a-z]?)\s*[.:]?\s*$")


# a cell opening with its number before its text: "3 TRYGGHET Alle skal …", "2. Fleire skal …"
_BOX_NUMBER_CELL = re.compile(r"^\s*(?P<num>\d{1,2})[.)]?\s+(?P<rest>\S.*)$", re.S)
_BOX_NUMBER_MIN_WORDS = 3  # "3 Alle skal lykkes": text, not a heading's "1 Mål"


def numbered_cells(cells: list[str]) -> bool:
    """Whether every cell opens with a number of its own (all different) before at least
    ``_BOX_NUMBER_MIN_WORDS`` words. Why: tiles of a grid or boxes in a row number their
    content ("1 BOLIG Flere skal …" beside "2 …"); a header's cells name columns, and year
    columns ("2025") hold no words after their number."""
    found = [_BOX_NUMBER_CELL.match(c or "") for c in cells]
    if not found or any(m is None or len(m.group("rest").split()) < _BOX_NUMBER_MIN_WORDS for m in found):
        return False
    nums = [m.group("num") for m in found if m]
    return len(set(nums)) == len(nums)


def header_reads_as_row(header: list[str], rows: list[list[str]]) -> bool:
    """Whether the row a table was drawn with at its top is one of its body rows, no header: in
    some column the top cell and every body cell are the same label with different numbers
    ("Mål 1" over "Mål 2", "Mål 3"), or each opens with a number of its own before its text
    (:func:`numbered_cells`: a grid of numbered boxes, "1 BOLIG Flere skal …" over "3 …").

    Why: a table of numbered goals ("Mål 1 | Ålviken ska växa …") has no header row, and the
    layout reads every table's first row as its header; its first goal would be no goal. A
    header names its column ("Mål", "Tiltak nr."); it does not number itself as the rows below
    it do."""
    if not rows:
        return False
    for col, head in enumerate(header):
        cells = [r[col] if col < len(r) else "" for r in rows]  # (the column's body, once)
        if numbered_cells([head, *cells]):
            return True
        top = NUMBERED_LABEL.match(head or "")
        if top is None:
            continue
        below = [NUMBERED_LABEL.match(c or "") for c in cells]
        if all(
            b is not None
            and b.group("label").lower() == top.group("label").lower()
            and b.group("num") != top.group("num")
            for b in below
        ):
            return True
    return False


def bulleted_items(text: str) -> list[str] | None:
    """The bulleted items of a target map's body cell ("• A ska … • B ska …"), None when the
    cell is not bulleted."""
    text = (text or "").strip()
    if not text or not _CELL_BULLET.match(text):
        return None
    return cell_items(text)


def focus_grid(table: Table, roles: list[str | None], lang: str | None = None) -> bool:
    """Whether a table is a map of goals by focus area (a "målkarta"): two or more columns, every
    header cell a short name the lexicon knows no column role of (the focus areas), and every
    non-empty body cell a bulleted list whose every item is worded as a goal (a modal of the
    lexicon, ``evidence.modal``: "Alla elever ska kunna simma.").

    Why: samfunnsdeler and strategic plans draw their goals as a grid, the focus areas in the
    shaded header cells, one or two goals per cell. Why so narrow: a strengths/weaknesses table
    has bullets under headers with no role too, but its bullets state facts, not aims."""
    from plancheck.lang.vocab import heading_role as lexicon_heading_role

    header = [" ".join((h or "").split()) for h in table.header]
    if len(header) < _GRID_MIN_COLUMNS or any(roles) or not table.rows:
        return False
    if any(
        not h or len(h.split()) > _GRID_MAX_HEADER_WORDS or lexicon_heading_role(h) for h in header
    ):
        return False
    modal = words_pattern(evidence_words("modal", lang))
    cells = [c for row in table.rows for c in row if c.text.strip() and c.merged_from is None]
    if not cells:
        return False
    for c in cells:
        items = bulleted_items(c.text)
        if not items or not all(modal.search(i) for i in items):
            return False
    return True


_CELL_CODE = re.compile(r"^(?P<code>[A-ZÆØÅ]{1,3}-?\d{1,2}(?:\.\d{1,2}){0,2}[a-z]?)\s+(?P<rest>[A-ZÆØÅ].*)$", re.DOTALL)
_EMPTY_CELL = re.compile(r"^[\s–—\-.]*$")


def coded_goal_grid(table: Table, roles: list[str | None], lang: str | None = None) -> bool:
    """Whether a table is a map of coded goals by column (a "målkart" whose columns are the
    goals or areas above, "Samfunnsmål 1.1 …" over "D1 Alle som … skal …"): two or more columns,
    no owner, deadline or measure column, and every filled body cell one goal sentence (a modal
    of the lexicon, ``evidence.modal``) opening with a code of one series ("D1", "D2", …), each
    code once; empty cells may hold a dash.

    Why: the plan numbers these goals and its measure table cites them by code in a "Delmål"
    column; read as nothing, the goals were only their codes."""
    if len(table.header) < _GRID_MIN_COLUMNS or {"owner", "deadline", "measure"} & set(roles) or not table.rows:
        return False
    modal = words_pattern(evidence_words("modal", lang))
    cells = [c for row in table.rows for c in row if c.merged_from is None and not _EMPTY_CELL.match(c.text or "")]
    found = [_CELL_CODE.match(" ".join(c.text.split())) for c in cells]
    if len(cells) < 2 or any(m is None or not modal.search(m.group("rest")) for m in found):
        return False
    codes = [m.group("code") for m in found if m]
    prefixes = {re.sub(r"[\d.a-z-]+$", "", c) for c in codes}
    return len(set(codes)) == len(codes) and len(prefixes) == 1


def _coded_goal_grid(st: _State, block: Block, table: Table) -> None:
    """One goal per filled cell of a map of coded goals (see :func:`coded_goal_grid`), numbered
    by its code."""
    for row in table.rows:
        for cell in row:
            m = _CELL_CODE.match(" ".join((cell.text or "").split()))
            if cell.merged_from is not None or m is None:
                continue
            g = _add_goal(st, block, m.group("rest"), GoalKind.goal, number=m.group("code"))
            g.provenance = _cell_provenance(cell, block)
            g.page = g.provenance.page
    st.last_candidate = None


def _cell_provenance(cell: Cell, block: Block) -> Provenance:
    """A grid cell's provenance: its page (the table's when the cell has none), box and text."""
    return Provenance(page=cell.page or block.provenance.page, bbox=cell.bbox, source_text=cell.text,
                      location=block.provenance.location)


def _focus_grid(st: _State, block: Block, table: Table) -> None:
    """One goal per bullet of a target map (see :func:`focus_grid`), its focus area the header
    cell of its column."""
    for row in table.rows:
        for cell in row:
            if cell.merged_from is not None or cell.col >= len(table.header):
                continue
            prov = _cell_provenance(cell, block)
            area = _clean(table.header[cell.col])
            for text in bulleted_items(cell.text) or []:
                g = _add_goal(st, block, text, GoalKind.goal, number=None)
                g.page, g.provenance = prov.page, prov
                g.focus_area_id = _table_focus(st, block, area, prov)
    st.last_candidate = None


def _goal_table(st: _State, block: Block, table: Table, roles: list[str | None]) -> None:
    """One goal per row of a goal table (see :func:`goal_table`): the number column is the
    goal's number, the indicator cell (with the values of the unnamed columns, under their
    headers: "I dag: 8 %; 2029: 5 %") an indicator of the goal, the strategy cell a strategy of
    the goal — never a measure. A row whose goal the plan already has (an overview repeating
    goals stated in the text) adds none."""
    from plancheck.extract.link import best_match

    gcol = roles.index("goal")
    kind = heading_role(table.header[gcol])[0]
    values = [i for i, r in enumerate(roles) if r is None and (table.header[i] or "").strip()]
    if "indicator" not in roles:
        values = []  # an unnamed column beside no indicator holds no indicator's values
    header_norm = [normalise(h) for h in table.header]
    # the letters of the codes of cells stating several coded goals ("M" of "M1.1 … M1.2 …")
    coded = frozenset(
        re.sub(r"[\d.a-z]+$", "", code)
        for row in table.rows
        if gcol < len(row)
        for code, _t in coded_goal_parts(row[gcol].text)
    )
    for row in table.rows:
        if gcol >= len(row) or [normalise(c.text) for c in row] == header_norm:
            continue
        cell = row[gcol]
        text = _clean(cell.text)
        if len(re.findall(r"[^\W\d_]{2,}", text)) < _GOAL_TABLE_MIN_WORDS:
            continue
        if st.plan.goals and best_match(text, st.plan.goals)[1] >= 95:
            continue
        page = cell.page or block.provenance.page
        location = block.provenance.location
        if location:
            location = f"{location}, row {cell.row + 1}"
        prov = Provenance(
            page=page, bbox=cell.bbox, source_text=" | ".join(c.text for c in row), location=location
        )
        # several coded goals in one cell ("M1.1 … . M1.2 …"): one goal each
        parts: list[tuple[str | None, str]] = [(c, _clean(t)) for c, t in coded_goal_parts(text, coded)]
        if not parts:
            number = _cell(row, roles, "number").strip().rstrip(".") or None
            # a number or a goal label written in the goal cell ("1.1 Alle barn …", "Mål 2: …")
            lrole, lnum, lrest = label_role(text)
            if lrole in GOAL_ROLES and lrest.strip():
                number, text = number or lnum, _clean(lrest)
            m = _CELL_NUMBER.match(text)
            if m:
                number, text = number or m.group(1), m.group(2)
            parts = [(number, text)]
        theme = _clean(_cell(row, roles, "theme"))
        row_goals = []
        for number, gtext in parts:
            g = _add_goal(st, block, gtext, GOAL_ROLES.get(kind or "", GoalKind.goal), number=number)
            g.page, g.provenance = page, prov
            if theme:
                g.focus_area_id = _table_focus(st, block, theme, prov)
            row_goals.append(g)
        scell = row[roles.index("strategy")] if "strategy" in roles and roles.index("strategy") < len(row) else None
        for strategy in cell_items(_cell(row, roles, "strategy")):
            sprov = Provenance(page=scell.page or page if scell else page, bbox=scell.bbox if scell else None,
                               source_text=scell.text if scell else strategy, location=location)
            sgy = _add_strategy(st, block, strategy, number=None, provenance=sprov)
            sgy.goal_ids.extend(x.id for x in row_goals)
        mcell = row[roles.index("measure")] if "measure" in roles and roles.index("measure") < len(row) else None
        for action in cell_items(_cell(row, roles, "measure")):
            # the activities listed beside the goal (a linked goal table, see linked_goal_table)
            mprov = Provenance(page=mcell.page or page if mcell else page, bbox=mcell.bbox if mcell else None,
                               source_text=mcell.text if mcell else action, location=location)
            meas = _add_measure(st, block, action, number=None, provenance=mprov)
            meas.goal_ids.extend(x.id for x in row_goals)
            meas.related_codes = _related_codes(row, roles)
        indicator = _clean(_cell(row, roles, "indicator"))
        targets = "; ".join(
            f"{_clean(table.header[i])}: {_clean(row[i].text)}"
            for i in values
            if i < len(row) and row[i].text.strip()
        )
        if indicator or targets:
            text_ind = f"{indicator} ({targets})" if indicator and targets else indicator or targets
            ind = Indicator(
                id=f"indicator-{len(st.plan.indicators) + 1}",
                text=text_ind,
                page=page,
                section_id=block.section_id,
                provenance=prov,
                goal_ids=[x.id for x in row_goals],
            )
            st.plan.indicators.append(ind)
    st.last_candidate = None
