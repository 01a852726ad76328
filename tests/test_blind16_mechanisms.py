"""The mechanisms blind batch 16 asked for, each on small hand-built input: zebra stripes that are
no table rules, a browser's small capitals, a run-in bold sentence over three lines, a goal column
beside a lead and a deadline (a SMART table), an owner still to be confirmed, a parallel
translation beside a drawn divider, struck-through (deleted) text and a pull quote."""

from __future__ import annotations

import itertools

from test_layout_support import line_words

from plancheck.extract.tables import owned_goal_roles, table_roles
from plancheck.lang.owners import split_owners
from plancheck.layout.blocks import bold_lead_wraps, build_blocks
from plancheck.layout.chars import Char
from plancheck.layout.lines import Line, words_to_lines
from plancheck.layout.parallel import dividers, is_parallel, parallel_boxes
from plancheck.layout.pullquotes import mark_pull_quotes
from plancheck.layout.strike import split_struck
from plancheck.layout.tables import TablePiece, zebra_stripes
from plancheck.layout.words import Word, split_words
from plancheck.models import BBox, BlockKind, Cell

# --------------------------------------------------------------------------- zebra stripes


def _row_piece(top: float, fill: str | None, col_x=(40.0, 300.0, 450.0), right: float = 560.0) -> TablePiece:
    cells = [
        Cell(row=0, col=k, text=f"cell {k}", page=1, fill=fill,
             bbox=BBox(x0=x, top=top, x1=([*list(col_x), right])[k + 1], bottom=top + 20))
        for k, x in enumerate(col_x)
    ]
    return TablePiece(1, (col_x[0], top, right, top + 20), list(col_x), [cells])


def test_shaded_rows_of_one_colour_with_the_same_columns_are_zebra_stripes():
    stripes = [_row_piece(100, "#eeeeee"), _row_piece(160, "#eeeeee"), _row_piece(220, "#eeeeee")]
    assert len(zebra_stripes(stripes)) == 3
    # one shaded row alone, or rows with other column edges, or unshaded one-row tables, are kept
    assert zebra_stripes([_row_piece(100, "#eeeeee")]) == []
    assert zebra_stripes([_row_piece(100, "#eeeeee"), _row_piece(160, "#eeeeee", col_x=(40.0, 200.0, 450.0))]) == []
    assert zebra_stripes([_row_piece(100, ""), _row_piece(160, "")]) == []
    # shaded rows of column headings alone, one over each of several tables, are no stripes
    heads = [_row_piece(100, "#eeeeee"), _row_piece(300, "#eeeeee")]
    for h in heads:
        for k, c in enumerate(h.rows[0]):
            c.text = ["Action", "Lead", "Deadline"][k]
    assert zebra_stripes(heads) == []
    # a ruled table of several rows is no stripe
    many = _row_piece(100, "#eeeeee")
    many.rows.append(list(many.rows[0]))
    assert zebra_stripes([many, _row_piece(200, "#eeeeee")]) == []


# --------------------------------------------------------------------------- small capitals


def test_small_capitals_after_a_capital_stay_one_word():
    # 'G' at 10 pt, then 'oal' as small capitals at 7.5 pt on its baseline, their boxes apart
    chars = [
        Char("G", 50.0, 100.0, 57.0, 110.0, 10.0, "Serif-Bold", True),
        Char("o", 57.5, 102.5, 61.0, 110.0, 7.5, "Serif-Bold", True),
        Char("a", 63.2, 102.5, 66.5, 110.0, 7.5, "Serif-Bold", True),
        Char("l", 68.7, 102.5, 70.7, 110.0, 7.5, "Serif-Bold", True),
        Char(" ", 70.7, 100.0, 73.0, 110.0, 10.0, "Serif-Bold", True),
        Char("1", 75.0, 100.0, 80.0, 110.0, 10.0, "Serif-Bold", True),
    ]
    assert [w.text for w in split_words(chars)] == ["Goal", "1"]
    # a smaller run in another font, or off the baseline (a superscript), is a word of its own
    raised = [chars[0], *(Char(c.text, c.x0, c.top - 4, c.x1, c.bottom - 4, c.size, c.font, c.bold) for c in chars[1:4])]
    assert next(w.text for w in split_words(raised)) == "G"


# --------------------------------------------------------------------------- bold lead over three lines


def _line(text: str, top: float, *, bold: int = 0, x: float = 50, size: float = 10) -> Line:
    ws = line_words(text, x, top, size)
    n = len(ws) if bold < 0 else bold
    return words_to_lines([Word(w.text, w.x0, w.top, w.x1, w.bottom, w.size, bold=k < n) for k, w in enumerate(ws)], 1)[0]


def test_a_labelled_bold_sentence_over_three_lines_is_a_run_in_not_a_heading():
    lines = [
        _line("Goal 2 Every pupil shall have a", 100, bold=-1),
        _line("quiet place to read close to", 113, bold=-1),
        _line("home. By close we mean a walk", 126, bold=1),
        _line("of ten minutes or less.", 139),
    ]
    following = {id(a): b for a, b in itertools.pairwise(lines)}
    assert bold_lead_wraps(lines[0], lines[1], 10, 400, following=following)
    assert not bold_lead_wraps(lines[0], lines[1], 10, 400)  # without the lines after it: a heading
    blocks = build_blocks([lines], [])
    assert [b.kind for b in blocks] == [BlockKind.paragraph]
    # a bold heading over two bold lines and a plain paragraph stays a heading
    heading = [
        _line("Goal 2 Every pupil shall have a", 100, bold=-1),
        _line("quiet place to read close to home", 113, bold=-1),
        _line("By close we mean a walk of ten", 126),
    ]
    assert build_blocks([heading], [])[0].kind == BlockKind.heading


# --------------------------------------------------------------------------- SMART tables, TBC owners


def test_a_goal_column_beside_a_lead_and_a_deadline_and_no_action_column_holds_the_actions():
    roles = table_roles(["Objective", "Indicator", "Deadline", "Lead"])
    assert owned_goal_roles(roles) == ["measure", "indicator", "deadline", "owner"]
    # beside an action column, or beside only one of lead and deadline, it stays the goal column
    with_action = table_roles(["Objective", "Action", "Deadline", "Lead"])
    assert owned_goal_roles(with_action) == with_action
    only_lead = table_roles(["Objective", "Indicator", "Lead"])
    assert owned_goal_roles(only_lead) == only_lead


def test_an_owner_still_to_be_confirmed_is_no_owner():
    assert split_owners("TBC", lang="en") == []
    assert split_owners("To be confirmed.", lang="en") == []
    assert [o.text for o in split_owners("Head of Parks", lang="en")] == ["Head of Parks"]


# --------------------------------------------------------------------------- parallel text


LEFT = [
    ["1 Introduction"],
    ["The town has run the", "language centre since 2012", "for 40 pupils."],
    ["Goal 1 All children shall", "meet the language by 2027."],
    ["We will hire two teachers", "before 2026."],
]
RIGHT = [
    ["1 Introduksjon"],
    ["Byen har drevet senteret", "for språket siden 2012", "for 40 elever."],
    ["Mål 1 Alle barn skal", "møte språket innen 2027."],
    ["Vi vil ansette to lærere", "før 2026."],
]


def _side(rows: list[list[str]], x: float, top: float = 100) -> list[Word]:
    out: list[Word] = []
    y = top
    for row in rows:
        for text in row:
            out += line_words(text, x, y)
            y += 12
        y += 14  # the row's padding
    return out


def test_a_translation_beside_a_drawn_divider_is_a_parallel_text():
    left, right = _side(LEFT, 50), _side(RIGHT, 310)
    shapes = [(299.5, 95.0, 300.5, 200.0), (299.5, 200.0, 300.5, 260.0)]  # one rule per row, meeting
    assert dividers(shapes, left + right) == [(300.0, 95.0, 260.0)]
    assert is_parallel(left, right)
    boxes = parallel_boxes(shapes, left + right)
    assert len(boxes) == 1 and boxes[0][0] > 290
    # the columns of a table (goal beside its measures: other lengths, other numbers) are not one
    measures = _side([["Hire two teachers in 2026"], ["Open a reading room"], ["Review the plan in 2029 with the council"], ["x"]], 310)
    assert not is_parallel(left, measures)
    # no divider drawn, or text across it: nothing to read apart
    assert parallel_boxes([], left + right) == []
    across = [*left, *right, Word("crossing", 280, 110, 320, 120, 10)]
    assert dividers(shapes, across) == []


# --------------------------------------------------------------------------- struck-through text


def _chars(text: str, x: float, top: float = 100, size: float = 10) -> list[Char]:
    return [Char(c, x + 5 * k, top, x + 5 * (k + 1), top + size, size, "Body") for k, c in enumerate(text)]


def test_characters_struck_through_are_dropped_and_underlined_ones_kept():
    chars = _chars("20262027", 50)
    strike = (50.0, 106.5, 70.0, 107.5)  # across the middle of '2026'
    underline = (70.0, 110.5, 90.0, 111.3)  # under '2027'
    kept, _struck = split_struck(chars, [strike, underline])
    assert "".join(c.text for c in kept) == "2027"
    # a table rule over or under the line, or a thick bar, strikes nothing
    assert len(split_struck(chars, [(40.0, 99.0, 100.0, 100.0), (40.0, 111.0, 100.0, 112.0)])[0]) == 8
    assert len(split_struck(chars, [(50.0, 103.0, 90.0, 108.0)])[0]) == 8


# --------------------------------------------------------------------------- pull quotes


def _italic_line(text: str, top: float, x: float, size: float, region: int) -> Line:
    ws = [Word(w.text, w.x0, w.top, w.x1, w.bottom, size, font="Serif-Italic") for w in line_words(text, x, top, size)]
    ln = words_to_lines(ws, 1)[0]
    ln.region = region
    return ln


def test_a_sentence_repeated_in_display_italics_nearby_is_a_pull_quote():
    body = [_line("Every child shall have a place to play near", 100), _line("home. The parks are old.", 113)]
    quote = [_italic_line("“Every child shall have a place", 300, 50, 16, 1), _italic_line("to play near home.”", 320, 50, 16, 1)]
    mark_pull_quotes([[*body, *quote]], 10)
    assert [ln.kind for ln in quote] == ["pullquote", "pullquote"] and not any(ln.kind for ln in body)
    # display italics saying something the text does not is a heading, not a pull quote
    other = [_italic_line("Places to play for everyone in town", 300, 50, 16, 1)]
    mark_pull_quotes([[*body, *other]], 10)
    assert other[0].kind == ""


# --------------------------------------------------------------------------- goals under themed headings


def test_a_goal_alone_under_a_themed_heading_is_judged_beside_the_themes_next_to_it():
    """A magazine states each goal under a heading of its own words ('Places to meet', 'Taking
    part', 'Having a say', 'Free time for all'): the goal with no measure stands beside the goals
    whose measures follow them, in the chapter above."""
    from test_checks_support import goal, make_plan, measure

    from plancheck.checks import check_plan
    from plancheck.models import Section

    themes = ["Places to meet", "Taking part", "Having a say", "Free time for all"]
    texts = ["Every young person has a place to meet", "More girls take part in clubs",
             "Young people decide part of the budget", "No one is left out for lack of money"]
    sections = [Section(id="top", title="Leisure plan", level=1)] + [
        Section(id=f"s{i}", title=t, level=3, parent_id="top") for i, t in enumerate(themes, 1)
    ]

    def plan_with(n: int):
        return make_plan(
            [goal(f"g{i}", texts[i - 1], section_id=f"s{i}") for i in range(1, n + 1)],
            [],
            [measure(f"m{i}", f"Action {i}", (f"g{i}",), (), owners=("Youth team",), due="2027", section_id="top")
             for i in range(1, n)],
            sections=sections[: n + 1],
        )

    def quotes(plan):
        return [f.quote for f in check_plan(plan).findings if f.rule == "goal-has-measure"]

    assert quotes(plan_with(4)) == ["No one is left out for lack of money"]
    # two themed sections side by side are not yet a chapter of themes
    assert quotes(plan_with(2)) == []


# --------------------------------------------------------------------------- a caption's leading


def test_a_caption_in_smaller_type_does_not_set_a_columns_leading():
    """A column of running text (10 pt, 13.5 pt apart) ending in a picture's caption (7 pt, set
    10.5 apart): the leading is the text's, so its lines are no paragraph breaks that would line
    up with the lines of the column beside it like table rows."""
    from plancheck.layout.columns import _breaks, _rows
    from plancheck.layout.settings import DEFAULT

    words: list[Word] = []
    for k in range(6):
        words += line_words("the running text of the column goes on", 300, 100 + 13.5 * k)
    for k in range(2):
        words += [Word(w.text, w.x0, w.top, w.x1, w.top + 7, 7) for w in line_words("a caption under it", 300, 200 + 10.5 * k, 7)]
    breaks, leading = _breaks(_rows(words, DEFAULT), DEFAULT)
    assert leading == 13.5
    assert all(b >= 200 for b in breaks)
