"""Build the session-35 mandate variants (mfind35): ``python build.py OUTDIR``.

V1 nb innstilling, Word → LibreOffice ("1.⇥" hanging, then "2.Planen …" typed against its
number and wrapping at the margin, "3.Planen … for:" over a)–c), "4.Forslag til plan …");
V2 sv förslag till beslut, reportlab (hanging and glued items mixed, "Förslag till strategi ska
vara klart för …"); V3 en Cabinet report, HTML → Chromium (glued items, a process paragraph:
councillors informed of the draft, a forum's meetings, a negated adoption); V4 da
kommissorium, reportlab (bullets, "afleverer sit forslag til … senest", "vil blive orienteret
om udkastet", "behandles ikke af byrådet"); V5 nn planprogram, Word → LibreOffice (a list,
"Forslag til plan skal vere klart til høyring i …", "blir orientert om planutkastet",
"Planforumet vert orientert undervegs", "vert ikkje handsama etter …"). Gold in gold.py
(written before plancheck was run on them), scored by score.py."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def _soffice(docx_path: Path, out: Path) -> None:
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(out), str(docx_path)],
        check=True,
        capture_output=True,
    )


def _hanging(d, text: str, indent_cm: float = 1.0) -> None:
    from docx.shared import Cm

    p = d.add_paragraph(text)
    p.paragraph_format.left_indent = Cm(indent_cm)
    p.paragraph_format.first_line_indent = Cm(-indent_cm)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(indent_cm))


def v1(out: Path) -> None:
    import docx
    from docx.shared import Cm

    d = docx.Document()
    d.add_heading("Saksframlegg: Plan for friluftsliv 2049–2053", level=1)
    d.add_paragraph("Saksbehandler: Kari Lie   Arkivsak: 48/1203   Utvalg: Bystyret")
    d.add_heading("Saksopplysninger", level=2)
    d.add_paragraph(
        "Kommunen har ingen samlet plan for friluftsliv. Mange turstier er dårlig merket, og "
        "flere badeplasser mangler toalett. Planen er en temaplan og behandles ikke etter plan- "
        "og bygningsloven."
    )
    d.add_heading("Rådmannens innstilling", level=2)
    _hanging(d, "1.\tBystyret ber rådmannen utarbeide en plan for friluftsliv for perioden "
             "2049–2053 med tiltak for hele kommunen.")
    d.add_paragraph(
        "2.Planen skal gi en oversikt over turstier, badeplasser og lysløyper i kommunen og "
        "vurdere tilstanden til dem, med særlig vekt på universell utforming og skilting."
    )
    d.add_paragraph("3.Planen skal beskrive hvordan kommunen kan legge til rette for friluftsliv for:")
    for t in [
        "a) barn og unge i skolealder i alle deler av kommunen,",
        "b) eldre som ikke lenger kan gå lange turer i terrenget,",
        "c) innvandrere som er nye i norsk friluftsliv.",
    ]:
        p = d.add_paragraph(t)
        p.paragraph_format.left_indent = Cm(1.0)
    d.add_paragraph(
        "4.Forslag til plan skal legges fram for bystyret innen 1. mars 2050, etter at "
        "friluftsrådet og idrettsrådet har fått uttale seg om det."
    )
    _hanging(d, "5.\tArbeidet dekkes innenfor budsjettet for 2049.")
    p = out / "v1_nb_innstilling.docx"
    d.save(str(p))
    _soffice(p, out)


def v2(out: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(out / "v2_sv_beslut.pdf"), pagesize=A4)
    _, h = A4
    c.setFont("Times-Roman", 8)
    c.drawString(60, h - 40, "NORRÅSA KOMMUN   Kultur- och fritidsförvaltningen")
    y = h - 90
    c.setFont("Times-Bold", 14)
    c.drawString(60, y, "Tjänsteskrivelse: biblioteksstrategi 2049–2052")
    y -= 30

    def head(t: str) -> None:
        nonlocal y
        y -= 10
        c.setFont("Times-Bold", 11.5)
        c.drawString(60, y, t)
        y -= 16
        c.setFont("Times-Roman", 10.5)

    def para(lines: list[str], x: float = 60) -> None:
        nonlocal y
        for ln in lines:
            c.drawString(x, y, ln)
            y -= 13.5

    head("Ärendebeskrivning")
    para([
        "Besöken på kommunens fyra filialer har minskat med en fjärdedel sedan 2040. Nämnden",
        "vill ha en strategi för hur biblioteken ska utvecklas.",
    ])
    head("Förslag till beslut")
    c.drawString(60, y, "1.")
    para(["Kultur- och fritidsnämnden ger förvaltningen i uppdrag att ta fram en",
          "biblioteksstrategi för perioden 2049–2052."], x=80)
    para([
        "2.Strategin ska kartlägga hur de fyra filialerna används i dag och hur besöken har",
        "utvecklats sedan 2040, uppdelat på barn, vuxna och äldre.",
        "3.Strategin ska föreslå hur biblioteken kan nå fler barn och unga som inte läser på",
        "fritiden, bland annat genom samarbete med skolorna.",
    ])
    c.drawString(60, y, "4.")
    para(["Förslag till strategi ska vara klart för politisk behandling i maj 2050."], x=80)
    c.save()


def v3(out: Path) -> None:
    html = """<html><head><meta charset="utf-8"><style>
body{font-family:'Liberation Serif',serif;font-size:11pt;margin:2.2cm} h1{font-size:17pt}
h2{font-size:12.5pt} p{margin:0.4em 0}
.hang{padding-left:1.2em;text-indent:-1.2em}</style></head><body>
<h1>Report to Cabinet: Play Sufficiency Strategy</h1>
<p>Report of: Director of Place · Portfolio: Children and Families · 14 January 2049</p>
<h2>1. Purpose</h2>
<p>The borough has 41 equipped play areas. Parents in the new estates have told us that their
children must cross main roads to reach one.</p>
<h2>2. Recommendations</h2>
<p class="hang">1.&nbsp;&nbsp;That Cabinet instructs officers to prepare a Play Sufficiency Strategy for the borough for
2049 to 2054.</p>
<p>2.The strategy shall map every equipped play area in the borough and record its condition, its age
and the distance residents must walk to reach it.</p>
<p>3.The strategy shall set out how children with disabilities can use at least one inclusive play area
in each ward.</p>
<h2>3. Engagement</h2>
<p>Ward councillors will be informed of the draft strategy before the public consultation opens.
The Play Forum meets four times a year. The strategy is not adopted by Cabinet but by the
Portfolio Holder.</p>
</body></html>"""
    src = out / "v3_en_cabinet.html"
    src.write_text(html, encoding="utf-8")
    subprocess.run(
        ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
         f"--print-to-pdf={out / 'v3_en_cabinet.pdf'}", str(src)],
        check=True,
        capture_output=True,
    )


def v4(out: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(out / "v4_da_kommissorium.pdf"), pagesize=A4)
    _, h = A4
    y = h - 80
    c.setFont("Helvetica-Bold", 14)
    c.drawString(60, y, "Kommissorium for arbejdsgruppen om en idrætspolitik")
    y -= 28

    def head(t: str) -> None:
        nonlocal y
        y -= 10
        c.setFont("Helvetica-Bold", 11)
        c.drawString(60, y, t)
        y -= 16
        c.setFont("Helvetica", 10)

    def para(lines: list[str], x: float = 60) -> None:
        nonlocal y
        for ln in lines:
            c.drawString(x, y, ln)
            y -= 13

    head("Baggrund")
    para(["Kultur- og Fritidsudvalget har besluttet, at kommunen skal have en idrætspolitik."])
    head("Opgaver")
    para(["Arbejdsgruppen skal:"])
    for t in [
        "kortlægge foreningernes brug af hallerne,",
        "foreslå, hvordan flere unge kan blive aktive i foreningslivet,",
        "vurdere behovet for nye kunstgræsbaner.",
    ]:
        c.drawString(66, y, "•")
        para([t], x=80)
    head("Tidsplan")
    para([
        "Arbejdsgruppen afleverer sit forslag til Kultur- og Fritidsudvalget senest den 1. marts",
        "2050. Udvalget behandler forslaget på sit møde i april.",
    ])
    head("Inddragelse")
    para([
        "Ungerådet vil blive orienteret om udkastet, inden det sendes i høring. Politikken er et",
        "internt dokument og behandles ikke af byrådet.",
    ])
    c.save()


def v5(out: Path) -> None:
    import docx

    d = docx.Document()
    d.add_heading("Planprogram for kommunedelplan for kulturminne", level=1)
    d.add_heading("1 Føremål", level=2)
    d.add_paragraph("Kommunen manglar ei samla oversikt over kulturminna sine.")
    d.add_heading("2 Utgreiingar", level=2)
    d.add_paragraph("Planarbeidet skal:")
    for t in [
        "kartleggje kulturminna i kommunen som ikkje er freda,",
        "vurdere korleis kulturminna kan brukast i reiselivet.",
    ]:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("3 Medverknad og framdrift", level=2)
    d.add_paragraph(
        "Planen er ein temaplan og vert ikkje handsama etter plan- og bygningslova. Forslag til "
        "plan skal vere klart til høyring i februar 2050. Kulturminnerådet blir orientert om "
        "planutkastet før høyringa. Planforumet vert orientert undervegs."
    )
    p = out / "v5_nn_planprogram.docx"
    d.save(str(p))
    _soffice(p, out)


def main(argv: list[str]) -> int:
    out = Path(argv[1] if len(argv) > 1 else "out")
    out.mkdir(parents=True, exist_ok=True)
    for f in (v1, v2, v3, v4, v5):
        f(out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
