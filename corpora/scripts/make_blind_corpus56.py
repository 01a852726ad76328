"""Build the fifty-sixth batch of blind authored plans (corpora/authored/<slug>/), four layout forms no earlier batch
holds: a nynorsk river-park plan as an A3 POSTER whose measures stand in NUMBERED CALLOUT BUBBLES round a drawn
bird's-eye picture of the park (leader lines to numbered markers; beside them bubbles that are no measures: a quote,
another body's project, a deferral) (HTML/SVG → Chromium); a bokmål plan against gambling problems among young people
as a POLICY BRIEF ('Hovedbudskap' box, main column of argument, a shaded SIDEBAR 'Nøkkeltiltak' that alone holds the
measures) (python-docx → LibreOffice); a Danish street-lighting plan followed up as a project HIGHLIGHT REPORT
('Statusrapport til styregruppen': traffic-light status table, what was done, the activities of the next period and
the rest of the period, risks, decisions the board is asked to take) (odfpy → LibreOffice); an English warm-spaces
plan as an annual REPORT CARD (letter grades per objective, 'What we said / What happened', 'Next year we will'
with Lead and By, a scrutiny panel's comments) (reportlab).

    python corpora/scripts/make_blind_corpus56.py              # every plan
    python corpora/scripts/make_blind_corpus56.py SLUG ...     # some of them
    python corpora/scripts/make_blind_corpus56.py --verify     # check gold against the PDFs
    python corpora/scripts/make_blind_corpus56.py --twice      # build twice, compare sha256

Generic helpers from blindkit.py; plan data classes, findings (as in batch 1), the Odt writer and gold writer from
make_blind_corpus.py, the pdftotext check from make_blind_corpus3.py, the whole-text check on pdftotext -raw from
make_blind_corpus34.py, `_leftovers` from make_blind_corpus41.py, `_measures` from make_blind_corpus49.py, the
reportlab paragraph helper from make_blind_corpus55.py and the docx helpers from _docx_helpers.py (imported, not
copied). Written blind: the author read no code under plancheck/, bench/, tests/, rules/ or docs/ and did not run
plancheck. Gold files carry `held_out: true`.
"""

from __future__ import annotations

import html as _h
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import _docx_helpers as dh  # noqa: E402
import blindkit as bk  # noqa: E402
import make_blind_corpus as mb  # noqa: E402
import make_blind_corpus3 as mb3  # noqa: E402
import make_blind_corpus34 as mb34  # noqa: E402
import make_blind_corpus41 as mb41  # noqa: E402
import make_blind_corpus49 as mb49  # noqa: E402
import make_blind_corpus55 as mb55  # noqa: E402
from make_blind_corpus import G, Plan  # noqa: E402

ROOT = HERE.parents[1]
OUT = ROOT / "corpora" / "authored"

PLANS, plan_builder, write_gold = mb.builder_registry("make_blind_corpus56.py")
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


# =========================================================================== 1 nynorsk poster with callout bubbles

NN_SLUG = "elvepark-plakatbobler-nn"
NN_TITLE = "Handlingsplan for Elveparken langs Lona 2056–2058"
NN_GOALS = [
    ("G1", "Elveparken skal vere lett å kome seg til og å gå i for alle, også med rullestol og barnevogn"),
    ("G2", "Fleire skal kunne bade, fiske og leike i og ved elva på ein trygg måte"),
    ("G3", "Naturen langs Lona skal takast vare på, og laksen og sjøauren skal lettare kome opp elva"),
    ("G4", "Elveparken skal vere ein stad for kultur og arrangement heile året"),
]
NN_LETTER = {"G1": "A", "G2": "B", "G3": "C", "G4": "D"}
NN_LEFTOVER = "[Idun: byt ut teikninga med dronefoto når vi har det]"
# (id, nr, measure, goal, Kven as printed or None (no line), owners, Når as printed or None, kind, note,
#  letters printed, marker (x, y) in picture mm, bubble (x, y) in picture mm)
NN_ROWS = [
    ("E1", "1", "Leggje fast dekke på stien frå brua til Kvernhusholmen", "G1", "Park og idrett",
     ["Park og idrett"], "Sommar 2056", "period", "", "A", (112, 88), (0, 0)),
    ("E2", "2", "Byggje ei rampe ned til badeplassen ved Brusletta", "G1", "Eigedom", ["Eigedom"], "1.6.2057",
     "date", "two goal chips A and B → G1 and G2", "A B", (178, 96), (61, 0)),
    ("E3", "3", "Setje opp livbøyer og redningsskilt ved alle badeplassane", "G2", "Brann og redning",
     ["Brann og redning"], "før badesesongen 2056", "period", "'før badesesongen 2056' = before the bathing "
     "season (by about June 2056)", "B", (196, 112), (122, 0)),
    ("E4", "4", "Lage ein fiskeplass for rullestolbrukarar ved Nedre Lona", "G2", None, [], "2057", "period",
     "no 'Kven' line in the bubble: no owner", "B", (262, 150), (183, 0)),
    ("E5", "5", "Fjerne kjempespringfrø og andre framande artar langs elvebreidda", "G3",
     "Alle lag og foreiningar i bygda", ["Alle lag og foreiningar i bygda"], "Kvar sommar", "recurring",
     "diffuse owner; recurring", "C", (70, 62), (244, 0)),
    ("E6", "6", "Byggje fisketrapp forbi den gamle kvernhusdammen", "G3",
     "Kommunalteknikk og Høvringdal jeger- og fiskarlag", ["Kommunalteknikk", "Høvringdal jeger- og fiskarlag"],
     "2059", "period", "two owners joined by 'og' (the second name holds 'jeger- og fiskarlag', one body); "
     "'2059' after the plan period 2056–2058", "C", (92, 112), (0, 192)),
    ("E7", "7", "Setje opp lys langs hovudstien", "G1", "Kommunalteknikk", ["Kommunalteknikk"], None, None,
     "no 'Når' in the bubble: no deadline", "A", (140, 150), (61, 192)),
    ("E8", "8", "Setje opp eit toalett som er ope heile året ved parkeringsplassen", "G1", "Eigedom", ["Eigedom"],
     "Haust 2056", "period", "", "A", (206, 168), (122, 192)),
    ("E9", "9", "Tømme søppeldunkane og rydde parken", "G3", "Park og idrett", ["Park og idrett"], "Løpande",
     "continuous", "continuous", "C", (232, 128), (183, 192)),
]
NN_CSS = """
@page { size: 420mm 297mm; margin: 0; }
html, body { margin: 0; padding: 0; }
body { font-family: 'Liberation Sans', Arial, sans-serif; color: #1d2a2f; width: 420mm; height: 296mm;
  position: relative; overflow: hidden; background: #fbfaf5; }
.band { position: absolute; left: 0; top: 0; width: 420mm; height: 33mm; background: #1f5f6b; color: #fff; }
.band .k { position: absolute; left: 12mm; top: 6mm; font-size: 10pt; letter-spacing: 2pt; font-weight: bold; }
.band h1 { position: absolute; left: 12mm; top: 11mm; margin: 0; font-size: 25pt; }
.band .v { position: absolute; right: 12mm; top: 7mm; font-size: 9pt; text-align: right; line-height: 1.5; }
.left { position: absolute; left: 12mm; top: 40mm; width: 90mm; font-size: 9.6pt; line-height: 1.45; }
.left h2 { font-size: 12.5pt; color: #1f5f6b; margin: 0 0 1.5mm; }
.left p { margin: 0 0 3.5mm; }
.goal { display: flex; margin: 0 0 2.4mm; }
.chip { display: inline-block; min-width: 5mm; height: 5mm; line-height: 5mm; border-radius: 2.5mm; text-align: center;
  font-weight: bold; font-size: 8.5pt; color: #fff; margin-right: 1mm; }
.goal .chip { min-width: 7mm; height: 7mm; line-height: 7mm; border-radius: 3.5mm; font-size: 11pt; margin-right: 2.5mm;
  flex: none; }
.goal b { font-size: 10pt; }
.cA { background: #2f7d4f; } .cB { background: #2a6fb0; } .cC { background: #8a6d1c; } .cD { background: #8e3b6e; }
.howto { border: 1px dashed #1f5f6b; padding: 2mm 3mm; font-size: 8.8pt; margin-bottom: 3.5mm; }
.facts { background: #e8f0ee; padding: 2.5mm 3mm; margin-bottom: 3.5mm; }
.facts div { font-size: 8.8pt; margin-bottom: 1mm; } .facts b { font-size: 11pt; color: #1f5f6b; }
.contact { font-size: 8.6pt; border-top: 1px solid #1f5f6b; padding-top: 2mm; }
.pic { position: absolute; left: 110mm; top: 40mm; width: 300mm; height: 245mm; }
.pic svg { position: absolute; left: 0; top: 0; }
.bub { position: absolute; width: 56mm; background: #fff; border: 0.5mm solid #1f5f6b; border-radius: 4mm;
  padding: 2.2mm 2.6mm 2mm; box-sizing: border-box; font-size: 9pt; line-height: 1.35; }
.bub .n { display: inline-block; width: 7mm; height: 7mm; line-height: 7mm; border-radius: 3.5mm; background: #d9472b;
  color: #fff; font-weight: bold; font-size: 11pt; text-align: center; float: left; margin: 0 2mm 1mm 0; }
.bub .t { font-weight: bold; }
.bub .m { color: #55636a; font-size: 8.4pt; margin-top: 1.2mm; clear: both; }
.bub .g { margin-top: 1.2mm; font-size: 7.8pt; color: #55636a; }
.bub.grey { border-color: #8b989e; background: #f1f3f3; }
.bub.quote { border-color: #8e3b6e; font-style: italic; }
.note { position: absolute; font-size: 8pt; color: #b0341e; font-style: italic; }
.foot { position: absolute; left: 12mm; right: 12mm; top: 288mm; font-size: 7.8pt; color: #55636a;
  display: flex; justify-content: space-between; }
"""


def _nn_svg(markers) -> str:
    """The bird's-eye drawing of the park (river, island, paths, bridge, trees, buildings), the leader lines and the
    numbered markers, in picture mm."""
    trees = [(30, 150), (44, 170), (58, 158), (250, 60), (268, 80), (282, 96), (150, 60), (162, 48), (120, 175),
             (100, 190), (290, 190), (10, 40), (40, 30), (220, 40)]
    out = ['<svg xmlns="http://www.w3.org/2000/svg" width="300mm" height="245mm" viewBox="0 0 300 245">',
           '<rect x="0" y="0" width="300" height="245" rx="4" fill="#dfe9d2"/>',
           '<path d="M -5 72 C 60 78, 90 120, 150 122 S 240 120, 305 178" stroke="#8fc1dc" stroke-width="26" '
           'fill="none"/>',
           '<path d="M -5 72 C 60 78, 90 120, 150 122 S 240 120, 305 178" stroke="#6aa7c9" stroke-width="2" '
           'fill="none" stroke-dasharray="4 5"/>',
           '<ellipse cx="100" cy="104" rx="14" ry="7" fill="#c9dcae" stroke="#9bb77c" stroke-width=".6"/>',
           '<path d="M 20 200 C 70 160, 90 140, 112 92 L 150 70 C 190 80, 230 100, 280 110" stroke="#c8a878" '
           'stroke-width="3" fill="none" stroke-dasharray="6 3"/>',
           '<path d="M 140 150 C 170 150, 200 160, 230 200" stroke="#c8a878" stroke-width="3" fill="none" '
           'stroke-dasharray="6 3"/>',
           '<rect x="146" y="100" width="8" height="42" fill="#9a8f84" transform="rotate(-12 150 121)"/>',
           '<rect x="196" y="176" width="34" height="20" fill="#cfd3d6" stroke="#9aa0a4" stroke-width=".5"/>',
           '<text x="213" y="190" font-size="9" font-family="Liberation Sans" fill="#7d8488" '
           'text-anchor="middle">P</text>',
           '<rect x="168" y="160" width="10" height="8" fill="#b9a58f"/>',
           '<path d="M 78 104 L 98 114" stroke="#7d7468" stroke-width="3"/>',
           '<path d="M 250 158 C 262 170, 276 176, 296 184" stroke="#a6927a" stroke-width="5" fill="none"/>']
    for x, y in trees:
        out.append(f'<circle cx="{x}" cy="{y}" r="6" fill="#8cb56f" stroke="#6f9a55" stroke-width=".5"/>')
    out.append('<rect x="174" y="90" width="16" height="10" fill="#f0dfae"/>')
    for x1, y1, x2, y2, colour in markers:
        out.append(f'<line x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}" stroke="{colour}" stroke-width=".5"/>')
    for x1, y1, _x2, _y2, colour in markers:
        out.append(f'<circle cx="{x1}" cy="{y1}" r="2.2" fill="{colour}" stroke="#fff" stroke-width=".6"/>')
    out.append("</svg>")
    return "".join(out)


@plan_builder
def build_elvepark_plakatbobler_nn() -> tuple[Plan, Path]:
    """Nynorsk plan (HTML/SVG → Chromium) as one A3 landscape POSTER: a title band, a left column (why, the four
    goals with letter chips A–D, how to read the poster, facts, contact), and a drawn bird's-eye picture of the river
    park with NUMBERED CALLOUT BUBBLES round it: nine numbered measure bubbles ('Kven: … · Når: …' line, goal letter
    chips) joined by leader lines to markers in the picture, and four unnumbered bubbles that are no measures (a
    resident's quote, a finished bridge, NVE's flood bank, goal D put off to the culture plan)."""
    slug = NN_SLUG
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    plan = _plan(slug, "nn", NN_TITLE, (2056, 2058), NN_GOALS, NN_ROWS, NN_NOTES, "html",
                 links={"E2": ("G1", "G2")})
    markers, bubs = [], []
    for _id, nr, txt, _g, who, _o, when, _k, _n, letters, (mx, my), (bx, by) in NN_ROWS:
        meta = []
        if who is not None:
            meta.append(f"Kven: {E(who)}")
        if when is not None:
            meta.append(f"Når: {E(when)}")
        chips = " ".join(f'<span class="chip c{x}">{x}</span>' for x in letters.split())
        bubs.append(f'<div class="bub" style="left:{bx}mm;top:{by}mm"><span class="n">{nr}</span>'
                    f'<span class="t">{E(txt)}</span><div class="m">{" · ".join(meta)}</div>'
                    f'<div class="g">Mål {chips}</div></div>')
        markers.append((mx, my, bx + 28, by + 14 if by < 100 else by + 10, "#d9472b"))
    extra = [
        ('grey', 0, 84, 50, (100, 122), "<b>Ferdig i 2055:</b> Den nye gangbrua over Lona opna i september. "
         "Ho kosta 6,2 mill. kr og er ikkje med i tiltaka i denne planen."),
        ('quote', 0, 132, 50, None, "«Eg går her kvar dag med hunden, men om vinteren er det bekkmørkt frå "
         "klokka fire.»<br><span style=\"font-style:normal;font-size:7.8pt\">– Innspel på folkemøtet 14. november "
         "2055</span>"),
        ('grey', 248, 56, 52, (276, 176), "<b>Flaumvollen ved Nedre Lona</b> blir bygd av NVE i 2056–2057. Det er "
         "NVE sitt prosjekt og ikkje eit tiltak i denne planen. Stien blir stengd medan dei arbeider."),
        ('grey', 248, 100, 52, None, '<span class="chip cD">D</span> <b>Kultur og arrangement:</b> Om parken '
         "skal ha ei fast scene, blir avklart i kulturplanen i 2057. Tiltak for mål D kjem først då."),
    ]
    for cls, bx, by, w, mark, body in extra:
        bubs.append(f'<div class="bub {cls}" style="left:{bx}mm;top:{by}mm;width:{w}mm">{body}</div>')
        if mark:
            markers.append((mark[0], mark[1], bx + w / 2, by + 12, "#8b989e"))
    goals = "".join(f'<div class="goal"><span class="chip c{NN_LETTER[g]}">{NN_LETTER[g]}</span>'
                    f"<b>{E(t)}.</b></div>" for g, t in NN_GOALS)
    html = (
        '<!DOCTYPE html><html lang="nn"><head><meta charset="utf-8">'
        f"<title>{E(NN_TITLE)} – plakat</title><style>{NN_CSS}</style></head><body>"
        '<div class="band"><div class="k">HØVRINGDAL KOMMUNE</div>'
        f"<h1>{E(NN_TITLE)}</h1>"
        '<div class="v">Vedteken i kommunestyret 10. desember 2055, sak 71/55<br>Plakatversjon – heng meg opp!</div>'
        "</div>"
        '<div class="left">'
        "<h2>Kvifor ein plan for Elveparken?</h2>"
        "<p>Elveparken er den mest brukte turstaden i Høvringdal. Teljaren ved brua registrerte 61 000 passeringar "
        "i 2055. Samstundes er stiane gjørmete om hausten, det manglar toalett, og mange som sit i rullestol, kjem "
        "ikkje ned til vatnet. Planen samlar det kommunen skal gjere i parken dei tre neste åra.</p>"
        "<h2>Måla våre</h2>"
        f"{goals}"
        '<div class="howto"><b>Slik les du plakaten:</b> Dei nummererte boblene rundt teikninga er tiltaka i '
        "planen. Strekane viser kvar i parken tiltaket skal gjerast. Bokstavane nedst i boblene viser kva mål "
        "tiltaket høyrer til. Grå bobler er til informasjon.</div>"
        '<div class="facts"><div><b>38 km</b> – så lang er Lona frå Høvringsvatnet til fjorden</div>'
        "<div><b>4</b> badeplassar langs elva i parken</div>"
        "<div><b>2,4 mill. kr</b> er sett av i økonomiplanen 2056–2059</div></div>"
        '<div class="contact"><b>Spørsmål?</b> Idun Haugland, prosjektleiar, Plan og samfunn<br>'
        "tlf. 56 44 20 17 · postmottak@hovringdal.kommune.no<br>Heile planen: hovringdal.kommune.no/elveparken"
        "</div></div>"
        '<div class="pic">'
        f"{_nn_svg(markers)}{''.join(bubs)}"
        f'<div class="note" style="left:125mm;top:60mm">{E(NN_LEFTOVER)}</div>'
        "</div>"
        '<div class="foot"><span>Høvringdal kommune · Plan og samfunn · Teikning: Elveparken sett frå Lifjellet '
        "(illustrasjon)</span><span>Trykt januar 2056</span></div>"
        "</body></html>\n"
    )
    src = d / f"{slug}.html"
    src.write_text(html, encoding="utf-8")
    pdf = bk.chromium_pdf(src, d / f"{slug}.pdf")
    _gold(plan, pdf, leftovers=(NN_LEFTOVER,))
    return plan, pdf


NN_NOTES = """
HTML/SVG → Chromium, one A3 landscape page (420 × 297 mm), Liberation Sans, Høvringdal kommune: the plan as a POSTER
('Plakatversjon – heng meg opp!'). Title band with the adoption line ('Vedteken i kommunestyret 10. desember 2055,
sak 71/55' = adoption, no deadline). Left column: 'Kvifor ein plan for Elveparken?' (figures, no goals); 'Måla våre' =
the four GOALS, each with a LETTER CHIP A–D (without the final '.'); 'Slik les du plakaten' (the numbered bubbles are
the measures, the letters their goals, grey bubbles information); a fact box (38 km, 4 bathing places, 2.4 mill. kr in
the økonomiplan = money, no measure); contact (Idun Haugland). The rest of the page is a DRAWN BIRD'S-EYE PICTURE of
the park (river, island, paths, bridge, parking, trees) with NUMBERED CALLOUT BUBBLES round it, each joined by a leader
line to a marker in the picture: bubbles 1–9 = the MEASURES (bold text = measure; a grey line 'Kven: … · Når: …' =
OWNER and DEADLINE; 'Mål' with letter chips = GOAL LINK: bubble 2 'A B' → G1 and G2). Four UNNUMBERED bubbles are no
measures: 'Ferdig i 2055' (the new footbridge, done, outside this plan), a resident's QUOTE from the public meeting,
'Flaumvollen ved Nedre Lona' (NVE's flood bank = ANOTHER BODY'S project, said to be no measure of this plan), and a
D-chip bubble 'Kultur og arrangement … blir avklart i kulturplanen i 2057. Tiltak for mål D kjem først då' = DEFERRAL
→ G4 (D) has NO MEASURE. A red italic note in the picture '[Idun: byt ut teikninga med dronefoto når vi har det]' =
EDITORIAL LEFTOVER. OWNERS as printed ('Park og idrett', 'Eigedom', 'Brann og redning', 'Kommunalteknikk' one each;
bubble 6 'Kommunalteknikk og Høvringdal jeger- og fiskarlag' = two owners, the second one body whose name holds
'jeger- og fiskarlag'; bubble 5 'Alle lag og foreiningar i bygda' diffuse; bubble 4 has NO 'Kven' = none). DEADLINES
as printed ('Sommar 2056', 'Haust 2056', '2057' periods; 'før badesesongen 2056' = before the 2056 bathing season,
read as a period ending about June 2056; '1.6.2057' a date; 'Kvar sommar' recurring; 'Løpande' continuous; '2059'
after 2056–2058; bubble 7 has NO 'Når' = none). Footer (illustration credit, 'Trykt januar 2056') = chrome.
"""


# =========================================================================== 2 bokmål policy brief (python-docx)

NB_SLUG = "pengespill-policybrief-nb"
NB_TITLE = "Handlingsplan mot pengespillproblemer blant unge 2056–2058"
NB_GOALS = [
    ("G1", "Færre unge i Fossheim skal få problemer med pengespill"),
    ("G2", "Foreldre og ansatte som møter unge, skal kjenne igjen tegn på spilleproblemer og vite hvor de kan få "
           "hjelp"),
    ("G3", "Unge som har problemer med spill eller spillegjeld, skal få hjelp tidlig"),
    ("G4", "Kommunen skal ha god oversikt over hvor mange unge som spiller om penger"),
]
NB_LEFTOVER = "(kilde? – Sigrun sjekker tallet mot Ungdata)"
# (id, nr, measure, goal, Hvem as printed or None (no line), owners, Når as printed or None, kind, note, goal tag)
NB_ROWS = [
    ("P1", "", "Ta opp pengespill og dataspill med pengeinnsats i samfunnsfag på 9. trinn", "G1", "Ungdomsskolene",
     ["Ungdomsskolene"], "Fra skoleåret 2056/57", "period", "a start: the school year 2056/57", "(mål 1)"),
    ("P2", "", "Holde foreldremøte om spill, lån og betalingskort på alle ungdomsskoler", "G2", "Alle rektorer",
     ["Alle rektorer"], "Hver høst", "recurring", "diffuse owner; recurring", "(mål 2)"),
    ("P3", "", "Lære helsesykepleiere, miljøterapeuter og SLT-koordinator å kartlegge spilleproblemer", "G2",
     "Rus og psykisk helse", ["Rus og psykisk helse"], "30.11.2056", "date", "tag '(mål 2 og 3)' → G2 and G3",
     "(mål 2 og 3)"),
    ("P4", "", "Starte et lavterskeltilbud for unge med spilleproblemer på helsestasjon for ungdom", "G3",
     "Helsestasjon for ungdom og Rus og psykisk helse", ["Helsestasjon for ungdom", "Rus og psykisk helse"],
     "1. halvår 2057", "period", "two owners joined by 'og'", "(mål 3)"),
    ("P5", "", "Gi gjeldsrådgivning til unge med spillegjeld", "G3", "NAV Fossheim", ["NAV Fossheim"], "Løpende",
     "continuous", "NAV (the local office) as owner; continuous", "(mål 3)"),
    ("P6", "", "Ta med spørsmål om pengespill i Ungdata-undersøkelsen", "G4", "Folkehelsekoordinator",
     ["Folkehelsekoordinator"], "Ungdata 2057", "period", "'Ungdata 2057' = the 2057 survey round, a period",
     "(mål 4)"),
    ("P7", "", "Legge fram en årlig oversikt over pengespill blant unge for oppvekstutvalget", "G4", "avklares",
     [], "Årlig, første gang juni 2057", "recurring", "'Hvem: avklares' (to be decided) = no owner; recurring "
     "with a first date", "(mål 4)"),
    ("P8", "", "Si nei til reklame for pengespill på kommunale idrettsanlegg og i kommunale lokaler", "G1",
     "Kultur og idrett", ["Kultur og idrett"], None, None, "no 'Når' line: no deadline", "(mål 1)"),
    ("P9", "", "Lage en chattetjeneste om spill for unge sammen med nabokommunene", "G3", "SLT-koordinator",
     ["SLT-koordinator"], "2060", "period", "'2060' after the plan period 2056–2058", "(mål 3)"),
]


@plan_builder
def build_pengespill_policybrief_nb() -> tuple[Plan, Path]:
    """Bokmål plan (python-docx → LibreOffice, A4 portrait, 2 pp.) as a POLICY BRIEF from the municipality's analysis
    unit: dark title banner ('POLICY BRIEF · Nr. 3 · 2056'), a 'Hovedbudskap' box, then on each page a two-column
    layout table: the argument in the wide column (problem, figures, the state's duties, the goals, what others do,
    recommendations to the council), and a shaded SIDEBAR 'NØKKELTILTAK' that alone holds the measures with 'Hvem:'
    and 'Når:' lines and a '(mål n)' tag."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    slug = NB_SLUG
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    plan = _plan(slug, "nb", NB_TITLE, (2056, 2058), NB_GOALS, NB_ROWS, NB_NOTES, "docx",
                 links={"P3": ("G2", "G3")})
    doc = dh.new_document(size=10, margins_mm=16)
    sec = doc.sections[0]
    dh.setup_header_footer(sec, "Fossheim kommune · Analyse og utvikling · Policy brief 3/2056", size=8)
    W = [118, 4, 56]
    navy = "17324D"

    def white(cell):
        for p in cell.paragraphs:
            for r in p.runs:
                r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)

    ban = dh.new_table(doc, [178], style=None)
    dh.add_row(ban, ["**POLICY BRIEF** · Nr. 3 · 2056"], [178], size=9, fill=navy)
    dh.add_row(ban, ["**Når spillet tar over – pengespill blant unge i Fossheim**"], [178], size=19, fill=navy)
    dh.add_row(ban, [f"Kortversjon av {NB_TITLE}, vedtatt av kommunestyret 14. desember 2055"], [178], size=9.5,
               fill=navy)
    for row in ban.rows:
        white(row.cells[0])
    dh.para(doc, "", space_after=2)
    hb = dh.new_table(doc, [178], style=None)
    dh.add_row(hb, ["**HOVEDBUDSKAP**\n"
                    "• Hver sjuende gutt i 10. trinn i Fossheim har spilt om penger den siste måneden.\n"
                    "• De fleste som får problemer, begynner før de er 18 år – ofte med spill i dataspill.\n"
                    "• Kommunen kan ikke stoppe spillene, men kan oppdage problemene tidligere og gi hjelp nærmere "
                    "de unge."], [178], size=9.5, fill="FCE9C8")
    dh.set_table_borders(hb, color="E0A030", sz=8)
    dh.para(doc, "", space_after=2)

    def sidebar(cell, head, rows, tail=None):
        dh.shade(cell, "E4ECF4")
        first = cell.paragraphs[0]
        dh.add_runs(first, head, bold=True, size=10.5, color="17324D")
        first.paragraph_format.space_after = Pt(3)
        for r in rows:
            _id, _nr, txt, _g, who, _o, when, _k, _n, tag = r
            p = cell.add_paragraph()
            p.paragraph_format.space_before = Pt(5)
            p.paragraph_format.space_after = Pt(1)
            dh.add_runs(p, f"**{txt}** {tag}", size=8.8)
            for lab, val in (("Hvem", who), ("Når", when)):
                if val is None:
                    continue
                q = cell.add_paragraph()
                q.paragraph_format.space_after = Pt(0)
                dh.add_runs(q, f"{lab}: {val}", size=8.2, color="4A5A6A")
        if tail:
            for t in tail:
                p = cell.add_paragraph()
                p.paragraph_format.space_before = Pt(6)
                dh.add_runs(p, t, size=8.4)

    def main(cell, blocks):
        first = True
        for kind, text in blocks:
            p = cell.paragraphs[0] if first else cell.add_paragraph()
            first = False
            if kind == "h":
                dh.add_runs(p, text, bold=True, size=11.5, color="17324D")
                p.paragraph_format.space_before = Pt(4)
                p.paragraph_format.space_after = Pt(2)
                p.paragraph_format.keep_with_next = True
            elif kind == "q":
                dh.add_runs(p, text, italic=True, size=11, color="8A4B0F")
                p.paragraph_format.space_after = Pt(4)
            elif kind == "cap":
                dh.add_runs(p, text, italic=True, size=8.2, color="55636A")
                p.paragraph_format.space_after = Pt(4)
            elif kind == "rec":
                dh.add_runs(p, text, size=9.6)
                p.paragraph_format.left_indent = Pt(14)
                p.paragraph_format.first_line_indent = Pt(-14)
                p.paragraph_format.space_after = Pt(2)
            elif kind == "goal":
                dh.add_runs(p, text, bold=True, size=9.8)
                p.paragraph_format.left_indent = Pt(14)
                p.paragraph_format.first_line_indent = Pt(-14)
                p.paragraph_format.space_after = Pt(2)
            else:
                dh.add_runs(p, text, size=9.6)
                p.paragraph_format.space_after = Pt(4)
            p.alignment = WD_ALIGN_PARAGRAPH.LEFT

    t1 = dh.new_table(doc, W, style=None)
    r1 = t1.add_row()
    for c, w in zip(r1.cells, W, strict=True):
        dh._set_cell_width(c, w)
    main(r1.cells[0], [
        ("h", "Problemet"),
        ("p", "Pengespill er ikke lenger noe som skjer i kiosken. Unge spiller på mobilen, på utenlandske "
              "nettsider og i dataspill der man kjøper «lootbokser» med ekte penger. For de fleste går det bra. "
              "Men for noen blir spillet en måte å flykte på, og gjelden vokser raskt når det er lett å låne."),
        ("h", "Hva vet vi?"),
        ("p", f"I Ungdata 2055 svarte 14 prosent av guttene og 4 prosent av jentene i 10. trinn at de hadde spilt "
              f"om penger den siste måneden. {NB_LEFTOVER} Tre av fire av dem hadde spilt på nettsider uten norsk "
              "tillatelse. Skolene og helsestasjonen melder om flere elever med gjeld til venner etter spill."),
        ("cap", "Figur 1. Andel elever i 10. trinn som har spilt om penger siste måned: 2051: 9 % · 2053: 11 % · "
                "2055: 10 % (gutter og jenter samlet). Kilde: Ungdata."),
        ("p", "Det er staten som regulerer pengespill. Lotteri- og stiftelsestilsynet fører tilsyn med spillene og "
              "kan stenge tilgangen til utenlandske spillsider. Hjelpelinjen for spilleavhengige er et nasjonalt "
              "tilbud. Kommunen har ansvar for forebygging, for helsetjenester til unge og for sosiale tjenester "
              "gjennom NAV."),
        ("h", "Mål for kommunens arbeid"),
        ("p", "Handlingsplanen har fire mål:"),
    ] + [("goal", f"{i}.  {t}.") for i, (_g, t) in enumerate(NB_GOALS, 1)])
    sidebar(r1.cells[2], "NØKKELTILTAK", NB_ROWS[:5])
    dh.set_table_borders(t1, none=True)
    dh.page_break(doc)

    t2 = dh.new_table(doc, W, style=None)
    r2 = t2.add_row()
    for c, w in zip(r2.cells, W, strict=True):
        dh._set_cell_width(c, w)
    main(r2.cells[0], [
        ("q", "«Jeg trodde jeg skulle vinne tilbake det jeg hadde tapt. Til slutt skyldte jeg kameratene mine "
              "over 20 000 kroner.» – Gutt, 17 år, i en samtale med helsestasjonen"),
        ("h", "Hva gjør andre kommuner?"),
        ("p", "Flere kommuner har gode erfaringer med å ta opp spill på foreldremøter og med å gi unge et "
              "tilbud der de allerede er – på helsestasjonen og på chat. Det som virker best, er at de voksne "
              "rundt de unge vet hva de skal se etter, og at terskelen for å be om hjelp er lav."),
        ("h", "Anbefalinger"),
        ("p", "Analyse og utvikling anbefaler at kommunestyret"),
        ("rec", "a)  ber kommunedirektøren følge opp tiltakene i handlingsplanen og rapportere i årsmeldingen,"),
        ("rec", "b)  setter av 400 000 kroner i budsjettet for 2057 til lavterskeltilbudet,"),
        ("rec", "c)  tar opp spill og gjeld i neste revisjon av ruspolitisk handlingsplan."),
        ("h", "Om denne policy briefen"),
        ("p", "Policy brief er en kort sammenstilling av kunnskap for politikere og ledere. Denne bygger på "
              "handlingsplanen, Ungdata 2055 og samtaler med ungdomsrådet, skolene og NAV. Tiltakene i "
              "sidefeltet er et utvalg av de viktigste tiltakene; hele tiltakstabellen står i handlingsplanen."),
        ("cap", "Skrevet av Sigrun Aalvik og Jonas Brekke, Analyse og utvikling. Publisert januar 2056."),
    ])
    sidebar(r2.cells[2], "NØKKELTILTAK (forts.)", NB_ROWS[5:],
            tail=["**Trenger du hjelp?**\nHelsestasjon for ungdom, Storgata 12, tirsdag og torsdag 14–18.",
                  "**Kontakt**\nSigrun Aalvik, rådgiver\nsigrun.aalvik@fossheim.kommune.no"])
    dh.set_table_borders(t2, none=True)
    dh.set_core_properties(doc, title=NB_TITLE, author="Fossheim kommune")
    src = d / f"{slug}.docx"
    dh.save_deterministic(doc, src)
    pdf = bk.soffice_pdf(src)
    _gold(plan, pdf, leftovers=(NB_LEFTOVER,))
    return plan, pdf


NB_NOTES = """
python-docx → LibreOffice Writer, A4 portrait, Liberation Sans, Fossheim kommune: a short version of the plan written
as a POLICY BRIEF by the analysis unit. Running header 'Fossheim kommune · Analyse og utvikling · Policy brief 3/2056'
and footer 'Side n av 2' = chrome. A dark BANNER ('POLICY BRIEF · Nr. 3 · 2056', the brief's own title, 'Kortversjon
av … vedtatt av kommunestyret 14. desember 2055' = adoption, no deadline). A yellow 'HOVEDBUDSKAP' box = key messages
(figures and claims, no goals, no measures). Then on each page a borderless two-column layout table: the WIDE COLUMN
holds the argument ('Problemet', 'Hva vet vi?' with Ungdata figures and a leftover '(kilde? – Sigrun sjekker tallet mot
Ungdata)' = EDITORIAL LEFTOVER; 'Figur 1' caption = a figure; the state's duties (Lotteri- og stiftelsestilsynet,
Hjelpelinjen = ANOTHER BODY, no measure); 'Mål for kommunens arbeid' numbered 1.–4. = the GOALS (without the final
'.'); p. 2 a young person's QUOTE, 'Hva gjør andre kommuner?' (experience, no measures), 'Anbefalinger' a)–c) to the
council = PROCESS (follow up and report, money in the 2057 budget, a later revision of another plan) — NO measures;
'Om denne policy briefen' says the sidebar holds a selection of the plan's measures). The shaded SIDEBAR 'NØKKELTILTAK'
(p. 1) and 'NØKKELTILTAK (forts.)' (p. 2) holds the MEASURES: bold text = MEASURE, '(mål n)' = GOAL LINK (P3 '(mål 2 og
3)' → G2 and G3), 'Hvem: …' = OWNER, 'Når: …' = DEADLINE; the sidebar's foot ('Trenger du hjelp?', 'Kontakt') is no
measure. OWNERS as printed ('Ungdomsskolene', 'Rus og psykisk helse', 'NAV Fossheim', 'Folkehelsekoordinator',
'Kultur og idrett', 'SLT-koordinator' one each; 'Helsestasjon for ungdom og Rus og psykisk helse' = two; 'Alle
rektorer' diffuse; 'Hvem: avklares' (to be decided) = NO owner). DEADLINES as printed ('Fra skoleåret 2056/57' a start,
read as a period; '1. halvår 2057', 'Ungdata 2057' (the 2057 survey round) periods; '30.11.2056' a date; 'Hver høst'
recurring; 'Årlig, første gang juni 2057' recurring with a first date; 'Løpende' continuous; '2060' after 2056–2058;
P8 has no 'Når' line = none). Every goal has a measure.
"""


# =========================================================================== 3 Danish highlight report (odfpy)

DA_SLUG = "belysning-statusrapport-da"
DA_TITLE = "Handleplan for vej- og stibelysning 2056–2058"
DA_GOALS = [
    ("G1", "Al kommunal vej- og stibelysning skal være skiftet til LED inden udgangen af 2058"),
    ("G2", "Børn og pendlere skal kunne færdes trygt på oplyste stier til skoler, stationer og busstoppesteder"),
    ("G3", "Kommunens elforbrug til vej- og stibelysning skal falde med 60 procent i forhold til 2055"),
    ("G4", "Belysningen i det åbne land skal tage hensyn til dyreliv og en mørk nattehimmel"),
]
DA_LEFTOVER = "(MS: opdatér tallet inden udsendelse)"
# (id, nr, Aktivitet, goal, Ansvarlig as printed, owners, Deadline as printed or None, kind, note, Mål cell, Status)
DA_ROWS = [
    ("L1", "1", "Skifte de resterende armaturer i Tandrup by til LED", "G1", "Vej og Park", ["Vej og Park"],
     "31.10.2057", "date", "Mål cell '1, 3' → G1 and G3", "1, 3", "I gang – 1.040 af 1.800 skiftet"),
    ("L2", "2", "Opsætte lys på skolestien mellem Skovhuset og Tandrup Skole", "G2", "Anlæg", ["Anlæg"],
     "Uge 33, 2057", "period", "a week", "2", "Ikke startet"),
    ("L3", "3", "Kortlægge mørke stier og stoppesteder sammen med elevrådene og pendlerforeningen", "G2",
     "Trafiksikkerhedskoordinator", ["Trafiksikkerhedskoordinator"], "Juni 2057", "period", "", "2", "I gang"),
    ("L4", "4", "Informere borgerne om udskiftningen på hjemmesiden og i Tandrup Avis", "G1", "", [],
     "Før hver etape", "recurring", "empty Ansvarlig: no owner; 'Før hver etape' = before each stage, recurring",
     "1", "Løbende"),
    ("L5", "5", "Skifte armaturerne i landsbyerne og langs de kommunale landeveje til LED", "G1", "Vej og Park",
     ["Vej og Park"], "2. halvår 2058", "period", "", "1", "Forsinket – se afsnit 4"),
    ("L6", "6", "Indføre natsænkning af lyset fra kl. 24 til 5 på alle trafikveje", "G3", "Energiteamet",
     ["Energiteamet"], "4. kvartal 2057", "period", "", "3", "Ikke startet"),
    ("L7", "7", "Installere fjernstyring, så lyset kan dæmpes og fejl meldes automatisk", "G3", "Energiteamet / IT",
     ["Energiteamet", "IT"], "2059", "period", "two owners joined by '/'; '2059' after the plan period 2056–2058",
     "3", "Afventer budget 2058"),
    ("L8", "8", "Melde fejl på lygtepæle videre til leverandøren inden for to arbejdsdage", "G2",
     "Alle driftsmedarbejdere", ["Alle driftsmedarbejdere"], "Løbende", "continuous",
     "diffuse owner; continuous", "2", "I drift"),
    ("L9", "9", "Opsætte solcelledrevne lamper ved busstoppestederne i landzonen", "G2", "Vej og Park",
     ["Vej og Park"], None, None, "empty Deadline: no deadline", "2", "Afventer aktivitet 3"),
]


@plan_builder
def build_belysning_statusrapport_da() -> tuple[Plan, Path]:
    """Danish plan follow-up (odfpy → LibreOffice, A4 portrait) as a project HIGHLIGHT REPORT to the steering group
    ('Statusrapport til styregruppen', report no. 5): report details, a traffic-light status table (Tid / Økonomi /
    Kvalitet / Risiko), the plan's goals, what was done in the period, the activities table in two parts (next period
    and the rest of the plan period), risks and deviations, decisions the steering group is asked to take (goal 4 put
    off to the 2058 revision), next report."""
    slug = DA_SLUG
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    plan = _plan(slug, "da", DA_TITLE, (2056, 2058), DA_GOALS, DA_ROWS, DA_NOTES, "odt",
                 links={"L1": ("G1", "G3")})
    o = mb.Odt(size=10, lang="da", country="DK", header="Tandrup Kommune · Teknik og Miljø · Projekt Lys i Tandrup · "
               "Statusrapport nr. 5", footer_text="Side", margin_cm=2.0)
    o.style("Small", size=8.5, after=0.1, color="#55636a")
    o.style("Bullet", size=10, after=0.1, indent_cm=0.5, hanging_cm=0.4)
    o.style("Goal", size=10, bold=True, after=0.12, indent_cm=1.4, hanging_cm=1.4)
    o.style("Note", size=9, italic=True, after=0.2, color="#b0341e")
    o.p("STATUSRAPPORT TIL STYREGRUPPEN", "Small")
    o.p("Projekt Lys i Tandrup", "Title")
    o.p(f"Opfølgning på {DA_TITLE}, vedtaget af byrådet 27. oktober 2055", "Body")
    o.table([4.2, 12.8], [
        ["Rapport nr.", "5"],
        ["Periode", "1. februar – 30. april 2057"],
        ["Projektejer", "Direktør for Teknik og Miljø"],
        ["Projektleder", "Mette Skovgaard, Vej og Park"],
        ["Styregruppemøde", "19. maj 2057"],
        ["Udsendt", "9. maj 2057"],
    ], header_rows=0, fills={0: "#eef2f5", 1: "#eef2f5", 2: "#eef2f5", 3: "#eef2f5", 4: "#eef2f5", 5: "#eef2f5"})
    o.h("Samlet status", 2)
    o.table([3.0, 2.2, 11.8], [
        ["Område", "Status", "Kommentar"],
        ["Tid", "GUL", "Udskiftningen i landsbyerne er forsinket ca. to måneder (se afsnit 4)."],
        ["Økonomi", "GRØN", "Forbrug 7,9 mio. kr. af en ramme på 14,5 mio. kr."],
        ["Kvalitet", "GRØN", "Ingen klager over lysniveauet efter udskiftningen i Tandrup by."],
        ["Risiko", "GUL", "Kabler i Skovhuset – afventer elnetselskabet."],
    ], fills={1: "#fff3c4", 2: "#d8f0d2", 3: "#d8f0d2", 4: "#fff3c4"})
    o.p("Grøn = som planlagt · Gul = afvigelse, projektet håndterer den · Rød = styregruppen skal handle",
        "Small")
    o.h("1. Projektets mål (fra handleplanen)", 2)
    for i, (_g, t) in enumerate(DA_GOALS, 1):
        o.p(f"Mål {i}:\t{t}.", "Goal")
    o.h("2. Gennemført i perioden", 2)
    for t in ["Udbuddet af LED-armaturer er afgjort, og kontrakten med leverandøren blev underskrevet 3. marts 2057.",
              f"1.040 af 1.800 armaturer i Tandrup by er skiftet. {DA_LEFTOVER}",
              "Borgermøde i Skovhuset 21. marts 2057 med 64 deltagere.",
              "Første måling viser, at elforbruget i de færdige områder er faldet med 58 procent."]:
        o.p(f"•\t{t}", "Bullet")
    o.h("3. Aktiviteter", 2)
    o.p("Aktiviteterne er handleplanens indsatser. Kolonnen «Mål» henviser til målene i afsnit 1.", "Body")
    head = ["Nr.", "Aktivitet", "Mål", "Ansvarlig", "Deadline", "Status"]
    widths = [1.0, 6.4, 1.1, 3.2, 2.5, 2.8]
    o.h("3.1 Næste periode (maj–juli 2057)", 3)
    o.table(widths, [head] + [[r[1], r[2], r[9], r[4], r[6] or "", r[10]] for r in DA_ROWS[:4]])
    o.h("3.2 Resten af planperioden", 3)
    o.table(widths, [head] + [[r[1], r[2], r[9], r[4], r[6] or "", r[10]] for r in DA_ROWS[4:]])
    o.h("4. Risici og afvigelser", 2)
    o.table([6.2, 2.4, 2.4, 6.0], [
        ["Risiko / afvigelse", "Sandsynlighed", "Konsekvens", "Håndtering"],
        ["Leverandøren kan først levere armaturer til landsbyerne i efteråret 2057", "Høj", "Middel",
         "Aktivitet 5 er flyttet; følges på hvert byggemøde"],
        ["Tandrup Elnet A/S ejer kablerne i Skovhuset og skal skifte dem, før kommunen kan sætte nye lygtepæle op",
         "Middel", "Høj", "Elnetselskabets ansvar; dialogmøde holdt 12. april"],
        ["Stigende elpriser kan æde en del af besparelsen", "Middel", "Lav", "Ingen – vilkår for projektet"],
    ])
    o.h("5. Beslutninger til styregruppen", 2)
    o.p("Projektlederen indstiller, at styregruppen", "Body")
    o.p("a)\tgodkender, at mål 4 om lys i det åbne land først får aktiviteter ved revisionen af handleplanen i "
        "2058, fordi Naturstyrelsens kortlægning af mørke områder først foreligger da,", "Bullet")
    o.p("b)\ttager orienteringen om forsinkelsen i landsbyerne til efterretning.", "Bullet")
    o.h("6. Næste rapport", 2)
    o.p("Statusrapport nr. 6 udsendes 8. august 2057 til styregruppemødet 20. august 2057.", "Body")
    src = d / f"{slug}.odt"
    o.save(src, title=f"Statusrapport nr. 5 – {DA_TITLE}", author="Tandrup Kommune")
    pdf = bk.soffice_pdf(src)
    _gold(plan, pdf, leftovers=(DA_LEFTOVER,))
    return plan, pdf


DA_NOTES = """
odfpy → LibreOffice Writer, A4 portrait, Liberation Sans, da-DK, Tandrup Kommune: the follow-up of the plan as a
project HIGHLIGHT REPORT ('STATUSRAPPORT TIL STYREGRUPPEN', 'Projekt Lys i Tandrup', report no. 5 for 1 February – 30
April 2057). Running header 'Tandrup Kommune · Teknik og Miljø · Projekt Lys i Tandrup · Statusrapport nr. 5' and
footer 'Side n' = chrome. 'Opfølgning på …, vedtaget af byrådet 27. oktober 2055' = adoption. Report details (period,
owner, project leader Mette Skovgaard, meeting 19 May 2057, sent 9 May 2057 = no deadlines). 'Samlet status': a
TRAFFIC-LIGHT table 'Område | Status | Kommentar' (Tid GUL, Økonomi GRØN, …) and its key = status, no measures.
'1. Projektets mål (fra handleplanen)': 'Mål 1:'–'Mål 4:' = the GOALS (without the final '.'). '2. Gennemført i
perioden': bullets of what was DONE (tender, 1,040 of 1,800 fittings replaced, a public meeting, a first measurement) =
results, no measures; '(MS: opdatér tallet inden udsendelse)' = EDITORIAL LEFTOVER. '3. Aktiviteter' ('the activities
are the plan's indsatser; Mål refers to section 1'): two tables 'Nr. | Aktivitet | Mål | Ansvarlig | Deadline | Status'
under '3.1 Næste periode (maj–juli 2057)' (1–4) and '3.2 Resten af planperioden' (5–9): each row = a MEASURE, 'Mål' =
GOAL LINK by number (activity 1 '1, 3' → G1 and G3), 'Ansvarlig' = OWNER, 'Deadline' = DEADLINE; 'Status' is no
deadline, and the sub-heading's 'maj–juli 2057' is the report period, not a deadline of the rows. '4. Risici og
afvigelser': risk table — 'Håndtering' entries are notes, no measures; the electricity network company's duty to
replace cables (Tandrup Elnet A/S) = ANOTHER BODY. '5. Beslutninger til styregruppen': a) goal 4 gets activities only
at the plan's revision in 2058 (Naturstyrelsen's mapping first) = DEFERRAL → G4 has NO MEASURE; b) noting the delay =
process. '6. Næste rapport' = process. OWNERS as printed ('Vej og Park', 'Anlæg', 'Trafiksikkerhedskoordinator',
'Energiteamet' one each; 'Energiteamet / IT' two; 'Alle driftsmedarbejdere' diffuse; activity 4 empty = none).
DEADLINES as printed ('31.10.2057' a date; 'Uge 33, 2057' a week; 'Juni 2057', '2. halvår 2058', '4. kvartal 2057'
periods; 'Før hver etape' (before each stage) recurring; 'Løbende' continuous; '2059' after 2056–2058; activity 9
empty = none).
"""


# =========================================================================== 4 English report card (reportlab)

EN_SLUG = "warm-spaces-report-card-en"
EN_TITLE = "Warm Spaces and Winter Wellbeing Plan 2056–2059"
EN_GOALS = [
    ("G1", "Every resident will be able to reach a free warm space within a 15-minute walk between November and "
           "March"),
    ("G2", "Warm spaces will offer food, advice and company as well as warmth"),
    ("G3", "Fewer older and disabled residents will live in a cold home"),
    ("G4", "Households struggling with energy bills will get money advice before they fall into debt"),
]
EN_LEFTOVER = "[grade to be confirmed by Scrutiny on 12 June – RA]"
# (id, nr, action, goal, Lead as printed or None (no Lead), owners, By as printed or None, kind, note)
EN_ROWS = [
    ("W1", "", "Open four new warm spaces, in Ashwell, Elm Road and the two villages that have none", "G1",
     "Communities Team", ["Communities Team"], "November 2057", "period", ""),
    ("W2", "", "Publish an online map of every warm space with its opening hours", "G1", "Digital Team",
     ["Digital Team"], "31 October 2057", "date", ""),
    ("W3", "", "Open the three busiest libraries as warm spaces on Saturdays and Sundays", "G1", "Library Service",
     ["Library Service"], "Winter 2057/58", "period", "'Winter 2057/58' a season (about Nov 2057 – Mar 2058)"),
    ("W4", "", "Serve a free hot meal in every warm space at least once a week", "G2",
     "Communities Team with Wetherham Food Partnership", ["Communities Team", "Wetherham Food Partnership"],
     "Every winter", "recurring", "two owners joined by 'with'; recurring"),
    ("W5", "", "Run a weekly chat group for people who live alone in each warm space", "G2", "TBC", [],
     "January 2058", "period", "'Lead: TBC' = no owner"),
    ("W6", "", "Train warm space hosts to spot signs that someone is at risk from the cold", "G3", "Public Health",
     ["Public Health"], None, None, "no 'By': no deadline"),
    ("W7", "", "Fit loft insulation and draught-proofing in 300 homes of residents over 75 or with a disability",
     "G3", "Private Sector Housing", ["Private Sector Housing"], "March 2060", "period",
     "'March 2060' after the plan period 2056–2059"),
    ("W8", "", "Refer residents who live in a cold home to the Healthy Homes grant", "G3", "All frontline staff",
     ["All frontline staff"], "Ongoing", "continuous", "diffuse owner; continuous"),
]
# per objective: grade, what we said, what happened, action ids, text instead of actions
EN_CARDS = [
    ("G1", "B", "Open 20 warm spaces across the borough, in libraries, community centres and churches.",
     "22 warm spaces opened, but Ashwell, Elm Road and two villages were still more than a 15-minute walk from one.",
     ["W1", "W2", "W3"], None),
    ("G2", "A", "Offer a hot drink, somewhere to sit and a friendly welcome in every warm space.",
     "Every space offered drinks and company; nine also served food. Visitors rated the welcome 4.7 out of 5.",
     ["W4", "W5"], None),
    ("G3", "C", "Start a Healthy Homes grant for insulation and heating repairs.",
     "The grant opened in January 2057, later than planned; 64 homes have been helped so far.",
     ["W6", "W7", "W8"], None),
    ("G4", "I", "Give money advice through the Household Support scheme.",
     "The national Household Support scheme ended in March 2057 and the money advice sessions stopped with it.",
     [], "We will agree new actions for this objective once the Government confirms funding for 2058. Until "
         "then, residents can get free money advice from Citizens Advice Wetherham."),
]
EN_GRADES = {"A": "#2e7d32", "B": "#558b2f", "C": "#f9a825", "D": "#ef6c00", "I": "#78909c"}


@plan_builder
def build_warm_spaces_report_card_en() -> tuple[Plan, Path]:
    """English plan (reportlab, A4 portrait, 2 pp.) as an annual REPORT CARD: header band, an overall grade, the
    grading key, 'By the numbers', one card per objective with a big letter grade, 'What we said we'd do' / 'What
    happened' and 'Next year we will' with 'Lead:' and 'By:' lines; objective 4 graded I (Incomplete) with no actions;
    the scrutiny panel's comments and a box of other bodies' duties."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    slug = EN_SLUG
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    plan = _plan(slug, "en", EN_TITLE, (2056, 2059), EN_GOALS, EN_ROWS, EN_NOTES, "pdf")
    f = bk.reportlab_fonts("LS")
    pdf = d / f"{slug}.pdf"
    c = Canvas(str(pdf), pagesize=A4, invariant=1)
    c.setTitle(f"Warm Spaces Report Card 2056/57 – {EN_TITLE}")
    c.setAuthor("Wetherham Borough Council")
    W, H = A4
    navy, grey, ink = HexColor("#1b2f4b"), HexColor("#5f6b76"), HexColor("#1e2326")
    P = lambda *a, **k: mb55._rl_para(c, f, *a, **k)  # noqa: E731
    rows = {r[0]: r for r in EN_ROWS}

    def chrome(n):
        c.setFillColor(navy)
        c.rect(0, H - 10, W, 10, stroke=0, fill=1)
        c.setFont(f["normal"], 7.5)
        c.setFillColor(grey)
        c.drawString(40, 26, "Wetherham Borough Council · Warm Spaces Report Card 2056/57")
        c.drawRightString(W - 40, 26, f"Page {n} of 2")

    def card(y, gid, grade, said, happened, acts, instead, note=None):
        gi = int(gid[1:])
        text = dict(EN_GOALS)[gid]
        top = y
        x = 40
        c.setFillColor(HexColor(EN_GRADES[grade]))
        c.circle(x + 26, y - 28, 22, stroke=0, fill=1)
        c.setFillColor(HexColor("#ffffff"))
        c.setFont(f["bold"], 24)
        c.drawCentredString(x + 26, y - 36.5, grade)
        c.setFillColor(grey)
        c.setFont(f["normal"], 6.8)
        c.drawCentredString(x + 26, y - 60, "GRADE")
        if note:
            P(x - 2, y - 66, 56, f"<i>{E(note)}</i>", size=6.4, colour=HexColor("#b0341e"), align=1)
        bx = x + 64
        bw = W - 40 - bx
        y -= P(bx, y, bw, f"OBJECTIVE {gi}", size=8, font=f["bold"], colour=grey) + 2
        y -= P(bx, y, bw, E(text) + ".", size=10.5, font=f["bold"], lead=1.25) + 5
        y -= P(bx, y, bw, f"<b>What we said we'd do in 2056/57:</b> {E(said)}", size=8.6, lead=1.35) + 2
        y -= P(bx, y, bw, f"<b>What happened:</b> {E(happened)}", size=8.6, lead=1.35) + 5
        y -= P(bx, y, bw, "NEXT YEAR WE WILL", size=8, font=f["bold"], colour=navy) + 3
        if instead:
            y -= P(bx, y, bw, E(instead), size=8.8, lead=1.35) + 4
        for mid in acts:
            _id, _nr, txt, _g, lead, _o, by, _k, _n = rows[mid]
            y -= P(bx, y, bw, f"•&nbsp;&nbsp;{E(txt)}", size=9, lead=1.3) + 1
            meta = []
            if lead is not None:
                meta.append(f"Lead: {E(lead)}")
            if by is not None:
                meta.append(f"By: {E(by)}")
            y -= P(bx + 10, y, bw - 10, " &nbsp;|&nbsp; ".join(meta), size=7.8, colour=grey) + 4
        y = min(y, top - 75)
        c.setStrokeColor(HexColor("#c9d1d8"))
        c.setLineWidth(0.7)
        c.line(40, y - 4, W - 40, y - 4)
        return y - 14

    # ---- page 1
    chrome(1)
    P(40, H - 32, 380, "WETHERHAM BOROUGH COUNCIL", size=9, font=f["bold"], colour=navy)
    P(40, H - 46, 380, "Warm Spaces Report Card 2056/57", size=21, font=f["bold"], colour=navy, lead=1.1)
    P(40, H - 74, 380, f"Year 1 of the {EN_TITLE} · published May 2057", size=9, colour=grey)
    c.setFillColor(HexColor(EN_GRADES["B"]))
    c.roundRect(W - 150, H - 100, 110, 70, 8, stroke=0, fill=1)
    c.setFillColor(HexColor("#ffffff"))
    c.setFont(f["normal"], 7.5)
    c.drawCentredString(W - 95, H - 44, "OVERALL GRADE")
    c.setFont(f["bold"], 34)
    c.drawCentredString(W - 95, H - 84, "B")
    y = H - 110
    y -= P(40, y, W - 80, "Last winter was the first under our Warm Spaces and Winter Wellbeing Plan. This report "
           "card tells you how we did against each of the plan's four objectives, and what we will do next. Grades "
           "were agreed with the Wetherham Warm Spaces Network.", size=9.4, lead=1.45) + 8
    key = [("A", "Achieved"), ("B", "On track"), ("C", "Some progress"), ("D", "Behind"),
           ("I", "Incomplete – no actions agreed")]
    x = 40
    c.setFont(f["bold"], 7.8)
    c.setFillColor(ink)
    c.drawString(x, y - 9, "HOW WE GRADE")
    x += 70
    for g, lab in key:
        c.setFillColor(HexColor(EN_GRADES[g]))
        c.circle(x + 6, y - 6, 6, stroke=0, fill=1)
        c.setFillColor(HexColor("#ffffff"))
        c.setFont(f["bold"], 7.5)
        c.drawCentredString(x + 6, y - 8.6, g)
        c.setFillColor(ink)
        c.setFont(f["normal"], 7.8)
        c.drawString(x + 15, y - 9, lab)
        x += 15 + c.stringWidth(lab, f["normal"], 7.8) + 14
    y -= 36
    c.setFillColor(HexColor("#eef2f6"))
    c.rect(40, y - 46, W - 80, 46, stroke=0, fill=1)
    nums = [("22", "warm spaces open"), ("9,400", "visits, November–March"), ("310", "volunteers"),
            ("£186,000", "spent of £200,000")]
    cw = (W - 80) / 4
    for i, (n, lab) in enumerate(nums):
        c.setFillColor(navy)
        c.setFont(f["bold"], 16)
        c.drawCentredString(40 + cw * i + cw / 2, y - 22, n)
        c.setFillColor(grey)
        c.setFont(f["normal"], 7.8)
        c.drawCentredString(40 + cw * i + cw / 2, y - 36, lab)
    P(40, y + 12, 200, "BY THE NUMBERS", size=7.8, font=f["bold"], colour=navy)
    y -= 64
    y = card(y, *EN_CARDS[0])
    y = card(y, *EN_CARDS[1])
    c.showPage()

    # ---- page 2
    chrome(2)
    y = H - 36
    y = card(y, *EN_CARDS[2], note=EN_LEFTOVER)
    y = card(y, *EN_CARDS[3])
    c.setFillColor(HexColor("#f4efe3"))
    box_top = y - 4
    c.rect(40, box_top - 64, W - 80, 64, stroke=0, fill=1)
    yy = box_top - 8
    yy -= P(50, yy, W - 100, "SCRUTINY PANEL'S COMMENTS", size=8, font=f["bold"], colour=HexColor("#7a5a12")) + 3
    P(50, yy, W - 100, "<i>“A good first year. The Panel would like the council to look again at opening hours in "
      "the evenings, when many working families need a warm space most, and to report on the number of people "
      "turned away when spaces were full. The Panel will review progress in December 2057.”</i> "
      "– Cllr Caroline Webb, Chair of the Communities Scrutiny Panel", size=8.8, lead=1.4)
    y = box_top - 80
    y -= P(40, y, W - 80, "WHO ELSE IS RESPONSIBLE", size=8, font=f["bold"], colour=navy) + 3
    y -= P(40, y, W - 80, "The Energy Price Cap is set by Ofgem, not by the council. Energy suppliers must keep a "
           "Priority Services Register and must not cut off vulnerable customers in winter. The NHS runs the "
           "winter vaccination programme; warm spaces will host vaccination sessions where the NHS asks us to.",
           size=8.8, lead=1.4) + 10
    P(40, y, W - 80, "<b>Find a warm space:</b> wetherham.gov.uk/warmspaces or call 01632 960 418. "
      "<b>Report card contact:</b> Ruth Adebayo, Communities Team.", size=8.6, lead=1.4)
    c.showPage()
    c.save()
    _gold(plan, pdf, leftovers=(EN_LEFTOVER,))
    return plan, pdf


EN_NOTES = """
reportlab, A4 portrait, Liberation Sans, Wetherham Borough Council: year 1 of the plan reported as an annual REPORT
CARD ('Warm Spaces Report Card 2056/57'). A navy band, a footer 'Wetherham Borough Council · Warm Spaces Report Card
2056/57 · Page n of 2' = chrome. An OVERALL GRADE box 'B' and 'HOW WE GRADE' key (A Achieved … I Incomplete – no
actions agreed) = grades, no deadlines. Intro and 'BY THE NUMBERS' (22 spaces, 9,400 visits, 310 volunteers, £186,000
of £200,000 = figures, money). One CARD per objective: a big coloured LETTER GRADE circle, 'OBJECTIVE n' + the
objective sentence = the GOALS (without the final '.'), 'What we said we'd do in 2056/57:' (last year's commitments,
past) and 'What happened:' (results) = no measures, then 'NEXT YEAR WE WILL' bullets = the MEASURES, each with a grey
line 'Lead: … | By: …' = OWNER and DEADLINE; the card the bullets stand in = GOAL LINK. Objective 3's grade carries a
red note '[grade to be confirmed by Scrutiny on 12 June – RA]' = EDITORIAL LEFTOVER. Objective 4 is graded I
(Incomplete): 'We will agree new actions for this objective once the Government confirms funding for 2058 …' =
DEFERRAL → G4 has NO MEASURE (Citizens Advice's free advice = another body). 'SCRUTINY PANEL'S COMMENTS' (a quote
asking the council to look again at evening opening and report on people turned away; review in December 2057) = the
panel's wishes, no measures. 'WHO ELSE IS RESPONSIBLE' (Ofgem's price cap, suppliers' Priority Services Register, the
NHS's vaccinations) = OTHER BODIES' duties, no measures. Contact = chrome. OWNERS as printed ('Communities Team',
'Digital Team', 'Library Service', 'Public Health', 'Private Sector Housing' one each; 'Communities Team with Wetherham
Food Partnership' two; 'All frontline staff' diffuse; 'Lead: TBC' = none). DEADLINES as printed ('November 2057',
'January 2058', 'Winter 2057/58' (a season) periods; '31 October 2057' a date; 'Every winter' recurring; 'Ongoing'
continuous; 'March 2060' after 2056–2059; W6 has no 'By' = none).
"""


# =========================================================================== command line and checks


def main(argv: list[str]) -> None:
    """Build the plans (or the SLUGs), --verify or --twice: blindkit.plans_main."""
    bk.plans_main(argv, plans=PLANS, out=OUT, verify=verify, patterns=PATTERNS)


def verify(slug: str) -> list[str]:
    """mb3.verify (pdftotext, page by page), batch 34's whole-text check on content order and the layout facts."""
    return mb3.verify(slug) + mb34._whole_text_raw(slug) + _layout_facts(slug)


def _text(pdf: Path, first: int | None = None, last: int | None = None) -> str:
    cmd = ["pdftotext", "-enc", "UTF-8"]
    if first:
        cmd += ["-f", str(first), "-l", str(last or first)]
    return subprocess.run([*cmd, str(pdf), "-"], check=True, capture_output=True, text=True).stdout


def _layout_facts(slug: str) -> list[str]:
    """One set of layout facts per plan, read back from the PDF: the poster is one A3 landscape page with nine
    numbered measure bubbles and the four information bubbles; the policy brief is two A4 pages with the sidebar head
    on each and no measure text outside the sidebar pages' sidebar; the highlight report prints both activity
    sub-headings and the traffic-light words; the report card is two A4 pages with the grading key and objective 4's
    deferral."""
    import pdfplumber

    pdf = OUT / slug / f"{slug}.pdf"
    pages = mb3.pdftotext_pages(pdf)
    sq = mb3._squash
    text = "".join(pages)
    bad = []
    with pdfplumber.open(str(pdf)) as doc:
        sizes = [(round(float(p.width)), round(float(p.height))) for p in doc.pages]
    if slug == NN_SLUG:
        if sizes != [(1191, 842)]:
            bad.append(f"{slug}: not one A3 landscape page: {sizes}")
        for r in NN_ROWS:
            if sq(r[2]) not in text:
                bad.append(f"{slug}: bubble {r[1]} not printed whole")
        for needle in ("Ferdig i 2055", "Flaumvollen ved Nedre Lona", "Tiltak for mål D kjem først då",
                       "bekkmørkt"):
            if sq(needle) not in text:
                bad.append(f"{slug}: information bubble {needle!r} missing")
    if slug == NB_SLUG:
        if sizes != [(595, 842)] * 2:
            bad.append(f"{slug}: not two A4 pages: {sizes}")
        if sq("NØKKELTILTAK") not in pages[0] or sq("NØKKELTILTAK (forts.)") not in pages[1]:
            bad.append(f"{slug}: sidebar heads not on both pages")
        for r in NB_ROWS:
            if text.count(sq(r[2])[:30]) != 1:
                bad.append(f"{slug}: measure {r[0]} printed {text.count(sq(r[2])[:30])} times")
    if slug == DA_SLUG:
        for needle in ("3.1 Næste periode (maj–juli 2057)", "3.2 Resten af planperioden", "GUL", "GRØN"):
            if sq(needle) not in text:
                bad.append(f"{slug}: {needle!r} missing")
        if any(w != 595 for w, _h2 in sizes):
            bad.append(f"{slug}: not A4 portrait: {sizes}")
    if slug == EN_SLUG:
        if sizes != [(595, 842)] * 2:
            bad.append(f"{slug}: not two A4 pages: {sizes}")
        raw = _text(pdf)
        if not re.search(r"Incomplete – no actions agreed", raw) or sq("once the Government confirms") not in text:
            bad.append(f"{slug}: grading key or objective 4's deferral missing")
        if sq(EN_LEFTOVER) not in pages[1]:
            bad.append(f"{slug}: leftover not on p. 2")
    return bad


if __name__ == "__main__":
    main(sys.argv[1:])
