"""Page numbers of Word text from the page breaks in the markup (plancheck/ingest/pages.py):
counted when they add up to the page count the saving application recorded, else left out."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import docx
from docx.enum.text import WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from plancheck.ingest.docx import read_docx
from plancheck.ingest.pages import MAX_PAGE_CHARS, PageCounter

W = nsdecls("w")


def _with_pages(path: Path, pages: int) -> Path:
    """The file with ``pages`` as the page count in docProps/app.xml (python-docx's template says 1)."""
    out = path.with_name(f"{path.stem}-{pages}.docx")
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "docProps/app.xml":
                data = re.sub(rb"<Pages>\d+</Pages>", f"<Pages>{pages}</Pages>".encode(), data)
            dst.writestr(item, data)
    return out


def _rendered(paragraph, before: str, after: str) -> None:
    """A run whose text Word broke onto the next page between ``before`` and ``after``."""
    paragraph._p.append(parse_xml(
        f'<w:r {W}><w:t xml:space="preserve">{before}</w:t><w:lastRenderedPageBreak/>'
        f'<w:t xml:space="preserve">{after}</w:t></w:r>'
    ))


def _word_saved(tmp_path: Path) -> Path:
    """Four pages as Word laid them out: a paragraph running over from page 1 to 2, a hard
    break before page 3 (whose first run Word marks too), a table row beginning on page 4."""
    d = docx.Document()
    d.add_paragraph("Introduction to the plan.")
    _rendered(d.add_paragraph(), "The plan starts on page one and ", "goes on on page two.")
    d.add_paragraph("A paragraph on page two.").runs[0].add_break(WD_BREAK.PAGE)
    _rendered(d.add_paragraph(), "", "Measures on page three.")
    table = d.add_table(rows=3, cols=2)
    for r, (action, owner) in enumerate([("Action", "Owner"), ("Build a path", "Roads"), ("", "Parks")]):
        table.cell(r, 0).text = action
        table.cell(r, 1).text = owner
    _rendered(table.cell(2, 0).paragraphs[0], "", "Plant trees")
    path = tmp_path / "word.docx"
    d.save(path)
    return path


def _page_of(doc, text: str) -> int | None:
    return next(b.provenance.page for b in doc.blocks if b.text.startswith(text))


def test_pages_from_the_breaks_word_rendered_when_they_add_up(tmp_path: Path) -> None:
    doc = read_docx(_with_pages(_word_saved(tmp_path), 4))
    assert doc.page_count == 4
    assert _page_of(doc, "Introduction") == 1
    assert _page_of(doc, "The plan starts") == 1  # where its first text stands
    assert _page_of(doc, "A paragraph on page two") == 2
    assert _page_of(doc, "Measures on page three") == 3  # the hard break's page, counted once
    table = next(b for b in doc.blocks if b.table is not None)
    assert table.provenance.page == 3 and table.table.pages == [3, 4]
    assert [(r[0].text, r[0].page) for r in table.table.rows] == [("Build a path", 3), ("Plant trees", 4)]


def test_no_pages_when_the_breaks_do_not_add_up_to_the_recorded_count(tmp_path: Path) -> None:
    # edited after Word last laid it out: seven pages recorded, four counted
    doc = read_docx(_with_pages(_word_saved(tmp_path), 7))
    assert {b.provenance.page for b in doc.blocks} == {None}
    table = next(b for b in doc.blocks if b.table is not None)
    assert table.table.pages == [] and {c.page for r in table.table.rows for c in r} == {None}


def test_hard_breaks_alone_give_no_pages(tmp_path: Path) -> None:
    # LibreOffice records a page count made of the hard breaks without laying the text out:
    # the count may agree while a page ran over, so a file without rendered breaks has no pages
    d = docx.Document()
    d.add_paragraph("Cover page.").runs[0].add_break(WD_BREAK.PAGE)
    d.add_paragraph("Goals on page two.")
    path = tmp_path / "typed.docx"
    d.save(path)
    for pages in (1, 2, 3):
        assert {b.provenance.page for b in read_docx(_with_pages(path, pages)).blocks} == {None}


def test_a_count_whose_last_page_holds_more_text_than_a_page_can_is_not_trusted() -> None:
    pages = PageCounter()
    pages.text(100)
    pages.rendered_break()
    pages.text(200)
    assert pages.trusted(2) and pages.trusted(0)
    assert not pages.trusted(3)
    pages.text(MAX_PAGE_CHARS)  # a partial layout: the breaks stop before the text does
    assert not pages.trusted(2)
