"""Build the twenty-sixth blind batch of mandate/plan pairs under corpora/mandates-blind26/ and their gold.

Written on 2026-12-04 without reading plancheck's code, from how mandates are really delivered:
a bokmål KRAVSPESIFIKASJON (bilag 1 to a konkurransegrunnlag, Word → PDF) whose requirement
table has a SKAL/BØR column, an INFO row and an empty 'Tilbyders besvarelse' column; a nynorsk
REFERAT FRÅ STYRINGSGRUPPA (Writer → PDF) whose points stand in the 'Konklusjon' of the saker
about the plan, one of them struck out again under 'Eventuelt'; a Swedish ÖVERENSKOMMELSE between
a region and a kommun (Word → PDF, sv-SE) where only the kommun's clauses (§ 4) and one clause of
the shared follow-up (§ 7) are points, the region's (§ 5) none; a Danish BUDGETAFTALE (Word →
PDF, da-DK) whose one subsection orders the plan in "Parterne er enige om, at …" sentences among
sentences that inform, with one rule for all plans in the introduction; and an English RECORD OF
EXECUTIVE DECISION (democracy system print, reportlab) whose points are the lettered sub-clauses
of one resolution and two further resolutions, among 'notes', a delegation, reasons, rejected
alternative options and call-in text that are none.

    python corpora/mandates-blind26/make_pairs.py               # all pairs
    python corpora/mandates-blind26/make_pairs.py --verify      # gold quotes against pdftotext

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


# =========================================================================== 1 bilpark (nb)
@pair
def bilpark(d: Path) -> dict:
    krav = {
        "K1": "Planen skal kartlegge alle kommunens kjøretøy med alder, kjørelengde, drivstoff "
              "og bruksområde.",
        "K2": "Planen skal vise hvordan kommunen kan redusere antall kjøretøy gjennom en felles "
              "bilbase og deling av biler mellom enhetene.",
        "K3": "Planen skal gi en rekkefølge for utskifting til utslippsfrie kjøretøy for "
              "lastebiler, traktorer og anleggsmaskiner.",
        "K4": "Planen bør vurdere el-sykler og el-lastesykler i hjemmetjenesten og "
              "vaktmestertjenesten.",
        "K5": "Planen skal beregne investerings- og driftskostnadene ved utskiftingen år for år.",
        "K6": "Planen skal vise behovet for ladepunkter ved kommunens bygg.",
        "K7": "Planen bør omtale opplæring av ansatte i energiøkonomisk kjøring.",
        "K8": "Leverandøren skal gjennomføre minst ett verksted med lederne i hjemmetjenesten, "
              "teknisk drift og barnehagene.",
        "K9": "Utkast til plan skal leveres innen 1. mars 2042, og endelig plan innen 1. juni "
              "2042.",
        "K10": "Leverandøren bør presentere planen for formannskapet.",
    }
    info = ("Kommunens leasingavtale for personbiler løper til 31.12.2043 og kan ikke sies opp "
            "før.")

    def row(k, typ):
        return [k, krav[k], typ, ""]

    m = [
        ("meta", "Fosseli kommune · Konkurransegrunnlag, saksnr. 2041/118 · Bilag 1"),
        ("title", "Bilag 1 Kravspesifikasjon – plan for kommunens bilpark 2042–2050"),
        ("h1", "1 Om bilaget"),
        ("p", "Bilaget beskriver hva leverandøren skal levere. Kravene er merket SKAL eller BØR. "
              "SKAL-krav er absolutte, og et tilbud som ikke oppfyller dem, vil bli avvist. "
              "BØR-krav er ønsket og vektlegges under tildelingskriteriet «Kvalitet». Rader "
              "merket INFO er opplysninger til leverandøren. Tilbyder beskriver i kolonnen "
              "«Tilbyders besvarelse» hvordan hvert krav skal oppfylles."),
        ("h1", "2 Bakgrunn"),
        ("p", "Fosseli kommune har 86 kjøretøy fordelt på 14 enheter. Mange av bilene er eldre "
              "enn ti år, og hjemmetjenesten har flest. Kommunestyret vedtok i 2040 at alle nye "
              "personbiler skal være utslippsfrie. Kommunen ønsker nå en helhetlig plan for "
              "bilparken."),
        ("h1", "3 Krav til planens innhold"),
        ("table", ["Nr.", "Krav", "Type", "Tilbyders besvarelse"],
         [row("K1", "SKAL"), row("K2", "SKAL"), row("K3", "SKAL"), row("K4", "BØR"),
          ["–", info, "INFO", ""],
          row("K5", "SKAL"), row("K6", "SKAL"), row("K7", "BØR")],
         [14, 92, 16, 48]),
        ("h1", "4 Krav til gjennomføring og leveranse"),
        ("table", ["Nr.", "Krav", "Type", "Tilbyders besvarelse"],
         [row("K8", "SKAL"), row("K9", "SKAL"), row("K10", "BØR")],
         [14, 92, 16, 48]),
        ("h1", "5 Avgrensning"),
        ("p", "Kommunens to arbeidsbåter og utrykningskjøretøyene til Fosseli brann og redning "
              "IKS inngår ikke i oppdraget."),
    ]
    _b20.build_pdf_l(m, d / "mandate.pdf", word_lang="nb",
                     title="Bilag 1 Kravspesifikasjon – plan for kommunens bilpark",
                     author="Fosseli kommune", header="Fosseli kommune · Bilag 1 Kravspesifikasjon")
    p = [
        ("title", "Plan for kommunens bilpark 2042–2050"),
        ("meta", "Fosseli kommune · Utarbeidet av Lyngmo Rådgivning AS · Endelig plan, "
                 "27. mai 2042"),
        ("h1", "1 Sammendrag"),
        ("p", "Bilparken i Fosseli er gammel, og mange biler står stille store deler av dagen. "
              "Planen foreslår færre biler, en felles bilbase og en trinnvis overgang til "
              "utslippsfrie kjøretøy. En fullstendig oversikt over kjøretøyene står i vedlegg 1."),
        ("h1", "2 Færre biler"),
        ("p", "I dag har hver enhet sine egne biler, og ingen biler deles. Loggene viser at "
              "bilene på rådhuset i snitt brukes to timer per dag. Vi foreslår en felles "
              "bilbase på rådhuset med tolv biler som bestilles i kommunens bookingsystem. "
              "Bilbasen erstatter 19 biler i dag."),
        ("h1", "3 Overgang til utslippsfrie kjøretøy"),
        ("p", "Personbilene skiftes ut når leasingavtalen går ut. De fire lastebilene i teknisk "
              "drift skiftes til elektriske i rekkefølgen som tabellen viser; den eldste først."),
        ("table", ["Kjøretøy", "Utskiftes", "Ny drivlinje"],
         [["Lastebil (2029)", "2044", "Elektrisk"], ["Lastebil (2031)", "2045", "Elektrisk"],
          ["Lastebil (2033)", "2047", "Elektrisk"], ["Lastebil (2036)", "2049", "Biogass"]],
         [50, 30, 40]),
        ("p", "Noen ansatte i hjemmetjenesten har spurt om el-sykler."),
        ("h1", "4 Lading"),
        ("p", "Rådhuset trenger 14 nye ladepunkter, Fosseli sykehjem 8 og driftsbasen på Myrbø "
              "6. Ladepunktene bygges ut i takt med utskiftingen."),
        ("h1", "5 Kjøring og opplæring"),
        ("p", "Alle som kjører kommunens biler, får et kurs på halvannen time i å kjøre "
              "energiøkonomisk, og kurset gjentas hvert tredje år."),
        ("h1", "6 Økonomi"),
        ("p", "Kostnadene ved utskiftingen vil bli vurdert i forbindelse med økonomiplanen "
              "2043–2046."),
        ("h1", "7 Slik har vi arbeidet"),
        ("p", "Vi holdt et verksted 12. januar 2042 med lederne i hjemmetjenesten og teknisk "
              "drift. Utkastet ble levert kommunen 25. februar 2042, og kommunens innspill er "
              "tatt inn i denne endelige planen. Planen skal behandles i kommunestyret i juni."),
        ("h1", "8 Brann og redning"),
        ("p", "Brann- og redningsbilene eies av IKS-et, men står i kommunens garasje på Myrbø "
              "og kan lades der."),
        ("break",),
        ("h1", "Vedlegg 1 Kjøretøyoversikt"),
        ("table", ["Enhet", "Antall", "Snittalder", "Km per år", "Drivstoff", "Bruk"],
         [["Hjemmetjenesten", "31", "9 år", "14 200", "Bensin/el", "Hjemmebesøk"],
          ["Teknisk drift", "22", "12 år", "18 900", "Diesel", "Vei og vann"],
          ["Rådhuset", "19", "7 år", "6 100", "El", "Møter og tilsyn"],
          ["Skoler og barnehager", "8", "10 år", "5 300", "Diesel", "Vaktmestre"],
          ["Kultur", "6", "11 år", "4 800", "Bensin", "Transport av utstyr"]],
         [32, 16, 20, 22, 24, 36]),
    ]
    build_rl_pdf(d / "plan.pdf", title="Plan for kommunens bilpark 2042–2050",
                 author="Lyngmo Rådgivning AS", creator="Lyngmo Rådgivning AS",
                 running="Fosseli kommune · Plan for kommunens bilpark 2042–2050", blocks=p,
                 page_word="Side")
    g = [
        P("K1", krav["K1"], "content", "covered", ev="Enhet Antall Snittalder",
          trap="a SKAL row of the Kravspesifikasjon (Nr. | Krav | Type | Tilbyders besvarelse); "
          "answered ONLY in the appendix table 'Vedlegg 1 Kjøretøyoversikt' on page 2 (age, km, "
          "fuel, use per unit); the Sammendrag only points to it"),
        P("K2", krav["K2"], "content", "covered", ev="I dag har hver enhet sine egne biler",
          trap="answered in other words (felles bilbase på rådhuset, bookingsystem, erstatter "
          "19 biler)"),
        P("K3", krav["K3"], "content", "partial", ev="Personbilene skiftes ut når",
          missing=["rekkefølge for utskifting av traktorer og anleggsmaskiner"],
          trap="the order is given for the four lastebiler only"),
        P("K4", krav["K4"], "content", "uncovered",
          trap="a BØR row is a point as well (a planner checks the wished as well as the "
          "required); shared words only: 'Noen ansatte i hjemmetjenesten har spurt om el-sykler' "
          "weighs nothing"),
        P("K5", krav["K5"], "content", "uncovered",
          trap="COST answered only by a deferral: 'Kostnadene ved utskiftingen vil bli vurdert "
          "i forbindelse med økonomiplanen'"),
        P("K6", krav["K6"], "content", "covered", ev="Rådhuset trenger 14 nye ladepunkter",
          trap="answered in other words (numbers per building)"),
        P("K7", krav["K7"], "content", "covered", ev="Alle som kjører kommunens biler",
          trap="a BØR row, met (course in energiøkonomisk kjøring)"),
        P("K8", krav["K8"], "process", "partial", ev="Vi holdt et verksted 12. januar 2042",
          missing=["barnehagene var ikke med i verkstedet"],
          trap="answered in the plan's process chapter 'Slik har vi arbeidet'; two of the three "
          "groups named"),
        P("K9", krav["K9"], "process", "covered", ev="Utkastet ble levert kommunen",
          trap="draft date in the process chapter, final date in the meta line ('Endelig plan, "
          "27. mai 2042')"),
        P("K10", krav["K10"], "process", "uncovered",
          trap="'Planen skal behandles i kommunestyret' is no presentation by the supplier to "
          "the formannskap. The INFO row (leasingavtalen), the empty 'Tilbyders besvarelse' "
          "column, '1 Om bilaget' (how SKAL/BØR are evaluated) and the Avgrensning (boats, "
          "the IKS's fire engines) are none; the plan's 'Brann og redning' answers the "
          "Avgrensning"),
    ]
    return dict(language="nb", mandate="mandate.pdf", plan="plan.pdf",
                drop=("Fosseli kommune · Bilag 1 Kravspesifikasjon",),
                producer="kravspesifikasjon (bilag 1 to a konkurransegrunnlag) exported from "
                "Word: two tables `Nr. | Krav | Type | Tilbyders besvarelse` with SKAL and BØR "
                "rows, one INFO row, the answer column empty; an Avgrensning; plan the "
                "consultant's report laid out with reportlab, an appendix table on page 2",
                points=g)


# =========================================================================== 2 laerling (nn)
@pair
def laerling(d: Path) -> dict:
    sak12 = [
        "vise kor mange lærlingar kommunen skal ta inn kvart år fram til 2045",
        "gje reglar for rettleiing av lærlingar, med avsett tid til instruktørane",
        "greie ut om kommunen skal tilby fagbrev på jobb for ufaglærte tilsette",
        "ha tiltak for å få fleire lærlingar i IKT-servicefaget",
        "rekne ut kva det kostar å auke talet på lærlingar",
        "syne korleis lærlingane kan få fast jobb i kommunen etter fagbrevet",
    ]
    s1 = ("Ungdomsrådet og dei hovudtillitsvalde skal få uttale seg til utkastet før planen "
          "går til politisk handsaming.")
    s2 = "Planen skal vere klar til møtet i hovudutval for oppvekst 9. juni 2041."
    m = [
        ("meta", "Krokstø kommune · Personal og organisasjon · Arkivsak 2041/57"),
        ("title", "Referat frå møte i styringsgruppa for lærlingplanen"),
        ("p", "Møtedato: 3. mars 2041, kl. 09.00–11.00, møterom Fjøra, rådhuset"),
        ("p", "Til stades: Kari Vinje (personalsjef, leiar), Odd Helle (kommunalsjef oppvekst), "
              "Sigrid Nes (kommunalsjef helse og omsorg), Ester Aas (hovudtillitsvald, "
              "Fagforbundet), Jon Lid (lærlingkoordinator, sekretær)"),
        ("p", "Forfall: Ingen"),
        ("h1", "Sak 10/41 Godkjenning av innkalling og referat"),
        ("p", "Konklusjon: Innkallinga og referatet frå 2. februar vart godkjende."),
        ("h1", "Sak 11/41 Orientering: lærlingar i 2040"),
        ("p", "Jon Lid orienterte. Kommunen hadde 14 lærlingar i 2040, ti i helsearbeidarfaget "
              "og fire i barne- og ungdomsarbeidarfaget. To lærlingar slutta før fagprøva."),
        ("p", "Konklusjon: Teke til orientering."),
        ("h1", "Sak 12/41 Innhald i lærlingplanen"),
        ("p", "Styringsgruppa drøfta utkastet til disposisjon. Fleire meinte at planen må seie "
              "meir om kva som skjer etter fagprøva, og Ester Aas peika på at instruktørane i "
              "dag ikkje har tid til rettleiing i turnusen."),
        ("p", "Konklusjon: Planen skal"),
        *[("p", "– " + t) for t in sak12],
        ("h1", "Sak 13/41 Medverknad"),
        ("p", "Konklusjon: " + s1),
        ("h1", "Sak 14/41 Eventuelt"),
        ("p", "a) Ester Aas spurde om planen òg skal gjelde lærlingane i Krokstø kyrkjelege "
              "fellesråd. Konklusjon: Nei. Fellesrådet lagar sin eigen plan."),
        ("p", "b) Jon Lid opplyste at kommunen ikkje er godkjend lærebedrift i "
              "IKT-servicefaget. Konklusjon: Strekpunktet om IKT-servicefaget i sak 12/41 "
              "fell bort."),
        ("p", "c) Konklusjon: " + s2),
        ("p", "Neste møte: 14. april 2041. Referent: Jon Lid"),
    ]
    _b20.odt_to_pdf(m, d / "mandate.pdf", title="Referat frå styringsgruppa for lærlingplanen",
                    lang="nn")
    p = [
        ("meta", "Handsama i hovudutval for oppvekst 9. juni 2041 · Personal og organisasjon"),
        ("h2", "Kvifor ein lærlingplan?"),
        ("p", "Krokstø treng fleire fagarbeidarar i helse og omsorg og i barnehagane. Lærlingar "
              "som tek fagbrevet hos oss, blir ofte verande i kommunen."),
        ("h2", "Kor mange lærlingar?"),
        ("p", "Kommunen tek inn seks nye lærlingar kvart år frå hausten 2041 og åtte kvart år "
              "frå 2043 til og med 2045."),
        ("table", ["Fag", "2041–2042", "2043–2045"],
         [["Helsearbeidarfaget", "4", "5"], ["Barne- og ungdomsarbeidarfaget", "2", "2"],
          ["Kokkfaget", "0", "1"]]),
        ("h2", "Rettleiing"),
        ("p", "Kvar lærling har ein fast instruktør og ein samtale med leiaren kvart halvår. "
              "Instruktørane får eit kurs frå fylkeskommunen."),
        ("h2", "Fagbrev"),
        ("p", "Fleire tilsette har spurt om fagbrev på jobb, og personalavdelinga har fått "
              "mange spørsmål om ordninga."),
        ("h2", "Etter fagprøva"),
        ("p", "Alle som består fagprøva, får tilbod om ei fast stilling på minst 60 prosent i "
              "den eininga der dei var lærlingar, dersom det finst ledige heimlar."),
        ("h2", "IKT-servicefaget"),
        ("p", "Kommunen er ikkje godkjend lærebedrift i IKT-servicefaget og tek ikkje inn "
              "lærlingar i faget i planperioden."),
        ("h2", "Økonomi"),
        ("p", "Kva auken i talet på lærlingar kostar, blir teke i budsjettarbeidet for 2042."),
        ("h2", "Kyrkjeleg fellesråd"),
        ("p", "Krokstø kyrkjelege fellesråd har to lærlingar i gravplassforvaltning."),
        ("h2", "Arbeidet med planen"),
        ("p", "Styringsgruppa har hatt fire møte. Ungdomsrådet fekk utkastet og gav "
              "fråsegn 4. mai 2041; rådet bad om at lærlingane får ein fast kontaktperson, og "
              "det er teke inn."),
    ]
    _b20.web_pdf(d / "plan.pdf", title="Lærlingplan for Krokstø kommune 2041–2045",
                 nav="Krokstø kommune · Jobb i kommunen · Lærling", foot="Sist oppdatert "
                 "10. juni 2041 · Krokstø kommune", blocks=p, lang="nn", accent="#5a2d6e")
    g = [
        P("12.1", sak12[0], "content", "covered", ev="Kommunen tek inn seks nye lærlingar",
          trap="a '– ' item under 'Konklusjon: Planen skal' in sak 12/41 of a STYRINGSGRUPPE "
          "REFERAT; numbered sak.position; answered in a sentence and a table per fag"),
        P("12.2", sak12[1], "content", "partial", ev="Kvar lærling har ein fast instruktør",
          missing=["avsett tid til instruktørane"],
          trap="rules for rettleiing given (fast instruktør, samtale, kurs), but the time the "
          "drøfting and the item ask for is not"),
        P("12.3", sak12[2], "content", "uncovered",
          trap="shared words only: 'Fleire tilsette har spurt om fagbrev på jobb' under "
          "'Fagbrev' weighs nothing"),
        P("12.5", sak12[4], "content", "uncovered",
          trap="COST answered only by a deferral: 'blir teke i budsjettarbeidet for 2042'"),
        P("12.6", sak12[5], "content", "covered", ev="Alle som består fagprøva",
          trap="answered in other words (tilbod om fast stilling). Item 12.4 (IKT-servicefaget) "
          "is NOT a point: 'Eventuelt' b) strikes it out ('fell bort'); the plan's "
          "'IKT-servicefaget' section answers the striking"),
        P("S1", s1, "process", "partial", ev="Styringsgruppa har hatt fire møte",
          missing=["fråsegn frå dei hovudtillitsvalde"],
          trap="the Konklusjon of sak 13/41; answered in the plan's process section "
          "'Arbeidet med planen' for the ungdomsråd only"),
        P("S2", s2, "process", "covered", ev="Handsama i hovudutval for oppvekst 9. juni 2041",
          trap="'Eventuelt' c); answered only by the meta line. Sak 10 and 11 (godkjenning, "
          "orientering), the drøfting paragraphs, the attendance list and 'Eventuelt' a) "
          "(fellesrådet outside the plan) are none; the plan's 'Kyrkjeleg fellesråd' "
          "answers what is outside"),
    ]
    return dict(language="nn", mandate="mandate.pdf", plan="plan.pdf",
                producer="referat frå styringsgruppa written in Writer (nn) and exported by "
                "LibreOffice: saker with 'Konklusjon:' lines, six '– ' items in sak 12, one "
                "struck out again under 'Eventuelt', two requirements as Konklusjon sentences; "
                "plan the municipality's web page printed with Chromium", points=g)


# =========================================================================== 3 munhalsa (sv)
@pair
def munhalsa(d: Path) -> dict:
    k4 = [
        "beskriva hur en munhälsobedömning erbjuds inom fyra veckor efter att någon beviljats "
        "hemtjänst eller flyttat till särskilt boende",
        "ange hur omsorgspersonalen utbildas i daglig munvård minst en gång per år",
        "utse ett munvårdsombud på varje enhet inom hemtjänst och särskilt boende",
        "beskriva hur munvården dokumenteras i den enskildes genomförandeplan",
        "redovisa kostnaden för munvårdshjälpmedel som eltandborstar och fluortabletter",
        "beskriva samverkan med tandvården vid den uppsökande verksamheten",
    ]
    r5 = [
        "Regionen ska erbjuda kommunens personal kostnadsfri utbildning i munvård genom "
        "Folktandvården.",
        "Regionen ska ersätta tandvården för munhälsobedömningarna enligt tandvårdsförordningen.",
    ]
    s1 = ("Kommunens plan ska antas av socialnämnden och redovisas för det gemensamma "
          "vårdsamverkansrådet senast den 30 november 2041.")
    m = [
        ("meta", "Överenskommelse · Dnr RH 2041/0412 och LK 2041/88"),
        ("title", "Överenskommelse om munhälsa för äldre mellan Region Hemsjö och Lingsbo kommun"),
        ("h1", "§ 1 Parter"),
        ("p", "Denna överenskommelse är träffad mellan Region Hemsjö (regionen) och Lingsbo "
              "kommun (kommunen)."),
        ("h1", "§ 2 Bakgrund"),
        ("p", "Många äldre med hemtjänst eller på särskilt boende har dålig munhälsa. Regionens "
              "uppsökande verksamhet nådde 2040 bara hälften av dem som har rätt till en "
              "munhälsobedömning, och personalen saknar ofta kunskap om daglig munvård."),
        ("h1", "§ 3 Syfte"),
        ("p", "Överenskommelsen ska ge äldre i Lingsbo en god munhälsa genom att regionen och "
              "kommunen tar ansvar för var sin del."),
        ("h1", "§ 4 Kommunens åtaganden"),
        ("p", "Kommunen åtar sig att ta fram en plan för munhälsa hos äldre med hemtjänst eller "
              "på särskilt boende. Planen ska"),
        *[("typed", f"4.{i}", t, "\t", 12) for i, t in enumerate(k4, 1)],
        ("h1", "§ 5 Regionens åtaganden"),
        *[("typed", f"5.{i}", t, "\t", 12) for i, t in enumerate(r5, 1)],
        ("h1", "§ 6 Ekonomi"),
        ("p", "Vardera parten bär sina egna kostnader för det som följer av överenskommelsen."),
        ("h1", "§ 7 Uppföljning"),
        ("p", "Parterna följer upp överenskommelsen varje år i vårdsamverkansrådet. " + s1),
        ("h1", "§ 8 Giltighetstid"),
        ("p", "Överenskommelsen gäller från den 1 april 2041 till den 31 december 2044."),
        ("table", ["För Region Hemsjö", "För Lingsbo kommun"],
         [["Hemsjö den 14 mars 2041", "Lingsbo den 21 mars 2041"],
          ["Anna Berglund, hälso- och sjukvårdsdirektör", "Per Holm, socialchef"]], [80, 80]),
    ]
    _b20.build_pdf_l(m, d / "mandate.pdf", word_lang="sv",
                     title="Överenskommelse om munhälsa för äldre", author="Region Hemsjö",
                     header="Region Hemsjö och Lingsbo kommun · Överenskommelse", lang="sv-SE")
    p = [
        ("title", "Plan för munhälsa hos äldre 2042–2044"),
        ("meta", "Lingsbo kommun · Socialförvaltningen · Antagen av socialnämnden "
                 "den 19 oktober 2041, § 84"),
        ("h1", "1 Varför en plan?"),
        ("p", "En god munhälsa påverkar hur man äter, sover och mår. Planen beskriver vad "
              "kommunen gör för att äldre med hemtjänst och på särskilt boende ska ha friska "
              "munnar."),
        ("h1", "2 Munvårdsombud"),
        ("p", "Varje arbetslag i hemtjänsten och varje avdelning på de fyra särskilda boendena "
              "har en undersköterska som är munvårdsansvarig och som hjälper kollegorna."),
        ("h1", "3 Kunskap hos personalen"),
        ("p", "All omsorgspersonal går Folktandvårdens utbildning i daglig munvård vartannat år. "
              "Nyanställda går utbildningen under sin första månad. Regionen står för "
              "utbildningen."),
        ("h1", "4 Dokumentation"),
        ("p", "Genomförandeplanen skrivs av kontaktpersonen tillsammans med den enskilde."),
        ("h1", "5 Tandvården"),
        ("p", "Folktandvården besöker varje särskilt boende två gånger om året och gör då "
              "munhälsobedömningar för de boende som har tackat ja. Hemtjänstens "
              "munvårdsansvariga lämnar en lista till tandvården i förväg, och tandvården "
              "lämnar råd om varje person tillbaka till enheten."),
        ("h1", "6 Hjälpmedel"),
        ("p", "Kostnaden för munvårdshjälpmedel kommer att bedömas när planen följs upp."),
        ("h1", "7 Så togs planen fram"),
        ("p", "Planen togs fram av en arbetsgrupp med två enhetschefer, en sjuksköterska och en "
              "tandhygienist från Folktandvården. Socialnämnden antog planen i oktober 2041."),
        ("h1", "Bilaga 1 Rutin för munhälsobedömning"),
        ("p", "När någon beviljas hemtjänst eller flyttar till ett särskilt boende frågar "
              "biståndshandläggaren om personen vill ha en munhälsobedömning. Vill personen "
              "det, skickar handläggaren en remiss till Folktandvården samma vecka, och "
              "bedömningen görs inom fyra veckor i hemmet eller på boendet."),
    ]
    _b20.odt_to_pdf(p, d / "plan.pdf", title="Plan för munhälsa hos äldre 2042–2044", lang="sv")
    g = [
        P("4.1", k4[0], "content", "covered", ev="När någon beviljas hemtjänst",
          trap="a clause of § 4 'Kommunens åtaganden' of an ÖVERENSKOMMELSE, typed '4.1⇥' after "
          "'Planen ska'; answered ONLY in 'Bilaga 1 Rutin för munhälsobedömning' at the end"),
        P("4.2", k4[1], "content", "partial", ev="All omsorgspersonal går Folktandvårdens",
          missing=["utbildning varje år (planen har vartannat år)"],
          trap="training answered, its frequency not met"),
        P("4.3", k4[2], "content", "covered", ev="Varje arbetslag i hemtjänsten",
          trap="answered in other words (munvårdsansvarig undersköterska per arbetslag and "
          "avdelning)"),
        P("4.4", k4[3], "content", "uncovered",
          trap="shared words only: 'Genomförandeplanen skrivs av kontaktpersonen …' under "
          "'Dokumentation' says nothing of munvård in it"),
        P("4.5", k4[4], "content", "uncovered",
          trap="COST answered only by a deferral: 'kommer att bedömas när planen följs upp'"),
        P("4.6", k4[5], "content", "covered", ev="Folktandvården besöker varje särskilt boende",
          trap="answered in other words (visits, lists, advice back to the unit)"),
        P("S1", s1, "process", "partial", ev="Lingsbo kommun · Socialförvaltningen · Antagen",
          missing=["redovisning för vårdsamverkansrådet"],
          trap="the one sentence of the shared § 7 that binds the kommun's plan; adoption by "
          "the socialnämnd answered in the meta line (19 October), the report to the council "
          "not. § 5 'Regionens åtaganden' (5.1, 5.2) binds the region and is none although the "
          "plan says 'Regionen står för utbildningen'; § 1–3, § 6 (each party its own costs), "
          "§ 8 and the signatures are none"),
    ]
    return dict(language="sv", mandate="mandate.pdf", plan="plan.pdf",
                drop=("Region Hemsjö och Lingsbo kommun · Överenskommelse",),
                producer="överenskommelse between a region and a kommun exported from Word "
                "(sv-SE): clauses typed '4.1⇥' … '4.6⇥' under '§ 4 Kommunens åtaganden' the "
                "points, '§ 5 Regionens åtaganden' none, one sentence of '§ 7 Uppföljning' a "
                "point; plan written in Writer and exported by LibreOffice, an appendix "
                "at the end", points=g)


# =========================================================================== 4 toiletter (da)
@pair
def toiletter(d: Path) -> dict:
    order = "Parterne er enige om, at forvaltningen udarbejder en toiletplan for hele kommunen."
    pts = [
        "Parterne er enige om, at planen skal vise, hvor der mangler toiletter, herunder ved "
        "stranden i Nørre Skelby og ved legepladsen i Byparken.",
        "Parterne er enige om, at alle nye toiletter skal være handicaptilgængelige og have "
        "puslebord.",
        "Parterne er også enige om, at planen skal vurdere åbningstider og rengøring i "
        "sommerhalvåret.",
        "Parterne er enige om, at planen skal indeholde et overslag over driftsudgifterne.",
    ]
    money = "Der afsættes 1,2 mio. kr. i 2042 til det første nye toilet."
    excl = "Betaling for brug af toiletterne indgår ikke i planen."
    s1 = ("Planer, som udarbejdes som følge af aftalen, skal drøftes med aftalepartierne, inden "
          "de behandles i fagudvalget.")
    s2 = "Planen skal være klar til budgetforhandlingerne i august 2042."
    m = [
        ("meta", "Skelby Kommune · Budget 2042–2045"),
        ("title", "Aftale om budget 2042–2045"),
        ("p", "Aftalen er indgået den 28. september 2041 mellem Socialdemokratiet, Venstre, SF og "
              "Radikale Venstre i Skelby Byråd."),
        ("h1", "1. Indledning"),
        ("p", "Aftalepartierne vil fastholde en sund økonomi og samtidig investere i de steder, "
              "hvor borgerne mødes. " + s1),
        ("h1", "2. Økonomien"),
        ("p", "Skatteprocenten fastholdes på 25,1. Anlægsrammen er 142 mio. kr. i 2042."),
        ("h1", "3. Ældre og sundhed"),
        ("p", "Parterne er enige om, at der ansættes fire flere sygeplejersker i hjemmeplejen "
              "fra 1. marts 2042."),
        ("h1", "4. By, natur og fritid"),
        ("h2", "4.1 Legepladser"),
        ("p", "Parterne er enige om, at legepladsen i Byparken renoveres i 2042 for 2,4 mio. "
              "kr."),
        ("h2", "4.2 Offentlige toiletter"),
        ("p", "Der er i dag 11 offentlige toiletter i kommunen, og flere af dem er nedslidte. "
              + " ".join([order, pts[0], pts[1], money, pts[2], pts[3], excl, s2])),
        ("h1", "5. Underskrifter"),
        ("table", ["Parti", "Underskrift"],
         [["Socialdemokratiet", "Mette Kjær, borgmester"], ["Venstre", "Lars Dahl"],
          ["SF", "Hanne Bech"], ["Radikale Venstre", "Ole Vinther"]], [70, 90]),
    ]
    _b20.build_pdf_l(m, d / "mandate.pdf", word_lang="da", title="Aftale om budget 2042–2045",
                     author="Skelby Kommune", header="Skelby Kommune · Budgetaftale 2042–2045",
                     lang="da-DK")
    p = [
        ("meta", "Godkendt i Teknik- og Miljøudvalget den 14. juni 2042"),
        ("h2", "Toiletterne i dag"),
        ("p", "Kommunen har 11 offentlige toiletter. Fire af dem er fra før 1990 og kan ikke "
              "bruges af kørestolsbrugere."),
        ("h2", "Hvor mangler der toiletter?"),
        ("p", "Ved stranden i Nørre Skelby er der kun et midlertidigt toilet om sommeren, og "
              "gæsterne har klaget i flere år. Her bygges et nyt, fast toilet i 2042."),
        ("p", "Byparkens legeplads bliver renoveret i 2042."),
        ("h2", "Nye toiletter"),
        ("p", "Alle nye toiletter bygges, så en kørestolsbruger kan komme ind og vende, og de "
              "får et puslebord, der kan klappes ned."),
        ("h2", "Drift"),
        ("p", "Driftsudgifterne til de nye toiletter tages med i budgetforhandlingerne for "
              "2043."),
        ("h2", "Betalingstoiletter"),
        ("p", "Toilettet på Torvet kunne blive et betalingstoilet med MobilePay, som man kender "
              "det fra andre byer."),
        ("h2", "Sådan er planen lavet"),
        ("p", "Planen blev drøftet med aftalepartierne på et møde den 3. maj 2042, før den blev "
              "sendt til udvalget."),
        ("break",),
        ("h2", "Bilag: Toiletterne ét for ét"),
        ("table", ["Toilet", "Åbent", "Rengøring i sommerhalvåret"],
         [["Torvet", "Hele året kl. 7–22", "To gange dagligt"],
          ["Havnen", "1. april–30. september kl. 7–23", "To gange dagligt, tre i weekenden"],
          ["Nørre Skelby Strand (nyt)", "1. maj–15. september døgnet rundt",
           "Tre gange dagligt"],
          ["Biblioteket", "Bibliotekets åbningstid", "Én gang dagligt"]]),
    ]
    _b20.web_pdf(d / "plan.pdf", title="Toiletplan for Skelby Kommune 2042–2046",
                 nav="Skelby Kommune · Borger · Trafik, veje og byrum", foot="Senest opdateret "
                 "16. juni 2042 · Skelby Kommune", blocks=p, lang="da", accent="#00557f")
    g = [
        P("1", pts[0], "content", "partial", ev="Ved stranden i Nørre Skelby er der kun",
          missing=["et toilet ved legepladsen i Byparken"],
          trap="a 'Parterne er enige om, at …' sentence in subsection 4.2 of a BUDGETAFTALE, "
          "numbered by its place among the point sentences. The beach answered; shared words "
          "only for Byparken ('Byparkens legeplads bliver renoveret' answers 4.1, another "
          "subsection, and says nothing of a toilet)"),
        P("2", pts[1], "content", "covered", ev="Alle nye toiletter bygges",
          trap="answered in other words (kørestolsbruger kan komme ind og vende)"),
        P("3", pts[2], "content", "covered", ev="Toilet Åbent Rengøring",
          trap="answered ONLY in the appendix table 'Bilag: Toiletterne ét for ét' on page 2"),
        P("4", pts[3], "content", "uncovered",
          trap="COST answered only by a deferral: 'tages med i budgetforhandlingerne for 2043'"),
        P("S1", s1, "process", "covered", ev="Planen blev drøftet med aftalepartierne",
          trap="a rule in '1. Indledning' for every plan that follows from the agreement; "
          "answered in the plan's process section 'Sådan er planen lavet'"),
        P("S2", s2, "process", "covered", ev="Godkendt i Teknik- og Miljøudvalget",
          trap="the meta line only (approved 14 June, before August). The order itself "
          "('forvaltningen udarbejder en toiletplan'), the money sentence (1,2 mio. kr.), "
          "the exclusion (betaling) and every other section (økonomi, sygeplejersker, "
          "legepladsen in 4.1, signatures) are none; the plan's 'Betalingstoiletter' answers "
          "the exclusion"),
    ]
    return dict(language="da", mandate="mandate.pdf", plan="plan.pdf",
                drop=("Skelby Kommune · Budgetaftale 2042–2045",),
                producer="budgetaftale exported from Word (da-DK): subsection '4.2 Offentlige "
                "toiletter' orders the plan in one paragraph of 'Parterne er enige om, at …' "
                "sentences among sentences that inform or exclude, one rule for all plans in "
                "'1. Indledning'; plan the municipality's web page printed with Chromium, an "
                "appendix table on page 2", points=g)


# =========================================================================== 5 public-art (en)
@pair
def public_art(d: Path) -> dict:
    subs = [
        "audit the condition of the Council's 140 public artworks and memorials",
        "set out a programme of maintenance, with priorities, for the next five years",
        "establish criteria for accepting gifts and loans of artworks",
        "explain how developer contributions under Section 106 agreements will fund new public "
        "art",
        "identify the cost of the maintenance programme and how it will be funded",
    ]
    r1 = "note the condition survey of public art and memorials summarised in the report"
    r2 = "instruct the Director of Place to prepare a Public Art Strategy for 2042–2047 which shall"
    r3 = ("require that the draft Strategy is subject to public consultation for at least six "
          "weeks, including with the Millbridge Civic Society")
    r4 = ("delegate authority to the Portfolio Holder for Culture to approve minor changes to "
          "the draft before consultation")
    r5 = "request that the final Strategy is brought to Cabinet no later than March 2042"
    m = [
        ("meta", "Millbridge Borough Council · Democratic Services"),
        ("title", "Record of Executive Decision"),
        ("table", ["Item", "Detail"],
         [["Decision maker", "Cabinet"], ["Date of decision", "12 May 2041"],
          ["Subject", "Public art and memorials: condition survey and a new strategy"],
          ["Report of", "Director of Place"], ["Key decision", "No"],
          ["Decision reference", "CAB/2041/031"]], [45, 115]),
        ("h1", "Decision"),
        ("p", "Cabinet RESOLVED to:"),
        ("p", f"(i) {r1};"),
        ("p", f"(ii) {r2}:"),
        *[("p", f"({c}) {t};") for c, t in zip("abcde", subs, strict=True)],
        ("p", f"(iii) {r3};"),
        ("p", f"(iv) {r4}; and"),
        ("p", f"(v) {r5}."),
        ("h1", "Reasons for the decision"),
        ("p", "The survey found that many of the Council's artworks and memorials are in poor "
              "condition, and the Council has no policy on accepting new works. A strategy will "
              "set priorities for the limited budget."),
        ("h1", "Alternative options considered and rejected"),
        ("p", "Option 1: Do nothing. Rejected because several memorials are at risk of further "
              "damage."),
        ("p", "Option 2: Adopt a Percent for Art policy requiring 1% of the construction cost of "
              "major developments to be spent on public art. Rejected because the adopted Local "
              "Plan does not support it."),
        ("h1", "Conflicts of interest declared"),
        ("p", "None."),
        ("h1", "Call-in"),
        ("p", "This decision will come into force, and may be implemented, on 21 May 2041 unless "
              "it is called in by the Overview and Scrutiny Committee."),
    ]
    build_rl_pdf(d / "mandate.pdf", title="Record of Executive Decision CAB/2041/031",
                 author="Millbridge Borough Council", creator="Democracy system",
                 running="Millbridge Borough Council · Record of Executive Decision", blocks=m,
                 page_word="Page")
    p = [
        ("title", "Millbridge Public Art Strategy 2042–2047"),
        ("meta", "Millbridge Borough Council · Adopted by Cabinet, 10 February 2042"),
        ("h1", "1 Introduction"),
        ("p", "Millbridge has a rich collection of public art, from Victorian drinking fountains "
              "to the steel sculptures on the riverside. This strategy sets out how the Council "
              "will look after the collection and how new works will be added."),
        ("h1", "2 Looking after what we have"),
        ("p", "The works in poor condition will be repaired first, in 2042 and 2043; those in "
              "fair condition follow between 2044 and 2046. Every work will be cleaned and "
              "inspected once a year. The full results of the condition audit are in "
              "Appendix 1."),
        ("p", "The cost of the maintenance programme will be considered as part of the 2043/44 "
              "budget-setting process."),
        ("h1", "3 New works"),
        ("p", "The Council will accept the gift of an artwork only if it is of good quality, "
              "comes with a sum that covers its maintenance for ten years, and has a site "
              "agreed with the ward members."),
        ("p", "Section 106 agreements are negotiated by the planning team."),
        ("h1", "4 Percent for Art"),
        ("p", "A Percent for Art policy would bring about £300,000 a year for new public art, "
              "and several respondents asked for one."),
        ("h1", "5 How we prepared the strategy"),
        ("p", "The draft Strategy was open for consultation from 4 October to 26 November 2041, "
              "eight weeks. We received 212 responses and met the Millbridge Civic Society on "
              "19 October 2041. The main changes after consultation were a stronger focus on "
              "war memorials and a yearly inspection."),
        ("break",),
        ("h1", "Appendix 1 Condition audit"),
        ("p", "Officers inspected all 140 public artworks and memorials in the summer of 2041."),
        ("table", ["Condition", "Number of works", "Examples"],
         [["Good", "86", "Riverside sculptures, Town Hall murals"],
          ["Fair", "38", "Drinking fountains, Market Square clock"],
          ["Poor", "16", "War memorial in Hale Park, Weaver statue"]], [30, 35, 95]),
    ]
    _b20.build_pdf_l(p, d / "plan.pdf", word_lang="en",
                     title="Millbridge Public Art Strategy 2042–2047",
                     author="Millbridge Borough Council",
                     header="Millbridge Public Art Strategy 2042–2047", lang="en-GB")
    g = [
        P("a", subs[0], "content", "covered", ev="Officers inspected all 140 public",
          trap="a lettered sub-clause of resolution (ii) of a RECORD OF EXECUTIVE DECISION, "
          "numbered by its letter; answered ONLY in 'Appendix 1 Condition audit' on page 2 "
          "(section 2 only points to it and gives no figures)"),
        P("b", subs[1], "content", "covered", ev="The works in poor condition will be",
          trap="answered in other words (repairs by condition and year, yearly inspection)"),
        P("c", subs[2], "content", "partial", ev="The Council will accept the gift",
          missing=["criteria for loans of artworks"],
          trap="gifts answered, loans not"),
        P("d", subs[3], "content", "uncovered",
          trap="shared words only: 'Section 106 agreements are negotiated by the planning "
          "team' says nothing of how they fund public art"),
        P("e", subs[4], "content", "uncovered",
          trap="COST answered only by a deferral: 'will be considered as part of the 2043/44 "
          "budget-setting process'"),
        P("iii", r3, "process", "covered", ev="The draft Strategy was open for consultation",
          trap="answered in the plan's process chapter (eight weeks, the Civic Society met)"),
        P("v", r5, "process", "covered", ev="Millbridge Borough Council · Adopted by Cabinet",
          trap="the meta line only (10 February 2042). Resolution (i) (note), (ii)'s lead-in "
          "(the order itself), (iv) (a delegation), the reasons, the rejected options (do "
          "nothing, Percent for Art), the declarations and the call-in text are none; the "
          "plan's 'Percent for Art' answers a rejected option"),
    ]
    return dict(language="en", mandate="mandate.pdf", plan="plan.pdf",
                drop=("Millbridge Borough Council · Record of Executive Decision",),
                producer="record of executive decision printed by the democracy system "
                "(reportlab): a head table, 'Cabinet RESOLVED to:' with (i)–(v) and lettered "
                "sub-clauses (a)–(e) under (ii), reasons, rejected alternative options and "
                "call-in text that are none; plan exported from Word (en-GB), an appendix on "
                "page 2", points=g)


def main(argv: list[str]) -> None:
    """Build this folder's pairs and their gold, or --verify them (pairkit.mandates_main)."""
    pk.mandates_main(argv, here=HERE, pairs=PAIRS, b20=_b20, builder="corpora/mandates-blind26/make_pairs.py")


if __name__ == "__main__":
    main(sys.argv[1:])
