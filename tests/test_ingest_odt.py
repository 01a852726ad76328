"""The .odt reader: outline numbering, list styles, spanned cells, annotations, tracked changes."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from odf import dc, office, style, table, text
from odf.namespaces import TEXTNS as TEXT_NS
from odf.namespaces import XMLNS as XML_NS
from odf.opendocument import OpenDocumentText

from plancheck.errors import InputError
from plancheck.ingest.odt import read_odt
from plancheck.models import BlockKind


def _p(parent, content: str, stylename=None):
    p = text.P(stylename=stylename, text=content) if stylename else text.P(text=content)
    parent.addElement(p)
    return p


def _list_styles(doc: OpenDocumentText) -> None:
    numbered = text.ListStyle(name="Num")
    numbered.addElement(
        text.ListLevelStyleNumber(level=1, numformat="1", numsuffix=".", startvalue=1)
    )
    numbered.addElement(text.ListLevelStyleNumber(level=2, numformat="a", numsuffix=")"))
    doc.automaticstyles.addElement(numbered)
    bullets = text.ListStyle(name="Bul")
    bullets.addElement(text.ListLevelStyleBullet(level=1, bulletchar="•"))
    bullets.addElement(text.ListLevelStyleBullet(level=2, bulletchar="◦"))
    doc.automaticstyles.addElement(bullets)
    outline = text.OutlineStyle(name="Outline")
    for level in (1, 2, 3):
        outline.addElement(text.OutlineLevelStyle(level=level, numformat="1", displaylevels=level))
    doc.styles.addElement(outline)
    for level in (1, 2, 3):
        doc.styles.addElement(
            style.Style(
                name=f"Heading_20_{level}",
                displayname=f"Heading {level}",
                family="paragraph",
                defaultoutlinelevel=str(level),
            )
        )
    title = style.Style(name="Title", family="paragraph")
    doc.styles.addElement(title)
    bold = style.Style(name="Bold", family="paragraph")
    bold.addElement(style.TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)


def _list(parent, stylename, items, **attrs):
    lst = text.List(stylename=stylename, **attrs) if stylename else text.List(**attrs)
    for item in items:
        li = text.ListItem()
        if isinstance(item, tuple):
            _p(li, item[0])
            li.addElement(_list(li, None, item[1]))
        else:
            _p(li, item)
        lst.addElement(li)
    parent.addElement(lst)
    return lst


def _header_footer(doc: OpenDocumentText) -> None:
    layout = style.PageLayout(name="pm1")
    doc.automaticstyles.addElement(layout)
    master = style.MasterPage(name="Standard", pagelayoutname=layout)
    header = style.Header()
    _p(header, "TOPPTEKST utkast")
    master.addElement(header)
    footer = style.Footer()
    _p(footer, "BUNNTEKST side 1")
    master.addElement(footer)
    doc.masterstyles.addElement(master)


def _tracked_changes(doc: OpenDocumentText) -> None:
    tc = text.TrackedChanges()
    ins = text.ChangedRegion(qattributes={(TEXT_NS, "id"): "ct1", (XML_NS, "id"): "ct1"})
    insertion = text.Insertion()
    info = office.ChangeInfo()
    info.addElement(dc.Creator(text="Kari"))
    info.addElement(dc.Date(text="2025-01-01T00:00:00"))
    insertion.addElement(info)
    ins.addElement(insertion)
    tc.addElement(ins)
    dele = text.ChangedRegion(qattributes={(TEXT_NS, "id"): "ct2", (XML_NS, "id"): "ct2"})
    deletion = text.Deletion()
    info = office.ChangeInfo()
    info.addElement(dc.Creator(text="Ola"))
    info.addElement(dc.Date(text="2025-01-01T00:00:00"))
    deletion.addElement(info)
    _p(deletion, "forkastes")
    dele.addElement(deletion)
    tc.addElement(dele)
    doc.text.addElement(tc)


@pytest.fixture
def plan_odt(tmp_path: Path) -> Path:
    doc = OpenDocumentText()
    _list_styles(doc)
    _header_footer(doc)
    _tracked_changes(doc)
    body = doc.text
    _p(body, "Kulturplan 2025–2029", stylename="Title")
    body.addElement(text.H(outlinelevel=1, stylename="Heading_20_1", text="Innleiing"))
    _p(body, "Planen gjev retning.")
    body.addElement(text.H(outlinelevel=2, stylename="Heading_20_2", text="Mandat"))
    _list(body, "Num", ["Beskrive dagens tilbod", ("Kartleggje behov", ["for barn", "for eldre"])])
    _list(body, "Num", ["Vurdere tiltak"], continuenumbering="true")
    _list(body, "Num", ["Ny liste"])
    body.addElement(text.H(outlinelevel=1, stylename="Heading_20_1", text="Mål"))
    body.addElement(text.H(outlinelevel=3, stylename="Heading_20_3", text="Delmål"))
    _list(body, "Bul", [("Styrkje biblioteket", ["Opne bibliotek"])])
    _p(body, "1.1 Alle skal ha tilgang til kultur.")

    p = text.P(text="Planen ")
    p.addElement(text.ChangeStart(changeid="ct1"))
    p.addText("vert vedteken ")
    p.addElement(text.ChangeEnd(changeid="ct1"))
    p.addElement(text.Change(changeid="ct2"))
    p.addText("av kommunestyret.")
    body.addElement(p)

    p = text.P(text="Tala er frå 2023.")
    ann = office.Annotation()
    ann.addElement(dc.Creator(text="Per"))
    _p(ann, "Sjekk tala")
    p.addElement(ann)
    body.addElement(p)

    _p(body, "Tiltak for barn", stylename="Bold")

    t = table.Table(name="Tiltak")
    t.addElement(table.TableColumn(numbercolumnsrepeated=5))
    header = table.TableHeaderRows()
    row = table.TableRow()
    for h in ["Mål", "Tema", "Tiltak", "Ansvarleg", "Frist"]:
        cell = table.TableCell()
        _p(cell, h)
        row.addElement(cell)
    header.addElement(row)
    t.addElement(header)

    def cells(values, row=None):
        row = row or table.TableRow()
        for v in values:
            if v is None:
                row.addElement(table.CoveredTableCell())
            elif isinstance(v, tuple):
                cell = table.TableCell(**v[1])
                _p(cell, v[0])
                row.addElement(cell)
            else:
                cell = table.TableCell()
                if v:
                    _p(cell, v)
                row.addElement(cell)
        t.addElement(row)

    goal = "Alle barn skal delta"
    cells([(goal, {"numberrowsspanned": 3}), "Kulturskule", "Fleire plassar", "Rektor", "2026"])
    cells([None, "Fritid", "Fritidskort", "", "Haust 2025"])
    row = table.TableRow()
    cells([None, ("Samarbeid med skulane", {"numbercolumnsspanned": 2}), None, "Alle", "Løpande"])
    cells(["Eige mål", "Tema", "Tiltak", "Kultursjef", "2027"])
    body.addElement(t)
    path = tmp_path / "plan.odt"
    doc.save(str(path))
    return path


def test_headings_and_sections(plan_odt: Path) -> None:
    doc = read_odt(plan_odt)
    assert doc.format == "odt"
    assert doc.title == "Kulturplan 2025–2029"
    headings = [(b.text, b.level, b.number) for b in doc.blocks if b.kind == BlockKind.heading]
    assert headings == [
        ("Kulturplan 2025–2029", 1, None),
        ("Innleiing", 1, "1"),
        ("Mandat", 2, "1.1"),
        ("Mål", 1, "2"),
        ("Delmål", 3, "2.1.1"),
        ("Tiltak for barn", 4, None),  # bold paragraph read as a heading
    ]
    by_title = {s.title: s for s in doc.sections}
    assert by_title["Mandat"].parent_id == by_title["Innleiing"].id
    assert by_title["Delmål"].parent_id == by_title["Mål"].id
    assert all(b.section_id for b in doc.blocks)


def test_lists(plan_odt: Path) -> None:
    doc = read_odt(plan_odt)
    items = [(b.text, b.number, b.bullet, b.level) for b in doc.blocks if b.kind == "list_item"]
    assert items == [
        ("Beskrive dagens tilbod", "1.", None, 0),
        ("Kartleggje behov", "2.", None, 0),
        ("for barn", "a)", None, 1),
        ("for eldre", "b)", None, 1),
        ("Vurdere tiltak", "3.", None, 0),  # text:continue-numbering
        ("Ny liste", "1.", None, 0),
        ("Styrkje biblioteket", None, "•", 0),
        ("Opne bibliotek", None, "◦", 1),
        ("Alle skal ha tilgang til kultur.", "1.1", None, 0),  # typed label
    ]


def test_table_spans(plan_odt: Path) -> None:
    doc = read_odt(plan_odt)
    (block,) = [b for b in doc.blocks if b.kind == BlockKind.table]
    t = block.table
    assert t.header == ["Mål", "Tema", "Tiltak", "Ansvarleg", "Frist"]
    assert [[c.text for c in r] for r in t.rows] == [
        ["Alle barn skal delta", "Kulturskule", "Fleire plassar", "Rektor", "2026"],
        ["Alle barn skal delta", "Fritid", "Fritidskort", "", "Haust 2025"],
        ["Alle barn skal delta", "Samarbeid med skulane", "", "Alle", "Løpande"],
        ["Eige mål", "Tema", "Tiltak", "Kultursjef", "2027"],
    ]
    assert [r[0].merged_from for r in t.rows] == [None, 0, 0, None]
    assert t.rows[2][2].merged_from is None
    assert block.provenance.location == 'section "Tiltak for barn", table 1'


def test_header_footer_ignored(plan_odt: Path) -> None:
    doc = read_odt(plan_odt)
    all_text = " ".join(b.text for b in doc.blocks)
    assert "TOPPTEKST" not in all_text and "BUNNTEKST" not in all_text


def test_comments_and_tracked_changes(plan_odt: Path) -> None:
    doc = read_odt(plan_odt)
    texts = [b.text for b in doc.blocks]
    assert "Planen vert vedteken av kommunestyret." in texts
    assert not any("forkastes" in t or "Sjekk" in t for t in texts)
    assert "Tala er frå 2023." in texts
    notes = {(c.source_text.strip(), c.location) for c in doc.comments}
    assert ("vert vedteken", "section 2.1.1, paragraph 4 (tracked insertion by Kari)") in notes
    assert ("forkastes", "section 2.1.1, paragraph 4 (tracked deletion by Ola)") in notes
    assert ("Sjekk tala", "section 2.1.1, paragraph 5 (comment by Per)") in notes


def test_bad_input(tmp_path: Path) -> None:
    text_file = tmp_path / "x.odt"
    text_file.write_text("not a zip")
    with pytest.raises(InputError, match=r"not a \.odt"):
        read_odt(text_file)
    locked = tmp_path / "locked.odt"
    with zipfile.ZipFile(locked, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        zf.writestr(
            "META-INF/manifest.xml",
            '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
            '<manifest:file-entry manifest:full-path="content.xml"><manifest:encryption-data/>'
            "</manifest:file-entry></manifest:manifest>",
        )
        zf.writestr("content.xml", b"\x00\x01garbage")
    with pytest.raises(InputError, match="password"):
        read_odt(locked)
    sheet = tmp_path / "sheet.odt"
    with zipfile.ZipFile(sheet, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        zf.writestr("content.xml", "<x/>")
    with pytest.raises(InputError, match="not an OpenDocument text"):
        read_odt(sheet)
    broken = tmp_path / "broken.odt"
    with zipfile.ZipFile(broken, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        zf.writestr("content.xml", "<office:document-content")
    with pytest.raises(InputError, match="corrupt"):
        read_odt(broken)
    with pytest.raises(InputError, match="no such file"):
        read_odt(tmp_path / "missing.odt")
    empty = tmp_path / "empty.odt"
    OpenDocumentText().save(str(empty))
    with pytest.raises(InputError, match="no text"):
        read_odt(empty)


def test_text_box_and_toc_skipped(tmp_path: Path) -> None:
    from odf import draw

    doc = OpenDocumentText()
    toc = text.TableOfContent(name="Innhald")
    body_ = text.IndexBody()
    _p(body_, "1 Innleiing\t3")
    toc.addElement(body_)
    doc.text.addElement(toc)
    doc.text.addElement(text.H(outlinelevel=1, text="Visjon"))
    p = text.P(text="Før boksen.")
    frame = draw.Frame(width="5cm", height="2cm", anchortype="paragraph")
    box = draw.TextBox()
    _p(box, "Saman for ei trygg framtid")
    frame.addElement(box)
    p.addElement(frame)
    doc.text.addElement(p)
    _p(doc.text, "Innhald")
    _p(doc.text, "1 Innleiing\t3")
    _p(doc.text, "2 Mål\t4")
    _p(doc.text, "Etter.")
    path = tmp_path / "box.odt"
    doc.save(str(path))
    texts = [b.text for b in read_odt(path).blocks]
    assert texts == ["Visjon", "Før boksen.", "Saman for ei trygg framtid", "Etter."]
