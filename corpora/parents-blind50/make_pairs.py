"""Build the fiftieth blind batch of parent/child pairs (rød tråd, pbl § 11-1) and their gold.

Written by `b50p` without reading plancheck's code, tests, rules, docs or bench and without
running it. Five pairs, each in a real form no earlier batch used (see README.md for the forms,
the nearest earlier forms and the gold conventions):

- Tyrivika (nb): the municipality's ARBEIDSGIVERSTRATEGI, a two-column brochure whose goals are
  STATES ('Lederne våre er …') in tinted boxes 'Slik vil vi ha det i 2038' beside the text,
  under theme headings that read like goals themselves (Chromium) → HR's yearly HANDLINGSPLAN
  with 'Satsing n' goals and tiltak, 'Andre tiltak' and an ÅRSHJUL table of recurring HR
  routines — one routine shares a goal's words without following it up (python-docx).
- Liastrand (nn): a SKULEBRUKSPLAN (school structure plan: pupil numbers, goals for the
  schools numbered on 1–7 across its sections, the council's structure decision; odfpy) → the
  ROMPROGRAM for the new school it decides: 'Prosjektmål', numbered FUNCTIONAL REQUIREMENTS
  4.1–4.8, a room schedule and 'Avgrensing' (Chromium).
- Granhyttan (sv): an AVSIKTSFÖRKLARING between Trafikverket, the region and the municipality
  on a road corridor: 'Gemensamma mål' and 'Parternas åtaganden' in the same Word numbering
  (python-docx) → the ÅTGÄRDSVALSSTUDIE's final report: 'Funktionsmål' / 'Hänsynsmål', a
  table of recommended measures per step of the FYRSTEGSPRINCIPEN and a section of measures
  NOT recommended (Chromium).
- Egebølle (da): a HELHEDSPLAN for an old factory quarter by the river ('Byrådets
  målsætninger' as '▪' bullets under themes; reportlab) → LOKALPLAN nr. 1.52 for its first
  part: Redegørelse, then Bestemmelser — '§ 1 Lokalplanens formål' with 'at …' clauses and
  §§ 2–10 whose numbered provisions are the measures (odfpy).
- Harlingmoor (en): a council's seven MISSIONS ('By 2040, …') on cards, with design
  principles on cards of the same look (Chromium) → a service's OKRs 2035/36: 'Objective n'
  with a 'Contributes to' mission tag (one tag wrong, one objective an enabler) over a KEY
  RESULTS table (reportlab).

    python corpora/parents-blind50/make_pairs.py                  # all pairs
    python corpora/parents-blind50/make_pairs.py --verify         # re-read the PDFs only
    python corpora/parents-blind50/make_pairs.py --twice          # build twice, compare sha256

Writers reused through batch 49's builder (`pk.load_module`), which has them from batch 48's:
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

_p49 = pk.load_module("parents_blind49_make_pairs", HERE.parent / "parents-blind49" / "make_pairs.py")
_p43, _p44 = _p49._p43, _p49._p44
_p20, _p14 = _p49._p20, _p49._p14
G, C = _p49.G, _p49.C
_docx, _odt, _html, _rl_doc, _docx47, e = (_p49._docx, _p49._odt, _p49._html, _p49._rl_doc,
                                           _p49._docx47, _p49.e)

PAIRS, pair = pk.pair_registry()
BUILDER = "corpora/parents-blind50/make_pairs.py"


# =========================================================================== 1 Tyrivika (nb)


@pair
def tyrivika_hr_handlingsplan(d: Path) -> dict:
    g = {
        "L": "Lederne våre er tydelige og tilgjengelige, og de gir medarbeiderne tillit og "
             "handlingsrom.",
        "R": "Vi får tak i fagfolkene vi trenger, også i stillinger som er vanskelige å "
             "besette.",
        "K": "Medarbeiderne har den kompetansen tjenestene trenger i dag og i årene som "
             "kommer.",
        "H": "Heltid er hovedregelen, og ingen jobber deltid mot sin vilje.",
        "N": "Sykefraværet er lavt, og ingen blir utsatt for vold og trusler på jobb.",
        "M": "Medarbeiderne speiler mangfoldet i befolkningen.",
        "P": "Tillitsvalgte og verneombud blir tatt med tidlig når det skjer endringer som "
             "berører de ansatte.",
    }
    themes = [
        ("1", "Ledere som viser vei",
         "Tyrivika kommune har 96 ledere med personalansvar. I medarbeiderundersøkelsen svarer "
         "mange at de ønsker mer tid med lederen sin, og flere ledere sier at de må spørre om "
         "lov for beslutninger de burde kunne ta selv. Noen enhetsledere har ansvar for over "
         "60 årsverk.",
         ["L"]),
        ("2", "Vi får tak i folka vi trenger",
         "Innen 2040 trenger kommunen om lag 180 flere årsverk i helse og omsorg, samtidig som "
         "det blir færre i arbeidsfør alder. Det er allerede vanskelig å rekruttere "
         "sykepleiere, vernepleiere, barnehagelærere og ingeniører. Ny teknologi endrer "
         "mange av oppgavene.",
         ["R", "K"]),
        ("3", "Heltid er normalen",
         "Bare halvparten av de ansatte i helse og omsorg har en hel stilling. Sykefraværet "
         "var 9,4 prosent i 2033, høyest i hjemmetjenesten og på sykehjemmet. Antall avvik om "
         "vold og trusler har økt de siste tre årene.",
         ["H", "N"]),
        ("4", "Alle skal få plass",
         "Hver femte innbygger i Tyrivika har innvandrerbakgrunn, men bare hver tiende av de "
         "ansatte. Kommunen skal være en arbeidsplass der forskjeller er en styrke.",
         ["M"]),
        ("5", "Vi finner løsningene sammen",
         "Tyrivika har et godt partssamarbeid. I omstillingene de siste årene kom likevel "
         "tillitsvalgte og verneombud ofte inn først når forslaget var ferdig.",
         ["P"]),
    ]
    secs = []
    for no, name, text, ids in themes:
        box = "".join(f"<p class='goal'>{e(g[i])}</p>" for i in ids)
        secs.append(
            f"<section><h2><span>{no}</span>{e(name)}</h2><div class='two'>"
            f"<div class='txt'><p>{e(text)}</p></div>"
            f"<aside><div class='al'>Slik vil vi ha det i 2038</div>{box}</aside>"
            "</div></section>")
    body = [
        "<div class='mast'>TYRIVIKA KOMMUNE</div>",
        "<h1>Sammen for Tyrivika</h1>",
        "<p class='sub'>Arbeidsgiverstrategi 2034–2038 · vedtatt av kommunestyret 7. "
        "desember 2033, sak 102/33</p>",
        "<div class='intro'><p>Tyrivika kommune er den største arbeidsplassen i kommunen, med "
        "1 850 medarbeidere i over 40 yrker. Det er medarbeiderne som gir innbyggerne "
        "tjenestene deres, hver dag. Arbeidsgiverstrategien sier hva slags arbeidsgiver vi "
        "vil være, og hva vi vil oppnå fram mot 2038.</p>"
        "<p>Strategien er laget av en partssammensatt arbeidsgruppe med ledere, tillitsvalgte "
        "og verneombud, og over 300 medarbeidere deltok på innspillsmøtene høsten 2033. Den "
        "bygger på kommuneplanens samfunnsdel og på verdiene våre: <b>åpen, modig og "
        "raus</b>.</p></div>",
        *secs,
        "<section class='fu'><h2><span>6</span>Slik følger vi opp</h2>"
        "<p>Kommunedirektøren lager hvert år en handlingsplan for strategien med tiltak og "
        "ansvar. Administrasjonsutvalget får en rapport om status hvert år i juni. Strategien "
        "revideres i 2038.</p></section>",
    ]
    css = (
        "@page{size:A4;margin:15mm 16mm 16mm 16mm;"
        "@bottom-left{content:'Arbeidsgiverstrategi 2034–2038';font:7.5pt 'Liberation Sans';"
        "color:#666}@bottom-right{content:counter(page);font:7.5pt 'Liberation Sans';"
        "color:#666}}"
        "body{font:9.8pt/1.42 'Liberation Sans';color:#1d1d1d}"
        ".mast{font:bold 7.5pt 'Liberation Sans';letter-spacing:.16em;color:#6B2D5C}"
        "h1{font:bold 24pt 'Liberation Sans';color:#6B2D5C;margin:3pt 0 1pt}"
        ".sub{color:#555;font-size:9pt;margin:0 0 8pt}"
        ".intro{columns:2;column-gap:8mm;border-bottom:1pt solid #6B2D5C;padding-bottom:4pt;"
        "margin-bottom:6pt}.intro p{margin:0 0 5pt}"
        "section{break-inside:avoid;margin-bottom:7pt}"
        "h2{font:bold 13pt 'Liberation Sans';color:#6B2D5C;margin:6pt 0 3pt}"
        "h2 span{display:inline-block;width:18pt;color:#B07AA1}"
        ".two{display:grid;grid-template-columns:1fr 68mm;column-gap:7mm}"
        ".txt p{margin:0 0 4pt}"
        "aside{background:#F3E9F0;border-left:3pt solid #6B2D5C;padding:4pt 7pt}"
        ".al{font:bold 7.5pt 'Liberation Sans';text-transform:uppercase;letter-spacing:.06em;"
        "color:#6B2D5C;margin-bottom:3pt}"
        "p.goal{font-weight:bold;margin:0 0 5pt}"
        ".fu p{margin:0}"
    )
    _html("nb", "Arbeidsgiverstrategi 2034–2038 – Tyrivika kommune", css, body,
          d / "parent.pdf")

    c = {
        "S1": "Lederne skal kjenne rollen sin og ha fullmakter til å ta beslutninger nær "
              "tjenestene.",
        "S2": "Flere sykepleiere og vernepleiere skal velge Tyrivika kommune som arbeidsgiver.",
        "S3": "Andelen ansatte i hele stillinger skal øke fra 52 til 58 prosent innen "
              "utgangen av 2035.",
        "S4": "Sykefraværet skal ned fra 9,4 til 8,5 prosent.",
        "S5": "Omstillinger skal gjøres sammen med de ansatte og representantene deres fra "
              "første dag.",
        "S6": "Alle medarbeidere skal bruke den nye HR-portalen til timelister, ferie og "
              "reiseregninger.",
    }
    m = {
        "lprog": "Lederprogrammet «Lede i Tyrivika» for alle nye ledere, to kull i 2035",
        "lavt": "Nye lederavtaler med tydelige fullmakter for alle enhetsledere innen 1. juni",
        "spenn": "Ingen leder skal ha personalansvar for flere enn 30 årsverk etter "
                 "omorganiseringen av hjemmetjenesten",
        "stip": "Stipend på 40 000 kroner til sykepleierstudenter som binder seg til to års "
                "arbeid i kommunen",
        "somm": "Sommerjobb med veiledning for studenter i sykepleie og vernepleie",
        "lyse": "Alle ledige stillinger lyses ut som hele stillinger; unntak må begrunnes "
                "skriftlig",
        "onsk": "Deltidsansatte blir spurt om ønsket stillingsstørrelse i medarbeidersamtalen, "
                "og ønskene følges opp når det blir ledige timer",
        "naer": "Nærværsprosjekt i hjemmetjenesten og på Tyrivika sykehjem sammen med NAV "
                "Arbeidslivssenter",
        "prgr": "Hovedtillitsvalgte og hovedverneombud er med i prosjektgruppene for alle "
                "omstillinger fra første møte",
        "omst": "Ny omstillingsrutine vedtas i administrasjonsutvalget i mars",
        "komp": "Kompetansefond på 2,5 millioner kroner til fagbrev, videreutdanning og "
                "lederutdanning, fordelt etter behovene i kompetansekartleggingen",
        "port": "HR-portalen tas i bruk i alle enheter fra 1. mars, med opplæring på hver "
                "arbeidsplass",
        "pride": "Pride: flagg ved rådhuset og mangfoldsfrokost for alle ansatte",
        "vold": "Avviksstatistikk for vold og trusler legges fram for arbeidsmiljøutvalget",
    }
    child = [
        ("title", "Handlingsplan 2035"),
        ("sub", "Arbeidsgiverstrategien «Sammen for Tyrivika» – tiltak og årshjul for 2035"),
        ("h1", "1 Innledning"),
        ("p", "Handlingsplanen viser hva kommunen skal gjøre i 2035 for å følge opp "
         "arbeidsgiverstrategien 2034–2038. Planen er drøftet med hovedtillitsvalgte og "
         "hovedverneombud 14. januar 2035. Satsingene er valgt ut fra resultatene i "
         "medarbeiderundersøkelsen og sykefraværsstatistikken for 2034."),
        ("h1", "2 Satsinger i 2035"),
        ("lab", "Satsing 1 · Ledelse"),
        ("b", c["S1"]),
        ("bul", [m["lprog"], m["lavt"], m["spenn"]]),
        ("lab", "Satsing 2 · Rekruttering"),
        ("b", c["S2"]),
        ("bul", [m["stip"], m["somm"]]),
        ("lab", "Satsing 3 · Heltid"),
        ("b", c["S3"]),
        ("bul", [m["lyse"], m["onsk"]]),
        ("lab", "Satsing 4 · Nærvær"),
        ("b", c["S4"]),
        ("bul", [m["naer"]]),
        ("lab", "Satsing 5 · Partssamarbeid"),
        ("b", c["S5"]),
        ("bul", [m["prgr"], m["omst"]]),
        ("lab", "Satsing 6 · Digitale arbeidsverktøy"),
        ("b", c["S6"]),
        ("bul", [m["port"]]),
        ("h1", "3 Andre tiltak i 2035"),
        ("bul", [m["komp"],
                 "Felles introduksjonsprogram for nyansatte, fire samlinger i året",
                 "Ny mal for stillingsannonser med bilder og tekst på klart språk"]),
        ("pb",),
        ("h1", "4 Årshjul for HR-arbeidet"),
        ("p", "Årshjulet viser oppgavene som kommer igjen hvert år."),
        ("table", ["Måned", "Aktivitet", "Ansvar"], [
            ("Januar", "Kompetansekartlegging i alle enheter", "Enhetslederne"),
            ("Februar", "Forberedelse av de lokale lønnsforhandlingene", "HR"),
            ("Mars", m["vold"], "HMS-rådgiver"),
            ("April", "Medarbeiderundersøkelsen 10-FAKTOR", "HR og enhetslederne"),
            ("Mai", "Lokale lønnsforhandlinger", "HR og hovedtillitsvalgte"),
            ("Juni", m["pride"], "Kommunikasjon og HR"),
            ("Juni", "Statusrapport for arbeidsgiverstrategien til administrasjonsutvalget",
             "Kommunedirektøren"),
            ("August", "Velkomstdag for nye medarbeidere", "HR"),
            ("September", m["vold"], "HMS-rådgiver"),
            ("September", "Drøftingsmøte om budsjettforslaget med hovedtillitsvalgte",
             "Kommunedirektøren"),
            ("Oktober", "Medarbeidersamtaler fullført og registrert", "Enhetslederne"),
            ("November", "Seniorsamtaler for medarbeidere over 60 år", "Enhetslederne"),
            ("Desember", "Sykefraværsstatistikk og HMS-rapport til administrasjonsutvalget",
             "HR"),
        ], [28, 100, 42]),
        ("h1", "5 Rapportering"),
        ("p", "Status for satsingene rapporteres i tertialrapportene og i statusrapporten til "
         "administrasjonsutvalget i juni."),
    ]
    _docx47(child, d / "child.pdf", title="Handlingsplan 2035 – arbeidsgiverstrategien – "
            "Tyrivika kommune", author="Tyrivika kommune, HR",
            header="Tyrivika kommune · HR og organisasjon",
            footer="Handlingsplan 2035 for arbeidsgiverstrategien", page_word="Side",
            of_word="av", lang="nb-NO", font="Liberation Sans", size=10, color="6B2D5C",
            tint="F3E9F0")

    goals_ = [
        G("L", g["L"], "followed_up", [c["S1"], m["lprog"], m["lavt"], m["spenn"]],
          ev="Lederne skal kjenne rollen sin",
          note="the goals are the bold sentences in the tinted boxes 'Slik vil vi ha det i "
          "2038' beside each theme's text (ids L, R, K, H, N, M, P not printed); the theme "
          "headings ('Ledere som viser vei', 'Vi får tak i folka vi trenger', 'Heltid er "
          "normalen', 'Alle skal få plass', 'Vi finner løsningene sammen') read like goals "
          "but are headings, the theme texts are background, the values ('åpen, modig og "
          "raus') and '6 Slik følger vi opp' are no goals. Clear, available leaders who give "
          "trust and room to act: a leadership programme, agreements with clear powers to "
          "decide close to the services, at most 30 årsverk per leader (in other words)"),
        G("R", g["R"], "partial", [c["S2"], m["stip"], m["somm"]],
          ev="Flere sykepleiere og vernepleiere skal",
          missing=["de andre stillingene som er vanskelige å besette (barnehagelærere, "
                   "ingeniører)"],
          note="nurses and vernepleiere only; the strategy's text names barnehagelærere and "
               "engineers too"),
        G("K", g["K"], "followed_up", [m["komp"]], ev="Kompetansefond på 2,5 millioner",
          note="trap (only one measure): no satsing; one line under '3 Andre tiltak' — a "
          "fund for trade certificates, further and leadership education distributed after "
          "the competence survey (the survey itself a January routine in the årshjul). "
          "Decided: followed up; a strict reader says partial (nothing on 'i årene som "
          "kommer')"),
        G("H", g["H"], "followed_up", [c["S3"], m["lyse"], m["onsk"]],
          ev="Andelen ansatte i hele stillinger",
          note="full-time share up, vacancies advertised as full posts, wished-for post size "
          "asked for and followed up (involuntary part-time)"),
        G("N", g["N"], "partial", [c["S4"], m["naer"]], ev="Sykefraværet skal ned fra 9,4",
          missing=["vold og trusler på jobb (planen legger bare fram avviksstatistikk for "
                   "AMU i årshjulet)"],
          note="sick leave only; the årshjul's 'Avviksstatistikk for vold og trusler legges "
          "fram for arbeidsmiljøutvalget' (March, September) is a recurring report, not a "
          "measure against violence and threats"),
        G("M", g["M"], "not_followed_up",
          note="trap (shared words): the årshjul's June row 'Pride: flagg ved rådhuset og "
          "mangfoldsfrokost for alle ansatte' shares 'mangfold' but does nothing for a staff "
          "that reflects the population (recruitment of people with immigrant background)"),
        G("P", g["P"], "followed_up", [c["S5"], m["prgr"], m["omst"]],
          ev="Omstillinger skal gjøres sammen med",
          note="in other words: 'sammen med de ansatte og representantene deres fra første "
          "dag', union representatives and safety delegates in every project group from the "
          "first meeting; the September drøftingsmøte on the budget in the årshjul is a "
          "routine, not the evidence"),
    ]
    kids = [
        C(c["S1"], ["L"], note="the child goals are the bold sentences under the labels "
          "'Satsing 1' … 'Satsing 6' in '2 Satsinger i 2035'; the Word '•' lines under them "
          "and under '3 Andre tiltak i 2035' are measures, as are the årshjul rows that serve "
          "a goal; the labels, the introduction, the årshjul's other routines (salary "
          "negotiations, surveys, reports) and '5 Rapportering' are no goals"),
        C(c["S2"], ["R"]),
        C(c["S3"], ["H"]),
        C(c["S4"], ["N"]),
        C(c["S5"], ["P"]),
        C(c["S6"], [], note="the new HR portal for time sheets, holidays and travel claims: "
          "no goal of the strategy — stands alone"),
    ]
    return dict(
        language="nb", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (HTML → Chromium, Liberation Sans 9.8; the municipality's "
        "ARBEIDSGIVERSTRATEGI 2034–2038, a brochure): mast line, title, a two-column "
        "introduction, five numbered theme headings that read like goals ('Heltid er "
        "normalen'), each a grid of background text left and a tinted box right 'Slik vil vi "
        "ha det i 2038' with the goals as bold STATES, '6 Slik følger vi opp'; margin boxes "
        "bottom left / right; child PDF (python-docx → LibreOffice, Liberation Sans 10; HR's "
        "HANDLINGSPLAN 2035): labels 'Satsing n · Tema' over a bold goal and Word '•' "
        "tiltak, 'Andre tiltak i 2035', on p. 2 an ÅRSHJUL table `Måned | Aktivitet | "
        "Ansvar` of recurring routines (one shares a goal's words); header right over a "
        "rule, 'Side n av N'",
        goals=goals_, kids=kids,
    )


# =========================================================================== 2 Liastrand (nn)


@pair
def liastrand_romprogram(d: Path) -> dict:
    g = {
        "1": "Alle elevar skal ha eit skulebygg som er universelt utforma og tilpassa måten vi "
             "underviser på i dag.",
        "2": "Skulebygga skal vere opne for lag, organisasjonar og innbyggjarar utanom "
             "skuletida.",
        "3": "Skulevegen skal vere trygg, og fleire elevar skal gå eller sykle til skulen.",
        "4": "Nye skulebygg skal ha låge klimagassutslepp både i byggjefasen og i drifta.",
        "5": "Elevar med særlege behov skal få opplæringa si på nærskulen så langt det er "
             "mogleg.",
        "6": "Kulturskulen skal ha gode lokale i alle skulekrinsane.",
        "7": "Overgangen frå barnehage til skule skal vere trygg for alle barn.",
    }
    parent = [
        ("title", "Skulebruksplan 2034–2046"),
        ("sub", "Liastrand kommune · vedteken av kommunestyret 12. juni 2034, sak 38/34"),
        ("h1", "1 Innleiing"),
        ("p", "Skulebruksplanen seier kor mange skular kommunen skal ha, kvar dei skal liggje "
         "og korleis skulebygga skal brukast fram mot 2046. Planen byggjer på "
         "kommuneplanens samfunnsdel og på ei tilstandsvurdering av alle skulebygga frå "
         "2033."),
        ("h1", "2 Elevtal og skulebygg i dag"),
        ("p", "Liastrand har tre grunnskular. Elevtalet i Nordre krins går ned, og både "
         "Kveldsåsen skule og Torvmyra skule har fådelte klassar på fleire trinn. Bygga på "
         "Torvmyra er frå 1962 og har store vedlikehaldsetterslep."),
        ("table", ["Skule", "Trinn", "Elevar 2033", "Prognose 2040", "Tilstandsgrad"], [
            ("Liastrand skule", "1–10", "512", "540", "1"),
            ("Kveldsåsen skule", "1–7", "148", "121", "2"),
            ("Torvmyra skule", "1–10", "236", "214", "3"),
        ], [46, 20, 30, 32, 36]),
        ("h1", "3 Mål for skulebruken"),
        ("p", "Kommunestyret har vedteke desse måla. Dei gjeld alle skulane, og dei skal "
         "leggjast til grunn når kommunen byggjer nytt eller rehabiliterer."),
        ("h2", "3.1 Skulebygg for framtida"),
        ("hang", [("1", g["1"]), ("2", g["2"])]),
        ("h2", "3.2 Trygg og berekraftig"),
        ("hang", [("3", g["3"]), ("4", g["4"])]),
        ("h2", "3.3 Alle elevar skal høyre til"),
        ("p", "Skulen skal vere ein stad der alle barn kjenner seg velkomne, uansett "
         "føresetnader."),
        ("hang", [("5", g["5"]), ("6", g["6"]), ("7", g["7"])]),
        ("h1", "4 Vedtak om skulestruktur"),
        ("p", "Kveldsåsen skule og Torvmyra skule blir slått saman til Stakkevoll skule, ein "
         "1–10-skule i nytt bygg på Stakkevoll, med planlagd opning i august 2038. Liastrand "
         "skule held fram som i dag. Bygget på Kveldsåsen blir vurdert brukt til barnehage."),
        ("h1", "5 Vidare arbeid"),
        ("p", "Kommunedirektøren legg fram romprogram for Stakkevoll skule for kommunestyret "
         "hausten 2034. Investeringane blir tekne inn i økonomiplanen 2035–2038."),
    ]
    _odt(parent, d / "parent.pdf", title="Skulebruksplan 2034–2046 – Liastrand kommune",
         header="Liastrand kommune · Skulebruksplan 2034–2046",
         footer="Skulebruksplan 2034–2046", font="Liberation Serif", size=10.5,
         color="#2F5D62", tint="#E4EFEF", lang="nn", country="NO")

    c = {
        "P1": "Stakkevoll skule skal ha fleksible læringsareal der elevane kan arbeide i store "
              "og små grupper, og der alle kan kome seg fram på eiga hand.",
        "P2": "Skulen skal vere eit samlingspunkt for bygda også på kveldstid og i helgane.",
        "P3": "Bygget skal vere eit plusshus som over året produserer meir energi enn det "
              "brukar.",
        "P4": "Elevar med særlege behov skal kunne gå på Stakkevoll skule saman med "
              "jamaldringane sine.",
        "P5": "Uteområdet skal innby til leik og fysisk aktivitet for elevar i alle aldrar.",
    }
    m = {
        "base": "Undervisningsareala blir organiserte i basar for kvart trinn, kvar med eit "
                "fellesareal og to grupperom.",
        "uu": "Heile bygget skal vere universelt utforma etter NS 11001-1, med heis til alle "
              "etasjar og ledelinjer frå busslommen til hovudinngangen.",
        "sam": "Fleirbrukshall, bibliotek, kantine og musikkrom skal liggje samla ved "
               "hovudinngangen og kunne låsast av frå resten av skulen om kvelden.",
        "fors": "Skulen skal ha ei forsterka avdeling for inntil 12 elevar, med stillerom, "
                "stellerom og sanserom og direkte tilgang til basane.",
        "sol": "Bygget skal ha solceller på taket og energibrønnar, og det skal oppfylle "
               "krava til plusshus.",
        "sykk": "På tomta skal det vere sykkelparkering under tak for 200 syklar og ei hente- "
                "og bringesone som er skild frå gangvegen fram til inngangen.",
        "ute": "Uteområdet skal ha ballbinge, klatrestativ, sandleik for dei minste og ei "
               "skogsløype rundt tomta.",
        "mus": "Musikkrommet skal ha lydisolering og lager for instrument, slik at korps og "
               "kor kan øve der.",
    }
    reqs = [("4.1", m["base"]), ("4.2", m["uu"]), ("4.3", m["sam"]), ("4.4", m["fors"]),
            ("4.5", m["sol"]), ("4.6", m["sykk"]), ("4.7", m["ute"]), ("4.8", m["mus"])]
    rooms = [
        ("Undervisning", "Basar 1.–10. trinn med fellesareal og grupperom", "10", "3 150"),
        ("Undervisning", "Spesialrom: naturfag, kunst og handverk, mat og helse", "5", "640"),
        ("Forsterka avdeling", "Stillerom, stellerom, sanserom, personalrom", "1", "310"),
        ("Fellesareal", "Bibliotek, kantine, amfi", "1", "520"),
        ("Fleirbruk", "Fleirbrukshall med garderobar", "1", "1 450"),
        ("Fleirbruk", "Musikkrom med lager", "1", "120"),
        ("Personal og administrasjon", "Arbeidsplassar, møterom, helsesjukepleiar", "1",
         "690"),
    ]
    trs = "".join(f"<tr><td>{e(a)}</td><td>{e(b)}</td><td class='n'>{e(c_)}</td>"
                  f"<td class='n'>{e(s)}</td></tr>" for a, b, c_, s in rooms)
    body = [
        "<div class='mast'><span>Liastrand kommune · Eigedom og prosjekt</span>"
        "<span>Versjon 2.0 · 25.09.2034</span></div>",
        "<h1>Romprogram</h1><p class='h1b'>Stakkevoll skule, 1.–10. trinn</p>",
        "<h2>1 Innleiing</h2>",
        "<p>Kommunestyret vedtok i skulebruksplanen 2034–2046 å slå saman Kveldsåsen skule og "
        "Torvmyra skule til Stakkevoll skule i nytt bygg. Romprogrammet er grunnlaget for "
        "prosjekteringa og for konkurransen om totalentreprise. Det er utarbeidd saman med "
        "rektorane, dei tillitsvalde, elevråda og FAU på dei to skulane.</p>",
        "<h2>2 Prosjektmål</h2>",
        "<ol class='pm'>" + "".join(f"<li>{e(c[k])}</li>" for k in
                                    ("P1", "P2", "P3", "P4", "P5")) + "</ol>",
        "<h2>3 Føresetnader</h2>",
        "<p>Skulen blir dimensjonert for 400 elevar, to parallellar på kvart trinn, og 60 "
        "tilsette. Tomta på Stakkevoll er 24 dekar og regulert til offentleg tenesteyting.</p>",
        "<h2>4 Funksjonskrav</h2>",
        *[f"<p class='req'><span>{k}</span>{e(t)}</p>" for k, t in reqs],
        "<h2>5 Romprogram</h2>",
        "<table class='rp'><thead><tr><th style='width:24%'>Romgruppe</th><th>Rom</th>"
        "<th style='width:8%'>Tal</th><th style='width:14%'>Netto m²</th></tr></thead>"
        f"<tbody>{trs}<tr class='sum'><td colspan='3'>Sum nettoareal</td>"
        "<td class='n'>6 880</td></tr></tbody></table>",
        "<h2>6 Avgrensing</h2>",
        "<p>Kulturskulen held fram i Liastrand kulturhus og er ikkje med i romprogrammet. "
        "Gang- og sykkelvegen langs fylkesvegen mellom Kveldsåsen og Stakkevoll er eit eige "
        "prosjekt i fylkeskommunens handlingsprogram for fylkesvegar. Riving av bygga på "
        "Torvmyra er ikkje med i kostnadsramma.</p>",
        "<h2>7 Kostnadsramme og framdrift</h2>",
        "<p>Kostnadsramma er 486 millionar kroner (P50). Kontrakt med totalentreprenør er "
        "planlagd i mai 2036, og skulen skal takast i bruk i august 2038.</p>",
    ]
    css = (
        "@page{size:A4;margin:16mm 18mm 17mm 18mm;"
        "@bottom-center{content:'Romprogram Stakkevoll skule · side ' counter(page) ' av ' "
        "counter(pages);font:7.5pt 'DejaVu Sans';color:#666}}"
        "body{font:9.5pt/1.45 'DejaVu Sans';color:#222}"
        ".mast{display:flex;justify-content:space-between;font-size:7.5pt;color:#2F5D62;"
        "border-bottom:1.5pt solid #2F5D62;padding-bottom:3pt}"
        "h1{font:bold 22pt 'DejaVu Sans';color:#2F5D62;margin:10pt 0 0}"
        ".h1b{font-size:13pt;color:#444;margin:0 0 8pt}"
        "h2{font:bold 11pt 'DejaVu Sans';color:#2F5D62;margin:10pt 0 3pt;break-after:avoid}"
        "p{margin:0 0 5pt}"
        "ol.pm{margin:0 0 5pt;padding-left:18pt}ol.pm li{margin-bottom:3pt}"
        "p.req{padding-left:26pt;text-indent:-26pt}p.req span{display:inline-block;"
        "width:26pt;text-indent:0;font-weight:bold;color:#2F5D62}"
        "table.rp{font-size:8.5pt;margin-bottom:4pt}.rp th{background:#2F5D62;color:#fff;"
        "text-align:left;padding:3pt}.rp td{border-bottom:.5pt solid #bbb;padding:2.5pt 3pt}"
        ".rp td.n{text-align:right}.rp tr.sum td{font-weight:bold;border-top:1pt solid #2F5D62}"
    )
    _html("nn", "Romprogram Stakkevoll skule – Liastrand kommune", css, body,
          d / "child.pdf")

    goals_ = [
        G("1", g["1"], "followed_up", [c["P1"], m["base"], m["uu"]],
          ev="Stakkevoll skule skal ha fleksible",
          note="the goals are the items typed '1'–'7' + tab under '3 Mål for skulebruken', "
          "numbered on across the sub-sections 3.1–3.3 (id = the number); the sub-heading "
          "'3.3 Alle elevar skal høyre til' reads like a goal but is a heading (its sentence "
          "'Skulen skal vere ein stad …' an introduction), the pupil table, '4 Vedtak om "
          "skulestruktur' (a decision) and '5 Vidare arbeid' are no goals. Universal design "
          "('alle kan kome seg fram på eiga hand', NS 11001-1, lift, guide lines) and "
          "flexible learning areas in bases (teaching as it is done today)"),
        G("2", g["2"], "followed_up", [c["P2"], m["sam"], m["mus"]],
          ev="Skulen skal vere eit samlingspunkt",
          note="in other words: a gathering point for the village in the evenings and at "
          "weekends; hall, library, canteen and music room by the main entrance, lockable "
          "from the rest of the school; bands and choirs can rehearse"),
        G("3", g["3"], "partial", [m["sykk"]], ev="På tomta skal det vere sykkelparkering",
          missing=["trygg skuleveg utanfor tomta (gang- og sykkelvegen langs fylkesvegen er "
                   "lagd til fylkeskommunen)"],
          note="only through one functional requirement: bicycle parking and a drop-off zone "
          "kept apart from the footpath on the site; '6 Avgrensing' leaves the cycle path "
          "along the county road to the county"),
        G("4", g["4"], "partial", [c["P3"], m["sol"]], ev="Bygget skal vere eit plusshus",
          missing=["låge klimagassutslepp i byggjefasen (materialar, byggjeplass)"],
          note="energy in operation only (a plus-energy building, solar panels, energy "
          "wells); nothing on the construction phase"),
        G("5", g["5"], "followed_up", [c["P4"], m["fors"]],
          ev="Elevar med særlege behov skal kunne",
          note="a reinforced unit for up to 12 pupils with direct access to the bases, so "
          "they attend their local school with their peers"),
        G("6", g["6"], "not_followed_up",
          note="trap (named in passing, left out): '6 Avgrensing' — 'Kulturskulen held fram i "
          "Liastrand kulturhus og er ikkje med i romprogrammet'; the music room (4.8) is for "
          "the school and for bands and choirs, not the kulturskule"),
        G("7", g["7"], "not_followed_up",
          note="nothing in the romprogram on kindergartens or the transition to school (the "
          "parent's own '4 Vedtak' mentions a kindergarten in the old Kveldsåsen building, "
          "which the child does not take up)"),
    ]
    kids = [
        C(c["P1"], ["1"], note="the child goals are the items of the ordered list under '2 "
          "Prosjektmål'; the functional requirements 4.1–4.8 are measures; the room schedule, "
          "'3 Føresetnader', '6 Avgrensing' and '7 Kostnadsramme og framdrift' are no goals"),
        C(c["P2"], ["2"]),
        C(c["P3"], ["4"]),
        C(c["P4"], ["5"]),
        C(c["P5"], [], note="an outdoor area for play and physical activity: no goal of the "
          "skulebruksplan — stands alone"),
    ]
    return dict(
        language="nn", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (odfpy → LibreOffice, Liberation Serif 10.5; a SKULEBRUKSPLAN, "
        "the school structure plan): numbered sections, a pupil-number table `Skule | Trinn "
        "| Elevar 2033 | Prognose 2040 | Tilstandsgrad`, '3 Mål for skulebruken' with "
        "sub-headings 3.1–3.3 (one phrased as a goal) over goals typed '1'–'7' + tab, "
        "numbered on across them, the council's structure decision; header right, footer "
        "centred; child PDF (HTML → Chromium, DejaVu Sans 9.5; the ROMPROGRAM for the new "
        "school): mast line, '2 Prosjektmål' ordered list, '4 Funksjonskrav' numbered "
        "paragraphs 4.1–4.8 with hanging numbers, a room schedule table, '6 Avgrensing'; "
        "footer centred 'side n av N'",
        goals=goals_, kids=kids,
    )


# =========================================================================== 3 Granhyttan (sv)


@pair
def granhyttan_atgardsvalsstudie(d: Path) -> dict:
    g = {
        "1": "Restiden med buss mellan Granhyttan och Sävstaby ska kunna konkurrera med "
             "bilens.",
        "2": "Det ska vara säkert att gå och cykla längs väg 893 och att korsa vägen i "
             "tätorterna.",
        "3": "Den tunga trafiken till industriområdet i Norrhyttan ska kunna ta sig fram utan "
             "att köra genom Granhyttans centrum.",
        "4": "Färre boende längs vägen ska störas av buller från trafiken.",
        "5": "Stråket ska göra det möjligt att bygga nya bostäder nära hållplatserna.",
        "6": "Vägen ska vara farbar även vid skyfall och höga flöden.",
        "7": "Utsläppen av växthusgaser från trafiken i stråket ska minska i takt med de "
             "nationella klimatmålen.",
    }
    parent = [
        ("title", "Avsiktsförklaring"),
        ("sub", "om utveckling av stråket Granhyttan–Sävstaby, väg 893"),
        ("h1", "1 Parter"),
        ("p", "Trafikverket Region Mitt, Region Bergslagsdal och Granhyttans kommun, nedan "
         "kallade parterna."),
        ("h1", "2 Bakgrund"),
        ("p", "Väg 893 är den enda förbindelsen mellan Granhyttan och Sävstaby och bär både "
         "pendling, skolresor och tung trafik till industriområdet i Norrhyttan. Vägen har "
         "smala vägrenar och saknar gång- och cykelväg på större delen av sträckan. Vid Rossån "
         "stängdes vägen efter skyfall både 2029 och 2031. Kommunen planerar för omkring 600 "
         "nya bostäder i stråket fram till 2045."),
        ("h1", "3 Syfte"),
        ("p", "Syftet med avsiktsförklaringen är att parterna ska ha en gemensam bild av vad "
         "stråket ska utvecklas mot och att arbetet ska samordnas, så att åtgärder på vägen, "
         "i kollektivtrafiken och i kommunens planering stödjer varandra."),
        ("h1", "4 Gemensamma mål"),
        ("p", "Parterna är överens om följande mål för stråket fram till 2045:"),
        ("num", [g[k] for k in ("1", "2", "3", "4", "5", "6", "7")]),
        ("h1", "5 Parternas åtaganden"),
        ("p", "För att nå målen åtar sig parterna att:"),
        ("num", ["Trafikverket genomför en åtgärdsvalsstudie för stråket under 2035 i dialog "
                 "med regionen och kommunen.",
                 "Regionen prövar utökad busstrafik i stråket i nästa "
                 "trafikförsörjningsprogram.",
                 "Kommunen tar fram en fördjupad översiktsplan för Sävstaby.",
                 "Parterna ses i en gemensam styrgrupp minst två gånger per år."], "restart"),
        ("h1", "6 Finansiering"),
        ("p", "Varje part står för sina egna kostnader i arbetet. Avsiktsförklaringen innebär "
         "inga ekonomiska åtaganden för åtgärder; de prövas i respektive parts ordinarie "
         "planering och budget."),
        ("h1", "7 Giltighet"),
        ("p", "Avsiktsförklaringen gäller från undertecknandet till och med den 31 december "
         "2040. Den är upprättad i tre likalydande exemplar, av vilka parterna tagit var sitt."),
        ("table", ["Trafikverket Region Mitt", "Region Bergslagsdal", "Granhyttans kommun"], [
            ("Granhyttan 3 mars 2035", "Granhyttan 3 mars 2035", "Granhyttan 3 mars 2035"),
            ("Maria Eklöf\nregionchef", "Johan Sandell\nregionstyrelsens ordförande",
             "Annika Berglöw\nkommunstyrelsens ordförande"),
        ], [56, 56, 56]),
    ]
    _docx(parent, d / "parent.pdf", title="Avsiktsförklaring väg 893 Granhyttan–Sävstaby",
          author="Granhyttans kommun", header="Avsiktsförklaring · väg 893 Granhyttan–Sävstaby",
          footer="Dnr KS 2035/118", lang="sv-SE", font="Liberation Serif", size=11,
          color="1E4E79")

    c = {
        "F1": "Bussen ska ta högst 25 minuter mellan Granhyttans station och Sävstaby centrum "
              "under rusningstid.",
        "F2": "Andelen resor i stråket som görs med buss, cykel eller till fots ska öka från "
              "18 till 30 procent till 2045.",
        "H1": "Ingen ska dödas eller skadas allvarligt i trafiken på väg 893.",
        "H2": "Ljudnivåerna vid bostäderna längs vägen ska klara riktvärdena för trafikbuller.",
        "H3": "Vägen ska ha samma framkomlighet året runt.",
    }
    m = {
        "sig": "Signalprioritering för buss i fyra korsningar i Granhyttan",
        "kf": "Busskörfält på infarten till Granhyttan, 1,2 km",
        "gc": "Gång- och cykelväg längs väg 893 mellan Norrhyttan och Sävstaby, 6,5 km",
        "pass": "Planskild passage för gående och cyklister vid Sävstaby skola",
        "hast": "Sänkt hastighet till 40 km/tim genom Sävstaby",
        "tyst": "Tyst asfalt och bullerskydd för 34 fastigheter längs genomfarten i Sävstaby",
        "trum": "Ny större vägtrumma och höjd vägbank vid Rossån",
        "mob": "Mobilitetskampanj med provåkarkort för boende och anställda i Norrhyttan",
        "vint": "Utökad vinterväghållning på backen vid Sävstaby kyrka",
    }
    rows = [
        ("1", m["mob"], "1 Tänk om", "Region, kommunen", "0,4", "2036"),
        ("2", m["sig"], "2 Optimera", "Kommunen, regionen", "1,8", "2036"),
        ("3", m["hast"], "2 Optimera", "Trafikverket", "0,2", "2036"),
        ("4", m["vint"], "2 Optimera", "Trafikverket", "0,3/år", "2036"),
        ("5", m["kf"], "3 Bygg om", "Trafikverket, kommunen", "14", "2038"),
        ("6", m["tyst"], "3 Bygg om", "Trafikverket", "9", "2038"),
        ("7", m["trum"], "3 Bygg om", "Trafikverket", "22", "2037"),
        ("8", m["pass"], "4 Bygg nytt", "Trafikverket, kommunen", "16", "2039"),
        ("9", m["gc"], "4 Bygg nytt", "Trafikverket", "58", "2041"),
    ]
    trs = "".join("<tr>" + "".join(f"<td>{e(v)}</td>" for v in r) + "</tr>" for r in rows)
    body = [
        "<div class='mast'><span class='lg'>TRAFIKVERKET</span><span>Ärendenummer TRV "
        "2035/41187 · Slutrapport 2035-11-20</span></div>",
        "<h1>Åtgärdsvalsstudie väg 893 Granhyttan–Sävstaby</h1>",
        "<p class='sub'>Slutrapport · framtagen i samverkan med Region Bergslagsdal och "
        "Granhyttans kommun</p>",
        "<h2>Sammanfattning</h2>",
        "<p>Studien har pekat ut brister i trafiksäkerhet, kollektivtrafik, buller och "
        "vägens robusthet. Vi rekommenderar nio åtgärder enligt fyrstegsprincipen till en "
        "sammanlagd kostnad av cirka 122 miljoner kronor. En förbifart för tung trafik "
        "rekommenderas inte.</p>",
        "<h2>1 Inledning</h2>",
        "<p>Studien genomförs enligt avsiktsförklaringen för stråket som parterna undertecknade "
        "den 3 mars 2035. Den omfattar väg 893 från Granhyttans station till Sävstaby "
        "centrum. Bostadsutbyggnaden i stråket hanteras i kommunens översiktsplanering och "
        "ingår inte i studien.</p>",
        "<h2>2 Mål för studien</h2>",
        "<p>Målen utgår från de transportpolitiska målen och från avsiktsförklaringen.</p>",
        "<h3>Funktionsmål – tillgänglighet</h3>",
        "<ul>" + "".join(f"<li>{e(c[k])}</li>" for k in ("F1", "F2")) + "</ul>",
        "<h3>Hänsynsmål – säkerhet, miljö och hälsa</h3>",
        "<ul>" + "".join(f"<li>{e(c[k])}</li>" for k in ("H1", "H2", "H3")) + "</ul>",
        "<h2>3 Brister</h2>",
        "<p>Sedan 2025 har sex personer skadats allvarligt på sträckan, fyra av dem gående "
        "eller cyklister. Bussen tar i dag 38 minuter i rusningstid mot bilens 24. "
        "Bullernivåerna överskrider riktvärdena längs genomfarterna i både Granhyttan och "
        "Sävstaby. Vid Rossån är vägtrumman för liten, och vägen har stängts två gånger "
        "efter skyfall.</p>",
        "<h2>4 Rekommenderade åtgärder</h2>",
        "<table class='at'><thead><tr><th style='width:5%'>Nr</th><th>Åtgärd</th>"
        "<th style='width:13%'>Steg</th><th style='width:19%'>Ansvar</th>"
        "<th style='width:10%'>Kostnad (mnkr)</th><th style='width:7%'>År</th></tr></thead>"
        f"<tbody>{trs}</tbody></table>",
        "<p class='note'>Steg enligt fyrstegsprincipen: 1 Tänk om, 2 Optimera, 3 Bygg om, "
        "4 Bygg nytt.</p>",
        "<h2>5 Åtgärder som inte rekommenderas</h2>",
        "<p><b>Förbifart för tung trafik norr om Granhyttans centrum.</b> Kostnaden, cirka "
        "410 miljoner kronor, står inte i proportion till nyttan med dagens trafikmängder. "
        "Frågan kan prövas på nytt i nästa regionala transportplan.</p>",
        "<p><b>Ny busslinje Sävstaby–Norrhyttan.</b> Underlaget är för litet; "
        "provåkarkort och bättre restider i huvudlinjen prioriteras.</p>",
        "<h2>6 Fortsatt arbete</h2>",
        "<p>Åtgärd 5–9 förs in i Trafikverkets förslag till regional transportplan. Kommunen "
        "och regionen beslutar om åtgärd 1 och 2 i sina budgetar för 2036.</p>",
    ]
    css = (
        "@page{size:A4;margin:16mm 17mm 17mm 17mm;"
        "@bottom-left{content:'Åtgärdsvalsstudie väg 893 Granhyttan–Sävstaby';"
        "font:7.5pt 'Liberation Sans';color:#666}"
        "@bottom-right{content:counter(page) '(' counter(pages) ')';"
        "font:7.5pt 'Liberation Sans';color:#666}}"
        "body{font:9.8pt/1.45 'Liberation Sans';color:#1f1f1f}"
        ".mast{display:flex;justify-content:space-between;align-items:baseline;"
        "font-size:7.5pt;color:#555;border-bottom:.75pt solid #999;padding-bottom:3pt}"
        ".lg{font:bold 11pt 'Liberation Sans';color:#C8102E;letter-spacing:.08em}"
        "h1{font:bold 18pt 'Liberation Sans';margin:10pt 0 2pt}"
        ".sub{color:#555;margin:0 0 8pt}"
        "h2{font:bold 11.5pt 'Liberation Sans';margin:10pt 0 3pt;break-after:avoid}"
        "h3{font:bold 10pt 'Liberation Sans';color:#444;margin:6pt 0 2pt}"
        "p{margin:0 0 5pt}ul{margin:0 0 4pt;padding-left:16pt}li{margin-bottom:2pt}"
        "table.at{font-size:8.6pt}.at th{background:#EDEDED;text-align:left;padding:3pt;"
        "border-bottom:1pt solid #555;vertical-align:bottom}"
        ".at td{border-bottom:.5pt solid #bbb;padding:3pt;vertical-align:top}"
        ".note{font-size:8pt;color:#555;margin-top:3pt}"
    )
    _html("sv", "Åtgärdsvalsstudie väg 893 Granhyttan–Sävstaby – Slutrapport", css, body,
          d / "child.pdf")

    goals_ = [
        G("1", g["1"], "followed_up", [c["F1"], m["sig"], m["kf"]],
          ev="Bussen ska ta högst 25 minuter",
          note="the goals are the Word-numbered items 1–7 under '4 Gemensamma mål' (id = the "
          "number); '5 Parternas åtaganden' is a second Word list in the same form, restarting "
          "at 1 — duties of the parties (a study, a trial, a plan, meetings), no goals; "
          "'Syfte', 'Finansiering', 'Giltighet' and the signature table are no goals. Bus "
          "time down from 38 to at most 25 minutes against the car's 24 (competing with the "
          "car), signal priority and a bus lane"),
        G("2", g["2"], "followed_up", [c["H1"], m["gc"], m["pass"], m["hast"]],
          ev="Ingen ska dödas eller skadas",
          note="in other words (the zero vision): a walking and cycling path along the road, "
          "a grade-separated crossing at the school, 40 km/h through Sävstaby"),
        G("3", g["3"], "not_followed_up",
          note="trap (a measure that shares the words, NOT recommended): '5 Åtgärder som "
          "inte rekommenderas' — 'Förbifart för tung trafik norr om Granhyttans centrum' is "
          "rejected and left to the next regional transport plan; no goal or measure for "
          "heavy traffic"),
        G("4", g["4"], "partial", [c["H2"], m["tyst"], m["hast"]],
          ev="Ljudnivåerna vid bostäderna längs vägen",
          missing=["bullret längs genomfarten i Granhyttan (bristen gäller båda "
                   "genomfarterna, åtgärderna bara Sävstaby)"],
          note="quiet asphalt and noise screens for 34 properties and lower speed in "
          "Sävstaby; '3 Brister' names Granhyttan's through road too, which gets nothing"),
        G("5", g["5"], "not_followed_up",
          note="named in passing and left out: '1 Inledning' — 'Bostadsutbyggnaden i stråket "
          "hanteras i kommunens översiktsplanering och ingår inte i studien'"),
        G("6", g["6"], "followed_up", [c["H3"], m["trum"]], ev="Ny större vägtrumma och höjd",
          note="one measure (a larger culvert and a raised embankment at Rossån, where the "
          "road was closed after cloudbursts) under the goal 'samma framkomlighet året runt'; "
          "the winter maintenance line (åtgärd 4) serves the same child goal, not the "
          "parent's cloudbursts and high flows"),
        G("7", g["7"], "partial", [c["F2"], m["mob"]], ev="Andelen resor i stråket som görs",
          missing=["utsläpp från fordonen och den tunga trafiken (fordon, drivmedel)",
                   "koppling till de nationella klimatmålen"],
          note="a modal shift target (18 → 30 per cent) and a mobility campaign; nothing on "
          "emissions as such"),
    ]
    kids = [
        C(c["F1"], ["1"], note="the child goals are the bullets under 'Funktionsmål – "
          "tillgänglighet' and 'Hänsynsmål – säkerhet, miljö och hälsa' in '2 Mål för "
          "studien'; the rows of the '4 Rekommenderade åtgärder' table are measures; the "
          "measures NOT recommended in section 5, the 'Brister', the summary and '6 Fortsatt "
          "arbete' are no goals"),
        C(c["F2"], ["7"]),
        C(c["H1"], ["2"]),
        C(c["H2"], ["4"]),
        C(c["H3"], ["6"]),
    ]
    return dict(
        language="sv", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (python-docx → LibreOffice, Liberation Serif 11; an "
        "AVSIKTSFÖRKLARING between Trafikverket, a region and a municipality on a road "
        "corridor): numbered H1 sections, '4 Gemensamma mål' a Word decimal list 1–7, '5 "
        "Parternas åtaganden' a second Word decimal list restarting at 1 (duties), a "
        "three-party signature table; header, footer 'Dnr …' and page number; child PDF "
        "(HTML → Chromium, Liberation Sans 9.8; the ÅTGÄRDSVALSSTUDIE's final report): "
        "agency mast line, summary, '2 Mål för studien' with h3 'Funktionsmål' / "
        "'Hänsynsmål' over bullets, 'Brister', a table `Nr | Åtgärd | Steg | Ansvar | "
        "Kostnad (mnkr) | År` per step of the fyrstegsprincipen, '5 Åtgärder som inte "
        "rekommenderas' with bold run-in heads; footer 'n(N)'",
        goals=goals_, kids=kids,
    )


# =========================================================================== 4 Egebølle (da)


@pair
def egebolle_lokalplan(d: Path) -> dict:
    g = {
        "V1": "Lilleå-kvarteret skal være en blandet bydel med boliger til både børnefamilier, "
              "ældre og unge.",
        "V2": "Åen skal være tilgængelig for alle, med en sammenhængende sti langs vandet.",
        "B1": "Ny bebyggelse skal tilpasse sig skalaen i den gamle bymidte og bevare udsigten "
              "til Egebølle Kirke.",
        "B2": "Der skal skabes nye arbejdspladser og erhverv i de gamle fabriksbygninger.",
        "K1": "Regnvand skal håndteres lokalt og indgå som et rekreativt element i kvarteret.",
        "K2": "Kvarteret skal være fri for gennemkørende biltrafik, og parkeringen skal samles.",
        "K3": "Byggeriet skal have et lavt energiforbrug og opføres i bæredygtige materialer.",
    }
    parent = [
        ("kicker", "EGEBØLLE KOMMUNE · HELHEDSPLAN"),
        ("title", "Lilleå-kvarteret"),
        ("sub", "Helhedsplan for omdannelsen af det gamle fabriksområde ved Lilleå. Vedtaget af "
         "byrådet den 26. februar 2035."),
        ("vision", "Et grønt kvarter ved åen, hvor man bor, arbejder og mødes – fem minutters "
         "gang fra torvet."),
        ("h1", "1 Baggrund"),
        ("p", "Egebølle Maskinfabrik lukkede i 2031, og siden har det 9 hektar store område "
         "mellem Møllegade og Lilleå ligget hen. Byrådet købte arealet i 2033. Helhedsplanen "
         "er udarbejdet efter en åben idékonkurrence og to borgermøder i 2034, hvor over 400 "
         "borgere deltog."),
        ("h1", "2 Byrådets målsætninger"),
        ("p", "Målsætningerne er grundlaget for de lokalplaner, der skal udarbejdes for "
         "kvarteret, og for kommunens egne investeringer i området."),
        ("h2", "Et levende kvarter"),
        ("sq", [g["V1"], g["V2"]]),
        ("h2", "Byen og fabrikken"),
        ("sq", [g["B1"], g["B2"]]),
        ("h2", "Grønt og klimatilpasset"),
        ("sq", [g["K1"], g["K2"], g["K3"]]),
        ("h1", "3 Etaper"),
        ("table", ["Delområde", "Indhold", "Forventet start"], [
            ("A – Møllegade", "Boliger, fælles parkeringsanlæg", "2036"),
            ("B – Maskinfabrikken", "Erhverv, kultur og iværksættere i de bevaringsværdige "
             "haller", "2038"),
            ("C – Åparken", "Park og regnvandsbassiner langs Lilleå", "2037"),
            ("D – Engen", "Rækkehuse og seniorbofællesskab", "2040"),
        ], [38, 90, 32]),
        ("h1", "4 Den videre planlægning"),
        ("p", "Helhedsplanen er ikke juridisk bindende. Den udmøntes i lokalplaner for de "
         "enkelte delområder, og den første lokalplan omfatter delområde A ved Møllegade."),
    ]
    _rl_doc(d / "parent.pdf", parent, fonts=_p44._rl_fonts("LiberationSerif"), base=10,
            accent="#2E6B3A", tint="#E6F0E8", title="Helhedsplan for Lilleå-kvarteret – "
            "Egebølle Kommune", author="Egebølle Kommune",
            header="Egebølle Kommune · Helhedsplan for Lilleå-kvarteret",
            footer="Helhedsplan for Lilleå-kvarteret", page_word="Side")

    c = {
        "a": "at området anvendes til boliger i form af etageboliger og rækkehuse i forskellige "
             "størrelser,",
        "b": "at der sikres offentlig adgang langs Lilleå med en sti, der forbinder Møllegade "
             "og Præstemarken,",
        "c": "at ny bebyggelse får et omfang og en højde, der passer til den eksisterende "
             "bebyggelse i bymidten,",
        "d": "at regnvand fra området håndteres inden for lokalplanens område, og",
        "e": "at biltrafik og parkering samles ved Møllegade, så området i øvrigt friholdes "
             "for kørsel.",
    }
    m = {
        "3.1": "Området må kun anvendes til helårsboliger i form af etageboliger og rækkehuse.",
        "3.2": "Mindst 25 procent af boligerne skal være almene boliger.",
        "3.3": "Der må i boligerne drives sådanne erhverv, som almindeligvis kan udføres i "
               "boliger, f.eks. frisør, tegnestue og lignende, når erhvervet drives af den, "
               "der bor i boligen.",
        "3.4": "Boligerne skal have et bruttoetageareal på mindst 45 m² og højst 130 m².",
        "5.1": "Vejadgang til området må kun ske fra Møllegade.",
        "5.2": "Parkering skal ske i det fælles parkeringsanlæg i byggefelt I med mindst 0,8 "
               "p-plads pr. bolig.",
        "5.3": "Der udlægges en offentlig sti i 3 meters bredde langs Lilleå som vist på "
               "kortbilag 2.",
        "6.1": "Bebyggelsesprocenten for området som helhed må ikke overstige 80.",
        "6.2": "Bebyggelse må opføres i højst 3 etager og med en bygningshøjde på højst "
               "12,5 m.",
        "7.1": "Facader skal fremstå i blank mur, pudset mur eller træ.",
        "8.1": "Der skal udlægges fælles opholdsareal svarende til mindst 40 procent af "
               "boligernes etageareal.",
        "8.2": "Regnvand fra tage og befæstede arealer skal nedsives eller forsinkes i "
               "faskiner og i et lukket bassin under parkeringsanlægget.",
    }
    child = [
        ("title", "Lokalplan nr. 1.52"),
        ("sub", "Boliger ved Møllegade, Lilleå-kvarteret delområde A · Endelig vedtaget af "
         "Egebølle Byråd den 17. december 2035"),
        ("h1", "Redegørelse"),
        ("h2", "Lokalplanens baggrund"),
        ("p", "Lokalplanen er udarbejdet for at muliggøre de første ca. 220 boliger i "
         "Lilleå-kvarteret. Området udgør delområde A i Helhedsplan for Lilleå-kvarteret, "
         "som byrådet vedtog i februar 2035."),
        ("h2", "Forholdet til anden planlægning"),
        ("p", "Lokalplanen er i overensstemmelse med kommuneplanens rammeområde 7.B.14. Den "
         "tidligere maskinfabrik (delområde B) er ikke omfattet af lokalplanen og vil blive "
         "planlagt senere."),
        ("p", "En lokalplan kan ikke stille krav om energiforbrug i ny bebyggelse; det er "
         "reguleret i bygningsreglementet."),
        ("h1", "Bestemmelser"),
        ("p", "I medfør af lov om planlægning fastsættes hermed følgende bestemmelser for det "
         "område, der er nævnt i § 2."),
        ("h2", "§ 1 Lokalplanens formål"),
        ("p", "Lokalplanens formål er"),
        ("hang", [("–", c[k]) for k in ("a", "b", "c", "d", "e")]),
        ("h2", "§ 2 Område og zonestatus"),
        ("hang", [("2.1", "Lokalplanområdet afgrænses som vist på kortbilag 1 og omfatter "
                   "matr.nr. 14a og del af 14b, Egebølle Bygrunde."),
                  ("2.2", "Området ligger i byzone.")]),
        ("h2", "§ 3 Områdets anvendelse"),
        ("hang", [(k, m[k]) for k in ("3.1", "3.2", "3.3", "3.4")]),
        ("h2", "§ 4 Udstykning"),
        ("hang", [("4.1", "Udstykning må kun ske i overensstemmelse med princippet på "
                   "kortbilag 3.")]),
        ("h2", "§ 5 Vej-, sti- og parkeringsforhold"),
        ("hang", [(k, m[k]) for k in ("5.1", "5.2", "5.3")]),
        ("h2", "§ 6 Bebyggelsens omfang og placering"),
        ("hang", [(k, m[k]) for k in ("6.1", "6.2")]),
        ("h2", "§ 7 Bebyggelsens ydre fremtræden"),
        ("hang", [("7.1", m["7.1"]),
                  ("7.2", "Tage skal udføres som sadeltage med en hældning på 35–45 grader "
                   "eller som flade, begrønnede tage.")]),
        ("h2", "§ 8 Ubebyggede arealer"),
        ("hang", [(k, m[k]) for k in ("8.1", "8.2")]),
        ("h2", "§ 9 Forudsætninger for ibrugtagen"),
        ("hang", [("9.1", "Ny bebyggelse må ikke tages i brug, før der er etableret parkering "
                   "efter § 5.2 og sti efter § 5.3.")]),
        ("h2", "§ 10 Retsvirkninger"),
        ("p", "Efter byrådets endelige vedtagelse og offentlige bekendtgørelse af lokalplanen må "
         "ejendomme, der er omfattet af planen, kun udstykkes, bebygges eller i øvrigt "
         "anvendes i overensstemmelse med planens bestemmelser."),
    ]
    _odt(child, d / "child.pdf", title="Lokalplan nr. 1.52 – Boliger ved Møllegade",
         header="Egebølle Kommune · Lokalplan nr. 1.52",
         footer="Lokalplan nr. 1.52 Boliger ved Møllegade", font="Liberation Sans", size=10,
         color="#2E6B3A", tint="#E6F0E8", lang="da", country="DK")

    goals_ = [
        G("V1", g["V1"], "followed_up", [c["a"], m["3.1"], m["3.2"], m["3.4"]],
          ev="at området anvendes til boliger i form",
          note="the goals are the '▪' lines under the three theme headings of '2 Byrådets "
          "målsætninger' (ids: theme initial V, B, K + order, not printed); the vision line, "
          "the theme headings ('Et levende kvarter' …), '1 Baggrund', the stage table and '4 "
          "Den videre planlægning' are no goals. Mixed housing for families, the elderly and "
          "the young: flats and terraced houses of 45–130 m², a quarter of them social "
          "housing"),
        G("V2", g["V2"], "followed_up", [c["b"], m["5.3"], "Ny bebyggelse må ikke tages i "
          "brug, før der er etableret parkering efter § 5.2 og sti efter § 5.3."],
          ev="at der sikres offentlig adgang langs",
          note="a public 3 m path along Lilleå linking Møllegade and Præstemarken, to be laid "
          "before the first homes are used; the plan's share of the whole quarter's path"),
        G("B1", g["B1"], "partial", [c["c"], m["6.1"], m["6.2"]],
          ev="at ny bebyggelse får et omfang og en",
          missing=["udsigten til Egebølle Kirke"],
          note="scale: at most 3 storeys and 12.5 m, plot ratio 80; nothing on the view of "
          "the church"),
        G("B2", g["B2"], "not_followed_up",
          note="trap (shared words): § 3.3 allows 'sådanne erhverv, som almindeligvis kan "
          "udføres i boliger' — the standard home-business clause, not jobs in the old "
          "factory halls; 'Forholdet til anden planlægning' says the old factory (delområde "
          "B) is not covered"),
        G("K1", g["K1"], "partial", [c["d"], m["8.2"]],
          ev="at regnvand fra området håndteres",
          missing=["regnvandet som et rekreativt element (planen har faskiner og et lukket "
                   "bassin under parkeringen)"],
          note="rain water handled within the area, but in soakaways and a closed basin"),
        G("K2", g["K2"], "followed_up", [c["e"], m["5.1"], m["5.2"]],
          ev="at biltrafik og parkering samles ved",
          note="access only from Møllegade, all parking in one shared car park"),
        G("K3", g["K3"], "not_followed_up",
          note="named in passing: 'En lokalplan kan ikke stille krav om energiforbrug i ny "
          "bebyggelse; det er reguleret i bygningsreglementet'; § 7.1 on façade materials "
          "(brick, render, wood) is about appearance, not sustainable materials"),
    ]
    kids = [
        C(c["a"], ["V1"], note="the child goals are the 'at …' clauses under '§ 1 "
          "Lokalplanens formål' (typed '–' + tab); the numbered provisions of §§ 3–9 are "
          "measures where they serve a goal; the Redegørelse, § 2 (area and zone), § 10 "
          "(legal effects) and the other provisions are no goals"),
        C(c["b"], ["V2"]),
        C(c["c"], ["B1"]),
        C(c["d"], ["K1"]),
        C(c["e"], ["K2"]),
    ]
    return dict(
        language="da", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (reportlab, Liberation Serif 10; a HELHEDSPLAN for an old "
        "factory quarter): kicker, title, italic vision, numbered sections, '2 Byrådets "
        "målsætninger' with three theme headings over '▪' goals, a stage table `Delområde | "
        "Indhold | Forventet start`; header top left over a rule, footer and 'Side n'; child "
        "PDF (odfpy → LibreOffice, Liberation Sans 10; LOKALPLAN nr. 1.52 for the first "
        "part): 'Redegørelse' with two sub-sections, 'Bestemmelser' with '§ 1 Lokalplanens "
        "formål' ('at …' clauses typed '–' + tab) and §§ 2–10 whose provisions are typed "
        "'3.1' + tab in a hanging indent; header right, footer centred",
        goals=goals_, kids=kids,
    )


# =========================================================================== 5 Harlingmoor (en)


@pair
def harlingmoor_okrs(d: Path) -> dict:
    g = {
        "1": "By 2040, no one in Harlingmoor will be held back by a lack of digital skills, "
             "a device or a decent connection.",
        "2": "By 2040, residents will get the help they need from the council the first time "
             "they ask, in a way that suits them.",
        "3": "By 2040, every child in Harlingmoor will start school ready to learn.",
        "4": "By 2040, the borough will be net zero and everyone will breathe clean air.",
        "5": "By 2040, older and disabled residents will be able to live independently at "
             "home for longer.",
        "6": "By 2040, every resident will feel safe in their neighbourhood, day and night.",
        "7": "By 2040, residents will have a real say in the decisions that shape their "
             "area.",
    }
    names = {"1": "Connected", "2": "Responsive", "3": "Ready for school", "4": "Net zero",
             "5": "Independent", "6": "Safe", "7": "Heard"}
    measures = {
        "1": "Households with no home internet; adults with essential digital skills",
        "2": "Contacts resolved first time; resident satisfaction",
        "3": "Children with a good level of development at age five",
        "4": "Borough emissions (kt CO₂e); NO₂ at roadside monitors",
        "5": "People supported to live at home; permanent admissions to care homes",
        "6": "Residents who feel safe after dark (residents' survey)",
        "7": "Residents who feel they can influence local decisions",
    }
    cards = "".join(
        f"<div class='card'><div class='lab'>Mission {k} · {e(names[k])}</div>"
        f"<p class='ms'>{e(g[k])}</p><p class='hw'><b>How we'll know:</b> "
        f"{e(measures[k])}</p></div>" for k in ("1", "2", "3", "4", "5", "6", "7")) + (
        "<div class='card pr'><div class='lab'>A mission is …</div><p class='hw'>a goal "
        "for the whole borough, too big for the council alone. Each is shared with our "
        "partners and residents.</p></div>")
    principles = [
        ("Start with residents", "We design services with the people who use them."),
        ("Spend every pound wisely", "We stop things that do not work and say so."),
        ("Work as one council", "We share data and teams across services."),
        ("Be open", "We publish what we plan, what we spend and how we are doing."),
    ]
    pcards = "".join(f"<div class='card pr'><div class='lab'>Principle</div>"
                     f"<p class='pt'>{e(a)}</p><p class='hw'>{e(b)}</p></div>"
                     for a, b in principles)
    body = [
        "<div class='band'><span>HARLINGMOOR BOROUGH COUNCIL</span><span>Council Plan "
        "2034–2040</span></div>",
        "<h1>Harlingmoor 2040: Our Missions</h1>",
        "<p class='lead'>A fairer, greener Harlingmoor where everyone can thrive</p>",
        "<div class='fw'><p><b>Foreword.</b> This plan is different. Instead of a long list "
        "of priorities for the council, it sets seven missions for Harlingmoor as a whole: "
        "clear, measurable goals for 2040 that we will work towards with our partners, "
        "businesses and residents. More than 3,000 people helped shape them in the "
        "Harlingmoor Talks conversation in 2033.</p><p>Every service will show each year, in "
        "its own plan, how it contributes to the missions. We will report on progress to "
        "Council every autumn.</p><p class='sig'>Councillor Dev Raman, Leader of the "
        "Council</p></div>",
        "<h2>Seven missions for 2040</h2>",
        f"<div class='grid'>{cards}</div>",
        "<h2>How we will work</h2>",
        f"<div class='grid g4'>{pcards}</div>",
        "<p class='foot'>Agreed by Full Council on 22 February 2034. Alternative formats: "
        "01632 960 400.</p>",
    ]
    css = (
        "@page{size:A4;margin:13mm 14mm 14mm 14mm}"
        "body{font:9.6pt/1.4 'Liberation Sans';color:#1b1b1b}"
        ".band{display:flex;justify-content:space-between;background:#0F4C5C;color:#fff;"
        "font:bold 7.5pt 'Liberation Sans';letter-spacing:.1em;padding:4pt 7pt}"
        "h1{font:bold 23pt 'Liberation Sans';color:#0F4C5C;margin:9pt 0 1pt}"
        ".lead{font-size:12pt;color:#E36414;margin:0 0 7pt}"
        ".fw{columns:2;column-gap:7mm;font-size:9pt;border-top:.75pt solid #0F4C5C;"
        "padding-top:4pt}.fw p{margin:0 0 4pt}.sig{font-style:italic}"
        "h2{font:bold 12.5pt 'Liberation Sans';color:#0F4C5C;margin:9pt 0 4pt}"
        ".grid{display:grid;grid-template-columns:1fr 1fr;gap:4mm}"
        ".g4{grid-template-columns:1fr 1fr 1fr 1fr}"
        ".card{border:1pt solid #0F4C5C;border-top:4pt solid #0F4C5C;padding:4pt 6pt;"
        "break-inside:avoid}.card.pr{border-color:#9DB6BC;border-top-color:#E36414}"
        ".lab{font:bold 7.5pt 'Liberation Sans';text-transform:uppercase;letter-spacing:.06em;"
        "color:#E36414;margin-bottom:2pt}"
        "p.ms{font-weight:bold;font-size:10.4pt;margin:0 0 3pt}"
        "p.pt{font-weight:bold;margin:0 0 2pt}p.hw{font-size:8.4pt;color:#444;margin:0}"
        ".foot{font-size:7.5pt;color:#666;margin-top:8pt}"
    )
    _html("en-GB", "Harlingmoor 2040: Our Missions – Council Plan 2034–2040", css, body,
          d / "parent.pdf")

    c = {
        "O1": "Help residents get online and stay online.",
        "O2": "Make it easy to get things done with us, whichever way residents contact us.",
        "O3": "Keep residents' data safe.",
        "O4": "Use technology to help people stay independent at home.",
        "O5": "Cut the carbon footprint of our service.",
        "O6": "Open up the council's decisions to residents.",
        "O7": "Build a team with the skills to deliver.",
    }
    kr = {
        "1a": "Lend 1,200 refurbished laptops and tablets through the borough's libraries",
        "1b": "Give 800 free data SIM cards to households on low incomes",
        "1c": "Run 400 digital skills sessions in libraries and community centres",
        "2a": "Resolve 80% of contacts at the first point of contact",
        "2b": "Keep phone and face-to-face help open at all three customer service centres",
        "2c": "Launch 20 new online forms, each tested with residents before go-live",
        "3a": "Multi-factor authentication on 100% of staff accounts",
        "3b": "No reportable data breaches",
        "3c": "Click rate in phishing tests below 5%",
        "4a": "Install care technology (sensors, video calls) in 350 more homes",
        "4b": "Cut the wait for a care technology assessment from 21 to 10 working days",
        "5a": "Cut printing and post by 60%",
        "5b": "Move the last on-site servers to a data centre run on renewable electricity",
        "6a": "Publish a plain-English summary of every Cabinet decision within two working "
              "days",
        "6b": "Livestream and caption all Council and Cabinet meetings",
        "6c": "Run four consultations on the new Harlingmoor Talks online hub",
        "7a": "Every team member has a personal learning plan",
        "7b": "Fill the three vacant data analyst posts",
    }
    objectives = [
        ("O1", "Mission 1 · Connected", [("1a", "310", "1,200"), ("1b", "0", "800"),
                                         ("1c", "150", "400")]),
        ("O2", "Mission 2 · Responsive", [("2a", "61%", "80%"), ("2b", "3 of 3", "3 of 3"),
                                          ("2c", "–", "20")]),
        ("O3", "Mission 6 · Safe", [("3a", "72%", "100%"), ("3b", "2", "0"),
                                    ("3c", "11%", "< 5%")]),
        ("O4", "Mission 5 · Independent", [("4a", "900", "1,250"),
                                           ("4b", "21 days", "10 days")]),
        ("O5", "Mission 4 · Net zero", [("5a", "1.9m sheets", "0.76m sheets"),
                                        ("5b", "14 servers", "0")]),
        ("O6", "Mission 7 · Heard", [("6a", "9 days", "2 days"), ("6b", "Council only", "All"),
                                     ("6c", "0", "4")]),
        ("O7", "Enabler", [("7a", "40%", "100%"), ("7b", "0 of 3", "3 of 3")]),
    ]
    child = [
        ("kicker", "HARLINGMOOR BOROUGH COUNCIL · CUSTOMER AND DIGITAL SERVICES"),
        ("title", "Objectives and Key Results 2035/36"),
        ("sub", "Service plan for April 2035 to March 2036 · Head of Customer and Digital "
         "Services: Ottoline Fairweather"),
        ("p", "Our OKRs say what we want to achieve this year (objectives) and how we will know "
         "we have got there (key results). Each objective shows the mission of the Council "
         "Plan it contributes to. We score every key result each quarter from 0 to 1.0; 0.7 "
         "counts as a good result."),
    ]
    for i, (o, tag, rows) in enumerate(objectives, 1):
        child += [
            ("h2", f"Objective {i}: {c[o]}"),
            ("i", f"Contributes to: {tag}"),
            ("table", ["Key result", "Baseline", "Target March 2036"],
             [(kr[k], b, t) for k, b, t in rows], [104, 28, 34]),
        ]
    child += [
        ("facts", "How we report", [
            "Quarterly OKR scores to the Corporate Leadership Team and the Portfolio Holder "
            "for Resources.",
            "Year-end results in the Council Plan annual report in October 2036."]),
    ]
    _rl_doc(d / "child.pdf", child, fonts=_p43._rl_fonts("LiberationSans"), base=9.5,
            accent="#0F4C5C", tint="#E2ECEE", title="Customer and Digital Services – OKRs "
            "2035/36", author="Harlingmoor Borough Council",
            header="Customer and Digital Services · OKRs 2035/36",
            footer="Harlingmoor Borough Council", page_word="Page")

    goals_ = [
        G("1", g["1"], "followed_up", [c["O1"], kr["1a"], kr["1b"], kr["1c"]],
          ev="Help residents get online and stay",
          note="the goals are the bold mission statements on the cards 'Mission 1' … "
          "'Mission 7' (id = the number); the card 'A mission is …', the four 'Principle' "
          "cards under 'How we will work' (ways of working, on cards of the same look), the "
          "'How we'll know' lines (indicators), the title's strapline 'A fairer, greener "
          "Harlingmoor where everyone can thrive' and the foreword are no goals. Skills, "
          "devices and connection: lending, data SIMs, skills sessions"),
        G("2", g["2"], "followed_up", [c["O2"], kr["2a"], kr["2b"], kr["2c"]],
          ev="Make it easy to get things done",
          note="in other words: resolving contacts first time, phone and face-to-face kept "
          "open, online forms tested with residents (the way that suits them)"),
        G("3", g["3"], "not_followed_up",
          note="nothing in the OKRs on early years or school readiness"),
        G("4", g["4"], "partial", [c["O5"], kr["5a"], kr["5b"]],
          ev="Cut the carbon footprint of our",
          missing=["clean air", "the borough's emissions (the OKRs cover the service's own "
                   "footprint)"],
          note="the service's own carbon footprint (printing, post, servers); nothing on air "
          "quality or the borough"),
        G("5", g["5"], "followed_up", [c["O4"], kr["4a"], kr["4b"]],
          ev="Use technology to help people stay",
          note="care technology in 350 more homes and a shorter wait for an assessment: the "
          "service's whole share of the mission"),
        G("6", g["6"], "not_followed_up",
          note="trap (wrong tag, shared words): Objective 3 'Keep residents' data safe' is "
          "tagged 'Contributes to: Mission 6 · Safe' — cyber security (multi-factor "
          "authentication, data breaches, phishing tests), not residents feeling safe in "
          "their neighbourhood"),
        G("7", g["7"], "partial", [c["O6"], kr["6a"], kr["6b"], kr["6c"]],
          ev="Open up the council's decisions to",
          missing=["a real say in decisions (the OKRs inform residents and consult them, "
                   "nothing lets them decide or shape the decisions)"],
          note="plain-English summaries, livestreamed meetings, four online consultations"),
    ]
    kids = [
        C(c["O1"], ["1"], note="the child goals are the objectives after 'Objective n:' "
          "(without the label); the key results in the tables under them are measures; the "
          "'Contributes to:' lines are citations (one wrong, one 'Enabler'), the baselines "
          "and targets, the introduction and 'How we report' are no goals"),
        C(c["O2"], ["2"]),
        C(c["O3"], [], note="cyber security, tagged Mission 6 (feeling safe in the "
          "neighbourhood), which it does not serve — stands alone"),
        C(c["O4"], ["5"]),
        C(c["O5"], ["4"]),
        C(c["O6"], ["7"]),
        C(c["O7"], [], note="an enabler (learning plans, vacant posts): no mission — "
          "stands alone"),
    ]
    return dict(
        language="en", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (HTML → Chromium, Liberation Sans 9.6; a Council Plan of seven "
        "MISSIONS for 2040): top band, title, coloured strapline, a two-column foreword, a "
        "2-column grid of cards 'MISSION n · Name' over the mission in bold and a 'How "
        "we'll know' line, one card 'A mission is …', a 4-column grid of 'PRINCIPLE' cards "
        "of the same look; no running furniture; child PDF (reportlab, Liberation Sans 9.5; "
        "a service's OKRs 2035/36): kicker, title, per objective an h2 'Objective n: …', an "
        "italic 'Contributes to: Mission n · Name' (one tag wrong, one 'Enabler') and a "
        "`Key result | Baseline | Target March 2036` table, a tinted 'How we report' box; "
        "header top left over a rule, footer and 'Page n'",
        goals=goals_, kids=kids,
    )


# =========================================================================== main


def main(argv: list[str]) -> None:
    """Build this folder's pairs and their gold, --verify them, or --twice: build everything
    twice and compare the sha256 of every file (all in pairkit.parents_main)."""
    pk.parents_main(argv, here=HERE, pairs=PAIRS, p14=_p14, p20=_p20, builder=BUILDER)


if __name__ == "__main__":
    main(sys.argv[1:])
