"""A Word/Writer draft set as a parallel text reads as the PDF exported from it: the body laid
out as a two-column table, the second column the first one's translation row by row, is read
once, in its first column (its headings, paragraphs and nested measure tables as body text),
as plancheck/layout/parallel.py reads the PDF page. Also: bold inherited from the document's
default paragraph style counts as bold, and a short bold label in small type is no heading
(neither is it in the PDF)."""

from __future__ import annotations

from pathlib import Path

import docx
from odf import style, table, text
from odf.opendocument import OpenDocumentText

from plancheck.extract.plan import build_plan
from plancheck.ingest.docx import read_docx
from plancheck.ingest.odt import read_odt
from plancheck.models import BlockKind

# an invented plan in bokmål with its English translation beside it, row by row
ROWS = (
    (("h", "1 Bakgrunn"), ("p", "Kommunen har 14 badeplasser og 3 turløyper langs fjorden."),
     ("p", "Planen gjelder for årene 2026 til 2029.")),
    (("h", "2 Mål og tiltak"),),
    (("p", "Mål 1"), ("b", "Alle skal ha en badeplass innen 2 kilometer fra der de bor.")),
    (("t", (("Tiltak", "Ansvar", "Frist"),
            ("Bygge ny brygge ved 2 badeplasser", "Teknisk drift", "2027"),
            ("Merke turløypene med skilt", "Kultur", "Høst 2026"))),),
    (("p", "Mål 2"), ("b", "Flere skal lære å svømme før de er 10 år.")),
    (("t", (("Tiltak", "Ansvar", "Frist"),
            ("Gi svømmeopplæring til alle på 3. trinn", "Skolesjef", "2028"),)),),
)
TRANSLATED = (
    (("h", "1 Background"), ("p", "The municipality has 14 bathing places and 3 trails along the fjord."),
     ("p", "The plan covers the years 2026 to 2029.")),
    (("h", "2 Aims and actions"),),
    (("p", "Aim 1"), ("b", "Everyone shall have a bathing place within 2 kilometres of home.")),
    (("t", (("Action", "Lead", "When"),
            ("Build a new jetty at 2 bathing places", "Technical services", "2027"),
            ("Mark the trails with signs", "Culture", "Autumn 2026"))),),
    (("p", "Aim 2"), ("b", "More shall learn to swim before they are 10 years old.")),
    (("t", (("Action", "Lead", "When"),
            ("Give swimming lessons to everyone in year 3", "Head of schools", "2028"),)),),
)
GOALS = {"Alle skal ha en badeplass innen 2 kilometer fra der de bor.", "Flere skal lære å svømme før de er 10 år."}
MEASURES = {"Bygge ny brygge ved 2 badeplasser", "Merke turløypene med skilt", "Gi svømmeopplæring til alle på 3. trinn"}


def _odt(tmp_path: Path, rows_right=TRANSLATED) -> Path:
    doc = OpenDocumentText()
    bold = style.Style(name="B", family="text")
    bold.addElement(style.TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    doc.text.addElement(text.H(outlinelevel=1, text="Badeplan 2026–2029"))

    def fill(cell, content) -> None:
        for kind, value in content:
            if kind == "h":
                cell.addElement(text.H(outlinelevel=2, text=value))
            elif kind == "p":
                cell.addElement(text.P(text=value))
            elif kind == "b":
                p = text.P()
                p.addElement(text.Span(stylename=bold, text=value))
                cell.addElement(p)
            else:
                inner = table.Table()
                inner.addElement(table.TableColumn(numbercolumnsrepeated=3))
                for row in value:
                    tr = table.TableRow()
                    for v in row:
                        tc = table.TableCell()
                        tc.addElement(text.P(text=v))
                        tr.addElement(tc)
                    inner.addElement(tr)
                cell.addElement(inner)

    t = table.Table()
    t.addElement(table.TableColumn(numbercolumnsrepeated=2))
    for left, right in zip(ROWS, rows_right, strict=True):
        tr = table.TableRow()
        for content in (left, right):
            tc = table.TableCell()
            fill(tc, content)
            tr.addElement(tc)
        t.addElement(tr)
    doc.text.addElement(t)
    path = tmp_path / "badeplan.odt"
    doc.save(str(path))
    return path


def _docx(tmp_path: Path) -> Path:
    d = docx.Document()
    d.add_heading("Badeplan 2026–2029", 1)
    t = d.add_table(rows=len(ROWS), cols=2)
    for r, (left, right) in enumerate(zip(ROWS, TRANSLATED, strict=True)):
        for c, content in enumerate((left, right)):
            cell = t.cell(r, c)
            first = True
            for kind, value in content:
                if kind == "t":
                    inner = cell.add_table(rows=len(value), cols=3)
                    for i, row in enumerate(value):
                        for j, v in enumerate(row):
                            inner.cell(i, j).text = v
                    continue
                p = cell.paragraphs[0] if first else cell.add_paragraph()
                first = False
                run = p.add_run(value)
                if kind == "h":
                    p.style = d.styles["Heading 2"]
                run.bold = kind == "b"
    path = tmp_path / "badeplan.docx"
    d.save(path)
    return path


def _check(doc) -> None:
    assert not any(b.kind == BlockKind.table and "Bakgrunn" in " ".join(b.table.header) for b in doc.blocks)
    assert not any("Background" in b.text for b in doc.blocks)  # the translation is not read
    plan = build_plan(doc)
    assert {g.text for g in plan.goals} == GOALS
    assert {m.text for m in plan.measures} == MEASURES


def test_a_writer_table_of_a_text_and_its_translation_is_read_once_in_its_first_column(tmp_path: Path) -> None:
    _check(read_odt(_odt(tmp_path)))


def test_a_word_table_of_a_text_and_its_translation_is_read_once_in_its_first_column(tmp_path: Path) -> None:
    _check(read_docx(_docx(tmp_path)))


def test_a_second_column_that_is_no_translation_keeps_the_table(tmp_path: Path) -> None:
    other = tuple(((("p", "Se vedlegg."),)) for _ in ROWS)  # short notes, no numbers: not the same text
    doc = read_odt(_odt(tmp_path, rows_right=other))
    tables = [b.table for b in doc.blocks if b.kind == BlockKind.table and b.table]
    assert any("Bakgrunn" in " ".join([*t.header, *(c.text for row in t.rows for c in row)]) for t in tables)


def test_bold_inherited_from_the_default_paragraph_style_makes_margin_labels(tmp_path: Path) -> None:
    """A margin of side headings whose labels are bold only through the document's default
    paragraph style (no style named on the paragraph, no bold on the run)."""
    d = docx.Document()
    d.styles["Normal"].font.bold = True
    d.add_heading("Turløyper", 1)
    t = d.add_table(rows=3, cols=2)
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    sides = "".join(f'<w:{s} w:val="nil"/>' for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
    t._tbl.tblPr.append(parse_xml(f"<w:tblBorders {nsdecls('w')}>{sides}</w:tblBorders>"))
    t.cell(0, 0).text = "Dette vil vi"
    t.cell(0, 1).text = "Alle skal ha en turløype nær der de bor."
    t.cell(1, 1).text = "Løypene skal merkes og ryddes hvert år."
    t.cell(2, 0).text = "Slik gjør vi det"
    t.cell(2, 1).text = "Vi lager en plan for merking sammen med lagene."
    path = tmp_path / "standardstil.docx"
    d.save(path)
    blocks = read_docx(path).blocks
    assert [(b.kind, b.side_label) for b in blocks if b.text in ("Dette vil vi", "Slik gjør vi det")] == [
        (BlockKind.heading, True), (BlockKind.heading, True)
    ]


def test_a_short_bold_label_in_small_type_is_no_heading_in_writer(tmp_path: Path) -> None:
    doc = OpenDocumentText()
    small = style.Style(name="S", family="paragraph")
    small.addElement(style.TextProperties(fontweight="bold", fontsize="8pt"))
    body = style.Style(name="N", family="paragraph")
    body.addElement(style.TextProperties(fontsize="11pt"))
    doc.automaticstyles.addElement(small)
    doc.automaticstyles.addElement(body)
    doc.text.addElement(text.H(outlinelevel=1, text="Bakgrunn"))
    doc.text.addElement(text.P(stylename=small, text="KORT OM PLANEN"))
    for _ in range(3):
        doc.text.addElement(text.P(stylename=body, text="Brødtekst i vanlig størrelse, som setter størrelsen på teksten."))
    path = tmp_path / "liten.odt"
    doc.save(str(path))
    (label,) = [b for b in read_odt(path).blocks if b.text == "KORT OM PLANEN"]
    assert label.kind == BlockKind.paragraph


def test_a_rule_for_some_input_formats_is_not_run_on_another() -> None:
    """``Rule.formats``: a rule of what only a Word/Writer draft holds is silent for a PDF (and
    bench/source_vs_pdf.py leaves its findings out of the comparison)."""
    from plancheck.checks import check_plan
    from plancheck.checks.base import Rule
    from plancheck.drafts import DRAFT_REMARK
    from plancheck.models import Plan, SourceInfo

    ran: list[str] = []

    class Only(Rule):
        id = "only-word"
        formats = ("docx",)

        def evaluate(self, ctx):
            ran.append(ctx.plan.source.format)
            return []

    for fmt in ("pdf", "docx"):
        check_plan(Plan(source=SourceInfo(path=f"p.{fmt}", format=fmt, sha256="", pages=1), title="Plan"), rules=[Only()])
    assert ran == ["docx"]
    assert DRAFT_REMARK.formats and "pdf" not in DRAFT_REMARK.formats


def test_a_table_row_deleted_with_tracked_changes_is_no_measure(tmp_path: Path) -> None:
    """Read as with every change accepted: a row marked deleted (``w:trPr/w:del``) is gone,
    whatever its runs are marked, and it is listed with the tracked changes."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    d = docx.Document()
    d.add_heading("Mål 1: Alle skal ha rent drikkevann.", 1)
    t = d.add_table(rows=4, cols=3)
    for r, row in enumerate((("Tiltak", "Ansvar", "Frist"), ("Skifte ut gamle vannrør", "Teknisk drift", "2027"),
                             ("Bygge et nytt renseanlegg", "Teknisk drift", "2028"),
                             ("Rense bassengene hver vår", "Teknisk drift", "Årlig"))):
        for c, value in enumerate(row):
            t.cell(r, c).text = value
    tr = t.rows[2]._tr
    tr.get_or_add_trPr().append(parse_xml(
        f'<w:del {nsdecls("w")} w:id="91" w:author="Kari" w:date="2026-01-05T10:00:00Z"/>'))
    path = tmp_path / "sporet.docx"
    d.save(path)
    doc = read_docx(path)
    assert {m.text for m in build_plan(doc).measures} == {"Skifte ut gamle vannrør", "Rense bassengene hver vår"}
    assert any("Bygge et nytt renseanlegg" in c.source_text and "tracked deletion by Kari" in (c.location or "")
               for c in doc.comments)
