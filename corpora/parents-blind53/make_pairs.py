"""Build the fifty-third blind batch of parent/child pairs (rød tråd, pbl § 11-1) and their gold.

Written by `b53p` without reading plancheck's code, tests, rules, docs or bench and without
running it. Five pairs, each in a real form no earlier batch used (see README.md for the forms,
the nearest earlier forms and the gold conventions):

- Torvstad (nb): a KOMMUNEDELPLAN for idrett, fysisk aktivitet og friluftsliv, goals typed
  'Mål n' + tab in a hanging indent under four areas (python-docx) → the yearly HANDLINGSPROGRAM
  FOR ANLEGG with the ranked applications for SPILLEMIDLER: 'Mål for perioden' dashes, ranked
  tables of ordinary and neighbourhood facilities in kroner, an unprioritised list, the grant
  rules (reportlab).
- Sundfjell (nn): a regional health authority's STYRINGSDOKUMENT to its hospital trust, each
  goal in a shaded 'Mål' panel over its styringsparametrar (Chromium) → the trust board's
  STYRESAK with the VERKSEMDPLAN: case header, 'Forslag til vedtak', background, 'Våre mål for
  2058', a measure table, what is left out (odfpy).
- Hallbrinken (sv): a REGIONALT TRAFIKFÖRSÖRJNINGSPROGRAM, goals Word-numbered under
  'målområden' with an indicator table (python-docx) → the public transport authority's
  TRAFIKPLAN 2059, changes per LINE from the timetable change in December (Chromium, landscape).
- Ulvsbøl (da): a kommune's POLITIK FOR LANDDISTRIKTER OG LANDSBYER with the council's goals in
  a shaded box, the village fund's rules (odfpy) → a village's UDVIKLINGSPLAN written by the
  BORGERFORENING: foreword, the village today, 'Vores mål', project cards with 'Tovholder',
  'Det beder vi kommunen om' (Chromium).
- Mundarra (en): an Australian shire's COMMUNITY STRATEGIC PLAN (NSW Integrated Planning and
  Reporting), outcomes numbered 1.1 … 5.1 under five themes with 'Council's role' and 'Who else
  is responsible' (Chromium) → the council's DELIVERY PROGRAM and OPERATIONAL PLAN: principal
  activities per theme and a landscape table of coded actions (python-docx).

    python corpora/parents-blind53/make_pairs.py                  # all pairs
    python corpora/parents-blind53/make_pairs.py --verify         # re-read the PDFs only
    python corpora/parents-blind53/make_pairs.py --twice          # build twice, compare sha256

Writers reused through batch 52's builder (`pk.load_module`), which has them from batch 51's:
batch 47's `_docx47`, batch 46's `_rl_doc`, batch 44's `_docx` and `_odt`, batch 43's `_html`,
the reportlab font set-ups of batches 43 and 44. No writer of its own. The gold writer and
checks (`G`, `C`, batch 14's `main`, batch 20's `verify`) come through the same chain and
`pairkit.parents_main`.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "scripts"))

import pairkit as pk  # noqa: E402

_p52 = pk.load_module("parents_blind52_make_pairs", HERE.parent / "parents-blind52" / "make_pairs.py")
_p43, _p44 = _p52._p43, _p52._p44
_p20, _p14 = _p52._p20, _p52._p14
G, C = _p52.G, _p52.C
_docx, _odt, _html, _rl_doc, _docx47, e = (_p52._docx, _p52._odt, _p52._html, _p52._rl_doc,
                                           _p52._docx47, _p52.e)

PAIRS, pair = pk.pair_registry()
BUILDER = "corpora/parents-blind53/make_pairs.py"


# =========================================================================== 1 Torvstad (nb)


@pair
def torvstad_spillemidler(d: Path) -> dict:
    g = {
        "1": "Flere barn og unge skal fortsette med idrett og fysisk aktivitet gjennom "
             "ungdomsårene.",
        "2": "Det skal være anlegg for egenorganisert aktivitet i gangavstand fra alle skoler og "
             "boligfelt.",
        "3": "Torvstadhallen skal erstattes av en flerbrukshall som har plass til idretten, "
             "kulturlivet og skolenes kroppsøving.",
        "6": "Ferdselsårene for friluftsliv i Leirnesmarka skal sikres og merkes, og flere "
             "turstier skal kunne brukes av folk med nedsatt funksjonsevne.",
        "4": "Anleggene skal være åpne og rimelige å bruke for alle, uavhengig av familiens "
             "økonomi.",
        "5": "Idrettsanleggene skal bygges og drives med lavt energiforbruk, og kunstgressbanene "
             "skal ikke spre gummigranulat til naturen.",
        "7": "Frivilligheten i idrettslagene skal styrkes gjennom tett og god dialog med "
             "kommunen.",
    }
    parent = [
        ("title", "Kommunedelplan for idrett, fysisk aktivitet og friluftsliv 2058–2069"),
        ("sub", "Plandel. Vedtatt av kommunestyret i Torvstad 14.11.2057, sak 88/57. "
         "Handlingsprogrammet for anlegg rulleres hvert år og vedtas som egen sak."),
        ("h1", "1 Innledning"),
        ("p", "Kommunedelplanen skal gi retning for kommunens arbeid med idrett, fysisk aktivitet "
         "og friluftsliv de neste tolv årene. Planen er også grunnlaget for søknader om "
         "spillemidler: etter Kulturdepartementets bestemmelser kan et anlegg bare få tilskudd "
         "når det inngår i en vedtatt kommunal plan med et handlingsprogram."),
        ("p", "Planen er utarbeidet av kultur og fritid i samarbeid med Torvstad idrettsråd, "
         "Leirnes og Torvstad turlag, eldrerådet, ungdomsrådet og rådet for personer med "
         "funksjonsnedsettelse."),
        ("h1", "2 Slik er det i dag"),
        ("p", "Torvstad har 11 400 innbyggere og 23 idrettslag med til sammen 4 100 medlemmer. "
         "Ungdataundersøkelsen fra 2056 viser at 71 prosent av elevene på 8. trinn er med i et "
         "idrettslag, men bare 38 prosent i videregående. Torvstadhallen fra 1979 har én "
         "spilleflate og dårlig ventilasjon, og skolene må leie timer i nabokommunen."),
        ("p", "Leirnesmarka er kommunens viktigste turområde. Flere av de gamle stiene går over "
         "privat grunn uten avtale med grunneierne, og ingen av dem er tilrettelagt for "
         "rullestol eller barnevogn."),
        ("h1", "3 Visjon og mål"),
        ("i", "Visjon: Aktiv hele livet – i Torvstad"),
        ("p", "Målene under er kommunens langsiktige mål for perioden. De er ordnet etter fire "
         "områder, og handlingsprogrammet skal vise hvordan de følges opp."),
        ("lab", "Fysisk aktivitet for alle"),
        ("hang", [("Mål 1", g["1"]), ("Mål 2", g["2"])]),
        ("lab", "Anlegg"),
        ("hang", [("Mål 3", g["3"]), ("Mål 4", g["4"]), ("Mål 5", g["5"])]),
        ("lab", "Friluftsliv"),
        ("hang", [("Mål 6", g["6"])]),
        ("lab", "Frivillighet"),
        ("hang", [("Mål 7", g["7"])]),
        ("h1", "4 Økonomi"),
        ("p", "Kommunale anlegg finansieres med lån, spillemidler og momskompensasjon. Lag og "
         "foreninger som bygger selv, kan søke kommunalt tilskudd med inntil 10 prosent av "
         "godkjent kostnad, begrenset til 500 000 kroner per anlegg. Anlegg som skal få "
         "kommunalt tilskudd, må være prioritert i handlingsprogrammet."),
        ("h1", "5 Oppfølging"),
        ("p", "Kultur og fritid legger hvert år fram et rullert handlingsprogram for anlegg og "
         "områder. Planen evalueres i forbindelse med kommunal planstrategi i 2060."),
    ]
    _docx47(parent, d / "parent.pdf", title="Kommunedelplan for idrett, fysisk aktivitet og "
            "friluftsliv 2058–2069 – Torvstad kommune", author="Torvstad kommune",
            header="Torvstad kommune · Kommunedelplan for idrett, fysisk aktivitet og "
            "friluftsliv", footer="Vedtatt 14.11.2057", page_word="Side", of_word="av",
            lang="nb-NO", font="Liberation Sans", size=10, color="2F6B3A", tint="E6F0E7")

    c = {
        "A1": "Ungdom mellom 13 og 19 år skal ha flere steder å trene og være sammen, også uten "
              "å være medlem i et lag.",
        "A2": "Alle barneskolene skal ha et nærmiljøanlegg i skolegården eller like ved innen "
              "2062.",
        "A3": "Ny flerbrukshall på Sagbakken skal stå ferdig til skolestart 2061.",
        "A4": "Leirnes kunstgressbane skal legges om uten gummigranulat.",
        "A5": "Torvstad stadion skal kunne brukes til regionale mesterskap i friidrett.",
    }
    m = {
        "hall": "Sagbakken flerbrukshall, tre håndballflater, scene og kulturrom, garderober "
                "for skolene",
        "kg": "Leirnes kunstgressbane, omlegging med organisk innfyll (kork)",
        "fri": "Torvstad stadion, friidrettsanlegg med åtte rundbaner",
        "lys": "Lysløype Sagbakken–Leirnesmarka, 3,2 km",
        "lsk": "Aktivitetsområde ved Leirnes skole, ballbinge og klatrevegg",
        "skate": "Skatepark i Torvstad sentrum",
        "ssk": "Nærmiljøanlegg ved Sagbakken skole, parkour og sandvolleyball",
        "gratis": "Kommunale anlegg er gratis for lag og foreninger når de brukes av barn og "
                  "unge under 20 år.",
        "sondag": "Sagbakken flerbrukshall skal være åpen for egenorganisert aktivitet hver "
                  "søndag.",
        "bua": "Utlånssentralen BUA i kulturhuset låner ut sports- og friluftsutstyr gratis.",
    }
    head = ["Pri.", "Anlegg", "Søker", "Kostnad (kr)", "Omsøkt (kr)", "Byggestart"]
    w = [10, 64, 30, 22, 22, 22]
    child = [
        ("kicker", "TORVSTAD KOMMUNE · KULTUR OG FRITID"),
        ("title", "Handlingsprogram for anlegg og områder 2059–2062"),
        ("sub", "Årlig rullering med prioritering av søknader om spillemidler 2059. Vedtatt av "
         "kommunestyret 12.12.2058, sak 104/58. Arkivsak 2058/412."),
        ("h1", "1 Om rulleringen"),
        ("p", "Handlingsprogrammet følger opp kommunedelplanen for idrett, fysisk aktivitet og "
         "friluftsliv 2058–2069. Bare anlegg som står på de prioriterte listene, kan søke "
         "spillemidler. Søknadsfristen i Torvstad er 15. oktober; søknadene sendes videre til "
         "fylkeskommunen innen 15. januar."),
        ("p", "Torvstad idrettsråd har gitt uttalelse til prioriteringene. Idrettsrådet ønsket "
         "friidrettsanlegget foran kunstgressbanen; kommunedirektøren har holdt fast ved "
         "rekkefølgen fordi banen på Leirnes er stengt for kamper fra 2059."),
        ("h1", "2 Mål for perioden 2059–2062"),
        ("dash", [c["A1"], c["A2"], c["A3"], c["A4"], c["A5"]]),
        ("h1", "3 Prioriterte ordinære anlegg"),
        ("table", head, [
            ("1", m["hall"], "Torvstad kommune", "148 000 000", "21 000 000", "2059"),
            ("2", m["kg"], "Leirnes IL", "6 400 000", "2 100 000", "2059"),
            ("3", m["fri"], "Torvstad IL", "19 800 000", "5 600 000", "2060"),
            ("4", m["lys"], "Torvstad skiklubb", "4 100 000", "1 400 000", "2060"),
        ], w),
        ("h1", "4 Prioriterte nærmiljøanlegg"),
        ("table", head, [
            ("1", m["lsk"], "Torvstad kommune", "1 900 000", "600 000", "2059"),
            ("2", m["skate"], "Torvstad kommune", "2 600 000", "600 000", "2059"),
            ("3", m["ssk"], "Sagbakken FAU", "1 100 000", "500 000", "2060"),
        ], w),
        ("p", "Torvstad skole fikk nærmiljøanlegg i 2049. Boligfeltene på Nordlia og Leirnes "
         "vest har ingen anlegg; det er ikke kommet søknader derfra."),
        ("h1", "5 Uprioritert liste – langsiktige behov"),
        ("p", "Anleggene under er meldt inn, men er ikke prioritert i perioden og kan ikke søke "
         "spillemidler før de flyttes opp:"),
        ("sq", ["Opplæringsbasseng ved Sagbakken", "Merking og skilting av stiene i "
                "Leirnesmarka", "Tursti med universell utforming rundt Leirvatnet",
                "Klubbhus for Leirnes IL"]),
        ("p", "Ferdselsårene i Leirnesmarka følges opp i en egen plan for friluftslivets "
         "ferdselsårer, som lages i 2059–2060 sammen med turlaget og grunneierne."),
        ("h1", "6 Bruk og leie"),
        ("p", m["gratis"] + " " + m["sondag"] + " " + m["bua"]),
        ("p", "En samarbeidsavtale mellom kommunen og idrettsrådet behandles som egen sak "
         "høsten 2059."),
        ("h1", "7 Regler for spillemidler"),
        ("sq", [
            "Spillemidler kan utgjøre inntil en tredjedel av godkjent kostnad.",
            "Anlegget må være ferdig innen fem år etter at tilskuddet er gitt.",
            "Anlegg som eies av lag, må være sikret med tinglyst festeavtale i minst 30 år.",
        ]),
        ("sig", ["Torvstad, 12.12.2058", "Inger Bakkeskar, kultursjef"]),
    ]
    _rl_doc(d / "child.pdf", child, fonts=_p43._rl_fonts("LiberationSans"), base=9.6,
            accent="#2F6B3A", tint="#E6F0E7", title="Handlingsprogram for anlegg og områder "
            "2059–2062 – Torvstad kommune", author="Torvstad kommune",
            header="Torvstad kommune · Handlingsprogram for anlegg og områder 2059–2062",
            footer="Arkivsak 2058/412", page_word="Side")

    goals_ = [
        G("1", g["1"], "followed_up", [c["A1"], m["skate"], m["sondag"]],
          ev="Ungdom mellom 13 og 19 år",
          note="the goals are the sentences typed after 'Mål n' + tab in a hanging indent under "
          "the four area labels of '3 Visjon og mål' (id = the typed number). Not goals: the vision "
          "line, the spillemidler rule in '1 Innledning', the facts in '2 Slik er det i dag', "
          "the grant rule in '4 Økonomi', '5 Oppfølging'. In other words: places for 13–19-year-"
          "olds also outside the clubs, a skatepark, the hall open on Sundays"),
        G("2", g["2"], "partial", [c["A2"], m["lsk"], m["ssk"]],
          ev="Alle barneskolene skal ha et nærmiljøanlegg",
          missing=["boligfeltene: 'Boligfeltene på Nordlia og Leirnes vest har ingen anlegg'"],
          note="the schools only"),
        G("3", g["3"], "followed_up", [c["A3"], m["hall"]],
          ev="Ny flerbrukshall på Sagbakken skal stå",
          note="a new multi-use hall with a stage and cultural room and changing rooms for the "
          "schools (the old hall is not named, the new one replaces it)"),
        G("4", g["4"], "followed_up", [m["gratis"], m["sondag"], m["bua"]],
          ev="Kommunale anlegg er gratis for lag",
          note="only measures, no child goal: free use for children and young people, the hall "
          "open for unorganised activity, free equipment lending (BUA)"),
        G("5", g["5"], "partial", [c["A4"], m["kg"]],
          ev="Leirnes kunstgressbane skal legges om",
          missing=["lavt energiforbruk i bygging og drift av anleggene"],
          note="rubber granulate only (organic infill)"),
        G("6", g["6"], "not_followed_up",
          note="deferred: the marking of the Leirnesmarka paths and the accessible path round "
          "Leirvatnet stand on the UNPRIORITISED list, and the ferdselsårer go to a separate "
          "plan in 2059–2060. Trap (shared words): the lighted ski trail 'Sagbakken–"
          "Leirnesmarka' (priority 4) is a ski facility, not securing or marking paths"),
        G("7", g["7"], "not_followed_up",
          note="deferred ('En samarbeidsavtale mellom kommunen og idrettsrådet behandles som "
          "egen sak høsten 2059'). Trap (shared words): the idrettsråd's statement on the "
          "priorities is the ordinary hearing of the programme, not a measure that strengthens "
          "voluntary work"),
    ]
    kids = [
        C(c["A1"], ["1"], note="the child goals are the '–' lines under '2 Mål for perioden "
          "2059–2062'; the rows of the ranked tables, the unprioritised list and the sentences "
          "of '6 Bruk og leie' are measures; '1 Om rulleringen', '7 Regler for spillemidler' "
          "(grant rules) and the signature are no goals"),
        C(c["A2"], ["2"]),
        C(c["A3"], ["3"]),
        C(c["A4"], ["5"]),
        C(c["A5"], [], note="regional athletics championships: no goal of the kommunedelplan — "
          "stands alone (the athletics track, priority 3, serves it)"),
    ]
    return dict(
        language="nb", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (python-docx → LibreOffice, Liberation Sans 10; a KOMMUNEDELPLAN "
        "for idrett, fysisk aktivitet og friluftsliv, plandel): status prose, an italic vision "
        "line, four coloured area labels each over goals typed 'Mål n' + tab in a hanging "
        "indent, a grant rule; header right over a "
        "rule, 'Side n av N'; child PDF (reportlab, Liberation Sans 9.6; the yearly "
        "HANDLINGSPROGRAM FOR ANLEGG with the ranked SPILLEMIDLER applications): kicker, '–' "
        "goals under 'Mål for perioden', ranked tables `Pri. | Anlegg | Søker | Kostnad (kr) | "
        "Omsøkt (kr) | Byggestart` for ordinary and neighbourhood facilities, a '▪' "
        "unprioritised list, use and rent, the grant rules, signature; header over a rule, "
        "'Side n'",
        goals=goals_, kids=kids,
    )


# =========================================================================== 2 Sundfjell (nn)


@pair
def sundfjell_styresak(d: Path) -> dict:
    g = {
        "2.1": "Ventetida for pasientar i somatikken skal ned, og ingen pasientar skal oppleve "
               "fristbrot.",
        "2.2": "Psykisk helsevern og tverrfagleg spesialisert rusbehandling skal ha høgare vekst "
               "enn somatikken, målt i kostnader og aktivitet.",
        "2.3": "Færre pasientar skal bli påført skade under opphald i sjukehus, og talet på "
               "sjukehusinfeksjonar skal gå ned.",
        "2.4": "Fleire pasientar skal kunne følgjast opp der dei bur, med heimebaserte tenester "
               "og digital heimeoppfølging.",
        "2.5": "Føretaket skal rekruttere og behalde sjukepleiarar og spesialsjukepleiarar, og "
               "delen heiltidsstillingar skal aukast.",
        "2.6": "Føretaket skal redusere klimagassutsleppa sine med 30 prosent frå 2055 til 2060.",
    }
    area = {
        "2.1": "Kortare ventetid", "2.2": "Psykisk helse og rus", "2.3": "Pasienttryggleik",
        "2.4": "Tenester nær pasienten", "2.5": "Bemanning og kompetanse",
        "2.6": "Klima og miljø",
    }
    par = {
        "2.1": ["Gjennomsnittleg ventetid for avvikla pasientar i somatikken: under 50 dagar",
                "Del fristbrot for avvikla pasientar: 0 prosent"],
        "2.2": ["Vekst i kostnader og aktivitet i psykisk helsevern og TSB samanlikna med "
                "somatikken (den gylne regelen)"],
        "2.3": ["Del pasientopphald med minst éin pasientskade (GTT): under 11 prosent",
                "Førekomst av sjukehusinfeksjonar (prevalensundersøkinga): under 4 prosent"],
        "2.4": ["Tal på pasientar med digital heimeoppfølging: 600 innan utgangen av 2058"],
        "2.5": ["Turnover blant sjukepleiarar: under 9 prosent",
                "Gjennomsnittleg stillingsdel: over 88 prosent"],
        "2.6": ["Klimagassutslepp, tonn CO₂-ekvivalentar, i klimarekneskapen"],
    }
    panels = "".join(
        f"<section class='mal'><div class='no'>{k}</div><div class='bd'><h3>{e(area[k])}</h3>"
        f"<div class='tag'>Mål</div><p class='g'>{e(g[k])}</p><div class='sp'>"
        "Styringsparametrar</div><ul>" + "".join(f"<li>{e(x)}</li>" for x in par[k])
        + "</ul></div></section>"
        for k in g)
    body = [
        "<div class='top'><span>HELSE VESTKYST RHF</span><span>Føretaksmøte 23. januar "
        "2058</span></div>",
        "<h1>Styringsdokument 2058</h1>",
        "<p class='sub'>for Helse Sundfjell HF · Vedteke i føretaksmøtet 23. januar 2058, jf. "
        "helseføretakslova § 16</p>",
        "<h2>1 Innleiing</h2>",
        "<p>Styringsdokumentet er Helse Vestkyst RHF sitt oppdrag til Helse Sundfjell HF for "
        "2058. Det vidarefører krava frå Helse- og omsorgsdepartementet sitt oppdragsdokument "
        "og måla i Regional utviklingsplan 2056–2059. Styret i helseføretaket skal sjå til at "
        "måla vert følgde opp i føretaket sin verksemdplan og budsjett.</p>",
        "<p>Helse Sundfjell HF har om lag 2 900 tilsette ved Sundfjell sjukehus, Skjelbrei "
        "sjukehus og distriktspsykiatrisk senter i Aurvoll, og eit opptaksområde på 104 000 "
        "innbyggjarar i ti kommunar.</p>",
        "<h2>2 Mål for 2058</h2>",
        "<p>Måla er sette opp etter dei seks områda i den regionale utviklingsplanen. Under "
        "kvart mål står styringsparametrane som føretaket skal rapportere på.</p>",
        panels,
        "<h2>3 Økonomiske krav</h2>",
        "<p>Helse Sundfjell HF skal ha eit positivt økonomisk resultat på minst 40 mill. kr i "
        "2058. Investeringane skal haldast innanfor ei ramme på 310 mill. kr, og føretaket kan "
        "ikkje ta opp lån utan godkjenning frå det regionale føretaket. Likviditeten skal "
        "følgjast opp månadleg.</p>",
        "<h2>4 Rapportering</h2>",
        "<p>Føretaket rapporterer på styringsparametrane i tertialrapportane og i årleg melding, "
        "som skal vere send Helse Vestkyst RHF innan 1. mars 2059.</p>",
        "<p class='sign'>Bergljot Havrevoll<br>administrerande direktør, Helse Vestkyst RHF</p>",
    ]
    css = (
        "@page{size:A4;margin:14mm 17mm 16mm 17mm;"
        "@bottom-left{content:'Styringsdokument 2058 – Helse Sundfjell HF';font:7.5pt "
        "'Liberation Sans';color:#666}"
        "@bottom-right{content:'Side ' counter(page) ' av ' counter(pages);font:7.5pt "
        "'Liberation Sans';color:#666}}"
        "*{-webkit-print-color-adjust:exact;print-color-adjust:exact}"
        "body{font:9.6pt/1.42 'Liberation Sans';color:#222}"
        ".top{display:flex;justify-content:space-between;border-bottom:2pt solid #1D4F7C;"
        "font:bold 7.6pt 'Liberation Sans';color:#1D4F7C;padding-bottom:3pt;"
        "letter-spacing:.05em}"
        "h1{font:bold 22pt 'Liberation Serif';color:#1D4F7C;margin:12pt 0 1pt}"
        ".sub{color:#555;margin:0 0 8pt}"
        "h2{font:bold 12pt 'Liberation Sans';color:#1D4F7C;margin:10pt 0 3pt}"
        "p{margin:0 0 4pt}"
        ".mal{display:flex;gap:8pt;margin:0 0 7pt;break-inside:avoid}"
        ".no{flex:0 0 30pt;font:bold 13pt 'Liberation Sans';color:#1D4F7C;border-top:2pt "
        "solid #1D4F7C;padding-top:3pt}"
        ".bd{flex:1;background:#EAF0F6;padding:5pt 8pt 4pt}"
        "h3{font:bold 10pt 'Liberation Sans';margin:0 0 2pt}"
        ".tag,.sp{font:bold 7pt 'Liberation Sans';text-transform:uppercase;letter-spacing:.08em;"
        "color:#1D4F7C}"
        "p.g{font-size:10.2pt;margin:1pt 0 4pt}"
        ".bd ul{margin:1pt 0 0 12pt;padding:0;font-size:8.6pt}"
        ".sign{margin-top:10pt}"
    )
    _html("nn", "Styringsdokument 2058 for Helse Sundfjell HF", css, body, d / "parent.pdf")

    c = {
        "H1": "Ingen pasientar skal vente lenger enn fristen, og gjennomsnittleg ventetid i "
              "somatikken skal vere under 50 dagar.",
        "H2": "Fleire pasientar med kols, hjartesvikt og kreft skal følgjast opp heime med "
              "digitale verktøy.",
        "H3": "Sundfjell sjukehus og Skjelbrei sjukehus skal ha færre trykksår og fall.",
        "H4": "Fleire sjukepleiarstudentar skal få fast jobb hos oss etter utdanninga.",
        "H5": "Sengeposten ved Skjelbrei sjukehus skal halde ope heile sommaren.",
    }
    m = {
        "kap": "Auka poliklinisk kapasitet i ortopedi og øyre-nase-hals med kveldspoliklinikk",
        "frist": "Vekesvis gjennomgang av alle pasientar som nærmar seg fristen",
        "dho": "Digital heimeoppfølging for kols og hjartesvikt i alle ti kommunane",
        "team": "Ambulant kreftsjukepleiar i heimen i samarbeid med kommunane",
        "trykk": "Tiltakspakke mot trykksår og fall på alle sengepostar",
        "stud": "Fast tilsetjing av sjukepleiarstudentar som har hatt praksis eller "
                "sommarjobb hos oss",
        "somm": "Sommarvikarar rekrutterte frå mars",
    }
    child = [
        ("title", "Styresak 014/2058"),
        ("sub", "Verksemdplan 2058 for Helse Sundfjell HF – oppfølging av styringsdokumentet"),
        ("hang", [("Saksbehandlar", "Tor Arne Vindenes, fagdirektør"),
                  ("Møtedato", "14. februar 2058"),
                  ("Arkivsak", "2058/77")]),
        ("h1", "Forslag til vedtak"),
        ("hang", [("1.", "Styret godkjenner verksemdplanen for 2058."),
                  ("2.", "Styret ber administrerande direktør rapportere på måla i "
                   "tertialrapportane.")]),
        ("h1", "Oppsummering"),
        ("p", "Verksemdplanen viser korleis Helse Sundfjell HF vil arbeide med krava frå "
         "eigaren i 2058. Han byggjer på budsjettet som styret vedtok i sak 112/2057, og på "
         "innspel frå klinikkane, brukarutvalet og dei tillitsvalde."),
        ("h1", "Bakgrunn"),
        ("p", "Styringsdokumentet for 2058 vart overlevert i føretaksmøtet 23. januar 2058. "
         "Ventetida i somatikken var i 2057 i gjennomsnitt 58 dagar, og det var 3,1 prosent "
         "fristbrot. Sjukepleiarmangelen er størst på Skjelbrei, der sengeposten var stengd i "
         "fire veker sommaren 2057."),
        ("h1", "Våre mål for 2058"),
        ("inline", [c["H1"], c["H2"], c["H3"], c["H4"], c["H5"]]),
        ("h1", "Tiltak"),
        ("table", ["Tiltak", "Ansvarleg", "Frist"], [
            (m["kap"], "Klinikk for kirurgi", "1. april 2058"),
            (m["frist"], "Alle klinikksjefar", "Frå februar"),
            (m["dho"], "Klinikk for medisin", "31. desember 2058"),
            (m["team"], "Klinikk for medisin", "1. september 2058"),
            (m["trykk"], "Fagdirektør", "30. juni 2058"),
            (m["stud"], "HR-direktør", "Løpande"),
            (m["somm"], "HR-direktør", "Mars 2058"),
        ], [88, 44, 34]),
        ("h1", "Økonomi"),
        ("p", "Budsjettet for 2058 gir psykisk helsevern og TSB ein vekst på 2,1 prosent, mot "
         "2,6 prosent i somatikken. Den gylne regelen vert såleis ikkje nådd i 2058. "
         "Administrasjonen vil kome tilbake til saka i budsjettet for 2059."),
        ("h1", "Det som ikkje er med i verksemdplanen"),
        ("p", "Klima- og miljøarbeidet følgjer den felles miljøplanen for Helse Vestkyst og vert "
         "rapportert i årleg melding. Arbeidet med heiltidskultur vert organisert som eit eige "
         "prosjekt saman med dei tillitsvalde hausten 2058. Smittevern og "
         "sjukehusinfeksjonar er ikkje omtala her; dei vert følgde opp gjennom "
         "smittevernprogrammet."),
        ("box", "Risiko", [
            "Kveldspoliklinikken krev at nok legar tek ekstravakter.",
            "Kommunane må ha kapasitet til å ta imot utskrivingsklare pasientar.",
            "Mangel på spesialsjukepleiarar kan gjere at senger må stengjast.",
        ]),
        ("p", "Sundfjell, 6. februar 2058 – Gunnvor Lidsheim, administrerande direktør"),
    ]
    _odt(child, d / "child.pdf", title="Styresak 014/2058 – Verksemdplan 2058 for Helse "
         "Sundfjell HF", header="Helse Sundfjell HF · Styremøte 14. februar 2058",
         footer="Styresak 014/2058", font="Liberation Serif", size=10.5, color="#1D4F7C",
         tint="#EAF0F6", lang="nn", country="NO")

    goals_ = [
        G("2.1", g["2.1"], "followed_up", [c["H1"], m["kap"], m["frist"]],
          ev="Ingen pasientar skal vente lenger",
          note="the goals are the sentences under the small 'MÅL' tag in the shaded panels of "
          "'2 Mål for 2058' (id = the number beside the panel); the area headings, the "
          "'Styringsparametrar' lists (indicators), '1 Innleiing', '3 Økonomiske krav' (result "
          "and investment rules) and '4 Rapportering' are no goals. Waiting time and no breach "
          "of the deadline, both in the child goal"),
        G("2.2", g["2.2"], "not_followed_up",
          note="trap (shared words, contrary answer): the budget gives mental health and "
          "substance treatment 2.1 % against 2.6 % in somatic care, and the case says outright "
          "'Den gylne regelen vert såleis ikkje nådd i 2058'"),
        G("2.3", g["2.3"], "partial", [c["H3"], m["trykk"]],
          ev="Sundfjell sjukehus og Skjelbrei sjukehus",
          missing=["sjukehusinfeksjonar (vist til smittevernprogrammet)"],
          note="patient injuries as pressure sores and falls"),
        G("2.4", g["2.4"], "followed_up", [c["H2"], m["dho"], m["team"]],
          ev="Fleire pasientar med kols, hjartesvikt",
          note="in other words: COPD, heart failure and cancer patients followed up at home, "
          "digital follow-up in all ten municipalities, an ambulant cancer nurse"),
        G("2.5", g["2.5"], "partial", [c["H4"], m["stud"], m["somm"]],
          ev="Fleire sjukepleiarstudentar skal få fast",
          missing=["delen heiltidsstillingar (eige prosjekt hausten 2058)"],
          note="recruiting nurses: permanent jobs for students"),
        G("2.6", g["2.6"], "not_followed_up",
          note="handed on: 'Klima- og miljøarbeidet følgjer den felles miljøplanen for Helse "
          "Vestkyst'"),
    ]
    kids = [
        C(c["H1"], ["2.1"], note="the child goals are the '•' + tab lines under 'Våre mål for "
          "2058'; the rows of the 'Tiltak' table are measures; the case header, 'Forslag til "
          "vedtak' (decision points), 'Oppsummering', 'Bakgrunn' (facts of 2057), 'Økonomi', "
          "'Det som ikkje er med i verksemdplanen' and the 'Risiko' box are no goals"),
        C(c["H2"], ["2.4"]),
        C(c["H3"], ["2.3"]),
        C(c["H4"], ["2.5"]),
        C(c["H5"], [], note="keeping the Skjelbrei ward open all summer: no goal of the "
          "styringsdokument — stands alone (the summer temps serve it, and 2.5 only through "
          "recruiting)"),
    ]
    return dict(
        language="nn", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (HTML → Chromium, Liberation Sans 9.6; a regional health "
        "authority's STYRINGSDOKUMENT to a hospital trust): top line over a rule, serif title, "
        "six goals as shaded PANELS with the number '2.1' … beside them, an area heading, a "
        "small 'MÅL' tag over the goal and a 'Styringsparametrar' list; financial demands, "
        "reporting, signature; footer left and 'Side n av N' right; child PDF (odfpy → "
        "LibreOffice, Liberation Serif 10.5; the trust board's STYRESAK with the "
        "VERKSEMDPLAN): case header as label + tab lines, 'Forslag til vedtak' 1.–2., "
        "background, 'Våre mål for 2058' '•' + tab lines, `Tiltak | Ansvarleg | Frist`, "
        "economy, what is left out, a shaded 'Risiko' box; header right, footer centred",
        goals=goals_, kids=kids,
    )


# =========================================================================== 3 Hallbrinken (sv)


@pair
def hallbrinken_trafikplan(d: Path) -> dict:
    g = {
        "1": "Kollektivtrafikens andel av de motoriserade resorna i regionen ska öka till 25 "
             "procent år 2061.",
        "2": "Alla orter med fler än 500 invånare ska ha minst åtta dubbelturer per vardag till "
             "närmaste regionala nod.",
        "3": "Restiden med buss mellan Hallsryd och Tornavik ska vara konkurrenskraftig med "
             "bilens.",
        "4": "All kollektivtrafik ska drivas med förnybara drivmedel, och stadstrafiken i "
             "Hallsryd ska vara eldriven senast 2060.",
        "5": "Fordon, hållplatser och information ska vara tillgängliga för resenärer med "
             "funktionsnedsättning.",
        "6": "Skolskjutsen och den allmänna kollektivtrafiken ska samordnas, så att fler "
             "elever kan åka med ordinarie linjer.",
        "7": "Resenärerna ska kunna köpa en biljett som gäller i hela regionen och över "
             "länsgränsen.",
    }
    parent = [
        ("title", "Regionalt trafikförsörjningsprogram 2057–2061"),
        ("sub", "Region Hallbrinken, kollektivtrafikmyndigheten. Antaget av regionfullmäktige "
         "2056-11-25, § 141. Programmet tas fram enligt lagen (2010:1065) om kollektivtrafik."),
        ("h1", "1 Programmets roll"),
        ("p", "Trafikförsörjningsprogrammet beskriver behovet av kollektivtrafik i regionen och "
         "anger mål för kollektivtrafikförsörjningen. Programmet är underlag för beslut om "
         "allmän trafikplikt. Hur trafiken utformas år för år bestäms i den årliga trafikplanen, "
         "som kollektivtrafiknämnden beslutar om."),
        ("p", "Kommunerna ansvarar för hållplatser längs kommunala gator, för skolskjuts enligt "
         "skollagen och för färdtjänst. Trafikverket ansvarar för hållplatser längs statliga "
         "vägar."),
        ("h1", "2 Förutsättningar"),
        ("p", "Region Hallbrinken har 186 000 invånare. Hallsryd är regionens största stad och "
         "Tornavik den näst största; mellan dem pendlar 7 400 personer varje vardag, och fyra "
         "av fem gör det med bil. Kollektivtrafikens andel av de motoriserade resorna var 17 "
         "procent år 2055. Av de mindre orterna är Glimmeshult, med 620 invånare, den som "
         "ligger längst från en regional nod."),
        ("h1", "3 Mål för kollektivtrafiken"),
        ("p", "Målen är ordnade i fyra målområden. De gäller för hela programperioden och följs "
         "upp med indikatorerna i tabellen nedan."),
        ("h2", "Fler resenärer"),
        ("num", [g["1"], g["2"]]),
        ("h2", "Kortare restider"),
        ("num", [g["3"]]),
        ("h2", "Miljö och tillgänglighet"),
        ("num", [g["4"], g["5"]]),
        ("h2", "En sammanhållen kollektivtrafik"),
        ("num", [g["6"], g["7"]]),
        ("h1", "4 Uppföljning"),
        ("table", ["Indikator", "Utgångsläge 2055", "Målnivå 2061"], [
            ("Marknadsandel, andel av motoriserade resor", "17 %", "25 %"),
            ("Antal påstigande per år, miljoner", "11,2", "14,5"),
            ("Restid buss Hallsryd–Tornavik, minuter", "62", "45"),
            ("Andel fordonskilometer med förnybara drivmedel", "91 %", "100 %"),
            ("Nöjd kundindex, Kollektivtrafikbarometern", "58", "65"),
        ], [90, 40, 40]),
        ("h1", "5 Ekonomi"),
        ("p", "Regionens nettokostnad för kollektivtrafiken får enligt budgetramen öka med högst "
         "2 procent per år. Biljettintäkterna ska täcka minst 40 procent av trafikens "
         "kostnader."),
    ]
    _docx(parent, d / "parent.pdf", title="Regionalt trafikförsörjningsprogram 2057–2061 – "
          "Region Hallbrinken", author="Region Hallbrinken",
          header="REGION HALLBRINKEN · REGIONALT TRAFIKFÖRSÖRJNINGSPROGRAM 2057–2061",
          footer="Antaget av regionfullmäktige 2056-11-25", lang="sv-SE",
          font="Liberation Sans", size=10, color="8A2432")

    c = {
        "B1": "Resandet i regionbusstrafiken ska öka med 4 procent jämfört med 2058.",
        "B2": "Stomlinje 100 ska köra Hallsryd–Tornavik på under 45 minuter.",
        "B3": "Alla stadsbussar i Hallsryd ska vara elbussar från trafikstarten i december "
              "2059.",
        "B4": "Fler elever i Brännebo och Glimmeshult ska åka med linjebuss i stället för "
              "särskild skolskjuts.",
        "B5": "Det ska gå att ta sig hem med buss från Hallsryd centrum på fredags- och "
              "lördagsnätter.",
    }
    m = {
        "100": "Ny expresslinje 100X med sex hållplatser; restid 44 minuter",
        "100t": "Linje 100 får halvtimmestrafik hela dagen, även lördagar",
        "210": "Linje 210 Hallsryd–Brännebo förlängs till Glimmeshult skola; turerna anpassas "
               "till skoldagen",
        "231": "Antalet turer minskas från 8 till 5 dubbelturer per vardag; övriga tider "
               "anropsstyrd trafik",
        "stad": "Linjerna 1–6 trafikeras med elbussar från 15 december 2058 (linje 1–3) och "
                "december 2059 (linje 4–6)",
        "natt": "Nattbuss N1 och N2 fredag och lördag natt, sista avgång 03.10",
        "bilj": "Periodbiljetten Brinken 30 dagar gäller även på regionaltåget inom regionen",
        "skol": "Kommunerna kan köpa skolkort på linje 210 och 214 i stället för särskild "
                "skolskjuts",
    }
    rows = [
        ("100", "Hallsryd–Tornavik", m["100"], "Restiden ska konkurrera med bilen"),
        ("100", "Hallsryd–Tornavik", m["100t"], "Högt resande, trängsel i rusningstid"),
        ("1–6", "Stadstrafik Hallsryd", m["stad"], "Nytt trafikavtal"),
        ("210", "Hallsryd–Brännebo–Glimmeshult", m["210"], "Samordning med skolskjutsen"),
        ("214", "Tornavik–Kvarnholmen", "Två nya morgonturer", "Samordning med skolskjutsen"),
        ("231", "Glimmeshult–Hallsryd", m["231"], "Lågt resande, i snitt 3 resenärer per tur"),
        ("N1, N2", "Hallsryd centrum–bostadsområdena", m["natt"], "Ny trafik"),
        ("350", "Tornavik–Stensjöby", "Läggs ned; ersätts av anropsstyrd trafik",
         "Färre än 10 resor per dag"),
    ]

    def tr(r):
        return "<tr>" + "".join(f"<td>{e(x)}</td>" for x in r) + "</tr>"

    body = [
        "<header class='mast'><b>BRINKENTRAFIKEN</b> · Kollektivtrafikmyndigheten i Region "
        "Hallbrinken</header>",
        "<h1>Trafikplan 2059</h1>",
        "<p class='sub'>Förändringar i linjetrafiken vid tidtabellsskiftet 14 december 2058. "
        "Beslutad av kollektivtrafiknämnden 2058-06-12, § 44. Dnr RH 2058/1903.</p>",
        "<div class='cols'><div>",
        "<h2>Så har vi tänkt</h2>",
        "<p>Trafikplanen är det årliga beslutet om vilken trafik Brinkentrafiken ska köra. Den "
        "utgår från det regionala trafikförsörjningsprogrammet och från budgetramen för 2059, "
        "som är 1,5 procent lägre än 2058 i fast pris. Därför flyttar vi resurser från linjer "
        "med få resenärer till stomlinjerna.</p>",
        "<p>Kommunerna och grannregionerna har lämnat synpunkter i samrådet i mars. Frågan om "
        "en gemensam biljett över länsgränsen förhandlas fortfarande med grannregionen; något "
        "nytt biljettsortiment införs inte under 2059.</p>",
        "</div><div>",
        "<h2>Mål för trafikåret 2059</h2>",
        "<ol class='goals'>" + "".join(f"<li>{e(c[k])}</li>" for k in c) + "</ol>",
        "<p class='note'>Hållplatsernas utformning och tillgänglighet ingår inte i trafikplanen; "
        "den hanteras i regionens och kommunernas infrastrukturplaner.</p>",
        "</div></div>",
        "<h2>Förändringar per linje</h2>",
        "<table class='ln'><thead><tr><th>Linje</th><th>Sträcka</th><th>Förändring</th>"
        "<th>Motiv</th></tr></thead><tbody>" + "".join(tr(r) for r in rows) + "</tbody></table>",
        "<h2>Biljetter och skolkort</h2>",
        "<ul><li>" + e(m["bilj"]) + "</li><li>" + e(m["skol"]) + "</li><li>Priset för "
        "enkelbiljett höjs med 2 kronor</li></ul>",
        "<h2>Fordon</h2>",
        "<p>Regionbussarna körs på HVO enligt nuvarande avtal. Den anropsstyrda trafiken körs av "
        "taxibolag med dieselbilar tills avtalet löper ut 2062.</p>",
    ]
    css = (
        "@page{size:A4 landscape;margin:12mm 15mm 14mm 15mm;"
        "@bottom-left{content:'Trafikplan 2059 · Brinkentrafiken';font:7.5pt 'DejaVu Sans';"
        "color:#666}"
        "@bottom-right{content:counter(page) ' (' counter(pages) ')';font:7.5pt 'DejaVu Sans';"
        "color:#666}}"
        "*{-webkit-print-color-adjust:exact;print-color-adjust:exact}"
        "body{font:9.2pt/1.4 'DejaVu Sans';color:#1e1e1e}"
        ".mast{background:#8A2432;color:#fff;font-size:8pt;padding:4pt 8pt}"
        "h1{font:bold 24pt 'DejaVu Sans';color:#8A2432;margin:8pt 0 0}"
        ".sub{color:#555;margin:0 0 6pt}"
        "h2{font:bold 11pt 'DejaVu Sans';color:#8A2432;margin:8pt 0 3pt;border-bottom:.6pt "
        "solid #8A2432}"
        "p{margin:0 0 4pt}"
        ".cols{display:grid;grid-template-columns:1fr 1fr;column-gap:16pt}"
        "ol.goals{margin:0 0 4pt 14pt;padding:0}ol.goals li{margin-bottom:2pt}"
        ".note{font-size:8.2pt;color:#555;font-style:italic}"
        "table.ln{font-size:8.6pt}"
        "table.ln th{background:#8A2432;color:#fff;text-align:left;padding:2pt 5pt}"
        "table.ln td{border-bottom:.5pt solid #bbb;padding:2pt 5pt;vertical-align:top}"
        "table.ln td:first-child{font-weight:bold;width:38pt}"
        "ul{margin:0 0 4pt 14pt;padding:0}"
    )
    _html("sv", "Trafikplan 2059 – Brinkentrafiken", css, body, d / "child.pdf")

    goals_ = [
        G("1", g["1"], "followed_up", [c["B1"], m["100t"]],
          ev="Resandet i regionbusstrafiken ska öka",
          note="the goals are the Word-numbered items (1–7, one numbering through the document) "
          "under the four målområde headings of '3 Mål för kollektivtrafiken'; '1 Programmets "
          "roll' (the duties of kommuner and Trafikverket), '2 Förutsättningar', the indicator "
          "table of '4 Uppföljning' and '5 Ekonomi' (cost and fare rules) are no goals. A "
          "yearly plan's share of the market-share goal: more riders, half-hourly service on "
          "the trunk line"),
        G("2", g["2"], "not_followed_up",
          note="trap (shared words, contrary answer): line 231 to Glimmeshult is cut FROM 8 TO 5 "
          "double trips a weekday, and line 350 to Stensjöby is closed — 'dubbelturer' appears "
          "only in the cut"),
        G("3", g["3"], "followed_up", [c["B2"], m["100"]],
          ev="Stomlinje 100 ska köra Hallsryd–Tornavik",
          note="a bus time competitive with the car, in other words: an express line in 44 "
          "minutes"),
        G("4", g["4"], "partial", [c["B3"], m["stad"]],
          ev="Alla stadsbussar i Hallsryd ska vara",
          missing=["förnybara drivmedel i all trafik: den anropsstyrda trafiken körs med "
                   "dieselbilar till 2062"],
          note="the electric city buses (by December 2059, before 2060); the regional buses' "
          "HVO is an existing contract, the demand-responsive service stays on diesel"),
        G("5", g["5"], "not_followed_up",
          note="handed on: 'Hållplatsernas utformning och tillgänglighet ingår inte i "
          "trafikplanen'; nothing on vehicles or information for travellers with disabilities"),
        G("6", g["6"], "followed_up", [c["B4"], m["210"], m["skol"]],
          ev="Fler elever i Brännebo och Glimmeshult",
          note="line 210 extended to the school with times fitted to the school day, two "
          "morning trips on 214, school cards the kommuner can buy"),
        G("7", g["7"], "partial", [m["bilj"]],
          ev="Periodbiljetten Brinken 30 dagar gäller",
          missing=["biljett över länsgränsen (förhandlas fortfarande; inget nytt "
                   "biljettsortiment 2059)"],
          note="only a measure: the regional season ticket also valid on the regional train"),
    ]
    kids = [
        C(c["B1"], ["1"], note="the child goals are the numbered items under 'Mål för "
          "trafikåret 2059'; the rows of 'Förändringar per linje' and the 'Biljetter och "
          "skolkort' bullets are measures; 'Så har vi tänkt' (budget, consultation), the "
          "italic note on stops and 'Fordon' (existing contracts) are no goals"),
        C(c["B2"], ["3"]),
        C(c["B3"], ["4"]),
        C(c["B4"], ["6"]),
        C(c["B5"], [], note="night buses from the town centre: no goal of the programme — "
          "stands alone"),
    ]
    return dict(
        language="sv", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (python-docx → LibreOffice, Liberation Sans 10; a REGIONALT "
        "TRAFIKFÖRSÖRJNINGSPROGRAM): the duties of others, conditions, four målområde "
        "headings over Word-numbered goals (one numbering 1–7), an indicator table `Indikator "
        "| Utgångsläge 2055 | Målnivå 2061`, cost rules; header over a rule, footer + page; "
        "child PDF (HTML → Chromium, DejaVu Sans 9.2, A4 LANDSCAPE; the authority's "
        "TRAFIKPLAN 2059): mast band, two columns ('Så har vi tänkt' beside 'Mål för "
        "trafikåret 2059' numbered), a line table `Linje | Sträcka | Förändring | Motiv` with "
        "cuts and a closure, ticket bullets, vehicles; footer left and 'n (N)' right",
        goals=goals_, kids=kids,
    )


# =========================================================================== 4 Ulvsbøl (da)


@pair
def ulvsbol_landsbyplan(d: Path) -> dict:
    g = {
        "1": "Der skal være liv i landsbyerne, med mødesteder, hvor borgerne samles på tværs af "
             "generationer.",
        "2": "Flere familier skal vælge at bosætte sig i landsbyerne, og tomme og faldefærdige "
             "huse skal fjernes eller sættes i stand.",
        "3": "Alle husstande og virksomheder i landdistrikterne skal have hurtigt bredbånd og god "
             "mobildækning.",
        "4": "Det skal være trygt at cykle og gå mellem landsbyerne og til skolen.",
        "5": "Landsbyerne skal være med i den grønne omstilling, blandt andet med lokal "
             "produktion af vedvarende energi.",
        "6": "Naturen omkring landsbyerne skal være rig og tilgængelig, med flere stier og "
             "naturområder, som borgerne selv er med til at passe.",
    }
    parent = [
        ("title", "Politik for landdistrikter og landsbyer 2057–2061"),
        ("sub", "Hesselkær Kommune · Vedtaget af byrådet den 22. marts 2057"),
        ("h1", "Forord"),
        ("p", "Hver tredje borger i Hesselkær Kommune bor i en landsby eller på landet. "
         "Landsbyerne er en styrke for hele kommunen, men mange steder er butikken lukket, "
         "bussen kører sjældnere, og de unge flytter væk. Med denne politik vil byrådet give "
         "landsbyerne bedre muligheder for selv at tage fat."),
        ("p", "Politikken er blevet til i dialog med Landsbyrådet, der samler de 31 "
         "borgerforeninger og lokalråd i kommunen."),
        ("box", "Byrådets mål for landdistrikterne", [g[k] for k in g]),
        ("h1", "Sådan arbejder kommunen"),
        ("p", "Kommunen har en landdistriktskoordinator, som er borgerforeningernes indgang til "
         "forvaltningen. Hvert forår holder byrådets udvalg for landdistrikter et møde med "
         "Landsbyrådet, hvor landsbyerne kan fremlægge deres ønsker."),
        ("p", "Kommunen opfordrer alle landsbyer til at lave en udviklingsplan. Planen skal vise, "
         "hvad borgerne selv vil gøre, og hvordan landsbyen bidrager til målene i denne "
         "politik. Landsbyer med en udviklingsplan kan søge Landsbypuljen med forrang."),
        ("h1", "Landsbypuljen"),
        ("hang", [
            ("Beløb", "Der kan søges op til 150.000 kr. pr. projekt. Puljen er på 1,2 mio. kr. "
             "om året."),
            ("Krav", "Projektet skal være forankret i en borgerforening eller et lokalråd og have "
             "mindst 25 pct. egenfinansiering, som kan være frivilligt arbejde."),
            ("Frister", "1. marts og 1. september."),
        ]),
        ("h1", "Andre kommunale planer"),
        ("p", "Cykelstier, bredbånd og nedrivning af faldefærdige huse indgår i kommunens "
         "trafikplan, bredbåndsstrategi og i nedrivningspuljen, som Teknik og Miljø "
         "administrerer. Landsbyerne kan melde ønsker ind til disse."),
    ]
    _odt(parent, d / "parent.pdf", title="Politik for landdistrikter og landsbyer 2057–2061 – "
         "Hesselkær Kommune", header="Hesselkær Kommune · Landdistriktspolitik 2057–2061",
         footer="Politik for landdistrikter og landsbyer", font="Liberation Sans", size=10,
         color="#3B6E2E", tint="#EDF3E6", lang="da", country="DK")

    c = {
        "U1": "Forsamlingshuset skal være byens samlingssted for både unge og gamle.",
        "U2": "Nye tilflyttere skal tages godt imod og hurtigt føle sig hjemme i Ulvsbøl.",
        "U3": "Ulvsbøl skal have sit eget solcellelaug, der forsyner forsamlingshuset og "
              "friskolen med strøm.",
        "U4": "Engen ved Ulvsbøl Å skal blive et naturområde med sti og shelter, som vi passer i "
              "fællesskab.",
        "U5": "Gadekæret og kirkegårdsdiget skal sættes i stand, så den gamle bymidte bliver "
              "smuk igen.",
    }
    m = {
        "spis": "Fællesspisning i forsamlingshuset den første torsdag i måneden",
        "ung": "Ungdomsklub i forsamlingshusets kælder to aftener om ugen",
        "velk": "Velkomstkomité, der besøger alle nye tilflyttere med en kurv og en folder",
        "sol": "Solcellelaug med 120 kW på taget af friskolens gymnastiksal",
        "eng": "Sti og shelter på engen ved Ulvsbøl Å; plejegruppe med slåning to gange om året",
        "cykel": "Cykeltog til friskolen hver morgen fra forsamlingshuset med en voksen",
        "kaer": "Oprensning af gadekæret og istandsættelse af kirkegårdsdiget",
    }

    def card(name, what, who, when, money):
        return (f"<div class='card'><h3>{e(name)}</h3><p>{e(what)}</p><dl><dt>Tovholder</dt>"
                f"<dd>{e(who)}</dd><dt>Hvornår</dt><dd>{e(when)}</dd><dt>Økonomi</dt>"
                f"<dd>{e(money)}</dd></dl></div>")

    body = [
        "<div class='hero'><div class='k'>ULVSBØL BORGERFORENING</div>"
        "<h1>Udviklingsplan for Ulvsbøl 2058–2062</h1>"
        "<p>Udarbejdet af borgerforeningen efter borgermødet den 9. november 2057 · Godkendt på "
        "generalforsamlingen den 27. februar 2058</p></div>",
        "<h2>Forord</h2>",
        "<p>Ulvsbøl er en landsby, hvor folk hjælper hinanden. Men vi har også mistet meget: "
        "købmanden lukkede i 2055, og bussen kører kun om morgenen og om eftermiddagen. Denne "
        "plan samler det, vi selv vil gøre de næste fem år, og det, vi beder kommunen om. Den "
        "er vores bidrag til Hesselkær Kommunes landdistriktspolitik.</p>",
        "<p class='sig'>Mette Krogsgaard, formand for Ulvsbøl Borgerforening</p>",
        "<h2>Ulvsbøl i dag</h2>",
        "<ul class='facts'><li>412 indbyggere, heraf 96 børn under 18 år</li>"
        "<li>Ulvsbøl Friskole med 74 elever</li><li>Forsamlingshus fra 1894</li>"
        "<li>Syv huse har stået tomme i mere end to år</li>"
        "<li>Ingen mobildækning i den nordlige del af sognet</li></ul>",
        "<h2>Vores mål</h2>",
        "<ol class='goals'>" + "".join(f"<li>{e(c[k])}</li>" for k in c) + "</ol>",
        "<h2>Projekter</h2>",
        "<div class='cards'>",
        card("Fællesspisning og ungdomsklub", m["spis"] + ". " + m["ung"] + ".",
             "Forsamlingshusets bestyrelse", "Fra april 2058",
             "Egenbetaling; 40.000 kr. fra Landsbypuljen til køkken"),
        card("Velkommen til Ulvsbøl", m["velk"] + ".", "Hanne Toft", "Løbende",
             "5.000 kr. om året fra borgerforeningen"),
        card("Ulvsbøl Solcellelaug", m["sol"] + ".", "Jens Vestergård", "Etableres 2059",
             "Andele à 2.500 kr.; lån i Andelskassen"),
        card("Engen ved åen", m["eng"] + ".", "Naturgruppen", "Sti 2058, shelter 2059",
             "95.000 kr. fra Landsbypuljen og Friluftsrådet"),
        card("Cykeltog", m["cykel"] + ".", "Forældrerådet på friskolen", "Fra august 2058",
             "Ingen udgifter"),
        card("Den gamle bymidte", m["kaer"] + ".", "Borgerforeningen og menighedsrådet",
             "2060", "Søges hos fonde"),
        "</div>",
        "<h2>Det beder vi kommunen om</h2>",
        "<ul class='ask'><li>En cykelsti langs Ulvsbølvej til Hesselkær, 4 km. Vejen er smal, "
        "og der køres stærkt.</li><li>At nedrivningspuljen bruges på de to faldefærdige huse på "
        "Ulvsbølvej 14 og 31.</li><li>At kommunen presser på over for teleselskaberne for en "
        "ny mobilmast nord for byen.</li></ul>",
        "<p>Vi følger op på planen på generalforsamlingen hvert år.</p>",
    ]
    css = (
        "@page{size:A4;margin:12mm 15mm 14mm 15mm;"
        "@bottom-center{content:'Udviklingsplan for Ulvsbøl · ' counter(page);font:7.5pt "
        "'Liberation Sans';color:#666}}"
        "*{-webkit-print-color-adjust:exact;print-color-adjust:exact}"
        "body{font:9.6pt/1.45 'Liberation Sans';color:#222}"
        ".hero{background:#C8553D;color:#fff;padding:10pt 12pt;border-radius:4pt}"
        ".hero .k{font:bold 7.5pt 'Liberation Sans';letter-spacing:.12em}"
        ".hero h1{font:bold 21pt 'Liberation Serif';margin:3pt 0}.hero p{margin:0;"
        "font-size:8.5pt}"
        "h2{font:bold 12.5pt 'Liberation Serif';color:#C8553D;margin:10pt 0 3pt}"
        "p{margin:0 0 4pt}.sig{font-style:italic}"
        "ul.facts{columns:2;margin:0 0 4pt 14pt;padding:0}"
        "ol.goals{margin:0 0 4pt 16pt;padding:0;font-weight:bold}ol.goals li{margin-bottom:2pt}"
        ".cards{display:grid;grid-template-columns:1fr 1fr;gap:7pt}"
        ".card{border:.8pt solid #C8553D;border-radius:4pt;padding:5pt 7pt;break-inside:avoid}"
        ".card h3{font:bold 10pt 'Liberation Sans';color:#C8553D;margin:0 0 2pt}"
        ".card p{font-size:9pt}"
        "dl{display:grid;grid-template-columns:54pt 1fr;margin:0;font-size:8.3pt}"
        "dt{font-weight:bold;color:#666}dd{margin:0}"
        "ul.ask{margin:0 0 4pt 14pt;padding:0}"
    )
    _html("da", "Udviklingsplan for Ulvsbøl 2058–2062", css, body, d / "child.pdf")

    goals_ = [
        G("1", g["1"], "followed_up", [c["U1"], m["spis"], m["ung"]],
          ev="Forsamlingshuset skal være byens samlingssted",
          note="the goals are the '»' lines in the shaded box 'Byrådets mål for "
          "landdistrikterne' (ids 1–6 in print order, not printed); the foreword, 'Sådan "
          "arbejder kommunen', the rules of 'Landsbypuljen' (amount, co-financing, deadlines) and "
          "'Andre kommunale planer' are no goals. A meeting place for young and old: common "
          "meals, a youth club"),
        G("2", g["2"], "partial", [c["U2"], m["velk"]],
          ev="Nye tilflyttere skal tages godt imod",
          missing=["tomme og faldefærdige huse: only asked of the kommune ('At "
                   "nedrivningspuljen bruges …')"],
          note="settling: a welcome committee for newcomers"),
        G("3", g["3"], "not_followed_up",
          note="handed to the kommune ('At kommunen presser på … for en ny mobilmast'); the "
          "missing coverage is a fact in 'Ulvsbøl i dag'; nothing on broadband"),
        G("4", g["4"], "partial", [m["cykel"]],
          ev="Cykeltog til friskolen hver morgen",
          missing=["trygt at cykle mellem landsbyerne: cykelstien til Hesselkær er kun et ønske "
                   "til kommunen"],
          note="only a measure: a supervised 'bike train' to the school"),
        G("5", g["5"], "followed_up", [c["U3"], m["sol"]],
          ev="Ulvsbøl skal have sit eget solcellelaug",
          note="in other words: a solar co-operative on the school roof (local renewable "
          "production is the village's share of the green transition)"),
        G("6", g["6"], "followed_up", [c["U4"], m["eng"]],
          ev="Engen ved Ulvsbøl Å skal blive",
          note="a nature area with a path and shelter that the villagers look after"),
    ]
    kids = [
        C(c["U1"], ["1"], note="the child goals are the bold numbered items under 'Vores mål'; "
          "the project cards ('Tovholder', 'Hvornår', 'Økonomi') are measures; the foreword, "
          "'Ulvsbøl i dag' (facts) and 'Det beder vi kommunen om' (requests to another body) "
          "are no goals"),
        C(c["U2"], ["2"]),
        C(c["U3"], ["5"]),
        C(c["U4"], ["6"]),
        C(c["U5"], [], note="the village pond and churchyard wall: no goal of the politik — "
          "stands alone (goal 2's derelict houses are something else)"),
    ]
    return dict(
        language="da", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (odfpy → LibreOffice, Liberation Sans 10; a kommune's POLITIK FOR "
        "LANDDISTRIKTER OG LANDSBYER): foreword, the council's goals as '»' lines in a SHADED "
        "BOX, how the kommune works, the village fund's rules as label + tab lines, other "
        "plans; header right, footer centred; child PDF (HTML → Chromium, Liberation Sans 9.6; "
        "a village's UDVIKLINGSPLAN written by the BORGERFORENING): coloured hero block, "
        "foreword signed by the chair, facts in two columns, bold numbered 'Vores mål', "
        "PROJECT CARDS two to a row with 'Tovholder | Hvornår | Økonomi', 'Det beder vi "
        "kommunen om'; footer centred",
        goals=goals_, kids=kids,
    )


# =========================================================================== 5 Mundarra (en)


@pair
def mundarra_delivery_program(d: Path) -> dict:
    g = {
        "1.1": "Our community is healthy and active, with services that meet the needs of people "
               "of all ages.",
        "1.2": "People feel safe and connected, and our volunteers are valued and supported.",
        "2.1": "Our towns and villages have well-maintained roads, footpaths and public spaces.",
        "2.2": "Housing is available and affordable for workers, young families and older "
               "people.",
        "3.1": "The Yallock River and our bushland are protected and restored.",
        "3.2": "We produce less waste and use water wisely.",
        "4.1": "Mundarra has a diverse economy, with jobs that keep our young people in the "
               "Shire.",
        "5.1": "Council is financially sustainable and engages openly with the community.",
    }
    themes = [
        ("1", "Our people", "#E07A1F", [
            ("1.1", ["Plan for services for older people and people with disability",
                     "Encourage active lifestyles through sport and recreation"],
             "Deliver, partner", "NSW Health, the local health district, sporting clubs"),
            ("1.2", ["Support community groups and volunteers", "Design safe public places"],
             "Partner, advocate", "NSW Police, community organisations"),
        ]),
        ("2", "Our places", "#2E6F9E", [
            ("2.1", ["Maintain the road network to an agreed standard", "Keep main streets "
                     "attractive"], "Deliver", "Transport for NSW (state roads)"),
            ("2.2", ["Release land for housing", "Advocate for social and affordable housing"],
             "Advocate, partner", "Homes NSW, developers, community housing providers"),
        ]),
        ("3", "Our environment", "#4D8B31", [
            ("3.1", ["Improve the health of the river and its banks", "Control weeds and pests "
                     "on public land"], "Deliver, partner", "Local Land Services, Landcare "
             "groups, NSW Department of Planning and Environment"),
            ("3.2", ["Reduce waste to landfill", "Save water in homes and public places"],
             "Deliver, educate", "Upper Yallock Joint Organisation, NSW EPA"),
        ]),
        ("4", "Our economy", "#8C4B9E", [
            ("4.1", ["Grow the visitor economy", "Create pathways into local jobs for young "
                     "people"], "Partner, advocate", "Business Mundarra, TAFE NSW, employers"),
        ]),
        ("5", "Our leadership", "#5A5A5A", [
            ("5.1", ["Manage Council's finances for the long term", "Tell the community what "
                     "we are doing and ask what they think"], "Deliver", "Office of Local "
             "Government"),
        ]),
    ]
    parts = []
    for no, name, col, outs in themes:
        parts.append(f"<h2 class='th' style='border-color:{col};color:{col}'>Theme {no} · "
                     f"{e(name)}</h2>")
        for oid, strat, role, who in outs:
            parts.append(
                f"<div class='out'><div class='on' style='background:{col}'>{oid}</div><div>"
                f"<div class='ol'>Outcome</div><p class='og'>{e(g[oid])}</p>"
                "<div class='ol'>Strategies</div><ul>"
                + "".join(f"<li>{e(s)}</li>" for s in strat)
                + f"</ul><p class='rl'><b>Council's role:</b> {e(role)} · <b>Who else is "
                f"responsible:</b> {e(who)}</p></div></div>")
    body = [
        "<div class='cov'><div class='k'>MUNDARRA SHIRE COUNCIL</div><h1>Mundarra 2067</h1>"
        "<p>Community Strategic Plan 2057–2067 · Adopted by Council on 21 June 2057</p></div>",
        "<p class='vis'>Our vision: A Shire of thriving country towns, where people look after "
        "each other and the land.</p>",
        "<h2>About this plan</h2>",
        "<p>The Community Strategic Plan is the community's plan for the next ten years. Under "
        "the Integrated Planning and Reporting framework it sits above Council's four-year "
        "Delivery Program and its annual Operational Plan. Many of the outcomes cannot be "
        "achieved by Council alone: for each outcome we show Council's role and who else is "
        "responsible.</p>",
        "<p>More than 1,100 residents took part in 'Have your say Mundarra' in 2056, through "
        "surveys, pop-up stalls at the Tallowvale and Corrigan Creek markets, and a youth "
        "forum.</p>",
        *parts,
        "<h2>Measuring progress</h2>",
        "<p>Council reports on the outcomes at the end of each council term in a State of our "
        "Shire report, using census data, the community satisfaction survey and river health "
        "monitoring.</p>",
    ]
    css = (
        "@page{size:A4;margin:13mm 16mm 15mm 16mm;"
        "@bottom-left{content:'Mundarra 2067 – Community Strategic Plan';font:7.5pt "
        "'Liberation Sans';color:#666}"
        "@bottom-right{content:counter(page);font:bold 8pt 'Liberation Sans';color:#666}}"
        "*{-webkit-print-color-adjust:exact;print-color-adjust:exact}"
        "body{font:9.5pt/1.42 'Liberation Sans';color:#222}"
        ".cov{border-bottom:3pt solid #E07A1F;padding-bottom:5pt}"
        ".cov .k{font:bold 8pt 'Liberation Sans';letter-spacing:.14em;color:#777}"
        ".cov h1{font:bold 28pt 'Liberation Sans';margin:2pt 0}.cov p{margin:0;color:#555}"
        ".vis{font:italic 12pt 'Liberation Serif';margin:8pt 0}"
        "h2{font:bold 12pt 'Liberation Sans';margin:10pt 0 4pt}"
        "h2.th{border-left:5pt solid;padding-left:6pt;text-transform:uppercase;"
        "letter-spacing:.04em;break-after:avoid}"
        "p{margin:0 0 4pt}"
        ".out{display:flex;gap:9pt;margin:0 0 7pt;break-inside:avoid}"
        ".on{flex:0 0 34pt;color:#fff;font:bold 14pt 'Liberation Sans';text-align:center;"
        "padding:8pt 0;border-radius:50%;height:18pt}"
        ".ol{font:bold 7pt 'Liberation Sans';text-transform:uppercase;letter-spacing:.1em;"
        "color:#888}"
        "p.og{font-weight:bold;font-size:10.4pt;margin:0 0 2pt}"
        ".out ul{margin:0 0 2pt 12pt;padding:0;font-size:8.8pt}"
        "p.rl{font-size:8.2pt;color:#444}"
    )
    _html("en-AU", "Mundarra 2067 – Community Strategic Plan 2057–2067", css, body,
          d / "parent.pdf")

    c = {
        "1.1.1": "Provide libraries, pools and sportsgrounds that are open when people want to "
                 "use them.",
        "1.2.1": "Support our volunteers and community groups to thrive.",
        "2.1.1": "Maintain and renew the Shire's roads, footpaths, parks and main streets.",
        "3.1.1": "Restore the banks of the Yallock River and protect bushland on Council land.",
        "3.2.1": "Run the landfill and waste transfer stations within the EPA licence.",
        "4.1.1": "Grow the visitor economy and help young people into local jobs.",
        "5.1.1": "Return the General Fund to an operating surplus by 2060–61.",
        "IS1": "Replace Council's corporate IT system and move our records to the cloud.",
    }
    m = {
        "pool": "Extend opening hours of the Mundarra Aquatic Centre to 8 pm on weekdays from "
                "October to March",
        "lib": "Open Mundarra Library on Saturday afternoons",
        "vg": "Community grants program, two rounds a year",
        "vt": "Volunteer training in first aid and food safety",
        "vr": "Volunteer recognition dinner during National Volunteer Week",
        "reseal": "Reseal 38 km of sealed rural roads",
        "foot": "Construct 1.4 km of new footpath in Tallowvale and Corrigan Creek",
        "park": "Upgrade Tallowvale main street park with shade and seating",
        "rip": "Riparian restoration on 6 km of the Yallock River with Landcare",
        "weed": "Weed and pest control on Council reserves",
        "fill": "Operate the Mundarra landfill and the three waste transfer stations",
        "vic": "Run the Visitor Information Centre seven days a week",
        "trn": "Offer four school-based traineeships in Council each year",
        "ltfp": "Review the Long Term Financial Plan and apply for a special rate variation",
    }
    head = ["Code", "Action 2058–59", "Responsible", "Measure", "Timeframe"]
    w = [20, 100, 46, 60, 31]
    rows = [
        ("span", "Theme 1 · Our people"),
        ("span", "DP 1.1.1  " + c["1.1.1"]),
        ("OP 1.1.1.a", m["pool"], "Manager Recreation", "Attendances", "October 2058"),
        ("OP 1.1.1.b", m["lib"], "Library Coordinator", "Visits on Saturdays", "July 2058"),
        ("span", "DP 1.2.1  " + c["1.2.1"]),
        ("OP 1.2.1.a", m["vg"], "Community Development Officer", "Grants awarded",
         "October and March"),
        ("OP 1.2.1.b", m["vt"], "Community Development Officer", "Volunteers trained",
         "By June 2059"),
        ("OP 1.2.1.c", m["vr"], "Director Community", "Event held", "May 2059"),
        ("span", "Theme 2 · Our places"),
        ("span", "DP 2.1.1  " + c["2.1.1"]),
        ("OP 2.1.1.a", m["reseal"], "Manager Roads", "Km resealed", "By April 2059"),
        ("OP 2.1.1.b", m["foot"], "Manager Roads", "Metres built", "By June 2059"),
        ("OP 2.1.1.c", m["park"], "Manager Parks", "Project complete", "December 2058"),
        ("span", "Theme 3 · Our environment"),
        ("span", "DP 3.1.1  " + c["3.1.1"]),
        ("OP 3.1.1.a", m["rip"], "Environment Officer", "Km restored", "By June 2059"),
        ("OP 3.1.1.b", m["weed"], "Biosecurity Officer", "Hectares treated", "Ongoing"),
        ("span", "DP 3.2.1  " + c["3.2.1"]),
        ("OP 3.2.1.a", m["fill"], "Manager Waste", "Compliance with EPA licence", "Ongoing"),
        ("span", "Theme 4 · Our economy"),
        ("span", "DP 4.1.1  " + c["4.1.1"]),
        ("OP 4.1.1.a", m["vic"], "Tourism Coordinator", "Visitor numbers", "Ongoing"),
        ("OP 4.1.1.b", m["trn"], "Manager People and Culture", "Trainees placed",
         "January 2059"),
        ("span", "Theme 5 · Our leadership"),
        ("span", "DP 5.1.1  " + c["5.1.1"]),
        ("OP 5.1.1.a", m["ltfp"], "Chief Financial Officer", "Decision by IPART",
         "February 2059"),
        ("span", "Internal services"),
        ("span", "IS 1  " + c["IS1"]),
        ("IS 1.a", "Select and contract a new corporate system", "Manager IT",
         "Contract signed", "March 2059"),
    ]
    child = [
        ("title", "Delivery Program 2057–2061 and Operational Plan 2058–59"),
        ("sub", "Mundarra Shire Council · Adopted 24 June 2058 · Read with Mundarra 2067, our "
         "Community Strategic Plan"),
        ("h1", "How to read this plan"),
        ("p", "The Delivery Program is Council's commitment for its four-year term: the "
         "principal activities (DP) it will carry out to work towards the outcomes of the "
         "Community Strategic Plan. The Operational Plan lists this year's actions (OP) under "
         "each principal activity. The first two numbers of each code are the outcome of the "
         "Community Strategic Plan it relates to."),
        ("h1", "Changes to services in 2058–59"),
        ("p", "Council will withdraw from delivering Commonwealth Home Support Programme "
         "services from 1 July 2059. Clients will be transferred to other approved providers, "
         "and Council will no longer employ home support workers."),
        ("p", "Council has no principal activity on housing in this Delivery Program. A Local "
         "Housing Strategy will be prepared in 2059–60 if grant funding from the NSW "
         "Government is received."),
        ("p", "Waste reduction and water saving campaigns are run by the Upper Yallock Joint "
         "Organisation under its Regional Waste Strategy. Water and sewer charges rise by 3.5% "
         "in 2058–59."),
        ("h1", "Principal activities and actions"),
        ("table", head, rows, w),
        ("h1", "Revenue Policy"),
        ("p", "The Revenue Policy, the Statement of Fees and Charges and the budget for 2058–59 "
         "are published as separate documents. General rates increase by the rate peg of "
         "3.1%. Council's operating result before capital grants is forecast at a deficit of "
         "$1.9 million."),
    ]
    _docx(child, d / "child.pdf", title="Delivery Program 2057–2061 and Operational Plan "
          "2058–59 – Mundarra Shire Council", author="Mundarra Shire Council",
          header="MUNDARRA SHIRE COUNCIL · DELIVERY PROGRAM 2057–2061 AND OPERATIONAL PLAN "
          "2058–59", footer="Adopted 24 June 2058", lang="en-AU", font="Liberation Sans",
          size=9.5, color="2E6F9E", landscape=True)

    goals_ = [
        G("1.1", g["1.1"], "partial", [c["1.1.1"], m["pool"], m["lib"]],
          ev="Provide libraries, pools and sportsgrounds",
          missing=["services for older people: Council withdraws from home support services "
                   "from 1 July 2059"],
          note="the goals are the bold outcome sentences beside the coloured discs (id = the "
          "number in the disc) under the five theme headings; the vision line, 'About this "
          "plan', the 'Strategies' bullets, the 'Council's role · Who else is responsible' "
          "lines and 'Measuring progress' are no goals. Active lives: longer pool and library "
          "hours; services for older people go the other way"),
        G("1.2", g["1.2"], "partial", [c["1.2.1"], m["vg"], m["vt"], m["vr"]],
          ev="Support our volunteers and community",
          missing=["people feel safe (no principal activity or action on safety)"],
          note="volunteers and community groups (grants, training, recognition)"),
        G("2.1", g["2.1"], "followed_up", [c["2.1.1"], m["reseal"], m["foot"], m["park"]],
          ev="Maintain and renew the Shire's roads",
          note="roads, footpaths and a main-street park"),
        G("2.2", g["2.2"], "not_followed_up",
          note="deferred: 'Council has no principal activity on housing in this Delivery "
          "Program. A Local Housing Strategy will be prepared in 2059–60 if grant funding …'"),
        G("3.1", g["3.1"], "followed_up", [c["3.1.1"], m["rip"], m["weed"]],
          ev="Restore the banks of the Yallock",
          note="river banks with Landcare, weeds and pests on Council reserves"),
        G("3.2", g["3.2"], "not_followed_up",
          note="handed on ('Waste reduction and water saving campaigns are run by the Upper "
          "Yallock Joint Organisation'). Trap (a number cited, shared words): DP 3.2.1 is coded "
          "to this outcome but runs the landfill and transfer stations (handling waste, not "
          "reducing it), and 'Water and sewer "
          "charges rise by 3.5%' is a fee"),
        G("4.1", g["4.1"], "followed_up", [c["4.1.1"], m["vic"], m["trn"]],
          ev="Grow the visitor economy and help",
          note="in other words: the visitor economy (diversity) and traineeships for young "
          "people"),
        G("5.1", g["5.1"], "partial", [c["5.1.1"], m["ltfp"]],
          ev="Return the General Fund to an operating",
          missing=["engages openly with the community (no activity or action)"],
          note="financial sustainability: an operating surplus by 2060–61, the Long Term "
          "Financial Plan and a special rate variation"),
    ]
    kids = [
        C(c["1.1.1"], ["1.1"], note="the child goals are the principal activities in the "
          "shaded rows 'DP n.n.n …' (and 'IS 1') of the table; the 'OP …' rows are measures; "
          "the theme rows, 'How to read this plan', 'Changes to services in 2058–59' (a "
          "withdrawal, a deferral, a hand-over) and 'Revenue Policy' (rates and the forecast) "
          "are no goals"),
        C(c["1.2.1"], ["1.2"]),
        C(c["2.1.1"], ["2.1"]),
        C(c["3.1.1"], ["3.1"]),
        C(c["3.2.1"], [], note="coded 3.2, but running the landfill within its licence "
          "neither reduces waste nor saves water — serves no outcome (stands alone)"),
        C(c["4.1.1"], ["4.1"]),
        C(c["5.1.1"], ["5.1"]),
        C(c["IS1"], [], note="replacing the corporate IT system under 'Internal services': no "
          "outcome of the Community Strategic Plan — stands alone"),
    ]
    return dict(
        language="en", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (HTML → Chromium, Liberation Sans 9.5; an Australian shire's "
        "COMMUNITY STRATEGIC PLAN under NSW Integrated Planning and Reporting): cover block, "
        "vision line, five coloured theme headings, each OUTCOME as a bold sentence beside a "
        "coloured disc with its number '1.1' …, a small 'OUTCOME' label, 'Strategies' bullets "
        "and a 'Council's role · Who else is responsible' line; footer left, page right; child "
        "PDF (python-docx → LibreOffice, Liberation Sans 9.5, A4 LANDSCAPE; the DELIVERY "
        "PROGRAM and OPERATIONAL PLAN): how to read it, changes to services (a withdrawal, a "
        "deferral, a hand-over), one table `Code | Action 2058–59 | Responsible | Measure | "
        "Timeframe` with shaded theme rows, shaded 'DP n.n.n' principal-activity rows and 'OP "
        "n.n.n.x' action rows; header over a rule, footer + page",
        goals=goals_, kids=kids,
    )


# =========================================================================== main


def main(argv: list[str]) -> None:
    """Build this folder's pairs and their gold, --verify them, or --twice: build everything
    twice and compare the sha256 of every file (all in pairkit.parents_main)."""
    pk.parents_main(argv, here=HERE, pairs=PAIRS, p14=_p14, p20=_p20, builder=BUILDER)


if __name__ == "__main__":
    main(sys.argv[1:])
