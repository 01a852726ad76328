"""Build the fourteenth blind batch of mandate/plan pairs under corpora/mandates-blind14/ and their gold.

Written on 2026-12-03 without reading plancheck's code, from how mandates are really delivered:
a Norwegian møtebok (Word to PDF) whose "Vedtak" gives the council's points lettered "a)" …
"h)" (the last one added by an amendment told in "Behandling", next to a proposal that fell) and
closes with a "Kommunestyret ber om at …" sentence; a nynorsk planprogram (Word to PDF) whose
"Utgreiingstema" are a two-level list typed by hand ("1⇥Tema" labels with "1.1⇥" … sub-points,
one of them wrapped over a page break); a Danish kommissorium (Word to PDF) with Baggrund /
Opgaven / Organisering / Tidsplan, whose points are the "Opgaven omfatter:" bullets and the rows
of the Tidsplan table; a Swedish uppdragsbeskrivning as a slide deck (odfpy .odp exported by
Impress) with the points on two slides; and an English project brief (Word to PDF) with
"Objectives", "Scope" and a RACI-like roles table whose consulted rows are process points. Plans
answer in their own words, only in a table row or a figure caption, in the introduction or the
meta line, in a back-page box, partly, only in passing, by deferral, or not at all; each trap is
noted in the gold.

    python corpora/mandates-blind14/make_pairs.py                  # all pairs
    python corpora/mandates-blind14/make_pairs.py skolskjuts      # some pairs

Imports the thirteenth batch's builder (corpora/mandates-blind13/make_pairs.py: P, web_pdf,
build_odfpy, build_rl_pdf, build_pdf_l, the construction check that leaves out footer lines and
the running header, and pdf_pages), the twelfth batch's build_docx_l, and the block, slide and
gold writers of corpora/mandates-blind/_build.py. Everything is pinned (zip times, core
properties, PDF dates/ids; reportlab with invariant=1), so a rebuild gives the same files.
"""

from __future__ import annotations

import importlib.util
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "mandates-blind"))
sys.path.insert(0, str(HERE.parent / "scripts"))

from _build import build_odp, odp_to_pdf, rendered_pages, write_gold  # noqa: E402


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


_b13 = _load("mandates_blind13_make_pairs", HERE.parent / "mandates-blind13" / "make_pairs.py")
P, web_pdf, build_odfpy, build_rl_pdf, build_pdf_l = (_b13.P, _b13.web_pdf, _b13.build_odfpy,
                                                      _b13.build_rl_pdf, _b13.build_pdf_l)
themed, pdf_pages, check_points_in_mandate = (_b13.themed, _b13.pdf_pages,
                                              _b13.check_points_in_mandate)
build_docx_l = _b13._b12.build_docx_l

PAIRS: dict[str, Callable[[Path], dict]] = {}


def pair(fn):
    PAIRS[fn.__name__.replace("_", "-")] = fn
    return fn


# =========================================================================== 1 bobil (nb)


@pair
def bobil(d: Path) -> dict:
    pts = [
        ("a", "kartlegge dagens bobilplasser, oppstillingsplasser og tømmestasjoner i kommunen, "
              "med antall plasser og hvem som eier dem,"),
        ("b", "vurdere behovet for nye bobilplasser langs fylkesveg 714 og ved fergeleiet på "
              "Breivikhamna,"),
        ("c", "foreslå hvordan tømming av gråvann og toalettavfall kan løses, slik at avfallet "
              "ikke havner i naturen,"),
        ("d", "avklare reglene for parkering og overnatting i bobil på kommunale "
              "parkeringsplasser og i sentrum,"),
        ("e", "vurdere om kommunen skal ta betalt for oppstilling, og hva inntektene skal brukes "
              "til,"),
        ("f", "beskrive hvordan hensynet til naboer, turstier og strandsonen kan ivaretas,"),
        ("g", "vurdere samarbeid med grunneiere og private campingplasser om nye plasser,"),
        ("h", "kartlegge hvordan bobilturismen påvirker handelen i Storsund sentrum og på "
              "Breivikhamna."),
    ]
    s1 = ("Planen skal ha en handlingsdel med tiltak, ansvar og kostnad som rulleres hvert "
          "år.")
    s2 = ("Kommunestyret ber om at planforslaget sendes på høring til velforeningene og "
          "Storsund næringsforening, og at planen legges fram for kommunestyret innen "
          "utgangen av 2029.")
    m = [
        ("meta", "STORSUND KOMMUNE"),
        ("title", "Møtebok"),
        ("meta", "Utvalg: Kommunestyret · Møtedato: 14.03.2029 · Møtested: Kommunestyresalen, "
                 "rådhuset"),
        ("meta", "Arkivsak: 29/412 · Saksbehandler: Håkon Rygg, næringsrådgiver"),
        ("h1", "PS 19/29 Oppstart av plan for bobilturisme"),
        ("p", "**Kommunedirektørens innstilling:**"),
        ("p", "Kommunestyret vedtar å starte arbeidet med en plan for bobilturisme i Storsund, "
              "slik det er beskrevet i saksframlegget."),
        ("p", "**Behandling:**"),
        ("p", "Trond Eikli (Sp) fremmet forslag om et nytt punkt h) om å kartlegge hvordan "
              "bobilturismen påvirker handelen i Storsund sentrum og på Breivikhamna."),
        ("p", "Line Moen (MDG) fremmet forslag om at planen også skal vurdere forbud mot "
              "overnatting i bobil utenfor godkjente plasser i hele kommunen."),
        ("p", "Votering: Innstillingen med Eiklis tilleggspunkt ble enstemmig vedtatt. Moens "
              "forslag falt med 6 mot 21 stemmer."),
        ("p", "**Vedtak:**"),
        ("p", "Kommunestyret vedtar å starte arbeidet med en plan for bobilturisme i Storsund "
              "for perioden 2030–2034. " + s1 + " Planen skal"),
    ] + [("typed", f"{k})", x, "\t", 8) for k, x in pts] + [
        ("p", s2),
        ("p", "Rett utskrift bekreftes. Storsund, 15.03.2029 · Ingrid Sæter, utvalgssekretær"),
    ]
    build_pdf_l(m, d / "motebok.pdf", word_lang="nb", title="Møtebok – kommunestyret "
                "14.03.2029", author="Storsund kommune", header="Storsund kommune – møtebok "
                "kommunestyret")
    p = [
        ("title", "Plan for bobilturisme i Storsund 2030–2034"),
        ("meta", "Storsund kommune · Kultur og næring · Vedtatt i kommunestyret 11.12.2029, "
                 "sak PS 88/29"),
        ("h1", "1 Innledning"),
        ("p", "Det kommer flere bobiler til Storsund for hver sommer. Denne planen skal gi dem "
              "gode plasser å stå uten at det går ut over dem som bor her, eller over naturen. "
              "Storsund næringsforening har lenge ønsket flere plasser nær sentrum, slik at de "
              "reisende stopper og handler."),
        ("p", "Planforslaget var på høring fra 2. september til 14. oktober 2029. Det kom "
              "uttalelser fra fire velforeninger, fra Storsund næringsforening og fra to "
              "grunneiere på Breivikneset."),
        ("h1", "2 Slik er det i dag"),
        ("p", "Tabellen viser stedene der bobiler kan stå eller tømme i dag."),
        ("table", ["Sted", "Plasser", "Tømming", "Eier"],
         [["Storsund camping, Nordmyra", "60", "Ja", "Privat"],
          ["Torget", "8", "Nei", "Kommunen"],
          ["Fergeleiet på Breivikhamna", "12", "Nei", "Statens vegvesen"],
          ["Renseanlegget på Nordmyra", "–", "Gråvann og latrine", "Kommunen"]],
         [60, 22, 42, 36]),
        ("p", "Storsund camping tar 300 kroner natta for en plass med strøm."),
        ("h1", "3 Nye plasser"),
        ("p", "Sommeren 2029 telte vi opptil 40 bobiler ved fergeleiet på Breivikhamna en "
              "vanlig kveld i juli, langt flere enn det er plass til. Vi foreslår derfor en ny "
              "plass med 25 oppstillingsplasser på tomta etter det gamle fryseriet på "
              "Breivikhamna."),
        ("h1", "4 Tømming og avfall"),
        ("p", "En ny tømmestasjon for gråvann og latrine bygges på Breivikhamna i 2030. "
              "Stasjonen ved renseanlegget på Nordmyra holdes åpen hele året, ikke bare om "
              "sommeren, og begge stasjonene får skilt på norsk, tysk og engelsk."),
        ("h1", "5 Bobiler i sentrum"),
        ("p", "På torget og i Strandgata blir det forbudt å parkere bobil mellom klokka 22 og "
              "07. Om dagen kan bobilene stå på de merkede plassene på torget i inntil fire "
              "timer."),
        ("h1", "6 Naboer og natur"),
        ("p", "Nye oppstillingsplasser legges minst 50 meter fra nærmeste bolig, og ingen "
              "plasser legges nærmere sjøen enn 100 meter. Kyststien rundt Breivikneset holdes "
              "fri for bobiler; parkeringa ved stistarten er for personbiler."),
        ("h1", "7 Handlingsdel"),
        ("p", "Handlingsdelen rulleres hvert år sammen med budsjettet."),
        ("table", ["Tiltak", "Ansvar", "År"],
         [["Ny bobilplass på tomta etter fryseriet, Breivikhamna", "Kultur og næring",
           "2030–2031"],
          ["Tømmestasjon på Breivikhamna", "Kommunalteknikk", "2030"],
          ["Skilting av forbudet på torget og i Strandgata", "Kommunalteknikk", "2030"],
          ["Brosjyre og nettside for bobilturister", "Kultur og næring", "2031"]],
         [90, 45, 25]),
    ]
    build_docx_l(p, d / "plan.docx", word_lang="nb", title="Plan for bobilturisme i Storsund "
                 "2030–2034", author="Storsund kommune", header="Storsund kommune – plan for "
                 "bobilturisme")
    t = {k: x.rstrip(",.") for k, x in pts}  # the gold leaves out the comma and the full stop
    g = [
        P("a", t["a"], "deliverable", "covered", ev="Sted Plasser Tømming Eier",
          trap="a point typed 'a)⇥' in the council's 'Vedtak' of a møtebok, after '… Planen "
          "skal' (comma left out); answered only in a table (Sted, Plasser, Tømming, Eier)"),
        P("b", t["b"], "content", "partial", ev="Sommeren 2029 telte vi",
          missing=["behovet langs fylkesveg 714"],
          trap="the need at the ferry quay is counted and answered with a new site; the county "
          "road is not mentioned"),
        P("c", t["c"], "content", "covered", ev="En ny tømmestasjon for gråvann",
          trap="answered in other words ('latrine' for toalettavfall, a new emptying station and "
          "one open all year)"),
        P("d", t["d"], "content", "partial", ev="På torget og i Strandgata blir",
          missing=["overnatting på de kommunale parkeringsplassene utenfor sentrum"],
          trap="the rules for the centre are set (heading 'Bobiler i sentrum'); the municipal "
          "car parks elsewhere are not"),
        P("e", t["e"], "content", "uncovered",
          trap="shared words: 'Storsund camping tar 300 kroner natta' is the private campsite's "
          "price; nothing on whether the municipality should charge or on the income"),
        P("f", t["f"], "content", "covered", ev="Nye oppstillingsplasser legges minst 50",
          trap="answered in other words ('nærmeste bolig' for naboer, 'nærmere sjøen' for "
          "strandsonen, 'Kyststien' for turstier)"),
        P("g", t["g"], "content", "uncovered",
          trap="shared words: the private campsite is a row of the table and its price is "
          "given, the landowners sent hearing statements; no cooperation is assessed"),
        P("h", t["h"], "content", "uncovered",
          trap="the point added by the amendment told in 'Behandling' (its words are printed "
          "twice in the møtebok; Moen's proposal, which fell, is no point); shared words in the "
          "introduction ('næringsforening … stopper og handler') are a wish, not a survey of "
          "trade"),
        P("S1", s1, "deliverable", "partial", ev="Handlingsdelen rulleres hvert år",
          missing=["kostnad for tiltakene"],
          trap="a requirement in the prose of the 'Vedtak' before the lettered list; the "
          "action table has Tiltak, Ansvar and År but no cost"),
        P("S2", s2, "process", "covered", ev="Planforslaget var på høring fra 2.",
          trap="the closing 'Kommunestyret ber om at …' sentence of the vedtak (two concerns in "
          "one sentence); the hearing and the statements are in the introduction, the adoption "
          "(11.12.2029) in the meta line"),
    ]
    return dict(language="nb", mandate="motebok.pdf", plan="plan.docx",
                producer="møtebok PDF (Word export): the kommunedirektør's innstilling in prose, "
                "'Behandling' with an amendment that was adopted and a proposal that fell, "
                "'Vedtak' with a requirement in its prose, points typed 'a)⇥' … 'h)⇥' and a "
                "closing 'Kommunestyret ber om at …' sentence; plan .docx (kept) with a table of "
                "today's sites and an action table without a cost column", points=g)


# =========================================================================== 2 vindkraft (nn)


VINDKRAFT_SPACE = 32  # points of empty space before chapter 4, so that 4.1 breaks over a page


@pair
def vindkraft(d: Path) -> dict:
    tree = [
        ("1", "Landskap og synlegheit", [
            ("1.1", "Vise korleis turbinane vil sjåast frå busetnaden i Skardal og Øvre Vik og "
                    "frå fjorden, med visualiseringar frå minst seks stader."),
            ("1.2", "Kartleggje verknaden for inngrepsfrie naturområde (INON)."),
        ]),
        ("2", "Naturmangfald", [
            ("2.1", "Kartleggje fugletrekket og hekkeplassane til havørn og kongeørn i "
                    "planområdet og i ei sone på to kilometer rundt det."),
            ("2.2", "Vurdere verknaden for myrane på Storheia, medrekna klimagassutsleppet frå "
                    "myr som blir øydelagd."),
        ]),
        ("3", "Støy og skuggekast", [
            ("3.1", "Berekne støy og skuggekast for alle bustader og fritidsbustader innanfor "
                    "tre kilometer frå næraste turbin."),
        ]),
        ("4", "Friluftsliv og reiseliv", [
            ("4.1", "Beskrive korleis turstiane og skiløypene på Storheia blir påverka i "
                    "anleggsfasen og i driftsfasen, og kva som skal til for at dei kan brukast "
                    "som før når turbinane står ferdige."),
            ("4.2", "Vurdere verknaden for reiselivsbedriftene i Skardal."),
        ]),
        ("5", "Samfunn og økonomi", [
            ("5.1", "Greie ut kva inntekter kommunen kan få frå eigedomsskatt, "
                    "produksjonsavgift og eventuelle avtalar med utbyggjaren."),
            ("5.2", "Vurdere kor mange lokale arbeidsplassar utbygginga kan gi."),
        ]),
        ("6", "Infrastruktur", [
            ("6.1", "Vise trasé for tilkomstvegen og for nettilknytinga til Skardal "
                    "transformatorstasjon."),
            ("6.2", "Vurdere om drikkevasskjelda i Heiavatnet kan bli påverka."),
        ]),
    ]
    s1 = "Det skal haldast ope møte både i Skardal og i Øvre Vik medan planforslaget ligg ute."
    s2 = "Planforslaget skal liggje ute til offentleg ettersyn i minst åtte veker."
    lst: list[tuple] = []
    for num, label, subs in tree:
        lst.append(("typed", num, label, "\t", 10))
        lst += [("typed", n, x, "\t", 12, 10) for n, x in subs]
    m = [
        ("meta", "SKARDAL KOMMUNE · Plan og utvikling · Arkivsak 29/1180"),
        ("title", "Planprogram for kommunedelplan for vindkraft på Storheia"),
        ("meta", "Fastsett av formannskapet 3. september 2029"),
        ("h1", "1 Bakgrunn"),
        ("p", "Nordvind Skardal AS har meldt at selskapet vil søkje konsesjon for ein vindpark "
              "på Storheia, sør for Heiavatnet. Etter lovendringa i 2023 må areala for "
              "vindkraft vere avklarte i plan etter plan- og bygningslova før konsesjon kan "
              "givast. Kommunestyret vedtok difor 14. juni 2029 å lage ein kommunedelplan for "
              "området."),
        ("h1", "2 Føremål"),
        ("p", "Kommunedelplanen skal avklare om, og i så fall kvar, det kan byggjast "
              "vindturbinar på Storheia, og kva omsyn som skal takast til natur, busetnad og "
              "friluftsliv."),
        ("h1", "3 Planområdet"),
        ("p", "Planområdet er om lag 18 km² og ligg mellom 500 og 780 meter over havet. Det "
              "meste er snaufjell og myr. Området blir mykje brukt til jakt, fotturar og "
              "skiturar, og det går ei merkt løype frå Heiasetra til Heiatoppen."),
        ("space", VINDKRAFT_SPACE),
        ("h1", "4 Utgreiingstema"),
        ("p", "Planen skal greie ut desse tema. Under kvart tema står det kva utgreiinga skal "
              "svare på."),
        *lst,
        ("h1", "5 Medverknad og framdrift"),
        ("p", "Plan og utvikling har ansvaret for planarbeidet. " + s1 + " " + s2
              + " Kommunestyret tek sikte på å handsame planen hausten 2030."),
    ]
    header = "Skardal kommune – planprogram vindkraft"
    build_pdf_l(m, d / "planprogram.pdf", word_lang="nb", title="Planprogram – kommunedelplan "
                "for vindkraft på Storheia", author="Skardal kommune", header=header,
                lang="nn-NO")
    # the layout this pair is about: sub-point 4.1 starts on page 1 and ends on page 2
    pages = pdf_pages(d / "planprogram.pdf")
    if not ("4.1" in pages[0] and "turstiane" in pages[0] and "ferdige." in pages[1]
            and "4.1" not in pages[1]):
        raise SystemExit("vindkraft: 4.1 does not break over the page; tune VINDKRAFT_SPACE")
    p = [
        ("title", "Kommunedelplan for vindkraft på Storheia"),
        ("meta", "Skardal kommune · Planomtale · Plan og utvikling · Mai 2030"),
        ("h1", "1 Innleiing"),
        ("p", "Planen opnar for inntil 14 vindturbinar på Storheia, med ein samla effekt på om "
              "lag 80 MW. Planforslaget låg ute til offentleg ettersyn frå 1. mars til 12. april "
              "2030. Det var ope møte i Skardal samfunnshus 12. mars, og om lag 90 personar "
              "kom."),
        ("h1", "2 Korleis vindparken vil sjå ut"),
        ("p", "Det er laga fotomontasjar frå åtte stader, mellom anna frå kyrkja i Skardal, frå "
              "skulen i Øvre Vik og frå ferja over Skardalsfjorden. Frå Skardal sentrum vil ein "
              "sjå rotorblada på ti av turbinane over heiakanten."),
        ("h1", "3 Verknader for naturen"),
        ("table", ["Tema", "Verknad", "Grad"],
         [["Villmark", "Område som ligg meir enn fem kilometer frå tyngre tekniske inngrep, "
           "minkar med 4,2 km²", "Stor negativ"],
          ["Myr", "Om lag 30 dekar myr blir bygd ned av vegar og oppstillingsplassar",
           "Middels negativ"],
          ["Kulturminne", "Ingen kjende kulturminne i planområdet", "Ubetydeleg"]],
         [30, 95, 35]),
        ("h2", "Fugl"),
        ("p", "Det er registrert to hekkeplassar for havørn innanfor to kilometer frå "
              "planområdet. Turbin 7 og 8 er flytta 600 meter vestover for å halde avstand til "
              "reira."),
        ("h1", "4 Støy og skuggekast"),
        ("p", "Berekningane omfattar alle 64 bustader og 21 hytter innanfor tre kilometer frå "
              "turbinane. Ingen bustader får støy over 45 dB. Tre hytter ved Heiatjørna får "
              "meir enn 30 timar roterande skuggar i året; der skal turbinane stoppast når sola "
              "står lågt."),
        ("h1", "5 Friluftsliv"),
        ("p", "Skiløypa frå Heiasetra til Heiatoppen blir lagd om utanom den nye vegen, slik at "
              "ho ikkje kryssar han."),
        ("p", "Skardal Fjordhotell og campingplassen på Vika var med på det opne møtet."),
        ("h1", "6 Inntekter til kommunen"),
        ("p", "Kommunen vil få om lag 6 millionar kroner i året i eigedomsskatt og om lag 2,5 "
              "millionar i produksjonsavgift. Det er ikkje gjort nokon avtale med utbyggjaren "
              "om anna kompensasjon, og kommunen vil ikkje forhandle om det før konsesjonen er "
              "avgjord."),
        ("p", "I anleggsfasen vil det køyre om lag 20 tunge køyretøy om dagen på fylkesvegen "
              "gjennom Øvre Vik."),
        ("h1", "7 Veg, nett og vatn"),
        ("p", "Tilkomstvegen går frå fylkesvegen ved Heiabrua og er 6,5 km lang. Kvar "
              "kraftlina til transformatorstasjonen skal gå, blir avklart i konsesjonssaka."),
        ("p", "Nedbørfeltet til Heiavatnet, som Skardal vassverk hentar vatnet sitt frå, ligg "
              "aust for planområdet. Ingen turbinar, vegar eller oppstillingsplassar drenerer "
              "mot vatnet."),
    ]
    build_rl_pdf(d / "plan.pdf", title="Kommunedelplan for vindkraft på Storheia",
                 author="Skardal kommune", creator="Planbehandlingssystem", running="Skardal "
                 "kommune – kommunedelplan for vindkraft", blocks=p, page_word="Side")
    t = {n: x for _, _, subs in tree for n, x in subs}
    g = [
        P("1.1", t["1.1"], "content", "covered", ev="Det er laga fotomontasjar frå åtte",
          trap="a sub-point typed '1.1⇥' under a typed label '1⇥Landskap og synlegheit' (the "
          "labels are no points); answered in other words ('fotomontasjar' for "
          "visualiseringar, the church, the school and the ferry for busetnad and fjord)"),
        P("1.2", t["1.2"], "content", "covered", ev="Tema Verknad Grad",
          trap="answered only by the row 'Villmark' of the effects table, in other words (more "
          "than five kilometres from heavy installations is the INON definition)"),
        P("2.1", t["2.1"], "content", "partial", ev="Det er registrert to hekkeplassar",
          missing=["fugletrekket", "kongeørn"],
          trap="sea eagle nests and a two-kilometre zone answered; migration and golden eagle "
          "not"),
        P("2.2", t["2.2"], "content", "partial", ev="Tema Verknad Grad",
          missing=["klimagassutsleppet frå myra"],
          trap="the row 'Myr' of the effects table gives the area built on; no emissions"),
        P("3.1", t["3.1"], "content", "covered", ev="Berekningane omfattar alle 64",
          trap="answered in other words ('hytter' for fritidsbustader, 'roterande skuggar' for "
          "skuggekast)"),
        P("4.1", t["4.1"], "content", "partial", ev="Skiløypa frå Heiasetra til Heiatoppen",
          missing=["turstiane", "anleggsfasen"],
          trap="the sub-point wraps over the page break (footer 'Side 1 av 2' and the running "
          "header inside it); the ski trail is rerouted, the footpaths and the construction "
          "phase are not treated"),
        P("4.2", t["4.2"], "content", "uncovered",
          trap="shared words: the hotel and the campsite came to the public meeting; no "
          "assessment of the effect on them"),
        P("5.1", t["5.1"], "content", "covered", ev="Kommunen vil få om lag 6 millionar",
          trap="answered under 'Inntekter til kommunen', the possible agreement included (none "
          "is made, none before the licence)"),
        P("5.2", t["5.2"], "content", "uncovered",
          trap="shared words: 'I anleggsfasen vil det køyre om lag 20 tunge køyretøy' is "
          "traffic, not jobs"),
        P("6.1", t["6.1"], "content", "partial", ev="Tilkomstvegen går frå fylkesvegen",
          missing=["traseen for nettilknytinga"],
          trap="the access road is given; the grid connection is deferred to the licensing "
          "case"),
        P("6.2", t["6.2"], "content", "covered", ev="Nedbørfeltet til Heiavatnet",
          trap="answered in other words ('Nedbørfeltet', 'vassverk', 'drenerer mot vatnet')"),
        P("S1", s1, "process", "partial", ev="Planen opnar for inntil 14 vindturbinar",
          missing=["ope møte i Øvre Vik"],
          trap="a requirement in the prose of 'Medverknad og framdrift' around sentences that "
          "are none ('Plan og utvikling har ansvaret …', 'Kommunestyret tek sikte på …'); one "
          "meeting in Skardal, told in the introduction"),
        P("S2", s2, "process", "uncovered",
          trap="answered with dates that do not meet it: 1 March to 12 April is six weeks, not "
          "eight"),
    ]
    return dict(language="nn", mandate="planprogram.pdf", plan="plan.pdf", header=header,
                producer="planprogram PDF (Word export, 'Side n av m'): a two-level list typed "
                "by hand in '4 Utgreiingstema' (labels '1⇥' … '6⇥' that are no points, "
                "sub-points '1.1⇥' … '6.2⇥' with a hanging indent), 4.1 over a page break, two "
                "requirements in 'Medverknad og framdrift' around sentences that are none; plan "
                "laid out with reportlab, with an effects table", points=g)


# =========================================================================== 3 kystbeskyttelse (da)


@pair
def kystbeskyttelse(d: Path) -> dict:
    opg = [
        "en kortlægning af, hvilke strækninger der er truet af erosion og oversvømmelse frem "
        "mod 2070",
        "en vurdering af, om der skal fodres med sand, bygges høfder eller bygges diger på de "
        "mest udsatte strækninger",
        "forslag til, hvordan udgifterne fordeles mellem kommunen og de grundejere, der har "
        "gavn af beskyttelsen",
        "en beskrivelse af, hvordan kystbeskyttelsen påvirker Natura 2000-området ved Hedeby "
        "Klit",
        "en vurdering af adgangen til stranden og af badevandskvaliteten, hvor der bygges "
        "beskyttelse",
        "forslag til, hvor der ikke må udlægges nye sommerhuse eller boliger på grund af "
        "risikoen",
        "en beskrivelse af, hvordan borgerne varsles ved stormflod",
    ]
    plan_rows = [
        ("Kortlægning af udsatte strækninger færdig", "1. april 2029"),
        ("Borgermøde om forslag til tiltak", "juni 2029"),
        ("Udkast til strategi behandles i Teknik- og Miljøudvalget", "1. oktober 2029"),
        ("Endelig strategi vedtages i Byrådet", "31. januar 2030"),
    ]
    s1 = "Grundejerforeningerne langs kysten skal inddrages gennem mindst to dialogmøder."
    m = [
        ("meta", "Vesterhede Kommune · Teknik og Miljø · Sag 28-1442"),
        ("title", "Kommissorium for arbejdsgruppen om kystbeskyttelse"),
        ("meta", "Godkendt af Teknik- og Miljøudvalget den 6. november 2028"),
        ("h1", "Baggrund"),
        ("p", "Stormfloden i januar 2028 oversvømmede 40 sommerhuse på Sønderstrand og tog en "
              "del af klitten ved Hedeby Strand. Kysten ved Vesterhede rykker i gennemsnit en "
              "meter ind i landet om året, og havet ventes at stige med op til en halv meter "
              "inden 2100."),
        ("p", "Udvalget har derfor besluttet at nedsætte en arbejdsgruppe, som skal udarbejde "
              "en kystbeskyttelsesstrategi for hele kommunens kyststrækning."),
        ("h1", "Opgaven"),
        ("p", "Arbejdsgruppen udarbejder et forslag til en kystbeskyttelsesstrategi for "
              "2030–2040. Opgaven omfatter:"),
        ("bullets", opg),
        ("h1", "Organisering"),
        ("p", "Arbejdsgruppen ledes af vejchefen og består af medarbejdere fra Natur, Plan og "
              "Beredskab. " + s1 + " Kystdirektoratet inviteres til at deltage som rådgiver. "
              "Arbejdsgruppen kan købe ekstern rådgivning for op til 300.000 kr."),
        ("h1", "Tidsplan"),
        ("table", ["Leverance", "Frist"], [list(r) for r in plan_rows], [115, 45]),
    ]
    build_pdf_l(m, d / "kommissorium.pdf", word_lang="da", title="Kommissorium – "
                "kystbeskyttelse", author="Vesterhede Kommune", header="Vesterhede Kommune – "
                "kommissorium", lang="da-DK")
    p = [
        ("meta", "Vedtaget af Byrådet den 29. januar 2030 · Teknik og Miljø"),
        ("h2", "Sådan har vi arbejdet"),
        ("p", "Kortlægningen af kysten blev færdig i marts 2029 og er grundlaget for "
              "strategien. I juni 2029 holdt vi et borgermøde i Hedeby Forsamlingshus, hvor vi "
              "fortalte om kortlægningen og svarede på spørgsmål. Vi har også holdt et "
              "dialogmøde med Sønderstrand Grundejerforening om, hvordan udgifterne kan deles."),
        ("p", "Udkastet blev drøftet i Klimaudvalget den 24. september 2029."),
        ("h2", "Kysten frem mod 2070"),
        ("table", ["Strækning", "Tilbagerykning i dag", "Risiko for oversvømmelse i 2070"],
         [["Sønderstrand", "1,5 m om året", "Høj"],
          ["Hedeby Strand", "0,8 m om året", "Middel"],
          ["Nørre Vesterhede", "0,3 m om året", "Lav"],
          ["Havnen", "–", "Høj"]]),
        ("fig", "Figur 1 Den røde zone: arealer, som havet kan nå inden 2070. Her udlægges "
                "ingen nye sommerhuse eller boliger."),
        ("h2", "Sand i stedet for sten"),
        ("p", "På Sønderstrand fodres stranden med 100.000 m³ sand hvert femte år. Ved Hedeby "
              "Strand forstærkes klitten med sand og plantes med hjelme."),
        ("h2", "Hvem betaler?"),
        ("p", "Grundejerne på Sønderstrand betaler 70 procent af sandfodringen gennem et "
              "kystbeskyttelseslag. Kommunen betaler resten, fordi vejen langs stranden og "
              "selve stranden er offentlige."),
        ("h2", "Naturen"),
        ("p", "Hedeby Klit er en del af Natura 2000-område nr. 66 og rummer grå klit og "
              "klitlavninger."),
        ("h2", "Adgang til stranden"),
        ("p", "Der bygges trapper over klitten ved de tre største strandnedgange, så alle "
              "stadig kan komme ned til vandet."),
        ("h2", "Beredskab"),
        ("p", "Varsling ved stormflod sker efter kommunens beredskabsplan."),
    ]
    web_pdf(d / "plan.pdf", title="Kystbeskyttelsesstrategi 2030–2040", nav="Vesterhede "
            "Kommune · Natur og miljø · Kyst og klima", foot="vesterhede.dk/kyst · Senest "
            "opdateret 3. februar 2030", blocks=p, lang="da", accent="#00566b")
    t = list(opg) + [themed(a, b) for a, b in plan_rows]
    g = [
        P("1", t[0], "deliverable", "covered",
          ev="Strækning Tilbagerykning i dag Risiko for oversvømmelse i 2070",
          trap="a Word bullet after 'Opgaven omfatter:' in a kommissorium (no marker: numbered "
          "by position, 1–7, then the Tidsplan rows 8–11); answered only in a table"),
        P("2", t[1], "content", "partial", ev="På Sønderstrand fodres stranden",
          missing=["høfder og diger er ikke vurderet"],
          trap="sand nourishment is chosen under 'Sand i stedet for sten'; the other two "
          "options are not weighed"),
        P("3", t[2], "content", "covered", ev="Grundejerne på Sønderstrand betaler 70",
          trap="answered under the question heading 'Hvem betaler?', in other words"),
        P("4", t[3], "content", "uncovered",
          trap="shared words: the Natura 2000 area is named and described; the effect of the "
          "protection on it is not"),
        P("5", t[4], "content", "partial", ev="Der bygges trapper over klitten",
          missing=["badevandskvaliteten"],
          trap="access answered (stairs over the dune); bathing water quality not"),
        P("6", t[5], "content", "covered", ev="Figur 1 Den røde zone",
          trap="answered only in a figure caption under an empty map area ('Her udlægges ingen "
          "nye sommerhuse eller boliger')"),
        P("7", t[6], "content", "uncovered",
          trap="named in passing and deferred: 'Varsling ved stormflod sker efter kommunens "
          "beredskabsplan' describes nothing"),
        P("8", t[7], "deliverable", "covered", ev="Kortlægningen af kysten blev færdig",
          trap="a row of the 'Tidsplan' table (Leverance and Frist joined with ': ', the date is "
          "part of the point); met in March 2029, before the deadline"),
        P("9", t[8], "process", "partial", ev="Kortlægningen af kysten blev færdig",
          missing=["forslagene til tiltak blev ikke drøftet på mødet"],
          trap="a meeting was held in June 2029, but about the mapping, not about proposed "
          "measures"),
        P("10", t[9], "process", "uncovered",
          trap="a body named, the wrong one: the draft went to the Klimaudvalg, not to the "
          "Teknik- og Miljøudvalg"),
        P("11", t[10], "process", "covered", ev="Vedtaget af Byrådet den 29. januar 2030",
          trap="answered only in the page's meta line (29 January, before the 31st)"),
        P("S1", s1, "process", "partial", ev="Kortlægningen af kysten blev færdig",
          missing=["det andet dialogmøde", "de øvrige grundejerforeninger"],
          trap="a requirement in the prose of 'Organisering' around sentences that are none "
          "('Arbejdsgruppen ledes af …', 'Kystdirektoratet inviteres …', 'Arbejdsgruppen kan "
          "købe …'); one meeting with one association"),
    ]
    return dict(language="da", mandate="kommissorium.pdf", plan="plan.pdf",
                producer="kommissorium PDF (Word export, 'Side n af m'): Baggrund / Opgaven / "
                "Organisering / Tidsplan, seven Word bullets after 'Opgaven omfatter:', four "
                "rows of a 'Leverance | Frist' table, a requirement in 'Organisering' around "
                "sentences that are none; plan the municipality's web page printed with "
                "Chromium, with a table and a map caption", points=g)


# =========================================================================== 4 skolskjuts (sv)


@pair
def skolskjuts(d: Path) -> dict:
    first = [
        "Beskriva dagens skolskjutsorganisation: antal elever, linjer och kostnader",
        "Föreslå nya riktlinjer för rätt till skolskjuts, bland annat avståndsgränser per "
        "årskurs",
        "Bedöma trafiksäkerheten vid hållplatserna längs väg 612 och väg 618",
        "Pröva om fler elever kan åka med den allmänna kollektivtrafiken",
        "Redovisa hur skolskjuts ska ordnas för elever med växelvis boende",
    ]
    second = [
        "Bedöma om den längsta restiden kan kortas till 45 minuter enkel väg",
        "Föreslå hur vårdnadshavare ska få veta när turerna ändras",
        "Beskriva hur skolskjutsen ska ordnas för elever i anpassad grundskola",
        "Analysera vad förslagen får för konsekvenser för barnen",
        "Jämföra kostnaden för skolskjuts i egen regi med upphandlad taxi",
    ]
    s1 = "Elevråden på de tre högstadieskolorna ska höras innan förslaget lämnas."
    s2 = "Förslaget ska redovisas för nämnden senast i oktober 2029."
    slides = [
        ("Översyn av skolskjutsverksamheten",
         ["Uppdragsbeskrivning", "Barn- och utbildningsnämnden 12 februari 2029",
          "Maria Lundqvist, kanslichef"]),
        ("Varför en översyn?",
         ["• 1 140 elever åker skolskjuts varje skoldag",
          "• Kostnaden har ökat med 22 procent sedan 2025",
          "• Avtalet med Länstrafiken löper ut sommaren 2030"]),
        ("Uppdraget (1/2)", ["Utredningen ska:"] + [f"• {x}" for x in first]),
        ("Uppdraget (2/2)", [f"• {x}" for x in second]),
        ("Avgränsning",
         ["Ingår inte i uppdraget:", "• Resor till och från fritidshem",
          "• Busskort för gymnasieelever"]),
        ("Organisation och tidplan",
         ["Utredare: Maria Lundqvist. Styrgrupp: förvaltningens ledningsgrupp.", s1, s2,
          "Arbetet ryms inom förvaltningens budget."]),
    ]
    with tempfile.TemporaryDirectory(prefix="bmand14-odp-") as tmp:
        odp = Path(tmp) / "uppdrag.odp"
        build_odp(slides, odp, footer="Ljungsala kommun · Barn- och utbildningsförvaltningen")
        odp_to_pdf(odp, d / "uppdrag.pdf")
    p = [
        ("title", "Översyn av skolskjutsverksamheten"),
        ("meta", "Ljungsala kommun · Barn- och utbildningsförvaltningen · Dnr BUN 2029/118"),
        ("h1", "1 Sammanfattning"),
        ("p", "Förslaget lämnas till barn- och utbildningsnämnden den 22 oktober 2029. Det ger "
              "nya regler för vem som får skolskjuts, flyttar omkring 260 elever till de "
              "vanliga bussarna och sänker kostnaden med cirka 3 miljoner kronor om året."),
        ("p", "Elevråden på två av de tre högstadieskolorna, Ljungskolan och Bergaskolan, har "
              "lämnat synpunkter på de nya linjerna."),
        ("h1", "2 Skolskjutsen i dag"),
        ("p", "Varje skoldag åker 1 140 elever skolskjuts på 34 linjer. Skolskjutsen kostade "
              "41,3 miljoner kronor 2028, varav 29 miljoner gick till Länstrafiken och resten "
              "till taxi."),
        ("p", "Ungefär var tionde elev bor växelvis hos två vårdnadshavare."),
        ("p", "Taxi Ljungsala AB kör i dag sju av linjerna."),
        ("h1", "3 Vem får skolskjuts?"),
        ("p", "Rätten till skolskjuts avgörs av avståndet mellan hemmet och skolan:"),
        ("table", ["Årskurs", "Avstånd"],
         [["F–3", "minst 2 km"], ["4–6", "minst 3 km"], ["7–9", "minst 4 km"]], [40, 60]),
        ("h1", "4 Fler elever i linjetrafiken"),
        ("p", "Elever som bor i Ljungsala tätort och i Norrby ska från hösten 2030 åka med de "
              "vanliga bussarna i linjetrafiken i stället för med särskilda skolbussar. Det "
              "gäller omkring 260 elever."),
        ("h1", "5 Restider"),
        ("p", "Med de nya linjerna blir den längsta restiden 55 minuter, för elever i Västra "
              "Mossen. Kortare än så går inte utan en extra buss, som skulle kosta 1,4 "
              "miljoner kronor om året."),
        ("p", "Barnkonsekvensanalysen visar att de längre restiderna främst drabbar de yngsta "
              "eleverna i Västra Mossen, som därför får åka först på morgonen."),
        ("h1", "6 Hållplatser"),
        ("p", "Tillsammans med Trafikverket har vi gått igenom hållplatserna längs väg 612. "
              "Fyra hållplatser flyttas och två får belysning."),
        ("h1", "7 Övrigt"),
        ("p", "Turerna ändras två gånger om året, i augusti och i januari."),
        ("p", "Skolskjuts för elever i anpassad grundskola utreds separat under 2030."),
    ]
    build_odfpy(p, d / "plan.odt", title="Översyn av skolskjutsverksamheten", lang="sv")
    t = first + second
    g = [
        P("1", t[0], "deliverable", "covered", ev="Varje skoldag åker 1 140 elever",
          trap="a typed bullet '• ' on the slide 'Uppdraget (1/2)' of a deck (odp exported by "
          "Impress), after 'Utredningen ska:'; numbered by position over both slides (1–10); "
          "the 'Avgränsning' bullets are no points; answered in other words"),
        P("2", t[1], "content", "covered", ev="Rätten till skolskjuts avgörs av",
          trap="answered by a table 'Årskurs | Avstånd' under the question heading 'Vem får "
          "skolskjuts?'"),
        P("3", t[2], "content", "partial", ev="Tillsammans med Trafikverket har vi",
          missing=["hållplatserna längs väg 618"],
          trap="road 612 answered, road 618 not"),
        P("4", t[3], "content", "covered", ev="Elever som bor i Ljungsala tätort",
          trap="answered in other words ('de vanliga bussarna i linjetrafiken')"),
        P("5", t[4], "content", "uncovered",
          trap="shared words: 'Ungefär var tionde elev bor växelvis' is a fact; how their "
          "transport is arranged is not said"),
        P("6", t[5], "content", "covered", ev="Med de nya linjerna blir den längsta",
          trap="a bullet on the second slide 'Uppdraget (2/2)'; assessed, with a negative "
          "answer (55 minutes, shorter only with an extra bus at a cost) — a 'no' is an "
          "answer"),
        P("7", t[6], "content", "uncovered",
          trap="shared words: 'Turerna ändras två gånger om året' says when, not how guardians "
          "are told"),
        P("8", t[7], "content", "uncovered",
          trap="deferred: 'utreds separat under 2030'"),
        P("9", t[8], "content", "partial", ev="Barnkonsekvensanalysen visar att",
          missing=["konsekvenserna av de nya avståndsgränserna"],
          trap="answered in other words for the travel times only ('Barnkonsekvensanalysen')"),
        P("10", t[9], "content", "uncovered",
          trap="shared words: 'Taxi Ljungsala AB kör i dag sju av linjerna' and the split of the "
          "cost between Länstrafiken and taxi are no comparison with own operation"),
        P("S1", s1, "process", "partial", ev="Elevråden på två av de tre",
          missing=["elevrådet på den tredje högstadieskolan"],
          trap="a requirement on the slide 'Organisation och tidplan' among lines that are none "
          "('Utredare: …', 'Arbetet ryms inom förvaltningens budget'); two of three"),
        P("S2", s2, "process", "covered", ev="Förslaget lämnas till barn- och",
          trap="met in the summary (22 October 2029)"),
    ]
    return dict(language="sv", mandate="uppdrag.pdf", plan="plan.odt",
                producer="uppdragsbeskrivning as a slide deck (odp written with odfpy, exported "
                "by Impress): ten typed '• ' bullets on two slides 'Uppdraget (1/2)' and '(2/2)', "
                "an 'Avgränsning' slide with bullets that are no points, two requirements on "
                "'Organisation och tidplan' among lines that are none; plan .odt written with "
                "odfpy (kept as .odt) with a distance table", points=g)


# =========================================================================== 5 street-trees (en)


@pair
def street_trees(d: Path) -> dict:
    objectives = [
        ("O1", "Set a canopy cover target for each town by 2045 and show how it will be "
               "reached."),
        ("O2", "Establish a policy for replacing every street tree that is felled, including "
               "where the replacement is planted."),
        ("O3", "Set out a planting programme for the first five years, with numbers and "
               "locations."),
        ("O4", "Identify the funding needed to plant the new trees and to maintain them."),
    ]
    scope = [
        "set out a cyclical inspection regime, with an inspection frequency for each risk zone",
        "explain how residents can request a street tree or report a problem with one",
        "address subsidence claims and trees close to buildings",
        "consider species choice for a changing climate, including drought tolerance",
    ]
    roles = [
        ("Head of Environment", "A", "Signs off the brief and the draft strategy"),
        ("Tree Officer", "R", "Leads the project and writes the strategy"),
        ("County Highways", "C", "Consulted on planting in the highway and on visibility at "
         "junctions"),
        ("Utility companies", "C", "Consulted on underground services near planting pits"),
        ("Tree wardens and residents' groups", "C", "Consulted at two workshops before the "
         "draft is written"),
        ("Ward members", "I", "Kept informed through the members' bulletin"),
    ]
    s1 = "The final strategy must be published before the planting season starts in November 2029."
    s2 = "The strategy must include an action plan with a named lead for every action."
    m = [
        ("meta", "Calderbrook District Council · Place and Environment Directorate"),
        ("title", "Project Brief: Street Tree Strategy"),
        ("meta", "Version 1.2 · Approved by the Environment Portfolio Holder, 9 January 2029"),
        ("h1", "1 Background"),
        ("p", "Calderbrook has about 6,400 street trees. Many of the cherries planted in the "
              "1970s are at the end of their lives, and 140 street trees were felled in 2028 "
              "without being replaced. The Council declared a climate emergency in 2025 and "
              "committed itself to more tree cover in its towns."),
        ("h1", "2 Objectives"),
    ] + [("typed", n, x, "\t", 12) for n, x in objectives] + [
        ("h1", "3 Scope"),
        ("p", "The strategy will:"),
        ("bullets", scope),
        ("p", "Trees in parks, cemeteries and on the Council's housing land are outside the "
              "scope of this project."),
        ("h1", "4 Roles"),
        ("table", ["Who", "RACI", "Involvement"], [list(r) for r in roles], [50, 16, 94]),
        ("h1", "5 Timescale and governance"),
        ("p", "The draft strategy will go to the Environment Overview and Scrutiny Committee in "
              "June 2029. " + s1 + " " + s2 + " The project has no budget of its own."),
    ]
    header = "Calderbrook District Council – project brief"
    build_pdf_l(m, d / "brief.pdf", word_lang="en", title="Project Brief – Street Tree "
                "Strategy", author="Calderbrook District Council", header=header, lang="en-GB")
    # the layout this pair is about: S1 starts on page 1 and ends on page 2
    pages = pdf_pages(d / "brief.pdf")
    if not ("The final strategy must" in pages[0] and "2029. The strategy must" in pages[1]):
        raise SystemExit("street-trees: S1 does not break over the page")
    p = [
        ("title", "Calderbrook Street Tree Strategy 2030–2045"),
        ("meta", "Calderbrook District Council · Place and Environment"),
        ("h1", "1 Introduction"),
        ("p", "This strategy covers the 6,400 trees in streets and on highway verges that the "
              "Council looks after. It was written by the Tree Officer with help from the "
              "Calderbrook Tree Wardens, who held a workshop with us in March 2029."),
        ("p", "Many pavements in the older streets carry gas, water and telecoms services close "
              "to the surface."),
        ("h1", "2 More shade by 2045"),
        ("p", "We aim to raise canopy cover across the district from 14 to 20 per cent by 2045, "
              "mainly by planting in streets that have fewer than five trees per hundred "
              "metres."),
        ("h1", "3 One down, two up"),
        ("p", "Every street tree the Council fells will be replaced by two new trees, planted in "
              "the same street or, where services or sight lines make that impossible, within "
              "500 metres."),
        ("h1", "4 Planting programme"),
        ("table", ["Season", "New trees", "Where"],
         [["2030–31", "180", "Mill Road, Station Road, Calder Street"],
          ["2031–32", "220", "Hollybank estate, Priory Lane"],
          ["2032–33", "220", "Westfield, Church Street"],
          ["2033–34", "250", "Northgate estate"],
          ["2034–35", "250", "Town centre streets in Calderbrook and Ashby Marsh"]],
         [30, 30, 100]),
        ("p", "A new street tree costs about £1,100 to buy and plant. Planting is paid for from "
              "the capital programme and from developers' contributions."),
        ("h1", "5 Choosing trees"),
        ("p", "New trees will come from a list of species that cope with hot, dry summers and "
              "heavy clay, such as field maple, hornbeam and Turkish hazel."),
        ("p", "We agreed the planting positions with County Highways, keeping every new tree at "
              "least 20 metres from a junction so that drivers can see."),
        ("h1", "6 Looking after our trees"),
        ("p", "Every street tree is inspected once every three years by a qualified arborist."),
        ("p", "Residents can ask for a tree outside their home, or tell us about a damaged or "
              "dangerous tree, on the Trees page of the Council website or by phoning 01632 "
              "960 410."),
        ("p", "Insurers made twelve subsidence claims against the Council in 2027."),
        ("h1", "7 What we will do"),
        ("table", ["Action", "When"],
         [["Adopt the replacement policy", "2030"],
          ["Publish the approved species list", "2030"],
          ["Plant the first season's trees", "November 2030 – March 2031"],
          ["Review canopy cover with new aerial photographs", "2035"]], [110, 50]),
        ("break",),
        ("table", ["About this strategy"],
         [["Published by Calderbrook District Council, Town Hall, Calderbrook, October 2029"],
          ["Approved by the Environment Portfolio Holder on 8 October 2029"],
          ["Photographs: Calderbrook Tree Wardens"]], [150]),
    ]
    build_rl_pdf(d / "plan.pdf", title="Calderbrook Street Tree Strategy 2030–2045",
                 author="Calderbrook District Council", creator="Adobe InDesign",
                 running="Calderbrook District Council – street tree strategy", blocks=p,
                 page_word="Page")
    o = dict(objectives)
    r = [themed(a, c) for a, role, c in roles if role == "C"]
    g = [
        P("O1", o["O1"], "content", "partial", ev="We aim to raise canopy cover",
          missing=["a target for each town"],
          trap="an objective typed 'O1⇥' (the reference kept as its number); a district-wide "
          "target and a way of reaching it, no town-by-town targets"),
        P("O2", o["O2"], "content", "covered", ev="Every street tree the Council fells",
          trap="answered under the heading 'One down, two up', in other words (two for one, "
          "the same street or within 500 metres)"),
        P("O3", o["O3"], "deliverable", "covered", ev="Season New trees Where",
          trap="answered only in a table (five seasons, numbers, streets)"),
        P("O4", o["O4"], "content", "partial", ev="A new street tree costs about",
          missing=["the cost of maintaining the new trees"],
          trap="planting cost and its funding given; maintenance not"),
        P("1", scope[0], "content", "partial", ev="Every street tree is inspected once",
          missing=["risk zones with their own inspection frequency"],
          trap="a Word bullet after 'The strategy will:' (no marker: numbered by position, 1–4, "
          "then the consulted rows of the roles table 5–7; the out-of-scope sentence is no "
          "point); one frequency for all trees"),
        P("2", scope[1], "content", "covered", ev="Residents can ask for a tree",
          trap="answered in other words ('ask for', 'tell us about a damaged or dangerous "
          "tree')"),
        P("3", scope[2], "content", "uncovered",
          trap="shared words: 'Insurers made twelve subsidence claims' is a fact; how claims "
          "and trees near buildings are handled is not said"),
        P("4", scope[3], "content", "covered", ev="New trees will come from a list",
          trap="answered in other words ('cope with hot, dry summers')"),
        P("5", r[0], "process", "covered", ev="We agreed the planting positions",
          trap="a row of the RACI-like roles table marked 'C' (who and involvement joined with "
          "': '; the A, R and I rows are roles, not points); answered in other words (planting "
          "positions agreed, 20 metres from a junction so that drivers can see)"),
        P("6", r[1], "process", "uncovered",
          trap="shared words: the introduction says services lie under the pavements; no "
          "utility company was consulted"),
        P("7", r[2], "process", "partial", ev="This strategy covers the 6,400 trees",
          missing=["the second workshop", "residents' groups"],
          trap="one workshop, with the tree wardens only, told in the introduction"),
        P("S1", s1, "process", "covered", ev="Published by Calderbrook District Council",
          trap="a requirement in the prose of 'Timescale and governance' that wraps over the "
          "page break (footer 'Page 1 of 2' and the running header inside it), around sentences "
          "that are none ('The draft strategy will go to …', 'The project has no budget of its "
          "own'); met only in the box 'About this strategy' on the back page (October 2029)"),
        P("S2", s2, "deliverable", "partial", ev="Action When",
          missing=["a named lead for each action"],
          trap="the action table has no lead column"),
    ]
    return dict(language="en", mandate="brief.pdf", plan="plan.pdf", header=header,
                producer="project brief PDF (Word export, 'Page n of m'): four objectives typed "
                "'O1⇥' … 'O4⇥', four Word bullets after 'The strategy will:' and an "
                "out-of-scope sentence, a 'Who | RACI | Involvement' table whose three 'C' rows "
                "are points, two requirements in 'Timescale and governance' around sentences "
                "that are none; plan laid out with reportlab, with a planting table, an action "
                "table without leads and a box 'About this strategy' on the back page", points=g)


# =========================================================================== main


def main(argv: list[str]) -> None:
    for name in argv or list(PAIRS):
        d = HERE / name
        d.mkdir(exist_ok=True)
        info = PAIRS[name](d)
        drop = (info["header"],) if info.get("header") else ()
        check_points_in_mandate(d, info["mandate"], info["points"], drop)
        pages = rendered_pages(d / info["plan"])
        header = (
            f"# Blind gold for the {name} pair ({info['language']}): rebuilt by "
            "corpora/mandates-blind14/make_pairs.py.\n"
            f"# Producer: {info['producer']}.\n"
            "# status: covered | partial | uncovered; kind: content | deliverable | process;\n"
            "# missing: what the plan leaves out (planner's words); evidence: page of the\n"
            "# answering passage and its opening words; S-numbers: requirements in the prose.\n"
        )
        write_gold(d / "coverage.gold.yaml", header=header, plan=info["plan"],
                   mandate=info["mandate"], language=info["language"], points=info["points"],
                   pages=pages)
        n = {s: sum(p["status"] == s for p in info["points"])
             for s in ("covered", "partial", "uncovered")}
        print(f"{name}: {len(info['points'])} points {n} plan pages {len(pages)}")


if __name__ == "__main__":
    main(sys.argv[1:])
