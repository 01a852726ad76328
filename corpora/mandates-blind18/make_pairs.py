"""Build the eighteenth blind batch of mandate/plan pairs under corpora/mandates-blind18/ and their gold.

Written on 2026-12-04 without reading plancheck's code, from how mandates are really delivered:
a bokmål FORVENTNINGSBREV from Statsforvalteren to all the municipalities of the county (Word to
PDF: a letter whose expectations are "Statsforvalteren forventer at kommunen …" / "Vi forventer
også at …" sentences in running prose under theme headings, no numbering, between background
sentences, a government's "forventer" quoted from a strategy, and "Til orientering" notes); a
nynorsk PLANPROGRAM for a road kommunedelplan (Word to PDF) whose "Utgreiingsbehov" is a table
`Tema | Kva skal greiast ut | Metode` broken over a page, and whose process chapter holds
medverknad requirements among facts about the programme's own hearing; a Danish KOMMISSORIUM
(Word to PDF) with a 'Leverancer' table `Nr. | Leverance | Ansvarlig` and a 'Tidsplan' table
`Milepæl | Tidspunkt` (the first milestone is the kommissorium's own approval); a Swedish UPPDRAG
printed from a case system (reportlab) written only in prose ("… ska …", "Planen bör …"), two
"ska" sentences in one paragraph, and a 'Bakgrund' quoting the minority-language act's "ska"
sentences; and a US PLAN REVIEW CHECKLIST (Word to PDF on US Letter) whose parts are tables
`Element | Requirement | Location in plan` with codes "A1." … "D3." and the last column empty.

    python corpora/mandates-blind18/make_pairs.py                  # all pairs
    python corpora/mandates-blind18/make_pairs.py barnefattigdom  # some pairs

Imports the seventeenth batch's builder (corpora/mandates-blind17/make_pairs.py) and through it
the earlier ones (P, web_pdf, build_odfpy, build_rl_pdf, build_pdf_l, build_docx_l, pdf_pages,
the construction check, footer_words, odf_language, themed), the gold writer of
corpora/mandates-blind/_build.py and corpora/scripts/blindkit.py (zip patching). Everything is
pinned, so a rebuild gives the same files.
"""

from __future__ import annotations

import importlib.util
import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "mandates-blind"))
sys.path.insert(0, str(HERE.parent / "scripts"))

import blindkit as bk  # noqa: E402
from _build import docx_to_pdf, rendered_pages, write_gold  # noqa: E402


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


_b17 = _load("mandates_blind17_make_pairs", HERE.parent / "mandates-blind17" / "make_pairs.py")
P, web_pdf, build_odfpy, build_rl_pdf, build_pdf_l = (_b17.P, _b17.web_pdf, _b17.build_odfpy,
                                                      _b17.build_rl_pdf, _b17.build_pdf_l)
pdf_pages, check_points_in_mandate, build_docx_l = (_b17.pdf_pages, _b17.check_points_in_mandate,
                                                    _b17.build_docx_l)
odf_language, flat = _b17.odf_language, _b17.flat
themed = _b17._b16.themed

PAIRS: dict[str, Callable[[Path], dict]] = {}


def pair(fn):
    PAIRS[fn.__name__.replace("_", "-")] = fn
    return fn


def us_letter(docx: Path) -> Path:
    """A US form is on Letter paper (8.5 × 11 in): rewrite the section's w:pgSz of a Word
    document written on A4 and pin the zip again."""
    def fix(data: bytes) -> bytes:
        return re.sub(rb'<w:pgSz w:w="\d+" w:h="\d+"', b'<w:pgSz w:w="12240" w:h="15840"', data)
    return bk.patch_zip(docx, {"word/document.xml": fix})


def build_pdf_letter(blocks: list[tuple], pdf: Path, *, word_lang: str, **kw) -> Path:
    """build_pdf_l on US Letter paper (the Word document is not kept)."""
    with tempfile.TemporaryDirectory(prefix="mblind18-docx-") as tmp:
        docx = Path(tmp) / (pdf.stem + ".docx")
        build_docx_l(blocks, docx, word_lang=word_lang, **kw)
        us_letter(docx)
        return docx_to_pdf(docx, pdf)


# =========================================================================== 1 barnefattigdom (nb)


@pair
def barnefattigdom(d: Path) -> dict:
    e = {
        "S1": "Statsforvalteren forventer at kommunen har oversikt over hvor mange barn som bor "
              "i husholdninger med vedvarende lavinntekt, fordelt på skolekretser eller bydeler.",
        "S2": "Statsforvalteren forventer at kommunen forankrer arbeidet i kommuneplanens "
              "samfunnsdel.",
        "S3": "Vi forventer også at kommunen beskriver hvordan NAV, helsestasjonen, skolene og "
              "barnevernet samarbeider om familier med lav inntekt.",
        "S4": "Statsforvalteren forventer at kommunen ikke regner barnetrygd som inntekt når det "
              "vurderes om en familie har rett til økonomisk stønad.",
        "S5": "Statsforvalteren forventer videre at kommunen i hver sak vurderer barnas "
              "særskilte behov, som utgifter til fritidsaktiviteter og utstyr.",
        "S6": "Statsforvalteren forventer at kommunen bruker Husbankens startlån og bostøtte "
              "aktivt for å hjelpe barnefamilier som leier, over i egen bolig.",
        "S7": "Vi forventer også at kommunale utleieboliger for barnefamilier ligger i trygge "
              "bomiljø nær skole og fritidstilbud.",
        "S8": "Statsforvalteren forventer at kommunen gir familier med lav inntekt informasjon "
              "om redusert foreldrebetaling og gratis kjernetid i barnehage og SFO.",
        "S9": "Statsforvalteren forventer at kommunen sikrer at skolene ikke krever "
              "egenbetaling for turer og aktiviteter i skoletiden.",
        "S10": "Statsforvalteren forventer at kommunen, sammen med frivillige lag og foreninger, "
               "legger til rette for at alle barn kan delta jevnlig i minst én organisert "
               "fritidsaktivitet.",
        "S11": "Statsforvalteren forventer at kommunen lar barn og unge og foreldre med erfaring "
               "fra lavinntekt medvirke i planarbeidet.",
        "S12": "Statsforvalteren forventer at kommunen har en tiltaksplan med ansvar og frister, "
               "og at planen rulleres årlig.",
        "S13": "Vi forventer at kommunen rapporterer om arbeidet til Statsforvalteren innen "
               "1. desember 2032.",
    }
    header = "Statsforvalteren i Fjordmark – forventningsbrev 2032"
    m = [
        ("meta", "STATSFORVALTEREN I FJORDMARK · Sosial- og familieavdelingen"),
        ("p", "Kommunene i Fjordmark"),
        ("p", "v/ kommunedirektøren"),
        ("meta", "Vår dato: 11.01.2032 · Vår ref.: 2032/188 · Saksbehandler: Hilde Marie "
                 "Tvedten, tlf. 38 17 62 04 · Arkivkode: F00"),
        ("h1", "Forventningsbrev 2032 – kommunenes arbeid med barn i familier med lavinntekt"),
        ("p", "Statsforvalteren sender hvert år et forventningsbrev til kommunene. I år samler "
              "vi forventningene på ett område: barn som vokser opp i familier med vedvarende "
              "lavinntekt. Brevet bygger på nasjonale føringer, våre tilsynserfaringer og tall "
              "fra SSB, og det er ment som grunnlag for kommunenes planarbeid de neste årene."),
        ("p", "Andelen barn i Fjordmark som bor i husholdninger med vedvarende lavinntekt, økte "
              "fra 10,4 prosent i 2026 til 12,1 prosent i 2030. Forskjellene mellom kommunene "
              "er store, fra 6 til 19 prosent. Regjeringen forventer i strategien «Like "
              "muligheter i oppveksten» at kommunene ser innsatsen for disse barna i "
              "sammenheng."),
        ("h2", "Kunnskap om situasjonen i egen kommune"),
        ("p", "Mange kommuner bruker bare de nasjonale tallene. " + e["S1"] + " Flere kommuner "
              "har allerede slike tall i folkehelseoversikten etter folkehelseloven § 5."),
        ("h2", "Planlegging og samordning"),
        ("p", "Arbeidet mot fattigdom går på tvers av sektorer og blir lett oppsplittet. "
              + e["S2"] + " " + e["S3"]),
        ("h2", "Økonomisk stønad"),
        ("p", "Ved tilsyn i 2030 og 2031 fant vi at flere kommuner ikke vurderte barnas behov i "
              "saker om økonomisk stønad. " + e["S4"] + " " + e["S5"]),
        ("p", "**Til orientering:** Statsforvalteren gjennomfører i 2032 tilsyn med økonomisk "
              "stønad til barnefamilier i fire kommuner i Fjordmark. Kommunene som blir valgt "
              "ut, får varsel innen 1. mars."),
        ("h2", "Bolig og bomiljø"),
        ("p", "Trange og dårlige boforhold går igjen i familier med lavinntekt, og mange flytter "
              "ofte. " + e["S6"] + " " + e["S7"]),
        ("h2", "Barnehage, skole og fritid"),
        ("p", e["S8"] + " Å gå i barnehage har stor betydning for språkutviklingen, særlig for "
              "barn med et annet morsmål enn norsk."),
        ("p", "Opplæringsloven gir elevene rett til gratis offentlig grunnskoleopplæring. "
              + e["S9"]),
        ("p", e["S10"]),
        ("h2", "Medvirkning"),
        ("p", e["S11"] + " Erfaringen viser at de selv vet best hvilke tiltak som virker."),
        ("h2", "Oppfølging"),
        ("p", e["S12"] + " " + e["S13"] + " Vi vil følge opp forventningene i dialogmøtene med "
              "kommunene høsten 2032."),
        ("p", "**Til orientering:** Bufdir lanserer våren 2032 en ny veileder om barn i familier "
              "med lavinntekt. Statsforvalteren inviterer til en regional samling om temaet i "
              "Fjordby 14. april 2032, med påmelding innen 1. april."),
        ("p", "Med hilsen"),
        ("p", "Ingrid Aslaksen Brekke, assisterende statsforvalter · Hilde Marie Tvedten, "
              "seniorrådgiver"),
        ("meta", "Dokumentet er elektronisk godkjent."),
        ("meta", "Kopi: KS Fjordmark, NAV Fjordmark"),
    ]
    build_pdf_l(m, d / "forventningsbrev.pdf", word_lang="nb", title="Forventningsbrev 2032 – "
                "barn i familier med lavinntekt", author="Statsforvalteren i Fjordmark",
                header=header)
    p = [
        ("title", "Handlingsplan for barn i familier med lavinntekt 2033–2036"),
        ("meta", "Brattvoll kommune · Helse og velferd · Høringsutkast 3. oktober 2032"),
        ("h1", "1 Innledning"),
        ("p", "Planen følger opp hovedmål 2 i kommuneplanens samfunnsdel 2030–2042, «Alle barn i "
              "Brattvoll skal ha like muligheter», og Statsforvalterens forventningsbrev fra "
              "januar 2032."),
        ("p", "Vi har intervjuet åtte foreldre som har mottatt sosialhjelp over lengre tid. "
              "Ungdomsrådet har gitt innspill i møte 6. juni 2032."),
        ("h1", "2 Hvor mange gjelder det?"),
        ("p", "I 2031 bodde 412 barn i Brattvoll i husholdninger med vedvarende lavinntekt, det "
              "vil si 12,8 prosent av alle barn under 18 år. Andelen er høyest blant barn av "
              "enslige forsørgere og i familier der ingen voksne er i arbeid."),
        ("h1", "3 Ett team rundt familien"),
        ("p", "Fra 2033 samles NAV-veileder, helsesykepleier og barnevernet i et familieteam som "
              "møtes hver måned. Familier kan selv ta kontakt eller bli henvist med samtykke. "
              "Familiekoordinatoren i NAV leder teamet."),
        ("h1", "4 Sosialhjelp"),
        ("p", "Fra 1. mars 2033 holdes barnetrygden utenfor når NAV Brattvoll utmåler "
              "sosialhjelp."),
        ("p", "NAV dekker kontingenten for én fritidsaktivitet per barn i familier som mottar "
              "sosialhjelp."),
        ("h1", "5 Bolig"),
        ("p", "Husbanken er en viktig samarbeidspartner for kommunen i boligarbeidet."),
        ("p", "Kommunen eier 38 utleieboliger. Tolv av dem har tre soverom eller flere og passer "
              "for barnefamilier."),
        ("h1", "6 Barnehage og skole"),
        ("p", "Alle som søker barnehageplass, får brev om moderasjon i foreldrebetalingen på "
              "norsk, engelsk, arabisk og tigrinja."),
        ("p", "Skoleturer og leirskole er gratis for elevene i Brattvoll. Rektorene har fått "
              "beskjed om at foreldrene ikke skal betale for aktivitetsdager eller "
              "ekskursjoner."),
        ("h1", "7 Fritid for alle"),
        ("p", "Sammen med idrettslagene, korpset og speiderne tilbyr kommunen fritidskortet. "
              "Kortet dekker inntil 2 000 kroner i året til én aktivitet for alle barn mellom "
              "6 og 18 år."),
        ("h1", "8 Oppfølging"),
        ("p", "Handlingsplanen rulleres hvert år sammen med budsjett og økonomiplan. "
              "Kommunestyret får en årlig rapport om tiltakene."),
        ("break",),
        ("h1", "Vedlegg 1 Tiltak"),
        ("table", ["Tiltak", "Ansvar", "Når"],
         [["Etablere familieteam", "Familiekoordinator NAV", "1. halvår 2033"],
          ["Holde barnetrygden utenfor utmålingen", "Leder NAV Brattvoll", "1. mars 2033"],
          ["Brev om moderasjon på fire språk", "Barnehagekontoret", "Hver vår"],
          ["Fritidskortet", "Kultursjef", "2033–2036"],
          ["Gratis skoleturer og leirskole", "Rektorene", "Fra skoleåret 2032/2033"]],
         [75, 50, 40]),
    ]
    build_pdf_l(p, d / "plan.pdf", word_lang="nb", title="Handlingsplan for barn i familier "
                "med lavinntekt 2033–2036", author="Brattvoll kommune",
                header="Brattvoll kommune – handlingsplan lavinntekt 2033–2036")
    g = [
        P("S1", e["S1"], "content", "partial", ev="I 2031 bodde 412 barn i Brattvoll",
          missing=["fordeling på skolekretser eller bydeler"],
          trap="an expectation in the running prose of a forventningsbrev (no numbering: the "
          "'forventer' sentences are numbered S1–S13 in the order printed); the background "
          "sentences around it are none; the plan gives the number and share for the whole "
          "municipality only"),
        P("S2", e["S2"], "content", "covered", ev="Planen følger opp hovedmål 2",
          trap="answered in the introduction in other words (the plan follows up 'hovedmål 2 i "
          "kommuneplanens samfunnsdel'); the government's 'forventer' in the letter's "
          "background (a quoted strategy) is no point"),
        P("S3", e["S3"], "content", "partial", ev="Fra 2033 samles NAV-veileder",
          missing=["skolene"],
          trap="the second expectation of the paragraph ('Vi forventer også at …'); answered "
          "in other words by a 'familieteam' (NAV, helsesykepleier for the helsestasjon, "
          "barnevernet); the schools are not in it"),
        P("S4", e["S4"], "content", "covered", ev="Fra 1. mars 2033 holdes barnetrygden",
          trap="answered in other words ('holdes barnetrygden utenfor når NAV … utmåler "
          "sosialhjelp'); the 'Til orientering' note on inspections after it is no point"),
        P("S5", e["S5"], "content", "partial", ev="NAV dekker kontingenten for én",
          missing=["vurdering av barnas særskilte behov i hver enkelt sak",
                   "utgifter til utstyr"],
          trap="a flat rule (one activity's fee per child) instead of an assessment in each "
          "case; equipment is not mentioned"),
        P("S6", e["S6"], "content", "uncovered",
          trap="shared words: 'Husbanken er en viktig samarbeidspartner' names the bank once; "
          "nothing on startlån, bostøtte or helping renting families into their own home"),
        P("S7", e["S7"], "content", "uncovered",
          trap="shared words: the number of rental homes and their size; nothing on safe "
          "surroundings or nearness to school and leisure"),
        P("S8", e["S8"], "content", "partial", ev="Alle som søker barnehageplass, får brev",
          missing=["gratis kjernetid", "SFO"],
          trap="answered in other words for the kindergarten fee ('moderasjon i "
          "foreldrebetalingen'); free core hours and SFO are not mentioned"),
        P("S9", e["S9"], "content", "covered", ev="Skoleturer og leirskole er gratis",
          trap="answered in other words (free school trips, leirskole, activity days and "
          "excursions); the sentence on the Education Act before the expectation is none"),
        P("S10", e["S10"], "content", "covered", ev="Sammen med idrettslagene, korpset",
          trap="answered in other words under 'Fritid for alle': the sports clubs, the band "
          "and the scouts (members of the class 'frivillige lag og foreninger') and a "
          "fritidskort for all children"),
        P("S11", e["S11"], "process", "partial", ev="Vi har intervjuet åtte foreldre",
          missing=["barn og unge med erfaring fra lavinntekt"],
          trap="parents with long-term social assistance were interviewed (told in the "
          "introduction); the youth council is not the children and young people with that "
          "experience"),
        P("S12", e["S12"], "deliverable", "covered", ev="Handlingsplanen rulleres hvert år",
          trap="the yearly revision under 'Oppfølging'; the measures with 'Ansvar' and 'Når' "
          "are in the table 'Vedlegg 1 Tiltak' on its own page"),
        P("S13", e["S13"], "process", "uncovered",
          trap="shared words: a yearly report to the kommunestyre is no report to "
          "Statsforvalteren, and no date is given; the sentence after it (dialogue meetings) "
          "and the closing 'Til orientering' note are none"),
    ]
    return dict(language="nb", mandate="forventningsbrev.pdf", plan="plan.pdf", header=header,
                producer="forventningsbrev PDF (Word export, 'Side n av m'): a letter from "
                "Statsforvalteren to all municipalities, expectations as 'forventer' sentences "
                "in running prose under theme headings, background sentences, a government "
                "strategy's 'forventer' and two 'Til orientering' notes; plan PDF (Word "
                "export) with short chapters and an appendix measure table on its own page",
                points=g)


# =========================================================================== 2 omkoyring (nn)

OMK_SPACE = 96  # points of empty space before chapter 3, so that the table breaks over the page


@pair
def omkoyring(d: Path) -> dict:
    rows = [
        ("Landskapsbilete", "Korleis linjene verkar inn på landskapet sett frå Hjelle sentrum "
                            "og frå fjorden", "Visualiseringar frå fem fotopunkt, jf. V712 kap. "
                                              "6.3"),
        ("Naturmangfald", "Verknader for Sandvollelva med sjøaure og for kartlagde naturtypar "
                          "langs traseane", "Naturbase, Artskart og feltregistrering sommaren "
                                            "2031"),
        ("Kulturarv", "Automatisk freda og nyare tids kulturminne, særleg det freda tunet på "
                      "Nedre Hjelle", "Arkeologisk registrering ved fylkeskommunen"),
        ("Naturressursar", "Tap av dyrka mark og konsekvensar for drifta av gardsbruk som vert "
                           "delte av vegen", "Gardskart frå NIBIO og samtalar med "
                                             "grunneigarane"),
        ("Friluftsliv, by- og bygdeliv", "Korleis vegen påverkar elvestien og ferdsla til "
                                         "barn og unge mellom bustadfelta og skulen",
         "Barnetråkk-registrering med elevane ved Hjelle skule"),
        ("Støy", "Kor mange bustader som får støy over grenseverdiane, og behovet for skjerming",
         "Støyberekning etter T-1442"),
        ("Samfunnstryggleik", "Fare for flaum og skred langs traseane, og utrykkingstida for "
                              "ambulanse og brannvesen", "ROS-analyse etter rettleiaren frå "
                                                         "DSB"),
        ("Kostnader", "Anleggskostnad for kvart alternativ", "Anslagmetoden"),
        ("Næringsliv", "Verknader for handelen i Hjelle sentrum når gjennomgangstrafikken fell "
                       "bort", "Samtalar med handelsnæringa"),
        ("Klimagassutslepp", "Utslepp frå bygging og drift av vegen i kvart alternativ",
         "Klimagassberekning med VegLCA"),
    ]
    s1 = ("Under arbeidet med planforslaget skal grunneigarar som vert direkte råka av ein av "
          "traseane, få eige brev og tilbod om møte.")
    s2 = ("Medan planforslaget ligg ute til offentleg ettersyn, skal det haldast opne "
          "informasjonsmøte både i Hjelle og i Sandvoll.")
    s3 = "Barn og unge skal få medverke gjennom elevrådet ved Hjelle skule og ungdomsrådet."
    header = "Heggstad kommune – planprogram fv. 5712 Hjelle–Sandvoll"
    m = [
        ("meta", "HEGGSTAD KOMMUNE"),
        ("title", "Planprogram – kommunedelplan for fv. 5712 Hjelle–Sandvoll"),
        ("meta", "Fastsett av kommunestyret 16.06.2031, sak 044/31 · Arkivsak 30/1140"),
        ("h1", "1 Innleiing"),
        ("p", "Fylkesveg 5712 går i dag gjennom Hjelle sentrum, forbi skulen og butikkane. Om "
              "lag 6 200 køyretøy passerer kvar dag, 14 prosent av dei tunge. Heggstad kommune "
              "og Nordvest fylkeskommune har difor sett i gang arbeidet med ein kommunedelplan "
              "for ny veg utanom sentrum."),
        ("p", "Føremålet med planen er å avklare kvar den nye vegen mellom Hjelle og Sandvoll "
              "skal gå. Planen krev konsekvensutgreiing etter forskrift om "
              "konsekvensutgreiingar § 6, sidan han legg til rette for nye samferdselsanlegg."),
        ("h1", "2 Planområde og alternativ"),
        ("p", "Planområdet er om lag 4 km langt og femner om dalbotnen mellom Hjelle og "
              "Sandvoll. To alternativ vert utgreidde: Alternativ A (austre linje) går i dagen "
              "langs Hjellemyrane. Alternativ B (vestre linje) har ein 900 meter lang tunnel "
              "gjennom Sandvollåsen. 0-alternativet er dagens veg."),
        ("p", "Dagens veg vert verande som lokalveg for Hjelle sentrum i begge alternativa."),
        ("space", OMK_SPACE),
        ("h1", "3 Utgreiingsbehov"),
        ("p", "Tabellen viser kva tema konsekvensutgreiinga skal omfatte, og korleis dei skal "
              "greiast ut. Metodane følgjer handbok V712 frå Statens vegvesen."),
        ("table", ["Tema", "Kva skal greiast ut", "Metode"], [list(r) for r in rows],
         [38, 78, 50]),
        ("h1", "4 Planprosess og medverknad"),
        ("p", "Heggstad kommune er planmynde. Nordvest fylkeskommune er vegeigar og har fagleg "
              "ansvar for utgreiingane."),
        ("p", "Forslaget til planprogram låg ute til offentleg ettersyn frå 3. mars til "
              "21. april 2031. Det kom 19 merknader, som er oppsummerte i saksframlegget."),
        ("p", s1 + " " + s2),
        ("p", s3),
        ("h2", "Framdrift"),
        ("p", "Kommunen tek sikte på at planforslaget vert lagt ut til offentleg ettersyn "
              "hausten 2032, og at kommunestyret kan vedta planen sommaren 2033."),
    ]
    build_pdf_l(m, d / "planprogram.pdf", word_lang="nb", title="Planprogram – kommunedelplan "
                "for fv. 5712 Hjelle–Sandvoll", author="Heggstad kommune", header=header,
                lang="nn-NO")
    pages = pdf_pages(d / "planprogram.pdf")
    p0 = flat(pages[0])
    p1 = flat(pages[1]) if len(pages) > 1 else ""
    if not (rows[4][1][:30] in p0 and rows[5][1][:30] in p1 and "Kva skal greiast ut" in p1):
        raise SystemExit("omkoyring: the Utgreiingsbehov table does not break over the page")
    p = [
        ("title", "Kommunedelplan for fv. 5712 Hjelle–Sandvoll – planomtale med "
                  "konsekvensutgreiing"),
        ("meta", "Heggstad kommune · Framlegg til offentleg ettersyn · september 2032"),
        ("h1", "1 Samandrag"),
        ("p", "Kommunedirektøren tilrår alternativ B, vestre linje med tunnel gjennom "
              "Sandvollåsen. Alternativ B gjev minst støy og minst tap av dyrka mark, men er "
              "dyrare å byggje enn A."),
        ("h1", "2 Medverknad"),
        ("p", "Alle 23 grunneigarane langs dei to linjene fekk brev i mars 2032, og 17 av dei "
              "har hatt møte med kommunen."),
        ("p", "Elevrådet ved Hjelle skule og ungdomsrådet fekk planen lagd fram i april 2032. "
              "Elevane registrerte skulevegane sine i Barnetråkk."),
        ("p", "Under det offentlege ettersynet blir det ope møte på Hjelle samfunnshus "
              "8. oktober 2032."),
        ("h1", "3 Landskap"),
        ("p", "Fotomontasjar frå tre punkt i Hjelle sentrum viser at alternativ A vil liggje "
              "synleg på fyllingar over Hjellemyrane, medan B for det meste er skjult i "
              "tunnel."),
        ("h1", "4 Natur"),
        ("p", "Alternativ A kryssar Sandvollelva to gonger. Elva har ein liten bestand av "
              "sjøaure, og bruene må byggjast utan inngrep i elveleiet i gytetida. Langs A "
              "ligg to lokalitetar med gråor-heggeskog (B-verdi). Alternativ B rører ingen "
              "kartlagde naturtypar."),
        ("h1", "5 Kulturminne"),
        ("p", "Fylkeskommunen registrerte i 2032 to gravrøyser ved Sandvoll. Alternativ A går "
              "utanom dei."),
        ("h1", "6 Jordbruk"),
        ("p", "Alternativ A legg beslag på 31 dekar fulldyrka jord, alternativ B på 12 dekar."),
        ("h1", "7 Skuleveg og elvesti"),
        ("p", "Registreringane til elevane viser at 140 barn kryssar dagens fylkesveg på veg "
              "til skulen. Med ny veg utanom sentrum blir skulevegen tryggare. Alternativ B "
              "kryssar elvestien i ei undergang, alternativ A i plan. Elvestien blir lagd om "
              "på ein strekning på 200 meter."),
        ("h1", "8 Lyd"),
        ("p", "I dag ligg 46 bustader i gul eller raud sone. Med alternativ B går talet ned til "
              "9, med A til 14. Seks bustader ved tunnelopninga på Sandvoll får lokale "
              "skjermingstiltak."),
        ("h1", "9 Risiko og sårbarheit"),
        ("p", "ROS-analysen i vedlegg 1 viser at alternativ A ligg i aktsemdsområde for flaum "
              "ved Hjellemyrane. Tunnelen i alternativ B krev beredskapsplan, men ingen av "
              "linjene ligg i skredfarleg terreng."),
        ("h1", "10 Kostnader"),
        ("p", "Kostnadsoverslag etter Anslagmetoden blir utarbeidd i reguleringsplanfasen."),
        ("h1", "11 Klima"),
        ("p", "Ny veg blir dimensjonert for 40 prosent meir nedbør, og alle stikkrenner får "
              "klimapåslag."),
        ("h1", "12 Vidare arbeid"),
        ("p", "Hjelle Næringsforum har fått planforslaget til orientering. Etter vedtaket "
              "startar fylkeskommunen arbeidet med reguleringsplan."),
        ("h1", "Vedlegg 1 ROS-analyse"),
        ("table", ["Hending", "Sannsyn", "Konsekvens", "Tiltak"],
         [["Flaum over vegen ved Hjellemyrane (A)", "Middels", "Stor", "Heve vegen 1,2 m"],
          ["Brann i tunnel (B)", "Liten", "Svært stor", "Beredskapsplan for tunnelen"],
          ["Ulykke med farleg gods", "Liten", "Stor", "Ingen særskilde"],
          ["Skred", "Ikkje aktuelt", "–", "–"]], [60, 25, 30, 50]),
    ]
    build_odfpy(p, d / "plan.odt", title="Kommunedelplan for fv. 5712 Hjelle–Sandvoll",
                lang="nn")
    t = {i + 1: themed(a, b) for i, (a, b, _) in enumerate(rows)}
    g = [
        P("1", t[1], "content", "partial", ev="Fotomontasjar frå tre punkt",
          missing=["verknad for landskapet sett frå fjorden"],
          trap="a row of the planprogram's 'Utgreiingsbehov' table (numbered by position 1–10, "
          "text 'Tema: Kva skal greiast ut'; the 'Metode' column is no part of the point); "
          "photomontages from the centre only; three photo points instead of five is the "
          "method, not a gap"),
        P("2", t[2], "content", "covered", ev="Alternativ A kryssar Sandvollelva",
          trap="answered under the heading 'Natur' (sea trout, the two nature-type "
          "localities)"),
        P("3", t[3], "content", "partial", ev="Fylkeskommunen registrerte i 2032",
          missing=["nyare tids kulturminne", "det freda tunet på Nedre Hjelle"],
          trap="two cairns (automatically protected) are answered; the listed farmyard is not "
          "named"),
        P("4", t[4], "content", "partial", ev="Alternativ A legg beslag på 31 dekar",
          missing=["konsekvensar for drifta av gardsbruk som vert delte"],
          trap="the loss of farmland in decares per alternative, under 'Jordbruk'; nothing on "
          "farms cut in two"),
        P("5", t[5], "content", "covered", ev="Registreringane til elevane viser",
          trap="answered in other words under 'Skuleveg og elvesti' (children crossing the "
          "road on the way to school, the underpass, the path moved); the last row on the "
          "mandate's page 1"),
        P("6", t[6], "content", "covered", ev="I dag ligg 46 bustader i gul",
          trap="answered in other words under 'Lyd' ('gul eller raud sone' for noise over the "
          "limits, 'lokale skjermingstiltak'); the first row on the mandate's page 2, under "
          "the repeated header row"),
        P("7", t[7], "content", "partial", ev="ROS-analysen i vedlegg 1 viser",
          missing=["utrykkingstida for ambulanse og brannvesen"],
          trap="flood and landslide are assessed (chapter 9 and the ROS table in the "
          "appendix); emergency response times are not"),
        P("8", t[8], "content", "uncovered",
          trap="deferred: the cost estimate 'blir utarbeidd i reguleringsplanfasen'; the "
          "plan names the Metode column's Anslagmetoden, which is no answer"),
        P("9", t[9], "content", "uncovered",
          trap="shared words: Hjelle Næringsforum got the draft for information; no "
          "assessment of trade in the centre"),
        P("10", t[10], "content", "uncovered",
          trap="shared words: the chapter 'Klima' is about climate adaptation (more rain, "
          "culverts), not greenhouse gas emissions"),
        P("S1", s1, "process", "covered", ev="Alle 23 grunneigarane langs dei to",
          trap="a medverknad requirement in the prose of the process chapter (S1–S3, two of "
          "them in one paragraph); the facts about the planning authority and the "
          "programme's own hearing in 2031 are none, and so is the 'Framdrift' intention "
          "('tek sikte på'); answered in other words (letters to all 23 landowners, 17 "
          "meetings)"),
        P("S2", s2, "process", "partial", ev="Under det offentlege ettersynet blir",
          missing=["ope møte i Sandvoll"],
          trap="one open meeting, in Hjelle only"),
        P("S3", s3, "process", "covered", ev="Elevrådet ved Hjelle skule og ungdomsrådet",
          trap="answered in the chapter 'Medverknad'"),
    ]
    return dict(language="nn", mandate="planprogram.pdf", plan="plan.odt", header=header,
                producer="planprogram PDF (Word export, nn-NO, 'Side n av m'): introduction, "
                "alternatives, an 'Utgreiingsbehov' table `Tema | Kva skal greiast ut | "
                "Metode` (10 rows) breaking over the page, and a process chapter with three "
                "medverknad requirements among facts and an intention under 'Framdrift'; plan "
                ".odt written with odfpy (kept) with short chapters and a ROS table as an "
                "appendix", points=g)


# =========================================================================== 3 stoj (da)


@pair
def stoj(d: Path) -> dict:
    lev = [
        ("1", "Kortlægning af antallet af boliger belastet med vejstøj over 58 dB fra "
              "kommunevejene, fordelt på byområder", "Vej og Park", "content"),
        ("2", "Opgørelse af støjbelastede skoler, daginstitutioner og plejecentre",
         "Vej og Park", "content"),
        ("3", "Prioriteret liste over vejstrækninger, hvor der skal gennemføres støjdæmpende "
              "tiltag", "Vej og Park", "deliverable"),
        ("4", "Vurdering af støjreducerende asfalt ved næste udskiftning af slidlaget",
         "Vej og Park", "content"),
        ("5", "Forslag til lavere hastighed på veje gennem boligområder", "Trafik og Plan",
         "content"),
        ("6", "Udpegning af stille områder og rekreative områder, der skal beskyttes mod støj",
         "Plan og Byg", "content"),
        ("7", "Økonomisk overslag over tiltagene og forslag til finansiering", "Økonomi",
         "content"),
        ("8", "Vurdering af en tilskudsordning til lydruder for private boligejere",
         "Plan og Byg", "content"),
        ("9", "Et kort resumé, som borgere uden faglig baggrund kan forstå", "Projektleder",
         "deliverable"),
    ]
    mile = [
        (None, "Kommissoriet godkendes i Teknik- og Miljøudvalget", "9. januar 2032"),
        ("T1", "Borgermøde om støjkortlægningen", "April 2032"),
        ("T2", "Udkast til støjhandlingsplan forelægges Teknik- og Miljøudvalget",
         "Senest 1. oktober 2032"),
        ("T3", "Offentlig høring i mindst 8 uger", "November 2032 – januar 2033"),
        ("T4", "Byrådet vedtager den endelige plan", "Senest 18. juli 2033"),
    ]
    header = "Ravnholm Kommune – kommissorium støjhandlingsplan"
    m = [
        ("meta", "RAVNHOLM KOMMUNE · Teknik og Miljø"),
        ("title", "Kommissorium – Støjhandlingsplan 2033–2037"),
        ("meta", "Godkendt af Teknik- og Miljøudvalget 9. januar 2032 · Sagsnr. "
                 "09.07.00-P15-2-31"),
        ("h1", "1 Baggrund"),
        ("p", "Efter støjbekendtgørelsen skal kommunen hvert femte år udarbejde en "
              "støjhandlingsplan for de kommuneveje, der er omfattet af kortlægningen. Den "
              "seneste plan blev vedtaget i 2028. Kortlægningen fra 2032 viser, at omkring "
              "3.100 boliger i kommunen er belastet med vejstøj over Miljøstyrelsens "
              "vejledende grænseværdi på 58 dB."),
        ("h1", "2 Formål"),
        ("p", "Formålet er at nedbringe antallet af støjbelastede boliger og at beskytte de "
              "områder, der i dag er stille."),
        ("h1", "3 Leverancer"),
        ("p", "Projektgruppen leverer følgende:"),
        ("table", ["Nr.", "Leverance", "Ansvarlig"], [[n, x, a] for n, x, a, _ in lev],
         [14, 110, 36]),
        ("h1", "4 Afgrænsning"),
        ("p", "Planen omfatter ikke støj fra statsveje, jernbane og virksomheder. "
              "Vejdirektoratet og Banedanmark laver egne handlingsplaner."),
        ("h1", "5 Organisering"),
        ("p", "Styregruppen består af direktøren for Teknik og Miljø og cheferne for Vej og "
              "Park og for Plan og Byg. Projektleder er trafikplanlægger Søren Bækgaard Friis. "
              "Følgegruppen fra den forrige plan, med repræsentanter for grundejerforeningerne "
              "og Ældrerådet, fortsætter."),
        ("h1", "6 Tidsplan"),
        ("table", ["Milepæl", "Tidspunkt"], [[x, w] for _, x, w in mile], [110, 50]),
        ("meta", "Kontakt: Søren Bækgaard Friis, tlf. 97 41 22 80"),
    ]
    build_pdf_l(m, d / "kommissorium.pdf", word_lang="da", title="Kommissorium – "
                "Støjhandlingsplan 2033–2037", author="Ravnholm Kommune", header=header,
                lang="da-DK")
    p = [
        ("title", "Støjhandlingsplan 2033–2037"),
        ("meta", "Ravnholm Kommune · Udkast til Teknik- og Miljøudvalget 5. november 2032"),
        ("h1", "Kort fortalt"),
        ("p", "Omkring 3.140 boliger i Ravnholm har så meget trafikstøj, at det kan gå ud over "
              "søvn og helbred. I de næste fem år lægger vi støjsvag asfalt på de mest "
              "belastede veje og beskytter to stille naturområder. Det koster ca. 14,5 mio. "
              "kr."),
        ("h1", "1 Hvor er der støj?"),
        ("p", "Kortlægningen fra 2032 viser antallet af boliger med vejstøj over 58 dB fra "
              "kommunevejene:"),
        ("table", ["Byområde", "Boliger over 58 dB"],
         [["Midtbyen", "1.210"], ["Vestbyen", "860"], ["Lunden", "420"], ["Ravnholm Syd", "390"],
          ["Landsbyerne", "260"], ["I alt", "3.140"]], [70, 50]),
        ("p", "Tre skoler og fem daginstitutioner ligger ved veje med mere end 58 dB."),
        ("h1", "2 Borgernes input"),
        ("p", "Borgermødet om støjkortene blev holdt på Ravnholm Bibliotek 21. april 2032 med 55 "
              "deltagere. De fleste bekymringer gjaldt Ringvejen og Søndergade."),
        ("h1", "3 Hvad gør vi?"),
        ("p", "Strækningerne er ordnet i den rækkefølge, de bliver behandlet:"),
        ("table", ["Rækkefølge", "Vejstrækning", "Boliger over 58 dB", "Tiltag", "År"],
         [["1", "Ringvejen, Vestbyen", "410", "Støjsvag belægning", "2033"],
          ["2", "Søndergade", "280", "Støjsvag belægning", "2034"],
          ["3", "Lundevej", "190", "Støjskærm ved Lunden", "2035"],
          ["4", "Havnevej", "150", "Støjsvag belægning", "2036"]], [22, 45, 30, 45, 18]),
        ("p", "Når slidlaget skal skiftes på Ringvejen, Søndergade og Havnevej, lægges der "
              "støjsvag belægning, som dæmper støjen med 3-4 dB."),
        ("p", "Hastigheden på motorvejen ved Ravnholm Syd er 110 km/t og hører under "
              "Vejdirektoratet."),
        ("p", "Ravnholm Skole får nye vinduer med lydruder i 2034."),
        ("h1", "4 Stille områder"),
        ("p", "Lunden og Ravnholm Mose udpeges som stille områder. Her må der ikke planlægges "
              "ny støjende anvendelse."),
        ("h1", "5 Økonomi"),
        ("p", "Tiltagene koster i alt ca. 14,5 mio. kr. over de fem år."),
        ("h1", "6 Den videre proces"),
        ("p", "Planen er i offentlig høring fra 14. november til 19. december 2032. Byrådet "
              "forventes at vedtage planen i marts 2033."),
    ]
    build_rl_pdf(d / "plan.pdf", title="Støjhandlingsplan 2033–2037", author="Ravnholm Kommune",
                 creator="Ravnholm Kommune – Teknik og Miljø",
                 running="Ravnholm Kommune · Støjhandlingsplan 2033–2037 · Udkast",
                 blocks=p, page_word="Side")
    L = {n: x for n, x, _, _ in lev}
    K = {n: k for n, _, _, k in lev}
    T = {n: themed(x, w) for n, x, w in mile if n}
    g = [
        P("1", L["1"], K["1"], "covered", ev="Byområde Boliger over 58 dB",
          trap="a row of the 'Leverancer' table `Nr. | Leverance | Ansvarlig` (number as "
          "printed; the 'Ansvarlig' cell is no part of the point); answered by the table per "
          "town area under 'Hvor er der støj?'"),
        P("2", L["2"], K["2"], "partial", ev="Tre skoler og fem daginstitutioner",
          missing=["plejecentre"],
          trap="schools and day-care institutions are counted; nursing homes are not"),
        P("3", L["3"], K["3"], "covered", ev="Strækningerne er ordnet i den rækkefølge",
          trap="answered in other words by a table whose first column is 'Rækkefølge'"),
        P("4", L["4"], K["4"], "covered", ev="Når slidlaget skal skiftes på Ringvejen",
          trap="answered in other words ('støjsvag belægning' for støjreducerende asfalt, "
          "when the wearing course is replaced)"),
        P("5", L["5"], K["5"], "uncovered",
          trap="shared words: the motorway's speed belongs to Vejdirektoratet (the "
          "kommissorium's 'Afgrænsning', which is no point); no lower speeds on residential "
          "roads are proposed"),
        P("6", L["6"], K["6"], "partial", ev="Lunden og Ravnholm Mose udpeges",
          missing=["rekreative områder der skal beskyttes mod støj"],
          trap="two quiet areas are designated; recreational areas are not"),
        P("7", L["7"], K["7"], "partial", ev="Tiltagene koster i alt ca. 14,5 mio.",
          missing=["forslag til finansiering"],
          trap="an amount for the cost; no financing"),
        P("8", L["8"], K["8"], "uncovered",
          trap="shared words: new windows with 'lydruder' at a municipal school; no grant "
          "scheme for private owners"),
        P("9", L["9"], K["9"], "covered", ev="Omkring 3.140 boliger i Ravnholm har",
          trap="answered in other words by the opening section 'Kort fortalt'"),
        P("T1", T["T1"], "process", "covered", ev="Borgermødet om støjkortene blev",
          trap="a row of the 'Tidsplan' table `Milepæl | Tidspunkt` (numbered T1–T4 by "
          "position among the rows that are points; text 'Milepæl: Tidspunkt'); the first "
          "row, the kommissorium's own approval, is none; answered under 'Borgernes input'"),
        P("T2", T["T2"], "process", "uncovered",
          trap="dates that do not meet: the plan's meta line puts the draft before the "
          "committee on 5 November 2032, after 1 October"),
        P("T3", T["T3"], "process", "partial", ev="Planen er i offentlig høring fra",
          missing=["en høringsperiode på mindst 8 uger"],
          trap="a public hearing from 14 November to 19 December, five weeks, not eight"),
        P("T4", T["T4"], "process", "covered", ev="Byrådet forventes at vedtage planen",
          trap="'Byrådet forventes at vedtage planen i marts 2033', before 18 July 2033"),
    ]
    return dict(language="da", mandate="kommissorium.pdf", plan="plan.pdf", header=header,
                producer="kommissorium PDF (Word export, da-DK, 'Side n af m'): Baggrund (the "
                "act's 'skal'), Formål, a 'Leverancer' table `Nr. | Leverance | Ansvarlig` "
                "(9 rows), Afgrænsning, Organisering, a 'Tidsplan' table `Milepæl | "
                "Tidspunkt` (5 rows, the first the kommissorium's own approval); plan laid out "
                "with reportlab ('Side n', running line) with a summary box, an area table and "
                "a ranked table of roads", points=g)


# =========================================================================== 4 minoritet (sv)


@pair
def minoritet(d: Path) -> dict:
    s = {
        "S1": "Kommunledningsförvaltningen ska ta fram förslag till mål och riktlinjer för "
              "kommunens minoritetspolitiska arbete 2033–2036.",
        "S2": "Riktlinjerna ska omfatta alla fem nationella minoriteter och inte bara "
              "sverigefinnarna.",
        "S3": "Planen bör därför beskriva hur kommunen tar reda på vilka behov äldre "
              "sverigefinnar har av omsorg på finska.",
        "S4": "Förvaltningen ska också kartlägga hur många anställda som talar finska eller "
              "meänkieli, och i vilka verksamheter de arbetar.",
        "S5": "Riktlinjerna ska ange hur den rätten tillgodoses i förskolan och skolan.",
        "S6": "Planen bör även beskriva hur information på finska görs tillgänglig på "
              "webbplatsen och i sociala medier.",
        "S7": "Planen bör innehålla mål som kan följas upp med indikatorer.",
        "S8": "Förvaltningen ska redovisa vad de föreslagna åtgärderna kostar och hur "
              "statsbidraget för förvaltningsområdet ska användas.",
        "S9": "Förvaltningen ska samråda med Sverigefinska föreningen i Forsbränna och med "
              "kommunens samrådsgrupp för finskt förvaltningsområde.",
        "S10": "Särskilt ska unga sverigefinnar få möjlighet att lämna synpunkter.",
        "S11": "Förslaget ska redovisas för kommunstyrelsen senast den 30 november 2032.",
    }
    running = "Forsbränna kommun · Kommunledningsförvaltningen · Dnr KS 2032/57"
    m = [
        ("title", "Uppdrag om mål och riktlinjer för minoritetspolitiskt arbete"),
        ("meta", "Beslutat av kommunstyrelsens arbetsutskott 2032-02-08, § 23 · Handläggare: "
                 "Aino Kettunen-Lund, minoritetssamordnare"),
        ("h1", "Bakgrund"),
        ("p", "Forsbränna kommun ingår sedan 2011 i förvaltningsområdet för finska. Omkring var "
              "sjätte invånare har sverigefinsk bakgrund, och i kommunen bor också "
              "tornedalingar, samer och romer. Kommunens nuvarande riktlinjer antogs 2027 och "
              "gäller till och med 2032."),
        ("p", "I 5 b § lagen (2009:724) om nationella minoriteter och minoritetsspråk står: "
              "»Kommuner och regioner ska anta mål och riktlinjer för sitt minoritetspolitiska "
              "arbete.« Enligt 17 § ska en kommun i ett förvaltningsområde erbjuda barn vars "
              "vårdnadshavare begär det plats i förskola där hela eller delar av verksamheten "
              "bedrivs på minoritetsspråket."),
        ("h1", "Uppdraget"),
        ("p", s["S1"] + " " + s["S2"]),
        ("p", "Under de senaste åren har efterfrågan på äldreomsorg på finska ökat, samtidigt "
              "som det har blivit svårare att rekrytera finsktalande personal. " + s["S3"]),
        ("p", s["S4"]),
        ("p", "Barnens rätt att utveckla sitt minoritetsspråk är central i lagen. " + s["S5"]),
        ("p", "Kommunens information på finska har hittills varit splittrad. " + s["S6"]),
        ("p", s["S7"]),
        ("p", s["S8"]),
        ("h1", "Samråd och redovisning"),
        ("p", s["S9"] + " " + s["S10"]),
        ("p", "Arbetet leds av minoritetssamordnaren. Uppdraget genomförs inom befintlig "
              "budget."),
        ("p", s["S11"]),
        ("meta", "Expedieras till: Kommunledningsförvaltningen, Barn- och "
                 "utbildningsförvaltningen, Vård- och omsorgsförvaltningen"),
    ]
    build_rl_pdf(d / "uppdrag.pdf", title="Uppdrag om mål och riktlinjer för "
                 "minoritetspolitiskt arbete", author="Forsbränna kommun",
                 creator="Forsbränna kommun – ärendehantering", running=running, blocks=m,
                 page_word="Sida")
    p = [
        ("title", "Mål och riktlinjer för minoritetspolitiskt arbete 2033–2036"),
        ("meta", "Forsbränna kommun · Förslag · Kommunstyrelsen behandlar förslaget den 22 "
                 "november 2032"),
        ("h1", "1 Inledning"),
        ("p", "Forsbränna är förvaltningskommun för finska sedan 2011. Riktlinjerna gäller för "
              "sverigefinnar, tornedalingar och samer i kommunen och för alla kommunens "
              "verksamheter."),
        ("p", "Samrådsgruppen för finskt förvaltningsområde har träffats fyra gånger under "
              "arbetet. Ett ungdomsmöte på finska och svenska hölls på Ungdomens hus i maj "
              "2032, och 14 unga deltog."),
        ("h1", "2 Våra mål"),
        ("p", "Fler ska kunna använda finska i kontakten med kommunen. Barn och unga ska få "
              "utveckla sitt minoritetsspråk. Äldre ska kunna få omsorg på sitt eget språk."),
        ("h1", "3 Äldreomsorg på finska"),
        ("p", "Alla som ansöker om hemtjänst eller plats på särskilt boende får frågan om de "
              "vill ha omsorg på finska. Svaret registreras i ansökan och sammanställs varje "
              "år."),
        ("h1", "4 Förskola och skola"),
        ("p", "Barn vars vårdnadshavare begär det erbjuds plats på Kvarnbackens förskola, där en "
              "avdelning har finska som huvudspråk. Modersmålsundervisning i finska och "
              "meänkieli erbjuds alla elever med minoritetsbakgrund, även den som inte kan "
              "språket sedan tidigare."),
        ("h1", "5 Personal"),
        ("p", "Anställda som använder finska i arbetet får ett språktillägg på 800 kronor i "
              "månaden. Kommunen erbjuder kurser i finska på arbetstid."),
        ("h1", "6 Information"),
        ("p", "Den viktigaste informationen på forsbranna.se finns även på finska, under "
              "forsbranna.se/suomeksi."),
        ("h1", "7 Ekonomi"),
        ("p", "Statsbidraget för förvaltningsområdet, 1,4 miljoner kronor per år, används till "
              "minoritetssamordnaren, språkkurser för personalen och kulturaktiviteter."),
        ("h1", "8 Uppföljning"),
        ("p", "Kommunstyrelsen får en redovisning av arbetet varje år i samband med "
              "årsredovisningen."),
        ("break",),
        ("h1", "Bilaga 1 Aktiviteter 2033"),
        ("table", ["Aktivitet", "Ansvarig", "När"],
         [["Sverigefinnarnas dag med program på biblioteket", "Kulturchef", "24 februari"],
          ["Språkcafé på finska", "Biblioteket", "Varje tisdag"],
          ["Kurs i finska för personal", "HR-chef", "Vår och höst"],
          ["Tornedalingarnas dag", "Minoritetssamordnare", "15 juli"]], [80, 45, 35]),
    ]
    build_docx_l(p, d / "plan.docx", word_lang="sv", title="Mål och riktlinjer för "
                 "minoritetspolitiskt arbete 2033–2036", author="Forsbränna kommun",
                 header="Forsbränna kommun – minoritetspolitiska riktlinjer", lang="sv-SE")
    g = [
        P("S1", s["S1"], "deliverable", "covered",
          ev="Mål och riktlinjer för minoritetspolitiskt arbete 2033–2036",
          trap="the uppdrag has no list: every 'ska'/'bör' sentence of 'Uppdraget' and 'Samråd "
          "och redovisning' is a point (S1–S11 in the order printed), two of them in one "
          "paragraph twice (S1/S2, S9/S10); the 'ska' sentences quoted from the act in "
          "'Bakgrund' are none; the plan is the deliverable, for the period asked"),
        P("S2", s["S2"], "content", "partial", ev="Forsbränna är förvaltningskommun för",
          missing=["judar", "romer"],
          trap="the second 'ska' sentence of the paragraph; the plan names three of the five "
          "minorities"),
        P("S3", s["S3"], "content", "covered", ev="Alla som ansöker om hemtjänst",
          trap="a 'bör' sentence after a background sentence; answered in other words (every "
          "applicant for home care is asked, the answers compiled each year)"),
        P("S4", s["S4"], "content", "uncovered",
          trap="shared words: a language allowance and courses for staff who speak Finnish; "
          "no count of staff and no meänkieli"),
        P("S5", s["S5"], "content", "covered", ev="Barn vars vårdnadshavare begär det",
          trap="'den rätten' leans on the sentence before it; answered under 'Förskola och "
          "skola' (the plan also answers the act's 17 §, quoted in 'Bakgrund', which is no "
          "point)"),
        P("S6", s["S6"], "content", "partial", ev="Den viktigaste informationen på",
          missing=["information på finska i sociala medier"],
          trap="the website is answered; social media are not"),
        P("S7", s["S7"], "content", "uncovered",
          trap="shared words: chapter 'Våra mål' holds three general aims and 'Uppföljning' a "
          "yearly report; no indicators"),
        P("S8", s["S8"], "content", "partial", ev="Statsbidraget för förvaltningsområdet",
          missing=["kostnaden för de föreslagna åtgärderna"],
          trap="how the state grant is used is answered; what the measures cost is not"),
        P("S9", s["S9"], "process", "partial", ev="Samrådsgruppen för finskt",
          missing=["samråd med Sverigefinska föreningen i Forsbränna"],
          trap="the consultation group met four times (told in the introduction); the "
          "association is not named"),
        P("S10", s["S10"], "process", "covered", ev="Samrådsgruppen för finskt",
          trap="the second 'ska' sentence of the paragraph; answered in the introduction in "
          "other words (a youth meeting in Finnish and Swedish, 14 young people)"),
        P("S11", s["S11"], "process", "covered", ev="Forsbränna kommun · Förslag ·",
          trap="met only in the plan's meta line (kommunstyrelsen on 22 November 2032, before "
          "30 November); 'Arbetet leds av …' and 'inom befintlig budget' are none"),
    ]
    return dict(language="sv", mandate="uppdrag.pdf", plan="plan.docx", header=running,
                producer="uppdrag printed from a case system (reportlab, 'Sida n', running "
                "line): 'Bakgrund' quoting the act's 'ska' sentences, 'Uppdraget' and 'Samråd "
                "och redovisning' with eleven 'ska'/'bör' sentences in prose; plan .docx (kept, "
                "sv-SE) with short chapters and an activity table on its own page", points=g)


# =========================================================================== 5 wildfire (en)


@pair
def wildfire(d: Path) -> dict:
    parts = [
        ("Part A. Collaboration", [
            ("A1.", "The plan was developed collaboratively by the county or city, the local "
                    "fire authority and the State Division of Forestry.", "process"),
            ("A2.", "The plan documents how the public, including residents of WUI "
                    "neighborhoods, was given an opportunity to review and comment.",
             "process"),
            ("A3.", "Federal land management agencies with land in the planning area were "
                    "invited to take part.", "process"),
        ]),
        ("Part B. Risk Assessment", [
            ("B1.", "A map of the WUI boundary adopted for the plan.", "deliverable"),
            ("B2.", "An assessment of wildfire hazard that considers fuels, topography, weather "
                    "and fire history.", "content"),
            ("B3.", "Identification of community values at risk, including critical "
                    "infrastructure, water supplies and evacuation routes.", "content"),
            ("B4.", "An assessment of structural ignitability for each WUI community.",
             "content"),
        ]),
        ("Part C. Mitigation Strategy", [
            ("C1.", "A prioritized list of hazardous fuel reduction projects that names the "
                    "landowner of each project.", "deliverable"),
            ("C2.", "Recommendations homeowners and communities can follow to reduce "
                    "structural ignitability.", "content"),
            ("C3.", "Evacuation planning, including alternative egress for neighborhoods with "
                    "a single access road.", "content"),
            ("C4.", "Funding sources and a timeline for each project.", "content"),
        ]),
        ("Part D. Adoption and Maintenance", [
            ("D1.", "A signature page showing agreement by the county or city, the local fire "
                    "authority and the State Division of Forestry.", "deliverable"),
            ("D2.", "A schedule to review and update the plan at least every five years.",
             "process"),
            ("D3.", "A method to monitor completed projects, including acres treated each "
                    "year.", "content"),
        ]),
    ]
    header = "State Division of Forestry – Form WF-12 CWPP Review Checklist"
    m = [
        ("meta", "STATE DIVISION OF FORESTRY · Wildland Fire Program"),
        ("title", "Community Wildfire Protection Plan Review Checklist"),
        ("meta", "Form WF-12 (rev. 02/2031) · Sent to: Harlan Mesa County Office of Emergency "
                 "Management, August 9, 2032 · Plan: Harlan Mesa County CWPP, 2033 Update"),
        ("p", "A Community Wildfire Protection Plan (CWPP) is the community's own plan. The "
              "Healthy Forests Restoration Act of 2003 sets three minimum requirements: "
              "collaboration, prioritized fuel reduction and treatment of structural "
              "ignitability in the wildland-urban interface (WUI). The Division will not sign a plan that does not meet every "
              "requirement in Parts A through D."),
        ("p", "Instructions: In the last column, enter the section and page of the draft plan "
              "where each requirement is met, and return this form with the draft to your "
              "district forester."),
    ]
    for title, rows in parts:
        m.append(("h2", title))
        m.append(("table", ["Element", "Requirement", "Location in plan"],
                  [[c, x, ""] for c, x, _ in rows], [22, 108, 40]))
    m += [
        ("h2", "Part E. For Division use only"),
        ("table", ["Review item", "Reviewer", "Date"],
         [["Plan meets all requirements in Parts A–D (Y/N)", "", ""],
          ["District forester recommends approval", "", ""],
          ["State Forester signature", "", ""]], [100, 40, 30]),
        ("meta", "Questions: Wildland Fire Program, wildfire.plans@forestry.state.example, "
                 "(555) 014-2290"),
    ]
    build_pdf_letter(m, d / "checklist.pdf", word_lang="en", title="CWPP Review Checklist "
                     "(Form WF-12)", author="State Division of Forestry", header=header,
                     lang="en-US")
    pages = pdf_pages(d / "checklist.pdf")
    if len(pages) < 2 or "Part A" not in pages[0]:
        raise SystemExit("wildfire: the checklist should run over two pages")
    p = [
        ("meta", "Public review draft · Posted February 2, 2033 · Comments until March 17, "
                 "2033"),
        ("h2", "1. Who wrote this plan"),
        ("p", "The plan was prepared by a core team from the Harlan Mesa County Office of "
              "Emergency Management, the Harlan Mesa Fire Protection District and the district "
              "forester of the State Division of Forestry."),
        ("p", "We held open houses in Piñon Flats, Elk Draw and Cedar Gulch in the fall of "
              "2032, and 412 people answered our online survey. This draft is open for public "
              "comment until March 17, 2033."),
        ("p", "The Bureau of Land Management and the U.S. Forest Service manage 41 percent of "
              "the land in the county."),
        ("h2", "2. Where the wildland meets our homes"),
        ("p", "Map 1 shows the wildland-urban interface boundary the core team adopted in "
              "October 2032. It takes in five communities: Piñon Flats, Elk Draw, Cedar Gulch, "
              "Juniper Hills and the town of Harlan."),
        ("fig", "Map 1. Wildland-urban interface (WUI) boundary, adopted October 2032."),
        ("h2", "3. How fire behaves here"),
        ("p", "Most of the county is piñon-juniper woodland and oak brush on steep, "
              "south-facing slopes. Since 2000, 37 wildfires larger than 100 acres have burned "
              "in the county, the largest being the 2029 Gulch Fire (8,900 acres)."),
        ("h2", "4. What we stand to lose"),
        ("p", "Values at risk include 2,940 homes, the Harlan Mesa water treatment plant, two "
              "electric substations and the county's radio towers on Bald Knob."),
        ("h2", "5. How ready are our homes?"),
        ("p", "Fire district crews completed home ignition zone assessments of 1,100 properties "
              "in all five WUI communities in 2032. In Cedar Gulch, 60 percent of the homes "
              "still have wood shake roofs."),
        ("h2", "6. What homeowners can do"),
        ("p", "Keep the first five feet around the house free of anything that burns. Replace "
              "wood shake roofs with Class A roofing, cover vents with 1/8-inch metal mesh and "
              "thin trees within 100 feet of the house."),
        ("h2", "7. Getting out"),
        ("p", "Evacuation orders are issued by the Sheriff's Office through CodeRED. "
              "Evacuation planning is outside the scope of this plan."),
        ("h2", "8. Projects"),
        ("p", "Appendix A lists the fuel reduction projects in the order we will carry them "
              "out. Projects will be funded as grants become available."),
        ("h2", "9. Keeping the plan current"),
        ("p", "The core team meets every spring to review progress. The plan will be fully "
              "updated by 2038."),
        ("p", "Since 2027, 1,850 acres have been treated with mastication and prescribed fire."),
        ("h2", "10. Signatures"),
        ("p", "The signature page will be added after the Board of County Commissioners adopts "
              "the plan."),
        ("break",),
        ("h2", "Appendix A. Fuel reduction projects"),
        ("table", ["Priority", "Project", "Acres", "Lead", "Year"],
         [["1", "Elk Draw shaded fuel break", "240", "Fire Protection District", "2033"],
          ["2", "Cedar Gulch Road roadside thinning", "65", "County Road and Bridge", "2033"],
          ["3", "Piñon Flats community chipping days", "–", "Fire Protection District",
           "Every spring"],
          ["4", "Juniper Hills mastication", "410", "State Division of Forestry", "2034–2035"],
          ["5", "Bald Knob prescribed burn", "900", "State Division of Forestry", "2036"]]),
    ]
    web_pdf(d / "plan.pdf",
            title="Harlan Mesa County Community Wildfire Protection Plan – 2033 Update",
            nav="Harlan Mesa County › Departments › Emergency Management › Wildfire",
            foot="Harlan Mesa County Office of Emergency Management · 210 Main Street, Harlan "
                 "· Page last updated February 2, 2033",
            blocks=p, lang="en-US", accent="#8a3b0c")
    c = {code: (x, k) for _, rows in parts for code, x, k in rows}

    def pt(code, status, **kw):
        return P(code.rstrip("."), c[code][0], c[code][1], status, **kw)

    g = [
        pt("A1.", "covered", ev="The plan was prepared by a core team",
           trap="a row of a review checklist table `Element | Requirement | Location in plan` "
           "(the code without its period is the number; the 'Location in plan' column is empty "
           "as sent); the HFRA paragraph ('will not sign') and the instructions are none, and so "
           "are the rows of 'Part E. For Division use only'; answered in other words (the Fire "
           "Protection District for the local fire authority, the district forester)"),
        pt("A2.", "covered", ev="We held open houses in Piñon Flats",
           trap="answered in other words (open houses in three WUI communities, a survey, the "
           "comment period)"),
        pt("A3.", "uncovered",
           trap="shared words: the BLM and the Forest Service are named as landowners; "
           "nothing says they were invited"),
        pt("B1.", "covered", ev="Map 1 shows the wildland-urban interface",
           trap="answered by a map and its caption"),
        pt("B2.", "partial", ev="Most of the county is piñon-juniper",
           missing=["weather"],
           trap="fuels, slopes and fire history are described; weather is not"),
        pt("B3.", "partial", ev="Values at risk include 2,940 homes",
           missing=["evacuation routes"],
           trap="answered in other words for infrastructure (substations, radio towers) and "
           "water supplies (the water treatment plant); evacuation routes are not named"),
        pt("B4.", "covered", ev="Fire district crews completed home ignition",
           trap="answered in other words ('home ignition zone assessments … in all five WUI "
           "communities')"),
        pt("C1.", "partial", ev="Appendix A lists the fuel reduction projects",
           missing=["the landowner of each project"],
           trap="the ranked list is in 'Appendix A' on its own page ('Priority' column); it "
           "names a lead, not the landowner"),
        pt("C2.", "covered", ev="Keep the first five feet around the house",
           trap="answered in other words: roofs, vents, thinning (members of the class)"),
        pt("C3.", "uncovered",
           trap="deferred: 'Evacuation planning is outside the scope of this plan'; the "
           "Sheriff's CodeRED orders are no evacuation planning"),
        pt("C4.", "partial", ev="Priority Project Acres Lead Year",
           missing=["funding sources for each project"],
           trap="a year per project in the appendix table; 'funded as grants become "
           "available' names no source"),
        pt("D1.", "uncovered",
           trap="deferred: the signature page 'will be added after' adoption"),
        pt("D2.", "covered", ev="The core team meets every spring",
           trap="a yearly review and a full update by 2038 (five years after 2033)"),
        pt("D3.", "uncovered",
           trap="shared words: acres treated since 2027 is a past result, not a method to "
           "monitor projects"),
    ]
    return dict(language="en", mandate="checklist.pdf", plan="plan.pdf", header=header,
                producer="plan review checklist PDF (Word export on US Letter, 'Page n of m'): "
                "an HFRA paragraph and instructions, four tables `Element | Requirement | "
                "Location in plan` (A1.–D3., last column empty) under 'Part A' … 'Part D', and "
                "a 'Division use only' table; plan the county's web page printed with Chromium "
                "(meta line, a map caption, an appendix table on its own page)", points=g)


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
            "corpora/mandates-blind18/make_pairs.py.\n"
            f"# Producer: {info['producer']}.\n"
            "# status: covered | partial | uncovered; kind: content | deliverable | process;\n"
            "# missing: what the plan leaves out (planner's words); evidence: page of the\n"
            "# answering passage and its opening words; S-numbers: requirements in prose;\n"
            "# T-numbers: milestones of a Tidsplan table.\n"
        )
        write_gold(d / "coverage.gold.yaml", header=header, plan=info["plan"],
                   mandate=info["mandate"], language=info["language"], points=info["points"],
                   pages=pages)
        n = {s: sum(p["status"] == s for p in info["points"])
             for s in ("covered", "partial", "uncovered")}
        print(f"{name}: {len(info['points'])} points {n} plan pages {len(pages)}")


if __name__ == "__main__":
    main(sys.argv[1:])
