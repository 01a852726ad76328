"""The document model → .odt (odfpy); LibreOffice turns it into PDF (see convert.py).

OpenDocument as LibreOffice Writer writes it: outline headings, a numbered list style with a
second level "1.1", bullet lists, tables with repeated header rows and spanned cells, master
pages for portrait and landscape (switched by a paragraph's master page), a two-column section,
letter spacing as a text property, header and footer with a page-number field.
"""

from __future__ import annotations

from pathlib import Path

from odf.opendocument import OpenDocumentText
from odf.style import (
    Columns,
    Footer,
    Header,
    ListLevelProperties,
    MasterPage,
    PageLayout,
    PageLayoutProperties,
    ParagraphProperties,
    SectionProperties,
    Style,
    TableCellProperties,
    TableColumnProperties,
    TableProperties,
    TableRowProperties,
    TabStop,
    TabStops,
    TextProperties,
)
from odf.table import CoveredTableCell, Table, TableCell, TableColumn, TableHeaderRows, TableRow
from odf.text import (
    H,
    LineBreak,
    List,
    ListItem,
    ListLevelStyleBullet,
    ListLevelStyleNumber,
    ListStyle,
    P,
    PageNumber,
    Span,
    Tab,
)
from odf.text import Section as OdfSection

from corpora.synth.compose import (
    Doc,
    Heading,
    ListBlock,
    PageBreak,
    Para,
    Section,
    TableBlock,
    TabOutline,
)

FONT = "Liberation Sans"


def _styles(doc: OpenDocumentText, d: Doc) -> dict[str, Style]:
    s: dict[str, Style] = {}

    def add(name: str, family: str, *props, auto: bool = False, **kw) -> Style:
        st = Style(name=name, family=family, **kw)
        for p in props:
            st.addElement(p)
        (doc.automaticstyles if auto else doc.styles).addElement(st)
        s[name] = st
        return st

    spacing = {"letterspacing": "0.12cm"} if d.letter_spaced else {}
    add("Body", "paragraph", TextProperties(fontfamily=FONT, fontsize="10.5pt"),
        ParagraphProperties(marginbottom="0.18cm"))
    for lvl, size in ((0, "20pt"), (1, "16pt"), (2, "13pt"), (3, "11.5pt")):
        add(f"H{lvl}", "paragraph", TextProperties(fontfamily=FONT, fontsize=size, fontweight="bold", **spacing),
            ParagraphProperties(margintop="0.4cm", marginbottom="0.2cm", keepwithnext="always"),
            defaultoutlinelevel=str(max(lvl, 1)))
    add("Bold", "text", TextProperties(fontweight="bold"))
    add("Italic", "text", TextProperties(fontstyle="italic"))
    add("Small", "text", TextProperties(fontsize="9pt"))
    add("SmallItalic", "text", TextProperties(fontsize="9pt", fontstyle="italic"))
    add("Center", "paragraph", TextProperties(fontfamily=FONT, fontsize="10.5pt"),
        ParagraphProperties(textalign="center", marginbottom="0.18cm"))
    # an outline with tab columns: a left stop for the owner, a right stop at the margin for the
    # deadline; Writer counts stops from the paragraph's indent, so each level has its own
    for width, tag in ((21.0 - 4.4, ""), (29.7 - 4.4, "L")):
        for lvl in (0, 1, 2):
            tabs = TabStops()
            tabs.addElement(TabStop(position=f"{width * 0.6 - 0.8 * lvl:.2f}cm"))
            tabs.addElement(TabStop(position=f"{width - 0.8 * lvl:.2f}cm", type="right"))
            pp = ParagraphProperties(marginleft=f"{0.8 * lvl:.1f}cm", marginbottom="0.1cm",
                                     margintop="0.3cm" if lvl == 0 else "0cm")
            pp.addElement(tabs)
            add(f"Tabs{tag}{lvl}", "paragraph", TextProperties(fontfamily=FONT, fontsize="9.5pt"), pp)
    for i in (1, 2, 3):
        add(f"Indent{i}", "paragraph", TextProperties(fontfamily=FONT, fontsize="10.5pt"),
            ParagraphProperties(marginleft=f"{0.9 * i:.1f}cm", marginbottom="0.18cm"))
    add("SpaceBefore", "paragraph", TextProperties(fontfamily=FONT, fontsize="10.5pt"),
        ParagraphProperties(margintop="0.3cm", marginbottom="0.1cm"))
    add("Break", "paragraph", ParagraphProperties(breakbefore="page"), auto=True, parentstylename="H1")
    add("ToLandscape", "paragraph", auto=True, parentstylename="H1", masterpagename="Landscape")
    add("ToPortrait", "paragraph", auto=True, parentstylename="Body", masterpagename="Standard")
    sp = SectionProperties()
    sp.addElement(Columns(columncount="2", columngap="0.6cm"))
    add("Cols2", "section", sp, auto=True)
    for name, border, shade in (("CellRuled", "0.5pt solid #000000", None),
                                ("CellPlain", "none", None),
                                ("CellRuledShaded", "0.5pt solid #000000", "#d9e2f3"),
                                ("CellPlainShaded", "none", "#d9e2f3")):
        kw = {"border": border, "padding": "0.08cm"}
        if shade:
            kw["backgroundcolor"] = shade
        add(name, "table-cell", TableCellProperties(**kw), auto=True)
        # the same cell with its text set upwards (a narrow column's head)
        # (LibreOffice's own attribute, loext:writing-mode, as it writes a .docx's btLr cell)
        turned = TableCellProperties(verticalalign="bottom", **kw)
        turned.setAttrNS(LOEXT, "writing-mode", "bt-lr")
        add(name + "Turned", "table-cell", turned, auto=True)
    return s


LOEXT = "urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"


def _list_styles(doc: OpenDocumentText) -> None:
    num = ListStyle(name="Numbered")
    for lvl in (1, 2):
        ls = ListLevelStyleNumber(level=str(lvl), numformat="1", displaylevels=str(lvl),
                                  numsuffix="." if lvl == 1 else " ")
        ls.addElement(ListLevelProperties(spacebefore=f"{0.4 + 0.8 * (lvl - 1):.1f}cm", minlabelwidth="0.8cm"))
        num.addElement(ls)
    doc.automaticstyles.addElement(num)
    bul = ListStyle(name="Bullets")
    bl = ListLevelStyleBullet(level="1", bulletchar="•")
    bl.addElement(ListLevelProperties(spacebefore="0.4cm", minlabelwidth="0.6cm"))
    bul.addElement(bl)
    doc.automaticstyles.addElement(bul)


def _masters(doc: OpenDocumentText, d: Doc) -> None:
    for name, w, h in (("Portrait", "21cm", "29.7cm"), ("LandscapeLayout", "29.7cm", "21cm")):
        pl = PageLayout(name=name)
        pl.addElement(PageLayoutProperties(pagewidth=w, pageheight=h, margintop="1.5cm", marginbottom="1.5cm",
                                           marginleft="2.2cm", marginright="2.2cm",
                                           printorientation="portrait" if w == "21cm" else "landscape"))
        doc.automaticstyles.addElement(pl)
    for name, layout in (("Standard", "Portrait"), ("Landscape", "LandscapeLayout")):
        mp = MasterPage(name=name, pagelayoutname=layout)
        if d.header:
            hd = Header()
            hd.addElement(P(stylename="Body", text=d.header))
            mp.addElement(hd)
            ft = Footer()
            fp = P(stylename="Body", text=f"{d.page_word} ")
            fp.addElement(PageNumber(selectpage="current", text="1"))
            ft.addElement(fp)
            mp.addElement(ft)
        doc.masterstyles.addElement(mp)


def _table(parent, t: TableBlock, width_cm: float, n: int, doc: OpenDocumentText) -> None:
    total = sum(t.widths)
    tst = Style(name=f"Tab{n}", family="table")
    tst.addElement(TableProperties(width=f"{width_cm:.2f}cm", align="left"))
    doc.automaticstyles.addElement(tst)
    table = Table(name=f"Tabell{n}", stylename=tst)
    for ci, w in enumerate(t.widths):
        cst = Style(name=f"Tab{n}c{ci}", family="table-column")
        cst.addElement(TableColumnProperties(columnwidth=f"{width_cm * w / total:.2f}cm"))
        doc.automaticstyles.addElement(cst)
        table.addElement(TableColumn(stylename=cst))

    def row_el(row) -> TableRow:
        tr = TableRow()
        turned = [c.text for c in row if c is not None and c.turned]
        if turned:  # Writer does not grow a row for text set upwards: the row is as tall as the longest
            rst = Style(name=f"Tab{n}r{len(turned)}{max(map(len, turned))}", family="table-row")
            rst.addElement(TableRowProperties(minrowheight=f"{0.28 * max(map(len, turned)) + 0.4:.2f}cm"))
            doc.automaticstyles.addElement(rst)
            tr = TableRow(stylename=rst)
        for c in row:
            if c is None:
                tr.addElement(CoveredTableCell())
                continue
            base = "CellRuled" if t.ruled else "CellPlain"
            kw = {"stylename": base + ("Shaded" if c.shaded else "") + ("Turned" if c.turned else ""), "valuetype": "string"}
            if c.rowspan > 1:
                kw["numberrowsspanned"] = str(c.rowspan)
            if c.colspan > 1:
                kw["numbercolumnsspanned"] = str(c.colspan)
            cell = TableCell(**kw)
            p = P(stylename="Center" if c.center else "Body")
            if c.bold:
                p.addElement(Span(stylename="Bold", text=c.text))
            else:
                p.addText(c.text)
            cell.addElement(p)
            tr.addElement(cell)
        return tr

    hr = TableHeaderRows()
    for row in t.header:
        hr.addElement(row_el(row))
    table.addElement(hr)
    for row in t.rows:
        table.addElement(row_el(row))
    parent.addElement(table)
    parent.addElement(P(stylename="Body"))


def _tab_outline(parent, t: TabOutline, tag: str) -> None:
    head = P(stylename=f"Tabs{tag}0")
    span = Span(stylename="Bold")
    for word in t.head:
        span.addElement(Tab())
        span.addText(word)
    head.addElement(span)
    parent.addElement(head)
    for row in t.rows:
        p = P(stylename=f"Tabs{tag}{row.level}")
        if row.cells is None:
            p.addElement(Span(stylename="Bold", text=row.text) if row.bold else Span(text=row.text))
        else:
            p.addText(row.text)
            for c in row.cells:
                p.addElement(Tab())
                p.addText(c)
        parent.addElement(p)


def _note(p, block: ListBlock, note: tuple[str, str | None]) -> None:
    owner, when = note
    p.addElement(LineBreak())
    if owner:
        p.addElement(Span(stylename="SmallItalic" if block.note_small else "Italic", text=owner))
    if when:
        text = f" ({when})" if owner else f"({when})"
        p.addElement(Span(stylename="Small", text=text) if block.note_small else Span(text=text))


def render_odt(d: Doc, path: Path) -> Path:
    doc = OpenDocumentText()
    _styles(doc, d)
    _list_styles(doc)
    _masters(doc, d)
    body = doc.text
    state = {"landscape": False, "next_style": None, "tables": 0, "goal_no": 0}

    def para_style(default: str) -> str:
        st = state["next_style"] or default
        state["next_style"] = None
        return st

    def emit(block, parent) -> None:
        if isinstance(block, Heading):
            lvl = min(block.level, 3)
            parent.addElement(H(outlinelevel=str(max(lvl, 1)), stylename=para_style(f"H{lvl}"), text=block.text))
        elif isinstance(block, Para):
            default = "SpaceBefore" if block.space_before else f"Indent{block.indent}" if block.indent else "Body"
            p = P(stylename=para_style(default))
            if block.bold:
                p.addElement(Span(stylename="Bold", text=block.text))
            else:
                p.addText(block.text)
            parent.addElement(p)
        elif isinstance(block, ListBlock):
            if not block.auto:
                for item in block.items:
                    parent.addElement(P(stylename=para_style(f"Indent{item.level}" if item.level else "Body"),
                                        text=block.typed_text(item)))
                return
            lst = List(stylename="Numbered" if block.ordered else "Bullets")
            current = None
            for item in block.items:
                if item.level == 0:
                    li = ListItem()
                    if block.ordered:
                        li.setAttribute("startvalue", item.number)
                    p = P(stylename="Body", text=item.text)
                    if item.note is not None:
                        _note(p, block, item.note)
                    li.addElement(p)
                    lst.addElement(li)
                    current = li
                    sub = None
                else:
                    if sub is None:
                        sub = List()
                        current.addElement(sub)
                    sli = ListItem()
                    sli.addElement(P(stylename="Body", text=item.text))
                    sub.addElement(sli)
            parent.addElement(lst)
        elif isinstance(block, TableBlock):
            state["tables"] += 1
            width = (29.7 if state["landscape"] else 21.0) - 4.4
            if state.get("columns"):
                width = (width - 0.6) / 2  # the section's column gap
            _table(parent, block, width, state["tables"], doc)
        elif isinstance(block, TabOutline):
            _tab_outline(parent, block, "L" if state["landscape"] else "")
        elif isinstance(block, PageBreak):
            state["next_style"] = "Break"
        elif isinstance(block, Section):
            if block.kind == "landscape":
                state["landscape"] = True
                state["next_style"] = "ToLandscape"
                for child in block.children:
                    emit(child, parent)
                state["landscape"] = False
                if block is not d.blocks[-1]:
                    state["next_style"] = "ToPortrait"
            else:
                sec = OdfSection(name="Kolonner", stylename="Cols2")
                state["columns"] = True
                for child in block.children:
                    emit(child, sec)
                state["columns"] = False
                parent.addElement(sec)

    for block in d.blocks:
        emit(block, body)
    path = Path(path)
    doc.save(str(path))
    return path
