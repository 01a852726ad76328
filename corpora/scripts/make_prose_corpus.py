#!/usr/bin/env python3
"""Rebuild the authored prose / nynorsk / English / slide evaluation documents.

For every slug below this script writes the source document (.docx with python-docx,
.odt/.odp with odfpy) to corpora/authored/<slug>/ and exports it to PDF with LibreOffice
(soffice --headless).  Sources and PDFs are made byte-for-byte reproducible (fixed zip
time stamps, fixed core properties, fixed PDF dates and ID; see _odf_helpers.py).

The gold files (<slug>.gold.yaml) are written by hand and are NOT generated here; if you
change the text of a document, re-check its gold file against the new PDF.

    python corpora/scripts/make_prose_corpus.py            # all documents
    python corpora/scripts/make_prose_corpus.py temaplan-nynorsk orientering-slides
    python corpora/scripts/make_prose_corpus.py --verify     # check the gold files against the PDFs
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _odf_helpers as H

ROOT = Path(__file__).resolve().parents[1] / "authored"

BUILDERS = {}


def builder(slug):
    def deco(fn):
        BUILDERS[slug] = fn
        return fn

    return deco


def outdir(slug: str) -> Path:
    d = ROOT / slug
    d.mkdir(parents=True, exist_ok=True)
    return d


# =========================================================================== docx basics


def new_docx(font="Arial", size=11):
    import docx
    from docx.enum.section import WD_ORIENT  # noqa: F401
    from docx.shared import Cm, Pt

    doc = docx.Document()
    H.docx_fix_fonts(doc, font)
    normal = doc.styles["Normal"]
    normal.font.size = Pt(size)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.1
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.5)
    sec.top_margin, sec.bottom_margin = Cm(2.5), Cm(2.2)
    sec.header_distance, sec.footer_distance = Cm(1.2), Cm(1.0)
    return doc


def style_headings(doc, sizes=(16, 13, 11.5), color=(0x1F, 0x3A, 0x5F)):
    from docx.shared import Pt, RGBColor

    for lvl, sz in enumerate(sizes, start=1):
        st = doc.styles[f"Heading {lvl}"]
        st.font.size = Pt(sz)
        st.font.bold = True
        st.font.italic = False
        st.font.color.rgb = RGBColor(*color)
        st.paragraph_format.space_before = Pt(18 if lvl == 1 else 12)
        st.paragraph_format.space_after = Pt(6)


def add_toc_styles(doc, text_width_cm=16.0):
    """Word's 'toc 1' / 'toc 2' paragraph styles with a dotted right tab."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
    from docx.shared import Cm, Pt

    for lvl, indent in ((1, 0.0), (2, 0.6)):
        st = doc.styles.add_style(f"toc {lvl}", WD_STYLE_TYPE.PARAGRAPH)
        st.base_style = doc.styles["Normal"]
        st.paragraph_format.left_indent = Cm(indent)
        st.paragraph_format.space_after = Pt(4 if lvl == 1 else 2)
        st.paragraph_format.space_before = Pt(6 if lvl == 1 else 0)
        st.paragraph_format.tab_stops.add_tab_stop(
            Cm(text_width_cm), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS
        )
        if lvl == 1:
            st.font.bold = True


def header_footer(section, left, right, footer_prefix="Side ", numpages=False, text_width_cm=16.0):
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.shared import Cm, Pt, RGBColor

    section.header.is_linked_to_previous = False
    section.footer.is_linked_to_previous = False
    hp = section.header.paragraphs[0]
    hp.text = ""
    from docx.shared import Twips

    for pos in (4680, 9360):  # the template's Header style tabs (US Letter)
        hp.paragraph_format.tab_stops.add_tab_stop(Twips(pos), WD_TAB_ALIGNMENT.CLEAR)
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(text_width_cm), WD_TAB_ALIGNMENT.RIGHT)
    r = hp.add_run(f"{left}\t{right}")
    r.font.size = Pt(9)
    r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    fp = section.footer.paragraphs[0]
    fp.text = ""
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def small(run):
        run.font.size = Pt(9)

    r = fp.add_run(footer_prefix)
    small(r)
    H.docx_field(fp, "PAGE", "1", small)
    if numpages:
        r = fp.add_run(" av ")
        small(r)
        H.docx_field(fp, "NUMPAGES", "1", small)


def set_col_widths(table, widths_cm):
    """Fixed column widths (grid + every cell), as Word writes them."""
    from docx.shared import Cm

    table.autofit = False
    for col, w in zip(table.columns, widths_cm, strict=False):
        col.width = Cm(w)
    for row in table.rows:
        for c, w in zip(row.cells, widths_cm, strict=False):
            c.width = Cm(w)


def para(
    doc,
    text,
    style=None,
    bold=False,
    italic=False,
    size=None,
    align=None,
    space_after=None,
    color=None,
    keep_next=False,
):
    from docx.shared import Pt, RGBColor

    p = doc.add_paragraph(style=style)
    if text:
        r = p.add_run(text)
        r.bold = bold or None
        r.italic = italic or None
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor(*color)
    if align is not None:
        p.alignment = align
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    if keep_next:
        p.paragraph_format.keep_with_next = True
    return p


def bullets(doc, items, style="List Bullet"):
    from docx.shared import Pt

    out = []
    for it in items:
        p = doc.add_paragraph(it, style=style)
        p.paragraph_format.space_after = Pt(3)
        out.append(p)
    return out


def numbered_goal(doc, number, text, bold_number=True, indent_cm=1.1, bold_text=False):
    """A manually numbered goal line with a hanging indent ("1.1<tab>Alle ... skal ...")."""
    from docx.shared import Cm, Pt

    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.left_indent = Cm(indent_cm)
    pf.first_line_indent = Cm(-indent_cm)
    pf.tab_stops.add_tab_stop(Cm(indent_cm))
    pf.space_after = Pt(4)
    r = p.add_run(f"{number}\t")
    r.bold = bold_number or None
    r = p.add_run(text)
    r.bold = bold_text or None
    return p


def save_docx(doc, path: Path, title: str, author: str):
    H.docx_freeze_core(doc, title, author)
    doc.save(str(path))
    H.freeze_zip(path)


# =========================================================================== 1. samfunnsdel

SAMF_TITLE = "Kommuneplanens samfunnsdel 2024–2036"
SAMF_KOMMUNE = "Fjellvik kommune"
SAMF_VISION = "Sammen skaper vi et levende Fjellvik"

SAMF_AREAS = [
    {
        "no": "3.1",
        "title": "Trygge og aktive lokalsamfunn",
        "intro": (
            "Gode lokalsamfunn bygges av folk som kjenner hverandre og tar del i fellesskapet. "
            "Fjellvik har et rikt organisasjonsliv, men mange lag sliter med rekruttering, og "
            "flere innbyggere enn før bor alene."
        ),
        "challenges": [
            "Andelen innbyggere over 80 år vil nesten dobles fram mot 2036, mens antallet i yrkesaktiv alder går ned.",
            "Flere bor alene, og flere oppgir at de ofte er ensomme (Folkehelseundersøkelsen 2022).",
            "Frivillige lag og foreninger melder om færre aktive medlemmer og behov for nye møteplasser.",
            "Det er store forskjeller i levekår mellom bygdelagene.",
        ],
        "main": (
            "Hovedmål 1",
            "Fjellvik skal ha trygge og inkluderende lokalsamfunn der alle kan delta.",
        ),
        "subs": [
            ("1.1", "Alle innbyggere skal ha tilgang til gode møteplasser i sitt nærmiljø."),
            (
                "1.2",
                "Flere innbyggere skal delta i frivillig arbeid og organiserte fritidsaktiviteter.",
            ),
            ("1.3", "Eldre skal kunne bo trygt hjemme lengst mulig."),
        ],
        "strat_heading": "Strategier – dette vil vi gjøre",
        "strat_lead": "Vi vil:",
        "strategies": [
            "samarbeide med frivilligheten om å utvikle og drifte møteplasser i alle bygdelag",
            "bruke skoler, bibliotek og idrettshaller som åpne arenaer utenom skoletid",
            "legge til rette for at eldre kan bruke sine ressurser i frivillig arbeid",
            "planlegge boliger og uteområder slik at de er universelt utformet og trygge",
            "styrke det forebyggende arbeidet mot vold i nære relasjoner",
        ],
        "indicators": [
            "Andel innbyggere som deltar i frivillig arbeid",
            "Andel innbyggere som oppgir at de ofte er ensomme",
        ],
    },
    {
        "no": "3.2",
        "title": "Gode oppvekstvilkår for alle",
        "intro": (
            "Barn og unge er Fjellviks viktigste ressurs. De fleste barn i Fjellvik har en god "
            "oppvekst, men forskjellene øker, og for mange unge faller ut av videregående opplæring."
        ),
        "challenges": [
            "Andelen barn som vokser opp i familier med vedvarende lavinntekt har økt fra 7 til 10 prosent siden 2015.",
            "Flere unge oppgir psykiske plager, særlig jenter på ungdomstrinnet (Ungdata 2023).",
            "Gjennomføringen i videregående opplæring ligger under landsgjennomsnittet.",
        ],
        "main": (
            "Hovedmål 2",
            "Alle barn og unge i Fjellvik skal ha en trygg oppvekst og like muligheter til å lykkes.",
        ),
        "subs": [
            ("2.1", "Barn og familier som trenger det, skal få tidlig og samordnet hjelp."),
            ("2.2", "Alle elever skal oppleve mestring og trivsel i skolen."),
            ("2.3", "Flere unge skal fullføre videregående opplæring."),
        ],
        "strat_heading": "Vi vil",
        "strat_lead": None,
        "strategies": [
            "styrke det tverrfaglige samarbeidet mellom barnehage, skole, helsestasjon og PPT",
            "gjøre fritidsaktiviteter tilgjengelige for alle, uavhengig av familiens økonomi",
            "involvere barn og unge i saker som angår dem, blant annet gjennom ungdomsrådet",
            "samarbeide med fylkeskommunen og næringslivet om flere lærlingplasser",
        ],
        "indicators": [
            "Andel elever på 7. trinn som trives på skolen",
            "Andel elever som fullfører videregående opplæring innen fem år",
        ],
    },
    {
        "no": "3.3",
        "title": "Et bærekraftig og nyskapende næringsliv",
        "intro": (
            "Et variert næringsliv gir arbeidsplasser, skatteinntekter og grunnlag for bosetting. "
            "Fjellvik har sterke miljøer innen industri, landbruk og reiseliv."
        ),
        "challenges": [
            "Næringslivet er sårbart fordi mange arbeidsplasser er knyttet til få store bedrifter.",
            "Det er mangel på kvalifisert arbeidskraft innen helse, bygg og teknologi.",
            "Det er lite ledig, regulert næringsareal nær hovedvegnettet.",
        ],
        "main": (
            "Hovedmål 3",
            "Fjellvik skal ha et variert og konkurransedyktig næringsliv som gir attraktive arbeidsplasser.",
        ),
        "subs": [
            ("3.1", "Antall arbeidsplasser i privat sektor skal øke med 300 innen 2036."),
            ("3.2", "Fjellvik skal være en attraktiv vertskommune for grønn industri."),
        ],
        "strat_heading": "Strategier – dette vil vi gjøre",
        "strat_lead": "Vi vil:",
        "strategies": [
            "ha tilgjengelig og regulert næringsareal for ulike typer virksomheter",
            "samarbeide med næringsforeningen og nabokommunene om å tiltrekke kompetanse",
            "være en rask og forutsigbar saksbehandler for næringslivet",
            "utvikle reiselivet basert på natur, kultur og lokal mat",
        ],
        "indicators": [
            "Antall arbeidsplasser i privat sektor",
            "Gjennomsnittlig saksbehandlingstid for byggesaker",
        ],
    },
    {
        "no": "3.4",
        "title": "Klima, natur og god arealbruk",
        "intro": (
            "Kommunen har et særlig ansvar for å redusere klimagassutslipp, ta vare på naturen og "
            "forberede samfunnet på et klima i endring. Arealpolitikken er kommunens sterkeste "
            "virkemiddel."
        ),
        "challenges": [
            "Klimagassutslippene i Fjellvik kommer hovedsakelig fra veitrafikk og landbruk.",
            "Mer ekstremvær gir økt fare for flom, overvann og skred.",
            "Natur og matjord er bygget ned bit for bit over mange år.",
        ],
        "main": (
            "Hovedmål 4",
            "Fjellvik skal være et lavutslippssamfunn som tar vare på natur og matjord.",
        ),
        "subs": [
            (
                "4.1",
                "Klimagassutslippene i Fjellvik skal reduseres med 55 prosent innen 2030 sammenlignet med 2009.",
            ),
            ("4.2", "Dyrka mark skal ikke omdisponeres til utbyggingsformål."),
            ("4.3", "Kommunen skal være forberedt på et klima i endring."),
        ],
        "strat_heading": "Vi vil",
        "strat_lead": None,
        "strategies": [
            "konsentrere ny boligbygging til sentrum og de tre bygdesentrene",
            "legge klimabudsjettet til grunn i alle planer og i økonomiplanen",
            "ta hensyn til flom, overvann og skred i all arealplanlegging",
            "samarbeide med landbruket om klimatiltak og karbonlagring i jord",
        ],
        "indicators": [
            "Klimagassutslipp per innbygger (tonn CO2-ekvivalenter)",
            "Omdisponert dyrka mark (dekar per år)",
        ],
    },
]


def _samf_toc_entries():
    entries = [
        (1, "1", "Innledning"),
        (2, "1.1", "Hva er kommuneplanens samfunnsdel?"),
        (2, "1.2", "Visjon"),
        (2, "1.3", "Slik er planen bygget opp"),
        (1, "2", "Sammendrag – planen på én side"),
        (1, "3", "Satsingsområder"),
    ]
    for a in SAMF_AREAS:
        entries.append((2, a["no"], a["title"]))
    entries.append((1, "4", "Oppfølging og gjennomføring"))
    return entries


def build_samfunnsdel(path: Path, toc_pages: dict[str, int]):
    from docx.enum.section import WD_SECTION
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_BREAK
    from docx.shared import Pt, RGBColor

    doc = new_docx("Arial", 11)
    style_headings(doc)
    add_toc_styles(doc)
    blue = (0x1F, 0x3A, 0x5F)

    # ---- cover (section 1: no header/footer)
    for _ in range(5):
        para(doc, "")
    para(doc, SAMF_KOMMUNE.upper(), bold=True, size=14, color=blue, space_after=24)
    para(doc, "Kommuneplanens samfunnsdel", bold=True, size=30, color=blue, space_after=4)
    para(doc, "2024–2036", bold=True, size=30, color=blue, space_after=30)
    para(doc, SAMF_VISION, italic=True, size=16, space_after=120)
    para(doc, "Vedtatt av kommunestyret 13.06.2024, sak 42/24", size=10)
    para(doc, "Arkivsak 22/01187", size=10)
    doc.paragraphs[-1].runs[0].add_break(WD_BREAK.PAGE)

    # ---- table of contents (a Word TOC field with its cached result)
    para(doc, "Innhold", bold=True, size=16, color=blue, space_after=12)
    entries = _samf_toc_entries()
    for i, (lvl, no, title) in enumerate(entries):
        p = doc.add_paragraph(style=f"toc {lvl}")
        if i == 0:
            H.docx_fld_char(p, "begin")
            H.docx_instr(p, ' TOC \\o "1-2" \\h \\z \\u ')
            H.docx_fld_char(p, "separate")
        p.add_run(f"{no} {title}\t{toc_pages.get(no, 0)}")
        if i == len(entries) - 1:
            H.docx_fld_char(p, "end")

    # ---- section 2: body, page numbers restart at 1
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    H.docx_page_number_start(sec, 1)
    header_footer(sec, SAMF_TITLE, SAMF_KOMMUNE, footer_prefix="Side ")

    doc.add_heading("1 Innledning", 1)
    doc.add_heading("1.1 Hva er kommuneplanens samfunnsdel?", 2)
    para(
        doc,
        "Kommuneplanens samfunnsdel er kommunens overordnede styringsdokument. Den tar stilling til "
        "langsiktige utfordringer, mål og strategier for Fjellvik-samfunnet og for kommunen som "
        "organisasjon (plan- og bygningsloven § 11-2). Planen gjelder for perioden 2024–2036 og legges "
        "til grunn for kommunens temaplaner, budsjett og økonomiplan.",
    )
    para(
        doc,
        "Planen er utarbeidet etter bred medvirkning høsten 2023, med folkemøter i alle bygdelag, "
        "verksteder med ungdomsrådet, eldrerådet og rådet for personer med funksjonsnedsettelse, og en "
        "digital spørreundersøkelse som fikk 1 214 svar. Planforslaget lå ute til offentlig ettersyn fra "
        "8. februar til 22. mars 2024.",
    )
    doc.add_heading("1.2 Visjon", 2)
    p = para(doc, "", space_after=8)
    r = p.add_run("Visjon: ")
    r.bold = True
    r.font.size = Pt(13)
    r = p.add_run(SAMF_VISION)
    r.bold = True
    r.font.size = Pt(13)
    r.font.color.rgb = RGBColor(*blue)
    para(
        doc,
        "Visjonen uttrykker at vi bare lykkes når innbyggere, næringsliv, frivillighet og kommune drar i "
        "samme retning. «Levende» betyr at det skal være liv både i bygdene og i sentrum, og at Fjellvik "
        "skal være et godt sted å vokse opp, bo, arbeide og bli gammel.",
    )
    doc.add_heading("1.3 Slik er planen bygget opp", 2)
    para(
        doc,
        "Planen har fire satsingsområder. For hvert satsingsområde beskriver vi de viktigste "
        "utfordringene, hvilke mål vi skal nå (hovedmål og delmål) og hvilke strategier vi vil bruke for "
        "å nå målene. Under hvert satsingsområde står også indikatorer som viser om utviklingen går i "
        "riktig retning.",
    )
    para(
        doc,
        "Konkrete tiltak, ansvar og økonomi hører hjemme i kommuneplanens handlingsdel, som rulleres hvert "
        "år sammen med økonomiplanen.",
    )

    doc.add_heading("2 Sammendrag – planen på én side", 1)
    para(doc, f"Visjonen «{SAMF_VISION}» følges opp gjennom fire satsingsområder:")
    bullets(doc, [a["title"] for a in SAMF_AREAS])
    para(
        doc,
        "Folkehelse, likestilling, beredskap og FNs bærekraftsmål er gjennomgående perspektiver i alle "
        "satsingsområdene. Tabellen under viser hovedmålet for hvert satsingsområde.",
    )
    t = doc.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    H.docx_table_borders(t, 4, "9AA7B5")
    hdr = t.rows[0].cells
    for c, txt in zip(hdr, ("Satsingsområde", "Hovedmål"), strict=False):
        c.text = ""
        r = c.paragraphs[0].add_run(txt)
        r.bold = True
        r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        H.docx_shade(c, "1F3A5F")
    for a in SAMF_AREAS:
        row = t.add_row().cells
        row[0].text = a["title"]
        row[1].text = a["main"][1]
    set_col_widths(t, (5.5, 10.5))

    doc.add_heading("3 Satsingsområder", 1)
    for idx, a in enumerate(SAMF_AREAS):
        h = doc.add_heading(f"{a['no']} {a['title']}", 2)
        if idx > 0:
            h.paragraph_format.page_break_before = True
        para(doc, a["intro"])
        doc.add_heading("Utfordringer", 3)
        bullets(doc, a["challenges"])
        doc.add_heading("Mål", 3)
        numbered_goal(doc, a["main"][0] + ":", a["main"][1], indent_cm=2.6, bold_text=True)
        for no, txt in a["subs"]:
            numbered_goal(doc, no, txt, bold_number=True, indent_cm=1.0)
        doc.add_heading(a["strat_heading"], 3)
        if a["strat_lead"]:
            para(doc, a["strat_lead"], space_after=3, keep_next=True)
        bullets(doc, a["strategies"])
        para(doc, "", space_after=0)
        # indicator box: a one-cell shaded table
        box = doc.add_table(rows=1, cols=1)
        cell = box.rows[0].cells[0]
        H.docx_shade(cell, "E8EEF4")
        cell.text = ""
        r = cell.paragraphs[0].add_run("Slik måler vi utviklingen")
        r.bold = True
        for ind in a["indicators"]:
            cp = cell.add_paragraph(ind, style="List Bullet")
            cp.paragraph_format.space_after = Pt(2)
        para(doc, "", space_after=0)

    doc.add_heading("4 Oppfølging og gjennomføring", 1)
    para(
        doc,
        "Samfunnsdelen følges opp gjennom kommuneplanens handlingsdel, som vedtas sammen med "
        "økonomiplanen hvert år. Handlingsdelen viser hvilke tiltak kommunen prioriterer de neste fire "
        "årene for å nå målene i denne planen, hvem som har ansvaret, og hva tiltakene koster.",
    )
    para(
        doc,
        "Kommunens temaplaner og sektorplaner bygger på målene og strategiene i samfunnsdelen. Når en "
        "temaplan rulleres, skal den vise hvilke mål i samfunnsdelen den følger opp.",
    )
    para(
        doc,
        "Kommunestyret vurderer behovet for å revidere planen i kommunal planstrategi hver valgperiode. "
        "Resultatene rapporteres i årsmeldingen gjennom indikatorene under hvert satsingsområde.",
    )

    save_docx(doc, path, SAMF_TITLE, SAMF_KOMMUNE)


@builder("samfunnsdel-bokmal")
def make_samfunnsdel():
    slug = "samfunnsdel-bokmal"
    d = outdir(slug)
    src = d / f"{slug}.docx"
    # pass 1 with dummy TOC page numbers, pass 2 with the printed page numbers found in the PDF
    toc = {}
    for _ in range(3):
        build_samfunnsdel(src, toc)
        pdf = H.soffice_pdf(src, d)
        pages = H.pdf_pages_text(pdf)
        new = {
            no: H.find_line_page(pages, f"{no} {title}", first_page=3) - 2
            for _, no, title in _samf_toc_entries()
        }
        if new == toc:
            break
        toc = new
    else:
        raise SystemExit("TOC page numbers did not converge")
    return pdf


# =========================================================================== 3. action-plan-english

EN_TITLE = "Climate Action Plan 2025–2030"
EN_COUNCIL = "Ashcombe Borough Council"
EN_VISION = (
    "By 2040 Ashcombe will be a thriving, net zero borough where everyone benefits from cleaner air, "
    "warmer homes and greener places."
)

# goal -> objectives -> actions (number, text, lead, timeline, KPI)
EN_GOALS = [
    (
        "1",
        "Net zero council operations by 2030",
        "The council's own buildings, street lighting and vehicle fleet emitted 6,400 tCO2e in 2023/24. The council "
        "controls these emissions directly and must lead by example.",
        [
            (
                "1.1",
                "Reduce energy use in council buildings by 40% by 2028.",
                [
                    (
                        "1.1.1",
                        "Carry out energy audits of all council-owned buildings",
                        "Property Services",
                        "Q3 2026",
                        "Number of buildings audited",
                    ),
                    (
                        "1.1.2",
                        "Install solar PV on the civic centre and three leisure centres",
                        "Property Services",
                        "2025–2027",
                        "Installed solar capacity (kWp)",
                    ),
                    (
                        "1.1.3",
                        "Include a carbon impact assessment in all committee reports",
                        "All departments",
                        "By end of 2026",
                        "Share of committee reports with a carbon assessment",
                    ),
                ],
            ),
            (
                "1.2",
                "Replace the council fleet with zero-emission vehicles by 2030.",
                [
                    (
                        "1.2.1",
                        "Adopt a low-emission fleet procurement policy",
                        "Fleet Manager",
                        "Q1 2026",
                        "Policy adopted",
                    ),
                    (
                        "1.2.2",
                        "Install 30 charge points at council depots",
                        "Public Works and Parks",
                        "2026–2027",
                        "Number of depot charge points",
                    ),
                    (
                        "1.2.3",
                        "Trial hydrotreated vegetable oil (HVO) in refuse collection vehicles",
                        "Fleet Manager",
                        "Q2 2026",
                        "Fleet emissions (tCO2e)",
                    ),
                ],
            ),
        ],
    ),
    (
        "2",
        "Cleaner travel for everyone",
        "Transport is the largest source of emissions in the borough (38%). Most trips are short, and many could be "
        "made on foot, by bike or by bus.",
        [
            (
                "2.1",
                "Double the share of trips made by walking and cycling by 2030.",
                [
                    (
                        "2.1.1",
                        "Publish a Local Cycling and Walking Infrastructure Plan",
                        "Planning Department",
                        "Q3 2026",
                        "Plan published",
                    ),
                    (
                        "2.1.2",
                        "Deliver school streets at ten primary schools",
                        "Highways and Transport",
                        "2025–2027",
                        "Number of school streets in place",
                    ),
                    (
                        "2.1.3",
                        "Launch a community e-bike loan scheme",
                        "",
                        "2026",
                        "Number of e-bike loans per year",
                    ),
                ],
            ),
            (
                "2.2",
                "Make public electric vehicle charging available within a five-minute walk of every home.",
                [
                    (
                        "2.2.1",
                        "Install 200 on-street charge points in residential areas",
                        "Highways and Transport",
                        "",
                        "Number of public charge points",
                    ),
                ],
            ),
        ],
    ),
    (
        "3",
        "Warm, efficient homes",
        "Homes account for 31% of the borough's emissions. One in eight households lives in fuel poverty, and most "
        "homes were built before 1980.",
        [
            (
                "3.1",
                "Help 1,500 low-income households improve the energy efficiency of their homes by 2030.",
                [
                    (
                        "3.1.1",
                        "Run a free home energy advice service for residents",
                        "Housing Services and Climate Team",
                        "Ongoing",
                        "Number of households advised",
                    ),
                    (
                        "3.1.2",
                        "Bid for national retrofit funding",
                        "Housing Services",
                        "Annually",
                        "Funding secured (£)",
                    ),
                    (
                        "3.1.3",
                        "Enforce minimum energy efficiency standards in the private rented sector",
                        "Environmental Health",
                        "Q4 2026",
                        "Number of landlords contacted",
                    ),
                ],
            ),
            (
                "3.2",
                "Ensure that all new homes are built to net zero standards.",
                [
                    (
                        "3.2.1",
                        "Adopt a net zero new-build policy in the Local Plan review",
                        "Planning Department",
                        "2031",
                        "Policy adopted",
                    ),
                ],
            ),
        ],
    ),
    (
        "4",
        "A greener, climate-resilient borough",
        "Trees and green spaces store carbon, cool streets and soak up rainwater. Summer heat and surface water "
        "flooding are already affecting residents.",
        [
            (
                "4.1",
                "Increase tree canopy cover from 14% to 18% by 2030.",
                [
                    (
                        "4.1.1",
                        "Plant 20,000 trees on council land",
                        "Public Works and Parks",
                        "2025–2030",
                        "Number of trees planted",
                    ),
                    (
                        "4.1.2",
                        "Publish a tree and woodland strategy",
                        "Public Works and Parks / Planning Department",
                        "By end of 2026",
                        "Strategy published",
                    ),
                    (
                        "4.1.3",
                        "Create five new pocket parks in the neighbourhoods with least access to green space",
                        "Public Works and Parks",
                        "2026–2029",
                        "Number of pocket parks created",
                    ),
                    (
                        "4.1.4",
                        "Recruit and train 100 volunteer tree wardens",
                        "Climate Team",
                        "2025–2026",
                        "Number of active tree wardens",
                    ),
                ],
            ),
            ("4.2", "Reduce the risk of flooding to homes and businesses.", []),
        ],
    ),
]


def build_english(path: Path):
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.enum.text import WD_BREAK
    from docx.shared import Cm, Pt, RGBColor

    doc = new_docx("Arial", 10.5)
    green = (0x1B, 0x5E, 0x20)
    style_headings(doc, sizes=(17, 13, 11), color=green)
    sec0 = doc.sections[0]
    sec0.different_first_page_header_footer = True
    header_footer(sec0, f"{EN_COUNCIL} | {EN_TITLE}", "", footer_prefix="Page ")

    # cover (first page: empty header/footer)
    for _ in range(6):
        para(doc, "")
    para(doc, EN_COUNCIL, bold=True, size=14, color=green, space_after=18)
    para(doc, "Climate Action Plan", bold=True, size=32, color=green, space_after=2)
    para(doc, "2025–2030", bold=True, size=32, color=green, space_after=24)
    para(doc, "Towards a net zero Ashcombe", italic=True, size=16, space_after=150)
    para(doc, "Adopted by Full Council on 24 March 2025 (minute 112/25)", size=9.5)
    doc.paragraphs[-1].runs[0].add_break(WD_BREAK.PAGE)

    doc.add_heading("Foreword", 1)
    para(
        doc,
        "In 2019 this council declared a climate emergency. Since then we have cut emissions from our own "
        "buildings by a fifth, planted 6,000 trees and opened the borough's first cycle hub. This plan sets "
        "out what we will do next. We cannot do it alone: we will work with residents, businesses and "
        "partners across Ashcombe to make the borough cleaner, healthier and fairer.",
    )
    para(doc, "Cllr Priya Mehta, Cabinet Member for Climate and Environment", italic=True)

    doc.add_heading("1 Introduction", 1)
    para(
        doc,
        "Ashcombe's territorial emissions were 512 ktCO2e in 2018, the baseline year for this plan. By 2023 "
        "they had fallen to 441 ktCO2e. Transport (38%), homes (31%) and commercial and industrial buildings "
        "(24%) make up almost all of the total.",
    )
    para(
        doc,
        "This plan covers the five years from April 2025 to March 2030. It replaces the Climate Emergency "
        "Strategy 2020 and will be reviewed in 2027. It sits alongside the Local Plan, the Local Transport "
        "Plan and the Housing Strategy.",
    )

    doc.add_heading("2 Our vision", 1)
    p = para(doc, "", space_after=8)
    r = p.add_run("Vision: ")
    r.bold = True
    r.font.size = Pt(12)
    r = p.add_run(EN_VISION)
    r.bold = True
    r.font.size = Pt(12)
    r.font.color.rgb = RGBColor(*green)
    para(
        doc,
        "The vision looks beyond this plan to the borough's net zero target year. The goals below are the "
        "steps the council will take in the next five years.",
    )

    doc.add_heading("3 Goals, objectives and actions", 1)
    para(
        doc,
        "The plan has four goals. Each goal has objectives, which are measurable outcomes, and actions, which "
        "say what the council will do. Actions are numbered by goal and objective, so Action 1.1.1 belongs to "
        "Objective 1.1. The lead, timeline and key performance indicator (KPI) for every action are set out in "
        "the implementation plan in Appendix A.",
    )
    for gno, gtext, ctx, objectives in EN_GOALS:
        doc.add_heading(f"Goal {gno}: {gtext}", 2)
        para(doc, ctx)
        for ono, otext, actions in objectives:
            p = para(doc, "", space_after=3, keep_next=True)
            p.paragraph_format.space_before = Pt(6)
            r = p.add_run(f"Objective {ono} ")
            r.bold = True
            r.font.color.rgb = RGBColor(*green)
            r = p.add_run(otext)
            r.bold = True
            if not actions:
                para(
                    doc,
                    "Actions for this objective will be agreed with the Environment Agency and the Lead Local "
                    "Flood Authority during 2026 and added to the plan at its first review.",
                    italic=True,
                )
            for ano, atext, *_ in actions:
                p = numbered_goal(doc, f"Action {ano}", atext, bold_number=False, indent_cm=2.4)
                p.paragraph_format.left_indent = Cm(3.0)
                p.paragraph_format.first_line_indent = Cm(-2.4)
                p.paragraph_format.tab_stops.add_tab_stop(Cm(3.0))
                p.paragraph_format.space_after = Pt(2)

    doc.add_heading("4 Monitoring and reporting", 1)
    para(
        doc,
        "Progress will be reported every year to the Environment and Climate Committee and published on the "
        "council's website. Each action has a named lead and a KPI. Where an action is off track, the lead "
        "will set out what is needed to bring it back on track.",
    )
    para(
        doc,
        "Borough-wide emissions will be tracked using the national local authority greenhouse gas statistics, "
        "which are published with a two-year delay.",
    )

    # Appendix A: landscape implementation table
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(1.8)
    sec.different_first_page_header_footer = False
    header_footer(
        sec, f"{EN_COUNCIL} | {EN_TITLE}", "Appendix A", footer_prefix="Page ", text_width_cm=25.7
    )
    doc.add_heading("Appendix A: Implementation plan", 1)
    para(
        doc,
        "Leads are the service responsible for delivery. Timelines show when an action will be completed "
        "unless stated otherwise.",
    )
    widths = (11.2, 5.0, 3.3, 6.2)
    t = doc.add_table(rows=1, cols=4)
    H.docx_table_borders(t, 4, "7F7F7F")
    hdr = t.rows[0]
    H.docx_repeat_header(hdr)
    for c, txt in zip(hdr.cells, ("Action", "Lead", "Timeline", "KPI"), strict=False):
        c.text = ""
        r = c.paragraphs[0].add_run(txt)
        r.bold = True
        r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        H.docx_shade(c, "1B5E20")
    for gno, gtext, _, objectives in EN_GOALS:
        row = t.add_row()
        H.docx_cant_split(row)
        merged = row.cells[0].merge(row.cells[3])
        merged.text = ""
        r = merged.paragraphs[0].add_run(f"Goal {gno}: {gtext}")
        r.bold = True
        H.docx_shade(merged, "DCEDC8")
        for _ono, _otext, actions in objectives:
            for ano, atext, lead, timeline, kpi in actions:
                row = t.add_row()
                H.docx_cant_split(row)
                cells = row.cells
                cells[0].text = f"{ano} {atext}"
                cells[1].text = lead
                cells[2].text = timeline
                cells[3].text = kpi
    set_col_widths(t, widths)
    for row in t.rows:
        for c in row.cells:
            for p in c.paragraphs:
                p.paragraph_format.space_after = Pt(3)
                p.paragraph_format.space_before = Pt(3)
    save_docx(doc, path, f"{EN_COUNCIL} {EN_TITLE}", EN_COUNCIL)


@builder("action-plan-english")
def make_english():
    slug = "action-plan-english"
    d = outdir(slug)
    src = d / f"{slug}.docx"
    build_english(src)
    return H.soffice_pdf(src, d)


# =========================================================================== 5. planprogram-bolig

PP_TITLE = "Planprogram for boligsosial handlingsplan 2026–2030"
PP_KOMMUNE = "Breivang kommune"


def build_planprogram(path: Path):
    from docx.shared import Pt

    doc = new_docx("Arial", 11)
    teal = (0x00, 0x5A, 0x70)
    style_headings(doc, sizes=(15, 12.5, 11), color=teal)
    sec = doc.sections[0]
    header_footer(sec, PP_KOMMUNE, "Høringsutkast 15.09.2025", footer_prefix="Side ", numpages=True)

    para(doc, PP_KOMMUNE.upper(), bold=True, size=12, color=teal, space_after=6)
    para(
        doc,
        "Planprogram for boligsosial handlingsplan 2026–2030",
        bold=True,
        size=22,
        color=teal,
        space_after=6,
    )
    para(
        doc,
        "Høringsutkast – vedtatt lagt ut til offentlig ettersyn av formannskapet 10.09.2025, sak 88/25",
        italic=True,
        size=10,
        space_after=18,
    )

    doc.add_heading("1 Innledning", 1)
    doc.add_heading("1.1 Bakgrunn", 2)
    para(
        doc,
        "Kommunestyret vedtok i kommunal planstrategi 2024–2027 (sak 61/24) at det skal utarbeides en "
        "boligsosial handlingsplan. Gjeldende plan er fra 2014 og er ikke lenger oppdatert på "
        "utfordringsbildet, lovverket eller Husbankens virkemidler.",
    )
    para(
        doc,
        "Breivang har om lag 14 300 innbyggere, og kommunen eier eller leier 212 boliger til vanskeligstilte. "
        "TODO: sjekk tall mot KOSTRA 2024 før utsending. I 2024 fikk 46 husstander midlertidig botilbud, "
        "og 19 av dem var barnefamilier.",
    )
    doc.add_heading("1.2 Hva er et planprogram?", 2)
    para(
        doc,
        "Et planprogram beskriver formålet med planarbeidet, hvilke temaer som skal utredes, hvordan "
        "arbeidet skal organiseres, og hvordan innbyggere og berørte skal få medvirke (plan- og "
        "bygningsloven § 4-1). Kommunen lager planprogram også for denne temaplanen for å sikre åpenhet og "
        "god medvirkning tidlig i arbeidet. Planprogrammet fastsettes av formannskapet etter høring.",
    )

    doc.add_heading("2 Formål med planarbeidet", 1)
    para(
        doc,
        "Formålet med den boligsosiale handlingsplanen er å gi kommunen et felles grunnlag for å hjelpe "
        "vanskeligstilte på boligmarkedet, slik at flere kan skaffe seg og beholde en egnet bolig. Planen skal "
        "samordne innsatsen mellom tildelingskontoret, NAV, helse og omsorg, barneverntjenesten og "
        "eiendomsforvaltningen, og den skal vise hvordan kommunen bruker Husbankens virkemidler.",
    )

    doc.add_heading("3 Mål for planarbeidet", 1)
    para(doc, "Den boligsosiale handlingsplanen skal bidra til å nå disse målene:")
    for no, txt in (
        ("1.", "Alle innbyggere i Breivang skal ha en trygg og egnet bolig."),
        ("2.", "Kommunen skal ha en helhetlig og samordnet boligsosial innsats."),
        ("4.", "Ingen barnefamilier skal bo i midlertidig botilbud i mer enn tre måneder."),
    ):
        numbered_goal(doc, no, txt, bold_number=False, indent_cm=0.8)
    para(doc, "Målene konkretiseres med indikatorer i planen.", space_after=6)

    doc.add_heading("4 Temaer som skal utredes", 1)
    doc.add_heading("4.1 Boligbehov og boligmasse", 2)
    para(
        doc,
        "Planen skal gi en oversikt over hvem som trenger hjelp til å skaffe seg bolig, og om kommunens "
        "boligmasse er tilpasset behovet. Antall husstander som søker kommunal bolig har økt med 35 prosent "
        "siden 2020 (kilde?). Ventelisten har variert mye de siste årene (se figur 12). Mange av de "
        "kommunale boligene er små leiligheter fra 1970-tallet som ikke egner seg for barnefamilier eller "
        "personer med nedsatt funksjonsevne.",
    )
    doc.add_heading("4.2 Tildeling og oppfølging", 2)
    para(
        doc,
        "Planen skal se på kriteriene og rutinene for tildeling av kommunal bolig, hvordan leietakere følges "
        "opp, og hvordan flere kan gå fra å leie til å eie. Brukerundersøkelsen fra 2023 viser at mange "
        "leietakere ikke vet hvem de skal kontakte når de har spørsmål om boligen.",
    )
    doc.add_heading("4.3 Økonomiske virkemidler", 2)
    para(
        doc,
        "Startlån, tilskudd til etablering og tilpasning og bostøtte er viktige virkemidler. Planen skal "
        "vurdere hvordan kommunen kan bruke virkemidlene mer målrettet, blant annet overfor barnefamilier "
        "som leier på det private markedet.",
    )
    doc.add_heading("4.4 Samarbeid med private og frivillige", 2)
    para(
        doc,
        "Planen skal utrede samarbeid med private utleiere, boligbyggelag og frivillige organisasjoner, for "
        "eksempel om utleie til vanskeligstilte og om hjelp til flytting og innflytting.",
    )

    doc.add_heading("5 Krav til planen", 1)
    para(doc, "Den boligsosiale handlingsplanen skal:", keep_next=True)
    for req in (
        "Gi en beskrivelse av dagens boligsosiale situasjon og utfordringer i Breivang.",
        "Kartlegge behovet for kommunale boliger og tilrettelagte boliger fram mot 2035.",
        "Vurdere hvordan startlån og tilskudd kan brukes mer aktivt for at flere skal kunne eie egen bolig.",
        "Gjennomgå rutinene for tildeling av kommunal bolig og oppfølging av leietakere.",
        "Utarbeide en handlingsdel med tiltak, ansvar, frist og kostnad.",
        "Ivareta barneperspektivet og innspill fra ungdomsrådet og eldrerådet.",
    ):
        p = doc.add_paragraph(req, style="List Number")
        p.paragraph_format.space_after = Pt(3)

    doc.add_heading("6 Organisering", 1)
    doc.add_heading("6.1 Oppdragsgiver", 2)
    para(
        doc,
        "Kommunedirektøren er oppdragsgiver og legger planen fram for politisk behandling. Kommunalsjef "
        "helse og velferd er prosjekteier.",
    )
    doc.add_heading("6.2 Styringsgruppe", 2)
    doc.add_heading("6.3 Prosjektgruppe", 2)
    para(
        doc,
        "Prosjektgruppen ledes av rådgiver bolig ved tildelingskontoret og har representanter fra NAV, "
        "helse og omsorg, barneverntjenesten, flyktningtjenesten og eiendomsforvaltningen. Referater og "
        "tidligere utkast ligger her:",
        space_after=2,
    )
    p = para(doc, "", space_after=8)
    # Word stores the typed address as the visible text and a normalised file:/// target
    H.docx_hyperlink(p, "file:///K:/Plan/bolig.docx", "file://K:/Plan/bolig.docx")

    doc.add_heading("7 Medvirkning", 1)
    para(
        doc,
        "Planprogrammet legges ut til offentlig ettersyn i seks uker. Høringsfristen er [sett inn dato]. "
        "Innspill sendes til postmottak@breivang.kommune.no eller Breivang kommune, Postboks 100, "
        "1234 Breivang.",
    )
    para(doc, "Under arbeidet med planen vil vi særlig involvere:", space_after=3, keep_next=True)
    bullets(
        doc,
        [
            "brukere av kommunale boliger og deres pårørende",
            "ungdomsrådet, eldrerådet og rådet for personer med funksjonsnedsettelse",
            "NAV, Husbanken og frivillige organisasjoner",
            "private utleiere og boligbyggelag",
        ],
    )

    doc.add_heading("8 Framdrift", 1)
    para(
        doc,
        "Tabell 1 viser planlagt framdrift. Endelig plan skal vedtas av kommunestyret høsten 2026.",
    )
    para(
        doc,
        "Tabell 1: Framdrift for planarbeidet",
        bold=True,
        size=9.5,
        space_after=3,
        keep_next=True,
    )
    rows = [
        ("Aktivitet", "Tidspunkt"),
        ("Varsel om oppstart og høring av planprogram", "September–oktober 2025"),
        ("Fastsetting av planprogram i formannskapet", "Desember 2025"),
        ("Kartlegging og medvirkning", "Januar–april 2026"),
        ("Høringsutkast til plan", "Juni 2026"),
        ("Vedtak i kommunestyret", "November 2026"),
    ]
    t = doc.add_table(rows=0, cols=2)
    H.docx_table_borders(t, 4, "7F7F7F")
    for i, (a, b) in enumerate(rows):
        cells = t.add_row().cells
        cells[0].text, cells[1].text = a, b
        if i == 0:
            for c in cells:
                c.paragraphs[0].runs[0].bold = True
                H.docx_shade(c, "D5E8EC")
    set_col_widths(t, (10.0, 6.0))
    for row in t.rows:
        for c in row.cells:
            c.paragraphs[0].paragraph_format.space_after = Pt(2)
    save_docx(doc, path, PP_TITLE, PP_KOMMUNE)


@builder("planprogram-bolig")
def make_planprogram():
    slug = "planprogram-bolig"
    d = outdir(slug)
    src = d / f"{slug}.docx"
    build_planprogram(src)
    return H.soffice_pdf(src, d)


# =========================================================================== ODF (odfpy) basics


class Odt:
    """A small odfpy wrapper for an A4 text document with a cover page without header,
    running header/footer with page numbers, headings, lists and tables."""

    def __init__(
        self,
        header_left,
        header_right,
        body_font="Liberation Serif",
        head_font="Liberation Sans",
        size="11pt",
    ):
        from odf.opendocument import OpenDocumentText
        from odf.style import (
            FontFace,
            Footer,
            FooterStyle,
            Header,
            HeaderFooterProperties,
            HeaderStyle,
            MasterPage,
            PageLayout,
            PageLayoutProperties,
            ParagraphProperties,
            Style,
            TabStop,
            TabStops,
            TextProperties,
        )
        from odf.text import P, PageNumber, Tab

        self.doc = doc = OpenDocumentText()
        for f in dict.fromkeys((body_font, head_font)):
            doc.fontfacedecls.addElement(
                FontFace(
                    name=f,
                    fontfamily=f"'{f}'",
                    fontfamilygeneric="roman" if "Serif" in f else "swiss",
                    fontpitch="variable",
                )
            )
        self.body_font, self.head_font = body_font, head_font

        # page layouts and master pages
        def layout(name, header=True):
            pl = PageLayout(name=name)
            pl.addElement(
                PageLayoutProperties(
                    pagewidth="21cm",
                    pageheight="29.7cm",
                    printorientation="portrait",
                    margintop="1.6cm",
                    marginbottom="1.4cm",
                    marginleft="2.2cm",
                    marginright="2.2cm",
                )
            )
            if header:
                hs = HeaderStyle()
                hs.addElement(HeaderFooterProperties(minheight="0.6cm", marginbottom="0.5cm"))
                fs = FooterStyle()
                fs.addElement(HeaderFooterProperties(minheight="0.6cm", margintop="0.5cm"))
                pl.addElement(hs)
                pl.addElement(fs)
            doc.automaticstyles.addElement(pl)
            return pl

        pl_std = layout("pmStandard")
        pl_cover = layout("pmCover", header=False)

        dflt = Style(name="Standard", family="paragraph")
        dflt.addElement(
            TextProperties(fontname=body_font, fontsize=size, language="nn", country="NO")
        )
        dflt.addElement(
            ParagraphProperties(margintop="0cm", marginbottom="0.18cm", lineheight="115%")
        )
        doc.styles.addElement(dflt)
        self.styles = {}

        def pstyle(name, parent="Standard", auto=False, text=None, para=None, **kw):
            st = Style(name=name, family="paragraph", parentstylename=parent, **kw)
            if text:
                st.addElement(TextProperties(**text))
            if para:
                st.addElement(ParagraphProperties(**para))
            (doc.automaticstyles if auto else doc.styles).addElement(st)
            self.styles[name] = st
            return st

        self.pstyle = pstyle
        pstyle(
            "Heading_20_1",
            displayname="Heading 1",
            defaultoutlinelevel="1",
            text=dict(fontname=head_font, fontsize="17pt", fontweight="bold", color="#7a2e1f"),
            para=dict(margintop="0.6cm", marginbottom="0.25cm", keepwithnext="always"),
        )
        pstyle(
            "Heading_20_2",
            displayname="Heading 2",
            defaultoutlinelevel="2",
            text=dict(fontname=head_font, fontsize="13.5pt", fontweight="bold", color="#7a2e1f"),
            para=dict(margintop="0.45cm", marginbottom="0.2cm", keepwithnext="always"),
        )
        pstyle(
            "Heading_20_3",
            displayname="Heading 3",
            defaultoutlinelevel="3",
            text=dict(fontname=head_font, fontsize="11.5pt", fontweight="bold"),
            para=dict(margintop="0.3cm", marginbottom="0.12cm", keepwithnext="always"),
        )
        pstyle("Header", text=dict(fontname=head_font, fontsize="8.5pt", color="#555555"))
        self.styles["Header"].addElement(ParagraphProperties())
        ts = TabStops()
        ts.addElement(TabStop(position="16.6cm", type="right"))
        self.styles["Header"].getElementsByType(ParagraphProperties)[0].addElement(ts)
        pstyle(
            "Footer", text=dict(fontname=head_font, fontsize="8.5pt"), para=dict(textalign="center")
        )
        pstyle("List_20_Para", displayname="List Paragraph", para=dict(marginbottom="0.08cm"))
        pstyle(
            "Table_20_Contents",
            displayname="Table Contents",
            text=dict(fontsize="10pt"),
            para=dict(marginbottom="0cm", lineheight="110%"),
        )
        pstyle(
            "Table_20_Heading",
            parent="Table_20_Contents",
            displayname="Table Heading",
            text=dict(fontweight="bold", color="#ffffff", fontname=head_font),
        )
        pstyle("Goal", para=dict(marginleft="1.0cm", textindent="-1.0cm", marginbottom="0.12cm"))
        ts2 = TabStops()
        ts2.addElement(TabStop(position="0cm"))
        self.styles["Goal"].getElementsByType(ParagraphProperties)[0].addElement(ts2)
        # paragraph styles that switch master page (cover -> standard)
        pstyle(
            "P_cover",
            auto=True,
            masterpagename="Cover",
            para=dict(margintop="5cm"),
            text=dict(fontname=head_font, fontsize="14pt", fontweight="bold", color="#7a2e1f"),
        )
        pstyle(
            "P_after_cover",
            parent="Heading_20_1",
            auto=True,
            masterpagename="Standard",
            para=dict(pagenumber="auto", margintop="0cm"),
        )
        pstyle("P_pagebreak", parent="Heading_20_1", auto=True, para=dict(breakbefore="page"))

        # text styles
        self.bold = Style(name="T_bold", family="text")
        self.bold.addElement(TextProperties(fontweight="bold"))
        self.ital = Style(name="T_ital", family="text")
        self.ital.addElement(TextProperties(fontstyle="italic"))
        doc.automaticstyles.addElement(self.bold)
        doc.automaticstyles.addElement(self.ital)

        mp = MasterPage(name="Standard", pagelayoutname=pl_std)
        h = Header()
        hp = P(stylename="Header")
        hp.addText(header_left)
        hp.addElement(Tab())
        hp.addText(header_right)
        h.addElement(hp)
        f = Footer()
        fp = P(stylename="Footer")
        fp.addText("Side ")
        fp.addElement(PageNumber(selectpage="current", text="1"))
        f.addElement(fp)
        mp.addElement(h)
        mp.addElement(f)
        doc.masterstyles.addElement(mp)
        doc.masterstyles.addElement(
            MasterPage(name="Cover", pagelayoutname=pl_cover, nextstylename="Standard")
        )
        self._lists = {}
        self._n = 0

    # --- lists
    def list_style(self, name, char="•", indent=0.6, font=None):
        from odf.style import ListLevelLabelAlignment, ListLevelProperties, TextProperties
        from odf.text import ListLevelStyleBullet, ListStyle

        ls = ListStyle(name=name)
        lvl = ListLevelStyleBullet(level=1, bulletchar=char)
        lp = ListLevelProperties(listlevelpositionandspacemode="label-alignment")
        lp.addElement(
            ListLevelLabelAlignment(
                labelfollowedby="listtab",
                listtabstopposition=f"{indent}cm",
                textindent=f"-{indent - 0.15:.2f}cm",
                marginleft=f"{indent}cm",
            )
        )
        lvl.addElement(lp)
        if font:
            lvl.addElement(TextProperties(fontname=font))
        ls.addElement(lvl)
        self.doc.automaticstyles.addElement(ls)
        self._lists[name] = ls
        return ls

    def bullets(self, items, list_style):
        from odf.text import List, ListItem, P

        lst = List(stylename=list_style)
        for it in items:
            li = ListItem()
            p = P(stylename="List_20_Para")
            p.addText(it)
            li.addElement(p)
            lst.addElement(li)
        self.doc.text.addElement(lst)

    # --- paragraphs
    def h(self, level, text, style=None):
        from odf.text import H

        el = H(outlinelevel=level, stylename=style or f"Heading_20_{level}")
        el.addText(text)
        self.doc.text.addElement(el)
        return el

    def p(self, text="", style="Standard", bold_prefix=None, italic=False):
        from odf.text import P, Span

        el = P(stylename=style)
        if bold_prefix:
            s = Span(stylename=self.bold)
            s.addText(bold_prefix)
            el.addElement(s)
        if italic:
            s = Span(stylename=self.ital)
            s.addText(text)
            el.addElement(s)
        elif text:
            el.addText(text)
        self.doc.text.addElement(el)
        return el

    def goal(self, number, text):
        from odf.text import P, Span, Tab

        el = P(stylename="Goal")
        s = Span(stylename=self.bold)
        s.addText(number)
        el.addElement(s)
        el.addElement(Tab())
        el.addText(text)
        self.doc.text.addElement(el)
        return el

    # --- tables
    def table(self, name, widths_cm, header, rows, header_bg="#7a2e1f", group_bg="#ead9d3"):
        """ROWS: list of ("group", text) or ("row", [cells])."""
        from odf.style import (
            Style,
            TableCellProperties,
            TableColumnProperties,
            TableProperties,
            TableRowProperties,
        )
        from odf.table import (
            CoveredTableCell,
            Table,
            TableCell,
            TableColumn,
            TableHeaderRows,
            TableRow,
        )
        from odf.text import P, Span

        auto = self.doc.automaticstyles
        tst = Style(name=f"{name}_t", family="table")
        tst.addElement(TableProperties(width=f"{sum(widths_cm):.2f}cm", align="left"))
        auto.addElement(tst)
        cell_b = Style(name=f"{name}_c", family="table-cell")
        cell_b.addElement(TableCellProperties(border="0.5pt solid #8c8c8c", padding="0.09cm"))
        cell_h = Style(name=f"{name}_ch", family="table-cell")
        cell_h.addElement(
            TableCellProperties(
                border="0.5pt solid #8c8c8c", padding="0.09cm", backgroundcolor=header_bg
            )
        )
        cell_g = Style(name=f"{name}_cg", family="table-cell")
        cell_g.addElement(
            TableCellProperties(
                border="0.5pt solid #8c8c8c", padding="0.09cm", backgroundcolor=group_bg
            )
        )
        row_st = Style(name=f"{name}_r", family="table-row")
        row_st.addElement(TableRowProperties(keeptogether="always"))
        for s in (cell_b, cell_h, cell_g, row_st):
            auto.addElement(s)
        t = Table(name=name, stylename=tst)
        for i, w in enumerate(widths_cm):
            cs = Style(name=f"{name}_col{i}", family="table-column")
            cs.addElement(TableColumnProperties(columnwidth=f"{w}cm"))
            auto.addElement(cs)
            t.addElement(TableColumn(stylename=cs))
        hr = TableHeaderRows()
        tr = TableRow(stylename=row_st)
        for txt in header:
            c = TableCell(stylename=cell_h, valuetype="string")
            p = P(stylename="Table_20_Heading")
            p.addText(txt)
            c.addElement(p)
            tr.addElement(c)
        hr.addElement(tr)
        t.addElement(hr)
        for kind, data in rows:
            tr = TableRow(stylename=row_st)
            if kind == "group":
                c = TableCell(
                    stylename=cell_g, valuetype="string", numbercolumnsspanned=len(widths_cm)
                )
                p = P(stylename="Table_20_Contents")
                s = Span(stylename=self.bold)
                s.addText(data)
                p.addElement(s)
                c.addElement(p)
                tr.addElement(c)
                for _ in range(len(widths_cm) - 1):
                    tr.addElement(CoveredTableCell())
            else:
                for txt in data:
                    c = TableCell(stylename=cell_b, valuetype="string")
                    p = P(stylename="Table_20_Contents")
                    if txt:
                        p.addText(txt)
                    c.addElement(p)
                    tr.addElement(c)
            t.addElement(tr)
        self.doc.text.addElement(t)
        return t

    def save(self, path: Path, title: str, creator: str):
        from odf import dc, meta

        self.doc.meta.addElement(dc.Title(text=title))
        self.doc.meta.addElement(dc.Creator(text=creator))
        self.doc.meta.addElement(meta.CreationDate(text="2024-01-01T00:00:00"))
        self.doc.meta.addElement(dc.Date(text="2024-01-01T00:00:00"))
        self.doc.save(str(path))
        H.freeze_zip(path)


# =========================================================================== 2. temaplan-nynorsk

NN_TITLE = "Kommunedelplan for kultur 2025–2029"
NN_KOMMUNE = "Nordvoll kommune"

# (satsingsområde, intro, utfordringar, [(delmål-nr, delmål, [strategiar])])
NN_AREAS = [
    (
        "3.1 Møteplassar og kulturarenaer",
        "Biblioteket, kulturhuset og grendehusa er dei viktigaste offentlege møteplassane i Nordvoll. "
        "Fleire av grendehusa er gamle og lite tilgjengelege, og kulturhuset er ikkje fullt utnytta på dagtid.",
        [
            "Fire av ni grendehus manglar tilkomst for rullestol.",
            "Biblioteket har kort opningstid samanlikna med nabokommunane.",
            "Kulturhuset har få profesjonelle framsyningar og låg utleige på dagtid.",
        ],
        [
            (
                "1.1",
                "Innbyggjarane skal ha tilgang til opne og universelt utforma møteplassar i alle bygdene.",
                [
                    "Vi vil gjere biblioteket til ein open møtestad for alle aldrar.",
                    "Vi vil samarbeide med lag og organisasjonar om bruk av grendehusa.",
                ],
            ),
            (
                "1.2",
                "Kulturhuset skal vere eit regionalt senter for scenekunst.",
                [
                    "Vi vil auke talet på profesjonelle framsyningar i kulturhuset.",
                    "Vi vil utvikle kulturhuset saman med nabokommunane.",
                ],
            ),
        ],
    ),
    (
        "3.2 Barn og unge",
        "Eit godt kulturtilbod gjev barn og unge meistring, fellesskap og tilhøyrsle. Kulturskulen har i dag "
        "84 elevar på venteliste, og prisen hindrar somme familiar i å delta.",
        [
            "Kulturskulen har lang venteliste, særleg på instrumentopplæring.",
            "Barn i familiar med låg inntekt deltek sjeldnare i organiserte fritidsaktivitetar.",
            "Samarbeidet mellom skulane og kulturskulen er lite systematisk.",
        ],
        [
            (
                "2.1",
                "Alle barn og unge skal få høve til å delta i minst éin organisert kultur- eller fritidsaktivitet.",
                [
                    "Vi vil redusere ventelista i kulturskulen.",
                    "Vi vil gjere fritidsaktivitetar gratis eller rimelege for familiar med låg inntekt.",
                ],
            ),
            (
                "2.2",
                "Den kulturelle skulesekken skal gje alle elevar møte med profesjonell kunst kvart skuleår.",
                ["Vi vil styrkje samarbeidet mellom skulane og kulturskulen."],
            ),
        ],
    ),
    (
        "3.3 Kulturarv og frivilligheit",
        "Nordvoll har ein rik kulturarv frå fiske, jordbruk og båtbygging. Mykje av kunnskapen ligg hos "
        "historielaget og eldre innbyggjarar, og lite er digitalisert.",
        [
            "Fotoarkivet til historielaget er ikkje digitalisert og vert lagra under dårlege tilhøve.",
            "Kulturminna er lite kjende blant yngre innbyggjarar og tilreisande.",
            "Frivillige lag opplever søknadsordningane for kulturmidlar som tungvinte.",
        ],
        [
            (
                "3.1",
                "Kulturminna i Nordvoll skal vere kjende, tekne vare på og brukte.",
                ["Vi vil formidle lokalhistoria digitalt og i nærmiljøet."],
            ),
            (
                "3.2",
                "Frivillige lag og organisasjonar skal ha gode og føreseielege rammevilkår.",
                ["Vi vil forenkle søknadsordningane for kulturmidlar."],
            ),
        ],
    ),
]

# strategy text -> measure rows (Tiltak, Ansvarleg, Frist)
NN_MEASURES = {
    "Vi vil gjere biblioteket til ein open møtestad for alle aldrar.": [
        (
            "Innføre meirope bibliotek med tilgang kvar dag frå kl. 07 til 22",
            "Biblioteksjef",
            "Haust 2025",
        ),
        (
            "Arrangere språkkafé og leksehjelp på biblioteket",
            "Biblioteksjef og Frivilligsentralen",
            "Kvar haust",
        ),
    ],
    "Vi vil samarbeide med lag og organisasjonar om bruk av grendehusa.": [
        (
            "Kartleggje tilstand og universell utforming i alle grendehus",
            "Kultursjef",
            "Innan utgangen av 2026",
        ),
        (
            "Etablere ei tilskotsordning for oppgradering av grendehus",
            "Kommunalsjef for oppvekst og kultur",
            "2027",
        ),
    ],
    "Vi vil auke talet på profesjonelle framsyningar i kulturhuset.": [
        (
            "Inngå avtale med Riksteatret og regionteateret om fast turnéstopp",
            "Kulturhussjef",
            "31.12.2025",
        ),
        (
            "Opprette eit programråd for kulturhuset med representantar frå ungdomsrådet",
            "Kulturhussjef",
            "Vår 2026",
        ),
    ],
    "Vi vil redusere ventelista i kulturskulen.": [
        ("Auke talet på elevplassar i kulturskulen med 40", "Rektor kulturskulen", "2025–2027"),
        (
            "Tilby kulturskuletime i SFO på alle barneskular",
            "Rektor kulturskulen / SFO-leiar",
            "Haust 2026",
        ),
    ],
    "Vi vil gjere fritidsaktivitetar gratis eller rimelege for familiar med låg inntekt.": [
        ("Innføre fritidskort for barn og unge mellom 6 og 18 år", "Kommunalsjef", "01.08.2026"),
        (
            "Opprette ein utstyrssentral der barn og unge kan låne sports- og friluftsutstyr gratis",
            "Alle einingar",
            "2026",
        ),
    ],
    "Vi vil styrkje samarbeidet mellom skulane og kulturskulen.": [
        (
            "Kulturskulen og skulane lagar ein felles plan for den kulturelle skulesekken",
            "",
            "Haust 2025",
        ),
        ("Evaluere den kulturelle skulesekken saman med elevrådet", "Kultursjef", "Løpande"),
    ],
    "Vi vil formidle lokalhistoria digitalt og i nærmiljøet.": [
        ("Digitalisere fotoarkivet til historielaget", "Arkivleiar", "2030"),
        (
            "Lage ei kulturminneløype med QR-kodar i sentrum",
            "Kultursjef og teknisk eining",
            "1. halvår 2027",
        ),
    ],
}


@builder("temaplan-nynorsk")
def make_temaplan_nynorsk():
    slug = "temaplan-nynorsk"
    d = outdir(slug)
    o = Odt(NN_TITLE, NN_KOMMUNE)
    o.list_style("L_dash", "–", 0.6)
    o.list_style("L_dot", "•", 0.6)

    # cover
    o.p(NN_KOMMUNE.upper(), style="P_cover")
    o.pstyle(
        "P_title",
        auto=True,
        text=dict(fontname=o.head_font, fontsize="28pt", fontweight="bold", color="#7a2e1f"),
        para=dict(margintop="0.8cm", marginbottom="0.3cm"),
    )
    o.pstyle(
        "P_sub",
        auto=True,
        text=dict(fontname=o.head_font, fontsize="16pt", fontstyle="italic"),
        para=dict(marginbottom="9cm"),
    )
    o.pstyle("P_small", auto=True, text=dict(fontsize="10pt"))
    o.p("Kommunedelplan for kultur", style="P_title")
    o.p("2025–2029", style="P_title")
    o.p("«Kultur for alle – heile livet»", style="P_sub")
    o.p("Vedteken i kommunestyret 20.03.2025, sak 18/25", style="P_small")
    o.p("Saksnummer 24/00931", style="P_small")

    o.h(1, "1 Innleiing", style="P_after_cover")
    o.h(2, "1.1 Bakgrunn")
    o.p(
        "Kulturlivet i Nordvoll er prega av stor frivillig innsats, eit aktivt kulturhus og ein kulturskule med "
        "lange ventelister. Kommunedelplanen for kultur skal gje retning for korleis kommunen brukar ressursane "
        "sine på kulturfeltet i planperioden, og korleis kommunen samarbeider med frivillige lag, kunstnarar og "
        "næringsliv."
    )
    o.p(
        "Planen byggjer på samfunnsdelen av kommuneplanen 2023–2035, der «Levande bygder» er eitt av "
        "satsingsområda, og på kulturlova, folkebiblioteklova og opplæringslova sine føresegner om "
        "kulturskuletilbod."
    )
    o.h(2, "1.2 Planperiode og oppfølging")
    o.p(
        "Planen gjeld for perioden 2025–2029. Tiltaka i kapittel 4 vert rullerte årleg i samband med budsjett og "
        "økonomiplan, og kultursjefen rapporterer på tiltaka i årsmeldinga. Tiltak som ikkje har finansiering i "
        "vedteken økonomiplan, vert vurderte i den årlege budsjettprosessen."
    )
    o.h(2, "1.3 Medverknad")
    o.p(
        "Arbeidet har vore leia av ei arbeidsgruppe med representantar frå kulturskulen, biblioteket, "
        "frivilligsentralen, ungdomsrådet og kulturrådet. Hausten 2024 vart det halde opne møte i Nordvoll "
        "sentrum og på Sørbø, og 312 innbyggjarar svarte på ei digital spørjeundersøking. Planforslaget låg ute "
        "på høyring frå 9. desember 2024 til 27. januar 2025."
    )

    o.h(1, "2 Visjon og hovudmål")
    o.p("Kultur for alle – heile livet", bold_prefix="Visjon: ")
    o.p(
        "Visjonen seier at kulturtilbodet skal nå alle, frå dei minste i barnehagen til dei eldste på "
        "sjukeheimen, og at kultur er både oppleving, deltaking og eiga skaping."
    )
    o.h(3, "Hovudmål")
    o.p(
        "Nordvoll skal ha eit mangfaldig og inkluderande kulturliv der alle innbyggjarar kan oppleve, delta og "
        "skape."
    )
    o.p(
        "Hovudmålet er delt i seks delmål under tre satsingsområde. Til kvart delmål høyrer strategiar, og "
        "tiltaka for kvar strategi står i kapittel 4."
    )

    o.h(1, "3 Satsingsområde")
    for _i, (title, intro, challenges, goals) in enumerate(NN_AREAS):
        o.h(2, title)
        o.p(intro)
        o.h(3, "Utfordringar")
        o.bullets(challenges, "L_dash")
        o.h(3, "Delmål")
        for no, text, _ in goals:
            o.goal(no, text)
        o.h(3, "Strategiar")
        for no, _, strategies in goals:
            o.p("", bold_prefix=f"For å nå delmål {no}:")
            o.bullets(strategies, "L_dot")

    o.h(1, "4 Tiltak")
    o.p(
        "Tabellen viser tiltaka i planperioden, ordna etter strategiane i kapittel 3. Ansvarleg er den "
        "eininga eller leiaren som skal sørgje for at tiltaket vert gjennomført. Frist er når tiltaket skal "
        "vere gjennomført."
    )
    rows = []
    for _, _, _, goals in NN_AREAS:
        for _, _, strategies in goals:
            for s in strategies:
                if s in NN_MEASURES:
                    rows.append(("group", s))
                    rows.extend(("row", list(m)) for m in NN_MEASURES[s])
    o.table("Tiltak", [9.4, 4.2, 3.0], ["Tiltak", "Ansvarleg", "Frist"], rows)
    o.p("")
    o.p("Tiltak som gjeld fleire einingar, vert koordinerte av kultursjefen.", italic=True)

    src = d / f"{slug}.odt"
    o.save(src, NN_TITLE, NN_KOMMUNE)
    return H.soffice_pdf(src, d)


# =========================================================================== 4. orientering-slides

SL_KOMMUNE = "Storlia kommune"
SL_PLAN = "Leve hele livet – plan for eldre 2026–2030"

SL_GOALS = [
    ("Mål 1:", "Alle eldre skal kunne bo trygt hjemme så lenge de ønsker det"),
    ("Mål 2:", "Eldre skal ha en aktiv og meningsfull hverdag"),
    ("Mål 3:", "Pårørende skal oppleve seg sett, ivaretatt og avlastet"),
]

# slide title -> [(group label, [measure lines])]
SL_MEASURES = [
    (
        "Tiltak",
        [
            (
                "Mål 1: Trygt hjemme",
                [
                    "Etablere demensteam – Kommunalsjef helse – 2026",
                    "Innføre digitalt tilsyn i hjemmetjenesten – Enhetsleder hjemmetjenesten – Høst 2026",
                    "Kartlegge boliger som egner seg for eldre – Eiendom / Plan og bygg – 2027",
                ],
            ),
            (
                "Mål 2: Aktiv hverdag",
                [
                    "Tilby hverdagsrehabilitering i hele kommunen – Alle enheter – Løpende",
                    "Opprette stilling som frivillighetskoordinator – Frivilligsentralen – 1. halvår 2027",
                ],
            ),
        ],
    ),
    (
        "Tiltak (forts.)",
        [
            (
                "Mål 3: Pårørende",
                [
                    "Starte pårørendeskole for pårørende til personer med demens – Demenskoordinator – Vår 2027",
                    "Informere om avlastningstilbud på kommunens nettsider – Høst 2026",
                    "Utvide dagtilbudet for personer med demens – Kommunalsjef helse og omsorg – 2026–2027",
                ],
            ),
        ],
    ),
]

SL_TIMELINE = [
    ("Nov 2025", "Orientering i formannskapet"),
    ("Jan–feb 2026", "Medvirkning: eldreråd, brukerråd, pårørende"),
    ("Mars 2026", "Høringsutkast i formannskapet"),
    ("April–mai 2026", "Offentlig høring (6 uker)"),
    ("Juni 2026", "Vedtak i kommunestyret"),
]


class Odp:
    W, H = 28.0, 15.75

    def __init__(self, footer_text):
        from odf.draw import Frame, Rect, TextBox
        from odf.opendocument import OpenDocumentPresentation
        from odf.style import (
            DrawingPageProperties,
            FontFace,
            GraphicProperties,
            MasterPage,
            PageLayout,
            PageLayoutProperties,
            ParagraphProperties,
            Style,
            TextProperties,
        )
        from odf.text import P, PageNumber

        self.doc = doc = OpenDocumentPresentation()
        doc.fontfacedecls.addElement(
            FontFace(
                name="Liberation Sans",
                fontfamily="'Liberation Sans'",
                fontfamilygeneric="swiss",
                fontpitch="variable",
            )
        )
        pl = PageLayout(name="PM1")
        pl.addElement(
            PageLayoutProperties(
                margin="0cm",
                pagewidth=f"{self.W}cm",
                pageheight=f"{self.H}cm",
                printorientation="landscape",
            )
        )
        doc.automaticstyles.addElement(pl)
        self.dp = Style(name="dp1", family="drawing-page")
        self.dp.addElement(
            DrawingPageProperties(
                fill="solid",
                fillcolor="#ffffff",
                backgroundvisible="true",
                backgroundobjectsvisible="true",
            )
        )
        doc.automaticstyles.addElement(self.dp)
        self.auto = doc.automaticstyles
        self._n = 0

        def gstyle(name, **kw):
            st = Style(name=name, family="graphic")
            st.addElement(GraphicProperties(**kw))
            doc.automaticstyles.addElement(st)
            return st

        self.gstyle = gstyle
        self.g_text = gstyle(
            "gr_text",
            stroke="none",
            fill="none",
            autogrowheight="false",
            textareaverticalalign="top",
            paddingtop="0.1cm",
            paddingleft="0.1cm",
        )
        self.g_title = gstyle(
            "gr_title",
            stroke="none",
            fill="none",
            autogrowheight="false",
            textareaverticalalign="middle",
        )
        self.g_band = gstyle("gr_band", stroke="none", fill="solid", fillcolor="#0b4f6c")
        self.g_accent = gstyle("gr_accent", stroke="none", fill="solid", fillcolor="#f2a900")
        self.g_line = gstyle(
            "gr_line", stroke="solid", strokecolor="#0b4f6c", strokewidth="0.08cm", fill="none"
        )
        self.g_dot = gstyle("gr_dot", stroke="none", fill="solid", fillcolor="#f2a900")

        def pst(name, **tp):
            para = tp.pop("para", {})
            st = Style(name=name, family="paragraph")
            st.addElement(TextProperties(fontname="Liberation Sans", **tp))
            st.addElement(ParagraphProperties(**para))
            doc.automaticstyles.addElement(st)
            return st

        self.pst = pst
        self.p_title = pst("P_title", fontsize="32pt", fontweight="bold", color="#0b4f6c")
        self.p_big = pst("P_big", fontsize="40pt", fontweight="bold", color="#ffffff")
        self.p_sub = pst("P_sub", fontsize="22pt", color="#ffffff", para=dict(margintop="0.3cm"))
        self.p_meta = pst("P_meta", fontsize="14pt", color="#dfe9ee", para=dict(margintop="0.6cm"))
        self.p_body = pst(
            "P_body", fontsize="20pt", color="#1a1a1a", para=dict(marginbottom="0.25cm")
        )
        self.p_body2 = pst(
            "P_body2", fontsize="17pt", color="#1a1a1a", para=dict(marginbottom="0.15cm")
        )
        self.p_grp = pst(
            "P_grp",
            fontsize="19pt",
            fontweight="bold",
            color="#0b4f6c",
            para=dict(margintop="0.2cm", marginbottom="0.1cm"),
        )
        self.p_note = pst(
            "P_note",
            fontsize="15pt",
            fontstyle="italic",
            color="#555555",
            para=dict(marginbottom="0.3cm"),
        )
        self.p_foot = pst("P_foot", fontsize="10pt", color="#ffffff")
        self.p_footr = pst("P_footr", fontsize="10pt", color="#ffffff", para=dict(textalign="end"))
        self.p_tl_date = pst(
            "P_tl_date",
            fontsize="15pt",
            fontweight="bold",
            color="#0b4f6c",
            para=dict(textalign="center"),
        )
        self.p_tl_text = pst(
            "P_tl_text", fontsize="13pt", color="#1a1a1a", para=dict(textalign="center")
        )
        bold = Style(name="T_bold", family="text")
        bold.addElement(TextProperties(fontweight="bold"))
        doc.automaticstyles.addElement(bold)
        self.t_bold = bold

        # list styles
        from odf.style import ListLevelProperties
        from odf.text import ListLevelStyleBullet, ListLevelStyleNumber, ListStyle

        self.l_bul = ListStyle(name="L_bul")
        for lvl, ch, sb in ((1, "•", 0.0), (2, "–", 1.0)):
            b = ListLevelStyleBullet(level=lvl, bulletchar=ch)
            b.addElement(ListLevelProperties(spacebefore=f"{sb}cm", minlabelwidth="0.9cm"))
            b.addElement(
                TextProperties(
                    fontname="Liberation Sans",
                    fontsize="100%",
                    color="#f2a900" if lvl == 1 else "#0b4f6c",
                )
            )
            self.l_bul.addElement(b)
        doc.automaticstyles.addElement(self.l_bul)
        self.l_num = ListStyle(name="L_num")
        n = ListLevelStyleNumber(level=1, numformat="1", numsuffix=".")
        n.addElement(ListLevelProperties(spacebefore="0cm", minlabelwidth="1.0cm"))
        n.addElement(
            TextProperties(
                fontname="Liberation Sans", fontsize="100%", fontweight="bold", color="#0b4f6c"
            )
        )
        self.l_num.addElement(n)
        doc.automaticstyles.addElement(self.l_num)

        # master page: bottom band with municipality name and slide number
        mp = MasterPage(name="Storlia", pagelayoutname=pl, stylename=self.dp)
        band = Rect(
            stylename=self.g_band,
            x="0cm",
            y=f"{self.H - 0.9:.2f}cm",
            width=f"{self.W}cm",
            height="0.9cm",
        )
        mp.addElement(band)
        f = Frame(
            stylename=self.g_title,
            x="1.2cm",
            y=f"{self.H - 0.85:.2f}cm",
            width="14cm",
            height="0.8cm",
        )
        tb = TextBox()
        p = P(stylename=self.p_foot)
        p.addText(footer_text)
        tb.addElement(p)
        f.addElement(tb)
        mp.addElement(f)
        f = Frame(
            stylename=self.g_title,
            x=f"{self.W - 4.2:.2f}cm",
            y=f"{self.H - 0.85:.2f}cm",
            width="3cm",
            height="0.8cm",
        )
        tb = TextBox()
        p = P(stylename=self.p_footr)
        p.addElement(PageNumber(selectpage="current", text="1"))
        tb.addElement(p)
        f.addElement(tb)
        mp.addElement(f)
        doc.masterstyles.addElement(mp)
        self.master = mp

    def slide(self):
        from odf.draw import Page

        self._n += 1
        pg = Page(name=f"Lysbilde {self._n}", masterpagename=self.master, stylename=self.dp)
        self.doc.presentation.addElement(pg)
        return pg

    def frame(self, page, x, y, w, h, style=None):
        from odf.draw import Frame, TextBox

        fr = Frame(
            stylename=style or self.g_text, x=f"{x}cm", y=f"{y}cm", width=f"{w}cm", height=f"{h}cm"
        )
        tb = TextBox()
        fr.addElement(tb)
        page.addElement(fr)
        return tb

    def title(self, page, text):
        from odf.draw import Rect
        from odf.text import P

        tb = self.frame(page, 1.2, 0.6, self.W - 2.4, 2.0, self.g_title)
        p = P(stylename=self.p_title)
        p.addText(text)
        tb.addElement(p)
        page.addElement(
            Rect(stylename=self.g_accent, x="1.3cm", y="2.65cm", width="3.0cm", height="0.14cm")
        )

    def para(self, box, text, style, bold_prefix=None):
        from odf.text import P, Span

        p = P(stylename=style)
        if bold_prefix:
            s = Span(stylename=self.t_bold)
            s.addText(bold_prefix + " ")
            p.addElement(s)
        p.addText(text)
        box.addElement(p)
        return p

    def items(self, box, items, numbered=False, style=None):
        """ITEMS: strings, (bold_prefix, text) pairs, or (group, [subitems]) for two levels."""
        from odf.text import List, ListItem, P, Span

        lst = List(stylename=self.l_num if numbered else self.l_bul)
        for it in items:
            li = ListItem()
            if isinstance(it, tuple) and isinstance(it[1], list):
                p = P(stylename=self.p_grp)
                p.addText(it[0])
                li.addElement(p)
                sub = List()
                for s in it[1]:
                    sli = ListItem()
                    sp = P(stylename=self.p_body2)
                    sp.addText(s)
                    sli.addElement(sp)
                    sub.addElement(sli)
                li.addElement(sub)
            elif isinstance(it, tuple):
                p = P(stylename=style or self.p_body)
                s = Span(stylename=self.t_bold)
                s.addText(it[0] + " ")
                p.addElement(s)
                p.addText(it[1])
                li.addElement(p)
            else:
                p = P(stylename=style or self.p_body)
                p.addText(it)
                li.addElement(p)
            lst.addElement(li)
        box.addElement(lst)

    def save(self, path: Path, title: str, creator: str):
        from odf import dc, meta

        self.doc.meta.addElement(dc.Title(text=title))
        self.doc.meta.addElement(dc.Creator(text=creator))
        self.doc.meta.addElement(meta.CreationDate(text="2024-01-01T00:00:00"))
        self.doc.meta.addElement(dc.Date(text="2024-01-01T00:00:00"))
        self.doc.save(str(path))
        H.freeze_zip(path)


@builder("orientering-slides")
def make_slides():
    from odf.draw import Ellipse, Line, Rect

    slug = "orientering-slides"
    d = outdir(slug)
    o = Odp(f"{SL_KOMMUNE} · Helse og omsorg")
    W, Hh = o.W, o.H

    # 1 title slide
    s = o.slide()
    s.addElement(
        Rect(stylename=o.g_band, x="0cm", y="0cm", width=f"{W}cm", height=f"{Hh - 0.9:.2f}cm")
    )
    s.addElement(Rect(stylename=o.g_accent, x="1.5cm", y="8.6cm", width="5cm", height="0.18cm"))
    box = o.frame(s, 1.5, 3.2, W - 3, 5.2, o.g_title)
    o.para(box, "Orientering for formannskapet", o.p_big)
    o.para(box, SL_PLAN, o.p_sub)
    box = o.frame(s, 1.5, 9.0, W - 3, 2.5)
    o.para(box, f"{SL_KOMMUNE} · 6. november 2025 · Kommunalsjef helse og omsorg", o.p_meta)

    # 2 background
    s = o.slide()
    o.title(s, "Bakgrunn")
    box = o.frame(s, 1.5, 3.3, W - 3, 10.5)
    o.items(
        box,
        [
            "Kommunestyret vedtok oppstart av planarbeidet 12. juni 2025 (sak 47/25)",
            "Antall innbyggere over 80 år øker fra 610 i 2025 til 1 050 i 2040",
            "Kvalitetsreformen Leve hele livet har fem innsatsområder: aktivitet, mat, helsehjelp, sammenheng og "
            "et aldersvennlig samfunn",
            "Planen skal erstatte omsorgsplanen fra 2016",
        ],
    )

    # 3 mandate
    s = o.slide()
    o.title(s, "Mandat for arbeidet")
    box = o.frame(s, 1.5, 3.2, W - 3, 11.0)
    o.para(box, "Kommunedirektøren har gitt prosjektgruppen dette mandatet:", o.p_note)
    o.items(
        box,
        [
            "Gi en beskrivelse av dagens tjenestetilbud til eldre i Storlia",
            "Kartlegge behovet for heldøgns omsorgsplasser og tilrettelagte boliger fram mot 2040",
            "Vurdere hvordan velferdsteknologi og frivillighet kan brukes bedre",
            "Foreslå tiltak med ansvar, frist og kostnad",
            "Planen legges fram for kommunestyret innen juni 2026",
        ],
        numbered=True,
    )

    # 4 challenges
    s = o.slide()
    o.title(s, "Utfordringer")
    box = o.frame(s, 1.5, 3.3, W - 3, 10.5)
    o.items(
        box,
        [
            "Nesten dobbelt så mange innbyggere over 80 år i 2040",
            "Mangel på sykepleiere og helsefagarbeidere – 14 ubesatte stillinger i dag",
            "Få boliger er tilpasset eldre, særlig utenfor sentrum",
            "Mange pårørende opplever stor belastning",
        ],
    )

    # 5 goals
    s = o.slide()
    o.title(s, "Mål")
    box = o.frame(s, 1.5, 3.6, W - 3, 10.0)
    o.items(box, SL_GOALS)

    # 6-7 measures
    for title, groups in SL_MEASURES:
        s = o.slide()
        o.title(s, title)
        box = o.frame(s, 1.5, 3.0, W - 3, 11.5)
        o.para(box, "Tiltak – ansvarlig – frist", o.p_note)
        o.items(box, groups)

    # 8 timeline: a line, dots and text boxes
    s = o.slide()
    o.title(s, "Tidslinje")
    y = 7.6
    s.addElement(
        Line(stylename=o.g_line, x1="1.5cm", y1=f"{y}cm", x2=f"{W - 1.5:.2f}cm", y2=f"{y}cm")
    )
    n = len(SL_TIMELINE)
    step = (W - 3.0) / n
    for i, (when, what) in enumerate(SL_TIMELINE):
        cx = 1.5 + step * (i + 0.5)
        s.addElement(
            Ellipse(
                stylename=o.g_dot,
                x=f"{cx - 0.35:.2f}cm",
                y=f"{y - 0.35:.2f}cm",
                width="0.7cm",
                height="0.7cm",
            )
        )
        top = i % 2 == 0
        box = o.frame(
            s, round(cx - step / 2 + 0.1, 2), 4.4 if top else 8.4, round(step - 0.2, 2), 2.8
        )
        o.para(box, when, o.p_tl_date)
        o.para(box, what, o.p_tl_text)

    # 9 next steps
    s = o.slide()
    o.title(s, "Videre arbeid")
    box = o.frame(s, 1.5, 3.3, W - 3, 10.5)
    o.items(
        box,
        [
            "Innspill fra formannskapet tas med i høringsutkastet",
            "Medvirkningsmøter med eldrerådet, brukerrådet og pårørende i januar og februar 2026",
            "Kostnader for tiltakene innarbeides i budsjett og økonomiplan 2027–2030",
            "Neste orientering: mars 2026",
        ],
    )

    src = d / f"{slug}.odp"
    o.save(src, f"Orientering for formannskapet – {SL_PLAN}", SL_KOMMUNE)
    return H.soffice_pdf(src, d)


# =========================================================================== verify


def verify(slugs) -> int:
    """Check every gold file against its PDF: each item text, owner, deadline and finding quote
    must occur on the page the gold gives (white space and case normalised; a line-end hyphen
    "SFO-" + "leiar" is joined; table cells are searched too), and all links must resolve."""
    import pdfplumber
    import yaml

    def norm(t):
        return " ".join((t or "").split()).lower().replace("- ", "-")

    bad = 0
    for slug in slugs:
        gold_path = ROOT / slug / f"{slug}.gold.yaml"
        gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
        with pdfplumber.open(str(gold_path.parent / gold["document"])) as pdf:
            pages = [norm(pg.extract_text()) for pg in pdf.pages]
            cells = [
                [norm(c) for t in pg.extract_tables() for r in t for c in r] for pg in pdf.pages
            ]

        def on_page(text, page, what):
            nonlocal bad
            t = norm(text)
            if 1 <= page <= len(pages) and (
                t in pages[page - 1] or any(t in c for c in cells[page - 1])
            ):
                return
            where = [
                i + 1 for i in range(len(pages)) if t in pages[i] or any(t in c for c in cells[i])
            ]
            print(f"{slug}: {what} {text!r} not on p{page} (found on {where})")
            bad += 1

        ids = set()
        for kind in ("focus_areas", "goals", "strategies", "measures"):
            for it in gold.get(kind) or []:
                if it["id"] in ids:
                    print(f"{slug}: duplicate id {it['id']}")
                    bad += 1
                ids.add(it["id"])
                on_page(it["text"], it["page"], kind)
        for it in gold.get("indicators") or []:
            on_page(it["text"], it["page"], "indicator")
        for it in gold.get("measures") or []:
            for o in it["owners"]:
                on_page(o, it["page"], f"owner of {it['id']}")
            if it["deadline"]:
                on_page(it["deadline"], it["page"], f"deadline of {it['id']}")
        links = [
            (it["id"], ref)
            for k in ("goals", "strategies", "measures")
            for it in gold.get(k) or []
            for ref in (it.get("goals") or [])
            + (it.get("strategies") or [])
            + [it.get("parent"), it.get("focus_area")]
            if ref
        ]
        for src, ref in links:
            if ref not in ids:
                print(f"{slug}: {src} links to unknown {ref}")
                bad += 1
        for f in gold.get("findings") or []:
            if f.get("severity") not in ("error", "warning"):
                print(f"{slug}: finding without error/warning severity: {f}")
                bad += 1
            on_page(f["quote"], f["page"], f"finding {f['rule']}")
        if gold.get("vision") and not any(norm(gold["vision"]) in p for p in pages):
            print(f"{slug}: vision not found")
            bad += 1
    print("verify:", "OK" if not bad else f"{bad} problem(s)")
    return 1 if bad else 0


# =========================================================================== main


def main(argv):
    do_verify = "--verify" in argv
    slugs = [a for a in argv if not a.startswith("--")] or list(BUILDERS)
    for slug in slugs:
        if slug not in BUILDERS:
            raise SystemExit(f"unknown slug {slug}; known: {', '.join(BUILDERS)}")
    if do_verify:
        return verify(slugs)
    for slug in slugs:
        pdf = BUILDERS[slug]()
        print(f"{slug}: {pdf.relative_to(ROOT.parent.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
