"""Task lists printed from a project tool (extract/tasklists.py): summary rows are goals, the
tasks under them measures, milestones (zero duration) and the project row none."""

from __future__ import annotations

from pathlib import Path

import pytest

from plancheck.extract.tables import table_roles
from plancheck.extract.tasklists import duration_value, task_list
from plancheck.models import Cell, Table

ROOT = Path(__file__).resolve().parent.parent


def _table(header: list[str], rows: list[list[str]], bold: set[int] = frozenset()) -> Table:
    return Table(header=header, rows=[[Cell(row=r, col=c, text=t, bold=r in bold) for c, t in enumerate(row)]
                                      for r, row in enumerate(rows)])


MSP = ["Id", "WBS", "Oppgavenavn", "Varighet", "Start", "Slutt", "Ressursnavn", "% fullført"]
MSP_ROWS = [
    ["0", "0", "Handlingsplan 2026–2028", "300 d", "ma 02.02.26", "fr 15.12.28", "", "10 %"],
    ["1", "1", "Flere skal ha hel stilling", "200 d", "ma 02.02.26", "fr 18.12.26", "", ""],
    ["2", "1.1", "Kartlegge stillingsstørrelse", "40 d", "ma 02.02.26", "fr 27.03.26", "HR-avdelingen", "100 %"],
    ["3", "1.2", "Kartleggingen lagt fram", "0 d", "on 15.04.26", "on 15.04.26", "", "100 %"],
    ["4", "2", "Heltid i arbeidsgiverpolitikken", "1 d", "to 15.06.28", "to 15.06.28", "", ""],
    ["5", "2.1", "Politikken vedtatt", "0 d", "to 15.06.28", "to 15.06.28", "", "0 %"],
]


def test_header_words_of_project_tools():
    roles = table_roles(MSP)
    assert roles[2] == "measure" and roles[5] == "deadline" and roles[6] == "owner" and roles[4] == "start"
    en = table_roles(["ID", "Task Name", "Duration", "Start", "Finish", "Resource Names", "% Complete"])
    assert en[1] == "measure" and en[4] == "deadline" and en[5] == "owner"  # not a cost column
    assert table_roles(["Uppgiftsnamn", "Start", "Slut", "Resursnamn"]) == ["measure", "start", "deadline", "owner"]


@pytest.mark.parametrize("text, value", [("40 d", 40), ("0 d", 0), ("3 wks", 3), ("0 days", 0), ("2,5 uker", 2.5),
                                         ("5 d?", 5), ("fr 27.03.26", None), ("2027", None), ("", None)])
def test_duration_cells(text, value):
    assert duration_value(text) == value


def test_outline_numbers_give_goals_measures_milestones_and_the_project_row():
    table = _table(MSP, MSP_ROWS)
    tasks = task_list(table, table_roles(MSP))
    assert tasks is not None
    assert tasks.project == {0}
    assert tasks.summaries == {1, 4}
    assert tasks.milestones == {3, 5}


def test_bold_summary_rows_without_numbers():
    header = ["Task Name", "Start", "Finish", "Resource Names"]
    rows = [["Greener streets", "Mon 2/2/26", "Fri 2/19/27", ""],
            ["Survey the streets", "Mon 2/2/26", "Fri 3/27/26", "Parks Team"],
            ["Plant trees", "Mon 9/7/26", "Fri 2/19/27", "Parks Team"],
            ["Safer streets", "Mon 3/1/27", "Fri 4/9/27", ""],
            ["Audit the crossings", "Mon 3/1/27", "Fri 4/9/27", "Highways"]]
    tasks = task_list(_table(header, rows, bold={0, 3}), table_roles(header))
    assert tasks is not None and tasks.summaries == {0, 3} and not tasks.milestones


def test_numbered_group_rows_of_a_measure_table_are_no_task_list():
    # group rows with nothing but their text, no durations: a measure table's groups (read there)
    header = ["Nr", "Tiltak", "Ansvar", "Frist"]
    rows = [["1", "Trygge skoleveier", "", ""],
            ["1.1", "Bygge fortau", "Teknisk", "2027"],
            ["1.2", "Senke farten", "Teknisk", "2026"]]
    assert task_list(_table(header, rows), table_roles(header)) is None


def test_ms_project_print_reads_goals_and_measures():
    import plancheck

    pdf = ROOT / "corpora/authored/heltidskultur-msproject-nb/heltidskultur-msproject-nb.pdf"
    plan = plancheck.extract(str(pdf))
    assert len(plan.goals) == 4
    assert len(plan.measures) == 11
    by_text = {m.text: m for m in plan.measures}
    two = by_text["Prøve ut langvakter i helg ved Hovdlia sykehjem"]
    assert [o.text for o in two.owners] == ["Hovdlia sykehjem", "Fagforbundet"]
    assert two.deadline is not None and two.deadline.text == "fr 18.06.27"
    assert not any("Kartleggingen lagt fram" in m.text for m in plan.measures)  # a milestone
    assert not any(g.text.startswith("Handlingsplan for heltidskultur") for g in plan.goals)  # the project row


def test_indentation_alone_gives_the_hierarchy():
    header = ["Opgavenavn", "Start", "Slut", "Ansvarlig"]
    rows = [["Færre skal være ensomme", "05-01-2026", "29-09-2028", ""],
            ["Oprette besøgsvenner", "05-01-2026", "30-06-2026", "Frivilligcentret"],
            ["Fællesspisning hver uge", "03-08-2026", "29-09-2028", "Sundhed og Omsorg"],
            ["Unge skal have fællesskaber", "01-02-2027", "30-12-2027", ""],
            ["Åbne ungdomsklubben", "01-02-2027", "30-06-2027", "Børn og Unge"]]
    table = _table(header, rows)
    for r, row in enumerate(table.rows):
        row[0].indent = 2.0 if r in (0, 3) else 25.0
    tasks = task_list(table, table_roles(header))
    assert tasks is not None and tasks.summaries == {0, 3}
    for row in table.rows:
        row[0].indent = 2.0  # all at one level: no hierarchy
    assert task_list(table, table_roles(header)) is None


def test_word_cells_carry_bold_and_indentation(tmp_path):
    from docx import Document
    from docx.shared import Cm

    from plancheck.pipeline import load_document

    doc = Document()
    table = doc.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "Uppgiftsnamn", "Slut"
    cells = table.add_row().cells
    cells[0].text, cells[1].text = "Målet", "2027-02-26"
    cells[0].paragraphs[0].runs[0].bold = True
    cells = table.add_row().cells
    cells[0].text, cells[1].text = "Aktiviteten", "2026-04-30"
    cells[0].paragraphs[0].paragraph_format.left_indent = Cm(1)
    path = tmp_path / "t.docx"
    doc.save(str(path))
    read = next(b.table for b in load_document(path).blocks if b.table is not None)
    assert read.rows[0][0].bold and not read.rows[1][0].bold
    assert read.rows[0][0].indent == 0.0 and read.rows[1][0].indent == pytest.approx(28.35, abs=0.1)


def test_ruled_pdf_cells_carry_bold_and_indentation():
    from plancheck.pipeline import load_document

    pdf = ROOT / "tests/data/tasklists32/wbs-indrykning-da/wbs-indrykning-da.pdf"
    read = next(b.table for b in load_document(pdf).blocks if b.table is not None)
    goal, task = read.rows[0][0], read.rows[1][0]
    assert goal.indent is not None and task.indent is not None and task.indent > goal.indent + 10
    bold = ROOT / "tests/data/tasklists32/wbs-tabell-sv/wbs-tabell-sv.pdf"
    read = next(b.table for b in load_document(bold).blocks if b.table is not None)
    assert read.rows[0][0].bold and not read.rows[1][0].bold


def test_bold_titles_over_plain_description_rows_are_no_task_list():
    header = ["Tiltak", "Start", "Frist", "Ansvar"]
    rows = [["Bygge fortau", "2026", "2027", "Teknisk"], ["Langs skoleveien, begge sider", "", "", ""],
            ["Senke farten", "2026", "2026", "Teknisk"], ["Ved alle skoler", "", "", ""]]
    assert task_list(_table(header, rows, bold={0, 2}), table_roles(header)) is None


def test_owned_actions_over_steps_naming_no_owner_are_no_task_list():
    # the action (bold, its lead and completion date) over its milestones (indented, a date each)
    header = ["Ref", "Action", "Lead", "Date"]
    rows = [["1.1", "Survey the listed buildings", "Conservation Team", "Completion: March 2028"],
            ["", "Milestone: Survey the Grade I buildings", "", "Q4 2026"],
            ["", "Milestone: Publish the register", "", "Q1 2028"],
            ["1.2", "Offer repair grants", "Grants Officer", "Completion: Annually"],
            ["", "Milestone: Open the first round", "", "Q2 2026"]]
    assert task_list(_table(header, rows, bold={0, 3}), table_roles(header)) is None


def test_a_deeper_number_of_another_branch_is_no_task_under_the_row_above():
    # a measure table numbering its measures by goal, '4.3' then '5.1.1' (two levels under one
    # goal, three under the next, a goal cell merged down): no row is a summary of another
    header = ["Nr", "Delmål", "Aktivitet", "Ansvarig", "Tidplan"]
    rows = [["4.1", "Ungdomar ska få tidigt stöd", "Genomföra energieffektivisering", "Samhällsbyggnad", "Hösten 2025"],
            ["4.2", "", "Kartlägga säkra skolvägar", "Kommundirektör", "Varje höst"],
            ["4.3", "", "Inrätta ett tvärprofessionellt team", "Elevhälsan", "Varje höst"],
            ["5.1.1", "Barn och unga ska uppleva insatserna som samordnade", "Utveckla ett lågtröskelstöd",
             "Elevhälsan", "Pågående"],
            ["5.1.2", "", "Revidera rutiner", "Barn- och utbildningsförvaltningen", "2026"]]
    assert task_list(_table(header, rows), table_roles(header)) is None
    # the same numbers as a WBS: '5' over '5.1' and '5.1' over '5.1.1' are summaries
    wbs = [["4", "", "Stöd", "", "2025"], ["4.1", "", "Kartlägga", "Elevhälsan", "2025"],
           ["5", "", "Samordning", "", "2026"], ["5.1", "", "Rutiner", "", "2026"],
           ["5.1.1", "", "Revidera rutiner", "Elevhälsan", "2026"]]
    tasks = task_list(_table(header, wbs), table_roles(header))
    assert tasks is not None and tasks.summaries == {0, 2, 3}
