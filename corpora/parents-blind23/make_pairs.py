"""Build the twenty-third blind batch of parent/child pairs (rød tråd, pbl § 11-1) and their gold.

Written on 2026-12-04 by `bpar23` without reading plancheck's code, tests or bench, and without
running it. Parents and children in forms the earlier batches did not use:

- Brimfjell / Tjørnvåg (nn → nb): a fylkeskommune's REGIONAL PLAN (reportlab) whose goals are
  'Strategiar' numbered per innsatsområde (1.1, 1.2, 2.1 …, a hanging number column); the child,
  a kommunedelplan for idrett, fysisk aktivitet og friluftsliv (python-docx → LibreOffice), cites
  them only in RUNNING TEXT ('jf. strategi 2.3 i regionplanen'), and quotes one strategy verbatim
  in its background while sending it to another plan.
- Solbrekke (nb): a samfunnsdel (Chromium) with a coloured box 'Dette vil vi:' per chapter holding
  the goals as a NUMBERED LIST (1., 2. … restarting per chapter); the child, the kommune's
  ÅRSMELDING (python-docx → LibreOffice), reports per samfunnsmål a table 'Resultatmål 2032 |
  Resultat | Status' with 'Grønn / Gul / Rød'.
- Fjällmark → Lindsjöby (sv): a Swedish regional utvecklingsstrategi (python-docx → LibreOffice)
  with goals 1A–3B in 'Mål | Målformulering 2045 | Indikator' tables; the child, a kommun
  handlingsplan (Chromium), links its 'Mål 2036' cells to them by a 'Koppling till RUS' column of
  round coloured BADGES.
- Wexcombe → Saxtonbridge (en): a county Local Transport Plan (python-docx → LibreOffice) with
  'Objective A–F'; the child, a district LCWIP (Chromium), links its bold targets to them only by
  superscript FOOTNOTES ('4 LTP4 Objective E.'), one of them citing the wrong objective.
- Grenstrup (da): a kommuneplan hovedstruktur (Chromium) in TWO COLUMNS with 'Mål:' paragraphs;
  the child, a naturhandleplan (reportlab), ends each indsats with 'Bidrager til kommuneplanens
  mål om <topic>.'

    python corpora/parents-blind23/make_pairs.py                  # all pairs
    python corpora/parents-blind23/make_pairs.py tjornvag-friluft
    python corpora/parents-blind23/make_pairs.py --verify         # re-read the PDFs only

Imports the twenty-first batch's builder (corpora/parents-blind21/make_pairs.py: through it
batch 20's and earlier writers: `_rl`, `G`, `C`, the Chromium print, `_page`, `build_pdf`) and
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

_p21 = pk.load_module("parents_blind21_make_pairs", HERE.parent / "parents-blind21" / "make_pairs.py")
_p20 = _p21._p20
_p14 = _p21._p14
G, C = _p21.G, _p21.C
_chromium, _page, _rl = _p21._chromium, _p21._page, _p21._rl
build_pdf = _p21.build_pdf
_build_pdf_numbered = _p20._build_pdf_numbered

PAIRS, pair = pk.pair_registry()
e = _html.escape


# =========================================================================== 1 Brimfjell → Tjørnvåg


@pair
def tjornvag_friluft(d: Path) -> dict:
    g = {
        "1.1": "Leggje til rette for at alle barn og unge kan delta i minst éin fritidsaktivitet, "
        "uavhengig av økonomien til familien.",
        "1.2": "Styrkje det psykiske helsearbeidet i skulen.",
        "2.1": "Byggje trygge gang- og sykkelvegar til skular og til kommunesentra.",
        "2.2": "Gjere friluftsområde nær der folk bur tilgjengelege for alle, også for personar "
        "med nedsett funksjonsevne.",
        "2.3": "Auke den fysiske aktiviteten blant eldre gjennom lågterskeltilbod.",
        "3.1": "Byggje opp eit felles kunnskapsgrunnlag om folkehelsa i kommunane og fylket.",
    }
    areas = [
        ("Innsatsområde 1: Gode oppvekstvilkår",
         "Barn som veks opp i familiar med låg inntekt, deltek sjeldnare i organiserte "
         "fritidsaktivitetar. Talet på unge med psykiske plager har auka sidan 2020.",
         ["1.1", "1.2"]),
        ("Innsatsområde 2: Fysisk aktivitet i kvardagen",
         "Berre tre av ti vaksne i Brimfjell er fysisk aktive i tråd med tilrådingane frå "
         "Helsedirektoratet. Nærmiljøet avgjer kor mykje folk går og syklar.",
         ["2.1", "2.2", "2.3"]),
        ("Innsatsområde 3: Kunnskap og samarbeid",
         "Folkehelselova krev at kommunane og fylkeskommunen har oversikt over helsetilstanden "
         "og faktorane som påverkar han.",
         ["3.1"]),
    ]
    parent = [
        ("title", "Regional plan for folkehelse og friluftsliv 2033–2045"),
        ("meta", "Brimfjell fylkeskommune · Vedteken av fylkestinget 23. april 2033, sak 18/33"),
        ("h1", "1 Innleiing"),
        ("p", "Regionplanen er eit felles grunnlag for fylkeskommunen, kommunane og frivillige "
         "organisasjonar. Planen har tre innsatsområde. Under kvart innsatsområde står "
         "strategiane, nummererte slik at kommunane kan vise til dei. Tiltaka står i det "
         "årlege handlingsprogrammet."),
    ]
    for head, bg, ids in areas:
        parent += [("h1", head), ("p", bg), ("h2", "Strategiar")]
        parent += [("hang", sid, g[sid]) for sid in ids]
    parent += [
        ("h1", "Handlingsprogram"),
        ("p", "Fylkesutvalet vedtek kvart år eit handlingsprogram med tiltak og tilskot. "
         "Kommunane blir inviterte til å melde inn tiltak som følgjer opp strategiane."),
    ]
    _rl(d / "parent.pdf", parent, title="Regional plan for folkehelse og friluftsliv 2033–2045",
        author="Brimfjell fylkeskommune", creator="Brimfjell fylkeskommune, Regionalavdelinga",
        header="Brimfjell fylkeskommune – Regional plan for folkehelse og friluftsliv",
        footer="Side {n}", accent="#2d5d3b")

    k = {
        "k1": "Alle barn og unge i Tjørnvåg kan delta i minst én fritidsaktivitet uten at "
        "kontingent eller utstyr er et hinder.",
        "k2": "Det er trygg gang- og sykkelvei fra Nesbukta til Tjørnvåg skole innen 2036.",
        "k3": "Alle boligfelt har en merket nærtur på under to kilometer.",
        "k4": "Turveien rundt Tjørnvatnet er universelt utformet innen 2035.",
        "k5": "Seniortrim tilbys hver uke i alle fire grendehusene.",
        "k6": "Kunstgressbanen på Nesbukta er ferdig i 2036.",
        "k7": "Idrettsrådet og kommunen holder et felles dialogmøte hvert år.",
    }
    t = {
        "t1": "Aktivitetskort som dekker kontingent for ett fritidstilbud",
        "t1b": "Utstyrssentral på Tjørnvåg fritidsklubb",
        "t2": "Gang- og sykkelvei langs fylkesvei 652, 1,8 km (spleiselag med fylkeskommunen)",
        "t3": "Merking og kart for nærturer sammen med turlaget",
        "t4": "Fast dekke, hvileplasser og toalett ved Tjørnvatnet",
        "t5": "Driftstilskudd til seniortrim med frisklivssentralen som instruktør",
    }
    child = [
        ("title", "Kommunedelplan for idrett, fysisk aktivitet og friluftsliv 2034–2037"),
        ("meta", "Tjørnvåg kommune · Vedtatt av kommunestyret 11. februar 2034, sak 6/34"),
        ("h1", "1 Bakgrunn"),
        ("p", "Planen er kommunens grunnlag for spillemidler og for prioriteringen av anlegg og "
         "tiltak. Den bygger på kommuneplanens samfunnsdel og på den regionale planen for "
         "folkehelse og friluftsliv som Brimfjell fylkeskommune vedtok i 2033."),
        ("p", "Regionplanen vil «styrkje det psykiske helsearbeidet i skulen» (strategi 1.2). "
         "Mange elever i Tjørnvåg sier at de har lite å gjøre på fritiden. Psykisk helse i "
         "skolen følges opp i oppvekstplanen og er ikke tema i denne planen."),
        ("h1", "2 Mål og tiltak"),
        ("h2", "2.1 Aktivitet for alle barn og unge"),
        ("p", "Ingen barn skal stå utenfor fordi familien ikke har råd, jf. strategi 1.1 i "
         "regionplanen. Kommunen vil derfor:"),
        ("p", "Mål: " + k["k1"]),
        ("bullets", [t["t1"], t["t1b"]]),
        ("h2", "2.2 Trygg vei til skolen"),
        ("p", "Elevene fra Nesbukta går i dag langs fylkesveien uten fortau. I tråd med "
         "strategi 2.1 i regionplanen prioriterer vi skoleveien."),
        ("p", "Mål: " + k["k2"]),
        ("bullets", [t["t2"]]),
        ("h2", "2.3 Friluftsliv der folk bor"),
        ("p", "Nærturer og turveier som alle kan bruke, også med rullestol eller barnevogn, "
         "følger opp strategi 2.2 i regionplanen."),
        ("p", "Mål: " + k["k3"]),
        ("p", "Mål: " + k["k4"]),
        ("bullets", [t["t3"], t["t4"]]),
        ("h2", "2.4 Eldre i aktivitet"),
        ("p", "Andelen innbyggere over 67 år øker raskt. Vi vil nå dem som ikke trener i dag, "
         "jf. strategi 2.3 i regionplanen."),
        ("p", "Mål: " + k["k5"]),
        ("bullets", [t["t5"]]),
        ("h2", "2.5 Idrettsanlegg"),
        ("p", "Mål: " + k["k6"]),
        ("p", "Mål: " + k["k7"]),
        ("h1", "3 Handlingsprogram for anlegg"),
        ("table", ["Anlegg", "Kostnad (kr)", "År"],
         [["Kunstgressbane Nesbukta", "9 400 000", "2035–2036"],
          ["Turvei rundt Tjørnvatnet", "2 100 000", "2034–2035"],
          ["Gang- og sykkelvei fv. 652", "14 800 000", "2035–2036"]], [90, 40, 40]),
    ]
    build_pdf(child, d / "child.pdf",
              title="Kommunedelplan for idrett, fysisk aktivitet og friluftsliv 2034–2037",
              author="Tjørnvåg kommune",
              header="Tjørnvåg kommune – Kommunedelplan for idrett, fysisk aktivitet og "
              "friluftsliv")

    goals_ = [
        G("1.1", g["1.1"], "followed_up", [k["k1"], t["t1"], t["t1b"]],
          ev="Alle barn og unge i",
          note="the goals are the numbered 'Strategiar' of a REGIONAL plan (fylkeskommune), "
          "numbered per innsatsområde (1.1–3.1) in a hanging number column; the innsatsområde "
          "headings and their background lines are no goals. The child cites 'jf. strategi 1.1 "
          "i regionplanen' in running text; activity card and an equipment library"),
        G("1.2", g["1.2"], "not_followed_up",
          note="trap: the child QUOTES the strategy verbatim in its background ('Regionplanen "
          "vil «styrkje det psykiske helsearbeidet i skulen» (strategi 1.2)') and sends it to "
          "the oppvekstplan; nothing in this plan serves it"),
        G("2.1", g["2.1"], "partial", [k["k2"], t["t2"]], ev="Det er trygg gang- og",
          missing=["gang- og sykkelvegar til kommunesenteret"],
          note="trap: one of two aims — the way to school (Nesbukta–Tjørnvåg skole); nothing "
          "on paths into the municipal centre. Cited 'I tråd med strategi 2.1'"),
        G("2.2", g["2.2"], "followed_up", [k["k3"], k["k4"], t["t3"], t["t4"]],
          ev="Alle boligfelt har en merket",
          note="marked walks near every housing area and a universally designed path round "
          "Tjørnvatnet: near and accessible for all"),
        G("2.3", g["2.3"], "followed_up", [k["k5"], t["t5"]], ev="Seniortrim tilbys hver uke",
          note="weekly senior exercise in all four community halls, cited 'jf. strategi 2.3 i "
          "regionplanen'"),
        G("3.1", g["3.1"], "not_followed_up",
          note="the knowledge base (folkehelseoversikt) is not mentioned in the child"),
    ]
    kids = [
        C(k["k1"], ["1.1"], note="the child goals are the 'Mål:' paragraphs; the running text "
          "with 'jf. strategi n.n' and the bullets are reasoning and measures"),
        C(k["k2"], ["2.1"]),
        C(k["k3"], ["2.2"]),
        C(k["k4"], ["2.2"]),
        C(k["k5"], ["2.3"]),
        C(k["k6"], [], note="an artificial turf pitch: sports facility, no regional strategy "
          "(not 'fysisk aktivitet i kvardagen' for a careful reader: it serves organised "
          "sport) — stands alone"),
        C(k["k7"], [], note="a yearly meeting with the sports council — stands alone"),
    ]
    return dict(
        language="nb", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (reportlab; NYNORSK regional plan of a fylkeskommune): 'Strategiar' "
        "numbered per innsatsområde (1.1 … 3.1) in a hanging number column; child PDF "
        "(python-docx → LibreOffice; bokmål kommunedelplan for idrett, fysisk aktivitet og "
        "friluftsliv): 'Mål:' paragraphs, the regional strategies cited only in running text "
        "('jf. strategi 2.3 i regionplanen'), strategy 1.2 quoted in the background",
        goals=goals_, kids=kids,
    )

# =========================================================================== 2 Solbrekke (nb)


@pair
def solbrekke_arsmelding(d: Path) -> dict:
    g = {
        "A1": "Sentrum i Solbrekke er et levende møtested med handel, kultur og boliger.",
        "A2": "Alle husstander i Solbrekke har tilgang til bredbånd med minst 100 Mbit/s.",
        "B1": "Barn og unge som strever, får hjelp tidlig og fra riktig instans.",
        "B2": "Flere unge fra Solbrekke fullfører videregående opplæring.",
        "C1": "Klimagassutslippene fra kommunens egen drift er redusert med 60 prosent innen "
        "2035, og kommunens bygg er energieffektive.",
        "C2": "Dyrket mark i Solbrekke blir ikke bygd ned.",
    }
    chapters = [
        ("1 Levende lokalsamfunn",
         "Solbrekke har 6 400 innbyggere. Sentrum har mistet tre butikker siden 2025, og "
         "bredbåndsdekningen i Øvre Solbrekke er den dårligste i regionen.", ["A1", "A2"]),
        ("2 Trygg oppvekst",
         "De fleste barn og unge i Solbrekke har det bra. Noen får hjelp for sent, og "
         "gjennomføringen i videregående er lavere enn i fylket.", ["B1", "B2"]),
        ("3 Klima og jord",
         "Kommunen eier 42 000 kvadratmeter bygg. Solbrekke er en jordbrukskommune, og "
         "presset på dyrket mark er størst rundt sentrum.", ["C1", "C2"]),
    ]
    css = (
        "h1{font-size:20pt;color:#8a4b08;margin:0 0 4px}"
        "h2{font-size:14pt;color:#8a4b08;margin:14px 0 4px}"
        ".box{background:#fbe9d0;border-radius:6px;padding:6px 12px 4px;margin:6px 0 8px}"
        ".box b{color:#8a4b08}"
        ".box ol{margin:4px 0 4px;padding-left:22px}"
        ".box li{margin:2px 0}"
    )
    body = [
        "<div class='crumb'>Solbrekke kommune · Kommuneplanens samfunnsdel 2031–2043</div>",
        "<h1>Kommuneplanens samfunnsdel 2031–2043</h1>",
        "<p class='crumb'>Vedtatt av kommunestyret 20. november 2031, sak 88/31</p>",
        "<p>Samfunnsdelen har tre kapitler. I hvert kapittel står det vi vil oppnå i en farget "
        "ramme. Kommunen rapporterer på målene i årsmeldingen hvert år.</p>",
    ]
    for head, bg, ids in chapters:
        body += [f"<h2>{e(head)}</h2>", f"<p>{e(bg)}</p>",
                 "<div class='box'><b>Dette vil vi:</b><ol>"
                 + "".join(f"<li>{e(g[x])}</li>" for x in ids) + "</ol></div>"]
    body += [
        "<h2>Slik følger vi opp</h2>",
        "<p>Handlingsdelen med økonomiplan viser tiltakene. Årsmeldingen viser status for hvert "
        "mål med grønt, gult eller rødt.</p>",
    ]
    _chromium(_page("nb", "Kommuneplanens samfunnsdel 2031–2043", css, body), d / "parent.pdf")

    k = {
        "r1": "To nye utleieleiligheter over butikkene i Storgata er ferdige.",
        "r2": "Kulturhuset har åpent fire kvelder i uken.",
        "r3": "Fiber er lagt fram til 180 husstander i Øvre Solbrekke.",
        "r4": "Alle skoler har faste møter med helsesykepleier og PP-tjenesten.",
        "r5": "Ventetiden for første samtale i barneverntjenesten er under tre uker.",
        "r6": "Energibruken i kommunens bygg er redusert med 10 prosent fra 2030.",
        "r7": "Sykefraværet i kommunen er under 7 prosent.",
    }
    res = {
        "r1": "Ferdig i juni 2032.",
        "r2": "Åpent tre kvelder; fredagsåpent fra 2033.",
        "r3": "164 husstander tilkoblet, resten i 2033.",
        "r4": "Innført ved alle fire skoler.",
        "r5": "Gjennomsnitt 2,5 uker.",
        "r6": "Redusert 6 prosent; EPC-kontrakt for skolene signert.",
        "r7": "7,8 prosent.",
    }
    stat = {"r1": "Grønn", "r2": "Gul", "r3": "Gul", "r4": "Grønn", "r5": "Grønn",
            "r6": "Gul", "r7": "Rød"}
    head = ["Resultatmål 2032", "Resultat", "Status"]
    w = [85, 62, 20]

    def tab(keys):
        return ("table", head, [[k[x], res[x], stat[x]] for x in keys], w)

    def sec(num, gid):
        return ("h3", f"Mål {num}: {g[gid]}")

    child = [
        ("title", "Årsmelding 2032"),
        ("meta", "Solbrekke kommune · Kommunedirektørens årsmelding, behandlet av "
         "kommunestyret 18. juni 2033, sak 40/33"),
        ("h1", "1 Kommunedirektørens innledning"),
        ("p", "2032 var det første hele året med den nye samfunnsdelen. Driftsresultatet ble "
         "2,1 prosent av driftsinntektene. Årsmeldingen rapporterer på målene i samfunnsdelen "
         "med resultatmål for året og status: grønn (nådd), gul (delvis nådd) eller rød (ikke "
         "nådd)."),
        ("h1", "2 Nøkkeltall"),
        ("table", ["Indikator", "2030", "2031", "2032"],
         [["Innbyggere 1. januar", "6 421", "6 409", "6 398"],
          ["Andel som fullfører videregående på fem år (%)", "76", "77", "78"],
          ["Nedbygd dyrket mark (dekar)", "12", "9", "14"]], [95, 24, 24, 24]),
        ("h1", "3 Rapportering på samfunnsmålene"),
        ("h2", "Levende lokalsamfunn"),
        sec("1.1", "A1"), tab(["r1", "r2"]),
        sec("1.2", "A2"), tab(["r3"]),
        ("h2", "Trygg oppvekst"),
        sec("2.1", "B1"), tab(["r4", "r5"]),
        sec("2.2", "B2"),
        ("p", "Ingen resultatmål for 2032. Status: Rød."),
        ("h2", "Klima og jord"),
        sec("3.1", "C1"), tab(["r6"]),
        ("h1", "4 Organisasjon og arbeidsgiver"),
        tab(["r7"]),
    ]
    build_pdf(child, d / "child.pdf", title="Årsmelding 2032", author="Solbrekke kommune",
              header="Solbrekke kommune – Årsmelding 2032")

    goals_ = [
        G("A1", g["A1"], "partial", [k["r1"], k["r2"]], ev="To nye utleieleiligheter over",
          missing=["handel i sentrum"],
          note="the goals are the items of the numbered list in the coloured box 'Dette vil "
          "vi:' of each chapter (1., 2. restarting per chapter; ids A/B/C by chapter); the "
          "chapter's background line is no goal. In the child the goal is quoted under 'Mål "
          "1.1: …' (the årsmelding's own chapter.item numbering); homes and culture in the "
          "centre, nothing on trade (the three lost shops)"),
        G("A2", g["A2"], "followed_up", [k["r3"]], ev="Fiber er lagt fram til",
          note="fibre to the under-served part of the municipality; status 'Gul' is "
          "achievement (164 of 180 connected), not coverage"),
        G("B1", g["B1"], "followed_up", [k["r4"], k["r5"]], ev="Alle skoler har faste møter",
          note="school meetings with the school nurse and PP-tjenesten, short waiting time in "
          "the child welfare service: early help from the right service"),
        G("B2", g["B2"], "not_followed_up",
          note="trap: the goal is QUOTED verbatim as 'Mål 2.2: …' with 'Ingen resultatmål for "
          "2032. Status: Rød.'; the completion rate stands in the Nøkkeltall table — a "
          "statistic, no goal or measure"),
        G("C1", g["C1"], "partial", [k["r6"]], ev="Energibruken i kommunens bygg er",
          missing=["60 prosent lavere klimagassutslipp fra egen drift (kjøretøy, maskiner, "
                   "oppvarming)"],
          note="trap: one of two aims — energy-efficient buildings (energy use down, an EPC "
          "contract); the emission cut is not reported on"),
        G("C2", g["C2"], "not_followed_up",
          note="trap: topic only in the key figures (14 dekar built on in 2032); the goal has "
          "no section in the report at all"),
    ]
    kids = [
        C(k["r1"], ["A1"], note="the child goals are the 'Resultatmål 2032' cells; 'Resultat' "
          "and 'Status' cells are outcomes, the 'Mål n.n: …' headings are the parent's goals "
          "quoted"),
        C(k["r2"], ["A1"], note="status 'Gul' (three evenings, not four): still serves"),
        C(k["r3"], ["A2"]),
        C(k["r4"], ["B1"]),
        C(k["r5"], ["B1"]),
        C(k["r6"], ["C1"]),
        C(k["r7"], [], note="sick leave under 'Organisasjon og arbeidsgiver' (no samfunnsmål), "
          "status 'Rød' — stands alone"),
    ]
    return dict(
        language="nb", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (Chromium; samfunnsdel): per chapter a coloured box 'Dette vil "
        "vi:' with the goals as a numbered list (1., 2. restarting per chapter); child PDF "
        "(python-docx → LibreOffice; kommunens ÅRSMELDING): per samfunnsmål a heading 'Mål "
        "n.n: <goal verbatim>' over a table 'Resultatmål 2032 | Resultat | Status' "
        "(Grønn/Gul/Rød); one goal 'Ingen resultatmål … Status: Rød'; a key-figures table",
        goals=goals_, kids=kids,
    )

# =========================================================================== 3 Fjällmark → Lindsjöby (sv)


@pair
def lindsjoby_naringsliv(d: Path) -> dict:
    g = {
        "1A": "Fler personer i arbetsför ålder är sysselsatta.",
        "1B": "Matchningen mellan utbildningarna och arbetsmarknadens behov förbättras.",
        "2A": "Företagen i regionen ökar sin export och sin innovationsförmåga.",
        "2B": "Fler kvinnor och utrikes födda startar och driver företag.",
        "3A": "Hela regionen har tillgång till snabbt bredband och god mobiltäckning.",
        "3B": "Restiderna med kollektivtrafik mellan regionens större orter minskar.",
    }
    ind = {
        "1A": "Förvärvsfrekvens 20–64 år", "1B": "Andel arbetsgivare med rekryteringsproblem",
        "2A": "Exportvärde per sysselsatt", "2B": "Nyföretagande per 1 000 invånare, kön och "
        "födelseland", "3A": "Andel hushåll med 1 Gbit/s", "3B": "Restid Storvreten–Lindsjöby",
    }
    areas = [
        ("Prioriterat område 1: Kompetens och arbete", ["1A", "1B"]),
        ("Prioriterat område 2: Innovativt näringsliv", ["2A", "2B"]),
        ("Prioriterat område 3: Tillgänglighet", ["3A", "3B"]),
    ]
    parent = [
        ("title", "Regional utvecklingsstrategi för Fjällmark 2034–2045"),
        ("meta", "Region Fjällmark · Antagen av regionfullmäktige 14 mars 2034, § 22"),
        ("h1", "Inledning"),
        ("p", "Den regionala utvecklingsstrategin (RUS) är länets gemensamma strategi för hållbar "
         "regional tillväxt. Den har tre prioriterade områden med två mål vardera. Målen har en "
         "siffra och en bokstav så att kommunerna kan koppla sina planer till dem."),
    ]
    for head, ids in areas:
        parent += [("h1", head),
                   ("table", ["Mål", "Målformulering 2045", "Indikator"],
                    [[x, g[x], ind[x]] for x in ids], [16, 100, 54])]
    parent += [
        ("h1", "Genomförande"),
        ("p", "Strategin genomförs i samverkan med länets kommuner, näringslivet och "
         "akademin. Regionen följer upp indikatorerna vartannat år."),
    ]
    _build_pdf_numbered(parent, d / "parent.pdf",
                        title="Regional utvecklingsstrategi för Fjällmark 2034–2045",
                        author="Region Fjällmark", lang="sv-SE",
                        header="Region Fjällmark – Regional utvecklingsstrategi 2034–2045")

    k = {
        "m1": "200 personer har gått från försörjningsstöd till arbete eller studier.",
        "m2": "Yrkesvux erbjuder 60 platser per år inom vård, industri och transport.",
        "m3": "Nyföretagarcentrum ger råd till 80 blivande företagare per år, minst hälften "
        "kvinnor.",
        "m4": "95 procent av hushållen utanför tätorterna kan ansluta till fiber.",
        "m5": "Tre nya mobilmaster står i Västra Lindsjö och vid Klövsjön.",
        "m6": "Företagen ger kommunens service minst NKI 75.",
    }
    ins = {
        "m1": "Jobbtorg Lindsjöby: praktik och handledning",
        "m2": "Yrkesvux i samarbete med branscherna",
        "m3": "Rådgivningsträffar för kvinnor som vill starta företag",
        "m4": "Bredbandsstöd till fiberföreningar",
        "m5": "Markupplåtelse för mobilmaster",
        "m6": "Lots för företag i bygglov och tillstånd",
    }
    rus = {"m1": ["1A"], "m2": ["1A", "1B"], "m3": ["2B"], "m4": ["3A"], "m5": ["3A"],
           "m6": []}
    css = (
        "h1{font-size:19pt;color:#1d4f73;margin:0 0 4px}"
        "h2{font-size:13pt;color:#1d4f73;margin:14px 0 4px}"
        ".b{display:inline-block;width:22px;height:22px;line-height:22px;border-radius:50%;"
        "background:#1d4f73;color:#fff;font-size:8pt;font-weight:bold;text-align:center;"
        "margin:0 2px}"
        ".b.o2{background:#b5651d}.b.o3{background:#3a7d44}"
        "td.k{white-space:nowrap}"
        "th:nth-child(1){width:27%}th:nth-child(2){width:40%}th:nth-child(3){width:18%}"
    )

    def badges(ids):
        return "".join(f"<span class='b o{x[0]}'>{x}</span>" for x in ids) or "–"

    def rows(keys):
        return "".join(f"<tr><td>{e(ins[x])}</td><td>{e(k[x])}</td><td>{e(ansv[x])}</td>"
                       f"<td class='k'>{badges(rus[x])}</td></tr>" for x in keys)

    ansv = {"m1": "Arbetsmarknadsenheten", "m2": "Vuxenutbildningen",
            "m3": "Näringslivsenheten", "m4": "Samhällsbyggnad", "m5": "Samhällsbyggnad",
            "m6": "Näringslivsenheten"}
    th = ("<tr><th>Insats</th><th>Mål 2036</th><th>Ansvar</th><th>Koppling till RUS</th>"
          "</tr>")
    body = [
        "<div class='crumb'>Lindsjöby kommun · Kommunstyrelsen</div>",
        "<h1>Handlingsplan för näringsliv och kompetensförsörjning 2035–2036</h1>",
        "<p class='crumb'>Antagen av kommunstyrelsen 3 december 2034, § 187</p>",
        "<h2>Bakgrund</h2>",
        "<p>Handlingsplanen visar hur Lindsjöby bidrar till Region Fjällmarks regionala "
        "utvecklingsstrategi (RUS). De runda symbolerna i tabellen visar vilket RUS-mål en "
        "insats är kopplad till.</p>",
        "<p>RUS-målet 2A, ”Företagen i regionen ökar sin export och sin innovationsförmåga”, "
        "drivs av Region Fjällmark och Almi och ingår inte i kommunens handlingsplan.</p>",
        "<p>Nuläge: Lindsjöby har 11 300 invånare. Arbetslösheten är 7,9 procent. Den som "
        "pendlar med buss till Storvreten reser 70 minuter enkel väg.</p>",
        "<h2>Kompetens och arbete</h2>",
        f"<table>{th}{rows(['m1', 'm2'])}</table>",
        "<h2>Företagande</h2>",
        f"<table>{th}{rows(['m3', 'm6'])}</table>",
        "<h2>Digital infrastruktur</h2>",
        f"<table>{th}{rows(['m4', 'm5'])}</table>",
        "<h2>Uppföljning</h2>",
        "<p>Näringslivsenheten rapporterar till kommunstyrelsen varje halvår.</p>",
    ]
    _chromium(_page("sv", "Handlingsplan för näringsliv och kompetensförsörjning 2035–2036",
                    css, body), d / "child.pdf")

    goals_ = [
        G("1A", g["1A"], "followed_up", [k["m1"], k["m2"], ins["m1"], ins["m2"]],
          ev="200 personer har gått från",
          note="the goals are the 'Målformulering 2045' cells of one table per prioriterat "
          "område; the id is the printed 'Mål' cell (1A …); indicators are no goals. In the "
          "child the link is a column 'Koppling till RUS' of round coloured badges ('1A', "
          "'1B'); the municipality's share of employment: from income support to work or "
          "studies, vocational adult education"),
        G("1B", g["1B"], "followed_up", [k["m2"], ins["m2"]], ev="Yrkesvux erbjuder 60 platser",
          note="vocational adult education planned with the industries, badge 1B"),
        G("2A", g["2A"], "not_followed_up",
          note="trap: the child QUOTES the goal verbatim in its background and says it is "
          "run by the region and Almi, not in the plan; no badge 2A anywhere"),
        G("2B", g["2B"], "partial", [k["m3"], ins["m3"]], ev="Nyföretagarcentrum ger råd till",
          missing=["utrikes föddas företagande"],
          note="trap: one of two groups — advice with at least half women; nothing for "
          "foreign-born entrepreneurs"),
        G("3A", g["3A"], "followed_up", [k["m4"], k["m5"], ins["m4"], ins["m5"]],
          ev="95 procent av hushållen",
          note="fibre outside the towns and three new mobile masts: both halves"),
        G("3B", g["3B"], "not_followed_up",
          note="trap: the 70-minute bus commute to Storvreten is in 'Nuläge' only; no goal or "
          "insats"),
    ]
    kids = [
        C(k["m1"], ["1A"], note="the child goals are the 'Mål 2036' cells; 'Insats' cells are "
          "measures, 'Ansvar' and the badges are not goals"),
        C(k["m2"], ["1A", "1B"]),
        C(k["m3"], ["2B"]),
        C(k["m4"], ["3A"]),
        C(k["m5"], ["3A"]),
        C(k["m6"], [], note="service to businesses (NKI), badge column '–' — stands alone"),
    ]
    return dict(
        language="sv", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (python-docx → LibreOffice; Swedish regional utvecklingsstrategi "
        "of a region): per prioriterat område a table 'Mål | Målformulering 2045 | Indikator' "
        "with goal ids 1A–3B; child PDF (Chromium; kommun handlingsplan): tables 'Insats | Mål "
        "2036 | Ansvar | Koppling till RUS' whose last column holds round coloured badges with "
        "the RUS goal ids; one RUS goal quoted in the background and left to the region",
        goals=goals_, kids=kids,
    )

# =========================================================================== 4 Wexcombe → Saxtonbridge (en)


@pair
def saxtonbridge_lcwip(d: Path) -> dict:
    g = {
        "A": "Reduce road casualties, so that no one is killed or seriously injured on the "
        "county's roads by 2050.",
        "B": "Make walking and cycling the natural choice for short journeys.",
        "C": "Cut carbon emissions from transport in line with net zero by 2045.",
        "D": "Give rural communities reliable public transport to services and jobs.",
        "E": "Keep the highway network in a good state of repair.",
        "F": "Connect new homes and employment sites to town centres by sustainable transport.",
    }
    names = {"A": "Safe roads", "B": "Active travel", "C": "Decarbonising transport",
             "D": "Rural access", "E": "Asset management", "F": "Supporting growth"}
    parent = [
        ("title", "Local Transport Plan 4: 2036–2050"),
        ("meta", "Wexcombe County Council · Adopted by Full Council on 9 July 2036"),
        ("h1", "1 Introduction"),
        ("p", "The Local Transport Plan (LTP4) sets the county's transport objectives. District "
         "councils, National Highways and bus operators are asked to show in their own plans "
         "which objectives they support."),
        ("h1", "2 Objectives"),
    ]
    for x in "ABCDEF":
        parent += [("h2", f"Objective {x} – {names[x]}"), ("p", g[x])]
    parent += [
        ("h1", "3 Monitoring"),
        ("p", "Progress is reported each year to the Transport Scrutiny Committee."),
    ]
    _build_pdf_numbered(parent, d / "parent.pdf", title="Local Transport Plan 4: 2036–2050",
                        author="Wexcombe County Council", lang="en-GB",
                        header="Wexcombe County Council – Local Transport Plan 4")

    k = {
        "c1": "The Mill Lane cycle route links Saxtonbridge station and the town centre by "
        "2039.",
        "c2": "Every primary school in the district has a school street or a signal-controlled "
        "crossing by 2040.",
        "c3": "Secure cycle parking for 400 bicycles is provided at the station and in the town "
        "centre by 2038.",
        "c4": "Walking and cycling make up 45 per cent of trips under 5 km by 2045.",
        "c5": "Town-centre walking routes are signed with a wayfinding scheme by 2038.",
        "c6": "Ketterby Farm is linked to the town centre by a cycle route before the 200th "
        "home is occupied.",
        "c7": "Results from the automatic cycle counters are reported to Cabinet every year.",
    }
    note = {
        "c1": "LTP4 Objective B.", "c2": "LTP4 Objectives A and B.", "c3": "LTP4 Objective B.",
        "c4": "LTP4 Objectives B and C.", "c5": "LTP4 Objective E.", "c6": "LTP4 Objective F.",
    }
    order = ["c1", "c2", "c3", "c5", "c6", "c4"]
    fn = {x: i + 1 for i, x in enumerate(order)}

    def tgt(x):
        return f"<p class='t'>{e(k[x])}<sup>{fn[x]}</sup></p>"

    css = (
        "h1{font-size:20pt;color:#004b6b;margin:0 0 4px}"
        "h2{font-size:13pt;color:#004b6b;margin:12px 0 3px}"
        "p{margin:3px 0 5px}"
        ".t{font-weight:bold}"
        "sup{font-size:7pt}"
        ".fn{border-top:1px solid #999;margin-top:14px;padding-top:3px;font-size:8pt}"
        ".fn p{margin:1px 0}"
    )
    body = [
        "<div class='crumb'>Saxtonbridge District Council · Planning and Regeneration</div>",
        "<h1>Local Cycling and Walking Infrastructure Plan (LCWIP)</h1>",
        "<p class='crumb'>Approved by Cabinet on 14 October 2037</p>",
        "<h2>1 Introduction</h2>",
        "<p>The LCWIP identifies the walking and cycling improvements the district will make "
        "over the next ten years. Our targets are shown in bold; the notes at the end of the "
        "plan show the LTP4 objective each one supports.</p>",
        "<p>Rural bus services are outside the scope of this plan. Objective D, ‘Give rural "
        "communities reliable public transport to services and jobs’, is taken forward in the "
        "county’s Bus Service Improvement Plan.</p>",
        "<h2>2 Primary cycle network</h2>",
        "<p>Mill Lane is the busiest route between the station and the High Street, and it has "
        "no cycle facilities.</p>",
        tgt("c1"),
        "<p>Most children live within two miles of school, but only one in four walks or "
        "cycles.</p>",
        tgt("c2"),
        "<h2>3 Parking and wayfinding</h2>",
        tgt("c3"),
        tgt("c5"),
        "<h2>4 Growth sites</h2>",
        "<p>Ketterby Farm (1,100 homes) is allocated in the district Local Plan.</p>",
        tgt("c6"),
        "<h2>5 Mode share</h2>",
        "<p>In 2036, 31 per cent of trips under 5 km in the district were walked or "
        "cycled.</p>",
        tgt("c4"),
        "<h2>6 Monitoring</h2>",
        f"<p class='t'>{e(k['c7'])}</p>",
        "<div class='fn'>" + "".join(f"<p>{fn[x]} {e(note[x])}</p>" for x in order)
        + "</div>",
    ]
    _chromium(_page("en", "Local Cycling and Walking Infrastructure Plan", css, body),
              d / "child.pdf")

    goals_ = [
        G("A", g["A"], "partial", [k["c2"]], ev="Every primary school in the",
          missing=["casualty reduction on the wider road network (speeds, junctions, rural "
                   "roads)"],
          note="the goals are the sentences under 'Objective X – Name' headings (A–F); the "
          "names are labels. The child links its bold targets to the objectives only through "
          "FOOTNOTES ('2 LTP4 Objectives A and B.'); school streets and crossings are the "
          "only safety target — a district's share of a county-wide casualty goal, read as "
          "partial"),
        G("B", g["B"], "followed_up", [k["c1"], k["c2"], k["c3"], k["c4"], k["c5"]],
          ev="The Mill Lane cycle route",
          note="the whole LCWIP serves it: routes, school streets, parking, wayfinding and a "
          "mode-share target for short trips"),
        G("C", g["C"], "partial", [k["c4"]], ev="Walking and cycling make up",
          missing=["emissions from motor vehicles (electric vehicles, freight, buses)"],
          note="footnote 6 cites B and C; mode shift on short trips is the only contribution "
          "to net zero"),
        G("D", g["D"], "not_followed_up",
          note="trap: QUOTED verbatim in the introduction and declared outside the plan (bus "
          "services go to the county's BSIP)"),
        G("E", g["E"], "not_followed_up",
          note="trap: footnote 4 cites Objective E for the wayfinding signs, which serve "
          "walking (B), not the repair of the highway network; nothing on maintenance"),
        G("F", g["F"], "followed_up", [k["c6"]], ev="Ketterby Farm is linked to",
          note="the district's one large allocation is linked by cycle route before occupation; "
          "the plan names no other growth site. A strict reader might call it partial "
          "(employment sites)"),
    ]
    kids = [
        C(k["c1"], ["B"], note="the child goals are the bold targets (without the footnote "
          "number); the plain paragraphs before them are background"),
        C(k["c2"], ["A", "B"]),
        C(k["c3"], ["B"]),
        C(k["c4"], ["B", "C"]),
        C(k["c5"], ["B"], note="trap: footnoted 'LTP4 Objective E' (repair) but signs for "
          "walking routes serve B"),
        C(k["c6"], ["F"]),
        C(k["c7"], [], note="reporting counts to Cabinet, no footnote — stands alone"),
    ]
    return dict(
        language="en", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (python-docx → LibreOffice; county Local Transport Plan): "
        "'Objective X – Name' headings (A–F) over the objective sentence; child PDF (Chromium; "
        "district LCWIP): bold target sentences with superscript FOOTNOTE numbers, the notes "
        "at the end naming 'LTP4 Objective X'; one objective quoted and declared out of scope, "
        "one footnote citing the wrong objective",
        goals=goals_, kids=kids,
    )

# =========================================================================== 5 Grenstrup (da)


@pair
def grenstrup_natur(d: Path) -> dict:
    g = {
        "N1": "Grenstrup har sammenhængende natur, hvor dyr og planter kan sprede sig mellem de "
        "store naturområder.",
        "N2": "Kommunens vandløb og søer opnår god økologisk tilstand.",
        "N3": "Borgerne har højst en kilometer til et grønt område, og stier forbinder byerne med "
        "landskabet.",
        "N4": "Skovarealet fordobles frem mod 2050, så skoven også beskytter grundvandet.",
        "N5": "Kystlandskabet holdes fri for ny bebyggelse, der ikke er afhængig af kystnærhed.",
    }
    secs = [
        ("Natur og biodiversitet",
         "Grenstrups natur ligger spredt i små områder mellem markerne. Det Grønne Danmarkskort "
         "udpeger potentielle naturområder og forbindelser, som kommuneplanen sikrer.",
         ["N1", "N2"]),
        ("Friluftsliv",
         "Grønne områder tæt på boligen giver mere bevægelse og bedre trivsel. Kommunen har "
         "82 km afmærkede stier.", ["N3"]),
        ("Skov og landskab",
         "Skov dækker 9 procent af kommunens areal. Skovrejsningsområderne ligger over de "
         "vigtigste grundvandsmagasiner. Kysten mod Grenstrup Vig er et uforstyrret landskab.",
         ["N4", "N5"]),
    ]
    css = (
        "h1{font-size:20pt;color:#3f5f2a;margin:0 0 4px}"
        ".cols{column-count:2;column-gap:9mm;text-align:justify}"
        ".cols h2{font-size:12.5pt;color:#3f5f2a;margin:10px 0 3px;break-after:avoid}"
        ".cols p{margin:2px 0 6px}"
        ".maal{border-top:2px solid #3f5f2a;padding-top:2px}"
    )
    body = [
        "<div class='crumb'>Grenstrup Kommune · Kommuneplan 2037 · Hovedstruktur</div>",
        "<h1>Kommuneplan 2037 – Hovedstruktur: Det åbne land</h1>",
        "<p class='crumb'>Vedtaget af kommunalbestyrelsen den 25. november 2037</p>",
        "<div class='cols'>",
        "<p>Hovedstrukturen fastlægger de overordnede mål for udviklingen af det åbne land. "
        "Retningslinjerne i kommuneplanens temaer bygger på målene, og sektorplanerne skal vise, "
        "hvordan de bidrager.</p>",
    ]
    for head, bg, ids in secs:
        body += [f"<h2>{e(head)}</h2>", f"<p>{e(bg)}</p>"]
        body += [f"<p class='maal'><b>Mål:</b> {e(g[x])}</p>" for x in ids]
    body += [
        "<h2>Retningslinjer</h2>",
        "<p>Retningslinjerne for natur, friluftsliv, skov og kyst findes i kommuneplanens "
        "temadel og er ikke gengivet her.</p>",
        "</div>",
    ]
    _chromium(_page("da", "Kommuneplan 2037 – Hovedstruktur", css, body), d / "parent.pdf")

    k = {
        "h1": "Der er etableret 12 km naturkorridor langs Sejeå mellem Hestehave Skov og "
        "Grenstrup Mose.",
        "h2": "Der er gravet 30 nye vandhuller i naturkorridoren.",
        "h3": "Fire spærringer i Sejeå er fjernet, så fisk kan vandre frit.",
        "h4": "Alle boligområder i Grenstrup by har højst en kilometer til en park eller et "
        "naturområde.",
        "h5": "Tre nye stier forbinder Grenstrup by med Hestehave Skov og kysten.",
        "h6": "Kæmpebjørneklo er bekæmpet på alle kommunale arealer.",
        "h7": "Naturrådet mødes fire gange om året.",
    }
    child = [
        ("title", "Naturhandleplan 2038–2041"),
        ("meta", "Grenstrup Kommune · Teknik- og Miljøudvalget · Godkendt den 12. maj 2038"),
        ("h1", "Indledning"),
        ("p", "Naturhandleplanen omsætter kommuneplanens mål for det åbne land til konkrete "
         "indsatser. Hver indsats slutter med den del af kommuneplanen, den bidrager til."),
        ("p", "Kommuneplanen har som mål, at »skovarealet fordobles frem mod 2050, så skoven "
         "også beskytter grundvandet«. Skovrejsning indgår i vandhandleplanen og er ikke en del "
         "af naturhandleplanen."),
        ("h1", "Indsats 1: Grønne forbindelser"),
        ("p", "Mål for indsatsen:"),
        ("bullets", [k["h1"], k["h2"]]),
        ("p", "Bidrager til kommuneplanens mål om sammenhængende natur."),
        ("h1", "Indsats 2: Levende vandløb"),
        ("p", "Grenstrup Sø er præget af for mange næringsstoffer og har dårlig økologisk "
         "tilstand."),
        ("p", "Mål for indsatsen:"),
        ("bullets", [k["h3"]]),
        ("p", "Bidrager til kommuneplanens mål om vandløb og søer."),
        ("h1", "Indsats 3: Natur tæt på byen"),
        ("p", "Mål for indsatsen:"),
        ("bullets", [k["h4"], k["h5"]]),
        ("p", "Bidrager til kommuneplanens mål om friluftsliv."),
        ("h1", "Indsats 4: Invasive arter"),
        ("p", "Mål for indsatsen:"),
        ("bullets", [k["h6"]]),
        ("h1", "Samarbejde"),
        ("p", "Mål for indsatsen:"),
        ("bullets", [k["h7"]]),
        ("table", ["Indsats", "Budget 2038–2041 (kr.)"],
         [["Grønne forbindelser", "4.200.000"], ["Levende vandløb", "1.650.000"],
          ["Natur tæt på byen", "2.900.000"], ["Invasive arter", "600.000"]], [90, 60]),
    ]
    _rl(d / "child.pdf", child, title="Naturhandleplan 2038–2041", author="Grenstrup Kommune",
        creator="Grenstrup Kommune, Natur og Miljø",
        header="Grenstrup Kommune – Naturhandleplan 2038–2041", footer="Side {n}",
        accent="#3f5f2a")

    goals_ = [
        G("N1", g["N1"], "followed_up", [k["h1"], k["h2"]], ev="Der er etableret 12 km",
          note="the goals are the 'Mål:' paragraphs (with a rule above) in a TWO-COLUMN "
          "layout; the section text beside and above them is background, the "
          "'Retningslinjer' section no goal. Read in reading order (column by column): "
          "pdftotext -layout prints the two columns side by side. The child links each "
          "indsats by a closing sentence 'Bidrager til kommuneplanens mål om <topic>.' (no "
          "numbers); a corridor between the large areas and ponds along it"),
        G("N2", g["N2"], "partial", [k["h3"]], ev="Fire spærringer i Sejeå er",
          missing=["søerne (Grenstrup Sø: næringsstoffer)"],
          note="trap: one of two — the stream gets its barriers removed; the lake's poor "
          "state is only background, although the closing line says 'vandløb og søer'"),
        G("N3", g["N3"], "followed_up", [k["h4"], k["h5"]], ev="Alle boligområder i Grenstrup",
          note="both halves: one kilometre to green space in the town, paths from the town to "
          "the forest and coast (the child's share: the main town)"),
        G("N4", g["N4"], "not_followed_up",
          note="trap: QUOTED verbatim in the introduction and sent to the vandhandleplan"),
        G("N5", g["N5"], "not_followed_up",
          note="the coast is absent from the child (the new path 'to the coast' does not keep "
          "the coast free of buildings)"),
    ]
    kids = [
        C(k["h1"], ["N1"], note="the child goals are the bullets under 'Mål for indsatsen:'; "
          "the 'Bidrager til …' lines are links, the budget table is no goal"),
        C(k["h2"], ["N1"]),
        C(k["h3"], ["N2"]),
        C(k["h4"], ["N3"]),
        C(k["h5"], ["N3"]),
        C(k["h6"], [], note="invasive species, no closing 'Bidrager til' line — stands alone"),
        C(k["h7"], [], note="the nature council's meetings — stands alone"),
    ]
    return dict(
        language="da", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (Chromium; Danish kommuneplan hovedstruktur): TWO-COLUMN text "
        "(CSS columns), goals as 'Mål:' paragraphs under topic headings; child PDF "
        "(reportlab; naturhandleplan): 'Indsats n:' headings, 'Mål for indsatsen:' bullets and "
        "a closing 'Bidrager til kommuneplanens mål om <topic>.' line; one goal quoted and sent "
        "to another plan",
        goals=goals_, kids=kids,
    )


# =========================================================================== run


def main(argv: list[str]) -> None:
    """Batch 14's gold writer and checks run on this folder's pairs; its header line names
    this builder. Then batch 20's pdftotext check on this folder (pairkit.parents_main)."""
    pk.parents_main(argv, here=HERE, pairs=PAIRS, p14=_p14, p20=_p20, builder="corpora/parents-blind23/make_pairs.py")


if __name__ == "__main__":
    main(sys.argv[1:])
