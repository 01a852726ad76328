"""Plan content + style → a small producer-neutral document model (headings, paragraphs,
lists, tables, sections). Every producer renders this model, so the same plan and style give
the same document whatever made the PDF; only the producer's own typesetting differs.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from corpora.synth.content import Goal, Measure, PlanContent
from corpora.synth.families import distribute, goal_letter
from corpora.synth.styles import Style


@dataclass
class Heading:
    text: str
    level: int  # 0 = document title, 1 = chapter, 2 = section, 3 = subsection


@dataclass
class Para:
    text: str
    bold: bool = False
    indent: int = 0  # indentation steps (outline levels)
    space_before: bool = False


@dataclass
class ListItem:
    text: str
    level: int = 0
    number: str | None = None  # "1", "1.1" for ordered items; None for bullets
    note: tuple[str, str | None] | None = None  # (owner in italics, deadline in brackets) on a line under it


@dataclass
class ListBlock:
    items: list[ListItem]
    ordered: bool
    auto: bool  # the producer numbers/bullets it; else the label is typed into the text
    typed_sep: str = ". "
    note_small: bool = False  # item notes in a smaller size (else only the owner in italics)

    def typed_text(self, item: ListItem) -> str:
        if not self.ordered:
            return f"• {item.text}"
        if item.level == 0:
            return f"{item.number}{self.typed_sep}{item.text}"
        return f"{item.number} {item.text}"


@dataclass
class Cell:
    text: str
    rowspan: int = 1
    colspan: int = 1
    bold: bool = False
    shaded: bool = False
    center: bool = False
    turned: bool = False  # the text set vertically, reading upwards (a narrow column's head)


@dataclass
class TabRow:
    """One line of an outline with tab columns: its text at an indentation level, in bold or
    not, and the column cells after it (None: a line of the outline alone, no columns)."""

    text: str
    level: int
    bold: bool
    cells: list[str] | None = None


@dataclass
class TabOutline:
    """An outline shown by indentation and weight, with columns at the right under a typed
    column-head line (``head``: the column words; the outline's own column has none)."""

    head: list[str]
    rows: list[TabRow]


@dataclass
class TableBlock:
    header: list[list[Cell | None]]  # None = covered by a span
    rows: list[list[Cell | None]]
    widths: list[float]  # relative column widths
    ruled: bool = True
    allow_row_split: bool = True


@dataclass
class Section:
    kind: str  # "landscape" | "columns"
    children: list = field(default_factory=list)


@dataclass
class PageBreak:
    pass


@dataclass
class Doc:
    lang: str
    title: str
    header: str | None
    page_word: str
    letter_spaced: bool
    blocks: list


#: families whose goals, strategies and measures are all in one outline (no measure part)
OUTLINES = ("outline", "ids", "indent", "letters")


def _goal_ref(plan: PlanContent, g: Goal, style: Style, *, cell: bool) -> str:
    word = plan.words["subgoal_word"] if g.kind == "sub_goal" else plan.words["goal_word"]
    if style.goal_ref == "number":
        return f"{word} {g.number}"
    return g.text if cell else f"{word} {g.number}: {g.text}"


def _inline(plan: PlanContent, m: Measure) -> str:
    parts = []
    if m.owner_text:
        parts.append(f"{plan.words['inline_owner']}: {m.owner_text}")
    if m.deadline:
        parts.append(f"{plan.words['inline_deadline']}: {m.deadline}")
    return f" ({'; '.join(parts)})" if parts else ""


def _outline(plan: PlanContent, style: Style, goals: list[Goal], counters: dict) -> list:
    out: list = []
    g_lab, s_lab, m_lab = plan.words["outline_labels"]

    def measures(leaf: Goal, level: int) -> None:
        for m in leaf.measures:
            if style.outline_form == "codes":
                counters["D"] += 1
                tail = "".join(f" – {x}" for x in (m.owner_text and f"Lead: {m.owner_text}", m.deadline) if x)
                out.append(Para(f"D{counters['D']} (Deliverable) {m.text}{tail}", indent=level))
            else:
                out.append(Para(f"{m_lab} {m.number}: {m.text}{_inline(plan, m)}", indent=level))

    for g in goals:
        if style.outline_form == "codes":
            out.append(Para(f"G{g.number} (Goal) {g.text}", bold=True, space_before=True))
        else:
            out.append(Para(f"{g_lab} {g.number}: {g.text}", bold=True, space_before=True))
        for sg in g.subgoals:
            if style.outline_form == "codes":
                counters["O"] += 1
                out.append(Para(f"O{counters['O']} (Objective) {sg.text}", bold=True, indent=1))
            else:
                out.append(Para(f"{s_lab} {sg.number}: {sg.text}", bold=True, indent=1))
            measures(sg, 2)
        if not g.subgoals:
            measures(g, 1)
    return out


def _table(plan: PlanContent, style: Style, leaves: list[Goal]) -> TableBlock:
    w = plan.words
    with_goal = style.goal_cells == "merged"
    cols: list[tuple[str, float]] = []
    if style.nr_column:
        cols.append((w["table_nr"], 0.6))
    if with_goal:
        cols.append((w["table_goal"], 2.2 if style.goal_ref == "text" else 1.0))
    cols += [(w["table_measure"], 4.0), (w["table_owner"], 1.8), (w["table_deadline"], 1.3)]
    n = len(cols)
    if style.table == "two_level":
        top: list[Cell | None] = [Cell(name, rowspan=2, bold=True) for name, _ in cols[:-2]]
        top += [Cell(w["table_group"], colspan=2, bold=True), None]
        second: list[Cell | None] = [None] * (n - 2) + [Cell(cols[-2][0], bold=True), Cell(cols[-1][0], bold=True)]
        header = [top, second]
    else:
        header = [[Cell(name, bold=True) for name, _ in cols]]
    rows: list[list[Cell | None]] = []
    for leaf in leaves:
        if style.goal_cells == "group_row":
            rows.append([Cell(_goal_ref(plan, leaf, style, cell=False), colspan=n, bold=True, shaded=True)] + [None] * (n - 1))
        for i, m in enumerate(leaf.measures):
            row: list[Cell | None] = []
            if style.nr_column:
                row.append(Cell(m.number))
            if with_goal:
                row.append(Cell(_goal_ref(plan, leaf, style, cell=True), rowspan=len(leaf.measures)) if i == 0 else None)
            row += [Cell(m.text), Cell(m.owner_text), Cell(m.deadline or "")]
            rows.append(row)
    return TableBlock(header, rows, [c[1] for c in cols], ruled=style.table != "unruled")


def _matrix(plan: PlanContent, style: Style, leaves: list[Goal], *, turned: bool = False) -> TableBlock:
    """An ansvarsmatrise: unit columns under a spanning owner word, X under each owner
    (``turned``: the unit names set vertically in narrow columns)."""
    w, units = plan.words, list(plan.words["matrix_units"])
    n = 2 + len(units)
    top: list[Cell | None] = [Cell(w["table_measure"], rowspan=2, bold=True),
                              Cell(w["table_owner"], colspan=len(units), bold=True, center=True)]
    top += [None] * (len(units) - 1) + [Cell(w["table_deadline"], rowspan=2, bold=True)]
    second: list[Cell | None] = [None, *(Cell(u, bold=True, center=True, turned=turned) for u in units), None]
    rows: list[list[Cell | None]] = []
    for leaf in leaves:
        rows.append([Cell(_goal_ref(plan, leaf, style, cell=False), colspan=n, bold=True, shaded=True)] + [None] * (n - 1))
        for m in leaf.measures:
            marks = [Cell("X" if u in m.owners else "", center=True) for u in units]
            rows.append([Cell(m.text), *marks, Cell(m.deadline or "")])
    return TableBlock([top, second], rows, [3.4, *([0.7 if turned else 1.3] * len(units)), 1.5], ruled=True)


def _indent_outline(plan: PlanContent, goals: list[Goal]) -> TabOutline:
    w = plan.words
    rows: list[TabRow] = []
    for g in goals:
        rows.append(TabRow(g.text, 0, True))
        for s, ms in distribute(g):
            level = 1
            if s is not None:
                rows.append(TabRow(s.text, 1, True))  # type: ignore[attr-defined]
                level = 2
            rows += [TabRow(m.text, level, False, [m.owner_text, m.deadline or ""]) for m in ms]
    return TabOutline([str(w["table_owner"]), str(w["table_deadline"])], rows)


def _letter_table(plan: PlanContent, g: Goal, letter: str) -> TableBlock:
    w = plan.words
    header = [[Cell(w["table_nr"], bold=True), Cell(w["table_measure"], bold=True),
               Cell(w["table_owner"], bold=True), Cell(w["table_deadline"], bold=True)]]
    rows: list[list[Cell | None]] = []
    for si, (s, ms) in enumerate(distribute(g)):
        prefix = letter
        if s is not None:
            prefix = f"{letter}.{si + 1}"
            rows.append([Cell(prefix, bold=True, shaded=True), Cell(s.text, colspan=3, bold=True, shaded=True), None, None])  # type: ignore[attr-defined]
        for mi, m in enumerate(ms):
            nr = f"{prefix}.{'abcdefghij'[mi]}" if s is not None else f"{prefix}.{mi + 1}"
            rows.append([Cell(nr), Cell(m.text), Cell(m.owner_text), Cell(m.deadline or "")])
    return TableBlock(header, rows, [0.8, 4.0, 1.8, 1.4], ruled=True)


def _ids(plan: PlanContent, goals: list[Goal], counters: dict) -> list:
    """Explicit labelled ids in the plan's language: 'M1 (Mål)', 'D1.1 (Delmål)', 'T3 (Tiltak)'."""
    g_lab, s_lab, m_lab = plan.words["outline_labels"]
    if plan.lang == "en":
        g_lab, s_lab, m_lab = "Goal", "Objective", "Deliverable"
    out: list = []

    def measures(leaf: Goal, level: int) -> None:
        for m in leaf.measures:
            counters["D"] += 1
            owner = m.owner_text and f"{str(plan.words['inline_owner']).capitalize()}: {m.owner_text}"
            tail = "".join(f" – {x}" for x in (owner, m.deadline) if x)
            out.append(Para(f"{m_lab[0]}{counters['D']} ({m_lab}) {m.text}{tail}", indent=level))

    for g in goals:
        out.append(Para(f"{g_lab[0]}{g.number} ({g_lab}) {g.text}", bold=True, space_before=True))
        for sg in g.subgoals:
            out.append(Para(f"{s_lab[0]}{sg.number} ({s_lab}) {sg.text}", bold=True, indent=1))
            measures(sg, 2)
        if not g.subgoals:
            measures(g, 1)
    return out


def _group_row(plan: PlanContent, style: Style, leaf: Goal, n: int) -> list[Cell | None]:
    return [Cell(_goal_ref(plan, leaf, style, cell=False), colspan=n, bold=True, shaded=True)] + [None] * (n - 1)


def _cross(plan: PlanContent, style: Style, leaves: list[Goal]) -> TableBlock:
    """A goal × measure cross matrix: the measures in rows, a narrow column per goal with an X
    under each goal a measure serves; the goals are named by number under a spanning group
    word ("Bidrar til mål": "1 | 2 | 3") or each by its word and number ("Mål 1 | Mål 2")."""
    w = plan.words
    goals = plan.goals()
    k = len(goals)
    lead = [(w["table_measure"], 4.0), (w["table_owner"], 2.0), (w["table_deadline"], 1.5)]
    if w["cross_form"] == "group":
        top: list[Cell | None] = [Cell(name, rowspan=2, bold=True) for name, _ in lead]
        top += [Cell(str(w["cross_group"]), colspan=k, bold=True, center=True)] + [None] * (k - 1)
        second: list[Cell | None] = [None] * len(lead) + [Cell(g.number, bold=True, center=True) for g in goals]
        header = [top, second]
    else:
        header = [[*(Cell(name, bold=True) for name, _ in lead),
                   *(Cell(f"{w['goal_word']} {g.number}", bold=True, center=True) for g in goals)]]
    rows: list[list[Cell | None]] = []
    for leaf in leaves:
        for m in leaf.measures:
            served = {m.goal_id, *m.also_goals}
            rows.append([Cell(m.text), Cell(m.owner_text), Cell(m.deadline or ""),
                         *(Cell("X" if g.id in served else "", center=True) for g in goals)])
    return TableBlock(header, rows, [c[1] for c in lead] + [0.7] * k, ruled=True)


def _code_table(plan: PlanContent, style: Style, leaves: list[Goal]) -> TableBlock:
    """One measure table whose first column holds only the code of the goal a measure serves
    ('2.1.1' under 'Mål'), repeated on every row or merged down over the goal's rows."""
    w = plan.words
    cols = [(w["table_goal"], 0.8), (w["table_measure"], 4.0), (w["table_owner"], 1.8), (w["table_deadline"], 1.3)]
    merged = bool(w["code_merged"])
    rows: list[list[Cell | None]] = []
    for leaf in leaves:
        for i, m in enumerate(leaf.measures):
            code: Cell | None = Cell(leaf.number, rowspan=len(leaf.measures) if merged else 1)
            if merged and i:
                code = None
            rows.append([code, Cell(m.text), Cell(m.owner_text), Cell(m.deadline or "")])
    return TableBlock([[Cell(str(name), bold=True) for name, _ in cols]], rows, [c[1] for c in cols],
                      ruled=style.table != "unruled")


def _wide_table(plan: PlanContent, style: Style, leaves: list[Goal]) -> TableBlock:
    """A landscape action table with partners, cost and status beside owner and deadline: the
    cells wrap over several lines, the goals are group rows, the header repeats on each page."""
    w = plan.words
    cols = [(w["table_measure"], 3.0), (w["table_owner"], 1.5), (w["table_partners"], 1.6),
            (w["table_deadline"], 1.1), (w["table_cost"], 1.0), (w["table_status"], 0.8)]
    if style.nr_column:
        cols.insert(0, (w["table_nr"], 0.5))
    n = len(cols)
    cells = w["wide_cells"]
    rows: list[list[Cell | None]] = []
    for leaf in leaves:
        rows.append(_group_row(plan, style, leaf, n))
        for m in leaf.measures:
            partner, cost, status = cells[m.id]  # type: ignore[index]
            row: list[Cell | None] = [Cell(m.number)] if style.nr_column else []
            row += [Cell(m.text), Cell(m.owner_text), Cell(partner), Cell(m.deadline or ""), Cell(cost), Cell(status)]
            rows.append(row)
    return TableBlock([[Cell(str(name), bold=True) for name, _ in cols]], rows, [c[1] for c in cols],
                      ruled=style.table != "unruled")


def _owner_date(plan: PlanContent, style: Style, leaves: list[Goal]) -> TableBlock:
    """Owner and deadline in one cell, the deadline in brackets ("NAV (2. kvartal 2027)")
    under a header naming both ("Ansvar (frist)")."""
    w = plan.words
    head = f"{w['table_owner']} ({str(w['table_deadline']).lower()})"
    rows: list[list[Cell | None]] = []
    for leaf in leaves:
        rows.append(_group_row(plan, style, leaf, 2))
        for m in leaf.measures:
            both = m.owner_text
            if m.deadline:
                both = f"{both} ({m.deadline})" if both else f"({m.deadline})"
            rows.append([Cell(m.text), Cell(both)])
    return TableBlock([[Cell(str(w["table_measure"]), bold=True), Cell(head, bold=True)]], rows, [4.5, 2.6],
                      ruled=style.table != "unruled")


def _deflist(plan: PlanContent, m: Measure) -> TableBlock:
    """One measure as a definition list: the term in bold at the left, its text beside it."""
    what, who, when = plan.words["def_terms"]
    rows: list[list[Cell | None]] = [[Cell(str(what), bold=True), Cell(m.text)]]
    if m.owner_text:
        rows.append([Cell(str(who), bold=True), Cell(m.owner_text)])
    if m.deadline:
        rows.append([Cell(str(when), bold=True), Cell(m.deadline)])
    # the term column as wide as its longest word needs (a word wider than its cell would run
    # into the text beside it; a term of two words may wrap)
    longest = max(len(word) for term in (what, who, when) for word in str(term).split())
    return TableBlock([], rows, [max(1.2, 0.12 * longest), 6.0], ruled=False)


def _horizon_key(plan: PlanContent) -> Para:
    """The key to the timeframe words: 'Kort sikt = innen 2027 · Mellomlang sikt = 2028–2029 ·
    Lang sikt = etter 2029' (from the plan period)."""
    from corpora.synth.families import HORIZON_KEY, HORIZON_WORDS

    short, mid, long_ = HORIZON_WORDS[plan.lang]
    by, after, heads = HORIZON_KEY[plan.lang]
    y0, y1 = plan.period
    head = heads[plan.seed % len(heads)]
    return Para(f"{head}: {short} = {by} {y0 + 1} · {mid} = {y0 + 2}–{y1} · {long_} = {after} {y1}")


def _horizons(plan: PlanContent, style: Style, leaves: list[Goal]) -> TableBlock:
    """The deadline column holds a timeframe word, or three horizon columns hold an X."""
    from corpora.synth.families import HORIZON_WORDS

    w = plan.words
    if w["horizon_form"] == "marks":
        words = HORIZON_WORDS[plan.lang]
        header = [[Cell(str(w["table_measure"]), bold=True), Cell(str(w["table_owner"]), bold=True),
                   *(Cell(h, bold=True, center=True) for h in words)]]
        widths = [4.0, 2.0, 1.1, 1.1, 1.1]
    else:
        header = [[Cell(str(w[k]), bold=True) for k in ("table_measure", "table_owner", "table_deadline")]]
        widths = [4.0, 2.0, 1.5]
    n = len(widths)
    rows: list[list[Cell | None]] = []
    for leaf in leaves:
        rows.append(_group_row(plan, style, leaf, n))
        for m in leaf.measures:
            if w["horizon_form"] == "marks":
                rows.append([Cell(m.text), Cell(m.owner_text),
                             *(Cell("X" if h == m.deadline else "", center=True) for h in HORIZON_WORDS[plan.lang])])
            else:
                rows.append([Cell(m.text), Cell(m.owner_text), Cell(m.deadline or "")])
    return TableBlock(header, rows, widths, ruled=True)


def _gantt(plan: PlanContent, style: Style, leaves: list[Goal]) -> TableBlock:
    """Period columns: one per year of the plan, an X in each year a measure runs."""
    w = plan.words
    years: list[int] = list(w["gantt_years"])  # type: ignore[arg-type]
    k = len(years)
    if w["gantt_group"]:
        header: list[list[Cell | None]] = [
            [Cell(str(w["table_measure"]), rowspan=2, bold=True), Cell(str(w["table_owner"]), rowspan=2, bold=True),
             Cell(str(w["table_deadline"]), colspan=k, bold=True, center=True), *([None] * (k - 1))],
            [None, None, *(Cell(str(y), bold=True, center=True) for y in years)],
        ]
    else:
        header = [[Cell(str(w["table_measure"]), bold=True), Cell(str(w["table_owner"]), bold=True),
                   *(Cell(str(y), bold=True, center=True) for y in years)]]
    rows: list[list[Cell | None]] = []
    for leaf in leaves:
        rows.append(_group_row(plan, style, leaf, 2 + k))
        for m in leaf.measures:
            first, last = w["gantt_spans"].get(m.id, (0, -1))  # type: ignore[union-attr]
            span = range(first, last + 1)
            rows.append([Cell(m.text), Cell(m.owner_text), *(Cell("X" if y in span else "", center=True) for y in years)])
    return TableBlock(header, rows, [4.0, 2.0, *([0.8] * k)], ruled=True)


def compose(plan: PlanContent, style: Style) -> Doc:
    w = plan.words
    blocks: list = [Heading(plan.title, 0), Para(f"{plan.municipality} {w['municipality_word']}")]
    if plan.vision:
        blocks += [Heading(w["vision_heading"], 1), Para(plan.vision)]

    goal_part: list = []
    counters = {"D": 0, "O": 0}
    for fi, fa in enumerate(plan.focus_areas, start=1):
        if style.measures == "codes":  # sections numbered by hand, each goal a numbered heading
            goal_part += [Heading(f"{fi} {fa.text}", 1), Para(fa.intro)]
            for g in fa.goals:
                goal_part.append(Heading(f"{g.number} {g.text}", 2))
                goal_part += [Heading(f"{sg.number} {sg.text}", 3) for sg in g.subgoals]
                if g.strategies:
                    goal_part.append(Para(str(w["strategy_leadin"]).format(n=g.number)))
                    goal_part.append(ListBlock([ListItem(s.text) for s in g.strategies], False, style.numbering == "auto"))
            continue
        goal_part += [Heading(fa.text, 1), Para(fa.intro)]
        if style.measures == "outline":
            goal_part += _outline(plan, style, fa.goals, counters)
            continue
        if style.measures == "ids":
            goal_part += _ids(plan, fa.goals, counters)
            continue
        if style.measures == "indent":
            goal_part.append(_indent_outline(plan, fa.goals))
            continue
        if style.measures == "letters":
            for g in fa.goals:
                letter = goal_letter(int(g.number) - 1)
                goal_part.append(Para(f"{letter}\u2003{g.text}", bold=True, space_before=True))
                goal_part.append(_letter_table(plan, g, letter))
            continue
        goal_part.append(Heading(w["goal_heading"], 2))
        items = []
        for g in fa.goals:
            items.append(ListItem(g.text, 0, g.number))
            items += [ListItem(sg.text, 1, sg.number) for sg in g.subgoals]
        goal_part.append(ListBlock(items, True, style.numbering == "auto", style.typed_sep))
        for g in fa.goals:
            if g.strategies:
                if style.strategies == "heading":
                    goal_part.append(Heading(str(w["strategy_heading"]).format(n=g.number), 3))
                else:
                    goal_part.append(Para(str(w["strategy_leadin"]).format(n=g.number)))
                goal_part.append(
                    ListBlock([ListItem(s.text) for s in g.strategies], False, style.numbering == "auto")
                )
    blocks += [Section("columns", goal_part)] if style.two_column else goal_part

    if style.measures not in OUTLINES:
        part: list = [Heading(w["measure_heading"], 1)]
        leaves = plan.leaf_goals()
        if style.measures in ("matrix", "turned"):
            part.append(_matrix(plan, style, leaves, turned=style.measures == "turned"))
        elif style.measures == "cross":
            part.append(_cross(plan, style, leaves))
        elif style.measures == "codes":
            part.append(_code_table(plan, style, leaves))
        elif style.measures == "wide":
            part.append(_wide_table(plan, style, leaves))
        elif style.measures == "ownerdate":
            part.append(_owner_date(plan, style, leaves))
        elif style.measures == "horizons":
            part += [_horizon_key(plan), _horizons(plan, style, leaves)]
        elif style.measures == "gantt":
            part.append(_gantt(plan, style, leaves))
        elif style.measures == "deflist":
            for leaf in leaves:
                part.append(Heading(_goal_ref(plan, leaf, style, cell=False), 2))
                part += [_deflist(plan, m) for m in leaf.measures]
        elif style.measures == "notes":
            for leaf in leaves:
                part.append(Heading(_goal_ref(plan, leaf, style, cell=False), 2))
                items = [ListItem(m.text, note=(m.owner_text, m.deadline)) for m in leaf.measures]
                part.append(ListBlock(items, False, True, note_small=style.note_type == "smaller"))
        elif style.measures == "table":
            if style.table_break or style.goal_cells != "heading":
                if style.table_break:  # the table starts low on a page and runs over it
                    f = plan.filler
                    part += [Para(" ".join(f[i % len(f):] + f[: i % len(f)]))
                             for i in range(7 if style.landscape else 6)]
                part.append(_table(plan, style, leaves))
            else:
                for leaf in leaves:
                    part.append(Heading(_goal_ref(plan, leaf, style, cell=False), 2))
                    part.append(_table(plan, style, [leaf]))
        else:
            o_lab, d_lab = w["block_labels"][1], w["block_labels"][2]
            for leaf in leaves:
                part.append(Heading(_goal_ref(plan, leaf, style, cell=False), 2))
                for m in leaf.measures:
                    if style.block_form == "titled":
                        part.append(Para(m.text, bold=True, space_before=True))
                    else:
                        part.append(Para(f"{w['block_labels'][0]}: {m.text}", space_before=True))
                    if m.owner_text:
                        part.append(Para(f"{o_lab}: {m.owner_text}"))
                    if m.deadline:
                        part.append(Para(f"{d_lab}: {m.deadline}"))
        if style.landscape:
            blocks.append(Section("landscape", part))
        else:
            blocks += [PageBreak(), *part]

    header = f"{plan.municipality} {w['municipality_word']} · {plan.title}" if style.header_footer else None
    return Doc(plan.lang, plan.title, header, str(w["page_word"]), style.letter_spaced, blocks)
