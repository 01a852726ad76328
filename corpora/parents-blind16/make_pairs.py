"""Build the sixteenth blind batch of parent/child pairs (rød tråd, pbl § 11-1) and their gold.

Written on 2026-12-03 by `bpar16` without reading plancheck's code, tests or bench, and without
running it. Five parents and children in forms the earlier batches did not use:

- Vardnes (nb): a samfunnsdel (python-docx → LibreOffice) whose goals are bullets under
  **'Slik vil vi ha det'** with 'Slik gjør vi det' strategy bullets after them; the child, an
  **økonomiplan** (reportlab), has one chapter per tjenesteområde with a 'Bidrag til
  samfunnsmålene' paragraph paraphrasing the parent, then 'Mål for tjenesteområdet' bullets.
- Sjøfjell / Myrvær (nn): a **regional plan (fylkeskommune)** for kyst og sjøareal (Chromium)
  with coded goals '1.1' … '2.3'; the kommune's **temaplan** (python-docx → LibreOffice) cites
  '(jf. regional plan mål n.n)' after its goals — once wrongly.
- Region Norrdal / Älvsnäs (sv): a **regional utvecklingsstrategi** (python-docx → LibreOffice)
  with 'Prioriteringar:' bullets; the kommun's **handlingsplan** (reportlab) is one
  `Mål | Aktivitet | Ansvar | Klart` table whose goals paraphrase them.
- Hesselund (da): a **planstrategi** (Chromium) whose goals are **icon tiles** (an icon-font
  ligature name printed as text, a short title, one sentence); the child **varmeplan**
  (python-docx → LibreOffice) groups its goals under the tiles' short titles.
- Brackenford (en): a **Local Plan** (reportlab) with strategic objectives SO1–SO10 in a
  `Ref | Strategic objective` table; the child **Area Action Plan** (Chromium) has objective
  cards with 'Links to: SO3, SO7' lines.

    python corpora/parents-blind16/make_pairs.py                  # all pairs
    python corpora/parents-blind16/make_pairs.py vardnes-okonomiplan

Imports the fourteenth batch's builder (corpora/parents-blind14/make_pairs.py: `G`, `C`, the
Chromium print, `_reportlab`, `_page`, `build_pdf`, `_build_pdf_numbered`) and runs its `main`
(gold writer and checks) on this folder's pairs, as batch 15 does.
"""

from __future__ import annotations

import html as _html
import importlib.util
import sys
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


_p14 = _load("parents_blind14_make_pairs", HERE.parent / "parents-blind14" / "make_pairs.py")
G, C = _p14.G, _p14.C
_chromium, _reportlab, _page = _p14._chromium, _p14._reportlab, _p14._page
build_pdf, _build_pdf_numbered = _p14.build_pdf, _p14._build_pdf_numbered

PAIRS: dict[str, Callable[[Path], dict]] = {}
e = _html.escape


def pair(fn):
    PAIRS[fn.__name__.replace("_", "-")] = fn
    return fn


# =========================================================================== 1 Vardnes (nb)


@pair
def vardnes_okonomiplan(d: Path) -> dict:
    g = {
        "V1": "Barn og unge i Vardnes vokser opp med trygge voksne og opplever mestring i "
        "barnehage og skole.",
        "V2": "Eldre i Vardnes lever aktive liv og bor i egen bolig så lenge de ønsker.",
        "V3": "Vardnes har et variert næringsliv med flere arbeidsplasser i private virksomheter.",
        "V4": "Innbyggerne kan gå, sykle og reise kollektivt trygt mellom boligområdene og "
        "sentrum.",
        "V5": "Kommunens egne bygg og kjøretøy er fossilfrie innen 2030.",
    }
    parent = [
        ("meta", "VARDNES KOMMUNE"),
        ("title", "Kommuneplanens samfunnsdel 2026–2040"),
        ("meta", "Vedtatt av kommunestyret 15. oktober 2026, sak 71/26"),
        ("h1", "Visjon"),
        ("p", "Vardnes – der det er godt å bli og lett å komme tilbake."),
        ("p", "Samfunnsdelen er bygd opp rundt tre satsingsområder. For hvert område beskriver "
         "vi hvordan vi vil at Vardnes skal være i 2040 («Slik vil vi ha det») og hvordan "
         "kommunen vil arbeide for å komme dit («Slik gjør vi det»)."),
        ("h1", "1 Gode liv i alle aldre"),
        ("p", "Vardnes har 9 800 innbyggere. Andelen over 80 år vil nesten dobles innen 2040."),
        ("h2", "Slik vil vi ha det"),
        ("bullets", [g["V1"], g["V2"]]),
        ("h2", "Slik gjør vi det"),
        ("bullets", [
            "Vi samarbeider på tvers av tjenestene rundt barn og familier.",
            "Vi legger til rette for at flere eldre kan bo hjemme, med hjelp når de trenger det.",
        ]),
        ("h1", "2 Arbeid og bosetting"),
        ("h2", "Slik vil vi ha det"),
        ("bullets", [g["V3"], g["V4"]]),
        ("h2", "Slik gjør vi det"),
        ("bullets", [
            "Vi har næringsareal klart for nye bedrifter ved Holmen.",
            "Vi bygger ut fortau og sykkelveier før vi bygger nye boligfelt.",
        ]),
        ("break",),
        ("h1", "3 Klima og miljø"),
        ("p", "Kommunens egen drift står for om lag fire prosent av utslippene i Vardnes."),
        ("h2", "Slik vil vi ha det"),
        ("bullets", [g["V5"]]),
        ("h2", "Slik gjør vi det"),
        ("bullets", [
            "Vi velger fossilfrie løsninger i alle nye anskaffelser.",
            "Vi går foran og viser hvordan omstillingen kan gjøres.",
        ]),
        ("h1", "Oppfølging"),
        ("p", "Samfunnsdelen følges opp i økonomiplanen, der hvert tjenesteområde viser sitt "
         "bidrag til samfunnsmålene."),
    ]
    build_pdf(
        parent,
        d / "parent.pdf",
        title="Kommuneplanens samfunnsdel 2026–2040",
        author="Vardnes kommune",
        header="Vardnes kommune · Samfunnsdelen 2026–2040",
        lang="nb-NO",
    )

    k = {
        "o1": "Alle barnehager og skoler skal ha et lag rundt barnet som fanger opp barn som "
        "strever.",
        "o2": "Elevene på 5.–10. trinn skal oppleve mestring i lesing og regning.",
        "h1": "Flere over 67 år skal delta i dagaktiviteter og treningsgrupper.",
        "h2": "Flere arbeidsplasser i omsorgstjenestene skal være hele stillinger.",
        "t1": "Fortau og gang- og sykkelvei langs Storgata skal være ferdig i 2028.",
        "t2": "Kommunens tjenestebiler skal byttes til elbiler når leasingavtalene går ut.",
        "t3": "Oljefyrene i Vardnes skole og rådhuset skal erstattes med varmepumper i 2027.",
    }
    head = ["Driftsramme (1000 kr)", "2027", "2028", "2029", "2030"]
    w = [70, 25, 25, 25, 25]
    child = [
        ("title", "Økonomiplan 2027–2030"),
        ("meta", "Vardnes kommune · Kommunedirektørens forslag 6. november 2026"),
        ("h1", "1 Innledning"),
        ("p", "Økonomiplanen er kommunens handlingsdel. Hvert tjenesteområde beskriver sitt "
         "bidrag til samfunnsmålene i kommuneplanen og sine egne mål for perioden. Beløp er i "
         "faste 2027-kroner."),
        ("band", "Tjenesteområde 2 · Oppvekst"),
        ("b", "Bidrag til samfunnsmålene"),
        ("p", "Oppvekst bidrar til at barn og unge i Vardnes har trygge voksne rundt seg, og "
         "at de får oppleve at de lykkes i barnehagen og på skolen. Tidlig innsats er "
         "hovedgrepet."),
        ("b", "Mål for tjenesteområdet"),
        ("bullets", [k["o1"], k["o2"]]),
        ("table", head, [["Oppvekst", "212 400", "214 900", "213 100", "211 800"]], w),
        ("band", "Tjenesteområde 3 · Helse og omsorg"),
        ("b", "Bidrag til samfunnsmålene"),
        ("p", "Helse og omsorg bidrar til at eldre holder seg aktive og er med i fellesskapet "
         "lenger. Tjenesteområdet er også kommunens største arbeidsgiver."),
        ("b", "Mål for tjenesteområdet"),
        ("bullets", [k["h1"], k["h2"]]),
        ("table", head, [["Helse og omsorg", "268 700", "275 300", "281 000", "288 400"]], w),
        ("band", "Tjenesteområde 4 · Teknisk drift og eiendom"),
        ("b", "Bidrag til samfunnsmålene"),
        ("p", "Teknisk drift og eiendom bidrar til tryggere ferdsel i sentrum, til et "
         "klimavennlig Vardnes og til et attraktivt næringsliv gjennom god infrastruktur."),
        ("b", "Mål for tjenesteområdet"),
        ("bullets", [k["t1"], k["t2"], k["t3"]]),
        ("table", head, [["Teknisk drift og eiendom", "64 200", "63 900", "63 500", "63 500"]],
         w),
        ("h1", "5 Investeringer"),
        ("p", "Investeringsbudsjettet er på 148 mill. kr i perioden, hvorav 41 mill. kr til "
         "Storgata og 9 mill. kr til varmepumper."),
    ]
    _reportlab(
        d / "child.pdf",
        child,
        title="Økonomiplan 2027–2030",
        author="Vardnes kommune",
        creator="Vardnes kommune, økonomiavdelingen",
        accent="#1d6b5c",
    )

    goals_ = [
        G("V1", g["V1"], "followed_up", [k["o1"], k["o2"]], ev="Alle barnehager og skoler skal",
          note="the goals are the bullets under 'Slik vil vi ha det' (ids V1–V5 in reading "
          "order); the 'Slik gjør vi det' bullets are strategies, not goals; the vision and the "
          "fact sentences are not goals. 'Lag rundt barnet' (trygge voksne) and mastery in "
          "reading and arithmetic (mestring i skole) in other words"),
        G("V2", g["V2"], "partial", [k["h1"]], ev="Flere over 67 år skal delta",
          missing=["å bo i egen bolig så lenge de ønsker (hjemmetjenester, tilrettelegging)"],
          note="day activities and training groups: 'aktive liv' only"),
        G("V3", g["V3"], "not_followed_up",
          note="trap: 'Flere arbeidsplasser i omsorgstjenestene skal være hele stillinger' "
          "shares 'flere arbeidsplasser' but is about full-time posts in the municipality, "
          "not private business; the Teknisk 'Bidrag' paragraph claims a contribution to "
          "'et attraktivt næringsliv' but no goal or measure carries it"),
        G("V4", g["V4"], "partial", [k["t1"]], ev="Fortau og gang- og sykkelvei",
          missing=["kollektivtransport mellom boligområdene og sentrum",
                   "trygge ruter fra andre boligområder enn langs Storgata"],
          note="one walking and cycling route"),
        G("V5", g["V5"], "followed_up", [k["t2"], k["t3"]], ev="Kommunens tjenestebiler skal",
          note="electric service cars (kjøretøy) and heat pumps replacing oil boilers in the "
          "school and the town hall (bygg): both parts, in other words"),
    ]
    kids = [
        C(k["o1"], ["V1"]),
        C(k["o2"], ["V1"]),
        C(k["h1"], ["V2"]),
        C(k["h2"], [], note="shares 'flere arbeidsplasser' with V3; heltid in the municipality: "
          "stands alone"),
        C(k["t1"], ["V4"]),
        C(k["t2"], ["V5"]),
        C(k["t3"], ["V5"]),
    ]
    return dict(
        language="nb", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (python-docx → LibreOffice; samfunnsdel): goals as Word bullets "
        "under 'Slik vil vi ha det' headings, strategy bullets under 'Slik gjør vi det', a page "
        "break before focus area 3; child PDF (reportlab; økonomiplan): a coloured band per "
        "tjenesteområde, a bold 'Bidrag til samfunnsmålene' paragraph paraphrasing the parent, "
        "'Mål for tjenesteområdet' bullets and a one-row 'Driftsramme (1000 kr)' table",
        goals=goals_, kids=kids,
    )


# =========================================================================== 2 Myrvær (nn)


@pair
def myrvaer_sjoareal(d: Path) -> dict:
    g = {
        "1.1": "Havbruksnæringa skal vekse innanfor miljømessig forsvarlege rammer for villfisk "
        "og botntilhøve.",
        "1.2": "Fiskeflåten skal ha tenlege hamner og mottaksanlegg langs heile kysten.",
        "2.1": "Strandsona skal haldast open for ålmenta, og nye inngrep skal samlast.",
        "2.2": "Kystsamfunna skal ha stabilt eller veksande folketal med fleire unge busette.",
        "2.3": "Marin forsøpling og ureining frå land og sjø skal reduserast.",
    }
    ids = {c: c for c in ("1.1", "1.2", "2.1", "2.2", "2.3")}  # the printed codes

    def tile(code):
        return (f"<div class='g'><span class='c'>{code}</span>"
                f"<span class='t'>{e(g[code])}</span></div>")

    body = [
        "<p class='crumb'>Sjøfjell fylkeskommune · Regional plan · Vedteken i fylkestinget "
        "9. juni 2026</p>",
        "<h1>Regional plan for kyst og sjøareal 2026–2036</h1>",
        "<p>Planen gir felles mål for korleis kommunane og regionale styresmakter skal "
        "forvalte sjøareala. Kommunane skal leggje måla til grunn i kommuneplanane og i "
        "temaplanar for sjø og hamner.</p>",
        "<h2>1 Havbruk og fiskeri</h2>",
        "<p class='f'>Sjømat stod for 61 prosent av eksporten frå fylket i 2025.</p>",
        tile("1.1"), tile("1.2"),
        "<h2>2 Kystsamfunn, natur og friluftsliv</h2>",
        "<p class='f'>Tolv av fylket sine tjueein kystkommunar har hatt nedgang i folketalet "
        "sidan 2015.</p>",
        tile("2.1"), tile("2.2"), tile("2.3"),
        "<h2>3 Oppfølging</h2>",
        "<p>Fylkeskommunen rapporterer på måla kvart fjerde år. Handlingsprogrammet for "
        "2026–2029 ligg i eit eige dokument.</p>",
    ]
    _chromium(
        _page(
            "nn-NO", "Regional plan for kyst og sjøareal 2026–2036",
            "h1{font-size:20pt;color:#0b4f6c;margin:6px 0 10px}"
            "h2{font-size:13pt;color:#0b4f6c;margin:16px 0 6px;border-bottom:2px solid #0b4f6c}"
            ".f{font-style:italic;color:#555}"
            ".g{display:flex;gap:10px;align-items:flex-start;margin:6px 0;padding:6px;"
            "background:#eef5f8}"
            ".c{flex:0 0 38px;font-weight:bold;font-size:13pt;color:#fff;background:#0b4f6c;"
            "text-align:center;padding:4px 0}"
            ".t{font-size:11pt;padding-top:3px}",
            body,
        ),
        d / "parent.pdf",
    )

    k = {
        "c1": "Straumsvika skal ha ei fiskerihamn med djupnekai og landstraum innan 2029.",
        "c2": "Kommunen skal setje av areal til eit nytt mottaksanlegg for kvitfisk på Nesodden.",
        "c3": "Nye lokalitetar for oppdrett skal ikkje liggje nær gyteområde for torsk eller i "
        "munninga av lakseelvar.",
        "c4": "Kvar grend skal ha minst éin open strandstrekning med tilkomst for alle.",
        "c5": "Nye naust og brygger skal samlast i dei felta som er sette av i arealdelen.",
        "c6": "Lag og skular skal saman rydde minst 20 tonn plast frå strendene kvart år.",
        "c7": "Hamnekassa skal gå i balanse kvart år.",
    }
    tbl = ["Tiltak", "Ansvarleg", "Frist"]
    wd = [90, 45, 30]
    child = [
        ("meta", "MYRVÆR KOMMUNE"),
        ("title", "Temaplan for sjøareal og hamner 2027–2031"),
        ("meta", "Høyringsutkast · Utval for plan og næring 19.11.2026"),
        ("h1", "1 Bakgrunn"),
        ("p", "Temaplanen følgjer opp Regional plan for kyst og sjøareal 2026–2036. Etter "
         "kvart mål viser vi til det regionale målet det høyrer til."),
        ("h1", "2 Mål og tiltak"),
        ("h2", "Hamner og fiskeri"),
        ("typed", "Mål 1", k["c1"] + " (jf. regional plan mål 1.2)", "\t", 16),
        ("typed", "Mål 2", k["c2"] + " (jf. regional plan mål 1.2)", "\t", 16),
        ("table", tbl, [["Forprosjekt djupnekai Straumsvika", "Hamnesjef", "2027"],
                        ["Regulering av mottaksareal Nesodden", "Plan og byggesak", "2028"]],
         wd),
        ("h2", "Havbruk"),
        ("typed", "Mål 3", k["c3"] + " (jf. regional plan mål 2.1)", "\t", 16),
        ("table", tbl, [["Kartlegging av gyteområde i Myrværfjorden", "Plan og byggesak",
                         "2027"]], wd),
        ("break",),
        ("h2", "Strandsone og friluftsliv"),
        ("typed", "Mål 4", k["c4"] + " (jf. regional plan mål 2.1)", "\t", 16),
        ("typed", "Mål 5", k["c5"] + " (jf. regional plan mål 2.1)", "\t", 16),
        ("typed", "Mål 6", k["c6"] + " (jf. regional plan mål 2.3)", "\t", 16),
        ("table", tbl, [["Skilting og parkering ved Sandvika badeplass", "Kultur", "2028"],
                        ["Strandryddedag kvar vår", "Miljøvernrådgjevar", "Årleg"]], wd),
        ("h2", "Økonomi"),
        ("typed", "Mål 7", k["c7"], "\t", 16),
        ("p", "Hamneavgiftene blir fastsette i gebyrregulativet kvart år."),
    ]
    build_pdf(
        child, d / "child.pdf",
        title="Temaplan for sjøareal og hamner 2027–2031",
        author="Myrvær kommune",
        header="Myrvær kommune – Temaplan for sjøareal og hamner",
        lang="nn-NO",
    )

    goals_ = [
        G(ids["1.1"], g["1.1"], "partial", [k["c3"], "Kartlegging av gyteområde i Myrværfjorden"], ev="Nye lokalitetar for oppdrett",
          missing=["botntilhøve under anlegga", "rom for vekst i næringa"],
          note="the goals are the texts beside the code badges 1.1–2.3 (ids the printed codes); "
          "the italic fact lines "
          "are not goals. Trap: Mål 3 cites 'mål 2.1' (strandsona) but keeps new fish farms "
          "away from cod spawning grounds and salmon rivers — villfisk, i.e. 1.1 by content"),
        G(ids["1.2"], g["1.2"], "followed_up", [k["c1"], k["c2"], "Forprosjekt djupnekai Straumsvika",
           "Regulering av mottaksareal Nesodden"], ev="Straumsvika skal ha ei",
          note="a fishing harbour with a deep-water quay and a reception plant: the "
          "kommune's whole share of 'hamner og mottaksanlegg'"),
        G(ids["2.1"], g["2.1"], "followed_up", [k["c4"], k["c5"], "Skilting og parkering ved Sandvika badeplass"],
          ev="Kvar grend skal ha minst",
          note="open beaches with access for all (open for ålmenta) and boathouses and jetties "
          "gathered in set fields (nye inngrep samlast) — a member for the class"),
        G(ids["2.2"], g["2.2"], "not_followed_up",
          note="no goal on population or young settlers; nothing cites 2.2"),
        G(ids["2.3"], g["2.3"], "partial", [k["c6"], "Strandryddedag kvar vår"], ev="Lag og skular skal saman",
          missing=["ureining frå land og sjø (avløp, utslepp frå anlegg)",
                   "å hindre ny forsøpling, ikkje berre rydde"],
          note="beach clean-up of plastic (marin forsøpling) only"),
    ]
    kids = [
        C(k["c1"], [ids["1.2"]]),
        C(k["c2"], [ids["1.2"]]),
        C(k["c3"], [ids["1.1"]], note="cites 'mål 2.1'; serves 1.1 by content"),
        C(k["c4"], [ids["2.1"]]),
        C(k["c5"], [ids["2.1"]]),
        C(k["c6"], [ids["2.3"]]),
        C(k["c7"], [], note="harbour accounts, no citation: stands alone"),
    ]
    return dict(
        language="nn", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (Chromium; regional plan, fylkeskommune): goals beside dark code "
        "badges '1.1' … '2.3' in shaded rows under two numbered chapter headings, an italic "
        "fact line before each group; child PDF (python-docx → LibreOffice; temaplan): typed "
        "'Mål n⇥' paragraphs ending '(jf. regional plan mål n.n)' — Mål 3 cites the wrong one "
        "— with 'Tiltak | Ansvarleg | Frist' tables and a page break",
        goals=goals_, kids=kids,
    )


# =========================================================================== 3 Älvsnäs (sv)


@pair
def alvsnas_kompetens(d: Path) -> dict:
    g = {
        "P1": "Fler unga ska fullfölja en gymnasieutbildning.",
        "P2": "Utbudet av yrkesutbildning för vuxna ska matcha arbetsgivarnas behov i hela "
        "regionen.",
        "P3": "Fler utrikes födda kvinnor ska etablera sig på arbetsmarknaden.",
        "P4": "Hela regionen ska ha tillgång till snabbt bredband och en fungerande "
        "kollektivtrafik.",
        "P5": "Näringslivet ska ställa om till fossilfri produktion.",
    }
    parent = [
        ("meta", "REGION NORRDAL"),
        ("title", "Regional utvecklingsstrategi för Norrdal 2030"),
        ("meta", "Fastställd av regionfullmäktige 2026-06-16, § 88"),
        ("h1", "Vision"),
        ("p", "Norrdal – en region där människor och företag växer."),
        ("h1", "Strategiskt område 1: Kompetens för framtiden"),
        ("p", "Var femte arbetsgivare i Norrdal uppger att de inte hittar rätt kompetens."),
        ("p", "Prioriteringar:"),
        ("bullets", [g["P1"], g["P2"], g["P3"]]),
        ("h1", "Strategiskt område 2: En tillgänglig region"),
        ("p", "Prioriteringar:"),
        ("bullets", [g["P4"]]),
        ("h1", "Strategiskt område 3: Hållbar tillväxt"),
        ("p", "Industrin står för hälften av regionens koldioxidutsläpp."),
        ("p", "Prioriteringar:"),
        ("bullets", [g["P5"]]),
        ("h1", "Genomförande"),
        ("p", "Strategin genomförs av regionen, länets kommuner, lärosäten och näringsliv "
         "tillsammans. Kommunerna förväntas ta fram egna handlingsplaner."),
    ]
    _build_pdf_numbered(
        parent, d / "parent.pdf",
        title="Regional utvecklingsstrategi för Norrdal 2030",
        author="Region Norrdal",
        header="Region Norrdal · Regional utvecklingsstrategi",
        lang="sv-SE",
    )

    k = {
        "s1": "Andelen elever som tar examen från gymnasiet inom fyra år ska öka till 85 procent.",
        "s2": "Komvux ska varje år starta en vårdutbildning och en industriutbildning som tagits "
        "fram med arbetsgivarna.",
        "s3": "Nyanlända kvinnor ska erbjudas sfi kombinerad med praktik.",
        "s5": "Komvux lokaler ska värmas utan fossila bränslen.",
        "s6": "Kostnaden per heltidsstuderande på Komvux ska inte överstiga rikssnittet.",
    }
    head = ["Mål", "Aktivitet", "Ansvar", "Klart"]
    w = [62, 58, 28, 22]
    rows = [
        [k["s1"], "Studiecoacher på Älvsnäs gymnasium", "Gymnasiechef", "2027"],
        ["", "Uppföljning av elever med ofullständiga betyg", "Rektorer", "Varje termin"],
        [k["s2"], "Yrkesvux undersköterska och industritekniker", "Vuxenutbildningen", "2027"],
        ["", "Branschråd med de tio största arbetsgivarna", "Näringslivschef", "2027"],
        [k["s3"], "Sfi med språkpraktik i kommunens verksamheter", "Arbetsmarknadsenheten",
         "2028"],
        [k["s5"], "Byte av oljepanna i Komvuxhuset", "Fastighetsavdelningen", "2027"],
        [k["s6"], "Samordnad schemaläggning med grannkommunerna", "Vuxenutbildningen", "2028"],
    ]
    child = [
        ("title", "Handlingsplan för kompetensförsörjning 2027–2028"),
        ("meta", "Älvsnäs kommun · Antagen av kommunstyrelsen 2026-11-30, § 204"),
        ("h1", "Inledning"),
        ("p", "Handlingsplanen är kommunens bidrag till den regionala utvecklingsstrategin för "
         "Norrdal. Målen och aktiviteterna nedan gäller under två år och följs upp i "
         "årsredovisningen."),
        ("h1", "Mål och aktiviteter"),
        ("table", head, rows, w),
        ("h1", "Uppföljning"),
        ("p", "Utbildningsnämnden får en lägesrapport i maj och november."),
    ]
    _reportlab(
        d / "child.pdf", child,
        title="Handlingsplan för kompetensförsörjning 2027–2028",
        author="Älvsnäs kommun",
        creator="Älvsnäs kommun, kommunledningskontoret",
        accent="#7a3b12",
    )

    goals_ = [
        G("P1", g["P1"], "followed_up", [k["s1"], "Studiecoacher på Älvsnäs gymnasium",
                                   "Uppföljning av elever med ofullständiga betyg"], ev="Andelen elever som tar examen",
          note="the goals are the bullets after 'Prioriteringar:' (ids P1–P5 in reading "
          "order); the vision, the 'Strategiskt område' headings and the fact sentences are "
          "not goals. 'Ta examen från gymnasiet' (a noun phrase) for 'fullfölja en "
          "gymnasieutbildning'"),
        G("P2", g["P2"], "followed_up", [k["s2"], "Yrkesvux undersköterska och industritekniker",
                                   "Branschråd med de tio största arbetsgivarna"], ev="Komvux ska varje år starta",
          note="vocational courses for adults made with the employers: the kommun's share of "
          "'i hela regionen'"),
        G("P3", g["P3"], "partial", [k["s3"], "Sfi med språkpraktik i kommunens verksamheter"],
          ev="Nyanlända kvinnor ska erbjudas",
          missing=["utrikes födda kvinnor som inte är nyanlända"],
          note="newly arrived women are one group of foreign-born women; sfi with work "
          "placement serves their establishment"),
        G("P4", g["P4"], "not_followed_up",
          note="nothing on broadband or public transport (outside a skills plan, but still "
          "not followed up here)"),
        G("P5", g["P5"], "not_followed_up",
          note="trap: 'Komvux lokaler ska värmas utan fossila bränslen' shares 'fossil' but "
          "concerns the kommun's own premises, not business production"),
    ]
    kids = [
        C(k["s1"], ["P1"]),
        C(k["s2"], ["P2"]),
        C(k["s3"], ["P3"]),
        C(k["s5"], [], note="shares 'fossil' with P5; own premises: stands alone"),
        C(k["s6"], [], note="cost target: stands alone"),
    ]
    return dict(
        language="sv", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (python-docx → LibreOffice; regional utvecklingsstrategi): "
        "'Prioriteringar:' paragraphs followed by Word bullets under 'Strategiskt område n:' "
        "headings, a fact sentence before two lists, running header and bare page number; "
        "child PDF (reportlab; handlingsplan): one 'Mål | Aktivitet | Ansvar | Klart' table, "
        "the goal cell empty on a goal's second activity row",
        goals=goals_, kids=kids,
    )


# =========================================================================== 4 Hesselund (da)


@pair
def hesselund_varmeplan(d: Path) -> dict:
    tiles = [
        ("eco", "Grøn omstilling",
         "Hesselund skal være CO2-neutral som geografisk område senest i 2040."),
        ("child_care", "Gode børneliv",
         "Alle børn skal trives og lære mest muligt i dagtilbud og skole."),
        ("work", "Flere i job",
         "Flere borgere skal være i job eller uddannelse."),
        ("holiday_village", "Levende landsbyer",
         "Landsbyerne skal være attraktive at bo i, med stærke fællesskaber og nærhed til "
         "service."),
        ("forum", "Borgernes kommune",
         "Borgerne skal inddrages tidligt i beslutninger om deres lokalområde."),
    ]
    g = {f"T{i}": s for i, (_, _, s) in enumerate(tiles, start=1)}
    body = [
        "<p class='crumb'>Hesselund Kommune · Planstrategi 2027 · Vedtaget af byrådet "
        "28. oktober 2026</p>",
        "<h1>Planstrategi 2027</h1>",
        "<p>Planstrategien viser byrådets mål for udviklingen og hvilke planer, der skal "
        "revideres i valgperioden. Byrådets fem mål er vist nedenfor.</p>",
        "<div class='grid'>",
        *[f"<div class='tile'><div class='ic'>{e(i)}</div><div class='tt'>{e(t)}</div>"
          f"<div class='ts'>{e(s)}</div></div>" for i, t, s in tiles],
        "</div>",
        "<h2>Planer i valgperioden</h2>",
        "<table><tr><th>Plan</th><th>Ansvar</th><th>År</th></tr>"
        "<tr><td>Varmeplan</td><td>Teknik og Miljø</td><td>2027</td></tr>"
        "<tr><td>Dagtilbudspolitik</td><td>Børn og Læring</td><td>2028</td></tr>"
        "<tr><td>Landsbystrategi</td><td>Plan og Udvikling</td><td>2028</td></tr>"
        "</table>",
    ]
    _chromium(
        _page(
            "da", "Planstrategi 2027",
            "h1{font-size:21pt;color:#215732;margin:4px 0 8px}"
            "h2{font-size:13pt;color:#215732;margin:16px 0 6px}"
            ".grid{display:grid;grid-template-columns:1fr 1fr 1fr;gap:10px;margin:12px 0}"
            ".tile{border:1px solid #215732;border-radius:8px;padding:8px;break-inside:avoid}"
            ".ic{font-family:'Material Icons';font-size:9pt;color:#215732;"
            "border:1px solid #215732;border-radius:50%;width:88px;text-align:center;"
            "padding:6px 0;margin-bottom:4px}"
            ".tt{font-weight:bold;font-size:12pt;color:#215732;margin-bottom:3px}"
            ".ts{font-size:10pt}",
            body,
        ),
        d / "parent.pdf",
    )

    k = {
        "v1": "Alle boliger i fjernvarmeområderne skal kunne tilsluttes fjernvarme, så olie- og "
        "gasfyr er udfaset i 2030.",
        "v2": "Fjernvarmen skal produceres uden fossile brændsler fra 2028.",
        "v6": "Alle skoler og daginstitutioner skal opvarmes med fjernvarme eller varmepumpe i "
        "2028.",
        "v3": "Landsbyer uden for fjernvarmeområderne skal have adgang til fællesvarme eller "
        "tilskud til varmepumper.",
        "v4": "Borgerne i hvert varmeområde skal høres på et borgermøde, før byrådet beslutter "
        "at udrulle fjernvarme.",
        "v5": "Varmeværkernes ansatte skal efteruddannes i varmepumpeteknik.",
    }
    tbl = ["Indsats", "Ansvarlig", "År"]
    wd = [95, 45, 30]
    child = [
        ("title", "Varmeplan 2027–2032"),
        ("meta", "Hesselund Kommune · Teknik og Miljø · Forslag til høring, november 2026"),
        ("h1", "1 Indledning"),
        ("p", "Varmeplanen er kommunens plan for, hvordan boliger og virksomheder opvarmes i de "
         "kommende år. Målene er ordnet efter byrådets mål i planstrategien."),
        ("h1", "2 Mål"),
        ("h2", "Grøn omstilling"),
        ("num", [k["v1"], k["v2"], k["v6"]]),
        ("table", tbl, [["Udbygning af fjernvarmen i Nørre Hessel", "Hesselund Forsyning",
                         "2027–2029"],
                        ["Ny varmepumpe på Bjerre Varmeværk", "Hesselund Forsyning", "2028"]],
         wd),
        ("h2", "Levende landsbyer"),
        ("num", [k["v3"]]),
        ("table", tbl, [["Tilskudspulje til varmepumper, 2 mio. kr årligt", "Teknik og Miljø",
                         "2027–2032"]], wd),
        ("break",),
        ("h2", "Borgernes kommune"),
        ("num", [k["v4"]]),
        ("h2", "Flere i job"),
        ("num", [k["v5"]]),
        ("table", tbl, [["Kursusforløb med erhvervsskolen", "Hesselund Forsyning", "2028"]],
         wd),
        ("h1", "3 Opfølgning"),
        ("p", "Teknik- og Miljøudvalget følger op på varmeplanen hvert andet år."),
    ]
    _build_pdf_numbered(
        child, d / "child.pdf",
        title="Varmeplan 2027–2032",
        author="Hesselund Kommune",
        header="Hesselund Kommune · Varmeplan 2027–2032",
        lang="da-DK",
    )

    goals_ = [
        G("T1", g["T1"], "partial", [k["v1"], k["v2"], k["v6"], "Udbygning af fjernvarmen i Nørre Hessel",
                                   "Ny varmepumpe på Bjerre Varmeværk"], ev="Alle boliger i "
          "fjernvarmeområderne",
          missing=["udledning fra transport og landbrug (planen dækker kun opvarmning)"],
          note="the goals are the sentences in the five tiles (ids T1–T5 in reading order); "
          "the icon-font names printed as text ('eco', 'child_care', …) and the short titles "
          "are not goals. Under 'Grøn omstilling': heating without oil, gas or fossil fuels — "
          "one sector of the CO2-neutral area"),
        G("T2", g["T2"], "not_followed_up",
          note="trap: 'Alle skoler og daginstitutioner skal opvarmes …' names schools and "
          "day-care but is about heating (T1), not children's well-being or learning"),
        G("T3", g["T3"], "not_followed_up",
          note="trap: the heading 'Flere i job' names the tile, but its goal retrains the "
          "heat plants' own staff — no more citizens in a job or education"),
        G("T4", g["T4"], "partial", [k["v3"], "Tilskudspulje til varmepumper, 2 mio. kr årligt"],
          ev="Landsbyer uden for",
          missing=["fællesskaber i landsbyerne", "nærhed til anden service end varme"],
          note="heating supply for villages outside the district-heating areas: one service"),
        G("T5", g["T5"], "followed_up", [k["v4"]], ev="Borgerne i hvert varmeområde",
          note="a citizens' meeting before the council decides: early involvement in the "
          "decision about one's own area, in other words — the varmeplan's whole share"),
    ]
    kids = [
        C(k["v1"], ["T1"]),
        C(k["v2"], ["T1"]),
        C(k["v6"], ["T1"], note="names schools and day-care (T2's words); heating: T1"),
        C(k["v3"], ["T4"]),
        C(k["v4"], ["T5"]),
        C(k["v5"], [], note="under the tile title 'Flere i job' but retrains existing staff: "
          "stands alone"),
    ]
    return dict(
        language="da", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (Chromium; planstrategi): five icon tiles in a three-column grid, "
        "each an icon-font ligature name printed as text in a circle, a bold short title and "
        "one sentence, then a 'Plan | Ansvar | År' table; child PDF (python-docx → "
        "LibreOffice; varmeplan): goals as Word-numbered lists (numbering runs on 1–6) under "
        "headings that repeat the tiles' short titles, 'Indsats | Ansvarlig | År' tables, a "
        "page break, running header and bare page number",
        goals=goals_, kids=kids,
    )


# =========================================================================== 5 Brackenford (en)


@pair
def brackenford_station_quarter(d: Path) -> dict:
    so = [
        "To deliver at least 9,600 new homes over the plan period in sustainable locations.",
        "To provide affordable homes that meet local needs, including homes for older people.",
        "To regenerate Brackenford town centre as a vibrant place to live, work and visit.",
        "To support the growth of the local economy and provide land for 4,500 new jobs.",
        "To reduce the need to travel by car and make walking, cycling and public transport "
        "the natural choice.",
        "To achieve net zero carbon in new development and adapt to a changing climate.",
        "To protect and enhance the district's heritage assets and their settings.",
        "To protect and improve biodiversity, delivering at least 10% biodiversity net gain.",
        "To ensure that infrastructure, including schools and health facilities, is delivered "
        "alongside new development.",
        "To protect the Green Belt and the distinct character of the district's villages.",
    ]
    g = {f"SO{i}": t for i, t in enumerate(so, start=1)}
    parent = [
        ("title", "Brackenford Local Plan 2025–2042"),
        ("meta", "Brackenford District Council · Adopted 22 July 2026"),
        ("h1", "3 Spatial vision"),
        ("p", "By 2042 Brackenford will be a district of thriving market towns and distinctive "
         "villages, where growth is focused on the main town and its station, and where the "
         "countryside between settlements remains open."),
        ("h1", "4 Strategic objectives"),
        ("p", "The strategic objectives below turn the vision into outcomes against which the "
         "policies of this plan and of any Area Action Plan will be assessed."),
        ("table", ["Ref", "Strategic objective"],
         [[f"SO{i}", t] for i, t in enumerate(so, start=1)], [18, 152]),
        ("h1", "5 Monitoring"),
        ("p", "Progress is reported each December in the Authority Monitoring Report."),
    ]
    _reportlab(
        d / "parent.pdf", parent,
        title="Brackenford Local Plan 2025–2042",
        author="Brackenford District Council",
        creator="Brackenford District Council, Planning Policy",
        accent="#6a1b4d",
    )

    k = {
        "a1": "Around 850 new homes will be built on the former goods yard and the Mill Lane "
        "car park.",
        "a2": "At least 30% of the new homes will be affordable, with a share of flats designed "
        "for older residents.",
        "a3": "The station forecourt will become a public square with shops and cafés at ground "
        "floor.",
        "a4": "A new footbridge for walking and cycling will link the station to the High "
        "Street, and bus stops will move to the forecourt.",
        "a5": "The Victorian engine shed will be restored and brought back into use as a "
        "market hall.",
        "a6": "All new buildings will meet the Future Homes Standard and connect to a district "
        "heat network.",
        "a7": "Mill Brook will be opened up as a green corridor with wetland planting, "
        "delivering a biodiversity net gain of 20%.",
        "a8": "A delivery board with Network Rail and the landowners will meet every quarter to "
        "track progress.",
    }
    objs = [
        ("a1", "SO1, SO3", ["Outline application for the goods yard (2027)",
                             "Disposal of the Mill Lane car park"]),
        ("a2", "SO2", ["Section 106 agreement on tenure mix"]),
        ("a3", "SO3, SO4", ["Public realm design competition"]),
        ("a4", "SO5", ["Funding bid to the Active Travel Fund"]),
        ("a5", "SO7", ["Heritage Lottery bid", "Temporary market from 2027"]),
        ("a6", "SO6", ["Feasibility study for the heat network"]),
        ("a7", "SO8", ["Culvert removal with the Environment Agency"]),
        ("a8", "—", ["Annual monitoring note to Cabinet"]),
    ]
    body = [
        "<p class='crumb'>Brackenford District Council · Station Quarter Area Action Plan · "
        "Regulation 18 consultation draft, November 2026</p>",
        "<h1>Station Quarter Area Action Plan</h1>",
        "<p>The Area Action Plan sets out how the Station Quarter will change over the next "
        "fifteen years. Each objective shows which strategic objectives of the Local Plan "
        "2025–2042 it helps to deliver.</p>",
        "<h2>Objectives</h2>",
    ]
    for n, (key, links, acts) in enumerate(objs, start=1):
        body += [
            "<div class='obj'>",
            f"<div class='on'>AAP objective {n}</div>",
            f"<div class='ot'>{e(k[key])}</div>",
            f"<div class='tag'>Links to: {e(links)}</div>",
            "<ul>", *[f"<li>{e(a)}</li>" for a in acts], "</ul></div>",
        ]
    body += ["<h2>Next steps</h2>",
             "<p>Comments on this draft are welcome until 15 January 2027.</p>"]
    _chromium(
        _page(
            "en-GB", "Station Quarter Area Action Plan",
            "h1{font-size:19pt;color:#6a1b4d;margin:4px 0}"
            "h2{font-size:13.5pt;color:#6a1b4d;margin:14px 0 6px}"
            ".obj{border-left:4px solid #6a1b4d;padding:4px 8px;margin:8px 0;break-inside:avoid}"
            ".on{font-size:8.5pt;color:#6a1b4d;font-weight:bold}"
            ".ot{font-weight:bold;font-size:11pt;margin:2px 0}"
            ".tag{font-size:9pt;color:#555;margin:2px 0}"
            "ul{margin:2px 0 2px}",
            body,
        ),
        d / "child.pdf",
    )

    goals_ = [
        G("SO1", g["SO1"], "followed_up", [k["a1"]], ev="Around 850 new homes will",
          note="the goals are the 'Strategic objective' cells (ids SO1–SO10 from the Ref "
          "column); the spatial vision is not a goal. 850 homes at the station: the "
          "quarter's share of the district's housing"),
        G("SO2", g["SO2"], "followed_up", [k["a2"]], ev="At least 30% of the new homes",
          note="affordable homes and flats for older residents"),
        G("SO3", g["SO3"], "followed_up", [k["a1"], k["a3"]], ev="The station forecourt will",
          note="homes (live) and a square with shops and cafés (visit, work) at the station"),
        G("SO4", g["SO4"], "partial", [k["a3"]], ev="The station forecourt will",
          missing=["employment land or workspace in the quarter"],
          note="only the jobs in the ground-floor shops and cafés"),
        G("SO5", g["SO5"], "followed_up", [k["a4"], "Funding bid to the Active Travel Fund"], ev="A new footbridge for walking",
          note="walking and cycling bridge and bus stops at the station"),
        G("SO6", g["SO6"], "partial", [k["a6"]], ev="All new buildings will meet",
          missing=["adapting to a changing climate (flood risk, overheating)"],
          note="net zero in new buildings only"),
        G("SO7", g["SO7"], "partial", [k["a5"]], ev="The Victorian engine shed will",
          missing=["the settings of heritage assets"],
          note="one asset restored; nothing on settings"),
        G("SO8", g["SO8"], "followed_up", [k["a7"], "Culvert removal with the Environment Agency"], ev="Mill Brook will be opened up",
          note="a green corridor and wetland with 20% net gain, above the 10% asked"),
        G("SO9", g["SO9"], "not_followed_up",
          note="no school, health facility or other infrastructure tied to the 850 homes; "
          "the delivery board (with Network Rail) monitors progress, it does not deliver "
          "infrastructure"),
        G("SO10", g["SO10"], "not_followed_up",
          note="the Green Belt and the villages lie outside the quarter; nothing links to SO10"),
    ]
    kids = [
        C(k["a1"], ["SO1", "SO3"]),
        C(k["a2"], ["SO2"]),
        C(k["a3"], ["SO3", "SO4"]),
        C(k["a4"], ["SO5"]),
        C(k["a5"], ["SO7"]),
        C(k["a6"], ["SO6"]),
        C(k["a7"], ["SO8"]),
        C(k["a8"], [], note="'Links to: —': governance, stands alone"),
    ]
    return dict(
        language="en", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (reportlab; Local Plan): strategic objectives SO1–SO10 in one "
        "'Ref | Strategic objective' table after a spatial vision; child PDF (Chromium; Area "
        "Action Plan): objective cards 'AAP objective n', the objective in bold, a grey "
        "'Links to: SO3, SO7' line and action bullets",
        goals=goals_, kids=kids,
    )


# =========================================================================== main


def main(argv: list[str]) -> None:
    """Batch 14's gold writer and checks run on this folder's pairs; its header line names
    this builder."""
    _p14.HERE, _p14.PAIRS = HERE, PAIRS
    names = argv or list(PAIRS)
    _p14.main(names)
    for name in names:
        f = HERE / name / "parent-coverage.gold.yaml"
        f.write_text(
            f.read_text(encoding="utf-8").replace(
                "corpora/parents-blind14/make_pairs.py", "corpora/parents-blind16/make_pairs.py"
            ),
            encoding="utf-8",
        )


if __name__ == "__main__":
    main(sys.argv[1:])
