"""Build the fifty-seventh batch of blind authored plans (corpora/authored/<slug>/), four layout forms no earlier batch
holds: a bokmål landslide-and-flood plan as a LETTER FROM THE MAYOR to every household whose numbered PROMISES are
the measures, owner and deadline told in the prose round them (python-docx → LibreOffice); a nynorsk SFO quality plan
drawn as a STRATEGY HOUSE (roof = vision, four pillars = goals with their measures inside, foundation =
national rules and values) on one A4 landscape page (HTML/CSS → Chromium); a Swedish CLIMATE BUDGET chapter of 'Mål
och budget' whose measure table carries YEAR COLUMNS OF TONNES CO2e (effects, not deadlines) beside a 'Klart' column,
with an emissions-frame table and other actors' measures (odfpy → LibreOffice, landscape); an English town-centre
cleanliness plan inside a COUNCIL TAX LEAFLET (band table, precept split, Leader's message, then the plan's aims and
'This year we will' actions with Who / When / Cost) (reportlab).

    python corpora/scripts/make_blind_corpus57.py              # every plan
    python corpora/scripts/make_blind_corpus57.py SLUG ...     # some of them
    python corpora/scripts/make_blind_corpus57.py --verify     # check gold against the PDFs
    python corpora/scripts/make_blind_corpus57.py --twice      # build twice, compare sha256

Generic helpers from blindkit.py; plan data classes, findings (as in batch 1), the Odt writer and gold writer from
make_blind_corpus.py, the pdftotext check from make_blind_corpus3.py, the whole-text check on pdftotext -raw from
make_blind_corpus34.py, `_leftovers` from make_blind_corpus41.py, `_measures` from make_blind_corpus49.py, the
reportlab paragraph helper from make_blind_corpus55.py and the docx helpers from _docx_helpers.py (imported, not
copied). Written blind: the author read no code under plancheck/, bench/, tests/, rules/ or docs/ and did not run
plancheck. Gold files carry `held_out: true`.
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
import make_blind_corpus55 as mb55  # noqa: E402
from make_blind_corpus import G, Plan  # noqa: E402

ROOT = HERE.parents[1]
OUT = ROOT / "corpora" / "authored"

PLANS, plan_builder, write_gold = mb.builder_registry("make_blind_corpus57.py")
E = lambda s: _h.escape(s, quote=False)  # noqa: E731
PATTERNS = ("*.docx", "*.odt", "*.html", "*.pdf", "*.gold.yaml")


def _gold(plan: Plan, pdf: Path, *, leftovers: tuple[str, ...] = (), **kw) -> Path:
    """blindkit.gold_by_pdftotext with this builder's name in the header, then the leftovers appended."""
    path = bk.gold_by_pdftotext(write_gold, plan, pdf, **kw)
    if leftovers:
        mb41._leftovers(path, pdf, leftovers)
    return path


def _plan(slug, lang, title, period, goals, rows, notes, ext, links=None, diffuse=(), vision=None) -> Plan:
    """Rows (id, nr, text, goal, owner as printed, owners, deadline as printed or None, kind, note, …) → Plan;
    LINKS {id: goal ids} for measures serving more than one goal; DIFFUSE extra owner words (lower case) read as
    nobody in particular beside batch 34's 'alle/all/alla'."""
    measures = mb49._measures(rows, period[1])
    for m in measures:
        if links and m.id in links:
            m.goals = list(links[m.id])
        extra = tuple(o for o in m.owners if o.lower().startswith(tuple(diffuse))) if diffuse else ()
        if extra:
            m.diffuse = tuple(m.diffuse) + extra
    return Plan(slug=slug, language=lang, title=title, period=period, goals=[G(g, t) for g, t in goals],
                measures=measures, source_ext=ext, notes=notes, vision=vision)


# =========================================================================== 1 bokmål letter from the mayor (docx)

NB_SLUG = "skredsikring-ordforerbrev-nb"
NB_TITLE = "Handlingsplan for skred- og flomsikring 2057–2059"
NB_GOALS = [
    ("G1", "Alle som bor i et fareområde for skred eller flom, skal vite om faren og hva de skal gjøre når det "
           "blir varslet"),
    ("G2", "Kommunale veier, vannledninger og bygninger skal tåle mer nedbør enn de gjør i dag"),
    ("G3", "Kommunen skal være raskt på plass med hjelp når et skred eller en flom har skjedd"),
    ("G4", "Nye boliger og hytter skal ikke bygges der det er fare for skred eller flom"),
]
NB_LEFTOVER = "[Hallvard: sjekk skadebeløpet mot NVE-rapporten]"
# (id, nr, promise (bold), goal, owner as printed or None, owners, deadline as printed or None, kind, note,
#  the prose after the bold promise)
NB_ROWS = [
    ("L1", "1", "Vi sender et brev med kart over skred- og flomfaren til alle husstander som bor i et fareområde",
     "G1", "Plan og byggesak", ["Plan og byggesak"], "innen 1. mars 2057", "date", "owner and date in prose",
     "Brevet sendes fra Plan og byggesak innen 1. mars 2057, og kartene ligger også på nettsidene våre."),
    ("L2", "2", "Vi tar i bruk varsling på SMS til alle mobiltelefoner i et område når NVE sender ut farevarsel",
     "G1", "beredskapskoordinatoren", ["beredskapskoordinatoren"], "før vinteren 2057/58", "period",
     "'har ansvaret' in prose; 'før vinteren 2057/58' = before the winter, read as a period ending about November "
     "2057", "Det er beredskapskoordinatoren som har ansvaret. Varslingen skal være i drift før vinteren 2057/58, "
     "og du trenger ikke melde deg på."),
    ("L3", "3", "Vi holder folkemøter i Rudsbygda og på Hovdemoen, der geologen forteller hva som er nytt", "G1",
     None, [], "hver høst", "recurring", "no owner named (the geologist speaks at the meetings; nobody is said to "
     "hold them); recurring", "Møtene holdes hver høst, og alle er velkomne – også hytteeiere."),
    ("L4", "4", "Vi skifter ut for små stikkrenner under de kommunale veiene", "G2", "Kommunalteknikk",
     ["Kommunalteknikk"], "innen utgangen av 2058", "period", "'Dette er et arbeid for Kommunalteknikk' = owner",
     "Dette er et arbeid for Kommunalteknikk. De 40 viktigste stikkrennene skal være skiftet innen utgangen av "
     "2058."),
    ("L5", "5", "Vi legger om overvannet i Skreddalen sentrum, slik at bekken ikke går over riksveien ved kraftig "
     "regn", "G2", "Kommunalteknikk og Skreddalen Vann og Avløp KF",
     ["Kommunalteknikk", "Skreddalen Vann og Avløp KF"], None, None,
     "two owners joined by 'og' (the KF's own name holds 'Vann og Avløp'); no date: the start waits for a state "
     "grant", "Kommunalteknikk og Skreddalen Vann og Avløp KF gjør jobben sammen. Når arbeidet kan starte, "
     "avhenger av om vi får tilskudd fra staten."),
    ("L6", "6", "Vi går gjennom alle kommunale bygg i fareområdene og lager en sikringsplan for hvert av dem", "G2",
     "Eiendom", ["Eiendom"], "2. halvår 2057", "period", "owner and time in a bracket", "(Ansvar: Eiendom, "
     "2. halvår 2057)"),
    ("L7", "7", "Vi gjør Skreddalen skole klar som evakueringssenter med senger, mat og nødstrøm", "G3",
     "Eiendom og Frivilligsentralen", ["Eiendom", "Frivilligsentralen"], "2060", "period",
     "two owners; '2060' after the plan period 2057–2059",
     "Ansvar: Eiendom og Frivilligsentralen. Ferdig: 2060, når skolen likevel skal pusses opp."),
    ("L8", "8", "Vi øver på skred og flom sammen med brannvesenet, Sivilforsvaret og de frivillige", "G3",
     "alle kommunale ledere med beredskapsansvar", ["alle kommunale ledere med beredskapsansvar"], "hvert år",
     "recurring", "diffuse owner ('Ansvaret ligger hos alle …'); recurring",
     "Vi øver hvert år, og ansvaret ligger hos alle kommunale ledere med beredskapsansvar."),
    ("L9", "9", "Vi inngår avtaler med entreprenører i bygda om å rykke ut med maskiner døgnet rundt etter et skred",
     "G3", "Innkjøp", ["Innkjøp"], "30.09.2057", "date", "'Innkjøp tar seg av avtalene' = owner",
     "Innkjøp tar seg av avtalene, og de skal være underskrevet senest 30.09.2057."),
]
NB_GROUPS = [
    ("Du skal vite om faren", ["L1", "L2", "L3"]),
    ("Veier og rør som tåler mer vann", ["L4", "L5", "L6"]),
    ("Rask hjelp når det først går galt", ["L7", "L8", "L9"]),
]


@plan_builder
def build_skredsikring_ordforerbrev_nb() -> tuple[Plan, Path]:
    """Bokmål plan (python-docx → LibreOffice, A4 portrait, 2 pp.) as a LETTER FROM THE MAYOR to every household:
    letterhead, reference block, addressee, 'Kjære innbygger', why the plan came, the four goals as bullets, nine
    NUMBERED PROMISES in three groups under paraphrasing run-in heads (the bold sentence is the measure; who and when
    stand in the prose after it, in varied words), the fourth goal put off to the kommuneplan's arealdel, NVE's flood
    bank (another body), signature, P.S. on the landowner's duty, a contact box."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    slug = NB_SLUG
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    plan = _plan(slug, "nb", NB_TITLE, (2057, 2059), NB_GOALS, NB_ROWS, NB_NOTES, "docx")
    doc = dh.new_document(size=10.5, margins_mm=22)
    sec = doc.sections[0]
    dh.setup_header_footer(sec, "Skreddalen kommune · Ordføreren", size=8)
    rows = {r[0]: r for r in NB_ROWS}
    green = "2F5D3A"

    head = dh.new_table(doc, [104, 62], style=None)
    r = head.add_row()
    dh._set_cell_width(r.cells[0], 104)
    dh._set_cell_width(r.cells[1], 62)
    p = r.cells[0].paragraphs[0]
    dh.add_runs(p, "SKREDDALEN KOMMUNE", bold=True, size=17, color=green)
    dh.para(r.cells[0], "Ordføreren", size=10.5, color=green, space_after=8)
    dh.para(r.cells[0], "Til alle husstander i Skreddalen kommune", bold=True, size=10.5, space_after=0)
    dh.para(r.cells[0], "(også til hytteeiere med adresse utenfor kommunen)", size=9, space_after=0)
    q = r.cells[1].paragraphs[0]
    dh.add_runs(q, "Dato: 9. november 2056", size=9)
    for t in ["Vår ref.: 2056/1873-4", "Saksbehandler: Hallvard Rudsengen", "Postboks 40, 2697 Skreddalen",
              "www.skreddalen.kommune.no"]:
        dh.para(r.cells[1], t, size=9, space_after=0)
    dh.set_table_borders(head, none=True)
    dh.para(doc, "", space_after=6)
    dh.para(doc, "Mine løfter til deg: tryggere hjem i en brattere og våtere tid", bold=True, size=15,
            color=green, space_after=8)
    dh.para(doc, "Kjære innbygger,", space_after=6)
    for t in [
        "i oktober 2055 gikk det tre jordskred i løpet av én natt, og bekken tok med seg riksveien ved "
        "Skreddalen sentrum. Ingen ble skadet, men 46 husstander måtte evakueres, og flommen ga skader for 31 "
        f"millioner kroner. {NB_LEFTOVER} Siden 2050 har vi hatt 14 skred som har stengt vei. Vi vet at det vil "
        "regne mer og kraftigere i årene som kommer.",
        f"Derfor vedtok kommunestyret 24. oktober 2056 en ny {NB_TITLE}. Planen har fire mål:",
    ]:
        dh.para(doc, t, space_after=5)
    for _g, t in NB_GOALS:
        pp = dh.para(doc, f"•\t{t}.", space_after=2)
        pp.paragraph_format.left_indent = Pt(18)
        pp.paragraph_format.first_line_indent = Pt(-12)
    dh.para(doc, "Jeg vil at du skal vite hva kommunen skal gjøre, hvem som gjør det, og når. Derfor gir jeg deg "
                 "ni løfter. Du kan holde meg ansvarlig for dem.", space_before=5, space_after=4)
    for gi, (ghead, ids) in enumerate(NB_GROUPS):
        dh.para(doc, ghead, bold=True, size=11.5, color=green, space_before=6, space_after=3, keep_with_next=True)
        for mid in ids:
            _id, nr, txt, _g, _who, _o, _when, _k, _n, prose = rows[mid]
            pp = dh.para(doc, f"{nr}.\t**{txt}.** {prose}", space_after=4)
            pp.paragraph_format.left_indent = Pt(18)
            pp.paragraph_format.first_line_indent = Pt(-18)
        if gi == 1:
            dh.para(doc, "NVE bygger en ny sikringsvoll ovenfor Hovdemoen i 2057. Det er NVEs prosjekt, men "
                         "kommunen betaler 20 prosent av kostnaden og har satt av pengene i økonomiplanen.",
                    italic=True, size=9.5, space_after=4)
    dh.para(doc, "Hvor vi bygger", bold=True, size=11.5, color=green, space_before=6, space_after=3,
            keep_with_next=True)
    dh.para(doc, "Det fjerde målet handler om hvor nye boliger og hytter kan bygges. Det skal følges opp i "
                 "arealdelen av kommuneplanen, som kommunestyret rullerer i 2058. Der blir fareområdene lagt inn "
                 "som hensynssoner. Derfor gir jeg ikke egne løfter om dette i brevet.", space_after=6)
    dh.para(doc, "Jeg skal fortelle deg hvordan det går. Neste høst får du et nytt brev om hvilke løfter vi har "
                 "holdt – og hvilke vi ikke har klart ennå.", space_after=8)
    dh.para(doc, "Med vennlig hilsen", space_after=14)
    dh.para(doc, "Randi Tangvald", bold=True, space_after=0)
    dh.para(doc, "ordfører", space_after=10)
    ps = dh.para(doc, "**P.S.** Husk at du som grunneier selv har ansvar for å holde bekker, grøfter og "
                      "stikkrenner på din egen eiendom åpne. Fylkesveiene brøytes og ryddes av fylkeskommunen, "
                      "og skader på dem meldes til Statens vegvesen.", size=9.5, space_after=8)
    ps.alignment = WD_ALIGN_PARAGRAPH.LEFT
    box = dh.new_table(doc, [166], style=None)
    dh.add_row(box, ["**Vil du vite mer?**\n"
                     "Hele handlingsplanen og farekartene: www.skreddalen.kommune.no/skred\n"
                     "Ser du tegn til skred eller flom – sprekker i bakken, bekker som skifter farge eller går over: "
                     "ring 110.\n"
                     "Spørsmål om planen: Servicetorget, tlf. 61 18 42 00, hverdager 08–15."], [166], size=9.5,
               fill="E6EFE7")
    dh.set_table_borders(box, color="2F5D3A", sz=6)
    dh.set_core_properties(doc, title=f"Ordførerens brev – {NB_TITLE}", author="Skreddalen kommune")
    src = d / f"{slug}.docx"
    dh.save_deterministic(doc, src)
    pdf = bk.soffice_pdf(src)
    _gold(plan, pdf, leftovers=(NB_LEFTOVER,))
    return plan, pdf


NB_NOTES = """
python-docx → LibreOffice Writer, A4 portrait, Liberation Sans, Skreddalen kommune: the plan told as a LETTER FROM
THE MAYOR to every household ('Mine løfter til deg: tryggere hjem i en brattere og våtere tid'). Running header
'Skreddalen kommune · Ordføreren' and footer 'Side n av 2' = chrome. Letterhead, reference block ('Dato: 9. november
2056', 'Vår ref.', 'Saksbehandler', postal address = no deadlines, no owners), addressee. 'Kjære innbygger' and the
story of the October 2055 slides (figures: 46 households, 31 mill. kr, 14 slides since 2050) with a bracketed note to a
colleague '[Hallvard: sjekk skadebeløpet mot NVE-rapporten]' = EDITORIAL LEFTOVER. 'kommunestyret 24. oktober 2056'
= adoption. 'Planen har fire mål:' + four bullets = the GOALS (without the final '.'). Then 'ni løfter' = the
MEASURES, numbered 1–9 under three run-in heads that PARAPHRASE goals 1–3 ('Du skal vite om faren' → G1, 'Veier og rør
som tåler mer vann' → G2, 'Rask hjelp når det først går galt' → G3; GOAL LINK = the head a promise stands under). The
BOLD sentence of each promise = the measure (without the final '.'); OWNER and DEADLINE stand in the PROSE after it,
in varied words: 'Brevet sendes fra Plan og byggesak innen 1. mars 2057' (owner, date), 'Det er beredskapskoordinatoren
som har ansvaret … før vinteren 2057/58' (owner as printed, lower case: 'beredskapskoordinatoren'), 'Dette er et arbeid for Kommunalteknikk … innen
utgangen av 2058', '(Ansvar: Eiendom, 2. halvår 2057)', 'Ansvar: Eiendom og Frivilligsentralen. Ferdig: 2060',
'ansvaret ligger hos alle kommunale ledere med beredskapsansvar' (diffuse), 'Innkjøp tar seg av avtalene … senest
30.09.2057'. Promise 3 names no owner (the geologist only speaks at the meetings) = NO OWNER; promise 5 has no time
('Når arbeidet kan starte, avhenger av om vi får tilskudd fra staten') = NO DEADLINE; 'Kommunalteknikk og Skreddalen
Vann og Avløp KF gjør jobben sammen' = two owners (the KF's name holds 'Vann og Avløp'). The italic paragraph on NVE's
flood bank above Hovdemoen = ANOTHER BODY's project (the municipality only pays 20 %), no measure. 'Hvor vi bygger':
goal 4 is to be followed up in the kommuneplan's arealdel in 2058, 'Derfor gir jeg ikke egne løfter om dette' =
DEFERRAL → G4 has NO MEASURE. 'Neste høst får du et nytt brev' = a report promise, process, no measure. Signature
(Randi Tangvald, ordfører). 'P.S.' = the landowner's own duty and the county's roads (other bodies), no measures.
Contact box = chrome. DEADLINES as printed ('innen 1. mars 2057', '30.09.2057' dates; 'før vinteren 2057/58', 'innen
utgangen av 2058', '2. halvår 2057' periods; 'hver høst', 'hvert år' recurring; '2060' after 2057–2059).
"""


# =========================================================================== 2 nynorsk strategy house (HTML → Chromium)

NN_SLUG = "sfo-kvalitetshus-nn"
NN_TITLE = "Kvalitetsplan for SFO 2057–2060"
NN_VISION = "Ein trygg og god stad å leike, lære og vere saman etter skuletid"
NN_GOALS = [
    ("G1", "Alle barn på SFO skal ha nokon å leike med og kjenne seg trygge"),
    ("G2", "Barna skal vere ute og i fysisk aktivitet kvar dag"),
    ("G3", "SFO og skulen skal samarbeide slik at dagen heng saman for barnet"),
    ("G4", "Foreldra skal vite kva barnet gjer på SFO og kunne vere med og forme tilbodet"),
]
NN_LEFTOVER = "[oppdater tala før trykking – BA]"
# (id, nr, measure, goal, Ansvar as printed or None (no label), owners, Frist as printed or None, kind, note)
NN_ROWS = [
    ("H1", "", "Innføre faste vennegrupper på 1. og 2. trinn", "G1", "SFO-leiarane", ["SFO-leiarane"],
     "Haust 2057", "period", ""),
    ("H2", "", "Kurse alle tilsette i å sjå og stoppe utestenging", "G1", "Oppvekstkontoret", ["Oppvekstkontoret"],
     "31.12.2057", "date", ""),
    ("H3", "", "Gi gratis SFO-plass til barn i familiar med låg inntekt", "G1", None, [], "1.8.2057", "date",
     "no 'Ansvar' line: no owner"),
    ("H4", "", "Lage ein uteplan med tur i Kvitlolia kvar veke", "G2", "SFO-leiar Lauvvik og SFO-leiar Tjønnåsen",
     ["SFO-leiar Lauvvik", "SFO-leiar Tjønnåsen"], "Vår 2058", "period", "two owners joined by 'og'"),
    ("H5", "", "Kjøpe inn ski, akebrett og anna utstyr for vinteraktivitetar", "G2", "Alle SFO-avdelingar",
     ["Alle SFO-avdelingar"], "Kvar haust", "recurring", "diffuse owner; recurring"),
    ("H6", "", "Starte aktivitetstimar etter skuletid saman med Kvitlo idrettslag", "G2", "Kultureininga",
     ["Kultureininga"], None, None, "no 'Frist': no deadline"),
    ("H7", "", "Lage ein felles årsplan for skulen og SFO", "G3", "Rektorane", ["Rektorane"], "2061", "period",
     "'2061' after the plan period 2057–2060"),
    ("H8", "", "Halde eit kort overføringsmøte mellom lærar og SFO-tilsett kvar dag", "G3", "Teamleiarane",
     ["Teamleiarane"], "Løpande", "continuous", "continuous"),
    ("H9", "", "Gi SFO-assistentane tilgang til skulen sin læringsplattform", "G3", "IKT-tenesta", ["IKT-tenesta"],
     "1. halvår 2058", "period", ""),
]
NN_CSS = """
@page { size: 297mm 210mm; margin: 0; }
html, body { margin: 0; padding: 0; }
body { font-family: 'Liberation Sans', Arial, sans-serif; color: #22303a; width: 297mm; height: 209mm;
  position: relative; overflow: hidden; background: #fff; }
.top { position: absolute; left: 10mm; right: 10mm; top: 7mm; height: 15mm; border-bottom: 0.4mm solid #7a3b2e; }
.top .k { font-size: 8.5pt; letter-spacing: 1.5pt; font-weight: bold; color: #7a3b2e; }
.top h1 { margin: 1mm 0 0; font-size: 18pt; color: #22303a; }
.top .v { position: absolute; right: 0; top: 1mm; text-align: right; font-size: 8pt; color: #5b6770; line-height: 1.5; }
.side { position: absolute; left: 10mm; top: 27mm; width: 58mm; font-size: 8.2pt; line-height: 1.4; }
.side .box { border: 0.3mm solid #c9b7a4; padding: 2mm 2.5mm; margin-bottom: 3mm; }
.side h2 { font-size: 9.5pt; margin: 0 0 1mm; color: #7a3b2e; }
.side p { margin: 0 0 1.5mm; }
.fact b { font-size: 11pt; color: #7a3b2e; }
.house { position: absolute; left: 74mm; top: 25mm; width: 213mm; height: 178mm; }
.roof { position: absolute; left: 0; top: 0; width: 213mm; height: 36mm; background: #7a3b2e;
  clip-path: polygon(50% 0, 100% 100%, 0 100%); }
.rooftext { position: absolute; left: 48mm; width: 117mm; top: 15mm; text-align: center; color: #fff; }
.rooftext .l { font-size: 7.5pt; letter-spacing: 2pt; font-weight: bold; }
.rooftext .t { font-size: 11pt; font-weight: bold; line-height: 1.25; margin-top: 0.8mm; }
.chim { position: absolute; left: 160mm; top: 4mm; width: 10mm; height: 20mm; background: #5e2d23; }
.pillars { position: absolute; left: 4mm; top: 38mm; width: 205mm; height: 112mm; }
.pil { position: absolute; top: 0; width: 48mm; height: 112mm; background: #f6efe6; border: 0.3mm solid #c9b7a4;
  box-sizing: border-box; }
.cap { background: #e3d2bf; padding: 1.8mm 2mm; height: 22mm; box-sizing: border-box; }
.cap .l { font-size: 7.5pt; font-weight: bold; letter-spacing: 1.5pt; color: #7a3b2e; }
.cap .t { font-size: 8.6pt; font-weight: bold; line-height: 1.25; margin-top: 0.6mm; }
.body { padding: 1.6mm 2mm; font-size: 7.8pt; line-height: 1.3; }
.body .h { font-size: 7pt; letter-spacing: 1pt; color: #5b6770; margin-bottom: 1mm; }
.tilt { margin-bottom: 2.2mm; }
.tilt .t { font-weight: bold; }
.tilt .m { color: #5b6770; font-size: 7.3pt; }
.defer { font-style: italic; color: #5b6770; }
.found { position: absolute; left: 0; top: 152mm; width: 213mm; height: 24mm; background: #8f8a82; color: #fff;
  font-size: 8pt; line-height: 1.4; padding: 2mm 4mm; box-sizing: border-box; }
.found b { letter-spacing: 1pt; }
.note { color: #b0341e; font-style: italic; font-size: 7.6pt; }
.foot { position: absolute; left: 10mm; right: 10mm; top: 204mm; font-size: 6.8pt; color: #5b6770;
  display: flex; justify-content: space-between; }
"""


@plan_builder
def build_sfo_kvalitetshus_nn() -> tuple[Plan, Path]:
    """Nynorsk plan (HTML/CSS → Chromium) as a STRATEGY HOUSE on one A4 landscape page: a side column (how to read
    the house, figures with a leftover, the free-SFO national rule, contact) and the house: the ROOF carries the
    vision, four PILLARS each carry a goal in the capital and its measures ('Ansvar: … · Frist: …') in the shaft, the
    fourth pillar only a deferral, the FOUNDATION the laws and values the plan stands on."""
    slug = NN_SLUG
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    plan = _plan(slug, "nn", NN_TITLE, (2057, 2060), NN_GOALS, NN_ROWS, NN_NOTES, "html", vision=NN_VISION)
    by_goal: dict[str, list] = {}
    for r in NN_ROWS:
        by_goal.setdefault(r[3], []).append(r)
    pils = []
    for i, (gid, text) in enumerate(NN_GOALS):
        x = i * 52.3
        inner = []
        for _id, _nr, txt, _g, who, _o, when, _k, _n in by_goal.get(gid, []):
            meta = []
            if who is not None:
                meta.append(f"Ansvar: {E(who)}")
            if when is not None:
                meta.append(f"Frist: {E(when)}")
            inner.append(f'<div class="tilt"><div class="t">{E(txt)}</div><div class="m">{" · ".join(meta)}</div>'
                         "</div>")
        if not inner:
            inner.append('<div class="defer">Tiltak for dette målet blir laga når vi har resultata frå '
                         "foreldreundersøkinga hausten 2057. Dei kjem med i planen ved rulleringa i 2058.</div>")
        pils.append(f'<div class="pil" style="left:{x:.1f}mm"><div class="cap"><div class="l">MÅL {i + 1}</div>'
                    f'<div class="t">{E(text)}</div></div><div class="body"><div class="h">TILTAK</div>'
                    f"{''.join(inner)}</div></div>")
    html = (
        '<!DOCTYPE html><html lang="nn"><head><meta charset="utf-8">'
        f"<title>{E(NN_TITLE)} – kvalitetshuset</title><style>{NN_CSS}</style></head><body>"
        '<div class="top"><div class="k">KVITLO KOMMUNE · OPPVEKST</div>'
        f"<h1>{E(NN_TITLE)} – kvalitetshuset vårt</h1>"
        '<div class="v">Vedteken i hovudutval for oppvekst 3. desember 2056, sak 44/56<br>'
        "Gjeld SFO ved Lauvvik skule og Tjønnåsen skule</div></div>"
        '<div class="side">'
        '<div class="box"><h2>Slik les du huset</h2>'
        "<p>Taket er visjonen vår. Dei fire søylene er måla i planen, og i kvar søyle står tiltaka som skal hjelpe "
        "oss å nå målet. Grunnmuren er lovene, rammeplanen og verdiane som alt arbeidet i SFO står på.</p></div>"
        '<div class="box fact"><h2>SFO i Kvitlo i tal</h2>'
        "<p><b>212</b> barn har plass på SFO (2056)</p><p><b>31</b> tilsette, 9 av dei med fagbrev</p>"
        "<p><b>4,1</b> av 5 i foreldretilfredsheit (2055)</p>"
        f'<p class="note">{E(NN_LEFTOVER)}</p></div>'
        '<div class="box"><h2>Gratis SFO</h2><p>Alle barn på 1.–4. trinn har rett på 12 timar gratis SFO i veka. '
        "Det er ei nasjonal ordning som staten betaler for, og som ikkje er eit tiltak i denne planen.</p></div>"
        '<div class="box"><h2>Kontakt</h2><p>Brynhild Aasvang, fagleiar SFO<br>tlf. 57 81 22 40<br>'
        "kvitlo.kommune.no/sfo</p></div>"
        "</div>"
        '<div class="house"><div class="chim"></div><div class="roof"></div>'
        f'<div class="rooftext"><div class="l">VISJON</div><div class="t">{E(NN_VISION)}</div></div>'
        f'<div class="pillars">{"".join(pils)}</div>'
        '<div class="found"><b>GRUNNMUREN</b> · Opplæringslova og rammeplanen for SFO (Utdanningsdirektoratet) · '
        "Barnekonvensjonen artikkel 31: retten til leik og fritid · Verdiane våre: <b>leik – venskap – "
        "tryggleik</b><br>SFO skal ifølgje rammeplanen leggje til rette for leik, kultur- og fritidsaktivitetar "
        "med utgangspunkt i alder, funksjonsnivå og interessene til barna.</div>"
        "</div>"
        '<div class="foot"><span>Kvitlo kommune · Kvalitetsplan for SFO 2057–2060 · Kortversjon til oppslag på '
        "SFO-avdelingane</span><span>Heile planen med bakgrunn og økonomi: kvitlo.kommune.no/sfo</span></div>"
        "</body></html>\n"
    )
    src = d / f"{slug}.html"
    src.write_text(html, encoding="utf-8")
    pdf = bk.chromium_pdf(src, d / f"{slug}.pdf")
    _gold(plan, pdf, leftovers=(NN_LEFTOVER,))
    return plan, pdf


NN_NOTES = """
HTML/CSS → Chromium, one A4 landscape page (297 × 210 mm), Liberation Sans, Kvitlo kommune: a short version of the
plan drawn as a STRATEGY HOUSE ('kvalitetshuset vårt'), to hang up in the SFO rooms. Top line 'KVITLO KOMMUNE ·
OPPVEKST', the title, 'Vedteken i hovudutval for oppvekst 3. desember 2056, sak 44/56' = adoption, no deadline. A
side column: 'Slik les du huset' (roof = vision, pillars = goals with their measures, foundation = laws and values);
'SFO i Kvitlo i tal' (figures, no goals) with a red italic '[oppdater tala før trykking – BA]' = EDITORIAL LEFTOVER;
'Gratis SFO' (12 free hours a week is a NATIONAL scheme the state pays for, 'ikkje eit tiltak i denne planen' = another
body's rule, no measure); contact (Brynhild Aasvang). The HOUSE: the triangular ROOF carries 'VISJON' + the vision
sentence = gold VISION (no goal); a chimney (drawing only). Four PILLARS: the capital 'MÅL n' + sentence = the GOALS;
the shaft 'TILTAK' lists the MEASURES of that goal (bold text = measure; grey line 'Ansvar: … · Frist: …' = OWNER and
DEADLINE; the pillar = GOAL LINK). Pillar 4 holds no measure, only 'Tiltak for dette målet blir laga når vi har
resultata frå foreldreundersøkinga hausten 2057 …' = DEFERRAL → G4 has NO MEASURE. The FOUNDATION 'GRUNNMUREN'
(opplæringslova, the national rammeplan for SFO, the Convention on the Rights of the Child art. 31, the values 'leik –
venskap – tryggleik', and what the rammeplan says SFO 'skal') = laws and values, no goals. Footer = chrome. OWNERS as
printed ('SFO-leiarane', 'Oppvekstkontoret', 'Kultureininga', 'Rektorane', 'Teamleiarane', 'IKT-tenesta' one each;
'SFO-leiar Lauvvik og SFO-leiar Tjønnåsen' = two; 'Alle SFO-avdelingar' diffuse; H3 has no 'Ansvar' = none).
DEADLINES as printed ('Haust 2057', 'Vår 2058', '1. halvår 2058' periods; '31.12.2057', '1.8.2057' dates; 'Kvar haust'
recurring; 'Løpande' continuous; '2061' after 2057–2060; H6 has no 'Frist' = none).
"""


# =========================================================================== 3 Swedish climate budget (odfpy)

SV_SLUG = "klimatbudget-utslappsram-sv"
SV_TITLE = "Klimatbudget 2057–2059"
SV_GOALS = [
    ("G1", "Utsläppen av växthusgaser från vägtrafiken i Hjortsby ska minska med 80 procent till 2060 jämfört med "
           "2045"),
    ("G2", "Kommunkoncernens fordon och arbetsmaskiner ska vara fossilfria senast 2058"),
    ("G3", "Klimatpåverkan från kommunens måltider och byggprojekt ska halveras till 2060"),
    ("G4", "Utsläppen från jordbruket i Hjortsby ska minska med en fjärdedel till 2060"),
]
SV_LEFTOVER = "(TODO: lägg in källa för emissionsfaktorerna)"
# (id, nr, Åtgärd, goal, Ansvarig as printed ('' = empty), owners, Klart as printed or None (empty), kind, note,
#  Mål cell, tonnes 2057, 2058, 2059)
SV_ROWS = [
    ("K1", "1", "Bygga ut laddinfrastrukturen vid infartsparkeringarna i Kvarnbo och Lindvreten", "G1",
     "Tekniska nämnden", ["Tekniska nämnden"], "2058-06-30", "date", "ISO date", "1", "120", "340", "410"),
    ("K2", "2", "Införa gratis kollektivtrafik för gymnasieelever på kvällar och helger", "G1", "Kommunstyrelsen",
     ["Kommunstyrelsen"], "Höstterminen 2057", "period", "a school term", "1", "60", "60", "60"),
    ("K3", "3", "Samordna varuleveranserna till kommunens verksamheter genom en gemensam samlastningscentral", "G1",
     "Kommunstyrelsen", ["Kommunstyrelsen"], "2057-12-31", "date", "Mål cell '1, 2' → G1 and G2", "1, 2", "40",
     "80", "80"),
    ("K4", "4", "Byta kommunens personbilar mot elbilar när leasingavtalen löper ut", "G2", "Samtliga nämnder",
     ["Samtliga nämnder"], "Löpande", "continuous", "'Samtliga nämnder' (all committees) = diffuse; continuous",
     "2", "90", "180", "230"),
    ("K5", "5", "Tanka arbetsmaskiner och lastbilar med HVO100 i stället för diesel", "G2",
     "Hjortsby Energi AB och tekniska nämnden", ["Hjortsby Energi AB", "tekniska nämnden"], "2057", "period",
     "two owners joined by 'och'", "2", "410", "410", "410"),
    ("K6", "6", "Servera vegetarisk lunch två dagar i veckan i alla grundskolor", "G3",
     "Barn- och utbildningsnämnden", ["Barn- och utbildningsnämnden"], None, None,
     "one owner (one nämnd whose name holds 'och'); empty Klart: no deadline", "3", "150", "150", "150"),
    ("K7", "7", "Ställa krav på klimatdeklaration och klimatförbättrad betong i alla nya kommunala byggprojekt", "G3",
     "", [], "2058", "period", "empty Ansvarig: no owner; '–' in the 2057 column is no effect that year", "3", "–",
     "200", "520"),
    ("K8", "8", "Halvera matsvinnet i förskolor, skolor och äldreboenden", "G3", "Kost- och servicenämnden",
     ["Kost- och servicenämnden"], "Mäts varje år", "recurring", "one owner; 'Mäts varje år' recurring", "3", "30",
     "45", "60"),
    ("K9", "9", "Bygga ett sammanhängande cykelstråk mellan Kvarnbo och Hjortsby centrum", "G1", "Tekniska nämnden",
     ["Tekniska nämnden"], "2061", "period", "'2061' after the plan period 2057–2059; 'ej beräknad' = no figure",
     "1", "ej beräknad", "ej beräknad", "25"),
]


@plan_builder
def build_klimatbudget_utslappsram_sv() -> tuple[Plan, Path]:
    """Swedish plan (odfpy → LibreOffice, A4 landscape, sv-SE) as the CLIMATE BUDGET chapter of the municipality's
    'Mål och budget 2057–2059': how a climate budget works, the council's climate goals (the national goal quoted),
    the EMISSIONS FRAME table (room, forecast, gap per year), the measure table whose YEAR COLUMNS hold tonnes CO2e
    (effects) beside the 'Klart' column (the deadline), a table of other actors' measures, the farm goal put off to
    next year's budget, follow-up."""
    slug = SV_SLUG
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    plan = _plan(slug, "sv", SV_TITLE, (2057, 2059), SV_GOALS, SV_ROWS, SV_NOTES, "odt",
                 links={"K3": ("G1", "G2")}, diffuse=("samtliga ",))
    o = mb.Odt(size=10, lang="sv", country="SE", landscape=True,
               header="Hjortsby kommun · Mål och budget 2057–2059 · Kommunfullmäktiges beslut 2056-11-24",
               footer_text="Sida", margin_cm=1.8)
    o.style("Small", size=8.5, after=0.1, color="#55636a")
    o.style("Goal", size=10, bold=True, after=0.12, indent_cm=1.0, hanging_cm=1.0)
    o.style("Quote", size=9.5, italic=True, after=0.2, indent_cm=0.8)
    o.style("Cell8", size=8.5, after=0.03)
    o.style("Cell8B", size=8.5, bold=True, after=0.03)
    o.h("7 Klimatbudget", 1)
    o.p("Klimatbudgeten är en del av Mål och budget. På samma sätt som den ekonomiska budgeten sätter ett tak för "
        "kostnaderna, sätter klimatbudgeten ett tak för hur mycket växthusgaser som får släppas ut i Hjortsby "
        "varje år. Taket bygger på kommunens koldioxidbudget, som visar hur stor del av de globala utsläppen som "
        f"kan anses vara Hjortsbys andel om Parisavtalet ska hållas. {SV_LEFTOVER}", "Body")
    o.p("Åtgärderna i klimatbudgeten beslutas av kommunfullmäktige tillsammans med budgeten. Varje nämnd och bolag "
        "ansvarar för att genomföra sina åtgärder inom sin budgetram.", "Body")
    o.h("7.1 Klimatmål", 2)
    o.p("Sveriges riksdag har beslutat att Sverige senast år 2045 inte ska ha några nettoutsläpp av växthusgaser. "
        "Hjortsbys klimatmål ska bidra till det nationella målet. Kommunfullmäktige har antagit fyra klimatmål:",
        "Body")
    for i, (_g, t) in enumerate(SV_GOALS, 1):
        o.p(f"Mål {i}\t{t}.", "Goal")
    o.h("7.2 Utsläppsram", 2)
    o.p("Tabell 7.2 visar hur mycket Hjortsby får släppa ut enligt koldioxidbudgeten, hur stora utsläppen blir om "
        "inget nytt görs och hur mycket åtgärderna i tabell 7.3 beräknas minska dem. Siffrorna avser ton "
        "koldioxidekvivalenter (ton CO2e) per år.", "Body")
    o.table([3.0, 5.0, 5.0, 5.0, 5.0], [
        ["År", "Utsläppsutrymme", "Prognos utan nya åtgärder", "Åtgärder i tabell 7.3", "Kvar att hitta"],
        ["2057", "61 200", "63 400", "1 040", "1 160"],
        ["2058", "57 900", "62 800", "1 955", "2 945"],
        ["2059", "54 800", "62 100", "2 815", "4 485"],
    ], cell_style="Cell8", head_style="Cell8B")
    o.p("Tabell 7.2 Utsläppsram för 2057–2059, ton CO2e per år. Källa: Hjortsbys koldioxidbudget 2055, nationella "
        "emissionsdatabasen.", "Small")
    o.h("7.3 Åtgärder i klimatbudgeten", 2)
    o.p("Kolumnen Mål hänvisar till klimatmålen i avsnitt 7.1. Årskolumnerna visar den beräknade minskningen av "
        "utsläppen det året, i ton CO2e. Kolumnen Klart anger när åtgärden ska vara genomförd.", "Body")
    head = ["Nr", "Åtgärd", "Mål", "Ansvarig", "2057", "2058", "2059", "Klart"]
    body = [[r[1], r[2], r[9], r[4], r[10], r[11], r[12], r[6] or ""] for r in SV_ROWS]
    total = ["", "Summa minskning", "", "", "1 040", "1 955", "2 815", ""]
    t = o.table([1.0, 9.2, 1.3, 5.0, 2.0, 2.0, 2.0, 3.4],
                [["", "", "", "", "Minskning, ton CO2e per år", "", "", ""], head, *body, total],
                header_rows=2, cell_style="Cell8", head_style="Cell8B", fills={len(body) + 2: "#eef2f5"})
    _span_year_head(t)
    o.p("Tabell 7.3 Åtgärder 2057–2059.", "Small")
    o.h("7.4 Åtgärder som andra ansvarar för", 2)
    o.p("En stor del av minskningen i Hjortsby beror på beslut som andra fattar. Dessa åtgärder räknas med i "
        "prognosen men ingår inte i kommunens klimatbudget.", "Body")
    o.table([5.0, 13.0, 7.0], [
        ["Aktör", "Åtgärd", "Beräknad effekt i Hjortsby"],
        ["Trafikverket", "Elektrifiera Hjortsbybanan till Kvarnbo", "900 ton CO2e per år från 2059"],
        ["Regionen", "Elbussar i all stadstrafik i Hjortsby", "300 ton CO2e per år från 2058"],
        ["Staten", "Reduktionsplikt för bensin och diesel", "Ej beräknad"],
    ], cell_style="Cell8", head_style="Cell8B")
    o.h("7.5 Jordbruket", 2)
    o.p("Jordbruket står för nästan en femtedel av utsläppen i Hjortsby. Det finns ännu inga åtgärder för mål 4 "
        "i tabell 7.3. Kommunen vill ta fram dem tillsammans med lantbrukarna och LRF Hjortsby under 2057, och de "
        "ska tas in i klimatbudgeten för 2058–2060.", "Body")
    o.h("7.6 Uppföljning", 2)
    o.p("Klimatbudgeten följs upp i delårsrapporten per 31 augusti och i årsredovisningen. Nämnderna redovisar hur "
        "deras åtgärder går, och klimatstrategen sammanställer uppföljningen. Om utsläppen ligger över ramen två år "
        "i rad ska kommunstyrelsen föreslå nya åtgärder.", "Body")
    o.p("Kontakt: Linnea Strandqvist, klimatstrateg, kommunledningskontoret.", "Small")
    src = d / f"{slug}.odt"
    o.save(src, title=f"Mål och budget 2057–2059, kapitel 7 {SV_TITLE}", author="Hjortsby kommun")
    pdf = bk.soffice_pdf(src)
    _gold(plan, pdf, leftovers=(SV_LEFTOVER,))
    return plan, pdf


def _span_year_head(table) -> None:
    """The first header row's fifth cell ('Minskning, ton CO2e per år') merged over the three year columns, as a
    Writer user merges cells: number-columns-spanned="3" and the two cells it covers made covered cells."""
    from odf.table import CoveredTableCell, TableCell, TableRow

    row = table.getElementsByType(TableRow)[0]
    cells = [c for c in row.childNodes if c.qname == TableCell().qname]
    cells[4].setAttribute("numbercolumnsspanned", "3")
    for c in cells[5:7]:
        row.insertBefore(CoveredTableCell(), c)
        row.removeChild(c)


SV_NOTES = """
odfpy → LibreOffice Writer, A4 LANDSCAPE, Liberation Sans, sv-SE, Hjortsby kommun: the plan is chapter 7 'Klimatbudget'
of the municipality's 'Mål och budget 2057–2059' (title taken as 'Klimatbudget 2057–2059', period 2057–2059). Running
header 'Hjortsby kommun · Mål och budget 2057–2059 · Kommunfullmäktiges beslut 2056-11-24' and footer 'Sida n' =
chrome. Intro: how a climate budget works (a ceiling like the financial budget, from the carbon budget) with '(TODO:
lägg in källa för emissionsfaktorerna)' = EDITORIAL LEFTOVER; each nämnd carries out its measures within its frame =
rule, no measure. '7.1 Klimatmål': the national net-zero-2045 goal QUOTED (not a goal of this plan), then 'Mål 1'–'Mål 4'
= the GOALS (without the final '.'). '7.2 Utsläppsram': an EMISSIONS FRAME table (År | Utsläppsutrymme | Prognos | …
| Kvar att hitta, tonnes per year) = figures, no measures, its years no deadlines. '7.3 Åtgärder i klimatbudgeten': the
MEASURE TABLE 'Nr | Åtgärd | Mål | Ansvarig | 2057 | 2058 | 2059 | Klart' under a spanning head 'Minskning, ton CO2e
per år': each row = a MEASURE; 'Mål' = GOAL LINK by number (row 3 '1, 2' → G1 and G2); 'Ansvarig' = OWNER; the YEAR
COLUMNS hold TONNES of reduction (effects, 'ej beräknad', '–') = NO deadlines; 'Klart' = DEADLINE; the 'Summa
minskning' row is no measure. The table starts at the foot of p. 1 and its FIRST ROW BREAKS over the page: 'Bygga ut
… i Kvarnbo och' on p. 1, 'Lindvreten' on p. 2 under the REPEATED two header rows (gold page of K1 = 1). '7.4 Åtgärder som andra ansvarar för' (Trafikverket, Regionen, Staten) = OTHER BODIES'
measures, not in the budget, no measures of this plan. '7.5 Jordbruket': 'Det finns ännu inga åtgärder för mål 4 …
ska tas in i klimatbudgeten för 2058–2060' = DEFERRAL → G4 has NO MEASURE. '7.6 Uppföljning' = process (delårsrapport,
årsredovisning; new measures if over the frame two years running). OWNERS as printed ('Tekniska nämnden',
'Kommunstyrelsen', 'Barn- och utbildningsnämnden' and 'Kost- och servicenämnden' (one nämnd each, 'och' inside the
name)); 'Hjortsby Energi AB och tekniska nämnden' = two; 'Samtliga nämnder' (all committees) = diffuse; row 7 empty =
none). DEADLINES as printed ('2058-06-30', '2057-12-31' dates; 'Höstterminen 2057' a term; '2057', '2058' periods;
'Löpande' continuous; 'Mäts varje år' recurring; '2061' after 2057–2059; row 6 empty = none).
"""


# =========================================================================== 4 English council tax leaflet (reportlab)

EN_SLUG = "town-centres-council-tax-leaflet-en"
EN_TITLE = "Cleaner Town Centres Plan 2057–2060"
EN_GOALS = [
    ("G1", "Town centre streets will be free of litter, chewing gum and graffiti"),
    ("G2", "Shops, takeaways and other businesses will keep the pavement outside their premises clean"),
    ("G3", "Residents will find it easy to report a problem and will see it put right quickly"),
    ("G4", "Litter bins in Marbridge, Brambury and Sutterby will no longer overflow at weekends"),
]
EN_LEFTOVER = "[check Band D figure with Finance – HL]"
# (id, nr, action, goal, Who as printed or None (no Who), owners, When as printed or None, kind, note, aims label,
#  cost or None)
EN_ROWS = [
    ("C1", "", "Steam-clean chewing gum from the pavements of all three town centres", "G1", "Street Scene Team",
     ["Street Scene Team"], "By July 2057", "period", "", "Aim 1", "£48,000"),
    ("C2", "", "Remove offensive graffiti within 24 hours of it being reported", "G1", "Street Scene Team",
     ["Street Scene Team"], "Ongoing", "continuous", "continuous", "Aim 1", None),
    ("C3", "", "Put two new enforcement officers on patrol who can fine people for dropping litter", "G1",
     "Community Safety and Enforcement", ["Community Safety and Enforcement"], "September 2057", "period",
     "one service whose name holds 'and'", "Aim 1", "£86,000 a year"),
    ("C4", "", "Sign up every takeaway in the three town centres to our Clean Frontage Pledge", "G2",
     "Environmental Health with Marbridge Chamber of Trade", ["Environmental Health", "Marbridge Chamber of Trade"],
     "March 2061", "period", "two owners joined by 'with'; 'March 2061' after the plan period 2057–2060", "Aim 2",
     None),
    ("C5", "", "Write to businesses that leave trade waste on the street and offer them a waste contract", "G2",
     "to be confirmed", [], "Summer 2057", "period", "'Who: to be confirmed' = no owner", "Aim 2", None),
    ("C6", "", "Add a 'Report it' button with photo and map to the Marbridge app", "G3", "Digital Services",
     ["Digital Services"], "30 June 2057", "date", "", "Aim 3", "£12,500"),
    ("C7", "", "Tell everyone who reports a problem when it has been fixed", "G3", "All council services",
     ["All council services"], None, None, "diffuse owner; no 'When': no deadline", "Aim 3", None),
    ("C8", "", "Survey cleanliness in each town centre and publish the scores on our website", "G1",
     "Performance Team", ["Performance Team"], "Twice a year", "recurring", "'Aims 1 and 3' → G1 and G3; recurring",
     "Aims 1 and 3", None),
]


@plan_builder
def build_town_centres_council_tax_leaflet_en() -> tuple[Plan, Path]:
    """English plan (reportlab, A4 portrait, 2 pp.) inside a COUNCIL TAX LEAFLET sent with the bills: p. 1 the
    Leader's message, the band table, who gets your council tax (county, police, parishes), discounts, how to pay;
    p. 2 'What our share pays for': the Cleaner Town Centres Plan's four aims and 'This year we will' actions with an
    aim tag, 'Who:', 'When:' and sometimes 'Cost:'; aim 4 waits for the waste contract review; 'Whose job is it?'."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    slug = EN_SLUG
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    plan = _plan(slug, "en", EN_TITLE, (2057, 2060), EN_GOALS, EN_ROWS, EN_NOTES, "pdf",
                 links={"C8": ("G1", "G3")})
    f = bk.reportlab_fonts("LS")
    pdf = d / f"{slug}.pdf"
    c = Canvas(str(pdf), pagesize=A4, invariant=1)
    c.setTitle(f"Your Council Tax 2057/58 – {EN_TITLE}")
    c.setAuthor("Marbridge District Council")
    W, H = A4
    teal, grey, ink = HexColor("#0f5c63"), HexColor("#5f6b76"), HexColor("#1e2326")
    P = lambda *a, **k: mb55._rl_para(c, f, *a, **k)  # noqa: E731

    def chrome(n):
        c.setFillColor(teal)
        c.rect(0, H - 12, W, 12, stroke=0, fill=1)
        c.setFont(f["normal"], 7.5)
        c.setFillColor(grey)
        c.drawString(40, 26, "Marbridge District Council · Your Council Tax 2057/58 · marbridge.gov.uk/counciltax")
        c.drawRightString(W - 40, 26, f"Page {n} of 2")

    # ---- page 1
    chrome(1)
    P(40, H - 34, 400, "MARBRIDGE DISTRICT COUNCIL", size=9, font=f["bold"], colour=teal)
    P(40, H - 48, 400, "Your Council Tax 2057/58", size=24, font=f["bold"], colour=teal, lead=1.1)
    P(40, H - 78, 420, "Please keep this leaflet with your bill. It explains what you pay, who gets the money and "
      "what our share will pay for this year.", size=9.5, colour=grey, lead=1.35)
    y = H - 116
    c.setFillColor(HexColor("#e7f1f1"))
    c.rect(40, y - 128, W - 80, 128, stroke=0, fill=1)
    yy = y - 10
    yy -= P(52, yy, W - 104, "A MESSAGE FROM THE LEADER OF THE COUNCIL", size=8, font=f["bold"], colour=teal) + 4
    yy -= P(52, yy, W - 104, "Like every council, we face rising costs. This year Marbridge District Council's share "
            "of your bill goes up by 2.99 per cent – about 8p a week for a Band D home. We have listened to what "
            "you told us in last autumn's budget survey: the thing that matters most to you is how our town centres "
            "look and feel. That is why every penny of this year's increase goes to our new Cleaner Town Centres "
            "Plan. We will keep protecting the services you rely on, and we will tell you honestly how we are "
            "doing.", size=9, lead=1.4) + 4
    P(52, yy, W - 104, "<b>Cllr Imran Chaudry</b>, Leader of Marbridge District Council", size=8.6, colour=grey)
    y -= 146
    P(40, y, 240, "YOUR BILL BY BAND", size=8.5, font=f["bold"], colour=teal)
    bands = [("A", "up to £40,000", "£1,456.24"), ("B", "£40,001–£52,000", "£1,698.95"),
             ("C", "£52,001–£68,000", "£1,941.65"), ("D", "£68,001–£88,000", "£2,184.36"),
             ("E", "£88,001–£120,000", "£2,669.77"), ("F", "£120,001–£160,000", "£3,155.19"),
             ("G", "£160,001–£320,000", "£3,640.60"), ("H", "over £320,000", "£4,368.72")]
    ty = y - 24
    c.setFont(f["bold"], 8)
    c.setFillColor(ink)
    for x, t in ((40, "Band"), (78, "Property value (1991)"), (200, "2057/58")):
        c.drawString(x, ty, t)
    c.setStrokeColor(HexColor("#b8c7c9"))
    c.setLineWidth(0.5)
    c.line(40, ty - 4, 250, ty - 4)
    c.setFont(f["normal"], 8.4)
    for b, v, amount in bands:
        ty -= 14
        c.drawString(44, ty, b)
        c.drawString(78, ty, v)
        c.drawRightString(246, ty, amount)
    P(40, ty - 8, 220, f"<i>{E(EN_LEFTOVER)}</i>", size=7.6, colour=HexColor("#b0341e"))
    # who gets the money: a bar split
    P(300, y, 255, "WHO GETS YOUR COUNCIL TAX", size=8.5, font=f["bold"], colour=teal)
    shares = [("Otterford County Council", 74, "#0f5c63"), ("Police and Crime Commissioner", 13, "#4f8f94"),
              ("Marbridge District Council", 10, "#e0a030"), ("Town and parish councils", 3, "#9fb7ba")]
    bx, bw, by = 300, 255, y - 34
    x = bx
    for _n, pc, col in shares:
        w = bw * pc / 100
        c.setFillColor(HexColor(col))
        c.rect(x, by, w, 16, stroke=0, fill=1)
        x += w
    ly = by - 16
    for n, pc, col in shares:
        c.setFillColor(HexColor(col))
        c.rect(bx, ly - 1, 8, 8, stroke=0, fill=1)
        c.setFillColor(ink)
        c.setFont(f["normal"], 8.4)
        c.drawString(bx + 14, ly, f"{n}: {pc}p in every £1")
        ly -= 14
    P(bx, ly - 2, bw, "The county council pays for schools, social care, roads and libraries. The police share is "
      "set by the Police and Crime Commissioner. We collect the money for all of them.", size=8.2, colour=grey,
      lead=1.35)
    y = ty - 40
    c.setStrokeColor(HexColor("#b8c7c9"))
    c.line(40, y + 8, W - 40, y + 8)
    y -= P(40, y, W - 80, "HELP WITH YOUR BILL", size=8.5, font=f["bold"], colour=teal) + 3
    y -= P(40, y, W - 80, "If you live alone you can get 25 per cent off your bill (single person discount). If you "
           "are on a low income you may get Council Tax Support. Full-time students do not pay council tax. Apply "
           "at marbridge.gov.uk/discounts.", size=8.8, lead=1.4) + 8
    y -= P(40, y, W - 80, "HOW TO PAY", size=8.5, font=f["bold"], colour=teal) + 3
    P(40, y, W - 80, "Direct Debit is the easiest way to pay: choose the 1st, 8th, 15th or 22nd of the month, over 10 "
      "or 12 months. You can also pay online, by phone on 01632 960 725 or at any Post Office.", size=8.8, lead=1.4)
    c.showPage()

    # ---- page 2
    chrome(2)
    P(40, H - 34, 420, "WHAT OUR SHARE PAYS FOR IN 2057/58", size=9, font=f["bold"], colour=teal)
    P(40, H - 48, 480, f"The {EN_TITLE}", size=17, font=f["bold"], colour=teal, lead=1.15)
    y = H - 74
    y -= P(40, y, W - 80, "The Cabinet agreed the plan on 14 January 2057. It sets out four aims for the town "
           "centres of Marbridge, Brambury and Sutterby, and what we will do about them this year.", size=9,
           lead=1.4) + 8
    y -= P(40, y, W - 80, "OUR AIMS", size=8.5, font=f["bold"], colour=teal) + 3
    for i, (_g, t) in enumerate(EN_GOALS, 1):
        y -= P(40, y, W - 80, f"<b>Aim {i}</b>&nbsp;&nbsp;{E(t)}.", size=9.4, lead=1.35) + 2
    y -= 10
    c.setFillColor(teal)
    c.rect(40, y - 18, W - 80, 18, stroke=0, fill=1)
    P(48, y - 4, W - 96, "THIS YEAR WE WILL", size=9, font=f["bold"], colour=HexColor("#ffffff"))
    y -= 28
    col_w = (W - 80 - 16) / 2
    cols = [EN_ROWS[:4], EN_ROWS[4:]]
    top = y
    lows = []
    for ci, rows in enumerate(cols):
        x = 40 + ci * (col_w + 16)
        y = top
        for _id, _nr, txt, _g, who, _o, when, _k, _n, aims, cost in rows:
            c.setFillColor(HexColor("#e0a030"))
            tag_w = c.stringWidth(aims, f["bold"], 7) + 8
            c.roundRect(x, y - 10, tag_w, 11, 3, stroke=0, fill=1)
            c.setFillColor(HexColor("#ffffff"))
            c.setFont(f["bold"], 7)
            c.drawString(x + 4, y - 7, aims)
            y -= 14
            y -= P(x, y, col_w, f"<b>{E(txt)}</b>", size=9, lead=1.3) + 2
            meta = []
            if who is not None:
                meta.append(f"Who: {E(who)}")
            if when is not None:
                meta.append(f"When: {E(when)}")
            if cost is not None:
                meta.append(f"Cost: {E(cost)}")
            y -= P(x, y, col_w, " &nbsp;·&nbsp; ".join(meta), size=7.8, colour=grey, lead=1.3) + 10
        lows.append(y)
    y = min(lows) - 4
    c.setFillColor(HexColor("#fbf3e2"))
    c.rect(40, y - 44, W - 80, 44, stroke=0, fill=1)
    P(50, y - 8, W - 100, "<b>What about Aim 4?</b> Our waste collection contracts are being reviewed this autumn. "
      "We will set out our actions on overflowing bins when the review reports in autumn 2057, so there are no "
      "actions for Aim 4 in this leaflet.", size=8.8, lead=1.4)
    y -= 60
    y -= P(40, y, W - 80, "WHOSE JOB IS IT?", size=8.5, font=f["bold"], colour=teal) + 3
    y -= P(40, y, W - 80, "Otterford County Council repairs roads, pavements and street lights. Landowners must "
           "clear rubbish dumped on private land. The Environment Agency deals with large illegal waste sites, and "
           "Network Rail keeps the station approach in Brambury clean.", size=8.8, lead=1.4) + 8
    P(40, y, W - 80, "<b>Report a problem:</b> Marbridge app or marbridge.gov.uk/reportit · <b>Questions about the "
      "plan:</b> Helen Ledbrook, Street Scene Manager, 01632 960 731.", size=8.6, lead=1.4)
    c.showPage()
    c.save()
    _gold(plan, pdf, leftovers=(EN_LEFTOVER,))
    return plan, pdf


EN_NOTES = """
reportlab, A4 portrait, Liberation Sans, Marbridge District Council: the plan inside the annual COUNCIL TAX LEAFLET
sent with the bills ('Your Council Tax 2057/58'). A teal band and a footer 'Marbridge District Council · Your Council
Tax 2057/58 · marbridge.gov.uk/counciltax · Page n of 2' = chrome. P. 1: the Leader's message (Cllr Imran Chaudry;
'We will keep protecting …', 'we will tell you honestly' = rhetoric, no measures); 'YOUR BILL BY BAND' table (bands
A–H, 1991 values, 2057/58 amounts = money) with a red italic '[check Band D figure with Finance – HL]' = EDITORIAL
LEFTOVER; 'WHO GETS YOUR COUNCIL TAX' bar (county council, police commissioner, district, parishes = other bodies'
shares); 'HELP WITH YOUR BILL' (discount rules) and 'HOW TO PAY' = rules and advice. P. 2 'WHAT OUR SHARE PAYS FOR IN
2057/58 – The Cleaner Town Centres Plan 2057–2060' ('The Cabinet agreed the plan on 14 January 2057' = adoption):
'OUR AIMS' 'Aim 1'–'Aim 4' = the GOALS (without the final '.'); 'THIS YEAR WE WILL' in two columns: each item = a
MEASURE (bold text), an orange tag 'Aim n' = GOAL LINK ('Aims 1 and 3' → G1 and G3), a grey line 'Who: … · When: … ·
Cost: …' = OWNER and DEADLINE (Cost = money, no deadline). 'What about Aim 4?' box: actions on bins wait for the waste
contract review in autumn 2057 = DEFERRAL → G4 has NO MEASURE. 'WHOSE JOB IS IT?' (county council, landowners,
Environment Agency, Network Rail) = OTHER BODIES, no measures. Contact = chrome. OWNERS as printed ('Street Scene
Team', 'Digital Services', 'Performance Team' one each; 'Community Safety and Enforcement' one service; 'Environmental
Health with Marbridge Chamber of Trade' two; 'All council services' diffuse; 'Who: to be confirmed' = none). DEADLINES
as printed ('By July 2057', 'September 2057', 'Summer 2057' periods; '30 June 2057' a date; 'Twice a year' recurring;
'Ongoing' continuous; 'March 2061' after 2057–2060; C7 has no 'When' = none).
"""


# =========================================================================== command line and checks


def main(argv: list[str]) -> None:
    """Build the plans (or the SLUGs), --verify or --twice: blindkit.plans_main."""
    bk.plans_main(argv, plans=PLANS, out=OUT, verify=verify, patterns=PATTERNS)


def verify(slug: str) -> list[str]:
    """mb3.verify (pdftotext, page by page), batch 34's whole-text check on content order and the layout facts."""
    whole = mb34._whole_text_raw(slug)
    if slug == SV_SLUG:  # K1's row is broken over pp. 1–2 with the header repeated between: a layout fact below
        whole = [b for b in whole if b != f"{slug}: measures K1 not printed whole from p. 1"]
    return mb3.verify(slug) + whole + _layout_facts(slug)


def _layout_facts(slug: str) -> list[str]:
    """One set of layout facts per plan, read back from the PDF: the letter is two A4 pages with all nine promises
    and the deferral; the house is one A4 landscape page with the vision, four 'MÅL n' capitals and the deferral;
    the climate budget is landscape with the year columns' tonnes and the other actors' table printed and its first
    measure row broken over pp. 1–2 under the repeated header; the leaflet
    is two A4 pages with the band table on p. 1 and every action on p. 2."""
    import pdfplumber

    pdf = OUT / slug / f"{slug}.pdf"
    pages = mb3.pdftotext_pages(pdf)
    sq = mb3._squash
    text = "".join(pages)
    bad = []
    with pdfplumber.open(str(pdf)) as doc:
        sizes = [(round(float(p.width)), round(float(p.height))) for p in doc.pages]
    if slug == NB_SLUG:
        if sizes != [(595, 842)] * 2:
            bad.append(f"{slug}: not two A4 pages: {sizes}")
        for r in NB_ROWS:
            if text.count(sq(r[2])) != 1:
                bad.append(f"{slug}: promise {r[1]} printed {text.count(sq(r[2]))} times")
        if sq("Derfor gir jeg ikke egne løfter om dette") not in text:
            bad.append(f"{slug}: deferral missing")
    if slug == NN_SLUG:
        if sizes != [(842, 595)]:
            bad.append(f"{slug}: not one A4 landscape page: {sizes}")
        for needle in [NN_VISION, "MÅL 1", "MÅL 2", "MÅL 3", "MÅL 4", "GRUNNMUREN", "foreldreundersøkinga"]:
            if sq(needle) not in text:
                bad.append(f"{slug}: {needle!r} missing")
        for r in NN_ROWS:
            if sq(r[2]) not in text:
                bad.append(f"{slug}: measure {r[0]} not printed whole")
    if slug == SV_SLUG:
        if any(w <= h for w, h in sizes):
            bad.append(f"{slug}: not landscape: {sizes}")
        for needle in ["Minskning, ton CO2e per år", "ej beräknad", "Trafikverket", "Summa minskning",
                       "inga åtgärder för mål 4"]:
            if sq(needle) not in text:
                bad.append(f"{slug}: {needle!r} missing")
        # the first measure row breaks over the page: its first line on p. 1, 'Lindvreten' on p. 2 after the
        # repeated two header rows and before row 2
        p2 = pages[1]
        if sq("infartsparkeringarna i Kvarnbo och") not in pages[0] or not (
                0 <= p2.find(sq("Minskning, ton CO2e per år")) < p2.find(sq("Lindvreten"))
                < p2.find(sq("Införa gratis kollektivtrafik"))):
            bad.append(f"{slug}: row 1 not broken over pp. 1–2 under the repeated header")
    if slug == EN_SLUG:
        if sizes != [(595, 842)] * 2:
            bad.append(f"{slug}: not two A4 pages: {sizes}")
        if sq("£2,184.36") not in pages[0] or sq(EN_LEFTOVER) not in pages[0]:
            bad.append(f"{slug}: band table or leftover not on p. 1")
        for r in EN_ROWS:
            if sq(r[2]) not in pages[1]:
                bad.append(f"{slug}: action {r[0]} not on p. 2")
        if sq("no actions for Aim 4") not in pages[1]:
            bad.append(f"{slug}: Aim 4 deferral missing")
    return bad


if __name__ == "__main__":
    main(sys.argv[1:])
