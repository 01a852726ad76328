"""Build the tenth blind batch of mandate/plan pairs under corpora/mandates-blind10/ and their gold.

Written on 2026-12-02 without reading plancheck's code, from how mandates are really delivered:
a planprogram (.docx) whose points are "Planen skal svare ut følgende problemstillinger:"
followed by "–" dashes with a tab, every one a question; a nynorsk mandat (Word to PDF) whose
points 2, 4 and 8 carry typed "a)" "b)" "c)" sub-points; a Swedish direktiv printed from a case
system (reportlab) with "Uppdraget omfattar att" and bullets that continue that sentence; an
English terms of reference (Word saved by Writer) with "The working group will:" bullets and a
separate "Deliverables" list; and a Norwegian oppdrag sent as an e-mail and printed from the
webmail (Chromium) whose tasks are the rows of a "Nr | Oppgave | Frist" table. Plans answer in
their own words, partly, only in passing, or in the introduction; each trap is noted in the gold.

    python corpora/mandates-blind10/make_pairs.py                  # all pairs
    python corpora/mandates-blind10/make_pairs.py sfo matsvinn    # some pairs

Imports the ninth batch's builder (corpora/mandates-blind9/make_pairs.py: P, build_odt,
odt_pdf, chromium_pdf and, through the eighth … third batches, the first batch's construction
check), the block and gold writer of corpora/mandates-blind/_build.py and the seventh batch's
odfpy writer. Everything is pinned (zip times, core properties, PDF dates/ids; reportlab with
invariant=1), so a rebuild gives the same files.
"""

from __future__ import annotations

import copy
import html as _h
import importlib.util
import re
import sys
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "mandates-blind"))
sys.path.insert(0, str(HERE.parent / "scripts"))

from _build import build_docx, build_pdf, rendered_pages, write_gold  # noqa: E402
from _odf_helpers import freeze_zip  # noqa: E402


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


_b9 = _load("mandates_blind9_make_pairs", HERE.parent / "mandates-blind9" / "make_pairs.py")
P, build_odt, odt_pdf, chromium_pdf, _b5 = _b9.P, _b9.build_odt, _b9.odt_pdf, _b9.chromium_pdf, _b9._b5
_b7 = _load("mandates_blind7_make_pairs_b10", HERE.parent / "mandates-blind7" / "make_pairs.py")
build_odfpy = _b7.build_odfpy

PAIRS: dict[str, Callable[[Path], dict]] = {}


def pair(fn):
    PAIRS[fn.__name__.replace("_", "-")] = fn
    return fn


def pin_list_ids(odt: Path) -> Path:
    """Writer names the lists it writes with random ids ("list3777232659", used when a second
    list continues the first's numbering); rename them in order of appearance so a rebuild
    gives the same bytes."""
    with zipfile.ZipFile(odt) as zin:
        members = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    ids: dict[bytes, bytes] = {}

    def rename(m: re.Match) -> bytes:
        return b'"' + ids.setdefault(m.group(1), b"list%d" % (len(ids) + 1)) + b'"'

    with zipfile.ZipFile(odt, "w") as zout:
        for name, data in members:
            if name in ("content.xml", "styles.xml"):
                data = re.sub(rb'"(list\d{5,})"', rename, data)
            zout.writestr(name, data)
    freeze_zip(odt)
    return odt


def sub(items: list[str], indent: int = 6, left: int = 8) -> list[tuple]:
    """Typed "a)⇥" sub-points under a typed point, indented LEFT mm."""
    return [("typed", f"{chr(97 + i)})", t, "\t", indent, left) for i, t in enumerate(items)]


def joined(head: str, items: list[str]) -> str:
    """The gold text of a point with sub-points: the head (ending in ":") and the sub-points
    joined with "; " (the convention of batches 3 and 5)."""
    return head + " " + "; ".join(items)


# =========================================================================== 1 hytteplan (nb)


@pair
def hytteplan(d: Path) -> dict:
    pts = [
        "Hvor mange nye fritidsboliger er det behov for i planperioden, og hvor bør de ligge?",
        "Hvordan kan eksisterende hytteområder fortettes uten at preget av fjellbygd går tapt?",
        "Hvilke krav skal stilles til tomtestørrelse, bebygd areal og mønehøyde?",
        "Hvordan skal vann og avløp løses i nye og eksisterende hytteområder?",
        "Hvordan skal hensynet til villreinen og beitebruken ivaretas?",
        "Hvordan kan skiløyper, stier og tilgang til fjellet sikres for både hyttefolk og "
        "fastboende?",
        "Hvilke konsekvenser får hyttebyggingen for veger, parkering og trafikk på fylkesveg 233?",
        "Hvordan kan hyttebyggingen bidra til arbeidsplasser og handel i Skårdal sentrum?",
        "Hvordan skal kommunen forholde seg til søknader om å ta fritidsboliger i bruk som "
        "helårsbolig?",
        "Hvordan skal renovasjon og brannberedskap løses i hytteområdene?",
        "Hvordan kan ny bebyggelse tilpasses et klima med mer nedbør og flomfare i bekkedalene?",
    ]
    s1 = "Konsekvensene av nye byggeområder skal utredes etter forskrift om konsekvensutredninger."
    s2 = ("Planforslaget skal presenteres for velforeningene og hytteeierforeningen på et åpent "
          "møte i sommerferien.")
    m = [
        ("meta", "SKÅRDAL KOMMUNE · Plan, bygg og miljø"),
        ("meta", "Planprogram · Fastsatt av formannskapet 14.01.2027 · Sak 3/27"),
        ("title", "Planprogram – kommunedelplan for fritidsbebyggelse i Skårdalsfjellet"),
        ("h1", "1 Bakgrunn og formål"),
        ("p", "Det står i dag om lag 1 400 fritidsboliger i Skårdalsfjellet, og kommunen får "
              "hvert år forespørsler om nye felt. Gjeldende kommunedelplan er fra 2009 og er "
              "i stor grad bygd ut. Oppstart av planarbeidet ble kunngjort 3. november 2026, og "
              "det kom 41 innspill. " + s1),
        ("h1", "2 Problemstillinger"),
        ("p", "Planen skal svare ut følgende problemstillinger:"),
    ] + [("typed", "–", t, "\t", 7) for t in pts] + [
        ("h1", "3 Medvirkning"),
        ("p", "Grunneiere som har meldt inn arealer, får svar i planbeskrivelsen. " + s2
              + " Kunngjøringer skjer i lokalavisa og på kommunens nettside."),
        ("h1", "4 Framdrift"),
        ("table", ["Fase", "Tidspunkt"],
         [["Planprogram fastsatt", "Januar 2027"], ["Planforslag til førstegangsbehandling",
                                                    "Mai 2027"],
          ["Høring og offentlig ettersyn", "Juni–august 2027"], ["Vedtak i kommunestyret",
                                                                "Desember 2027"]], [90, 50]),
    ]
    build_docx(m, d / "planprogram.docx", title="Planprogram – fritidsbebyggelse Skårdalsfjellet",
               author="Skårdal kommune", header="Skårdal kommune – planprogram")
    p = [
        ("title", "Kommunedelplan for fritidsbebyggelse i Skårdalsfjellet 2028–2040"),
        ("meta", "Planbeskrivelse · Forslag til førstegangsbehandling · Skårdal kommune"),
        ("h1", "1 Innledning"),
        ("p", "Kommunedelplanen erstatter planen fra 2009. Planbeskrivelsen følger opp "
              "planprogrammet som formannskapet fastsatte 14. januar 2027. Hytteeierforeningen "
              "har ansvaret for å kjøre opp skiløypene, og kommunen gir et årlig tilskudd."),
        ("h1", "2 Nye hyttefelt"),
        ("p", "De siste ti årene er det solgt i gjennomsnitt 35 hyttetomter i året. Med samme "
              "takt trengs det om lag 450 nye tomter fram til 2040. Planen legger ut tre nye "
              "felt som ligger inntil eksisterende veg og bebyggelse: Storbekken (180 tomter), "
              "Raudtjønn (150 tomter) og Kvilemyra (120 tomter)."),
        ("p", "Skårdal sentrum ligger 14 km fra Storbekken."),
        ("h1", "3 Flere hytter i de gamle feltene"),
        ("p", "I feltene fra før 1990 tillates det å dele fra en ny tomt der eksisterende tomt er "
              "større enn to dekar. Den nye hytta må ha adkomst fra eksisterende veg."),
        ("h1", "4 Hvor stort kan man bygge?"),
        ("p", "Tabellen viser bestemmelsene som gjelder for hytter i hele planområdet."),
        ("table", ["Bestemmelse", "Nye felt", "Eksisterende felt"],
         [["Minste tomt", "1 000 m²", "800 m²"],
          ["Maks bebygd areal (BYA)", "180 m²", "150 m²"],
          ["Maks mønehøyde", "6,0 m", "5,5 m"]], [70, 45, 45]),
        ("h1", "5 Vann og avløp"),
        ("p", "Alle nye felt skal knyttes til det kommunale ledningsnettet fram til renseanlegget "
              "ved Fjellstua. Utbygger betaler for ledningene inne i feltet."),
        ("h1", "6 Løyper og ferdsel"),
        ("p", "Hovedløypene og stiene er lagt inn i plankartet som grønnstruktur. Mellom feltene "
              "holdes det av korridorer på minst 50 meter, slik at alle, også de som bor i "
              "bygda, kommer seg til fjellet uten å gå gjennom hyttetun. Parkeringsplassen ved "
              "Fjellstua utvides med 60 plasser for dagsbesøkende."),
        ("p", "Sauene på sommerbeite er en del av fjellopplevelsen, og villreinfangstanlegget "
              "ved Raudtjønn er et kjent turmål."),
        ("h1", "7 Veger"),
        ("p", "De nye feltene får adkomst fra den private Fjellstuvegen, som utvides til 5 meter "
              "med møteplasser. Hvert felt skal ha felles parkering ved innkjøringen."),
        ("h1", "8 Fra hytte til bolig"),
        ("p", "Bruksendring fra fritidsbolig til bolig tillates ikke i feltene over 800 moh., der "
              "kommunen ikke kan gi hjemmetjenester og skoleskyss. Under 800 moh. vurderes "
              "søknadene enkeltvis, og vegen må være brøytet hele året."),
        ("h1", "9 Avfall"),
        ("p", "Det settes opp nedgravde containere ved innkjøringen til hvert felt. "
              "Renovasjonsselskapet tømmer dem ukentlig i vinter- og påskesesongen."),
        ("h1", "10 Flom og overvann"),
        ("p", "Det skal ikke bygges nærmere enn 20 meter fra bekker. Aktsomhetsområdene for flom "
              "er lagt inn som hensynssoner, og overvann skal tas hånd om på egen tomt."),
        ("h1", "11 Konsekvensutredning"),
        ("p", "De tre nye feltene er utredet etter forskrift om konsekvensutredninger, tema for "
              "tema: landskap, naturmangfold, friluftsliv, kulturminner, landbruk og "
              "samfunnssikkerhet. Kvilemyra er redusert etter utredningen."),
    ]
    build_pdf(p, d / "plan.pdf", title="Kommunedelplan for fritidsbebyggelse – planbeskrivelse",
              author="Skårdal kommune", header="Skårdal kommune – fritidsbebyggelse Skårdalsfjellet")
    g = [
        P("1", pts[0], "content", "covered", ev="De siste ti årene er det solgt",
          trap="a problemstilling typed '–' with a tab and a hanging indent after 'Planen skal "
          "svare ut følgende problemstillinger:' (no number: numbered by position), phrased as "
          "a question; answered under 'Nye hyttefelt' (450 tomter, three felt named)"),
        P("2", pts[1], "content", "partial", ev="I feltene fra før 1990",
          missing=["krav til byggeskikk og terrengtilpasning når det fortettes"],
          trap="fortetting is allowed (fradeling over two dekar); nothing on keeping the "
          "character of the place"),
        P("3", pts[2], "content", "covered",
          ev="Tabellen viser bestemmelsene som gjelder",
          trap="answered by a table in other words (minste tomt, maks BYA, maks mønehøyde)"),
        P("4", pts[3], "content", "partial", ev="Alle nye felt skal knyttes",
          missing=["opprydding i avløp fra hyttene som står der i dag"],
          trap="the new felt are answered; the existing hytteområder are not"),
        P("5", pts[4], "content", "uncovered",
          trap="shared words in passing: 'Sauene på sommerbeite er en del av fjellopplevelsen, "
          "og villreinfangstanlegget … er et kjent turmål'; nothing on how villrein or beite "
          "are taken care of"),
        P("6", pts[5], "content", "covered", ev="Hovedløypene og stiene er lagt inn",
          trap="answered under 'Løyper og ferdsel' in other words (korridorer, 'også de som bor "
          "i bygda')"),
        P("7", pts[6], "content", "partial", ev="De nye feltene får adkomst",
          missing=["hvor mye trafikken på fylkesvegen øker"],
          trap="adkomstveg and parkering answered (also the parkering at Fjellstua under "
          "'Løyper og ferdsel'); the fylkesveg is not named"),
        P("8", pts[7], "content", "uncovered",
          trap="shared words: 'Skårdal sentrum ligger 14 km fra Storbekken' gives a distance; "
          "nothing on arbeidsplasser or handel"),
        P("9", pts[8], "content", "covered", ev="Bruksendring fra fritidsbolig til bolig",
          trap="answered under 'Fra hytte til bolig' (bruksendring for 'ta i bruk som "
          "helårsbolig')"),
        P("10", pts[9], "content", "partial", ev="Det settes opp nedgravde containere",
          missing=["slokkevann og framkommelighet for brannbil"],
          trap="renovasjon answered under 'Avfall'; nothing on fire"),
        P("11", pts[10], "content", "covered", ev="Det skal ikke bygges nærmere enn 20 meter",
          trap="answered under 'Flom og overvann'; klima not named"),
        P("S1", s1, "process", "covered", ev="De tre nye feltene er utredet",
          trap="a requirement at the end of the background prose, after sentences that are "
          "none (kunngjort, 41 innspill); met in the last chapter"),
        P("S2", s2, "process", "uncovered",
          trap="the hytteeierforening is named in the introduction only as the one that "
          "prepares the løyper; no open meeting with the velforeninger or it; the Framdrift "
          "table is not a point"),
    ]
    return dict(language="nb", mandate="planprogram.docx", plan="plan.pdf",
                producer="planprogram .docx (kept as .docx): a requirement at the end of the "
                "background, eleven problemstillinger typed '–' with a tab and a hanging indent "
                "after 'Planen skal svare ut følgende problemstillinger:', all of them questions, "
                "a requirement in 'Medvirkning' between sentences that are none, a Framdrift "
                "table (not a point); plan PDF (Word export)", points=g)


# =========================================================================== 2 sfo (nn)


@pair
def sfo(d: Path) -> dict:
    h2 = "Beskrive innhaldet i SFO-tilbodet, mellom anna:"
    sub2 = ["leik og fysisk aktivitet ute og inne", "kultur- og naturopplevingar",
            "leksehjelp og lesestund."]
    h4 = "Gjere greie for korleis SFO kan leggje til rette for barn med særskilde behov, mellom anna:"
    sub4 = ["tilrettelegging og assistanse", "overgangen frå barnehagen",
            "samarbeidet med foreldra."]
    h8 = "Beskrive måltida i SFO:"
    sub8 = ["kva som blir servert kvar dag", "korleis dei nasjonale retningslinjene for mat og "
            "måltid blir følgde."]
    pts = [
        "Gjere greie for korleis rammeplanen for SFO skal takast i bruk i alle SFO-ane.",
        joined(h2, sub2),
        "Vurdere opningstidene og behovet for tilbod i skuleferiane.",
        joined(h4, sub4),
        "Vurdere foreldrebetalinga, syskenmoderasjonen og redusert betaling for familiar med "
        "låg inntekt.",
        "Beskrive kompetansen til dei tilsette og korleis fleire kan ta fagbrev som barne- og "
        "ungdomsarbeidar.",
        "Gjere greie for korleis SFO og skulen kan dele lokale og personale.",
        joined(h8, sub8),
        "Vurdere korleis barna og foreldra kan få medverke i SFO.",
        "Foreslå korleis kvaliteten i SFO skal følgjast opp år for år.",
    ]
    s1 = "Planen skal utarbeidast i samarbeid med rektorane og SFO-leiarane."
    s2 = "Utkastet skal drøftast med foreldrerådet og dei tillitsvalde før politisk handsaming."
    s3 = "Planen skal leggjast fram for levekårsutvalet innan 1. juni 2027."
    body = []
    for i, t in enumerate(pts, 1):
        if i == 2:
            body += [("typed", "2.", h2, "\t", 8), *sub(sub2)]
        elif i == 4:
            body += [("typed", "4.", h4, "\t", 8), *sub(sub4)]
        elif i == 8:
            body += [("typed", "8.", h8, "\t", 8), *sub(sub8)]
        else:
            body.append(("typed", f"{i}.", t, "\t", 8))
    m = [
        ("meta", "ØYRVIK KOMMUNE · Oppvekst og kultur"),
        ("meta", "Mandat · 20.01.2027 · Arkivsak 27/061"),
        ("title", "Mandat: Kvalitetsplan for SFO 2027–2031"),
        ("h1", "Bakgrunn"),
        ("p", "Øyrvik har tre skulefritidsordningar med til saman 210 barn. Rammeplanen for SFO "
              "tok til å gjelde i 2021, og kommunen har ikkje hatt ein eigen plan for kvaliteten "
              "i tilbodet. " + s1),
        ("h1", "Oppgåver"),
        ("p", "Arbeidsgruppa skal:"),
        *body,
        ("h1", "Organisering og framdrift"),
        ("p", "Kommunalsjef for oppvekst leiar arbeidsgruppa. " + s2 + " SFO-leiarane blir "
              "haldne orienterte på dei faste leiarmøta. " + s3),
    ]
    build_pdf(m, d / "mandat.pdf", title="Mandat – kvalitetsplan for SFO", author="Øyrvik kommune",
              header="Øyrvik kommune – mandat", lang="nn-NO")
    p = [
        ("title", "Kvalitetsplan for SFO i Øyrvik 2027–2031"),
        ("meta", "Øyrvik kommune · Oppvekst og kultur · Utkast april 2027"),
        ("h1", "1 Innleiing"),
        ("p", "Planen er laga av ei arbeidsgruppe leidd av kommunalsjef for oppvekst, med dei "
              "tre rektorane, dei tre SFO-leiarane og ein hovudtillitsvald frå Fagforbundet."),
        ("p", "Levekårsutvalet vedtok i 2025 å gje alle barn på 1. trinn gratis SFO-plass."),
        ("h1", "2 Rammeplanen i kvardagen"),
        ("p", "Rammeplanen for SFO er grunnlaget for alle tre SFO-ane. Kvar SFO lagar ein "
              "årsplan etter rammeplanen, og personalet går gjennom han på planleggingsdagen i "
              "august."),
        ("p", "Foreldreundersøkinga hausten 2026 viste at 81 prosent av foreldra var nøgde med "
              "SFO."),
        ("h1", "3 Ein dag i SFO"),
        ("p", "Barna er ute kvar dag, og ein gong i veka er det tur i skogen eller i fjøra. "
              "Gymsalen er open for ballspel og dans to ettermiddagar. Kulturskulen og "
              "biblioteket kjem på besøk med forestillingar og forteljarstunder."),
        ("h1", "4 Opningstider og ferie"),
        ("p", "SFO er open kvar skuledag frå 07.00 til 16.30. I haust-, vinter- og påskeferien "
              "er alle tre SFO-ane opne, og i sommarferien er det felles ferie-SFO på Øyrvik "
              "skule dei tre første og dei to siste vekene."),
        ("h1", "5 Barn som treng meir"),
        ("p", "Barn som har assistent i skulen, har same assistent i SFO når det er mogleg, og "
              "SFO-leiaren er med i ansvarsgruppa. Barnehagen og SFO har eit eige "
              "overføringsmøte for barn med vedtak om spesialpedagogisk hjelp, og foreldra "
              "blir kalla inn til ein samtale før skulestart."),
        ("h1", "6 Kva kostar det?"),
        ("p", "Ein heil plass kostar 3 150 kroner i månaden og ein halv plass 1 900 kroner. "
              "Syskenmoderasjonen er 30 prosent for barn nummer to."),
        ("h1", "7 Same hus, same folk"),
        ("p", "SFO brukar klasseromma til 1. og 2. trinn, gymsalen og skulebiblioteket etter "
              "skuletid. Mange av dei tilsette er assistentar i skulen om føremiddagen, slik at "
              "barna møter dei same vaksne heile dagen."),
        ("p", "Leiaren ved Øyrvik SFO har fagbrev som barne- og ungdomsarbeidar."),
        ("h1", "8 Mat"),
        ("p", "SFO serverer eit varmt måltid kvar onsdag og frukt kvar dag."),
        ("h1", "9 Barna og foreldra si stemme"),
        ("p", "Kvar SFO har barnemøte ein gong i månaden der barna er med og vel aktivitetar. "
              "Foreldra har to representantar i samarbeidsutvalet for SFO, som møtest to gonger "
              "i året."),
    ]
    build_odfpy(p, d / "plan.odt", title="Kvalitetsplan for SFO i Øyrvik 2027–2031", lang="nn")
    g = [
        P("1", pts[0], "content", "covered", ev="Rammeplanen for SFO er grunnlaget",
          trap="a point typed '1.' with a tab and a hanging indent; answered under "
          "'Rammeplanen i kvardagen' (årsplan etter rammeplanen)"),
        P("2", pts[1], "content", "partial", ev="Barna er ute kvar dag",
          missing=["tid til lekser og lesing"],
          trap="sub-points typed 'a)' with a tab under the point (decided: sub-points are no "
          "points of their own, they complete the head's 'mellom anna:' and are joined with "
          "'; '); a) and b) answered under 'Ein dag i SFO' (tur, gymsal, kulturskulen, "
          "biblioteket), c) not; 'forteljarstunder' is no lesestund for the children's own "
          "reading"),
        P("3", pts[2], "content", "covered", ev="SFO er open kvar skuledag",
          trap="answered under 'Opningstider og ferie'"),
        P("4", pts[3], "content", "covered", ev="Barn som har assistent i skulen",
          trap="a point with three sub-points, all answered in one paragraph under 'Barn som "
          "treng meir' in other words (same assistent, overføringsmøte, samtale før "
          "skulestart)"),
        P("5", pts[4], "content", "partial", ev="Ein heil plass kostar",
          missing=["moderasjon etter inntekt"],
          trap="prices and syskenmoderasjon given under 'Kva kostar det?'; nothing for "
          "families with low income; the gratis plass for 1. trinn in the introduction is an "
          "earlier decision for everyone"),
        P("6", pts[5], "content", "uncovered",
          trap="shared words in passing: 'Leiaren ved Øyrvik SFO har fagbrev som barne- og "
          "ungdomsarbeidar'; nothing on the staff's competence or how more can take the "
          "fagbrev"),
        P("7", pts[6], "content", "covered", ev="SFO brukar klasseromma",
          trap="answered under 'Same hus, same folk' in other words"),
        P("8", pts[7], "content", "partial", ev="SFO serverer eit varmt måltid",
          missing=["korleis ein sikrar at maten følgjer Helsedirektoratet sine råd"],
          trap="a head ending ':' with two sub-points; a) answered under 'Mat', b) not"),
        P("9", pts[8], "content", "covered", ev="Kvar SFO har barnemøte",
          trap="answered under 'Barna og foreldra si stemme'"),
        P("10", pts[9], "deliverable", "uncovered",
          trap="a past foreldreundersøking ('hausten 2026 … 81 prosent') is a fact, not a "
          "follow-up from year to year"),
        P("S1", s1, "process", "covered", ev="Planen er laga av ei arbeidsgruppe",
          trap="a requirement at the end of 'Bakgrunn'; met in the introduction"),
        P("S2", s2, "process", "partial", ev="Planen er laga av ei arbeidsgruppe",
          missing=["foreldrerådet"],
          trap="a hovudtillitsvald sat in the arbeidsgruppe; the foreldreråd is not said to "
          "have discussed the draft ('foreldra' in samarbeidsutvalet is about running SFO)"),
        P("S3", s3, "process", "uncovered",
          trap="the levekårsutval is named for an earlier decision (gratis SFO-plass in 2025); "
          "nothing on presenting the plan to it; 'SFO-leiarane blir haldne orienterte' in the "
          "mandate is no requirement"),
    ]
    return dict(language="nn", mandate="mandat.pdf", plan="plan.odt",
                producer="mandat PDF (Word export, nynorsk): a requirement at the end of "
                "'Bakgrunn', ten points typed '1.' with a tab and a hanging indent after "
                "'Arbeidsgruppa skal:', points 2, 4 and 8 with typed 'a)' sub-points (joined to "
                "the head in the gold), two requirements in 'Organisering og framdrift' around a "
                "sentence that is none; plan .odt written with odfpy (kept as .odt)", points=g)


# =========================================================================== 3 fordon (sv)


def build_direktiv_pdf(path: Path, *, system: str, head: list[tuple[str, str]], title: str,
                       blocks: list[tuple[str, str]], author: str) -> Path:
    """A direktiv printed from a Swedish case system (reportlab, Helvetica): a system line, a
    diarium grid, headings, paragraphs and "–" bullets, "Sida n" at the foot."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    base = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=14, spaceAfter=8)
    bul = ParagraphStyle("u", parent=base, leftIndent=14, bulletIndent=4, spaceAfter=3)
    small = ParagraphStyle("s", parent=base, fontSize=8.5, leading=11, spaceAfter=0)
    h1 = ParagraphStyle("h", parent=base, fontName="Helvetica-Bold", fontSize=11.5, leading=15,
                        spaceBefore=6, spaceAfter=4)
    tit = ParagraphStyle("t", parent=base, fontName="Helvetica-Bold", fontSize=15, leading=19)
    grid = Table([[Paragraph(f"<b>{k}</b>", small), Paragraph(v, small)] for k, v in head],
                 colWidths=[35 * mm, 125 * mm], hAlign="LEFT")
    grid.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, "#999999")]))
    story = [grid, Spacer(1, 10), Paragraph(title, tit)]
    for kind, text in blocks:
        if kind == "h1":
            story.append(Paragraph(text, h1))
        elif kind == "li":
            story.append(Paragraph(text, bul, bulletText="–"))
        else:
            story.append(Paragraph(text, base))

    def onpage(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 7.5)
        canvas.drawString(20 * mm, A4[1] - 10 * mm, system)
        canvas.drawRightString(A4[0] - 20 * mm, 10 * mm, f"Sida {doc.page}")
        canvas.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm, title=title, author=author,
                            creator="Ärendehanteringssystem", invariant=1)
    doc.build(copy.deepcopy(story), onFirstPage=onpage, onLaterPages=onpage)
    return path


@pair
def fordon(d: Path) -> dict:
    pts = [
        "kartlägga kommunens fordon efter ålder, drivmedel och körsträcka",
        "föreslå hur fordonsflottan ska bli fossilfri till 2030",
        "bedöma behovet av laddinfrastruktur vid kommunens arbetsplatser",
        "utreda om en gemensam bilpool kan minska antalet fordon",
        "beskriva hur hemtjänstens tillgång till bilar ska tryggas vid elavbrott och sträng kyla",
        "redovisa kostnaderna för leasing, drift och laddning jämfört med i dag",
        "föreslå hur resor i tjänsten kan minska genom digitala möten och cykel",
        "ta fram riktlinjer för när privat bil får användas i tjänsten",
        "beskriva hur förarna ska utbildas i sparsam körning och laddning",
        "samordna upphandlingen av fordon med grannkommunerna där det är möjligt",
    ]
    s1 = "Strategin ska utgå från kommunens klimatmål om 70 procent lägre utsläpp från transporter till 2030."
    s2 = "Utredaren ska samråda med de fackliga organisationerna och förvaltningarnas fordonsansvariga."
    s3 = "Uppdraget ska redovisas till kommunstyrelsen senast den 30 november 2027."
    lis = [("li", t + ("," if i < len(pts) - 2 else (", och" if i == len(pts) - 2 else ".")))
           for i, t in enumerate(pts)]
    blocks = [
        ("h1", "Bakgrund"),
        ("p", "Tallmo kommun har i dag 212 fordon, varav två tredjedelar drivs med diesel eller "
              "bensin. Tekniska förvaltningen ansvarar för fordonen. " + s1),
        ("h1", "Uppdraget"),
        ("p", "Kommunstyrelsen ger kommundirektören i uppdrag att ta fram en fordonsstrategi för "
              "åren 2028–2032. Uppdraget omfattar att"),
        *lis,
        ("h1", "Organisation och tidplan"),
        ("p", "Utredningen leds av hållbarhetsstrategen. " + s2 + " Utredningen finansieras inom "
              "befintlig ram. " + s3),
    ]
    build_direktiv_pdf(d / "direktiv.pdf", system="Tallmo kommun · Ärendehantering · Utskrift",
                       head=[("Diarienummer", "KS 2027/118"), ("Dokumenttyp", "Direktiv"),
                             ("Beslutsinstans", "Kommunstyrelsen"), ("Datum", "2027-03-02"),
                             ("Handläggare", "Anneli Berglund")],
                       title="Direktiv för utredning: Fossilfri fordonsflotta i Tallmo kommun",
                       blocks=blocks, author="Tallmo kommun")
    p = [
        ("title", "Fordonsstrategi för Tallmo kommun 2028–2032"),
        ("meta", "Kommunledningskontoret · Förslag · Dnr KS 2027/118"),
        ("h1", "1 Inledning"),
        ("p", "Strategin visar hur kommunens fordon ska bidra till klimatmålet att utsläppen från "
              "transporter ska vara 70 procent lägre år 2030. Under arbetet har förvaltningarnas "
              "fordonsansvariga och de fackliga organisationerna Kommunal och Vision lämnat "
              "synpunkter. Utredningen redovisas för kommunstyrelsen den 24 oktober 2027."),
        ("p", "Många medarbetare använder i dag egen bil i tjänsten och får milersättning."),
        ("h1", "2 Våra fordon i dag"),
        ("p", "Tabellen visar kommunens fordon per förvaltning i januari 2027."),
        ("table", ["Förvaltning", "Antal", "Medelålder", "Drivmedel", "Mil per år"],
         [["Socialförvaltningen (hemtjänsten)", "96", "5 år", "Bensin, el", "41 000"],
          ["Tekniska förvaltningen", "71", "8 år", "Diesel", "38 500"],
          ["Barn- och utbildning", "28", "6 år", "Bensin, el", "9 200"],
          ["Kommunledningskontoret", "17", "4 år", "El, HVO", "6 100"]], [60, 18, 25, 30, 25]),
        ("h1", "3 Så når vi målet"),
        ("p", "Personbilar som byts ut ersätts med elbilar från 2028. Tunga fordon och "
              "arbetsmaskiner tankas med HVO från 2028 och byts till el när avtalen löper ut. "
              "Då är hela fordonsflottan fossilfri år 2030."),
        ("h1", "4 Laddplatser"),
        ("p", "Kommunhuset och hemtjänstens tre baser får tillsammans 70 laddplatser under 2028. "
              "Laddningen styrs så att bilarna laddas på natten."),
        ("h1", "5 Dela bil"),
        ("p", "Förvaltningarna i kommunhuset och i Norrgärdet delar på två gemensamma bilpooler "
              "med bokningssystem. Det gör att 14 bilar kan lämnas tillbaka när avtalen löper "
              "ut."),
        ("h1", "6 Vad kostar det?"),
        ("p", "Leasingkostnaden för elbilarna är om lag 1,2 miljoner kronor högre per år än för "
              "dagens bilar."),
        ("h1", "7 Färre resor"),
        ("p", "Elcyklar finns att låna i kommunhuset och i Norrgärdet, och fler ska köpas in "
              "till hemtjänsten i centralorten."),
        ("h1", "8 Ny bil, nytt sätt att köra"),
        ("p", "Alla som kör kommunens bilar går en kort utbildning i sparsam körning, där man "
              "lär sig att köra mjukt och planera resan."),
        ("h1", "9 Nästa steg"),
        ("p", "Nästa upphandling av fordon görs 2029. Grannkommunen Sörby har redan en "
              "elbilspool för sin hemtjänst."),
    ]
    build_docx(p, d / "plan.docx", title="Fordonsstrategi för Tallmo kommun 2028–2032",
               author="Tallmo kommun", lang="sv-SE")
    g = [
        P("1", pts[0], "content", "covered", ev="Tabellen visar kommunens fordon",
          trap="a bullet continuing 'Uppdraget omfattar att' (lower case, a trailing comma, no "
          "number: numbered by position; the gold text leaves out the comma, the ', och' and "
          "the final full stop); answered by a table (medelålder, drivmedel, mil per år)"),
        P("2", pts[1], "content", "covered", ev="Personbilar som byts ut",
          trap="answered under 'Så når vi målet'"),
        P("3", pts[2], "content", "partial", ev="Kommunhuset och hemtjänstens tre baser",
          missing=["laddplatser vid skolor, förskolor och tekniska förvaltningens förråd"],
          trap="laddplatser at the kommunhus and the hemtjänst bases only"),
        P("4", pts[3], "content", "covered", ev="Förvaltningarna i kommunhuset",
          trap="answered under 'Dela bil' (14 bilar lämnas tillbaka)"),
        P("5", pts[4], "content", "uncovered",
          trap="hemtjänsten is named in the table and under 'Laddplatser' and 'Färre resor'; "
          "nothing on elavbrott or cold"),
        P("6", pts[5], "content", "partial", ev="Leasingkostnaden för elbilarna",
          missing=["vad el, service och laddplatser kostar jämfört med diesel och bensin"],
          trap="only the leasing cost is given"),
        P("7", pts[6], "content", "partial", ev="Elcyklar finns att låna",
          missing=["digitala möten"],
          trap="cykel answered under 'Färre resor'; nothing on meetings"),
        P("8", pts[7], "content", "uncovered",
          trap="named in passing in the introduction: 'Många medarbetare använder i dag egen "
          "bil i tjänsten och får milersättning'; no riktlinjer"),
        P("9", pts[8], "content", "partial", ev="Alla som kör kommunens bilar",
          missing=["hur man laddar bilen"],
          trap="sparsam körning in other words ('köra mjukt'); charging not taught"),
        P("10", pts[9], "content", "uncovered",
          trap="shared words: 'Nästa upphandling av fordon görs 2029' and a grannkommun named "
          "for its own bilpool; no samordning"),
        P("S1", s1, "content", "covered", ev="Strategin visar hur kommunens fordon",
          trap="a requirement at the end of 'Bakgrund' after sentences that are none; met in "
          "the introduction"),
        P("S2", s2, "process", "covered", ev="Strategin visar hur kommunens fordon",
          trap="met in the introduction (Kommunal and Vision named for 'de fackliga "
          "organisationerna')"),
        P("S3", s3, "process", "covered", ev="Strategin visar hur kommunens fordon",
          trap="met by a date in the introduction (24 oktober, before 30 november); "
          "'Utredningen finansieras inom befintlig ram' in the mandate is no requirement"),
    ]
    return dict(language="sv", mandate="direktiv.pdf", plan="plan.docx",
                producer="direktiv printed from a case system (reportlab): a system line, a "
                "Diarienummer/Dokumenttyp grid, 'Sida n', a requirement at the end of "
                "'Bakgrund', ten '–' bullets (reportlab bulletText) continuing the sentence "
                "'Uppdraget omfattar att' (lower case, commas, ', och', a full stop on the last), two requirements in "
                "'Organisation och tidplan' around a sentence that is none; plan .docx (kept)",
                points=g)


# =========================================================================== 4 allotments (en)


def _page(title: str, nav: str, crumbs: str, foot: str, blocks: list[tuple], lang: str) -> str:
    out = []
    for b in blocks:
        if b[0] in ("h2", "p"):
            out.append(f"<{b[0]}>{_h.escape(b[1])}</{b[0]}>")
        elif b[0] == "ul":
            out.append("<ul>" + "".join(f"<li>{_h.escape(x)}</li>" for x in b[1]) + "</ul>")
        elif b[0] == "table":
            head = "".join(f"<th>{_h.escape(x)}</th>" for x in b[1])
            rows = "".join("<tr>" + "".join(f"<td>{_h.escape(c)}</td>" for c in r) + "</tr>"
                           for r in b[2])
            out.append(f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>")
    css = ("body{font-family:'DejaVu Sans',sans-serif;font-size:10.5pt;margin:0 18mm;color:#222}"
           "nav{background:#4b2e83;color:#fff;padding:6px 10px;font-size:9pt}"
           ".crumbs{font-size:8.5pt;color:#666;margin:8px 0}"
           "h1{color:#4b2e83;font-size:19pt}h2{color:#4b2e83;font-size:13.5pt;margin-top:16px}"
           "table{border-collapse:collapse;width:100%;font-size:9pt}"
           "th,td{border:1px solid #aaa;padding:3px 5px;text-align:left;vertical-align:top}"
           "th{background:#ece6f5}footer{margin-top:24px;font-size:8pt;color:#666;"
           "border-top:1px solid #ccc}")
    return (f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'><title>"
            f"{_h.escape(title)}</title><style>{css}</style></head><body>"
            f"<nav>{_h.escape(nav)}</nav><div class='crumbs'>{_h.escape(crumbs)}</div>"
            f"<h1>{_h.escape(title)}</h1>" + "".join(out)
            + f"<footer>{_h.escape(foot)}</footer></body></html>")


@pair
def allotments(d: Path) -> dict:
    scope = [
        "assess demand for allotments, using the waiting list and a survey of residents",
        "review the condition of each site, including water supply, fencing, toilets and paths",
        "identify land for at least two new sites in the north of the borough",
        "set out a fair rent structure, with concessions for people on low incomes",
        "propose how plot holders can take part in running their sites through self-management",
        "improve access for disabled gardeners, including raised beds",
        "support community growing in schools, parks and housing estates",
        "set out site rules on bonfires, livestock and water use",
        "consider biodiversity and the use of pesticides on the sites",
    ]
    deliv = [
        "a draft strategy for public consultation by 31 March 2028",
        "an action plan with costs, lead officers and timescales",
        "an annual progress report to the Communities Committee",
    ]
    s1 = ("The working group will consult the Kelderby Allotment Federation and all site "
          "representatives before the draft is published.")
    m = [
        ("meta", "KELDERBY BOROUGH COUNCIL · Neighbourhood Services"),
        ("title", "Allotments and Community Growing Strategy – Terms of Reference"),
        ("meta", "Approved by the Communities Committee, 12 October 2027 · Version 1.0"),
        ("h1", "1. Purpose"),
        ("p", "The council owns eleven allotment sites with 940 plots. The waiting list has grown "
              "to more than 600 names, and the last strategy dates from 2012. The working group "
              "is set up to prepare a new strategy for 2028–2038."),
        ("h1", "2. Membership"),
        ("p", "The group is chaired by the Head of Neighbourhood Services and includes officers "
              "from Parks, Estates and Public Health, and two councillors."),
        ("h1", "3. Scope"),
        ("p", "The working group will:"),
        ("bullets", scope),
        ("h1", "4. Deliverables"),
        ("p", "The working group will deliver:"),
        ("bullets", deliv),
        ("h1", "5. Consultation and reporting"),
        ("p", "The group will meet monthly. " + s1 + " The working group reports to the "
              "Communities Committee through the Head of Neighbourhood Services."),
    ]
    build_odt(m, d / "terms-of-reference.odt", title="Terms of Reference – allotments strategy",
              author="Kelderby Borough Council", lang="en-GB")
    pin_list_ids(d / "terms-of-reference.odt")
    p = [
        ("p", "This is the consultation draft of the council's new allotments strategy. It was "
              "published on 20 March 2028 and comments are welcome until 1 May 2028."),
        ("p", "Before publication, the draft was discussed with the Kelderby Allotment "
              "Federation and at a meeting of site reps from every site on 8 February 2028."),
        ("h2", "Who wants a plot?"),
        ("p", "In January 2028 there were 612 people on the waiting list, against 455 in 2023. "
              "Most live in the north of the borough, where the average wait is now four years."),
        ("h2", "Our sites today"),
        ("p", "Every site was visited by officers and plot holders in the summer of 2027."),
        ("table", ["Site", "Plots", "Water", "Boundary", "WC", "Paths"],
         [["Church Fields", "180", "Good", "Fence broken in places", "Yes", "Good"],
          ["Queen's Road", "140", "Leaking pipes", "Good", "No", "Poor"],
          ["Mill Race", "96", "Good", "Hedge only", "No", "Fair"],
          ["Other eight sites", "524", "Mixed", "Mixed", "Two sites", "Mixed"]],
         [40, 15, 28, 40, 18, 18]),
        ("h2", "New sites in the north"),
        ("p", "Two new sites are proposed: Millbrook Lane (1.2 ha, about 60 plots) and land behind "
              "Hatherley Primary School (0.8 ha, about 40 plots). Both are in the north of the "
              "borough and already owned by the council."),
        ("h2", "What a plot costs"),
        ("p", "From 2029 a full plot will cost £96 a year and a half plot £55. The 50% "
              "concession for tenants over 65 will be phased out, as most older tenants are "
              "not on low pay."),
        ("h2", "Gardening for everyone"),
        ("p", "Six raised beds, reachable from a wheelchair, will be built at Church Fields and "
              "Millbrook Lane."),
        ("h2", "Growing together"),
        ("p", "Schools can apply for up to £1,500 for a growing area. Community orchards will be "
              "planted in Ashby Park and Long Meadow, and the council will work with Kelderby "
              "Homes on food gardens on three housing estates."),
        ("h2", "Site rules"),
        ("p", "Bonfires are not allowed between April and September. Plot holders may keep up to "
              "six hens, but no cockerels. Hoses may only be used to fill water butts and "
              "troughs."),
        ("p", "Self-managed sites in two neighbouring boroughs were visited by the group in May "
              "2027. The council's Biodiversity Action Plan (2024) covers parks and road verges."),
        ("h2", "Action plan"),
        ("table", ["Action", "Lead", "When"],
         [["Repair water pipes at Queen's Road", "Parks Manager", "2028"],
          ["Open Millbrook Lane", "Estates Manager", "2029"],
          ["Open the Hatherley site", "Estates Manager", "2030"],
          ["New rents and rules", "Allotments Officer", "April 2029"]], [90, 45, 30]),
        ("p", "Waiting list figures are published each year on the council's website."),
    ]
    with tempfile.TemporaryDirectory(prefix="mblind10-html-") as tmp:
        src = Path(tmp) / "allotments.html"
        src.write_text(_page("Allotments and Community Growing Strategy 2028–2038 "
                             "(consultation draft)",
                             "Kelderby Borough Council · Services · Have your say · Contact",
                             "Home › Leisure › Allotments › Strategy consultation",
                             "Kelderby Borough Council · Town Hall, Market Street · "
                             "Page last updated 20 March 2028", p, "en-GB"), encoding="utf-8")
        chromium_pdf(src, d / "plan.pdf")
    g = [
        P("1", scope[0], "content", "partial", ev="In January 2028 there were 612 people",
          missing=["what residents who are not on the list want (no survey was done)"],
          trap="a lower-case bullet after 'The working group will:' (no number: numbered by "
          "position); the waiting list is used under 'Who wants a plot?', the survey is not"),
        P("2", scope[1], "content", "covered", ev="Every site was visited",
          trap="answered by a table in other words (Boundary for fencing, WC for toilets)"),
        P("3", scope[2], "content", "covered", ev="Two new sites are proposed",
          trap="answered under 'New sites in the north'"),
        P("4", scope[3], "content", "partial", ev="From 2029 a full plot will cost",
          missing=["a reduced rent for tenants on benefits or low pay"],
          trap="a rent structure is set; the only concession named (over 65s) is being "
          "withdrawn and 'low pay' is used only to explain that"),
        P("5", scope[4], "content", "uncovered",
          trap="shared word: 'Self-managed sites in two neighbouring boroughs were visited'; "
          "nothing proposed for Kelderby's plot holders"),
        P("6", scope[5], "content", "partial", ev="Six raised beds",
          missing=["level paths and accessible toilets"],
          trap="raised beds answered under 'Gardening for everyone'; the table shows poor "
          "paths and missing WCs, but no improvement of access is proposed"),
        P("7", scope[6], "content", "covered", ev="Schools can apply for up to",
          trap="answered under 'Growing together' (schools, orchards in parks, estates with "
          "Kelderby Homes)"),
        P("8", scope[7], "content", "covered", ev="Bonfires are not allowed",
          trap="answered under 'Site rules' in other words (hens for livestock, hoses for water "
          "use)"),
        P("9", scope[8], "content", "uncovered",
          trap="shared word: the Biodiversity Action Plan is named as covering parks and "
          "verges, not the allotments; pesticides not mentioned"),
        P("10", deliv[0], "deliverable", "covered", ev="This is the consultation draft",
          trap="the first bullet of a second list, 'The working group will deliver:' under "
          "'Deliverables' (numbered on from the scope list, as bullets after a first list in "
          "earlier batches); met by the page's opening (published 20 March, before 31 March)"),
        P("11", deliv[1], "deliverable", "partial", ev="Action Lead When",
          missing=["what each action costs"],
          trap="an action table with Lead and When columns; no costs"),
        P("12", deliv[2], "deliverable", "uncovered",
          trap="shared words: 'Waiting list figures are published each year on the council's "
          "website'; no progress report to the committee"),
        P("S1", s1, "process", "covered", ev="Before publication, the draft was discussed",
          trap="a requirement in the prose of 'Consultation and reporting' between sentences "
          "that are none ('The group will meet monthly', 'reports to the Communities "
          "Committee'); met at the top of the page in other words (site reps)"),
    ]
    return dict(language="en", mandate="terms-of-reference.odt", plan="plan.pdf",
                producer="terms of reference .odt (Word saved by Writer, English): nine "
                "lower-case Word bullets after 'The working group will:' under 'Scope', three "
                "more after 'The working group will deliver:' under 'Deliverables', a "
                "requirement in 'Consultation and reporting' between 'will' sentences that are "
                "none; plan a council consultation web page printed from Chromium (menu, "
                "breadcrumbs, footer) with a site-condition table and an action table", points=g)


# =========================================================================== 5 matsvinn (nb)


@pair
def matsvinn(d: Path) -> dict:
    rows = [
        ("Måle matsvinnet i alle kommunale kjøkken i fire uker med samme metode.", "15.03.2027"),
        ("Beskrive hvor i kjeden svinnet oppstår, fra innkjøp og lager til tallerkenen.",
         "15.04.2027"),
        ("Sette et mål for hvor mye matsvinnet skal reduseres innen 2030.", "15.04.2027"),
        ("Vurdere porsjonsstørrelser og valgfrihet ved måltidene på sykehjemmene.", "01.05.2027"),
        ("Foreslå rutiner for å gi bort overskuddsmat, blant annet til Matsentralen.",
         "01.05.2027"),
        ("Gjennomgå innkjøpsavtalen og bestillingsrutinene med innkjøpskontoret.",
         "01.05.2027"),
        ("Beskrive opplæring av ansatte på kjøkkenene og avdelingene.", "01.05.2027"),
        ("Vurdere om matavfallet kan brukes til biogass.", "15.05.2027"),
        ("Involvere elevrådene i kampanjer mot matsvinn i skolekantinene.", "15.05.2027"),
        ("Beregne hva kommunen kan spare i kroner.", "15.05.2027"),
        ("Legge fram handlingsplanen for kommunedirektørens ledergruppe.", "01.06.2027"),
    ]
    s1 = "Handlingsplanen skal gjelde alle kommunale kjøkken, også kantina på rådhuset."
    s2 = "Tillitsvalgte skal tas med i arbeidet."
    table = ("<table class='t'><thead><tr><th>Nr</th><th>Oppgave</th><th>Frist</th></tr></thead>"
             "<tbody>" + "".join(f"<tr><td>{i}</td><td>{_h.escape(t)}</td><td>{f}</td></tr>"
                                 for i, (t, f) in enumerate(rows, 1)) + "</tbody></table>")
    head = [("Fra", "Hanne Rødseth (kommunedirektør)"), ("Sendt", "tirsdag 2. februar 2027 08:14"),
            ("Til", "Kjøkkensjefene; Innkjøpskontoret"), ("Kopi", "Kommunalsjef helse og omsorg"),
            ("Emne", "Oppdrag: handlingsplan mot matsvinn"), ("Saksnr.", "27/219")]
    body = [
        "Hei alle,",
        "Kommunen kaster for mye mat, og kommunestyret har bedt om en sak om matsvinn i løpet "
        "av høsten. Jeg ber derfor kjøkkensjefene, med Vikerøy sykehjem som koordinator, om å "
        "lage en handlingsplan mot matsvinn. " + s1,
        "Oppgavene og fristene står i tabellen under.",
    ]
    tail = [
        "Kjøkkensjefen ved Vikerøy sykehjem leder arbeidet. " + s2 + " Jeg vet at dere har mye "
        "å gjøre før sommeren, så ta kontakt hvis fristene blir for stramme.",
        "Vennlig hilsen<br>Hanne Rødseth<br>kommunedirektør, Vikerøy kommune",
    ]
    css = ("body{font-family:'DejaVu Sans',sans-serif;font-size:10pt;margin:12mm 16mm;color:#111}"
           ".bar{font-size:8pt;color:#555;border-bottom:1px solid #999;margin-bottom:8px}"
           "h1{font-size:14pt;margin:4px 0 8px}.hd td{font-size:9pt;padding:1px 8px 1px 0}"
           ".hd td:first-child{font-weight:bold}"
           "table.t{border-collapse:collapse;width:100%;font-size:9.5pt;margin:6px 0 10px}"
           "table.t th,table.t td{border:1px solid #888;padding:3px 5px;text-align:left;"
           "vertical-align:top}table.t th{background:#ddd}table.t td:first-child{width:6%}"
           "table.t td:last-child{width:13%;white-space:nowrap}")
    html = ("<!doctype html><html lang='nb'><head><meta charset='utf-8'><title>Oppdrag: "
            f"handlingsplan mot matsvinn</title><style>{css}</style></head><body>"
            "<div class='bar'>Vikerøy kommune – Webmail</div>"
            "<h1>Oppdrag: handlingsplan mot matsvinn</h1><table class='hd'>"
            + "".join(f"<tr><td>{k}:</td><td>{_h.escape(v)}</td></tr>" for k, v in head)
            + "</table><hr>" + "".join(f"<p>{_h.escape(t)}</p>" for t in body) + table
            + "".join(f"<p>{t if '<br>' in t else _h.escape(t)}</p>" for t in tail)
            + "</body></html>")
    with tempfile.TemporaryDirectory(prefix="mblind10-mail-") as tmp:
        src = Path(tmp) / "oppdrag.html"
        src.write_text(html, encoding="utf-8")
        chromium_pdf(src, d / "oppdrag.pdf")
    p = [
        ("title", "Handlingsplan mot matsvinn i Vikerøy kommune 2027–2030"),
        ("meta", "Vikerøy kommune · Kjøkkentjenesten · Mai 2027"),
        ("h1", "1 Innledning"),
        ("p", "Handlingsplanen gjelder kjøkkenene på de to sykehjemmene, produksjonskjøkkenet "
              "for hjemmeboende og skolekantinene på Vikerøy ungdomsskole og Nordvik skole. "
              "Arbeidsgruppen har bestått av kjøkkensjefene og innkjøpsrådgiveren. Planen ble "
              "drøftet i kommunedirektørens ledergruppe 24. mai 2027."),
        ("h1", "2 Slik målte vi"),
        ("p", "I fire uker i februar og mars veide alle kjøkkenene det som ble kastet, med samme "
              "vekt og samme skjema, delt på fem ledd."),
        ("table", ["Ledd", "Kg per uke", "Andel"],
         [["Innkjøp og lager", "38", "9 %"], ["Produksjon", "64", "15 %"],
          ["Overproduksjon", "142", "33 %"], ["Servering (buffet og fat)", "81", "19 %"],
          ["Tallerkenrester", "105", "24 %"]], [70, 35, 30]),
        ("p", "Mest går til spille fra mat som er laget, men aldri servert."),
        ("h1", "3 Målet"),
        ("p", "Matsvinnet skal halveres innen 2030, målt på samme måte som i 2027."),
        ("h1", "4 Sykehjemmene"),
        ("p", "Beboerne får mindre porsjoner og tilbud om påfyll i stedet for fulle tallerkener. "
              "Kjøkkenet får beskjed om antall beboere til middag hver dag klokka ti."),
        ("h1", "5 Bestilling"),
        ("p", "Alle kjøkken bestiller varer to ganger i uka etter faktisk belegg, ikke etter fast "
              "liste. Innkjøpsrådgiveren følger opp hvor mye som blir kastet fordi datoen har "
              "gått ut."),
        ("h1", "6 Opplæring"),
        ("p", "Alle kokker og kjøkkenassistenter får et kurs på tre timer om matsvinn i høst. På "
              "hver avdeling på sykehjemmene velges en matsvinnambassadør som lærer opp "
              "kollegene."),
        ("h1", "7 Skolekantinene"),
        ("p", "Kampanjen «Tøm tallerkenen» gjennomføres hvert halvår i begge skolekantinene, med "
              "veiing av tallerkenrester før og etter."),
        ("h1", "8 Hva sparer vi?"),
        ("p", "Svinnet tilsvarer i dag råvarer for om lag 1,9 millioner kroner i året. Når målet "
              "nås, sparer kommunen om lag 950 000 kroner i året."),
        ("h1", "9 Annet"),
        ("p", "Matsentralen Nord henter i dag matvarer fra dagligvarebutikkene i sentrum. "
              "Matavfallet fra kjøkkenene hentes hver uke av Vikerøy Renovasjon."),
    ]
    odt_pdf(p, d / "plan.pdf", title="Handlingsplan mot matsvinn 2027–2030",
            author="Vikerøy kommune", header="Vikerøy kommune – handlingsplan mot matsvinn")
    t = [r[0] for r in rows]
    g = [
        P("1", t[0], "content", "covered", ev="I fire uker i februar og mars",
          trap="a row of a three-column 'Nr | Oppgave | Frist' table in an e-mail printed from "
          "the webmail (the Nr cell is the number; the Frist cell is no part of the point's "
          "text); answered under 'Slik målte vi'"),
        P("2", t[1], "content", "covered", ev="Ledd Kg per uke Andel",
          trap="answered by a table of the five ledd"),
        P("3", t[2], "content", "covered", ev="Matsvinnet skal halveres innen 2030",
          trap="answered under 'Målet' (halveres)"),
        P("4", t[3], "content", "partial", ev="Beboerne får mindre porsjoner",
          missing=["at beboerne kan velge mellom flere retter"],
          trap="portions answered under 'Sykehjemmene'; no choice of dishes"),
        P("5", t[4], "content", "uncovered",
          trap="named in passing: 'Matsentralen Nord henter i dag matvarer fra "
          "dagligvarebutikkene'; nothing on giving away the kommune's own surplus"),
        P("6", t[5], "content", "partial", ev="Alle kjøkken bestiller varer",
          missing=["endringer i rammeavtalen (pakningsstørrelser, leveransedager)"],
          trap="bestillingsrutinene answered under 'Bestilling'; the agreement itself is not "
          "reviewed"),
        P("7", t[6], "content", "covered", ev="Alle kokker og kjøkkenassistenter",
          trap="answered under 'Opplæring' (kurs, matsvinnambassadør)"),
        P("8", t[7], "content", "uncovered",
          trap="named in passing: 'Matavfallet … hentes hver uke av Vikerøy Renovasjon'; no "
          "assessment of biogas"),
        P("9", t[8], "content", "partial", ev="Kampanjen «Tøm tallerkenen»",
          missing=["elevrådenes rolle i kampanjen"],
          trap="a campaign in the skolekantiner is given; the pupils' councils are not "
          "involved"),
        P("10", t[9], "content", "covered", ev="Svinnet tilsvarer i dag råvarer",
          trap="answered under 'Hva sparer vi?'"),
        P("11", t[10], "process", "covered", ev="Handlingsplanen gjelder kjøkkenene",
          trap="a process row; met in the introduction ('drøftet i kommunedirektørens "
          "ledergruppe 24. mai 2027', before the frist)"),
        P("S1", s1, "content", "partial", ev="Handlingsplanen gjelder kjøkkenene",
          missing=["rådhuskantina"],
          trap="a requirement in the e-mail's prose before the table; the introduction lists "
          "the kitchens covered, the canteen in the town hall is not among them"),
        P("S2", s2, "process", "uncovered",
          trap="a requirement in the prose after the table between sentences that are none "
          "('Kjøkkensjefen … leder arbeidet', 'Jeg vet at dere har mye å gjøre …'); the "
          "arbeidsgruppe named in the introduction has no tillitsvalgte"),
    ]
    return dict(language="nb", mandate="oppdrag.pdf", plan="plan.pdf",
                producer="oppdrag sent as an e-mail and printed from the webmail (Chromium): a "
                "Fra/Sendt/Til/Kopi/Emne/Saksnr. block, a requirement in the prose, eleven tasks "
                "as rows of a three-column 'Nr | Oppgave | Frist' table, a requirement in the "
                "prose after the table between sentences that are none, a signature; plan "
                "written in Writer (.odt) and exported by Writer to PDF", points=g)


# =========================================================================== main


def main(argv: list[str]) -> None:
    check = _b5._b3._first_batch_builder().check_points_in_mandate
    for name in argv or list(PAIRS):
        d = HERE / name
        d.mkdir(exist_ok=True)
        info = PAIRS[name](d)
        check(d, info["mandate"], info["points"])
        pages = rendered_pages(d / info["plan"])
        header = (
            f"# Blind gold for the {name} pair ({info['language']}): rebuilt by "
            "corpora/mandates-blind10/make_pairs.py.\n"
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
