"""Build the thirty-second blind batch of parent/child pairs (rød tråd, pbl § 11-1) and their gold.

Written on 2026-12-05 by `bpar32` without reading plancheck's code, tests or bench, and without
running it. ORDINARY forms on surfaces of this batch:

- Lysvåg (nb): a samfunnsdel (Chromium) whose goals 'Mål 1'–'Mål 7' run on across three
  satsingsområder inside coloured boxes 'Dette skal vi oppnå'; the child, a temaplan for
  oppvekst (python-docx → LibreOffice, sans), one tiltak table per innsatsområde
  'Tiltak | KP-mål | Ansvar | Tidsrom' citing 'Mål n'.
- Ytrevik (nn): a regional plan for klima og miljø (reportlab, sans) with 'Innsatsområde n' and
  'Regionale mål for 2040' dash bullets; the child, the municipality's kommunedelplan for klima og
  energi (python-docx → LibreOffice, DejaVu Serif), 'Kommunen vil:' and hanging numbered tiltak.
- Gräsvik (sv): a miljöprogram (python-docx → LibreOffice) with 'Målområde' sections and typed
  goal codes K1, K2, N1 …; the child, its handlingsplan (Chromium, A4 landscape), one table
  'Programmål | Åtgärd | Beskrivning | Ansvarig nämnd | Klart' running over two pages.
- Tangholm (da): a planstrategi (reportlab, serif) with 'Pejlemærke n' and 'Kommunen skal …'
  lines under 'Det vil vi'; the child, a sundhedshandleplan (Chromium), 'Indsats n:' headings with
  'Målgruppe', 'Sådan gør vi' and 'Kobling til planstrategien' lines.
- Thornleigh (en): a district Corporate Plan (Chromium) with coloured theme bands and 'We will:'
  commitments; the child, a Housing Service Plan (reportlab, A4 landscape), a table
  'Corporate Plan theme | Our actions in 2029/30 | How we will know | Lead'.

    python corpora/parents-blind32/make_pairs.py                  # all pairs
    python corpora/parents-blind32/make_pairs.py --verify         # re-read the PDFs only
    python corpora/parents-blind32/make_pairs.py --twice          # build twice, compare sha256

The writers `_docx_pdf` (python-docx → LibreOffice) and `_report` (reportlab) are batch 31's,
imported with their parameters set per document (font, size, colours, orientation, running
header and footer); the HTML pages are this batch's own, printed by `blindkit.chromium_pdf`.
`G`, `C`, batch 14's `main` and batch 20's `verify` come through batch 31 and
`pairkit.parents_main`.
"""

from __future__ import annotations

import html as _html
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "scripts"))

import blindkit as bk  # noqa: E402
import pairkit as pk  # noqa: E402

_p31 = pk.load_module("parents_blind31_make_pairs", HERE.parent / "parents-blind31" / "make_pairs.py")
_p20, _p14 = _p31._p20, _p31._p14
G, C = _p31.G, _p31.C
_docx_pdf, _report = _p31._docx_pdf, _p31._report

PAIRS, pair = pk.pair_registry()
e = _html.escape
BUILDER = "corpora/parents-blind32/make_pairs.py"


def _page(lang: str, title: str, css: str, body: list[str], pdf: Path) -> Path:
    """An HTML page printed by headless Chromium (this batch's own base style)."""
    page = "\n".join([
        f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'>",
        f"<title>{e(title)}</title><style>", css, "</style></head><body>", *body,
        "</body></html>",
    ])
    with tempfile.TemporaryDirectory(prefix="parblind32-html-") as tmp:
        src = Path(tmp) / (pdf.stem + ".html")
        src.write_text(page, encoding="utf-8")
        return bk.chromium_pdf(src, pdf)


# =========================================================================== 1 Lysvåg (nb)


@pair
def lysvag_temaplan_oppvekst(d: Path) -> dict:
    g = {
        "1": "Barn og unge i Lysvåg skal ha et trygt og inkluderende oppvekstmiljø uten mobbing.",
        "2": "Alle elever skal mestre lesing og regning når de går ut av ungdomsskolen.",
        "3": "Flere innbyggere skal være fysisk aktive i hverdagen.",
        "4": "Ingen skal stå utenfor fellesskapet på grunn av dårlig økonomi.",
        "5": "Lysvåg sentrum skal ha boliger for alle livsfaser og et levende handelsliv.",
        "6": "Kommunen skal redusere matsvinn og avfall i egen drift.",
        "7": "Eldre skal kunne delta aktivt i lokalsamfunnet.",
    }
    areas = [
        ("1", "Gode oppvekstvilkår", "#e4f1e1", "#3f7d3a",
         "Lysvåg har mange barnefamilier. Elevundersøkelsen viser at de fleste trives, men "
         "mobbetallene på mellomtrinnet ligger over landssnittet.",
         ["1", "2"],
         ["Styrke samarbeidet mellom hjem, barnehage og skole",
          "Sette inn hjelp tidlig, før problemene vokser"]),
        ("2", "Folkehelse og livskvalitet", "#e1ecf5", "#2d5d8a",
         "Levekårsdata viser at inaktivitet og ensomhet øker, og at flere barn enn før vokser "
         "opp i familier med lav inntekt.",
         ["3", "4", "7"],
         ["Gjøre det enkelt å velge aktive reiser og aktiviteter",
          "Samarbeide med frivilligheten om møteplasser"]),
        ("3", "Bærekraftig samfunnsutvikling", "#f8ead9", "#a35a14",
         "Sentrum har ledige lokaler, og kommunen må ta sin del av omstillingen til et "
         "lavutslippssamfunn.",
         ["5", "6"],
         ["Konsentrere ny boligbygging rundt sentrum",
          "Stille miljøkrav i kommunens egne innkjøp"]),
    ]
    css = (
        "@page{size:A4;margin:18mm 20mm 18mm 20mm}"
        "body{font-family:'DejaVu Sans',sans-serif;font-size:10pt;line-height:1.45;color:#222}"
        ".top{border-bottom:4px solid #3f7d3a;padding-bottom:6px;margin-bottom:12px}"
        ".top .k{font-size:9pt;letter-spacing:1px;color:#3f7d3a;text-transform:uppercase}"
        "h1{font-size:21pt;margin:2px 0 2px;font-weight:bold}"
        ".vedtak{font-size:9pt;color:#666}"
        "h2{font-size:14pt;margin:18px 0 4px}"
        ".box{border-radius:6px;padding:8px 14px 6px;margin:8px 0 10px;break-inside:avoid}"
        ".box .bt{font-weight:bold;font-size:10.5pt;margin-bottom:4px}"
        ".goal{margin:0 0 5px 0;padding-left:52px;text-indent:-52px}"
        ".goal b{display:inline-block;width:52px;text-indent:0}"
        "ul{margin:2px 0 6px 18px;padding:0}"
        "h3{font-size:10.5pt;margin:8px 0 2px}"
    )
    body = [
        "<div class='top'><div class='k'>Lysvåg kommune</div>",
        "<h1>Kommuneplanens samfunnsdel 2028–2040</h1>",
        "<div class='vedtak'>Vedtatt av kommunestyret 19. juni 2028</div></div>",
        "<h2>Vår visjon: Lysvåg – der alle får vokse</h2>",
        "<p>Samfunnsdelen er kommunens viktigste styringsdokument. Den har tre "
        "satsingsområder. For hvert område står det hva vi skal oppnå (målene, nummerert fra "
        "1 til 7 for hele planen) og hvordan vi skal jobbe. Målene følges opp i temaplaner og i "
        "handlingsdelen.</p>",
    ]
    for n, name, bg, fg, intro, ks, how in areas:
        body += [
            f"<h2 style='color:{fg}'>Satsingsområde {n}: {e(name)}</h2>",
            f"<p>{e(intro)}</p>",
            f"<div class='box' style='background:{bg};border-left:6px solid {fg}'>",
            f"<div class='bt' style='color:{fg}'>Dette skal vi oppnå</div>",
        ]
        body += [f"<p class='goal'><b>Mål {k}</b>{e(g[k])}</p>" for k in ks]
        body += ["</div>", "<h3>Slik jobber vi</h3>", "<ul>"]
        body += [f"<li>{e(x)}</li>" for x in how]
        body.append("</ul>")
    body += ["<h2>Oppfølging</h2>",
             "<p>Kommunedirektøren rapporterer på målene i årsmeldingen hvert år.</p>"]
    _page("nb", "Kommuneplanens samfunnsdel 2028–2040", css, body, d / "parent.pdf")

    t = {
        "a1": "Alle skoler tar i bruk et felles program mot mobbing fra 1. til 10. trinn",
        "a2": "Beredskapsteam mot mobbing med faste rutiner for varsling av foreldre",
        "a3": "Gratis plass i SFO for barn i familier med lav inntekt",
        "b1": "Lesekurs med to ekstra timer i uka for elever på 1.–4. trinn som strever med "
              "lesing",
        "b2": "Nye skolemøbler ved Lysvåg barneskole",
        "c1": "Daglig fysisk aktivitet i 60 minutter i skoledagen på alle barneskoler",
        "c2": "Åpen idrettshall for ungdom hver fredag kveld",
        "d1": "Skolekjøkkenene lager mat etter påmelding og deler ut overskuddsmat",
        "d2": "Felles innkjøpsavtale for lærebøker",
    }
    W = [76, 31, 37, 26]
    H = ["Tiltak", "KP-mål", "Ansvar", "Tidsrom"]
    child = [
        ("title", "Temaplan for oppvekst 2028–2032"),
        ("sub", "Lysvåg kommune · Sektor for oppvekst · Vedtatt i hovedutvalg for oppvekst "
         "og kultur 12. desember 2028"),
        ("h1", "1 Innledning"),
        ("p", "Temaplanen viser hvordan oppvekstsektoren følger opp kommuneplanens "
         "samfunnsdel. Kolonnen «KP-mål» viser hvilket mål i kommuneplanens samfunnsdel "
         "tiltaket er knyttet til. Boliger og handel i sentrum (mål 5) følges opp i "
         "sentrumsplanen og ikke i denne planen."),
        ("h1", "2 Innsatsområder og tiltak"),
        ("h2", "2.1 Et trygt læringsmiljø"),
        ("table", H, [[t["a1"], "Mål 1", "Rektorene", "Fra høsten 2029"],
                      [t["a2"], "Mål 1", "Oppvekstsjef", "2029"],
                      [t["a3"], "Mål 1", "SFO-leder / NAV", "Fra 2029"]], W),
        ("h2", "2.2 Læring og mestring"),
        ("table", H, [[t["b1"], "Mål 2", "PP-tjenesten og skolene", "2029–2032"],
                      [t["b2"], "Mål 2", "Eiendom", "2030"]], W),
        ("h2", "2.3 Aktive barn og unge"),
        ("table", H, [[t["c1"], "Mål 3", "Rektorene", "Fra 2029"],
                      [t["c2"], "Mål 3", "Kultur og fritid", "Skoleåret 2029/30"]], W),
        ("h2", "2.4 Drift og miljø"),
        ("table", H, [[t["d1"], "Mål 6", "Enhet for kjøkken og renhold", "2030"],
                      [t["d2"], "–", "Innkjøp", "2029"]], W),
        ("h1", "3 Økonomi og rapportering"),
        ("p", "Tiltakene innarbeides i handlingsdelen med økonomiplan. Sektoren rapporterer "
         "på framdriften i tertialrapportene."),
    ]
    _docx_pdf(child, d / "child.pdf", title="Temaplan for oppvekst 2028–2032",
              author="Lysvåg kommune", header="Lysvåg kommune · Temaplan for oppvekst",
              footer="Side", lang="nb-NO", font="Liberation Sans", size=10.5,
              heading_color="3F7D3A")

    goals_ = [
        G("1", g["1"], "followed_up", [t["a1"], t["a2"]], ev="Alle skoler tar i bruk",
          note="the goals are the lines 'Mål n' in the coloured boxes 'Dette skal vi oppnå' "
          "(numbered 1–7 across the plan; id = the number); 'Slik jobber vi' bullets, the "
          "area introductions and the vision are no goals. A common programme against "
          "bullying and an emergency team: safe, inclusive and free of bullying"),
        G("2", g["2"], "partial", [t["b1"]], ev="Lesekurs med to ekstra",
          missing=["regning", "mestring ved slutten av ungdomsskolen (tiltaket gjelder 1.–4. "
                   "trinn)"],
          note="a reading course on the first four years; nothing for arithmetic. The "
          "school furniture row also cites 'Mål 2' and serves nothing"),
        G("3", g["3"], "followed_up", [t["c1"], t["c2"]], ev="Daglig fysisk aktivitet",
          note="the temaplan is the oppvekst sector's plan: its share of 'flere innbyggere' "
          "is children and young people — daily activity at school and an open hall on "
          "Fridays (least sure: a strict reader reads 'innbyggere' as all and signs partial)"),
        G("4", g["4"], "partial", [t["a3"]], ev="Gratis plass i SFO",
          missing=["fritidsaktiviteter og fellesskap utenom skole og SFO"],
          note="served across the citation: free after-school care for low-income families "
          "is cited under 'Mål 1' but serves 'Mål 4'; one concern (SFO) of taking part"),
        G("5", g["5"], "not_followed_up",
          note="named in passing: the introduction leaves 'mål 5' to the sentrumsplan"),
        G("6", g["6"], "partial", [t["d1"]], ev="Skolekjøkkenene lager mat",
          missing=["annet avfall i egen drift"],
          note="cooking to order and handing out leftovers: food waste in the school "
          "kitchens; nothing for other waste"),
        G("7", g["7"], "not_followed_up",
          note="older people are not named in the child (outside the oppvekst sector)"),
    ]
    kids = [
        C(t["a1"], ["1"], note="the child goals are the 'Tiltak' cells of the four tables; the "
          "'KP-mål', 'Ansvar' and 'Tidsrom' cells and the innsatsområde headings are "
          "no goals"),
        C(t["a2"], ["1"]),
        C(t["a3"], ["4"], note="cites 'Mål 1'; serves 'Mål 4' (poverty) by content"),
        C(t["b1"], ["2"]),
        C(t["b2"], [], note="trap: cites 'Mål 2' but new furniture serves no goal — stands "
          "alone"),
        C(t["c1"], ["3"]),
        C(t["c2"], ["3"]),
        C(t["d1"], ["6"]),
        C(t["d2"], [], note="cites '–': a purchasing agreement, stands alone"),
    ]
    return dict(
        language="nb", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (Chromium; kommuneplanens samfunnsdel): 'Satsingsområde n:' "
        "headings, coloured boxes 'Dette skal vi oppnå' holding 'Mål 1'–'Mål 7' (numbered "
        "across the plan), 'Slik jobber vi' bullets; child PDF (python-docx → LibreOffice, "
        "Liberation Sans 10.5; temaplan for oppvekst): four tables 'Tiltak | KP-mål "
        "| Ansvar | Tidsrom' under numbered innsatsområde headings",
        goals=goals_, kids=kids,
    )


# =========================================================================== 2 Ytrevik (nn)


@pair
def ytrevik_klimaplan(d: Path) -> dict:
    g = {
        "T1": "Klimagassutsleppa frå vegtrafikken skal vere halverte innan 2035.",
        "T2": "Fleire skal gå, sykle eller reise kollektivt til arbeid og skule.",
        "E1": "Offentlege bygg skal vere fossilfrie og energieffektive.",
        "E2": "Meir av energien i regionen skal kome frå lokal, fornybar produksjon.",
        "N1": "Nedbygginga av myr og dyrka mark skal stoppe.",
        "N2": "Samfunnet skal vere budd på meir ekstremvêr, flaum og skred.",
    }
    parent = [
        ("title", "Regional plan for klima og miljø 2028–2040"),
        ("lead", "Fjordkyst fylkeskommune · Vedteken av fylkestinget 23. april 2028"),
        ("h1", "1 Om planen"),
        ("p", "Den regionale planen samlar fylket, kommunane og statlege etatar om felles mål "
         "for klima og miljø. Planen har tre innsatsområde. For kvart innsatsområde står dei "
         "regionale måla, og kva rolle kommunane har. Kommunane følgjer opp planen i sine "
         "eigne planar."),
    ]
    areas = [
        ("2 Innsatsområde 1: Transport",
         "Vegtrafikken står for nesten halvparten av klimagassutsleppa i Fjordkyst.",
         ["T1", "T2"],
         "Kommunane har ansvar for arealplanlegging, parkering og eigen bilpark."),
        ("3 Innsatsområde 2: Energi og bygg",
         "Det er framleis oljefyring i mange eldre bygg, og nettkapasiteten er knapp.",
         ["E1", "E2"],
         "Kommunane eig skular, sjukeheimar og andre bygg, og handsamar søknader om "
         "energianlegg."),
        ("4 Innsatsområde 3: Natur og areal",
         "Kvart år blir om lag 300 dekar myr og dyrka mark bygde ned i fylket.",
         ["N1", "N2"],
         "Kommunane er planmynde og har ansvar for samfunnstryggleik i arealplanane."),
    ]
    for head, bg, ks, role in areas:
        parent += [("h1", head), ("p", bg), ("label", "Regionale mål for 2040"),
                   ("bullets", [g[k] for k in ks]), ("label", "Rolla til kommunane"),
                   ("p", role)]
    parent += [("h1", "5 Oppfølging"),
               ("p", "Fylkeskommunen lagar eit handlingsprogram kvart fjerde år og "
                "rapporterer på måla i klimarekneskapen for fylket.")]
    _report(d / "parent.pdf", parent, title="Regional plan for klima og miljø 2028–2040",
            author="Fjordkyst fylkeskommune", creator="Fjordkyst fylkeskommune",
            left="Fjordkyst fylkeskommune  |  Regional plan for klima og miljø",
            right="Side {n}", serif=False, accent="#2F6B4F")

    t = {
        "1": "byggje gang- og sykkelveg mellom Ytrevik sentrum og Holmen skule",
        "2": "setje opp ladepunkt for elbil ved rådhuset, helsetunet og alle skulane",
        "3": "skifte ut alle kommunale personbilar med utsleppsfrie bilar innan 2030",
        "4": "erstatte oljefyren ved Ytrevik sjukeheim med varmepumpe",
        "5": "innføre energioppfølging med målarar i alle kommunale bygg",
        "6": "ikkje leggje ut nye byggjeområde på myr i den nye arealdelen",
        "7": "leggje fram klimarekneskap for kommunen kvart år",
    }
    child = [
        ("title", "Kommunedelplan for klima og energi 2029–2035"),
        ("sub", "Ytrevik kommune · Vedteken i kommunestyret 5. mars 2029, sak 14/29"),
        ("h1", "1 Bakgrunn"),
        ("p", "Planen er kommunen si oppfølging av Regional plan for klima og miljø "
         "2028–2040. Kapittel 3 viser kva kommunen vil gjere på dei områda der kommunen har "
         "verkemiddel sjølv."),
        ("h1", "2 Status i Ytrevik"),
        ("p", "Utsleppa i kommunen var 41 000 tonn CO2-ekvivalentar i 2027. Vegtrafikk og "
         "jordbruk står for over 70 prosent."),
        ("h1", "3 Mål og tiltak"),
        ("h2", "3.1 Mobilitet"),
        ("b", "Kommunen vil:"),
        ("typed", "1.", t["1"]),
        ("typed", "2.", t["2"]),
        ("typed", "3.", t["3"]),
        ("h2", "3.2 Kommunale bygg"),
        ("b", "Kommunen vil:"),
        ("typed", "4.", t["4"]),
        ("typed", "5.", t["5"]),
        ("p", "Kommunen har ikkje eigne mål for energiproduksjon. Vindkraft og småkraft blir "
         "handsama i ein eigen temaplan for energi."),
        ("h2", "3.3 Areal og natur"),
        ("b", "Kommunen vil:"),
        ("typed", "6.", t["6"]),
        ("h2", "3.4 Oppfølging og rapportering"),
        ("b", "Kommunen vil:"),
        ("typed", "7.", t["7"]),
        ("p", "Klimatilpassing, flaum og skred blir følgde opp i den heilskaplege risiko- og "
         "sårbarheitsanalysen, som skal reviderast i 2030."),
    ]
    _docx_pdf(child, d / "child.pdf", title="Kommunedelplan for klima og energi 2029–2035",
              author="Ytrevik kommune", header="Ytrevik kommune",
              footer="Kommunedelplan for klima og energi  –  side", lang="nn-NO",
              font="DejaVu Serif", size=10, heading_color="1F4E79")

    goals_ = [
        G("T1", g["T1"], "followed_up", [t["2"], t["3"]], ev="setje opp ladepunkt for",
          note="the goals are the dash bullets under 'Regionale mål for 2040' in each "
          "innsatsområde (ids: area letter + order, not printed); 'Rolla til kommunane' and "
          "the background lines are no goals. The municipality's share of road-traffic "
          "emissions: charging points and a zero-emission car fleet (least sure: a strict "
          "reader wants the halving itself → partial)"),
        G("T2", g["T2"], "partial", [t["1"]], ev="byggje gang- og sykkelveg",
          missing=["kollektivreiser", "reiser til arbeid"],
          note="one foot and cycle path to a school; nothing for public transport or for "
          "trips to work"),
        G("E1", g["E1"], "followed_up", [t["4"], t["5"]], ev="erstatte oljefyren ved Ytrevik",
          note="the oil boiler replaced by a heat pump (fossil-free) and metered energy "
          "follow-up in all buildings (energy-efficient): both concerns, for the buildings "
          "the kommune owns"),
        G("E2", g["E2"], "not_followed_up",
          note="named in passing: the child says it has no goals for energy production and "
          "leaves wind and small hydro to another plan"),
        G("N1", g["N1"], "partial", [t["6"]], ev="ikkje leggje ut nye",
          missing=["dyrka mark"],
          note="no new building land on bog in the new land-use part; farmland not named"),
        G("N2", g["N2"], "not_followed_up",
          note="named in passing: climate adaptation, flood and landslide are left to the "
          "ROS analysis of 2030"),
    ]
    kids = [
        C(t["1"], ["T2"], note="the child goals are the numbered lines after 'Kommunen "
          "vil:' (lower-case verb phrases with hanging typed numbers 1.–7.); the chapter headings and the prose paragraphs are no goals"),
        C(t["2"], ["T1"]),
        C(t["3"], ["T1"]),
        C(t["4"], ["E1"]),
        C(t["5"], ["E1"]),
        C(t["6"], ["N1"]),
        C(t["7"], [], note="a yearly climate account: reporting, stands alone"),
    ]
    return dict(
        language="nn", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (reportlab, Liberation Sans; fylkeskommunal regional plan): "
        "'n Innsatsområde n:' headings, a background line, 'Regionale mål for 2040' dash "
        "bullets (the goals) and 'Rolla til kommunane'; child PDF (python-docx → "
        "LibreOffice, DejaVu Serif 10; kommunedelplan for klima og energi): 'Kommunen vil:' "
        "with hanging typed numbers 1.–7.",
        goals=goals_, kids=kids,
    )


# =========================================================================== 3 Gräsvik (sv)


@pair
def grasvik_miljoprogram(d: Path) -> dict:
    g = {
        "K1": "Utsläppen av växthusgaser från kommunens egen verksamhet ska minska med 70 "
              "procent till 2030.",
        "K2": "Fler invånare ska välja att resa med cykel och kollektivtrafik.",
        "N1": "Den biologiska mångfalden i kommunens skogar och våtmarker ska stärkas.",
        "N2": "Sjöar och vattendrag ska ha god ekologisk status.",
        "H1": "Kommunens upphandlingar ska ställa tydliga miljökrav.",
        "H2": "Mängden hushållsavfall per invånare ska minska.",
    }
    parent = [
        ("title", "Miljöprogram för Gräsviks kommun 2028–2035"),
        ("sub", "Antaget av kommunfullmäktige 27 mars 2028, § 41"),
        ("h1", "Inledning"),
        ("p", "Miljöprogrammet anger kommunens långsiktiga miljömål. Programmet har tre "
         "målområden med två mål vardera. Målen har en bokstav för målområdet och en siffra, "
         "så att handlingsplanerna kan hänvisa till dem."),
    ]
    areas = [
        ("Målområde Klimat", "Utsläppen i kommunen har minskat långsamt sedan 2015.",
         ["K1", "K2"], "Kommunens utsläpp (ton CO2e), andel resor med cykel och buss"),
        ("Målområde Natur och vatten", "Två av kommunens sjöar har måttlig status enligt "
         "VISS.", ["N1", "N2"], "Areal skyddad natur, ekologisk status i sjöar"),
        ("Målområde Hållbar konsumtion", "Hushållen i Gräsvik slänger mer än snittet i "
         "länet.", ["H1", "H2"], "Andel upphandlingar med miljökrav, kg avfall per invånare"),
    ]
    for head, bg, ks, ind in areas:
        parent += [("h1", head), ("p", bg), ("h3", "Mål")]
        parent += [("typed", k, g[k]) for k in ks]
        parent += [("p", f"Uppföljning: {ind}.")]
    parent += [("h1", "Genomförande"),
               ("p", "Programmet genomförs genom en handlingsplan som antas av "
                "kommunstyrelsen vartannat år.")]
    _docx_pdf(parent, d / "parent.pdf", title="Miljöprogram 2028–2035",
              author="Gräsviks kommun", header="Gräsviks kommun – Miljöprogram 2028–2035",
              footer="Sida", lang="sv-SE", font="Liberation Sans", size=10.5,
              heading_color="0E6E5C")

    a = {
        "1": "Fossilfria fordon i kommunens bilpool",
        "2": "Solceller på fem förskolor",
        "3": "Fjärrvärme ersätter oljepannorna i Åsens skola och kommunhuset",
        "4": "Nya cykelparkeringar vid resecentrum",
        "5": "Frivilligt skydd av 40 hektar gammal skog på kommunens mark",
        "6": "Restaurering av två våtmarker vid Lillån",
        "7": "Provtagning av vattenkvaliteten i Lillån och Storsjön",
        "8": "Sortering av avfall i kommunhusets personalrum",
        "9": "Miljöredovisning i årsredovisningen",
    }
    rows = [
        ("K1", "1", "Bilpoolens 34 bilar byts ut mot el- och biogasbilar när leasingavtalen "
         "löper ut. Laddplatser byggs vid kommunhuset.", "Kommunstyrelsen", "2029"),
        ("K1", "2", "Takanläggningar på Solrosen, Lärkan, Ekbacken, Humlan och Skogsgläntan "
         "förskolor, cirka 180 kW totalt.", "Tekniska nämnden", "2029"),
        ("K1", "3", "Anslutning till fjärrvärmenätet och rivning av de två sista "
         "oljepannorna i kommunens lokaler.", "Tekniska nämnden", "2028"),
        ("K2", "4", "120 väderskyddade platser och 20 cykelskåp vid resecentrum och "
         "busstationen.", "Samhällsbyggnadsnämnden", "2029"),
        ("N1", "5", "Naturvårdsavtal och avsättning av äldre skog i Norrskogen och vid "
         "Tjärnberget till naturvårdsändamål.", "Kommunstyrelsen", "2029"),
        ("N1", "6", "Igenlagda diken pluggas och två tidigare våtmarker återskapas "
         "tillsammans med markägarna.", "Samhällsbyggnadsnämnden", "2029"),
        ("N2", "7", "Provtagning fyra gånger per år; resultaten redovisas i VISS och på "
         "kommunens webbplats.", "Miljö- och hälsoskyddsnämnden", "Löpande"),
        ("H2", "8", "Kärl för matavfall, plast och papper i personalrummen i kommunhuset.",
         "Kommunstyrelsen", "2028"),
        ("–", "9", "Ett avsnitt om miljöprogrammets mål läggs in i årsredovisningen.",
         "Ekonomiavdelningen", "2029"),
    ]
    css = (
        "@page{size:A4 landscape;margin:16mm 15mm 15mm 15mm}"
        "body{font-family:'Liberation Sans',Arial,sans-serif;font-size:10pt;color:#202020;"
        "line-height:1.35}"
        ".hd{display:flex;justify-content:space-between;border-bottom:1px solid #0e6e5c;"
        "font-size:8.5pt;color:#0e6e5c;padding-bottom:3px;margin-bottom:14px}"
        "h1{font-size:19pt;color:#0e6e5c;margin:0 0 4px}"
        ".sub{font-size:9.5pt;color:#555;margin-bottom:12px}"
        "h2{font-size:12.5pt;margin:14px 0 4px;color:#0e6e5c}"
        "table{border-collapse:collapse;width:100%}"
        "thead{display:table-header-group}tr{break-inside:avoid}"
        "th{background:#d7ece7;border:1px solid #8fbfb4;text-align:left;padding:5px 6px;"
        "font-size:9.5pt}"
        "td{border:1px solid #b9d6cf;padding:8px 6px 14px;vertical-align:top;font-size:10pt}"
        "td.m{text-align:center;font-weight:bold}"
    )
    body = [
        "<div class='hd'><span>Gräsviks kommun</span><span>Handlingsplan 2028–2029</span></div>",
        "<h1>Handlingsplan för miljöprogrammet 2028–2029</h1>",
        "<div class='sub'>Antagen av kommunstyrelsen 12 september 2028 · Dnr KS 2028/311</div>",
        "<h2>Så läser du handlingsplanen</h2>",
        "<p>Tabellen visar de åtgärder som genomförs under 2028–2029. Kolumnen "
        "»Programmål« anger vilket mål i miljöprogrammet åtgärden hör till. Mål H1 om "
        "miljökrav i upphandlingar hanteras i kommunens upphandlingspolicy och har därför inga "
        "åtgärder i den här planen.</p>",
        "<h2>Åtgärder</h2>",
        "<table><thead><tr><th style='width:9%'>Programmål</th>"
        "<th style='width:26%'>Åtgärd</th><th style='width:37%'>Beskrivning</th>"
        "<th style='width:18%'>Ansvarig nämnd</th><th style='width:10%'>Klart</th>"
        "</tr></thead><tbody>",
    ]
    for code, k, desc, who, when in rows:
        body.append(f"<tr><td class='m'>{code}</td><td>{e(a[k])}</td><td>{e(desc)}</td>"
                    f"<td>{e(who)}</td><td>{e(when)}</td></tr>")
    body += ["</tbody></table>",
             "<h2>Uppföljning</h2>",
             "<p>Kommunstyrelsen följer upp handlingsplanen i delårsrapport och "
             "årsredovisning.</p>"]
    _page("sv", "Handlingsplan för miljöprogrammet 2028–2029", css, body, d / "child.pdf")

    goals_ = [
        G("K1", g["K1"], "followed_up", [a["1"], a["2"], a["3"]], ev="Fossilfria fordon i",
          note="the goals are the typed lines under 'Mål' in each målområde (codes K1–H2, "
          "printed; id = the code); the 'Uppföljning:' lines are indicators and the "
          "background lines no goals. Vehicles, solar power and the last oil boilers: the "
          "kommun's own emissions, the whole goal"),
        G("K2", g["K2"], "partial", [a["4"]], ev="Nya cykelparkeringar vid",
          missing=["kollektivtrafik"],
          note="bicycle parking at the travel centre serves cycling; nothing for buses"),
        G("N1", g["N1"], "followed_up", [a["5"], a["6"]], ev="Frivilligt skydd av 40",
          note="protection of old forest and two wetlands restored: forests and wetlands, "
          "in other words"),
        G("N2", g["N2"], "partial", [a["7"]], ev="Provtagning av vattenkvaliteten",
          missing=["åtgärder som förbättrar statusen i sjöar och vattendrag"],
          note="water sampling four times a year: monitoring, nothing that improves the "
          "status (a strict reader → not followed up)"),
        G("H1", g["H1"], "not_followed_up",
          note="named in passing: the introduction leaves 'Mål H1' to the procurement "
          "policy"),
        G("H2", g["H2"], "not_followed_up",
          note="trap: the staff-room sorting row cites 'H2', but sorting waste in the town "
          "hall does not reduce household waste per inhabitant"),
    ]
    kids = [
        C(a["1"], ["K1"], note="the child goals are the 'Åtgärd' cells; the 'Programmål' "
          "codes, the 'Beskrivning' cells (detail of the same action), 'Ansvarig nämnd' and "
          "'Klart' are no goals"),
        C(a["2"], ["K1"]),
        C(a["3"], ["K1"]),
        C(a["4"], ["K2"]),
        C(a["5"], ["N1"]),
        C(a["6"], ["N1"]),
        C(a["7"], ["N2"]),
        C(a["8"], [], note="trap: cites 'H2' (household waste) but concerns the town hall's "
          "own staff rooms — stands alone"),
        C(a["9"], [], note="cites '–': reporting, stands alone"),
    ]
    return dict(
        language="sv", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (python-docx → LibreOffice, Liberation Sans 10.5; kommunalt "
        "miljöprogram): 'Målområde …' headings, 'Mål' with typed codes K1, K2, N1, N2, H1, "
        "H2 and an 'Uppföljning:' indicator line; child PDF (Chromium, A4 landscape; "
        "handlingsplan): one table 'Programmål | Åtgärd | Beskrivning | Ansvarig nämnd | "
        "Klart' with wrapping cells, its header repeated over the page break",
        goals=goals_, kids=kids,
    )


# =========================================================================== 4 Tangholm (da)


@pair
def tangholm_sundhed(d: Path) -> dict:
    g = {
        "1.1": "Kommunen skal fremme trivsel og mental sundhed blandt børn og unge.",
        "1.2": "Kommunen skal sikre, at ældre kan leve et aktivt liv i eget hjem.",
        "2.1": "Kommunen skal give borgerne bedre adgang til naturen.",
        "2.2": "Kommunen skal være CO2-neutral som virksomhed i 2035.",
        "3.1": "Kommunen skal styrke foreningslivet og det frivillige arbejde.",
        "3.2": "Kommunen skal skabe flere lokale arbejdspladser.",
    }
    parent = [
        ("title", "Planstrategi 2028"),
        ("lead", "Tangholm Kommune · Vedtaget af byrådet den 30. august 2028"),
        ("h1", "Forord"),
        ("p", "Planstrategien samler byrådets politiske retning for de kommende fire år og "
         "beslutter, hvordan kommuneplanen skal revideres. Strategien er bygget op om tre "
         "pejlemærker. Under hvert pejlemærke står det, vi vil arbejde for i "
         "valgperioden."),
    ]
    pm = [
        ("Pejlemærke 1: Sundhed hele livet",
         "Flere unge mistrives, og antallet af borgere over 80 år vokser hurtigt.",
         ["1.1", "1.2"]),
        ("Pejlemærke 2: Natur og klima tæt på",
         "Tangholm har kyst, skov og søer, men mange steder er der ikke adgang for "
         "offentligheden.",
         ["2.1", "2.2"]),
        ("Pejlemærke 3: Et stærkt lokalsamfund",
         "Foreningerne mangler frivillige, og mange pendler ud af kommunen for at arbejde.",
         ["3.1", "3.2"]),
    ]
    for head, bg, ks in pm:
        parent += [("h1", head), ("p", bg), ("label", "Det vil vi"),
                   ("bullets", [g[k] for k in ks])]
    parent += [("h1", "Revision af kommuneplanen"),
               ("p", "Kommuneplanen revideres delvist med fokus på naturområder og "
                "erhvervsarealer.")]
    _report(d / "parent.pdf", parent, title="Planstrategi 2028", author="Tangholm Kommune",
            creator="Tangholm Kommune", left="Tangholm Kommune · Planstrategi 2028",
            right="Side {n}", serif=True, accent="#8A1538")

    ind = {
        "i1": ("Trivselsforløb i 7. klasse om ensomhed og stress",
               "Alle elever i 7. klasse.",
               "Sundhedsplejen holder fire lektioner i alle 7. klasser.",
               "Pejlemærke 1"),
        "i2": ("Gratis samtaler med psykolog for unge mellem 15 og 25 år",
               "Unge mellem 15 og 25 år med angst eller nedtrykthed.",
               "Op til fem samtaler uden henvisning i Ungdomshuset.",
               "Pejlemærke 1"),
        "i3": ("Træning i eget hjem efter udskrivning fra sygehus",
               "Borgere over 65 år, der udskrives fra sygehus.",
               "Terapeuter fra hjemmeplejen træner med borgeren i op til otte uger.",
               "Pejlemærke 1"),
        "i4": ("Nye stier og shelterpladser ved Tangholm Sø og i Bøgeskoven",
               "Alle borgere og besøgende.",
               "Otte kilometer sti og to shelterpladser anlægges i samarbejde med "
               "lodsejerne.",
               "Pejlemærke 2"),
        "i5": ("Partnerskab med idrætsforeningerne om motion for inaktive borgere",
               "Borgere, der ikke dyrker motion.",
               "Kommunen betaler trænere til hold for inaktive i seks foreninger.",
               "Pejlemærke 3"),
        "i6": ("Røgfri arbejdstid på alle kommunale arbejdspladser",
               "Kommunens 2.300 medarbejdere.",
               "Rygning i arbejdstiden ophører, og medarbejderne tilbydes rygestopkursus.",
               "Pejlemærke 3"),
        "i7": ("Ny sundhedsprofil for Tangholm i 2029",
               "Borgere over 16 år.",
               "Spørgeskema til 5.000 borgere i samarbejde med regionen.",
               "–"),
    }
    css = (
        "@page{size:A4;margin:20mm 22mm 20mm 22mm}"
        "body{font-family:'DejaVu Serif',Georgia,serif;font-size:10pt;line-height:1.5;"
        "color:#1e1e1e}"
        "h1{font-family:'DejaVu Sans',sans-serif;font-size:20pt;color:#8a1538;margin:0}"
        ".meta{font-family:'DejaVu Sans',sans-serif;font-size:9pt;color:#777;"
        "margin:2px 0 16px;border-bottom:1px solid #ccc;padding-bottom:8px}"
        "h2{font-family:'DejaVu Sans',sans-serif;font-size:13pt;margin:16px 0 4px}"
        ".ind{margin:10px 0 12px;padding:0 0 6px;border-bottom:1px dotted #aaa;"
        "break-inside:avoid}"
        ".ind h3{font-family:'DejaVu Sans',sans-serif;font-size:11pt;color:#8a1538;"
        "margin:0 0 3px}"
        ".ind p{margin:1px 0}"
        ".lbl{font-style:italic}"
    )
    body = [
        "<h1>Sundhedshandleplan 2029–2030</h1>",
        "<div class='meta'>Tangholm Kommune · Social- og Sundhedsudvalget · Godkendt "
        "14. januar 2029</div>",
        "<h2>Indledning</h2>",
        "<p>Handleplanen omsætter sundhedspolitikken og planstrategiens pejlemærker til "
        "konkrete indsatser i 2029–2030. Ved hver indsats står, hvilket pejlemærke den "
        "hører under. Byrådets klimamål for kommunen som virksomhed følges op i "
        "klimaplanen og indgår ikke i denne handleplan.</p>",
        "<h2>Indsatser</h2>",
    ]
    for n, k in enumerate(ind, 1):
        title, grp, how, link = ind[k]
        body += [
            "<div class='ind'>",
            f"<h3>Indsats {n}: {e(title)}</h3>",
            f"<p><span class='lbl'>Målgruppe:</span> {e(grp)}</p>",
            f"<p><span class='lbl'>Sådan gør vi:</span> {e(how)}</p>",
            f"<p><span class='lbl'>Kobling til planstrategien:</span> {e(link)}</p>",
            "</div>",
        ]
    body += ["<h2>Opfølgning</h2>",
             "<p>Forvaltningen gør status over indsatserne for udvalget hvert halve år.</p>"]
    _page("da", "Sundhedshandleplan 2029–2030", css, body, d / "child.pdf")

    t = {k: v[0] for k, v in ind.items()}
    goals_ = [
        G("1.1", g["1.1"], "followed_up", [t["i1"], t["i2"]], ev="Trivselsforløb i 7. klasse",
          note="the goals are the 'Kommunen skal …' bullets under 'Det vil vi' in each "
          "pejlemærke (ids: pejlemærke + order, not printed); the background line of each "
          "pejlemærke and the foreword are no goals. A well-being course on loneliness and "
          "stress, and free psychologist talks for the young: trivsel and mental health"),
        G("1.2", g["1.2"], "partial", [t["i3"]], ev="Træning i eget hjem",
          missing=["et aktivt liv (fællesskab, motion) for ældre"],
          note="training at home after a hospital stay helps older people stay in their "
          "own home; nothing for an active life"),
        G("2.1", g["2.1"], "followed_up", [t["i4"]], ev="Nye stier og shelterpladser",
          note="eight km of paths and two shelters on land now closed to the public: better "
          "access to nature, in other words"),
        G("2.2", g["2.2"], "not_followed_up",
          note="named in passing: the introduction leaves the council's climate goal for "
          "the municipality as an organisation to the climate plan"),
        G("3.1", g["3.1"], "partial", [t["i5"]], ev="Partnerskab med",
          missing=["det frivillige arbejde"],
          note="the kommune pays coaches for inactive people in six sports clubs: the clubs "
          "gain members and coaches; nothing for volunteering (a reader may call it a health "
          "measure only → not followed up)"),
        G("3.2", g["3.2"], "not_followed_up",
          note="trap: 'Røgfri arbejdstid på alle kommunale arbejdspladser' cites "
          "Pejlemærke 3 and shares 'arbejdspladser', but creates no local jobs"),
    ]
    kids = [
        C(t["i1"], ["1.1"], note="the child goals are the titles after 'Indsats n:'; the "
          "'Målgruppe', 'Sådan gør vi' and 'Kobling til planstrategien' lines are no goals"),
        C(t["i2"], ["1.1"]),
        C(t["i3"], ["1.2"]),
        C(t["i4"], ["2.1"]),
        C(t["i5"], ["3.1"]),
        C(t["i6"], [], note="trap: cites Pejlemærke 3 and shares 'arbejdspladser' with 3.2; "
          "a smoking ban for staff serves no goal — stands alone"),
        C(t["i7"], [], note="cites '–': a health survey, stands alone"),
    ]
    return dict(
        language="da", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (reportlab, Liberation Serif; byrådets planstrategi): "
        "'Pejlemærke n: …' headings, a background line and 'Det vil vi' dash bullets "
        "'Kommunen skal …'; child PDF (Chromium, DejaVu Serif; udvalgets sundhedshandleplan): "
        "'Indsats n: <title>' headings over italic 'Målgruppe:', 'Sådan gør vi:' and 'Kobling "
        "til planstrategien: Pejlemærke n' lines",
        goals=goals_, kids=kids,
    )


# =========================================================================== 5 Thornleigh (en)


@pair
def thornleigh_housing_service_plan(d: Path) -> dict:
    g = {
        "H1": "Deliver 600 new affordable homes by 2033.",
        "H2": "End rough sleeping in the district.",
        "H3": "Improve the condition of privately rented homes.",
        "G1": "Keep our streets and open spaces clean and free of litter.",
        "G2": "Make council homes warmer and cheaper to heat.",
        "C1": "Help residents to get online and use our digital services.",
        "C2": "Support town and parish councils to deliver local projects.",
    }
    themes = [
        ("1", "Homes and places", "#6b2c91", ["H1", "H2", "H3"],
         "House prices in the district are eleven times average earnings, and 1,900 "
         "households are on the housing register."),
        ("2", "Clean and green", "#2e7d32", ["G1", "G2"],
         "Residents tell us that clean streets matter more to them than any other service."),
        ("3", "Strong communities", "#c25e00", ["C1", "C2"],
         "One in ten adults in the district has never used the internet."),
    ]
    css = (
        "@page{size:A4;margin:17mm 18mm 18mm 18mm}"
        "body{font-family:'Liberation Sans',Arial,sans-serif;font-size:10.5pt;"
        "line-height:1.45;color:#222}"
        ".mast{background:#24324a;color:#fff;padding:14px 16px;margin-bottom:14px}"
        ".mast .c{font-size:9pt;letter-spacing:.5px}"
        ".mast h1{margin:4px 0 0;font-size:22pt}"
        "h2{font-size:13pt;margin:14px 0 4px;color:#24324a}"
        ".band{color:#fff;font-weight:bold;font-size:12.5pt;padding:6px 12px;margin:16px 0 6px}"
        ".we{font-weight:bold;margin:6px 0 2px}"
        "ul{margin:0 0 8px 20px;padding:0}li{margin:2px 0}"
    )
    body = [
        "<div class='mast'><div class='c'>THORNLEIGH DISTRICT COUNCIL</div>",
        "<h1>Corporate Plan 2029–2033</h1></div>",
        "<h2>Foreword by the Leader of the Council</h2>",
        "<p>This plan sets out what the council will focus on over the next four years. It "
        "is built around three themes. Under each theme we list the commitments we will "
        "deliver. Every service sets out its part in an annual service plan, and Cabinet "
        "reviews progress twice a year.</p>",
    ]
    for n, name, col, ks, why in themes:
        body += [f"<div class='band' style='background:{col}'>Theme {n}: {e(name)}</div>",
                 f"<p><i>Why this matters:</i> {e(why)}</p>",
                 "<div class='we'>We will:</div>", "<ul>"]
        body += [f"<li>{e(g[k])}</li>" for k in ks]
        body.append("</ul>")
    body += ["<h2>Our values</h2>",
             "<p>Listening to residents, spending public money wisely, and working with "
             "partners.</p>"]
    _page("en", "Corporate Plan 2029–2033", css, body, d / "parent.pdf")

    a = {
        "a1": "Start on site at Mill Lane (48 homes) and Station Yard (36 homes), both 100% "
              "affordable",
        "a2": "Buy 20 homes on the open market for social rent",
        "a3": "Open a 12-bed assessment hub for people sleeping rough",
        "a4": "Introduce additional licensing for all houses in multiple occupation in "
              "Thornleigh town centre",
        "a5": "Fit loft and cavity wall insulation and new heating controls in 150 council "
              "homes",
        "a6": "Launch an online tenant portal for reporting repairs and paying rent",
        "a7": "Review the tenancy agreement for council tenants",
        "a8": "Hold four tenants' forum meetings a year",
    }
    rows = [
        ("Homes and places", "a1", "84 affordable homes on site by March 2030",
         "Head of Housing Delivery"),
        ("Homes and places", "a2", "20 homes bought and let", "Head of Housing Delivery"),
        ("Homes and places", "a3", "Hub open; number of people sleeping rough at the "
         "autumn count", "Housing Options Manager"),
        ("Homes and places", "a4", "Scheme approved by Cabinet; licences issued",
         "Private Sector Housing Manager"),
        ("Homes and places", "a7", "New agreement issued to all tenants",
         "Tenancy Services Manager"),
        ("Clean and green", "a5", "150 homes improved; average EPC rating",
         "Asset Manager"),
        ("Strong communities", "a6", "Share of repairs reported online",
         "Tenancy Services Manager"),
        ("Strong communities", "a8", "Four meetings held", "Resident Involvement Officer"),
    ]
    child = [
        ("title", "Housing Service Plan 2029/30"),
        ("lead", "Thornleigh District Council · Housing and Communities · approved by the "
         "Portfolio Holder for Housing, April 2029"),
        ("h2", "1. Introduction"),
        ("p", "This plan shows how the Housing service will contribute to the Corporate Plan "
         "2029–2033 this year. Each action is listed against the Corporate Plan theme it "
         "supports. Street cleansing and litter are delivered by Environmental Services and "
         "appear in their service plan, not here."),
        ("h2", "2. Our actions"),
        ("table", ["Corporate Plan theme", "Our actions in 2029/30", "How we will know",
                   "Lead"],
         [[th, a[k], how, lead] for th, k, how, lead in rows],
         [40, 112, 70, 39]),
        ("h2", "3. Budget"),
        ("p", "The actions are funded from the Housing Revenue Account, the housing capital "
         "programme and government grant for rough sleeping."),
    ]
    _report(d / "child.pdf", child, title="Housing Service Plan 2029/30",
            author="Thornleigh District Council", creator="Thornleigh District Council",
            left="Thornleigh District Council – Housing Service Plan 2029/30",
            right="Page {n}", serif=False, landscape=True, accent="#24324A")

    goals_ = [
        G("H1", g["H1"], "followed_up", [a["a1"], a["a2"]], ev="Start on site at Mill",
          note="the goals are the bullets under 'We will:' in each theme band (ids: theme "
          "letter + order, not printed); the foreword, the 'Why this matters' lines and the values are no goals. 84 "
          "affordable homes started and 20 bought in the year: the housing service's share "
          "of a four-year target, under way"),
        G("H2", g["H2"], "partial", [a["a3"]], ev="Open a 12-bed assessment",
          missing=["outreach", "move-on accommodation so that rough sleeping ends"],
          note="an assessment hub with 12 beds; nothing that ends rough sleeping beyond it"),
        G("H3", g["H3"], "partial", [a["a4"]], ev="Introduce additional licensing",
          missing=["privately rented homes outside houses in multiple occupation and "
                   "outside the town centre"],
          note="licensing of HMOs in the town centre only"),
        G("G1", g["G1"], "not_followed_up",
          note="named in passing: street cleansing and litter are left to Environmental "
          "Services"),
        G("G2", g["G2"], "followed_up", [a["a5"]], ev="Fit loft and cavity wall",
          note="insulation and heating controls in 150 council homes: warmer and cheaper "
          "to heat, in other words (least sure: 150 of the stock → partial for a strict "
          "reader)"),
        G("C1", g["C1"], "partial", [a["a6"]], ev="Launch an online tenant",
          missing=["help for residents to get online"],
          note="a tenant portal is a digital service for tenants; nothing helps residents "
          "get online"),
        G("C2", g["C2"], "not_followed_up",
          note="trap: the tenants' forum row sits under 'Strong communities' but town and "
          "parish councils are not named"),
    ]
    kids = [
        C(a["a1"], ["H1"], note="the child goals are the 'Our actions in 2029/30' cells; "
          "the theme, 'How we will know' (measures of success) and 'Lead' cells are no "
          "goals"),
        C(a["a2"], ["H1"]),
        C(a["a3"], ["H2"]),
        C(a["a4"], ["H3"]),
        C(a["a7"], [], note="listed under 'Homes and places'; a new tenancy agreement "
          "serves none of its three commitments — stands alone"),
        C(a["a5"], ["G2"]),
        C(a["a6"], ["C1"]),
        C(a["a8"], [], note="trap: listed under 'Strong communities'; a tenants' forum is "
          "not support for town and parish councils — stands alone"),
    ]
    return dict(
        language="en", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (Chromium, Liberation Sans; district Corporate Plan): a "
        "masthead, coloured 'Theme n: …' bands and 'We will:' bulleted commitments; child "
        "PDF (reportlab, Liberation Sans, A4 landscape; Housing Service Plan): one table "
        "'Corporate Plan theme | Our actions in 2029/30 | How we will know | Lead' citing "
        "only the theme",
        goals=goals_, kids=kids,
    )


# =========================================================================== main


def main(argv: list[str]) -> None:
    """Build this folder's pairs and their gold, --verify them, or --twice: build everything
    twice and compare the sha256 of every file (all in pairkit.parents_main)."""
    pk.parents_main(argv, here=HERE, pairs=PAIRS, p14=_p14, p20=_p20, builder=BUILDER)


if __name__ == "__main__":
    main(sys.argv[1:])
