"""Milestone step rows under an action, deadline field labels inside a table cell, bilingual
owner/time columns and labels, and an aim set as a heading without its full stop under a labelled
focus area. Hand-built blocks and tables; each test fails without its mechanism."""

from __future__ import annotations

from plancheck.extract.bilingual import keep_side, kept_side
from plancheck.extract.fields import labelled_value
from plancheck.extract.roles import bare_label, heading_role
from plancheck.extract.tables import step_row
from plancheck.models import Block, BlockKind
from tests.conftest import plan_of_blocks, table_of


def _h(text: str, level: int = 2) -> Block:
    return Block(id="", kind=BlockKind.heading, text=text, level=level, bold=True)


def _p(text: str) -> Block:
    return Block(id="", kind=BlockKind.paragraph, text=text)


def _table(header: list[str], rows: list[list[str]]) -> Block:
    return Block(id="", kind=BlockKind.table, text=" | ".join(header), table=table_of(header, rows))


# --- step rows ---------------------------------------------------------------------------------


def test_step_row_names_a_step_not_a_date() -> None:
    assert step_row("Milestone: Survey the Grade II buildings")
    assert step_row("Milepæl: Lyse ut den første tilskuddsrunden")
    assert step_row("Milstolpe: Enkäten skickas ut")
    assert not step_row("Milestone: Q3 2027")  # the action's own date written as a field
    assert not step_row("Survey the Grade II buildings")


def test_milestone_rows_are_steps_of_the_action_above() -> None:
    rows = [
        ["1.1", "Carry out a condition survey of every listed building", "Conservation Team", "Completion: March 2028"],
        ["", "Milestone: Survey the Grade I buildings", "", "Q4 2026"],
        ["", "Milestone: Publish the register", "", "Q1 2028"],
        ["1.2", "Review the character appraisals", "Conservation Team", ""],
        ["", "Milestone: Town centre areas", "", "Q4 2026"],
    ]
    plan = plan_of_blocks([_h("Goal 1: Fewer buildings will be at risk"),
                           _table(["Ref", "Action", "Lead", "Date"], rows)], "en")
    assert [m.text for m in plan.measures] == [
        "Carry out a condition survey of every listed building", "Review the character appraisals"]
    first, second = plan.measures
    assert first.deadline is not None and first.deadline.text == "March 2028"
    assert second.deadline is None  # a milestone's quarter is no deadline of the action


def test_a_milestone_row_with_its_own_owner_stays_a_measure() -> None:
    rows = [
        ["Carry out a survey", "Conservation Team", "2027"],
        ["Milestone: Publish the register", "GIS Team", "2028"],
    ]
    plan = plan_of_blocks([_h("Goal 1: Fewer buildings will be at risk"),
                           _table(["Action", "Lead", "Date"], rows)], "en")
    assert len(plan.measures) == 2


# --- deadline labels in a cell -----------------------------------------------------------------


def test_deadline_label_in_a_cell_is_no_part_of_the_date() -> None:
    assert labelled_value("Completion: March 2028", "deadline") == "March 2028"
    assert labelled_value("Ferdig: desember 2027", "deadline") == "desember 2027"
    assert labelled_value("Klart: 2027", "deadline") == "2027"
    assert labelled_value("March 2028", "deadline") == "March 2028"
    assert labelled_value("Lead: Parks", "deadline") == "Lead: Parks"  # another role's label


# --- bilingual columns -------------------------------------------------------------------------


def test_header_of_a_column_word_and_its_translation() -> None:
    assert kept_side("Ansvarig / Vastuuhenkilö", "sv") == 0
    assert kept_side("Lead / Arweinydd", "en") == 0
    assert kept_side("Arweinydd / Lead", "en") == 1
    assert kept_side("Ansvar / frist", "nb") is None  # two column words: owner and deadline
    assert kept_side("Ansvarlig", "nb") is None
    assert kept_side("Ansvar / samarbeidspartnere", "nb") is None  # a word of the document's language


def test_cell_keeps_the_document_languages_part() -> None:
    side = kept_side("Ansvarig / Vastuuhenkilö", "sv")
    cell = "Kultur- och fritidssektorn / Kulttuuri- ja vapaa-aikatoimiala"
    assert keep_side(cell, side, "sv") == "Kultur- och fritidssektorn"
    assert keep_side("hösten 2026 / syksyllä 2026", side, "sv") == "hösten 2026"
    assert keep_side("2027", side, "sv") == "2027"
    assert keep_side("läsåret 2026/27", side, "sv") == "läsåret 2026/27"  # no spaced slash
    assert keep_side(cell, None, "sv") == cell


def test_bilingual_table_gives_one_owner_per_unit() -> None:
    rows = [["Open a new school", "Agor ysgol newydd", "Education Service / Gwasanaeth Addysg",
             "September 2028 / Medi 2028"]]
    plan = plan_of_blocks([_h("Goal 1: More children will learn Welsh"),
                           _table(["Action", "Gweithred", "Lead / Arweinydd", "Date / Dyddiad"], rows)], "en")
    (m,) = plan.measures
    assert [o.text for o in m.owners] == ["Education Service"]
    assert m.deadline is not None and m.deadline.text == "September 2028"


def test_label_said_again_in_a_second_language() -> None:
    assert heading_role("Mål 1 / Tavoite 1") == ("goal", "")
    assert bare_label("Mål 1 / Tavoite 1") == ("goal", "1")
    assert heading_role("Goal 2 / Nod 2: Cleaner air")[1] == "Cleaner air"
    assert heading_role("Mål 2 / 3 av målene")[1] == "/ 3 av målene"  # no label after the slash


def test_goal_sentence_under_a_bilingual_label() -> None:
    plan = plan_of_blocks([_h("Mål 1 / Tavoite 1"), _h("Alla barn ska ha en meningsfull hobby", 3),
                           _p("Jokaisella lapsella on mielekäs harrastus")], "sv")
    assert [g.text for g in plan.goals] == ["Alla barn ska ha en meningsfull hobby"]


# --- aim under a labelled focus area -----------------------------------------------------------


def test_aim_heading_without_full_stop_under_a_priority() -> None:
    plan = plan_of_blocks([
        _h("Our priorities", 1),
        _h("Priority 1: Heritage at risk", 2), _h("Fewer listed buildings will be at risk from neglect and decay", 3),
        _h("Priority 2: Understanding our past", 2), _h("Residents will know more about the history of the borough", 3),
    ], "en")
    assert [g.text for g in plan.goals] == [
        "Fewer listed buildings will be at risk from neglect and decay",
        "Residents will know more about the history of the borough"]


# --- a short bold line over a paragraph whose own bold lead-in ends in a stop -----------------


def _line(text: str, top: float, *, bold: int = 0):
    from test_layout_support import line_words

    from plancheck.layout.lines import words_to_lines
    from plancheck.layout.words import Word

    ws = line_words(text, 50, top)
    n = len(ws) if bold < 0 else bold
    return words_to_lines([Word(w.text, w.x0, w.top, w.x1, w.bottom, w.size, bold=k < n) for k, w in enumerate(ws)], 1)[0]


def test_a_short_bold_line_is_no_wrapped_lead_of_the_paragraph_under_it() -> None:
    from plancheck.layout.blocks import bold_lead_wraps

    short = _line("Historic buildings will help", 100, bold=-1)  # ends far from the margin at 500
    nxt = _line("How to read. Each action has a lead", 113, bold=3)
    assert not bold_lead_wraps(short, nxt, 10, 500)
    # the same sentence wrapped at a narrow measure goes on into the next line's bold words
    assert bold_lead_wraps(short, _line("more. Each action has a lead", 113, bold=1), 10, short.x1 + 5)


def test_a_bilingual_bare_label_heading_is_a_bare_label_for_the_checks() -> None:
    from plancheck.checks.base import bare_label as check_bare_label

    assert check_bare_label("Mål 4 / Tavoite 4")
    assert check_bare_label("Mål 4")
    assert not check_bare_label("Mål 4 / Trygghet")  # a label with a name, no translation


def test_a_full_column_line_wraps_though_the_region_spans_two_columns() -> None:
    from plancheck.layout.blocks import bold_lead_wraps

    # the region's right edge (500) lies in the next column; the paragraph's next line shows
    # the column's measure: the bold line was full
    ln = _line("Tourism will give more", 100, bold=-1)
    nxt = _line("jobs. Today three in", 113, bold=1)
    assert bold_lead_wraps(ln, nxt, 10, 500)
