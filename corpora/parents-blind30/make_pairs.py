"""Build the thirtieth blind batch of parent/child pairs (rød tråd, pbl § 11-1) and their gold.

Written on 2026-12-05 by `bpar30` without reading plancheck's code, tests or bench, and without
running it. Parents and children in forms the earlier batches did not use:

- Stavfjord (nb): a NATIONAL strategy (python-docx → LibreOffice) whose goals are the bullets
  completing 'Vi lykkes når:' under each innsatsområde, beside 'Regjeringen vil:' bullets (the
  state's measures, no goals); the child, a kommune's handlingsplan (Chromium), links each tiltak
  by a HYPERLINK whose printed text is only 'Les mer ↗' — the target is in the link annotation.
- Hovsfjord (nn): a samfunnsdel (python-docx → LibreOffice) whose goals stand in a TRANSPOSED
  table — the satsingsområde are the COLUMNS, the rows 'Mål', 'Strategiar', 'Slik måler vi'; the
  child is a kommunalsjef's LEIARAVTALE (reportlab) with numbered resultatmål and a signature block.
- Ängsjö (sv): a KF program för social hållbarhet (reportlab) whose goals stand in a
  RESPONSIBILITY table 'Mål | KS | BUN | SN | KFN' with ● huvudansvar / ○ bidrar; the child, the
  socialnämnd's nämndplan (python-docx → LibreOffice), follows up through 'Vi åtar oss att …'
  ÅTAGANDEN and names its responsibilities only in the introduction.
- Bredsted (da): a byudviklingsstrategi (Chromium) whose goals are the LEGEND of a numbered MAP
  (an SVG with pins 1–6, 'Kortets mål' as the legend); the child is a PROJEKTKATALOG (reportlab) of
  project cards, each with a 'Kortnr.' line.
- Aldermere (en): a national strategy (reportlab) whose goals are the last column of a THEORY OF
  CHANGE table 'If we … | then … | so that by 2065 …'; the child, a district council's action
  plan (Chromium), is a NOW / NEXT / LATER roadmap of cards in three columns.

    python corpora/parents-blind30/make_pairs.py                  # all pairs
    python corpora/parents-blind30/make_pairs.py stavfjord-handlingsplan
    python corpora/parents-blind30/make_pairs.py --verify         # re-read the PDFs only

Imports the twenty-ninth batch's builder (corpora/parents-blind29/make_pairs.py: through it the
earlier writers `_rl`, `G`, `C`, the Chromium print, `_page`, `build_pdf`, `_build_pdf_footer`)
and runs batch 14's `main` (gold writer and checks) on this folder's pairs through
`pairkit.parents_main`. `--verify` is batch 20's, pointed at this folder.
"""

from __future__ import annotations

import html as _html
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "scripts"))

import pairkit as pk  # noqa: E402

_p29 = pk.load_module("parents_blind29_make_pairs", HERE.parent / "parents-blind29" / "make_pairs.py")
_p20, _p14 = _p29._p20, _p29._p14
G, C = _p29.G, _p29.C
_chromium, _page, _rl = _p29._chromium, _p29._page, _p29._rl
build_pdf, _build_pdf_footer = _p29.build_pdf, _p29._build_pdf_footer

PAIRS, pair = pk.pair_registry()
e = _html.escape


# =========================================================================== 1 Stavfjord (nb)


@pair
def stavfjord_handlingsplan(d: Path) -> dict:
    g = {
        "N1": "eldre har en bolig som fungerer også når helsa endrer seg.",
        "N2": "nærmiljøet har benker, toaletter og trygge gangveier.",
        "N3": "seniorer som vil og kan jobbe lenger, får muligheten til det.",
        "N4": "færre eldre opplever at de er ensomme.",
        "N5": "eldre kan bruke digitale tjenester eller får hjelp til det.",
        "N6": "eldre deltar i frivillig arbeid og har innflytelse i lokalsamfunnet.",
    }
    areas = [
        ("Innsatsområde 1: Bolig og nærmiljø",
         "Ni av ti over 67 år bor i egen bolig, men få boliger er tilpasset rullator eller "
         "rullestol.",
         ["styrke Husbankens tilskudd til tilpasning av bolig",
          "gi kommunene en veileder for aldersvennlig stedsutvikling"], ["N1", "N2"]),
        ("Innsatsområde 2: Arbeid og fellesskap",
         "Seniorer går av tidligere enn de selv ønsker, og hver femte over 75 år sier at de "
         "ofte er ensomme.",
         ["utvide seniorrådgivningen i Arbeids- og velferdsetaten",
          "opprette en tilskuddsordning for møteplasser for eldre"], ["N3", "N4"]),
        ("Innsatsområde 3: Digitalisering og deltakelse",
         "Over 300 000 eldre bruker ikke digitale tjenester fra det offentlige.",
         ["videreføre programmet for digital kompetanse i bibliotekene",
          "styrke eldrerådenes rolle i kommunal planlegging"], ["N5", "N6"]),
    ]
    parent = [
        ("title", "Et aldersvennlig Norge"),
        ("meta", "Nasjonal strategi 2056–2061 · Helse- og omsorgsdepartementet · Mars 2056"),
        ("h1", "Om strategien"),
        ("p", "Strategien skal bidra til at eldre kan leve gode og aktive liv i hele landet. "
         "For hvert innsatsområde sier regjeringen hva den selv vil gjøre, og hva som skal være "
         "oppnådd når strategiperioden er over. Kommunene følger opp strategien i egne planer."),
    ]
    for head, bg, vil, ks in areas:
        parent += [
            ("h1", head), ("p", bg),
            ("h3", "Regjeringen vil:"), ("bullets", [x + "." for x in vil]),
            ("h3", "Vi lykkes når:"), ("bullets", [g[k] for k in ks]),
        ]
    parent += [
        ("h1", "Oppfølging"),
        ("p", "Departementet rapporterer om strategien i budsjettproposisjonen hvert år."),
    ]
    build_pdf(parent, d / "parent.pdf", title="Et aldersvennlig Norge – nasjonal strategi "
              "2056–2061", author="Helse- og omsorgsdepartementet",
              header="Et aldersvennlig Norge – nasjonal strategi 2056–2061", lang="nb-NO")

    t = {
        "t1": "Boligrådgiver hjelper eldre med å tilpasse boligen eller finne en ny",
        "t2": "Benker med armlener langs turveien fra Stavfjord sentrum til Sjøbadet",
        "t3": "Besøksvenner fra Frivilligsentralen til hjemmeboende som bor alene",
        "t4": "Seniortreff med middag på Bryggekafeen hver onsdag",
        "t5": "Digital drop-in med frivillige på biblioteket hver tirsdag",
        "t6": "Eldrerådet uttaler seg i alle plansaker før politisk behandling",
        "t7": "Nytt produksjonskjøkken på Stavfjord sykehjem",
    }
    base = "https://www.regjeringen.no/no/dokumenter/et-aldersvennlig-norge/strategi.html"
    rows = [
        ("t1", "Tildelingskontoret", "2057", 1), ("t2", "Park og vei", "2058", 1),
        ("t3", "Frivilligsentralen", "2057–2060", 2), ("t4", "Kultur", "2057–2060", 2),
        ("t5", "Biblioteket", "2057–2060", 3), ("t6", "Eldrerådet", "Fast", 3),
        ("t7", "Eiendom", "2059", 1),
    ]
    css = (
        "h1{font-size:19pt;color:#2b5f75;margin:0 0 2px}"
        "h2{font-size:12.5pt;color:#2b5f75;margin:14px 0 4px}"
        "a{color:#1a56a8;text-decoration:underline;white-space:nowrap}"
        "td.lnk{width:13%}"
    )
    body = [
        "<h1>Handlingsplan for et aldersvennlig Stavfjord 2057–2060</h1>",
        "<p class='crumb'>Stavfjord kommune · Vedtatt av kommunestyret 3. desember 2056, sak "
        "112/56</p>",
        "<h2>Bakgrunn</h2>",
        "<p>Handlingsplanen er kommunens oppfølging av den nasjonale strategien Et aldersvennlig "
        "Norge. Lenken i kolonnen «Strategien» går til innsatsområdet i strategien som tiltaket "
        "hører til.</p>",
        "<p>I Stavfjord er 1 900 av 7 300 innbyggere over 67 år. Kommunen har 140 ansatte over "
        "62 år, og mange av dem går av med pensjon før 67.</p>",
        "<h2>Tiltak</h2>",
        "<table><tr><th>Tiltak</th><th>Ansvar</th><th>Når</th><th>Strategien</th></tr>",
    ]
    for k, who, when, area in rows:
        body.append(f"<tr><td>{e(t[k])}</td><td>{e(who)}</td><td>{when}</td>"
                    f"<td class='lnk'><a href='{base}#innsatsomrade-{area}'>Les mer ↗</a>"
                    "</td></tr>")
    body += [
        "</table>",
        "<h2>Økonomi og rapportering</h2>",
        "<p>Tiltakene dekkes innenfor rammene i økonomiplanen. Eldrerådet får en rapport om "
        "tiltakene hvert år.</p>",
    ]
    _chromium(_page("nb", "Handlingsplan for et aldersvennlig Stavfjord 2057–2060", css, body),
              d / "child.pdf")

    goals_ = [
        G("N1", g["N1"], "followed_up", [t["t1"]], ev="Boligrådgiver hjelper eldre",
          note="the goals are the bullets under 'Vi lykkes når:' in each innsatsområde (ids "
          "N1–N6 in reading order, not printed), fragments that complete 'Vi lykkes når' (text "
          "as printed, lower-case); the 'Regjeringen vil:' bullets are the STATE's measures, "
          "the innsatsområde headings and background lines no goals. The child links each "
          "tiltak only by a HYPERLINK printed 'Les mer ↗' whose target "
          "('…#innsatsomrade-n') is not printed; content decides. A housing adviser who helps "
          "adapt the home or find another: the home works when health changes"),
        G("N2", g["N2"], "partial", [t["t2"]], ev="Benker med armlener",
          missing=["toaletter", "trygge gangveier", "nærmiljøet ellers (én turvei)"],
          note="benches along one path; no toilets, nothing for safe walkways"),
        G("N3", g["N3"], "not_followed_up",
          note="trap: the background names the municipality's staff over 62 who retire "
          "early, but no tiltak lets seniors work longer"),
        G("N4", g["N4"], "followed_up", [t["t3"], t["t4"]], ev="Besøksvenner fra",
          note="visiting friends for those living alone and a weekly senior lunch: fewer "
          "lonely (the municipality's share)"),
        G("N5", g["N5"], "followed_up", [t["t5"]], ev="Digital drop-in med",
          note="a weekly drop-in with volunteers at the library: help with digital services"),
        G("N6", g["N6"], "partial", [t["t6"]], ev="Eldrerådet uttaler seg",
          missing=["eldre i frivillig arbeid"],
          note="the council for the elderly is heard in all planning cases (influence); "
          "nothing gets the elderly into voluntary work (the visiting friends are volunteers "
          "FOR the elderly, not by them)"),
    ]
    kids = [
        C(t["t1"], ["N1"], note="the child goals are the 'Tiltak' cells; 'Ansvar', 'Når' and "
          "the 'Les mer ↗' link cells are no goals"),
        C(t["t2"], ["N2"]),
        C(t["t3"], ["N4"]),
        C(t["t4"], ["N4"]),
        C(t["t5"], ["N5"]),
        C(t["t6"], ["N6"]),
        C(t["t7"], [], note="trap: its hidden link goes to innsatsområde 1 (bolig og "
          "nærmiljø), but a new kitchen at the nursing home serves no goal — stands alone"),
    ]
    return dict(
        language="nb", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (python-docx → LibreOffice; a national strategy): per "
        "innsatsområde 'Regjeringen vil:' bullets (the state's measures) and 'Vi lykkes når:' "
        "bullets (the goals, lower-case fragments); child PDF (Chromium; kommunal "
        "handlingsplan): one table 'Tiltak | Ansvar | Når | Strategien' whose last cell is a "
        "hyperlink printed 'Les mer ↗', its target (the innsatsområde) only in the link",
        goals=goals_, kids=kids,
    )


# =========================================================================== 2 Hovsfjord (nn)


@pair
def hovsfjord_leiaravtale(d: Path) -> dict:
    g = {
        "O1": "Alle barn går i barnehage frå dei er eitt år.",
        "O2": "Barn og unge i Hovsfjord har god psykisk helse.",
        "H1": "Eldre og sjuke meistrar kvardagen sjølv lengst mogleg.",
        "H2": "Vi har nok helsepersonell med rett kompetanse.",
        "B1": "Utsleppa frå kommunen si eiga drift er halverte innan 2065.",
        "B2": "Hovsfjord har eit levande sentrum med bustader og handel.",
    }
    cols = ["Oppvekst", "Helse og meistring", "Berekraftig utvikling"]
    parent = [
        ("title", "Kommuneplanen sin samfunnsdel 2057–2069"),
        ("meta", "Hovsfjord kommune · Vedteken av kommunestyret 19. juni 2057, sak 44/57"),
        ("h1", "Samfunnsdelen på ei side"),
        ("p", "Samfunnsdelen har tre satsingsområde. Tabellen under viser kvart satsingsområde i "
         "ei kolonne: måla vi skal nå innan 2069, strategiane for å kome dit, og korleis vi "
         "måler framgangen."),
        ("table", ["", *cols], [
            ["Mål", g["O1"], g["H1"], g["B1"]],
            ["Mål", g["O2"], g["H2"], g["B2"]],
            ["Strategiar", "Vi samarbeider tett med foreldra og byggjer ut barnehagane.",
             "Vi førebyggjer og tek i bruk velferdsteknologi.",
             "Vi fortettar i sentrum og går føre i eiga drift."],
            ["Slik måler vi", "Del barn 1–2 år i barnehage; Ungdata",
             "Del over 80 år som bur heime; ledige stillingar",
             "Klimarekneskapen; tal bustader i sentrum"],
        ], [24, 49, 49, 49]),
        ("h1", "Visjon"),
        ("p", "«Hovsfjord – der fjorden opnar seg.» Visjonen er ikkje eit mål."),
        ("h1", "Oppfølging"),
        ("p", "Kommunedirektøren følgjer opp samfunnsdelen i handlingsdelen og i leiaravtalane "
         "med kommunalsjefane."),
    ]
    build_pdf(parent, d / "parent.pdf", title="Kommuneplanen sin samfunnsdel 2057–2069",
              author="Hovsfjord kommune",
              header="Hovsfjord kommune – Kommuneplanen sin samfunnsdel 2057–2069", lang="nn-NO")

    r = {
        "r1": "Kvardagsrehabilitering blir tilbydd alle som søkjer om heimeteneste første "
              "gong.",
        "r2": "Alle heimebuande over 80 år får tilbod om tryggleiksalarm og elektronisk "
              "medisineringsstøtte.",
        "r3": "Minst 80 prosent av dei faste stillingane i pleie og omsorg er heile stillingar.",
        "r4": "Helsestasjon for ungdom er open to kveldar i veka.",
        "r5": "Heimetenesta byter ut alle dieselbilane med elbilar.",
        "r6": "Sjukefråværet i helse og meistring er under 8 prosent.",
    }
    child = [
        ("title", "Leiaravtale 2058"),
        ("meta", "Hovsfjord kommune · Mellom kommunedirektøren og kommunalsjef for helse og "
         "meistring · 15. januar 2058"),
        ("h1", "1 Partar og føremål"),
        ("p", "Avtalen er inngått mellom kommunedirektør Kari Tveit og kommunalsjef for helse "
         "og meistring Ola Rønneberg. Han gjeld for 2058 og viser kva resultat kommunalsjefen "
         "skal levere for å følgje opp satsingsområdet «Helse og meistring» i samfunnsdelen. "
         "Berekraftig utvikling er eit gjennomgåande omsyn i alt arbeidet i kommunen."),
        ("h1", "2 Ansvar og mynde"),
        ("p", "Kommunalsjefen har personal-, økonomi- og fagansvar for heimetenesta, "
         "sjukeheimen, helsestasjonen og legetenesta, med ei netto driftsramme på 212 mill. "
         "kroner."),
        ("h1", "3 Resultatmål for 2058"),
        ("table", ["Nr.", "Resultatmål", "Målt ved"], [
            ["1", r["r1"], "Fagsystemet"],
            ["2", r["r2"], "Fagsystemet"],
            ["3", r["r3"], "Lønssystemet, 31.12."],
            ["4", r["r4"], "Opningstider"],
            ["5", r["r5"], "Bilparken, 31.12."],
            ["6", r["r6"], "Sjukefråværsstatistikken"],
        ], [12, 118, 40]),
        ("h1", "4 Leiarutvikling"),
        ("p", "Kommunalsjefen tek modul 2 i leiarutdanninga for kommunale leiarar hausten 2058."),
        ("h1", "5 Oppfølging og underskrift"),
        ("p", "Avtalen blir følgd opp i medarbeidarsamtalen i juni og desember."),
        ("p", "Hovsfjord, 15. januar 2058"),
        ("table", ["Kommunedirektør", "Kommunalsjef helse og meistring"],
         [["Kari Tveit (sign.)", "Ola Rønneberg (sign.)"]], [85, 85]),
    ]
    _rl(d / "child.pdf", child, title="Leiaravtale 2058 – kommunalsjef helse og meistring",
        author="Hovsfjord kommune", creator="Hovsfjord kommune, Personal",
        header="Hovsfjord kommune – Leiaravtale 2058, helse og meistring", footer="Side {n}",
        accent="#23506b")

    goals_ = [
        G("O1", g["O1"], "not_followed_up",
          note="the goals are the cells of the two 'Mål' ROWS of a TRANSPOSED table whose "
          "COLUMNS are the satsingsområde (ids: column letter O = Oppvekst, H = Helse og "
          "meistring, B = Berekraftig utvikling + row 1/2; not printed); the 'Strategiar' and "
          "'Slik måler vi' rows, the column heads, the vision and 'Oppfølging' are no goals. "
          "The child is a kommunalsjef's LEIARAVTALE; it says it follows up the 'Helse og "
          "meistring' column. Kindergarten: not this kommunalsjef's area; nothing"),
        G("O2", g["O2"], "partial", [r["r4"]], ev="Helsestasjon for ungdom",
          missing=["barn og unge elles (skule, barnehage, fritid)"],
          note="an oppvekst goal served from the health side: the youth health clinic open two "
          "evenings a week supports young people's mental health; one low-threshold service"),
        G("H1", g["H1"], "followed_up", [r["r1"], r["r2"]], ev="Kvardagsrehabilitering blir",
          note="everyday rehabilitation for all new home-care users, safety alarms and "
          "medication support for all over 80 living at home: coping on one's own"),
        G("H2", g["H2"], "partial", [r["r3"]], ev="Minst 80 prosent",
          missing=["rekruttering og kompetanse (rett kompetanse)"],
          note="full-time posts help keep staff; nothing on recruiting or on competence"),
        G("B1", g["B1"], "partial", [r["r5"]], ev="Heimetenesta byter ut",
          missing=["utslepp frå resten av kommunen si drift (bygg, andre einingar)"],
          note="electric cars for home care — one unit's share of halving the municipality's "
          "own emissions (a lenient reader taking it as this kommunalsjef's whole share → "
          "followed up; but the area also runs the nursing home's buildings)"),
        G("B2", g["B2"], "not_followed_up",
          note="trap: 'Berekraftig utvikling er eit gjennomgåande omsyn' names the column "
          "in passing; nothing for the town centre"),
    ]
    kids = [
        C(r["r1"], ["H1"], note="the child goals are the six 'Resultatmål' cells; 'Nr.' and "
          "'Målt ved' are no goals; the leader's own development (section 4) and the "
          "signature block hold none"),
        C(r["r2"], ["H1"]),
        C(r["r3"], ["H2"]),
        C(r["r4"], ["O2"], note="serves an oppvekst goal although the agreement says it follows "
          "up 'Helse og meistring'"),
        C(r["r5"], ["B1"]),
        C(r["r6"], [], note="sickness absence in the kommunalsjef's own staff: an internal "
          "HR target, no samfunnsmål — stands alone"),
    ]
    return dict(
        language="nn", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (python-docx → LibreOffice; samfunnsdel on one page): a "
        "TRANSPOSED table whose columns are the three satsingsområde and whose rows are "
        "'Mål' (twice), 'Strategiar' and 'Slik måler vi'; child PDF (reportlab; a "
        "kommunalsjef's leiaravtale): numbered 'Resultatmål for 2058' in a table, a leader "
        "development paragraph and a signature table",
        goals=goals_, kids=kids,
    )


# =========================================================================== 3 Ängsjö (sv)


@pair
def angsjo_namndplan(d: Path) -> dict:
    g = {
        "S1": "Fler elever i Ängsjö går ut grundskolan med behörighet till gymnasiet.",
        "S2": "Färre invånare är beroende av ekonomiskt bistånd under lång tid.",
        "S3": "Barn som lever i familjer med missbruk eller våld får stöd tidigt.",
        "S4": "Alla barn och unga kan delta i en fritidsaktivitet.",
        "S5": "Fler äldre känner sig trygga och delaktiga i samhället.",
        "S6": "Det finns bostäder för hushåll med låga inkomster i alla kommundelar.",
    }
    marks = {
        "S1": ["", "●", "○", ""], "S2": ["○", "", "●", ""], "S3": ["", "○", "●", "○"],
        "S4": ["", "○", "", "●"], "S5": ["", "", "○", "●"], "S6": ["●", "", "○", ""],
    }
    parent = [
        ("title", "Program för social hållbarhet 2058–2062"),
        ("meta", "Ängsjö kommun · Antaget av kommunfullmäktige 26 februari 2058, § 19"),
        ("h1", "Programmets syfte"),
        ("p", "Skillnaderna i hälsa och livsvillkor mellan kommundelarna i Ängsjö har ökat. "
         "Programmet samlar kommunens arbete för att minska dem. Det gäller alla nämnder och "
         "bolag."),
        ("h1", "Mål och ansvar"),
        ("p", "Tabellen visar programmets sex mål och vilka nämnder som har ansvar för dem. "
         "● = huvudansvar, ○ = bidrar. KS = kommunstyrelsen, BUN = barn- och "
         "utbildningsnämnden, SN = socialnämnden, KFN = kultur- och fritidsnämnden."),
        ("table", ["Mål", "KS", "BUN", "SN", "KFN"],
         [[g[k], *marks[k]] for k in g], [110, 15, 15, 15, 15]),
        ("h1", "Genomförande"),
        ("p", "Nämnderna beskriver i sina nämndplaner hur de tar sitt ansvar för programmets "
         "mål. Kommunstyrelsen följer upp programmet i årsredovisningen."),
    ]
    _rl(d / "parent.pdf", parent, title="Program för social hållbarhet 2058–2062",
        author="Ängsjö kommun", creator="Ängsjö kommun, Kommunledningskontoret",
        header="Ängsjö kommun – Program för social hållbarhet 2058–2062", footer="Sida {n}",
        accent="#6a2c70")

    a = {
        "a1": "Vi åtar oss att erbjuda alla som fått ekonomiskt bistånd i mer än ett år en "
              "plan för arbete eller studier tillsammans med Arbetsförmedlingen.",
        "a2": "Vi åtar oss att erbjuda alla föräldrar i missbruksbehandling stöd i "
              "föräldraskapet och samtal med barnen.",
        "a3": "Vi åtar oss att ge barn som bevittnat våld i hemmet samtalsstöd inom två veckor.",
        "a4": "Vi åtar oss att starta en träffpunkt för äldre i Kyrkbyn.",
        "a5": "Vi åtar oss att alla handläggare får utbildning i motiverande samtal.",
    }
    child = [
        ("title", "Socialnämndens nämndplan 2059"),
        ("meta", "Ängsjö kommun · Socialnämnden · Beslutad 20 november 2058, § 141"),
        ("h1", "1 Inledning"),
        ("p", "Nämndplanen visar vad socialnämnden gör 2059. Enligt Program för social "
         "hållbarhet har nämnden huvudansvar för två av programmets mål och bidrar till tre. "
         "Nämnden beskriver sitt bidrag som åtaganden gentemot invånarna."),
        ("h1", "2 Omvärld och förutsättningar"),
        ("p", "Antalet hushåll med ekonomiskt bistånd har minskat med 6 procent sedan 2056, "
         "men allt fler får bistånd längre än två år. Bristen på hyresbostäder gör att "
         "nämnden placerar familjer på vandrarhem."),
        ("h1", "3 Nämndens åtaganden 2059"),
        ("num", [a["a1"], a["a2"], a["a3"], a["a4"], a["a5"]]),
        ("h1", "4 Uppföljning"),
        ("p", "Åtagandena följs upp i delårsrapporten och i verksamhetsberättelsen."),
    ]
    _build_pdf_footer(child, d / "child.pdf", "Socialnämndens nämndplan 2059",
                      title="Socialnämndens nämndplan 2059", author="Ängsjö kommun",
                      header="Ängsjö kommun – Socialnämnden", lang="sv-SE")

    goals_ = [
        G("S1", g["S1"], "not_followed_up",
          note="the goals are the 'Mål' cells of a RESPONSIBILITY table 'Mål | KS | BUN | SN | "
          "KFN' (ids S1–S6 in order, not printed); the ● huvudansvar / ○ bidrar marks and the "
          "nämnd abbreviations are no goals. The child names its responsibility only as a "
          "count ('huvudansvar för två … bidrar till tre') and follows up through 'Vi åtar oss "
          "att …' ÅTAGANDEN; content decides. SN only 'bidrar' here and does nothing for "
          "school eligibility"),
        G("S2", g["S2"], "followed_up", [a["a1"]], ev="Vi åtar oss att erbjuda",
          note="a plan for work or studies for everyone on assistance longer than a year, "
          "with the employment service: fewer long-term dependent"),
        G("S3", g["S3"], "followed_up", [a["a2"], a["a3"]], ev="Vi åtar oss att ge barn",
          note="support for parents in addiction treatment and talks with their children, "
          "and counselling within two weeks for children who witnessed violence: early "
          "support in both kinds of family"),
        G("S4", g["S4"], "not_followed_up",
          note="no SN mark; nothing in the plan for leisure activities"),
        G("S5", g["S5"], "partial", [a["a4"]], ev="Vi åtar oss att starta",
          missing=["trygghet för äldre", "äldre i andra kommundelar än Kyrkbyn"],
          note="a meeting place for the elderly in one village: taking part, nothing for "
          "feeling safe"),
        G("S6", g["S6"], "not_followed_up",
          note="trap: the housing shortage and families placed in hostels are background "
          "only; SN 'bidrar' but has no åtagande on housing"),
    ]
    kids = [
        C(a["a1"], ["S2"], note="the child goals are the five numbered 'Vi åtar oss att …' "
          "åtaganden (Word-numbered list); the introduction's count of responsibilities is "
          "no link to a goal"),
        C(a["a2"], ["S3"]),
        C(a["a3"], ["S3"]),
        C(a["a4"], ["S5"]),
        C(a["a5"], [], note="staff training in motivational interviewing: an internal "
          "competence measure, serves no programme goal — stands alone"),
    ]
    return dict(
        language="sv", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (reportlab; KF program för social hållbarhet): the goals are "
        "the 'Mål' cells of a responsibility table 'Mål | KS | BUN | SN | KFN' with ● "
        "huvudansvar and ○ bidrar; child PDF (python-docx → LibreOffice; socialnämndens "
        "nämndplan): five Word-numbered 'Vi åtar oss att …' åtaganden, the responsibility "
        "only counted in the introduction",
        goals=goals_, kids=kids,
    )


# =========================================================================== 4 Bredsted (da)


def _map_svg(pins: list[tuple[int, int, int]]) -> str:
    """A schematic town map (fjord, streets, station) with numbered pins (n, x, y)."""
    out = [
        "<svg xmlns='http://www.w3.org/2000/svg' width='640' height='250' viewBox='0 0 640 250'>",
        "<rect width='640' height='250' fill='#f3f1e8'/>",
        "<path d='M0 0 H640 V58 C520 80 380 40 250 70 C150 92 60 60 0 74 Z' fill='#bcd7e6'/>",
        "<path d='M40 200 L600 150' stroke='#c9c2b0' stroke-width='9' fill='none'/>",
        "<path d='M320 70 L300 240' stroke='#c9c2b0' stroke-width='7' fill='none'/>",
        "<path d='M460 230 L520 80' stroke='#d9d2c0' stroke-width='5' fill='none'/>",
        "<rect x='380' y='176' width='54' height='16' fill='#8c8c8c'/>",
        "<circle cx='120' cy='150' r='38' fill='#cfe3c2'/>",
    ]
    for n, x, y in pins:
        out += [f"<circle cx='{x}' cy='{y}' r='13' fill='#b3261e'/>",
                f"<text x='{x}' y='{y + 5}' font-size='14' font-family='Liberation Sans' "
                f"font-weight='bold' fill='#fff' text-anchor='middle'>{n}</text>"]
    out.append("</svg>")
    return "".join(out)


@pair
def bredsted_projektkatalog(d: Path) -> dict:
    g = {
        "K1": ("Havnen", "Havnefronten er åben for alle og har liv hele året."),
        "K2": ("Torvet", "Torvet er byens mødested med handel, caféer og markeder."),
        "K3": ("Stationen", "Det er let at skifte mellem tog, bus og cykel ved stationen."),
        "K4": ("Å-parken", "Åen kan rumme skybrud uden at byen oversvømmes."),
        "K5": ("Østervang", "Østervang er et blandet kvarter med boliger til alle "
               "aldre."),
        "K6": ("Skolestien", "Børn kan gå og cykle sikkert til skole og fritid."),
    }
    pins = [(1, 220, 80), (2, 330, 130), (3, 408, 160), (4, 120, 150), (5, 520, 200),
            (6, 480, 110)]
    css = (
        "h1{font-size:20pt;color:#7a3b12;margin:0 0 2px}"
        "h2{font-size:13pt;color:#7a3b12;margin:12px 0 4px}"
        ".map{border:1px solid #bbb;margin:6px 0}"
        "ol.legend{margin:4px 0;padding-left:22px}ol.legend li{margin:3px 0}"
        "ol.legend b{color:#b3261e}"
    )
    body = [
        "<h1>Udviklingsstrategi for Bredsted by 2058–2070</h1>",
        "<p class='crumb'>Bredsted Kommune · Vedtaget af byrådet 29. januar 2058</p>",
        "<p>Bredsted by skal vokse med 2.000 indbyggere frem mod 2070. Strategien viser, "
        "hvor byen skal udvikle sig, og hvad vi vil opnå hvert sted. Kortet er strategiens "
        "kerne: hvert nummer er et sted med et mål.</p>",
        "<h2>Byen på kortet</h2>",
        f"<div class='map'>{_map_svg(pins)}</div>",
        "<h2>Kortets mål</h2>",
        "<ol class='legend'>",
        *[f"<li><b>{e(place)}</b> – {e(text)}</li>" for place, text in g.values()],
        "</ol>",
        "<h2>Sådan arbejder vi videre</h2>",
        "<p>Byrådet prioriterer projekterne i et projektkatalog, der rulleres hvert andet år "
        "sammen med budgettet. Kortet er ikke en lokalplan og giver ikke byggeret.</p>",
    ]
    _chromium(_page("da", "Udviklingsstrategi for Bredsted by 2058–2070", css, body),
              d / "parent.pdf")

    p = {
        "p1": "Trappe til vandet og badezone ved Nordkajen",
        "p2": "Nyt torv med markedsplads, læ og belysning",
        "p3": "Cykelparkering under tag og busterminal ved stationen",
        "p4": "Forsinkelsesbassin i Å-parken",
        "p5": "Nyt rådhus ved stationen",
        "p6": "Cykelsti langs Skolestien fra Østervang til Bredsted Skole",
    }
    cards = [
        ("p1", "1", "3,8 mio. kr.", "2059–2060",
         "Trappe i granit ned til vandet og en afmærket badezone for sommerbadning."),
        ("p2", "2", "12,5 mio. kr.", "2060–2061",
         "Torvet ryddes for parkering, får fast markedsplads, læhegn og ny belysning."),
        ("p3", "3", "6,1 mio. kr.", "2059",
         "200 overdækkede cykelpladser og samlet busterminal på stationens forplads."),
        ("p4", "4", "2,4 mio. kr.", "2061",
         "Et bassin, der kan tage en del af vandet ved skybrud; skal suppleres af flere."),
        ("p5", "3", "96 mio. kr.", "2061–2063",
         "Rådhuset flytter fra Søndergade til en ny bygning ved stationen."),
        ("p6", "6", "4,7 mio. kr.", "2060",
         "Dobbeltrettet cykelsti og to hævede krydsninger på vejen til skolen."),
    ]
    child = [
        ("title", "Projektkatalog 2059–2061"),
        ("meta", "Bredsted Kommune · Teknik og Miljø · Til budgetforhandlingerne, august "
         "2058"),
        ("h1", "Om kataloget"),
        ("p", "Kataloget samler de anlægsprojekter, der skal gøre udviklingsstrategien for "
         "Bredsted by til virkelighed. Hvert projekt har et kort med nummeret på det sted "
         "på strategiens kort, som projektet ligger ved. Der er ingen projekter ved "
         "Østervang i perioden; kvarteret afventer en lokalplan."),
        ("h1", "Projekter"),
    ]
    for i, (k, nr, budget, when, what) in enumerate(cards, 1):
        child.append(("box", f"Projekt {i}: {p[k]}",
                      [f"Kortnr.: {nr}  ·  Anlægsbudget: {budget}  ·  Tidsplan: {when}", what],
                      "#f4ebe4"))
    child += [
        ("h1", "Økonomi"),
        ("p", "Projekterne koster i alt 125,5 mio. kr. Byrådet prioriterer dem ved budgettet "
         "for 2059."),
    ]
    _rl(d / "child.pdf", child, title="Projektkatalog 2059–2061", author="Bredsted Kommune",
        creator="Bredsted Kommune, Teknik og Miljø",
        header="Bredsted Kommune – Projektkatalog 2059–2061", footer="Side {n}",
        accent="#7a3b12")

    goals_ = [
        G("K1", g["K1"][1], "partial", [p["p1"]], ev="Trappe til vandet og",
          missing=["liv hele året, ikke kun sommerbadning"],
          note="the goals are the items of the numbered LEGEND 'Kortets mål' under an SVG map "
          "with pins 1–6 (ids K1–K6 = the pin numbers; the goal text is the sentence after "
          "the bold place name and the dash, the place name is no part of it); the map, its "
          "pins and 'Sådan arbejder vi videre' are no goals. The child is a PROJEKTKATALOG of "
          "cards, each with a 'Kortnr.' line (the pin number); content decides. Steps to the "
          "water and a summer bathing zone open the harbour front; nothing for life all "
          "year"),
        G("K2", g["K2"][1], "followed_up", [p["p2"]], ev="Nyt torv med markedsplads",
          note="the square cleared of parking, with a fixed market place, shelter and "
          "lights: a meeting place with markets"),
        G("K3", g["K3"][1], "followed_up", [p["p3"]], ev="Cykelparkering under tag",
          note="covered bicycle parking and one bus terminal at the station: easy change "
          "between train, bus and bike. Trap: the new town hall also carries 'Kortnr.: 3' and "
          "serves nothing"),
        G("K4", g["K4"][1], "partial", [p["p4"]], ev="Forsinkelsesbassin i Å-parken",
          missing=["plads til hele skybruddet ('skal suppleres af flere')"],
          note="one retention basin takes part of the water; the card itself says more are "
          "needed"),
        G("K5", g["K5"][1], "not_followed_up",
          note="trap: 'Der er ingen projekter ved Østervang i perioden' — named, nothing "
          "done; the cycle path starts in Østervang but serves K6"),
        G("K6", g["K6"][1], "followed_up", [p["p6"]], ev="Cykelsti langs Skolestien",
          note="a two-way cycle path and raised crossings on the way to school"),
    ]
    kids = [
        C(p["p1"], ["K1"], note="the child goals are the project titles after 'Projekt n:' "
          "(the bold card heads); the 'Kortnr.', budget, schedule and description lines are "
          "no goals"),
        C(p["p2"], ["K2"]),
        C(p["p3"], ["K3"]),
        C(p["p4"], ["K4"]),
        C(p["p5"], [], note="trap: 'Kortnr.: 3' (the station), but moving the town hall "
          "serves no goal of the map — stands alone"),
        C(p["p6"], ["K6"]),
    ]
    return dict(
        language="da", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (Chromium; byudviklingsstrategi): an SVG map with numbered pins "
        "and the goals as the numbered legend 'Kortets mål' ('<place> – <goal>'); child PDF "
        "(reportlab; projektkatalog): one shaded card per project, the title bold, then "
        "'Kortnr.', 'Anlægsbudget', 'Tidsplan' and a description",
        goals=goals_, kids=kids,
    )


# =========================================================================== 5 Aldermere (en)


@pair
def aldermere_roadmap(d: Path) -> dict:
    g = {
        "A1": "every river and lake is in good ecological health.",
        "A2": "no storm overflow harms a bathing site or a protected habitat.",
        "A3": "people can safely swim in and walk beside more of our rivers.",
        "A4": "farms keep soil and nutrients out of rivers.",
        "A5": "homes and businesses use a quarter less water per person than in 2055.",
    }
    rows = [
        ("Set legally binding targets and fund monitoring by volunteers and agencies",
         "we know the state of every water body, every year", "A1"),
        ("Require water companies to publish overflow data live and to fix the worst first",
         "spills fall fast where they do most harm", "A2"),
        ("Fund councils to designate and look after bathing waters and riverside paths",
         "more river sites are safe and open to the public", "A3"),
        ("Pay farmers to plant buffer strips and cover crops",
         "less soil and fertiliser washes off fields", "A4"),
        ("Introduce water labels for appliances and smart meters in every home",
         "households see and cut what they use", "A5"),
    ]
    parent = [
        ("title", "Living Rivers: A National Strategy for Healthy Waters 2055–2065"),
        ("meta", "Department for the Environment and Rural Affairs · Presented to Parliament, "
         "March 2055"),
        ("h1", "Our theory of change"),
        ("p", "This strategy is built on a theory of change. Each row reads as one sentence: if "
         "we do what is in the first column, then what is in the second column will happen, "
         "so that by 2065 what is in the third column is true. The third column holds the "
         "outcomes we will be held to; the first two are how we will get there."),
        ("table", ["If we …", "then …", "so that by 2065 …"],
         [[a, b, g[k]] for a, b, k in rows], [62, 50, 58]),
        ("h1", "Working with local government"),
        ("p", "Councils are asked to set out in local action plans how they will contribute, "
         "and to report progress to the Department each year."),
    ]
    _rl(d / "parent.pdf", parent, title="Living Rivers: A National Strategy for Healthy "
        "Waters 2055–2065", author="Department for the Environment and Rural Affairs",
        creator="DERA Publishing", header="Living Rivers – National Strategy 2055–2065",
        footer="Page {n}", accent="#1d5c4d")

    c = {
        "c1": "Sample the Alder and the Mere every month with the Alder Rivers Trust",
        "c2": "Pay and display parking at Mereside car park",
        "c3": "Reopen the riverside path from Aldermere Bridge to Weir Meadow",
        "c4": "Ask the water company to publish spill data for the Millpool outfall",
        "c5": "Fit water-saving devices in 1,200 council homes",
        "c6": "Explore a bathing water designation for Millpool",
        "c7": "Cover all council buildings with rainwater harvesting",
    }
    lanes = [
        ("Now", "2058–2059", ["c1", "c2", "c3"]),
        ("Next", "2060–2061", ["c4", "c5"]),
        ("Later", "2062 onwards", ["c6", "c7"]),
    ]
    css = (
        "h1{font-size:20pt;color:#1d5c4d;margin:0 0 2px}"
        "h2{font-size:13pt;color:#1d5c4d;margin:12px 0 4px}"
        ".road{display:flex;gap:10px;margin-top:6px}"
        ".lane{flex:1;background:#eef5f2;padding:6px 8px;border-top:5px solid #1d5c4d}"
        ".lane h3{margin:0;font-size:13pt;color:#1d5c4d}.lane .when{font-size:8.5pt;"
        "color:#555;margin:0 0 6px}"
        ".card{background:#fff;border:1px solid #b5cfc6;border-radius:4px;padding:5px 7px;"
        "margin:0 0 6px;font-size:9.5pt}"
    )
    body = [
        "<h1>Healthy Rivers Action Plan</h1>",
        "<p class='crumb'>Aldermere District Council · Environment Committee, 11 September "
        "2057</p>",
        "<h2>About this plan</h2>",
        "<p>Living Rivers, the national strategy, asks every council to play its part. This "
        "plan is our roadmap. What is under <b>Now</b> is funded and will happen in the next "
        "two years; <b>Next</b> is planned but needs funding; <b>Later</b> holds ideas we want "
        "to explore.</p>",
        "<p>Farmland covers most of the Alder catchment, and run-off from fields is the main "
        "reason the river fails its targets.</p>",
        "<h2>Our roadmap</h2>",
        "<div class='road'>",
    ]
    for lane, when, ks in lanes:
        body += [f"<div class='lane'><h3>{lane}</h3><p class='when'>{when}</p>",
                 *[f"<div class='card'>{e(c[k])}</div>" for k in ks], "</div>"]
    body += [
        "</div>",
        "<h2>Reporting</h2>",
        "<p>We will report to the Environment Committee every six months and send our "
        "annual return to the Department.</p>",
    ]
    _chromium(_page("en-GB", "Healthy Rivers Action Plan", css, body), d / "child.pdf")

    goals_ = [
        G("A1", g["A1"], "partial", [c["c1"]], ev="Sample the Alder and",
          missing=["improving the rivers' ecological health (monitoring only)"],
          note="the goals are the cells of the third column 'so that by 2065 …' of a THEORY "
          "OF CHANGE table (ids A1–A5 in row order, not printed; text as printed, "
          "lower-case fragments completing the column head); the 'If we …' cells (the "
          "Department's actions) and the 'then …' cells (intermediate changes) are the "
          "pathway, no goals. The child is a NOW / NEXT / LATER roadmap of cards, no link at "
          "all; content decides, and a card under 'Later' ('ideas we want to explore') is no "
          "commitment. Monthly sampling with a rivers trust tells the state of the rivers — "
          "the intermediate step, not good health"),
        G("A2", g["A2"], "partial", [c["c4"]], ev="Ask the water company",
          missing=["fixing the overflows (stopping the harm)"],
          note="asking for spill data at one outfall (Next: not yet funded) — transparency "
          "about one overflow, nothing stops the harm"),
        G("A3", g["A3"], "partial", [c["c3"], c["c6"]], ev="Reopen the riverside path",
          missing=["safe swimming (the bathing water is only to be explored, 'Later')"],
          note="reopening a riverside path serves walking beside the river; swimming only in "
          "a 'Later' card ('Explore a bathing water designation') — no commitment. Trap: the "
          "car-park charge at Mereside is no access measure"),
        G("A4", g["A4"], "not_followed_up",
          note="trap: the background says run-off from fields is the main reason the river "
          "fails; no card touches farming"),
        G("A5", g["A5"], "followed_up", [c["c5"], c["c7"]], ev="Fit water-saving devices",
          note="water-saving devices in 1,200 council homes (Next) — the council's share of "
          "homes using less; rainwater harvesting on council buildings (Later) adds to it "
          "(a strict reader: one landlord's homes, nothing for other households → partial)"),
    ]
    kids = [
        C(c["c1"], ["A1"], note="the child goals are the seven cards of the three lanes; the "
          "lane heads 'Now', 'Next', 'Later' and their years are no goals"),
        C(c["c2"], [], note="car-park charging at Mereside serves no outcome — stands alone"),
        C(c["c3"], ["A3"]),
        C(c["c4"], ["A2"]),
        C(c["c5"], ["A5"]),
        C(c["c6"], ["A3"], note="a 'Later' idea; it points at the swimming half of A3 but "
          "does not make it followed up"),
        C(c["c7"], ["A5"]),
    ]
    return dict(
        language="en", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (reportlab; a national strategy): a theory-of-change table 'If we "
        "… | then … | so that by 2065 …' whose third column holds the outcomes; child PDF "
        "(Chromium; a district council's action plan): a NOW / NEXT / LATER roadmap, three "
        "lanes of cards, no link to the strategy",
        goals=goals_, kids=kids,
    )


# =========================================================================== run


def main(argv: list[str]) -> None:
    """Batch 14's gold writer and checks run on this folder's pairs; its header line names
    this builder. Then batch 20's pdftotext check on this folder (pairkit.parents_main)."""
    pk.parents_main(argv, here=HERE, pairs=PAIRS, p14=_p14, p20=_p20,
                    builder="corpora/parents-blind30/make_pairs.py")


if __name__ == "__main__":
    main(sys.argv[1:])
