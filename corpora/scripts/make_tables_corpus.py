"""Build the table-heavy authored evaluation documents (Word -> PDF via LibreOffice).

    python corpora/scripts/make_tables_corpus.py            # rebuild every .docx and .pdf
    python corpora/scripts/make_tables_corpus.py SLUG ...   # only these documents
    python corpora/scripts/make_tables_corpus.py --verify   # check the gold files against the PDFs

Each document lives in corpora/authored/<slug>/ as <slug>.docx (source), <slug>.pdf (exported
with LibreOffice) and <slug>.gold.yaml (hand-checked gold, NOT written by this script).
The .docx files are deterministic (fixed core properties and zip timestamps); the PDFs get a
fixed creation date and document id, so a rebuild with the same LibreOffice gives the same
text and layout.

The documents deliberately contain the layout traps of real municipal plans: vertically
merged goal cells, tables split over pages with and without repeated header rows, rows broken
across a page, narrow owner columns that break long words, tables without ruling lines,
Symbol-font bullets, landscape sections, a real TOC field and running headers/footers.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _docx_helpers as H
from docx.enum.text import WD_ALIGN_PARAGRAPH

ROOT = Path(__file__).resolve().parents[1] / "authored"

HEAD_FILL = "D9E2F3"
GROUP_FILL = "EDEDED"


def _find_heading_pages(pdf_path: Path, headings: list[str], skip_pages: int) -> dict[str, int]:
    import pdfplumber

    found: dict[str, int] = {}
    with pdfplumber.open(pdf_path) as pdf:
        for i, page in enumerate(pdf.pages, start=1):
            if i <= skip_pages:
                continue
            lines = [ln.strip() for ln in (page.extract_text() or "").splitlines()]
            for h in headings:
                if h not in found and h in lines:
                    found[h] = i
    return found


def build_with_toc(slug: str, builder, toc_entries: list[tuple[int, str]], toc_page: int) -> Path:
    """Two passes: export once to learn on which page each heading lands, then write the
    TOC field's cached result with the right page numbers and export again."""
    out = ROOT / slug
    out.mkdir(parents=True, exist_ok=True)
    pages = {text: 0 for _, text in toc_entries}
    for _attempt in range(3):
        doc = builder([(lvl, text, pages[text] or 9) for lvl, text in toc_entries])
        docx_path = out / f"{slug}.docx"
        H.save_deterministic(doc, docx_path)
        pdf = H.export_pdf(docx_path, out)
        found = _find_heading_pages(pdf, [t for _, t in toc_entries], skip_pages=toc_page)
        missing = [t for _, t in toc_entries if t not in found]
        if missing:
            raise SystemExit(f"{slug}: headings not found in PDF: {missing}")
        if all(found[t] == pages[t] for _, t in toc_entries):
            return pdf
        pages = found
    raise SystemExit(f"{slug}: TOC page numbers did not settle")


def build_plain(slug: str, builder) -> Path:
    out = ROOT / slug
    out.mkdir(parents=True, exist_ok=True)
    doc = builder()
    docx_path = out / f"{slug}.docx"
    H.save_deterministic(doc, docx_path)
    return H.export_pdf(docx_path, out)


# =========================================================================== 1 handlingsplan-oppvekst

OPPVEKST_TITLE = "Handlingsplan for tidlig innsats 2024–2027"

OPPVEKST_GOALS = [
    "Alle barn skal oppleve et trygt og inkluderende oppvekstmiljø i barnehage, skole og fritid.",
    "Alle barn skal få tidlig hjelp for best mulig utvikling.",
    "Alle barn og unge skal ha gode språk- og leseferdigheter.",
    "Foreldre skal oppleve et godt og forutsigbart samarbeid med barnehage, skole og hjelpetjenestene.",
]

# (short goal text in the merged cell, [(tema, tiltak, ansvarlig, frist), ...])
OPPVEKST_TABLE = [
    (
        "Trygt og inkluderende oppvekstmiljø",
        [
            (
                "Rutiner",
                "Revidere planen for et trygt og godt barnehage- og skolemiljø og gjøre den kjent for alle ansatte, elever og foreldre",
                "Rådgiver oppvekst",
                "31.12.2025",
            ),
            (
                "Rutiner",
                "Lage felles rutine for overgang barnehage–skole, med overføringssamtale for alle barn og egen plan for barn med særskilte behov",
                "Rådgiver oppvekst og PPT",
                "Høst 2025",
            ),
            (
                "Kompetanse",
                "Gjennomføre kurs i relasjonsbygging og klasseledelse for ansatte i barnehage og skole",
                "Alle enhetsledere",
                "Vår 2026",
            ),
            (
                "Kompetanse",
                "Bruke foreldreundersøkelsen i barnehagene og Elevundersøkelsen i skolene som grunnlag for tiltak i hver enhet",
                "Alle enheter",
                "Hver høst",
            ),
            (
                "Fritid",
                "Etablere et gratis fritidstilbud for barn og unge i samarbeid med lag og foreninger",
                "Enhet for kultur og fritid",
                "2. halvår 2026",
            ),
        ],
    ),
    (
        "Tidlig hjelp for god utvikling",
        [
            (
                "Samhandling",
                "Videreutvikle Koordinerende team som fast møtepunkt for barnehage, skole, helsestasjon, PPT og barneverntjenesten",
                "Koordinerende team v/ leder",
                "Høst 2025, evaluering innen 30.06.26",
            ),
            (
                "Samhandling",
                "Innføre BTI-modellen (Bedre tverrfaglig innsats) med felles handlingsveileder og stafettlogg for barn og familier som trenger sammensatte tjenester. Modellen skal tas i bruk i alle barnehager og skoler, på helsestasjonen og i barneverntjenesten, og det skal gis felles opplæring til ansatte i alle enhetene før oppstart",
                "Kommunalsjef oppvekst",
                "1. mars 2026",
            ),
            (
                "Helse",
                "Tilby hjemmebesøk av helsesykepleier til alle familier med nyfødte innen 7–10 dager etter fødsel",
                "Helsestasjon/skolehelsetjenesten",
                "Kontinuerlig",
            ),
            (
                "Helse",
                "Styrke skolehelsetjenesten med faste kontordager på alle skoler",
                "Kommunalsjef helse og omsorg",
                "innen 30.06.26",
            ),
            (
                "Helse",
                "Gjennomføre helsesamtaler med tema psykisk helse og trivsel for alle elever på 8. trinn",
                "Skolehelsetjenesten",
                "Skoleåret 2025/2026",
            ),
            (
                "Helse",
                "PPT og helsesykepleier orienterer om lavterskeltilbudene på foreldremøter i barnehagene",
                "",
                "Hver høst",
            ),
            (
                "Tildeling",
                "Forenkle søknadsprosessen for avlastning og støttekontakt for familier med barn med særskilte behov",
                "Tildelingskontoret",
                "Vår 2026",
            ),
            (
                "Tildeling",
                "Kartlegge ventetiden for sakkyndig vurdering i PPT og følge opp saker som har ventet mer enn tre måneder",
                "PPT",
                "2019",
            ),
        ],
    ),
    (
        "Gode språk- og leseferdigheter",
        [
            (
                "Språk",
                "Ta i bruk felles verktøy for observasjon av språk i alle barnehager",
                "Enhetsleder barnehage",
                "Høst 2025",
            ),
            (
                "Språk",
                "Etablere språkgrupper for minoritetsspråklige barn i barnehagene",
                "",
                "Vår 2026",
            ),
            (
                "Lesing",
                "Gjennomføre satsingen «Alle skal lese» på 1.–4. trinn med tett oppfølging av elever under bekymringsgrensen på kartleggingsprøvene",
                "Rektorer",
                "innen utgangen av 2026",
            ),
            (
                "Lesing",
                "Tilby intensive lesekurs på fire uker for elever som ikke når kritisk grense på kartleggingsprøvene",
                "Rektorer og PPT",
                "",
            ),
            (
                "Lesing",
                "Samarbeide med folkebiblioteket om lesestimulering, bokbad og lånekort for alle barnehagebarn",
                "Solvik bibliotek",
                "Årlig",
            ),
        ],
    ),
    (
        "Godt samarbeid med foreldre",
        [
            (
                "Informasjon",
                "Utarbeide felles informasjonsskriv om hjelpetilbudene til foreldre, oversatt til de vanligste språkene i kommunen",
                "Rådgiver oppvekst",
                "Vår 2026",
            ),
            (
                "Dialog",
                "Innføre faste foreldresamtaler med tema trivsel og læring to ganger i året i barnehage og skole",
                "Alle enhetsledere",
                "Høst 2025",
            ),
            (
                "Dialog",
                "Etablere foreldreveiledningsprogrammet ICDP som fast tilbud, med grupper både på dagtid og kveldstid og med tolk ved behov. Tilbudet evalueres sammen med deltakerne etter første gjennomføring",
                "Familiesenteret",
                "2025–2027",
            ),
            (
                "Medvirkning",
                "Involvere FAU, SU og ungdomsrådet i den årlige evalueringen av handlingsplanen",
                "Kommunalsjef oppvekst",
                "31.12.27",
            ),
        ],
    ),
]

OPPVEKST_TOC = [
    (1, "1 Innledning"),
    (2, "1.1 Bakgrunn"),
    (2, "1.2 Planperiode og oppfølging"),
    (1, "2 Mål"),
    (1, "3 Tiltak"),
    (1, "4 Oppfølging og evaluering"),
]


def _merge_runs(values: list[str]) -> list:
    """Turn a column of values into vMerge markers where consecutive values repeat."""
    out = []
    for i, v in enumerate(values):
        if i > 0 and v == values[i - 1]:
            out.append(("continue",))
        elif i + 1 < len(values) and values[i + 1] == v:
            out.append(("restart", v))
        else:
            out.append(v)
    return out


def build_oppvekst(toc_entries):
    doc = H.new_document()
    H.set_core_properties(
        doc,
        title=OPPVEKST_TITLE,
        author="Solvik kommune, oppvekst",
        subject="Tidlig innsats",
        keywords="handlingsplan; oppvekst; tidlig innsats",
    )
    sec = doc.sections[0]
    H.setup_header_footer(sec, f"Solvik kommune – {OPPVEKST_TITLE}", different_first_page=True)

    # --- front page
    H.para(doc, "Solvik kommune", size=14, bold=True, color="1F3864", space_before=40)
    H.para(doc, "", space_after=120)
    H.para(
        doc, "Handlingsplan for tidlig innsats", size=28, bold=True, color="1F3864", space_after=6
    )
    H.para(doc, "2024–2027", size=20, color="1F3864", space_after=24)
    H.para(doc, "Barnehage, skole, helsestasjon og hjelpetjenester", size=13, space_after=200)
    H.para(doc, "Vedtatt av kommunestyret 14.03.2024, sak 18/24", size=10, italic=True)
    H.para(doc, "Ansvarlig: Kommunalsjef oppvekst", size=10, italic=True)
    H.page_break(doc)

    # --- table of contents
    H.para(doc, "Innhold", size=16, bold=True, color="1F3864", space_after=12)
    H.add_toc_field(doc, toc_entries, text_width_mm=160)
    H.page_break(doc)

    # --- intro
    H.heading(doc, "1 Innledning", 1)
    H.para(
        doc,
        "Tidlig innsats handler om å gi barn og unge hjelp så snart et behov oppstår, enten det "
        "gjelder språk, læring, helse eller trivsel. Solvik kommune har over flere år arbeidet med å styrke "
        "samarbeidet mellom barnehage, skole, helsestasjon og pedagogisk-psykologisk tjeneste (PPT). "
        "Denne handlingsplanen samler tiltakene for perioden 2024–2027 og viser hvem som har ansvar for "
        "å gjennomføre dem og når de skal være gjennomført.",
    )
    H.heading(doc, "1.1 Bakgrunn", 2)
    H.para(
        doc,
        "Barnehageloven og opplæringsloven pålegger kommunen å sette inn tiltak tidlig. Kommuneplanens "
        "samfunnsdel 2023–2035 har «Trygg oppvekst» som ett av fire satsingsområder. Kartlegginger i "
        "barnehagene og resultatene fra nasjonale prøver viser at en økende andel barn trenger ekstra "
        "oppfølging i språk og lesing, og at ventetiden for sakkyndig vurdering i PPT er for lang.",
    )
    H.para(
        doc,
        "Planen er utarbeidet av en arbeidsgruppe med representanter fra barnehage, skole, helsestasjon, "
        "PPT, barneverntjenesten og foreldrenes arbeidsutvalg (FAU). Innspill fra ungdomsrådet og fra "
        "dialogmøtet med foreldre i november 2023 er tatt med i arbeidet.",
    )
    H.heading(doc, "1.2 Planperiode og oppfølging", 2)
    H.para(
        doc,
        "Planen gjelder for perioden 2024–2027. Tiltakene i kapittel 3 rulleres årlig i forbindelse med "
        "arbeidet med budsjett og økonomiplan. Status for tiltakene legges fram for hovedutvalg for oppvekst "
        "og kultur sammen med tilstandsrapporten for grunnskolen.",
    )

    H.heading(doc, "2 Mål", 1)
    H.para(doc, "Solvik kommune har fire mål for arbeidet med tidlig innsats i planperioden:")
    dec = H.add_abstract_num(doc, "decimal")
    nid = H.add_num(doc, dec)
    for g in OPPVEKST_GOALS:
        H.list_item(doc, g, nid, space_after=4)
    H.para(
        doc,
        "Målene følges opp gjennom tiltakene i kapittel 3. I tiltakstabellen er målene gjengitt i kortform.",
        space_before=6,
    )

    # --- landscape measure table
    H.add_section(doc, landscape=True, margins_mm=20)
    H.heading(doc, "3 Tiltak", 1)
    H.para(
        doc,
        "Tabellen viser tiltakene i planperioden, ordnet etter mål og tema. Ansvarlig er den som skal "
        "sørge for at tiltaket blir gjennomført.",
    )
    widths = [40, 27, 113, 28, 49]  # 257 mm
    t = H.new_table(doc, widths)
    hdr = H.add_row(
        t, ["Mål", "Tema", "Tiltak", "Ansvarlig", "Frist"], widths, bold=True, fill=HEAD_FILL
    )
    H.set_repeat_header(hdr)
    H.set_cant_split(hdr)
    for goal_short, rows in OPPVEKST_TABLE:
        goal_col = [("restart", goal_short)] + [("continue",)] * (len(rows) - 1)
        tema_col = _merge_runs([r[0] for r in rows])
        for i, (_tema, tiltak, ansvar, frist) in enumerate(rows):
            H.add_row(t, [goal_col[i], tema_col[i], tiltak, ansvar, frist], widths)

    # --- back to portrait
    H.add_section(doc, landscape=False, margins_mm=25)
    H.heading(doc, "4 Oppfølging og evaluering", 1)
    H.para(
        doc,
        "Hver enhet rapporterer status for sine tiltak til kommunalsjef oppvekst innen 1. desember hvert år. "
        "Rapporteringen skjer i kommunens styringssystem, der hvert tiltak markeres som gjennomført, påbegynt "
        "eller ikke påbegynt.",
    )
    H.para(
        doc,
        "Handlingsplanen evalueres i sin helhet i 2027, før en ny plan for perioden 2028–2031 utarbeides. "
        "Evalueringen skal bygge på brukerundersøkelser, resultater fra kartleggingsprøver og nasjonale prøver "
        "og erfaringene fra Koordinerende team.",
    )
    H.para(doc, "Spørsmål om planen kan rettes til kommunalsjef oppvekst, Solvik kommune.")
    return doc


# =========================================================================== 2 handlingsplan-uten-header

BOLIG_TITLE = "Boligsosial handlingsplan 2025–2028"

# (delmål in the merged cell, [(aktivitet, ansvar, samarbeid med, tidsfrist), ...])
BOLIG_TABLE = [
    (
        "Flere vanskeligstilte skal kunne eie egen bolig",
        [
            (
                "Informere om startlån og tilskudd på kommunens nettsider og i publikumsmottaket til NAV",
                "Boligkontoret",
                "NAV",
                "1. halvår 2025",
            ),
            (
                "Øke rammen for startlån fra Husbanken fra 40 til 60 mill. kroner",
                "Kommunedirektør",
                "Husbanken",
                "2026",
            ),
            (
                "Tilby individuell boligøkonomisk rådgivning til alle som får avslag på søknad om startlån",
                "NAV og Boligkontoret",
                "",
                "Løpende",
            ),
            (
                "Utrede en leie-til-eie-modell for unge i etableringsfasen",
                "Enhet for eiendom",
                "Husbanken, private utbyggere",
                "31.12.2026",
            ),
        ],
    ),
    (
        "Ingen skal bo i midlertidig botilbud lenger enn tre måneder",
        [
            (
                "Kartlegge alle som bor i midlertidig botilbud og lage individuell plan for overgang til fast bolig",
                "NAV",
                "Boligkontoret",
                "30.06.2025",
            ),
            (
                "Kjøpe eller bygge seks nye kommunale utleieboliger med nøktern standard",
                "Enhet for eiendom",
                "",
                "2025–2027",
            ),
            (
                "Inngå avtaler med private utleiere om tildelingsrett til boliger",
                "Boligkontoret",
                "Private utleiere",
                "2026",
            ),
            (
                "Etablere et tverrfaglig boligteam som møtes hver 14. dag og følger opp saker om bostedsløshet",
                "Enhetsleder psykisk helse og rus",
                "NAV, Boligkontoret",
                "Q2 2025",
            ),
            ("Avvikle bruken av campinghytter som midlertidig botilbud", "", "NAV", "31.12.2025"),
            (
                "Gjennomgå rutinene for utskrivning fra institusjon og løslatelse fra fengsel, slik at ingen skrives ut til bostedsløshet. Rutinene skal avklare hvem som varsler kommunen, hvor tidlig varselet skal komme og hvem som følger opp den enkelte de første ukene etter utskrivning",
                "Tildelingskontoret og NAV",
                "Kriminalomsorgen, helseforetaket",
                "Høst 2025",
            ),
            (
                "Rapportere antall personer i midlertidig botilbud til formannskapet",
                "Kommunedirektør",
                "",
                "Hvert halvår",
            ),
        ],
    ),
    (
        "Innbyggere som trenger det, skal få oppfølging til å mestre boforholdet",
        [
            (
                "Gi tilbud om bo-oppfølging i egen bolig til personer med rus- og psykiske helseutfordringer",
                "Psykisk helse og rus",
                "NAV",
                "Ved behov",
            ),
            (
                "Utvide Housing First-tilbudet med fire nye plasser",
                "Enhetsleder psykisk helse og rus",
                "Husbanken",
                "2027",
            ),
            (
                "Tilby kurs i boveiledning og privatøkonomi for unge leietakere",
                "Alle",
                "Frivilligsentralen",
                "2026",
            ),
            (
                "Innføre fast husbesøk tre måneder etter innflytting i kommunal bolig",
                "Boligkontoret",
                "",
                "1. september 2025",
            ),
        ],
    ),
    (
        "Kommunen skal ha en helhetlig og samordnet boligsosial innsats",
        [
            (
                "Etablere et boligsosialt forum med ledere fra NAV, helse, eiendom og plan",
                "Kommunalsjef samfunnsutvikling",
                "",
                "1. halvår 2025",
            ),
            (
                "Innarbeide boligsosiale hensyn i kommuneplanens arealdel",
                "Enhet for plan og byggesak",
                "",
                "2026",
            ),
            (
                "Evaluere handlingsplanen og legge fram forslag til ny plan for kommunestyret",
                "Kommunalsjef samfunnsutvikling",
                "",
                "",
            ),
            (
                "Søke om kompetansetilskudd og boligsosialt tilskudd fra Husbanken",
                "Boligkontoret",
                "Husbanken",
                "Årlig",
            ),
        ],
    ),
]


def build_bolig():
    doc = H.new_document(size=11)
    H.set_core_properties(
        doc,
        title=BOLIG_TITLE,
        author="Storvang kommune",
        subject="Boligsosialt arbeid",
        keywords="boligsosial handlingsplan",
    )
    sec = doc.sections[0]
    H.setup_header_footer(
        sec, f"Storvang kommune | {BOLIG_TITLE}", footer="page", footer_left="Vedtatt 13.02.2025"
    )

    H.para(doc, "Storvang kommune", size=12, bold=True, color="385623", space_after=2)
    H.para(doc, BOLIG_TITLE, style="Title", space_after=4)
    H.para(
        doc, "Vedtatt i kommunestyret 13.02.2025, sak 7/25", italic=True, size=10, space_after=18
    )

    H.heading(doc, "1 Innledning", 1)
    H.para(
        doc,
        "Å ha et trygt og godt sted å bo er grunnleggende for helse, utdanning, arbeid og deltakelse i "
        "samfunnet. Lov om kommunenes ansvar på det boligsosiale feltet trådte i kraft 1. juli 2023 og "
        "tydeliggjør at kommunen skal ha oversikt over boligbehovet og gi individuelt tilpasset bistand til "
        "vanskeligstilte på boligmarkedet.",
    )
    H.para(
        doc,
        "Handlingsplanen bygger på kommuneplanens samfunnsdel og på kartleggingen av boligbehovet som ble "
        "gjort høsten 2024. Planen gjelder for perioden 2025–2028 og rulleres hvert år i forbindelse med "
        "budsjett og økonomiplan.",
    )
    H.heading(doc, "2 Visjon og delmål", 1)
    H.para(doc, "Visjonen for det boligsosiale arbeidet i Storvang er:")
    H.para(
        doc,
        "«Et godt sted å bo – for alle»",
        bold=True,
        italic=True,
        size=13,
        align=WD_ALIGN_PARAGRAPH.CENTER,
        space_before=6,
        space_after=12,
    )
    H.para(
        doc,
        "Visjonen er konkretisert i fire delmål. Delmålene og aktivitetene som skal bidra til å nå dem, "
        "går fram av tabellen i kapittel 3.",
    )
    H.heading(doc, "2.1 Utfordringer", 2)
    bullets = H.add_num(doc, H.add_abstract_num(doc, "symbol_bullet"))
    for b in [
        "Boligprisene i Storvang har økt mer enn inntektene de siste fem årene.",
        "Kommunen har 112 utleieboliger, og ventelisten er lengre enn før.",
        "Sju personer bodde i midlertidig botilbud lenger enn tre måneder i 2024.",
        "Det mangler små og rimelige leiligheter for unge og enslige.",
        "Ansvaret for boligsosialt arbeid er fordelt på mange enheter, og samarbeidet er lite formalisert.",
    ]:
        H.list_item(doc, b, bullets)

    H.add_section(doc, landscape=True, margins_mm=20)
    H.heading(doc, "3 Tiltak", 1)
    H.para(
        doc,
        "Tabellen viser aktivitetene i planperioden. «Ansvar» er enheten som har ansvaret for å gjennomføre "
        "aktiviteten, «Samarbeid med» viser hvem som bidrar.",
    )
    widths = [55, 105, 35, 32, 30]  # 257 mm
    t = H.new_table(doc, widths)
    H.add_row(
        t,
        ["Delmål", "Aktivitet", "Ansvar", "Samarbeid med", "Tidsfrist"],
        widths,
        bold=True,
        fill="E2EFD9",
    )
    for delmal, rows in BOLIG_TABLE:
        col = [("restart", delmal)] + [("continue",)] * (len(rows) - 1)
        for i, (akt, ansvar, samarbeid, frist) in enumerate(rows):
            H.add_row(t, [col[i], akt, ansvar, samarbeid, frist], widths)
    H.para(doc, "")
    H.para(
        doc,
        "Aktivitetene finansieres innenfor vedtatte budsjettrammer og med tilskudd fra Husbanken der det er "
        "mulig. Status rapporteres i årsmeldingen.",
    )
    return doc


# =========================================================================== 3 temaplan-helse

HELSE_TITLE = "Helse- og omsorgsplan 2024–2032"

# chapters: (heading, challenges, [goals], [(strategy, goal numbers)], {goal no: [(tiltak, ansvarlig, når)]}, bullet kinds)
HELSE_CHAPTERS = [
    (
        "2 Helsefremming og forebygging",
        "Mange av de viktigste faktorene for god helse ligger utenfor helsetjenesten. Kommunen skal derfor "
        "legge til rette for at innbyggerne kan ta gode valg for egen helse, og forebygge sykdom og funksjonsfall.",
        [
            "Andelen innbyggere over 67 år vil øke fra 19 til 27 prosent fram mot 2040.",
            "Mange innbyggere er lite fysisk aktive, og andelen med overvekt øker.",
            "Ensomhet og psykiske plager øker, særlig blant unge voksne og eldre som bor alene.",
        ],
        [
            "Innbyggerne i Nordvik skal ha god helse og mestre eget liv lengst mulig.",
            "Flere innbyggere skal delta i fysisk og sosial aktivitet i nærmiljøet.",
        ],
        [
            (
                "Vi vil styrke frisklivssentralen som lavterskeltilbud for hele befolkningen (mål 1)",
                [1],
            ),
            (
                "Vi vil gi forebyggende hjemmebesøk til eldre for å fange opp behov tidlig (mål 1)",
                [1],
            ),
            (
                "Vi vil samarbeide med frivillige lag og foreninger om aktivitetstilbud for alle aldre (mål 2)",
                [2],
            ),
        ],
        {
            1: [
                (
                    "Utvide åpningstiden ved frisklivssentralen med én kveld i uken",
                    "Frisklivssentralen",
                    "2025",
                ),
                (
                    "Tilby forebyggende hjemmebesøk til alle som fyller 78 år",
                    "Hjemmetjenesten",
                    "Årlig",
                ),
                (
                    "Lage et digitalt selvtestverktøy for levevaner på kommunens nettsider",
                    "Folkehelsekoordinator",
                    "2. halvår 2025",
                ),
            ],
            2: [
                (
                    "Etablere turgrupper og seniortrim i alle bygdene i samarbeid med frivilligsentralen",
                    "Frivilligsentralen og Frisklivssentralen",
                    "2024–2025",
                ),
                (
                    "Gi tilskudd til aktivitetstilbud for eldre gjennom kommunens tilskuddsordning",
                    "Enhet for kultur",
                    "Løpende",
                ),
            ],
        },
        ("symbol_bullet", "bullet"),
    ),
    (
        "3 Mestring og trygghet i eget hjem",
        "De fleste ønsker å bo hjemme så lenge som mulig. Det krever tjenester som støtter opp under egen mestring, "
        "boliger som er tilpasset, og at pårørende får avlastning og veiledning.",
        [
            "Flere brukere av hjemmetjenesten har sammensatte behov og trenger tjenester fra mange faggrupper.",
            "Pårørende yter en stor del av omsorgen, og mange opplever belastningen som tung.",
            "Det er for få tilrettelagte boliger nær sentrum og tjenestene.",
        ],
        [
            "Eldre og personer med nedsatt funksjonsevne skal kunne bo trygt hjemme så lenge de ønsker.",
            "Pårørende skal oppleve at de blir sett, hørt og avlastet.",
            "Alle som trenger det, skal ha tilgang til en tilrettelagt bolig.",
        ],
        [
            (
                "Vi vil ta i bruk velferdsteknologi som en naturlig del av tjenestetilbudet (mål 3)",
                [3],
            ),
            (
                "Vi vil legge til rette for hverdagsrehabilitering før andre tjenester settes inn (mål 3)",
                [3],
            ),
            (
                "Vi vil tilby avlastning som er fleksibel og tilpasset den enkelte familie (mål 4)",
                [4],
            ),
            ("Vi vil planlegge for nye omsorgsboliger sentralt i kommunesenteret (mål 5)", [5]),
        ],
        {
            3: [
                (
                    "Innføre digitalt tilsyn og medisineringsstøtte for alle hjemmeboende som har behov for det",
                    "Hjemmetjenesten",
                    "2026",
                ),
                (
                    "Etablere et tverrfaglig team for hverdagsrehabilitering med fysioterapeut, ergoterapeut og sykepleier",
                    "Kommunalsjef helse og omsorg",
                    "1. halvår 2025",
                ),
                (
                    "Kartlegge behovet for velferdsteknologi hos alle nye brukere av hjemmetjenesten",
                    "Tildelingskontoret",
                    "Fortløpende",
                ),
            ],
            4: [
                (
                    "Opprette pårørendeskole for pårørende til personer med demens",
                    "Demensteamet",
                    "Høst 2024",
                ),
                ("Tilby fleksibel avlastning, også i helger og ferier", "", "2025"),
            ],
        },
        ("symbol_bullet", "symbol_bullet"),
    ),
    (
        "4 Kompetanse og rekruttering",
        "Tilgangen på kvalifisert personell er den største enkeltutfordringen for helse- og omsorgstjenestene "
        "i årene som kommer. Kommunen må både rekruttere, beholde og utvikle kompetansen til de ansatte.",
        [
            "Det er vanskelig å rekruttere sykepleiere og helsefagarbeidere.",
            "Mange ansatte arbeider deltid, og det er mange små stillinger i turnus.",
            "En tredel av de ansatte i hjemmetjenesten er over 55 år.",
        ],
        [
            "Nordvik kommune skal ha nok ansatte med riktig kompetanse i helse- og omsorgstjenestene.",
            "Andelen heltidsstillinger skal øke til minst 60 prosent innen 2028.",
        ],
        [
            ("Vi vil ta imot lærlinger og studenter og gi dem god veiledning (mål 6)", [6]),
            ("Vi vil utvikle en heltidskultur i samarbeid med tillitsvalgte (mål 7)", [7]),
        ],
        {
            6: [
                (
                    "Øke antall læreplasser i helsearbeiderfaget fra fire til åtte",
                    "Alle enheter",
                    "2026",
                ),
                (
                    "Tilby stipend til ansatte som tar videreutdanning i geriatri, psykisk helse eller demens",
                    "Personal- og organisasjonsavdelingen",
                    "I løpet av planperioden",
                ),
                (
                    "Utarbeide en strategisk kompetanseplan for helse og omsorg",
                    "Kommunalsjef helse og omsorg",
                    "31.12.2022",
                ),
            ],
            7: [
                (
                    "Gjennomføre turnusprosjekt med langvakter i to enheter",
                    "Enhetsleder sykehjem og tillitsvalgte",
                    "Høst 2025, evaluering våren 2026",
                ),
                (
                    "Lyse ut alle ledige stillinger som hele stillinger",
                    "Personal- og organisasjonsavdelingen",
                    "1.1.2025",
                ),
            ],
        },
        ("dash", "symbol_bullet"),
    ),
]

HELSE_TOC = [
    (1, "1 Innledning"),
    (2, "1.1 Formål og planperiode"),
    (2, "1.2 Sammenheng med andre planer"),
    (1, "2 Helsefremming og forebygging"),
    (1, "3 Mestring og trygghet i eget hjem"),
    (1, "4 Kompetanse og rekruttering"),
    (1, "5 Oppfølging av planen"),
]


def build_helse(toc_entries):
    doc = H.new_document(size=11, heading_color="7B2C2C")
    H.set_core_properties(
        doc,
        title=HELSE_TITLE,
        author="Nordvik kommune",
        subject="Helse og omsorg",
        keywords="temaplan; helse; omsorg",
    )
    sec = doc.sections[0]
    H.setup_header_footer(
        sec, f"Nordvik kommune – {HELSE_TITLE}", footer="page", different_first_page=True
    )

    # front page
    H.para(doc, "", space_after=150)
    H.para(doc, "Helse- og omsorgsplan", size=30, bold=True, color="7B2C2C", space_after=4)
    H.para(doc, "2024–2032", size=22, color="7B2C2C", space_after=20)
    H.para(doc, "Nordvik kommune", size=14, bold=True, space_after=230)
    H.para(doc, "Høringsutkast 4. april 2024", size=10, italic=True)
    H.page_break(doc)

    H.para(doc, "Innhold", size=16, bold=True, color="7B2C2C", space_after=12)
    H.typed_toc(doc, toc_entries, text_width_mm=160)
    H.page_break(doc)

    H.heading(doc, "1 Innledning", 1)
    H.heading(doc, "1.1 Formål og planperiode", 2)
    H.para(
        doc,
        "Helse- og omsorgsplanen er kommunens temaplan for helse- og omsorgstjenestene og for det "
        "forebyggende arbeidet. Planen gjelder for perioden 2024–2032. Den beskriver utfordringene, målene og "
        "strategiene for hvert innsatsområde, og tiltakene for de første årene av planperioden.",
    )
    H.para(
        doc,
        "Tiltakstabellene under hvert kapittel rulleres hvert år sammen med handlingsdelen og økonomiplanen. "
        "Tiltak som krever nye midler, blir lagt fram i budsjettprosessen.",
    )
    H.heading(doc, "1.2 Sammenheng med andre planer", 2)
    H.para(
        doc,
        "Planen bygger på kommuneplanens samfunnsdel, som har «Gode liv i hele livet» som ett av tre "
        "satsingsområder. Den følger opp nasjonale føringer i Leve hele livet – en kvalitetsreform for eldre og "
        "i Folkehelsemeldingen. Planen skal ses i sammenheng med boligsosial handlingsplan og plan for "
        "psykisk helse og rus.",
    )

    dec = H.add_abstract_num(doc, "decimal")
    goal_num = H.add_num(doc, dec)  # one numbering instance: goals run 1–7 through the chapters
    widths = [100, 36, 24]
    for heading, intro, challenges, goals, strategies, measures, (
        ch_kind,
        st_kind,
    ) in HELSE_CHAPTERS:
        H.page_break(doc)
        H.heading(doc, heading, 1)
        H.para(doc, intro)
        H.heading(doc, "Utfordringer", 2)
        cnum = H.add_num(doc, H.add_abstract_num(doc, ch_kind))
        for c in challenges:
            H.list_item(doc, c, cnum)
        H.heading(doc, "Mål", 2)
        for g in goals:
            H.list_item(doc, g, goal_num, space_after=4)
        H.heading(doc, "Strategier", 2)
        snum = H.add_num(doc, H.add_abstract_num(doc, st_kind))
        for s, _ in strategies:
            H.list_item(doc, s, snum)
        H.heading(doc, "Tiltak", 2)
        t = H.new_table(doc, widths)
        hdr = H.add_row(
            t, ["Tiltak", "Ansvarlig enhet", "Når"], widths, bold=True, fill="F2DCDB", size=10
        )
        H.set_repeat_header(hdr)
        for gno, rows in measures.items():
            H.add_row(
                t,
                [f"Tiltak knyttet til mål {gno}"],
                widths,
                span_all=True,
                bold=True,
                fill=GROUP_FILL,
                size=10,
                keep_with_next=True,
            )
            for tiltak, ansvar, nar in rows:
                H.add_row(t, [tiltak, ansvar, nar], widths, size=10)

    H.heading(doc, "5 Oppfølging av planen", 1)
    H.para(
        doc,
        "Kommunalsjef helse og omsorg har ansvaret for å følge opp planen. Tiltakene rulleres hvert år, og "
        "status rapporteres til hovedutvalg for helse og omsorg sammen med årsmeldingen.",
    )
    H.para(doc, "Planen revideres i sin helhet i 2028, når ny kommunal planstrategi er vedtatt.")
    return doc


# =========================================================================== 4 handlingsplan-uten-linjer

FOLKEHELSE_TITLE = "Handlingsplan for folkehelse 2025–2028"

# (goal, [(nr, tiltak, ansvar, frist)], layout) layout: "paragraph" = goal above its own table,
# "row" = goal as a row spanning all columns of a shared table
FOLKEHELSE = [
    (
        "Flere innbyggere skal være fysisk aktive i hverdagen",
        [
            (
                "1.1",
                "Merke og skilte 20 km nye turstier i nærområdene rundt skoler og boligfelt",
                "Enhet for kultur og fritid",
                "2026",
            ),
            (
                "1.2",
                "Gjennomføre kampanjen «Sykle til jobben» for kommunens ansatte",
                "Folkehelsekoordinator",
                "Hver vår",
            ),
            (
                "1.3",
                "Holde skolegårdene åpne som aktivitetsarena etter skoletid og i helgene",
                "Rektorer",
                "1.8.2025",
            ),
            (
                "1.4",
                "Etablere en aktivitetsvenn-ordning for eldre i samarbeid med frivilligsentralen",
                "Frivilligsentralen",
                "2. kvartal 2026",
            ),
        ],
        "paragraph",
    ),
    (
        "Barn og unge skal ha et trygt og inkluderende oppvekstmiljø",
        [
            (
                "2.1",
                "Innføre programmet «Zippys venner» for psykisk helse på 1.–4. trinn",
                "Rektorer og helsesykepleier",
                "Skoleåret 2025/2026",
            ),
            (
                "2.2",
                "Tilby gratis ferieaktiviteter for barn i familier med lav inntekt",
                "Alle",
                "Hver sommer",
            ),
            (
                "2.3",
                "Utvide åpningstiden på ungdomsklubben til fire kvelder i uken",
                "Enhet for kultur og fritid",
                "2025",
            ),
        ],
        "paragraph",
    ),
    (
        "Færre innbyggere skal oppleve ensomhet",
        [
            (
                "3.1",
                "Opprette en møteplass for seniorer på biblioteket med kaffe, avislesing og hjelp med digitale tjenester",
                "Bergtun bibliotek",
                "Høst 2025",
            ),
            (
                "3.2",
                "Kartlegge ensomhet gjennom Ungdata og Folkehelseundersøkelsen og bruke resultatene i planarbeidet",
                "Folkehelsekoordinator",
                "2026",
            ),
            ("3.3", "Etablere en besøksvennordning i samarbeid med Røde Kors", "", "31.12.2026"),
        ],
        "row",
    ),
    (
        "Innbyggerne skal ha gode levekår og like muligheter for god helse",
        [
            ("4.1", "Tilby gratis kurs i privatøkonomi og gjeldsrådgivning", "NAV", "Fortløpende"),
            (
                "4.2",
                "Innføre redusert foreldrebetaling i SFO for familier med lav inntekt",
                "Kommunalsjef oppvekst",
                "1.8.2025",
            ),
            (
                "4.3",
                "Utarbeide en oppdatert oversikt over helsetilstanden i befolkningen (folkehelseoversikt)",
                "Folkehelsekoordinator",
                "",
            ),
            (
                "4.4",
                "Samordne folkehelsearbeidet med rulleringen av kommuneplanens samfunnsdel",
                "Kommunedirektør",
                "2028",
            ),
        ],
        "row",
    ),
]


def build_folkehelse():
    doc = H.new_document(size=11, heading_color="2E5E4E")
    H.set_core_properties(
        doc,
        title=FOLKEHELSE_TITLE,
        author="Bergtun kommune",
        subject="Folkehelse",
        keywords="handlingsplan; folkehelse",
    )
    sec = doc.sections[0]
    H.setup_header_footer(sec, f"Bergtun kommune – {FOLKEHELSE_TITLE}", footer="page")

    sec.different_first_page_header_footer = True
    H.para(doc, "", space_after=120)
    H.para(doc, "Bergtun kommune", size=14, bold=True, color="2E5E4E", space_after=30)
    H.para(doc, "Handlingsplan for folkehelse", size=28, bold=True, color="2E5E4E", space_after=4)
    H.para(doc, "2025–2028", size=20, color="2E5E4E", space_after=260)
    H.para(doc, "Vedtatt i kommunestyret 19.06.2025, sak 41/25", italic=True, size=10)
    H.page_break(doc)
    H.heading(doc, "1 Om handlingsplanen", 1)
    H.para(
        doc,
        "Folkehelseloven pålegger kommunen å ha oversikt over helsetilstanden i befolkningen og de faktorene "
        "som påvirker den, og å sette i verk tiltak for å møte folkehelseutfordringene. Denne handlingsplanen "
        "følger opp folkehelseoversikten fra 2024 og kommuneplanens samfunnsdel.",
    )
    H.para(
        doc,
        "Planen gjelder for perioden 2025–2028. Den har fire mål. Under hvert mål er tiltakene nummerert, "
        "med ansvarlig enhet og frist. Folkehelsekoordinator samordner arbeidet og rapporterer status til "
        "kommunestyret hvert år.",
    )
    H.heading(doc, "1.1 Folkehelseutfordringer i Bergtun", 2)
    H.para(doc, "Folkehelseoversikten peker på disse hovedutfordringene:")
    bnum = H.add_num(doc, H.add_abstract_num(doc, "symbol_bullet"))
    for b in [
        "Andelen voksne som oppfyller anbefalingene om fysisk aktivitet, er lavere enn i landet for øvrig.",
        "Ungdata-undersøkelsen fra 2024 viser at hver femte ungdom ofte føler seg ensom.",
        "Andelen barn som vokser opp i familier med vedvarende lav inntekt, har økt til 11 prosent.",
        "Mange eldre bor alene i spredtbygde strøk med lang avstand til møteplasser og tjenester.",
    ]:
        H.list_item(doc, b, bnum)
    H.heading(doc, "1.2 Slik er planen laget", 2)
    H.para(
        doc,
        "Planen er utarbeidet av en tverrfaglig arbeidsgruppe ledet av folkehelsekoordinator, med "
        "deltakere fra oppvekst, helse og omsorg, kultur, NAV og frivilligsentralen. Eldrerådet, rådet for "
        "personer med funksjonsnedsettelse og ungdomsrådet har gitt innspill. Tiltakene er valgt ut fordi de "
        "treffer de viktigste utfordringene og kan gjennomføres innenfor kommunens økonomiske rammer.",
    )
    H.para(
        doc,
        "Tiltak som er lagt inn i andre planer, for eksempel trafikksikkerhetsplanen og plan for idrett og "
        "fysisk aktivitet, er ikke gjentatt her.",
    )
    H.heading(doc, "2 Mål og tiltak", 1)

    widths = [14, 86, 36, 24]
    shared = None
    for i, (goal, rows, layout) in enumerate(FOLKEHELSE, start=1):
        if layout == "paragraph":
            H.para(
                doc,
                f"Mål {i}: {goal}",
                bold=True,
                size=11.5,
                color="2E5E4E",
                space_before=10,
                space_after=4,
                keep_with_next=True,
            )
            t = H.new_table(doc, widths, style=None)
            H.set_table_borders(t, none=True)
            H.add_row(
                t, ["Nr", "Tiltak", "Ansvar", "Frist"], widths, bold=True, keep_with_next=True
            )
            for nr, tiltak, ansvar, frist in rows:
                H.add_row(t, [nr, tiltak, ansvar, frist], widths)
        else:
            if shared is None:
                H.para(doc, "For mål 3 og 4 er tiltakene samlet i én tabell.", space_before=10)
                shared = H.new_table(doc, widths, style=None)
                H.set_table_borders(shared, none=True)
                H.add_row(
                    shared,
                    ["Nr", "Tiltak", "Ansvar", "Frist"],
                    widths,
                    bold=True,
                    keep_with_next=True,
                )
            H.add_row(
                shared, [f"Mål {i}: {goal}"], widths, span_all=True, bold=True, keep_with_next=True
            )
            for nr, tiltak, ansvar, frist in rows:
                H.add_row(shared, [nr, tiltak, ansvar, frist], widths)

    H.heading(doc, "3 Oppfølging", 1)
    H.para(
        doc,
        "Tiltakene følges opp i enhetenes virksomhetsplaner. Folkehelsekoordinator samler inn status hvert "
        "år innen 1. november og legger fram en samlet rapport for kommunestyret. Planen evalueres i 2028.",
    )
    return doc


# =========================================================================== 5 trafikksikkerhetsplan

TRAFIKK_TITLE = "Trafikksikkerhetsplan 2025–2028"

TRAFIKK_GOALS = [
    "Flere barn og unge skal gå eller sykle trygt til skole og fritidsaktiviteter.",
    "Fjellstad kommune skal være godkjent som Trafikksikker kommune innen utgangen av 2026.",
    "Myke trafikanter skal oppleve trygge kryssingspunkter og god belysning langs kommunale veier.",
]

# (subsection heading, goal no, [(tiltak, kostnad, ansvarlig, gjennomføring)])
TRAFIKK_MEASURES = [
    (
        "4.1 Trygg skolevei (mål 1)",
        1,
        [
            (
                "Kartlegge skoleveiene ved Fjellstad skole og Nordbygda skole sammen med elevrådene",
                "kr 50 000",
                "Enhet for samfunnsutvikling",
                "2025",
            ),
            (
                "Innføre «Hjertesone» med egen hente- og bringesone ved alle barneskolene",
                "kr 200 000",
                "FAU og rektor",
                "Høst 2025",
            ),
            (
                "Gi sykkelopplæring til alle elever på 5. trinn",
                "Innenfor ramme",
                "Rektor",
                "Hvert år i mai",
            ),
            (
                "Arrangere refleksaksjon for elever og foreldre",
                "kr 10 000",
                "FAU og rektor",
                "Hver høst",
            ),
        ],
    ),
    (
        "4.2 Trafikksikker kommune (mål 2)",
        2,
        [
            (
                "Utarbeide rutiner for trafikksikkerhet ved turer og transport i barnehager og skoler",
                "–",
                "Kommunalsjef oppvekst",
                "Vår 2026",
            ),
            (
                "Søke godkjenning som Trafikksikker kommune hos Trygg Trafikk",
                "kr 30 000",
                "Enhet for samfunnsutvikling",
                "31.12.2026",
            ),
            (
                "Innarbeide krav til trafikksikkerhet i kommunens innkjøpsrutiner for transporttjenester",
                "–",
                "",
                "2026",
            ),
            (
                "Gi opplæring i trafikksikkerhet til alle ansatte som kjører i tjenesten",
                "kr 40 000",
                "Alle enhetsledere",
                "2027",
            ),
        ],
    ),
    (
        "4.3 Fysiske tiltak på kommunale veier (mål 3)",
        3,
        [
            (
                "Etablere opphøyd gangfelt med belysning i Skoleveien ved Fjellstad skole",
                "kr 450 000",
                "Teknisk drift",
                "2026",
            ),
            (
                "Bygge fortau langs Kirkeveien på strekningen Sentrum–Idrettsparken (400 m)",
                "kr 3,2 mill.",
                "Enhet for samfunnsutvikling",
                "2029",
            ),
            (
                "Skifte til LED-belysning på gang- og sykkelveien Bakken–Nordbygda",
                "kr 800 000",
                "Teknisk drift",
                "2025",
            ),
            (
                "Redusere fartsgrensen til 30 km/t i boligfeltene Solbakken og Åsen",
                "kr 60 000",
                "Teknisk drift",
                "2025",
            ),
            (
                "Søke fylkeskommunen om tilskudd til trafikksikkerhetstiltak (TS-midler)",
                "–",
                "Enhet for samfunnsutvikling",
                "",
            ),
            (
                "Fjerne vegetasjon som hindrer sikt i kryss og avkjørsler",
                "Innenfor ramme",
                "Teknisk drift",
                "Kontinuerlig",
            ),
        ],
    ),
]


def build_trafikk():
    doc = H.new_document(size=11, heading_color="1F4E79")
    H.set_core_properties(
        doc,
        title=TRAFIKK_TITLE,
        author="Fjellstad kommune",
        subject="Trafikksikkerhet",
        keywords="trafikksikkerhetsplan",
    )
    sec = doc.sections[0]
    H.setup_header_footer(sec, f"Fjellstad kommune · {TRAFIKK_TITLE}", footer="page_of")

    H.para(doc, "Fjellstad kommune", size=12, bold=True, color="1F4E79", space_after=2)
    H.para(doc, TRAFIKK_TITLE, style="Title", space_after=4)
    H.para(doc, "Vedtatt av kommunestyret 11.12.2024", italic=True, size=10, space_after=18)

    H.heading(doc, "1 Innledning", 1)
    H.para(
        doc,
        "Fylkeskommunen skal etter vegtrafikkloven § 40 a tilrå og samordne tiltak for å fremme "
        "trafikksikkerheten i fylket, og kommunene har ansvaret for trafikksikkerheten på kommunale veier. "
        "Trafikksikkerhetsplanen er grunnlaget for å søke om tilskudd til trafikksikkerhetstiltak fra "
        "fylkeskommunen. Planen gjelder for perioden 2025–2028.",
    )
    H.para(
        doc,
        "Planen er utarbeidet av en arbeidsgruppe med representanter fra teknisk drift, samfunnsutvikling, "
        "oppvekst, politiet og FAU ved skolene.",
    )
    H.heading(doc, "2 Visjon og mål", 1)
    H.para(doc, "Fjellstad kommune slutter seg til nullvisjonen:")
    H.para(
        doc,
        "Ingen skal bli drept eller hardt skadd i trafikken.",
        bold=True,
        italic=True,
        align=WD_ALIGN_PARAGRAPH.CENTER,
        space_before=4,
        space_after=10,
    )
    H.para(doc, "For planperioden gjelder disse målene:")
    nid = H.add_num(doc, H.add_abstract_num(doc, "decimal"))
    for g in TRAFIKK_GOALS:
        H.list_item(doc, g, nid, space_after=4)

    H.heading(doc, "3 Ulykkessituasjonen", 1)
    H.para(
        doc,
        "Tabellen viser antall personskadeulykker på veiene i kommunen de siste fem årene. Det har ikke "
        "vært dødsulykker i perioden, men tre personer er hardt skadd, to av dem syklister.",
    )
    w = [30, 40, 40, 40]
    st = H.new_table(doc, w)
    H.add_row(st, ["År", "Ulykker", "Hardt skadde", "Lettere skadde"], w, bold=True, fill="DEEAF6")
    for row in [
        ("2019", "6", "0", "8"),
        ("2020", "4", "1", "5"),
        ("2021", "5", "0", "6"),
        ("2022", "7", "1", "9"),
        ("2023", "3", "1", "3"),
    ]:
        H.add_row(st, list(row), w)
    H.para(doc, "Kilde: Statens vegvesen, STRAKS-registeret.", italic=True, size=9, space_before=4)
    H.para(
        doc,
        "Innbyggerundersøkelsen fra 2023 viser at foreldre opplever skoleveien langs Kirkeveien og "
        "krysset ved Fjellstad skole som de mest utrygge stedene i kommunen.",
    )

    H.page_break(doc)
    H.heading(doc, "4 Tiltak", 1)
    H.para(
        doc,
        "Tiltakene er ordnet etter målene i kapittel 2. Kostnadene er grove overslag og må vurderes i "
        "budsjettarbeidet hvert år.",
    )
    widths = [72, 23, 35, 30]
    for sub, _gno, rows in TRAFIKK_MEASURES:
        H.heading(doc, sub, 2)
        t = H.new_table(doc, widths)
        hdr = H.add_row(
            t,
            ["Tiltak", "Kostnad", "Ansvarlig", "Gjennomføring"],
            widths,
            bold=True,
            fill="DEEAF6",
            size=9,
        )
        H.set_repeat_header(hdr)
        for tiltak, kost, ansvar, tid in rows:
            H.add_row(t, [tiltak, kost, ansvar, tid], widths, size=9)

    H.heading(doc, "5 Oppfølging", 1)
    H.para(
        doc,
        "Trafikksikkerhetsutvalget følger opp planen og behandler status for tiltakene hvert år. Planen "
        "rulleres i 2028.",
    )
    H.para(
        doc,
        "Fysiske tiltak på fylkesveier er fylkeskommunens ansvar. Kommunen melder behovet inn til "
        "fylkeskommunen, men tiltakene er ikke tatt med i tiltakstabellene.",
    )

    H.page_break(doc)
    H.heading(doc, "Vedlegg 1: Innspill fra skolene og FAU", 1)
    H.para(
        doc,
        "Under høringen kom det disse innspillene. De er vurdert, men ikke prioritert i planperioden. "
        "Innspillene tas med i neste rullering.",
    )
    bnum = H.add_num(doc, H.add_abstract_num(doc, "bullet"))
    for b in [
        "Gangfelt over fylkesveien ved Nordbygda butikk (fylkeskommunens ansvar).",
        "Busslomme ved Bakken skysstasjon.",
        "Fartsdisplay i Skoleveien.",
        "Flere sykkelparkeringer med tak ved ungdomsskolen.",
        "Bedre brøyting av fortauet langs Kirkeveien om morgenen.",
    ]:
        H.list_item(doc, b, bnum)
    return doc


# =========================================================================== main

DOCUMENTS = {
    "handlingsplan-oppvekst": lambda: build_with_toc(
        "handlingsplan-oppvekst", build_oppvekst, OPPVEKST_TOC, toc_page=2
    ),
    "handlingsplan-uten-header": lambda: build_plain("handlingsplan-uten-header", build_bolig),
    "temaplan-helse": lambda: build_with_toc("temaplan-helse", build_helse, HELSE_TOC, toc_page=2),
    "handlingsplan-uten-linjer": lambda: build_plain("handlingsplan-uten-linjer", build_folkehelse),
    "trafikksikkerhetsplan": lambda: build_plain("trafikksikkerhetsplan", build_trafikk),
}


def verify() -> int:
    """Check every gold file of these documents against its PDF. Table cells are interleaved
    line by line in the extracted text, so an item counts as found on its page when its first
    characters are on that page and every word of it is on that page or the next (a row may
    break across a page); a word broken inside a narrow cell is matched as its two pieces.
    Owners and deadlines are checked the same way."""
    import pdfplumber
    import yaml

    def norm(s: str) -> str:
        return re.sub(r"[\s\-\u00ad]", "", s).lower()

    def tokens(s: str) -> list[str]:
        return [t for t in re.findall(r"\w+", s.lower()) if len(t) >= 3]

    bad = 0
    for slug in DOCUMENTS:
        gold_path = ROOT / slug / f"{slug}.gold.yaml"
        if not gold_path.exists():
            print(f"{slug}: no gold file")
            bad += 1
            continue
        gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
        with pdfplumber.open(ROOT / slug / gold["document"]) as pdf:
            texts = [p.extract_text() or "" for p in pdf.pages]
        flat = [norm(t) for t in texts]
        toks = [set(tokens(t)) for t in texts]

        def has_words(text: str, page: int) -> list[str]:
            pages = [page - 1] + ([page] if page < len(texts) else [])
            pool = set().union(*(toks[i] for i in pages))
            fl = "".join(flat[i] for i in pages)

            def broken(t: str) -> bool:  # "tildelingskonto" + "ret" on the next line of the cell
                return any(t[:k] in fl and t[k:] in fl for k in range(max(4, len(t) // 2), len(t)))

            return [t for t in tokens(text) if t not in pool and not broken(t)]

        def in_last_column(text: str, page: int) -> bool:
            """A value wrapped inside the rightmost cell: its pieces end consecutive lines."""
            words = text.split()
            lines = [
                norm(ln) for i in (page - 1, page) if i < len(texts) for ln in texts[i].splitlines()
            ]
            for cut in range(1, len(words)):
                a, b = norm(" ".join(words[:cut])), norm(" ".join(words[cut:]))
                for i in range(len(lines) - 1):
                    if lines[i].endswith(a) and any(
                        lines[j].endswith(b) for j in range(i + 1, min(i + 4, len(lines)))
                    ):
                        return True
            return False

        def check(what: str, text: str, page: int, *, start=True, prefix: int = 0) -> None:
            nonlocal bad
            if not (1 <= page <= len(texts)):
                print(f"{slug}: {what}: page {page} out of range")
                bad += 1
                return
            if start and norm(text)[:20] not in flat[page - 1]:
                where = [i + 1 for i, f in enumerate(flat) if norm(text)[:20] in f]
                print(
                    f"{slug}: {what} does not start on page {page} (starts on {where}): {text[:60]}"
                )
                bad += 1
                return
            if (
                prefix
                and norm(text)[:prefix]
                not in flat[page - 1] + (flat[page] if page < len(flat) else "")
                and not in_last_column(text, page)
            ):
                print(f"{slug}: {what} page {page}: {text!r} not found")
                bad += 1
                return
            missing = has_words(text, page)
            if missing:
                print(f"{slug}: {what} page {page}: words not found {missing}: {text[:60]}")
                bad += 1

        for kind in ("focus_areas", "goals", "strategies", "measures"):
            for it in gold.get(kind) or []:
                check(f"{kind} {it['id']}", it["text"], it["page"])
                if kind == "measures":
                    for o in it.get("owners") or []:
                        check(f"owner of {it['id']}", o, it["page"], start=False, prefix=4)
                    if it.get("deadline"):
                        check(
                            f"deadline of {it['id']}",
                            it["deadline"],
                            it["page"],
                            start=False,
                            prefix=7,
                        )
        for f in gold.get("findings") or []:
            # owner quotes sit in narrow cells ("Alle" / "enhetsledere"): words only
            check(
                f"finding {f['rule']}",
                f["quote"],
                f["page"],
                start=f["rule"] != "owner-is-accountable",
            )
        print(f"{slug}: checked")
    print("verify:", "OK" if not bad else f"{bad} problem(s)")
    return 1 if bad else 0


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("slugs", nargs="*", help="documents to build (default: all)")
    ap.add_argument("--verify", action="store_true", help="check gold files against the PDFs")
    args = ap.parse_args()
    if args.verify:
        return verify()
    for slug in args.slugs or DOCUMENTS:
        if slug not in DOCUMENTS:
            raise SystemExit(f"unknown document {slug}; known: {', '.join(DOCUMENTS)}")
        pdf = DOCUMENTS[slug]()
        print(f"built {pdf.relative_to(ROOT.parent.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
