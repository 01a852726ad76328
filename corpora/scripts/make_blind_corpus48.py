"""Build the forty-eighth batch of blind authored plans (corpora/authored/<slug>/), four layout forms no earlier
batch holds: a bokmål handlingsplan written in the municipality's WORD TEMPLATE WITH CONTENT CONTROLS (document
information and change-log tables, drop-down and date-picker controls in the measure tables, two controls and a
text field still showing Word's PLACEHOLDER text; python-docx → LibreOffice Writer); a nynorsk handlingsplan closing
with a SUMMARY IN ENGLISH that repeats the goals and five of the measures in English (odfpy .odt → LibreOffice
Writer); a Swedish handlingsplan published as a SCANNED, SIGNED PAPER COPY with an OCR TEXT LAYER (page images with
the table rules, stamp and signatures only in the picture, invisible words laid over them one by one, as OCR
software writes them; reportlab); an English action plan as a council WEB PAGE whose action table is an
INTERACTIVE DATA TABLE (entries selector, search box, sort arrows, sorted by due date, 'Showing 1 to 12 of 12
entries', pager), saved from the browser WITH ITS PRINT HEADER AND FOOTER (date and time, page title, URL, 'n/N';
HTML → Chromium).

    python corpora/scripts/make_blind_corpus48.py              # every plan
    python corpora/scripts/make_blind_corpus48.py SLUG ...     # some of them
    python corpora/scripts/make_blind_corpus48.py --verify     # check gold against the PDFs
    python corpora/scripts/make_blind_corpus48.py --twice      # build twice, compare sha256

Generic helpers from blindkit.py; plan data classes, findings (as in batch 1), gold writer and the odfpy writer
`Odt` from make_blind_corpus.py, the pdftotext check from make_blind_corpus3.py, the whole-text check on pdftotext
-raw from make_blind_corpus34.py, the row helpers `_rows` and `_odt_rows_unsplit` from make_blind_corpus37.py and
the editorial-leftover appender `_leftovers` from make_blind_corpus41.py (imported, not copied). Written blind: the
author read no code under plancheck/, bench/, tests/, rules/ or docs/ and did not run plancheck. Gold files carry
`held_out: true`.
"""

from __future__ import annotations

import html as _h
import io
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import _docx_helpers as dh  # noqa: E402
import blindkit as bk  # noqa: E402
import make_blind_corpus as mb  # noqa: E402
import make_blind_corpus3 as mb3  # noqa: E402
import make_blind_corpus34 as mb34  # noqa: E402
import make_blind_corpus37 as mb37  # noqa: E402
import make_blind_corpus41 as mb41  # noqa: E402
from make_blind_corpus import G, Plan  # noqa: E402

ROOT = HERE.parents[1]
OUT = ROOT / "corpora" / "authored"

PLANS, plan_builder, write_gold = mb.builder_registry("make_blind_corpus48.py")
E = lambda s: _h.escape(s, quote=False)  # noqa: E731
PATTERNS = ("*.docx", "*.odt", "*.html", "*.pdf", "*.gold.yaml")


def _gold(plan: Plan, pdf: Path, *, leftovers: tuple[str, ...] = (), **kw) -> Path:
    """write_gold with the pages looked up as pdftotext reads them (blindkit.gold_by_pdftotext), then the
    editorial leftovers appended (make_blind_corpus41._leftovers)."""
    path = bk.gold_by_pdftotext(write_gold, plan, pdf, **kw)
    if leftovers:
        mb41._leftovers(path, pdf, leftovers)
    return path


# =========================================================================== 1 bokmål Word template with content controls

NB_SLUG = "informasjonssikkerhet-dokumentmal-nb"
NB_TITLE = "Handlingsplan for informasjonssikkerhet og personvern 2027–2030"
NB_GOALS = [
    ("G1", "Alle ansatte skal kjenne reglene for informasjonssikkerhet og følge dem i det daglige arbeidet"),
    ("G2", "Kommunens systemer og data skal være beskyttet mot dataangrep og uautorisert tilgang"),
    ("G3", "Innbyggernes personopplysninger skal behandles lovlig, sikkert og åpent"),
    ("G4", "Kommunen skal oppdage, håndtere og lære av sikkerhetsbrudd raskt"),
]
NB_PH_TEXT = "Klikk eller trykk her for å skrive inn tekst."
NB_PH_LIST = "Velg et element."
NB_PH_DATE = "Klikk eller trykk for å skrive inn en dato."
# (id, nr, Tiltak, goal, Ansvarlig as printed, owners, Frist as printed or None, kind, note, Status, Ansvarlig
#  control kind, Frist control kind) — a control kind 'ph' prints Word's placeholder text
NB_ROWS = [
    ("T1.1", "1.1", "Innføre et obligatorisk e-læringskurs i informasjonssikkerhet for alle nyansatte", "G1",
     "Personal og organisasjon", ["Personal og organisasjon"], "01.03.2027", "date",
     "one owner (one unit named with 'og'); a date from a date-picker control", "Pågår", "list", "date"),
    ("T1.2", "1.2", "Gjennomføre phishingøvelser for alle ansatte", "G1", "IKT", ["IKT"], "Hvert halvår",
     "recurring", "recurring", "Pågår", "list", "text"),
    ("T1.3", "1.3", "Lage en kortversjon av reglene for bruk av e-post, Teams og mobiltelefon", "G1",
     "Rådgiver informasjonssikkerhet", ["Rådgiver informasjonssikkerhet"], "Vår 2027", "period", "",
     "Ikke startet", "list", "text"),
    ("T1.4", "1.4", "Gå gjennom reglene for informasjonssikkerhet på et personalmøte i hver enhet", "G1",
     "Alle enhetsledere", ["Alle enhetsledere"], "Årlig", "recurring", "'Alle enhetsledere' diffuse; recurring",
     "Ikke startet", "list", "text"),
    ("T2.1", "2.1", "Innføre tofaktorautentisering på alle fagsystemer med personopplysninger", "G2", "IKT",
     ["IKT"], "30.06.2027", "date", "a date", "Pågår", "list", "date"),
    ("T2.2", "2.2", "Etablere en fast rutine for å gi og fjerne tilganger når ansatte begynner og slutter", "G2",
     "IKT og Personal og organisasjon", ["IKT", "Personal og organisasjon"], "2. halvår 2027", "period",
     "two owners, the second a unit named with 'og'", "Ikke startet", "list", "text"),
    ("T2.3", "2.3", "Teste gjenoppretting av sikkerhetskopier for de viktigste fagsystemene", "G2", NB_PH_LIST, [],
     "2028", "period", "the Ansvarlig drop-down still shows Word's placeholder 'Velg et element.': no owner",
     "Ikke startet", "ph", "text"),
    ("T2.4", "2.4", "Skifte ut servere og nettverksutstyr som ikke lenger får sikkerhetsoppdateringer", "G2", "IKT",
     ["IKT"], "31.12.2031", "date", "'31.12.2031' after the plan period 2027–2030", "Ikke startet", "list", "date"),
    ("T3.1", "3.1", "Oppdatere protokollen over behandlingsaktiviteter i alle enheter", "G3", "Personvernombudet",
     ["Personvernombudet"], "31.12.2027", "date", "a date", "Pågår", "list", "date"),
    ("T3.2", "3.2", "Gjennomføre vurderinger av personvernkonsekvenser (DPIA) før nye systemer tas i bruk", "G3",
     "Rådgiver informasjonssikkerhet", ["Rådgiver informasjonssikkerhet"], None, None,
     "the text has a parenthesis of its own '(DPIA)'; the Frist date picker still shows Word's placeholder "
     "'Klikk eller trykk for å skrive inn en dato.': no deadline", "Ikke startet", "list", "ph"),
    ("T3.3", "3.3", "Publisere en ny personvernerklæring på kommunens nettside", "G3", "Kommunikasjon",
     ["Kommunikasjon"], "1. kvartal 2027", "period", "", "Ikke startet", "list", "text"),
    ("T4.1", "4.1", "Innføre et felles system for å melde og følge opp avvik", "G4", "Kvalitetsrådgiver",
     ["Kvalitetsrådgiver"], "2027", "period", "", "Pågår", "list", "text"),
    ("T4.2", "4.2", "Øve på håndtering av et alvorlig dataangrep sammen med kriseledelsen", "G4",
     "Beredskapskoordinator og IKT", ["Beredskapskoordinator", "IKT"], "Høst 2028", "period",
     "two owners joined by 'og'", "Ikke startet", "list", "text"),
    ("T4.3", "4.3", "Rapportere sikkerhetsbrudd og avvik til kommunedirektørens ledergruppe", "G4",
     "Kommunedirektør", ["Kommunedirektør"], "Løpende", "continuous", "continuous", "Pågår", "list", "text"),
]
NB_DOCINFO = [
    ("Dokumenttype", "Handlingsplan"), ("Dokumenteier", "Kommunedirektør"),
    ("Utarbeidet av", "Rådgiver informasjonssikkerhet"), ("Godkjent av", "Kommunestyret, sak 97/26"),
    ("Godkjent dato", "10.12.2026"), ("Gyldig til", "31.12.2030"), ("Neste revisjon", "01.10.2027"),
    ("Kontaktperson", NB_PH_TEXT), ("Tilgangskode", "Åpen"),
]
NB_LOG = [["Versjon", "Dato", "Endring", "Utført av"],
          ["0.1", "02.09.2026", "Første utkast", "Kari Nilsen"],
          ["0.9", "28.10.2026", "Høringsutkast til arbeidsmiljøutvalget", "Kari Nilsen"],
          ["1.0", "10.12.2026", "Vedtatt i kommunestyret", "Arkivtjenesten"]]
NB_TEXT = {
    "intro": [
        "Kommunen behandler store mengder opplysninger om innbyggere og ansatte. Denne handlingsplanen viser hva "
        "Lysevik kommune skal gjøre de neste fire årene for å beskytte opplysningene og systemene vi bruker.",
        "Planen bygger på personvernforordningen og sikkerhetsloven. Etter personvernforordningen artikkel 32 "
        "skal den behandlingsansvarlige gjennomføre egnede tekniske og organisatoriske tiltak for å sikre et "
        "sikkerhetsnivå som passer til risikoen. Plikten er ikke et mål i planen, men målene bygger på den.",
        "Planen er skrevet i kommunens dokumentmal for handlingsplaner. Feltene i tabellene velges fra lister i "
        "malen.",
    ],
    "status": [
        "Tallene viser at flere avvik blir meldt, men at mange ansatte fortsatt ikke kjenner rutinene.",
    ],
    "stats": [["", "2024", "2025", "2026"],
              ["Meldte avvik om informasjonssikkerhet", "37", "52", "61"],
              ["Ansatte som har tatt e-læringskurset", "41 %", "58 %", "66 %"],
              ["Forsøk på phishing som ble stoppet", "1 120", "1 870", "2 430"]],
    "done": [
        "– Ny internkontroll for informasjonssikkerhet vedtatt i 2024",
        "– Personvernombud ansatt i 2025",
        "– Alle bærbare PC-er kryptert i 2025",
    ],
    "guide": "Hvert mål har en tabell med tiltak. Kolonnen Status viser hvor langt arbeidet er kommet ved "
             "vedtak; den er ikke en frist.",
    "ind": [["Indikator", "2026", "Mål 2030"],
            ["Andel ansatte som har tatt e-læringskurset", "66 %", "95 %"],
            ["Andel fagsystemer med tofaktorautentisering", "40 %", "100 %"],
            ["Gjennomsnittlig tid fra avvik oppdages til det er meldt", "9 dager", "2 dager"]],
    "follow": [
        "Rådgiver informasjonssikkerhet følger opp planen. Kommunedirektøren rapporterer til kommunestyret i "
        "årsmeldingen, og planen revideres hvert år innen 1. oktober.",
    ],
}


def _sdt_cell(cell, text: str, kind: str, sid: int, *, size: float, full_date: str | None = None) -> None:
    """Put a Word content control (w:sdt) holding TEXT into CELL's first paragraph, as a template's field: 'list'
    a drop-down list, 'date' a date picker (dd.MM.yyyy), 'text' a plain-text control, 'ph' a control still
    showing its placeholder text (w:showingPlcHdr, grey)."""
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    esc = E(text)
    if kind == "list":
        pr = f'<w:dropDownList><w:listItem w:displayText="{esc}" w:value="{esc}"/></w:dropDownList>'
    elif kind == "date":
        pr = (f'<w:date w:fullDate="{full_date}T00:00:00Z"><w:dateFormat w:val="dd.MM.yyyy"/>'
              '<w:lid w:val="nb-NO"/></w:date>')
    elif kind == "phdate":
        pr = '<w:showingPlcHdr/><w:date><w:dateFormat w:val="dd.MM.yyyy"/><w:lid w:val="nb-NO"/></w:date>'
    elif kind == "phlist":
        pr = '<w:showingPlcHdr/><w:dropDownList><w:listItem w:displayText="IKT" w:value="IKT"/></w:dropDownList>'
    elif kind == "phtext":
        pr = "<w:showingPlcHdr/><w:text/>"
    else:
        pr = "<w:text/>"
    grey = '<w:color w:val="808080"/>' if kind.startswith("ph") else ""
    xml = (f'<w:sdt {w}><w:sdtPr><w:id w:val="{sid}"/>{pr}</w:sdtPr><w:sdtContent><w:r><w:rPr>{grey}'
           f'<w:sz w:val="{int(size * 2)}"/></w:rPr><w:t xml:space="preserve">{esc}</w:t></w:r></w:sdtContent></w:sdt>')
    cell.paragraphs[0]._p.append(parse_xml(xml))


def _iso(d: str) -> str:
    day, month, year = d.split(".")
    return f"{year}-{month}-{day}"


@plan_builder
def build_informasjonssikkerhet_dokumentmal_nb() -> tuple[Plan, Path]:
    """Bokmål handlingsplan (python-docx → LibreOffice) written in the municipality's Word TEMPLATE: a document
    information table and a change log on p. 1, content controls in every Ansvarlig / Frist / Status cell
    (drop-down lists, date pickers, text fields), and three controls still showing Word's placeholder text."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    slug = NB_SLUG
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    plan = Plan(slug=slug, language="nb", title=NB_TITLE, period=(2027, 2030),
                goals=[G(g, t) for g, t in NB_GOALS], measures=mb37._rows(NB_ROWS, 2030), source_ext="docx",
                notes=NB_NOTES)
    font, dark = "Liberation Sans", "0B4F6C"
    doc = dh.new_document(font=font, size=10, margins_mm=20, heading_color=dark)
    mb.docx_lang(doc, "nb-NO")
    sec = doc.sections[0]
    sec.top_margin = dh.Mm(22)
    sec.bottom_margin = dh.Mm(18)
    dh.ruled_header(sec, "LYSEVIK KOMMUNE\tHandlingsplan · Dokument-ID LK-IKT-014 · Versjon 1.0", size=8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    dh.page_of_footer(fp, "Mal: Handlingsplan (v3.2)   Side ", " av ", "3", size=8)
    sid = [100]

    def nid() -> int:
        sid[0] += 1
        return sid[0]

    dh.para(doc, NB_TITLE, size=19, bold=True, color=dark, space_after=6)
    dh.para(doc, "Dokumentinformasjon", size=10.5, bold=True, color=dark, space_after=2)
    widths = [45, 125]
    t = dh.new_table(doc, widths)
    for label, value in NB_DOCINFO:
        row = dh.add_row(t, [label, ""], widths, size=9)
        dh.shade(row.cells[0], "E3EEF3")
        if value == NB_PH_TEXT:
            kind = "phtext"
        elif re.fullmatch(r"\d\d\.\d\d\.\d{4}", value):
            kind = "date"
        else:
            kind = "text"
        _sdt_cell(row.cells[1], value, kind, nid(), size=9, full_date=_iso(value) if kind == "date" else None)
    dh.para(doc, "Endringslogg", size=10.5, bold=True, color=dark, space_before=8, space_after=2)
    widths = [20, 28, 80, 42]
    t = dh.new_table(doc, widths)
    for i, r in enumerate(NB_LOG):
        dh.add_row(t, r, widths, size=9, bold=i == 0, fill="E3EEF3" if i == 0 else None)
    dh.heading(doc, "1 Innledning", 1)
    for x in NB_TEXT["intro"]:
        dh.para(doc, x, space_after=6)
    dh.heading(doc, "2 Status", 1)
    for x in NB_TEXT["status"]:
        dh.para(doc, x, space_after=4)
    widths = [95, 25, 25, 25]
    t = dh.new_table(doc, widths)
    for i, r in enumerate(NB_TEXT["stats"]):
        dh.add_row(t, r, widths, size=9, bold=i == 0, fill="E3EEF3" if i == 0 else None)
    dh.para(doc, "Dette har vi gjort i forrige planperiode", bold=True, space_before=6, space_after=2)
    for ln in NB_TEXT["done"]:
        dh.para(doc, ln, space_after=1)
    dh.heading(doc, "3 Mål og tiltak", 1)
    dh.para(doc, NB_TEXT["guide"], space_after=4)
    widths = [11, 70, 41, 25, 23]
    for gi, (g, gt) in enumerate(NB_GOALS, 1):
        dh.heading(doc, f"Mål {gi}", 2)
        dh.para(doc, gt, bold=True, space_after=4, keep_with_next=True)
        t = dh.new_table(doc, widths)
        head = dh.add_row(t, ["Nr", "Tiltak", "Ansvarlig", "Frist", "Status"], widths, size=9, bold=True,
                          fill="0B4F6C")
        for c in head.cells:
            for r in c.paragraphs[0].runs:
                r.font.color.rgb = dh.RGBColor.from_string("FFFFFF")
        dh.set_repeat_header(head)
        for row in NB_ROWS:
            (_id, nr, text, gg, who, _o, when, _k, _n, status, who_kind, when_kind) = row
            if gg != g:
                continue
            r = dh.add_row(t, [nr, text, "", "", ""], widths, size=9)
            dh.set_cant_split(r)
            _sdt_cell(r.cells[2], who, "phlist" if who_kind == "ph" else "list", nid(), size=9)
            if when_kind == "ph":
                _sdt_cell(r.cells[3], NB_PH_DATE, "phdate", nid(), size=9)
            elif when_kind == "date":
                _sdt_cell(r.cells[3], when, "date", nid(), size=9, full_date=_iso(when))
            else:
                _sdt_cell(r.cells[3], when, "text", nid(), size=9)
            _sdt_cell(r.cells[4], status, "list", nid(), size=9)
    dh.heading(doc, "Slik måler vi", 2)
    dh.para(doc, "Indikatorene viser om vi når målene. De er ikke tiltak.", space_after=3)
    widths = [110, 30, 30]
    t = dh.new_table(doc, widths)
    for i, r in enumerate(NB_TEXT["ind"]):
        dh.add_row(t, r, widths, size=9, bold=i == 0, fill="E3EEF3" if i == 0 else None)
    dh.heading(doc, "4 Oppfølging", 1)
    for x in NB_TEXT["follow"]:
        dh.para(doc, x, space_after=4)
    for p in doc.paragraphs:
        for r in p.runs:
            if r.font.size is None:
                r.font.size = Pt(10)
    dh.set_core_properties(doc, title=NB_TITLE, author="Lysevik kommune")
    src = d / f"{slug}.docx"
    dh.save_deterministic(doc, src)
    pdf = bk.soffice_pdf(src)
    _gold(plan, pdf, leftovers=(NB_PH_TEXT, NB_PH_LIST, NB_PH_DATE))
    return plan, pdf


NB_NOTES = """
python-docx → LibreOffice Writer, A4 portrait, Liberation Sans 10 pt, Lysevik kommune. The plan is written in the
municipality's WORD TEMPLATE for handlingsplaner: ruled header 'LYSEVIK KOMMUNE · Handlingsplan · Dokument-ID
LK-IKT-014 · Versjon 1.0', footer 'Mal: Handlingsplan (v3.2)  Side n av N'. Every field of the template is a Word
CONTENT CONTROL (w:sdt): text fields, drop-down lists and date pickers (dd.MM.yyyy); LibreOffice prints their
content as ordinary text. P. 1: title, 'Dokumentinformasjon' (label | field table: Dokumenteier 'Kommunedirektør',
Utarbeidet av, Godkjent av, Godkjent dato '10.12.2026', Gyldig til '31.12.2030', Neste revisjon '01.10.2027':
document control, no owners and no deadlines; the Kontaktperson field still shows Word's placeholder 'Klikk eller
trykk her for å skrive inn tekst.' = EDITORIAL LEFTOVER), 'Endringslogg' (Versjon | Dato | Endring | Utført av:
names and dates of the document's history, no owners, no deadlines), 1 Innledning (personvernforordningen art. 32
'skal': a trap, no goal), 2 Status (statistics table 2024–2026 and a done list: no measures). 3 Mål og tiltak: a
reading note, then per goal a Heading 2 'Mål n' and the goal sentence in bold (the GOALS) and a table 'Nr |
Tiltak | Ansvarlig | Frist | Status' (header dark, repeated; MEASURES = the Tiltak cells, linked to the goal
above). Ansvarlig is a drop-down control, Frist a date picker or a text field, Status a drop-down ('Pågår', 'Ikke
startet': never a deadline). TWO CONTROLS STILL SHOW THE PLACEHOLDER: T2.3's Ansvarlig 'Velg et element.' (no
owner) and T3.2's Frist 'Klikk eller trykk for å skrive inn en dato.' (no deadline); each placeholder is also an
EDITORIAL LEFTOVER (one finding per placeholder text, quoting it). 'Slik måler vi' (indicator table with 2030
targets: no measures, no deadlines) and 4 Oppfølging (process). OWNERS = Ansvarlig as printed ('IKT og Personal og
organisasjon' and 'Beredskapskoordinator og IKT' two each; 'Personal og organisasjon' ONE unit; 'Alle
enhetsledere' diffuse). DEADLINE = Frist as printed ('01.03.2027', '30.06.2027', '31.12.2027' dates; 'Vår 2027',
'2. halvår 2027', '2028', '1. kvartal 2027', '2027', 'Høst 2028' periods; 'Hvert halvår', 'Årlig' recurring;
'Løpende' continuous; '31.12.2031' after 2027–2030). T3.2's own '(DPIA)' is part of its text.
"""


# =========================================================================== 2 nynorsk plan with an English summary (odfpy)

NN_SLUG = "integrering-engelsk-samandrag-nn"
NN_TITLE = "Handlingsplan for integrering 2027–2030"
NN_GOALS = [
    ("G1", "Alle nye innbyggjarar skal lære norsk så raskt som mogleg"),
    ("G2", "Fleire flyktningar og arbeidsinnvandrarar skal kome i arbeid eller utdanning"),
    ("G3", "Barn og unge med innvandrarbakgrunn skal delta i fritidsaktivitetar på lik linje med andre barn"),
    ("G4", "Nye innbyggjarar skal finne seg til rette og bli kjende med lokalsamfunnet"),
]
NN_GOALS_EN = [
    "All new residents will learn Norwegian as quickly as possible.",
    "More refugees and labour migrants will get a job or start education.",
    "Children and young people with an immigrant background will take part in leisure activities just like "
    "other children.",
    "New residents will feel at home and get to know the local community.",
]
NN_LEFTOVER = "(Ola: oppdater tala frå IMDi før høyringa)"
# (id, nr, Tiltak, goal, Ansvarleg as printed, owners, Frist as printed or None, kind, note)
NN_ROWS = [
    ("T1.1", "1.1", "Tilby norskopplæring på kveldstid for arbeidsinnvandrarar", "G1", "Vaksenopplæringa",
     ["Vaksenopplæringa"], "haust 2027", "period", "repeated in English in the summary (no second measure)"),
    ("T1.2", "1.2", "Opprette ein språkkafé på biblioteket", "G1", "Biblioteket og Frivilligsentralen",
     ["Biblioteket", "Frivilligsentralen"], "løpande", "continuous",
     "two owners joined by 'og'; continuous; repeated in English in the summary"),
    ("T1.3", "1.3", "Ta i bruk digitale læringsressursar i norskopplæringa", "G1", "Vaksenopplæringa",
     ["Vaksenopplæringa"], "2028", "period", ""),
    ("T1.4", "1.4", "Gje språkpraksisplassar i alle kommunale einingar", "G1", "Alle einingsleiarar",
     ["Alle einingsleiarar"], "2028", "period", "'Alle einingsleiarar' diffuse"),
    ("T2.1", "2.1", "Etablere eit jobbsenter saman med NAV for deltakarar i introduksjonsprogrammet", "G2",
     "NAV og Flyktningtenesta", ["NAV", "Flyktningtenesta"], "1.8.2027", "date",
     "two owners; a date; repeated in English in the summary"),
    ("T2.2", "2.2", "Halde kurs om arbeidsliv og rettar i arbeidslivet på fleire språk", "G2",
     "Næringsavdelinga", ["Næringsavdelinga"], "kvar vår", "recurring", "recurring"),
    ("T2.3", "2.3", "Hjelpe innvandrarar med å få godkjent utdanning frå heimlandet", "G2", "", [], "2028",
     "period", "empty Ansvarleg cell: no owner"),
    ("T2.4", "2.4", "Utvide mentorordninga med fleire mentorar frå lokalt næringsliv", "G2", "Flyktningtenesta",
     ["Flyktningtenesta"], "2031", "period", "'2031' after the plan period 2027–2030"),
    ("T3.1", "3.1", "Gje fritidskortet til alle barn i familiar med låg inntekt", "G3", "Kultur og fritid",
     ["Kultur og fritid"], "2027", "period",
     "one owner (one unit named with 'og'); repeated in English in the summary"),
    ("T3.2", "3.2", "Tilsetje ein fritidskoordinator som hjelper familiar å finne aktivitetar", "G3",
     "Kultur og fritid", ["Kultur og fritid"], None, None, "empty Frist cell: no deadline"),
    ("T3.3", "3.3", "Informere foreldre om fritidstilbodet på foreldremøta i skulen", "G3", "Oppvekst",
     ["Oppvekst"], "kvar haust", "recurring", "recurring"),
    ("T4.1", "4.1", "Lage ei velkomstpakke med informasjon på fleire språk", "G4", "Servicetorget",
     ["Servicetorget"], "1. halvår 2027", "period", "repeated in English in the summary"),
    ("T4.2", "4.2", "Arrangere velkomstmøte for nye innbyggjarar på rådhuset", "G4", "Frivilligsentralen",
     ["Frivilligsentralen"], "vår 2027", "period", ""),
]
NN_KEY_ACTIONS_EN = [
    ["Action", "Responsible", "When"],
    ["Norwegian classes in the evening for labour migrants", "Adult Education Centre", "Autumn 2027"],
    ["A language café at the library", "Library and Volunteer Centre", "Ongoing"],
    ["A job centre together with NAV for people in the introduction programme",
     "NAV and Refugee Service", "1 August 2027"],
    ["Leisure card for all children in low-income families", "Culture and Leisure", "2027"],
    ["A welcome pack with information in several languages", "Service Centre", "First half of 2027"],
]
NN_TEXT = {
    "samandrag": "Planen viser korleis Sølvfjord kommune skal arbeide med integrering dei neste fire åra. Han har "
                 "fire mål og tretten tiltak. Ei kort oppsummering på engelsk står til slutt i planen.",
    "intro": [
        "Sølvfjord har fått mange nye innbyggjarar dei siste åra, både flyktningar og arbeidsinnvandrarar som "
        "arbeider i havbruk og industri. Integrering handlar om at alle skal kunne delta i arbeidsliv og "
        "lokalsamfunn.",
        "Etter integreringslova skal kommunen busetje flyktningar etter avtale med staten og gje dei eit "
        "introduksjonsprogram. Desse pliktene er ikkje mål i planen, men planen byggjer på dei.",
        "Planen er laga av ei arbeidsgruppe med leiarane for flyktningtenesta, vaksenopplæringa og NAV, ein "
        "representant for innvandrarrådet og dagleg leiar i frivilligsentralen.",
    ],
    "status": "Tabellen viser nokre tal om integreringa i kommunen. " + NN_LEFTOVER,
    "stats": [["", "2024", "2025", "2026"],
              ["Busette flyktningar", "42", "35", "28"],
              ["Deltakarar i introduksjonsprogrammet", "61", "70", "66"],
              ["I arbeid eller utdanning eitt år etter programmet", "58 %", "61 %", "63 %"]],
    "done": ["– Ny frivilligsentral opna i 2024",
             "– Vaksenopplæringa flytta inn i nye lokale i 2025",
             "– Innvandrarrådet skipa i 2025"],
    "guide": "Kvart mål har ein tabell med tiltak, ansvarleg eining og frist. «Slik ser vi at vi lukkast» viser "
             "korleis vi følgjer med; det er ikkje tiltak.",
    "signs": {"G1": "Del deltakarar som består norskprøve B1 (2026: 48 %, mål: 65 %)",
              "G2": "Del i arbeid eller utdanning eitt år etter programmet (mål 2030: 75 %)",
              "G3": "Del barn med innvandrarbakgrunn som deltek i minst éin fritidsaktivitet",
              "G4": "Nye innbyggjarar som seier dei trivst i Sølvfjord (innbyggjarundersøkinga)"},
    "follow": "Flyktningtenesta samordnar arbeidet. Kommunestyret får ein statusrapport kvar haust, og planen "
              "vert rullert saman med økonomiplanen.",
    "en_intro": "This is a short summary of the action plan for residents who do not read Norwegian. The plan "
                "itself is the Norwegian text above; this summary is for information only.",
    "en_contact": "Questions? Contact the Refugee Service, Sølvfjord kommune, telephone 55 00 12 34.",
}


def _break_before(o, key: str) -> None:
    """Start every paragraph of style KEY on a new page (fo:break-before="page"), as Writer's Text Flow tab sets it."""
    from odf.namespaces import FONS, STYLENS
    from odf.style import ParagraphProperties, Style

    for st in o.doc.automaticstyles.getElementsByType(Style):
        if st.getAttrNS(STYLENS, "name") == o.styles[key]:
            st.getElementsByType(ParagraphProperties)[0].setAttrNS(FONS, "break-before", "page")


@plan_builder
def build_integrering_engelsk_samandrag_nn() -> tuple[Plan, Path]:
    """Nynorsk handlingsplan (odfpy → LibreOffice) with 'Mål n' + goal and 'Nr | Tiltak | Ansvarleg | Frist'
    tables, closing with a shaded 'Summary in English' that repeats the four goals ('Goal n: …') and five of the
    measures in English in a 'Key actions' table (Action | Responsible | When)."""
    slug = NN_SLUG
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    plan = Plan(slug=slug, language="nn", title=NN_TITLE, period=(2027, 2030),
                goals=[G(g, t) for g, t in NN_GOALS], measures=mb37._rows(NN_ROWS, 2030), source_ext="odt",
                notes=NN_NOTES)
    o = mb.Odt(font="Liberation Sans", size=10.5, lang="nn", country="NO",
               header="Sølvfjord kommune · " + NN_TITLE, footer_text="Side")
    o.style("Kicker", size=10, bold=True, color="#7a3b12", after=0.1)
    o.style("Adopt", size=9.5, italic=True, after=0.4)
    o.style("Lab", size=10, bold=True, color="#7a3b12", before=0.35, after=0.05, keep=True)
    o.style("Goal", size=11, bold=True, after=0.15, keep=True)
    o.style("Dash", size=10.5, after=0.05, indent_cm=0.4, hanging_cm=0.4)
    o.style("Sign", size=9.5, italic=True, after=0.25)
    o.style("EnH", size=14, bold=True, color="#1f4e79", before=0.2, after=0.2, fill="#eef3f8",
            padding="0.15cm", keep=True)
    o.style("EnBody", size=10, after=0.15)
    o.style("EnGoal", size=10, after=0.08, indent_cm=0.4, hanging_cm=0.4)
    o.style("EnSub", size=11, bold=True, color="#1f4e79", before=0.25, after=0.1, keep=True)
    o.p("SØLVFJORD KOMMUNE", "Kicker")
    o.p(NN_TITLE, "Title")
    o.p("Vedteken av kommunestyret 11. desember 2026, sak 102/26", "Adopt")
    o.h("Samandrag", 2)
    o.p(NN_TEXT["samandrag"])
    o.h("1 Innleiing", 1)
    for t in NN_TEXT["intro"]:
        o.p(t)
    o.h("2 Status", 1)
    o.p(NN_TEXT["status"])
    o.table([9.0, 2.3, 2.3, 2.3], NN_TEXT["stats"], header_fill="#f3e3d3", border="0.4pt solid #9a7b63")
    o.h("Dette har vi fått til 2023–2026", 2)
    for ln in NN_TEXT["done"]:
        o.p(ln, "Dash")
    o.h("3 Mål og tiltak", 1)
    o.p(NN_TEXT["guide"])
    for gi, (g, gt) in enumerate(NN_GOALS, 1):
        o.p(f"Mål {gi}", "Lab")
        o.p(gt, "Goal")
        rows = [["Nr", "Tiltak", "Ansvarleg", "Frist"]]
        rows += [[nr, text, who, when or ""] for _id, nr, text, gg, who, _o, when, _k, _n in NN_ROWS if gg == g]
        mb37._odt_rows_unsplit(o, o.table([1.1, 8.2, 4.4, 3.2], rows, header_fill="#f3e3d3",
                                          border="0.4pt solid #9a7b63"))
        o.p("Slik ser vi at vi lukkast: " + NN_TEXT["signs"][g], "Sign")
    o.h("4 Oppfølging", 1)
    o.p(NN_TEXT["follow"])
    _break_before(o, "EnH")
    o.p("Summary in English", "EnH")
    o.p(NN_TEXT["en_intro"], "EnBody")
    o.p("Our goals", "EnSub")
    for gi, t in enumerate(NN_GOALS_EN, 1):
        o.p(f"Goal {gi}: {t}", "EnGoal")
    o.p("Key actions", "EnSub")
    mb37._odt_rows_unsplit(o, o.table([8.7, 4.6, 3.6], NN_KEY_ACTIONS_EN, header_fill="#dce6f2",
                                      border="0.4pt solid #7f95ad"))
    o.p(NN_TEXT["en_contact"], "EnBody")
    src = d / f"{slug}.odt"
    o.save(src, title=NN_TITLE, author="Sølvfjord kommune")
    pdf = bk.soffice_pdf(src)
    _gold(plan, pdf, leftovers=(NN_LEFTOVER,))
    return plan, pdf


NN_NOTES = """
odfpy .odt → LibreOffice Writer, A4 portrait, Liberation Sans 10.5 pt, Sølvfjord kommune; running header
'Sølvfjord kommune · Handlingsplan for integrering 2027–2030', footer 'Side n'. P. 1: title, adoption line,
'Samandrag' (a paragraph naming four goals and thirteen tiltak and the English summary: no goal), 1 Innleiing
(integreringslova 'skal': a trap, no goal; the working group names units: no owners), 2 Status (a statistics
table 2024–2026 and the note to a colleague '(Ola: oppdater tala frå IMDi før høyringa)' = EDITORIAL LEFTOVER;
'Dette har vi fått til 2023–2026' lines: no measures). 3 Mål og tiltak: a reading note, then per goal a label 'Mål
n' and the goal sentence in bold (the GOALS), a table 'Nr | Tiltak | Ansvarleg | Frist' (rows kept whole;
MEASURES = the Tiltak cells, linked to the goal above) and an italic 'Slik ser vi at vi lukkast: …' indicator
line (no measure; its years and percentages no deadlines). 4 Oppfølging (process). Then a shaded heading 'Summary
in English' on the LAST PAGE: an English note saying the Norwegian text is the plan, 'Our goals' with 'Goal n:
<English sentence>' (TRANSLATIONS of the four goals: no goals of their own) and 'Key actions', a table 'Action |
Responsible | When' repeating FIVE of the measures in English (T1.1, T1.2, T2.1, T3.1, T4.1 with English unit names
and 'Autumn 2027', 'Ongoing', '1 August 2027', '2027', 'First half of 2027'): NO MEASURES, owners or deadlines of
their own — each is counted once, in the Norwegian table. OWNERS = Ansvarleg ('Biblioteket og Frivilligsentralen',
'NAV og Flyktningtenesta' two each; 'Kultur og fritid' ONE unit; 'Alle einingsleiarar' diffuse; empty = none).
DEADLINE = Frist ('haust 2027', '2028', '2027', '1. halvår 2027', 'vår 2027' periods; '1.8.2027' date; 'løpande'
continuous; 'kvar vår', 'kvar haust' recurring; '2031' after 2027–2030; empty = none).
"""


# =========================================================================== 3 Swedish scanned paper copy with OCR layer (reportlab)

SV_SLUG = "skolvagar-skannad-ocr-sv"
SV_TITLE = "Handlingsplan för trygga skolvägar 2027–2029"
SV_GOALS = [
    ("G1", "Passagerna närmast skolorna ska vara säkra för barn som går och cyklar"),
    ("G2", "Biltrafiken vid skolorna ska minska när eleverna kommer och går"),
    ("G3", "Fler elever ska gå eller cykla till skolan"),
    ("G4", "Kommunen ska ha god kunskap om trafiksäkerheten på skolvägarna"),
]
SV_SHORT = ["Säkra passager", "Mindre biltrafik", "Gå och cykla", "Kunskap och uppföljning"]
SV_LEFTOVER = "[kontrollera siffrorna för 2025 med polisen]"
# (id, nr, Åtgärd, goal, Ansvarig as printed, owners, Klart as printed or None, kind, note)
SV_ROWS = [
    ("A1.1", "1.1", "Bygga en upphöjd gångpassage vid Ekbackens skola", "G1", "Gatuenheten", ["Gatuenheten"],
     "2027-08-15", "date", "ISO date"),
    ("A1.2", "1.2", "Sänka hastigheten till 30 km/tim på gatorna närmast skolorna", "G1", "Trafiknämnden",
     ["Trafiknämnden"], "Hösten 2027", "period", ""),
    ("A1.3", "1.3", "Förbättra belysningen längs gång- och cykelvägen till Norrskolan", "G1", "Gatuenheten",
     ["Gatuenheten"], "2028", "period", ""),
    ("A2.1", "2.1", "Inrätta avlämningsplatser för bilar en bit från skolornas entréer", "G2",
     "Gatuenheten och Fastighetsenheten", ["Gatuenheten", "Fastighetsenheten"], "Läsåret 2027/28", "period",
     "two owners joined by 'och'; a school year"),
    ("A2.2", "2.2", "Uppmana föräldrar att gå eller cykla med barnen i stället för att skjutsa", "G2",
     "Alla rektorer", ["Alla rektorer"], "Varje höst", "recurring", "'Alla rektorer' diffuse; recurring"),
    ("A2.3", "2.3", "Genomföra en kampanj för cykelhjälm tillsammans med NTF", "G2", "", [], "Våren 2028",
     "period", "empty Ansvarig cell: no owner (NTF in the text is a partner)"),
    ("A3.1", "3.1", "Ta fram kartor över säkra skolvägar för varje skola", "G3", "Samhällsbyggnadsförvaltningen",
     ["Samhällsbyggnadsförvaltningen"], "2027-12-31", "date", "ISO date"),
    ("A3.2", "3.2", "Starta gående skolbussar med vuxna som följer barnen", "G3",
     "Barn- och utbildningsförvaltningen", ["Barn- och utbildningsförvaltningen"], "2028", "period",
     "one owner (one förvaltning named with 'och')"),
    ("A3.3", "3.3", "Utbilda elever i årskurs 4 i trafikkunskap och cykling", "G3",
     "Barn- och utbildningsförvaltningen", ["Barn- och utbildningsförvaltningen"], "Löpande", "continuous",
     "continuous"),
    ("A4.1", "4.1", "Genomföra trafikräkningar och hastighetsmätningar vid alla skolor", "G4", "Trafiknämnden",
     ["Trafiknämnden"], "Årligen", "recurring", "recurring"),
    ("A4.2", "4.2", "Sammanställa olyckor och tillbud på skolvägarna i en årlig rapport", "G4",
     "Miljö- och byggnämnden", ["Miljö- och byggnämnden"], None, None,
     "one owner (one nämnd); empty Klart cell: no deadline"),
    ("A4.3", "4.3", "Bygga om korsningen Storgatan–Skolvägen till en cirkulationsplats", "G4", "Gatuenheten",
     ["Gatuenheten"], "2030", "period", "'2030' after the plan period 2027–2029"),
]
SV_TEXT = {
    "intro": [
        "Många föräldrar i Hassleby upplever att skolvägen är otrygg, och de skjutsar därför sina barn med bil. "
        "Det ger mer trafik just vid skolorna. Handlingsplanen visar vad kommunen ska göra för att barnen ska "
        "kunna gå och cykla säkert till skolan.",
        "Enligt skollagen ska utbildningen bedrivas i en trygg miljö, och enligt trafikförordningen ska hastigheten "
        "anpassas till förhållandena. Bestämmelserna är inte mål i planen, men planen bygger på dem.",
    ],
    "stats": [["", "2023", "2024", "2025"],
              ["Polisrapporterade olyckor nära skolor", "6", "4", "7"],
              ["Elever som går eller cyklar till skolan", "54 %", "52 %", "49 %"]],
    "source": "Källa: Polisen och kommunens resvaneundersökning " + SV_LEFTOVER,
    "done": ["– Ny gång- och cykelväg till Ekbackens skola 2024",
             "– Hastighetsgräns 40 km/tim i Hassleby tätort 2025"],
    "follow": "Samhällsbyggnadsförvaltningen samordnar arbetet och redovisar planen för kommunstyrelsen varje år "
              "i samband med årsredovisningen. Planen revideras 2029.",
}


def _sv_vector_pdf(pdf: Path) -> None:
    """The paper original: what was printed, signed, stamped and scanned (reportlab platypus, vector)."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        KeepTogether,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    f = bk.reportlab_fonts("LS")
    reg, bold, ital = f["normal"], f["bold"], f["italic"]
    body = ParagraphStyle("b", fontName=reg, fontSize=10, leading=13.5, spaceAfter=5)
    h1 = ParagraphStyle("h1", fontName=bold, fontSize=12.5, leading=16, spaceBefore=8, spaceAfter=4)
    title = ParagraphStyle("t", fontName=bold, fontSize=17, leading=21, spaceAfter=4)
    small = ParagraphStyle("s", fontName=ital, fontSize=9, leading=11.5, spaceAfter=5)
    goal = ParagraphStyle("g", fontName=bold, fontSize=10, leading=13)
    cell = ParagraphStyle("c", fontName=reg, fontSize=9, leading=11.2)
    cellb = ParagraphStyle("cb", parent=cell, fontName=bold)
    W, H = A4

    def furniture(c, doc):
        c.saveState()
        c.setFont(bold, 10)
        c.drawString(20 * mm, H - 16 * mm, "HASSLEBY KOMMUN")
        c.setFont(reg, 8.5)
        c.drawString(20 * mm, H - 20 * mm, "Kommunstyrelsen")
        c.drawRightString(W - 20 * mm, 12 * mm, f"Sida {doc.page} ({SV_PAGES})")
        if doc.page == 1:  # the registry's stamp, in ink
            c.setStrokeColor(colors.HexColor("#333333"))
            c.setLineWidth(1.2)
            x, y, w, h = W - 78 * mm, H - 34 * mm, 56 * mm, 22 * mm
            c.roundRect(x, y, w, h, 3 * mm, stroke=1, fill=0)
            c.setFont(bold, 9)
            c.drawCentredString(x + w / 2, y + h - 6 * mm, "HASSLEBY KOMMUN")
            c.setFont(reg, 8.5)
            c.drawCentredString(x + w / 2, y + h - 11 * mm, "Inkom 2027-01-18")
            c.drawCentredString(x + w / 2, y + h - 16 * mm, "Dnr KS 2026/412")
        c.restoreState()

    story = [Spacer(1, 14 * mm), Paragraph(SV_TITLE, title),
             Paragraph("Antagen av kommunfullmäktige 2026-12-14, § 187", small)]
    story.append(Paragraph("1 Bakgrund", h1))
    story += [Paragraph(t, body) for t in SV_TEXT["intro"]]
    ts = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("FONT", (0, 0), (-1, -1), reg, 9),
                     ("FONT", (0, 0), (-1, 0), bold, 9), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    story.append(Table(SV_TEXT["stats"], colWidths=[90 * mm, 22 * mm, 22 * mm, 22 * mm], style=ts))
    story.append(Paragraph(SV_TEXT["source"], small))
    story.append(Paragraph("Det här har vi gjort", ParagraphStyle("h3", parent=goal, spaceAfter=2)))
    story += [Paragraph(t, body) for t in SV_TEXT["done"]]
    story.append(Paragraph("2 Mål", h1))
    story.append(Paragraph("Kommunen har fyra mål för arbetet med trygga skolvägar.", body))
    rows = [[Paragraph(f"Mål {i}", goal), Paragraph(t, goal)] for i, (_g, t) in enumerate(SV_GOALS, 1)]
    story.append(Table(rows, colWidths=[18 * mm, 152 * mm],
                       style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)])))
    story.append(Paragraph("3 Åtgärder", h1))
    story.append(Paragraph("Tabellen visar åtgärderna under varje mål, vem som ansvarar och när åtgärden ska "
                           "vara klar.", body))
    data = [[Paragraph(x, cellb) for x in ("Nr", "Åtgärd", "Ansvarig", "Klart")]]
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9d9d9"))]
    for gi, g in enumerate(("G1", "G2", "G3", "G4"), 1):
        style += [("SPAN", (0, len(data)), (-1, len(data))),
                  ("BACKGROUND", (0, len(data)), (-1, len(data)), colors.HexColor("#eeeeee"))]
        data.append([Paragraph(f"Mål {gi} – {SV_SHORT[gi - 1]}", cellb), "", "", ""])
        for _id, nr, text, gg, who, _o, when, _k, _n in SV_ROWS:
            if gg == g:
                data.append([Paragraph(nr, cell), Paragraph(text, cell), Paragraph(who, cell),
                             Paragraph(when or "", cell)])
    story.append(Table(data, colWidths=[10 * mm, 72 * mm, 58 * mm, 30 * mm], style=TableStyle(style),
                       repeatRows=1))
    story.append(Paragraph("4 Uppföljning", h1))
    story.append(Paragraph(SV_TEXT["follow"], body))
    sig = Table([["Hassleby 2026-12-15", ""], ["", ""],
                 ["Anna Lindqvist", "Per Holm"], ["kommunstyrelsens ordförande", "kommundirektör"]],
                colWidths=[80 * mm, 80 * mm], rowHeights=[6 * mm, 14 * mm, 5 * mm, 5 * mm],
                style=TableStyle([("FONT", (0, 0), (-1, -1), reg, 9.5), ("LINEBELOW", (0, 1), (0, 1), 0.5, colors.black),
                                  ("LINEBELOW", (1, 1), (1, 1), 0.5, colors.black),
                                  ("RIGHTPADDING", (0, 0), (-1, -1), 14)]))
    story.append(Spacer(1, 6 * mm))
    story.append(KeepTogether([sig]))
    doc = SimpleDocTemplate(str(pdf), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=26 * mm,
                            bottomMargin=20 * mm, title=SV_TITLE, author="Hassleby kommun", invariant=1)
    doc.build(story, onFirstPage=furniture, onLaterPages=furniture)


SV_DPI = 150
SV_PAGES = 2  # 'Sida n (N)': the page count of the original, checked by --verify
SV_OCR_FIXES = {"Inkom": "lnkom", "2027-01-18": "2027-0l-18"}  # the stamp, as the OCR engine misread it


def _bbox_words(pdf: Path) -> list[list[tuple[float, float, float, float, str]]]:
    """The words of every page with their boxes (pt, top-left origin), as pdftotext -bbox-layout reads them, in
    its reading order."""
    out = subprocess.run(["pdftotext", "-bbox-layout", "-enc", "UTF-8", str(pdf), "-"], check=True,
                         capture_output=True, text=True).stdout
    pages = []
    for page in out.split("<page ")[1:]:
        words = []
        for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>',
                             page):
            words.append((float(m[1]), float(m[2]), float(m[3]), float(m[4]), _h.unescape(m[5])))
        pages.append(words)
    return pages


def _scan(png: Path, page: int, sig: bool) -> None:
    """Make a rendered page look scanned: paper tone, speckles, a scanner streak, the signatures in ink on the
    last page (deterministic: seeded)."""
    from PIL import Image, ImageDraw

    im = Image.open(png).convert("L")
    w, h = im.size
    rnd = random.Random(4800 + page)
    im = im.point(lambda v: 244 if v > 250 else max(0, v - 12))
    dr = ImageDraw.Draw(im)
    for _ in range(420):
        x, y = rnd.randrange(w), rnd.randrange(h)
        r = rnd.choice((0, 0, 1))
        dr.ellipse((x, y, x + r, y + r), fill=rnd.randrange(60, 170))
    x = int(w * 0.87)
    dr.line((x, 0, x, h), fill=226, width=1)
    if sig:
        for k, x0 in enumerate((int(w * 0.14), int(w * 0.56))):
            pts = [(x0 + i * 6, sig + int(18 * (((i * (7 + k)) % 11) / 11 - 0.5))) for i in range(28)]
            dr.line(pts, fill=40, width=3)
    im.save(png, optimize=False)


@plan_builder
def build_skolvagar_skannad_ocr_sv() -> tuple[Plan, Path]:
    """Swedish handlingsplan as a SCANNED PAPER COPY with an OCR text layer (reportlab): the signed and stamped
    original is rendered to 150 dpi greyscale page images with paper tone, speckles and a scanner streak; the
    PDF holds the images and, over them, the words as INVISIBLE text (render mode 3), each word placed and
    scaled to its box one by one, as OCR software writes them. Table rules, stamp frame and signatures exist
    only in the picture."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen.canvas import Canvas

    slug = SV_SLUG
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    plan = Plan(slug=slug, language="sv", title=SV_TITLE, period=(2027, 2029),
                goals=[G(g, t) for g, t in SV_GOALS], measures=mb37._rows(SV_ROWS, 2029), source_ext="pdf",
                notes=SV_NOTES)
    pdf = d / f"{slug}.pdf"
    f = bk.reportlab_fonts("LS")
    W, H = A4
    with tempfile.TemporaryDirectory(prefix="b48-scan-") as tmp:
        orig = Path(tmp) / "original.pdf"
        _sv_vector_pdf(orig)
        pages = _bbox_words(orig)
        subprocess.run(["pdftoppm", "-r", str(SV_DPI), "-gray", "-png", str(orig), str(Path(tmp) / "p")],
                       check=True)
        pngs = sorted(Path(tmp).glob("p-*.png"))
        c = Canvas(str(pdf), pagesize=A4, invariant=1, pageCompression=0)
        c.setTitle("")
        c.setAuthor("")
        c.setCreator("ScanStation 4 OCR")
        for n, (png, words) in enumerate(zip(pngs, pages, strict=True), 1):
            sig = None
            if n == len(pngs):  # the signature line: the name row under it, in image pixels
                yn = min((w[1] for w in words if w[4] == "Lindqvist"), default=None)
                sig = int((yn - 14) * SV_DPI / 72) if yn else None
            _scan(png, n, sig)
            c.drawImage(ImageReader(io.BytesIO(png.read_bytes())), 0, 0, W, H)  # named by content, not by path
            t = c.beginText()
            t.setTextRenderMode(3)
            for x0, y0, x1, y1, word in words:
                word = SV_OCR_FIXES.get(word, word) if n == 1 and y1 < 110 else word
                fs = max(4.0, (y1 - y0) / 1.149)
                t.setFont(f["normal"], fs)
                t.setHorizScale(100.0 * (x1 - x0) / max(0.1, stringWidth(word, f["normal"], fs)))
                t.setTextOrigin(x0, H - y1 + 0.212 * fs)
                t.textOut(word)
            if sig:
                t.setFont(f["normal"], 11)
                t.setHorizScale(100.0)
                t.setTextOrigin(W * 0.16, H - (sig * 72 / SV_DPI) - 4)
                t.textOut("Å-/uu~")
            c.drawText(t)
            c.showPage()
        c.save()
    _gold(plan, pdf, leftovers=(SV_LEFTOVER,))
    return plan, pdf


SV_NOTES = """
reportlab, A4 portrait, Hassleby kommun (Kommunstyrelsen): the adopted plan as a SCANNED PAPER COPY with an OCR
TEXT LAYER, as an archive publishes a signed original. The paper original (Liberation Sans 10 pt, ruled tables,
letterhead 'HASSLEBY KOMMUN / Kommunstyrelsen', 'Sida n (2)') is rendered to 150 dpi greyscale page images with a
paper tone, speckles and a scanner streak; the registry's stamp ('HASSLEBY KOMMUN / Inkom 2027-01-18 / Dnr KS
2026/412' in a rounded frame) and two ink signatures are in the picture. Over each image the OCR layer: every word
INVISIBLE (text render mode 3), placed at its box and scaled to its width one by one. There are NO VECTOR LINES:
the table rules, the shading of the header and goal rows and the signature lines exist only in the image. The OCR
layer misreads the stamp ('lnkom 2027-0l-18': no date, no deadline) and reads the left signature as 'Å-/uu~'. P. 1:
title, 'Antagen av kommunfullmäktige 2026-12-14, § 187', 1 Bakgrund (skollagen and trafikförordningen 'ska':
traps, no goals), a statistics table 2023–2025 with the source line 'Källa: Polisen och kommunens
resvaneundersökning [kontrollera siffrorna för 2025 med polisen]' (the bracket = EDITORIAL LEFTOVER), 'Det här har
vi gjort' lines (no measures); 2 Mål: 'Mål n' + bold sentence in a two-column borderless table (the GOALS); 3
Åtgärder: ONE ruled table 'Nr | Åtgärd | Ansvarig | Klart' with shaded group rows 'Mål n – <short name>' (the short
name is no goal; the number links the rows below to goal n), header repeated after the page break (MEASURES = the
Åtgärd cells); 4 Uppföljning (process) and the signatures 'Hassleby 2026-12-15', 'Anna Lindqvist, kommunstyrelsens
ordförande', 'Per Holm, kommundirektör' (no owners). OWNERS = Ansvarig ('Gatuenheten och Fastighetsenheten' two;
'Barn- och utbildningsförvaltningen', 'Miljö- och byggnämnden' ONE each; 'Alla rektorer' diffuse; empty = none).
DEADLINE = Klart ('2027-08-15', '2027-12-31' dates; 'Hösten 2027', '2028', 'Läsåret 2027/28', 'Våren 2028' periods;
'Varje höst', 'Årligen' recurring; 'Löpande' continuous; '2030' after 2027–2029; empty = none).
"""


# =========================================================================== 4 English web page, data table, browser print (Chromium)

EN_SLUG = "empty-homes-datatable-en"
EN_TITLE = "Empty Homes Action Plan 2027–2030"
EN_URL = "https://www.ashcombe.gov.uk/housing/empty-homes/action-plan"
EN_STAMP = "03/03/2027, 14:26"
EN_GOALS = [
    ("G1", "Fewer homes in Ashcombe stand empty for more than two years"),
    ("G2", "Owners of empty homes get the advice and help they need to bring them back into use"),
    ("G3", "Empty homes that cause problems for neighbours are dealt with quickly"),
    ("G4", "Homes brought back into use provide affordable places to live for local people"),
]
EN_PRIORITY = {"G1": "1 – Fewer long-term empty homes", "G2": "2 – Help for owners",
               "G3": "3 – Problem properties", "G4": "4 – Affordable homes"}
EN_LEFTOVER = "[add link to Cabinet report]"
# (id, ref, Action, goal, Lead as printed, owners, Due as printed or None, kind, note) — in the table's order:
# sorted by Due, ascending, as the site's date sort does it (empty first, then dates, then words)
EN_ROWS = [
    ("EH10", "EH10", "Bid to Homes England for funding to buy and refurbish long-term empty homes", "G4",
     "Housing Strategy and Development", ["Housing Strategy and Development"], None, None,
     "one team; empty Due cell: no deadline (sorted to the top by the ascending sort)"),
    ("EH2", "EH2", "Charge the maximum council tax premium on homes empty for more than one year", "G1",
     "Council Tax", ["Council Tax"], "April 2027", "period", ""),
    ("EH3", "EH3", "Publish an empty homes guide for owners on the council website", "G2",
     "Private Sector Housing and Communications", ["Private Sector Housing", "Communications"], "June 2027",
     "period", "two owners joined by 'and'"),
    ("EH1", "EH1", "Review every home empty for more than two years and contact each owner", "G1",
     "Private Sector Housing", ["Private Sector Housing"], "September 2027", "period", ""),
    ("EH5", "EH5", "Run a matchmaker scheme that links owners who want to sell with buyers", "G2", "", [],
     "Q1 2028", "period", "empty Lead cell: no owner"),
    ("EH7", "EH7", "Set up an online form for residents to report empty homes", "G3", "Customer Services",
     ["Customer Services"], "31 March 2028", "date", "a date"),
    ("EH12", "EH12", "Agree nomination rights for local people on every home brought back with council funding",
     "G4", "Housing Strategy and Development", ["Housing Strategy and Development"], "2028", "period", ""),
    ("EH9", "EH9", "Lease empty homes from owners and let them at affordable rents through Ashcombe Lettings",
     "G4", "Ashcombe Lettings", ["Ashcombe Lettings"], "December 2028", "period", ""),
    ("EH4", "EH4", "Offer interest-free loans of up to £25,000 to bring empty homes up to standard", "G2",
     "Private Sector Housing", ["Private Sector Housing"], "2028/29", "period", "a financial year"),
    ("EH11", "EH11", "Turn empty space above shops in the town centre into flats", "G4",
     "Planning and Regeneration", ["Planning and Regeneration"], "April 2031", "period",
     "one team named with 'and'; 'April 2031' after the plan period 2027–2030"),
    ("EH6", "EH6", "Use enforcement powers, including Empty Dwelling Management Orders, where owners do not act",
     "G3", "Environmental Health", ["Environmental Health"], "Ongoing", "continuous", "continuous"),
    ("EH8", "EH8", "Count empty homes in every parish with the parish councils", "G1", "All housing officers",
     ["All housing officers"], "Every April", "recurring", "'All housing officers' diffuse; recurring"),
]
EN_TEXT = {
    "intro": "Around 640 homes in Ashcombe district have stood empty for more than six months. This action plan "
             "sets out what the council will do between 2027 and 2030 to bring them back into use. It was "
             "approved by Cabinet on 11 February 2027.",
    "why": "Empty homes are a wasted resource at a time when more than 1,900 households are on the housing "
           "register. The Housing Act 2004 says that a council must keep the housing conditions in its area under "
           "review, and the government's guidance says councils should have a strategy for empty homes. These "
           "duties are not goals of this plan.",
    "facts": ["643 homes empty for more than six months (October 2026)",
              "212 homes empty for more than two years",
              "1,934 households on the housing register"],
    "done": ["Brought 118 empty homes back into use",
             "Introduced the council tax premium for homes empty for two years",
             "Appointed a second empty homes officer"],
    "guide": "The table lists every action in the plan. Use the search box to find an action, or select a column "
             "heading to sort the table. The Priority column shows which priority each action supports.",
    "kpi": ["Number of homes empty for more than two years (2026: 212, target 2030: 150)",
            "Number of empty homes brought back into use each year (target: 50)",
            "Number of homes let at affordable rents through Ashcombe Lettings"],
    "next": "We will report progress to the Housing and Communities Scrutiny Panel every six months. The plan "
            "will be reviewed in 2029.",
}
EN_CSS = """
@page { size: A4; margin: 15mm 12mm 14mm 12mm;
  @top-left { content: "%STAMP%"; font: 8pt 'Liberation Sans'; color: #000; }
  @top-center { content: "%TITLE% | Ashcombe District Council"; font: 8pt 'Liberation Sans'; color: #000; }
  @bottom-left { content: "%URL%"; font: 8pt 'Liberation Sans'; color: #000; }
  @bottom-right { content: counter(page) "/" counter(pages); font: 8pt 'Liberation Sans'; color: #000; } }
body { font-family: 'Liberation Sans', sans-serif; font-size: 10.5pt; color: #0b0c0c; margin: 0; line-height: 1.35; }
.site { background: #1d3b2a; color: #fff; padding: 8px 14px; display: flex; justify-content: space-between;
  align-items: center; }
.site b { font-size: 14pt; } .site span { font-size: 9pt; }
nav { background: #e8efe9; font-size: 9pt; padding: 5px 14px; } nav a { color: #1d3b2a; margin-right: 14px; }
.crumbs { font-size: 8.5pt; color: #505a5f; margin: 8px 14px 0; }
main { margin: 0 14px; }
h1 { font-size: 21pt; margin: 6px 0 2px; } h2 { font-size: 14pt; margin: 14px 0 5px; color: #1d3b2a; }
.updated { font-size: 9pt; color: #505a5f; margin-bottom: 8px; }
ul { margin: 3px 0 6px 0; padding-left: 18px; } li { margin-bottom: 2px; }
ol.prios { padding-left: 0; list-style: none; } ol.prios li { margin-bottom: 5px; }
ol.prios b { color: #1d3b2a; }
.dt-top { display: flex; justify-content: space-between; font-size: 9pt; margin: 6px 0 4px; }
.dt-top .box { border: 1px solid #8a8a8a; padding: 1px 6px; display: inline-block; min-width: 26px; }
.dt-top .search { border: 1px solid #8a8a8a; display: inline-block; width: 150px; height: 13px;
  vertical-align: middle; }
table.dt { border-collapse: collapse; width: 100%; font-size: 9pt; }
table.dt th { text-align: left; border-bottom: 2px solid #111; padding: 5px 18px 5px 5px; position: relative;
  background: #fff; }
table.dt th .sort { position: absolute; right: 4px; color: #b0b0b0; font-size: 8pt; }
table.dt th.sorted { background: #eef3ef; } table.dt th.sorted .sort { color: #111; }
table.dt td { padding: 5px; border-bottom: 1px solid #d0d0d0; vertical-align: top; }
table.dt tr:nth-child(even) td { background: #f6f6f6; }
table.dt td.sorted { background: #f0f5f1 !important; }
table.dt tr { break-inside: avoid; }
.dt-bottom { display: flex; justify-content: space-between; font-size: 9pt; margin: 6px 0 10px; }
.pager span { border: 1px solid #bbb; padding: 1px 6px; margin-left: 3px; color: #888; }
.pager span.cur { color: #000; border-color: #333; }
footer { background: #1d3b2a; color: #fff; font-size: 8.5pt; padding: 8px 14px; margin-top: 12px; }
"""


@plan_builder
def build_empty_homes_datatable_en() -> tuple[Plan, Path]:
    """English council web page (HTML → Chromium): 'Priority n: <sentence>' list, then the action plan as an
    INTERACTIVE DATA TABLE ('Show 25 entries', 'Search:', sort arrows on every head, sorted by Due ▲, 'Showing 1
    to 12 of 12 entries', pager), the rows in DUE-DATE order so the priorities are interleaved and the link is the
    Priority cell; saved from the browser with its print header and footer (date and time, page title, URL,
    'n/N')."""
    slug = EN_SLUG
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    plan = Plan(slug=slug, language="en", title=EN_TITLE, period=(2027, 2030),
                goals=[G(g, t) for g, t in EN_GOALS], measures=mb37._rows(EN_ROWS, 2030), source_ext="html",
                notes=EN_NOTES)
    css = (EN_CSS.replace("%STAMP%", EN_STAMP).replace("%TITLE%", EN_TITLE).replace("%URL%", EN_URL))
    heads = ["Ref", "Action", "Priority", "Lead", "Due"]
    th = "".join(f'<th class="sorted">{h} <span class="sort">▲</span></th>' if h == "Due"
                 else f'<th>{h} <span class="sort">⇅</span></th>' for h in heads)
    trs = []
    for _id, ref, text, g, who, _o, when, _k, _n in EN_ROWS:
        trs.append(f"<tr><td>{E(ref)}</td><td>{E(text)}</td><td>{E(EN_PRIORITY[g])}</td><td>{E(who)}</td>"
                   f'<td class="sorted">{E(when or "")}</td></tr>')
    li = lambda items: "".join(f"<li>{E(x)}</li>" for x in items)  # noqa: E731
    prios = "".join(f"<li><b>Priority {i}:</b> {E(t)}</li>" for i, (_g, t) in enumerate(EN_GOALS, 1))
    html = f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>{E(EN_TITLE)} | Ashcombe District Council</title>
<style>{css}</style></head><body>
<div class="site"><b>Ashcombe District Council</b><span>Search this site · Sign in · Contact us</span></div>
<nav><a>Bins and recycling</a><a>Council tax</a><a>Housing</a><a>Planning</a><a>Your council</a></nav>
<div class="crumbs">Home › Housing › Empty homes › Empty Homes Action Plan 2027–2030</div>
<main>
<h1>{E(EN_TITLE)}</h1>
<div class="updated">Last updated: 3 March 2027</div>
<p>{E(EN_TEXT["intro"])}</p>
<h2>Why empty homes matter</h2>
<p>{E(EN_TEXT["why"])}</p>
<h2>Empty homes in figures</h2>
<ul>{li(EN_TEXT["facts"])}</ul>
<h2>What we achieved 2023–2026</h2>
<ul>{li(EN_TEXT["done"])}</ul>
<h2>Our priorities</h2>
<ol class="prios">{prios}</ol>
<h2>Action plan</h2>
<p>{E(EN_TEXT["guide"])}</p>
<div class="dt-top"><div>Show <span class="box">25 ▾</span> entries</div><div>Search: <span class="search"></span></div></div>
<table class="dt"><colgroup><col style="width:7%"><col style="width:40%"><col style="width:17%"><col style="width:21%"><col style="width:15%"></colgroup><thead><tr>{th}</tr></thead><tbody>
{chr(10).join(trs)}
</tbody></table>
<div class="dt-bottom"><div>Showing 1 to {len(EN_ROWS)} of {len(EN_ROWS)} entries</div>
<div class="pager"><span>Previous</span><span class="cur">1</span><span>Next</span></div></div>
<h2>How we will measure progress</h2>
<p>These measures tell us whether the plan is working. They are not actions.</p>
<ul>{li(EN_TEXT["kpi"])}</ul>
<h2>What happens next</h2>
<p>{E(EN_TEXT["next"])}</p>
<h2>Related documents</h2>
<ul><li>Housing Strategy 2025–2030</li><li>Cabinet report, 11 February 2027 {E(EN_LEFTOVER)}</li></ul>
</main>
<footer>© Ashcombe District Council · Accessibility · Privacy · Cookies</footer>
</body></html>
"""
    src = d / f"{slug}.html"
    src.write_text(html, encoding="utf-8")
    pdf = bk.chromium_pdf(src, d / f"{slug}.pdf")
    _gold(plan, pdf, leftovers=(EN_LEFTOVER,))
    return plan, pdf


EN_NOTES = """
HTML → Chromium, A4 portrait, Liberation Sans, Ashcombe District Council: the plan's WEB PAGE SAVED FROM THE
BROWSER WITH ITS PRINT HEADER AND FOOTER: at the top of every page the date and time of printing '03/03/2027,
14:26' (left; no deadline) and the page title 'Empty Homes Action Plan 2027–2030 | Ashcombe District Council'
(centre), at the foot the URL 'https://www.ashcombe.gov.uk/housing/empty-homes/action-plan' (left) and 'n/N'
(right). Site header, menu, breadcrumbs, 'Last updated: 3 March 2027'. Intro (approved by Cabinet 11 February
2027), 'Why empty homes matter' (the Housing Act 2004 'must' and the guidance's 'should': traps, no goals), 'Empty
homes in figures' and 'What we achieved 2023–2026' lists (no measures), 'Our priorities': 'Priority n: <sentence>'
(the GOALS, without 'Priority n:'). 'Action plan': a reading note and the actions as an INTERACTIVE DATA TABLE as a
DataTables widget prints: 'Show 25 ▾ entries', 'Search:' box, a sort mark on every column head (⇅; '▲' on Due,
the sorted column, shaded), 'Ref | Action | Priority | Lead | Due', then 'Showing 1 to 12 of 12 entries' and a
pager 'Previous 1 Next'. The rows stand in DUE ORDER, ascending, as the site's date sort puts them (the row with an
empty Due first, then dates, then 'Ongoing' and 'Every April'), so the priorities are INTERLEAVED: the link is the
Priority cell '<n> – <short name>' (the short name is no goal; the number links the action to priority n). Refs
EH1–EH12 are not in order. MEASURES = the Action cells. 'How we will measure progress' (KPIs with targets: no
measures), 'What happens next' (process), 'Related documents' whose Cabinet-report line ends with the placeholder
'[add link to Cabinet report]' = EDITORIAL LEFTOVER. OWNERS = Lead ('Private Sector Housing and Communications'
two; 'Planning and Regeneration', 'Housing Strategy and Development' ONE team each; 'All housing officers' diffuse;
empty = none). DEADLINE = Due ('April 2027', 'June 2027', 'September 2027', 'Q1 2028', '2028', 'December 2028',
'2028/29' periods; '31 March 2028' date; 'Ongoing' continuous; 'Every April' recurring; 'April 2031' after
2027–2030; empty = none).
"""


# =========================================================================== checks


def _layout_facts(slug: str) -> list[str]:
    """One set of layout facts per plan, read back from the PDF: the bokmål template prints the three placeholder
    texts and no PDF form widgets; the nynorsk plan prints its English summary, with every English goal and key
    action, on the last page after the last measure; the Swedish scan has one image per page, no vector path,
    only invisible text (render mode 3) and the OCR misreading of the stamp; the English page prints the browser
    header and footer (date, URL, 'n/N') on every page and the data table's 'Showing 1 to 12 of 12 entries'."""
    import pdfplumber

    pdf = OUT / slug / f"{slug}.pdf"
    pages = mb3.pdftotext_pages(pdf)
    sq = mb3._squash
    bad = []
    if slug == NB_SLUG:
        text = "".join(pages)
        for ph in (NB_PH_TEXT, NB_PH_LIST, NB_PH_DATE):
            if text.count(sq(ph)) != 1:
                bad.append(f"{slug}: placeholder {ph!r} not printed exactly once")
        if b"/Widget" in pdf.read_bytes():
            bad.append(f"{slug}: the content controls were exported as form fields")
    if slug == NN_SLUG:
        last = pages[-1]
        if sq("Summary in English") not in last:
            bad.append(f"{slug}: the English summary is not on the last page")
        for t in NN_GOALS_EN + [r[0] for r in NN_KEY_ACTIONS_EN[1:]]:
            if sq(t)[:30] not in last:
                bad.append(f"{slug}: English line {t[:30]!r} not on the last page")
        if sq("Summary in English") in "".join(pages[:-1]):
            bad.append(f"{slug}: the English summary starts before the last page")
    if slug == SV_SLUG:
        with pdfplumber.open(str(pdf)) as doc:
            for n, p in enumerate(doc.pages, 1):
                if len(p.images) != 1 or p.lines or p.rects or p.curves:
                    bad.append(f"{slug}: p. {n} is not one image with no vector graphics")
        data = pdf.read_bytes()  # page streams uncompressed (the images are ASCII85: no spaces)
        if b"3 Tr" not in data or re.search(rb"\b[0-2] Tr\b", data):
            bad.append(f"{slug}: the text layer is not all invisible (render mode 3)")
        if [sq(f"Sida {i} ({SV_PAGES})") in p for i, p in enumerate(pages, 1)] != [True] * SV_PAGES:
            bad.append(f"{slug}: not {SV_PAGES} pages numbered 'Sida n ({SV_PAGES})'")
        if sq("lnkom 2027-0l-18") not in pages[0]:
            bad.append(f"{slug}: the stamp's OCR misreading is not on p. 1")
    if slug == EN_SLUG:
        for i, p in enumerate(pages, 1):
            for want in (EN_STAMP, EN_URL, f"{i}/{len(pages)}"):
                if sq(want) not in p:
                    bad.append(f"{slug}: browser header/footer {want!r} missing on p. {i}")
        if sq(f"Showing 1 to {len(EN_ROWS)} of {len(EN_ROWS)} entries") not in "".join(pages):
            bad.append(f"{slug}: no 'Showing … entries' line")
    return bad


def verify(slug: str) -> list[str]:
    """mb3.verify (pdftotext, page by page), batch 34's whole-text check on content order and the layout facts."""
    return mb3.verify(slug) + mb34._whole_text_raw(slug) + _layout_facts(slug)


def main(argv: list[str]) -> None:
    """Build the plans (or the SLUGs), --verify or --twice: blindkit.plans_main."""
    bk.plans_main(argv, plans=PLANS, out=OUT, verify=verify, patterns=PATTERNS)


if __name__ == "__main__":
    main(sys.argv[1:])
