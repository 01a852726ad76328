"""Shared helpers for the blind corpus builders (batch 16 on): deterministic packaging of docx / odt
zips, LibreOffice export (optionally with PDF export filter options), Chromium printing, reportlab
font set-up, a sha256 determinism check, and the plan builders' gold page look-up and command line.
Builders import this module (and pairkit.py, the pair builders' scaffolding) instead of copying from
each other: a helper that two builders need lives here, once.

    import blindkit as bk
    bk.freeze_zip(path)                      # fixed member times, mimetype first and stored
    bk.soffice_pdf(src, options={...})       # LibreOffice → PDF, pinned dates and ID
    bk.chromium_pdf(html, pdf)               # headless Chromium print, pinned dates and ID
    bk.reportlab_fonts()                     # Liberation Sans as 'LS', 'LS-Bold', …
    bk.sha256_files(dir)                     # {relative path: sha256} for a rebuild comparison
    bk.gold_by_pdftotext(write_gold, plan, pdf)  # make_blind_corpus gold, pages as pdftotext reads them
    bk.plans_main(argv, plans=PLANS, out=OUT, verify=verify)  # build / --verify / --twice
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import _odf_helpers as oh  # noqa: E402

FIXED_ZIP_TIME = (2024, 1, 1, 0, 0, 0)
LIBERATION = Path("/usr/share/fonts/truetype/liberation")


# --------------------------------------------------------------------------- packaging


def freeze_zip(path: Path) -> Path:
    """Rewrite a docx / odt / odp package with fixed member times (ODF's mimetype first, stored)."""
    path = Path(path)
    with zipfile.ZipFile(path) as zin:
        members = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    members.sort(key=lambda m: m[0] != "mimetype")  # stable: only moves mimetype to the front
    tmp = path.with_suffix(path.suffix + ".tmp")
    with zipfile.ZipFile(tmp, "w") as zout:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            zout.writestr(zi, data)
    tmp.replace(path)
    return path


def patch_zip(path: Path, patches: dict[str, callable]) -> Path:
    """Rewrite members of a zip package: patches maps a member name to a function bytes → bytes
    (a name not in the package is added with the function's result of b'')."""
    path = Path(path)
    with zipfile.ZipFile(path) as zin:
        members = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    names = {n for n, _ in members}
    members = [(n, patches[n](d) if n in patches else d) for n, d in members]
    members += [(n, fn(b"")) for n, fn in patches.items() if n not in names]
    with zipfile.ZipFile(path, "w") as zout:
        for name, data in members:
            zout.writestr(zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME), data)
    return freeze_zip(path)


# --------------------------------------------------------------------------- export


def freeze_pdf(pdf: Path) -> Path:
    oh.freeze_pdf(pdf)
    return pdf


def soffice_pdf(src: Path, outdir: Path | None = None, *, filter_name: str = "writer_pdf_Export",
                options: dict | None = None) -> Path:
    """LibreOffice → PDF with a throw-away profile; options are PDF export filter options as
    {name: (type, value)} (e.g. {'ExportNotesInMargin': ('boolean', 'true')}), passed as the JSON
    form soffice ≥ 7.4 reads after the filter name. Dates and ID pinned."""
    src = Path(src).resolve()
    outdir = Path(outdir or src.parent).resolve()
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        raise SystemExit("LibreOffice (soffice) not found on PATH")
    target = "pdf"
    if options:
        js = json.dumps({k: {"type": t, "value": v} for k, (t, v) in options.items()}, separators=(",", ":"))
        target = f"pdf:{filter_name}:{js}"
    with tempfile.TemporaryDirectory(prefix="blindkit-lo-") as prof:
        env = dict(os.environ, SAL_USE_VCLPLUGIN="svp", TZ="UTC")
        cmd = [soffice, f"-env:UserInstallation=file://{prof}", "--headless", "--norestore",
               "--convert-to", target, "--outdir", str(outdir), str(src)]
        res = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=300)
    pdf = outdir / (src.stem + ".pdf")
    if res.returncode != 0 or not pdf.exists():
        raise SystemExit(f"soffice failed for {src}:\n{res.stdout}\n{res.stderr}")
    return freeze_pdf(pdf)


def chromium_pdf(html: Path, pdf: Path) -> Path:
    """Headless Chromium print (no browser header/footer), dates, XMP and ID pinned."""
    exe = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if not exe:
        raise SystemExit("chromium not found on PATH")
    with tempfile.TemporaryDirectory(prefix="blindkit-chromium-") as prof:
        cmd = [exe, "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={prof}",
               "--no-pdf-header-footer", f"--print-to-pdf={pdf}", Path(html).resolve().as_uri()]
        subprocess.run(cmd, check=True, capture_output=True, timeout=180,
                       env={"TZ": "UTC", "HOME": prof, "PATH": "/usr/bin:/bin"})
    data = Path(pdf).read_bytes()
    data = re.sub(rb"D:\d{14}", b"D:20240101000000", data)
    data = re.sub(rb"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)([^<]*)(<)",
                  lambda m: m.group(1) + b"2024-01-01T00:00:00Z"[: len(m.group(2))].ljust(len(m.group(2)), b"0")
                  + m.group(3), data)
    data = re.sub(rb"(uuid:)([0-9a-fA-F-]{36})", lambda m: m.group(1) + b"00000000-0000-0000-0000-000000000000", data)
    data = re.sub(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]",
                  lambda m: re.sub(rb"<([0-9A-Fa-f]+)>", lambda h: b"<" + b"0" * len(h.group(1)) + b">", m.group(0)),
                  data)
    Path(pdf).write_bytes(data)
    return Path(pdf)


def reportlab_fonts(prefix: str = "LS") -> dict[str, str]:
    """Register Liberation Sans (regular, bold, italic, bold italic) under PREFIX, PREFIX-Bold, …
    and as a font family; returns {style: font name}. Build the document with invariant=1."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    names = {"normal": prefix, "bold": f"{prefix}-Bold", "italic": f"{prefix}-Italic",
             "boldItalic": f"{prefix}-BoldItalic"}
    files = {"normal": "Regular", "bold": "Bold", "italic": "Italic", "boldItalic": "BoldItalic"}
    for k, name in names.items():
        pdfmetrics.registerFont(TTFont(name, str(LIBERATION / f"LiberationSans-{files[k]}.ttf")))
    pdfmetrics.registerFontFamily(prefix, **names)
    return names


# --------------------------------------------------------------------------- determinism


def sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def sha256_files(root: Path, patterns=("*.docx", "*.odt", "*.html", "*.pdf", "*.gold.yaml")) -> dict[str, str]:
    root = Path(root)
    out = {}
    for pat in patterns:
        for p in sorted(root.rglob(pat)):
            out[str(p.relative_to(root))] = sha256(p)
    return dict(sorted(out.items()))


def compare_sha(a: dict[str, str], b: dict[str, str]) -> list[str]:
    """Files whose hash differs between two rebuilds (or that one of them lacks)."""
    return sorted(k for k in set(a) | set(b) if a.get(k) != b.get(k))


# --------------------------------------------------------------------------- PDF forms (batch 18 on)


def pdf_form_fields(pdf: Path) -> list[dict]:
    """The text-field widgets of a PDF form, page by page: [{'page': 1-based, 'name', 'value',
    'rect': (x0, y0, x1, y1) in PDF points}], read with pdfplumber (field values as a reader of
    /V sees them, decoded as PDFDocEncoding/Latin-1 or UTF-16)."""
    import pdfplumber

    def dec(v):
        if isinstance(v, bytes):
            if v.startswith(b"\xfe\xff"):
                return v[2:].decode("utf-16-be")
            return v.decode("latin-1")
        return "" if v is None else str(v)

    from pdfminer.pdftypes import resolve1

    out = []
    with pdfplumber.open(str(pdf)) as doc:
        for i, page in enumerate(doc.pages, start=1):
            for ref in resolve1(page.page_obj.annots) or []:
                data = resolve1(ref) or {}
                sub = resolve1(data.get("Subtype"))
                if getattr(sub, "name", sub) != "Widget":
                    continue
                out.append({"page": i, "name": dec(resolve1(data.get("T"))), "value": dec(resolve1(data.get("V"))),
                            "rect": tuple(float(resolve1(x)) for x in resolve1(data.get("Rect")) or ())})
    return out


def render_page_png(pdf: Path, page: int, png: Path, *, scale: float = 1.5, forms: bool = True) -> Path:
    """Render one page (1-based) with pypdfium2 as a viewer shows it; forms=True draws the form
    fields' appearance streams (init_forms), as a reader opening the file sees the filled-in text."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    try:
        if forms:
            doc.init_forms()
        doc[page - 1].render(scale=scale, may_draw_forms=forms).to_pil().save(str(png))
    finally:
        doc.close()
    return Path(png)


# --------------------------------------------------------------------------- tab stops, rotated pages (batch 20 on)


def odt_tab_style(odf_doc, name: str, *, tabs: list[tuple[float, str, str]], font: str = "Liberation Sans",
                  size: float = 10.5, indent_cm: float = 0.0, before_cm: float = 0.0, after_cm: float = 0.1,
                  lang: str = "nn", country: str = "NO", keep_with_next: bool = False, italic: bool = False) -> str:
    """Add an automatic paragraph style NAME with real tab stops to an odfpy document; tabs are
    (position in cm from the paragraph indent, 'left' | 'right' | 'center', leader character or '')
    — a leader '.' gives Writer's dotted leader (style:leader-style="dotted", leader-text ".") as
    Format > Paragraph > Tabs > Fill character makes it. Returns NAME."""
    from odf.style import ParagraphProperties, Style, TabStop, TabStops, TextProperties

    st = Style(name=name, family="paragraph")
    pp = ParagraphProperties(marginleft=f"{indent_cm}cm", textindent="0cm", margintop=f"{before_cm}cm",
                             marginbottom=f"{after_cm}cm", **({"keepwithnext": "always"} if keep_with_next else {}))
    ts = TabStops()
    for pos, kind, leader in tabs:
        kw = {"position": f"{pos}cm", "type": kind}
        if leader:
            kw.update(leaderstyle="dotted" if leader == "." else "solid", leadertext=leader)
        ts.addElement(TabStop(**kw))
    pp.addElement(ts)
    st.addElement(pp)
    tp = dict(fontname=font, fontsize=f"{size}pt", language=lang, country=country)
    if italic:
        tp["fontstyle"] = "italic"
    st.addElement(TextProperties(**tp))
    odf_doc.automaticstyles.addElement(st)
    return name


def odt_tab_paragraph(parent, style_name: str, parts: list[str]):
    """A text:p of STYLE_NAME whose PARTS are separated by real tab characters (text:tab)."""
    from odf.text import P, Tab

    p = P(stylename=style_name)
    for i, part in enumerate(parts):
        if i:
            p.addElement(Tab())
        if part:
            p.addText(part)
    parent.addElement(p)
    return p


def pdf_page_rotations(pdf: Path) -> list[int]:
    """The /Rotate of every page (0, 90, 180, 270), read with pypdfium2."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    try:
        return [doc[i].get_rotation() for i in range(len(doc))]
    finally:
        doc.close()


# --------------------------------------------------------------------------- plan builders (make_blind_corpus16 on)


def gold_by_pdftotext(write_gold, plan, pdf: Path, **kw) -> Path:
    """WRITE_GOLD (make_blind_corpus.builder_registry's) with the gold pages looked up as pdftotext
    reads them, not pdfplumber: pdfplumber interleaves the lines of narrow wrapped cells and strings
    turned characters together, and --verify reads the PDFs with pdftotext too."""
    import make_blind_corpus as mb
    import make_blind_corpus3 as mb3

    old = mb.pdf_pages
    mb.pdf_pages = mb3.pdftotext_pages
    try:
        return write_gold(plan, pdf, **kw)
    finally:
        mb.pdf_pages = old


def plans_main(argv: list[str], *, plans: dict, out: Path, verify=None,
               patterns=("*.docx", "*.odt", "*.html", "*.pdf", "*.gold.yaml"), strategies: bool = False) -> None:
    """The command line of a make_blind_corpus builder: build every plan of PLANS (or the slugs in
    ARGV) and print one summary line each; `--verify [SLUG …]` checks the gold against the PDFs with
    VERIFY (default make_blind_corpus3.verify, pdftotext page by page); `--twice [SLUG …]` builds twice
    and compares the sha256 of the files matching PATTERNS under OUT/<slug>. STRATEGIES adds the
    strategy count to the summary line (batches 16–21)."""
    import make_blind_corpus as mb
    import make_blind_corpus3 as mb3

    verify = verify or mb3.verify
    if argv[:1] == ["--verify"]:
        names = argv[1:] or list(plans)
        bad = [b for name in names for b in verify(name)]
        for b in bad:
            print(b)
        print(f"verified {len(names)} plans: {'OK' if not bad else f'{len(bad)} problems'}")
        raise SystemExit(1 if bad else 0)
    if argv[:1] == ["--twice"]:
        names = argv[1:] or list(plans)
        runs = []
        for _ in range(2):
            for name in names:
                plans[name]()
            runs.append({k: v for name in names for k, v in sha256_files(Path(out) / name, patterns).items()})
        diff = compare_sha(*runs)
        print(f"rebuilt twice: {len(runs[0])} files, {'identical' if not diff else 'DIFFER: ' + ', '.join(diff)}")
        raise SystemExit(1 if diff else 0)
    for name in argv or list(plans):
        plan, pdf = plans[name]()
        n = len(mb3.pdftotext_pages(pdf))
        if strategies:
            print(f"{name}: {n} pp., {len(plan.goals)} goals, {len(plan.strategies)} strategies, "
                  f"{len(plan.measures)} measures, {len(mb.findings(plan))} findings")
        else:
            print(f"{name}: {n} pp., {len(plan.goals)} goals, {len(plan.measures)} measures, "
                  f"{len(mb.findings(plan))} findings")
