"""Build the fifty-fifth batch of blind authored plans (corpora/authored/<slug>/), four layout forms no earlier batch
holds: a bokmål dog-keeping plan followed up as a MEETING'S ACTION LOG (aksjonsliste) on a MediaWiki intranet page
printed from the browser (print skin: no sidebar, 'Hentet fra «…»', categories; owners as INITIALS resolved by a
participants table; closed actions collapsed; a 'Registrert' date column that is no deadline) (HTML → Chromium); a
nynorsk plan for faster delivery of assistive aids drawn as a FISHBONE (cause-and-effect) DIAGRAM whose bones carry
causes and whose end boxes carry the measures (reportlab); a Swedish e-scooter plan as a SOCIAL-MEDIA CAROUSEL (a
square-page PDF 'document post': one idea a slide, 'n/10' counters, 'Bläddra →') (reportlab); an English Blue Badge
plan as a MODEL FOR IMPROVEMENT / PDSA WORKSHEET (the three questions, a 'Measures' table that holds indicators, a
'Change ideas' table that holds the actions, a struck-through abandoned idea, a PDSA cycle log, a sign-off box)
(python-docx → LibreOffice).

    python corpora/scripts/make_blind_corpus55.py              # every plan
    python corpora/scripts/make_blind_corpus55.py SLUG ...     # some of them
    python corpora/scripts/make_blind_corpus55.py --verify     # check gold against the PDFs
    python corpora/scripts/make_blind_corpus55.py --twice      # build twice, compare sha256

Generic helpers from blindkit.py; plan data classes, findings (as in batch 1) and gold writer from
make_blind_corpus.py, the pdftotext check from make_blind_corpus3.py, the whole-text check on pdftotext -raw from
make_blind_corpus34.py, `_leftovers` from make_blind_corpus41.py, `_measures` from make_blind_corpus49.py and the
docx helpers from _docx_helpers.py (imported, not copied). Written blind: the author read no code under plancheck/,
bench/, tests/, rules/ or docs/ and did not run plancheck. Gold files carry `held_out: true`.
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
import make_blind_corpus41 as mb41  # noqa: E402
import make_blind_corpus49 as mb49  # noqa: E402
from make_blind_corpus import G, Plan  # noqa: E402

ROOT = HERE.parents[1]
OUT = ROOT / "corpora" / "authored"

PLANS, plan_builder, write_gold = mb.builder_registry("make_blind_corpus55.py")
E = lambda s: _h.escape(s, quote=False)  # noqa: E731
PATTERNS = ("*.docx", "*.odt", "*.html", "*.pdf", "*.gold.yaml")


def _gold(plan: Plan, pdf: Path, *, leftovers: tuple[str, ...] = (), **kw) -> Path:
    """blindkit.gold_by_pdftotext with this builder's name in the header, then the leftovers appended."""
    path = bk.gold_by_pdftotext(write_gold, plan, pdf, **kw)
    if leftovers:
        mb41._leftovers(path, pdf, leftovers)
    return path


def _plan(slug, lang, title, period, goals, rows, notes, ext, links=None) -> Plan:
    measures = mb49._measures(rows, period[1])
    for m in measures:
        if links and m.id in links:
            m.goals = list(links[m.id])
    return Plan(slug=slug, language=lang, title=title, period=period, goals=[G(g, t) for g, t in goals],
                measures=measures, source_ext=ext, notes=notes)


# =========================================================================== 1 bokmål action log on a wiki (Chromium)

NB_SLUG = "hundehold-aksjonsliste-wiki-nb"
NB_TITLE = "Handlingsplan for hundehold 2056–2058"
NB_GOALS = [
    ("G1", "Hundeeiere skal ha gode og trygge steder der hunden kan løpe fritt"),
    ("G2", "Det skal bli mindre hundebæsj på turstier, lekeplasser og i sentrum"),
    ("G3", "Det skal bli færre konflikter mellom hundeeiere, beitebrukere og andre som går tur"),
    ("G4", "Innbyggerne skal kjenne reglene for båndtvang og hundehold i kommunen"),
]
NB_LEFTOVER = "(TA: legg inn kartet her når ER har tegnet det ferdig)"
# (id, nr, Aksjon, goal, Ansv. as printed, owners, Frist as printed or None, kind, note, Mål cell, Status, Registrert)
NB_ROWS = [
    ("A3", "A-3", "Kartlegge mulige arealer for hundeparker på Kråkemyra, Sandnesodden og i sentrum", "G1", "ER",
     ["ER"], "Uke 18", "period", "owner as INITIALS (ER = Eivind Rustad, Park og friområder, in the participants "
     "table); 'Uke 18' a week of 2056 (no year printed)", "1", "Pågår", "12.01.2056"),
    ("A5", "A-5", "Søke om tilskudd til en inngjerdet hundepark på Kråkemyra", "G1", "TA", ["TA"], "15.10.2056",
     "date", "TA = Torunn Aksnes, prosjektleder", "1", "Ikke startet", "12.01.2056"),
    ("A6", "A-6", "Bygge den inngjerdede hundeparken på Kråkemyra", "G1", "Teknisk drift", ["Teknisk drift"],
     "Sommer 2057", "period", "a unit outside the working group, written out", "1", "Ikke startet", "09.02.2056"),
    ("A8", "A-8", "Sette opp 40 nye avfallsbeholdere for hundeposer langs turstiene", "G2", "ER", ["ER"],
     "Innen 1.4.2056", "date", "", "2", "Pågår – 26 av 40 satt opp", "12.01.2056"),
    ("A9", "A-9", "Ha dispensere med gratis hundeposer ved de mest brukte turinngangene", "G2", "ER", ["ER"],
     "Fra 1.5.2056", "date", "'Fra 1.5.2056' a start date", "2", "Ikke startet", "09.02.2056"),
    ("A11", "A-11", "Holde dialogmøte med beitelaget og hundeklubben før beitesesongen starter", "G3", "JO", ["JO"],
     "Hver vår", "recurring", "JO = Jon Ottesen, Landbrukskontoret; recurring", "3", "Første møte 2. april",
     "12.01.2056"),
    ("A12", "A-12", "Sette opp skilt om sau på beite og båndtvang ved innfallsportene til beiteområdene", "G3",
     "JO/ER", ["JO", "ER"], "Mai 2056", "period", "two owners joined by '/'", "3", "Ikke startet", "09.02.2056"),
    ("A14", "A-14", "Lage en kampanje om båndtvang og hundebæsj i kommunens kanaler i sosiale medier", "G4", "MH",
     ["MH"], "Mars–april 2056", "period", "Mål cell '2, 4' → G4 and G2; MH = Marte Hovland, Kommunikasjon",
     "2, 4", "Pågår", "09.02.2056"),
    ("A15", "A-15", "Legge ut kart over hundeparker og båndtvangsområder på kommunens nettsider", "G4", "", [],
     "2. halvår 2056", "period", "empty Ansv. cell: no owner", "4", "Venter på A-3", "09.02.2056"),
    ("A16", "A-16", "Vurdere en lokal forskrift om utvidet båndtvang i sentrum og på Grevlingåsen", "G3", "TA",
     ["TA"], "2059", "period", "'2059' after the plan period 2056–2058", "3", "Ikke startet", "08.03.2056"),
    ("A17", "A-17", "Tilby kurs i hundevett for nye hundeeiere", "G4", "Hundeklubben", ["Hundeklubben"], None, None,
     "empty Frist: no deadline; the dog club (a partner) owns it", "4", "Hundeklubben sjekker datoer",
     "08.03.2056"),
    ("A18", "A-18", "Melde fra om ødelagte skilt og fulle avfallsbeholdere når vi ser dem", "G2",
     "Alle i arbeidsgruppa", ["Alle i arbeidsgruppa"], "Løpende", "continuous", "diffuse owner; continuous", "2",
     "Fast punkt", "08.03.2056"),
]
NB_PEOPLE = [
    ("TA", "Torunn Aksnes", "Samfunnsutvikling (prosjektleder)"),
    ("ER", "Eivind Rustad", "Park og friområder"),
    ("JO", "Jon Ottesen", "Landbrukskontoret"),
    ("MH", "Marte Hovland", "Kommunikasjon"),
    ("DL", "Dagny Lien", "Lindtveit hundeklubb (fast invitert)"),
]
NB_CSS = """
@page { size: A4; margin: 8mm 14mm 8mm 14mm; }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9.6pt; color: #202122; margin: 0; }
table.pg { border-collapse: collapse; width: 100%; }
table.pg > thead > tr > td, table.pg > tfoot > tr > td { padding: 0; }
.brw-h { font-size: 7.5pt; color: #444; display: flex; justify-content: space-between; padding-bottom: 5mm; }
.brw-f { font-size: 7.5pt; color: #444; padding-top: 5mm; }
h1 { font-family: 'Liberation Serif', Georgia, serif; font-weight: normal; font-size: 21pt; margin: 0 0 1mm;
  border-bottom: 1px solid #a2a9b1; padding-bottom: 1mm; }
.sub { font-size: 8.5pt; color: #54595d; margin-bottom: 1mm; }
.crumb { font-size: 8.5pt; color: #54595d; margin-bottom: 3mm; }
a { color: #0645ad; text-decoration: none; }
a.new { color: #ba0000; }
h2 { font-family: 'Liberation Serif', Georgia, serif; font-weight: normal; font-size: 14.5pt; margin: 5mm 0 2mm;
  border-bottom: 1px solid #a2a9b1; padding-bottom: .5mm; }
h3 { font-size: 10.5pt; margin: 3mm 0 1.5mm; }
p { line-height: 1.45; margin: 0 0 2mm; }
.ambox { border: 1px solid #a2a9b1; border-left: 8px solid #36c; background: #fbfbfb; padding: 2mm 3mm;
  margin: 0 0 3mm; font-size: 8.8pt; }
.infobox { float: right; width: 62mm; margin: 0 0 3mm 4mm; border: 1px solid #a2a9b1; background: #f8f9fa;
  font-size: 8.3pt; border-collapse: collapse; }
.infobox th.t { background: #cedff2; text-align: center; font-size: 9.5pt; padding: 1.5mm; }
.infobox th, .infobox td { padding: 1mm 1.5mm; vertical-align: top; text-align: left; }
.toc { display: inline-block; border: 1px solid #a2a9b1; background: #f8f9fa; padding: 2mm 4mm; font-size: 8.6pt;
  margin: 1mm 0 2mm; }
.toc b { display: block; text-align: center; margin-bottom: 1mm; }
.toc div { line-height: 1.45; }
ol.goals { margin: 0 0 2mm; padding-left: 7mm; } ol.goals li { line-height: 1.5; margin-bottom: .6mm; }
table.wikitable { border-collapse: collapse; background: #f8f9fa; border: 1px solid #a2a9b1; font-size: 8.4pt;
  margin: 1mm 0 3mm; width: 100%; }
.wikitable th, .wikitable td { border: 1px solid #a2a9b1; padding: .9mm 1.3mm; vertical-align: top; }
.wikitable th { background: #eaecf0; text-align: left; white-space: nowrap; }
.wikitable th .so { color: #72777d; font-weight: normal; font-size: 6.5pt; margin-left: 1mm; }
.wikitable tr { page-break-inside: avoid; }
.st-p { background: #fef6e7; } .st-i { background: #fff; }
.collapse { border: 1px solid #a2a9b1; background: #f8f9fa; padding: 1mm 2mm; font-size: 8.6pt; margin-bottom: 3mm; }
.collapse .tg { float: right; }
.note { color: #72777d; font-size: 8.4pt; font-style: italic; }
.catlinks { border: 1px solid #a2a9b1; background: #f8f9fa; padding: 1.5mm 2mm; margin-top: 4mm; font-size: 8.4pt; }
.printfooter { font-size: 8.4pt; margin-top: 3mm; color: #202122; }
.lastmod { font-size: 8pt; color: #54595d; margin-top: 2mm; border-top: 1px solid #c8ccd1; padding-top: 1.5mm; }
"""


@plan_builder
def build_hundehold_aksjonsliste_wiki_nb() -> tuple[Plan, Path]:
    """Bokmål plan follow-up (HTML → Chromium, A4 portrait) as a MEETING'S ACTION LOG kept on a MediaWiki intranet
    page and printed from the browser with the wiki's print skin: browser header/footer lines, title, 'Fra Lindtveit
    intranett', a notice box, an infobox, a table of contents, background, the plan's goals copied in, a participants
    table whose initials are the owners in the log, the open actions as a sortable wikitable, the closed actions
    collapsed, next meeting, minutes links, categories and 'Hentet fra «…»'."""
    slug = NB_SLUG
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    plan = _plan(slug, "nb", NB_TITLE, (2056, 2058), NB_GOALS, NB_ROWS, NB_NOTES, "html",
                 links={"A14": ("G2", "G4")})
    url = "https://intranett.lindtveit.kommune.no/wiki/Prosjekt_hundehold/Aksjonsliste"
    goals = "".join(f"<li>{E(t)}.</li>" for _g, t in NB_GOALS)
    people = "".join(f"<tr><td><b>{i}</b></td><td>{E(n)}</td><td>{E(u)}</td></tr>" for i, n, u in NB_PEOPLE)
    so = '<span class="so">▲▼</span>'
    rows = []
    for _id, nr, txt, _g, who, _o, when, _k, _n, malc, status, reg in NB_ROWS:
        cls = "st-p" if status.startswith("Pågår") else "st-i"
        rows.append(f'<tr class="{cls}"><td>{nr}</td><td>{E(txt)}</td><td>{E(malc)}</td><td>{E(who)}</td>'
                    f"<td>{E(when or '')}</td><td>{E(status)}</td><td>{reg}</td></tr>")
    html = (
        '<!DOCTYPE html><html lang="nb"><head><meta charset="utf-8">'
        "<title>Prosjekt hundehold/Aksjonsliste – Lindtveit intranett</title>"
        f"<style>{NB_CSS}</style></head><body>"
        '<table class="pg"><thead><tr><td><div class="brw-h"><span>14.03.2056, 15:10</span>'
        "<span>Prosjekt hundehold/Aksjonsliste – Lindtveit intranett</span></div></td></tr></thead>"
        f'<tfoot><tr><td><div class="brw-f">{url}</div></td></tr></tfoot><tbody><tr><td>'
        "<h1>Prosjekt hundehold/Aksjonsliste</h1>"
        '<div class="sub">Fra Lindtveit intranett</div>'
        '<div class="crumb">&lt; <a>Prosjekt hundehold</a></div>'
        '<div class="ambox">Denne siden oppdateres av prosjektleder etter hvert møte i arbeidsgruppa. Sist '
        "oppdatert etter <b>møte 4 (8. mars 2056)</b>. Lukkede aksjoner flyttes ned til «Lukkede aksjoner».</div>"
        '<table class="infobox"><tr><th class="t" colspan="2">Prosjekt hundehold</th></tr>'
        "<tr><th>Vedtak</th><td>Kommunestyret 8.12.2055, sak 94/55</td></tr>"
        f"<tr><th>Plan</th><td>{E(NB_TITLE)}</td></tr>"
        "<tr><th>Prosjekteier</th><td>Kommunalsjef samfunn</td></tr>"
        "<tr><th>Prosjektleder</th><td><a>Torunn Aksnes</a></td></tr>"
        "<tr><th>Møter</th><td>Annenhver måned, rom Fjellet</td></tr>"
        "<tr><th>Budsjett 2056</th><td>kr 650 000</td></tr></table>"
        '<div class="toc"><b>Innhold</b><div>1 Bakgrunn</div><div>2 Mål i handlingsplanen</div>'
        "<div>3 Arbeidsgruppa</div><div>4 Aksjonsliste</div><div>&nbsp;&nbsp;4.1 Åpne aksjoner</div>"
        "<div>&nbsp;&nbsp;4.2 Lukkede aksjoner</div><div>5 Neste møte</div><div>6 Referater</div></div>"
        "<h2>Bakgrunn</h2>"
        "<p>Kommunestyret vedtok <a>Handlingsplan for hundehold 2056–2058</a> i desember 2055. Det er om lag 1 900 "
        "hunder i Lindtveit, og tallet har økt hvert år siden 2050. Kommunen får mange henvendelser om løse hunder, "
        "hundebæsj langs turstiene og hunder som skremmer sau på beite.</p>"
        "<p>Etter hundeloven skal hunder holdes i bånd eller forsvarlig inngjerdet fra 1. april til 20. august. "
        "Det er politiet som håndhever loven når en hund har angrepet folk eller dyr.</p>"
        "<p>Arbeidsgruppa følger opp tiltakene i planen gjennom denne aksjonslista. Hvert tiltak i planen er "
        "gjort om til én eller flere aksjoner med ansvarlig og frist.</p>"
        f'<p class="note">{E(NB_LEFTOVER)}</p>'
        "<h2>Mål i handlingsplanen</h2>"
        "<p>Fra kapittel 3 i handlingsplanen (kolonnen «Mål» i aksjonslista viser til disse numrene):</p>"
        f'<ol class="goals">{goals}</ol>'
        "<h2>Arbeidsgruppa</h2>"
        '<table class="wikitable" style="width:auto"><tr><th>Init.</th><th>Navn</th><th>Enhet / rolle</th></tr>'
        f"{people}</table>"
        "<h2>Aksjonsliste</h2>"
        "<h3>Åpne aksjoner</h3>"
        '<table class="wikitable sortable"><tr>'
        f"<th>Nr{so}</th><th>Aksjon{so}</th><th>Mål{so}</th><th>Ansv.{so}</th><th>Frist{so}</th>"
        f"<th>Status{so}</th><th>Registrert{so}</th></tr>{''.join(rows)}</table>"
        '<p class="note">Gul rad = pågår. Nummereringen fortsetter fra lukkede aksjoner; numre som mangler her, '
        "står under «Lukkede aksjoner».</p>"
        "<h3>Lukkede aksjoner</h3>"
        '<div class="collapse"><span class="tg">[<a>vis</a>]</span>Lukkede aksjoner (6)</div>'
        "<h2>Neste møte</h2>"
        "<p><b>Møte 5:</b> tirsdag 23. april 2056 kl. 09.00–11.00, rom Fjellet. Saker: status på A-3 og A-8, "
        "erfaringer fra dialogmøtet med beitelaget, budsjettinnspill for 2057. Meld forfall til TA.</p>"
        "<h2>Referater</h2>"
        "<ul><li><a>Møte 1 (12.01.2056)</a></li><li><a>Møte 2 (09.02.2056)</a></li>"
        "<li><a>Møte 3 (23.02.2056) – ekstramøte om hundeparken</a></li><li><a>Møte 4 (08.03.2056)</a></li></ul>"
        '<div class="catlinks"><b><a>Kategorier</a>:</b> <a>Prosjekter</a> | <a>Samfunnsutvikling</a> | '
        "<a>Aksjonslister</a></div>"
        f'<div class="printfooter">Hentet fra «{url}»</div>'
        '<div class="lastmod">Denne siden ble sist redigert 14. mars 2056 kl. 15:02. · <a>Personvern</a> · '
        "<a>Om Lindtveit intranett</a> · <a>Ansvarsfraskrivelse</a></div>"
        "</td></tr></tbody></table></body></html>\n"
    )
    src = d / f"{slug}.html"
    src.write_text(html, encoding="utf-8")
    pdf = bk.chromium_pdf(src, d / f"{slug}.pdf")
    _gold(plan, pdf, leftovers=(NB_LEFTOVER,))
    return plan, pdf


NB_NOTES = """
HTML → Chromium, A4 portrait, Liberation Sans/Serif, Lindtveit kommune: the follow-up of 'Handlingsplan for hundehold
2056–2058' kept as a MEETING'S ACTION LOG (AKSJONSLISTE) on a MediaWiki intranet page, PRINTED FROM THE BROWSER with
the wiki's print skin (no sidebar). Browser lines on every page ('14.03.2056, 15:10 · Prosjekt hundehold/Aksjonsliste –
Lindtveit intranett' at the top, the page URL at the foot) = chrome. Title 'Prosjekt hundehold/Aksjonsliste', 'Fra
Lindtveit intranett', a breadcrumb, a NOTICE BOX (updated after meeting 4, 8 March 2056) and an INFOBOX (vedtak
'Kommunestyret 8.12.2055, sak 94/55' = adoption, no deadline; prosjekteier, prosjektleder, meetings, budget) = no
goals/measures. A table of contents. 'Bakgrunn': figures; hundeloven's båndtvang 1 April–20 August and the police =
national rule and another body (no goal, no measure); 'each measure of the plan is made into one or more actions with
an owner and a deadline'; an italic note '(TA: legg inn kartet her når ER har tegnet det ferdig)' = EDITORIAL
LEFTOVER. 'Mål i handlingsplanen': a numbered list copied from the plan = the GOALS (without the final '.'); the 'Mål'
column of the log refers to these numbers. 'Arbeidsgruppa': a participants table 'Init. | Navn | Enhet / rolle' (TA,
ER, JO, MH, DL) = no owners by itself, but it RESOLVES the initials used as owners in the log. 'Aksjonsliste' → 'Åpne
aksjoner': a sortable WIKITABLE 'Nr | Aksjon | Mål | Ansv. | Frist | Status | Registrert' (sort arrows '▲▼' in the
header = chrome): each row = a MEASURE (Aksjon), 'Mål' = GOAL LINK by number (A-14 '2, 4' → G4 and G2), 'Ansv.' =
OWNER as printed (initials 'ER', 'TA', 'JO', 'MH' kept as printed — the planner reads them as the persons of the
participants table; 'JO/ER' two; 'Teknisk drift' a unit; 'Hundeklubben' a partner; 'Alle i arbeidsgruppa' diffuse;
A-15 empty = none), 'Frist' = DEADLINE as printed, 'Status' and 'Registrert' (the date the action was logged, e.g.
'12.01.2056') are NO deadlines. Numbers A-1, A-2, A-4, A-7, A-10, A-13 are missing because they are closed (the note
under the table says so; 'Lukkede aksjoner (6) [vis]' is COLLAPSED, its rows not printed) = no numbering defect, and
the closed actions are no measures of this page. 'Neste møte' (agenda) and 'Referater' (links) = process.
Categories, 'Hentet fra «…»', 'sist redigert …' = chrome. DEADLINES ('Uke 18' (a week of 2056, no year printed),
'Sommer 2057', 'Mai 2056', 'Mars–april 2056', '2. halvår 2056' periods; '15.10.2056', 'Innen 1.4.2056', 'Fra
1.5.2056' (a start) dates; 'Hver vår' recurring; 'Løpende' continuous; '2059' after 2056–2058; A-17 empty = none).
Every goal has at least one action.
"""


# =========================================================================== 2 nynorsk fishbone diagram (reportlab)

NN_SLUG = "hjelpemiddel-fiskebein-nn"
NN_TITLE = "Handlingsplan for raskare levering av hjelpemiddel 2057–2059"
NN_GOALS = [
    ("G1", "Brukarane skal få standardhjelpemiddel levert innan fem verkedagar"),
    ("G2", "Hjelpemidla skal vere reine, heile og klare til bruk når dei blir leverte"),
    ("G3", "Tilsette i helse og omsorg skal vite korleis dei bestiller hjelpemiddel"),
    ("G4", "Brukarar og pårørande skal få vite når hjelpemiddelet kjem"),
]
NN_LEFTOVER = "[Gunnhild: sjekk snittet med NAV før utval – 19 eller 21?]"
# (id, nr, measure, goal, Ansv. as printed, owners, Frist as printed or None, kind, note, bone, goal numbers printed)
NN_ROWS = [
    ("H1", "", "Innføre elektronisk bestilling av hjelpemiddel i fagsystemet", "G1",
     "IKT-eininga og fagleiar ergoterapi", ["IKT-eininga", "fagleiar ergoterapi"], "1. halvår 2057", "period",
     "two owners joined by 'og'; circles 1 and 3 → G1 and G3", "IKT og system", "1 3"),
    ("H2", "", "Ha eit fast lager av dei 20 mest brukte hjelpemidla i kommunen", "G1", "Hjelpemiddellageret",
     ["Hjelpemiddellageret"], "1.3.2057", "date", "", "Lager", "1"),
    ("H3", "", "Lage ei enkel rettleiing for bestilling av hjelpemiddel på intranettet", "G3",
     "Kommunikasjonsrådgjevar", ["Kommunikasjonsrådgjevar"], "Mai 2057", "period", "", "Kompetanse", "3"),
    ("H4", "", "Gje opplæring i bestilling til alle nytilsette i heimetenestene", "G3",
     "Alle einingsleiarar i helse og omsorg", ["Alle einingsleiarar i helse og omsorg"], "Kvart halvår",
     "recurring", "diffuse owner; recurring", "Kompetanse", "3"),
    ("H5", "", "Ha faste møte med NAV Hjelpemiddelsentral om saker som står fast", "G1", "Hjelpemiddelkontakt",
     ["Hjelpemiddelkontakt"], "Løpande", "continuous", "continuous; NAV is the other party, not an owner",
     "Samarbeid med NAV", "1"),
    ("H6", "", "Kjøpe ein eigen varebil med bakløftar til hjelpemiddeltransporten", "G1", "", [], "2058", "period",
     "'Ansv.: –' = no owner", "Transport og montering", "1"),
    ("H7", "", "Montere hjelpemiddelet same dag som det blir levert", "G1", "Drift og vedlikehald",
     ["Drift og vedlikehald"], None, None, "no Frist line: no deadline", "Transport og montering", "1"),
    ("H8", "", "Sende SMS til brukaren når hjelpemiddelet er klart til levering", "G4", "IKT-eininga",
     ["IKT-eininga"], "2060", "period", "'2060' after the plan period 2057–2059", "Informasjon", "4"),
    ("H9", "", "Gje brukarar og pårørande eitt fast telefonnummer for spørsmål om hjelpemiddel", "G4",
     "Tildelingskontoret", ["Tildelingskontoret"], "Haust 2057", "period", "", "Informasjon", "4"),
]
# (bone label, top side?, causes, measure ids)
NN_BONES = [
    ("Bestilling og vedtak", True, ["Papirskjema blir sende fram og tilbake", "Uklart kven som skal fylle ut kva"],
     []),
    ("Kompetanse", True, ["Nytilsette kjenner ikkje rutinane", "Rutinen ligg i ein perm på kontoret"],
     ["H3", "H4"]),
    ("IKT og system", True, ["Fagsystemet har ingen bestillingsmodul", "Lageret blir ført i eit rekneark"], ["H1"]),
    ("Samarbeid med NAV", False, ["Lang sakshandsaming for spesialhjelpemiddel", "Saker blir liggjande utan svar"],
     ["H5"]),
    ("Lager", False, ["Ingen oversikt over kva som finst på lageret", "Mest brukte hjelpemiddel er ofte tomme"],
     ["H2"]),
    ("Transport og montering", False, ["Berre éin bil, utan bakløftar", "Montering ventar til neste veke"],
     ["H6", "H7"]),
]


def _rl_para(c, f, x, y_top, w, text, *, size=9.0, font=None, colour=None, lead=1.25, align=0):
    from reportlab.lib.colors import HexColor
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    st = ParagraphStyle(f"s{x:.0f}_{y_top:.0f}_{size}", fontName=font or f["normal"], fontSize=size,
                        leading=size * lead, textColor=colour or HexColor("#1e2326"), alignment=align)
    pr = Paragraph(text, st)
    _w, ph = pr.wrap(w, 3000)
    pr.drawOn(c, x, y_top - ph)
    return ph


@plan_builder
def build_hjelpemiddel_fiskebein_nn() -> tuple[Plan, Path]:
    """Nynorsk plan (reportlab): p. 1 A4 portrait with background, figures, the goals and how the group worked; p. 2
    A4 landscape a FISHBONE DIAGRAM: the problem in the head, six bones with cause lines, and at the end of five bones
    green 'TILTAK' boxes (measure, 'Ansv.', 'Frist', circled goal numbers); the first bone has no box."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen.canvas import Canvas

    slug = NN_SLUG
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    plan = _plan(slug, "nn", NN_TITLE, (2057, 2059), NN_GOALS, NN_ROWS, NN_NOTES, "pdf",
                 links={"H1": ("G1", "G3")})
    f = bk.reportlab_fonts("LS")
    pdf = d / f"{slug}.pdf"
    c = Canvas(str(pdf), pagesize=A4, invariant=1)
    c.setTitle(NN_TITLE)
    c.setAuthor("Hjelmevik kommune")
    ink, teal, grey = HexColor("#1e2326"), HexColor("#1f6f78"), HexColor("#6a747a")
    P = lambda *a, **k: _rl_para(c, f, *a, **k)  # noqa: E731

    def foot(n, W):
        c.setFont(f["normal"], 7.5)
        c.setFillColor(grey)
        c.drawString(40, 24, f"Hjelmevik kommune · {NN_TITLE}")
        c.drawRightString(W - 40, 24, f"Side {n} av 2")

    # ---- page 1 portrait
    W, H = A4
    c.setFillColor(teal)
    c.rect(0, H - 8, W, 8, stroke=0, fill=1)
    P(48, H - 40, 500, "HJELMEVIK KOMMUNE · HELSE OG OMSORG", size=9, font=f["bold"], colour=teal)
    y = H - 58
    y -= P(48, y, 500, NN_TITLE, size=19, font=f["bold"], lead=1.15) + 6
    y -= P(48, y, 500, "Vedteken i utval for helse og omsorg 3. desember 2056, sak 58/56", size=9,
           colour=grey) + 16
    y -= P(48, y, 500, "1 Kvifor denne planen", size=12.5, font=f["bold"], colour=teal) + 6
    y -= P(48, y, 500, "Når ein brukar treng eit hjelpemiddel – ein rullator, ei dusjkrakk, ei seng – skal "
           "det kome raskt. I dag ventar mange i fleire veker. Då blir utskrivinga frå sjukehuset utsett, og "
           "heimetenesta må gjere meir enn naudsynt. Kommunen har ansvaret for hjelpemiddel til kortvarig bruk, "
           "medan NAV Hjelpemiddelsentral har ansvaret for hjelpemiddel til varig bruk etter folketrygdlova.",
           size=9.6, lead=1.45) + 8
    rows = [("Utlån frå hjelpemiddellageret i 2056", "1 312"),
            ("Gjennomsnittleg ventetid frå bestilling til levering", f"19 dagar {NN_LEFTOVER}"),
            ("Bestillingar som kom på papir", "74 %"),
            ("Klager på hjelpemiddel som var skitne eller øydelagde", "23")]
    for lab, val in rows:
        c.setStrokeColor(HexColor("#c9d1d5"))
        c.line(48, y - 15, 548, y - 15)
        P(50, y - 2, 300, lab, size=9)
        P(300, y - 2, 246, val, size=9, font=f["bold"], align=2)
        y -= 19
    y -= 14
    y -= P(48, y, 500, "2 Mål", size=12.5, font=f["bold"], colour=teal) + 6
    y -= P(48, y, 500, "Planen har fire mål for perioden 2057–2059:", size=9.6) + 4
    for i, (_g, t) in enumerate(NN_GOALS, 1):
        c.setFillColor(teal)
        c.circle(58, y - 6, 8, stroke=0, fill=1)
        c.setFillColor(HexColor("#ffffff"))
        c.setFont(f["bold"], 9)
        c.drawCentredString(58, y - 9.2, str(i))
        y -= max(P(74, y, 470, E(t) + ".", size=10, font=f["bold"], lead=1.3), 16) + 6
    y -= 10
    y -= P(48, y, 500, "3 Slik har vi arbeidd", size=12.5, font=f["bold"], colour=teal) + 6
    y -= P(48, y, 500, "Ei arbeidsgruppe med ergoterapeutar, lagerarbeidarar, sjukepleiarar frå heimetenesta og "
           "ein brukarrepresentant frå eldrerådet heldt idédugnad 14. november 2056. Gruppa brukte eit "
           "<i>fiskebeinsdiagram</i>: problemet står i hovudet på fisken, og kvart bein er eit område der vi fann "
           "årsaker. Tiltaka står i dei grøne boksane ved enden av beina. Tala i sirklane viser kva mål tiltaket "
           "skal bidra til.", size=9.6, lead=1.45) + 8
    y -= P(48, y, 500, "Mål 2 har ingen tiltak i diagrammet. Reinhald og kontroll av hjelpemiddel blir vurdert "
           "på nytt når hjelpemiddellageret flyttar til nye lokale på Nautøy i 2058.", size=9.6, lead=1.45) + 8
    P(48, y, 500, "<b>Kontakt:</b> Gunnhild Skårheim, fagleiar ergoterapi, tlf. 57 81 30 44", size=9)
    foot(1, W)
    c.showPage()

    # ---- page 2 landscape: the fishbone
    c.setPageSize(landscape(A4))
    W, H = landscape(A4)
    P(40, H - 30, 700, "4 FISKEBEINSDIAGRAM – ÅRSAKER OG TILTAK", size=11, font=f["bold"], colour=teal)
    sy = H / 2 + 4
    x0, x1 = 40, 680
    c.setStrokeColor(ink)
    c.setLineWidth(2.4)
    c.line(x0, sy, x1, sy)
    c.setFillColor(ink)
    p = c.beginPath()
    p.moveTo(x1 + 10, sy)
    p.lineTo(x1 - 4, sy + 7)
    p.lineTo(x1 - 4, sy - 7)
    p.close()
    c.drawPath(p, stroke=0, fill=1)
    # head
    c.setFillColor(HexColor("#fbe9e7"))
    c.setStrokeColor(HexColor("#b8483a"))
    c.setLineWidth(1.2)
    c.roundRect(x1 + 14, sy - 46, W - x1 - 14 - 22, 92, 8, stroke=1, fill=1)
    P(x1 + 22, sy + 38, W - x1 - 50, "<b>PROBLEM</b>", size=8.5, colour=HexColor("#b8483a"))
    P(x1 + 22, sy + 24, W - x1 - 50, "Brukarane ventar for lenge på hjelpemiddel – i snitt 19 dagar i 2056",
      size=9.5, font=f["bold"], lead=1.3)
    row = {r[0]: r for r in NN_ROWS}

    def box(mid, x, top, bw):
        """A green TILTAK box with its top edge at TOP; returns its height."""
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.platypus import Paragraph

        _id, _nr, txt, _g, who, _o, when, _k, _n, _bone, nums = row[mid]
        meta = f"Ansv.: {E(who) if who else '–'}" + (f"<br/>Frist: {E(when)}" if when else "")
        pt = Paragraph(f"<b>{E(txt)}</b>", ParagraphStyle(f"t{mid}", fontName=f["normal"], fontSize=7.6,
                                                           leading=9.1))
        _w, th = pt.wrap(bw - 12, 300)
        pm = Paragraph(meta, ParagraphStyle(f"m{mid}", fontName=f["normal"], fontSize=7.2, leading=8.7,
                                            textColor=HexColor("#2d3a33")))
        _w, mh = pm.wrap(bw - 12, 300)
        h = 12 + th + 2 + mh + 5
        c.setFillColor(HexColor("#e3f2e6"))
        c.setStrokeColor(HexColor("#3f8a54"))
        c.setLineWidth(0.9)
        c.rect(x, top - h, bw, h, stroke=1, fill=1)
        c.setFillColor(HexColor("#3f8a54"))
        c.setFont(f["bold"], 6.8)
        c.drawString(x + 6, top - 9, "TILTAK")
        for q, num in enumerate(reversed(nums.split())):
            cx = x + bw - 10 - q * 14
            c.setFillColor(teal)
            c.circle(cx, top - 7, 5.3, stroke=0, fill=1)
            c.setFillColor(HexColor("#ffffff"))
            c.setFont(f["bold"], 7)
            c.drawCentredString(cx, top - 9.4, num)
        pt.drawOn(c, x + 6, top - 12 - th)
        pm.drawOn(c, x + 6, top - 12 - th - 2 - mh)
        return h

    xs = [150, 320, 490]
    L = 104
    for k, (lab, top, causes, mids) in enumerate(NN_BONES):
        bx = xs[k % 3]
        s = 1 if top else -1
        tipx, tipy = bx - 60, sy + s * L
        c.setStrokeColor(ink)
        c.setLineWidth(1.3)
        c.line(bx, sy, tipx, tipy)
        lx = tipx - 55
        ly = tipy + 3 if top else tipy - 19
        c.setFillColor(teal)
        c.roundRect(lx, ly, 110, 16, 3, stroke=0, fill=1)
        c.setFillColor(HexColor("#ffffff"))
        c.setFont(f["bold"], 8)
        c.drawCentredString(lx + 55, ly + 4.6, lab)
        for j, cause in enumerate(causes):
            t = 0.33 + 0.36 * j
            cx, cy = bx + (tipx - bx) * t, sy + (tipy - sy) * t
            c.setLineWidth(0.7)
            c.line(cx, cy, cx + 26, cy)
            P(cx + 28, cy + 4, 98, f"<i>{E(cause)}</i>", size=7, colour=grey, lead=1.15)
        bw = 150
        yy = (H - 50) if top else ly - 8
        for mid in mids:  # top bones: stacked down from the top margin; bottom bones: down from the label
            yy -= box(mid, lx - 20, yy, bw) + 5
        if mids:
            c.setStrokeColor(HexColor("#3f8a54"))
            c.setLineWidth(0.8)
            c.setDash(2, 2)
            c.line(lx + 55, ly + (16 if top else 0), lx + 55, (ly + 16 + 6) if top else (ly - 8))
            c.setDash()
    # information: a short bone on the spine near the head
    c.setStrokeColor(ink)
    c.setLineWidth(1.3)
    c.line(640, sy, 610, sy + 40)
    c.setFillColor(teal)
    c.roundRect(570, sy + 43, 84, 16, 3, stroke=0, fill=1)
    c.setFillColor(HexColor("#ffffff"))
    c.setFont(f["bold"], 8)
    c.drawCentredString(612, sy + 47.6, "Informasjon")
    P(585, sy + 90, 110, "<i>Brukaren veit ikkje når hjelpemiddelet kjem</i>", size=7, colour=grey, lead=1.15)
    yy = sy - 56
    for mid in ("H8", "H9"):
        yy -= box(mid, 620, yy, 190) + 5

    c.setFont(f["normal"], 7.3)
    c.setFillColor(grey)
    c.drawString(40, 40, "Grå kursiv = årsaker frå idédugnaden 14.11.2056 · Grøn boks = tiltak · Tal i sirkel = "
                 "målet tiltaket skal bidra til · Kjelde: arbeidsgruppa, 11 deltakarar")
    foot(2, W)
    c.showPage()
    c.save()
    _gold(plan, pdf, leftovers=(NN_LEFTOVER,))
    return plan, pdf


NN_NOTES = """
reportlab, Liberation Sans, Hjelmevik kommune (helse og omsorg), two pages: p. 1 A4 PORTRAIT, p. 2 A4 LANDSCAPE;
footer 'Hjelmevik kommune · … · Side n av 2'. P. 1: kicker, title, 'Vedteken i utval for helse og omsorg 3. desember
2056, sak 58/56' (adoption, no deadline). '1 Kvifor denne planen': background; the split of duties between the
kommune (short-term aids) and NAV Hjelpemiddelsentral (permanent aids under folketrygdlova) = another body's duty, no
goal. A figure table (the second value carries '[Gunnhild: sjekk snittet med NAV før utval – 19 eller 21?]' =
EDITORIAL LEFTOVER). '2 Mål': four numbered circles + bold sentence = the GOALS (without the final '.'). '3 Slik har
vi arbeidd': the idédugnad and how to read the FISHBONE (problem in the head, a bone per area with causes, the
measures in the green boxes at the end of the bones, circled numbers = goals). 'Mål 2 har ingen tiltak i diagrammet
… blir vurdert på nytt når hjelpemiddellageret flyttar … i 2058' = a DEFERRAL: G2 has NO MEASURE. Contact line.
P. 2 '4 FISKEBEINSDIAGRAM – ÅRSAKER OG TILTAK': the spine and the red HEAD box 'PROBLEM: Brukarane ventar for lenge
på hjelpemiddel – i snitt 19 dagar i 2056' (a problem, no goal); six BONES with teal labels ('Bestilling og
vedtak', 'Kompetanse', 'IKT og system', 'Samarbeid med NAV', 'Lager', 'Transport og montering') and a seventh label
'Informasjon' on the spine near the head; GREY ITALIC lines on the bones = CAUSES (e.g. 'Papirskjema blir sende fram
og tilbake', 'Lageret blir ført i eit rekneark') — no measures, although some name what is lacking. GREEN BOXES
'TILTAK' = the MEASURES (bold sentence), a line 'Ansv.: …' = OWNER, a line 'Frist: …' = DEADLINE, CIRCLED NUMBERS in
the corner = GOAL LINKS (H1 has circles 1 and 3 → G1 and G3). The bone 'Bestilling og vedtak' has causes but NO
box (its causes are met by H1 on the IKT bone; no finding, as measures are counted by goal). A legend line at the
foot. OWNERS as printed ('Hjelpemiddellageret', 'Kommunikasjonsrådgjevar', 'Hjelpemiddelkontakt', 'Drift og
vedlikehald', 'IKT-eininga', 'Tildelingskontoret' one each; 'IKT-eininga og fagleiar ergoterapi' two; 'Alle
einingsleiarar i helse og omsorg' diffuse; H6 'Ansv.: –' = none). DEADLINES as printed ('1. halvår 2057', 'Mai
2057', '2058', 'Haust 2057' periods; '1.3.2057' date; 'Kvart halvår' recurring; 'Løpande' continuous; '2060' after
2057–2059; H7 has no 'Frist' line = none).
"""


# =========================================================================== 3 Swedish social-media carousel (reportlab)

SV_SLUG = "elsparkcyklar-karusell-sv"
SV_TITLE = "Handlingsplan för elsparkcyklar 2056–2058"
SV_GOALS = [
    ("G1", "Elsparkcyklar ska stå parkerade så att de inte hindrar den som går, har barnvagn eller rullstol"),
    ("G2", "Färre ska skadas i olyckor med elsparkcykel"),
    ("G3", "Elsparkcykeln ska göra det lättare att ta sig till och från bussen och tåget"),
    ("G4", "Kommunen ska ta ut en avgift när uthyrarna använder gatumark"),
]
SV_LEFTOVER = "[kolla siffran med akuten innan vi postar /Elin]"
# (id, nr, measure, goal, Vem as printed, owners, När as printed or None, kind, note)
SV_ROWS = [
    ("E1", "", "Måla upp parkeringsrutor för elsparkcyklar vid alla busshållplatser i centrum", "G1",
     "Gatuavdelningen", ["Gatuavdelningen"], "Våren 2056", "period", ""),
    ("E2", "", "Kräva i tillstånden att uthyrarna flyttar felparkerade cyklar inom två timmar", "G1",
     "Trafikenheten", ["Trafikenheten"], "1 april 2056", "date", "'inom två timmar' is part of the measure"),
    ("E3", "", "Förbjuda parkering av elsparkcyklar på Sjötorget och i gågatan", "G1", "Trafikenheten",
     ["Trafikenheten"], "2057", "period", ""),
    ("E4", "", "Sänka högsta hastigheten för hyrcyklarna till 15 km/h i centrum nattetid", "G2",
     "Trafikenheten tillsammans med uthyrarna", ["Trafikenheten", "uthyrarna"], "Sommaren 2056", "period",
     "two owners joined by 'tillsammans med' (the operators are a party)"),
    ("E5", "", "Besöka högstadieskolorna med en kampanj om trafikregler för elsparkcykel", "G2",
     "Alla högstadieskolor", ["Alla högstadieskolor"], "Varje höst", "recurring", "diffuse owner; recurring"),
    ("E6", "", "Följa upp olyckorna med elsparkcykel tillsammans med akutmottagningen", "G2", "", [], "Löpande",
     "continuous", "no 'Vem' line: no owner; continuous"),
    ("E7", "", "Bygga tio parkeringsplatser för elsparkcyklar vid pendeltågsstationen", "G3", "Gatuavdelningen",
     ["Gatuavdelningen"], "Hösten 2057", "period", "tag 'Bidrar även till mål 1' → G3 and G1"),
    ("E8", "", "Göra det möjligt att betala elsparkcykeln i Mellbys reseapp tillsammans med bussbiljetten", "G3",
     "Mellby Trafik AB", ["Mellby Trafik AB"], "2059", "period", "'2059' after the plan period 2056–2058"),
    ("E9", "", "Utreda om uthyrarna ska få tillstånd även i Stensätra och de andra ytterområdena", "G3",
     "Samhällsbyggnadsförvaltningen", ["Samhällsbyggnadsförvaltningen"], None, None, "no 'När' line: no deadline"),
]


@plan_builder
def build_elsparkcyklar_karusell_sv() -> tuple[Plan, Path]:
    """Swedish plan (reportlab) as a SOCIAL-MEDIA CAROUSEL: ten square pages (540 × 540 pt) of a LinkedIn-style
    document post, big type, one idea a slide, a counter 'n/10' and 'Bläddra →' on each slide."""
    from reportlab.lib.colors import HexColor
    from reportlab.pdfgen.canvas import Canvas

    slug = SV_SLUG
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    plan = _plan(slug, "sv", SV_TITLE, (2056, 2058), SV_GOALS, SV_ROWS, SV_NOTES, "pdf",
                 links={"E7": ("G3", "G1")})
    f = bk.reportlab_fonts("LS")
    S = 540
    pdf = d / f"{slug}.pdf"
    c = Canvas(str(pdf), pagesize=(S, S), invariant=1)
    c.setTitle("Så får vi ordning på elsparkcyklarna – Mellby kommun")
    c.setAuthor("Mellby kommun")
    navy, lime, white, soft = HexColor("#17324d"), HexColor("#c7e85a"), HexColor("#ffffff"), HexColor("#eef3f7")
    gcol = {"G1": HexColor("#2b7bb9"), "G2": HexColor("#d8572a"), "G3": HexColor("#3a9d6a"), "G4": HexColor("#7a5ea8")}
    P = lambda *a, **k: _rl_para(c, f, *a, **k)  # noqa: E731
    N = 10
    state = {"n": 0}

    def slide(bg, fg):
        state["n"] += 1
        c.setFillColor(bg)
        c.rect(0, 0, S, S, stroke=0, fill=1)
        c.setFillColor(fg)
        c.setFont(f["bold"], 10)
        c.drawString(32, S - 34, "Mellby kommun")
        c.setFont(f["normal"], 10)
        c.drawRightString(S - 32, S - 34, f"{state['n']}/{N}")
        if state["n"] < N:
            c.setFont(f["bold"], 11)
            c.drawRightString(S - 32, 28, "Bläddra →")

    # 1 cover
    slide(navy, white)
    c.setFillColor(lime)
    c.circle(S - 90, 150, 120, stroke=0, fill=1)
    P(32, S - 90, 420, "Så får vi ordning på elsparkcyklarna", size=34, font=f["bold"], colour=white, lead=1.1)
    P(32, S - 250, 380, f"Vår nya {E(SV_TITLE.lower())} – i tio bilder", size=14, colour=white, lead=1.3)
    P(32, 110, 300, "Antagen av tekniska nämnden 15 februari 2056", size=10, colour=HexColor("#b9c8d6"))
    c.showPage()
    # 2 why
    slide(white, navy)
    P(32, S - 70, 470, "Varför behövs en plan?", size=24, font=f["bold"], colour=navy)
    facts = [("1 800", "hyrcyklar rullade i Mellby i somras"), ("312", "anmälningar om felparkerade cyklar i augusti"),
             ("41", f"personer sökte vård efter olyckor med elsparkcykel 2055 {SV_LEFTOVER}")]
    y = S - 130
    for big, lab in facts:
        c.setFillColor(lime)
        c.roundRect(32, y - 70, 476, 70, 10, stroke=0, fill=1)
        c.setFillColor(navy)
        c.setFont(f["bold"], 30)
        c.drawString(48, y - 46, big)
        P(160, y - 18, 330, E(lab), size=12, colour=navy, lead=1.25)
        y -= 86
    P(32, 72, 460, "Källa: Mellby kommun och uthyrarnas rapporter, 2055.", size=9, colour=HexColor("#5d6d7c"))
    c.showPage()
    # 3 quote
    slide(soft, navy)
    P(48, S - 120, 440, "”Jag har ramlat över en cykel på trottoaren två gånger i vinter. Med min käpp ser jag "
      "dem inte förrän det är för sent.”", size=22, font=f["italic"], colour=navy, lead=1.3)
    P(48, 160, 440, "Invånare, 78 år, vid medborgardialogen på biblioteket i oktober 2055", size=11,
      colour=HexColor("#5d6d7c"))
    c.showPage()
    # 4 goals
    slide(white, navy)
    P(32, S - 70, 470, "Våra fyra mål", size=24, font=f["bold"], colour=navy)
    y = S - 120
    for i, (g, t) in enumerate(SV_GOALS, 1):
        c.setFillColor(gcol[g])
        c.circle(52, y - 14, 17, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont(f["bold"], 17)
        c.drawCentredString(52, y - 20, str(i))
        h = P(84, y - 2, 420, E(t), size=13.5, font=f["bold"], colour=navy, lead=1.25)
        y -= max(h, 34) + 22
    c.showPage()
    # 5-7 goal slides with measures
    byg = {g: [r for r in SV_ROWS if r[3] == g] for g, _t in SV_GOALS}
    heads = {"G1": "Mål 1 · Parkering", "G2": "Mål 2 · Säkerhet", "G3": "Mål 3 · Buss, tåg och cykel"}
    for g in ("G1", "G2", "G3"):
        slide(white, navy)
        c.setFillColor(gcol[g])
        c.rect(0, S - 60, 10, 60, stroke=0, fill=1)
        P(32, S - 62, 470, heads[g], size=22, font=f["bold"], colour=gcol[g])
        P(32, S - 96, 470, "Det här gör vi:", size=12, font=f["bold"], colour=navy)
        y = S - 124
        for mid, _nr, txt, _g, who, _o, when, _k, _n in byg[g]:
            c.setFillColor(gcol[g])
            c.circle(40, y - 8, 4, stroke=0, fill=1)
            y -= P(54, y, 440, E(txt), size=13, colour=navy, lead=1.25) + 4
            meta = []
            if who:
                meta.append(f"Vem: {E(who)}")
            if when:
                meta.append(f"När: {E(when)}")
            if meta:
                y -= P(54, y, 440, "  ·  ".join(meta), size=10, colour=HexColor("#5d6d7c")) + 4
            if mid == "E7":
                c.setFillColor(gcol["G1"])
                c.roundRect(54, y - 15, 136, 15, 7, stroke=0, fill=1)
                P(62, y - 2.5, 130, "Bidrar även till mål 1", size=8.5, font=f["bold"], colour=white)
                y -= 19
            y -= 18
        c.showPage()
    # 8 goal 4 (no measures)
    slide(soft, navy)
    c.setFillColor(gcol["G4"])
    c.rect(0, S - 60, 10, 60, stroke=0, fill=1)
    P(32, S - 62, 470, "Mål 4 · Avgift för gatumark", size=22, font=f["bold"], colour=gcol["G4"])
    P(32, S - 110, 460, "I dag får kommunen inte ta ut avgift av uthyrarna för att de ställer cyklar på gatan. "
      "Regeringen har tillsatt en utredning om en ny lag. Vi återkommer med åtgärder när vi vet vad lagen "
      "säger.", size=14, colour=navy, lead=1.4)
    c.showPage()
    # 9 others
    slide(white, navy)
    P(32, S - 70, 470, "Det här gör andra", size=24, font=f["bold"], colour=navy)
    y = S - 120
    for who, what in (("Polisen", "bötfäller den som kör på trottoaren eller är två på samma cykel."),
                      ("Uthyrarna", "ska enligt sina avtal med kommunen ha en kundtjänst som svarar dygnet runt."),
                      ("Du", "kan anmäla en felparkerad cykel i appen Felanmälan Mellby.")):
        y -= P(32, y, 470, f"<b>{who}</b> {E(what)}", size=13.5, colour=navy, lead=1.35) + 18
    c.showPage()
    # 10 contact
    slide(navy, white)
    P(32, S - 90, 470, "Läs hela planen", size=28, font=f["bold"], colour=lime)
    P(32, S - 140, 470, "mellby.se/elsparkcykel", size=20, colour=white)
    P(32, S - 220, 470, "Frågor? Elin Sjöberg, trafikplanerare<br/>trafik@mellby.se · 0480-43 12 90", size=13,
      colour=white, lead=1.4)
    P(32, 90, 470, "#Mellby #elsparkcykel #trafik #tillgänglighet", size=11, colour=HexColor("#b9c8d6"))
    c.showPage()
    c.save()
    _gold(plan, pdf, leftovers=(SV_LEFTOVER,))
    return plan, pdf


SV_NOTES = """
reportlab, Liberation Sans, Mellby kommun: the plan posted as a SOCIAL-MEDIA CAROUSEL ('document post'): TEN SQUARE
PAGES (540 × 540 pt), each with 'Mellby kommun' top left, a counter 'n/10' top right and 'Bläddra →' bottom right
(not on the last) = chrome. 1 cover: 'Så får vi ordning på elsparkcyklarna', 'Vår nya handlingsplan för
elsparkcyklar 2056–2058 – i tio bilder', 'Antagen av tekniska nämnden 15 februari 2056' (adoption, no deadline). 2
'Varför behövs en plan?': three big-number facts (no goals/measures); the third carries '[kolla siffran med akuten
innan vi postar /Elin]' = EDITORIAL LEFTOVER; a source line. 3 a resident's QUOTE. 4 'Våra fyra mål': four numbered
circles + sentence = the GOALS. 5–7 one slide per goal ('Mål 1 · Parkering', 'Mål 2 · Säkerhet', 'Mål 3 · Buss, tåg
och cykel'): 'Det här gör vi:' and bullets = the MEASURES (goal = the slide), each followed by a grey line 'Vem: … ·
När: …' = OWNER and DEADLINE; E7 carries a pill 'Bidrar även till mål 1' → G3 and G1. 8 'Mål 4 · Avgift för
gatumark': the municipality may not charge today; a government inquiry; 'Vi återkommer med åtgärder när vi vet vad
lagen säger' = DEFERRAL → G4 has NO MEASURE. 9 'Det här gör andra': the police, the operators (their contract duty)
and 'Du' (the reader) = other bodies' duties, no measures. 10 contact, web address, hashtags. OWNERS as printed
('Gatuavdelningen', 'Trafikenheten', 'Mellby Trafik AB', 'Samhällsbyggnadsförvaltningen' one each; 'Trafikenheten
tillsammans med uthyrarna' two; 'Alla högstadieskolor' diffuse; E6 has only 'När' = none). DEADLINES as printed
('Våren 2056', '2057', 'Sommaren 2056', 'Hösten 2057' periods; '1 april 2056' date; 'Varje höst' recurring; 'Löpande'
continuous; '2059' after 2056–2058; E9 has only 'Vem' = none). '15 km/h', 'inom två timmar' are parts of measures.
"""


# =========================================================================== 4 English PDSA worksheet (python-docx)

EN_SLUG = "blue-badge-pdsa-worksheet-en"
EN_TITLE = "Blue Badge Improvement Plan 2057–2059"
EN_GOALS = [
    ("G1", "Blue Badge applicants get a decision within six weeks of sending a complete application"),
    ("G2", "Fewer applications are sent back to the applicant because evidence is missing"),
    ("G3", "Residents who cannot apply online get help to apply by phone or in person"),
    ("G4", "Badge holders receive a renewal reminder at least twelve weeks before their badge expires"),
]
EN_LEFTOVER = "[insert baseline from Q1 report – KP]"
# (id, nr, change idea, goal, Lead as printed, owners, Test by / due as printed or None, kind, note, Aim cell, status)
EN_ROWS = [
    ("C1", "1", "Check every application for missing evidence on the day it arrives and phone the applicant the "
     "same week", "G2", "Blue Badge Team Leader", ["Blue Badge Team Leader"], "May 2057", "period", "",
     "2", "Adopted after PDSA 1"),
    ("C2", "2", "Let occupational therapists assess mobility by video call instead of a home visit", "G1",
     "Occupational Therapy Service Manager", ["Occupational Therapy Service Manager"], "w/c 7 June 2057", "period",
     "'w/c' = week commencing: a week", "1", "Testing (PDSA 1)"),
    ("C3", "3", "Add an evidence checklist and photo upload to the online application form", "G2", "Digital Team",
     ["Digital Team"], "Q3 2057/58", "period", "Aim cell '1, 2' → G2 and G1; a financial-year quarter "
     "(October–December 2057)", "1, 2", "Not started"),
    ("C4", "4", "Send renewal reminders by text message and letter twelve weeks before a badge expires", "G4",
     "Customer Services Manager / Digital Team", ["Customer Services Manager", "Digital Team"], "1 October 2057",
     "date", "two owners joined by '/'", "4", "Not started"),
    ("C6", "6", "Review every application that took longer than six weeks at the weekly team huddle", "G1",
     "All Blue Badge officers", ["All Blue Badge officers"], "Weekly", "recurring", "diffuse owner; recurring", "1",
     "Adopted"),
    ("C7", "7", "Agree a data-sharing arrangement with the Department for Work and Pensions so that qualifying "
     "benefits are confirmed automatically", "G1", "TBC", [], "March 2060", "period",
     "'TBC' = no owner; 'March 2060' after the plan period 2057–2059", "1", "Not started"),
    ("C8", "8", "Print the decision letter and the badge in the same run so that both are posted together", "G1",
     "Blue Badge Team Leader", ["Blue Badge Team Leader"], None, None, "empty Test by / due: no deadline", "1",
     "Idea"),
    ("C9", "9", "Publish the average waiting time for a decision on the council website", "G1", "Digital Team",
     ["Digital Team"], "Ongoing – updated monthly", "continuous", "continuous", "1", "Adopted"),
]
EN_STRUCK = ("5", "Offer booked phone appointments for residents who cannot apply online", "3",
             "Customer Services Manager", "July 2057", "Abandoned after PDSA 2 – see log")


@plan_builder
def build_blue_badge_pdsa_worksheet_en() -> tuple[Plan, Path]:
    """English plan (python-docx → LibreOffice, A4 portrait) as a filled MODEL FOR IMPROVEMENT / PDSA WORKSHEET from
    a council's improvement toolkit: a form header, project details, the three questions (aims; a 'Measures' table of
    indicators; a 'Change ideas' table of actions with a struck-through abandoned idea), a PDSA cycle log and a
    sign-off box."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.shared import Pt

    slug = EN_SLUG
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    plan = _plan(slug, "en", EN_TITLE, (2057, 2059), EN_GOALS, EN_ROWS, EN_NOTES, "docx",
                 links={"C3": ("G2", "G1")})
    doc = dh.new_document(size=10, margins_mm=18)
    mb.docx_lang(doc, "en-GB")
    sec = doc.sections[0]
    dh.setup_header_footer(sec, "Pellingham Borough Council · Continuous Improvement Toolkit · Form CI-2 "
                           "Model for Improvement (v3, 2055)", size=8, footer="none")
    fp = sec.footer.paragraphs[0]
    fp.alignment = None
    fp.text = ""
    fp.paragraph_format.tab_stops.add_tab_stop(sec.page_width - sec.left_margin - sec.right_margin,
                                               WD_TAB_ALIGNMENT.RIGHT)
    fp.add_run("OFFICIAL\t").font.size = Pt(8)
    dh.page_of_footer(fp, "Page ", " of ", "3", size=8)
    dh.para(doc, "**MODEL FOR IMPROVEMENT WORKSHEET**", size=15, space_after=2)
    dh.para(doc, "Use this worksheet to plan and record an improvement project. Answer the three questions, "
                 "then record each Plan-Do-Study-Act (PDSA) cycle in the log. Keep the worksheet on the project's "
                 "Teams channel; the Improvement Board reviews it every quarter.", size=8.5, space_after=6)
    W2 = [48, 126]
    t = dh.new_table(doc, W2)
    for k, v in (("Project title", EN_TITLE), ("Service", "Parking and Permits, with Customer Services and Adult "
                                                            "Social Care (Occupational Therapy)"),
                 ("Sponsor", "Director of Resident Services"), ("Project lead", "Kavita Prasad, Service "
                                                                                 "Improvement Officer"),
                 ("Team", "Blue Badge team (4), two customer service advisers, an occupational therapist, a "
                          "member of Pellingham Disability Forum"),
                 ("Started", "3 March 2057"), ("Version", "0.4 DRAFT – for Improvement Board, 14 April 2057")):
        dh.add_row(t, [f"**{k}**", v], W2, size=9)
        dh.shade(t.rows[-1].cells[0], "DCE6F1")
    dh.para(doc, "", space_after=4)

    dh.para(doc, "**QUESTION 1 – What are we trying to accomplish? (Aim statement)**", size=11, space_after=3)
    dh.para(doc, "In 2056 only 41% of Blue Badge applications were decided within six weeks. The national "
                 "guidance from the Department for Transport says that councils should aim to decide applications "
                 "within twelve weeks. Our aims for 2057–2059 are that:", size=9.5, space_after=3)
    at = dh.new_table(doc, [14, 160])
    for i, (_g, txt) in enumerate(EN_GOALS, 1):
        dh.add_row(at, [f"**Aim {i}**", txt + "."], [14, 160], size=9.5)
        dh.shade(at.rows[-1].cells[0], "DCE6F1")
    dh.para(doc, "", space_after=4)

    dh.para(doc, "**QUESTION 2 – How will we know that a change is an improvement? (Measures)**", size=11,
            space_after=3)
    WM = [24, 84, 36, 30]
    mt = dh.new_table(doc, WM)
    dh.add_row(mt, ["**Type**", "**Measure**", "**Baseline**", "**Target**"], WM, size=9, fill="DCE6F1")
    dh.set_repeat_header(mt.rows[0])
    for row in (("Outcome", "% of complete applications decided within six weeks", "41% (2056)", "90% by March "
                 "2059"),
                ("Process", "% of applications returned for missing evidence", "28% (2056)", "10%"),
                ("Process", "Number of applications made with help by phone or in person", EN_LEFTOVER, "–"),
                ("Balancing", "Complaints about the decision (appeals upheld)", "6 (2056)", "No increase")):
        dh.add_row(mt, list(row), WM, size=9)
    dh.para(doc, "Measures are reported monthly on the Parking and Permits dashboard.", size=8.5, space_after=6)

    dh.para(doc, "**QUESTION 3 – What changes can we make that will result in an improvement? (Change ideas)**",
            size=11, space_after=3)
    dh.para(doc, "Ideas came from a process-mapping session with the team and the Disability Forum on 10 March "
                 "2057. Each idea is tested in small PDSA cycles before it is adopted.", size=9.5, space_after=3)
    WC = [9, 71, 13, 35, 24, 22]
    ct = dh.new_table(doc, WC)
    dh.add_row(ct, ["**No.**", "**Change idea**", "**Aim**", "**Lead**", "**Test by / due**", "**Status**"], WC,
               size=8.5, fill="DCE6F1")
    dh.set_repeat_header(ct.rows[0])
    rows = {r[1]: r for r in EN_ROWS}
    for nr in ("1", "2", "3", "4", "5", "6", "7", "8", "9"):
        if nr == "5":
            n, txt, aim, lead, due, st = EN_STRUCK
            rw = dh.add_row(ct, [n, txt, aim, lead, due, st], WC, size=8.5)
            dh.set_cant_split(rw)
            for cell in rw.cells[:5]:
                for p in cell.paragraphs:
                    for r in p.runs:
                        r.font.strike = True
            dh.shade(rw.cells[5], "F2F2F2")
            continue
        _id, _n, txt, _g, lead, _o, due, _k, _note, aim, st = rows[nr]
        dh.set_cant_split(dh.add_row(ct, [nr, txt, aim, lead, due or "", st], WC, size=8.5))
    dh.para(doc, "Struck-through ideas have been abandoned; they stay in the table so that the team can see what "
                 "was tried.", size=8, space_after=8)

    dh.para(doc, "**PDSA CYCLE LOG**", size=11, space_after=3)
    WL = [26, 148]
    for head, cells in (
        ("PDSA 1 – change idea 1 (same-day evidence check) · 17–28 March 2057", [
            ("Plan", "Test the same-day check on all new applications for two weeks. Who: two officers. Where: "
                     "the Blue Badge inbox. Prediction: half of the missing-evidence cases can be solved by one "
                     "phone call."),
            ("Do", "63 applications checked; 18 had missing evidence; 12 were solved by phone the same week."),
            ("Study", "Better than predicted (67% solved). Calls took about ten minutes each."),
            ("Act", "ADOPT. The check is now part of the daily routine for all officers.")]),
        ("PDSA 2 – change idea 5 (phone appointments) · 31 March – 11 April 2057", [
            ("Plan", "Offer 20 booked phone appointments a week through the contact centre."),
            ("Do", "Only three appointments were booked in two weeks; most callers wanted help there and then."),
            ("Study", "Residents did not want to wait for an appointment."),
            ("Act", "ABANDON. The team will look again at help for people who cannot apply online together with "
                    "the library service in 2058.")]),
    ):
        lt = dh.new_table(doc, WL)
        dh.add_row(lt, [f"**{head}**"], WL, size=9, fill="DCE6F1", span_all=True)
        for k, v in cells:
            dh.add_row(lt, [f"**{k}**", v], WL, size=9)
        dh.para(doc, "", space_after=4)
    dh.para(doc, "**NEXT STEPS AND SIGN-OFF**", size=11, space_after=3)
    dh.para(doc, "The project reports to the Improvement Board every quarter and to the Cabinet Member for "
                 "Environment once a year. The plan will be reviewed in March 2059.", size=9.5, space_after=4)
    st = dh.new_table(doc, [58, 58, 58])
    dh.add_row(st, ["**Project lead**\nKavita Prasad\nSigned: ____________\nDate: 14/04/2057",
                    "**Sponsor**\nDirector of Resident Services\nSigned: ____________\nDate: ________",
                    "**Improvement Board**\nNoted on: ________"], [58, 58, 58], size=9)
    for par in doc.paragraphs:
        par.alignment = par.alignment or WD_ALIGN_PARAGRAPH.LEFT
        for rn in par.runs:
            if rn.font.size is None:
                rn.font.size = Pt(10)
    dh.set_core_properties(doc, title=EN_TITLE, author="Pellingham Borough Council")
    src = d / f"{slug}.docx"
    dh.save_deterministic(doc, src)
    pdf = bk.soffice_pdf(src)
    _gold(plan, pdf, leftovers=(EN_LEFTOVER,))
    return plan, pdf


EN_NOTES = """
python-docx → LibreOffice Writer, A4 portrait, Liberation Sans, Pellingham Borough Council: the plan kept as a filled
MODEL FOR IMPROVEMENT / PDSA WORKSHEET from the council's improvement toolkit. Running header 'Pellingham Borough
Council · Continuous Improvement Toolkit · Form CI-2 …' and a footer with 'OFFICIAL' and page numbers = chrome. The
form's instructions (no goals). A project-details table (sponsor, lead, team, 'Started 3 March 2057', 'Version 0.4
DRAFT – for Improvement Board, 14 April 2057' = no deadlines). 'QUESTION 1 … (Aim statement)': 2056 figure; the
Department for Transport's guidance ('should aim to decide … within twelve weeks') = another body's target, no goal;
a table 'Aim 1'–'Aim 4' + sentence = the GOALS (without the final '.'). 'QUESTION 2 … (Measures)': a table 'Type |
Measure | Baseline | Target' — in improvement work 'measures' are INDICATORS (outcome, process, balancing), NOT
actions: no measures of the plan, and '90% by March 2059' is a target, no deadline; one baseline cell '[insert baseline
from Q1 report – KP]' = EDITORIAL LEFTOVER. 'QUESTION 3 … (Change ideas)': a table 'No. | Change idea | Aim | Lead |
Test by / due | Status' = the MEASURES: change idea = MEASURE, 'Aim' = GOAL LINK by number (idea 3 '1, 2' → G2 and
G1), 'Lead' = OWNER, 'Test by / due' = DEADLINE; 'Status' is no deadline. Idea 5 ('Offer booked phone appointments
…', Aim 3) is STRUCK THROUGH with status 'Abandoned after PDSA 2 – see log' and a note says struck ideas are
abandoned → NOT a measure; so G3 has NO MEASURE (the PDSA 2 'Act' says the team will look at it again with the library
service in 2058 = a deferral). Ideas are numbered 1–9 with 5 struck: no numbering gap. P. 2 'PDSA CYCLE LOG': two
cycles with Plan / Do / Study / Act (test dates, 'ADOPT', 'ABANDON') = a record of tests, no measures or deadlines.
'NEXT STEPS AND SIGN-OFF': quarterly reporting, review in March 2059 = process; a signature box. OWNERS as printed
('Blue Badge Team Leader', 'Occupational Therapy Service Manager', 'Digital Team' one each; 'Customer Services Manager
/ Digital Team' two; 'All Blue Badge officers' diffuse; idea 7 'TBC' = none). DEADLINES as printed ('May 2057', 'w/c
7 June 2057' (a week), 'Q3 2057/58' (a financial-year quarter) periods; '1 October 2057' date; 'Weekly' recurring;
'Ongoing – updated monthly' continuous; 'March 2060' after 2057–2059; idea 8 empty = none).
"""


def main(argv: list[str]) -> None:
    """Build the plans (or the SLUGs), --verify or --twice: blindkit.plans_main."""
    bk.plans_main(argv, plans=PLANS, out=OUT, verify=verify, patterns=PATTERNS)


def verify(slug: str) -> list[str]:
    """mb3.verify (pdftotext, page by page), batch 34's whole-text check on content order and the layout facts."""
    return mb3.verify(slug) + mb34._whole_text_raw(slug) + _layout_facts(slug)


def subprocess_text(pdf: Path) -> str:
    """pdftotext of the whole PDF, layout order, as printed (not squashed)."""
    import subprocess

    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout


def _layout_facts(slug: str) -> list[str]:
    """One set of layout facts per plan, read back from the PDF: the wiki page prints the browser lines on every page
    and not the collapsed closed actions; the fishbone is a portrait p. 1 and a landscape p. 2 with nine 'TILTAK'
    boxes and every cause line on p. 2; the carousel is ten square pages with a counter each; the PDSA worksheet
    prints the struck idea (as text) and both cycle headings."""
    import pdfplumber

    pdf = OUT / slug / f"{slug}.pdf"
    pages = mb3.pdftotext_pages(pdf)
    sq = mb3._squash
    text = "".join(pages)
    bad = []
    with pdfplumber.open(str(pdf)) as doc:
        sizes = [(round(float(p.width)), round(float(p.height))) for p in doc.pages]
    if slug == NB_SLUG:
        if any(sq("intranett.lindtveit.kommune.no/wiki") not in p for p in pages):
            bad.append(f"{slug}: the browser footer URL not on every page")
        if sq("Lukkede aksjoner (6)") not in text:
            bad.append(f"{slug}: collapsed closed-actions bar missing")
        if any(sq(r[1]) not in text or sq(r[2][:20]) not in text for r in NB_ROWS):
            bad.append(f"{slug}: not every action row printed with its number")
        import re

        raw = subprocess_text(pdf)
        if re.search(r"\bA-(?:1|2|4|7|10|13)\b", raw):
            bad.append(f"{slug}: a closed action's number printed")
    if slug == NN_SLUG:
        if sizes != [(595, 842), (842, 595)]:
            bad.append(f"{slug}: not portrait + landscape: {sizes}")
        import re
        import subprocess

        p2 = subprocess.run(["pdftotext", "-f", "2", "-l", "2", "-enc", "UTF-8", str(pdf), "-"], check=True,
                            capture_output=True, text=True).stdout
        if len(re.findall(r"\bTILTAK\b", p2)) != 9 + 1:  # nine boxes + the heading
            bad.append(f"{slug}: not nine TILTAK boxes on p. 2")
        for _lab, _top, causes, _m in NN_BONES:
            for cause in causes:
                if sq(cause) not in pages[1]:
                    bad.append(f"{slug}: cause {cause!r} not on p. 2")
    if slug == SV_SLUG:
        if sizes != [(540, 540)] * 10:
            bad.append(f"{slug}: not ten square pages: {sizes}")
        if any(sq(f"{i}/10") not in p for i, p in enumerate(pages, 1)):
            bad.append(f"{slug}: a slide counter missing")
    if slug == EN_SLUG:
        if sq(EN_STRUCK[1]) not in text:
            bad.append(f"{slug}: struck change idea not printed")
        if sq("PDSA 1 – change idea 1") not in text or sq("PDSA 2 – change idea 5") not in text:
            bad.append(f"{slug}: cycle headings missing")
    return bad


if __name__ == "__main__":
    main(sys.argv[1:])
