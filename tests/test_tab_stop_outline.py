"""Outlines set with tab stops instead of a table (the way many municipal plans are typed in
Word): goal → strategy → measure shown only by indentation and weight, the owner after a left
tab stop and the deadline after a right-aligned one, under one typed column-head line.

Stage tests on hand-built lines (layout: :func:`find_unruled_tables` reads the tab-stop table,
:func:`indent_levels` clusters line starts; extract: :func:`outline_parents` and the measure
table walk; features: the row's outline level), and one plan generated with reportlab in
English - another producer, language and indent step than the corpus document this was built
for - read end to end."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_layout_support import line_words

from plancheck.extract.features import document_features
from plancheck.extract.plan import build_plan
from plancheck.extract.tables import outline_parents
from plancheck.layout.lines import words_to_lines
from plancheck.layout.tables import find_unruled_tables, indent_levels
from plancheck.models import Block, BlockKind, Cell, Document, Provenance, Section, Table

RIGHT = 540.0  # the right margin: the deadline's right-aligned tab stop


def _right(text: str, top: float, size: float = 10) -> list:
    """Words of ``text`` set flush right against :data:`RIGHT` (5 pt a letter, 3 between words)."""
    width = sum(5 * len(t) for t in text.split()) + 3 * (len(text.split()) - 1)
    return line_words(text, RIGHT - width, top, size)


def _bold(words: list) -> list:
    for w in words:
        w.bold = True
    return words


def _outline_words() -> list:
    """A head line 'Lead / Due' (left stop 360, right stop 540), then two goals at the margin
    (x 50, bold), strategies at 72 (bold), measures at 94 with a lead at 360 and a deadline
    flush right; one measure without a lead."""
    words = _bold(line_words("Lead", 360, 100, 9) + _right("Due", 100, 9))
    top = 118.0

    def line(*parts) -> None:
        nonlocal top
        for p in parts:
            words.extend(p)
        top += 15

    line(_bold(line_words("Older people live safely at home for longer and across the whole municipality", 50, top, 11)))
    line(_bold(line_words("We will adapt more homes", 72, top)))
    line(line_words("Survey the need for adapted housing", 94, top), line_words("Housing office", 360, top), _right("Spring 2026", top))
    line(line_words("Fund stair lifts in council homes", 94, top), line_words("Property", 360, top), _right("2027", top))
    line(_bold(line_words("Fewer falls among older people", 50, top, 11)))
    line(_bold(line_words("We will prevent falls", 72, top)))
    line(line_words("Offer balance classes in every district", 94, top), _right("Autumn 2026", top))
    line(line_words("Check homes for fall risks on the first visit", 94, top), line_words("Home care", 360, top),
         _right("By 1 March 2027", top))
    return words


def _table_of(words: list):
    found = find_unruled_tables(words_to_lines(words, 1), _hint, 1)
    assert len(found) == 1
    return found[0][0]


def _hint(text: str) -> str | None:
    return {"lead": "owner", "due": "deadline"}.get(text.strip().lower())


def test_indent_levels_cluster_line_starts():
    assert indent_levels([50, 72, 94, 94.5, 72.8, 50.2, 120], 4.0) == [0, 1, 2, 2, 1, 0, 3]
    assert indent_levels([50, 53, 56], 4.0) == [0, 0, 0]  # a drift of a few points is one level
    assert indent_levels([], 4.0) == []


def test_a_tab_stop_outline_under_a_column_head_is_a_table_with_a_headless_first_column():
    piece = _table_of(_outline_words())
    texts = [[c.text for c in row] for row in piece.rows]
    assert texts[0] == ["", "Lead", "Due"]
    assert texts[1][0].startswith("Older people live safely") and texts[1][1:] == ["", ""]
    assert texts[3] == ["Survey the need for adapted housing", "Housing office", "Spring 2026"]
    assert texts[4] == ["Fund stair lifts in council homes", "Property", "2027"]
    # no lead: the right-aligned deadline still lands in its own column
    assert texts[7] == ["Offer balance classes in every district", "", "Autumn 2026"]
    # a deadline that starts left of the head's 'Due' (right-aligned) is still the deadline
    assert texts[8] == ["Check homes for fall risks on the first visit", "Home care", "By 1 March 2027"]
    levels = [row[0].level for row in piece.rows[1:]]
    assert levels == [0, 1, 2, 2, 0, 1, 2, 2]
    assert [row[0].bold for row in piece.rows[1:3]] == [True, True] and not piece.rows[3][0].bold


def test_the_outline_ends_at_its_last_line_with_tabbed_columns():
    words = _outline_words()
    # a paragraph at the margin close under the outline: not a row (no tabbed cell)
    words += line_words("The council reviews the plan every year", 50, 118 + 15 * 8)
    words += line_words("4 Follow-up", 50, 118 + 15 * 10, 16)  # and a heading under it
    piece = _table_of(words)
    assert len(piece.rows) == 9
    assert piece.rows[-1][0].text.startswith("Check homes")


def test_a_lone_outline_line_at_the_page_foot_is_kept_for_the_next_page():
    words = _outline_words() + _bold(line_words("Fewer older people feel lonely", 50, 118 + 15 * 8, 11))
    piece = _table_of(words)
    assert piece.rows[-1][0].text == "Fewer older people feel lonely" and piece.tab_stops is not None


def test_wrapped_cells_at_the_leading_stay_one_row_and_a_cell_filled_to_the_stop_is_split():
    """Rows 16 pt apart, wrapped lines 12 pt under their row (the leading): the wrapped
    measure, and the owner wrapped in its column, stay in their row; a measure that runs up to
    the owner's stop with one word space is cut at the stop."""
    words = _bold(line_words("Lead", 360, 100, 9) + _right("Due", 100, 9))
    words += _bold(line_words("A goal at the margin", 50, 118, 11))
    words += line_words("Offer a home check to everyone aged", 94, 134) + line_words("Social care", 360, 134) + _right("2026", 134)
    words += line_words("75 and over", 94, 146)
    # 'Community' starts at 362, one word space after 'and': the measure filled up to the stop
    words += line_words("Set up a befriending scheme with the Kestrel Bay club and Community Development", 94, 162)
    words += _right("Summer 2025", 162)
    words += line_words("the Volunteer Centre", 94, 174) + line_words("Team", 362, 174)
    words += line_words("Provide digital skills sessions", 94, 190) + line_words("Libraries", 360, 190) + _right("2027", 190)
    piece = _table_of(words)
    texts = [[c.text for c in row] for row in piece.rows[1:]]
    assert texts == [
        ["A goal at the margin", "", ""],
        ["Offer a home check to everyone aged 75 and over", "Social care", "2026"],
        ["Set up a befriending scheme with the Kestrel Bay club and the Volunteer Centre", "Community Development Team",
         "Summer 2025"],
        ["Provide digital skills sessions", "Libraries", "2027"],
    ]


def test_a_tabbed_line_that_runs_over_wraps_its_last_cell_back_to_the_indent():
    """A measure, its lead at the left stop and a long deadline flush right, pushed up against
    the lead: the line is full, and what did not fit wraps back to the paragraph's indent under
    the measure, as a tabbed line does. The measure had room for that word before the lead's
    stop, so the line under it is the deadline's end, not the measure's."""
    words = _bold(line_words("Lead", 360, 100, 9) + _right("Due", 100, 9))
    words += _bold(line_words("A goal at the margin", 50, 118, 11))
    words += line_words("Set up a resource team for", 94, 134) + line_words("Executive Boards", 360, 134)
    words += _right("Autumn 2026, review", 134)  # 11 pt after the lead: no room for a word, the line is full
    words += line_words("by 30.06.27", 94, 146)
    words += line_words("Provide digital skills sessions", 94, 162) + line_words("Libraries", 360, 162) + _right("2027", 162)
    words += line_words("Offer a home check to everyone", 94, 178) + line_words("Social care", 360, 178) + _right("2026", 178)
    words += line_words("aged 75 and over", 94, 190)  # room to the deadline's left: the measure's own end
    piece = _table_of(words)
    texts = [[c.text for c in row] for row in piece.rows[1:]]
    assert texts == [
        ["A goal at the margin", "", ""],
        ["Set up a resource team for", "Executive Boards", "Autumn 2026, review by 30.06.27"],
        ["Provide digital skills sessions", "Libraries", "2027"],
        ["Offer a home check to everyone aged 75 and over", "Social care", "2026"],
    ]


def test_lines_off_the_stops_are_no_tab_stop_table():
    """Two columns of running text beside a head line: the segments stand at no stop."""
    words = _bold(line_words("Lead", 360, 100, 9) + _right("Due", 100, 9))
    for k in range(4):
        words += line_words("Some text in the left column", 50, 118 + 15 * k) + line_words("more text", 300, 118 + 15 * k)
    assert find_unruled_tables(words_to_lines(words, 1), _hint, 1) == []


def test_a_head_line_of_other_words_opens_no_tab_stop_table():
    """The same outline under a bold line whose segments name no columns (two capitalised
    words set apart, a bullet and its item): the indented lines are no table of it."""
    words = [w for w in _outline_words() if w.top > 105]
    words += _bold(line_words("Target", 360, 100, 9) + _right("Purpose", 100, 9))
    assert find_unruled_tables(words_to_lines(words, 1), _hint, 1) == []


def test_an_outline_of_one_measure_under_a_column_head_is_a_table():
    """A goal with one measure under the head line 'Lead / Due': one line fills the stops, and
    the head line of column words is what says it is a table (the generated plans hold such
    outlines; so do short sections of real ones)."""
    words = _bold(line_words("Lead", 360, 100, 9) + _right("Due", 100, 9))
    words += _bold(line_words("Older people live safely at home", 50, 118, 11))
    words += line_words("Survey the need for adapted housing", 94, 133) + line_words("Housing office", 360, 133)
    words += _right("Spring 2026", 133)
    texts = [[c.text for c in row] for row in _table_of(words).rows[1:]]
    assert texts == [["Older people live safely at home", "", ""],
                     ["Survey the need for adapted housing", "Housing office", "Spring 2026"]]
    # a goal line alone under the head fills no stop: no table
    lone = _bold(line_words("Lead", 360, 100, 9) + _right("Due", 100, 9))
    lone += _bold(line_words("Older people live safely at home", 50, 118, 11))
    lone += line_words("The council reviews the plan every year", 50, 160)
    assert find_unruled_tables(words_to_lines(lone, 1), _hint, 1) == []


def test_rows_at_the_leading_whose_deadline_had_room_beside_it_are_rows():
    """Rows set as close as wrapped lines, measures cut short before the owner's stop: neither
    the measure nor the owner had room for the next line's first word, but the right-aligned
    deadline above had room on its left; and a long owner met by a long deadline, less than a
    cell gap apart, is two cells."""
    words = _bold(line_words("Lead", 360, 100, 9) + _right("Due", 100, 9))
    words += _bold(line_words("A goal at the margin", 50, 118, 11))
    rows = [
        ("Offer a home check to all the residents aged over", "Social care", "2026"),  # ends at 321
        ("Coordinate a befriending scheme in every ward of town", "Volunteer Centre", "2027"),  # 343
        # 'unit' ends at 446, 'by the end of 2027' starts at 458: one segment of the line
        ("Map safe routes to schools", "Every service unit", "by the end of 2027"),
        ("Provide digital skills sessions", "Libraries", "2027"),
    ]
    for k, (what, who, when) in enumerate(rows):
        top = 134 + 12 * k
        words += line_words(what, 94, top) + line_words(who, 360, top) + _right(when, top)
    texts = [[c.text for c in row] for row in _table_of(words).rows[1:]]
    assert texts == [["A goal at the margin", "", ""], *[list(r) for r in rows]]


def test_a_right_aligned_deadline_that_stops_just_short_of_the_owner_is_a_cell_of_its_own():
    """The owner at its stop and a long deadline flush right, grown left to stop 7 pt short of
    the owner: less than the cell gap of a font size's eight tenths, but more than twice every
    word space of the line, so the line is two cells there, not one owner running into the
    deadline's first words."""
    words = _bold(line_words("Lead", 360, 100, 9) + _right("Due", 100, 9))
    words += _bold(line_words("A goal at the margin", 50, 118, 11))
    # 'care' ends at 439, 'over' starts at 446
    words += line_words("Map safe routes to schools", 94, 134) + line_words("Head of home care", 360, 134)
    words += _right("over the plan period", 134)
    words += line_words("Provide digital skills sessions", 94, 150) + line_words("Libraries", 360, 150) + _right("2027", 150)
    texts = [[c.text for c in row] for row in _table_of(words).rows[1:]]
    assert texts == [["A goal at the margin", "", ""],
                     ["Map safe routes to schools", "Head of home care", "over the plan period"],
                     ["Provide digital skills sessions", "Libraries", "2027"]]

def _outline_table() -> Table:
    def row(r: int, text: str, level: int, owner: str = "", due: str = "", bold: bool = False) -> list[Cell]:
        return [
            Cell(row=r, col=0, text=text, page=1, level=level, bold=bold),
            Cell(row=r, col=1, text=owner, page=1),
            Cell(row=r, col=2, text=due, page=1),
        ]

    rows = [
        row(0, "Alle barn skal ha en trygg oppvekst.", 0, bold=True),
        row(1, "Vi vil styrke skolehelsetjenesten", 1, bold=True),
        row(2, "Ansette to helsesykepleiere", 2, "Kommunalsjef helse", "2026"),
        row(3, "Åpne helsestasjon for ungdom", 2, "Helsestasjonen", "Høsten 2026"),
        row(4, "Vi vil gjøre fritiden rikere", 1, bold=True),
        row(5, "Utvide åpningstiden på fritidsklubben", 2, "", "2027"),
        row(6, "Flere unge skal fullføre skolen.", 0, bold=True),
        row(7, "Vi vil gi leksehjelp", 1, bold=True),
        row(8, "Tilby gratis leksehjelp", 2, "Rektor", "2026"),
    ]
    return Table(header=["", "Ansvarlig", "Frist"], rows=rows, pages=[1], ruled=False)


def test_outline_parents_by_indent():
    table = _outline_table()
    assert outline_parents(table.rows, [None, "owner", "deadline"], 0) == {
        0: "goal", 1: "strategy", 4: "strategy", 6: "goal", 7: "strategy",
    }
    # without levels (a table from elsewhere) the rows are no outline
    flat = [[c.model_copy(update={"level": None}) for c in r] for r in table.rows]
    assert outline_parents(flat, [None, "owner", "deadline"], 0) == {}
    # two levels: the lone outer rows are goals
    two = [r for r in table.rows if r[0].level != 1]
    assert set(outline_parents(two, [None, "owner", "deadline"], 0).values()) == {"goal"}


def _doc(table: Table) -> Document:
    return Document(
        path="x.pdf",
        page_count=1,
        sections=[Section(id="s1", title="3 Handlingsplan", level=1, page=1)],
        blocks=[
            Block(id="b0", kind=BlockKind.heading, text="3 Handlingsplan", provenance=Provenance(page=1), section_id="s1"),
            Block(id="b1", kind=BlockKind.table, provenance=Provenance(page=1), section_id="s1", table=table),
        ],
    )


def test_an_indented_measure_table_gives_goals_strategies_and_links():
    plan = build_plan(_doc(_outline_table()), lang="nb")
    assert [g.text for g in plan.goals] == ["Alle barn skal ha en trygg oppvekst.", "Flere unge skal fullføre skolen."]
    assert [s.text for s in plan.strategies] == [
        "Vi vil styrke skolehelsetjenesten", "Vi vil gjøre fritiden rikere", "Vi vil gi leksehjelp",
    ]
    assert len(plan.measures) == 4
    goal_of = {g.id: g.text for g in plan.goals}
    strategy_of = {s.id: s.text for s in plan.strategies}
    by_text = {m.text: m for m in plan.measures}
    m = by_text["Utvide åpningstiden på fritidsklubben"]
    assert [goal_of[g] for g in m.goal_ids] == ["Alle barn skal ha en trygg oppvekst."]
    assert [strategy_of[s] for s in m.strategy_ids] == ["Vi vil gjøre fritiden rikere"]
    assert m.owners == [] and m.deadline is not None
    last = by_text["Tilby gratis leksehjelp"]
    assert [goal_of[g] for g in last.goal_ids] == ["Flere unge skal fullføre skolen."]
    assert [goal_of[g] for s in plan.strategies if s.text == "Vi vil gi leksehjelp" for g in s.goal_ids] == [
        "Flere unge skal fullføre skolen."
    ]


def test_the_role_model_sees_a_rows_outline_level_and_weight():
    _units, feats = document_features(_doc(_outline_table()), "nb")
    rows = [f for f in feats if f["kind"] == "row"]
    assert [f.get("row_level") for f in rows[:3]] == ["outer", "inner", "deepest"]
    assert rows[0].get("bold") == 1.0 and rows[0].get("row_alone") == 1.0
    assert "bold" not in rows[2] and "row_alone" not in rows[2]


# --------------------------------------------------------------------------- a generated plan

OUTLINE = [
    ("Older people can live safely in their own homes.", [
        ("We will adapt more homes to the needs of older people.", [
            ("Survey the need for adapted housing in every district", "Housing office", "Spring 2026"),
            ("Fund stair lifts in council homes", "Property services", "2027"),
        ]),
        ("We will make help at home easier to get.", [
            ("Open one phone number for all home services", "Home care", "January 2026"),
            ("Train all home care staff in fall prevention", "", "Autumn 2026"),
        ]),
    ]),
    ("Fewer older people feel lonely.", [
        ("We will bring people together in every village.", [
            ("Start a weekly lunch club at the day centre", "Volunteer centre", "By 1 March 2027"),
            ("Run a visiting friend scheme with the Red Cross", "Culture and leisure", "2026–2029"),
        ]),
    ]),
]


def _make_pdf(path: Path, split: bool = False) -> None:
    """An English action plan typed with tab stops, drawn with reportlab's canvas: a chapter
    heading, an intro, a bold 'Lead / Due' head line (left stop, right-aligned stop), the
    outline (goals bold at the margin, strategies bold 0.25 in in, measures 0.5 in in), then a
    'What we have done' chapter whose lines are indented like measures without tab columns.
    ``split``: a longer intro pushes the outline down so that the second goal's line stands
    alone at the foot of page 1 and its strategies go on on page 2, under no head line."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    c = Canvas(str(path), pagesize=A4)
    width, height = A4
    left, lead_x, right = 60.0, 340.0, width - 60.0
    y = height - 80
    c.setFont("Helvetica-Bold", 18)
    c.drawString(left, y, "Action plan for older people 2026–2029")
    y -= 40
    c.setFont("Helvetica-Bold", 14)
    c.drawString(left, y, "2 Our plan")
    y -= 22
    c.setFont("Helvetica", 10)
    c.drawString(left, y, "The outline below shows what we want to achieve, how we will work and what we will change.")
    y -= 14
    while split and y > 75 + 112 + 20 + 24:
        c.drawString(left, y, "Each service reports on its work to the committee twice a year, in spring and in autumn.")
        y -= 14
    y -= 10
    c.setFont("Helvetica-Bold", 9)
    c.drawString(lead_x, y, "Lead")
    c.drawRightString(right, y, "Due")
    y -= 20
    for k, (goal, strategies) in enumerate(OUTLINE):
        c.setFont("Helvetica-Bold", 11)
        c.drawString(left, y, goal)
        y -= 16
        if split and k == 1:
            c.showPage()
            y = height - 70
        for strategy, measures in strategies:
            c.setFont("Helvetica-Bold", 10)
            c.drawString(left + 18, y, strategy)
            y -= 15
            c.setFont("Helvetica", 9.5)
            for text, lead, due in measures:
                c.drawString(left + 36, y, text)
                if lead:
                    c.drawString(lead_x, y, lead)
                c.drawRightString(right, y, due)
                y -= 15
        y -= 6
    y -= 30
    c.setFont("Helvetica-Bold", 14)
    c.drawString(left, y, "3 What we have done")
    y -= 22
    c.setFont("Helvetica", 10)
    for done in ("Opened a second day centre in 2024.", "Hired two occupational therapists."):
        c.drawString(left + 36, y, done)
        y -= 15
    c.showPage()
    c.save()


@pytest.fixture(scope="module", params=[False, True], ids=["one-page", "page-break"])
def generated_plan(request, tmp_path_factory):
    pytest.importorskip("reportlab")
    import plancheck

    path = tmp_path_factory.mktemp("tabs") / "older-people.pdf"
    _make_pdf(path, split=request.param)
    return plancheck.extract(str(path))


def test_a_generated_tab_stop_outline_reads_back(generated_plan):
    plan = generated_plan
    assert [g.text for g in plan.goals] == [goal for goal, _ in OUTLINE]
    assert [s.text for s in plan.strategies] == [s for _, ss in OUTLINE for s, _ in ss]
    expected = [m for _, ss in OUTLINE for _, ms in ss for m in ms]
    assert [m.text for m in plan.measures] == [t for (t, _l, _d) in expected]
    for m, (_t, lead, due) in zip(plan.measures, expected, strict=True):
        assert (m.owner_text or "") == lead
        assert m.deadline is not None and m.deadline.text == due


def test_a_generated_tab_stop_outline_links_each_level_to_the_one_above(generated_plan):
    plan = generated_plan
    goal_of = {g.id: g.text for g in plan.goals}
    strategy_of = {s.id: s for s in plan.strategies}
    expected = {m: (goal, s) for goal, ss in OUTLINE for s, ms in ss for m, _l, _d in ms}
    for m in plan.measures:
        goal, strategy = expected[m.text]
        assert [goal_of[g] for g in m.goal_ids] == [goal]
        assert [strategy_of[s].text for s in m.strategy_ids] == [strategy]
        assert [goal_of[g] for g in strategy_of[m.strategy_ids[0]].goal_ids] == [goal]


def test_rows_set_as_close_as_wrapped_lines_are_rows_when_their_cells_had_room():
    """Measure lines 12 pt apart (the leading of a wrapped cell: 10 pt type) and no line
    wrapped: every gap is alike, so spacing cannot tell rows from wrapped lines. A line whose
    owner cell starts again under an owner that had room for its first word is a row of its
    own ('NAV' then 'Helsestasjonen' are two owners of two measures, not one)."""
    words = _bold(line_words("Lead", 360, 100, 9) + _right("Due", 100, 9))
    words += _bold(line_words("A goal at the margin", 50, 118, 11))
    words += _bold(line_words("A strategy", 72, 133))
    for k, (text, owner, due) in enumerate([("Offer a home check", "NAV", "2026"), ("Open a youth club", "Helsestasjonen", "Løpende"),
                                            ("Map safe routes", "Plan og bygg", "2027")]):
        top = 145 + 12 * k
        words += line_words(text, 94, top) + line_words(owner, 360, top) + _right(due, top)
    piece = _table_of(words)
    assert [[c.text for c in row] for row in piece.rows[1:]] == [
        ["A goal at the margin", "", ""], ["A strategy", "", ""], ["Offer a home check", "NAV", "2026"],
        ["Open a youth club", "Helsestasjonen", "Løpende"], ["Map safe routes", "Plan og bygg", "2027"]]


def test_a_right_aligned_cell_wrapped_alone_onto_its_own_line_goes_on_with_its_row():
    """'by the end of' / '2027' flush right under it: the second line holds only the deadline's
    rest, right of the owner's stop; the table goes on past it."""
    words = _bold(line_words("Lead", 360, 100, 9) + _right("Due", 100, 9))
    words += _bold(line_words("A goal at the margin", 50, 118, 11))
    words += line_words("Roll out a daily mile", 94, 134) + line_words("Schools", 360, 134) + _right("by the end of", 134)
    words += _right("2027", 146)
    words += line_words("Set up a homework club", 94, 162) + line_words("Libraries", 360, 162) + _right("2026", 162)
    words += line_words("Open two family hubs", 94, 178) + line_words("Health", 360, 178) + _right("2028", 178)
    piece = _table_of(words)
    assert [[c.text for c in row] for row in piece.rows[1:]] == [
        ["A goal at the margin", "", ""], ["Roll out a daily mile", "Schools", "by the end of 2027"],
        ["Set up a homework club", "Libraries", "2026"], ["Open two family hubs", "Health", "2028"]]


def test_a_right_aligned_cell_with_room_on_its_left_did_not_wrap():
    from plancheck.layout.tables import wraps_on

    def cells(top: float, what: str, who: str, when: str) -> dict:
        return {0: line_words(what, 94, top), 1: line_words(who, 360, top), 2: _right(when, top)}

    bounds = [360.0, 430.0]  # the measure ends at the owner's stop, the owner where deadlines start
    above = cells(134, "Coordinate a befriending scheme in every ward of town", "Volunteer Centre", "Annually")
    # neither the measure nor the owner had room for 'Every' / 'Libraries'; 'Annually' had room
    # on its left (it starts at 500, the owner ends at 438) for '2027'
    assert not wraps_on(above, cells(146, "Every school", "Libraries", "2027"), bounds, 10)
    # a deadline that filled its room ('Annually' pushed left to the owner) may have wrapped
    tight = cells(134, "Coordinate a befriending scheme in every ward of town", "Volunteer Centre", "every year from 2026")
    assert wraps_on(tight, cells(146, "every school", "Libraries", "2027"), bounds, 10)
    # ... but not when the measure goes on in capitals: an item's text goes on in lower case
    assert not wraps_on(tight, cells(146, "Every school", "Libraries", "2027"), bounds, 10)


def test_a_head_orphaned_at_a_page_foot_heads_the_rows_at_the_top_of_the_next_page():
    """The page ends with the typed column-head line and the first goal; every measure went on
    to the next page. The head and the goal are set over the next page's rows, and the rows
    are read as one table under that head."""
    from plancheck.layout.tables import moved_over, orphan_head

    page1 = line_words("The council reviews the plan every year", 50, 700)
    page1 += _bold(line_words("Lead", 360, 760, 9) + _right("Due", 760, 9))
    page1 += _bold(line_words("Older people live safely at home", 50, 778, 11))
    lines1 = words_to_lines(page1, 1)
    page2 = line_words("Survey the need for adapted housing", 94, 60) + line_words("Housing office", 360, 60)
    page2 += _right("Spring 2026", 60)
    page2 += line_words("Fund stair lifts in council homes", 94, 75) + line_words("Property", 360, 75) + _right("2027", 75)
    lines2 = words_to_lines(page2, 2)
    orphan = orphan_head(lines1, _hint)
    assert [ln.text for ln in orphan] == ["Lead Due", "Older people live safely at home"]
    moved = moved_over(orphan, lines2[0])
    assert all(ln.page == 2 for ln in moved) and moved[-1].bottom < lines2[0].top
    assert orphan[0].top == 760  # the page's own lines are left as they were
    found = find_unruled_tables([*moved, *lines2], _hint, 2)
    assert len(found) == 1
    texts = [[c.text for c in row] for row in found[0][0].rows]
    assert texts == [["", "Lead", "Due"], ["Older people live safely at home", "", ""],
                     ["Survey the need for adapted housing", "Housing office", "Spring 2026"],
                     ["Fund stair lifts in council homes", "Property", "2027"]]
    # a page that ends in running text has no orphaned head
    assert orphan_head(words_to_lines(line_words("The council reviews the plan every year", 50, 700), 1), _hint) == []


def test_a_goal_wrapped_onto_a_line_of_digits_in_its_own_font_stays_one_row():
    """'… by' / '2030': the second line holds digits only, which a reader may not flag bold;
    its font is the goal's, and it stands at the leading under it: the same row."""
    from dataclasses import replace

    words = _bold(line_words("Lead", 360, 100, 9) + _right("Due", 100, 9))
    goal = [replace(w, font="Sans-Bold") for w in _bold(line_words("Emissions will be halved by", 50, 118, 11))]
    digits = [replace(w, font="Sans-Bold", bold=False) for w in line_words("2030", 50, 130, 11)]
    words += goal + digits
    words += line_words("Survey the need for adapted housing", 94, 148) + line_words("Housing office", 360, 148)
    words += _right("Spring 2026", 148)
    words += line_words("Fund stair lifts in council homes", 94, 164) + line_words("Property", 360, 164) + _right("2027", 164)
    piece = _table_of(words)
    assert [row[0].text for row in piece.rows[1:]] == [
        "Emissions will be halved by 2030", "Survey the need for adapted housing", "Fund stair lifts in council homes"]


def test_an_owner_set_closer_than_a_cell_gap_after_a_full_measure_is_a_cell_at_its_stop():
    """A measure filling its column to 8 pt short of the lead's stop, its lead there and no
    deadline: one segment by the gap, cut at the word standing at the stop because that gap
    stands out from the line's word spaces. A strategy line running over the stop with a word
    that happens to start there, one word space after the word before, stays whole."""
    words = _bold(line_words("Lead", 360, 100, 9) + _right("Due", 100, 9))
    words += _bold(line_words("A goal at the margin", 50, 118, 11))
    words += _bold(line_words("Involve users and relatives in the development of our own new services", 72, 134))
    words += line_words("Survey the need for adapted housing", 94, 150) + line_words("Housing office", 360, 150) + _right("2026", 150)
    words += line_words("Offer balance classes for elderly residents everywhere", 94, 166) + line_words("Home care", 360, 166)
    assert [w.x0 for w in words if w.text == "services"] == [360]
    texts = [[c.text for c in row] for row in _table_of(words).rows[1:]]
    assert texts == [
        ["A goal at the margin", "", ""],
        ["Involve users and relatives in the development of our own new services", "", ""],
        ["Survey the need for adapted housing", "Housing office", "2026"],
        ["Offer balance classes for elderly residents everywhere", "Home care", ""],
    ]


def test_a_head_orphaned_over_a_wrapped_goal_and_its_strategy_heads_the_next_page():
    """The page ends with the head line, a goal wrapped over two lines and a strategy under it:
    four lines and still no row at the head's stops - every measure went on to the next page."""
    from plancheck.layout.tables import orphan_head

    page1 = line_words("The council reviews the plan every year", 50, 690)
    page1 += _bold(line_words("Lead", 360, 730, 9) + _right("Due", 730, 9))
    page1 += _bold(line_words("Council services will halve their direct greenhouse gas emissions by", 50, 748, 11))
    page1 += _bold(line_words("2030", 50, 761, 11))
    page1 += line_words("Involve users and relatives in our services", 72, 778)
    orphan = orphan_head(words_to_lines(page1, 1), _hint)
    assert [ln.text for ln in orphan][:1] == ["Lead Due"] and len(orphan) == 4


def test_rows_whose_later_cells_the_column_cut_read_as_a_region_of_their_own_stay_rows():
    """Short measures under a goal leave a gutter before the owner column: the page's column cut
    reads the owners and deadlines of those rows as a region of their own, its lines after all
    the measures' lines. Each stands level with a measure already read: the rest of that line,
    not the measures' wrapped text (three measures read as one, their owners as one)."""
    from dataclasses import replace

    head = _bold(line_words("Lead", 360, 100, 9) + _right("Due", 100, 9))
    goal = _bold(line_words("A goal at the margin across the whole page width of the plan", 50, 118, 11))
    rows = [("Offer a home check", "NAV", "2026"), ("Open a youth club", "Helsestasjonen", "Løpende"),
            ("Map safe routes", "Plan og bygg", "2027")]
    left, right = [], []
    for k, (text, owner, due) in enumerate(rows):
        top = 135 + 12 * k
        left += words_to_lines(line_words(text, 72, top), 1)
        right += words_to_lines(line_words(owner, 360, top) + _right(due, top), 1)
    lines = [*words_to_lines(head + goal, 1), *(replace(ln, region=1) for ln in left),
             *(replace(ln, region=2) for ln in right)]
    found = find_unruled_tables(lines, _hint, 1)
    assert len(found) == 1
    piece, used = found[0]
    assert [[c.text for c in row] for row in piece.rows[1:]] == [
        ["A goal at the margin across the whole page width of the plan", "", ""],
        ["Offer a home check", "NAV", "2026"], ["Open a youth club", "Helsestasjonen", "Løpende"],
        ["Map safe routes", "Plan og bygg", "2027"]]
    assert len(used) == len(lines)  # every line read, those of the owners' region too
