"""Hand-built variants of a goal diagram: boxes joined by drawn connector lines (a driver diagram,
a goal tree / målhierarki), the form of batch 33's falls-driver-diagram-en, for layout/flowboxes'
connector links. Gold written with the sources, before plancheck read them.

- maalhierarki-tre-nb: HTML → Chromium, TOP-DOWN goal tree (hovedmål → delmål → tiltak) of CSS
  boxes and SVG lines: a bus (trunk, bar, drops) from the hovedmål to the delmål, one elbow path
  from a delmål to each of its tiltak; one tiltak joined to two delmål (two links), one delmål with
  no tiltak, no level labels, a reading-guide box joined to nothing (no item). 'Ansvar:' /
  'Frist:' on a smaller line in the tiltak box.
- drivkrafter-pilar-sv: reportlab, LEFT-TO-RIGHT driver diagram with rounded boxes and ARROWS
  (a line and a filled arrowhead), column heads 'Mål | Primära drivkrafter | Förändringsidéer';
  one idea reached by two arrows, a rounded box in the ideas column joined to nothing (no item);
  'Ansvarig:' / 'Tidplan:' on a smaller line.
- logic-model-crossing-en: reportlab, a LOGIC MODEL 'Activities | Short-term outcomes | Long-term
  outcome' (measures first), each column a shaded band its boxes touch on both sides, the lines
  from the activities to the outcomes CROSSING; one activity joined to two outcomes.

Usage: python corpora/scripts/make_goal_tree_variants.py OUTDIR
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from html import escape
from pathlib import Path


def _q(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def gold(path: Path, doc: str, lang: str, title: str, period: tuple[int, int], main: str, goals: list[str],
         measures: list, findings: list, notes: str) -> None:
    """Gold with a main goal (A1), goals D1… refining it, measures C1… linked to goals by number."""
    out = [f"# Gold for {doc}: written with the source, before plancheck read it.", f"document: {doc}",
           f"language: {lang}", f"title: {_q(title)}", f"plan_period: {{start: {period[0]}, end: {period[1]}}}",
           "vision: null", "notes: |", f"  {notes}", "focus_areas: []", "goals:",
           f"  - {{id: \"A1\", text: {_q(main)}, kind: \"main_goal\", page: 1}}"]
    for i, text in enumerate(goals, 1):
        out.append(f"  - {{id: \"D{i}\", text: {_q(text)}, kind: \"goal\", page: 1, parent: \"A1\"}}")
    out += ["strategies: []", "measures:"]
    for i, (text, gs, owners, deadline, kind) in enumerate(measures, 1):
        dl = _q(deadline) if deadline else "null"
        out.append(f"  - {{id: \"C{i}\", text: {_q(text)}, page: 1, goals: [{', '.join(_q(f'D{g}') for g in gs)}], "
                   f"strategies: [], owners: [{', '.join(_q(o) for o in owners)}], deadline: {dl}, "
                   f"deadline_kind: {_q(kind)}}}")
    out.append("findings:" + ("" if findings else " []"))
    for rule, sev, quote in findings:
        out.append(f"  - {{rule: {_q(rule)}, severity: {_q(sev)}, quote: {_q(quote)}, page: 1}}")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


# --------------------------------------------------------------------------- nb: top-down tree, HTML

NB_MAIN = "Innbyggerne i Lundvik lever flere gode leveår"
NB_GOALS = ["Flere barn og unge er fysisk aktive hver dag", "Færre eldre opplever ensomhet",
            "Flere innbyggere har et sunt kosthold"]
# (text, delmål numbers, Ansvar or None, Frist or None, owners, deadline kind)
NB_MEASURES = [
    ("Innføre daglig fysisk aktivitet i alle barneskoler", [1], "Oppvekst", "2027", ["Oppvekst"], "period"),
    ("Åpne idrettshallene for fri bruk i helgene", [1], "Kultur og idrett", "høsten 2026", ["Kultur og idrett"],
     "period"),
    ("Starte møteplasser for eldre og unge i bibliotekene", [1, 2], "Biblioteket", "2028", ["Biblioteket"], "period"),
    ("Etablere en frivilligsentral med besøksvenner", [2], "Helse og omsorg", "Løpende", ["Helse og omsorg"],
     "continuous"),
    ("Tilby gratis seniortrim i alle bydeler", [2], None, "2029", [], "period"),
]


def build_nb(out: Path) -> None:
    slug = "maalhierarki-tre-nb"
    d = out / slug
    d.mkdir(parents=True, exist_ok=True)
    W = 1000  # px, the tree's width (A4 landscape at 96 dpi is ~1047 px wide inside the margins)
    boxes: dict[str, tuple[int, int, int, int, str, str]] = {}  # id → x, y, w, h, html, class
    boxes["A"] = (W // 2 - 170, 0, 340, 62, escape(NB_MAIN), "main")
    gx = [160, 500, 840]
    for i, t in enumerate(NB_GOALS):
        boxes[f"D{i + 1}"] = (gx[i] - 140, 120, 280, 56, escape(t), "goal")
    mx = [100, 300, 500, 700, 900]
    for i, (t, _g, lead, due, *_r) in enumerate(NB_MEASURES):
        meta = "  ·  ".join(x for x in ((f"Ansvar: {lead}" if lead else ""), (f"Frist: {due}" if due else "")) if x)
        html = f"{escape(t)}<div class='meta'>{escape(meta)}</div>"
        boxes[f"C{i + 1}"] = (mx[i] - 90, 250, 180, 92, html, "idea")
    guide = ("<div class='guide' style='left:0;top:400px;width:420px'>Slik leser du målhierarkiet: hovedmålet "
             "øverst, delmålene under det og tiltakene nederst. En strek viser hvilket delmål et tiltak "
             "bidrar til.</div>")

    def bottom(k):
        x, y, w, h, *_ = boxes[k]
        return x + w / 2, y + h

    def top(k):
        x, y, w, _h, *_ = boxes[k]
        return x + w / 2, y

    ax, ay = bottom("A")
    bar = 95
    lines = [f"<line x1='{ax}' y1='{ay}' x2='{ax}' y2='{bar}'/>",
             f"<line x1='{gx[0]}' y1='{bar}' x2='{gx[-1]}' y2='{bar}'/>"]
    for i in range(len(NB_GOALS)):
        x, y = top(f"D{i + 1}")
        lines.append(f"<line x1='{x}' y1='{bar}' x2='{x}' y2='{y}'/>")
    for i, (_t, gs, *_r) in enumerate(NB_MEASURES):
        x2, y2 = top(f"C{i + 1}")
        for g in gs:
            x1, y1 = bottom(f"D{g}")
            mid = (y1 + y2) / 2 + (g - 1) * 6
            lines.append(f"<path d='M {x1} {y1} V {mid} H {x2} V {y2}'/>")
    divs = "".join(f"<div class='box {c}' style='left:{x}px;top:{y}px;width:{w}px;height:{h}px'>{t}</div>"
                   for x, y, w, h, t, c in boxes.values())
    html = ("<html><head><meta charset='utf-8'><style>@page{size:A4 landscape;margin:14mm}"
            "body{font-family:'Liberation Sans',Arial;font-size:10pt;margin:0}"
            "h1{font-size:18pt;color:#1d4e6b;margin:0 0 4pt}p{margin:0 0 10pt;max-width:900px}"
            ".tree{position:relative;width:1000px;height:470px}"
            ".box{position:absolute;box-sizing:border-box;padding:6px 8px;border:1.5px solid #1d4e6b;"
            "background:#eef5f9;font-size:9.5pt}"
            ".main{background:#1d4e6b;color:white;font-weight:bold;font-size:11pt;text-align:center}"
            ".goal{font-weight:bold;background:#d6e8f2;text-align:center}"
            ".idea{background:white;font-size:9pt}.meta{font-size:7.5pt;color:#444;margin-top:4px}"
            ".guide{position:absolute;font-size:8.5pt;border:1px solid #aaa;background:#fafafa;padding:6px}"
            "svg{position:absolute;left:0;top:0}svg line,svg path{stroke:#333;stroke-width:1.2;fill:none}"
            "</style></head><body>"
            "<h1>Folkehelseplan for Lundvik 2026–2029</h1>"
            "<p>Planen er vedtatt av kommunestyret 12. februar 2026. Målhierarkiet under er planens "
            "handlingsdel.</p>"
            f"<div class='tree'><svg width='1000' height='470'>{''.join(lines)}</svg>{divs}{guide}</div>"
            "</body></html>")
    with tempfile.TemporaryDirectory() as tmp:
        p = Path(tmp) / "p.html"
        p.write_text(html, encoding="utf-8")
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--print-to-pdf={d / (slug + '.pdf')}", p.as_uri()], check=True, capture_output=True)
    findings = [("measure-has-deadline", "warning", NB_MEASURES[3][0]),
                ("measure-has-owner", "error", NB_MEASURES[4][0]),
                ("goal-has-measure", "error", NB_GOALS[2])]
    gold(d / f"{slug}.gold.yaml", f"{slug}.pdf", "nb", "Folkehelseplan for Lundvik 2026–2029", (2026, 2029),
         NB_MAIN, NB_GOALS, [(t, g, own, due, kind) for t, g, _l, due, own, kind in NB_MEASURES], findings,
         "Top-down goal tree (HTML, CSS boxes, SVG lines): hovedmål → delmål (bus) → tiltak (elbow paths); "
         "tiltak 3 under delmål 1 and 2; delmål 3 without tiltak; the reading-guide box is joined to nothing.")


# --------------------------------------------------------------------------- sv: left-to-right, arrows

SV_MAIN = "Andelen trycksår i kommunens särskilda boenden ska halveras till 2028"
SV_GOALS = ["Risk för trycksår upptäcks tidigt", "Personalen har kunskap om förebyggande vård",
            "Rätt hjälpmedel finns på plats"]
SV_MEASURES = [
    ("Göra en riskbedömning enligt Nortonskalan vid varje inflyttning", [1], "Sjuksköterskorna", "2026",
     ["Sjuksköterskorna"], "period"),
    ("Inspektera huden vid varje morgontoalett", [1, 2], "Undersköterskorna", "Löpande", ["Undersköterskorna"],
     "continuous"),
    ("Utbilda all omvårdnadspersonal i trycksårsprevention", [2], "Vård- och omsorgsförvaltningen", "hösten 2026",
     ["Vård- och omsorgsförvaltningen"], "period"),
    ("Införa en gemensam rutin för lägesändring nattetid", [2], None, "2027", [], "period"),
    ("Köpa in tryckavlastande madrasser till alla boenden", [3], "Hjälpmedelscentralen", None,
     ["Hjälpmedelscentralen"], "none"),
]


def build_sv(out: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Paragraph

    slug = "drivkrafter-pilar-sv"
    d = out / slug
    d.mkdir(parents=True, exist_ok=True)
    pw, ph = landscape(A4)
    c = Canvas(str(d / f"{slug}.pdf"), pagesize=(pw, ph), invariant=1)
    green = colors.HexColor("#2f6b3a")
    c.setFont("Helvetica-Bold", 18)
    c.setFillColor(green)
    c.drawString(40, ph - 50, "Förbättringsplan för trycksårsprevention 2026–2028")
    c.setFont("Helvetica", 10)
    c.setFillColor(colors.black)
    c.drawString(40, ph - 68, "Antagen av vård- och omsorgsnämnden den 20 januari 2026. Drivkraftsdiagrammet är planens "
                 "åtgärdsdel.")
    xa, wa, xd, wd, xi, wi = 40, 170, 270, 200, 540, 260
    head_y = ph - 100
    c.setFont("Helvetica-Bold", 10)
    c.setFillColor(green)
    for x, t in ((xa, "Mål"), (xd, "Primära drivkrafter"), (xi, "Förändringsidéer")):
        c.drawString(x, head_y, t)
    idea = ParagraphStyle("i", fontName="Helvetica", fontSize=8.5, leading=10.5)
    meta = ParagraphStyle("m", fontName="Helvetica", fontSize=7, leading=9, textColor=colors.HexColor("#555555"))
    drv = ParagraphStyle("d", fontName="Helvetica-Bold", fontSize=9.5, leading=12, textColor=green)
    aim = ParagraphStyle("a", fontName="Helvetica-Bold", fontSize=10.5, leading=13.5, textColor=colors.white)

    def rounded(x, y_top, w, h, fill, stroke=True):
        c.setFillColor(fill)
        c.setStrokeColor(green)
        c.setLineWidth(0.8)
        c.roundRect(x, y_top - h, w, h, 6, fill=1, stroke=1 if stroke else 0)

    def arrow(x1, y1, x2, y2):
        import math

        c.setStrokeColor(colors.HexColor("#333333"))
        c.setLineWidth(0.8)
        ang = math.atan2(y2 - y1, x2 - x1)
        bx, by = x2 - 6 * math.cos(ang), y2 - 6 * math.sin(ang)
        c.line(x1, y1, bx, by)
        p = c.beginPath()
        p.moveTo(x2, y2)
        p.lineTo(bx - 3 * math.sin(ang), by + 3 * math.cos(ang))
        p.lineTo(bx + 3 * math.sin(ang), by - 3 * math.cos(ang))
        p.close()
        c.setFillColor(colors.HexColor("#333333"))
        c.drawPath(p, fill=1, stroke=0)

    y = head_y - 14
    ibox = []
    for t, _g, lead, due, *_r in SV_MEASURES:
        m = "  ·  ".join(x for x in ((f"Ansvarig: {lead}" if lead else ""), (f"Tidplan: {due}" if due else "")) if x)
        p1, p2 = Paragraph(escape(t), idea), Paragraph(escape(m), meta)
        _w, h1 = p1.wrap(wi - 14, 200)
        _w, h2 = p2.wrap(wi - 14, 200)
        h = h1 + h2 + 14
        rounded(xi, y, wi, h, colors.white)
        p1.drawOn(c, xi + 7, y - 5 - h1)
        p2.drawOn(c, xi + 7, y - 8 - h1 - h2)
        ibox.append((y, h))
        y -= h + 12
    # a note box in the ideas column, joined to nothing
    note = Paragraph("Uppföljning: punktprevalensmätning av trycksår två gånger per år.", idea)
    _w, nh = note.wrap(wi - 14, 100)
    rounded(xi, y - 10, wi, nh + 12, colors.HexColor("#f4f4f4"))
    note.drawOn(c, xi + 7, y - 16 - nh)
    groups = {1: [0, 1], 2: [1, 2, 3], 3: [4]}
    dbox = {}
    for n, t in enumerate(SV_GOALS, 1):
        ys = [ibox[i][0] for i in groups[n]] + [ibox[i][0] - ibox[i][1] for i in groups[n]]
        mid = (max(ys) + min(ys)) / 2 - (8 if n == 1 else 0) + (8 if n == 2 else 0)
        p = Paragraph(escape(t), drv)
        _w, h = p.wrap(wd - 14, 100)
        h += 14
        rounded(xd, mid + h / 2, wd, h, colors.HexColor("#e3f0e5"))
        p.drawOn(c, xd + 7, mid - h / 2 + 7)
        dbox[n] = (mid + h / 2, h)
    p = Paragraph(escape(SV_MAIN), aim)
    _w, h = p.wrap(wa - 16, 200)
    h += 20
    amid = (dbox[1][0] + dbox[3][0] - dbox[3][1]) / 2
    rounded(xa, amid + h / 2, wa, h, green, stroke=False)
    p.drawOn(c, xa + 8, amid - h / 2 + 10)
    for n in dbox:
        arrow(xa + wa, amid, xd, dbox[n][0] - dbox[n][1] / 2)
    for i, (_t, gs, *_r) in enumerate(SV_MEASURES):
        for g in gs:
            arrow(xd + wd, dbox[g][0] - dbox[g][1] / 2, xi, ibox[i][0] - ibox[i][1] / 2)
    c.showPage()
    c.save()
    findings = [("measure-has-deadline", "warning", SV_MEASURES[1][0]),
                ("measure-has-owner", "error", SV_MEASURES[3][0]),
                ("measure-has-deadline", "error", SV_MEASURES[4][0])]
    gold(d / f"{slug}.gold.yaml", f"{slug}.pdf", "sv", "Förbättringsplan för trycksårsprevention 2026–2028",
         (2026, 2028), SV_MAIN, SV_GOALS, [(t, g, own, due, kind) for t, g, _l, due, own, kind in SV_MEASURES],
         findings, "Left-to-right driver diagram (reportlab): rounded boxes, arrows with filled heads, column heads "
         "'Mål | Primära drivkrafter | Förändringsidéer'; idea 2 reached by two arrows; a note box joined to nothing.")


# --------------------------------------------------------------------------- en: logic model, lines cross

EN_MAIN = "Fewer young people in Ashby drink alcohol before the age of 18"
EN_GOALS = ["Parents set clear rules about alcohol", "Pupils know the risks of drinking",
            "Young people have alcohol-free places to meet"]
EN_MEASURES = [
    ("Train school nurses to talk about alcohol with pupils", [2], "School Health Service", "2027",
     ["School Health Service"], "period"),
    ("Run evening activities for young people in every ward", [1, 3], "Youth Service", "Ongoing", ["Youth Service"],
     "continuous"),
    ("Send a letter about alcohol to the parents of every pupil in year 8", [1], None, "Every September", [],
     "recurring"),
    ("Check that shops do not sell alcohol to under-18s", [3], "Licensing Team", None, ["Licensing Team"], "none"),
]


def build_en(out: Path) -> None:
    """A logic model: activities → short-term outcomes → the long-term outcome, each column a shaded band
    its boxes touch on both sides, the lines from activities to outcomes crossing."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Paragraph

    slug = "logic-model-crossing-en"
    d = out / slug
    d.mkdir(parents=True, exist_ok=True)
    pw, ph = landscape(A4)
    c = Canvas(str(d / f"{slug}.pdf"), pagesize=(pw, ph), invariant=1)
    c.setFont("Helvetica-Bold", 17)
    c.drawString(40, ph - 50, "Ashby Young People and Alcohol Plan 2026–2029")
    c.setFont("Helvetica", 10)
    c.drawString(40, ph - 68, "Our logic model shows what we will do and the change we expect it to bring.")
    cols = [(40, 240, "Activities"), (330, 230, "Short-term outcomes"), (620, 180, "Long-term outcome")]
    top, bottom = ph - 110, 90
    for x, w, label in cols:
        c.setFillColor(colors.HexColor("#eeeeee"))
        c.rect(x, bottom, w, top - bottom, fill=1, stroke=0)
        c.setFillColor(colors.black)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(x + 4, top + 6, label)
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=8.5, leading=10.5)
    meta = ParagraphStyle("m", fontName="Helvetica", fontSize=7, leading=9)

    def box(x, w, y_top, text, sub=None):
        p1 = Paragraph(escape(text), body)
        _w, h1 = p1.wrap(w - 12, 200)
        h2 = 0
        if sub:
            p2 = Paragraph(escape(sub), meta)
            _w, h2 = p2.wrap(w - 12, 200)
        h = h1 + h2 + 12
        c.setFillColor(colors.white)
        c.setStrokeColor(colors.HexColor("#555555"))
        c.setLineWidth(0.8)
        c.rect(x, y_top - h, w, h, fill=1, stroke=1)
        p1.drawOn(c, x + 6, y_top - 5 - h1)
        if sub:
            p2.drawOn(c, x + 6, y_top - 8 - h1 - h2)
        return y_top - h / 2, h

    acts = []
    y = top - 14
    for t, _g, lead, by, *_r in EN_MEASURES:
        sub = "  ·  ".join(x for x in ((f"Lead: {lead}" if lead else ""), (f"By: {by}" if by else "")) if x)
        mid, h = box(cols[0][0], cols[0][1], y, t, sub)
        acts.append(mid)
        y -= h + 22
    outs = []
    y = top - 30
    for t in EN_GOALS:
        mid, h = box(cols[1][0], cols[1][1], y, t)
        outs.append(mid)
        y -= h + 50
    main_mid, _h = box(cols[2][0], cols[2][1], (outs[0] + outs[-1]) / 2 + 25, EN_MAIN)
    c.setStrokeColor(colors.HexColor("#222222"))
    c.setLineWidth(0.9)
    x0, x1 = cols[0][0] + cols[0][1], cols[1][0]
    for i, (_t, gs, *_r) in enumerate(EN_MEASURES):
        for g in gs:
            c.line(x0, acts[i], x1, outs[g - 1])
    for m in outs:
        c.line(cols[1][0] + cols[1][1], m, cols[2][0], main_mid)
    c.showPage()
    c.save()
    findings = [("measure-has-deadline", "warning", EN_MEASURES[1][0]),
                ("measure-has-owner", "error", EN_MEASURES[2][0]),
                ("measure-has-deadline", "warning", EN_MEASURES[2][0]),
                ("measure-has-deadline", "error", EN_MEASURES[3][0])]
    gold(d / f"{slug}.gold.yaml", f"{slug}.pdf", "en", "Ashby Young People and Alcohol Plan 2026–2029", (2026, 2029),
         EN_MAIN, EN_GOALS, [(t, g, own, by, kind) for t, g, _l, by, own, kind in EN_MEASURES], findings,
         "Logic model (reportlab): 'Activities | Short-term outcomes | Long-term outcome', each column a shaded band "
         "its boxes touch on both sides; lines from activities to outcomes cross; activity 2 joined to outcomes 1 and 3.")


if __name__ == "__main__":
    target = Path(sys.argv[1])
    build_nb(target)
    build_sv(target)
    build_en(target)
