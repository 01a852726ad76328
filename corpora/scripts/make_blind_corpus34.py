"""Build the thirty-fourth batch of blind authored plans (corpora/authored/<slug>/), in ORDINARY forms on new
surfaces: a Swedish handlingsplan whose handlingsdel is one landscape table 'Mål | Nr | Aktivitet | Ansvarig | Klart
senast' with the goal merged down over its rows and a repeated header row, after a cover, a typed table of contents
and background chapters (python-docx → LibreOffice); a nynorsk tiltaksplan numbered in headings, each tiltak a
numbered sub-heading with prose and 'Ansvar:' / 'Frist:' lines (odfpy → LibreOffice); a Danish handleplan with one
table per indsatsområde 'Indsats | Ansvarlig | Samarbejdspartnere | Tidsramme' under a 'Målsætning' box (HTML →
Chromium); an English action plan with explicit labels 'Objective 1' / '1.1' in one landscape table whose objective
rows span the table (reportlab).

    python corpora/scripts/make_blind_corpus34.py              # every plan
    python corpora/scripts/make_blind_corpus34.py SLUG ...     # some of them
    python corpora/scripts/make_blind_corpus34.py --verify     # check gold against the PDFs
    python corpora/scripts/make_blind_corpus34.py --twice      # build twice, compare sha256

Generic helpers from blindkit.py; plan data classes, findings, gold writer and the `Odt` writer from
make_blind_corpus.py, the pdftotext check from make_blind_corpus3.py, batch 30's whole-text check redone on pdftotext -raw.
Gold files carry `held_out: true` and were committed before plancheck was run on them.
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

PLANS, plan_builder, write_gold = mb.builder_registry("make_blind_corpus34.py")
E = lambda s: _h.escape(s, quote=False)  # noqa: E731
DIFFUSE = ("alle ", "all ", "alla ")


def _gold(plan: Plan, pdf: Path, **kw) -> Path:
    """write_gold with the pages looked up as pdftotext reads them (blindkit.gold_by_pdftotext)."""
    return bk.gold_by_pdftotext(write_gold, plan, pdf, **kw)


def _focus_pages_from_goals(gold: Path) -> Path:
    """The page of each focus area = the page of its goal: the area's heading and its goal open the same section,
    while the area's name is printed earlier too (table of contents, introduction), where the gold writer's first
    match would put it."""
    import re

    import yaml

    text = gold.read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    page = {g["focus_area"]: g["page"] for g in data["goals"] if g.get("focus_area")}
    for fa in data["focus_areas"]:
        text = re.sub(r'(\{id: "' + fa["id"] + r'", text: "[^"]*", page: )\d+\}',
                      lambda m, p=page[fa["id"]]: f"{m.group(1)}{p}}}", text)
    gold.write_text(text, encoding="utf-8")
    return gold


def _diffuse(owners: list[str]) -> tuple[str, ...]:
    return tuple(o for o in owners if o.lower().startswith(DIFFUSE))


def _measures(rows, *, period_end: int) -> list[M]:
    """rows: (id, text, goal ids, owners, deadline as printed or None, kind, note). A deadline naming a year after
    the plan period (a bare year or a month and year) is outside it."""
    out = []
    for mid, text, goals, owners, dl, kind, note in rows:
        years = [int(w) for w in (dl or "").replace("/", " ").replace("–", " ").split() if w.isdigit() and len(w) == 4]
        out.append(M(mid, text, goals, owners, dl, kind if dl else None, diffuse=_diffuse(owners),
                     outside=bool(years) and min(years) > period_end, note=note))
    return out


# =========================================================================== 1 Swedish handlingsplan (python-docx)

SV_SLUG = "trygghet-handlingsdel-sv"

SV_GOALS = [
    ("G1", "Fler invånare ska känna sig trygga i sitt bostadsområde och i centrum"),
    ("G2", "Färre unga ska begå brott eller utsättas för brott"),
    ("G3", "Den offentliga miljön ska vara välskött, väl upplyst och tillgänglig för alla"),
    ("G4", "Våld i nära relationer ska upptäckas tidigt och mötas med rätt stöd"),
]
# (id, nr, text, goal, printed Ansvarig, owners, printed Klart senast or '', kind, note)
SV_ROWS = [
    ("A1", "1.1", "Genomföra trygghetsvandringar i alla större bostadsområden tillsammans med boende och "
     "fastighetsägare", "G1", "Samhällsbyggnadsförvaltningen", ["Samhällsbyggnadsförvaltningen"], "Årligen",
     "recurring", "'Årligen' recurring"),
    ("A2", "1.2", "Ta fram en gemensam lägesbild av trygghet och brottslighet två gånger per år", "G1",
     "Kommunledningskontoret och Polisområde Norrviken", ["Kommunledningskontoret", "Polisområde Norrviken"],
     "2026-09-30", "date", "two owners joined by 'och'; ISO date"),
    ("A3", "1.3", "Stödja grannsamverkan i villaområden med material och utbildning", "G1",
     "Kommunledningskontoret", ["Kommunledningskontoret"], "Löpande", "continuous", "'Löpande' continuous"),
    ("A4", "1.4", "Utveckla samarbetet med fastighetsägarna inom föreningen Norrviken Centrum", "G1", "", [],
     "December 2027", "period", "empty Ansvarig: no owner"),
    ("A5", "2.1", "Införa sociala insatsgrupper för unga som riskerar att dras in i kriminalitet", "G2",
     "Socialförvaltningen", ["Socialförvaltningen"], "Mars 2026", "period", ""),
    ("A6", "2.2", "Utöka fältarbetet till kvällar och helger under sommarlovet", "G2", "Kultur- och "
     "fritidsförvaltningen", ["Kultur- och fritidsförvaltningen"], "Juni 2026", "period",
     "one owner ('Kultur- och fritidsförvaltningen' is one förvaltning)"),
    ("A7", "2.3", "Erbjuda föräldrastödsprogram i samtliga skolområden", "G2", "Alla skolenheter",
     ["Alla skolenheter"], "2027", "period", "'Alla skolenheter' diffuse"),
    ("A8", "2.4", "Arbeta med skolnärvaro enligt kommunens gemensamma rutin för frånvaro", "G2",
     "Utbildningsförvaltningen", ["Utbildningsförvaltningen"], "", None, "empty Klart senast: no deadline"),
    ("A9", "3.1", "Byta till LED-belysning längs gång- och cykelvägar med låg upplevd trygghet", "G3",
     "Tekniska förvaltningen", ["Tekniska förvaltningen"], "Kvartal 4 2027", "period", ""),
    ("A10", "3.2", "Ta bort klotter på kommunens fastigheter inom 24 timmar från anmälan", "G3",
     "Fastighetsavdelningen", ["Fastighetsavdelningen"], "Löpande", "continuous", "'Löpande' continuous"),
    ("A11", "3.3", "Röja buskage och förbättra sikten vid busshållplatser och gångtunnlar", "G3",
     "Tekniska förvaltningen", ["Tekniska förvaltningen"], "Maj 2026", "period", ""),
    ("A12", "4.1", "Utbilda personal inom förskola, skola och hemtjänst i att upptäcka våld i nära relationer",
     "G4", "Socialförvaltningen", ["Socialförvaltningen"], "2028", "period", ""),
    ("A13", "4.2", "Öppna en gemensam stödlinje för våldsutsatta tillsammans med grannkommunerna", "G4",
     "Socialförvaltningen och Kvinnojouren Norrviken", ["Socialförvaltningen", "Kvinnojouren Norrviken"], "2029",
     "period", "two owners; '2029' after the plan period 2026–2028"),
]

SV_TEXT = {
    "1 Inledning": [
        "Alla som bor i, arbetar i eller besöker Norrvikens kommun ska kunna röra sig fritt och känna sig trygga. "
        "Trygghet handlar både om den faktiska risken att utsättas för brott och om den upplevda tryggheten, som "
        "påverkar hur vi använder våra gemensamma platser och hur mycket vi litar på varandra.",
        "Sedan den 1 juli 2023 har kommunerna ett lagstadgat ansvar för brottsförebyggande arbete. Lagen (2023:196) "
        "om kommuners ansvar för brottsförebyggande arbete innebär att kommunen ska ta fram en lägesbild, besluta "
        "om en åtgärdsplan och ha en samordnare för arbetet. Denna handlingsplan är kommunens åtgärdsplan enligt "
        "lagen.",
        "Handlingsplanen har tagits fram av kommunledningskontoret i samverkan med förvaltningarna, Polisområde "
        "Norrviken, de kommunala bolagen och föreningslivet. Ett utkast har varit ute på remiss under hösten 2025.",
        "Planen gäller 2026–2028 och följs upp årligen. Den bygger vidare på det arbete som gjorts inom ramen för "
        "samverkansöverenskommelsen mellan kommunen och polisen och ersätter det tidigare trygghetsprogrammet.",
        "Planen består av två delar. Kapitel 1–3 beskriver utgångsläget, den lokala lägesbilden och den inriktning "
        "som kommunen har valt. Kapitel 4 är handlingsdelen med mål, aktiviteter, ansvar och tidplan. Kapitel 5 "
        "beskriver hur planen följs upp.",
    ],
    "2 Bakgrund och lägesbild": [
        "Lägesbilden bygger på polisens anmälningsstatistik, kommunens trygghetsmätning, Skolundersökningen om "
        "brott, socialtjänstens uppgifter om orosanmälningar samt synpunkter från de medborgardialoger som hölls "
        "under våren 2025.",
        "Den anmälda brottsligheten i kommunen har minskat något de senaste fem åren, men skillnaderna mellan "
        "bostadsområdena är stora. I Östra Norrviken och i centrum är andelen som avstår från att gå ut på kvällen "
        "på grund av otrygghet dubbelt så hög som i kommunen som helhet.",
        "Skadegörelse och klotter står för en stor del av de anmälda brotten. Många invånare beskriver också "
        "mörka gångtunnlar, igenvuxna buskage och dåligt upplysta busshållplatser som platser där de känner sig "
        "otrygga.",
    ],
    "2.1 Unga och brott": [
        "Antalet unga under 18 år som misstänks för brott är lågt men har ökat sedan 2022. Polisen och "
        "socialtjänsten ser en tendens till att unga rekryteras till narkotikaförsäljning via sociala medier. "
        "Skolfrånvaro är en tydlig riskfaktor: de flesta unga som socialtjänsten möter med anledning av brott har "
        "haft en hög frånvaro under lång tid.",
        "Fältgruppen möter många unga under sommarlovet, när skolans och fritidsgårdarnas ordinarie verksamhet "
        "är stängd. Föräldrar efterfrågar mer stöd i att prata med sina barn om droger och kriminalitet.",
    ],
    "2.2 Våld i nära relationer": [
        "Våld i nära relationer är ett av de vanligaste brotten, men också ett av de brott som oftast inte anmäls. "
        "Socialtjänsten tog under 2024 emot 142 ärenden där våld i nära relationer förekom. Personal i förskola, "
        "skola och hemtjänst möter ofta de utsatta först, men många känner sig osäkra på hur de ska agera.",
        "Kommunen saknar i dag ett eget skyddat boende och samverkar med Kvinnojouren Norrviken och grannkommunerna "
        "kring stöd och placeringar.",
    ],
    "3 Inriktning": [
        "Kommunen arbetar utifrån en modell i fem steg: lägesbild, orsaksanalys, åtgärder, genomförande och "
        "uppföljning. Arbetet ska vara kunskapsbaserat och bygga på samverkan mellan kommunen, polisen, "
        "näringslivet och civilsamhället.",
        "Utifrån lägesbilden prioriterar kommunen fyra områden under planperioden: tryggheten i bostadsområdena "
        "och centrum, unga och brott, den fysiska miljön samt våld i nära relationer. För varje område anger "
        "handlingsdelen ett mål och de aktiviteter som ska bidra till målet.",
        "Aktiviteterna ska rymmas inom förvaltningarnas befintliga budgetramar om inget annat anges. Aktiviteter "
        "som kräver nya resurser prövas i den ordinarie budgetprocessen.",
        "Ansvarig förvaltning eller organisation ansvarar för att aktiviteten genomförs och att den rapporteras "
        "till det brottsförebyggande rådet. Kolumnen Klart senast anger när aktiviteten ska vara genomförd.",
    ],
    "5 Uppföljning": [
        "Det brottsförebyggande rådet följer upp handlingsplanen två gånger per år. Varje ansvarig förvaltning "
        "rapporterar hur aktiviteterna fortskrider till kommunens samordnare för brottsförebyggande arbete.",
        "En samlad uppföljning redovisas för kommunstyrelsen i samband med årsredovisningen. Lägesbilden "
        "uppdateras varje år och planen revideras inför 2029.",
    ],
}
SV_MONEY = ["Inom befintlig budgetram", "Inom ram; statsbidrag söks för 2027", "Inom befintlig budgetram",
            "Medfinansiering från fastighetsägarna", "Statsbidrag från Brottsförebyggande rådet"]
SV_STATS = [["Indikator", "2022", "2023", "2024"],
            ["Anmälda brott per 1 000 invånare", "92", "88", "85"],
            ["Andel som känner sig otrygga ute sent på kvällen (%)", "27", "29", "28"],
            ["Anmäld skadegörelse och klotter (antal)", "611", "574", "590"],
            ["Orosanmälningar om våld i nära relationer (antal)", "118", "131", "142"]]


@plan_builder
def build_trygghet_handlingsdel_sv() -> tuple[Plan, Path]:
    """Swedish handlingsplan (python-docx → LibreOffice): cover, typed table of contents, background chapters with a
    statistics table, and the handlingsdel as ONE landscape table 'Mål | Nr | Aktivitet | Ansvarig | Klart senast'
    whose Mål cells are merged down over their activities, with a repeated header row; it runs over two pages."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    slug = SV_SLUG
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    goals = [G(gid, t) for gid, t in SV_GOALS]
    measures = _measures([(a, t, [g], own, dl or None, kind, note) for a, _n, t, g, _p, own, dl, kind, note in SV_ROWS],
                         period_end=2028)
    plan = Plan(
        slug=slug, language="sv", title="Handlingsplan för ett tryggare Norrviken 2026–2028", period=(2026, 2028),
        goals=goals, measures=measures, source_ext="docx",
        notes="""
python-docx → LibreOffice Writer (Liberation Sans 10.5 pt, Swedish). Norrvikens kommun. P. 1 cover (title, 'Antagen
av kommunstyrelsen 2026-02-10, § 23', Dnr), p. 2 a typed 'Innehåll', then chapters each on a new page: 1 Inledning,
2 Bakgrund och lägesbild (statistics table, 2.1, 2.2), 3 Inriktning (the four areas in prose, no goal sentences),
4 HANDLINGSDEL on LANDSCAPE pages: one table 'Mål | Nr | Aktivitet | Ansvarig | Klart senast', the Mål cell merged
down over its activities (vMerge), the header row repeated on the next page; 5 Uppföljning (portrait).
Gold: each Mål cell is a goal; each Aktivitet cell a measure linked to the Mål beside it; owners from Ansvarig
('X och Y' two owners when both are organisations; 'Kultur- och fritidsförvaltningen' one; 'Alla skolenheter'
diffuse; empty = none); deadline = Klart senast as printed ('Årligen' recurring, 'Löpande' continuous,
'2026-09-30' date, '2029' after 2026–2028, empty = none). Nr ('1.1') is not part of the measure text.
""")

    doc = dh.new_document(font="Liberation Sans", size=10.5, margins_mm=22, heading_color="00507A")
    mb.docx_lang(doc, "sv-SE")
    sec = doc.sections[0]
    sec.different_first_page_header_footer = True
    dh.ruled_header(sec, "Norrvikens kommun  |  Handlingsplan för ett tryggare Norrviken 2026–2028", size=8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    dh.page_of_footer(fp, "Sida ", " av ", "9", size=8)
    # cover
    dh.para(doc, "NORRVIKENS KOMMUN", bold=True, size=12, color="00507A", space_before=60)
    dh.para(doc, "Handlingsplan för ett tryggare Norrviken 2026–2028", bold=True, size=26, space_before=30,
            color="00507A")
    dh.para(doc, "Kommunens åtgärdsplan för brottsförebyggande arbete och trygghet", size=14)
    dh.para(doc, "Antagen av kommunstyrelsen 2026-02-10, § 23\nDnr KS 2025/412\nGäller 2026–2028", size=10,
            space_before=200)
    dh.page_break(doc)
    dh.para(doc, "Innehåll", bold=True, size=16, color="00507A")
    for line, page in (("1  Inledning", 3), ("2  Bakgrund och lägesbild", 4), ("    2.1  Unga och brott", 4),
                       ("    2.2  Våld i nära relationer", 5), ("3  Inriktning", 6), ("4  Handlingsdel", 7),
                       ("5  Uppföljning", 9)):
        p = dh.para(doc, f"{line}\t{page}", size=10.5, space_after=4)
        p.paragraph_format.tab_stops.add_tab_stop(Pt(470), 2, 1)  # right, dotted
    for head in ("1 Inledning", "2 Bakgrund och lägesbild", "2.1 Unga och brott", "2.2 Våld i nära relationer",
                 "3 Inriktning"):
        level = 2 if "." in head.split()[0] else 1
        if level == 1 or head.startswith("2.2"):
            dh.page_break(doc)
        dh.heading(doc, head, level)
        for t in SV_TEXT[head]:
            dh.para(doc, t)
        if head.startswith("2 "):
            dh.para(doc, "Tabell 1. Utvalda indikatorer i lägesbilden", italic=True, size=9)
            w = [100, 20, 20, 20]
            t = dh.new_table(doc, w)
            for i, r in enumerate(SV_STATS):
                dh.add_row(t, r, w, size=9.5, bold=i == 0, fill="DCE9F2" if i == 0 else None)
            dh.para(doc, "Källa: Polisen, kommunens trygghetsmätning och socialtjänstens verksamhetssystem.",
                    italic=True, size=8.5)
    # handlingsdel, landscape
    lsec = dh.add_section(doc, landscape=True, margins_mm=18)
    lsec.different_first_page_header_footer = False
    dh.heading(doc, "4 Handlingsdel", 1)
    dh.para(doc, "Tabellen visar planens mål och de aktiviteter som ska genomföras under planperioden. Nr anger "
                 "målområde och aktivitet.", size=10)
    w = [50, 10, 74, 62, 40, 25]
    t = dh.new_table(doc, w)
    hdr = dh.add_row(t, ["Mål", "Nr", "Aktivitet", "Ansvarig", "Finansiering", "Klart senast"], w, size=10.5, bold=True,
                     fill="00507A")
    for c in hdr.cells:
        for r in c.paragraphs[0].runs:
            r.font.color.rgb = __import__("docx").shared.RGBColor(0xFF, 0xFF, 0xFF)
    dh.set_repeat_header(hdr)
    goal_text = dict(SV_GOALS)
    seen = set()
    for i, (_a, nr, text, g, printed, _own, dl, _k, _n) in enumerate(SV_ROWS):
        first = g not in seen
        seen.add(g)
        mcell = ("restart", f"Mål {g[1]}: {goal_text[g]}") if first else ("continue", "")
        money = SV_MONEY[i % len(SV_MONEY)]
        row = dh.add_row(t, [mcell, nr, text, printed, money, dl], w, size=10.5)
        dh.set_cant_split(row)
    dh.add_section(doc, landscape=False, margins_mm=22)
    dh.heading(doc, "5 Uppföljning", 1)
    for tx in SV_TEXT["5 Uppföljning"]:
        dh.para(doc, tx)
    dh.set_core_properties(doc, title=plan.title, author="Norrvikens kommun")
    src = d / f"{slug}.docx"
    dh.save_deterministic(doc, src)
    pdf = bk.soffice_pdf(src)
    _gold(plan, pdf)
    return plan, pdf


# =========================================================================== 2 nynorsk tiltaksplan (odfpy)

NN_SLUG = "friluftsliv-tiltaksplan-nn"

NN_AREAS = [
    ("F1", "3.1", "Turvegar og stiar", "G1",
     "Alle innbyggjarar skal ha ein merka tursti eller turveg innan 500 meter frå bustaden"),
    ("F2", "3.2", "Friluftsliv for alle", "G2",
     "Fleire barn, eldre og personar med nedsett funksjonsevne skal drive friluftsliv jamleg"),
    ("F3", "3.3", "Natur og kulturlandskap", "G3", "Dei viktigaste friluftsområda skal vere sikra for framtida"),
    ("F4", "3.4", "Friluftsliv i barnehage og skule", "G4",
     "Alle barn skal få oppleve naturen gjennom barnehagen og skulen kvar veke"),
]
# (id, number, text, goal, Ansvar line or None, owners, Frist line or None, kind, description, note)
NN_TILTAK = [
    ("T1", "3.1.1", "Merke og skilte ti nye nærturar etter Merkehandboka", "G1", "Kultur og fritid",
     ["Kultur og fritid"], "2027", "period",
     "Turane vert valde ut saman med grendelaga. Kvar tur får skilt ved start og merking langs heile løypa.", ""),
    ("T2", "3.1.2", "Utbetre turvegen rundt Skardalsvatnet slik at han kan brukast med rullestol og barnevogn",
     "G1", "Teknisk drift og Skardal turlag", ["Teknisk drift", "Skardal turlag"], "Hausten 2026", "period",
     "Tiltaket omfattar ny toppdekke, to kvilebenkar og ei universelt utforma brygge. Kommunen søkjer "
     "spelemidlar til tiltaket.", "two owners"),
    ("T3", "3.1.3", "Kartleggje og sikre allmenn ferdsel langs strandsona i Vika", "G1", "Plan og byggesak",
     ["Plan og byggesak"], "2030", "period", "Stengsel og skilt som hindrar lovleg ferdsel skal fjernast.",
     "'2030' after the plan period 2026–2029"),
    ("T4", "3.2.1", "Opne ei utlånssentral for friluftsutstyr på biblioteket", "G2", "Biblioteket",
     ["Biblioteket"], "1. mars 2027", "date",
     "Alle skal kunne låne ski, telt, sovepose og fiskeutstyr gratis, etter modell frå BUA.", ""),
    ("T5", "3.2.2", "Arrangere turdagar for eldre saman med frivilligsentralen", "G2", "Alle tenesteområde",
     ["Alle tenesteområde"], "Kvar vår", "recurring",
     "Turdagane skal ha korte og lette turar med transport til og frå turområdet.",
     "'Alle tenesteområde' diffuse; 'Kvar vår' recurring"),
    ("T6", "3.2.3", "Lage turforslag med lettlesen tekst og bilete", "G2", None, [], "2028", "period",
     "Turforslaga skal liggje på nettsida til kommunen og i papirutgåve på servicetorget.",
     "no 'Ansvar:' line: no owner"),
    ("T7", "3.3.1", "Kartleggje og verdsetje friluftslivsområda i kommunen", "G3", "Plan og byggesak",
     ["Plan og byggesak"], "Juni 2026", "period",
     "Kartlegginga følgjer rettleiaren frå Miljødirektoratet og vert gjort med innspel frå lag og "
     "organisasjonar.", ""),
    ("T8", "3.3.2", "Innarbeide dei viktigaste friluftsområda i arealdelen av kommuneplanen", "G3",
     "Plan og byggesak", ["Plan og byggesak"], "2027", "period",
     "Område med svært stor verdi får omsynssone friluftsliv i plankartet.", ""),
    ("T9", "3.3.3", "Rydde attgrodde stiar og ferdselsvegar i kulturlandskapet", "G3", "Landbrukskontoret",
     ["Landbrukskontoret"], "Løpande", "continuous",
     "Landbrukskontoret samordnar arbeidet med grunneigarar og beitelag.", "'Løpande' continuous"),
    ("T10", "3.3.4", "Setje opp informasjonstavler ved parkeringsplassane til dei mest brukte turområda", "G3",
     "Kultur og fritid", ["Kultur og fritid"], None, None,
     "Tavlene skal ha kart, reglar for ferdsel og informasjon om natur og kulturminne.",
     "no 'Frist:' line: no deadline"),
]


@plan_builder
def build_friluftsliv_tiltaksplan_nn() -> tuple[Plan, Path]:
    """Nynorsk tiltaksplan (odfpy → LibreOffice): chapters numbered in headings; chapter 3 has one numbered section
    per innsatsområde with a 'Mål:' paragraph, and each tiltak is a numbered sub-heading ('3.1.2 Utbetre …') with
    a short prose description and the lines 'Ansvar: …' and 'Frist: …'."""
    from odf.style import ParagraphProperties, Style, TextProperties

    slug = NN_SLUG
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    goals = [G(g, t, focus_area=f) for f, _n, _a, g, t in NN_AREAS]
    measures = _measures([(i, t, [g], own, dl, kind, note) for i, _n, t, g, _a, own, dl, kind, _d, note in NN_TILTAK],
                         period_end=2029)
    plan = Plan(
        slug=slug, language="nn", title="Tiltaksplan for friluftsliv og nærmiljø 2026–2029", period=(2026, 2029),
        goals=goals, measures=measures, focus_areas=[(f, a) for f, _n, a, _g, _t in NN_AREAS], source_ext="odt",
        notes="""
odfpy → LibreOffice Writer (Liberation Serif body 11 pt, Liberation Sans headings, nynorsk). Skardal kommune,
running header, 'Side n' footer. Chapters numbered in the headings: 1 Innleiing, 2 Status og utfordringar, 3 Mål
og tiltak (3.1–3.4, one per innsatsområde = gold focus area), 4 Økonomi og oppfølging. Under each 3.n heading a
paragraph 'Mål: <sentence>' (the goal, text without 'Mål:'), then each tiltak as a numbered sub-heading '3.n.m
<tiltak>' (the measure, without its number), a prose paragraph describing it (no measure), and the lines 'Ansvar:
…' (owners; 'Teknisk drift og Skardal turlag' two; 'Alle tenesteområde' diffuse; a tiltak without the line has no
owner) and 'Frist: …' ('Kvar vår' recurring, 'Løpande' continuous, '1. mars 2027' date, '2030' after 2026–2029; a
tiltak without the line has no deadline). 3.4 has no tiltak, only a sentence that they will be made with the
schools in autumn 2026 → goal-has-measure.
""")
    o = mb.Odt(font="Liberation Sans", size=11, lang="nn", country="NO",
               header="Skardal kommune – Tiltaksplan for friluftsliv og nærmiljø 2026–2029", footer_text="Side",
               margin_cm=2.5)
    # body in a serif face, headings keep the sans face; a page break before each chapter
    o.font = "Liberation Serif"
    o.style("Body", size=11, after=0.25)
    o.style("Line", size=11, after=0.05, indent_cm=0.6)
    o.style("LineLast", size=11, after=0.35, indent_cm=0.6)
    o.font = "Liberation Sans"
    st = Style(name="H1break", family="paragraph")
    st.addElement(ParagraphProperties(breakbefore="page", margintop="0cm", marginbottom="0.3cm",
                                      keepwithnext="always"))
    st.addElement(TextProperties(fontname="Liberation Sans", fontsize="17pt", fontweight="bold",
                                 color="#2f5d3a", language="nn", country="NO"))
    o.doc.automaticstyles.addElement(st)
    o.style("H2", size=13.5, bold=True, before=0.45, after=0.15, color="#2f5d3a", keep=True)
    o.style("H3", size=11.5, bold=True, before=0.3, after=0.1, keep=True)
    o.style("Goal", size=11.5, bold=True, italic=True, after=0.3, fill="#eaf2e6", padding="0.15cm")
    o.p("Skardal kommune", "H3")
    o.p("Tiltaksplan for friluftsliv og nærmiljø 2026–2029", "Title")
    o.p("Vedteken av kommunestyret 12. mars 2026, sak 18/26. Planen er ein temaplan under kommuneplanen sin "
        "samfunnsdel.")
    o.p("Innhald: 1 Innleiing · 2 Status og utfordringar · 3 Mål og tiltak · 4 Økonomi og oppfølging")

    def h1(text):
        from odf.text import H
        o.doc.text.addElement(o._fill(H(outlinelevel=1, stylename="H1break"), text))

    h1("1 Innleiing")
    for t in (
        "Friluftsliv er den viktigaste fysiske aktiviteten for dei fleste vaksne i Noreg. Å gå tur, plukke bær, "
        "fiske eller berre opphalde seg i naturen gjev betre helse og livskvalitet, og det kostar lite.",
        "Friluftslova slår fast at alle har rett til å ferdast i utmark. Kommunen har eit ansvar for å sikre "
        "areal til friluftsliv gjennom planlegginga si, og for å leggje til rette for at alle kan bruke "
        "naturen, uavhengig av alder, økonomi og funksjonsevne.",
        "Denne tiltaksplanen følgjer opp samfunnsdelen av kommuneplanen, der målet om 'gode nærmiljø for alle' "
        "er eitt av fire satsingsområde. Planen gjeld for perioden 2026–2029 og vert rullert kvart år i "
        "samband med handlingsprogrammet og budsjettet.",
        "Planen er utarbeidd av ei arbeidsgruppe med representantar frå kultur og fritid, plan og byggesak, "
        "teknisk drift, helse og Skardal turlag. Innspel frå eit ope møte i Skardal kulturhus i oktober 2025 "
        "er tekne med.",
    ):
        o.p(t)
    h1("2 Status og utfordringar")
    for t in (
        "Skardal har store naturområde tett på busetnaden, men mange av dei er lite tilrettelagde. Det finst i "
        "dag om lag 60 kilometer merka stiar i kommunen, dei fleste i fjellet over Skardalsvatnet.",
        "Folkehelseundersøkinga for fylket viser at ein av fem vaksne i kommunen er fysisk aktive mindre enn "
        "éin gong i veka. Eldre, personar med nedsett funksjonsevne og barnefamiliar med låg inntekt bruker "
        "naturen minst.",
        "Strandsona i Vika er delvis privatisert, og fleire stader hindrar gjerde og skilt ferdsel som er lovleg "
        "etter friluftslova. Attgroing gjer òg at gamle ferdselsvegar i kulturlandskapet forsvinn.",
    ):
        o.p(t)
    o.table([9.0, 3.0, 3.0], [["Indikator", "2020", "2025"],
                              ["Merka stiar (km)", "48", "61"],
                              ["Innbyggjarar med tursti innan 500 m (%)", "52", "58"],
                              ["Registrerte turar på Skardalsvatnet rundt", "8 400", "11 900"]],
            header_fill="#d9e8d2")
    h1("3 Mål og tiltak")
    o.p("Kvart innsatsområde har eitt mål. Under målet står tiltaka med nummer, kven som har ansvaret og "
        "fristen for når tiltaket skal vere gjennomført.")
    for _f, num, area, g, goal in NN_AREAS:
        o.p(f"{num} {area}", "H2")
        o.p(f"Mål: {goal}.", "Goal")
        rows = [r for r in NN_TILTAK if r[3] == g]
        if not rows:
            o.p("Tiltak på dette området vert utarbeidde saman med barnehagane og skulane hausten 2026 og tekne "
                "inn ved første rullering av planen.")
        for _i, n, text, _g, ansvar, _own, frist, _k, desc, _note in rows:
            o.p(f"{n} {text}", "H3")
            o.p(desc)
            lines = ([f"**Ansvar:** {ansvar}"] if ansvar else []) + ([f"**Frist:** {frist}"] if frist else [])
            for j, ln in enumerate(lines):
                o.p(ln, "LineLast" if j == len(lines) - 1 else "Line")
    h1("4 Økonomi og oppfølging")
    for t in (
        "Tiltaka vert finansierte innanfor dei årlege budsjetta til einingane, med spelemidlar og med tilskot "
        "frå statsforvaltaren til friluftslivstiltak. Tiltak som krev nye midlar vert lagde fram i "
        "handlingsprogrammet.",
        "Kultur og fritid koordinerer arbeidet og rapporterer status for tiltaka til utval for oppvekst og "
        "kultur kvar haust. Planen vert evaluert i 2029.",
    ):
        o.p(t)
    src = d / f"{slug}.odt"
    o.save(src, title=plan.title, author="Skardal kommune")
    pdf = bk.soffice_pdf(src)
    _focus_pages_from_goals(_gold(plan, pdf))
    return plan, pdf


# =========================================================================== 3 Danish handleplan (HTML → Chromium)

DA_SLUG = "sundhed-indsatstabeller-da"

DA_AREAS = [
    ("F1", "Mental sundhed", "G1", "Flere borgere skal trives og opleve en god mental sundhed"),
    ("F2", "Røg og alkohol", "G2", "Færre unge skal begynde at ryge eller drikke alkohol i et skadeligt omfang"),
    ("F3", "Fysisk aktivitet", "G3", "Flere borgere i alle aldre skal bevæge sig mindst 30 minutter om dagen"),
    ("F4", "Sund mad", "G4", "Flere børn og ældre skal spise sundt og varieret"),
]
# (id, text, goal, Ansvarlig printed, owners, Samarbejdspartnere, Tidsramme printed, kind, note)
DA_ROWS = [
    ("I1", "Tilbyde kurset 'Tag hånd om dit liv' til unge mellem 15 og 25 år", "G1", "Sundhed og Forebyggelse",
     ["Sundhed og Forebyggelse"], "Ungdomsskolen, UU Egebjerg", "2026–2027", "period",
     "one owner ('Sundhed og Forebyggelse' is one afdeling); partners are no owners"),
    ("I2", "Uddanne ABC-ambassadører for mental sundhed i foreningslivet", "G1", "Kultur og Fritid",
     ["Kultur og Fritid"], "DGI, idrætsforeningerne", "Løbende", "continuous", "'Løbende' continuous"),
    ("I3", "Etablere et åbent rådgivningstilbud for pårørende til borgere med psykisk sygdom", "G1",
     "Social og Psykiatri", ["Social og Psykiatri"], "Psykiatrifonden, Regionspsykiatrien", "1. kvartal 2027",
     "period", ""),
    ("I4", "Indføre røgfri skoletid på alle kommunens skoler", "G2", "Børn og Skole", ["Børn og Skole"],
     "Skolebestyrelserne", "1. august 2026", "date", ""),
    ("I5", "Gennemføre kontrolkøb af tobak og alkohol i samarbejde med politiet", "G2", "Sundhed og Forebyggelse",
     ["Sundhed og Forebyggelse"], "Sydøstjyllands Politi", "Hvert år", "recurring", "'Hvert år' recurring"),
    ("I6", "Tilbyde gratis rygestopforløb til borgere med lav indkomst", "G2", "", [], "Apotekerne, "
     "praktiserende læger", "2027", "period", "empty Ansvarlig cell: no owner (partners are no owners)"),
    ("I7", "Anlægge tre nye udendørs motionspladser i landsbyerne", "G3", "Teknik og Miljø", ["Teknik og Miljø"],
     "Lokalrådene", "2028", "period", ""),
    ("I8", "Udvikle holdtræning for borgere med type 2-diabetes, KOL eller hjertesygdom", "G3",
     "Sundhed og Forebyggelse, Træningsenheden", ["Sundhed og Forebyggelse", "Træningsenheden"], "Patientforeningerne",
     "Juni 2027", "period", "two owners separated by a comma"),
    ("I9", "Give alle dagtilbud mulighed for at blive certificeret som Idrætsdagtilbud", "G3", "Alle dagtilbud",
     ["Alle dagtilbud"], "DGI", "2029", "period", "'Alle dagtilbud' diffuse"),
    ("I10", "Indføre en sund frokostordning i alle børnehaver", "G4", "Børn og Skole", ["Børn og Skole"],
     "Madservice Egebjerg", "2027", "period", ""),
    ("I11", "Tilbyde ernæringsscreening til alle nye modtagere af madservice", "G4", "Ældre og Omsorg",
     ["Ældre og Omsorg"], "", "", None, "empty Tidsramme: no deadline"),
    ("I12", "Holde madlavningskurser for ældre mænd, der bor alene", "G4", "Ældre og Omsorg", ["Ældre og Omsorg"],
     "Ældre Sagen, aftenskolerne", "2031", "period", "'2031' after the plan period 2026–2029"),
]

DA_CHAPTERS = [
    ("Forord", [
        "Sundhed er en forudsætning for, at vi kan leve det liv, vi ønsker. Med sundhedspolitikken for 2026–2029 "
        "har byrådet sat en ambitiøs retning for arbejdet med borgernes sundhed, og med denne handleplan gør vi "
        "politikken til konkret handling.",
        "Handleplanen er blevet til i et tæt samarbejde mellem kommunens forvaltninger, foreningslivet, "
        "patientforeningerne og de praktiserende læger. Tak til alle, der har bidraget med viden og idéer.",
        "Vi glæder os til at komme i gang – og til at følge, hvordan indsatserne gør en forskel for borgerne i "
        "Egebjerg Kommune.",
        "Anne-Mette Kjærgaard, formand for Social- og Sundhedsudvalget",
    ]),
    ("1. Indledning", [
        "Egebjerg Kommunes sundhedspolitik 2026–2029 blev vedtaget af byrådet i december 2025. Politikken "
        "har visionen 'Sundhed i hverdagen – for alle' og fire indsatsområder: mental sundhed, røg og alkohol, "
        "fysisk aktivitet samt sund mad.",
        "Sundhedsloven pålægger kommunerne at skabe rammer for en sund levevis og at tilbyde forebyggende "
        "indsatser til borgerne. Sundhedsstyrelsens forebyggelsespakker er et fagligt grundlag for mange af "
        "indsatserne i denne plan.",
        "Handleplanen beskriver, hvilke indsatser kommunen vil sætte i gang i planperioden, hvem der har ansvaret, "
        "hvem der samarbejdes med, og hvornår indsatsen skal være gennemført. Handleplanen revideres hvert år i "
        "forbindelse med budgetlægningen.",
        "Handleplanen er opbygget sådan, at hvert indsatsområde har et kapitel med en kort beskrivelse af "
        "udfordringen, en målsætning og en tabel med indsatserne.",
    ]),
    ("2. Sundheden i Egebjerg Kommune", [
        "Den nationale sundhedsprofil 2023 viser, at sundheden i Egebjerg Kommune på mange områder ligner "
        "landsgennemsnittet. På nogle områder går det dog den forkerte vej.",
        "Andelen af borgere med en dårlig mental sundhed er steget, især blandt unge kvinder. Flere unge ryger "
        "eller bruger nikotinprodukter end for fem år siden, og mange unge har et højt alkoholforbrug.",
        "Knap hver tredje voksne borger bevæger sig mindre end anbefalet, og andelen af børn med overvægt ved "
        "indskolingsundersøgelsen er højere end i regionen som helhed.",
        "Der er stor social ulighed i sundhed. Borgere med kort uddannelse ryger mere, bevæger sig mindre og har "
        "oftere en eller flere kroniske sygdomme end borgere med lang uddannelse.",
    ]),
]
DA_STATS = [("Andel med dårlig mental sundhed", "13,1 %", "15,8 %", "14,9 %"),
            ("Andel dagligrygere (16 år og derover)", "14,2 %", "12,0 %", "11,8 %"),
            ("Unge 16–24 år med højt alkoholindtag", "36,5 %", "38,9 %", "37,2 %"),
            ("Andel, der ikke lever op til anbefalingerne om fysisk aktivitet", "29,0 %", "30,4 %", "29,6 %"),
            ("Andel med svær overvægt", "17,9 %", "20,1 %", "18,5 %")]
DA_INTRO = {
    "F1": "Flere borgere – især unge – oplever stress, ensomhed og angst. God mental sundhed handler om at kunne "
          "håndtere livets udfordringer og indgå i fællesskaber. Kommunen vil styrke fællesskaberne og gøre det "
          "lettere at få hjælp tidligt.",
    "F2": "De fleste rygere begynder, før de fylder 18 år. Kommunen vil gøre det lettere at lade være med at "
          "begynde og lettere at holde op, og vi vil sikre, at reglerne om salg til unge bliver overholdt.",
    "F3": "Fysisk aktivitet forebygger sygdom og styrker trivslen. Kommunen vil skabe gode rammer for bevægelse "
          "i hverdagen – i dagtilbud, i foreninger og i landsbyerne.",
    "F4": "Gode madvaner grundlægges tidligt, og for ældre er god ernæring afgørende for at bevare kræfterne. "
          "Kommunen vil sikre sund mad i børnehaverne og opspore ældre, der er i risiko for underernæring.",
}


@plan_builder
def build_sundhed_indsatstabeller_da() -> tuple[Plan, Path]:
    """Danish handleplan (HTML → Chromium): cover, indhold, forord, background chapters with a statistics table,
    then one chapter per indsatsområde, each with a 'Målsætning' box and its own table 'Indsats | Ansvarlig |
    Samarbejdspartnere | Tidsramme'."""
    slug = DA_SLUG
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    goals = [G(g, t, focus_area=f) for f, _a, g, t in DA_AREAS]
    measures = _measures([(i, t, [g], own, dl or None, kind, note) for i, t, g, _a, own, _p, dl, kind, note in DA_ROWS],
                         period_end=2029)
    plan = Plan(
        slug=slug, language="da", title="Handleplan for sundhedspolitikken 2026–2029", period=(2026, 2029),
        goals=goals, measures=measures, focus_areas=[(f, a) for f, a, _g, _t in DA_AREAS], source_ext="html",
        notes="""
HTML/CSS → Chromium print (A4, Liberation Sans 10.5 pt). Egebjerg Kommune.
Page footer from @page margin boxes (name and title left, 'Side n' right; none on the cover). Cover, 'Indhold', Forord, '1. Indledning', '2. Sundheden i
Egebjerg Kommune' (sundhedsprofil table with three years), then one chapter per indsatsområde ('3. Mental sundhed'
… '6. Sund mad', each on a new page: gold focus areas), each with a short 'Udfordringen' text, a shaded box
'Målsætning' holding the goal sentence, and a table 'Indsats | Ansvarlig | Samarbejdspartnere | Tidsramme', then
'7. Opfølgning'. Gold: each Indsats cell is a measure of its chapter's goal; owners from Ansvarlig only
(Samarbejdspartnere are partners, never owners; 'Sundhed og Forebyggelse, Træningsenheden' two; 'Alle dagtilbud'
diffuse; empty = none); deadline = Tidsramme as printed ('2026–2027' period, 'Løbende' continuous, 'Hvert år'
recurring, '1. august 2026' date, '2031' after 2026–2029, empty = none).
""")
    css = """
@page { size: A4; margin: 22mm 20mm 20mm 22mm;
  @bottom-left { content: "Egebjerg Kommune · Handleplan for sundhedspolitikken 2026–2029"; font: 8pt 'Liberation Sans';
                 color: #6b6b6b; }
  @bottom-right { content: "Side " counter(page); font: 8pt 'Liberation Sans'; color: #6b6b6b; } }
@page :first { @bottom-left { content: none; } @bottom-right { content: none; } }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10.5pt; color: #1d1d1d; line-height: 1.45; }
.cover { height: 200mm; padding-top: 50mm; }
.cover h1 { font-size: 30pt; color: #0b6e4f; margin: 0 0 6mm 0; line-height: 1.1; }
.cover p { font-size: 13pt; color: #444; }
h2 { font-size: 17pt; color: #0b6e4f; margin: 0 0 4mm 0; break-before: page; }
h3 { font-size: 12pt; color: #0b6e4f; margin: 5mm 0 2mm 0; }
.maal { background: #e3f1ea; border-left: 4pt solid #0b6e4f; padding: 3mm 4mm; margin: 4mm 0; }
.maal b { display: block; font-size: 9pt; text-transform: uppercase; letter-spacing: 0.5pt; color: #0b6e4f; }
.maal span { font-size: 12pt; font-weight: bold; }
table { border-collapse: collapse; width: 100%; margin: 3mm 0 5mm 0; }
th { background: #0b6e4f; color: white; text-align: left; font-size: 9.5pt; padding: 2mm; }
td { border-bottom: 0.6pt solid #b5cfc1; padding: 2mm; vertical-align: top; font-size: 9.5pt; }
tr { break-inside: avoid; }
.toc div { display: flex; justify-content: space-between; border-bottom: 0.4pt dotted #999; padding: 1.5mm 0; }
.src { font-size: 8pt; color: #666; }
"""
    parts = [f"<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><title>{E(plan.title)}</title>"
             f"<style>{css}</style></head><body>"]
    parts.append('<div class="cover"><p>Egebjerg Kommune</p><h1>Handleplan for sundhedspolitikken 2026–2029</h1>'
                 '<p>Sundhed i hverdagen – for alle</p><p style="font-size:10pt;margin-top:50mm">Godkendt i '
                 'Social- og Sundhedsudvalget den 14. januar 2026</p></div>')
    toc = ["Forord", "1. Indledning", "2. Sundheden i Egebjerg Kommune"] + \
        [f"{n}. {a}" for n, (_f, a, _g, _t) in enumerate(DA_AREAS, 3)] + ["7. Opfølgning"]
    parts.append('<h2>Indhold</h2><div class="toc">' + "".join(
        f"<div><span>{E(t)}</span><span>{p}</span></div>" for t, p in zip(toc, range(3, 11), strict=True))
        + "</div>")
    for head, paras in DA_CHAPTERS:
        parts.append(f"<h2>{E(head)}</h2>" + "".join(f"<p>{E(t)}</p>" for t in paras))
        if head.startswith("2."):
            parts.append("<h3>Udvalgte tal fra sundhedsprofilen</h3><table><thead><tr><th>Indikator</th>"
                         "<th>2017</th><th>2021</th><th>2023</th></tr></thead><tbody>"
                         + "".join("<tr>" + "".join(f"<td>{E(c)}</td>" for c in r) + "</tr>" for r in DA_STATS)
                         + "</tbody></table><p class='src'>Kilde: Den Nationale Sundhedsprofil.</p>")
    for n, (f, area, g, goal) in enumerate(DA_AREAS, 3):
        rows = [r for r in DA_ROWS if r[2] == g]
        parts.append(f"<h2>{n}. {E(area)}</h2><h3>Udfordringen</h3><p>{E(DA_INTRO[f])}</p>"
                     f"<div class='maal'><b>Målsætning</b><span>{E(goal)}</span></div>"
                     f"<h3>Indsatser</h3><table><colgroup><col style='width:42%'><col style='width:20%'>"
                     f"<col style='width:22%'><col style='width:16%'></colgroup><thead><tr><th>Indsats</th>"
                     f"<th>Ansvarlig</th><th>Samarbejdspartnere</th><th>Tidsramme</th></tr></thead><tbody>"
                     + "".join(f"<tr><td>{E(t)}</td><td>{E(a)}</td><td>{E(pp)}</td><td>{E(dl)}</td></tr>"
                               for _i, t, _g, a, _o, pp, dl, _k, _n in rows)
                     + "</tbody></table>")
    parts.append("<h2>7. Opfølgning</h2><p>Sundhed og Forebyggelse koordinerer handleplanen og samler status på "
                 "indsatserne to gange om året. Status forelægges Social- og Sundhedsudvalget hvert forår, og "
                 "handleplanen revideres i forbindelse med budgetlægningen.</p><p>Effekten af indsatserne "
                 "følges gennem den nationale sundhedsprofil, trivselsmålingen i skolerne og kommunens egne "
                 "registreringer.</p></body></html>")
    src = d / f"{slug}.html"
    src.write_text("".join(parts), encoding="utf-8")
    pdf = bk.chromium_pdf(src, d / f"{slug}.pdf")
    _focus_pages_from_goals(_gold(plan, pdf))
    return plan, pdf


# =========================================================================== 4 English action plan (reportlab)

EN_SLUG = "homelessness-objectives-actions-en"

EN_OBJECTIVES = [
    ("O1", "Prevent homelessness at the earliest possible stage"),
    ("O2", "End the need for anyone to sleep rough in Kestrel Vale"),
    ("O3", "Increase the supply of good quality temporary and settled accommodation"),
    ("O4", "Support vulnerable people to keep their homes"),
]
# (ref, action, objective, Lead as printed, owners, Target date as printed, kind, RAG/status, note)
EN_ACTIONS = [
    ("1.1", "Agree a duty to refer protocol with the hospital trust, probation and Jobcentre Plus", "O1",
     "Housing Options Manager", ["Housing Options Manager"], "September 2026", "period", "In progress", ""),
    ("1.2", "Fund a tenancy sustainment officer for tenants in the private rented sector", "O1",
     "Housing Options Manager", ["Housing Options Manager"], "April 2027", "period", "Not started", ""),
    ("1.3", "Hold landlord forums to encourage early notice of rent arrears", "O1", "Private Sector Housing Team",
     ["Private Sector Housing Team"], "Twice a year", "recurring", "In progress", "'Twice a year' recurring"),
    ("1.4", "Keep a homelessness prevention fund for deposits and rent in advance", "O1",
     "Housing Options Manager and Revenues and Benefits Manager",
     ["Housing Options Manager", "Revenues and Benefits Manager"], "Ongoing", "continuous", "In progress",
     "two owners; 'Ongoing' continuous"),
    ("2.1", "Commission an outreach service that makes contact with new rough sleepers within 24 hours", "O2",
     "Rough Sleeping Coordinator", ["Rough Sleeping Coordinator"], "March 2027", "period", "Not started", ""),
    ("2.2", "Set up a Housing First pilot of 12 homes", "O2", "Rough Sleeping Coordinator and Kestrel Housing "
     "Association", ["Rough Sleeping Coordinator", "Kestrel Housing Association"], "2028/29", "period",
     "Not started", "two owners; financial year"),
    ("2.3", "Carry out the annual rough sleeping snapshot count in November", "O2", "Rough Sleeping Coordinator",
     ["Rough Sleeping Coordinator"], "Annually", "recurring", "Complete", "'Annually' recurring"),
    ("2.4", "Agree a severe weather emergency protocol with partners", "O2", "TBC", [], "October 2026", "period",
     "Not started", "Lead 'TBC': no owner named"),
    ("3.1", "End the use of bed and breakfast for families except in an emergency", "O3",
     "Temporary Accommodation Manager", ["Temporary Accommodation Manager"], "December 2026", "period",
     "In progress", ""),
    ("3.2", "Lease 20 additional self-contained temporary homes", "O3", "Temporary Accommodation Manager",
     ["Temporary Accommodation Manager"], "31 March 2028", "date", "Not started", ""),
    ("3.3", "Deliver 150 new affordable homes for social rent", "O3", "Strategic Housing and Enabling Team",
     ["Strategic Housing and Enabling Team"], "March 2031", "period", "In progress",
     "one owner (a team name with 'and'); 'March 2031' after the plan period 2026–2030"),
    ("4.1", "Develop a joint housing pathway for young people with Children's Services", "O4",
     "Housing Options Manager and Head of Children's Services",
     ["Housing Options Manager", "Head of Children's Services"], "2027", "period", "Not started", "two owners"),
    ("4.2", "Provide specialist housing advice to people leaving prison", "O4", "All partners", ["All partners"],
     "", None, "Not started", "'All partners' diffuse; empty target date: no deadline"),
    ("4.3", "Review the allocations policy to give care leavers priority", "O4", "Housing Strategy Officer",
     ["Housing Strategy Officer"], "June 2027", "period", "In progress", ""),
]


EN_SUCCESS = {
    "1.1": "Referrals received from all three partners; 90% acknowledged within two working days",
    "1.2": "Officer in post; 60 tenancies a year sustained for at least six months",
    "1.3": "Two forums a year with at least 25 landlords attending",
    "1.4": "Number of households helped to secure a tenancy from the fund",
    "2.1": "New rough sleepers contacted within 24 hours in 95% of cases",
    "2.2": "12 people housed; 80% still in their tenancy after 12 months",
    "2.3": "Count verified by Homeless Link and submitted to MHCLG",
    "2.4": "Protocol in place before the winter; beds available when the temperature falls below 0°C",
    "3.1": "No family in bed and breakfast for more than six weeks",
    "3.2": "20 homes leased; fewer nights in nightly-paid accommodation",
    "3.3": "Completions reported in the Authority Monitoring Report",
    "4.1": "Pathway agreed by both services; no 16 or 17 year old placed in bed and breakfast",
    "4.2": "Advice given before release to everyone referred by the prison",
    "4.3": "Revised policy adopted by Cabinet",
}


@plan_builder
def build_homelessness_objectives_actions_en() -> tuple[Plan, Path]:
    """English (UK) homelessness action plan (reportlab): portrait introduction and context pages, then a
    LANDSCAPE action plan table 'Ref | Action | Lead | Success measure | Target date | Status' in which each 'Objective n: …' row spans
    the table; the header row repeats on every page."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        BaseDocTemplate,
        Frame,
        NextPageTemplate,
        PageBreak,
        PageTemplate,
        Paragraph,
        Spacer,
        Table,
        TableStyle,
    )

    slug = EN_SLUG
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    goals = [G(o, t) for o, t in EN_OBJECTIVES]
    measures = _measures([(r, t, [o], own, dl or None, kind, note) for r, t, o, _l, own, dl, kind, _s, note in EN_ACTIONS],
                         period_end=2030)
    for m in measures:  # '2028/29' is a financial year inside the period
        m.outside = m.deadline == "March 2031"
    plan = Plan(
        slug=slug, language="en", title="Homelessness and Rough Sleeping Strategy 2026–2030: Action Plan",
        period=(2026, 2030), goals=goals, measures=measures, source_ext="pdf",
        notes="""
reportlab (Liberation Sans, invariant). Kestrel Vale District Council. Running header with the council's name and
the title, footer 'Page n'. Pp. 1–2 portrait: 'About this action plan', 'Our four objectives' (the objectives in
a numbered list, with 'Objective 1' … labels), 'Homelessness in Kestrel Vale' facts table, 'Governance and
monitoring'. Then LANDSCAPE pages: one table 'Ref | Action | Lead | Success measure | Target date | Status', its header
repeated on each page; a shaded row 'Objective n: <text>' spanning the table opens each objective's actions.
Gold: each objective is a goal (text without 'Objective n:'); its page is the first page that prints it (the list on
p. 1); each action row is a measure linked to the objective row above it; Ref ('1.1') is not part of the text.
Owners = Lead ('Housing Options Manager and Revenues and Benefits Manager' two; 'Strategic Housing and Enabling
Team' one; 'All partners' diffuse; 'TBC' = no owner). Deadline = Target date as printed ('Twice a year',
'Annually' recurring; 'Ongoing' continuous; '31 March 2028' date; '2028/29' a financial year, period; 'March 2031'
after 2026–2030; empty = none). Status (Not started / In progress / Complete) is progress, never a deadline; a Success
measure ('… within 24 hours in 95% of cases', 'before the winter') is an indicator, never a measure or a deadline.
""")
    f = bk.reportlab_fonts("KV")
    navy = colors.HexColor("#27325e")
    body = ParagraphStyle("b", fontName=f["normal"], fontSize=10.5, leading=14.5, spaceAfter=6)
    h1 = ParagraphStyle("h1", fontName=f["bold"], fontSize=15, leading=19, textColor=navy, spaceBefore=8,
                        spaceAfter=6)
    title = ParagraphStyle("t", fontName=f["bold"], fontSize=21, leading=26, textColor=navy, spaceAfter=6)
    cell = ParagraphStyle("c", fontName=f["normal"], fontSize=10, leading=13)
    cellb = ParagraphStyle("cb", fontName=f["bold"], fontSize=10, leading=13, textColor=colors.white)
    objs = ParagraphStyle("o", fontName=f["bold"], fontSize=10.5, leading=13, textColor=navy)

    def onpage(canvas, doc):
        w, h = canvas._pagesize
        canvas.saveState()
        canvas.setFont(f["normal"], 8)
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.drawString(15 * mm, h - 10 * mm, "Kestrel Vale District Council")
        canvas.drawRightString(w - 15 * mm, h - 10 * mm, "Homelessness and Rough Sleeping Strategy 2026–2030")
        canvas.drawCentredString(w / 2, 8 * mm, f"Page {doc.page}")
        canvas.restoreState()

    pw, ph = A4
    lw, lh = landscape(A4)
    doc = BaseDocTemplate(str(d / f"{slug}.pdf"), pagesize=A4, title=plan.title,
                          author="Kestrel Vale District Council", invariant=1)
    doc.addPageTemplates([
        PageTemplate("p", [Frame(20 * mm, 16 * mm, pw - 40 * mm, ph - 32 * mm)], onPage=onpage, pagesize=A4),
        PageTemplate("l", [Frame(15 * mm, 14 * mm, lw - 30 * mm, lh - 28 * mm)], onPage=onpage,
                     pagesize=landscape(A4)),
    ])
    story = [Paragraph("Homelessness and Rough Sleeping Strategy 2026–2030: Action Plan", title),
             Paragraph("Approved by the Cabinet on 21 January 2026. This action plan is reviewed every year.", body),
             Paragraph("About this action plan", h1)]
    for t in (
        "The Homelessness Act 2002 requires every housing authority to carry out a review of homelessness in its "
        "district and to publish a strategy based on that review. Our strategy for 2026–2030 was adopted after a "
        "public consultation in the autumn of 2025.",
        "This document sets out the actions we and our partners will take to deliver the strategy. The action "
        "plan is a living document: actions will be added as new funding and new partnerships become available.",
        "The action plan is arranged under the four objectives of the strategy. Each action has a lead officer or "
        "organisation and a target date.",
    ):
        story.append(Paragraph(t, body))
    story.append(Paragraph("Our four objectives", h1))
    for n, (_o, t) in enumerate(EN_OBJECTIVES, 1):
        story.append(Paragraph(f"<b>Objective {n}:</b> {E(t)}", ParagraphStyle("li", parent=body, leftIndent=12)))
    story.append(Paragraph("Homelessness in Kestrel Vale", h1))
    facts = [["", "2023/24", "2024/25"],
             ["Households owed a prevention duty", "412", "468"],
             ["Households owed a relief duty", "305", "351"],
             ["Households in temporary accommodation (31 March)", "96", "124"],
             ["Of which families in bed and breakfast", "11", "17"],
             ["People sleeping rough on the snapshot night", "9", "14"]]
    ft = Table([[Paragraph(E(c), cell) for c in r] for r in facts], colWidths=[110 * mm, 30 * mm, 30 * mm])
    ft.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa3c7")),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e7f3"))]))
    story += [ft, Spacer(1, 6), Paragraph("Governance and monitoring", h1)]
    for t in (
        "The Homelessness Forum, chaired by the Cabinet Member for Housing, will monitor the action plan every "
        "quarter. Each lead reports progress using the status column: Not started, In progress or Complete.",
        "An annual report on progress will go to the Housing Scrutiny Panel each summer, together with updated "
        "figures from the government's H-CLIC returns.",
    ):
        story.append(Paragraph(t, body))
    story += [NextPageTemplate("l"), PageBreak(), Paragraph("Action plan", h1)]
    rows = [[Paragraph(h, cellb) for h in ("Ref", "Action", "Lead", "Success measure", "Target date", "Status")]]
    style = [("BACKGROUND", (0, 0), (-1, 0), navy), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa3c7")),
             ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]
    for n, (o, t) in enumerate(EN_OBJECTIVES, 1):
        r = len(rows)
        rows.append([Paragraph(f"Objective {n}: {E(t)}", objs), "", "", "", "", ""])
        style += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), colors.HexColor("#dfe3f1"))]
        for ref, text, oid, lead, _own, dl, _k, status, _n in EN_ACTIONS:
            if oid == o:
                rows.append([Paragraph(c, cell) for c in (ref, E(text), E(lead), E(EN_SUCCESS[ref]), E(dl), status)])
    t = Table(rows, colWidths=[12 * mm, 80 * mm, 52 * mm, 68 * mm, 28 * mm, 24 * mm], repeatRows=1)
    t.setStyle(TableStyle(style))
    story.append(t)
    doc.build(story)
    pdf = d / f"{slug}.pdf"
    _gold(plan, pdf)
    return plan, pdf


def _whole_text_raw(slug: str) -> list[str]:
    """Batch 30's whole-text check (every gold goal and measure printed WHOLE from its gold page) on pdftotext's
    content-stream order (-raw): in the physical order that make_blind_corpus30._whole_text_on_page reads, the second line of a
    wrapped table cell comes after the neighbouring cells' first lines when their baselines align (Chromium's
    table rows), which is reading order, not a gold page."""
    import subprocess

    import yaml

    gold = yaml.safe_load((OUT / slug / f"{slug}.gold.yaml").read_text(encoding="utf-8"))
    raw = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(OUT / slug / gold["document"]), "-"],
                         check=True, capture_output=True, text=True).stdout.split("\f")
    pages = [mb._squash(p).replace("-", "") for p in raw]
    bad = []
    for kind in ("goals", "measures"):
        for it in gold.get(kind) or []:
            needle = mb._squash(it["text"]).replace("-", "")
            hay = "".join(pages[it["page"] - 1: it["page"] + 1])
            if not 0 <= hay.find(needle) < len(pages[it["page"] - 1]):
                bad.append(f"{slug}: {kind} {it['id']} not printed whole from p. {it['page']}")
    return bad


def _layout_facts(slug: str) -> list[str]:
    """One layout fact per plan: the Swedish and English action tables run over two pages with the header row
    repeated and the Swedish / English action pages are landscape; the Danish PDF prints one 'Samarbejdspartnere'
    table head per indsatsområde; the nynorsk PDF prints an 'Ansvar:' line for nine tiltak and 'Frist:' for nine."""
    import pypdfium2 as pdfium

    pdf = OUT / slug / f"{slug}.pdf"
    pages = mb3.pdftotext_pages(pdf)
    bad = []
    if slug in (SV_SLUG, EN_SLUG):
        head = "aktivitetansvarigfinansiering" if slug == SV_SLUG else "actionleadsuccessmeasuretargetdate"
        hits = [i for i, p in enumerate(pages, 1) if head in p]
        doc = pdfium.PdfDocument(str(pdf))
        try:
            land = [i for i in hits if doc[i - 1].get_size()[0] > doc[i - 1].get_size()[1]]
        finally:
            doc.close()
        if len(hits) != 2 or land != hits:
            bad.append(f"{slug}: action table header on pages {hits} (landscape {land}), expected two landscape pages")
    if slug == DA_SLUG and sum(p.count("samarbejdspartnere") for p in pages) != 4:
        bad.append(f"{slug}: not four tables with a 'Samarbejdspartnere' head")
    if slug == NN_SLUG:
        txt = "".join(pages)
        if txt.count("ansvar:") != 9 or txt.count("frist:") != 9:
            bad.append(f"{slug}: not nine 'Ansvar:' and nine 'Frist:' lines")
    return bad


def verify(slug: str) -> list[str]:
    """mb3.verify (pdftotext, page by page), the whole-text check on content order, and one layout fact per plan."""
    return mb3.verify(slug) + _whole_text_raw(slug) + _layout_facts(slug)


def main(argv: list[str]) -> None:
    """Build the plans (or the SLUGs), --verify or --twice: blindkit.plans_main."""
    bk.plans_main(argv, plans=PLANS, out=OUT, verify=verify)


if __name__ == "__main__":
    main(sys.argv[1:])
