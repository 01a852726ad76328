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
    for i, ((_fid, fname), (g, gt, _f)) in enumerate(zip(NB_AREAS, NB_GOALS, strict=True), 1):
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


# =========================================================================== 3 English action plan (python-docx)

EN_SLUG = "food-insecurity-rag-en"
EN_GOALS = [
    ("G1", "Maximise the incomes of households on low incomes so that they can afford enough food"),
    ("G2", "Make sure that children and young people get healthy meals all year round"),
    ("G3", "Support a network of community food projects that offer dignified access to food"),
    ("G4", "Reduce food waste and redistribute surplus food to the people who need it"),
    ("G5", "Build a better picture of food insecurity in the borough through data and lived experience"),
]
# (id, objective code, text, goal, Lead officer as printed, owners, Target date as printed or None, kind, note,
#  Partners, RAG)
EN_ROWS = [
    ("E1", "O1", "Run a benefits take-up campaign for Pension Credit and Council Tax Reduction", "G1",
     "Financial Inclusion Manager", ["Financial Inclusion Manager"], "31/03/2027", "date", "UK date",
     "Citizens Advice Brackenford, Age UK", "G"),
    ("E2", "O1", "Provide cash-first crisis support through the Household Support Fund", "G1",
     "Head of Revenues and Benefits", ["Head of Revenues and Benefits"], "Ongoing", "continuous",
     "one owner (a title with 'and'); continuous", "Voluntary sector partners", "G"),
    ("E3", "O1", "Train frontline staff to refer residents to free money advice", "G1",
     "Financial Inclusion Manager and Workforce Development Lead",
     ["Financial Inclusion Manager", "Workforce Development Lead"], "Q3 2026/27", "period",
     "two owners; a quarter of the financial year", "Citizens Advice Brackenford", "A"),
    ("E4", "O1", "Place money advisers in the three largest food banks", "G1", "", [], "September 2026", "period",
     "empty Lead officer: no owner (the partners are not owners)", "Brackenford Food Bank, Trussell", "R"),
    ("E5", "O2", "Extend the Holiday Activities and Food programme to every school holiday", "G2",
     "HAF Programme Coordinator", ["HAF Programme Coordinator"], "Every school holiday", "recurring", "recurring",
     "Schools, sports clubs and youth groups", "G"),
    ("E6", "O2", "Increase the take-up of free school meals through automatic enrolment", "G2",
     "Head of Education Services", ["Head of Education Services"], "September 2027", "period",
     "'All primary schools' is a PARTNER, not an owner", "All primary schools", "A"),
    ("E7", "O2", "Offer a free breakfast club in every school where more than 25% of pupils are eligible for free "
     "school meals", "G2", "All headteachers", ["All headteachers"], "July 2027", "period",
     "'All headteachers' diffuse", "Magic Breakfast", "A"),
    ("E8", "O2", "Promote Healthy Start vouchers through health visitors and family hubs", "G2",
     "Public Health Principal", ["Public Health Principal"], "Annually", "recurring", "recurring",
     "NHS health visiting service", "G"),
    ("E9", "O3", "Set up a community food network with a shared code of practice", "G3",
     "Community Development Manager", ["Community Development Manager"], "December 2026", "period", "",
     "Brackenford Food Partnership", "G"),
    ("E10", "O3", "Help two food banks to become social supermarkets or food clubs", "G3",
     "Community Development Manager and Food Partnership Coordinator",
     ["Community Development Manager", "Food Partnership Coordinator"], "March 2030", "period",
     "two owners; 'March 2030' after the plan period 2026–2029", "Your Local Pantry", "R"),
    ("E11", "O3", "Map all community food provision and publish the map online and in print", "G3",
     "Food Partnership Coordinator", ["Food Partnership Coordinator"], None, None,
     "empty Target date: no deadline", "Brackenford Libraries", "A"),
    ("E12", "O4", "Support supermarkets and caterers to give surplus food to local community groups", "G4",
     "Waste and Recycling Manager", ["Waste and Recycling Manager"], "30/09/2027", "date", "UK date",
     "FareShare, local supermarkets", "G"),
    ("E13", "O4", "Open a community fridge in each of the four town centres", "G4", "Sustainability Officer",
     ["Sustainability Officer"], "March 2028", "period", "", "Town and parish councils", "B"),
]
RAG_FILL = {"B": "9DC3E6", "G": "A9D08E", "A": "FFD966", "R": "F4A6A6"}
EN_TEXT = {
    "Foreword": [
        "No one in Brackenford should have to go without food or skip meals because they cannot afford to eat. "
        "Yet the number of food parcels handed out in the borough has more than doubled in five years.",
        "This action plan brings together the work of the council, the NHS, schools and the many voluntary and "
        "faith groups who already do so much. It puts dignity and choice first, and it aims to tackle the "
        "causes of food insecurity, not only its symptoms.",
        "Councillor Priya Bannerjee, Cabinet Member for Communities and Wellbeing",
    ],
    "1 Introduction": [
        "Food insecurity means not having secure access to enough safe and nutritious food because of a lack of "
        "money or other resources. It ranges from worrying about running out of food to going whole days without "
        "eating.",
        "The council's Corporate Plan commits us to a fairer Brackenford where everyone can live a healthy life. "
        "This action plan covers the four years from April 2026 to March 2029 and sits alongside our Anti-Poverty "
        "Strategy and the Joint Health and Wellbeing Strategy.",
        "The plan was developed with the Brackenford Food Partnership, which brings together food banks, "
        "community pantries, growers, schools and public services. More than 300 residents took part in our "
        "survey in summer 2025, and twelve people with lived experience of food insecurity met with us to "
        "shape the priorities.",
    ],
    "2 Food insecurity in Brackenford": [
        "National surveys suggest that around one in seven households in England experienced food insecurity in "
        "2024. Applying these rates to Brackenford gives an estimate of 8,600 households in the borough.",
        "Our residents' survey found that families with children, single adults under 35 and disabled people "
        "were most likely to have cut down on meals. The main reasons given were rent and energy costs and "
        "changes to benefits.",
    ],
    "3 Our objectives": [
        "Based on the evidence and what residents told us, the plan has five objectives. Each objective has a "
        "code (O1 to O5), which is used in the action plan in section 4 to show which objective an action "
        "supports.",
    ],
    "4 Action plan": [
        "The table below sets out the actions for 2026–2029. The lead officer is accountable for making sure the "
        "action is delivered; partners will help to deliver it. The RAG column shows progress at the time of "
        "publication, using the key below.",
    ],
    "5 Governance and monitoring": [
        "The Food Insecurity Steering Group, chaired by the Director of Public Health, will oversee the plan. "
        "Progress against each action, with an updated RAG rating, will be reported to the Communities Scrutiny "
        "Committee every six months.",
        "The action plan will be refreshed each year in April, and a full review will take place in 2028.",
    ],
}
EN_STATS = [["Indicator", "Brackenford", "England"],
            ["Children eligible for free school meals", "27.4%", "24.6%"],
            ["Food parcels given out by food banks, 2024/25", "14,870", "–"],
            ["Households claiming Universal Credit", "11,240", "–"],
            ["Residents who skipped meals in the last year (survey)", "22%", "–"]]


@plan_builder
def build_food_insecurity_rag_en() -> tuple[Plan, Path]:
    """English action plan (python-docx → LibreOffice): foreword and background in portrait, the objectives as a
    coded list 'O1 … O5', then a landscape section with a RAG key and one table 'Objective | Action | Lead officer |
    Partners | Target date | RAG' whose Objective column holds the code; O5 has no actions."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt, RGBColor

    slug = EN_SLUG
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    plan = Plan(
        slug=slug, language="en", title="Tackling Food Insecurity: Action Plan 2026–2029", period=(2026, 2029),
        goals=[G(g, t) for g, t in EN_GOALS], measures=_rows(EN_ROWS, 2029), source_ext="docx",
        notes="""
python-docx → LibreOffice Writer (Liberation Sans 10.5 pt, Liberation Serif headings in dark green), Brackenford
Borough Council. Header 'Brackenford Borough Council' over a rule, footer 'Page n of N' right. Title block,
Foreword (signed by a cabinet member), 1 Introduction, 2 Food insecurity in Brackenford (an indicator table), 3
Our objectives: five paragraphs '<code><tab><sentence>' with codes O1–O5 in bold (the GOALS, the sentence
without the code); 4 Action plan in a LANDSCAPE section: one sentence, a one-row RAG key (B complete, G on track,
A some delay, R off track) as a small shaded table, then ONE table 'Objective | Action | Lead officer | Partners |
Target date | RAG' (header row repeated on the next page) whose Objective column holds only the code 'O1'; each
Action cell is a MEASURE linked to the objective whose code stands beside it. A note under the table says the
actions for O5 will be agreed later (O5 has no action: goal-has-measure). 5 Governance and monitoring back in
portrait. Gold: OWNERS = Lead officer only ('Financial Inclusion Manager and Workforce Development Lead',
'Community Development Manager and Food Partnership Coordinator' two; 'Head of Revenues and Benefits' one title;
'All headteachers' diffuse; empty = none). Partners ('Citizens Advice Brackenford, Age UK', 'All primary schools'
…) are never owners; a diffuse partner is no finding. DEADLINE = Target date ('31/03/2027', '30/09/2027' dates;
'September 2026', 'September 2027', 'July 2027', 'December 2026', 'March 2028', 'Q3 2026/27' periods; 'Ongoing'
continuous; 'Every school holiday', 'Annually' recurring; 'March 2030' after 2026–2029; empty = none). RAG letters
are status, never a deadline or owner; not scored.
""")
    green = "1E5631"
    doc = dh.new_document(font="Liberation Sans", size=10.5, margins_mm=22, heading_color=green)
    mb.docx_lang(doc, "en-GB")
    for lvl, size in ((1, 16), (2, 12.5)):
        st = doc.styles[f"Heading {lvl}"]
        st.font.name = "Liberation Serif"
        st.font.size = Pt(size)
    sec = doc.sections[0]
    dh.ruled_header(sec, "Brackenford Borough Council", size=8.5)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    dh.page_of_footer(fp, "Page ", " of ", "6", size=8.5)
    dh.para(doc, "Tackling Food Insecurity", size=24, bold=True, color=green, space_after=0)
    dh.para(doc, "Action Plan 2026–2029", size=18, color=green, space_after=6)
    dh.para(doc, "Brackenford Borough Council · Approved by Cabinet on 11 February 2026", size=9.5, italic=True,
            space_after=18)
    for chap in ("Foreword", "1 Introduction", "2 Food insecurity in Brackenford"):
        dh.heading(doc, chap, 1)
        texts = EN_TEXT[chap]
        for t in texts:
            last_sig = chap == "Foreword" and t is texts[-1]
            dh.para(doc, t, space_after=6, italic=last_sig)
        if chap.startswith("2 "):
            w = [105, 32, 28]
            t = dh.new_table(doc, w)
            for i, r in enumerate(EN_STATS):
                dh.add_row(t, r, w, size=9, bold=i == 0, fill="DDEBD3" if i == 0 else None)
            dh.para(doc, "Sources: DfE school census 2025, Brackenford Food Bank, DWP Stat-Xplore, residents' survey "
                         "2025.", italic=True, size=8, space_before=3)
    dh.heading(doc, "3 Our objectives", 1)
    dh.para(doc, EN_TEXT["3 Our objectives"][0], space_after=6)
    for i, (_g, gt) in enumerate(EN_GOALS, 1):
        pp = dh.para(doc, f"**O{i}**\t{gt}", space_after=5)
        pp.paragraph_format.left_indent = Mm(12)
        pp.paragraph_format.first_line_indent = Mm(-12)
        pp.paragraph_format.tab_stops.add_tab_stop(Mm(12))
    lsec = dh.add_section(doc, landscape=True, margins_mm=18)
    lsec.header_distance = Mm(10)
    lsec.footer_distance = Mm(10)
    dh.heading(doc, "4 Action plan", 1)
    dh.para(doc, EN_TEXT["4 Action plan"][0], space_after=4)
    kw = [12, 30, 12, 30, 12, 40, 12, 30]
    key = dh.new_table(doc, kw)
    row = dh.add_row(key, ["B", "Complete", "G", "On track", "A", "Some delay or at risk", "R", "Off track"], kw,
                     size=8.5)
    for j, c in enumerate(row.cells):
        if j % 2 == 0:
            dh.shade(c, RAG_FILL[c.text.strip()])
    dh.para(doc, "", space_after=2)
    w = [20, 88, 48, 52, 26, 16]
    t = dh.new_table(doc, w)
    hr = dh.add_row(t, ["Objective", "Action", "Lead officer", "Partners", "Target date", "RAG"], w, size=9,
                    bold=True, fill=green)
    dh.set_repeat_header(hr)
    for c in hr.cells:
        for r in c.paragraphs[0].runs:
            r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for _id, code, text, _g, lead, _o, dl, _k, _n, partners, rag in EN_ROWS:
        row = dh.add_row(t, [code, text, lead, partners, dl or "", rag], w, size=9)
        dh.set_cant_split(row)
        dh.shade(row.cells[5], RAG_FILL[rag])
    dh.para(doc, "Actions for O5 will be agreed with the Food Partnership once the lived experience panel has been "
                 "set up in autumn 2026.", italic=True, size=9, space_before=4)
    dh.add_section(doc, landscape=False, margins_mm=22)
    dh.heading(doc, "5 Governance and monitoring", 1)
    for tx in EN_TEXT["5 Governance and monitoring"]:
        dh.para(doc, tx, space_after=6)
    dh.set_core_properties(doc, title=plan.title, author="Brackenford Borough Council")
    src = d / f"{slug}.docx"
    dh.save_deterministic(doc, src)
    pdf = bk.soffice_pdf(src)
    _gold(plan, pdf)
    return plan, pdf


# =========================================================================== 4 Danish handleplan (reportlab)

DA_SLUG = "roegfri-maalsaetning-da"
DA_GOALS = [
    ("G1", "Færre børn og unge skal begynde at ryge eller bruge andre nikotinprodukter"),
    ("G2", "Flere borgere, der ryger, skal få hjælp til at holde op"),
    ("G3", "Kommunens arbejdspladser og udearealer for børn skal være røgfri"),
    ("G4", "Borgere med psykiske lidelser eller et misbrug skal have lige adgang til rygestop"),
]
# (id, nr, text, goal, parenthesis as printed, owners, deadline as printed or None, kind, note)
DA_ROWS = [
    ("H1", "1", "Indføre røgfri skoletid for elever og ansatte på alle folkeskoler", "G1",
     "(ansvar: Børn og Skole, august 2026)", ["Børn og Skole"], "august 2026", "period",
     "one owner (one forvaltning named with 'og')"),
    ("H2", "2", "Tilbyde undervisningsforløbet X:IT til alle elever i 7. klasse", "G1",
     "(ansvar: alle folkeskoler, 2027)", ["alle folkeskoler"], "2027", "period", "'alle folkeskoler' diffuse"),
    ("H3", "3", "Gennemføre kontrolkøb af tobak og nikotinprodukter i butikkerne sammen med politiet", "G1",
     "(ansvar: Sundhed og Forebyggelse, hvert år)", ["Sundhed og Forebyggelse"], "hvert år", "recurring",
     "one owner; recurring"),
    ("H4", "4", "Lave en kampagne om snus og e-cigaretter sammen med elevrådene", "G1",
     "(ansvar: SSP og Ungdomsskolen, foråret 2027)", ["SSP", "Ungdomsskolen"], "foråret 2027", "period",
     "two owners"),
    ("H5", "5", "Tilbyde gratis rygestopkurser i dagtimerne og om aftenen", "G2",
     "(ansvar: Sundhedscentret, løbende)", ["Sundhedscentret"], "løbende", "continuous", "continuous"),
    ("H6", "6", "Give gratis rygestopmedicin til deltagere på kommunens rygestopkurser", "G2",
     "(ansvar: Sundhedscentret, 1. januar 2027)", ["Sundhedscentret"], "1. januar 2027", "date", ""),
    ("H7", "7", "Indgå en aftale med de praktiserende læger om henvisning til rygestop", "G2", "(2027)", [], "2027",
     "period", "a parenthesis with only a year: no owner"),
    ("H8", "8", "Indføre røgfri arbejdstid for alle kommunens medarbejdere", "G3",
     "(ansvar: HR og Arbejdsmiljø, 1. juli 2026)", ["HR og Arbejdsmiljø"], "1. juli 2026", "date",
     "one owner (one afdeling named with 'og')"),
    ("H9", "9", "Sætte skilte op om røgfri zone ved legepladser, idrætsanlæg og skoler", "G3",
     "(ansvar: Park og Vej)", ["Park og Vej"], None, None, "no time in the parenthesis: no deadline"),
    ("H10", "10", "Uddanne medarbejdere i socialpsykiatrien i den korte samtale om rygning", "G4",
     "(ansvar: Socialpsykiatrien og Sundhedscentret, 2. halvår 2027)", ["Socialpsykiatrien", "Sundhedscentret"],
     "2. halvår 2027", "period", "two owners"),
    ("H11", "11", "Tilbyde rygestop på kommunens botilbud og i misbrugscentret", "G4",
     "(ansvar: Socialpsykiatrien, 2029)", ["Socialpsykiatrien"], "2029", "period",
     "'2029' after the plan period 2026–2028"),
]
DA_TEXT = {
    "Forord": [
        "Rygning er stadig den største enkeltstående årsag til sygdom og for tidlig død i Danmark. Samtidig "
        "ser vi, at flere unge bruger snus, nikotinposer og e-cigaretter. Derfor har byrådet besluttet, at "
        "Nørreå Kommune skal arbejde for en røgfri fremtid.",
        "Handleplanen viser, hvad kommunen vil gøre i de kommende tre år. Den er blevet til i samarbejde med "
        "skolerne, Ungdomsrådet, de praktiserende læger og Kræftens Bekæmpelse.",
        "Anne-Mette Skov, formand for Sundheds- og Forebyggelsesudvalget",
    ],
    "1 Baggrund": [
        "Ifølge Sundhedsprofilen 2023 ryger 14 procent af de voksne i Nørreå Kommune dagligt, mod 12 procent på "
        "landsplan. Andelen er højest blandt borgere uden uddannelse ud over grundskolen og blandt borgere med "
        "psykiske lidelser.",
        "Blandt de 15–17-årige bruger hver femte et nikotinprodukt mindst en gang om ugen. Det er især snus og "
        "nikotinposer, der er blevet mere udbredt.",
        "Folketinget har vedtaget en national målsætning om, at ingen børn og unge skal ryge i 2030. Den "
        "nationale målsætning er en del af baggrunden for kommunens handleplan.",
    ],
    "2 Sådan er handleplanen bygget op": [
        "Handleplanen har fire målsætninger. Under hver målsætning står de handlinger, som kommunen vil "
        "gennemføre i planperioden 2026–2028. Handlingerne er nummereret fortløbende gennem hele planen.",
        "I parentesen efter hver handling står, hvem der har ansvaret, og hvornår handlingen skal være "
        "gennemført. Hvor ansvaret eller tidspunktet endnu ikke er aftalt, er det ikke angivet.",
    ],
    "4 Opfølgning": [
        "Sundhed og Forebyggelse samler hvert år status på handlingerne og fremlægger den for Sundheds- og "
        "Forebyggelsesudvalget i marts. Handleplanen evalueres i 2028, og en ny plan udarbejdes på baggrund af "
        "evalueringen.",
    ],
}


@plan_builder
def build_roegfri_maalsaetning_da() -> tuple[Plan, Path]:
    """Danish handleplan (reportlab, DejaVu Serif): foreword and background, then chapter 3 with each goal as a
    paragraph 'Målsætning: …' followed by 'Handlinger:' and a numbered list (numbers running through the plan),
    each item ending '(ansvar: <owner>, <when>)'."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    slug = DA_SLUG
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    plan = Plan(
        slug=slug, language="da", title="Handleplan for en røgfri fremtid 2026–2028", period=(2026, 2028),
        goals=[G(g, t) for g, t in DA_GOALS], measures=_rows(DA_ROWS, 2028), source_ext="pdf",
        vision="Den første røgfri generation i Nørreå",
        notes="""
reportlab (DejaVu Serif 10.5 pt body, DejaVu Sans headings, invariant), A4 portrait, Nørreå Kommune. Header
'Nørreå Kommune' left and 'Handleplan for en røgfri fremtid' right over a thin rule, footer centred page number
'– n –'. Title block with the vision in a shaded band ('Vores vision: …', gold vision without the label), Forord
(signed), 1 Baggrund (quotes the national målsætning that no children and young people smoke in 2030: a trap, no
goal), 2 Sådan er handleplanen bygget op (says the parenthesis gives owner and time), 3 Målsætninger og
handlinger: four bold-labelled paragraphs 'Målsætning: <sentence>' (the GOALS, the sentence without the label),
each followed by a line 'Handlinger:' and a numbered list '1.' … '11.' running through the chapter (the MEASURES,
text without the number and without the parenthesis, linked to the Målsætning above); each item ends in
'(ansvar: <owner>, <when>)'. 4 Opfølgning. Gold: OWNERS = the part after 'ansvar:' up to the comma ('SSP og
Ungdomsskolen', 'Socialpsykiatrien og Sundhedscentret' two; 'Børn og Skole', 'Sundhed og Forebyggelse', 'HR og
Arbejdsmiljø', 'Park og Vej' ONE forvaltning/afdeling each; 'alle folkeskoler' diffuse; a parenthesis '(2027)'
without 'ansvar:' = no owner). DEADLINE = the part after the comma ('august 2026', '2027', 'foråret 2027', '2.
halvår 2027' periods; '1. januar 2027', '1. juli 2026' dates; 'hvert år' recurring; 'løbende' continuous; '2029'
after 2026–2028; '(ansvar: Park og Vej)' with no time = none).
""")
    fonts = {}
    for key, fname in (("serif", "DejaVuSerif"), ("serifb", "DejaVuSerif-Bold"), ("serifi", "DejaVuSerif-Italic"),
                       ("sans", "DejaVuSans"), ("sansb", "DejaVuSans-Bold")):
        name = f"RF-{fname}"
        pdfmetrics.registerFont(TTFont(name, f"/usr/share/fonts/truetype/dejavu/{fname}.ttf"))
        fonts[key] = name
    pdfmetrics.registerFontFamily("RF-DejaVuSerif", normal=fonts["serif"], bold=fonts["serifb"],
                                  italic=fonts["serifi"], boldItalic=fonts["serifb"])
    red = colors.HexColor("#8c2d1f")
    body = ParagraphStyle("b", fontName=fonts["serif"], fontSize=10.5, leading=15, spaceAfter=7)
    sig = ParagraphStyle("sig", parent=body, fontName=fonts["serifi"])
    h1 = ParagraphStyle("h1", fontName=fonts["sansb"], fontSize=14, leading=18, textColor=red, spaceBefore=10,
                        spaceAfter=6, keepWithNext=1)
    goal = ParagraphStyle("g", parent=body, fontSize=11, leading=15.5, spaceBefore=10, spaceAfter=3, keepWithNext=1,
                          borderPadding=(4, 5, 4, 5), backColor=colors.HexColor("#f6e7e2"))
    lead = ParagraphStyle("l", parent=body, fontName=fonts["serifi"], spaceBefore=4, spaceAfter=3, keepWithNext=1)
    item = ParagraphStyle("i", parent=body, leftIndent=9 * mm, firstLineIndent=-6 * mm, spaceAfter=4)

    def onpage(canvas, doc):
        w, h = A4
        canvas.saveState()
        canvas.setFont(fonts["sans"], 7.5)
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.drawString(22 * mm, h - 14 * mm, "Nørreå Kommune")
        canvas.drawRightString(w - 22 * mm, h - 14 * mm, "Handleplan for en røgfri fremtid")
        canvas.setStrokeColor(red)
        canvas.setLineWidth(0.4)
        canvas.line(22 * mm, h - 15.5 * mm, w - 22 * mm, h - 15.5 * mm)
        canvas.drawCentredString(w / 2, 11 * mm, f"– {doc.page} –")
        canvas.restoreState()

    pdf = d / f"{slug}.pdf"
    doc = SimpleDocTemplate(str(pdf), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=24 * mm,
                            bottomMargin=20 * mm, title=plan.title, author="Nørreå Kommune", invariant=1)
    s = [Paragraph("Handleplan for en røgfri fremtid 2026–2028",
                   ParagraphStyle("t", fontName=fonts["sansb"], fontSize=21, leading=26, textColor=red)),
         Spacer(1, 2 * mm),
         Paragraph("Nørreå Kommune · Vedtaget af byrådet den 28. januar 2026",
                   ParagraphStyle("st", fontName=fonts["sans"], fontSize=9.5, textColor=colors.HexColor("#444444"))),
         Spacer(1, 6 * mm)]
    band = Table([[Paragraph(f"Vores vision: {plan.vision}",
                             ParagraphStyle("v", fontName=fonts["serifi"], fontSize=12.5, leading=17, textColor=red))]],
                 colWidths=[166 * mm])
    band.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f6e7e2")),
                              ("TOPPADDING", (0, 0), (-1, -1), 7), ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                              ("LEFTPADDING", (0, 0), (-1, -1), 8)]))
    s += [band, Spacer(1, 4 * mm)]
    for chap in ("Forord", "1 Baggrund", "2 Sådan er handleplanen bygget op"):
        s.append(Paragraph(chap, h1))
        texts = DA_TEXT[chap]
        for t in texts:
            s.append(Paragraph(t, sig if chap == "Forord" and t is texts[-1] else body))
    s.append(Paragraph("3 Målsætninger og handlinger", h1))
    for g, gt in DA_GOALS:
        s.append(Paragraph(f"<b>Målsætning:</b> {gt}", goal))
        s.append(Paragraph("Handlinger:", lead))
        for _id, nr, text, gg, paren, *_r in DA_ROWS:
            if gg == g:
                s.append(Paragraph(f"{nr}.&nbsp;&nbsp;{text} {paren}", item))
    s.append(Paragraph("4 Opfølgning", h1))
    for t in DA_TEXT["4 Opfølgning"]:
        s.append(Paragraph(t, body))
    doc.build(s, onFirstPage=onpage, onLaterPages=onpage)
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
