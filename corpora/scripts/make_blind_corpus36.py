"""Build the thirty-sixth batch of blind authored plans (corpora/authored/<slug>/), in ORDINARY forms on new
surfaces: a nynorsk tiltaksplan whose measures are paragraphs 'Tiltak n: …' each followed by a small fact box
'Ansvar | Frist | Kostnad' (HTML → Chromium); a Danish klimatilpasning handleplan with one table per goal and a
'Status' column beside Ansvarlig and Frist (python-docx → LibreOffice); an English active travel action plan with
goals as headings 'Goal n – …' and actions as bullets ending '– Lead: …, by March 2027' (odfpy → LibreOffice); a
bokmål kulturminneplan whose handlingsdel is one table with merged Delmål cells and a 'Prioritet' column running
over pages (reportlab).

    python corpora/scripts/make_blind_corpus36.py              # every plan
    python corpora/scripts/make_blind_corpus36.py SLUG ...     # some of them
    python corpora/scripts/make_blind_corpus36.py --verify     # check gold against the PDFs
    python corpora/scripts/make_blind_corpus36.py --twice      # build twice, compare sha256

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

PLANS, plan_builder, write_gold = mb.builder_registry("make_blind_corpus36.py")
E = lambda s: _h.escape(s, quote=False)  # noqa: E731


def _gold(plan: Plan, pdf: Path, **kw) -> Path:
    """write_gold with the pages looked up as pdftotext reads them (blindkit.gold_by_pdftotext)."""
    return bk.gold_by_pdftotext(write_gold, plan, pdf, **kw)


def _rows(data, period_end):
    """data rows (id, text, goal, printed owner, owners, deadline or None, kind, note, *extra) → measures."""
    return mb34._measures([(r[0], r[1], [r[2]], r[4], r[5], r[6], r[7]) for r in data], period_end=period_end)


# =========================================================================== 1 nynorsk tiltaksplan (Chromium)

NN_SLUG = "psykisk-helse-tiltaksboks-nn"
NN_GOALS = [
    ("G1", "Innbyggjarane skal ha god psykisk helse og kunne meistre kvardagen"),
    ("G2", "Barn og unge som strevar, skal få hjelp tidleg"),
    ("G3", "Personar med rusproblem eller psykiske lidingar skal ha ein trygg stad å bu og ein meiningsfull "
           "kvardag"),
    ("G4", "Tenestene skal vere samordna, og brukarane skal vere med og påverke tilbodet"),
]
# (id, text, goal, Ansvar as printed, owners, Frist as printed or None, kind, note, Kostnad, description)
NN_ROWS = [
    ("T1", "Tilby kurs i meistring av depresjon og angst for vaksne", "G1", "Psykisk helse- og rustenesta",
     ["Psykisk helse- og rustenesta"], "Kvart halvår", "recurring", "recurring", "60 000 kr per år",
     "Kursa går over åtte kveldar og blir leidde av to tilsette med kursleiarutdanning."),
    ("T2", "Opprette eit lågterskel samtaletilbod utan tilvising og utan ventetid", "G1",
     "Psykisk helse- og rustenesta", ["Psykisk helse- og rustenesta"], "1. september 2026", "date", "",
     "Innanfor ramma", "Tilbodet skal vere ope to dagar i veka, og innbyggjarane kan ringje eller møte opp."),
    ("T3", "Gjennomføre kampanjen «Spør korleis det går» saman med lag og foreiningar", "G1",
     "Frivilligsentralen og folkehelsekoordinator", ["Frivilligsentralen", "folkehelsekoordinator"], "Våren 2027",
     "period", "two owners joined by 'og'", "40 000 kr",
     "Kampanjen skal gjere det lettare å snakke om psykisk helse på arbeidsplassar og i idrettslag."),
    ("T4", "Ta i bruk BTI-modellen (betre tverrfagleg innsats) i alle barnehagar og skular", "G2", "Oppvekst",
     ["Oppvekst"], "2027", "period", "", "Innanfor ramma",
     "Modellen gir tilsette ein felles rettleiar for kva dei skal gjere når dei er uroa for eit barn."),
    ("T5", "Auke skulehelsetenesta med ei 50 % stilling som helsesjukepleiar på ungdomsskulen", "G2",
     "Helsestasjon og skulehelseteneste", ["Helsestasjon og skulehelseteneste"], "Hausten 2026", "period",
     "one owner (one teneste named with 'og')", "380 000 kr per år",
     "Elevane skal kunne treffe helsesjukepleiar alle skuledagar."),
    ("T6", "Tilby foreldrerettleiing etter Circle of Security (COS-P) til alle foreldre som ønskjer det", "G2",
     "Alle barnehagar", ["Alle barnehagar"], "Løpande", "continuous", "'Alle barnehagar' diffuse; continuous",
     "Innanfor ramma", "Rettleiinga blir gitt i grupper på kveldstid."),
    ("T7", "Byggje fire nye bustader med fellesareal og personalbase", "G3",
     "Eigedom og Psykisk helse- og rustenesta", ["Eigedom", "Psykisk helse- og rustenesta"], "2030", "period",
     "two owners; '2030' after the plan period 2026–2029", "14,5 mill. kr",
     "Bustadene skal ligge sentralt og ha kort veg til butikk og buss."),
    ("T8", "Starte eit arbeidstreningstilbod i samarbeid med NAV", "G3", "", [], "Januar 2027", "period",
     "empty Ansvar: no owner", "Søkjer tilskot",
     "Tilbodet skal gi arbeidstrening for opptil ti personar om gongen."),
    ("T9", "Utvide opningstida på Huset aktivitetssenter til to kveldar i veka", "G3",
     "Psykisk helse- og rustenesta", ["Psykisk helse- og rustenesta"], None, None, "empty Frist: no deadline",
     "120 000 kr per år", "Fleire brukarar har bedt om tilbod etter arbeidstid og i helgane."),
    ("T10", "Etablere eit FACT-team saman med distriktspsykiatrisk senter", "G4", "Kommunalsjef helse og velferd",
     ["Kommunalsjef helse og velferd"], "31.12.2027", "date", "one owner (a title with 'og')", "Delt med DPS",
     "Teamet skal følgje opp personar med alvorlege psykiske lidingar der dei bur."),
    ("T11", "Opprette eit brukarråd for psykisk helse og rus", "G4", "Kommunedirektøren", ["Kommunedirektøren"],
     "Mars 2026", "period", "", "Innanfor ramma",
     "Rådet skal ha representantar for brukarar og pårørande og møtast fire gonger i året."),
    ("T12", "Måle brukartilfredsheit med tenestene gjennom ei eiga spørjeundersøking", "G4",
     "Psykisk helse- og rustenesta", ["Psykisk helse- og rustenesta"], "Kvart år", "recurring", "recurring",
     "Innanfor ramma", "Resultata blir lagde fram for brukarrådet og hovudutvalet for helse."),
]
NN_TEXT = {
    "1 Innleiing": [
        "Psykiske plager og rusproblem rammar mange, og nesten alle blir på ein eller annan måte berørte, anten "
        "sjølv eller som pårørande. Kommunen har eit lovpålagt ansvar for å fremje psykisk helse og førebyggje "
        "rusproblem, og for å gi hjelp til dei som treng det.",
        "Denne tiltaksplanen byggjer på kommunedelplanen for helse og omsorg og gjeld for perioden 2026–2029. "
        "Planen erstattar rusmiddelpolitisk handlingsplan frå 2019 og samlar arbeidet med psykisk helse og rus i "
        "éin plan.",
        "Planen er laga av ei arbeidsgruppe med tilsette frå psykisk helse- og rustenesta, helsestasjonen, "
        "barnevernet, NAV og skulane. Brukarorganisasjonane Mental Helse og RIO har lese utkastet og kome med "
        "innspel, og det same har ungdomsrådet.",
        "Kapittel 2 og 3 gjer greie for kunnskapsgrunnlaget og utfordringane. Kapittel 4 inneheld måla og "
        "tiltaka. For kvart tiltak står det i ein liten tabell kven som har ansvaret, når tiltaket skal vere "
        "gjennomført, og kva det kostar.",
    ],
    "2 Kunnskapsgrunnlag": [
        "Folkehelseprofilen for Heiane viser at delen innbyggjarar som får hjelp for psykiske symptom og "
        "lidingar i primærhelsetenesta, har auka dei siste fem åra, særleg blant unge vaksne.",
        "Ungdata-undersøkinga frå 2024 viser at dei fleste ungdommane i Heiane er nøgde med livet, men at ein "
        "av fem jenter på ungdomsskulen seier at dei ofte er plaga av einsemd og uro.",
        "BrukerPlan-kartlegginga frå 2025 viser at 64 personar har rusproblem, psykiske lidingar eller begge "
        "delar og får tenester frå kommunen. Om lag ein tredel av dei manglar ein eigna bustad.",
    ],
    "3 Utfordringar": [
        "Ventetida for samtale i psykisk helse- og rustenesta er i dag mellom fire og åtte veker. Mange tek "
        "ikkje kontakt før plagene er blitt store.",
        "Tenestene er spreidde på mange einingar, og både brukarar og pårørande fortel at dei må fortelje "
        "historia si mange gonger. Samarbeidet med spesialisthelsetenesta er godt, men avhengig av einskildpersonar.",
        "Det manglar bustader for personar som treng tett oppfølging, og det er få tilbod om arbeid og aktivitet "
        "på dagtid. Fleire har ikkje eit tilbod i det heile på kveldstid og i helgane.",
        "Kommunen har få tiltak for barn og unge som strevar, før problema blir så store at dei vert viste til "
        "barne- og ungdomspsykiatrien.",
    ],
    "5 Økonomi, oppfølging og rullering": [
        "Tiltak som ikkje kan gjennomførast innanfor ramma, blir spelte inn til budsjett og økonomiplan. Der "
        "det står «Søkjer tilskot», vil kommunen søkje Helsedirektoratet eller Husbanken om midlar.",
        "Kommunalsjef helse og velferd har ansvaret for å følgje opp planen. Status for tiltaka blir rapportert "
        "til hovudutval for helse og omsorg kvar vår, og planen blir rullert i 2028.",
    ],
}
NN_STATS = [("Unge (16–24 år) som får hjelp for psykiske plager, per 1 000", "112", "148"),
            ("Vaksne som får hjelp for psykiske plager, per 1 000", "141", "156"),
            ("Ungdomsskuleelevar som ofte er einsame (prosent)", "14", "19"),
            ("Personar med rusproblem i BrukerPlan", "51", "64")]


@plan_builder
def build_psykisk_helse_tiltaksboks_nn() -> tuple[Plan, Path]:
    """Nynorsk tiltaksplan (HTML → Chromium): cover, contents, background chapters, then chapter 4 with each goal as a
    heading 'Mål n: …' and the measures as bold paragraphs 'Tiltak n: …', each followed by a sentence and a small
    fact box 'Ansvar | Frist | Kostnad'."""
    slug = NN_SLUG
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    plan = Plan(
        slug=slug, language="nn", title="Tiltaksplan for psykisk helse og rus 2026–2029", period=(2026, 2029),
        goals=[G(g, t) for g, t in NN_GOALS], measures=_rows(NN_ROWS, 2029), source_ext="html",
        vision="Heiane – ein god stad å leve for alle, gjennom heile livet",
        notes="""
HTML/CSS → Chromium print (A4 portrait, Liberation Sans 10 pt, teal headings). Heiane kommune. @page header
(kommune left, title right) and footer 'Side n', none on the cover. Cover, 'Innhald', 1 Innleiing (says that the
small table after each tiltak gives owner, deadline and cost), 2 Kunnskapsgrunnlag (a table of figures), 3
Utfordringar, 4 Mål og tiltak: the vision of the kommuneplan quoted first (gold vision), then four headings 'Mål n:
<sentence>' (the GOALS, text without the label), under each the measures as bold paragraphs 'Tiltak n: <text>'
numbered 1–12 through the chapter (the MEASURES, text without the label), each followed by one plain sentence that
explains it (not part of the measure) and a small fact box: a header row 'Ansvar | Frist | Kostnad' and one value
row. 5 Økonomi, oppfølging og rullering. Gold: owners = Ansvar ('Frivilligsentralen og folkehelsekoordinator',
'Eigedom og Psykisk helse- og rustenesta' two; 'Helsestasjon og skulehelseteneste' ONE teneste; 'Kommunalsjef
helse og velferd' one title; 'Alle barnehagar' diffuse; empty = none). Deadline = Frist ('Kvart halvår', 'Kvart
år' recurring; 'Løpande' continuous; '1. september 2026', '31.12.2027' dates; 'Våren 2027', 'Hausten 2026', 'Januar
2027', 'Mars 2026', '2027' periods; '2030' after 2026–2029; empty = none). Kostnad ('60 000 kr per år', 'Innanfor
ramma', 'Søkjer tilskot', 'Delt med DPS') is money, never an owner or a deadline.
""")
    css = """
@page { size: A4; margin: 22mm 20mm 20mm 22mm;
  @top-left { content: "Heiane kommune"; font: 8pt 'Liberation Sans'; color: #3d6b6b; }
  @top-right { content: "Tiltaksplan for psykisk helse og rus"; font: 8pt 'Liberation Sans'; color: #3d6b6b; }
  @bottom-right { content: "Side " counter(page); font: 8pt 'Liberation Sans'; color: #3d6b6b; } }
@page :first { @top-left { content: none; } @top-right { content: none; } @bottom-right { content: none; } }
body { font-family: 'Liberation Sans', sans-serif; font-size: 10pt; color: #1e1e1e; line-height: 1.45; }
.cover { padding-top: 55mm; text-align: left; }
.cover .k { font-size: 13pt; color: #1d5c5c; font-weight: bold; }
.cover h1 { font-size: 27pt; color: #1d5c5c; line-height: 1.2; margin: 6mm 0 4mm 0; font-weight: normal; }
.cover .v { margin-top: 95mm; font-size: 9pt; color: #444; }
h2 { font-size: 16pt; color: #1d5c5c; break-before: page; margin: 0 0 5mm 0; font-weight: normal; }
h3 { font-size: 12pt; color: #fff; background: #1d5c5c; padding: 2mm 3mm; margin: 7mm 0 3mm 0;
     break-after: avoid; }
p.tt { font-weight: bold; margin: 4mm 0 1mm 0; break-after: avoid; }
p.tx { margin: 0 0 1.5mm 0; break-after: avoid; }
table.fb { border-collapse: collapse; width: 82%; margin: 0 0 3mm 0; break-inside: avoid; }
table.fb th { background: #d9e9e7; font-size: 8.5pt; text-align: left; padding: 1mm 2mm; border: 0.5pt solid #9cbcb8;
              width: 33%; }
table.fb td { font-size: 8.5pt; padding: 1mm 2mm; border: 0.5pt solid #9cbcb8; height: 4mm; }
table.st { border-collapse: collapse; width: 100%; margin: 3mm 0; }
table.st th, table.st td { font-size: 9pt; padding: 1.5mm 2mm; border-bottom: 0.5pt solid #9cbcb8; text-align: right; }
table.st th:first-child, table.st td:first-child { text-align: left; }
.toc p { margin: 0 0 2.5mm 0; display: flex; justify-content: space-between; border-bottom: 0.4pt dotted #999; }
.vis { font-size: 12pt; font-style: italic; color: #1d5c5c; margin: 3mm 0 5mm 10mm; }
.src { font-size: 8pt; color: #555; }
"""
    p = [f"<!DOCTYPE html><html lang='nn'><head><meta charset='utf-8'><title>{E(plan.title)}</title>"
         f"<style>{css}</style></head><body>"]
    p.append("<div class='cover'><div class='k'>Heiane kommune</div><h1>Tiltaksplan for psykisk helse og rus "
             "2026–2029</h1><p style='font-size:12pt'>Førebygging, tidleg hjelp og gode tenester</p>"
             "<div class='v'>Vedteken i kommunestyret 19. mars 2026, sak 22/26<br>Arkivsak 2025/640</div></div>")
    toc = [("1 Innleiing", 3), ("2 Kunnskapsgrunnlag", 4), ("3 Utfordringar", 5), ("4 Mål og tiltak", 6),
           ("5 Økonomi, oppfølging og rullering", 9)]
    p.append("<h2>Innhald</h2><div class='toc'>" + "".join(
        f"<p><span>{E(t)}</span><span>{n}</span></p>" for t, n in toc) + "</div>")
    p.append("<h2>1 Innleiing</h2>" + "".join(f"<p>{E(t)}</p>" for t in NN_TEXT["1 Innleiing"]))
    p.append("<h2>2 Kunnskapsgrunnlag</h2>" + "".join(f"<p>{E(t)}</p>" for t in NN_TEXT["2 Kunnskapsgrunnlag"])
             + "<table class='st'><thead><tr><th>Indikator</th><th>2020</th><th>2024</th></tr></thead><tbody>"
             + "".join("<tr>" + "".join(f"<td>{E(c)}</td>" for c in r) + "</tr>" for r in NN_STATS)
             + "</tbody></table><p class='src'>Kjelder: Folkehelseinstituttet, Ungdata og BrukerPlan.</p>")
    p.append("<h2>3 Utfordringar</h2>" + "".join(f"<p>{E(t)}</p>" for t in NN_TEXT["3 Utfordringar"]))
    p.append("<h2>4 Mål og tiltak</h2><p>Kommuneplanen har denne visjonen for Heiane kommune:</p>"
             f"<p class='vis'>«{E(plan.vision)}»</p><p>I planperioden skal kommunen arbeide mot fire mål. Under "
             "kvart mål står tiltaka som skal gjennomførast. Tiltaka er nummererte frå 1 til 12 gjennom heile "
             "kapitlet, slik at det er lett å vise til dei i rapporteringa.</p>")
    k = 0
    for i, (g, gt) in enumerate(NN_GOALS, 1):
        p.append(f"<h3>Mål {i}: {E(gt)}</h3>")
        for _mid, t, gg, a, _o, dl, _k, _n, cost, desc in NN_ROWS:
            if gg != g:
                continue
            k += 1
            p.append(f"<p class='tt'>Tiltak {k}: {E(t)}</p><p class='tx'>{E(desc)}</p>"
                     "<table class='fb'><tr><th>Ansvar</th><th>Frist</th><th>Kostnad</th></tr>"
                     f"<tr><td>{E(a)}</td><td>{E(dl or '')}</td><td>{E(cost)}</td></tr></table>")
    p.append("<h2>5 Økonomi, oppfølging og rullering</h2>"
             + "".join(f"<p>{E(t)}</p>" for t in NN_TEXT["5 Økonomi, oppfølging og rullering"]))
    p.append("</body></html>")
    src = d / f"{slug}.html"
    src.write_text("".join(p), encoding="utf-8")
    pdf = bk.chromium_pdf(src, d / f"{slug}.pdf")
    _gold(plan, pdf)
    return plan, pdf


# =========================================================================== 2 Danish handleplan with Status (docx)

DA_SLUG = "klimatilpasning-status-da"
DA_GOALS = [
    ("G1", "Skybrud skal ikke give oversvømmelse af boliger og kritisk infrastruktur"),
    ("G2", "Kommunen skal være forberedt på stigende havvand og stormflod"),
    ("G3", "Byens grønne områder skal forsinke regnvandet og give skygge på varme dage"),
    ("G4", "Borgere og virksomheder skal kende deres egen risiko og vide, hvad de selv kan gøre"),
]
# (id, text, goal, Ansvarlig as printed, owners, Frist or None, kind, note, nr, status)
DA_ROWS = [
    ("I1", "Udarbejde en skybrudsplan for Egebæk midtby", "G1", "Teknik og Miljø", ["Teknik og Miljø"],
     "31. december 2026", "date", "one owner (one forvaltning named with 'og')", "1a", "I gang"),
    ("I2", "Etablere et regnvandsbassin ved Mølleengen", "G1", "Egebæk Forsyning", ["Egebæk Forsyning"], "2027",
     "period", "", "1b", "Ikke påbegyndt"),
    ("I3", "Kortlægge kældre i risikoområder og give tilskud til højvandslukke", "G1",
     "Teknik og Miljø og Egebæk Forsyning", ["Teknik og Miljø", "Egebæk Forsyning"], "2. kvartal 2027", "period",
     "two owners", "1c", "Ikke påbegyndt"),
    ("I4", "Sikre pumpestationen på Havnevej mod oversvømmelse", "G1", "Egebæk Forsyning", ["Egebæk Forsyning"],
     "Juni 2026", "period", "status 'Afsluttet': still a measure with its Frist", "1d", "Afsluttet"),
    ("I5", "Opdatere risikostyringsplanen for oversvømmelse fra havet", "G2", "Teknik og Miljø",
     ["Teknik og Miljø"], "2028", "period", "", "2a", "Ikke påbegyndt"),
    ("I6", "Forhøje diget ved Strandparken med en halv meter", "G2", "", [], "2029", "period",
     "empty Ansvarlig: no owner; '2029' after the plan period 2026–2028", "2b", "Ikke påbegyndt"),
    ("I7", "Indarbejde mindste sokkelkote for nyt byggeri i kommuneplanen", "G2", "Plan og Byg", ["Plan og Byg"],
     "1. halvår 2027", "period", "", "2c", "I gang"),
    ("I8", "Plante 500 nye træer langs veje og på pladser", "G3", "Park og Vej", ["Park og Vej"], "Løbende",
     "continuous", "continuous", "3a", "I gang"),
    ("I9", "Omdanne to boldbaner til regnbede og skybrudsparker", "G3", "Park og Vej og Kultur og Fritid",
     ["Park og Vej", "Kultur og Fritid"], "2028", "period", "two owners, each named with 'og'", "3b", "Forsinket"),
    ("I10", "Udarbejde en vejledning om grønne tage til brug i lokalplaner", "G3", "Plan og Byg", ["Plan og Byg"],
     None, None, "empty Frist: no deadline", "3c", "Ikke påbegyndt"),
    ("I11", "Holde borgermøder om klimatilpasning i de udsatte områder", "G4", "Alle lokalråd", ["Alle lokalråd"],
     "Hvert år", "recurring", "'Alle lokalråd' diffuse; recurring", "4a", "I gang"),
    ("I12", "Lancere et digitalt risikokort på kommunens hjemmeside", "G4", "Digitalisering", ["Digitalisering"],
     "Marts 2026", "period", "", "4b", "Afsluttet"),
    ("I13", "Tilbyde gratis klimatjek af private boliger", "G4", "Borgerservice", ["Borgerservice"],
     "Efterår 2026", "period", "", "4c", "Ikke påbegyndt"),
]
DA_INTRO = {
    "G1": "Skybruddene i 2021 og 2024 satte kældre under vand i midtbyen og lukkede Ringvejen i to dage.",
    "G2": "Stormfloden i oktober 2023 nåede 1,8 meter over daglig vande ved havnen, det højeste i 50 år.",
    "G3": "Grønne arealer kan opsuge store mængder regnvand og sænke temperaturen i byen på varme dage.",
    "G4": "Mange skader kan undgås, hvis borgerne ved, hvornår der er risiko, og hvad de selv kan gøre.",
}


@plan_builder
def build_klimatilpasning_status_da() -> tuple[Plan, Path]:
    """Danish handleplan for klimatilpasning (python-docx → LibreOffice): goals as numbered headings 'Mål n.' with a
    short text, under each a table 'Nr. | Indsats | Ansvarlig | Frist | Status'."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    slug = DA_SLUG
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    plan = Plan(
        slug=slug, language="da", title="Handleplan for klimatilpasning 2026–2028", period=(2026, 2028),
        goals=[G(g, t) for g, t in DA_GOALS], measures=_rows(DA_ROWS, 2028), source_ext="docx",
        notes="""
python-docx → LibreOffice Writer (Liberation Sans 10.5 pt body, Liberation Serif headings),
Egebæk Kommune. Header 'Egebæk Kommune · Handleplan for klimatilpasning 2026–2028' over a rule, footer 'Side n af
N'. Title block, 1 Indledning, 2 Status på klimatilpasningen (a short table of events), 3 Mål og indsatser: four
headings 'Mål n. <sentence>' (the GOALS, text without the label), each followed by one sentence of background and a
table 'Nr. | Indsats | Ansvarlig | Frist | Status' (header row repeated when a table breaks); 4 Opfølgning. The plan
is a revised version: the Status column ('I gang', 'Ikke påbegyndt', 'Afsluttet', 'Forsinket') says how far each
indsats has come. Gold: each Indsats cell is a measure of the goal above its table (Nr. '1a' not part of the text);
an indsats with status 'Afsluttet' is still a measure (the planner lists it). Owners = Ansvarlig ('Teknik og Miljø
og Egebæk Forsyning', 'Park og Vej og Kultur og Fritid' two each; 'Teknik og Miljø', 'Plan og Byg', 'Park og Vej'
ONE forvaltning/afdeling each; 'Alle lokalråd' diffuse; empty = none). Deadline = Frist ('31. december 2026' date;
'2027', '2. kvartal 2027', 'Juni 2026', '1. halvår 2027', 'Marts 2026', 'Efterår 2026' periods; 'Løbende'
continuous; 'Hvert år' recurring; '2029' after 2026–2028; empty = none). Status is never a deadline or an owner;
it is not scored.
""")
    doc = dh.new_document(font="Liberation Sans", size=10.5, margins_mm=22, heading_color="0B5563")
    mb.docx_lang(doc, "da-DK")
    for lvl, size in ((1, 15), (2, 12)):
        st = doc.styles[f"Heading {lvl}"]
        st.font.name = "Liberation Serif"
        st.font.size = Pt(size)
    sec = doc.sections[0]
    dh.ruled_header(sec, "Egebæk Kommune · Handleplan for klimatilpasning 2026–2028", size=8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    dh.page_of_footer(fp, "Side ", " af ", "4", size=8)
    dh.para(doc, "Handleplan for klimatilpasning 2026–2028", size=22, bold=True, color="0B5563", space_after=4)
    dh.para(doc, "Revideret udgave med status pr. 1. februar 2026 · Godkendt af Teknik- og Miljøudvalget "
                 "3. marts 2026", size=9.5, italic=True, space_after=14)
    dh.heading(doc, "1 Indledning", 1)
    for t in (
        "Klimaet er under forandring. Vi får flere og kraftigere skybrud, højere vandstand i havet og flere "
        "hedebølger. Egebæk Kommune vedtog i 2024 en klimatilpasningsplan, som beskriver, hvor risikoen er "
        "størst, og hvordan kommunen vil prioritere indsatsen.",
        "Denne handleplan udmønter klimatilpasningsplanen for årene 2026–2028. Den er en revideret udgave af "
        "handleplanen fra 2025, og for hver indsats viser kolonnen Status, hvor langt arbejdet er nået.",
        "Handleplanen er udarbejdet af Teknik og Miljø i samarbejde med Egebæk Forsyning, Plan og Byg, Park og "
        "Vej samt Beredskabet. Lokalrådene i de udsatte områder har givet input på to dialogmøder i efteråret "
        "2025.",
    ):
        dh.para(doc, t, space_after=6)
    dh.heading(doc, "2 Status på klimatilpasningen", 1)
    for t in (
        "De seneste fem år har kommunen haft fire hændelser med væsentlige skader. Forsikringsselskaberne har "
        "udbetalt erstatninger for i alt ca. 46 mio. kr. i kommunen.",
        "Kortlægningen fra 2024 viser, at ca. 1.200 boliger ligger i områder med høj risiko for oversvømmelse "
        "ved et 100-års skybrud, og ca. 300 boliger ligger lavere end 2,0 meter over havet.",
    ):
        dh.para(doc, t, space_after=6)
    w = [30, 95, 45]
    t = dh.new_table(doc, w)
    for i, r in enumerate([["År", "Hændelse", "Skader"], ["2021", "Skybrud over midtbyen, 68 mm på to timer",
                                                          "ca. 14 mio. kr."],
                           ["2023", "Stormflod ved havnen og Strandparken", "ca. 22 mio. kr."],
                           ["2024", "Skybrud i Nørreby og på Ringvejen", "ca. 9 mio. kr."],
                           ["2025", "Hedebølge med 9 dage over 28 grader", "–"]]):
        dh.add_row(t, r, w, size=9, bold=i == 0, fill="D5E8EA" if i == 0 else None)
    dh.para(doc, "Kilde: Forsikring & Pension og Egebæk Kommune.", italic=True, size=8, space_before=3)
    dh.heading(doc, "3 Mål og indsatser", 1)
    dh.para(doc, "Handleplanen har fire mål. Under hvert mål står de indsatser, kommunen og forsyningen vil "
                 "gennemføre. Ansvarlig er den forvaltning eller afdeling, der skal sørge for, at indsatsen bliver "
                 "gennemført, og Frist er tidspunktet, hvor den skal være gennemført.", space_after=6)
    w = [12, 68, 40, 26, 24]
    for i, (g, gt) in enumerate(DA_GOALS, 1):
        dh.heading(doc, f"Mål {i}. {gt}", 2)
        dh.para(doc, DA_INTRO[g], keep_with_next=True, space_after=4)
        t = dh.new_table(doc, w)
        hr = dh.add_row(t, ["Nr.", "Indsats", "Ansvarlig", "Frist", "Status"], w, size=9, bold=True, fill="0B5563")
        dh.set_repeat_header(hr)
        for c in hr.cells:
            for r in c.paragraphs[0].runs:
                r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        for _mid, text, gg, a, _o, dl, _k, _n, nr, status in DA_ROWS:
            if gg == g:
                row = dh.add_row(t, [nr, text, a, dl or "", status], w, size=9)
                dh.set_cant_split(row)
        dh.para(doc, "", space_after=2)
    dh.heading(doc, "4 Opfølgning", 1)
    for t in (
        "Teknik og Miljø samler status på indsatserne to gange om året og forelægger den for Teknik- og "
        "Miljøudvalget. Handleplanen revideres hvert år i februar, så nye indsatser kan komme med i budgettet.",
        "Klimatilpasningsplanen evalueres samlet i 2028, når handleplanen udløber.",
    ):
        dh.para(doc, t, space_after=6)
    dh.set_core_properties(doc, title=plan.title, author="Egebæk Kommune")
    src = d / f"{slug}.docx"
    dh.save_deterministic(doc, src)
    pdf = bk.soffice_pdf(src)
    _gold(plan, pdf)
    return plan, pdf


# =========================================================================== 3 English action plan (odfpy)

EN_SLUG = "active-travel-goal-bullets-en"
EN_GOALS = [
    ("G1", "Make walking and wheeling the natural choice for short journeys"),
    ("G2", "Build a safe, joined-up cycle network linking every town and larger village"),
    ("G3", "Help children and young people to walk, wheel and cycle to school"),
    ("G4", "Make it easier to combine walking and cycling with bus and rail journeys"),
    ("G5", "Measure and report the difference the plan makes"),
]
# (id, text, goal, tail as printed after the dash or None, owners, deadline as printed or None, kind, note)
EN_ROWS = [
    ("A1", "Widen footways and add dropped kerbs on the ten busiest walking routes in Ashcombe town centre", "G1",
     "Lead: Highways, by March 2028", ["Highways"], "March 2028", "period", ""),
    ("A2", "Carry out walking audits with disabled residents in each of the three towns", "G1",
     "Lead: Access Officer, annually", ["Access Officer"], "annually", "recurring", "recurring"),
    ("A3", "Review the timings of pedestrian crossings at signalised junctions", "G1",
     "Lead: Traffic Signals Team and Highways, by December 2026", ["Traffic Signals Team", "Highways"],
     "December 2026", "period", "two owners"),
    ("A4", "Put more benches and resting points along the main walking routes", "G1",
     "Lead: all parish councils, ongoing", ["all parish councils"], "ongoing", "continuous",
     "'all parish councils' diffuse; 'ongoing' continuous"),
    ("A5", "Adopt a Local Cycling and Walking Infrastructure Plan (LCWIP)", "G2",
     "Lead: Transport Planning, by July 2026", ["Transport Planning"], "July 2026", "period", ""),
    ("A6", "Complete the Ashcombe to Wenbury cycle route", "G2", "Lead: Transport Planning, by 31 March 2027",
     ["Transport Planning"], "31 March 2027", "date", ""),
    ("A7", "Build a new walking and cycling bridge over the river at Kestrel Mill", "G2",
     "Lead: Major Projects, by 2031", ["Major Projects"], "2031", "period", "'2031' after the plan period 2026–2030"),
    ("A8", "Repair reported surface defects on cycle routes within 28 days", "G2", "by April 2027", [],
     "April 2027", "period", "no 'Lead:' part: no owner"),
    ("A9", "Offer Bikeability cycle training to every Year 6 pupil", "G3", "Lead: Road Safety Team, every school year",
     ["Road Safety Team"], "every school year", "recurring", "recurring"),
    ("A10", "Introduce School Streets at five primary schools", "G3",
     "Lead: Road Safety Team and Highways, by September 2027", ["Road Safety Team", "Highways"], "September 2027",
     "period", "two owners"),
    ("A11", "Help every school to write and keep up to date a school travel plan", "G3", "Lead: Road Safety Team",
     ["Road Safety Team"], None, None, "no 'by' part: no deadline"),
    ("A12", "Provide secure cycle parking at all four railway stations", "G4",
     "Lead: Transport Planning and Network Rail, by 2029", ["Transport Planning", "Network Rail"], "2029", "period",
     "two owners"),
    ("A13", "Agree with bus operators that folded bikes can be carried on all local bus services", "G4",
     "Lead: Passenger Transport, by December 2027", ["Passenger Transport"], "December 2027", "period", ""),
]
EN_INTRO = {
    "G1": "Two in five car trips in the district are shorter than two miles. Many of them could be walked or "
          "wheeled if pavements were wider, better lit and free of clutter.",
    "G2": "Our existing cycle routes are short and do not join up. People tell us that traffic on the A-roads "
          "between the towns is the main thing that stops them cycling.",
    "G3": "Around half of primary pupils live within a mile of their school, but fewer than half of them walk or "
          "cycle there.",
    "G4": "Longer journeys to work and college often combine several modes. A walk or cycle ride to the station "
          "should be easy and safe.",
    "G5": "We will report progress on the plan to the Environment and Transport Committee every year.",
}


@plan_builder
def build_active_travel_goal_bullets_en() -> tuple[Plan, Path]:
    """English action plan (odfpy → LibreOffice): goals as headings 'Goal n – …' and the actions as bullets, each
    ending in '– Lead: …, by <month year>'; Goal 5 has no actions yet."""
    slug = EN_SLUG
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    plan = Plan(
        slug=slug, language="en", title="Active Travel Action Plan 2026–2030", period=(2026, 2030),
        goals=[G(g, t) for g, t in EN_GOALS], measures=_rows(EN_ROWS, 2030), source_ext="odt",
        vision="A district where walking, wheeling and cycling are safe, easy and enjoyable for everyone",
        notes="""
odfpy → LibreOffice Writer (Liberation Sans 11 pt, green headings), Kestrel Vale District Council.
Running header 'Kestrel Vale District Council – Active Travel Action Plan 2026–2030', footer 'Page n'. Title block
with the vision in a shaded paragraph (gold vision), 1 Introduction, 2 Where we are now (a mode-share table), 3
Our goals and actions: five headings 'Goal n – <sentence>' (the GOALS, text without the label), each with one
plain paragraph of context and the actions as bullets '• <action> – Lead: <owner>, by <when>' (the MEASURES, text
without the tail); 4 Funding and monitoring. Gold: owners = the 'Lead:' part ('Traffic Signals Team and
Highways', 'Road Safety Team and Highways', 'Transport Planning and Network Rail' two; 'all parish councils'
diffuse; a bullet without 'Lead:' = no owner). Deadline = the part after 'by' as printed without 'by' ('March
2028', 'December 2026', '31 March 2027' date, '2031' after 2026–2030), or the time word when there is no 'by'
('annually', 'every school year' recurring; 'ongoing' continuous); a bullet with only a Lead = no deadline. Goal 5
has no actions, only a sentence that they will be set when the monitoring framework is agreed in 2027:
goal-has-measure.
""")
    o = mb.Odt(font="Liberation Sans", size=10.5, lang="en", country="GB",
               header="Kestrel Vale District Council – Active Travel Action Plan 2026–2030", footer_text="Page",
               margin_cm=2.3)
    o.style("Body", size=11, after=0.22)
    o.style("Vision", size=12, italic=True, fill="#eef3e6", padding="0.25cm", after=0.4, color="#2f5219")
    o.style("GoalH", size=13, bold=True, before=0.45, after=0.15, color="#2f5219", keep=True)
    o.style("Ctx", size=10.5, italic=True, after=0.15, keep=True)
    o.style("Bullet", size=11, indent_cm=0.6, hanging_cm=0.45, after=0.12)
    o.style("Sub", size=10, italic=True, after=0.5)
    o.p("Active Travel Action Plan 2026–2030", "Title")
    o.p("Kestrel Vale District Council · Approved by the Environment and Transport Committee, 14 January 2026",
        "Sub")
    o.p(f"Our vision: {plan.vision}.", "Vision")
    o.p("1 Introduction", "H1")
    for t in (
        "Active travel means walking, wheeling (using a wheelchair or mobility scooter) and cycling for everyday "
        "journeys. It is good for our health, cuts congestion and carbon emissions and costs very little.",
        "This action plan sets out what Kestrel Vale District Council will do over the next five years, working "
        "with the County Council as highway authority, with town and parish councils and with local groups.",
        "The plan is arranged under five goals. Each goal has a short explanation and a list of actions. At the "
        "end of every action we say who will lead it and when it will be done.",
    ):
        o.p(t)
    o.p("2 Where we are now", "H1")
    for t in (
        "The 2021 Census and our own travel surveys show that most journeys in the district are made by car, "
        "even very short ones. Walking is common in the town centres but rare between villages.",
    ):
        o.p(t)
    o.table([7.5, 3.0, 3.0], [["Main way of travelling to work", "Kestrel Vale", "England"],
                              ["Car or van", "71%", "59%"], ["Walking", "8%", "11%"], ["Cycling", "2%", "3%"],
                              ["Bus and train", "5%", "9%"], ["Work mainly at home", "14%", "18%"]],
            header_fill="#dbe7cf", border="0.5pt solid #9bb087")
    o.p("Source: Census 2021 (people aged 16 and over in employment).", "Sub")
    o.p("3 Our goals and actions", "H1")
    o.p("Lead shows the team or partner responsible for making sure the action happens. Where several are named "
        "they share the lead.")
    for i, (g, gt) in enumerate(EN_GOALS, 1):
        o.p(f"Goal {i} – {gt}", "GoalH")
        o.p(EN_INTRO[g], "Ctx")
        acts = [r for r in EN_ROWS if r[2] == g]
        for _id, text, _g, tail, *_rest in acts:
            o.p(f"•\u00a0\u00a0{text} – {tail}", "Bullet")
        if not acts:
            o.p("Actions for this goal will be set out when the monitoring framework is agreed in 2027.")
    o.p("4 Funding and monitoring", "H1")
    for t in (
        "Most of the actions will be paid for from the council's capital programme and from Active Travel "
        "England grants. Some depend on bids that have not yet been decided.",
        "The plan will be reviewed in full in 2028, halfway through the plan period.",
    ):
        o.p(t)
    src = d / f"{slug}.odt"
    o.save(src, title=plan.title, author="Kestrel Vale District Council")
    pdf = bk.soffice_pdf(src)
    _gold(plan, pdf)
    return plan, pdf


# =========================================================================== 4 bokmål handlingsdel (reportlab)

NB_SLUG = "kulturminneplan-prioritet-nb"
NB_GOALS = [
    ("G1", "Kulturminnene i kommunen skal være registrert og lett tilgjengelige for alle"),
    ("G2", "Verneverdige bygninger skal tas vare på og være i bruk"),
    ("G3", "Kulturminner og kulturmiljøer skal sikres i arealplanleggingen"),
    ("G4", "Innbyggerne skal få kunnskap om og eierskap til lokalhistorien"),
]
# (id, text, goal, Ansvar as printed, owners, Frist or None, kind, note, Prioritet)
NB_ROWS = [
    ("K1", "Registrere alle SEFRAK-bygninger i Kulturminnesøk med bilde og beskrivelse", "G1",
     "Plan og utvikling", ["Plan og utvikling"], "2027", "period", "one owner (one avdeling named with 'og')", "1"),
    ("K2", "Digitalisere bildesamlingen til Storås historielag", "G1", "Biblioteket og Storås historielag",
     ["Biblioteket", "Storås historielag"], "2028", "period", "two owners", "2"),
    ("K3", "Lage et temakart over kulturminner i kommunens kartløsning", "G1", "GIS-koordinator",
     ["GIS-koordinator"], "Juni 2026", "period", "", "1"),
    ("K4", "Opprette en tilskuddsordning for istandsetting av verneverdige bygninger i privat eie", "G2",
     "Kultur og fritid", ["Kultur og fritid"], "Årlig", "recurring", "recurring", "1"),
    ("K5", "Sette i stand taket og vinduene på Nordbygda bedehus", "G2", "Kirkelig fellesråd",
     ["Kirkelig fellesråd"], "2031", "period", "'2031' after the plan period 2026–2030", "2"),
    ("K6", "Gi gratis byggeskikkveiledning til eiere av eldre hus", "G2", "Byggesak", ["Byggesak"], "Løpende",
     "continuous", "continuous", "3"),
    ("K7", "Lage en vedlikeholdsplan for kommunens egne verneverdige bygninger", "G2", "", [], "31.12.2027", "date",
     "empty Ansvar: no owner", "1"),
    ("K8", "Innarbeide hensynssoner for bevaring av kulturmiljø i kommuneplanens arealdel", "G3",
     "Plan og utvikling", ["Plan og utvikling"], "2028", "period", "", "1"),
    ("K9", "Gi kulturminnefaglige innspill til alle reguleringsplaner ved oppstart", "G3", "Kulturkonsulent",
     ["Kulturkonsulent"], None, None, "empty Frist: no deadline", "2"),
    ("K10", "Vurdere verneverdi før det gis tillatelse til riving av bygninger eldre enn 1900", "G3",
     "Byggesak og kulturkonsulent", ["Byggesak", "kulturkonsulent"], "Fortløpende", "continuous",
     "two owners; continuous", "2"),
    ("K11", "Sette opp informasjonstavler med QR-kode ved ti viktige kulturminner", "G4",
     "Kultur og fritid og Storås historielag", ["Kultur og fritid", "Storås historielag"], "2029", "period",
     "two owners, the first named with 'og'", "2"),
    ("K12", "Arrangere Kulturminnedagene med åpne hus og vandringer", "G4", "Kultur og fritid",
     ["Kultur og fritid"], "Hver høst", "recurring", "recurring", "3"),
    ("K13", "Utvikle et undervisningsopplegg om lokalhistorie for 5. trinn", "G4", "Alle grunnskoler",
     ["Alle grunnskoler"], "Skoleåret 2027/28", "period", "'Alle grunnskoler' diffuse", "2"),
    ("K14", "Gi ut en bok om gårds- og slektshistorien i Søndre Storås", "G4", "Storås historielag",
     ["Storås historielag"], "2030", "period", "", "3"),
]
NB_TEXT = {
    "Forord": [
        "Kulturminnene forteller hvem vi er og hvor vi kommer fra. Gamle gårdstun, steingjerder, bruer, "
        "sagbruk og bedehus er spor etter dem som levde her før oss, og de gir Storås særpreg.",
        "Med denne planen får kommunen for første gang en samlet oversikt over kulturminnene og en plan for "
        "hvordan de skal tas vare på. Planen er laget i tett samarbeid med historielaget, bygdekvinnelaget, "
        "grunneierne og fylkeskommunen.",
        "Takk til alle som har bidratt med kunnskap, bilder og historier!",
    ],
    "1 Innledning": [
        "Kulturminneplanen er en kommunedelplan etter plan- og bygningsloven. Planen består av en "
        "plandel med mål og prioriteringer og en handlingsdel med konkrete tiltak for perioden 2026–2030.",
        "Arbeidet med planen har vært finansiert med tilskudd fra Riksantikvaren gjennom prosjektet "
        "«Kulturminner i kommunene». Planen bygger på registreringer gjort av historielaget og på "
        "opplysninger i Kulturminnesøk og Askeladden.",
        "Kulturminneplanen skal være et verktøy for politikere, saksbehandlere og innbyggere. Den gir "
        "grunnlag for å prioritere hvilke kulturminner som skal tas vare på, og for å søke tilskudd til "
        "istandsetting og formidling.",
        "Handlingsdelen rulleres hvert år sammen med budsjett og økonomiplan. Plandelen revideres hvert "
        "fjerde år.",
    ],
    "2 Kulturminner i Storås": [
        "Storås har bosetning tilbake til steinalderen. De eldste kulturminnene er gravhauger og "
        "fangstgroper i fjellet, mens de fleste registrerte kulturminnene er bygninger fra 1700- og "
        "1800-tallet.",
        "I SEFRAK-registeret er det registrert 612 bygninger i kommunen som er eldre enn 1900. Mange av dem "
        "står til nedfalls, og om lag 40 er revet eller har rast sammen siden registreringen på 1980-tallet.",
        "Kommunen eier selv elleve bygninger med høy verneverdi, blant annet den gamle skolen i Nordbygda, "
        "tingstua og to stabbur på bygdetunet.",
    ],
    "3 Nasjonale og regionale føringer": [
        "Stortinget har satt som nasjonalt mål at tapet av verneverdige kulturminner skal minimeres, og at "
        "alle kommuner skal ha oversikt over sine kulturminner. Et annet nasjonalt mål er at et representativt "
        "utvalg av kulturminner skal ha varig vern.",
        "Regional plan for kulturarv legger vekt på at kulturminner skal brukes og formidles, og at "
        "kommunene har en nøkkelrolle i arbeidet. Fylkeskommunen gir faglige råd og forvalter tilskudd til "
        "istandsetting av fredede og verneverdige bygninger.",
        "Kulturminneloven gjelder for automatisk fredede kulturminner fra før 1537 og for vedtaksfredede "
        "kulturminner. Andre verneverdige kulturminner kan sikres gjennom plan- og bygningsloven.",
    ],
    "4 Visjon og mål": [
        "For å nå visjonen har kommunen fire mål for kulturminnearbeidet. Målene står i første kolonne i "
        "handlingsdelen i kapittel 5, sammen med tiltakene som skal bidra til hvert av dem.",
        "Prioritet 1 betyr at tiltaket skal startes i 2026 eller 2027. Prioritet 2 og 3 settes i gang når "
        "det er midler og kapasitet til det.",
    ],
    "6 Oppfølging": [
        "Kultur og fritid har ansvaret for å koordinere arbeidet med handlingsdelen og rapporterer til "
        "hovedutvalg for oppvekst og kultur hvert år i forbindelse med årsmeldingen.",
        "Historielaget og andre frivillige lag inviteres til et årlig kulturminnemøte der status for "
        "tiltakene gjennomgås og nye forslag kan meldes inn.",
    ],
}
NB_STATS = [("SEFRAK-registrerte bygninger", "612"), ("Automatisk fredede kulturminner", "148"),
            ("Vedtaksfredede bygninger", "3"), ("Kommunalt eide verneverdige bygninger", "11"),
            ("Bygninger revet eller rast siden 1985", "ca. 40")]


@plan_builder
def build_kulturminneplan_prioritet_nb() -> tuple[Plan, Path]:
    """Bokmål kulturminneplan (reportlab): cover, contents, forord, background chapters, then the handlingsdel as one
    table 'Delmål | Tiltak | Prioritet | Ansvar | Frist' with the Delmål cell merged over its tiltak rows, header
    repeated where the table runs over a page."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        PageBreak,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    slug = NB_SLUG
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    plan = Plan(
        slug=slug, language="nb", title="Kulturminneplan for Storås kommune 2026–2030", period=(2026, 2030),
        goals=[G(g, t) for g, t in NB_GOALS], measures=_rows(NB_ROWS, 2030), source_ext="pdf",
        vision="Storås tar vare på sporene etter dem som levde her før oss",
        notes="""
reportlab (Liberation Sans, invariant), A4 portrait, Storås kommune. Header 'Kulturminneplan 2026–2030' right over
a rule, footer 'Storås kommune' left and the page number right, none on the cover. Cover, Innhold (typed),
Forord, 1 Innledning, 2 Kulturminner i Storås (a table of figures), 3 Nasjonale og regionale føringer (quotes
national targets: no goals), 4 Visjon og mål (the vision = gold vision; says that the goals stand in the first
column of the handlingsdel), each chapter on a new page; 5 Handlingsdel: ONE table 'Delmål | Tiltak | Prioritet |
Ansvar | Frist', the Delmål cell merged over all its tiltak rows (the GOALS, the cell text; page = the page of the
merged cell, i.e. its first row), header row repeated where the table runs over a page; 6 Oppfølging. Gold: each
Tiltak cell is a measure of the Delmål cell it sits beside. Prioritet (1/2/3) is no deadline and no owner. Owners =
Ansvar ('Biblioteket og Storås historielag', 'Byggesak og kulturkonsulent', 'Kultur og fritid og Storås
historielag' two; 'Plan og utvikling', 'Kultur og fritid' ONE avdeling each; 'Alle grunnskoler' diffuse; empty =
none). Deadline = Frist ('31.12.2027' date; '2027', 'Juni 2026', 'Skoleåret 2027/28', '2030' periods; 'Årlig',
'Hver høst' recurring; 'Løpende', 'Fortløpende' continuous; '2031' after 2026–2030; empty = none).
""")
    f = bk.reportlab_fonts("KS")
    brown = colors.HexColor("#6b3e1f")
    body = ParagraphStyle("b", fontName=f["normal"], fontSize=10.5, leading=15, spaceAfter=8)
    h1 = ParagraphStyle("h1", fontName=f["bold"], fontSize=16, leading=20, textColor=brown, spaceAfter=10,
                        keepWithNext=1)
    cell = ParagraphStyle("c", fontName=f["normal"], fontSize=9.5, leading=12.5)
    cellb = ParagraphStyle("cb", fontName=f["bold"], fontSize=9, leading=11.5)
    head = ParagraphStyle("hd", fontName=f["bold"], fontSize=9, leading=11.5, textColor=colors.white)

    def onpage(canvas, doc):
        if doc.page == 1:
            return
        w, h = A4
        canvas.saveState()
        canvas.setFont(f["normal"], 8)
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.drawRightString(w - 20 * mm, h - 14 * mm, "Kulturminneplan 2026–2030")
        canvas.setStrokeColor(brown)
        canvas.setLineWidth(0.5)
        canvas.line(20 * mm, h - 15.5 * mm, w - 20 * mm, h - 15.5 * mm)
        canvas.drawString(20 * mm, 12 * mm, "Storås kommune")
        canvas.drawRightString(w - 20 * mm, 12 * mm, str(doc.page))
        canvas.restoreState()

    pdf = d / f"{slug}.pdf"
    doc = SimpleDocTemplate(str(pdf), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=24 * mm,
                            bottomMargin=22 * mm, title=plan.title, author="Storås kommune", invariant=1)
    s = [Spacer(1, 60 * mm),
         Paragraph("STORÅS KOMMUNE", ParagraphStyle("k", fontName=f["bold"], fontSize=12, textColor=brown)),
         Spacer(1, 8 * mm),
         Paragraph("Kulturminneplan 2026–2030", ParagraphStyle("t", fontName=f["bold"], fontSize=28, leading=34)),
         Spacer(1, 4 * mm),
         Paragraph("Plandel og handlingsdel", ParagraphStyle("st", fontName=f["normal"], fontSize=14)),
         Spacer(1, 90 * mm),
         Paragraph("Vedtatt av kommunestyret 24. april 2026, sak 31/26", body), PageBreak(),
         Paragraph("Innhold", h1)]
    toc = [("Forord", 3), ("1 Innledning", 4), ("2 Kulturminner i Storås", 5),
           ("3 Nasjonale og regionale føringer", 6), ("4 Visjon og mål", 7), ("5 Handlingsdel 2026–2030", 8),
           ("6 Oppfølging", 10)]
    tt = Table([[Paragraph(t, body), Paragraph(str(n), body)] for t, n in toc], colWidths=[150 * mm, 20 * mm])
    tt.setStyle(TableStyle([("ALIGN", (1, 0), (1, -1), "RIGHT"), ("LINEBELOW", (0, 0), (-1, -1), 0.3,
                                                                   colors.HexColor("#bbbbbb"))]))
    s.append(tt)
    for chap in ("Forord", "1 Innledning", "2 Kulturminner i Storås", "3 Nasjonale og regionale føringer",
                 "4 Visjon og mål"):
        s += [PageBreak(), Paragraph(chap, h1)]
        if chap == "4 Visjon og mål":
            s.append(Paragraph("Kommunens visjon for kulturminnearbeidet er:", body))
            s.append(Paragraph(f"«{plan.vision}»", ParagraphStyle("v", parent=body, fontName=f["italic"],
                                                                  fontSize=13, leading=18, leftIndent=12 * mm,
                                                                  textColor=brown, spaceBefore=4, spaceAfter=12)))
        for t in NB_TEXT[chap]:
            s.append(Paragraph(t, body))
        if chap.startswith("2 "):
            st = Table([[Paragraph("Kulturminner", cellb), Paragraph("Antall", cellb)]]
                       + [[Paragraph(a, cell), Paragraph(b, cell)] for a, b in NB_STATS],
                       colWidths=[110 * mm, 30 * mm], hAlign="LEFT")
            st.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#c9b39d")),
                                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#efe4d8"))]))
            s += [st, Spacer(1, 3 * mm), Paragraph("Kilde: SEFRAK, Askeladden og kommunens eiendomsregister.",
                                                   ParagraphStyle("src", parent=body, fontSize=8))]
        if chap.startswith("1 "):
            s.append(Paragraph("Planens mål og tiltak står i kapittel 4 og 5.", body))
    s += [PageBreak(), Paragraph("5 Handlingsdel 2026–2030", h1),
          Paragraph("Tabellen viser tiltakene i planperioden. Delmålet i første kolonne gjelder for alle tiltakene "
                    "i raden ved siden av. Prioritet: 1 = høy, 2 = middels, 3 = lav.", body)]
    for t in (
        "Tiltakene er valgt ut fra registreringene i kapittel 2, innspillene fra høringen og de føringene som er "
        "beskrevet i kapittel 3. Kommunen har prioritert tiltak som sikrer kulturminner som står i fare for å gå "
        "tapt, og tiltak som gjør kulturminnene kjent for innbyggerne og for tilreisende.",
        "Kostnadene ved tiltakene er ikke tatt med i tabellen. Tiltak som krever nye midler, blir spilt inn til "
        "budsjett og økonomiplan, og kommunen vil søke tilskudd fra Kulturminnefondet, fylkeskommunen og "
        "Riksantikvaren der det er mulig. Private eiere kan selv søke Kulturminnefondet om tilskudd.",
        "Ansvar viser hvilken avdeling i kommunen eller hvilken samarbeidspart som skal sørge for at tiltaket "
        "blir gjennomført. Frist viser når tiltaket skal være gjennomført.",
    ):
        s.append(Paragraph(t, body))
    rows = [[Paragraph(x, head) for x in ("Delmål", "Tiltak", "Prioritet", "Ansvar", "Frist")]]
    style = [("BACKGROUND", (0, 0), (-1, 0), brown), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#a08670")),
             ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
             ("ALIGN", (2, 1), (2, -1), "CENTER")]
    for g, gt in NB_GOALS:
        first = len(rows)
        for _mid, text, gg, a, _o, dl, _k, _n, prio in NB_ROWS:
            if gg == g:
                rows.append([Paragraph(gt, cellb) if len(rows) == first else "", Paragraph(text, cell),
                             Paragraph(prio, cell), Paragraph(a, cell), Paragraph(dl or "", cell)])
        style += [("SPAN", (0, first), (0, len(rows) - 1)),
                  ("BACKGROUND", (0, first), (0, len(rows) - 1), colors.HexColor("#f5ede4"))]
    t = Table(rows, colWidths=[38 * mm, 58 * mm, 18 * mm, 32 * mm, 24 * mm], repeatRows=1)
    t.setStyle(TableStyle(style))
    s.append(t)
    s += [PageBreak(), Paragraph("6 Oppfølging", h1)] + [Paragraph(x, body) for x in NB_TEXT["6 Oppfølging"]]
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
