"""Build the twenty-fourth blind batch of parent/child pairs (rød tråd, pbl § 11-1) and their gold.

Written on 2026-12-04 by `bpar24` without reading plancheck's code, tests or bench, and without
running it. Parents and children in forms the earlier batches did not use:

- Lyngsund (nb): a samfunnsdel (Chromium) whose goals open with a RUN-IN BOLD SHORT TITLE
  ('Trygge barn. Alle barn i …'); the child, a MÅLEKART (Chromium, A4 landscape), follows the
  goals up ONLY with indicators and ambition levels, and names the goal in a column
  'Kommuneplanmål' by a SHORTER title than the parent's ('Arbeid' for 'Flere i jobb');
  indicators marked 'Følges med' carry no ambition.
- Gransjö (sv): Mål och budget (python-docx → LibreOffice) with the fullmäktige goals as a Word
  numbered list; the child, a nämnd's verksamhetsplan (Chromium), quotes each goal and then
  'Vi har justerat målet till: …' — the nämnd REWORDS the goal to its own share.
- Harrowdene (en): a Corporate Plan (python-docx → LibreOffice) with typed outcome ids 1a–3b;
  the child, a service plan delivered as a 16:9 SLIDE DECK (Chromium), tags each slide with
  COLOUR-KEY CHIPS naming the priorities by a one-word short name ('Greener', 'Cleaner').
- Auklandsvik (nn): a samfunnsdel (Chromium) with the goals beside LARGE COLOURED NUMERALS; the
  child, a helse- og omsorgsplan (python-docx → LibreOffice, two pages), links back only by an
  APPENDIX CROSS-REFERENCE TABLE 'Samfunnsmål | Følgt opp i kapittel' — one row points to a
  chapter that does nothing.
- Vesterbølle (da): a DK2020 klimaplan (Chromium) whose goals are the cells of a SECTOR × YEAR
  matrix ('Sektor | Mål 2030 | Mål 2045'); the child, a klimahandleplan (reportlab), labels each
  handling only by 'Sektor: …', which matches both years' cells.

    python corpora/parents-blind24/make_pairs.py                  # all pairs
    python corpora/parents-blind24/make_pairs.py lyngsund-malekart
    python corpora/parents-blind24/make_pairs.py --verify         # re-read the PDFs only

Imports the twenty-third batch's builder (corpora/parents-blind23/make_pairs.py: through it
batch 21's and earlier writers: `_rl`, `G`, `C`, the Chromium print, `_page`, `build_pdf`) and
runs batch 14's `main` (gold writer and checks) on this folder's pairs. `--verify` is batch 20's,
pointed at this folder.
"""

from __future__ import annotations

import html as _html
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "scripts"))

import pairkit as pk  # noqa: E402

_p23 = pk.load_module("parents_blind23_make_pairs", HERE.parent / "parents-blind23" / "make_pairs.py")
_p20, _p14 = _p23._p20, _p23._p14
G, C = _p23.G, _p23.C
_chromium, _page, _rl = _p23._chromium, _p23._page, _p23._rl
build_pdf, _build_pdf_numbered = _p23.build_pdf, _p23._build_pdf_numbered

PAIRS, pair = pk.pair_registry()
e = _html.escape


# =========================================================================== 1 Lyngsund (nb)


@pair
def lyngsund_malekart(d: Path) -> dict:
    g = {
        "L1": ("Trygge barn", "Alle barn i Lyngsund vokser opp i trygge hjem og har en god "
               "skolehverdag."),
        "L2": ("Flere i jobb", "Flere innbyggere i arbeidsfør alder er i arbeid, og færre unge "
               "står utenfor skole og arbeid."),
        "L3": ("Aktive eldre", "Eldre i Lyngsund bor hjemme lenger og deltar i "
               "lokalsamfunnet."),
        "L4": ("Grønn mobilitet", "En større del av reisene i Lyngsund skjer til fots, med "
               "sykkel eller kollektivt."),
        "L5": ("Rent vann", "Fjorden og vassdragene i Lyngsund har god økologisk tilstand."),
        "L6": ("Levende bygder", "Folketallet i bygdene holder seg stabilt."),
    }
    chapters = [
        ("Oppvekst og arbeid",
         "Lyngsund har 11 200 innbyggere. De fleste barn har det godt, men andelen unge som "
         "verken er i arbeid eller utdanning, er høyere enn i landet.", ["L1", "L2"]),
        ("Helse og aldring",
         "Antallet innbyggere over 80 år blir doblet fram mot 2045.", ["L3"]),
        ("Klima, miljø og bygder",
         "Tre av fire reiser i Lyngsund skjer med bil. Lyngsfjorden har moderat økologisk "
         "tilstand. Bygdene utenfor sentrum har mistet 300 innbyggere siden 2020.",
         ["L4", "L5", "L6"]),
    ]
    css = (
        "h1{font-size:21pt;color:#12566b;margin:0 0 4px}"
        "h2{font-size:14pt;color:#12566b;margin:16px 0 4px;border-bottom:1px solid #12566b}"
        "p.goal{margin:6px 0 6px 0}"
        "p.goal b{color:#12566b}"
        "h3{font-size:11pt;margin:10px 0 2px}"
    )
    body = [
        "<div class='crumb'>Lyngsund kommune · Kommuneplanens samfunnsdel 2034–2046</div>",
        "<h1>Kommuneplanens samfunnsdel 2034–2046</h1>",
        "<p class='crumb'>Vedtatt av kommunestyret 14. juni 2034, sak 51/34</p>",
        "<p>Samfunnsdelen har seks samfunnsmål. Hvert mål har en kort tittel i fet skrift. "
        "Kommunedirektøren lager et målekart som viser hvordan vi måler utviklingen, og "
        "handlingsdelen viser tiltakene.</p>",
    ]
    for head, bg, ids in chapters:
        body += [f"<h2>{e(head)}</h2>", f"<p>{e(bg)}</p>", "<h3>Samfunnsmål</h3>"]
        body += [f"<p class='goal'><b>{e(g[x][0])}.</b> {e(g[x][1])}</p>" for x in ids]
    body += [
        "<h2>Arealstrategi</h2>",
        "<p>Ny boligbygging skjer i gangavstand fra sentrum og fra skolene i Øyrane og "
        "Lyngvik. Arealdelen rulleres i 2035.</p>",
    ]
    _chromium(_page("nb", "Kommuneplanens samfunnsdel 2034–2046", css, body), d / "parent.pdf")

    k = {
        "m1": "Minst 90 prosent av elevene på 7. trinn trives på skolen.",
        "m2": "Sysselsettingen blant innbyggere 20–66 år er minst 78 prosent.",
        "m3": "Under 7 prosent av de unge står utenfor arbeid og utdanning.",
        "m4": "Minst 88 prosent av innbyggerne over 80 år bor i eget hjem.",
        "m5": "Seniorsenteret har minst 200 besøk i uken.",
        "m6": "Minst 40 prosent av reisene skjer til fots, med sykkel eller kollektivt.",
        "m7": "Minst 65 prosent av innbyggerne opplever at de kan påvirke kommunens "
        "beslutninger.",
    }
    rows = [
        ("Trygge barn", "Andel elever på 7. trinn som trives på skolen (Elevundersøkelsen)",
         "84 %", k["m1"], "Udir"),
        ("Trygge barn", "Bekymringsmeldinger til barnevernet per 1 000 barn", "38",
         "Følges med", "Kostra"),
        ("Arbeid", "Sysselsatte 20–66 år, andel av befolkningen", "76 %", k["m2"], "SSB"),
        ("Arbeid", "Andel 16–25 år utenfor arbeid og utdanning", "9 %", k["m3"], "SSB"),
        ("Eldre", "Andel over 80 år som bor i eget hjem", "86 %", k["m4"], "Kostra"),
        ("Eldre", "Besøk på seniorsenteret per uke", "140", k["m5"], "Egen telling"),
        ("Reiser", "Andel reiser til fots, sykkel og kollektivt (reisevaneundersøkelsen)",
         "27 %", k["m6"], "RVU"),
        ("Bygdene", "Folketall i grunnkretsene utenfor sentrum", "3 912", "Følges med", "SSB"),
        ("Medvirkning", "Andel som mener de kan påvirke kommunens beslutninger "
         "(innbyggerundersøkelsen)", "58 %", k["m7"], "Egen undersøkelse"),
    ]
    ccss = (
        "@page{size:A4 landscape;margin:12mm 14mm}"
        "h1{font-size:18pt;color:#12566b;margin:0 0 4px}"
        "th{background:#12566b;color:#fff}"
        "td.km{font-weight:bold;color:#12566b;white-space:nowrap}"
        "td.f{color:#777;font-style:italic}"
    )
    cbody = [
        "<div class='crumb'>Lyngsund kommune · Kommunedirektøren</div>",
        "<h1>Målekart 2037 for kommuneplanens samfunnsdel</h1>",
        "<p>Målekartet viser hvordan vi måler utviklingen mot samfunnsmålene. Det inneholder "
        "ingen tiltak; tiltakene står i handlingsdelen. Der det står «Følges med», har vi valgt "
        "å følge indikatoren uten å sette en ambisjon. Samfunnsmålet «Fjorden og vassdragene i "
        "Lyngsund har god økologisk tilstand» følges opp av vannområdet Lyngsfjorden og er ikke "
        "med i målekartet.</p>",
        "<table><tr><th style='width:13%'>Kommuneplanmål</th><th style='width:30%'>Indikator"
        "</th><th style='width:9%'>Nivå 2035</th><th style='width:36%'>Ambisjon 2037</th>"
        "<th style='width:12%'>Kilde</th></tr>",
    ]
    for km, ind, niv, amb, src in rows:
        cls = " class='f'" if amb == "Følges med" else ""
        cbody.append(f"<tr><td class='km'>{e(km)}</td><td>{e(ind)}</td><td>{e(niv)}</td>"
                     f"<td{cls}>{e(amb)}</td><td>{e(src)}</td></tr>")
    cbody += ["</table>",
              "<p class='crumb'>Målekartet rapporteres i tertialrapportene og i årsmeldingen."
              "</p>"]
    _chromium(_page("nb", "Målekart 2037", ccss, cbody), d / "child.pdf")

    goals_ = [
        G("L1", g["L1"][1], "partial", [k["m1"]], ev="Minst 90 prosent av elevene",
          missing=["trygge hjem (barnevernsindikatoren bare 'Følges med')"],
          note="the goals are the sentences after a RUN-IN BOLD SHORT TITLE ('Trygge barn.'); "
          "goal text without the title. The child is a MÅLEKART: only indicators and ambition "
          "levels, no measures; its 'Kommuneplanmål' column names the goal by a SHORTER title "
          "('Arbeid' for 'Flere i jobb', 'Reiser' for 'Grønn mobilitet'). Convention: an "
          "'Ambisjon 2037' cell is a measurable child goal and serves; an indicator marked "
          "'Følges med' (no ambition) is monitoring, not a goal or measure. Trap: one of two "
          "— school well-being has an ambition, safe homes only a 'Følges med' indicator"),
        G("L2", g["L2"][1], "followed_up", [k["m2"], k["m3"]], ev="Sysselsettingen blant "
          "innbyggere 20–66", note="both halves by ambition levels: employment 20–66 and "
          "young people outside work and education; column 'Arbeid'"),
        G("L3", g["L3"][1], "followed_up", [k["m4"], k["m5"]], ev="Minst 88 prosent av "
          "innbyggerne", note="living at home (over 80) and taking part (visits to the senior "
          "centre); column 'Eldre'"),
        G("L4", g["L4"][1], "followed_up", [k["m6"]], ev="Minst 40 prosent av reisene",
          note="the share of trips on foot, by bike or bus with an ambition; column 'Reiser'"),
        G("L5", g["L5"][1], "not_followed_up",
          note="trap: QUOTED verbatim in the målekart's introduction and left to the water "
          "area (vannområdet); no row"),
        G("L6", g["L6"][1], "not_followed_up",
          note="trap: an indicator only — 'Bygdene | Folketall i grunnkretsene utenfor "
          "sentrum | 3 912 | Følges med': the child watches the figure but sets no ambition "
          "and has no measure (per the convention above: not followed up)"),
    ]
    kids = [
        C(k["m1"], ["L1"], note="the child goals are the 'Ambisjon 2037' cells; 'Følges med' "
          "cells, indicators, levels and sources are no goals"),
        C(k["m2"], ["L2"]),
        C(k["m3"], ["L2"]),
        C(k["m4"], ["L3"]),
        C(k["m5"], ["L3"]),
        C(k["m6"], ["L4"]),
        C(k["m7"], [], note="citizens' influence, row 'Medvirkning': no samfunnsmål on it — "
          "stands alone"),
    ]
    return dict(
        language="nb", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (Chromium; samfunnsdel): goals open with a RUN-IN BOLD SHORT "
        "TITLE ('Trygge barn. Alle barn …'); child PDF (Chromium, A4 landscape; MÅLEKART): "
        "table 'Kommuneplanmål | Indikator | Nivå 2035 | Ambisjon 2037 | Kilde' with the goal "
        "named by a SHORTER title, only indicators and ambitions (no measures), two rows "
        "'Følges med'; one goal quoted and left to the water area",
        goals=goals_, kids=kids,
    )


# =========================================================================== 2 Gransjö (sv)


@pair
def gransjo_verksamhetsplan(d: Path) -> dict:
    g = {
        "1": "Alla elever i Gransjö når kunskapskraven i samtliga ämnen.",
        "2": "I Gransjö byggs minst 120 nya bostäder per år.",
        "3": "Dricksvattnet i Gransjö är säkert och Gransån har god ekologisk status.",
        "4": "Kommunens verksamheter är fossilfria senast 2040.",
        "5": "Invånarna känner sig trygga i sitt bostadsområde och i centrum.",
        "6": "Föreningslivet har goda villkor och fler barn deltar i föreningsaktiviteter.",
    }
    parent = [
        ("title", "Mål och budget 2037–2039"),
        ("meta", "Gransjö kommun · Antagen av kommunfullmäktige den 24 november 2036, § 142"),
        ("h1", "1 Inledning"),
        ("p", "Mål och budget är kommunens viktigaste styrdokument. Kommunfullmäktige beslutar om "
         "mål för hela kommunen. Nämnderna bryter ned målen i sina verksamhetsplaner och "
         "redovisar hur de bidrar."),
        ("h1", "2 Kommunfullmäktiges mål"),
        ("p", "Fullmäktige har beslutat om följande sex mål för perioden 2037–2039:"),
        ("num", [g[x] for x in "123456"]),
        ("h1", "3 Ekonomiska förutsättningar"),
        ("p", "Skatteintäkterna beräknas öka med 3,1 procent 2037. Resultatet ska vara minst "
         "2 procent av skatter och generella statsbidrag."),
        ("table", ["Nämnd", "Ram 2037 (mnkr)"],
         [["Barn- och utbildningsnämnden", "612,4"], ["Socialnämnden", "498,0"],
          ["Samhällsbyggnadsnämnden", "94,7"], ["Kultur- och fritidsnämnden", "61,2"]],
         [110, 50]),
    ]
    _build_pdf_numbered(parent, d / "parent.pdf", title="Mål och budget 2037–2039",
                        author="Gransjö kommun", header="Gransjö kommun – Mål och budget "
                        "2037–2039", lang="sv-SE")

    k = {
        "n2": "Nämnden antar detaljplaner för minst 120 bostäder per år.",
        "n4": "Nämndens personbilar och lätta lastbilar är fossilfria senast 2038.",
        "n5": "Invånarna känner sig trygga i centrum.",
        "n7": "Handläggningstiden för ett komplett bygglov är högst fyra veckor.",
    }
    a = {
        "a2": "Detaljplan för Norrby etapp 2 (180 bostäder och den nya Norrbyskolan)",
        "a2b": "Markanvisning för hyresrätter vid Stationsgatan",
        "a3": "Reservvattentäkten vid Lomsjön tas i bruk",
        "a3b": "Dagvattendamm vid Gransån nedströms industriområdet",
        "a4": "Elbilar ersätter 14 leasade dieselbilar när avtalen löper ut",
        "a5": "LED-belysning och bättre ljus i gångtunneln vid resecentrum",
        "a5b": "Trygghetsvandring i centrum med polisen och handeln",
    }
    css = (
        "h1{font-size:19pt;color:#1d4e89;margin:0 0 4px}"
        "h2{font-size:13pt;color:#1d4e89;margin:14px 0 4px}"
        ".kf{border-left:4px solid #1d4e89;padding:2px 8px;margin:4px 0;color:#333}"
        ".nm{margin:6px 0 2px}"
        ".nm b{color:#1d4e89}"
        "ul{margin:2px 0 6px}"
    )

    def sec(nr, head, kf_text, nm, acts):
        out = [f"<h2>{e(head)}</h2>",
               f"<p class='kf'>Fullmäktiges mål {nr}: {e(kf_text)}</p>", f"<p class='nm'>{nm}</p>"]
        if acts:
            out.append("<p class='nm'>Aktiviteter 2037:</p><ul>"
                       + "".join(f"<li>{e(x)}</li>" for x in acts) + "</ul>")
        return out

    body = [
        "<div class='crumb'>Gransjö kommun · Samhällsbyggnadsnämnden</div>",
        "<h1>Verksamhetsplan 2037</h1>",
        "<p class='crumb'>Samhällsbyggnadsnämnden · Beslutad den 15 december 2036, § 98</p>",
        "<p>Samhällsbyggnadsnämnden ansvarar för fysisk planering, bygglov, gator, parker, vatten "
        "och avlopp. Nämnden har gått igenom fullmäktiges mål och formulerat om dem till vad "
        "nämnden själv kan påverka. Där vi har ändrat målet står det «Vi har justerat målet "
        "till». Gransjö växer, och två nya skolor planeras till 2040.</p>",
    ]
    body += sec(2, "Bostäder", g["2"], "<b>Vi har justerat målet till:</b> " + e(k["n2"]),
                [a["a2"], a["a2b"]])
    body += sec(3, "Vatten och avlopp", g["3"], "<b>Nämnden antar målet oförändrat.</b>",
                [a["a3"], a["a3b"]])
    body += sec(4, "Fossilfri verksamhet", g["4"],
                "<b>Vi har justerat målet till:</b> " + e(k["n4"]) + " Arbetsmaskinerna inom "
                "gata och park ingår inte i målet för 2037.", [a["a4"]])
    body += sec(5, "Trygghet", g["5"], "<b>Vi har justerat målet till:</b> " + e(k["n5"]),
                [a["a5"], a["a5b"]])
    body += sec(6, "Föreningsliv", g["6"], "<b>Nämnden har inget eget mål för 2037.</b> "
                "Föreningsfrågorna ligger hos kultur- och fritidsnämnden.", [])
    body += [
        "<h2>Nämndens egna mål</h2>",
        f"<p class='nm'><b>Nämndens mål:</b> {e(k['n7'])}</p>",
        "<h2>Ekonomi</h2>",
        "<p>Nämndens ram för 2037 är 94,7 miljoner kronor. Vatten och avlopp finansieras med "
        "taxor.</p>",
    ]
    _chromium(_page("sv", "Verksamhetsplan 2037 – Samhällsbyggnadsnämnden", css, body),
              d / "child.pdf")

    goals_ = [
        G("1", g["1"], "not_followed_up",
          note="the goals are the items of a Word NUMBERED LIST (1.–6., list numbering, not "
          "typed) under 'Kommunfullmäktiges mål'; ids = the list numbers. Knowledge results "
          "are absent from the child; 'två nya skolor planeras' and the detaljplan for the new "
          "Norrbyskolan are background / a housing activity, not the pupils' results — trap: "
          "topic only"),
        G("2", g["2"], "followed_up", [k["n2"], a["a2"], a["a2b"]],
          ev="Nämnden antar detaljplaner för",
          note="the child quotes each goal ('Fullmäktiges mål n: …') and REWORDS it: 'Vi har "
          "justerat målet till: Nämnden antar detaljplaner för minst 120 bostäder per år.' — "
          "the planning committee's whole share of housing construction (plans for 120 a "
          "year, a land allocation); the reworded goal is a child goal serving goal 2"),
        G("3", g["3"], "followed_up", [a["a3"], a["a3b"]], ev="Reservvattentäkten vid Lomsjön",
          note="adopted unchanged ('Nämnden antar målet oförändrat') with no child goal of its "
          "own; the activities serve both halves: a reserve water source (safe drinking "
          "water) and a stormwater pond on Gransån below the industrial area (the river's "
          "status)"),
        G("4", g["4"], "partial", [k["n4"], a["a4"]], ev="Nämndens personbilar och lätta",
          missing=["arbetsmaskinerna inom gata och park (uttryckligen undantagna)"],
          note="trap: the rewording NARROWS the goal — cars and light vans only, 'Arbetsmaskinerna "
          "… ingår inte i målet för 2037'; the committee's own machines are part of its share"),
        G("5", g["5"], "partial", [k["n5"], a["a5"], a["a5b"]], ev="Invånarna känner sig trygga i",
          missing=["trygghet i bostadsområdena"],
          note="trap: one of two — the reworded goal drops 'sitt bostadsområde' and keeps "
          "'centrum' (lighting at the travel centre, a safety walk in the centre)"),
        G("6", g["6"], "not_followed_up",
          note="trap: QUOTED verbatim as 'Fullmäktiges mål 6: …' and answered 'Nämnden har "
          "inget eget mål för 2037' — left to the culture and leisure committee"),
    ]
    kids = [
        C(k["n2"], ["2"], note="the child goals are the reworded goals after 'Vi har justerat "
          "målet till:' and 'Nämndens mål:'; the quoted 'Fullmäktiges mål n:' lines are the "
          "parent's goals, the 'Aktiviteter 2037' bullets measures"),
        C(k["n4"], ["4"]),
        C(k["n5"], ["5"]),
        C(k["n7"], [], note="building-permit handling time under 'Nämndens egna mål' — stands "
          "alone"),
    ]
    return dict(
        language="sv", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (python-docx → LibreOffice; Mål och budget): the fullmäktige "
        "goals as a Word NUMBERED LIST; child PDF (Chromium; nämnd's verksamhetsplan): each "
        "goal quoted 'Fullmäktiges mål n: …' then 'Vi har justerat målet till: <reworded "
        "goal>' (or 'antar målet oförändrat' / 'inget eget mål'), 'Aktiviteter 2037' bullets",
        goals=goals_, kids=kids,
    )


# =========================================================================== 3 Harrowdene (en)


@pair
def harrowdene_slides(d: Path) -> dict:
    g = {
        "1a": "The Council's own operations are net zero by 2038.",
        "1b": "More household waste is reused, recycled or composted.",
        "2a": "Every neighbourhood has clean and well-maintained streets and open spaces.",
        "2b": "Every resident lives within a ten-minute walk of a good-quality park or green "
        "space.",
        "3a": "Fewer households are living in temporary accommodation.",
        "3b": "Homes in the private rented sector are safe and well managed.",
    }
    pri = [
        ("Priority 1: A Greener Harrowdene",
         "The Council declared a climate emergency in 2031. Our own buildings and fleet emit "
         "about 9,800 tonnes of carbon dioxide a year.", ["1a", "1b"]),
        ("Priority 2: Clean and Safe Neighbourhoods",
         "Residents tell us that litter, fly-tipping and access to parks matter most to them. "
         "Parts of Eastbrook and Millfield have no public park within a ten-minute walk.", ["2a", "2b"]),
        ("Priority 3: Homes for Everyone",
         "More than 600 households live in temporary accommodation, and a third of homes are "
         "privately rented.", ["3a", "3b"]),
    ]
    parent = [
        ("title", "Corporate Plan 2036–2040"),
        ("meta", "Harrowdene Borough Council · Agreed by Full Council on 19 February 2036"),
        ("h1", "Introduction"),
        ("p", "The Corporate Plan sets out the Council's three priorities and the outcomes we "
         "want to see by 2040. Each service plan explains how the service contributes to them."),
    ]
    for head, bg, ids in pri:
        parent += [("h1", head), ("p", bg), ("p", "Outcomes we want to see by 2040:")]
        parent += [("typed", x, g[x], "\t", 10) for x in ids]
    parent += [
        ("h1", "Our finances"),
        ("p", "The Medium Term Financial Strategy sets a balanced budget for 2036/37 with savings "
         "of £4.2 million."),
    ]
    _build_pdf_numbered(parent, d / "parent.pdf", title="Corporate Plan 2036–2040",
                        author="Harrowdene Borough Council",
                        header="Harrowdene Borough Council – Corporate Plan 2036–2040",
                        lang="en-GB")

    k = {
        "t1": "Recycling rate rises from 38% to 45%.",
        "t2": "Weekly food waste collection reaches all 18,000 flats.",
        "t3": "Half of the streetscene fleet is electric by March 2038.",
        "t4": "95% of streets inspected are graded A or B for litter.",
        "t5": "Fly-tipping is cleared within two working days.",
        "t6": "Two new pocket parks open in Eastbrook and Millfield.",
        "t7": "95% of complaints are answered within ten working days.",
    }
    chip = {"Greener": "#2e7d32", "Cleaner": "#1565c0", "Homes": "#8e24aa"}

    def chips(*names):
        return "".join(f"<span class='chip' style='background:{chip[n]}'>{n}</span>"
                       for n in names)

    def slide(title, tags, targets, actions, n, extra=""):
        t = "".join(f"<li>{e(x)}</li>" for x in targets)
        a = "".join(f"<li>{e(x)}</li>" for x in actions)
        return (f"<section><div class='bar'>{e(title)}<span class='tags'>{tags}</span></div>"
                f"<div class='cols'><div><h3>Targets 2037/38</h3><ul>{t}</ul></div>"
                f"<div><h3>What we will do</h3><ul>{a}</ul></div></div>{extra}"
                f"<div class='ft'>Environment &amp; Streetscene · Service Plan 2037/38"
                f"<span>{n}</span></div></section>")

    css = (
        "@page{size:254mm 142.9mm;margin:0}"
        "body{margin:0;font-size:14pt}"
        "section{width:254mm;height:142.9mm;box-sizing:border-box;padding:10mm 14mm;"
        "position:relative;page-break-after:always;overflow:hidden}"
        "section:last-child{page-break-after:auto}"
        ".bar{font-size:22pt;font-weight:bold;color:#263238;border-bottom:3px solid #263238;"
        "padding-bottom:4px;margin-bottom:10px}"
        ".tags{float:right}"
        ".chip{display:inline-block;color:#fff;font-size:11pt;border-radius:12px;"
        "padding:3px 12px;margin-left:6px;vertical-align:middle}"
        ".cols{display:flex;gap:14mm}.cols>div{flex:1}"
        "h3{font-size:14pt;color:#455a64;margin:4px 0}"
        "ul{margin:4px 0;padding-left:20px}li{margin:4px 0}"
        ".ft{position:absolute;bottom:6mm;left:14mm;right:14mm;font-size:9pt;color:#777}"
        ".ft span{float:right}"
        ".big{font-size:30pt;font-weight:bold;color:#263238;margin-top:28mm}"
        ".key td{border:none;padding:4px 8px;font-size:13pt}"
        ".note{font-size:11pt;color:#444}"
    )
    key = (
        "<table class='key'>"
        f"<tr><td>{chips('Greener')}</td><td>Priority 1: A Greener Harrowdene</td></tr>"
        f"<tr><td>{chips('Cleaner')}</td><td>Priority 2: Clean and Safe Neighbourhoods</td></tr>"
        f"<tr><td>{chips('Homes')}</td><td>Priority 3: Homes for Everyone – no direct "
        "contribution from this service</td></tr></table>"
    )
    body = [
        "<section><div class='big'>Environment &amp; Streetscene<br>Service Plan 2037/38</div>"
        "<p>Cabinet briefing · Harrowdene Borough Council · March 2037</p>"
        "<div class='ft'>Environment &amp; Streetscene · Service Plan 2037/38<span>1</span>"
        "</div></section>",
        "<section><div class='bar'>How we contribute to the Corporate Plan</div>"
        "<p>Each slide carries the Corporate Plan priorities it contributes to:</p>" + key
        + "<p class='note'>The Corporate Plan outcome “Fewer households are living in temporary "
        "accommodation.” is led by Housing Needs; this service is not involved.</p>"
        "<div class='ft'>Environment &amp; Streetscene · Service Plan 2037/38<span>2</span>"
        "</div></section>",
        slide("Waste and recycling", chips("Greener"), [k["t1"], k["t2"]],
              ["Food waste caddies for flats, phased by ward",
               "Reuse shop at Mill Lane recycling centre"], 3),
        slide("Fleet", chips("Greener"), [k["t3"]],
              ["Replace 22 diesel vans and sweepers with electric models",
               "Charging hub at Ferrers Road depot"], 4,
              "<p class='note'>Heating of the depots is for Estates and is not in this plan."
              "</p>"),
        slide("Street cleansing", chips("Cleaner"), [k["t4"], k["t5"]],
              ["Ward-based cleansing teams", "Fly-tipping hotspot cameras"], 5),
        slide("Parks and open spaces", chips("Greener"), [k["t6"]],
              ["Pocket parks on former garage sites in Eastbrook and Millfield",
               "Green Flag bid for Harrow Common"], 6),
        slide("Customer service", "", [k["t7"]], ["Single complaints log for the service"], 7),
    ]
    _chromium(_page("en", "Environment & Streetscene Service Plan 2037/38", css, body),
              d / "child.pdf")

    goals_ = [
        G("1a", g["1a"], "partial", [k["t3"]], ev="Half of the streetscene fleet",
          missing=["the depots' heating (left to Estates)"],
          note="the goals are the outcome lines under 'Outcomes we want to see by 2040:' with "
          "TYPED ids 1a–3b and a tab; the priority headings and their background are no goals. "
          "The child is a SLIDE DECK (16:9 pages) whose slides carry COLOUR-KEY CHIPS naming "
          "the priority by a one-word short name ('Greener' = Priority 1). Trap: the service's "
          "share of its own operations is the fleet AND the depots; slide 4 says the depots' "
          "heating is not in this plan"),
        G("1b", g["1b"], "followed_up", [k["t1"], k["t2"]], ev="Recycling rate rises from",
          note="recycling rate and food waste collection for flats ('Greener' chip)"),
        G("2a", g["2a"], "followed_up", [k["t4"], k["t5"]], ev="95% of streets inspected are",
          note="litter grades and fly-tipping clearance ('Cleaner' chip); the service's whole "
          "share (cleansing of streets and open spaces)"),
        G("2b", g["2b"], "followed_up", [k["t6"]], ev="Two new pocket parks open",
          note="trap: the slide carries the WRONG chip ('Greener', Priority 1) — content "
          "decides: pocket parks in Eastbrook and Millfield, the two wards the parent names as "
          "without a park within ten minutes, serve outcome 2b"),
        G("3a", g["3a"], "not_followed_up",
          note="trap: QUOTED verbatim on slide 2 ('… is led by Housing Needs; this service is "
          "not involved'); the 'Homes' chip is on no slide"),
        G("3b", g["3b"], "not_followed_up",
          note="private rented homes are absent from the child"),
    ]
    kids = [
        C(k["t1"], ["1b"], note="the child goals are the bullets under 'Targets 2037/38'; "
          "'What we will do' bullets are measures, the chips links"),
        C(k["t2"], ["1b"]),
        C(k["t3"], ["1a"]),
        C(k["t4"], ["2a"]),
        C(k["t5"], ["2a"]),
        C(k["t6"], ["2b"], note="chip 'Greener' (wrong): content serves 2b"),
        C(k["t7"], [], note="complaint handling, slide without a chip — stands alone"),
    ]
    return dict(
        language="en", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (python-docx → LibreOffice; Corporate Plan): outcome lines with "
        "TYPED ids 1a–3b under 'Outcomes we want to see by 2040:'; child PDF (Chromium; "
        "service plan as a 16:9 SLIDE DECK, seven slides): 'Targets 2037/38' and 'What we will "
        "do' columns, COLOUR-KEY CHIPS naming the priorities by short name (one wrong); one "
        "outcome quoted on the key slide and declared not this service's",
        goals=goals_, kids=kids,
    )


# =========================================================================== 4 Auklandsvik (nn)


@pair
def auklandsvik_omsorg(d: Path) -> dict:
    g = {
        "1": "Alle barn og unge i Auklandsvik har ein trygg og god oppvekst.",
        "2": "Innbyggjarane meistrar eigen kvardag og kan bu heime så lenge som mogleg.",
        "3": "Auklandsvik har eit mangfaldig arbeidsliv og nok kvalifisert arbeidskraft i "
        "helse- og omsorgstenestene.",
        "4": "Frivillige lag og organisasjonar er ein sterk ressurs i lokalsamfunnet.",
        "5": "Jordbruksareala og kulturlandskapet i Auklandsvik blir tekne vare på.",
        "6": "Det finst nok tilrettelagde bustader for eldre og for personar med psykiske "
        "lidingar eller rusproblem.",
    }
    css = (
        "h1{font-size:21pt;color:#7a2e5c;margin:0 0 4px}"
        "h2{font-size:13pt;color:#7a2e5c;margin:16px 0 6px}"
        ".mal{display:flex;align-items:center;margin:7px 0}"
        ".nr{font-size:30pt;font-weight:bold;color:#fff;background:#7a2e5c;width:16mm;"
        "height:16mm;line-height:16mm;text-align:center;border-radius:50%;flex:none;"
        "margin-right:6mm}"
        ".mal p{margin:0;font-size:11.5pt}"
    )
    body = [
        "<div class='crumb'>Auklandsvik kommune · Kommuneplanen sin samfunnsdel 2035–2047</div>",
        "<h1>Kommuneplanen sin samfunnsdel 2035–2047</h1>",
        "<p class='crumb'>Vedteken av kommunestyret 12. juni 2035, sak 44/35</p>",
        "<p>Auklandsvik er ein kystkommune med 5 800 innbyggjarar. Samfunnsdelen gjev retning for "
        "alle kommunedelplanar og temaplanar. Kvar plan skal vise kva samfunnsmål han følgjer "
        "opp.</p>",
        "<h2>Samfunnsmåla våre</h2>",
    ]
    body += [f"<div class='mal'><div class='nr'>{x}</div><p>{e(g[x])}</p></div>"
             for x in "123456"]
    body += [
        "<h2>Arealstrategi</h2>",
        "<p>Ny utbygging skal skje i Aukland sentrum og i Vikbygda. Dyrka mark skal ikkje "
        "byggjast ned.</p>",
    ]
    _chromium(_page("nn", "Kommuneplanen sin samfunnsdel 2035–2047", css, body),
              d / "parent.pdf")

    k = {
        "h1": "Alle som får heimetenester, får kvardagsrehabilitering før vedtak om fast "
        "hjelp.",
        "h2": "Talet på innbyggjarar over 80 år som bur i eigen heim, aukar.",
        "h3": "Alle stillingar i helse og omsorg er lyste ut som heiltid.",
        "h4": "Auklandsvik har minst 20 lærlingar i helsearbeidarfaget.",
        "h5": "Kommunen har 12 nye omsorgsbustader i Vikbygda innan 2039.",
        "h6": "Alle tilsette i heimetenesta har elektronisk pasientjournal på nettbrett.",
    }
    t = {
        "t1": "Tverrfagleg kvardagsrehabiliteringsteam med fysioterapeut og ergoterapeut",
        "t2": "Velferdsteknologi (digitalt tilsyn og medisindispenser) i alle heimar som "
        "treng det",
        "t3": "Heiltidsprosjekt med langvakter i helgane",
        "t4": "Lærlingplassar og rettleiarar i alle avdelingar",
        "t5": "Bygging av omsorgsbustader i Vikbygda",
    }
    child = [
        ("title", "Helse- og omsorgsplan 2037–2040"),
        ("meta", "Auklandsvik kommune · Vedteken av kommunestyret 5. mars 2037, sak 12/37"),
        ("h1", "1 Innleiing"),
        ("p", "Planen er ein temaplan under kommuneplanen sin samfunnsdel. Vedlegget til slutt "
         "viser kva samfunnsmål planen følgjer opp og i kva kapittel."),
        ("p", "Samfunnsdelen seier at «Alle barn og unge i Auklandsvik har ein trygg og god "
         "oppvekst». Helsestasjonen og skulehelsetenesta er med i oppvekstplanen og ikkje i "
         "denne planen."),
        ("h1", "2 Meistring og tenester i heimen"),
        ("p", "Fleire eldre vil bu heime lenger. Då må tenestene hjelpe folk til å klare seg "
         "sjølve."),
        ("h2", "Mål"),
        ("bullets", [k["h1"], k["h2"]]),
        ("h2", "Tiltak"),
        ("bullets", [t["t1"], t["t2"]]),
        ("h1", "3 Rekruttering og kompetanse"),
        ("p", "Kommunen treng 40 fleire årsverk i helse og omsorg innan 2040. Berre halvparten "
         "av sjukepleiarane har heiltid."),
        ("h2", "Mål"),
        ("bullets", [k["h3"], k["h4"]]),
        ("h2", "Tiltak"),
        ("bullets", [t["t3"], t["t4"]]),
        ("h1", "4 Frivilligheit"),
        ("p", "Frivilligsentralen, sanitetslaget og besøksvennene i Raudekrossen gjer ein stor "
         "innsats for eldre i Auklandsvik. Kommunen set stor pris på dette arbeidet."),
        ("h1", "5 Bustader"),
        ("p", "Det er venteliste på omsorgsbustader. Bustader for personar med psykiske "
         "lidingar eller rusproblem blir følgde opp i den bustadsosiale handlingsplanen."),
        ("h2", "Mål"),
        ("bullets", [k["h5"]]),
        ("h2", "Tiltak"),
        ("bullets", [t["t5"]]),
        ("h1", "6 Digitalisering"),
        ("h2", "Mål"),
        ("bullets", [k["h6"]]),
        ("break",),
        ("h1", "Vedlegg: Kryssreferanse til samfunnsdelen"),
        ("table", ["Samfunnsmål", "Følgt opp i kapittel"],
         [["Mål 2: Meistring og å bu heime", "2"],
          ["Mål 3: Arbeidsliv og arbeidskraft", "3"],
          ["Mål 4: Frivilligheit", "4"],
          ["Mål 6: Tilrettelagde bustader", "5"]], [110, 50]),
    ]
    build_pdf(child, d / "child.pdf", title="Helse- og omsorgsplan 2037–2040",
              author="Auklandsvik kommune",
              header="Auklandsvik kommune – Helse- og omsorgsplan 2037–2040", lang="nn-NO")

    goals_ = [
        G("1", g["1"], "not_followed_up",
          note="the goals are the sentences beside LARGE COLOURED NUMERALS (round badges "
          "1–6); ids = the numerals. Trap: QUOTED verbatim in the child's introduction and "
          "sent to the oppvekstplan; not in the appendix"),
        G("2", g["2"], "followed_up", [k["h1"], k["h2"], t["t1"], t["t2"]],
          ev="Alle som får heimetenester, får",
          note="the child links back ONLY by an APPENDIX CROSS-REFERENCE TABLE 'Samfunnsmål | "
          "Følgt opp i kapittel' (on its own page); chapter 2: everyday rehabilitation, more "
          "over-80s living at home, welfare technology"),
        G("3", g["3"], "followed_up", [k["h3"], k["h4"], t["t3"], t["t4"]],
          ev="Alle stillingar i helse og",
          note="the child's whole share of the goal: qualified staff for health and care "
          "(full-time posts, apprentices); a varied labour market is not a care plan's theme"),
        G("4", g["4"], "not_followed_up",
          note="trap: the appendix says 'Mål 4: Frivilligheit → kapittel 4', but chapter 4 is "
          "only praise of the volunteers — no goal, no measure; the cross-reference claims "
          "more than the content"),
        G("5", g["5"], "not_followed_up",
          note="farmland and cultural landscape are absent from the child"),
        G("6", g["6"], "partial", [k["h5"], t["t5"]], ev="Kommunen har 12 nye omsorgsbustader",
          missing=["bustader for personar med psykiske lidingar eller rusproblem (sendt til "
                   "den bustadsosiale handlingsplanen)"],
          note="trap: one of two — housing with care for the elderly (12 in Vikbygda); "
          "housing for mental health and substance users is sent to another plan"),
    ]
    kids = [
        C(k["h1"], ["2"], note="the child goals are the bullets under the 'Mål' subheadings; "
          "the 'Tiltak' bullets are measures, the appendix table a link"),
        C(k["h2"], ["2"]),
        C(k["h3"], ["3"]),
        C(k["h4"], ["3"]),
        C(k["h5"], ["6"]),
        C(k["h6"], [], note="tablets with the patient record for home-care staff "
          "(digitalisation, chapter 6, not in the appendix) — stands alone"),
    ]
    return dict(
        language="nn", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (Chromium; nynorsk samfunnsdel): six goals beside LARGE COLOURED "
        "NUMERALS in round badges; child PDF (python-docx → LibreOffice; nynorsk helse- og "
        "omsorgsplan, two pages): 'Mål' and 'Tiltak' bullets per chapter, linked back only by "
        "an APPENDIX table 'Samfunnsmål | Følgt opp i kapittel' — one row pointing to a "
        "chapter with no goal or measure; one goal quoted and sent to another plan",
        goals=goals_, kids=kids,
    )


# =========================================================================== 5 Vesterbølle (da)


@pair
def vesterbolle_klima(d: Path) -> dict:
    g = {
        "E40": "Den kollektive varmeforsyning i kommunen er fri for fossile brændsler.",
        "E50": "Kommunen producerer mindst lige så meget el fra vind og sol, som der bruges i "
        "kommunen.",
        "T40": "Udledningen fra transport er reduceret med 40 procent i forhold til 2019.",
        "T50": "Den tunge transport og landbrugets maskiner kører på fossilfrie brændstoffer.",
        "L40": "Udledningen fra landbruget er reduceret med 30 procent, blandt andet ved "
        "udtagning af lavbundsjorder.",
        "K40": "Kommunen som virksomhed er klimaneutral.",
    }
    rows = [("Energi", "E40", "E50"), ("Transport", "T40", "T50"),
            ("Landbrug og arealer", "L40", None), ("Kommunen som virksomhed", "K40", None)]
    css = (
        "h1{font-size:20pt;color:#0b6e4f;margin:0 0 4px}"
        "h2{font-size:13pt;color:#0b6e4f;margin:14px 0 4px}"
        "table.m th{background:#0b6e4f;color:#fff}"
        "table.m td.s{font-weight:bold;background:#e6f2ec;width:22%}"
        "table.m td{width:39%}"
    )
    trs = "".join(
        f"<tr><td class='s'>{e(sec)}</td><td>{e(g[a])}</td>"
        f"<td>{e(g[b]) if b else '–'}</td></tr>" for sec, a, b in rows)
    body = [
        "<div class='crumb'>Vesterbølle Kommune · DK2020</div>",
        "<h1>Klimaplan 2036 – Vesterbølle Kommune</h1>",
        "<p class='crumb'>Vedtaget af kommunalbestyrelsen den 23. september 2036</p>",
        "<h2>Baggrund</h2>",
        "<p>Vesterbølle Kommune udledte 612.000 ton CO2e i 2019. Landbruget står for over "
        "halvdelen. De to fjernvarmeværker i Vesterbølle og Krogsted bruger stadig naturgas, "
        "og der står kun fire vindmøller i kommunen.</p>",
        "<h2>Mål</h2>",
        "<p>Målene er fastsat for hver sektor i 2040 og 2050. Klimahandleplanerne for "
        "fireårsperioder viser, hvordan kommunen arbejder hen mod dem.</p>",
        "<table class='m'><tr><th>Sektor</th><th>Mål 2040</th><th>Mål 2050</th></tr>"
        + trs + "</table>",
        "<h2>Tilpasning</h2>",
        "<p>Risikoen for oversvømmelse er størst langs Bølle Å og i den lave del af "
        "Krogsted. Tilpasningsplanen udarbejdes i 2037.</p>",
    ]
    _chromium(_page("da", "Klimaplan 2036 – Vesterbølle Kommune", css, body), d / "parent.pdf")

    k = {
        "m1": "Fjernvarmen i Vesterbølle og Krogsted er fri for naturgas i 2040.",
        "m2": "Der er 120 offentlige ladepunkter i kommunen i 2040.",
        "m3": "Cykelstien mellem Krogsted og Vesterbølle er færdig i 2039.",
        "m4": "Alle kommunens personbiler og varebiler er elbiler i 2041.",
        "m5": "Klimaborgerpanelet holder fire møder om året.",
    }
    child = [
        ("title", "Klimahandleplan 2038–2041"),
        ("meta", "Vesterbølle Kommune · Teknik og Miljø · Vedtaget af kommunalbestyrelsen den "
         "28. januar 2038"),
        ("h1", "Indledning"),
        ("p", "Handleplanen er den første af klimaplanens fireårige handleplaner. Hver handling "
         "er markeret med den sektor i klimaplanen, den hører til. Målet om at «Udledningen fra "
         "landbruget er reduceret med 30 procent, blandt andet ved udtagning af "
         "lavbundsjorder» følges op i den lokale trepartsaftale og indgår ikke i "
         "handleplanen."),
        ("h1", "Handling 1: Fjernvarme uden naturgas"),
        ("b", "Sektor: Energi"),
        ("p", "Værkerne i Vesterbølle og Krogsted får store varmepumper og overskudsvarme fra "
         "mejeriet."),
        ("p", "Mål: " + k["m1"]),
        ("p", "Effekt: 14.000 ton CO2e om året."),
        ("h1", "Handling 2: Ladeinfrastruktur"),
        ("b", "Sektor: Transport"),
        ("p", "Kommunen stiller arealer til rådighed for offentlige ladestandere ved skoler, "
         "haller og pendlerpladser."),
        ("p", "Mål: " + k["m2"]),
        ("p", "Effekt: 3.500 ton CO2e om året."),
        ("h1", "Handling 3: Cykelsti Krogsted–Vesterbølle"),
        ("b", "Sektor: Transport"),
        ("p", "En 7 km lang cykelsti langs Krogstedvej giver pendlere og skoleelever et sikkert "
         "alternativ til bilen."),
        ("p", "Mål: " + k["m3"]),
        ("p", "Effekt: 400 ton CO2e om året."),
        ("h1", "Handling 4: Kommunens bilflåde"),
        ("b", "Sektor: Kommunen som virksomhed"),
        ("p", "Leasede dieselbiler udskiftes med elbiler, efterhånden som kontrakterne udløber. "
         "Energirenovering af kommunens bygninger hører under bygningsstrategien."),
        ("p", "Mål: " + k["m4"]),
        ("p", "Effekt: 600 ton CO2e om året."),
        ("h1", "Handling 5: Klimaborgerpanel"),
        ("b", "Sektor: Tværgående"),
        ("p", "Mål: " + k["m5"]),
        ("table", ["Handling", "Budget 2038–2041 (kr.)"],
         [["1 Fjernvarme uden naturgas", "Takstfinansieret"],
          ["2 Ladeinfrastruktur", "1.200.000"], ["3 Cykelsti", "18.500.000"],
          ["4 Bilflåde", "Inden for driftsrammen"], ["5 Klimaborgerpanel", "150.000"]],
         [90, 60]),
    ]
    _rl(d / "child.pdf", child, title="Klimahandleplan 2038–2041", author="Vesterbølle Kommune",
        creator="Vesterbølle Kommune, Teknik og Miljø",
        header="Vesterbølle Kommune – Klimahandleplan 2038–2041", footer="Side {n}",
        accent="#0b6e4f")

    goals_ = [
        G("E40", g["E40"], "followed_up", [k["m1"]], ev="Fjernvarmen i Vesterbølle og",
          note="the goals are the CELLS of a SECTOR × YEAR MATRIX 'Sektor | Mål 2040 | Mål "
          "2050' (ids: sector letter + year, not printed; '–' cells are no goals). The child "
          "labels each handling only 'Sektor: …', which matches BOTH years' cells of a row; "
          "content decides. Both district heating plants (the parent's background names them) "
          "free of natural gas by 2040"),
        G("E50", g["E50"], "not_followed_up",
          note="trap: handling 1 carries 'Sektor: Energi' like this goal, but it is about "
          "district heating; no wind or solar power in the child"),
        G("T40", g["T40"], "followed_up", [k["m2"], k["m3"]], ev="Der er 120 offentlige ladepunkter",
          note="the municipality's share of cutting transport emissions: public chargers and a "
          "commuter cycle path, each with its effect in tonnes"),
        G("T50", g["T50"], "not_followed_up",
          note="trap: 'Sektor: Transport' on handlings 2 and 3, but public chargers and a "
          "cycle path are for cars and bikes — nothing on heavy transport or farm machinery"),
        G("L40", g["L40"], "not_followed_up",
          note="trap: QUOTED verbatim in the introduction and left to the local trepartsaftale"),
        G("K40", g["K40"], "partial", [k["m4"]], ev="Alle kommunens personbiler og",
          missing=["kommunens bygninger (energirenovering, henvist til bygningsstrategien)"],
          note="trap: one of two sources — the municipal car fleet; the buildings are sent to "
          "the building strategy"),
    ]
    kids = [
        C(k["m1"], ["E40"], note="the child goals are the 'Mål:' paragraphs (text without "
          "'Mål:'); 'Sektor:' lines are links, 'Effekt:' lines estimates, the budget table no "
          "goal"),
        C(k["m2"], ["T40"]),
        C(k["m3"], ["T40"]),
        C(k["m4"], ["K40"]),
        C(k["m5"], [], note="a citizens' climate panel, 'Sektor: Tværgående' — stands alone"),
    ]
    return dict(
        language="da", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (Chromium; DK2020 klimaplan): goals as the cells of a SECTOR × "
        "YEAR matrix 'Sektor | Mål 2040 | Mål 2050'; child PDF (reportlab; klimahandleplan): "
        "'Handling n:' headings, a bold 'Sektor: …' line (matching both years of a row), "
        "'Mål:' and 'Effekt:' paragraphs; one goal quoted and left to another agreement",
        goals=goals_, kids=kids,
    )


# =========================================================================== run


def main(argv: list[str]) -> None:
    """Batch 14's gold writer and checks run on this folder's pairs; its header line names
    this builder. Then batch 20's pdftotext check on this folder (pairkit.parents_main)."""
    pk.parents_main(argv, here=HERE, pairs=PAIRS, p14=_p14, p20=_p20, builder="corpora/parents-blind24/make_pairs.py")


if __name__ == "__main__":
    main(sys.argv[1:])
