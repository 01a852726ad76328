"""Build the forty-ninth batch of blind authored plans (corpora/authored/<slug>/), four layout forms no earlier
batch holds: a Swedish handlingsplan sent out as a REMISS VERSION THAT IS ALSO THE ANSWER FORM (a respondent block
to fill in, an empty yellow 'Era synpunkter' column beside every measure table, after each goal a question to the
remissinstanser with 'Tillstyrker / Tillstyrker med ändringar / Avstyrker' tick boxes and an empty 'Motivering'
box; python-docx → LibreOffice Writer); an English youth action plan whose four GOALS ARE 'HOW MIGHT WE …?'
QUESTIONS, among survey and workshop questions that are no goals (odfpy .odt → LibreOffice Writer); a bokmål
handlingsprogram printed as a FIXED-WIDTH REPORT FROM THE FINANCIAL SYSTEM (monospace, run date and user in the
header, a parameter page, ruled with '=' and '-', cost-centre codes, amounts in 1 000 kr, 'Sum' lines, 'Merknad:'
lines, the column head repeated on every page and a goal carried over as 'MÅL 2.n (forts.)'; reportlab); a Danish
klimahandleplan follow-up as a BUSINESS-INTELLIGENCE DASHBOARD EXPORTED TO PDF (16:9 report pages, slicers, KPI
cards, a donut and a bar chart, a multi-row card holding the goals, a table visual holding the measures, the
report-page tabs and 'Data opdateret' on every page; HTML → Chromium).

    python corpora/scripts/make_blind_corpus49.py              # every plan
    python corpora/scripts/make_blind_corpus49.py SLUG ...     # some of them
    python corpora/scripts/make_blind_corpus49.py --verify     # check gold against the PDFs
    python corpora/scripts/make_blind_corpus49.py --twice      # build twice, compare sha256

Generic helpers from blindkit.py; plan data classes, findings (as in batch 1), gold writer and the odfpy writer
`Odt` from make_blind_corpus.py, the pdftotext check from make_blind_corpus3.py, the whole-text check on pdftotext
-raw from make_blind_corpus34.py, the row helpers `_rows` and `_odt_rows_unsplit` from make_blind_corpus37.py and
the editorial-leftover appender `_leftovers` from make_blind_corpus41.py (imported, not copied). Written blind: the
author read no code under plancheck/, bench/, tests/, rules/ or docs/ and did not run plancheck. Gold files carry
`held_out: true`.
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
import make_blind_corpus3 as mb3  # noqa: E402
import make_blind_corpus34 as mb34  # noqa: E402
import make_blind_corpus37 as mb37  # noqa: E402
import make_blind_corpus41 as mb41  # noqa: E402
from make_blind_corpus import G, Plan  # noqa: E402

ROOT = HERE.parents[1]
OUT = ROOT / "corpora" / "authored"

PLANS, plan_builder, write_gold = mb.builder_registry("make_blind_corpus49.py")
E = lambda s: _h.escape(s, quote=False)  # noqa: E731
PATTERNS = ("*.docx", "*.odt", "*.html", "*.pdf", "*.gold.yaml")


def _measures(rows, period_end: int):
    """make_blind_corpus37._rows, with a deadline whose year stands inside a date ('31.12.2032') also outside
    the plan period when the year is after it (the bare-year test of _rows does not look inside dates)."""
    out = mb37._rows(rows, period_end)
    for m in out:
        years = [int(y) for y in re.findall(r"(?<!\d)(\d{4})(?!\d)", m.deadline or "")]
        if years and min(years) > period_end:
            m.outside = True
    return out


def _gold(plan: Plan, pdf: Path, *, leftovers: tuple[str, ...] = (), **kw) -> Path:
    """write_gold with the pages looked up as pdftotext reads them (blindkit.gold_by_pdftotext), then the
    editorial leftovers appended (make_blind_corpus41._leftovers)."""
    path = bk.gold_by_pdftotext(write_gold, plan, pdf, **kw)
    if leftovers:
        mb41._leftovers(path, pdf, leftovers)
    return path


# =========================================================================== 1 Swedish remiss version = answer form (docx)

SV_SLUG = "foreningsliv-remissvar-sv"
SV_TITLE = "Handlingsplan för föreningsliv och fritid 2028–2031"
SV_GOALS = [
    ("G1", "Fler barn och unga ska vara aktiva i en förening"),
    ("G2", "Föreningarna ska ha tillgång till ändamålsenliga lokaler och anläggningar"),
    ("G3", "Det ska vara enkelt att starta och driva en förening i Ölmestad"),
    ("G4", "Fler äldre och personer med funktionsnedsättning ska kunna delta i föreningslivet"),
]
SV_QUESTIONS = [
    "Är åtgärderna under mål 1 tillräckliga för att nå de unga som inte är med i någon förening i dag?",
    "Vilka lokaler eller anläggningar saknar er förening i dag?",
    "Saknas någon åtgärd som skulle göra det enklare för er att driva föreningen?",
    "Hur kan kommunen bäst nå äldre och personer med funktionsnedsättning som vill delta?",
]
SV_LEFTOVER = "(Karin: ska frågorna till remissinstanserna tas bort i beslutsversionen?)"
SV_ANSWER_HEAD = "Era synpunkter"
# (id, nr, Åtgärd, goal, Ansvarig as printed, owners, Klart as printed or None, kind, note)
SV_ROWS = [
    ("A1", "1.1", "Införa ett fritidskort som ger alla barn 8–16 år 2 000 kronor per år till avgifter i föreningar",
     "G1", "Kultur- och fritidsförvaltningen", ["Kultur- och fritidsförvaltningen"], "2028-08-01", "date",
     "the amount and the age span in the text are no deadline"),
    ("A2", "1.2", "Erbjuda prova-på-dagar i samarbete med föreningarna under skolloven", "G1",
     "Fritidsgårdarna och Föreningsrådet", ["Fritidsgårdarna", "Föreningsrådet"], "Varje sommarlov", "recurring",
     "two owners joined by 'och'; recurring; Föreningsrådet is also a remissinstans (there no owner)"),
    ("A3", "1.3", "Höja aktivitetsstödet för föreningar med verksamhet för flickor 13–20 år", "G1",
     "Kultur- och fritidsnämnden", ["Kultur- och fritidsnämnden"], "2029", "period", ""),
    ("A4", "2.1", "Ta fram en lokalförsörjningsplan för idrotts- och föreningslokaler", "G2",
     "Samhällsbyggnadsförvaltningen", ["Samhällsbyggnadsförvaltningen"], "Hösten 2028", "period", ""),
    ("A5", "2.2", "Öppna skolornas idrottshallar för föreningar även på lördagar och söndagar", "G2", "", [],
     "2029-01-01", "date", "empty Ansvarig cell: no owner"),
    ("A6", "2.3", "Bygga en ny konstgräsplan vid Östra skolan", "G2", "Fastighetsavdelningen",
     ["Fastighetsavdelningen"], "2032", "period", "'2032' after the plan period 2028–2031"),
    ("A7", "2.4", "Införa ett digitalt bokningssystem för alla kommunala lokaler", "G2",
     "Kultur- och fritidsförvaltningen och IT-enheten", ["Kultur- och fritidsförvaltningen", "IT-enheten"],
     "2028-12-31", "date", "two owners joined by 'och', the first with an 'och' of its own"),
    ("A8", "3.1", "Samla all information om bidrag, lokaler och regler på en sida på kommunens webbplats", "G3",
     "Kommunikationsavdelningen", ["Kommunikationsavdelningen"], "Våren 2028", "period", ""),
    ("A9", "3.2", "Erbjuda kurser i styrelsearbete och ekonomi för föreningarnas ledare", "G3", "Studieförbunden",
     ["Studieförbunden"], "Varje termin", "recurring", "recurring"),
    ("A10", "3.3", "Förenkla ansökan om föreningsbidrag så att den kan göras digitalt", "G3",
     "Kultur- och fritidsförvaltningen", ["Kultur- och fritidsförvaltningen"], None, None,
     "empty Klart cell: no deadline"),
    ("A11", "4.1", "Kartlägga hur tillgängliga kommunens idrottsanläggningar är för personer med "
     "funktionsnedsättning", "G4", "Alla förvaltningar", ["Alla förvaltningar"], "2029", "period",
     "'Alla förvaltningar' diffuse"),
    ("A12", "4.2", "Ge föreningar bidrag för att köpa in hjälpmedel och anpassad utrustning", "G4",
     "Kultur- och fritidsnämnden", ["Kultur- och fritidsnämnden"], "Löpande", "continuous", "continuous"),
    ("A13", "4.3", "Anordna en föreningsmässa för seniorer på biblioteket", "G4", "Biblioteket och Föreningsrådet",
     ["Biblioteket", "Föreningsrådet"], "Hösten 2029", "period", "two owners joined by 'och'"),
]
SV_TEXT = {
    "about": [
        "Kultur- och fritidsnämnden skickar förslaget till handlingsplan för föreningsliv och fritid på remiss. "
        "Det här dokumentet är både förslaget och ert svarsformulär: skriv era synpunkter i den gula kolumnen "
        "bredvid åtgärderna och svara på frågan efter varje mål.",
        "Svaret ska ha kommit in senast 2027-12-15 till kultur.fritid@olmestad.se. Ange diarienummer KFN 2027/118. "
        + SV_LEFTOVER,
    ],
    "instanser": "Föreningsrådet i Ölmestad, Ölmestads idrottsallians, Pensionärsrådet, Rådet för "
                 "funktionshinderfrågor, Barn- och utbildningsnämnden och Socialnämnden.",
    "tidplan": [["Remisstid", "2027-10-04 – 2027-12-15"],
                ["Beslut i kultur- och fritidsnämnden", "2028-02-08"],
                ["Beslut i kommunfullmäktige", "2028-03-20"]],
    "bakgrund": [
        "Ölmestad har ett rikt föreningsliv med drygt 130 föreningar som får bidrag från kommunen. Antalet "
        "föreningar och medlemmar har minskat de senaste åren, och färre unga är med i en förening än tidigare.",
        "Enligt kommunens regler för föreningsbidrag ska en förening ha minst tio medlemmar och vara öppen för "
        "alla för att få bidrag. Reglerna ändras inte i den här planen.",
    ],
    "stats": [["", "2024", "2025", "2026"],
              ["Bidragsberättigade föreningar", "142", "138", "131"],
              ["Deltagartillfällen för barn och unga 7–20 år", "61 400", "58 900", "55 200"],
              ["Andel unga 13–19 år som är med i en förening", "48 %", "45 %", "44 %"]],
    "guide": "Under varje mål finns en tabell med åtgärder. Den sista kolumnen är till för era synpunkter. "
             "Efter tabellen följer en fråga till remissinstanserna.",
    "follow": "Kultur- och fritidsförvaltningen följer upp planen varje år i verksamhetsberättelsen. Planen "
              "revideras 2030.",
}
SV_PAGES = "3"


def _docx_box(doc, lines: list[tuple[str, bool]], width_mm: float, *, size: float = 9.5, fill: str | None = None):
    """A one-cell ruled table holding LINES (text, bold) as paragraphs: an answer box."""
    t = dh.new_table(doc, [width_mm])
    row = dh.add_row(t, [lines[0][0]], [width_mm], size=size, bold=lines[0][1])
    cell = row.cells[0]
    for text, bold in lines[1:]:
        dh.para(cell, text, size=size, bold=bold, space_after=2)
    if fill:
        dh.shade(cell, fill)
    return t


@plan_builder
def build_foreningsliv_remissvar_sv() -> tuple[Plan, Path]:
    """Swedish handlingsplan (python-docx → LibreOffice) sent on REMISS AS ITS OWN ANSWER FORM: 'Remissversion –
    svarsformulär' box with an empty respondent block, the remiss timetable, per goal 'Mål n' + bold sentence and
    a table 'Nr | Åtgärd | Ansvarig | Klart | Era synpunkter' whose last column is empty and yellow, then 'Fråga n
    till remissinstanserna' with tick boxes and an empty 'Motivering' box; 'Övriga synpunkter' at the end."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    slug = SV_SLUG
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    plan = Plan(slug=slug, language="sv", title=SV_TITLE, period=(2028, 2031),
                goals=[G(g, t) for g, t in SV_GOALS], measures=_measures(SV_ROWS, 2031), source_ext="docx",
                notes=SV_NOTES)
    dark, yellow = "2E5A3C", "FFF3B0"
    doc = dh.new_document(font="Liberation Sans", size=10, margins_mm=20, heading_color=dark)
    mb.docx_lang(doc, "sv-SE")
    sec = doc.sections[0]
    dh.ruled_header(sec, "ÖLMESTAD KOMMUN · Kultur- och fritidsnämnden · Remissversion 2027-10-04 · Dnr KFN "
                    "2027/118", size=8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    dh.page_of_footer(fp, "Sida ", " av ", SV_PAGES, size=8)
    dh.para(doc, "REMISSVERSION", size=10, bold=True, color="B03A2E", space_after=2)
    dh.para(doc, SV_TITLE, size=19, bold=True, color=dark, space_after=8)
    t = _docx_box(doc, [("Remissversion – svarsformulär", True)] + [(x, False) for x in SV_TEXT["about"]], 170,
                  size=9.5, fill="E6F0E8")
    dh.para(doc, "Remissinstansens uppgifter (fylls i av er)", bold=True, space_before=8, space_after=2)
    widths = [45, 125]
    t = dh.new_table(doc, widths)
    for label in ("Remissinstans", "Kontaktperson", "E-post", "Datum"):
        row = dh.add_row(t, [label, ""], widths, size=9.5)
        dh.shade(row.cells[0], "E6F0E8")
        dh.shade(row.cells[1], yellow)
    dh.para(doc, "Remissinstanser: " + SV_TEXT["instanser"], size=9.5, space_before=6, space_after=4)
    dh.para(doc, "Tidplan", bold=True, space_after=2)
    widths = [80, 90]
    t = dh.new_table(doc, widths)
    for r in SV_TEXT["tidplan"]:
        dh.add_row(t, r, widths, size=9.5)
    dh.heading(doc, "1 Bakgrund", 1)
    for x in SV_TEXT["bakgrund"]:
        dh.para(doc, x, space_after=5)
    dh.para(doc, "Föreningslivet i siffror", bold=True, space_after=2)
    widths = [95, 25, 25, 25]
    t = dh.new_table(doc, widths)
    for i, r in enumerate(SV_TEXT["stats"]):
        dh.add_row(t, r, widths, size=9, bold=i == 0, fill="E6F0E8" if i == 0 else None)
    dh.heading(doc, "2 Mål och åtgärder", 1)
    dh.para(doc, SV_TEXT["guide"], space_after=4)
    widths = [10, 62, 36, 22, 40]
    for gi, (g, gt) in enumerate(SV_GOALS, 1):
        dh.heading(doc, f"Mål {gi}", 2)
        dh.para(doc, gt, bold=True, space_after=4, keep_with_next=True)
        t = dh.new_table(doc, widths)
        head = dh.add_row(t, ["Nr", "Åtgärd", "Ansvarig", "Klart", SV_ANSWER_HEAD], widths, size=9, bold=True,
                          fill="E6F0E8")
        dh.shade(head.cells[4], "F2D95C")
        dh.set_repeat_header(head)
        for _id, nr, text, gg, who, _o, when, _k, _n in SV_ROWS:
            if gg != g:
                continue
            r = dh.add_row(t, [nr, text, who, when or "", ""], widths, size=9)
            dh.shade(r.cells[4], yellow)
            dh.set_cant_split(r)
        dh.para(doc, f"Fråga {gi} till remissinstanserna", bold=True, size=9.5, space_before=6, space_after=1,
                keep_with_next=True)
        dh.para(doc, SV_QUESTIONS[gi - 1], italic=True, size=9.5, space_after=2, keep_with_next=True)
        dh.para(doc, "☐ Tillstyrker      ☐ Tillstyrker med ändringar      ☐ Avstyrker", size=9.5, space_after=3,
                keep_with_next=True)
        _docx_box(doc, [("Motivering:", False), ("", False), ("", False)], 170, size=9.5, fill=yellow)
    dh.heading(doc, "3 Uppföljning", 1)
    dh.para(doc, SV_TEXT["follow"], space_after=6)
    dh.para(doc, "Övriga synpunkter på förslaget", bold=True, space_after=2)
    _docx_box(doc, [("", False)] * 6, 170, size=9.5, fill=yellow)
    dh.para(doc, "Tack för ert svar! Frågor om remissen besvaras av Maria Eklund, fritidsstrateg, telefon "
            "0470-55 21 08.", size=9.5, space_before=6)
    for p in doc.paragraphs:
        for r in p.runs:
            if r.font.size is None:
                r.font.size = Pt(10)
    dh.set_core_properties(doc, title=SV_TITLE + " – remissversion", author="Ölmestad kommun")
    src = d / f"{slug}.docx"
    dh.save_deterministic(doc, src)
    pdf = bk.soffice_pdf(src)
    _gold(plan, pdf, leftovers=(SV_LEFTOVER,))
    return plan, pdf


SV_NOTES = """
python-docx → LibreOffice Writer, A4 portrait, Liberation Sans 10 pt, Ölmestad kommun (Kultur- och fritidsnämnden).
The plan as sent on REMISS, made into its OWN ANSWER FORM: ruled header 'ÖLMESTAD KOMMUN · Kultur- och
fritidsnämnden · Remissversion 2027-10-04 · Dnr KFN 2027/118', footer 'Sida n av N'. P. 1: red kicker
'REMISSVERSION', title, a shaded box 'Remissversion – svarsformulär' (how to answer; 'Svaret ska ha kommit in
senast 2027-12-15 …': a 'ska' and a date of the REMISS, no goal, no deadline; the note to a colleague '(Karin: ska
frågorna till remissinstanserna tas bort i beslutsversionen?)' = EDITORIAL LEFTOVER), the respondent block
'Remissinstansens uppgifter (fylls i av er)' (Remissinstans / Kontaktperson / E-post / Datum, the value cells EMPTY
and yellow: nothing missing), the list of remissinstanser (Föreningsrådet, Pensionärsrådet …: no owners) and a
'Tidplan' table (remiss period, board and council decision dates: process, no deadlines). 1 Bakgrund (the bidrag
rules' 'ska': a trap, no goal; statistics table 2024–2026). 2 Mål och åtgärder: a reading note, then per goal a
Heading 2 'Mål n', the goal sentence in bold (the GOALS) and a table 'Nr | Åtgärd | Ansvarig | Klart | Era
synpunkter' (rows kept whole, header repeated: goal 4's table breaks p. 2→3; the narrow Ansvarig cells break
'Samhällsbyggnadsförv|altningen', 'Kommunikationsavdel|ningen'; MEASURES = the Åtgärd cells, linked to the goal
above). The last column 'Era
synpunkter' is EMPTY and yellow in every row: a place for the respondent's comment, no owner and no deadline column.
After each table 'Fråga n till remissinstanserna' with a QUESTION in italics (no goal), the tick boxes '☐
Tillstyrker ☐ Tillstyrker med ändringar ☐ Avstyrker' and an empty yellow 'Motivering:' box. 3 Uppföljning
(process), an empty 'Övriga synpunkter på förslaget' box, and 'Tack för ert svar! … Maria Eklund, fritidsstrateg'
(a contact, no owner). OWNERS = Ansvarig as printed ('Fritidsgårdarna och Föreningsrådet', 'Kultur- och
fritidsförvaltningen och IT-enheten', 'Biblioteket och Föreningsrådet' two each; 'Kultur- och fritidsnämnden' ONE;
'Alla förvaltningar' diffuse; empty = none). DEADLINE = Klart as printed ('2028-08-01', '2029-01-01', '2028-12-31'
dates; '2029', 'Hösten 2028', 'Våren 2028', 'Hösten 2029' periods; 'Varje sommarlov', 'Varje termin' recurring;
'Löpande' continuous; '2032' after 2028–2031; empty = none).
"""


# =========================================================================== 2 English youth plan, goals as 'How might we' questions (odfpy)

EN_SLUG = "youth-voice-questions-en"
EN_TITLE = "Youth Voice Action Plan 2028–2031"
EN_GOALS = [
    ("G1", "How might we make sure every young person in Coldmarsh has a safe and free place to go after school "
           "and in the evenings?"),
    ("G2", "How might we make it cheaper and easier for young people to get around the borough on their own?"),
    ("G3", "How might we help young people find support for their mental health before things get too hard?"),
    ("G4", "How might we make sure young people's views change the decisions the council makes?"),
]
EN_SHORT = ["Somewhere to go", "Getting around", "Feeling OK", "Being heard"]
EN_LEFTOVER = "[Photo: Youth Council at the Town Hall – check consent forms before publishing]"
# (id, nr, Action, goal, Who leads as printed, owners, By when as printed or None, kind, note)
EN_ROWS = [
    ("Y1", "1.1", "Open the youth centre in Station Road four evenings a week, including Friday nights", "G1",
     "Youth Service", ["Youth Service"], "September 2028", "period", ""),
    ("Y2", "1.2", "Run free sport and music sessions in every ward during the summer holidays", "G1",
     "Leisure Services and Coldmarsh Sports Trust", ["Leisure Services", "Coldmarsh Sports Trust"],
     "Every summer holiday", "recurring", "two owners joined by 'and'; recurring"),
    ("Y3", "1.3", "Ask young people to help design the new skate park at Marsh Lane", "G1", "Parks and Open Spaces",
     ["Parks and Open Spaces"], "Spring term 2029", "period", "one team named with 'and'; a school term"),
    ("Y4", "2.1", "Ask bus operators to extend the £1 youth fare to everyone under 20", "G2", "Transport Planning",
     ["Transport Planning"], None, None, "empty By when cell: no deadline"),
    ("Y5", "2.2", "Map safe cycle routes to every secondary school and the college", "G2", "", [], "July 2029",
     "period", "empty Who leads cell: no owner"),
    ("Y6", "2.3", "Publish a travel guide for young people written by the Youth Council", "G2", "Youth Council",
     ["Youth Council"], "Autumn term 2028", "period", "a school term"),
    ("Y7", "3.1", "Place a mental health support worker in every secondary school", "G3",
     "Public Health and Coldmarsh Mind", ["Public Health", "Coldmarsh Mind"], "End of the 2028/29 school year",
     "period", "two owners joined by 'and'; a school year"),
    ("Y8", "3.2", "Train youth workers and sports coaches in mental health first aid", "G3", "All youth services",
     ["All youth services"], "2029", "period", "'All youth services' diffuse"),
    ("Y9", "3.3", "Start a drop-in chat service for young people on Tuesday and Thursday evenings", "G3",
     "Coldmarsh Mind", ["Coldmarsh Mind"], "January 2029", "period", "the weekdays in the text are no deadline"),
    ("Y10", "4.1", "Give the Youth Council a standing item on the agenda of every Cabinet meeting", "G4",
     "Democratic Services", ["Democratic Services"], "Ongoing", "continuous", "continuous"),
    ("Y11", "4.2", "Hold a Youth Takeover Day when young people shadow councillors and officers", "G4",
     "Democratic Services and Youth Council", ["Democratic Services", "Youth Council"], "Every March",
     "recurring", "two owners joined by 'and'; recurring"),
    ("Y12", "4.3", "Ask young people to help score bids to the Community Grants Fund", "G4", "Community Development",
     ["Community Development"], "2032", "period", "'2032' after the plan period 2028–2031"),
]
EN_TEXT = {
    "about": [
        "This plan was written with 412 young people aged 11 to 19. Instead of goals, it is built on four questions "
        "that young people asked us. Each question is something the council and its partners want to have "
        "answered by 2031. Under each question you will find what young people told us and what we will do.",
        "The Education and Inspections Act 2006 says that councils must secure, so far as is reasonably "
        "practicable, sufficient youth services. That duty is the starting point for this plan, not one of its "
        "questions.",
    ],
    "how": [
        "Between October 2027 and January 2028 the Youth Council ran 14 workshops in schools, youth clubs and the "
        "college. In every workshop we asked three things: What is good about growing up in Coldmarsh? What would "
        "make it better? Who should we talk to about it?",
        "We grouped more than 1,100 ideas into themes and turned the biggest themes into questions that start "
        "with 'How might we'.",
    ],
    "glance": [f"{i}  {s}" for i, s in enumerate(EN_SHORT, 1)],
    "told": {
        "G1": ["“There’s nothing to do after six unless you pay.” (Year 10 student)",
               "When we asked “Is there enough for young people to do where you live?”, 31% said yes."],
        "G2": ["“The last bus home from town goes at 9.40.” (Year 12 student)",
               "When we asked “How do you usually get to your club or activity?”, 58% said a parent drives them."],
        "G3": ["“You have to wait months, and by then it’s worse.” (Youth Council member)",
               "When we asked “Would you know where to go if you were struggling?”, 44% said no."],
        "G4": ["“They ask us, and then nothing happens.” (Year 9 student)",
               "When we asked “Do you think the council listens to young people?”, 22% said yes."],
    },
    "know": {
        "G1": "More young people say there is enough to do where they live (2027: 31%).",
        "G2": "Fewer young people depend on a lift from a parent (2027: 58%).",
        "G3": "More young people know where to go for help (2027: 56%).",
        "G4": "More young people say the council listens (2027: 22%).",
    },
    "next": "The Youth Council will check progress with council officers twice a year and report to Cabinet "
            "every March. Young people can follow the plan on the council website.",
    "thanks": "Thank you to the members of Coldmarsh Youth Council who led the workshops: Amira Khan (Chair), "
              "Josh Pellow, Maisie Trott, Daniel Osei and Ruby Fenwick.",
}


@plan_builder
def build_youth_voice_questions_en() -> tuple[Plan, Path]:
    """English youth action plan (odfpy → LibreOffice): the four GOALS are 'How might we …?' questions, each
    opening its section under 'Question n: <short name>', with 'What young people told us' (quotes and survey
    questions), 'What we will do' tables 'No. | Action | Who leads | By when' and 'How we will know' lines."""
    slug = EN_SLUG
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    plan = Plan(slug=slug, language="en", title=EN_TITLE, period=(2028, 2031),
                goals=[G(g, t) for g, t in EN_GOALS], measures=_measures(EN_ROWS, 2031), source_ext="odt",
                notes=EN_NOTES)
    o = mb.Odt(font="Liberation Sans", size=10.5, lang="en", country="GB",
               header="Coldmarsh Borough Council · " + EN_TITLE, footer_text="Page")
    purple = "#5b2a86"
    o.style("Kicker", size=9.5, bold=True, color=purple, after=0.1)
    o.style("Sub", size=10, italic=True, after=0.4)
    o.style("QLab", size=10, bold=True, color=purple, before=0.5, after=0.05, keep=True)
    o.style("Q", size=13.5, bold=True, color="#2b1144", after=0.25, keep=True, fill="#efe7f6", padding="0.2cm")
    o.style("Lab", size=10.5, bold=True, before=0.2, after=0.08, keep=True)
    o.style("Quote", size=10, italic=True, after=0.08, indent_cm=0.5)
    o.style("Know", size=9.5, italic=True, after=0.2)
    o.style("Glance", size=11, bold=True, color=purple, after=0.05, indent_cm=0.5)
    o.style("Photo", size=9.5, italic=True, color="#777777", after=0.3, align="center", border="0.5pt dashed #999999",
            padding="0.6cm")
    o.p("COLDMARSH BOROUGH COUNCIL · COLDMARSH YOUTH COUNCIL", "Kicker")
    o.p(EN_TITLE, "Title")
    o.p("Written with young people · Approved by Cabinet on 12 April 2028", "Sub")
    o.h("About this plan", 1)
    for t in EN_TEXT["about"]:
        o.p(t)
    o.h("How we made the plan", 2)
    for t in EN_TEXT["how"]:
        o.p(t)
    o.p(EN_LEFTOVER, "Photo")
    o.h("The plan at a glance", 2)
    o.p("Our four questions are about:")
    for t in EN_TEXT["glance"]:
        o.p(t, "Glance")
    for gi, (g, gt) in enumerate(EN_GOALS, 1):
        o.p(f"Question {gi}: {EN_SHORT[gi - 1]}", "QLab")
        o.p(gt, "Q")
        o.p("What young people told us", "Lab")
        for t in EN_TEXT["told"][g]:
            o.p(t, "Quote")
        o.p("What we will do", "Lab")
        rows = [["No.", "Action", "Who leads", "By when"]]
        rows += [[nr, text, who, when or ""] for _id, nr, text, gg, who, _o, when, _k, _n in EN_ROWS if gg == g]
        mb37._odt_rows_unsplit(o, o.table([1.1, 8.4, 4.3, 3.2], rows, header_fill="#e4d7f0",
                                          border="0.4pt solid #8d72a8"))
        o.p("How we will know: " + EN_TEXT["know"][g], "Know")
    o.h("What happens next", 1)
    o.p(EN_TEXT["next"])
    o.p(EN_TEXT["thanks"])
    src = d / f"{slug}.odt"
    o.save(src, title=EN_TITLE, author="Coldmarsh Borough Council")
    pdf = bk.soffice_pdf(src)
    _gold(plan, pdf, leftovers=(EN_LEFTOVER,))
    return plan, pdf


EN_NOTES = """
odfpy .odt → LibreOffice Writer, A4 portrait, Liberation Sans 10.5 pt, Coldmarsh Borough Council with Coldmarsh
Youth Council: running header 'Coldmarsh Borough Council · Youth Voice Action Plan 2028–2031', footer 'Page n'. The
GOALS ARE QUESTIONS in the design-thinking form 'How might we …?' (the plan says so: 'Instead of goals, it is built
on four questions'). P. 1: kicker, title, 'Written with young people · Approved by Cabinet on 12 April 2028', 'About
this plan' (the Education and Inspections Act 2006 'must': a trap, no goal), 'How we made the plan' (the three
WORKSHOP QUESTIONS 'What is good about …? What would make it better? Who should we talk to about it?': no goals), a
dashed photo placeholder '[Photo: Youth Council at the Town Hall – check consent forms before publishing]' =
EDITORIAL LEFTOVER, 'The plan at a glance' with the four short names ('1 Somewhere to go' …: no goals). Then per
question: a label 'Question n: <short name>' (no goal) and the question in a shaded paragraph (the GOAL, question
mark and all), 'What young people told us' (a quote and a SURVEY QUESTION in quotation marks with its result: no
goals, no measures), 'What we will do': a table 'No. | Action | Who leads | By when' (rows kept whole, header
repeated: question 4's table breaks p. 2→3; MEASURES =
the Action cells, linked to the question above), 'How we will know: …' (an indicator with a 2027 figure: no
measure, no deadline). 'What happens next' (process) and a thank-you line naming five Youth Council members (no
owners). OWNERS = Who leads as printed ('Leisure Services and Coldmarsh Sports Trust', 'Public Health and Coldmarsh
Mind', 'Democratic Services and Youth Council' two each; 'Parks and Open Spaces' ONE team; 'All youth services'
diffuse; empty = none). DEADLINE = By when as printed ('September 2028', 'July 2029', 'January 2029', '2029' periods;
'Spring term 2029', 'Autumn term 2028', 'End of the 2028/29 school year' school terms and years, periods; 'Every
summer holiday', 'Every March' recurring; 'Ongoing' continuous; '2032' after 2028–2031; empty = none).
"""


# =========================================================================== 3 bokmål handlingsprogram as a fixed-width system report (reportlab)

NB_SLUG = "handlingsprogram-systemrapport-nb"
NB_TITLE = "Handlingsprogram 2028-2031 - Tiltak pr. mål"
NB_GOALS = [
    ("G1", "2.1", "Alle barn skal ha et trygt og godt barnehagetilbud nær der de bor"),
    ("G2", "2.2", "Elevene skal trives på skolen og lære mer hvert år"),
    ("G3", "2.3", "Barn og unge skal ha et variert fritidstilbud uavhengig av familiens økonomi"),
    ("G4", "2.4", "Innbyggerne skal ha tilgang til et levende bibliotek og kulturliv i hele kommunen"),
]
NB_LEFTOVER = "xx avklare med Frivilligsentralen hvem som eier tiltaket"
# (id, Tiltak, Beskrivelse, goal, Ansvarlig as printed, owners, Tidspunkt as printed or None, kind, note,
#  Ansv code, amounts 2028–2031 in 1 000 kr, Merknad or '')
NB_ROWS = [
    ("T21.01", "21.01", "Utvide åpningstiden i Sentrum barnehage til kl. 17.30", "G1", "Barnehagesjef",
     ["Barnehagesjef"], "01.08.2028", "date", "the clock time in the text is no deadline", "2110",
     (850, 850, 850, 850), ""),
    ("T21.02", "21.02", "Bygge ny avdeling for de minste barna ved Lia barnehage", "G1", "Eiendomssjef",
     ["Eiendomssjef"], "31.12.2029", "date", "", "6100", (2500, 9800, 0, 0),
     "Investering. Finansieres med låneopptak, jf. KST-sak 96/27."),
    ("T21.03", "21.03", "Ta i bruk felles verktøy for språkkartlegging i barnehagene", "G1", "Alle styrere",
     ["Alle styrere"], "01.08.2028", "date", "'Alle styrere' diffuse", "2100", (120, 40, 40, 40), ""),
    ("T22.01", "22.01", "Ansette to miljøterapeuter i ungdomsskolen", "G2", "Kommunalsjef oppvekst",
     ["Kommunalsjef oppvekst"], "01.01.2029", "date", "", "2200", (0, 1500, 1500, 1500),
     "Helårsvirkning fra 2029. Kontaktperson Geir Lunde, rektor Skogsvåg ungdomsskole."),
    ("T22.02", "22.02", "Kjøpe inn nye nettbrett til elevene på 1.-4. trinn", "G2", "IKT-koordinator skole",
     ["IKT-koordinator skole"], "30.06.2028", "date", "", "2210", (1100, 0, 0, 0), ""),
    ("T22.03", "22.03", "Gjennomføre Elevundersøkelsen og følge opp resultatene", "G2", "Kommunalsjef oppvekst",
     ["Kommunalsjef oppvekst"], "Årlig", "recurring", "recurring", "2200", (0, 0, 0, 0), ""),
    ("T22.04", "22.04", "Rehabilitere ventilasjonsanlegget ved Skogsvåg ungdomsskole", "G2", "", [], "31.12.2030",
     "date", "empty Ansvarlig field: no owner", "6100", (0, 1800, 4200, 0), ""),
    ("T23.01", "23.01", "Dekke kontingent og utstyr for barn i lavinntektsfamilier", "G3", "NAV og Kultursjef",
     ["NAV", "Kultursjef"], "Løpende", "continuous", "two owners joined by 'og'; continuous", "3300",
     (400, 400, 400, 400), ""),
    ("T23.02", "23.02", "Åpne ungdomsklubben på fredager og lørdager", "G3", "Kultursjef", ["Kultursjef"],
     "01.09.2028", "date", "", "3310", (300, 900, 900, 900), ""),
    ("T23.03", "23.03", "Etablere utstyrssentral med gratis utlån av sportsutstyr", "G3", "Frivilligsentralen",
     ["Frivilligsentralen"], None, None, "empty Tidspunkt field: no deadline", "3320", (150, 150, 150, 150),
     NB_LEFTOVER),
    ("T24.01", "24.01", "Innføre meråpent bibliotek med tilgang kl. 07-22 alle dager", "G4", "Biblioteksjef",
     ["Biblioteksjef"], "01.03.2029", "date", "the hours in the text are no deadline", "3400", (0, 650, 150, 150),
     ""),
    ("T24.02", "24.02", "Oppgradere lyd og lys i Skogsvåg kulturhus", "G4", "Eiendomssjef", ["Eiendomssjef"],
     "31.12.2032", "date", "'31.12.2032' after the plan period 2028–2031", "6100", (0, 0, 0, 3500),
     "Prosjektet ble utsatt fra 2026 i budsjettvedtaket."),
    ("T24.03", "24.03", "Arrangere kulturuke med lokale artister i alle grendene", "G4", "Kulturkontoret",
     ["Kulturkontoret"], "Høst 2028", "period", "", "3300", (200, 200, 200, 200), ""),
]
NB_RUN = "Kjøredato 14.11.2027 kl. 06:12"
NB_USER = "Bruker TOVHAU"
NB_W = 150  # characters per line
NB_LINES = 26  # lines per body page under the page head (column head included)


def _nb_money(v: int) -> str:
    return f"{v:,}".replace(",", " ") if v else "0"


def _nb_row(tiltak: str, ansv: str, text: str, who: str, when: str, amounts) -> str:
    nums = "".join(f"{_nb_money(a) if isinstance(a, int) else a:>8}" for a in amounts)
    return f"{tiltak:<7}{ansv:<6}{text:<62}{who:<26}{when:<13}{nums}"


def _nb_lines() -> tuple[list[str], list[list[str]]]:
    """The report as the system writes it: the parameter page, then the body lines cut into pages of NB_LINES,
    the column head repeated at the top of every body page and a goal group carried over as 'MÅL 2.n (forts.)'."""
    params = [
        "RAPPORTPARAMETRE",
        "",
        "Rapport ..............: HP204 Tiltak pr. mål",
        f"Plan .................: {NB_TITLE}",
        "Utvalg ...............: Tjenesteområde 2 Oppvekst og kultur",
        "Planperiode ..........: 2028-2031",
        "Beløp ................: 1000 kr, faste 2028-priser",
        "Sortering ............: Mål, tiltaksnummer",
        "Vis merknader ........: Ja",
        "Bestilt av ...........: Tove Haugen (TOVHAU)",
        "Vedtatt ..............: Kommunestyret 11.12.2027, sak 96/27",
        "",
        "FORKLARING",
        "",
        "Ansv      = ansvarsnummer i regnskapet (kostnadssted), ikke ansvarlig for tiltaket.",
        "Ansvarlig = den som skal sørge for at tiltaket blir gjennomført.",
        "Tidspunkt = når tiltaket skal være gjennomført, slik det er registrert i systemet.",
        "2028-2031 = netto beløp i 1000 kr per år. Investeringer er merket i merknadsfeltet.",
    ]
    head = [_nb_row("Tiltak", "Ansv", "Beskrivelse", "Ansvarlig", "Tidspunkt", ("2028", "2029", "2030", "2031")),
            _nb_row("-" * 6, "-" * 5, "-" * 60, "-" * 24, "-" * 11, ("-" * 6,) * 4)]
    body: list[tuple[str, str | None]] = []  # (line, goal number the line belongs to)
    total = [0, 0, 0, 0]
    for _g, nr, gt in NB_GOALS:
        body.append((f"MÅL {nr}  {gt}", None))
        body.append(("=" * NB_W, nr))
        s = [0, 0, 0, 0]
        for row in NB_ROWS:
            (_id, tiltak, text, g, who, _o, when, _k, _n, ansv, amounts, note) = row
            if g != _g:
                continue
            body.append((_nb_row(tiltak, ansv, text, who, when or "", amounts), nr))
            if note:
                body.append((" " * 13 + "Merknad: " + note, nr))
            s = [a + b for a, b in zip(s, amounts, strict=True)]
        total = [a + b for a, b in zip(total, s, strict=True)]
        body.append((" " * 13 + "-" * 137, nr))
        body.append((_nb_row("", "", "", f"Sum mål {nr}", "", s), nr))
        body.append(("", None))
    body.append(("=" * NB_W, None))
    body.append((_nb_row("", "", "", "SUM TJENESTEOMRÅDE 2", "", total), None))
    body.append(("", None))
    body.append(("*** SLUTT PÅ RAPPORT HP204 ***", None))
    pages: list[list[str]] = []
    cur: list[str] = []
    for line, grp in body:
        if len(cur) >= NB_LINES:
            pages.append(cur)
            cur = []
        if not cur:
            cur = [*head, ""]
            if grp is not None and line.strip():
                cur.append(f"MÅL {grp} (forts.)")
        cur.append(line)
    pages.append(cur)
    return params, pages


@plan_builder
def build_handlingsprogram_systemrapport_nb() -> tuple[Plan, Path]:
    """Bokmål handlingsprogram (reportlab) printed as a FIXED-WIDTH REPORT from the municipality's financial
    system: Liberation Mono on landscape A4, every line one string, a page head with the run date, the user and
    'Side n av N', a parameter page, goal group lines 'MÅL 2.n  <goal>' ruled with '=', the measures as fixed
    columns 'Tiltak | Ansv | Beskrivelse | Ansvarlig | Tidspunkt | 2028 … 2031', 'Merknad:' lines, 'Sum' lines."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen.canvas import Canvas

    slug = NB_SLUG
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    plan = Plan(slug=slug, language="nb", title=NB_TITLE, period=(2028, 2031),
                goals=[G(g, t) for g, _nr, t in NB_GOALS], measures=_measures(NB_ROWS, 2031), source_ext="pdf",
                notes=NB_NOTES)
    pdfmetrics.registerFont(TTFont("LM", str(bk.LIBERATION / "LiberationMono-Regular.ttf")))
    pdfmetrics.registerFont(TTFont("LM-Bold", str(bk.LIBERATION / "LiberationMono-Bold.ttf")))
    params, pages = _nb_lines()
    n = len(pages) + 1
    pdf = d / f"{slug}.pdf"
    W, H = landscape(A4)
    size, lead, x0 = 7.8, 11.0, 26
    c = Canvas(str(pdf), pagesize=(W, H), invariant=1)
    c.setTitle("HP204")
    c.setAuthor("Økonomisystem")
    c.setCreator("Rapportgenerator 9.4")

    def page_head(i: int) -> float:
        y = H - 30
        c.setFont("LM-Bold", size)
        left, mid, right = "SKOGSVÅG KOMMUNE", "HP204 TILTAK PR. MÅL", f"Side {i} av {n}"
        c.drawString(x0, y, f"{left:<56}{mid:<80}{right:>14}")
        c.setFont("LM", size)
        y -= lead
        c.drawString(x0, y, f"{NB_RUN:<56}{'Handlingsprogram 2028-2031':<80}{NB_USER:>14}")
        y -= lead
        c.drawString(x0, y, "Utvalg: Tjenesteområde 2 Oppvekst og kultur")
        y -= lead
        c.drawString(x0, y, "=" * NB_W)
        return y - 2 * lead

    y = page_head(1)
    for line in params:
        c.setFont("LM-Bold" if line.isupper() and line else "LM", size)
        c.drawString(x0, y, line)
        y -= lead
    c.showPage()
    for i, lines in enumerate(pages, 2):
        y = page_head(i)
        for line in lines:
            c.setFont("LM-Bold" if line.startswith(("MÅL ", "SUM", "***")) else "LM", size)
            c.drawString(x0, y, line.rstrip())
            y -= lead
        c.showPage()
    c.save()
    _gold(plan, pdf, leftovers=(NB_LEFTOVER,))
    return plan, pdf


NB_NOTES = """
reportlab, A4 LANDSCAPE, Liberation Mono 7.8 pt (regular and bold) only, Skogsvåg kommune: the handlingsprogram's
measures for tjenesteområde 2 (oppvekst og kultur) as a FIXED-WIDTH REPORT PRINTED FROM THE FINANCIAL SYSTEM, every
line one string padded with spaces into columns. Page head on every page: 'SKOGSVÅG KOMMUNE · HP204 TILTAK PR. MÅL ·
Side n av N', 'Kjøredato 14.11.2027 kl. 06:12 · Handlingsprogram 2028-2031 · Bruker TOVHAU' (run date and user: no
deadline, no owner), 'Utvalg: …' and a '=' rule. P. 1 the PARAMETER PAGE ('Rapport ……: HP204 Tiltak pr. mål', Plan,
Utvalg, Planperiode 2028-2031, Beløp, Sortering, 'Bestilt av ……: Tove Haugen (TOVHAU)', 'Vedtatt ……: Kommunestyret
11.12.2027, sak 96/27': no owners, no deadlines) and 'FORKLARING' (what Ansv, Ansvarlig, Tidspunkt and the year
columns mean; its 'skal' sentences are no goals). Pp. 2–3 the body: the column head 'Tiltak Ansv Beskrivelse
Ansvarlig Tidspunkt 2028 2029 2030 2031' with a '-' rule at the top of EVERY body page; per goal a bold group line
'MÅL 2.n  <goal sentence>' (the GOALS, without 'MÅL 2.n') over a '=' rule, then one line per measure: tiltak number
'2n.0m', ANSV = a four-digit COST CENTRE (no owner), BESKRIVELSE = the MEASURE, ANSVARLIG, TIDSPUNKT and four
amounts in 1 000 kr (amounts are no deadlines); some measures are followed by an indented 'Merknad: …' line (a
council case, a contact person 'Geir Lunde, rektor …': no owner; the Merknad of 23.03 'xx avklare med
Frivilligsentralen hvem som eier tiltaket' = EDITORIAL LEFTOVER); a 'Sum mål 2.n' line closes each group, 'SUM
TJENESTEOMRÅDE 2' and '*** SLUTT PÅ RAPPORT HP204 ***' the report. A goal group cut by the page break goes on under
the repeated column head as 'MÅL 2.n (forts.)' (number only: no second goal). The link of a measure is its goal
group (and the tiltak number's first two digits). OWNERS = Ansvarlig as printed ('NAV og Kultursjef' two; 'Alle
styrere' diffuse; empty = none). DEADLINE = Tidspunkt as printed ('01.08.2028', '31.12.2029', '01.01.2029',
'30.06.2028', '31.12.2030', '01.09.2028', '01.03.2029' dates; 'Høst 2028' period; 'Årlig' recurring; 'Løpende'
continuous; '31.12.2032' after 2028–2031; empty = none).
"""


# =========================================================================== 4 Danish klimahandleplan as a BI dashboard export (Chromium)

DA_SLUG = "klimahandleplan-dashboard-da"
DA_TITLE = "Klimahandleplan 2028–2030"
DA_GOALS = [
    ("G1", "Kommunens egen drift skal være CO₂-neutral i 2030"),
    ("G2", "Udledningen fra transport i kommunen skal falde med 50 procent i forhold til 2019"),
    ("G3", "Mere CO₂ skal bindes i jord og skov i kommunen"),
    ("G4", "Flere borgere og virksomheder skal mindske deres klimaaftryk"),
]
DA_SHORT = {"G1": "Egen drift", "G2": "Transport", "G3": "Jord og skov", "G4": "Borgere og virksomheder"}
DA_LEFTOVER = "TODO: tilføj udledning for 2027, når klimaregnskabet er godkendt"
DA_UPDATED = "Data opdateret 03.03.2028 05:14"
# (id, Nr., Indsats, goal, Ansvarlig as printed, owners, Frist as printed or None, kind, note, Status)
DA_ROWS = [
    ("D1", "1.1", "Energirenovere de ti kommunale bygninger med det højeste varmeforbrug", "G1", "Ejendomme",
     ["Ejendomme"], "Ultimo 2029", "period", "", "I gang"),
    ("D2", "1.2", "Skifte alle kommunens personbiler til elbiler", "G1", "Indkøb og Ejendomme",
     ["Indkøb", "Ejendomme"], "Q4 2028", "period", "two owners joined by 'og'", "I gang"),
    ("D3", "1.3", "Sætte solceller på tagene af alle skoler", "G1", "Ejendomme", ["Ejendomme"], "2031", "period",
     "'2031' after the plan period 2028–2030", "Ikke startet"),
    ("D4", "2.1", "Udbygge cykelstien mellem Kærsted og Vindum", "G2", "Vej og Park", ["Vej og Park"],
     "1. halvår 2029", "period", "one unit named with 'og'", "Forsinket"),
    ("D5", "2.2", "Opsætte 200 offentlige ladestandere i byerne", "G2", "", [], "2029", "period",
     "empty Ansvarlig cell: no owner", "I gang"),
    ("D6", "2.3", "Indføre en samkørselsordning for pendlere", "G2", "Klimasekretariatet", ["Klimasekretariatet"],
     None, None, "empty Frist cell: no deadline", "Ikke startet"),
    ("D7", "3.1", "Plante 50 hektar ny skov på kommunens jorder", "G3", "Natur og Miljø", ["Natur og Miljø"],
     "31.12.2030", "date", "one unit named with 'og'", "I gang"),
    ("D8", "3.2", "Udtage lavbundsjorder i samarbejde med lodsejerne", "G3", "Natur og Miljø og Landbo Kærsted",
     ["Natur og Miljø", "Landbo Kærsted"], "Løbende", "continuous",
     "two owners, the first named with an 'og' of its own; continuous", "I gang"),
    ("D9", "3.3", "Kortlægge kulstofrige jorder i hele kommunen", "G3", "Natur og Miljø", ["Natur og Miljø"],
     "Q2 2028", "period", "", "Forsinket"),
    ("D10", "4.1", "Tilbyde gratis energitjek til boligejere", "G4", "Klimasekretariatet", ["Klimasekretariatet"],
     "Årligt", "recurring", "recurring", "I gang"),
    ("D11", "4.2", "Etablere et klimanetværk for små og mellemstore virksomheder", "G4",
     "Erhverv og Klimasekretariatet", ["Erhverv", "Klimasekretariatet"], "Q3 2028", "period",
     "two owners joined by 'og'", "I gang"),
    ("D12", "4.3", "Holde klimamøder i alle lokalråd", "G4", "Alle centre", ["Alle centre"], "2029", "period",
     "'Alle centre' diffuse", "Ikke startet"),
    ("D13", "4.4", "Lave en kampagne om madspild og klimavenlig mad", "G4", "Kommunikation", ["Kommunikation"],
     "Efteråret 2028", "period", "", "I gang"),
]
DA_STATUS_COLOURS = {"I gang": "#2f9e6e", "Ikke startet": "#b8c2cc", "Forsinket": "#e0793b"}
DA_EMISSIONS = [("2019", 61.8), ("2021", 57.3), ("2023", 49.9), ("2025", 44.6), ("2026", 41.2)]
DA_INDICATORS = [["Indikator", "Basis 2019", "2026", "Mål 2030"],
                 ["Udledning i alt (1.000 ton CO₂e)", "61,8", "41,2", "30,9"],
                 ["Kommunens egen drift (ton CO₂e)", "4.310", "2.870", "0"],
                 ["Elbiler i kommunen (andel af personbiler)", "0,4 %", "11 %", "40 %"],
                 ["Skov i kommunen (hektar)", "2.950", "3.010", "3.200"]]
DA_CSS = """
@page { size: 338.67mm 190.5mm; margin: 0; }
* { box-sizing: border-box; }
body { margin: 0; font-family: 'Liberation Sans', sans-serif; color: #252423; }
.pg { width: 338.67mm; height: 190.5mm; position: relative; overflow: hidden; background: #f3f2f1;
  break-after: page; }
.pg:last-child { break-after: auto; }
.top { position: absolute; left: 0; right: 0; top: 0; height: 15mm; background: #11324d; color: #fff;
  padding: 3.2mm 8mm; display: flex; justify-content: space-between; align-items: center; }
.top .t { font-size: 15pt; font-weight: bold; } .top .k { font-size: 9pt; color: #c9d7e3; }
.top .u { font-size: 8pt; color: #c9d7e3; text-align: right; }
.sl { position: absolute; left: 8mm; right: 8mm; top: 18mm; height: 11mm; display: flex; gap: 4mm; }
.sl div { background: #fff; border: 1px solid #d0cfce; padding: 1.2mm 2.5mm; font-size: 7.5pt; flex: 1; }
.sl div b { display: block; font-size: 7pt; color: #605e5c; font-weight: normal; }
.v { position: absolute; background: #fff; border: 1px solid #e1dfdd; padding: 3mm; }
.v h3 { margin: 0 0 2mm; font-size: 9.5pt; color: #252423; }
.card { text-align: center; } .card .n { font-size: 24pt; font-weight: bold; color: #11324d; margin-top: 1mm; }
.card .l { font-size: 8pt; color: #605e5c; }
.goals p { margin: 0 0 2.2mm; font-size: 9pt; line-height: 1.3; }
.goals p span { display: inline-block; width: 6mm; font-weight: bold; color: #11324d; }
.bar { display: flex; align-items: center; margin: 0 0 2.2mm; font-size: 8pt; }
.bar .lb { width: 40mm; } .bar .b { height: 5mm; background: #2b7bb9; margin-right: 2mm; }
.leg { font-size: 8pt; margin: 1mm 0; } .leg i { display: inline-block; width: 3mm; height: 3mm; margin-right: 1.5mm; }
.todo { position: absolute; border: 1.5px dashed #d13438; background: #fff8f8; color: #a4262c; font-size: 8.5pt;
  padding: 2mm 3mm; }
.tabs { position: absolute; left: 0; right: 0; bottom: 0; height: 9mm; background: #e1dfdd; display: flex;
  font-size: 8.5pt; padding-left: 8mm; }
.tabs span { padding: 2.5mm 6mm; color: #605e5c; } .tabs span.on { background: #fff; color: #252423;
  font-weight: bold; border-top: 2px solid #11324d; }
table.tv { border-collapse: collapse; width: 100%; font-size: 8.3pt; }
table.tv th { text-align: left; background: #11324d; color: #fff; padding: 1.6mm 2mm; font-weight: bold; }
table.tv td { padding: 1.4mm 2mm; border-bottom: 1px solid #edebe9; vertical-align: top; }
table.tv tr:nth-child(even) td { background: #f8f8f8; }
.dot { display: inline-block; width: 2.4mm; height: 2.4mm; border-radius: 50%; margin-right: 1.2mm; }
.note { font-size: 7.5pt; color: #605e5c; margin-top: 2mm; }
"""


def _da_page(name: str, body: str) -> str:
    tabs = "".join(f'<span class="on">{t}</span>' if t == name else f"<span>{t}</span>"
                   for t in ("Overblik", "Indsatser", "Målinger"))
    slicers = ('<div class="sl"><div><b>Målsætning</b>Alle ▾</div><div><b>Ansvarlig</b>Alle ▾</div>'
               '<div><b>Status</b>Alle ▾</div><div><b>Periode</b>01-01-2028 – 31-12-2030</div></div>')
    return (f'<div class="pg"><div class="top"><div><span class="k">Kærsted Kommune · Målstyring</span><br>'
            f'<span class="t">{E(DA_TITLE)} · Opfølgning</span></div><div class="u">{name}<br>{DA_UPDATED}'
            f"</div></div>{slicers}{body}<div class=\"tabs\">{tabs}</div></div>")


def _da_donut(counts: dict[str, int]) -> str:
    """An SVG donut of the status counts (stroke-dasharray segments on one circle)."""
    total = sum(counts.values())
    r, circ, off, segs = 15.9155, 100.0, 25.0, []
    for st, k in counts.items():
        share = 100.0 * k / total
        segs.append(f'<circle cx="21" cy="21" r="{r}" fill="none" stroke="{DA_STATUS_COLOURS[st]}" stroke-width="6" '
                    f'stroke-dasharray="{share:.3f} {circ - share:.3f}" stroke-dashoffset="{off:.3f}"/>')
        off -= share
    return f'<svg width="34mm" height="34mm" viewBox="0 0 42 42">{"".join(segs)}</svg>'


@plan_builder
def build_klimahandleplan_dashboard_da() -> tuple[Plan, Path]:
    """Danish klimahandleplan follow-up (HTML → Chromium) as a BI DASHBOARD EXPORTED TO PDF: three 16:9 report
    pages 'Overblik', 'Indsatser', 'Målinger' with a title bar, 'Data opdateret …', slicers, KPI cards, a donut and
    a bar chart, the goals in a multi-row card, the measures in a table visual, a forgotten TODO text box and the
    report-page tabs on every page."""
    slug = DA_SLUG
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    plan = Plan(slug=slug, language="da", title=DA_TITLE, period=(2028, 2030),
                goals=[G(g, t) for g, t in DA_GOALS], measures=_measures(DA_ROWS, 2030), source_ext="html",
                notes=DA_NOTES)
    counts = {st: sum(1 for r in DA_ROWS if r[9] == st) for st in DA_STATUS_COLOURS}
    per_goal = {g: sum(1 for r in DA_ROWS if r[3] == g) for g, _t in DA_GOALS}
    cards = [(str(len(DA_ROWS)), "Indsatser i alt"), (str(counts["I gang"]), "I gang"),
             (str(counts["Forsinket"]), "Forsinket"), (str(counts["Ikke startet"]), "Ikke startet"),
             ("41.200", "ton CO₂e udledt i 2026")]
    x = 8.0
    card_html = []
    for n, lab in cards:
        card_html.append(f'<div class="v card" style="left:{x}mm;top:33mm;width:58mm;height:24mm">'
                         f'<div class="n">{n}</div><div class="l">{E(lab)}</div></div>')
        x += 64.5
    goals = "".join(f"<p><span>{i}</span>{E(t)}</p>" for i, (_g, t) in enumerate(DA_GOALS, 1))
    mx = max(per_goal.values())
    bars = "".join(f'<div class="bar"><span class="lb">{i} {E(DA_SHORT[g])}</span><span class="b" '
                   f'style="width:{38 * per_goal[g] / mx:.1f}mm"></span>{per_goal[g]}</div>'
                   for i, (g, _t) in enumerate(DA_GOALS, 1))
    legend = "".join(f'<div class="leg"><i style="background:{c}"></i>{st}: {counts[st]}</div>'
                     for st, c in DA_STATUS_COLOURS.items())
    p1 = (f"{''.join(card_html)}"
          f'<div class="v goals" style="left:8mm;top:61mm;width:122mm;height:70mm"><h3>Vores målsætninger</h3>'
          f"{goals}</div>"
          f'<div class="v" style="left:134mm;top:61mm;width:92mm;height:70mm"><h3>Indsatser pr. målsætning</h3>'
          f"{bars}</div>"
          f'<div class="v" style="left:230mm;top:61mm;width:100.67mm;height:70mm"><h3>Indsatser efter status</h3>'
          f'<div style="display:flex;align-items:center;gap:5mm">{_da_donut(counts)}<div>{legend}</div></div></div>'
          f'<div class="todo" style="left:8mm;top:136mm;width:150mm">{E(DA_LEFTOVER)}</div>')
    trs = []
    for _id, nr, text, g, who, _o, when, _k, _n, status in DA_ROWS:
        gi = [gg for gg, _t in DA_GOALS].index(g) + 1
        trs.append(f"<tr><td>{gi} {E(DA_SHORT[g])}</td><td>{nr}</td><td>{E(text)}</td><td>{E(who)}</td>"
                   f'<td>{E(when or "")}</td><td><span class="dot" style="background:{DA_STATUS_COLOURS[status]}">'
                   f"</span>{E(status)}</td></tr>")
    p2 = ('<div class="v" style="left:8mm;top:33mm;width:322.67mm;height:145mm"><h3>Indsatser</h3>'
          '<table class="tv"><colgroup><col style="width:17%"><col style="width:5%"><col style="width:40%">'
          '<col style="width:18%"><col style="width:10%"><col style="width:10%"></colgroup>'
          "<thead><tr><th>Målsætning</th><th>Nr.</th><th>Indsats</th><th>Ansvarlig</th><th>Frist</th>"
          f"<th>Status</th></tr></thead><tbody>{''.join(trs)}</tbody></table>"
          '<div class="note">Status opdateres af den ansvarlige hvert kvartal.</div></div>')
    mx2 = max(v for _y, v in DA_EMISSIONS)
    cols = "".join(f'<div style="display:inline-block;width:16mm;margin-right:5mm;text-align:center;font-size:8pt">'
                   f'<div style="height:{60 * v / mx2:.1f}mm;background:#2b7bb9;margin-bottom:1mm;'
                   f'margin-top:{60 - 60 * v / mx2:.1f}mm"></div>{y}<br>{str(v).replace(".", ",")}</div>'
                   for y, v in DA_EMISSIONS)
    ind = "".join("<tr>" + "".join(f"<th>{E(c)}</th>" if i == 0 else f"<td>{E(c)}</td>" for c in r) + "</tr>"
                  for i, r in enumerate(DA_INDICATORS))
    p3 = ('<div class="v" style="left:8mm;top:33mm;width:150mm;height:120mm"><h3>Udledning af drivhusgasser '
          f"(1.000 ton CO₂e)</h3>{cols}"
          '<div class="note">Målet for 2030 er 30,9 (en halvering i forhold til 2019).</div></div>'
          '<div class="v" style="left:163mm;top:33mm;width:167.67mm;height:120mm"><h3>Indikatorer</h3>'
          f'<table class="tv">{ind}</table><div class="note">Målingerne opdateres én gang om året, når '
          "klimaregnskabet er godkendt.</div></div>")
    html = (f'<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>{E(DA_TITLE)} · Opfølgning</title>'
            f"<style>{DA_CSS}</style></head><body>"
            f"{_da_page('Overblik', p1)}{_da_page('Indsatser', p2)}{_da_page('Målinger', p3)}</body></html>\n")
    src = d / f"{slug}.html"
    src.write_text(html, encoding="utf-8")
    pdf = bk.chromium_pdf(src, d / f"{slug}.pdf")
    _gold(plan, pdf, leftovers=(DA_LEFTOVER,))
    return plan, pdf


DA_NOTES = """
HTML → Chromium, three 16:9 pages (338.67 × 190.5 mm, no margins), Liberation Sans, Kærsted Kommune: the
klimahandleplan's follow-up as a BUSINESS-INTELLIGENCE DASHBOARD EXPORTED TO PDF, one report page per PDF page, no
page numbers. On every page: a dark title bar 'Kærsted Kommune · Målstyring / Klimahandleplan 2028–2030 ·
Opfølgning' with the page name and 'Data opdateret 03.03.2028 05:14' (a data refresh time, no deadline), a row of
SLICERS ('Målsætning Alle ▾', 'Ansvarlig Alle ▾', 'Status Alle ▾', 'Periode 01-01-2028 – 31-12-2030': filters, no
owners, no deadlines) and at the foot the REPORT-PAGE TABS 'Overblik | Indsatser | Målinger'. P. 1 'Overblik': five
KPI CARDS (13 Indsatser i alt, 8 I gang, 2 Forsinket, 3 Ikke startet, 41.200 ton CO₂e udledt i 2026: figures, no
measures), a multi-row card 'Vores målsætninger' with the four goals numbered 1–4 (the GOALS), a bar chart
'Indsatser pr. målsætning' (the goals' SHORT NAMES '1 Egen drift' … with counts: no goals) and a donut 'Indsatser
efter status' with its legend; a forgotten dashed text box 'TODO: tilføj udledning for 2027, når klimaregnskabet er
godkendt' = EDITORIAL LEFTOVER. P. 2 'Indsatser': ONE TABLE VISUAL 'Målsætning | Nr. | Indsats | Ansvarlig | Frist
| Status' (MEASURES = the Indsats cells; the Målsætning cell '<n> <short name>' is the goal link; Status 'I gang',
'Ikke startet', 'Forsinket' with a coloured dot is never a deadline), a note that status is updated quarterly. P. 3
'Målinger': a column chart of emissions 2019–2026 and an 'Indikatorer' table (Basis 2019 | 2026 | Mål 2030: targets,
no measures, no deadlines). OWNERS = Ansvarlig as printed ('Indkøb og Ejendomme', 'Erhverv og Klimasekretariatet'
two each; 'Natur og Miljø og Landbo Kærsted' two, the first named with 'og'; 'Vej og Park', 'Natur og Miljø' ONE unit
each; 'Alle centre' diffuse; empty = none). DEADLINE = Frist as printed ('Ultimo 2029', 'Q4 2028', '1. halvår
2029', '2029', 'Q2 2028', 'Q3 2028', 'Efteråret 2028' periods; '31.12.2030' date; 'Årligt' recurring; 'Løbende'
continuous; '2031' after 2028–2030; empty = none).
"""


# =========================================================================== checks


def _layout_facts(slug: str) -> list[str]:
    """One set of layout facts per plan, read back from the PDF: the Swedish answer form prints four 'Era
    synpunkter' heads, four questions with their tick boxes and no text in the answer column; the English plan
    prints each 'How might we' question exactly once; the system report is set in Liberation Mono alone, every
    page heads 'Side n av N' and every body page repeats the column head; the dashboard has three 16:9 pages, each
    with the page tabs and the refresh time."""
    import pdfplumber

    pdf = OUT / slug / f"{slug}.pdf"
    pages = mb3.pdftotext_pages(pdf)
    sq = mb3._squash
    text = "".join(pages)
    bad = []
    if slug == SV_SLUG:
        if text.count(sq(SV_ANSWER_HEAD)) < 4:
            bad.append(f"{slug}: fewer than four '{SV_ANSWER_HEAD}' column heads")
        if text.count(sq("Tillstyrker med ändringar")) != 4:
            bad.append(f"{slug}: not four tick-box lines")
        for q in SV_QUESTIONS:
            if text.count(sq(q)) != 1:
                bad.append(f"{slug}: question {q[:30]!r} not printed once")
        with pdfplumber.open(str(pdf)) as doc:
            for n, p in enumerate(doc.pages, 1):
                words = p.extract_words()
                for w in words:
                    if w["text"] != "Era":
                        continue
                    stop = min([v["top"] for v in words if v["text"] == "Fråga" and v["top"] > w["top"]],
                               default=float(p.height) - 50)
                    if any(v["x0"] >= w["x0"] - 1 and w["bottom"] + 4 < v["top"] < stop for v in words):
                        bad.append(f"{slug}: p. {n}: text in the '{SV_ANSWER_HEAD}' column")
    if slug == EN_SLUG:
        for _g, t in EN_GOALS:
            if text.count(sq(t)) != 1:
                bad.append(f"{slug}: question {t[:30]!r} not printed exactly once")
    if slug == NB_SLUG:
        with pdfplumber.open(str(pdf)) as doc:
            fonts = {c["fontname"].split("+")[-1] for p in doc.pages for c in p.chars}
        if fonts != {"LiberationMono", "LiberationMono-Bold"}:
            bad.append(f"{slug}: fonts {sorted(fonts)} are not Liberation Mono alone")
        for i, p in enumerate(pages, 1):
            if sq(f"Side {i} av {len(pages)}") not in p or sq(NB_RUN) not in p:
                bad.append(f"{slug}: p. {i} lacks its head 'Side {i} av {len(pages)}' or the run date")
            if i > 1 and (sq("Tiltak Ansv Beskrivelse") not in p or "tidspunkt" not in p):
                bad.append(f"{slug}: p. {i} lacks the column head")
        if "(forts.)" not in text:
            bad.append(f"{slug}: no goal group carried over a page break")
    if slug == DA_SLUG:
        with pdfplumber.open(str(pdf)) as doc:
            sizes = [(float(p.width), float(p.height)) for p in doc.pages]
        if len(sizes) != 3 or any(abs(w / h - 16 / 9) > 0.01 for w, h in sizes):
            bad.append(f"{slug}: not three 16:9 pages: {sizes}")
        for i, p in enumerate(pages, 1):
            if sq("Overblik Indsatser Målinger") not in p or sq(DA_UPDATED) not in p:
                bad.append(f"{slug}: p. {i} lacks the page tabs or the refresh time")
    return bad


def verify(slug: str) -> list[str]:
    """mb3.verify (pdftotext, page by page), batch 34's whole-text check on content order and the layout facts."""
    return mb3.verify(slug) + mb34._whole_text_raw(slug) + _layout_facts(slug)


def main(argv: list[str]) -> None:
    """Build the plans (or the SLUGs), --verify or --twice: blindkit.plans_main."""
    bk.plans_main(argv, plans=PLANS, out=OUT, verify=verify, patterns=PATTERNS)


if __name__ == "__main__":
    main(sys.argv[1:])
