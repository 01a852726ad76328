"""Build the sixteenth batch of blind authored plans (corpora/authored/<slug>/), in layouts not yet in
the corpus: a bokmål HØRINGSUTKAST Word document with VISIBLE REVIEW MARKS — tracked insertions and
deletions (w:ins / w:del, also whole table rows) inside goals and measure cells and reviewers' comments
as balloons in a wide right margin (python-docx + raw XML → LibreOffice); a Swedish MAGAZINE-style plan
in THREE columns with drop caps, pull quotes that repeat a goal, image placeholders with captions and a
borderless zebra-striped measure table across the page (HTML → Chromium); an English (UK) SMART
objectives plan whose tables have the columns Objective (Specific) | Measure of success (Measurable) |
Resources (Achievable) | Rationale (Relevant) | Deadline (Time-bound) | Lead, with 'TBC' and 'Ongoing'
cells and a SMART glossary box (reportlab); and a BILINGUAL bokmål / nordsamisk plan with the
Norwegian text in the left and the Sámi translation in the right column of a borderless table on every
page (odfpy → LibreOffice).

    python corpora/scripts/make_blind_corpus16.py              # every plan
    python corpora/scripts/make_blind_corpus16.py SLUG ...     # some of them
    python corpora/scripts/make_blind_corpus16.py --verify     # check gold against the PDFs
    python corpora/scripts/make_blind_corpus16.py --twice      # build twice, compare sha256

Generic helpers (zip freezing, LibreOffice / Chromium export, reportlab fonts, sha256) come from the
new shared module blindkit.py; the plan data classes, findings derivation and gold writer from
make_blind_corpus.py, the pdftotext check from make_blind_corpus3.py. Each plan is written here as
data; the gold file is written from the same data, only the page numbers are looked up in the PDF.
Gold files carry `held_out: true` and were committed before plancheck was run on the documents.
"""

from __future__ import annotations

import html as _h
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import _docx_helpers as dh  # noqa: E402
import blindkit as bk  # noqa: E402
import make_blind_corpus as mb  # noqa: E402
from make_blind_corpus import G, M, Plan, S  # noqa: E402

ROOT = HERE.parents[1]
OUT = ROOT / "corpora" / "authored"

PLANS, plan_builder, write_gold = mb.builder_registry("make_blind_corpus16.py")


def add_indicators(gold: Path, indicators: list[tuple[str, list[str]]], pdf: Path) -> None:
    """Insert an `indicators:` list (text, goal links; page looked up in the PDF) before `findings:`."""
    pages = mb.pdf_pages(pdf)
    block = ["indicators:"] + [
        "  - " + mb._flow({"text": t, "page": mb.page_of(pages, t), "goals": gl}) for t, gl in indicators]
    text = gold.read_text(encoding="utf-8")
    text = text.replace("\nfindings:", "\n" + "\n".join(block) + "\nfindings:", 1)
    gold.write_text(text, encoding="utf-8")


def accepted(marked: str) -> str:
    """Text with tracked changes accepted: '[-old-]' deletions out, '[+new+]' insertions in."""
    return re.sub(r"\s+", " ", re.sub(r"\[-.*?-\]", "", marked).replace("[+", "").replace("+]", "")).strip()


# =========================================================================== 1 bokmål review marks (Word)

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def page_break(doc):
    dh.page_break(doc)


REV_DATE = "2026-02-{d:02d}T09:00:00Z"


class Rev:
    """Tracked-change runs and comment balloons for python-docx paragraphs."""

    def __init__(self, doc):
        self.doc, self.n = doc, 100

    def _id(self):
        self.n += 1
        return self.n

    def runs(self, p, marked: str, *, author="Kari Nesheim", day=3, bold=False, size=None, color=None):
        from docx.oxml import parse_xml

        rpr = ""
        if bold:
            rpr += "<w:b/>"
        if color:
            rpr += f'<w:color w:val="{color}"/>'
        if size:
            rpr += f'<w:sz w:val="{int(size * 2)}"/>'
        rpr = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
        for part in re.split(r"(\[-.*?-\]|\[\+.*?\+\])", marked):
            if not part:
                continue
            esc = _h.escape(part[2:-2] if part[:2] in ("[-", "[+") else part, quote=False)
            attrs = f'w:id="{self._id()}" w:author="{author}" w:date="{REV_DATE.format(d=day)}"'
            if part.startswith("[-"):
                xml = f'<w:del {W_NS} {attrs}><w:r>{rpr}<w:delText xml:space="preserve">{esc}</w:delText></w:r></w:del>'
            elif part.startswith("[+"):
                xml = f'<w:ins {W_NS} {attrs}><w:r>{rpr}<w:t xml:space="preserve">{esc}</w:t></w:r></w:ins>'
            else:
                xml = f'<w:r {W_NS}>{rpr}<w:t xml:space="preserve">{esc}</w:t></w:r>'
            p._p.append(parse_xml(xml))
        return p

    def row_mark(self, row, kind: str, *, author="Kari Nesheim", day=3):
        """A whole table row inserted ('ins') or deleted ('del') with tracking on."""
        from docx.oxml import parse_xml

        trpr = row._tr.get_or_add_trPr()
        trpr.append(parse_xml(f'<w:{kind} {W_NS} w:id="{self._id()}" w:author="{author}" '
                              f'w:date="{REV_DATE.format(d=day)}"/>'))

    def balloon(self, p, author: str, initials: str, n: int, text: str, *, x_cm=15.2, width_cm=5.4):
        """A reviewer's comment: a real w:comment on the paragraph (kept in the .docx) and, since
        LibreOffice 7.4 cannot export comments in the margin, the balloon Word prints with 'Show
        markup': a bordered text box in the wide right margin at the paragraph's height."""
        from docx.oxml import parse_xml

        if p.runs:
            self.doc.add_comment(p.runs, text=text, author=author, initials=initials)
        emu = 360000
        w, h = int(width_cm * emu), int(1.5 * emu)
        body = _h.escape(text, quote=False)
        xml = f'''<w:r {W_NS}
 xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
 xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
 xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="{self._id()}" behindDoc="0"
 locked="0" layoutInCell="0" allowOverlap="1"><wp:simplePos x="0" y="0"/>
<wp:positionH relativeFrom="page"><wp:posOffset>{int(x_cm * emu)}</wp:posOffset></wp:positionH>
<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>
<wp:extent cx="{w}" cy="{h}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>
<wp:docPr id="{self._id()}" name="Kommentar {n}"/><wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{w}" cy="{h}"/></a:xfrm>
<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="FBE9EF"/></a:solidFill>
<a:ln w="6350"><a:solidFill><a:srgbClr val="C0504D"/></a:solidFill></a:ln></wps:spPr>
<wps:txbx><w:txbxContent><w:p><w:pPr><w:spacing w:after="0"/></w:pPr><w:r><w:rPr><w:b/><w:sz w:val="15"/></w:rPr>
<w:t xml:space="preserve">Kommentert [{initials}{n}]: </w:t></w:r><w:r><w:rPr><w:sz w:val="15"/></w:rPr>
<w:t xml:space="preserve">{body}</w:t></w:r></w:p></w:txbxContent></wps:txbx>
<wps:bodyPr rot="0" wrap="square" lIns="45720" tIns="27432" rIns="45720" bIns="27432"><a:spAutoFit/></wps:bodyPr>
</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>'''
        p._p.append(parse_xml(xml))


@plan_builder
def build_vann_sporede_endringer() -> tuple[Plan, Path]:
    """Bokmål høringsutkast (python-docx + raw XML → LibreOffice) with tracked changes shown and
    comment balloons in the right margin."""
    slug = "vann-sporede-endringer"
    va, dva, pb, mv = "VA-sjef", "Driftsleder vann og avløp", "Plan og byggesak", "Miljøvernrådgiver"
    alle = "Alle enheter"
    # (area, [(goal marked, [(text marked, owner marked, frist marked, owners, kind, outside, row, note)] | str,
    #          comment on the goal)])
    tree = [
        ("Trygt drikkevann", [
            ("Alle abonnenter på det kommunale nettet skal ha [-godt-][+trygt+] drikkevann med stabil levering "
             "hele året.", [
                ("Etablere reservevannforsyning fra Nordvatnet til sentrum[+ og Holmen+]", va, "2028", [va],
                 "period", False, "", ""),
                ("Skifte ut 4 km gamle støpejernsledninger i Storgata og Fjordveien", dva, "[-2026-][+2027+]",
                 [dva], "period", False, "", "deadline changed 2026 → 2027 (gold: 2027)"),
                ("Oppdatere beredskapsplanen for drikkevann og øve på den", va, "Årlig", [va], "recurring", False,
                 "", "'Årlig' recurring"),
                ("Kartlegge private brønner i spredt bebyggelse", mv, "2026", [mv], "period", False, "del",
                 "DELETED ROW: not in the gold"),
            ], None),
            ("Lekkasjene på ledningsnettet skal reduseres fra 38 til under [-20-][+25+] prosent innen 2029.", [
                ("Innføre soneinndeling og vannmålere på ledningsnettet", dva, "Høst 2027", [dva], "period", False,
                 "", ""),
                ("Søke etter lekkasjer med lyttemetode i alle soner[+ hvert år+]", "[-Driftsoperatørene-]",
                 "Løpende", [], "continuous", False, "",
                 "owner DELETED, cell empty when accepted (no owner); 'Løpende' continuous"),
            ], ("Per Olsen", "PO", "Er 25 prosent realistisk? Sjekk tallene fra Norsk Vann før høringen.")),
        ]),
        ("Rent vann i fjorden", [
            ("Utslippene fra de kommunale avløpsanleggene skal [+oppfylle kravene i +]utslippstillatelsen[- "
             "skal følges-] innen utgangen av 2028.", [
                ("Bygge nytt renseanlegg på Kvernes med sekundærrensing", "Prosjektleder VA og Innkjøpsenheten",
                 "31.12.2028", ["Prosjektleder VA", "Innkjøpsenheten"], "date", False, "", "two owners"),
                ("Rehabilitere de fem eldste pumpestasjonene", dva, "2030", [dva], "period", True, "",
                 "'2030' after the plan period 2026–2029"),
                ("Føre tilsyn med alle private slamavskillere hvert fjerde år", mv, "", [mv], None, False, "ins",
                 "INSERTED ROW (in the gold); empty Frist"),
            ], None),
            ("Badeplassene i Torvikfjorden skal ha god badevannskvalitet hele sommersesongen.",
             "Tiltak for badeplassene kommer i den reviderte kommunedelplanen for kystsonen.",
             ("Lise Brenna", "LB", "Skal vi ha egne tiltak her? Avklares med kommunelegen.")),
        ]),
        ("Klimatilpasning og overvann", [
            ("Overvann skal håndteres åpent og lokalt, slik at bebyggelse og veier ikke skades ved styrtregn.", [
                ("Kartlegge flomveier i alle tettsteder og legge dem inn i kartløsningen", pb, "1. halvår 2027",
                 [pb], "period", False, "", ""),
                ("Stille krav om lokal overvannshåndtering i alle nye reguleringsplaner", f"[-{pb}-][+{alle}+]",
                 "Fortløpende", [alle], "continuous", False, "",
                 "owner changed to 'Alle enheter' (diffuse); 'Fortløpende' continuous"),
                ("Separere fellesledningene i Sjøgata og Strandveien", va, "[-Høst 2026-][+Vår 2029+]", [va],
                 "period", False, "", "deadline changed (gold: Vår 2029)"),
            ], None),
        ]),
    ]
    comments_m = {"Bygge nytt renseanlegg på Kvernes med sekundærrensing":
                  ("Per Olsen", "PO", "Kostnadsoverslaget mangler. Legges inn før politisk behandling."),
                  "Stille krav om lokal overvannshåndtering i alle nye reguleringsplaner":
                  ("Lise Brenna", "LB", "Hvem eier dette tiltaket? Plan mener det er alle.")}
    focus, goals, measures = [], [], []
    for fi, (ftext, glist) in enumerate(tree, start=1):
        focus.append((f"F{fi}", ftext))
        for gi, (gm, rows, _c) in enumerate(glist, start=1):
            gid = f"G{fi}.{gi}"
            goals.append(G(gid, accepted(gm), focus_area=f"F{fi}"))
            if isinstance(rows, str):
                continue
            for k, (tm, _om, fm, owners, kind, outside, rowmark, note) in enumerate(rows, start=1):
                if rowmark == "del":
                    continue
                when = accepted(fm) or None
                measures.append(M(f"M{fi}.{gi}.{k}", accepted(tm), [gid], owners, when, kind,
                                  diffuse=tuple(o for o in owners if o == alle), outside=outside, note=note))
    plan = Plan(
        slug=slug, language="nb", title="Handlingsplan for vann og avløp 2026–2029", period=(2026, 2029),
        goals=goals, measures=measures, focus_areas=focus, source_ext="docx",
        notes="""
Word (python-docx + raw WordprocessingML) → LibreOffice PDF, portrait A4 with a WIDE RIGHT MARGIN (6.3 cm)
as Word prints a document with 'Show markup'. Bokmål HØRINGSUTKAST sent round for internal review with
TRACK CHANGES ON: the PDF shows the REVIEW MARKS — deletions (w:del) struck through and insertions
(w:ins) underlined and coloured, both inside goal sentences ('skal ha godt trygt drikkevann', 'under
20 25 prosent'), inside measure texts (' og Holmen', ' hvert år'), in Frist cells ('2026 2027', 'Høst
2026 Vår 2029') and in Ansvar cells ('Plan og byggesak' struck, 'Alle enheter' inserted; 'Driftsoperatørene'
struck with nothing inserted); one whole table ROW DELETED (struck, shaded: 'Kartlegge private brønner …')
and one ROW INSERTED ('Føre tilsyn med alle private slamavskillere …'). Change bars in the margin.
REVIEWERS' COMMENTS are real w:comment elements in the .docx; LibreOffice 7.4 (the installed version)
has no 'ExportNotesInMargin' PDF option (tried: the option is ignored and comments become PDF sticky
notes), so the comments are printed as Word prints them with markup: BALLOONS in the right margin
('Kommentert [PO1]: …') at the height of the commented paragraph — some say 'tiltak' or 'skal'.
GOLD CONVENTION: items as they read with every change ACCEPTED (insertions in, deletions out): the
deleted row is no measure; the inserted row is one; a struck deadline or owner is no deadline or owner
('Driftsoperatørene' struck → no owner: measure-has-owner); comments are never items.
Three innsatsområder (Heading 2 'Innsatsområde n: <area>', gold focus areas = the area); under each,
goals as bold paragraphs 'Mål n.m <sentence>' and a table 'Tiltak | Ansvar | Frist' per goal (goal link =
the goal above the table). Deadlines '2028', '2027', 'Høst 2027', '1. halvår 2027', 'Vår 2029' (period),
'31.12.2028' (date); 'Årlig' recurring, 'Løpende' and 'Fortløpende' continuous (measure-has-deadline,
warning); the inserted row's empty Frist (measure-has-deadline, error); 'Alle enheter'
(owner-is-accountable, warning); '2030' after 2026–2029 (deadline-within-plan-period, warning);
'Prosjektleder VA og Innkjøpsenheten' two owners. Mål 2.2 has only a sentence pointing to the kystsone
plan (goal-has-measure, error). Traps that must NOT be read as items or flagged: the drikkevannsforskrift
'skal' quoted, the 'Vann og avløp i tall' box, the reading note about the tracked changes, the hearing
line, the comment balloons, deleted text, page furniture.""",
    )
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    blue = "1F4E79"
    doc = dh.new_document(size=10.5, margins_mm=22, heading_color=blue)
    sec = doc.sections[0]
    from docx.shared import Cm

    sec.right_margin = Cm(6.3)
    sec.left_margin = Cm(2.0)
    mb.docx_lang(doc, "nb-NO")
    dh.setup_header_footer(sec, "Torvika kommune · Handlingsplan for vann og avløp · Høringsutkast v0.3")
    dh.set_core_properties(doc, title=plan.title + " – utkast", author="Torvika kommune")
    from docx.oxml import parse_xml

    doc.settings.element.append(parse_xml(f"<w:trackRevisions {W_NS}/>"))
    rev = Rev(doc)
    ncom = {"n": 0}

    def comment(p, spec):
        if spec:
            ncom["n"] += 1
            rev.balloon(p, spec[0], spec[1], ncom["n"], spec[2])

    dh.para(doc, "TORVIKA KOMMUNE", bold=True, color=blue, size=10)
    dh.para(doc, plan.title, bold=True, size=18, color=blue, space_after=4)
    p = dh.para(doc, "Høringsutkast versjon 0.3, 9. februar 2026. ", italic=True, space_after=2)
    rev.runs(p, "Høringsfrist [-15. mars-][+1. april+] 2026.", day=9)
    comment(p, ("Per Olsen", "PO", "Høringsfristen må være minst seks uker etter vedtaket i formannskapet."))
    dh.para(doc, "Lesehjelp: Utkastet vises med sporede endringer. Gjennomstreket tekst er foreslått slettet, "
                 "understreket tekst er foreslått lagt til. Kommentarene i margen er interne og fjernes før "
                 "høringen.", italic=True, size=9, space_after=8)
    dh.heading(doc, "1 Innledning", 1)
    dh.para(doc, "Torvika kommune forsyner 6 400 innbyggere med vann fra Nordvatnet og Smiubekken og har fire "
                 "kommunale renseanlegg. Mye av ledningsnettet ble lagt mellom 1955 og 1975 og nærmer seg slutten "
                 "av levetiden. Planen viser hva kommunen skal gjøre på vann og avløp de neste fire årene, og den "
                 "bygger på hovedplanen for vann og avløp 2020–2031.")
    dh.para(doc, "Drikkevannsforskriften sier at vannverkseieren skal sikre at abonnentene får levert nok "
                 "drikkevann av god kvalitet. Kommunen må også følge vannforskriften og forurensningsforskriften.")
    box = dh.new_table(doc, [126])
    dh.add_row(box, ["Vann og avløp i tall (2025)\n• 38 prosent av vannet lekker ut før det når abonnentene.\n"
                     "• 212 km kommunale vannledninger, 147 km avløpsledninger.\n"
                     "• 3 kokevarsler i 2024 og 2025.\n• Gebyrene økte med 9 prosent fra 2024 til 2025."], [126], size=9.5)
    dh.shade(box.rows[0].cells[0], "E8EEF4")
    dh.para(doc, "")
    dh.heading(doc, "Utfordringer", 2)
    for t in ["Lekkasjene er blant de høyeste i fylket, og mye renset vann går tapt.",
              "Renseanlegget på Kvernes har bare mekanisk rensing og oppfyller ikke utslippstillatelsen.",
              "Kraftigere regn gir oversvømte kjellere i Sjøgata og Strandveien, der overvann og spillvann går i "
              "samme ledning.",
              "Kommunen har få ansatte med VA-kompetanse, og to av fem driftsoperatører går av med pensjon innen "
              "2028."]:
        dh.para(doc, "• " + t, space_after=2)
    dh.heading(doc, "Dette har vi gjort i forrige periode", 2)
    for t in ["Bygget nytt høydebasseng på Åsen (2023).", "Skiftet ut 2,5 km vannledning i Kirkebakken og "
              "Nyveien.", "Innført digital driftskontroll på alle pumpestasjoner."]:
        dh.para(doc, "– " + t, space_after=2)
    dh.para(doc, "Planen er utarbeidet av en arbeidsgruppe med VA-sjefen, driftsleder vann og avløp, "
                 "miljøvernrådgiveren og en representant fra plan og byggesak. Kommuneoverlegen har gitt innspill "
                 "om drikkevannskvaliteten og badeplassene.", space_before=6)
    page_break(doc)
    dh.heading(doc, "2 Innsatsområder, mål og tiltak", 1)
    for fi, (ftext, glist) in enumerate(tree, start=1):
        dh.heading(doc, f"Innsatsområde {fi}: {ftext}", 2)
        for gi, (gm, rows, gcom) in enumerate(glist, start=1):
            p = doc.add_paragraph()
            p.paragraph_format.space_before = dh.Pt(6)
            r = p.add_run(f"Mål {fi}.{gi} ")
            r.bold = True
            rev.runs(p, gm, bold=True)
            comment(p, gcom)
            if isinstance(rows, str):
                dh.para(doc, rows, italic=True)
                continue
            t = dh.new_table(doc, [68, 40, 22])
            dh.add_row(t, ["Tiltak", "Ansvar", "Frist"], [68, 40, 22], bold=True, size=9.5)
            for c in t.rows[0].cells:
                dh.shade(c, "D9E2EC")
            dh.set_repeat_header(t.rows[0])
            for (tm, om, fm, _o, _k, _out, rowmark, _n) in rows:
                row = dh.add_row(t, ["", "", ""], [68, 40, 22], size=9.5)
                dh.set_cant_split(row)
                for ci, val in enumerate((tm, om, fm)):
                    cp = row.cells[ci].paragraphs[0]
                    if rowmark == "del":
                        val = f"[-{val}-]" if val and not val.startswith("[") else val
                    elif rowmark == "ins" and val:
                        val = f"[+{val}+]"
                    rev.runs(cp, val, size=9.5, day=5)
                    if ci == 0 and accepted(tm) in comments_m:
                        comment(cp, comments_m[accepted(tm)])
                if rowmark:
                    rev.row_mark(row, rowmark, day=5)
            dh.para(doc, "", space_after=2)
    dh.heading(doc, "3 Oppfølging", 1)
    dh.para(doc, "Planen rulleres hvert år sammen med økonomiplanen. Driftsleder vann og avløp rapporterer status "
                 "til hovedutvalg for teknikk og miljø innen 1. mars hvert år. Gebyrkonsekvensene vurderes i "
                 "gebyrregulativet høsten 2026.")
    src = d / f"{slug}.docx"
    dh.save_deterministic(doc, src)
    # python-docx stamps each comment with the current time: pin it (as the change marks are)
    bk.patch_zip(src, {"word/comments.xml": lambda b: re.sub(rb'w:date="[^"]*"', b'w:date="2026-02-09T10:00:00Z"', b)})
    pdf = bk.soffice_pdf(src, d, options={"ExportNotes": ("boolean", "false")})
    write_gold(plan, pdf)
    return plan, pdf



# =========================================================================== 2 Swedish magazine, 3 columns


@plan_builder
def build_fritid_tidning_sv() -> tuple[Plan, Path]:
    """Swedish magazine-style plan in three CSS columns (HTML → Chromium) with drop caps, pull quotes
    repeating goals, image placeholders and a zebra-striped measure table across the page."""
    slug = "fritid-tidning-sv"
    fe, fc = "Fritidsenheten", "Fritidschefen"
    alla = "Alla förvaltningar"
    goals_src = [
        ("Alla unga i Ljusnevik ska ha en mötesplats inom rimligt avstånd från hemmet.", [
            ("Öppna en filial till fritidsgården Gnistan i Norrby", fc, [fc], "Hösten 2026", "period", False, ""),
            ("Starta en mobil fritidsgård med buss som besöker byarna i glesbygden", fe, [fe], "2027", "period",
             False, ""),
            ("Hålla skolgårdarna öppna som mötesplats på kvällstid", alla, [alla], "Löpande", "continuous", False,
             "'Alla förvaltningar' diffuse; 'Löpande' continuous"),
        ]),
        ("Fler flickor och unga med funktionsnedsättning ska delta i den organiserade fritiden.", [
            ("Erbjuda tjejkvällar med prova-på-aktiviteter tillsammans med föreningarna",
             f"{fe} och Ljusneviks idrottsallians", [fe, "Ljusneviks idrottsallians"], "Varje termin", "recurring",
             False, "two owners; 'Varje termin' recurring"),
            ("Anpassa lokaler och utrustning i Sjövallshallen för unga med funktionsnedsättning", "", [], "2028",
             "period", False, "empty Ansvarig"),
            ("Införa ett tillägg i föreningsbidraget för aktiviteter som når flickor", "Kultur- och fritidsnämnden",
             ["Kultur- och fritidsnämnden"], "2027-01-01", "date", False, ""),
        ]),
        ("Unga ska ha ett verkligt inflytande över fritidsutbudet i kommunen.", [
            ("Inrätta ett ungdomsråd med en egen budget på 200 000 kronor per år", "Kommunledningsförvaltningen",
             ["Kommunledningsförvaltningen"], "Våren 2027", "period", False, ""),
            ("Genomföra en fritidsvaneundersökning bland eleverna i årskurs 7–9", fe, [fe], "Årligen", "recurring",
             False, "'Årligen' recurring"),
            ("Låta unga fördela evenemangsbudgeten för sommarlovet", "Ungdomsrådet", ["Ungdomsrådet"], None, None,
             False, "empty Tidplan"),
            ("Utvärdera ungdomsrådets arbete och arbetsformer", fc, [fc], "2031", "period", True,
             "'2031' after the plan period 2026–2029"),
        ]),
        ("Ingen ung ska behöva avstå från fritidsaktiviteter av ekonomiska skäl.", None),
    ]
    goals, measures = [], []
    for gi, (gtext, rows) in enumerate(goals_src, start=1):
        goals.append(G(f"G{gi}", gtext))
        for k, (text, _cell, owners, when, kind, outside, note) in enumerate(rows or [], start=1):
            measures.append(M(f"M{gi}.{k}", text, [f"G{gi}"], owners, when, kind,
                              diffuse=tuple(o for o in owners if o == alla), outside=outside, note=note))
    plan = Plan(
        slug=slug, language="sv", title="Handlingsplan för ungas fritid och mötesplatser 2026–2029",
        period=(2026, 2029), goals=goals, measures=measures, source_ext="html",
        notes="""
HTML/CSS printed from headless Chromium, A4 portrait, as a MAGAZINE-style publication ('Fritid i
Ljusnevik – tema: unga'): a full-width masthead and title, then the body set in THREE CSS COLUMNS
(column-count: 3, narrow justified columns, hyphens: auto, so words break at line ends). Each section
opens with a DROP CAP (::first-letter floated, about three lines tall — the text layer has the big
letter apart from the rest of its word). The goals are 'Mål n' RUN-IN headings in small caps followed by
the goal sentence in bold, then context text in the same paragraph (gold goal = the bold sentence).
PULL QUOTES in large italic between the columns' paragraphs REPEAT two goal sentences (Mål 1 and Mål 3)
word for word — the goal is ONE item (the run-in one), never two. IMAGE PLACEHOLDERS (grey boxes with
'Bild') with CAPTIONS ('Gnistan ska byggas om …' is a caption, no goal). At the end, spanning the page
below the columns, the measures in a BORDERLESS ZEBRA-STRIPED table 'Åtgärd | Ansvarig | Tidplan'
(alternate rows shaded, no rules) with a bold group row 'Mål n · <short name>' before each goal's rows
(the short name is no goal; goal link = the group's number). Deadlines 'Hösten 2026', '2027', '2028',
'Våren 2027' (period), '2027-01-01' (date); 'Varje termin' and 'Årligen' recurring, 'Löpande' continuous
(measure-has-deadline, warning); an empty Ansvarig (measure-has-owner, error); an empty Tidplan
(measure-has-deadline, error); 'Alla förvaltningar' (owner-is-accountable, warning); '2031' after
2026–2029 (deadline-within-plan-period, warning); 'Fritidsenheten och Ljusneviks idrottsallians' two
owners. Mål 4 has no rows, only a sentence that its measures come in the plan against child poverty
(goal-has-measure, error). Traps that must NOT be read as items or flagged: the pull quotes, the
Barnkonventionen 'ska' quoted, the 'Siffror' box, captions, the interview quotes, page furniture.""",
    )
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    e = _h.escape
    shorts = ["Mötesplatser nära hemmet", "Fler som deltar", "Ungas inflytande"]

    def goal_par(gi, tail):
        return (f'<p class="goal"><span class="runin">Mål {gi}</span> <b>{e(goals_src[gi - 1][0])}</b> '
                f'{e(tail)}</p>')

    def pull(gi):
        return f'<blockquote class="pull">”{e(goals_src[gi - 1][0])}”</blockquote>'

    def fig(caption, h=38):
        return (f'<figure><div class="ph" style="height:{h}mm">Bild</div><figcaption>{e(caption)}'
                f'</figcaption></figure>')

    body = f"""
<h2>Därför behövs planen</h2>
<p class="lead">Det är fredag kväll i Ljusnevik. På fritidsgården Gnistan i centrum är det fullt vid biljardbordet,
men i Norrby och ute i byarna finns inget ställe att gå till. Nästan var tredje ung i kommunen säger i
fritidsvaneundersökningen att de inte har någon mötesplats nära hemmet. Flickor och unga med
funktionsnedsättning deltar mer sällan i föreningslivet än andra, och avgifterna gör att en del hoppar av.</p>
<p>Barnkonventionen, som är svensk lag sedan 2020, säger att barn ska ha rätt till vila och fritid och att
delta i det kulturella och konstnärliga livet. Kommunfullmäktige har därför gett kultur- och
fritidsnämnden i uppdrag att ta fram en plan för ungas fritid. Planen gäller 2026–2029 och har arbetats fram
tillsammans med elevråd, föreningar och fältassistenterna.</p>
{fig("Fritidsgården Gnistan ska byggas om 2027 enligt lokalförsörjningsplanen. Foto: Ljusneviks kommun")}
<p>Under hösten 2025 träffade vi drygt 300 unga på skolor, i idrottshallar och på Gnistan. Många ville ha
ett ställe att bara hänga på, utan krav på att vara med i en aktivitet. Andra ville kunna prova på utan
att binda sig för en hel säsong. Det som kom upp oftast var avståndet: bussen går sällan på kvällen.</p>
<div class="facts"><b>Siffror</b><br>2 850 unga 13–19 år bor i kommunen.<br>31 % saknar en mötesplats nära
hemmet.<br>44 % av flickorna i årskurs 9 är med i en förening, mot 58 % av pojkarna.<br>1 fritidsgård,
i centrum.</div>
<h2>Mötesplatser</h2>
<p class="lead">Ett ställe att vara på är grunden för en bra fritid. I dag ligger den enda fritidsgården i
centrum, och den som bor i Norrby eller i byarna längs älven har långt dit.</p>
{goal_par(1, "Med rimligt avstånd menar vi att en mötesplats ska gå att nå med cykel eller kollektivtrafik på "
             "under en halvtimme. Vi vill använda lokaler som redan finns, som skolor och bygdegårdar, och "
             "komplettera med en mobil verksamhet.")}
{pull(1)}
<p>”Jag skulle gå dit varje dag om det fanns något i Norrby”, säger Elsa, 15 år, som vi träffade under
dialogen. Hon tar i dag bussen till centrum två gånger i veckan.</p>
{fig("Dialogmöte med elevrådet på Sjövallsskolan i november 2025.", 32)}
<h2>Delaktighet i föreningslivet</h2>
<p class="lead">Föreningarna gör ett stort jobb, men de når inte alla. Flickor slutar tidigare, och unga med
funktionsnedsättning möter både trappor och attityder.</p>
{goal_par(2, "Vi vill sänka trösklarna genom att låta unga prova på utan krav, anpassa lokalerna och ge "
             "föreningarna ekonomiska skäl att nå nya grupper.")}
<p>Idrottsalliansen har lovat att bidra med ledare till tjejkvällarna, och Sjövallshallen behöver både
hiss och omklädningsrum som fungerar för alla.</p>
<h2>Inflytande</h2>
<p class="lead">Unga vet bäst vad de själva vill göra. Ändå har de sällan fått vara med och bestämma över
pengarna eller utbudet.</p>
{goal_par(3, "Det betyder att unga får besluta om en del av budgeten och att kommunen varje år frågar dem "
             "vad de tycker om fritidsutbudet.")}
{pull(3)}
<p>”Vi vill inte bara bli tillfrågade, vi vill bestämma lite också”, säger Omar, 17 år, ordförande i
elevrådet på Ljusneviks gymnasium.</p>
<h2>Fritid för alla</h2>
<p class="lead">Kostnader för utrustning, avgifter och resor gör att en del unga står utanför. Det gäller
särskilt familjer med låga inkomster.</p>
{goal_par(4, "Åtgärderna för mål 4 tas fram tillsammans med socialtjänsten i den kommande planen mot "
             "barnfattigdom, som ska beslutas 2027.")}
{fig("Utlåning av sportutrustning på fritidsbanken i centrum.", 30)}
<h2>Så följer vi upp</h2>
<p class="lead">Kultur- och fritidsnämnden får en rapport om planen varje år i samband med årsredovisningen.
Resultaten från fritidsvaneundersökningen redovisas för ungdomsrådet och publiceras på kommunens
webbplats.</p>
"""
    rows = []
    for gi, (_gtext, grows) in enumerate(goals_src, start=1):
        if not grows:
            continue
        rows.append(f'<tr class="grp"><td colspan="3">Mål {gi} · {e(shorts[gi - 1])}</td></tr>')
        for i, (text, cell, _o, when, _k, _out, _n) in enumerate(grows):
            cls = "odd" if i % 2 == 0 else "even"
            rows.append(f'<tr class="{cls}"><td>{e(text)}</td><td>{e(cell)}</td><td>{e(when or "")}</td></tr>')
    html_doc = f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>{e(plan.title)}</title>
<style>
@page {{ size: A4; margin: 15mm 14mm 16mm 14mm; }}
body {{ font-family: 'Liberation Serif', serif; font-size: 10.2pt; line-height: 1.36; color: #222; margin: 0; }}
.mast {{ border-bottom: 3px solid #b5452b; display: flex; justify-content: space-between; font-family:
  'Liberation Sans', sans-serif; font-size: 8.5pt; letter-spacing: .12em; text-transform: uppercase;
  color: #b5452b; padding-bottom: 2mm; }}
h1 {{ font-family: 'Liberation Sans', sans-serif; font-size: 27pt; line-height: 1.05; margin: 5mm 0 2mm; }}
.deck {{ font-size: 12.5pt; font-style: italic; color: #555; margin: 0 0 6mm; }}
.cols {{ column-count: 3; column-gap: 6mm; text-align: justify; hyphens: auto; }}
.cols h2 {{ font-family: 'Liberation Sans', sans-serif; font-size: 12pt; color: #b5452b; margin: 3mm 0 1.5mm;
  break-after: avoid; }}
.cols p {{ margin: 0 0 2.2mm; }}
p.lead::first-letter {{ float: left; font-size: 3.55em; line-height: .82; padding: 1mm 1.5mm 0 0;
  color: #b5452b; font-family: 'Liberation Sans', sans-serif; font-weight: bold; }}
.runin {{ font-variant: small-caps; font-weight: bold; color: #b5452b; letter-spacing: .05em; }}
blockquote.pull {{ font-size: 15pt; font-style: italic; line-height: 1.2; color: #7a2e1d; margin: 3mm 0;
  padding: 2mm 0; border-top: 2px solid #b5452b; border-bottom: 2px solid #b5452b; text-align: left;
  break-inside: avoid; }}
figure {{ margin: 2mm 0 3mm; break-inside: avoid; }}
.ph {{ background: #d9d4cc; color: #8b8580; display: flex; align-items: center; justify-content: center;
  font-family: 'Liberation Sans', sans-serif; font-size: 9pt; }}
figcaption {{ font-family: 'Liberation Sans', sans-serif; font-size: 7.8pt; color: #555; margin-top: 1mm;
  text-align: left; }}
.facts {{ background: #f3e3dc; padding: 2.5mm; font-family: 'Liberation Sans', sans-serif; font-size: 8.6pt;
  margin: 2mm 0 3mm; break-inside: avoid; text-align: left; }}
.tablewrap {{ break-before: page; }}
.tablewrap h2 {{ font-family: 'Liberation Sans', sans-serif; font-size: 15pt; color: #b5452b; }}
table.zebra {{ width: 100%; border-collapse: collapse; font-family: 'Liberation Sans', sans-serif;
  font-size: 9.2pt; }}
table.zebra th {{ text-align: left; font-size: 8.5pt; text-transform: uppercase; letter-spacing: .08em;
  color: #b5452b; padding: 1.5mm 2mm; border: none; }}
table.zebra td {{ padding: 1.8mm 2mm; vertical-align: top; border: none; }}
table.zebra tr.even td {{ background: #f4efe9; }}
table.zebra tr.grp td {{ font-weight: bold; padding-top: 4mm; color: #7a2e1d; }}
.foot {{ font-family: 'Liberation Sans', sans-serif; font-size: 8pt; color: #777; margin-top: 6mm; }}
</style></head><body>
<div class="mast"><span>Fritid i Ljusnevik · Tema: unga</span><span>Ljusneviks kommun · Kultur och fritid</span></div>
<h1>{e(plan.title)}</h1>
<p class="deck">Fler mötesplatser, fler som får vara med och mer makt åt de unga själva. Så ska fritiden
bli bättre för alla unga i kommunen. Antagen av kultur- och fritidsnämnden 12 mars 2026, § 21.</p>
<div class="cols">{body}</div>
<div class="tablewrap"><h2>Åtgärder 2026–2029</h2>
<table class="zebra"><thead><tr><th style="width:58%">Åtgärd</th><th style="width:26%">Ansvarig</th>
<th>Tidplan</th></tr></thead><tbody>
{chr(10).join(rows)}
</tbody></table>
<p class="foot">Kontakt: Fritidschef Maria Lindqvist, fritid@ljusnevik.se · Ljusneviks kommun, Storgatan 4,
871 30 Ljusnevik</p></div>
</body></html>
"""
    src = d / f"{slug}.html"
    src.write_text(html_doc, encoding="utf-8")
    pdf = bk.chromium_pdf(src, d / f"{slug}.pdf")
    write_gold(plan, pdf)
    return plan, pdf



# =========================================================================== 3 English SMART objectives


@plan_builder
def build_smart_objectives_en() -> tuple[Plan, Path]:
    """English (UK) financial inclusion plan, reportlab landscape: 'Priority n' goals, each with a
    SMART table Objective (Specific) | Measure of success (Measurable) | Resources (Achievable) |
    Rationale (Relevant) | Deadline (Time-bound) | Lead; TBC / Ongoing cells; a SMART glossary box."""
    slug = "smart-objectives-en"
    hrb, pit = "Head of Revenues and Benefits", "Policy and Insight Team"
    alld = "All departments"
    # (objective, measurable, resources, rationale, deadline cell, lead cell, owners, deadline, kind, outside, note)
    pri = [
        ("Residents on low incomes will be able to get free, independent money advice when they need it.", [
            ("Fund two extra debt advisers at Harrowmere Citizens Advice",
             "Waiting time for a first appointment below 10 working days", "£84,000 a year from the Household "
             "Support Fund", "Waiting times rose to 27 working days in 2025", "April 2026", hrb, [hrb],
             "April 2026", "period", False, ""),
            ("Run weekly money advice drop-ins at the three family hubs", "1,200 residents advised each year",
             "Existing hub staff and volunteers", "Families with young children are most at risk of debt",
             "Ongoing", "Family Hubs Manager", ["Family Hubs Manager"], "Ongoing", "continuous", False,
             "'Ongoing' continuous"),
            ("Train 150 frontline staff to spot money worries and make referrals",
             "150 staff trained; referrals logged in the CRM", "£6,000 from the corporate training budget",
             "Most residents in difficulty first speak to a frontline officer", "March 2027", "TBC", [],
             "March 2027", "period", False, "Lead 'TBC' = no owner"),
        ]),
        ("Fewer households will fall into problem debt with the council.", [
            ("Adopt a council tax collection protocol that pauses enforcement while a resident gets advice",
             "Referrals to enforcement agents down by 30%", "Officer time", "Enforcement adds fees and rarely "
             "recovers the debt", "September 2026", hrb, [hrb], "September 2026", "period", False, ""),
            ("Offer an affordable repayment plan to every tenant in rent arrears before any court action",
             "Evictions for rent arrears halved against 2025", "Officer time", "Eviction costs the council more "
             "than the arrears", "TBC", "Housing Income Manager", ["Housing Income Manager"], "TBC", "none", False,
             "Deadline 'TBC' = no deadline (kind none)"),
            ("Review the council's debt recovery policies with the Money Advice Network",
             "Revised policy adopted by Cabinet", "Officer time", "Policies date from 2017",
             "Q3 2027", "Head of Legal Services and Head of Revenues and Benefits",
             ["Head of Legal Services", hrb], "Q3 2027", "period", False, "two owners"),
        ]),
        ("Every eligible household will claim the benefits and discounts it is entitled to.", [
            ("Use council data to find households not claiming Pension Credit and write to them",
             "£500,000 of extra Pension Credit claimed by March 2028", "Analyst time; LIFT dashboard licence "
             "£12,000", "Pension Credit take-up in Harrowmere is 62%", "2027/28", pit, [pit], "2027/28", "period",
             False, "financial year; the date in the Measurable column is no deadline"),
            ("Promote the council tax reduction scheme in every school in the autumn term",
             "Applications from families up 15%", "Printing £2,000", "Many working families do not know they can "
             "apply", "Annually", alld, [alld], "Annually", "recurring", False,
             "'All departments' diffuse; 'Annually' recurring"),
            ("Link benefit checks to free school meals auto-enrolment", "Auto-enrolment live in all 41 schools",
             "IT development £18,000", "About 600 children miss out on free meals", "January 2027",
             "Education Services and IT Services", ["Education Services", "IT Services"], "January 2027",
             "period", False, "two owners"),
            ("Evaluate the benefit take-up campaign with residents who took part",
             "Evaluation report published", "£8,000", "To learn what worked before the next plan",
             "December 2030", pit, [pit], "December 2030", "period", True, "after the plan period 2026–2029"),
        ]),
        ("Digital and banking exclusion will no longer stop residents from managing their money.", None),
    ]
    goals, measures, indicators = [], [], []
    for gi, (gtext, rows) in enumerate(pri, start=1):
        goals.append(G(f"G{gi}", gtext))
        for k, r in enumerate(rows or [], start=1):
            text, meas, _res, _rat, _dc, _lc, owners, when, kind, outside, note = r
            measures.append(M(f"M{gi}.{k}", text, [f"G{gi}"], owners, when, kind,
                              diffuse=tuple(o for o in owners if o == alld), outside=outside, note=note))
            indicators.append((meas, [f"G{gi}"]))
    plan = Plan(
        slug=slug, language="en", title="Financial Inclusion Action Plan 2026–2029", period=(2026, 2029),
        goals=goals, measures=measures, source_ext="pdf",
        notes="""
Generated with reportlab (Liberation Sans TTF, invariant) on LANDSCAPE A4, as a council's report template
prints it; running header (council · title · 'OFFICIAL') and footer ('Page n of N'). UK English. Section
3 has four priorities, each a heading 'Priority n' with the goal sentence ('… will …'; gold goal) and,
for three of them, a SMART TABLE with six columns 'Objective (Specific) | Measure of success
(Measurable) | Resources (Achievable) | Rationale (Relevant) | Deadline (Time-bound) | Lead'. GOLD
CONVENTION: the OBJECTIVE cell is the measure (what will be done); the MEASURE OF SUCCESS cell is an
INDICATOR (linked to the priority), not a measure and never a deadline, even when it names a date
('£500,000 … by March 2028'); RESOURCES are costs and RATIONALE is background — neither is an item; the
DEADLINE (Time-bound) cell is the deadline as printed; the LEAD cell the owner. A 'TBC' in the Deadline
column is printed but is no deadline: gold deadline 'TBC', kind none (measure-has-deadline, error); a
'TBC' in the Lead column is no owner: owners [] (measure-has-owner, error). 'Ongoing' continuous and
'Annually' recurring (measure-has-deadline, warning); 'All departments' (owner-is-accountable,
warning); 'December 2030' after 2026–2029 (deadline-within-plan-period, warning); 'April 2026',
'September 2026', 'March 2027', 'January 2027', 'Q3 2027' and the financial year '2027/28' periods; 'Head
of Legal Services and Head of Revenues and Benefits' and 'Education Services and IT Services' two owners
each. Priority 4 has no table, only a sentence that its objectives will be set with the Digital Inclusion
Partnership (goal-has-measure, error). Traps that must NOT be read as items or flagged: the SMART
GLOSSARY box (S / M / A / R / T with their meanings, 'should'), the Cabinet Member's foreword ('we
will'), the national strategy's 'should' quoted, the 'Money in Harrowmere' facts table, the governance
section with its dates, page furniture.""",
    )
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    pdf = d / f"{slug}.pdf"
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        CondPageBreak,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    bk.reportlab_fonts("LS")
    plum, pale = colors.HexColor("#4b2c5e"), colors.HexColor("#efe8f3")
    base = ParagraphStyle("b", fontName="LS", fontSize=10, leading=13.2, spaceAfter=5)
    h1 = ParagraphStyle("h1", parent=base, fontName="LS-Bold", fontSize=22, leading=26, textColor=plum)
    h2 = ParagraphStyle("h2", parent=base, fontName="LS-Bold", fontSize=14, leading=17, spaceBefore=8,
                        textColor=plum)
    prh = ParagraphStyle("pr", parent=base, fontName="LS-Bold", fontSize=12, leading=15, spaceBefore=8,
                         textColor=plum, spaceAfter=2)
    prs = ParagraphStyle("ps", parent=base, fontName="LS-Bold", fontSize=10.5, leading=13.5, spaceAfter=5)
    cell = ParagraphStyle("c", parent=base, fontSize=8.6, leading=10.6, spaceAfter=0)
    headc = ParagraphStyle("hc", parent=cell, fontName="LS-Bold", textColor=colors.white)
    small = ParagraphStyle("sm", parent=base, fontName="LS-Italic", fontSize=9, leading=11.5)
    W, H = landscape(A4)
    fw = W - 36 * mm

    def furniture(canvas, doc):
        canvas.saveState()
        canvas.setFont("LS", 8)
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.drawString(18 * mm, H - 11 * mm, "Harrowmere Borough Council · " + plan.title)
        canvas.drawRightString(W - 18 * mm, H - 11 * mm, "OFFICIAL")
        canvas.drawRightString(W - 18 * mm, 9 * mm, f"Page {doc.page} of {doc._n_pages}")
        canvas.restoreState()

    def smart_table(rows):
        heads = ["Objective (Specific)", "Measure of success (Measurable)", "Resources (Achievable)",
                 "Rationale (Relevant)", "Deadline (Time-bound)", "Lead"]
        widths = [fw * x for x in (0.25, 0.19, 0.15, 0.17, 0.10, 0.14)]
        data = [[Paragraph(x, headc) for x in heads]]
        for r in rows:
            text, meas, res, rat, dc, lc = r[:6]
            data.append([Paragraph(_h.escape(v), cell) for v in (text, meas, res, rat, dc, lc)])
        return Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT", style=TableStyle([
            ("BACKGROUND", (0, 0), (-1, 0), plum), ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#a893b5")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"), ("BACKGROUND", (4, 1), (4, -1), pale)]))

    def story():
        s = [Paragraph("HARROWMERE BOROUGH COUNCIL", ParagraphStyle("o", parent=base, fontName="LS-Bold",
                                                                   fontSize=9, textColor=plum)),
             Paragraph(plan.title, h1),
             Paragraph("Approved by Cabinet on 4 February 2026 · Version 1.0", small),
             Paragraph("1 Foreword", h2),
             Paragraph("Too many people in Harrowmere are one unexpected bill away from crisis. This plan sets out "
                       "what the council and its partners will do over the next four years. We will measure our "
                       "progress openly and report it every year. — Cllr Amrit Sandhu, Cabinet Member for "
                       "Communities", base),
             Paragraph("The national financial inclusion strategy says that everyone should have access to "
                       "useful and affordable financial products and services. Our plan takes that ambition to "
                       "local level.", base),
             Paragraph("2 Money in Harrowmere", h2)]
        facts = Table([[Paragraph("<b>Money in Harrowmere</b>", cell), Paragraph("", cell)],
                       [Paragraph("Households in fuel poverty", cell), Paragraph("14.8%", cell)],
                       [Paragraph("Council tax accounts sent to enforcement, 2025", cell), Paragraph("3,412", cell)],
                       [Paragraph("Unclaimed Pension Credit (estimate)", cell), Paragraph("£4.1 million a year", cell)],
                       [Paragraph("Adults without a bank account", cell), Paragraph("about 1,900", cell)]],
                      colWidths=[fw * 0.35, fw * 0.15], hAlign="LEFT",
                      style=TableStyle([("SPAN", (0, 0), (-1, 0)), ("BOX", (0, 0), (-1, -1), 0.6, plum),
                                        ("BACKGROUND", (0, 0), (-1, -1), pale)]))
        glossary = Table([[Paragraph("<b>How to read our SMART objectives</b>", cell)],
                          [Paragraph("<b>S – Specific:</b> what exactly will be done, and by whom.", cell)],
                          [Paragraph("<b>M – Measurable:</b> how we will know it has worked.", cell)],
                          [Paragraph("<b>A – Achievable:</b> the money, staff or partners it needs.", cell)],
                          [Paragraph("<b>R – Relevant:</b> why it matters for residents.", cell)],
                          [Paragraph("<b>T – Time-bound:</b> the date by which it should be done.", cell)]],
                         colWidths=[fw * 0.42], hAlign="LEFT",
                         style=TableStyle([("BOX", (0, 0), (-1, -1), 1, plum),
                                           ("BACKGROUND", (0, 0), (-1, 0), pale)]))
        s += [Table([[facts, glossary]], colWidths=[fw * 0.53, fw * 0.47], hAlign="LEFT",
                    style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))]
        s += [Paragraph("What residents told us", ParagraphStyle("wt", parent=h2, fontSize=11.5))]
        for t in ["Letters about arrears are frightening and hard to understand.",
                  "Advice services are only open when people are at work.",
                  "Applying for help online is hard without a smartphone or data."]:
            s.append(Paragraph(_h.escape(t), ParagraphStyle("bl", parent=base, leftIndent=12, bulletIndent=2,
                                                             spaceAfter=2), bulletText="•"))
        s += [CondPageBreak(60 * mm), Paragraph("3 Our priorities and SMART objectives", h2)]
        for gi, (gtext, rows) in enumerate(pri, start=1):
            head = [Paragraph(f"Priority {gi}", prh), Paragraph(_h.escape(gtext), prs)]
            if rows is None:
                s += [*head, Paragraph("Objectives for this priority will be set with the Digital Inclusion " "Partnership when it is formed in 2027.", small)]
                continue
            s += [CondPageBreak(45 * mm), *head, smart_table(rows), Spacer(1, 6)]
        s += [Paragraph("4 Governance and reporting", h2),
              Paragraph("The Financial Inclusion Partnership meets every quarter and reports to Cabinet each July. "
                        "The plan will be refreshed in spring 2029 after the next residents' survey.", base)]
        return s

    class Doc(SimpleDocTemplate):
        _n_pages = 0

    for _pass in (1, 2):  # the first pass counts the pages for 'Page n of N'
        doc = Doc(str(pdf), pagesize=landscape(A4), leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
                  bottomMargin=16 * mm, title=plan.title, author="Harrowmere Borough Council",
                  creator="Harrowmere Borough Council", invariant=1)
        doc._n_pages = Doc._n_pages
        doc.build(story(), onFirstPage=furniture, onLaterPages=furniture)
        Doc._n_pages = doc.page
    gold = write_gold(plan, pdf)
    add_indicators(gold, indicators, pdf)
    return plan, pdf



# =========================================================================== 4 bilingual nb / nordsamisk


@plan_builder
def build_samisk_tospraklig() -> tuple[Plan, Path]:
    """Bilingual bokmål / nordsamisk plan (odfpy → LibreOffice): a borderless two-column table on every
    page, Norwegian left, Sámi right; goals, strategies and per-goal measure tables in both languages."""
    slug = "samisk-tospraklig"
    bh, ok, ks = "Barnehagesjef", "Oppvekstsjef", "Kultursjef"
    alle = "Alle skoler"
    sa = {bh: "Mánáidgárdehoavda", ok: "Bajásšaddanhoavda", ks: "Kulturhoavda", alle: "Buot skuvllat",
          "Personalsjef": "Bargiidhoavda", "Rektor ved Gáisi skole": "Gáisi skuvlla rektor",
          "Oppvekstsjef og PPT": "Bajásšaddanhoavda ja PPB", "": ""}
    # (goal nb, goal se, [(strategy nb, strategy se)], [(measure nb, measure se, owner cell, owners, deadline nb,
    #  deadline se, kind, outside, note)] | (sentence nb, sentence se))
    tree = [
        ("Alle barn i kommunen skal få tilbud om samisk språk i barnehagen.",
         "Buot mánát gielddas galget oažžut fálaldaga sámegielas mánáidgárddis.",
         [("Vi vil rekruttere og beholde samisktalende ansatte i barnehagene.",
           "Mii áigut rekrutteret ja doallat sámegielat bargiid mánáidgárddiin.")], [
            ("Opprette en samisk avdeling i Gáisi barnehage", "Ásahit sámi ossodaga Gáisi mánáidgárddis", bh, [bh],
             "Høst 2026", "Čakčat 2026", "period", False, ""),
            ("Gi stipend til ansatte som tar samisk språkutdanning",
             "Addit stipeandda bargiide geat váldet sámegiela oahpu", "Personalsjef", ["Personalsjef"], "Årlig",
             "Jahkásaččat", "recurring", False, "'Årlig' recurring"),
            ("Kjøpe inn samiskspråklige bøker og spill til alle barnehagene",
             "Oastit sámegielat girjjiid ja spealuid buot mánáidgárddiide", "", [], "2027", "2027", "period", False,
             "empty Ansvar / Ovddasvástádus"),
        ]),
        ("Flere elever skal ha samisk som første- eller andrespråk i grunnskolen.",
         "Eanet oahppit galget lohkat sámegiela vuosttaš- dahje nubbingiellan vuođđoskuvllas.",
         [("Vi vil samarbeide med nabokommunene om fjernundervisning i samisk.",
           "Mii áigut ovttasbargat ránnjágielddaiguin sámegiela gáiddusoahpahusas.")], [
            ("Tilby fjernundervisning i samisk i samarbeid med nabokommunene",
             "Fállat sámegiela gáiddusoahpahusa ovttas ránnjágielddaiguin", "Rektor ved Gáisi skole",
             ["Rektor ved Gáisi skole"], "Vår 2027", "Giđđat 2027", "period", False, ""),
            ("Lage en plan for overgangen fra barnehage til skole for samisktalende barn",
             "Ráhkadit plána mánáidgárddis skuvlii sirdáseami várás sámegielat mánáide", "Oppvekstsjef og PPT",
             [ok, "PPT"], "31.12.2026", "31.12.2026", "date", False, "two owners"),
            ("Informere foreldrene om retten til opplæring i samisk ved skolestart",
             "Diehtit váhnemiidda vuoigatvuođa birra oažžut sámegiel oahpahusa skuvlaálgimis", alle, [alle],
             "Hvert år", "Juohke jagi", "recurring", False, "'Alle skoler' diffuse; 'Hvert år' recurring"),
        ]),
        ("Barn og unge skal kjenne samisk kultur, historie og næringer.",
         "Mánát ja nuorat galget dovdat sámi kultuvrra, historjjá ja ealáhusaid.",
         [("Vi vil bruke duodji, reindrift og fiske i undervisningen.",
           "Mii áigut geavahit duoji, boazodoalu ja guolásteami oahpahusas.")], [
            ("Gjennomføre en kulturuke med duodji og reindrift for 5.–7. trinn",
             "Lágidit kulturvahkku duojiin ja boazodoaluin 5.–7. ceahkkái", ks, [ks], "Høst 2027", "Čakčat 2027",
             "period", False, ""),
            ("Utarbeide en lokal læreplan i samisk historie", "Ráhkadit báikkálaš oahppoplána sámi historjjás", ok,
             [ok], None, "", None, False, "empty Frist / Áigemearri"),
            ("Ansette en samisk kulturarbeider ved ungdomsklubben",
             "Virgádit sámi kulturbargi nuoraidklubbii", ks, [ks], "2030", "2030", "period", True,
             "'2030' after the plan period 2026–2029"),
        ]),
        ("Foreldre skal få veiledning om tospråklig oppvekst.",
         "Váhnemat galget oažžut bagadusa guovttegielat bajásšaddama birra.", [],
         ("Tiltak for dette målet utarbeides sammen med helsestasjonen i 2027.",
          "Doaibmabijut dán ulbmila várás ráhkaduvvojit ovttas dearvvašvuođastašuvnnain 2027:s.")),
    ]
    goals, strategies, measures = [], [], []
    for gi, (gnb, _gse, strats, rows) in enumerate(tree, start=1):
        goals.append(G(f"G{gi}", gnb))
        for si, (snb, _sse) in enumerate(strats, start=1):
            strategies.append(S(f"S{gi}.{si}", snb, [f"G{gi}"]))
        if isinstance(rows, tuple):
            continue
        for k, (mnb, _mse, _cell, owners, when, _wse, kind, outside, note) in enumerate(rows, start=1):
            measures.append(M(f"M{gi}.{k}", mnb, [f"G{gi}"], owners, when, kind,
                              diffuse=tuple(o for o in owners if o == alle), outside=outside, note=note))
    plan = Plan(
        slug=slug, language="nb",
        title="Handlingsplan for samisk språk og kultur i oppveksten 2026–2029", period=(2026, 2029),
        goals=goals, strategies=strategies, measures=measures, source_ext="odt",
        notes="""
OpenDocument (odfpy) → LibreOffice PDF, portrait A4. A BILINGUAL plan from a municipality in the
forvaltningsområdet for samisk språk (Gáisi suohkan / Gáisi kommune, invented): the whole body is a
BORDERLESS TWO-COLUMN TABLE, one row per block, with the BOKMÅL text in the LEFT column and the NORTHERN
SÁMI (davvisámegiella) translation in the RIGHT column, row by row, so every page carries both languages
side by side (a text line read across the page mixes the two). Running header in both languages
('Gáisi kommune · Gáisi suohkan'), footer 'Side / Siidu n'. Per goal a row 'Mål n' / 'Ulbmil n' with the
sentence in bold, a row 'Strategi' / 'Strategiija' with a 'Vi vil …' / 'Mii áigut …' sentence and a row
with a NESTED measure table in each column: 'Tiltak | Ansvar | Frist' on the left, 'Doaibmabijut |
Ovddasvástádus | Áigemearri' on the right (narrow cells: long words break). GOLD CONVENTION: every item
ONCE, in its NORWEGIAN wording; the Sámi translation is a parallel text, not more items (its goals,
strategies, measures, owners 'Mánáidgárdehoavda' and deadlines 'Čakčat 2026' are never items and never
findings). Goals under 'Mål n' (gold goal), strategies linked to the goal above, measures linked to the
goal above their table. Deadlines 'Høst 2026', '2027', 'Vår 2027', 'Høst 2027' (period), '31.12.2026'
(date); 'Årlig' and 'Hvert år' recurring (measure-has-deadline, warning); an empty Ansvar cell (measure-
has-owner, error), an empty Frist cell (measure-has-deadline, error); 'Alle skoler'
(owner-is-accountable, warning); '2030' after 2026–2029 (deadline-within-plan-period, warning);
'Oppvekstsjef og PPT' two owners. Mål 4 has no strategy and no table, only a sentence that its measures
are made with the helsestasjon (goal-has-measure, error). Traps that must NOT be read as items or
flagged: the Sámi column, the sameloven 'skal' quoted, the 'Samisk i Gáisi i tall' figures, the
background text, page furniture.""",
    )
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    from odf.style import Style, TableCellProperties, TableColumnProperties, TableProperties
    from odf.table import Table, TableCell, TableColumn, TableRow

    od = mb.Odt(size=10, header="Gáisi kommune · Gáisi suohkan · Samisk språk og kultur / Sámegiella ja kultuvra",
                footer_text="Side / Siidu", margin_cm=1.8)
    od.style("Lang", size=8, bold=True, color="#8a3b12", after=0.1)
    od.style("Goal", size=10, bold=True, after=0.15)
    od.style("Strat", size=9.5, italic=True, after=0.15)
    od.style("Small", size=8.5, italic=True, after=0.15)
    od.style("Cell", size=8, after=0.03)
    od.style("CellBold", size=8, bold=True, after=0.03)
    ts = Style(name="Bi", family="table")
    ts.addElement(TableProperties(width="17.4cm", align="left"))
    od.doc.automaticstyles.addElement(ts)
    cs = Style(name="BiC", family="table-column")
    cs.addElement(TableColumnProperties(columnwidth="8.7cm"))
    od.doc.automaticstyles.addElement(cs)
    ks = Style(name="BiK", family="table-cell")
    ks.addElement(TableCellProperties(padding="0.12cm", border="none"))
    od.doc.automaticstyles.addElement(ks)
    ksr = Style(name="BiKR", family="table-cell")
    ksr.addElement(TableCellProperties(padding="0.12cm", border="none", borderleft="0.6pt solid #c9a27e",
                                       backgroundcolor="#fbf6f0"))
    od.doc.automaticstyles.addElement(ksr)
    bi = Table(name="Tospraklig", stylename=ts)
    bi.addElement(TableColumn(stylename=cs, numbercolumnsrepeated=2))

    def row(left, right):
        """left / right: lists of ('p', text, style) or ('t', rows)."""
        tr = TableRow()
        for side, items in ((0, left), (1, right)):
            tc = TableCell(stylename=ksr if side else ks, valuetype="string")
            for it in items:
                if it[0] == "p":
                    od.p(it[1], it[2], parent=tc)
                else:
                    od.table([4.3, 2.3, 1.7], it[1], parent=tc, header_fill="#ead7c6",
                             border="0.5pt solid #b08a68")
            tr.addElement(tc)
        bi.addElement(tr)

    od.p("GÁISI KOMMUNE · GÁISI SUOHKAN", "Lang")
    od.p(plan.title, "Title")
    od.p("Doaibmaplána sámegiela ja kultuvrra várás bajásšaddamis 2026–2029", "H2")
    od.p("Vedtatt i kommunestyret 19. mars 2026, sak 14/26 · Mearriduvvon gielddastivrras 19.3.2026, ášši 14/26",
         "Small")
    row([("p", "NORSK", "Lang")], [("p", "SÁMEGILLII", "Lang")])
    row([("p", "1 Innledning", "H2"),
         ("p", "Gáisi kommune har vært med i forvaltningsområdet for samisk språk siden 2008. Samisk og norsk er "
               "likeverdige språk i kommunen. Sameloven sier at den som henvender seg til kommunen på samisk, "
               "skal få svar på samisk. Planen viser hvordan barnehagene, skolene og kulturtjenesten skal styrke "
               "samisk språk og kultur i oppveksten de neste fire årene.", "Body"),
         ("p", "Samisk i Gáisi i tall: 212 barn i barnehagealder, 64 av dem i samisk språkmiljø hjemme. 38 "
               "elever har samisk i fagfordelingen (2025). 5 av 46 barnehageansatte snakker samisk.", "Small")],
        [("p", "1 Álgu", "H2"),
         ("p", "Gáisi suohkan lea leamaš mielde sámegiela hálddašanguovllus jagi 2008 rájes. Sámegiella ja dárogiella "
               "leaba ovttaárvosaš gielat suohkanis. Sámelága mielde galgá son guhte váldá oktavuođa suohkaniin "
               "sámegillii, oažžut vástádusa sámegillii. Plána čájeha movt mánáidgárddit, skuvllat ja "
               "kulturbálvalus galget nannet sámegiela ja kultuvrra bajásšaddamis boahtte njeallje jagi.", "Body"),
         ("p", "Sámegiella Gáisis loguin: 212 máná mánáidgárdeagis, 64 sis leat sámegielat birrasis ruovttus. 38 "
               "oahppi lohket sámegiela (2025). 5 46 mánáidgárdebargis hállet sámegiela.", "Small")])
    ch_nb = ["Det er for få samisktalende barnehagelærere og lærere, og flere går av med pensjon de neste årene.",
             "Mange foreldre vet ikke at barna har rett til opplæring i samisk.",
             "Elever som bor langt fra Gáisi skole, får samiskundervisning bare noen timer i uka.",
             "Ungdom bruker mindre samisk når de begynner på ungdomsskolen."]
    ch_se = ["Leat menddo unnán sámegielat mánáidgárdeoahpaheaddjit ja oahpaheaddjit, ja máŋggas mannet "
             "ealáhussii boahtte jagiid.",
             "Máŋga váhnema eai dieđe ahte mánáin lea vuoigatvuohta oažžut sámegiel oahpahusa.",
             "Oahppit geat orrot guhkkin Gáisi skuvllas, ožžot sámegiel oahpahusa dušše moadde diimmu vahkus.",
             "Nuorat geavahit unnit sámegiela go álget nuoraidskuvlii."]
    row([("p", "Utfordringer", "H3")] + [("p", "• " + t, "Body") for t in ch_nb],
        [("p", "Hástalusat", "H3")] + [("p", "• " + t, "Body") for t in ch_se])
    row([("p", "Dette har vi gjort", "H3"),
         ("p", "I forrige planperiode åpnet vi et språkreir for de minste barna, startet et samisk "
               "leksehjelptilbud og fikk samiske stedsnavn på alle skilt ved skolene. Arbeidsgruppen for "
               "planen har bestått av barnehagesjefen, to rektorer, kultursjefen, en representant for "
               "foreldrene og leder av samisk språkutvalg.", "Body")],
        [("p", "Dán leat mii dahkan", "H3"),
         ("p", "Ovddit plánaáigodagas rahpat mii giellabesi unnimus mánáide, álggahit sámegiel "
               "leaksaveahkki ja bijaimet sámi báikenamaid buot galbbaide skuvllaid luhtte. Plána "
               "bargojoavkkus leat leamaš mánáidgárdehoavda, guokte rektora, kulturhoavda, váhnemiid "
               "ovddasteaddji ja sámegiela lávdegotti jođiheaddji.", "Body")])
    row([("p", "2 Mål, strategier og tiltak", "H2")], [("p", "2 Ulbmilat, strategiijat ja doaibmabijut", "H2")])
    for gi, (gnb, gse, strats, rows) in enumerate(tree, start=1):
        row([("p", f"Mål {gi}", "H3"), ("p", gnb, "Goal")], [("p", f"Ulbmil {gi}", "H3"), ("p", gse, "Goal")])
        for snb, sse in strats:
            row([("p", f"Strategi: {snb}", "Strat")], [("p", f"Strategiija: {sse}", "Strat")])
        if isinstance(rows, tuple):
            row([("p", rows[0], "Small")], [("p", rows[1], "Small")])
            continue
        tnb = [["Tiltak", "Ansvar", "Frist"]] + [[r[0], r[2], r[4] or ""] for r in rows]
        tse = [["Doaibmabijut", "Ovddasvástádus", "Áigemearri"]] + [[r[1], sa[r[2]], r[5]] for r in rows]
        row([("t", tnb)], [("t", tse)])
    row([("p", "3 Oppfølging", "H2"),
         ("p", "Oppvekstsjefen rapporterer om planen til samisk språkutvalg hvert år innen 1. juni. Planen "
               "rulleres i 2029.", "Body")],
        [("p", "3 Čuovvoleapmi", "H2"),
         ("p", "Bajásšaddanhoavda raportere plána birra sámegiela lávdegoddái juohke jagi ovdal geassemánu "
               "1. beaivvi. Plána ođasmahttojuvvo 2029:s.", "Body")])
    od.doc.text.addElement(bi)
    od.p("Kontakt / Oktavuohta: oppvekstsjef / bajásšaddanhoavda Elle Márjá Somby, postmottak@gaisi.kommune.no, "
         "tlf. 78 40 12 00. Planen finnes også på kommunens nettside / Plána gávdno maiddái suohkana "
         "neahttasiiddus.", "Small")
    src = d / f"{slug}.odt"
    od.save(src, title=plan.title, author="Gáisi kommune")
    pdf = bk.soffice_pdf(src, d)
    write_gold(plan, pdf)
    return plan, pdf


# =========================================================================== verify / main


def main(argv: list[str]) -> None:
    """Build the plans (or the SLUGs), --verify or --twice: blindkit.plans_main."""
    bk.plans_main(argv, plans=PLANS, out=OUT, strategies=True)


if __name__ == "__main__":
    main(sys.argv[1:])
