"""The .docx reader: headings, numbering, tables with merged cells, comments and tracked changes."""

from __future__ import annotations

import copy
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt

from plancheck.errors import InputError
from plancheck.extract.tables import table_roles
from plancheck.ingest.docx import read_docx, split_typed_label
from plancheck.models import BlockKind

W = nsdecls("w")

NUMBERING = f"""
<w:abstractNum {W} w:abstractNumId="90">
  <w:multiLevelType w:val="hybridMultilevel"/>
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl>
</w:abstractNum>
<w:abstractNum {W} w:abstractNumId="91">
  <w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/></w:lvl>
  <w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/><w:lvlText w:val="o"/></w:lvl>
</w:abstractNum>
<w:abstractNum {W} w:abstractNumId="92">
  <w:multiLevelType w:val="multilevel"/>
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1"/>
    <w:pStyle w:val="Heading1"/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/>
    <w:pStyle w:val="Heading2"/></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2.%3"/>
    <w:pStyle w:val="Heading3"/></w:lvl>
</w:abstractNum>
"""
NUMS = f"""
<w:num {W} w:numId="90"><w:abstractNumId w:val="90"/></w:num>
<w:num {W} w:numId="91"><w:abstractNumId w:val="91"/></w:num>
<w:num {W} w:numId="92"><w:abstractNumId w:val="92"/></w:num>
<w:num {W} w:numId="93"><w:abstractNumId w:val="90"/>
  <w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
"""


def _install_numbering(document) -> None:
    numbering = document.part.numbering_part.element
    first_num = numbering.find(qn("w:num"))
    for el in parse_xml(f"<root {W}>{NUMBERING}</root>"):
        if first_num is not None:
            first_num.addprevious(copy.deepcopy(el))
        else:
            numbering.append(copy.deepcopy(el))
    for el in parse_xml(f"<root {W}>{NUMS}</root>"):
        numbering.append(copy.deepcopy(el))
    # heading styles 1-3 take their numbers from the multilevel list 92
    for level in (1, 2, 3):
        style = document.styles[f"Heading {level}"].element
        ppr = style.get_or_add_pPr()
        ppr.append(
            parse_xml(f'<w:numPr {W}><w:ilvl w:val="{level - 1}"/><w:numId w:val="92"/></w:numPr>')
        )


def _numbered(paragraph, num_id: int, ilvl: int = 0):
    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(
        parse_xml(f'<w:numPr {W}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>')
    )
    return paragraph


def _tracked(paragraph, before: str, inserted: str, deleted: str, after: str) -> None:
    p = paragraph._p
    p.append(parse_xml(f'<w:r {W}><w:t xml:space="preserve">{before}</w:t></w:r>'))
    p.append(
        parse_xml(
            f'<w:ins {W} w:id="101" w:author="Kari" w:date="2025-01-01T00:00:00Z">'
            f'<w:r><w:t xml:space="preserve">{inserted}</w:t></w:r></w:ins>'
        )
    )
    p.append(
        parse_xml(
            f'<w:del {W} w:id="102" w:author="Ola" w:date="2025-01-01T00:00:00Z">'
            f'<w:r><w:delText xml:space="preserve">{deleted}</w:delText></w:r></w:del>'
        )
    )
    p.append(parse_xml(f'<w:r {W}><w:t xml:space="preserve">{after}</w:t></w:r>'))


@pytest.fixture
def plan_docx(tmp_path: Path) -> Path:
    d = docx.Document()
    _install_numbering(d)
    section = d.sections[0]
    section.header.paragraphs[0].text = "TOPPTEKST Helseplan utkast"
    section.footer.paragraphs[0].text = "BUNNTEKST side 1"

    d.add_paragraph("Helse- og omsorgsplan 2025–2030", style="Title")
    d.add_paragraph("Høringsutkast")
    d.add_heading("Innledning", level=1)
    d.add_paragraph("Planen skal gi retning for arbeidet.")
    d.add_heading("Mandat", level=2)
    _numbered(d.add_paragraph("Gi en beskrivelse av dagens tjenester"), 90)
    _numbered(d.add_paragraph("Kartlegge behov"), 90)
    _numbered(d.add_paragraph("for barn"), 90, 1)
    _numbered(d.add_paragraph("for eldre"), 90, 1)
    _numbered(d.add_paragraph("Vurdere tiltak"), 90)
    d.add_heading("Mål og strategier", level=1)
    d.add_heading("Delmål for helse", level=3)
    _numbered(d.add_paragraph("Styrke helsestasjonen"), 91)
    _numbered(d.add_paragraph("Tidlig innsats"), 91, 1)
    _numbered(d.add_paragraph("Første punkt i ny liste"), 93)
    d.add_paragraph("1. Alle barn skal ha en trygg oppvekst")
    d.add_paragraph("1. mars 2026 legges planen fram.")
    p = d.add_paragraph("")
    _tracked(p, "Planen ", "vedtas ", "forkastes ", "av kommunestyret.")
    commented = d.add_paragraph("Tallene er fra 2023.")
    d.add_comment(commented.runs, text="Sjekk tallene", author="Per")

    table = d.add_table(rows=5, cols=5)
    for c, head in enumerate(["Mål", "Tema", "Tiltak", "Ansvarlig", "Frist"]):
        table.cell(0, c).text = head
    table.cell(1, 0).text = "Alle barn skal ha en trygg overgang"
    table.cell(1, 0).merge(table.cell(3, 0))  # vMerge over rows 1-3
    table.cell(1, 1).text = "Rutiner"
    table.cell(1, 2).text = "Lage felles rutine"
    table.cell(1, 3).text = "Rådgiver oppvekst"
    table.cell(1, 4).text = "Høst 2025"
    table.cell(2, 1).text = "Informasjon"
    table.cell(2, 2).text = "Informere foreldre"
    table.cell(2, 3).text = ""
    table.cell(2, 4).text = "Hver høst"
    table.cell(3, 1).text = "Samarbeid med PPT og helsesykepleier"
    table.cell(3, 1).merge(table.cell(3, 2))  # gridSpan over columns 1-2
    table.cell(3, 3).text = "PPT"
    table.cell(3, 4).text = "2026"
    table.cell(4, 0).text = "Eget mål"
    table.cell(4, 1).text = "Tema"
    table.cell(4, 2).text = "Tiltak"
    table.cell(4, 3).text = "Alle enheter"
    table.cell(4, 4).text = "Løpende"
    d.add_heading("Oppfølging", level=1)
    bold = d.add_paragraph()
    bold.add_run("Dette vil vi gjøre").bold = True
    d.add_paragraph("Vanlig tekst.").runs[0].font.size = Pt(11)
    path = tmp_path / "plan.docx"
    d.save(str(path))
    return path


def _by_text(doc, text):
    return next(b for b in doc.blocks if b.text == text)


def test_headings_and_sections(plan_docx: Path) -> None:
    doc = read_docx(plan_docx)
    assert doc.format == "docx"
    assert doc.title == "Helse- og omsorgsplan 2025–2030"
    headings = [(b.text, b.level, b.number) for b in doc.blocks if b.kind == BlockKind.heading]
    assert headings == [
        ("Helse- og omsorgsplan 2025–2030", 1, None),
        ("Innledning", 1, "1"),
        ("Mandat", 2, "1.1"),
        ("Mål og strategier", 1, "2"),
        ("Delmål for helse", 3, "2.1.1"),  # Word prints the skipped level as 1
        ("Oppfølging", 1, "3"),
        ("Dette vil vi gjøre", 2, None),  # a bold pseudo-heading, one level down
    ]
    by_title = {s.title: s for s in doc.sections}
    assert by_title["Mandat"].parent_id == by_title["Innledning"].id
    assert by_title["Delmål for helse"].parent_id == by_title["Mål og strategier"].id
    assert by_title["Dette vil vi gjøre"].parent_id == by_title["Oppfølging"].id
    assert [b.id for b in doc.blocks] == [f"b{i}" for i in range(1, len(doc.blocks) + 1)]
    assert all(b.section_id for b in doc.blocks)
    goal = _by_text(doc, "Planen skal gi retning for arbeidet.")
    assert goal.section_id == by_title["Innledning"].id
    assert goal.provenance.location == "section 1, paragraph 1"


def test_numbered_and_bulleted_lists(plan_docx: Path) -> None:
    doc = read_docx(plan_docx)
    items = [(b.text, b.number, b.bullet, b.level) for b in doc.blocks if b.kind == "list_item"]
    assert items[:5] == [
        ("Gi en beskrivelse av dagens tjenester", "1.", None, 0),
        ("Kartlegge behov", "2.", None, 0),
        ("for barn", "a)", None, 1),
        ("for eldre", "b)", None, 1),
        ("Vurdere tiltak", "3.", None, 0),
    ]
    assert items[5:7] == [("Styrke helsestasjonen", None, "•", 0), ("Tidlig innsats", None, "o", 1)]
    # numId 93 shares abstractNum 90 but restarts with w:startOverride
    assert items[7] == ("Første punkt i ny liste", "1.", None, 0)
    # a typed label is a list item; a date is not
    assert items[8] == ("Alle barn skal ha en trygg oppvekst", "1.", None, 0)
    assert _by_text(doc, "1. mars 2026 legges planen fram.").kind == BlockKind.paragraph


def test_table_merged_cells(plan_docx: Path) -> None:
    doc = read_docx(plan_docx)
    tables = [b for b in doc.blocks if b.kind == BlockKind.table]
    assert len(tables) == 1
    t = tables[0].table
    assert t.header == ["Mål", "Tema", "Tiltak", "Ansvarlig", "Frist"]
    assert all(len(row) == 5 for row in t.rows)
    texts = [[c.text for c in row] for row in t.rows]
    goal = "Alle barn skal ha en trygg overgang"
    assert texts[0] == [goal, "Rutiner", "Lage felles rutine", "Rådgiver oppvekst", "Høst 2025"]
    assert texts[1] == [goal, "Informasjon", "Informere foreldre", "", "Hver høst"]
    assert texts[2] == [goal, "Samarbeid med PPT og helsesykepleier", "", "PPT", "2026"]
    assert [row[0].merged_from for row in t.rows] == [None, 0, 0, None]
    assert t.rows[2][2].merged_from is None
    assert [(c.row, c.col) for c in t.rows[3]] == [(3, i) for i in range(5)]
    assert tables[0].provenance.location == "section 2.1.1, table 1"


def test_headers_footers_ignored(plan_docx: Path) -> None:
    doc = read_docx(plan_docx)
    text = " ".join(b.text for b in doc.blocks)
    assert "TOPPTEKST" not in text and "BUNNTEKST" not in text


def test_comments_and_tracked_changes(plan_docx: Path) -> None:
    doc = read_docx(plan_docx)
    assert any(b.text == "Planen vedtas av kommunestyret." for b in doc.blocks)
    assert not any("forkastes" in b.text for b in doc.blocks)
    notes = {(c.source_text.strip(), c.location) for c in doc.comments}
    assert ("vedtas", "section 2.1.1, paragraph 6 (tracked insertion by Kari)") in notes
    assert ("forkastes", "section 2.1.1, paragraph 6 (tracked deletion by Ola)") in notes
    assert ("Sjekk tallene", "section 2.1.1, paragraph 7 (comment by Per)") in notes
    assert not any("Sjekk tallene" in b.text for b in doc.blocks)


def test_comment_and_change_in_table_cell(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_heading("Tiltak", level=1)
    t = d.add_table(rows=3, cols=2)
    t.cell(0, 0).text, t.cell(0, 1).text = "Tiltak", "Frist"
    t.cell(1, 0).text, t.cell(1, 1).text = "Lage plan", "2025"
    _tracked(t.cell(2, 0).paragraphs[0], "Ny ", "rutine", "prosedyre", "")
    d.add_comment(t.cell(1, 1).paragraphs[0].runs, text="For tidlig?", author="Per")
    path = tmp_path / "t.docx"
    d.save(str(path))
    doc = read_docx(path)
    table = doc.blocks[1].table
    assert [[c.text for c in r] for r in table.rows] == [["Lage plan", "2025"], ["Ny rutine", ""]]
    where = {c.source_text: c.location for c in doc.comments}
    assert where["For tidlig?"] == 'section "Tiltak", table 1, row 1 (comment by Per)'
    assert where["rutine"] == 'section "Tiltak", table 1, row 2 (tracked insertion by Kari)'
    assert where["prosedyre"] == 'section "Tiltak", table 1, row 2 (tracked deletion by Ola)'


def test_header_rows_and_grid_before(tmp_path: Path) -> None:
    d = docx.Document()
    t = d.add_table(rows=4, cols=3)
    t.cell(0, 0).text = "Mål"
    t.cell(0, 1).text = "Gjennomføring"
    t.cell(0, 1).merge(t.cell(0, 2))
    t.cell(1, 1).text = "Ansvar"
    t.cell(1, 2).text = "Frist"
    t.cell(0, 0).merge(t.cell(1, 0))
    for r in (0, 1):
        trpr = t.rows[r]._tr.get_or_add_trPr()
        trpr.append(parse_xml(f"<w:tblHeader {W}/>"))
    t.cell(2, 0).text, t.cell(2, 1).text, t.cell(2, 2).text = "Mål 1", "NAV", "2026"
    t.cell(3, 0).text, t.cell(3, 1).text, t.cell(3, 2).text = "Mål 2", "Alle", "Løpende"
    path = tmp_path / "h.docx"
    d.save(str(path))
    table = read_docx(path).blocks[0].table
    # the spanning cell in brackets after each column's own label, as the PDF layout names it
    # (joined to its first column, "Gjennomføring Ansvar" read as a second deadline column)
    assert table.header == ["Mål", "Ansvar (Gjennomføring)", "Frist (Gjennomføring)"]
    assert table_roles(table.header) == ["goal", "owner", "deadline"]
    assert [[c.text for c in r] for r in table.rows] == [
        ["Mål 1", "NAV", "2026"],
        ["Mål 2", "Alle", "Løpende"],
    ]


def test_one_cell_table_is_read_as_text(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_heading("Visjon", level=1)
    box = d.add_table(rows=1, cols=1)
    box.cell(0, 0).text = "Sammen for en trygg framtid"
    path = tmp_path / "box.docx"
    d.save(str(path))
    doc = read_docx(path)
    assert [(b.kind, b.text) for b in doc.blocks][1] == ("paragraph", "Sammen for en trygg framtid")


def test_outline_level_heading_and_manual_number(tmp_path: Path) -> None:
    d = docx.Document()
    p = d.add_paragraph("3.2 Strategier")
    p._p.get_or_add_pPr().append(parse_xml(f'<w:outlineLvl {W} w:val="0"/>'))
    d.add_paragraph("Tekst")
    path = tmp_path / "o.docx"
    d.save(str(path))
    doc = read_docx(path)
    h = doc.blocks[0]
    assert (h.kind, h.text, h.number, h.level) == ("heading", "Strategier", "3.2", 2)
    assert doc.sections[0].number == "3.2"


def test_bad_input(tmp_path: Path) -> None:
    missing = tmp_path / "nope.docx"
    with pytest.raises(InputError, match="no such file"):
        read_docx(missing)
    empty = tmp_path / "empty.docx"
    empty.write_bytes(b"")
    with pytest.raises(InputError, match="empty"):
        read_docx(empty)
    text = tmp_path / "text.docx"
    text.write_text("just text, not a zip")
    with pytest.raises(InputError, match=r"not a \.docx"):
        read_docx(text)
    ole = tmp_path / "locked.docx"
    ole.write_bytes(
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100 + "EncryptedPackage".encode("utf-16-le")
    )
    with pytest.raises(InputError, match="password"):
        read_docx(ole)
    other = tmp_path / "other.docx"
    with zipfile.ZipFile(other, "w") as zf:
        zf.writestr("hello.txt", "hi")
    with pytest.raises(InputError):
        read_docx(other)
    good = tmp_path / "good.docx"
    docx.Document().save(str(good))
    with pytest.raises(InputError, match="no text"):
        read_docx(good)
    truncated = tmp_path / "truncated.docx"
    truncated.write_bytes(good.read_bytes()[:2000])
    with pytest.raises(InputError):
        read_docx(truncated)
    for err_path in (missing, empty, text, ole, other, truncated):
        try:
            read_docx(err_path)
        except InputError as exc:
            assert "\n" not in str(exc)


def test_split_typed_label() -> None:
    assert split_typed_label("1. Gi en beskrivelse") == ("1.", None, "Gi en beskrivelse")
    assert split_typed_label("a) kartlegge") == ("a)", None, "kartlegge")
    assert split_typed_label("• Tidlig innsats") == (None, "•", "Tidlig innsats")
    assert split_typed_label("2. kvartal 2026") == (None, None, "2. kvartal 2026")


# --------------------------------------------------------------------------- authored corpus

CORPUS = Path(__file__).resolve().parent.parent / "corpora" / "authored"
SOURCES = sorted([*CORPUS.glob("*/*.docx"), *CORPUS.glob("*/*.odt")])


@pytest.mark.parametrize("path", SOURCES, ids=[p.name for p in SOURCES])
def test_authored_corpus_sanity(path: Path) -> None:
    from plancheck.ingest.odt import read_odt

    if not path.exists():  # the corpus is being regenerated
        pytest.skip(f"{path.name} disappeared")
    doc = read_docx(path) if path.suffix == ".docx" else read_odt(path)
    assert doc.format == path.suffix[1:]
    # a heading, unless the whole sheet is tables (an A3 report's boxes, a form): its titles
    # are cells, which the PDF's layout reads
    assert any(b.kind == BlockKind.heading for b in doc.blocks) or all(
        b.kind == BlockKind.table for b in doc.blocks
    )
    assert [b.id for b in doc.blocks] == [f"b{i}" for i in range(1, len(doc.blocks) + 1)]
    section_ids = {s.id for s in doc.sections}
    assert all(b.section_id in section_ids for b in doc.blocks)
    assert all(s.parent_id is None or s.parent_id in section_ids for s in doc.sections)
    assert all(b.provenance.location for b in doc.blocks)
    for b in doc.blocks:
        assert b.text == b.text.strip()
        if b.kind == BlockKind.heading:
            assert b.level and b.level >= 1
            assert not (b.number and b.text.startswith(b.number))
        if b.kind == BlockKind.list_item:
            assert b.number or b.bullet
        if b.kind != BlockKind.table:
            continue
        t = b.table
        assert t is not None and t.header
        for i, row in enumerate(t.rows):
            assert len(row) == len(t.header)
            assert [(c.row, c.col) for c in row] == [(i, j) for j in range(len(row))]
            for c in row:
                if c.merged_from is not None:
                    assert c.merged_from < i
                    assert c.text == t.rows[c.merged_from][c.col].text


def test_text_box_read_once(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_heading("Visjon", level=1)
    p = d.add_paragraph("Før boksen.")
    box = "<w:p><w:r><w:t>Sammen for en trygg framtid</w:t></w:r></w:p>"
    ns = (
        f'{W} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:v="urn:schemas-microsoft-com:vml"'
    )
    p._p.append(
        parse_xml(
            f'<w:r {ns}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:wsp>'
            f"<wps:txbx><w:txbxContent>{box}</w:txbxContent></wps:txbx></wps:wsp></w:drawing>"
            f"</mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>{box}"
            "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent>"
            "</w:r>"
        )
    )
    d.add_paragraph("Etter boksen.")
    path = tmp_path / "box.docx"
    d.save(str(path))
    texts = [b.text for b in read_docx(path).blocks]
    assert texts == ["Visjon", "Før boksen.", "Sammen for en trygg framtid", "Etter boksen."]
