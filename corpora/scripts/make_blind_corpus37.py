"""Build the thirty-seventh batch of blind authored plans (corpora/authored/<slug>/), in ORDINARY forms on new
surfaces: a Swedish handlingsplan för en giftfri vardag whose action part is one landscape table 'Nr | Aktivitet |
Ansvarig | Klart | Indikator' with each goal as a shaded row spanning the table above its activities, running over
pages with the header repeated (HTML → Chromium); a bokmål handlingsplan mot utenforskap with one section per
innsatsområde, a shaded goal box and a table 'Nr | Tiltak | Ansvarlig | Samarbeidspartnere | Tidsramme' where the
lead and the partners are different columns (odfpy → LibreOffice); an English food insecurity action plan whose
objectives are listed 'O1 … O5' and whose landscape action table 'Objective | Action | Lead officer | Partners |
Target date | RAG' refers to them by code, with a key to the RAG colours (python-docx → LibreOffice); a Danish
handleplan with 'Målsætning:' paragraphs, each followed by a numbered list of handlinger ending '(ansvar: …, 2027)'
(reportlab).

    python corpora/scripts/make_blind_corpus37.py              # every plan
    python corpora/scripts/make_blind_corpus37.py SLUG ...     # some of them
    python corpora/scripts/make_blind_corpus37.py --verify     # check gold against the PDFs
    python corpora/scripts/make_blind_corpus37.py --twice      # build twice, compare sha256

Generic helpers from blindkit.py; plan data classes, findings, gold writer and the `Odt` writer from
make_blind_corpus.py, the pdftotext check from make_blind_corpus3.py, the measure-row helper and the whole-text
check on pdftotext -raw from make_blind_corpus34.py (imported, not copied).
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
import make_blind_corpus34 as mb34  # noqa: E402
from make_blind_corpus import G, Plan  # noqa: E402

ROOT = HERE.parents[1]
OUT = ROOT / "corpora" / "authored"

PLANS, plan_builder, write_gold = mb.builder_registry("make_blind_corpus37.py")
E = lambda s: _h.escape(s, quote=False)  # noqa: E731


def _gold(plan: Plan, pdf: Path, **kw) -> Path:
    """write_gold with the pages looked up as pdftotext reads them (blindkit.gold_by_pdftotext)."""
    return bk.gold_by_pdftotext(write_gold, plan, pdf, **kw)


def _rows(data, period_end):
    """data rows (id, nr, text, goal, printed owner, owners, deadline or None, kind, note, *extra) → measures."""
    return mb34._measures([(r[0], r[2], [r[3]], r[5], r[6], r[7], r[8]) for r in data], period_end=period_end)


# =========================================================================== 1 Swedish handlingsplan (Chromium)

SV_SLUG = "giftfri-malrader-sv"
SV_GOALS = [
    ("G1", "Förskolemiljöerna ska vara fria från farliga kemikalier"),
    ("G2", "Kommunens inköp av varor ska ta hänsyn till innehållet av farliga ämnen"),
    ("G3", "Kommunens byggnader ska byggas och renoveras med material som är fria från utfasningsämnen"),
    ("G4", "Spridningen av miljögifter från förorenade områden och dagvatten ska minska"),
    ("G5", "Invånare och företag ska veta hur de kan minska sin egen användning av farliga kemikalier"),
]
# (id, nr, text, goal, Ansvarig as printed, owners, Klart as printed or None, kind, note, Indikator)
SV_ROWS = [
    ("A1", "1:1", "Inventera och byta ut gamla plastleksaker, madrasser och vilmattor i alla förskolor", "G1",
     "Förskoleförvaltningen", ["Förskoleförvaltningen"], "2026-12-31", "date", "ISO date",
     "Andel inventerade förskolor"),
    ("A2", "1:2", "Ta fram en checklista för giftfri förskola och utbilda förskolecheferna i den", "G1",
     "Miljöförvaltningen och Förskoleförvaltningen", ["Miljöförvaltningen", "Förskoleförvaltningen"],
     "Hösten 2026", "period", "two owners joined by 'och'", "Antal utbildade förskolechefer"),
    ("A3", "1:3", "Köpa in kemikaliesmarta möbler och material när nya förskolor inreds", "G1",
     "Alla förskoleenheter", ["Alla förskoleenheter"], "Löpande", "continuous",
     "'Alla förskoleenheter' diffuse; 'Löpande' continuous", "Andel inköp enligt checklistan"),
    ("A4", "1:4", "Följa upp förskolornas arbete med giftfri miljö vid tillsynsbesök", "G1",
     "Miljö- och hälsoskyddsnämnden", ["Miljö- och hälsoskyddsnämnden"], "Årligen", "recurring",
     "one owner (one nämnd named with 'och'); recurring", "Antal tillsynsbesök per år"),
    ("A5", "2:1", "Ställa krav på innehållet av farliga ämnen vid upphandling av förbrukningsmaterial, leksaker och "
     "textilier", "G2", "Upphandlingsenheten", ["Upphandlingsenheten"], "Kvartal 2 2027", "period", "",
     "Andel upphandlingar med kemikaliekrav"),
    ("A6", "2:2", "Utbilda beställare i kommunens kemikaliekrav vid inköp", "G2", "Upphandlingsenheten",
     ["Upphandlingsenheten"], "2027", "period", "", "Antal utbildade beställare"),
    ("A7", "2:3", "Införa ett gemensamt kemikalieregister för alla förvaltningar", "G2", "", [], "2028-06-30",
     "date", "empty Ansvarig: no owner", "Andel förvaltningar som använder registret"),
    ("A8", "3:1", "Använda Byggvarubedömningen eller ett likvärdigt system vid all nybyggnation och större "
     "renovering", "G3", "Fastighetsförvaltningen", ["Fastighetsförvaltningen"], "Januari 2027", "period", "",
     "Andel byggprojekt som använder systemet"),
    ("A9", "3:2", "Ta fram riktlinjer för att fasa ut PVC-golv och andra material som innehåller ftalater", "G3",
     "Fastighetsförvaltningen och Björkviks Bostäder AB", ["Fastighetsförvaltningen", "Björkviks Bostäder AB"],
     None, None, "two owners; empty Klart: no deadline", "Riktlinjer antagna"),
    ("A10", "3:3", "Inventera kommunens konstgräsplaner och minska spridningen av granulat från dem", "G3",
     "Kultur- och fritidsförvaltningen", ["Kultur- och fritidsförvaltningen"], "Våren 2027", "period",
     "one owner ('Kultur- och fritidsförvaltningen' is one förvaltning)", "Antal åtgärdade planer"),
    ("A11", "4:1", "Genomföra miljötekniska undersökningar av de fem högst prioriterade förorenade områdena", "G4",
     "Samhällsbyggnadsförvaltningen", ["Samhällsbyggnadsförvaltningen"], "2030", "period",
     "'2030' after the plan period 2026–2029", "Antal undersökta områden"),
    ("A12", "4:2", "Anlägga dagvattendammar med rening vid industriområdet Norra hamnen", "G4", "Björkvik Vatten AB",
     ["Björkvik Vatten AB"], "2028", "period", "", "Halt av zink och koppar i utgående dagvatten"),
    ("A13", "4:3", "Ta prover på dagvatten och sediment i Kvarnån", "G4", "Miljöförvaltningen",
     ["Miljöförvaltningen"], "Två gånger per år", "recurring", "recurring", "Halter av PFAS och metaller"),
    ("A14", "5:1", "Genomföra informationskampanjen ”Kemikaliesmart hemma” för småbarnsföräldrar", "G5",
     "Miljöförvaltningen och Kommunikationsavdelningen", ["Miljöförvaltningen", "Kommunikationsavdelningen"],
     "Mars 2027", "period", "two owners", "Antal besök på kampanjsidan"),
    ("A15", "5:2", "Erbjuda rådgivning om kemikaliehantering till små företag inom skönhetsvård och fordonsvård", "G5",
     "Miljöförvaltningen", ["Miljöförvaltningen"], "Löpande", "continuous", "continuous",
     "Antal företag som fått rådgivning"),
    ("A16", "5:3", "Ha en monter om kemikalier i vardagen på Miljödagen i Björkvik centrum", "G5",
     "Kommunikationsavdelningen", ["Kommunikationsavdelningen"], "Varje år i maj", "recurring", "recurring",
     "Antal besökare i montern"),
]
SV_TEXT = {
    "1 Inledning": [
        "Vi omges varje dag av kemikalier. De finns i leksaker, kläder, möbler, byggmaterial och elektronik, och "
        "många av dem gör nytta. En del ämnen är dock farliga för hälsan eller miljön, och barn är särskilt "
        "känsliga.",
        "Kommunfullmäktige gav 2024 miljö- och hälsoskyddsnämnden i uppdrag att ta fram en handlingsplan för en "
        "giftfri vardag. Planen gäller för åren 2026–2029 och omfattar kommunens egen verksamhet och de kommunala "
        "bolagen. Den visar också hur kommunen kan hjälpa invånare och företag att göra bra val.",
        "Handlingsplanen har tagits fram av en arbetsgrupp med representanter för miljöförvaltningen, "
        "förskoleförvaltningen, fastighetsförvaltningen, upphandlingsenheten, Björkvik Vatten AB och Björkviks "
        "Bostäder AB. Ett utkast har varit ute på remiss hos nämnderna, bolagen och pensionärsrådet.",
    ],
    "2 Bakgrund": [
        "Sverige har ett nationellt miljökvalitetsmål som heter Giftfri miljö. Enligt riksdagens beslut ska "
        "förekomsten av ämnen i miljön som har skapats i eller utvunnits av samhället inte hota människors hälsa "
        "eller den biologiska mångfalden. Länsstyrelsens bedömning är att målet inte kommer att nås till 2030.",
        "I Björkvik finns cirka 140 områden som kan vara förorenade efter tidigare industriverksamhet, bland "
        "annat sågverk, en nedlagd tvätteriverksamhet och flera bensinstationer. Tolv av dem har den högsta "
        "riskklassen.",
        "Provtagningar som miljöförvaltningen gjorde 2024 visar förhöjda halter av PFAS i Kvarnån nedströms "
        "industriområdet. Dagvattnet från Norra hamnen leds i dag utan rening till ån.",
    ],
    "3 Det här har vi gjort 2021–2025": [
        "Den förra handlingsplanen gällde för 2021–2025. Bland annat har vi:",
    ],
    "4 Så läser du handlingsplanen": [
        "Handlingsplanen i kapitel 5 är ordnad efter fem mål. Varje mål står på en färgad rad i tabellen, och "
        "under raden står de aktiviteter som ska bidra till målet. Aktiviteterna är numrerade efter målet, så "
        "att 3:2 är den andra aktiviteten under det tredje målet.",
        "I kolumnen Ansvarig står den förvaltning, den nämnd eller det bolag som ansvarar för att aktiviteten "
        "genomförs. I kolumnen Klart står när aktiviteten ska vara genomförd. Indikatorn visar hur vi följer "
        "upp aktiviteten.",
        "Aktiviteter som inte ryms i förvaltningarnas budget lyfts in i arbetet med budget och verksamhetsplan. "
        "Där inget datum har kunnat sättas ännu är rutan tom.",
    ],
    "6 Uppföljning": [
        "Miljöförvaltningen samordnar uppföljningen av handlingsplanen. Varje år i februari rapporterar de "
        "ansvariga förvaltningarna och bolagen hur arbetet med deras aktiviteter går, och en sammanställning "
        "redovisas för miljö- och hälsoskyddsnämnden och kommunstyrelsen.",
        "Handlingsplanen revideras i sin helhet under 2029, inför nästa mandatperiod.",
    ],
}
SV_DONE = [
    "bytt ut alla skumgummimadrasser med flamskyddsmedel i förskolorna",
    "tagit fram kemikaliekrav för upphandling av städkemikalier",
    "sanerat den gamla impregneringsplatsen vid Sågvägen",
    "utbildat 120 anställda i kemikaliehantering",
]
SV_STATS = [("Förorenade områden, totalt", "138"), ("varav riskklass 1 (mycket stor risk)", "12"),
            ("Förskolor i kommunen", "31"), ("Förskolor inventerade enligt förra planen", "19")]


@plan_builder
def build_giftfri_malrader_sv() -> tuple[Plan, Path]:
    """Swedish handlingsplan (HTML → Chromium): cover, contents, background chapters in portrait, then chapter 5 on
    landscape pages (a named @page): one table 'Nr | Aktivitet | Ansvarig | Klart | Indikator' with each goal as
    a shaded row 'Mål n: …' spanning the table above its activities, header repeated on every page."""
    slug = SV_SLUG
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    plan = Plan(
        slug=slug, language="sv", title="Handlingsplan för en giftfri vardag 2026–2029", period=(2026, 2029),
        goals=[G(g, t) for g, t in SV_GOALS], measures=_rows(SV_ROWS, 2029), source_ext="html",
        notes="""
HTML/CSS → Chromium print, Björkvik kommun. DejaVu Serif 10.5 pt body, DejaVu Sans headings and table 8.8 pt.
@page header 'Björkvik kommun' left, 'Handlingsplan för en giftfri vardag 2026–2029' right, footer 'Sida n av N'
centred, none on the cover. Cover, 'Innehåll', 1 Inledning, 2 Bakgrund (quotes the national miljökvalitetsmål
Giftfri miljö: a trap, no goal; a table of figures), 3 Det här har vi gjort 2021–2025 (a bullet list of past work:
no measures), 4 Så läser du handlingsplanen (explains the shaded goal rows, the 3:2 numbering and the columns), 5
Handlingsplan 2026–2029 on LANDSCAPE pages (named page): ONE table 'Nr | Aktivitet | Ansvarig | Klart | Indikator'
whose header repeats on every page; each goal is a shaded row spanning all columns 'Mål n: <sentence>' (the GOALS,
text without the label), followed by its activity rows numbered n:k (the MEASURES = Aktivitet cell, without the
number, linked to the shaded goal row above). 6 Uppföljning back in portrait. Gold: owners = Ansvarig
('Miljöförvaltningen och Förskoleförvaltningen', 'Fastighetsförvaltningen och Björkviks Bostäder AB',
'Miljöförvaltningen och Kommunikationsavdelningen' two each; 'Miljö- och hälsoskyddsnämnden' ONE nämnd,
'Kultur- och fritidsförvaltningen' ONE förvaltning; 'Alla förskoleenheter' diffuse; empty = none). Deadline = Klart
('2026-12-31', '2028-06-30' dates; 'Hösten 2026', 'Kvartal 2 2027', '2027', 'Januari 2027', 'Våren 2027', '2028',
'Mars 2027' periods; 'Löpande' continuous; 'Årligen', 'Två gånger per år', 'Varje år i maj' recurring; '2030' after
2026–2029; empty = none). The Indikator cell ('Antal …', 'Andel …', 'Halt av …') is an indicator: never a measure,
an owner or a deadline; not scored here.
""")
    css = """
@page { size: A4; margin: 20mm 18mm 18mm 20mm;
  @top-left { content: "Björkvik kommun"; font: 7.5pt 'DejaVu Sans'; color: #5a4a7a; }
  @top-right { content: "Handlingsplan för en giftfri vardag 2026–2029"; font: 7.5pt 'DejaVu Sans'; color: #5a4a7a; }
  @bottom-center { content: "Sida " counter(page) " av " counter(pages); font: 7.5pt 'DejaVu Sans'; color: #555; } }
@page :first { @top-left { content: none; } @top-right { content: none; } @bottom-center { content: none; } }
@page liggande { size: A4 landscape; margin: 18mm 18mm 16mm 18mm; }
@page staende { size: A4 portrait; }
body { font-family: 'DejaVu Serif', serif; font-size: 10.5pt; color: #222; line-height: 1.5; }
h1, h2 { font-family: 'DejaVu Sans', sans-serif; }
.cover { padding-top: 70mm; }
.cover .k { font: bold 11pt 'DejaVu Sans'; color: #5a4a7a; letter-spacing: 0.5pt; }
.cover h1 { font-size: 25pt; line-height: 1.2; color: #3b2c5e; margin: 5mm 0 3mm 0; }
.cover .u { font: 11pt 'DejaVu Sans'; color: #444; }
.cover .dnr { margin-top: 100mm; font: 8.5pt 'DejaVu Sans'; color: #555; }
h2 { font-size: 15pt; color: #3b2c5e; break-before: page; margin: 0 0 5mm 0; }
.land { page: liggande; }
.port { page: staende; }
.toc p { margin: 0 0 3mm 0; display: flex; justify-content: space-between; border-bottom: 0.4pt dotted #888; }
ul.done li { margin-bottom: 1.5mm; }
table.st { border-collapse: collapse; margin: 4mm 0; width: 70%; font: 9pt 'DejaVu Sans'; }
table.st td, table.st th { border-bottom: 0.5pt solid #b9aed1; padding: 1.2mm 2mm; text-align: left; }
table.st td:last-child, table.st th:last-child { text-align: right; }
table.ap { border-collapse: collapse; width: 100%; font: 8.8pt/1.35 'DejaVu Sans', sans-serif; }
table.ap thead th { background: #3b2c5e; color: #fff; text-align: left; padding: 1.6mm 2mm; font-weight: bold; }
table.ap td { border-bottom: 0.5pt solid #c8c0da; padding: 1.6mm 2mm; vertical-align: top; }
table.ap tr { break-inside: avoid; }
table.ap tr.mal td { background: #e4dff0; font-weight: bold; color: #2a1f47; padding: 2mm; border-top: 1pt solid #3b2c5e; }
.src { font: 8pt 'DejaVu Sans'; color: #555; }
"""
    p = [f"<!DOCTYPE html><html lang='sv'><head><meta charset='utf-8'><title>{E(plan.title)}</title>"
         f"<style>{css}</style></head><body>"]
    p.append("<div class='cover'><div class='k'>BJÖRKVIK KOMMUN</div><h1>Handlingsplan för en giftfri vardag "
             "2026–2029</h1><div class='u'>Kemikalieplan för kommunens verksamheter och bolag</div>"
             "<div class='dnr'>Antagen av kommunfullmäktige 2026-02-23, § 14<br>Dnr KS 2024/318</div></div>")
    toc = [("1 Inledning", 3), ("2 Bakgrund", 4), ("3 Det här har vi gjort 2021–2025", 5),
           ("4 Så läser du handlingsplanen", 6), ("5 Handlingsplan 2026–2029", 7), ("6 Uppföljning", 9)]
    p.append("<h2>Innehåll</h2><div class='toc'>" + "".join(
        f"<p><span>{E(t)}</span><span>{n}</span></p>" for t, n in toc) + "</div>")
    for chap in ("1 Inledning", "2 Bakgrund", "3 Det här har vi gjort 2021–2025", "4 Så läser du handlingsplanen"):
        p.append(f"<h2>{E(chap)}</h2>" + "".join(f"<p>{E(t)}</p>" for t in SV_TEXT[chap]))
        if chap.startswith("2 "):
            p.append("<table class='st'><thead><tr><th>Nyckeltal</th><th>2025</th></tr></thead><tbody>"
                     + "".join(f"<tr><td>{E(a)}</td><td>{E(b)}</td></tr>" for a, b in SV_STATS)
                     + "</tbody></table><p class='src'>Källa: Länsstyrelsen och miljöförvaltningen.</p>")
        if chap.startswith("3 "):
            p.append("<ul class='done'>" + "".join(f"<li>{E(t)}</li>" for t in SV_DONE) + "</ul>"
                     "<p>Flera aktiviteter i den förra planen blev inte klara och har förts över till den här "
                     "planen.</p>")
    p.append("<div class='land'><h2>5 Handlingsplan 2026–2029</h2>"
             "<p>Tabellen visar målen och aktiviteterna för planperioden.</p>"
             "<table class='ap'><colgroup><col style='width:6%'><col style='width:38%'><col style='width:21%'>"
             "<col style='width:12%'><col style='width:23%'></colgroup><thead><tr><th>Nr</th><th>Aktivitet</th>"
             "<th>Ansvarig</th><th>Klart</th><th>Indikator</th></tr></thead>")
    for i, (g, gt) in enumerate(SV_GOALS, 1):
        p.append(f"<tbody><tr class='mal'><td colspan='5'>Mål {i}: {E(gt)}</td></tr>")
        for _id, nr, text, gg, a, _o, dl, _k, _n, ind in SV_ROWS:
            if gg == g:
                p.append(f"<tr><td>{nr}</td><td>{E(text)}</td><td>{E(a)}</td><td>{E(dl or '')}</td>"
                         f"<td>{E(ind)}</td></tr>")
        p.append("</tbody>")
    p.append("</table></div>")
    p.append("<div class='port'><h2>6 Uppföljning</h2>" + "".join(f"<p>{E(t)}</p>" for t in SV_TEXT["6 Uppföljning"])
             + "</div></body></html>")
    src = d / f"{slug}.html"
    src.write_text("".join(p), encoding="utf-8")
    pdf = bk.chromium_pdf(src, d / f"{slug}.pdf")
    _gold(plan, pdf)
    return plan, pdf


# =========================================================================== 2 bokmål handlingsplan (odfpy)

NB_SLUG = "utenforskap-samarbeidspartnere-nb"
NB_AREAS = [("F1", "Skole og utdanning"), ("F2", "Arbeid og kvalifisering"), ("F3", "Fritid og fellesskap"),
            ("F4", "Helse og oppfølging")]
NB_GOALS = [
    ("G1", "Flere unge i Fjellvik skal fullføre og bestå videregående opplæring", "F1"),
    ("G2", "Unge som står utenfor, skal raskt komme i arbeid, praksis eller utdanning", "F2"),
    ("G3", "Alle barn og unge skal ha tilgang til minst én fritidsaktivitet de trives med", "F3"),
    ("G4", "Unge med psykiske plager eller rusproblemer skal få helhetlig og koordinert hjelp", "F4"),
]
# (id, nr, text, goal, Ansvarlig as printed, owners, Tidsramme as printed or None, kind, note, Samarbeidspartnere)
NB_ROWS = [
    ("T1", "1.1", "Etablere et fast overgangsteam mellom ungdomsskolene og Fjellvik videregående skole", "G1",
     "Kommunalsjef oppvekst", ["Kommunalsjef oppvekst"], "Høsten 2026", "period", "",
     "Fylkeskommunen, Fjellvik videregående skole"),
    ("T2", "1.2", "Tilby leksehjelp og mentorordning for elever på 8.–10. trinn", "G1", "Alle ungdomsskoler",
     ["Alle ungdomsskoler"], "2026–2027", "period", "'Alle ungdomsskoler' diffuse", "Frivilligsentralen, Røde Kors"),
    ("T3", "1.3", "Følge opp elever med høyt fravær etter kommunens felles fraværsrutine", "G1",
     "PPT og skolehelsetjenesten", ["PPT", "skolehelsetjenesten"], "Løpende", "continuous",
     "two owners; continuous", "Foresatte, BUP"),
    ("T4", "1.4", "Kartlegge årsakene til at elever fra Fjellvik avbryter videregående opplæring", "G1",
     "Oppvekstkontoret", ["Oppvekstkontoret"], None, None, "empty Tidsramme: no deadline",
     "Fylkeskommunen, oppfølgingstjenesten"),
    ("T5", "2.1", "Opprette et ungdomsteam i NAV med egne veiledere for unge under 25 år", "G2", "NAV Fjellvik",
     ["NAV Fjellvik"], "1. kvartal 2027", "period", "", "Oppfølgingstjenesten i fylkeskommunen"),
    ("T6", "2.2", "Tilby sommerjobb i kommunen til minst 40 ungdommer", "G2", "HR og organisasjon",
     ["HR og organisasjon"], "Hver sommer", "recurring",
     "one owner (one avdeling named with 'og'); recurring; 'Alle kommunale enheter' is a PARTNER, not an owner",
     "Alle kommunale enheter"),
    ("T7", "2.3", "Inngå avtaler med lokale bedrifter om praksisplasser for unge", "G2", "", [],
     "Innen 31.12.2027", "date", "empty Ansvarlig: no owner (the partners are not owners)",
     "Fjellvik Næringsforening, NAV Fjellvik"),
    ("T8", "2.4", "Utrede et kommunalt lærlingløft med ti nye lærlingplasser", "G2", "Kommunedirektøren",
     ["Kommunedirektøren"], "2030", "period", "'2030' after the plan period 2026–2029", "Tillitsvalgte"),
    ("T9", "3.1", "Innføre fritidskort for alle barn og unge mellom 6 og 18 år", "G3", "Kultur og fritid",
     ["Kultur og fritid"], "August 2026", "period", "one owner (one avdeling named with 'og')",
     "Idrettsrådet, Frivilligsentralen"),
    ("T10", "3.2", "Holde ungdomshuset åpent også fredag og lørdag kveld", "G3", "Ungdomshuset og SLT-koordinator",
     ["Ungdomshuset", "SLT-koordinator"], "2026", "period", "two owners", "Politiet, Ungdomsrådet"),
    ("T11", "3.3", "Gi tilskudd til lag og foreninger som inkluderer ungdom som står utenfor", "G3",
     "Kultur og fritid", ["Kultur og fritid"], "Årlig", "recurring", "recurring", "Idrettsrådet"),
    ("T12", "4.1", "Etablere et lavterskel helsetilbud for unge mellom 16 og 25 år uten timebestilling", "G4",
     "Helsestasjon og skolehelsetjeneste", ["Helsestasjon og skolehelsetjeneste"], "Våren 2027", "period",
     "one owner (one tjeneste named with 'og')", "Fastlegene, NAV Fjellvik"),
    ("T13", "4.2", "Gi unge med sammensatte behov én fast koordinator og en individuell plan", "G4",
     "Koordinerende enhet", ["Koordinerende enhet"], "2027", "period", "", "NAV Fjellvik, PPT, barneverntjenesten"),
    ("T14", "4.3", "Gjennomføre Ungdata-undersøkelsen og bruke resultatene i planarbeidet", "G4",
     "Folkehelsekoordinator", ["Folkehelsekoordinator"], "Hvert tredje år", "recurring", "recurring", "KoRus Øst"),
]
NB_TEXT = {
    "Forord": [
        "Ingen unge i Fjellvik skal bli stående utenfor skole, arbeid og fellesskap. Likevel vet vi at noen "
        "faller fra i videregående, at noen går lenge uten jobb, og at noen ikke har et sted å høre til i "
        "fritiden.",
        "Denne handlingsplanen samler det kommunen, NAV og våre samarbeidspartnere skal gjøre de neste fire årene. "
        "Den bygger på innspill fra ungdomsrådet, elevrådene, foreldre, lag og foreninger og ansatte i tjenestene.",
        "Takk til alle som har delt erfaringer og kommet med gode forslag!",
    ],
    "1 Innledning": [
        "Kommunestyret vedtok i planstrategien for 2024–2027 at det skulle lages en handlingsplan mot utenforskap "
        "blant unge. Planen gjelder for perioden 2026–2029 og omfatter barn og unge mellom 13 og 25 år.",
        "Planen er utarbeidet av en arbeidsgruppe ledet av kommunalsjef oppvekst, med deltakere fra skole, "
        "helsestasjon og skolehelsetjeneste, NAV Fjellvik, kultur og fritid og SLT. Ungdomsrådet har hatt en "
        "egen representant i gruppen.",
        "Kapittel 2 og 3 beskriver situasjonen i dag og arbeidet som er gjort. I kapittel 4 står planens mål og "
        "tiltak, ordnet etter fire innsatsområder. For hvert tiltak står det hvem som er ansvarlig, hvem som "
        "skal samarbeide om tiltaket, og når det skal gjennomføres.",
    ],
    "2 Bakgrunn og utfordringer": [
        "Utenforskap handler om å stå utenfor arenaer som de fleste andre deltar på: skole, arbeid og "
        "fritidsaktiviteter. Det kan ha mange årsaker, og de henger ofte sammen. Den som dropper ut av "
        "skolen, har større risiko for å bli stående utenfor arbeidslivet senere.",
        "I Fjellvik fullfører og består 74 prosent av elevene videregående opplæring innen fem år. Det er lavere "
        "enn i landet som helhet. Andelen unge mellom 15 og 29 år som verken er i arbeid eller utdanning, har "
        "økt de siste årene.",
        "Ungdata-undersøkelsen fra 2024 viser at de fleste ungdommene trives, men at nesten hver femte ikke "
        "deltar i noen organisert fritidsaktivitet. Mange oppgir at det koster for mye, eller at de ikke har "
        "noen å gå sammen med.",
    ],
    "3 Dette har vi gjort": [
        "I perioden 2022–2025 har kommunen blant annet startet et losprosjekt for elever som står i fare for å "
        "avbryte skolen, gitt gratis deltakelse på sommerskole og etablert et fast samarbeidsmøte mellom NAV og "
        "oppfølgingstjenesten.",
        "Losprosjektet ble evaluert i 2025. Evalueringen viser at elevene som fikk en los, i større grad fullførte "
        "skoleåret, men at ordningen var sårbar fordi den hang på én person. Erfaringene er tatt med i planen.",
    ],
    "5 Oppfølging og økonomi": [
        "Kommunalsjef oppvekst har ansvaret for å følge opp planen og rapporterer status for tiltakene til "
        "hovedutvalg for oppvekst og kultur én gang i året. Ungdomsrådet får den samme rapporten.",
        "Tiltak som krever nye midler, blir spilt inn til budsjett og økonomiplan. Kommunen vil også søke "
        "tilskudd fra Bufdir og Helsedirektoratet der det er mulig.",
        "Planen rulleres i 2028.",
    ],
}
NB_STATS = [["Indikator", "Fjellvik", "Landet"],
            ["Fullført og bestått videregående innen fem år", "74 %", "81 %"],
            ["Unge 15–29 år utenfor arbeid og utdanning", "9,8 %", "8,1 %"],
            ["Ungdomsskoleelever uten organisert fritidsaktivitet", "19 %", "15 %"],
            ["Unge under 30 år med arbeidsavklaringspenger", "3,1 %", "2,4 %"]]


def _odt_page_style(o, key: str, base_size: float, color: str) -> None:
    """A heading paragraph style that starts a new page (Writer's 'Breaks: insert, page, before')."""
    from odf.style import ParagraphProperties, Style, TextProperties

    o._n += 1
    name = f"P{o._n}"
    st = Style(name=name, family="paragraph")
    st.addElement(ParagraphProperties(breakbefore="page", margintop="0cm", marginbottom="0.35cm",
                                      keepwithnext="always"))
    st.addElement(TextProperties(fontname=o.font, fontsize=f"{base_size}pt", fontweight="bold",
                                 fontweightasian="bold", fontweightcomplex="bold", color=color, language=o.lang,
                                 country=o.country))
    o.doc.automaticstyles.addElement(st)
    o.styles[key] = name


def _odt_rows_unsplit(o, table) -> None:
    """Every row of TABLE kept on one page (Writer's 'Allow row to break across pages' unticked)."""
    from odf.namespaces import STYLENS, TABLENS
    from odf.style import Style, TableRowProperties
    from odf.table import TableRow

    o._n += 1
    st = Style(name=f"R{o._n}", family="table-row")
    st.addElement(TableRowProperties(keeptogether="always"))
    o.doc.automaticstyles.addElement(st)
    for tr in table.getElementsByType(TableRow):
        tr.setAttrNS(TABLENS, "style-name", st.getAttrNS(STYLENS, "name"))


@plan_builder
def build_utenforskap_samarbeidspartnere_nb() -> tuple[Plan, Path]:
    """Bokmål handlingsplan (odfpy → LibreOffice): cover, contents, forord and background chapters on their own
    pages, then chapter 4 with one section per innsatsområde: a shaded goal box and a table 'Nr | Tiltak |
    Ansvarlig | Samarbeidspartnere | Tidsramme' (the lead and the partners in different columns)."""
    slug = NB_SLUG
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    plan = Plan(
        slug=slug, language="nb", title="Handlingsplan mot utenforskap blant unge 2026–2029", period=(2026, 2029),
        goals=[G(g, t, focus_area=f) for g, t, f in NB_GOALS], measures=_rows(NB_ROWS, 2029), source_ext="odt",
        focus_areas=NB_AREAS,
        notes="""
odfpy → LibreOffice Writer (DejaVu Sans 10 pt, A4 portrait), Fjellvik kommune. Running header 'Fjellvik kommune |
Handlingsplan mot utenforskap blant unge', footer 'Side n'. Cover page, 'Innhold' (chapters only), Forord, 1
Innledning, 2 Bakgrunn og utfordringer (a table of indicators), 3 Dette har vi gjort (past work in prose: no
measures), each on a new page; 4 Mål og tiltak: four sections '4.n <name>' (the FOCUS AREAS, text without the
number), each with a shaded box of two lines, 'Mål for innsatsområdet' and the goal sentence (the GOALS, the
sentence), then a table 'Nr | Tiltak | Ansvarlig | Samarbeidspartnere | Tidsramme' (header row repeated when a
table breaks). Each Tiltak cell is a measure of the goal of its section (Nr '2.3' not part of the text). 5
Oppfølging og økonomi. Gold: OWNERS = Ansvarlig only ('PPT og skolehelsetjenesten', 'Ungdomshuset og
SLT-koordinator' two; 'HR og organisasjon', 'Kultur og fritid', 'Helsestasjon og skolehelsetjeneste' ONE unit
each; 'Kommunalsjef oppvekst' one title; 'Alle ungdomsskoler' diffuse; empty = none). Samarbeidspartnere (NAV
Fjellvik, Idrettsrådet, 'Alle kommunale enheter' …) are partners, NEVER owners: an empty Ansvarlig beside named
partners is still a measure without an owner, and a diffuse partner is no finding. DEADLINE = Tidsramme ('Høsten
2026', '2026–2027', '1. kvartal 2027', 'August 2026', '2026', 'Våren 2027', '2027' periods; 'Innen 31.12.2027'
date; 'Løpende' continuous; 'Hver sommer', 'Årlig', 'Hvert tredje år' recurring; '2030' after 2026–2029; empty =
none).
""")
    o = mb.Odt(font="DejaVu Sans", size=10, lang="nb", country="NO",
               header="Fjellvik kommune | Handlingsplan mot utenforskap blant unge", footer_text="Side",
               margin_cm=2.2)
    teal = "#14506b"
    _odt_page_style(o, "Chap", 15, teal)
    o.style("Body", size=10, after=0.25)
    o.style("H2", size=12.5, bold=True, before=0.5, after=0.2, color=teal, keep=True)
    o.style("GoalLab", size=9, bold=True, fill="#dcecf2", padding="0.15cm", after=0, color=teal, keep=True,
            border="0.6pt solid #14506b")
    o.style("GoalBox", size=11, fill="#dcecf2", padding="0.15cm", after=0.3, keep=True,
            border="0.6pt solid #14506b")
    o.style("CoverK", size=13, bold=True, color=teal, before=6.0, after=0.4)
    o.style("CoverT", size=26, bold=True, color="#10384b", after=0.3)
    o.style("CoverU", size=12, after=9.0)
    o.style("Small", size=8.5, after=0.1)
    o.style("Toc", size=10.5, after=0.2)
    o.p("FJELLVIK KOMMUNE", "CoverK")
    o.p("Handlingsplan mot utenforskap blant unge 2026–2029", "CoverT")
    o.p("Ung i Fjellvik – med i skole, arbeid og fellesskap", "CoverU")
    o.p("Vedtatt av kommunestyret 12. mars 2026, sak 18/26", "Small")
    o.p("Saksnummer 2025/1127", "Small")
    o.p("Innhold", "Chap")
    for t, n in (("Forord", 3), ("1 Innledning", 4), ("2 Bakgrunn og utfordringer", 5), ("3 Dette har vi gjort", 6),
                 ("4 Mål og tiltak", 7), ("5 Oppfølging og økonomi", 9)):
        o.p(f"{t} ........................................................ {n}", "Toc")
    for chap in ("Forord", "1 Innledning", "2 Bakgrunn og utfordringer", "3 Dette har vi gjort"):
        o.p(chap, "Chap")
        for t in NB_TEXT[chap]:
            o.p(t)
        if chap.startswith("2 "):
            o.table([9.5, 3.0, 3.0], NB_STATS, header_fill="#dcecf2", border="0.5pt solid #8fb3c2")
            o.p("Kilder: SSB, Utdanningsdirektoratet og Ungdata 2024.", "Small")
    o.p("4 Mål og tiltak", "Chap")
    o.p("Planen har fire innsatsområder. For hvert innsatsområde har vi satt ett mål, og tabellen under målet viser "
        "tiltakene. Ansvarlig er den enheten eller lederen som skal sørge for at tiltaket blir gjennomført. "
        "Samarbeidspartnere er de som skal bidra, men som ikke har ansvaret. Tidsramme viser når tiltaket skal "
        "være gjennomført.")
    for i, ((fid, fname), (g, gt, _f)) in enumerate(zip(NB_AREAS, NB_GOALS, strict=True), 1):
        o.p(f"4.{i} {fname}", "H2")
        o.p("Mål for innsatsområdet", "GoalLab")
        o.p(gt, "GoalBox")
        rows = [["Nr", "Tiltak", "Ansvarlig", "Samarbeidspartnere", "Tidsramme"]]
        for _id, nr, text, gg, a, _o, dl, _k, _n, partners in NB_ROWS:
            if gg == g:
                rows.append([nr, text, a, partners, dl or ""])
        t = o.table([1.0, 5.5, 3.95, 3.75, 2.4], rows, header_fill="#b9d6e2", border="0.5pt solid #8fb3c2")
        _odt_rows_unsplit(o, t)
    o.p("5 Oppfølging og økonomi", "Chap")
    for t in NB_TEXT["5 Oppfølging og økonomi"]:
        o.p(t)
    src = d / f"{slug}.odt"
    o.save(src, title=plan.title, author="Fjellvik kommune")
    pdf = bk.soffice_pdf(src)
    _gold(plan, pdf)
    return plan, pdf


# =========================================================================== checks


def verify(slug: str) -> list[str]:
    """mb3.verify (pdftotext, page by page) and batch 34's whole-text check on content order."""
    return mb3.verify(slug) + mb34._whole_text_raw(slug)


def main(argv: list[str]) -> None:
    """Build the plans (or the SLUGs), --verify or --twice: blindkit.plans_main."""
    bk.plans_main(argv, plans=PLANS, out=OUT, verify=verify)


if __name__ == "__main__":
    main(sys.argv[1:])
