"""Build the forty-seventh batch of blind authored plans (corpora/authored/<slug>/), four layout forms no earlier
batch holds: a bokmål handlingsplan whose measures stand as a Word NUMBERED LIST INSIDE ONE TABLE CELL PER GOAL,
each item closing with '(<owner>, <deadline>)', one goal's row running over the page break under the repeated
header (python-docx → LibreOffice Writer); a nynorsk A5 HEFTE published as the printer's file IMPOSED FOR SADDLE
STITCHING (two A5 pages side by side on each A4 landscape sheet side in booklet order 8 | 1, 2 | 7, 6 | 3, 4 | 5,
each with its own running head and page label; reportlab, the A5 pages placed as form XObjects); a
Danish handleplan presented as slides and printed as HANDOUTS, three slides to a page with note lines beside them
(HTML → Chromium, as PowerPoint's 'Uddelingskopier, 3 dias pr. side' prints them); an English action plan as the
designer's PRINT-READY FILE: oversize pages with crop marks, registration marks, a colour bar, a coloured band
bleeding over the trim and an InDesign-style slug line (file name, page, date, time) outside the trim (odfpy .odt
→ LibreOffice Writer).

    python corpora/scripts/make_blind_corpus47.py              # every plan
    python corpora/scripts/make_blind_corpus47.py SLUG ...     # some of them
    python corpora/scripts/make_blind_corpus47.py --verify     # check gold against the PDFs
    python corpora/scripts/make_blind_corpus47.py --twice      # build twice, compare sha256

Generic helpers from blindkit.py; plan data classes, findings (as in batch 1), gold writer and the odfpy writer
`Odt` from make_blind_corpus.py, the pdftotext check from make_blind_corpus3.py, the whole-text check on pdftotext
-raw from make_blind_corpus34.py, the row helpers `_rows` and `_odt_rows_unsplit` from make_blind_corpus37.py and
the editorial-leftover appender `_leftovers` from make_blind_corpus41.py (imported, not copied). Written blind: the author read no code
under plancheck/, bench/, tests/, rules/ or docs/ and did not run plancheck. Gold files carry `held_out: true`.
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
from make_blind_corpus import G, Plan  # noqa: E402

ROOT = HERE.parents[1]
OUT = ROOT / "corpora" / "authored"

PLANS, plan_builder, write_gold = mb.builder_registry("make_blind_corpus47.py")
E = lambda s: _h.escape(s, quote=False)  # noqa: E731
PATTERNS = ("*.docx", "*.odt", "*.html", "*.pdf", "*.gold.yaml")


def _gold(plan: Plan, pdf: Path, *, leftovers: tuple[str, ...] = (), **kw) -> Path:
    """write_gold with the pages looked up as pdftotext reads them (blindkit.gold_by_pdftotext), then the
    editorial leftovers appended (make_blind_corpus41._leftovers)."""
    path = bk.gold_by_pdftotext(write_gold, plan, pdf, **kw)
    if leftovers:
        mb41._leftovers(path, pdf, leftovers)
    return path


# =========================================================================== 1 bokmål list in one cell (python-docx)

NB_SLUG = "tidlig-innsats-cellelister-nb"
NB_GOALS = [
    ("G1", "Gravide og småbarnsforeldre i Steinvåg skal få støtte tidlig når de trenger det"),
    ("G2", "Barn og unge som strever, skal bli oppdaget tidlig og få hjelp i barnehagen og skolen"),
    ("G3", "Ungdom skal ha en trygg voksen å snakke med og et lavterskeltilbud som er lett å finne"),
    ("G4", "Tjenestene skal samarbeide slik at familiene møter én dør inn"),
]
NB_LEFTOVER = "[sett inn tall fra Elevundersøkelsen 2026]"
# (id, nr, measure text (without the closing parenthesis), goal, owner as printed or '', owners, deadline as
#  printed or None, kind, note, the closing parenthesis as printed or None (no parenthesis))
NB_ROWS = [
    ("T1.1", "1", "Tilby hjemmebesøk fra jordmor og helsesykepleier til alle førstegangsforeldre", "G1",
     "Helsestasjonen", ["Helsestasjonen"], "2027", "period", "", "Helsestasjonen, 2027"),
    ("T1.2", "2", "Starte foreldregrupper for nybakte foreldre med minoritetsbakgrunn", "G1",
     "Helsestasjonen og Flyktningtjenesten", ["Helsestasjonen", "Flyktningtjenesten"], "høst 2027", "period",
     "two owners joined by 'og'", "Helsestasjonen og Flyktningtjenesten, høst 2027"),
    ("T1.3", "3", "Tilby kurset «Trygghetssirkelen» (COS-P) til foreldre med barn under tre år", "G1",
     "Familiesenteret", ["Familiesenteret"], "hvert halvår", "recurring",
     "the text has a parenthesis of its own '(COS-P)'; the closing one holds owner and deadline; recurring",
     "Familiesenteret, hvert halvår"),
    ("T1.4", "4", "Innføre en fast samtale om rus og vold i svangerskapsomsorgen", "G1", "Jordmortjenesten",
     ["Jordmortjenesten"], "1.3.2028", "date", "a date", "Jordmortjenesten, 1.3.2028"),
    ("T2.1", "1", "Ta i bruk stafettloggen for barn det er knyttet bekymring til, i alle barnehager og skoler",
     "G2", "Oppvekstkontoret", ["Oppvekstkontoret"], "1. halvår 2028", "period", "",
     "Oppvekstkontoret, 1. halvår 2028"),
    ("T2.2", "2", "Gi alle ansatte i barnehagene opplæring i å snakke med barn om vanskelige tema", "G2",
     "alle barnehager", ["alle barnehager"], "2028", "period", "'alle barnehager' diffuse",
     "alle barnehager, 2028"),
    ("T2.3", "3", "Etablere et tverrfaglig team med PPT, helsesykepleier og barnevern på hver skole", "G2",
     "PPT og Barnevernet", ["PPT", "Barnevernet"], "skoleåret 2027/28", "period",
     "two owners; the actors named in the text (helsesykepleier) are not owners; a school year",
     "PPT og Barnevernet, skoleåret 2027/28"),
    ("T2.4", "4", "Tilby sommerskole og leksehjelp til elever som henger etter i lesing og regning", "G2",
     "Steinvåg ungdomsskole", ["Steinvåg ungdomsskole"], "hvert år", "recurring",
     "on the next page: the goal's row runs over the page break, the list goes on under the repeated header; "
     "recurring", "Steinvåg ungdomsskole, hvert år"),
    ("T2.5", "5", "Lage en felles plan for overgangen fra barnehage til skole for barn med særskilte behov", "G2",
     "", [], "2028", "period", "on the next page; the parenthesis holds only a year: no owner", "2028"),
    ("T3.1", "1", "Utvide åpningstiden på helsestasjon for ungdom til tre dager i uken", "G3", "Helsestasjonen",
     ["Helsestasjonen"], "1.8.2027", "date", "a date", "Helsestasjonen, 1.8.2027"),
    ("T3.2", "2", "Ansette en ungdomslos som følger opp ungdom som står i fare for å slutte på skolen", "G3",
     "Kultur og fritid", ["Kultur og fritid"], None, None,
     "one owner (one unit named with 'og'); the parenthesis holds only the owner: no deadline",
     "Kultur og fritid"),
    ("T3.3", "3", "Tilby samtalegrupper for ungdom med foreldre som har skilt seg", "G3", "Familiesenteret",
     ["Familiesenteret"], "løpende", "continuous", "continuous", "Familiesenteret, løpende"),
    ("T3.4", "4", "Opprette en chattetjeneste der ungdom kan stille spørsmål anonymt", "G3", "", [], None, None,
     "no closing parenthesis: no owner, no deadline", None),
    ("T4.1", "1", "Samle helsestasjon, PPT og barnevern i et familiens hus på Torget", "G4", "Kommunedirektøren",
     ["Kommunedirektøren"], "2031", "period", "'2031' after the plan period 2027–2030",
     "Kommunedirektøren, 2031"),
    ("T4.2", "2", "Innføre én fast kontaktperson for familier som får hjelp fra tre eller flere tjenester", "G4",
     "Koordinerende enhet", ["Koordinerende enhet"], "2. halvår 2028", "period", "",
     "Koordinerende enhet, 2. halvår 2028"),
    ("T4.3", "3", "Evaluere samarbeidsmodellen sammen med foreldre og ungdomsrådet", "G4",
     "Oppvekstkontoret og Helse og omsorg", ["Oppvekstkontoret", "Helse og omsorg"], "vår 2030", "period",
     "two owners, the second a unit named with 'og'", "Oppvekstkontoret og Helse og omsorg, vår 2030"),
]
NB_INDICATORS = {
    "G1": ["Andel førstegangsforeldre som får hjemmebesøk (2025: 74 %, mål 2030: 95 %)",
           "Andel foreldre som deltar i foreldregruppe"],
    "G2": ["Elever på 7. trinn som trives på skolen: " + NB_LEFTOVER,
           "Ventetid hos PPT (2025: 14 uker, mål: under 8 uker)",
           "Andel bekymringer som er drøftet i tverrfaglig team"],
    "G3": ["Ungdata 2026: 18 % av ungdommene har ingen voksen å snakke med",
           "Antall ungdom som bruker helsestasjon for ungdom"],
    "G4": ["Andel familier som har én kontaktperson", "Foreldrenes vurdering av samarbeidet (1–6)"],
}
NB_NOTE_AFTER = 2  # pt after the reading note: sets where the page break cuts goal 2's row (between items 3 and 4)
NB_TEXT = {
    "1 Innledning": [
        "Tidlig innsats betyr å gi hjelp så tidlig som mulig når et barn eller en ungdom strever, enten problemene "
        "viser seg tidlig i livet eller senere. Handlingsplanen viser hvordan Steinvåg kommune skal arbeide med "
        "tidlig innsats for barn, unge og familier i perioden 2027–2030.",
        "Planen følger opp kommuneplanens samfunnsdel og oppvekstreformen. Etter barnevernsloven skal kommunen ha "
        "et helhetlig ansvar for det forebyggende arbeidet, og etter barnehageloven og opplæringsloven skal "
        "barnehagen og skolen sørge for at barn som trenger det, får støtte tidlig. Disse pliktene er ikke mål i "
        "planen, men planens mål og tiltak bygger på dem.",
        "Planen er utarbeidet av en arbeidsgruppe med leder for helsestasjonen, PPT-leder, barnevernleder, "
        "rektor ved Steinvåg skole og to representanter fra ungdomsrådet. Barn og foreldre har gitt innspill i "
        "to dialogmøter høsten 2026.",
    ],
    "2 Status": [
        "Tallene under viser utviklingen de siste årene. Flere bekymringsmeldinger og flere henvisninger til PPT "
        "tyder på at mange får hjelp for sent.",
    ],
    "stats": [["", "2024", "2025", "2026"],
              ["Barn og unge 0–17 år", "3 412", "3 380", "3 351"],
              ["Bekymringsmeldinger til barnevernet", "121", "134", "139"],
              ["Henvisninger til PPT", "88", "97", "104"],
              ["Barn med vedtak om spesialpedagogisk hjelp", "41", "46", "52"]],
    "done": [
        "– Familiesenteret åpnet i mars 2024",
        "– Stafettloggen prøvd ut i to barnehager i 2025",
        "– Ungdomsrådet har hatt fast plass i arbeidsgruppen siden 2024",
    ],
    "3 Mål og tiltak": [
        "Planen har fire mål. Tabellen viser målene, tiltakene og hvordan vi måler om vi når målene. Tiltakene "
        "står som en nummerert liste i cellen for hvert mål. Etter hvert tiltak står ansvarlig enhet og frist i "
        "parentes. Kolonnen «Slik måler vi» viser indikatorene vi følger med på; de er ikke tiltak.",
    ],
    "4 Oppfølging": [
        "Oppvekstkontoret samordner arbeidet. Planen rulleres hvert år sammen med økonomiplanen, og "
        "oppvekstutvalget får en statusrapport i mai og november. Høsten 2029 starter arbeidet med en ny plan.",
    ],
    "process": [
        "– Statusrapport til oppvekstutvalget: mai og november hvert år",
        "– Rullering sammen med økonomiplanen: oktober 2027 og oktober 2028",
        "– Dialogmøte med ungdomsrådet om tiltakene for ungdom: våren 2028",
    ],
}


def _cell_list(cell, items: list[str], doc, abstract_id: int, *, size: float) -> None:
    """ITEMS as one Word numbered list (decimal, restarted at 1) filling CELL: the cell's first (empty)
    paragraph is replaced by the first item; every item kept on one page (keep lines together)."""
    num = dh.add_num(doc, abstract_id, restart_at=1)
    first = cell.paragraphs[0]
    for text in items:
        p = dh.list_item(cell, text, num, size=size, space_after=3)
        p.paragraph_format.keep_together = True
        p.paragraph_format.line_spacing = 1.0
    cell._tc.remove(first._p)


@plan_builder
def build_tidlig_innsats_cellelister_nb() -> tuple[Plan, Path]:
    """Bokmål handlingsplan (python-docx → LibreOffice) whose measure table 'Mål | Tiltak (ansvar, frist) | Slik
    måler vi' has ONE ROW PER GOAL: the measures are a Word numbered list inside the Tiltak cell, each item closing
    with '(<owner>, <deadline>)'; goal 2's row runs over the page break, its list going on under the repeated
    header row."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    slug = NB_SLUG
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    plan = Plan(
        slug=slug, language="nb", title="Handlingsplan for tidlig innsats 2027–2030", period=(2027, 2030),
        goals=[G(g, t) for g, t in NB_GOALS], measures=mb37._rows(NB_ROWS, 2030), source_ext="docx",
        notes="""
python-docx → LibreOffice Writer, A4 portrait, Liberation Sans 10 pt, Steinvåg kommune. Ruled header 'Steinvåg
kommune · Handlingsplan for tidlig innsats 2027–2030', footer 'Side n av N'. P. 1: title, 1 Innledning (the
barnevernsloven / barnehageloven / opplæringsloven 'skal' duties: traps, no goals; the working group names roles
and units: not owners), 2 Status (a statistics table 2024–2026: no measures, its years no deadlines; 'Dette har
vi fått til 2023–2026' lines: no measures), then 3 Mål og tiltak: a reading note and ONE ruled table 'Mål | Tiltak
(ansvar, frist) | Slik måler vi', header row dark and repeated on p. 2, ONE ROW PER GOAL: the Mål cell holds 'Mål
n' (bold) and the goal sentence (the GOALS); the Tiltak cell holds the goal's measures as a Word NUMBERED LIST
(generated numbers 1., 2., … restarting in every cell, hanging indent), each item '<measure text> (<owner>,
<deadline>)'; the 'Slik måler vi' cell holds '–' indicator lines (not measures; their years and percentages are
no deadlines). Goal 2's row is cut by the page break: items 1–3 on p. 1, items 4–5 on p. 2 under the repeated
header, beside an empty Mål cell (the goal's text only on p. 1). Goals 3 and 4 on p. 2; 4 Oppfølging and
'Årshjul for oppfølgingen' (process lines with months and years: no measures, no deadlines). Gold: MEASURES = the
item text without the number and without the closing parenthesis, linked to the goal of the row. T1.3's text has
its own parenthesis '(COS-P)' before the closing one. OWNERS = the part before the comma in the closing
parenthesis ('Helsestasjonen og Flyktningtjenesten', 'PPT og Barnevernet', 'Oppvekstkontoret og Helse og omsorg'
two each; 'Kultur og fritid' ONE unit; 'alle barnehager' diffuse; T2.5's parenthesis holds only '2028' and T3.4
has none = no owner). DEADLINE = the part after the comma ('2027', 'høst 2027', '1. halvår 2028', '2028',
'skoleåret 2027/28', '2. halvår 2028', 'vår 2030' periods; '1.3.2028', '1.8.2027' dates; 'løpende' continuous;
'hvert halvår', 'hvert år' recurring; '2031' after 2027–2030; T3.2's parenthesis holds only the owner and T3.4
has none = no deadline). The indicator line '… trives på skolen: [sett inn tall fra Elevundersøkelsen 2026]' is
an EDITORIAL LEFTOVER.
""")
    font, dark = "Liberation Sans", "1D4E6B"
    doc = dh.new_document(font=font, size=10, margins_mm=20, heading_color=dark)
    mb.docx_lang(doc, "nb-NO")
    sec = doc.sections[0]
    sec.top_margin = dh.Mm(18)
    sec.bottom_margin = dh.Mm(17)
    dh.ruled_header(sec, "Steinvåg kommune · Handlingsplan for tidlig innsats 2027–2030", size=8.5)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    dh.page_of_footer(fp, "Side ", " av ", "2", size=8.5)
    dh.para(doc, "STEINVÅG KOMMUNE", size=10, bold=True, color=dark, space_after=2)
    dh.para(doc, plan.title, size=22, bold=True, color=dark, space_after=2)
    dh.para(doc, "Vedtatt av kommunestyret 9. desember 2026, sak 88/26", size=9.5, italic=True, space_after=4)
    dh.heading(doc, "1 Innledning", 1)
    for t in NB_TEXT["1 Innledning"]:
        dh.para(doc, t, space_after=6)
    dh.heading(doc, "2 Status", 1)
    for t in NB_TEXT["2 Status"]:
        dh.para(doc, t, space_after=6)
    widths = [80, 25, 25, 25]
    t = dh.new_table(doc, widths)
    for i, r in enumerate(NB_TEXT["stats"]):
        dh.add_row(t, r, widths, size=9, bold=i == 0, fill="DDE8EF" if i == 0 else None)
    dh.para(doc, "Kilde: Kommunens fagsystemer og SSB.", size=8.5, italic=True, space_before=3, space_after=3)
    dh.heading(doc, "Dette har vi fått til 2023–2026", 2)
    for ln in NB_TEXT["done"]:
        dh.para(doc, ln, space_after=2)
    dh.heading(doc, "3 Mål og tiltak", 1)
    for t in NB_TEXT["3 Mål og tiltak"]:
        dh.para(doc, t, space_after=NB_NOTE_AFTER)
    widths = [46, 88, 36]
    table = dh.new_table(doc, widths)
    head = dh.add_row(table, ["Mål", "Tiltak (ansvar, frist)", "Slik måler vi"], widths, size=9.5, bold=True,
                      fill="1D4E6B")
    for c in head.cells:
        for r in c.paragraphs[0].runs:
            r.font.color.rgb = dh.RGBColor.from_string("FFFFFF")
    dh.set_repeat_header(head)
    dh.set_cant_split(head)
    aid = dh.add_abstract_num(doc, "decimal")
    for gi, (g, gt) in enumerate(NB_GOALS, 1):
        row = dh.add_row(table, [f"**Mål {gi}**\n{gt}", "", "\n".join(f"– {x}" for x in NB_INDICATORS[g])], widths,
                         size=9)
        shade_goal = row.cells[0]
        dh.shade(shade_goal, "EAF1F5")
        items = [text + (f" ({paren})" if paren else "")
                 for _id, _nr, text, gg, _w, _o, _d, _k, _n, paren in NB_ROWS if gg == g]
        _cell_list(row.cells[1], items, doc, aid, size=9)
    dh.para(doc, "", space_after=4)
    dh.heading(doc, "4 Oppfølging", 1)
    for t in NB_TEXT["4 Oppfølging"]:
        dh.para(doc, t, space_after=6)
    dh.heading(doc, "Årshjul for oppfølgingen", 2)
    for ln in NB_TEXT["process"]:
        dh.para(doc, ln, space_after=2)
    for p in doc.paragraphs:
        for r in p.runs:
            if r.font.size is None:
                r.font.size = Pt(10)
    dh.set_core_properties(doc, title=plan.title, author="Steinvåg kommune")
    src = d / f"{slug}.docx"
    dh.save_deterministic(doc, src)
    pdf = bk.soffice_pdf(src)
    _gold(plan, pdf, leftovers=(NB_LEFTOVER,))
    return plan, pdf


# =========================================================================== 2 nynorsk A5 hefte, 2 pages a sheet (reportlab)

NN_SLUG = "barnehage-hefte-utskyting-nn"
NN_GOALS = [
    ("G1", "Alle barn skal ha minst éin god ven i barnehagen"),
    ("G2", "Barna skal møte eit rikt og variert språkmiljø kvar dag"),
    ("G3", "Barn som treng ekstra støtte, skal få hjelp tidleg og utan lang ventetid"),
    ("G4", "Foreldra skal vere trygge på at barnet har det godt i barnehagen"),
]
NN_PHOTO_MM = 86  # height of the picture on A5 p. 4: it sets where the goal tables cross the A5 page boundaries
NN_LEFTOVER = "(Kari: skal vi ta med dei private barnehagane her?)"
# (id, nr, Tiltak, goal, Ansvarleg as printed, owners, Frist as printed or None, kind, note)
NN_ROWS = [
    ("T1.1", "1.1", "Innføre faste vennskapsgrupper på alle avdelingar", "G1", "Alle styrarar",
     ["Alle styrarar"], "haust 2027", "period", "'Alle styrarar' diffuse"),
    ("T1.2", "1.2", "Gje alle tilsette kurs i relasjonskompetanse og leikeleiing", "G1", "Oppvekstkontoret",
     ["Oppvekstkontoret"], "2028", "period", ""),
    ("T1.3", "1.3", "Observere trivselen til kvart barn to gonger i året med eit felles skjema", "G1",
     "Oppvekstkontoret og PPT", ["Oppvekstkontoret", "PPT"], "kvart år", "recurring",
     "two owners joined by 'og'; recurring"),
    ("T1.4", "1.4", "Lage uteområde med fleire leikesoner i Sjøbakken og Nordvik barnehagar", "G1", "Eigedom",
     ["Eigedom"], "2029", "period", ""),
    ("T2.1", "2.1", "Kartleggje språket til alle fireåringar saman med foreldra", "G2", "Helsestasjonen og PPT",
     ["Helsestasjonen", "PPT"], "barnehageåret 2027/28", "period", "two owners; a kindergarten year"),
    ("T2.2", "2.2", "Opprette ei språkgruppe for fleirspråklege barn i kvar barnehage", "G2",
     "Barnehagefagleg rådgjevar", ["Barnehagefagleg rådgjevar"], "1.8.2027", "date", "a date"),
    ("T2.3", "2.3", "Låne ut bokposar med bøker på fleire språk frå biblioteket", "G2", "Kultur og fritid",
     ["Kultur og fritid"], "løpande", "continuous", "one owner (one unit named with 'og'); continuous"),
    ("T2.4", "2.4", "Gje assistentar utan fagutdanning tilbod om fagbrev som barne- og ungdomsarbeidar", "G2",
     "Personal og organisasjon", ["Personal og organisasjon"], "2029", "period",
     "one owner (one unit named with 'og')"),
    ("T2.5", "2.5", "Lage ein plan for daglege lesestunder med bøker på norsk og på morsmålet til barna", "G2",
     "Barnehagefagleg rådgjevar", ["Barnehagefagleg rådgjevar"], "vår 2029", "period", ""),
    ("T3.1", "3.1", "Etablere eit tverrfagleg team med PPT og helsestasjonen i kvar barnehage", "G3", "PPT",
     ["PPT"], "vår 2028", "period", "the actors named in the text are not owners"),
    ("T3.2", "3.2", "Korte ned ventetida for sakkunnig vurdering til under tolv veker", "G3", "", [], "2028",
     "period", "empty Ansvarleg cell: no owner"),
    ("T3.3", "3.3", "Lage ein felles rutine for samarbeid med barnevernet når barnehagen er uroa for eit barn",
     "G3", "Oppvekstkontoret og Barnevernet", ["Oppvekstkontoret", "Barnevernet"], None, None,
     "two owners; empty Frist cell: no deadline"),
    ("T3.4", "3.4", "Gje styrarane rettleiing i å skrive gode tilvisingar til PPT", "G3", "PPT", ["PPT"],
     "haust 2028", "period", ""),
    ("T4.1", "4.1", "Tilby alle foreldre ein oppstartsamtale og ein samtale kvar haust", "G4", "Alle barnehagar",
     ["Alle barnehagar"], "haust 2027", "period", "'Alle barnehagar' diffuse"),
    ("T4.2", "4.2", "Ta i bruk ei felles digital løysing for meldingar mellom barnehage og heim", "G4", "IKT",
     ["IKT"], "1. halvår 2028", "period", ""),
    ("T4.3", "4.3", "Evaluere planen saman med foreldreråda i barnehagane", "G4", "Oppvekstkontoret",
     ["Oppvekstkontoret"], "2031", "period", "'2031' after the plan period 2027–2030"),
]
NN_WHY = {
    "G1": "Barn som har ein ven, trivst betre og lærer meir. I foreldreundersøkinga 2026 svarte 9 av 10 at barnet "
          "deira har ein ven i barnehagen, men i nokre barnegrupper var delen lågare. Vennskap oppstår i leik, og "
          "dei vaksne må vere til stades og hjelpe barn som står utanfor leiken.",
    "G2": "Språket er nøkkelen til leik, læring og vennskap. Stadig fleire barn i Eikevåg har eit anna morsmål "
          "enn norsk – 18 prosent i 2026 mot 14 prosent i 2024 –, og mange treng meir tid saman med vaksne som snakkar med dei, les for dei og set ord på "
          "det dei opplever. Dei tilsette treng òg meir kunnskap om korleis barn lærer to språk samstundes, og "
          "foreldra treng råd om korleis dei kan halde oppe morsmålet heime. Biblioteket er ein viktig "
          "samarbeidspartnar, og det same er helsestasjonen, som møter alle familiane.",
    "G3": "Når eit barn strevar, er det viktig å kome i gang tidleg. I dag ventar barna i snitt fem månader på "
          "sakkunnig vurdering frå PPT, og barnehagane opplever at det er uklart kven dei skal kontakte når dei "
          "er uroa for eit barn.",
    "G4": "Eit godt samarbeid med heimen gjer barnehagedagen betre for barnet. Foreldra ønskjer meir informasjon "
          "om kvardagen i barnehagen og meir tid til samtale med dei tilsette.",
}
NN_SIGNS = {
    "G1": ["Del barn som har ein ven i barnehagen, ifølgje foreldreundersøkinga (2026: 90 %, mål: 97 %)",
           "Del barn som vert observerte utanfor leiken over tid",
           "Del tilsette som har fullført kurs i leikeleiing"],
    "G2": ["Del tilsette som har fullført kurs i språkarbeid (mål 2030: 80 %)",
           "Utlån av bøker på andre språk enn norsk"],
    "G3": ["Ventetid for sakkunnig vurdering (2026: 22 veker)", "Del saker drøfta i tverrfagleg team"],
    "G4": ["Foreldra sin tilfredsheit i foreldreundersøkinga (2026: 4,3 av 5)", "Svarprosent i undersøkinga"],
}
NN_TOC_SHORT = [("Forord", "2"), ("Barnehagane i Eikevåg", "3"), ("Mål og tiltak", "4"),
                ("Mål 1 Vennskap og leik", "4"), ("Mål 2 Språk", "5"), ("Mål 3 Tidleg hjelp", "6"),
                ("Mål 4 Samarbeid med heimen", "7"), ("Oppfølging", "7")]


NN_A5_PAGES = 8
# the A5 page each measure is printed on (the layout as built; --verify checks it against the PDF)
NN_A5 = {"T1.1": 4, "T1.2": 5, "T1.3": 5, "T1.4": 5, "T2.1": 5, "T2.2": 5, "T2.3": 5, "T2.4": 5, "T2.5": 6,
         "T3.1": 6, "T3.2": 6, "T3.3": 6, "T3.4": 6, "T4.1": 7, "T4.2": 7, "T4.3": 7}


def _booklet_order(n: int) -> list[tuple[int, int]]:
    """The (left, right) A5 pages of each sheet side of an N-page saddle-stitched booklet, in print order:
    for 8 pages 8 | 1, 2 | 7, 6 | 3, 4 | 5."""
    return [(n - i, i + 1) if i % 2 == 0 else (i + 1, n - i) for i in range(n // 2)]


def _booklet_place(a5: int, n: int) -> tuple[int, str]:
    """(PDF page, 'left' | 'right') of A5 page A5 in an N-page booklet imposed by _booklet_order."""
    for i, pair in enumerate(_booklet_order(n), 1):
        if a5 in pair:
            return i, "left" if pair[0] == a5 else "right"
    raise ValueError(a5)


def _booklet_canvas(n_pages: int, sheet):
    """A reportlab canvas class that IMPOSES what is drawn on it: every page the document template draws (A5) is
    kept as a form XObject, and at save time the N_PAGES pages are placed two to a SHEET side in booklet order
    (_booklet_order), as imposition software places them, with short fold marks at the middle of the sheet."""
    from reportlab.pdfgen.canvas import Canvas

    class BookletCanvas(Canvas):
        def __init__(self, *a, **kw):
            super().__init__(*a, **kw)
            self._a5 = 0
            self._next_form()

        def _next_form(self):
            self._a5 += 1
            self.beginForm(f"A5p{self._a5}")

        def showPage(self):
            self.endForm()
            self._next_form()

        def save(self):
            self.endForm()  # the empty form opened after the last page
            if self._a5 - 1 != n_pages:
                raise SystemExit(f"booklet: {self._a5 - 1} A5 pages drawn, {n_pages} expected")
            sw, sh = sheet
            for left, right in _booklet_order(n_pages):
                self.setPageSize(sheet)
                for k, page in enumerate((left, right)):
                    self.saveState()
                    self.translate(k * sw / 2, 0)
                    self.doForm(f"A5p{page}")
                    self.restoreState()
                self.setLineWidth(0.3)
                self.line(sw / 2, sh, sw / 2, sh - 4 * 2.8346)
                self.line(sw / 2, 0, sw / 2, 4 * 2.8346)
                Canvas.showPage(self)
            Canvas.save(self)

    return BookletCanvas


def _photo(width: float, height: float, colors):
    """A flat drawn picture (children's playground: sky, hill, sun, a swing) standing in for a photo."""
    from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, Rect

    w, h = width, height
    dr = Drawing(w, h)
    dr.add(Rect(0, 0, w, h, fillColor=colors.HexColor("#cfe3ea"), strokeColor=None))
    dr.add(Polygon([0, 0, 0, h * .35, w * .3, h * .5, w * .65, h * .32, w, h * .45, w, 0],
                   fillColor=colors.HexColor("#8fbf9a"), strokeColor=None))
    dr.add(Circle(w * .82, h * .75, h * .12, fillColor=colors.HexColor("#f2c14e"), strokeColor=None))
    for x in (w * .22, w * .38):
        dr.add(Line(x, h * .42, w * .3, h * .8, strokeColor=colors.HexColor("#7a4b2a"), strokeWidth=3))
    dr.add(Line(w * .3, h * .8, w * .3, h * .56, strokeColor=colors.HexColor("#444444"), strokeWidth=1))
    dr.add(Rect(w * .28, h * .52, w * .04, h * .04, fillColor=colors.HexColor("#c0392b"), strokeColor=None))
    return dr


@plan_builder
def build_barnehage_hefte_utskyting_nn() -> tuple[Plan, Path]:
    """Nynorsk kvalitetsplan for barnehagane made as an A5 HEFTE (8 pages) and published as the PRINTER'S FILE,
    IMPOSED FOR SADDLE STITCHING (reportlab): each A4 landscape sheet side holds two A5 pages in booklet order —
    8 | 1, 2 | 7, 6 | 3, 4 | 5 —, each A5 page with its own margins, running head and page label; the text and
    the goal tables run over the A5 page boundaries in reading order, which jumps between the halves and back to
    an earlier PDF page."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, A5, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        BaseDocTemplate,
        CondPageBreak,
        Frame,
        PageBreak,
        PageTemplate,
        Paragraph,
        Spacer,
        Table,
        TableStyle,
    )

    slug = NN_SLUG
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    title = "Kvalitetsplan for barnehagane i Eikevåg 2027–2030"
    measures = mb37._rows(NN_ROWS, 2030)
    for m in measures:  # where each measure stands: its A5 page and the half of the PDF page that prints it
        page, half = _booklet_place(NN_A5[m.id], NN_A5_PAGES)
        m.note = f"A5 p. {NN_A5[m.id]}, {half} half of PDF p. {page}" + (f"; {m.note}" if m.note else "")
    plan = Plan(
        slug=slug, language="nn", title=title, period=(2027, 2030), goals=[G(g, t) for g, t in NN_GOALS],
        measures=measures, source_ext="pdf", notes=NN_NOTES)
    f = bk.reportlab_fonts("LS")
    reg, bold, ital = f["normal"], f["bold"], f["italic"]
    ink, green, grey = colors.HexColor("#1f2a24"), colors.HexColor("#2e6b4f"), colors.HexColor("#666666")
    pale = colors.HexColor("#e4efe8")
    body = ParagraphStyle("b", fontName=reg, fontSize=9.5, leading=13, textColor=ink, spaceAfter=4)
    why = ParagraphStyle("w", parent=body, fontName=ital, spaceAfter=5)
    h1 = ParagraphStyle("h1", fontName=bold, fontSize=15, leading=18, textColor=green, spaceBefore=2, spaceAfter=6)
    h2 = ParagraphStyle("h2", fontName=bold, fontSize=10.5, leading=13, textColor=green, spaceBefore=6,
                        spaceAfter=3)
    lab = ParagraphStyle("lab", fontName=bold, fontSize=8.5, leading=10, textColor=green, spaceBefore=8,
                         spaceAfter=1, keepWithNext=1)
    goal = ParagraphStyle("g", fontName=bold, fontSize=10.5, leading=13.2, textColor=ink, spaceAfter=4,
                          keepWithNext=1)
    cell = ParagraphStyle("c", fontName=reg, fontSize=8.8, leading=11, textColor=ink)
    cellh = ParagraphStyle("ch", parent=cell, fontName=bold, textColor=colors.white)
    toc = ParagraphStyle("t", parent=body, spaceAfter=2)
    HW, SH = A5
    top, bot, side = 17 * mm, 19 * mm, 14 * mm
    fw, fh = HW - 2 * side, SH - top - bot
    frames = [Frame(side, bot, fw, fh, id="a5", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)]

    def cover(c):
        x0 = 0
        c.setFillColor(green)
        c.rect(x0 + 3 * mm, SH * 0.38, HW - 6 * mm, SH * 0.62 - 3 * mm, stroke=0, fill=1)
        c.setFillColor(colors.HexColor("#f2c14e"))
        c.circle(x0 + HW - 34 * mm, SH - 34 * mm, 13 * mm, stroke=0, fill=1)
        c.setFillColor(colors.HexColor("#9cc5a8"))
        p = c.beginPath()
        p.moveTo(x0 + 3 * mm, SH * 0.38)
        p.curveTo(x0 + 40 * mm, SH * 0.52, x0 + 80 * mm, SH * 0.44, x0 + HW - 3 * mm, SH * 0.50)
        p.lineTo(x0 + HW - 3 * mm, SH * 0.38)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont(bold, 11)
        c.drawString(x0 + side, SH - 24 * mm, "EIKEVÅG KOMMUNE")
        c.setFont(bold, 21)
        for i, ln in enumerate(("Kvalitetsplan for", "barnehagane i Eikevåg")):
            c.drawString(x0 + side, SH - 52 * mm - i * 25, ln)
        c.setFont(reg, 17)
        c.drawString(x0 + side, SH - 52 * mm - 2 * 25 - 4, "2027–2030")
        c.setFillColor(ink)
        c.setFont(reg, 10)
        c.drawString(x0 + side, SH * 0.38 - 14 * mm, "Leik, språk og tryggleik for alle barn")
        c.setFont(reg, 8.5)
        c.setFillColor(grey)
        c.drawString(x0 + side, 16 * mm, "Oppvekst · Eikevåg kommune")

    def on_a5(c, doc):
        page = doc.page
        c.saveState()
        if page == 1:
            cover(c)
        elif page < NN_A5_PAGES:
            c.setFont(reg, 7.5)
            c.setFillColor(grey)
            c.drawString(side, SH - 11 * mm, "Kvalitetsplan for barnehagane 2027–2030")
            c.drawRightString(HW - side, SH - 11 * mm, "Eikevåg kommune")
            c.setStrokeColor(green)
            c.setLineWidth(0.5)
            c.line(side, SH - 12.5 * mm, HW - side, SH - 12.5 * mm)
            c.setFont(reg, 8.5)
            c.setFillColor(ink)
            c.drawCentredString(HW / 2, 10 * mm, str(page))
        c.restoreState()

    pdf = d / f"{slug}.pdf"
    doc = BaseDocTemplate(str(pdf), pagesize=A5, leftMargin=0, rightMargin=0, topMargin=0, bottomMargin=0,
                          title=title, author="Eikevåg kommune", invariant=1)
    doc.addPageTemplates([PageTemplate(id="a5", frames=frames, onPage=on_a5)])

    def P(t, st=body):
        return Paragraph(t, st)

    story = [Spacer(1, 1), PageBreak()]  # A5 page 1 is the cover, drawn on the canvas
    # A5 page 2: contents and foreword
    story.append(P("Innhald", h1))
    trows = [[P(t, toc), P(n, toc)] for t, n in NN_TOC_SHORT]
    tt = Table(trows, colWidths=[fw - 12 * mm, 12 * mm])
    tt.setStyle(TableStyle([("ALIGN", (1, 0), (1, -1), "RIGHT"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                            ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 1),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                            ("LEFTPADDING", (0, 3), (0, 6), 5 * mm),
                            ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#cfdcd3"))]))
    story += [tt, Spacer(1, 6 * mm), P("Forord", h1)]
    for t in NN_TEXT["Forord"]:
        story.append(P(t))
    story.append(P("Ingrid Løvås<br/>kommunalsjef for oppvekst", ParagraphStyle("sig", parent=body, fontName=ital)))
    story.append(PageBreak())
    # A5 page 3: background
    story.append(P("Barnehagane i Eikevåg", h1))
    for t in NN_TEXT["Bakgrunn"]:
        story.append(P(t))
    story.append(P("Dette seier tala", h2))
    frows = [[P(x, cellh if i == 0 else cell) for x in r] for i, r in enumerate(NN_TEXT["tal"])]
    ft = Table(frows, colWidths=[fw - 3 * 16 * mm, 16 * mm, 16 * mm, 16 * mm])
    ft.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), green), ("GRID", (0, 0), (-1, -1), 0.3, green),
                            ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    story += [ft, P("Dette har vi fått til 2023–2026", h2)]
    for t in NN_TEXT["done"]:
        story.append(P(t, ParagraphStyle("d", parent=body, spaceAfter=1.5)))
    story.append(P("Slik les du planen", h2))
    story.append(P(NN_TEXT["guide"] + " " + NN_LEFTOVER))
    story.append(PageBreak())
    # A5 pages 4–7: goals and tables, flowing over the page boundaries
    story.append(P("Mål og tiltak", h1))
    story.append(P(NN_TEXT["mål"]))
    story.append(_photo(fw, NN_PHOTO_MM * mm, colors))
    story.append(P("Leik på Sjøbakken barnehage. Foto: Eikevåg kommune", ParagraphStyle(
        "cap", parent=body, fontName=ital, fontSize=8, leading=10, textColor=grey, spaceBefore=2, spaceAfter=2)))
    for gi, (g, gt) in enumerate(NN_GOALS, 1):
        head = [P(f"Mål {gi}", lab), P(gt, goal), P(NN_WHY[g], why)]
        rows = [[P(x, cellh) for x in ("Nr.", "Tiltak", "Ansvarleg", "Frist")]]
        for _id, nr, text, gg, who, _o, when, _k, _n in NN_ROWS:
            if gg == g:
                rows.append([P(nr, cell), P(text, cell), P(who, cell), P(when or "", cell)])
        t = Table(rows, colWidths=[9 * mm, fw - 9 * mm - 29 * mm - 27 * mm, 29 * mm, 27 * mm], repeatRows=1)
        t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), green), ("GRID", (0, 0), (-1, -1), 0.3, green),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 2),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                               ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, pale])]))
        signs = ParagraphStyle("sl", parent=body, fontName=bold, spaceBefore=5, spaceAfter=1, keepWithNext=1)
        story += [CondPageBreak(45 * mm), *head, t, P("Slik ser vi at vi lukkast:", signs)]
        story += [P(f"– {x}", ParagraphStyle("il", parent=body, spaceAfter=1)) for x in NN_SIGNS[g]]
        story.append(Spacer(1, 4 * mm))
    story.append(P("Oppfølging", h1))
    for t in NN_TEXT["Oppfølging"]:
        story.append(P(t))
    story.append(PageBreak())
    # A5 page 8: back cover
    story.append(Spacer(1, 95 * mm))
    for t in NN_TEXT["bak"]:
        story.append(P(t, ParagraphStyle("bk", parent=body, fontSize=8.5, leading=11.5, textColor=grey)))
    doc.build(story, canvasmaker=_booklet_canvas(NN_A5_PAGES, landscape(A4)))
    _gold(plan, pdf, leftovers=(NN_LEFTOVER,))
    return plan, pdf


NN_TEXT = {
    "Forord": [
        "Barnehagen er den første delen av utdanningsløpet, og for dei fleste barna i Eikevåg er han ein stor "
        "del av kvardagen. Vi skal gje alle barn ein trygg og god barnehagedag, der dei får leike, lære og ha "
        "vener.",
        "Denne planen viser kva barnehagane i Eikevåg skal arbeide særleg med dei neste fire åra. Han er laga "
        "saman med styrarane, foreldrerepresentantar, PPT og helsestasjonen. Takk til alle som har bidrege!",
    ],
    "Bakgrunn": [
        "Eikevåg har elleve barnehagar, sju kommunale og fire private. Planen gjeld dei kommunale barnehagane, "
        "og dei private er inviterte til å vere med.",
        "Etter barnehagelova skal barnehagen i samarbeid og forståing med heimen ta vare på barna sine behov for "
        "omsorg og leik. Rammeplanen seier at barnehagen skal fremje læring og danning som grunnlag for allsidig "
        "utvikling. Dette er krav til alle barnehagar og ikkje mål i denne planen.",
    ],
    "tal": [["", "2024", "2025", "2026"], ["Barn i barnehage", "612", "628", "641"],
            ["Del barn med anna morsmål enn norsk", "14 %", "16 %", "18 %"],
            ["Del tilsette med barnehagelærarutdanning", "41 %", "43 %", "44 %"],
            ["Ventetid for sakkunnig vurdering (veker)", "19", "21", "22"]],
    "done": ["– Alle kommunale barnehagar har teke i bruk språkløyper", "– Ny barnehage på Sjøbakken opna i 2025",
             "– Felles plan for overgangen barnehage–skule frå 2024"],
    "mål": "Planen har fire mål. Måla byggjer på det foreldre, tilsette og barn har sagt i foreldreundersøkinga, "
           "i personalmøte og i barnesamtalar hausten 2026. Dei fire måla gjeld alle dei kommunale "
           "barnehagane, og kvar barnehage vel sjølv korleis han arbeider med måla i årsplanen sin.",
    "guide": "For kvart mål står kvifor målet er viktig og ein tabell med tiltaka: kva vi skal gjere, kven som har "
             "ansvaret og fristen.",
    "Oppfølging": [
        "Oppvekstkontoret følgjer opp planen og rapporterer til oppvekstutvalet kvar vår. Barnehagane lagar "
        "kvart år ein årsplan som viser korleis dei arbeider med måla.",
        "Tidsplan for oppfølginga:",
        "– Statusrapport til oppvekstutvalet: april 2028 og april 2029",
        "– Ny foreldreundersøking: november 2027 og november 2029",
        "– Arbeidet med ny plan startar: januar 2030",
    ],
    "bak": ["Eikevåg kommune · Oppvekst", "Postboks 40, 5990 Eikevåg · telefon 56 12 40 00",
            "Vedteken av kommunestyret 9. desember 2026, sak 101/26",
            "Planen finst òg på eikevag.kommune.no/barnehage"],
}
NN_NOTES = """
reportlab (Liberation Sans), Eikevåg kommune, Oppvekst: an A5 HEFTE of 8 pages published as the PRINTER'S FILE,
IMPOSED FOR SADDLE STITCHING: every PDF page is one side of an A4 LANDSCAPE sheet holding two A5 pages side by
side in BOOKLET ORDER — PDF p. 1 = A5 8 | 1 (back cover | cover), p. 2 = 2 | 7, p. 3 = 6 | 3, p. 4 = 4 | 5 — as
imposition software places them (each A5 page a form XObject; short fold marks at the middle of the sheet). Each
A5 page has its own margins, running head ('Kvalitetsplan for barnehagane 2027–2030' … 'Eikevåg kommune' over a
green rule) and page label centred at its foot (cover and back cover none), so the reading order 1–8 runs right
half of p. 1, left of p. 2, right of p. 3, left of p. 4, right of p. 4, left of p. 3, right of p. 2, left of p. 1.
GOLD PAGES ARE PDF PAGES, never the printed A5 labels; each measure's comment names its A5 page and half. A5 p. 2
(left of PDF p. 2): 'Innhald' (a typed contents list with A5 page numbers naming the goals by SHORT names 'Mål 1
Vennskap og leik' …: no goals) and 'Forord' ('Vi skal gje alle barn ein trygg og god barnehagedag': no goal; the
partners named are no owners). A5 p. 3 (right of PDF p. 3): 'Barnehagane i Eikevåg' (barnehagelova and
rammeplanen 'skal': traps, no goals), 'Dette seier tala' table (years are no deadlines), 'Dette har vi fått til
2023–2026' lines (no measures), 'Slik les du planen' whose last sentence is a note to a colleague '(Kari: skal vi
ta med dei private barnehagane her?)': an EDITORIAL LEFTOVER. A5 pp. 4–7: 'Mål og tiltak' (intro, a drawn picture
with a photo caption), then per goal a label 'Mål n', the goal sentence in bold (the GOALS: G1 on A5 p. 4 and G2 on
A5 p. 5, both PDF p. 4; G3 on A5 p. 6, PDF p. 3; G4 on A5 p. 7, PDF p. 2), an italic reason paragraph, a table 'Nr.
| Tiltak | Ansvarleg | Frist' (MEASURES = the Tiltak cells, linked to the goal above in READING order) and 'Slik
ser vi at vi lukkast:' with '–' indicator lines (no measures; their years and percentages no deadlines). The
tables run over the A5 page boundaries with the header row repeated: goal 1's from A5 p. 4 to A5 p. 5 (left to
right half of PDF p. 4), goal 2's from A5 p. 5 to A5 p. 6 (from the right half of PDF p. 4 BACK to the left half
of PDF p. 3: T2.5 opens A5 p. 6 under the repeated header with no goal above it and belongs to goal 2). Then
'Oppfølging' with 'Tidsplan for oppfølginga' lines (process with months and years: no measures, no deadlines).
A5 p. 8: back cover (address, adoption line). OWNERS = the Ansvarleg cell ('Oppvekstkontoret og PPT',
'Helsestasjonen og PPT', 'Oppvekstkontoret og Barnevernet' two each; 'Kultur og fritid', 'Personal og
organisasjon' ONE unit each; 'Alle styrarar', 'Alle barnehagar' diffuse; empty = none). DEADLINE = the Frist cell
('haust 2027', '2028', 'barnehageåret 2027/28', '2029', 'vår 2029', 'vår 2028', 'haust 2028', '1. halvår 2028'
periods; '1.8.2027' date; 'løpande' continuous; 'kvart år' recurring; '2031' after 2027–2030; empty = none).
"""


# =========================================================================== 3 Danish slide handouts (Chromium)

DA_SLUG = "rekruttering-uddelingskopier-da"
DA_GOALS = [
    ("G1", "Flere unge skal vælge en uddannelse inden for social- og sundhedsområdet"),
    ("G2", "Flere medarbejdere skal arbejde på fuld tid"),
    ("G3", "Nye medarbejdere skal blive i jobbet det første år"),
    ("G4", "Medarbejderne skal have et sundt og sikkert arbejdsmiljø"),
]
DA_LEFTOVER = "[indsæt tal fra HR]"
# (id, nr, Indsats, goal, Ansvarlig as printed, owners, Hvornår as printed or None, kind, note, slide)
DA_ROWS = [
    ("A1.1", "", "Tilbyde erhvervspraktik på plejecentrene til alle elever i 9. klasse", "G1", "Plejecentrene",
     ["Plejecentrene"], "Hvert efterår", "recurring", "recurring", 4),
    ("A1.2", "", "Ansætte 20 flere elever på social- og sundhedsuddannelserne", "G1", "HR og Uddannelse",
     ["HR og Uddannelse"], "2028", "period", "one owner (one unit named with 'og')", 4),
    ("A1.3", "", "Lave en kampagne på sociale medier med SOSU-elever som ambassadører", "G1", "Kommunikation",
     ["Kommunikation"], "1. kvartal 2027", "period", "a quarter", 4),
    ("A2.1", "", "Slå alle faste stillinger op som fuldtidsstillinger", "G2", "Alle ledere", ["Alle ledere"],
     "Løbende", "continuous", "'Alle ledere' diffuse; continuous", 5),
    ("A2.2", "", "Afprøve nye vagtplaner med længere vagter i weekenden", "G2", "Hjemmeplejen og Plejecentrene",
     ["Hjemmeplejen", "Plejecentrene"], "Efteråret 2027", "period", "two owners joined by 'og'", 5),
    ("A2.3", "", "Give deltidsansatte ret til at sige ja til flere timer", "G2", "", [], "1. august 2027", "date",
     "empty Ansvarlig cell: no owner; a date", 5),
    ("A2.5", "", "Gennemføre en ønskerunde om arbejdstid med alle deltidsansatte og tilbyde flere timer, hvor det "
     "er muligt", "G2", "HR og Uddannelse", ["HR og Uddannelse"], "2. halvår 2027", "period",
     "one owner (one unit named with 'og')", 5),
    ("A2.4", "", "Oprette en fælles vikarpulje med faste medarbejdere på fuld tid", "G2", "Ældre og Sundhed",
     ["Ældre og Sundhed"], None, None,
     "on the '(fortsat)' slide; one owner (one unit named with 'og'); empty Hvornår cell: no deadline; FOA named "
     "under the table is a partner, no owner", 6),
    ("A3.1", "", "Give alle nye medarbejdere en mentor de første seks måneder", "G3", "Plejecentrene",
     ["Plejecentrene"], "2027", "period", "", 7),
    ("A3.2", "", "Holde en trivselssamtale med alle nye medarbejdere efter tre måneder", "G3", "Hjemmeplejen",
     ["Hjemmeplejen"], "Foråret 2028", "period", "", 7),
    ("A3.3", "", "Tilbyde et introduktionsforløb til medarbejdere med udenlandsk uddannelse", "G3",
     "HR og Uddannelse og Sprogcentret", ["HR og Uddannelse", "Sprogcentret"], "2030", "period",
     "two owners, the first a unit named with 'og'; '2030' after the plan period 2027–2029", 7),
    ("A4.1", "", "Sætte loftlifte op i alle plejeboliger", "G4", "Ejendomme", ["Ejendomme"], "2028", "period", "",
     8),
    ("A4.2", "", "Uddanne en forflytningsvejleder på hver afdeling", "G4", "Arbejdsmiljøorganisationen",
     ["Arbejdsmiljøorganisationen"], "Hvert forår", "recurring", "recurring", 8),
]
DA_SLIDES = {
    2: ("Baggrund", [
        "Frem mod 2035 bliver der 45 % flere borgere over 80 år i Stavnsbjerg",
        "Hver fjerde medarbejder på ældreområdet går på pension inden 2032",
        "Personaleomsætning 2026: 24 % · Sygefravær 2026: " + DA_LEFTOVER,
        "Ældreloven: Kommunen skal sikre, at der er tilstrækkeligt og kvalificeret personale",
        "Handleplanen er lavet sammen med Hoved-MED, SOSU Stavnsbjerg og Jobcentret",
    ]),
    9: ("Det videre forløb", [
        "Høring i Ældrerådet og Hoved-MED: 25. januar – 15. februar 2027",
        "Byrådet vedtager handleplanen: 24. marts 2027",
        "Status til udvalget hvert halvår",
        "Ny handleplan fra 2030",
    ]),
}
DA_GOAL_SLIDES = {4: ("G1", "Mål 1 – Uddannelse"), 5: ("G2", "Mål 2 – Fuld tid"),
                  6: ("G2", "Mål 2 – Fuld tid (fortsat)"), 7: ("G3", "Mål 3 – Fastholdelse"),
                  8: ("G4", "Mål 4 – Arbejdsmiljø")}
DA_SLIDE_NOTES = {6: "Vikarpuljen aftales med FOA og tillidsrepræsentanterne.",
                  4: "Samarbejdspartnere: SOSU Stavnsbjerg, Jobcentret og UU-vejledningen"}


@plan_builder
def build_rekruttering_uddelingskopier_da() -> tuple[Plan, Path]:
    """Danish handleplan presented to the udvalg as a slide deck and printed as HANDOUTS, THREE SLIDES TO A PAGE
    with ruled note lines beside each slide (HTML → Chromium, as PowerPoint's 'Uddelingskopier (3 dias pr. side)'
    prints them): goals on one slide, one slide per goal with a table 'Indsats | Ansvarlig | Hvornår', one goal
    continued on a '(fortsat)' slide."""
    slug = DA_SLUG
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    title = "Handleplan for rekruttering og fastholdelse på ældreområdet 2027–2029"
    plan = Plan(
        slug=slug, language="da", title=title, period=(2027, 2029), goals=[G(g, t) for g, t in DA_GOALS],
        measures=mb37._rows(DA_ROWS, 2029), source_ext="html", notes=DA_NOTES)
    teal, ink = "#0f5c63", "#1c1c1c"
    css = f"""
@page {{ size: A4; margin: 0; }}
* {{ box-sizing: border-box; }}
html, body {{ margin: 0; padding: 0; -webkit-print-color-adjust: exact; print-color-adjust: exact; }}
body {{ font-family: 'Liberation Sans', sans-serif; color: {ink}; }}
.page {{ position: relative; width: 210mm; height: 297mm; overflow: hidden; break-after: page; }}
.page:last-child {{ break-after: auto; }}
.hd, .ft {{ position: absolute; left: 20mm; right: 20mm; font-size: 8pt; color: #444; }}
.hd {{ top: 10mm; }} .ft {{ bottom: 10mm; }}
.hd .r, .ft .r {{ position: absolute; right: 0; top: 0; }}
.slot {{ position: absolute; left: 20mm; width: 95mm; height: 53.44mm; border: 0.6pt solid #8a8a8a;
  overflow: hidden; }}
.lines {{ position: absolute; left: 124mm; width: 66mm; }}
.lines div {{ height: 6.6mm; border-bottom: 0.5pt solid #9a9a9a; }}
.slide {{ position: absolute; left: 0; top: 0; width: 1280px; height: 720px; zoom: {95 / 25.4 * 96 / 1280:.5f};
  background: #fff; }}
.band {{ position: absolute; left: 0; top: 0; width: 1280px; height: 18px; background: {teal}; }}
.st {{ position: absolute; left: 70px; top: 52px; right: 70px; font-size: 50px; font-weight: bold; color: {teal};
  line-height: 1.15; }}
.sb {{ position: absolute; left: 70px; top: 150px; right: 70px; font-size: 33px; line-height: 1.35; }}
.sb ul {{ margin: 0; padding-left: 36px; }} .sb li {{ margin-bottom: 14px; }}
.sf {{ position: absolute; left: 70px; right: 70px; bottom: 26px; font-size: 18px; color: #777; }}
.sf .n {{ position: absolute; right: 0; }}
table.t {{ border-collapse: collapse; width: 100%; font-size: 27px; }}
table.t th {{ background: {teal}; color: #fff; text-align: left; padding: 8px 12px; }}
table.t td {{ border-bottom: 1.5px solid #c4d6d8; padding: 9px 12px; vertical-align: top; line-height: 1.25; }}
.note {{ margin-top: 18px; font-size: 22px; color: #555; font-style: italic; }}
.title {{ background: {teal}; }}
.title .tt {{ position: absolute; left: 80px; top: 190px; right: 60px; font-size: 54px; font-weight: bold; color: #fff;
  line-height: 1.15; }}
.title .ts {{ position: absolute; left: 80px; top: 430px; font-size: 30px; color: #d8eeee; }}
.title .tk {{ position: absolute; left: 80px; top: 80px; font-size: 26px; color: #fff; letter-spacing: 2px;
  font-weight: bold; }}
"""

    def slide_html(k: int) -> str:
        foot = f"<div class='sf'>Stavnsbjerg Kommune · Ældre og Sundhed<span class='n'>{k}</span></div>"
        if k == 1:
            return ("<div class='slide title'><div class='tk'>STAVNSBJERG KOMMUNE</div>"
                    f"<div class='tt'>{E(title)}</div><div class='ts'>Social- og Sundhedsudvalget · 20. januar "
                    "2027<br>Ældre og Sundhed</div></div>")
        if k in DA_SLIDES:
            head, items = DA_SLIDES[k]
            body = "<ul>" + "".join(f"<li>{E(x)}</li>" for x in items) + "</ul>"
        elif k == 3:
            head = "Vores mål"
            body = "<ul>" + "".join(f"<li><b>Mål {i}:</b> {E(t)}</li>" for i, (_g, t) in enumerate(DA_GOALS, 1)) \
                + "</ul>"
        else:
            _g, head = DA_GOAL_SLIDES[k]
            rows = [r for r in DA_ROWS if r[9] == k]
            body = ("<table class='t'><colgroup><col style='width:58%'><col style='width:25%'>"
                    "<col style='width:17%'></colgroup><tr><th>Indsats</th><th>Ansvarlig</th><th>Hvornår</th></tr>"
                    + "".join(f"<tr><td>{E(r[2])}</td><td>{E(r[4])}</td><td>{E(r[6] or '')}</td></tr>"
                              for r in rows) + "</table>")
            if k in DA_SLIDE_NOTES:
                body += f"<div class='note'>{E(DA_SLIDE_NOTES[k])}</div>"
        return (f"<div class='slide'><div class='band'></div><div class='st'>{E(head)}</div>"
                f"<div class='sb'>{body}</div>{foot}</div>")

    parts = [f"<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><title>{E(title)}</title>"
             f"<style>{css}</style></head><body>"]
    tops = (27, 112, 197)
    for page in range(3):
        parts.append("<div class='page'><div class='hd'>Handleplan for rekruttering og fastholdelse"
                     "<span class='r'>20-01-2027</span></div>")
        for j, top in enumerate(tops):
            k = page * 3 + j + 1
            parts.append(f"<div class='slot' style='top:{top}mm'>{slide_html(k)}</div>")
            parts.append(f"<div class='lines' style='top:{top + 2}mm'>" + "<div></div>" * 8 + "</div>")
        parts.append(f"<div class='ft'>Stavnsbjerg Kommune<span class='r'>{page + 1}</span></div></div>")
    parts.append("</body></html>")
    src = d / f"{slug}.html"
    src.write_text("".join(parts), encoding="utf-8")
    pdf = bk.chromium_pdf(src, d / f"{slug}.pdf")
    _gold(plan, pdf, leftovers=(DA_LEFTOVER,))
    return plan, pdf


DA_NOTES = """
HTML/CSS → Chromium, A4 portrait, Liberation Sans, Stavnsbjerg Kommune, Ældre og Sundhed: a slide deck (16:9) for
the Social- og Sundhedsudvalget printed as HANDOUTS, THREE SLIDES TO A PAGE, as PowerPoint prints 'Uddelingskopier
(3 dias pr. side)': on every page three scaled slides stacked down the left half (thin grey frame each; slide text
about 4.5–12 pt), beside each slide eight RULED NOTE LINES (empty), the handout header 'Handleplan for rekruttering
og fastholdelse' with the date '20-01-2027' at the top and 'Stavnsbjerg Kommune' with the page number at the foot;
each slide has its own coloured band and its own footer 'Stavnsbjerg Kommune · Ældre og Sundhed' with the slide
number. Nine slides on three pages. P. 1: slide 1 title; slide 2 'Baggrund' (facts, the ældreloven 'skal': a trap,
no goal; the partners named are no owners; 'Sygefravær 2026: [indsæt tal fra HR]' is an EDITORIAL LEFTOVER); slide
3 'Vores mål' with four bullets 'Mål n: <sentence>' (the GOALS, without 'Mål n:'). Pp. 2–3: slides 4–8, one per
goal, titled with the goal's NUMBER and a short name ('Mål 1 – Uddannelse'; the short name is no goal), each a
table 'Indsats | Ansvarlig | Hvornår' (MEASURES = the Indsats cells, linked to the goal whose number the slide
title carries); slide 5 holds four rows of goal 2 and slide 6 'Mål 2 – Fuld tid (fortsat)' continues it with
one row and an italic partner line (FOA: no owner); slide 4 names 'Samarbejdspartnere' under its table (no
owners). Slide 9 'Det videre forløb' (process bullets with dates: no measures, no deadlines). OWNERS = the
Ansvarlig cell ('Hjemmeplejen og Plejecentrene' two; 'HR og Uddannelse og Sprogcentret' two, the first a unit
named with 'og'; 'HR og Uddannelse', 'Ældre og Sundhed' ONE unit each; 'Alle ledere' diffuse; empty = none).
DEADLINE = the Hvornår cell ('2027', '2028', '1. kvartal 2027', 'Efteråret 2027', '2. halvår 2027', 'Foråret
2028' periods, some wrapped in the narrow cell ('1. august' / '2027'); '1. august 2027' date; 'Løbende'
continuous; 'Hvert efterår', 'Hvert forår' recurring; '2030' after 2027–2029; empty = none).
"""


# =========================================================================== 4 English print-ready file (odfpy .odt)

EN_SLUG = "libraries-print-ready-en"
EN_GOALS = [
    ("G1", "More children and young people in Wexmoor read for pleasure"),
    ("G2", "Adults can get help with reading, digital skills and information in every library"),
    ("G3", "Our libraries are welcoming community spaces that are open when people need them"),
    ("G4", "Residents who cannot visit a library can still use the service"),
]
EN_LEFTOVER = "Caption TBC – awaiting photo from Comms"
EN_SLUG_LINE = "Wexmoor_Libraries_Action_Plan_2027-30_PRINT.indd"
# (id, ref, Action, goal, Lead as printed, owners, Target date as printed or None, kind, note, Partners)
EN_ROWS = [
    ("A1.1", "1.1", "Run the Summer Reading Challenge in all six libraries and promote it in every primary school",
     "G1", "Library Service", ["Library Service"], "Every summer", "recurring", "recurring", "Primary schools"),
    ("A1.2", "1.2", "Give every child starting reception a free library card and a book bag", "G1",
     "Library Service and Early Years Team", ["Library Service", "Early Years Team"], "September 2027", "period",
     "two owners joined by 'and'", "Schools Admissions"),
    ("A1.3", "1.3", "Set up reading groups for teenagers in the three secondary schools", "G1", "", [], "2028",
     "period", "empty Lead cell: no owner (the Partners cell names the schools: partners, not owners)",
     "Secondary schools, Wexmoor Reading Trust"),
    ("A1.4", "1.4", "Create a Bookstart corner with board books in each family hub", "G1", "Family Hubs",
     ["Family Hubs"], "March 2028", "period", "", "Health Visiting Service"),
    ("A2.1", "2.1", "Offer free one-to-one digital help sessions every week in each library", "G2",
     "Library Service and Adult Learning", ["Library Service", "Adult Learning"], "Ongoing", "continuous",
     "two owners; continuous", "Volunteer Centre"),
    ("A2.2", "2.2", "Train all library staff as Digital Champions", "G2", "All library staff", ["All library staff"],
     "Q3 2027", "period", "'All library staff' diffuse; a quarter", "Good Things Foundation"),
    ("A2.3", "2.3", "Launch a Reading Friends scheme for adults who find reading difficult", "G2", "Adult Learning",
     ["Adult Learning"], None, None, "empty Target date cell: no deadline", "Wexmoor Reading Trust"),
    ("A2.4", "2.4", "Provide free printing of job applications and council forms", "G2", "Customer Services",
     ["Customer Services"], "1 April 2027", "date", "a date", "Jobcentre Plus"),
    ("A3.1", "3.1", "Introduce open-access technology so that Marlstead and Coldharbour libraries open until 8pm",
     "G3", "Property and Facilities", ["Property and Facilities"], "2028/29", "period",
     "one owner (one team named with 'and'); a financial year", ""),
    ("A3.2", "3.2", "Refurbish the children's library and the community room at Wexmoor Central Library", "G3",
     "Property and Facilities", ["Property and Facilities"], "March 2031", "period",
     "one owner (one team named with 'and'); 'March 2031' after the plan period 2027–2030", "Arts Council England"),
    ("A3.3", "3.3", "Hold a programme of free events for local groups and families in every library", "G3",
     "Arts and Culture", ["Arts and Culture"], "Every term", "recurring",
     "one owner (one team named with 'and'); recurring", "Friends of Wexmoor Libraries"),
    ("A4.1", "4.1", "Expand the Home Library Service to 300 housebound readers", "G4", "Library Service",
     ["Library Service"], "December 2028", "period", "", "Royal Voluntary Service"),
    ("A4.2", "4.2", "Deliver books and audiobooks to care homes and sheltered housing every month", "G4",
     "Library Service and Wexmoor Homes", ["Library Service", "Wexmoor Homes"], "Autumn 2027", "period",
     "two owners", "Care home managers"),
]
EN_TEXT = {
    "Foreword": [
        "Libraries are one of the few places left where anyone can walk in, stay as long as they like and not be "
        "asked to spend money. In Wexmoor they lend more than 400,000 books a year, and they are also where people "
        "come to get online, to find work and to meet others.",
        "This plan sets out what we will do over the next four years to make our six libraries stronger. We will "
        "keep every library open, and we will take the service to people who cannot come to us.",
    ],
    "Why this plan matters": [
        "Under the Public Libraries and Museums Act 1964 the council must provide a comprehensive and efficient "
        "library service for everyone who lives, works or studies in the district. The national Universal Library "
        "Offers describe what every library service should provide. These duties are not objectives of this plan, "
        "but the plan is built on them.",
        "The plan was shaped by 1,240 responses to our library survey in autumn 2026 and by workshops with "
        "schools, the Wexmoor Reading Trust and the Friends of Wexmoor Libraries.",
    ],
    "facts": [["Libraries in Wexmoor", "2024/25", "2025/26"], ["Active borrowers", "17,900", "18,400"],
              ["Books and e-books issued", "402,000", "411,500"], ["Visits", "512,000", "538,000"],
              ["Public computer sessions", "61,300", "58,900"]],
    "guide": "Each objective is followed by its actions. The Lead is the team that answers for the action; "
             "Partners help to deliver it. Target dates are the date by which the action will be completed.",
    "kpi": [["Measure", "2025/26", "Target 2030"], ["Active borrowers", "18,400", "22,000"],
            ["Children taking part in the Summer Reading Challenge", "2,150", "3,000"],
            ["Digital help sessions a year", "3,100", "5,000"],
            ["Housebound readers served", "142", "300"]],
    "next": [
        "The Libraries Manager will report progress to the Communities Overview and Scrutiny Committee every "
        "November. The plan will be reviewed in 2029, when work on the next plan begins.",
        "Public consultation on the draft ran from 1 September to 12 October 2026.",
    ],
}


def _print_marks(o, para, *, trim=(15.0, 15.0, 225.0, 312.0), bleed=3.0, band=(12.0, 37.0)):
    """Page furniture of a print-ready PDF, anchored to PARA (a footer paragraph, so it is drawn on every page)
    and placed relative to the page: the coloured band over the top of the page bleeding 3 mm past the trim, crop
    marks at the four trim corners (outside the bleed), registration targets at the middle of each side and a
    CMYK colour bar in the top slug area."""
    from odf.draw import Circle, Frame, Line, Rect, TextBox
    from odf.style import GraphicProperties, Style
    from odf.text import P

    def gstyle(name, **kw):
        st = Style(name=name, family="graphic")
        st.addElement(GraphicProperties(wrap="run-through", verticalpos="from-top", verticalrel="page",
                                        horizontalpos="from-left", horizontalrel="page", **kw))
        o.doc.automaticstyles.addElement(st)
        return st

    mm = lambda v: f"{v:.2f}mm"  # noqa: E731
    x0, y0, x1, y1 = trim
    g_band = gstyle("gBand", runthrough="background", stroke="none", fill="solid", fillcolor="#123f5a")
    para.addElement(Rect(stylename=g_band, anchortype="paragraph", x=mm(x0 - bleed), y=mm(band[0]),
                         width=mm(x1 - x0 + 2 * bleed), height=mm(band[1] - band[0]), zindex="0"))
    g_tf = gstyle("gBandText", runthrough="foreground", stroke="none", fill="none", border="none", padding="0mm")
    pw = o.style("BandL", size=8.5, bold=True, color="#ffffff", after=0)
    pr = o.style("BandR", size=8.5, color="#ffffff", after=0, align="end")
    for text, x, w, st in (("WEXMOOR DISTRICT COUNCIL", x0 + 20, 80, pw),
                           ("Libraries and Reading Action Plan 2027–2030", x1 - 20 - 100, 100, pr)):
        fr = Frame(stylename=g_tf, anchortype="paragraph", x=mm(x), y=mm(band[1] - 10), width=mm(w),
                   height=mm(5), zindex="1")
        tb = TextBox()
        tb.addElement(P(stylename=st, text=text))
        fr.addElement(tb)
        para.addElement(fr)
    g_mark = gstyle("gMark", runthrough="foreground", stroke="solid", strokewidth="0.08mm", strokecolor="#000000",
                    fill="none")
    off, ln = bleed, 9.0
    for cx, sx in ((x0, -1), (x1, 1)):
        for cy, sy in ((y0, -1), (y1, 1)):
            para.addElement(Line(stylename=g_mark, anchortype="paragraph", x1=mm(cx + sx * off), y1=mm(cy),
                                 x2=mm(cx + sx * (off + ln)), y2=mm(cy), zindex="2"))
            para.addElement(Line(stylename=g_mark, anchortype="paragraph", x1=mm(cx), y1=mm(cy + sy * off),
                                 x2=mm(cx), y2=mm(cy + sy * (off + ln)), zindex="2"))
    mx, my = (x0 + x1) / 2, (y0 + y1) / 2
    for cx, cy in ((mx, y0 - 8), (mx, y1 + 8), (x0 - 8, my), (x1 + 8, my)):
        r = 2.2
        para.addElement(Circle(stylename=g_mark, anchortype="paragraph", x=mm(cx - r), y=mm(cy - r),
                               width=mm(2 * r), height=mm(2 * r), zindex="2"))
        para.addElement(Line(stylename=g_mark, anchortype="paragraph", x1=mm(cx - 4), y1=mm(cy), x2=mm(cx + 4),
                             y2=mm(cy), zindex="2"))
        para.addElement(Line(stylename=g_mark, anchortype="paragraph", x1=mm(cx), y1=mm(cy - 4), x2=mm(cx),
                             y2=mm(cy + 4), zindex="2"))
    for k, colour in enumerate(("#00aeef", "#ec008c", "#fff200", "#000000", "#7fd6f7", "#f57fc5", "#fff87f",
                                "#7f7f7f")):
        st = gstyle(f"gBar{k}", runthrough="foreground", stroke="none", fill="solid", fillcolor=colour)
        para.addElement(Rect(stylename=st, anchortype="paragraph", x=mm(140 + k * 6), y=mm(4), width=mm(6),
                             height=mm(5), zindex="2"))


@plan_builder
def build_libraries_print_ready_en() -> tuple[Plan, Path]:
    """English action plan as the designer's PRINT-READY FILE (odfpy .odt → LibreOffice Writer): oversize pages
    (A4 trim plus 15 mm all round) with crop marks, registration targets, a colour bar, a coloured band bleeding
    past the trim and an InDesign-style slug line (file name, page, date, time) below the trim on every page;
    objectives as headings with an action table 'Ref | Action | Lead | Partners | Target date' each."""
    from odf.style import (
        Footer,
        FooterStyle,
        HeaderFooterProperties,
        MasterPage,
        PageLayout,
        PageLayoutProperties,
        ParagraphProperties,
    )
    from odf.text import P, PageNumber

    slug = EN_SLUG
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    title = "Libraries and Reading Action Plan 2027–2030"
    plan = Plan(
        slug=slug, language="en", title=title, period=(2027, 2030), goals=[G(g, t) for g, t in EN_GOALS],
        measures=mb37._rows(EN_ROWS, 2030), source_ext="odt", notes=EN_NOTES)
    teal = "#123f5a"
    o = mb.Odt(font="Liberation Sans", size=10, lang="en", country="GB", footer_text="")
    # the page: A4 trim (210 × 297 mm) plus 15 mm of bleed and slug area on every side
    pl = o.doc.automaticstyles.getElementsByType(PageLayout)[0]
    for pp in pl.getElementsByType(PageLayoutProperties):
        for k, v in (("pagewidth", "240mm"), ("pageheight", "327mm"), ("margintop", "45mm"),
                     ("marginbottom", "5mm"), ("marginleft", "35mm"), ("marginright", "35mm")):
            pp.setAttribute(k, v)
    fs = FooterStyle()
    fs.addElement(HeaderFooterProperties(minheight="0mm", margintop="10mm"))
    pl.addElement(fs)
    mp = o.doc.masterstyles.getElementsByType(MasterPage)[0]
    for ch in list(mp.childNodes):
        mp.removeChild(ch)
    ft = Footer()
    folio = P(stylename=o.style("Folio", size=9, color="#123f5a", after=1.2, align="end"))
    folio.addElement(PageNumber(selectpage="current", numformat="1", text="1"))
    ft.addElement(folio)
    slug_p = P(stylename=o.style("Slug", size=6.5, after=0))  # reaches out to the trim's left edge
    st = next(x for x in o.doc.automaticstyles.childNodes if x.getAttribute("name") == o.styles["Slug"])
    for pp in st.getElementsByType(ParagraphProperties):
        pp.setAttribute("marginleft", "-20mm")
    slug_p.addText(f"{EN_SLUG_LINE}\u2003")
    slug_p.addElement(PageNumber(selectpage="current", numformat="1", text="1"))
    slug_p.addText("\u200314/01/2027\u200311:42")
    _print_marks(o, slug_p)
    ft.addElement(slug_p)
    mp.addElement(ft)
    o.style("Title", size=26, bold=True, color=teal, after=0.15)
    o.style("Sub", size=13, color=teal, after=0.2)
    o.style("Meta", size=9, italic=True, after=0.5)
    o.style("H1", size=15, bold=True, color=teal, before=0.45, after=0.2, keep=True)
    o.style("Lab", size=9.5, bold=True, color="#1f7a8c", before=0.45, after=0.05, keep=True)
    o.style("Goal", size=12, bold=True, after=0.2, keep=True)
    o.style("Body", size=10, after=0.22)
    o.style("Sig", size=9.5, italic=True, after=0.3)
    o.style("Photo", size=10, after=0.1, fill="#c9d3d6", padding="1.6cm")
    o.style("Cap", size=8, italic=True, color="#555555", after=0.3)
    o.style("Cell", size=8.8, after=0.03)
    o.style("CellBold", size=8.8, bold=True, after=0.03)
    o.p(title, "Title")
    o.p("Reading, learning and belonging in Wexmoor", "Sub")
    o.p("Approved by Cabinet, 9 December 2026 · Print version", "Meta")
    o.p(" ", "Photo")
    o.p(EN_LEFTOVER, "Cap")
    o.p("Foreword", "H1")
    for t in EN_TEXT["Foreword"]:
        o.p(t)
    o.p("Councillor Priya Natt, Cabinet Member for Communities", "Sig")
    o.p("Why this plan matters", "H1")
    for t in EN_TEXT["Why this plan matters"]:
        o.p(t)
    o.table([9.0, 3.5, 3.5], EN_TEXT["facts"], header_fill="#d5e4ea", border="0.4pt solid #7b9aa8")
    o.p("Our objectives and actions", "H1")
    o.p(EN_TEXT["guide"])
    for gi, (g, gt) in enumerate(EN_GOALS, 1):
        o.p(f"Objective {gi}", "Lab")
        o.p(gt, "Goal")
        rows = [["Ref", "Action", "Lead", "Partners", "Target date"]]
        for _id, ref, text, gg, who, _o, when, _k, _n, partners in EN_ROWS:
            if gg == g:
                rows.append([ref, text, who, partners, when or ""])
        mb37._odt_rows_unsplit(o, o.table([1.1, 6.9, 3.4, 3.3, 2.3], rows, header_fill="#d5e4ea",
                                          border="0.4pt solid #7b9aa8"))
    o.p("Measuring success", "H1")
    o.style("BodyKeep", size=10, after=0.22, keep=True)
    o.p("We will use these measures to see whether the plan is working. They are not actions.", "BodyKeep")
    o.table([9.0, 3.5, 3.5], EN_TEXT["kpi"], header_fill="#d5e4ea", border="0.4pt solid #7b9aa8")
    o.p("What happens next", "H1")
    for t in EN_TEXT["next"]:
        o.p(t)
    src = d / f"{slug}.odt"
    o.save(src, title=title, author="Wexmoor District Council")
    pdf = bk.soffice_pdf(src)
    _gold(plan, pdf, leftovers=(EN_LEFTOVER,))
    return plan, pdf


EN_NOTES = """
odfpy .odt → LibreOffice Writer, Liberation Sans, Wexmoor District Council: the designer's PRINT-READY FILE of the
plan, as a print shop receives it: every page is OVERSIZE, 240 × 327 mm (the A4 trim, 210 × 297 mm, plus 15 mm
all round), with CROP MARKS at the four trim corners, REGISTRATION TARGETS (circle and cross) at the middle of each
side, a CMYK COLOUR BAR above the trim, a dark BAND across the top of each page that BLEEDS 3 mm past the trim
(white 'WEXMOOR DISTRICT COUNCIL' and 'Libraries and Reading Action Plan 2027–2030' in it), the folio (the page
number) inside the trim at the foot, and below the trim an InDesign-style SLUG LINE
'Wexmoor_Libraries_Action_Plan_2027-30_PRINT.indd  <page>  14/01/2027  11:42' (a file name, the page, a date and
a time: no deadline). All page furniture is drawn from the footer, so it repeats on every page. P. 1: title,
'Approved by Cabinet, 9 December 2026 · Print version', a grey picture box whose caption is the designer's
placeholder 'Caption TBC – awaiting photo from Comms' (an EDITORIAL LEFTOVER), Foreword ('we will …': no goal, no
measure), 'Why this plan matters' (the Public Libraries and Museums Act 1964 'must' and the Universal Library
Offers' 'should': traps, no goals; survey and workshop partners: no owners), a facts table (years 2024/25,
2025/26: no deadlines). Then 'Our objectives and actions' with a reading note, per objective a label 'Objective n'
and the objective sentence in bold (the GOALS), and a table 'Ref | Action | Lead | Partners | Target date' (rows
kept whole; MEASURES = the Action cells, linked to the objective above). 'Measuring success' (a KPI table with
2030 targets: not measures, no deadlines) and 'What happens next' (reporting every November, review in 2029,
consultation dates: process, no measures). OWNERS = the Lead cell ('Library Service and Early Years Team',
'Library Service and Adult Learning', 'Library Service and Wexmoor Homes' two each; 'Property and Facilities',
'Arts and Culture' ONE team each; 'All library staff' diffuse; empty = none, whatever the Partners cell says; the
Partners column is never an owner). DEADLINE = the Target date cell ('September 2027', '2028', 'March 2028', 'Q3
2027', '2028/29', 'December 2028', 'Autumn 2027' periods; '1 April 2027' date; 'Ongoing' continuous; 'Every
summer', 'Every term' recurring; 'March 2031' after 2027–2030; empty = none).
"""


# =========================================================================== checks


def _layout_facts(slug: str) -> list[str]:
    """One layout fact per plan, read back from the PDF: the bokmål table's header row is printed on both pages and
    goal 2's list is cut between its items 3 and 4; the hefte has four A4 landscape sheet sides whose A5 page
    labels stand in booklet order, and every measure is printed in the half of the PDF page its A5 page is
    imposed on; the handout has three A4
    pages with three slides each (a footer on every slide but the title slide) and the '(fortsat)' slide on p. 2; the print file's pages
    are 240 × 327 mm, each with its slug line and page number outside the trim."""
    import pdfplumber

    pdf = OUT / slug / f"{slug}.pdf"
    pages = mb3.pdftotext_pages(pdf)
    bad = []
    with pdfplumber.open(str(pdf)) as doc:
        sizes = [(round(p.width), round(p.height)) for p in doc.pages]
        words = [p.extract_words() for p in doc.pages]

    def first_x(page: int, word: str) -> float:
        return min((w["x0"] for w in words[page - 1] if w["text"] == word), default=-1.0)

    if slug == NB_SLUG:
        if [p.count("tiltak(ansvar,frist)") for p in pages] != [1, 1]:
            bad.append(f"{slug}: the table header is not printed once on each of two pages")
        t23, t24 = (mb3._squash(r[2])[:28] for r in NB_ROWS if r[0] in ("T2.3", "T2.4"))
        if t23 not in pages[0] or t24 not in pages[1]:
            bad.append(f"{slug}: goal 2's list is not cut between items 3 and 4")
    if slug == NN_SLUG:
        if sizes != [(842, 595)] * 4:
            bad.append(f"{slug}: not four A4 landscape sheet sides: {sizes}")
        labels = [sorted((w["x0"], w["text"]) for w in ws if w["top"] > 595 - 45 and w["text"].isdigit())
                  for ws in words]
        want = [[str(n) for n in pair if n not in (1, NN_A5_PAGES)] for pair in _booklet_order(NN_A5_PAGES)]
        if [[t for _x, t in lab] for lab in labels] != want:
            bad.append(f"{slug}: A5 page labels {labels} are not in booklet order {want}")
        with pdfplumber.open(str(pdf)) as doc:
            halves = [{h: mb3._squash(p.crop(box).extract_text() or "") for h, box in
                       (("left", (0, 0, p.width / 2, p.height)), ("right", (p.width / 2, 0, p.width, p.height)))}
                      for p in doc.pages]
        for r in NN_ROWS:
            page, half = _booklet_place(NN_A5[r[0]], NN_A5_PAGES)
            if mb3._squash(r[2])[:20] not in halves[page - 1][half]:
                bad.append(f"{slug}: {r[0]} not in the {half} half of PDF p. {page}")
    if slug == DA_SLUG:
        foot = mb3._squash("Stavnsbjerg Kommune · Ældre og Sundhed")
        if sizes != [(595, 842)] * 3 or [p.count(foot) for p in pages] != [2, 3, 3]:
            bad.append(f"{slug}: not three A4 pages with three slides each (eight slide footers after the title)")
        if "mål2–fuldtid(fortsat)" not in pages[1]:
            bad.append(f"{slug}: the '(fortsat)' slide is not on p. 2")
    if slug == EN_SLUG:
        if sizes != [(680, 927)] * len(pages):
            bad.append(f"{slug}: pages are not 240 × 327 mm: {sizes}")
        for i, p in enumerate(pages, 1):
            if mb3._squash(f"{EN_SLUG_LINE} {i} 14/01/2027") not in p:
                bad.append(f"{slug}: no slug line with page {i} on p. {i}")
    return bad


def verify(slug: str) -> list[str]:
    """mb3.verify (pdftotext, page by page), batch 34's whole-text check on content order and the layout facts."""
    return mb3.verify(slug) + mb34._whole_text_raw(slug) + _layout_facts(slug)


def main(argv: list[str]) -> None:
    """Build the plans (or the SLUGs), --verify or --twice: blindkit.plans_main."""
    bk.plans_main(argv, plans=PLANS, out=OUT, verify=verify, patterns=PATTERNS)


if __name__ == "__main__":
    main(sys.argv[1:])
