"""Build the forty-third blind batch of parent/child pairs (rød tråd, pbl § 11-1) and their gold.

Written on 2026-12-06 by `bpar43` without reading plancheck's code, tests or bench, without
running it, and without reading parents-blind42. ORDINARY pairs of small municipalities, the
child following the parent up mostly in other words (see README.md for the forms and the gold
conventions):

- Storeng (nb): kommuneplanens samfunnsdel (reportlab) → klima- og energiplan (python-docx).
- Havbrekke (nn): Sørfjord fylkeskommune's regional plan for kultur (Chromium) → the
  municipality's kulturplan (python-docx).
- Ekerås (sv): översiktsplan (python-docx) → trafikstrategi (Chromium).
- Kløvermose (da): planstrategi (reportlab) → handleplan for naturpolitikken (Chromium).
- Westmarsh / Braxfield (en): county health and wellbeing strategy (Chromium) → district
  health and wellbeing action plan (reportlab, A4 landscape).

    python corpora/parents-blind43/make_pairs.py                  # all pairs
    python corpora/parents-blind43/make_pairs.py --verify         # re-read the PDFs only
    python corpora/parents-blind43/make_pairs.py --twice          # build twice, compare sha256

The three document writers below (`_rl`, `_docx`, `_html`) are this batch's own surfaces; the
gold writer and checks (`G`, `C`, batch 14's `main`, batch 20's `verify`) come through batch
31's builder and `pairkit.parents_main`.
"""

from __future__ import annotations

import html as _html
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "scripts"))

import _docx_helpers as dh  # noqa: E402
import blindkit as bk  # noqa: E402
import pairkit as pk  # noqa: E402

_p31 = pk.load_module("parents_blind31_make_pairs", HERE.parent / "parents-blind31" / "make_pairs.py")
_p20, _p14 = _p31._p20, _p31._p14
G, C = _p31.G, _p31.C

PAIRS, pair = pk.pair_registry()
e = _html.escape
BUILDER = "corpora/parents-blind43/make_pairs.py"
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")


# =========================================================================== writers


def _rl_fonts(family: str) -> dict[str, str]:
    """Register a TTF family for reportlab under P43-<family>; returns {style: name}."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    files = {
        "DejaVuSerif": (DEJAVU, "DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf",
                        "DejaVuSerif-BoldItalic.ttf"),
        "LiberationSans": (bk.LIBERATION, "LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf",
                           "LiberationSans-Italic.ttf", "LiberationSans-BoldItalic.ttf"),
        "LiberationSansNarrow": (bk.LIBERATION, "LiberationSansNarrow-Regular.ttf",
                                 "LiberationSansNarrow-Bold.ttf", "LiberationSansNarrow-Italic.ttf",
                                 "LiberationSansNarrow-BoldItalic.ttf"),
    }[family]
    base = f"P43-{family}"
    names = {"normal": base, "bold": base + "-B", "italic": base + "-I", "boldItalic": base + "-BI"}
    for n, fn in zip(names.values(), files[1:], strict=True):
        pdfmetrics.registerFont(TTFont(n, str(files[0] / fn)))
    pdfmetrics.registerFontFamily(base, **names)
    return names


def _rl(pdf: Path, blocks, *, family: str, title: str, author: str, mast: tuple[str, str],
        foot: str, accent: str, landscape: bool = False, base: float = 10) -> Path:
    """reportlab (invariant). Blocks: ("title"|"sub"|"h1"|"h2"|"h3"|"p"|"lead", text),
    ("item", label, text) a hanging item with a bold label, ("dash", [..]) en-dash list,
    ("dots", [..]) round bullets, ("table", head, rows, widths_mm) with the header row repeated
    over page breaks (light header, rules between rows). Furniture: a mast at the top — MAST[0]
    left in bold, MAST[1] right — over a 1.2 pt accent rule; FOOT.format(n=page) centred at
    the bottom, no rule."""
    from reportlab import rl_config

    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.pagesizes import landscape as _land
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    f = _rl_fonts(family)
    acc = colors.HexColor(accent)
    dark = colors.HexColor("#222222")
    ps = {
        "title": ParagraphStyle("t", fontName=f["bold"], fontSize=base + 9, leading=base + 13,
                                textColor=dark, spaceAfter=2),
        "sub": ParagraphStyle("s", fontName=f["italic"], fontSize=base, leading=base + 4,
                              textColor=acc, spaceAfter=14),
        "h1": ParagraphStyle("h1", fontName=f["bold"], fontSize=base + 4, leading=base + 8,
                             textColor=acc, spaceBefore=12, spaceAfter=5),
        "h2": ParagraphStyle("h2", fontName=f["bold"], fontSize=base + 1.5, leading=base + 5,
                             textColor=dark, spaceBefore=9, spaceAfter=3),
        "h3": ParagraphStyle("h3", fontName=f["bold"], fontSize=base, leading=base + 4,
                             textColor=acc, spaceBefore=5, spaceAfter=2),
        "p": ParagraphStyle("p", fontName=f["normal"], fontSize=base, leading=base * 1.45,
                            spaceAfter=5),
        "lead": ParagraphStyle("ld", fontName=f["italic"], fontSize=base, leading=base * 1.45,
                               spaceAfter=5),
        "item": ParagraphStyle("it", fontName=f["normal"], fontSize=base, leading=base * 1.4,
                               leftIndent=11 * mm, bulletIndent=0, spaceAfter=3,
                               bulletFontName=f["bold"]),
        "li": ParagraphStyle("li", fontName=f["normal"], fontSize=base, leading=base * 1.4,
                             leftIndent=5 * mm, bulletIndent=0.5 * mm, spaceAfter=2),
        "c": ParagraphStyle("c", fontName=f["normal"], fontSize=base - 1, leading=base + 2),
        "ch": ParagraphStyle("ch", fontName=f["bold"], fontSize=base - 1, leading=base + 2,
                             textColor=dark),
    }
    story = []
    for b in blocks:
        k = b[0]
        if k in ("title", "sub", "h1", "h2", "h3", "p", "lead"):
            story.append(Paragraph(e(b[1]), ps[k]))
        elif k == "item":
            story.append(Paragraph(e(b[2]), ps["item"], bulletText=b[1]))
        elif k in ("dash", "dots"):
            mark = "–" if k == "dash" else "•"
            story += [Paragraph(e(x), ps["li"], bulletText=mark) for x in b[1]]
            story.append(Spacer(1, 3))
        elif k == "table":
            _, thead, rows, widths = b
            data = [[Paragraph(e(x), ps["ch"]) for x in thead]]
            data += [[Paragraph(e(x), ps["c"]) for x in r] for r in rows]
            t = Table(data, colWidths=[w * mm for w in widths], repeatRows=1)
            t.setStyle(TableStyle([
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E4E8EC")),
                ("LINEABOVE", (0, 0), (-1, 0), 1.0, acc),
                ("LINEBELOW", (0, 0), (-1, -1), 0.35, colors.HexColor("#b5b5b5")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]))
            story += [t, Spacer(1, 8)]
        else:
            raise ValueError(k)
    size = _land(A4) if landscape else A4
    w, h = size

    def furniture(canvas, doc):
        canvas.saveState()
        canvas.setFont(f["bold"], 8)
        canvas.setFillColor(acc)
        canvas.drawString(18 * mm, h - 12 * mm, mast[0])
        canvas.setFont(f["normal"], 8)
        canvas.setFillColor(dark)
        canvas.drawRightString(w - 18 * mm, h - 12 * mm, mast[1])
        canvas.setStrokeColor(acc)
        canvas.setLineWidth(1.2)
        canvas.line(18 * mm, h - 14 * mm, w - 18 * mm, h - 14 * mm)
        canvas.setFont(f["normal"], 8)
        canvas.drawCentredString(w / 2, 10 * mm, foot.format(n=doc.page))
        canvas.restoreState()

    doc = SimpleDocTemplate(
        str(pdf), pagesize=size, title=title, author=author, creator=author,
        leftMargin=18 * mm, rightMargin=18 * mm, topMargin=22 * mm, bottomMargin=18 * mm,
        invariant=1,
    )
    doc.build(story, onFirstPage=furniture, onLaterPages=furniture)
    return pdf


def _docx(blocks, pdf: Path, *, title: str, author: str, header: str, page_word: str, lang: str,
          font: str, size: float, color: str, fill: str) -> Path:
    """python-docx → LibreOffice. Blocks: ("title"|"sub"|"h1"|"h2"|"p"|"b"|"i", text),
    ("bullets", [..]) Word's Symbol bullet, ("num", [..]) decimal list restarting at 1,
    ("table", head, rows, widths) shaded header row repeated, cells '\n' = new paragraph.
    Header text RIGHT-aligned, no rule; footer 'PAGE_WORD n' right-aligned over a top rule."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn

    doc = dh.new_document(font=font, size=size, margins_mm=22, heading_color=color)
    rpr = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    rpr.find(qn("w:lang")).set(qn("w:val"), lang)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = ""
    dh.add_runs(hp, header, size=8, color="666666")
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.text = ""
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    dh._para_border(fp, "top", color="999999")
    dh.page_of_footer(fp, page_word, "", None, size=8)
    bul = dh.add_num(doc, dh.add_abstract_num(doc, "symbol_bullet"))
    dec = dh.add_abstract_num(doc, "decimal")
    for b in blocks:
        k = b[0]
        if k == "title":
            dh.para(doc, b[1], bold=True, size=size + 10, color=color, space_after=4)
        elif k == "sub":
            dh.para(doc, b[1], size=size - 0.5, color="444444", space_after=14)
        elif k in ("h1", "h2"):
            dh.heading(doc, b[1], int(k[1]))
        elif k == "p":
            dh.para(doc, b[1], space_after=6)
        elif k == "b":
            dh.para(doc, b[1], bold=True, space_after=2, space_before=4, keep_with_next=True)
        elif k == "i":
            dh.para(doc, b[1], italic=True, space_after=6)
        elif k == "bullets":
            for x in b[1]:
                dh.list_item(doc, x, bul)
        elif k == "num":
            n = dh.add_num(doc, dec, restart_at=1)
            for x in b[1]:
                dh.list_item(doc, x, n)
        elif k == "table":
            _, head, rows, widths = b
            t = dh.new_table(doc, widths)
            r = dh.add_row(t, head, widths, size=size - 1, bold=True, fill=fill)
            dh.set_repeat_header(r)
            for row in rows:
                rr = dh.add_row(t, list(row), widths, size=size - 1)
                dh.set_cant_split(rr)
            dh.para(doc, "", space_after=2)
        else:
            raise ValueError(k)
    dh.set_core_properties(doc, title=title, author=author)
    with tempfile.TemporaryDirectory(prefix="parblind43-docx-") as tmp:
        src = Path(tmp) / (pdf.stem + ".docx")
        dh.save_deterministic(doc, src)
        out = dh.export_pdf(src, Path(tmp))
        pdf.write_bytes(out.read_bytes())
    return pdf


def _html(lang: str, title: str, css: str, body: list[str], pdf: Path) -> Path:
    """HTML → Chromium print; CSS carries the page box, fonts and running furniture."""
    page = "\n".join([
        f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'>",
        f"<title>{e(title)}</title><style>",
        "table{border-collapse:collapse;width:100%}thead{display:table-header-group}"
        "tr{page-break-inside:avoid}",
        css,
        "</style></head><body>", *body, "</body></html>",
    ])
    with tempfile.TemporaryDirectory(prefix="parblind43-html-") as tmp:
        src = Path(tmp) / (pdf.stem + ".html")
        src.write_text(page, encoding="utf-8")
        return bk.chromium_pdf(src, pdf)


def _ul(items, cls: str = "") -> str:
    c = f" class='{cls}'" if cls else ""
    return f"<ul{c}>" + "".join(f"<li>{e(x)}</li>" for x in items) + "</ul>"


def _ol(items, cls: str = "", typ: str = "1") -> str:
    c = f" class='{cls}'" if cls else ""
    return f"<ol type='{typ}'{c}>" + "".join(f"<li>{e(x)}</li>" for x in items) + "</ol>"


# =========================================================================== 1 Storeng (nb)


@pair
def storeng_klima_og_energiplan(d: Path) -> dict:
    g = {
        "1.1": "Klimagassutslippene i Storeng skal reduseres med 55 prosent innen 2030, "
               "sammenlignet med 2009.",
        "1.2": "Storeng skal være godt forberedt på et våtere og villere klima.",
        "1.3": "Naturmangfoldet og de store sammenhengende naturområdene skal tas vare på.",
        "2.1": "Storeng skal ha et variert næringsliv med flere arbeidsplasser i privat sektor.",
        "2.2": "Landbruket skal opprettholde produksjonen og ta i bruk mer fornybar energi.",
        "3.1": "Flere skal kunne gå, sykle eller reise kollektivt til jobb, skole og "
               "fritidsaktiviteter.",
        "3.2": "Kommunens egne bygg og kjøretøy skal være energieffektive og fossilfrie.",
    }
    themes = [
        ("Tema 1 Klima, natur og miljø",
         "Storeng har store skog- og myrområder og et rikt dyreliv. Samtidig har flom og "
         "overvann gjort skade på veier og hus flere ganger de siste årene.",
         ["1.1", "1.2", "1.3"],
         ["Legge klimabudsjett fram sammen med økonomiplanen hvert år",
          "Unngå nedbygging av myr og sammenhengende skog i arealplanleggingen"]),
        ("Tema 2 Næring og arbeid",
         "Landbruk, trelast og offentlig sektor gir de fleste arbeidsplassene. Mange pendler ut "
         "av kommunen, og det er få ledige næringstomter.",
         ["2.1", "2.2"],
         ["Ha byggeklare næringsarealer ved Rud",
          "Samarbeide med Bondelaget og skogeierlaget om utvikling av landbruket"]),
        ("Tema 3 Infrastruktur og tjenester",
         "Avstandene er store, og bilen er viktig for de fleste. I sentrum og rundt skolene er "
         "det likevel mulig å legge bedre til rette for å gå og sykle.",
         ["3.1", "3.2"],
         ["Prioritere trafikksikre skoleveier",
          "Stille klima- og miljøkrav når kommunen kjøper varer og tjenester"]),
    ]
    parent = [
        ("title", "Kommuneplanens samfunnsdel 2026–2040"),
        ("sub", "Storeng kommune – vedtatt i kommunestyret 4. juni 2026, PS 38/26"),
        ("h1", "1 Innledning"),
        ("p", "Samfunnsdelen beskriver hva slags samfunn vi vil ha i Storeng fram mot 2040. "
         "Den er grunnlag for arealdelen, for temaplanene og for handlingsdelen med "
         "økonomiplan. Hvert tema har langsiktige mål og strategier for hvordan vi skal nå "
         "dem."),
        ("h1", "2 Visjon"),
        ("lead", "«Storeng – grønn, nær og raus»"),
    ]
    for head, text, ks, strat in themes:
        parent += [("h1", head), ("p", text), ("h3", "Langsiktige mål")]
        parent += [("item", k, g[k]) for k in ks]
        parent += [("h3", "Strategier"), ("dash", strat)]
    parent += [
        ("h1", "4 Oppfølging og rullering"),
        ("p", "Målene følges opp i temaplaner og i handlingsdelen. Kommunedirektøren rapporterer "
         "i årsmeldingen, og samfunnsdelen vurderes i planstrategien hvert fjerde år."),
    ]
    _rl(d / "parent.pdf", parent, family="DejaVuSerif", base=9.5, accent="#1E6B52",
        title="Kommuneplanens samfunnsdel 2026–2040 – Storeng kommune", author="Storeng kommune",
        mast=("STORENG KOMMUNE", "Kommuneplanens samfunnsdel 2026–2040"), foot="Side {n}")

    c = {
        "k1": "Utslippene fra veitrafikken i kommunen skal ned med 40 prosent innen 2030.",
        "k2": "Halvparten av arbeidsreisene til de kommunalt ansatte skal skje til fots, med "
              "sykkel eller elbil innen 2029.",
        "k3": "Alle kommunens biler og maskiner skal være utslippsfrie innen 2028.",
        "k4": "Energibruken i de kommunale byggene skal reduseres med 20 prosent innen 2031.",
        "k5": "Flere gårdsbruk skal produsere sin egen fornybare energi.",
        "k6": "Kommunen skal vite hvor flom, overvann og skred kan true hus og veier, og ta "
              "hensyn til det i all planlegging og drift.",
        "k7": "Alle elever skal lære om klima og natur ute i nærmiljøet, fra barnehagen til "
              "10. trinn.",
    }
    m = {
        "t11": "Ladepunkter for elbil ved rådhuset, helsesenteret og Rud skole",
        "t12": "Gang- og sykkelvei langs fylkesvei 230 fra sentrum til Rud skole",
        "t13": "Sykkelparkering under tak og garderobe med dusj ved rådhuset",
        "t21": "Bytte ut 14 dieselbiler i hjemmetjenesten og teknisk drift med elbiler",
        "t22": "Varmepumpe og solceller på Storeng sykehjem",
        "t23": "Klimakrav som tildelingskriterium i alle anbud over 500 000 kr",
        "t31": "Informasjonsmøter om solceller og biogass på gården, sammen med Bondelaget",
        "t32": "Hjelp med søknader til Enova og Innovasjon Norge",
        "t41": "Kartlegge og skifte ut for små stikkrenner på kommunale veier",
        "t42": "Overvannsplan for Storeng sentrum",
        "t51": "Klimauke på alle skoler og barnehager hvert år",
    }
    th = ["Nr.", "Tiltak", "Ansvar", "Kostnad", "Periode"]
    tw = [12, 76, 36, 22, 20]
    child = [
        ("title", "Klima- og energiplan 2027–2031"),
        ("sub", "Storeng kommune · Temaplan · Vedtatt av kommunestyret 10.12.2026"),
        ("h1", "1 Bakgrunn"),
        ("p", "Klima- og energiplanen er en temaplan som følger opp kommuneplanens samfunnsdel "
         "2026–2040. Den sier hva kommunen skal gjøre for å kutte utslipp, bruke energien bedre "
         "og tilpasse seg et endret klima. De største utslippene i Storeng kommer fra "
         "veitrafikk, landbruk og oppvarming."),
        ("p", "Naturmangfold og bruk av arealer er ikke tema i denne planen. Det behandles i "
         "kommunedelplan for naturmangfold, som skal vedtas i 2027."),
        ("h1", "2 Transport"),
        ("p", "Veitrafikken står for nær halvparten av utslippene. Kommunen kan påvirke dem "
         "gjennom ladepunkter, gang- og sykkelveier og egne reisevaner."),
        ("b", "Mål"),
        ("bullets", [c["k1"], c["k2"]]),
        ("b", "Tiltak"),
        ("table", th, [("T1.1", m["t11"], "Teknisk drift", "600 000", "2027"),
                       ("T1.2", m["t12"], "Teknisk drift / fylkeskommunen", "8,5 mill.",
                        "2028–2029"),
                       ("T1.3", m["t13"], "Eiendom", "350 000", "2027")], tw),
        ("h1", "3 Kommunen som eier og innkjøper"),
        ("p", "Kommunen skal gå foran. Bilparken og byggene våre er der vi selv bestemmer "
         "mest."),
        ("b", "Mål"),
        ("bullets", [c["k3"], c["k4"]]),
        ("b", "Tiltak"),
        ("table", th, [("T2.1", m["t21"], "Hjemmetjenesten / teknisk drift", "Leasing",
                        "2027–2028"),
                       ("T2.2", m["t22"], "Eiendom", "4,2 mill.", "2028"),
                       ("T2.3", m["t23"], "Innkjøpsrådgiver", "–", "Fra 2027")], tw),
        ("h1", "4 Landbruk"),
        ("p", "Landbruket er viktig for bosetting og arbeidsplasser. Utslippene fra husdyr er "
         "vanskelige å kutte, men mange gårder har tak og gjødsel som kan gi energi."),
        ("b", "Mål"),
        ("bullets", [c["k5"]]),
        ("b", "Tiltak"),
        ("table", th, [("T3.1", m["t31"], "Landbrukskontoret", "40 000", "2027–2028"),
                       ("T3.2", m["t32"], "Landbrukskontoret", "–", "Løpende")], tw),
        ("h1", "5 Klimatilpasning"),
        ("p", "Kraftig nedbør har ført til flom i Rudselva og utglidninger langs kommunale "
         "veier. Det vil skje oftere."),
        ("b", "Mål"),
        ("bullets", [c["k6"]]),
        ("b", "Tiltak"),
        ("table", th, [("T4.1", m["t41"], "Teknisk drift", "1,2 mill.", "2027–2030"),
                       ("T4.2", m["t42"], "Plan og miljø", "300 000", "2028")], tw),
        ("h1", "6 Kunnskap og holdninger"),
        ("b", "Mål"),
        ("bullets", [c["k7"]]),
        ("b", "Tiltak"),
        ("table", th, [("T5.1", m["t51"], "Oppvekst", "25 000", "Hvert år")], tw),
        ("h1", "7 Oppfølging"),
        ("p", "Tiltak med kostnader tas inn i handlingsdelen. Klimaregnskapet legges fram for "
         "kommunestyret hver høst."),
    ]
    _docx(child, d / "child.pdf", title="Klima- og energiplan 2027–2031",
          author="Storeng kommune", header="Storeng kommune – Klima- og energiplan 2027–2031",
          page_word="Side ", lang="nb-NO", font="Liberation Sans", size=10, color="1E6B52",
          fill="D9EAD3")

    goals_ = [
        G("1.1", g["1.1"], "followed_up", [c["k1"], c["k3"], m["t11"], m["t21"], m["t23"]],
          ev="Utslippene fra veitrafikken i",
          note="the goals are the items '1.1'–'3.2' under 'Langsiktige mål' in each theme (id "
          "= the printed number; the gold text without it); 'Strategier' (en-dash lists), the "
          "vision, theme texts and 'Oppfølging' are no goals. Road traffic (the largest "
          "source), the municipality's own fleet and climate demands in tenders: the temaplan's "
          "share of the cut"),
        G("1.2", g["1.2"], "followed_up", [c["k6"], m["t41"], m["t42"]],
          ev="Kommunen skal vite hvor",
          note="in other words: flood, storm water and landslide risk known and used in "
          "planning, culverts, a storm-water plan — 'våtere og villere klima' is not written"),
        G("1.3", g["1.3"], "not_followed_up",
          note="left to another plan: 'Naturmangfold … behandles i kommunedelplan for "
          "naturmangfold'; k7 (pupils learn about climate and nature) is not this goal"),
        G("2.1", g["2.1"], "not_followed_up", note="silent: nothing on business or jobs"),
        G("2.2", g["2.2"], "partial", [c["k5"], m["t31"], m["t32"]],
          ev="Flere gårdsbruk skal produsere",
          missing=["opprettholde produksjonen i landbruket"],
          note="renewable energy on farms only; nothing keeps up the production"),
        G("3.1", g["3.1"], "partial", [c["k2"], m["t12"], m["t13"]],
          ev="Gang- og sykkelvei langs fylkesvei",
          missing=["reise kollektivt"],
          note="walking and cycling (a cycle path to the school, the staff's own commute); "
          "nothing for public transport"),
        G("3.2", g["3.2"], "followed_up", [c["k3"], c["k4"], m["t21"], m["t22"]],
          ev="Alle kommunens biler og",
          note="fleet zero-emission by 2028 and 20 % less energy in municipal buildings"),
    ]
    kids = [
        C(c["k1"], ["1.1"], note="the child goals are the Symbol bullets under each bold "
          "'Mål'; the rows of the 'Nr. | Tiltak | Ansvar | Kostnad | Periode' tables are "
          "measures (in served_by beside the goals they serve)"),
        C(c["k2"], ["3.1"], note="the staff's commute on foot, by bicycle or electric car: "
          "going and cycling (3.1); the electric cars are not public transport"),
        C(c["k3"], ["1.1", "3.2"]),
        C(c["k4"], ["3.2"]),
        C(c["k5"], ["2.2"]),
        C(c["k6"], ["1.2"]),
        C(c["k7"], [], note="trap (shared words 'klima og natur'): teaching pupils outdoors "
          "neither protects nature (1.3) nor cuts emissions — stands alone"),
    ]
    return dict(
        language="nb", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (reportlab, DejaVu Serif 9.5; kommuneplanens samfunnsdel): 'Tema "
        "n …' headings, a small bold 'Langsiktige mål' over goals '1.1'–'3.2' with a bold "
        "hanging number, 'Strategier' en-dash lists; mast 'STORENG KOMMUNE' left / title right "
        "over an accent rule, footer 'Side n' centred; child PDF (python-docx → LibreOffice, "
        "Liberation Sans 10; klima- og energiplan, temaplan): chapters with a bold 'Mål' over "
        "Symbol bullets and a 'Nr. | Tiltak | Ansvar | Kostnad | Periode' table (T1.1 …)",
        goals=goals_, kids=kids,
    )



# =========================================================================== 2 Havbrekke (nn)


@pair
def havbrekke_kulturplan(d: Path) -> dict:
    g = {
        "K1": "Sørfjord skal ha eit profesjonelt kunst- og kulturliv med gode vilkår for "
              "kunstnarar i heile fylket.",
        "K2": "Barn og unge i alle kommunar skal få oppleve og skape kunst og kultur av høg "
              "kvalitet.",
        "A1": "Kulturarven skal takast vare på, formidlast og brukast som ein ressurs for "
              "lokalsamfunna.",
        "B1": "Biblioteka skal vere opne og inkluderande møteplassar for alle.",
        "F1": "Frivillige lag og organisasjonar skal ha gode rammevilkår, og fleire skal "
              "delta i kulturlivet.",
        "F2": "Kulturtilbodet skal vere tilgjengeleg for personar med nedsett funksjonsevne.",
    }
    sections = [
        ("4.1", "Kunst- og kulturliv",
         "Kunstnarane i Sørfjord bur spreidd, og mange har låg inntekt frå kunstnarleg arbeid. "
         "Dei regionale institusjonane skal vere til stades i heile fylket.",
         ["K1", "K2"],
         ["styrkje turnéverksemda til dei regionale kulturinstitusjonane",
          "vidareføre Den kulturelle skulesekken og Den kulturelle spaserstokken"]),
        ("4.2", "Kulturarv",
         "Fylket har mange freda og verneverdige bygningar, kystkultur og ein rik immateriell "
         "kulturarv. Mykje av arbeidet blir gjort av lag og museum.",
         ["A1"],
         ["gje råd og tilskot til eigarar av verneverdige bygningar"]),
        ("4.3", "Bibliotek",
         "Folkebiblioteka er dei mest brukte kulturtilboda i fylket og viktige for lesing, "
         "læring og demokrati.",
         ["B1"],
         ["utvikle felles digitale tenester for biblioteka i fylket"]),
        ("4.4", "Frivilligheit og deltaking",
         "Frivillige lag er berebjelken i kulturlivet i distrikta. Personar med nedsett "
         "funksjonsevne møter framleis hinder når dei vil delta.",
         ["F1", "F2"],
         ["forenkle tilskotsordningane", "krevje universell utforming i kulturbygg med "
          "fylkeskommunalt tilskot"]),
    ]
    body = [
        "<div class='top'>Sørfjord fylkeskommune</div>",
        "<h1>Regional plan for kultur 2026–2035</h1>",
        "<p class='meta'>Vedteken av fylkestinget 22. april 2026 · Høyringsutkast lagt ut "
        "november 2025</p>",
        "<h2>1 Innleiing</h2>",
        "<p>Regional plan for kultur gjev retning for kulturarbeidet i Sørfjord. Planen gjeld "
        "for fylkeskommunen og er eit grunnlag for kommunane sitt eige kulturplanarbeid. "
        "Handlingsprogrammet blir rullert kvart år.</p>",
        "<h2>2 Visjon</h2><p class='vis'>Kultur som bind Sørfjord saman.</p>",
        "<h2>3 Utfordringar</h2>",
        "<p>Folketalet går ned i fleire av distriktskommunane, og det er store skilnader i "
        "kulturtilbodet mellom byane og bygdene. Samstundes har fylket eit aktivt frivillig "
        "kulturliv.</p>",
        "<h2>4 Mål og strategiar</h2>",
    ]
    for num, name, text, ks, strat in sections:
        body += [f"<h3>{num} {e(name)}</h3>", f"<p>{e(text)}</p>",
                 "<p class='lab'>Mål</p>", _ol([g[k] for k in ks], "goals"),
                 "<p class='lab'>Strategiar – fylkeskommunen skal</p>", _ol(strat, "str", "a")]
    body += [
        "<h2>5 Oppfølging</h2>",
        "<p>Planen blir følgd opp gjennom eit årleg handlingsprogram. Kommunane blir oppmoda "
        "om å ta måla inn i sine eigne planar for kultur.</p>",
    ]
    css = (
        "@page{size:A4;margin:20mm 20mm 20mm 24mm;"
        "@bottom-right{content:counter(page);font:8.5pt 'Liberation Serif';color:#555}"
        "@top-left{content:'Regional plan for kultur 2026–2035';font:italic 8pt 'Liberation "
        "Serif';color:#7a4b8c}}"
        "body{font:10pt/1.45 'Liberation Serif';color:#1c1c1c}"
        ".top{font:bold 9pt 'Liberation Sans';letter-spacing:.08em;text-transform:uppercase;"
        "color:#7a4b8c;border-bottom:2px solid #7a4b8c;padding-bottom:3px}"
        "h1{font:bold 20pt 'Liberation Sans';margin:10px 0 2px}"
        ".meta{color:#666;font-size:9pt;margin:0 0 14px}"
        "h2{font:bold 13pt 'Liberation Sans';color:#7a4b8c;margin:14px 0 4px}"
        "h3{font:bold 11pt 'Liberation Sans';margin:12px 0 3px}"
        ".vis{font-style:italic;font-size:12pt}"
        ".lab{font:bold 9.5pt 'Liberation Sans';margin:6px 0 1px}"
        "ol{margin:2px 0 6px;padding-left:22px}ol.str{color:#333;font-size:9.5pt}"
        "li{margin:1px 0}"
    )
    _html("nn", "Regional plan for kultur 2026–2035 – Sørfjord fylkeskommune", css, body,
          d / "parent.pdf")

    c = {
        "h1": "Alle barn i Havbrekke skal få oppleve profesjonell kunst og kultur gjennom "
              "Den kulturelle skulesekken kvart år.",
        "h2": "Kulturskulen skal ha plass til alle som søkjer, og ventelista skal vere borte "
              "innan 2029.",
        "h3": "Bygdetunet og dei freda husa på Nes skal haldast i god stand og vere opne for "
              "publikum om sommaren.",
        "h4": "Folk skal kunne bruke biblioteket også når det ikkje er betent, og nye "
              "innbyggjarar skal finne seg til rette der.",
        "h5": "Laga skal få låne kommunale lokale gratis og søkje om tilskot på ein enkel "
              "måte.",
        "h6": "Kultureininga skal ha to faste stillingar og ein vikarordning som sikrar drifta "
              "heile året.",
    }
    m = {
        "m1": "Auke ramma til kulturskulen med to årsverk",
        "m2": "Kulturskuletimar i SFO på Vik og Nes",
        "m3": "Ungdommens kulturmønstring kvar vår, med open scene",
        "m4": "Rullere kulturminneplanen",
        "m5": "Skilte kulturstien langs Havbrekkelva med historiske tavler",
        "m6": "Digitalisere fotosamlinga til Havbrekke sogelag",
        "m7": "Meirope bibliotek med tilgang frå kl. 7 til 23",
        "m8": "Språkkafé for nye innbyggjarar kvar veke",
        "m9": "Digitalt søknadsskjema og ein fast søknadsfrist for kulturmidlar",
        "m10": "Gratis utlån av skulane og kulturhuset til lag med barn og unge",
        "m11": "Gjere vikarordninga i kulturhuset fast",
    }
    th = ["Tiltak", "Ansvar", "2027", "2028", "2029", "2030"]
    tw = [66, 36, 15, 15, 15, 15]
    X = "x"
    child = [
        ("title", "Kulturplan for Havbrekke 2027–2030"),
        ("sub", "Havbrekke kommune · Kommunedelplan for kultur · Vedteken av kommunestyret "
         "3. desember 2026"),
        ("h1", "1 Innleiing"),
        ("p", "Kulturplanen skal gjere kulturtilbodet i Havbrekke betre og meir føreseieleg. Han "
         "byggjer på kommuneplanen sin samfunnsdel og på Regional plan for kultur 2026–2035 "
         "for Sørfjord."),
        ("p", "Kunstnarpolitikk og tilskot til profesjonelle kunstnarar er fylkeskommunen sitt "
         "ansvar og er ikkje teke med i denne planen."),
        ("h1", "2 Innsatsområde 1: Barn og unge"),
        ("p", "Kulturskulen har i dag 38 elevar på venteliste. Alle barn møter kunst gjennom "
         "skulen, men tilbodet på fritida er lite utanfor sentrum."),
        ("b", "Måla våre"),
        ("num", [c["h1"], c["h2"]]),
        ("b", "Tiltak"),
        ("table", th, [(m["m1"], "Kultursjef", X, X, "", ""),
                       (m["m2"], "Kulturskulen / SFO", X, X, X, X),
                       (m["m3"], "Kulturkontoret", X, X, X, X)], tw),
        ("h1", "3 Innsatsområde 2: Kulturarv og lokalhistorie"),
        ("p", "Bygdetunet og sogelaget tek vare på mykje av historia vår. Kommunen eig tre av "
         "dei freda husa på Nes."),
        ("b", "Måla våre"),
        ("num", [c["h3"]]),
        ("b", "Tiltak"),
        ("table", th, [(m["m4"], "Plan og utvikling", X, "", "", ""),
                       (m["m5"], "Kulturkontoret / sogelaget", "", X, "", ""),
                       (m["m6"], "Biblioteket / sogelaget", X, X, "", "")], tw),
        ("h1", "4 Innsatsområde 3: Biblioteket"),
        ("p", "Biblioteket er ope 24 timar i veka. Mange nye innbyggjarar kjem hit for å låne "
         "PC, lese aviser og lære norsk."),
        ("b", "Måla våre"),
        ("num", [c["h4"]]),
        ("b", "Tiltak"),
        ("table", th, [(m["m7"], "Biblioteket", X, "", "", ""),
                       (m["m8"], "Biblioteket / vaksenopplæringa", X, X, X, X)], tw),
        ("h1", "5 Innsatsområde 4: Lag og organisasjonar"),
        ("p", "Det er 46 lag og organisasjonar i kommunen. Dei ønskjer seg enklare søknader og "
         "billegare lokale."),
        ("b", "Måla våre"),
        ("num", [c["h5"]]),
        ("b", "Tiltak"),
        ("table", th, [(m["m9"], "Kulturkontoret", X, "", "", ""),
                       (m["m10"], "Eigedom / kulturkontoret", X, X, X, X)], tw),
        ("h1", "6 Organisering"),
        ("b", "Måla våre"),
        ("num", [c["h6"]]),
        ("b", "Tiltak"),
        ("table", th, [(m["m11"], "Kommunedirektøren", X, "", "", "")], tw),
        ("h1", "7 Økonomi og rapportering"),
        ("p", "Tiltaka blir innarbeidde i handlingsdelen og økonomiplanen. Kultursjefen "
         "rapporterer til utval for oppvekst og kultur kvart år."),
    ]
    _docx(child, d / "child.pdf", title="Kulturplan for Havbrekke 2027–2030",
          author="Havbrekke kommune", header="Havbrekke kommune | Kulturplan 2027–2030",
          page_word="Side ", lang="nn-NO", font="DejaVu Sans", size=9.5, color="7A4B8C",
          fill="E8DDEE")

    goals_ = [
        G("K1", g["K1"], "not_followed_up",
          note="the goals are the numbered items under 'Mål' in each section 4.1–4.4 (ids = "
          "section initial + order, not printed: K kunst, A kulturarv, B bibliotek, F "
          "frivilligheit; the gold text without the number); the lettered 'Strategiar – "
          "fylkeskommunen skal' items, the vision and 'Oppfølging' are no goals. Named in "
          "passing: the child leaves the artists' conditions to the county"),
        G("K2", g["K2"], "followed_up", [c["h1"], c["h2"], m["m1"], m["m2"], m["m3"]],
          ev="Alle barn i Havbrekke",
          note="art for every child through the school and a kulturskule with no waiting list, "
          "lessons in SFO and a youth festival: the municipality's whole share (experience "
          "and create)"),
        G("A1", g["A1"], "followed_up", [c["h3"], m["m4"], m["m5"], m["m6"]],
          ev="Bygdetunet og dei freda",
          note="kept (buildings in good repair, a revised kulturminneplan), mediated (signs "
          "along a heritage path, digitised photos) and open to the public"),
        G("B1", g["B1"], "followed_up", [c["h4"], m["m7"], m["m8"]],
          ev="Folk skal kunne bruke",
          note="in other words: open library hours without staff (open) and a language café "
          "for newcomers (inclusive) — 'møteplass' is not written"),
        G("F1", g["F1"], "partial", [c["h5"], m["m9"], m["m10"]], ev="Laga skal få låne",
          missing=["fleire skal delta i kulturlivet"],
          note="free premises and simpler grants (conditions); nothing to get more people "
          "taking part"),
        G("F2", g["F2"], "not_followed_up",
          note="silent: nothing on accessibility for people with disabilities"),
    ]
    kids = [
        C(c["h1"], ["K2"], note="the child goals are the numbered items under the bold 'Måla "
          "våre' of each innsatsområde; the rows of the 'Tiltak | Ansvar | 2027 … 2030' tables "
          "(x in the years) are measures"),
        C(c["h2"], ["K2"]),
        C(c["h3"], ["A1"]),
        C(c["h4"], ["B1"]),
        C(c["h5"], ["F1"]),
        C(c["h6"], [], note="organisation of the culture unit: stands alone"),
    ]
    return dict(
        language="nn", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (Chromium, Liberation Serif 10 / Liberation Sans headings; "
        "county 'Regional plan for kultur'): sections 4.1–4.4, a bold 'Mål' over a decimal "
        "list restarting per section, lettered 'Strategiar – fylkeskommunen skal'; CSS "
        "margin boxes (italic title top left, page number bottom right); child PDF "
        "(python-docx → LibreOffice, DejaVu Sans 9.5; municipal kulturplan): 'Innsatsområde "
        "n: …' headings, bold 'Måla våre' over a decimal list, a 'Tiltak | Ansvar | 2027 | "
        "2028 | 2029 | 2030' table with x marks; header right, footer 'Side n' right under "
        "a rule",
        goals=goals_, kids=kids,
    )



# =========================================================================== 3 Ekerås (sv)


@pair
def ekeras_trafikstrategi(d: Path) -> dict:
    g = {
        "B1": "Ny bebyggelse ska i första hand tillkomma i Ekerås tätort och i Norrby, nära "
              "kollektivtrafik och service.",
        "B2": "Det ska finnas bostäder för alla skeden i livet, även hyresrätter i de mindre "
              "orterna.",
        "T1": "Andelen resor till fots, med cykel och med kollektivtrafik ska öka.",
        "T2": "Trafiksäkerheten ska öka, särskilt för barn på väg till skola och "
              "fritidsaktiviteter.",
        "T3": "Godstrafiken ska ledas runt centrum till verksamhetsområdet vid väg 56.",
        "N1": "Den tätortsnära naturen ska vara tillgänglig för alla och skyddas mot "
              "exploatering.",
    }
    parent = [
        ("title", "Översiktsplan 2040"),
        ("sub", "Ekerås kommun · Antagen av kommunfullmäktige 2026-05-18, § 61 · Laga kraft "
         "2026-06-15"),
        ("h1", "1 Inledning"),
        ("p", "Översiktsplanen visar hur kommunen vill att mark och vatten ska användas och "
         "hur den byggda miljön ska utvecklas på lång sikt. Planen är inte bindande, men den "
         "är vägledande för detaljplaner, bygglov och kommunens egna strategier."),
        ("h1", "2 Utvecklingsstrategi"),
        ("i", "Ekerås ska växa till 14 000 invånare år 2040 – hållbart och nära."),
        ("p", "Tillväxten ska i huvudsak ske i de orter som redan har skola, handel och bra "
         "bussförbindelser. Landsbygden ska kunna utvecklas där det finns vägar och "
         "vatten och avlopp."),
        ("h1", "3 Kommunens mål för mark- och vattenanvändningen"),
        ("h2", "3.1 Bebyggelse"),
        ("p", "Under de senaste tio åren har nästan alla nya bostäder varit villor. Det saknas "
         "mindre lägenheter för unga och äldre."),
        ("b", "Mål för bebyggelse"),
        ("bullets", [g["B1"], g["B2"]]),
        ("h2", "3.2 Trafik och kommunikationer"),
        ("p", "Väg 56 och järnvägen till Sundsholm är kommunens viktigaste förbindelser. "
         "Inne i tätorten går mycket tung trafik på Storgatan."),
        ("b", "Mål för trafik och kommunikationer"),
        ("bullets", [g["T1"], g["T2"], g["T3"]]),
        ("h2", "3.3 Natur och rekreation"),
        ("p", "Ekeråsskogen och strandområdena vid Ljungsjön används mycket för promenader, "
         "bad och motion."),
        ("b", "Mål för natur och rekreation"),
        ("bullets", [g["N1"]]),
        ("h1", "4 Mark- och vattenanvändning"),
        ("p", "Kartan i bilaga 1 visar utvecklingsområden för bostäder (område 1–7), "
         "verksamheter (område 8–10) och grönområden. Varje område beskrivs i bilaga 2."),
        ("h1", "5 Genomförande"),
        ("p", "Översiktsplanen genomförs genom detaljplaner, kommunens trafikstrategi, "
         "bostadsförsörjningsprogrammet och grönplanen. Aktualiteten prövas varje "
         "mandatperiod."),
    ]
    _docx(parent, d / "parent.pdf", title="Översiktsplan 2040 – Ekerås kommun",
          author="Ekerås kommun", header="Översiktsplan 2040 · Ekerås kommun",
          page_word="Sida ", lang="sv-SE", font="Liberation Serif", size=11, color="1F4E79",
          fill="DCE6F1")

    c = {
        "t1": "Andelen resor till fots och med cykel i tätorten ska öka från 24 till 35 procent "
              "till 2035.",
        "t2": "Ett sammanhängande cykelnät ska binda ihop Ekerås tätort, Norrby och Lövsta.",
        "t3": "Det ska gå att pendla med buss mellan Norrby, Ekerås och Sundsholm minst en "
              "gång i timmen hela dagen.",
        "t4": "Alla barn ska kunna gå och cykla säkert till skolan och till idrottsplatser "
              "inom två kilometer.",
        "t5": "Tung trafik ska inte behöva köra på Storgatan.",
        "t6": "Parkeringen i centrum ska användas effektivt, och alla kommunala "
              "parkeringar ska ha laddplatser.",
    }
    m = {
        "a": "Bygga gång- och cykelväg mellan Norrby och Ekerås tätort (Samhällsbyggnad, 2028)",
        "b": "Vinterväghålla de prioriterade cykelstråken före bilvägarna (Gata/park, från 2027)",
        "c": "Gång- och cykelväg till Ekeråsskogens friluftsområde, med en entré som går att "
             "använda med rullstol (Samhällsbyggnad, 2029)",
        "d": "Tillsammans med regionen införa timmestrafik på linje 214 (Kommunledning, 2027)",
        "e": "Pendlarparkering med cykelgarage vid Ekerås station (Samhällsbyggnad, 2028)",
        "f": "Säkra gångpassager vid Norrbyskolan och idrottsplatsen Vallen (Gata/park, 2027)",
        "g": "Sänka hastigheten till 40 km/h på alla kommunala gator i tätorterna (Trafik, "
             "2027)",
        "h": "Förbud mot genomfart för tung trafik på Storgatan och skyltning via Ringvägen "
             "(Trafik, 2028)",
        "i": "Avgift och tidsgräns på de centrala parkeringarna (Trafik, 2028)",
    }
    body = [
        "<header class='cover'><p class='kick'>Ekerås kommun · Samhällsbyggnadsförvaltningen"
        "</p><h1>Trafikstrategi 2027–2035</h1>"
        "<p class='st'>Antagen av kommunfullmäktige 2026-12-14</p></header>",
        "<h2>1 Varför en trafikstrategi?</h2>",
        "<p>Trafikstrategin visar hur Ekerås ska utveckla trafiksystemet fram till 2035. Den "
        "utgår från översiktsplanens mål för trafik och kommunikationer och konkretiserar "
        "dem i målbilder och åtgärder för varje område.</p>",
        "<p>Översiktsplanens inriktning att bygga nära kollektivtrafik och service är en "
        "förutsättning för strategin. Var nya bostäder ska byggas avgörs i översiktsplanen "
        "och i bostadsförsörjningsprogrammet.</p>",
        "<h2>2 Så reser vi i dag</h2>",
        "<p>Sju av tio resor inom kommunen görs med bil. Många resor är kortare än fem "
        "kilometer, och en av tre elever skjutsas till skolan.</p>",
    ]
    areas = [
        ("3.1", "Gång och cykel", "Gång och cykel ska vara det självklara valet för korta "
         "resor.", ["t1", "t2"], ["a", "b", "c"]),
        ("3.2", "Kollektivtrafik", "Bussen är viktig för pendling till Sundsholm och för "
         "unga utan körkort.", ["t3"], ["d", "e"]),
        ("3.3", "Trafiksäkerhet", "Barnens skolvägar och vägar till fritidsaktiviteter "
         "prioriteras.", ["t4"], ["f", "g"]),
        ("3.4", "Godstrafik", "Verksamhetsområdet vid väg 56 växer, och lastbilarna ska inte "
         "gå genom centrum.", ["t5"], ["h"]),
        ("3.5", "Parkering", "Parkeringen i centrum är gratis och ofta full.", ["t6"], ["i"]),
    ]
    body.append("<h2>3 Strategins områden</h2>")
    letters = iter("abcdefghi")
    for num, name, text, ks, ms in areas:
        items = "".join(f"<li><span class='l'>{next(letters)})</span> {e(m[x])}</li>" for x in ms)
        body += [f"<section><h3>{num} {e(name)}</h3><p>{e(text)}</p>",
                 "<p class='lab'>Målbild 2035</p>", _ol([c[k] for k in ks], "mb"),
                 "<p class='lab'>Åtgärder</p>", f"<ul class='atg'>{items}</ul></section>"]
    body += [
        "<h2>4 Uppföljning</h2>",
        "<p>Samhällsbyggnadsnämnden följer upp strategin varje år i verksamhetsberättelsen. "
        "En resvaneundersökning görs 2030 och 2035.</p>",
    ]
    css = (
        "@page{size:A4;margin:18mm 18mm 20mm 18mm;"
        "@bottom-left{content:'Trafikstrategi 2027–2035';font:7.5pt 'DejaVu Sans';color:#777}"
        "@bottom-right{content:'Sida ' counter(page) ' av ' counter(pages);font:7.5pt "
        "'DejaVu Sans';color:#777}}"
        "body{font:9.5pt/1.5 'DejaVu Sans';color:#222}"
        ".cover{background:#0f5e6e;color:#fff;padding:10px 14px 8px;margin-bottom:10px}"
        ".kick{margin:0;font-size:8.5pt}h1{font-size:19pt;margin:4px 0}.st{margin:0;"
        "font-size:8.5pt}"
        "h2{font-size:12pt;color:#0f5e6e;border-bottom:1px solid #0f5e6e;margin:14px 0 4px}"
        "h3{font-size:10.5pt;margin:10px 0 2px}"
        "section{break-inside:avoid}"
        ".lab{font-weight:bold;font-size:8.5pt;text-transform:uppercase;color:#0f5e6e;"
        "margin:6px 0 1px}"
        "ol.mb{margin:0 0 4px;padding-left:20px}ul.atg{list-style:none;margin:0;"
        "padding-left:6px}ul.atg li{margin:1px 0}.l{display:inline-block;width:16px}"
    )
    _html("sv", "Trafikstrategi 2027–2035 – Ekerås kommun", css, body, d / "child.pdf")

    goals_ = [
        G("B1", g["B1"], "not_followed_up",
          note="the goals are the bullets under the bold 'Mål för bebyggelse', 'Mål för "
          "trafik och kommunikationer' and 'Mål för natur och rekreation' (ids B, T, N + "
          "order, not printed); the development strategy's italic line, the map areas "
          "and 'Genomförande' are no goals. Named in passing: 'en förutsättning för "
          "strategin', left to the översiktsplan and bostadsförsörjningsprogrammet"),
        G("B2", g["B2"], "not_followed_up",
          note="left to the bostadsförsörjningsprogram (not named as a goal); nothing on "
          "housing"),
        G("T1", g["T1"], "followed_up", [c["t1"], c["t2"], c["t3"], m["a"], m["b"], m["d"],
                                         m["e"]],
          ev="Andelen resor till fots",
          note="walking and cycling share with a figure, a cycle network, hourly buses and a "
          "commuter car park: all three modes"),
        G("T2", g["T2"], "followed_up", [c["t4"], m["f"], m["g"]],
          ev="Alla barn ska kunna",
          note="in other words: safe routes to school AND sports grounds, 40 km/h — "
          "'trafiksäkerhet' only in the heading"),
        G("T3", g["T3"], "followed_up", [c["t5"], m["h"]], ev="Tung trafik ska inte",
          note="in other words: no lorries on Storgatan (= through the centre), signposted via "
          "Ringvägen"),
        G("N1", g["N1"], "partial", [m["c"]], ev="Gång- och cykelväg till Ekeråsskogens",
          missing=["skyddas mot exploatering"],
          note="served by a measure only (a path and an accessible entrance to the forest "
          "recreation area, under the cycling goals); protection is not the trafikstrategi's"),
    ]
    kids = [
        C(c["t1"], ["T1"], note="the child goals are the numbered items under 'MÅLBILD 2035' "
          "in each area 3.1–3.5; the lettered 'Åtgärder' a) … i) (owner and year in "
          "brackets) are measures"),
        C(c["t2"], ["T1"]),
        C(c["t3"], ["T1"]),
        C(c["t4"], ["T2"]),
        C(c["t5"], ["T3"]),
        C(c["t6"], [], note="parking and charging points: no parent goal asks for it — "
          "stands alone"),
    ]
    return dict(
        language="sv", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (python-docx → LibreOffice, Liberation Serif 11; översiktsplan): "
        "chapter 3 'Kommunens mål för mark- och vattenanvändningen' with 3.1–3.3, each a bold "
        "'Mål för …' line over Symbol bullets; header right, footer 'Sida n' right under a "
        "rule; child PDF (Chromium, DejaVu Sans 9.5; trafikstrategi): a coloured title block, "
        "areas 3.1–3.5 with a small capitals label 'Målbild 2035' over a decimal list and "
        "'Åtgärder' lettered a) … i) with owner and year in brackets; margin boxes (title "
        "bottom left, 'Sida n av N' bottom right)",
        goals=goals_, kids=kids,
    )



# =========================================================================== 4 Kløvermose (da)


@pair
def klovermose_naturhandleplan(d: Path) -> dict:
    g = {
        "N1": "Der skal være mere og bedre sammenhængende natur i kommunen.",
        "N2": "Kommunens egne arealer skal drives, så de gavner den biologiske mangfoldighed.",
        "N3": "Vandløb, søer og fjorden skal have en god økologisk tilstand.",
        "F1": "Flere borgere skal bruge naturen til friluftsliv, motion og læring.",
        "L1": "Kløvermose skal tiltrække nye borgere og virksomheder.",
        "L2": "Landsbyerne skal have gode rammer for fællesskab og fritidsliv.",
    }
    areas = [
        ("Indsatsområde 1 · Natur, vand og klima",
         "Kun syv procent af kommunens areal er natur, og meget af den ligger i små, spredte "
         "stykker. Kærbækken og flere mindre vandløb er rørlagte.",
         ["N1", "N2", "N3"],
         ["udpege nye naturområder og økologiske forbindelser",
          "indarbejde Grønt Danmarkskort"]),
        ("Indsatsområde 2 · Friluftsliv og sundhed",
         "Skovene og stierne ved Kløvermose Sø er meget brugt, men mange borgere kender ikke "
         "de muligheder, der er tæt på, hvor de bor.",
         ["F1"],
         ["revidere retningslinjerne for rekreative stier"]),
        ("Indsatsområde 3 · Landsbyer og bosætning",
         "Befolkningstallet er stabilt, men der bliver færre unge. Landsbyerne har et stærkt "
         "foreningsliv.",
         ["L1", "L2"],
         ["udlægge nye boligområder i Kløvermose by og Vestrup",
          "give mulighed for mindre erhverv i landsbyerne"]),
    ]
    parent = [
        ("title", "Planstrategi 2027"),
        ("sub", "Kløvermose Kommune · Vedtaget af byrådet den 27. maj 2027"),
        ("h1", "Forord"),
        ("p", "Planstrategien fortæller, hvordan byrådet vil udvikle Kløvermose i de kommende "
         "år, og hvilke dele af kommuneplanen der skal revideres. Strategien peger på tre "
         "indsatsområder, som også følges op i byrådets politikker og handleplaner."),
    ]
    for head, text, ks, rev in areas:
        parent += [("h1", head), ("p", text), ("h3", "Mål for 2031"),
                   ("dots", [g[k] for k in ks]),
                   ("h3", "Det reviderer vi i kommuneplanen"), ("dash", rev)]
    parent += [
        ("h1", "Den videre proces"),
        ("p", "Planstrategien har været i offentlig høring i otte uger. Kommuneplanen revideres "
         "i 2028 på de punkter, der er nævnt under hvert indsatsområde."),
    ]
    _rl(d / "parent.pdf", parent, family="LiberationSans", base=10, accent="#B0472A",
        title="Planstrategi 2027 – Kløvermose Kommune", author="Kløvermose Kommune",
        mast=("Kløvermose Kommune", "Planstrategi 2027"), foot="– {n} –")

    c = {
        "d1": "Kommunen vil lægge 150 hektar ny natur ud på egne arealer inden 2030.",
        "d2": "Alle kommunale parker og grønne områder skal plejes efter en "
              "biodiversitetsplan, med mindre slåning og uden sprøjtning.",
        "d3": "Tre rørlagte vandløbsstrækninger skal åbnes, og spærringer for fisk skal "
              "fjernes.",
        "d4": "Det skal være let at finde ud i naturen og komme rundt i den, også med "
              "kørestol og barnevogn.",
        "d5": "Alle daginstitutioner og skoler skal bruge naturen i hverdagen og i "
              "undervisningen.",
        "d6": "Lodsejere skal have let adgang til rådgivning om naturpleje og tilskud til ny "
              "natur.",
        "d7": "Sager om beskyttet natur efter naturbeskyttelseslovens § 3 skal afgøres inden "
              "for otte uger.",
    }
    m = {
        "1.1": "Landbrugsjorden ved Engmosen tages ud af drift og får lov at gro til",
        "1.2": "Vilde blomsterenge i fem byparker",
        "1.3": "Stop for sprøjtning på kirkegårde og boldbaner",
        "2.1": "Åbning af Kærbækken ved Nørre Mose",
        "2.2": "Fjernelse af opstemningen ved Møllegården",
        "3.1": "Nyt stikort over hele kommunen, trykt og digitalt",
        "3.2": "Handicapvenlig sti og shelterplads ved Kløvermose Sø",
        "3.3": "Naturvejleder i alle 4. klasser og på besøg i dagplejen",
        "4.1": "Gratis besøg af en naturkonsulent for lodsejere",
        "4.2": "Digital sagsgang og en fast tidsfrist for § 3-sager",
    }
    spor = [
        ("Spor 1", "Mere og vildere natur",
         "Kommunen ejer 1.100 hektar jord. Her kan vi selv gå foran.",
         ["d1", "d2"], [("1.1", "Park og Natur", "●", "●"), ("1.2", "Park og Natur", "●", ""),
                        ("1.3", "Park og Natur / Kirkegårde", "●", "●")]),
        ("Spor 2", "Rent vand i vandløbene",
         "Mange vandløb er rettet ud eller lagt i rør. Det skader fisk og smådyr.",
         ["d3"], [("2.1", "Natur og Vand", "", "●"), ("2.2", "Natur og Vand", "●", "")]),
        ("Spor 3", "Naturen tæt på alle",
         "Mange borgere bruger naturen, men flere kunne få glæde af den.",
         ["d4", "d5"], [("3.1", "Kultur og Fritid", "●", ""), ("3.2", "Park og Natur", "●", "●"),
                        ("3.3", "Dagtilbud og Skole", "●", "●")]),
        ("Spor 4", "Samarbejde og sagsbehandling",
         "Det meste af kommunens natur ligger på privat jord.",
         ["d6", "d7"], [("4.1", "Natur og Vand", "●", "●"), ("4.2", "Natur og Vand", "●", "")]),
    ]
    body = [
        "<div class='band'><span>Kløvermose Kommune</span><span>Teknik og Miljø</span></div>",
        "<h1>Handleplan for naturpolitikken 2027–2028</h1>",
        "<p class='sub'>Godkendt i Klima-, Natur- og Miljøudvalget den 9. november 2027</p>",
        "<h2>Indledning</h2>",
        "<p>Naturpolitikken blev vedtaget i 2026. Denne handleplan sætter handling bag "
        "politikken i de næste to år og følger op på planstrategiens mål for natur, vand og "
        "friluftsliv. Handleplanen er delt i fire spor.</p>",
        "<p>Planstrategiens mål for landsbyerne følges op i landdistriktspolitikken.</p>",
    ]
    for tag, name, text, ks, rows in spor:
        trs = "".join(
            f"<tr><td class='n'>{nr}</td><td>{e(m[nr])}</td><td>{e(who)}</td>"
            f"<td class='y'>{a}</td><td class='y'>{b}</td></tr>" for nr, who, a, b in rows)
        body += [
            f"<section><h2><span class='tag'>{tag}</span> {e(name)}</h2><p>{e(text)}</p>",
            "<p class='lab'>Målsætninger</p>", _ul([c[k] for k in ks], "mal"),
            "<table><thead><tr><th class='n'>Nr.</th><th>Handling</th><th>Ansvarlig</th>"
            "<th class='y'>2027</th><th class='y'>2028</th></tr></thead>"
            f"<tbody>{trs}</tbody></table></section>",
        ]
    body += [
        "<h2>Opfølgning</h2>",
        "<p>Forvaltningen gør status til udvalget hvert år i december. Handleplanen "
        "revideres i 2029.</p>",
    ]
    css = (
        "@page{size:A4;margin:16mm 17mm 18mm 17mm;"
        "@bottom-center{content:'Side ' counter(page);font:8pt 'Liberation Sans';color:#666}}"
        "body{font:9.5pt/1.45 'Liberation Sans';color:#262626}"
        ".band{display:flex;justify-content:space-between;background:#3d6b35;color:#fff;"
        "font-size:8.5pt;padding:4px 8px}"
        "h1{font-size:18pt;color:#3d6b35;margin:12px 0 2px}.sub{color:#666;margin:0 0 10px}"
        "h2{font-size:12pt;margin:14px 0 3px}.tag{background:#3d6b35;color:#fff;"
        "padding:0 5px;font-size:10pt;margin-right:4px}"
        "section{break-inside:avoid}"
        ".lab{font-weight:bold;margin:6px 0 1px}ul.mal{margin:0 0 6px;padding-left:18px;"
        "list-style:square}"
        "th{background:#e3ecdf;text-align:left;font-size:8.5pt;padding:3px 5px;"
        "border-bottom:1px solid #3d6b35}"
        "td{font-size:8.5pt;padding:3px 5px;border-bottom:1px solid #ccc;vertical-align:top}"
        ".n{width:10mm}.y{width:13mm;text-align:center}"
    )
    _html("da", "Handleplan for naturpolitikken 2027–2028 – Kløvermose Kommune", css, body,
          d / "child.pdf")

    goals_ = [
        G("N1", g["N1"], "followed_up", [c["d1"], c["d6"], m["1.1"], m["4.1"]],
          ev="Kommunen vil lægge 150",
          note="the goals are the round bullets under 'Mål for 2031' in each indsatsområde "
          "(ids N, F, L + order, not printed); 'Det reviderer vi i kommuneplanen' (en-dash "
          "lists), the foreword and 'Den videre proces' are no goals. 150 ha of new nature on "
          "the municipality's land and advice for landowners: more nature, public and private"),
        G("N2", g["N2"], "followed_up", [c["d1"], c["d2"], m["1.2"], m["1.3"]],
          ev="Alle kommunale parker og",
          note="in other words: a biodiversity plan for the parks, less mowing, no spraying — "
          "'biologisk mangfoldighed' is not written"),
        G("N3", g["N3"], "partial", [c["d3"], m["2.1"], m["2.2"]], ev="Tre rørlagte "
          "vandløbsstrækninger skal",
          missing=["søer og fjorden"],
          note="streams only (culverted stretches opened, barriers removed); lakes and the "
          "fjord are not touched"),
        G("F1", g["F1"], "followed_up", [c["d4"], c["d5"], m["3.1"], m["3.2"], m["3.3"]],
          ev="Det skal være let",
          note="in other words: easy to find and get about in nature (friluftsliv, motion) and "
          "nature used in schools and day care (læring)"),
        G("L1", g["L1"], "not_followed_up", note="silent: nothing on new citizens or firms"),
        G("L2", g["L2"], "not_followed_up",
          note="named in passing: 'følges op i landdistriktspolitikken'"),
    ]
    kids = [
        C(c["d1"], ["N1", "N2"], note="the child goals are the square bullets under "
          "'Målsætninger' in each 'Spor n'; the rows of the 'Nr. | Handling | Ansvarlig | "
          "2027 | 2028' tables (● in the years) are measures"),
        C(c["d2"], ["N2"]),
        C(c["d3"], ["N3"]),
        C(c["d4"], ["F1"]),
        C(c["d5"], ["F1"]),
        C(c["d6"], ["N1"]),
        C(c["d7"], [], note="case handling time: no parent goal — stands alone"),
    ]
    return dict(
        language="da", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (reportlab, Liberation Sans 10; planstrategi): 'Indsatsområde n · "
        "…' headings, a small bold 'Mål for 2031' over round bullets, 'Det reviderer vi i "
        "kommuneplanen' en-dash lists; mast left / right over an accent rule, footer '– n –' "
        "centred; child PDF (Chromium, Liberation Sans 9.5; handleplan for naturpolitikken): "
        "a green band, 'Spor 1'–'Spor 4' tags in the headings, bold 'Målsætninger' over "
        "square bullets and a table 'Nr. | Handling | Ansvarlig | 2027 | 2028' with ● marks; "
        "margin box 'Side n' bottom centre",
        goals=goals_, kids=kids,
    )



# =========================================================================== 5 Westmarsh / Braxfield (en)


@pair
def braxfield_health_action_plan(d: Path) -> dict:
    g = {
        "S1": "Every child has the best start in life, and more children are ready for school "
              "at the age of five.",
        "S2": "Fewer young people experience poor mental health, and those who do get help "
              "early.",
        "L1": "More adults are physically active, and the gap between the most and least "
              "deprived areas narrows.",
        "L2": "Fewer people smoke, and fewer adults are overweight or obese.",
        "L3": "Everyone can live in a warm, safe and healthy home.",
        "A1": "Older people stay independent and connected to their communities for longer.",
        "A2": "People are supported to die well, in the place of their choosing.",
    }
    prios = [
        ("Priority 1", "Start well",
         "The foundations of health are laid in the first years of life. In Westmarsh one "
         "child in five lives in a low-income household.", ["S1", "S2"]),
        ("Priority 2", "Live well",
         "Most ill health in working-age adults is preventable. Healthy life expectancy is "
         "nine years lower in our most deprived neighbourhoods.", ["L1", "L2", "L3"]),
        ("Priority 3", "Age well",
         "The number of residents over 85 will double by 2040. Loneliness and falls are the "
         "most common reasons for a loss of independence.", ["A1", "A2"]),
    ]
    body = [
        "<div class='logo'>Westmarsh Health and Wellbeing Board</div>",
        "<h1>Joint Local Health and Wellbeing Strategy 2026–2031</h1>",
        "<p class='sub'>Westmarsh County Council · NHS Westmarsh Integrated Care Board · "
        "Agreed by the Board on 3 March 2026</p>",
        "<h2>Foreword</h2>",
        "<p>This strategy sets out what the Health and Wellbeing Board and its partners, "
        "including the four district councils, will do together to improve health and reduce "
        "health inequalities in Westmarsh. Each partner is asked to show in its own plans "
        "how it contributes.</p>",
        "<h2>Our vision</h2><p class='vision'>Healthier, happier lives for everyone in "
        "Westmarsh.</p>",
        "<h2>Our principles</h2>",
        _ul(["Prevention first", "Working with communities, not doing to them",
             "Focusing on the places with the greatest need"], "pr"),
    ]
    for tag, name, why, ks in prios:
        body += [f"<div class='prio'><p class='tag'>{tag}</p><h2>{e(name)}</h2>",
                 f"<p><b>Why this matters.</b> {e(why)}</p>",
                 "<p class='lab'>What we want to see by 2031</p>",
                 _ul([g[k] for k in ks], "out"), "</div>"]
    body += [
        "<h2>Making it happen</h2>",
        "<p>The Board will publish an annual report on progress. Partners will report "
        "through their own action plans, which should name the priorities of this strategy "
        "they contribute to.</p>",
    ]
    css = (
        "@page{size:A4;margin:20mm 19mm 20mm 19mm;"
        "@top-right{content:'Joint Local Health and Wellbeing Strategy';font:7.5pt "
        "'Liberation Sans';color:#8a2452}"
        "@bottom-center{content:counter(page);font:8pt 'Liberation Sans'}}"
        "body{font:10pt/1.5 'Liberation Sans';color:#202020}"
        ".logo{font:bold 9pt 'Liberation Sans';color:#8a2452}"
        "h1{font-size:19pt;line-height:1.2;margin:6px 0 4px;color:#202020}"
        ".sub{font-size:8.5pt;color:#555;margin:0 0 10px}"
        "h2{font-size:13pt;color:#8a2452;margin:12px 0 3px}"
        ".vision{font-size:12pt;font-style:italic;margin:0}"
        ".prio{border-left:4px solid #8a2452;padding:2px 0 2px 12px;margin:12px 0;"
        "break-inside:avoid}"
        ".tag{margin:0;font-size:8.5pt;text-transform:uppercase;letter-spacing:.1em;"
        "color:#777}.prio h2{margin:0 0 4px}"
        ".lab{font-weight:bold;margin:6px 0 2px}ul{margin:0 0 4px;padding-left:18px}"
        "ul.out li{margin:2px 0}"
    )
    _html("en-GB", "Joint Local Health and Wellbeing Strategy 2026–2031 – Westmarsh", css,
          body, d / "parent.pdf")

    c = {
        "a1": "Increase the number of residents in our most deprived wards who take part in "
              "regular sport and exercise.",
        "a2": "Improve the condition of private rented homes and help households living in "
              "cold, damp or unsafe housing.",
        "a3": "Help older and disabled residents to stay safe and independent in their own "
              "homes.",
        "a4": "Make healthy food the easy choice for families and young people in our "
              "towns.",
        "a5": "Reduce anti-social behaviour in Braxfield town centre and at the bus station.",
    }
    m = {
        "1.1": "Free 'Move More' sessions in community centres in Eastgate, Millbrook and "
               "Hawley wards",
        "1.2": "Leisure card with half-price swimming and gym for residents on Council Tax "
               "Support",
        "1.3": "New outdoor gym and walking routes in Millbrook Park",
        "2.1": "Inspect all houses in multiple occupation and take enforcement action where "
               "needed",
        "2.2": "Warm Homes grants for insulation and heat pumps, targeted at fuel-poor "
               "households",
        "3.1": "Deliver Disabled Facilities Grants within 20 weeks of referral",
        "3.2": "Handyperson service for small repairs and falls-prevention checks",
        "4.1": "Healthy options award for takeaways and cafés",
        "4.2": "Restrict advertising of foods high in fat, salt and sugar on council-owned "
               "sites",
        "5.1": "Extend CCTV coverage and joint patrols with the police in the town centre",
        "5.2": "Public Spaces Protection Order for the bus station",
    }
    rows = [
        ("1.1", m["1.1"], "1", "Live well", "Leisure and Culture", "Sep 2027"),
        ("1.2", m["1.2"], "1", "Live well", "Leisure and Culture", "Apr 2027"),
        ("1.3", m["1.3"], "1", "Live well", "Parks and Open Spaces", "Mar 2028"),
        ("2.1", m["2.1"], "2", "Live well", "Private Sector Housing", "Mar 2028"),
        ("2.2", m["2.2"], "2", "Live well", "Private Sector Housing", "Ongoing"),
        ("3.1", m["3.1"], "3", "Age well", "Housing Options", "Ongoing"),
        ("3.2", m["3.2"], "3", "Age well", "Housing Options / Age UK", "Oct 2027"),
        ("4.1", m["4.1"], "4", "Live well", "Environmental Health", "Jan 2028"),
        ("4.2", m["4.2"], "4", "Live well", "Planning Policy", "Mar 2028"),
        ("5.1", m["5.1"], "5", "Live well", "Community Safety", "Dec 2027"),
        ("5.2", m["5.2"], "5", "Live well", "Community Safety", "Jul 2027"),
    ]
    child = [
        ("title", "Health and Wellbeing Action Plan 2027–28"),
        ("sub", "Braxfield District Council · Approved by Cabinet on 14 April 2027"),
        ("h2", "1. Introduction"),
        ("p", "This action plan sets out how Braxfield District Council will contribute to the "
         "Westmarsh Joint Local Health and Wellbeing Strategy 2026–2031 over the next year. "
         "It covers the services the district council runs: housing, leisure, parks, "
         "environmental health, planning and community safety."),
        ("p", "Priorities for children's early years and for young people's mental health are "
         "led by the County Council and the NHS and are not repeated in this plan."),
        ("h2", "2. Our aims for 2027–28"),
    ]
    child += [("item", f"{i}.", c[k]) for i, k in enumerate(["a1", "a2", "a3", "a4", "a5"], 1)]
    child += [
        ("h2", "3. What we will do"),
        ("table", ["No.", "Action", "Aim", "Strategy priority", "Lead service", "By"], rows,
         [14, 118, 14, 32, 50, 28]),
        ("h2", "4. Monitoring"),
        ("p", "Progress will be reported to the Overview and Scrutiny Committee every six "
         "months and to the Westmarsh Health and Wellbeing Board once a year."),
    ]
    _rl(d / "child.pdf", child, family="LiberationSansNarrow", base=10.5, accent="#00677F",
        landscape=True, title="Health and Wellbeing Action Plan 2027–28",
        author="Braxfield District Council",
        mast=("Braxfield District Council", "Health and Wellbeing Action Plan 2027–28"),
        foot="Page {n}")

    goals_ = [
        G("S1", g["S1"], "not_followed_up",
          note="the goals are the bullets under 'What we want to see by 2031' in each "
          "priority (ids S, L, A + order, not printed); the vision, the principles, 'Why this "
          "matters' and 'Making it happen' are no goals. Left to others: 'led by the County "
          "Council and the NHS and are not repeated in this plan'"),
        G("S2", g["S2"], "not_followed_up",
          note="left to others in the same sentence (young people's mental health)"),
        G("L1", g["L1"], "followed_up", [c["a1"], m["1.1"], m["1.2"], m["1.3"]],
          ev="Increase the number of",
          note="in other words: exercise in the most deprived wards and a cheaper leisure card "
          "for those on Council Tax Support (narrowing the gap)"),
        G("L2", g["L2"], "partial", [c["a4"], m["4.1"], m["4.2"]], ev="Make healthy food the",
          missing=["fewer people smoke"],
          note="healthy food (overweight) only; nothing on smoking"),
        G("L3", g["L3"], "followed_up", [c["a2"], m["2.1"], m["2.2"]],
          ev="Improve the condition of",
          note="private rented homes, HMO inspection and Warm Homes grants: the district's "
          "share ('warm' = insulation and heat pumps)"),
        G("A1", g["A1"], "partial", [c["a3"], m["3.1"], m["3.2"]], ev="Help older and disabled",
          missing=["connected to their communities"],
          note="independence at home (adaptations, handyperson, falls); nothing against "
          "isolation"),
        G("A2", g["A2"], "not_followed_up", note="silent: nothing on end of life"),
    ]
    kids = [
        C(c["a1"], ["L1"], note="the child goals are the five numbered aims under 'Our aims "
          "for 2027–28'; the rows of the 'No. | Action | Aim | Strategy priority | Lead "
          "service | By' table are measures (the 'Aim' and 'Strategy priority' cells are "
          "citations, no goals)"),
        C(c["a2"], ["L3"]),
        C(c["a3"], ["A1"]),
        C(c["a4"], ["L2"]),
        C(c["a5"], [], note="trap (citing, serving nothing): its actions 5.1, 5.2 name the "
          "strategy priority 'Live well', but no goal of the strategy is about anti-social "
          "behaviour — stands alone"),
    ]
    return dict(
        language="en", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (Chromium, Liberation Sans 10; county Joint Local Health and "
        "Wellbeing Strategy): priorities in left-ruled blocks, a small capitals 'Priority n' "
        "over the name, bold run-in 'Why this matters.', bold 'What we want to see by 2031' "
        "over bullets; margin boxes (title top right, page number bottom centre); child PDF "
        "(reportlab, Liberation Sans Narrow 10.5, A4 landscape; district action plan): "
        "'Our aims for 2027–28' numbered 1.–5. with a bold hanging number, then one table "
        "'No. | Action | Aim | Strategy priority | Lead service | By'; mast left / right over "
        "an accent rule, footer 'Page n' centred",
        goals=goals_, kids=kids,
    )


# =========================================================================== main


def main(argv: list[str]) -> None:
    """Build this folder's pairs and their gold, --verify them, or --twice: build everything
    twice and compare the sha256 of every file (all in pairkit.parents_main)."""
    pk.parents_main(argv, here=HERE, pairs=PAIRS, p14=_p14, p20=_p20, builder=BUILDER)


if __name__ == "__main__":
    main(sys.argv[1:])
