"""Build the seventeenth batch of blind authored plans (corpora/authored/<slug>/), in layouts not yet in
the corpus: a nynorsk plan exported as SPREADS (cover alone, then A3 landscape pages each holding two
printed A4 pages, even left / odd right, page numbers in the outer corners; HTML → Chromium); an English
(UK) PLAN ON A PAGE poster (vision band, four priority columns 'Our outcome' / 'What we will do' / 'How
we will know') with a portrait 'Delivery plan' annex repeating the actions in full (reportlab); a Danish
plan kept in a SPREADSHEET WITH ONE SHEET PER INDSATSOMRÅDE (sheet name in the page header, 'Side n af N';
odfpy .ods → Calc); and a Swedish handlingsplan as 'Bilaga 1 till § 45' of a nämnd's PROTOCOL, with
signature boxes in the protocol footers and page numbers restarting in the bilaga (python-docx →
LibreOffice).

    python corpora/scripts/make_blind_corpus17.py              # every plan
    python corpora/scripts/make_blind_corpus17.py SLUG ...     # some of them
    python corpora/scripts/make_blind_corpus17.py --verify     # check gold against the PDFs
    python corpora/scripts/make_blind_corpus17.py --twice      # build twice, compare sha256

Generic helpers from blindkit.py; plan data classes, findings and gold writer from make_blind_corpus.py,
the Ods writer from make_blind_corpus11.py, the pdftotext check from make_blind_corpus3.py.
Gold files carry `held_out: true` and were committed before plancheck was run on the documents.
"""

from __future__ import annotations

import html as _h
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import _docx_helpers as dh  # noqa: E402
import _odf_helpers as oh  # noqa: E402
import blindkit as bk  # noqa: E402
import make_blind_corpus as mb  # noqa: E402
import make_blind_corpus11 as mb11  # noqa: E402
import make_blind_corpus16 as mb16  # noqa: E402
from make_blind_corpus import G, M, Plan  # noqa: E402

ROOT = HERE.parents[1]
OUT = ROOT / "corpora" / "authored"

PLANS, plan_builder, write_gold = mb.builder_registry("make_blind_corpus17.py")
E = lambda s: _h.escape(s, quote=False)  # noqa: E731


# =========================================================================== 1 nynorsk spreads (Chromium)


@plan_builder
def build_bibliotek_oppslag_nn() -> tuple[Plan, Path]:
    """Nynorsk library plan printed as spreads: cover alone (A4), then A3 landscape pages holding
    printed pages 2|3, 4|5, 6|7, 8|9; the goal section runs from page 4 to 5, the measure table from
    page 6 over 7 to 8 (header repeated in every half)."""
    slug = "bibliotek-oppslag-nn"
    bs = "Biblioteksjefen"
    goals = [
        G("G1", "Biblioteket skal vere ein open og trygg møtestad for alle innbyggjarane"),
        G("G2", "Fleire barn og unge skal lese jamleg på fritida"),
        G("G3", "Innbyggjarar som strevar med digitale tenester, skal få hjelp på biblioteket"),
        G("G4", "Filialane i Nordbygda og på Vågen skal ha eit tilbod som svarar til behova i grendene"),
    ]
    # (goal, tiltak, ansvar cell, owners, frist cell, kind, diffuse, outside, note)
    rows = [
        ("G1", "Utvide den meirope tida til kl. 22 alle kvardagar", bs, [bs], "Haust 2026", "period"),
        ("G1", "Innreie ein stille lesesal og eit eige rom for ungdom i første etasje",
         "Eigedomsavdelinga og Biblioteket", ["Eigedomsavdelinga", "Biblioteket"], "2027", "period"),
        ("G1", "Arrangere minst 40 opne arrangement i året saman med lag og organisasjonar",
         "Alle tenesteområde", ["Alle tenesteområde"], "Årleg", "recurring"),
        ("G2", "Starte lesegrupper for mellomtrinnet i samarbeid med skulane", "Skulebibliotekkoordinator",
         ["Skulebibliotekkoordinator"], "Vår 2027", "period"),
        ("G2", "Gjennomføre sommarlesekampanjen for 1.–7. trinn", "Barne- og ungdomsbibliotekar",
         ["Barne- og ungdomsbibliotekar"], "Kvar sommar", "recurring"),
        ("G2", "Gje alle førsteklassingar lånekort og ei bok ved skulestart", "", [], "August 2026", "period"),
        ("G2", "Kjøpe inn fleire lettlesbøker og bøker på andre språk enn norsk", bs, [bs], "", None),
        ("G3", "Opne ein digital hjelpedisk to dagar i veka", "Biblioteket og Frivilligsentralen",
         ["Biblioteket", "Frivilligsentralen"], "Løpande", "continuous"),
        ("G3", "Lære opp alle tilsette i rettleiing om offentlege digitale tenester", bs, [bs], "31.12.2026",
         "date"),
        ("G3", "Låne ut nettbrett med ferdig oppsett til eldre som bur heime", "Heimetenesta",
         ["Heimetenesta"], "2027", "period"),
        ("G3", "Evaluere hjelpedisken saman med brukarane", bs, [bs], "2030", "period"),
    ]
    measures = []
    for i, (gid, text, _cell, owners, when, kind) in enumerate(rows, start=1):
        note = {3: "'Alle tenesteområde' diffuse; 'Årleg' recurring", 5: "'Kvar sommar' recurring",
                6: "empty Ansvar", 7: "empty Frist", 8: "two owners; 'Løpande' continuous",
                2: "two owners", 11: "after the plan period 2026–2029"}.get(i, "")
        half = "printed p. 6, left half" if i <= 5 else "printed p. 7, right half" if i <= 9 else \
            "printed p. 8, left half"
        note = f"{half}; {note}" if note else half
        measures.append(M(f"M{i}", text, [gid], owners, when or None, kind,
                          diffuse=tuple(o for o in owners if o.startswith("Alle")), outside=(when == "2030"),
                          note=note))
    plan = Plan(
        slug=slug, language="nn", title="Handlingsplan for biblioteket 2026–2029", period=(2026, 2029),
        goals=goals, measures=measures, source_ext="html",
        notes="""
HTML/CSS printed by headless Chromium as SPREADS (oppslag), as a print shop's 'export as spreads' gives
it: PDF page 1 is the cover alone (A4 portrait); PDF pages 2-5 are A3 LANDSCAPE, each holding two printed
A4 pages side by side (left even, right odd): PDF p. 2 = printed 2|3, p. 3 = 4|5, p. 4 = 6|7, p. 5 = 8|9.
Each half has its own margins (wider at the gutter), its own running header (left half: plan title,
right half: 'Hovlandsvik kommune · Kultur') and its page number in the OUTER bottom corner (left half
bottom left, right half bottom right). A line read straight across a PDF page mixes two printed pages.
The goal section '3 Mål for perioden' runs from printed p. 4 (Mål 1, Mål 2) to p. 5 (Mål 3, Mål 4) on
PDF p. 3. The measure table 'Tiltak | Ansvar | Frist' with group rows 'Mål n <short name>' (the goal
link; 'Mål 2 (framhald)' when a group goes on) runs from printed p. 6 over p. 7 (PDF p. 4) to printed
p. 8 (PDF p. 5), its header repeated in each half. Gold pages are PDF page indexes; the half is in the
README. Mål 4 (filialane) has no measures: the text says the measures come with the 2027 revision.
'Eigedomsavdelinga og Biblioteket', 'Biblioteket og Frivilligsentralen' two owners; 'Alle tenesteområde'
diffuse; 'Årleg', 'Kvar sommar' recurring, 'Løpande' continuous, '2030' after 2026-2029; empty Ansvar
and empty Frist cells. Traps: the library act's 'skal' quoted on p. 2, 'Slik står det til' figures,
a done list from the last plan, 'Oppfølging' dates on p. 9.
""")
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)

    def table(part_rows, cont=False):
        h = ['<table class="tt"><thead><tr><th style="width:58%">Tiltak</th><th style="width:26%">Ansvar</th>'
             '<th>Frist</th></tr></thead><tbody>']
        for r in part_rows:
            if isinstance(r, str):
                h.append(f'<tr class="grp"><td colspan="3">{E(r)}</td></tr>')
            else:
                _g, text, cell, _o, when, _k = r
                h.append(f"<tr><td>{E(text)}</td><td>{E(cell)}</td><td>{E(when)}</td></tr>")
        h.append("</tbody></table>")
        return "".join(h)

    short = {"G1": "Mål 1 Open møtestad", "G2": "Mål 2 Lesing", "G3": "Mål 3 Digital hjelp"}
    t6 = [short["G1"], *rows[0:3], short["G2"], *rows[3:5]]
    t7 = ["Mål 2 (framhald)", *rows[5:7], short["G3"], *rows[7:9]]
    t8 = ["Mål 3 (framhald)", *rows[9:11]]
    gsent = {g.id: E(g.text) for g in goals}
    halves = {
        2: """<h1 class="sec">Føreord</h1>
<p>Biblioteket er det mest brukte kulturtilbodet i Hovlandsvik. I fjor hadde vi over 61 000 besøk, og
stadig fleire kjem for å sitje, møtast, skrive søknader eller få hjelp med mobilen – ikkje berre for å
låne bøker. Denne planen viser kva vi vil prioritere dei neste fire åra.</p>
<p>Planen er laga av biblioteket saman med skulane, Frivilligsentralen, eldrerådet og ungdomsrådet. Takk
til alle som kom på innspelsmøta i Nordbygda, på Vågen og i sentrum.</p>
<p class="sign">Ingrid Haugsvær Rønneberg<br>kommunalsjef for kultur og oppvekst</p>
<h1 class="sec">1 Om planen</h1>
<p>Handlingsplanen gjeld for 2026–2029 og byggjer på kulturplanen og samfunnsdelen av kommuneplanen.
Folkebibliotekslova seier at folkebiblioteka «skal vere ein uavhengig møteplass og arena for offentleg
samtale og debatt». Det er eit krav til alle kommunar, og ikkje eit tiltak i denne planen.</p>
<p>Tiltaka blir finansierte innanfor budsjettet til biblioteket, med unntak av ombygginga i første
etasje, som kjem som eiga sak i budsjettet for 2027.</p>""",
        3: """<h1 class="sec">2 Slik står det til</h1>
<table class="fakta"><tr><td>Besøk på hovudbiblioteket i 2025</td><td>61 240</td></tr>
<tr><td>Utlån per innbyggjar</td><td>3,9</td></tr>
<tr><td>Timar med meirope bibliotek per veke</td><td>46</td></tr>
<tr><td>Besøk på filialane til saman</td><td>7 810</td></tr></table>
<p>Utlånet av bøker til barn har gått ned sidan 2019, særleg på mellomtrinnet. Samstundes har talet på
innbyggjarar som ber om hjelp med BankID, Helsenorge og NAV-skjema blitt meir enn dobla.</p>
<h2>Dette fekk vi til i førre planperiode</h2>
<ul><li>Meirope bibliotek i sentrum frå 2023</li><li>Bokbåten til Vågen kvar andre veke</li>
<li>Språkkafé kvar onsdag saman med vaksenopplæringa</li></ul>
<p>Filialane er små og er berre opne fire timar i veka. Fleire i grendene ønskjer seg eit tilbod på
kveldstid.</p>""",
        4: f"""<h1 class="sec">3 Mål for perioden</h1>
<p>Planen har fire mål. Under kvart mål står kvifor vi har valt det. Tiltaka står samla i kapittel 4.</p>
<h2>Mål 1</h2><p class="goal">{gsent['G1']}</p>
<p>Mange av dei som brukar biblioteket mest, lånar ingenting. Dei treng ein varm og gratis stad å vere,
og biblioteket er den einaste slike staden i sentrum som er open om kvelden. Ungdomsrådet har bede om
eit rom der ungdom kan vere utan at det blir for mykje lyd for andre.</p>
<h2>Mål 2</h2><p class="goal">{gsent['G2']}</p>
<p>Leselyst heng saman med at barn har bøker tilgjengeleg og vaksne som les med dei. Biblioteket vil
nå barna både gjennom skulen og på fritida, og særleg dei som ikkje har bøker heime. Lesekampanjen
om sommaren har hatt fleire deltakarar for kvart år, men færre gutar enn jenter.</p>""",
        5: f"""<h2>Mål 3</h2><p class="goal">{gsent['G3']}</p>
<p>Stadig fleire offentlege tenester finst berre på nett. Biblioteket skal ikkje ta over oppgåvene til
NAV eller Skatteetaten, men vere ein stad der folk kan få rettleiing og låne utstyr. Eldrerådet peikar
på at mange eldre ikkje har nokon å spørje.</p>
<h2>Mål 4</h2><p class="goal">{gsent['G4']}</p>
<p>Kultur- og oppvekstutvalet vil vurdere opningstidene og samarbeidet med skulane på Vågen og i
Nordbygda i samband med revisjonen av planen i 2027. Tiltak for filialane kjem då.</p>
<div class="box"><b>Visste du?</b> Lånekortet er gratis og gjeld på alle biblioteka i fylket.</div>""",
        6: '<h1 class="sec">4 Tiltak</h1><p>Tabellen viser tiltaka, kven som har ansvaret og når tiltaket skal '
           "vere gjennomført.</p>" + table(t6),
        7: table(t7),
        8: table(t8) + """<p class="small">Tiltak utan ansvar eller frist blir avklarte i budsjettarbeidet.</p>""",
        9: """<h1 class="sec">5 Oppfølging</h1>
<p>Biblioteksjefen rapporterer på planen til kultur- og oppvekstutvalet i mars kvart år. Planen skal
reviderast hausten 2027, etter at den nye kulturplanen er vedteken.</p>
<h2>Kontakt</h2>
<p>Hovlandsvik folkebibliotek<br>Torggata 4, 5990 Hovlandsvik<br>bibliotek@hovlandsvik.kommune.no</p>""",
    }
    css = """
@page cover { size: 210mm 297mm; margin: 0 }
@page spread { size: 420mm 297mm; margin: 0 }
body { margin: 0; font-family: 'Liberation Serif', serif; font-size: 10.5pt; line-height: 1.38; color: #1d1d1d }
.cover { page: cover; width: 210mm; height: 297mm; background: #23405a; color: #fff; position: relative;
  overflow: hidden }
.cover h1 { position: absolute; left: 22mm; top: 90mm; font: bold 30pt 'Liberation Sans', sans-serif; margin: 0;
  width: 170mm }
.cover p { position: absolute; left: 22mm; font-family: 'Liberation Sans', sans-serif }
.spread { page: spread; break-before: page; width: 420mm; height: 297mm; display: flex; overflow: hidden }
.half { width: 210mm; height: 297mm; position: relative; box-sizing: border-box; overflow: hidden }
.even { padding: 24mm 26mm 26mm 20mm }
.odd { padding: 24mm 20mm 26mm 26mm }
.rh { position: absolute; top: 11mm; font: 8pt 'Liberation Sans', sans-serif; color: #666;
  border-bottom: 0.4pt solid #999; padding-bottom: 1mm }
.even .rh { left: 20mm; right: 26mm } .odd .rh { left: 26mm; right: 20mm; text-align: right }
.pn { position: absolute; bottom: 12mm; font: bold 9pt 'Liberation Sans', sans-serif; color: #23405a }
.even .pn { left: 20mm } .odd .pn { right: 20mm }
h1.sec { font: bold 16pt 'Liberation Sans', sans-serif; color: #23405a; margin: 0 0 3mm }
h2 { font: bold 11.5pt 'Liberation Sans', sans-serif; margin: 5mm 0 1mm; color: #23405a }
p { margin: 0 0 2.6mm } p.goal { font-weight: bold; font-size: 11.5pt }
.sign { font-style: italic } .small { font-size: 8.5pt; color: #555; margin-top: 3mm }
table.tt { width: 100%; border-collapse: collapse; font: 9.5pt 'Liberation Sans', sans-serif; margin-top: 2mm }
.tt th { background: #23405a; color: #fff; text-align: left; padding: 1.6mm }
.tt td { border-bottom: 0.5pt solid #b8c4cf; padding: 1.6mm; vertical-align: top }
.tt tr.grp td { background: #e3eaf0; font-weight: bold }
table.fakta { border-collapse: collapse; margin: 2mm 0 4mm; font: 9.5pt 'Liberation Sans', sans-serif }
.fakta td { padding: 1mm 4mm 1mm 0; border-bottom: 0.4pt dotted #999 } .fakta td + td { font-weight: bold }
.box { background: #f1efe6; padding: 3mm; margin-top: 5mm; font-size: 9.5pt }
"""
    spreads = []
    for left in (2, 4, 6, 8):
        parts = []
        for n in (left, left + 1):
            cls, rh = ("even", "Handlingsplan for biblioteket 2026–2029") if n % 2 == 0 else (
                "odd", "Hovlandsvik kommune · Kultur")
            parts.append(f'<div class="half {cls}"><div class="rh">{rh}</div>{halves[n]}'
                         f'<div class="pn">{n}</div></div>')
        spreads.append(f'<div class="spread">{"".join(parts)}</div>')
    html = f"""<!DOCTYPE html><html lang="nn"><head><meta charset="utf-8"><title>{plan.title}</title>
<style>{css}</style></head><body>
<div class="cover"><p style="top:22mm;font-size:11pt;letter-spacing:2pt">HOVLANDSVIK KOMMUNE</p>
<h1>Handlingsplan for biblioteket 2026–2029</h1>
<p style="top:132mm;font-size:14pt">Ein open møtestad for lesing, læring og samtale</p>
<p style="top:265mm;font-size:9pt">Vedteken i kommunestyret 11. februar 2026, sak 9/26</p></div>
{''.join(spreads)}
</body></html>"""
    src = d / f"{slug}.html"
    src.write_text(html, encoding="utf-8")
    pdf = bk.chromium_pdf(src, d / f"{slug}.pdf")
    write_gold(plan, pdf)
    return plan, pdf



# =========================================================================== 2 English plan on a page (reportlab)


@plan_builder
def build_plan_on_a_page_en() -> tuple[Plan, Path]:
    """UK community safety plan: p. 1 a landscape poster (vision band, four priority columns of boxes
    'Our outcome' / 'What we will do' / 'How we will know'), pp. 2- a portrait annex 'Delivery plan'
    table Ref | Action | Lead officer | Partners | Target date repeating the actions in full."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        BaseDocTemplate,
        Frame,
        NextPageTemplate,
        PageBreak,
        PageTemplate,
        Paragraph,
        Spacer,
        Table,
        TableStyle,
    )

    slug = "plan-on-a-page-en"
    f = bk.reportlab_fonts("LS")
    csm, hou, yth = "Community Safety Manager", "Head of Housing", "Youth Services Lead"
    # (title, outcome, bullets, indicators, actions: (ref, action, lead, owners, partners, date, kind, outside, note))
    pri = [
        ("Safer town centres", "Residents and visitors will feel safe in our town centres by day and by night.",
         ["Wardens on the streets at weekends", "Better CCTV at the bus station and riverside",
          "A pledge with pubs and clubs", "Review of the town centre PSPO"],
         ["Residents who feel safe in Eskby town centre after dark (residents' survey)",
          "Anti-social behaviour incidents reported to the police"],
         [("1.1", "Recruit two town centre wardens for Eskby and Marlow and deploy them on Thursday to Saturday "
                  "evenings", csm, [csm], "Eskby Town Council; Eskshire Police", "Mar 2027", "period", False, ""),
          ("1.2", "Upgrade the CCTV network in Eskby and add six cameras at the bus station and along the "
                  "riverside path", "Head of Environmental Services", ["Head of Environmental Services"],
           "Eskshire Police", "Q2 2027/28", "period", False, "financial-year quarter"),
          ("1.3", "Launch a night-time economy pledge for licensed venues, with door and bar staff trained in "
                  "welfare and vulnerability", "Licensing Team Leader", ["Licensing Team Leader"],
           "Eskdown Pubwatch; Eskshire Police", "End of 2027", "period", False, ""),
          ("1.4", "Review the Public Spaces Protection Order for Eskby town centre before it expires", csm, [csm],
           "Eskshire Police", "End of 2030", "period", True, "after the plan period 2026–2029")]),
        ("Domestic abuse", "Victims of domestic abuse will get the right help the first time they ask.",
         ["An independent advocate service", "Staff who know the signs", "Accredited housing service",
          "White Ribbon every November"],
         ["Repeat referrals to MARAC", "Victims housed safely within 28 days"],
         [("2.1", "Commission an independent domestic violence advocate (IDVA) service for the whole district",
           hou, [hou], "Eskshire County Council", "Sep 2026", "period", False, ""),
          ("2.2", "Train frontline housing and customer services staff to recognise domestic abuse and refer "
                  "people safely", "", [], "Eskdown Women's Aid", "Dec 2026", "period", False, "empty Lead officer"),
          ("2.3", "Achieve Domestic Abuse Housing Alliance (DAHA) accreditation for the council's housing service",
           hou, [hou], "DAHA", "Q4 2028/29", "period", False, "Jan–Mar 2029, inside the period"),
          ("2.4", "Run the White Ribbon campaign every November with local employers and sports clubs",
           "All partners", ["All partners"], "Eskdown Chamber of Commerce", "Annually", "recurring", False,
           "'All partners' diffuse; 'Annually' recurring")]),
        ("Young people", "Fewer young people will be drawn into county lines and criminal exploitation.",
         ["A monthly exploitation panel", "Detached youth work at weekends", "Sessions in every secondary school"],
         ["Young people referred to the exploitation panel", "First-time entrants to the youth justice system"],
         [("3.1", "Set up a multi-agency exploitation panel that meets monthly to review young people at risk",
           "Community Safety Partnership Chair", ["Community Safety Partnership Chair"],
           "Eskshire Police; Children's Services; schools", "Jun 2026", "period", False, ""),
          ("3.2", "Fund detached youth work in Marlow and Westbrook on Friday and Saturday nights", yth, [yth],
           "Eskdown Youth Trust", "Ongoing", "continuous", False, "'Ongoing' continuous"),
          ("3.3", "Deliver exploitation awareness sessions to Year 8 and Year 9 pupils in all secondary schools",
           yth, [yth], "Eskshire Police; secondary schools", "", None, False, "empty Target date")]),
        ("Safer roads", "Fewer people will be killed or seriously injured on Eskdown's rural roads.",
         ["Actions to be agreed with Eskshire Highways when the partnership plan is refreshed in 2027"],
         ["People killed or seriously injured on roads in the district"], []),
    ]
    goals, measures, indicators, fas = [], [], [], []
    for gi, (title, outcome, _b, inds, acts) in enumerate(pri, start=1):
        fas.append((f"F{gi}", title))
        goals.append(G(f"G{gi}", outcome, focus_area=f"F{gi}"))
        indicators += [(t, [f"G{gi}"]) for t in inds]
        for ref, act, _cell, owners, _p, date, kind, outside, note in acts:
            measures.append(M(f"M{ref}", act, [f"G{gi}"], owners, date or None, kind, outside=outside, note=note,
                              diffuse=tuple(o for o in owners if o.startswith("All "))))
    vision = "A district where everyone feels safe at home, in town and online."
    plan = Plan(
        slug=slug, language="en", title="Community Safety Plan 2026–2029", period=(2026, 2029), goals=goals,
        measures=measures, source_ext="pdf", vision=vision, focus_areas=fas,
        notes="""
Generated with reportlab (Liberation Sans TTF, invariant). Page 1 is a LANDSCAPE A4 'PLAN ON A PAGE'
poster: a vision band across the top ('Our vision' + the vision sentence; gold vision), then four
priority COLUMNS side by side, each headed 'Priority n' + a short title (gold focus areas), and a stack of
three boxes: 'Our outcome' (the goal sentence; gold goal), 'What we will do' (3-4 short bullets that
summarise the annex actions: NOT measures of their own), 'How we will know' (gold indicators, linked to
the priority's goal; never measures). Pages 2 on are PORTRAIT: 'Annex: Delivery plan', a table
'Ref | Action | Lead officer | Partners | Target date' whose rows REPEAT the poster's actions in fuller
wording, grouped by priority rows. Gold convention: each measure ONCE, in its annex wording, with the
page of its annex row; owners from 'Lead officer' only (Partners are no owners); deadline = 'Target
date' as printed ('Mar 2027', 'Q2 2027/28', 'End of 2027', 'Q4 2028/29', 'Sep 2026', 'Jun 2026',
'Dec 2026' period; 'Annually' recurring; 'Ongoing' continuous; 'End of 2030' after 2026-2029; an empty
cell is no deadline). Empty Lead officer (2.2); 'All partners' diffuse. Priority 4 (Safer roads) has an
outcome and a bullet saying its actions come in 2027, and no annex rows: goal without measures. Traps:
a 'Strategic Assessment' sentence with 'will', partnership duties 'must' quoted, a glossary of
financial-year quarters, the review dates in 'Governance'.
""")
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    pdf = d / f"{slug}.pdf"
    navy, teal, pale = colors.HexColor("#1b2f4b"), colors.HexColor("#0f7c7a"), colors.HexColor("#e7f2f1")
    colfill = [colors.HexColor(c) for c in ("#fdf1e2", "#efe9f6", "#e6f1fb", "#eaf4e3")]
    base = ParagraphStyle("b", fontName=f["normal"], fontSize=9.5, leading=12.5)
    small = ParagraphStyle("s", parent=base, fontSize=8.3, leading=10.4)
    boxh = ParagraphStyle("bh", parent=base, fontName=f["bold"], fontSize=8.5, textColor=teal, spaceAfter=2)
    outc = ParagraphStyle("oc", parent=base, fontName=f["bold"], fontSize=10.5, leading=13.5)
    colh = ParagraphStyle("ch", parent=base, fontName=f["bold"], fontSize=12, textColor=colors.white)
    h1 = ParagraphStyle("h1", parent=base, fontName=f["bold"], fontSize=16, leading=20, textColor=navy,
                        spaceAfter=6)
    h2 = ParagraphStyle("h2", parent=base, fontName=f["bold"], fontSize=12, leading=15, textColor=navy,
                        spaceBefore=8, spaceAfter=4)
    cell = ParagraphStyle("c", parent=base, fontSize=9.2, leading=12)
    cellb = ParagraphStyle("cb", parent=cell, fontName=f["bold"], textColor=colors.white)
    P = lambda t, s=base: Paragraph(E(t), s)  # noqa: E731

    def poster_furniture(c, doc):
        w, h = landscape(A4)
        c.setFillColor(navy)
        c.rect(0, h - 40 * mm, w, 40 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont(f["normal"], 9)
        c.drawString(14 * mm, h - 10 * mm, "ESKDOWN COMMUNITY SAFETY PARTNERSHIP")
        c.setFont(f["bold"], 20)
        c.drawString(14 * mm, h - 20 * mm, "Community Safety Plan 2026–2029: plan on a page")
        c.setFont(f["bold"], 10)
        c.drawString(14 * mm, h - 30 * mm, "Our vision")
        c.setFont(f["normal"], 13)
        c.drawString(40 * mm, h - 30 * mm, vision)
        c.setFillColor(colors.HexColor("#555555"))
        c.setFont(f["normal"], 7.5)
        c.drawString(14 * mm, 8 * mm, "Eskdown District Council · Eskshire Police · Eskshire Fire and Rescue · "
                     "Eskdown Clinical Partnership · Probation Service")
        c.drawRightString(w - 14 * mm, 8 * mm, "Full delivery plan overleaf")

    def annex_furniture(c, doc):
        w, h = A4
        c.setFont(f["normal"], 8)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(18 * mm, h - 11 * mm, "Eskdown Community Safety Plan 2026–2029")
        c.drawRightString(w - 18 * mm, h - 11 * mm, "OFFICIAL")
        c.drawCentredString(w / 2, 9 * mm, f"{doc.page}")

    def column(gi, title, outcome, bullets, inds):
        fill = colfill[gi - 1]
        inner = [[P(f"Priority {gi}  {title}", colh)],
                 [[P("Our outcome", boxh), P(outcome, outc)]],
                 [[P("What we will do", boxh)] + [Paragraph(E(b), small, bulletText="•") for b in bullets]],
                 [[P("How we will know", boxh)] + [Paragraph(E(t), small, bulletText="–") for t in inds]]]
        t = Table(inner, colWidths=[62 * mm])
        t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), teal), ("BACKGROUND", (0, 1), (-1, -1), fill),
                               ("LINEBELOW", (0, 1), (-1, -2), 2, colors.white), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
        return t

    def story():
        s = [Table([[column(gi, t, o, b, i) for gi, (t, o, b, i, _a) in enumerate(pri, start=1)]],
                   colWidths=[66 * mm] * 4, style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                                               ("LEFTPADDING", (0, 0), (-1, -1), 2)])),
             NextPageTemplate("annex"), PageBreak()]
        s += [P("Annex: Delivery plan", h1),
              P("This annex sets out the actions behind the plan on a page. The partnership agreed them after "
                "the 2025 Strategic Assessment, which found that anti-social behaviour will remain the issue "
                "residents raise most often. Each action has one lead officer; partners support the lead but "
                "are not accountable for delivery."),
              P("Under the Crime and Disorder Act 1998 the responsible authorities must work together to reduce "
                "crime and disorder. That duty is the reason for the partnership, not an action in this plan.",
                base),
              P("What the Strategic Assessment told us", h2)]
        facts = [["Anti-social behaviour incidents, 2024/25", "2,914", "up 9% on 2023/24"],
                 ["Domestic abuse crimes and incidents, 2024/25", "1,372", "one in five a repeat"],
                 ["Young people referred for exploitation concerns", "58", "up from 31"],
                 ["People killed or seriously injured on roads, 2024", "47", "three in four on rural roads"],
                 ["Residents who feel safe in town centres after dark", "48%", "county average 57%"]]
        s.append(Table([[P(a, cell), P(b, cell), P(c, cell)] for a, b, c in facts],
                       colWidths=[90 * mm, 22 * mm, 50 * mm], style=TableStyle([
                           ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#9aa5b1")),
                           ("BACKGROUND", (1, 0), (1, -1), pale)])))
        s += [P("Residents told us in the 2025 survey that they want to see more uniformed patrols, quicker "
                "action on vandalism and more for young people to do in the evenings. Partners said that "
                "information sharing between agencies is still too slow.", base),
              P("How to read the delivery plan", h2),
              P("The references in the first column match the bullets on the plan on a page: 1.1 to 1.4 sit under "
                "Priority 1, and so on. A blank cell means that the partnership has still to agree it.", base),
              Spacer(1, 6)]
        rows = [[Paragraph(x, cellb) for x in ("Ref", "Action", "Lead officer", "Partners", "Target date")]]
        style = [("BACKGROUND", (0, 0), (-1, 0), navy), ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa5b1")),
                 ("VALIGN", (0, 0), (-1, -1), "TOP")]
        for gi, (title, _o, _b, _i, acts) in enumerate(pri, start=1):
            rows.append([Paragraph(E(f"Priority {gi}: {title}"), ParagraphStyle("g", parent=cell,
                                                                                fontName=f["bold"])), "", "", "", ""])
            style += [("SPAN", (0, len(rows) - 1), (-1, len(rows) - 1)), ("BACKGROUND", (0, len(rows) - 1),
                                                                          (-1, len(rows) - 1), pale)]
            if not acts:
                rows.append(["", Paragraph(E("No actions yet: to be agreed with Eskshire Highways in the 2027 "
                                             "refresh."), ParagraphStyle("it", parent=cell,
                                                                         fontName=f["italic"])), "", "", ""])
            for ref, act, lead, _o, partners, date, _k, _out, _n in acts:
                rows.append([P(ref, cell), P(act, cell), P(lead, cell), P(partners, cell), P(date, cell)])
        s.append(Table(rows, colWidths=[11 * mm, 72 * mm, 34 * mm, 36 * mm, 21 * mm], repeatRows=1,
                       style=TableStyle(style)))
        s += [P("Reading the target dates", h2),
              P("Quarters are financial-year quarters: Q1 is April to June, Q2 July to September, Q3 October to "
                "December and Q4 January to March. 'Q2 2027/28' therefore means by the end of September 2027.",
                base),
              P("Governance", h2),
              P("The Community Safety Partnership Board receives a progress report every quarter and an annual "
                "report each June. The plan will be refreshed in autumn 2027 and again in 2029, when the next "
                "Strategic Assessment has been completed.", base),
              P("Contact", h2),
              P("Community Safety Team, Eskdown District Council, Market Hall, Eskby EK4 2RT · "
                "community.safety@eskdown.gov.uk", base)]
        return s

    doc = BaseDocTemplate(str(pdf), pagesize=A4, title=plan.title, author="Eskdown Community Safety Partnership",
                          creator="Eskdown District Council", invariant=1)
    lw, lh = landscape(A4)
    doc.addPageTemplates([
        PageTemplate("poster", [Frame(12 * mm, 14 * mm, lw - 24 * mm, lh - 58 * mm, id="p")],
                     onPage=poster_furniture, pagesize=landscape(A4)),
        PageTemplate("annex", [Frame(18 * mm, 16 * mm, A4[0] - 36 * mm, A4[1] - 34 * mm, id="a")],
                     onPage=annex_furniture, pagesize=A4)])
    doc.build(story())
    gold = write_gold(plan, pdf, measure_after=2)
    mb16.add_indicators(gold, indicators, pdf)
    return plan, pdf



# =========================================================================== 3 Danish spreadsheet, one sheet per area


class SheetOds(mb11.Ods):
    """mb11.Ods with the page header 'TITLE · <sheet name>' (a sheet-name field) and the footer
    'Side n af N', as a Calc user sets them in Format ▸ Page Style."""

    def __init__(self, *, header: str, **kw):
        from odf.style import Footer, Header
        from odf.text import P, PageCount, PageNumber, SheetName

        super().__init__(header=header, **kw)
        mp = self.doc.masterstyles.childNodes[0]
        for el in list(mp.childNodes):
            mp.removeChild(el)
        hd = Header()
        hp = P(text=f"{header} · ")
        hp.addElement(SheetName(text="???"))
        hd.addElement(hp)
        mp.addElement(hd)
        ft = Footer()
        fp = P(text="Side ")
        fp.addElement(PageNumber(selectpage="current", numformat="1"))
        fp.addText(" af ")
        fp.addElement(PageCount(numformat="1"))
        ft.addElement(fp)
        mp.addElement(ft)


@plan_builder
def build_boernepolitik_faner_da() -> tuple[Plan, Path]:
    """Danish plan kept in a workbook: one sheet per indsatsområde (sheet name in the header), each a
    title row, the målsætning in a merged row and 'Indsats | Ansvarlig | Tidsplan | Status'."""
    slug = "boernepolitik-faner-da"
    kf = "Kultur og Fritid"
    # sheet name, målsætning, rows (indsats, ansvarlig cell, owners, tidsplan, kind, status, note)
    sheets = [
        ("Tidlig indsats", "Flere børn skal have hjælp, før problemerne vokser sig store", [
            ("Ansætte to familiebehandlere med base i sundhedsplejen", "Sundhedsplejen", ["Sundhedsplejen"],
             "primo 2027", "period", "I gang", ""),
            ("Indføre en fælles trivselsvurdering af alle 0-6-årige i dagtilbud", "Dagtilbudschefen",
             ["Dagtilbudschefen"], "medio 2027", "period", "Ikke påbegyndt", ""),
            ("Etablere tværfaglige teams med PPR og socialrådgiver på alle skoler", "PPR og Familieafdelingen",
             ["PPR", "Familieafdelingen"], "ultimo 2028", "period", "I gang", "two owners"),
            ("Udarbejde en ny procedure for opfølgning på underretninger", "Familieafdelingen",
             ["Familieafdelingen"], "ultimo 2026", "period", "Afsluttet",
             "Status 'Afsluttet' is no deadline; the deadline is the Tidsplan cell"),
        ]),
        ("Læring og trivsel", "Alle elever skal trives og lære mest muligt i folkeskolen", [
            ("Nedbringe elevfraværet gennem en fælles fraværsindsats med tidlig kontakt til forældrene",
             "Alle skoler", ["Alle skoler"], "2. halvår 2027", "period", "I gang", "'Alle skoler' diffuse"),
            ("Tilbyde lektiecafé på hovedbiblioteket to eftermiddage om ugen", "Biblioteket", ["Biblioteket"],
             "løbende", "continuous", "I gang", "'løbende' continuous"),
            ("Gennemføre den nationale trivselsmåling og følge op i hver klasse med en handleplan",
             "Skolechefen", ["Skolechefen"], "1. kvartal 2028", "period", "Ikke påbegyndt", ""),
            ("Oprette flere specialpladser i almenskolen, så færre børn visiteres til specialskole", "", [],
             "inden sommerferien 2027", "period", "Ikke påbegyndt", "empty Ansvarlig"),
        ]),
        ("Fritid og fællesskab", "Alle børn og unge skal have et fritidsliv med fællesskaber", [
            ("Uddele fritidspas til børn fra familier med lav indkomst", kf, [kf], "primo 2027", "period",
             "I gang", ""),
            ("Holde ungdomsklubben i Øster Ravn åben lørdag aften", "Ungdomsskolen", ["Ungdomsskolen"],
             "medio 2029", "period", "Ikke påbegyndt", "after the plan period 2026–2028"),
            ("Lave aftaler med idrætsforeningerne om at tage imod nye børn med en fast kontaktperson",
             "Alle foreninger", ["Alle foreninger"], "", None, "Ikke påbegyndt",
             "'Alle foreninger' diffuse; empty Tidsplan"),
        ]),
        ("Forældresamarbejde", "Forældre skal være aktive medspillere i deres børns liv i dagtilbud og skole",
         []),
    ]
    goals, measures, fas = [], [], []
    n = 0
    for gi, (sheet, goal, rows) in enumerate(sheets, start=1):
        fas.append((f"F{gi}", sheet))
        goals.append(G(f"G{gi}", goal, focus_area=f"F{gi}"))
        for text, _cell, owners, when, kind, _st, note in rows:
            n += 1
            measures.append(M(f"M{n}", text, [f"G{gi}"], owners, when or None, kind, note=note,
                              diffuse=tuple(o for o in owners if o.startswith("Alle ")),
                              outside=when == "medio 2029"))
    plan = Plan(
        slug=slug, language="da", title="Handleplan for børne- og ungepolitikken 2026–2028", period=(2026, 2028),
        goals=goals, measures=measures, source_ext="ods", focus_areas=fas,
        notes="""
OpenDocument SPREADSHEET with SEVERAL SHEETS (odfpy .ods) printed to PDF by LibreOffice Calc 7.4,
landscape A4, gridlines printed. One sheet per indsatsområde (sheet tabs 'Tidlig indsats', 'Læring og
trivsel', 'Fritid og fællesskab', 'Forældresamarbejde'; gold focus areas), each on its own page; the page
header is 'Ravnsø Kommune · Handleplan for børne- og ungepolitikken 2026–2028 · <sheet name>' (a
sheet-name field), the footer 'Side n af N'. Each sheet: a title row 'Indsatsområde: <name>', a
MERGED row 'Målsætning: <sentence>' (gold goal, without the label), an empty row, the header row
'Indsats | Ansvarlig | Tidsplan | Status' and wrapped rows. Gold deadline convention: the Tidsplan
cell as printed ('primo 2027', 'medio 2027', 'ultimo 2028', 'ultimo 2026', '2. halvår 2027', '1. kvartal
2028', 'inden sommerferien 2027': kind period, each ends a period a planner can date); 'løbende' is
continuous (a warning); an empty Tidsplan is no deadline; the Status column ('I gang', 'Ikke
påbegyndt', 'Afsluttet') is never a deadline nor an owner. 'PPR og Familieafdelingen' two owners;
'Alle skoler' and 'Alle foreninger' diffuse; empty Ansvarlig; 'medio 2029' after 2026-2028. The
'Forældresamarbejde' sheet has a målsætning and an empty table with a merged note row 'Indsatser
fastlægges, når forældrerådet har afgivet sine anbefalinger (forventet 2. halvår 2026)': a goal without
measures, and the note is no measure. Traps: the Dagtilbudsloven quote in a note row on sheet 1, a
legend row for the Status words.
""")
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    od = SheetOds(header="Ravnsø Kommune · Handleplan for børne- og ungepolitikken 2026–2028", lang="da",
                  country="DK")
    od.cell_style("cell", size=9.5)
    od.cell_style("title", size=13, bold=True, wrap=False)
    od.cell_style("goal", size=10.5, bold=True, fill="#fbeccf", border="0.5pt solid #808080")
    od.cell_style("head", size=9.5, bold=True, fill="#d9e2ec", border="0.5pt solid #808080")
    od.cell_style("row", size=9.5, border="0.5pt solid #808080")
    od.cell_style("note", size=8.5, italic=True)
    widths = [8.2, 3.8, 2.9, 2.7]
    for gi, (sheet, goal, rows) in enumerate(sheets, start=1):
        rr = [("title", [f"Indsatsområde: {sheet}"], "span"), ("goal", [f"Målsætning: {goal}"], "span"),
              ("cell", ["", "", "", ""]), ("head", ["Indsats", "Ansvarlig", "Tidsplan", "Status"])]
        rr += [("row", [t, c, w, st]) for t, c, _o, w, _k, st, _n in rows]
        if not rows:
            rr.append(("row", ["Indsatser fastlægges, når forældrerådet har afgivet sine anbefalinger "
                               "(forventet 2. halvår 2026)."], "span"))
        rr.append(("cell", ["", "", "", ""]))
        if gi == 1:
            rr.append(("note", ["Efter dagtilbudsloven skal alle børn i dagtilbud have et trygt og sundt "
                                "børnemiljø. Det er en pligt, ikke en indsats i denne plan."], "span"))
        rr.append(("note", ["Status: I gang = arbejdet er startet · Ikke påbegyndt · Afsluttet = indsatsen er "
                            "gennemført. Opdateret 1. marts 2026."], "span"))
        od.sheet(sheet, widths, rr, header_row=3)
    src = od.save(d / f"{slug}.ods", title=plan.title, author="Ravnsø Kommune")
    pdf = bk.soffice_pdf(src)
    write_gold(plan, pdf)
    return plan, pdf



# =========================================================================== 4 Swedish plan as bilaga to a protocol (Word)


@plan_builder
def build_protokoll_bilaga_sv() -> tuple[Plan, Path]:
    """Swedish nämnd protocol (§ 44, § 45 with 'att'-clauses) with 'Justerandes signatur' and
    'Utdragsbestyrkande' boxes in every protocol footer, then 'Bilaga 1 till § 45': the handlingsplan
    with its own page numbers from 1, 'Mål n' and 'Aktivitet | Ansvar | Klart senast' tables."""
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt

    slug = "protokoll-bilaga-sv"
    hr, ue = "HR-avdelningen", "Utvecklingsenheten"
    # (goal sentence, rows (aktivitet, ansvar cell, owners, klart senast, kind, note), intro)
    mal = [
        ("Fler ska vilja börja arbeta i vård och omsorg i Bjärkeby", [
            ("Erbjuda feriejobb i äldreomsorgen till 40 ungdomar", hr, [hr], "Varje sommar", "recurring",
             "'Varje sommar' recurring"),
            ("Delta på gymnasiets yrkesmässa med medarbetare som ambassadörer", "Kommunikationsenheten",
             ["Kommunikationsenheten"], "Hösten 2026", "period", ""),
            ("Ta fram en rekryteringsfilm om arbetet i hemtjänsten", "", [], "2026-12-31", "date", "empty Ansvar"),
        ], "Om tio år behöver kommunen anställa omkring 180 undersköterskor för att ersätta dem som går i "
           "pension. Intresset för vård- och omsorgsprogrammet på gymnasiet har minskat."),
        ("Alla undersköterskor ska ha den kompetens som yrkestiteln kräver", [
            ("Validera erfarna vårdbiträden mot undersköterskeyrket", "Vuxenutbildningen och Vård- och "
             "omsorgsförvaltningen", ["Vuxenutbildningen", "Vård- och omsorgsförvaltningen"], "2027-06-30", "date",
             "two owners"),
            ("Erbjuda studier på betald arbetstid för 25 vårdbiträden per år", "Förvaltningschefen",
             ["Förvaltningschefen"], "Årligen", "recurring", "'Årligen' recurring"),
            ("Införa en kompetenstrappa för undersköterskor med specialistinriktning", ue, [ue], "", None,
             "empty Klart senast"),
        ], "Sedan den 1 juli 2023 är undersköterska en skyddad yrkestitel. Ungefär var tredje anställd i "
           "äldreomsorgen saknar i dag undersköterskebehörighet."),
        ("Färre medarbetare ska lämna sin anställning under de två första åren", [
            ("Införa ett introduktionsprogram med handledare för alla nyanställda", "Alla chefer",
             ["Alla chefer"], "2026-09-01", "date", "'Alla chefer' diffuse"),
            ("Genomföra avgångssamtal med alla som slutar och sammanställa orsakerna", hr, [hr], "Löpande",
             "continuous", "'Löpande' continuous"),
            ("Utvärdera heltidsresan i hemtjänsten", ue, [ue], "2029-03-31", "date",
             "after the plan period 2026–2028"),
        ], "Av dem som anställdes 2024 hade 31 procent slutat inom två år. De flesta som slutar anger "
           "arbetsmiljön och schemat som skäl."),
        ("Heltid ska vara norm för alla anställda i vård och omsorg", [],
         "Aktiviteter för heltid tas fram inom kommunens gemensamma heltidsprojekt och redovisas för nämnden "
         "när projektet är klart."),
    ]
    goals, measures = [], []
    n = 0
    for gi, (gtext, rows, _i) in enumerate(mal, start=1):
        goals.append(G(f"G{gi}", gtext))
        for text, _cell, owners, when, kind, note in rows:
            n += 1
            measures.append(M(f"M{n}", text, [f"G{gi}"], owners, when or None, kind, note=note,
                              diffuse=tuple(o for o in owners if o.startswith("Alla ")),
                              outside=when == "2029-03-31"))
    plan = Plan(
        slug=slug, language="sv", title="Handlingsplan för kompetensförsörjning i vård och omsorg 2026–2028",
        period=(2026, 2028), goals=goals, measures=measures, source_ext="docx",
        notes="""
python-docx → LibreOffice 7.4, A4. A nämnd's PROTOCOL with the plan as its appendix. PDF pp. 1-2:
'Sammanträdesprotokoll' of Vård- och omsorgsnämnden (Bjärkeby kommun, 2026-03-18): header block (Plats
och tid, Beslutande, Övriga deltagande, Justerare, Justeringens plats och tid), § 44 (ekonomisk
uppföljning, no items) and § 45 'Handlingsplan för kompetensförsörjning i vård och omsorg 2026–2028'
with Dnr, 'Ärendebeskrivning', 'Beslutsunderlag' (a list of documents), 'Förvaltningens förslag' and
'Beslut': 'Nämnden beslutar' + three 'att'-clauses ('att anta handlingsplanen …', 'att uppdra åt
förvaltningschefen att återrapportera … senast den 15 december 2026', 'att aktiviteterna ska rymmas
inom befintlig budgetram'): decisions, NOT measures, never findings; 'Expedieras till'. Every
protocol page has a FOOTER of boxes 'Justerandes signatur' | 'Utdragsbestyrkande' | 'Sida n'. PDF pp. 3-5
are 'Bilaga 1 till § 45' (new section, own header 'Bilaga 1 till § 45 · VON 2026-03-18', page numbers
RESTART at 1: printed 'Sida 1'-'Sida 3' on PDF pp. 3-5; gold pages are PDF page indexes). The plan:
Inledning, then 'Mål n' + bold goal sentence + background + a table 'Aktivitet | Ansvar | Klart
senast' per goal. 'Varje sommar', 'Årligen' recurring, 'Löpande' continuous; 'Hösten 2026' period;
ISO dates; '2029-03-31' after 2026-2028; empty Ansvar, empty Klart senast; 'Alla chefer' diffuse;
'Vuxenutbildningen och Vård- och omsorgsförvaltningen' two owners. Mål 4 (heltid) only a sentence:
no activities (goal without measures). Traps: socialtjänstlagen 'ska' quoted in the Inledning, the
Ärendebeskrivning's summary of the goals in running prose (the goals are the Bilaga's 'Mål n').
""")
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    doc = dh.new_document(font="Liberation Sans", size=10.5, margins_mm=22)
    mb.docx_lang(doc, "sv-SE")
    sec = doc.sections[0]
    sec.bottom_margin = Mm(34)

    def boxes_footer(section):
        ft = section.footer
        ft.is_linked_to_previous = False
        t = ft.add_table(1, 3, Mm(166))
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        oh.docx_table_borders(t, size=6, color="000000")
        for c, (label, w) in enumerate([("Justerandes signatur", 62), ("Utdragsbestyrkande", 62), ("", 42)]):
            cell = t.rows[0].cells[c]
            cell.width = Mm(w)
            p = cell.paragraphs[0]
            if label:
                r = p.add_run(label)
                r.font.size = Pt(7.5)
                dh.para(cell, "", size=7.5)
                dh.para(cell, "", size=7.5)
            else:
                r = p.add_run("Sida ")
                r.font.size = Pt(8.5)
                dh.add_field(p, "PAGE", "1", size=8.5)
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        ft.paragraphs[0].text = ""

    hd = sec.header
    hd.is_linked_to_previous = False
    hp = hd.paragraphs[0]
    dh.add_runs(hp, "**BJÄRKEBY KOMMUN**\tSAMMANTRÄDESPROTOKOLL", size=9)
    hp2 = hd.add_paragraph()
    dh.add_runs(hp2, "Vård- och omsorgsnämnden\tSammanträdesdatum 2026-03-18", size=9)
    for q in (hp, hp2):
        q.paragraph_format.tab_stops.add_tab_stop(Mm(166), alignment=2)
    boxes_footer(sec)

    def kv(label, value):
        t = doc.add_table(1, 2)
        t.autofit = False
        t.columns[0].width, t.columns[1].width = Mm(48), Mm(118)
        t.rows[0].cells[0].width, t.rows[0].cells[1].width = Mm(48), Mm(118)
        dh.para(t.rows[0].cells[0], label, bold=True, size=9.5)
        dh.para(t.rows[0].cells[1], value, size=9.5)
        for c in t.rows[0].cells:
            c.paragraphs[0]._p.getparent().remove(c.paragraphs[0]._p)

    kv("Plats och tid", "Kommunhuset, sammanträdesrum Ljungen, kl. 13.00–15.40")
    kv("Beslutande", "Marianne Kjellgren (S), ordförande\nOlof Hedenstierna (M)\nSara Ljunggren Öst (C)\n"
                     "Jonas Bergsmark (SD)\nAnneli Persdotter (V)")
    kv("Övriga deltagande", "Karin Wester, förvaltningschef\nMats Olander, nämndsekreterare")
    kv("Justerare", "Olof Hedenstierna")
    kv("Justeringens plats och tid", "Vård- och omsorgsförvaltningen, 2026-03-23")
    kv("Paragrafer", "§ 44–45")
    dh.para(doc, "§ 44", bold=True, size=12, space_before=12)
    dh.para(doc, "Ekonomisk uppföljning februari 2026", bold=True, size=11)
    dh.para(doc, "Dnr VON 2026/12", size=9)
    dh.para(doc, "Förvaltningen redovisar ett prognostiserat underskott på 3,1 miljoner kronor för helåret, "
                 "främst inom hemtjänsten. Nämnden beslutar att lägga informationen till handlingarna.")
    dh.para(doc, "§ 45", bold=True, size=12, space_before=12)
    dh.para(doc, "Handlingsplan för kompetensförsörjning i vård och omsorg 2026–2028", bold=True, size=11)
    dh.para(doc, "Dnr VON 2025/88", size=9)
    dh.para(doc, "Ärendebeskrivning", bold=True)
    dh.para(doc, "Nämnden gav i maj 2025 förvaltningen i uppdrag att ta fram en handlingsplan för att säkra "
                 "personalförsörjningen i vård och omsorg. Planen har tagits fram tillsammans med de fackliga "
                 "organisationerna, Vuxenutbildningen och gymnasieskolan.")
    dh.para(doc, "Planen innehåller fyra mål: att fler ska söka sig till yrkena, att personalen ska ha rätt "
                 "kompetens, att färre ska sluta tidigt och att heltid ska bli norm. Till tre av målen finns "
                 "aktiviteter med ansvar och tidpunkt. Förvaltningen bedömer att planen kan genomföras inom "
                 "befintlig budget, med statsbidraget för Äldreomsorgslyftet som stöd.")
    dh.para(doc, "Beslutsunderlag", bold=True)
    for t in ["Tjänsteskrivelse 2026-02-27", "Handlingsplan för kompetensförsörjning i vård och omsorg "
              "2026–2028 (bilaga 1)", "Protokollsutdrag från samverkansgruppen 2026-02-19"]:
        dh.para(doc, f"– {t}", space_after=1)
    dh.para(doc, "Förvaltningens förslag", bold=True, space_before=6)
    dh.para(doc, "Förvaltningens förslag överensstämmer med nämndens beslut.")
    dh.para(doc, "Beslut", bold=True)
    dh.para(doc, "Nämnden beslutar")
    for t in ["att anta Handlingsplan för kompetensförsörjning i vård och omsorg 2026–2028 enligt bilaga 1,",
              "att uppdra åt förvaltningschefen att återrapportera genomförda aktiviteter till nämnden senast "
              "den 15 december 2026, samt",
              "att aktiviteterna ska rymmas inom befintlig budgetram."]:
        p = dh.para(doc, t, space_after=3)
        p.paragraph_format.left_indent = Mm(10)
        p.paragraph_format.first_line_indent = Mm(-10)
    dh.para(doc, "Expedieras till", bold=True, space_before=6)
    dh.para(doc, "Förvaltningschef, HR-avdelningen, Vuxenutbildningen, Kommunikationsenheten")
    dh.para(doc, "Vid protokollet", italic=True, space_before=18)
    dh.para(doc, "Mats Olander, sekreterare\t\tMarianne Kjellgren, ordförande", size=9.5)

    # ---------------------------------------------------------------- Bilaga 1 (new section, numbering from 1)
    b = dh.add_section(doc, landscape=False, margins_mm=22)
    oh.docx_page_number_start(b, 1)
    b.header.is_linked_to_previous = False
    hp = b.header.paragraphs[0]
    for r in list(hp.runs):
        r._r.getparent().remove(r._r)
    for extra in b.header.paragraphs[1:]:
        extra._p.getparent().remove(extra._p)
    dh.add_runs(hp, "Bilaga 1 till § 45 · VON 2026-03-18", size=9)
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    ft = b.footer
    ft.is_linked_to_previous = False
    for tbl in list(ft.tables):
        tbl._tbl.getparent().remove(tbl._tbl)
    fp = ft.paragraphs[0]
    for r in list(fp.runs):
        r._r.getparent().remove(r._r)
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rr = fp.add_run("Sida ")
    rr.font.size = Pt(9)
    dh.add_field(fp, "PAGE", "1", size=9)
    dh.para(doc, "BJÄRKEBY KOMMUN · Vård- och omsorgsförvaltningen", size=9, color="555555")
    dh.para(doc, plan.title, bold=True, size=18, space_after=8, color="2E4A62")
    dh.para(doc, "Inledning", bold=True, size=12.5, color="2E4A62")
    dh.para(doc, "Vård och omsorg är kommunens största verksamhet med drygt 900 medarbetare. Enligt "
                 "socialtjänstlagen ska det inom vården av äldre finnas personal med lämplig utbildning och "
                 "erfarenhet. Den här planen beskriver hur förvaltningen under 2026–2028 ska arbeta för att "
                 "rekrytera, utveckla och behålla personal.")
    dh.para(doc, "Planen följs upp i nämndens verksamhetsberättelse varje år. Aktiviteter utan ansvar eller "
                 "datum kompletteras vid första uppföljningen.")
    for gi, (gtext, rows, intro) in enumerate(mal, start=1):
        dh.para(doc, f"Mål {gi}", bold=True, size=12.5, color="2E4A62", space_before=10, keep_with_next=True)
        dh.para(doc, gtext, bold=True, size=11, keep_with_next=True)
        dh.para(doc, intro, keep_with_next=bool(rows))
        if not rows:
            continue
        t = doc.add_table(1 + len(rows), 3)
        t.autofit = False
        for c, w in enumerate((96, 44, 26)):
            t.columns[c].width = Mm(w)
        oh.docx_table_borders(t, size=4, color="7F7F7F")
        for c, (h, w) in enumerate([("Aktivitet", 96), ("Ansvar", 44), ("Klart senast", 26)]):
            cell = t.rows[0].cells[c]
            cell.width = Mm(w)
            cell.paragraphs[0].text = ""
            dh.add_runs(cell.paragraphs[0], h, bold=True, size=9.5)
            oh.docx_shade(cell, "DCE6EF")
        oh.docx_repeat_header(t.rows[0])
        for ri, (text, cell_t, _o, when, _k, _n) in enumerate(rows, start=1):
            for c, (v, w) in enumerate([(text, 96), (cell_t, 44), (when, 26)]):
                cell = t.rows[ri].cells[c]
                cell.width = Mm(w)
                if v:
                    dh.add_runs(cell.paragraphs[0], v, size=9.5)
            oh.docx_cant_split(t.rows[ri])
    dh.para(doc, "Uppföljning", bold=True, size=12.5, color="2E4A62", space_before=12)
    dh.para(doc, "Förvaltningschefen återrapporterar till nämnden i december 2026 och därefter i samband med "
                 "verksamhetsberättelsen i februari varje år. Planen revideras inför 2029.")
    oh.docx_freeze_core(doc, plan.title, "Bjärkeby kommun")
    src = d / f"{slug}.docx"
    dh.save_deterministic(doc, src)
    pdf = bk.soffice_pdf(src)
    write_gold(plan, pdf, goal_after=3, measure_after=3)
    return plan, pdf


def main(argv: list[str]) -> None:
    """Build the plans (or the SLUGs), --verify or --twice: blindkit.plans_main."""
    bk.plans_main(argv, plans=PLANS, out=OUT, patterns=("*.docx", "*.ods", "*.html", "*.pdf", "*.gold.yaml"), strategies=True)


if __name__ == "__main__":
    main(sys.argv[1:])
