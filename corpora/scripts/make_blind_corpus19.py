"""Build the nineteenth batch of blind authored plans (corpora/authored/<slug>/), in layouts not yet in
the corpus: a bokmål plan whose owners are given by a RACI MATRIX (unit columns holding only R, A, C, I;
the owner is the unit with A, else the unit with R; landscape section for the table, 'Mål n: …'
group rows; python-docx → LibreOffice); a nynorsk plan whose goal rows hold PARALLEL BULLET LISTS
(one row per goal, 'Tiltak', 'Ansvar' and 'Frist' cells as bullet lists in the same order, one
'Same som over', one Frist cell with a single bullet for all measures, a row breaking over a page;
odfpy → LibreOffice); a Swedish plan as a NESTED ORDERED LIST with no role words (goals '1.', measures
'1.1' by CSS counters, '(Ansvar: …, klart …)' parentheses; a numbered list of background facts and a
numbered list of follow-up steps as traps; HTML → Chromium); a US English Community Health Improvement
Plan on LETTER pages in the Goal / Objective / Action hierarchy with a timeframe legend relative to the
adoption date (reportlab).

    python corpora/scripts/make_blind_corpus19.py              # every plan
    python corpora/scripts/make_blind_corpus19.py SLUG ...     # some of them
    python corpora/scripts/make_blind_corpus19.py --verify     # check gold against the PDFs
    python corpora/scripts/make_blind_corpus19.py --twice      # build twice, compare sha256

Generic helpers from blindkit.py (unchanged, no new ones needed); plan data classes, findings and gold
writer from make_blind_corpus.py (its Odt writer too), the pdftotext check from make_blind_corpus3.py.
Gold files carry `held_out: true` and were committed before plancheck was run on the documents.
"""

from __future__ import annotations

import html as _h
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import _docx_helpers as dh  # noqa: E402
import _odf_helpers as oh  # noqa: E402, F401  (loads the odt helpers make_blind_corpus uses)
import blindkit as bk  # noqa: E402
import make_blind_corpus as mb  # noqa: E402
import make_blind_corpus3 as mb3  # noqa: E402
import make_blind_corpus18 as mb18  # noqa: E402
from make_blind_corpus import G, M, Plan  # noqa: E402

ROOT = HERE.parents[1]
OUT = ROOT / "corpora" / "authored"

PLANS, plan_builder, write_gold = mb.builder_registry("make_blind_corpus19.py")
E = lambda s: _h.escape(s, quote=False)  # noqa: E731

# plans whose owners are column heads that wrap inside narrow header cells (words broken over lines):
# the verifier checks each word of an owner on the measure's page instead of the joined name
WRAPPED_HEAD_OWNERS = {"barnefattigdom-raci"}
# plans whose owner / deadline bullets may stand on the page BEFORE the measure (parallel bullet lists in
# one table row: short Ansvar / Frist bullets stay on the first page while a wrapped measure moves on)
PARALLEL_BULLETS = {"legeteneste-punktkolonnar-nn"}


# =========================================================================== 1 bokmål RACI matrix (Word)


UNITS = ["Rådmann", "Kommunalsjef oppvekst", "Kommunalsjef helse", "Teknisk drift", "Frivilligsentralen"]


def raci_owners(letters: list[str]) -> list[str]:
    """The owner of a RACI row as the plan's legend defines it: the unit(s) with A, else with R."""
    a = [u for u, x in zip(UNITS, letters, strict=True) if x == "A"]
    return a or [u for u, x in zip(UNITS, letters, strict=True) if x == "R"]


@plan_builder
def build_barnefattigdom_raci() -> tuple[Plan, Path]:
    """Bokmål plan against child poverty: goals 'Mål n' + sentence in chapter 2; chapter 3 (landscape
    section) one RACI table 'Nr | Tiltak | Frist | <five units>' with letters R/A/C/I and 'Mål n: …'
    group rows spanning the table."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    slug = "barnefattigdom-raci"
    goals = [
        G("G1", "Alle barn i Skarvåsen skal kunne delta i minst én organisert fritidsaktivitet, uavhengig av "
                "foreldrenes økonomi"),
        G("G2", "Familier med lav inntekt skal få samordnet hjelp fra kommunen og NAV uten å måtte gå fra "
                "kontor til kontor"),
        G("G3", "Flere foreldre i familier med lav inntekt skal komme i arbeid eller utdanning"),
        G("G4", "Barnefamilier med lav inntekt skal bo i trygge og egnede boliger"),
    ]
    short = {"G1": "Fritid for alle barn", "G2": "Samordnet hjelp", "G3": "Foreldre i arbeid"}
    # (nr, goal, tiltak, frist, kind, letters for UNITS, note)
    rows = [
        ("1.1", "G1", "Opprette en fritidskasse som dekker kontingent og utstyr for barn i familier med lav inntekt",
         "1. halvår 2026", "period", ["I", "A", "C", "", "R"], "A under Kommunalsjef oppvekst"),
        ("1.2", "G1", "Etablere en utstyrssentral med gratis utlån av sports- og friluftsutstyr",
         "Høst 2026", "period", ["", "C", "", "R", "A"], "A under Frivilligsentralen"),
        ("1.3", "G1", "Tilby gratis plass i kulturskolen for barn som har fritidskort", "Skoleåret 2026/27",
         "period", ["I", "A", "", "", "I"], ""),
        ("1.4", "G1", "Kartlegge hvilke barn som ikke deltar i noen fritidsaktivitet, gjennom Ungdata og "
                      "foreldresamtaler på helsestasjonen", "2027", "period", ["", "C", "R", "", "I"],
         "NO A in the row: the owner is the unit with R (Kommunalsjef helse)"),
        ("1.5", "G1", "Gi lag og foreninger veiledning om hvordan de kan holde kostnadene nede for familiene",
         "Løpende", "continuous", ["", "I", "", "", "A"], "'Løpende' continuous"),
        ("2.1", "G2", "Lage en felles kartleggingsrutine for barnefamilier som søker økonomisk sosialhjelp",
         "31.12.2026", "date", ["C", "A", "A", "", ""], "TWO A's: two owners"),
        ("2.2", "G2", "Gi hver familie med langvarig sosialhjelp én fast kontaktperson i kommunen",
         "Vår 2027", "period", ["A", "R", "R", "", "I"], "A under Rådmann"),
        ("2.3", "G2", "Holde informasjonsmøter om støtteordninger på helsestasjonen og i barnehagene",
         "Årlig", "recurring", ["", "R", "A", "", "C"], "'Årlig' recurring"),
        ("2.4", "G2", "Oversette informasjon om gratis tilbud til de fem vanligste språkene i kommunen",
         "", None, ["I", "A", "C", "", "C"], "empty Frist"),
        ("3.1", "G3", "Tilby foreldre i introduksjonsprogrammet språkpraksis i kommunale virksomheter", "2027",
         "period", ["A", "C", "C", "R", ""], ""),
        ("3.2", "G3", "Opprette sommerjobber i parkvesenet for ungdom fra familier med lav inntekt",
         "Sommer 2026", "period", ["I", "C", "", "A", ""], ""),
        ("3.3", "G3", "Etablere et fast samarbeid med NAV om arbeidstrening for foreldre med små barn", "2031",
         "period", ["C", "", "A", "", "I"], "'2031' after the plan period 2026–2029"),
        ("3.4", "G3", "Undersøke om kommunen kan tilby barnehageplass uten ventetid når foreldre begynner i "
                      "jobb eller utdanning", "Høst 2027", "period", ["", "", "", "", ""],
         "NO LETTERS AT ALL in the row: no owner"),
    ]
    measures = [M(f"M{nr}", text, [gid], raci_owners(lt), when or None, kind,
                  outside=(when == "2031"), note=note) for nr, gid, text, when, kind, lt, note in rows]
    plan = Plan(
        slug=slug, language="nb", title="Handlingsplan mot fattigdom i barnefamilier 2026–2029",
        period=(2026, 2029), goals=goals, measures=measures,
        notes="""
python-docx → LibreOffice 7.4, A4: chapters 1–2 portrait, chapter 3 in a LANDSCAPE SECTION, chapter 4
portrait again; header 'Skarvåsen kommune · Handlingsplan mot fattigdom i barnefamilier', footer 'Side n
av N'. Chapter 2 'Mål' lists 'Mål 1'–'Mål 4' (heading + bold sentence + reason). Chapter 3 'Tiltak og
ansvar' is ONE RACI MATRIX 'Nr | Tiltak | Frist | Rådmann | Kommunalsjef oppvekst | Kommunalsjef helse |
Teknisk drift | Frivilligsentralen'; the five unit columns are NARROW (their head words break over two
or three lines, 'Kommunal' / 'sjef' …) and hold only the letters R, A, C, I, centred. A legend above
the table: 'R = utfører, A = ansvarlig, C = konsulteres, I = informeres'. Gold owner convention (the
legend's): the owner of a measure is the unit whose column holds A (gold owner = the column head as
printed, joined: 'Kommunalsjef oppvekst'); a row with TWO A's (2.1) has two owners; a row with NO A
(1.4) has the unit with R as owner (Kommunalsjef helse); R, C and I units are never owners otherwise;
the row with NO LETTER AT ALL (3.4) has no owner (measure-has-owner error). Goals are cited only by
shaded full-width group rows 'Mål n: <short name>' spanning the table (goal links of the rows below);
Mål 4 (bolig) has no group row and no measures - a sentence says they are in the boligsosial
handlingsplan (goal-has-measure). Deadlines: '1. halvår 2026', 'Høst 2026', 'Skoleåret 2026/27',
'2027', 'Vår 2027', 'Sommer 2026', 'Høst 2027' period; '31.12.2026' date; 'Løpende' continuous and
'Årlig' recurring (warnings); empty Frist (2.4, error); '2031' after 2026–2029. Traps: the legend's
'ansvarlig'; barnekonvensjonen art. 27 and the national strategy's goal quoted; a 'Fakta om
barnefattigdom i Skarvåsen' table; 'Dette har vi gjort' list; the working group naming the same units.
""")
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    doc = dh.new_document(font="Liberation Sans", size=10.5, margins_mm=22, heading_color="6B2D5C")
    mb.docx_lang(doc, "nb-NO")
    sec = doc.sections[0]
    dh.setup_header_footer(sec, "Skarvåsen kommune · Handlingsplan mot fattigdom i barnefamilier", size=8.5)
    dh.para(doc, "SKARVÅSEN KOMMUNE", size=9, color="6B2D5C", space_after=2)
    dh.para(doc, plan.title, bold=True, size=20, color="6B2D5C", space_after=4)
    dh.para(doc, "Vedtatt i kommunestyret 12. mars 2026 (PS 19/26)", italic=True, size=9.5, space_after=14)
    dh.heading(doc, "1 Innledning", 1)
    dh.para(doc, "Nesten hvert sjette barn i Skarvåsen vokser opp i en familie med vedvarende lav inntekt. "
                 "Barna merker det ved at de ikke blir med på bursdager, cuper og turer, og foreldrene "
                 "forteller om skam og om å bli kasteballer mellom kontorene. Denne planen samler det "
                 "kommunen skal gjøre de neste fire årene.")
    dh.para(doc, "Etter barnekonvensjonen artikkel 27 skal staten anerkjenne retten til en levestandard som "
                 "er tilstrekkelig for barnets utvikling. Regjeringens strategi «Like muligheter i "
                 "oppveksten» har som mål at alle barn skal ha muligheter til å delta. Det er nasjonale "
                 "føringer som planen bygger på; kommunens egne mål står i kapittel 2.")
    dh.heading(doc, "Fakta om barnefattigdom i Skarvåsen", 2)
    w = [90, 30, 30]
    t = dh.new_table(doc, w)
    dh.add_row(t, ["", "Skarvåsen", "Landet"], w, size=9.5, bold=True, fill="EADCE6")
    for r in [("Barn i husholdninger med vedvarende lav inntekt", "15,8 %", "11,7 %"),
              ("Barnefamilier som mottar sosialhjelp over 6 måneder", "96", "–"),
              ("Barn 6–15 år som ikke deltar i organisert fritid", "ca. 220", "–"),
              ("Enslige forsørgere blant mottakerne", "41 %", "36 %")]:
        dh.add_row(t, list(r), w, size=9.5)
    dh.para(doc, "Kilde: SSB, tabell 09590 og kommunens fagsystemer (2024).", italic=True, size=8.5,
            space_before=3)
    dh.heading(doc, "Slik har vi arbeidet", 2)
    dh.para(doc, "Planen er laget av en arbeidsgruppe der rådmannen, kommunalsjef oppvekst, kommunalsjef helse, "
                 "teknisk drift, Frivilligsentralen og NAV Skarvåsen har vært med. Barne- og ungdomsrådet og "
                 "to foreldregrupper har gitt innspill i møter høsten 2025.")
    dh.para(doc, "Dette har vi gjort i forrige periode", bold=True, space_before=6)
    done = dh.add_num(doc, dh.add_abstract_num(doc, "dash"))
    for s in ["innført fritidskort for alle barn 6–18 år (2023)",
              "gitt gratis kjernetid i SFO for familier med lav inntekt (2024)",
              "delt ut gratis frukt på ungdomsskolen to dager i uka (2024–2025)"]:
        dh.list_item(doc, s, done)
    dh.heading(doc, "2 Mål", 1)
    dh.para(doc, "Planen har fire mål. Målene skal nås innen utgangen av 2029.")
    why = {
        "G1": "Deltakelse i fritid gir venner, mestring og tilhørighet. Mange av barna vi snakket med, sa at "
              "utstyr og reiser koster mer enn selve kontingenten.",
        "G2": "Familiene forteller at de må fortelle historien sin på nytt hos NAV, barnevernet, helsestasjonen "
              "og skolen. Hjelpen blir tilfeldig og kommer ofte for sent.",
        "G3": "Arbeid er den viktigste veien ut av lavinntekt. Halvparten av foreldrene i målgruppen har "
              "ikke fullført videregående skole.",
        "G4": "Trangboddhet og hyppige flyttinger går ut over skolegang og vennskap. Tiltakene for bolig står "
              "i boligsosial handlingsplan 2025–2028 og gjentas ikke i denne planen.",
    }
    for gi, g in enumerate(goals, start=1):
        dh.heading(doc, f"Mål {gi}", 2)
        dh.para(doc, g.text, bold=True, keep_with_next=True)
        dh.para(doc, why[g.id])
    # ---- chapter 3: landscape section with the RACI matrix
    land = dh.add_section(doc, landscape=True, margins_mm=18)
    land.header_distance = sec.header_distance
    land.footer_distance = sec.footer_distance
    dh.heading(doc, "3 Tiltak og ansvar", 1)
    dh.para(doc, "Tabellen viser tiltakene i planperioden, ordnet etter målene i kapittel 2, og hvilken rolle "
                 "hver enhet har i tiltaket. Bokstavene betyr:")
    dh.para(doc, "R = utfører, A = ansvarlig, C = konsulteres, I = informeres", bold=True, size=10,
            space_after=6)
    w = [11, 112, 30, 17, 17, 17, 17, 19]
    t = dh.new_table(doc, w)
    hdr = dh.add_row(t, ["Nr", "Tiltak", "Frist", *UNITS], w, size=8.5, bold=True, fill="D9C3D3")
    dh.set_repeat_header(hdr)
    for c in hdr.cells[3:]:
        for p in c.paragraphs:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    current = None
    for nr, gid, text, when, _k, letters, _n in rows:
        if gid != current:
            current = gid
            gi = int(gid[1:])
            dh.add_row(t, [f"Mål {gi}: {short[gid]}"], w, size=9.5, bold=True, fill="EFE4EC", span_all=True,
                       keep_with_next=True)
        r = dh.add_row(t, [nr, text, when, *letters], w, size=9.5)
        dh.set_cant_split(r)
        for c in r.cells[3:]:
            for p in c.paragraphs:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    dh.para(doc, "Tiltakene finansieres innenfor vedtatte rammer og med tilskudd fra Bufdir "
                 "(tilskudd til inkludering av barn og unge).", italic=True, size=8.5, space_before=4)
    port = dh.add_section(doc, landscape=False, margins_mm=22)
    port.header_distance = sec.header_distance
    port.footer_distance = sec.footer_distance
    dh.heading(doc, "4 Oppfølging", 1)
    dh.para(doc, "Kommunalsjef oppvekst leder en koordineringsgruppe som møtes fire ganger i året. Status for "
                 "tiltakene legges fram for hovedutvalg for oppvekst og helse i juni og desember, og planen "
                 "rulleres høsten 2027 sammen med økonomiplanen.")
    dh.para(doc, "Kontakt: Skarvåsen kommune, Rådhusveien 4 · postmottak@skarvasen.kommune.no", size=9)
    for p in doc.paragraphs:
        if p.style.name.startswith("Heading"):
            p.paragraph_format.space_before = Pt(12)
    dh.set_core_properties(doc, title=plan.title, author="Skarvåsen kommune")
    src = d / f"{slug}.docx"
    dh.save_deterministic(doc, src)
    pdf = bk.soffice_pdf(src)
    pages = mb.pdf_pages(pdf)
    ch2 = next(i for i, t in enumerate(pages, start=1) if mb._squash("2 Mål") in t)
    ch3 = next(i for i, t in enumerate(pages, start=1) if mb._squash("3 Tiltak og ansvar") in t)
    write_gold(plan, pdf, goal_after=ch2, measure_after=ch3)
    return plan, pdf



# =========================================================================== 2 nynorsk parallel bullet lists (odfpy)


class BulletOdt(mb.Odt):
    """mb.Odt whose table cells may hold a BULLET LIST: a cell value given as a list of strings is written
    as a text:list with a bullet list style (as Writer's Format > Bullets makes it in a cell)."""

    def __init__(self, **kw):
        super().__init__(**kw)
        from odf.style import ListLevelProperties, TextProperties
        from odf.text import ListLevelStyleBullet, ListStyle

        ls = ListStyle(name="LBullet")
        lvl = ListLevelStyleBullet(level=1, bulletchar="•")
        lvl.addElement(ListLevelProperties(spacebefore="0cm", minlabelwidth="0.32cm"))
        lvl.addElement(TextProperties(fontname=self.font))
        ls.addElement(lvl)
        self.doc.automaticstyles.addElement(ls)
        self.list_style = ls

    def _fill_cell(self, tc, val, pst):
        from odf.text import List, ListItem, P

        if not isinstance(val, list):
            return super()._fill_cell(tc, val, pst)
        lst = List(stylename=self.list_style)
        for item in val:
            li = ListItem()
            li.addElement(self._fill(P(stylename=self.styles["Bullet"]), item))
            lst.addElement(li)
        tc.addElement(lst)


@plan_builder
def build_legeteneste_punktkolonnar_nn() -> tuple[Plan, Path]:
    """Nynorsk GP-service plan: one table 'Mål | Tiltak | Ansvar | Frist', one row per goal, the Tiltak,
    Ansvar and Frist cells as PARALLEL bullet lists in the same order (not on the same baselines)."""
    slug = "legeteneste-punktkolonnar-nn"
    goals = [
        G("G1", "Alle innbyggjarar i Hjellestrand skal ha ein fast fastlege"),
        G("G2", "Legevakta skal vere trygg for innbyggjarane og berekraftig for legane som har vakt"),
        G("G3", "Pasientar med kroniske sjukdommar skal få oppfølging av eit team rundt fastlegen"),
        G("G4", "Legane i Hjellestrand skal trivast og ønskje å bli verande i kommunen"),
        G("G5", "Innbyggjarane skal vite kva for helsetilbod dei kan bruke utan å gå til fastlegen"),
    ]
    ko, kd = "Kommuneoverlegen", "Kommunedirektøren"
    # per goal: (tiltak, ansvar bullet, owners, frist bullet or None when the row has one Frist bullet,
    #            deadline, kind, note); frist_one: the row's single Frist bullet
    rows = {
        "G1": ([
            ("Tilsetje tre fastlegar i kommunal fastløn med rett til spesialisering i allmennmedisin", ko, [ko],
             "Haust 2026", "Haust 2026", "period", ""),
            ("Tilby nytilsette legar ei kommunal leilegheit dei to første åra, med høve til å kjøpe bustaden "
             "seinare", "Same som over", [ko], "2027", "2027", "period",
             "Ansvar bullet 'Same som over': the owner of the bullet above (Kommuneoverlegen)"),
            ("Gjere om legekontoret i Sjøvik til eit kommunalt legesenter med felles vaktordning og felles "
             "sekretærteneste for alle legane", kd, [kd], "1.1.2027", "1.1.2027", "date", ""),
        ], None),
        "G2": ([
            ("Inngå avtale om interkommunal legevakt med Nordfjell og Vikebø kommunar", kd, [kd], "30.6.2026",
             "30.6.2026", "date", ""),
            ("Innføre tilstadevakt på legevakta på kveldstid, slik at legane slepp å vere i beredskap "
             "heimanfrå etter ein full arbeidsdag på kontoret", ko, [ko], "2028", "2028", "period", ""),
            ("Gje alle legevaktslegar kurs i akuttmedisin og vald i nære relasjonar", "Ikkje avklart", [],
             "Årleg", "Årleg", "recurring", "Ansvar bullet 'Ikkje avklart' (not decided): no owner; 'Årleg' "
             "recurring"),
            ("Lage ei ordning der legevaktsjukepleiaren vurderer telefonane før legen blir kontakta",
             "Einingsleiar legevakt", ["Einingsleiar legevakt"], "–", None, None,
             "Frist bullet '–': no deadline"),
        ], None),
        "G3": ([
            ("Prøve ut primærhelseteam med sjukepleiar ved to av legekontora", "Kommunalsjef helse",
             ["Kommunalsjef helse"], None, "2027", "period", "the row's ONE Frist bullet '2027' for all four"),
            ("Gje legesekretærane opplæring i oppfølging av pasientar med diabetes og kols",
             "Leiande legesekretær", ["Leiande legesekretær"], None, "2027", "period", "one Frist bullet"),
            ("Ta i bruk digital heimeoppfølging for pasientar med hjartesvikt og kols som bur i distrikta, i "
             "samarbeid med helseføretaket og heimetenesta", "Einingsleiar heimetenesta",
             ["Einingsleiar heimetenesta"], None, "2027", "period", "one Frist bullet"),
            ("Kople alle fastlegekontora til den elektroniske meldingsutvekslinga med heimetenesta og "
             "sjukeheimen", "IKT-avdelinga og kommuneoverlegen", ["IKT-avdelinga", "kommuneoverlegen"], None,
             "2027", "period", "two owners; one Frist bullet"),
        ], "2027"),
        "G4": ([
            ("Innføre ei fast ordning med rettleiing og fagleg nettverk for alle legar i spesialisering", ko, [ko],
             "Løpande", "Løpande", "continuous", "'Løpande' continuous"),
            ("Gje legar som bind seg til å bli i kommunen i minst fem år, eit tilskot til vidareutdanning og "
             "kurs etter eigne ønske", kd, [kd], "2031", "2031", "period", "'2031' after 2026–2029"),
            ("Halde medarbeidarsamtale med alle fastlegar, også dei som er sjølvstendig næringsdrivande",
             "Alle einingsleiarar", ["Alle einingsleiarar"], "Kvart år", "Kvart år", "recurring",
             "'Alle einingsleiarar' diffuse; 'Kvart år' recurring"),
        ], None),
    }
    measures = []
    i = 0
    for gid, (items, _one) in rows.items():
        for text, _cell, owners, _fb, when, kind, note in items:
            i += 1
            measures.append(M(f"M{i}", text, [gid], owners, when, kind,
                              diffuse=tuple(o for o in owners if o.startswith("Alle")),
                              outside=(when == "2031"), note=note))
    plan = Plan(
        slug=slug, language="nn", title="Handlingsplan for legetenesta 2026–2029", period=(2026, 2029),
        goals=goals, measures=measures, source_ext="odt",
        notes="""
odfpy → LibreOffice 7.4, A4 portrait, header 'Hjellestrand kommune · Handlingsplan for legetenesta', footer
'Side n'. Chapter 3 'Mål og tiltak' is ONE ruled table 'Mål | Tiltak | Ansvar | Frist' (header repeated
on a new page) with ONE ROW PER GOAL: the Mål cell holds 'Mål n' (bold) and the goal sentence; the
Tiltak cell is a BULLET LIST (text:list, '•') of 2–4 measures, several wrapping over two or three lines;
the Ansvar and Frist cells are bullet lists IN THE SAME ORDER, one short bullet per measure, so the
k-th Ansvar / Frist bullet belongs to the k-th measure although it stands on a different baseline (the
bullets do not line up). Gold convention: owners and deadline of the k-th measure are the k-th bullets
of its row; the Ansvar bullet 'Same som over' is the owner of the bullet above it (Kommuneoverlegen);
the Ansvar bullet 'Ikkje avklart' (not decided) is NO owner (error); the Frist bullet '–' is NO deadline
(error); the Mål 3 row's Frist cell has ONE bullet '2027' for its four measures: deadline '2027' for
each. 'Haust 2026', '2027', '2028' period; '1.1.2027', '30.6.2026' date; 'Årleg', 'Kvart år' recurring
and 'Løpande' continuous (warnings); '2031' after 2026–2029. 'Alle einingsleiarar' diffuse;
'IKT-avdelinga og kommuneoverlegen' two owners. The Mål 4 row BREAKS OVER THE PAGE (its last measure
on the next page under the repeated header, while its short Ansvar and Frist bullets may stay above the
break: an owner or deadline can stand on the page before its measure). The Mål 5 row's Tiltak cell holds
only a sentence (measures come in the helse- og omsorgsplan), Ansvar and Frist empty: no measure,
goal-has-measure. Traps: the fastlegeforskrifta 'skal' quoted, the national goal of the
handlingsplan for allmennlegetenesta, a 'Legetenesta i tal' table, a list of what was done 2023–2025.
""")
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    od = BulletOdt(lang="nn", country="NO", header="Hjellestrand kommune · Handlingsplan for legetenesta",
                   footer_text="Side")
    od.style("Bullet", size=9.5, after=0.06)
    od.style("Small", size=8.5, italic=True, after=0.2)
    od.style("Item", size=10.5, after=0.1, indent_cm=0.6, hanging_cm=0.4)
    od.p("HJELLESTRAND KOMMUNE", "Small")
    od.p(plan.title, "Title")
    od.p("Vedteken av kommunestyret 26. februar 2026, sak 11/26", "Small")
    od.h("1 Innleiing", 1)
    od.p("Hjellestrand har hatt ledige fastlegeheimlar sidan 2022, og kvar femte innbyggjar står på ei liste "
         "utan fast lege. Legevakta har vore driven med vikarar store delar av året, og dei faste legane har "
         "hatt vakt kvar fjerde natt. Planen viser korleis kommunen vil byggje opp att ei stabil legeteneste.")
    od.p("Etter fastlegeforskrifta § 10 skal kommunen sørgje for at alle innbyggjarar som ønskjer det, får "
         "ein fastlege. Handlingsplanen for allmennlegetenesta har eit nasjonalt mål om at alle skal få ein "
         "fastlege innan 2027. Dette er krav og mål frå staten; måla for Hjellestrand står i kapittel 2 og 3.")
    od.h("Legetenesta i tal", 2)
    od.table([9.0, 2.6, 2.6, 2.8], [["", "2023", "2024", "2025"],
                                    ["Fastlegeheimlar", "9", "9", "10"],
                                    ["Heimlar utan fast lege", "2", "3", "2"],
                                    ["Innbyggjarar på liste utan lege", "1 480", "2 210", "1 920"],
                                    ["Vikarveker på legevakta", "31", "38", "35"]])
    od.p("Kjelde: Helfo og kommunen sine eigne tal.", "Small")
    od.h("Dette har vi gjort", 2)
    for s in ["auka basistilskotet til legane med 20 prosent (2023)",
              "tilsett ein legesekretær i ekstra stilling for å ta telefonar (2024)",
              "inngått avtale med helseføretaket om hospitering for nyutdanna legar (2025)",
              "starta ei ordning med reisetilskot for legevikarar frå andre kommunar (2025)"]:
        od.p(f"•\t{s}", "Item")
    od.h("Utfordringar", 2)
    for s in ["Få nyutdanna legar søkjer seg til kommunar med tung legevakt og lange avstandar.",
              "Tre av dei faste legane er over 60 år og kan gå av i planperioden.",
              "Listene er lange, og legane brukar mykje tid på administrasjon og meldingar.",
              "Pasientar med fleire kroniske sjukdommar fell mellom fastlegen, heimetenesta og sjukehuset."]:
        od.p(f"•\t{s}", "Item")
    od.p("Legane fortel at det ikkje er arbeidet med pasientane som får dei til å slutte, men vaktbelastninga "
         "og kjensla av å stå åleine. Fleire av dei vi har intervjua, seier at dei ville blitt verande om dei "
         "hadde hatt ein kollega å drøfte vanskelege saker med og faste rammer for vaktene. Nyutdanna legar "
         "legg vekt på rettleiing, fagleg utvikling og ein trygg bustad når dei vel kommune. Innbyggjarane "
         "på si side etterlyser kortare ventetid, ein lege som kjenner dei, og betre informasjon om kvar dei "
         "skal vende seg når fastlegen ikkje har ledig time.")
    od.h("2 Slik les du planen", 1)
    od.p("Planen har fem mål. Tabellen i kapittel 3 har éi rad for kvart mål. I kolonnane «Ansvar» og "
         "«Frist» står eitt punkt for kvart tiltak, i same rekkjefølgje som tiltaka. Der det berre står "
         "éin frist, gjeld han for alle tiltaka i rada.")
    od.p("Arbeidsgruppa har hatt med kommuneoverlegen, to fastlegar, leiande legesekretær, tillitsvald for "
         "legane og ein representant frå eldrerådet. Legane har kome med mange av tiltaka sjølve, og fleire "
         "av dei er prøvde ut i nabokommunar med gode resultat. Planen har vore på høyring hos "
         "legeforeininga, helseføretaket og brukarrådet.")
    od.p("Kostnadene med tiltaka er rekna til om lag 4,2 millionar kroner i året når alle er sette i verk. "
         "Dei blir innarbeidde i økonomiplanen for 2027–2030. Tiltak som ikkje får plass i budsjettet, blir "
         "skyvde til neste rullering, og utvalet får ei eiga sak om prioriteringa.")
    od.p("Alle tal i planen gjeld kommunen slik han er i dag. Dersom kommunestyret vedtek å slå saman "
         "legekontora i Sjøvik og Hjellestrand sentrum, må fleire av tiltaka vurderast på nytt, og "
         "planen vil då bli lagd fram for kommunestyret igjen før fristen for rulleringa.")
    od.h("Samanheng med andre planar", 2)
    od.p("Handlingsplanen byggjer på kommuneplanen sin samfunnsdel 2024–2036, der eitt av måla er at "
         "innbyggjarane skal ha gode og likeverdige helsetenester nær der dei bur. Planen heng også saman "
         "med helse- og omsorgsplanen, kompetanseplanen for helse og omsorg og avtalen om interkommunalt "
         "samarbeid med Nordfjell og Vikebø. Tiltak som gjeld legane sine vilkår, blir avtalte med "
         "legeforeininga lokalt.")
    od.p("Helseføretaket er ein viktig samarbeidspart, særleg for utdanning av legar i spesialisering og for "
         "pasientar som blir skrivne ut frå sjukehuset. Samarbeidsavtalen med helseføretaket blir revidert i "
         "2026, og kommunen vil bruke revisjonen til å følgje opp fleire av tiltaka i denne planen.")
    od.p("Kommunen har søkt om å bli med i den nasjonale utprøvinga av primærhelseteam. Om søknaden blir "
         "innvilga, vil tiltaka under mål 3 bli finansierte med tilskot frå Helsedirektoratet i to år, og "
         "erfaringane vil bli lagde fram for kommunestyret før ordninga eventuelt blir gjord permanent.")
    od.h("3 Mål og tiltak", 1)
    table = [["Mål", "Tiltak", "Ansvar", "Frist"]]
    for gi, g in enumerate(goals, start=1):
        goal_cell = f"**Mål {gi}**\n\n{g.text}"
        if g.id not in rows:
            table.append([goal_cell, "Tiltak for dette målet blir laga i helse- og omsorgsplanen, som skal "
                                     "rullerast i 2027.", "", ""])
            continue
        items, one = rows[g.id]
        table.append([goal_cell, [t for t, *_ in items], [c for _t, c, *_ in items],
                      [one] if one else [fb for _t, _c, _o, fb, *_ in items]])
    od.table([3.9, 7.1, 3.7, 2.3], table)
    od.h("4 Oppfølging", 1)
    od.p("Kommuneoverlegen rapporterer på planen til utval for helse og velferd kvart halvår. Planen blir "
         "rullert hausten 2027, samstundes med helse- og omsorgsplanen.")
    src = od.save(d / f"{slug}.odt", title=plan.title, author="Hjellestrand kommune")
    pdf = bk.soffice_pdf(src)
    pages = mb.pdf_pages(pdf)
    ch3 = next(i for i, t in enumerate(pages, start=1) if mb._squash("3 Mål og tiltak") in t)
    gold = write_gold(plan, pdf, goal_after=ch3, measure_after=ch3)
    # the diffuse owner's finding at the page its bullet is printed on (it may stay above the row's break)
    mb18.set_finding_page(gold, "owner-is-accountable", "Alle einingsleiarar",
                          mb.page_of(pages, "Alle einingsleiarar", after=ch3))
    return plan, pdf



# =========================================================================== 3 Swedish nested ordered list (Chromium)


@plan_builder
def build_simkunnighet_nastlad_lista_sv() -> tuple[Plan, Path]:
    """Swedish swimming / water-safety plan: under 'Mål och åtgärder' a top-level ordered list of goal
    sentences (no role word) with nested '1.1' lists (CSS counters) of measures ending in '(Ansvar: …,
    klart …)'; a numbered list of background facts and one of follow-up steps as traps."""
    slug = "simkunnighet-nastlad-lista-sv"
    goals = [
        G("G1", "Alla elever i Lövsunda ska kunna simma 200 meter och klara sig i en nödsituation vid vatten "
                "när de lämnar årskurs 6."),
        G("G2", "Fler barn i förskoleåldern och deras föräldrar ska känna sig trygga i och vid vatten."),
        G("G3", "Kommunens badplatser ska vara säkra och tillgängliga för alla."),
        G("G4", "Nyanlända vuxna ska få möjlighet att lära sig simma och känna till riskerna vid vatten."),
        G("G5", "Kommunens egna verksamheter ska ha rutiner för säkerheten vid aktiviteter nära vatten."),
    ]
    bu, kf, tf = "Barn- och utbildningsförvaltningen", "Kultur- och fritidsförvaltningen", "Tekniska förvaltningen"
    # per goal: (measure text, parenthesis as printed or '', owners, deadline, kind, note)
    items = {
        "G1": [
            ("Erbjuda extra simundervisning under skoltid för elever i årskurs 3–6 som inte når kunskapskravet",
             f"Ansvar: {bu}, klart hösten 2026", [bu], "hösten 2026", "period", ""),
            ("Boka badtider i Strandvikens simhall för skolorna under renoveringen av simhallen i centrum",
             f"Ansvar: {kf}, klart januari 2026", [kf], "januari 2026", "period", ""),
            ("Genomföra simtest i årskurs 4 och rapportera resultaten till förvaltningen. Resultaten används för "
             "att fördela den extra simundervisningen mellan skolorna.",
             f"Ansvar: {bu}, klart varje vår", [bu], "varje vår", "recurring",
             "a SECOND SENTENCE before the parenthesis (part of the text); 'varje vår' recurring"),
        ],
        "G2": [
            ("Starta lördagssimskola för barn 4–6 år tillsammans med en förälder",
             f"Ansvar: {kf} och Lövsunda Simsällskap, klart våren 2027", [kf, "Lövsunda Simsällskap"],
             "våren 2027", "period",
             "two owners: 'Kultur- och fritidsförvaltningen' (one owner, 'och' inside) and the club"),
            ("Dela ut informationsmaterial om vattensäkerhet på barnavårdscentralen och i förskolorna",
             "klart 2026-06-30", [], "2026-06-30", "date", "parenthesis with 'klart' only: no owner"),
            ("Låna ut flytvästar till barn gratis vid de fem största badplatserna",
             f"Ansvar: {tf}", [tf], None, None, "parenthesis with 'Ansvar' only: no deadline"),
        ],
        "G3": [
            ("Sätta upp livbojar och skyltar med nödnummer och platsangivelse vid alla kommunala badplatser",
             f"Ansvar: {tf}, klart maj 2026", [tf], "maj 2026", "period", ""),
            ("Se över badplatsernas tillgänglighet för personer med funktionsnedsättning och bygga ramper där "
             "det behövs", f"Ansvar: {tf}, klart 2030", [tf], "2030", "period",
             "'2030' after the plan period 2026–2028"),
            ("Ha badvakter vid Norrviken och Sandholmen under hela sommarlovet",
             f"Ansvar: {kf}, klart inför varje badsäsong", [kf], "inför varje badsäsong", "recurring",
             "'inför varje badsäsong' recurring"),
        ],
        "G4": [
            ("Erbjuda simkurser för vuxna i samarbete med Komvux och SFI",
             "Ansvar: alla berörda förvaltningar, klart hösten 2027", ["alla berörda förvaltningar"],
             "hösten 2027", "period", "'alla berörda förvaltningar' diffuse"),
            ("Informera om vattensäkerhet och allemansrätten i samhällsorienteringen",
             "Ansvar: Arbetsmarknadsenheten, klart 2026", ["Arbetsmarknadsenheten"], "2026", "period", ""),
        ],
    }
    measures = []
    for gi, g in enumerate(goals, start=1):
        for k, (text, _par, owners, when, kind, note) in enumerate(items.get(g.id, []), start=1):
            measures.append(M(f"M{gi}.{k}", text, [g.id], owners, when, kind,
                              diffuse=tuple(o for o in owners if o.startswith("alla")),
                              outside=(when == "2030"), note=note))
    plan = Plan(
        slug=slug, language="sv", title="Handlingsplan för simkunnighet och vattensäkerhet 2026–2028",
        period=(2026, 2028), goals=goals, measures=measures, source_ext="html",
        notes="""
HTML/CSS printed by headless Chromium, A4 portrait, running header 'Lövsunda kommun · Handlingsplan för
simkunnighet och vattensäkerhet' and 'Sida n av N' in the page margins (CSS @page margin boxes). The plan
is a NESTED ORDERED LIST WITH NO ROLE WORDS: under the h2 'Mål och åtgärder' one top-level <ol> whose
items are the goals (one bold sentence each, numbered '1.'–'5.' by a CSS counter; the word 'Mål' is not
printed at any goal), each followed by a nested <ol> numbered '1.1', '1.2', … by CSS counters (the
numbers are generated content, not text in the source) whose items are the measures, each ending in a
parenthesis '(Ansvar: <enhet>, klart <tid>)'. Gold convention: goal = the top-level item's sentence;
measure = the nested item's text WITHOUT its number and WITHOUT the parenthesis (a measure with two
sentences keeps both: 1.3); owner = the text after 'Ansvar:' (split at the 'och' that joins two units:
'Kultur- och fritidsförvaltningen och Lövsunda Simsällskap' is two owners, the first with its own
'och'); deadline = the text after 'klart' as printed ('hösten 2026', 'januari 2026', 'maj 2026',
'våren 2027', '2026' period; '2026-06-30' date; 'varje vår', 'inför varje badsäsong' recurring,
warnings); a parenthesis with only 'klart …' (2.2) is NO owner (error), one with only 'Ansvar: …' (2.3)
NO deadline (error); 'alla berörda förvaltningar' diffuse; 'klart 2030' after 2026–2028. Goal 5 has
no nested list, only a sentence saying the routines come from the crisis-preparedness work
(goal-has-measure). Traps: the Inledning's NUMBERED LIST of background facts '1.'–'4.' (not goals;
one says 'ska' about the school's curriculum), the Skolverket 'ska' of the curriculum quoted, and an
'Uppföljning' section with a NUMBERED LIST of process steps with dates (not measures).
""")
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    li = []
    for g in goals:
        sub = items.get(g.id)
        inner = ""
        if sub:
            inner = "<ol class=atg>" + "".join(
                f"<li>{E(t)}{(' (' + E(par) + ')') if par else ''}</li>" for t, par, *_ in sub) + "</ol>"
        else:
            inner = ("<p class=sub>Rutinerna tas fram inom kommunens arbete med krisberedskap och redovisas "
                     "i den reviderade handlingsplanen hösten 2027.</p>")
        li.append(f"<li class=goal><p class=gtext>{E(g.text)}</p>{inner}</li>")
    html = f"""<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>{E(plan.title)}</title>
<style>
@page {{ size: A4; margin: 24mm 22mm 22mm 24mm;
  @top-left {{ content: "Lövsunda kommun · Handlingsplan för simkunnighet och vattensäkerhet"; font: 8pt 'Liberation Sans', sans-serif; color: #555 }}
  @bottom-right {{ content: "Sida " counter(page) " av " counter(pages); font: 8.5pt 'Liberation Sans', sans-serif; color: #444 }} }}
body {{ font: 10.5pt/1.5 'Liberation Serif', serif; color: #1d1d1d; margin: 0 }}
h1 {{ font: bold 22pt/1.15 'Liberation Sans', sans-serif; color: #0b4f6c; margin: 0 0 2mm }}
h2 {{ font: bold 14pt 'Liberation Sans', sans-serif; color: #0b4f6c; margin: 8mm 0 2mm }}
p {{ margin: 0 0 2.6mm }} .meta {{ font: 9.5pt 'Liberation Sans', sans-serif; color: #555; margin-bottom: 6mm }}
ol.fakta {{ margin: 1mm 0 3mm 6mm; padding-left: 5mm }} ol.fakta li {{ margin-bottom: 1mm }}
ol.mal {{ list-style: none; counter-reset: mal; padding-left: 0; margin: 3mm 0 }}
ol.mal > li.goal {{ counter-increment: mal; position: relative; padding-left: 9mm; margin-bottom: 4mm }}
ol.mal > li.goal::before {{ content: counter(mal) "."; position: absolute; left: 0; top: 0;
  font: bold 11pt 'Liberation Sans', sans-serif; color: #0b4f6c }}
.gtext {{ font: bold 11pt/1.4 'Liberation Sans', sans-serif; margin-bottom: 1.5mm }}
ol.atg {{ list-style: none; counter-reset: atg; padding-left: 0; margin: 0 }}
ol.atg > li {{ counter-increment: atg; position: relative; padding-left: 10mm; margin-bottom: 1.6mm }}
ol.atg > li::before {{ content: counter(mal) "." counter(atg); position: absolute; left: 0; top: 0 }}
.sub {{ font-style: italic }}
ol.steg {{ margin: 1mm 0 3mm 6mm; padding-left: 5mm }}
.kontakt {{ font: 9pt 'Liberation Sans', sans-serif; color: #444; border-top: 0.6pt solid #999; padding-top: 2mm; margin-top: 8mm }}
</style></head><body>
<h1>{E(plan.title)}</h1>
<p class="meta">Antagen av kommunfullmäktige i Lövsunda kommun den 9 februari 2026, § 14 · Dnr KS 2025/311</p>
<h2>Inledning</h2>
<p>Lövsunda är en kommun med mycket vatten. Sjöarna, åarna och kusten är en stor tillgång för friluftsliv och
turism, men de innebär också risker, särskilt för barn och för vuxna som inte har lärt sig simma. Den här
handlingsplanen beskriver hur kommunens förvaltningar tillsammans ska arbeta för att fler ska kunna simma och
för att färre ska skadas eller omkomma vid vatten.</p>
<p>Några fakta om utgångsläget:</p>
<ol class="fakta">
<li>Inom kommunens gränser finns 41 sjöar och drygt 60 kilometer kust.</li>
<li>Vårterminen 2025 kunde 84 procent av eleverna i årskurs 6 simma 200 meter, varav 50 meter på rygg.</li>
<li>Simhallen i Lövsunda centrum är stängd för renovering från februari till december 2026.</li>
<li>Tre personer drunknade i kommunen mellan 2020 och 2024, samtliga vuxna.</li>
</ol>
<p>Enligt läroplanen ska eleverna i slutet av årskurs 6 kunna simma 200 meter och hantera nödsituationer vid
vatten. Det kravet gäller redan i dag och är inte ett nytt mål i den här planen; planen handlar om hur vi ska
se till att alla elever når dit.</p>
<p>Planen har tagits fram av en arbetsgrupp med representanter för barn- och utbildningsförvaltningen,
kultur- och fritidsförvaltningen, tekniska förvaltningen, arbetsmarknadsenheten, räddningstjänsten och
Lövsunda Simsällskap. Synpunkter har också lämnats av elevråden och av föreningen Svenska
Livräddningssällskapet, som har tagit del av ett utkast.</p>
<p>Arbetet med simkunnighet har hittills skett i varje förvaltning för sig. Skolorna har ansvarat för
simundervisningen, kultur- och fritidsförvaltningen för simhallen och badplatserna och tekniska förvaltningen
för utrustningen. Arbetsgruppen har sett att det behövs en gemensam plan, så att inga barn faller mellan
stolarna och så att insatserna riktas dit där behoven är störst.</p>
<h2>Mål och åtgärder</h2>
<p>Planen har fem övergripande inriktningar. Under varje inriktning står de åtgärder som ska genomföras under
planperioden, med ansvarig förvaltning och när åtgärden ska vara klar.</p>
<ol class="mal">{''.join(li)}</ol>
<h2>Kostnader</h2>
<p>Den extra simundervisningen och lördagssimskolan beräknas kosta 650 000 kronor per år och finansieras inom
barn- och utbildningsnämndens och kultur- och fritidsnämndens ramar. Livbojar, skyltar och flytvästar
finansieras med tekniska nämndens investeringsbudget för 2026.</p>
<h2>Uppföljning</h2>
<p>Planen följs upp varje år enligt följande steg:</p>
<ol class="steg">
<li>Förvaltningarna rapporterar genomförda åtgärder till kommunstyrelsens förvaltning senast den 31 januari.</li>
<li>Kommunstyrelsens förvaltning sammanställer uppföljningen och jämför med resultaten från simtesterna.</li>
<li>Barn- och utbildningsnämnden och kultur- och fritidsnämnden behandlar uppföljningen i mars.</li>
<li>Kommunstyrelsen beslutar om eventuella ändringar i planen i samband med budgetarbetet.</li>
</ol>
<p>Planen revideras i sin helhet under hösten 2028.</p>
<p class="kontakt">Kontakt: Kommunstyrelsens förvaltning, Storgatan 2, 762 91 Lövsunda · kommun@lovsunda.se</p>
</body></html>"""
    src = d / f"{slug}.html"
    src.write_text(html, encoding="utf-8")
    pdf = bk.chromium_pdf(src, d / f"{slug}.pdf")
    pages = mb.pdf_pages(pdf)
    ch = next(i for i, t in enumerate(pages, start=1) if mb._squash("Mål och åtgärder") in t)
    write_gold(plan, pdf, goal_after=ch, measure_after=ch)
    return plan, pdf



# =========================================================================== 4 US Goal / Objective / Action (reportlab)


@plan_builder
def build_chip_goal_objective_action_us() -> tuple[Plan, Path]:
    """US county Community Health Improvement Plan on LETTER pages: 'Goal n:' headings, 'Objective n.m'
    sub-headings and per objective a table 'Action | Lead | Partners | Timeframe | Funding' with action
    codes 'n.m.k'; timeframe words defined on p. 1 relative to the adoption date."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import inch
    from reportlab.platypus import (
        CondPageBreak,
        KeepTogether,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    slug = "chip-goal-objective-action-us"
    bk.reportlab_fonts("LS")
    hd, sd = "Tillman County Health Department", "Tillman Unified School District"
    bhs, pw = "Tillman County Behavioral Health Services", "Tillman County Public Works"
    st, mt, lt, og = "Short-term", "Medium-term", "Long-term", "Ongoing"
    key_lines = [("Short-term", "within 2 years of adoption"), ("Medium-term", "2 to 4 years after adoption"),
                 ("Long-term", "4 to 6 years after adoption"), ("Ongoing", "continuous throughout the plan period")]
    key_head = "Timeframe legend (counted from the date of adoption)"
    key = key_head + " " + " · ".join(f"{a}: {b}" for a, b in key_lines)
    # goal, [(objective, [(action, lead printed, owners, partners, timeframe, kind, funding, note)] | str)]
    tree = [
        ("Reduce tobacco and nicotine use among youth and adults", [
            ("By December 2028, reduce the share of high school students who currently vape from 19% to 12%.", [
                ("Adopt a tobacco-free policy for all county parks, fairgrounds and school grounds", hd, [hd],
                 "Parks and Recreation; school boards", st, "period", "General Fund", ""),
                ("Train school nurses and counselors to deliver a youth vaping cessation program", f"{sd} and {hd}",
                 [sd, hd], "Teen Health Coalition", st, "period", "State tobacco settlement", "two owners"),
                ("Conduct compliance checks at every licensed tobacco retailer twice a year",
                 "Tillman County Sheriff's Office", ["Tillman County Sheriff's Office"], hd, og, "continuous",
                 "Retailer license fees", "'Ongoing' continuous"),
            ]),
            ("By 2030, reduce adult cigarette smoking from 17% to 13%.", [
                ("Promote the state Quitline through primary care clinics, dental offices and pharmacies", hd, [hd],
                 "Riverton Community Clinic; local pharmacies", st, "period", "CDC grant", ""),
                ("Offer free nicotine replacement therapy to Medicaid enrollees at county clinics", "", [],
                 "Medicaid health plans", mt, "period", "TBD", "empty Lead: no owner"),
            ]),
        ]),
        ("Improve access to behavioral health care", [
            ("By 2028, ensure that every resident in crisis can reach a trained responder within one hour.", [
                ("Launch a mobile crisis team that covers the whole county around the clock", bhs, [bhs],
                 "Sheriff's Office; St. Agnes Hospital", st, "period", "Opioid settlement funds", ""),
                ("Build a crisis stabilization center in Riverton", bhs, [bhs], "St. Agnes Hospital", lt, "period",
                 "Capital bond (2027)", "'Long-term' = 4 to 6 years after adoption (Feb 2030 to Feb 2032): after "
                 "the plan period 2026–2030"),
                ("Train 400 community members in Mental Health First Aid", "All CHIP partners",
                 ["All CHIP partners"], "NAMI Tillman", "Annually", "recurring", "In-kind",
                 "'All CHIP partners' diffuse; 'Annually' recurring"),
            ]),
            ("Reduce the stigma that keeps residents, especially men and veterans, from seeking help.",
             "Actions for Objective 2.2 will be developed by the Behavioral Health Coalition and added to this "
             "plan at the first annual review."),
        ]),
        ("Increase access to healthy food and safe places to be active", [
            ("By 2029, cut the number of residents living more than ten miles from a full-service grocery store "
             "by one third.", [
                ("Expand Double Up Food Bucks for SNAP shoppers to all three farmers markets",
                 "Tillman County Extension Office", ["Tillman County Extension Office"], "Farmers market managers",
                 st, "period", "USDA GusNIP grant", ""),
                ("Start a mobile produce market that stops weekly in rural communities", "Tillman Food Bank",
                 ["Tillman Food Bank"], "Faith communities; Extension Office", mt, "period", "Foundation grant", ""),
            ]),
            ("By 2030, increase the share of adults who meet physical activity guidelines from 41% to 50%.", [
                ("Complete the Riverton Greenway between downtown and St. Agnes Hospital", pw, [pw],
                 "Parks and Recreation", lt, "period", "State trail grant", "'Long-term': after the plan period"),
                ("Offer free walking groups at all public library branches", "Tillman County Library",
                 ["Tillman County Library"], hd, "", None, "In-kind", "empty Timeframe: no deadline"),
                ("Add safe crossings on the routes to four elementary schools", pw, [pw],
                 f"Sheriff's Office; {sd}", mt, "period", "Federal Safe Routes to School", ""),
            ]),
        ]),
    ]
    goals, measures = [], []
    for gi, (gtext, objs) in enumerate(tree, start=1):
        goals.append(G(f"G{gi}", gtext, kind="goal"))
        for oi, (otext, rows) in enumerate(objs, start=1):
            oid = f"G{gi}.{oi}"
            goals.append(G(oid, otext, kind="sub_goal", parent=f"G{gi}"))
            if isinstance(rows, str):
                continue
            for ai, (text, _lead, owners, _p, when, kind, _f, note) in enumerate(rows, start=1):
                measures.append(M(f"M{gi}.{oi}.{ai}", text, [oid], owners, when or None, kind,
                                  diffuse=tuple(o for o in owners if o.startswith("All")),
                                  outside=(when == lt), note=note))
    plan = Plan(
        slug=slug, language="en", title="Community Health Improvement Plan 2026–2030", period=(2026, 2030),
        goals=goals, measures=measures, source_ext="pdf", timeframe_key=key,
        notes="""
Generated with reportlab (Liberation Sans TTF, invariant) on US LETTER pages (8.5 × 11 in) as a county
health department's CHIP: running header 'Tillman County Health Department · Community Health
Improvement Plan 2026–2030' with a rule, footer 'Page n' right and 'Adopted February 17, 2026' left.
Page 1: title, adoption line ('Adopted by the Tillman County Board of Health on February 17, 2026'), a
boxed TIMEFRAME LEGEND ('Short-term: within 2 years of adoption', 'Medium-term: 2 to 4 years after
adoption', 'Long-term: 4 to 6 years after adoption', 'Ongoing: continuous throughout the plan period'),
introduction, Healthy People 2030 national targets quoted, a numbered list of 2025 Community Health
Assessment findings, accomplishments of the 2021–2025 CHIP. The hierarchy: 'Goal n: <noun phrase>'
headings (kind goal), 'Objective n.m' sub-headings + a SMART sentence (kind sub_goal, parent its goal:
outcomes with a target and a year, not strategies - the plan has no strategy level), and per objective
a table 'Action | Lead | Partners | Timeframe | Funding' whose Action cells start with a bold code
'1.1.1'. Gold conventions: measure text without its code; goal link = the OBJECTIVE (sub_goal) the
table stands under; owners = Lead only ('Partners' are never owners; 'Tillman Unified School District
and Tillman County Health Department' two owners; 'All CHIP partners' diffuse; empty Lead no owner);
deadline = the Timeframe word AS PRINTED, kind period, dated by the legend relative to the adoption
date (Short-term = by Feb 2028, Medium-term = Feb 2028 to Feb 2030, Long-term = Feb 2030 to Feb 2032,
Ongoing continuous) - the two Long-term actions end after the plan period 2026–2030
(deadline-within-plan-period); 'Ongoing' continuous and 'Annually' recurring (warnings); an empty
Timeframe (error). Funding is never a deadline ('Capital bond (2027)'). Objective 2.2 has no table,
only a sentence (actions come at the first annual review): goal-has-measure for that objective. The
objectives' own years ('By December 2028, …') are targets, not deadlines of the actions.
""")
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    pdf = d / f"{slug}.pdf"
    navy, plum, pale = colors.HexColor("#1f3a5f"), colors.HexColor("#7b2d52"), colors.HexColor("#f3eef2")
    base = ParagraphStyle("b", fontName="LS", fontSize=10, leading=13.5, spaceAfter=6)
    small = ParagraphStyle("s", parent=base, fontSize=8.8, leading=11.5)
    cell = ParagraphStyle("c", parent=base, fontSize=8.6, leading=10.6, spaceAfter=0)
    headc = ParagraphStyle("hc", parent=cell, fontName="LS-Bold", textColor=colors.white)
    h1 = ParagraphStyle("h1", parent=base, fontName="LS-Bold", fontSize=21, leading=25, textColor=navy, spaceAfter=4)
    h2 = ParagraphStyle("h2", parent=base, fontName="LS-Bold", fontSize=13.5, leading=17, textColor=navy,
                        spaceBefore=10, spaceAfter=5)
    goal_st = ParagraphStyle("g", parent=base, fontName="LS-Bold", fontSize=13, leading=16, textColor=plum,
                             spaceBefore=12, spaceAfter=4)
    obj_st = ParagraphStyle("o", parent=base, fontName="LS-Bold", fontSize=10.5, leading=13.5, textColor=navy,
                            spaceBefore=6, spaceAfter=2)
    otext_st = ParagraphStyle("ot", parent=base, fontName="LS-Italic", spaceAfter=4)
    num = ParagraphStyle("n", parent=base, leftIndent=16, bulletIndent=2, spaceAfter=3)
    W, H = letter
    left = right = 0.9 * inch
    fw = W - left - right

    def page(canvas, doc):
        canvas.saveState()
        canvas.setFont("LS", 8)
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.drawString(left, H - 0.55 * inch, "Tillman County Health Department · " + plan.title)
        canvas.setStrokeColor(plum)
        canvas.line(left, H - 0.62 * inch, W - right, H - 0.62 * inch)
        canvas.drawString(left, 0.5 * inch, "Adopted February 17, 2026")
        canvas.drawRightString(W - right, 0.5 * inch, f"Page {doc.page}")
        canvas.restoreState()

    def action_table(gi, oi, rows):
        widths = [fw * 0.37, fw * 0.19, fw * 0.17, fw * 0.14, fw * 0.13]
        data = [[Paragraph(x, headc) for x in ("Action", "Lead", "Partners", "Timeframe", "Funding")]]
        for ai, (text, lead, _o, partners, when, _k, fund, _n) in enumerate(rows, start=1):
            data.append([Paragraph(f"<b>{gi}.{oi}.{ai}</b>&nbsp; {E(text)}", cell), Paragraph(E(lead), cell),
                         Paragraph(E(partners), cell), Paragraph(E(when), cell), Paragraph(E(fund), cell)])
        return Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT", style=TableStyle([
            ("BACKGROUND", (0, 0), (-1, 0), navy), ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#9aa7b8")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f5f7fa")])]))

    def story():
        s = [Paragraph("TILLMAN COUNTY HEALTH DEPARTMENT", ParagraphStyle("k", parent=base, fontName="LS-Bold",
                                                                          fontSize=9, textColor=plum)),
             Paragraph("Tillman County " + plan.title, h1),
             Paragraph("Adopted by the Tillman County Board of Health on February 17, 2026 (Resolution BOH 26-03)",
                       small), Spacer(1, 6)]
        legend = [[Paragraph("<b>Timeframe legend</b> (counted from the date of adoption)", cell), ""]]
        assert key_head == "Timeframe legend (counted from the date of adoption)"
        legend += [[Paragraph(f"<b>{a}:</b>", cell), Paragraph(b, cell)] for a, b in key_lines]
        s.append(Table(legend, colWidths=[1.15 * inch, 3.2 * inch], hAlign="LEFT", style=TableStyle([
            ("SPAN", (0, 0), (-1, 0)), ("BOX", (0, 0), (-1, -1), 0.8, plum), ("BACKGROUND", (0, 0), (-1, -1), pale),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)])))
        s += [Paragraph("Introduction", h2),
              Paragraph("The Community Health Improvement Plan (CHIP) is the county's shared plan for acting on the "
                        "health problems identified in the 2025 Community Health Assessment. It was written by the "
                        "Health Department together with more than thirty partners: hospitals, clinics, schools, "
                        "nonprofits, faith communities and county departments. The plan runs from 2026 through "
                        "2030 and is reviewed every year.", base),
              Paragraph("The plan follows the Goal – Objective – Action format recommended by the Public Health "
                        "Accreditation Board. Each goal has one or more measurable objectives, and each objective "
                        "has a table of actions with a lead organization, partners, a timeframe and a funding "
                        "source. The lead organization is accountable for reporting progress on the action.", base),
              Paragraph("National targets", h2),
              Paragraph("Healthy People 2030, the national framework, sets targets that the nation should reach by "
                        "2030, such as reducing current cigarette smoking among adults to 6.1 percent and "
                        "increasing the share of adults who meet physical activity guidelines. These national "
                        "targets guided the choice of our objectives but are not objectives of this plan.", base),
              Paragraph("What the 2025 Community Health Assessment found", h2)]
        for i, t in enumerate([
                "Nineteen percent of high school students reported using an e-cigarette in the past 30 days.",
                "Adult smoking (17%) is well above the state average (12%).",
                "Suicide deaths rose by a third between 2019 and 2024; most were men over 45.",
                "One in six residents lives more than ten miles from a full-service grocery store.",
                "Only 41% of adults get the recommended amount of physical activity."], start=1):
            s.append(Paragraph(E(t), num, bulletText=f"{i}."))
        s += [Paragraph("Accomplishments of the 2021–2025 CHIP", h2)]
        for t in ["Opened a school-based health center at Riverton High School (2022)",
                  "Added naloxone vending machines at four locations (2023)",
                  "Started a community garden network with twelve gardens (2021–2024)"]:
            s.append(Paragraph(E(t), num, bulletText="•"))
        s += [Paragraph("Priorities, goals and actions", h2),
              Paragraph("The CHIP Steering Committee chose three priorities in October 2025 after a community vote "
                        "with 1,140 participants. Each priority became one goal below.", base)]
        for gi, (gtext, objs) in enumerate(tree, start=1):
            s += [CondPageBreak(1.8 * inch), Paragraph(f"Goal {gi}: {E(gtext)}", goal_st)]
            for oi, (otext, rows) in enumerate(objs, start=1):
                head = [Paragraph(f"Objective {gi}.{oi}", obj_st), Paragraph(E(otext), otext_st)]
                if isinstance(rows, str):
                    s += [*head, Paragraph(E(rows), small)]
                    continue
                s += [KeepTogether([*head, action_table(gi, oi, rows)]), Spacer(1, 6)]
        s += [Paragraph("Monitoring and review", h2),
              Paragraph("Lead organizations report progress to the CHIP Steering Committee every quarter. The Health "
                        "Department publishes an annual progress report each March and presents it to the Board "
                        "of Health. The next Community Health Assessment will be completed in 2029.", base),
              Paragraph("CHIP Steering Committee: Tillman County Health Department, St. Agnes Hospital, Riverton "
                        "Community Clinic, Tillman Unified School District, Tillman Food Bank, NAMI Tillman, "
                        "Tillman County Behavioral Health Services and the Teen Health Coalition.", small)]
        return s

    doc = SimpleDocTemplate(str(pdf), pagesize=letter, leftMargin=left, rightMargin=right, topMargin=0.9 * inch,
                            bottomMargin=0.85 * inch, title="Tillman County " + plan.title,
                            author="Tillman County Health Department", creator="Tillman County Health Department",
                            invariant=1)
    doc.build(story(), onFirstPage=page, onLaterPages=page)
    write_gold(plan, pdf)
    return plan, pdf


# =========================================================================== verify / main


def verify(slug: str) -> list[str]:
    """mb3.verify (pdftotext, page by page), with two extensions for this batch's layouts: owners that
    are wrapped column heads (RACI) are checked word by word, and owner / deadline bullets of a table row
    broken over a page may stand on the page before their measure."""
    import re

    import yaml

    bad = mb3.verify(slug)
    if slug not in WRAPPED_HEAD_OWNERS | PARALLEL_BULLETS:
        return bad
    gold_path = OUT / slug / f"{slug}.gold.yaml"
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    pages = mb3.pdftotext_pages(gold_path.parent / gold["document"])
    for m in gold.get("measures") or []:
        p = m["page"]
        for o in m["owners"]:
            msg = f"{slug}: owner {o!r} of {m['id']} not on p. {p}"
            if msg not in bad:
                continue
            if (slug in WRAPPED_HEAD_OWNERS and all(
                    any(ch in pages[p - 1] for ch in (mb._squash(w)[:4], mb._squash(w)[-4:]))
                    for w in re.split(r"[\s-]+", o) if w)) or (slug in PARALLEL_BULLETS and p > 1 and mb3._on(pages, o, p - 1)):
                bad.remove(msg)
        msg = f"{slug}: deadline {m['deadline']!r} of {m['id']} not on p. {p}"
        if m["deadline"] and msg in bad and slug in PARALLEL_BULLETS and p > 1 and mb3._on(pages, m["deadline"], p - 1):
            bad.remove(msg)
    return bad


def main(argv: list[str]) -> None:
    """Build the plans (or the SLUGs), --verify or --twice: blindkit.plans_main."""
    bk.plans_main(argv, plans=PLANS, out=OUT, verify=verify, strategies=True)


if __name__ == "__main__":
    main(sys.argv[1:])
