"""Reading a parent plan's goals, session 47 (p52read), on hand-built inputs with invented wording:

- a Word table used as a grid of shaded boxes, each a label naming a priority or goal by number
  and short name ('PRIORITY 2 · CLEAN RIVERS', 'Mål 1 – Trygg oppvekst') over one outcome
  sentence, no header row: each box a goal numbered by its label (``extract.tables._label_boxes``
  with ``extract.figuretiles.named_label``), also where the layout joined a label in capitals to
  the sentence under it (``extract.figuretiles.boxed_label``);
- an outline number ('2.3') drawn in a coloured square beside a goal wrapped over two lines, its
  middle level with the second line: it opens the first line, as a digit in a badge does
  (``layout.cards.shape_numbers``), so the goal is read whole.
"""

from __future__ import annotations

import shutil

import pytest
from test_layout_support import line_words

from plancheck.layout.cards import shape_numbers

# --------------------------------------------------------------------------- a grid of goal boxes

BOXES = [
    ("PRIORITY 1 · CLEAN RIVERS", "Every river in the valley is clean enough to swim in by the end of the plan."),
    ("PRIORITY 2 · WARM HOMES", "Fewer households struggle to heat their homes through the winter months."),
    ("PRIORITY 3 · QUIET STREETS", "Fewer residents are kept awake at night by traffic noise on the ring road."),
]


def _grid_docx(path, boxes) -> None:
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    d = docx.Document()
    d.add_heading("Valley Environment Plan 2031–2035", level=1)
    d.add_paragraph("The board adopted this plan in May 2031. It runs for five years.")
    d.add_heading("The next five years", level=2)
    d.add_paragraph("Each priority is reported to the board twice a year.")
    t = d.add_table(rows=2, cols=2)
    for k in range(4):
        cell = t.cell(k // 2, k % 2)
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:fill"), "E8EEF6")
        cell._tc.get_or_add_tcPr().append(shd)
        if k >= len(boxes):
            continue
        label, sentence = boxes[k]
        cell.paragraphs[0].add_run(label).bold = True
        cell.add_paragraph(sentence)
    d.add_heading("Funding", level=2)
    d.add_paragraph("The plan is paid for from the environment fund and two national grants.")
    d.save(str(path))


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_a_word_grid_of_priority_boxes_reads_as_numbered_goals(tmp_path):
    from corpora.synth.convert import soffice_to_pdf
    from plancheck.mandate.evaluate import load_plan

    src = tmp_path / "valley.docx"
    _grid_docx(src, BOXES)
    soffice_to_pdf([src], tmp_path)
    for path in (tmp_path / "valley.pdf", src):
        plan = load_plan(path, lang="en")
        assert [(g.number, g.text) for g in plan.goals] == [(f"{k}", s) for k, (_l, s) in enumerate(BOXES, 1)], path


def test_a_grid_of_boxes_labelled_by_number_and_name_is_read_box_by_box():
    from plancheck.extract.figuretiles import boxed_label, named_label
    from plancheck.extract.plan import build_plan
    from plancheck.ingest.sections import build_sections
    from plancheck.models import Block, BlockKind, Cell, Document, Provenance, Table

    def plan_of(cells: list[str], lang: str):
        header, rest = cells[:2], cells[2:]
        rows = [[Cell(row=r, col=c, text=t) for c, t in enumerate(rest[2 * r : 2 * r + 2])] for r in range(len(rest) // 2)]
        blocks = [
            Block(id="b0", kind=BlockKind.heading, text="Tiltaksplan 2031–2034", level=1),
            Block(id="b1", kind=BlockKind.table, text=" | ".join(cells),
                  table=Table(header=header, rows=rows, pages=[1], ruled=True)),
        ]
        for b in blocks:
            b.provenance = Provenance(page=1, source_text=b.text)
        doc = Document(path="x.pdf", page_count=1, blocks=blocks, sections=build_sections(blocks))
        return build_plan(doc, lang=lang, model=None)

    assert named_label("Mål 2 – Trygg oppvekst") == ("Mål 2", "2", "Trygg oppvekst")
    assert named_label("Tabell 2 – Nøkkeltall") is None  # no goal or priority label word
    # a label joined to its sentence is parted where its capitals end
    assert boxed_label("PRIORITY 4 · SAFE PARKS A park near every home is lit after dark.") == (
        "PRIORITY 4 · SAFE PARKS", "A park near every home is lit after dark.")
    assert boxed_label("Mål 4 – Trygge parker Alle parker er opplyst.")[1] == ""  # no capitals: no cut
    nb = [
        "Mål 1 – Trygg oppvekst\nAlle barn i bygda skal ha en trygg skolevei innen 2034.",
        "Mål 2 – Levende sentrum\nFlere skal bo og handle i sentrum av bygda.",
        "Mål 3 – Grønn hverdag\nUtslippene fra kommunens egne bygg skal halveres.",
        "",
    ]
    assert [(g.number, g.text) for g in plan_of(nb, "nb").goals] == [
        ("1", "Alle barn i bygda skal ha en trygg skolevei innen 2034."),
        ("2", "Flere skal bo og handle i sentrum av bygda."),
        ("3", "Utslippene fra kommunens egne bygg skal halveres."),
    ]
    # a priority's box naming a topic, no sentence, states no goal: the grid is no grid of goals
    names = [f"{label}\n{s.split(' the ')[0].rstrip('.').split()[0]} matters" for label, s in BOXES] + [""]
    assert plan_of(names, "en").goals == []


# --------------------------------------------------------------------------- a number in a square


def test_an_outline_number_in_a_badge_goes_on_the_first_line_of_the_text_beside_it():
    first = line_words("Fewer residents shall develop diabetes or heart disease", 93, 574.3, size=9.8)
    second = line_words("and stay active all through their lives.", 93, 587.8, size=9.8)
    number = line_words("2.3", 59.6, 583.0, size=12)
    badge = (51.0, 572.2, 84.7, 606.0)
    moved = shape_numbers([badge], first + second + number)
    assert next(w for w in moved if w.text == "2.3").top == first[0].top
    # a date or an amount in a box is no outline number
    for text in ("12.05.2031", "1.500", "2.3.4.5"):
        word = line_words(text, 55, 583.0, size=12)
        assert shape_numbers([badge], first + second + word)[-1].top == word[0].top, text


def _badge_pdf(path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    h = A4[1]
    c.setFont("Helvetica-Bold", 16)
    c.drawString(51, h - 80, "Our local targets")
    c.setFont("Helvetica", 10)
    c.drawString(51, h - 100, "The council adapted each of these targets to the town.")
    goals = [
        ("2.3", "Fewer residents shall develop diabetes or heart disease, and more shall", "stay active all through their lives."),
        ("5.1", "Every pupil shall leave lower secondary school able to read and count", "well enough for upper secondary."),
        ("9.4", "Every home shall be safe from floods and storm surges without damage to", "its walls and roof."),
    ]
    top = 130
    for num, l1, l2 in goals:
        c.setFillColorRGB(0.3, 0.6, 0.2)
        c.rect(51, h - top - 34, 34, 34, fill=1, stroke=0)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("Helvetica-Bold", 12)
        c.drawString(59.6, h - top - 20.5, num)
        c.setFillColorRGB(0, 0, 0)
        c.setFont("Helvetica-Bold", 9.8)
        c.drawString(93, h - top - 9.8, l1)
        c.drawString(93, h - top - 23.4, l2)
        c.setFont("Helvetica", 7.6)
        c.drawString(93, h - top - 39, "Measured by: a yearly survey of residents")
        top += 70
    c.showPage()
    c.save()


def test_goals_beside_numbered_squares_are_read_whole(tmp_path):
    from plancheck.mandate.evaluate import load_plan

    _badge_pdf(tmp_path / "targets.pdf")
    plan = load_plan(tmp_path / "targets.pdf", lang="en")
    assert [g.text for g in plan.goals] == [
        "Fewer residents shall develop diabetes or heart disease, and more shall stay active all through their lives.",
        "Every pupil shall leave lower secondary school able to read and count well enough for upper secondary.",
        "Every home shall be safe from floods and storm surges without damage to its walls and roof.",
    ]
