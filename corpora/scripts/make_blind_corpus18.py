"""Build the eighteenth batch of blind authored plans (corpora/authored/<slug>/), in layouts not yet in
the corpus: a bokmål plan whose measures stand in chapter 3 as a numbered list 'Tiltak n.m' WITHOUT
owners or dates while their owners, deadlines and costs live in an APPENDIX table keyed only by the
measure number ('2.1–2.3' a range; one measure missing, one row for a measure that does not exist),
after a 'Planen i korte trekk' summary repeating every goal (python-docx → LibreOffice); a nynorsk plan
whose measures are grouped under YEAR HEADINGS 'Tiltak i 2026' … 'Tiltak som går heile perioden', each
with a table 'Tiltak | Ansvarleg | Mål' citing goal numbers (odfpy → LibreOffice); a Swedish workplace
action plan made as a FILLABLE PDF FORM (AcroForm text fields, not flattened: the texts live in the
field widgets' appearance streams; reportlab); a Danish plan whose measure table is GROUPED BY OWNER
(full-width shaded rows 'Ansvarlig: <enhed>', week-number deadlines, the table breaking over a page
with the header repeated and the group row not; HTML → Chromium).

    python corpora/scripts/make_blind_corpus18.py              # every plan
    python corpora/scripts/make_blind_corpus18.py SLUG ...     # some of them
    python corpora/scripts/make_blind_corpus18.py --verify     # check gold against the PDFs
    python corpora/scripts/make_blind_corpus18.py --twice      # build twice, compare sha256

Generic helpers from blindkit.py (two new ones: pdf_form_fields, render_page_png); plan data classes,
findings and gold writer from make_blind_corpus.py (its Odt writer too), the pdftotext check from
make_blind_corpus3.py. Gold files carry `held_out: true` and were committed before plancheck was run on
the documents.
"""

from __future__ import annotations

import html as _h
import re
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

PLANS, plan_builder, write_gold = mb.builder_registry("make_blind_corpus18.py")
E = lambda s: _h.escape(s, quote=False)  # noqa: E731

# where a plan prints owners and deadlines away from its measures: slug -> the heading of that place
# (the verifier looks for them on the pages from that heading on instead of on the measure's page)
FIELDS_AT = {"naervaer-vedlegg-ansvar": "Vedlegg 1: Ansvar og tidsplan"}
# plans whose texts live in form fields: the verifier also checks each gold text against a field value
# on the gold page (what a viewer draws from the widgets)
FORMS = {"arbetsmiljo-blankett-sv"}
# plans whose owner is a group row above its measures: a row after a page break has its owner on the
# page before (the group row is not repeated)
GROUP_OWNERS = {"ungeindsats-ansvarsgrupper-da"}


def set_finding_page(gold: Path, rule: str, quote: str, page: int) -> None:
    """Move one finding of the gold to the page its quote is printed on."""
    text = gold.read_text(encoding="utf-8")
    pat = re.compile(r'(\{rule: "%s", [^\n]*quote: %s, page: )\d+\}' % (re.escape(rule), re.escape(mb._q(quote))))  # noqa: UP031
    text, n = pat.subn(lambda m: f"{m.group(1)}{page}}}", text, count=1)
    assert n == 1, (rule, quote)
    gold.write_text(text, encoding="utf-8")


# =========================================================================== 1 bokmål appendix (Word)


def _tiltak_numbering(doc, goal_no: int) -> int:
    """A Word list whose number carries the role word and the goal: 'Tiltak 2.1', 'Tiltak 2.2', …
    (a custom number format, as a planner defines it once per goal)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    numbering = dh._numbering(doc)
    aid = dh._ABSTRACT_NEXT[0]
    dh._ABSTRACT_NEXT[0] += 1
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), str(aid))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    an.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"), ("w:lvlText", f"Tiltak {goal_no}.%1"),
                     ("w:lvlJc", "left")):
        el = OxmlElement(tag)
        el.set(qn("w:val"), val)
        lvl.append(el)
    ppr = OxmlElement("w:pPr")
    tabs = OxmlElement("w:tabs")
    tab = OxmlElement("w:tab")
    tab.set(qn("w:val"), "num")
    tab.set(qn("w:pos"), "1418")
    tabs.append(tab)
    ppr.append(tabs)
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "1418")
    ind.set(qn("w:hanging"), "1418")
    ppr.append(ind)
    lvl.append(ppr)
    rpr = OxmlElement("w:rPr")
    rpr.append(OxmlElement("w:b"))
    lvl.append(rpr)
    an.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    return dh.add_num(doc, aid)


@plan_builder
def build_naervaer_vedlegg_ansvar() -> tuple[Plan, Path]:
    """Bokmål sick-leave plan: summary bullets repeating the goals, chapter 3 goals with numbered
    'Tiltak n.m' lists (no owner, no date), 'Vedlegg 1: Ansvar og tidsplan' table keyed by number."""
    from docx.shared import Pt

    slug = "naervaer-vedlegg-ansvar"
    goals = [
        G("G1", "Sykefraværet i Tjønnvik kommune skal ned fra 9,4 prosent i 2025 til 7,5 prosent i 2029"),
        G("G2", "Ingen ansatte skal bli syke av tunge løft og ensidig belastning på jobb"),
        G("G3", "Ansatte som er sykmeldt, skal få tett oppfølging og raskt komme tilbake i arbeid"),
        G("G4", "Tjønnvik kommune skal være en arbeidsplass der folk trives og blir værende"),
        G("G5", "Alle ledere skal ha kompetanse i nærværsarbeid, tilrettelegging og arbeidsrett"),
    ]
    # measures of chapter 3: (number, goal, text)
    tiltak = [
        ("1.1", "G1", "Innføre felles rutine for registrering og rapportering av fravær i alle enheter"),
        ("1.2", "G1", "Gjennomføre nærværsprosjekt i de fem enhetene med høyest fravær, etter modell fra "
                      "hjemmetjenesten i Nordre sone"),
        ("1.3", "G1", "Legge fram fraværsstatistikk for hver enhet på arbeidsmiljøutvalgets møter"),
        ("2.1", "G2", "Kartlegge behovet for tekniske hjelpemidler ved alle avdelinger i helse og omsorg"),
        ("2.2", "G2", "Kjøpe inn takheiser og ståbrett der kartleggingen viser behov"),
        ("2.3", "G2", "Gi alle ansatte i helse og omsorg opplæring i forflytningsteknikk"),
        ("2.4", "G2", "Prøve ut hev-senk-bord og ergonomiske stoler i barnehagene"),
        ("3.1", "G3", "Kontakte alle sykmeldte innen første fraværsuke og avtale oppfølgingssamtale"),
        ("3.2", "G3", "Opprette et eget tilretteleggingsteam med HR, bedriftshelsetjenesten og NAV Arbeidslivssenter"),
        ("3.3", "G3", "Bruke graderte sykmeldinger og arbeidsutprøving i andre enheter når det er mulig"),
        ("4.1", "G4", "Følge opp medarbeiderundersøkelsen med egne handlingsplaner i hver enhet"),
        ("4.2", "G4", "Holde seniorsamtale med alle ansatte som fyller 60 år"),
        ("4.3", "G4", "Evaluere nærværsarbeidet og legge fram resultatene for kommunestyret"),
    ]
    # appendix rows: (nr cell, ansvarlig cell, owners, frist cell, kind, kostnad)
    hr, bht = "HR-avdelingen", "bedriftshelsetjenesten"
    appendix = [
        ("1.1", "HR-avdelingen", [hr], "1. halvår 2026", "period", "Innenfor ramme"),
        ("1.2", "Kommunalsjef helse og omsorg", ["Kommunalsjef helse og omsorg"], "", None, "450 000 kr"),
        ("1.3", "HR-sjef", ["HR-sjef"], "Løpende", "continuous", "–"),
        ("2.1–2.3", "Enhetsleder hjemmetjenesten og bedriftshelsetjenesten",
         ["Enhetsleder hjemmetjenesten", bht], "31.12.2027", "date", "1,2 mill. kr (investering)"),
        ("2.4", "Virksomhetsleder barnehage", ["Virksomhetsleder barnehage"], "Vår 2027", "period", "180 000 kr"),
        ("3.1", "Nærmeste leder", ["Nærmeste leder"], "1.3.2026", "date", "Innenfor ramme"),
        ("3.3", "HR-avdelingen og NAV Arbeidslivssenter", [hr, "NAV Arbeidslivssenter"], "2027", "period",
         "Innenfor ramme"),
        ("3.4", "Personalrådgiver", ["Personalrådgiver"], "Høst 2026", "period", "60 000 kr"),
        ("4.1", "Alle enheter", ["Alle enheter"], "Vår 2027", "period", "Innenfor ramme"),
        ("4.2", "Nærmeste leder", ["Nærmeste leder"], "Årlig", "recurring", "Innenfor ramme"),
        ("4.3", "Kommunedirektør", ["Kommunedirektør"], "2031", "period", "–"),
    ]
    for gi, g in enumerate(goals, start=1):  # the page of its 'Mål n' in chapter 3, not of the summary
        g.find = f"Mål {gi} {g.text}"
    by_nr: dict[str, tuple] = {}
    for row in appendix:
        nr = row[0]
        if "–" in nr:
            a, b = nr.split("–")
            g = a.split(".")[0]
            for k in range(int(a.split(".")[1]), int(b.split(".")[1]) + 1):
                by_nr[f"{g}.{k}"] = row
        else:
            by_nr[nr] = row
    notes_m = {"1.2": "appendix Frist empty", "1.3": "'Løpende' continuous",
               "2.1": "appendix row '2.1–2.3' (a range: one owner cell and date for 2.1, 2.2 and 2.3); two owners",
               "2.2": "appendix row '2.1–2.3'", "2.3": "appendix row '2.1–2.3'",
               "3.2": "missing from the appendix table: no owner, no deadline",
               "3.3": "two owners", "4.1": "'Alle enheter' diffuse", "4.2": "'Årlig' recurring",
               "4.3": "'2031' after the plan period 2026–2029"}
    measures = []
    for nr, gid, text in tiltak:
        row = by_nr.get(nr)
        owners, when, kind = (row[2], row[3] or None, row[4]) if row else ([], None, None)
        measures.append(M(f"M{nr}", text, [gid], owners, when, kind,
                          diffuse=tuple(o for o in owners if o.startswith("Alle")), outside=(when == "2031"),
                          note=notes_m.get(nr, "")))
    plan = Plan(
        slug=slug, language="nb", title="Handlingsplan for nærvær og lavere sykefravær 2026–2029",
        period=(2026, 2029), goals=goals, measures=measures,
        notes="""
python-docx → LibreOffice 7.4, A4 portrait, header 'Tjønnvik kommune · Handlingsplan for nærvær' and
footer 'Side n av N'. MEASURES AND THEIR OWNERS/DEADLINES IN DIFFERENT PLACES. Page 1 opens with
'Planen i korte trekk': a bulleted SUMMARY that repeats every goal sentence word for word (each goal is
ONCE in the gold, with the page of its 'Mål n' in chapter 3), and a sentence pointing to the appendix.
Chapter 3 'Mål og tiltak' has per goal a heading 'Mål n', the goal sentence in bold, a short
background paragraph and the measures as a Word numbered list with the custom number format
'Tiltak n.%1' (printed 'Tiltak 1.1', 'Tiltak 1.2', ...), with NO owner and NO date beside them.
'Vedlegg 1: Ansvar og tidsplan' (new page) is a table 'Tiltak nr | Ansvarlig | Frist | Kostnad' keyed
ONLY by the measure number. Gold convention: owners and deadlines of each measure are those of the
appendix row with its number ('2.1–2.3' is a range: the same owners and date for 2.1, 2.2 and 2.3);
measure 3.2 has NO appendix row (no owner, no deadline: two errors); the row '3.4' matches no measure
(no item, no finding); Kostnad is never a deadline. Measure pages are their chapter-3 pages; the
owner-is-accountable finding for 'Alle enheter' has the page of the appendix row that prints it.
'1. halvår 2026', 'Vår 2027', '2027', 'Høst 2026' period; '31.12.2027', '1.3.2026' date; 'Løpende' continuous, 'Årlig' recurring (warnings); empty Frist (1.2) error;
'2031' after 2026–2029. 'Enhetsleder hjemmetjenesten og bedriftshelsetjenesten', 'HR-avdelingen og NAV
Arbeidslivssenter' two owners each; 'Kommunalsjef helse og omsorg' one. Mål 5 (leader competence) has
no measures: the text says they are in the competence plan. Traps: arbeidsmiljøloven 'skal' quoted,
the IA-avtale's national goal, a 'Sykefravær i tall' table, a list of what was done 2022–2025.
""")
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    doc = dh.new_document(font="Liberation Sans", size=10.5, margins_mm=22, heading_color="1E4D2B")
    mb.docx_lang(doc, "nb-NO")
    sec = doc.sections[0]
    dh.setup_header_footer(sec, "Tjønnvik kommune · Handlingsplan for nærvær", size=8.5)
    dh.para(doc, "TJØNNVIK KOMMUNE", size=9, color="1E4D2B", space_after=2)
    dh.para(doc, plan.title, bold=True, size=20, color="1E4D2B", space_after=4)
    dh.para(doc, "Vedtatt av kommunestyret 18. februar 2026, sak 14/26", italic=True, size=9.5, space_after=14)
    dh.heading(doc, "Planen i korte trekk", 1)
    dh.para(doc, "Tjønnvik kommune har over 1 100 ansatte og et sykefravær som ligger over snittet for "
                 "kommunesektoren. Planen skal gi oss et felles grep om nærværsarbeidet de neste fire årene. "
                 "Dette vil vi oppnå:")
    bul = dh.add_num(doc, dh.add_abstract_num(doc, "symbol_bullet"))
    for g in goals:
        dh.list_item(doc, g.text, bul)
    dh.para(doc, "Tiltakene står i kapittel 3. Hvem som har ansvaret, når tiltakene skal være gjennomført og "
                 "hva de koster, går fram av vedlegg 1.", space_before=6)
    dh.heading(doc, "1 Innledning", 1)
    dh.para(doc, "Planen er utarbeidet av en arbeidsgruppe med representanter fra HR-avdelingen, "
                 "hovedverneombudet, de tillitsvalgte og bedriftshelsetjenesten. Den bygger på "
                 "arbeidsgiverstrategien og kommuneplanens samfunnsdel.")
    dh.para(doc, "Arbeidsmiljøloven § 4-6 sier at arbeidsgiver skal utarbeide oppfølgingsplan for "
                 "tilbakeføring til arbeid i samråd med den sykmeldte. Det er en plikt kommunen allerede har, "
                 "og står derfor ikke som eget tiltak her.")
    dh.para(doc, "I IA-avtalen 2024–2028 er partene enige om at sykefraværet nasjonalt skal reduseres med "
                 "10 prosent. Vårt eget mål er mer ambisiøst, fordi utgangspunktet er høyere.")
    dh.heading(doc, "2 Sykefravær i tall", 1)
    t = dh.new_table(doc, [80, 28, 28, 28])
    dh.add_row(t, ["Tjenesteområde", "2023", "2024", "2025"], [80, 28, 28, 28], size=9.5, bold=True, fill="DDE9DF")
    for r in [("Helse og omsorg", "11,2", "11,8", "12,1"), ("Oppvekst", "8,9", "9,3", "8,7"),
              ("Teknisk drift", "6,4", "7,0", "6,8"), ("Administrasjon", "4,9", "5,1", "4,6"),
              ("Hele kommunen", "8,8", "9,2", "9,4")]:
        dh.add_row(t, list(r), [80, 28, 28, 28], size=9.5)
    dh.para(doc, "Tabell 1: Legemeldt og egenmeldt sykefravær i prosent av avtalte dagsverk.", italic=True,
            size=8.5, space_before=3)
    dh.para(doc, "Dette har vi gjort i forrige periode", bold=True, space_before=8)
    done = dh.add_num(doc, dh.add_abstract_num(doc, "dash"))
    for s in ["innført digital fraværsregistrering i alle enheter (2022)",
              "gjennomført lederopplæring i oppfølging av sykmeldte for 48 ledere (2023–2024)",
              "prøvd ut turnus med lengre vakter i Nordre sone hjemmetjeneste (2024–2025)"]:
        dh.list_item(doc, s, done)
    dh.heading(doc, "3 Mål og tiltak", 1)
    dh.para(doc, "Under hvert mål står tiltakene vi skal gjennomføre i planperioden. Ansvar, frist og "
                 "kostnad for hvert tiltak står i vedlegget.")
    intro = {
        "G1": "Fraværet er høyest i helse og omsorg, og særlig blant ansatte i turnus. Et lavere fravær gir "
              "bedre kontinuitet for brukerne og mindre bruk av vikarer. "
              "Hjemmetjenesten i Nordre sone fikk ned fraværet fra 13 til 8 prosent på to år ved å la de ansatte "
              "selv planlegge turnusen og ved å ha en fast kontaktperson i HR. Vi vil prøve den samme modellen "
              "i flere enheter. Vi vet også at fraværet er lavere der ledere og ansatte jevnlig snakker om "
              "arbeidsbelastning, og der det er lett å melde fra tidlig om at noe er i ferd med å gå galt.",
        "G2": "Muskel- og skjelettplager er den vanligste årsaken til langtidsfravær hos oss. Mange "
              "arbeidsplasser mangler hjelpemidler som er vanlige andre steder. "
              "Bedriftshelsetjenesten gikk vernerunder på 22 arbeidsplasser i 2025 og fant at hver tredje "
              "avdeling i helse og omsorg løfter brukere uten takheis. I barnehagene er det lave stoler og "
              "bord og mye arbeid på gulvet som sliter. Verneombudene har meldt om det samme i flere år, "
              "uten at det har vært satt av penger til utstyr. Hjelpemidler alene er likevel ikke nok: de "
              "ansatte må også lære å bruke dem, og nyansatte og vikarer må få den samme opplæringen som de "
              "faste.",
        "G3": "Jo lenger en sykmelding varer, jo vanskeligere er det å komme tilbake. Tidlig kontakt og "
              "tilrettelegging er det som virker best. "
              "I dag varierer det mye fra enhet til enhet hvor raskt lederen tar kontakt, og mange ledere sier "
              "at de mangler steder å omplassere ansatte midlertidig. NAV Arbeidslivssenter har tilbudt seg å "
              "bistå enhetene med de vanskeligste sakene, og flere enheter har allerede gode erfaringer med "
              "arbeidsutprøving på tvers av tjenesteområdene.",
        "G4": "Medarbeiderundersøkelsen viser at de fleste trives, men at mange vurderer å slutte på grunn "
              "av arbeidspresset. Vi mister særlig erfarne sykepleiere. Av dem som sluttet i 2025, hadde "
              "nesten halvparten vært ansatt i mindre enn tre år, og mange oppga at de ikke fikk brukt "
              "kompetansen sin. Seniorene ønsker på sin side mer fleksible arbeidstider og færre nattevakter.",
        "G5": "Lederne er nøkkelen i nærværsarbeidet. Tiltak for lederopplæring står i kompetanseplanen for "
              "2026–2029, som behandles i egen sak, og gjentas ikke her.",
    }
    for gi, g in enumerate(goals, start=1):
        dh.heading(doc, f"Mål {gi}", 2)
        dh.para(doc, g.text, bold=True, keep_with_next=True)
        dh.para(doc, intro[g.id])
        items = [x for x in tiltak if x[1] == g.id]
        if items:
            num = _tiltak_numbering(doc, gi)
            for _nr, _g, text in items:
                dh.list_item(doc, text, num, space_after=4)
    dh.heading(doc, "4 Oppfølging", 1)
    dh.para(doc, "HR-sjefen rapporterer på planen til arbeidsmiljøutvalget to ganger i året og til "
                 "kommunestyret i årsmeldingen. Planen rulleres høsten 2027.")
    dh.page_break(doc)
    dh.heading(doc, "Vedlegg 1: Ansvar og tidsplan", 1)
    dh.para(doc, "Tabellen viser hvem som har ansvaret for tiltakene i kapittel 3, når de skal være "
                 "gjennomført og hva de koster. Nummeret viser til tiltaket i kapittel 3.")
    w = [24, 62, 36, 44]
    t = dh.new_table(doc, w)
    hdr = dh.add_row(t, ["Tiltak nr", "Ansvarlig", "Frist", "Kostnad"], w, size=9.5, bold=True, fill="DDE9DF")
    dh.set_repeat_header(hdr)
    for nr, cell, _o, when, _k, cost in appendix:
        r = dh.add_row(t, [nr, cell, when, cost], w, size=9.5)
        dh.set_cant_split(r)
    dh.para(doc, "Beløpene er anslag og innarbeides i budsjett og økonomiplan.", italic=True, size=8.5,
            space_before=3)
    for p in doc.paragraphs:
        if p.style.name.startswith("Heading"):
            p.paragraph_format.space_before = Pt(14)
    dh.set_core_properties(doc, title=plan.title, author="Tjønnvik kommune")
    src = d / f"{slug}.docx"
    dh.save_deterministic(doc, src)
    pdf = bk.soffice_pdf(src)
    pages = mb.pdf_pages(pdf)
    ch3 = next(i for i, t in enumerate(pages, start=1) if mb._squash("3 Mål og tiltak") in t)
    app = next(i for i, t in enumerate(pages, start=1) if mb._squash("Vedlegg 1: Ansvar og tidsplan") in t)
    gold = write_gold(plan, pdf, goal_after=ch3, measure_after=ch3)
    set_finding_page(gold, "owner-is-accountable", "Alle enheter", mb.page_of(pages, "Alle enheter", after=app))
    return plan, pdf


# =========================================================================== 2 nynorsk year headings (odfpy)


@plan_builder
def build_velferdsteknologi_aarsbolkar_nn() -> tuple[Plan, Path]:
    """Nynorsk welfare-technology plan: goals 'Mål 1'–'Mål 5' in chapter 2; chapter 3 measures grouped
    under year headings 'Tiltak i 2026' … 'Tiltak som går heile perioden', each with a table
    'Tiltak | Ansvarleg | Mål' citing goal numbers."""
    slug = "velferdsteknologi-aarsbolkar-nn"
    goals = [
        G("G1", "Innbyggjarar som treng det, skal kunne bu trygt i eigen heim lenger ved hjelp av teknologi"),
        G("G2", "Alle tilsette i helse og omsorg skal meistre dei velferdsteknologiske løysingane dei brukar"),
        G("G3", "Bebuarane på institusjon skal få færre forstyrringar om natta og betre søvn"),
        G("G4", "Pårørande skal kjenne til tilboda og oppleve at dei blir tekne med i vala"),
        G("G5", "Fjellsendal kommune skal ha eit heilskapleg tilbod om velferdsteknologi til barn og unge "
                "med funksjonsnedsetjingar"),
    ]
    tl, ks, ikt = "Tenesteleiar heimetenesta", "Kommunalsjef helse og omsorg", "IKT-avdelinga"
    # (group heading, tiltak, ansvarleg cell, owners, mål cell, goals, deadline, kind, note)
    groups = [
        ("Tiltak i 2026", [
            ("Kartleggje behovet for digitalt tilsyn hos alle som får heimetenester", tl, [tl], "1", ["G1"],
             "2026", "period", ""),
            ("Byte ut dei analoge tryggleiksalarmane med digitale alarmar", "Innkjøpsrådgjevar og IKT-avdelinga",
             ["Innkjøpsrådgjevar", ikt], "1 og 4", ["G1", "G4"], "2026", "period", "two owners"),
            ("Opprette eit tildelingsteam for velferdsteknologi i tenestekontoret", ks, [ks], "1", ["G1"],
             "2026", "period", "'Kommunalsjef helse og omsorg' one owner"),
            ("Lære opp alle tilsette i heimetenesta i bruk av elektroniske medisindispenserar", "", [], "2",
             ["G2"], "2026", "period", "empty Ansvarleg"),
        ]),
        ("Tiltak i 2027", [
            ("Ta i bruk elektroniske medisindispenserar hos minst 60 brukarar innan juni 2027", tl, [tl], "1, 2",
             ["G1", "G2"], "innan juni 2027", "period",
             "explicit month in the text under 'Tiltak i 2027': the deadline is the text's 'innan juni 2027'"),
            ("Innføre digitalt nattilsyn på Fjellsendal bu- og omsorgssenter", "Einingsleiar institusjon",
             ["Einingsleiar institusjon"], "3", ["G3"], "2027", "period", ""),
            ("Tilby videokonsultasjon med lege for bebuarane i omsorgsbustadene", "Kommuneoverlegen",
             ["Kommuneoverlegen"], "1, 3", ["G1", "G3"], "2027", "period", ""),
            ("Lage ein informasjonsfilm og ei brosjyre om velferdsteknologi for pårørande", "Alle einingar",
             ["Alle einingar"], "4", ["G4"], "2027", "period", "'Alle einingar' diffuse"),
        ]),
        ("Tiltak i 2028", [
            ("Kople sensorane i omsorgsbustadene til den nye pasientvarslingsløysinga", ikt, [ikt], "1, 3",
             ["G1", "G3"], "2028", "period", ""),
            ("Evaluere det digitale nattilsynet og leggje fram ei sak for kommunestyret innan mars 2029", ks,
             [ks], "3", ["G3"], "innan mars 2029", "period",
             "explicit month in the text under 'Tiltak i 2028': 'innan mars 2029', after the plan period "
             "2026–2028"),
            ("Tilby pårørandekurs om digitale løysingar to gonger i året", "Frivilligkoordinator",
             ["Frivilligkoordinator"], "4", ["G4"], "2028", "period", ""),
        ]),
        ("Tiltak som går heile perioden", [
            ("Gi alle nytilsette opplæring i velferdsteknologi som del av introduksjonsprogrammet",
             "Fagutviklingssjukepleiar", ["Fagutviklingssjukepleiar"], "2", ["G2"], None, None,
             "group 'heile perioden': no deadline"),
            ("Delta i det interkommunale innkjøpssamarbeidet om velferdsteknologi i regionen", ks, [ks], "1 og 2",
             ["G1", "G2"], None, None, "group 'heile perioden': no deadline"),
        ]),
    ]
    measures = []
    i = 0
    for _head, rows in groups:
        for text, _cell, owners, _mcell, gl, when, kind, note in rows:
            i += 1
            measures.append(M(f"M{i}", text, gl, owners, when, kind,
                              diffuse=tuple(o for o in owners if o.startswith("Alle")),
                              outside=(when == "innan mars 2029"), note=note))
    plan = Plan(
        slug=slug, language="nn", title="Handlingsplan for velferdsteknologi 2026–2028", period=(2026, 2028),
        goals=goals, measures=measures, source_ext="odt",
        notes="""
odfpy → LibreOffice 7.4, A4, header 'Fjellsendal kommune – Handlingsplan for velferdsteknologi', footer
'Side n'. Chapter 2 'Mål' holds 'Mål 1'–'Mål 5' (bold heading + goal sentence + a line of reasoning).
Chapter 3 'Tiltak' groups the measures under YEAR HEADINGS 'Tiltak i 2026', 'Tiltak i 2027', 'Tiltak i
2028' and 'Tiltak som går heile perioden', each followed by a ruled table 'Tiltak | Ansvarleg | Mål'
(header repeated when a table crosses a page); the Mål column cites goal numbers ('1', '1 og 4',
'1, 3'): the goal links. Gold deadline convention (docs/gold-format.md, as for year columns): a
measure's deadline is its YEAR HEADING's year as printed in the heading ('2027', kind period: due by
the end of that year); a measure whose own text names a month ('… innan juni 2027') has THAT as its
deadline as printed in the text ('innan juni 2027', kind period) - the more precise statement wins; the
measure under 'Tiltak i 2028' whose text says 'innan mars 2029' has deadline 'innan mars 2029', after
the plan period 2026–2028 (a finding). The group 'Tiltak som går heile perioden' gives NO deadline
(null, kind none: measure-has-deadline error for both). Empty Ansvarleg (error); 'Alle einingar'
diffuse; 'Innkjøpsrådgjevar og IKT-avdelinga' two owners, 'Kommunalsjef helse og omsorg' one. Mål 5
(barn og unge) is cited by no measure: goal without measures. Traps: the national 'skal' of
Leve heile livet quoted, a 'Status ved oppstart' list of technology already in use (2023, 2024),
'Kostnader' paragraph with years, 'Oppfølging' dates.
""")
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    od = mb.Odt(lang="nn", country="NO", header="Fjellsendal kommune – Handlingsplan for velferdsteknologi",
                footer_text="Side")
    od.style("Goal", size=11, bold=True, after=0.15)
    od.style("Small", size=8.5, italic=True, after=0.2)
    od.style("Item", size=10.5, after=0.1, indent_cm=0.6, hanging_cm=0.4)
    od.p("FJELLSENDAL KOMMUNE", "Small")
    od.p(plan.title, "Title")
    od.p("Vedteken av kommunestyret 5. mars 2026, sak 21/26", "Small")
    od.h("1 Innleiing", 1)
    od.p("Talet på innbyggjarar over 80 år i Fjellsendal blir nesten dobla fram mot 2040, medan talet på "
         "personar i yrkesaktiv alder går ned. Vi kan ikkje løyse dette berre med fleire tilsette. "
         "Velferdsteknologi kan gje tryggleik og sjølvstende for brukarane og frigjere tid for dei tilsette.")
    od.p("Planen byggjer på helse- og omsorgsplanen og på kvalitetsreforma Leve heile livet, der det heiter at "
         "eldre «skal kunne meistre livet og bu trygt heime så lenge som mogleg». Det er eit nasjonalt mål som "
         "planen byggjer på; måla for Fjellsendal står i kapittel 2.")
    od.h("Kva er velferdsteknologi?", 2)
    od.p("Med velferdsteknologi meiner vi teknologiske løysingar som kan gje auka tryggleik, sjølvstende og "
         "deltaking for brukarane, og som kan støtte pårørande og tilsette. Døme er digitale "
         "tryggleiksalarmar, medisindispenserar, sensorar, elektroniske dørlåsar og digitalt tilsyn. "
         "Teknologien erstattar ikkje menneskeleg kontakt, men kan gjere at tida blir brukt der ho trengst "
         "mest.")
    od.h("Slik har vi arbeidd", 2)
    od.p("Planen er laga av ei arbeidsgruppe med tilsette frå heimetenesta, institusjonane, tenestekontoret og "
         "IKT-avdelinga, saman med hovudtillitsvalde og ein representant for eldrerådet. Rådet for personar "
         "med funksjonsnedsetjing og ungdomsrådet har gitt innspel. Vi har også henta erfaringar frå "
         "nabokommunane, som har brukt digitalt tilsyn sidan 2022.")
    od.table([9.0, 2.6, 2.6, 2.8], [["Innbyggjarar i Fjellsendal", "2025", "2030", "2040"],
                                    ["67–79 år", "1 214", "1 390", "1 512"],
                                    ["80 år og eldre", "486", "655", "931"],
                                    ["20–66 år", "5 870", "5 702", "5 410"]])
    od.p("Kjelde: SSB, framskriving med hovudalternativet.", "Small")
    od.h("Status ved oppstart", 2)
    for s in ["Digitale tryggleiksalarmar hos 40 brukarar (2023)", "Elektroniske dørlåsar i heimetenesta (2024)",
              "GPS-sporing for seks brukarar med demens, etter samtykke (2024)"]:
        od.p(f"•\t{s}", "Item")
    od.h("2 Mål", 1)
    od.p("Planen har fem mål. Tiltaka i kapittel 3 viser kva for mål dei skal bidra til.")
    why = {
        "G1": "Dei fleste ønskjer å bu heime så lenge som mogleg, og teknologien kan gje tryggleik om natta. "
              "Med digitalt tilsyn kan heimetenesta sjå til brukarar utan å vekkje dei, og tryggleiksalarmane varslar automatisk ved fall.",
        "G2": "Tilsette som ikkje er trygge på utstyret, brukar det ikkje, og då får brukarane ikkje nytte av det. "
              "I medarbeidarundersøkinga svara berre kvar tredje at dei hadde fått god nok opplæring i utstyret dei brukar.",
        "G3": "Fysisk tilsyn om natta vekkjer mange bebuarar. Sensorar kan gje færre unødvendige tilsyn. "
              "På Fjellsendal bu- og omsorgssenter går nattevakta fire rundar kvar natt i dag, også hos bebuarar som søv godt.",
        "G4": "Pårørande er ofte dei som først spør etter løysingar, men mange veit ikkje kva som finst. "
              "Mange pårørande bur langt unna og ønskjer å kunne følgje med på ein trygg måte.",
        "G5": "Familiar med barn med store hjelpebehov etterlyser løysingar som gjer kvardagen lettare. "
              "Tenesta for funksjonshemma utgreier behovet i 2026, og tiltak kjem ved rulleringa av planen.",
    }
    for gi, g in enumerate(goals, start=1):
        od.h(f"Mål {gi}", 3)
        od.p(g.text, "Goal")
        od.p(why[g.id])
    od.h("3 Tiltak", 1)
    od.p("Tiltaka er ordna etter kva år dei skal vere gjennomførte. Kolonnen «Mål» viser kva for mål i "
         "kapittel 2 tiltaket skal bidra til. Tiltak som går heile perioden, står til slutt.")
    for head, rows in groups:
        od.h(head, 2)
        table = [["Tiltak", "Ansvarleg", "Mål"]] + [[t, c, mc] for t, c, _o, mc, *_ in rows]
        od.table([11.0, 4.6, 1.4], table)
    od.h("4 Kostnader", 1)
    od.p("Innkjøpa i 2026 og 2027 blir dekte av investeringsbudsjettet (2,4 mill. kr) og eit tilskot frå "
         "Helsedirektoratet. Driftskostnadene frå 2028 blir innarbeidde i økonomiplanen.")
    od.h("5 Oppfølging", 1)
    od.p("Kommunalsjefen rapporterer på planen til hovudutval for helse og omsorg i juni og desember kvart år. "
         "Planen skal rullerast hausten 2027.")
    src = od.save(d / f"{slug}.odt", title=plan.title, author="Fjellsendal kommune")
    pdf = bk.soffice_pdf(src)
    pages = mb.pdf_pages(pdf)
    ch2 = next(i for i, t in enumerate(pages, start=1) if mb._squash("2 Mål") in t)
    write_gold(plan, pdf, goal_after=ch2)
    return plan, pdf


# =========================================================================== 3 Swedish fillable PDF form (reportlab)


@plan_builder
def build_arbetsmiljo_blankett_sv() -> tuple[Plan, Path]:
    """Swedish SAM action plan as a FILLABLE PDF FORM: printed template (labels, column heads) and the
    municipality's texts in AcroForm text fields (appearance streams, not flattened)."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    slug = "arbetsmiljo-blankett-sv"
    f = bk.reportlab_fonts("LS")
    goals = [
        G("G1", "Ingen medarbetare ska skadas vid förflyttning av boende"),
        G("G2", "Alla medarbetare ska känna sig trygga när de arbetar ensamma kvällar och nätter"),
        G("G3", "Sjukfrånvaron på Kullagården ska vara under 7 procent vid utgången av 2027"),
        G("G4", "Alla nyanställda och vikarier ska få en arbetsmiljöintroduktion under sin första vecka"),
    ]
    ec = "Enhetschef"
    # (risk/brist, åtgärd, ansvarig field, owners, klart senast field, kind, uppföljd field, note)
    rows = [
        ("Tunga lyft vid förflyttning i badrum, särskilt på avdelning Linden",
         "Installera taklyft i de sex badrum som saknar det", "Fastighetsförvaltaren", ["Fastighetsförvaltaren"],
         "2026-10-31", "date", "", ""),
        ("Personalen saknar utbildning i förflyttningsteknik, många vikarier",
         "Genomföra förflyttningsutbildning för all personal, även timanställda", "Arbetsterapeut",
         ["Arbetsterapeut"], "2026-06-15", "date", "Delvis, 2026-05-20", "'Uppföljd' holds a date: no deadline"),
        ("Ensamarbete kvällar och nätter, ingen rutin vid larm",
         "Ta fram en rutin för ensamarbete med trygghetslarm och telefonkontakt med sjuksköterska",
         "Enhetschef och nattsjuksköterska", [ec, "Nattsjuksköterska"], "2026-03-31", "date", "Ja, 2026-04-14",
         "two owners; 'Uppföljd' holds a date"),
        ("Hot och våld från boende med demenssjukdom",
         "Utbilda personalen i bemötande och lågaffektivt förhållningssätt", "", [], "Hösten 2026", "period", "",
         "empty Ansvarig field"),
        ("Stress kring schemaläggning och sena ändringar",
         "Införa önskeschema med fasta planeringsperioder på sex veckor", "Bemanningsenheten",
         ["Bemanningsenheten"], "2027-01-31", "date", "", ""),
        ("Hög sjukfrånvaro på avdelning Björken (11,8 % 2025)",
         "Göra en fördjupad riskbedömning av arbetsbelastningen tillsammans med företagshälsovården", ec, [ec],
         "", None, "", "empty Klart senast field"),
        ("Buller och trångt i personalrummet",
         "Möblera om personalrummet och sätta upp ljudabsorbenter", "Fastighetsförvaltaren",
         ["Fastighetsförvaltaren"], "2026-09-30", "date", "", ""),
        ("Nyanställda och vikarier får inte introduktion i tid",
         "Använda checklistan för arbetsmiljöintroduktion för alla nyanställda och vikarier",
         "Alla medarbetare", ["Alla medarbetare"], "Löpande", "continuous", "", "'Alla medarbetare' diffuse; "
         "'Löpande' continuous"),
        ("Arbetsmiljöfrågor tas sällan upp på APT",
         "Ha arbetsmiljö som stående punkt på varje arbetsplatsträff", ec, [ec], "Varje månad", "recurring", "",
         "'Varje månad' recurring"),
        ("Slitna arbetsstolar i expeditionen",
         "Byta ut arbetsstolarna i expeditionen och på avdelningskontoren", ec, [ec], "2028-03-31", "date", "",
         "after the plan period 2026-2027"),
    ]
    measures = [M(f"M{i}", r[1], [], r[3], r[4] or None, r[5],
                  diffuse=tuple(o for o in r[3] if o.startswith("Alla")), outside=(r[4] == "2028-03-31"), note=r[7])
                for i, r in enumerate(rows, start=1)]
    plan = Plan(
        slug=slug, language="sv", title="Handlingsplan – systematiskt arbetsmiljöarbete", period=(2026, 2027),
        goals=goals, measures=measures, source_ext="pdf",
        notes="""
reportlab canvas (Liberation Sans TTF for the printed template, invariant), A4 portrait, 3 pages. A
FILLABLE PDF FORM that is NOT flattened: the template prints the municipality's header ('VRÅNGEBY
KOMMUN', 'Blankett HR 14 · version 2024-01'), the title 'Handlingsplan – systematiskt
arbetsmiljöarbete', an instruction paragraph ('… ska …', template text, no items), the labels
Arbetsplats, Upprättad av, Datum, Gäller för perioden, Skyddsombud, the label 'Mål för arbetsmiljön'
with printed numbers 1-4, the column heads 'Risk/brist | Åtgärd | Ansvarig | Klart senast | Uppföljd'
(repeated on p. 2) and 'Sida n av 3'; EVERYTHING THE WORKPLACE WROTE is in AcroForm TEXT FIELDS
(Helvetica, with appearance streams made by reportlab, the long texts wrapped in multi-line fields;
the field values /V are the unwrapped strings). pdftotext and a viewer show the field texts; a reader
of the page's own content stream sees only the template. Gold from what a reader sees: the four goal
fields are the goals; each row's Åtgärd field is a measure, Ansvarig its owner, Klart senast its
deadline as typed; Risk/brist is the challenge (not scored); Uppföljd ('Ja, 2026-04-14', 'Delvis,
2026-05-20') is a follow-up note, never a deadline. Two rows on p. 2 are left empty (no measures). The
form has no goal column: measures are linked to no goal (goals: []), so no goal-has-measure findings.
Plan period from the field 'Gäller för perioden' = '2026-2027'. ISO dates 'date'; 'Hösten 2026' period;
'Löpande' continuous and 'Varje månad' recurring (warnings); empty Ansvarig (error), empty Klart senast
(error); 'Alla medarbetare' diffuse; 'Enhetschef och nattsjuksköterska' two owners; '2028-03-31' after
2026-2027. Page 3: follow-up and signature fields (names, dates): no items.
""")
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    pdf = d / f"{slug}.pdf"
    W, H = A4
    L, R = 15 * mm, W - 15 * mm
    cols = [("Risk/brist", 44), ("Åtgärd", 62), ("Ansvarig", 30), ("Klart senast", 22), ("Uppföljd", 22)]
    grey, band = colors.HexColor("#6b6b6b"), colors.HexColor("#d9e2ec")
    c = canvas.Canvas(str(pdf), pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle(plan.title)
    c.setAuthor("Vrångeby kommun")
    c.setCreator("Vrångeby kommun – blankettmall HR 14")
    form = c.acroForm
    orig_ap = form.txAP

    def wrap(text, width, size):
        words, lines, cur = text.split(), [], ""
        for w_ in words:
            t = (cur + " " + w_).strip()
            if stringWidth(t, "Helvetica", size) <= width or not cur:
                cur = t
            else:
                lines.append(cur)
                cur = w_
        return "\n".join(lines + ([cur] if cur else []))

    def wrapped_ap(key, value, iFontName, rFontName, fontSize, **kw):
        # a viewer wraps a multi-line field's text at its width when it writes the appearance; the
        # value (/V) keeps the text as typed
        bw = kw.get("borderWidth") or 0
        if value and "\n" not in value:
            value = wrap(value, kw.get("width", 120) - 4 * bw - 3, fontSize)
        return orig_ap(key, value, iFontName, rFontName, fontSize, **kw)

    form.txAP = wrapped_ap
    nfield = [0]

    def field(name, value, x, y, w, h, *, size=9, multi=False):
        nfield[0] += 1
        form.textfield(name=name, value=value, x=x, y=y, width=w, height=h, fontName="Helvetica",
                       fontSize=size, borderWidth=0.5, borderColor=colors.HexColor("#9aa5b1"),
                       fillColor=colors.white, textColor=colors.black, maxlen=0,
                       fieldFlags="multiline" if multi else "", tooltip=name)

    def furniture(n):
        c.setFillColor(colors.HexColor("#1f3a5f"))
        c.setFont(f["bold"], 10)
        c.drawString(L, H - 14 * mm, "VRÅNGEBY KOMMUN")
        c.setFont(f["normal"], 7.5)
        c.setFillColor(grey)
        c.drawRightString(R, H - 14 * mm, "Blankett HR 14 · version 2024-01")
        c.setStrokeColor(colors.HexColor("#1f3a5f"))
        c.setLineWidth(1.2)
        c.line(L, H - 16.5 * mm, R, H - 16.5 * mm)
        c.setFont(f["normal"], 7.5)
        c.drawString(L, 10 * mm, "Vrångeby kommun · HR-avdelningen · Mall för systematiskt arbetsmiljöarbete (SAM)")
        c.drawRightString(R, 10 * mm, f"Sida {n} av 3")
        c.setFillColor(colors.black)

    def column_heads(y):
        x = L
        c.setFillColor(band)
        c.rect(L, y - 1.5 * mm, R - L, 6.5 * mm, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.setFont(f["bold"], 8.5)
        for label, w in cols:
            c.drawString(x + 1.2 * mm, y, label)
            x += w * mm
        return y - 3 * mm

    def row_fields(i, y, r, h=20 * mm):
        vals = ("", "", "", "", "") if r is None else (r[0], r[1], r[2], r[4], r[6])
        x = L
        for (_label, w), v, key in zip(cols, vals, ("risk", "atgard", "ansvarig", "klart", "uppfoljd"), strict=False):
            field(f"rad{i:02d}_{key}", v, x + 0.4 * mm, y - h, w * mm - 0.8 * mm, h, size=8.5,
                  multi=key in ("risk", "atgard", "ansvarig", "uppfoljd"))
            x += w * mm
        return y - h - 1.2 * mm

    # ---------------------------------------------------------------- page 1
    furniture(1)
    c.setFont(f["bold"], 16)
    c.drawString(L, H - 27 * mm, "Handlingsplan – systematiskt arbetsmiljöarbete")
    c.setFont(f["italic"], 8)
    c.setFillColor(grey)
    for k, line in enumerate([
            "Handlingsplanen upprättas efter skyddsrond, riskbedömning eller medarbetarenkät. Ange för varje risk eller",
            "brist vilken åtgärd som ska vidtas, vem som ansvarar och när åtgärden ska vara klar. Planen ska följas upp",
            "minst två gånger per år tillsammans med skyddsombudet. Spara blanketten i ärendet och skicka en kopia till HR."]):
        c.drawString(L, H - 34 * mm - k * 3.6 * mm, line)
    c.setFillColor(colors.black)
    y = H - 54 * mm
    labels = [[("Arbetsplats", "Kullagårdens vård- och omsorgsboende"), ("Upprättad av", "Helena Ståhl, enhetschef")],
              [("Datum", "2026-02-10"), ("Gäller för perioden", "2026-2027")],
              [("Skyddsombud", "Kenneth Ahl"), ("Förvaltning", "Vård- och omsorgsförvaltningen")]]
    names = {"Arbetsplats": "arbetsplats", "Upprättad av": "upprattad_av", "Datum": "datum",
             "Gäller för perioden": "period", "Skyddsombud": "skyddsombud", "Förvaltning": "forvaltning"}
    for line in labels:
        for j, (lab, val) in enumerate(line):
            x = L + j * 92 * mm
            c.setFont(f["normal"], 7.5)
            c.setFillColor(grey)
            c.drawString(x, y + 6.2 * mm, lab)
            c.setFillColor(colors.black)
            field(names[lab], val, x, y - 1 * mm, 86 * mm, 6.5 * mm, size=9.5)
        y -= 13 * mm
    c.setFont(f["bold"], 11)
    c.drawString(L, y, "Mål för arbetsmiljön")
    c.setFont(f["italic"], 7.5)
    c.setFillColor(grey)
    c.drawString(L + 42 * mm, y, "(vad vill arbetsplatsen uppnå under perioden?)")
    c.setFillColor(colors.black)
    y -= 9 * mm
    for gi, g in enumerate(goals, start=1):
        c.setFont(f["bold"], 9.5)
        c.drawString(L + 1 * mm, y + 1.2 * mm, f"{gi}")
        field(f"mal_{gi}", g.text, L + 6 * mm, y - 1 * mm, R - L - 6 * mm, 6.5 * mm, size=9.5)
        y -= 8.5 * mm
    y -= 4 * mm
    c.setFont(f["bold"], 11)
    c.drawString(L, y, "Åtgärder")
    y -= 8 * mm
    y = column_heads(y)
    for i in range(4):
        y = row_fields(i + 1, y, rows[i])
    c.showPage()
    # ---------------------------------------------------------------- page 2
    furniture(2)
    y = H - 26 * mm
    y = column_heads(y)
    for i in range(4, 10):
        y = row_fields(i + 1, y, rows[i])
    for i in (10, 11):
        y = row_fields(i + 1, y, None, h=14 * mm)
    c.showPage()
    # ---------------------------------------------------------------- page 3
    furniture(3)
    y = H - 28 * mm
    c.setFont(f["bold"], 11)
    c.drawString(L, y, "Uppföljning av handlingsplanen")
    y -= 10 * mm
    for j, (lab, val) in enumerate([("Uppföljning 1, datum", "2026-05-20"), ("Uppföljning 2, datum", ""),
                                    ("Kommentar", "Åtgärd 3 klar. Förflyttningsutbildningen har startat, "
                                                  "tre pass återstår.")]):
        c.setFont(f["normal"], 7.5)
        c.setFillColor(grey)
        c.drawString(L, y + 6.2 * mm, lab)
        c.setFillColor(colors.black)
        field(f"uppfoljning_{j + 1}", val, L, y - 1 * mm, (R - L) if j == 2 else 60 * mm, 6.5 * mm, size=9.5)
        y -= 13 * mm
    y -= 6 * mm
    c.setFont(f["bold"], 11)
    c.drawString(L, y, "Underskrifter")
    y -= 12 * mm
    for j, (lab, val) in enumerate([("Chef", "Helena Ståhl"), ("Skyddsombud", "Kenneth Ahl")]):
        x = L + j * 92 * mm
        c.setFont(f["normal"], 7.5)
        c.setFillColor(grey)
        c.drawString(x, y + 6.2 * mm, lab)
        c.setFillColor(colors.black)
        field(f"underskrift_{j + 1}", val, x, y - 1 * mm, 86 * mm, 6.5 * mm, size=9.5)
    c.setFont(f["italic"], 7.5)
    c.setFillColor(grey)
    c.drawString(L, y - 12 * mm, "Enligt AFS 2023:1 ska arbetsgivaren skriftligt dokumentera åtgärder som inte "
                                 "genomförs direkt, med uppgift om vem som ansvarar och när de ska vara klara.")
    c.showPage()
    c.save()
    bk.freeze_pdf(pdf)
    bk.gold_by_pdftotext(write_gold, plan, pdf)  # pdftotext draws form-field appearances, pdfplumber not
    return plan, pdf


# =========================================================================== 4 Danish table grouped by owner (Chromium)


@plan_builder
def build_ungeindsats_ansvarsgrupper_da() -> tuple[Plan, Path]:
    """Danish youth plan: goals 'Mål n' before an 'Indsatser' table 'Nr | Indsats | Bidrager til mål |
    Tidsplan' GROUPED BY OWNER (shaded full-width rows 'Ansvarlig: <enhed>'), week-number deadlines; the
    table breaks over a page with its header repeated and the group row not."""
    slug = "ungeindsats-ansvarsgrupper-da"
    goals = [
        G("G1", "Alle unge under 25 år skal have én indgang til kommunen, når de har brug for hjælp til "
                "uddannelse eller job"),
        G("G2", "Flere unge skal gennemføre en ungdomsuddannelse, og færre skal falde fra"),
        G("G3", "Flere unge på uddannelseshjælp skal komme i praktik, job eller uddannelse inden for et år"),
        G("G4", "Flere unge uden job eller uddannelse skal være aktive i et fællesskab i deres fritid"),
    ]
    ue, jc = "Ungeenheden", "Jobcenter Tarnholm"
    # groups: (owner cell, owners, rows: (nr, indsats, mål cell, goals, tidsplan, kind, note))
    groups = [
        (ue, [ue], [
            ("1", "Etablere én fælles indgang i Ungehuset for alle unge under 25 år, der søger hjælp", "1", ["G1"],
             "uge 38 2027", "period", "week number"),
            ("2", "Give alle unge på uddannelseshjælp en fast kontaktperson gennem hele forløbet", "1, 3",
             ["G1", "G3"], "løbende", "continuous", "'løbende' continuous"),
            ("3", "Udvikle et mentorforløb for unge med angst eller ensomhed sammen med Psykiatrien", "2",
             ["G2"], "inden udgangen af 2027", "period", ""),
        ]),
        (jc, [jc], [
            ("4", "Indgå aftaler med 30 lokale virksomheder om praktikpladser til unge", "3", ["G3"],
             "uge 5, 2028", "period", "week number with a comma"),
            ("5", "Holde en jobmesse for unge hvert forår og efterår sammen med Erhvervsrådet", "3", ["G3"],
             "hvert halve år", "recurring", "'hvert halve år' recurring"),
            ("6", "Tilbyde virksomhedsforlagt undervisning til unge, der ikke kan klare et almindeligt forløb",
             "2, 3", ["G2", "G3"], "uge 33 2026", "period", "last row before the page break"),
            ("7", "Samle unge i job med løntilskud i et netværk med faste møder", "3", ["G3"], "", None,
             "first row on p. 3, after the break: its group row 'Ansvarlig: Jobcenter Tarnholm' stays on "
             "p. 2; empty Tidsplan"),
        ]),
        ("UU Tarnholm og Produktionsskolen", ["UU Tarnholm", "Produktionsskolen"], [
            ("8", "Oprette et brobygningsforløb til erhvervsuddannelserne for unge fra FGU", "2", ["G2"],
             "uge 32 2026", "period", "two owners (group row)"),
            ("9", "Følge op på alle unge, der afbryder en ungdomsuddannelse, inden for 14 dage", "1, 2",
             ["G1", "G2"], "inden udgangen af 2026", "period", ""),
        ]),
        ("Alle afdelinger", ["Alle afdelinger"], [
            ("10", "Bruge den fælles ungeplan i alle sager om unge under 25 år", "1", ["G1"], "uge 48 2026",
             "period", "'Alle afdelinger' diffuse (group row)"),
        ]),
        ("endnu ikke afklaret", [], [
            ("11", "Undersøge mulighederne for et botilbud til unge uden fast bolig", "2, 3", ["G2", "G3"],
             "inden udgangen af 2027", "period", "group row 'Ansvarlig: endnu ikke afklaret': no owner"),
            ("12", "Evaluere indsatserne sammen med unge og samarbejdspartnere", "1, 2, 3", ["G1", "G2", "G3"],
             "uge 10 2029", "period", "after the plan period 2026–2028; group row 'endnu ikke afklaret'"),
        ]),
    ]
    measures = []
    for _cell, owners, rows in groups:
        for nr, text, _mc, gl, when, kind, note in rows:
            measures.append(M(f"M{nr}", text, gl, owners, when or None, kind,
                              diffuse=tuple(o for o in owners if o.startswith("Alle")),
                              outside=(when == "uge 10 2029"), note=note))
    plan = Plan(
        slug=slug, language="da", title="Handleplan for unge uden uddannelse og job 2026–2028",
        period=(2026, 2028), goals=goals, measures=measures, source_ext="html",
        notes="""
HTML/CSS printed by headless Chromium, A4 portrait, 3 pages; running header 'Tarnholm Kommune ·
Handleplan for unge uden uddannelse og job' and 'Side n af 3' drawn in the page margins (CSS @page
margin boxes). Section 'Mål' lists 'Mål 1'-'Mål 4' + bold sentence before the table. Section
'Indsatser': ONE ruled table 'Nr | Indsats | Bidrager til mål | Tidsplan' GROUPED BY OWNER: a
full-width shaded group row 'Ansvarlig: <enhed>' precedes that unit's measures, and is the owner of
every row below it until the next group row. The table BREAKS from p. 2 to p. 3 inside the group
'Ansvarlig: Jobcenter Tarnholm': the header row is repeated on p. 3 (thead), the group row is NOT, so
the row at the top of p. 3 (Nr 7) still belongs to Jobcenter Tarnholm. 'Bidrager til mål' cites
goal numbers ('1, 3', '1, 2, 3'): the goal links. Deadlines as printed: Danish WEEK numbers 'uge 38
2027', 'uge 5, 2028', 'uge 33 2026', 'uge 32 2026', 'uge 48 2026' (kind period: a week, due by its
end), 'inden udgangen af 2027' period; 'løbende' continuous and 'hvert halve år' recurring (warnings);
an empty Tidsplan cell (error); 'uge 10 2029' after 2026–2028. Owners: 'UU Tarnholm og
Produktionsskolen' two owners; 'Ansvarlig: Alle afdelinger' diffuse (one finding, on its one row);
'Ansvarlig: endnu ikke afklaret' (not yet decided) = NO owner for its two rows (measure-has-owner
errors). Mål 4 (fællesskab i fritiden) is cited by no row: goal without measures. Traps:
uddannelsesloven's 'skal' quoted, the national 'målsætning' for 2030, a 'Tal om de unge' figure table,
an indented note row below the table ('Indsatser fra den tidligere plan …'), follow-up dates.
""")
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    gs = {g.id: E(g.text) for g in goals}
    body = []
    for cell, _o, rows in groups:
        body.append(f'<tr class="grp"><td colspan="4">Ansvarlig: {E(cell)}</td></tr>')
        for nr, text, mc, _g, when, _k, _n in rows:
            body.append(f"<tr><td class=nr>{nr}</td><td>{E(text)}</td><td class=c>{E(mc)}</td>"
                        f"<td>{E(when)}</td></tr>")
    html = f"""<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>{E(plan.title)}</title>
<style>
@page {{ size: A4; margin: 22mm 20mm 20mm 20mm;
  @top-right {{ content: "Tarnholm Kommune · Handleplan for unge uden uddannelse og job"; font: 8pt 'Liberation Sans', sans-serif; color: #666 }}
  @bottom-center {{ content: "Side " counter(page) " af " counter(pages); font: 8.5pt 'Liberation Sans', sans-serif; color: #444 }} }}
body {{ font: 10.5pt/1.45 'Liberation Sans', sans-serif; color: #202020; margin: 0 }}
h1 {{ font-size: 21pt; color: #7a1e2c; margin: 0 0 2mm; line-height: 1.2 }}
h2 {{ font-size: 14pt; color: #7a1e2c; margin: 7mm 0 2mm; border-bottom: 1.2pt solid #7a1e2c; padding-bottom: 1mm }}
h3 {{ font-size: 11pt; margin: 4mm 0 0.5mm; color: #7a1e2c }}
p {{ margin: 0 0 2.4mm }} .lead {{ font-size: 11.5pt; color: #444 }} .goal {{ font-weight: bold }}
.kicker {{ font-size: 9pt; letter-spacing: 1.5pt; color: #7a1e2c; margin-bottom: 3mm }}
table.t {{ width: 100%; border-collapse: collapse; font-size: 9.5pt; margin-top: 2mm }}
.t th {{ background: #7a1e2c; color: #fff; text-align: left; padding: 1.8mm; border: 0.5pt solid #7a1e2c }}
.t td {{ border: 0.5pt solid #b9a9ac; padding: 1.6mm 1.8mm; vertical-align: top }}
.t td.nr {{ width: 8mm; text-align: right }} .t td.c {{ width: 24mm; text-align: center }}
.t tr {{ break-inside: avoid }}
.t tr.grp td {{ background: #eadfe1; font-weight: bold; border-top: 1.2pt solid #7a1e2c }}
table.fakta {{ border-collapse: collapse; font-size: 9.5pt; margin: 2mm 0 3mm }}
.fakta td {{ padding: 1.2mm 5mm 1.2mm 0; border-bottom: 0.4pt dotted #999 }} .fakta td + td {{ font-weight: bold; text-align: right }}
.note {{ font-size: 8.5pt; color: #555; margin: 2mm 0 0 6mm }}
</style></head><body>
<div class="kicker">TARNHOLM KOMMUNE · BESKÆFTIGELSE OG UDDANNELSE</div>
<h1>{E(plan.title)}</h1>
<p class="lead">Vedtaget af Beskæftigelses- og Uddannelsesudvalget den 21. januar 2026</p>
<h2>Indledning</h2>
<p>I Tarnholm Kommune er omkring 410 unge mellem 15 og 24 år hverken i uddannelse eller job. Mange af dem har
kontakt med flere afdelinger på én gang – Jobcentret, Ungeenheden, UU og socialområdet – og oplever, at de
skal fortælle deres historie igen og igen. Denne handleplan samler kommunens indsatser for de unge i
perioden 2026–2028.</p>
<p>Ifølge loven om kommunal indsats for unge under 25 år skal kommunalbestyrelsen sikre en
sammenhængende indsats for unge, der ikke er i gang med uddannelse eller job. Regeringens målsætning om,
at 90 procent af de unge skal have en ungdomsuddannelse i 2030, er et nationalt mål og ikke en del af
planens egne mål.</p>
<h2>Tal om de unge</h2>
<table class="fakta"><tr><td>Unge 15–24 år uden uddannelse eller job (2025)</td><td>412</td></tr>
<tr><td>Heraf på uddannelseshjælp</td><td>236</td></tr><tr><td>Frafald på erhvervsuddannelserne første år</td><td>31 %</td></tr>
<tr><td>Unge i Ungehuset pr. uge</td><td>ca. 90</td></tr></table>
<p>Frafaldet er størst i de første tre måneder på erhvervsuddannelserne. Halvdelen af de unge på
uddannelseshjælp har været det i mere end to år, og mange har psykiske vanskeligheder, som skal løses,
før uddannelse eller job er realistisk. De unge har selv peget på, at de mangler én voksen, der kender dem,
og et sted at gå hen, hvor de ikke bliver sendt videre.</p>
<p>Planen er lavet af en arbejdsgruppe med deltagere fra Ungeenheden, Jobcentret, UU, Produktionsskolen,
FGU Tarnholm og Ungerådet. Ungerådet har holdt to dialogmøder med 40 unge, og deres forslag er indarbejdet
i indsatserne.</p>
<h2>Mål</h2>
<p>Planen har fire mål. Kolonnen »Bidrager til mål« i tabellen viser, hvilke mål en indsats understøtter.</p>
<p>Målene er formuleret sammen med Ungerådet og bygger på de fire temaer, som de unge selv pegede på ved
dialogmøderne: at blive mødt af én voksen, at komme godt i gang med en uddannelse, at få fodfæste på
arbejdsmarkedet og at have et fællesskab uden for skole og job. Målene følges op med tal fra
Ungedatabasen hvert halve år.</p>
<h3>Mål 1</h3><p class="goal">{gs['G1']}</p>
<p>I dag kan en ung have op til fem forskellige sagsbehandlere. Én indgang skal gøre det enkelt at få hjælp, og den unge skal kun fortælle sin historie én gang.</p>
<h3>Mål 2</h3><p class="goal">{gs['G2']}</p>
<p>Jo tidligere vi opdager, at en ung er ved at falde fra, jo større er chancen for at fastholde uddannelsen. Samarbejdet med skolerne er derfor afgørende.</p>
<h3>Mål 3</h3><p class="goal">{gs['G3']}</p>
<p>Virksomhederne efterspørger arbejdskraft, og mange unge lærer bedst gennem praktisk arbejde. En praktikplads er ofte den første vej ind på en arbejdsplads.</p>
<h3>Mål 4</h3><p class="goal">{gs['G4']}</p>
<p>Foreningslivet og fritidsjob giver netværk og hverdagsrytme. Kultur- og Fritidsforvaltningen udarbejder
indsatser til dette mål i forbindelse med fritidspolitikken i 2027. Ungerådet har foreslået, at foreningerne
får et tilskud for hver ung uden uddannelse eller job, de tager ind.</p>
<h2>Indsatser</h2>
<p>Tabellen er ordnet efter, hvem der har ansvaret. Tidsplanen angiver, hvornår indsatsen skal være gennemført. Hvor der står en uge, er det den uge, hvor indsatsen skal være på plads. Indsatser uden ansvarlig eller tidsplan afklares i styregruppen for ungeindsatsen i første kvartal 2026. Udgifterne afholdes inden for de eksisterende budgetter og midler fra den statslige pulje til unge uden uddannelse.</p>
<table class="t"><thead><tr><th>Nr</th><th>Indsats</th><th>Bidrager til mål</th><th>Tidsplan</th></tr></thead>
<tbody>{''.join(body)}</tbody></table>
<p class="note">Indsatser fra den tidligere plan, som er afsluttet (bl.a. Ungehusets åbning i uge 35 2024), er ikke med.</p>
<h2>Opfølgning</h2>
<p>Ungeenheden gør status på handleplanen over for Beskæftigelses- og Uddannelsesudvalget i juni og december
hvert år. Handleplanen revideres i efteråret 2027.</p>
<p>Kontakt: Ungeenheden, Torvegade 12, 6980 Tarnholm · unge@tarnholm.dk</p>
</body></html>"""
    src = d / f"{slug}.html"
    src.write_text(html, encoding="utf-8")
    pdf = bk.chromium_pdf(src, d / f"{slug}.pdf")
    write_gold(plan, pdf)
    return plan, pdf


# =========================================================================== verify / main


def verify(slug: str) -> list[str]:
    """mb3.verify, with pdftotext (which prints form-field appearances), and for a plan whose owners
    and deadlines stand in an appendix: those looked up on the appendix pages."""
    import yaml

    bad = mb3.verify(slug)
    if slug in GROUP_OWNERS:
        gold_path = OUT / slug / f"{slug}.gold.yaml"
        gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
        pages = mb3.pdftotext_pages(gold_path.parent / gold["document"])
        for m in gold.get("measures") or []:
            for o in m["owners"]:
                msg = f"{slug}: owner {o!r} of {m['id']} not on p. {m['page']}"
                if msg in bad and mb3._on(pages, "Ansvarlig: " + o, m["page"] - 1):
                    bad.remove(msg)
    if slug in FORMS:
        gold_path = OUT / slug / f"{slug}.gold.yaml"
        gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
        fields = bk.pdf_form_fields(gold_path.parent / gold["document"])
        norm = lambda t: " ".join(t.split()).lower()  # noqa: E731
        on = {(f["page"], norm(f["value"])) for f in fields if f["value"]}
        for kind in ("goals", "measures"):
            for it in gold.get(kind) or []:
                if (it["page"], norm(it["text"])) not in on:
                    bad.append(f"{slug}: {kind} {it['id']} is no field value on p. {it['page']}")
        for m in gold.get("measures") or []:
            for v in ([" och ".join(m["owners"])] if m["owners"] else []) + ([m["deadline"]] if m["deadline"] else []):
                if (m["page"], norm(v)) not in on:
                    bad.append(f"{slug}: {v!r} of {m['id']} is no field value on p. {m['page']}")
    marker = FIELDS_AT.get(slug)
    if not marker:
        return bad
    bad = [b for b in bad if not re.match(rf"{re.escape(slug)}: (owner|deadline) ", b)]
    gold_path = OUT / slug / f"{slug}.gold.yaml"
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    pages = mb3.pdftotext_pages(gold_path.parent / gold["document"])
    start = next(i for i, t in enumerate(pages, start=1) if mb._squash(marker) in t)
    for m in gold.get("measures") or []:
        for o in m["owners"]:
            if not mb3._on(pages, o, start, spill=len(pages)):
                bad.append(f"{slug}: owner {o!r} of {m['id']} not in the appendix (p. {start}-)")
        if m["deadline"] and not mb3._on(pages, m["deadline"], start, spill=len(pages)):
            bad.append(f"{slug}: deadline {m['deadline']!r} of {m['id']} not in the appendix (p. {start}-)")
    return bad


def main(argv: list[str]) -> None:
    """Build the plans (or the SLUGs), --verify or --twice: blindkit.plans_main."""
    bk.plans_main(argv, plans=PLANS, out=OUT, verify=verify, strategies=True)


if __name__ == "__main__":
    main(sys.argv[1:])
