"""Build the fifty-fifth blind batch of parent/child pairs (rød tråd, pbl § 11-1) and their gold.

Written by `b55p` without reading plancheck's code, tests, rules, docs or bench and without
running it. Five pairs, each in a real form no earlier batch used (see README.md for the forms,
the nearest earlier forms and the gold conventions):

- Stavsøra (nb): a KOMMUNEPLANENS SAMFUNNSDEL whose goals stand in the middle column of one
  `Utfordringer | Mål 2069 | Strategier` table per innsatsområde (python-docx) → the TJENESTEPLAN
  2058–2061 of one sector (Helse og mestring), A4 landscape: a MÅLHIERARKI table whose first
  column names only the kommuneplan's innsatsområde (printed once per group), then
  `Tjenestemål | Slik måler vi | Tiltak 2058 | Ansvar`; what lies in other plans (odfpy).
- Breivest / Fjærevåg (nn): a county's REGIONAL PLAN for attraktive lokalsamfunn, each delmål a
  row with the goal left and 'Strategiar' right (Chromium) → a kommune's SØKNAD OM TILSKOT to
  the county's grant scheme, as PRINTED FROM THE APPLICATION PORTAL: field labels, 'Hovudmål' and
  'Delmål', an activity table, the applicant's own claims of contribution, cost and
  financing tables (reportlab).
- Rönnåsa (sv): a kommun's MÅL- OCH RESURSPLAN, fullmäktige's goals in a table
  `Målområde | Kommunfullmäktiges mål | Nämnd med huvudansvar` (python-docx) → the
  kultur- och fritidsnämnd's verksamhetsplan as a 16:9 SLIDE DECK for the board meeting
  (Chromium).
- Vejlstrup (da): a kommune's BOLIGPOLITIK, goals as '»' lines in shaded boxes per tema
  (odfpy) → a BOLIGSOCIAL HELHEDSPLAN (Landsbyggefonden) for one estate: four indsatsområder,
  each with 'Formål', a table `Mål | Succeskriterium | Baseline 2057 | Måltal 2061` and
  'Aktiviteter', organisation, what is not in the plan (python-docx).
- Aldersby (en): a district council's ECONOMIC GROWTH STRATEGY, objectives as '▪' items under
  theme headings (reportlab) → the SHARED PROSPERITY FUND LOCAL INVESTMENT PLAN as a FILLED
  GOVERNMENT TEMPLATE: numbered question boxes over answer boxes, 'local outcomes sought',
  an interventions table (Chromium).

    python corpora/parents-blind55/make_pairs.py                  # all pairs
    python corpora/parents-blind55/make_pairs.py --verify         # re-read the PDFs only
    python corpora/parents-blind55/make_pairs.py --twice          # build twice, compare sha256

Writers reused through batch 54's builder (`pk.load_module`), which has them from batch 53's:
batch 47's `_docx47`, batch 46's `_rl_doc`, batch 44's `_docx` and `_odt`, batch 43's `_html`
and `_rl_fonts`. No writer of its own. The gold writer and checks (`G`, `C`, batch 14's `main`,
batch 20's `verify`) come through the same chain and `pairkit.parents_main`.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "scripts"))

import pairkit as pk  # noqa: E402

_p54 = pk.load_module("parents_blind54_make_pairs", HERE.parent / "parents-blind54" / "make_pairs.py")
_p43 = _p54._p43
_p20, _p14 = _p54._p20, _p54._p14
G, C = _p54.G, _p54.C
_docx, _odt, _html, _rl_doc, _docx47, e = (_p54._docx, _p54._odt, _p54._html, _p54._rl_doc,
                                           _p54._docx47, _p54.e)

PAIRS, pair = pk.pair_registry()
BUILDER = "corpora/parents-blind55/make_pairs.py"


# =========================================================================== 1 Stavsøra (nb)


@pair
def stavsora_tjenesteplan(d: Path) -> dict:
    g = {
        "1": "Innbyggerne skal kunne bo trygt i eget hjem så lenge de ønsker, også når de blir "
             "syke eller får nedsatt funksjonsevne.",
        "2": "Alle barn og unge skal ha en meningsfull fritid og minst én voksen de stoler på.",
        "3": "Flere i arbeidsfør alder skal være i jobb, og færre skal gå på sosialhjelp over "
             "lang tid.",
        "4": "Frivillige, pårørende og naboer skal være en aktiv del av fellesskapet rundt dem "
             "som trenger det.",
        "5": "Kommunen skal rekruttere og beholde fagfolk, og flere skal jobbe heltid.",
        "6": "Digitale løsninger skal gjøre tjenestene enklere for innbyggerne og frigjøre tid "
             "for de ansatte.",
        "7": "Utslippene fra kommunens egen drift skal halveres innen 2069.",
    }
    head = ["Utfordringer", "Mål 2069", "Strategier"]
    w = [52, 56, 60]
    parent = [
        ("title", "Kommuneplanens samfunnsdel 2057–2069"),
        ("sub", "Stavsøra kommune · Vedtatt av kommunestyret 21. juni 2057, sak 44/57"),
        ("h1", "1 Innledning"),
        ("p", "Samfunnsdelen er kommunens viktigste styringsdokument. Den sier hvilket samfunn vi "
         "vil utvikle de neste tolv årene, og hva kommunen som organisasjon må være god på for å "
         "komme dit. Planen følges opp i handlingsdelen og økonomiplanen hvert år, og i "
         "tjenesteplanene til kommunalområdene."),
        ("p", "Planen er utarbeidet etter innspill fra ungdomsrådet, eldrerådet, rådet for "
         "personer med funksjonsnedsettelse, lag og foreninger og tre åpne folkemøter på "
         "Stavsøra, i Kjeldebotn og på Sandvollan."),
        ("i", "Visjon: Stavsøra – nært, trygt og med plass til alle"),
        ("h1", "2 Stavsøra i dag"),
        ("p", "Stavsøra har 11 840 innbyggere. Andelen over 80 år vil nesten dobles fram mot "
         "2069, mens antallet i yrkesaktiv alder går litt ned. Kommunen har lavere "
         "sysselsetting enn fylket, særlig blant unge voksne og innvandrere, og "
         "sosialhjelpsutgiftene har økt fire år på rad."),
        ("h1", "3 Innsatsområder"),
        ("p", "Tabellene under viser utfordringene, målene og strategiene for hvert av de tre "
         "innsatsområdene. Målene i midtkolonnen er kommunestyrets mål for planperioden."),
        ("h2", "3.1 Gode liv i alle aldre"),
        ("table", head, [
            ("Flere eldre og flere som lever lenge med kroniske sykdommer. Mangel på "
             "tilrettelagte boliger i sentrum.", g["1"],
             "Satse på forebygging, hverdagsmestring og velferdsteknologi. Planlegge "
             "tilrettelagte boliger nær sentrum."),
            ("Færre organiserte aktiviteter for ungdom utenfor Stavsøra sentrum. Ungdata viser "
             "at én av fem føler seg ensom.", g["2"],
             "Støtte lag og foreninger som har tilbud for barn og unge. Styrke fritidsklubben "
             "og sommeraktivitetene."),
        ], w),
        ("h2", "3.2 Et inkluderende lokalsamfunn"),
        ("table", head, [
            ("Høy andel unge voksne utenfor arbeid og utdanning. Langvarig sosialhjelp i mange "
             "familier.", g["3"],
             "Samarbeide tett med NAV, næringslivet og de videregående skolene. Bruke kommunen "
             "som arbeidsplass for praksis og språktrening."),
            ("Færre som har tid til frivillig arbeid. Mange pårørende står alene.", g["4"],
             "Gjøre det enkelt å være frivillig. Se pårørende som en ressurs og gi dem "
             "avlastning."),
        ], w),
        ("h2", "3.3 En robust kommuneorganisasjon"),
        ("table", head, [
            ("Mangel på sykepleiere og vernepleiere. Mange små stillinger i helse og omsorg.",
             g["5"], "Heltid som hovedregel. Lærlingplasser og utdanningsstipend. Godt "
             "lederskap nær de ansatte."),
            ("Innbyggerne forventer å kunne ordne det meste digitalt. Ansatte bruker mye tid på "
             "dobbeltregistrering.", g["6"],
             "Ta i bruk felles nasjonale løsninger. Gevinstrealisering i alle digitale "
             "prosjekter."),
            ("Kjøretøy og bygg står for det meste av kommunens egne utslipp.", g["7"],
             "Fossilfri bilpark. Energieffektivisering av kommunale bygg."),
        ], w),
        ("h1", "4 Oppfølging"),
        ("p", "Kommunedirektøren rapporterer på målene i årsmeldingen. Samfunnsdelen revideres "
         "etter vedtak i planstrategien, tidligst i 2061. Arealstrategien i kapittel 5 gjelder "
         "ved rullering av arealdelen."),
        ("h1", "5 Arealstrategi"),
        ("p", "Ny boligbygging skal i hovedsak skje innenfor gangavstand til Stavsøra sentrum og "
         "grendesentrene. Dyrka mark skal ikke omdisponeres til boligformål."),
    ]
    _docx47(parent, d / "parent.pdf", title="Kommuneplanens samfunnsdel 2057–2069 – Stavsøra "
            "kommune", author="Stavsøra kommune", header="Stavsøra kommune · Kommuneplanens "
            "samfunnsdel 2057–2069", footer="Vedtatt 21.06.2057", page_word="Side",
            of_word="av", lang="nb-NO", font="Liberation Sans", size=9.8, color="2F5D50",
            tint="E4EEEA")

    c = {
        "T1": "Flere brukere skal mestre hverdagen hjemme og få hjelp før en krise oppstår.",
        "T2": "Pårørende skal bli sett og avlastet, og flere frivillige skal være med i "
              "tjenestene.",
        "T3": "Flere med psykiske helseplager eller rusproblemer skal komme i arbeid.",
        "T4": "Flere ansatte i hjemmetjenesten og på sykehjemmet skal ha hel stilling.",
        "T5": "Brukerne skal få tryggere oppfølging med digitalt tilsyn og medisindispensere, og "
              "de ansatte skal bruke mindre tid på å kjøre.",
        "T6": "Avvik i legemiddelhåndteringen skal halveres innen 2061.",
    }
    m = {
        "hver": "Hverdagsrehabilitering for alle nye brukere av hjemmetjenesten",
        "forebygg": "Forebyggende hjemmebesøk til alle som fyller 78 år",
        "korttid": "To korttidsplasser øremerket vurdering og opptrening",
        "paar": "Pårørendeskole to ganger i året",
        "avl": "Fleksibel avlastning, også helg",
        "frivk": "Frivilligkoordinator i 50 % stilling ved Sandvollan sykehjem",
        "barn": "Barneansvarlig i hver enhet: informasjon til barn som pårørende",
        "ips": "IPS: to jobbspesialister sammen med NAV Stavsøra",
        "arb": "Arbeidstrening i kantina på sykehjemmet",
        "lang": "Langvakter i helg på sykehjemmet",
        "onske": "Ønsketurnus i hjemmetjenesten",
        "dig": "Digitalt tilsyn for 60 brukere",
        "med": "Elektroniske medisindispensere for 45 brukere",
        "rute": "Ny ruteplanlegging i hjemmetjenesten",
        "lege": "Kvartalsvis gjennomgang av legemiddelavvik i kvalitetsutvalget",
        "kurs": "Legemiddelkurs for alle ufaglærte",
    }
    head2 = ["Kommuneplanens innsatsområde", "Tjenestemål 2058–2061", "Slik måler vi",
             "Tiltak 2058", "Ansvar"]
    w2 = [40, 62, 46, 74, 31]
    child = [
        ("title", "Tjenesteplan 2058–2061"),
        ("sub", "Kommunalområde helse og mestring · Stavsøra kommune · Behandlet i hovedutvalg "
         "for helse og omsorg 12. februar 2058, sak 6/58"),
        ("h1", "1 Om tjenesteplanen"),
        ("p", "Tjenesteplanen viser hvordan kommunalområdet helse og mestring følger opp "
         "kommuneplanens samfunnsdel de neste fire årene. Den rulleres hvert år sammen med "
         "økonomiplanen. Tiltakene for 2058 er innenfor vedtatt budsjettramme."),
        ("p", "Kommunalområdet omfatter hjemmetjenesten, Sandvollan sykehjem, tjenester for "
         "personer med utviklingshemming, psykisk helse og rus, fysio- og ergoterapi og "
         "Frisklivssentralen. Området har 243 årsverk og et netto budsjett på 214,6 mill. kr."),
        ("h1", "2 Utfordringer"),
        ("inline", [
            "Antallet brukere av hjemmetjenesten har økt med 18 prosent på fire år.",
            "Bare 41 prosent av de ansatte i hjemmetjenesten har hel stilling.",
            "Sykehjemmet har hatt 37 avvik i legemiddelhåndteringen i 2057.",
            "Hjemmetjenesten kjørte 212 000 km i 2057.",
        ]),
        ("h1", "3 Målhierarki"),
        ("p", "Tabellen viser tjenestemålene under innsatsområdene i samfunnsdelen. Målene er "
         "tjenestens egne, og tiltakene er de viktigste for 2058."),
        ("table", head2, [
            ("Gode liv i alle aldre", c["T1"],
             "Andel nye brukere som klarer seg med mindre hjelp etter tre måneder",
             "\n".join([m["hver"], m["forebygg"], m["korttid"]]), "Leder hjemmetjenesten"),
            ("Et inkluderende lokalsamfunn", c["T2"],
             "Pårørendeundersøkelsen; antall frivillige timer",
             "\n".join([m["paar"], m["avl"], m["frivk"], m["barn"]]),
             "Leder tildelingskontoret / virksomhetsleder sykehjem"),
            ("", c["T3"], "Antall i ordinært arbeid etter IPS",
             "\n".join([m["ips"], m["arb"]]), "Leder psykisk helse og rus"),
            ("En robust kommune-organisasjon", c["T4"],
             "Andel heltidsstillinger (mål: 60 % i 2061)",
             "\n".join([m["lang"], m["onske"]]), "Kommunalsjef"),
            ("", c["T5"], "Antall brukere med digitalt tilsyn; kjørte km",
             "\n".join([m["dig"], m["med"], m["rute"]]), "Leder hjemmetjenesten"),
            ("Tjenestens eget mål", c["T6"], "Antall avvik i Compilo",
             "\n".join([m["lege"], m["kurs"]]), "Virksomhetsleder sykehjem"),
        ], w2),
        ("h1", "4 Økonomi"),
        ("p", "Budsjettrammen for 2058 er redusert med 3,1 mill. kr. Det er ikke satt av midler "
         "til rekrutteringstillegg eller utdanningsstipend for sykepleiere i 2058. Utskiftingen "
         "av de siste åtte dieselbilene i hjemmetjenesten er utsatt til 2060."),
        ("h1", "5 Dette ligger i andre planer"),
        ("inline", [
            "Rekruttering av sykepleiere og vernepleiere følges opp i kommunens "
            "arbeidsgiverstrategi, som personal og organisasjon har ansvaret for.",
            "Helsestasjon, skolehelsetjenesten og fritidsklubben ligger i tjenesteplanen for "
            "oppvekst og kultur.",
            "Sosialhjelp og kvalifiseringsprogrammet er NAV Stavsøras ansvar.",
        ]),
        ("p", "Stavsøra, 30. januar 2058 · Halvor Skjelbreia, kommunalsjef helse og mestring"),
    ]
    _odt(child, d / "child.pdf", title="Tjenesteplan 2058–2061 – Helse og mestring – Stavsøra "
         "kommune", header="Stavsøra kommune · Tjenesteplan helse og mestring 2058–2061",
         footer="Hovedutvalg for helse og omsorg 12.02.2058", font="Liberation Sans", size=9.4,
         color="#2F5D50", tint="#E4EEEA", landscape=True, lang="nb", country="NO")

    goals_ = [
        G("1", g["1"], "followed_up", [c["T1"], m["hver"], m["forebygg"], m["korttid"]],
          ev="Flere brukere skal mestre hverdagen",
          note="the goals are the cells of the middle column 'Mål 2069' of the three "
          "`Utfordringer | Mål 2069 | Strategier` tables of '3 Innsatsområder' (no numbers; id = "
          "order); the challenge and strategy cells, the vision, '2 Stavsøra i dag' and the "
          "arealstrategi of '5' are no goals. In other words for one sector: coping at home, "
          "help before a crisis, everyday rehabilitation, preventive visits, short-stay places "
          "for assessment"),
        G("2", g["2"], "not_followed_up",
          note="handed on: fritidsklubben and the health centre are in 'tjenesteplanen for "
          "oppvekst og kultur'. Trap (shared words): 'barn som pårørende' get information from a "
          "'barneansvarlig' — about a parent's illness, not leisure or a trusted adult"),
        G("3", g["3"], "partial", [c["T3"], m["ips"], m["arb"]],
          ev="Flere med psykiske helseplager eller",
          missing=["færre på langvarig sosialhjelp: 'Sosialhjelp … er NAV Stavsøras ansvar'"],
          note="jobs for people with mental-health or addiction problems (IPS) only"),
        G("4", g["4"], "followed_up", [c["T2"], m["paar"], m["avl"], m["frivk"]],
          ev="Pårørende skal bli sett og",
          note="relatives seen and relieved, volunteers in the services, a volunteer "
          "coordinator; 'naboer' read as part of the community the volunteers are"),
        G("5", g["5"], "partial", [c["T4"], m["lang"], m["onske"]],
          ev="Flere ansatte i hjemmetjenesten og",
          missing=["rekruttere og beholde fagfolk: no money for recruitment bonuses or "
                   "grants in 2058; recruitment handed to the arbeidsgiverstrategi"],
          note="full-time posts only"),
        G("6", g["6"], "followed_up", [c["T5"], m["dig"], m["med"], m["rute"]],
          ev="Brukerne skal få tryggere oppfølging",
          note="in other words: safer follow-up for users (simpler for them) and less time "
          "driving for staff (time freed)"),
        G("7", g["7"], "not_followed_up",
          note="deferred: replacing the last diesel cars 'er utsatt til 2060'; the kilometres "
          "driven are measured under the digital goal, as time, not emissions"),
    ]
    kids = [
        C(c["T1"], ["1"], note="the child goals are the cells of 'Tjenestemål 2058–2061' in the "
          "table of '3 Målhierarki'; the first column names only the kommuneplan's "
          "innsatsområde (printed once per group, blank below); the lines of 'Tiltak 2058' are "
          "measures, 'Slik måler vi' indicators. Never child goals: '2 Utfordringer', '4 "
          "Økonomi', '5 Dette ligger i andre planer'"),
        C(c["T2"], ["4"]),
        C(c["T3"], ["3"]),
        C(c["T4"], ["5"]),
        C(c["T5"], ["6"]),
        C(c["T6"], [], note="medication errors, under 'Tjenestens eget mål': no goal of the "
          "samfunnsdel — stands alone"),
    ]
    return dict(
        language="nb", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (python-docx → LibreOffice, Liberation Sans 9.8; KOMMUNEPLANENS "
        "SAMFUNNSDEL): intro, vision line, facts, per innsatsområde a table `Utfordringer | Mål "
        "2069 | Strategier` with the goals in the middle column, no numbers, follow-up, "
        "arealstrategi; header right over a rule, 'Side n av N'; child PDF (odfpy → "
        "LibreOffice, Liberation Sans 9.4, A4 LANDSCAPE; a sector's TJENESTEPLAN): intro, "
        "'•' challenges, a MÅLHIERARKI table `Kommuneplanens innsatsområde | Tjenestemål "
        "2058–2061 | Slik måler vi | Tiltak 2058 | Ansvar` with the area printed once per "
        "group, economy, what lies in other plans; header right, footer centred",
        goals=goals_, kids=kids,
    )


# =========================================================================== 2 Breivest / Fjærevåg (nn)


@pair
def fjaerevag_tilskotssoknad(d: Path) -> dict:
    g = {
        "1": "Sentruma i fylket skal vere levande møteplassar med handel, tenester og kultur.",
        "2": "Nye bustader skal i hovudsak byggjast i sentrum eller nær kollektivknutepunkt.",
        "3": "Innbyggjarane, og særleg barn og unge, skal vere med og forme staden dei bur på.",
        "4": "Kulturarven skal takast vare på og brukast som ein ressurs når stadene utviklar "
             "seg.",
        "5": "Det skal vere trygt og attraktivt å gå og sykle til daglege gjeremål.",
        "6": "Stadene skal vere budde på eit våtare klima, med plass til overvatn og grøne "
             "område.",
    }
    strat = {
        "1": ["Samle handel og offentlege tenester i sentrum", "Støtte felles "
              "sentrumsorganisasjonar og arrangement"],
        "2": ["Fortetting før utbygging av nye felt", "Rettleie kommunane i bustadplanlegging"],
        "3": ["Tilskot til medverknad i stadutviklingsprosjekt", "Bruke skulane som "
              "arena for medverknad"],
        "4": ["Ny bruk av verneverdige bygg", "Registrere kulturminne tidleg i planarbeidet"],
        "5": ["Samanhengande gang- og sykkelvegnett i sentruma", "Lågare fart i sentrumsgatene"],
        "6": ["Opne bekkar og lage regnbed", "Ta vare på grøne lunger i sentrum"],
    }

    def row(k, theme):
        lis = "".join(f"<li>{e(x)}</li>" for x in strat[k])
        return (f"<div class='row'><div class='gl'><div class='dm'>Delmål {k} · {e(theme)}</div>"
                f"<p class='goal'>{e(g[k])}</p></div><div class='st'><div class='sl'>Strategiar"
                f"</div><ul>{lis}</ul></div></div>")

    body = [
        "<div class='top'>BREIVEST FYLKESKOMMUNE · Regional plan for attraktive lokalsamfunn "
        "og stadutvikling 2056–2068</div>",
        "<h1>Regional plan for attraktive lokalsamfunn og stadutvikling 2056–2068</h1>",
        "<p class='sub'>Vedteken av fylkestinget 14. juni 2056, sak FT-33/56 · Planen gjeld for "
        "alle dei 17 kommunane i Breivest</p>",
        "<h2>1 Kvifor ein regional plan for stadutvikling?</h2>",
        "<p>Mange av tettstadene i Breivest har mista butikkar, bank og post dei siste tjue åra, "
        "og nye bustadfelt er bygde langt frå sentrum. Samstundes ønskjer dei fleste unge vaksne "
        "å bu der det er liv og kort veg til tilbod. Planen skal hjelpe kommunane å snu denne "
        "utviklinga, og han er grunnlaget for fylkeskommunen sitt tilskot til stadutvikling.</p>",
        "<p>Visjonen for planen er «Gode stader å bu og besøkje i heile Breivest». Planen har "
        "seks delmål med strategiar. Handlingsprogrammet vert rullert kvart år.</p>",
        "<h2>2 Delmål og strategiar</h2>",
        row("1", "Levande sentrum"), row("2", "Bustader"), row("3", "Medverknad"),
        row("4", "Kulturarv"), row("5", "Gå og sykle"), row("6", "Klimatilpassing"),
        "<h2>3 Tilskot til stadutvikling</h2>",
        "<p>Kommunar, lag og organisasjonar kan søkje om tilskot til forprosjekt og "
        "gjennomføring. Tilskotet kan utgjere inntil 50 prosent av kostnadene, høgst 1,5 mill. kr "
        "per prosjekt. Søknader vert vurderte etter kor godt dei bidreg til måla i planen, kor "
        "breitt prosjektet er forankra lokalt, og om det har eigenfinansiering. Søknadsfristen "
        "er 1. mars kvart år, og søknaden skal sendast i søknadsportalen.</p>",
        "<p class='sign'>Sigrid Eskedal, fylkesordførar</p>",
    ]
    css = (
        "@page{size:A4;margin:15mm 17mm 16mm 17mm;"
        "@bottom-right{content:'Side ' counter(page);font:7.5pt 'Liberation Sans';color:#666}}"
        "*{-webkit-print-color-adjust:exact;print-color-adjust:exact}"
        "body{font:9.6pt/1.45 'Liberation Serif';color:#222}"
        ".top{font:7.5pt 'Liberation Sans';color:#555;border-bottom:1.5pt solid #7A4B1E;"
        "padding-bottom:3pt}"
        "h1{font:bold 19pt 'Liberation Sans';color:#7A4B1E;margin:12pt 0 3pt}"
        ".sub{color:#555;font-style:italic;margin:0 0 10pt}"
        "h2{font:bold 12pt 'Liberation Sans';color:#7A4B1E;margin:12pt 0 4pt}"
        "p{margin:0 0 5pt}"
        ".row{display:flex;gap:12pt;border-top:.8pt solid #C9B49C;padding:6pt 0;"
        "break-inside:avoid}"
        ".gl{flex:0 0 52%}.st{flex:1}"
        ".dm{font:bold 7.5pt 'Liberation Sans';color:#7A4B1E;text-transform:uppercase;"
        "letter-spacing:.05em;margin-bottom:2pt}"
        ".goal{font:bold 10.5pt/1.35 'Liberation Serif';margin:0}"
        ".sl{font:italic 8pt 'Liberation Sans';color:#666;margin-bottom:1pt}"
        ".st ul{margin:0;padding-left:12pt;font-size:9pt}"
        ".sign{margin-top:12pt;font-style:italic}"
    )
    _html("nn", "Regional plan for attraktive lokalsamfunn og stadutvikling 2056–2068", css,
          body, d / "parent.pdf")

    c = {
        "H": "Fjærevåg sentrum skal bli ein stad der folk i alle aldrar har lyst til å møtast "
             "og vere.",
        "D1": "Torget og kaia skal bli eitt samanhengande uterom med sitjeplassar, leik og ein "
              "liten scene.",
        "D2": "Barn og unge skal vere med og avgjere korleis torget skal sjå ut.",
        "D3": "Det gamle salteriet på kaia skal setjast i stand og få ny bruk som "
              "kafé og verkstad.",
        "D4": "Torget skal stå ferdig til 200-årsjubileet for Fjærevåg i juni 2059.",
    }
    m = {
        "a1": "Medverknad: «Teikn torget» med 5.–7. trinn ved Fjærevåg skule",
        "a2": "Ope folkemøte og digital kartinnspel",
        "a3": "Forprosjekt og landskapsplan for torg og kai",
        "a4": "Istandsetjing av salteriet, med antikvarisk rettleiing",
        "a5": "Opparbeiding av torget med scene og leikeapparat",
        "a6": "Ny gangveg frå skulen til torget, 240 m",
        "a7": "Fast marknadsdag første laurdag i månaden",
    }
    child = [
        ("kicker", "SØKNADSPORTALEN · UTSKRIFT AV INNSEND SØKNAD"),
        ("title", "Søknad om tilskot til stadutvikling"),
        ("sub", "Søknadsnummer BV-2058-0147 · Innsend 27.02.2058 kl. 14:32 · Status: Under "
         "handsaming"),
        ("table", ["Felt", "Opplysningar"], [
            ("Tilskotsordning", "Tilskot til stadutvikling – Regional plan for attraktive "
             "lokalsamfunn og stadutvikling 2056–2068"),
            ("Søkjar", "Fjærevåg kommune, org.nr. 964 118 207"),
            ("Kontaktperson", "Oddbjørn Tvergrend, plan- og utviklingssjef"),
            ("Prosjektnamn", "Torget i Fjærevåg"),
            ("Prosjektperiode", "01.05.2058–30.06.2059"),
            ("Søknadsbeløp", "1 450 000 kr"),
        ], [42, 124]),
        ("h2", "1 Kort om prosjektet"),
        ("p", "Torget i Fjærevåg er i dag ein parkeringsplass med plass til 38 bilar, og kaia "
         "vert berre brukt av fiskebåtane. Kommunen vil gjere torget og kaia om til eitt "
         "uterom der folk kan møtast, og gje det gamle salteriet ny bruk. Parkeringa vert "
         "flytta til tomta bak samfunnshuset."),
        ("h2", "2 Mål for prosjektet"),
        ("lab", "Hovudmål"),
        ("p", c["H"]),
        ("lab", "Delmål"),
        ("dash", [c["D1"], c["D2"], c["D3"], c["D4"]]),
        ("h2", "3 Aktivitetar"),
        ("table", ["Nr.", "Aktivitet", "Ansvarleg", "Periode"], [
            ("1", m["a1"], "Fjærevåg skule / plan og utvikling", "Mai–juni 2058"),
            ("2", m["a2"], "Plan og utvikling", "Juni 2058"),
            ("3", m["a3"], "Innleigd landskapsarkitekt", "Juni–sept. 2058"),
            ("4", m["a4"], "Eigedom / Fjærevåg sogelag", "Sept. 2058–mars 2059"),
            ("5", m["a5"], "Kommunalteknikk", "Mars–juni 2059"),
            ("6", m["a6"], "Kommunalteknikk", "Haust 2058"),
            ("7", m["a7"], "Fjærevåg næringsforum", "Frå juni 2059"),
        ], [10, 82, 46, 28]),
        ("h2", "4 Korleis bidreg prosjektet til måla i den regionale planen?"),
        ("p", "Prosjektet bidreg til alle dei seks delmåla i planen. Eit meir attraktivt sentrum "
         "vil gjere det meir attraktivt å busetje seg i Fjærevåg, og kommunen vurderer å flytte "
         "biblioteket til sentrum når husleigeavtalen går ut i 2061. Torget vert planlagt med "
         "tanke på klimaet."),
        ("p", "Handtering av overvatn på kaia er halde utanfor søknaden. Kommunen søkjer om "
         "eige tilskot frå NVE til sikring av kaifronten."),
        ("h2", "5 Forankring"),
        ("p", "Kommunestyret vedtok å prioritere prosjektet i handlingsdelen 2058–2061 (sak "
         "12/58). Fjærevåg næringsforum og Fjærevåg sogelag er med i prosjektgruppa."),
        ("h2", "6 Kostnadsplan"),
        ("table", ["Post", "Beløp (kr)"], [
            ("Medverknad og forprosjekt", "320 000"),
            ("Istandsetjing av salteriet", "1 100 000"),
            ("Opparbeiding av torg, scene og leik", "1 280 000"),
            ("Gangveg skule–torg", "200 000"),
            ("Sum", "2 900 000"),
        ], [110, 40]),
        ("h2", "7 Finansieringsplan"),
        ("table", ["Kjelde", "Beløp (kr)"], [
            ("Fjærevåg kommune, eigne midlar", "1 150 000"),
            ("Sparebankstiftinga Breivest (tilsegn gitt)", "300 000"),
            ("Omsøkt tilskot frå Breivest fylkeskommune", "1 450 000"),
            ("Sum", "2 900 000"),
        ], [110, 40]),
        ("h2", "8 Vedlegg"),
        ("sq", ["Kommunestyrevedtak sak 12/58", "Skisse torg og kai", "Tilsegnsbrev frå "
                "Sparebankstiftinga"]),
        ("sig", ["Stadfesta av Oddbjørn Tvergrend på vegner av søkjar, 27.02.2058"]),
    ]
    _rl_doc(d / "child.pdf", child, fonts=_p43._rl_fonts("LiberationSans"), base=9.2,
            accent="#5A5A5A", tint="#EEEEEE", title="Søknad BV-2058-0147 – Torget i Fjærevåg",
            author="Søknadsportalen", header="Søknad BV-2058-0147 · Fjærevåg kommune · Torget "
            "i Fjærevåg", footer="Utskrift 03.03.2058 09:15", page_word="Side")

    goals_ = [
        G("1", g["1"], "partial", [c["H"], c["D1"], m["a5"], m["a7"]],
          ev="Fjærevåg sentrum skal bli ein",
          missing=["tenester: public services in the centre are not part of the project (the "
                   "library move is only 'vurderer' for 2061)"],
          note="the goals are the bold sentences of the six rows 'Delmål n · …' of '2 Delmål og "
          "strategiar' (id = n); the vision in the prose of '1', the 'Strategiar' lists and "
          "the grant rules of '3' are no goals. A meeting place with a stage (culture) and a "
          "market day (trade)"),
        G("2", g["2"], "not_followed_up",
          note="trap (the applicant's claim): '4 Korleis bidreg …' says a more attractive "
          "centre makes it more attractive to settle; no dwelling is planned or built"),
        G("3", g["3"], "followed_up", [c["D2"], m["a1"], m["a2"]],
          ev="Barn og unge skal vere",
          note="children decide the design with the school, and an open public meeting and map "
          "input for all residents"),
        G("4", g["4"], "followed_up", [c["D3"], m["a4"]],
          ev="Det gamle salteriet på kaia",
          note="in other words: the old salting house restored and put to new use"),
        G("5", g["5"], "partial", [m["a6"]],
          ev="Ny gangveg frå skulen til",
          missing=["sykle: nothing for cycling"],
          note="walking only, one footpath from the school; no child goal, a measure"),
        G("6", g["6"], "not_followed_up",
          note="handed on: storm water on the quay is 'halde utanfor søknaden', NVE is asked "
          "for a separate grant; 'planlagt med tanke på klimaet' is a claim with no step"),
    ]
    kids = [
        C(c["H"], ["1"], note="the child goals are the paragraph under 'Hovudmål' and the '–' "
          "lines under 'Delmål' in '2 Mål for prosjektet'; the activity rows of '3' are "
          "measures. Never child goals: the field table, '1 Kort om prosjektet', the "
          "applicant's claims in '4 Korleis bidreg …', '5 Forankring', the cost and financing "
          "tables, the attachments"),
        C(c["D1"], ["1"]),
        C(c["D2"], ["3"]),
        C(c["D3"], ["4"]),
        C(c["D4"], [], note="a date for the 200th anniversary: no goal of the regional plan — "
          "stands alone"),
    ]
    return dict(
        language="nn", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (HTML → Chromium, Liberation Serif 9.6 / Sans headings; a "
        "county's REGIONAL PLAN for attraktive lokalsamfunn og stadutvikling): top line over a "
        "rule, hovudmål in prose, six ruled ROWS each with a small-capitals label 'Delmål n · "
        "theme' and the bold goal left and 'Strategiar' bullets right, grant rules; 'Side n' "
        "bottom right; child PDF (reportlab, Liberation Sans 9.2; a kommune's SØKNAD OM "
        "TILSKOT printed from the county's application portal): kicker, status line, a "
        "`Felt | Opplysningar` table, 'Hovudmål' / 'Delmål' labels over a paragraph and '–' "
        "lines, `Nr. | Aktivitet | Ansvarleg | Periode`, the applicant's claims of "
        "contribution, cost and financing tables, attachments; header over a rule, 'Side n'",
        goals=goals_, kids=kids,
    )


# =========================================================================== 3 Rönnåsa (sv)


@pair
def ronnasa_namndbilder(d: Path) -> dict:
    g = {
        "1": "Alla barn och unga ska ha tillgång till en meningsfull fritid.",
        "2": "Invånarna ska röra sig mer i vardagen, och de som har svårt att komma igång ska "
             "få stöd.",
        "3": "Fler elever ska lämna grundskolan med godkända betyg i alla ämnen.",
        "4": "Rönnåsa ska vara en attraktiv plats att bo i och besöka, med ett rikt kulturliv.",
        "5": "Kommunens lokaler ska användas effektivt och energianvändningen ska minska.",
        "6": "Medarbetarna ska ha en god arbetsmiljö och vilja rekommendera Rönnåsa som "
             "arbetsgivare.",
    }
    parent = [
        ("title", "Mål- och resursplan 2058–2060"),
        ("sub", "Rönnåsa kommun · Beslutad av kommunfullmäktige 24 november 2057, § 118 · "
         "Dnr KS 2057/0412"),
        ("h1", "1 Så styrs Rönnåsa kommun"),
        ("p", "Mål- och resursplanen är kommunens övergripande styrdokument för de kommande tre "
         "åren. Kommunfullmäktige beslutar om mål och ekonomiska ramar. Nämnderna bryter ned "
         "fullmäktiges mål i egna nämndmål och aktiviteter i sina verksamhetsplaner, som ska "
         "vara beslutade senast i januari. Uppföljning sker i delårsrapporten och "
         "årsredovisningen."),
        ("p", "Nämnderna ansvarar också för sitt grunduppdrag enligt reglementet, även där "
         "fullmäktige inte har satt något mål."),
        ("h1", "2 Omvärld och förutsättningar"),
        ("p", "Befolkningen i Rönnåsa ökade med 160 personer under 2057 till 16 420 invånare. "
         "Antalet barn i förskoleålder minskar, medan gruppen över 80 år växer. "
         "Skatteunderlaget växer långsammare än kostnaderna, och alla nämnder har fått ett "
         "effektiviseringskrav på 1 procent."),
        ("h1", "3 Kommunfullmäktiges mål 2058–2060"),
        ("p", "Fullmäktige har beslutat om sex mål inom tre målområden. Tabellen anger vilken "
         "nämnd som har huvudansvar för varje mål; alla nämnder ska bidra där de kan."),
        ("table", ["Målområde", "Kommunfullmäktiges mål", "Nämnd med huvudansvar"], [
            ("Livskvalitet hela livet", g["1"], "Kultur- och fritidsnämnden, barn- och "
             "utbildningsnämnden"),
            ("", g["2"], "Kultur- och fritidsnämnden, socialnämnden"),
            ("", g["3"], "Barn- och utbildningsnämnden"),
            ("Hållbar samhällsutveckling", g["4"], "Kommunstyrelsen, kultur- och "
             "fritidsnämnden"),
            ("", g["5"], "Kommunstyrelsen, tekniska nämnden"),
            ("Attraktiv arbetsgivare", g["6"], "Samtliga nämnder"),
        ], [40, 82, 48]),
        ("h1", "4 Ekonomiska ramar"),
        ("table", ["Nämnd (tkr)", "Budget 2058", "Plan 2059", "Plan 2060"], [
            ("Kommunstyrelsen", "118 400", "119 900", "121 300"),
            ("Barn- och utbildningsnämnden", "512 700", "515 200", "518 900"),
            ("Socialnämnden", "468 300", "476 800", "487 100"),
            ("Kultur- och fritidsnämnden", "61 850", "62 300", "62 900"),
            ("Tekniska nämnden", "44 200", "44 600", "45 000"),
        ], [70, 34, 33, 33]),
        ("p", "Kultur- och fritidsnämndens ram inkluderar 0,6 mnkr för utökade öppettider på "
         "fritidsgården Ugglan. Medel för en ny konstgräsplan finns i investeringsbudgeten "
         "2059."),
        ("h1", "5 Uppdrag till nämnderna"),
        ("p", "Kommunstyrelsen får i uppdrag att ta fram en lokalförsörjningsplan till juni 2058. "
         "Tekniska nämnden får i uppdrag att utreda ishallens kylanläggning."),
    ]
    _docx(parent, d / "parent.pdf", title="Mål- och resursplan 2058–2060 – Rönnåsa kommun",
          author="Rönnåsa kommun", header="RÖNNÅSA KOMMUN · MÅL- OCH RESURSPLAN 2058–2060",
          footer="KF 2057-11-24 § 118", lang="sv-SE", font="Liberation Sans", size=9.8,
          color="1F4E79")

    c = {
        "N1": "Fler barn och unga ska hitta en fritidsaktivitet som passar dem, oavsett "
              "familjens ekonomi.",
        "N2": "Fler ska använda motionsspåren, simhallen och utegymmen.",
        "N3": "Kulturhuset Ugglan och biblioteken ska ha ett program året runt för alla åldrar.",
        "N4": "Medarbetarna ska känna sig delaktiga och vilja rekommendera förvaltningen som "
              "arbetsplats.",
        "N5": "Biblioteken ska hjälpa fler invånare att använda digitala tjänster.",
    }
    m = {
        "fb": "Fritidsbanken öppnar i Ugglan i mars",
        "lov": "Avgiftsfria lovaktiviteter sportlov, sommarlov och höstlov",
        "fre": "Fritidsgården öppen fredagar till kl. 23",
        "spar": "Belysning i elljusspåret till kl. 22 året runt",
        "sim": "Vattengympa för seniorer två dagar i veckan",
        "ute": "Två nya utegym, Backgården och Ljungtorp",
        "prog": "Programråd med föreningarna två gånger per termin",
        "scen": "Barnkultur varje söndag i Ugglan",
        "lasn": "Sommarlovsläsning för elever i årskurs 1–6",
        "apt": "Arbetsplatsträffar med fast punkt om arbetsmiljö",
        "skydd": "Skyddsronder i alla verksamheter under våren",
        "enk": "Medarbetarenkät i oktober",
        "dig": "Digital drop-in på biblioteken varje tisdag",
        "bank": "Kurs i e-legitimation tillsammans med pensionärsföreningarna",
    }

    def slide(title, inner, cls=""):
        return f"<section class='s {cls}'><h2>{e(title)}</h2>{inner}</section>"

    def goal_slide(nr, key, acts, measure):
        lis = "".join(f"<li>{e(m[a])}</li>" for a in acts)
        return slide(f"Nämndmål {nr}", f"<p class='goal'>{e(c[key])}</p><div class='two'><div>"
                     f"<div class='lab'>Aktiviteter 2058</div><ul>{lis}</ul></div><div "
                     f"class='box'><div class='lab'>Så mäter vi</div><p>{e(measure)}</p></div>"
                     "</div>")

    def ul(items):
        return "<ul>" + "".join(f"<li>{e(x)}</li>" for x in items) + "</ul>"

    body = [
        "<section class='s title'><div class='k'>KULTUR- OCH FRITIDSNÄMNDEN</div>"
        "<h1>Verksamhetsplan 2058</h1><p class='st'>Nämndsammanträde 16 januari 2058 · "
        "ärende 3</p><p class='who'>Lena Bergkvist, förvaltningschef<br>Johan Edfeldt, "
        "controller</p></section>",
        slide("Vårt grunduppdrag", ul([
            "Folkbibliotek i Rönnåsa, Ljungtorp och Backgården",
            "Kulturhuset Ugglan med scen och fritidsgård",
            "Simhall, ishall, idrottshallar och motionsspår",
            "Bidrag till föreningar och studieförbund",
            "Kulturskolan: 640 elever",
        ])),
        slide("KF:s mål där nämnden har huvudansvar",
              "<p class='q'>" + "</p><p class='q'>".join(e(g[k]) for k in ("1", "2", "4"))
              + "</p><p class='note'>Citerat ur mål- och resursplanen 2058–2060. Nämndens "
              "egna mål följer på nästa bilder.</p>"),
        goal_slide(1, "N1", ["fb", "lov", "fre"],
                   "Andel unga i åk 8 som har en fritidsaktivitet (Lupp). 2057: 61 %. Mål: 70 %"),
        goal_slide(2, "N2", ["spar", "sim", "ute"],
                   "Besök i simhallen och antal passager i elljusspåret (räknare)"),
        goal_slide(3, "N3", ["prog", "scen", "lasn"],
                   "Antal arrangemang och besök i Ugglan; utlån per invånare"),
        goal_slide(4, "N4", ["apt", "skydd", "enk"],
                   "eNPS i medarbetarenkäten. 2057: +4. Mål: +15"),
        goal_slide(5, "N5", ["dig", "bank"], "Antal besök på digital drop-in"),
        slide("Ekonomi 2058", ul([
            "Ram 61,9 mnkr, varav 0,6 mnkr för fredagsöppet på Ugglan",
            "Effektivisering 1 %: Ljungtorps bibliotek blir meröppet i stället för bemannat "
            "på lördagar",
            "Ishallens energianvändning: tekniska nämnden utreder ny kylanläggning – inga "
            "åtgärder i nämndens budget 2058",
        ])),
        slide("Det här gör vi inte 2058", ul([
            "Fysisk aktivitet på recept (FaR) – regionens hälsocentraler ansvarar",
            "Skolbiblioteken övergår till barn- och utbildningsnämnden från 1 juli",
            "Turistinformationen flyttar till näringslivsenheten under kommunstyrelsen",
            "Ny konstgräsplan – investering 2059",
        ])),
        slide("Förslag till beslut",
              "<p>Kultur- och fritidsnämnden fastställer verksamhetsplan 2058 med nämndmål, "
              "aktiviteter och mått enligt presentationen.</p>"),
    ]
    css = (
        "@page{size:254mm 142.875mm;margin:0}"
        "*{-webkit-print-color-adjust:exact;print-color-adjust:exact;box-sizing:border-box}"
        "body{margin:0;font:13pt/1.35 'Liberation Sans';color:#1d1d1d}"
        ".s{width:254mm;height:142.875mm;padding:12mm 16mm 14mm;position:relative;"
        "page-break-after:always;overflow:hidden;border-top:5mm solid #8A1C3B}"
        ".s:last-child{page-break-after:auto}"
        ".s::after{content:'Kultur- och fritidsnämnden · 16 januari 2058';position:absolute;"
        "left:16mm;bottom:6mm;font-size:8pt;color:#777}"
        "h2{font:bold 22pt 'Liberation Sans';color:#8A1C3B;margin:0 0 6mm}"
        ".title{background:#8A1C3B;color:#fff;border:none;padding-top:30mm}"
        ".title .k{font:bold 10pt 'Liberation Sans';letter-spacing:.12em}"
        ".title h1{font:bold 34pt 'Liberation Sans';margin:3mm 0}"
        ".title .st{font-size:14pt}.title .who{font-size:11pt;margin-top:10mm}"
        ".title::after{color:#f0d0da}"
        ".goal{font:bold 17pt/1.3 'Liberation Sans';margin:0 0 6mm}"
        ".two{display:flex;gap:10mm}.two>div{flex:1}"
        ".lab{font:bold 10pt 'Liberation Sans';color:#8A1C3B;text-transform:uppercase;"
        "letter-spacing:.06em;margin-bottom:2mm}"
        ".box{background:#F4E6EA;padding:4mm 5mm}.box p{margin:0;font-size:12pt}"
        "ul{margin:0;padding-left:7mm}li{margin-bottom:2mm}"
        ".q{font:italic 14pt 'Liberation Serif';border-left:2mm solid #D9A5B3;padding-left:4mm;"
        "margin:0 0 4mm}"
        ".note{font-size:10pt;color:#666}"
    )
    _html("sv", "Kultur- och fritidsnämnden – Verksamhetsplan 2058", css, body, d / "child.pdf")

    goals_ = [
        G("1", g["1"], "followed_up", [c["N1"], m["fb"], m["lov"], m["fre"]],
          ev="Fler barn och unga ska hitta",
          note="the goals are the cells of the column 'Kommunfullmäktiges mål' of the table in "
          "'3 Kommunfullmäktiges mål 2058–2060' (no numbers; id = order); the målområde and "
          "'Nämnd med huvudansvar' columns, the budget table and the assignments of '5' are no "
          "goals. In other words: a fitting activity whatever the family's means — equipment "
          "lending, free holiday activities, Friday opening"),
        G("2", g["2"], "partial", [c["N2"], m["spar"], m["sim"], m["ute"]],
          ev="Fler ska använda motionsspåren, simhallen",
          missing=["stöd till dem som har svårt att komma igång: FaR is left to the region "
                   "('Det här gör vi inte 2058')"],
          note="moving more only. Trap: the slide 'KF:s mål där nämnden har huvudansvar' quotes "
          "the goal word for word — a quotation, not a follow-up"),
        G("3", g["3"], "not_followed_up",
          note="another nämnd's goal (barn- och utbildningsnämnden). Trap (shared words): "
          "'Sommarlovsläsning för elever i årskurs 1–6' is leisure reading under the culture "
          "goal; the school libraries pass to the school board"),
        G("4", g["4"], "partial", [c["N3"], m["prog"], m["scen"]],
          ev="Kulturhuset Ugglan och biblioteken ska",
          missing=["attraktiv plats att bo i och besöka: the tourist office moves to the "
                   "kommunstyrelse; nothing for visitors or residents' attraction beyond the "
                   "programme"],
          note="a rich cultural life only; quoted on the KF slide"),
        G("5", g["5"], "not_followed_up",
          note="handed on: the ice rink's energy is studied by tekniska nämnden with 'inga "
          "åtgärder i nämndens budget 2058'; Ljungtorp library 'meröppet' is a saving of staff, "
          "not of premises or energy"),
        G("6", g["6"], "followed_up", [c["N4"], m["apt"], m["skydd"], m["enk"]],
          ev="Medarbetarna ska känna sig delaktiga",
          note="recommending the workplace (eNPS) and the working environment (safety rounds, "
          "a fixed item at workplace meetings); the administration's share of a goal for all "
          "nämnder"),
    ]
    kids = [
        C(c["N1"], ["1"], note="the child goals are the bold sentences on the slides 'Nämndmål "
          "1' … 'Nämndmål 5'; the 'Aktiviteter 2058' bullets are measures, 'Så mäter vi' "
          "indicators. Never child goals: the title slide, 'Vårt grunduppdrag', the KF goals "
          "QUOTED on slide 3, 'Ekonomi 2058', 'Det här gör vi inte 2058', the proposed "
          "decision"),
        C(c["N2"], ["2"]),
        C(c["N3"], ["4"]),
        C(c["N4"], ["6"]),
        C(c["N5"], [], note="digital inclusion at the libraries: no KF goal — stands alone"),
    ]
    return dict(
        language="sv", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (python-docx → LibreOffice, Liberation Sans 9.8; a kommun's MÅL- "
        "OCH RESURSPLAN): steering model, context, KF's goals in one table `Målområde | "
        "Kommunfullmäktiges mål | Nämnd med huvudansvar` with the area printed once per group, "
        "a budget-frame table, assignments; header over a rule, footer + page; child PDF (HTML "
        "→ Chromium, Liberation Sans 13, 16:9 SLIDES, 11 pages; the kultur- och fritidsnämnd's "
        "verksamhetsplan as the deck shown at the board meeting): title slide, basic duty, KF "
        "goals quoted, one slide per 'Nämndmål n' (bold goal, 'Aktiviteter 2058' bullets, "
        "'Så mäter vi' box), economy, what is not done, proposed decision; footer line on each "
        "slide",
        goals=goals_, kids=kids,
    )


# =========================================================================== 4 Vejlstrup (da)


@pair
def vejlstrup_helhedsplan(d: Path) -> dict:
    g = {
        "1": "Der skal være en blandet beboersammensætning i alle kommunens boligområder.",
        "3": "Flere beboere i de almene boligområder skal være i job eller uddannelse.",
        "4": "Børn og unge skal trives, lære og have de samme muligheder som deres "
             "jævnaldrende.",
        "5": "Alle skal føle sig trygge i det område, hvor de bor.",
        "2": "Boligerne skal være energirigtige og tilgængelige for ældre og mennesker med "
             "handicap.",
        "6": "Beboerne skal have indflydelse på og tage ansvar for deres boligområde.",
    }
    parent = [
        ("title", "Boligpolitik 2057–2065"),
        ("sub", "Vejlstrup Kommune · Vedtaget af byrådet 29. maj 2057"),
        ("h1", "Forord"),
        ("p", "Et godt hjem er grundlaget for et godt liv. Med boligpolitikken vil byrådet "
         "sikre, at der også i fremtiden er gode og betalelige boliger i hele Vejlstrup, og at "
         "ingen boligområder bliver hægtet af. Politikken er blevet til i dialog med de almene "
         "boligorganisationer, lejerforeningen og de private udlejere."),
        ("p", "Mette Hyldebo, borgmester"),
        ("h1", "Vejlstrup i tal"),
        ("inline", [
            "31 400 indbyggere, heraf 6 900 i almene boliger",
            "Hyldegården: 1 140 beboere, 43 % af de 18–64-årige uden for arbejdsmarkedet",
            "Ventelisten til en ældrebolig er 14 måneder",
        ]),
        ("band", "Tema 1 · Et blandet boligmarked"),
        ("p", "Vejlstrup skal have boliger til alle livsfaser og indkomster. Kommunen bruger "
         "sin anvisningsret og fleksibel udlejning i samarbejde med boligorganisationerne."),
        ("box", "Byrådets målsætninger", [g["1"], g["2"]]),
        ("band", "Tema 2 · Stærke fællesskaber i de almene boligområder"),
        ("p", "De almene boligområder er en vigtig del af byen. I Hyldegården er der for mange, "
         "der står uden for arbejdsmarkedet, og for mange unge, der ikke får en uddannelse."),
        ("box", "Byrådets målsætninger", [g["3"], g["4"], g["5"]]),
        ("band", "Tema 3 · Beboerdemokrati og medansvar"),
        ("p", "Beboerdemokratiet er den almene sektors styrke. Byrådet ønsker, at flere "
         "beboere stiller op til afdelingsbestyrelserne og tager del i livet i området."),
        ("box", "Byrådets målsætning", [g["6"]]),
        ("h1", "Sådan følger vi op"),
        ("p", "Boligpolitikken følges op i den strategiske samarbejdsaftale med "
         "boligorganisationerne, i de boligsociale helhedsplaner og i kommuneplanen. Byrådet "
         "gør status hvert andet år."),
    ]
    _odt(parent, d / "parent.pdf", title="Boligpolitik 2057–2065 – Vejlstrup Kommune",
         header="Vejlstrup Kommune · Boligpolitik 2057–2065", footer="Boligpolitik",
         font="Liberation Sans", size=10, color="#2B5F8A", tint="#E3EDF5", lang="da",
         country="DK")

    c = {
        "H1": "Beboerne skal opleve Hyldegården som et trygt og rart sted at bo.",
        "H2": "Flere beboere skal være aktive i fællesskabet og i det frivillige arbejde.",
        "H3": "Flere børn skal være klar til skolestart, og flere unge skal gennemføre en "
              "ungdomsuddannelse.",
        "H4": "Flere beboere mellem 18 og 64 år skal komme i job.",
        "H5": "Forældrene skal være trygge i forældrerollen og i god dialog med skole og "
              "dagtilbud.",
        "H6": "Helhedsplanen skal være synlig i området med et sekretariat, der har fast "
              "åbningstid i beboerhuset.",
    }
    m = {
        "natt": "Nattevandring fredag og lørdag i samarbejde med SSP",
        "tryg": "Tryghedsvandring med politi og beboere hvert forår",
        "frivk": "Frivilligkorps og årlig frivillighedsfest",
        "akt": "Aktivitetspulje, som beboerne søger",
        "lek": "Lektiecafé fire dage om ugen",
        "sprog": "Sprogleg for forældre og børn i alderen 2–5 år",
        "fjob": "Fritidsjobformidling for unge 13–17 år",
        "jobv": "Jobvejleder i beboerhuset, sammen med Jobcenter Vejlstrup",
        "virk": "Virksomhedspraktik i samarbejde med lokale virksomheder",
        "fam": "Familiecafé og forældrekurset «Stærke forældre»",
        "skole": "Brobygger mellem hjem og Hyldegårdsskolen",
    }
    hd = ["Mål", "Succeskriterium", "Baseline 2057", "Måltal 2061"]
    w = [58, 56, 26, 26]
    child = [
        ("title", "Boligsocial helhedsplan for Hyldegården 2058–2061"),
        ("sub", "Strategi · Boligselskabet Vejlstrupgård, afdeling 7 Hyldegården, og Vejlstrup "
         "Kommune · Godkendt af Landsbyggefonden 18. december 2057"),
        ("h1", "1 Baggrund"),
        ("p", "Hyldegården har 486 lejligheder og 1 140 beboere. Der er mange børnefamilier og "
         "mange beboere uden job eller uddannelse. Helhedsplanen bygger videre på den "
         "tidligere helhedsplan 2053–2057 og finansieres af Landsbyggefonden, Vejlstrup Kommune "
         "og boligorganisationen. Helhedsplanen arbejder inden for fondens fire "
         "indsatsområder."),
        ("h1", "2 Indsatsområder"),
        ("h2", "2.1 Tryghed og trivsel"),
        ("b", "Formål"),
        ("p", "At styrke trygheden og fællesskabet i området, så flere tager del i det."),
        ("table", hd, [
            (c["H1"], "Andel, der føler sig trygge (tryghedsmåling)", "71 %", "85 %"),
            (c["H2"], "Antal aktive frivillige", "35", "60"),
        ], w),
        ("b", "Aktiviteter"),
        ("bul", [m["natt"], m["tryg"], m["frivk"], m["akt"]]),
        ("h2", "2.2 Uddannelse og livschancer"),
        ("b", "Formål"),
        ("p", "At give børn og unge bedre forudsætninger for at klare sig i skole og uddannelse."),
        ("table", hd, [
            (c["H3"], "Andel med sprogvurdering uden behov for indsats; andel 25-årige med "
             "ungdomsuddannelse", "58 %; 54 %", "70 %; 65 %"),
        ], w),
        ("b", "Aktiviteter"),
        ("bul", [m["lek"], m["sprog"], m["fjob"]]),
        ("h2", "2.3 Beskæftigelse"),
        ("b", "Formål"),
        ("p", "At bringe flere beboere tættere på arbejdsmarkedet."),
        ("table", hd, [
            (c["H4"], "Andel af de 18–64-årige i beskæftigelse", "57 %", "63 %"),
        ], w),
        ("b", "Aktiviteter"),
        ("bul", [m["jobv"], m["virk"]]),
        ("h2", "2.4 Forebyggelse og forældreansvar"),
        ("b", "Formål"),
        ("p", "At støtte forældrene, så færre børn og unge får brug for særlige indsatser."),
        ("table", hd, [
            (c["H5"], "Andel forældre, der deltager i skole-hjem-samtaler", "68 %", "85 %"),
        ], w),
        ("b", "Aktiviteter"),
        ("bul", [m["fam"], m["skole"]]),
        ("h1", "3 Organisering"),
        ("p", c["H6"] + " Styregruppen består af boligorganisationens direktør, kommunens "
         "direktør for børn og unge og formanden for afdelingsbestyrelsen. Sekretariatet har "
         "fire medarbejdere."),
        ("h1", "4 Det indgår ikke i helhedsplanen"),
        ("bul", [
            "Udlejning og anvisning af boliger aftales i den strategiske samarbejdsaftale "
            "mellem kommunen og boligorganisationerne.",
            "Renovering, energiforbedring og nye tilgængelige boliger indgår i den fysiske "
            "helhedsplan, som forventes søgt i 2062.",
            "Valg til afdelingsbestyrelsen og beboermøder er afdelingens egne opgaver.",
        ]),
        ("h1", "5 Økonomi"),
        ("table", ["Finansiering (kr.)", "2058–2061 i alt"], [
            ("Landsbyggefonden", "9 600 000"),
            ("Vejlstrup Kommune", "3 200 000"),
            ("Boligselskabet Vejlstrupgård", "1 200 000"),
            ("I alt", "14 000 000"),
        ], [110, 56]),
    ]
    _docx47(child, d / "child.pdf", title="Boligsocial helhedsplan for Hyldegården 2058–2061",
            author="Boligselskabet Vejlstrupgård", header="Boligsocial helhedsplan · "
            "Hyldegården 2058–2061", footer="Strategi", page_word="Side", of_word="af",
            lang="da-DK", font="Liberation Sans", size=9.8, color="5B3A7A", tint="EEE7F4")

    goals_ = [
        G("1", g["1"], "not_followed_up",
          note="the goals are the '»' lines in the shaded boxes 'Byrådets målsætning(er)' "
          "under the three 'Tema n' bands (no numbers; id = order of print); the foreword, "
          "'Vejlstrup i tal' and the tema paragraphs (anvisningsret, "
          "fleksibel udlejning) are no goals. Handed on: letting and allocation are in 'den "
          "strategiske samarbejdsaftale' ('4 Det indgår ikke …')"),
        G("2", g["2"], "not_followed_up",
          note="deferred: renovation, energy and accessible dwellings are in 'den fysiske "
          "helhedsplan, som forventes søgt i 2062'"),
        G("3", g["3"], "followed_up", [c["H4"], c["H3"], m["jobv"], m["virk"]],
          ev="Flere beboere mellem 18 og",
          note="job (job adviser, work placements) and education (young people completing an "
          "upper-secondary education) for one estate"),
        G("4", g["4"], "followed_up", [c["H3"], c["H5"], m["lek"], m["sprog"], m["fjob"],
                                        m["fam"], m["skole"]],
          ev="Flere børn skal være klar",
          note="in other words: ready for school, homework café, language play, parents in "
          "dialogue with school — learning and the same chances; 'trives' read as served by the "
          "leisure jobs and the family café"),
        G("5", g["5"], "followed_up", [c["H1"], m["natt"], m["tryg"]],
          ev="Beboerne skal opleve Hyldegården som",
          note="the estate felt as safe, night walks, a safety walk with the police"),
        G("6", g["6"], "partial", [c["H2"], m["frivk"], m["akt"]],
          ev="Flere beboere skal være aktive",
          missing=["indflydelse / beboerdemokrati: elections and meetings are 'afdelingens "
                   "egne opgaver'"],
          note="taking part and responsibility (volunteers, an activity pool the residents "
          "apply to) only"),
    ]
    kids = [
        C(c["H1"], ["5"], note="the child goals are the cells of the column 'Mål' of the four "
          "tables under '2 Indsatsområder', and the goal sentence opening '3 Organisering'; "
          "the '•' lines under 'Aktiviteter' are measures; 'Formål' lines are the fund's "
          "purposes per area, 'Succeskriterium' / 'Baseline' / 'Måltal' indicators. Never "
          "child goals: '1 Baggrund', '4 Det indgår ikke i helhedsplanen', '5 Økonomi'"),
        C(c["H2"], ["6"]),
        C(c["H3"], ["3", "4"]),
        C(c["H4"], ["3"]),
        C(c["H5"], ["4"]),
        C(c["H6"], [], note="a visible secretariat with opening hours: organisation of the "
          "plan, no goal of the boligpolitik — stands alone"),
    ]
    return dict(
        language="da", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (odfpy → LibreOffice, Liberation Sans 10; a kommune's "
        "BOLIGPOLITIK): foreword signed by the mayor, '•' facts, tinted 'Tema n · …' bands, "
        "each with a paragraph and a shaded box 'Byrådets målsætning(er)' over '»' goal lines, "
        "follow-up; header right, footer centred; child PDF (python-docx → LibreOffice, "
        "Liberation Sans 9.8; a BOLIGSOCIAL HELHEDSPLAN, strategi, for one estate): "
        "background, four indsatsområder each with bold 'Formål', a table `Mål | "
        "Succeskriterium | Baseline 2057 | Måltal 2061` and bold 'Aktiviteter' over Word '•' "
        "bullets, organisation, what is not in the plan, financing; header right over a rule, "
        "'Side n af N'",
        goals=goals_, kids=kids,
    )


# =========================================================================== 5 Aldersby (en)


@pair
def aldersby_investment_plan(d: Path) -> dict:
    g = {
        "1": "Our town centres will be busy, welcoming places with fewer empty shops.",
        "3": "More local people will have the skills they need for good jobs, including those "
             "furthest from work.",
        "4": "More small businesses will start, grow and stay in the district.",
        "2": "Aldersby will make the most of its visitor economy, its countryside and its "
             "heritage.",
        "5": "Every home and business will have gigabit broadband and reliable mobile "
             "coverage.",
        "6": "Local businesses will cut their carbon emissions as the district moves to net "
             "zero.",
    }
    parent = [
        ("kicker", "ALDERSBY DISTRICT COUNCIL"),
        ("title", "Economic Growth Strategy 2057–2067"),
        ("sub", "Adopted by Full Council on 9 October 2057"),
        ("h1", "Foreword"),
        ("p", "Aldersby has a strong base of small firms, two market towns and some of the "
         "finest countryside in the region. But wages are below the national average, too "
         "many of our young people leave to find work, and Kettleford's high street has lost "
         "a fifth of its shops in ten years. This strategy sets out what we want to achieve "
         "over the next decade and how the council will work with businesses and partners to "
         "get there."),
        ("p", "Cllr Priya Hallowell, Cabinet Member for Economy and Regeneration"),
        ("facts", "Aldersby at a glance", [
            "64,300 residents; 2,950 businesses, 89% with fewer than ten employees",
            "Median weekly earnings £41 below the national figure",
            "Shop vacancy rate in Kettleford 17%",
            "6,100 working-age residents economically inactive",
        ]),
        ("h1", "Our objectives"),
        ("p", "The strategy has six objectives under three themes. The council cannot deliver "
         "them alone: many of the levers sit with the county council, government and the "
         "private sector."),
        ("h2", "Theme A: Places"),
        ("sq", [g["1"], g["2"]]),
        ("h2", "Theme B: People"),
        ("sq", [g["3"]]),
        ("h2", "Theme C: Business"),
        ("sq", [g["4"], g["5"], g["6"]]),
        ("h1", "How we will deliver"),
        ("p", "An annual action plan will be agreed by Cabinet. External funding, including the "
         "Shared Prosperity Fund, will be used to deliver the objectives, and every bid will "
         "show how it contributes to this strategy."),
        ("dash", [
            "The council's role: landowner, planning authority, convenor and funder.",
            "Partners: the county council (skills, transport), Aldersby Business Network, "
            "Kettleford College, Jobcentre Plus.",
        ]),
    ]
    _rl_doc(d / "parent.pdf", parent, fonts=_p43._rl_fonts("LiberationSans"), base=9.8,
            accent="#1E6B52", tint="#E4F1EC", title="Economic Growth Strategy 2057–2067 – "
            "Aldersby District Council", author="Aldersby District Council",
            header="Aldersby District Council · Economic Growth Strategy 2057–2067",
            footer="Full Council 9 October 2057", page_word="Page")

    c = {
        "O1": "Fewer vacant units on Kettleford and Brenholt high streets, and more people "
              "visiting both town centres.",
        "O2": "More new businesses still trading after three years, and more existing firms "
              "taking on staff.",
        "O3": "More economically inactive residents moving into work, volunteering or "
              "training.",
        "O4": "Historic buildings brought back into use.",
        "O5": "Stronger community groups, with more residents volunteering.",
    }
    m = {
        "E1": "Shopfront and vacant unit grants, Kettleford and Brenholt",
        "E2": "Meanwhile use: pop-up shops in empty units, twelve-month leases",
        "E3": "Events programme in both town centres",
        "E4": "Start-up support and grants up to £5,000",
        "E5": "Growth advice and Aldersby Business Network peer groups",
        "E6": "Digital skills for small businesses, six short courses",
        "E7": "Keyworker support for economically inactive residents",
        "E8": "Restoration of the Kettleford Corn Exchange",
        "E9": "Community grants for village halls and clubs",
    }
    answers = [
        ("1", "Local context", "<p>Describe the main opportunities and challenges in your area "
         "that this plan will address.</p>",
         "<p>Aldersby is a rural district with two market towns, Kettleford and Brenholt. Shop "
         "vacancies in Kettleford are at 17%, business survival rates are below the regional "
         "average and 6,100 working-age residents are economically inactive. The plan builds "
         "on the council's Economic Growth Strategy 2057–2067.</p>"),
        ("2", "Local outcomes sought", "<p>List the outcomes you want to achieve with this "
         "allocation, one per line (maximum five).</p>",
         "<ol class='oc'>" + "".join(f"<li>{e(c[k])}</li>" for k in ("O1", "O2", "O3", "O4",
                                                                     "O5")) + "</ol>"),
        ("3", "Interventions", "<p>Set out the interventions you will fund under each "
         "investment priority and the allocation for 2058/59.</p>",
         "<table class='iv'><thead><tr><th>Ref</th><th>Investment priority</th><th>"
         "Intervention</th><th>2058/59 (£)</th></tr></thead><tbody>"
         + "".join(f"<tr><td>{r}</td><td>{e(pr)}</td><td>{e(m[r])}</td><td>{e(v)}</td></tr>"
                   for r, pr, v in [("E1", "Communities and place", "180,000"),
                                    ("E2", "Communities and place", "60,000"),
                                    ("E3", "Communities and place", "45,000"),
                                    ("E8", "Communities and place", "240,000"),
                                    ("E9", "Communities and place", "75,000"),
                                    ("E4", "Supporting local business", "150,000"),
                                    ("E5", "Supporting local business", "90,000"),
                                    ("E6", "Supporting local business", "35,000"),
                                    ("E7", "People and skills", "210,000")])
         + "</tbody></table>"),
        ("4", "Alignment with local strategies", "<p>Explain how the plan fits with your "
         "local strategies.</p>",
         "<p>All interventions support the Economic Growth Strategy. Net zero has been "
         "considered in the design of every project. Business decarbonisation grants were "
         "considered but are not included in Year 1; this will be reviewed in 2059.</p>"),
        ("5", "Activity not funded through this plan", "<p>Note any related activity that "
         "will be funded from other sources.</p>",
         "<p>Adult skills and apprenticeships are funded through the county council's Adult "
         "Skills Fund and are not part of this plan. Broadband and mobile coverage are for the "
         "national gigabit programme. The visitor economy is promoted by Visit Aldersby Vale "
         "from its own budget.</p>"),
        ("6", "Delivery and governance", "<p>Who will deliver the plan, and how will progress be "
         "monitored?</p>",
         "<p>The council's Economic Development team is the lead. A Local Partnership Group "
         "chaired by the Cabinet Member meets quarterly. Progress is reported to government "
         "every six months.</p>"),
    ]
    body = [
        "<div class='gov'>SHARED PROSPERITY FUND · LOCAL INVESTMENT PLAN TEMPLATE 2058–2061"
        "</div>",
        "<h1>Local Investment Plan: Aldersby District Council</h1>",
        "<table class='meta'><tr><th>Lead local authority</th><td>Aldersby District Council"
        "</td></tr><tr><th>Allocation 2058/59</th><td>£1,085,000 (revenue £845,000, capital "
        "£240,000)</td></tr><tr><th>Contact</th><td>Economic Development Manager, "
        "economy@aldersby.gov.example</td></tr><tr><th>Date submitted</th><td>14 February "
        "2058</td></tr></table>",
        "<p class='guid'>Complete every section. Answers should not exceed 500 words each. "
        "Guidance notes in grey are part of the template and may not be changed.</p>",
    ]
    for n, head, q, a in answers:
        body.append(f"<div class='qa'><div class='q'><b>Section {n}: {e(head)}</b>{q}</div>"
                    f"<div class='a'>{a}</div></div>")
    body.append("<p class='sig'>Approved by the Section 151 Officer, 14 February 2058</p>")
    css = (
        "page{size:A4;margin:16mm 18mm 18mm 18mm;"
        "bottom-left{content:'SPF Local Investment Plan – Aldersby';font:7.5pt 'Liberation "
        "Sans';color:#666}"
        "bottom-right{content:counter(page) ' of ' counter(pages);font:7.5pt 'Liberation "
        "Sans';color:#666}}"
        "*{-webkit-print-color-adjust:exact;print-color-adjust:exact}"
        "body{font:9.6pt/1.42 'Liberation Sans';color:#111}"
        ".gov{font:bold 8pt 'Liberation Sans';letter-spacing:.05em;border-bottom:2pt solid #000;"
        "padding-bottom:3pt}"
        "h1{font:bold 17pt 'Liberation Sans';margin:10pt 0 8pt}"
        "table.meta{margin-bottom:8pt}table.meta th{text-align:left;width:34%;background:#F0F0F0;"
        "border:.6pt solid #999;padding:3pt 5pt;font-weight:bold}table.meta td{border:.6pt solid "
        "#999;padding:3pt 5pt}"
        ".guid{color:#555;font-size:8.6pt}"
        ".qa{border:.8pt solid #777;margin:0 0 9pt;break-inside:avoid}"
        ".q{background:#E6E6E6;padding:4pt 6pt;font-size:8.8pt;color:#333}"
        ".q b{display:block;color:#000;font-size:9.6pt}.q p{margin:1pt 0 0}"
        ".a{padding:5pt 7pt}.a p{margin:0 0 4pt}"
        "ol.oc{margin:0;padding-left:16pt}ol.oc li{margin-bottom:3pt}"
        "table.iv{font-size:8.8pt}table.iv th{background:#333;color:#fff;text-align:left;"
        "padding:2pt 4pt}table.iv td{border-bottom:.5pt solid #aaa;padding:2pt 4pt;"
        "vertical-align:top}"
        ".sig{font-style:italic;margin-top:8pt}"
    )
    _html("en", "SPF Local Investment Plan – Aldersby District Council", css, body,
          d / "child.pdf")

    goals_ = [
        G("1", g["1"], "followed_up", [c["O1"], m["E1"], m["E2"], m["E3"]],
          ev="Fewer vacant units on Kettleford",
          note="the goals are the '▪' items under 'Theme A: Places', 'Theme B: People', "
          "'Theme C: Business' of 'Our objectives' (no numbers; id = order of print); the "
          "foreword, 'Aldersby at "
          "a glance' and the '–' lines of 'How we will deliver' are no goals. In other words: "
          "fewer vacant units, more visitors to the centres, shopfront grants, pop-ups, events"),
        G("2", g["2"], "partial", [c["O4"], m["E8"]],
          ev="Historic buildings brought back into",
          missing=["visitor economy and countryside: promoted by Visit Aldersby Vale 'from its "
                   "own budget'"],
          note="heritage only (the Corn Exchange)"),
        G("3", g["3"], "partial", [c["O3"], m["E7"]],
          ev="More economically inactive residents moving",
          missing=["skills for good jobs in general: adult skills and apprenticeships are "
                   "'funded through the county council's Adult Skills Fund and are not part of "
                   "this plan'"],
          note="those furthest from work only (keyworker support). Trap: 'Digital skills for "
                   "small businesses' serves firms, not residents' skills for jobs"),
        G("4", g["4"], "followed_up", [c["O2"], m["E4"], m["E5"], m["E6"]],
          ev="More new businesses still trading",
          note="start (start-up grants), stay (survival after three years), grow (firms "
          "taking on staff, growth advice)"),
        G("5", g["5"], "not_followed_up",
          note="handed on: 'Broadband and mobile coverage are for the national gigabit "
          "programme'. Trap (shared word): 'Digital skills for small businesses'"),
        G("6", g["6"], "not_followed_up",
          note="deferred: decarbonisation grants 'are not included in Year 1; this will be "
          "reviewed in 2059'; 'Net zero has been considered in the design of every project' is "
          "no step for businesses' emissions"),
    ]
    kids = [
        C(c["O1"], ["1"], note="the child goals are the numbered lines of the answer to "
          "'Section 2: Local outcomes sought'; the rows of the Section 3 table are measures. "
          "Never child goals: the grey template questions and guidance, the metadata table, "
          "'Section 1 Local context', 'Section 4 Alignment' (claims), 'Section 5 Activity not "
          "funded', 'Section 6 Delivery and governance'"),
        C(c["O2"], ["4"]),
        C(c["O3"], ["3"]),
        C(c["O4"], ["2"]),
        C(c["O5"], [], note="community groups and volunteering: no objective of the economic "
          "strategy — stands alone"),
    ]
    return dict(
        language="en", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (reportlab, Liberation Sans 9.8; a district council's ECONOMIC "
        "GROWTH STRATEGY): kicker, foreword signed by the cabinet member, tinted 'at a glance' "
        "box, objectives as '▪' items under 'Theme A/B/C' headings (2 / 1 / 3), delivery "
        "'–' lines; header over a rule, 'Page n'; child PDF (HTML "
        "→ Chromium, Liberation Sans 9.6; a SHARED PROSPERITY FUND LOCAL INVESTMENT PLAN as a "
        "FILLED GOVERNMENT TEMPLATE): template line over a rule, metadata table, guidance, six "
        "boxed sections each a grey question box over an answer box; local outcomes as an "
        "ordered list, interventions table `Ref | Investment priority | Intervention | "
        "2058/59 (£)`, alignment, activity not funded, governance; footer left + 'n of N'",
        goals=goals_, kids=kids,
    )


# =========================================================================== main


def main(argv: list[str]) -> None:
    """Build this folder's pairs and their gold, --verify them, or --twice: build everything
    twice and compare the sha256 of every file (all in pairkit.parents_main)."""
    pk.parents_main(argv, here=HERE, pairs=PAIRS, p14=_p14, p20=_p20, builder=BUILDER)


if __name__ == "__main__":
    main(sys.argv[1:])
