"""Build the fifty-first batch of blind authored plans (corpora/authored/<slug>/), four layout forms no earlier batch
holds: a bokmål winter-maintenance plan written in LEGAL STYLE — chapters, numbered paragraphs (§ 1–§ 12), ledd
'(1)', '(2)' and lettered items 'a)', 'b)' — whose goals are the lettered items of § 4 and whose measures are the
lettered items of §§ 6–9, with the owners and deadlines given in LATER LEDD THAT POINT BACK to the letters
('Kommunalteknikk har ansvaret for tiltakene i første ledd bokstav a og b') (python-docx → LibreOffice Writer); a
nynorsk archive plan that reached its readers as an E-MAIL, printed from Outlook: the printing user's name, the
message header (Frå / Sendt / Til / Kopi / Emne / Vedlegg), the plan pasted into the body with a Word table, the
signature and a confidentiality footer, and the earlier message of the thread quoted under it (HTML → Chromium); a
Danish handleplan for children's transitions drawn as a METRO MAP: one coloured line per målsætning, the
målsætning written in the line's END STATION, the indsatser as stations with 'owner · time' labels, and an
INTERCHANGE station shared by two lines (reportlab); an English youth employment programme set out as a LOGICAL
FRAMEWORK (logframe) matrix: overall objective, specific objective, outputs and activities against indicators,
sources of verification and assumptions, the activities' lead and timing in the matrix's activity rows
(odfpy .odt → LibreOffice Writer, landscape).

    python corpora/scripts/make_blind_corpus51.py              # every plan
    python corpora/scripts/make_blind_corpus51.py SLUG ...     # some of them
    python corpora/scripts/make_blind_corpus51.py --verify     # check gold against the PDFs
    python corpora/scripts/make_blind_corpus51.py --twice      # build twice, compare sha256

Generic helpers from blindkit.py; plan data classes, findings (as in batch 1), gold writer and the odfpy writer
`Odt` from make_blind_corpus.py, the pdftotext check from make_blind_corpus3.py, the whole-text check on pdftotext
-raw from make_blind_corpus34.py, the row helper `_odt_rows_unsplit` from make_blind_corpus37.py, the
editorial-leftover appender `_leftovers` from make_blind_corpus41.py and `_measures` from make_blind_corpus49.py
(imported, not copied). Written blind: the author read no code under plancheck/, bench/, tests/, rules/ or docs/
and did not run plancheck. Gold files carry `held_out: true`.
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
from make_blind_corpus import G, Plan  # noqa: E402

ROOT = HERE.parents[1]
OUT = ROOT / "corpora" / "authored"

PLANS, plan_builder, write_gold = mb.builder_registry("make_blind_corpus51.py")
E = lambda s: _h.escape(s, quote=False)  # noqa: E731
PATTERNS = ("*.docx", "*.odt", "*.html", "*.pdf", "*.gold.yaml")


def _gold(plan: Plan, pdf: Path, *, leftovers: tuple[str, ...] = (), **kw) -> Path:
    """make_blind_corpus49._gold (pdftotext pages, leftovers appended) with this builder's name in the header."""
    path = bk.gold_by_pdftotext(write_gold, plan, pdf, **kw)
    if leftovers:
        mb41._leftovers(path, pdf, leftovers)
    return path


# =========================================================================== 1 bokmål plan in legal style (python-docx)

NB_SLUG = "vinterdrift-paragrafer-nb"
NB_TITLE = "Plan for vinterdrift og trygg ferdsel om vinteren 2029–2032"
NB_GOALS = [
    ("G1", "gang- og sykkelveger til skoler og barnehager skal være brøytet og strødd før klokken 07.30 på skoledager"),
    ("G2", "eldre og personer med nedsatt funksjonsevne skal kunne ta seg trygt fram til butikk, helsetjenester og "
           "bussholdeplass om vinteren"),
    ("G3", "vinterdriften skal bruke mindre salt og gi lavere utslipp"),
    ("G4", "innbyggerne skal få rask og riktig informasjon om brøyting og glatte veger"),
]
NB_LEFTOVER = "[sjekk hjemmel med kommuneadvokaten – Ingrid]"
# (id, nr, text, goal, owner as printed, owners, deadline as printed or None, kind, note)
NB_ROWS = [
    ("T1", "6 a", "opprette en egen brøyterode for skolevegene med utkjøring klokken 05.00", "G1", "Kommunalteknikk",
     ["Kommunalteknikk"], "fra vintersesongen 2029/30", "period",
     "owner and deadline only in § 6 (2) and (3), which point back to 'første ledd bokstav a'"),
    ("T2", "6 b", "legge snøopplaget ved skolene slik at brøytekantene ikke sperrer for gående", "G1",
     "Kommunalteknikk", ["Kommunalteknikk"], "innen 1. oktober 2030", "date", "one deadline sentence for b and c"),
    ("T3", "6 c", "lære opp skolepatruljene til å melde fra om glatte partier på skolevegen", "G1", "alle rektorer",
     ["alle rektorer"], "innen 1. oktober 2030", "date", "'alle rektorer' diffuse"),
    ("T4", "7 a", "dele ut gratis strøsand til innbyggere over 75 år som ber om det", "G2", "", [], "hver høst",
     "recurring", "§ 7 (3): responsibility 'ennå ikke avklart' between two units = no owner; recurring"),
    ("T5", "7 b", "etablere en ordning med frivillige snømåkere for innbyggere som ikke klarer å måke selv", "G2",
     "Lyngsvær frivilligsentral", ["Lyngsvær frivilligsentral"], "fra 1. desember 2029", "date",
     "owner and deadline in the same sentence of § 7 (2)"),
    ("T6", "7 c", "prioritere gangvegene til helsesenteret og Lyngsvær omsorgssenter i brøyteplanen", "G2", "", [],
     None, None, "no owner (not clarified) and no deadline anywhere in § 7"),
    ("T7", "8 a", "gå over fra tørt salt til saltlake og befuktet sand på hovedvegene", "G3", "Kommunalteknikk",
     ["Kommunalteknikk"], "innen utgangen av 2030", "period", "deadline in a dash list in § 8 (2)"),
    ("T8", "8 b", "stille krav om fossilfrie maskiner i nye kontrakter om brøyting", "G3", "Kommunalteknikk",
     ["Kommunalteknikk"], "fra 1. juli 2031", "date", ""),
    ("T9", "8 c", "kartlegge hvor smeltevann med veisalt renner ut i bekker og drikkevannskilder", "G3",
     "Miljørådgiveren og Vann og avløp", ["Miljørådgiveren", "Vann og avløp"], "i løpet av 2033", "period",
     "two owners; '2033' after the plan period 2029–2032"),
    ("T10", "9 a", "sende SMS-varsel om glatte veger og strøing til innbyggere som har meldt seg på", "G4",
     "Servicetorget", ["Servicetorget"], "fortløpende", "continuous", "continuous"),
    ("T11", "9 b", "vise brøytestatus i sanntid i kartet på kommunens nettside", "G4", "Kommunalteknikk og IKT",
     ["Kommunalteknikk", "IKT"], "1. halvår 2031", "period", "two owners"),
    ("T12", "9 c", "svare på meldinger om brøyting i Meld fra-løsningen innen to virkedager", "G4", "Servicetorget",
     ["Servicetorget"], "fortløpende", "continuous",
     "'innen to virkedager' is part of the measure (a service standard), not its deadline; continuous"),
]
# per § of measures: (number, title, goal letter, ledd (2) and (3) as printed)
NB_PARAS = [
    ("6", "Tiltak for trygg skoleveg", "a", "G1", [
        "Tiltaket i første ledd bokstav a settes i verk fra vintersesongen 2029/30. Tiltakene i bokstav b og c skal "
        "være gjennomført innen 1. oktober 2030.",
        "Kommunalteknikk har ansvaret for tiltakene i første ledd bokstav a og b. For tiltaket i bokstav c har alle "
        "rektorer ansvaret.",
    ]),
    ("7", "Tiltak for eldre og personer med nedsatt funksjonsevne", "b", "G2", [
        "Ordningen i første ledd bokstav b skal være i drift fra 1. desember 2029, og Lyngsvær frivilligsentral har "
        "ansvaret for den. Utdelingen av strøsand etter bokstav a skjer hver høst.",
        "Hvem som skal ha ansvaret for tiltakene i første ledd bokstav a og c, er ennå ikke avklart mellom "
        "Kommunalteknikk og Helse og omsorg. Kommunedirektøren avgjør spørsmålet.",
    ]),
    ("8", "Tiltak for en mer miljøvennlig vinterdrift", "c", "G3", [
        "Tiltakene i første ledd gjennomføres slik:\n– tiltaket i bokstav a innen utgangen av 2030,\n– tiltaket i "
        "bokstav b fra 1. juli 2031, når de kontraktene som gjelder nå, går ut,\n– tiltaket i bokstav c i løpet av "
        "2033.",
        "Kommunalteknikk har ansvaret for tiltakene i bokstav a og b. Tiltaket i bokstav c er lagt til "
        "Miljørådgiveren og Vann og avløp.",
    ]),
    ("9", "Tiltak for bedre informasjon", "d", "G4", [
        "Servicetorget har ansvaret for tiltakene i første ledd bokstav a og c og følger dem opp fortløpende.",
        "Tiltaket i bokstav b utvikles av Kommunalteknikk og IKT og skal være ferdig 1. halvår 2031.",
    ]),
]


@plan_builder
def build_vinterdrift_paragrafer_nb() -> tuple[Plan, Path]:
    """Bokmål plan (python-docx → LibreOffice Writer) written in LEGAL STYLE: kapittel / § / ledd / bokstav; goals
    = the lettered items of § 4 first ledd; measures = the lettered items under 'Kommunen skal' in §§ 6–9; owners and
    deadlines in the following ledd, which name the letters they apply to."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt

    slug = NB_SLUG
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    plan = Plan(slug=slug, language="nb", title=NB_TITLE, period=(2029, 2032),
                goals=[G(g, t) for g, t in NB_GOALS], measures=mb49._measures(NB_ROWS, 2032), source_ext="docx",
                notes=NB_NOTES)
    doc = dh.new_document(font="Liberation Serif", size=11, margins_mm=25, heading_color="000000")
    mb.docx_lang(doc, "nb-NO")
    sec = doc.sections[0]
    dh.ruled_header(sec, "Lyngsvær kommune – Plan for vinterdrift 2029–2032", size=8.5)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    dh.page_of_footer(fp, "Side ", " av ", "3", size=8.5)

    def p(text, **kw):
        kw.setdefault("space_after", 5)
        return dh.para(doc, text, **kw)

    def chap(text):
        p(text, bold=True, size=12, space_before=12, space_after=6, align=WD_ALIGN_PARAGRAPH.CENTER,
          keep_with_next=True)

    def para_head(text):
        p(text, bold=True, size=11, space_before=8, space_after=4, keep_with_next=True)

    def ledd(n, text, keep=False):
        par = p(f"({n}) {text}", keep_with_next=keep)
        par.paragraph_format.first_line_indent = Mm(0)
        return par

    def litra(letter, text, last=False):
        par = p(f"{letter})\t{text}{'.' if last else ','}", space_after=2)
        par.paragraph_format.left_indent = Mm(14)
        par.paragraph_format.first_line_indent = Mm(-7)
        par.paragraph_format.tab_stops.add_tab_stop(Mm(14))
        return par

    p(NB_TITLE, bold=True, size=16, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=6)
    p("Vedtatt av Lyngsvær kommunestyre 11. desember 2028, sak 88/28, med hjemmel i plan- og bygningsloven § 11-1 og "
      "veglova § 20.", italic=True, size=10, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=14)
    chap("Kapittel 1. Innledende bestemmelser")
    para_head("§ 1 Formål")
    ledd(1, "Formålet med planen er å samle kommunens mål og tiltak for vinterdriften av de kommunale vegene, gang- "
            "og sykkelvegene og plassene i planperioden, og å gjøre det kjent hvem som har ansvaret for hva.")
    para_head("§ 2 Virkeområde")
    ledd(1, "Planen gjelder kommunale veger, gang- og sykkelveger, fortau, trapper og parkeringsplasser som kommunen "
            "eier eller drifter.")
    ledd(2, "Fylkesvegene gjennom Lyngsvær driftes av fylkeskommunen og er ikke omfattet av planen. Private veger "
            "og stikkveger er eiernes ansvar.")
    para_head("§ 3 Forholdet til annet regelverk")
    ledd(1, "Som vegeier skal kommunen holde de kommunale vegene i forsvarlig stand hele året, jf. veglova § 20. "
            "Planen kommer i tillegg til disse pliktene og endrer dem ikke. " + NB_LEFTOVER)
    ledd(2, "Kravene i kontraktene med brøyteentreprenørene gjelder foran planen så lenge kontraktene løper.")
    chap("Kapittel 2. Mål og standard")
    para_head("§ 4 Mål for vinterdriften")
    ledd(1, "Kommunens mål for planperioden er at", keep=True)
    for i, (_g, t) in enumerate(NB_GOALS):
        litra("abcd"[i], t, last=i == len(NB_GOALS) - 1)
    ledd(2, "Når ressursene ikke strekker til, går målene i første ledd bokstav a og b foran de andre.")
    para_head("§ 5 Standard for brøyting og strøing")
    ledd(1, "Brøytingen starter når snødybden når grensen i tabellen nedenfor, og skal være fullført innen den "
            "tiden som er angitt for hver prioritet:", keep=True)
    widths = [22, 70, 38, 30]
    t = dh.new_table(doc, widths)
    dh.add_row(t, ["Prioritet", "Gjelder", "Brøyting starter ved", "Fullført innen"], widths, size=9.5, bold=True,
               fill="D9D9D9")
    for row in (["1", "Skoleveger, bussveger, vegen til helsesenteret", "5 cm snø", "3 timer"],
                ["2", "Samleveger i boligfelt", "8 cm snø", "6 timer"],
                ["3", "Øvrige kommunale veger og plasser", "10 cm snø", "12 timer"]):
        dh.add_row(t, row, widths, size=9.5)
    p("", space_after=2)
    ledd(2, "Strøing med sand eller salt skal skje når det er fare for glatte veger. Standarden gjelder i hele "
            "planperioden og er ikke et tiltak.")
    chap("Kapittel 3. Tiltak")
    rows = {r[1]: r for r in NB_ROWS}
    for num, title, letter, _g, later in NB_PARAS:
        para_head(f"§ {num} {title}")
        ledd(1, f"For å nå målet i § 4 første ledd bokstav {letter} skal kommunen", keep=True)
        mine = [r for k, r in rows.items() if k.split()[0] == num]
        for i, r in enumerate(mine):
            litra(r[1].split()[1], r[2], last=i == len(mine) - 1)
        for n, text in enumerate(later, start=2):
            first, *dashes = text.split("\n")
            ledd(n, first, keep=bool(dashes))
            for dash in dashes:
                par = p(dash, space_after=1)
                par.paragraph_format.left_indent = Mm(10)
    chap("Kapittel 4. Oppfølging og ikrafttredelse")
    para_head("§ 10 Rapportering")
    ledd(1, "Kommunedirektøren rapporterer om gjennomføringen av tiltakene i årsmeldingen. Første rapport legges fram "
            "for kommunestyret våren 2030.")
    para_head("§ 11 Endringer")
    ledd(1, "Formannskapet kan gjøre mindre endringer i tiltakene i §§ 6 til 9. Endringer i målene i § 4 vedtas av "
            "kommunestyret.")
    para_head("§ 12 Ikrafttredelse")
    ledd(1, "Planen trer i kraft 1. januar 2029. Fra samme tid oppheves plan for vinterdrift 2021–2024.")
    for par in doc.paragraphs:
        for r in par.runs:
            if r.font.size is None:
                r.font.size = Pt(11)
    dh.set_core_properties(doc, title=NB_TITLE, author="Lyngsvær kommune")
    src = d / f"{slug}.docx"
    dh.save_deterministic(doc, src)
    pdf = bk.soffice_pdf(src)
    _gold(plan, pdf, leftovers=(NB_LEFTOVER,))
    return plan, pdf


NB_NOTES = """
python-docx → LibreOffice Writer, Liberation Serif 11 pt, Lyngsvær kommune: the plan is written in LEGAL STYLE, as
a forskrift or reglement is: ruled running header, 'Side n av N', centred title and an adoption line ('Vedtatt av
Lyngsvær kommunestyre 11. desember 2028, sak 88/28, med hjemmel i …': no owner, no deadline), then 'Kapittel 1–4',
numbered paragraphs '§ 1'–'§ 12' with bold titles, LEDD '(1)', '(2)', '(3)' and LETTERED ITEMS 'a)', 'b)' with a
hanging indent, items ending in ',' and the last in '.'. § 1 Formål (what the plan is for: no goal), § 2
Virkeområde (fylkesvegene are the county's, private roads the owners': another body's duty), § 3 (veglova § 20 'skal
holde … i forsvarlig stand' quoted: a national duty, no goal; '[sjekk hjemmel med kommuneadvokaten – Ingrid]' =
EDITORIAL LEFTOVER; contracts take precedence). § 4 Mål: '(1) Kommunens mål for planperioden er at' + a)–d): the four
GOALS are the lettered items, text as printed (lower-case start, without the letter and the closing ',' / '.');
'(2) Når ressursene ikke strekker til, går målene i første ledd bokstav a og b foran' is a priority rule, no goal. § 5
a STANDARD table 'Prioritet | Gjelder | Brøyting starter ved | Fullført innen' ('3 timer', '5 cm snø') and a strøing
rule 'skal skje når …': standing service levels, no goals, no measures, no deadlines ('er ikke et tiltak'). §§ 6–9,
one per goal: '(1) For å nå målet i § 4 første ledd bokstav x skal kommunen' + lettered items = the MEASURES (text as
printed, lower-case infinitive, without letter and punctuation), linked to the goal whose letter the first ledd
names. OWNERS and DEADLINES are NOT next to the items: they stand in ledd (2) and (3), which POINT BACK to the letters
('Tiltaket i første ledd bokstav a settes i verk fra vintersesongen 2029/30. Tiltakene i bokstav b og c skal være
gjennomført innen 1. oktober 2030.'; 'Kommunalteknikk har ansvaret for tiltakene i første ledd bokstav a og b. For
tiltaket i bokstav c har alle rektorer ansvaret.'); § 8 (2) gives the three deadlines in a DASH LIST ('– tiltaket i
bokstav a innen utgangen av 2030,'). A careful reader resolves each letter. § 7 (3): 'Hvem som skal ha ansvaret for
tiltakene i første ledd bokstav a og c, er ennå ikke avklart mellom Kommunalteknikk og Helse og omsorg' — the two
units are named but NOT given the measures: 7 a and 7 c have NO OWNER; 7 c has no deadline either (none of § 7's
ledd gives one). 9 c's 'innen to virkedager' is a service standard inside the measure text, not its deadline (its
deadline is 'fortløpende' from § 9 (2)). Kapittel 4 (§ 10 reporting 'våren 2030', § 11 who may change the plan, § 12
'trer i kraft 1. januar 2029'): process, no measures, no deadlines. OWNERS as the ledd name them ('Kommunalteknikk',
'Servicetorget', 'Lyngsvær frivilligsentral' one unit each; 'Miljørådgiveren og Vann og avløp', 'Kommunalteknikk og
IKT' two each; 'alle rektorer' diffuse). DEADLINES as printed in the ledd ('fra vintersesongen 2029/30', 'innen
utgangen av 2030', '1. halvår 2031' periods; 'innen 1. oktober 2030', 'fra 1. desember 2029', 'fra 1. juli 2031'
dates; 'hver høst' recurring; 'fortløpende' continuous; 'i løpet av 2033' after 2029–2032; none for 7 c).
"""


# =========================================================================== 2 nynorsk plan sent as an e-mail (Chromium)

NN_SLUG = "arkiv-epostutskrift-nn"
NN_TITLE = "Handlingsplan for dokumentasjonsforvaltning og arkiv 2029–2030"
NN_GOALS = [
    ("G1", "Alle dokument som skal arkiverast, blir journalførte i sak/arkivsystemet same dag som dei kjem inn eller "
           "blir sende ut."),
    ("G2", "Papirarkiva frå dei tidlegare skulekrinsane og frå tida før 1990 er ordna og avleverte til "
           "interkommunalt arkiv."),
    ("G3", "Dei tilsette kjenner arkivrutinane som gjeld for deira eige arbeid."),
    ("G4", "Alle fagsystem med arkivverdig informasjon har ein plan for uttrekk og deponering."),
]
NN_LEFTOVER = "(tal for heile 2028 kjem frå Elements – TF)"
# (id, nr, Tiltak, goal, Kven as printed, owners, Når as printed or None, kind, note)
NN_ROWS = [
    ("T1", "1.1", "Innføre ein rutine for at e-post med saksinformasjon blir arkivert i sak/arkivsystemet", "G1",
     "Arkivleiar", ["Arkivleiar"], "Mars 2029", "period", ""),
    ("T2", "1.2", "Gå gjennom restansane i journalen og følgje opp einingane", "G1", "Dokumentsenteret",
     ["Dokumentsenteret"], "Kvar månad", "recurring", "recurring"),
    ("T3", "1.3", "Ta i bruk eFormidling for post til og frå andre offentlege verksemder", "G1",
     "Dokumentsenteret og IKT", ["Dokumentsenteret", "IKT"], "1.9.2029", "date", "two owners"),
    ("T4", "2.1", "Registrere og pakke papirarkivet frå Vik skulekrins", "G2", "Arkivleiar og kultureininga",
     ["Arkivleiar", "kultureininga"], "Hausten 2029", "period", "two owners"),
    ("T5", "2.2", "Avlevere ordna papirarkiv eldre enn 1990 til IKA Vestfjell", "G2", "", [], "2030", "period",
     "empty Kven cell: no owner"),
    ("T6", "2.3", "Rydde og merke fjernarkivet i kjellaren på rådhuset", "G2", "Teknisk drift", ["Teknisk drift"],
     None, None, "empty Når cell: no deadline"),
    ("T7", "3.1", "Halde kurs i arkivrutinar for nytilsette", "G3", "Dokumentsenteret", ["Dokumentsenteret"],
     "Kvart halvår", "recurring", "recurring"),
    ("T8", "3.2", "Lage ei kort rettleiing om arkivering av SMS og meldingar i Teams", "G3", "Arkivleiar",
     ["Arkivleiar"], "Før sommarferien 2029", "period", ""),
    ("T9", "3.3", "Gjere arkivrutinane kjende på personalmøta", "G3", "Alle einingsleiarar", ["Alle einingsleiarar"],
     "Løpande", "continuous", "'Alle einingsleiarar' diffuse; continuous"),
    ("T10", "4.1", "Kartleggje alle fagsystem med arkivverdig informasjon", "G4", "IKT og arkivleiar",
     ["IKT", "arkivleiar"], "2029", "period", "two owners"),
    ("T11", "4.2", "Gjennomføre deponering frå det gamle fagsystemet i barnevernet", "G4", "IKT", ["IKT"], "2031",
     "period", "'2031' after the plan period 2029–2030 (the quoted message explains why; still outside)"),
]
NN_CSS = """
@page { size: A4; margin: 14mm 16mm 16mm 16mm; }
body { margin: 0; font-family: 'Liberation Sans', sans-serif; font-size: 10pt; color: #000; }
.user { font-size: 13pt; font-weight: bold; border-bottom: 3px solid #000; padding-bottom: 1.5mm; margin-bottom: 4mm; }
.hdr { border-collapse: collapse; margin: 0 0 5mm; font-size: 10pt; }
.hdr th { text-align: left; vertical-align: top; padding: .4mm 6mm .4mm 0; white-space: nowrap; }
.hdr td { padding: .4mm 0; }
.body p { margin: 0 0 3mm; line-height: 1.3; font-family: 'Liberation Serif', serif; font-size: 11pt; }
.body h3 { font-family: 'Liberation Serif', serif; font-size: 12pt; margin: 5mm 0 2mm; }
.body h4 { font-family: 'Liberation Serif', serif; font-size: 11pt; margin: 4mm 0 1.5mm; text-decoration: underline; }
.body ol { margin: 0 0 3mm 5mm; padding-left: 5mm; font-family: 'Liberation Serif', serif; font-size: 11pt; }
.body ol li { margin-bottom: 1.2mm; }
table.plan { border-collapse: collapse; width: 100%; font-family: 'Liberation Serif', serif; font-size: 10pt;
  margin: 1mm 0 4mm; }
table.plan th, table.plan td { border: 1px solid #000; padding: 1mm 1.5mm; vertical-align: top; text-align: left; }
table.plan th { background: #d9d9d9; }
table.plan tr { break-inside: avoid; }
.sig p { margin: 0; font-family: 'Liberation Serif', serif; font-size: 11pt; }
.disc { font-size: 8pt; color: #555; margin: 4mm 0 5mm; font-style: italic; }
.quoted { border-top: 1px solid #b5c4df; padding-top: 3mm; }
.quoted .h p { margin: 0; font-size: 10pt; }
"""
NN_TEXT = {
    "intro": [
        "Hei alle,",
        "Leiargruppa handsama handlingsplanen for dokumentasjonsforvaltning og arkiv i møtet 9. januar og slutta seg "
        "til han utan endringar. Eg har lima planen inn her i e-posten, så de slepp å opne vedlegget. Arkivplanen "
        "(vedlegg) er ikkje endra sidan i fjor.",
        "Les særleg tiltaka som gjeld eininga dykkar, og gi meg beskjed innan 1. februar dersom noko er feil.",
    ],
    "bakgrunn": "Arkivlova seier at offentlege organ skal ha arkiv, og at arkiva skal vere ordna og innretta slik at "
                "dokumenta er tryggja som informasjonskjelder for samtid og ettertid. Handlingsplanen viser korleis "
                "Hovsdal kommune vil arbeide med dette dei to neste åra.",
    "status": "I 2027 vart 71 % av dei inngåande dokumenta journalførte same dag. Papirarkivet i kjellaren på "
              "rådhuset er om lag 340 hyllemeter, og fire skulekrinsar har arkiv som ikkje er ordna.",
    "after": "Leiargruppa går gjennom planen på nytt i desember 2029. Neste arkivkurs for nytilsette er 6. mars kl. "
             "12–14 i kommunestyresalen, påmelding til meg.",
}


@plan_builder
def build_arkiv_epostutskrift_nn() -> tuple[Plan, Path]:
    """Nynorsk handlingsplan (HTML → Chromium) as it reached the units: an E-MAIL PRINTED FROM OUTLOOK — the printing
    user's name over a heavy rule, the header block (Frå / Sendt / Til / Kopi / Emne / Vedlegg), the plan pasted into
    the body (typed numbered goal list, a Word table 'Nr | Tiltak | Kven | Når'), signature, confidentiality
    footer, and the earlier message of the thread quoted under it."""
    slug = NN_SLUG
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    plan = Plan(slug=slug, language="nn", title=NN_TITLE, period=(2029, 2030),
                goals=[G(g, t) for g, t in NN_GOALS], measures=mb49._measures(NN_ROWS, 2030), source_ext="html",
                notes=NN_NOTES)

    def hdr(rows):
        return "<table class=\"hdr\">" + "".join(f"<tr><th>{E(k)}:</th><td>{E(v)}</td></tr>" for k, v in rows) + \
            "</table>"

    goals = "".join(f"<li>{E(t)}</li>" for _g, t in NN_GOALS)
    rows = "".join(f"<tr><td>{nr}</td><td>{E(text)}</td><td>{E(who)}</td><td>{E(when or '')}</td></tr>"
                   for _id, nr, text, _g, who, _o, when, _k, _n in NN_ROWS)
    body = (
        '<div class="body">' + "".join(f"<p>{E(t)}</p>" for t in NN_TEXT["intro"])
        + f"<h3>{E(NN_TITLE.upper())}</h3>"
        + "<h4>Bakgrunn</h4>" + f"<p>{E(NN_TEXT['bakgrunn'])}</p>"
        + f"<p>{E(NN_TEXT['status'])} {E(NN_LEFTOVER)}</p>"
        + "<h4>Mål for planperioden</h4>" + f"<ol>{goals}</ol>"
        + "<h4>Tiltak</h4>"
        + '<table class="plan"><colgroup><col style="width:7%"><col style="width:55%"><col style="width:22%">'
        + '<col style="width:16%"></colgroup><thead><tr><th>Nr</th><th>Tiltak</th><th>Kven</th><th>Når</th></tr>'
        + f"</thead><tbody>{rows}</tbody></table>"
        + f"<p>{E(NN_TEXT['after'])}</p></div>"
    )
    sig = ('<div class="sig"><p>Helsing</p><p>Torunn Flatekval</p><p>arkivleiar</p><p>Dokumentsenteret, Hovsdal '
           "kommune</p><p>Tlf. 57 71 20 40 · mob. 913 48 207</p><p>www.hovsdal.kommune.no</p></div>")
    disc = ('<div class="disc">Denne e-posten kan innehalde informasjon som er underlagd teieplikt. Har du fått han '
            "ved ein feil, ver venleg og gi melding til avsendaren og slett e-posten.</div>")
    quoted = (
        '<div class="quoted"><div class="h">'
        + hdr([("Frå", "Arne Bjørkedal <arne.bjorkedal@hovsdal.kommune.no>"),
               ("Sendt", "tysdag 9. januar 2029 15:10"), ("Til", "Torunn Flatekval"),
               ("Emne", "SV: Handlingsplan arkiv – til leiargruppa 9.1.")])
        + '</div><div class="body"><p>Hei Torunn,</p><p>Leiargruppa godkjende planen i dag. Vi ba om at deponeringa '
        "frå det gamle barnevernssystemet blir ståande i planen, sjølv om ho truleg ikkje blir ferdig før 2031. Kan du "
        "sende planen ut til einingsleiarane?</p><p>Mvh<br>Arne Bjørkedal<br>kommunedirektør</p></div></div>"
    )
    html = (
        f'<!DOCTYPE html><html lang="nn"><head><meta charset="utf-8"><title>{E(NN_TITLE)}</title>'
        f"<style>{NN_CSS}</style></head><body>"
        '<div class="user">Torunn Flatekval</div>'
        + hdr([("Frå", "Torunn Flatekval <torunn.flatekval@hovsdal.kommune.no>"),
               ("Sendt", "måndag 15. januar 2029 09:42"), ("Til", "Einingsleiarar; Leiargruppa"),
               ("Kopi", "Arne Bjørkedal"),
               ("Emne", "Handlingsplan for dokumentasjonsforvaltning og arkiv 2029–2030 – handsama i leiargruppa"),
               ("Vedlegg", "Arkivplan_Hovsdal_2029.pdf; Referat_leiargruppa_09.01.2029.docx")])
        + body + sig + disc + quoted + "</body></html>\n"
    )
    src = d / f"{slug}.html"
    src.write_text(html, encoding="utf-8")
    pdf = bk.chromium_pdf(src, d / f"{slug}.pdf")
    _gold(plan, pdf, leftovers=(NN_LEFTOVER,))
    return plan, pdf


NN_NOTES = """
HTML → Chromium, A4 portrait, Hovsdal kommune (Dokumentsenteret): the handlingsplan as it reached the units — an
E-MAIL PRINTED FROM OUTLOOK, no page numbers. The printing user's name 'Torunn Flatekval' over a heavy rule; the
MESSAGE HEADER 'Frå / Sendt / Til / Kopi / Emne / Vedlegg' ('måndag 15. januar 2029 09:42', 'Einingsleiarar;
Leiargruppa', the attachments 'Arkivplan_Hovsdal_2029.pdf; Referat_leiargruppa_09.01.2029.docx': no owners, no
deadlines). BODY (serif, as typed in the mail): 'Hei alle,', the adoption note ('handsama … i møtet 9. januar'),
'gi meg beskjed innan 1. februar dersom noko er feil' (a request to the readers, no measure, no deadline); the plan
PASTED IN: the title in capitals, 'Bakgrunn' (arkivlova 'skal ha arkiv … skal vere ordna' quoted: a national duty,
no goal; figures for 2027 followed by '(tal for heile 2028 kjem frå Elements – TF)' = EDITORIAL LEFTOVER), 'Mål for
planperioden' as a numbered list 1.–4. (the GOALS, sentences in the present tense 'blir journalførte …', 'er ordna og
avleverte …', 'kjenner …', 'har ein plan …' — no 'skal'), 'Tiltak' as a Word table pasted into the mail 'Nr | Tiltak |
Kven | Når' (MEASURES = Tiltak, linked to the goal the number's prefix names: 1.x → mål 1), then 'Leiargruppa går
gjennom planen på nytt i desember 2029' and the next course date '6. mars kl. 12–14' (process and an event, no
measures, no deadlines). SIGNATURE (name, 'arkivleiar', phone: the sender, no owner of anything) and the
CONFIDENTIALITY footer. Under it the EARLIER MESSAGE of the thread (Frå Arne Bjørkedal, 'SV: Handlingsplan arkiv …'):
the leader group asked that the deposit from the old child-welfare system stays in the plan 'sjølv om ho truleg ikkje
blir ferdig før 2031' — it explains 4.2's date but adds no measure, owner or deadline, and 4.2's '2031' is still after
the plan period. OWNERS = Kven as printed ('Dokumentsenteret og IKT', 'Arkivleiar og kultureininga', 'IKT og
arkivleiar' two each; 'Arkivleiar', 'Dokumentsenteret', 'Teknisk drift', 'IKT' one each; 'Alle einingsleiarar'
diffuse; empty = none). DEADLINE = Når as printed ('Mars 2029', 'Hausten 2029', '2030', 'Før sommarferien 2029', '2029'
periods; '1.9.2029' date; 'Kvar månad', 'Kvart halvår' recurring; 'Løpande' continuous; '2031' after 2029–2030; empty =
none).
"""


# =========================================================================== 3 Danish plan drawn as a metro map (reportlab)

DA_SLUG = "overgange-metrokort-da"
DA_TITLE = "Handleplan for gode overgange 0–18 år 2029–2031"
DA_GOALS = [
    ("G1", "Alle børn får en tryg start i dagtilbud, og forældrene ved, hvad de kan forvente"),
    ("G2", "Alle børn begynder i skole med lyst til at lære og med kammerater fra deres dagtilbud"),
    ("G3", "Flere unge går direkte fra 9. klasse til en ungdomsuddannelse og gennemfører den"),
    ("G4", "Unge med handicap eller psykiske vanskeligheder får en sammenhængende overgang til voksenlivet"),
]
DA_LINES = {"G1": ("1", "Hjem → dagtilbud", "#3a9a48"), "G2": ("2", "Dagtilbud → skole", "#1f6fb5"),
            "G3": ("3", "Skole → ungdomsuddannelse", "#e07b18"), "G4": ("4", "Barn → voksen", "#8a3f98")}
DA_LEFTOVER = "[indsæt tal fra Børne- og Ungeundersøgelsen 2028]"
# (id, nr, Indsats, goal, owner as printed, owners, time as printed or None, kind, note, x, y, label side)
DA_ROWS = [
    ("D1", "1", "Fælles besøg af sundhedsplejen og dagtilbuddet i hjemmet, før barnet starter", "G1",
     "Sundhedsplejen og Dagtilbud", ["Sundhedsplejen", "Dagtilbud"], "Fra august 2029", "period", "two owners",
     260, 478, "up"),
    ("D2", "2", "Fast opstartssamtale med forældrene tre måneder efter starten", "G1", "Alle dagtilbudsledere",
     ["Alle dagtilbudsledere"], "Løbende", "continuous", "'Alle dagtilbudsledere' diffuse; continuous",
     480, 478, "up"),
    ("D3", "3", "Overgangsmøde om hvert barn mellem dagtilbud og skole", "G2", "Dagtilbud og Skole",
     ["Dagtilbud", "Skole"], "Hvert forår", "recurring", "two owners; recurring", 215, 400, "up"),
    ("D4", "4", "Digital overlevering af oplysninger om barnet, når det skifter fra ét tilbud til det næste", "G2",
     "IT og Digitalisering", ["IT og Digitalisering"], "1. januar 2030", "date",
     "the INTERCHANGE station on lines 2 and 3: linked to both goals; 'IT og Digitalisering' one unit", 400, 320,
     "down"),
    ("D5", "5", "Førskoleforløb i SFO fra 1. april for de kommende skolebørn", "G2", "Skole", ["Skole"], "April 2030",
     "period", "'fra 1. april' in the text is no deadline", 580, 400, "up"),
    ("D6", "6", "Uddannelsesvejledning til alle elever fra 7. klasse", "G3", "UU Skarnæs", ["UU Skarnæs"],
     "Hvert skoleår", "recurring", "recurring", 215, 240, "up"),
    ("D7", "7", "Mentor det første år på ungdomsuddannelsen for unge, der har brug for det", "G3", "", [], "2030",
     "period", "label without an owner part: no owner", 560, 240, "down"),
    ("D8", "8", "Praktik i lokale virksomheder for alle elever i 8. klasse", "G3", "Erhvervsservice og Skole",
     ["Erhvervsservice", "Skole"], "Skoleåret 2029/30", "period", "two owners", 640, 240, "up"),
    ("D9", "9", "Overgangsplan for alle unge med en foranstaltning, fra de fylder 16½ år", "G4",
     "Børn og Familie og Voksenområdet", ["Børn og Familie", "Voksenområdet"], "2030", "period", "two owners",
     250, 100, "up"),
    ("D10", "10", "Fast kontaktperson, der følger den unge fra 17 til 23 år", "G4", "Voksenområdet",
     ["Voksenområdet"], None, None, "label without a time part: no deadline; '17 til 23 år' are ages", 440, 100,
     "up"),
    ("D11", "11", "Fælles visitationsmøde for børne- og voksenområdet", "G4", "Børn og Familie", ["Børn og Familie"],
     "2032", "period", "'2032' after the plan period 2029–2031", 620, 100, "up"),
]
DA_TEXT = {
    "forord": "Et barn i Skarnæs skifter mange gange: fra hjemmet til dagplejen eller vuggestuen, videre til "
              "børnehave, skole, SFO og klub, og til sidst til en ungdomsuddannelse eller et job. Hver gang skal "
              "barnet finde sig til rette igen, og hver gang kan noget gå tabt mellem to tilbud. Med denne handleplan "
              "vil Børne- og Ungeudvalget gøre overgangene mere sikre.",
    "citat": "»Ingen børn må falde mellem to stole, fordi de voksne ikke taler sammen.«",
    "citat_who": "– Lene Daugaard, formand for Børne- og Ungeudvalget",
    "read": [
        "Hver linje på metrokortet er en af vores fire målsætninger. Målsætningen står i linjens endestation.",
        "Stationerne på vejen er de indsatser, vi sætter i gang. Under stationens navn står, hvem der har ansvaret, "
        "og hvornår indsatsen skal være på plads.",
        "En skiftestation (hvid med sort kant) er en indsats, der hjælper på to linjer på én gang.",
    ],
    "tal": [("Børn, der starter i dagtilbud hvert år", "ca. 310"),
            ("Børn, der begynder i 0. klasse hvert år", "ca. 290"),
            ("Unge i gang med en ungdomsuddannelse 15 måneder efter 9. klasse", "84 %"),
            ("Unge, der fylder 18 år med en foranstaltning", "ca. 25")],
    "opfolg": "Børne- og Ungeudvalget får en status på metrokortet hvert år i juni. Forvaltningen opdaterer kortet, "
              "når en station er nået.",
}


@plan_builder
def build_overgange_metrokort_da() -> tuple[Plan, Path]:
    """Danish handleplan (reportlab, A4 landscape) whose measures are drawn as a METRO MAP: p. 1 intro, reading key
    and figures; p. 2 four coloured lines, the målsætning in each line's END STATION box, the indsatser as stations
    with 'owner · time' labels, one INTERCHANGE station shared by lines 2 and 3."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Paragraph

    slug = DA_SLUG
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    measures = mb49._measures([r[:9] for r in DA_ROWS], 2031)
    for m in measures:
        if m.id == "D4":
            m.goals = ["G2", "G3"]
    plan = Plan(slug=slug, language="da", title=DA_TITLE, period=(2029, 2031),
                goals=[G(g, t) for g, t in DA_GOALS], measures=measures, source_ext="pdf", notes=DA_NOTES)
    f = bk.reportlab_fonts("LS")
    W, H = landscape(A4)
    pdf = d / f"{slug}.pdf"
    c = Canvas(str(pdf), pagesize=(W, H), invariant=1)
    c.setTitle(DA_TITLE)
    c.setAuthor("Skarnæs Kommune")
    ink = HexColor("#222222")
    grey = HexColor("#666666")
    st = lambda name, **kw: ParagraphStyle(name, fontName=kw.pop("font", f["normal"]), **kw)  # noqa: E731
    st_body = st("b", fontSize=10, leading=13.5, textColor=ink)
    st_quote = st("q", font=f["italic"], fontSize=13, leading=17, textColor=HexColor("#1f6fb5"))
    st_lab = st("l", font=f["bold"], fontSize=7.6, leading=9, textColor=ink, alignment=1)
    st_meta = st("m", fontSize=7, leading=8.4, textColor=grey, alignment=1)
    st_goal = st("g", font=f["bold"], fontSize=8.6, leading=10.4, textColor=HexColor("#ffffff"))

    def draw(par, x, y_top, w):
        _w, h = par.wrap(w, 400)
        par.drawOn(c, x, y_top - h)
        return h

    def footer(n):
        c.setFont(f["normal"], 7.5)
        c.setFillColor(grey)
        c.drawString(36, 18, f"Skarnæs Kommune · {DA_TITLE}")
        c.drawRightString(W - 36, 18, f"Side {n} af 2")

    # ---- page 1: intro
    c.setFillColor(HexColor("#1f6fb5"))
    c.rect(0, H - 70, W, 70, stroke=0, fill=1)
    c.setFillColor(HexColor("#ffffff"))
    c.setFont(f["bold"], 10)
    c.drawString(36, H - 26, "SKARNÆS KOMMUNE · BØRN OG UNGE")
    c.setFont(f["bold"], 21)
    c.drawString(36, H - 54, DA_TITLE)
    colw = (W - 36 * 2 - 30) / 2
    x1, x2 = 36, 36 + colw + 30
    y = H - 95
    c.setFillColor(ink)
    c.setFont(f["bold"], 13)
    c.drawString(x1, y, "Forord")
    y -= 8
    y -= draw(Paragraph(E(DA_TEXT["forord"]), st_body), x1, y, colw) + 10
    y -= draw(Paragraph(E(DA_TEXT["citat"]), st_quote), x1, y, colw) + 4
    y -= draw(Paragraph(E(DA_TEXT["citat_who"]), st("w", fontSize=9, leading=11, textColor=grey)), x1, y, colw) + 16
    c.setFont(f["bold"], 13)
    c.setFillColor(ink)
    c.drawString(x1, y, "Sådan læser du metrokortet")
    y -= 8
    for t in DA_TEXT["read"]:
        y -= draw(Paragraph(E(t), st_body), x1, y, colw) + 5
    # right column: the lines and the figures
    y = H - 95
    c.setFont(f["bold"], 13)
    c.drawString(x2, y, "Linjerne")
    y -= 20
    for num, name, col in DA_LINES.values():
        c.setFillColor(HexColor(col))
        c.circle(x2 + 9, y + 3, 9, stroke=0, fill=1)
        c.setFillColor(HexColor("#ffffff"))
        c.setFont(f["bold"], 10)
        c.drawCentredString(x2 + 9, y - 0.5, num)
        c.setFillColor(ink)
        c.setFont(f["normal"], 10.5)
        c.drawString(x2 + 26, y - 0.5, f"Linje {num}: {name}")
        y -= 24
    y -= 10
    c.setFont(f["bold"], 13)
    c.drawString(x2, y, "Overgange i tal")
    y -= 18
    for label, val in DA_TEXT["tal"]:
        c.setFont(f["normal"], 9.5)
        c.drawString(x2, y, label)
        c.setFont(f["bold"], 9.5)
        c.drawRightString(x2 + colw, y, val)
        c.setStrokeColor(HexColor("#cccccc"))
        c.line(x2, y - 4, x2 + colw, y - 4)
        y -= 17
    c.setFont(f["normal"], 9.5)
    c.setFillColor(HexColor("#b00020"))
    c.drawString(x2, y, "Trivsel i overgangen til skole: " + DA_LEFTOVER)
    y -= 30
    c.setFillColor(ink)
    c.setFont(f["bold"], 13)
    c.drawString(x2, y, "Opfølgning")
    y -= 8
    draw(Paragraph(E(DA_TEXT["opfolg"]), st_body), x2, y, colw)
    footer(1)
    c.showPage()

    # ---- page 2: the metro map
    c.setFillColor(ink)
    c.setFont(f["bold"], 16)
    c.drawString(36, H - 34, "Metrokort: gode overgange 2029–2031")
    c.setFont(f["normal"], 8.5)
    c.setFillColor(grey)
    c.drawString(36, H - 48, "● station = indsats   ○ skiftestation   ■ endestation = målsætning")
    line_y = {"G1": 478, "G2": 400, "G3": 240, "G4": 100}
    x_start, x_end, end_w = 130, 700, 128
    # the lines (lines 2 and 3 swing to the shared interchange at x 330–470)
    paths = {
        "G1": [(x_start, 478), (x_end, 478)],
        "G2": [(x_start, 400), (290, 400), (330, 323), (470, 323), (510, 400), (x_end, 400)],
        "G3": [(x_start, 240), (290, 240), (330, 317), (470, 317), (510, 240), (x_end, 240)],
        "G4": [(x_start, 100), (x_end, 100)],
    }
    for g, pts in paths.items():
        c.setStrokeColor(HexColor(DA_LINES[g][2]))
        c.setLineWidth(6)
        c.setLineCap(1)
        c.setLineJoin(1)
        pth = c.beginPath()
        pth.moveTo(*pts[0])
        for pt in pts[1:]:
            pth.lineTo(*pt)
        c.drawPath(pth, stroke=1, fill=0)
    # line badges
    for g, (num, name, col) in DA_LINES.items():
        yy = line_y[g]
        c.setFillColor(HexColor(col))
        c.circle(60, yy, 13, stroke=0, fill=1)
        c.setFillColor(HexColor("#ffffff"))
        c.setFont(f["bold"], 12)
        c.drawCentredString(60, yy - 4, num)
        c.setFillColor(ink)
        c.setFont(f["bold"], 7.5)
        c.drawString(40, yy - 24, name)
    # end stations: the goals
    for g, gt in DA_GOALS:
        yy = line_y[g]
        par = Paragraph(E(gt), st_goal)
        _w, h = par.wrap(end_w - 14, 300)
        box_h = h + 20
        c.setFillColor(HexColor(DA_LINES[g][2]))
        c.roundRect(x_end, yy - box_h / 2, end_w, box_h, 7, stroke=0, fill=1)
        c.setFillColor(HexColor("#ffffff"))
        c.setFont(f["bold"], 6.5)
        c.drawString(x_end + 7, yy + box_h / 2 - 10, "ENDESTATION")
        par.drawOn(c, x_end + 7, yy + box_h / 2 - 15 - h)
    # stations and labels
    lab_w = 118
    for (_id, nr, text, g, who, _o, when, _k, _n, x, yy, side) in DA_ROWS:
        if _id == "D4":
            c.setFillColor(HexColor("#ffffff"))
            c.setStrokeColor(HexColor("#000000"))
            c.setLineWidth(2)
            c.roundRect(x - 12, yy - 10, 24, 20, 9, stroke=1, fill=1)
        else:
            c.setFillColor(HexColor("#ffffff"))
            c.setStrokeColor(HexColor(DA_LINES[g][2]))
            c.setLineWidth(2.5)
            c.circle(x, yy, 7, stroke=1, fill=1)
        c.setFillColor(ink)
        c.setFont(f["bold"], 6.5)
        c.drawCentredString(x, yy - 2.3, nr)
        meta = " · ".join(p for p in (who, when or "") if p)
        lab = Paragraph(E(text), st_lab)
        met = Paragraph(E(meta), st_meta)
        _w, h1 = lab.wrap(lab_w, 200)
        _w, h2 = met.wrap(lab_w, 200)
        top = yy + 12 + h1 + 2 + h2 if side == "up" else yy - 14
        lab.drawOn(c, x - lab_w / 2, top - h1)
        met.drawOn(c, x - lab_w / 2, top - h1 - 2 - h2)
    footer(2)
    c.showPage()
    c.save()
    _gold(plan, pdf, leftovers=(DA_LEFTOVER,))
    return plan, pdf


DA_NOTES = """
reportlab, A4 LANDSCAPE, Liberation Sans, Skarnæs Kommune (Børn og Unge): the handleplan drawn as a METRO MAP
(metrokort), footer 'Skarnæs Kommune · … · Side n af 2'. P. 1: blue title band, 'Forord' (the udvalgsformand's
pull quote '»Ingen børn må falde mellem to stole …«': no goal), 'Sådan læser du metrokortet' (lines = målsætninger,
the målsætning in the END STATION, stations = indsatser with owner and time under the name, a white INTERCHANGE
station helps two lines), 'Linjerne' (the four line badges with SHORT NAMES 'Linje 1: Hjem → dagtilbud' …: no goals),
'Overgange i tal' (figures) ending in 'Trivsel i overgangen til skole: [indsæt tal fra Børne- og Ungeundersøgelsen
2028]' = EDITORIAL LEFTOVER, 'Opfølgning' (status to the committee every June: process). P. 2 THE MAP: four
coloured lines drawn left to right, each starting at a numbered badge with its short name and ending in a coloured
rounded END-STATION box 'ENDESTATION' + the målsætning = the GOAL (the goal is printed only there). Stations are
white circles on the line with their number; above (or under) each, the INDSATS in bold (= the MEASURE, linked to the
goal of the line it sits on) and a grey label line 'owner · time'. Lines 2 and 3 SWING TOGETHER to one shared
INTERCHANGE (a white capsule with a black border, station 4 'Digital overlevering …'): that measure serves BOTH goals
(goals G2 and G3). OWNER = the label's part before ' · ' (two units joined by 'og' = two owners: 'Sundhedsplejen og
Dagtilbud', 'Dagtilbud og Skole', 'Erhvervsservice og Skole', 'Børn og Familie og Voksenområdet' (= 'Børn og
Familie' + 'Voksenområdet'); 'IT og Digitalisering', 'UU Skarnæs', 'Skole', 'Voksenområdet', 'Børn og Familie' ONE
unit each; 'Alle dagtilbudsledere' diffuse); station 7's label has only '2030' = no owner. DEADLINE = the time part
('Fra august 2029', 'April 2030', 'Skoleåret 2029/30', '2030' periods; '1. januar 2030' date; 'Hvert forår', 'Hvert
skoleår' recurring; 'Løbende' continuous; '2032' after 2029–2031); station 10's label has only 'Voksenområdet' = no
deadline ('fra 17 til 23 år' in its name are ages). 'fra 1. april' inside station 5's name is no deadline.
"""


# =========================================================================== 4 English logframe (odfpy → Writer)

EN_SLUG = "youth-employment-logframe-en"
EN_TITLE = "Youth Employment Programme 2029–2032"
EN_MAIN = ("O0", "More young people in Dunmarsh are in secure, fairly paid work")
EN_SPEC = ("O1", "Young people aged 16–24 who are not in education, employment or training move into work, "
                 "training or education and stay there")
EN_OUTPUTS = [
    ("R1", "Young people who are not in education, employment or training are found early and offered a personal "
           "adviser"),
    ("R2", "Participants gain the skills, qualifications and confidence that employers ask for"),
    ("R3", "Local employers offer more work placements, apprenticeships and first jobs to young people"),
    ("R4", "Young people who start work get support in their first six months so that they keep the job"),
]
EN_LEFTOVER = "[insert baseline from DWP claimant count – Jas]"
# (id, nr, activity, output, lead as printed, owners, timing as printed or None, kind, note, means, pre-condition)
EN_ROWS = [
    ("A1", "1.1", "Share data on young people who leave school without a destination between the council, schools "
     "and the Careers Service", "R1", "Youth Employment Team and Careers Service",
     ["Youth Employment Team", "Careers Service"], "By September 2029", "period", "two owners",
     "data-sharing agreement", "All secondary schools sign the data-sharing agreement"),
    ("A2", "1.2", "Run outreach sessions in youth centres and at Dunmarsh Jobcentre", "R1", "Youth Service",
     ["Youth Service"], "Monthly from June 2029", "recurring", "recurring", "two youth workers, 0.5 FTE", ""),
    ("A3", "1.3", "Recruit and train four personal advisers", "R1", "Youth Employment Team",
     ["Youth Employment Team"], "April 2029", "period", "", "£420,000 over three years",
     "Posts can be filled at the advertised grade"),
    ("A4", "2.1", "Offer short courses in English, maths and digital skills at Dunmarsh College", "R2",
     "Dunmarsh College", ["Dunmarsh College"], "Each term", "recurring", "recurring", "adult skills funding", ""),
    ("A5", "2.2", "Fund driving lessons for participants who need a licence to take up a job offer", "R2", "", [],
     "2029/30", "period", "the cell gives only the means ('£60,000 hardship fund'), no 'Lead:': no owner",
     "£60,000 hardship fund", ""),
    ("A6", "2.3", "Set up a peer mentoring scheme run by former participants", "R2", "All programme partners",
     ["All programme partners"], "Ongoing", "continuous", "'All programme partners' diffuse; continuous",
     "volunteer expenses", "Former participants are willing to volunteer"),
    ("A7", "3.1", "Hold employer breakfasts to recruit placement providers", "R3", "Economic Development",
     ["Economic Development"], "Quarterly", "recurring", "recurring", "venue and catering, £4,000 a year", ""),
    ("A8", "3.2", "Pay a £1,000 incentive to small employers who take on an apprentice aged 16–24", "R3",
     "Economic Development and Dunmarsh Chamber of Commerce",
     ["Economic Development", "Dunmarsh Chamber of Commerce"], "March 2031", "period", "two owners",
     "£150,000 incentive fund", "Apprenticeship levy rules stay as they are"),
    ("A9", "3.3", "Create 20 supported internships within the council", "R3", "HR and Organisational Development",
     ["HR and Organisational Development"], None, None, "empty Timing cell: no deadline ('20' is a target)",
     "mentor time from managers", ""),
    ("A10", "3.4", "Launch a Good Youth Employer charter for local businesses", "R3", "Economic Development",
     ["Economic Development"], "2033", "period", "'2033' after the programme period 2029–2032", "design and launch "
     "event, £6,000", ""),
]
EN_TEXT = {
    "background": [
        "In 2028 about 1,150 young people aged 16–24 in Dunmarsh were not in education, employment or training. "
        "Most live in the three town wards and in the villages along the valley, where buses are few and jobs for "
        "young people with no experience are hard to find.",
        "Under the Education and Skills Act 2008, young people in England must stay in education or training until "
        "they are 18. The programme does not replace that duty of schools and colleges; it works with young people "
        "after they have left, or who have dropped out.",
    ],
    "howto": [
        "This logframe sets out the programme on one matrix. Read it from the bottom up: if the activities are "
        "carried out, the outputs are delivered; if the outputs are delivered and the assumptions hold, the specific "
        "objective is reached; and that contributes to the overall objective, which the programme cannot reach on "
        "its own.",
        "For each activity the matrix shows who leads it, the main means (staff and money) and when it is due. "
        "Indicators and sources are reported to the Youth Employment Board every quarter.",
    ],
    "governance": "The Youth Employment Board (the council, Dunmarsh College, the Careers Service, Jobcentre Plus and "
                  "the Chamber of Commerce) oversees the programme and meets every quarter. The programme manager, "
                  "Helen Oduya, reports to the Board and to the council's Economy and Skills Committee. The logframe "
                  "is reviewed each March; changes to the objectives need the Committee's approval.",
}


@plan_builder
def build_youth_employment_logframe_en() -> tuple[Plan, Path]:
    """English programme plan (odfpy → LibreOffice Writer) set out as a LOGICAL FRAMEWORK matrix on landscape pages:
    'Intervention logic | Objectively verifiable indicators | Sources of verification | Assumptions' rows for the
    overall objective, the specific objective and four outputs, then an activities band whose columns change to
    'Activities | Lead and means | Timing | Pre-conditions'; output 4 without activities."""
    slug = EN_SLUG
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    goals = [G(EN_MAIN[0], EN_MAIN[1], kind="main_goal"), G(EN_SPEC[0], EN_SPEC[1], kind="goal", parent=EN_MAIN[0])]
    goals += [G(r, t, kind="sub_goal", parent=EN_SPEC[0]) for r, t in EN_OUTPUTS]
    plan = Plan(slug=slug, language="en", title=EN_TITLE, period=(2029, 2032), goals=goals,
                measures=mb49._measures([r[:9] for r in EN_ROWS], 2032), source_ext="odt", notes=EN_NOTES)
    o = mb.Odt(font="Liberation Sans", size=10, lang="en", country="GB", landscape=True, margin_cm=1.6,
               header="Dunmarsh District Council · Youth Employment Programme 2029–2032 · Logical framework",
               footer_text="Page")
    o.style("Kicker", size=9.5, bold=True, color="#7a1f3d", after=0.1)
    o.style("Sub", size=10.5, italic=True, after=0.35)
    o.style("Box", size=9.5, after=0.05)
    o.style("Red", size=10, after=0.2, color="#b00020")
    o.p("DUNMARSH DISTRICT COUNCIL · ECONOMY AND SKILLS", "Kicker")
    o.p(EN_TITLE + ": logical framework", "Title")
    o.p("Version 1.2 · agreed by the Economy and Skills Committee on 19 March 2029", "Sub")
    summary = [["Programme summary", ""],
               ["Accountable body", "Dunmarsh District Council"],
               ["Programme period", "April 2029 – March 2032"],
               ["Programme manager", "Helen Oduya, Youth Employment Team"],
               ["Funding", "£1.86 million (council Prosperity Fund allocation £1.4 million; Dunmarsh Community "
                           "Foundation £0.46 million)"],
               ["Participants", "600 young people aged 16–24 over three years"]]
    o.table([5.5, 13.0], summary, header_rows=1, header_fill="#efe3e8")
    o.h("1 Background", 2)
    for t in EN_TEXT["background"]:
        o.p(t)
    o.p("Claimant rate for 18–24-year-olds, December 2028: " + EN_LEFTOVER, "Red")
    o.h("2 How to read the logframe", 2)
    for t in EN_TEXT["howto"]:
        o.p(t)
    o.h("3 Logical framework", 2)

    def lvl(label, text):
        return f"**{label}**\n\n{text}"

    rows = [["Intervention logic", "Objectively verifiable indicators", "Sources of verification", "Assumptions"],
            [lvl("Overall objective (impact)", EN_MAIN[1]),
             "Claimant rate for 18–24-year-olds falls from 6.1 % to 4.5 % by March 2032",
             "DWP claimant count, monthly", ""],
            [lvl("Specific objective (outcome)", EN_SPEC[1]),
             "600 young people take part; 60 % are in work, training or education six months after leaving",
             "Programme case records; six-month follow-up calls",
             "Local employers keep recruiting young people at 2028 levels"]]
    ind = {"R1": ("450 young people referred in the first year; first meeting within ten working days",
                  "Referral log", "Schools and the Careers Service share data on time"),
           "R2": ("400 participants gain a qualification or licence", "Certificates; college records",
                  "Courses are offered at times participants can attend"),
           "R3": ("150 placements and 60 apprenticeships with local employers", "Employer agreements",
                  "Employers see value in taking on young people"),
           "R4": ("80 % of those who start work are still in work after six months", "Follow-up calls",
                  "Employers agree to take part")}
    for i, (r, t) in enumerate(EN_OUTPUTS, 1):
        rows.append([lvl(f"Output {i}", t), *ind[r]])
    band = len(rows)
    rows.append(["Activities", "Lead and means", "Timing", "Pre-conditions"])
    spans = set()
    for i, (r, _t) in enumerate(EN_OUTPUTS, 1):
        mine = [x for x in EN_ROWS if x[3] == r]
        if not mine:
            spans.add(len(rows))
            rows.append([f"Output {i}: activities will be agreed with employers and the Careers Service in the first "
                         "year of the programme and added to the logframe at the review in March 2030."])
            continue
        for (_id, nr, text, _r, who, _o, when, _k, _n, means, pre) in mine:
            lead = f"Lead: {who}\n\nMeans: {means}" if who else f"Means: {means}"
            rows.append([f"{nr} {text}", lead, when or "", pre])
    t = o.table([8.6, 7.0, 5.2, 5.6], rows, header_rows=1, header_fill="#7a1f3d",
                fills={band: "#efe3e8", **{s: "#f7f2f4" for s in spans}}, spans=spans)
    # the header row's text in white
    o.style("HeadWhite", size=8.5, bold=True, color="#ffffff", after=0.05)
    from odf.namespaces import TEXTNS
    from odf.table import TableHeaderRows
    from odf.text import P

    for hr in t.getElementsByType(TableHeaderRows):
        for para in hr.getElementsByType(P):
            para.setAttrNS(TEXTNS, "style-name", o.styles["HeadWhite"])
    # the activities band's heading cells in bold
    from odf.table import TableRow

    band_row = t.getElementsByType(TableRow)[band]
    for para in band_row.getElementsByType(P):
        para.setAttrNS(TEXTNS, "style-name", o.styles["CellBold"])
    mb37._odt_rows_unsplit(o, t)
    o.h("4 Governance and review", 2)
    o.p(EN_TEXT["governance"])
    src = d / f"{slug}.odt"
    o.save(src, title=EN_TITLE + ": logical framework", author="Dunmarsh District Council")
    pdf = bk.soffice_pdf(src)
    _gold(plan, pdf, leftovers=(EN_LEFTOVER,))
    return plan, pdf


EN_NOTES = """
odfpy .odt → LibreOffice Writer, A4 LANDSCAPE, Liberation Sans, Dunmarsh District Council (England), Economy and
Skills: the programme plan set out as a LOGICAL FRAMEWORK (logframe), running header, footer 'Page n'. P. 1: kicker,
title, version line ('agreed by the Economy and Skills Committee on 19 March 2029': no deadline), a 'Programme
summary' table (accountable body, 'April 2029 – March 2032', the programme manager 'Helen Oduya' = the programme's
manager, not an activity's lead; funding, participants), '1 Background' (figures; the Education and Skills Act 2008
'must stay in education or training until they are 18' quoted: a national duty, no goal), 'Claimant rate …: [insert
baseline from DWP claimant count – Jas]' = EDITORIAL LEFTOVER, '2 How to read the logframe' (reading from the bottom
up: no goals). '3 Logical framework': ONE MATRIX with the header row 'Intervention logic | Objectively verifiable
indicators | Sources of verification | Assumptions' (repeated on every page), rows kept whole. The first column names
the LEVEL in bold and then its text: 'Overall objective (impact)' = main_goal; 'Specific objective (outcome)' = goal
(parent the overall objective); 'Output 1'–'Output 4' = sub_goal (parent the specific objective). The INDICATOR cells
('falls from 6.1 % to 4.5 % by March 2032', '450 young people referred in the first year …') are targets, not goals
and not deadlines; SOURCES and ASSUMPTIONS are no goals or measures. Then an ACTIVITIES BAND: a shaded row 'Activities
| Lead and means | Timing | Pre-conditions' — the columns change meaning — and one row per activity '1.1 Share data
…' (MEASURE = the text without its number, linked to the OUTPUT its number's prefix names: 1.x → Output 1). OWNER =
after 'Lead:' in the second column ('Youth Employment Team and Careers Service', 'Economic Development and Dunmarsh
Chamber of Commerce' two each; 'Youth Service', 'Youth Employment Team', 'Dunmarsh College', 'Economic Development',
'HR and Organisational Development' one each; 'All programme partners' diffuse); 'Means: …' (staff, money) is never an
owner — 2.2's cell holds only 'Means: £60,000 hardship fund' = NO OWNER. DEADLINE = the Timing cell ('By September
2029', 'April 2029', '2029/30', 'March 2031' periods; 'Monthly from June 2029', 'Each term', 'Quarterly' recurring;
'Ongoing' continuous; '2033' after 2029–2032; 3.3 empty = none). Pre-conditions are no deadlines. OUTPUT 4 has no
activities: a spanning row says they 'will be agreed … in the first year … added to the logframe at the review in
March 2030' (a deferral: goal without measures; 'March 2030' no deadline). '4 Governance and review' (the Board meets
every quarter; reviewed each March): process, no measures.
"""


# =========================================================================== checks


def _layout_facts(slug: str) -> list[str]:
    """One set of layout facts per plan, read back from the PDF: the legal plan prints '§ 1'–'§ 12' and no owner
    sits on the line of a lettered item; the e-mail prints its header labels twice (message and quoted message) and
    the plan table's header on both pages it runs over; the metro map has two landscape pages, every goal only on p. 2 and the interchange station
    once; the logframe has landscape pages, the header row repeated on every matrix page and the activities band
    once."""
    import pdfplumber

    pdf = OUT / slug / f"{slug}.pdf"
    pages = mb3.pdftotext_pages(pdf)
    sq = mb3._squash
    text = "".join(pages)
    bad = []
    with pdfplumber.open(str(pdf)) as doc:
        sizes = [(float(p.width), float(p.height)) for p in doc.pages]
    if slug == NB_SLUG:
        for n in range(1, 13):
            if sq(f"§ {n} ") not in text:
                bad.append(f"{slug}: '§ {n}' not printed")
        import subprocess

        raw = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(pdf), "-"], check=True,
                             capture_output=True, text=True).stdout
        for line in raw.splitlines():
            s = line.strip()
            if len(s) > 2 and s[1] == ")" and s[0] in "abcd" and any(
                    o in s for r in NB_ROWS for o in r[5] if o != "alle rektorer"):
                bad.append(f"{slug}: an owner on a lettered item's line: {s[:60]!r}")
    if slug == NN_SLUG:
        for lab in ("Frå:", "Sendt:", "Til:", "Emne:"):
            if text.count(sq(lab)) != 2:
                bad.append(f"{slug}: {lab!r} not printed twice")
        if text.count(sq("NrTiltakKvenNår")) != len(pages) or sq("NrTiltakKvenNår") not in pages[-1]:
            bad.append(f"{slug}: the plan table's header not repeated on each page it runs over")
    if slug == DA_SLUG:
        if len(sizes) != 2 or any(w < h for w, h in sizes):
            bad.append(f"{slug}: not two landscape pages: {sizes}")
        for _g, t in DA_GOALS:
            if sq(t) in pages[0] or sq(t)[:40] not in pages[1]:
                bad.append(f"{slug}: goal {t[:30]!r} not only on p. 2")
        with pdfplumber.open(str(pdf)) as doc:
            ends = [sum(1 for w in pg.extract_words() if w["text"] == "ENDESTATION") for pg in doc.pages]
        if text.count(sq("Digital overlevering")) != 1 or ends != [0, 4]:
            bad.append(f"{slug}: not one interchange station and four end stations")
    if slug == EN_SLUG:
        if any(w < h for w, h in sizes):
            bad.append(f"{slug}: not landscape: {sizes}")
        matrix = [i for i, p in enumerate(pages) if sq("Output") in p or sq("Specific objective") in p]
        for i in matrix:
            if sq("Objectively verifiable indicators") not in pages[i]:
                bad.append(f"{slug}: header row not repeated on p. {i + 1}")
        if text.count(sq("ActivitiesLead and meansTimingPre-conditions")) != 1:
            bad.append(f"{slug}: the activities band not printed once")
    return bad


def verify(slug: str) -> list[str]:
    """mb3.verify (pdftotext, page by page), batch 34's whole-text check on content order and the layout facts."""
    return mb3.verify(slug) + mb34._whole_text_raw(slug) + _layout_facts(slug)


def main(argv: list[str]) -> None:
    """Build the plans (or the SLUGs), --verify or --twice: blindkit.plans_main."""
    bk.plans_main(argv, plans=PLANS, out=OUT, verify=verify, patterns=PATTERNS)


if __name__ == "__main__":
    main(sys.argv[1:])
