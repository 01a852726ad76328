"""Session 51 (s51fixb): a printer's imposed booklet and a dashboard exported to PDF, read stage
by stage on hand-built inputs with invented wording:

- layout (layout/document.py path_bounds): a path drawn inside a form XObject moved whole on the
  sheet is where the form's matrix moves it, not at the form's own origin: an imposed sheet draws
  each page as a form, and the right-hand page's table rules, left at its origin, struck the
  left-hand page's text through (strike.py took those lines out of the text)
- layout (layout/imposition.py): a booklet imposed for saddle stitching (8 | 1, 2 | 7, …) is read
  in the order of its halves' printed page labels; spreads in reading order are left alone
- layout (layout/fieldheads.py): a dashboard's head line ('Kommune · Scorecard' and the report
  page's name on one line), in regular weight a little larger than the visuals' small type,
  differing from page to page in that name only, is a running header
- extraction (extract/notes.py table_notes): a short paragraph set smaller than the text right
  under a table on its page (a visual's note) is no item
"""

from __future__ import annotations

import io

from plancheck.layout.lines import Line
from plancheck.models import BBox, Block, BlockKind, Cell, Provenance, Table


def _imposed_pdf() -> bytes:
    """One landscape sheet holding two small pages, each drawn as a form XObject: the left one
    text only, the right one a ruled box at the same height as the left one's text."""
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    w, h = 842.0, 595.0
    c = canvas.Canvas(buf, pagesize=(w, h))
    c.beginForm("left")
    c.setFont("Helvetica", 10)
    c.drawString(40, 400, "Every pupil learns to swim before the age of ten")
    c.drawString(40, 380, "The swimming hall opens two more evenings a week")
    c.endForm()
    c.beginForm("right")
    c.setLineWidth(0.5)
    for y in (403.5, 383.5):  # level with the left page's letters' middles, in the form's own space
        c.line(40, y, 380, y)
    c.endForm()
    c.doForm("left")
    c.saveState()
    c.translate(w / 2, 0)
    c.doForm("right")
    c.restoreState()
    c.showPage()
    c.save()
    return buf.getvalue()


def test_form_paths_are_placed_by_the_forms_matrix(tmp_path):
    import pypdfium2 as pdfium

    from plancheck.layout.document import path_bounds

    pdf = tmp_path / "sheet.pdf"
    pdf.write_bytes(_imposed_pdf())
    doc = pdfium.PdfDocument(str(pdf))
    try:
        bounds = path_bounds(doc[0])
    finally:
        doc.close()
    rules = [b for b in bounds if b[4] - b[2] < 2]
    assert len(rules) == 2
    assert all(b[1] >= 421 - 1 for b in rules)  # on the right-hand half, where the form is drawn


def test_imposed_sheet_keeps_the_left_pages_text(tmp_path):
    from plancheck.layout.document import read_pages

    pdf = tmp_path / "sheet.pdf"
    pdf.write_bytes(_imposed_pdf())
    (page,) = read_pages(pdf)
    assert page.struck == []
    text = " ".join(ln.text for ln in page.lines)
    assert "Every pupil learns to swim" in text and "two more evenings" in text


def _line(page: int, text: str, top: float, size: float, bold: bool = False) -> Line:
    return Line(page=page, words=[], x0=20.0, x1=20.0 + 5 * len(text), top=top, bottom=top + size,
                size=size, bold=bold, text=text)


def test_dashboard_head_with_the_page_name_is_a_running_header():
    from plancheck.layout.fieldheads import mark_field_headers

    names = ["Summary", "Actions", "Figures"]
    pages = []
    for k, name in enumerate(names, 1):
        pages.append([
            _line(k, f"Brindle Council · Scorecard {name}", 8.0, 9.0),
            *[_line(k, f"Row {i} of the visual on this report page, set in the small type", 120.0 + 14 * i, 8.0)
              for i in range(12)],
        ])
    mark_field_headers(pages, [540.0] * 3, )
    assert all(p[0].kind == "furniture" for p in pages)
    assert not any(ln.kind for p in pages for ln in p[1:])


def test_bold_heading_larger_than_the_text_is_no_field_header():
    from plancheck.layout.fieldheads import mark_field_headers

    pages = []
    for k, name in enumerate(["Parks", "Paths", "Ponds"], 1):
        pages.append([
            _line(k, f"Brindle Council · Scorecard {name}", 8.0, 9.0, bold=True),
            *[_line(k, f"Row {i} of the visual on this report page, set in the small type", 120.0 + 14 * i, 8.0)
              for i in range(12)],
        ])
    mark_field_headers(pages, [540.0] * 3)
    assert not any(p[0].kind for p in pages)


def _block(k: int, kind: BlockKind, text: str, size: float | None, page: int = 2, table: Table | None = None) -> Block:
    level = 2 if kind == BlockKind.heading else 0 if kind == BlockKind.list_item else None
    return Block(id=f"b{k}", kind=kind, text=text, font_size=size, table=table, level=level,
                 provenance=Provenance(page=page, source_text=text,
                                       bbox=BBox(x0=40, top=20.0 * k, x1=300, bottom=20.0 * k + 15)))


def _visual_blocks(note_size: float) -> list[Block]:
    table = Table(header=["No.", "Action", "Lead", "By"], pages=[2],
                  rows=[[Cell(row=0, col=0, text="1"), Cell(row=0, col=1, text="Plant forty street trees"),
                         Cell(row=0, col=2, text="Parks"), Cell(row=0, col=3, text="2031")]])
    return [
        _block(1, BlockKind.paragraph, "Our aims for the greener town centre this year and the next", 9.0, page=1),
        _block(2, BlockKind.list_item, "The town centre should have twice as many trees by the year 2035", 9.0, page=1),
        _block(3, BlockKind.heading, "Strategies", 9.5),
        _block(4, BlockKind.table, "No. | Action | Lead | By", None, table=table),
        _block(5, BlockKind.paragraph, "Progress is refreshed by each lead every month.", note_size),
    ]


def test_small_note_under_a_table_is_taken():
    from plancheck.extract.notes import table_notes

    assert table_notes(_visual_blocks(7.5), 0.4, 25) == {4}


def test_paragraph_in_the_texts_size_under_a_table_is_no_note():
    from plancheck.extract.notes import table_notes

    assert table_notes(_visual_blocks(9.0), 0.4, 25) == set()


def test_small_bold_label_under_a_table_is_no_note():
    from plancheck.extract.notes import table_notes

    blocks = _visual_blocks(7.5)
    blocks[-1] = _block(5, BlockKind.paragraph, "AIM 2", 7.5)
    blocks[-1].bold = True
    blocks.append(_block(6, BlockKind.heading, "Fewer cars park on the pavements near the schools", 9.5))
    assert table_notes(blocks, 0.4, 25) == set()


def test_small_note_under_a_table_is_no_strategy():
    from plancheck.extract.plan import build_plan
    from plancheck.ingest.sections import build_sections
    from plancheck.models import Document

    blocks = _visual_blocks(7.5)
    doc = Document(path="x.pdf", page_count=2, blocks=blocks, sections=build_sections(blocks))
    plan = build_plan(doc, lang="en", model=None)
    assert any("forty street trees" in m.text for m in plan.measures)
    assert not any("refreshed" in s.text for s in plan.strategies)


# --- layout: a booklet imposed for saddle stitching, read in the order of its page labels

_BOOKLET = {  # printed page → its lines (the cover and the back cover carry no label)
    1: ["Harbour Town", "Swimming for Every Child", "Action plan 2061–2064"],
    2: ["Goal 1", "Every pupil can swim 200 metres when leaving primary school",
        "Offer a free swimming course to every class in year three", "Train two more swimming teachers"],
    3: ["Goal 2", "More families use the swimming hall on weekday evenings",
        "Open the swimming hall two more evenings a week", "Sell a family card at half price"],
    4: ["Harbour Town Council", "Adopted by the council on 4 March 2060"],
}


def _booklet_pdf(sheets: list[tuple[int, int]], labelled: set[int]) -> bytes:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    w, h = 842.0, 595.0
    c = canvas.Canvas(buf, pagesize=(w, h))
    for left, right in sheets:
        for x, page in ((0.0, left), (w / 2, right)):
            c.setFont("Helvetica", 10)
            for k, text in enumerate(_BOOKLET[page]):
                c.drawString(x + 40, h - 80 - 22 * k, text)
            if page in labelled:
                c.setFont("Helvetica", 8)
                c.drawCentredString(x + w / 4, 30, str(page))
        c.showPage()
    c.save()
    return buf.getvalue()


def _reading(pdf) -> list[str]:
    from plancheck.layout.document import assemble, read_pages

    layout = assemble(read_pages(pdf))
    return [b.text for b in layout.blocks]


def _place(texts: list[str], words: str) -> int:
    return next(k for k, t in enumerate(texts) if words in t)


def test_imposed_page_numbers():
    from plancheck.layout.imposition import imposed_page

    # eight pages on four sheet sides: 8 | 1, 2 | 7, 6 | 3, 4 | 5
    assert [(imposed_page(s, 4, False), imposed_page(s, 4, True)) for s in range(4)] == [(8, 1), (2, 7), (6, 3), (4, 5)]


def test_imposed_booklet_is_read_in_the_order_of_its_page_labels(tmp_path):
    pdf = tmp_path / "booklet.pdf"
    pdf.write_bytes(_booklet_pdf([(4, 1), (2, 3)], labelled={2, 3}))
    texts = _reading(pdf)
    order = [_place(texts, w) for w in ("Swimming for Every Child", "Every pupil can swim", "More families use",
                                        "Adopted by the council")]
    assert order == sorted(order)


def test_spreads_in_reading_order_are_not_reordered(tmp_path):
    from plancheck.layout.document import read_pages
    from plancheck.layout.imposition import imposed_order

    pdf = tmp_path / "spreads.pdf"
    pdf.write_bytes(_booklet_pdf([(1, 2), (3, 4)], labelled={2, 3}))
    pages = read_pages(pdf)
    assert imposed_order(pages, [p.lines for p in pages]) is None
    texts = _reading(pdf)
    order = [_place(texts, w) for w in ("Swimming for Every Child", "Every pupil can swim", "More families use",
                                        "Adopted by the council")]
    assert order == sorted(order)
