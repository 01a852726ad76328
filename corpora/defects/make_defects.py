"""Build the draft-defect corpus: hearing drafts with the defects planners leave in them.

    python corpora/defects/make_defects.py            # rebuild every .docx, .pdf and .gold.yaml
    python corpora/defects/make_defects.py SLUG ...   # only these documents
    python corpora/defects/make_defects.py --bad      # (re)make the bad-input files (bad-input/)

Each document lives in corpora/defects/<slug>/ as <slug>.docx (python-docx source),
<slug>.pdf (exported with LibreOffice, ``soffice --headless --convert-to pdf``) and
<slug>.gold.yaml (docs/gold-format.md). The expected findings are written here by hand, next to
the text that carries them (``EXPECTED``); only their page numbers are looked up in the PDF.
Besides ``findings`` (what ``plancheck check`` reports), a gold file may have ``as_of`` and
``findings_as_of``: the extra findings ``plancheck check --as-of DATE`` reports.

Every document also holds look-alikes that must NOT be flagged ("Figur 2" that exists, a
quoted «TODO», XXL, a public https address, a heading followed by its own sub-heading …); the
comments in the gold files list them.

bad-input/ holds inputs that must end with one line on stderr and exit code 2: a
password-protected PDF (password "hemmelig", exported by LibreOffice with EncryptFile) and an
image-only "scan" (a page with only a picture, made with Pillow).
"""

from __future__ import annotations

import argparse
import io
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "scripts"))

import _docx_helpers as H  # noqa: E402
from docx.shared import Cm, Mm, Pt  # noqa: E402

PASSWORD = "hemmelig"


# --------------------------------------------------------------------------- small helpers


def numbered(doc, number: str, text: str, indent_cm: float = 0.8):
    """A manually numbered line with a hanging indent ("4.<tab>Ingen barnefamilier …"), the way
    a goal list looks after someone deleted a line from it."""
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.left_indent = Cm(indent_cm)
    pf.first_line_indent = Cm(-indent_cm)
    pf.tab_stops.add_tab_stop(Cm(indent_cm))
    pf.space_after = Pt(4)
    p.add_run(f"{number}\t")
    p.add_run(text)
    return p


def bullets(doc, items: list[str], kind: str = "symbol_bullet") -> None:
    num = H.add_num(doc, H.add_abstract_num(doc, kind))
    for it in items:
        H.list_item(doc, it, num)


def decimal_list(doc, items: list[str]) -> None:
    num = H.add_num(doc, H.add_abstract_num(doc, "decimal"))
    for it in items:
        H.list_item(doc, it, num, space_after=4)


def chart(doc, bars: list[int], *, width_mm: float = 110) -> None:
    """A small bar chart as a PNG picture (deterministic bytes), the way figures are pasted."""
    from PIL import Image, ImageDraw

    w, h = 440, 200
    img = Image.new("RGB", (w, h), "white")
    d = ImageDraw.Draw(img)
    d.line([(30, 180), (430, 180)], fill="black", width=2)
    d.line([(30, 10), (30, 180)], fill="black", width=2)
    step = 400 // max(1, len(bars))
    top = max(bars) or 1
    for i, v in enumerate(bars):
        x = 40 + i * step
        d.rectangle([x, 180 - int(160 * v / top), x + step - 12, 179], fill=(46, 94, 78))
    buf = io.BytesIO()
    img.save(buf, "PNG", optimize=False)
    buf.seek(0)
    doc.add_picture(buf, width=Mm(width_mm))


def caption(doc, text: str) -> None:
    H.para(doc, text, italic=True, size=9, space_after=10)


def measure_table(doc, rows: list[tuple], header: list[str], widths: list[float]) -> None:
    t = H.new_table(doc, widths)
    hdr = H.add_row(t, header, widths, bold=True, fill="D9E2F3", size=10)
    H.set_repeat_header(hdr)
    for r in rows:
        H.add_row(t, list(r), widths, size=10)
    H.para(doc, "", space_after=4)


def goal_table(doc, groups: list[tuple[str, list[tuple[str, str, str]]]], widths: list[float]) -> None:
    """A measure table "Mål | Tiltak | Ansvarlig | Frist" whose goal cell is merged down over
    the rows of its measures (w:vMerge), as Word users make them."""
    t = H.new_table(doc, widths)
    hdr = H.add_row(t, ["Mål", "Tiltak", "Ansvarlig", "Frist"], widths, bold=True, fill="D9E2F3", size=10)
    H.set_repeat_header(hdr)
    for goal, rows in groups:
        for k, (tiltak, ansvar, frist) in enumerate(rows):
            first = ("restart", goal) if k == 0 else ("continue", "")
            H.add_row(t, [first, tiltak, ansvar, frist], widths, size=10)
    H.para(doc, "", space_after=4)


def cover(doc, kommune: str, title: str, period: str, status: str, color: str) -> None:
    H.para(doc, "", space_after=120)
    H.para(doc, kommune, size=14, bold=True, color=color, space_after=30)
    H.para(doc, title, size=26, bold=True, color=color, space_after=4)
    H.para(doc, period, size=20, color=color, space_after=240)
    H.para(doc, status, italic=True, size=10)
    H.page_break(doc)


def new_doc(title: str, kommune: str, subject: str, color: str):
    doc = H.new_document(size=11, heading_color=color)
    H.set_core_properties(doc, title=title, author=kommune, subject=subject, keywords="høringsutkast")
    sec = doc.sections[0]
    H.setup_header_footer(sec, f"{kommune} – {title}", footer="page_of", different_first_page=True)
    return doc


# =========================================================================== 1 utkast-folkehelse

FOLKEHELSE_TITLE = "Handlingsplan for folkehelse 2025–2028"
FOLKEHELSE_GOALS = [
    "Flere innbyggere skal være fysisk aktive i hverdagen.",
    "Færre innbyggere skal oppleve ensomhet.",
    "Barn og unge skal ha gode levevaner.",
]
# nr, tiltak, ansvarlig, frist
FOLKEHELSE_MEASURES = {
    1: [
        ("1.1", "Merke og skilte 15 km nye turstier nær skoler og boligfelt", "Enhet for kultur og fritid", "Vår 2025"),
        ("1.2", "Gjennomføre kampanjen «Sykle til jobben» for kommunens ansatte", "Folkehelsekoordinator", "31.03.2025"),
        ("1.3", "Holde skolegårdene åpne som aktivitetsarena i helgene", "Rektorer", "Høst 2025"),
    ],
    2: [
        ("2.1", "Opprette en møteplass for seniorer på biblioteket", "Solvik bibliotek", "2019"),
        ("2.2", "Etablere en besøksvennordning i samarbeid med Røde Kors", "Frivilligsentralen", "31.12.2026"),
        ("2.2", "Oppdatere rutinen for oppfølging av eldre som bor alene, jf. \\\\fil01\\felles\\Folkehelse\\rutiner",
         "Tildelingskontoret", "2027"),
    ],
    3: [
        ("3.1", "Innføre sunn skolemat på alle ungdomsskoler", "Kommunalsjef oppvekst", "xx.xx.2026"),
        ("3.2", "Tilby gratis svømmekurs for alle barn på 3. trinn", "Rektorer", "Høst 2026"),
    ],
}


def build_folkehelse():
    color = "2E5E4E"
    doc = new_doc(FOLKEHELSE_TITLE, "Solvik kommune", "Folkehelse", color)
    cover(doc, "Solvik kommune", "Handlingsplan for folkehelse", "2025–2028",
          "Høringsutkast 15.09.2025", color)

    H.heading(doc, "1 Innledning", 1)
    H.para(doc, "Handlingsplanen følger opp folkehelseoversikten og kommuneplanens samfunnsdel. Den gjelder for "
           "perioden 2025–2028 og rulleres hvert år sammen med økonomiplanen. TODO: legg inn vedtaksdato for "
           "folkehelseoversikten.")
    H.para(doc, "Andelen voksne som er fysisk aktive minst 150 minutter i uken, har gått ned med 8 prosent siden "
           "2019 (kilde?). Andelen dagligrøykere er halvert siden 2012 (SSB 2024).")
    H.para(doc, "Ungdomsrådet har testet oppgaveappen «TODO» sammen med elevene på Solvik ungdomsskole, og appen "
           "brukes nå til å planlegge leksene. Kommunen samarbeider også med XXL og Maxx Trening om rabatterte "
           "treningskort for ungdom.")
    H.para(doc, "Tilskuddet til frivillige lag og foreninger er på kr xx mill. i 2026. Helsedirektoratets "
           "anbefalinger om fysisk aktivitet [1] ligger til grunn for målene.")
    H.heading(doc, "1.1 Hva er folkehelse?", 2)
    H.para(doc, "Folkehelse er befolkningens helsetilstand og hvordan helsen fordeler seg i befolkningen. "
           "Folkehelsearbeid er det samfunnet gjør for å fremme helse og forebygge sykdom.")
    H.heading(doc, "1.2 Kunnskapsgrunnlag", 2)
    H.para(doc, "Tallene er hentet fra Folkehelseinstituttets statistikkbank, https://www.fhi.no/he/folkehelse/, "
           "og fra Ungdata 2024. Folkehelseoversikten ligger på K:\\Folkehelse\\Oversikt 2024.docx.")
    H.para(doc, "Arbeidsgruppens referater finnes på http://intranett/folkehelse/referater. Spørsmål om planen "
           "kan sendes til postmottak@solvik.kommune.no.")
    H.para(doc, "[Kari: kan du skrive litt om frivilligheten her?]")

    H.heading(doc, "2 Mål", 1)
    H.para(doc, "Handlingsplanen har tre mål:")
    decimal_list(doc, FOLKEHELSE_GOALS)

    H.heading(doc, "3 Tiltak", 1)
    H.para(doc, "Tiltakene er nummerert etter målet de følger opp. Fristene gjelder når tiltaket skal være "
           "gjennomført.")
    widths = [12, 88, 38, 22]
    for g, short in ((1, "Fysisk aktivitet"), (2, "Ensomhet"), (3, "Levevaner for barn og unge")):
        H.heading(doc, f"3.{g} Tiltak for mål {g}: {short}", 2)
        measure_table(doc, FOLKEHELSE_MEASURES[g], ["Nr", "Tiltak", "Ansvarlig", "Frist"], widths)

    H.heading(doc, "4 Oppfølging", 1)
    H.para(doc, "Folkehelsekoordinator rapporterer status for tiltakene til kommunestyret hvert år. I 2024 deltok "
           "340 innbyggere i frisklivstilbudet. Stemmer dette tallet?")
    H.para(doc, "Planen legges ut på kommunens nettside (hvor skal lenken gå?). Høringsfristen er [sett inn dato]. "
           "Møtet med eldrerådet starter kl. 10:00 i kommunestyresalen.")
    return doc


# =========================================================================== 2 utkast-oppvekst

OPPVEKST_TITLE = "Temaplan for oppvekst 2025–2029"
OPPVEKST_GOALS = [
    "Alle barn skal ha et trygt og inkluderende oppvekstmiljø.",
    "Alle barn skal få tidlig hjelp når de trenger det.",
    "Flere unge skal fullføre videregående opplæring.",
]
OPPVEKST_SHORT = {1: "Trygt og inkluderende oppvekstmiljø", 2: "Tidlig hjelp når barn trenger det",
                  3: "Fullføre videregående opplæring"}
OPPVEKST_MEASURES = {
    1: [("Revidere planen for et trygt skolemiljø", "Rådgiver oppvekst", "31.12.2025"),
        ("Gjennomføre kurs i klasseledelse for alle lærere", "Rektorer", "Vår 2026")],
    2: [("Etablere koordinerende team for barn med sammensatte behov", "Kommunalsjef oppvekst", "Høst 2025"),
        ("Korte ned ventetiden for sakkyndig vurdering i PPT", "PPT", "2026")],
    3: [("Tilby leksehjelp på alle ungdomsskoler", "Rektorer", "Høst 2025"),
        ("Styrke samarbeidet med videregående skole om overgangen", "Rådgiver oppvekst", "2027")],
}


def build_oppvekst():
    color = "1F3864"
    doc = new_doc(OPPVEKST_TITLE, "Nordvik kommune", "Oppvekst", color)
    cover(doc, "Nordvik kommune", "Temaplan for oppvekst", "2025–2029", "Høringsutkast 1. oktober 2025", color)

    H.heading(doc, "1 Innledning", 1)
    H.heading(doc, "1.1 Bakgrunn", 2)
    H.para(doc, "Temaplanen bygger på kapittel 11 i plan- og bygningsloven og på opplæringslovens kapittel 12. "
           "Utfordringene er beskrevet i kapittel 2, og målene står i kapittel 3 (se kapittel 3).")
    H.heading(doc, "1.2 Planprosess", 2)
    H.para(doc, "Planen er laget av en arbeidsgruppe med representanter fra barnehage, skole, helsestasjon og "
           "PPT. Figur 1 viser hvordan planprosessen har vært lagt opp.")
    chart(doc, [1, 2, 3, 4])
    caption(doc, "Figur 1: Planprosessen fra oppstart til vedtak")

    H.heading(doc, "2 Utfordringer", 1)
    H.para(doc, "Figur 2 viser utviklingen i antall barn 0–15 år. Som figur 3 viser, har andelen barn i "
           "lavinntektsfamilier økt.")
    chart(doc, [820, 805, 790, 770, 760, 748])
    caption(doc, "Figur 2: Antall barn 0–15 år 2019–2024")
    H.para(doc, "Tabell 1 viser elevtallet ved skolene. Ventetiden i PPT er vist i tabell 4.")
    caption(doc, "Tabell 1: Elevtall per skole")
    widths = [60, 30, 30]
    t = H.new_table(doc, widths)
    H.add_row(t, ["Skole", "Elever 2020", "Elever 2024"], widths, bold=True, fill="D9E2F3", size=10)
    for r in (("Nordvik skole", "212", "198"), ("Berg skole", "96", "88"), ("Nordvik ungdomsskole", "240", "231")):
        H.add_row(t, list(r), widths, size=10)
    H.para(doc, "", space_after=4)

    H.heading(doc, "3 Mål og strategier", 1)
    H.heading(doc, "3.1 Mål", 2)
    decimal_list(doc, OPPVEKST_GOALS)
    H.heading(doc, "3.2 Samarbeid med frivillige", 2)

    H.heading(doc, "4 Tiltak", 1)
    H.para(doc, "Tabellen viser tiltakene for hvert mål, med ansvarlig og frist.")
    goal_table(doc, [(OPPVEKST_SHORT[g], rows) for g, rows in OPPVEKST_MEASURES.items()], [38, 70, 38, 24])

    H.heading(doc, "5 Oppfølging", 1)
    H.heading(doc, "5.1 Rapportering", 2)
    H.para(doc, "Se vedlegg 1 for en oversikt over innspillene fra medvirkningen. Kartleggingen av "
           "fritidstilbudene er oppsummert i vedlegg 3.")
    H.heading(doc, "5.3 Revisjon av planen", 2)
    H.para(doc, "Planen revideres i 2029. Økonomiske konsekvenser av tiltakene er omtalt i kapittel 7.")

    H.heading(doc, "6 Vedlegg", 1)
    decimal_list(doc, ["Innspill fra medvirkningen", "Kartlegging av ventetider i PPT"])
    return doc


# =========================================================================== 3 utkast-samfunnsdel

SAMF_TITLE = "Kommuneplanens samfunnsdel 2025–2037"
SAMF_SUMMARY = ["Trygg oppvekst", "Helse og livskvalitet", "Klima og miljø", "Næringsutvikling"]
# (heading, [(number, goal)], [strategies])
SAMF_AREAS = [
    ("3.1 Trygg og god oppvekst",
     [("1.", "Alle barn og unge skal ha en trygg oppvekst."),
      ("2.", "Flere unge skal fullføre videregående opplæring.")],
     ["Vi vil styrke det tverrfaglige arbeidet rundt barn og familier."]),
    ("3.2 Helse og livskvalitet",
     [("3.", "Innbyggerne skal ha god helse og mestre eget liv."),
      ("4.", "Eldre skal kunne bo trygt hjemme lengst mulig.")],
     ["Vi vil satse på forebygging og tidlig innsats."]),
    ("3.3 Klima, miljø og arealbruk",
     [("6.", "Klimagassutslippene skal reduseres med 55 prosent innen 2030.")],
     ["Vi vil ta vare på matjord og natur i arealplanleggingen."]),
    ("3.4 Aktive lokalsamfunn",
     [("7.", "Alle innbyggere skal ha tilgang til gode møteplasser.")],
     ["Vi vil samarbeide med frivilligheten om møteplasser i alle bygder."]),
]


def build_samfunnsdel():
    color = "5B2C6F"
    doc = new_doc(SAMF_TITLE, "Fjordvik kommune", "Samfunnsdel", color)
    cover(doc, "Fjordvik kommune", "Kommuneplanens samfunnsdel", "2025–2037", "Høringsutkast juni 2025", color)

    H.heading(doc, "1 Innledning", 1)
    H.para(doc, "Kommuneplanens samfunnsdel er kommunens overordnede styringsdokument. Den tar stilling til "
           "langsiktige utfordringer, mål og strategier. Tiltakene kommer i handlingsdelen, som rulleres hvert år "
           "sammen med økonomiplanen.")

    H.heading(doc, "2 Sammendrag", 1)
    H.para(doc, "Planen har fire satsingsområder:")
    bullets(doc, SAMF_SUMMARY)
    H.para(doc, "For hvert satsingsområde beskriver planen mål og strategier.")

    H.heading(doc, "3 Satsingsområder", 1)
    for head, goals, strategies in SAMF_AREAS:
        H.heading(doc, head, 2)
        H.heading(doc, "Mål", 3)
        for no, g in goals:
            numbered(doc, no, g)
        H.heading(doc, "Strategier", 3)
        bullets(doc, strategies)

    H.heading(doc, "4 Oppfølging", 1)
    H.para(doc, "Planen følges opp gjennom handlingsdelen og rapporteres i årsmeldingen.")
    return doc


# =========================================================================== 4 utkast-ren (look-alikes only)

REN_TITLE = "Boligsosial handlingsplan 2026–2030"
REN_AREAS = [
    ("Bolig for alle", ["Alle innbyggere skal ha en trygg og egnet bolig.",
                        "Flere skal kunne eie egen bolig."]),
    ("Oppfølging i hjemmet", ["Leietakere i kommunale boliger skal få oppfølging når de trenger det.",
                              "Ingen skal kastes ut av boligen uten at kommunen har tilbudt hjelp."]),
]
# goal (1-based over the plan), its short form in the table, the measure
REN_MEASURES = [
    (1, "Trygg og egnet bolig", ("Kartlegge behovet for kommunale boliger fram mot 2035", "Tildelingskontoret", "31.12.2026")),
    (2, "Eie egen bolig", ("Gi informasjon om startlån på kommunens nettside", "NAV", "Høst 2026")),
    (3, "Oppfølging av leietakere", ("Etablere fast oppfølgingsteam for leietakere", "Kommunalsjef helse og velferd", "2027")),
    (4, "Ingen utkastelse uten tilbud om hjelp", ("Innføre rutine for varsling før utkastelse", "Tildelingskontoret", "1. halvår 2027")),
]


def build_ren():
    color = "7B2C2C"
    doc = new_doc(REN_TITLE, "Breivang kommune", "Bolig", color)
    cover(doc, "Breivang kommune", "Boligsosial handlingsplan", "2026–2030", "Høringsutkast 2. mars 2026", color)

    H.heading(doc, "1 Innledning", 1)
    H.heading(doc, "1.1 Om planen", 2)
    H.para(doc, "Planen følger opp planprogrammet som ble vedtatt i 2025, og bygger på kapittel 11 i plan- og "
           "bygningsloven og på boligsosial lov. Målene står i kapittel 3 (se kapittel 3), og tiltakene i "
           "kapittel 4.")
    H.para(doc, "Innbyggerne kan bruke appen «TODO-listen» til å følge med på søknaden sin. Kommunen samarbeider "
           "med XXL om utstyrsbod for familier med lav inntekt.")
    H.heading(doc, "1.2 Kunnskapsgrunnlag", 2)
    H.para(doc, "Figur 1 viser antall husstander på venteliste for kommunal bolig. Tallene er hentet fra "
           "https://www.ssb.no/bygg-bolig-og-eiendom og Husbankens statistikk på www.husbanken.no.")
    chart(doc, [41, 45, 52, 49, 57])
    caption(doc, "Figur 1: Husstander på venteliste 2020–2024")
    H.para(doc, "Se vedlegg 1 for kartleggingen og vedlegg 2 for innspillene fra ungdomsrådet.")

    H.heading(doc, "2 Sammendrag", 1)
    H.para(doc, "Planen har to satsingsområder:")
    bullets(doc, [name for name, _ in REN_AREAS])

    H.heading(doc, "3 Satsingsområder", 1)
    for i, (name, goals) in enumerate(REN_AREAS, start=1):
        H.heading(doc, f"3.{i} {name}", 2)
        H.heading(doc, "Mål", 3)
        for k, g in enumerate(goals, start=1):
            numbered(doc, f"{k}.", g)  # each focus area numbers its own goals from 1

    H.heading(doc, "4 Tiltak", 1)
    H.heading(doc, "4.1 Tiltak i planperioden", 2)
    goal_table(doc, [(short, [m]) for _g, short, m in REN_MEASURES], [38, 70, 38, 24])

    H.heading(doc, "5 Vedlegg", 1)
    decimal_list(doc, ["Kartlegging av boligbehov 2025", "Innspill fra ungdomsrådet"])
    return doc


# =========================================================================== expected findings

# What `plancheck check` must report at warning or above (rule, quote as printed), and what
# --as-of adds. Quotes are the sentence, cell or heading the finding is about.
EXPECTED: dict[str, dict] = {
    "utkast-folkehelse": {
        "title": FOLKEHELSE_TITLE,
        "plan_period": (2025, 2028),
        "goals": [(str(i), g) for i, g in enumerate(FOLKEHELSE_GOALS, start=1)],
        "measures": [(g, m) for g, rows in FOLKEHELSE_MEASURES.items() for m in rows],
        "findings": [
            ("editorial-leftover", "TODO: legg inn vedtaksdato for folkehelseoversikten"),
            ("editorial-leftover", "har gått ned med 8 prosent siden 2019 (kilde?)"),
            ("editorial-leftover", "Tilskuddet til frivillige lag og foreninger er på kr xx mill. i 2026"),
            ("internal-link", "Folkehelseoversikten ligger på K:\\Folkehelse\\Oversikt 2024.docx"),
            ("internal-link", "Arbeidsgruppens referater finnes på http://intranett/folkehelse/referater"),
            ("editorial-leftover", "[Kari: kan du skrive litt om frivilligheten her?]"),
            ("deadline-within-plan-period", "Opprette en møteplass for seniorer på biblioteket"),
            ("numbering-duplicate", "Oppdatere rutinen for oppfølging av eldre som bor alene"),
            ("internal-link", "\\\\fil01\\felles\\Folkehelse\\rutiner"),
            ("measure-has-deadline", "Innføre sunn skolemat på alle ungdomsskoler"),
            ("editorial-leftover", "xx.xx.2026"),
            ("editorial-leftover", "Stemmer dette tallet?"),
            ("editorial-leftover", "Planen legges ut på kommunens nettside (hvor skal lenken gå?)"),
            ("editorial-leftover", "Høringsfristen er [sett inn dato]"),
        ],
        "as_of": "2025-09-15",
        "findings_as_of": [
            ("deadline-passed", "Merke og skilte 15 km nye turstier nær skoler og boligfelt"),
            ("deadline-passed", "Gjennomføre kampanjen «Sykle til jobben» for kommunens ansatte"),
        ],
        "lookalikes": [
            "«TODO» (a quoted app name)", "XXL, Maxx Trening (xx inside words)", "(SSB 2024) (a source)",
            "[1] (a citation)", "1.1 Hva er folkehelse? (a heading that asks the reader's question)",
            "https://www.fhi.no/he/folkehelse/ (public)", "postmottak@solvik.kommune.no", "kl. 10:00",
            "«Sykle til jobben» (quoted)", "Høst 2025 (not passed at the as-of date)",
            "2019 (before the plan period: deadline-within-plan-period, not deadline-passed)",
            "3 Tiltak followed by 3.1 (its own sub-heading)",
        ],
    },
    "utkast-oppvekst": {
        "title": OPPVEKST_TITLE,
        "plan_period": (2025, 2029),
        "goals": [(str(i), g) for i, g in enumerate(OPPVEKST_GOALS, start=1)],
        "measures": [(g, ("", *m)) for g, rows in OPPVEKST_MEASURES.items() for m in rows],
        "findings": [
            ("dangling-reference", "Som figur 3 viser, har andelen barn i lavinntektsfamilier økt."),
            ("dangling-reference", "Ventetiden i PPT er vist i tabell 4."),
            ("empty-section", "3.2 Samarbeid med frivillige"),
            ("dangling-reference", "Kartleggingen av fritidstilbudene er oppsummert i vedlegg 3."),
            ("numbering-gap", "5.3 Revisjon av planen"),
            ("dangling-reference", "Økonomiske konsekvenser av tiltakene er omtalt i kapittel 7."),
        ],
        "lookalikes": [
            "kapittel 11 i plan- og bygningsloven, opplæringslovens kapittel 12 (other documents)",
            "kapittel 2, kapittel 3, (se kapittel 3) (exist)", "Figur 1, Figur 2 (captions exist)",
            "Tabell 1 (exists)", "vedlegg 1 (exists: the list under 6 Vedlegg)",
            "1 Innledning followed by 1.1 (a heading followed by its own sub-heading)",
            "5 Oppfølging followed by 5.1",
        ],
    },
    "utkast-samfunnsdel": {
        "title": SAMF_TITLE,
        "plan_period": (2025, 2037),
        "focus_areas": [re.sub(r"^\d+\.\d+ ", "", h) for h, _, _ in SAMF_AREAS],
        "goals": [(no.rstrip("."), g) for _, goals, _ in SAMF_AREAS for no, g in goals],
        # a strategy serves its focus area's goal when the area has one goal; where it has two,
        # the document does not say which
        "strategies": [(s, [goals[0][0].rstrip(".")] if len(goals) == 1 else [])
                       for _, goals, ss in SAMF_AREAS for s in ss],
        "findings": [
            ("plan-has-action-part", "Kommuneplanens samfunnsdel"),
            ("summary-mismatch", "Trygg oppvekst"),
            ("summary-mismatch", "Klima og miljø"),
            ("summary-mismatch", "Næringsutvikling"),
            ("summary-mismatch", "Aktive lokalsamfunn"),
            ("numbering-gap", "Klimagassutslippene skal reduseres med 55 prosent innen 2030."),
        ],
        "lookalikes": [
            "Helse og livskvalitet (the same in summary and body)",
            "3 Satsingsområder followed by 3.1 (its own sub-heading)",
            "goals 1–4, 6, 7 run through the chapters: only the missing 5 is a gap",
        ],
    },
    "utkast-ren": {
        "title": REN_TITLE,
        "plan_period": (2026, 2030),
        "focus_areas": [name for name, _ in REN_AREAS],
        "goals": [(str(k), g) for _, goals in REN_AREAS for k, g in enumerate(goals, start=1)],
        "measures": [(g, ("", *m)) for g, _short, m in REN_MEASURES],
        "findings": [],
        "as_of": "2026-03-02",
        "findings_as_of": [],
        "lookalikes": [
            "«TODO-listen» (quoted app name)", "XXL", "kapittel 11 i plan- og bygningsloven",
            "kapittel 3, kapittel 4 (exist)", "Figur 1 (exists)", "vedlegg 1 and 2 (the list under 5 Vedlegg)",
            "https://www.ssb.no/…, www.husbanken.no (public)",
            "goals numbered 1, 2 in each focus area (a new list, not a duplicate)",
            "the summary lists the focus areas exactly as the body",
            "deadlines from 31.12.2026 on: none passed on the hearing date 2026-03-02",
        ],
    },
}

BUILDERS = {
    "utkast-folkehelse": build_folkehelse,
    "utkast-oppvekst": build_oppvekst,
    "utkast-samfunnsdel": build_samfunnsdel,
    "utkast-ren": build_ren,
}


# --------------------------------------------------------------------------- gold files


def _pdf_pages(pdf: Path) -> list[str]:
    import pdfplumber

    with pdfplumber.open(pdf) as doc:
        return [" ".join((p.extract_text() or "").split()) for p in doc.pages]


def _page_of(pages: list[str], text: str) -> int | None:
    probe = " ".join(text.split())[:40]
    for i, t in enumerate(pages, start=1):
        if probe in t:
            return i
    # broken over lines or pages: try a shorter start
    probe = probe[:20]
    return next((i for i, t in enumerate(pages, start=1) if probe in t), None)


def _q(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_gold(slug: str, pdf: Path) -> Path:
    exp = EXPECTED[slug]
    pages = _pdf_pages(pdf)
    lines = [
        f"# Gold for {slug}.pdf, written by corpora/defects/make_defects.py from the expected findings",
        "# declared there by hand (only the pages are looked up in the PDF). Look-alikes that must NOT be",
        "# flagged:",
        *[f"#   - {x}" for x in exp.get("lookalikes", [])],
        f"document: {slug}.pdf",
        "language: nb",
        f"title: {_q(exp['title'])}",
        f"plan_period: {{start: {exp['plan_period'][0]}, end: {exp['plan_period'][1]}}}",
        "vision: null",
    ]
    fas = exp.get("focus_areas", [])
    lines.append("focus_areas:" + ("" if fas else " []"))
    for i, fa in enumerate(fas, start=1):
        lines.append(f"  - {{id: F{i}, text: {_q(fa)}, page: {_page_of(pages, fa)}}}")
    goals = exp.get("goals", [])
    lines.append("goals:" + ("" if goals else " []"))
    for i, (_no, g) in enumerate(goals, start=1):
        lines.append(f"  - {{id: G{i}, kind: goal, text: {_q(g)}, page: {_page_of(pages, g)}}}")
    strategies = exp.get("strategies", [])
    lines.append("strategies:" + ("" if strategies else " []"))
    goal_id = {no: f"G{i}" for i, (no, _g) in enumerate(goals, start=1)}
    for i, (s, served) in enumerate(strategies, start=1):
        links = ", ".join(goal_id[no] for no in served)
        lines.append(f"  - {{id: S{i}, text: {_q(s)}, page: {_page_of(pages, s)}, goals: [{links}]}}")
    measures = exp.get("measures", [])
    lines.append("measures:" + ("" if measures else " []"))
    for i, (g, (_nr, text, owner, deadline)) in enumerate(measures, start=1):
        goal = f"[G{g}]" if g else "[]"
        lines.append(
            f"  - {{id: M{i}, text: {_q(text)}, page: {_page_of(pages, text)}, goals: {goal}, "
            f"owners: [{_q(owner)}], deadline: {_q(deadline)}}}"
        )
    findings = exp["findings"]
    lines.append("findings:" + ("" if findings else " []"))
    for rule, quote in findings:
        lines.append(f"  - {{rule: {rule}, quote: {_q(quote)}, page: {_page_of(pages, quote)}}}")
    if "as_of" in exp:
        lines.append(f"# plancheck check {slug}.pdf --as-of {exp['as_of']} reports these as well:")
        lines.append(f"as_of: {exp['as_of']}")
        extra = exp["findings_as_of"]
        lines.append("findings_as_of:" + ("" if extra else " []"))
        for rule, quote in extra:
            lines.append(f"  - {{rule: {rule}, quote: {_q(quote)}, page: {_page_of(pages, quote)}}}")
    gold = HERE / slug / f"{slug}.gold.yaml"
    gold.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return gold


# --------------------------------------------------------------------------- bad input


def _soffice() -> str:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if not exe:
        raise SystemExit("LibreOffice (soffice) not found on PATH")
    return exe


def make_bad_input() -> list[Path]:
    out = HERE / "bad-input"
    out.mkdir(exist_ok=True)
    # a password-protected PDF: LibreOffice's PDF export with EncryptFile and an open password
    doc = H.new_document()
    H.set_core_properties(doc, title="Kryptert plan", author="Solvik kommune")
    H.heading(doc, "1 Mål", 1)
    H.para(doc, "Alle innbyggere skal ha en trygg og egnet bolig.")
    with tempfile.TemporaryDirectory(prefix="plancheck_bad_") as tmp:
        src = Path(tmp) / "kryptert.docx"
        H.save_deterministic(doc, src)
        filt = ('pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},'
                f'"DocumentOpenPassword":{{"type":"string","value":"{PASSWORD}"}}}}')
        subprocess.run(
            [_soffice(), f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--norestore",
             "--convert-to", filt, "--outdir", tmp, str(src)],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300,
        )
        shutil.copy(Path(tmp) / "kryptert.pdf", out / "kryptert.pdf")
    # an image-only scan: one page that is a picture of text, no text layer
    from PIL import Image, ImageDraw

    img = Image.new("L", (1240, 1754), 255)
    d = ImageDraw.Draw(img)
    for i, line in enumerate(["Handlingsplan for folkehelse 2025-2028", "1 Mal",
                              "Flere innbyggere skal vaere fysisk aktive."]):
        d.text((120, 160 + 60 * i), line, fill=0)
    scan = out / "skannet.pdf"
    img.save(scan, "PDF", resolution=150)
    # a fixed creation date: the same bytes every time (Pillow writes "/CreationDate (D:…)")
    scan.write_bytes(re.sub(rb"(/(?:CreationDate|ModDate) ?\(D:)\d{14}", rb"\g<1>20240301090000",
                            scan.read_bytes()))
    return [out / "kryptert.pdf", out / "skannet.pdf"]


# --------------------------------------------------------------------------- main


def build(slug: str) -> Path:
    d = HERE / slug
    d.mkdir(parents=True, exist_ok=True)
    docx_path = d / f"{slug}.docx"
    H.save_deterministic(BUILDERS[slug](), docx_path)
    pdf = H.export_pdf(docx_path, d)
    write_gold(slug, pdf)
    return pdf


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("slugs", nargs="*", help=f"documents to build (default: all: {', '.join(BUILDERS)})")
    ap.add_argument("--bad", action="store_true", help="only the bad-input files")
    args = ap.parse_args(argv)
    if args.bad:
        for p in make_bad_input():
            print(p.relative_to(HERE.parents[1]))
        return 0
    for slug in args.slugs or list(BUILDERS):
        if slug not in BUILDERS:
            raise SystemExit(f"unknown document {slug!r}; one of {', '.join(BUILDERS)}")
        print(build(slug).relative_to(HERE.parents[1]))
    if not args.slugs and not (HERE / "bad-input" / "kryptert.pdf").exists():
        # only when missing: the encrypted file differs on every export (random salt)
        for p in make_bad_input():
            print(p.relative_to(HERE.parents[1]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
