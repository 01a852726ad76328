"""Build the eighth batch of blind authored plans (corpora/authored/<slug>/), in layouts not yet in
the corpus, two of them with strategies as well as goals and measures.

    python corpora/scripts/make_blind_corpus8.py              # every plan
    python corpora/scripts/make_blind_corpus8.py SLUG ...     # some of them
    python corpora/scripts/make_blind_corpus8.py --verify     # check gold against the PDFs

Same method as the earlier blind builders (whose plan data classes, findings derivation, gold
writer, OpenDocument writer, Chromium printer, LibreOffice export with a private profile and
pdftotext check are reused from make_blind_corpus.py and make_blind_corpus3.py): each plan is
written here as data (goals, strategies, measures with owners and deadlines) and rendered by the
tool a municipality would use. The gold file is written from the same data; only the page numbers
are looked up in the PDF text. Gold files carry `held_out: true` and were committed before
plancheck was run on the documents.

--verify re-reads every PDF with pdftotext and checks that every gold goal, strategy, measure,
owner, deadline and finding quote is printed on the page the gold file names (owners and deadlines
of a measure may sit on the next page when a row breaks).

Deterministic: fixed zip times, core/meta properties, PDF dates and IDs.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import _docx_helpers as dh  # noqa: E402
import make_blind_corpus as mb  # noqa: E402
import make_blind_corpus3 as mb3  # noqa: E402
from make_blind_corpus import G, M, Plan, S  # noqa: E402

ROOT = HERE.parents[1]
OUT = ROOT / "corpora" / "authored"

PLANS, plan_builder, write_gold = mb.builder_registry("make_blind_corpus8.py")


# =========================================================================== 1 Word, two newspaper columns


def _columns(section, num: int, space_mm: float, *, sep: bool = False) -> None:
    """Set a Word section to ``num`` newspaper columns (w:cols in its sectPr), as Layout > Columns."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    sp = section._sectPr
    for old in sp.findall(qn("w:cols")):
        sp.remove(old)
    cols = OxmlElement("w:cols")
    cols.set(qn("w:num"), str(num))
    cols.set(qn("w:space"), str(dh._twips(space_mm)))
    if sep:
        cols.set(qn("w:sep"), "1")
    sp.append(cols)


@plan_builder
def build_klimaplan_tospalte() -> tuple[Plan, Path]:
    """Bokmål klima- og energiplan (handlingsdel) whose plan part runs in TWO newspaper columns
    (a continuous Word section with w:cols num=2): goals as coloured headings 'Mål n: …',
    strategies as italic 'Vi vil …' lines, measures as plain paragraphs each followed by a small
    grey run-in line 'Ansvar: … · Frist: …'."""
    from docx.enum.section import WD_SECTION
    from docx.shared import Pt, RGBColor

    slug = "klimaplan-tospalte"
    td, pb, ei = "Teknisk drift", "Plan og byggesak", "Eiendomsavdelingen"
    # goal -> [(strategy, [(tiltak, ansvar printed or None, owners, frist or None, kind, diffuse)])]
    tree = [
        ("Klimagassutslippene fra veitrafikken i Lindås skal halveres innen 2030.", [
            ("Vi vil gjøre det enkelt å velge elbil, sykkel og buss", [
                ("Bygge 40 offentlige ladepunkter ved kommunale bygg og pendlerparkeringer", td, [td], "2027",
                 "period", ()),
                ("Sammenhengende sykkelvei mellom sentrum og Kvamme skole", "Teknisk drift og Statens vegvesen",
                 [td, "Statens vegvesen"], "Høst 2028", "period", ()),
            ]),
            ("Vi vil kutte utslippene fra kommunens egen kjøring", [
                ("Skifte ut alle kommunens personbiler med nullutslippsbiler", "Innkjøpsenheten",
                 ["Innkjøpsenheten"], "31.12.2027", "date", ()),
                ("Kreve fossilfrie anleggsmaskiner i alle kommunale byggeprosjekter", "Innkjøpsenheten",
                 ["Innkjøpsenheten"], "Løpende", "continuous", ()),
            ]),
        ]),
        ("Kommunens bygg skal bruke 20 prosent mindre energi enn i 2020.", [
            ("Vi vil redusere energibruken i byggene vi eier", [
                ("Innføre energiledelse med timemålinger i alle kommunale bygg", ei, [ei], "2026", "period", ()),
                ("Etterisolere og skifte vinduer på Lindås rådhus", ei, [ei], "2028", "period", ()),
            ]),
            ("Vi vil produsere mer fornybar energi lokalt", [
                ("Legge solceller på taket av Kvamme skole og Lindås sykehjem", ei, [ei], None, None, ()),
            ]),
        ]),
        ("Arealbruken i Lindås skal ta vare på karbonrike områder som myr og skog.", [
            ("Vi vil ta hensyn til karbonlagring i all arealplanlegging", [
                ("Kartlegge myrområder og legge dem inn i kommuneplanens arealdel", pb, [pb], "1. halvår 2027",
                 "period", ()),
                ("Lage en veileder for klimagassberegning i reguleringsplaner", pb, [pb], "2027", "period", ()),
                ("Vurdere arealbruken i alle saker etter den nye veilederen", "Alle virksomheter",
                 ["Alle virksomheter"], "2028", "period", ("Alle virksomheter",)),
            ]),
        ]),
        ("Innbyggerne og næringslivet skal ha god kunnskap om hvordan de kan kutte utslipp.", []),
    ]
    goals, strategies, measures = [], [], []
    for gi, (gtext, strats) in enumerate(tree, start=1):
        goals.append(G(f"G{gi}", gtext))
        for si, (stext, acts) in enumerate(strats, start=1):
            sid = f"S{gi}.{si}"
            strategies.append(S(sid, stext, [f"G{gi}"]))
            for k, (text, _p, owners, when, kind, diffuse) in enumerate(acts, start=1):
                note = ("small line has only 'Ansvar:', no 'Frist:'" if when is None else "")
                measures.append(M(f"M{gi}.{si}.{k}", text, [f"G{gi}"], owners, when, kind, strategies=[sid],
                                  diffuse=diffuse, note=note))
    plan = Plan(
        slug=slug, language="nb", title="Klima- og energiplan 2026–2029 – handlingsdel", period=(2026, 2029),
        goals=goals, strategies=strategies, measures=measures,
        notes="""
Word (python-docx) → LibreOffice PDF, portrait A4, Liberation Serif 11.5 pt body, Liberation Sans
headings. Bokmål. Title, adoption line, introduction and a shaded one-cell fact box
'Klimagassregnskapet 2024' run across the page; then a CONTINUOUS section break and the rest of the
document runs in TWO newspaper columns (w:cols num=2, 8 mm gap, a vertical rule between them), so
text flows down the left column, then the right column, then onto p. 2. Goals are coloured (green)
Heading 2 paragraphs 'Mål n: <sentence>' (gold text = the sentence). Under each goal its strategies
are italic green paragraphs starting 'Vi vil …' (gold text includes 'Vi vil'). Each measure is a plain
paragraph (no bullet, no number) followed by a SMALL grey 8 pt run-in line 'Ansvar: <owner> · Frist:
<deadline>'. Links: a measure links the goal heading and the 'Vi vil' strategy above it. One measure's
small line has only 'Ansvar:' (measure-has-deadline, error); 'Løpende' is continuous (warning);
'Alle virksomheter' is diffuse (owner-is-accountable, warning); 'Mål 4' has only a prose sentence
saying its measures come at the next revision (goal-has-measure, error). 'Teknisk drift og Statens
vegvesen' two owners. Frist forms: '2027', 'Høst 2028', '31.12.2027', 'Løpende', '2026', '2028',
'1. halvår 2027'. Traps: the samfunnsdel goal and the national climate target quoted ('skal'), a
reading guide naming Ansvar and Frist, a fact box with emission figures, 'Dette har vi gjort
2022–2025' past-tense paragraphs in the columns, '4 Oppfølging' (the kommunedirektør reports).""",
    )
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    green = "3B6E22"
    doc = dh.new_document(font="Liberation Serif", size=11.5, margins_mm=20, heading_color=green)
    for sname in ("Heading 1", "Heading 2"):
        st = doc.styles[sname]
        st.font.name = "Liberation Sans"
        st.font.color.rgb = RGBColor.from_string(green)
    doc.styles["Heading 1"].font.size = Pt(14)
    doc.styles["Heading 2"].font.size = Pt(11.5)
    dh.setup_header_footer(doc.sections[0], "Lindås kommune · Klima- og energiplan 2026–2029")
    dh.set_core_properties(doc, title=plan.title, author="Lindås kommune")
    dh.para(doc, "Lindås kommune", size=12, bold=True, color=green)
    dh.para(doc, plan.title, size=20, bold=True, color=green, space_after=2)
    dh.para(doc, "Vedtatt av kommunestyret 11. juni 2026, sak 52/26", italic=True)
    dh.para(doc, "Handlingsdelen følger opp kommuneplanens samfunnsdel, der det står at «Lindås skal være et "
            "lavutslippssamfunn i 2040». Nasjonalt er målet at utslippene skal reduseres med 55 prosent innen "
            "2030 sammenlignet med 1990. Handlingsdelen rulleres hvert år sammen med økonomiplanen.")
    box = dh.new_table(doc, [174])
    dh.set_table_borders(box, none=True)
    dh.add_row(box, ["**Klimagassregnskapet 2024**"], [174], size=10, fill="E4EEDC")
    c = box.rows[0].cells[0]
    for t in ["Veitrafikk: 41 prosent av utslippene i kommunen",
              "Jordbruk: 27 prosent",
              "Oppvarming og energi i bygg: 9 prosent",
              "Samlet utslipp: 62 400 tonn CO2-ekvivalenter, 6 prosent lavere enn i 2020"]:
        dh.para(c, "– " + t, size=9, space_after=0)
    sec = doc.add_section(WD_SECTION.CONTINUOUS)
    _columns(sec, 2, 8, sep=True)
    dh.heading(doc, "1 Slik leser du planen", 1)
    dh.para(doc, "Planen har fire mål. Under hvert mål står strategiene, som begynner med «Vi vil», og deretter "
            "tiltakene. Under hvert tiltak står det med liten skrift hvem som har ansvaret (Ansvar) og når "
            "tiltaket skal være gjennomført (Frist).", space_after=6)
    dh.heading(doc, "2 Mål, strategier og tiltak", 1)
    grey = "595959"
    for gi, (gtext, strats) in enumerate(tree, start=1):
        dh.heading(doc, f"Mål {gi}: {gtext}", 2).paragraph_format.keep_with_next = True
        if not strats:
            dh.para(doc, "Tiltakene for dette målet blir fastsatt når handlingsdelen rulleres høsten 2026, etter "
                    "dialog med næringsforeningen og ungdomsrådet.", space_after=6)
        for stext, acts in strats:
            dh.para(doc, stext, italic=True, bold=True, color=green, space_before=4, space_after=3,
                    keep_with_next=True)
            for text, printed, _o, when, _k, _df in acts:
                p = dh.para(doc, text, space_after=0, keep_with_next=True)
                p.paragraph_format.keep_together = True
                small = f"Ansvar: {printed}" + (f" · Frist: {when}" if when else "")
                q = dh.para(doc, small, size=8, color=grey, space_after=5)
                q.paragraph_format.keep_together = True
    dh.heading(doc, "3 Dette har vi gjort 2022–2025", 1)
    for t in ["Vi har bygget 12 ladepunkter ved rådhuset og helsesenteret.",
              "Vi har byttet ut oljefyrene i alle kommunale bygg.",
              "Vi har innført klimabudsjett som en del av økonomiplanen."]:
        dh.para(doc, t, space_after=3)
    dh.heading(doc, "4 Oppfølging", 1)
    dh.para(doc, "Kommunedirektøren rapporterer på tiltakene i klimabudsjettet og i årsmeldingen. Klimarådet, "
            "der næringslivet og ungdomsrådet er representert, får handlingsdelen til uttalelse hvert år.")
    src = d / f"{slug}.docx"
    dh.save_deterministic(doc, src)
    pdf = mb.lo_pdf(src)
    write_gold(plan, pdf)
    return plan, pdf


# =========================================================================== 2 Danish, one small table per goal, caption above (odfpy)


@plan_builder
def build_ensomhed_hvad_hvem_hvornaar_da() -> tuple[Plan, Path]:
    """Danish handleplan mod ensomhed (odfpy): every goal is a Writer table CAPTION above its own small
    table 'Hvad | Hvem | Hvornår'; the goal is not a row of the table."""
    slug = "ensomhed-hvad-hvem-hvornaar-da"
    sf, kf = "Sundhed og Forebyggelse", "Kultur og Fritid"
    # goal -> [(hvad, hvem printed, owners, hvornår or None, kind, diffuse, outside)]
    tree = [
        ("Færre ældre borgere skal opleve at være uønsket alene.", [
            ("Tilbyde forebyggende hjemmebesøg til alle borgere, der fylder 75 år", "Forebyggelsesteamet",
             ["Forebyggelsesteamet"], "1. halvår 2026", "period", (), False),
            ("Oprette en besøgsvennetjeneste sammen med Ældre Sagen", "Frivillighedskoordinatoren og Ældre Sagen",
             ["Frivillighedskoordinatoren", "Ældre Sagen"], "2026", "period", (), False),
            ("Give alle nye pensionister en invitation til kommunens aktivitetscentre", "Aktivitetscentrene",
             ["Aktivitetscentrene"], "Løbende", "continuous", (), False),
        ]),
        ("Unge, der føler sig ensomme, skal vide, hvor de kan få hjælp.", [
            ("Uddanne medarbejdere i ungdomsklubberne i at spotte ensomhed", "Børne- og Ungeforvaltningen",
             ["Børne- og Ungeforvaltningen"], "Efterår 2025", "period", (), False),
            ("Lave en digital oversigt over fællesskaber for unge på kommunens hjemmeside", "",
             [], "Marts 2026", "period", (), False),
            ("Starte en åben rådgivning for unge i biblioteket to aftener om ugen", kf, [kf], "2027", "period", (),
             False),
        ]),
        ("Flere borgere skal være en del af et fællesskab i deres lokalområde.", [
            ("Støtte lokale foreninger, der åbner deres aktiviteter for nye medlemmer", kf, [kf], "2025–2028",
             "period", (), False),
            ("Indrette et fælleshus i Nørre Vium med midler fra landdistriktspuljen", "Teknik og Miljø",
             ["Teknik og Miljø"], "2029", "period", (), True),
            ("Sætte ensomhed på dagsordenen på et personalemøde i alle afdelinger", "Alle forvaltninger",
             ["Alle forvaltninger"], "Oktober 2025", "period", ("Alle forvaltninger",), False),
        ]),
        ("Borgere med psykisk sygdom skal have et netværk uden for behandlingen.", [
            ("Etablere et peer-netværk med tidligere brugere af psykiatrien", sf, [sf], "31.08.2026", "date", (),
             False),
            ("Udvide åbningstiden i værestedet Lyset til også at omfatte weekender", "Socialpsykiatrien",
             ["Socialpsykiatrien"], "2026", "period", (), False),
        ]),
    ]
    goals, measures = [], []
    for gi, (gtext, rows) in enumerate(tree, start=1):
        goals.append(G(f"G{gi}", gtext))
        for k, (text, _p, owners, when, kind, diffuse, outside) in enumerate(rows, start=1):
            note = ("empty Hvem cell" if not owners else
                    "deadline after the plan period 2025–2028" if outside else "")
            measures.append(M(f"M{gi}.{k}", text, [f"G{gi}"], owners, when, kind, diffuse=diffuse,
                              outside=outside, note=note))
    plan = Plan(
        slug=slug, language="da", title="Handleplan mod ensomhed 2025–2028", period=(2025, 2028),
        goals=goals, measures=measures, source_ext="odt",
        notes="""
OpenDocument (odfpy) → LibreOffice PDF, portrait A4, Liberation Sans 10 pt, headings in dark
red. Danish. Chapter 3 'Mål og handlinger' has ONE SMALL TABLE PER GOAL, each with a Writer-style
CAPTION paragraph ABOVE it (bold italic, keep-with-next): 'Tabel n. Mål n: <goal sentence>' (gold
text = the sentence). The goal is not a row or a column of its table. Every table has the same
three columns 'Hvad | Hvem | Hvornår' and a shaded header row; caption, table, caption, table
follow each other with nothing between them. Table 3's last row splits at the page break: the
last word of its Hvad cell ('afdelinger') is on p. 2 under table 3's repeated header row, just above
the caption of table 4. Links: a measure links the goal in the caption above its table. One
empty Hvem cell (measure-has-owner, error); 'Løbende' is continuous (warning); 'Alle forvaltninger'
is diffuse (owner-is-accountable, warning); '2029' after
the plan period 2025–2028 (deadline-within-plan-period, warning). 'Frivillighedskoordinatoren og
Ældre Sagen' two owners; 'Børne- og Ungeforvaltningen', 'Sundhed og Forebyggelse', 'Teknik og
Miljø', 'Kultur og Fritid' one each. Hvornår forms: '1. halvår 2026', '2026', 'Løbende', 'Efterår
2025', 'Marts 2026', '2027', '2025–2028', '2029', 'Oktober 2025', '31.08.2026'. Traps: the
national partnership's goal quoted ('skal'), a reading guide naming Hvad/Hvem/Hvornår, a framed
'Fakta om ensomhed' box with survey figures, 'Det har vi gjort 2021–2024' bullets, '5 Opfølgning'
(the Sundhedsudvalg follows the plan).""",
    )
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    od = mb.Odt(header="Vesterå Kommune · Handleplan mod ensomhed 2025–2028", size=10, lang="da", country="DK",
                footer_text="Side", margin_cm=2.2)
    red = "#8c1d18"
    od.style("H1", size=14, bold=True, before=0.45, after=0.18, color=red, keep=True)
    od.style("Title", size=22, bold=True, after=0.3, color=red)
    od.style("Caption", size=9.5, bold=True, italic=True, before=0.3, after=0.08, keep=True)
    od.style("Bullet", size=10, indent_cm=0.6, hanging_cm=0.4, after=0.05)
    od.style("Box", size=9, after=0.05)
    od.style("BoxHead", size=10, bold=True, after=0.1)
    od.p("Vesterå Kommune", "H3")
    od.p(plan.title, "Title")
    od.p("Vedtaget af byrådet den 27. februar 2025")
    od.h("1 Indledning", 1)
    od.p("Ensomhed er et voksende problem i Danmark. Vesterå Kommune har tilsluttet sig Nationalt Partnerskab mod "
         "Ensomhed, hvis mål er, at «antallet af mennesker, der føler sig ensomme, skal halveres inden 2030». Denne "
         "handleplan viser, hvad kommunen selv vil gøre i de næste fire år. Planen bygger på kommunens "
         "sundhedspolitik og på de input, vi fik på borgermødet i september 2024.")
    od.p("Sådan læser du planen: Hvert mål står over sin egen tabel. Tabellen viser hvad vi gør (Hvad), hvem der "
         "har ansvaret (Hvem) og hvornår handlingen skal være gennemført (Hvornår).")
    od.h("2 Ensomhed i Vesterå", 1)
    od.frame([("Fakta om ensomhed", "BoxHead"),
              ("• 11 procent af borgerne over 16 år føler sig ofte uønsket alene.", "Box"),
              ("• Blandt de 16–24-årige er tallet 19 procent.", "Box"),
              ("• 2 ud af 3 ensomme ældre bor alene.", "Box"),
              ("Kilde: Den Nationale Sundhedsprofil 2023.", "Box")], width_cm=16.4, fill="#f6ecea",
             border="0.8pt solid #8c1d18")
    od.p("Ensomhed rammer både unge og ældre, og den hænger sammen med dårligere helbred, færre år på "
         "arbejdsmarkedet og større brug af sundhedsvæsenet. Mange ensomme borgere kender ikke de tilbud, der "
         "allerede findes, og en del tilbud når kun de borgere, der i forvejen er aktive.")
    od.h("3 Mål og handlinger", 1)
    for gi, (gtext, rows) in enumerate(tree, start=1):
        od.p(f"Tabel {gi}. Mål {gi}: {gtext}", "Caption")
        data = [["Hvad", "Hvem", "Hvornår"]] + [[text, printed, when or ""]
                                                  for text, printed, _o, when, _k, _d, _out in rows]
        od.table([9.0, 4.4, 3.2], data, header_fill="#ead3d0", border="0.5pt solid #b08a86")
    od.h("4 Det har vi gjort 2021–2024", 1)
    for t in ["Vi har åbnet to nye aktivitetscentre i Nørre Vium og Skovby.",
              "Vi har holdt årlige kampagner under Ensomhedsugen.",
              "Vi har givet 38 foreninger tilskud til åbne aktiviteter."]:
        od.p("• " + t, "Bullet")
    od.h("5 Opfølgning", 1)
    od.p("Sundhedsudvalget følger planen to gange om året. Forvaltningerne rapporterer status på handlingerne i "
         "forbindelse med budgetopfølgningen, og planen revideres i 2027.")
    src = od.save(d / f"{slug}.odt", title=plan.title, author="Vesterå Kommune")
    pdf = mb.lo_pdf(src)
    write_gold(plan, pdf)
    return plan, pdf


# =========================================================================== 3 English web page, numbered circles and action cards (HTML)


@plan_builder
def build_green_spaces_cards_en() -> tuple[Plan, Path]:
    """English (UK) action plan as a council web page printed by Chromium: each outcome has a
    CSS-drawn numbered circle beside its sentence, and its actions are cards in a two-column CSS
    grid, with the lead team and the target date as unlabelled coloured 'chips'."""
    import html as _h

    slug = "green-spaces-cards-en"
    pk, cm = "Parks and Countryside Team", "Communities Team"
    # outcome -> [(action, lead printed or None, owners, date or None, kind)]
    tree = [
        ("Every resident lives within a ten-minute walk of a good-quality green space.", [
            ("Create three new pocket parks in the wards with least access to green space", pk, [pk],
             "March 2027", "period"),
            ("Open the Old Rectory playing fields to the public outside school hours", "Property Services",
             ["Property Services"], "September 2026", "period"),
            ("Publish an online map of every public green space with its facilities", "Digital Services",
             ["Digital Services"], "2026", "period"),
            ("Install accessible paths and benches in Riverside Park", pk, [pk], "2027", "period"),
        ]),
        ("Our parks are richer in wildlife and better able to cope with a changing climate.", [
            ("Plant 5,000 trees on council land", "Tree Officer and Parks and Countryside Team",
             ["Tree Officer", pk], "2029", "period"),
            ("Stop using glyphosate in all parks and open spaces", "Grounds Maintenance", ["Grounds Maintenance"],
             "April 2026", "period"),
            ("Turn a quarter of mown grass into meadows and leave it uncut until late summer", None, [], "2028",
             "period"),
        ]),
        ("More people of all ages take part in looking after their local park.", [
            ("Set up a Friends group for each of the district's eight main parks", cm, [cm], "2028", "period"),
            ("Run monthly volunteer days with tools and training provided", pk, [pk], "Ongoing", "continuous"),
            ("Give small grants of up to £2,000 to community growing projects", cm, [cm], "2026–2030",
             "period"),
        ]),
        ("Green spaces are safe and welcoming after dark.", []),
    ]
    goals, measures = [], []
    for gi, (gtext, acts) in enumerate(tree, start=1):
        goals.append(G(f"G{gi}", gtext))
        for k, (text, _p, owners, when, kind) in enumerate(acts, start=1):
            note = "card with a date chip only, no lead chip" if not owners else ""
            measures.append(M(f"M{gi}.{k}", text, [f"G{gi}"], owners, when, kind, note=note))
    plan = Plan(
        slug=slug, language="en", title="Green Spaces Action Plan 2026–2030", period=(2026, 2030),
        goals=goals, measures=measures, source_ext="html",
        notes="""
HTML page (a district council web page) printed to PDF by headless Chromium (--print-to-pdf,
--no-pdf-header-footer), portrait A4, Liberation Sans. English (UK). Site header with navigation,
breadcrumbs, an intro with the Council Plan priority quoted ('we will'), a 'Key facts' box, and a
reading guide. Section 'Our outcomes and actions': each outcome (goal) is a row with a CSS-drawn
numbered CIRCLE (a round coloured div containing only the digit) beside the outcome sentence in
bold 13 pt (gold text = the sentence; no word 'Outcome'/'Goal' on the item). Under it the actions
are CARDS in a CSS GRID of TWO columns (cards read left, right, next row), each card the action
text and a row of two unlabelled rounded CHIPS: the lead team (filled green) and the target date
(outlined). No 'Lead:' or 'Due:' labels on the cards. Links: an action links the outcome above
its grid. One card has a date chip only (measure-has-owner, error); 'Ongoing' is continuous
(warning); outcome 4 has no cards, only a sentence that actions will be agreed with the police and
the community safety partnership (goal-has-measure, error). 'Tree Officer and Parks and Countryside
Team' two owners. Date forms: 'March 2027', 'September 2026', '2026', '2027', '2029', 'April 2026',
'2028', 'Ongoing', '2026–2030'. Traps: Council Plan priority quoted, the national Environmental
Improvement Plan target quoted ('must'), 'Key facts' box, 'What we achieved 2021–2025' list in
past tense, 'How we will report progress' section.""",
    )
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    e = _h.escape
    parts = [f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>{e(plan.title)} – Brackley Vale District Council</title>
<style>
@page {{ size: A4; margin: 14mm 15mm 15mm 15mm; }}
body {{ font-family: "Liberation Sans", Arial, sans-serif; font-size: 10pt; line-height: 1.4; color: #222;
  margin: 0; }}
header.site {{ background: #1f4e3d; color: #fff; padding: 7px 10px; display: flex;
  justify-content: space-between; align-items: center; }}
header.site .logo {{ font-size: 14pt; font-weight: bold; }}
header.site nav span {{ font-size: 8.5pt; margin-left: 12px; }}
.crumbs {{ font-size: 8pt; color: #555; margin: 6px 0 2px; }}
h1 {{ font-size: 21pt; color: #1f4e3d; margin: 6px 0 4px; }}
h2 {{ font-size: 14pt; color: #1f4e3d; margin: 16px 0 6px; break-after: avoid; }}
.facts {{ background: #eef5f1; border-left: 5px solid #1f4e3d; padding: 6px 10px; margin: 8px 0; font-size: 9pt; }}
.facts ul {{ margin: 2px 0; padding-left: 16px; }}
.outcome {{ display: flex; align-items: center; gap: 10px; margin: 14px 0 7px; break-after: avoid;
  break-inside: avoid; }}
.circle {{ flex: 0 0 30px; height: 30px; border-radius: 50%; background: #2e8b57; color: #fff;
  font-weight: bold; font-size: 14pt; text-align: center; line-height: 30px; }}
.outcome p {{ margin: 0; font-weight: bold; font-size: 13pt; color: #1f4e3d; }}
.grid {{ display: grid; grid-template-columns: 1fr 1fr; gap: 7px 9px; }}
.card {{ border: 1px solid #c9d8cf; border-radius: 6px; padding: 7px 9px; break-inside: avoid;
  background: #fbfdfc; }}
.card p {{ margin: 0 0 6px; }}
.chip {{ display: inline-block; font-size: 8pt; border-radius: 10px; padding: 1px 8px; margin-right: 5px; }}
.who {{ background: #2e8b57; color: #fff; }}
.when {{ border: 1px solid #2e8b57; color: #1f4e3d; }}
.nocards {{ font-style: italic; color: #444; margin-left: 40px; }}
footer {{ font-size: 8pt; color: #666; border-top: 1px solid #ccc; margin-top: 14px; padding-top: 3px; }}
</style></head><body>
<header class="site"><span class="logo">Brackley Vale District Council</span>
<nav><span>Bins and recycling</span><span>Parks and leisure</span><span>Planning</span><span>Council and democracy</span></nav>
</header>
<div class="crumbs">Home › Parks and leisure › Strategies and plans › Green spaces</div>
<h1>{e(plan.title)}</h1>
<p><i>Agreed by Cabinet on 14 January 2026</i></p>
<p>Our Council Plan says: “We will protect and improve the green spaces that make Brackley Vale a healthy
place to live.” This action plan sets out what we will do over the next five years to make that happen.
The Government’s Environmental Improvement Plan says that everyone must be able to reach green or blue space
within a fifteen-minute walk of their home.</p>
<div class="facts"><b>Key facts</b><ul>
<li>The council looks after 64 parks and open spaces covering 410 hectares.</li>
<li>One household in five has no green space within a ten-minute walk.</li>
<li>72 per cent of residents visited a park at least once a month in 2025.</li></ul></div>
<p>How to read this plan: each numbered outcome is followed by the actions we will take. Every action card
shows the team that leads it (green) and when we expect it to be done (white).</p>
<h2>Our outcomes and actions</h2>
"""]
    for gi, (gtext, acts) in enumerate(tree, start=1):
        parts.append(f'<div class="outcome"><div class="circle">{gi}</div><p>{e(gtext)}</p></div>\n')
        if not acts:
            parts.append('<p class="nocards">We will agree actions for this outcome with the police and the '
                         'Community Safety Partnership during 2026.</p>\n')
            continue
        parts.append('<div class="grid">\n')
        for text, printed, _o, when, _k in acts:
            chips = (f'<span class="chip who">{e(printed)}</span>' if printed else "") + \
                    f'<span class="chip when">{e(when)}</span>'
            parts.append(f'<div class="card"><p>{e(text)}</p>{chips}</div>\n')
        parts.append('</div>\n')
    parts.append("""<h2>What we achieved 2021–2025</h2>
<ul><li>We reopened the restored bandstand in Victoria Gardens.</li>
<li>We won Green Flag awards for four parks.</li>
<li>We planted 1,800 trees with schools and volunteers.</li></ul>
<h2>How we will report progress</h2>
<p>The Parks and Countryside Manager will report on every action to the Environment Scrutiny Committee
twice a year, and we will publish the report on this page.</p>
<footer>Brackley Vale District Council · Civic Centre, Market Street · www.brackleyvale.gov.uk</footer>
</body></html>
""")
    src = d / f"{slug}.html"
    src.write_text("".join(parts), encoding="utf-8")
    pdf = mb.chromium_pdf(src, d / f"{slug}.pdf")
    write_gold(plan, pdf)
    return plan, pdf


# =========================================================================== 4 nynorsk landscape table, goal on every row (reportlab)


@plan_builder
def build_kulturarv_ansvar_frist_nn() -> tuple[Plan, Path]:
    """Nynorsk handlingsplan for kulturarv generated with reportlab on landscape A4: one table
    'Mål | Strategi | Tiltak | Ansvar / frist' where the goal and the strategy are REPEATED on every
    row and owner and deadline share one cell, separated by a line break."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    slug = "kulturarv-ansvar-frist-nn"
    kk, pb, mu = "Kulturkontoret", "Plan og byggesak", "Fjordmuseet"
    # goal -> [(strategy, [(tiltak, ansvar printed or None, owners, frist, kind, outside)])]
    tree = [
        ("Dei viktigaste kulturminna i Hovland skal vere kjende, registrerte og sikra.", [
            ("Få oversikt over kulturminna", [
                ("Utarbeide ein kommunedelplan for kulturminne", kk, [kk], "2027", "period", False),
                ("Registrere SEFRAK-bygningane i Hovland sentrum på nytt", "Kulturkontoret og Fjordmuseet",
                 [kk, mu], "Haust 2026", "period", False),
            ]),
            ("Sikre kulturminna i arealplanane", [
                ("Leggje omsynssoner for kulturmiljø inn i kommuneplanens arealdel", pb, [pb], "2028", "period",
                 False),
                ("Gje byggjesøkjarar rettleiing om bygningsvern før dei søkjer", pb, [pb], "Løpande", "continuous",
                 False),
            ]),
        ]),
        ("Fleire innbyggjarar og tilreisande skal oppleve kulturarven i Hovland.", [
            ("Gjere kulturminna tilgjengelege", [
                ("Skilte og merke kulturstien langs Gamlevegen", "Frivilligsentralen", ["Frivilligsentralen"],
                 "Vår 2027", "period", False),
                ("Leggje ut digitale forteljingar om tolv kulturminne på nettstaden til kommunen", None, [],
                 "2026", "period", False),
            ]),
            ("Bruke kulturarven i skulen", [
                ("Lage eit opplegg om lokalhistorie i Den kulturelle skulesekken for 6. trinn", "Kulturskulen",
                 ["Kulturskulen"], "Skuleåret 2026/27", "period", False),
                ("Tilby alle 9. klassar ei ekskursjon til Nausthamna", mu, [mu], "2027", "period", False),
            ]),
        ]),
        ("Eigarane av freda og verneverdige bygningar skal få god hjelp til å ta vare på dei.", [
            ("Styrkje den økonomiske støtta", [
                ("Opprette eit kommunalt tilskot til istandsetjing av verneverdige bygningar", kk, [kk],
                 "1. januar 2027", "date", False),
                ("Søkje Kulturminnefondet om midlar til restaurering av Øvre Hovland-tunet",
                 "Plan- og byggesaksavdelinga og Kulturkontoret", ["Plan- og byggesaksavdelinga", kk], "2031",
                 "period", True),
            ]),
            ("Gje fagleg rettleiing", [
                ("Halde kurs i tradisjonshandverk for huseigarar to gonger i året", mu, [mu], "2026–2029",
                 "period", False),
                ("Tilsetje ein kulturminnerådgjevar i 50 prosent stilling", "Kommunedirektøren",
                 ["Kommunedirektøren"], "2026", "period", False),
            ]),
        ]),
    ]
    goals, strategies, measures = [], [], []
    for gi, (gtext, strats) in enumerate(tree, start=1):
        goals.append(G(f"G{gi}", gtext))
        for si, (stext, acts) in enumerate(strats, start=1):
            sid = f"S{gi}.{si}"
            strategies.append(S(sid, stext, [f"G{gi}"]))
            for k, (text, _p, owners, when, kind, outside) in enumerate(acts, start=1):
                note = ("'Ansvar / frist' cell with only the deadline" if not owners else
                        "deadline after the plan period 2026–2029" if outside else "")
                measures.append(M(f"M{gi}.{si}.{k}", text, [f"G{gi}"], owners, when, kind, strategies=[sid],
                                  outside=outside, note=note))
    plan = Plan(
        slug=slug, language="nn", title="Handlingsplan for kulturarv 2026–2029", period=(2026, 2029),
        goals=goals, strategies=strategies, measures=measures, source_ext="py",
        notes="""
Generated with reportlab (DejaVu Sans Condensed body and table, DejaVu Serif title, embedded
TrueType subsets) on LANDSCAPE A4 pages (842×595 pt). Nynorsk. Page 1 has the title, an intro that
quotes the national kulturmiljø goal ('skal') and the samfunnsdel, a reading guide naming
Mål/Strategi/Tiltak/Ansvar/frist and a shaded 'Kulturarven i tal' fact table. Chapter 3 is ONE
table 'Mål | Strategi | Tiltak | Ansvar / frist' (header repeated on each page) where the goal
sentence is REPEATED in full in the first column of EVERY row of its measures, and the strategy is
repeated in the second column of every row of its measures (no merged cells, no group rows; gold
has each goal and strategy once, page = its first row). The table starts at the foot of p. 1 with
three rows and goes on on p. 2 under the repeated header row, so strategy 'Sikre kulturminna i
arealplanane' is on both pages. Owner and deadline share ONE cell: the
owner, a line break, the deadline ('Kulturkontoret' / '2027'); one long owner wraps inside the cell
before its deadline line. The goals are numbered nowhere. Links: a measure links the goal and
strategy on its own row. One 'Ansvar / frist' cell has only the deadline (measure-has-owner,
error); 'Løpande' is continuous (warning); '2031' after the plan period 2026–2029
(deadline-within-plan-period, warning). 'Kulturkontoret og Fjordmuseet' and 'Plan- og
byggesaksavdelinga og Kulturkontoret' two owners each. Frist forms: '2027', 'Haust 2026', '2028',
'Løpande', 'Vår 2027', '2026', 'Skuleåret 2026/27', '1. januar 2027', '2031', '2026–2029'. Traps:
national goal and samfunnsdel quoted, reading guide, fact table, 'Dette har vi gjort 2022–2025'
list, '5 Oppfølging'.""",
    )
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    pdf = d / f"{slug}.pdf"
    fontdir = Path("/usr/share/fonts/truetype/dejavu")
    for name, fn in (("DSC", "DejaVuSansCondensed"), ("DSC-Bold", "DejaVuSansCondensed-Bold"),
                     ("DSC-Oblique", "DejaVuSansCondensed-Oblique"), ("DSerif-Bold", "DejaVuSerif-Bold")):
        pdfmetrics.registerFont(TTFont(name, str(fontdir / f"{fn}.ttf")))
    pdfmetrics.registerFontFamily("DSC", normal="DSC", bold="DSC-Bold", italic="DSC-Oblique")
    brown = colors.HexColor("#6b3e1f")
    base = ParagraphStyle("b", fontName="DSC", fontSize=10, leading=13.5, spaceAfter=5)
    h1 = ParagraphStyle("h1", parent=base, fontName="DSerif-Bold", fontSize=20, leading=24, textColor=brown)
    h2 = ParagraphStyle("h2", parent=base, fontName="DSC-Bold", fontSize=13, leading=16, spaceBefore=8,
                        textColor=brown, keepWithNext=1)
    cell = ParagraphStyle("c", parent=base, fontSize=9.5, leading=12, spaceAfter=0)
    cell_b = ParagraphStyle("cb", parent=cell, fontName="DSC-Bold")
    bullet = ParagraphStyle("li", parent=base, leftIndent=12, bulletIndent=3, spaceAfter=2)

    def story():
        s = [Paragraph("HOVLAND KOMMUNE", ParagraphStyle("o", parent=base, fontName="DSC-Bold", textColor=brown)),
             Paragraph(plan.title, h1),
             Paragraph("Vedteken av kommunestyret 23. april 2026, sak 31/26",
                       ParagraphStyle("i", parent=base, fontName="DSC-Oblique")),
             Paragraph("1 Innleiing", h2),
             Paragraph("Det nasjonale målet for kulturmiljøpolitikken er at «alle skal ha moglegheit til å "
                       "engasjere seg og ta del i arbeidet med kulturmiljø». Kommuneplanens samfunnsdel seier at "
                       "Hovland skal ta vare på historia si og bruke ho til å skape stoltheit og tilhøyrsle. "
                       "Denne handlingsplanen viser kva kommunen skal gjere i perioden 2026–2029.", base),
             Paragraph("Slik les du tabellen: kvar rad er eitt tiltak. Dei to første kolonnane viser målet og "
                       "strategien tiltaket høyrer til. I kolonna «Ansvar / frist» står først kven som har "
                       "ansvaret, og under det fristen.", base),
             Paragraph("2 Kulturarven i Hovland", h2)]
        facts = Table([[Paragraph("Kulturarven i tal", cell_b), ""],
                       [Paragraph("Automatisk freda kulturminne", cell), Paragraph("214", cell)],
                       [Paragraph("Bygningar i SEFRAK-registeret", cell), Paragraph("1 032", cell)],
                       [Paragraph("Freda bygningar", cell), Paragraph("6", cell)],
                       [Paragraph("Bygningar reve sidan 2010 (SEFRAK)", cell), Paragraph("87", cell)]],
                      colWidths=[80 * mm, 25 * mm], hAlign="LEFT",
                      style=TableStyle([("SPAN", (0, 0), (1, 0)), ("BACKGROUND", (0, 0), (-1, -1),
                                                                    colors.HexColor("#f3ebe3")),
                                        ("LINEBELOW", (0, 0), (-1, -2), 0.3, colors.HexColor("#c8b4a0")),
                                        ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        s += [facts, Spacer(1, 6),
              Paragraph("Mange av dei eldste bygningane står tomme, og kunnskapen om tradisjonshandverk blir "
                        "borte når dei eldre handverkarane sluttar. Det er få tilskot å søkje for private "
                        "eigarar, og kommunen har ikkje hatt nokon fagperson på kulturminne sidan 2019.", base),
              Paragraph("3 Mål, strategiar og tiltak", ParagraphStyle("h2t", parent=h2, keepWithNext=0))]
        rows = [[Paragraph(h, cell_b) for h in ("Mål", "Strategi", "Tiltak", "Ansvar / frist")]]
        for gtext, strats in tree:
            for stext, acts in strats:
                for text, printed, _o, when, _k, _out in acts:
                    ansvar = f"{printed}<br/>{when}" if printed else when
                    rows.append([Paragraph(gtext, cell), Paragraph(stext, cell), Paragraph(text, cell),
                                 Paragraph(ansvar, cell)])
        grid = [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#a08670")), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e5d5c5")),
                ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]
        s += [Table(rows, colWidths=[72 * mm, 52 * mm, 90 * mm, 46 * mm], hAlign="LEFT", repeatRows=1,
                    style=TableStyle(grid)),
              Paragraph("4 Dette har vi gjort 2022–2025", h2)]
        for t in ["Vi restaurerte kyrkjestova i Hovland med midlar frå Kulturminnefondet.",
                  "Vi gav ut boka «Hus og folk i Hovland» saman med historielaget.",
                  "Vi registrerte krigsminna på Nesodden."]:
            s.append(Paragraph(t, bullet, bulletText="–"))
        s += [Paragraph("5 Oppfølging", h2),
              Paragraph("Kulturkontoret rapporterer på tiltaka i årsmeldinga. Planen blir rullert kvart år saman "
                        "med økonomiplanen, og historielaget og ungdomsrådet får han til uttale.", base)]
        return s

    def onpage(canvas, doc):
        w, h = canvas._pagesize
        canvas.saveState()
        canvas.setFont("DSC", 8)
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.drawString(15 * mm, h - 10 * mm, "Hovland kommune · " + plan.title)
        canvas.drawRightString(w - 15 * mm, 8 * mm, f"Side {doc.page}")
        canvas.restoreState()

    doc = SimpleDocTemplate(str(pdf), pagesize=landscape(A4), leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=16 * mm, bottomMargin=15 * mm, title=plan.title, author="Hovland kommune",
                            creator="Hovland kommune", invariant=1)
    doc.build(story(), onFirstPage=onpage, onLaterPages=onpage)
    write_gold(plan, pdf)
    return plan, pdf


# =========================================================================== verify / main


def main(argv: list[str]) -> None:
    if argv[:1] == ["--verify"]:
        names = argv[1:] or list(PLANS)
        bad = [b for name in names for b in mb3.verify(name)]
        for b in bad:
            print(b)
        print(f"verified {len(names)} plans: {'OK' if not bad else f'{len(bad)} problems'}")
        raise SystemExit(1 if bad else 0)
    for name in argv or list(PLANS):
        plan, pdf = PLANS[name]()
        n = len(mb3.pdftotext_pages(pdf))
        print(f"{name}: {n} pp., {len(plan.goals)} goals, {len(plan.strategies)} strategies, "
              f"{len(plan.measures)} measures, {len(mb.findings(plan))} findings")


if __name__ == "__main__":
    main(sys.argv[1:])
