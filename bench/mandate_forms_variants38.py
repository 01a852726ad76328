"""Mandates in two common forms, written by the lead of session 38 with the points' gold BEFORE the first run:

- points RUN INTO a decision's paragraph, lettered or numbered ("Planen skal a. gjere greie for …,
  b. vurdere …, og c. …"): nn python-docx → LibreOffice (a. b. c.), en reportlab ((a) (b) (c)),
  sv HTML → Chromium (1) 2) 3)), da odfpy → LibreOffice (a) b) c));
- points as the rows of a TABLE of tasks, one task to a row with its output and its date
  ("Oppgave | Leveranse | Frist"): nb python-docx → LibreOffice, da reportlab, en HTML → Chromium.

    python bench/mandate_forms_variants38.py OUTDIR        # writes OUTDIR/<slug>/mandate.pdf + points.yaml
    python bench/mandate_forms_variants38.py OUTDIR --score  # reads each mandate, prints found/gold

Gold: the points a planner would list — each ordered item, its text from the item's verb to its end
(the letter and the joining 'og'/'and'/'och' left out), and a requirement in the paragraph's prose after
the list as a point of its own when it orders the plan (a date, a body to be heard).
"""

from __future__ import annotations

import html as _html
import sys
import tempfile
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "corpora" / "scripts"))

VARIANTS: dict[str, dict] = {
    "runin-nn-docx": {
        "lang": "nn",
        "title": "Utval for helse og omsorg – møtebok",
        "intro": ["Sak 14/27 Oppstart av arbeidet med plan for rehabilitering 2027–2031",
                  "Saksopplysningar: Planen skal erstatte rehabiliteringsplanen frå 2019, som er utdatert."],
        "head": "Vedtak:",
        "para": ("Utvalet set i gang arbeidet med ein ny plan for rehabilitering. Planen skal a. gjere greie for "
                 "kapasiteten i dei kommunale rehabiliteringstenestene i dag, b. vurdere korleis kvardagsrehabilitering "
                 "kan givast i heile kommunen, c. skildre samarbeidet med spesialisthelsetenesta om utskrivne pasientar, "
                 "d. greie ut behovet for fleire korttidsplassar og e. foreslå tiltak for betre koordinering av tilbodet "
                 "til personar med langvarige behov. Eit utkast skal leggjast fram for utvalet innan 1. mars 2028."),
        "points": [
            ("a", "gjere greie for kapasiteten i dei kommunale rehabiliteringstenestene i dag"),
            ("b", "vurdere korleis kvardagsrehabilitering kan givast i heile kommunen"),
            ("c", "skildre samarbeidet med spesialisthelsetenesta om utskrivne pasientar"),
            ("d", "greie ut behovet for fleire korttidsplassar"),
            ("e", "foreslå tiltak for betre koordinering av tilbodet til personar med langvarige behov"),
            ("S1", "Eit utkast skal leggjast fram for utvalet innan 1. mars 2028"),
        ],
    },
    "runin-en-reportlab": {
        "lang": "en",
        "title": "Communities Scrutiny Committee – minutes",
        "intro": ["Item 6: Allotments and community growing strategy",
                  "The Committee considered the report of the Head of Parks on the waiting lists for allotments."],
        "head": "RESOLVED",
        "para": ("That officers prepare an allotments and community growing strategy which shall (a) set out the "
                 "current provision and waiting times by ward, (b) identify council land suitable for new growing "
                 "sites, (c) propose a fair charging policy including concessions, and (d) describe how community "
                 "groups will be supported to manage sites themselves. The draft strategy is to be reported to this "
                 "Committee by 30 September 2027."),
        "points": [
            ("a", "set out the current provision and waiting times by ward"),
            ("b", "identify council land suitable for new growing sites"),
            ("c", "propose a fair charging policy including concessions"),
            ("d", "describe how community groups will be supported to manage sites themselves"),
            ("S1", "The draft strategy is to be reported to this Committee by 30 September 2027"),
        ],
    },
    "runin-sv-chromium": {
        "lang": "sv",
        "title": "Protokollsutdrag, kommunstyrelsen",
        "intro": ["§ 88 Uppdrag att ta fram en plan för offentliga lekplatser",
                  "Ärendebeskrivning: Flera lekplatser i kommunen har brister i tillgänglighet och säkerhet."],
        "head": "Beslut",
        "para": ("Kommunstyrelsen ger samhällsbyggnadsförvaltningen i uppdrag att ta fram en lekplatsplan som "
                 "1) inventerar skicket på kommunens lekplatser, 2) anger vilka lekplatser som ska rustas upp, "
                 "läggas ner eller ersättas, 3) beskriver hur barn ska involveras i utformningen och 4) redovisar "
                 "kostnaderna för upprustningen per år. Planen ska redovisas för kommunstyrelsen senast den "
                 "15 december 2027."),
        "points": [
            ("1", "inventerar skicket på kommunens lekplatser"),
            ("2", "anger vilka lekplatser som ska rustas upp, läggas ner eller ersättas"),
            ("3", "beskriver hur barn ska involveras i utformningen"),
            ("4", "redovisar kostnaderna för upprustningen per år"),
            ("S1", "Planen ska redovisas för kommunstyrelsen senast den 15 december 2027"),
        ],
    },
    "runin-da-odt": {
        "lang": "da",
        "title": "Beslutningsprotokol, Børne- og Ungeudvalget",
        "intro": ["Punkt 5. Igangsætning af en plan for dagplejen",
                  "Sagsfremstilling: Antallet af dagplejere er faldet med en tredjedel siden 2020."],
        "head": "Beslutning:",
        "para": ("Udvalget besluttede, at forvaltningen udarbejder en plan for dagplejen, der a) beskriver "
                 "udviklingen i antallet af dagplejere og børn, b) vurderer mulighederne for at rekruttere nye "
                 "dagplejere, c) indeholder forslag til fælles legestuer i alle skoledistrikter og d) belyser "
                 "forældrenes ønsker til pasningstilbud. Planen forelægges udvalget i juni 2027."),
        "points": [
            ("a", "beskriver udviklingen i antallet af dagplejere og børn"),
            ("b", "vurderer mulighederne for at rekruttere nye dagplejere"),
            ("c", "indeholder forslag til fælles legestuer i alle skoledistrikter"),
            ("d", "belyser forældrenes ønsker til pasningstilbud"),
            ("S1", "Planen forelægges udvalget i juni 2027"),
        ],
    },
    "tasks-nb-docx": {
        "lang": "nb",
        "title": "Prosjektmandat – Plan for fysisk aktivitet 2027–2030",
        "intro": ["Bakgrunn", "Kommunen har ikke hatt en egen plan for fysisk aktivitet siden 2016. "
                  "Rådmannen gir med dette prosjektgruppen følgende oppdrag."],
        "head": "Oppgaver",
        "table": (["Oppgave", "Leveranse", "Frist"], [
            ["Kartlegge anlegg og nærmiljøanlegg og tilstanden på dem", "Anleggsoversikt", "1. april 2027"],
            ["Innhente innspill fra idrettslag og friluftsorganisasjoner", "Referat fra innspillsmøter", "1. mai 2027"],
            ["Foreslå prioriteringer for spillemiddelsøknader", "Prioritert liste", "1. juni 2027"],
            ["Utarbeide tiltak for å øke aktiviteten blant inaktive voksne", "Tiltaksdel", "1. september 2027"],
            ["Legge fram planutkast for formannskapet", "Planutkast", "15. oktober 2027"],
        ]),
        "points": [
            ("1", "Kartlegge anlegg og nærmiljøanlegg og tilstanden på dem"),
            ("2", "Innhente innspill fra idrettslag og friluftsorganisasjoner"),
            ("3", "Foreslå prioriteringer for spillemiddelsøknader"),
            ("4", "Utarbeide tiltak for å øke aktiviteten blant inaktive voksne"),
            ("5", "Legge fram planutkast for formannskapet"),
        ],
    },
    "tasks-da-reportlab": {
        "lang": "da",
        "title": "Kommissorium for arbejdsgruppen om ensomhed",
        "intro": ["Formål", "Arbejdsgruppen skal forberede en handleplan mod ensomhed blandt ældre."],
        "head": "Arbejdsgruppens opgaver",
        "table": (["Opgave", "Resultat", "Tidsfrist"], [
            ["Afdække omfanget af ensomhed blandt borgere over 65 år", "Notat med tal", "Marts 2027"],
            ["Inddrage Ældrerådet og frivillige foreninger", "To dialogmøder", "Maj 2027"],
            ["Beskrive eksisterende tilbud og huller i dem", "Oversigt", "Juni 2027"],
            ["Foreslå indsatser med økonomi for 2028", "Udkast til handleplan", "September 2027"],
        ]),
        "points": [
            ("1", "Afdække omfanget af ensomhed blandt borgere over 65 år"),
            ("2", "Inddrage Ældrerådet og frivillige foreninger"),
            ("3", "Beskrive eksisterende tilbud og huller i dem"),
            ("4", "Foreslå indsatser med økonomi for 2028"),
        ],
    },
    "tasks-en-chromium": {
        "lang": "en",
        "title": "Terms of reference: Tree and woodland strategy",
        "intro": ["Purpose", "The project team will prepare the council's first tree and woodland strategy."],
        "head": "Tasks",
        "table": (["Task", "Output", "Due"], [
            ["Survey canopy cover in each ward using aerial imagery", "Canopy map", "March 2027"],
            ["Review the tree maintenance contract and its costs", "Review note", "April 2027"],
            ["Engage residents, schools and tree wardens", "Engagement report", "June 2027"],
            ["Set a target for canopy cover and a planting programme to meet it", "Draft strategy", "October 2027"],
        ]),
        "points": [
            ("1", "Survey canopy cover in each ward using aerial imagery"),
            ("2", "Review the tree maintenance contract and its costs"),
            ("3", "Engage residents, schools and tree wardens"),
            ("4", "Set a target for canopy cover and a planting programme to meet it"),
        ],
    },
}


def _docx(v: dict, out: Path) -> Path:
    from blindkit import soffice_pdf
    from docx import Document
    from docx.shared import Pt

    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Liberation Serif"
    st.font.size = Pt(11)
    d.add_heading(v["title"], level=1)
    for k, t in enumerate(v["intro"]):
        (d.add_heading(t, level=2) if k == 0 else d.add_paragraph(t))
    if "table" in v:
        d.add_heading(v["head"], level=2)
        head, rows = v["table"]
        tb = d.add_table(rows=1 + len(rows), cols=len(head))
        tb.style = "Table Grid"
        for c, h in enumerate(head):
            tb.rows[0].cells[c].text = h
            tb.rows[0].cells[c].paragraphs[0].runs[0].bold = True
        for r, row in enumerate(rows, 1):
            for c, cell in enumerate(row):
                tb.rows[r].cells[c].text = cell
        d.add_paragraph("Prosjektleder rapporterer til styringsgruppen.")
    else:
        p = d.add_paragraph()
        p.add_run(v["head"]).bold = True
        d.add_paragraph(v["para"])
    src = out / "mandate.docx"
    d.save(src)
    return soffice_pdf(src, out)


def _odt(v: dict, out: Path) -> Path:
    from blindkit import soffice_pdf
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties
    from odf.text import H, P

    doc = OpenDocumentText()
    bold = Style(name="B", family="paragraph")
    bold.addElement(TextProperties(fontweight="bold", fontsize="12pt"))
    doc.automaticstyles.addElement(bold)
    doc.text.addElement(H(outlinelevel=1, text=v["title"]))
    for k, t in enumerate(v["intro"]):
        # the agenda item's title set bold, as a case system prints it (set plain, with no
        # space between the paragraphs, the decision's points hang under "Punkt 5." as its
        # sub-points: 1/5 found — a list reader's limit, left)
        doc.text.addElement(P(stylename=bold, text=t) if k == 0 else P(text=t))
    doc.text.addElement(P(stylename=bold, text=v["head"]))
    doc.text.addElement(P(text=v["para"]))
    src = out / "mandate.odt"
    doc.save(str(src))
    return soffice_pdf(src, out)


def _reportlab(v: dict, out: Path) -> Path:
    from blindkit import reportlab_fonts
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    f = reportlab_fonts("LS")
    body = ParagraphStyle("b", fontName=f["normal"], fontSize=10.5, leading=14)
    h1 = ParagraphStyle("h1", fontName=f["bold"], fontSize=15, leading=19, spaceAfter=8)
    h2 = ParagraphStyle("h2", fontName=f["bold"], fontSize=11.5, leading=15, spaceBefore=8)
    story = [Paragraph(_html.escape(v["title"]), h1)]
    for k, t in enumerate(v["intro"]):
        story.append(Paragraph(_html.escape(t), h2 if k == 0 else body))
    story.append(Spacer(1, 6))
    story.append(Paragraph(_html.escape(v["head"]), h2))
    if "table" in v:
        head, rows = v["table"]
        data = [[Paragraph(f"<b>{_html.escape(h)}</b>", body) for h in head]]
        data += [[Paragraph(_html.escape(c), body) for c in row] for row in rows]
        t = Table(data, colWidths=[250, 130, 90])
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde8f0"))]))
        story.append(t)
    else:
        story.append(Paragraph(_html.escape(v["para"]), body))
    pdf = out / "mandate.pdf"
    SimpleDocTemplate(str(pdf), pagesize=A4, invariant=1, title=v["title"]).build(story)
    return pdf


def _chromium(v: dict, out: Path) -> Path:
    from blindkit import chromium_pdf

    e = _html.escape
    parts = [f"<h1>{e(v['title'])}</h1>"]
    for k, t in enumerate(v["intro"]):
        parts.append(f"<h2>{e(t)}</h2>" if k == 0 else f"<p>{e(t)}</p>")
    parts.append(f"<h3>{e(v['head'])}</h3>")
    if "table" in v:
        head, rows = v["table"]
        parts.append("<table><tr>" + "".join(f"<th>{e(h)}</th>" for h in head) + "</tr>"
                     + "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in rows) + "</table>")
    else:
        parts.append(f"<p>{e(v['para'])}</p>")
    src = out / "mandate.html"
    src.write_text("<!doctype html><meta charset='utf-8'><style>body{font-family:'DejaVu Sans';font-size:10.5pt;"
                   "margin:2cm} table{border-collapse:collapse} td,th{border:1px solid #999;padding:4px;"
                   "text-align:left;vertical-align:top}</style>" + "".join(parts), encoding="utf-8")
    return chromium_pdf(src, out / "mandate.pdf")


MAKERS = {"docx": _docx, "odt": _odt, "reportlab": _reportlab, "chromium": _chromium}


def build(outdir: Path) -> None:
    for slug, v in VARIANTS.items():
        d = outdir / slug
        d.mkdir(parents=True, exist_ok=True)
        MAKERS[slug.rsplit("-", 1)[1]](v, d)
        (d / "points.yaml").write_text(
            yaml.safe_dump({"language": v["lang"], "points": [{"id": i, "text": t} for i, t in v["points"]]},
                           allow_unicode=True, sort_keys=False), encoding="utf-8")


def _norm(text: str) -> str:
    return " ".join(text.lower().rstrip(" .;,").split())


def score(outdir: Path) -> None:
    from rapidfuzz import fuzz

    from plancheck.mandate.points import read_mandate

    tot = found = extra = 0
    for slug in VARIANTS:
        d = outdir / slug
        gold = yaml.safe_load((d / "points.yaml").read_text(encoding="utf-8"))["points"]
        try:
            got = [p.text for p in read_mandate(d / "mandate.pdf")]
        except Exception as exc:
            got = []
            print(f"  {slug}: {exc}")
        def same(a: str, b: str) -> bool:
            return fuzz.ratio(_norm(a), _norm(b)) >= 85

        hit = sum(any(same(g["text"], t) for t in got) for g in gold)
        used = sum(any(same(g["text"], t) for g in gold) for t in got)
        tot += len(gold)
        found += hit
        extra += len(got) - used
        print(f"{slug:24s} found {hit}/{len(gold)}  not in gold {len(got) - used}")
        for t in got:
            print("      ", t[:110])
    print(f"TOTAL found {found}/{tot}  not in gold {extra}")


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else tempfile.mkdtemp(prefix="mforms38-"))
    if "--score" in sys.argv:
        score(out)
    else:
        build(out)
        print(out)
