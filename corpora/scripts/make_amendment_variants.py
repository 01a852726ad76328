"""Three hand-built variants of a council decision that adopts a draft with amendments, the draft
printed unchanged after it (the form of batch 32's digital-inkludering-vedtak-nb), for the
amendment reader (plancheck/extract/amendments.py). Gold is the plan AS ADOPTED and was written
with the sources, before plancheck read them.

- vedtak-nn: a nynorsk 'Kommunestyret sitt vedtak' in Word (python-docx → LibreOffice) before
  the draft in Writer (odfpy .odt → LibreOffice), the two PDFs joined (pdfunite).
- council-minute-en: an English council minute 'RESOLVED that the plan be adopted subject to the
  following amendments' before the plan, one HTML page printed by Chromium; one amendment names
  an action the plan does not have (it must change nothing).
- beslut-sv: a Swedish 'Kommunfullmäktiges beslut' 'med följande ändringar' (reportlab); an
  amendment moves a deadline after the period back into it (the finding goes).

Usage: python corpora/scripts/make_amendment_variants.py OUTDIR
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path


def _q(s: str) -> str:
    return '"' + s.replace('"', '\\"') + '"'


def gold(path: Path, doc: str, lang: str, title: str, period: tuple[int, int], goals: list, measures: list,
         findings: list, notes: str) -> None:
    out = [f"# Gold for {doc}: written with the source, before plancheck read it (plan AS ADOPTED).",
           f"document: {doc}", "held_out: true", f"language: {lang}", f"title: {_q(title)}",
           f"plan_period: {{start: {period[0]}, end: {period[1]}}}", "vision: null", "notes: |", f"  {notes}",
           "focus_areas: []", "goals:"]
    for gid, text, page in goals:
        out.append(f"  - {{id: {_q(gid)}, text: {_q(text)}, kind: \"goal\", page: {page}}}")
    out.append("strategies: []")
    out.append("measures:")
    for mid, text, page, gids, owners, deadline, kind in measures:
        dl = _q(deadline) if deadline else "null"
        out.append(f"  - {{id: {_q(mid)}, text: {_q(text)}, page: {page}, goals: [{', '.join(_q(g) for g in gids)}], "
                   f"strategies: [], owners: [{', '.join(_q(o) for o in owners)}], deadline: {dl}, deadline_kind: {_q(kind)}}}")
    out.append("findings:" + ("" if findings else " []"))
    for rule, sev, quote, page in findings:
        out.append(f"  - {{rule: {_q(rule)}, severity: {_q(sev)}, quote: {_q(quote)}, page: {page}}}")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def soffice(src: Path, outdir: Path) -> Path:
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(outdir), str(src)],
                   check=True, capture_output=True)
    return outdir / (src.stem + ".pdf")


# --------------------------------------------------------------------------- nn: Word vedtak + odt draft

NN_GOALS = [
    ("Mål 1", "Ingen skal bli drepne eller hardt skadde i trafikken i Fjellvik", [
        ("1.1", "Byggje fortau langs Skulevegen frå sentrum til Fjellvik skule", "Teknisk eining", "2027"),
        ("1.2", "Setje ned fartsgrensa til 30 km/t ved alle skular og barnehagar", "Teknisk eining", "2028")]),
    ("Mål 2", "Born og unge skal lære å ferdast trygt i trafikken", [
        ("2.1", "Gi alle 6. klassar sykkelopplæring med praktisk prøve", "Oppvekst", "2026"),
        ("2.2", "Kjøpe inn ein trafikksimulator til ungdomsskulen", "Oppvekst", "2027")]),
    ("Mål 3", "Fleire skal gå og sykle til skule og arbeid", [
        ("3.1", "Merke og skilte sykkelvegnettet i sentrum", "Teknisk eining", "2029"),
        ("3.2", "Arrangere kampanjen «Gå til skulen» for alle barneskulane", "Folkehelse", "2026")]),
]


def build_nn(out: Path) -> None:
    import docx
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TableColumnProperties, TextProperties
    from odf.table import Table, TableCell, TableColumn, TableRow
    from odf.text import H, P

    slug = "trafikktryggleik-vedtak-nn"
    d = out / slug
    d.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        w = docx.Document()
        w.add_heading("Saksprotokoll – Kommunestyret 18.03.2026, sak 14/26", level=1)
        w.add_paragraph("Handlingsplan for trafikktryggleik 2026–2029 – slutthandsaming")
        w.add_heading("Kommunestyret sitt vedtak", level=2)
        w.add_paragraph("Handlingsplan for trafikktryggleik 2026–2029 vert vedteken med desse endringane:")
        for s in ["a) Tiltak 2.2 vert stroke.",
                  "b) Fristen for tiltak 1.2 vert endra frå 2028 til 2027.",
                  "c) Ansvaret for tiltak 3.1 vert flytta frå Teknisk eining til Plan og byggesak.",
                  "d) Nytt tiltak 2.3 under mål 2: Gjennomføre refleksaksjon på alle barneskulane. "
                  "Ansvar: Oppvekst. Frist: 2026."]:
            w.add_paragraph(s)
        w.add_paragraph("Planen skal rullerast i 2029.")
        w.add_paragraph("Vedtaket var samrøystes.")
        w.save(t / "vedtak.docx")
        p1 = soffice(t / "vedtak.docx", t)

        o = OpenDocumentText()
        bold = Style(name="Bold", family="paragraph")
        bold.addElement(TextProperties(fontweight="bold"))
        o.styles.addElement(bold)
        wide = Style(name="Wide", family="table-column")
        wide.addElement(TableColumnProperties(columnwidth="9cm"))
        narrow = Style(name="Narrow", family="table-column")
        narrow.addElement(TableColumnProperties(columnwidth="3cm"))
        o.automaticstyles.addElement(wide)
        o.automaticstyles.addElement(narrow)
        o.text.addElement(H(outlinelevel=1, text="Handlingsplan for trafikktryggleik 2026–2029"))
        o.text.addElement(P(text="Framlegg frå kommunedirektøren, februar 2026. Endringane i vedtaket er ikkje "
                                 "arbeidde inn i teksten."))
        for label, goal, rows in NN_GOALS:
            o.text.addElement(H(outlinelevel=2, text=label))
            o.text.addElement(P(stylename=bold, text=goal))
            tab = Table(name=label.replace(" ", ""))
            for st in (narrow, wide, narrow, narrow):
                tab.addElement(TableColumn(stylename=st))
            for cells in [("Nr", "Tiltak", "Ansvar", "Frist"), *rows]:
                tr = TableRow()
                for c in cells:
                    tc = TableCell()
                    tc.addElement(P(text=c))
                    tr.addElement(tc)
                tab.addElement(tr)
            o.text.addElement(tab)
        o.save(str(t / "utkast.odt"))
        p2 = soffice(t / "utkast.odt", t)
        subprocess.run(["pdfunite", str(p1), str(p2), str(d / f"{slug}.pdf")], check=True)
    gold(d / f"{slug}.gold.yaml", f"{slug}.pdf", "nn", "Handlingsplan for trafikktryggleik 2026–2029", (2026, 2029),
         [("M1", NN_GOALS[0][1], 2), ("M2", NN_GOALS[1][1], 2), ("M3", NN_GOALS[2][1], 2)],
         [("T1", NN_GOALS[0][2][0][1], 2, ["M1"], ["Teknisk eining"], "2027", "period"),
          ("T2", NN_GOALS[0][2][1][1], 2, ["M1"], ["Teknisk eining"], "2027", "period"),
          ("T3", NN_GOALS[1][2][0][1], 2, ["M2"], ["Oppvekst"], "2026", "period"),
          ("T4", "Gjennomføre refleksaksjon på alle barneskulane", 1, ["M2"], ["Oppvekst"], "2026", "period"),
          ("T5", NN_GOALS[2][2][0][1], 2, ["M3"], ["Plan og byggesak"], "2029", "period"),
          ("T6", NN_GOALS[2][2][1][1], 2, ["M3"], ["Folkehelse"], "2026", "period")],
         [], "Vedtak (Word) before the unchanged draft (odt): 2.2 struck, 1.2 frist 2028→2027, 3.1 ansvar moved, new 2.3.")


# --------------------------------------------------------------------------- en: HTML council minute

EN_GOALS = [
    ("Goal 1", "Nobody is killed or seriously injured on the district's roads by 2030", [
        ("1.1", "Lower the speed limit to 20 mph outside all schools", "Highways", "2027"),
        ("1.2", "Install average speed cameras on the A38 corridor", "Highways", "2028"),
        ("1.3", "Run a speed awareness campaign for young drivers", "Communications", "2026")]),
    ("Goal 2", "More children travel to school safely on foot or by bike", [
        ("2.1", "Offer Bikeability training to every Year 6 pupil", "Education", "December 2027"),
        ("2.2", "Create school streets at ten primary schools", "Highways", "2029")]),
    ("Goal 3", "More journeys within the town are made by bicycle", [
        ("3.1", "Build a segregated cycle lane on Station Road", "Highways", "2029"),
        ("3.2", "Publish a town cycle map", "Communications", "2026")]),
]


def build_en(out: Path) -> None:
    slug = "road-safety-council-minute-en"
    d = out / slug
    d.mkdir(parents=True, exist_ok=True)
    parts = ["<html><head><meta charset='utf-8'><style>body{font-family:Arial;font-size:11pt}"
             "table{border-collapse:collapse;width:100%}td,th{border:1px solid #888;padding:4px;text-align:left}"
             ".page{page-break-after:always}</style></head><body>",
             "<div class='page'><h1>Kingsbridge District Council</h1><h2>Minutes of the Cabinet, 14 May 2026</h2>",
             "<h3>47/26 Road Safety Action Plan 2026–2030</h3>",
             "<p>The Cabinet considered the report of the Director of Place.</p>",
             "<p><b>RESOLVED</b> that the plan be adopted subject to the following amendments:</p><ol type='a'>",
             "<li>Action 1.3 is deleted.</li>",
             "<li>The deadline for action 2.1 is amended to read March 2027.</li>",
             "<li>Responsibility for action 2.2 is transferred from Highways to Public Health.</li>",
             "<li>A new action 3.3 is added under Goal 3: Install secure cycle parking at all council offices. "
             "Lead: Estates. Deadline: 2028.</li>",
             "<li>Action 4.1 is deleted.</li></ol>",
             "<p>The plan will be reviewed in 2028.</p></div>",
             "<div><h1>Road Safety Action Plan 2026–2030</h1><p>Draft for Cabinet, April 2026.</p>"]
    for label, goal, rows in EN_GOALS:
        parts.append(f"<h2>{label}</h2><p><b>{goal}</b></p><table><tr><th>Ref</th><th>Action</th><th>Lead</th>"
                     "<th>By when</th></tr>")
        parts += [f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{e}</td></tr>" for a, b, c, e in rows]
        parts.append("</table>")
    parts.append("</div></body></html>")
    with tempfile.TemporaryDirectory() as tmp:
        html = Path(tmp) / "p.html"
        html.write_text("".join(parts), encoding="utf-8")
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--print-to-pdf={d / (slug + '.pdf')}", html.as_uri()], check=True, capture_output=True)
    g = EN_GOALS
    gold(d / f"{slug}.gold.yaml", f"{slug}.pdf", "en", "Road Safety Action Plan 2026–2030", (2026, 2030),
         [("M1", g[0][1], 2), ("M2", g[1][1], 2), ("M3", g[2][1], 2)],
         [("T1", g[0][2][0][1], 2, ["M1"], ["Highways"], "2027", "period"),
          ("T2", g[0][2][1][1], 2, ["M1"], ["Highways"], "2028", "period"),
          ("T3", g[1][2][0][1], 2, ["M2"], ["Education"], "March 2027", "period"),
          ("T4", g[1][2][1][1], 2, ["M2"], ["Public Health"], "2029", "period"),
          ("T5", g[2][2][0][1], 2, ["M3"], ["Highways"], "2029", "period"),
          ("T6", g[2][2][1][1], 2, ["M3"], ["Communications"], "2026", "period"),
          ("T7", "Install secure cycle parking at all council offices", 1, ["M3"], ["Estates"], "2028", "period")],
         [], "Council minute (HTML → Chromium): 1.3 deleted, 2.1 deadline amended to read, 2.2 moved, new 3.3; "
             "'Action 4.1 is deleted' names no action of the plan and changes nothing.")


# --------------------------------------------------------------------------- sv: reportlab beslut

SV_GOALS = [
    ("Mål 1", "Fler invånare ska ha ett friluftsområde inom en kilometer från bostaden", [
        ("1.1", "Anlägga ett nytt motionsspår i Västra skogen", "Samhällsbyggnadsförvaltningen", "2027"),
        ("1.2", "Rusta upp vindskyddet vid Stora sjön", "Kultur- och fritidsförvaltningen", "2026"),
        ("1.3", "Köpa in mark för ett naturreservat vid Åsen", "Samhällsbyggnadsförvaltningen", "2031")]),
    ("Mål 2", "Friluftslivet ska vara tillgängligt för personer med funktionsnedsättning", [
        ("2.1", "Bygga en tillgänglig brygga vid Lillsjöns badplats", "Kultur- och fritidsförvaltningen", "2028"),
        ("2.2", "Märka upp tre leder med information om underlag och lutning", "Kultur- och fritidsförvaltningen",
         "2027")]),
]


def build_sv(out: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

    slug = "friluftsliv-beslut-sv"
    d = out / slug
    d.mkdir(parents=True, exist_ok=True)
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    body.fontName = "Helvetica"
    story = [Paragraph("Protokollsutdrag – Kommunfullmäktige 2026-04-20, § 38", ss["Heading1"]),
             Paragraph("Handlingsplan för friluftsliv 2026–2029", body),
             Paragraph("Kommunfullmäktiges beslut", ss["Heading2"]),
             Paragraph("Kommunfullmäktige antar handlingsplanen med följande ändringar:", body)]
    for s in ["1. Åtgärd 1.2 utgår.",
              "2. Tidplanen för åtgärd 1.3 ändras från 2031 till 2029.",
              "3. Ansvaret för åtgärd 2.1 flyttas från Kultur- och fritidsförvaltningen till Samhällsbyggnadsförvaltningen.",
              "4. Ny åtgärd 2.3 under mål 2: Ta fram en karta över tillgängliga badplatser. "
              "Ansvarig: Kultur- och fritidsförvaltningen. Klart: 2027."]:
        story.append(Paragraph(s, body))
    story += [Paragraph("Beslutet är enhälligt.", body), PageBreak(),
              Paragraph("Handlingsplan för friluftsliv 2026–2029", ss["Heading1"]),
              Paragraph("Förslag från kommunstyrelsen. Ändringarna i fullmäktiges beslut är inte införda.", body)]
    for label, goal, rows in SV_GOALS:
        story.append(Paragraph(label, ss["Heading2"]))
        story.append(Paragraph(f"<b>{goal}</b>", body))
        data = [["Nr", "Åtgärd", "Ansvarig", "Klart"]] + [
            [a, Paragraph(b, body), Paragraph(c, body), e] for a, b, c, e in rows]
        tab = Table(data, colWidths=[30, 230, 170, 50])
        tab.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "#888888"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story.append(tab)
    SimpleDocTemplate(str(d / f"{slug}.pdf"), pagesize=A4).build(story)
    g = SV_GOALS
    gold(d / f"{slug}.gold.yaml", f"{slug}.pdf", "sv", "Handlingsplan för friluftsliv 2026–2029", (2026, 2029),
         [("M1", g[0][1], 2), ("M2", g[1][1], 2)],
         [("T1", g[0][2][0][1], 2, ["M1"], ["Samhällsbyggnadsförvaltningen"], "2027", "period"),
          ("T2", g[0][2][2][1], 2, ["M1"], ["Samhällsbyggnadsförvaltningen"], "2029", "period"),
          ("T3", g[1][2][0][1], 2, ["M2"], ["Samhällsbyggnadsförvaltningen"], "2028", "period"),
          ("T4", g[1][2][1][1], 2, ["M2"], ["Kultur- och fritidsförvaltningen"], "2027", "period"),
          ("T5", "Ta fram en karta över tillgängliga badplatser", 1, ["M2"], ["Kultur- och fritidsförvaltningen"],
           "2027", "period")],
         [], "Beslut (reportlab) before the unchanged förslag: 1.2 utgår, 1.3 tidplan 2031→2029 (no "
             "deadline-within-plan-period finding), 2.1 ansvar moved, new 2.3.")


if __name__ == "__main__":
    target = Path(sys.argv[1])
    build_nn(target)
    build_en(target)
    build_sv(target)
