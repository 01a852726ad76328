"""Build the fifty-fourth batch of blind authored plans (corpora/authored/<slug>/), four layout forms no earlier
batch holds: a bokmål plan for allotments and urban growing made as an INFOGRAPHIC ONE-PAGER (one A3 sheet: big
numbers in circles, goal columns with icons, each measure a rounded shape whose owner and date stand beside a person
icon and a calendar icon, no 'Ansvar'/'Frist' words) (reportlab); a nynorsk water-leakage plan whose measures HANG IN
AN ORGANISATION CHART under the units that own them (goals on p. 1, the chart on p. 2; HTML/CSS → Chromium); a Danish
plan for public toilets as a NOTION PAGE EXPORT (breadcrumbs, page properties, callouts, toggles — one closed — and an
inline database 'Indsatser' with property columns: relation to the goal pages, multi-select owners, a 'Tidsplan' text
property) (HTML → Chromium); an English pavement-parking plan drawn as a FLOWCHART / DECISION TREE whose rectangles are
the actions (start/end ovals, decision diamonds, partner boxes, side actions joined by dashed lines) (reportlab).

    python corpora/scripts/make_blind_corpus54.py              # every plan
    python corpora/scripts/make_blind_corpus54.py SLUG ...     # some of them
    python corpora/scripts/make_blind_corpus54.py --verify     # check gold against the PDFs
    python corpora/scripts/make_blind_corpus54.py --twice      # build twice, compare sha256

Generic helpers from blindkit.py; plan data classes, findings (as in batch 1) and gold writer from
make_blind_corpus.py, the pdftotext check from make_blind_corpus3.py, the whole-text check on pdftotext -raw from
make_blind_corpus34.py, `_leftovers` from make_blind_corpus41.py and `_measures` / `_gold` from make_blind_corpus49.py
(imported, not copied). Written blind: the author read no code under plancheck/, bench/, tests/, rules/ or docs/ and
did not run plancheck. Gold files carry `held_out: true`.
"""

from __future__ import annotations

import html as _h
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import blindkit as bk  # noqa: E402
import make_blind_corpus as mb  # noqa: E402
import make_blind_corpus3 as mb3  # noqa: E402
import make_blind_corpus34 as mb34  # noqa: E402
import make_blind_corpus41 as mb41  # noqa: E402
import make_blind_corpus49 as mb49  # noqa: E402
from make_blind_corpus import G, Plan  # noqa: E402

ROOT = HERE.parents[1]
OUT = ROOT / "corpora" / "authored"

PLANS, plan_builder, write_gold = mb.builder_registry("make_blind_corpus54.py")
E = lambda s: _h.escape(s, quote=False)  # noqa: E731
PATTERNS = ("*.docx", "*.odt", "*.html", "*.pdf", "*.gold.yaml")


def _gold(plan: Plan, pdf: Path, *, leftovers: tuple[str, ...] = (), **kw) -> Path:
    """blindkit.gold_by_pdftotext with this builder's name in the header, then the leftovers appended."""
    path = bk.gold_by_pdftotext(write_gold, plan, pdf, **kw)
    if leftovers:
        mb41._leftovers(path, pdf, leftovers)
    return path


def _plan(slug, lang, title, period, goals, rows, notes, ext, links=None) -> Plan:
    measures = mb49._measures(rows, period[1])
    for m in measures:
        if links and m.id in links:
            m.goals = list(links[m.id])
    return Plan(slug=slug, language=lang, title=title, period=period, goals=[G(g, t) for g, t in goals],
                measures=measures, source_ext=ext, notes=notes)


# =========================================================================== 1 bokmål infographic one-pager (reportlab)

NB_SLUG = "parsellhager-infografikk-nb"
NB_TITLE = "Handlingsplan for parsellhager og dyrking i byen 2055–2058"
NB_GOALS = [
    ("G1", "Flere innbyggere skal få dyrke sin egen mat i byen"),
    ("G2", "Parsellhagene skal være enkle å drive og ha god jord"),
    ("G3", "Dyrking skal bringe folk sammen på tvers av alder og bakgrunn"),
    ("G4", "Barn og unge skal lære hvordan maten vokser"),
]
NB_LEFTOVER = "[sjekk tallet med Eiendom – 214 eller 241? Hilde]"
# (id, nr, measure, goal, owner as printed, owners, date as printed or None, kind, note)
NB_ROWS = [
    ("P1", "", "Anlegge en ny parsellhage med 60 parseller på Nordre Sølvhaugen", "G1", "Eiendom og park",
     ["Eiendom og park"], "Våren 2056", "period", "'Eiendom og park' is one unit"),
    ("P2", "", "Gjøre om to grøntarealer ved blokkene på Sagmoen til pallekarmhager", "G1",
     "Park og idrett + Solbjørg Boligstiftelse", ["Park og idrett", "Solbjørg Boligstiftelse"], "2055", "period",
     "two owners joined by '+'"),
    ("P3", "", "Kartlegge kommunale tomter som kan brukes til dyrking", "G1", "Plan og miljø", ["Plan og miljø"],
     "Innen 1.10.2055", "date", ""),
    ("P4", "", "Revidere festeavtalene og ventelisteordningen for parsellene", "G1", "Eiendom og park",
     ["Eiendom og park"], "2059", "period", "'2059' after the plan period 2055–2058"),
    ("P5", "", "Sette opp vanntappested og redskapsbod i alle parsellhagene", "G2", "Eiendom og park",
     ["Eiendom og park"], "Før sesongen 2056", "period", ""),
    ("P6", "", "Tilby gratis jordprøve og rådgivning til nye parsellbrukere", "G2", "Landbrukskontoret",
     ["Landbrukskontoret"], "Hver vår", "recurring", "recurring"),
    ("P7", "", "Levere kompost fra kommunens hageavfall gratis til parsellhagene", "G2", "", [], "Løpende",
     "continuous", "the person icon stands with no name: no owner; continuous"),
    ("P8", "", "Holde av ti parseller for nyankomne flyktninger og familier med lav inntekt", "G3",
     "Flyktningtjenesten og NAV Solbjørg", ["Flyktningtjenesten", "NAV Solbjørg"], "Fra sesongen 2055", "period",
     "two owners; the badge 'også mål 1' → G3 and G1"),
    ("P9", "", "Bygge to høybed som kan brukes fra rullestol i hver parsellhage", "G3", "Eiendom og park",
     ["Eiendom og park"], None, None, "no calendar line: no deadline"),
    ("P10", "", "Arrangere åpen hagedag med smaking og omvisning for naboene", "G3",
     "Alle enhetene i helse og velferd", ["Alle enhetene i helse og velferd"], "Hver august", "recurring",
     "diffuse owner; recurring"),
]


def _rl_person(c, x, y, col):
    c.setFillColor(col)
    c.circle(x + 3.5, y + 6.2, 2.1, stroke=0, fill=1)
    p = c.beginPath()
    p.moveTo(x, y)
    p.curveTo(x, y + 4.2, x + 7, y + 4.2, x + 7, y)
    p.close()
    c.drawPath(p, stroke=0, fill=1)


def _rl_calendar(c, x, y, col):
    c.setStrokeColor(col)
    c.setFillColor(col)
    c.setLineWidth(0.8)
    c.rect(x, y, 7.5, 7, stroke=1, fill=0)
    c.rect(x, y + 5, 7.5, 2, stroke=0, fill=1)


@plan_builder
def build_parsellhager_infografikk_nb() -> tuple[Plan, Path]:
    """Bokmål plan (reportlab) as an INFOGRAPHIC ONE-PAGER on one A3 portrait sheet: a green title band, an intro and a
    quote, four BIG NUMBERS in circles, an icon key, four goal columns headed by a big numeral and the goal, the
    measures as rounded shapes with a person icon + owner and a calendar icon + date, a done list and a contact box."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import A3
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Paragraph

    slug = NB_SLUG
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    plan = _plan(slug, "nb", NB_TITLE, (2055, 2058), NB_GOALS, NB_ROWS, NB_NOTES, "pdf",
                 links={"P8": ("G3", "G1")})
    f = bk.reportlab_fonts("LS")
    W, H = A3
    pdf = d / f"{slug}.pdf"
    c = Canvas(str(pdf), pagesize=A3, invariant=1)
    c.setTitle(NB_TITLE)
    c.setAuthor("Solbjørg kommune")
    ink, green, dark = HexColor("#1f2a1c"), HexColor("#4c8c3a"), HexColor("#2c5524")
    cols = [HexColor("#4c8c3a"), HexColor("#a0662c"), HexColor("#c2455a"), HexColor("#3a7ca5")]
    light = [HexColor("#e6f1df"), HexColor("#f3e7d8"), HexColor("#f6dfe3"), HexColor("#dceaf3")]

    def para(x, y_top, w, text, *, size=9.5, font=None, colour=ink, lead=1.25, align=0):
        st = ParagraphStyle(f"s{x:.0f}{y_top:.0f}{size}", fontName=font or f["normal"], fontSize=size,
                            leading=size * lead, textColor=colour, alignment=align)
        pr = Paragraph(text, st)
        _w, ph = pr.wrap(w, 3000)
        pr.drawOn(c, x, y_top - ph)
        return ph

    # title band
    c.setFillColor(dark)
    c.rect(0, H - 150, W, 150, stroke=0, fill=1)
    c.setFillColor(green)
    for i in range(7):
        c.circle(W - 40 - i * 26, H - 150, 18 + (i % 3) * 6, stroke=0, fill=1)
    para(40, H - 30, 600, "SOLBJØRG KOMMUNE · PLAN OG MILJØ", size=10, font=f["bold"], colour=HexColor("#cfe6c4"))
    para(40, H - 50, 700, "Handlingsplan for parsellhager og<br/>dyrking i byen 2055–2058", size=30,
         font=f["bold"], colour=HexColor("#ffffff"), lead=1.1)
    para(40, H - 124, 700, "Handlingsplanen på én side · Vedtatt i bystyret 11. mars 2055, sak 18/55", size=11,
         colour=HexColor("#e8f3e2"))
    y = H - 172
    h1 = para(40, y, 470, "Stadig flere i Solbjørg vil dyrke grønnsaker, bær og blomster, men de fleste bor i "
              "leilighet uten egen hage. Køen til en parsell har aldri vært lengre. Denne planen viser hva "
              "kommunen skal gjøre de neste fire årene for at flere skal få en jordlapp – og for at hagene skal "
              "bli møteplasser i nabolaget.", size=10.5, lead=1.4)
    c.setFillColor(HexColor("#f4f8f1"))
    c.roundRect(540, y - 86, 262, 86, 10, stroke=0, fill=1)
    para(556, y - 10, 236, "«Parsellen er stua mi om sommeren. Her har jeg blitt kjent med halve "
         "Sølvhaugen.»", size=12, font=f["italic"], colour=dark, lead=1.3)
    para(556, y - 62, 236, "Parsellbruker på Sølvhaugen, 71 år", size=8.5, colour=HexColor("#666666"))
    y -= max(h1, 92) + 18
    # big numbers
    facts = [("214", "står på venteliste til en parsell"), ("3", "parsellhager med 148 parseller i dag"),
             ("61 %", "av innbyggerne i sentrum bor i blokk"), ("38 t", "hageavfall blir til kompost hvert år")]
    cx0 = 40 + 95
    for i, (big, lab) in enumerate(facts):
        cx = cx0 + i * 190
        c.setFillColor(light[i])
        c.circle(cx, y - 62, 58, stroke=0, fill=1)
        c.setFillColor(cols[i])
        c.setFont(f["bold"], 34 if len(big) < 4 else 28)
        c.drawCentredString(cx, y - 62, big)
        para(cx - 48, y - 72, 96, lab, size=8.5, align=1, lead=1.2)
    para(40 + 95 - 58, y - 128, 140, f"<i>{E(NB_LEFTOVER)}</i>", size=7.5, colour=HexColor("#d0021b"))
    y -= 158
    para(40, y, 760, "Kilde: Solbjørg kommune og Solbjørg Boligstiftelse, 2054. Regjeringens strategi for urbant "
         "landbruk oppfordrer kommunene til å legge til rette for dyrking i byer og tettsteder.", size=8,
         colour=HexColor("#666666"))
    y -= 28
    # icon key
    c.setFillColor(HexColor("#f2f2f2"))
    c.roundRect(40, y - 26, 762, 26, 6, stroke=0, fill=1)
    para(52, y - 8, 200, "<b>Slik leser du planen</b>", size=9)
    _rl_person(c, 200, y - 19, ink)
    para(212, y - 8, 170, "hvem har ansvaret", size=9)
    _rl_calendar(c, 330, y - 19, ink)
    para(344, y - 8, 200, "når det skal være gjort", size=9)
    para(480, y - 8, 320, "Tiltakene står under målet de hører til.", size=9)
    y -= 44
    # goal columns
    colw, gap = 180, 14
    top = y
    bottoms = []
    for i, (gid, gt) in enumerate(NB_GOALS):
        x = 40 + i * (colw + gap)
        yy = top
        c.setFillColor(cols[i])
        c.circle(x + 26, yy - 26, 24, stroke=0, fill=1)
        c.setFillColor(HexColor("#ffffff"))
        c.setFont(f["bold"], 26)
        c.drawCentredString(x + 26, yy - 35, str(i + 1))
        para(x + 58, yy - 10, colw - 58, "MÅL", size=10, font=f["bold"], colour=cols[i])
        yy -= 58
        yy -= para(x, yy, colw, gt + ".", size=11, font=f["bold"], colour=cols[i], lead=1.25) + 12
        rows = [r for r in NB_ROWS if r[3] == gid]
        if not rows:
            c.setStrokeColor(cols[i])
            c.setDash(3, 3)
            bx_h = 168
            c.roundRect(x, yy - bx_h, colw, bx_h, 10, stroke=1, fill=0)
            c.setDash()
            para(x + 10, yy - 10, colw - 20, "<b>Dette gjør andre</b>", size=9.5, colour=cols[i])
            para(x + 10, yy - 28, colw - 20, "Skolehagene drives av skolene selv og er omtalt i "
                 "skolebruksplanen. Solbjørg hagelag holder kurs for barn og foreldre hver vår, og "
                 "Bondelaget tar imot skoleklasser på gården. Kommunen har ingen egne tiltak for dette målet "
                 "i denne planen.", size=9, lead=1.35)
            yy -= bx_h + 10
        for mid, _nr, txt, _g, who, _o, when, _k, _n in rows:
            th = Paragraph(E(txt), ParagraphStyle(f"m{mid}", fontName=f["normal"], fontSize=9.5, leading=12))
            _w, ph = th.wrap(colw - 22, 500)
            ow = Paragraph(E(who), ParagraphStyle(f"o{mid}", fontName=f["bold"], fontSize=8.5, leading=10.6))
            _w, oh_ = ow.wrap(colw - 34, 500)
            extra = (14 if mid == "P8" else 0) + max(oh_ - 10.6, 0)
            bh = ph + 20 + 14 + (14 if when else 0) + extra
            c.setFillColor(light[i])
            c.roundRect(x, yy - bh, colw, bh, 14, stroke=0, fill=1)
            c.setFillColor(cols[i])
            c.roundRect(x, yy - bh, 6, bh, 3, stroke=0, fill=1)
            th.drawOn(c, x + 14, yy - 9 - ph)
            ly = yy - 9 - ph - 16
            _rl_person(c, x + 14, ly + 1, cols[i])
            if who:
                ow.drawOn(c, x + 26, ly + 10 - oh_)
            if when:
                ly -= 14 + max(oh_ - 10.6, 0)
                _rl_calendar(c, x + 14, ly + 1, cols[i])
                para(x + 26, ly + 10, colw - 34, E(when), size=8.5)
            if mid == "P8":
                ly -= 15
                c.setFillColor(cols[0])
                c.roundRect(x + 14, ly - 1, 66, 12, 6, stroke=0, fill=1)
                para(x + 18, ly + 9.5, 62, "også mål 1", size=7.5, font=f["bold"], colour=HexColor("#ffffff"))
            yy -= bh + 9
        bottoms.append(yy)
    y = min(bottoms) - 10
    # done list + contact
    c.setFillColor(HexColor("#f4f8f1"))
    c.roundRect(40, y - 110, 470, 110, 8, stroke=0, fill=1)
    para(54, y - 12, 440, "<b>Dette fikk vi til i 2054</b>", size=10.5, colour=dark)
    yy = y - 32
    for t in ("Parsellhagen på Lerkeløkka utvidet med 24 parseller", "Ny vannledning til hagen på Skjærbekk",
              "Kurs i kompostering for 90 deltakere", "Felles dugnad med Solbjørg hagelag i mai"):
        c.setStrokeColor(green)
        c.setLineWidth(1.6)
        c.lines([(56, yy - 5, 59, yy - 9), (59, yy - 9, 65, yy - 1)])
        para(72, yy, 420, E(t), size=9)
        yy -= 16
    c.setFillColor(dark)
    c.roundRect(524, y - 110, 278, 110, 8, stroke=0, fill=1)
    para(538, y - 12, 250, "<b>Kontakt</b><br/>Hilde Brattås, rådgiver Plan og miljø<br/>Telefon 71 44 20 93<br/>"
         "parsell@solbjorg.kommune.no<br/><br/>Les mer og meld deg på ventelista: solbjorg.kommune.no/parsell",
         size=9, colour=HexColor("#ffffff"), lead=1.35)
    c.setFont(f["normal"], 7.5)
    c.setFillColor(HexColor("#777777"))
    c.drawString(40, 24, "Solbjørg kommune · Handlingsplan for parsellhager og dyrking i byen 2055–2058 · "
                 "Planen følges opp i årsmeldingen")
    c.drawRightString(W - 40, 24, "Grafisk utforming: Kommunikasjon, Solbjørg kommune")
    c.showPage()
    c.save()
    _gold(plan, pdf, leftovers=(NB_LEFTOVER,))
    return plan, pdf


NB_NOTES = """
reportlab, ONE A3 PORTRAIT SHEET, Liberation Sans, Solbjørg kommune (Plan og miljø): the action plan made as an
INFOGRAPHIC ONE-PAGER ('Handlingsplanen på én side'). A dark green title band (kicker, title, 'Vedtatt i bystyret 11.
mars 2055, sak 18/55' = adoption, no deadline). An introduction and a resident's QUOTE (no goal). FOUR BIG NUMBERS in
circles ('214 står på venteliste …', '3 parsellhager …', '61 % …', '38 t …') = facts, no goals or measures; under the
first circle a small red note '[sjekk tallet med Eiendom – 214 eller 241? Hilde]' = EDITORIAL LEFTOVER. A source line
that quotes the government's strategy for urban farming ('oppfordrer kommunene': another body, no goal). An ICON KEY
'Slik leser du planen': a PERSON ICON = who is responsible, a CALENDAR ICON = when; 'Tiltakene står under målet de
hører til'. Four GOAL COLUMNS, each headed by a coloured circle with a big numeral and 'MÅL' and the goal sentence in
bold = the GOALS (without the final '.'). Under each goal its MEASURES as rounded shapes: the measure sentence (no
final '.'), then a person icon + the OWNER and a calendar icon + the DEADLINE — no 'Ansvar'/'Frist' words anywhere.
The goal of a measure is its column; P8 carries a badge 'også mål 1' → G3 and G1. Column 4 holds only a dashed box
'Dette gjør andre' (schools, Solbjørg hagelag, Bondelaget; 'Kommunen har ingen egne tiltak for dette målet') → G4
has NO MEASURE (other bodies' work is no measure). 'Dette fikk vi til i 2054' = a done list (no measures); a contact
box; a footer line (follow-up in the annual report = process). OWNERS as printed ('Eiendom og park' (one unit),
'Plan og miljø', 'Landbrukskontoret' one each; 'Park og idrett + Solbjørg Boligstiftelse', 'Flyktningtjenesten og
NAV Solbjørg' two each; 'Alle enhetene i helse og velferd' diffuse; P7's person icon stands with no name = none).
DEADLINES as printed ('Våren 2056', '2055', 'Før sesongen 2056', 'Fra sesongen 2055' periods; 'Innen 1.10.2055'
date; 'Hver vår', 'Hver august' recurring; 'Løpende' continuous; '2059' after 2055–2058; P9 has no calendar line =
none).
"""



# =========================================================================== 2 nynorsk organisation chart (Chromium)

NN_SLUG = "vasslekkasjar-organisasjonskart-nn"
NN_TITLE = "Handlingsplan for å redusere vasslekkasjar 2056–2059"
NN_GOALS = [
    ("G1", "Lekkasjar på leidningsnettet skal bli funne og tetta raskt"),
    ("G2", "Dei eldste og dårlegaste leidningane skal skiftast ut i tide"),
    ("G3", "Innbyggjarar, næringsliv og kommunen sjølv skal bruke mindre vatn"),
    ("G4", "Vassforsyninga skal vere sikker også ved store brot på leidningsnettet"),
    ("G5", "Dei private vassverka i grendene skal ha same tryggleik som det kommunale vassverket"),
]
NN_LEFTOVER = "[tal frå Norsk Vatn kjem i mai – Kåre]"
# (id, nr, measure, goal, unit the card hangs under, owners, Når as printed or None, kind, note)
NN_ROWS = [
    ("V1", "", "Dele leidningsnettet inn i målesoner med eigne vassmålarar", "G1", "Vatn og avløp",
     ["Vatn og avløp"], "2057", "period", "owner = the unit box the card hangs under"),
    ("V2", "", "Lytte etter lekkasjar med korrelator i alle målesonene", "G1", "Vatn og avløp", ["Vatn og avløp"],
     "Kvar haust", "recurring", "recurring"),
    ("V3", "", "Installere trykkreduksjonsventilar i sonene med høgast trykk", "G1", "Vatn og avløp",
     ["Vatn og avløp"], None, None, "the card has no 'Når' line: no deadline"),
    ("V4", "", "Skifte ut 3 km støypejarnsleidningar i Sentrum og på Bøstranda", "G2", "Vatn og avløp",
     ["Vatn og avløp"], "Innan utgangen av 2058", "period", ""),
    ("V5", "", "Lage ein fornyingsplan for leidningsnettet med prioriterte strekningar", "G2",
     "Vatn og avløp saman med Plan og byggesak", ["Vatn og avløp", "Plan og byggesak"], "1. halvår 2057", "period",
     "hangs under Vatn og avløp, 'saman med Plan og byggesak' and a dashed line to that unit: two owners"),
    ("V6", "", "Krevje vassmålar i alle nye bustader og næringsbygg", "G3", "Plan og byggesak",
     ["Plan og byggesak"], "1.1.2057", "date", "'Når: frå 1.1.2057' a start date"),
    ("V7", "", "Sende informasjon om lekkasjar og dryppande kranar saman med vassfakturaen", "G3",
     "Økonomi og fakturering", ["Økonomi og fakturering"], "Mars 2057", "period", "one unit"),
    ("V8", "", "Gå gjennom vassforbruket i kommunale bygg og reparere lekke toalett og kranar", "G3",
     "Alle einingsleiarar", ["Alle einingsleiarar"], "Løpande", "continuous", "diffuse (a dashed staff box "
     "'Alle einingsleiarar'); continuous"),
    ("V9", "", "Lage ein beredskapsplan for brot på hovudleidningane", "G4", "Beredskapskoordinator",
     ["Beredskapskoordinator"], "31.10.2056", "date", "staff function under the Kommunedirektør"),
    ("V10", "", "Kjøpe inn eit straumaggregat til høgdebassenget på Storehaugen", "G4", "", [], "2057", "period",
     "hangs under the dashed box 'Ansvar ikkje avklart': no owner"),
    ("V11", "", "Byggje nytt høgdebasseng for Bøstranda", "G4", "Prosjekt og utbygging", ["Prosjekt og utbygging"],
     "2061", "period", "'2061' after the plan period 2056–2059"),
]
NN_GCOL = {"G1": "#2f6fa8", "G2": "#8a5a2b", "G3": "#3d8b5a", "G4": "#b03a48", "G5": "#6d5a9e"}
NN_CSS = """
@page { size: A4 landscape; margin: 0; }
body { margin: 0; font-family: 'Liberation Sans', Arial, sans-serif; color: #1d232a; }
.page { width: 297mm; height: 210mm; position: relative; page-break-after: always; overflow: hidden; }
.page:last-child { page-break-after: auto; }
.in { position: absolute; left: 10mm; top: 9mm; right: 10mm; bottom: 12mm; }
.foot { position: absolute; left: 10mm; right: 10mm; bottom: 6mm; font-size: 7.5pt; color: #6b7782;
  display: flex; justify-content: space-between; border-top: 0.6pt solid #c5ccd3; padding-top: 1mm; }
.kick { font-size: 9pt; font-weight: bold; color: #2f6fa8; letter-spacing: .08em; }
h1 { font-size: 21pt; margin: 1mm 0 1mm; color: #12324f; }
h2 { font-size: 12.5pt; margin: 4mm 0 1.5mm; color: #12324f; }
p { font-size: 9.5pt; line-height: 1.4; margin: 0 0 2mm; }
.cols { display: flex; gap: 9mm; }
.cols > div { flex: 1; }
table.f { border-collapse: collapse; font-size: 9pt; width: 100%; }
table.f td { border-bottom: 0.5pt solid #c5ccd3; padding: 1.2mm 1mm; }
table.f td.n { text-align: right; font-weight: bold; }
.goal { display: flex; gap: 3mm; align-items: flex-start; margin: 0 0 2mm; font-size: 10pt; }
.goal .chip { flex: 0 0 15mm; color: #fff; font-weight: bold; font-size: 8.5pt; text-align: center;
  padding: 1mm 0; border-radius: 1mm; }
.note { font-size: 8.5pt; color: #4a5560; background: #eef2f6; padding: 2.5mm; border-radius: 1.5mm; }
.box { position: absolute; border: 0.8pt solid #12324f; background: #12324f; color: #fff; font-size: 8.5pt;
  font-weight: bold; text-align: center; padding: 1.6mm 1mm; border-radius: 1.2mm; box-sizing: border-box; }
.box.l2 { background: #3c5d7c; border-color: #3c5d7c; }
.box.l3 { background: #dfe8f1; color: #12324f; }
.box.staff { background: #fff; color: #12324f; }
.box.dash { background: #fff; color: #7a3b3b; border: 1pt dashed #b35a5a; }
.box .sub { display: block; font-weight: normal; font-size: 7pt; margin-top: .5mm; }
.stack { position: absolute; border-left: 0.35mm solid #5b6b7a; padding: 2mm 0 0 2.5mm;
  box-sizing: border-box; }
.card { background: #fff; margin-bottom: 1.8mm; border: 0.6pt solid #b9c3cc; border-top: 2.2mm solid #999;
  font-size: 7.5pt; line-height: 1.25; padding: 1mm 1.5mm 1.2mm; box-sizing: border-box; }
.card .b { display: inline-block; color: #fff; font-weight: bold; font-size: 6.8pt; padding: 0 1.2mm;
  border-radius: .8mm; margin-bottom: .6mm; }
.card .w { color: #4a5560; margin-top: .6mm; }
.card .with { color: #12324f; font-style: italic; margin-top: .4mm; }
.ext { position: absolute; font-size: 7.8pt; line-height: 1.35; border: 0.8pt dotted #7d8790; padding: 2mm;
  color: #3b444d; box-sizing: border-box; }
svg.lines { position: absolute; left: 0; top: 0; }
.key { position: absolute; font-size: 7.5pt; color: #4a5560; }
.key span { display: inline-block; width: 3mm; height: 2mm; margin: 0 1mm 0 3mm; vertical-align: middle; }
"""


def _nn_chart() -> str:
    """Page 2: the organisation chart, absolutely positioned unit boxes (mm), the measure cards stacked in flow on a
    spine under their unit, and an SVG layer of connectors."""
    cw, gap = 42.0, 5.0
    col = [i * (cw + gap) for i in range(6)]
    row = {r[0]: r for r in NN_ROWS}
    boxes = [  # (x, y, w, label, sub, cls)
        (117.5, 4, 42, "Kommunedirektør", "", ""),
        (col[0], 18, cw, "Beredskapskoordinator", "stab", "staff"),
        (col[5], 18, cw, "Alle einingsleiarar", "stab", "dash"),
        (col[1] + 10, 32, 2 * cw + gap + 50 - 10 - 2, "Kommunalsjef teknikk og miljø", "", "l2"),
        (col[4], 32, cw, "Økonomi og fakturering", "", "l2"),
        (col[1], 47, cw, "Vatn og avløp", "", "l3"),
        (col[2], 47, cw, "Plan og byggesak", "", "l3"),
        (col[3], 47, cw, "Prosjekt og utbygging", "", "l3"),
        (col[5], 92, cw, "Ansvar ikkje avklart", "", "dash"),
    ]
    stacks = [(col[0], 27, ["V9"]), (col[5], 27, ["V8"]), (col[4], 41, ["V7"]),
              (col[1], 55, ["V1", "V2", "V3", "V4", "V5"]), (col[2], 55, ["V6"]), (col[3], 55, ["V11"]),
              (col[5], 101, ["V10"])]
    out = []
    for x, y, w, lab, sub, cls in boxes:
        sp = f'<span class="sub">{sub}</span>' if sub else ""
        out.append(f'<div class="box {cls}" style="left:{x}mm;top:{y}mm;width:{w}mm">{E(lab)}{sp}</div>')
    for x, y, ids in stacks:
        cards = []
        for mid in ids:
            _id, _nr, txt, g, _who, _o, when, _k, _n = row[mid]
            w_line = f'<div class="w">Når: {"frå " if mid == "V6" else ""}{E(when)}</div>' if when else ""
            with_line = '<div class="with">saman med Plan og byggesak</div>' if mid == "V5" else ""
            cards.append(f'<div class="card" style="border-top-color:{NN_GCOL[g]}"><span class="b" '
                         f'style="background:{NN_GCOL[g]}">Mål {g[1:]}</span><br/>{E(txt)}{w_line}{with_line}</div>')
        out.append(f'<div class="stack" style="left:{x + 1.5}mm;top:{y}mm;width:{cw - 1.5}mm">{"".join(cards)}</div>')
    out.append(f'<div class="ext" style="left:{col[4]}mm;top:128mm;width:{2 * cw + gap}mm">'
               "<b>Utanfor kommuneorganisasjonen</b><br/>Vestlia vassverk SA og Nesvåg vassverk SA forsyner om lag "
               "600 innbyggjarar i grendene og har eigne planar for leidningsnettet. Mattilsynet fører tilsyn med "
               "dei. Kommunen har ingen tiltak for Mål 5 i denne planen, men tilbyr vassverka å vere med på "
               "lekkasjekurs.</div>")
    L = []

    def ln(x1, y1, x2, y2):
        L.append(f'<line x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}" stroke="#5b6b7a" stroke-width="0.35"/>')

    top_c = 117.5 + 21
    ln(top_c, 10, top_c, 32)
    ln(col[0] + cw / 2, 24, col[5] + cw / 2, 24)  # staff line
    ln(col[0] + cw / 2, 24, col[0] + cw / 2, 22)
    ln(col[5] + cw / 2, 24, col[5] + cw / 2, 22)
    ln(top_c, 28, col[4] + cw / 2, 28)
    ln(col[4] + cw / 2, 28, col[4] + cw / 2, 32)
    ln(top_c, 38, top_c, 43)
    ln(col[1] + cw / 2, 43, col[3] + cw / 2, 43)
    for k in (1, 2, 3):
        ln(col[k] + cw / 2, 43, col[k] + cw / 2, 47)
    svg = f'<svg class="lines" width="277mm" height="185mm" viewBox="0 0 277 185">{"".join(L)}</svg>'
    key = (f'<div class="key" style="left:{col[4]}mm;top:158mm;width:{2 * cw + gap}mm">Fargen øvst på kortet viser målet:'
           + "".join(f'<span style="background:{NN_GCOL[g]}"></span>Mål {g[1:]}' for g, _t in NN_GOALS)
           + " · Stipla boks: ingen eigen eining i organisasjonen</div>")
    return svg + "".join(out) + key


@plan_builder
def build_vasslekkasjar_organisasjonskart_nn() -> tuple[Plan, Path]:
    """Nynorsk plan (HTML/CSS → Chromium, A4 landscape, 2 pp.): p. 1 background, figures, the goals with coloured
    chips and a reading note; p. 2 an ORGANISATION CHART whose units carry the measures as cards hanging under them."""
    slug = NN_SLUG
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    plan = _plan(slug, "nn", NN_TITLE, (2056, 2059), NN_GOALS, NN_ROWS, NN_NOTES, "html")
    foot = ('<div class="foot"><span>Kvitvoll kommune · Handlingsplan for å redusere vasslekkasjar 2056–2059</span>'
            '<span>Side {n} av 2</span></div>')
    goals = "".join(f'<div class="goal"><div class="chip" style="background:{NN_GCOL[g]}">Mål {g[1:]}</div>'
                    f'<div>{E(t)}.</div></div>' for g, t in NN_GOALS)
    html = (
        f'<!DOCTYPE html><html lang="nn"><head><meta charset="utf-8"><title>{E(NN_TITLE)}</title>'
        f"<style>{NN_CSS}</style></head><body>"
        '<div class="page"><div class="in"><div class="kick">KVITVOLL KOMMUNE · TEKNIKK OG MILJØ</div>'
        f"<h1>{E(NN_TITLE)}</h1>"
        '<p style="color:#4a5560">Vedteken av kommunestyret 16. september 2056, sak 71/56</p>'
        '<div class="cols"><div><h2>1 Kvifor ein plan mot lekkasjar?</h2>'
        "<p>Nesten annakvar liter vatn som vassverket i Kvitvoll produserer, renn ut av leidningane før han kjem "
        "fram til kranen. Leidningsnettet er gammalt, og mange av lekkasjane finn vi først når vatnet kjem opp i "
        "vegen. Lekkasjane kostar pengar til reinsing og pumping, og dei gjer forsyninga sårbar når det er "
        "tørke.</p><p>Drikkevassforskrifta krev at vassverkseigaren skal sørgje for at leidningsnettet blir "
        "halde ved like, slik at det ikkje kjem forureining inn. Mattilsynet fører tilsyn med dette.</p>"
        "<p>Planen viser kva kommunen skal gjere i perioden 2056–2059. Han byggjer på hovudplanen for vatn og "
        "avløp og blir følgd opp i årsmeldinga.</p>"
        "<h2>Lekkasjar i tal</h2><table class=\"f\">"
        '<tr><td>Lekkasjetap 2055 (del av produsert vatn)</td><td class="n">41 %</td></tr>'
        '<tr><td>Kommunalt leidningsnett</td><td class="n">212 km</td></tr>'
        '<tr><td>Gjennomsnittleg alder på leidningane</td><td class="n">47 år</td></tr>'
        '<tr><td>Leidningsbrot som kravde stenging av vatnet, 2055</td><td class="n">19</td></tr>'
        f'<tr><td>Lekkasjetap i sammenliknbare kommunar</td><td class="n">{E(NN_LEFTOVER)}</td></tr></table>'
        '<p style="font-size:8.5pt;color:#4a5560;margin-top:2mm">Bransjemålet frå Norsk Vatn er at lekkasjane '
        "skal vere under 25 prosent innan 2040.</p></div>"
        f"<div><h2>2 Mål</h2><p>I planperioden skal vi arbeide mot fem mål:</p>{goals}"
        '<div class="note" style="margin-top:3mm"><b>Slik les du organisasjonskartet på neste side</b><br/>'
        "Kvart tiltak heng under den eininga som har ansvaret for det. Fargen og merket øvst på kortet viser "
        "kva mål tiltaket høyrer til, og «Når» viser når det skal vere gjort. Tiltak som enno ikkje har fått ei "
        "ansvarleg eining, heng under ein stipla boks.</div>"
        "<h2>Oppfølging</h2><p>Vatn og avløp rapporterer lekkasjetalet til utval for teknikk kvart halvår. "
        "Planen blir rullert hausten 2058.</p></div></div></div>"
        f'{foot.format(n=1)}</div>'
        '<div class="page"><div class="in"><div class="kick">3 KVEN GJER KVA – TILTAKA I ORGANISASJONEN</div>'
        f'<div style="position:relative;height:185mm;margin-top:1mm">{_nn_chart()}</div></div>'
        f'{foot.format(n=2)}</div>'
        "</body></html>\n"
    )
    src = d / f"{slug}.html"
    src.write_text(html, encoding="utf-8")
    pdf = bk.chromium_pdf(src, d / f"{slug}.pdf")
    _gold(plan, pdf, leftovers=(NN_LEFTOVER,))
    return plan, pdf


NN_NOTES = """
HTML/CSS → Chromium, two A4 LANDSCAPE pages, Liberation Sans, Kvitvoll kommune (teknikk og miljø): the plan whose
measures HANG IN AN ORGANISATION CHART under the units that own them. Footer 'Kvitvoll kommune · … · Side n av 2'.
P. 1: kicker, title, 'Vedteken av kommunestyret 16. september 2056, sak 71/56' (no deadline); '1 Kvifor ein plan mot
lekkasjar?' (background; drikkevassforskrifta 'krev at vassverkseigaren skal …' and Mattilsynet = national duty and
another body, no goal; the hovudplan and the annual report = process); 'Lekkasjar i tal' (figures; the last row's
value '[tal frå Norsk Vatn kjem i mai – Kåre]' = EDITORIAL LEFTOVER; Norsk Vatn's 'bransjemål … under 25 prosent
innan 2040' = another body's target, no goal). '2 Mål': five coloured chips 'Mål 1'–'Mål 5' + sentence = the GOALS
(without label and '.'); a reading note (a measure hangs under the unit responsible; the colour and badge 'Mål n' on
the card = its goal; 'Når' = when; measures without a unit hang under a dashed box); 'Oppfølging' (half-yearly
reporting, revision autumn 2058) = process. P. 2 '3 KVEN GJER KVA – TILTAKA I ORGANISASJONEN': the ORGANISATION CHART
— 'Kommunedirektør' at the top; on the staff line 'Beredskapskoordinator' (stab) and a dashed 'Alle einingsleiarar'
(stab); 'Kommunalsjef teknikk og miljø' and 'Økonomi og fakturering'; under the kommunalsjef 'Vatn og avløp', 'Plan
og byggesak', 'Prosjekt og utbygging'. Each MEASURE is a CARD on a spine under a unit box: badge 'Mål n' (GOAL LINK),
the measure sentence (= MEASURE), 'Når: …' (= DEADLINE). OWNER = the unit the card hangs under (the Kommunedirektør
and the Kommunalsjef carry no cards and own nothing). V5 hangs under Vatn og avløp with 'saman med Plan og byggesak'
→ two owners. The dashed 'Alle einingsleiarar' box = a diffuse owner. V10 hangs under
the dashed box 'Ansvar ikkje avklart' = NO OWNER. A dotted box 'Utanfor kommuneorganisasjonen' (private water works,
Mattilsynet; 'Kommunen har ingen tiltak for Mål 5 i denne planen', a course offer) → G5 has NO MEASURE. A colour key
at the foot. OWNERS ('Vatn og avløp', 'Plan og byggesak', 'Økonomi og fakturering' (one unit), 'Beredskapskoordinator',
'Prosjekt og utbygging'; V5 two; 'Alle einingsleiarar' diffuse; V10 none). DEADLINES as printed ('2057', 'Innan
utgangen av 2058', '1. halvår 2057', 'Mars 2057' periods; 'frå 1.1.2057' (a start date, kept as the date
'1.1.2057'), '31.10.2056' dates; 'Kvar haust' recurring; 'Løpande' continuous; '2061' after 2056–2059; V3's card has
no 'Når' = none).
"""



# =========================================================================== 3 Danish Notion page export (Chromium)

DA_SLUG = "toiletter-notionside-da"
DA_TITLE = "Handleplan for offentlige toiletter 2056–2058"
DA_GOALS = [
    ("G1", "Der skal være et offentligt toilet tæt på de steder, hvor mange mennesker færdes"),
    ("G2", "Alle offentlige toiletter skal kunne bruges af mennesker med handicap"),
    ("G3", "Toiletterne skal være rene, hele og åbne, når der er brug for dem"),
    ("G4", "Ingen skal føle sig utryg ved at bruge et offentligt toilet om aftenen"),
]
DA_LEFTOVER = "TODO: indsæt kort fra GIS her – Jonas"
# (id, nr, Navn, goal, Ansvarlig tags joined by ' | ', owners, Tidsplan as printed or None, kind, note, status, budget)
DA_ROWS = [
    ("I1", "", "Åbne et nyt offentligt toilet ved busterminalen", "G1", "Vej og Park", ["Vej og Park"],
     "1. oktober 2056", "date", "", "I gang", "1.200.000"),
    ("I2", "", "Indgå aftaler med butikker og caféer i midtbyen om, at alle må bruge deres toilet", "G1",
     "Erhverv og Turisme", ["Erhverv og Turisme"], "Q2 2056", "period", "", "Ikke startet", "60.000"),
    ("I3", "", "Vise alle offentlige toiletter med åbningstider på kommunens kort og i Rejseplanen", "G1",
     "Digitalisering", ["Digitalisering"], None, None, "empty Tidsplan: no deadline", "Ikke startet", ""),
    ("I4", "", "Ombygge toiletterne i Lystskoven og på Torvet, så de kan bruges af kørestolsbrugere", "G2",
     "Ejendomme", ["Ejendomme"], "2057", "period", "", "Ikke startet", "850.000"),
    ("I5", "", "Indrette et toilet med plads til hjælper, lift og stort puslebord i Kulturhuset", "G2",
     "Ejendomme | Kultur og Fritid", ["Ejendomme", "Kultur og Fritid"], "Efteråret 2056", "period",
     "two multi-select tags: two owners ('Kultur og Fritid' is one tag)", "I gang", "400.000"),
    ("I6", "", "Gennemgå alle toiletterne sammen med Danske Handicaporganisationer og udbedre fejlene", "G2",
     "Alle centre", ["Alle centre"], "Marts–juni 2056", "period", "diffuse tag 'Alle centre'", "Færdig", ""),
    ("I7", "", "Gøre rent på alle offentlige toiletter to gange om dagen fra maj til september", "G3",
     "Service og Rengøring", ["Service og Rengøring"], "Hver sommer", "recurring", "recurring; 'to gange om dagen "
     "fra maj til september' is part of the measure", "I gang", "310.000"),
    ("I8", "", "Sætte QR-koder på dørene, så brugerne kan melde fejl og manglende rengøring", "G3",
     "Digitalisering", ["Digitalisering"], "Maj 2056", "period", "", "Færdig", "15.000"),
    ("I9", "", "Udbedre skader og tilstoppede toiletter senest 48 timer efter en fejlmelding", "G3", "", [],
     "Løbende", "continuous", "empty Ansvarlig: no owner; continuous", "I gang", ""),
    ("I10", "", "Erstatte toiletbygningen på Havnepladsen med et selvrensende toilet", "G1", "Vej og Park",
     ["Vej og Park"], "2059", "period", "relation to Mål 1 and Mål 2; '2059' after the plan period 2056–2058",
     "Ikke startet", "2.100.000"),
]
DA_CSS = """
@page { size: A4; margin: 10mm 12mm 12mm 12mm; }
body { margin: 0; font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; color: #37352f; }
.top { display: flex; justify-content: space-between; font-size: 8pt; color: #787774; padding-bottom: 2mm; }
.cover { height: 30mm; background: linear-gradient(120deg, #b8d4e3 0%, #e3eef4 45%, #f2e6d0 100%); }
.wrap { margin: 0 10mm; }
.icon { margin-top: -9mm; width: 17mm; height: 17mm; }
h1 { font-size: 24pt; margin: 2mm 0 3mm; color: #37352f; }
.props { font-size: 9pt; margin-bottom: 4mm; }
.props div { display: flex; padding: .9mm 0; }
.props .k { flex: 0 0 42mm; color: #787774; }
.pill { display: inline-block; padding: .2mm 1.6mm; border-radius: .8mm; font-size: 8.5pt; margin-right: 1mm; }
.callout { display: flex; gap: 3mm; background: #f1f1ef; border-radius: 1.2mm; padding: 3mm 4mm; margin: 3mm 0; }
.callout svg { flex: 0 0 5mm; height: 5mm; }
h2 { font-size: 15pt; margin: 6mm 0 2mm; }
p { line-height: 1.5; margin: 0 0 2mm; }
.toc a { display: block; color: #787774; text-decoration: underline; font-size: 9pt; line-height: 1.6; }
.tog { display: flex; gap: 2mm; align-items: baseline; margin: 2mm 0 1mm; }
.tog .tri { flex: 0 0 3mm; font-size: 8pt; color: #37352f; }
.tog.h3 { font-size: 12pt; font-weight: bold; }
.tog-body { margin-left: 5mm; }
blockquote { border-left: 3px solid #37352f; margin: 3mm 0; padding: 0 0 0 4mm; font-size: 10.5pt; }
ul { margin: 0 0 2mm; padding-left: 6mm; } li { line-height: 1.5; }
.todo { display: flex; gap: 2mm; align-items: center; margin: 2mm 0; }
.todo .bx { width: 3.2mm; height: 3.2mm; border: 1.2pt solid #37352f; border-radius: .5mm; }
.cmt { font-size: 8pt; color: #787774; border-left: 2px solid #e9d27a; padding-left: 2mm; margin: 1mm 0 2mm 5mm; }
.dbt { font-size: 13pt; font-weight: bold; margin: 6mm 0 1mm; }
.views { font-size: 8.5pt; color: #787774; border-bottom: 1px solid #e9e9e7; padding-bottom: 1mm; margin-bottom: 0;
  display: flex; gap: 5mm; }
.views .on { color: #37352f; border-bottom: 2px solid #37352f; padding-bottom: .8mm; }
table.db { border-collapse: collapse; width: 100%; font-size: 8.5pt; table-layout: fixed; }
table.db th { text-align: left; font-weight: normal; color: #787774; border: 1px solid #e9e9e7; border-left: 0;
  padding: 1.2mm 1.5mm; }
table.db td { border: 1px solid #e9e9e7; border-left: 0; padding: 1.2mm 1.5mm; vertical-align: top; line-height: 1.35; }
table.db tr { break-inside: avoid; }
table.db td.nm { font-weight: bold; }
.rel { display: inline-block; border-bottom: 1px solid #c7c7c5; margin: 0 1mm .6mm 0; white-space: nowrap; }
.foot-db { font-size: 8pt; color: #9b9a97; padding: 1.2mm 1.5mm; display: flex; justify-content: space-between; }
.tag0 { background: #d3e5ef; } .tag1 { background: #dbeddb; } .tag2 { background: #fadec9; } .tag3 { background: #e8deee; }
.tag4 { background: #fdecc8; } .tag5 { background: #ffe2dd; } .tag6 { background: #eeeeed; }
.st-I { background: #d3e5ef; } .st-F { background: #dbeddb; } .st-N { background: #eeeeed; }
"""
DA_TAGC = {"Vej og Park": 0, "Erhverv og Turisme": 1, "Digitalisering": 2, "Ejendomme": 3, "Kultur og Fritid": 4,
           "Alle centre": 5, "Service og Rengøring": 6}


@plan_builder
def build_toiletter_notionside_da() -> tuple[Plan, Path]:
    """Danish plan (HTML → Chromium, A4) as a NOTION PAGE printed from the browser: breadcrumbs, cover and icon, page
    properties, a callout, a table of contents, toggles (goal toggles open, one closed), a quote, a to-do, a margin
    comment, and the inline database 'Indsatser' (relation 'Mål', multi-select 'Ansvarlig', text 'Tidsplan', status,
    budget) holding the measures."""
    slug = DA_SLUG
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    plan = _plan(slug, "da", DA_TITLE, (2056, 2058), DA_GOALS, DA_ROWS, DA_NOTES, "html",
                 links={"I10": ("G1", "G2")})
    bulb = ('<svg viewBox="0 0 20 20"><circle cx="10" cy="8" r="6" fill="#f5c542"/><rect x="7" y="13" width="6" '
            'height="4" rx="1" fill="#9b9a97"/></svg>')
    icon = ('<svg class="icon" viewBox="0 0 40 40"><rect x="2" y="2" width="36" height="36" rx="6" fill="#ffffff" '
            'stroke="#37352f" stroke-width="1.5"/><circle cx="14" cy="12" r="3.2" fill="#2f6fa8"/><rect x="11" y="17" '
            'width="6" height="14" rx="2" fill="#2f6fa8"/><circle cx="26" cy="12" r="3.2" fill="#c2455a"/>'
            '<path d="M26 16 L31 28 L21 28 Z" fill="#c2455a"/></svg>')
    goals_open = {"G1": "Toiletterne ligger i dag mest ved strandene. Ved busterminalen, i midtbyen og på "
                        "Havnepladsen mangler der toiletter, som er åbne hele dagen.",
                  "G2": "Kun tre af de 14 toiletter kan bruges af kørestolsbrugere, og ingen har plads til en "
                        "hjælper og en lift.",
                  "G3": "Borgerne klager mest over rengøringen om sommeren og over toiletter, der står lukket i "
                        "flere dage efter hærværk."}
    gl = []
    for g, t in DA_GOALS:
        n = g[1:]
        tri = "▼" if g in goals_open else "▶"
        gl.append(f'<div class="tog h3"><span class="tri">{tri}</span><span>Mål {n} · {E(t)}</span></div>')
        if g in goals_open:
            gl.append(f'<div class="tog-body"><p>{E(goals_open[g])}</p></div>')
    rows = []
    for mid, _nr, txt, g, who, _o, when, _k, _n, status, budget in DA_ROWS:
        rel = "".join(f'<span class="rel">Mål {x[1:]}</span> ' for x in (["G1", "G2"] if mid == "I10" else [g]))
        tags = "".join(f'<span class="pill tag{DA_TAGC[t]}">{E(t)}</span>' for t in who.split(" | ")) if who else ""
        st = f'<span class="pill st-{status[0]}">{E(status)}</span>'
        rows.append(f'<tr><td class="nm">{E(txt)}</td><td>{rel}</td><td>{tags}</td><td>{E(when or "")}</td>'
                    f'<td>{st}</td><td style="text-align:right">{budget}</td></tr>')
    html = (
        f'<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>{E(DA_TITLE)}</title>'
        f"<style>{DA_CSS}</style></head><body>"
        '<div class="top"><span>Hesselbjerg Kommune / Teknik og Miljø / Projekter / Toilethandleplan 2056–2058'
        "</span><span>Redigeret 3. feb. · Del · ☆</span></div>"
        f'<div class="cover"></div><div class="wrap">{icon}<h1>{E(DA_TITLE)}</h1>'
        '<div class="props">'
        '<div><span class="k">Ejer</span><span>Mette Holm</span></div>'
        '<div><span class="k">Status</span><span><span class="pill st-F">Godkendt</span></span></div>'
        '<div><span class="k">Godkendt af</span><span>Teknik- og Miljøudvalget 14. januar 2056</span></div>'
        '<div><span class="k">Tags</span><span><span class="pill tag0">Handleplan</span><span class="pill tag6">'
        "Borgerservice</span></span></div>"
        '<div><span class="k">Sidst redigeret</span><span>3. februar 2056 10:14</span></div></div>'
        f'<div class="callout">{bulb}<div>Denne side er Hesselbjerg Kommunes handleplan for offentlige toiletter '
        "2056–2058. Indsatserne står i databasen nederst på siden. Hver indsats er koblet til det mål, den skal "
        "opfylde, og har en ansvarlig afdeling og en tidsplan.</div></div>"
        '<div class="toc"><a>Baggrund</a><a>Mål</a><a>Indsatser</a><a>Opfølgning</a></div>'
        "<h2>Baggrund</h2>"
        "<p>Kommunen driver 14 offentlige toiletter. De fleste er bygget i 1990'erne og ligger ved strandene og i "
        "parkerne. Borgerne, turisterne og handelsstandsforeningen har i flere år peget på, at der mangler "
        "toiletter i midtbyen, og at mange af de eksisterende er slidte og svære at bruge for mennesker med "
        "handicap.</p>"
        "<ul><li>14 offentlige toiletter, heraf 3 tilgængelige for kørestolsbrugere</li>"
        "<li>212 henvendelser om toiletter i 2055 – flest om rengøring</li>"
        "<li>Driftsudgift 2055: 2,4 mio. kr.</li></ul>"
        '<div class="tog"><span class="tri">▶</span><span>Kortlægning af toiletterne 2054 (rapport og billeder)'
        "</span></div>"
        f'<div class="todo"><div class="bx"></div><div>{E(DA_LEFTOVER)}</div></div>'
        "<blockquote>»Jeg tager ikke længere på tur til byen med min mand, fordi jeg ikke ved, om der er et "
        "toilet, vi kan bruge.« – borger på dialogmødet i september 2055</blockquote>"
        "<p>Bygningsreglementet stiller krav om tilgængelighed, når der bygges nyt eller bygges om. Det gælder "
        "også offentlige toiletter.</p>"
        f"<h2>Mål</h2>{''.join(gl)}"
        '<div class="cmt"><b>Mette Holm</b> 2. feb. · Mål 4: vi venter på mødet med Politiet og Natteravnene, før '
        "vi lægger indsatser ind. · 2 svar</div>"
        '<div class="dbt">Indsatser</div>'
        '<div class="views"><span class="on">▦ Alle indsatser</span><span>Efter mål</span><span>Tidslinje</span>'
        "<span>Filter · Sortér · Ny</span></div>"
        '<table class="db"><colgroup><col style="width:35%"><col style="width:10%"><col style="width:20%">'
        '<col style="width:14%"><col style="width:11%"><col style="width:10%"></colgroup>'
        "<tr><th>Aa Navn</th><th>↗ Mål</th><th>≡ Ansvarlig</th><th>≡ Tidsplan</th><th>◎ Status</th>"
        f"<th># Budget (kr)</th></tr>{''.join(rows)}</table>"
        '<div class="foot-db"><span>+ Ny</span><span>ANTAL 10 · SUM 4.935.000</span></div>'
        "<h2>Opfølgning</h2><p>Teknik- og Miljøudvalget får en status på indsatserne hvert halvår. Budgettet "
        "til indsatserne er afsat i budget 2056; nye anlæg i 2057 og 2058 skal søges i budgetforhandlingerne.</p>"
        '<p style="color:#9b9a97;font-size:8.5pt">Kontakt: Mette Holm, projektleder, Teknik og Miljø · '
        "meho@hesselbjerg.dk · 72 18 40 55</p>"
        "</div></body></html>\n"
    )
    src = d / f"{slug}.html"
    src.write_text(html, encoding="utf-8")
    pdf = bk.chromium_pdf(src, d / f"{slug}.pdf")
    _gold(plan, pdf, leftovers=(DA_LEFTOVER,))
    return plan, pdf


DA_NOTES = """
HTML → Chromium, A4 portrait, Liberation Sans, Hesselbjerg Kommune (Teknik og Miljø): the plan as a NOTION PAGE
printed from the browser. Top bar: BREADCRUMBS 'Hesselbjerg Kommune / Teknik og Miljø / Projekter / Toilethandleplan
2056–2058' and 'Redigeret 3. feb. · Del' (chrome). Cover band and a page ICON (drawing), the title, PAGE PROPERTIES
('Ejer Mette Holm' owns the page, not a measure; 'Status Godkendt'; 'Godkendt af Teknik- og Miljøudvalget 14. januar
2056' = adoption, no deadline; tags; 'Sidst redigeret 3. februar 2056 10:14'). A CALLOUT (the page IS the plan; the
measures are in the database below, each linked to its goal, with a department and a schedule). A table of contents
(four headings: no goals). 'Baggrund': prose, a bullet list of figures (no measures), a CLOSED TOGGLE 'Kortlægning
af toiletterne 2054 …' (content not printed), an unchecked TO-DO 'TODO: indsæt kort fra GIS her – Jonas' = EDITORIAL
LEFTOVER, a resident's QUOTE, Bygningsreglementet's accessibility rule (national rule, no goal). 'Mål': four TOGGLE
HEADINGS 'Mål n · <sentence>' = the GOALS (without the label); Mål 1–3 OPEN with a paragraph of background each, Mål
4 CLOSED. A margin COMMENT by Mette Holm ('vi venter på mødet med Politiet og Natteravnene, før vi lægger indsatser
ind') is discussion, not plan text; no database row relates to Mål 4 → G4 has NO MEASURE. The INLINE DATABASE
'Indsatser' (view tabs 'Alle indsatser · Efter mål · Tidslinje', 'Filter · Sortér · Ny' = chrome), columns 'Aa Navn
| ↗ Mål | ≡ Ansvarlig | ≡ Tidsplan | ◎ Status | # Budget (kr)': each ROW = a MEASURE (Navn), the RELATION 'Mål n' =
the GOAL LINK (I10 relates to Mål 1 and Mål 2), the MULTI-SELECT tags of 'Ansvarlig' = OWNERS (one tag = one owner:
'Kultur og Fritid' is one tag; I5 has two tags), 'Tidsplan' = DEADLINE as printed. Status ('Færdig' rows still count)
and Budget are no owners/deadlines. Footer '+ Ny' and 'ANTAL 10 · SUM 4.935.000' = chrome. 'Opfølgning' (half-yearly
status, budget rules) = process; a contact line. OWNERS ('Vej og Park', 'Erhverv og Turisme', 'Digitalisering',
'Ejendomme', 'Service og Rengøring' one each; I5 'Ejendomme' + 'Kultur og Fritid' two; 'Alle centre' diffuse; I9 no
tag = none). DEADLINES ('Q2 2056', '2057', 'Efteråret 2056', 'Marts–juni 2056', 'Maj 2056' periods; '1. oktober
2056' date; 'Hver sommer' recurring; 'Løbende' continuous; '2059' after 2056–2058; I3 empty = none). '48 timer' and
'fra maj til september' are parts of measures.
"""



# =========================================================================== 4 English flowchart (reportlab)

EN_SLUG = "pavement-parking-flowchart-en"
EN_TITLE = "Pavement Parking Action Plan 2057–2060"
EN_GOALS = [
    ("G1", "Pavements in Copperford are clear and wide enough for everyone to use safely"),
    ("G2", "Pavement parking rules are enforced fairly and consistently across the borough"),
    ("G3", "Drivers understand how parking on the pavement affects other people"),
    ("G4", "Residents of terraced streets have somewhere to park that does not block the pavement"),
]
EN_LEFTOVER = "[PCN figure from Parking Services – TBC, RW]"
# (id, nr, action, goal, Lead as printed, owners, Timescale as printed or None, kind, note)
EN_ROWS = [
    ("P1", "", "Launch an online form and map for residents to report pavement parking", "G2", "Digital Services",
     ["Digital Services"], "September 2057", "period", "the first box of the flow"),
    ("P2", "", "Issue penalty charge notices to vehicles parked on the pavement in streets with a ban", "G2",
     "Parking Services", ["Parking Services"], "Ongoing", "continuous", "'Yes' branch of the first decision"),
    ("P3", "", "Put a warning notice on the vehicle and write to the keeper with a leaflet on safe parking", "G3",
     "Parking Services", ["Parking Services"], "January 2058", "period", ""),
    ("P4", "", "Consult residents on a Traffic Regulation Order that bans pavement parking in the street", "G1",
     "Highways Network Management", ["Highways Network Management"], "2058", "period", "two tags 'AIM 1' 'AIM 2'"),
    ("P5", "", "Install bollards or planters where a ban alone does not stop pavement parking", "G1",
     "Highways Network Management with Copperford in Bloom", ["Highways Network Management", "Copperford in Bloom"],
     None, None, "two owners joined by 'with'; no Timescale line: no deadline"),
    ("P6", "", "Add three civil enforcement officers to the evening and weekend patrols", "G2", "to be agreed", [],
     "April 2058", "period", "'Lead: to be agreed' = no owner"),
    ("P7", "", "Survey every footway in the borough and map those narrower than 1.5 m", "G1", "Highways Asset Team",
     ["Highways Asset Team"], "31 March 2058", "date", ""),
    ("P8", "", "Run a school-gate campaign on pavement parking with every primary school", "G3",
     "All primary schools", ["All primary schools"], "Every September", "recurring", "diffuse; recurring"),
    ("P9", "", "Widen the footways at the ten narrowest pinch points on bus routes", "G1",
     "Highways Capital Projects", ["Highways Capital Projects"], "2061", "period",
     "'2061' after the plan period 2057–2060"),
]
EN_GCOL = {"G1": "#1f6f8b", "G2": "#c0612b", "G3": "#5b8c3a", "G4": "#7b4f9d"}


@plan_builder
def build_pavement_parking_flowchart_en() -> tuple[Plan, Path]:
    """English plan (reportlab, 2 pp.): p. 1 A4 portrait — introduction, the law, figures, the four aims with colour
    swatches, how to read the flowchart; p. 2 A4 LANDSCAPE — the FLOWCHART / DECISION TREE: start oval, action
    rectangles (aim tags, 'Lead:' and 'Timescale:' lines), decision diamonds with Yes/No arrows, end ovals, a dashed
    partner box, and a side column of supporting actions joined to the flow by dashed lines."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Paragraph

    slug = EN_SLUG
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    plan = _plan(slug, "en", EN_TITLE, (2057, 2060), EN_GOALS, EN_ROWS, EN_NOTES, "pdf",
                 links={"P4": ("G1", "G2")})
    f = bk.reportlab_fonts("LS")
    pdf = d / f"{slug}.pdf"
    c = Canvas(str(pdf), pagesize=A4, invariant=1)
    c.setTitle(EN_TITLE)
    c.setAuthor("Copperford Borough Council")
    ink, navy, grey = HexColor("#1d1d1b"), HexColor("#23395b"), HexColor("#6e6e6e")
    row = {r[0]: r for r in EN_ROWS}

    def para(x, y_top, w, text, *, size=10, font=None, colour=ink, lead=1.35, align=0):
        st = ParagraphStyle(f"e{x:.0f}{y_top:.0f}{size}{w:.0f}", fontName=font or f["normal"], fontSize=size,
                            leading=size * lead, textColor=colour, alignment=align)
        pr = Paragraph(text, st)
        _w, ph = pr.wrap(w, 3000)
        pr.drawOn(c, x, y_top - ph)
        return ph

    def chrome(n, w, h):
        c.setFont(f["normal"], 7.5)
        c.setFillColor(grey)
        c.drawString(40, 16, "Copperford Borough Council · Pavement Parking Action Plan 2057–2060")
        c.drawRightString(w - 40, 16, f"Page {n} of 2")
        c.setStrokeColor(HexColor("#c8c8c8"))
        c.line(40, 26, w - 40, 26)

    # ---- page 1 (portrait)
    W, H = A4
    c.setFillColor(navy)
    c.rect(0, H - 110, W, 110, stroke=0, fill=1)
    para(40, H - 28, 500, "COPPERFORD BOROUGH COUNCIL · PLACE DIRECTORATE", size=9, font=f["bold"],
         colour=HexColor("#b9c8e0"))
    para(40, H - 46, 520, EN_TITLE, size=24, font=f["bold"], colour=HexColor("#ffffff"))
    para(40, H - 82, 520, "Approved by the Cabinet Member for Transport on 9 January 2057 (decision CMD/57/004)",
         size=9.5, colour=HexColor("#dfe6f1"))
    y = H - 132
    para(40, y, 515, "<b>1 Why we need this plan</b>", size=13, colour=navy)
    y -= 22
    y -= para(40, y, 515, "Cars parked on the pavement force people with pushchairs, wheelchair users and people "
              "with sight loss into the road. In many of Copperford's terraced streets the pavement is barely "
              "wide enough for one person even when it is clear. Complaints about pavement parking have doubled "
              "since 2052, and it is now the most common issue raised at ward surgeries.") + 8
    y -= para(40, y, 515, "Outside London, councils can only fine drivers for parking on the pavement where a "
              "Traffic Regulation Order bans it (Road Traffic Regulation Act 1984). Vehicles that cause an "
              "obstruction of the road remain a matter for the police.", size=9.5, font=f["italic"]) + 10
    c.setFillColor(HexColor("#eef2f7"))
    c.rect(40, y - 58, 515, 58, stroke=0, fill=1)
    para(54, y - 9, 490, "“With my guide dog I need the whole pavement. Twice this month I have had to walk "
         "in the road on Tanner's Row.”", size=11, font=f["italic"], colour=navy)
    para(54, y - 44, 490, "Resident, Copperford Sight Loss Forum", size=8.5, colour=grey)
    y -= 74
    para(40, y, 515, "<b>2 Pavement parking in numbers</b>", size=13, colour=navy)
    y -= 22
    facts = [("Reports about pavement parking, 2056", "1,184"), ("Streets with a pavement parking ban", "23"),
             ("Footways narrower than 1.5 m (estimate)", "38 km"),
             ("Penalty charge notices for pavement parking, 2056", EN_LEFTOVER)]
    for a, b in facts:
        c.setFillColor(ink)
        c.setFont(f["normal"], 9.5)
        c.drawString(44, y - 11, a)
        c.setFont(f["bold"], 9.5)
        c.drawRightString(551, y - 11, b)
        c.setStrokeColor(HexColor("#d5d5d5"))
        c.line(40, y - 16, 555, y - 16)
        y -= 18
    y -= 16
    para(40, y, 515, "<b>3 Our aims</b>", size=13, colour=navy)
    y -= 22
    for i, (g, t) in enumerate(EN_GOALS, 1):
        c.setFillColor(HexColor(EN_GCOL[g]))
        c.rect(40, y - 16, 46, 16, stroke=0, fill=1)
        c.setFillColor(HexColor("#ffffff"))
        c.setFont(f["bold"], 8.5)
        c.drawCentredString(63, y - 11.5, f"AIM {i}")
        y -= max(para(96, y - 2, 459, E(t), size=10.5, font=f["bold"]), 16) + 8
    y -= 8
    para(40, y, 515, "<b>4 How to read the flowchart</b>", size=13, colour=navy)
    y -= 22
    y -= para(40, y, 515, "The flowchart on the next page shows what happens from the moment pavement parking is "
              "reported, and what we will do at each step. Every coloured rectangle is an action in this plan: "
              "the tag in its corner shows which aim it serves, and the Lead and Timescale lines show who is "
              "responsible and when it will be done. Diamonds are decisions, rounded boxes are where a case "
              "starts or ends, and the dashed box is the work of a partner. The actions on the right support the "
              "whole process.") + 8
    y -= para(40, y, 515, "Progress will be reported to the Place Scrutiny Committee once a year. The plan will be "
              "reviewed in 2059.") + 8
    para(40, y, 515, "Contact: Parking and Traffic Team, 01632 960 418, parking@copperford.gov.uk", size=8.5,
         colour=grey)
    chrome(1, W, H)
    c.showPage()

    # ---- page 2 (landscape flowchart)
    W, H = landscape(A4)
    c.setPageSize((W, H))
    para(40, H - 26, 600, "<b>5 What happens when pavement parking is reported</b>", size=13, colour=navy)
    c.setLineWidth(0.9)

    def arrow(x1, y1, x2, y2, label=None, lx=0, ly=0, dash=False):
        c.setStrokeColor(HexColor("#4a4a4a"))
        c.setFillColor(HexColor("#4a4a4a"))
        if dash:
            c.setDash(3, 2)
        c.line(x1, y1, x2, y2)
        c.setDash()
        import math
        a = math.atan2(y2 - y1, x2 - x1)
        pts = [(x2, y2), (x2 - 6 * math.cos(a - 0.4), y2 - 6 * math.sin(a - 0.4)),
               (x2 - 6 * math.cos(a + 0.4), y2 - 6 * math.sin(a + 0.4))]
        pth = c.beginPath()
        pth.moveTo(*pts[0])
        for pt in pts[1:]:
            pth.lineTo(*pt)
        pth.close()
        c.drawPath(pth, stroke=0, fill=1)
        if label:
            c.setFont(f["bold"], 8)
            c.setFillColor(ink)
            c.drawString((x1 + x2) / 2 + lx, (y1 + y2) / 2 + ly, label)

    def oval(cx, cy, w, h, text):
        c.setFillColor(HexColor("#e8e8e8"))
        c.setStrokeColor(HexColor("#555555"))
        c.roundRect(cx - w / 2, cy - h / 2, w, h, h / 2, stroke=1, fill=1)
        st = ParagraphStyle(f"o{cx}{cy}", fontName=f["normal"], fontSize=8.5, leading=10.5, alignment=1)
        pr = Paragraph(E(text), st)
        _w, ph = pr.wrap(w - 20, 200)
        pr.drawOn(c, cx - (w - 20) / 2, cy - ph / 2)

    def diamond(cx, cy, w, h, text):
        c.setFillColor(HexColor("#fff6d9"))
        c.setStrokeColor(HexColor("#9c7a15"))
        pth = c.beginPath()
        pth.moveTo(cx, cy + h / 2)
        pth.lineTo(cx + w / 2, cy)
        pth.lineTo(cx, cy - h / 2)
        pth.lineTo(cx - w / 2, cy)
        pth.close()
        c.drawPath(pth, stroke=1, fill=1)
        st = ParagraphStyle(f"d{cx}{cy}", fontName=f["bold"], fontSize=8, leading=9.6, alignment=1)
        pr = Paragraph(E(text), st)
        _w, ph = pr.wrap(w * 0.56, 200)
        pr.drawOn(c, cx - w * 0.28, cy - ph / 2)

    def action(mid, cx, top, w, tags):
        _id, _nr, txt, _g, who, _o, when, _k, _n = row[mid]
        body = Paragraph(E(txt), ParagraphStyle(f"a{mid}", fontName=f["bold"], fontSize=8.5, leading=10.5))
        _w, bh = body.wrap(w - 14, 300)
        meta = f"Lead: {E(who)}" + (f"<br/>Timescale: {E(when)}" if when else "")
        mp = Paragraph(meta, ParagraphStyle(f"m{mid}", fontName=f["normal"], fontSize=7.8, leading=9.6,
                                            textColor=HexColor("#333333")))
        _w, mh = mp.wrap(w - 14, 300)
        h = 16 + bh + 4 + mh + 7
        x = cx - w / 2
        col = HexColor(EN_GCOL[tags[0]])
        c.setFillColor(HexColor("#ffffff"))
        c.setStrokeColor(col)
        c.setLineWidth(1.3)
        c.rect(x, top - h, w, h, stroke=1, fill=1)
        c.setLineWidth(0.9)
        tx = x
        for g in tags:
            c.setFillColor(HexColor(EN_GCOL[g]))
            c.rect(tx, top - 11, 38, 11, stroke=0, fill=1)
            c.setFillColor(HexColor("#ffffff"))
            c.setFont(f["bold"], 7)
            c.drawCentredString(tx + 19, top - 8.3, f"AIM {g[1:]}")
            tx += 40
        body.drawOn(c, x + 7, top - 16 - bh)
        mp.drawOn(c, x + 7, top - 16 - bh - 4 - mh)
        return top - h

    A, B, C_, S = 130, 350, 560, 748
    oval(A, H - 62, 200, 30, "Pavement parking is reported or seen by a patrol")
    arrow(A, H - 77, A, H - 92)
    b1 = action("P1", A, H - 92, 200, ["G2"])
    arrow(A, b1, A, b1 - 14)
    d1y = b1 - 14 - 36
    diamond(A, d1y, 200, 72, "Is the street covered by a pavement parking ban?")
    arrow(A + 100, d1y, B - 95, d1y, "Yes", -10, 4)
    b2top = d1y + 36
    b2 = action("P2", B, b2top, 190, ["G2"])
    arrow(B + 95, (b2top + b2) / 2, C_ - 75, (b2top + b2) / 2)
    oval(C_, (b2top + b2) / 2, 150, 28, "Record the case and close it")
    arrow(A, d1y - 36, A, d1y - 52, "No", 6, -2)
    d2y = d1y - 52 - 36
    diamond(A, d2y, 200, 72, "Is less than 1.5 m of footway left clear?")
    arrow(A, d2y - 36, A, d2y - 56, "No", 6, -2)
    oval(A, d2y - 74, 200, 36, "No council action – keep the report for the street survey")
    c.setDash(4, 3)
    c.setStrokeColor(HexColor("#777777"))
    c.rect(A - 100, d2y - 150, 200, 50, stroke=1, fill=0)
    c.setDash()
    para(A - 94, d2y - 106, 188, "<b>Partner:</b> Copperford Police deal with vehicles that obstruct the road or "
         "are parked dangerously.", size=8)
    arrow(A + 100, d2y, B - 95, d2y, "Yes", -10, 4)
    b3 = action("P3", B, d2y + 30, 190, ["G3"])
    arrow(B, b3, B, b3 - 14)
    d3y = b3 - 14 - 38
    diamond(B, d3y, 190, 76, "Three or more reports in the same street within three months?")
    arrow(B, d3y - 38, B, d3y - 54, "No", 6, -2)
    oval(B, d3y - 68, 150, 28, "Keep monitoring the street")
    arrow(B + 95, d3y, C_ - 90, d3y, "Yes", -10, 4)
    b4 = action("P4", C_, d3y + 34, 180, ["G1", "G2"])
    arrow(C_, b4, C_, b4 - 14)
    action("P5", C_, b4 - 14, 180, ["G1"])
    # side column
    c.setFillColor(HexColor("#f1f3f6"))
    c.rect(S - 92, 52, 184, H - 100, stroke=0, fill=1)
    para(S - 84, H - 58, 170, "<b>ACTIONS THAT SUPPORT THE WHOLE PROCESS</b>", size=8, colour=navy)
    top = H - 84
    for mid in ("P6", "P7", "P8", "P9"):
        bot = action(mid, S, top, 168, [row[mid][3]])
        top = bot - 10
    arrow(S - 84, H - 130, A + 100, H - 110, dash=True)
    # legend
    ly = 40
    c.setFont(f["normal"], 7.5)
    c.setFillColor(grey)
    c.drawString(40, ly, "Key:  rounded box = start or end   ·   diamond = decision   ·   coloured rectangle = "
                 "action in this plan   ·   dashed box = partner")
    chrome(2, W, H)
    c.showPage()
    c.save()
    _gold(plan, pdf, leftovers=(EN_LEFTOVER,))
    return plan, pdf


EN_NOTES = """
reportlab, Liberation Sans, Copperford Borough Council (Place Directorate), two pages: p. 1 A4 PORTRAIT, p. 2 A4
LANDSCAPE; footer 'Copperford Borough Council · … · Page n of 2'. P. 1: navy title band (kicker, title, 'Approved by
the Cabinet Member for Transport on 9 January 2057 (decision CMD/57/004)' = adoption, no deadline); '1 Why we need
this plan' (background; the Road Traffic Regulation Act 1984 rule and the police's role in italics = national rule and
another body, no goal); a guide-dog user's QUOTE; '2 Pavement parking in numbers' (figures; the last value '[PCN
figure from Parking Services – TBC, RW]' = EDITORIAL LEFTOVER); '3 Our aims': coloured tags 'AIM 1'–'AIM 4' + bold
sentence = the GOALS; '4 How to read the flowchart' (every coloured rectangle = an action of the plan; its corner tag
= the aim it serves; Lead and Timescale = who and when; diamonds = decisions; rounded boxes = start/end; dashed box =
a partner's work), yearly reporting to scrutiny and a review in 2059 = process; a contact line. P. 2 '5 What happens
when pavement parking is reported': a FLOWCHART / DECISION TREE. A start OVAL; ACTION RECTANGLES = the MEASURES (bold
sentence), each with coloured corner tags 'AIM n' = GOAL LINKS (P4 carries 'AIM 1' and 'AIM 2'), a line 'Lead: …' =
OWNER and a line 'Timescale: …' = DEADLINE; DECISION DIAMONDS with 'Yes'/'No' arrows (questions, not measures); end
OVALS ('Record the case and close it', 'No council action – keep the report for the street survey', 'Keep
monitoring the street' = case outcomes, no measures); a DASHED PARTNER box (Copperford Police = another body, no
measure). A grey side column 'ACTIONS THAT SUPPORT THE WHOLE PROCESS' with four more action rectangles, joined to the
flow by a dashed arrow. No rectangle carries 'AIM 4' → G4 has NO MEASURE (nothing in the plan says why). A key line
at the foot. OWNERS as printed ('Digital Services', 'Parking Services', 'Highways Network Management', 'Highways Asset
Team', 'Highways Capital Projects' one each; 'Highways Network Management with Copperford in Bloom' two; 'All primary
schools' diffuse; 'Lead: to be agreed' = none). DEADLINES as printed ('September 2057', 'January 2058', '2058',
'April 2058' periods; '31 March 2058' date; 'Every September' recurring; 'Ongoing' continuous; '2061' after
2057–2060; P5 has no Timescale line = none).
"""


def main(argv: list[str]) -> None:
    """Build the plans (or the SLUGs), --verify or --twice: blindkit.plans_main."""
    bk.plans_main(argv, plans=PLANS, out=OUT, verify=verify, patterns=PATTERNS)


def verify(slug: str) -> list[str]:
    """mb3.verify (pdftotext, page by page), batch 34's whole-text check on content order and the layout facts."""
    return mb3.verify(slug) + mb34._whole_text_raw(slug) + _layout_facts(slug)


def _layout_facts(slug: str) -> list[str]:
    """One set of layout facts per plan, read back from the PDF: the infographic is one A3 portrait page that never
    prints 'Ansvar' or 'Frist'; the org chart is two A4 landscape pages with every unit box and every measure on p. 2;
    the Notion page prints the database header and every measure on one page, and not the closed toggle's content;
    the flowchart has a portrait p. 1 and a landscape p. 2 with nine 'Lead:' lines and three decision questions."""
    import pdfplumber

    pdf = OUT / slug / f"{slug}.pdf"
    pages = mb3.pdftotext_pages(pdf)
    sq = mb3._squash
    text = "".join(pages)
    bad = []
    with pdfplumber.open(str(pdf)) as doc:
        sizes = [(round(float(p.width)), round(float(p.height))) for p in doc.pages]
    if slug == NB_SLUG:
        if sizes != [(842, 1191)]:
            bad.append(f"{slug}: not one A3 portrait page: {sizes}")
        if sq("Ansvar:") in text or sq("Frist:") in text:
            bad.append(f"{slug}: 'Ansvar' or 'Frist' printed (the icons should carry them)")
    if slug == NN_SLUG:
        if sizes != [(842, 595), (842, 595)]:
            bad.append(f"{slug}: not two A4 landscape pages: {sizes}")
        for lab in ("Kommunedirektør", "Beredskapskoordinator", "Alle einingsleiarar", "Kommunalsjef teknikk og miljø",
                    "Økonomi og fakturering", "Vatn og avløp", "Plan og byggesak", "Prosjekt og utbygging",
                    "Ansvar ikkje avklart"):
            if sq(lab) not in pages[1]:
                bad.append(f"{slug}: unit box {lab!r} not on p. 2")
        if any(sq(r[2])[:28] not in pages[1] for r in NN_ROWS):
            bad.append(f"{slug}: not every measure card on p. 2")
    if slug == DA_SLUG:
        dbp = [i for i, p in enumerate(pages) if sq("Aa Navn") in p]
        if len(dbp) != 1 or any(sq(r[2])[:28] not in pages[dbp[0]] for r in DA_ROWS):
            bad.append(f"{slug}: the database header and all ten rows not on one page")
        if sq("Toiletterne ligger") not in text or sq("Politiet og Natteravnene") not in text:
            bad.append(f"{slug}: open toggle text or margin comment missing")
    if slug == EN_SLUG:
        if sizes != [(595, 842), (842, 595)]:
            bad.append(f"{slug}: not portrait + landscape: {sizes}")
        if pages[1].count(sq("Lead:")) != 9 or pages[0].count(sq("Lead:")) != 0:
            bad.append(f"{slug}: not nine 'Lead:' lines on p. 2")
        for q in ("Is the street covered by a", "Is less than 1.5 m of footway", "Three or more reports in"):
            if sq(q) not in pages[1]:
                bad.append(f"{slug}: decision {q!r} not on p. 2")
    return bad


if __name__ == "__main__":
    main(sys.argv[1:])
