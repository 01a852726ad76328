"""Building blocks for the blind mandate/plan pairs and the parent/child pairs.

A document is a list of blocks (tuples), written to .docx with python-docx the way a
municipal clerk types it (typed numbers with or without a space or a tab, Word numbering,
hanging indents, running headers and page numbers), or to .odp with odfpy for slide decks,
then exported to PDF with LibreOffice (private profile). Everything is pinned (zip times,
core properties, PDF dates and ids) so that a rebuild gives the same files.

Blocks:
  ("title", text)            large bold line
  ("meta", text)             small grey line (case numbers, dates)
  ("h1", text) / ("h2", text)
  ("p", text)                body paragraph (**bold** segments allowed)
  ("typed", marker, text, sep, hang_mm[, left_mm])   a hand-typed point: "10." + "" + "Ivareta"
  ("num", [item | (item, [sub, …])])        Word numbering 1. / a.
  ("bullets", [item, …])    Word's Symbol bullet
  ("table", [header], [[cell, …], …], [width_mm, …])
  ("space", points)          empty paragraph with space before (moves text down a page)
  ("break",)                 page break
"""

from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

from _docx_helpers import (
    add_abstract_num,
    add_num,
    add_row,
    export_pdf,
    heading,
    list_item,
    new_document,
    new_table,
    para,
    save_deterministic,
    set_core_properties,
    set_repeat_header,
    setup_header_footer,
)
from _odf_helpers import freeze_zip, pdf_pages_text, soffice_pdf
from docx.enum.text import WD_BREAK
from docx.shared import Mm

# --------------------------------------------------------------------------- .docx


def build_docx(
    blocks: list[tuple],
    path: Path,
    *,
    title: str,
    author: str,
    header: str = "",
    size: float = 11,
    font: str = "Arial",
    lang: str = "nb-NO",
) -> Path:
    doc = new_document(font=font, size=size)
    if lang != "nb-NO":
        from docx.oxml.ns import qn

        rpr = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault"))
        for el in rpr.iter(qn("w:lang")):
            el.set(qn("w:val"), lang)
    set_core_properties(doc, title=title, author=author)
    if header:
        setup_header_footer(doc.sections[0], header)
    dec = bul = None
    for b in blocks:
        kind = b[0]
        if kind == "title":
            para(doc, b[1], bold=True, size=20, space_after=10, color="1F3864")
        elif kind == "meta":
            para(doc, b[1], size=9, color="555555", space_after=2)
        elif kind in ("h1", "h2", "h3"):
            heading(doc, b[1], int(kind[1]))
        elif kind == "p":
            para(doc, b[1])
        elif kind == "typed":
            marker, text, sep, indent = b[1:5]
            left = b[5] if len(b) > 5 else 0  # sub-points: marker indented by LEFT mm
            p = para(doc, f"{marker}{sep}{text}", space_after=4)
            pf = p.paragraph_format
            if indent or left:
                pf.left_indent = Mm(left + indent)
                pf.first_line_indent = Mm(-indent)
            pf.widow_control = False
        elif kind == "num":
            if dec is None:
                dec = add_abstract_num(doc, "decimal")
            nid = add_num(doc, dec)
            for item in b[1]:
                text, subs = (item, []) if isinstance(item, str) else item
                list_item(doc, text, nid, 0)
                for s in subs:
                    list_item(doc, s, nid, 1)
        elif kind == "bullets":
            if bul is None:
                bul = add_abstract_num(doc, "symbol_bullet")
            nid = add_num(doc, bul)
            for item in b[1]:
                list_item(doc, item, nid, 0)
        elif kind == "table":
            _, head, rows, widths = b
            t = new_table(doc, widths)
            set_repeat_header(add_row(t, head, widths, bold=True, fill="D9E2F3", size=9.5))
            for r in rows:
                add_row(t, r, widths, size=9.5)
            para(doc, "", space_after=4)
        elif kind == "space":
            para(doc, "", space_before=b[1], space_after=0)
        elif kind == "break":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(kind)
    save_deterministic(doc, path)
    return path


def docx_to_pdf(docx: Path, pdf: Path) -> Path:
    with tempfile.TemporaryDirectory(prefix="mgold-pdf-") as tmp:
        out = export_pdf(docx, Path(tmp))
        pdf.write_bytes(out.read_bytes())
    return pdf


def build_pdf(blocks: list[tuple], pdf: Path, **kw) -> Path:
    """A PDF made from a .docx that is not kept (the document was delivered as PDF)."""
    with tempfile.TemporaryDirectory(prefix="mgold-docx-") as tmp:
        docx = Path(tmp) / (pdf.stem + ".docx")
        build_docx(blocks, docx, **kw)
        return docx_to_pdf(docx, pdf)


# --------------------------------------------------------------------------- .odp slides


def build_odp(slides: list[tuple[str, list]], path: Path, *, footer: str = "") -> Path:
    """A 16:9 slide deck: every slide a title and a text box of lines. A line is a string
    (typed exactly as shown, numbers and bullets included) or ("sub", text) for an indented
    line. Lines wrap inside the box as they do in Impress."""
    from odf.draw import Frame, Page, TextBox
    from odf.opendocument import OpenDocumentPresentation
    from odf.style import (
        GraphicProperties,
        MasterPage,
        PageLayout,
        PageLayoutProperties,
        ParagraphProperties,
        Style,
        TextProperties,
    )
    from odf.text import P

    doc = OpenDocumentPresentation()
    pl = PageLayout(name="PM1")
    pl.addElement(
        PageLayoutProperties(
            margintop="0cm",
            marginbottom="0cm",
            marginleft="0cm",
            marginright="0cm",
            pagewidth="28cm",
            pageheight="15.75cm",
            printorientation="landscape",
        )
    )
    doc.automaticstyles.addElement(pl)
    mp = MasterPage(name="Standard", pagelayoutname=pl)
    doc.masterstyles.addElement(mp)
    fr_style = Style(name="fr1", family="graphic")
    fr_style.addElement(GraphicProperties(stroke="none", fill="none", autogrowheight="false"))
    doc.automaticstyles.addElement(fr_style)

    def pstyle(name, size, bold=False, indent=0.0, color="#1F1F1F"):
        st = Style(name=name, family="paragraph")
        st.addElement(
            TextProperties(
                fontsize=f"{size}pt",
                fontfamily="'Liberation Sans'",
                fontweight="bold" if bold else "normal",
                color=color,
            )
        )
        st.addElement(
            ParagraphProperties(
                marginleft=f"{indent}cm",
                textindent=f"-{indent}cm" if indent else "0cm",
                margintop="0.12cm",
                marginbottom="0.12cm",
            )
        )
        doc.automaticstyles.addElement(st)
        return st

    t_st = pstyle("PT", 30, True, color="#0B3C5D")
    b_st = pstyle("PB", 17, indent=0.9)
    s_st = pstyle("PS", 15, indent=0.8)
    f_st = pstyle("PF", 10, color="#666666")
    for i, (title, lines) in enumerate(slides, start=1):
        page = Page(name=f"side{i}", masterpagename=mp)
        fr = Frame(stylename=fr_style, width="25cm", height="2.2cm", x="1.5cm", y="0.8cm")
        tb = TextBox()
        tb.addElement(P(stylename=t_st, text=title))
        fr.addElement(tb)
        page.addElement(fr)
        fr = Frame(stylename=fr_style, width="25cm", height="11cm", x="1.5cm", y="3.2cm")
        tb = TextBox()
        for line in lines:
            if isinstance(line, tuple):
                tb.addElement(P(stylename=s_st, text=line[1]))
            else:
                tb.addElement(P(stylename=b_st, text=line))
        fr.addElement(tb)
        page.addElement(fr)
        if footer:
            fr = Frame(stylename=fr_style, width="20cm", height="0.8cm", x="1.5cm", y="14.6cm")
            tb = TextBox()
            tb.addElement(P(stylename=f_st, text=f"{footer}   {i}"))
            fr.addElement(tb)
            page.addElement(fr)
        doc.presentation.addElement(page)
    doc.save(str(path))
    freeze_zip(path)
    return path


def odp_to_pdf(odp: Path, pdf: Path) -> Path:
    with tempfile.TemporaryDirectory(prefix="mgold-odp-") as tmp:
        out = soffice_pdf(odp, Path(tmp))
        pdf.write_bytes(out.read_bytes())
    return pdf


# --------------------------------------------------------------------------- gold


def _norm(s: str) -> str:
    s = s.replace("\u00ad", "")
    s = re.sub(r"-\s*\n\s*", "-", s)
    return " ".join(s.split()).lower()


def page_of(pages: list[str], quote: str) -> int:
    """1-based page where QUOTE (the opening words of a passage) is printed."""
    want = _norm(quote)
    for i, txt in enumerate(pages, start=1):
        if want in _norm(txt):
            return i
    raise LookupError(f"quote not in rendered plan: {quote!r}")


def rendered_pages(plan: Path) -> list[str]:
    if plan.suffix == ".pdf":
        return pdf_pages_text(plan)
    with tempfile.TemporaryDirectory(prefix="mgold-render-") as tmp:
        pdf = export_pdf(plan, Path(tmp))
        return pdf_pages_text(pdf)


def write_gold(
    path: Path,
    *,
    header: str,
    plan: str,
    mandate: str,
    language: str,
    points: list[dict],
    pages: list[str],
) -> None:
    out = []
    for pt in points:
        d = {"number": pt["number"], "text": pt["text"], "kind": pt["kind"], "status": pt["status"]}
        if pt["status"] == "partial":
            d["missing"] = list(pt["missing"])
        if pt["status"] != "uncovered":
            d["evidence"] = {"page": page_of(pages, pt["ev"]), "quote": pt["ev"]}
        elif pt.get("ev"):
            raise ValueError(f"uncovered point with evidence: {pt['text']}")
        if pt.get("trap"):
            d["note"] = pt["trap"]
        d["held_out"] = True
        out.append(d)
    body = yaml.safe_dump(
        {"plan": plan, "mandate": mandate, "language": language, "points": out},
        allow_unicode=True,
        sort_keys=False,
        width=100,
    )
    path.write_text(header + body, encoding="utf-8")
