"""Build the twenty-first batch of blind authored plans (corpora/authored/<slug>/), in layouts not yet in
the corpus: a Swedish plan whose goals stand ONLY IN THE RUNNING HEADER of the landscape page of each
goal (one Word section per goal, its own header; python-docx → LibreOffice); a nynorsk plan with
ROMAN-NUMERAL hovudmål and LETTERED delmål whose measure table has a TWO-ROW HEADER ('Ansvar' over
'Hovudansvar | Medansvar', 'Tidsplan' over 'Start | Slutt'; reportlab); a bokmål school plan kept as a
CHECKLIST (☐ / ☑ boxes, a status column, deadlines only as school terms and tertials 'HT 2026', 'VT 2027',
'2. tertial 2027'; odfpy → LibreOffice); a Danish plan published as a web page with ACCORDIONS printed
expanded (<details open>), an FAQ accordion in the same look (Chromium).

    python corpora/scripts/make_blind_corpus21.py              # every plan
    python corpora/scripts/make_blind_corpus21.py SLUG ...     # some of them
    python corpora/scripts/make_blind_corpus21.py --verify     # check gold against the PDFs
    python corpora/scripts/make_blind_corpus21.py --twice      # build twice, compare sha256

Generic helpers from blindkit.py; plan data classes, findings and gold writer from make_blind_corpus.py
(its Odt writer too), the pdftotext check from make_blind_corpus3.py. Gold files carry `held_out: true`
and were committed before plancheck was run on the documents.
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
from make_blind_corpus import G, M, Plan  # noqa: E402

ROOT = HERE.parents[1]
OUT = ROOT / "corpora" / "authored"

PLANS, plan_builder, write_gold = mb.builder_registry("make_blind_corpus21.py")
E = lambda s: _h.escape(s, quote=False)  # noqa: E731


def _gold_by_pdftotext(plan: Plan, pdf: Path, **kw) -> Path:
    """write_gold with the pages looked up as pdftotext reads them (pdfplumber interleaves the lines of
    narrow wrapped cells)."""
    return bk.gold_by_pdftotext(write_gold, plan, pdf, **kw)


def _measures(rows: dict, outside: str, diffuse_prefix: tuple[str, ...]) -> list[M]:
    """rows: {goal id: [(text, printed owner, owners, deadline, kind, note), …]} → M list, ids M<g>.<k>."""
    out = []
    for gid, items in rows.items():
        for k, (text, _a, owners, when, kind, note) in enumerate(items, start=1):
            out.append(M(f"M{gid}.{k}", text, [gid], owners, when or None, kind if when else None,
                         diffuse=tuple(o for o in owners if o.startswith(diffuse_prefix)),
                         outside=(when == outside), note=note))
    return out


# =========================================================================== 1 Swedish: goals only in the running header


@plan_builder
def build_nedskrapning_sidhuvud_sv() -> tuple[Plan, Path]:
    """Swedish action plan against littering: p. 1 portrait background, then ONE LANDSCAPE SECTION PER GOAL
    whose own running header carries 'Mål n: <sentence>' — the goal is printed nowhere else."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    slug = "nedskrapning-sidhuvud-sv"
    areas = ["Ett renare centrum", "Stränder och natur", "Skolor och unga", "Handel och evenemang"]
    goals_t = [
        "Nedskräpningen i Storviks centrum ska halveras till 2028 jämfört med skräpmätningen 2024",
        "Badplatser, stränder och strövområden ska vara fria från skräp under hela badsäsongen",
        "Alla barn och unga i Storvik ska veta varför skräp i naturen är skadligt och hur de kan bidra",
        "Handeln och arrangörerna ska ta ett större eget ansvar för skräpet kring butiker och evenemang",
    ]
    gata, mhe, fri = "Gatuenheten", "Miljö- och hälsoskyddsenheten", "Fritidsenheten"
    rows = {
        "G1": [
            ("Byta ut 60 papperskorgar i centrum mot större korgar med lock och fyllnadsgivare", gata, [gata],
             "hösten 2026", "period", ""),
            ("Tömma papperskorgarna på torget och vid resecentrum två gånger per dag från maj till september",
             gata, [gata], "Varje sommar", "recurring", "'Varje sommar' recurring"),
            ("Göra en skräpmätning enligt Håll Sverige Rents metod på tolv platser i centrum", mhe, [mhe],
             "Varje år", "recurring", "'Varje år' recurring"),
            ("Sätta upp skyltar och dekaler om nedskräpningsböter vid de tio mest nedskräpade platserna",
             "Miljö- och hälsoskyddsenheten och Gatuenheten", [mhe, gata], "2027-03-31", "date",
             "two owners joined by 'och'"),
        ],
        "G2": [
            ("Ställa ut sopkärl för sortering vid alla sju kommunala badplatser", fri, [fri], "juni 2026", "period", ""),
            ("Anordna städdagar vid Storsjöns stränder tillsammans med föreningar och skolor", "", [], "Varje vår",
             "recurring", "empty Ansvarig: no owner; 'Varje vår' recurring"),
            ("Kartlägga skräp i strövområdena kring Ravinen och Norrskogen med hjälp av en app där allmänheten "
             "kan rapportera", mhe, [mhe], "", None, "empty Klart: no deadline"),
        ],
        "G3": [
            ("Erbjuda alla förskolor och skolor materialet Skräpplockardagarna", "Barn- och utbildningsförvaltningen",
             ["Barn- och utbildningsförvaltningen"], "Varje höst", "recurring", "'Varje höst' recurring"),
            ("Låta fritidsgården Navet ta fram en kampanj mot nedskräpning som unga själva utformar",
             "Fritidsgården Navet", ["Fritidsgården Navet"], "vårterminen 2027", "period", ""),
            ("Ge feriearbetande ungdomar uppdrag att plocka skräp och informera om sortering", "Alla förvaltningar",
             ["Alla förvaltningar"], "sommaren 2026", "period", "'Alla förvaltningar' diffuse"),
            ("Utvärdera kampanjen och elevernas kunskaper med en enkät i årskurs 5 och 8",
             "Barn- och utbildningsförvaltningen", ["Barn- och utbildningsförvaltningen"], "2029", "period",
             "'2029' after the plan period 2026–2028"),
        ],
    }
    goals = [G(f"G{i}", t, focus_area=f"F{i}") for i, t in enumerate(goals_t, start=1)]
    measures = _measures(rows, "2029", ("Alla",))
    plan = Plan(
        slug=slug, language="sv", title="Handlingsplan mot nedskräpning 2026–2028", period=(2026, 2028),
        goals=goals, measures=measures,
        focus_areas=[(f"F{i}", a) for i, a in enumerate(areas, start=1)],
        notes="""
python-docx → LibreOffice 7.4. PDF p. 1 A4 portrait (title, Bakgrund, a 'Skräpmätning' statistics table,
the national environmental quality objective 'God bebyggd miljö' quoted with its 'ska', 'Så läser du
planen', a done list 2023–2025, the working group); PDF pp. 2–5 A4 LANDSCAPE, one Word SECTION per
målområde, each with its OWN RUNNING HEADER (unlinked from the previous section): line 1 'Storviks
kommun · Handlingsplan mot nedskräpning 2026–2028', line 2 in bold colour 'Mål n: <goal sentence>'. The
goal sentence is printed ONLY in that header — the body of the page has the heading 'Målområde n – <short
name>' (a focus area), a paragraph 'Därför behövs insatser' (challenge), and the table 'Åtgärd |
Ansvarig | Klart | Kostnad'. Footer 'Sida n av 5'. Gold: goals = the header sentences (kind goal, page =
the page whose header prints it), without 'Mål n:'; focus areas = the 'Målområde' headings (short names,
not goals); each measure links to the goal in the header of its page. Owners as printed
('Miljö- och hälsoskyddsenheten och Gatuenheten' = two units; 'Barn- och utbildningsförvaltningen' one);
'Alla förvaltningar' diffuse; empty Ansvarig = no owner (error). Deadlines as printed: 'hösten 2026',
'juni 2026', 'vårterminen 2027', 'sommaren 2026' period; '2027-03-31' date; 'Varje sommar', 'Varje år',
'Varje vår', 'Varje höst' recurring (warnings); empty Klart = no deadline (error); '2029' after 2026–2028.
Goal 4 (handel och evenemang): its page holds only a note that the measures come when the agreement with
Storviks Handel is signed ('hösten 2026' in that note is no deadline) → goal-has-measure; the
'Uppföljning' chapter follows on the same page (under the same header). 'Kostnad' amounts are costs.
""")
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    blue = "1B5E7A"
    doc = dh.new_document(font="Liberation Sans", size=10.5, margins_mm=20, heading_color=blue)
    mb.docx_lang(doc, "sv-SE")

    def header_footer(sec, goal_line: str | None):
        hdr = sec.header
        hdr.is_linked_to_previous = False
        p = hdr.paragraphs[0]
        p.text = ""
        r = p.add_run("Storviks kommun · " + plan.title)
        r.font.size = Pt(8.5)
        r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
        p.paragraph_format.space_after = Pt(2)
        if goal_line:
            q = hdr.add_paragraph()
            r = q.add_run(goal_line)
            r.bold = True
            r.font.size = Pt(11.5)
            r.font.color.rgb = RGBColor.from_string(blue)
            q.paragraph_format.space_after = Pt(4)
            dh._para_border(q, "bottom", sz=8, color=blue)
        else:
            dh._para_border(p, "bottom")
        ftr = sec.footer
        ftr.is_linked_to_previous = False
        f = ftr.paragraphs[0]
        f.text = ""
        f.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        for part in ("Sida ", ("PAGE",), " av ", ("NUMPAGES",)):
            if isinstance(part, tuple):
                dh.add_field(f, part[0], "1", size=8.5)
            else:
                f.add_run(part).font.size = Pt(8.5)

    header_footer(doc.sections[0], None)
    dh.para(doc, "STORVIKS KOMMUN", size=9, bold=True, color=blue, space_after=2)
    dh.para(doc, plan.title, bold=True, size=20, color=blue, space_after=3)
    dh.para(doc, "Antagen av kommunstyrelsen 2026-02-10, § 23 · Dnr KS 2025/0412", italic=True, size=9.5,
            space_after=10)
    dh.heading(doc, "Bakgrund", 1)
    dh.para(doc, "Skräp på gator, torg och stränder är något av det som invånarna i Storvik oftast klagar på i "
                 "medborgarenkäten. Nedskräpningen kostar kommunen omkring 2,4 miljoner kronor om året i "
                 "städning, och plast och fimpar hamnar till slut i Storsjön. Planen visar vad kommunen ska göra "
                 "under 2026–2028, tillsammans med föreningar, skolor och handel.")
    dh.para(doc, "Planen bidrar till miljökvalitetsmålet God bebyggd miljö, där riksdagen har angett att städer, "
                 "tätorter och annan bebyggd miljö ska utgöra en god och hälsosam livsmiljö. Det är ett nationellt "
                 "mål och inte ett av planens mål.")
    dh.para(doc, "Skräpmätning 2024", bold=True, space_before=4, space_after=2, keep_with_next=True)
    w = [70, 30, 30, 30]
    t = dh.new_table(doc, w)
    dh.add_row(t, ["Plats", "Skräp per 10 m²", "varav fimpar", "Jämfört med 2022"], w, size=9, bold=True,
               fill="DDEBF1")
    for r in [("Stora torget", "14,2", "61 %", "+8 %"), ("Resecentrum", "11,7", "55 %", "+3 %"),
              ("Strandpromenaden", "6,9", "38 %", "–4 %")]:
        dh.add_row(t, list(r), w, size=9)
    dh.para(doc, "Källa: Håll Sverige Rent, Skräpmätningar kommuner 2024.", italic=True, size=8.5, space_before=2)
    dh.heading(doc, "Så läser du planen", 2)
    dh.para(doc, "Planen har fyra målområden. Varje målområde har en egen sida, och målet för området står "
                 "överst på sidan. Under målet finns de åtgärder som ska genomföras, vem som ansvarar och när "
                 "åtgärden ska vara klar.")
    dh.heading(doc, "Det här har vi gjort 2023–2025", 2)
    num = dh.add_num(doc, dh.add_abstract_num(doc, "bullet"))
    for s in ["infört pant på burkar vid Storsjöfestivalen", "satt upp 40 askkoppar vid busshållplatser",
              "anställt en sommarstädpatrull med sex ungdomar"]:
        dh.list_item(doc, s, num)
    dh.para(doc, "Arbetsgrupp: miljöstrateg (sammankallande), gatuchef, fritidschef, en rektor, Storviks Handel och "
                 "Naturskyddsföreningen Storvik.", size=9.5, space_before=4)

    why = {
        1: "Torget och resecentrum har mest skräp i kommunen, och mängden fimpar har ökat sedan 2022. Många "
           "papperskorgar blir överfulla under helger.",
        2: "Under badsäsongen ökar skräpet vid badplatserna kraftigt. Det saknas kärl för sortering, och "
           "allmänheten vet inte vart de ska vända sig när de hittar dumpat avfall i skogen.",
        3: "Unga skräpar ner mer än andra grupper enligt Håll Sverige Rents undersökningar, men de vill också "
           "gärna vara med och göra något åt det.",
        4: "En stor del av skräpet i centrum är förpackningar från butiker och snabbmatsrestauranger. Vid "
           "större evenemang får kommunen städa efter arrangörerna.",
    }
    wt = [118, 62, 36, 41]
    for gi, gtext in enumerate(goals_t, start=1):
        sec = dh.add_section(doc, landscape=True, margins_mm=18)
        header_footer(sec, f"Mål {gi}: {gtext}")
        dh.heading(doc, f"Målområde {gi} – {areas[gi - 1]}", 1)
        dh.para(doc, "Därför behövs insatser", bold=True, space_after=2)
        dh.para(doc, why[gi])
        gid = f"G{gi}"
        if gid in rows:
            t = dh.new_table(doc, wt)
            hdr = dh.add_row(t, ["Åtgärd", "Ansvarig", "Klart", "Kostnad"], wt, size=9.5, bold=True, fill="DDEBF1")
            dh.set_repeat_header(hdr)
            all_costs = ["450 tkr", "120 tkr/år", "40 tkr/år", "25 tkr", "80 tkr", "Inom ram", "60 tkr",
                         "Inom ram", "15 tkr", "210 tkr/år", "Inom ram"]
            costs = all_costs[sum(len(rows[f"G{k}"]) for k in range(1, gi)):]
            for (text, ans, _o, when, _k, _n), cost in zip(rows[gid], costs, strict=False):
                r = dh.add_row(t, [text, ans, when, cost], wt, size=9.5)
                dh.set_cant_split(r)
        else:
            dh.para(doc, "Åtgärderna för målområdet tas fram tillsammans med Storviks Handel och arrangörerna av "
                         "Storsjöfestivalen. De läggs till i planen när samverkansavtalet är undertecknat, vilket "
                         "beräknas ske hösten 2026.", italic=True)
            dh.heading(doc, "Uppföljning", 1)
            dh.para(doc, "Miljö- och hälsoskyddsenheten sammanställer en uppföljning av planen varje år och redovisar "
                         "den för kommunstyrelsens arbetsutskott i samband med årsredovisningen. Resultaten från "
                         "skräpmätningarna publiceras på storvik.se. Planen revideras 2028.")
            dh.para(doc, "Kontakt: miljöstrateg Sanna Ekholm, 0571-18 20 00, miljo@storvik.se", size=9)
    dh.set_core_properties(doc, title=plan.title, author="Storviks kommun")
    src = d / f"{slug}.docx"
    dh.save_deterministic(doc, src)
    pdf = bk.soffice_pdf(src)
    write_gold(plan, pdf, goal_after=2, measure_after=2)
    return plan, pdf



# =========================================================================== 2 nynorsk roman goals, two-row header (reportlab)


@plan_builder
def build_rehabilitering_romartal_nn() -> tuple[Plan, Path]:
    """Nynorsk plan for habilitation and rehabilitation: hovudmål numbered I–IV, delmål lettered a), b), and
    ONE measure table whose header has TWO ROWS: 'Delmål | Tiltak | Ansvar | Tidsplan' over '… | Hovudansvar |
    Medansvar | Start | Slutt'; the Delmål cell holds only 'I a', 'II b', 'IV'."""
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

    slug = "rehabilitering-romartal-nn"
    bk.reportlab_fonts("LS")
    tree = [
        ("I", "Innbyggjarane skal få rehabilitering så tidleg som mogleg og så nær heimen som mogleg", [
            "Alle som treng det, skal få tilbod om kvardagsrehabilitering innan to veker etter vedtak",
            "Fleire skal få rehabilitering heime i staden for på institusjon",
        ]),
        ("II", "Barn og unge med funksjonsnedsetjingar skal få samanhengande og koordinerte tenester", [
            "Alle familiar som har rett på det, skal ha ein koordinator dei kjenner",
            "Overgangane frå barnehage til skule og frå skule til vaksenliv skal vere planlagde i god tid",
        ]),
        ("III", "Brukarane skal ha stor innverknad på si eiga rehabilitering", [
            "Alle som får rehabilitering, skal arbeide mot mål dei har sett seg sjølve",
            "Brukarorganisasjonane skal vere med og utvikle tenestene",
        ]),
        ("IV", "Kommunen skal ha nok tilsette med rett kompetanse innan habilitering og rehabilitering", []),
    ]
    letters = "abcdef"
    ko, te, ks = "Koordinerande eining", "Tildelingskontoret", "Kommunalsjef helse og omsorg"
    # (delmål code printed, goal id, tiltak, hovudansvar printed, owners, medansvar, start, slutt, kind, note)
    rows = [
        ("I a", "Ia", "Utvide kvardagsrehabiliteringsteamet med ein fysioterapeut og ein ergoterapeut",
         "Leiar for heimetenesta", ["Leiar for heimetenesta"], te, "2026", "Haust 2026", "period", ""),
        ("I a", "Ia", "Innføre fast rutine for å vurdere behovet for rehabilitering ved alle nye søknader om "
         "heimetenester", te, [te], "Heimetenesta", "Vår 2026", "31.12.2026", "date", ""),
        ("I b", "Ib", "Opprette to korttidsplassar for rehabilitering ved Heggjeli omsorgssenter",
         "Einingsleiar Heggjeli omsorgssenter", ["Einingsleiar Heggjeli omsorgssenter"], ks, "2027", "2028",
         "period", "Medansvar 'Kommunalsjef helse og omsorg' is a partner, not an owner"),
        ("I b", "Ib", "Ta i bruk digital heimeoppfølging med videokonsultasjon for brukarar som kjem heim frå "
         "sjukehus", "Koordinerande eining og IKT-tenesta", [ko, "IKT-tenesta"], "", "2026", "Vår 2027", "period",
         "two owners joined by 'og'"),
        ("II a", "IIa", "Gi alle nye koordinatorar opplæring i koordinatorrolla og i individuell plan", ko, [ko],
         "Alle einingar", "Haust 2026", "Årleg", "recurring",
         "'Alle einingar' is Medansvar, not an owner (so no diffuse-owner finding); 'Årleg' recurring"),
        ("II a", "IIa", "Samle informasjon om tenestene familiane kan få, på ei eiga side på heggjeli.kommune.no",
         "", [], "Kommunikasjonsrådgivar", "2026", "2026", "period",
         "EMPTY Hovudansvar (Medansvar filled): no owner, error"),
        ("II b", "IIb", "Halde overgangsmøte for alle barn med særlege behov eitt år før skulestart", "PPT", ["PPT"],
         "Barnehagane og skulane", "2026", "Kvart år", "recurring", "'Kvart år' recurring"),
        ("II b", "IIb", "Etablere ansvarsgruppemøte med NAV og vidaregåande skule for elevar med "
         "funksjonsnedsetjingar på 10. trinn", "Rektorane i grunnskulen", ["Rektorane i grunnskulen"], "NAV",
         "Haust 2026", "", None, "Start given, Slutt EMPTY: no deadline (the start is not recorded), error"),
        ("III a", "IIIa", "Ta i bruk samtaleverktøyet «Kva er viktig for deg?» i alle rehabiliteringsforløp",
         "Alle einingsleiarar", ["Alle einingsleiarar"], "", "2026", "Løpande", "continuous",
         "'Alle einingsleiarar' diffuse; 'Løpande' continuous"),
        ("III a", "IIIa", "Gjennomføre ei brukarundersøking blant dei som har fått rehabilitering",
         "Fagutviklingssjukepleiar", ["Fagutviklingssjukepleiar"],
         "Eldrerådet og Rådet for personar med funksjonsnedsetjing", "2027", "2030", "period",
         "'2030' after the plan period 2026–2029"),
        ("IV", "IV", "Lage ein kompetanseplan for habilitering og rehabilitering med mål for vidareutdanning", ks,
         [ks], "HR-avdelinga", "2026", "30.6.2027", "date", "Delmål cell 'IV' = the hovudmål itself"),
        ("IV", "IV", "Tilby to stipend i året til vidareutdanning i rehabilitering for sjukepleiarar og "
         "helsefagarbeidarar", "HR-sjef", ["HR-sjef"], "Einingsleiarane", "2027", "2029", "period", ""),
    ]
    goals = []
    for rn, htext, subs in tree:
        goals.append(G(rn, htext, kind="goal"))
        for li, st in enumerate(subs):
            goals.append(G(f"{rn}{letters[li]}", st, kind="sub_goal", parent=rn))
    measures = []
    count: dict[str, int] = {}
    for _c, gid, text, _a, owners, _med, _start, slutt, kind, note in rows:
        count[gid] = count.get(gid, 0) + 1
        measures.append(M(f"M{gid}.{count[gid]}", text, [gid], owners, slutt or None, kind if slutt else None,
                          diffuse=tuple(o for o in owners if o.startswith("Alle")), outside=(slutt == "2030"),
                          note=note))
    plan = Plan(
        slug=slug, language="nn", title="Handlingsplan for habilitering og rehabilitering 2026–2029",
        period=(2026, 2029), goals=goals, measures=measures, source_ext="pdf",
        notes="""
reportlab (Liberation Sans, invariant), A4 portrait, running header 'Heggjeli kommune · Handlingsplan for
habilitering og rehabilitering 2026–2029' with a rule, footer 'Side n av 3'. Chapter 3 'Mål' lists the
HOVUDMÅL with ROMAN NUMERALS 'I.'–'IV.' (reportlab bullet text, bold sentence) and under each the DELMÅL
LETTERED 'a)', 'b)' (indented bullets); IV has no delmål. Chapter 4 'Tiltak' is ONE ruled table with a
TWO-ROW HEADER: row 1 'Delmål | Tiltak | Ansvar | Tidsplan' ('Delmål' and 'Tiltak' merged down, 'Ansvar'
spanning two columns, 'Tidsplan' spanning two), row 2 'Hovudansvar | Medansvar | Start | Slutt'; both
header rows repeat where the table breaks over the page. The Delmål cell holds only a code: 'I a' = delmål
a) under hovudmål I; 'IV' = hovudmål IV itself. Gold: hovudmål = goal, delmål = sub_goal (parent its
hovudmål), the numerals/letters are not part of the text; a measure links to the goal its code names (a
served delmål serves its hovudmål). OWNERS = 'Hovudansvar' only (split at the 'og' joining two units:
'Koordinerande eining og IKT-tenesta'); 'Medansvar' are partners, not owners, so 'Alle einingar' there is
no diffuse owner and a row with Medansvar but EMPTY Hovudansvar has no owner (error). DEADLINE = the
'Slutt' cell as printed ('Haust 2026', '2028', 'Vår 2027', '2026', '2029' period; '31.12.2026',
'30.6.2027' date; 'Årleg', 'Kvart år' recurring; 'Løpande' continuous: warnings); the 'Start' cell is the
deadline's start, not recorded (as for year columns); a row with a Start and an EMPTY Slutt has no
deadline (error); '2030' after 2026–2029. 'Alle einingsleiarar' (Hovudansvar) diffuse. Delmål III b
(brukarorganisasjonane) has no measure: goal-has-measure. Traps: helse- og omsorgstenestelova's 'skal'
quoted, a 'Rehabilitering i tal' table, a LETTERED list a)–c) of what users told us (not delmål), a list
of what was done, the working group.
""")
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    pdf = d / f"{slug}.pdf"
    W, H = A4
    plum, pale = colors.HexColor("#5b2a4e"), colors.HexColor("#f1e6ee")
    base = ParagraphStyle("b", fontName="LS", fontSize=10, leading=13.6, spaceAfter=5)
    small = ParagraphStyle("s", parent=base, fontSize=8.6, leading=11)
    cell = ParagraphStyle("c", parent=base, fontSize=9, leading=11.4, spaceAfter=0)
    headc = ParagraphStyle("hc", parent=cell, fontName="LS-Bold", textColor=colors.white, fontSize=8.8)
    h1 = ParagraphStyle("h1", parent=base, fontName="LS-Bold", fontSize=19, leading=23, textColor=plum)
    h2 = ParagraphStyle("h2", parent=base, fontName="LS-Bold", fontSize=13.5, leading=17, textColor=plum,
                        spaceBefore=9, spaceAfter=4, keepWithNext=1)
    h3 = ParagraphStyle("h3", parent=base, fontName="LS-Bold", fontSize=10.5, leading=13.5, spaceBefore=4,
                        spaceAfter=2)
    roman = ParagraphStyle("r", parent=base, fontName="LS-Bold", leftIndent=11 * mm, bulletIndent=0,
                           bulletFontName="LS-Bold", spaceBefore=4, spaceAfter=2)
    letter = ParagraphStyle("l", parent=base, leftIndent=19 * mm, bulletIndent=11 * mm, spaceAfter=2)
    total = [0]

    def furniture(canvas, doc):
        canvas.saveState()
        canvas.setFont("LS", 8)
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.drawString(20 * mm, H - 12 * mm, "Heggjeli kommune · " + plan.title)
        canvas.setStrokeColor(plum)
        canvas.line(20 * mm, H - 13.5 * mm, W - 20 * mm, H - 13.5 * mm)
        canvas.drawRightString(W - 20 * mm, 10 * mm, f"Side {doc.page} av {total[0] or 3}")
        canvas.restoreState()

    st = [Paragraph("HEGGJELI KOMMUNE", ParagraphStyle("k", parent=base, fontName="LS-Bold", fontSize=9,
                                                       textColor=plum)),
          Paragraph(plan.title, h1),
          Paragraph("Vedteken i kommunestyret 12. mars 2026, sak 19/26 · Arkivsak 25/884", small), Spacer(1, 4),
          Paragraph("1 Innleiing", h2),
          Paragraph("Habilitering og rehabilitering skal hjelpe folk til å meistre kvardagen og leve eit sjølvstendig "
                    "liv. I Heggjeli blir det fleire eldre, og fleire kjem tidlegare heim frå sjukehuset enn før. "
                    "Samstundes veks talet på barn som treng samansette tenester. Planen viser kva kommunen vil "
                    "gjere i perioden 2026–2029.", base),
          Paragraph("Helse- og omsorgstenestelova § 7-3 seier at kommunen skal ha ei koordinerande eining for "
                    "habilitering og rehabilitering. Forskrifta seier at tenestene skal vere samanhengande og "
                    "planlagde saman med brukaren. Dette er krav frå staten; måla i planen står i kapittel 3.", base),
          Paragraph("Rehabilitering i tal", h3)]
    facts = [["", "2023", "2024", "2025"],
             ["Vedtak om kvardagsrehabilitering", "38", "51", "64"],
             ["Personar med individuell plan", "112", "118", "131"],
             ["Ventetid på fysioterapi (veker)", "7", "9", "8"]]
    st.append(Table(facts, colWidths=[80 * mm, 22 * mm, 22 * mm, 22 * mm], hAlign="LEFT", style=TableStyle([
        ("FONT", (0, 0), (-1, -1), "LS", 9), ("FONT", (0, 0), (-1, 0), "LS-Bold", 9),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, plum), ("LINEBELOW", (0, -1), (-1, -1), 0.6, plum),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)])))
    st += [Paragraph("Kjelde: Kommunalt pasient- og brukarregister og eigne tal.", small),
           Paragraph("2 Mål", h2),
           Paragraph("Planen har fire hovudmål. Under dei fleste hovudmåla står delmål som seier meir presist kva "
                     "vi skal oppnå.", base)]
    for rn, htext, subs in tree:
        block = [Paragraph(E(htext), roman, bulletText=f"{rn}.")]
        for li, stxt in enumerate(subs):
            block.append(Paragraph(E(stxt), letter, bulletText=f"{letters[li]})"))
        st.append(KeepTogether(block))
    st += [Paragraph("3 Tiltak", h2),
           Paragraph("Tabellen viser tiltaka i planperioden. Kolonnen «Delmål» viser kva mål tiltaket høyrer til "
                     "(til dømes I a = hovudmål I, delmål a). <i>Hovudansvar</i> har ansvaret for at tiltaket blir "
                     "gjennomført; <i>medansvar</i> bidreg. <i>Start</i> og <i>slutt</i> viser når arbeidet tek "
                     "til og når det skal vere ferdig.", base)]
    widths = [16 * mm, 53 * mm, 31 * mm, 31 * mm, 17 * mm, 22 * mm]
    data = [[Paragraph("Delmål", headc), Paragraph("Tiltak", headc), Paragraph("Ansvar", headc), "",
             Paragraph("Tidsplan", headc), ""],
            ["", "", Paragraph("Hovudansvar", headc), Paragraph("Medansvar", headc), Paragraph("Start", headc),
             Paragraph("Slutt", headc)]]
    for code, _g, text, ans, _o, med, start, slutt, _k, _n in rows:
        data.append([Paragraph(code, cell), Paragraph(E(text), cell), Paragraph(E(ans), cell),
                     Paragraph(E(med), cell), Paragraph(E(start), cell), Paragraph(E(slutt), cell)])
    tstyle = [("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)), ("SPAN", (2, 0), (3, 0)), ("SPAN", (4, 0), (5, 0)),
              ("BACKGROUND", (0, 0), (-1, 1), plum), ("VALIGN", (0, 0), (-1, -1), "TOP"),
              ("VALIGN", (0, 0), (1, 1), "BOTTOM"), ("LINEBELOW", (2, 0), (-1, 0), 0.5, colors.white),
              ("LINEBEFORE", (3, 1), (3, 1), 0.5, colors.white), ("LINEBEFORE", (5, 1), (5, 1), 0.5, colors.white),
              ("LINEBEFORE", (2, 0), (2, 1), 0.5, colors.white), ("LINEBEFORE", (4, 0), (4, 1), 0.5, colors.white),
              ("GRID", (0, 2), (-1, -1), 0.5, colors.HexColor("#b99bb0")), ("TOPPADDING", (0, 0), (-1, -1), 3.5),
              ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]
    for ri in range(2, len(data)):
        if ri % 2:
            tstyle.append(("BACKGROUND", (0, ri), (-1, ri), pale))
    st.append(Table(data, colWidths=widths, repeatRows=2, hAlign="LEFT", style=TableStyle(tstyle)))
    st += [Spacer(1, 4),
           Paragraph("Tiltak for delmål III b blir avtalte med brukarorganisasjonane i brukarrådet hausten 2026.",
                     small),
           Paragraph("4 Korleis planen er laga", h2),
           Paragraph("Ei arbeidsgruppe med leiaren for koordinerande eining, to fysioterapeutar, ein ergoterapeut, "
                     "ein representant for PPT og to brukarrepresentantar har skrive planen. Vi har hatt eit "
                     "innspelsmøte med brukarar og pårørande. Dette sa dei:", base)]
    for li, s_ in enumerate(["Det er vanskeleg å vite kven ein skal ringje til når noko endrar seg.",
                             "Ventetida på fysioterapi er for lang etter operasjonar.",
                             "Brukarane vil sjølve vere med og bestemme kva dei skal trene på."]):
        st.append(Paragraph(E(s_), letter, bulletText=f"{letters[li]})"))
    st += [Paragraph("Dette har vi fått til sidan førre plan: kvardagsrehabilitering i heile kommunen (2023), "
                     "felles innkomstsamtale i heimetenesta (2024) og eige team for barn med samansette behov "
                     "(2025).", base),
           Paragraph("5 Oppfølging", h2),
           Paragraph("Koordinerande eining rapporterer status for tiltaka til Hovudutval for helse og omsorg kvart "
                     "år i samband med årsmeldinga. Tiltak som krev nye midlar, blir spelte inn til "
                     "økonomiplanen. Planen blir revidert i 2028.", base),
           Paragraph("Kontakt: Heggjeli kommune, Koordinerande eining, Rådhusvegen 2 · post@heggjeli.kommune.no",
                     small)]

    def build(story):
        doc = SimpleDocTemplate(str(pdf), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                                topMargin=20 * mm, bottomMargin=18 * mm, title=plan.title,
                                author="Heggjeli kommune", creator="Heggjeli kommune", invariant=1)
        doc.build(story, onFirstPage=furniture, onLaterPages=furniture)
        return doc.page

    import copy
    total[0] = build(copy.deepcopy(st))
    build(st)
    _gold_by_pdftotext(plan, pdf)
    return plan, pdf


# =========================================================================== 3 bokmål checklist with ☐ / ☑ and school terms (odfpy)


@plan_builder
def build_realfag_sjekkliste() -> tuple[Plan, Path]:
    """Bokmål school plan kept as a CHECKLIST: per goal a table 'Tiltak | Ansvar | Når | Status' whose measure
    cells start with a ballot box ☐ or a checked box ☑; deadlines only as school terms, school years and
    tertials ('HT 2026', 'VT 2027', 'Skoleåret 2026/27', '2. tertial 2027'); a routine checklist in the
    appendix in the same look."""
    slug = "realfag-sjekkliste"
    goals_t = [
        "Elevene skal oppleve realfagene som praktiske, utforskende og relevante",
        "Flere elever skal nå høy måloppnåelse i matematikk på ungdomstrinnet",
        "Alle lærere som underviser i matematikk og naturfag, skal ha god faglig og didaktisk kompetanse i fagene",
        "Barnehagene skal gi barna tidlige erfaringer med tall, former og naturfenomener",
    ]
    sr, ru, br = "Skolefaglig rådgiver", "Rektor Øyfjell ungdomsskole", "Barnehagefaglig rådgiver"
    # (done?, tiltak, ansvar printed, owners, når, kind, status, note)
    rows = {
        "G1": [
            (True, "Kjøpe inn klassesett for programmering og teknologi til alle barneskolene", sr, [sr], "VT 2026",
             "period", "Gjennomført", "☑ done: still a measure of the plan"),
            (False, "Bygge et uteområde for utforskende naturfag ved Øyfjell skole", "Rektor Øyfjell skole",
             ["Rektor Øyfjell skole"], "HT 2026", "period", "Pågår", ""),
            (False, "Arrangere en realfagsdag for 7. trinn sammen med næringslivet i kommunen", "Alle skoler",
             ["Alle skoler"], "Hver VT", "recurring", "Ikke startet", "'Alle skoler' diffuse; 'Hver VT' recurring"),
            (False, "Starte en teknologiklubb i SFO for 3. og 4. trinn", "", [], "2. tertial 2027", "period",
             "Ikke startet", "empty Ansvar: no owner"),
        ],
        "G2": [
            (True, "Kartlegge regneferdighetene til alle elever på 8. trinn og følge opp dem som trenger det", ru,
             [ru], "HT 2026", "period", "Gjennomført", ""),
            (False, "Tilby intensivkurs i matematikk for elever på 10. trinn før eksamen", ru, [ru], "Hvert skoleår",
             "recurring", "Pågår", "'Hvert skoleår' recurring"),
            (False, "Prøve ut fleksibel gruppering på tvers av klasser i matematikk", f"{ru} og PPT", [ru, "PPT"],
             "Skoleåret 2026/27", "period", "Pågår", "two owners joined by 'og'"),
            (False, "Opprette leksehjelp med vekt på matematikk på biblioteket to ettermiddager i uka", "Kultursjef",
             ["Kultursjef"], "1. tertial 2027", "period", "Utsatt til HT 2027",
             "the STATUS 'Utsatt til HT 2027' is not the deadline: the Når cell '1. tertial 2027' is"),
        ],
        "G3": [
            (False, "Gi fire lærere videreutdanning i matematikk gjennom Kompetanse for kvalitet",
             "Kommunalsjef oppvekst", ["Kommunalsjef oppvekst"], "Skoleåret 2027/28", "period", "Pågår", ""),
            (False, "Delta i den desentraliserte kompetanseordningen med utforskende matematikk som tema", sr, [sr],
             "Løpende", "continuous", "Pågår", "'Løpende' continuous"),
            (False, "Opprette et nettverk for realfagslærerne på tvers av skolene", sr, [sr], "", None,
             "Ikke startet", "empty Når: no deadline"),
        ],
        "G4": [
            (True, "Lage en idébank med aktiviteter om tall, former og natur til alle barnehagene", br, [br], "HT 2026",
             "period", "Gjennomført", ""),
            (False, "Gi alle pedagogiske ledere kurs i matematikk i barnehagen", br, [br], "VT 2029", "period",
             "Ikke startet", "'VT 2029' after the plan period 2026–2028"),
        ],
    }
    goals = [G(f"G{i}", t) for i, t in enumerate(goals_t, start=1)]
    measures = _measures({g: [(*r[1:6], r[7]) for r in items] for g, items in rows.items()}, "VT 2029",
                         ("Alle",))
    plan = Plan(
        slug=slug, language="nb", title="Handlingsplan for realfag og teknologi 2026–2028", period=(2026, 2028),
        goals=goals, measures=measures, source_ext="odt",
        notes="""
odfpy → LibreOffice 7.4, A4 portrait, header 'Øyfjell kommune · Realfagsplan 2026–2028 · revidert
september 2026', footer 'Side n'. The plan is kept as a CHECKLIST: under each 'Mål n' (heading 2 + bold
sentence) a ruled table 'Tiltak | Ansvar | Når | Status' whose Tiltak cell starts with a BALLOT BOX '☐'
(U+2610) or a CHECKED BOX '☑' (U+2611) and two spaces (the glyph comes from LibreOffice's fallback font);
Status 'Gjennomført' / 'Pågår' / 'Ikke startet' / 'Utsatt til HT 2027'. Gold: measure text without the box
(like a bullet); a CHECKED measure is still a measure of the plan (done, not removed). Owners from 'Ansvar'
('Rektor Øyfjell ungdomsskole og PPT' = two; 'Alle skoler' diffuse; empty = no owner, error). Deadlines
ONLY as school terms, school years and tertials, as printed: 'VT 2026', 'HT 2026', 'Skoleåret 2026/27',
'Skoleåret 2027/28', '1. tertial 2027', '2. tertial 2027' period; 'Hver VT', 'Hvert skoleår' recurring,
'Løpende' continuous (warnings); empty Når = no deadline (error); 'VT 2029' after 2026–2028. The STATUS
column is never the deadline ('Utsatt til HT 2027' says the work slipped; the deadline stays '1. tertial
2027'). Traps: the national strategy's 'skal' quoted, a table of national test results, a legend line
'☑ = gjennomført · ☐ = ikke gjennomført' and a key explaining HT / VT / tertial (standard school words, so
no timeframe_key), a done list, and in the APPENDIX 'Sjekkliste for realfagsdagen' — a routine ☐ list
(bus, consent forms …) with no owner or time that is a form for the day, not measures of the plan.
""")
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    od = mb.Odt(lang="nb", country="NO", header="Øyfjell kommune · Realfagsplan 2026–2028 · revidert september 2026",
                footer_text="Side", size=10.5)
    od.style("Small", size=8.5, italic=True, after=0.2)
    od.style("Goal", size=10.5, bold=True, after=0.15, keep=True)
    od.style("Item", size=10.5, after=0.1, indent_cm=0.6, hanging_cm=0.5)
    od.style("Legend", size=9.5, after=0.2, fill="#eef3e6", padding="0.15cm", border="0.5pt solid #8aa36a")
    od.p("ØYFJELL KOMMUNE · OPPVEKST", "Small")
    od.p(plan.title, "Title")
    od.p("Vedtatt av hovedutvalg for oppvekst 4. februar 2026, sak 6/26 · Revidert status september 2026", "Small")
    od.h("1 Om planen", 1)
    od.p("Øyfjell ble realfagskommune i 2025. Som realfagskommune forplikter vi oss til å jobbe systematisk med "
         "matematikk, naturfag og teknologi fra barnehagen til 10. trinn. Denne planen samler tiltakene for "
         "2026–2028 og brukes som sjekkliste i oppvekstledermøtene.")
    od.p("Den nasjonale realfagsstrategien «Tett på realfag» sier at barn og unge skal ha god kompetanse i realfag "
         "og at flere skal velge realfag. Det er nasjonale mål som denne planen bygger på; kommunens egne mål står "
         "i kapittel 2.")
    od.p("**Nasjonale prøver i regning, 8. trinn (skalapoeng)**")
    od.table([6.0, 2.5, 2.5, 2.5], [["", "2023", "2024", "2025"], ["Øyfjell kommune", "47", "48", "46"],
                                   ["Fylket", "49", "49", "49"], ["Nasjonalt", "50", "50", "50"]])
    od.p("Kilde: Udir, Skoleporten.", "Small")
    od.h("Slik leser du sjekklistene", 2)
    od.p("☑ = gjennomført     ☐ = ikke gjennomført ennå", "Legend")
    od.p("«Når» viser når tiltaket skal være gjennomført. HT betyr høstterminen (august–desember) og VT "
         "vårterminen (januar–juni). Et tertial er fire måneder: 1. tertial er januar–april, 2. tertial mai–august "
         "og 3. tertial september–desember. Kolonnen «Status» er oppdatert per 31. august 2026.")
    od.p("**Dette fikk vi til i 2025**")
    for s_ in ["alle 5.-klassinger var på besøk i kraftstasjonen i Øyfjelldalen",
               "to lærere fullførte videreutdanning i naturfag",
               "barnehagene fikk hver sin forskerkasse"]:
        od.p(f"•\t{s_}", "Item")
    od.h("2 Mål og tiltak", 1)
    widths = [8.6, 3.6, 2.4, 2.4]
    for gi, gtext in enumerate(goals_t, start=1):
        od.h(f"Mål {gi}", 2)
        od.p(gtext, "Goal")
        table = [["Tiltak", "Ansvar", "Når", "Status"]]
        for done, text, ans, _o, when, _k, status, _n in rows[f"G{gi}"]:
            table.append([("☑" if done else "☐") + "\u2002" + text, ans, when, status])
        od.table(widths, table, header_fill="#dfe8d2", border="0.5pt solid #8aa36a")
    od.h("3 Oppfølging", 1)
    od.p("Sjekklistene gås gjennom i oppvekstledermøtet hvert tertial. Skolefaglig rådgiver oppdaterer statusen og "
         "rapporterer til hovedutvalg for oppvekst i forbindelse med tertialrapportene. Planen rulleres høsten 2027.")
    od.h("Vedlegg: Sjekkliste for realfagsdagen", 2)
    od.p("Skolene bruker denne listen når de forbereder realfagsdagen på 7. trinn.", "Small")
    for s_ in ["Buss bestilt og bekreftet", "Samtykke fra foresatte samlet inn", "Vernebriller og utstyr kontrollert",
               "Lunsj avtalt med vertsbedriften", "Elevene fordelt i grupper"]:
        od.p(f"☐\u2002{s_}", "Item")
    src = od.save(d / f"{slug}.odt", title=plan.title, author="Øyfjell kommune")
    pdf = bk.soffice_pdf(src)
    pages = mb.pdf_pages(pdf)
    ch2 = next(i for i, t in enumerate(pages, start=1) if mb._squash("2 Mål og tiltak") in t)
    write_gold(plan, pdf, goal_after=ch2, measure_after=ch2)
    return plan, pdf


# =========================================================================== 4 Danish web page with accordions printed expanded (Chromium)


@plan_builder
def build_cykling_harmonika_da() -> tuple[Plan, Path]:
    """Danish cycling action plan as a municipal CMS page: each indsatsområde an ACCORDION item (<details
    open>, a bar with the area name and a '−' toggle) whose panel holds 'Målsætning: <sentence>' and a small
    table 'Indsats | Ansvarlig | Hvornår'; an FAQ accordion in the same look; printed from Chromium with every
    item expanded."""
    slug = "cykling-harmonika-da"
    areas = ["Sikre skoleveje", "Sammenhængende cykelstier", "Cyklen til arbejde", "Parkering og skift til bus og tog"]
    goals_t = [
        "Mindst 70 procent af eleverne i 4.–9. klasse skal cykle eller gå til skole i 2029",
        "Cykelstierne mellem Hesselbæk, Ørby og Lund skal hænge sammen, så man kan cykle trygt mellem byerne",
        "Flere borgere skal vælge cyklen til og fra arbejde",
        "Det skal være nemt at parkere cyklen og skifte til bus og tog",
    ]
    vt, pb = "Vej og Trafik", "Plan og Byg"
    rows = {
        "G1": [
            ("Gennemføre en trafiksikkerhedsvurdering af skolevejene ved alle otte folkeskoler", vt, [vt], "2026",
             "period", ""),
            ("Etablere cykelgader og sikre krydsninger ved Ørby Skole og Lundskolen", vt, [vt], "efteråret 2027",
             "period", ""),
            ("Tilbyde cyklistprøve og cykelundervisning for alle elever i 6. klasse", "Alle skoler", ["Alle skoler"],
             "hvert forår", "recurring", "'Alle skoler' diffuse; 'hvert forår' recurring"),
            ("Uddele cykelhjelme og lygter til alle elever i 0. klasse", "", [], "ultimo 2026", "period",
             "empty Ansvarlig: no owner"),
        ],
        "G2": [
            ("Anlægge en dobbeltrettet cykelsti langs Ørbyvej mellem Hesselbæk og Ørby (3,2 km)", pb, [pb], "2028",
             "period", ""),
            ("Forbedre belysningen på den gamle banesti mellem Lund og Hesselbæk", vt, [vt], "1. halvår 2027",
             "period", ""),
            ("Rydde sne og salte på cykelstierne før kørebanerne efter en ny vintertjenesteplan", "Drift og Anlæg",
             ["Drift og Anlæg"], "løbende", "continuous", "'løbende' continuous"),
        ],
        "G3": [
            ("Indgå cykelpartnerskaber med de ti største arbejdspladser i kommunen", "Erhverv og Udvikling",
             ["Erhverv og Udvikling"], "3. kvartal 2027", "period", "'Erhverv og Udvikling' is ONE unit"),
            ("Stille elcykler til rådighed for kommunens medarbejdere til kørsel i arbejdstiden",
             "Personaleafdelingen og Indkøb", ["Personaleafdelingen", "Indkøb"], "primo 2027", "period",
             "two owners joined by 'og'"),
            ("Gennemføre kampagnen «Vi cykler til arbejde» sammen med Cyklistforbundet", "Sundhed og Forebyggelse",
             ["Sundhed og Forebyggelse"], "", None, "'Sundhed og Forebyggelse' ONE unit; empty Hvornår: no deadline"),
            ("Undersøge en supercykelsti til nabokommunens banegård", pb, [pb], "2031", "period",
             "'2031' after the plan period 2026–2029"),
        ],
    }
    goals = [G(f"G{i}", t, focus_area=f"F{i}") for i, t in enumerate(goals_t, start=1)]
    measures = _measures(rows, "2031", ("Alle",))
    plan = Plan(
        slug=slug, language="da", title="Cykelhandleplan 2026–2029", period=(2026, 2029), goals=goals,
        measures=measures, focus_areas=[(f"F{i}", a) for i, a in enumerate(areas, start=1)], source_ext="html",
        notes="""
HTML/CSS → headless Chromium, A4, @page running title 'Hesselbæk Kommune · Cykelhandleplan 2026–2029' and
'Side n af N'. A municipal CMS page: site header with menu (Borger · Erhverv · Politik · Om kommunen), a
search field, breadcrumbs, 'Senest opdateret', a 'Del · Udskriv' toolbar, intro, a 'Fakta' box (trip
shares, statistics), the national cycling strategy's 'skal' quoted, 'Det har vi nået' done list, then
'Indsatsområder' with a 'Fold alle ud' link and FOUR ACCORDION ITEMS (<details open>; the summary bar
'Indsatsområde n: <name>' with a '−' toggle on the right, printed EXPANDED): the panel holds
'Målsætning: <sentence>' (bold label) and a table 'Indsats | Ansvarlig | Hvornår'. Then a second accordion
'Spørgsmål og svar' in the same look (questions as bars, answers with years: no goals or measures), a
sidebar-like 'Relaterede sider' and 'Kontakt' block and the site footer. Gold: focus areas = the bar
names without 'Indsatsområde n:'; goals = the Målsætning sentences; measures link to the goal of their
panel. Owners as printed ('Personaleafdelingen og Indkøb' two; 'Erhverv og Udvikling', 'Sundhed og
Forebyggelse', 'Drift og Anlæg', 'Vej og Trafik', 'Plan og Byg' one unit each; 'Alle skoler' diffuse; empty
= no owner, error). Deadlines as printed: '2026', 'efteråret 2027', 'ultimo 2026', '2028', '1. halvår 2027',
'3. kvartal 2027', 'primo 2027' period; 'hvert forår' recurring, 'løbende' continuous (warnings); empty
Hvornår = no deadline (error); '2031' after 2026–2029. Area 4's panel only says its indsatser are in the
mobility plan (2027): goal-has-measure.
""")
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    acc = []
    for gi, (area, gtext) in enumerate(zip(areas, goals_t, strict=True), start=1):
        items = rows.get(f"G{gi}")
        body = f'<p class="maal"><b>Målsætning:</b> {E(gtext)}</p>'
        if items:
            trs = "".join(f"<tr><td>{E(t)}</td><td>{E(a)}</td><td>{E(w)}</td></tr>" for t, a, _o, w, _k, _n in items)
            body += ('<table><thead><tr><th>Indsats</th><th>Ansvarlig</th><th>Hvornår</th></tr></thead>'
                     f"<tbody>{trs}</tbody></table>")
        else:
            body += ("<p><i>Indsatserne for parkering og skift mellem cykel, bus og tog beskrives i kommunens "
                     "mobilitetsplan, som forventes vedtaget i 2027.</i></p>")
        acc.append(f'<details open><summary><span>Indsatsområde {gi}: {E(area)}</span></summary>'
                   f'<div class="panel">{body}</div></details>')
    faq = [("Hvornår bliver cykelstien langs Ørbyvej færdig?",
            "Projekteringen sker i 2026, og vi forventer, at anlægsarbejdet går i gang i foråret 2027. Du kan følge "
            "projektet på projektsiden."),
           ("Kan jeg foreslå en ny cykelsti eller en farlig krydsning?",
            "Ja. Brug formularen «Giv et tip» på hesselbaek.dk/cykling. Vi samler forslagene og vurderer dem hvert år "
            "i forbindelse med budgettet."),
           ("Hvem rydder sne på cykelstierne?",
            "Kommunen rydder de kommunale cykelstier. Private fællesveje skal grundejerne selv rydde.")]
    faq_html = "".join(f"<details open><summary><span>{E(q)}</span></summary><div class=\"panel\"><p>{E(a)}</p></div>"
                       "</details>" for q, a in faq)
    html = f"""<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>{E(plan.title)} – Hesselbæk Kommune</title>
<style>
@page {{ size: A4; margin: 18mm 15mm 18mm 15mm;
  @top-left {{ content: "Hesselbæk Kommune · Cykelhandleplan 2026–2029"; font: 7.5pt 'Liberation Sans', sans-serif; color: #666 }}
  @bottom-right {{ content: "Side " counter(page) " af " counter(pages); font: 8pt 'Liberation Sans', sans-serif; color: #666 }} }}
body {{ font: 10pt/1.45 'Liberation Sans', sans-serif; color: #222; margin: 0 }}
.site {{ display: flex; justify-content: space-between; align-items: center; border-bottom: 3pt solid #0b5d8f; padding-bottom: 2mm }}
.logo {{ font-weight: bold; font-size: 13pt; color: #0b5d8f }}
.menu span {{ margin-left: 5mm; font-size: 9pt; color: #0b5d8f }}
.search {{ border: .7pt solid #999; border-radius: 3mm; padding: .6mm 3mm; font-size: 8pt; color: #888; margin-left: 5mm }}
.crumbs {{ font-size: 8pt; color: #666; margin: 2mm 0 1mm }}
.meta {{ font-size: 8pt; color: #666; display: flex; justify-content: space-between; margin-bottom: 2mm }}
h1 {{ font-size: 21pt; color: #0b5d8f; margin: 2mm 0 2mm }}
h2 {{ font-size: 14pt; color: #0b5d8f; margin: 6mm 0 2mm }}
p {{ margin: 0 0 2.4mm }}
.lead {{ font-size: 11pt }}
.fakta {{ background: #eef5fa; border-left: 2mm solid #0b5d8f; padding: 2.5mm 4mm; margin: 2mm 0 3mm; font-size: 9.3pt }}
.fakta ul {{ margin: 1mm 0 0 4mm; padding: 0 }}
.foldall {{ text-align: right; font-size: 8.5pt; color: #0b5d8f; text-decoration: underline; margin-bottom: 1.5mm }}
details {{ border: .8pt solid #b7cfdf; border-radius: 1.5mm; margin-bottom: 2.5mm; break-inside: auto }}
summary {{ list-style: none; display: flex; justify-content: space-between; background: #0b5d8f; color: #fff;
  font-weight: bold; font-size: 11pt; padding: 2mm 4mm }}
summary::-webkit-details-marker {{ display: none }}
summary::after {{ content: "−"; font-size: 13pt; line-height: 1 }}
.faq summary {{ background: #e6eef4; color: #0b5d8f; font-size: 10pt }}
.panel {{ padding: 2.5mm 4mm 1mm }}
.maal {{ font-size: 10.5pt }}
table {{ border-collapse: collapse; width: 100%; margin: 1mm 0 2.5mm; font-size: 9.3pt }}
th {{ text-align: left; background: #dceaf3; padding: 1.3mm 2mm; border-bottom: 1pt solid #0b5d8f }}
td {{ padding: 1.3mm 2mm; border-bottom: .5pt solid #c8d8e3; vertical-align: top }}
th:nth-child(1) {{ width: 58% }} th:nth-child(2) {{ width: 24% }}
tr {{ break-inside: avoid }}
.side {{ border-top: 1pt solid #999; margin-top: 5mm; padding-top: 2mm; font-size: 9pt; display: flex; gap: 10mm }}
.side div {{ flex: 1 }}
.foot {{ background: #0b5d8f; color: #fff; font-size: 8pt; padding: 2.5mm 4mm; margin-top: 4mm }}
</style></head><body>
<div class="site"><div class="logo">Hesselbæk Kommune</div><div class="menu"><span>Borger</span><span>Erhverv</span><span>Politik</span><span>Om kommunen</span><span class="search">Søg på hesselbaek.dk</span></div></div>
<div class="crumbs">Forside › Trafik og veje › Cykling › Cykelhandleplan 2026–2029</div>
<h1>{E(plan.title)}</h1>
<div class="meta"><span>Senest opdateret 3. marts 2026 · Vedtaget af Byrådet 25. februar 2026</span><span>Del · Udskriv</span></div>
<p class="lead">Cyklen er sund, billig og god for klimaet. Med cykelhandleplanen vil Hesselbæk Kommune gøre det
nemmere og mere trygt at cykle – til skole, til arbejde og i fritiden. Planen gælder for 2026–2029 og
følger op på kommunens klimaplan.</p>
<div class="fakta"><b>Fakta om cykling i Hesselbæk</b><ul>
<li>24 procent af borgernes ture under 5 km foregår på cykel (2025)</li>
<li>58 procent af eleverne i 4.–9. klasse cykler eller går til skole</li>
<li>kommunen har 86 km cykelsti og 41 km cykelbaner</li></ul></div>
<p>Regeringens nationale cykelstrategi sætter som mål, at danskerne skal cykle mere, og at flere skal vælge
cyklen til korte ture. Det er nationale mål; kommunens egne målsætninger står under hvert indsatsområde
nedenfor.</p>
<p><b>Det har vi nået</b> i den forrige plan: cykelstien Hesselbæk–Lund blev færdig i 2024, der er kommet
180 nye overdækkede cykelparkeringer ved skoler og stationen, og fire skoler er blevet certificeret som
cykelvenlige skoler.</p>
<h2>Indsatsområder</h2>
<p>Klik på et indsatsområde for at se målsætningen og indsatserne. Der står, hvem der er ansvarlig for
hver indsats, og hvornår den skal være gennemført.</p>
<div class="foldall">Fold alle ud</div>
{''.join(acc)}
<h2>Spørgsmål og svar</h2>
<div class="faq">{faq_html}</div>
<h2>Økonomi og opfølgning</h2>
<p>Indsatserne finansieres af anlægspuljen til cykelstier på 6 mio. kr. om året og af statens cykelpulje.
Vej og Trafik følger op på planen hvert år og forelægger en status for Teknik- og Miljøudvalget.</p>
<div class="side"><div><b>Relaterede sider</b><br>Klimaplan 2025–2030<br>Trafiksikkerhedsplan<br>Skolevejsanalyse 2025</div>
<div><b>Kontakt</b><br>Vej og Trafik<br>Tlf. 72 34 50 00<br>vejogtrafik@hesselbaek.dk</div></div>
<div class="foot">Hesselbæk Kommune · Rådhustorvet 1 · 8950 Hesselbæk · hesselbaek.dk · Tilgængelighedserklæring · Cookies</div>
</body></html>"""
    src = d / f"{slug}.html"
    src.write_text(html, encoding="utf-8")
    pdf = bk.chromium_pdf(src, d / f"{slug}.pdf")
    write_gold(plan, pdf, goal_after=1, measure_after=1)
    return plan, pdf


# =========================================================================== verify / main


def verify(slug: str) -> list[str]:
    """mb3.verify (pdftotext, page by page), plus the layout facts of this batch."""
    return mb3.verify(slug) + LAYOUT_CHECKS.get(slug, lambda: [])()


def _check_sidhuvud() -> list[str]:
    """p. 1 portrait, pp. 2–5 landscape; each goal sentence printed once, in the header of its own page."""
    import pypdfium2 as pdfium

    slug = "nedskrapning-sidhuvud-sv"
    bad = []
    doc = pdfium.PdfDocument(str(OUT / slug / f"{slug}.pdf"))
    try:
        for i in range(len(doc)):
            w, h = doc[i].get_size()
            if (w > h) != (i > 0):
                bad.append(f"{slug}: PDF p. {i + 1} is {w:.0f}×{h:.0f}")
    finally:
        doc.close()
    pages = mb3.pdftotext_pages(OUT / slug / f"{slug}.pdf")
    import yaml

    gold = yaml.safe_load((OUT / slug / f"{slug}.gold.yaml").read_text(encoding="utf-8"))
    for g in gold["goals"]:
        hits = [i for i, t in enumerate(pages, start=1) if mb3._squash(g["text"]) in t]
        if hits != [g["page"]] or not pages[g["page"] - 1].startswith(mb3._squash("Storviks kommun")):
            bad.append(f"{slug}: goal {g['id']} printed on {hits}, not only in the header of p. {g['page']}")
    return bad


def _check_romartal() -> list[str]:
    """Both header rows repeated where the table breaks (p. 1 → p. 2)."""
    slug = "rehabilitering-romartal-nn"
    pages = mb3.pdftotext_pages(OUT / slug / f"{slug}.pdf")
    return [] if all("hovudansvar" in pages[i] and "tidsplan" in pages[i] for i in (0, 1)) else \
        [f"{slug}: the two header rows are not on pp. 1 and 2"]


def _check_sjekkliste() -> list[str]:
    """Every measure cell starts with ☐ or ☑ in the ODT and the boxes are printed."""
    import re
    import zipfile

    slug = "realfag-sjekkliste"
    xml = zipfile.ZipFile(OUT / slug / f"{slug}.odt").read("content.xml").decode("utf-8")
    n = len(re.findall("[\u2610\u2611]\u2002", xml))
    txt = "".join(mb3.pdftotext_pages(OUT / slug / f"{slug}.pdf"))
    ok = n == 13 + 5 and txt.count("\u2611") == 3 + 1 and txt.count("\u2610") == 10 + 5 + 1
    return [] if ok else [f"{slug}: check boxes: {n} in the ODT, {txt.count(chr(0x2611))} ☑ printed"]


def _check_harmonika() -> list[str]:
    """Seven accordion items (four areas, three FAQ), all <details open>."""
    slug = "cykling-harmonika-da"
    html = (OUT / slug / f"{slug}.html").read_text(encoding="utf-8")
    ok = html.count("<details open>") == 7 and html.count("<details") == 7
    return [] if ok else [f"{slug}: not all seven accordion items are open"]


LAYOUT_CHECKS: dict[str, callable] = {
    "nedskrapning-sidhuvud-sv": _check_sidhuvud,
    "rehabilitering-romartal-nn": _check_romartal,
    "realfag-sjekkliste": _check_sjekkliste,
    "cykling-harmonika-da": _check_harmonika,
}


def main(argv: list[str]) -> None:
    """Build the plans (or the SLUGs), --verify or --twice: blindkit.plans_main."""
    bk.plans_main(argv, plans=PLANS, out=OUT, verify=verify, strategies=True)


if __name__ == "__main__":
    main(sys.argv[1:])
