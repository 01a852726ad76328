"""Build the twenty-fifth blind batch of mandate/plan pairs under corpora/mandates-blind25/ and their gold.

Written on 2026-12-04 without reading plancheck's code, from how mandates are really delivered:
a bokmål KOMMUNAL PLANSTRATEGI (Word → PDF) whose table of plans to revise holds ONE row that is
the mandate (its 'Behov/innhold' cell lists what the revision must address, separated by
semicolons; the other rows are other plans); a nynorsk MANDAT FOR ARBEIDSGRUPPA (Writer → PDF)
whose 'Samansetjing og organisering' section holds process points; a Swedish SVAR PÅ MOTION
(tjänsteskrivelse from the case system, reportlab) whose points are only the att-satser of the
motion that the 'Förslag till beslut' grants; a Danish BESTILLING from an udvalg sent as an
e-mail (webmail printed with Chromium) with bullets "Vi forventer, at …" among bullets that only
inform; and an English INVITATION TO TENDER — SCOPE OF SERVICES (Word → PDF, en-GB) with tasks
T1–T8 and a Deliverables list that overlaps them, among tender instructions that are none.

    python corpora/mandates-blind25/make_pairs.py               # all pairs
    python corpora/mandates-blind25/make_pairs.py --verify      # gold quotes against pdftotext

Imports the twentieth batch's builder (corpora/mandates-blind20/make_pairs.py) and through it
the earlier ones; nothing of the earlier batches is edited.
"""

from __future__ import annotations

import html as _h
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "mandates-blind"))
sys.path.insert(0, str(HERE.parent / "scripts"))

import pairkit as pk  # noqa: E402
from blindkit import chromium_pdf  # noqa: E402

_b20 = pk.load_module("mandates_blind20_make_pairs", HERE.parent / "mandates-blind20" / "make_pairs.py")
P, build_rl_pdf = _b20.P, _b20.build_rl_pdf

PAIRS, pair = pk.pair_registry()


def outlook_pdf(path: Path, *, owner: str, header: list[tuple[str, str]], body: list[tuple],
                lang: str) -> Path:
    """A single e-mail printed from Outlook on the web with Chromium ("Udskriv"): the account
    owner's name over a rule, the subject in large type, the header lines as bold labels, then
    the body (("p", text) or ("ul", [items])); no quoted mail, no page footer."""
    parts = []
    for b in body:
        if b[0] == "p":
            parts.append(f"<p>{_h.escape(b[1])}</p>")
        elif b[0] == "ul":
            parts.append("<ul>" + "".join(f"<li>{_h.escape(x)}</li>" for x in b[1]) + "</ul>")
        else:
            raise ValueError(b[0])
    subject = dict(header)["Emne"]
    hdr = "".join(f"<div><b>{_h.escape(k)}:</b> {_h.escape(v)}</div>" for k, v in header
                  if k != "Emne")
    css = ("body{font-family:'DejaVu Sans',sans-serif;font-size:10pt;margin:12mm 16mm}"
           ".own{font-size:11pt;font-weight:bold;border-bottom:3px solid #222;"
           "padding-bottom:4px;margin-bottom:10px}.subj{font-size:15pt;margin:6px 0 8px}"
           ".hdr{margin-bottom:14px;line-height:1.45}ul{margin:4px 0 10px}li{margin:3px 0}")
    html = (f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'><title>"
            f"{_h.escape(subject)}</title><style>{css}</style></head><body>"
            f"<div class='own'>{_h.escape(owner)}</div><div class='subj'>{_h.escape(subject)}"
            f"</div><div class='hdr'>{hdr}</div>" + "".join(parts) + "</body></html>")
    with tempfile.TemporaryDirectory(prefix="mblind25-mail-") as tmp:
        src = Path(tmp) / "mail.html"
        src.write_text(html, encoding="utf-8")
        chromium_pdf(src, path)
    return path


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


# =========================================================================== 1 smittevern (nb)
@pair
def smittevern(d: Path) -> dict:
    behov = [
        "oppdatere planen etter erfaringene fra koronapandemien",
        "avklare ansvar og rutiner for massevaksinasjon",
        "etablere et beredskapslager for smittevernutstyr",
        "rutiner for tuberkulosekontroll av arbeidsinnvandrere",
        "samarbeid med Hestvikøy kommune om smittesporing",
        "beregne kostnadene ved beredskapslageret",
    ]
    s1 = "Alle planer som revideres i perioden, skal ha en handlingsdel som rulleres årlig."
    rows = [
        ["Kommuneplanens arealdel", "2035", "2042",
         "Nye boligområder i Brekke sentrum; strandsonen; næringsareal ved Lundevika",
         "Plan og miljø"],
        ["Boligsosial handlingsplan", "2037", "2041",
         "Flere utleieboliger for unge; bostøtte; samarbeid med Husbanken", "Helse og omsorg"],
        ["Smittevernplan", "2031", "2041", _cap("; ".join(behov)), "Kommuneoverlegen"],
        ["Plan for atomberedskap", "2033", "2042",
         "Fordeling av jodtabletter til barn og gravide; varsling av fiskeflåten",
         "Beredskap"],
        ["Kulturplan", "2036", "Ikke revideres", "–", "Kultur"],
    ]
    m = [
        ("meta", "Brekkestrand kommune · Kommunal planstrategi 2040–2043 · Vedtatt av "
                 "kommunestyret 12.12.2040, sak 88/40"),
        ("title", "Kommunal planstrategi 2040–2043"),
        ("h1", "1 Innledning"),
        ("p", "Etter plan- og bygningsloven § 10-1 skal kommunestyret minst én gang i hver "
              "valgperiode vedta en kommunal planstrategi. Planstrategien tar stilling til hvilke "
              "planer som skal revideres i perioden, og hva revisjonen skal handle om."),
        ("h1", "2 Utviklingstrekk"),
        ("p", "Brekkestrand har 7 900 innbyggere. Folketallet har vært stabilt, men andelen over "
              "80 år vil øke med 40 prosent fram til 2050. Fiskeindustrien i Lundevika sysselsetter "
              "om lag 600 arbeidsinnvandrere, mange av dem på sesongkontrakter."),
        ("h1", "3 Planbehov i perioden"),
        ("p", "Tabellen viser kommunens planer, når de sist ble vedtatt, når de skal revideres og "
              "hva revisjonen skal omfatte. " + s1),
        ("table", ["Plan", "Vedtatt", "Revideres", "Behov/innhold", "Ansvar"], rows,
         [33, 16, 21, 66, 36]),
        ("h1", "4 Oppfølging"),
        ("p", "Planstrategien følges opp i årsmeldingen. Kommunedirektøren kan foreslå endringer i "
              "rekkefølgen dersom nye behov melder seg."),
    ]
    _b20.build_pdf_l(m, d / "mandate.pdf", word_lang="nb",
                     title="Kommunal planstrategi 2040–2043", author="Brekkestrand kommune",
                     header="Brekkestrand kommune · Planstrategi 2040–2043")
    p = [
        ("title", "Smittevernplan for Brekkestrand kommune 2041–2044"),
        ("meta", "Vedtatt av kommunestyret 17. juni 2041 · Utarbeidet av kommuneoverlegen"),
        ("h1", "1 Hva lærte vi av pandemien?"),
        ("p", "Kommunen evaluerte håndteringen av koronapandemien i 2039. Evalueringen viste at "
              "informasjon på flere språk kom for sent, og at sykehjemmene manglet rutiner for "
              "besøksstans. Denne planen retter opp begge deler: informasjon oversettes til polsk, "
              "litauisk og ukrainsk innen ett døgn, og sykehjemmene har fått egne tiltakskort."),
        ("h1", "2 Massevaksinasjon"),
        ("p", "Kommuneoverlegen har ansvaret for massevaksinasjon og leder vaksinasjonsteamet."),
        ("h1", "3 Smittevernutstyr"),
        ("p", "Godt smittevernutstyr er viktig i hele helse- og omsorgstjenesten. Sykehjemmet og "
              "hjemmetjenesten bestiller utstyr etter behov fra sin faste leverandør."),
        ("h1", "4 Smittesporing"),
        ("p", "Brekkestrand og Hestvikøy har avtalt å låne hverandre smittesporere når én av "
              "kommunene har et stort utbrudd. Avtalen gjelder fra 1. september 2041."),
        ("h1", "5 Økonomi"),
        ("p", "Et beredskapslager vil koste penger, og dette må tas inn i budsjettet."),
        ("h1", "6 Atomberedskap"),
        ("p", "Jodtabletter til barn og gravide deles ut fra apoteket og helsestasjonen. "
              "Fiskeflåten varsles over Kystradio."),
        ("h1", "7 Handlingsdel"),
        ("p", "Handlingsdelen nedenfor rulleres hvert fjerde år sammen med planen."),
        ("table", ["Tiltak", "Ansvar", "Frist"],
         [["Tiltakskort for sykehjemmene", "Helse og omsorg", "2041"],
          ["Oversettelsesavtale", "Servicetorget", "2041"],
          ["Øvelse i smittesporing med Hestvikøy", "Kommuneoverlegen", "2042"]],
         [80, 45, 25]),
        ("break",),
        ("h1", "Vedlegg 1 Rutiner som hører til planen"),
        ("p", "– Rutine for varsling av utbrudd til Folkehelseinstituttet"),
        ("p", "– Rutine for tuberkulosekontroll av arbeidsinnvandrere: helsestasjonen tar "
              "blodprøve (IGRA) og henviser til røntgen innen fire uker etter ankomst"),
        ("p", "– Rutine for smittevern i barnehager og skoler"),
    ]
    build_rl_pdf(d / "plan.pdf", title="Smittevernplan for Brekkestrand kommune 2041–2044",
                 author="Brekkestrand kommune", creator="Brekkestrand kommune – Helse",
                 running="Brekkestrand kommune · Smittevernplan 2041–2044", blocks=p,
                 page_word="Side")
    g = [
        P("1", _cap(behov[0]), "content", "covered", ev="Kommunen evaluerte håndteringen",
          trap="ONE ROW of the planstrategi's table is the mandate: the items of its "
          "'Behov/innhold' cell, split at '; ', are the points; the first item keeps the "
          "capital it has in the cell. Answered in other words (evalueringen, retter opp)"),
        P("2", behov[1], "content", "partial", ev="Kommuneoverlegen har ansvaret for",
          missing=["rutiner for massevaksinasjon (sted, bemanning, timebestilling)"],
          trap="ansvar answered, rutiner not"),
        P("3", behov[2], "content", "uncovered",
          trap="shared words only: 'Godt smittevernutstyr er viktig …' and ordering 'etter "
          "behov' is no beredskapslager; the word beredskapslager stands only in 'Økonomi'"),
        P("4", behov[3], "content", "covered", ev="– Rutine for tuberkulosekontroll av",
          trap="answered ONLY in the appendix list 'Vedlegg 1' on page 2, where the routine is "
          "given in one line"),
        P("5", behov[4], "content", "covered", ev="Brekkestrand og Hestvikøy har avtalt",
          trap="answered by an agreement to lend contact tracers (other words)"),
        P("6", behov[5], "content", "uncovered",
          trap="COST answered only by a passing mention of money: 'vil koste penger, og dette "
          "må tas inn i budsjettet' gives no figure"),
        P("S1", s1, "content", "partial", ev="Handlingsdelen nedenfor rulleres",
          missing=["årlig rullering av handlingsdelen (planen rullerer den hvert fjerde år)"],
          trap="a requirement in the prose before the table that holds for every plan revised "
          "in the period, so also for this one. The other rows (arealdel, boligsosial, "
          "atomberedskap, kulturplan), the 'Vedtatt', 'Revideres' and 'Ansvar' cells are none; "
          "the plan's 'Atomberedskap' answers another row's items (out of scope)"),
    ]
    return dict(language="nb", mandate="mandate.pdf", plan="plan.pdf",
                drop=("Brekkestrand kommune · Planstrategi 2040–2043",),
                producer="kommunal planstrategi exported from Word: a table of plans to revise "
                "`Plan | Vedtatt | Revideres | Behov/innhold | Ansvar`, ONE row (Smittevernplan) "
                "the mandate, its Behov/innhold cell six items separated by semicolons; one "
                "requirement for all plans in the prose; plan laid out with reportlab, an "
                "appendix list on page 2", points=g)


# =========================================================================== 2 tolk (nn)
@pair
def tolk(d: Path) -> dict:
    oppg = [
        "kartleggje kor ofte og i kva tenester det blir bestilt tolk i dag",
        "gje retningslinjer for når det skal brukast tolk, og for bruk av skjermtolking",
        "sikre at born aldri blir brukte som tolk",
        "greie ut om kommunen skal kjøpe tolketenester gjennom ein rammeavtale eller frå "
        "Tolketenesta i Vestfjord IKS",
        "foreslå opplæring for tilsette i å bruke tolk",
        "vise kva tolkebruken kostar i dag, og kva han vil koste når retningslinjene blir følgde",
    ]
    s1 = "Innvandrarrådet skal ha ein representant i arbeidsgruppa."
    s2 = "Gruppa skal høyre minst éin brukarorganisasjon før planen blir lagd fram."
    s3 = "Planen skal leggjast fram for kommunestyret innan 1. mars 2042."
    m = [
        ("meta", "Fjellvær kommune · Kommunedirektøren · Arkivsak 2041/233 · 14.01.2041"),
        ("title", "Mandat for arbeidsgruppa – plan for bruk av tolk"),
        ("h1", "1 Bakgrunn"),
        ("p", "Om lag 900 innbyggjarar i Fjellvær har eit anna morsmål enn norsk. Tolkelova "
              "pliktar kommunen å bruke kvalifisert tolk når det trengst for å gje forsvarleg "
              "hjelp. Eit internt tilsyn i 2040 viste at tilsette i barnehagane ofte lèt born "
              "tolke for foreldra sine."),
        ("h1", "2 Oppdraget"),
        ("p", "Arbeidsgruppa skal lage ein plan for bruk av tolk i Fjellvær kommune. Planen "
              "skal:"),
        *[("p", "– " + t) for t in oppg],
        ("h1", "3 Samansetjing og organisering"),
        ("p", "Arbeidsgruppa er sett saman slik: kommunalsjef for helse og omsorg Ingrid Bø "
              "(leiar), leiaren for NAV Fjellvær, rektor ved Fjellvær skule, styraren i "
              "Lerkehaugen barnehage og flyktningkoordinatoren. " + s1 + " " + s2
              + " Arbeidsgruppa møtest om lag ein gong i månaden, og servicetorget er "
              "sekretær. " + s3),
        ("h1", "4 Avgrensing"),
        ("p", "Teiknspråktolking og tolking for døvblinde er ikkje ein del av planen; det er "
              "ansvaret til NAV Hjelpemiddelsentralen."),
        ("p", "Ove Strand, kommunedirektør"),
    ]
    _b20.odt_to_pdf(m, d / "mandate.pdf", title="Mandat for arbeidsgruppa – plan for bruk av tolk",
                    lang="nn")
    p = [
        ("p", "Vedteken i kommunestyret 24. februar 2042 · Helse og omsorg"),
        ("h2", "Tolkebruken i dag"),
        ("p", "I 2040 bestilte kommunen 1 140 tolkeoppdrag. Dei fleste var i helse og omsorg."),
        ("table", ["Teneste", "Oppdrag 2040"],
         [["Helse og omsorg", "520"], ["NAV Fjellvær", "310"], ["Skulane", "210"],
          ["Barnehagane", "100"]]),
        ("h2", "Når skal vi bruke tolk?"),
        ("p", "Tilsette skal bruke kvalifisert tolk frå Nasjonalt tolkeregister når dei skal gje "
              "viktig informasjon, kartleggje behov eller fatte vedtak, og når den andre parten "
              "ikkje snakkar godt nok norsk. Ved alvorlege samtalar skal tolken møte fysisk."),
        ("h2", "Born skal ikkje tolke"),
        ("p", "Born og ungdom under 18 år skal aldri tolke for foreldra sine i møte med "
              "kommunen. Barnehagane og skulane har fått eit skriv om dette som dei gjev til "
              "foreldra ved oppstart."),
        ("h2", "Kvar vi kjøper tolk"),
        ("p", "Tolketenesta i Vestfjord IKS har gode tolkar i arabisk og tigrinja."),
        ("h2", "Opplæring"),
        ("p", "Alle nytilsette i helse og omsorg, NAV, skule og barnehage får eit kurs på to "
              "timar om korleis ein bestiller tolk og leier ein samtale med tolk."),
        ("h2", "Kva kostar det?"),
        ("p", "Tolkebruken kostar i dag om lag 1,3 millionar kroner i året. Kva retningslinjene "
              "vil koste, reknar vi ut når vi har erfaring frå det første året."),
        ("h2", "Teiknspråk"),
        ("p", "Teiknspråktolk blir bestilt frå NAV Hjelpemiddelsentralen, og tenestene skal "
              "hjelpe brukarane med bestillinga."),
        ("h2", "Arbeidet med planen"),
        ("p", "Arbeidsgruppa har hatt åtte møte. Innvandrarrådet har hatt ein representant i "
              "gruppa, og rådet har lese utkastet."),
    ]
    _b20.web_pdf(d / "plan.pdf", title="Plan for bruk av tolk 2042–2045",
                 nav="Fjellvær kommune · Planar og strategiar · Helse og omsorg",
                 foot="Sist oppdatert 2. mars 2042 · Fjellvær kommune", blocks=p, lang="nn",
                 accent="#24486b")
    g = [
        P("1", oppg[0], "content", "covered", ev="I 2040 bestilte kommunen 1 140",
          trap="a '– ' item under 'Planen skal:'; answered in a sentence and a table of "
          "tenester"),
        P("2", oppg[1], "content", "partial", ev="Tilsette skal bruke kvalifisert tolk",
          missing=["retningslinjer for skjermtolking"],
          trap="when to use an interpreter is answered, screen interpreting is not"),
        P("3", oppg[2], "content", "covered", ev="Born og ungdom under 18 år skal aldri",
          trap="answered in other words (born og ungdom, skriv til foreldra)"),
        P("4", oppg[3], "content", "uncovered",
          trap="shared words only: 'Tolketenesta i Vestfjord IKS har gode tolkar …' names the "
          "IKS under 'Kvar vi kjøper tolk' but weighs neither it nor a rammeavtale"),
        P("5", oppg[4], "content", "covered", ev="Alle nytilsette i helse og omsorg",
          trap="answered in other words (kurs på to timar)"),
        P("6", oppg[5], "content", "partial", ev="Tolkebruken kostar i dag om lag",
          missing=["kva tolkebruken vil koste når retningslinjene blir følgde"],
          trap="COST: today's cost given, the cost with the guidelines deferred ('reknar vi ut "
          "når vi har erfaring frå det første året')"),
        P("S1", s1, "process", "covered", ev="Arbeidsgruppa har hatt åtte møte",
          trap="a requirement in 'Samansetjing og organisering' (the ORGANISATION section "
          "holds process points among sentences that are none: the list of members, 'møtest "
          "om lag ein gong i månaden', 'servicetorget er sekretær')"),
        P("S2", s2, "process", "uncovered",
          trap="the plan reports no hearing of a user organisation; Innvandrarrådet reading "
          "the draft is a council, not a brukarorganisasjon"),
        P("S3", s3, "process", "covered", ev="Vedteken i kommunestyret 24. februar 2042",
          trap="the meta line only (24 February, before 1 March); the Avgrensing (teiknspråk) "
          "is none, and the plan's 'Teiknspråk' answers what it holds outside"),
    ]
    return dict(language="nn", mandate="mandate.pdf", plan="plan.pdf",
                producer="mandat for arbeidsgruppa written in Writer (nn) and exported by "
                "LibreOffice: six '– ' items under 'Planen skal:', three requirements inside the "
                "'Samansetjing og organisering' paragraph among sentences that are none, an "
                "Avgrensing; plan the municipality's web page printed with Chromium", points=g)


# =========================================================================== 3 ljus (sv)
@pair
def ljus(d: Path) -> dict:
    att = [
        "kommunen tar fram en plan mot ljusföroreningar som omfattar gatubelysning, "
        "idrottsplatser och kommunala byggnader",
        "all gatubelysning i kommunen släcks mellan klockan 01 och 05",
        "planen anger riktvärden för belysning nära naturreservat och vattendrag",
        "planen beskriver hur fladdermöss och nattaktiva insekter påverkas av belysningen",
        "planen anger hur belysningen ska styras efter tid och behov",
        "kommunen ansöker om att bli certifierad Dark Sky-kommun",
    ]
    beslut = [
        "Motionens första, tredje, fjärde och femte att-sats bifalls.",
        "Motionens andra att-sats avslås.",
        "Motionens sjätte att-sats anses besvarad.",
        "Planen ska även innehålla en kostnadsberäkning för att byta till dämpbar "
        "LED-belysning.",
        "Planen ska tas fram i samråd med länsstyrelsen och Tallebo astronomiska sällskap.",
        "Planen ska redovisas till kommunfullmäktige senast den 30 juni 2041.",
    ]
    m = [
        ("meta", "TALLEBO KOMMUN · Kommunledningsförvaltningen · Tjänsteskrivelse · "
                 "2040-09-02 · Dnr KS 2040/318"),
        ("title", "Svar på motion om en plan mot ljusföroreningar"),
        ("h2", "Förslag till beslut"),
        ("p", "Kommunstyrelsen föreslår kommunfullmäktige besluta följande:"),
        *[("p", f"{i}. {t}") for i, t in enumerate(beslut, 1)],
        ("h2", "Sammanfattning"),
        ("p", "Förvaltningen delar motionärens bild av att belysningen i kommunen har blivit "
              "starkare och mer spridd. En plan kan ge bättre belysning med mindre ljus och "
              "lägre energiförbrukning."),
        ("h2", "Motionen"),
        ("p", "Lena Forsberg (C) skriver i en motion den 14 mars 2040 att den nattliga "
              "himlen i Tallebo har blivit ljusare, och att ljuset stör både djur och "
              "människor. Hon föreslår att kommunfullmäktige beslutar"),
        *[("p", f"att {t}{'.' if i == len(att) else ','}") for i, t in enumerate(att, 1)],
        ("h2", "Förvaltningens bedömning"),
        ("p", "En plan behövs. Att släcka all gatubelysning nattetid bedöms däremot inte vara "
              "förenligt med trafiksäkerheten och tryggheten i bostadsområdena. Frågan om "
              "Dark Sky-certifiering kan prövas när planen har utvärderats, och att-satsen "
              "anses därmed besvarad. Samhällsbyggnadsförvaltningen bör ta fram planen."),
        ("h2", "Ekonomiska konsekvenser"),
        ("p", "Planarbetet ryms inom samhällsbyggnadsnämndens budget för 2041."),
        ("p", "Annika Wessel, kommundirektör"),
        ("meta", "Beslutet skickas till: Samhällsbyggnadsnämnden, Lena Forsberg (C)"),
    ]
    build_rl_pdf(d / "mandate.pdf", title="Svar på motion om en plan mot ljusföroreningar",
                 author="Tallebo kommun", creator="Tallebo kommun – Ciceron",
                 running="Tallebo kommun · Tjänsteskrivelse · Dnr KS 2040/318", blocks=m,
                 page_word="Sida")
    p = [
        ("title", "Plan mot ljusföroreningar"),
        ("meta", "Tallebo kommun · Samhällsbyggnadsnämnden · Antagen av kommunfullmäktige "
                 "2041-06-16, § 74"),
        ("h1", "1 Vad planen gäller"),
        ("p", "Planen gäller kommunens gatubelysning och belysningen vid kommunens "
              "idrottsplatser, elljusspår och bollplaner."),
        ("h1", "2 Belysning nära natur och vatten"),
        ("p", "Inom 100 meter från naturreservat, sjöar och vattendrag ska belysningen ge högst "
              "3 lux på marken och ha en färgtemperatur på högst 2 200 kelvin. Armaturerna ska "
              "vara helt avskärmade uppåt."),
        ("h1", "3 Djur och natur"),
        ("p", "Fladdermöss och insekter nämns i motionen. Naturvårdsverket har gett ut en "
              "vägledning om ljusföroreningar."),
        ("h1", "4 Styrning av belysningen"),
        ("p", "Gatubelysningen dämpas till 30 procent mellan klockan 22 och 06. På gång- och "
              "cykelvägar tänds den till full styrka när en rörelsesensor känner av någon. "
              "Idrottsplatsernas belysning släcks automatiskt 30 minuter efter sista bokade "
              "pass."),
        ("h1", "5 Nattsläckning på industriområden"),
        ("p", "Gatubelysningen på industriområdena Granhed och Sågverket släcks mellan klockan "
              "01 och 05 från 2042."),
        ("h1", "6 Kostnader"),
        ("p", "Byte till dämpbar LED-belysning kostar pengar men sparar energi. Kostnaden "
              "beräknas i samband med budgeten för 2043."),
        ("h1", "7 Samråd"),
        ("p", "Planen har tagits fram i samråd med länsstyrelsens naturvårdsenhet, som också "
              "har granskat riktvärdena i avsnitt 2."),
        ("h1", "8 Dark Sky"),
        ("p", "Kommunen kan ansöka om Dark Sky-certifiering när planen har följts upp 2044."),
    ]
    _b20.build_pdf_l(p, d / "plan.pdf", word_lang="sv", title="Plan mot ljusföroreningar",
                     author="Tallebo kommun", header="Tallebo kommun · Plan mot ljusföroreningar",
                     lang="sv-SE")
    g = [
        P("A1", att[0], "content", "partial", ev="Planen gäller kommunens gatubelysning",
          missing=["belysningen på och vid kommunala byggnader"],
          trap="an ATT-SATS OF THE MOTION, a point only because 'Förslag till beslut' 1 grants "
          "it (numbered A + its place in the motion, text without 'att' and the closing "
          "','); gatubelysning and idrottsplatser answered, kommunala byggnader not"),
        P("A3", att[2], "content", "covered", ev="Inom 100 meter från naturreservat",
          trap="granted att-sats; answered in other words (lux, kelvin)"),
        P("A4", att[3], "content", "uncovered",
          trap="granted att-sats; shared words only: 'Fladdermöss och insekter nämns i "
          "motionen' and a pointer to Naturvårdsverket's guidance say nothing of how they are "
          "affected"),
        P("A5", att[4], "content", "covered", ev="Gatubelysningen dämpas till 30 procent",
          trap="granted att-sats; answered in other words (dämpas, rörelsesensor, släcks)"),
        P("B4", beslut[3], "content", "uncovered",
          trap="COST: a decision item that adds a requirement; answered only by a passing "
          "mention of money and a deferral ('kostar pengar … beräknas i samband med budgeten "
          "för 2043')"),
        P("B5", beslut[4], "process", "partial", ev="Planen har tagits fram i samråd",
          missing=["samråd med Tallebo astronomiska sällskap"],
          trap="länsstyrelsen yes, the astronomy society not"),
        P("B6", beslut[5], "process", "covered", ev="Tallebo kommun · Samhällsbyggnadsnämnden",
          trap="the meta line only (16 June, before 30 June). Decision items 1–3 only select "
          "att-satser and are none; att-sats 2 (REJECTED) and 6 (anses besvarad) are none, "
          "although the plan answers both (nattsläckning on the industrial areas, Dark Sky); "
          "the bedömning's 'bör' and the Ekonomiska konsekvenser sentence are none"),
    ]
    return dict(language="sv", mandate="mandate.pdf", plan="plan.pdf",
                drop=("Tallebo kommun · Tjänsteskrivelse · Dnr KS 2040/318",),
                producer="svar på motion, a tjänsteskrivelse printed from the case system "
                "(reportlab): 'Förslag till beslut' 1.–6. grants four of the motion's six "
                "att-satser (quoted further down), rejects one, calls one besvarad and adds "
                "three requirements; plan exported from Word (sv-SE)", points=g)


# =========================================================================== 4 shelterpladser (da)
@pair
def shelterpladser(d: Path) -> dict:
    bullets = [
        "Vi forventer, at planen giver et overblik over alle kommunens shelter- og bålpladser og "
        "deres stand.",
        "Vi har afsat 400.000 kr. i budget 2041 til nye pladser.",
        "Vi forventer, at der kommer mindst én ny shelterplads ved Kildedal Sø.",
        "Vi forventer, at mindst to pladser kan bruges af kørestolsbrugere.",
        "Vi forventer, at planen beskriver, hvordan pladserne holdes rene, og hvem der tømmer "
        "skraldespande og fylder brænde op.",
        "Naturstyrelsen har oplyst, at de har egne shelters i Kildedal Skov.",
        "Vi forventer, at planen vurderer, om pladserne kan bookes online.",
        "Vi forventer, at planen giver et overslag over driftsudgifterne.",
        "Vi forventer ikke, at planen omfatter spejdernes lejrpladser.",
    ]
    s1 = "Planen skal forelægges udvalget på mødet i september 2041."
    s2 = "Vi forventer også, at Grønt Råd bliver hørt, inden planen forelægges."
    hdr = [("Fra", "Mette Kragh <mekr@vesterhavn.dk>"), ("Sendt", "4. marts 2041 10:12"),
           ("Til", "Jonas Lind, Park og Natur"),
           ("Cc", "Sekretariatet for Klima- og Miljøudvalget"),
           ("Emne", "Bestilling: plan for shelter- og bålpladser")]
    m = [
        ("p", "Kære Jonas"),
        ("p", "(Sagsnr. 04.20.00-P20-3-41)"),
        ("p", "Klima- og Miljøudvalget drøftede naturformidling på mødet den 2. marts. Mange "
              "borgere bruger vores shelter- og bålpladser, men flere af dem er slidte, og "
              "udvalget bestiller derfor en plan for pladserne. Her er udvalgets forventninger:"),
        ("ul", bullets),
        ("p", s1 + " " + s2),
        ("p", "Sig endelig til, hvis noget er uklart."),
        ("p", "Med venlig hilsen"),
        ("p", "Mette Kragh, formand for Klima- og Miljøudvalget, Vesterhavn Kommune"),
    ]
    outlook_pdf(d / "mandate.pdf", owner="Jonas Lind", header=hdr, body=m, lang="da")
    p = [
        ("title", "Plan for shelter- og bålpladser 2042–2046"),
        ("meta", "Vesterhavn Kommune · Park og Natur · Forelagt Klima- og Miljøudvalget "
                 "9. september 2041"),
        ("h1", "1 Pladserne i dag"),
        ("p", "Kommunen har 9 shelterpladser og 6 bålpladser. Tabellen viser, hvor de ligger, og "
              "hvilken stand de er i."),
        ("table", ["Område", "Shelterpladser", "Bålpladser", "Stand"],
         [["Kildedal Skov", "3", "2", "God"], ["Vesterhavn Strand", "2", "2", "Slidt"],
          ["Hedegården", "2", "1", "God"], ["Ålebækken", "2", "1", "Dårlig – tages ud af brug"]],
         [45, 30, 30, 55]),
        ("h1", "2 Nye pladser"),
        ("p", "I 2042 bygger vi to nye shelterpladser: ved Kildedal Sø og på Stejlebakken."),
        ("h1", "3 Adgang for alle"),
        ("p", "Den nye plads ved Kildedal Sø får fast grusbelægning fra parkeringspladsen, og "
              "bålbordet får en højde, så det kan bruges fra kørestol."),
        ("h1", "4 Drift"),
        ("p", "Pladserne er populære, og efter weekender ligger der ofte affald."),
        ("h1", "5 Booking"),
        ("p", "Fra 2042 kan alle shelterpladser bookes gratis på kommunens hjemmeside og på "
              "udinaturen.dk. Bålpladserne kan ikke bookes."),
        ("h1", "6 Økonomi"),
        ("p", "Udvalget har afsat 400.000 kr. til nye pladser i budget 2041. Beløbet dækker de "
              "to nye shelterpladser."),
        ("h1", "7 Spejderne"),
        ("p", "Spejdernes lejrplads ved Kildedal kan lånes af skolerne på hverdage."),
        ("h1", "8 Høring"),
        ("p", "Grønt Råd kommenterede udkastet på sit møde den 18. august 2041 og ønsker flere "
              "bålpladser ved kysten. Det tager vi med i næste plan."),
    ]
    build_rl_pdf(d / "plan.pdf", title="Plan for shelter- og bålpladser 2042–2046",
                 author="Vesterhavn Kommune", creator="Vesterhavn Kommune – Park og Natur",
                 running="Vesterhavn Kommune · Plan for shelter- og bålpladser", blocks=p,
                 page_word="Side")
    g = [
        P("1", bullets[0], "content", "covered", ev="Kommunen har 9 shelterpladser",
          trap="a 'Vi forventer, at …' BULLET of the e-mail, numbered by its place in the list "
          "(gaps at the bullets that only inform or exclude); answered by a table with stand"),
        P("3", bullets[2], "content", "covered", ev="I 2042 bygger vi to nye",
          trap="answered in other words (bygger, ved Kildedal Sø)"),
        P("4", bullets[3], "content", "partial", ev="Den nye plads ved Kildedal Sø får",
          missing=["mindst én plads mere, der kan bruges fra kørestol (planen gør én)"],
          trap="a number not met: one place of at least two"),
        P("5", bullets[4], "content", "uncovered",
          trap="shared words only: 'efter weekender ligger der ofte affald' under 'Drift' says "
          "nothing of cleaning, emptying bins or firewood"),
        P("7", bullets[6], "content", "covered", ev="Fra 2042 kan alle shelterpladser",
          trap="answered in other words (bookes gratis på hjemmesiden og udinaturen.dk)"),
        P("8", bullets[7], "content", "uncovered",
          trap="COST: 'Økonomi' repeats the 400.000 kr. for building (the informing bullet 2) "
          "and gives no estimate of running costs"),
        P("S1", s1, "process", "covered", ev="Vesterhavn Kommune · Park og Natur",
          trap="the meta line only (9 September 2041)"),
        P("S2", s2, "process", "covered", ev="Grønt Råd kommenterede udkastet",
          trap="a 'Vi forventer også, at …' sentence in the prose after the list. Bullets 2 and "
          "6 only inform and are none; bullet 9 ('Vi forventer ikke, at …') is an exclusion "
          "and none, and the plan's 'Spejderne' answers it; 'Sig endelig til' is none"),
    ]
    return dict(language="da", mandate="mandate.pdf", plan="plan.pdf",
                producer="bestilling from the udvalg's chair sent as an e-mail, printed from "
                "webmail with Chromium: a Fra/Sendt/Til/Cc/Emne block, nine bullets of which six "
                "open 'Vi forventer, at', two only inform and one opens 'Vi forventer ikke, at', "
                "two requirements in the closing paragraph; plan laid out with reportlab",
                points=g)


# =========================================================================== 5 pitches (en)
@pair
def pitches(d: Path) -> dict:
    tasks = [
        "Audit the supply of all outdoor sports pitches in the district, including school sites "
        "with community use, and record the quality of each pitch using Sport England's "
        "visual quality assessment.",
        "Assess current and future demand for football, cricket, rugby union and hockey, using "
        "the Council's population projections to 2052.",
        "Identify shortfalls and surpluses of pitches for each sport in each of the three "
        "parts of the district (North, Central and South).",
        "Consult the national governing bodies of the four sports, the county football "
        "association and local clubs.",
        "Assess whether the district needs an additional full-size 3G artificial grass pitch.",
        "Prepare a prioritised action plan with indicative costs and potential sources of "
        "funding for each action.",
        "Recommend standards for pitch provision in new housing developments, for use in "
        "planning obligations.",
        "Set out how the strategy will be monitored and kept up to date.",
    ]
    deliv = [
        "A draft assessment report (tasks T1–T3) for the steering group",
        "A summary of the consultation responses",
        "The final Playing Pitch Strategy and Action Plan, with every action costed",
        "A presentation of the final strategy to Members",
    ]
    s1 = "The final strategy must be delivered no later than 31 March 2042."
    m = [
        ("meta", "Kelham Vale District Council · Leisure and Culture · ITT ref. KV/LC/2041/07"),
        ("title", "Invitation to Tender: Playing Pitch and Outdoor Sports Strategy"),
        ("h1", "1 Introduction"),
        ("p", "Kelham Vale District Council invites tenders from suitably qualified consultants "
              "to prepare a Playing Pitch and Outdoor Sports Strategy for the district, "
              "following Sport England's Playing Pitch Strategy Guidance."),
        ("h1", "2 Background"),
        ("p", "The district has a population of 96,000 and the Local Plan allocates 5,400 new "
              "homes by 2040. The last playing pitch strategy was adopted in 2029 and is out of "
              "date. Indoor sports facilities, tennis and bowls are outside the scope of this "
              "commission."),
        ("h1", "3 Scope of Services"),
        ("p", "The consultant shall carry out the following tasks:"),
        *[("typed", f"T{i}", t, "\t", 12) for i, t in enumerate(tasks, 1)],
        ("h1", "4 Deliverables"),
        ("bullets", deliv),
        ("p", s1),
        ("h1", "5 Instructions to Tenderers"),
        ("p", "Tenders must be submitted through the Council's e-tendering portal by 12:00 on "
              "14 July 2041. Tenders will be evaluated on 60 per cent quality and 40 per cent "
              "price. The contract value is not expected to exceed £45,000 excluding VAT. "
              "Clarification questions must be submitted through the portal by 30 June 2041."),
        ("h1", "6 Pricing"),
        ("p", "Tenderers shall provide a fixed fee for the whole commission, broken down by "
              "task, with day rates for any additional work."),
    ]
    _b20.build_pdf_l(m, d / "mandate.pdf", word_lang="en",
                     title="Invitation to Tender: Playing Pitch and Outdoor Sports Strategy",
                     author="Kelham Vale District Council",
                     header="Kelham Vale District Council · ITT KV/LC/2041/07", lang="en-GB")
    p = [
        ("title", "Kelham Vale Playing Pitch Strategy 2042–2052"),
        ("meta", "Final report, March 2042 · Prepared for Kelham Vale District Council by "
                 "Linacre Sports Planning"),
        ("h1", "1 How the strategy was prepared"),
        ("p", "The strategy follows Sport England's guidance. The draft assessment report was "
              "discussed by the steering group on 18 November 2041, and its comments are "
              "reflected in this final report."),
        ("h1", "2 Supply"),
        ("p", "We visited 64 pitches on 29 sites, including 11 school sites with community use, "
              "and rated each pitch using Sport England's visual quality assessment: 21 "
              "are good, 33 standard and 10 poor."),
        ("h1", "3 Demand"),
        ("p", "We counted the teams playing football, cricket, rugby union and hockey in the "
              "2040/41 season. Future demand for football was projected to 2052 from the "
              "Council's population projections; it rises by 14 per cent."),
        ("h1", "4 Shortfalls and surpluses"),
        ("table", ["Sport", "North", "Central", "South"],
         [["Football (adult)", "Shortfall 3 match equivalents", "Balanced", "Surplus 2"],
          ["Football (youth)", "Shortfall 5", "Shortfall 2", "Balanced"],
          ["Cricket", "Balanced", "Shortfall 1 square", "Balanced"],
          ["Rugby union", "Surplus 1", "Balanced", "Balanced"],
          ["Hockey", "–", "Balanced (one sand-based pitch)", "–"]],
         [35, 45, 45, 35]),
        ("h1", "5 Consultation"),
        ("p", "We held a workshop with 23 local clubs and met the county football association "
              "and England Hockey."),
        ("h1", "6 Artificial grass"),
        ("p", "The 3G pitch at Hadley Road is heavily used on weekday evenings."),
        ("break",),
        ("h1", "7 Action plan"),
        ("table", ["Action", "Priority", "Cost", "Funding"],
         [["Improve drainage at the three poor pitches in North", "High", "TBC",
           "Football Foundation"],
          ["Secure community use of Kelham Academy's pitches", "High", "TBC", "–"],
          ["New cricket square at Central Park", "Medium", "TBC", "ECB, Section 106"]],
         [70, 20, 20, 45]),
        ("h1", "8 New housing"),
        ("p", "Developments of 300 homes or more should provide 0.4 hectares of playing pitch "
              "per 1,000 new residents, secured through Section 106 agreements."),
        ("h1", "9 Keeping the strategy up to date"),
        ("p", "The steering group will review the action plan every year, and the strategy will "
              "be refreshed after three years, as Sport England recommends."),
        ("h1", "10 Tennis and bowls"),
        ("p", "The four bowling greens and 18 tennis courts are in good condition."),
        ("break",),
        ("h1", "Appendix A Sites visited"),
        ("p", "The 29 sites are listed with their pitches in the Council's facility database."),
        ("h1", "Appendix B Consultation responses"),
        ("bullets", ["Kelham Town FC: more youth pitches in North.",
                     "Central Park Cricket Club: the square needs relaying.",
                     "Kelham Vale RFC: the second pitch is rarely used.",
                     "County football association: supports a second 3G pitch."]),
    ]
    _b20.build_pdf_l(p, d / "plan.pdf", word_lang="en",
                     title="Kelham Vale Playing Pitch Strategy 2042–2052",
                     author="Linacre Sports Planning",
                     header="Kelham Vale Playing Pitch Strategy · Final report", lang="en-GB")
    g = [
        P("T1", tasks[0], "content", "covered", ev="We visited 64 pitches on 29 sites",
          trap="a task of the Scope of Services typed 'T1⇥'; text the whole sentence"),
        P("T2", tasks[1], "content", "partial", ev="We counted the teams playing football",
          missing=["future demand for cricket, rugby union and hockey"],
          trap="current demand for all four sports, future demand for football only"),
        P("T3", tasks[2], "content", "covered", ev="Sport North Central South",
          trap="answered only in the table of shortfalls and surpluses (sport by part of the "
          "district)"),
        P("T4", tasks[3], "process", "partial", ev="We held a workshop with 23 local clubs",
          missing=["the cricket and rugby union governing bodies"],
          trap="clubs, county FA and England Hockey yes; two of the four governing bodies not"),
        P("T5", tasks[4], "content", "uncovered",
          trap="shared words only: 'The 3G pitch at Hadley Road is heavily used' assesses no "
          "need for another; the county FA's wish stands only in Appendix B"),
        P("T6", tasks[5], "content", "partial", ev="Action Priority Cost Funding",
          missing=["indicative costs for the actions (every cost is 'TBC')"],
          trap="COST: the action table has priority and funding, but its Cost column says "
          "'TBC' throughout"),
        P("T7", tasks[6], "content", "covered", ev="Developments of 300 homes or more",
          trap="answered in other words (0.4 hectares per 1,000 new residents, Section 106)"),
        P("T8", tasks[7], "content", "covered", ev="The steering group will review",
          trap="answered in other words (review every year, refresh after three years)"),
        P("D1", deliv[0], "deliverable", "covered", ev="The draft assessment report was discussed",
          trap="a Deliverables bullet (numbered by position); it overlaps T1–T3, but the "
          "deliverable itself, the draft report to the steering group, is reported in "
          "'How the strategy was prepared'"),
        P("D2", deliv[1], "deliverable", "covered", ev="Kelham Town FC: more youth pitches",
          trap="answered ONLY in Appendix B on page 2 (a list of responses)"),
        P("D3", deliv[2], "deliverable", "partial", ev="Kelham Vale Playing Pitch Strategy 2042",
          missing=["costed actions: the action plan's costs are 'TBC'"],
          trap="OVERLAPS T6: the final strategy is delivered, but 'with every action costed' "
          "is not met; the evidence is the document's own title"),
        P("D4", deliv[3], "deliverable", "uncovered",
          trap="no presentation to Members is reported"),
        P("S1", s1, "process", "covered", ev="Final report, March 2042",
          trap="the meta line only ('Final report, March 2042', within 31 March). Sections 5 "
          "(Instructions to Tenderers) and 6 (Pricing) are about the tender, not the plan, "
          "and are none; the Background's exclusion of tennis and bowls is none, and the "
          "plan's 'Tennis and bowls' answers it"),
    ]
    return dict(language="en", mandate="mandate.pdf", plan="plan.pdf",
                drop=("Kelham Vale District Council · ITT KV/LC/2041/07",),
                producer="invitation to tender exported from Word (en-GB): 'Scope of Services' "
                "tasks typed 'T1⇥' … 'T8⇥', a 'Deliverables' list of Word bullets that overlaps "
                "them and a delivery date, tender instructions and pricing that are none; plan "
                "the consultant's final report exported from Word, appendices on page 2",
                points=g)


def main(argv: list[str]) -> None:
    """Build this folder's pairs and their gold, or --verify them (pairkit.mandates_main)."""
    pk.mandates_main(argv, here=HERE, pairs=PAIRS, b20=_b20, builder="corpora/mandates-blind25/make_pairs.py")


if __name__ == "__main__":
    main(sys.argv[1:])
