"""Build the fifteenth blind batch of mandate/plan pairs under corpora/mandates-blind15/ and their gold.

Written on 2026-12-03 without reading plancheck's code, from how mandates are really delivered:
a Norwegian saksframlegg (Word to PDF) whose innstilling (points typed "1.⇥" … "9.⇥") was amended
in the council: "Behandling" prints two "Tilleggsforslag fra …" with their own numbered points
(one adopted, one that fell) and then the adopted "Vedtak" with the whole list again (1–11); a
nynorsk oppdragsbrev from the kommunedirektør as a letter (Word to PDF) whose requirements sit
in running prose ("Eg ber om at … Vidare skal …"); a Danish kommissorium (Word to PDF) whose
tasks are the rows of a table `Opgave | Leverance | Ansvarlig | Frist`; a Swedish direktiv (Word
to PDF) with "Uppdraget" (Word numbering), "Avgränsningar" (what is not to be done: no points)
and "Redovisning"; and an English terms of reference (Word to PDF) with "In scope" bullets, "Out
of scope" bullets (no points) and "Key questions" typed "Q1⇥" … "Q6⇥". Plans answer in their
own words, in a table or an appendix, in the introduction or a meta line, partly, in passing,
by deferral, or not at all; each trap is noted in the gold.

    python corpora/mandates-blind15/make_pairs.py                  # all pairs
    python corpora/mandates-blind15/make_pairs.py parkering       # some pairs

Imports the fourteenth batch's builder (corpora/mandates-blind14/make_pairs.py), and through it
the thirteenth's (P, web_pdf, build_odfpy, build_rl_pdf, build_pdf_l, themed, pdf_pages and the
construction check), the twelfth's build_docx_l and the gold writer of
corpora/mandates-blind/_build.py. Everything is pinned (zip times, core properties, PDF
dates/ids; reportlab with invariant=1), so a rebuild gives the same files.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "mandates-blind"))
sys.path.insert(0, str(HERE.parent / "scripts"))

from _build import rendered_pages, write_gold  # noqa: E402


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


_b14 = _load("mandates_blind14_make_pairs", HERE.parent / "mandates-blind14" / "make_pairs.py")
P, web_pdf, build_odfpy, build_rl_pdf, build_pdf_l = (_b14.P, _b14.web_pdf, _b14.build_odfpy,
                                                      _b14.build_rl_pdf, _b14.build_pdf_l)
themed, pdf_pages, check_points_in_mandate = (_b14.themed, _b14.pdf_pages,
                                              _b14.check_points_in_mandate)
build_docx_l = _b14.build_docx_l

PAIRS: dict[str, Callable[[Path], dict]] = {}


def pair(fn):
    PAIRS[fn.__name__.replace("_", "-")] = fn
    return fn


# =========================================================================== 1 veilys (nb)


@pair
def veilys(d: Path) -> dict:
    innst = [
        "kartlegge alle veilyspunkter kommunen eier og drifter, med alder og armaturtype",
        "legge fram en plan for utskifting til LED med styring, med kostnad og innsparing i "
        "strømforbruk",
        "avklare ansvaret for veilys langs private veger og fylkesveger",
        "vurdere hvilke skoleveger og gang- og sykkelveger som mangler belysning",
        "vurdere nattslukking eller dimming på strekninger med lite trafikk",
        "beskrive hvordan lysforurensning og virkningen på insekter og fugler kan begrenses",
        "foreslå rutiner for innmelding av feil og en frist for retting",
        "beskrive vedlikeholdsbehovet for master, kabler og tennskap",
        "legges fram for kommunestyret innen utgangen av 2031",
    ]
    tillegg = [
        "vurdere om kommunen skal overta veilyset i boligfelt der velforeningene ønsker det",
        "beskrive hvordan belysningen i sentrum kan gjøre det tryggere å ferdes om kvelden",
    ]
    falt = "Kommunen skal ikke innføre nattslukking noe sted i kommunen."
    vedtak = innst + tillegg
    m = [
        ("meta", "LUNDEVIK KOMMUNE"),
        ("title", "Saksframlegg"),
        ("table", ["Utvalg", "Møtedato", "Saksnr."],
         [["Formannskapet", "04.02.2031", "012/31"], ["Kommunestyret", "18.02.2031", "016/31"]],
         [70, 45, 45]),
        ("meta", "Arkivsak: 31/87 · Saksbehandler: Eirik Tangen, avdelingsingeniør veg"),
        ("h1", "Oppstart av hovedplan for veilys"),
        ("p", "**Kommunedirektørens innstilling:**"),
        ("p", "Kommunestyret ber kommunedirektøren utarbeide en hovedplan for veilys for "
              "perioden 2032–2040. Planen skal:"),
    ] + [("typed", f"{i}.", x, "\t", 8) for i, x in enumerate(innst, 1)] + [
        ("p", "**Behandling i Kommunestyret 18.02.2031:**"),
        ("p", "Tilleggsforslag fra Senterpartiet v/ Kari Brekke:"),
    ] + [("typed", f"{i}.", x, "\t", 8) for i, x in enumerate(tillegg, len(innst) + 1)] + [
        ("p", "Tilleggsforslag fra Fremskrittspartiet v/ Per Aasen:"),
        ("typed", f"{len(vedtak) + 1}.", falt, "\t", 8),
        ("p", "Votering: Innstillingen ble enstemmig vedtatt. Senterpartiets tilleggsforslag ble "
              "vedtatt med 19 mot 8 stemmer. Fremskrittspartiets tilleggsforslag falt med 5 mot "
              "22 stemmer."),
        ("p", "**KST-016/31 Vedtak:**"),
        ("p", "Kommunestyret ber kommunedirektøren utarbeide en hovedplan for veilys for "
              "perioden 2032–2040. Planen skal:"),
    ] + [("typed", f"{i}.", x, "\t", 8) for i, x in enumerate(vedtak, 1)] + [
        ("h1", "Saksopplysninger"),
        ("p", "Kommunen har om lag 3 900 veilyspunkter. Om lag 2 600 av dem har armaturer med "
              "kvikksølv- eller natriumlamper, og kvikksølvlampene kan ikke lenger kjøpes. "
              "Strømmen til veilyset kostet 3,1 millioner kroner i 2030."),
        ("h1", "Kommunedirektørens vurdering"),
        ("p", "Kommunedirektøren tar sikte på å legge planen fram høsten 2031. Arbeidet gjøres "
              "av avdeling for veg og park, med hjelp fra en innleid lysdesigner."),
    ]
    header = "Lundevik kommune – saksframlegg"
    build_pdf_l(m, d / "saksframlegg.pdf", word_lang="nb", title="Saksframlegg – oppstart av "
                "hovedplan for veilys", author="Lundevik kommune", header=header)
    # the layout this pair is about: the vedtak's list breaks over the page (1–5 | 6–11)
    pages = pdf_pages(d / "saksframlegg.pdf")
    if not ("KST-016/31 Vedtak" in pages[0] and innst[5] not in pages[0].split("Vedtak")[-1]
            and tillegg[1] in pages[1] and "Tilleggsforslag" not in pages[1]):
        raise SystemExit("veilys: the vedtak's list does not break over the page")
    p = [
        ("title", "Hovedplan for veilys 2032–2040"),
        ("meta", "Lundevik kommune · Veg og park"),
        ("h1", "1 Innledning"),
        ("p", "Veilyset skal gjøre det trygt å ferdes når det er mørkt, og det skal bruke "
              "mindre strøm enn i dag. Planen viser hva vi har, hva vi skal bytte ut, og hvordan "
              "lyset skal driftes de neste ni årene."),
        ("p", "Velforeningen i Solbakken har bedt om at kommunen tar over lysene i feltet."),
        ("h1", "2 Dette har vi"),
        ("table", ["Armatur", "Antall", "Typisk alder"],
         [["Kvikksølv", "1 150", "over 35 år"], ["Høytrykk natrium", "1 450", "20–35 år"],
          ["LED", "1 300", "under 10 år"]], [60, 40, 60]),
        ("p", "Tabellen omfatter alle lyspunkter som kommunen eier og drifter."),
        ("h1", "3 Over til LED"),
        ("p", "Alle 2 600 armaturer med kvikksølv og natrium byttes til LED med fjernstyring "
              "innen 2035. Utskiftingen koster om lag 14 millioner kroner, fordelt på fire år."),
        ("h1", "4 Hvem har ansvaret?"),
        ("p", "Langs fylkesvegene eier fylkeskommunen lysene. Kommunen drifter dem etter avtale "
              "fram til 2033, og ny avtale skal forhandles før den tid."),
        ("h1", "5 Mørke strekninger"),
        ("p", "Disse strekningene der barn går eller sykler til skolen er uten lys i dag:"),
        ("table", ["Strekning", "Lengde", "Skole"],
         [["Haugen–Lundevik skole, gangveg", "1,2 km", "Lundevik skole"],
          ["Bjørkelia, langs kommunal veg", "0,8 km", "Vestby skole"],
          ["Tangen bru–Vestby skole", "0,6 km", "Vestby skole"]], [80, 30, 50]),
        ("h1", "6 Lys når det trengs"),
        ("p", "Lysene dempes til 50 prosent mellom klokka 23 og 05 på veger med under 500 "
              "kjøretøy i døgnet. Vi slukker ikke lyset helt noe sted."),
        ("p", "I Storgata og rundt bussterminalen settes det opp flere lys, slik at folk skal "
              "føle seg trygge når de går hjem om kvelden."),
        ("h1", "7 Drift"),
        ("p", "Feil på veilyset kan meldes på kommunens nettside under «Meld feil», eller på "
              "telefon til servicetorget."),
        ("h1", "8 Ord og uttrykk"),
        ("table", ["Ord", "Forklaring"],
         [["Armatur", "Lampen med skjerm som sitter på masta"],
          ["Lysforurensning", "Lys som faller utenfor området det er ment å lyse opp"],
          ["Tennskap", "Skap med strømmåler og bryter for en gruppe lyspunkter"]], [40, 120]),
        ("h1", "9 Saksgang"),
        ("table", ["Saksgang", "Dato"],
         [["Formannskapet", "25.11.2031"], ["Kommunestyret", "09.12.2031"]], [80, 40]),
    ]
    build_docx_l(p, d / "plan.docx", word_lang="nb", title="Hovedplan for veilys 2032–2040",
                 author="Lundevik kommune", header="Lundevik kommune – hovedplan for veilys")
    t = {i: x for i, x in enumerate(vedtak, 1)}
    g = [
        P("1", t[1], "deliverable", "covered", ev="Armatur Antall Typisk alder",
          trap="a point typed '1.⇥' in the 'Vedtak' of a saksframlegg whose innstilling (the "
          "same points 1–9) and two 'Tilleggsforslag' (points 10–11 adopted, point 12 fell) "
          "are printed before it; the gold holds the adopted vedtak only; answered only in a "
          "table (armature type, number, typical age) with a sentence that it covers all"),
        P("2", t[2], "content", "partial", ev="Alle 2 600 armaturer med",
          missing=["innsparingen i strømforbruk"],
          trap="LED with remote control and the cost are given; the saving in electricity is "
          "not"),
        P("3", t[3], "content", "partial", ev="Langs fylkesvegene eier",
          missing=["ansvaret langs private veger"],
          trap="answered under the question heading 'Hvem har ansvaret?' for county roads only"),
        P("4", t[4], "content", "covered", ev="Disse strekningene der barn",
          trap="answered in other words ('der barn går eller sykler til skolen', 'uten lys') "
          "and a table of the stretches"),
        P("5", t[5], "content", "covered", ev="Lysene dempes til 50 prosent",
          trap="assessed under 'Lys når det trengs': dimming yes, switching off no; the fallen "
          "FrP point 12 ('ikke innføre nattslukking') says the same but is no point"),
        P("6", t[6], "content", "uncovered",
          trap="shared words: 'Lysforurensning' is only an entry of the glossary 'Ord og "
          "uttrykk'; nothing on how to limit it or on insects and birds"),
        P("7", t[7], "content", "partial", ev="Feil på veilyset kan meldes",
          missing=["frist for retting av feil"],
          trap="how to report faults is given; no deadline for repair"),
        P("8", t[8], "content", "uncovered",
          trap="shared words: 'Tennskap' is explained in the glossary and 'Drift' is a "
          "heading; no maintenance need for poles, cables or cabinets is described"),
        P("9", t[9], "process", "covered", ev="Saksgang Dato",
          trap="a process point inside the list ('Planen skal: … legges fram …'); answered "
          "only in the table 'Saksgang' at the end (Kommunestyret 09.12.2031)"),
        P("10", t[10], "content", "uncovered",
          trap="a point added by the adopted Tilleggsforslag (printed twice: under "
          "'Behandling' and in the vedtak); the introduction only records Solbakken's request, "
          "nothing is assessed"),
        P("11", t[11], "content", "covered", ev="I Storgata og rundt bussterminalen",
          trap="the second adopted added point; answered in other words ('Storgata', "
          "'bussterminalen' for sentrum, 'føle seg trygge når de går hjem om kvelden')"),
    ]
    return dict(language="nb", mandate="saksframlegg.pdf", plan="plan.docx", header=header,
                producer="saksframlegg PDF (Word export): a Utvalg/Møtedato/Saksnr. table, the "
                "innstilling with points typed '1.⇥' … '9.⇥', 'Behandling' with two "
                "'Tilleggsforslag fra …' whose points are typed '10.⇥' … '12.⇥' (10–11 "
                "adopted, 12 fell), and the 'Vedtak' printing the adopted list 1–11 again; plan "
                ".docx (kept) with an armature table, a table of dark stretches, a glossary and "
                "a 'Saksgang' table", points=g)


# =========================================================================== 2 kulturskule (nn)


@pair
def kulturskule(d: Path) -> dict:
    s = [
        "Planen skal gje ei oversikt over dagens tilbod, talet på elevar og kor lang ventelista "
        "er.",
        "Vidare skal planen vurdere korleis kulturskulen kan nå born i alle bygdene, ikkje "
        "berre i sentrum.",
        "Eg ber også om at de greier ut eit samarbeid med grunnskulen og SFO om undervisning i "
        "skuletida.",
        "Planen må drøfte elevbetalinga, og om det bør innførast søskenmoderasjon eller "
        "friplassar for familiar med låg inntekt.",
        "Lokala må vurderast, særleg om kulturskulen har eigna rom for dans og for band.",
        "Det skal også lagast ein plan for rekruttering og kompetanseheving for lærarane.",
        "Kulturskulen skal samarbeide med det lokale kulturlivet, og planen skal syne korleis "
        "korps, kor og teaterlag kan få hjelp frå kulturskulen.",
        "Eg ber vidare om at de vurderer om kulturskulen kan gje eit gratis tilbod til alle "
        "elevar på 4. trinn.",
        "Planen skal ha ein tiltaksdel der kvart tiltak har ansvarleg og frist.",
        "Elevar og føresette skal få seie si meining før planen blir ferdig, til dømes gjennom "
        "ei spørjeundersøking.",
        "Planutkastet skal leggjast fram for meg innan 1. mai 2031.",
        "Planen skal handsamast i hovudutval for oppvekst og kultur før sommarferien 2031.",
    ]
    m = [
        ("meta", "BREKKVIK KOMMUNE · Kommunedirektøren"),
        ("meta", "Vår ref.: 30/771-2 · Dykkar ref.: · Sakshandsamar: Ragnhild Ulvestad · Dato: "
                 "14.10.2030"),
        ("p", "Einingsleiar for kulturskulen"),
        ("p", "Solveig Nesheim"),
        ("h1", "Oppdrag – plan for kulturskulen 2032–2036"),
        ("p", "Kulturskulen har i dag 310 elevar, og over hundre born står på venteliste. "
              "Kommunestyret har i økonomiplanen bede om at tilbodet blir sett i samanheng med "
              "skulen og med kulturlivet i bygdene. Eg gir difor eininga i oppdrag å lage ein "
              "ny plan for kulturskulen."),
        ("p", "Eg veit at eininga alt har gjort mykje godt arbeid med den nye rammeplanen "
              "for kulturskulen. " + s[0] + " " + s[1] + " Fleire av bygdene ligg meir enn ein "
              "halvtime frå kulturhuset. " + s[2]),
        ("p", s[3] + " " + s[4] + " " + s[5] + " " + s[6] + " " + s[7]),
        ("p", s[8] + " Eininga får ikkje ekstra midlar til arbeidet, men kan nytte "
              "kommunalsjefen sin stab til tal og økonomi."),
        ("p", s[9] + " " + s[10] + " " + s[11]),
        ("p", "Kontaktperson hos meg er kommunalsjef for oppvekst og kultur, Tor Inge Bø."),
        ("p", "Med helsing"),
        ("p", "Ragnhild Ulvestad"),
        ("p", "kommunedirektør"),
        ("meta", "Dokumentet er elektronisk godkjent og har difor inga underskrift."),
        ("meta", "Kopi: Kommunalsjef oppvekst og kultur · Tillitsvald Creo"),
    ]
    build_pdf_l(m, d / "oppdragsbrev.pdf", word_lang="nb", title="Oppdrag – plan for "
                "kulturskulen", author="Brekkvik kommune", lang="nn-NO")
    p = [
        ("title", "Plan for kulturskulen i Brekkvik 2032–2036"),
        ("meta", "Brekkvik kommune · Kulturskulen · Høyringsutkast juni 2031"),
        ("h1", "1 Innleiing"),
        ("p", "Kulturskulen skal vere for alle born i Brekkvik. Hausten 2030 svarte 212 elevar "
              "og føresette på ei spørjeundersøking om kva dei ønskjer seg av kulturskulen, og "
              "svara har forma planen."),
        ("p", "Planen blir handsama i hovudutval for oppvekst og kultur 9. september 2031, "
              "etter høyringa."),
        ("h1", "2 Kulturskulen i dag"),
        ("table", ["Tilbod", "Elevar", "På venteliste"],
         [["Instrument og song", "182", "61"], ["Dans", "74", "29"], ["Visuell kunst", "38", "14"],
          ["Teater", "16", "0"]], [60, 30, 40]),
        ("p", "Danseundervisninga går i gymsalen på Brekkvik skule."),
        ("h1", "3 Kulturskulen i bygdene"),
        ("p", "Frå hausten 2032 får elevane i Nordbygda undervisning på Nordbygda skule, så dei "
              "slepp å reise til kulturhuset."),
        ("h1", "4 Kulturskule og SFO"),
        ("p", "Vi vil prøve ut ein kulturskuletime i SFO-tida på Brekkvik skule frå hausten "
              "2032."),
        ("h1", "5 Kva kostar det?"),
        ("p", "Elevbetalinga blir 3 400 kroner i året. Søsken får 30 prosent rabatt, og "
              "familiar med samla inntekt under 450 000 kroner kan søkje om gratis plass."),
        ("h1", "6 Lærarane"),
        ("p", "Vi lyser ut ei ny 50 prosent stilling som danselærar i 2032."),
        ("h1", "7 Saman med kulturlivet"),
        ("p", "Brekkvik skulemusikkorps og Nordbygda mannskor får dirigent frå kulturskulen, "
              "og teaterlaget kan låne sal og lys i kulturhuset til oppsetjingane sine."),
        ("h1", "8 Tiltak"),
        ("table", ["Tiltak", "Ansvarleg"],
         [["Undervisning i Nordbygda", "Rektor kulturskulen"],
          ["Kulturskuletime i SFO", "Rektor kulturskulen og SFO-leiar"],
          ["Ny stilling som danselærar", "Einingsleiar"]], [90, 70]),
    ]
    build_odfpy(p, d / "plan.odt", title="Plan for kulturskulen i Brekkvik 2032–2036", lang="nn")
    g = [
        P("S1", s[0], "deliverable", "covered", ev="Tilbod Elevar På venteliste",
          trap="a requirement in the running prose of a letter from the kommunedirektør (no "
          "list anywhere: every point is an S-point); answered only in a table"),
        P("S2", s[1], "content", "partial", ev="Frå hausten 2032 får elevane",
          missing=["dei andre bygdene enn Nordbygda"],
          trap="opens 'Vidare skal planen …'; one village is served, the others are not named"),
        P("S3", s[2], "content", "partial", ev="Vi vil prøve ut ein kulturskuletime",
          missing=["undervisning i skuletida i samarbeid med grunnskulen"],
          trap="opens 'Eg ber også om at …'; a trial in SFO time only"),
        P("S4", s[3], "content", "covered", ev="Elevbetalinga blir 3 400 kroner",
          trap="answered under the question heading 'Kva kostar det?', in other words "
          "('rabatt' for søskenmoderasjon, 'gratis plass' for friplass)"),
        P("S5", s[4], "content", "uncovered",
          trap="shared words: 'Danseundervisninga går i gymsalen' is a fact; the rooms are not "
          "assessed"),
        P("S6", s[5], "content", "partial", ev="Vi lyser ut ei ny 50 prosent",
          missing=["kompetanseheving for lærarane", "rekruttering utover éi stilling"],
          trap="one new post under the heading 'Lærarane'; no plan for recruitment or skills"),
        P("S7", s[6], "content", "covered", ev="Brekkvik skulemusikkorps og Nordbygda",
          trap="answered in other words (a conductor for the band and the male choir, hall "
          "and lights for the theatre group)"),
        P("S8", s[7], "content", "uncovered",
          trap="not answered: no word of a free offer or of 4. trinn"),
        P("S9", s[8], "deliverable", "partial", ev="Tiltak Ansvarleg",
          missing=["frist for kvart tiltak"],
          trap="the measure table has Tiltak and Ansvarleg but no deadline column"),
        P("S10", s[9], "process", "covered", ev="Kulturskulen skal vere for alle born",
          trap="met in the introduction (a survey answered by 212 pupils and parents)"),
        P("S11", s[10], "process", "uncovered",
          trap="the plan says nothing of a draft to the kommunedirektør; the meta line "
          "'Høyringsutkast juni 2031' is after 1 May"),
        P("S12", s[11], "process", "uncovered",
          trap="answered with a date that fails it: the committee treats the plan on 9 "
          "September 2031, after the summer holiday"),
    ]
    return dict(language="nn", mandate="oppdragsbrev.pdf", plan="plan.odt",
                producer="oppdragsbrev PDF (Word export, 'Side n av m'): a letter from the "
                "kommunedirektør with letterhead, reference line, addressee, signature, 'Kopi' "
                "line; twelve requirements in running prose ('Eg ber om at …', 'Vidare skal …') "
                "among sentences that are none; plan .odt written with odfpy (kept as .odt) with "
                "a pupil table and a measure table without deadlines", points=g)


# =========================================================================== 3 parkering (da)


PARKERING_SPACE = 150  # points of empty space before the table, so that it breaks over a page


@pair
def parkering(d: Path) -> dict:
    rows = [
        ("Kortlægning", "Opgørelse af alle offentlige og private p-pladser i Midtbyen og af "
         "belægningen på hverdage og lørdage", "Vej og Trafik", "1. marts 2031"),
        ("Betaling", "Vurdering af, om der skal indføres betalingsparkering eller fortsat "
         "gælde tidsbegrænset parkering", "Vej og Trafik", "1. maj 2031"),
        ("Beboerparkering", "Forslag til en ordning med beboerlicenser i de gamle kvarterer "
         "omkring Torvet", "Vej og Trafik", "1. maj 2031"),
        ("Pendlere", "Forslag til placering af en samkørselsplads ved motorvejsafkørsel 58",
         "Plan og Byudvikling", "1. maj 2031"),
        ("Cykelparkering", "Plan for overdækket cykelparkering ved stationen og ved skolerne",
         "Vej og Trafik", "1. juni 2031"),
        ("Handicapparkering", "Gennemgang af antal og placering af handicappladser i Midtbyen",
         "Vej og Trafik", "1. juni 2031"),
        ("Varelevering", "Regler for varelevering i gågaden og tidsrum for vareindlevering",
         "Vej og Trafik", "1. juni 2031"),
        ("Byliv", "Forslag til, hvilke p-pladser på Torvet der kan nedlægges til fordel for "
         "byliv", "Plan og Byudvikling", "1. august 2031"),
        ("Borgerinddragelse", "Et borgermøde og en digital høring blandt beboere og "
         "handlende", "Plan og Byudvikling", "juni 2031"),
        ("Politisk behandling", "Strategien forelægges Teknik- og Miljøudvalget og Byrådet",
         "Sekretariatet", "december 2031"),
    ]
    s1 = "Strategien skal indeholde en handlingsplan med tiltag for de første fire år."
    m = [
        ("meta", "Skovlund Kommune · Teknik og Miljø · Sag 30-2291"),
        ("title", "Kommissorium: Parkeringsstrategi for Midtbyen"),
        ("meta", "Godkendt af Teknik- og Miljøudvalget den 2. december 2030"),
        ("h1", "Baggrund"),
        ("p", "Der er 1.850 p-pladser i Skovlund Midtby, og på lørdage er pladserne omkring "
              "Torvet fyldt fra kl. 10. Samtidig ønsker Byrådet mere byliv på Torvet og flere, "
              "der cykler til stationen."),
        ("h1", "Formål"),
        ("p", "Arbejdsgruppen udarbejder et forslag til en parkeringsstrategi for Midtbyen for "
              "2032–2040. " + s1 + " Arbejdsgruppen ledes af trafikplanlægger Mette "
              "Kjærgaard. Udgifter til tællinger afholdes af vejområdets driftsbudget."),
        ("space", PARKERING_SPACE),
        ("h1", "Opgaver og leverancer"),
        ("table", ["Opgave", "Leverance", "Ansvarlig", "Frist"], [list(r) for r in rows],
         [32, 78, 30, 26]),
    ]
    header = "Skovlund Kommune – kommissorium"
    build_pdf_l(m, d / "kommissorium.pdf", word_lang="da", title="Kommissorium – "
                "parkeringsstrategi for Midtbyen", author="Skovlund Kommune", header=header,
                lang="da-DK")
    # the layout this pair is about: the table breaks over the page, its header row repeated
    pages = pdf_pages(d / "kommissorium.pdf")
    if not ("Kortlægning" in pages[0] and "hvilke p-pladser på Torvet der kan" in pages[0]
            and "nedlægges til fordel for byliv" in pages[1] and "Ansvarlig" in pages[1]
            and "Politisk behandling" not in pages[0]):
        raise SystemExit("parkering: the table does not break over the page; tune "
                         "PARKERING_SPACE")
    p = [
        ("title", "Parkeringsstrategi for Skovlund Midtby 2032–2040"),
        ("meta", "Skovlund Kommune · Vej og Trafik · Vedtaget af Byrådet den 16. december 2031"),
        ("h1", "1 Indledning"),
        ("p", "Strategien skal gøre det let at finde en plads i Midtbyen og give mere plads til "
              "byliv. Borgermødet i Kulturhuset den 3. juni 2031 havde 80 deltagere, og deres "
              "forslag er taget med."),
        ("p", "Mange pendlere kører via afkørsel 58 og videre til stationen."),
        ("h1", "2 Pladser og belægning"),
        ("table", ["Område", "Pladser", "Belægning hverdag", "Belægning lørdag"],
         [["Torvet", "210", "78 %", "100 %"], ["Stationen", "340", "92 %", "41 %"],
          ["Kirkekvarteret", "260", "64 %", "70 %"], ["Private pladser ved butikkerne", "1.040",
          "55 %", "88 %"]], [55, 25, 40, 40]),
        ("h1", "3 Skal det koste noget at parkere?"),
        ("p", "Vi fastholder gratis parkering med to timers tidsbegrænsning. Betaling vil efter "
              "vores vurdering flytte kunderne til indkøbscentret ved motorvejen, og "
              "tidsbegrænsningen er nok til at skabe udskiftning på pladserne."),
        ("h1", "4 Beboere"),
        ("p", "Beboere i Kirkekvarteret kan fra 2032 købe en beboerlicens for 300 kr. om året."),
        ("h1", "5 Cykler"),
        ("p", "Ved stationen bygges en overdækket cykelparkering med 400 pladser i 2032."),
        ("h1", "6 Lastbiler i Algade"),
        ("p", "Lastbiler må køre ind i Algade mellem kl. 6 og 11. Uden for det tidsrum er "
              "gaden kun for gående og cyklister."),
        ("h1", "7 Mere byliv på Torvet"),
        ("p", "De 24 pladser på den nordlige del af Torvet nedlægges i 2033, og arealet bliver "
              "et byrum med bænke og træer."),
        ("h1", "8 Det videre arbejde"),
        ("p", "Tiltagene prioriteres i de årlige budgetter, og en handlingsplan udarbejdes i "
              "løbet af 2032."),
    ]
    build_rl_pdf(d / "plan.pdf", title="Parkeringsstrategi for Skovlund Midtby 2032–2040",
                 author="Skovlund Kommune", creator="Microsoft Publisher", running="Skovlund "
                 "Kommune – parkeringsstrategi", blocks=p, page_word="Side")
    t = [themed(a, b) for a, b, _, _ in rows]
    g = [
        P("1", t[0], "deliverable", "covered", ev="Område Pladser Belægning hverdag",
          trap="a row of the table 'Opgave | Leverance | Ansvarlig | Frist' (Opgave and "
          "Leverance joined with ': '; Ansvarlig and Frist are the working group's own owner "
          "and date, no part of the point; rows numbered by position 1–10); answered only in a "
          "table"),
        P("2", t[1], "content", "covered", ev="Vi fastholder gratis parkering",
          trap="assessed under the question heading 'Skal det koste noget at parkere?': no, "
          "with reasons — a 'no' is an answer"),
        P("3", t[2], "content", "partial", ev="Beboere i Kirkekvarteret kan",
          missing=["de øvrige gamle kvarterer omkring Torvet"],
          trap="one quarter gets resident permits; the others are not named"),
        P("4", t[3], "content", "uncovered",
          trap="shared words: 'Mange pendlere kører via afkørsel 58' is an observation; no "
          "site for a car-sharing place is proposed"),
        P("5", t[4], "content", "partial", ev="Ved stationen bygges en overdækket",
          missing=["cykelparkering ved skolerne"],
          trap="the station is answered, the schools are not"),
        P("6", t[5], "content", "uncovered", trap="not answered: no word of disabled parking"),
        P("7", t[6], "content", "covered", ev="Lastbiler må køre ind i Algade",
          trap="answered in other words ('Lastbiler', 'Algade' for gågaden, the hours)"),
        P("8", t[7], "content", "covered", ev="De 24 pladser på den nordlige",
          trap="answered under 'Mere byliv på Torvet'"),
        P("9", t[8], "process", "partial", ev="Strategien skal gøre det let",
          missing=["den digitale høring"],
          trap="the citizens' meeting is told in the introduction; no digital hearing"),
        P("10", t[9], "process", "partial", ev="Skovlund Kommune · Vej og Trafik · Vedtaget",
          missing=["behandlingen i Teknik- og Miljøudvalget"],
          trap="only the meta line tells of the Byråd's adoption; the committee is not named"),
        P("S1", s1, "deliverable", "uncovered",
          trap="a requirement in the prose of 'Formål' among sentences that are none "
          "('Arbejdsgruppen ledes af …', 'Udgifter til tællinger …'); deferred: 'en "
          "handlingsplan udarbejdes i løbet af 2032' under 'Det videre arbejde'"),
    ]
    # the construction check reads the table cell by cell: the cells that pdftotext prints
    # inside row 8's broken Leverance cell (its neighbours and the repeated header row)
    drop = ("Plan og", "1. august 2031", "Opgave", "Leverance", "Ansvarlig", "Frist")
    return dict(language="da", mandate="kommissorium.pdf", plan="plan.pdf", header=header,
                drop=drop,
                producer="kommissorium PDF (Word export, 'Side n af m'): Baggrund / Formål with a "
                "requirement among sentences that are none / ten rows of a table 'Opgave | "
                "Leverance | Ansvarlig | Frist'; plan laid out with reportlab, with an occupancy "
                "table and question headings", points=g)


# =========================================================================== 4 foreningsbidrag (sv)


@pair
def foreningsbidrag(d: Path) -> dict:
    upp = [
        "kartlägga vilka bidrag som finns i dag, hur mycket som betalas ut och till vilka "
        "föreningar",
        "pröva om aktivitetsbidraget ska räknas per deltagartillfälle eller per medlem",
        "föreslå hur bidragen kan gynna flickors idrott och föreningar med verksamhet för "
        "personer med funktionsnedsättning",
        "bedöma hur föreningar i kommunens ytterområden kan få del av bidragen",
        "föreslå en enklare ansökan via e-tjänst",
        "föreslå hur kommunen ska följa upp att bidragen används till det de är avsedda för",
        "föreslå krav på föreningarnas arbete mot kränkningar och för barns trygghet",
        "jämföra bidragsnivåerna med tre grannkommuner",
    ]
    s1 = ("Utredaren ska samråda med Tallmora idrottsallians och föreningsrådet innan "
          "förslaget lämnas.")
    s2 = "Uppdraget ska redovisas till kultur- och fritidsnämnden senast den 30 september 2031."
    s3 = "Ett förslag till nya bidragsregler ska bifogas redovisningen."
    m = [
        ("meta", "TALLMORA KOMMUN · Kultur- och fritidsnämnden · Dnr KFN 2031/44"),
        ("title", "Direktiv för översyn av bidragen till föreningslivet"),
        ("meta", "Beslutat av kultur- och fritidsnämnden den 27 januari 2031, § 9"),
        ("h1", "Bakgrund"),
        ("p", "Kommunen betalar varje år ut cirka 6,2 miljoner kronor i bidrag till föreningar. "
              "Reglerna är från 2014 och har ändrats många gånger. Föreningarna tycker att det "
              "är krångligt att söka, och nämnden vet för lite om vilka som får del av "
              "pengarna."),
        ("h1", "Uppdraget"),
        ("p", "Förvaltningen får i uppdrag att se över kommunens bidrag till föreningslivet. "
              "Utredaren ska"),
        ("num", upp),
        ("h1", "Avgränsningar"),
        ("p", "Översynen omfattar inte"),
        ("bullets", ["bidrag till studieförbunden, som regleras i en egen överenskommelse",
                     "hyror och taxor i kommunens idrottshallar",
                     "stipendier till enskilda kulturutövare"]),
        ("h1", "Genomförande"),
        ("p", "Utredningen leds av fritidsstrateg Johan Ek. " + s1 + " Kostnaderna för "
              "utredningen belastar nämndens budget."),
        ("h1", "Redovisning"),
        ("p", s2 + " " + s3),
    ]
    header = "Tallmora kommun – direktiv"
    build_pdf_l(m, d / "direktiv.pdf", word_lang="sv", title="Direktiv – översyn av "
                "föreningsbidragen", author="Tallmora kommun", header=header, lang="sv-SE")
    p = [
        ("meta", "Redovisad för kultur- och fritidsnämnden den 23 september 2031 · Kultur och "
                 "fritid"),
        ("h2", "Så har vi arbetat"),
        ("p", "Utredningen bygger på bidragsstatistiken för 2028–2030 och på två möten med "
              "föreningsrådet under våren 2031. Hyrorna i idrottshallarna ingår inte i "
              "översynen."),
        ("h2", "Bidragen i dag"),
        ("table", ["Bidrag", "Utbetalt 2030", "Föreningar", "Största mottagare"],
         [["Aktivitetsbidrag", "3,4 mnkr", "61", "Tallmora IF, Tallmora simsällskap"],
          ["Lokalbidrag", "1,9 mnkr", "23", "Tallmora ridklubb"],
          ["Arrangemangsbidrag", "0,6 mnkr", "18", "Folkets hus-föreningen"],
          ["Startbidrag", "0,3 mnkr", "7", "Norrskogs byalag"]]),
        ("h2", "Aktivitetsbidraget"),
        ("p", "Aktivitetsbidraget räknas även i fortsättningen per deltagartillfälle. Det gynnar "
              "föreningar som har verksamhet varje vecka, och det är så Riksidrottsförbundet "
              "redan räknar."),
        ("p", "Föreningar med verksamhet för personer med funktionsnedsättning får dubbelt "
              "aktivitetsbidrag."),
        ("h2", "Hela kommunen"),
        ("p", "Föreningar i kommunens ytterområden har samma rätt till bidrag som alla andra."),
        ("h2", "Enklare att söka"),
        ("p", "Från 2032 söks alla bidrag i kommunens e-tjänst, och föreningen loggar in med "
              "BankID."),
        ("h2", "Uppföljning"),
        ("p", "Varje förening som får bidrag ska lämna verksamhetsberättelse och bokslut till "
              "nämnden varje år."),
        ("p", "RF-SISU erbjuder föreningarna utbildning i trygg idrott."),
        ("h2", "Jämförelse"),
        ("p", "Jämfört med Björkvalla betalar Tallmora ut ett högre aktivitetsbidrag per "
              "deltagartillfälle, 14 kronor mot 11."),
        ("h2", "Bilaga: Förslag till nya bidragsregler"),
        ("p", "1. Bidrag kan sökas av ideella föreningar med säte i Tallmora. 2. Ansökan görs i "
              "kommunens e-tjänst. 3. Aktivitetsbidrag lämnas med 14 kronor per "
              "deltagartillfälle för deltagare 7–20 år."),
    ]
    web_pdf(d / "plan.pdf", title="Översyn av bidragen till föreningslivet", nav="Tallmora "
            "kommun · Kultur och fritid · Föreningar", foot="tallmora.se/foreningsbidrag · "
            "Senast uppdaterad 25 september 2031", blocks=p, lang="sv", accent="#7a1f3d")
    g = [
        P("1", upp[0], "deliverable", "covered", ev="Bidrag Utbetalt 2030 Föreningar",
          trap="a Word-numbered item after 'Utredaren ska' in the direktiv's 'Uppdraget'; the "
          "'Avgränsningar' bullets that follow are no points; answered only in a table"),
        P("2", upp[1], "content", "covered", ev="Aktivitetsbidraget räknas även",
          trap="assessed: per deltagartillfälle is kept, with reasons"),
        P("3", upp[2], "content", "partial", ev="Föreningar med verksamhet för",
          missing=["flickors idrott"],
          trap="disability answered (double grant); girls' sport not"),
        P("4", upp[3], "content", "uncovered",
          trap="shared words under the heading 'Hela kommunen': 'samma rätt till bidrag' "
          "restates the rule; nothing is assessed about how they get a share"),
        P("5", upp[4], "content", "covered", ev="Från 2032 söks alla bidrag",
          trap="answered under 'Enklare att söka'"),
        P("6", upp[5], "content", "partial", ev="Varje förening som får bidrag",
          missing=["hur kommunen kontrollerar att bidragen används rätt"],
          trap="the associations must report; what the municipality does with the reports is "
          "not said"),
        P("7", upp[6], "content", "uncovered",
          trap="named in passing: 'RF-SISU erbjuder … utbildning i trygg idrott' sets no "
          "requirement on the associations"),
        P("8", upp[7], "content", "partial", ev="Jämfört med Björkvalla",
          missing=["två av de tre grannkommunerna", "övriga bidrag än aktivitetsbidraget"],
          trap="one neighbour, one grant"),
        P("S1", s1, "process", "partial", ev="Utredningen bygger på bidragsstatistiken",
          missing=["samråd med Tallmora idrottsallians"],
          trap="a requirement in 'Genomförande' among sentences that are none ('Utredningen "
          "leds av …', 'Kostnaderna … belastar nämndens budget'); the föreningsråd only"),
        P("S2", s2, "process", "covered", ev="Redovisad för kultur- och fritidsnämnden",
          trap="the 'Redovisning' sentence of a direktiv; met only in the page's meta line (23 "
          "September, before the 30th)"),
        P("S3", s3, "deliverable", "covered", ev="Bilaga: Förslag till nya",
          trap="answered by the appendix section at the end of the page"),
    ]
    return dict(language="sv", mandate="direktiv.pdf", plan="plan.pdf", header=header,
                producer="direktiv PDF (Word export, 'Sida n av m'): Bakgrund / Uppdraget with "
                "eight Word-numbered items after 'Utredaren ska' / Avgränsningar with three "
                "Word bullets that are no points / Genomförande with a requirement among "
                "sentences that are none / Redovisning with two requirements; plan the "
                "municipality's web page printed with Chromium: meta line, a table, an appendix "
                "section", points=g)


# =========================================================================== 5 empty-homes (en)


@pair
def empty_homes(d: Path) -> dict:
    scope = [
        "homes that have been empty for more than six months, in all tenures, including flats "
        "above shops",
        "the use of the council tax empty homes premium",
        "enforcement powers, including Empty Dwelling Management Orders and compulsory purchase",
        "grants and loans to bring empty homes back into use",
        "the link with the housing register and with temporary accommodation",
    ]
    out = [
        "second homes and holiday lets",
        "empty shops, offices and other commercial premises",
        "empty homes in the Council's own housing stock",
    ]
    kq = [
        ("Q1", "How many homes have been empty for more than six months, and where are they?"),
        ("Q2", "Why do homes stay empty, and who owns them?"),
        ("Q3", "Which tools have worked in other councils, and what would they cost "
               "Marrowby?"),
        ("Q4", "How many empty homes can realistically be brought back into use each year?"),
        ("Q5", "How will progress be measured and reported?"),
        ("Q6", "What will the strategy cost, and how will it be funded?"),
    ]
    s1 = "The review group must report to the Housing and Communities Committee by 30 April 2031."
    s2 = ("Owners of empty homes and local letting agents must be invited to a consultation "
          "event.")
    m = [
        ("meta", "Marrowby Borough Council · Housing and Communities"),
        ("title", "Terms of Reference: Empty Homes Review"),
        ("meta", "Agreed by the Housing Portfolio Holder, 6 October 2030"),
        ("h1", "1 Purpose"),
        ("p", "About 900 homes in Marrowby have stood empty for more than six months, while 312 "
              "households are in temporary accommodation. The review will produce an Empty "
              "Homes Strategy for 2031–2036."),
        ("h1", "2 In scope"),
        ("p", "The review will cover:"),
        ("bullets", scope),
        ("h1", "3 Out of scope"),
        ("bullets", out),
        ("h1", "4 Key questions"),
    ] + [("typed", n, x, "\t", 12) for n, x in kq] + [
        ("h1", "5 Governance"),
        ("p", "The review is led by the Private Sector Housing Manager. Cllr Ann Hobbs is the "
              "member champion. " + s1 + " " + s2 + " Officer time will be met from existing "
              "budgets."),
    ]
    header = "Marrowby Borough Council – terms of reference"
    build_pdf_l(m, d / "terms-of-reference.pdf", word_lang="en", title="Terms of Reference – "
                "Empty Homes Review", author="Marrowby Borough Council", header=header,
                lang="en-GB")
    p = [
        ("title", "Marrowby Empty Homes Strategy 2031–2036"),
        ("meta", "Marrowby Borough Council · Approved by the Housing and Communities Committee, "
                 "22 April 2031"),
        ("h1", "1 Introduction"),
        ("p", "This strategy covers every home in the borough that has stood empty for more than "
              "six months, whoever owns it, including the flats over shops on the High Street "
              "and in Kirkgate."),
        ("p", "In February 2031 we held a drop-in for owners of empty homes at the Town Hall; "
              "38 owners came."),
        ("h1", "2 Where are the empty homes?"),
        ("table", ["Ward", "Empty more than six months", "Of which more than two years"],
         [["Marrowby Central", "284", "96"], ["Eastfield", "211", "58"],
          ["Hollins", "163", "41"], ["Rural wards", "247", "112"]], [55, 50, 50]),
        ("p", "Most homes stay empty because an estate is being settled after a death or because "
              "the owner cannot afford the repairs."),
        ("h1", "3 What we will do"),
        ("p", "From April 2032 we will double the extra council tax charged on homes that have "
              "been empty for more than two years."),
        ("p", "Where an owner will not engage with us, we will use Empty Dwelling Management "
              "Orders to let the home ourselves."),
        ("p", "Case study: 14 Mill Lane stood empty for nine years before the owner took up our "
              "advice and sold it."),
        ("h1", "4 Our target"),
        ("p", "We aim to bring 40 long-term empty homes back into use every year, a figure we "
              "have met in two of the last five years."),
        ("h1", "5 Keeping track"),
        ("p", "Progress will be reported to the Housing and Communities Committee every year."),
        ("p", "Some of the households in temporary accommodation come from the rural wards."),
        ("break",),
        ("h1", "Appendix A Action plan"),
        ("table", ["Action", "Lead", "By"],
         [["Offer interest-free loans of up to £15,000 to owners who repair an empty home and "
           "let it through the Council's lettings scheme", "Private Sector Housing Manager",
           "2031"],
          ["Double the empty homes premium for homes empty over two years", "Revenues Manager",
           "April 2032"],
          ["Write to every owner of a home empty for more than a year", "Empty Homes Officer",
           "Every year"]], [90, 45, 25]),
    ]
    build_pdf_l(p, d / "plan.pdf", word_lang="en", title="Marrowby Empty Homes Strategy "
                "2031–2036", author="Marrowby Borough Council", header="Marrowby Empty Homes "
                "Strategy 2031–2036", lang="en-GB")
    k = dict(kq)
    g = [
        P("1", scope[0], "content", "covered", ev="This strategy covers every home",
          trap="a Word bullet after 'The review will cover:' under 'In scope' (numbered by "
          "position 1–5); the three 'Out of scope' bullets that follow are no points; answered "
          "in other words ('whoever owns it', 'flats over shops')"),
        P("2", scope[1], "content", "covered", ev="From April 2032 we will double",
          trap="answered in other words ('extra council tax charged' for the premium)"),
        P("3", scope[2], "content", "partial", ev="Where an owner will not engage",
          missing=["compulsory purchase"],
          trap="EDMOs named, compulsory purchase not"),
        P("4", scope[3], "content", "partial", ev="Action Lead By",
          missing=["grants"],
          trap="answered only in a row of the appendix action table, for loans only "
          "(interest-free loans of up to £15,000); no grant is considered"),
        P("5", scope[4], "content", "uncovered",
          trap="shared words: 'households in temporary accommodation come from the rural "
          "wards' is a fact; no link between empty homes and the housing register or "
          "temporary accommodation is made"),
        P("Q1", k["Q1"], "content", "covered", ev="Ward Empty more than six months",
          trap="a key question typed 'Q1⇥' (the reference kept as its number); answered under "
          "the question heading 'Where are the empty homes?' by a table"),
        P("Q2", k["Q2"], "content", "partial", ev="Most homes stay empty because",
          missing=["who owns the empty homes"],
          trap="the reasons are given, the owners are not described"),
        P("Q3", k["Q3"], "content", "uncovered",
          trap="shared words: the case study of 14 Mill Lane is Marrowby's own; no tools from "
          "other councils and no costs"),
        P("Q4", k["Q4"], "content", "covered", ev="We aim to bring 40 long-term",
          trap="answered in other words under 'Our target' (40 a year, met in two of five "
          "years)"),
        P("Q5", k["Q5"], "content", "partial", ev="Progress will be reported to",
          missing=["how progress will be measured (indicators)"],
          trap="reporting is given, no measure of progress"),
        P("Q6", k["Q6"], "content", "uncovered",
          trap="not answered: the loans have an upper limit per owner but neither the "
          "strategy's cost nor its funding is given, and the action table has no cost column"),
        P("S1", s1, "process", "covered", ev="Marrowby Borough Council · Approved by",
          trap="a requirement in the prose of 'Governance' among sentences that are none ('The "
          "review is led by …', 'Cllr Ann Hobbs is the member champion', 'Officer time will be "
          "met …'); met only in the meta line (22 April 2031)"),
        P("S2", s2, "process", "partial", ev="In February 2031 we held a drop-in",
          missing=["local letting agents"],
          trap="a drop-in for owners is told in the introduction; letting agents are not "
          "mentioned"),
    ]
    return dict(language="en", mandate="terms-of-reference.pdf", plan="plan.pdf", header=header,
                producer="terms of reference PDF (Word export, 'Page n of m'): five Word bullets "
                "under 'In scope', three under 'Out of scope' that are no points, six key "
                "questions typed 'Q1⇥' … 'Q6⇥', two requirements in 'Governance' among sentences "
                "that are none; plan PDF (Word export) with a ward table and 'Appendix A Action "
                "plan' on its own page", points=g)


# =========================================================================== main


def main(argv: list[str]) -> None:
    for name in argv or list(PAIRS):
        d = HERE / name
        d.mkdir(exist_ok=True)
        info = PAIRS[name](d)
        drop = ((info["header"],) if info.get("header") else ()) + tuple(info.get("drop", ()))
        check_points_in_mandate(d, info["mandate"], info["points"], drop)
        pages = rendered_pages(d / info["plan"])
        header = (
            f"# Blind gold for the {name} pair ({info['language']}): rebuilt by "
            "corpora/mandates-blind15/make_pairs.py.\n"
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
