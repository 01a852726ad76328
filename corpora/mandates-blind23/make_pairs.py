"""Build the twenty-third blind batch of mandate/plan pairs under corpora/mandates-blind23/ and their gold.

Written on 2026-12-04 without reading plancheck's code, from how mandates are really delivered:
a bokmål OPPDRAGSBREV (reportlab) whose numbered points carry FOOTNOTES that add conditions
(and one that only cites a regulation); an English SPECIFICATION (Word → PDF, en-GB) with "The
plan shall …" clauses 3.1–3.8, a GLOSSARY table whose definitions tighten a clause, an
'Exclusions' section and an approval clause 4.1; a Danish PROCESPLAN (web page, Chromium) whose
points are dated MILESTONES; a Swedish DIREKTIV (Writer → PDF) with two bullet lists, "Uppdraget
omfattar att" and "Utredaren ska särskilt"; and a nynorsk LETTER (Writer → PDF) with "Planen skal
omtale:" and "Planen skal ikkje omfatte:" lists (the second gives no points).

    python corpora/mandates-blind23/make_pairs.py               # all pairs
    python corpora/mandates-blind23/make_pairs.py --verify      # gold quotes against pdftotext

Imports the twentieth batch's builder (corpora/mandates-blind20/make_pairs.py) and through it
the earlier ones; nothing of the earlier batches is edited.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "mandates-blind"))
sys.path.insert(0, str(HERE.parent / "scripts"))

import pairkit as pk  # noqa: E402

_b20 = pk.load_module("mandates_blind20_make_pairs", HERE.parent / "mandates-blind20" / "make_pairs.py")
P, build_rl_pdf = _b20.P, _b20.build_rl_pdf

PAIRS, pair = pk.pair_registry()


# =========================================================================== 1 droner (nb)
@pair
def droner(d: Path) -> dict:
    pts = [
        ("kartlegge hvilke enheter som bruker eller vil bruke droner, og til hvilke oppgaver", 1),
        ("beskrive hvordan personvernet skal ivaretas ved filming og fotografering", 2),
        ("angi krav til opplæring og sertifisering av dronepiloter", 3),
        ("foreslå regler for innkjøp, slik at kommunen får færre dronemodeller", 0),
        ("vurdere om kommunen bør låne ut droner til frivillige organisasjoner ved leteaksjoner",
         4),
        ("beskrive rutiner for lagring og sletting av bilder og video", 0),
    ]
    notes = [
        "Kartleggingen skal også omfatte kommunens foretak, Tindvoll Havn KF og Tindvoll "
        "Eiendom KF.",
        "Det skal gjøres en vurdering av personvernkonsekvenser (DPIA) før planen legges fram.",
        "Jf. forskrift om luftfartøy som ikke har fører om bord mv.",
        "Vurderingen skal gjøres sammen med Tindvoll Røde Kors Hjelpekorps og politiet.",
    ]
    s1 = "Planen legges fram for formannskapet innen 1. juni 2038."
    items = []
    for i, (t, fn) in enumerate(pts, 1):
        end = "." if i == len(pts) else ";"
        sup = f"<super>{fn}</super>" if fn else ""
        items.append(("p", f"{i}. {t}{sup}{end}"))
    m = [
        ("meta", "TINDVOLL KOMMUNE · Kommunedirektøren · Vår ref. 2037/1144-2 · 15.11.2037"),
        ("p", "Til: Kommunalsjef for teknikk og miljø"),
        ("title", "Oppdragsbrev – plan for kommunens bruk av droner"),
        ("p", "Flere enheter i kommunen har tatt i bruk droner uten felles rutiner. Jeg ber "
              "derfor om at det utarbeides en plan for kommunens bruk av droner. Bruk av droner "
              "i skolenes undervisning holdes utenfor. Planen skal:"),
        *items,
        ("p", s1 + " Arbeidet ledes av IKT-sjefen."),
        ("p", "Med hilsen<br/>Marit Sæther, kommunedirektør"),
        ("meta", "______________________"),
        *[("meta", f"<super>{i}</super> {n}") for i, n in enumerate(notes, 1)],
    ]
    build_rl_pdf(d / "mandate.pdf", title="Oppdragsbrev – plan for kommunens bruk av droner",
                 author="Tindvoll kommune", creator="Tindvoll kommune – Elements",
                 running="Tindvoll kommune · Oppdragsbrev 2037/1144-2", blocks=m,
                 page_word="Side")
    p = [
        ("title", "Droner i Tindvoll kommune"),
        ("meta", "Plan for kommunens bruk av droner · Til formannskapet 12. mai 2038"),
        ("h1", "1 Hvem bruker droner"),
        ("p", "Teknisk drift bruker droner til å inspisere tak, bruer og kaier. Plan og bygg "
              "fotograferer byggeplasser og tar flyfoto til reguleringsplaner. Tindvoll brann og "
              "redning vil ta i bruk en drone med varmekamera i 2039."),
        ("h1", "2 Personvern"),
        ("p", "Piloten skal unngå å filme personer som kan kjennes igjen. Ansikter og "
              "bilnummer sladdes før bilder publiseres. En vurdering av personvernkonsekvenser "
              "gjøres når planen er vedtatt."),
        ("h1", "3 Piloter"),
        ("p", "Alle piloter skal ha kompetansebevis A1/A3 fra Luftfartstilsynet, og de som "
              "flyr nær folk, også A2. Nye piloter får to dager intern opplæring før første "
              "oppdrag."),
        ("h1", "4 Utstyr"),
        ("p", "Dronene er kjøpt inn av hver enhet og har ulike merker. IKT registrerer alle "
              "droner i kommunens utstyrsregister."),
        ("h1", "5 Bilder og video"),
        ("p", "Opptak legges på kommunens felles lagringsområde og slettes etter 30 dager, med "
              "mindre de arkiveres i saken de hører til."),
        ("h1", "6 Leteaksjoner"),
        ("p", "Utlån av droner til leteaksjoner tas i neste revisjon av planen."),
        ("h1", "7 Droner i skolen"),
        ("p", "Ungdomsskolene ønsker droner i programmering og naturfag. Vi anbefaler at "
              "skolene kjøper to øvingsdroner hver."),
    ]
    _b20.build_pdf_l(p, d / "plan.pdf", word_lang="nb", title="Droner i Tindvoll kommune",
                     author="Tindvoll kommune", header="Tindvoll kommune · Plan for droner")
    g = [
        P("1", pts[0][0], "content", "partial", ev="Teknisk drift bruker droner",
          missing=["kommunens foretak, Tindvoll Havn KF og Tindvoll Eiendom KF"],
          trap="FOOTNOTE 1 widens the point to the foretak; the plan maps the enheter, so by the "
          "point's line alone it would look covered"),
        P("2", pts[1][0], "content", "partial", ev="Piloten skal unngå å filme",
          missing=["vurdering av personvernkonsekvenser (DPIA) før planen legges fram"],
          trap="FOOTNOTE 2 asks for a DPIA before the plan is presented; the plan puts it after "
          "adoption"),
        P("3", pts[2][0], "content", "covered", ev="Alle piloter skal ha kompetansebevis",
          trap="footnote 3 only cites the regulation and adds no condition"),
        P("4", pts[3][0], "content", "uncovered",
          trap="shared words only: 'Dronene er kjøpt inn av hver enhet og har ulike merker' "
          "names purchasing and many models but gives no rules"),
        P("5", pts[4][0], "content", "uncovered",
          trap="deferred: 'tas i neste revisjon av planen' (footnote 4 adds Røde Kors and the "
          "police)"),
        P("6", pts[5][0], "content", "covered", ev="Opptak legges på kommunens felles",
          trap="answered in other words (opptak, slettes etter 30 dager)"),
        P("S1", s1, "process", "covered", ev="Plan for kommunens bruk av droner · Til",
          trap="answered by the meta line only (12 May, before 1 June); 'Arbeidet ledes av "
          "IKT-sjefen' is none; the plan's chapter on drones in schools answers what the letter "
          "holds outside"),
    ]
    return dict(language="nb", mandate="mandate.pdf", plan="plan.pdf",
                drop=("Tindvoll kommune · Oppdragsbrev 2037/1144-2",),
                producer="oppdragsbrev printed from the case system (reportlab): points 1.–6. "
                "with superscript footnote markers, the footnotes under a rule at the foot of the "
                "letter (three add conditions, one cites a regulation), one requirement in the "
                "prose; plan exported from Word", points=g)


# =========================================================================== 2 defibrillators (en)
@pair
def defibrillators(d: Path) -> dict:
    cl = [
        "map every public access defibrillator (PAD) in the borough and record whether it is "
        "registered on The Circuit",
        "identify the areas that are more than 500 metres from a PAD available 24 hours a day",
        "set out how every PAD will be kept rescue-ready",
        "propose locations for at least 20 new PADs, giving priority to the areas identified "
        "under 3.2",
        "set out how guardians will be recruited, trained and supported",
        "describe a programme of CPR and defibrillator awareness sessions for schools and "
        "community groups",
        "estimate the cost of installation and maintenance over five years",
        "set out how the Council will work with the ambulance service",
    ]
    s41 = "The plan shall be submitted to Cabinet no later than 30 September 2038."
    m = [
        ("meta", "Thornley Cross Borough Council · Public Health · Document ref. PH/SPEC/38/04 · "
                 "Version 1.0"),
        ("title", "Specification: Community Defibrillator Plan"),
        ("h1", "1 Purpose"),
        ("p", "Out-of-hospital cardiac arrest survival in Thornley Cross is below the national "
              "average. This specification sets out what the Community Defibrillator Plan must "
              "contain."),
        ("h1", "2 Glossary"),
        ("table", ["Term", "Meaning"],
         [["PAD", "Public access defibrillator: a defibrillator that any member of the public "
                  "can use."],
          ["The Circuit", "The national defibrillator network used by ambulance call handlers."],
          ["Guardian", "A volunteer or member of staff who looks after a PAD."],
          ["Rescue-ready", "A PAD that is checked every week, has in-date pads and battery, and "
                           "can be reached at any hour of the day or night."]],
         [35, 125]),
        ("h1", "3 Requirements"),
        *[("typed", f"3.{i}", f"The plan shall {t}.", "\t", 12) for i, t in enumerate(cl, 1)],
        ("h1", "4 Approval"),
        ("typed", "4.1", s41, "\t", 12),
        ("h1", "5 Exclusions"),
        ("p", "Defibrillators inside council offices that are open only to staff are outside "
              "the scope of this specification."),
    ]
    _b20.build_pdf_l(m, d / "mandate.pdf", word_lang="en",
                     title="Specification: Community Defibrillator Plan",
                     author="Thornley Cross Borough Council",
                     header="Thornley Cross Borough Council · PH/SPEC/38/04", lang="en-GB")
    p = [
        ("meta", "Public Health · Cabinet, 14 October 2038 · Thornley Cross Borough Council"),
        ("p", "Every minute without CPR and defibrillation lowers the chance of surviving a "
              "cardiac arrest. This plan shows how we will get a defibrillator close to every "
              "home."),
        ("h2", "Where the defibrillators are"),
        ("p", "We found 146 defibrillators that the public can use; 131 of them are on The "
              "Circuit, and the owners of the other 15 have been asked to register them."),
        ("h2", "Gaps in the network"),
        ("p", "Eleven neighbourhoods lie beyond half a kilometre of a defibrillator that can be "
              "reached at any hour. They are listed in the table below."),
        ("table", ["Neighbourhood", "Nearest round-the-clock defibrillator", "New site"],
         [["Millbrook", "900 m", "Millbrook Community Centre"],
          ["Harrow Lane", "750 m", "Harrow Lane shops"],
          ["Sedge End", "1.2 km", "Sedge End surgery"],
          ["Eight others", "520 m – 1.1 km", "Nine more sites: 12 new sites in all"]]),
        ("h2", "Keeping them ready"),
        ("p", "Guardians check each cabinet every week and replace pads and batteries before "
              "they expire. 38 cabinets are inside buildings that are locked overnight."),
        ("h2", "Guardians"),
        ("p", "Guardians are the backbone of the network, and we thank them."),
        ("h2", "Learning CPR"),
        ("p", "Every Year 8 pupil will have a CPR lesson each autumn, and our community "
              "first-aid trainer will run free sessions in village halls and at the library."),
        ("h2", "Working with the ambulance service"),
        ("p", "We have agreed with North Vale Ambulance Service that their community team "
              "checks our new sites and trains our guardians' coordinators."),
        ("h2", "Costs"),
        ("p", "Costs will be set out in the next revision of the plan."),
        ("h2", "Staff defibrillators"),
        ("p", "The defibrillators in our own offices will be replaced in 2039."),
    ]
    _b20.web_pdf(d / "plan.pdf", title="Community Defibrillator Plan 2038–2043",
                 nav="Thornley Cross Borough Council · Health and wellbeing · Defibrillators",
                 foot="Page last updated 16 October 2038 · Thornley Cross Borough Council",
                 blocks=p, lang="en-GB")
    g = [
        P("3.1", "The plan shall " + cl[0] + ".", "content", "covered",
          ev="We found 146 defibrillators",
          trap="answered in other words (defibrillators that the public can use)"),
        P("3.2", "The plan shall " + cl[1] + ".", "content", "covered",
          ev="Eleven neighbourhoods lie beyond half",
          trap="answered in other words: half a kilometre, at any hour"),
        P("3.3", "The plan shall " + cl[2] + ".", "content", "partial",
          ev="Guardians check each cabinet every week",
          missing=["24-hour access to the 38 defibrillators in buildings locked overnight"],
          trap="the GLOSSARY defines rescue-ready as also reachable at any hour; the plan "
          "checks and replaces but leaves the locked cabinets"),
        P("3.4", "The plan shall " + cl[3] + ".", "content", "partial",
          ev="Nine more sites: 12 new sites in all",
          missing=["at least 20 new sites: the plan proposes 12"],
          trap="answered in the table (New site column); priority to the gaps is met, the "
          "number is not"),
        P("3.5", "The plan shall " + cl[4] + ".", "content", "uncovered",
          trap="shared words only: 'Guardians are the backbone of the network'; the word "
          "guardians recurs in 3.3 and 3.8 without recruitment or support"),
        P("3.6", "The plan shall " + cl[5] + ".", "content", "covered",
          ev="Every Year 8 pupil will have",
          trap="answered in other words (lesson, free sessions in village halls)"),
        P("3.7", "The plan shall " + cl[6] + ".", "content", "uncovered",
          trap="deferred: 'will be set out in the next revision of the plan'"),
        P("3.8", "The plan shall " + cl[7] + ".", "content", "covered",
          ev="We have agreed with North Vale",
          trap="answered by an agreement"),
        P("4.1", s41, "process", "uncovered",
          trap="the meta line says Cabinet 14 October 2038, after 30 September; the Exclusions "
          "section (staff-only defibrillators) is none, and the plan's 'Staff defibrillators' "
          "answers nothing asked; the glossary rows are none"),
    ]
    return dict(language="en", mandate="mandate.pdf", plan="plan.pdf",
                drop=("Thornley Cross Borough Council · PH/SPEC/38/04",),
                producer="specification exported from Word (en-GB): a glossary table, 'The plan "
                "shall …' clauses typed 3.1–3.8 with a tab, an approval clause 4.1 and an "
                "Exclusions section; plan the council's web page printed with Chromium", points=g)


# =========================================================================== 3 vandposter (da)
@pair
def vandposter(d: Path) -> dict:
    ms = [
        ("15. januar 2038", "Kortlægning af alle offentlige vandposter, drikkefontæner og "
                            "vandhaner på legepladser er afsluttet"),
        ("1. februar 2038", "Vandkvaliteten er målt på alle vandposter"),
        ("1. marts 2038", "Dialogmøde med Ryvang Vandforsyning om drift og tilsyn"),
        ("15. april 2038", "Forslag til nye placeringer ved stier, torve og idrætsanlæg"),
        ("1. maj 2038", "Økonomisk overslag for etablering og drift"),
        ("31. maj 2038", "Udkast til plan sendes i høring hos Handicaprådet"),
        ("1. juli 2038", "Planen behandles i Teknik- og Miljøudvalget"),
    ]
    m = [
        ("meta", "Ryvang Kommune · Teknik og Miljø · Sagsnr. 13.02.00-P20-2-37 · Godkendt af "
                 "direktionen 6. december 2037"),
        ("h3", "Baggrund"),
        ("p", "Byrådet besluttede i budget 2038, at borgerne skal have let adgang til gratis "
              "drikkevand i byen. Projektgruppen mødes hver anden uge."),
        ("h3", "Milepæle"),
        *[("p", f"{dt} – {t}") for dt, t in ms],
        ("h3", "Afgrænsning"),
        ("p", "Vandposter på private grunde og i skolernes bygninger indgår ikke."),
        ("h3", "Projektgruppe"),
        ("p", "Projektleder Camilla Dyhr (Park og Vej), Søren Ahlgren (Ryvang Vandforsyning)."),
    ]
    _b20.web_pdf(d / "mandate.pdf", title="Procesplan: Plan for vandposter i byrummet",
                 nav="Ryvang Kommune · Intranet · Teknik og Miljø · Projekter",
                 foot="Udskrevet fra intranettet 7. december 2037", blocks=m, lang="da",
                 accent="#00595c")
    p = [
        ("title", "Plan for vandposter i byrummet"),
        ("meta", "Ryvang Kommune, Park og Vej · Behandlet i Teknik- og Miljøudvalget 24. juni "
                 "2038"),
        ("h1", "1 Vandposterne i dag"),
        ("p", "Vi har registreret 23 drikkefontæner og vandposter i byen og 9 vandhaner på "
              "kommunens legepladser."),
        ("h1", "2 Vandkvalitet"),
        ("p", "Alle 32 steder blev prøvetaget i januar 2038. To vandhaner på legepladser havde "
              "for mange bakterier og er lukket, indtil rørene er skiftet."),
        ("h1", "3 Nye vandposter"),
        ("p", "Vi foreslår 14 nye vandposter langs Åstien, på Torvet og ved de tre "
              "idrætsanlæg."),
        ("table", ["Sted", "Antal", "År"],
         [["Åstien", "6", "2039"], ["Torvet", "2", "2039"], ["Idrætsanlæg", "6", "2040"]],
         [80, 30, 30]),
        ("h1", "4 Drift"),
        ("p", "Ryvang Vandforsyning leverer vandet til vandposterne."),
        ("h1", "5 Økonomi"),
        ("p", "Et økonomisk overslag udarbejdes til næste revision af planen."),
        ("h1", "6 Høring"),
        ("p", "Handicaprådet fik udkastet i høring i maj og bad om, at alle nye vandposter "
              "kan bruges fra kørestol. Det er indarbejdet."),
        ("h1", "7 Skolerne"),
        ("p", "Skolerne opfordres til at sætte drikkefontæner op i gangene."),
    ]
    build_rl_pdf(d / "plan.pdf", title="Plan for vandposter i byrummet",
                 author="Ryvang Kommune", creator="Ryvang Kommune – Park og Vej",
                 running="Ryvang Kommune · Plan for vandposter", blocks=p, page_word="Side")
    g = [
        P("M1", ms[0][1], "content", "covered", ev="Vi har registreret 23 drikkefontæner",
          trap="a MILESTONE line of a procesplan ('dato – milepæl'); the date is no part of the "
          "text; all three kinds counted"),
        P("M2", ms[1][1], "content", "covered", ev="Alle 32 steder blev prøvetaget",
          trap="answered in other words (prøvetaget)"),
        P("M3", ms[2][1], "process", "uncovered",
          trap="shared words only: 'Ryvang Vandforsyning leverer vandet' under 'Drift'; no "
          "meeting, nothing on drift og tilsyn"),
        P("M4", ms[3][1], "content", "covered", ev="Vi foreslår 14 nye vandposter",
          trap="answered in prose and a table"),
        P("M5", ms[4][1], "deliverable", "uncovered",
          trap="deferred: 'udarbejdes til næste revision af planen'"),
        P("M6", ms[5][1], "process", "covered", ev="Handicaprådet fik udkastet i høring",
          trap="answered: the draft went to the council in May, as the milestone asks"),
        P("M7", ms[6][1], "process", "covered", ev="Behandlet i Teknik- og Miljøudvalget",
          trap="the meta line only (24 June, before 1 July); Baggrund ('Byrådet besluttede "
          "…', 'Projektgruppen mødes hver anden uge'), Afgrænsning and Projektgruppe are none; "
          "the plan's 'Skolerne' answers what the Afgrænsning holds outside"),
    ]
    return dict(language="da", mandate="mandate.pdf", plan="plan.pdf",
                producer="procesplan on the intranet printed with Chromium: seven milestone "
                "lines 'dato – milepæl' (content, deliverable and process milestones), an "
                "Afgrænsning that gives none; plan laid out with reportlab", points=g)


# =========================================================================== 4 trygghetspunkter (sv)
@pair
def trygghetspunkter(d: Path) -> dict:
    a = [
        "inventera vilka kommunala lokaler som kan fungera som trygghetspunkter vid långa "
        "elavbrott",
        "föreslå minst en trygghetspunkt i varje kommundel",
        "beskriva hur trygghetspunkterna försörjs med reservkraft, värme och vatten",
        "beskriva hur invånarna får veta när och var trygghetspunkterna öppnar",
    ]
    b = [
        "belysa behoven hos personer med hemtjänst eller trygghetslarm",
        "samråda med Räddningstjänsten Lysekvarn och de frivilliga försvarsorganisationerna",
        "redovisa kostnader för utrustning och drift",
    ]
    s1 = "Uppdraget ska redovisas till kommunstyrelsen senast den 30 april 2038."
    m = [
        ("meta", "Lysekvarn kommun · Kommunstyrelsens förvaltning · Dnr KS 2037/612"),
        ("title", "Direktiv för plan för trygghetspunkter"),
        ("h1", "Bakgrund"),
        ("p", "Stormen i januari 2037 lämnade 1 800 hushåll utan ström i fyra dygn. Många "
              "invånare visste inte vart de kunde vända sig. Kommunen ska nu planera för "
              "trygghetspunkter, platser där invånarna kan få information, värme och hjälp, i "
              "alla fem kommundelar: Lysekvarn, Åby, Västerby, Kroksund och Norrby."),
        ("h1", "Uppdraget"),
        ("p", "Säkerhetssamordnaren får i uppdrag att ta fram en plan för trygghetspunkter. "
              "Uppdraget omfattar att"),
        *[("p", "• " + t) for t in a],
        ("p", "Utredaren ska särskilt"),
        *[("p", "• " + t) for t in b],
        ("h1", "Redovisning"),
        ("p", s1 + " Kommunens krisledningsplan revideras separat under 2039."),
    ]
    _b20.odt_to_pdf(m, d / "mandate.pdf", title="Direktiv för plan för trygghetspunkter",
                    lang="sv")
    p = [
        ("title", "Plan för trygghetspunkter i Lysekvarn"),
        ("meta", "Kommunstyrelsens förvaltning · Till kommunstyrelsen 15 april 2038 · Dnr KS "
                 "2037/612"),
        ("h1", "Lokaler"),
        ("p", "Vi har gått igenom kommunens skolor, idrottshallar och bibliotek. Tolv lokaler "
              "har storlek, toaletter och parkering som passar för en trygghetspunkt."),
        ("h1", "Trygghetspunkter"),
        ("p", "Vi föreslår trygghetspunkter i Lysekvarns centrum (biblioteket), Åby "
              "(idrottshallen), Västerby (skolan) och Kroksund (församlingshemmet, enligt "
              "avtal)."),
        ("h1", "Ström och värme"),
        ("p", "Alla fyra punkterna får uttag för mobila reservelverk, och kommunen köper två "
              "elverk och fyra gasolvärmare."),
        ("h1", "Information till invånarna"),
        ("p", "När en trygghetspunkt öppnar meddelar vi det på kommunens webbplats, i lokalradion "
              "och genom VMA. Skyltar vid varje punkt visar vägen dit."),
        ("h1", "Hemtjänst"),
        ("p", "Hemtjänsten har egna rutiner vid elavbrott."),
        ("h1", "Samverkan"),
        ("p", "Planen är framtagen tillsammans med Räddningstjänsten Lysekvarn, som ska kunna "
              "bemanna punkterna första dygnet."),
        ("h1", "Kostnader"),
        ("p", "Kostnaderna tas fram i nästa revidering av planen."),
        ("h1", "Krisledning"),
        ("p", "Krisledningsnämnden ska öva med trygghetspunkterna vartannat år."),
    ]
    _b20.build_pdf_l(p, d / "plan.pdf", word_lang="sv",
                     title="Plan för trygghetspunkter i Lysekvarn", author="Lysekvarn kommun",
                     header="Lysekvarn kommun · Trygghetspunkter", lang="sv-SE")
    g = [
        P("A1", a[0], "content", "covered", ev="Vi har gått igenom kommunens skolor",
          trap="a bullet continuing 'Uppdraget omfattar att'; answered in other words"),
        P("A2", a[1], "content", "partial", ev="Vi föreslår trygghetspunkter i Lysekvarns",
          missing=["en trygghetspunkt i Norrby (fyra av fem kommundelar)"],
          trap="the Bakgrund names five kommundelar; the plan proposes four, Norrby has none"),
        P("A3", a[2], "content", "partial", ev="Alla fyra punkterna får uttag",
          missing=["vatten till trygghetspunkterna"],
          trap="reservkraft and värme answered, vatten not"),
        P("A4", a[3], "content", "covered", ev="När en trygghetspunkt öppnar meddelar",
          trap="answered in other words (webbplats, lokalradio, VMA, skyltar)"),
        P("B1", b[0], "content", "uncovered",
          trap="a bullet under 'Utredaren ska särskilt' (the second list); shared words only: "
          "'Hemtjänsten har egna rutiner vid elavbrott' names hemtjänst but says nothing of "
          "the needs of those who have it or of trygghetslarm"),
        P("B2", b[1], "process", "partial", ev="Planen är framtagen tillsammans med",
          missing=["samråd med de frivilliga försvarsorganisationerna"],
          trap="räddningstjänsten yes, the voluntary defence organisations not"),
        P("B3", b[2], "content", "uncovered",
          trap="deferred: 'tas fram i nästa revidering av planen'"),
        P("S1", s1, "process", "covered", ev="Kommunstyrelsens förvaltning · Till",
          trap="the meta line only (15 April, before 30 April); the Bakgrund's 'Kommunen ska "
          "nu planera …' and 'Kommunens krisledningsplan revideras separat' are none, and the "
          "plan's 'Krisledning' answers nothing asked"),
    ]
    return dict(language="sv", mandate="mandate.pdf", plan="plan.pdf",
                producer="direktiv written in Writer (sv) and exported by LibreOffice: two "
                "typed '• ' lists, four bullets continuing 'Uppdraget omfattar att' and three "
                "continuing 'Utredaren ska särskilt', one requirement in Redovisning; plan "
                "exported from Word (sv-SE)", points=g)


# =========================================================================== 5 personalbustader (nn)
@pair
def personalbustader(d: Path) -> dict:
    om = [
        "kor mange bustader kommunen eig og leiger ut til tilsette, og kva stand dei er i",
        "kva behov helse og skule vil ha for bustader dei neste ti åra",
        "korleis bustadene kan gjerast betre eigna for familiar",
        "kva husleige kommunen bør krevje",
        "om nokre av bustadene bør seljast",
        "kven som skal ha ansvaret for tildeling og vedlikehald",
    ]
    ikkje = [
        "bustader for vanskelegstilte, som er tekne med i den bustadsosiale handlingsplanen",
        "utleigehyttene på Helløya",
    ]
    s1 = "Vi ber om at tillitsvalde for dei tilsette er med i arbeidet."
    s2 = "Planen skal leggjast fram for formannskapet innan 1. september 2038."
    m = [
        ("meta", "Sandvær kommune · Kommunedirektøren · Vår dato 03.01.2038 · Vår ref. "
                 "2038/17"),
        ("p", "Eigedomssjef Terje Vassbotn"),
        ("p", "Sandvær kommune"),
        ("title", "Oppdrag: plan for personalbustader"),
        ("p", "Kommunen har vanskar med å rekruttere sjukepleiarar og lærarar til øyane, og "
              "mange nytilsette spør etter bustad. Eg ber difor om at du lagar ein plan for "
              "kommunen sine personalbustader."),
        ("p", "Planen skal omtale:"),
        *[("p", "– " + t) for t in om],
        ("p", "Planen skal ikkje omfatte:"),
        *[("p", "– " + t) for t in ikkje],
        ("p", s1 + " " + s2 + " Ta gjerne kontakt om noko er uklart."),
        ("p", "Med helsing"),
        ("p", "Kari Helland, kommunedirektør"),
        ("meta", "Dokumentet er elektronisk godkjent og har difor inga underskrift."),
    ]
    _b20.odt_to_pdf(m, d / "mandate.pdf", title="Oppdrag: plan for personalbustader",
                    lang="nn")
    p = [
        ("title", "Personalbustader i Sandvær kommune"),
        ("meta", "Plan 2039–2048 · Eigedom · Til formannskapet 8. september 2038"),
        ("h1", "1 Bustadene i dag"),
        ("p", "Kommunen eig 34 personalbustader. Tabellen viser tilstandsgrad etter "
              "NS 3424."),
        ("table", ["Stad", "Bustader", "Tilstandsgrad"],
         [["Sandvær sentrum", "18", "TG 1"], ["Nordøya", "9", "TG 2"], ["Vassøy", "7", "TG 3"]],
         [60, 35, 35]),
        ("h1", "2 Behov framover"),
        ("p", "Helse og omsorg reknar med å trenge 12 fleire bustader til sjukepleiarar og "
              "helsefagarbeidarar innan 2045."),
        ("h1", "3 Familiar"),
        ("p", "Familiar er velkomne til Sandvær, og mange tilsette vil bli buande."),
        ("h1", "4 Leige"),
        ("p", "Leiga blir sett til 80 prosent av marknadsleiga, så bustadene blir eit gode i "
              "rekrutteringa."),
        ("h1", "5 Sal"),
        ("p", "Dei sju bustadene på Vassøy er i dårleg stand og ligg langt frå arbeidsplassane. "
              "Vi rår til at dei blir selde i 2039."),
        ("h1", "6 Ansvar"),
        ("p", "Kven som skal tildele og halde ved like bustadene, tek vi i neste revisjon."),
        ("h1", "7 Helløya"),
        ("p", "Utleigehyttene på Helløya bør pussast opp og leigast ut til turistar."),
        ("h1", "8 Arbeidet"),
        ("p", "Tillitsvalde i Fagforbundet, NSF og Utdanningsforbundet har vore med i "
              "arbeidsgruppa."),
    ]
    build_rl_pdf(d / "plan.pdf", title="Personalbustader i Sandvær kommune",
                 author="Sandvær kommune", creator="Sandvær kommune – Eigedom",
                 running="Sandvær kommune · Personalbustader", blocks=p, page_word="Side")
    g = [
        P("1", om[0], "content", "covered", ev="Kommunen eig 34 personalbustader",
          trap="a '– ' item under 'Planen skal omtale:'; the state is answered in the table "
          "(tilstandsgrad)"),
        P("2", om[1], "content", "partial", ev="Helse og omsorg reknar med",
          missing=["behovet for bustader til lærarar i skulen"],
          trap="helse answered, skule not"),
        P("3", om[2], "content", "uncovered",
          trap="shared words only: 'Familiar er velkomne til Sandvær'"),
        P("4", om[3], "content", "covered", ev="Leiga blir sett til 80 prosent",
          trap="answered in other words (leiga, marknadsleiga)"),
        P("5", om[4], "content", "covered", ev="Dei sju bustadene på Vassøy",
          trap="answered by a recommendation to sell"),
        P("6", om[5], "content", "uncovered",
          trap="deferred: 'tek vi i neste revisjon'"),
        P("S1", s1, "process", "covered", ev="Tillitsvalde i Fagforbundet",
          trap="answered in the last section"),
        P("S2", s2, "process", "uncovered",
          trap="the meta line says 8 September 2038, after 1 September. The two items under "
          "'Planen skal ikkje omfatte:' are none (out of scope), and the plan's 'Helløya' "
          "section answers one of them; 'Ta gjerne kontakt' is none"),
    ]
    return dict(language="nn", mandate="mandate.pdf", plan="plan.pdf",
                producer="letter written in Writer (nn) and exported by LibreOffice: six '– ' "
                "items under 'Planen skal omtale:', two under 'Planen skal ikkje omfatte:' that "
                "are no points, two requirements in the closing paragraph; plan laid out with "
                "reportlab", points=g)


def main(argv: list[str]) -> None:
    """Build this folder's pairs and their gold, or --verify them (pairkit.mandates_main)."""
    pk.mandates_main(argv, here=HERE, pairs=PAIRS, b20=_b20, builder="corpora/mandates-blind23/make_pairs.py", counts=False)


if __name__ == "__main__":
    main(sys.argv[1:])
