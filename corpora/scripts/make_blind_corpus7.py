"""Build the seventh batch of blind authored plans (corpora/authored/<slug>/), in layouts not yet in
the corpus, three of them with strategies as well as goals and measures.

    python corpora/scripts/make_blind_corpus7.py              # every plan
    python corpora/scripts/make_blind_corpus7.py SLUG ...     # some of them
    python corpora/scripts/make_blind_corpus7.py --verify     # check gold against the PDFs

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

PLANS, plan_builder, write_gold = mb.builder_registry("make_blind_corpus7.py")


# =========================================================================== 1 Word multilevel list 'Mål 1 / Strategi 1.1 / Tiltak 1.1.1'


def _prefixed_outline(doc, prefixes: list[str], *, indents_mm: list[tuple[float, float]]) -> int:
    """A Word multilevel list whose numbers carry a word ('Mål %1', 'Strategi %1.%2',
    'Tiltak %1.%2.%3'), as a planner makes it under Define New Multilevel List; level 1 bold.
    indents_mm: (number position, text position) per level. Returns the numId."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    numbering = dh._numbering(doc)
    aid = dh._ABSTRACT_NEXT[0]
    dh._ABSTRACT_NEXT[0] += 1
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), str(aid))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "multilevel")
    an.append(mlt)
    for ilvl, (prefix, (num_mm, text_mm)) in enumerate(zip(prefixes, indents_mm, strict=True)):
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), str(ilvl))
        for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"),
                         ("w:lvlText", prefix + " " + ".".join(f"%{k + 1}" for k in range(ilvl + 1))),
                         ("w:lvlJc", "left")):
            el = OxmlElement(tag)
            el.set(qn("w:val"), val)
            lvl.append(el)
        ppr = OxmlElement("w:pPr")
        ind = OxmlElement("w:ind")
        ind.set(qn("w:left"), str(dh._twips(text_mm)))
        ind.set(qn("w:hanging"), str(dh._twips(text_mm - num_mm)))
        ppr.append(ind)
        lvl.append(ppr)
        rpr = OxmlElement("w:rPr")
        if ilvl == 0:
            rpr.append(OxmlElement("w:b"))
        rf = OxmlElement("w:rFonts")
        for k in ("w:ascii", "w:hAnsi"):
            rf.set(qn(k), dh.FONT)
        rpr.insert(0, rf)
        lvl.append(rpr)
        an.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    return dh.add_num(doc, aid)


@plan_builder
def build_omsorgsplan_nivaliste() -> tuple[Plan, Path]:
    """Bokmål handlingsplan whose whole plan part is ONE Word multilevel list with word prefixes in
    the numbers ('Mål 1', 'Strategi 1.1', 'Tiltak 1.1.1'), measures carrying 'Ansvar: … Frist: …'
    on the same line as the measure text."""
    from docx.shared import Pt

    slug = "omsorgsplan-nivaliste"
    hj, tk = "Hjemmetjenesten", "Tildelingskontoret"
    # goal -> [(strategy, [(tiltak, ansvar printed or None, owners, frist, kind)])]
    tree = [
        ("Flere eldre skal kunne bo trygt hjemme så lenge de ønsker.", [
            ("Ta i bruk velferdsteknologi som en fast del av hjemmetjenesten", [
                ("Tilby digitalt tilsyn til alle nye brukere av hjemmetjenesten", hj, [hj], "Høst 2026", "period"),
                ("Innføre elektroniske medisindispensere for brukere med faste legemidler",
                 "Hjemmetjenesten og Tildelingskontoret", [hj, tk], "31.12.2026", "date"),
            ]),
            ("Tilpasse boligene før behovet blir akutt", [
                ("Tilby hjemmebesøk med råd om tilrettelegging til alle som fyller 80 år",
                 "Ergo- og fysioterapitjenesten", ["Ergo- og fysioterapitjenesten"], "2027", "period"),
                ("Kartlegge kommunale boliger som kan bygges om til omsorgsboliger", "Eiendomsavdelingen",
                 ["Eiendomsavdelingen"], "1. halvår 2027", "period"),
            ]),
        ]),
        ("Pårørende skal oppleve at de blir sett og får avlastning.", [
            ("Styrke samarbeidet med pårørende", [
                ("Holde pårørendeskole for pårørende til personer med demens to ganger i året", "Demensteamet",
                 ["Demensteamet"], "Vår 2026", "period"),
                ("Utarbeide en pårørendestrategi for helse og omsorg", None, [], "2026", "period"),
            ]),
            ("Gi fleksibel avlastning", [
                ("Tilby helgeavlastning i Solbakken bofellesskap", "Institusjonstjenesten",
                 ["Institusjonstjenesten"], "2. kvartal 2027", "period"),
            ]),
        ]),
        ("Innbyggerne skal få sammenhengende tjenester av god kvalitet.", [
            ("Gjøre overgangene mellom tjenestene færre og tryggere", [
                ("Innføre pakkeforløp hjem for pasienter med kreft", "Koordinerende enhet",
                 ["Koordinerende enhet"], "2026", "period"),
                ("Holde tverrfaglige innskrivningsmøter for alle nye brukere", tk, [tk], "Løpende", "continuous"),
            ]),
            ("Rekruttere og beholde fagfolk", [
                ("Øke andelen heltidsstillinger i turnus til 60 prosent", "Kommunalsjef helse og omsorg",
                 ["Kommunalsjef helse og omsorg"], "2028", "period"),
                ("Tilby betalt videreutdanning til ti sykepleiere", "HR-avdelingen", ["HR-avdelingen"], "2026–2029",
                 "period"),
            ]),
        ]),
        ("Flere innbyggere skal ta ansvar for egen helse gjennom hele livet.", []),
    ]
    goals, strategies, measures = [], [], []
    for gi, (gtext, strats) in enumerate(tree, start=1):
        goals.append(G(f"G{gi}", gtext))
        for si, (stext, acts) in enumerate(strats, start=1):
            sid = f"S{gi}.{si}"
            strategies.append(S(sid, stext, [f"G{gi}"]))
            for k, (text, _p, owners, when, kind) in enumerate(acts, start=1):
                note = "no 'Ansvar:' label on this line, only 'Frist:'" if not owners else ""
                measures.append(M(f"M{gi}.{si}.{k}", text, [f"G{gi}"], owners, when, kind, strategies=[sid],
                                  note=note))
    plan = Plan(
        slug=slug, language="nb", title="Handlingsplan for helse og omsorg 2026–2029", period=(2026, 2029),
        goals=goals, strategies=strategies, measures=measures,
        notes="""
Word (python-docx) → LibreOffice PDF, portrait A4, Arial (Liberation Sans). Bokmål. Chapter 3 is ONE
Word multilevel list (one w:abstractNum, three levels) whose NUMBERS carry the role word: level 1
'Mål %1' (bold number, goal sentence), level 2 'Strategi %1.%2', level 3 'Tiltak %1.%2.%3', each with
a hanging indent (number at 0/8/16 mm, text at 20/34/44 mm). The words 'Mål', 'Strategi', 'Tiltak'
and the numbers are generated by the list, not typed (gold text = the sentence after the number).
Each measure is one paragraph: the measure text, a full stop, then on the SAME line (wrapping)
bold 'Ansvar:' + owner, a full stop, bold 'Frist:' + deadline ('… brukere. Ansvar: Tildelingskontoret.
Frist: Løpende'); gold text is the part before '. Ansvar:'. Links: a measure links the goal and the
strategy above it. One measure has no 'Ansvar:' label at all, only 'Frist:' (measure-has-owner,
error); 'Løpende' is continuous (warning); 'Mål 4' is the last list item, alone at the top of p. 2 before
chapter 4, with no strategy or measure under it (goal-has-measure, error). 'Hjemmetjenesten og Tildelingskontoret'
two owners; 'Ergo- og fysioterapitjenesten', 'Kommunalsjef helse og omsorg' one each. Frist forms:
'Høst 2026', '31.12.2026', '2027', '1. halvår 2027', 'Vår 2026', '2026', '2. kvartal 2027', '2028',
'2026–2029'. Traps: chapter 1 quotes the samfunnsdel's goal ('skal') and has a reading guide naming
Mål/Strategi/Tiltak; chapter 2 'Utfordringer' bullets; chapter 4 'Gjennomført i 2022–2025' (past
tense bullets); chapter 5 follow-up ('Kommunalsjef … rapporterer').""",
    )
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    doc = dh.new_document(size=10.5, margins_mm=20, heading_color="2F5233")
    dh.setup_header_footer(doc.sections[0], "Bjørkvik kommune · Handlingsplan for helse og omsorg 2026–2029")
    dh.set_core_properties(doc, title=plan.title, author="Bjørkvik kommune")
    dh.para(doc, "Bjørkvik kommune", size=12, bold=True, color="2F5233")
    dh.para(doc, plan.title, size=19, bold=True, color="2F5233", space_after=2)
    dh.para(doc, "Vedtatt av kommunestyret 18. juni 2026, sak 41/26", italic=True)
    dh.heading(doc, "1 Innledning", 1)
    dh.para(doc, "Handlingsplanen følger opp kommuneplanens samfunnsdel, der det heter at «Bjørkvik skal være et "
            "godt sted å bli gammel». Den viser hva helse og omsorg skal gjøre de neste fire årene, og rulleres "
            "hvert år sammen med økonomiplanen.")
    dh.para(doc, "Slik leser du planen: Hvert mål er fulgt av strategiene for å nå det, og under hver strategi "
            "står tiltakene. For hvert tiltak står hvem som har ansvaret og fristen på samme linje.")
    dh.heading(doc, "2 Utfordringer", 1)
    b = dh.add_num(doc, dh.add_abstract_num(doc, "bullet"))
    for t in ["Antallet innbyggere over 80 år vil nesten dobles fram mot 2040.",
              "Hver tredje stilling i turnus er en deltidsstilling.",
              "Mange pårørende sier at de står alene med store omsorgsoppgaver.",
              "Det er lange ventelister til korttidsplass og avlastning."]:
        dh.list_item(doc, t, b)
    dh.heading(doc, "3 Mål, strategier og tiltak", 1)
    num = _prefixed_outline(doc, ["Mål", "Strategi", "Tiltak"],
                            indents_mm=[(0, 20), (8, 34), (16, 44)])

    def item(level: int, runs: list[tuple[str, bool]], *, before: float, after: float):
        p = dh.list_item(doc, "", num, level, space_after=after)
        p.paragraph_format.space_before = Pt(before)
        for text, bold in runs:
            r = p.add_run(text)
            r.bold = bold or None
        return p

    for gtext, strats in tree:
        item(0, [(gtext, True)], before=10, after=4).paragraph_format.keep_with_next = True
        for stext, acts in strats:
            item(1, [(stext, True)], before=4, after=2).paragraph_format.keep_with_next = True
            for text, printed, _o, when, _k in acts:
                runs = [(text + ". ", False)]
                if printed:
                    runs += [("Ansvar: ", True), (printed + ". ", False)]
                runs += [("Frist: ", True), (when, False)]
                item(2, runs, before=0, after=3)
    dh.heading(doc, "4 Gjennomført i 2022–2025", 1)
    for t in ["Tatt i bruk digitale nattilsyn på Solbakken bofellesskap.",
              "Opprettet et demensteam med sykepleier og ergoterapeut.",
              "Innført fast kontaktperson for alle brukere med vedtak om hjemmesykepleie."]:
        dh.list_item(doc, t, b)
    dh.heading(doc, "5 Oppfølging", 1)
    dh.para(doc, "Kommunalsjef helse og omsorg rapporterer på tiltakene i tertialrapportene. Eldrerådet og rådet "
            "for personer med funksjonsnedsettelse får planen til uttalelse ved hver rullering.")
    src = d / f"{slug}.docx"
    dh.save_deterministic(doc, src)
    pdf = mb.lo_pdf(src)
    write_gold(plan, pdf)
    return plan, pdf



# =========================================================================== 2 nynorsk, merged goal cells, Status/Kostnad, footnotes (odfpy)


@plan_builder
def build_beredskap_fotnotar_nn() -> tuple[Plan, Path]:
    """Nynorsk handlingsplan for samfunnstryggleik og beredskap (odfpy): one table 'Mål | Tiltak |
    Ansvarleg | Status | Kostnad | Frist' with each goal in a cell merged down over its measures,
    Status and Kostnad between owner and deadline, footnote marks in the cells and footnotes at the
    page foot; the table breaks over the page with the header row repeated."""
    from odf.style import (
        Style,
        TableCellProperties,
        TableColumnProperties,
        TableProperties,
        TableRowProperties,
    )
    from odf.table import CoveredTableCell, Table, TableCell, TableColumn, TableHeaderRows, TableRow
    from odf.text import Note, NoteBody, NoteCitation, P

    slug = "beredskap-fotnotar-nn"
    bk, va, td = "Beredskapskoordinator", "Vatn og avløp", "Teknisk drift"
    footnotes = {
        1: "Øvinga blir halden saman med Statsforvaltaren og nabokommunane Vikøy og Lundane.",
        2: "Kostnaden er ført i investeringsbudsjettet, prosjekt 4410 Reservevatn sentrum.",
        3: "Jf. Meld. St. 9 (2024–2025): «Alle kommunar skal ha ein plan for evakuering av befolkninga.»",
        4: "Tiltaket er avhengig av tilskot frå NVE. Utan tilskot blir det flytta til neste planperiode.",
    }
    # goal -> [(tiltak, fn in text, ansvarleg printed, owners, status, kostnad, fn in cost, frist, kind, outside)]
    tree = [
        ("Kommunen skal ha ein oppdatert og øvd overordna beredskapsplan.", [
            ("Revidere den overordna beredskapsplanen etter ny heilskapleg ROS-analyse", None, bk, [bk], "Pågår",
             "Innanfor ramma", None, "1. halvår 2025", "period", False),
            ("Gjennomføre ei fullskala øving for kriseleiinga", 1, "Kommunedirektøren", ["Kommunedirektøren"],
             "Ikkje starta", "120", None, "Haust 2026", "period", False),
            ("Lære opp alle i kriseleiinga i krisestøtteverktøyet CIM", None, bk, [bk], "Ikkje starta", "40", None,
             "Vår 2026", "period", False),
        ]),
        ("Innbyggjarane skal ha tilgang på reint drikkevatn, også i ein krise.", [
            ("Byggje ein reservevasskjelde for Straumnes sentrum", None, va, [va], "Pågår", "8 500", 2, "2030",
             "period", True),
            ("Kjøpe inn mobile aggregat til dei tre største pumpestasjonane", None, va, [va], "Ikkje starta", "650",
             None, "2026", "period", False),
            ("Lage ein plan for naudvatn til sjukeheimen og skulane", None, "", [], "Ikkje starta", "–", None,
             "Vår 2027", "period", False),
        ]),
        ("Sårbare innbyggjarar skal bli tekne vare på når straumen eller telenettet fell ut.", [
            ("Føre ei oppdatert oversikt over heimebuande med straumavhengig medisinsk utstyr", None,
             "Heimetenesta", ["Heimetenesta"], "Pågår", "Innanfor ramma", None, "31.12.2025", "date", False),
            ("Etablere tre evakuerings- og informasjonspunkt med straum og satellittelefon", 3,
             "Beredskapskoordinator og Teknisk drift", [bk, td], "Ikkje starta", "900", None, "2027", "period",
             False),
            ("Lage ei rutine for varsling på SMS til innbyggjarar i eit avgrensa område", None,
             "Servicetorget", ["Servicetorget"], "Starta", "60", None, None, None, False),
        ]),
        ("Kommunen skal redusere risikoen for skade frå flaum og skred.", [
            ("Kartleggje kulvertar og stikkrenner med for liten kapasitet", None, td, [td], "Pågår", "300", None,
             "2026", "period", False),
            ("Leggje inn faresoner for kvikkleire og flaum i kommuneplanens arealdel", None, "Plan og byggesak",
             ["Plan og byggesak"], "Pågår", "Innanfor ramma", None, "2027", "period", False),
            ("Sikre dei mest skredutsette strekningane på Fjellvegen", 4, td, [td], "Ikkje starta", "2 400", None,
             "2028", "period", False),
            ("Gje ut informasjon om flaumsikring til huseigarar langs Straumelva", None, "Kommunikasjonseininga",
             ["Kommunikasjonseininga"], "Ikkje starta", "25", None, "Vår 2026", "period", False),
        ]),
    ]
    goals, measures = [], []
    for gi, (gtext, rows) in enumerate(tree, start=1):
        # the merged goal cell wraps beside the measure cells, so look the page up by its 'Mål n' line
        goals.append(G(f"G{gi}", gtext, find=f"Mål {gi}"))
        for k, (text, _fn, _p, owners, _st, _c, _fc, when, kind, outside) in enumerate(rows, start=1):
            note = ("empty Ansvarleg cell" if not owners else "empty Frist cell" if when is None else
                    "deadline after the plan period 2025–2028" if outside else "")
            measures.append(M(f"M{gi}.{k}", text, [f"G{gi}"], owners, when, kind, outside=outside, note=note))
    plan = Plan(
        slug=slug, language="nn", title="Handlingsplan for samfunnstryggleik og beredskap 2025–2028",
        period=(2025, 2028), goals=goals, measures=measures, source_ext="odt",
        notes="""
OpenDocument (odfpy) → LibreOffice PDF, portrait A4, Liberation Sans. Nynorsk. Chapter 3 is ONE
table 'Mål | Tiltak | Ansvarleg | Status | Kostnad (1 000 kr) | Frist': the goal stands only in the
first column, in a cell merged DOWN over all its measure rows (table:number-rows-spanned), as a
bold 'Mål n' line and the goal sentence (gold text = the sentence); no goal list elsewhere. Status
('Pågår', 'Ikkje starta', 'Starta') and Kostnad (amounts, 'Innanfor ramma', '–') stand BETWEEN the
owner and the deadline columns and are neither. The table breaks over pp. 1–2 with the header row
repeated (table:table-header-rows); rows may not split (fo:keep-together), so the whole block of
'Mål 4' (merged cell and four rows) moves to p. 2 under the repeated header, leaving white space
above the footnotes at the foot of p. 1. FOOTNOTES: four
Writer footnotes (text:note) whose superscript marks stand at the end of three measure texts and
in one Kostnad cell; their texts are at the foot of the page (one quotes a national 'skal' goal,
one says a measure may be moved to the next period). Links: a measure links the goal of its merged
cell. One empty Ansvarleg cell (measure-has-owner, error), one empty Frist cell
(measure-has-deadline, error), '2030' after the plan period 2025–2028 (deadline-within-plan-period,
warning). 'Beredskapskoordinator og Teknisk drift' two owners; 'Vatn og avløp', 'Plan og byggesak'
one each. Frist forms: '1. halvår 2025', 'Haust 2026', 'Vår 2026', '2030', '2026', 'Vår 2027',
'31.12.2025', '2027', '2028'. Traps: chapter 1 quotes the samfunnsdel ('skal') and the
sivilbeskyttelseslova; chapter 2 'Dei største risikoane i ROS-analysen' (a list of hazards);
chapter 4 'Hendingar sidan 2021' (past events); chapter 5 the beredskapsråd members.""",
    )
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    od = mb.Odt(header="Straumnes kommune · Samfunnstryggleik og beredskap 2025–2028", size=10, lang="nn",
                country="NO")
    od.style("Bullet", size=10, indent_cm=0.6, hanging_cm=0.4, after=0.05)
    od.style("Note", size=8, after=0.02)
    od.style("Small", size=8.5, italic=True, after=0.1)
    od.p("Straumnes kommune", "H3")
    od.p(plan.title, "Title")
    od.p("Vedteken av kommunestyret 13. mars 2025, sak 17/25")
    od.h("1 Bakgrunn", 1)
    od.p("Etter sivilbeskyttelseslova skal kommunen ha ein heilskapleg risiko- og sårbarheitsanalyse (ROS-analyse) og "
         "ein overordna beredskapsplan. Kommuneplanens samfunnsdel har som mål at «Straumnes skal vere eit trygt og "
         "robust samfunn». Denne handlingsplanen følgjer opp ROS-analysen frå 2024 og blir rullert kvart år saman "
         "med økonomiplanen.")
    od.p("Tabellen i kapittel 3 viser tiltaka for kvart mål, kven som har ansvaret, status per januar 2025, "
         "kostnaden i perioden og fristen. Merknader til einskilde tiltak står i fotnotar.")
    od.h("2 Dei største risikoane i ROS-analysen", 1)
    for t in ["Langvarig straumbrot om vinteren, særleg i grendene utan alternativ forsyning.",
              "Svikt i vassforsyninga til Straumnes sentrum, som har berre éi vasskjelde.",
              "Flaum i Straumelva og jord- og flaumskred langs Fjellvegen.",
              "Bortfall av mobil- og breibandsnett i meir enn eitt døgn.",
              "Kvikkleireskred i område som ikkje er kartlagde."]:
        od.p("• " + t, "Bullet")
    od.p("Analysen vurderer òg pandemi, skogbrann, atomhending og dataangrep. Desse risikoane blir følgde opp i "
         "eigne planar for smittevern, brannvern og informasjonstryggleik, og er derfor ikkje tekne med her.")
    od.h("3 Mål og tiltak", 1)

    widths = [3.2, 5.0, 3.6, 1.8, 1.6, 1.8]
    doc = od.doc
    od._n += 1
    tname = f"T{od._n}"
    ts = Style(name=tname, family="table")
    ts.addElement(TableProperties(width=f"{sum(widths)}cm", align="left", margintop="0.1cm",
                                  marginbottom="0.3cm"))
    doc.automaticstyles.addElement(ts)
    t = Table(name="Tiltak", stylename=tname)
    for i, w in enumerate(widths):
        cst = Style(name=f"{tname}C{i}", family="table-column")
        cst.addElement(TableColumnProperties(columnwidth=f"{w}cm"))
        doc.automaticstyles.addElement(cst)
        t.addElement(TableColumn(stylename=cst))
    rs = Style(name=f"{tname}R", family="table-row")
    rs.addElement(TableRowProperties(keeptogether="always"))
    doc.automaticstyles.addElement(rs)
    cstyles = {}

    def cs(fill=None):
        if fill not in cstyles:
            s_ = Style(name=f"{tname}K{len(cstyles)}", family="table-cell")
            kw = dict(padding="0.07cm", border="0.5pt solid #6f7f8f")
            if fill:
                kw["backgroundcolor"] = fill
            s_.addElement(TableCellProperties(**kw))
            doc.automaticstyles.addElement(s_)
            cstyles[fill] = s_
        return cstyles[fill]

    def note(p, n):
        nt = Note(id=f"ftn{n}", noteclass="footnote")
        nt.addElement(NoteCitation(text=str(n)))
        body = NoteBody()
        body.addElement(P(stylename=od.styles["Note"], text=footnotes[n]))
        nt.addElement(body)
        p.addElement(nt)

    def cell(text, style="Cell", fill=None, rows=1, fn=None):
        kw = {"numberrowsspanned": rows} if rows > 1 else {}
        c = TableCell(stylename=cs(fill), valuetype="string", **kw)
        p = od._fill(P(stylename=od.styles[style]), text)
        if fn:
            note(p, fn)
        c.addElement(p)
        return c

    head = TableHeaderRows()
    tr = TableRow()
    for h in ["Mål", "Tiltak", "Ansvarleg", "Status", "Kostnad (1 000 kr)", "Frist"]:
        tr.addElement(cell(h, "CellBold", "#d5dde6"))
    head.addElement(tr)
    t.addElement(head)
    for gi, (gtext, rows) in enumerate(tree, start=1):
        for k, (text, fn, printed, _o, status, cost, fnc, when, _kd, _out) in enumerate(rows):
            tr = TableRow(stylename=rs)
            if k == 0:
                tr.addElement(cell(f"**Mål {gi}**\n{gtext}", fill="#f0f3f6", rows=len(rows)))
            else:
                tr.addElement(CoveredTableCell())
            tr.addElement(cell(text, fn=fn))
            tr.addElement(cell(printed))
            tr.addElement(cell(status))
            tr.addElement(cell(cost, fn=fnc))
            tr.addElement(cell(when or ""))
            t.addElement(tr)
    doc.text.addElement(t)
    od.p("Kostnad i 1 000 kr for heile perioden. «Innanfor ramma» = tiltaket blir dekt av driftsbudsjettet til "
         "eininga.", "Small")
    od.h("4 Hendingar sidan 2021", 1)
    for t_ in ["Straumbrot i tre døgn i grendene Nordvik og Li etter uvêret i januar 2022.",
               "Flaum i Straumelva i oktober 2023; to bustader vart evakuerte.",
               "Kommunen leidde den lokale innsatsen under koronapandemien 2020–2022."]:
        od.p("• " + t_, "Bullet")
    od.h("5 Beredskapsrådet", 1)
    od.p("Beredskapsrådet består av ordføraren (leiar), kommunedirektøren, beredskapskoordinatoren, lensmannen, "
         "brannsjefen, Sivilforsvaret, Raudekrossen og netteigaren. Rådet går gjennom handlingsplanen kvart år.")
    src = od.save(d / f"{slug}.odt", title=plan.title, author="Straumnes kommune")
    pdf = mb.lo_pdf(src)
    write_gold(plan, pdf)
    return plan, pdf



# =========================================================================== 3 Swedish, labelled ids in running text (HTML)


@plan_builder
def build_resande_lopande_text_sv() -> tuple[Plan, Path]:
    """Swedish handlingsplan published as a web page and printed by Chromium: under each 'Mål n'
    heading, one running-text paragraph per strategy that starts 'Strategi n.m …' and goes on with
    the activities 'Aktivitet n.m.k …' inline, each followed by 'Ansvarig: … Klar: …' in the same
    paragraph."""
    import html as _h

    slug = "resande-lopande-text-sv"
    gata, sbf = "Gatuenheten", "Samhällsbyggnadsförvaltningen"
    # goal -> [(strategy, [(aktivitet, ansvarig printed or None, owners, klar or None, kind, diffuse)])]
    tree = [
        ("Fler resor i Norrbacka ska göras till fots eller med cykel.", [
            ("Bygga ett sammanhängande cykelvägnät mellan bostadsområden, skolor och centrum", [
                ("Bygga gång- och cykelväg längs Norrvägen mellan centrum och Björkhagen", gata, [gata], "2027",
                 "period", ()),
                ("Ta fram en cykelplan med prioriterade länkar och cykelparkeringar", sbf, [sbf], "Juni 2026",
                 "period", ()),
            ]),
            ("Göra det tryggt och enkelt att gå och cykla till skolan", [
                ("Införa gående skolbussar vid fem grundskolor", "Barn- och utbildningsförvaltningen",
                 ["Barn- och utbildningsförvaltningen"], "Hösten 2026", "period", ()),
                ("Sänka hastigheten till 30 km/h vid alla skolor och förskolor", "Trafikenheten", ["Trafikenheten"],
                 "2026", "period", ()),
            ]),
        ]),
        ("Kollektivtrafiken ska vara ett attraktivt val för resor till arbete och skola.", [
            ("Samarbeta med regionen om tätare turer och bättre anslutningar", [
                ("Ta fram ett gemensamt underlag om turtäthet med kollektivtrafikmyndigheten",
                 "Kommunledningskontoret och kollektivtrafikmyndigheten",
                 ["Kommunledningskontoret", "kollektivtrafikmyndigheten"], "31 mars 2026", "date", ()),
                ("Bygga om busshållplatserna vid resecentrum så att de blir tillgängliga för alla", gata, [gata],
                 None, None, ()),
            ]),
            ("Göra det enkelt att byta mellan cykel och buss", [
                ("Anlägga väderskyddad cykelparkering vid sex busshållplatser på landsbygden", gata, [gata], "2028",
                 "period", ()),
            ]),
        ]),
        ("Kommunens egna resor och transporter ska ge lägre utsläpp.", [
            ("Ställa om kommunens fordonsflotta till fossilfria fordon", [
                ("Byta ut 30 personbilar mot elbilar när leasingavtalen går ut", "Fordonsenheten",
                 ["Fordonsenheten"], "2027", "period", ()),
                ("Bygga laddplatser vid alla kommunens arbetsplatser", "Fastighetsenheten", ["Fastighetsenheten"],
                 "Andra kvartalet 2028", "period", ()),
            ]),
            ("Minska antalet tjänsteresor med bil", [
                ("Följa upp de anställdas tjänsteresor i en resvaneundersökning", "Alla förvaltningar",
                 ["Alla förvaltningar"], "2027", "period", ("Alla förvaltningar",)),
                ("Ta fram riktlinjer för resfria möten och digitala utbildningar", None, [], "December 2026",
                 "period", ()),
            ]),
        ]),
    ]
    goals, strategies, measures = [], [], []
    for gi, (gtext, strats) in enumerate(tree, start=1):
        goals.append(G(f"G{gi}", gtext))
        for si, (stext, acts) in enumerate(strats, start=1):
            sid = f"S{gi}.{si}"
            strategies.append(S(sid, stext, [f"G{gi}"]))
            for k, (text, _p, owners, when, kind, diffuse) in enumerate(acts, start=1):
                note = ("no 'Ansvarig:' after this activity, only 'Klar:'" if not owners else
                        "no 'Klar:' after this activity, only 'Ansvarig:'" if when is None else "")
                measures.append(M(f"M{gi}.{si}.{k}", text, [f"G{gi}"], owners, when, kind, strategies=[sid],
                                  diffuse=diffuse, note=note))
    plan = Plan(
        slug=slug, language="sv", title="Handlingsplan för hållbart resande 2026–2029", period=(2026, 2029),
        goals=goals, strategies=strategies, measures=measures, source_ext="html",
        notes="""
HTML page (a municipal CMS article) printed to PDF by headless Chromium (--print-to-pdf,
--no-pdf-header-footer), portrait A4. Swedish. Site header and navigation, breadcrumbs, a grey
'Snabbfakta' box floated right on p. 1, 'Senast uppdaterad' line and a footer. The plan part has
an h2 'Mål n' per goal with the goal sentence as a bold paragraph under it (gold text = the
sentence). Strategies and activities are NOT in lists or tables: each strategy is ONE running-text
paragraph that starts with a bold label 'Strategi n.m' + the strategy text and a full stop, then
goes on in the SAME paragraph with its activities, each a bold label 'Aktivitet n.m.k' + the
activity text + '. Ansvarig: <owner>. Klar: <deadline>.' (labels 'Ansvarig:'/'Klar:' in italics);
paragraphs wrap over 3–6 lines, so several activities share lines. Gold text = the words between
the label and the full stop. Links: an activity links the goal of its section and the strategy of
its paragraph. One activity has no 'Klar:' (measure-has-deadline, error), one has no 'Ansvarig:'
(measure-has-owner, error); 'Alla förvaltningar' is diffuse (owner-is-accountable, warning).
'Kommunledningskontoret och kollektivtrafikmyndigheten' two owners; 'Barn- och
utbildningsförvaltningen' one. Klar forms: '2027', 'Juni 2026', 'Hösten 2026', '2026', '31 mars
2026', '2028', 'Andra kvartalet 2028', 'December 2026'. Traps: the national transport-policy goal
quoted ('ska'), 'Så reser vi i Norrbacka' facts in the Snabbfakta box, a paragraph explaining how to
read the plan with the words Strategi/Aktivitet/Ansvarig/Klar, 'Det här har vi gjort 2022–2025'
(past tense list), a contact box.""",
    )
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    e = _h.escape

    def strategy_par(gi, si, stext, acts):
        out = [f"<b>Strategi {gi}.{si}</b> {e(stext)}."]
        for k, (text, printed, _o, when, _kd, _df) in enumerate(acts, start=1):
            bit = f"<b>Aktivitet {gi}.{si}.{k}</b> {e(text)}."
            if printed:
                bit += f" <i>Ansvarig:</i> {e(printed)}."
            if when:
                bit += f" <i>Klar:</i> {e(when)}."
            out.append(bit)
        return "<p class=\"strat\">" + " ".join(out) + "</p>\n"

    parts = [f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>{e(plan.title)} – Norrbacka kommun</title>
<style>
@page {{ size: A4; margin: 13mm 15mm 15mm 15mm; }}
body {{ font-family: "Liberation Serif", "Times New Roman", serif; font-size: 10.5pt; line-height: 1.38;
  color: #1d1d1d; margin: 0; }}
header.site {{ font-family: "Liberation Sans", Arial, sans-serif; border-bottom: 3px solid #8a1c2b;
  padding: 4px 0 6px; display: flex; justify-content: space-between; align-items: baseline; }}
header.site .logo {{ font-size: 15pt; font-weight: bold; color: #8a1c2b; }}
header.site nav a {{ font-size: 9pt; color: #333; margin-left: 12px; text-decoration: none; }}
.crumbs {{ font-family: "Liberation Sans", Arial, sans-serif; font-size: 8.5pt; color: #555; margin: 7px 0 4px; }}
h1 {{ font-family: "Liberation Sans", Arial, sans-serif; font-size: 19pt; margin: 4px 0 4px; color: #8a1c2b; }}
h2 {{ font-family: "Liberation Sans", Arial, sans-serif; font-size: 13pt; margin: 14px 0 3px; color: #8a1c2b;
  break-after: avoid; }}
.ingress {{ font-size: 12pt; }}
.upd {{ font-family: "Liberation Sans", Arial, sans-serif; font-size: 8.5pt; color: #666; }}
.fakta {{ float: right; width: 58mm; margin: 2px 0 8px 10px; background: #f1eeee; padding: 6px 9px;
  font-family: "Liberation Sans", Arial, sans-serif; font-size: 8.5pt; }}
.fakta h3 {{ font-size: 10pt; margin: 0 0 3px; }}
.fakta ul {{ margin: 0; padding-left: 14px; }}
p.goal {{ font-weight: bold; margin: 0 0 5px; break-after: avoid; }}
p.strat {{ margin: 0 0 7px; text-align: justify; hyphens: manual; }}
.kontakt {{ border: 1px solid #c8b8ba; padding: 6px 9px; margin-top: 12px; font-size: 9pt;
  font-family: "Liberation Sans", Arial, sans-serif; }}
footer {{ font-family: "Liberation Sans", Arial, sans-serif; font-size: 8pt; color: #666; border-top: 1px solid #ccc;
  margin-top: 12px; padding-top: 3px; }}
</style></head><body>
<header class="site"><span class="logo">Norrbacka kommun</span>
<nav><a href="#">Trafik och gator</a><a href="#">Bo och bygga</a><a href="#">Kommun och politik</a>
<a href="#">Kontakta oss</a></nav></header>
<div class="crumbs">Startsida › Kommun och politik › Planer och styrdokument › Hållbart resande</div>
<h1>{e(plan.title)}</h1>
<div class="upd">Antagen av kommunfullmäktige 23 april 2026, § 58 · Senast uppdaterad 2 maj 2026</div>
<div class="fakta"><h3>Snabbfakta: så reser vi i Norrbacka</h3><ul>
<li>62 procent av arbetsresorna görs med bil.</li>
<li>11 procent av resorna till skolan görs med cykel.</li>
<li>Hälften av invånarna bor mindre än 3 km från sin arbetsplats.</li>
<li>Kommunens egna bilar körde 1,1 miljoner km under 2025.</li></ul></div>
<p class="ingress">Handlingsplanen visar hur kommunen ska göra det lättare att gå, cykla och åka kollektivt, och
hur vi minskar utsläppen från våra egna resor.</p>
<p>Planen bygger på översiktsplanen och på de transportpolitiska målen, där det övergripande målet är att
transportförsörjningen ska vara samhällsekonomiskt effektiv och långsiktigt hållbar för medborgarna och
näringslivet i hela landet. Planen följs upp varje år i kommunens årsredovisning.</p>
<p>Så läser du planen: under varje mål beskriver vi våra strategier. Efter varje strategi står de aktiviteter
vi ska genomföra, med den förvaltning eller enhet som är ansvarig och när aktiviteten ska vara klar.</p>
"""]
    for gi, (gtext, strats) in enumerate(tree, start=1):
        parts.append(f"<h2>Mål {gi}</h2>\n<p class=\"goal\">{e(gtext)}</p>\n")
        for si, (stext, acts) in enumerate(strats, start=1):
            parts.append(strategy_par(gi, si, stext, acts))
    parts.append("""<h2>Det här har vi gjort 2022–2025</h2>
<ul><li>Byggt 4,5 km ny gång- och cykelväg mellan Björkhagen och Ängsby.</li>
<li>Infört lånecyklar för personalen vid kommunhuset.</li>
<li>Sänkt hastigheten till 40 km/h i hela centralorten.</li></ul>
<div class="kontakt"><b>Kontakt:</b> Trafikplanerare, samhällsbyggnadsförvaltningen, telefon 0123-456 00,
trafik@norrbacka.se</div>
<footer>Norrbacka kommun · Storgatan 1 · 987 65 Norrbacka · www.norrbacka.se</footer>
</body></html>
""")
    src = d / f"{slug}.html"
    src.write_text("".join(parts), encoding="utf-8")
    pdf = mb.chromium_pdf(src, d / f"{slug}.pdf")
    write_gold(plan, pdf)
    return plan, pdf



# =========================================================================== 4 US housing element, programs linked by policy code (reportlab)


@plan_builder
def build_housing_element_policy_codes() -> tuple[Plan, Path]:
    """English (US) general-plan housing element generated with reportlab on Letter pages: goals
    'GOAL H-n' and policies 'Policy H-n.m' in the text, and an Implementation Program table whose
    programs link to the policies only through codes in a 'Related Policies' column."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import inch
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (
        KeepTogether,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    slug = "housing-element-policy-codes"
    cdd, pln, hsg = "Community Development Department", "Planning Division", "Housing Division"
    goals_policies = [
        ("Adequate sites for new housing to meet the needs of households at all income levels.", [
            "Maintain an inventory of sites suitable for housing and make it available to developers.",
            "Allow housing by right on commercial land along transit corridors.",
        ]),
        ("Preservation and improvement of the existing housing stock.", [
            "Help lower-income homeowners repair and maintain their homes.",
            "Prevent the loss of mobile home parks and other housing that is affordable without subsidy.",
        ]),
        ("Housing for people with special needs and for people experiencing homelessness.", [
            "Work with the County and nonprofit providers to expand permanent supportive housing.",
            "Remove barriers to accessible housing for seniors and people with disabilities.",
        ]),
        ("Fair housing and equal access to housing for all residents.", [
            "Affirmatively further fair housing in all City programs and decisions.",
        ]),
    ]
    # (action, responsible printed, owners, timeframe or None, kind, related policy codes)
    programs = [
        ("Publish the sites inventory on the City website as an interactive map", cdd, [cdd], "June 2026",
         "period", ["1.1"]),
        ("Amend the Zoning Code to allow multifamily housing by right in the Mixed-Use Corridor zone", pln, [pln],
         "December 2026", "period", ["1.2"]),
        ("Adopt objective design standards for multifamily and mixed-use projects", pln, [pln], "2027", "period",
         ["1.2"]),
        ("Reduce parking requirements for housing within half a mile of a transit stop",
         "Planning Division and Public Works", [pln, "Public Works"], "2027", "period", ["1.2"]),
        ("Fund 25 home repair grants a year for lower-income homeowners", hsg, [hsg], "Ongoing", "continuous",
         ["2.1"]),
        ("Adopt a mobile home park conversion ordinance", "City Attorney's Office", ["City Attorney's Office"],
         "March 2027", "period", ["2.2"]),
        ("Create a rental inspection program for buildings with four or more units", "", [], "2028", "period",
         ["2.1", "2.2"]),
        ("Partner with the County to open a 40-bed navigation center", hsg, [hsg], "FY 2027–28", "period", ["3.1"]),
        ("Give priority to permanent supportive housing in Housing Trust Fund loans", hsg, [hsg], "2026–2033",
         "period", ["3.1"]),
        ("Waive building permit fees for accessibility retrofits in owner-occupied homes", "Building Division",
         ["Building Division"], "January 2027", "period", ["3.2"]),
        ("Require 10 percent of new units in projects of 20 or more units to be accessible", pln, [pln], "2028",
         "period", ["3.2"]),
    ]
    goals, strategies, measures = [], [], []
    for gi, (gtext, pols) in enumerate(goals_policies, start=1):
        goals.append(G(f"G{gi}", gtext))
        for pi, ptext in enumerate(pols, start=1):
            strategies.append(S(f"S{gi}.{pi}", ptext, [f"G{gi}"]))
    for n, (text, _p, owners, when, kind, rel) in enumerate(programs, start=1):
        gids = sorted({f"G{r.split('.')[0]}" for r in rel})
        note = ("empty Responsible Department cell" if not owners else
                f"Related Policies '{', '.join('H-' + r for r in rel)}'" if len(rel) > 1 else "")
        measures.append(M(f"M{n}", text, gids, owners, when, kind, strategies=[f"S{r}" for r in rel], note=note))
    plan = Plan(
        slug=slug, language="en", title="Housing Element 2026–2033", period=(2026, 2033),
        goals=goals, strategies=strategies, measures=measures, source_ext="py",
        notes="""
Generated with reportlab (Liberation Serif body, Liberation Sans headings and tables, embedded
TrueType subsets), US LETTER pages (612×792 pt), as a US city's general-plan chapter: running
header 'City of Marlow Springs General Plan' and chapter page numbers 'H-1', 'H-2', ... in the
footer. English (US). Section 3 'Goals and Policies': each goal is a shaded band with a bold
'GOAL H-n' label and the goal (a noun phrase, not a sentence with 'will'; gold text without the
label), followed by its policies as paragraphs with a bold 'Policy H-n.m' label and a hanging indent
(policies = strategies; gold text without the label). Section 4 'Implementation Program' is one
table 'Program | Action | Responsible Department | Timeframe | Related Policies' (programs numbered
1–11); the table starts at the foot of p. 1 with its header and program 1 only, and goes on on
p. 2 under the repeated header row (repeatRows=1). A program links to policies ONLY through the codes
in 'Related Policies' ('H-2.1, H-2.2' = two strategy links); its goals are the goals of those
policies; the goals and policies are not repeated in the table. Policy H-4.1 is in no program's
Related Policies, so goal H-4 has no measure (goal-has-measure, error) and policy H-4.1 none
(strategy-has-measure, warning). One empty Responsible Department cell (measure-has-owner, error);
'Ongoing' is continuous (warning). 'Planning Division and Public Works' two owners; 'Community
Development Department', "City Attorney's Office" one each. Timeframe forms: 'June 2026', 'December
2026', '2027', 'Ongoing', 'March 2027', '2028', 'FY 2027–28' (a fiscal year, July–June), '2026–2033',
'January 2027'. Traps: the state-law 'must'/'shall' requirements in section 1, the RHNA figures by income
category in section 2 and the Quantified Objectives table (targets, not measures), and
'Accomplishments under the 2018–2025 Housing Element' (past tense).""",
    )
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    pdf = d / f"{slug}.pdf"
    fontdir = Path("/usr/share/fonts/truetype/liberation")
    for name, fn in (("LSerif", "LiberationSerif-Regular"), ("LSerif-Bold", "LiberationSerif-Bold"),
                     ("LSerif-Italic", "LiberationSerif-Italic"), ("LSans", "LiberationSans-Regular"),
                     ("LSans-Bold", "LiberationSans-Bold")):
        pdfmetrics.registerFont(TTFont(name, str(fontdir / f"{fn}.ttf")))
    pdfmetrics.registerFontFamily("LSerif", normal="LSerif", bold="LSerif-Bold", italic="LSerif-Italic")
    pdfmetrics.registerFontFamily("LSans", normal="LSans", bold="LSans-Bold")
    navy = colors.HexColor("#1d3557")
    base = ParagraphStyle("b", fontName="LSerif", fontSize=10.5, leading=14, spaceAfter=6)
    h1 = ParagraphStyle("h1", parent=base, fontName="LSans-Bold", fontSize=20, leading=24, textColor=navy)
    h2 = ParagraphStyle("h2", parent=base, fontName="LSans-Bold", fontSize=13, leading=16, spaceBefore=10,
                        spaceAfter=5, textColor=navy, keepWithNext=1)
    goal_st = ParagraphStyle("g", parent=base, fontName="LSans", fontSize=10.5, leading=14, backColor="#dfe7f0",
                             borderPadding=(4, 5, 4, 5), spaceBefore=9, spaceAfter=7, keepWithNext=1)
    pol_st = ParagraphStyle("p", parent=base, leftIndent=0.95 * inch, firstLineIndent=-0.8 * inch,
                            spaceAfter=4)
    cell = ParagraphStyle("c", parent=base, fontName="LSans", fontSize=8.5, leading=10.5, spaceAfter=0)
    cell_b = ParagraphStyle("cb", parent=cell, fontName="LSans-Bold")
    bullet = ParagraphStyle("li", parent=base, leftIndent=0.25 * inch, bulletIndent=0.08 * inch, spaceAfter=2)
    grid = [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#8a9bb0")), ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#c9d6e6")), ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]

    def table(rows, widths, **kw):
        data = [[Paragraph(c, cell_b if i == 0 else cell) for c in r] for i, r in enumerate(rows)]
        return Table(data, colWidths=[w * inch for w in widths], hAlign="LEFT", style=TableStyle(grid), **kw)

    def story():
        s = [Paragraph("CITY OF MARLOW SPRINGS GENERAL PLAN", ParagraphStyle(
                 "o", parent=base, fontName="LSans-Bold", fontSize=10, textColor=navy)),
             Paragraph("Chapter 5 · " + plan.title, h1),
             Paragraph("Adopted by City Council Resolution No. 2026-14, January 20, 2026",
                       ParagraphStyle("i", parent=base, fontName="LSerif-Italic")),
             Paragraph("1 Introduction", h2),
             Paragraph("State law requires every city to adopt a housing element as part of its general plan. The "
                       "element must identify adequate sites for the city's share of the regional housing need, "
                       "and the city shall review it and report on its progress to the State every year. This "
                       "element covers the planning period from 2026 to 2033.", base),
             Paragraph("Section 3 sets out the City's housing goals and the policies that guide its decisions. "
                       "Section 4 lists the programs that carry out the policies, with the department responsible "
                       "and the timeframe.", base),
             Paragraph("2 Housing Needs", h2),
             Paragraph("The Regional Housing Needs Allocation (RHNA) assigns Marlow Springs 1,240 new units for "
                       "the planning period: 318 very low income, 196 low income, 211 moderate income and 515 "
                       "above moderate income units. One household in three spends more than 30 percent of its "
                       "income on housing, and the number of people experiencing homelessness counted in the "
                       "point-in-time count rose from 41 in 2019 to 77 in 2025.", base),
             Paragraph("3 Goals and Policies", h2)]
        for gi, (gtext, pols) in enumerate(goals_policies, start=1):
            s.append(Paragraph(f"<font name='LSans-Bold'>GOAL H-{gi}</font>&nbsp;&nbsp;&nbsp;{gtext}", goal_st))
            for pi, ptext in enumerate(pols, start=1):
                s.append(Paragraph(f"<b>Policy H-{gi}.{pi}</b>\u00a0\u00a0{ptext}", pol_st))
        rows = [["Program", "Action", "Responsible Department", "Timeframe", "Related Policies"]]
        for n, (text, printed, _o, when, _k, rel) in enumerate(programs, start=1):
            rows.append([str(n), text, printed, when or "", ", ".join(f"H-{r}" for r in rel)])
        s += [Paragraph("4 Implementation Program", h2),
              Paragraph("Each program below carries out one or more of the policies in Section 3. The City "
                        "reports on every program in its Annual Progress Report.", base),
              table(rows, [0.75, 2.65, 1.45, 1.0, 0.95], repeatRows=1),
              Spacer(1, 6),
              KeepTogether([Paragraph("5 Quantified Objectives", h2),
                            table([["Objective", "Extremely / very low", "Low", "Moderate", "Above moderate"],
                                   ["New construction", "318", "196", "211", "515"],
                                   ["Rehabilitation", "60", "90", "–", "–"],
                                   ["Conservation of at-risk units", "48", "112", "–", "–"]],
                                  [1.9, 1.3, 0.8, 0.9, 1.2])]),
              Paragraph("6 Accomplishments under the 2018–2025 Housing Element", h2)]
        for t in ["Approved 860 new housing units, 214 of them affordable to lower-income households.",
                  "Adopted an accessory dwelling unit ordinance and pre-approved ADU plans.",
                  "Rehabilitated 142 homes through the Owner-Occupied Rehabilitation Program."]:
            s.append(Paragraph(t, bullet, bulletText="•"))
        return s

    def onpage(canvas, doc):
        w, h = canvas._pagesize
        canvas.saveState()
        canvas.setFont("LSans", 8.5)
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.drawString(0.9 * inch, h - 0.55 * inch, "City of Marlow Springs General Plan")
        canvas.drawRightString(w - 0.9 * inch, h - 0.55 * inch, "Housing Element")
        canvas.drawCentredString(w / 2, 0.5 * inch, f"H-{doc.page}")
        canvas.restoreState()

    doc = SimpleDocTemplate(str(pdf), pagesize=letter, leftMargin=0.9 * inch, rightMargin=0.9 * inch,
                            topMargin=0.8 * inch, bottomMargin=0.8 * inch, title=plan.title,
                            author="City of Marlow Springs", creator="City of Marlow Springs", invariant=1)
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
