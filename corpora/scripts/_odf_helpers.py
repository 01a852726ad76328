"""Helpers for make_prose_corpus.py: deterministic packaging, LibreOffice PDF export,
small python-docx and odfpy conveniences.

Determinism: python-docx and odfpy stamp zip members with the current time, python-docx
stamps core.xml, LibreOffice stamps /CreationDate and a random /ID into the PDF.  Every
one of those is pinned here so that rebuilding a document gives byte-identical files.
"""

from __future__ import annotations

import datetime as _dt
import os
import re
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

FIXED_ZIP_TIME = (2024, 1, 1, 0, 0, 0)
FIXED_DATETIME = _dt.datetime(2024, 1, 1, 0, 0, 0)


# --------------------------------------------------------------------------- packaging


def freeze_zip(path: Path) -> None:
    """Rewrite a zip package (docx/odt/odp) with fixed member timestamps, same order."""
    path = Path(path)
    with zipfile.ZipFile(path) as zin:
        members = [(info, zin.read(info.filename)) for info in zin.infolist()]
    tmp = path.with_suffix(path.suffix + ".tmp")
    with zipfile.ZipFile(tmp, "w") as zout:
        for info, data in members:
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            # ODF requires the mimetype member first and stored uncompressed
            zi.compress_type = (
                zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            )
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            zout.writestr(zi, data)
    tmp.replace(path)


def freeze_pdf(path: Path) -> None:
    """Replace LibreOffice's time stamps and random document ID with fixed values of equal
    length, so that the xref offsets stay valid."""
    path = Path(path)
    data = path.read_bytes()

    def _date(m: re.Match) -> bytes:
        fixed = b"D:20240101000000Z"
        inner = m.group(2)
        return m.group(1) + fixed[: len(inner)].ljust(len(inner), b"0") + m.group(3)

    data = re.sub(rb"(/(?:CreationDate|ModDate)\()([^)]*)(\))", _date, data)

    def _id(m: re.Match) -> bytes:
        return b"<" + b"0" * (len(m.group(1))) + b">"

    data = re.sub(
        rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>",
        lambda m: re.sub(rb"<([0-9A-Fa-f]+)>", _id, m.group(0)),
        data,
    )
    data = re.sub(
        rb"(/DocChecksum\s*/)([0-9A-Fa-f]+)", lambda m: m.group(1) + b"0" * len(m.group(2)), data
    )
    # XMP metadata (only written for PDF/A, but be safe)
    data = re.sub(
        rb"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)([^<]*)(</xmp)",
        lambda m: (
            m.group(1)
            + b"2024-01-01T00:00:00Z"[: len(m.group(2))].ljust(len(m.group(2)), b"0")
            + m.group(3)
        ),
        data,
    )
    path.write_bytes(data)


def soffice_pdf(src: Path, outdir: Path | None = None) -> Path:
    """Export SRC to PDF with LibreOffice (headless) using a private, throw-away user
    profile, so that parallel runs do not share an instance.  Returns the PDF path."""
    src = Path(src).resolve()
    outdir = Path(outdir or src.parent).resolve()
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        raise SystemExit("LibreOffice (soffice) not found on PATH")
    with tempfile.TemporaryDirectory(prefix="plancheck-lo-") as prof:
        env = dict(os.environ, SAL_USE_VCLPLUGIN="svp", TZ="UTC")
        cmd = [
            soffice,
            f"-env:UserInstallation=file://{prof}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            str(outdir),
            str(src),
        ]
        res = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=300)
    pdf = outdir / (src.stem + ".pdf")
    if res.returncode != 0 or not pdf.exists():
        raise SystemExit(f"soffice failed for {src}:\n{res.stdout}\n{res.stderr}")
    freeze_pdf(pdf)
    return pdf


# --------------------------------------------------------------------------- python-docx


def docx_fix_fonts(doc, font: str = "Arial") -> None:
    """Use one concrete font everywhere (theme fonts would resolve to Calibri/Cambria,
    which LibreOffice replaces with whatever is installed)."""
    from docx.oxml.ns import qn

    root = doc.styles.element
    for rf in root.iter(qn("w:rFonts")):
        for att in list(rf.attrib):
            if att.endswith("Theme") or att.endswith("theme"):
                del rf.attrib[att]
        for att in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            rf.set(qn(att), font)
    # docDefaults may lack an rFonts element
    rpr_default = root.find(qn("w:docDefaults") + "/" + qn("w:rPrDefault") + "/" + qn("w:rPr"))
    if rpr_default is not None and rpr_default.find(qn("w:rFonts")) is None:
        from docx.oxml import OxmlElement

        rf = OxmlElement("w:rFonts")
        for att in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            rf.set(qn(att), font)
        rpr_default.insert(0, rf)
    # colours bound to the theme
    for el in root.iter(qn("w:color")):
        for att in list(el.attrib):
            if "theme" in att.lower():
                del el.attrib[att]


def docx_freeze_core(doc, title: str, author: str) -> None:
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DATETIME
    cp.modified = FIXED_DATETIME
    cp.revision = 1
    cp.comments = ""
    cp.subject = ""
    cp.keywords = ""


def docx_field(paragraph, instr: str, placeholder: str = "1", run_props=None):
    """Append a complex field (PAGE, NUMPAGES, TOC ...) with a cached result."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def _run():
        r = paragraph.add_run()
        if run_props:
            run_props(r)
        return r

    r = _run()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "begin")
    r._r.append(fc)
    r = _run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "
    r._r.append(it)
    r = _run()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "separate")
    r._r.append(fc)
    r = _run()
    r.text = placeholder
    r = _run()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "end")
    r._r.append(fc)


def docx_fld_char(paragraph, kind: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    r = paragraph.add_run()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), kind)
    r._r.append(fc)


def docx_instr(paragraph, text: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    r = paragraph.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = text
    r._r.append(it)


def docx_shade(cell, fill: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def docx_repeat_header(row) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def docx_cant_split(row) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:cantSplit")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def docx_table_borders(table, size: int = 4, color: str = "808080", inside: bool = True) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tblpr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    edges = ["top", "left", "bottom", "right"] + (["insideH", "insideV"] if inside else [])
    for edge in edges:
        b = OxmlElement(f"w:{edge}")
        b.set(qn("w:val"), "single")
        b.set(qn("w:sz"), str(size))
        b.set(qn("w:space"), "0")
        b.set(qn("w:color"), color)
        borders.append(b)
    tblpr.append(borders)


def docx_hyperlink(paragraph, url: str, text: str) -> None:
    """An external hyperlink run (blue, underlined) whose target is URL."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    r_id = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
    h = OxmlElement("w:hyperlink")
    h.set(qn("r:id"), r_id)
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    c = OxmlElement("w:color")
    c.set(qn("w:val"), "0563C1")
    rpr.append(c)
    u = OxmlElement("w:u")
    u.set(qn("w:val"), "single")
    rpr.append(u)
    r.append(rpr)
    t = OxmlElement("w:t")
    t.text = text
    t.set(qn("xml:space"), "preserve")
    r.append(t)
    h.append(r)
    paragraph._p.append(h)


def docx_page_number_start(section, start: int) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    sectpr = section._sectPr
    pg = sectpr.find(qn("w:pgNumType"))
    if pg is None:
        pg = OxmlElement("w:pgNumType")
        sectpr.append(pg)
    pg.set(qn("w:start"), str(start))


def docx_keep_with_next(paragraph) -> None:
    paragraph.paragraph_format.keep_with_next = True


# --------------------------------------------------------------------------- pdf reading


def pdf_pages_text(pdf: Path) -> list[str]:
    import pdfplumber

    with pdfplumber.open(str(pdf)) as p:
        return [pg.extract_text() or "" for pg in p.pages]


def find_line_page(pages: list[str], line_start: str, first_page: int = 1) -> int:
    """1-based page of the first line starting with LINE_START (white space normalised)."""
    want = " ".join(line_start.split())
    for i, txt in enumerate(pages, start=1):
        if i < first_page:
            continue
        for line in txt.splitlines():
            if " ".join(line.split()).startswith(want):
                return i
    raise LookupError(f"{line_start!r} not found in PDF")
