"""Build the twenty-fifth blind batch of parent/child pairs (rød tråd, pbl § 11-1) and their gold.

Written on 2026-12-04 by `bpar25` without reading plancheck's code, tests or bench, and without
running it. Parents and children in forms the earlier batches did not use:

- Kvitebø (nn): a samfunnsdel (reportlab) whose goals stand in tables 'Mål | Kva betyr det?'
  per tema; the child, a nynorsk helse- og omsorgsplan (python-docx → LibreOffice), follows up
  only some of them, says 'Dei andre måla i samfunnsdelen følgjer vi opp i andre planar', and
  quotes one goal verbatim while sending it elsewhere.
- Egeslund (da): a Kommuneplanstrategi (reportlab, three pages, 'Side n') whose goals are bold
  'Vi vil …' sentences; the child, an Udviklingsplan (Chromium), cites them only by PAGE NUMBER
  ('Jf. kommuneplanstrategien s. 2').
- Marshford → Harrowden (en): a county Strategic Plan (python-docx → LibreOffice) with outcome
  bullets 'O1  …'; the child, a district Annual Delivery Plan (Chromium), names the outcomes in
  an italic intro line per theme over 'What we will deliver | Milestone | Lead' tables.
- Lyngsdal (nb): a samfunnsdel (Chromium) in two columns with photos, captions and pull quotes,
  goals as bold 'Vi vil …' sentences; the child, a handlingsdel (reportlab), has a 'Samfunnsmål'
  column holding the goal text cut short with '…'.
- Orrestad (sv): a miljöprogram (python-docx → LibreOffice) with 'Delmål n.n:' paragraphs; the
  child, an aktivitetsplan (Chromium, landscape), is a Gantt table with delmål codes, one wrong.

    python corpora/parents-blind25/make_pairs.py                  # all pairs
    python corpora/parents-blind25/make_pairs.py kvitebo-omsorg
    python corpora/parents-blind25/make_pairs.py --verify         # re-read the PDFs only

Imports the twenty-third batch's builder (corpora/parents-blind23/make_pairs.py: through it
batch 21's, 20's and earlier writers: `_rl`, `G`, `C`, the Chromium print, `_page`,
`build_pdf`) and runs batch 14's `main` (gold writer and checks) on this folder's pairs.
`--verify` is batch 20's, pointed at this folder.
"""

from __future__ import annotations

import html as _html
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "scripts"))

import pairkit as pk  # noqa: E402

_p23 = pk.load_module("parents_blind23_make_pairs", HERE.parent / "parents-blind23" / "make_pairs.py")
_p20 = _p23._p20
_p14 = _p23._p14
G, C = _p23.G, _p23.C
_chromium, _page, _rl = _p23._chromium, _p23._page, _p23._rl
build_pdf = _p23.build_pdf

PAIRS, pair = pk.pair_registry()
e = _html.escape


# =========================================================================== 1 Kvitebø (nn)


@pair
def kvitebo_omsorg(d: Path) -> dict:
    g = {
        "O1": "Alle barn i Kvitebø går i barnehage og skule nær der dei bur.",
        "O2": "Unge som slit, får hjelp tidleg.",
        "H1": "Eldre kan bu trygt i eigen heim så lenge dei ønskjer, og har ein meiningsfull "
        "kvardag.",
        "H2": "Innbyggjarane får helse- og omsorgstenester av god kvalitet nær der dei bur.",
        "H3": "Kommunen har nok fagfolk i helse og omsorg.",
        "S1": "Kvitebø har eit rikt lag- og organisasjonsliv der alle kan vere med.",
        "S2": "Klimagassutsleppa i Kvitebø er halverte innan 2035.",
    }
    why = {
        "O1": "Vi held oppe skulane i bygdene og byggjer ut barnehagen på Nordstø.",
        "O2": "Helsesjukepleiar, PPT og barnevern arbeider saman og er lette å nå.",
        "H1": "Heimane er tilpassa, tryggleiksteknologien fungerer, og eldre har noko å gå til "
        "kvar veke.",
        "H2": "Legekontor, heimeteneste og rehabilitering ligg i kommunen, ikkje i byen.",
        "H3": "Vi rekrutterer, held på og utdannar eigne tilsette.",
        "S1": "Laga får gratis lokale, og ingen står utanfor fordi det kostar pengar.",
        "S2": "Kommunen går føre med fossilfrie bilar og byggjeplassar.",
    }
    temas = [
        ("2 Oppvekst", "Kvitebø har 410 barn i barnehage- og skulealder fordelte på tre "
         "krinsar.", ["O1", "O2"]),
        ("3 Helse og omsorg", "Talet på innbyggjarar over 80 år vil doble seg fram mot 2040. "
         "Samstundes blir det færre i yrkesaktiv alder.", ["H1", "H2", "H3"]),
        ("4 Levande lokalsamfunn og klima", "Kvitebø har over 60 lag og foreiningar. "
         "Utsleppa kjem mest frå vegtrafikk og landbruk.", ["S1", "S2"]),
    ]
    parent = [
        ("title", "Kommuneplanens samfunnsdel 2034–2046"),
        ("meta", "Kvitebø kommune · Vedteken i kommunestyret 14. juni 2034, sak 31/34"),
        ("h1", "1 Innleiing"),
        ("p", "Samfunnsdelen seier kva slags samfunn vi vil ha i Kvitebø. For kvart tema står "
         "måla i ein tabell. I kolonnen «Kva betyr det?» forklarar vi kva målet vil seie i "
         "praksis. Temaplanane og handlingsdelen viser korleis vi følgjer opp."),
    ]
    for head, bg, ids in temas:
        parent += [("h1", head), ("p", bg),
                   ("table", ["Mål", "Kva betyr det?"], [[g[x], why[x]] for x in ids],
                    [80, 90])]
    parent += [
        ("h1", "5 Oppfølging"),
        ("p", "Måla blir følgde opp i temaplanar og i handlingsdelen med økonomiplan, som "
         "kommunestyret vedtek kvart år."),
    ]
    _rl(d / "parent.pdf", parent, title="Kommuneplanens samfunnsdel 2034–2046",
        author="Kvitebø kommune", creator="Kvitebø kommune, Plan og utvikling",
        header="Kvitebø kommune – Kommuneplanens samfunnsdel 2034–2046", footer="Side {n}",
        accent="#1f4e79")

    k = {
        "k1": "Alle heimebuande over 80 år har fått tilbod om heimebesøk og vurdering av "
        "bustaden innan 2036.",
        "k2": "Tryggleiksalarm og digitalt tilsyn fungerer for alle som treng det.",
        "k3": "Alle tre krinsane har heimeteneste, legevakt og kvardagsrehabilitering.",
        "k4": "Ventetida på korttidsplass ved Kvitebø sjukeheim er under éi veke.",
        "k5": "Fleire tilsette i heile stillingar: minst 60 prosent innan 2037.",
        "k6": "Fire lærlingar i helsearbeidarfaget kvart år.",
        "k7": "Fallulykker blant eldre går ned med 20 prosent.",
        "k8": "Smittevern- og pandemiplanen er rullert innan utgangen av 2035.",
    }
    t = {
        "t1": "Heimebesøk frå ergoterapeut og fysioterapeut",
        "t2": "Ny avtale om tryggleiksalarm med responssenter",
        "t3": "Heimeteneste med base på Nordstø frå 2036",
        "t4": "Turnus med langvakter i helg",
        "t5": "Lærlingplassar og stipend til vidareutdanning",
        "t6": "Kurs i fallførebygging og styrketrening",
    }

    def rows(*pairs_):
        return [[k[a], t[b], r] for a, b, r in pairs_]

    head = ["Delmål", "Tiltak", "Ansvar"]
    w = [75, 60, 32]
    child = [
        ("title", "Plan for helse og omsorg 2035–2038"),
        ("meta", "Kvitebø kommune · Vedteken i kommunestyret 12. mars 2035, sak 9/35"),
        ("h1", "1 Bakgrunn"),
        ("p", "Planen er ein temaplan under kommuneplanens samfunnsdel 2034–2046. Han følgjer "
         "opp tre av måla i kapittel 3 Helse og omsorg. Dei andre måla i samfunnsdelen følgjer "
         "vi opp i andre planar."),
        ("p", "Samfunnsdelen seier òg at «unge som slit, får hjelp tidleg». Det gjeld mellom "
         "anna helsestasjonen, men vi følgjer det opp i oppvekstplanen."),
        ("p", "Mange eldre i Kvitebø er med i frivillige lag, og besøkstenesta til "
         "Raudekrossen er viktig for mange. Talet på tilsette som går av med pensjon fram mot "
         "2040, er 48."),
        ("h1", "2 Trygt heime"),
        ("p", "Dei fleste vil bu heime så lenge som råd. Det krev tilpassa bustader og "
         "teknologi som verkar."),
        ("table", head, rows(("k1", "t1", "Helse og omsorg"), ("k2", "t2", "Helse og omsorg"),
                             ("k7", "t6", "Fysio- og ergoterapi")), w),
        ("h1", "3 Tenester nær folk"),
        ("table", head, rows(("k3", "t3", "Helse og omsorg"),
                             ("k4", "t4", "Kvitebø sjukeheim")), w),
        ("h1", "4 Fagfolk"),
        ("table", head, rows(("k5", "t4", "Personal"), ("k6", "t5", "Personal")), w),
        ("h1", "5 Beredskap"),
        ("table", ["Delmål", "Tiltak", "Ansvar"],
         [[k["k8"], "Øving med legevakta og sjukeheimen", "Kommuneoverlegen"]], w),
        ("h1", "6 Økonomi"),
        ("p", "Tiltaka er innarbeidde i handlingsdelen med økonomiplan 2035–2038. Basen på "
         "Nordstø kostar 3,2 millionar kroner."),
    ]
    build_pdf(child, d / "child.pdf", title="Plan for helse og omsorg 2035–2038",
              author="Kvitebø kommune",
              header="Kvitebø kommune – Plan for helse og omsorg 2035–2038")

    goals_ = [
        G("O1", g["O1"], "not_followed_up",
          note="the goals are the left cells of the 'Mål | Kva betyr det?' tables (one table "
          "per tema); the right cells explain the goal and are no goals. The child, a "
          "temaplan for health and care, says it follows up three goals of chapter 3 and that "
          "'Dei andre måla i samfunnsdelen følgjer vi opp i andre planar' — a statement, not "
          "a follow-up"),
        G("O2", g["O2"], "not_followed_up",
          note="trap: QUOTED verbatim in the child's background («unge som slit, får hjelp "
          "tidleg») and sent to the oppvekstplan; nothing in this plan serves it"),
        G("H1", g["H1"], "partial", [k["k1"], k["k2"], k["k7"], t["t1"], t["t2"], t["t6"]],
          ev="Alle heimebuande over 80 år",
          missing=["ein meiningsfull kvardag (aktivitet, noko å gå til kvar veke)"],
          note="trap: one of two aims — living safely at home (home visits, alarm, fall "
          "prevention); nothing for a meaningful everyday (day activities, meeting places)"),
        G("H2", g["H2"], "followed_up", [k["k3"], k["k4"], t["t3"]],
          ev="Alle tre krinsane har",
          note="services in all three districts and a short wait for a short-term place"),
        G("H3", g["H3"], "followed_up", [k["k5"], k["k6"], t["t4"], t["t5"]],
          ev="Fleire tilsette i heile",
          note="full-time posts, apprentices and further-education grants: recruit, keep, "
          "train"),
        G("S1", g["S1"], "not_followed_up",
          note="trap: the topic (frivillige lag, Raudekrossen's visiting service) is in the "
          "background only; no child goal or measure serves it"),
        G("S2", g["S2"], "not_followed_up", note="climate is absent from the child"),
    ]
    kids = [
        C(k["k1"], ["H1"], note="the child goals are the 'Delmål' cells; 'Tiltak' and "
          "'Ansvar' are measures and owners"),
        C(k["k2"], ["H1"]),
        C(k["k7"], ["H1"], note="fewer falls among the elderly: part of living safely at home"),
        C(k["k3"], ["H2"]),
        C(k["k4"], ["H2"]),
        C(k["k5"], ["H3"]),
        C(k["k6"], ["H3"]),
        C(k["k8"], [], note="the infection-control and pandemic plan: preparedness, no goal of "
          "the samfunnsdel — stands alone"),
    ]
    return dict(
        language="nn", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (reportlab; nynorsk samfunnsdel): goals in tables 'Mål | Kva "
        "betyr det?' per tema; child PDF (python-docx → LibreOffice; nynorsk plan for helse og "
        "omsorg): tables 'Delmål | Tiltak | Ansvar' under topic headings, no goal numbers; "
        "'Dei andre måla … følgjer vi opp i andre planar'; one goal quoted and sent elsewhere",
        goals=goals_, kids=kids,
    )


# =========================================================================== 2 Egeslund (da)


@pair
def egeslund_midtby(d: Path) -> dict:
    g = {
        "V1": "Vi vil skabe en levende midtby med butikker, caféer og boliger.",
        "V2": "Vi vil gøre det trygt og let at cykle og gå til midtbyen.",
        "V3": "Vi vil skabe 800 nye arbejdspladser i Egeslund frem mod 2040.",
        "V4": "Vi vil have en folkeskole, hvor alle elever trives og lærer mest muligt.",
        "V5": "Vi vil bevare kulturarven og bruge den, når byen udvikles.",
        "V6": "Vi vil gøre midtbyen grønnere og klar til mere regn.",
        "V7": "Vi vil reducere CO2-udledningen i Egeslund med 70 procent i 2030.",
    }
    filler = (
        "Kommunalbestyrelsen har drøftet strategien på to temamøder, og borgere, foreninger "
        "og virksomheder har givet over 300 input i den offentlige høring. Strategien bygger "
        "også på en analyse af befolkningsudviklingen, pendlingen og boligmarkedet."
    )
    sections = [
        ("2 By og erhverv",
         ["Egeslund har 31.000 indbyggere, og midtbyen har mistet 14 butikker siden 2030. "
          "Mange pendler ud af kommunen til arbejde. " + filler,
          "Byrådet ønsker at vende udviklingen, så flere vælger at bo og arbejde i Egeslund. "
          "Erhvervsrådet og handelsstandsforeningen er vigtige partnere."],
         ["V1", "V2", "V3"]),
        ("3 Børn og læring",
         ["Skolerne i Egeslund klarer sig på niveau med landsgennemsnittet, men trivslen i "
          "udskolingen er faldet. " + filler,
          "Strategien peger på et tættere samarbejde mellem skole, fritidsliv og familier."],
         ["V4"]),
        ("4 Kultur, natur og klima",
         ["Egeslund er en gammel købstad med en bevaringsværdig bykerne og havnemiljø. "
          "Skybruddene i 2033 og 2036 oversvømmede kældre i midtbyen. " + filler,
          "Kommunen har tilsluttet sig DK2020 og har en klimaplan. " + filler],
         ["V5", "V6", "V7"]),
    ]
    parent = [
        ("title", "Kommuneplanstrategi 2040"),
        ("meta", "Egeslund Kommune · Vedtaget af byrådet 24. oktober 2040"),
        ("h1", "1 Indledning"),
        ("p", "Kommuneplanstrategien fortæller, hvor Egeslund skal bevæge sig hen de næste "
         "tolv år, og hvilke dele af kommuneplanen der skal revideres. Under hvert tema står "
         "byrådets mål som »Vi vil«-sætninger med fed skrift."),
        ("p", filler),
        ("p", "Strategien er ikke en handleplan. Målene bliver udmøntet i udviklingsplaner, "
         "temaplaner og i budgettet. " + filler),
    ]
    for head, bgs, ids in sections:
        parent.append(("h1", head))
        parent += [("p", x) for x in bgs]
        parent += [("b", g[x]) for x in ids]
        parent.append(("p", filler))
    parent += [
        ("h1", "5 Revision af kommuneplanen"),
        ("p", "Byrådet beslutter at revidere kommuneplanen delvist med fokus på midtbyen, "
         "erhvervsarealerne ved motorvejen og klimatilpasning. " + filler),
    ]
    _rl(d / "parent.pdf", parent, title="Kommuneplanstrategi 2040", author="Egeslund Kommune",
        creator="Egeslund Kommune, By og Udvikling",
        header="Egeslund Kommune – Kommuneplanstrategi 2040", footer="Side {n}",
        accent="#7a1f2b")

    k = {
        "m1": "Der er højst fem tomme butikslokaler i gågaden i 2044.",
        "m2": "Der er opført 250 nye boliger i midtbyen i 2044.",
        "m3": "Torvet har caféliv og udeservering fra april til oktober.",
        "m4": "Der er sammenhængende cykelstier fra alle bydele til midtbyen i 2043.",
        "m5": "Alle krydsninger af Ringgaden har signalregulerede fodgængerfelter.",
        "m6": "Den gamle toldbod er istandsat og rummer turistinformation og café.",
        "m7": "Bykernen har en ny bevarende lokalplan i 2042.",
        "m8": "Der er plantet 300 nye træer i midtbyens gader og pladser i 2044.",
        "m9": "Stationen har et parkeringshus med 400 pladser i 2043.",
        "m10": "Midtbyforeningen og kommunen holder et fælles bymøde hvert år.",
    }
    areas = [
        ("Indsatsområde 1: Byliv og handel", "s. 1",
         "Gågaden skal have liv hele dagen. Vi samler butikkerne i den østlige del og giver "
         "plads til boliger over butikkerne.", ["m1", "m2", "m3"]),
        ("Indsatsområde 2: Veje til midtbyen", "s. 1",
         "Ringgaden skiller midtbyen fra boligområderne. Vi gør det lettere at komme over den "
         "til fods og på cykel.", ["m4", "m5", "m9"]),
        ("Indsatsområde 3: Kulturarv og havn", "s. 2",
         "Toldboden og pakhusene ved havnen er byens ældste bygninger.", ["m6", "m7"]),
        ("Indsatsområde 4: Grønne byrum", "s. 2",
         "Midtbyen har få træer og næsten ingen grønne pladser.", ["m8"]),
    ]
    css = (
        "h1{font-size:21pt;color:#7a1f2b;margin:0 0 2px}"
        "h2{font-size:13.5pt;color:#7a1f2b;margin:14px 0 0}"
        ".ref{font-size:9pt;color:#555;margin:0 0 4px}"
        ".maal{border-left:4px solid #7a1f2b;padding:2px 0 2px 10px;margin:4px 0}"
        ".maal p{margin:0 0 2px;font-weight:bold;font-size:9.5pt}"
        ".maal ul{margin:0;padding-left:18px}"
        "table{border-collapse:collapse;width:100%;font-size:9pt;margin-top:6px}"
        "th,td{border-bottom:1px solid #bbb;padding:3px 4px;text-align:left}"
    )
    body = [
        "<div class='crumb'>Egeslund Kommune · By og Udvikling</div>",
        "<h1>Udviklingsplan for Egeslund Midtby 2041–2044</h1>",
        "<p class='crumb'>Godkendt af byrådet 27. maj 2041</p>",
        "<h2>Baggrund</h2>",
        "<p>Udviklingsplanen udmønter kommuneplanstrategiens mål for midtbyen. Henvisningerne "
        "under hvert indsatsområde er til siderne i Kommuneplanstrategi 2040.</p>",
        "<p>Byrådet vil også skabe flere arbejdspladser (jf. kommuneplanstrategien s. 1). De "
        "fleste nye job forventes i erhvervsområdet ved motorvejen, som ikke er en del af "
        "denne plan.</p>",
        "<p>Byrådet vil »" + e(g["V7"][7:-1]) + "« (jf. s. 2). Det sker gennem klimaplanen og "
        "indgår ikke i udviklingsplanen.</p>",
    ]
    for head, ref, bg, ids in areas:
        body += [f"<h2>{e(head)}</h2>",
                 f"<p class='ref'>Jf. kommuneplanstrategien {e(ref)}</p>",
                 f"<p>{e(bg)}</p>",
                 "<div class='maal'><p>Målsætninger</p><ul>"
                 + "".join(f"<li>{e(k[x])}</li>" for x in ids) + "</ul></div>"]
    body += [
        "<h2>Samarbejde</h2>",
        "<div class='maal'><p>Målsætninger</p><ul><li>" + e(k["m10"]) + "</li></ul></div>",
        "<h2>Projekter og økonomi</h2>",
        "<table><tr><th>Projekt</th><th>År</th><th>Anlæg (mio. kr.)</th></tr>"
        "<tr><td>Cykelsti Nørrevej–Torvet</td><td>2042</td><td>6,5</td></tr>"
        "<tr><td>Istandsættelse af toldboden</td><td>2042–2043</td><td>11,0</td></tr>"
        "<tr><td>Parkeringshus ved stationen</td><td>2043</td><td>38,0</td></tr>"
        "<tr><td>Træer i gågaden og på Torvet</td><td>2041–2044</td><td>2,4</td></tr></table>",
    ]
    _chromium(_page("da", "Udviklingsplan for Egeslund Midtby 2041–2044", css, body),
              d / "child.pdf")

    goals_ = [
        G("V1", g["V1"], "followed_up", [k["m1"], k["m2"], k["m3"]],
          ev="Der er højst fem tomme",
          note="the goals are the BOLD 'Vi vil …' sentences after each theme's background "
          "(the text keeps 'Vi vil'); the background paragraphs and chapter 5 (revision of the "
          "kommuneplan) are no goals. The child cites the parent ONLY BY PAGE NUMBER under "
          "each indsatsområde ('Jf. kommuneplanstrategien s. 1'); shops, cafés and homes"),
        G("V2", g["V2"], "followed_up", [k["m4"], k["m5"]], ev="Der er sammenhængende",
          note="cycle paths from all districts and safe crossings of the ring road (walking); "
          "the car park in the same indsatsområde does not serve it"),
        G("V3", g["V3"], "not_followed_up",
          note="trap: cited by page in the child's background ('Byrådet vil også skabe flere "
          "arbejdspladser (jf. kommuneplanstrategien s. 1)') and left to the motorway business "
          "area outside the plan; no child goal serves it"),
        G("V4", g["V4"], "not_followed_up", note="the school is absent from the child"),
        G("V5", g["V5"], "followed_up", [k["m6"], k["m7"]], ev="Den gamle toldbod er",
          note="both halves: a preserving local plan (keep) and the customs house restored "
          "for a new use (use)"),
        G("V6", g["V6"], "partial", [k["m8"]], ev="Der er plantet 300 nye",
          missing=["klar til mere regn (klimatilpasning, skybrud)"],
          note="trap: one of two aims — greener (300 trees); nothing on rain/cloudburst "
          "although the parent names the floods"),
        G("V7", g["V7"], "not_followed_up",
          note="trap: QUOTED verbatim in the child's background (»reducere CO2-udledningen i "
          "Egeslund med 70 procent i 2030«, jf. s. 2) and sent to the klimaplan"),
    ]
    kids = [
        C(k["m1"], ["V1"], note="the child goals are the bullets under 'Målsætninger'; the "
          "'Jf. kommuneplanstrategien s. n' lines are links, the project table no goals"),
        C(k["m2"], ["V1"]),
        C(k["m3"], ["V1"]),
        C(k["m4"], ["V2"]),
        C(k["m5"], ["V2"]),
        C(k["m9"], [], note="a car park at the station: under indsatsområde 2 (cited s. 1) "
          "but it serves driving, not cycling or walking — stands alone"),
        C(k["m6"], ["V5"]),
        C(k["m7"], ["V5"]),
        C(k["m8"], ["V6"]),
        C(k["m10"], [], note="a yearly town meeting — stands alone"),
    ]
    return dict(
        language="da", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (reportlab, two pages 'Side n'; Danish kommuneplanstrategi): "
        "goals as bold 'Vi vil …' sentences after each theme's background; child PDF "
        "(Chromium; udviklingsplan for a midtby): 'Indsatsområde n:' headings with a line "
        "'Jf. kommuneplanstrategien s. n' (the parent cited only by page number) and "
        "'Målsætninger' bullets in a ruled box; one goal quoted, one cited in the background",
        goals=goals_, kids=kids,
    )


# =========================================================================== 3 Marshford → Harrowden (en)


@pair
def harrowden_delivery(d: Path) -> dict:
    g = {
        "O1": "More residents gain the skills they need for good jobs, and more businesses "
        "start up and grow.",
        "O2": "Town centres are vibrant places to live, shop and visit.",
        "O3": "Every child gets a good education and the best start in life.",
        "O4": "Homes are warm, affordable and in good condition.",
        "O5": "Fewer people are lonely or isolated.",
        "O6": "Marshford reaches net zero carbon by 2045, and its rivers are cleaner.",
    }
    pri = [
        ("Priority 1: A prosperous Marshford",
         "Productivity in Marshford is 12% below the regional average, and one in four "
         "working-age adults has no qualification above Level 2.", ["O1", "O2"]),
        ("Priority 2: Healthy and independent lives",
         "Demand for children's services and adult social care is rising faster than our "
         "income. Too many residents live in cold, damp homes.", ["O3", "O4", "O5"]),
        ("Priority 3: A greener county",
         "Transport and buildings produce most of Marshford's carbon emissions. Two of our "
         "five main rivers fail the good ecological status test.", ["O6"]),
    ]
    parent = [
        ("title", "Marshford County Strategic Plan 2040–2045"),
        ("meta", "Marshford County Council · Approved by Full Council, 19 February 2040"),
        ("h1", "Introduction"),
        ("p", "This plan sets out the outcomes the County Council and its partners will work "
         "towards. Each outcome has a number (O1 to O6) so that district councils, the "
         "health service and others can show how their own plans contribute."),
    ]
    for head, bg, ids in pri:
        parent += [("h1", head), ("p", bg), ("p", "What we want to achieve:"),
                   ("bullets", [f"{x}  {g[x]}" for x in ids])]
    parent += [
        ("h1", "Measuring progress"),
        ("p", "A performance framework with indicators for each outcome is published "
         "separately and reported to Cabinet every six months."),
    ]
    build_pdf(parent, d / "parent.pdf", title="Marshford County Strategic Plan 2040–2045",
              author="Marshford County Council",
              header="Marshford County Council – Strategic Plan 2040–2045")

    k = {
        "d1": "Open the Harrowden Enterprise Hub with 30 start-up units",
        "d2": "Give 120 small firms a business growth grant",
        "d3": "Bring 8 empty shop units on Market Street back into use",
        "d4": "Run a monthly evening market and four town-centre festivals",
        "d5": "Deliver 180 new affordable homes",
        "d6": "Retrofit 400 council homes to EPC band C",
        "d7": "Inspect 250 private rented homes for serious hazards",
        "d8": "Replace 20 diesel refuse lorries with electric vehicles",
        "d9": "Raise the household recycling rate to 55%",
        "d10": "Extend CCTV to the Station Road car park",
        "d11": "Answer 80% of customer calls within one minute",
    }
    themes = [
        ("Theme 1: Thriving towns and economy",
         "This theme delivers our part of County Strategic Plan outcomes O1 and O2.",
         [("d1", "Hub open, March 2043", "Economic Development"),
          ("d2", "Grants awarded by Q3", "Economic Development"),
          ("d3", "Units let by Q4", "Property Services"),
          ("d4", "Programme agreed by May 2042", "Town Centre Team")]),
        ("Theme 2: Homes for everyone",
         "This theme delivers our part of outcome O4.",
         [("d5", "Completions by March 2043", "Housing Strategy"),
          ("d6", "Works complete by Q4", "Housing Assets"),
          ("d7", "Inspections by Q4", "Environmental Health")]),
        ("Theme 3: Clean, green and safe",
         "This theme delivers our part of outcomes O5 and O6.",
         [("d8", "Vehicles in service by Q2", "Waste Services"),
          ("d9", "Year-end figure", "Waste Services"),
          ("d10", "Cameras live by Q3", "Community Safety")]),
        ("Theme 4: A well-run council",
         "This theme is about how we work as an organisation.",
         [("d11", "Monthly report", "Customer Services")]),
    ]
    css = (
        "h1{font-size:20pt;color:#00565b;margin:0 0 2px}"
        "h2{font-size:13pt;color:#fff;background:#00565b;padding:3px 8px;margin:14px 0 4px}"
        ".intro{font-style:italic;margin:2px 0 4px}"
        "table{border-collapse:collapse;width:100%;font-size:9.2pt}"
        "th{background:#d9ecec;text-align:left;padding:3px 5px}"
        "td{border-bottom:1px solid #bbb;padding:3px 5px;vertical-align:top}"
    )
    body = [
        "<div class='crumb'>Harrowden District Council</div>",
        "<h1>Annual Delivery Plan 2042/43</h1>",
        "<p class='crumb'>Agreed by Cabinet, 10 March 2042</p>",
        "<p>The Annual Delivery Plan lists what the District Council will deliver this year. "
        "It is grouped by our four themes. Where a theme contributes to the Marshford County "
        "Strategic Plan, the first line of the theme says which outcomes it serves.</p>",
        "<p>The County's outcome that “" + e(g["O3"]) + "” is the County Council's role as "
        "education authority and is not part of this plan. Our residents' survey found that "
        "one in five residents feels lonely often or always.</p>",
    ]
    for head, intro, rows in themes:
        body += [f"<h2>{e(head)}</h2>", f"<p class='intro'>{e(intro)}</p>",
                 "<table><tr><th>What we will deliver</th><th>Milestone</th><th>Lead</th></tr>"
                 + "".join(f"<tr><td>{e(k[a])}</td><td>{e(b)}</td><td>{e(c)}</td></tr>"
                           for a, b, c in rows)
                 + "</table>"]
    body += ["<h2>Monitoring</h2>",
             "<p>Progress is reported to Overview and Scrutiny Committee every quarter.</p>"]
    _chromium(_page("en", "Annual Delivery Plan 2042/43", css, body), d / "child.pdf")

    goals_ = [
        G("O1", g["O1"], "partial", [k["d1"], k["d2"]], ev="Open the Harrowden Enterprise",
          missing=["skills for good jobs"],
          note="the goals are the outcome bullets O1–O5 under 'What we want to achieve:' (the "
          "id printed before the text); the priority headings and background are no goals. "
          "The child's theme intros name the outcomes ('This theme delivers our part of County "
          "Strategic Plan outcomes O1 and O2'). Trap: one of two aims — start-ups and business "
          "growth; nothing on residents' skills"),
        G("O2", g["O2"], "followed_up", [k["d3"], k["d4"]], ev="Bring 8 empty shop units",
          note="empty shops back in use and an events programme: the district's share"),
        G("O3", g["O3"], "not_followed_up",
          note="trap: QUOTED verbatim in the child's introduction and declared the County's "
          "role; nothing serves it"),
        G("O4", g["O4"], "followed_up", [k["d5"], k["d6"], k["d7"]],
          ev="Deliver 180 new affordable",
          note="affordable (new homes), warm (retrofit to EPC C) and good condition (private "
          "rented inspections): all three"),
        G("O5", g["O5"], "not_followed_up",
          note="trap: the theme 3 intro CLAIMS outcome O5, but its deliverables (fleet, "
          "recycling, CCTV) do nothing for loneliness; the survey figure on loneliness is "
          "background only"),
        G("O6", g["O6"], "partial", [k["d8"], k["d9"]], ev="Replace 20 diesel refuse",
          missing=["cleaner rivers"],
          note="trap: one of two aims — carbon (electric refuse fleet, recycling); nothing on "
          "rivers"),
    ]
    kids = [
        C(k["d1"], ["O1"], note="the child goals are the 'What we will deliver' cells; "
          "milestones and leads are no goals, the theme intros are links"),
        C(k["d2"], ["O1"]),
        C(k["d3"], ["O2"]),
        C(k["d4"], ["O2"]),
        C(k["d5"], ["O4"]),
        C(k["d6"], ["O4"]),
        C(k["d7"], ["O4"]),
        C(k["d8"], ["O6"]),
        C(k["d9"], ["O6"], note="recycling cuts carbon: the district's waste share of net "
          "zero"),
        C(k["d10"], [], note="CCTV in a car park: under a theme that claims O5, but safety is "
          "no county outcome here — stands alone"),
        C(k["d11"], [], note="call answering, a council-performance target — stands alone"),
    ]
    return dict(
        language="en", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (python-docx → LibreOffice; English county Strategic Plan): "
        "outcomes O1–O5 as bullets 'O1  <text>' under 'What we want to achieve:'; child PDF "
        "(Chromium; district Annual Delivery Plan): themes in coloured bars, an italic intro "
        "line naming the outcomes the theme serves, tables 'What we will deliver | Milestone | "
        "Lead'; one outcome quoted and declared the county's, one claimed but not served",
        goals=goals_, kids=kids,
    )


# =========================================================================== 4 Lyngsdal (nb)


@pair
def lyngsdal_handlingsdel(d: Path) -> dict:
    g = {
        "L1": "Vi vil at alle barn og unge skal ha et trygt og inkluderende oppvekstmiljø.",
        "L2": "Vi vil ha flere arbeidsplasser i næringslivet og en aktiv landbruksnæring.",
        "L3": "Vi vil at eldre skal kunne bo hjemme lenger, med god hjelp når de trenger det.",
        "L4": "Vi vil ta vare på naturmangfoldet og holde strandsonen åpen for alle.",
        "L5": "Vi vil at innbyggerne skal oppleve en åpen og tilgjengelig kommune.",
        "L6": "Vi vil kutte klimagassutslippene i Lyngsdal med 55 prosent innen 2030.",
    }
    chapters = [
        ("Oppvekst og livskvalitet",
         "Lyngsdal har to barneskoler og en ungdomsskole. Elevundersøkelsen viser at de fleste "
         "trives, men at mobbingen på mellomtrinnet har økt.",
         ["L1", "L3"], ("«Her kjenner alle alle. Det er både godt og vanskelig.»",
                        "Ungdom på folkemøtet i mars")),
        ("Arbeid og natur",
         "Næringslivet i Lyngsdal er små bedrifter innen bygg, handel og reiseliv. "
         "Gårdsbrukene blir færre, men større. Strandsonen langs Lyngsfjorden er presset av "
         "hytter.", ["L2", "L4"], ("«Fjorden er grunnen til at vi flyttet hit.»",
                                  "Innbygger på Lyngnes")),
        ("Kommunen og klimaet",
         "Innbyggerne vil ha svar raskere og kunne følge sakene sine digitalt. Kommunen har "
         "sluttet seg til Klimapartnerne.", ["L5", "L6"], None),
    ]
    css = (
        "h1{font-size:24pt;color:#2c5f2d;margin:0 0 2px}"
        "h2{font-size:15pt;color:#2c5f2d;margin:10px 0 4px;column-span:all}"
        ".cols{column-count:2;column-gap:8mm}"
        ".cols p{margin:0 0 6px;text-align:justify}"
        ".vivil{font-weight:bold;color:#2c5f2d;text-align:left!important}"
        ".foto{height:34mm;background:linear-gradient(135deg,#9cb89a,#5e7f5c);margin:0 0 2px;"
        "break-inside:avoid}"
        ".cap{font-size:7.5pt;color:#666;margin:0 0 6px}"
        ".quote{font-size:13pt;font-style:italic;color:#8a6d1f;border-top:2px solid #8a6d1f;"
        "border-bottom:2px solid #8a6d1f;padding:4px 0;margin:6px 0;break-inside:avoid}"
        ".quote span{display:block;font-size:8pt;font-style:normal;color:#666}"
    )
    body = [
        "<div class='crumb'>Lyngsdal kommune · Kommuneplanens samfunnsdel 2036–2048</div>",
        "<h1>Lyngsdal 2048 – sammen om fjorden og fremtiden</h1>",
        "<p class='crumb'>Vedtatt av kommunestyret 9. desember 2036, sak 77/36</p>",
    ]
    for i, (head, bg, ids, quote) in enumerate(chapters):
        parts = [f"<p>{e(bg)}</p>",
                 "<div class='foto'></div>"
                 f"<p class='cap'>Foto: Lyngsdal kommune / bilde {i + 1}</p>"]
        if quote:
            parts.append(f"<div class='quote'>{e(quote[0])}<span>{e(quote[1])}</span></div>")
        parts += [f"<p class='vivil'>{e(g[x])}</p>" for x in ids]
        body += [f"<h2>{e(head)}</h2>", "<div class='cols'>" + "".join(parts) + "</div>"]
    body += [
        "<h2>Slik følger vi opp</h2>",
        "<p>Handlingsdelen viser hvilke tiltak som følger opp hvert samfunnsmål, og rulleres "
        "hvert år sammen med økonomiplanen.</p>",
    ]
    _chromium(_page("nb", "Kommuneplanens samfunnsdel 2036–2048", css, body), d / "parent.pdf")

    def cut(x: str, n: int) -> str:
        return " ".join(g[x].split()[:n]) + " …"

    t = {
        "t1": "Felles program mot mobbing i alle skoler og barnehager",
        "t2": "Fritidsklubben på Lyngsdal får åpent tre kvelder i uken",
        "t3": "Regulere 40 dekar næringsareal på Lyngholmen",
        "t4": "Hverdagsrehabilitering i hele kommunen",
        "t5": "Seks nye omsorgsboliger på Lyngtun",
        "t6": "Ny nettside og digitale skjemaer for alle søknader",
        "t7": "Åpne formannskapsmøter med spørretime for innbyggerne",
        "t8": "Ny mannskapsbil til Lyngsdal brannstasjon",
    }
    rows = [
        ["1", cut("L1", 8), t["t1"], "Oppvekst", "350"],
        ["2", cut("L1", 8), t["t2"], "Kultur", "600"],
        ["3", cut("L2", 6), t["t3"], "Plan og areal", "400"],
        ["4", cut("L3", 7), t["t4"], "Helse og omsorg", "1 200"],
        ["5", cut("L3", 7), t["t5"], "Eiendom", "14 000"],
        ["6", cut("L4", 6), "Ingen nye tiltak i perioden. Kartlegging av strandsonen vurderes "
         "ved neste rullering.", "Plan og areal", "–"],
        ["7", cut("L5", 7), t["t6"], "Service og IKT", "500"],
        ["8", cut("L5", 7), t["t7"], "Politisk sekretariat", "0"],
        ["9", "–", t["t8"], "Brann og redning", "6 500"],
    ]
    child = [
        ("title", "Handlingsdel med økonomiplan 2037–2040"),
        ("meta", "Lyngsdal kommune · Vedtatt av kommunestyret 14. desember 2037, sak 88/37"),
        ("h1", "1 Innledning"),
        ("p", "Handlingsdelen viser tiltakene som følger opp samfunnsmålene i "
         "kommuneplanens samfunnsdel 2036–2048. Kolonnen «Samfunnsmål» viser hvilket mål "
         "tiltaket hører til. Beløp er i 1000 kroner for 2038."),
        ("p", "Klimagassutslippene i Lyngsdal har gått ned med 8 prosent siden 2030, mest fordi "
         "flere kjører elbil."),
        ("h1", "2 Tiltak"),
        ("table", ["Nr", "Samfunnsmål", "Tiltak", "Ansvar", "2038"], rows, [8, 50, 70, 24, 15]),
        ("h1", "3 Økonomiske rammer"),
        ("p", "Investeringene i perioden er 41 millioner kroner. Omsorgsboligene og "
         "brannbilen lånefinansieres."),
    ]
    _rl(d / "child.pdf", child, title="Handlingsdel med økonomiplan 2037–2040",
        author="Lyngsdal kommune", creator="Lyngsdal kommune, Økonomiavdelingen",
        header="Lyngsdal kommune – Handlingsdel med økonomiplan 2037–2040", footer="Side {n}",
        accent="#2c5f2d")

    goals_ = [
        G("L1", g["L1"], "followed_up", [t["t1"], t["t2"]], ev="Felles program mot mobbing",
          note="the goals are the bold green 'Vi vil …' sentences (text keeps 'Vi vil') in a "
          "TWO-COLUMN layout with photo placeholders, captions and PULL QUOTES from residents "
          "(no goals). The child, a handlingsdel, has a table 'Nr | Samfunnsmål | Tiltak | "
          "Ansvar | 2038' whose 'Samfunnsmål' cell holds the goal's text CUT SHORT with '…'; "
          "anti-bullying and a youth club: safe and inclusive"),
        G("L2", g["L2"], "partial", [t["t3"]], ev="Regulere 40 dekar",
          missing=["en aktiv landbruksnæring"],
          note="trap: one of two aims — business land for jobs; nothing for farming"),
        G("L3", g["L3"], "followed_up", [t["t4"], t["t5"]], ev="Hverdagsrehabilitering i",
          note="everyday rehabilitation and sheltered homes"),
        G("L4", g["L4"], "not_followed_up",
          note="trap: the row for this goal (its text cut short, 'Vi vil ta vare på "
          "naturmangfoldet og …') says 'Ingen nye tiltak i perioden' — the goal is cited, "
          "nothing is done"),
        G("L5", g["L5"], "followed_up", [t["t6"], t["t7"]], ev="Ny nettside og digitale",
          note="digital access and open council meetings: accessible and open"),
        G("L6", g["L6"], "not_followed_up",
          note="trap: the emission trend is in the introduction only; no row cites the goal"),
    ]
    kids = [
        C(t["t1"], ["L1"], note="the child goals are the 'Tiltak' cells (a handlingsdel's "
          "measures); the 'Samfunnsmål' cells are the parent's goals quoted cut short, row 6's "
          "'Ingen nye tiltak …' is no goal"),
        C(t["t2"], ["L1"]),
        C(t["t3"], ["L2"]),
        C(t["t4"], ["L3"]),
        C(t["t5"], ["L3"]),
        C(t["t6"], ["L5"]),
        C(t["t7"], ["L5"]),
        C(t["t8"], [], note="a fire engine, 'Samfunnsmål' '–' — stands alone"),
    ]
    return dict(
        language="nb", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (Chromium; samfunnsdel): two-column magazine layout with photo "
        "placeholders, captions and pull quotes, goals as bold 'Vi vil …' sentences; child PDF "
        "(reportlab; handlingsdel med økonomiplan): one table 'Nr | Samfunnsmål | Tiltak | "
        "Ansvar | 2038' whose 'Samfunnsmål' cells hold the goal text cut short with '…'; one "
        "row 'Ingen nye tiltak i perioden'",
        goals=goals_, kids=kids,
    )


# =========================================================================== 5 Orrestad (sv)


@pair
def orrestad_aktivitetsplan(d: Path) -> dict:
    g = {
        "1.1": "Senast 2035 är utsläppen av växthusgaser från kommunens fordon och "
        "arbetsmaskiner noll.",
        "1.2": "Senast 2040 har kommunens fastigheter halverat sin energianvändning och "
        "producerar egen solel.",
        "2.1": "Senast 2038 är alla förskolor fria från de farligaste kemikalierna i leksaker "
        "och inredning.",
        "2.2": "Senast 2040 serveras bara ekologisk eller närproducerad mat i kommunens kök.",
        "3.1": "Senast 2040 har alla sjöar i Orrestad god ekologisk status.",
        "3.2": "Senast 2036 sköts alla kommunala parker utan kemiska bekämpningsmedel.",
    }
    areas = [
        ("Miljömål 1 – Begränsad klimatpåverkan",
         "Kommunens egna utsläpp kommer främst från fordon, arbetsmaskiner och uppvärmning.",
         ["1.1", "1.2"]),
        ("Miljömål 2 – Giftfri vardag",
         "Barn är särskilt känsliga för kemikalier. Kommunen köper varje år in mat och "
         "material för 90 miljoner kronor.", ["2.1", "2.2"]),
        ("Miljömål 3 – Levande sjöar och grönska",
         "Orrestad har elva sjöar. Tre av dem är övergödda.", ["3.1", "3.2"]),
    ]
    parent = [
        ("title", "Miljöprogram för Orrestads kommun 2035–2040"),
        ("meta", "Orrestads kommun · Antaget av kommunfullmäktige 26 mars 2035, § 41"),
        ("h1", "Inledning"),
        ("p", "Miljöprogrammet har tre miljömål. Under varje miljömål finns numrerade delmål "
         "som är tidsatta. Nämnderna tar fram aktivitetsplaner som visar hur de bidrar till "
         "delmålen."),
    ]
    for head, bg, ids in areas:
        parent += [("h1", head), ("p", bg)]
        parent += [("p", f"Delmål {x}: {g[x]}") for x in ids]
    parent += [
        ("h1", "Uppföljning"),
        ("p", "Miljöprogrammet följs upp i en årlig miljöredovisning till kommunstyrelsen."),
    ]
    build_pdf(parent, d / "parent.pdf", title="Miljöprogram för Orrestads kommun 2035–2040",
              author="Orrestads kommun",
              header="Orrestads kommun – Miljöprogram 2035–2040")

    a = {
        "a1": "Byta 30 bensin- och dieselbilar mot elbilar",
        "a2": "Upphandla HVO100 till alla arbetsmaskiner",
        "a3": "Solceller på Orrestadskolan och simhallen",
        "a4": "Kemikalieinventering på alla 14 förskolor",
        "a5": "Byta ut mjukplastleksaker och madrasser med PVC",
        "a6": "Ogräsbekämpning med hetvatten i alla parker",
        "a7": "Miljöutbildning för förvaltningens arbetsledare",
    }
    # (activity, delmål code as printed, ansvar, first quarter, last quarter) — quarters 0..7
    rows = [
        ("a1", "1.1", "Fordonsenheten", 0, 7),
        ("a2", "1.1", "Upphandling", 1, 2),
        ("a3", "1.2", "Fastighet", 2, 6),
        ("a4", "2.1", "Fastighet", 0, 3),
        ("a5", "2.1", "Förskoleförvaltningen", 3, 6),
        ("a6", "3.1", "Park", 4, 7),
        ("a7", "–", "Förvaltningsledning", 1, 1),
    ]
    css = (
        "@page{size:A4 landscape;margin:14mm 16mm}"
        "h1{font-size:19pt;color:#1d5b79;margin:0 0 2px}"
        "h2{font-size:12.5pt;color:#1d5b79;margin:12px 0 4px}"
        "table{border-collapse:collapse;width:100%;font-size:9pt}"
        "th,td{border:1px solid #9ab;padding:3px 4px;text-align:left}"
        "th{background:#e3eef4}"
        "td.q{width:7mm;padding:0}"
        "td.on{background:#1d5b79}"
    )
    qh = "".join(f"<th>K{i % 4 + 1}</th>" for i in range(8))
    table = [
        "<table><tr><th rowspan='2'>Aktivitet</th><th rowspan='2'>Delmål</th>"
        "<th rowspan='2'>Ansvar</th><th colspan='4'>2038</th><th colspan='4'>2039</th></tr>",
        f"<tr>{qh}</tr>",
    ]
    for key, code, who, q0, q1 in rows:
        cells = "".join(f"<td class='q{' on' if q0 <= i <= q1 else ''}'></td>" for i in range(8))
        table.append(f"<tr><td>{e(a[key])}</td><td>{e(code)}</td><td>{e(who)}</td>"
                     f"{cells}</tr>")
    table.append("</table>")
    body = [
        "<div class='crumb'>Orrestads kommun · Tekniska förvaltningen</div>",
        "<h1>Aktivitetsplan för miljöprogrammet 2038–2039</h1>",
        "<p class='crumb'>Beslutad av tekniska nämnden 12 december 2037, § 97</p>",
        "<h2>Inledning</h2>",
        "<p>Aktivitetsplanen visar hur tekniska förvaltningen bidrar till delmålen i "
        "miljöprogrammet 2035–2040. Kolumnen Delmål anger delmålets nummer. Staplarna visar "
        "under vilka kvartal aktiviteten pågår.</p>",
        "<p>Delmålet att det senast 2040 ”serveras bara ekologisk eller närproducerad mat i "
        "kommunens kök” hanteras i måltidsservicens egen plan.</p>",
        "<h2>Nuläge</h2>",
        "<p>Lillsjön och Orresjön är fortfarande övergödda, och fosforhalten har inte "
        "minskat sedan 2030. Förvaltningen har 212 fordon och maskiner.</p>",
        "<h2>Aktiviteter 2038–2039</h2>",
        "".join(table),
    ]
    _chromium(_page("sv", "Aktivitetsplan för miljöprogrammet 2038–2039", css, body),
              d / "child.pdf")

    goals_ = [
        G("1.1", g["1.1"], "followed_up", [a["a1"], a["a2"]], ev="Byta 30 bensin- och",
          note="the goals are the 'Delmål n.n:' paragraphs under each 'Miljömål n –' heading "
          "(the miljömål headings are areas, not goals); text without the label. The child is a "
          "GANTT-style aktivitetsplan (landscape): 'Aktivitet | Delmål | Ansvar' and eight "
          "quarter cells filled as bars; the 'Delmål' column holds the bare code. Electric cars "
          "and fossil-free fuel for machines: vehicles and machines"),
        G("1.2", g["1.2"], "partial", [a["a3"]], ev="Solceller på Orrestadskolan",
          missing=["halverad energianvändning (effektivisering)"],
          note="trap: one of two aims — own solar power; nothing to cut energy use"),
        G("2.1", g["2.1"], "followed_up", [a["a4"], a["a5"]], ev="Kemikalieinventering på alla",
          note="inventory and replacement of toys and mattresses in all pre-schools"),
        G("2.2", g["2.2"], "not_followed_up",
          note="trap: QUOTED verbatim in the introduction and sent to the meal service's own "
          "plan"),
        G("3.1", g["3.1"], "not_followed_up",
          note="trap: the lakes' poor state is in 'Nuläge' only, and the weeding activity is "
          "coded '3.1' BY MISTAKE — it serves the parks (3.2), not the lakes"),
        G("3.2", g["3.2"], "followed_up", [a["a6"]], ev="Ogräsbekämpning med hetvatten",
          note="hot-water weeding in all parks = no chemical pesticides; the child codes it "
          "'3.1' (wrong code)"),
    ]
    kids = [
        C(a["a1"], ["1.1"], note="the child goals are the 'Aktivitet' cells; codes, owners "
          "and quarter bars are no goals"),
        C(a["a2"], ["1.1"]),
        C(a["a3"], ["1.2"]),
        C(a["a4"], ["2.1"]),
        C(a["a5"], ["2.1"]),
        C(a["a6"], ["3.2"], note="printed code '3.1' is wrong; it serves 3.2 (parks)"),
        C(a["a7"], [], note="staff training, code '–' — stands alone"),
    ]
    return dict(
        language="sv", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (python-docx → LibreOffice; miljöprogram): 'Miljömål n –' "
        "headings over 'Delmål n.n:' paragraphs; child PDF (Chromium, A4 landscape; teknisk "
        "förvaltnings aktivitetsplan): a GANTT table 'Aktivitet | Delmål | Ansvar | 2038 K1–K4 "
        "| 2039 K1–K4' with filled quarter cells; one wrong code, one goal quoted and sent "
        "elsewhere",
        goals=goals_, kids=kids,
    )


# =========================================================================== run


def main(argv: list[str]) -> None:
    """Batch 14's gold writer and checks run on this folder's pairs; its header line names
    this builder. Then batch 20's pdftotext check on this folder (pairkit.parents_main)."""
    pk.parents_main(argv, here=HERE, pairs=PAIRS, p14=_p14, p20=_p20, builder="corpora/parents-blind25/make_pairs.py")


if __name__ == "__main__":
    main(sys.argv[1:])
