"""The Word and OpenDocument readers give the blocks the PDF layout gives for the same page, so
a draft checked in Word reads as the PDF exported from it (bench/source_vs_pdf.py compares the
corpus pairs): a paragraph set wholly in bold is a heading whatever its length and end, a
number typed with no space after it ("10.Gi …") numbers a list item, and a paragraph's bold
lead words are its run-in title, a bold or italic run after regular text an emphasis start."""

from __future__ import annotations

from pathlib import Path

import docx
from odf import style, table, text
from odf.opendocument import OpenDocumentText

from plancheck.extract.plan import build_plan
from plancheck.ingest.docx import read_docx
from plancheck.ingest.odt import read_odt
from plancheck.models import BlockKind

GOALS = (
    "Mål 1.1 Alle innbyggere skal ha trygge turveier nær der de bor.",
    "Mål 1.2 Flere skal bruke badeplassene om sommeren.",
)
STRATEGIES = (
    ("Vi vil merke turveiene i alle bygdene.", "Vi vil rydde stiene hver vår."),
    ("Vi vil gjøre badeplassene universelt utformet.",),
)
MEASURES = (
    (("Merke fem nye turveier", "Kultur og fritid", "2027"), ("Sette opp kart ved tre turveier", "Teknisk drift", "2028")),
    (("Bygge rampe ved badeplassen i sentrum", "Teknisk drift", "Sommer 2027"),),
)


def _bold_goal_docx(tmp_path: Path) -> Path:
    d = docx.Document()
    d.add_heading("Turveiplan 2026–2029", 0)
    d.add_heading("Mål, strategier og tiltak", 1)
    d.add_paragraph("Planen har to mål. Under hvert mål står strategiene og tiltakene.")
    for goal, strategies, measures in zip(GOALS, STRATEGIES, MEASURES, strict=True):
        d.add_paragraph().add_run(goal).bold = True
        d.add_paragraph("Strategier")
        for s in strategies:
            d.add_paragraph(s, style="List Bullet")
        t = d.add_table(rows=1 + len(measures), cols=3)
        for c, word in enumerate(("Tiltak", "Ansvar", "Frist")):
            t.cell(0, c).text = word
        for r, row in enumerate(measures, 1):
            for c, value in enumerate(row):
                t.cell(r, c).text = value
    path = tmp_path / "turveiplan.docx"
    d.save(path)
    return path


def _bold_goal_odt(tmp_path: Path) -> Path:
    doc = OpenDocumentText()
    bold = style.Style(name="B", family="text")
    bold.addElement(style.TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    h = text.H(outlinelevel=1, text="Mål, strategier og tiltak")
    doc.text.addElement(h)
    doc.text.addElement(text.P(text="Planen har to mål. Under hvert mål står strategiene og tiltakene."))
    for goal, strategies, measures in zip(GOALS, STRATEGIES, MEASURES, strict=True):
        p = text.P()
        p.addElement(text.Span(stylename=bold, text=goal))
        doc.text.addElement(p)
        doc.text.addElement(text.P(text="Strategier"))
        lst = text.List()
        for s in strategies:
            item = text.ListItem()
            item.addElement(text.P(text=s))
            lst.addElement(item)
        doc.text.addElement(lst)
        t = table.Table()
        t.addElement(table.TableColumn(numbercolumnsrepeated=3))
        for row in (("Tiltak", "Ansvar", "Frist"), *measures):
            tr = table.TableRow()
            for value in row:
                tc = table.TableCell()
                tc.addElement(text.P(text=value))
                tr.addElement(tc)
            t.addElement(tr)
        doc.text.addElement(t)
    path = tmp_path / "turveiplan.odt"
    doc.save(str(path))
    return path


def _goal_of_each_measure(plan) -> dict[str, str]:
    goals = {g.id: g.text for g in plan.goals}
    return {m.text: " / ".join(goals[g] for g in m.goal_ids) for m in plan.measures}


def _expected() -> dict[str, str]:
    return {
        m[0]: goal.split(" ", 2)[2]
        for goal, measures in zip(GOALS, MEASURES, strict=True)
        for m in measures
    }


def test_a_bold_goal_sentence_heads_its_strategies_and_measures_in_word(tmp_path: Path) -> None:
    doc = read_docx(_bold_goal_docx(tmp_path))
    heads = [b for b in doc.blocks if b.text.startswith("Mål 1.")]
    assert [b.kind for b in heads] == [BlockKind.heading, BlockKind.heading]
    plan = build_plan(doc)
    assert _goal_of_each_measure(plan) == _expected()
    assert {s.text: [g.text for g in plan.goals if g.id in s.goal_ids] for s in plan.strategies} == {
        s: [goal.split(" ", 2)[2]] for goal, group in zip(GOALS, STRATEGIES, strict=True) for s in group
    }


def test_a_bold_goal_sentence_heads_its_strategies_and_measures_in_writer(tmp_path: Path) -> None:
    doc = read_odt(_bold_goal_odt(tmp_path))
    heads = [b for b in doc.blocks if b.text.startswith("Mål 1.")]
    assert [b.kind for b in heads] == [BlockKind.heading, BlockKind.heading]
    assert _goal_of_each_measure(build_plan(doc)) == _expected()


def test_a_bold_paragraph_that_opens_with_a_list_number_or_is_smaller_stays_a_paragraph(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_heading("Bakgrunn", 1)
    for _ in range(3):
        d.add_paragraph("Brødtekst i vanlig størrelse, som setter størrelsen på teksten i dokumentet.")
    d.add_paragraph().add_run("a) Et punkt i en liste som er satt i fet skrift.").bold = True
    small = d.add_paragraph().add_run("Kilde: fylkesstatistikken, tall for hele fylket.")
    small.bold = True
    small.font.size = docx.shared.Pt(8)
    path = tmp_path / "p.docx"
    d.save(path)
    blocks = {b.text: b for b in read_docx(path).blocks}
    assert blocks["Et punkt i en liste som er satt i fet skrift."].kind == BlockKind.list_item
    assert blocks["Kilde: fylkesstatistikken, tall for hele fylket."].kind == BlockKind.paragraph


def test_a_number_typed_without_a_space_numbers_a_list_item(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_paragraph("9. Rydde stiene langs elva (ansvar: teknisk drift, tid: 2027)")
    d.add_paragraph("10.Sette opp benker ved vannet (ansvar: teknisk drift, tid: 2028)")
    d.add_paragraph("1.mars 2026 var fristen for innspill.")
    path = tmp_path / "n.docx"
    d.save(path)
    blocks = read_docx(path).blocks
    assert [(b.kind, b.number, b.text[:14]) for b in blocks] == [
        (BlockKind.list_item, "9.", "Rydde stiene l"),
        (BlockKind.list_item, "10.", "Sette opp benk"),
        (BlockKind.paragraph, None, "1.mars 2026 va"),
    ]


def test_bold_lead_words_are_the_run_in_title_and_a_bold_run_after_text_an_emphasis(tmp_path: Path) -> None:
    d = docx.Document()
    p = d.add_paragraph()
    p.add_run("Mål 2: Flere elever skal bruke sykkel hver dag.").bold = True
    p.add_run(" I dag sykler en av fem elever.")
    p = d.add_paragraph()
    p.add_run("Hovedmål").bold = True
    p.add_run(": Trygge skoleveier for alle.")
    p = d.add_paragraph()
    p.add_run("Vi bygger sykkelparkering ved skolene. ")
    p.add_run("Ansvar:").bold = True
    p.add_run(" teknisk drift.")
    p = d.add_paragraph("Alt i vanlig vekt, uten noe uthevet.")
    path = tmp_path / "r.docx"
    d.save(path)
    blocks = read_docx(path).blocks
    assert [b.run_in for b in blocks] == ["Mål 2: Flere elever skal bruke sykkel hver dag.", "Hovedmål", None, None]
    third = blocks[2]
    assert third.emphasis == [third.text.index("Ansvar:")]
    assert blocks[0].emphasis == [] and blocks[3].emphasis == []


def test_run_in_title_in_writer(tmp_path: Path) -> None:
    doc = OpenDocumentText()
    bold = style.Style(name="B", family="text")
    bold.addElement(style.TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    p = text.P()
    p.addElement(text.Span(stylename=bold, text="Mål 3: Badeplassene skal være rene."))
    p.addText(" Vannprøvene tas hver uke om sommeren.")
    doc.text.addElement(p)
    path = tmp_path / "r.odt"
    doc.save(str(path))
    (block,) = read_odt(path).blocks
    assert block.run_in == "Mål 3: Badeplassene skal være rene."


def test_a_bold_item_numbered_with_digits_is_a_numbered_heading(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_heading("Mål", 1)
    d.add_paragraph().add_run("1. Flere skal ha et aktivt friluftsliv.").bold = True
    d.add_paragraph("a) Flere barn skal gå tur med skolen hver måned.")
    d.add_paragraph("2. Et punkt i vanlig vekt.")
    d.add_paragraph().add_run("3. 40 % av turene skal skje uten bil.").bold = True
    path = tmp_path / "h.docx"
    d.save(path)
    blocks = read_docx(path).blocks
    assert [(b.kind, b.number, b.level) for b in blocks[1:]] == [
        (BlockKind.heading, "1", 2),
        (BlockKind.list_item, "a)", 0),
        (BlockKind.list_item, "2.", 0),
        (BlockKind.heading, "3", 2),
    ]


def test_a_row_with_one_filled_cell_of_its_own_is_a_measure_a_merged_row_a_group(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_heading("Tiltak", 1)
    t = d.add_table(rows=5, cols=3)
    for c, word in enumerate(("Tiltak", "Ansvar", "Frist")):
        t.cell(0, c).text = word
    t.cell(1, 0).merge(t.cell(1, 2)).text = "Mål 1: Flere skal gå tur i nærmiljøet."
    rows = (("Lage et turkart for hver bygd", "Teknisk drift", "2027"),
            ("Kjøpe inn benker til turveiene", "", ""),
            ("Rydde stiene etter vinteren", "Teknisk drift", "2028"))
    for r, row in enumerate(rows, 2):
        for c, value in enumerate(row):
            t.cell(r, c).text = value
    path = tmp_path / "t.docx"
    d.save(path)
    doc = read_docx(path)
    table = next(b.table for b in doc.blocks if b.table is not None)
    assert [c.own for c in table.rows[0]] == [True, False, False]  # the merged row
    assert [c.own for c in table.rows[2]] == [True, True, True]
    plan = build_plan(doc)
    (goal,) = plan.goals
    assert {m.text: m.goal_ids for m in plan.measures} == {row[0]: [goal.id] for row in rows}


def _borderless(table) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    sides = "".join(f'<w:{s} w:val="nil"/>' for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
    table._tbl.tblPr.append(parse_xml(f"<w:tblBorders {nsdecls('w')}>{sides}</w:tblBorders>"))


def _margin_table_docx(tmp_path: Path, borderless: bool) -> Path:
    """A goal and its measures laid out with a margin column of side headings."""
    d = docx.Document()
    d.add_heading("Turveier", 1)
    t = d.add_table(rows=5, cols=4)
    if borderless:
        _borderless(t)
    t.cell(0, 0).paragraphs[0].add_run("Dette vil vi oppnå").bold = True
    t.cell(0, 1).merge(t.cell(0, 3)).paragraphs[0].add_run("Alle skal ha en turvei nær der de bor.").bold = True
    t.cell(1, 2).text, t.cell(1, 3).text = "Ansvar", "Frist"
    t.cell(2, 0).paragraphs[0].add_run("Dette gjør vi").bold = True
    for r, row in enumerate(MARGIN_MEASURES, 2):
        for c, value in enumerate(row, 1):
            t.cell(r, c).text = value
    path = tmp_path / ("margin.docx" if borderless else "ruled.docx")
    d.save(path)
    return path


MARGIN_MEASURES = (
    ("Merke nye turveier i bygdene", "Teknisk drift", "2027"),
    ("Sette opp turkart ved skolene", "Kultur og fritid", "2028"),
    ("Rydde stiene hver vår", "Teknisk drift", "Årlig"),
)


def test_a_borderless_table_with_a_margin_of_bold_labels_reads_as_side_headings(tmp_path: Path) -> None:
    doc = read_docx(_margin_table_docx(tmp_path, borderless=True))
    got = [(b.kind, b.side_label, b.text) for b in doc.blocks[1:]]
    assert got[:4] == [
        (BlockKind.heading, True, "Dette vil vi oppnå"),
        (BlockKind.heading, False, "Alle skal ha en turvei nær der de bor."),
        (BlockKind.heading, True, "Dette gjør vi"),
        (BlockKind.table, False, "| Ansvar | Frist"),
    ]
    assert [[c.text for c in row] for row in doc.blocks[4].table.rows] == [list(r) for r in MARGIN_MEASURES]
    plan = build_plan(doc)
    (goal,) = plan.goals
    assert {m.text: m.goal_ids for m in plan.measures} == {r[0]: [goal.id] for r in MARGIN_MEASURES}


def test_a_ruled_table_with_bold_labels_in_its_first_column_stays_a_table(tmp_path: Path) -> None:
    blocks = read_docx(_margin_table_docx(tmp_path, borderless=False)).blocks
    assert [b.kind for b in blocks] == [BlockKind.heading, BlockKind.table]
