"""Two hand-built variants of a goal table whose number cells carry the goal label ('Goal 1', 'Mål 2')
and a measure table whose goal-number column cites the goals by number alone ('2', '3, 1'), the form
of batch 32's gravplass-cellekommentarar-nn, for link.number_key. Gold written with the sources.

- goal-no-column-en: HTML → Chromium, 'No. | Goal' then 'Ref | Action | Lead | Due | Goal no.'
- maal-nr-kolonne-da: reportlab, 'Nr | Mål' then 'Nr | Indsats | Ansvarlig | Frist | Mål nr.'

Usage: python corpora/scripts/make_goal_label_variants.py OUTDIR
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from make_amendment_variants import gold

EN_GOALS = [("Goal 1", "Every household can reach a recycling point within 500 metres"),
            ("Goal 2", "Household waste per resident falls by a fifth by 2030"),
            ("Goal 3", "The council's own buildings send no food waste to landfill")]
EN_ACTIONS = [("1", "Add twenty on-street recycling points in the town centre", "Waste Services", "2027", "1"),
              ("2", "Run a home composting offer for every household with a garden", "Waste Services", "2026", "2"),
              ("3", "Start separate food waste collection in all council canteens", "Facilities", "2027", "3, 2"),
              ("4", "Open a repair café in each library", "Libraries", "2028", "2"),
              ("5", "Publish the recycling rate of every ward each year", "Policy Team", "2026", "1, 2")]

DA_GOALS = [("Mål 1", "Alle børn skal kunne svømme 200 meter, når de forlader 4. klasse"),
            ("Mål 2", "Flere voksne skal bruge kommunens svømmehaller"),
            ("Mål 3", "Svømmehallerne skal bruge mindre energi")]
DA_ACTIONS = [("1", "Tilbyde ekstra svømmeundervisning til elever i 3. klasse", "Skoleafdelingen", "2027", "1"),
              ("2", "Åbne svømmehallerne for voksne om søndagen", "Kultur og Fritid", "2026", "2"),
              ("3", "Udskifte belysningen i Nordhallen med LED", "Ejendomsafdelingen", "2028", "3"),
              ("4", "Give gratis svømmeprøve til alle nye borgere", "Kultur og Fritid", "2027", "2, 1")]


def _gold_rows(actions, prefix):
    return [(f"T{i}", a[1], 1, [f"M{n.strip()}" for n in a[4].split(",")], [a[2]], a[3], "period")
            for i, a in enumerate(actions, 1)]


def build_en(out: Path) -> None:
    slug = "goal-no-column-en"
    d = out / slug
    d.mkdir(parents=True, exist_ok=True)
    rows = "".join(f"<tr><td>{n}</td><td>{t}</td></tr>" for n, t in EN_GOALS)
    acts = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{e}</td><td>{g}</td></tr>" for a, b, c, e, g in EN_ACTIONS)
    html = ("<html><head><meta charset='utf-8'><style>body{font-family:Arial;font-size:10pt}table{border-collapse:"
            "collapse;width:100%;margin-bottom:14pt}td,th{border:1px solid #999;padding:3px;text-align:left}</style>"
            "</head><body><h1>Waste Reduction Action Plan 2026–2030</h1>"
            f"<table><tr><th>No.</th><th>Goal</th></tr>{rows}</table>"
            "<table><tr><th>Ref</th><th>Action</th><th>Lead</th><th>Due</th><th>Goal no.</th></tr>"
            f"{acts}</table></body></html>")
    with tempfile.TemporaryDirectory() as tmp:
        p = Path(tmp) / "p.html"
        p.write_text(html, encoding="utf-8")
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--print-to-pdf={d / (slug + '.pdf')}", p.as_uri()], check=True, capture_output=True)
    gold(d / f"{slug}.gold.yaml", f"{slug}.pdf", "en", "Waste Reduction Action Plan 2026–2030", (2026, 2030),
         [(f"M{i}", t, 1) for i, (_n, t) in enumerate(EN_GOALS, 1)], _gold_rows(EN_ACTIONS, "en"), [],
         "Goals numbered 'Goal n' in their No. cell; actions cite them by bare numbers, two in one cell.")


def build_da(out: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    slug = "maal-nr-kolonne-da"
    d = out / slug
    d.mkdir(parents=True, exist_ok=True)
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    grid = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "#888888"), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    t1 = Table([["Nr", "Mål"]] + [[n, Paragraph(t, body)] for n, t in DA_GOALS], colWidths=[50, 430])
    t1.setStyle(grid)
    t2 = Table([["Nr", "Indsats", "Ansvarlig", "Frist", "Mål nr."]]
               + [[a, Paragraph(b, body), Paragraph(c, body), e, g] for a, b, c, e, g in DA_ACTIONS],
               colWidths=[25, 230, 110, 45, 50])
    t2.setStyle(grid)
    SimpleDocTemplate(str(d / f"{slug}.pdf"), pagesize=A4).build(
        [Paragraph("Handleplan for svømning 2026–2029", ss["Heading1"]), t1, Spacer(1, 14), t2])
    gold(d / f"{slug}.gold.yaml", f"{slug}.pdf", "da", "Handleplan for svømning 2026–2029", (2026, 2029),
         [(f"M{i}", t, 1) for i, (_n, t) in enumerate(DA_GOALS, 1)], _gold_rows(DA_ACTIONS, "da"), [],
         "Goals numbered 'Mål n' in their Nr cell; indsatser cite them by bare numbers, two in one cell.")


if __name__ == "__main__":
    target = Path(sys.argv[1])
    build_en(target)
    build_da(target)
