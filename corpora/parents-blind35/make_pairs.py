"""Build the thirty-fifth blind batch of parent/child pairs (rød tråd, pbl § 11-1) and their gold.

Written on 2026-12-05 by `bpar35` without reading plancheck's code, tests or bench, and without
running it. ORDINARY forms on surfaces of this batch:

- Vardsund (nb): a kommuneplanens samfunnsdel (Chromium, Liberation Sans) whose goals stand in
  per-'Målområde' tables 'Mål | Dette betyr' with the number (A1 …) in the goal cell; the child,
  an oppvekstplan (temaplan; python-docx → LibreOffice, DejaVu Sans Condensed) whose
  'Innsatsområde n' chapters restate the goals in other words under 'Målsettinger' and list
  'Tiltak', citing nothing.
- Breivoll (nn): a regional plan for kompetanse og arbeidsliv (python-docx → LibreOffice,
  Liberation Serif) with per tema a 'Mål:' sentence and typed 'Strategiar' 1.1 …; the child, the
  kommune's tiltaksplan (reportlab, A4 landscape), a table 'Nr. | Tiltak | Regional plan |
  Ansvar | Tid' citing strategy numbers.
- Rysjö (sv): a regional utvecklingsstrategi (reportlab, Liberation Serif) with 'Prioriterat
  område' chapters and a 'Mål till 2036' bullet list each; the child, a kommun's handlingsplan
  (Chromium, Liberation Sans Narrow, landscape), a table 'Insats | Koppling till RUS | Ansvarig
  | Tidsplan' citing the area.
- Hallerup (da): a klimaplan (Chromium, DejaVu Serif) with 'Delmål n' under sector headings;
  the child, the årlige klimahandleplan (python-docx → LibreOffice, Liberation Sans 9.5, A4
  landscape), a table 'Nr. | Handling | Delmål | Ansvarlig | Budget 2028 (kr.)'.
- Heddington (en): a Corporate Strategy (Chromium, DejaVu Sans) with coloured 'Ambition n'
  boxes, each a statement and 'By 2031 we want to see:' bullets; the child, a directorate
  business plan (reportlab, A4 landscape), a table 'Service objective | Key actions 2027/28 |
  Ambition | Lead | Milestone' citing the ambition number.

    python corpora/parents-blind35/make_pairs.py                  # all pairs
    python corpora/parents-blind35/make_pairs.py --verify         # re-read the PDFs only
    python corpora/parents-blind35/make_pairs.py --twice          # build twice, compare sha256

The document writers are batch 31's (`_docx_pdf`, `_report`, `_html_pdf`), called with this
batch's fonts, colours, furniture, CSS and block sequences; `G`, `C`, batch 14's `main` and batch
20's `verify` come through batch 31's builder and `pairkit.parents_main`.
"""

from __future__ import annotations

import html as _html
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "scripts"))

import pairkit as pk  # noqa: E402

_p31 = pk.load_module("parents_blind31_make_pairs", HERE.parent / "parents-blind31" / "make_pairs.py")
_p20, _p14 = _p31._p20, _p31._p14
G, C = _p31.G, _p31.C
_docx_pdf, _report, _html_pdf = _p31._docx_pdf, _p31._report, _p31._html_pdf

PAIRS, pair = pk.pair_registry()
e = _html.escape
BUILDER = "corpora/parents-blind35/make_pairs.py"


# =========================================================================== 1 Vardsund (nb)


@pair
def vardsund_oppvekstplan(d: Path) -> dict:
    g = {
        "A1": "Alle barn og unge skal oppleve mestring og trivsel i barnehage og skole.",
        "A2": "Barn og unge skal ha et trygt oppvekstmiljø uten mobbing, både på skolen og i "
              "fritiden.",
        "A3": "Flere unge skal fullføre videregående opplæring og komme i arbeid.",
        "B1": "Innbyggerne skal ha god psykisk helse, og hjelpen skal komme tidlig.",
        "B2": "Alle skal kunne delta i fritidsaktiviteter og kulturliv, uavhengig av familiens "
              "økonomi.",
        "C1": "Natur, friluftsområder og strandsone skal tas vare på og være tilgjengelige for "
              "alle.",
    }
    means = {
        "A1": "Barnehager og skoler skal legge til rette for at hvert barn opplever å lykkes, "
              "og følge med på trivselen.",
        "A2": "Vi skal ha nulltoleranse for mobbing og krenkelser, og jobbe sammen med lag og "
              "foreninger.",
        "A3": "Kommunen skal samarbeide med fylkeskommunen, NAV og næringslivet om læreplasser "
              "og sommerjobber.",
        "B1": "Tjenestene skal fange opp dem som strever, før problemene vokser.",
        "B2": "Kommunen skal redusere økonomiske hindringer og støtte frivilligheten.",
        "C1": "Vi tar vare på turstier, badeplasser og grøntdrag når vi planlegger ny "
              "utbygging.",
    }
    areas = [
        ("Målområde A: Gode oppvekstvilkår", ["A1", "A2", "A3"]),
        ("Målområde B: Helse og livskvalitet", ["B1", "B2"]),
        ("Målområde C: Natur og klima", ["C1"]),
    ]
    css = (
        "@page{size:A4;margin:20mm 18mm 22mm 18mm;"
        "@top-left{content:'Vardsund kommune · Kommuneplanens samfunnsdel 2027–2039';"
        "font-family:'Liberation Sans',sans-serif;font-size:7.5pt;color:#6b6b6b;"
        "vertical-align:bottom;padding-bottom:2mm;border-bottom:0.6pt solid #0b6e69}"
        "@bottom-center{content:'Vedtatt i kommunestyret 14.09.2027, sak 61/27  ·  ' "
        "counter(page) ' av ' counter(pages);font-family:'Liberation Sans',sans-serif;"
        "font-size:7.5pt;color:#6b6b6b}}"
        "body{font-family:'Liberation Sans',Arial,sans-serif;font-size:10pt;line-height:1.35}"
        "h1{font-size:19pt;color:#0b6e69;margin:2mm 0 1mm}"
        ".ing{font-size:11pt;color:#333;margin:0 0 7mm}"
        "h2{font-size:13pt;color:#0b6e69;margin:7mm 0 2mm}"
        "h3{font-size:11pt;margin:5mm 0 2mm;color:#222}"
        "p{margin:0 0 2.5mm}"
        "table.mt{margin:1mm 0 5mm}"
        "table.mt th{background:#0b6e69;color:#fff;text-align:left;padding:1.6mm 2mm;"
        "font-size:9.5pt}"
        "table.mt td{border-bottom:0.5pt solid #9cc;vertical-align:top;padding:1.8mm 2mm;"
        "font-size:9.5pt}"
        "table.mt td.m{width:52%;font-weight:bold}"
    )
    body = [
        "<h1>Vardsund – der vi vokser</h1>",
        "<p class='ing'>Kommuneplanens samfunnsdel 2027–2039</p>",
        "<h2>1 Slik er planen bygd opp</h2>",
        "<p>Samfunnsdelen har tre målområder. For hvert målområde står målene i en tabell. I "
        "kolonnen «Dette betyr» forklarer vi hva målet innebærer for kommunen. Målene følges "
        "opp i temaplaner og i handlings- og økonomiplanen.</p>",
        "<h2>2 Utfordringer</h2>",
        "<p>Vardsund har 9 400 innbyggere og en befolkning som blir eldre. Ungdataundersøkelsen "
        "2026 viser at flere unge enn før sier at de er ensomme, og at en av ti er blitt mobbet. "
        "Strandsonen er under press fra hytte- og boligbygging.</p>",
        "<h2>3 Mål for samfunnsutviklingen</h2>",
    ]
    for head, ks in areas:
        body.append(f"<h3>{e(head)}</h3>")
        body.append("<table class='mt'><thead><tr><th>Mål</th><th>Dette betyr</th></tr>"
                    "</thead><tbody>")
        for k in ks:
            body.append(f"<tr><td class='m'>{k}&nbsp;&nbsp;{e(g[k])}</td>"
                        f"<td>{e(means[k])}</td></tr>")
        body.append("</tbody></table>")
    body += [
        "<h2>4 Arealstrategi</h2>",
        "<p>Vi bygger tett rundt Vardsund sentrum og Nesset, og tar ikke i bruk ny dyrka mark "
        "til boliger.</p>",
    ]
    _html_pdf("nb", "Kommuneplanens samfunnsdel 2027–2039 – Vardsund kommune", css, body,
              d / "parent.pdf")

    c = {
        "c1": "Minst 90 prosent av elevene og av foreldrene i barnehagen skal svare at barnet "
              "trives godt.",
        "c2": "Hvert barn i barnehage og skole skal ha en voksen som ser det og gir det "
              "oppgaver det klarer.",
        "c3": "Ingen elever skal oppleve mobbing over tid, og skolen skal handle innen fem "
              "dager når en elev ikke har det trygt.",
        "c4": "Familier som er bekymret for barnet sitt, skal få time hos helsestasjonen "
              "innen to uker.",
        "c5": "Ungdom skal kunne snakke med en helsesykepleier eller psykolog samme uke, uten "
              "henvisning.",
        "c6": "Barn i familier med lav inntekt skal få dekket kontingent og utstyr til én "
              "fritidsaktivitet i året.",
        "c7": "Alle skoler skal ha minst én uteskoledag i uka i nærmiljøet.",
        "c8": "Ny barnehage på Nesset skal stå ferdig i 2029 med plass til 120 barn.",
    }
    m = {
        "m1": "Trivselsledere i friminuttene på alle barneskolene",
        "m2": "Felles rutine for aktivitetsplikten og et beredskapsteam mot mobbing",
        "m3": "To nye årsverk psykolog i skolehelsetjenesten",
        "m4": "Åpen dør hos helsesykepleier på ungdomsskolen tre dager i uka",
        "m5": "Fritidskassa: søknad via kontaktlærer, uten dokumentasjon av inntekt",
    }
    child = [
        ("title", "Oppvekstplan for Vardsund 2028–2032"),
        ("sub", "Temaplan for barn og unge · Vardsund kommune · Høringsutkast mars 2028"),
        ("h1", "1 Innledning"),
        ("p", "Oppvekstplanen er kommunens temaplan for barn og unge fra 0 til 18 år. Den "
         "følger opp kommuneplanens samfunnsdel 2027–2039 og gjelder barnehage, skole, "
         "helsestasjon og skolehelsetjeneste, barnevern og kultur for barn og unge."),
        ("p", "Gjennomføring i videregående opplæring er fylkeskommunens ansvar. Samfunnsdelen "
         "har et mål om dette, men det er ikke tatt med i oppvekstplanen."),
        ("h1", "2 Innsatsområde 1: En trygg og god hverdag"),
        ("p", "Barn lærer best når de har det godt. Vi vil at barna skal glede seg til å gå i "
         "barnehagen og på skolen."),
        ("b", "Målsettinger"),
        ("bullets", [c["c1"], c["c2"], c["c3"]]),
        ("b", "Tiltak"),
        ("bullets", [m["m1"], m["m2"]]),
        ("h1", "3 Innsatsområde 2: Hjelp i tide"),
        ("p", "Jo tidligere vi oppdager at et barn eller en ungdom strever, jo bedre kan vi "
         "hjelpe. Terskelen for å be om hjelp skal være lav."),
        ("b", "Målsettinger"),
        ("bullets", [c["c4"], c["c5"]]),
        ("b", "Tiltak"),
        ("bullets", [m["m3"], m["m4"]]),
        ("h1", "4 Innsatsområde 3: Like muligheter og gode rammer"),
        ("p", "Ingen barn skal holdes utenfor fordi familien har dårlig råd. Barna skal også "
         "bli kjent med naturen der de bor, og vi må ha nok barnehageplasser når Nesset "
         "vokser."),
        ("b", "Målsettinger"),
        ("bullets", [c["c6"], c["c7"], c["c8"]]),
        ("b", "Tiltak"),
        ("bullets", [m["m5"]]),
        ("h1", "5 Oppfølging"),
        ("p", "Kommunalsjef for oppvekst rapporterer på målsettingene i årsmeldingen. Planen "
         "rulleres i 2030."),
    ]
    _docx_pdf(child, d / "child.pdf", title="Oppvekstplan for Vardsund 2028–2032",
              author="Vardsund kommune", header="Oppvekstplan 2028–2032",
              footer="Vardsund kommune – side", lang="nb-NO", font="DejaVu Sans Condensed",
              size=10, heading_color="0B6E69")

    goals_ = [
        G("A1", g["A1"], "followed_up", [c["c1"], c["c2"], m["m1"]],
          ev="Minst 90 prosent av elevene",
          note="the goals are the 'Mål' cells of the three 'Målområde' tables (id = the "
          "printed number in the cell, A1 …; the gold text is without it); the 'Dette betyr' "
          "cells explain a goal and are no goals, nor are the background, the reading guide "
          "and the arealstrategi. The child cites nothing: its 'Målsettinger' restate the goals "
          "in other words. Trivsel measured in school and kindergarten, and mestring in other "
          "words ('oppgaver det klarer') in both"),
        G("A2", g["A2"], "partial", [c["c3"], m["m2"]], ev="Ingen elever skal oppleve",
          missing=["trygt oppvekstmiljø i fritiden"],
          note="mobbing at school only; nothing for the leisure time the goal names"),
        G("A3", g["A3"], "not_followed_up",
          note="trap: named in passing — the introduction says completion of upper secondary "
          "is the county's responsibility and not in the plan"),
        G("B1", g["B1"], "followed_up", [c["c4"], c["c5"], m["m3"], m["m4"]],
          ev="Ungdom skal kunne snakke",
          note="follow-up in other words for the plan's share (children and young people): "
          "a health-centre appointment within two weeks, a nurse or psychologist the same week "
          "without referral, two psychologists; 'psykisk helse' is never written"),
        G("B2", g["B2"], "partial", [c["c6"], m["m5"]], ev="Barn i familier med lav",
          missing=["kulturliv (kulturskole, kulturtilbud) uavhengig av økonomi"],
          note="membership and equipment for one leisure activity; nothing for cultural life, "
          "though culture for children is within the plan's scope (introduction)"),
        G("C1", g["C1"], "not_followed_up",
          note="trap (shared words): the outdoor-school day uses the local nature but does not "
          "protect it or make it accessible — c7 stands alone"),
    ]
    kids = [
        C(c["c1"], ["A1"], note="the child goals are the bullets under 'Målsettinger'; the "
          "bullets under 'Tiltak' are measures (in served_by beside the goals they serve)"),
        C(c["c2"], ["A1"]),
        C(c["c3"], ["A2"]),
        C(c["c4"], ["B1"]),
        C(c["c5"], ["B1"]),
        C(c["c6"], ["B2"]),
        C(c["c7"], [], note="trap: 'nærmiljøet' and nature, but using nature is not "
          "protecting it (C1) — stands alone"),
        C(c["c8"], [], note="kindergarten capacity, stands alone"),
    ]
    return dict(
        language="nb", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (Chromium, Liberation Sans; kommuneplanens samfunnsdel): per "
        "'Målområde' a table 'Mål | Dette betyr' with the goal number A1 … in the bold goal "
        "cell, a running header over a rule and a footer 'n av N' (CSS page margin boxes); child PDF (python-docx → "
        "LibreOffice, DejaVu Sans Condensed 10; oppvekstplan, temaplan): 'Innsatsområde n' "
        "chapters with bold 'Målsettinger' and 'Tiltak' bullet lists, no citations",
        goals=goals_, kids=kids,
    )


# =========================================================================== 2 Breivoll (nn)


@pair
def breivoll_tiltaksplan(d: Path) -> dict:
    g = {
        "M1": "Fleire vaksne i Tverrfjord skal ha fullført vidaregåande opplæring eller "
              "fagbrev.",
        "1.1": "Styrkje tilbodet om fagbrev på jobb og modulstrukturert opplæring for vaksne i "
               "heile fylket.",
        "1.2": "Auke samarbeidet mellom kommunane, NAV og næringslivet om kvalifisering av "
               "innvandrarar.",
        "1.3": "Gjere karriererettleiing lett tilgjengeleg for alle vaksne.",
        "M2": "Fleire i Tverrfjord skal vere i arbeid, og færre unge skal stå utanfor.",
        "2.1": "Utvikle fleire lærlingplassar i offentleg sektor.",
        "2.2": "Leggje til rette for at personar med nedsett funksjonsevne kan få og halde på "
               "ein jobb.",
    }
    parent = [
        ("title", "Regional plan for kompetanse og arbeidsliv 2027–2035"),
        ("sub", "Tverrfjord fylkeskommune · Vedteken av fylkestinget 8. desember 2026"),
        ("h1", "1 Føremål"),
        ("p", "Planen samlar fylkeskommunen, kommunane, NAV, partane i arbeidslivet og "
         "utdanningsinstitusjonane om ei felles retning. Kommunane følgjer opp planen i eigne "
         "planar og tiltak. Handlingsprogrammet blir rullert kvart år."),
        ("h1", "2 Tema 1: Kompetanse for framtida"),
        ("p", "Om lag 14 000 vaksne i Tverrfjord har ikkje fullført vidaregåande opplæring. "
         "Arbeidsgivarane melder om mangel på fagarbeidarar i helse, bygg og industri."),
        ("b", "Mål: " + g["M1"]),
        ("b", "Strategiar"),
        ("typed", "1.1", g["1.1"]),
        ("typed", "1.2", g["1.2"]),
        ("typed", "1.3", g["1.3"]),
        ("h1", "3 Tema 2: Eit inkluderande arbeidsliv"),
        ("p", "Sysselsetjinga i fylket er høg, men kvar tiande ung mellom 20 og 29 år er "
         "utanfor arbeid og utdanning."),
        ("b", "Mål: " + g["M2"]),
        ("b", "Strategiar"),
        ("typed", "2.1", g["2.1"]),
        ("typed", "2.2", g["2.2"]),
        ("h1", "4 Oppfølging"),
        ("p", "Fylkeskommunen rapporterer på måla i det årlege kompetansebarometeret."),
    ]
    _docx_pdf(parent, d / "parent.pdf",
              title="Regional plan for kompetanse og arbeidsliv 2027–2035",
              author="Tverrfjord fylkeskommune", header="Tverrfjord fylkeskommune",
              footer="Regional plan for kompetanse og arbeidsliv  –", lang="nn-NO",
              font="Liberation Serif", size=11, heading_color="8A3B12")

    t = {
        "T1": "Opprette ei fagbrevklasse i helsearbeidarfaget for vaksne tilsette i kommunen, "
              "med opplæring på arbeidsplassen",
        "T2": "Kombinasjonsklasse for minoritetsspråklege med norsk og grunnskulefag i "
              "vaksenopplæringa og praksis i lokale bedrifter",
        "T3": "Ta inn to nye lærlingar i kommunen kvart år innan barnehage, IKT og kontor",
        "T4": "Sommarjobb for 30 ungdomar mellom 15 og 18 år i kommunale einingar",
        "T5": "Fast samarbeidsforum mellom NAV, vaksenopplæringa og næringsforeininga, med "
              "møte fire gonger i året",
        "T6": "Fire tilrettelagde praksisplassar i kommunen for personar med nedsett "
              "funksjonsevne",
        "T7": "Rehabilitere lokala til vaksenopplæringa i Breivoll sentrum",
    }
    rows = [
        ("1", t["T1"], "1.1", "Helse og omsorg", "Haust 2028"),
        ("2", t["T2"], "1.2", "Vaksenopplæringa / NAV Breivoll", "2028–2029"),
        ("3", t["T3"], "2.1", "Personal", "Kvart år"),
        ("4", t["T4"], "2.1", "Personal / einingane", "Sommar 2028"),
        ("5", t["T5"], "1.2", "Næringssjef", "Frå 2028"),
        ("6", t["T6"], "2.2", "NAV Breivoll / einingane", "2029"),
        ("7", t["T7"], "1.1", "Eigedom", "2029"),
    ]
    child = [
        ("title", "Tiltaksplan for kvalifisering og arbeid 2028–2029"),
        ("lead", "Breivoll kommune · Vedteken i kommunestyret 22.02.2028, sak 9/28"),
        ("h1", "1 Bakgrunn"),
        ("p", "Tiltaksplanen viser korleis Breivoll kommune følgjer opp Regional plan for "
         "kompetanse og arbeidsliv 2027–2035. Kolonna «Regional plan» viser kva strategi "
         "tiltaket høyrer til."),
        ("p", "Karriererettleiing for vaksne er fylkeskommunen sitt ansvar gjennom Karriere "
         "Tverrfjord. Kommunen viser til det tilbodet og har ikkje eigne tiltak for det."),
        ("h1", "2 Tiltak"),
        ("table", ["Nr.", "Tiltak", "Regional plan", "Ansvar", "Tid"], rows,
         [12, 128, 28, 58, 35]),
        ("h1", "3 Økonomi og rapportering"),
        ("p", "Tiltak 1, 2 og 6 blir delvis finansierte med tilskot frå fylkeskommunen. "
         "Rådmannen rapporterer til formannskapet kvart halvår."),
    ]
    _report(d / "child.pdf", child, serif=False,
            title="Tiltaksplan for kvalifisering og arbeid 2028–2029",
            author="Breivoll kommune", creator="Breivoll kommune",
            left="Breivoll kommune  |  Tiltaksplan for kvalifisering og arbeid",
            right="{n}", landscape=True, accent="#1F5C4A")

    goals_ = [
        G("M1", g["M1"], "followed_up", [t["T1"], t["T2"]], ev="Opprette ei fagbrevklasse",
          note="the goals are each tema's bold 'Mål:' sentence (ids M1, M2, not printed; text "
          "without 'Mål:') and the typed 'Strategiar' (id = the printed number 1.1 …); the "
          "purpose, background and follow-up paragraphs are no goals. A trade-certificate "
          "class and basic schooling for minority-language adults: the kommune's share"),
        G("1.1", g["1.1"], "partial", [t["T1"]], ev="Opprette ei fagbrevklasse",
          missing=["modulstrukturert opplæring for vaksne", "tilbod til andre vaksne enn "
                   "kommunen sine tilsette"],
          note="fagbrev på jobb for the kommune's own staff only; T7 also cites 1.1 but is a "
          "building"),
        G("1.2", g["1.2"], "followed_up", [t["T2"], t["T5"]], ev="Fast samarbeidsforum mellom",
          note="a class with practice in local firms (Ansvar: vaksenopplæringa / NAV) and a "
          "standing forum of NAV, adult education and the business association"),
        G("1.3", g["1.3"], "not_followed_up",
          note="trap: named in passing — the background says career guidance is the county's "
          "and the kommune has no measure of its own"),
        G("M2", g["M2"], "followed_up", [t["T3"], t["T4"], t["T6"]], ev="Ta inn to nye",
          note="apprentices, summer jobs for the young and practice places: more in work, "
          "fewer young people outside"),
        G("2.1", g["2.1"], "followed_up", [t["T3"]], ev="Ta inn to nye",
          note="two new apprentices a year in the kommune (public sector)"),
        G("2.2", g["2.2"], "partial", [t["T6"]], ev="Fire tilrettelagde praksisplassar",
          missing=["halde på ein jobb (oppfølging i arbeid)", "ordinære jobbar, ikkje berre "
                   "praksisplassar"],
          note="four practice places: getting a foothold; nothing for keeping a job"),
    ]
    kids = [
        C(t["T1"], ["M1", "1.1"], note="the child goals are the 'Tiltak' cells; number, "
          "cited strategy, 'Ansvar' and 'Tid' are no goals"),
        C(t["T2"], ["M1", "1.2"]),
        C(t["T3"], ["M2", "2.1"]),
        C(t["T4"], ["M2"], note="served across the citation: cites 2.1 (apprenticeships), "
          "but summer jobs are no apprenticeships — it serves the tema's Mål (fewer young "
          "people outside) only"),
        C(t["T5"], ["1.2"]),
        C(t["T6"], ["M2", "2.2"]),
        C(t["T7"], [], note="trap: cites 1.1, but refurbishing premises serves no goal — "
          "stands alone"),
    ]
    return dict(
        language="nn", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (python-docx → LibreOffice, Liberation Serif 11; regional plan): "
        "per 'Tema n' a background paragraph, a bold 'Mål: …' sentence and bold 'Strategiar' "
        "over typed numbers 1.1 … with a hanging indent; child PDF (reportlab, Liberation "
        "Sans, A4 landscape; kommunal tiltaksplan): one table 'Nr. | Tiltak | Regional plan | "
        "Ansvar | Tid' citing strategy numbers",
        goals=goals_, kids=kids,
    )


# =========================================================================== 3 Rysjö (sv)


@pair
def rysjo_handlingsplan(d: Path) -> dict:
    g = {
        "S1": "Hela regionen ska ha god tillgång till kollektivtrafik, bredband och "
              "kommersiell service.",
        "S2": "Bostadsbyggandet ska möta behoven hos unga, äldre och nyanlända.",
        "K1": "Matchningen på arbetsmarknaden ska förbättras så att arbetsgivare hittar rätt "
              "kompetens.",
        "K2": "Andelen unga som lämnar gymnasiet med examen ska öka till 90 procent.",
        "N1": "Antalet nya företag ska öka, särskilt bland kvinnor och utrikes födda.",
        "N2": "Besöksnäringen ska växa på ett sätt som är hållbart för natur och miljö.",
    }
    parent = [
        ("title", "Sörvalla 2036"),
        ("lead", "Regional utvecklingsstrategi för Region Sörvalla 2026–2036. Beslutad av "
         "regionfullmäktige 2025-11-19, § 142."),
        ("h1", "Så ska strategin användas"),
        ("p", "Den regionala utvecklingsstrategin (RUS) är regionens gemensamma strategi för "
         "hållbar regional utveckling. Kommunerna, regionen och andra aktörer bidrar till "
         "målen genom sina egna planer. Strategin har tre prioriterade områden. Under varje "
         "område anges de mål som ska vara nådda 2036."),
        ("h1", "Prioriterat område 1 · Hållbart samhällsbyggande"),
        ("p", "En tredjedel av invånarna bor på landsbygden. Avstånden är långa, och på flera "
         "orter har den sista butiken eller bensinstationen stängt."),
        ("label", "Mål till 2036"),
        ("bullets", [g["S1"], g["S2"]]),
        ("h1", "Prioriterat område 2 · Kompetensförsörjning"),
        ("p", "Var tredje arbetsgivare uppger att de har svårt att rekrytera. Samtidigt lämnar "
         "var femte elev gymnasiet utan examen."),
        ("label", "Mål till 2036"),
        ("bullets", [g["K1"], g["K2"]]),
        ("h1", "Prioriterat område 3 · Ett konkurrenskraftigt näringsliv"),
        ("p", "Nyföretagandet i Sörvalla ligger under rikssnittet. Besöksnäringen omsätter "
         "2,1 miljarder kronor och har vuxit snabbt sedan 2020."),
        ("label", "Mål till 2036"),
        ("bullets", [g["N1"], g["N2"]]),
        ("h1", "Uppföljning"),
        ("p", "Regionen följer upp strategin med indikatorer i en årlig lägesbild."),
    ]
    _report(d / "parent.pdf", parent, serif=True, title="Sörvalla 2036 – Regional "
            "utvecklingsstrategi", author="Region Sörvalla", creator="Region Sörvalla",
            left="Region Sörvalla  ·  Regional utvecklingsstrategi 2026–2036",
            right="Sida {n}", accent="#005B8F")

    ins = {
        "I1": "Utbyggnad av fiber till de sista 240 hushållen på landsbygden",
        "I2": "Detaljplan för 40 trygghetsboenden för äldre vid Ekbacken",
        "I3": "Kompetensråd där kommunen, Arbetsförmedlingen och företagen varje vår kartlägger "
              "vilka yrken som saknas",
        "I4": "Yrkesvux inom industri och vård med platser efter företagens behov",
        "I5": "Nyföretagarcentrum med rådgivning för den som vill starta eget och särskilda "
              "kvällsträffar för kvinnor och för utrikes födda",
        "I6": "Ny ställplats för husbilar med 30 platser vid Rysjösjön",
        "I7": "Byte till LED-belysning i kommunens förvaltningsbyggnader",
        "I8": "Kvällsturer på busslinje 310 Rysjö–Sörhamn så att fler kan pendla till arbete",
    }
    rows = [
        ("I1", "Hållbart samhällsbyggande", "Samhällsbyggnadsförvaltningen", "2027–2028"),
        ("I2", "Hållbart samhällsbyggande", "Plan- och byggenheten", "Antagande 2028"),
        ("I7", "Hållbart samhällsbyggande", "Fastighetsenheten", "2027"),
        ("I3", "Kompetensförsörjning", "Arbetsmarknadsenheten", "Varje vår"),
        ("I4", "Kompetensförsörjning", "Vuxenutbildningen", "Från ht 2027"),
        ("I8", "Kompetensförsörjning", "Kommunstyrelsen / Sörvalla Trafik", "Dec 2027"),
        ("I5", "Konkurrenskraftigt näringsliv", "Näringslivsenheten", "2027–2028"),
        ("I6", "Konkurrenskraftigt näringsliv", "Kultur och fritid", "Sommar 2028"),
    ]
    css = (
        "@page{size:A4 landscape;margin:16mm 18mm 18mm 18mm;"
        "@bottom-left{content:'Rysjö kommun · Handlingsplan för tillväxt och attraktivitet "
        "2027–2028 · Dnr KS 2027/118';font-family:'Liberation Sans Narrow',sans-serif;"
        "font-size:8pt;color:#777}"
        "@bottom-right{content:counter(page) ' (' counter(pages) ')';"
        "font-family:'Liberation Sans Narrow',sans-serif;font-size:8pt;color:#777}}"
        "body{font-family:'Liberation Sans Narrow','Arial Narrow',sans-serif;font-size:10.5pt}"
        ".top{border-top:5pt solid #c2410c;padding-top:3mm;margin-bottom:5mm}"
        ".org{font-size:9pt;text-transform:uppercase;letter-spacing:0.6pt;color:#c2410c}"
        "h1{font-size:20pt;margin:1mm 0 1mm;font-weight:bold}"
        ".dat{font-size:9.5pt;color:#555}"
        "h2{font-size:13pt;margin:6mm 0 2mm;color:#c2410c}"
        "p{margin:0 0 2.4mm;max-width:230mm}"
        "table.ins th{text-align:left;font-size:10pt;padding:1.8mm 2.2mm;"
        "border-bottom:1.5pt solid #c2410c;background:#fbeee6}"
        "table.ins td{font-size:10pt;padding:1.8mm 2.2mm;border-bottom:0.5pt solid #ccc;"
        "vertical-align:top}"
    )
    body = [
        "<div class='top'><div class='org'>Rysjö kommun</div>",
        "<h1>Handlingsplan för tillväxt och attraktivitet 2027–2028</h1>",
        "<div class='dat'>Antagen av kommunstyrelsen 2027-04-12, § 58</div></div>",
        "<h2>Inledning</h2>",
        "<p>Handlingsplanen visar hur Rysjö kommun bidrar till den regionala "
        "utvecklingsstrategin Sörvalla 2036. Varje insats är kopplad till ett av strategins "
        "prioriterade områden. Gymnasiefrågorna hanteras i barn- och utbildningsnämndens "
        "verksamhetsplan och finns inte med här.</p>",
        "<h2>Insatser</h2>",
        "<table class='ins'><thead><tr><th style='width:52%'>Insats</th>"
        "<th style='width:18%'>Koppling till RUS</th><th style='width:19%'>Ansvarig</th>"
        "<th style='width:11%'>Tidsplan</th></tr></thead><tbody>",
    ]
    for k, area, who, when in rows:
        body.append(f"<tr><td>{e(ins[k])}</td><td>{e(area)}</td><td>{e(who)}</td>"
                    f"<td>{e(when)}</td></tr>")
    body += [
        "</tbody></table>",
        "<h2>Uppföljning</h2>",
        "<p>Kommunstyrelsen får en redovisning av insatserna i delårsrapporten och i "
        "årsredovisningen.</p>",
    ]
    _html_pdf("sv", "Handlingsplan för tillväxt och attraktivitet 2027–2028", css, body,
              d / "child.pdf")

    goals_ = [
        G("S1", g["S1"], "partial", [ins["I1"], ins["I8"]], ev="Utbyggnad av fiber till",
          missing=["kommersiell service"],
          note="the goals are the bullets under each 'Mål till 2036' label (ids S1–N2 = area "
          "+ order, not printed); 'Så ska strategin användas', the background paragraphs and "
          "'Uppföljning' are no goals. Fibre (bredband) and evening buses (kollektivtrafik, "
          "cited to Kompetensförsörjning, served here by content); no shops or service"),
        G("S2", g["S2"], "partial", [ins["I2"]], ev="Detaljplan för 40 trygghetsboenden",
          missing=["bostäder för unga", "bostäder för nyanlända"],
          note="sheltered homes for the old only"),
        G("K1", g["K1"], "followed_up", [ins["I3"], ins["I4"]], ev="Kompetensråd där kommunen",
          note="in other words: a council that maps every spring which trades are lacking, "
          "and vocational adult education sized by the firms' needs — 'matchning' is never "
          "written"),
        G("K2", g["K2"], "not_followed_up",
          note="trap: named in passing — the introduction leaves upper-secondary matters to "
          "the education committee's plan"),
        G("N1", g["N1"], "followed_up", [ins["I5"]], ev="Nyföretagarcentrum med rådgivning",
          note="start-up advice, with evenings for women and for the foreign-born: both "
          "groups the goal names"),
        G("N2", g["N2"], "partial", [ins["I6"]], ev="Ny ställplats för husbilar",
          missing=["hållbart för natur och miljö"],
          note="a motorhome site makes tourism grow; nothing about sustainability"),
    ]
    kids = [
        C(ins["I1"], ["S1"], note="the child goals are the 'Insats' cells; the cited area, "
          "'Ansvarig' and 'Tidsplan' are no goals"),
        C(ins["I2"], ["S2"]),
        C(ins["I7"], [], note="trap: cited to 'Hållbart samhällsbyggande', but LED lighting "
          "in the kommun's own buildings serves none of its goals — stands alone"),
        C(ins["I3"], ["K1"]),
        C(ins["I4"], ["K1"]),
        C(ins["I8"], ["S1"], note="served across the citation: cited to "
          "'Kompetensförsörjning', serves S1 (kollektivtrafik)"),
        C(ins["I5"], ["N1"]),
        C(ins["I6"], ["N2"]),
    ]
    return dict(
        language="sv", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (reportlab, Liberation Serif; regional utvecklingsstrategi): "
        "'Prioriterat område n · …' chapters with a background paragraph and a coloured "
        "'Mål till 2036' label over dash bullets; child PDF (Chromium, Liberation Sans Narrow, "
        "A4 landscape; kommunal handlingsplan): one table 'Insats | Koppling till RUS | "
        "Ansvarig | Tidsplan' citing the area, a footer line with 'n (N)'",
        goals=goals_, kids=kids,
    )


# =========================================================================== 4 Hallerup (da)


@pair
def hallerup_klimahandleplan(d: Path) -> dict:
    g = {
        "1": "Al kollektiv varmeforsyning i Hallerup skal være fossilfri i 2030.",
        "2": "Kommunens egne bygninger skal bruge 30 procent mindre energi i 2030 end i 2020.",
        "3": "Flere skal cykle eller tage bussen, og kommunens egne biler skal køre på el eller "
             "biogas.",
        "4": "Udledningen fra landbruget skal reduceres, bl.a. ved udtagning af lavbundsjorder.",
        "5": "Byerne skal sikres mod skybrud og stigende havvand.",
        "6": "Borgere og virksomheder skal inddrages og have hjælp til at gøre en klimaindsats.",
    }
    sectors = [
        ("Energi og bygninger", "Energi står for 41 procent af udledningen i kommunen. To "
         "fjernvarmeværker fyrer stadig med naturgas.", ["1", "2"]),
        ("Transport", "Transport står for 29 procent. Kommunen har 140 biler, de fleste på "
         "benzin og diesel.", ["3"]),
        ("Landbrug og natur", "Landbruget står for 24 procent, og en stor del kommer fra "
         "drænede lavbundsjorder.", ["4"]),
        ("Klimatilpasning", "Skybruddene i 2024 og 2026 oversvømmede kældre i Hallerup by, og "
         "havnen ligger lavt.", ["5"]),
        ("Sammen om klimaet", "Kommunen kan ikke nå målene alene.", ["6"]),
    ]
    css = (
        "@page{size:A4;margin:24mm 24mm 22mm 24mm;"
        "@bottom-left{content:'Hallerup Kommune · Klimaplan 2030';font-family:'DejaVu Sans',"
        "sans-serif;font-size:7.5pt;color:#2f6b2f}"
        "@bottom-right{content:'Side ' counter(page);font-family:'DejaVu Sans',sans-serif;"
        "font-size:7.5pt;color:#2f6b2f}}"
        "body{font-family:'DejaVu Serif',Georgia,serif;font-size:10pt;line-height:1.45;"
        "color:#1b2a1b}"
        "h1{font-family:'DejaVu Sans',sans-serif;font-size:24pt;color:#2f6b2f;margin:0 0 1mm}"
        ".under{font-family:'DejaVu Sans',sans-serif;font-size:10pt;color:#555;margin:0 0 6mm}"
        ".vis{border:1pt solid #2f6b2f;padding:3mm 4mm;margin:0 0 6mm;font-style:italic}"
        "h2{font-family:'DejaVu Sans',sans-serif;font-size:13pt;color:#2f6b2f;"
        "margin:6mm 0 2mm;border-bottom:0.6pt solid #2f6b2f}"
        "p{margin:0 0 2.4mm}"
        "p.dm{margin:0 0 2mm 0}"
        "p.dm b{color:#2f6b2f;font-family:'DejaVu Sans',sans-serif}"
    )
    body = [
        "<h1>Klimaplan 2030</h1>",
        "<p class='under'>Hallerup Kommune · Vedtaget af Byrådet den 24. juni 2026</p>",
        "<div class='vis'>Vores vision: Et grønt Hallerup, hvor vi passer på klimaet for de "
        "næste generationer.</div>",
        "<h2>Om planen</h2>",
        "<p>Klimaplanen er Hallerup Kommunes bidrag til den nationale målsætning om 70 "
        "procents reduktion i 2030 og beskriver også, hvordan vi tilpasser os et vådere "
        "klima. Planen har "
        "seks delmål fordelt på fem indsatsområder. Hvert år vedtager Byrådet en "
        "klimahandleplan med de konkrete handlinger.</p>",
    ]
    for head, bg, ks in sectors:
        body.append(f"<h2>{e(head)}</h2>")
        body.append(f"<p>{e(bg)}</p>")
        for k in ks:
            body.append(f"<p class='dm'><b>Delmål {k}:</b> {e(g[k])}</p>")
    body += [
        "<h2>Opfølgning</h2>",
        "<p>Klimaregnskabet offentliggøres hvert år i maj.</p>",
    ]
    _html_pdf("da", "Klimaplan 2030 – Hallerup Kommune", css, body, d / "parent.pdf")

    h = {
        "H1": "Omstilling af fjernvarmeværkerne i Brødby og Tårup fra naturgas til "
              "varmepumper og solvarme",
        "H2": "Energirenovering af Tårup Skole og Rådhusets fløj B med efterisolering, LED og "
              "ny ventilation",
        "H3": "Fjernaflæste energimålere og månedlig energistyring i alle kommunale bygninger",
        "H4": "Udskiftning af 12 benzin- og dieselbiler i hjemmeplejen med elbiler",
        "H5": "Ladestandere ved Rådhuset og Hallerup Bibliotek til borgere og ansatte",
        "H6": "Skybrudssikring af Strandgade med regnbede og et forsinkelsesbassin",
        "H7": "Gratis klimatjek for 20 små og mellemstore virksomheder og energiråd til "
              "boligejere",
        "H8": "Tre klimacaféer i lokalsamfundene, hvor borgerne kan komme med idéer til lokale "
              "klimaprojekter",
        "H9": "Ny kunstgræsbane ved Tårup Stadion",
    }
    rows = [
        ("1", h["H1"], "1", "Hallerup Forsyning / Teknik og Miljø", "2.500.000"),
        ("2", h["H2"], "2", "Ejendomme", "6.800.000"),
        ("3", h["H3"], "2", "Ejendomme", "450.000"),
        ("4", h["H4"], "3", "Sundhed og Omsorg", "1.900.000"),
        ("5", h["H5"], "3", "Teknik og Miljø", "600.000"),
        ("6", h["H6"], "5", "Hallerup Forsyning", "4.200.000"),
        ("7", h["H7"], "6", "Erhverv og Klima", "350.000"),
        ("8", h["H8"], "6", "Erhverv og Klima", "90.000"),
        ("9", h["H9"], "–", "Kultur og Fritid", "3.100.000"),
    ]
    child = [
        ("title", "Klimahandleplan 2028"),
        ("sub", "Hallerup Kommune · Årlig handleplan til Klimaplan 2030 · Godkendt i Byrådet "
         "december 2027"),
        ("h1", "Indledning"),
        ("p", "Handleplanen samler de klimahandlinger, som kommunen gennemfører i 2028. "
         "Kolonnen «Delmål» henviser til delmålene i Klimaplan 2030."),
        ("p", "Udtagning af lavbundsjorder afventer den nationale aftale om det grønne Danmark "
         "og indgår derfor ikke i handleplanen for 2028."),
        ("h1", "Status efter klimaregnskabet 2026"),
        ("p", "Den samlede udledning i Hallerup Kommune var 318.000 ton CO2e i 2026. Det er 38 "
         "procent mindre end i 1990, men reduktionen er gået langsommere de seneste to år, "
         "primært fordi trafikken er steget efter åbningen af omfartsvejen."),
        ("p", "Energiforbruget i de kommunale bygninger faldt med 9 procent fra 2020 til 2026. "
         "Skolerne og plejecentrene bruger mest, og her er der fortsat et stort potentiale for "
         "besparelser. Der mangler data fra en del af de mindre bygninger, fordi de stadig "
         "aflæses manuelt en gang om året."),
        ("p", "Forsyningen har i 2027 færdiggjort en varmeplan, der viser, hvordan de sidste "
         "gasfyrede værker kan lukkes. Planen er forudsætningen for handling 1 nedenfor."),
        ("p", "Handlingerne er prioriteret ud fra, hvor meget de reducerer udledningen pr. "
         "investeret krone, og om de kan gennemføres inden for det vedtagne budget. Handlinger, "
         "der kræver ekstra bevillinger, er markeret i budgetforslaget for 2028."),
        ("p", "Tabellen nedenfor viser for hver handling, hvilket delmål i Klimaplan 2030 den "
         "henviser til, hvem der har ansvaret, og hvor mange penge der er afsat i 2028. Beløbene "
         "er anlægsudgifter og ekstra driftsudgifter i 2028-priser. Handlinger, som forsyningen "
         "betaler, står med forsyningens budget, selv om kommunen ikke afholder udgiften."),
        ("h1", "Handlinger 2028"),
        ("table", ["Nr.", "Handling", "Delmål", "Ansvarlig", "Budget 2028 (kr.)"], rows,
         [12, 128, 18, 67, 32]),
        ("h1", "Opfølgning"),
        ("p", "Status på handlingerne forelægges Klima- og Miljøudvalget i juni og december."),
    ]
    _docx_pdf(child, d / "child.pdf", title="Klimahandleplan 2028",
              author="Hallerup Kommune", header="Klimahandleplan 2028",
              footer="Hallerup Kommune · side", lang="da-DK", font="Liberation Sans",
              size=9.5, landscape=True, heading_color="2F6B2F")

    goals_ = [
        G("1", g["1"], "followed_up", [h["H1"]], ev="Omstilling af fjernvarmeværkerne",
          note="the goals are the 'Delmål n:' paragraphs under the sector headings (id = the "
          "printed number; text without 'Delmål n:'); the vision box, 'Om planen' (its 70 per "
          "cent is the national target, named as context), the background paragraphs and 'Opfølgning' are no "
          "goals. In other words: the last two gas-fired district heating plants go over to "
          "heat pumps and solar heat — 'fossilfri' is never written"),
        G("2", g["2"], "followed_up", [h["H2"], h["H3"]], ev="Energirenovering af Tårup",
          note="renovation of two buildings and energy management in all municipal buildings"),
        G("3", g["3"], "partial", [h["H4"], h["H5"]], ev="Udskiftning af 12 benzin-",
          missing=["flere skal cykle eller tage bussen"],
          note="electric cars in home care and chargers: the kommune's own cars only; nothing "
          "for cycling or buses"),
        G("4", g["4"], "not_followed_up",
          note="trap: named in passing — the introduction says taking low-lying soils out "
          "awaits the national agreement and is not in the 2028 plan"),
        G("5", g["5"], "partial", [h["H6"]], ev="Skybrudssikring af Strandgade",
          missing=["sikring mod stigende havvand"],
          note="cloudburst protection of one street; nothing against sea-level rise"),
        G("6", g["6"], "followed_up", [h["H7"], h["H8"]], ev="Gratis klimatjek for 20",
          note="help (climate checks, energy advice) and involvement (climate cafés) for "
          "citizens and firms"),
    ]
    kids = [
        C(h["H1"], ["1"], note="the child goals are the 'Handling' cells; number, cited "
          "delmål, 'Ansvarlig' and the budget are no goals"),
        C(h["H2"], ["2"]),
        C(h["H3"], ["2"]),
        C(h["H4"], ["3"]),
        C(h["H5"], ["3"]),
        C(h["H6"], ["5"]),
        C(h["H7"], ["6"]),
        C(h["H8"], ["6"]),
        C(h["H9"], [], note="cites '–': a sports pitch, stands alone"),
    ]
    return dict(
        language="da", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (Chromium, DejaVu Serif; klimaplan): a framed vision, sector "
        "headings with a rule, a footer 'Side n', a background paragraph and 'Delmål n:' "
        "paragraphs (bold green label); child PDF (python-docx → LibreOffice, Liberation Sans 9.5, A4 landscape; "
        "årlig klimahandleplan): one table 'Nr. | Handling | Delmål | Ansvarlig | Budget 2028 "
        "(kr.)' citing the delmål number",
        goals=goals_, kids=kids,
    )


# =========================================================================== 5 Heddington (en)


@pair
def heddington_business_plan(d: Path) -> dict:
    g = {
        "1a": "More residents in good-quality, well-paid jobs.",
        "1b": "A thriving town centre with fewer empty shops.",
        "2a": "Clean and safe streets that residents are proud of.",
        "2b": "Net zero council operations by 2030 and falling carbon emissions across the "
              "borough.",
        "3a": "Fewer households living in temporary accommodation.",
        "3b": "Older and disabled residents supported to live independently at home.",
    }
    amb = [
        ("1", "Prosperous Heddington", "#7b2d8e",
         "We want a strong local economy where businesses grow and everyone can share in "
         "the borough's success.", ["1a", "1b"]),
        ("2", "Green and Clean Heddington", "#1f7a4d",
         "We want to look after our environment and tackle the climate emergency.",
         ["2a", "2b"]),
        ("3", "Caring Heddington", "#b0452a",
         "We want residents to have a safe home and the support they need to live well.",
         ["3a", "3b"]),
    ]
    css = (
        "@page{size:A4;margin:18mm 16mm 20mm 16mm;"
        "@bottom-right{content:'Corporate Strategy 2027–2031  |  ' counter(page);"
        "font-family:'DejaVu Sans',sans-serif;font-size:7.5pt;color:#777}}"
        "body{font-family:'DejaVu Sans',Verdana,sans-serif;font-size:9.5pt;line-height:1.4}"
        ".band{background:#1d2b4f;color:#fff;padding:6mm 6mm 5mm;margin:0 0 6mm}"
        ".band h1{font-size:22pt;margin:0 0 1mm}"
        ".band div{font-size:10pt}"
        "h2{font-size:13pt;color:#1d2b4f;margin:6mm 0 2mm}"
        "p{margin:0 0 2.4mm}"
        ".amb{border:1.2pt solid;border-radius:3mm;padding:3mm 4mm 2mm;margin:0 0 4mm;"
        "break-inside:avoid}"
        ".amb .k{font-size:8pt;text-transform:uppercase;letter-spacing:0.8pt;font-weight:bold}"
        ".amb .t{font-size:13pt;font-weight:bold;margin:0 0 1.5mm}"
        ".amb ul{margin:1mm 0 1mm 0;padding-left:5mm}"
        ".amb li{margin:0 0 1mm}"
    )
    body = [
        "<div class='band'><h1>Our Heddington</h1><div>Corporate Strategy 2027–2031 · "
        "Agreed by Council, 20 July 2027</div></div>",
        "<h2>Foreword from the Leader</h2>",
        "<p>Money is tight and demand for our services keeps rising. This strategy sets out "
        "the three ambitions that will guide our decisions for the next four years. Each "
        "directorate will show in its annual business plan how it contributes.</p>",
        "<h2>Our ambitions</h2>",
    ]
    for n, title, col, stmt, ks in amb:
        body.append(f"<div class='amb' style='border-color:{col}'>"
                    f"<div class='k' style='color:{col}'>Ambition {n}</div>"
                    f"<div class='t' style='color:{col}'>{e(title)}</div>"
                    f"<p>{e(stmt)}</p><p><b>By 2031 we want to see:</b></p><ul>")
        body += [f"<li>{e(g[k])}</li>" for k in ks]
        body.append("</ul></div>")
    body += [
        "<h2>Our values</h2>",
        "<p>Listening to residents, spending money wisely and working with partners.</p>",
        "<h2>How we will measure progress</h2>",
        "<p>A basket of performance indicators is reported to Cabinet every quarter.</p>",
    ]
    _html_pdf("en", "Our Heddington – Corporate Strategy 2027–2031", css, body,
              d / "parent.pdf")

    o = {
        "O1": "Help 300 residents into work through the Heddington Works employment hub",
        "O2": "Bring 25 empty shop units in the town centre back into use",
        "O3": "Deliver the Market Street regeneration scheme",
        "O4": "Remove reported fly-tipping within two working days",
        "O5": "Replace the council's van fleet with electric vans by March 2029",
        "O6": "Bring 40 long-term empty homes back into use, offered first to families in "
              "temporary accommodation",
        "O7": "Complete the Local Plan review and submit it for examination",
    }
    a = {
        "O1": "Open the hub in the Central Library; two jobs fairs a year with local employers",
        "O2": "Meanwhile-use grants of up to £5,000; business rates advice for new tenants",
        "O3": "Appoint a development partner; submit the planning application",
        "O4": "Two extra enforcement officers; CCTV at six hotspots",
        "O5": "Order 40 electric vans; install chargers at Mill Lane depot",
        "O6": "Empty homes loans to owners; lease-and-repair scheme with Housing Options",
        "O7": "Regulation 19 consultation; submission to the Secretary of State",
    }
    rows = [
        ("O1", "1", "Economic Development", "Hub open by Oct 2027"),
        ("O2", "1", "Town Centre Manager", "Mar 2028"),
        ("O3", "1", "Regeneration", "Application Jan 2028"),
        ("O4", "2", "Environmental Services", "Quarterly"),
        ("O5", "2", "Fleet Manager", "Mar 2029"),
        ("O6", "1", "Private Sector Housing", "Mar 2028"),
        ("O7", "1", "Planning Policy", "Submission Feb 2028"),
    ]
    child = [
        ("title", "Place and Economy Directorate"),
        ("lead", "Business Plan 2027/28 · Heddington Borough Council"),
        ("h1", "1. Introduction"),
        ("p", "This business plan sets out what the Place and Economy Directorate will deliver "
         "in 2027/28 towards the ambitions of Our Heddington, the Corporate Strategy "
         "2027–2031. The Ambition column gives the number of the ambition each objective "
         "contributes to. Adult social care sits in the People Directorate and is covered "
         "by its own business plan."),
        ("h1", "2. Service objectives and key actions"),
        ("table", ["Service objective", "Key actions 2027/28", "Ambition", "Lead",
                   "Milestone"],
         [(o[k], a[k], amb_n, lead, ms) for k, amb_n, lead, ms in rows],
         [88, 92, 20, 40, 37]),
        ("h1", "3. Resources and risks"),
        ("p", "The directorate's net budget for 2027/28 is £14.2m. The main risks are "
         "construction cost inflation and recruitment of enforcement staff."),
    ]
    _report(d / "child.pdf", child, serif=True,
            title="Place and Economy Directorate Business Plan 2027/28",
            author="Heddington Borough Council", creator="Heddington Borough Council",
            left="Heddington Borough Council  –  Place and Economy Business Plan 2027/28",
            right="Page {n}", landscape=True, accent="#1D2B4F")

    goals_ = [
        G("1a", g["1a"], "partial", [o["O1"], a["O1"]], ev="Help 300 residents into",
          missing=["good-quality, well-paid jobs"],
          note="the goals are the bullets under 'By 2031 we want to see:' in each 'Ambition n' "
          "box (ids = ambition + letter, not printed); the ambition titles and statements, "
          "the foreword, values and measuring paragraph are no goals. Into work, but nothing "
          "about the quality or pay of the jobs"),
        G("1b", g["1b"], "followed_up", [o["O2"], o["O3"], a["O2"]],
          ev="Bring 25 empty shop",
          note="empty shop units back in use and a town-centre regeneration scheme"),
        G("2a", g["2a"], "partial", [o["O4"], a["O4"]], ev="Remove reported fly-tipping",
          missing=["safe streets (community safety)"],
          note="clean (fly-tipping); the CCTV is for fly-tipping hotspots, nothing for safety"),
        G("2b", g["2b"], "partial", [o["O5"], a["O5"]], ev="Replace the council's van",
          missing=["falling carbon emissions across the borough"],
          note="the council's own fleet only"),
        G("3a", g["3a"], "followed_up", [o["O6"], a["O6"]], ev="Bring 40 long-term empty",
          note="served across the citation: O6 cites Ambition 1, but homes offered first to "
          "families in temporary accommodation serve 3a"),
        G("3b", g["3b"], "not_followed_up",
          note="trap: named in passing — the introduction leaves adult social care to the "
          "People Directorate's plan"),
    ]
    kids = [
        C(o["O1"], ["1a"], note="the child goals are the 'Service objective' cells; the 'Key "
          "actions' cells are measures (in served_by beside the goal they serve); ambition "
          "number, lead and milestone are no goals"),
        C(o["O2"], ["1b"]),
        C(o["O3"], ["1b"]),
        C(o["O4"], ["2a"]),
        C(o["O5"], ["2b"]),
        C(o["O6"], ["3a"], note="cites Ambition 1, serves 3a (Caring Heddington)"),
        C(o["O7"], [], note="trap: cites Ambition 1, but a plan review is a process that "
          "serves none of its outcomes — stands alone"),
    ]
    return dict(
        language="en", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (Chromium, DejaVu Sans 9.5; corporate strategy): a dark title "
        "band and coloured rounded 'Ambition n' boxes, each a title, a statement and 'By 2031 "
        "we want to see:' bullets, a footer with the page number; child PDF (reportlab, Liberation "
        "Serif, A4 landscape; directorate business plan): one table 'Service objective | Key "
        "actions 2027/28 | Ambition | Lead | Milestone' citing the ambition number",
        goals=goals_, kids=kids,
    )


# =========================================================================== main


def main(argv: list[str]) -> None:
    """Build this folder's pairs and their gold, --verify them, or --twice: build everything
    twice and compare the sha256 of every file (all in pairkit.parents_main)."""
    pk.parents_main(argv, here=HERE, pairs=PAIRS, p14=_p14, p20=_p20, builder=BUILDER)


if __name__ == "__main__":
    main(sys.argv[1:])
