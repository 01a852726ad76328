"""Build the forty-sixth batch of blind authored plans (corpora/authored/<slug>/), four layout forms no earlier
batch holds: a nynorsk bustadsosial handlingsplan set with MARGINALIA — each measure a numbered paragraph in the
body column, its owner and deadline in a small italic note in the wide LEFT MARGIN beside the paragraph's first
line (Word frames, w:framePr, python-docx → LibreOffice); a Swedish handlingsplan för barnkultur presented as a
slide deck and printed as NOTES PAGES (odfpy .odp → LibreOffice Impress, 'export notes pages only': the slide at
the top of each A4 page, the speaker notes below, and the owner and deadline of each bullet ONLY in the notes); an
English action plan in EASY READ (a picture column and a text column, large type, 'Who will do this:' / 'When:'
sentences under each action) (reportlab); a bokmål MÅLEKART (balanced scorecard) for helse og omsorg in a
handlings- og økonomiplan, indicators with results and ambitions and the measures with owner and deadline SIDE BY
SIDE under each goal, rows not paired (HTML → Chromium, as a web-based budget tool prints it).

    python corpora/scripts/make_blind_corpus46.py              # every plan
    python corpora/scripts/make_blind_corpus46.py SLUG ...     # some of them
    python corpora/scripts/make_blind_corpus46.py --verify     # check gold against the PDFs
    python corpora/scripts/make_blind_corpus46.py --twice      # build twice, compare sha256

Generic helpers from blindkit.py; plan data classes, findings (as in batch 1), gold writer from
make_blind_corpus.py, the slide writer `Odp` from make_prose_corpus.py, the pdftotext check from
make_blind_corpus3.py, the whole-text check on pdftotext -raw and the focus-area pages from make_blind_corpus34.py,
the row helper `_rows` from make_blind_corpus37.py and the editorial-leftover appender `_leftovers` from
make_blind_corpus41.py (imported, not copied). Written blind: the author read no code under plancheck/, bench/,
tests/, rules/ or docs/ and did not run plancheck. Gold files carry `held_out: true`.
"""

from __future__ import annotations

import html as _h
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
import make_prose_corpus as mpc  # noqa: E402
from make_blind_corpus import G, Plan  # noqa: E402

ROOT = HERE.parents[1]
OUT = ROOT / "corpora" / "authored"

PLANS, plan_builder, write_gold = mb.builder_registry("make_blind_corpus46.py")
E = lambda s: _h.escape(s, quote=False)  # noqa: E731
PATTERNS = ("*.docx", "*.odt", "*.odp", "*.html", "*.pdf", "*.gold.yaml")


def _gold(plan: Plan, pdf: Path, *, leftovers: tuple[str, ...] = (), focus_from_goals: bool = False,
          **kw) -> Path:
    """write_gold with the pages looked up as pdftotext reads them (blindkit.gold_by_pdftotext), focus-area pages
    set to their goal's page (make_blind_corpus34._focus_pages_from_goals) when asked, then the editorial
    leftovers appended (make_blind_corpus41._leftovers)."""
    path = bk.gold_by_pdftotext(write_gold, plan, pdf, **kw)
    if focus_from_goals:
        mb34._focus_pages_from_goals(path)
    if leftovers:
        mb41._leftovers(path, pdf, leftovers)
    return path


# =========================================================================== 1 nynorsk marginalia (python-docx)

NN_SLUG = "bustadsosial-margnotar-nn"
NN_GOALS = [
    ("G1", "Ingen i Solvågen skal vere bustadlause"),
    ("G2", "Fleire vanskelegstilte skal kunne eige eller leige ein god bustad over tid"),
    ("G3", "Barnefamiliar som leiger, skal ha stabile og gode buforhold"),
    ("G4", "Tenestene skal samarbeide godt og gje heilskapleg hjelp"),
]
NN_LEFTOVER = "[Kommentar: Kven skal ha ansvaret her? – KH]"
# (id, nr, measure sentence (bold), goal, 'Ansvar:' as printed or None (no line), owners, 'Frist:' as printed or
#  None (no line), kind, note, explanation sentence(s), extra margin line or '')
NN_ROWS = [
    ("T1.1", "1.1", "Opprette eit bustadteam med fast kontaktperson for alle som står utan bustad", "G1",
     "NAV Solvågen", ["NAV Solvågen"], "1.3.2027", "date", "a date",
     "Teamet har tilsette frå NAV, Bustadkontoret og Helse og omsorg og møtest kvar veke.", ""),
    ("T1.2", "1.2", "Skaffe fire akuttbustader som kan takast i bruk same dag", "G1",
     "Eigedom og Bustadkontoret", ["Eigedom", "Bustadkontoret"], "2028", "period",
     "two owners joined by 'og'",
     "I dag blir hotellrom og campinghytter nytta som mellombels løysing. Det er dyrt og lite trygt, særleg for "
     "personar med rusproblem.", ""),
    ("T1.3", "1.3", "Tilby oppfølging i bustaden til alle som flyttar ut frå institusjon eller fengsel", "G1",
     "Helse og omsorg", ["Helse og omsorg"], "løpande", "continuous",
     "one owner (one unit named with 'og'); continuous",
     "Oppfølginga startar før utflyttinga og varer så lenge det trengst.", ""),
    ("T1.4", "1.4", "Lage ein rutine for å førebyggje utkasting når husleiga ikkje blir betalt", "G1",
     "Bustadkontoret", ["Bustadkontoret"], "haust 2027", "period", "",
     "Rutinen skal sikre at NAV får melding tidleg, slik at husstanden kan få råd om økonomi før saka går til "
     "namsmannen. I 2025 fekk 17 husstandar varsel om utkasting, og fire av dei var barnefamiliar. Rutinen "
     "gjeld både kommunale bustader og bustader som kommunen leiger inn frå private.", ""),
    ("T2.1", "2.1", "Auke bruken av startlån, særleg til barnefamiliar og unge i etableringsfasen", "G2",
     "Bustadkontoret", ["Bustadkontoret"], "kvart år", "recurring", "recurring",
     "Kommunen vil gje minst 15 startlån i året og marknadsføre ordninga i barnehagar og på NAV-kontoret.", ""),
    ("T2.2", "2.2", "Innføre leige til eige i minst ti kommunale bustader", "G2", "Eigedom", ["Eigedom"], "2029",
     "period", "'frå 2033' in the explanation is not the deadline",
     "Leigetakarane sparar opp eigenkapital gjennom husleiga og kan kjøpe bustaden etter fem år, det vil seie "
     "frå 2033 for dei første.", ""),
    ("T2.3", "2.3", "Inngå avtalar med private utbyggjarar om tildeling av bustader til vanskelegstilte", "G2",
     "Plan og utvikling", ["Plan og utvikling"], None, None,
     "one owner (one unit named with 'og'); the margin note has no 'Frist:' line: no deadline",
     "Avtalane blir knytte til utbyggingsavtalar i nye bustadfelt, først på Strandåsen.", ""),
    ("T3.1", "3.1", "Kartleggje buforholda til alle barnefamiliar som leiger kommunal bustad", "G3",
     "Barn og familie", ["Barn og familie"], "2. halvår 2027", "period", "one owner (one unit named with 'og')",
     "Kartlegginga gjeld storleik, standard, skuleveg og kor lenge familien har budd i bustaden.", ""),
    ("T3.2", "3.2", "Prioritere barnefamiliar ved tildeling av store kommunale bustader nær skule og barnehage",
     "G3", None, [], "2028", "period",
     "no 'Ansvar:' line, a colleague's comment in the margin instead: no owner (the comment is an editorial "
     "leftover)",
     "Tildelingskriteria blir endra slik at barn sitt behov for ein stabil skulegang veg tungt.", NN_LEFTOVER),
    ("T3.3", "3.3", "Gje fritidskort og tilbod om gratis aktivitetar til barn i familiar som får bustøtte", "G3",
     "Kultur og fritid og NAV Solvågen", ["Kultur og fritid", "NAV Solvågen"], "2027", "period",
     "two owners, the first a unit named with 'og'",
     "Fritidskortet gjeld idrett, kulturskule og andre organiserte aktivitetar.", ""),
    ("T4.1", "4.1", "Ta i bruk eit felles digitalt verktøy for søknad om kommunal bustad og bustøtte", "G4",
     "Bustadkontoret og IKT", ["Bustadkontoret", "IKT"], "1. halvår 2028", "period", "two owners",
     "Søkjarane skal berre trenge å gje opplysningane éin gong, og saksbehandlarane i NAV og på "
     "Bustadkontoret ser den same søknaden.", ""),
    ("T4.2", "4.2", "Gje alle tilsette som møter vanskelegstilte, opplæring i bustadsosialt arbeid", "G4",
     "Alle einingsleiarar", ["Alle einingsleiarar"], "2028", "period", "'Alle einingsleiarar' diffuse",
     "Opplæringa blir laga saman med Husbanken og nabokommunane.", ""),
    ("T4.3", "4.3", "Evaluere planen og leggje fram ny bustadsosial handlingsplan", "G4", "Kommunedirektøren",
     ["Kommunedirektøren"], "2031", "period", "'2031' after the plan period 2027–2030",
     "Evalueringa skal byggje på ei ny kartlegging av bustadbehovet.", ""),
]
NN_TEXT = {
    "1 Innleiing": [
        ("Ein trygg og god bustad er grunnlaget for å kunne ta utdanning, ha arbeid, ta vare på helsa og vere ein "
         "del av lokalsamfunnet. Nokre innbyggjarar klarer ikkje å skaffe seg eller halde på ein slik bustad på "
         "eiga hand.", ""),
        ("Handlingsplanen viser korleis Solvågen kommune skal arbeide på det bustadsosiale feltet i perioden "
         "2027–2030. Planen er utarbeidd av ei arbeidsgruppe med Bustadkontoret, NAV Solvågen, Helse og omsorg, "
         "Barn og familie og Eigedom.", "Arbeidsgruppa møttest seks gonger hausten 2026."),
        ("Lov om kommunane sitt ansvar på det bustadsosiale feltet tok til å gjelde 1. juli 2023. Lova seier at "
         "kommunen skal ha oversikt over behovet for bustader til vanskelegstilte, og at omsynet til dei skal "
         "takast vare på i planlegginga.", "Sjå òg kapittel 2."),
        ("Den nasjonale strategien for den sosiale bustadpolitikken har som mål at ingen skal vere bustadlause, og "
         "at barn og unge skal ha gode buforhold. Dei nasjonale måla er ikkje mål i denne planen, men planen "
         "byggjer opp under dei.", ""),
    ],
    "2 Situasjonen i Solvågen": [
        ("Ved kartlegginga hausten 2026 var 23 personar bustadlause i Solvågen, og 41 barnefamiliar budde trongt "
         "eller ustabilt. Kommunen eig 112 utleigebustader. I snitt venta søkjarane 14 månader på kommunal "
         "bustad, og fleire takka nei fordi bustaden låg langt frå skule eller arbeid.",
         "Kjelde: kartlegging av bustadbehovet, oktober 2026."),
    ],
    "done": [
        "– Tolv nye kommunale bustader i Fjellvegen (2024)",
        "– Startlån til 38 husstandar i 2025",
        "– Fast samarbeidsmøte mellom NAV og Bustadkontoret kvar månad",
    ],
    "3 Mål og tiltak": [
        ("Planen har fire mål. Under kvart mål står tiltaka, nummererte. I margen ved sida av kvart tiltak står "
         "kven som har ansvaret for tiltaket, og fristen.", ""),
    ],
    "4 Oppfølging": [
        ("Bustadkontoret samordnar arbeidet og rapporterer til formannskapet kvar haust. Planen blir rullert saman "
         "med økonomiplanen.", "Første rullering: hausten 2028."),
    ],
}


def _margin_note(doc, lines: list[str], *, x_mm: float, width_mm: float):
    """A Word FRAME paragraph (w:framePr) set in the left page margin beside the paragraph that follows it
    (vAnchor 'text', y = 0: level with that paragraph's first line), as a 'Margnotat' style makes it; LINES are
    joined by line breaks, 8.5 pt italic grey."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    tw = lambda mm: str(round(mm / 25.4 * 1440))  # noqa: E731
    p = doc.add_paragraph()
    ppr = p._p.get_or_add_pPr()
    fp = OxmlElement("w:framePr")
    for k, v in (("w", tw(width_mm)), ("hSpace", "170"), ("wrap", "around"), ("vAnchor", "text"),
                 ("hAnchor", "page"), ("x", tw(x_mm)), ("y", "1")):
        fp.set(qn(f"w:{k}"), v)
    ppr.insert(0, fp)
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.line_spacing = 1.0
    for i, ln in enumerate(lines):
        r = p.add_run(ln)
        r.italic = True
        r.font.size = Pt(8.5)
        r.font.color.rgb = RGBColor.from_string("4A4A4A")
        if i < len(lines) - 1:
            r.add_break()
    return p


@plan_builder
def build_bustadsosial_margnotar_nn() -> tuple[Plan, Path]:
    """Nynorsk bustadsosial handlingsplan (python-docx → LibreOffice) with marginalia: a wide left margin, each
    measure a numbered paragraph (typed '1.1' + tab, hanging indent, the measure as the bold first sentence) and
    beside its first line a Word frame in the margin holding 'Ansvar: …' and 'Frist: …'."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt

    slug = NN_SLUG
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    plan = Plan(
        slug=slug, language="nn", title="Bustadsosial handlingsplan 2027–2030", period=(2027, 2030),
        goals=[G(g, t) for g, t in NN_GOALS], measures=mb37._rows(NN_ROWS, 2030), source_ext="docx",
        notes="""
python-docx → LibreOffice Writer, A4 portrait, Solvågen kommune, set with MARGINALIA: the page has a wide LEFT
margin (58 mm; body Liberation Serif 10.5 pt), headings and the title reach out into it, and small notes (8.5 pt
italic grey) stand in the margin beside the paragraph they belong to, level with its first line. The notes are
Word FRAMES (a paragraph with w:framePr, anchored to the following paragraph, 'vertically relative to text'), as
a template's 'Margnotat' style makes them. Header 'Solvågen kommune · Bustadsosial handlingsplan 2027–2030' over
a rule, footer 'Side n'. Title block; 1 Innleiing (the working group names units: not owners; the bustadsosiale
lova's 'skal' and the national strategy's 'ingen skal vere bustadlause': traps, no goals; margin notes there are
remarks, no owners); 2 Situasjonen i Solvågen (facts with a 'Kjelde:' margin note; 'Dette har vi fått til
2023–2026' lines: no measures); 3 Mål og tiltak: a reading guide, then four Heading 2 'Mål n: <sentence>' (the
GOALS, without 'Mål n:') and under each the MEASURES as numbered paragraphs '<n.k> <TAB> <bold sentence>.
<explanation>' (the measure = the bold first sentence without its full stop; linked to the goal above). In the
margin beside each: 'Ansvar: <owner>' and 'Frist: <deadline>' on their own lines (a long owner wraps inside the
note). Measure 1.4 is the last on p. 1 and runs on to p. 2; its note stays on p. 1 beside its first line. Goals
2–4 are on p. 2. 4 Oppfølging (a margin note 'Første rullering: hausten 2028': no measure). Gold: OWNERS = after 'Ansvar:'
('Eigedom og Bustadkontoret', 'Bustadkontoret og IKT', 'Kultur og fritid og NAV Solvågen' two each; 'Helse og
omsorg', 'Plan og utvikling', 'Barn og familie' ONE unit each; 'Alle einingsleiarar' diffuse; 3.2's note has no
'Ansvar:' line but a colleague's comment '[Kommentar: Kven skal ha ansvaret her? – KH]' = no owner and an
EDITORIAL LEFTOVER). DEADLINE = after 'Frist:' ('1.3.2027' date; '2027', '2028', '2029', 'haust 2027', '2. halvår
2027', '1. halvår 2028' periods; 'løpande' continuous; 'kvart år' recurring; '2031' after 2027–2030; 2.3's note
has no 'Frist:' line = none). Years in the explanations ('frå 2033') are not deadlines.
""")
    serif, sans, dark = "Liberation Serif", "Liberation Sans", "1F4E5F"
    doc = dh.new_document(font=serif, size=10.5, margins_mm=20, heading_color=dark)
    mb.docx_lang(doc, "nn-NO")
    sec = doc.sections[0]
    sec.left_margin = Mm(58)
    sec.right_margin = Mm(22)
    sec.top_margin = Mm(22)
    sec.bottom_margin = Mm(20)
    out_mm = -40  # headings and the title reach 40 mm into the margin
    for lvl, size in ((1, 15), (2, 12)):
        st = doc.styles[f"Heading {lvl}"]
        st.font.size = Pt(size)
        st.font.name = sans
        st.paragraph_format.left_indent = Mm(out_mm)
    dh.ruled_header(sec, "Solvågen kommune · Bustadsosial handlingsplan 2027–2030", size=8.5)
    sec.header.paragraphs[0].paragraph_format.left_indent = Mm(out_mm)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp.add_run("Side ").font.size = Pt(8.5)
    dh.add_field(fp, "PAGE", "1", size=8.5)
    note_x, note_w = 18, 34

    def body(text, note="", *, after=6):
        if note:
            _margin_note(doc, [note], x_mm=note_x, width_mm=note_w)
        return dh.para(doc, text, space_after=after)

    t = dh.para(doc, "SOLVÅGEN KOMMUNE", size=10, bold=True, color=dark, space_after=2)
    t.paragraph_format.left_indent = Mm(out_mm)
    t = dh.para(doc, plan.title, size=22, bold=True, color=dark, space_after=4)
    t.paragraph_format.left_indent = Mm(out_mm)
    t.runs[0].font.name = sans
    t = dh.para(doc, "Vedteken av kommunestyret 10. desember 2026, sak 94/26", size=9.5, italic=True,
                space_after=16)
    t.paragraph_format.left_indent = Mm(out_mm)
    for h in ("1 Innleiing", "2 Situasjonen i Solvågen"):
        dh.heading(doc, h, 1)
        for text, note in NN_TEXT[h]:
            body(text, note)
        if h.startswith("2 "):
            dh.heading(doc, "Dette har vi fått til 2023–2026", 2)
            for ln in NN_TEXT["done"]:
                dh.para(doc, ln, space_after=2)
    dh.heading(doc, "3 Mål og tiltak", 1)
    for text, note in NN_TEXT["3 Mål og tiltak"]:
        body(text, note)
    for gi, (g, gt) in enumerate(NN_GOALS, 1):
        dh.heading(doc, f"Mål {gi}: {gt}", 2)
        for _id, nr, text, gg, who, _o, when, _k, _n, expl, extra in NN_ROWS:
            if gg != g:
                continue
            lines = []
            if who is not None:
                lines.append(f"Ansvar: {who}")
            if extra:
                lines.append(extra)
            if when is not None:
                lines.append(f"Frist: {when}")
            _margin_note(doc, lines, x_mm=note_x, width_mm=note_w)
            p = dh.para(doc, f"{nr}\t**{text}.** {expl}", space_after=7)
            pf = p.paragraph_format
            pf.left_indent = Mm(10)
            pf.first_line_indent = Mm(-10)
            pf.tab_stops.add_tab_stop(Mm(10))
    dh.heading(doc, "4 Oppfølging", 1)
    for text, note in NN_TEXT["4 Oppfølging"]:
        body(text, note)
    dh.set_core_properties(doc, title=plan.title, author="Solvågen kommune")
    src = d / f"{slug}.docx"
    dh.save_deterministic(doc, src)
    pdf = bk.soffice_pdf(src)
    _gold(plan, pdf, leftovers=(NN_LEFTOVER,))
    return plan, pdf


# =========================================================================== 2 Swedish notes pages (odfpy .odp)

SV_SLUG = "barnkultur-anteckningssidor-sv"
SV_GOALS = [
    ("G1", "Alla barn i förskola och grundskola ska möta professionell kultur varje läsår"),
    ("G2", "Fler barn och unga ska utöva kultur på sin fritid"),
    ("G3", "Barn och unga ska ha inflytande över kulturutbudet"),
]
SV_LEFTOVER = "(Kolla med Anna att det är Föreningsenheten som ska ha 2.6!)"
# (id, nr, bullet text on the slide, goal, 'Ansvarig:' in the notes or None, owners, 'Klart:' in the notes or None,
#  kind, note, slide no. (2–5), the notes line as printed after the number or None (no line))
SV_ROWS = [
    ("A1.1", "1.1", "Kulturgaranti med en scenföreställning per läsår för alla förskolebarn", "G1",
     "Kultur- och fritidsförvaltningen", ["Kultur- och fritidsförvaltningen"], "hösten 2027", "period",
     "one owner (one förvaltning named with 'och')", 2, None),
    ("A1.2", "1.2", "Skapande skola-projekt i alla grundskolor", "G1", "Barn- och utbildningsförvaltningen",
     ["Barn- och utbildningsförvaltningen"], "läsåret 2027/28", "period", "a school year", 2, None),
    ("A1.3", "1.3", "Gratis buss till kulturhuset för skolklasser från landsbygden", "G1", None, [], "2028",
     "period", "the notes line names no owner (the nämnd is to decide): no owner; the cost is no deadline", 2,
     "Här behöver nämnden ta ställning till vem som ska beställa och betala bussarna. Klart: 2028. Kostnad cirka "
     "120 000 kronor per år."),
    ("A1.4", "1.4", "Författarbesök på skolbiblioteken i årskurs 4 och 7", "G1", "Biblioteken", ["Biblioteken"],
     "varje termin", "recurring", "recurring", 2, None),
    ("A2.1", "2.1", "Lägre avgift i kulturskolan för syskon och för familjer med låga inkomster", "G2",
     "Kulturskolan", ["Kulturskolan"], "1 januari 2028", "date", "a date", 3, None),
    ("A2.2", "2.2", "Kulturskolekurser på fritidsgården i Norrby och i Åsbergs bygdegård", "G2",
     "Kulturskolan och Fritidsgårdarna", ["Kulturskolan", "Fritidsgårdarna"], "2028", "period",
     "two owners joined by 'och'", 3, None),
    ("A2.3", "2.3", "Lovaktiviteter med dans, film och slöjd under sommarlov och höstlov", "G2",
     "Alla fritidsgårdar", ["Alla fritidsgårdar"], "varje lov", "recurring",
     "'Alla fritidsgårdar' diffuse; recurring", 3, None),
    ("A2.4", "2.4", "Öppen ateljé för unga på kulturhuset två kvällar i veckan", "G2", "Kulturhuset Ekviken",
     ["Kulturhuset Ekviken"], "löpande", "continuous", "continuous", 3, None),
    ("A2.5", "2.5", "Utlåning av instrument och teknik via biblioteken", "G2", None, [], None, None,
     "on the '(forts.)' slide; its notes line names neither owner nor time: none", 4,
     "Den här tar vi upp i budgetarbetet, där har vi inte bestämt något ännu."),
    ("A2.6", "2.6", "Stöd till föreningar som startar kulturgrupper för barn med funktionsnedsättning", "G2",
     "Föreningsenheten", ["Föreningsenheten"], "2029", "period",
     "on the '(forts.)' slide; the note to a colleague after it is an editorial leftover", 4, None),
    ("A3.1", "3.1", "Ett barnkulturråd med elever från alla högstadieskolor", "G3",
     "Kultur- och fritidsförvaltningen", ["Kultur- och fritidsförvaltningen"], "våren 2027", "period", "", 5,
     None),
    ("A3.2", "3.2", "Barnkonsekvensanalys inför alla beslut om kulturutbudet", "G3", "Alla förvaltningar",
     ["Alla förvaltningar"], "löpande", "continuous", "'Alla förvaltningar' diffuse; continuous", 5, None),
    ("A3.3", "3.3", "Ny kulturvaneundersökning bland barn och unga och utvärdering av planen", "G3",
     "Kultur- och fritidsförvaltningen", ["Kultur- och fritidsförvaltningen"], "2030", "period",
     "'2030' after the plan period 2027–2029", 5, None),
]
SV_NOTES_INTRO = {
    1: [
        "Hälsa välkommen. Planen ersätter barnkulturprogrammet från 2022. Den har tagits fram av kultur- och "
        "fritidsförvaltningen tillsammans med barn- och utbildningsförvaltningen, biblioteken och kulturskolan, "
        "och 640 barn och unga har svarat på vår enkät.",
        "Läget i dag: 31 procent av barnen går i kulturskolan, men bara två av fem förskolor fick besök av "
        "professionell teater under 2026.",
        "Nationellt: Enligt de kulturpolitiska målen ska kulturen vara en dynamisk, utmanande och obunden kraft "
        "med yttrandefriheten som grund. Barnkonventionen är svensk lag sedan 2020. De nationella målen är inte "
        "mål i vår plan, men planen bidrar till dem.",
        "Så läser ni planen: På bilderna står målen och åtgärderna. Vem som är ansvarig och när åtgärden ska vara "
        "klar står i anteckningarna under varje bild.",
    ],
    2: ["Mål 1 handlar om att alla barn ska få uppleva kultur, oavsett var de bor och vilken skola de går i."],
    3: ["Mål 2 handlar om fritiden. Enkäten visar att det är avgiften och resvägen som stoppar flest."],
    4: ["Målet fortsätter från förra bilden."],
    5: ["Mål 3 är nytt i den här planen. Barnen ska vara med och bestämma, inte bara vara publik."],
    6: [
        "Sammanfattning: förvaltningen föreslår att nämnden antar handlingsplanen och att den skickas till "
        "kommunstyrelsen för kännedom.",
        "Frågor från förra mötet: budgeten för 1.3 och 2.1 tas upp i budgetberedningen i april 2027.",
    ],
}
SV_FOLLOWUP = [
    "Förvaltningen rapporterar till nämnden i juni och december varje år",
    "Planen revideras 2029 inför nästa planperiod",
    "Åtgärderna ryms i budgetramen utom 1.3 och 2.1",
]


@plan_builder
def build_barnkultur_anteckningssidor_sv() -> tuple[Plan, Path]:
    """Swedish handlingsplan as a slide deck printed as NOTES PAGES (odfpy .odp → LibreOffice Impress with the PDF
    export options ExportNotesPages and ExportOnlyNotesPages): each A4 page shows one 16:9 slide at the top and
    the speaker notes below; goals are slide titles, measures numbered bullets, and the owner and deadline of a
    bullet stand only in the notes line with its number; one goal continues on a '(forts.)' slide."""
    from odf.draw import Frame, PageThumbnail, Rect, TextBox
    from odf.element import Element
    from odf.presentation import Notes
    from odf.text import P, Span

    slug = SV_SLUG
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    plan = Plan(
        slug=slug, language="sv", title="Handlingsplan för barnkultur 2027–2029", period=(2027, 2029),
        goals=[G(g, t) for g, t in SV_GOALS], measures=mb37._rows(SV_ROWS, 2029), source_ext="odp",
        notes="""
OpenDocument PRESENTATION (odfpy .odp, the slide writer of make_prose_corpus.py) → LibreOffice Impress, exported
as NOTES PAGES ('Export notes pages' and 'Export only notes pages' in the PDF options): every A4 portrait page
holds one 16:9 slide (scaled, at the top, with its footer band 'Ekviken kommun · Barnkultur 2027–2029' and the
slide number) and under it the speaker's NOTES in 12 pt. Ekviken kommun, Kultur- och fritidsnämnden. P. 1 the
title slide; its notes hold the background (survey, facts, the national kulturpolitiska mål 'ska vara en
dynamisk, utmanande och obunden kraft': a trap, no goal) and a reading guide ('vem som är ansvarig och när … står
i anteckningarna'). Pp. 2, 3, 5: one slide per goal, title 'Mål n: <sentence>' (the GOALS, without 'Mål n:'),
the MEASURES as bullets '<n.k> <text>' (the measure = the text after the number, linked to the goal of the
slide); p. 4 'Mål 2 (forts.)' carries goal 2's last two bullets. In the NOTES below each slide a lead-in
sentence, then one paragraph per bullet starting with its number: '<n.k> Ansvarig: <owner>. Klart: <time>.'
P. 6 'Uppföljning' (process bullets with dates: no measures). Gold: OWNERS = after 'Ansvarig:' in the notes line
with the bullet's number ('Kulturskolan och Fritidsgårdarna' two; 'Kultur- och fritidsförvaltningen',
'Barn- och utbildningsförvaltningen' ONE each; 'Alla fritidsgårdar', 'Alla förvaltningar' diffuse; 1.3's line
names no owner ('Här behöver nämnden ta ställning …') and 2.5's line neither owner nor time = none). DEADLINE = after
'Klart:' ('hösten 2027', 'läsåret 2027/28', '2028', '2029', 'våren 2027' periods; '1 januari 2028' date; 'löpande'
continuous; 'varje termin', 'varje lov' recurring; '2030' after 2027–2029; 2.5 none). 'Kostnad cirka 120 000
kronor per år' is cost. The note to a colleague on p. 4 '(Kolla med Anna att det är Föreningsenheten som ska ha
2.6!)' is an EDITORIAL LEFTOVER.
""")
    Element.namespaces.clear()  # see make_blind_corpus.Odt: odfpy's class-level prefix dict, emptied per document
    o = mpc.Odp("Ekviken kommun · Barnkultur 2027–2029")
    W, H = o.W, o.H
    navy, coral = "#2b2a5c", "#e2574c"
    for st, colour in ((o.g_band, navy), (o.g_accent, coral)):
        from odf.style import GraphicProperties

        for gp in st.getElementsByType(GraphicProperties):
            gp.setAttribute("fillcolor", colour)
    dark = o.gstyle("gr_dark46", stroke="none", fill="solid", fillcolor=navy)
    g_notes = o.gstyle("gr_notes46", stroke="none", fill="none", autogrowheight="false",
                       textareaverticalalign="top", paddingtop="0cm", paddingleft="0cm")
    p_h = o.pst("P_h46", fontsize="28pt", fontweight="bold", color=navy)
    p_b = o.pst("P_b46", fontsize="26pt", color="#1a1a1a", para=dict(marginbottom="0.45cm"))
    p_big = o.pst("P_big46", fontsize="34pt", fontweight="bold", color="#ffffff")
    p_sub = o.pst("P_sub46", fontsize="20pt", color="#ffffff", para=dict(margintop="0.3cm"))
    p_meta = o.pst("P_meta46", fontsize="13pt", color="#d9d8ee", para=dict(margintop="0.5cm"))
    p_note = o.pst("P_note46", fontsize="12pt", color="#000000", para=dict(marginbottom="0.22cm"))
    from odf.style import Style, TextProperties

    t_num = Style(name="T_num46", family="text")
    t_num.addElement(TextProperties(fontweight="bold", color=navy))
    o.doc.automaticstyles.addElement(t_num)

    def slide(title=None):
        s = o.slide()
        if title:
            box = o.frame(s, 1.2, 0.4, W - 2.4, 2.6, o.g_title)
            o.para(box, title, p_h)
            s.addElement(Rect(stylename=o.g_accent, x="1.3cm", y="3.1cm", width="3.0cm", height="0.14cm"))
        return s

    def numbered(box, items):
        for nr, text in items:
            p = P(stylename=p_b)
            sp = Span(stylename=t_num)
            sp.addText(f"{nr}  ")
            p.addElement(sp)
            p.addText(text)
            box.addElement(p)

    def notes(s, k, paras):
        n = Notes()
        n.addElement(PageThumbnail(x="1.5cm", y="1.6cm", width="18cm", height="10.13cm", pagenumber=str(k)))
        fr = Frame(stylename=g_notes, x="1.8cm", y="12.6cm", width="17.4cm", height="14.5cm",
                   **{"class": "notes"})
        tb = TextBox()
        for par in paras:
            p = P(stylename=p_note)
            if isinstance(par, tuple):
                sp = Span(stylename=t_num)
                sp.addText(par[0] + " ")
                p.addElement(sp)
                p.addText(par[1])
            else:
                p.addText(par)
            tb.addElement(p)
        fr.addElement(tb)
        n.addElement(fr)
        s.addElement(n)

    # 1 title
    s = slide()
    s.addElement(Rect(stylename=dark, x="0cm", y="0cm", width=f"{W}cm", height=f"{H - 0.9:.2f}cm"))
    box = o.frame(s, 1.5, 3.0, W - 3, 6.2, o.g_title)
    o.para(box, plan.title, p_big)
    o.para(box, "Ekviken kommun", p_sub)
    box = o.frame(s, 1.5, 9.8, W - 3, 2.5)
    o.para(box, "Kultur- och fritidsnämnden 18 november 2026 · Förslag till beslut", p_meta)
    notes(s, 1, SV_NOTES_INTRO[1])
    # 2–5 goals
    slides = [(2, "Mål 1: " + SV_GOALS[0][1]), (3, "Mål 2: " + SV_GOALS[1][1]), (4, "Mål 2 (forts.)"),
              (5, "Mål 3: " + SV_GOALS[2][1])]
    for k, title in slides:
        s = slide(title)
        rows = [r for r in SV_ROWS if r[9] == k]
        box = o.frame(s, 1.5, 3.6, W - 3, 10.3)
        numbered(box, [(r[1], r[2]) for r in rows])
        paras = list(SV_NOTES_INTRO[k])
        for _id, nr, _t, _g, who, _o, when, _kk, _n, _sl, line in rows:
            if line is None:
                line = f"Ansvarig: {who}. Klart: {when}."
            paras.append((nr, line))
        if k == 4:
            paras.append(SV_LEFTOVER)
        notes(s, k, paras)
    # 6 follow-up
    s = slide("Uppföljning")
    box = o.frame(s, 1.5, 3.6, W - 3, 10.3)
    o.items(box, SV_FOLLOWUP, style=p_b)
    notes(s, 6, SV_NOTES_INTRO[6])
    src = d / f"{slug}.odp"
    o.save(src, plan.title, "Ekviken kommun")
    pdf = bk.soffice_pdf(src, filter_name="impress_pdf_Export",
                         options={"ExportNotesPages": ("boolean", "true"),
                                  "ExportOnlyNotesPages": ("boolean", "true")})
    _gold(plan, pdf, leftovers=(SV_LEFTOVER,))
    return plan, pdf


# =========================================================================== 3 English Easy Read (reportlab)

EN_SLUG = "learning-disability-easy-read-en"
# (id, goal sentence after 'What we want:', topic, picture, text to look its page up by: the sentences share their
#  first words with each other and with the introduction)
EN_GOALS = [
    ("G1", "People with a learning disability live in a home that is right for them", "Homes", "house",
     "live in a home that is right for them"),
    ("G2", "More people with a learning disability have a paid job and enough money to live on",
     "Jobs and money", "work", "have a paid job and enough money to live on"),
    ("G3", "People with a learning disability are healthy and get good health care", "Health", "heart",
     "are healthy and get good health care"),
    ("G4", "People with a learning disability have friends and things to do in their free time",
     "Friends and fun", "people", "have friends and things to do in their free time"),
]
# (id, nr, action sentence as printed (without the full stop), goal, 'Who will do this:' or None, owners,
#  'When:' or None, kind, note, picture)
EN_ROWS = [
    ("A1", "", "We will build 24 new flats with support for people with a learning disability", "G1",
     "Housing Team", ["Housing Team"], "by March 2029", "period", "", "flats"),
    ("A2", "", "We will help 30 people move out of care homes into a home of their own", "G1",
     "Adult Social Care and Fernmoor Homes", ["Adult Social Care", "Fernmoor Homes"], "by the end of 2030",
     "period", "two owners joined by 'and'", "move"),
    ("A3", "", "We will write letters about rent and bills in Easy Read", "G1", "Fernmoor Homes",
     ["Fernmoor Homes"], "by summer 2027", "period", "", "letter"),
    ("A4", "", "We will offer 20 paid work placements at the council every year", "G2", "Human Resources",
     ["Human Resources"], "every year", "recurring", "recurring", "work"),
    ("A5", "", "We will help people check that they get all the benefits they should get", "G2",
     "Welfare Rights Team", ["Welfare Rights Team"], "all the time", "continuous",
     "continuous ('all the time'); the 'should' belongs to the action's text", "money"),
    ("A6", "", "We will ask local employers to sign the Fernmoor Good Work Pledge", "G2", "Economy and Skills",
     ["Economy and Skills"], "by April 2028", "period", "one owner (one team named with 'and')", "handshake"),
    ("A7", "", "We will make sure everyone on the learning disability register is offered a health check every "
     "year", "G3", "Fernmoor Health Partnership", ["Fernmoor Health Partnership"], None, None,
     "no 'When:' line: no deadline ('every year' is part of the action's text)", "doctor"),
    ("A8", "", "We will train staff at the leisure centres to welcome people with a learning disability", "G3",
     "Parks and Leisure", ["Parks and Leisure"], "by December 2027", "period",
     "one owner (one team named with 'and')", "swim"),
    ("A9", "", "We will run free Easy Read classes about eating well and moving more", "G3", None, [], "in 2028",
     "period", "no 'Who will do this:' line: no owner", "apple"),
    ("A10", "", "We will start a Friendship Club in each of our 3 towns", "G4", "Community Development",
     ["Community Development"], "by autumn 2028", "period", "", "people"),
    ("A11", "", "We will make all council events easy to get to and easy to take part in", "G4",
     "All council teams", ["All council teams"], "by March 2031", "period",
     "'All council teams' diffuse; 'by March 2031' after the plan period 2027–2030", "star"),
]


def _pictogram(kind: str, size: float):
    """A simple flat picture for an Easy Read picture column (reportlab graphics, no text)."""
    from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, Rect
    from reportlab.lib import colors

    s = size
    dr = Drawing(s, s)
    teal, sun, ink, pale = (colors.HexColor("#1b7f86"), colors.HexColor("#f3b23c"), colors.HexColor("#2d2d2d"),
                            colors.HexColor("#dff1f2"))
    dr.add(Rect(0, 0, s, s, rx=s * 0.12, ry=s * 0.12, fillColor=pale, strokeColor=None))

    def person(cx, base, h, col):
        dr.add(Circle(cx, base + h * 0.82, h * 0.16, fillColor=col, strokeColor=None))
        dr.add(Rect(cx - h * 0.18, base, h * 0.36, h * 0.6, rx=h * 0.1, ry=h * 0.1, fillColor=col,
                    strokeColor=None))

    if kind in ("house", "flats", "move"):
        dr.add(Polygon([s * .2, s * .5, s * .5, s * .8, s * .8, s * .5], fillColor=teal, strokeColor=None))
        dr.add(Rect(s * .27, s * .18, s * .46, s * .33, fillColor=sun, strokeColor=None))
        dr.add(Rect(s * .44, s * .18, s * .12, s * .18, fillColor=ink, strokeColor=None))
        if kind == "flats":
            dr.add(Rect(s * .62, s * .18, s * .22, s * .5, fillColor=teal, strokeColor=None))
        if kind == "move":
            person(s * .14, s * .14, s * .36, ink)
    elif kind in ("work", "handshake"):
        dr.add(Rect(s * .2, s * .22, s * .6, s * .4, rx=4, ry=4, fillColor=teal, strokeColor=None))
        dr.add(Rect(s * .4, s * .6, s * .2, s * .1, fillColor=None, strokeColor=teal, strokeWidth=3))
        if kind == "handshake":
            dr.add(Circle(s * .5, s * .42, s * .1, fillColor=sun, strokeColor=None))
    elif kind == "heart":
        dr.add(Circle(s * .38, s * .56, s * .14, fillColor=colors.HexColor("#d9534f"), strokeColor=None))
        dr.add(Circle(s * .62, s * .56, s * .14, fillColor=colors.HexColor("#d9534f"), strokeColor=None))
        dr.add(Polygon([s * .25, s * .52, s * .75, s * .52, s * .5, s * .2],
                       fillColor=colors.HexColor("#d9534f"), strokeColor=None))
    elif kind in ("people", "group"):
        person(s * .3, s * .18, s * .5, teal)
        person(s * .5, s * .18, s * .6, sun)
        person(s * .7, s * .18, s * .5, teal)
    elif kind in ("letter", "document", "bold"):
        dr.add(Rect(s * .28, s * .16, s * .44, s * .66, fillColor=colors.white, strokeColor=ink, strokeWidth=1.5))
        for k in range(4):
            dr.add(Line(s * .34, s * (.66 - k * .12), s * .66, s * (.66 - k * .12), strokeColor=teal,
                        strokeWidth=2.5 if kind == "bold" and k == 1 else 1.2))
    elif kind == "money":
        dr.add(Circle(s * .5, s * .5, s * .27, fillColor=sun, strokeColor=ink, strokeWidth=1.2))
        dr.add(Circle(s * .5, s * .5, s * .17, fillColor=None, strokeColor=ink, strokeWidth=1))
    elif kind in ("doctor", "check"):
        person(s * .5, s * .16, s * .62, teal)
        dr.add(Rect(s * .46, s * .3, s * .08, s * .2, fillColor=colors.white, strokeColor=None))
        dr.add(Rect(s * .4, s * .36, s * .2, s * .08, fillColor=colors.white, strokeColor=None))
    elif kind == "swim":
        for k in range(3):
            y = s * (.28 + k * .14)
            dr.add(Line(s * .18, y, s * .82, y, strokeColor=teal, strokeWidth=3))
        dr.add(Circle(s * .5, s * .72, s * .09, fillColor=sun, strokeColor=None))
    elif kind == "apple":
        dr.add(Circle(s * .5, s * .45, s * .24, fillColor=colors.HexColor("#6aa84f"), strokeColor=None))
        dr.add(Line(s * .5, s * .66, s * .56, s * .8, strokeColor=ink, strokeWidth=2))
    elif kind == "star":
        import math

        pts = []
        for k in range(10):
            r = s * (.32 if k % 2 == 0 else .14)
            a = math.pi / 2 + k * math.pi / 5
            pts += [s * .5 + r * math.cos(a), s * .5 + r * math.sin(a)]
        dr.add(Polygon(pts, fillColor=sun, strokeColor=None))
    elif kind == "council":
        dr.add(Polygon([s * .16, s * .62, s * .5, s * .82, s * .84, s * .62], fillColor=teal, strokeColor=None))
        for k in range(4):
            dr.add(Rect(s * (.22 + k * .16), s * .24, s * .08, s * .36, fillColor=teal, strokeColor=None))
        dr.add(Rect(s * .16, s * .16, s * .68, s * .07, fillColor=teal, strokeColor=None))
    elif kind == "law":
        dr.add(Rect(s * .24, s * .2, s * .52, s * .6, fillColor=teal, strokeColor=None))
        dr.add(Rect(s * .3, s * .26, s * .4, s * .48, fillColor=colors.white, strokeColor=None))
        dr.add(Line(s * .36, s * .5, s * .64, s * .5, strokeColor=ink, strokeWidth=2))
    elif kind == "chart":
        for k, h in enumerate((.2, .32, .46)):
            dr.add(Rect(s * (.24 + k * .19), s * .2, s * .13, s * h, fillColor=teal if k < 2 else sun,
                        strokeColor=None))
    elif kind == "phone":
        dr.add(Rect(s * .36, s * .16, s * .28, s * .66, rx=5, ry=5, fillColor=ink, strokeColor=None))
        dr.add(Rect(s * .4, s * .26, s * .2, s * .46, fillColor=pale, strokeColor=None))
    return dr


@plan_builder
def build_learning_disability_easy_read_en() -> tuple[Plan, Path]:
    """English action plan in EASY READ (reportlab): a picture column and a large-type text column, one idea per
    row; per goal a 'Goal n: <topic>' heading, 'What we want: <sentence>' and under 'What we will do:' one row per
    action: 'We will …' sentence, 'Who will do this: …' and 'When: …' lines (one of each missing)."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        CondPageBreak,
        KeepTogether,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    slug = EN_SLUG
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    title = "Living well with a learning disability: our action plan 2027 to 2030"
    plan = Plan(
        slug=slug, language="en", title=title, period=(2027, 2030),
        goals=[G(g, t, find=fd) for g, t, _n, _p, fd in EN_GOALS], measures=mb37._rows(EN_ROWS, 2030), source_ext="pdf",
        notes="""
reportlab (Liberation Sans), A4 portrait, Fernmoor Borough Council: the EASY READ version of an action plan, laid
out as Easy Read documents are — a PICTURE COLUMN on the left (flat pictograms, no text) and a TEXT COLUMN on the
right in large type (14 pt, line spacing 1.3), one short idea per row, hard words in bold and explained in a
'Hard words' box at the end; running footer 'Easy Read · Living well with a learning disability' and 'Page n'.
P. 1: title band ('Living well with a learning disability' / 'Our action plan 2027 to 2030' / 'Easy Read'),
'About this plan', 'Why we made this plan' (the Care Act 2014 'must' and the government's 'should': traps, no
goals; the Partnership Board and 120 people who helped: partners, not owners), 'Our 4 goals' (the four topic
names only). Then per goal a heading 'Goal n: <topic>' with a picture, a row 'What we want: <sentence>' (the
GOALS = the sentence after 'What we want:', not the topic name), a bold label 'What we will do:' and one row per
action: 'We will …' sentence, then 'Who will do this: <team>' and 'When: <time>' on lines of their own (MEASURES
= the 'We will …' sentence without its full stop, linked to the goal of its section). Goal 2's third action
opens p. 3 and goal 4's second action opens p. 4, both with no heading above them. P. 4: 'How we will
know the plan is working' (indicators with 'Now:' and 'In 2030:' figures: not measures, no deadlines), 'What
happens next' (the Partnership Board's checks and a yearly report: process, no measures), 'Hard words', 'Contact
us'. Gold: OWNERS = after 'Who will do this:' ('Adult Social Care and Fernmoor Homes' two; 'Economy and Skills',
'Parks and Leisure' ONE team each; 'Housing Team', 'Fernmoor Homes', 'Human Resources', 'Welfare Rights Team',
'Fernmoor Health Partnership', 'Community Development' one each; 'All council teams' diffuse; the row without a
'Who will do this:' line = none). DEADLINE = after 'When:' ('by March 2029', 'by the end of 2030', 'by summer
2027', 'by April 2028', 'by December 2027', 'in 2028', 'by autumn 2028' periods; 'all the time' continuous; 'every
year' recurring; 'by March 2031' after 2027–2030; the row without a 'When:' line = none, though its action text
says 'every year').
""")
    f = bk.reportlab_fonts("LS")
    reg, bold = f["normal"], f["bold"]
    ink = colors.HexColor("#1f1f1f")
    teal = colors.HexColor("#1b7f86")
    grey = colors.HexColor("#555555")
    body = ParagraphStyle("b", fontName=reg, fontSize=14, leading=18.5, textColor=ink, spaceAfter=3)
    small = ParagraphStyle("s", parent=body, spaceAfter=1)
    lab = ParagraphStyle("l", parent=body, fontName=bold, textColor=teal, spaceBefore=6, spaceAfter=4)
    h1 = ParagraphStyle("h1", fontName=bold, fontSize=20, leading=24, textColor=teal, spaceBefore=8,
                        spaceAfter=4)
    pdf = d / f"{slug}.pdf"
    doc = SimpleDocTemplate(str(pdf), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
                            bottomMargin=20 * mm, title=title, author="Fernmoor Borough Council", invariant=1)
    W = A4[0] - 36 * mm
    pic = 22 * mm
    tstyle = TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                         ("RIGHTPADDING", (0, 0), (0, -1), 7 * mm), ("TOPPADDING", (0, 0), (-1, -1), 3),
                         ("BOTTOMPADDING", (0, 0), (-1, -1), 4)])

    def row(picture, paras):
        t = Table([[_pictogram(picture, pic), paras]], colWidths=[pic + 7 * mm, W - pic - 7 * mm])
        t.setStyle(tstyle)
        return t

    def P(text, st=body):
        return Paragraph(text, st)

    def on_page(c, dd):
        c.saveState()
        c.setFont(reg, 10)
        c.setFillColor(grey)
        c.drawString(18 * mm, 11 * mm, "Easy Read · Living well with a learning disability")
        c.drawRightString(A4[0] - 18 * mm, 11 * mm, f"Page {dd.page}")
        c.setStrokeColor(teal)
        c.setLineWidth(0.8)
        c.line(18 * mm, 15 * mm, A4[0] - 18 * mm, 15 * mm)
        c.restoreState()

    story = []
    band = Table([[[P("Fernmoor Borough Council", ParagraphStyle("k", parent=body, fontSize=12, leading=15,
                                                                 textColor=colors.white)),
                    P("Living well with a learning disability", ParagraphStyle(
                        "t", fontName=bold, fontSize=26, leading=31, textColor=colors.white, spaceBefore=4)),
                    P("Our action plan 2027 to 2030", ParagraphStyle(
                        "t2", fontName=reg, fontSize=18, leading=23, textColor=colors.white, spaceBefore=2)),
                    P("Easy Read", ParagraphStyle("er", fontName=bold, fontSize=13, leading=16,
                                                  textColor=colors.HexColor("#f3b23c"), spaceBefore=6))]]],
                 colWidths=[W])
    band.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), teal), ("LEFTPADDING", (0, 0), (-1, -1), 8 * mm),
                              ("TOPPADDING", (0, 0), (-1, -1), 6 * mm), ("BOTTOMPADDING", (0, 0), (-1, -1), 6 * mm)]))
    story += [band, Spacer(1, 4 * mm), P("About this plan", h1)]
    story.append(row("council", [P("This plan is from Fernmoor Borough Council."),
                                 P("It says what we will do to help people with a learning disability live "
                                   "good lives in Fernmoor.")]))
    story.append(row("bold", [P("Some words are in <b>bold</b>. We explain what they mean at the end of this "
                                "plan.")]))
    story.append(P("Why we made this plan", h1))
    story.append(row("law", [P("The <b>Care Act 2014</b> is a law. It says councils must help people to be as "
                               "well and independent as they can.")]))
    story.append(row("council", [P("The government says councils should make plans with people with a learning "
                                   "disability, not just for them.")]))
    story.append(row("group", [P("We made this plan with the <b>Learning Disability Partnership Board</b> and "
                                 "120 people who told us what matters to them.")]))
    story.append(KeepTogether([P("Our 4 goals", h1), row("star", [
        P(f"{k}. {name}", small) for k, (_g, _t, name, _p, _f) in enumerate(EN_GOALS, 1)])]))
    for k, (g, gt, name, picture, _f) in enumerate(EN_GOALS, 1):
        story.append(CondPageBreak(55 * mm))
        head = [P(f"Goal {k}: {name}", h1), row(picture, [P(f"<b>What we want:</b> {E(gt)}.")]),
                P("What we will do:", lab)]
        first = True
        for _id, _nr, text, gg, who, _o, when, _kk, _n, picture2 in EN_ROWS:
            if gg != g:
                continue
            paras = [P(f"{E(text)}.")]
            if who is not None:
                paras.append(P(f"Who will do this: {E(who)}", small))
            if when is not None:
                paras.append(P(f"When: {E(when)}", small))
            r = row(picture2, paras)
            if first:
                story.append(KeepTogether([*head, r]))
                first = False
            else:
                story.append(r)
    story.append(CondPageBreak(60 * mm))
    story.append(P("How we will know the plan is working", h1))
    story.append(row("chart", [P("More people with a learning disability have a paid job."),
                               P("Now: 6 out of every 100 people.", small),
                               P("In 2030: 10 out of every 100 people.", small)]))
    story.append(row("check", [P("More people have a health check every year."),
                               P("Now: 64 out of every 100 people.", small),
                               P("In 2030: 90 out of every 100 people.", small)]))
    story.append(P("What happens next", h1))
    story.append(row("group", [P("The Partnership Board checks how the plan is going every 6 months."),
                               P("An Easy Read report about the plan comes out every June.")]))
    box = Table([[[P("Hard words", ParagraphStyle("hw", parent=h1, spaceBefore=0)),
                   P("<b>Care Act 2014</b>: a law about care and support for adults."),
                   P("<b>Learning Disability Partnership Board</b>: a group of people with a learning disability, "
                     "family carers and staff. They check the council's work."),
                   P("<b>Benefits</b>: money from the government to help you live.")]]], colWidths=[W])
    box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#fff4dc")),
                             ("BOX", (0, 0), (-1, -1), 1, colors.HexColor("#f3b23c")),
                             ("LEFTPADDING", (0, 0), (-1, -1), 6 * mm), ("RIGHTPADDING", (0, 0), (-1, -1), 6 * mm),
                             ("TOPPADDING", (0, 0), (-1, -1), 4 * mm), ("BOTTOMPADDING", (0, 0), (-1, -1), 4 * mm)]))
    story += [Spacer(1, 4 * mm), KeepTogether([box])]
    story.append(KeepTogether([P("Contact us", h1), row("phone", [
        P("Phone: 01632 960418"), P("Email: ldplan@fernmoor.gov.uk"),
        P("Pictures drawn for Fernmoor Borough Council.", ParagraphStyle("pc", parent=small, fontSize=10,
                                                                         leading=13, textColor=grey))])]))
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    _gold(plan, pdf)
    return plan, pdf


# =========================================================================== 4 bokmål målekart (Chromium)

NB_SLUG = "helse-omsorg-maalekart-nb"
NB_AREAS = [("F1", "Brukere og pårørende"), ("F2", "Tjenester og kvalitet"), ("F3", "Medarbeidere"),
            ("F4", "Økonomi")]
NB_GOALS = [
    ("G1", "Flere eldre skal mestre hverdagen i eget hjem", "F1"),
    ("G2", "Pårørende skal oppleve at de blir sett, hørt og avlastet", "F1"),
    ("G3", "Innbyggerne skal få riktig hjelp til rett tid", "F2"),
    ("G4", "Helse og omsorg skal ha nok ansatte med riktig kompetanse", "F3"),
    ("G5", "Sektoren skal drive innenfor vedtatt budsjettramme", "F4"),
]
NB_LEFTOVER = "xx"
# goal → indicators (Indikator, Resultat 2025, colour, Ambisjon 2030)
NB_INDICATORS = {
    "G1": [("Andel innbyggere over 80 år som bor hjemme", "91 %", "g", "≥ 92 %"),
           ("Andel som klarer seg uten hjemmetjenester tre måneder etter hverdagsrehabilitering", NB_LEFTOVER, "",
            "50 %")],
    "G2": [("Pårørendes tilfredshet med avlastningen (skala 1–6)", "4,1", "y", "4,8")],
    "G3": [("Saksbehandlingstid for hjemmetjenester (dager)", "19", "r", "≤ 10"),
           ("Ventetid på langtidsplass i sykehjem (dager)", "42", "y", "≤ 30")],
    "G4": [("Sykefravær", "9,8 %", "r", "≤ 7,0 %"), ("Andel ansatte i heltidsstilling", "48 %", "y", "≥ 65 %"),
           ("Andel ansatte med helsefaglig utdanning", "71 %", "g", "≥ 80 %")],
    "G5": [("Avvik fra vedtatt budsjett", "−1,8 %", "r", "0 %"),
           ("Netto driftsutgifter til pleie og omsorg per innbygger 80 år og over (kr)", "312 000", "y",
            "≤ 300 000")],
}
# (id, nr, Tiltak, goal, Ansvar as printed, owners, Frist as printed or None, kind, note)
NB_ROWS = [
    ("T1", "", "Tilby hverdagsrehabilitering til alle nye søkere av hjemmetjenester", "G1", "Hjemmetjenesten",
     ["Hjemmetjenesten"], "2027", "period", ""),
    ("T2", "", "Ta i bruk digitalt tilsyn og medisindispensere i hjemmetjenesten", "G1", "Hjemmetjenesten og IKT",
     ["Hjemmetjenesten", "IKT"], "1. halvår 2028", "period", "two owners joined by 'og'"),
    ("T3", "", "Starte dagaktivitetstilbud for hjemmeboende med demens i Nordre Tindvik", "G1",
     "Forebygging og mestring", ["Forebygging og mestring"], "Høst 2027", "period",
     "one owner (one unit named with 'og')"),
    ("T4", "", "Opprette en pårørendeskole med kurs to ganger i året", "G2", "Forebygging og mestring",
     ["Forebygging og mestring"], "Hvert halvår", "recurring", "one owner (one unit named with 'og'); recurring"),
    ("T5", "", "Innføre fast pårørendesamtale ved innflytting i sykehjem", "G2", "", [], "31.12.2027", "date",
     "empty Ansvar cell: no owner; a date"),
    ("T6", "", "Samle all tildeling av helse- og omsorgstjenester i ett tildelingskontor", "G3",
     "Kommunalsjef helse og omsorg", ["Kommunalsjef helse og omsorg"], "01.01.2028", "date",
     "one owner (a role named with 'og'); a date"),
    ("T7", "", "Innføre felles kartleggingsverktøy for funksjonsnivå i alle tjenester", "G3",
     "Tildelingskontoret og Hjemmetjenesten", ["Tildelingskontoret", "Hjemmetjenesten"], None, None,
     "two owners; empty Frist cell: no deadline"),
    ("T8", "", "Gjennomføre brukerundersøkelse i hjemmetjenesten og i sykehjemmene", "G3", "Kvalitetsrådgiver",
     ["Kvalitetsrådgiver"], "Årlig", "recurring", "recurring"),
    ("T9", "", "Lyse ut alle faste stillinger som hele stillinger", "G4", "Alle enhetsledere",
     ["Alle enhetsledere"], "Løpende", "continuous", "'Alle enhetsledere' diffuse; continuous"),
    ("T10", "", "Ta inn minst åtte lærlinger i helsearbeiderfaget hvert år", "G4", "Personal og organisasjon",
     ["Personal og organisasjon"], "2028", "period", "one owner (one unit named with 'og')"),
    ("T11", "", "Etablere et kompetansesenter for velferdsteknologi sammen med nabokommunene", "G4",
     "Kommunalsjef helse og omsorg", ["Kommunalsjef helse og omsorg"], "2031", "period",
     "one owner (a role named with 'og'); '2031' after the plan period 2027–2030"),
]
NB_COSTS = [("Hverdagsrehabilitering, to nye årsverk", "1 200", "1 200", "1 200", "1 200"),
            ("Digitalt tilsyn og medisindispensere", "850", "400", "400", "400"),
            ("Dagaktivitet for personer med demens", "–", "600", "600", "600"),
            ("Kompetansesenter velferdsteknologi", "–", "–", "250", "500")]


@plan_builder
def build_helse_omsorg_maalekart_nb() -> tuple[Plan, Path]:
    """Bokmål MÅLEKART (HTML → Chromium, A4 landscape, as a web-based budget tool prints a chapter of the
    handlings- og økonomiplan): one table 'Mål | Indikator | Resultat 2025 | Ambisjon 2030 | Tiltak | Ansvar |
    Frist' under shaded 'Fokusområde n: <name>' bands; the goal cell spans its rows, indicators and measures fill
    the rows from the top side by side and are not paired; the economy goal has indicators and no measures."""
    slug = NB_SLUG
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    plan = Plan(
        slug=slug, language="nb", title="Målekart for helse og omsorg 2027–2030", period=(2027, 2030),
        goals=[G(g, t, focus_area=f) for g, t, f in NB_GOALS], measures=mb37._rows(NB_ROWS, 2030),
        focus_areas=NB_AREAS, source_ext="html",
        notes="""
HTML/CSS → Chromium, A4 LANDSCAPE, Liberation Sans 9 pt, Tindvik kommune: a chapter of the handlings- og
økonomiplan printed from a web-based budget and planning tool, @page header 'Tindvik kommune · Handlings- og
økonomiplan 2027–2030' and footer 'Side n av N'. P. 1: kicker 'Kapittel 5 Helse og omsorg', title 'Målekart for
helse og omsorg 2027–2030', an intro quoting the samfunnsdel ('innbyggerne i Tindvik skal kunne bo trygt hjemme
så lenge de ønsker') and the Leve hele livet reform ('skal mestre livet lenger'): traps, no goals; a reading
note and a colour key for the results. Then ONE MÅLEKART table (a balanced scorecard) 'Mål | Indikator |
Resultat 2025 | Ambisjon 2030 | Tiltak | Ansvar | Frist', header repeated on p. 2: four shaded band rows
'Fokusområde n: <name>' (the FOCUS AREAS, without 'Fokusområde n:'), under each the goals: the Mål cell spans the
goal's rows (the GOALS); the INDICATOR columns (indicator, result 2025 with a coloured cell, ambition 2030) and
the MEASURE columns (Tiltak, Ansvar, Frist) are filled from the goal's first row downwards SIDE BY SIDE, so an
indicator and a measure share a row without belonging together (a goal with three indicators and three measures,
one with one indicator and two measures). Indicators and their values ('≥ 92 %', '≤ 10', '4,8') are not
measures, owners or deadlines. Goal 5 (Økonomi) has two indicators and, in the Tiltak cell, only a grey pointer
to chapter 6: no measure (goal-has-measure). One result cell holds 'xx' (not filled in): an EDITORIAL LEFTOVER.
P. 2 after the table: 'Tiltak med økonomiske konsekvenser (1 000 kr)' with short names and amounts per year (cost,
not measures) and 'Oppfølging'. Gold: MEASURES = the Tiltak cells, linked to the goal whose Mål cell spans them;
OWNERS = the Ansvar cell ('Hjemmetjenesten og IKT', 'Tildelingskontoret og Hjemmetjenesten' two each;
'Forebygging og mestring', 'Personal og organisasjon' ONE unit each; 'Kommunalsjef helse og omsorg' one role;
'Alle enhetsledere' diffuse; empty cell = none). DEADLINE = Frist ('2027', '2028', '1. halvår 2028', 'Høst 2027'
periods; '31.12.2027', '01.01.2028' dates; 'Løpende' continuous; 'Hvert halvår', 'Årlig' recurring; '2031' after
2027–2030; empty = none).
""")
    css = """
@page { size: A4 landscape; margin: 15mm 13mm 14mm 13mm;
  @top-left { content: "Tindvik kommune · Handlings- og økonomiplan 2027–2030"; font: 8pt 'Liberation Sans';
    color: #555; }
  @bottom-right { content: "Side " counter(page) " av " counter(pages); font: 8pt 'Liberation Sans'; color: #555; } }
body { margin: 0; font: 9pt/1.3 'Liberation Sans', sans-serif; color: #1d1d1d; }
.kicker { font-size: 8.5pt; color: #6b2f5b; font-weight: bold; letter-spacing: .06em; text-transform: uppercase;
  margin: 0 0 1mm; }
h1 { font-size: 17pt; color: #4b1d42; margin: 0 0 2.5mm; }
h2 { font-size: 11.5pt; color: #4b1d42; margin: 5mm 0 2mm; }
p { margin: 0 0 2mm; max-width: 250mm; }
.key { font-size: 8pt; color: #333; margin: 1mm 0 3mm; }
.sw { display: inline-block; width: 3.2mm; height: 3.2mm; vertical-align: -0.5mm; margin: 0 1mm 0 3mm; }
table.mk { border-collapse: collapse; width: 100%; table-layout: fixed; }
table.mk th { background: #4b1d42; color: #fff; text-align: left; font-weight: bold; padding: 1.6mm 1.6mm;
  font-size: 8.5pt; border: 0.4pt solid #4b1d42; }
table.mk td { border: 0.4pt solid #b9aab5; padding: 1.3mm 1.6mm; vertical-align: top; }
table.mk tr { break-inside: avoid; }
tr.band td { background: #eadfe7; font-weight: bold; font-size: 9.5pt; color: #4b1d42; break-after: avoid; }
td.goal { font-weight: bold; background: #faf6f9; }
td.num { text-align: right; white-space: nowrap; }
td.g { background: #cfe8c4; } td.y { background: #f8e6a0; } td.r { background: #f3c1bb; }
td.ptr { color: #666; font-style: italic; }
td.sep { border-left: 1.4pt solid #4b1d42; }
table.cost { border-collapse: collapse; margin-top: 1mm; }
table.cost th, table.cost td { border: 0.4pt solid #b9aab5; padding: 1.2mm 2.5mm; font-size: 8.5pt; }
table.cost th { background: #eadfe7; text-align: left; }
table.cost td.n { text-align: right; }
"""
    area_name = dict(NB_AREAS)
    p = [f"<!DOCTYPE html><html lang='nb'><head><meta charset='utf-8'><title>{E(plan.title)}</title>"
         f"<style>{css}</style></head><body>"]
    p.append("<div class='kicker'>Kapittel 5 Helse og omsorg</div>")
    p.append(f"<h1>{E(plan.title)}</h1>")
    p.append("<p>Målekartet viser hvilke mål helse og omsorg skal arbeide mot i planperioden, hvilke indikatorer vi "
             "bruker for å følge med på om vi når dem, og hvilke tiltak vi setter i gang. Målene bygger på "
             "kommuneplanens samfunnsdel, der det står at «innbyggerne i Tindvik skal kunne bo trygt hjemme så "
             "lenge de ønsker».</p>")
    p.append("<p>Reformen Leve hele livet sier at eldre skal mestre livet lenger og ha trygghet for at de får "
             "hjelp når de trenger det. Reformens mål er ikke mål i målekartet, men tiltakene følger den opp.</p>")
    p.append("<p>Slik leser du målekartet: Under hvert mål står indikatorene til venstre og tiltakene til høyre. "
             "En indikator og et tiltak på samme linje hører ikke nødvendigvis sammen.</p>")
    p.append("<div class='key'>Resultat 2025:<span class='sw' style='background:#cfe8c4'></span>på eller over "
             "ambisjonen<span class='sw' style='background:#f8e6a0'></span>under ambisjonen, men bedre enn "
             "2024<span class='sw' style='background:#f3c1bb'></span>svakere enn 2024</div>")
    widths = [17, 18, 7, 8, 27, 14, 9]  # %
    p.append("<table class='mk'><colgroup>" + "".join(f"<col style='width:{w}%'>" for w in widths) +
             "</colgroup><thead><tr>" + "".join(
                 f"<th{' class=sep' if h == 'Tiltak' else ''}>{h}</th>" for h in
                 ("Mål", "Indikator", "Resultat 2025", "Ambisjon 2030", "Tiltak", "Ansvar", "Frist")) +
             "</tr></thead><tbody>")
    for k, (fa, _name) in enumerate(NB_AREAS, 1):
        p.append(f"<tr class='band'><td colspan='7'>Fokusområde {k}: {E(area_name[fa])}</td></tr>")
        for g, gt, gfa in NB_GOALS:
            if gfa != fa:
                continue
            inds = NB_INDICATORS[g]
            meas = [r for r in NB_ROWS if r[3] == g]
            n = max(len(inds), len(meas), 1)
            for i in range(n):
                cells = []
                if i == 0:
                    cells.append(f"<td class='goal' rowspan='{n}'>{E(gt)}</td>")
                if i < len(inds):
                    ind, res, col, amb = inds[i]
                    cells.append(f"<td>{E(ind)}</td><td class='num {col}'>{E(res)}</td>"
                                 f"<td class='num'>{E(amb)}</td>")
                else:
                    cells.append("<td></td><td></td><td></td>")
                if i < len(meas):
                    _id, _nr, text, _g, who, _o, when, _k, _n = meas[i]
                    cells.append(f"<td class='sep'>{E(text)}</td><td>{E(who)}</td><td>{E(when or '')}</td>")
                elif not meas and i == 0:
                    cells.append("<td class='sep ptr' colspan='3'>Tiltak for å holde budsjettrammen står i "
                                 "kapittel 6 Økonomi.</td>")
                else:
                    cells.append("<td class='sep'></td><td></td><td></td>")
                p.append("<tr>" + "".join(cells) + "</tr>")
    p.append("</tbody></table>")
    p.append("<h2>Tiltak med økonomiske konsekvenser (1 000 kr)</h2>")
    p.append("<table class='cost'><tr><th>Tiltak</th><th>2027</th><th>2028</th><th>2029</th><th>2030</th></tr>" +
             "".join("<tr><td>" + E(r[0]) + "</td>" + "".join(f"<td class='n'>{v}</td>" for v in r[1:]) + "</tr>"
                     for r in NB_COSTS) + "</table>")
    p.append("<h2>Oppfølging</h2>")
    p.append("<p>Målekartet rapporteres i tertialrapportene og i årsmeldingen. Indikatorene hentes fra KOSTRA, "
             "brukerundersøkelsene og kommunens egne registreringer. Kommunalsjefen for helse og omsorg legger "
             "fram en samlet vurdering for hovedutvalget hvert år i mars.</p>")
    p.append("</body></html>")
    src = d / f"{slug}.html"
    src.write_text("".join(p), encoding="utf-8")
    pdf = bk.chromium_pdf(src, d / f"{slug}.pdf")
    _gold(plan, pdf, leftovers=(NB_LEFTOVER,), focus_from_goals=True)
    return plan, pdf


# =========================================================================== checks


def verify(slug: str) -> list[str]:
    """mb3.verify (pdftotext, page by page) and batch 34's whole-text check on content order."""
    return mb3.verify(slug) + mb34._whole_text_raw(slug)


def main(argv: list[str]) -> None:
    """Build the plans (or the SLUGs), --verify or --twice: blindkit.plans_main."""
    bk.plans_main(argv, plans=PLANS, out=OUT, verify=verify, patterns=PATTERNS)


if __name__ == "__main__":
    main(sys.argv[1:])
