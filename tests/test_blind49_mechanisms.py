"""Forms of session 44 (blind batch 49), made general, on hand-built inputs with invented wording:
a page whose background is drawn edge to edge (no text frame), a chart's legend inside a visual of
its own (no card of icon fields across the page), a figure set larger than the title (no title),
a fixed-width report whose columns a line of dashes gives, a measure column of item numbers beside
the text column, a table's head over one row (no record), amounts under year columns beside a
deadline column (a budget, no deadline), headings that ask the plan's questions over measure
tables (goals), and the accountability question as a run-in label (an indicator)."""

from __future__ import annotations

from conftest import plan_of_blocks, table_of
from test_layout_support import line_words

from plancheck.extract.roles import label_role
from plancheck.extract.tables import amount_years, numbered_measure_roles, table_roles
from plancheck.layout.blocks import title
from plancheck.layout.dashtables import find_dash_tables
from plancheck.layout.document import page_frames
from plancheck.layout.icons import icon_fields
from plancheck.layout.lines import Line, words_to_lines
from plancheck.layout.settings import DEFAULT
from plancheck.layout.words import Word
from plancheck.models import Block, BlockKind

# ----------------------------------------------------------------- the page's background


def test_a_frame_covering_the_page_is_its_background_and_a_box_inside_it_stays_a_frame():
    whole, box = (0.0, 0.0, 800.0, 450.0), (40.0, 60.0, 300.0, 200.0)
    assert page_frames([whole, box], 800, 450) == [box]
    off = DEFAULT.model_copy(update={"background_frame_dropped": False})
    assert page_frames([whole, box], 800, 450, off) == [whole, box]


# ----------------------------------------------------------------- a legend in a visual of its own


def _legend_page():
    """Three 8 pt squares at one x, each before a short label, inside a panel on the right; a
    list in a panel on the left has a line level with each square."""
    words, shapes = [], []
    for k, (item, label) in enumerate([("Build a footbridge over the river", "Done: 4"),
                                       ("Plant hedges along the school roads", "Late: 2"),
                                       ("Light the path to the harbour", "Open: 5")]):
        top = 100 + 20 * k
        words += line_words(item, 40, top)
        shapes.append((400.0, top + 1, 408.0, top + 9))
        words += line_words(label, 411, top)
    panels = [(30.0, 80.0, 330.0, 180.0), (390.0, 80.0, 560.0, 180.0)]
    return shapes, words, panels


def test_a_legend_inside_its_own_panel_marks_no_fields_of_the_text_beside_the_panel():
    shapes, words, panels = _legend_page()
    assert len(icon_fields(shapes, words)) == 3  # without the panels: three rows of icon fields
    assert icon_fields(shapes, words, panels=panels) == []
    off = DEFAULT.model_copy(update={"icon_row_in_panel": False})
    assert len(icon_fields(shapes, words, off, panels=panels)) == 3


# ----------------------------------------------------------------- a figure is no title


def test_a_key_figure_set_larger_than_the_title_is_no_title():
    big = [Word("12.500", 400, 120, 470, 144, 24.0)]
    name = line_words("Harbour Renewal Plan 2029–2032", 40, 40, size=15)
    body = [w for k in range(6) for w in line_words("The harbour board meets every second month to follow up.", 40, 200 + 12 * k, size=9)]
    lines = words_to_lines(big + name + body, 1)
    assert title([lines]) == "Harbour Renewal Plan 2029–2032"
    off = DEFAULT.model_copy(update={"title_needs_letters": False})
    assert title([lines], off) == "12.500"


# ----------------------------------------------------------------- a fixed-width report


CH = 5.0  # the width of one character of the monospace font


def _mono(text: str, top: float) -> Line:
    """One line of a fixed-width print: each word at its character column."""
    words, k = [], 0
    for tok in text.split(" "):
        if tok:
            words.append(Word(tok, 20 + k * CH, top, 20 + (k + len(tok)) * CH, top + 8, 8.0))
        k += len(tok) + 1
    return words_to_lines(words, 1)[0]


REPORT = [
    "No    Acct Text                                Lead            Due",
    "----- ---- ----------------------------------- --------------- -----------",
    "AIM 4.1 Every harbour berth shall have shore power by the end of the period",
    "41.01 7710 Lay cables to the east quay         Harbour master  01.05.2029",
    "41.02 7720 Fit meters on the fuel jetty        Port engineer   Spring 2030",
    "           Note: depends on the grid company, see case 12/28",
    "41.03 7710 Train the crews in the new          Harbour master  2030",
    "           routines for berthing",
    "           ----------------------------------------------------------------",
    "                                               Total 4.1       1 250",
]


def test_a_line_of_dash_groups_gives_the_columns_of_a_fixed_width_table():
    lines = [_mono(t, 40 + 11 * k) for k, t in enumerate(REPORT)]
    found = find_dash_tables(lines, 1)
    assert len(found) == 2  # the note parts the rows
    first, second = (p for p, _u in found)
    assert [c.text for c in first.rows[0]] == ["No", "Acct", "Text", "Lead", "Due"]
    assert [[c.text for c in r] for r in first.rows[1:]] == [
        ["41.01", "7710", "Lay cables to the east quay", "Harbour master", "01.05.2029"],
        ["41.02", "7720", "Fit meters on the fuel jetty", "Port engineer", "Spring 2030"],
    ]
    # a cell wrapped onto the next line goes on with its row; the heads stand over every piece
    assert [c.text for c in second.rows[0]] == ["No", "Acct", "Text", "Lead", "Due"]
    assert [[c.text for c in r] for r in second.rows[1:]] == [
        ["41.03", "7710", "Train the crews in the new routines for berthing", "Harbour master", "2030"],
    ]
    kinds = {ln.text.split()[0]: ln.kind for ln in lines}
    assert kinds["AIM"] == "" and kinds["Note:"] == "" and kinds["Total"] == ""  # text between the rows
    assert kinds["No"] == "table"


def test_fixed_width_tables_can_be_switched_off():
    lines = [_mono(t, 40 + 11 * k) for k, t in enumerate(REPORT)]
    assert find_dash_tables(lines, 1, DEFAULT.model_copy(update={"dash_tables": False})) == []


# ----------------------------------------------------------------- the measure's number and its text


def test_a_measure_column_of_item_numbers_hands_its_role_to_the_text_column():
    t = table_of(["Tiltak", "Konto", "Tekst", "Ansvarlig", "Frist"],
                 [["3.07", "4410", "Lage ny plan for vedlikehold av bruene", "Driftssjef", "Vår 2029"],
                  ["3.08", "4420", "Skifte lysarmaturer i alle tunneler", "Elektro", "2030"]])
    roles = table_roles(t.header)
    assert roles[0] == "measure"
    assert numbered_measure_roles(t.header, t.rows, roles) == ["number", None, "measure", "owner", "deadline"]
    # a measure column of text keeps its role
    t2 = table_of(["Tiltak", "Konto", "Tekst", "Ansvarlig", "Frist"],
                  [["Lage ny plan for bruene", "4410", "Se sak 3/29 om bruene i nord", "Driftssjef", "2029"]])
    assert numbered_measure_roles(t2.header, t2.rows, table_roles(t2.header))[0] == "measure"


def test_a_table_head_over_one_row_is_no_record_and_the_row_is_a_measure():
    t = table_of(["Tiltak", "Konto", "Tekst", "Ansvarlig", "Frist"],
                 [["3.07", "4410", "Lage ny plan for vedlikehold av bruene", "Driftssjef", "Vår 2029"]])
    plan = plan_of_blocks([
        Block(id="", kind=BlockKind.heading, level=1, text="Mål 3 Bruene skal vere trygge å ferdast på"),
        Block(id="", kind=BlockKind.table, text="", table=t),
    ], "nn")
    assert [m.text for m in plan.measures] == ["Lage ny plan for vedlikehold av bruene"]
    assert [o.text for o in plan.measures[0].owners] == ["Driftssjef"]
    assert plan.measures[0].deadline is not None and plan.measures[0].deadline.text == "Vår 2029"


# ----------------------------------------------------------------- amounts under the years


def test_amounts_under_year_columns_beside_a_deadline_column_are_money_not_a_deadline():
    t = table_of(["Nr", "Tiltak", "Ansvarlig", "Frist", "2029", "2030", "2031"],
                 [["1", "Kjøpe ny brannbil", "Brannsjef", "01.03.2030", "0", "4 500", "0"],
                  ["2", "Ruste opp øvingsfeltet", "Brannsjef", "", "300", "300", "1 200"]])
    years = {4: 2029, 5: 2030, 6: 2031}
    assert amount_years(t.rows, years)
    marks = table_of(["Tiltak", "Ansvarlig", "Frist", "2029", "2030"], [["Kjøpe slanger", "Brannsjef", "", "X", ""]])
    assert not amount_years(marks.rows, {3: 2029, 4: 2030})
    plan = plan_of_blocks([Block(id="", kind=BlockKind.table, text="", table=t)], "nb")
    second = next(m for m in plan.measures if m.text.startswith("Ruste"))
    assert second.deadline is None or not second.deadline.text


# ----------------------------------------------------------------- questions as the plan's goals


def _question_plan(with_tables: bool = True):
    rows = [[["1", "Open the library on Sunday afternoons", "Library service", "June 2030"],
             ["2", "Lend out board games and consoles", "Library service", "2030"]],
            [["1", "Send a reading bag home with every new baby", "Health visitors", "2031"],
             ["2", "Drop the fines on children's loans", "Library service", "January 2030"]]]
    blocks = [Block(id="", kind=BlockKind.heading, level=1, text="Library Plan 2029–2032")]
    for k, q in enumerate(["How could we give every teenager a warm room to read and meet in?",
                           "How could we get more families to borrow books every month?"]):
        blocks += [
            Block(id="", kind=BlockKind.heading, level=2, text=q),
            Block(id="", kind=BlockKind.heading, level=3, text="What we heard"),
            Block(id="", kind=BlockKind.paragraph, text="We asked “Where do you like to read after school?” and most said at home."),
            Block(id="", kind=BlockKind.heading, level=3, text="Our actions"),
        ]
        if with_tables:
            blocks.append(Block(id="", kind=BlockKind.table, text="",
                                table=table_of(["No.", "Action", "Lead", "Deadline"], [[f"{k + 1}.{r[0]}", *r[1:]] for r in rows[k]])))
    return plan_of_blocks(blocks, "en")


def test_headings_asking_questions_over_measure_tables_are_the_goals_those_measures_serve():
    plan = _question_plan()
    assert [g.text for g in plan.goals] == [
        "How could we give every teenager a warm room to read and meet in?",
        "How could we get more families to borrow books every month?",
    ]
    assert len(plan.measures) == 4
    assert all(len(m.goal_ids) == 1 for m in plan.measures)
    # the survey's question in the running text is no goal, and neither is a question over no measures
    assert not any("Where do you like" in g.text for g in plan.goals)
    assert _question_plan(with_tables=False).goals == []


def test_the_accountability_question_as_a_run_in_label_is_an_indicator():
    role, _num, rest = label_role("How will we know: Fewer teenagers say there is nowhere to go (2028: 40%).")
    assert role == "indicator" and rest.startswith("Fewer teenagers")
