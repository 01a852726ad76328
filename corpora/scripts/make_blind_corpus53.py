"""Build the fifty-third batch of blind authored plans (corpora/authored/<slug>/), four layout forms no earlier
batch holds: a bokmål plan against scrap and unsightly properties written as a PHOTO INSPECTION REPORT
(befaringsrapport) — a route map, then one numbered inspection point per table, the photo on the left and
'Registrert / Vurdering / Tiltak / Ansvar / Frist / Mål' on the right (python-docx with embedded raster photos →
LibreOffice Writer); an English seafront plan PRINTED FROM A STORY MAP (ArcGIS-StoryMaps-like web story): hero cover,
narrative blocks, big-number facts, sidecar slides per goal with an SVG map of numbered pins, and the guided-tour
stops as numbered cards (HTML → Chromium); a Danish participatory-budget plan on a PROJECT CANVAS (one A3 landscape
sheet of labelled boxes: Formål, Mål og succeskriterier, Aktiviteter, Milepæle, Interessenter, Projektgruppe,
Ressourcer, Risici, Rammer), the activities' deadlines standing in the Milepæle box by activity code (HTML/CSS grid →
Chromium); a nynorsk plan for the municipal art collection printed as an ACROBAT-STYLE COMMENT SUMMARY of the hearing
draft: each sheet a scaled-down page of the draft on the left with numbered comment markers, the reviewers' comments
on the right joined by connector lines (reportlab).

    python corpora/scripts/make_blind_corpus53.py              # every plan
    python corpora/scripts/make_blind_corpus53.py SLUG ...     # some of them
    python corpora/scripts/make_blind_corpus53.py --verify     # check gold against the PDFs
    python corpora/scripts/make_blind_corpus53.py --twice      # build twice, compare sha256

Generic helpers from blindkit.py; plan data classes, findings (as in batch 1) and gold writer from
make_blind_corpus.py, the pdftotext check from make_blind_corpus3.py, the whole-text check on pdftotext -raw from
make_blind_corpus34.py, the editorial-leftover appender `_leftovers` from make_blind_corpus41.py and `_measures` from
make_blind_corpus49.py (imported, not copied). Written blind: the author read no code under plancheck/, bench/,
tests/, rules/ or docs/ and did not run plancheck. Gold files carry `held_out: true`.
"""

from __future__ import annotations

import html as _h
import random
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

PLANS, plan_builder, write_gold = mb.builder_registry("make_blind_corpus53.py")
E = lambda s: _h.escape(s, quote=False)  # noqa: E731
PATTERNS = ("*.docx", "*.odt", "*.html", "*.pdf", "*.gold.yaml")


def _gold(plan: Plan, pdf: Path, *, leftovers: tuple[str, ...] = (), **kw) -> Path:
    """make_blind_corpus49._gold (pdftotext pages, leftovers appended) with this builder's name in the header."""
    path = bk.gold_by_pdftotext(write_gold, plan, pdf, **kw)
    if leftovers:
        mb41._leftovers(path, pdf, leftovers)
    return path


# =========================================================================== 1 bokmål photo inspection report (docx)

NB_SLUG = "skrot-befaringsrapport-nb"
NB_TITLE = "Handlingsplan mot skrot og skjemmende eiendommer 2054–2056"
NB_GOALS = [
    ("G1", "Bilvrak, skrot og avfall skal ikke bli liggende utendørs på eiendommer i Skottvik"),
    ("G2", "Kommunens egne eiendommer og anlegg skal være ryddige og et godt eksempel for andre"),
    ("G3", "Forfalne og ubebodde bygninger skal sikres, settes i stand eller rives"),
    ("G4", "Det skal være enkelt for innbyggerne å levere skrot og melde fra om forsøpling"),
    ("G5", "Strandsonen og friområdene skal være fri for skrot og plast"),
]
NB_LEFTOVER = "[bytt bilde – dette er fra 2051, Trond]"
# inspection points: (nr, place, registered, assessment, measure id or None, mål as printed, photo seed)
NB_POINTS = [
    ("1", "Nedre Li (gnr. 14 bnr. 3)", "Seks avskiltede bilvrak og en traktor uten hjul på jordet mot fylkesveien. "
     "Olje har rent ut på bakken ved to av bilene.", "Eieren har fått muntlig beskjed to ganger uten at noe har "
     "skjedd. Fare for forurensning av grunnen.", "T1", "1", 1),
    ("2", "Skottvik kai (kommunal tomt, gnr. 22 bnr. 7)", "Fire gamle containere, paller og tauverk lagret på "
     "kaiområdet. Området brukes av turister om sommeren.", "Kommunen må rydde sin egen tomt før vi krever det "
     "av andre.", "T2", "2", 2),
    ("3", "Sørbøen (gnr. 9 bnr. 12)", "Ubebodd bolighus med knuste vinduer og åpen kjellerdør. Barn har vært "
     "observert inne i huset.", "Bygget er ikke sikret og kan være farlig. Eieren bor i utlandet.", "T3", "3", 3),
    ("4", "Gamle Skottvik skole (gnr. 31 bnr. 1)", "Skolebygget har stått tomt siden 2049. Taket lekker, og "
     "det er hærverk i første etasje.", "Kommunen eier bygget og har ikke tatt stilling til hva det skal brukes "
     "til.", "T4", "2 og 3", 4),
    ("5", "Miljøstasjonen på Skottvikmoen", "Metallcontaineren var full begge dager, og det var satt fra seg "
     "kjøleskap og dekk utenfor porten.", "Åpningstiden passer dårlig for folk som jobber, særlig i grendene.",
     "T5", "4", 5),
    ("6", "Rasteplassen ved fylkesvei 755, Kvernhusvika", "Dumpet skrot, bildeler og sekker med "
     "husholdningsavfall bak rasteplassen.", "Rasteplassen eies av Fjellmo fylkeskommune. Forholdet er meldt "
     "til fylkeskommunen 16.05.2054. Ingen kommunale tiltak.", None, None, 6),
    ("7", "Haugland gård (gnr. 40 bnr. 2)", "Store mengder skrapjern, gamle landbruksmaskiner og plast fra "
     "rundballer bak driftsbygningen.", "Gårdbrukeren ønsker å rydde, men har ikke transport. Gjelder flere "
     "gårder i kommunen.", "T6", "1", 7),
    ("8", "Lekeplassen i boligfeltet Myra", "Hensatt avfall, pappesker og en ødelagt grill ved "
     "lekeplassen, som er kommunal.", "Det mangler avfallsbeholdere i hele boligfeltet.", "T7", "2", 8),
    ("9", "Bakken (gnr. 18 bnr. 4)", "Eiendommen er ryddet etter at kommunen tok kontakt i 2053.",
     "Godt eksempel – dialog virker. Ingen nye tiltak.", None, None, 9),
]
# (id, nr, Tiltak, goal, Ansvar as printed, owners, Frist as printed or None, kind, note)
NB_ROWS = [
    ("T1", "1", "Sende forhåndsvarsel om pålegg om opprydding til eieren av bilvrakene på Nedre Li", "G1",
     "Byggesak", ["Byggesak"], "Innen 1. september 2054", "date", "a date with 'Innen'"),
    ("T2", "2", "Fjerne gamle containere, paller og tauverk fra kommunens tomt ved Skottvik kai", "G2",
     "Eiendom og drift", ["Eiendom og drift"], "Sommeren 2054", "period", "'Eiendom og drift' is one unit"),
    ("T3", "3", "Kreve at eieren sikrer det forfalne bolighuset på Sørbøen mot inngang", "G3", "Byggesak",
     ["Byggesak"], None, None, "'Frist: –': no deadline"),
    ("T4", "4", "Utrede om gamle Skottvik skole skal selges, settes i stand eller rives", "G2",
     "Kommunedirektøren", ["Kommunedirektøren"], "Innen utgangen av 2055", "period", "'Mål: 2 og 3': two goals"),
    ("T5", "5", "Holde miljøstasjonen åpen én lørdag i måneden i tillegg til dagens åpningstid", "G4",
     "Skottvik Renovasjon IKS", ["Skottvik Renovasjon IKS"], "Januar 2055", "period",
     "an intermunicipal company as owner"),
    ("T6", "7", "Tilby gårdbrukere gratis henting av skrapjern og gamle landbruksmaskiner", "G1",
     "Landbrukskontoret og Skottvik Renovasjon IKS", ["Landbrukskontoret", "Skottvik Renovasjon IKS"],
     "Hver høst", "recurring", "two owners; recurring"),
    ("T7", "8", "Sette opp avfallsbeholdere ved lekeplassen og i boligfeltet på Myra", "G2", "", [], "2054",
     "period", "'Ansvar: –': no owner"),
    ("T8", "", "Lage en tjeneste i kommunens app der innbyggerne kan melde fra om skrot med bilde og kartpunkt",
     "G4", "Kommunikasjonsavdelingen", ["Kommunikasjonsavdelingen"], "2. halvår 2055", "period", ""),
    ("T9", "", "Arrangere skrotinnsamling med gratis henting i alle grendene", "G4", "Alle grendelag",
     ["Alle grendelag"], "Hver vår", "recurring", "'Alle grendelag' diffuse; recurring"),
    ("T10", "", "Bruke tvangsmulkt når pålegg om opprydding ikke blir fulgt", "G1", "Byggesak", ["Byggesak"],
     "Løpende", "continuous", "continuous"),
    ("T11", "", "Kartlegge alle kommunale tomter der det er lagret gammelt materiell", "G2", "Eiendom og drift",
     ["Eiendom og drift"], "2057", "period", "'2057' after the plan period 2054–2056"),
]
NB_ROW = {r[0]: r for r in NB_ROWS}


def _nb_photo(seed: int, path: Path, *, old: bool = False) -> Path:
    """A small deterministic 'photo' (sky, hillside, ground, a house or a heap of scrap) drawn with PIL."""
    from PIL import Image, ImageDraw

    rnd = random.Random(5300 + seed)
    w, h = 480, 330
    im = Image.new("RGB", (w, h), (150 + rnd.randint(0, 40), 175 + rnd.randint(0, 30), 200 + rnd.randint(0, 40)))
    d = ImageDraw.Draw(im)
    hill = [(0, 150 + rnd.randint(-20, 20))]
    for x in range(60, w + 60, 60):
        hill.append((x, 120 + rnd.randint(-30, 40)))
    d.polygon([*hill, (w, h), (0, h)], fill=(70 + rnd.randint(0, 30), 100 + rnd.randint(0, 30), 60))
    d.rectangle([0, 230, w, h], fill=(120 + rnd.randint(0, 30), 110 + rnd.randint(0, 20), 85))
    if seed in (3, 4, 2):
        x0 = rnd.randint(60, 200)
        d.rectangle([x0, 140, x0 + 180, 240], fill=(180, 170, 150), outline=(60, 60, 60))
        d.polygon([(x0 - 10, 140), (x0 + 90, 90), (x0 + 190, 140)], fill=(90, 60, 50))
        for k in range(3):
            d.rectangle([x0 + 20 + k * 55, 165, x0 + 50 + k * 55, 200], fill=(40, 40, 50))
    for _ in range(6 + seed % 5):
        x = rnd.randint(10, w - 90)
        y = rnd.randint(215, 290)
        col = rnd.choice([(140, 40, 30), (60, 70, 90), (150, 150, 150), (90, 80, 40), (30, 30, 30)])
        d.rounded_rectangle([x, y - 28, x + rnd.randint(50, 95), y], radius=6, fill=col, outline=(20, 20, 20))
        d.ellipse([x + 8, y - 8, x + 24, y + 8], fill=(20, 20, 20))
    if old:
        im = im.convert("L").convert("RGB")
    im.save(path, format="PNG", optimize=False)
    return path


def _nb_map(path: Path) -> Path:
    """The inspection route drawn as a schematic map: coastline, roads and numbered points (raster digits)."""
    from PIL import Image, ImageDraw, ImageFont

    w, h = 900, 520
    im = Image.new("RGB", (w, h), (236, 240, 228))
    d = ImageDraw.Draw(im)
    d.polygon([(0, 0), (900, 0), (900, 90), (700, 130), (520, 100), (360, 160), (180, 120), (0, 170)],
              fill=(178, 210, 232))
    d.line([(30, 470), (200, 380), (380, 330), (560, 300), (760, 220), (880, 160)], fill=(250, 200, 90), width=9)
    d.line([(380, 330), (420, 470)], fill=(255, 255, 255), width=6)
    d.line([(560, 300), (600, 170)], fill=(255, 255, 255), width=6)
    pts = [(120, 420), (600, 165), (300, 360), (450, 320), (700, 260), (820, 185), (220, 300), (420, 440),
           (520, 360)]
    d.line(pts, fill=(200, 40, 40), width=3)
    font = ImageFont.load_default()
    for i, (x, y) in enumerate(pts, 1):
        d.ellipse([x - 15, y - 15, x + 15, y + 15], fill=(200, 40, 40), outline=(255, 255, 255), width=3)
        d.text((x - 4, y - 6), str(i), fill=(255, 255, 255), font=font)
    im.save(path, format="PNG", optimize=False)
    return path


@plan_builder
def build_skrot_befaringsrapport_nb() -> tuple[Plan, Path]:
    """Bokmål plan (python-docx → LibreOffice Writer) written as a PHOTO INSPECTION REPORT: cover facts and goals,
    a route map, one table per inspection point (photo | Registrert / Vurdering / Tiltak / Ansvar / Frist / Mål),
    then the measures for the whole municipality as labelled blocks."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt

    slug = NB_SLUG
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    measures = mb49._measures(NB_ROWS, 2056)
    for m in measures:
        if m.id == "T4":
            m.goals = ["G2", "G3"]
    plan = Plan(slug=slug, language="nb", title=NB_TITLE, period=(2054, 2056),
                goals=[G(g, t) for g, t in NB_GOALS], measures=measures, source_ext="docx", notes=NB_NOTES)
    img = Path("/tmp/b53-nb")
    img.mkdir(exist_ok=True)
    doc = dh.new_document(font="Liberation Sans", size=10, margins_mm=18, heading_color="2E4A1F")
    mb.docx_lang(doc, "nb-NO")
    sec = doc.sections[0]
    dh.setup_header_footer(sec, "Skottvik kommune · Befaringsrapport skrot og skjemmende eiendommer 2054", size=8,
                           footer_left="Utvalg for teknikk og miljø 19.06.2054, sak 33/54")

    dh.para(doc, "SKOTTVIK KOMMUNE · TEKNISK SEKTOR", bold=True, size=9, color="2E4A1F", space_after=2)
    dh.para(doc, NB_TITLE, bold=True, size=20, color="2E4A1F", space_after=4)
    dh.para(doc, "Befaringsrapport med tiltak – befaring 14. og 15. mai 2054", italic=True, size=12,
            space_after=8)
    dh.para(doc, "Vedtatt av utvalg for teknikk og miljø 19. juni 2054, sak 33/54.", size=9.5, space_after=8)
    dh.heading(doc, "1 Om befaringen", 2)
    dh.para(doc, "Skottvik kommune får hvert år klager på bilvrak, skrot og forfalne hus. For å få et samlet bilde "
                 "av situasjonen gikk vi en befaring på to dager i mai 2054. Vi besøkte ni steder som var meldt "
                 "inn av innbyggere, grendelag og kommunens egne ansatte. Rapporten viser det vi fant, med bilder, "
                 "og tiltakene vi vil gjennomføre. Den er samtidig kommunens handlingsplan på området.",
            space_after=5)
    dh.para(doc, "Med på befaringen: Trond Ellingsen (byggesak), Marit Skogheim (landbrukskontoret), "
                 "Ivar Nesje (Skottvik Renovasjon IKS), Åse Ringstad (Eiendom og drift) og to representanter "
                 "fra eldrerådet.", size=9.5, space_after=5)
    dh.para(doc, "Etter forurensningsloven § 28 er det forbudt å etterlate eller oppbevare avfall slik at det kan "
                 "virke skjemmende eller skade miljøet, og kommunen kan pålegge den ansvarlige å rydde. "
                 "Plan- og bygningsloven krever at byggverk holdes i slik stand at det ikke oppstår fare eller "
                 "vesentlig ulempe for andre.", italic=True, size=9.5, space_after=6)
    tw = [120, 40]
    t = dh.new_table(doc, tw)
    dh.add_row(t, ["Skrot i tall", "2053"], tw, size=9, bold=True, fill="DDE8D2")
    for a, b in (("Henvendelser om skrot og forsøpling", "41"), ("Pålegg om opprydding", "3"),
                 ("Bilvrak levert med vrakpant", "112"), ("Tonn metall levert på miljøstasjonen", "286")):
        dh.add_row(t, [a, b], tw, size=9)
    dh.para(doc, "", size=4)
    dh.heading(doc, "2 Mål for arbeidet", 2)
    box = dh.new_table(doc, [174])
    row = dh.add_row(box, [""], [174], size=10, fill="EEF4E8")
    cell = row.cells[0]
    cell.paragraphs[0].text = ""
    dh.add_runs(cell.paragraphs[0], "Innen utgangen av 2056 vil vi at", size=10, bold=True)
    for i, (_g, gt) in enumerate(NB_GOALS, 1):
        p = dh.para(cell, f"**Mål {i}**\t{gt}.", size=10, space_after=2)
        p.paragraph_format.left_indent = Mm(16)
        p.paragraph_format.first_line_indent = Mm(-16)
        p.paragraph_format.tab_stops.add_tab_stop(Mm(16))
    dh.para(doc, "", size=4)
    dh.para(doc, "Mål 5 følges opp av Skottvik friluftsråd, som leder ryddeaksjonene i strandsonen. Kommunen "
                 "stiller med sekker og henting, men har ikke egne tiltak i denne planen.", size=9.5)
    dh.heading(doc, "3 Befaringsruten", 2)
    p = doc.add_paragraph()
    p.add_run().add_picture(str(_nb_map(img / "map.png")), width=Mm(170))
    dh.para(doc, "Figur 1. Befaringsruten 14. og 15. mai 2054. Tallene viser befaringspunktene i kapittel 4.",
            italic=True, size=8.5, space_after=6)
    dh.para(doc, "Slik leser du rapporten: Hvert punkt har et bilde og en tekst med det vi registrerte og vår "
                 "vurdering. Der kommunen skal gjøre noe, står tiltaket med ansvar og frist, og «Mål» viser "
                 "hvilket av målene i kapittel 2 tiltaket hører til.", size=9.5)
    dh.page_break(doc)
    dh.heading(doc, "4 Befaringspunktene", 2)
    for nr, place, reg, vurd, mid, maal, seed in NB_POINTS:
        w = [62, 112]
        pt = dh.new_table(doc, w)
        hr = dh.add_row(pt, [f"**Punkt {nr}** · {place}"], w, size=10, fill="DDE8D2", span_all=True,
                        keep_with_next=True)
        dh.set_cant_split(hr)
        r = dh.add_row(pt, ["", ""], w, size=9)
        dh.set_cant_split(r)
        pc, tc = r.cells
        pc.paragraphs[0].add_run().add_picture(str(_nb_photo(seed, img / f"p{nr}.png", old=nr == "7")),
                                               width=Mm(58))
        cap = f"Foto: {NB_LEFTOVER}" if nr == "7" else f"Foto: Skottvik kommune, {14 + (seed > 5)}.05.2054"
        dh.para(pc, cap, italic=True, size=7.5, space_after=0)
        tc.paragraphs[0].text = ""
        dh.add_runs(tc.paragraphs[0], f"**Registrert:** {reg}", size=9)
        dh.para(tc, f"**Vurdering:** {vurd}", size=9, space_after=2)
        if mid is None:
            dh.para(tc, "**Tiltak:** Ingen kommunale tiltak.", size=9, space_after=2)
        else:
            _id, _nr, txt, _g, who, _o, when, _k, _n = NB_ROW[mid]
            dh.para(tc, f"**Tiltak:** {txt}.", size=9, space_after=2)
            dh.para(tc, f"**Ansvar:** {who or '–'}", size=9, space_after=1)
            dh.para(tc, f"**Frist:** {when or '–'}", size=9, space_after=1)
            dh.para(tc, f"**Mål:** {maal}", size=9, space_after=1)
        dh.para(doc, "", size=5, space_after=0)
    dh.heading(doc, "5 Tiltak for hele kommunen", 2)
    dh.para(doc, "Befaringen viste at mange av problemene går igjen. Disse tiltakene gjelder ikke ett bestemt "
                 "sted:", space_after=4)
    for mid in ("T8", "T9", "T10", "T11"):
        _id, _nr, txt, g, who, _o, when, _k, _n = NB_ROW[mid]
        dh.para(doc, f"**{txt}**", size=10, space_after=1, keep_with_next=True)
        dh.para(doc, f"Ansvar: {who}   ·   Frist: {when}   ·   Mål: {g[1:]}", size=9, color="444444",
                space_after=5)
    dh.heading(doc, "6 Oppfølging", 2)
    dh.para(doc, "Byggesak fører en oversikt over alle saker om skrot. Utvalg for teknikk og miljø får en "
                 "statusrapport hvert halvår. Ny befaring av de samme punktene gjøres i mai 2056, og planen "
                 "rulleres etter det.", space_after=4)
    ct = dh.new_table(doc, [174])
    dh.add_row(ct, ["**Kontakt:** Trond Ellingsen, byggesaksbehandler · tlf. 55 90 41 17 · "
                    "postmottak@skottvik.kommune.no"], [174], size=9, fill="F2F2F2")
    for par in doc.paragraphs:
        par.alignment = par.alignment or WD_ALIGN_PARAGRAPH.LEFT
        for rn in par.runs:
            if rn.font.size is None:
                rn.font.size = Pt(10)
    dh.set_core_properties(doc, title=NB_TITLE, author="Skottvik kommune")
    src = d / f"{slug}.docx"
    dh.save_deterministic(doc, src)
    pdf = bk.soffice_pdf(src)
    _gold(plan, pdf, leftovers=(NB_LEFTOVER,))
    return plan, pdf


NB_NOTES = """
python-docx (embedded PNG photos drawn with PIL) → LibreOffice Writer, A4 portrait, Liberation Sans 10, Skottvik
kommune (teknisk sektor): the handlingsplan written as a PHOTO INSPECTION REPORT (befaringsrapport). Running header
'Skottvik kommune · Befaringsrapport … 2054', footer with the council case '19.06.2054, sak 33/54' and 'Side n av
N' (no deadline). P. 1: kicker, title, subtitle 'Befaringsrapport med tiltak – befaring 14. og 15. mai 2054' and the
adoption line (no deadlines); '1 Om befaringen' (why, nine places; the PARTICIPANTS named with their units = no
owners); forurensningsloven § 28 and plan- og bygningsloven quoted in italics (national duties, no goals); 'Skrot i
tall' table (2053 figures). '2 Mål for arbeidet': a shaded box 'Innen utgangen av 2056 vil vi at' + 'Mål 1'–'Mål 5'
with a sentence each = the GOALS (text without the label and the final '.'). Under the box: 'Mål 5 følges opp av
Skottvik friluftsråd … har ikke egne tiltak i denne planen' → G5 has NO MEASURE (another body). '3
Befaringsruten': a raster MAP with numbered points and the caption 'Figur 1 …' (no measures), and a reading key.
From p. 2 '4 Befaringspunktene': one table per INSPECTION POINT: a shaded title row 'Punkt n · <place> (gnr./bnr.)',
then the PHOTO (raster; caption 'Foto: Skottvik kommune, dd.05.2054' = no deadline) beside the text 'Registrert:'
(what was seen), 'Vurdering:' (assessment), 'Tiltak:' = the MEASURE (text without the final '.'), 'Ansvar:' = OWNER,
'Frist:' = DEADLINE, 'Mål:' = the GOAL LINK by number. Points 6 and 9 have 'Tiltak: Ingen kommunale tiltak.' = NO
MEASURE (point 6: the county's rest area, 'meldt til fylkeskommunen 16.05.2054' = done, another body's duty; point 9
a good example). Point 4 'Mål: 2 og 3' → T4 serves G2 and G3. Point 7's photo caption is 'Foto: [bytt bilde – dette
er fra 2051, Trond]' = EDITORIAL LEFTOVER. '5 Tiltak for hele kommunen': four MEASURES as LABELLED BLOCKS (bold text,
then a grey line 'Ansvar: … · Frist: … · Mål: n'). '6 Oppfølging' (a register, half-yearly status, a new inspection
'mai 2056') = process, no measures; a contact box. OWNERS as printed ('Byggesak', 'Eiendom og drift' (one unit),
'Kommunedirektøren', 'Skottvik Renovasjon IKS', 'Kommunikasjonsavdelingen' one each; 'Landbrukskontoret og Skottvik
Renovasjon IKS' two; 'Alle grendelag' diffuse; point 8 'Ansvar: –' = none). DEADLINES as printed ('Innen 1.
september 2054' date; 'Sommeren 2054', 'Innen utgangen av 2055', 'Januar 2055', '2054', '2. halvår 2055' periods;
'Hver høst', 'Hver vår' recurring; 'Løpende' continuous; '2057' after 2054–2056; point 3 'Frist: –' = none).
"""



# =========================================================================== 2 English story map (Chromium)

EN_SLUG = "seafront-storymap-en"
EN_TITLE = "Our Seafront: Action Plan 2056–2059"
EN_GOALS = [
    ("G1", "The promenade and the paths to the beach are safe, step-free and well lit all year"),
    ("G2", "Wetherden's beaches and bathing waters are clean and keep their Blue Flags"),
    ("G3", "Businesses and events bring life to the seafront outside the summer season"),
    ("G4", "The seafront is ready for higher sea levels and stronger storms"),
]
EN_LEFTOVER = "[add alt text for the map – JK]"
# tour stops: (nr, place, goal slide, measure id or None, description when no measure)
EN_STOPS = [
    ("1", "Saltmarsh Point car park", "G1", "A1", None),
    ("2", "The Promenade", "G1", "A2", None),
    ("3", "Clock Tower Gardens", "G1", "A3", None),
    ("4", "Wayfinding at the entrances", "G1", "A4", None),
    ("5", "Main Beach and East Beach", "G2", "A5", None),
    ("6", "Gull Creek outfall", "G2", "A6", None),
    ("7", "Beach entrances", "G2", "A7", None),
    ("8", "Lifeguard station", "G2", None, "RNLI lifeguards patrol Main Beach every day from May to September. "
     "The RNLI runs and pays for this service; the council provides the hut."),
    ("9", "Old Harbour", "G3", "A8", None),
    ("10", "Beach huts at East Beach", "G3", "A9", None),
    ("11", "Pier Pavilion", "G3", "A10", None),
]
# (id, nr, action, goal, Lead as printed, owners, When as printed or None, kind, note)
EN_ROWS = [
    ("A1", "1", "Resurface the path from Saltmarsh Point car park to the promenade and replace the steps with a "
     "ramp", "G1", "Highways and Engineering", ["Highways and Engineering"], "By March 2057", "period", ""),
    ("A2", "2", "Replace the lighting between the Pier and the Old Harbour with dimmable LED lamps", "G1",
     "Highways and Engineering", ["Highways and Engineering"], "Winter 2056/57", "period", "a season spanning "
     "two years"),
    ("A3", "3", "Add twenty benches with armrests and back rests along the promenade", "G1", "to be confirmed",
     [], "Summer 2057", "period", "'Lead: to be confirmed' = no owner"),
    ("A4", "4", "Put up new signs and maps with walking times at every seafront entrance", "G1",
     "All Place Directorate teams", ["All Place Directorate teams"], "Spring 2057", "period",
     "diffuse owner; the card says it also supports Goal 3 → G1 and G3"),
    ("A5", "5", "Clean Main Beach and East Beach every morning before 9 am", "G2", "Cleansing Services",
     ["Cleansing Services"], "Every summer", "recurring", "recurring; 'before 9 am' is part of the action"),
    ("A6", "6", "Trace and fix the misconnected drains that pollute the stream at Gull Creek", "G2",
     "Environmental Health and Southern Coast Water", ["Environmental Health", "Southern Coast Water"], "2058",
     "period", "two owners"),
    ("A7", "7", "Install solar compacting bins at the five busiest beach entrances", "G2", "Cleansing Services",
     ["Cleansing Services"], None, None, "no 'When' line: no deadline"),
    ("A8", "9", "Hold a monthly makers' market at the Old Harbour from October to March", "G3", "Events Team",
     ["Events Team"], "Ongoing", "continuous", "continuous"),
    ("A9", "10", "Let empty beach huts to local makers at a reduced rent over the winter", "G3",
     "Property Services", ["Property Services"], "1 October 2056", "date", ""),
    ("A10", "11", "Reopen the Pier Pavilion as a café and events space that is open all year", "G3",
     "Property Services with Wetherden Pier Trust", ["Property Services", "Wetherden Pier Trust"], "2061",
     "period", "two owners joined by 'with'; '2061' after the plan period 2056–2059"),
]
EN_ROW = {r[0]: r for r in EN_ROWS}
EN_PINS = {"1": (60, 250), "2": (210, 190), "3": (300, 205), "4": (385, 170), "5": (470, 175), "6": (545, 215),
           "7": (430, 150), "8": (500, 150), "9": (640, 110), "10": (580, 165), "11": (350, 120)}
EN_CSS = """
@page { size: A4; margin: 12mm 12mm 14mm 12mm; }
body { margin: 0; font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10.5pt; color: #1c2b33; }
.bar { display: flex; justify-content: space-between; font-size: 8pt; color: #5a6b75; border-bottom: 1px solid #d5dde2;
  padding-bottom: 1.5mm; margin-bottom: 3mm; }
.hero { background: linear-gradient(180deg, #2b5d7d 0%, #4f8fb3 55%, #e3c998 56%, #d9b77d 100%); color: #fff;
  height: 92mm; position: relative; margin-bottom: 6mm; }
.hero .t { position: absolute; left: 10mm; bottom: 30mm; right: 10mm; }
.hero h1 { font-size: 26pt; margin: 0 0 2mm; text-shadow: 0 1px 3px rgba(0,0,0,.5); }
.hero .sub { font-size: 12pt; }
.byline { font-size: 9pt; color: #5a6b75; margin: 0 0 5mm; }
.narr { max-width: 150mm; margin: 0 auto 4mm; line-height: 1.45; }
.facts { display: flex; gap: 4mm; margin: 5mm 0; }
.fact { flex: 1; background: #eef4f7; padding: 3mm; text-align: center; }
.fact b { display: block; font-size: 20pt; color: #2b5d7d; }
.fact span { font-size: 8.5pt; }
blockquote { font-size: 13pt; font-style: italic; color: #2b5d7d; border-left: 3px solid #e0a84c; margin: 5mm 20mm;
  padding-left: 5mm; }
blockquote cite { display: block; font-size: 8.5pt; color: #5a6b75; font-style: normal; margin-top: 1mm; }
.slide { display: flex; gap: 5mm; break-inside: avoid; margin: 6mm 0 3mm; }
.panel { flex: 0 0 68mm; background: #1f3a4d; color: #fff; padding: 4mm; }
.panel .lab { font-size: 8pt; letter-spacing: .12em; text-transform: uppercase; color: #e0a84c; }
.panel h3 { font-size: 13pt; margin: 1mm 0 2mm; line-height: 1.25; }
.panel p { font-size: 9pt; line-height: 1.4; margin: 0; }
.media { flex: 1; }
.media svg { width: 100%; height: auto; display: block; border: 1px solid #c9d4da; }
.cap { font-size: 7.5pt; color: #5a6b75; margin-top: 1mm; }
.stops { display: grid; grid-template-columns: 1fr 1fr; gap: 3mm; margin-bottom: 4mm; }
.stop { border: 1px solid #d5dde2; border-radius: 2mm; padding: 2.5mm 3mm; break-inside: avoid; display: flex; gap: 3mm; }
.num { flex: 0 0 7mm; height: 7mm; border-radius: 50%; background: #e0a84c; color: #1c2b33; font-weight: bold;
  text-align: center; line-height: 7mm; font-size: 9pt; }
.stop h4 { margin: 0 0 1mm; font-size: 9.5pt; }
.stop p { margin: 0 0 1mm; font-size: 9pt; line-height: 1.35; }
.stop .meta { font-size: 8pt; color: #3d5666; }
.note { background: #f6f1e7; padding: 3mm 4mm; font-size: 9pt; margin: 3mm 0; break-inside: avoid; }
.foot { font-size: 8pt; color: #5a6b75; border-top: 1px solid #d5dde2; padding-top: 2mm; margin-top: 6mm; }
"""


def _en_map(active: set[str]) -> str:
    """An SVG map of the coast: sea, beach, promenade, roads and the numbered tour pins (active ones filled)."""
    pins = []
    for nr, (x, y) in EN_PINS.items():
        on = nr in active
        pins.append(f'<circle cx="{x}" cy="{y}" r="{11 if on else 8}" fill="{"#e0a84c" if on else "#ffffff"}" '
                    f'stroke="#1f3a4d" stroke-width="2"/><text x="{x}" y="{y + 3.5}" text-anchor="middle" '
                    f'font-size="{10 if on else 8}" font-family="Liberation Sans" font-weight="bold" '
                    f'fill="#1f3a4d">{nr}</text>')
    return ('<svg viewBox="0 0 700 300" xmlns="http://www.w3.org/2000/svg">'
            '<rect width="700" height="300" fill="#eef1e6"/>'
            '<path d="M0 300 L0 270 C120 230 200 215 300 220 C420 225 520 240 600 190 C640 165 680 150 700 148 '
            'L700 300 Z" fill="#a9cfe3"/>'
            '<path d="M0 270 C120 230 200 215 300 220 C420 225 520 240 600 190 C640 165 680 150 700 148" '
            'fill="none" stroke="#e3c998" stroke-width="18"/>'
            '<path d="M20 245 C140 200 220 190 320 195 C430 200 520 205 600 160 C640 140 670 125 700 120" '
            'fill="none" stroke="#9aa5ab" stroke-width="5" stroke-dasharray="2 0"/>'
            '<path d="M60 250 L110 60 M350 120 L360 20 M640 110 L600 10" stroke="#ffffff" stroke-width="7"/>'
            + "".join(pins) + "</svg>")


@plan_builder
def build_seafront_storymap_en() -> tuple[Plan, Path]:
    """English action plan (HTML → Chromium, A4) PRINTED FROM A STORY MAP: a hero cover, narrative, big-number
    facts and a quote; per goal a sidecar slide (dark panel with 'Goal n' and the goal, an SVG map with the numbered
    pins of that goal lit) followed by its guided-tour stops as numbered cards with 'Lead:' and 'When:' lines."""
    slug = EN_SLUG
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    measures = mb49._measures(EN_ROWS, 2059)
    for m in measures:
        if m.id == "A4":
            m.goals = ["G1", "G3"]
    plan = Plan(slug=slug, language="en", title=EN_TITLE, period=(2056, 2059),
                goals=[G(g, t) for g, t in EN_GOALS], measures=measures, source_ext="html", notes=EN_NOTES)
    texts = {
        "G1": "Most of our visitors walk. Broken surfaces, steps and dark stretches keep older people, wheelchair "
              "users and families with buggies away from parts of the seafront.",
        "G2": "Main Beach and East Beach have flown the Blue Flag since 2049. Two poor water samples at Gull Creek "
              "in 2055 put that at risk.",
        "G3": "Nine in ten visits are between May and September. In winter half of the kiosks close and the Old "
              "Harbour is quiet.",
        "G4": "The Shoreline Management Plan, prepared with the Environment Agency and our neighbouring councils, "
              "sets the policy for each stretch of coast. Schemes for the seafront will be added to this story "
              "when funding is confirmed.",
    }
    body = []
    for i, (gid, gt) in enumerate(EN_GOALS, 1):
        stops = [s for s in EN_STOPS if s[2] == gid]
        body.append(f'<div class="slide"><div class="panel"><div class="lab">Goal {i}</div><h3>{E(gt)}</h3>'
                    f'<p>{E(texts[gid])}</p></div><div class="media">{_en_map({s[0] for s in stops})}'
                    f'<div class="cap">{"Map: " + EN_LEFTOVER if i == 1 else "Numbered pins: stops on the tour."}'
                    "</div></div></div>")
        if not stops:
            body.append('<div class="note">There are no stops for this goal yet. The Coast and Countryside Team '
                        "will update the map after the coastal defence review in 2057.</div>")
            continue
        body.append('<div class="stops">')
        for nr, place, _g, mid, desc in stops:
            if mid is None:
                inner = f"<p>{E(desc)}</p>"
            else:
                _id, _nr, txt, _gg, who, _o, when, _k, _n = EN_ROW[mid]
                meta = [f"<b>Lead:</b> {E(who)}"]
                if when:
                    meta.append(f"<b>When:</b> {E(when)}")
                inner = f"<p>{E(txt)}.</p><div class=\"meta\">{' &nbsp;·&nbsp; '.join(meta)}</div>"
                if mid == "A4":
                    inner += '<div class="meta">Also supports Goal 3.</div>'
            body.append(f'<div class="stop"><div class="num">{nr}</div><div><h4>{E(place)}</h4>{inner}</div></div>')
        body.append("</div>")
    html = (
        f'<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>{E(EN_TITLE)}</title>'
        f"<style>{EN_CSS}</style></head><body>"
        '<div class="bar"><span>Wetherden District Council · StoryMaps</span><span>Share · Print · '
        "storymaps.wetherden.gov.uk/seafront</span></div>"
        f'<div class="hero"><div class="t"><h1>{E(EN_TITLE)}</h1><div class="sub">How we will look after '
        "the seafront from Saltmarsh Point to the Old Harbour</div></div></div>"
        '<p class="byline">Wetherden District Council · Coast and Countryside Team · Published 12 March 2056 · '
        "Agreed by Cabinet on 4 March 2056</p>"
        '<p class="narr">The seafront is Wetherden\'s front door. It is where residents walk the dog, where '
        "visitors spend their money and where the town meets the sea. This story is our action plan for the next "
        "four years. Scroll through the four goals: each has a map, and each numbered stop on the map is "
        "something we will do there, who leads it and when.</p>"
        '<div class="facts"><div class="fact"><b>4.2 km</b><span>of promenade</span></div><div class="fact">'
        '<b>1.3 million</b><span>visits in 2055</span></div><div class="fact"><b>64</b><span>beach huts, 11 '
        'empty in winter</span></div><div class="fact"><b>2</b><span>Blue Flag beaches</span></div></div>'
        "<blockquote>“In January you can walk from the pier to the harbour and not see an open door.”"
        "<cite>— resident at the seafront drop-in, October 2055</cite></blockquote>"
        '<p class="narr">The council is the coast protection authority for this stretch under the Coast '
        "Protection Act 1949, and the Environment Agency leads on flooding from the sea and classifies the "
        "bathing waters every year. Those duties stand whatever this plan says.</p>"
        + "".join(body)
        + '<div class="foot">Questions about this story: coast@wetherden.gov.uk · Progress is reported to '
          "Cabinet every autumn, and the story is updated when a stop is finished. Basemap © Wetherden District "
          "Council.</div></body></html>\n"
    )
    src = d / f"{slug}.html"
    src.write_text(html, encoding="utf-8")
    pdf = bk.chromium_pdf(src, d / f"{slug}.pdf")
    _gold(plan, pdf, leftovers=(EN_LEFTOVER,))
    return plan, pdf


EN_NOTES = """
HTML/SVG → Chromium, A4 portrait, Liberation Sans, Wetherden District Council (England), Coast and Countryside Team:
the action plan PRINTED FROM A STORY MAP (web story with maps). Top: the app bar 'Wetherden District Council ·
StoryMaps' / 'Share · Print · <address>' (chrome). A HERO cover block with the title and subtitle; byline 'Published 12
March 2056 · Agreed by Cabinet on 4 March 2056' (no deadline); an introduction (how to read: each goal has a map,
each numbered stop is something we will do, who leads it and when); four BIG-NUMBER facts; a resident's QUOTE; the
Coast Protection Act 1949 and the Environment Agency's duties (another body's duty, no goal). Then per goal a
SIDECAR SLIDE: a dark panel 'GOAL n' + the goal sentence as heading (= the GOAL) and a paragraph of background,
beside an SVG MAP of the coast with numbered pins (the goal's own pins lit; the pin numbers are map labels). The
first map's caption is 'Map: [add alt text for the map – JK]' = EDITORIAL LEFTOVER. Under each slide the goal's
GUIDED-TOUR STOPS as numbered cards: the place name (bold, no measure), the action sentence = the MEASURE (without
the final '.'), a line 'Lead: … · When: …'. The measure's GOAL is the slide it stands under; stop 4 adds 'Also
supports Goal 3.' → A4 serves G1 and G3. Stop 8 'Lifeguard station' (RNLI lifeguards: 'The RNLI runs and pays for
this service') = another body's service, NO measure. Goal 4 has NO STOP ('There are no stops for this goal yet …
after the coastal defence review in 2057': a deferral) → goal without measures. OWNERS = after 'Lead:' ('Highways and
Engineering', 'Cleansing Services', 'Events Team', 'Property Services' one each; 'Environmental Health and Southern
Coast Water', 'Property Services with Wetherden Pier Trust' two each; 'All Place Directorate teams' diffuse; 'Lead:
to be confirmed' = none). DEADLINES = after 'When:' ('By March 2057', 'Winter 2056/57', 'Summer 2057', 'Spring 2057',
'2058' periods; '1 October 2056' date; 'Every summer' recurring; 'Ongoing' continuous; '2061' after 2056–2059); stop
7 has no 'When' = none. 'every morning before 9 am' and 'from October to March' are parts of the actions. The footer
(Cabinet every autumn) is process.
"""



# =========================================================================== 3 Danish project canvas (Chromium)

DA_SLUG = "borgerbudget-projektcanvas-da"
DA_TITLE = "Borgerbudgetter i Ravnsholm 2055–2057"
DA_GOALS = [
    ("G1", "Borgerne i alle fem lokalområder skal selv bestemme, hvordan en del af anlægsbudgettet bruges"),
    ("G2", "Flere unge og borgere, der sjældent deltager, skal komme med forslag og stemme"),
    ("G3", "De vindende projekter skal være gennemført senest et år efter afstemningen"),
    ("G4", "Borgerbudgetterne skal styrke samarbejdet mellem lokalrådene og kommunen"),
]
DA_LEFTOVER = "?? (afklares med Økonomi – Jonas)"
# (id, code, Aktivitet, goal, ansv. as printed, owners, milestone as printed or None, kind, note)
DA_ROWS = [
    ("A1", "A1", "Afsætte 1 mio. kr. om året til borgerbudget i hvert lokalområde", "G1", "Økonomiafdelingen",
     ["Økonomiafdelingen"], "Oktober 2055", "period", "deadline in the Milepæle box by code"),
    ("A2", "A2", "Holde idéværksteder i alle fem lokalområder", "G1", "Lokalrådene og Borgerservice",
     ["Lokalrådene", "Borgerservice"], "Marts–april 2055", "period", "two owners; a month span"),
    ("A3", "A3", "Lave regler for, hvilke forslag der kan stemmes om", "G1", "Projektgruppen", ["Projektgruppen"],
     "1. marts 2055", "date", ""),
    ("A4", "A4", "Give alle elever i 7.–10. klasse mulighed for at stemme i skoletiden", "G2", "Alle skoleledere",
     ["Alle skoleledere"], "Hvert forår", "recurring", "'Alle skoleledere' diffuse; recurring"),
    ("A5", "A5", "Tilbyde hjælp til at stemme på bibliotekerne og i plejecentrenes caféer", "G2", "Bibliotekerne",
     ["Bibliotekerne"], None, None, "no milestone for A5: no deadline"),
    ("A6", "A6", "Oversætte forslagene og stemmesedlen til engelsk, arabisk og ukrainsk", "G2", "", [], "Maj 2055",
     "period", "'ansv.: ?' = no owner"),
    ("A7", "A7", "Vise status for de vindende projekter på en offentlig projektoversigt på ravnsholm.dk", "G3",
     "Kommunikation", ["Kommunikation"], "Løbende", "continuous", "continuous"),
    ("A8", "A8", "Udpege en projektansvarlig i forvaltningen for hvert vindende projekt", "G3", "Teknik og Miljø",
     ["Teknik og Miljø"], "15. juni 2055", "date", "'Teknik og Miljø' is one forvaltning"),
    ("A9", "A9", "Evaluere borgerbudgetterne og lægge resultatet frem for byrådet", "G3", "Projektlederen",
     ["Projektlederen"], "2058", "period", "'2058' after the plan period 2055–2057"),
]
DA_CSS = """
@page { size: A3 landscape; margin: 9mm; }
body { margin: 0; font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9.4pt; color: #222; }
.top { display: grid; grid-template-columns: 2.2fr 1fr 1fr 1fr 1fr; border: 1.5px solid #333; margin-bottom: 3mm; }
.top div { padding: 1.6mm 2.4mm; border-right: 1px solid #999; }
.top div:last-child { border-right: 0; }
.top .l { display: block; font-size: 7pt; text-transform: uppercase; letter-spacing: .08em; color: #666; }
.top h1 { font-size: 17pt; margin: 0; }
.canvas { display: grid; grid-template-columns: 1fr 1.15fr 1.45fr 1fr; grid-template-rows: auto auto auto;
  gap: 0; border: 1.5px solid #333; }
.box { border: 1px solid #999; padding: 2.2mm 3mm; min-height: 40mm; }
.box h2 { font-size: 10pt; margin: 0 0 .4mm; text-transform: uppercase; letter-spacing: .05em; }
.box .q { font-size: 7.6pt; color: #777; font-style: italic; margin-bottom: 2mm; }
.box p { margin: 0 0 1.6mm; line-height: 1.3; }
.box ul { margin: 0 0 1.6mm; padding-left: 4mm; } .box li { margin-bottom: .8mm; line-height: 1.28; }
.aktiv { grid-row: 1 / span 2; grid-column: 3; background: #fffdf2; }
.mile { grid-row: 1 / span 2; grid-column: 4; background: #f5f9ff; }
.maal { background: #f3faf1; }
.goal { font-weight: bold; margin: 0 0 1.2mm; }
.sk { font-size: 8.2pt; color: #444; margin: 0 0 2.2mm 4mm; }
.grp { font-size: 8pt; font-weight: bold; color: #7a5b00; margin: 2mm 0 1mm; text-transform: uppercase; }
.act { margin: 0 0 1.5mm; line-height: 1.28; } .act b { display: inline-block; min-width: 7mm; }
.ms { margin: 0 0 1.4mm; } .ms b { display: inline-block; min-width: 7mm; }
.ev { margin: 0 0 1.4mm; color: #1d4f91; }
.foot { display: flex; justify-content: space-between; font-size: 7.5pt; color: #666; margin-top: 2mm; }
"""


@plan_builder
def build_borgerbudget_projektcanvas_da() -> tuple[Plan, Path]:
    """Danish plan (HTML/CSS grid → Chromium) on ONE A3 landscape PROJECT CANVAS: a title strip (projektejer,
    projektleder, version, godkendt), then labelled boxes; goals in 'Mål og succeskriterier', coded activities
    'A1'–'A9' with '(ansv.: …)' grouped 'Til mål n', and their dates by code in 'Milepæle'."""
    slug = DA_SLUG
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    plan = Plan(slug=slug, language="da", title=DA_TITLE, period=(2055, 2057),
                goals=[G(g, t) for g, t in DA_GOALS], measures=mb49._measures(DA_ROWS, 2057), source_ext="html",
                notes=DA_NOTES)
    crit = {"G1": ["Alle fem lokalområder har gennemført en afstemning i 2055, 2056 og 2057"],
            "G2": ["Mindst 12 % af borgerne over 14 år stemmer", "Mindst en tredjedel af forslagene kommer fra "
                   "borgere under 30 år"],
            "G3": ["90 % af vinderprojekterne er færdige inden for 12 måneder"],
            "G4": ["Lokalrådene giver samarbejdet mindst 4 ud af 5 i evalueringen"]}
    maal = []
    for i, (gid, gt) in enumerate(DA_GOALS, 1):
        maal.append(f'<p class="goal">Mål {i}. {E(gt)}.</p>'
                    + "".join(f'<p class="sk">✓ {E(c)}</p>' for c in crit[gid]))
    akt = []
    for i, (gid, _gt) in enumerate(DA_GOALS, 1):
        akt.append(f'<div class="grp">Til mål {i}</div>')
        rows = [r for r in DA_ROWS if r[3] == gid]
        if not rows:
            akt.append('<p class="act">Aktiviteter aftales med lokalrådene i efteråret 2055.</p>')
        for _id, code, txt, _g, who, _o, _w, _k, _n in rows:
            akt.append(f'<p class="act"><b>{code}</b> {E(txt)} (ansv.: {E(who) if who else "?"})</p>')
    ms = []
    events = {"A2": "Afstemning i alle lokalområder: 19.–25. maj 2055",
              "A6": "Byrådet godkender vinderprojekterne: 24. juni 2055"}
    for _id, code, _t, _g, _w, _o, when, _k, _n in sorted(DA_ROWS, key=lambda r: r[1]):
        if when:
            ms.append(f'<p class="ms"><b>{code}</b> {E(when)}</p>')
        if code in events:
            ms.append(f'<p class="ev">◆ {E(events[code])}</p>')
    html = (
        f'<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>{E(DA_TITLE)}</title>'
        f"<style>{DA_CSS}</style></head><body>"
        '<div class="top"><div><span class="l">Projektcanvas</span><h1>' + E(DA_TITLE) + "</h1></div>"
        '<div><span class="l">Projektejer</span>Lone Bisgaard, direktør for Kultur og Borgerservice</div>'
        '<div><span class="l">Projektleder</span>Jonas Kragh, Borgerservice</div>'
        '<div><span class="l">Version</span>2 · 28. januar 2055</div>'
        '<div><span class="l">Status</span>Godkendt i Økonomiudvalget 5. februar 2055</div></div>'
        '<div class="canvas">'
        '<div class="box"><h2>Formål</h2><div class="q">Hvorfor gør vi det?</div>'
        "<p>Byrådet vil give borgerne reel indflydelse på, hvad der sker i deres eget lokalområde. Med "
        "borgerbudgetter foreslår og stemmer borgerne selv om små anlægsprojekter – en legeplads, en sti, lys "
        "ved en busholdeplads.</p><p>Canvasset er projektets plan for 2055–2057 og opdateres, når "
        "styregruppen ændrer noget.</p></div>"
        '<div class="box maal"><h2>Mål og succeskriterier</h2><div class="q">Hvad vil vi opnå?</div>'
        + "".join(maal) + "</div>"
        '<div class="box aktiv"><h2>Aktiviteter</h2><div class="q">Hvad gør vi – og hvem har ansvaret?</div>'
        + "".join(akt) + "</div>"
        '<div class="box mile"><h2>Milepæle</h2><div class="q">Hvornår? (nummer = aktivitet)</div>'
        + "".join(ms) + "</div>"
        '<div class="box"><h2>Interessenter</h2><div class="q">Hvem påvirker eller påvirkes?</div><ul>'
        "<li>Lokalrådene i Ravnsholm by, Østerbøl, Kragsted, Lindum og Havnsø</li><li>Ungdomsrådet og "
        "Ældrerådet</li><li>Foreninger og skoler</li><li>Byrådet og Økonomiudvalget</li></ul></div>"
        '<div class="box"><h2>Projektgruppe</h2><div class="q">Hvem er med?</div><ul>'
        "<li>Jonas Kragh, projektleder</li><li>Sara Holm, Økonomiafdelingen</li><li>Ali Demir, Teknik og "
        "Miljø</li><li>Birthe Lund, Kommunikation</li><li>To repræsentanter for lokalrådene</li></ul></div>"
        '<div class="box"><h2>Ressourcer og budget</h2><div class="q">Hvad har vi?</div><ul>'
        "<li>5 mio. kr. om året til projekter (1 mio. kr. pr. lokalområde)</li><li>0,5 årsværk til "
        "projektledelse</li><li>Driftsudgifter til vindende projekter: " + E(DA_LEFTOVER) + "</li></ul></div>"
        '<div class="box"><h2>Risici</h2><div class="q">Hvad kan gå galt?</div><ul>'
        "<li>Lav deltagelse uden for Ravnsholm by (høj)</li><li>Projekter bliver dyrere end forventet "
        "(middel)</li><li>Forslag, som kommunen ikke må udføre (lav)</li></ul></div>"
        '<div class="box" style="grid-column: 3 / span 2"><h2>Rammer</h2><div class="q">Hvad skal vi holde os '
        "inden for?</div><ul><li>Pengene må kun bruges til opgaver, som kommunen lovligt kan varetage "
        "(kommunalfuldmagten).</li><li>Et projekt må højst koste 1 mio. kr. og skal kunne gennemføres på "
        "kommunens egne arealer. Ubrugte midler overføres ikke til næste år.</li><li>Byrådet træffer den "
        "endelige beslutning om vinderprojekterne.</li></ul></div>"
        "</div>"
        '<div class="foot"><span>Ravnsholm Kommune · Kultur og Borgerservice · Skabelon: Projektcanvas v3</span>'
        "<span>Side 1 af 1</span></div></body></html>\n"
    )
    src = d / f"{slug}.html"
    src.write_text(html, encoding="utf-8")
    pdf = bk.chromium_pdf(src, d / f"{slug}.pdf")
    _gold(plan, pdf, leftovers=(DA_LEFTOVER,))
    return plan, pdf


DA_NOTES = """
HTML/CSS grid → Chromium, ONE A3 LANDSCAPE SHEET, Liberation Sans, Ravnsholm Kommune (Kultur og Borgerservice): the
plan for participatory budgets written on a PROJECT CANVAS (footer 'Skabelon: Projektcanvas v3', 'Side 1 af 1').
Title strip 'Projektcanvas | Projektejer | Projektleder | Version | Status': the projektejer (a director) and the
projektleder own the project, not its activities; 'Version 2 · 28. januar 2055' and 'Godkendt i Økonomiudvalget 5.
februar 2055' are no deadlines. Boxes, each with an upper-case label and a grey question: 'Formål' (why; the canvas IS
the plan for 2055–2057), 'Mål og succeskriterier': 'Mål n.' + sentence (bold) = the GOALS (without label and '.'),
each followed by '✓ …' SUCCESS CRITERIA (targets: no goals, no measures, no deadlines). 'Aktiviteter' (tall box):
group labels 'TIL MÅL n' and coded lines 'A1'–'A9' + sentence + '(ansv.: …)' = the MEASURES (text without code and
parenthesis), linked to the goal of their group; OWNER = after 'ansv.:'. 'Til mål 4' holds only 'Aktiviteter aftales
med lokalrådene i efteråret 2055.' → G4 has NO MEASURE (a deferral). 'Milepæle' (tall box, 'nummer = aktivitet'):
lines 'A1 Oktober 2055' … = the DEADLINE of the activity with that code (joined by code across boxes); A5 has NO
milestone = no deadline; two blue '◆' lines are EVENTS (the vote 19.–25. maj 2055, the council's approval 24. juni
2055): no measures, no deadlines of any activity. 'Interessenter' and 'Projektgruppe' (people and bodies: no owners),
'Ressourcer og budget' (amounts; its last line 'Driftsudgifter til vindende projekter: ?? (afklares med Økonomi –
Jonas)' = EDITORIAL LEFTOVER), 'Risici' (risks with a rating: no measures), 'Rammer' (kommunalfuldmagten and money
rules: no goals, no measures). OWNERS as printed ('Økonomiafdelingen', 'Projektgruppen', 'Bibliotekerne',
'Kommunikation', 'Teknik og Miljø' (one forvaltning), 'Projektlederen' one each; 'Lokalrådene og Borgerservice' two;
'Alle skoleledere' diffuse; A6 '(ansv.: ?)' = none). DEADLINES as printed in Milepæle ('Oktober 2055', 'Marts–april
2055', 'Maj 2055' periods; '1. marts 2055', '15. juni 2055' dates; 'Hvert forår' recurring; 'Løbende' continuous;
'2058' after 2055–2057).
"""



# =========================================================================== 4 nynorsk comment summary (reportlab)

NN_SLUG = "kunstsamling-kommentarsamandrag-nn"
NN_TITLE = "Handlingsplan for den kommunale kunstsamlinga 2057–2060"
NN_GOALS = [
    ("G1", "Heile kunstsamlinga skal vere registrert, fotografert og søkbar på nett"),
    ("G2", "Kunstverka skal oppbevarast og hengast slik at dei ikkje tek skade"),
    ("G3", "Fleire innbyggjarar skal få sjå og oppleve kunsten i samlinga"),
    ("G4", "Nye innkjøp skal spegle kunstlivet i regionen"),
]
NN_LEFTOVER = "[set inn tal for 2056]"
# (id, nr, Tiltak, goal, Ansvar as printed, owners, Frist as printed or None, kind, note)
NN_ROWS = [
    ("T1", "1.1", "Registrere alle kunstverka i ein felles database med foto og plassering", "G1", "Kulturkontoret",
     ["Kulturkontoret"], "31.12.2058", "date", ""),
    ("T2", "1.2", "Gjere databasen open på nettsida til kommunen", "G1", "Kulturkontoret og IKT Grønnøy",
     ["Kulturkontoret", "IKT Grønnøy"], "2059", "period", "two owners"),
    ("T3", "2.1", "Flytte verka i kjellaren på rådhuset til eit klimasikra magasin", "G2", "Eigedom", ["Eigedom"],
     "Haust 2057", "period", ""),
    ("T4", "2.2", "Gå gjennom tilstanden til alle verk som heng i kommunale bygg", "G2", "Alle einingsleiarar",
     ["Alle einingsleiarar"], "Kvart år", "recurring", "'Alle einingsleiarar' diffuse; recurring"),
    ("T5", "2.3", "Lage ein rutine for korleis kunst skal hengast opp, flyttast og lånast ut", "G2", "", [],
     "1. halvår 2058", "period", "empty Ansvar: no owner (comment 5 proposes Eigedom: a comment, not the plan)"),
    ("T6", "3.1", "Vise ei utstilling frå samlinga i biblioteket kvar sommar", "G3", "Grønnøy folkebibliotek",
     ["Grønnøy folkebibliotek"], "Juni 2058", "period", "'kvar sommar' is part of the measure; Frist 'Juni 2058'"),
    ("T7", "3.2", "Lage ei kunstvandring med QR-kodar i rådhuset og på helsetunet", "G3", "Kulturkontoret",
     ["Kulturkontoret"], None, None, "empty Frist: no deadline (comment 6 suggests 'haust 2058': not the plan)"),
    ("T8", "3.3", "Låne ut kunst frå samlinga til skular og barnehagar", "G3", "Kulturkontoret",
     ["Kulturkontoret"], "Løpande", "continuous", "continuous"),
    ("T9", "3.4", "Syne fram gåva frå Ragna Vethe i ei eiga utstilling", "G3", "Kulturkontoret og Vethe-stiftinga",
     ["Kulturkontoret", "Vethe-stiftinga"], "2061", "period", "two owners; '2061' after the plan period 2057–2060"),
]
# comments: (sheet, n, kind, author, time, text, anchor key)
NN_COMMENTS = [
    (1, 1, "Notat", "Eli Moen", "14.03.2057 09:12", "Skal vi kalle dette plan eller strategi? Kulturutvalet "
     "brukte «strategi» i vedtaket.", "title"),
    (1, 2, "Utheva tekst", "Oddvar Brekke", "14.03.2057 10:40", "Talet på verk stemmer ikkje med registeret "
     "(det står 431 der).", "fact"),
    (1, 3, "Notat", "Oddvar Brekke", "14.03.2057 10:44", "Eg har tala for 2056 – sender i dag.", "leftover"),
    (1, 4, "Notat", "Eli Moen", "15.03.2057 13:05", "Mål 4 har ingen tiltak. Er det greitt at alt ventar på "
     "innkjøpsstrategien?", "g4"),
    (2, 5, "Notat", "Eli Moen", "15.03.2057 13:20", "Kven eig 2.3? Eg foreslår Eigedom, men det må avklarast "
     "med einingsleiar.", "t5"),
    (2, 6, "Sett inn tekst", "Oddvar Brekke", "16.03.2057 08:51", "haust 2058?", "t7"),
    (2, 7, "Notat", "Anne Sæle", "16.03.2057 11:02", "Stiftinga har sagt ja til å vere med, men vil ikkje "
     "betale for montering.", "t9"),
    (2, 8, "Overstreking", "Anne Sæle", "16.03.2057 11:04", "", "cost"),
]


@plan_builder
def build_kunstsamling_kommentarsamandrag_nn() -> tuple[Plan, Path]:
    """Nynorsk hearing draft (reportlab) printed as an ACROBAT-STYLE COMMENT SUMMARY: two A4 landscape sheets, each a
    page of the draft scaled to 62 % on the left (goals on p. 1, the measure table on p. 2) with numbered comment
    markers, and the comments listed on the right, joined to their markers by thin connector lines."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Paragraph

    slug = NN_SLUG
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    plan = Plan(slug=slug, language="nn", title=NN_TITLE, period=(2057, 2060),
                goals=[G(g, t) for g, t in NN_GOALS], measures=mb49._measures(NN_ROWS, 2060), source_ext="pdf",
                notes=NN_NOTES)
    f = bk.reportlab_fonts("LS")
    W, H = landscape(A4)
    PW, PH = A4
    SC = 0.62
    X0, Y0 = 28, 30
    pdf = d / f"{slug}.pdf"
    c = Canvas(str(pdf), pagesize=(W, H), invariant=1)
    c.setTitle("Kommentarsamandrag – " + NN_TITLE)
    c.setAuthor("Grønnøy kommune")
    ink = HexColor("#1e1e1e")
    st = lambda name, **kw: ParagraphStyle(name, fontName=kw.pop("font", f["normal"]), **kw)  # noqa: E731
    anchors: dict[str, tuple[float, float]] = {}

    def para(x, y_top, w, text, *, size=9, font=None, colour=ink, lead=1.3):
        pr = Paragraph(text, st(f"p{x}{y_top}{size}", font=font or f["normal"], fontSize=size,
                                leading=size * lead, textColor=colour))
        _w, ph = pr.wrap(w, 2000)
        pr.drawOn(c, x, y_top - ph)
        return ph

    def anchor(key, x, y):
        anchors[key] = (X0 + x * SC, Y0 + y * SC)

    def page_frame(n):
        c.setFillColor(HexColor("#e9e9e9"))
        c.rect(0, 0, W, H, stroke=0, fill=1)
        c.setFillColor(ink)
        c.setFont(f["bold"], 10)
        c.drawString(X0, H - 20, "Kommentarsamandrag for «Kunstsamling_hoyringsutkast_v3.pdf»")
        c.setFont(f["normal"], 8)
        c.drawRightString(W - 28, H - 20, f"Side {n}")
        c.setFillColor(HexColor("#bdbdbd"))
        c.rect(X0 + 3, Y0 - 3, PW * SC, PH * SC, stroke=0, fill=1)
        c.setFillColor(HexColor("#ffffff"))
        c.setStrokeColor(HexColor("#8a8a8a"))
        c.rect(X0, Y0, PW * SC, PH * SC, stroke=1, fill=1)

    def draft_head(n):
        c.setFillColor(HexColor("#6b6b6b"))
        c.setFont(f["normal"], 8)
        c.drawString(56, PH - 40, "Grønnøy kommune · Høyringsutkast 2. mars 2057")
        c.drawRightString(PW - 56, 40, f"Side {n} av 2")
        c.setStrokeColor(HexColor("#a0a0a0"))
        c.line(56, PH - 46, PW - 56, PH - 46)

    def comments(sheet):
        cx, cw = 440, W - 440 - 28
        y = H - 48
        for sh, n, kind, who, when, text, key in NN_COMMENTS:
            if sh != sheet:
                continue
            body = E(text) if text else "<i>(ingen kommentartekst)</i>"
            pr = Paragraph(f"<b>{n}</b>&nbsp;&nbsp;<font color='#555555' size='7.5'>{kind} · {E(who)} · "
                           f"{when}</font><br/>{body}", st(f"c{n}", fontSize=8.5, leading=11, textColor=ink))
            _w, ph = pr.wrap(cw - 12, 400)
            c.setFillColor(HexColor("#ffffff"))
            c.setStrokeColor(HexColor("#c9a800"))
            c.rect(cx, y - ph - 8, cw, ph + 8, stroke=1, fill=1)
            pr.drawOn(c, cx + 6, y - ph - 4)
            ax, ay = anchors[key]
            c.setStrokeColor(HexColor("#c9a800"))
            c.setLineWidth(0.6)
            c.line(ax + 9, ay + 4, cx, y - 6)
            c.setFillColor(HexColor("#ffe066"))
            c.rect(ax, ay, 9, 9, stroke=1, fill=1)
            c.setFillColor(ink)
            c.setFont(f["bold"], 6)
            c.drawCentredString(ax + 4.5, ay + 2.3, str(n))
            y -= ph + 18

    # ---- sheet 1: draft page 1
    page_frame(1)
    c.saveState()
    c.translate(X0, Y0)
    c.scale(SC, SC)
    draft_head(1)
    y = PH - 80
    c.setFillColor(HexColor("#2f4f6f"))
    c.setFont(f["bold"], 9)
    c.drawString(56, y, "GRØNNØY KOMMUNE · KULTUR")
    y -= 14
    y -= para(56, y, PW - 112, NN_TITLE, size=19, font=f["bold"], colour=HexColor("#2f4f6f"), lead=1.2)
    anchor("title", PW - 70, y + 30)
    y -= 4
    y -= para(56, y, PW - 112, "<i>Høyringsutkast. Høyringsfrist 30. april 2057.</i>", size=10) + 12
    y -= para(56, y, PW - 112, "<b>1 Innleiing</b>", size=12) + 4
    y -= para(56, y, PW - 112, "Grønnøy kommune eig om lag 400 kunstverk: måleri, grafikk, tekstil og "
              "skulptur. Dei fleste er kjøpte etter at kommunen vedtok å bruke ein prosent av byggjekostnaden "
              "på kunst i nye bygg. Mange verk heng i rådhuset, på skulane og på helsetunet, men ingen har full "
              "oversikt, og ein del står på lager i kjellaren.") + 6
    y -= para(56, y, PW - 112, "Planen svarar på vedtaket i kulturutvalet 7. november 2056, sak 41/56. "
              "Kulturlova seier at kommunen skal syte for eit breitt spekter av kulturverksemd; korleis "
              "kommunen tek vare på eigen kunst, bestemmer kommunen sjølv.") + 10
    y -= para(56, y, PW - 112, "<b>2 Kunstsamlinga i tal</b>", size=12) + 4
    facts = [("Kunstverk i samlinga", "412"), ("Verk på lager i kjellaren", "68"),
             ("Verk registrerte med foto", "97"), ("Innkjøp i 2056", NN_LEFTOVER)]
    for a, b in facts:
        c.setFillColor(ink)
        c.setFont(f["normal"], 9.5)
        c.drawString(70, y - 10, a)
        c.drawRightString(360, y - 10, b)
        if a.startswith("Kunstverk i"):
            c.setFillColor(HexColor("#fff2a8"))
            c.rect(66, y - 14, 298, 14, stroke=0, fill=1)
            c.setFillColor(ink)
            c.drawString(70, y - 10, a)
            c.drawRightString(360, y - 10, b)
            anchor("fact", 370, y - 14)
        if b == NN_LEFTOVER:
            anchor("leftover", 370, y - 14)
        y -= 16
    y -= 14
    y -= para(56, y, PW - 112, "<b>3 Mål</b>", size=12) + 4
    y -= para(56, y, PW - 112, "I planperioden 2057–2060 skal kommunen arbeide mot desse måla:") + 6
    for i, (gid, gt) in enumerate(NN_GOALS, 1):
        h = para(100, y, PW - 160, f"{E(gt)}.", size=10)
        c.setFont(f["bold"], 10)
        c.setFillColor(ink)
        c.drawString(56, y - 10, f"Mål {i}")
        if gid == "G4":
            anchor("g4", PW - 70, y - 12)
        y -= h + 6
    y -= 8
    para(56, y, PW - 112, "Tiltaka står i tabellen på neste side. Kvar tiltak har eit nummer der det første "
         "sifferet viser kva for eit mål tiltaket høyrer til.")
    c.restoreState()
    comments(1)
    c.showPage()

    # ---- sheet 2: draft page 2 (measure table)
    page_frame(2)
    c.saveState()
    c.translate(X0, Y0)
    c.scale(SC, SC)
    draft_head(2)
    y = PH - 80
    y -= para(56, y, PW - 112, "<b>4 Tiltak 2057–2060</b>", size=12) + 8
    cols = [(56, 30), (86, 250), (336, 120), (456, 83)]
    c.setFillColor(HexColor("#2f4f6f"))
    c.rect(56, y - 16, 483, 16, stroke=0, fill=1)
    c.setFillColor(HexColor("#ffffff"))
    c.setFont(f["bold"], 9)
    for (x, _w), head in zip(cols, ("Nr.", "Tiltak", "Ansvar", "Frist"), strict=True):
        c.drawString(x + 3, y - 11.5, head)
    y -= 16
    for i, (gid, _gt) in enumerate(NN_GOALS, 1):
        c.setFillColor(HexColor("#dfe7ef"))
        c.rect(56, y - 15, 483, 15, stroke=0, fill=1)
        c.setFillColor(ink)
        c.setFont(f["bold"], 8.5)
        c.drawString(59, y - 11, f"Mål {i}")
        y -= 15
        rows = [r for r in NN_ROWS if r[3] == gid]
        if not rows:
            h = para(89, y - 3, 440, "<i>Tiltak for nye innkjøp kjem i innkjøpsstrategien, som skal vere "
                     "ferdig i 2058.</i>", size=8.5)
            y -= h + 8
            c.setStrokeColor(HexColor("#c8c8c8"))
            c.line(56, y, 539, y)
        for _id, nr, txt, _g, who, _o, when, _k, _n in rows:
            hs = []
            for (x, w), val in zip(cols, (nr, E(txt), E(who), E(when or "")), strict=True):
                hs.append(para(x + 3, y - 3, w - 6, val, size=8.5) if val else 0)
            rh = max(hs) + 7
            if _id == "T5":
                anchor("t5", 336 + 6, y - rh + 2)
            if _id == "T7":
                anchor("t7", 456 + 6, y - rh + 2)
            if _id == "T9":
                anchor("t9", 336 + 60, y - rh + 2)
            y -= rh
            c.setStrokeColor(HexColor("#c8c8c8"))
            c.line(56, y, 539, y)
    y -= 18
    y -= para(56, y, PW - 112, "<b>5 Økonomi og oppfølging</b>", size=12) + 4
    h = para(56, y, PW - 112, "Registreringa i tiltak 1.1 er rekna til 350 000 kr og blir meld inn til "
             "budsjettet for 2058. Dei andre tiltaka blir dekte innanfor ramma til kulturkontoret. Planen blir "
             "følgd opp i årsmeldinga, og kulturutvalet får ein status kvar haust.")
    anchor("cost", 300, y - 14)
    c.setStrokeColor(HexColor("#d32f2f"))
    c.setLineWidth(1)
    c.line(90, y - 8, 300, y - 8)
    y -= h + 10
    para(56, y, PW - 112, "Kontakt: Eli Moen, kulturrådgjevar, eli.moen@gronnoy.kommune.no", size=8.5,
         colour=HexColor("#555555"))
    c.restoreState()
    comments(2)
    c.showPage()
    c.save()
    _gold(plan, pdf, leftovers=(NN_LEFTOVER,))
    return plan, pdf


NN_NOTES = """
reportlab, two A4 LANDSCAPE sheets, Liberation Sans, Grønnøy kommune (kultur): the HEARING DRAFT of the plan printed
as an ACROBAT-STYLE COMMENT SUMMARY ('Kommentarsamandrag for «Kunstsamling_hoyringsutkast_v3.pdf»', 'Side n'): on
each sheet a page of the draft SCALED TO 62 % inside a grey frame with a shadow on the left (its own running head
'Grønnøy kommune · Høyringsutkast 2. mars 2057' and 'Side n av 2'), and on the right the reviewers' COMMENTS in
yellow-ruled boxes ('n  Notat · <name> · dd.mm.yyyy hh:mm' + text), each joined by a thin CONNECTOR LINE to a small
numbered yellow MARKER on the draft. The COMMENTS are not the plan: no goals, no measures, no owners, no deadlines
(comment 5 proposes 'Eigedom' for 2.3 — still no owner; comment 6 'Sett inn tekst: haust 2058?' beside 3.2's empty
Frist — still no deadline; comment 8 is a strike-out without text over a sentence of chapter 5). Draft p. 1: kicker,
title, 'Høyringsfrist 30. april 2057' (the hearing deadline, no measure's), '1 Innleiing' (the collection, the
council's order 'sak 41/56', kulturlova 'skal' = national duty, no goal), '2 Kunstsamlinga i tal' (figures; the row
'Innkjøp i 2056 [set inn tal for 2056]' = EDITORIAL LEFTOVER; one row highlighted by a reviewer), '3 Mål': 'Mål 1'–
'Mål 4' + sentence = the GOALS (without label and '.'), a reading note (the first digit of a measure number is its
goal). Draft p. 2: '4 Tiltak 2057–2060', ONE TABLE 'Nr. | Tiltak | Ansvar | Frist' with goal rows 'Mål n'; rows =
MEASURES (Tiltak cell), goal = the first digit of Nr. (and the goal row above). Under 'Mål 4' only an italic line
'Tiltak for nye innkjøp kjem i innkjøpsstrategien, som skal vere ferdig i 2058.' → G4 has NO MEASURE (a deferral).
'5 Økonomi og oppfølging' (350 000 kr for 1.1, budget rules, status every autumn) = money and process, no measures.
OWNERS = Ansvar as printed ('Kulturkontoret', 'Eigedom', 'Grønnøy folkebibliotek' one each; 'Kulturkontoret og IKT
Grønnøy', 'Kulturkontoret og Vethe-stiftinga' two each; 'Alle einingsleiarar' diffuse; 2.3 empty = none). DEADLINES
= Frist as printed ('31.12.2058' date; '2059', 'Haust 2057', '1. halvår 2058', 'Juni 2058' periods; 'Kvart år'
recurring; 'Løpande' continuous; '2061' after 2057–2060; 3.2 empty = none). 'kvar sommar' in 3.1 is part of the
measure.
"""


# =========================================================================== checks (extended below)


def verify(slug: str) -> list[str]:
    """mb3.verify (pdftotext, page by page), batch 34's whole-text check on content order and the layout facts."""
    return mb3.verify(slug) + mb34._whole_text_raw(slug) + _layout_facts(slug)


def _layout_facts(slug: str) -> list[str]:
    """One set of layout facts per plan, read back from the PDF: the inspection report holds ten raster images (map
    and nine photos) and nine 'Punkt n' titles; the story map prints eleven numbered stops' places and ten 'Lead:'
    lines; the canvas is one A3 landscape page with all nine box labels; the comment summary is two A4 landscape
    sheets with eight comment headers."""
    import subprocess

    import pdfplumber

    pdf = OUT / slug / f"{slug}.pdf"
    pages = mb3.pdftotext_pages(pdf)
    sq = mb3._squash
    text = "".join(pages)
    bad = []
    with pdfplumber.open(str(pdf)) as doc:
        sizes = [(round(float(p.width)), round(float(p.height))) for p in doc.pages]
    if slug == NB_SLUG:
        imgs = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True).stdout
        n = len([ln for ln in imgs.splitlines()[2:] if " image " in ln])
        if n < 10:
            bad.append(f"{slug}: {n} images, expected the map and nine photos")
        if any(sq(f"Punkt {k} ·") not in text for k in range(1, 10)):
            bad.append(f"{slug}: not all nine 'Punkt n' titles printed")
    if slug == EN_SLUG and (any(sq(place) not in text for _n, place, *_r in EN_STOPS)
                            or text.count(sq("Lead:")) != 10):
            bad.append(f"{slug}: not eleven stops with ten 'Lead:' lines")
    if slug == DA_SLUG:
        if sizes != [(1191, 842)]:
            bad.append(f"{slug}: not one A3 landscape page: {sizes}")
        for lab in ("Formål", "Mål og succeskriterier", "Aktiviteter", "Milepæle", "Interessenter", "Projektgruppe",
                    "Ressourcer og budget", "Risici", "Rammer"):
            if sq(lab) not in text:
                bad.append(f"{slug}: box {lab!r} not printed")
    if slug == NN_SLUG:
        if sizes != [(842, 595), (842, 595)]:
            bad.append(f"{slug}: not two A4 landscape sheets: {sizes}")
        if sum(text.count(sq(k)) for k in ("Notat ·", "Utheva tekst ·", "Sett inn tekst ·", "Overstreking ·")) != 8:
            bad.append(f"{slug}: not eight comment headers")
    return bad


def main(argv: list[str]) -> None:
    """Build the plans (or the SLUGs), --verify or --twice: blindkit.plans_main."""
    bk.plans_main(argv, plans=PLANS, out=OUT, verify=verify, patterns=PATTERNS)


if __name__ == "__main__":
    main(sys.argv[1:])
