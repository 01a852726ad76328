"""Build the fiftieth batch of blind authored plans (corpora/authored/<slug>/), four layout forms no earlier batch
holds: a bokmål handlingsplan kept as a WIKI PAGE (Confluence) and printed from the browser, with the top bar, the
space sidebar and its PAGE TREE, breadcrumbs, the page byline, a page-properties table, info and note panels, a
table-of-contents macro, EXPAND MACROS (the measure tables opened, one background panel left closed), status
lozenges, @-mentions, a task list from a meeting, labels, likes and comments (HTML → Chromium); a nynorsk reading
plan whose GOALS STAND IN SPEECH BUBBLES in the children's voice, drawn as Writer callout shapes, beside grey
bubbles quoting real children (odfpy .odt → LibreOffice Writer); a Danish handleplan printed as a TRI-FOLD
LEAFLET ('folder'): two A4 landscape pages of three panels each in FOLD ORDER (outside: inside flap, back, cover;
inside: panels 2–4), measures as short items with 'Ansvarlig: … · Hvornår: …' lines (python-docx → LibreOffice
Writer); an English (Welsh council) community cohesion action plan exported from an online PINBOARD (Padlet
'shelf'): one column per aim, a pinned 'Our aim' post heading each column, the actions as posts with author,
posting date, likes and comments, a 'What you told us' column of residents' posts (reportlab).

    python corpora/scripts/make_blind_corpus50.py              # every plan
    python corpora/scripts/make_blind_corpus50.py SLUG ...     # some of them
    python corpora/scripts/make_blind_corpus50.py --verify     # check gold against the PDFs
    python corpora/scripts/make_blind_corpus50.py --twice      # build twice, compare sha256

Generic helpers from blindkit.py; plan data classes, findings (as in batch 1), gold writer and the odfpy writer
`Odt` from make_blind_corpus.py, the pdftotext check from make_blind_corpus3.py, the whole-text check on pdftotext
-raw from make_blind_corpus34.py, the row helper `_odt_rows_unsplit` from make_blind_corpus37.py, the editorial-leftover
appender `_leftovers` from make_blind_corpus41.py and `_measures` from make_blind_corpus49.py (imported,
not copied). Written blind: the author read no code under plancheck/, bench/, tests/, rules/ or docs/ and did not
run plancheck. Gold files carry `held_out: true`.
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
import make_blind_corpus49 as mb49  # noqa: E402
from make_blind_corpus import G, Plan, S  # noqa: E402

ROOT = HERE.parents[1]
OUT = ROOT / "corpora" / "authored"

PLANS, plan_builder, write_gold = mb.builder_registry("make_blind_corpus50.py")
E = lambda s: _h.escape(s, quote=False)  # noqa: E731
PATTERNS = ("*.docx", "*.odt", "*.html", "*.pdf", "*.gold.yaml")


def _gold(plan: Plan, pdf: Path, *, leftovers: tuple[str, ...] = (), **kw) -> Path:
    """make_blind_corpus49._gold (pdftotext pages, leftovers appended) with this builder's name in the header."""
    path = bk.gold_by_pdftotext(write_gold, plan, pdf, **kw)
    if leftovers:
        mb41._leftovers(path, pdf, leftovers)
    return path


# =========================================================================== 1 bokmål plan as a Confluence wiki page (Chromium)

NB_SLUG = "geodata-wikiside-nb"
NB_TITLE = "Handlingsplan for geodata 2028–2031"
NB_GOALS = [
    ("G1", "Kartgrunnlaget i Brattlisund skal være oppdatert og holde god kvalitet"),
    ("G2", "Innbyggere og næringsliv skal finne kart og eiendomsinformasjon på ett sted"),
    ("G3", "Enhetene som trenger det, skal bruke geodata i planlegging og saksbehandling"),
    ("G4", "Adresser, matrikkel og stedsnavn skal være riktige og komplette"),
]
NB_SHORT = {"G1": "Oppdatert kartgrunnlag", "G2": "Kart på ett sted", "G3": "Geodata i saksbehandlingen",
            "G4": "Adresser og stedsnavn"}
NB_LEFTOVER = "TODO: sett inn lenke til den nye kartkatalogen når den er publisert (Ole)"
# (id, nr, Tiltak, goal, Ansvarlig as printed, owners, Frist as printed or None, kind, note, status, mention)
NB_ROWS = [
    ("T1", "1.1", "Gjennomføre ny omløpsfotografering av hele kommunen i samarbeid med Geovekst", "G1",
     "Oppmåling og geodata", ["Oppmåling og geodata"], "Høst 2029", "period", "one unit named with 'og'",
     "IKKE STARTET", False),
    ("T2", "1.2", "Ajourføre FKB-data for bygg og veg etter hver byggesesong", "G1", "Oppmåling og geodata",
     ["Oppmåling og geodata"], "Årlig", "recurring", "recurring", "PÅGÅR", False),
    ("T3", "1.3", "Innføre krav om innmåling av alle nye VA-ledninger før grøfta lukkes", "G1", "Vann og avløp",
     ["Vann og avløp"], "1. jun. 2028", "date", "a Confluence date lozenge; one unit named with 'og'", "PÅGÅR",
     False),
    ("T4", "1.4", "Kontrollere høydedata langs vassdrag med flomfare", "G1",
     "Beredskapskoordinator og Oppmåling og geodata", ["Beredskapskoordinator", "Oppmåling og geodata"], "2029",
     "period", "two owners joined by 'og', the second named with an 'og' of its own", "IKKE STARTET", False),
    ("T5", "2.1", "Lansere en ny kartinnsynsløsning på kommunens nettsider", "G2", "Ole Kvamsdal", ["Ole Kvamsdal"],
     "31. okt. 2028", "date", "owner an @-mention of a person; a date lozenge", "PÅGÅR", True),
    ("T6", "2.2", "Samle eiendomsinformasjon og planstatus i én felles innsynstjeneste", "G2",
     "Plan og byggesak og IKT", ["Plan og byggesak", "IKT"], "1. halvår 2029", "period",
     "two owners, the first named with 'og'", "IKKE STARTET", False),
    ("T7", "2.3", "Publisere kommunens åpne geodata på Geonorge", "G2", "Oppmåling og geodata",
     ["Oppmåling og geodata"], None, None, "empty Frist cell: no deadline (a comment at the foot asks about it)",
     "IKKE STARTET", False),
    ("T8", "2.4", "Holde kurs i bruk av kartinnsyn for innbyggere på biblioteket", "G2", "Biblioteket",
     ["Biblioteket"], "Vår 2029", "period", "", "IKKE STARTET", False),
    ("T9", "3.1", "Gi alle saksbehandlere i plan og byggesak opplæring i GIS-verktøyene", "G3", "", [],
     "31. des. 2028", "date", "empty Ansvarlig cell: no owner", "PÅGÅR", False),
    ("T10", "3.2", "Kartlegge hvilke enheter som trenger tilgang til kartverktøy", "G3", "Alle enhetsledere",
     ["Alle enhetsledere"], "Mars 2028", "period", "'Alle enhetsledere' diffuse", "FERDIG", False),
    ("T11", "3.3", "Innføre digitalt skjema med kartutsnitt for søknad om graving i kommunal veg", "G3",
     "Kommunalteknikk", ["Kommunalteknikk"], "2032", "period", "'2032' after the plan period 2028–2031",
     "IKKE STARTET", False),
    ("T12", "4.1", "Tildele vegadresse til alle boliger og fritidsboliger som fortsatt mangler det", "G4",
     "Randi Tveitane", ["Randi Tveitane"], "Løpende", "continuous", "owner an @-mention; continuous", "PÅGÅR",
     True),
    ("T13", "4.2", "Gå gjennom skrivemåten av stedsnavn i kommunen", "G4", "Kulturkontoret og Oppmåling og geodata",
     ["Kulturkontoret", "Oppmåling og geodata"], "2030", "period", "two owners joined by 'og'", "IKKE STARTET",
     False),
]
NB_LOZENGE = {"PÅGÅR": ("#deebff", "#0747a6"), "IKKE STARTET": ("#dfe1e6", "#42526e"),
              "FERDIG": ("#e3fcef", "#006644"), "VEDTATT": ("#e3fcef", "#006644")}
NB_CSS = """
@page { size: A4; margin: 12mm 10mm 14mm 10mm; }
* { box-sizing: border-box; }
body { margin: 0; font-family: 'Liberation Sans', sans-serif; font-size: 9.6pt; color: #172b4d; }
.topbar { background: #0747a6; color: #fff; display: flex; align-items: center; gap: 6mm; padding: 2mm 4mm;
  font-size: 9pt; }
.topbar b { font-size: 11pt; } .topbar .s { margin-left: auto; background: #fff; color: #6b778c; padding: 1mm 3mm;
  width: 45mm; border-radius: 2px; }
.wrap { display: flex; }
.side { width: 50mm; flex: none; background: #f4f5f7; padding: 4mm 3mm; font-size: 8.3pt; color: #42526e; }
.side .sp { font-weight: bold; color: #172b4d; font-size: 9pt; margin-bottom: 3mm; }
.side .sp span { display: inline-block; background: #00875a; color: #fff; width: 6mm; text-align: center;
  margin-right: 1.5mm; border-radius: 2px; }
.side .nav div { margin: 0 0 1.5mm; }
.side h6 { font-size: 7.5pt; letter-spacing: .06em; margin: 4mm 0 1.5mm; color: #5e6c84; }
.side .t { margin: 0 0 1.3mm; } .side .cur { background: #dfe1e6; font-weight: bold; color: #172b4d; padding: .6mm 1mm; }
.main { flex: 1; padding: 3mm 2mm 0 6mm; min-width: 0; }
.crumbs { font-size: 8.3pt; color: #5e6c84; margin-bottom: 2mm; }
h1 { font-size: 19pt; margin: 0 0 1.5mm; }
.by { font-size: 8.3pt; color: #5e6c84; margin-bottom: 3mm; }
h2 { font-size: 13pt; margin: 5mm 0 2mm; border-bottom: 1px solid #dfe1e6; padding-bottom: 1mm; }
p { margin: 0 0 2.2mm; line-height: 1.35; }
table { border-collapse: collapse; width: 100%; margin: 1mm 0 3mm; font-size: 8.8pt; }
th, td { border: 1px solid #c1c7d0; padding: 1.4mm 1.8mm; vertical-align: top; text-align: left; }
th { background: #f4f5f7; }
tr { break-inside: avoid; }
.props th { width: 38mm; }
.loz { display: inline-block; font-size: 7.2pt; font-weight: bold; padding: .3mm 1.2mm; border-radius: 2px; }
.date { display: inline-block; background: #dfe1e6; padding: .2mm 1.2mm; border-radius: 2px; }
.ment { color: #0052cc; background: #ebecf0; padding: .1mm 1mm; border-radius: 8px; }
.panel { border: 1px solid #c1c7d0; border-radius: 3px; margin: 0 0 3mm; break-inside: avoid; }
.panel .ph { background: #f4f5f7; border-bottom: 1px solid #c1c7d0; padding: 1.2mm 2.5mm; font-weight: bold; }
.panel .pb { padding: 2mm 2.5mm 0; }
.info { background: #deebff; border-left: 4px solid #0052cc; padding: 2mm 3mm; margin: 0 0 3mm; }
.note { background: #fffae6; border-left: 4px solid #ff991f; padding: 2mm 3mm; margin: 0 0 3mm; }
.toc { margin: 0 0 3mm 0; padding-left: 5mm; color: #0052cc; font-size: 9pt; }
.toc li { margin-bottom: .6mm; }
.exp { margin: 0 0 3mm; }
.exp .et { color: #0052cc; margin-bottom: 1.5mm; }
.exp .eb { border-left: 2px solid #dfe1e6; padding-left: 3mm; }
blockquote { border-left: 3px solid #c1c7d0; margin: 0 0 3mm; padding: .5mm 3mm; color: #42526e; }
.tasks { list-style: none; padding-left: 1mm; margin: 0 0 3mm; }
.tasks li { margin-bottom: 1.3mm; } .tasks .bx { display: inline-block; width: 3.2mm; height: 3.2mm;
  border: 1px solid #6b778c; border-radius: 2px; margin-right: 2mm; vertical-align: -0.5mm; }
.tasks .done .bx { background: #0052cc; border-color: #0052cc; }
.tasks .done span.tx { text-decoration: line-through; color: #6b778c; }
.labels span { display: inline-block; background: #ebecf0; color: #42526e; font-size: 8pt; padding: .3mm 1.5mm;
  margin-right: 1.5mm; border-radius: 2px; }
.like { font-size: 8.5pt; color: #5e6c84; margin: 2mm 0 4mm; }
.cm { border-top: 1px solid #dfe1e6; padding: 2mm 0; font-size: 9pt; }
.cm .who { font-weight: bold; } .cm .meta { color: #6b778c; font-size: 8pt; }
.cm.reply { margin-left: 9mm; }
.foot { margin-top: 5mm; font-size: 7.5pt; color: #6b778c; text-align: center; }
"""
NB_TEXT = {
    "bakgrunn": [
        "Geodata er data om hvor ting er: kart, eiendomsgrenser, adresser, ledningsnett og stedsnavn. Kommunen "
        "bruker geodata i nesten alle saker som handler om areal, og innbyggere, meglere og entreprenører henter "
        "kartdata fra oss hver dag.",
        "Brattlisund er med i Geovekst-samarbeidet og har ansvar for å holde matrikkelen og en del av kartdataene "
        "oppdatert. Geodatautvalget, med representanter fra enhetene som bruker kart mest, har laget denne planen.",
    ],
    "nasjonal": "Den nasjonale geodatastrategien har som mål at Norge skal være ledende i å utnytte geografisk "
                "informasjon, og at geodata skal være enkle å finne, få tilgang til og bruke.",
    "stats": [["", "2025", "2026", "2027"],
              ["Matrikkelsaker (oppmålingsforretninger)", "112", "98", "121"],
              ["Besøk i kartinnsynet per måned (snitt)", "3 900", "4 300", "4 650"],
              ["Boliger og fritidsboliger uten vegadresse", "214", "187", "163"]],
    "maal_intro": "Geodatautvalget har satt fire mål for planperioden. Hvert mål har en egen tiltakstabell i kapittel 3.",
    "tiltak_intro": "Tiltakene ligger i én utvidbar boks per mål. Statusfeltet oppdateres av den som er ansvarlig, "
                    "og geodatautvalget går gjennom tabellene hvert kvartal.",
    "oppfolging": "Planen rulleres hvert år i januar. Geodatautvalget rapporterer til kommunalsjef teknisk, og "
                  "status legges fram for formannskapet sammen med årsmeldingen.",
}
NB_TASKS = [
    (True, "Randi Tveitane", "sende planen til formannskapet", "2. feb. 2028"),
    (False, "Ole Kvamsdal", "legge ut lenke til siden på intranettets forside", "1. mar. 2028"),
    (False, "Lise Aamot", "invitere Plan og byggesak til neste møte i geodatautvalget", "15. mar. 2028"),
]
NB_COMMENTS = [
    ("Lise Aamot", "16. feb. 2028", "Bør ikke tiltak 2.3 ha en frist? Feltet står tomt nå.", False),
    ("Ole Kvamsdal", "16. feb. 2028", "Enig. Vi tar det opp i neste møte i geodatautvalget.", True),
]


def _nb_loz(word: str) -> str:
    bg, fg = NB_LOZENGE[word]
    return f'<span class="loz" style="background:{bg};color:{fg}">{E(word)}</span>'


def _nb_when(when: str | None, kind: str | None) -> str:
    if not when:
        return ""
    return f'<span class="date">{E(when)}</span>' if kind == "date" else E(when)


@plan_builder
def build_geodata_wikiside_nb() -> tuple[Plan, Path]:
    """Bokmål handlingsplan (HTML → Chromium) kept as a CONFLUENCE WIKI PAGE and printed from the browser: top bar,
    space sidebar with the page tree, breadcrumbs, byline, page-properties table, info and note panels, a TOC
    macro, goals in titled panels, the measure tables inside expand macros (opened), status lozenges, @-mentions,
    date lozenges, a closed expand, a task list from a meeting, labels, likes and comments."""
    slug = NB_SLUG
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    plan = Plan(slug=slug, language="nb", title=NB_TITLE, period=(2028, 2031),
                goals=[G(g, t) for g, t in NB_GOALS], measures=mb49._measures(NB_ROWS, 2031), source_ext="html",
                notes=NB_NOTES)
    side = (
        '<div class="side"><div class="sp"><span>K</span>Kart og eiendomsdata</div>'
        '<div class="nav"><div>Oversikt</div><div>Blogg</div><div>Arkiv</div></div>'
        "<h6>SIDETRE</h6>"
        '<div class="t">▾ Geodata</div>'
        '<div class="t" style="padding-left:3mm">▾ Planer og strategier</div>'
        '<div class="t" style="padding-left:6mm">Geodataplan 2024–2027 (arkiv)</div>'
        f'<div class="t cur" style="margin-left:6mm">{E(NB_TITLE)}</div>'
        '<div class="t" style="padding-left:6mm">Innspill fra enhetene (arbeidsnotat)</div>'
        '<div class="t" style="padding-left:3mm">▸ Møtereferater geodatautvalget</div>'
        '<div class="t" style="padding-left:3mm">▸ Rutiner for kartajourhold</div>'
        '<div class="t" style="padding-left:3mm">▸ Opplæring i kartinnsyn</div>'
        '<div class="t" style="padding-left:3mm">▸ Avtaler og lisenser</div></div>'
    )
    props = ("<table class=\"props\">"
             f"<tr><th>Status</th><td>{_nb_loz('VEDTATT')}</td></tr>"
             "<tr><th>Dokumenteier</th><td>Kommunalsjef teknisk</td></tr>"
             "<tr><th>Vedtatt</th><td>Formannskapet 6. februar 2028, sak 14/28</td></tr>"
             "<tr><th>Neste rullering</th><td>Januar 2029</td></tr>"
             "<tr><th>Saksnummer</th><td>2027/1442</td></tr></table>")
    toc = ('<ul class="toc"><li>1 Bakgrunn</li><li>2 Mål</li><li>3 Tiltak</li><li>4 Oppfølging</li>'
           "<li>5 Gjøremål etter møtet i geodatautvalget 30.01.2028</li></ul>")
    stats = "".join("<tr>" + "".join(f"<th>{E(c)}</th>" if i == 0 or j == 0 else f"<td>{E(c)}</td>"
                                     for j, c in enumerate(r)) + "</tr>" for i, r in enumerate(NB_TEXT["stats"]))
    goals = "".join(f'<div class="panel"><div class="ph">Mål {i}: {E(NB_SHORT[g])}</div>'
                    f'<div class="pb"><p>{E(t)}</p></div></div>' for i, (g, t) in enumerate(NB_GOALS, 1))
    exps = []
    for i, (g, _t) in enumerate(NB_GOALS, 1):
        trs = []
        for _id, nr, text, gg, who, _o, when, kind, _n, status, mention in NB_ROWS:
            if gg != g:
                continue
            owner = f'<span class="ment">@{E(who)}</span>' if mention else E(who)
            trs.append(f"<tr><td>{nr}</td><td>{E(text)}</td><td>{owner}</td><td>{_nb_when(when, kind)}</td>"
                       f"<td>{_nb_loz(status)}</td></tr>")
        exps.append(f'<div class="exp"><div class="et">▾ Tiltak for mål {i}: {E(NB_SHORT[g])}</div>'
                    '<div class="eb"><table><colgroup><col style="width:7%"><col style="width:45%">'
                    '<col style="width:21%"><col style="width:13%"><col style="width:14%"></colgroup>'
                    "<thead><tr><th>Nr</th><th>Tiltak</th><th>Ansvarlig</th><th>Frist</th><th>Status</th></tr>"
                    f"</thead><tbody>{''.join(trs)}</tbody></table></div></div>")
    tasks = "".join(f'<li class="{"done" if done else ""}"><span class="bx"></span><span class="tx">'
                    f'<span class="ment">@{E(who)}</span> {E(what)} <span class="date">{E(when)}</span></span></li>'
                    for done, who, what, when in NB_TASKS)
    comments = "".join(f'<div class="cm{" reply" if reply else ""}"><span class="who">{E(who)}</span> '
                       f'<span class="meta">{E(when)}</span><br>{E(text)}<br><span class="meta">Svar · Lik</span></div>'
                       for who, when, text, reply in NB_COMMENTS)
    main = (
        '<div class="main"><div class="crumbs">Kart og eiendomsdata / Geodata / Planer og strategier</div>'
        f"<h1>{E(NB_TITLE)}</h1>"
        '<div class="by">Opprettet av Randi Tveitane, sist endret av Ole Kvamsdal 14. feb. 2028 · 5 min lesing</div>'
        f"{props}"
        '<div class="info">Denne siden er den gjeldende versjonen av planen. Endringer etter vedtak skal godkjennes '
        "av geodatautvalget og merkes i sidehistorikken.</div>"
        f"{toc}"
        "<h2>1 Bakgrunn</h2>" + "".join(f"<p>{E(x)}</p>" for x in NB_TEXT["bakgrunn"])
        + f"<blockquote>{E(NB_TEXT['nasjonal'])}</blockquote>"
        f'<div class="note">⚠ {E(NB_LEFTOVER)}</div>'
        f"<p><b>Geodata i tall</b></p><table>{stats}</table>"
        '<div class="exp"><div class="et">▸ Dette fikk vi til i forrige planperiode</div></div>'
        f"<h2>2 Mål</h2><p>{E(NB_TEXT['maal_intro'])}</p>{goals}"
        f"<h2>3 Tiltak</h2><p>{E(NB_TEXT['tiltak_intro'])}</p>{''.join(exps)}"
        '<div class="exp"><div class="et">▸ Vurderinger fra arbeidsgruppen</div></div>'
        f"<h2>4 Oppfølging</h2><p>{E(NB_TEXT['oppfolging'])}</p>"
        f'<h2>5 Gjøremål etter møtet i geodatautvalget 30.01.2028</h2><ul class="tasks">{tasks}</ul>'
        '<div class="labels">Etiketter: <span>geodata</span><span>handlingsplan</span><span>vedtatt</span>'
        "<span>kart</span></div>"
        '<div class="like">Lik · Siri Holmøy og 3 andre liker dette</div>'
        f"<div><b>2 kommentarer</b></div>{comments}"
        '<div class="foot">Drevet av Atlassian Confluence 8.5.4 · Rapporter en feil · Atlassian-nyheter</div></div>'
    )
    top = ('<div class="topbar"><b>Confluence</b><span>Områder ▾</span><span>Personer</span><span>Apper ▾</span>'
           '<span>+ Opprett</span><span class="s">Søk</span></div>')
    html = (f'<!DOCTYPE html><html lang="nb"><head><meta charset="utf-8"><title>{E(NB_TITLE)} - Kart og '
            f"eiendomsdata - Confluence</title><style>{NB_CSS}</style></head><body>{top}"
            f'<div class="wrap">{side}{main}</div></body></html>\n')
    src = d / f"{slug}.html"
    src.write_text(html, encoding="utf-8")
    pdf = bk.chromium_pdf(src, d / f"{slug}.pdf")
    _gold(plan, pdf, leftovers=(NB_LEFTOVER,))
    return plan, pdf


NB_NOTES = """
HTML → Chromium, A4 portrait, Liberation Sans 9.6 pt, Brattlisund kommune: the handlingsplan is kept as a page in
the municipality's CONFLUENCE WIKI (space 'Kart og eiendomsdata') and PRINTED FROM THE BROWSER, no page numbers.
P. 1: the wiki's blue top bar ('Confluence · Områder ▾ · Personer · Apper ▾ · + Opprett · Søk'), the space SIDEBAR
on the left with 'Oversikt / Blogg / Arkiv' and the PAGE TREE ('SIDETRE': 'Geodataplan 2024–2027 (arkiv)', this
page highlighted, 'Innspill fra enhetene (arbeidsnotat)', folded '▸ Møtereferater geodatautvalget' …: page titles,
no goals), breadcrumbs 'Kart og eiendomsdata / Geodata / Planer og strategier', the title, the byline 'Opprettet av
Randi Tveitane, sist endret av Ole Kvamsdal 14. feb. 2028' (no owner, no deadline), a PAGE-PROPERTIES table
(Status VEDTATT lozenge, Dokumenteier 'Kommunalsjef teknisk' = the page's owner, not a measure's; Vedtatt, 'Neste
rullering Januar 2029', Saksnummer: document control, no owners, no deadlines), a blue INFO PANEL ('… skal godkjennes
av geodatautvalget': a 'skal' about editing, no goal), the TABLE-OF-CONTENTS MACRO, 1 Bakgrunn (the national
geodata strategy quoted in a block quote: no goal; a yellow NOTE PANEL '⚠ TODO: sett inn lenke til den nye
kartkatalogen når den er publisert (Ole)' = EDITORIAL LEFTOVER; 'Geodata i tall' table; a CLOSED EXPAND '▸ Dette
fikk vi til i forrige planperiode' whose content is not printed). 2 Mål: four titled PANELS 'Mål n: <short name>'
(the short name is no goal) each holding the goal sentence (the GOALS). 3 Tiltak: per goal an OPENED EXPAND MACRO
'▾ Tiltak for mål n: <short name>' with a table 'Nr | Tiltak | Ansvarlig | Frist | Status' (MEASURES = Tiltak,
linked to the goal the expand names; rows kept whole); Status is a coloured LOZENGE ('PÅGÅR', 'IKKE STARTET',
'FERDIG'), never a deadline; some Frist cells are grey DATE LOZENGES ('1. jun. 2028', '31. okt. 2028', '31. des.
2028'); two Ansvarlig cells are @-MENTIONS of people ('@Ole Kvamsdal', '@Randi Tveitane': owner = the person);
then a closed expand '▸ Vurderinger fra arbeidsgruppen'. 4 Oppfølging (process). 5 'Gjøremål etter møtet i
geodatautvalget 30.01.2028': a CONFLUENCE TASK LIST (checkbox, @-mention, task, date lozenge; the done task struck
through): tasks about sending and publishing the page, no measures, owners or deadlines. Labels, 'Lik' line, two
COMMENTS (one asks why 2.3 has no deadline: no measure) and the Confluence footer. OWNERS = Ansvarlig as printed
('Beredskapskoordinator og Oppmåling og geodata', 'Plan og byggesak og IKT', 'Kulturkontoret og Oppmåling og geodata'
two each; 'Oppmåling og geodata', 'Vann og avløp' ONE unit each; 'Alle enhetsledere' diffuse; empty = none).
DEADLINE = Frist as printed ('1. jun. 2028', '31. okt. 2028', '31. des. 2028' dates; 'Høst 2029', '2029', '1. halvår
2029', 'Vår 2029', 'Mars 2028', '2030' periods; 'Årlig' recurring; 'Løpende' continuous; '2032' after 2028–2031;
empty = none).
"""


# =========================================================================== 2 nynorsk reading plan, goals in speech bubbles (odfpy)

NN_SLUG = "leseglede-snakkebobler-nn"
NN_TITLE = "Handlingsplan for lesing og leseglede 2028–2031"
NN_GOALS = [
    ("G1", "Eg får høyre nokon lese høgt for meg kvar dag i barnehagen, og eg lærer mange nye ord."),
    ("G2", "Eg kan lese og forstå dei tekstane eg treng på skulen."),
    ("G3", "Eg finn bøker eg har lyst til å lese, både på skulen og på biblioteket."),
    ("G4", "Eg har vaksne heime som les saman med meg."),
]
NN_STRATS = [
    ("S1", "Vi vil gjere høgtlesing og samtale om bøker til ein fast del av kvardagen i barnehagen.", "G1"),
    ("S2", "Vi vil følgje med på kvar einskild elev og setje inn hjelp tidleg.", "G2"),
    ("S3", "Vi vil arbeide med lesing i alle fag, ikkje berre i norsk.", "G2"),
    ("S4", "Vi vil la barna sjølve vere med og velje bøker.", "G3"),
    ("S5", "Vi vil nå foreldre som sjølve les lite, også foreldre med eit anna morsmål.", "G4"),
]
NN_QUOTES = [
    ("Eg likar best når vi les om dyr før kvilestunda.", "Ida, 4 år"),
    ("Det er kjedeleg å lese når bøkene er for vanskelege.", "Jonas, 3. trinn"),
    ("Eg les mest på mobilen, men eg vil gjerne ha fleire teikneseriar på biblioteket.", "Amal, 9. trinn"),
]
NN_LEFTOVER = "[tal for 2027 kjem i mai]"
# (id, nr, Tiltak, goal, Ansvarleg as printed, owners, Når as printed or None, kind, note)
NN_ROWS = [
    ("T1", "1.1", "Innføre ei fast høgtlesingsstund kvar dag på alle avdelingar", "G1", "Alle styrarar",
     ["Alle styrarar"], "Haust 2028", "period", "'Alle styrarar' diffuse"),
    ("T2", "1.2", "Kjøpe inn bokkasser med bildebøker på fleire språk til alle barnehagane", "G1",
     "Fjellsøy folkebibliotek", ["Fjellsøy folkebibliotek"], "Vår 2028", "period", ""),
    ("T3", "1.3", "Gi alle tilsette i barnehagane kurs i dialogisk lesing", "G1", "Oppvekstkontoret",
     ["Oppvekstkontoret"], "2029", "period", ""),
    ("T4", "2.1", "Kartleggje leseferdigheitene på 1.–3. trinn og følgje opp elevane som treng meir hjelp", "G2",
     "Oppvekstkontoret", ["Oppvekstkontoret"], "Kvar haust", "recurring", "recurring"),
    ("T5", "2.2", "Tilby intensiv leseopplæring i små grupper for elevar som strevar", "G2",
     "PPT og Fjellsøy skule", ["PPT", "Fjellsøy skule"], "Skuleåret 2028/29", "period",
     "two owners joined by 'og'; a school year"),
    ("T6", "2.3", "Lage ein felles plan for lesing i alle fag på ungdomstrinnet", "G2", "", [], "Juni 2029",
     "period", "empty Ansvarleg cell: no owner"),
    ("T7", "3.1", "Opne skulebiblioteket på Breivollen skule i storefri og etter skuletid", "G3",
     "Rektor ved Breivollen skule", ["Rektor ved Breivollen skule"], "1.8.2028", "date", ""),
    ("T8", "3.2", "Gi elevrådet på kvar skule eit eige budsjett til innkjøp av bøker", "G3", "Oppvekstkontoret",
     ["Oppvekstkontoret"], "Kvart år", "recurring", "recurring"),
    ("T9", "3.3", "Arrangere Sommarles med premiar for alle som les fem bøker", "G3", "Fjellsøy folkebibliotek",
     ["Fjellsøy folkebibliotek"], "Sommaren 2028", "period", "'fem bøker' in the text is no deadline"),
    ("T10", "4.1", "Dele ut ein bokpose med to bøker og lesetips til alle familiar ved 4-årskontrollen", "G4",
     "Helsestasjonen og biblioteket", ["Helsestasjonen", "biblioteket"], "Løpande",
     "continuous", "two owners joined by 'og'; continuous"),
    ("T11", "4.2", "Halde lesekveldar for foreldre på fleire språk saman med vaksenopplæringa", "G4",
     "Vaksenopplæringa", ["Vaksenopplæringa"], "2032", "period", "'2032' after the plan period 2028–2031"),
    ("T12", "4.3", "Starte ei ordning med frivillige lesevener for familiar som ønskjer det", "G4",
     "Frivilligsentralen", ["Frivilligsentralen"], None, None, "empty Når cell: no deadline"),
]
NN_TEXT = {
    "intro": [
        "Denne planen gjeld for barnehagane, skulane og folkebiblioteket i Fjellsøy. Han er laga av ei "
        "arbeidsgruppe med tilsette frå alle tre, og vi har snakka med barn og unge om kva som får dei til å lese.",
        "Måla våre står i snakkebobler. Dei er skrivne slik barna sjølve kunne ha sagt dei, fordi det er barna "
        "planen skal gjere ein skilnad for. Under kvart mål står korleis vi vil arbeide, og kva vi skal gjere.",
    ],
    "national": "Rammeplanen for barnehagen seier at barnehagen skal bidra til at barna blir kjende med bøker, "
                "songar, bilete og media. Etter læreplanverket skal elevane utvikle leseferdigheiter i alle fag. "
                "Planen byggjer på desse krava.",
    "tal": [
        "Elevar på meistringsnivå 1 i lesing på 5. trinn: 27 % (2026). " + NN_LEFTOVER,
        "Utlån av barne- og ungdomsbøker frå folkebiblioteket: 18 400 i 2026.",
        "Barnehagar med eigen plan for høgtlesing: 3 av 7.",
    ],
    "follow": "Oppvekstkontoret følgjer opp planen kvart år i tilstandsrapporten for skulen og i årsmeldinga. "
              "Barna blir spurde igjen om leselyst våren 2030, før planen blir rullert.",
}


def _nn_bubble(o, paras: list[tuple[str, str]], *, width_cm: float, height_cm: float, fill: str, stroke: str,
               tail: tuple[int, int]) -> None:
    """A Writer callout shape ('round-rectangular-callout', Insert > Shapes > Callouts) holding PARAS
    (text, style key), anchored to its own paragraph with no wrap, the tail at TAIL (shape units of 21600)."""
    from odf.draw import CustomShape, EnhancedGeometry
    from odf.style import GraphicProperties, Style
    from odf.text import P

    o._n += 1
    gs = Style(name=f"gr{o._n}", family="graphic")
    gs.addElement(GraphicProperties(
        fill="solid", fillcolor=fill, stroke="solid", strokecolor=stroke, strokewidth="0.04cm", wrap="none",
        runthrough="foreground", verticalpos="top", verticalrel="paragraph", horizontalpos="from-left",
        horizontalrel="paragraph", textareaverticalalign="middle", textareahorizontalalign="justify",
        wrapoption="wrap", autogrowheight="false", paddingleft="0.35cm", paddingright="0.35cm",
        paddingtop="0.15cm", paddingbottom="0.15cm", margintop="0cm", marginbottom=f"{0.3 * height_cm:.2f}cm"))
    o.doc.automaticstyles.addElement(gs)
    anchor = P(stylename=o.styles["Anchor"])
    sh = CustomShape(stylename=gs, width=f"{width_cm}cm", height=f"{height_cm}cm", anchortype="paragraph",
                     x="0.2cm", y="0cm", zindex=str(o._n), name=f"Snakkeboble {o._n}")
    for text, st in paras:
        sh.addElement(o._fill(P(stylename=o.styles[st]), text))
    sh.addElement(EnhancedGeometry(viewbox="0 0 21600 21600", type="round-rectangular-callout",
                                   modifiers=f"{tail[0]} {tail[1]}"))
    anchor.addElement(sh)
    o.doc.text.addElement(anchor)


@plan_builder
def build_leseglede_snakkebobler_nn() -> tuple[Plan, Path]:
    """Nynorsk reading plan (odfpy → LibreOffice Writer) whose GOALS STAND IN SPEECH BUBBLES (Writer callout
    shapes) in the children's voice, 'MÅL n' on the bubble's first line; grey bubbles quoting children (no goals);
    'Slik vil vi arbeide' strategies and 'Tiltak | Ansvarleg | Når' tables under each goal."""
    slug = NN_SLUG
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    plan = Plan(slug=slug, language="nn", title=NN_TITLE, period=(2028, 2031),
                goals=[G(g, t) for g, t in NN_GOALS], strategies=[S(s, t, [g]) for s, t, g in NN_STRATS],
                measures=mb49._measures(NN_ROWS, 2031), source_ext="odt", notes=NN_NOTES)
    o = mb.Odt(font="Liberation Sans", size=10.5, lang="nn", country="NO",
               header="Fjellsøy kommune · " + NN_TITLE, footer_text="Side")
    teal = "#0f5e63"
    o.style("Kicker", size=9.5, bold=True, color=teal, after=0.1)
    o.style("Sub", size=10, italic=True, after=0.4)
    o.style("Anchor", size=2, after=0)
    o.style("BLab", size=9, bold=True, color="#ffffff", after=0.05)
    o.style("BGoal", size=12, bold=True, color="#ffffff", after=0)
    o.style("BQuote", size=10, italic=True, color="#333333", after=0)
    o.style("Who", size=8.5, color="#555555", after=0.3, indent_cm=0.6)
    o.style("Lab", size=10.5, bold=True, before=0.1, after=0.08, keep=True)
    o.style("Strat", size=10.5, after=0.08, indent_cm=0.6, hanging_cm=0.4)
    o.style("Fact", size=10, after=0.08, indent_cm=0.6, hanging_cm=0.4)
    o.p("FJELLSØY KOMMUNE · OPPVEKST", "Kicker")
    o.p(NN_TITLE, "Title")
    o.p("Barnehagane, skulane og folkebiblioteket · Vedteken i kommunestyret 14. mars 2028, sak 22/28", "Sub")
    o.h("1 Innleiing", 1)
    for t in NN_TEXT["intro"]:
        o.p(t)
    o.p(NN_TEXT["national"])
    o.h("Dette sa barna", 2)
    for q, who in NN_QUOTES:
        _nn_bubble(o, [(f"«{q}»", "BQuote")], width_cm=12.5, height_cm=1.15, fill="#eeeeee", stroke="#9a9a9a",
                   tail=(2600, 29000))
        o.p(f"– {who}", "Who")
    o.h("Lesing i tal", 2)
    for t in NN_TEXT["tal"]:
        o.p("– " + t, "Fact")
    o.h("2 Mål og tiltak", 1)
    colours = ["#1f7a6d", "#2f6ea8", "#b5553a", "#7a4f9a"]
    for gi, (g, gt) in enumerate(NN_GOALS, 1):
        h = 1.75 if len(gt) < 70 else 2.15
        _nn_bubble(o, [(f"MÅL {gi}", "BLab"), (gt, "BGoal")], width_cm=15.5, height_cm=h, fill=colours[gi - 1],
                   stroke=colours[gi - 1], tail=(3200, 28500))
        o.p("Slik vil vi arbeide", "Lab")
        for _s, st, sg in NN_STRATS:
            if sg == g:
                o.p("• " + st, "Strat")
        rows = [["Nr", "Tiltak", "Ansvarleg", "Når"]]
        rows += [[nr, text, who, when or ""] for _id, nr, text, gg, who, _o, when, _k, _n in NN_ROWS if gg == g]
        mb37._odt_rows_unsplit(o, o.table([1.1, 8.6, 4.4, 2.9], rows, header_fill="#d7ebe8",
                                          border="0.4pt solid #7aa9a4"))
    o.h("3 Oppfølging", 1)
    o.p(NN_TEXT["follow"])
    src = d / f"{slug}.odt"
    o.save(src, title=NN_TITLE, author="Fjellsøy kommune")
    pdf = bk.soffice_pdf(src)
    _gold(plan, pdf, leftovers=(NN_LEFTOVER,))
    return plan, pdf


NN_NOTES = """
odfpy .odt → LibreOffice Writer, A4 portrait, Liberation Sans 10.5 pt, Fjellsøy kommune (oppvekst: barnehagane,
skulane og folkebiblioteket): running header 'Fjellsøy kommune · Handlingsplan for lesing og leseglede 2028–2031',
footer 'Side n'. The GOALS STAND IN SPEECH BUBBLES, written in the CHILDREN'S VOICE ('Eg …'): each a coloured
Writer CALLOUT SHAPE (draw:custom-shape 'round-rectangular-callout', white text) whose first line is 'MÅL n' (a
label, no part of the goal) and whose second is the goal sentence (the GOAL, first person, no 'skal'). The plan
says so ('Måla våre står i snakkebobler …'). P. 1: kicker, title, 'Vedteken i kommunestyret 14. mars 2028, sak
22/28', 1 Innleiing (the rammeplan and læreplanverk 'skal' sentences: traps, no goals), 'Dette sa barna': three GREY
SPEECH BUBBLES of the same shape quoting children ('«Eg likar best når vi les om dyr …»' with '– Ida, 4 år' under
it …: quotes, no goals), 'Lesing i tal' (facts; '[tal for 2027 kjem i mai]' = EDITORIAL LEFTOVER). 2 Mål og
tiltak: per goal the bubble, 'Slik vil vi arbeide' with '• Vi vil …' lines (the STRATEGIES, each under its goal)
and a table 'Nr | Tiltak | Ansvarleg | Når' (rows kept whole, header repeated; MEASURES = Tiltak, linked to the
goal of the bubble above; the table does not say which strategy a tiltak serves, so measures link no strategy). 3
Oppfølging (process; 'våren 2030' is a survey date, no deadline). OWNERS = Ansvarleg as printed ('PPT og Fjellsøy
skule', 'Helsestasjonen og biblioteket' two each; 'Rektor ved Breivollen skule' ONE; 'Alle styrarar'
diffuse; empty = none). DEADLINE = Når as printed ('Haust 2028', 'Vår 2028', '2029', 'Skuleåret 2028/29', 'Juni
2029', 'Sommaren 2028' periods; '1.8.2028' date; 'Kvar haust', 'Kvart år' recurring; 'Løpande' continuous; '2032'
after 2028–2031; empty = none).
"""


# =========================================================================== 3 Danish handleplan as a tri-fold leaflet (python-docx)

DA_SLUG = "vandsikkerhed-folder-da"
DA_TITLE = "Handleplan for vandsikkerhed 2028–2030"
DA_GOALS = [
    ("G1", "Alle børn i Havbjerg skal kunne svømme 200 meter, når de går ud af 6. klasse"),
    ("G2", "Badegæster skal kunne bade sikkert ved kommunens strande og søer"),
    ("G3", "Flere voksne og ældre skal have mulighed for at lære at svømme"),
    ("G4", "Borgerne skal kende farerne ved is og koldt vand"),
]
DA_LEFTOVER = "(Mette: tjek tallet for 2027 med skolerne)"
# (id, nr, Indsats, goal, Ansvarlig as printed or None (no line), owners, Hvornår as printed or None, kind, note)
DA_ROWS = [
    ("I1", "1.1", "Ekstra svømmetimer til elever i 5. og 6. klasse, som endnu ikke kan svømme 200 meter", "G1",
     "Skoleafdelingen", ["Skoleafdelingen"], "Skoleåret 2028/29", "period", "a school year"),
    ("I2", "1.2", "Et forløb med vandtilvænning i svømmehallen for alle 0. klasser", "G1",
     "Havbjerg Svømmehal og Skoleafdelingen", ["Havbjerg Svømmehal", "Skoleafdelingen"], "Hvert forår",
     "recurring", "two owners joined by 'og'; recurring"),
    ("I3", "1.3", "Kursus i livredning og svømmeundervisning for idrætslærerne", "G1", "Alle skoleledere",
     ["Alle skoleledere"], "2029", "period", "'Alle skoleledere' diffuse"),
    ("I4", "2.1", "Livreddere på Havbjerg Strand og Sandvig Strand i hele sommerferien", "G2", "Kultur og Fritid",
     ["Kultur og Fritid"], "Hver sommer", "recurring", "one unit named with 'og'; recurring"),
    ("I5", "2.2", "Redningskranse og skilte med nødnummer ved alle offentlige badesteder", "G2", "Vej og Park",
     ["Vej og Park"], "1. juni 2028", "date", "one unit named with 'og'"),
    ("I6", "2.3", "Målinger af badevandet hver uge med resultatet på kommunens hjemmeside", "G2", "Natur og Miljø",
     ["Natur og Miljø"], "Løbende", "continuous", "one unit named with 'og'; continuous"),
    ("I7", "3.1", "Svømmehold for voksne, der aldrig har lært at svømme", "G3", "Havbjerg Svømmeklub",
     ["Havbjerg Svømmeklub"], "Efteråret 2028", "period", ""),
    ("I8", "3.2", "Seniorsvømning i svømmehallen to formiddage om ugen", "G3", None, [], "1. kvartal 2029", "period",
     "no 'Ansvarlig:' line: no owner"),
    ("I9", "3.3", "Gratis svømmeundervisning for nyankomne flygtninge", "G3",
     "Integrationsafdelingen og Sprogcentret", ["Integrationsafdelingen", "Sprogcentret"], None, None,
     "two owners; no 'Hvornår:' line: no deadline"),
    ("I10", "4.1", "Kampagne om isens bæreevne og koldt vand i lokalavisen og på sociale medier", "G4",
     "Kommunikation", ["Kommunikation"], "Januar 2029", "period", ""),
    ("I11", "4.2", "Redningsstiger langs hele kajen i Havbjerg Havn", "G4", "Havnen", ["Havnen"], "2031", "period",
     "'2031' after the plan period 2028–2030"),
]
DA_TEXT = {
    "why": [
        "Hvert år drukner omkring 100 mennesker i Danmark, og mange flere kommer til skade i vandet. I Havbjerg har "
        "vi både hav, havn, åer og søer tæt på, hvor folk bor.",
        "Børne- og Ungeudvalget og Kultur- og Fritidsudvalget har derfor vedtaget en fælles handleplan. Den samler "
        "det, kommunen, skolerne og foreningerne vil gøre de næste tre år.",
        "Efter Fælles Mål for idræt skal eleverne kunne svømme 200 meter ved afslutningen af 6. klasse. I dag "
        "kan langt fra alle det.",
    ],
    "tal": ["3 offentlige badestrande og 2 badesøer", "1 svømmehal med 25-meterbassin",
            "71 % af eleverne i 6. klasse kunne svømme 200 meter i 2026 " + DA_LEFTOVER,
            "4 drukneulykker i kommunen siden 2018"],
    "follow": "Kultur og Fritid samler status hvert år i marts og fremlægger den for de to udvalg. Handleplanen "
              "revideres i 2030.",
    "contact": ["Havbjerg Kommune", "Kultur og Fritid", "Rådhustorvet 1, 7390 Havbjerg", "Tlf. 76 54 30 00",
                "kulturogfritid@havbjerg.dk"],
    "partners": "Vi samarbejder med Havbjerg Svømmeklub, livredderne på Havbjerg Strand, skolebestyrelserne og "
                "Havbjerg Havn.",
}


def _da_cols(section, num: int, space_mm: float) -> None:
    """Set NUM newspaper columns with SPACE_MM between them on SECTION (w:cols in its sectPr)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    sp = section._sectPr
    for old in sp.findall(qn("w:cols")):
        sp.remove(old)
    cols = OxmlElement("w:cols")
    cols.set(qn("w:num"), str(num))
    cols.set(qn("w:space"), str(round(space_mm * 56.6929)))
    sp.append(cols)


def _da_break(doc, kind) -> None:
    doc.add_paragraph().add_run().add_break(kind)


@plan_builder
def build_vandsikkerhed_folder_da() -> tuple[Plan, Path]:
    """Danish handleplan (python-docx → LibreOffice) printed as a TRI-FOLD LEAFLET: A4 landscape, three columns
    per page set by the section, column breaks between the panels; page 1 the outside (inside flap, back, cover),
    page 2 the inside (panels 2–4) with 'Målsætning n' and 'Det gør vi' items + 'Ansvarlig: … · Hvornår: …'."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Mm, Pt

    slug = DA_SLUG
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    plan = Plan(slug=slug, language="da", title=DA_TITLE, period=(2028, 2030),
                goals=[G(g, t) for g, t in DA_GOALS], measures=mb49._measures(DA_ROWS, 2030), source_ext="docx",
                notes=DA_NOTES)
    navy, sea = "0B3C5D", "1D7FA6"
    doc = dh.new_document(font="Liberation Sans", size=9, margins_mm=8, heading_color=navy)
    mb.docx_lang(doc, "da-DK")
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(297), Mm(210)
    from docx.enum.section import WD_ORIENT
    sec.orientation = WD_ORIENT.LANDSCAPE
    for side in ("top_margin", "bottom_margin"):
        setattr(sec, side, Mm(10))
    _da_cols(sec, 3, 16)
    col = WD_BREAK.COLUMN

    def p(text, **kw):
        kw.setdefault("space_after", 4)
        return dh.para(doc, text, **kw)

    # --- page 1, panel 5: the inside flap
    p("Hvorfor en handleplan?", size=13, bold=True, color=navy, space_after=5)
    for t in DA_TEXT["why"]:
        p(t, size=9)
    p("Vand i Havbjerg i tal", size=11, bold=True, color=sea, space_before=6, space_after=3)
    for t in DA_TEXT["tal"]:
        p("▪ " + t, size=9, space_after=2)
    _da_break(doc, col)
    # --- panel 6: the back
    p("Kontakt", size=12, bold=True, color=navy, space_after=4)
    for t in DA_TEXT["contact"]:
        p(t, size=9, space_after=1)
    p(DA_TEXT["partners"], size=9, space_before=8)
    p("Handleplanen er vedtaget af Børne- og Ungeudvalget og Kultur- og Fritidsudvalget i marts 2028.", size=9,
      space_before=8)
    p("Læs mere på havbjerg.dk/vandsikkerhed", size=9, bold=True, color=sea, space_before=8)
    p("Foto: Havbjerg Kommune · Tryk: Havbjerg Kommunes trykkeri · Oplag 4.000", size=7, color="666666",
      space_before=40)
    _da_break(doc, col)
    # --- panel 1: the cover
    p("HAVBJERG KOMMUNE", size=10, bold=True, color=sea, space_before=10, space_after=60)
    p("Sikker ved vand", size=30, bold=True, color=navy, space_after=6)
    p(DA_TITLE, size=14, bold=True, color=sea, space_after=10)
    p("Svømmefærdigheder, sikre badesteder og viden om koldt vand – for børn, voksne og ældre", size=11,
      italic=True, color=navy)
    _da_break(doc, WD_BREAK.PAGE)
    # --- page 2, panels 2–4: the inside
    by_goal = {g: [r for r in DA_ROWS if r[3] == g] for g, _t in DA_GOALS}
    breaks_after = {"G1": col, "G3": col}
    p("Det vil vi – og det gør vi", size=13, bold=True, color=navy, space_after=5)
    for gi, (g, gt) in enumerate(DA_GOALS, 1):
        p(f"Målsætning {gi}", size=9, bold=True, color=sea, space_before=6 if gi > 1 else 0, space_after=1,
          keep_with_next=True)
        p(gt, size=11, bold=True, color=navy, space_after=4, keep_with_next=True)
        p("Det gør vi:", size=9, bold=True, space_after=2, keep_with_next=True)
        for _id, _nr, text, _g, who, _o, when, _k, _n in by_goal[g]:
            item = p("▪ " + text, size=9, space_after=0, keep_with_next=True)
            item.paragraph_format.left_indent = Mm(3)
            item.paragraph_format.first_line_indent = Mm(-3)
            meta = " · ".join(x for x in (f"Ansvarlig: {who}" if who else "", f"Hvornår: {when}" if when else "")
                              if x)
            m = p(meta, size=8, italic=True, color="444444", space_after=4)
            m.paragraph_format.left_indent = Mm(3)
        if g in breaks_after:
            _da_break(doc, breaks_after[g])
    p("Sådan følger vi op", size=11, bold=True, color=navy, space_before=8, space_after=3)
    p(DA_TEXT["follow"], size=9)
    for par in doc.paragraphs:
        par.alignment = par.alignment or WD_ALIGN_PARAGRAPH.LEFT
        for r in par.runs:
            if r.font.size is None:
                r.font.size = Pt(9)
    dh.set_core_properties(doc, title=DA_TITLE + " – folder", author="Havbjerg Kommune")
    src = d / f"{slug}.docx"
    dh.save_deterministic(doc, src)
    pdf = bk.soffice_pdf(src)
    _gold(plan, pdf, leftovers=(DA_LEFTOVER,))
    return plan, pdf


DA_NOTES = """
python-docx → LibreOffice Writer, Liberation Sans 9 pt, Havbjerg Kommune (Børne- og Ungeudvalget and Kultur- og
Fritidsudvalget): the handleplan printed as a TRI-FOLD LEAFLET ('folder'): two A4 LANDSCAPE pages, each in THREE
PANELS (the section's three newspaper columns, 16 mm gutters where the sheet is folded, column breaks between the
panels), no header, footer or page numbers. The panels are in FOLD ORDER, not reading order: p. 1 is the OUTSIDE of
the sheet — left the inside flap (panel 5: 'Hvorfor en handleplan?', drowning figures, Fælles Mål 'skal kunne svømme
200 meter' quoted: a trap, no goal; 'Vand i Havbjerg i tal' facts with the note '(Mette: tjek tallet for 2027 med
skolerne)' = EDITORIAL LEFTOVER), middle the back (panel 6: contact, partners, adoption note, imprint: no owners, no
deadlines), right the COVER (panel 1: 'HAVBJERG KOMMUNE', 'Sikker ved vand', the title, a strapline); p. 2 the
INSIDE (panels 2–4): 'Det vil vi – og det gør vi', per goal 'Målsætning n' (label) + the goal sentence in bold
navy (the GOALS), 'Det gør vi:' and square-bulleted items (the MEASURES, short noun phrases, linked to the goal
above) each followed by a small italic line 'Ansvarlig: … · Hvornår: …' (one item has no Ansvarlig part, one no
Hvornår part); panel 4 closes with 'Sådan følger vi op' (process). OWNERS = after 'Ansvarlig:' ('Havbjerg
Svømmehal og Skoleafdelingen', 'Integrationsafdelingen og Sprogcentret' two each; 'Kultur og Fritid', 'Vej og Park',
'Natur og Miljø' ONE unit each; 'Alle skoleledere' diffuse; no part = none). DEADLINE = after 'Hvornår:'
('Skoleåret 2028/29', '2029', 'Efteråret 2028', '1. kvartal 2029', 'Januar 2029' periods; '1. juni 2028' date;
'Hvert forår', 'Hver sommer' recurring; 'Løbende' continuous; '2031' after 2028–2030; no part = none).
"""


# =========================================================================== 4 English cohesion plan exported from a pinboard (reportlab)

EN_SLUG = "cohesion-padlet-board-en"
EN_TITLE = "Community Cohesion Action Plan 2028–2031"
EN_GOALS = [
    ("G1", "People from different backgrounds get on well together in every town and village in Llanferin"),
    ("G2", "Newcomers to Llanferin, including refugees and migrant workers, feel welcome and know where to get "
           "help"),
    ("G3", "Hate crime is reported, taken seriously and followed up"),
    ("G4", "Young people have the chance to meet and mix with others from different backgrounds"),
]
EN_SECTIONS = {"G1": "1 · Getting on together", "G2": "2 · A warm welcome", "G3": "3 · Standing up to hate",
               "G4": "4 · Young people mixing"}
EN_LEFTOVER = "DRAFT – Rhian to confirm the lead with Housing before we share the board"
# (id, nr, Action, goal, Lead as printed or None (no line), owners, By as printed or None, kind, note,
#  author, posted, likes, comments)
EN_ROWS = [
    ("A1", "1.1", "Fund six community events a year that bring different groups together", "G1",
     "Community Cohesion Team", ["Community Cohesion Team"], "Every year", "recurring", "recurring",
     "Sian Powell", "24 Jan 2028", 6, [("Gareth Evans", "Could one of these be in Penrhos this time?")]),
    ("A2", "1.2", "Set up a small grants scheme for projects that bring neighbours together", "G1",
     "Community Cohesion Team and Llanferin Voluntary Action",
     ["Community Cohesion Team", "Llanferin Voluntary Action"], "April 2028", "period",
     "two owners joined by 'and'", "Sian Powell", "24 Jan 2028", 4, []),
    ("A3", "1.3", "Train frontline staff in libraries and leisure centres to spot and calm tensions", "G1",
     "All frontline services", ["All frontline services"], "December 2028", "period",
     "'All frontline services' diffuse", "Rhian Morgan", "25 Jan 2028", 2, []),
    ("A4", "2.1", "Publish a welcome pack in eight languages for people new to the county", "G2", "Communications",
     ["Communications"], "September 2028", "period", "", "Rhian Morgan", "25 Jan 2028", 5, []),
    ("A5", "2.2", "Run weekly English conversation cafés in Aberferin and Pontllan", "G2",
     "Adult Community Learning", ["Adult Community Learning"], "Ongoing", "continuous", "continuous",
     "Sian Powell", "26 Jan 2028", 9,
     [("Anonymous", "The café in Pontllan library is brilliant, please keep it going!")]),
    ("A6", "2.3", "Give every newly arrived family a named contact for their first six months", "G2", None, [],
     "2029", "period", "no 'Lead:' line: no owner (the DRAFT post next to it is about this)", "Rhian Morgan",
     "26 Jan 2028", 3, []),
    ("A7", "3.1", "Open two more third-party hate crime reporting centres", "G3", "Community Safety Partnership",
     ["Community Safety Partnership"], "March 2029", "period", "", "Sian Powell", "27 Jan 2028", 4, []),
    ("A8", "3.2", "Report hate crime figures to the Community Safety Partnership board", "G3",
     "Community Cohesion Team and Police Liaison Team", ["Community Cohesion Team", "Police Liaison Team"],
     "Every quarter", "recurring", "two owners joined by 'and'; recurring", "Sian Powell", "27 Jan 2028", 1, []),
    ("A9", "3.3", "Run a campaign on what hate crime is and how to report it", "G3", "Communications",
     ["Communications"], None, None, "no 'By:' line: no deadline", "Rhian Morgan", "28 Jan 2028", 7,
     [("Dafydd Rees", "Please do this in Welsh and English, and in the languages of the welcome pack.")]),
    ("A10", "4.1", "Hold a youth festival each summer with schools from across the county", "G4", "Youth Service",
     ["Youth Service"], "Summer 2029", "period", "'each summer' in the text; the By line names the first one",
     "Sian Powell", "28 Jan 2028", 11, []),
    ("A11", "4.2", "Link primary schools in the valleys with schools in Llanferin town for joint projects", "G4",
     "Education Service", ["Education Service"], "2028/29 school year", "period", "a school year",
     "Rhian Morgan", "29 Jan 2028", 3, []),
    ("A12", "4.3", "Create a youth cohesion forum with the Youth Council", "G4", "Youth Service", ["Youth Service"],
     "2032", "period", "'2032' after the plan period 2028–2031", "Sian Powell", "29 Jan 2028", 2, []),
]
EN_TOLD = [
    ("Anonymous", "2 Feb 2028", "I have lived here 12 years and still don't know my neighbours."),
    ("Survey result", "1 Feb 2028",
     "68% of people who answered our survey agree that people from different backgrounds get on well in their "
     "area (2027)."),
    ("Anonymous", "3 Feb 2028", "Could the council put on a football tournament for all the schools?"),
    ("Aberferin Mosque", "3 Feb 2028", "We would like to open our doors to visitors during the open-house week."),
]
EN_README = [
    ("Read me first", "Sian Powell", "22 Jan 2028",
     "This board is our action plan. Each column is one of our four aims: the pinned post at the top says what "
     "we want to achieve, and the posts under it are what we will do. Cabinet agreed the plan on 18 January 2028."),
    ("Why we have a plan", "Sian Powell", "22 Jan 2028",
     "Under the Equality Act 2010 the council must have due regard to the need to foster good relations between "
     "different groups. This plan is how we do that in Llanferin."),
    ("How to take part", "Rhian Morgan", "23 Jan 2028",
     "Add a comment to any post, or add your own post in 'What you told us'. We read every post and report back "
     "to the Cohesion Forum every three months."),
]


@plan_builder
def build_cohesion_padlet_board_en() -> tuple[Plan, Path]:
    """English (Welsh council) cohesion plan (reportlab) EXPORTED FROM AN ONLINE PINBOARD (Padlet 'shelf'): board
    header, columns of post cards, a pinned 'Our aim' post at the head of each aim column (the goal), action posts
    with 'Lead:' / 'By:' lines, author, posting date, likes and comments; 'Read me first' and 'What you told us'
    columns; a forgotten DRAFT post."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Paragraph

    slug = EN_SLUG
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    plan = Plan(slug=slug, language="en", title=EN_TITLE, period=(2028, 2031),
                goals=[G(g, t) for g, t in EN_GOALS], measures=mb49._measures(EN_ROWS, 2031), source_ext="pdf",
                notes=EN_NOTES)
    f = bk.reportlab_fonts("LS")
    W, H = landscape(A4)
    pdf = d / f"{slug}.pdf"
    c = Canvas(str(pdf), pagesize=(W, H), invariant=1)
    c.setTitle(EN_TITLE)
    c.setAuthor("Llanferin County Council")
    c.setCreator("Padlet")
    st_title = ParagraphStyle("t", fontName=f["bold"], fontSize=9.3, leading=11.5, textColor=HexColor("#1d1d1f"))
    st_body = ParagraphStyle("b", fontName=f["normal"], fontSize=8.6, leading=10.8, textColor=HexColor("#2b2b2b"))
    st_meta = ParagraphStyle("m", fontName=f["normal"], fontSize=7, leading=8.6, textColor=HexColor("#6e6e73"))
    st_com = ParagraphStyle("c", fontName=f["normal"], fontSize=7.6, leading=9.4, textColor=HexColor("#333333"))
    colw, gap, x0 = 250.0, 14.0, 22.0
    pad = 7.0

    def post(x, y, title, body, meta, *, fill="#ffffff", comments=(), pinned=False) -> float:
        """Draw one post card with its top at Y; return the y under it."""
        w = colw - 2 * pad
        parts = []
        if pinned:
            parts.append(Paragraph("PINNED", ParagraphStyle("p", parent=st_meta, fontName=f["bold"],
                                                            textColor=HexColor("#8a6d00"))))
        if title:
            parts.append(Paragraph(E(title), st_title))
        if body:
            parts.append(Paragraph(body, st_body))
        parts.append(Paragraph(meta, st_meta))
        for who, text in comments:
            parts.append(Paragraph(f"<font name='{f['bold']}'>{E(who)}</font>  {E(text)}", st_com))
        hs = [pp.wrap(w - (8 if i >= len(parts) - len(comments) else 0), 400)[1] for i, pp in enumerate(parts)]
        total = sum(hs) + 4 * (len(parts) - 1) + 2 * pad
        c.setFillColor(HexColor(fill))
        c.setStrokeColor(HexColor("#d2d2d7"))
        c.roundRect(x, y - total, colw, total, 6, stroke=1, fill=1)
        yy = y - pad
        for i, (pp, hh) in enumerate(zip(parts, hs, strict=True)):
            indent = 8 if i >= len(parts) - len(comments) else 0
            if indent:
                c.setFillColor(HexColor("#f2f2f4"))
                c.rect(x + pad, yy - hh - 1.5, w, hh + 3, stroke=0, fill=1)
            pp.drawOn(c, x + pad + indent / 2, yy - hh)
            yy -= hh + 4
        return y - total - 8

    def board_head(page: int) -> float:
        c.setFillColor(HexColor("#2d4a3e"))
        c.rect(0, H - 62, W, 62, stroke=0, fill=1)
        c.setFillColor(HexColor("#ffffff"))
        c.setFont(f["bold"], 17)
        c.drawString(x0, H - 30, EN_TITLE)
        c.setFont(f["normal"], 8.5)
        c.drawString(x0, H - 46, "Llanferin County Council · Community Cohesion Team · Sian Powell + 2 · "
                                 "updated 3 Feb 2028")
        c.drawRightString(W - x0, H - 30, "padlet")
        c.setFillColor(HexColor("#6e6e73"))
        c.setFont(f["normal"], 7)
        c.drawString(x0, 14, "padlet.com/llanferincohesion/actionplan")
        c.drawRightString(W - x0, 14, f"{page}/2")
        return H - 80

    def col_head(x, y, text) -> float:
        c.setFillColor(HexColor("#1d1d1f"))
        c.setFont(f["bold"], 11)
        c.drawString(x + 2, y - 11, text)
        return y - 22

    def meta(who, when, likes, n_comments) -> str:
        tail = f" · {n_comments} comment{'s' if n_comments != 1 else ''}" if n_comments else ""
        return f"{E(who)} · {E(when)} · {likes} likes{tail}"

    def aim_column(x, top, g) -> None:
        y = col_head(x, top, EN_SECTIONS[g])
        gt = dict(EN_GOALS)[g]
        y = post(x, y, "Our aim", E(gt), meta("Sian Powell", "22 Jan 2028", 8, 0), fill="#fff4c2", pinned=True)
        for (_id, _nr, text, gg, who, _o, when, _k, _n, author, posted, likes, comments) in EN_ROWS:
            if gg != g:
                continue
            lines = [f"Lead: {E(who)}" if who else "", f"By: {E(when)}" if when else ""]
            y = post(x, y, text, "<br/>".join(x for x in lines if x), meta(author, posted, likes, len(comments)),
                     comments=comments)
            if g == "G2" and _id == "A6":
                y = post(x, y, "", E(EN_LEFTOVER), meta("Rhian Morgan", "30 Jan 2028", 0, 0), fill="#ffd9d9")

    # page 1: Read me first | aim 1 | aim 2
    top = board_head(1)
    y = col_head(x0, top, "Read me first")
    for title, who, when, body in EN_README:
        y = post(x0, y, title, E(body), meta(who, when, 3, 0), fill="#e6f0ff")
    aim_column(x0 + colw + gap, top, "G1")
    aim_column(x0 + 2 * (colw + gap), top, "G2")
    c.showPage()
    # page 2: aim 3 | aim 4 | what you told us
    top = board_head(2)
    aim_column(x0, top, "G3")
    aim_column(x0 + colw + gap, top, "G4")
    x = x0 + 2 * (colw + gap)
    y = col_head(x, top, "What you told us")
    for who, when, text in EN_TOLD:
        y = post(x, y, "", E(text), meta(who, when, 2, 0), fill="#eef7ee")
    c.showPage()
    c.save()
    _gold(plan, pdf, leftovers=(EN_LEFTOVER,))
    return plan, pdf


EN_NOTES = """
reportlab, A4 LANDSCAPE, Liberation Sans, Llanferin County Council (Wales), Community Cohesion Team: the action plan
kept on an ONLINE PINBOARD (a Padlet 'shelf' board) and EXPORTED TO PDF as the board looks: a dark board header on
both pages ('Community Cohesion Action Plan 2028–2031', 'Llanferin County Council · Community Cohesion Team · Sian
Powell + 2 · updated 3 Feb 2028': no owners, no deadlines), the board address and 'n/2' at the foot. The board is
COLUMNS OF POST CARDS (rounded boxes), three per page: p. 1 'Read me first' (three blue posts: how the board works,
'Cabinet agreed the plan on 18 January 2028', the Equality Act 2010 'must have due regard …': a trap, no goal;
'How to take part'), '1 · Getting on together', '2 · A warm welcome'; p. 2 '3 · Standing up to hate', '4 · Young
people mixing', 'What you told us' (residents' posts and a survey result, one asking 'Could the council put on a
football tournament …?': no measures). Each aim column: the column title (a short name, no goal), a yellow post
marked 'PINNED' titled 'Our aim' whose body is the GOAL, then one white post per action: the post title is the
MEASURE, the body 'Lead: …' / 'By: …' lines (one post without 'Lead:', one without 'By:'), a grey line with the
post's author, its POSTING DATE ('24 Jan 2028': no deadline), likes and the comment count, and the comments in grey
under some posts (questions and praise from residents: no measures, no owners). Under action 2.3 a pink post
'DRAFT – Rhian to confirm the lead with Housing before we share the board' = EDITORIAL LEFTOVER. OWNERS = after
'Lead:' ('Community Cohesion Team and Llanferin Voluntary Action', 'Community Cohesion Team and Police Liaison Team'
two each; 'Community Safety Partnership', 'Adult Community Learning' ONE each; 'All frontline services' diffuse; no
line = none). DEADLINE = after 'By:' ('April 2028', 'December 2028', 'September 2028', '2029', 'March 2029', 'Summer
2029', '2028/29 school year' periods; 'Every year', 'Every quarter' recurring; 'Ongoing' continuous; '2032' after
2028–2031; no line = none).
"""


# =========================================================================== checks


def _layout_facts(slug: str) -> list[str]:
    """One set of layout facts per plan, read back from the PDF: the wiki page prints the page tree, the
    breadcrumbs, four opened and two closed expands and the task list; the nynorsk PDF holds seven callout
    shapes' texts (three quotes, four goals) and each goal once; the leaflet has two landscape pages with the
    cover title on p. 1 and every goal on p. 2; the board has two landscape pages with six column titles and a
    'PINNED' post per aim."""
    import pdfplumber

    pdf = OUT / slug / f"{slug}.pdf"
    pages = mb3.pdftotext_pages(pdf)
    sq = mb3._squash
    text = "".join(pages)
    bad = []
    with pdfplumber.open(str(pdf)) as doc:
        sizes = [(float(p.width), float(p.height)) for p in doc.pages]
    if slug == NB_SLUG:
        for needle in ("SIDETRE", "Kart og eiendomsdata / Geodata / Planer og strategier",
                       "Gjøremål etter møtet i geodatautvalget"):
            if sq(needle) not in text:
                bad.append(f"{slug}: {needle!r} not printed")
        if text.count(sq("▾ Tiltak for mål")) != 4 or text.count("▸") < 2 + 4:
            bad.append(f"{slug}: not four opened expands and two closed ones (plus the folded tree nodes)")
    if slug == NN_SLUG:
        for _g, t in NN_GOALS:
            if text.count(sq(t)) != 1:
                bad.append(f"{slug}: goal {t[:30]!r} not printed exactly once")
        for q, _w in NN_QUOTES:
            if sq(q) not in text:
                bad.append(f"{slug}: quote {q[:30]!r} not printed")
        odt = (OUT / slug / f"{slug}.odt").read_bytes()
        import io
        import zipfile

        xml = zipfile.ZipFile(io.BytesIO(odt)).read("content.xml").decode()
        if xml.count("round-rectangular-callout") != len(NN_QUOTES) + len(NN_GOALS):
            bad.append(f"{slug}: not seven callout shapes in the source")
    if slug == DA_SLUG:
        if len(sizes) != 2 or any(w < h for w, h in sizes):
            bad.append(f"{slug}: not two landscape pages: {sizes}")
        elif sq("Sikker ved vand") not in pages[0] or any(sq(t) not in pages[1] for _g, t in DA_GOALS):
            bad.append(f"{slug}: the cover is not on p. 1 or a goal not on p. 2")
    if slug == EN_SLUG:
        if len(sizes) != 2 or any(w < h for w, h in sizes):
            bad.append(f"{slug}: not two landscape pages: {sizes}")
        for t in ["Read me first", "What you told us", *EN_SECTIONS.values()]:
            if sq(t) not in text:
                bad.append(f"{slug}: column {t!r} not printed")
        with pdfplumber.open(str(pdf)) as doc:
            pinned = sum(1 for pg in doc.pages for w in pg.extract_words() if w["text"] == "PINNED")
        if pinned != 4:
            bad.append(f"{slug}: not four pinned aim posts")
    return bad


def verify(slug: str) -> list[str]:
    """mb3.verify (pdftotext, page by page), batch 34's whole-text check on content order and the layout facts."""
    return mb3.verify(slug) + mb34._whole_text_raw(slug) + _layout_facts(slug)


def main(argv: list[str]) -> None:
    """Build the plans (or the SLUGs), --verify or --twice: blindkit.plans_main."""
    bk.plans_main(argv, plans=PLANS, out=OUT, verify=verify, patterns=PATTERNS)


if __name__ == "__main__":
    main(sys.argv[1:])
