"""Build the thirtieth batch of blind authored plans (corpora/authored/<slug>/), in layouts and wordings not yet in
the corpus: a nynorsk plan whose tiltak are GROUPED BY THE UNIT THAT LEADS THEM — one heading per eining, a bullet
list under it, each tiltak ending in its frist and the CODE of the goal it serves (python-docx → LibreOffice); a
Swedish plan whose åtgärder are SENTENCES IN RUNNING TEXT with the responsible förvaltning as the sentence's
subject and the deadline inside the sentence ('Kultur- och fritidsförvaltningen ansvarar för att … senast 2027')
(odfpy → LibreOffice Writer); a Danish ÅRSHJUL DRAWN AS A CIRCLE — twelve months around a ring, the indsatser
written beside their month (reportlab); an English 'You said, we will' consultation-response action plan — what
residents said, what the council will do, and 'Who and when' in one cell (HTML → Chromium).

    python corpora/scripts/make_blind_corpus30.py              # every plan
    python corpora/scripts/make_blind_corpus30.py SLUG ...     # some of them
    python corpora/scripts/make_blind_corpus30.py --verify     # check gold against the PDFs
    python corpora/scripts/make_blind_corpus30.py --twice      # build twice, compare sha256

Generic helpers from blindkit.py; plan data classes, findings and gold writer from make_blind_corpus.py, the Odt
writer from make_blind_corpus.py, the pdftotext check from make_blind_corpus3.py. Gold files carry
`held_out: true` and were committed before plancheck was run on the documents.
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
from make_blind_corpus import G, M, Plan  # noqa: E402

ROOT = HERE.parents[1]
OUT = ROOT / "corpora" / "authored"

PLANS, plan_builder, write_gold = mb.builder_registry("make_blind_corpus30.py")
E = lambda s: _h.escape(s, quote=False)  # noqa: E731


def _gold(plan: Plan, pdf: Path, **kw) -> Path:
    """write_gold with the pages looked up as pdftotext reads them (blindkit.gold_by_pdftotext)."""
    return bk.gold_by_pdftotext(write_gold, plan, pdf, **kw)


def _diffuse(owners: list[str]) -> tuple[str, ...]:
    return tuple(o for o in owners if o.lower().startswith(("alle ", "alla ", "all ", "kommunen")))


# =========================================================================== 1 nynorsk, grouped by owner (python-docx)


@plan_builder
def build_demensvenleg_eining_nn() -> tuple[Plan, Path]:
    """Nynorsk plan whose tiltak stand under one Heading 2 per LEADING UNIT; each bullet ends '– <frist> – M2'."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt

    slug = "demensvenleg-eining-nn"
    ho, ku, td, ei = "Helse og omsorg", "Kultur", "Teknisk drift", "Eigedomsavdelinga"
    goals_t = [
        "Personar med demens skal få diagnose og oppfølging tidleg i sjukdomsforløpet",
        "Pårørande skal oppleve at dei får avlasting og støtte når dei treng det",
        "Personar med demens skal kunne delta i kultur, friluftsliv og lokalsamfunnet som før",
        "Bygg, uteområde og tenester i kommunen skal vere lette å finne fram i for personar med demens",
        "Kommunen skal rekruttere og halde på tilsette med fagkompetanse i demensomsorg",
    ]
    # sections: (heading as printed, owners, [(text, frist as printed or None, kind, goal codes, note)])
    sections = [
        (ho, [ho], [
            ("Opprette eit demensteam med fast kontaktperson for kvar heimebuande med demensdiagnose",
             "1. juni 2026", "date", ["M1"], "'Helse og omsorg' is ONE unit (section heading); its 'og' does not "
             "split"),
            ("Tilby heimebesøk frå demensteamet innan fire veker etter at diagnosen er stilt", "løpande",
             "continuous", ["M1"], "'innan fire veker' is part of the text; 'løpande' continuous"),
            ("Opne eit dagaktivitetstilbod med fire plassar på laurdagar", "2027", "period", ["M2"], ""),
            ("Arrangere pårørandeskule saman med Nasjonalforeininga for folkehelsa", "kvar haust", "recurring",
             ["M2"], "the partner named in the text is no owner; 'kvar haust' recurring"),
        ]),
        (ku, [ku], [
            ("Lære opp bibliotekpersonalet i demensvenleg møte med publikum", "2026", "period", ["M3", "M4"],
             "two goal codes = two links"),
            ("Starte ei turgruppe med frivillige turvenner for personar med demens", "våren 2027", "period", ["M3"],
             ""),
            ("Vise demensvenlege kinoframsyningar i Hovlandsdal kulturhus", "kvar månad", "recurring", ["M3"],
             "'kvar månad' recurring"),
        ]),
        (td, [td], [
            ("Gå gjennom skilt og lys i rådhuset, biblioteket og helsesenteret", "2028", "period", ["M4"], ""),
            ("Setje opp benker med ryggstø langs turvegen rundt Hovlandsvatnet", None, None, ["M3", "M4"],
             "no frist printed (the bullet ends with the goal codes): no deadline"),
        ]),
        (f"{ho} og {ei} i lag", [ho, ei], [
            ("Byggje om sansehagen ved Hovlandsdal omsorgssenter", "2030", "period", ["M4"],
             "section 'Helse og omsorg og Eigedomsavdelinga i lag': TWO owners; '2030' after 2026–2029"),
        ]),
        ("Alle einingar", ["Alle einingar"], [
            ("Gje alle tilsette med publikumskontakt kurs i demensvenleg kommunikasjon", "innan utgangen av 2027",
             "period", ["M4"], "'Alle einingar' diffuse"),
        ]),
        ("Ansvar ikkje avklart", [], [
            ("Greie ut ei ordning med demensvenlege butikkar saman med næringsforeininga", "2027", "period",
             ["M3"], "section 'Ansvar ikkje avklart': no owner (the heading says the owner is not settled)"),
        ]),
    ]
    goals = [G(f"M{i}", t) for i, t in enumerate(goals_t, start=1)]
    measures = []
    n = 0
    for _head, owners, items in sections:
        for text, when, kind, codes, note in items:
            n += 1
            measures.append(M(f"T{n}", text, codes, owners, when, kind, diffuse=_diffuse(owners),
                              outside=when == "2030", note=note))
    plan = Plan(
        slug=slug, language="nn", title="Handlingsplan for eit demensvenleg Hovlandsdal 2026–2029",
        period=(2026, 2029), goals=goals, measures=measures, source_ext="docx",
        notes="""
python-docx → LibreOffice. Hovlandsdal kommune, nynorsk, header with rule, 'Side n'. 1 Innleiing (helse- og
omsorgstenestelova § 3-1 'skal' and Demensplan 2025's 'Noreg skal vere eit demensvenleg samfunn' quoted —
national, no goals; 'Demens i Hovlandsdal' figures). 2 Mål: five goals printed as 'M1'–'M5' (bold code + tab +
sentence); goal ids in the gold are the printed codes. 3 Tiltak fordelte på ansvarleg eining: a reading note
says the tiltak are ORDERED BY THE UNIT THAT LEADS THEM, that each tiltak ends with its frist after a dash and
the code(s) of the goal(s) it serves. One Heading 2 per unit ('Helse og omsorg', 'Kultur', 'Teknisk drift',
'Helse og omsorg og Eigedomsavdelinga i lag', 'Alle einingar', 'Ansvar ikkje avklart'), a short intro sentence
about the unit, then a bullet list. Gold: OWNER = the heading the tiltak stands under ('Helse og omsorg' ONE
unit; the 'i lag' section TWO owners; 'Alle einingar' diffuse; 'Ansvar ikkje avklart' = no owner). DEADLINE =
the part after the first dash as printed ('løpande' continuous, 'kvar haust' / 'kvar månad' recurring, '2030'
after the period, none printed on one bullet). GOAL LINKS = the trailing codes ('M3, M4' two links). Partners in
the text ('saman med Nasjonalforeininga …', '… næringsforeininga') are no owners. M5 has no tiltak
(goal-has-measure). The intro sentences under the headings ('Helse og omsorg har sidan 2024 …') are
background, no measures. Measure ids T1–T12 follow the printed order. The 'Kultur' section breaks over the page:
its third tiltak (T7, 'Vise demensvenlege kinoframsyningar …') stands at the top of p. 2 with its heading 'Kultur'
on p. 1 — the owner still 'Kultur' (the section continues).
""")
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    doc = dh.new_document(font="Liberation Sans", size=10.5, margins_mm=22, heading_color="5B3A70")
    mb.docx_lang(doc, "nn-NO")
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = ""
    r = hp.add_run("Hovlandsdal kommune")
    r.font.size = Pt(9)
    r.bold = True
    hp.add_run("\tHandlingsplan for eit demensvenleg Hovlandsdal 2026–2029").font.size = Pt(9)
    hp.paragraph_format.tab_stops.add_tab_stop(Mm(166), dh.WD_TAB_ALIGNMENT.RIGHT)
    dh._para_border(hp, "bottom")
    f = sec.footer.paragraphs[0]
    f.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    f.add_run("Side ").font.size = Pt(8.5)
    dh.add_field(f, "PAGE", "1", size=8.5)

    dh.para(doc, "Handlingsplan for eit demensvenleg Hovlandsdal 2026–2029", bold=True, size=19, color="5B3A70",
            space_after=2)
    dh.para(doc, "Vedteken i kommunestyret 11. desember 2025, sak 87/25", italic=True, size=10, space_after=10)
    dh.heading(doc, "1 Innleiing", 1)
    dh.para(doc, "Om lag 190 personar i Hovlandsdal lever med demens, og talet vil auke fram mot 2040. Dei fleste "
                 "bur heime og får hjelp frå familien. Denne planen samlar det einingane i kommunen skal gjere dei "
                 "neste fire åra for at personar med demens og pårørande skal kunne leve gode liv i bygda.")
    dh.para(doc, "Helse- og omsorgstenestelova § 3-1 seier at kommunen skal sørgje for at personar som oppheld seg "
                 "i kommunen, blir tilbodne nødvendige helse- og omsorgstenester. Demensplan 2025 frå regjeringa "
                 "har som mål at Noreg skal vere eit demensvenleg samfunn.")
    dh.para(doc, "Demens i Hovlandsdal", bold=True, size=10, space_after=2, keep_with_next=True)
    w0 = [104, 30, 30]
    tt = dh.new_table(doc, w0)
    dh.add_row(tt, ["", "2020", "2025"], w0, size=9.5, bold=True, fill="EAE2F0")
    for row in (["Personar med demensdiagnose (anslag)", "150", "190"],
                ["Plassar i skjerma eining", "16", "16"],
                ["Pårørande på pårørandeskule", "12", "31"]):
        dh.add_row(tt, row, w0, size=9.5)
    dh.para(doc, "", space_after=2)

    dh.heading(doc, "2 Mål", 1)
    dh.para(doc, "Kommunestyret har vedteke fem mål for planperioden. Koden framfor kvart mål blir brukt i "
                 "kapittel 3.", space_after=4)
    for i, t in enumerate(goals_t, start=1):
        p = dh.para(doc, f"**M{i}**\t{t}", space_after=3)
        p.paragraph_format.left_indent = Mm(12)
        p.paragraph_format.first_line_indent = Mm(-12)
        p.paragraph_format.tab_stops.add_tab_stop(Mm(12))

    dh.heading(doc, "3 Tiltak fordelte på ansvarleg eining", 1)
    dh.para(doc, "Tiltaka er ordna etter kva eining som har ansvaret for å gjennomføre dei. Eininga har ansvaret "
                 "sjølv om andre er med. Etter kvart tiltak står fristen etter tankestreken og til slutt koden for "
                 "målet eller måla tiltaket høyrer til.", italic=True, size=10)
    intros = {
        ho: "Helse og omsorg har sidan 2024 hatt ein demenskoordinator i 50 prosent stilling.",
        ku: "Biblioteket og kulturhuset er blant dei mest brukte møteplassane i kommunen.",
        td: "Teknisk drift har ansvar for veg, park og turvegar.",
        "Alle einingar": "Nokre tiltak gjeld heile kommuneorganisasjonen.",
        "Ansvar ikkje avklart": "For eitt tiltak er det enno ikkje avklart kva eining som skal ha ansvaret. "
                                "Dette blir avgjort ved rulleringa i 2027.",
    }
    bullet = dh.add_num(doc, dh.add_abstract_num(doc, "bullet"))
    for head, _owners, items in sections:
        h = dh.heading(doc, head, 2)
        h.paragraph_format.keep_with_next = True
        if head in intros:
            dh.para(doc, intros[head], size=10, space_after=3, keep_with_next=True)
        for text, when, _kind, codes, _n in items:
            tail = f" – {when}" if when else ""
            p = dh.list_item(doc, f"{text}{tail} – **{', '.join(codes)}**", bullet)
            p.paragraph_format.keep_together = True
    dh.heading(doc, "4 Oppfølging", 1)
    dh.para(doc, "Demenskoordinatoren samlar inn status frå einingane kvar vinter og legg fram ein rapport for "
                 "hovudutval for helse og omsorg. Planen skal rullerast i 2027.")
    dh.set_core_properties(doc, title=plan.title, author="Hovlandsdal kommune")
    src = d / f"{slug}.docx"
    dh.save_deterministic(doc, src)
    pdf = bk.soffice_pdf(src)
    _gold(plan, pdf)
    return plan, pdf


def _check_eining() -> list[str]:
    """The PDF prints the unit headings of chapter 3, and the 'Kultur' section breaks over the page: its heading
    on p. 1, its third tiltak first on p. 2 (after the running header)."""
    slug = "demensvenleg-eining-nn"
    pages = mb3.pdftotext_pages(OUT / slug / f"{slug}.pdf")
    txt = "".join(pages)
    bad = []
    for h in ("tiltakfordeltepåansvarlegeining", "alleeiningar", "ansvarikkjeavklart",
              "helseogomsorgogeigedomsavdelingailag"):
        if h not in txt:
            bad.append(f"{slug}: heading {h!r} not printed")
    p2 = pages[1] if len(pages) == 2 else ""
    k = p2.find("visedemensvenlegekinoframsyningar")
    if "kulturbiblioteketog" not in pages[0] or k < 0 or "kultur" in p2[:k] or k > p2.find("tekniskdrift"):
        bad.append(f"{slug}: the 'Kultur' section does not break p. 1 → 2 before its third tiltak")
    return bad


# =========================================================================== 2 Swedish, sentences in running text (odfpy)


@plan_builder
def build_aldersvanlig_lopande_text_sv() -> tuple[Plan, Path]:
    """Swedish plan in RUNNING TEXT: per area a heading, 'Mål:' in bold, then paragraphs whose sentences carry the
    åtgärd with its förvaltning as subject and the deadline ('… ansvarar för att … senast 2027.')."""
    slug = "aldersvanlig-lopande-text-sv"
    kf, vo = "Kultur- och fritidsförvaltningen", "Vård- och omsorgsförvaltningen"
    # areas: (heading, goal or None, [paragraphs]); a paragraph is a list of sentences, each either a plain
    # string (background) or a tuple (sentence, owners, deadline as printed or None, kind, note)
    areas = [
        ("Mötesplatser och gemenskap", "Färre äldre i Ljusåkra ska känna sig ofrivilligt ensamma", [
            ["Enkäten Äldres hälsa 2025 visade att var fjärde person över 75 år känner sig ensam ofta eller "
             "ibland. Under 2025 öppnade Träffpunkt Ekbacken, som i dag har omkring 60 besökare i veckan."],
            [(f"{kf} ansvarar för att öppna två nya träffpunkter för äldre, i Norrby och i Åsen, senast 2027",
              [kf], "2027", "period", "'Kultur- och fritidsförvaltningen' ONE owner (its 'och' joins the "
              "compound); deadline 'senast 2027' → '2027'"),
             ("Biblioteket ska dessutom erbjuda digital vägledning för seniorer varje vecka", ["Biblioteket"],
              "varje vecka", "recurring", "'varje vecka' recurring"),
             (f"{vo} och Svenska kyrkan ska tillsammans starta en telefonvänsverksamhet hösten 2026",
              [vo, "Svenska kyrkan"], "hösten 2026", "period", "two owners (the outer 'och')")],
        ]),
        ("Bostad och närmiljö", "Fler äldre ska kunna bo kvar i en trygg och tillgänglig bostad", [
            ["Enligt plan- och bygglagen ska byggnader vara tillgängliga och användbara för personer med nedsatt "
             "rörelse- eller orienteringsförmåga. Kommunen har i dag 112 trygghetsbostäder."],
            [("Ljusåkrahem AB ansvarar för att bygga 40 nya trygghetsbostäder i centrala Ljusåkra senast 2030",
              ["Ljusåkrahem AB"], "2030", "period", "'2030' after the plan period 2026–2028"),
             ("Samhällsbyggnadsförvaltningen ska ta fram en plan för fler sittplatser och bättre belysning längs "
              "gångstråken i tätorterna senast den 31 december 2026", ["Samhällsbyggnadsförvaltningen"],
              "31 december 2026", "date", ""),
             ("Under 2027 ska en broschyr om bostadsanpassning skickas till alla som fyller 75 år", [],
              "2027", "period", "passive sentence: NO owner ('alla som fyller 75 år' are the recipients); "
              "'Under 2027' → '2027'")],
        ]),
        ("Hälsa och aktivitet", "Äldre i Ljusåkra ska kunna vara fysiskt aktiva utifrån sina egna förutsättningar", [
            [(f"{kf} ansvarar för att erbjuda seniorträning i simhallen två förmiddagar i veckan, fortlöpande "
              "under hela planperioden", [kf], "fortlöpande", "continuous",
              "'två förmiddagar i veckan' is part of the text; 'fortlöpande' continuous"),
             ("Kommunen ska sprida information om hur man förebygger fallolyckor varje höst", ["Kommunen"],
              "varje höst", "recurring", "'Kommunen' diffuse; 'varje höst' recurring"),
             (f"{vo} ansvarar för att alla som fyller 80 år erbjuds ett förebyggande hembesök", [vo], None, None,
              "no deadline in the sentence")],
            ["Folkhälsomyndigheten rekommenderar att äldre är fysiskt aktiva minst 150 minuter i veckan."],
        ]),
        ("Information och inflytande",
         "Äldre ska få information som de förstår och kunna påverka beslut som rör dem", [
            [("Kommunikationsavdelningen ansvarar för att ge ut en tryckt seniorguide vartannat år",
              ["Kommunikationsavdelningen"], "vartannat år", "recurring", "'vartannat år' recurring"),
             ("Alla förvaltningar ansvarar för att deras webbsidor följer kraven på tillgänglighet senast 2028",
              ["Alla förvaltningar"], "2028", "period", "'Alla förvaltningar' diffuse"),
             "Pensionärsrådet har framfört att fler möten borde hållas ute i kommundelarna.",
             ("Kommunledningsförvaltningen ansvarar för att pensionärsrådet får yttra sig över alla ärenden som "
              "rör äldre innan de beslutas, senast i mars 2026", ["Kommunledningsförvaltningen"], "mars 2026",
              "date", "")],
        ]),
        ("Trygghet", "Äldre ska känna sig trygga i hemmet och ute i samhället", [
            ["Åtgärder för trygghet tas fram tillsammans med polisen under 2027 och redovisas i nästa version av "
             "planen."],
        ]),
    ]
    goals = [G(f"G{i}", g) for i, (_hd, g, _p) in enumerate(areas, start=1)]
    measures = []
    n = 0
    for gi, (_hd, _g, paras) in enumerate(areas, start=1):
        for para in paras:
            for sent in para:
                if isinstance(sent, str):
                    continue
                text, owners, when, kind, note = sent
                n += 1
                # the page is looked up by the words after the subject: two sentences start with the same
                # förvaltning on different pages
                measures.append(M(f"A{n}", text, [f"G{gi}"], owners, when, kind, diffuse=_diffuse(owners),
                                  outside=when == "2030", note=note, find=text.split(" ", 3)[-1]))
    plan = Plan(
        slug=slug, language="sv", title="Handlingsplan för ett åldersvänligt Ljusåkra 2026–2028", period=(2026, 2028),
        goals=goals, measures=measures, source_ext="odt",
        notes="""
odfpy .odt → LibreOffice Writer. Ljusåkra kommun, Äldrenämnden; header, 'Sida n'. 1 Inledning (socialtjänstlagen
'ska' quoted — national, no goal; WHO's age-friendly network; 'Äldre i Ljusåkra i siffror' table). 2 'Så här är
planen uppbyggd' tells that each area has one goal and that the åtgärder are written in the text: the förvaltning
that has the responsibility and the time. 3 Mål och åtgärder: five areas as Heading 2 ('3.1 Mötesplatser och
gemenskap' …), each 'Mål:' + bold sentence (the goal, without 'Mål:'), then RUNNING-TEXT paragraphs mixing
background sentences with ÅTGÄRD SENTENCES: '<owner> ansvarar för att … senast 2027.' or '<owner> ska … varje
höst.'. Gold: a measure = the whole åtgärd sentence as printed (without its full stop); OWNER = the sentence's
subject; DEADLINE = the time phrase in the sentence as printed without 'senast'/'under' ('2027', 'hösten 2026',
'31 december 2026', 'mars 2026'); 'fortlöpande' continuous; 'varje vecka', 'varje höst', 'vartannat år'
recurring; '2030' after 2026–2028. 'Kultur- och fritidsförvaltningen', 'Vård- och omsorgsförvaltningen' ONE
owner each; 'Vård- och omsorgsförvaltningen och Svenska kyrkan' two; 'Kommunen', 'Alla förvaltningar' diffuse; a
passive sentence ('Under 2027 ska en broschyr … skickas …') has no owner; a sentence without a time has no
deadline. NOT measures: background sentences (past: 'Under 2025 öppnade …'), the plan- och bygglagen 'ska'
sentence, Folkhälsomyndigheten's recommendation, the pensionärsråd's wish ('borde'), and 3.5 Trygghet's sentence
that åtgärder 'tas fram … under 2027' (Trygghet's goal has no measure: goal-has-measure; '2027' no deadline).
Measure ids A1–A12 follow the text.
""")
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    o = mb.Odt(lang="sv", country="SE", header="Ljusåkra kommun · Äldrenämnden · Handlingsplan för ett åldersvänligt "
               "Ljusåkra 2026–2028", footer_text="Sida", margin_cm=2.3)
    o.style("Lead", italic=True, size=10, after=0.4)
    o.style("Goal", bold=True, size=11, before=0.1, after=0.25, indent_cm=0.0)
    o.style("Text", size=10.5, after=0.25, align="justify")
    o.p("Handlingsplan för ett åldersvänligt Ljusåkra 2026–2028", "Title")
    o.p("Antagen av kommunfullmäktige den 16 december 2025, § 212", "Lead")
    o.h("1 Inledning", 1)
    o.p("I Ljusåkra är i dag var femte invånare 67 år eller äldre, och andelen ökar. Många äldre lever aktiva liv, "
        "men ensamhet, otillgängliga miljöer och svårigheter att få information gör vardagen svårare för en del. "
        "Ljusåkra anslöt sig 2024 till WHO:s nätverk för åldersvänliga städer och kommuner.", "Text")
    o.p("Socialtjänstlagen säger att socialnämnden ska verka för att äldre människor får möjlighet att leva och bo "
        "självständigt under trygga förhållanden och ha en aktiv och meningsfull tillvaro i gemenskap med andra.",
        "Text")
    o.p("**Äldre i Ljusåkra i siffror**", "Body")
    o.table([8.0, 2.6, 2.6], [["", "2020", "2025"], ["Invånare 67 år och äldre", "4 930", "5 610"],
                              ["Invånare 85 år och äldre", "640", "790"],
                              ["Andel 75+ som känner sig ensamma ofta eller ibland", "21 %", "25 %"]])
    o.h("2 Så här är planen uppbyggd", 1)
    o.p("Planen har fem områden med ett mål för varje område. Under varje mål beskriver vi i löpande text vad som "
        "ska göras. Där står också vilken förvaltning eller vilket bolag som ansvarar och när åtgärden ska vara "
        "genomförd. Äldrenämnden följer upp planen varje år.", "Text")
    o.h("3 Mål och åtgärder", 1)
    for ai, (head, goal, paras) in enumerate(areas, start=1):
        o.h(f"3.{ai} {head}", 2)
        o.p(f"Mål: {goal}.", "Goal")
        for para in paras:
            o.p(" ".join(x if isinstance(x, str) else x[0] + "." for x in para), "Text")
    o.h("4 Uppföljning", 1)
    o.p("Äldrenämnden får en rapport om hur åtgärderna går varje år i september. Planen revideras inför 2029.",
        "Text")
    src = d / f"{slug}.odt"
    o.save(src, title=plan.title, author="Ljusåkra kommun")
    pdf = bk.soffice_pdf(src)
    _gold(plan, pdf)
    return plan, pdf


def _check_lopande_text() -> list[str]:
    """The ODT holds no table but the figures table (the åtgärder are running text) and the PDF prints five 'Mål:'
    lines and the words 'ansvarar för att' in seven sentences."""
    import zipfile

    slug = "aldersvanlig-lopande-text-sv"
    xml = zipfile.ZipFile(OUT / slug / f"{slug}.odt").read("content.xml").decode("utf-8")
    bad = []
    if xml.count("<table:table ") != 1:
        bad.append(f"{slug}: {xml.count('<table:table ')} tables in the ODT, want 1 (the figures)")
    txt = "".join(mb3.pdftotext_pages(OUT / slug / f"{slug}.pdf"))
    if txt.count("mål:") != 5:
        bad.append(f"{slug}: 'Mål:' printed {txt.count('mål:')} times, want 5")
    if txt.count("ansvararföratt") != 7:
        bad.append(f"{slug}: 'ansvarar för att' printed {txt.count('ansvararföratt')} times, want 7")
    return bad


# =========================================================================== 3 Danish årshjul drawn as a circle (reportlab)

MONTHS_DA = ["Januar", "Februar", "Marts", "April", "Maj", "Juni", "Juli", "August", "September", "Oktober",
             "November", "December"]


@plan_builder
def build_skoletrivsel_aarshjul_da() -> tuple[Plan, Path]:
    """Danish handleplan whose yearly indsatser stand in an ÅRSHJUL drawn as a ring of twelve months; each
    indsats written beside its month with its goal code and owner; political meetings in grey italics."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        Flowable,
        PageBreak,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    slug = "skoletrivsel-aarshjul-da"
    goals_t = [
        "Alle elever skal trives og føle sig som en del af fællesskabet i skolen",
        "Flere elever skal være fysisk aktive og spise sundt i løbet af skoledagen",
        "Færre unge skal begynde at ryge eller bruge andre nikotinprodukter",
        "Børn og forældre skal have en sund brug af skærme",
    ]
    sp, sk = "Sundhedsplejen", "Skoleafdelingen"
    # month index -> [(indsats, goal codes, owners, owner as printed or None, note)] ; grey entries as str
    wheel = {
        0: [("Samtaler med alle elever i 6. klasse om trivsel og sundhed", ["M1", "M2"], [sp], sp,
             "two goal codes = two links")],
        1: [("Kampagne mod snus og e-cigaretter i 7.–9. klasse", ["M3"], [sk, "SSP"], f"{sk} og SSP",
             "two owners")],
        2: [("Gennemgå den nationale trivselsmåling med elevrådene", ["M1"], ["Alle skoleledere"],
             "Alle skoleledere", "'Alle skoleledere' diffuse")],
        3: [("Forældremøder om skærm og søvn i 4. klasse", ["M4"], ["PPR"], "PPR", "")],
        4: [("Cykelkampagnen 'Alle cykler' for 0.–6. klasse", ["M2"], ["Teknik og Miljø"], "Teknik og Miljø",
             "'Teknik og Miljø' ONE unit")],
        5: [("Sommerskole med bevægelse og madlavning for elever i udsatte positioner", ["M2"], ["Ungdomsskolen"],
             "Ungdomsskolen", ""), "Budgetseminar i byrådet"],
        6: ["Sommerferie"],
        7: [("Trivselsdag med venskabsklasser ved skolestart", ["M1"], [], None,
             "no owner printed beside it (only the goal code)")],
        8: [("Sund madpakke-uge i 1.–3. klasse", ["M2"], ["Sundhed og Forebyggelse"], "Sundhed og Forebyggelse",
             "'Sundhed og Forebyggelse' ONE unit")],
        9: [("Skolernes motionsdag med fælles løb for alle klassetrin", ["M2"], [sk], sk, "")],
        10: [("Antimobbeuge med temaundervisning", ["M1"], ["SSP"], "SSP", ""),
             "Status til Børne- og Skoleudvalget"],
        11: [],
    }
    centre = ("Åben rådgivning hos sundhedsplejersken på alle skoler", ["M2", "M1"], [sp])
    extra = [  # (indsats, owner as printed, owners, frist, kind, goals, note)
        ("Indrette et stillerum på alle skoler", sk, [sk], "2027", "period", ["M1"], ""),
        ("Lave en fælles politik for mobiltelefoner i skoletiden", "Børne- og Skoleudvalget",
         ["Børne- og Skoleudvalget"], "1. august 2026", "date", ["M4"], ""),
        ("Evaluere årshjulet sammen med elevrådene", sk, [sk], "2029", "period", ["M1"],
         "'2029' after the plan period 2026–2028"),
        ("Tilbyde kurser i madlavning for forældre", "", [], "", None, ["M2"],
         "empty Ansvarlig and Frist cells: no owner, no deadline"),
    ]
    goals = [G(f"M{i}", t) for i, t in enumerate(goals_t, start=1)]
    measures = []
    n = 0
    for mi in range(12):
        for e in wheel[mi]:
            if isinstance(e, str):
                continue
            text, codes, owners, _po, note = e
            n += 1
            measures.append(M(f"I{n}", text, codes, owners, MONTHS_DA[mi], "recurring", diffuse=_diffuse(owners),
                              note=(note + "; " if note else "") + f"month '{MONTHS_DA[mi]}' in the ring = every "
                              "year in that month (recurring)"))
    n += 1
    measures.append(M(f"I{n}", centre[0], centre[1], centre[2], "Hele året", "continuous",
                      note="in the CENTRE of the wheel under 'Hele året': continuous; codes 'M2 · M1' two links"))
    for text, _po, owners, when, kind, codes, note in extra:
        n += 1
        measures.append(M(f"I{n}", text, codes, owners, when or None, kind, outside=when == "2029", note=note))
    plan = Plan(
        slug=slug, language="da", title="Handleplan for trivsel og sundhed i skolen 2026–2028", period=(2026, 2028),
        goals=goals, measures=measures, source_ext="pdf",
        notes="""
reportlab (Liberation Sans, invariant). Sølvbjerg Kommune, Børn og Unge; header with rule, 'Side n af 3'. P. 1:
Indledning (folkeskoleloven and sundhedsloven 'skal' quoted — national, no goals; 'Trivsel og sundhed i tal'
table), 'Mål' with the four goals as 'M1'–'M4' + sentence (gold ids = the codes), 'Sådan læser du årshjulet'.
P. 2: the ÅRSHJUL drawn as a CIRCLE: a ring of twelve coloured segments with the month names (Januar at the
top, clockwise), the indsatser written in two columns beside the ring at the height of their month, each a bold
indsats + a line '<goal codes> · <owner>'; grey italic lines are political meetings and the summer holiday
('Budgetseminar i byrådet', 'Status til Børne- og Skoleudvalget', 'Sommerferie') — the reading note says they
are no indsatser; the centre of the wheel 'Hele året' holds one indsats. P. 3: 'Indsatser uden for årshjulet'
table 'Indsats | Ansvarlig | Frist | Mål' and Opfølgning. Gold: every indsats beside the ring is a measure whose
DEADLINE is its month AS PRINTED in the ring ('Marts'), kind recurring (the wheel repeats every year, as the
reading note says); the centre's 'Hele året' continuous. OWNER = the name after '·' ('Skoleafdelingen og SSP'
two; 'Teknik og Miljø', 'Sundhed og Forebyggelse' one unit each; 'Alle skoleledere' diffuse; August's indsats
has only its code: no owner). Grey entries are no measures. Table: '2029' after 2026–2028; a row with empty
Ansvarlig and Frist. Measure ids I1–I10 follow the months, I11 the centre, I12–I15 the table.
""")
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    f = bk.reportlab_fonts()
    green = colors.HexColor("#2f6f5e")
    base = ParagraphStyle("b", fontName=f["normal"], fontSize=10, leading=13.5, spaceAfter=5)
    h1 = ParagraphStyle("h1", parent=base, fontName=f["bold"], fontSize=14, leading=18, spaceBefore=8,
                        textColor=green, keepWithNext=1)
    title = ParagraphStyle("t", parent=base, fontName=f["bold"], fontSize=19, leading=23, textColor=green)
    lead = ParagraphStyle("l", parent=base, fontName=f["italic"], fontSize=9.5)
    cell = ParagraphStyle("c", parent=base, fontSize=9, leading=11.5, spaceAfter=0)
    cellb = ParagraphStyle("cb", parent=cell, fontName=f["bold"])
    lab = ParagraphStyle("lab", parent=base, fontSize=7.8, leading=9.6, spaceAfter=0)
    grey = ParagraphStyle("g", parent=lab, fontName=f["italic"], textColor=colors.HexColor("#7a7a7a"))
    note = ParagraphStyle("n", parent=base, fontSize=9.3, leading=12.5, backColor=colors.HexColor("#eef5f2"),
                          borderPadding=6, spaceBefore=8)
    seg = ["#cfe6dd", "#b5d9cb"]

    def label(entries, align):
        out = []
        st = ParagraphStyle("x", parent=lab, alignment=align)
        gs = ParagraphStyle("y", parent=grey, alignment=align)
        for e in entries:
            if isinstance(e, str):
                out.append(Paragraph(E(e), gs))
                continue
            text, codes, _o, po, _n = e
            tail = ", ".join(codes) + (f" · {E(po)}" if po else "")
            out.append(Paragraph(f"<b>{E(text)}</b><br/>{tail}", st))
        return out

    class Wheel(Flowable):
        def __init__(self):
            super().__init__()
            self.width, self.height = 174 * mm, 205 * mm

        def draw(self):
            import math

            c = self.canv
            cx, cy, rr, ri = 87 * mm, 128 * mm, 36 * mm, 21 * mm
            for i in range(12):
                start = 90 - 30 * i - 15  # segment centred on the month's angle, clockwise
                c.setFillColor(colors.HexColor(seg[i % 2]))
                c.setStrokeColor(colors.white)
                c.setLineWidth(1.5)
                c.wedge(cx - rr, cy - rr, cx + rr, cy + rr, start, 30, stroke=1, fill=1)
            c.setFillColor(colors.white)
            c.circle(cx, cy, ri, stroke=0, fill=1)
            c.setFont(f["bold"], 7.2)
            c.setFillColor(colors.HexColor("#1d4a3d"))
            for i, name in enumerate(MONTHS_DA):
                a = math.radians(90 - 30 * i)
                rm = (rr + ri) / 2
                c.drawCentredString(cx + rm * math.cos(a), cy + rm * math.sin(a) - 2.5, name)
            # centre
            cs = ParagraphStyle("cc", parent=lab, alignment=1, fontSize=7.4, leading=9)
            ct = [Paragraph("<b>Hele året</b>", cs), Paragraph(E(centre[0]), cs),
                  Paragraph(", ".join(centre[1]) + " · " + E(centre[2][0]), cs)]
            hs = [pp.wrap(34 * mm, 50 * mm)[1] for pp in ct]
            y = cy + sum(hs) / 2
            for pp, hh in zip(ct, hs, strict=True):
                y -= hh
                pp.drawOn(c, cx - 17 * mm, y)
            # labels in two columns beside the ring (Januar and Juli above / below)
            c.setStrokeColor(colors.HexColor("#8fb8a9"))
            c.setLineWidth(0.6)
            for i in range(12):
                if not wheel[i]:
                    continue
                a = math.radians(90 - 30 * i)
                px, py = cx + rr * math.cos(a), cy + rr * math.sin(a)
                ly = cy + 1.45 * (rr + 4 * mm) * math.sin(a)
                if i in (0, 6):
                    align, w = 1, 70 * mm
                    x0 = cx - w / 2
                    ly = cy + (rr + 16 * mm) * (1 if i == 0 else -1)
                elif math.cos(a) > 0:
                    align, w, x0 = 0, 46 * mm, 128 * mm
                else:
                    align, w, x0 = 2, 46 * mm, 0
                paras = label(wheel[i], align)
                hs = [pp.wrap(w, 60 * mm)[1] for pp in paras]
                tot = sum(hs) + 2 * (len(paras) - 1)
                y = ly + tot / 2
                for pp, hh in zip(paras, hs, strict=True):
                    y -= hh
                    pp.drawOn(c, x0, y)
                    y -= 2
                if i in (0, 6):
                    ey = ly - tot / 2 - 1 * mm if i == 0 else ly + tot / 2 + 1 * mm
                    c.line(px, py, cx, ey)
                else:
                    ex = x0 - 1.5 * mm if align == 0 else x0 + w + 1.5 * mm
                    c.line(px, py, ex, ly)

    story = [Paragraph("Handleplan for trivsel og sundhed i skolen 2026–2028", title),
             Paragraph("Vedtaget af Børne- og Skoleudvalget den 3. december 2025", lead),
             Paragraph("Indledning", h1),
             Paragraph("Sølvbjerg Kommune har ni folkeskoler med i alt 4.300 elever. De seneste trivselsmålinger "
                       "viser, at de fleste elever trives, men at flere end før føler sig ensomme, og at mange "
                       "bruger skærme langt ud på aftenen.", base),
             Paragraph("Folkeskoleloven siger, at skolen skal fremme den enkelte elevs alsidige udvikling og "
                       "trivsel. Efter sundhedsloven skal kommunalbestyrelsen skabe rammer for en sund levevis.",
                       base),
             Paragraph("<b>Trivsel og sundhed i tal</b>", base)]
    ft = Table([["", "2023", "2025"], ["Elever med høj social trivsel (4.–9. kl.)", "86 %", "83 %"],
                ["Elever, der er fysisk aktive mindst 1 time om dagen", "34 %", "31 %"],
                ["Unge i 9. kl., der bruger snus eller e-cigaretter", "9 %", "12 %"]],
               colWidths=[95 * mm, 22 * mm, 22 * mm])
    ft.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), f["normal"], 9), ("FONT", (0, 0), (-1, 0), f["bold"], 9),
                            ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#9bbfb1")),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e2efe9"))]))
    story += [ft, Spacer(1, 4 * mm), Paragraph("Mål", h1),
              Paragraph("Udvalget har vedtaget fire mål for planperioden. Koderne M1–M4 bruges i årshjulet.", base)]
    for i, t in enumerate(goals_t, start=1):
        story.append(Paragraph(f"<b>M{i}</b>&nbsp;&nbsp;&nbsp;{E(t)}", ParagraphStyle(
            f"g{i}", parent=base, leftIndent=10 * mm, firstLineIndent=-10 * mm)))
    story.append(Paragraph("<b>Sådan læser du årshjulet.</b> Årshjulet på næste side viser de faste indsatser, som "
                           "skolerne gennemfører hvert år i den måned, de står ud for. Ved hver indsats står "
                           "koden for det mål, den hører til, og hvem der er ansvarlig. I midten står det, der "
                           "foregår hele året. Grå kursiv tekst er politiske møder og ferier – det er ikke "
                           "indsatser. Indsatser, der kun skal gennemføres én gang, står på side 3.", note))
    story += [PageBreak(), Paragraph("Årshjul for trivsel og sundhed", h1), Wheel(), PageBreak(),
              Paragraph("Indsatser uden for årshjulet", h1)]
    rows = [[Paragraph("Indsats", cellb), Paragraph("Ansvarlig", cellb), Paragraph("Frist", cellb),
             Paragraph("Mål", cellb)]]
    for text, po, _o, when, _k, codes, _n in extra:
        rows.append([Paragraph(E(text), cell), Paragraph(E(po), cell), Paragraph(E(when), cell),
                     Paragraph(", ".join(codes), cell)])
    et = Table(rows, colWidths=[80 * mm, 44 * mm, 28 * mm, 18 * mm], repeatRows=1)
    et.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#9bbfb1")),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e2efe9")),
                            ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [et, Paragraph("Opfølgning", h1),
              Paragraph("Skoleafdelingen giver Børne- og Skoleudvalget en status på handleplanen hvert år i "
                        "november. Handleplanen revideres i 2028.", base)]

    def onpage(canvas, doc):
        w, h = A4
        canvas.saveState()
        canvas.setFont(f["normal"], 8)
        canvas.drawString(18 * mm, h - 12 * mm, "Sølvbjerg Kommune · Børn og Unge")
        canvas.drawRightString(w - 18 * mm, h - 12 * mm, plan.title)
        canvas.setStrokeColor(green)
        canvas.line(18 * mm, h - 13.5 * mm, w - 18 * mm, h - 13.5 * mm)
        canvas.drawRightString(w - 18 * mm, 10 * mm, f"Side {doc.page} af {doc._n_pages}")
        canvas.restoreState()

    pdf = d / f"{slug}.pdf"

    def build(n_pages):
        doc = SimpleDocTemplate(str(pdf), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=18 * mm,
                                bottomMargin=16 * mm, title=plan.title, author="Sølvbjerg Kommune", invariant=1)
        doc._n_pages = n_pages
        doc.build(list(story), onFirstPage=onpage, onLaterPages=onpage)
        return doc.page

    k = build(3)
    if k != 3:
        build(k)
    _gold(plan, pdf)
    return plan, pdf


def _check_aarshjul() -> list[str]:
    """P. 2 prints the twelve month names, the indsatser with their codes, the three grey entries and 'Hele
    året'; no indsats of the table is printed there."""
    slug = "skoletrivsel-aarshjul-da"
    pages = mb3.pdftotext_pages(OUT / slug / f"{slug}.pdf")
    bad = []
    p2 = pages[1] if len(pages) > 2 else ""
    for m in [*MONTHS_DA, "budgetseminaribyrådet", "sommerferie", "statustilbørne-ogskoleudvalget", "heleåret"]:
        if m.lower() not in p2:
            bad.append(f"{slug}: {m!r} not printed on p. 2")
    if "stillerum" in p2 or "stillerum" not in (pages[2] if len(pages) > 2 else ""):
        bad.append(f"{slug}: the one-off table is not (only) on p. 3")
    return bad


# =========================================================================== 4 English 'You said, we will' (HTML → Chromium)


@plan_builder
def build_repairs_you_said_we_will_en() -> tuple[Plan, Path]:
    """English (UK) housing repairs improvement plan answering a tenant survey: per commitment a table 'You said |
    We will | Who and when' — tenants' quotes, the council's actions, owner and date stacked in one cell."""
    slug = "repairs-you-said-we-will-en"
    goals_t = [
        "Tenants will get their repairs done right the first time",
        "Tenants will be kept informed about their repair from start to finish",
        "Homes will be free from damp and mould",
        "Tenants will have a real say in how the repairs service is run",
        "The repairs service will give tenants value for money",
    ]
    rm, cc = "Repairs Manager", "Contact Centre Manager"
    # per goal: rows (you said, [we will actions], who as printed, owners, when as printed, kind, done, note)
    rows = {
        "C1": [
            ("The operative came without the right parts, so I had to take another day off work.",
             ["Give every repairs van a standard stock of the 200 most used parts"], "Responsive Repairs Team",
             ["Responsive Repairs Team"], "By September 2026", "period", False, ""),
            ("I want to choose a time that suits me, not wait in all day.",
             ["Offer morning, afternoon and school-run appointment slots for all routine repairs",
              "Send a text message the day before each appointment with a two-hour arrival window"],
             f"{rm} and {cc}", [rm, cc], "April 2026", "period",
             False, "one 'We will' cell with TWO bullets = two measures, both with the cell's two owners (job "
             "titles joined by 'and') and 'April 2026'"),
            ("Nobody checks whether the job was done properly.",
             ["Phone one in ten tenants after a repair to check the work"], "Quality Assurance Officer",
             ["Quality Assurance Officer"], "Every month", "recurring", False, "'Every month' recurring"),
            ("The out-of-hours number is hard to find.",
             ["We have already printed the out-of-hours number on every rent statement"], "", [],
             "Done – October 2025", None, True, ""),
        ],
        "C2": [
            ("I reported a leak three times and heard nothing back.",
             ["Launch an online repairs portal where tenants can follow each job"], "Digital Services Team",
             ["Digital Services Team"], "December 2026", "date", False, ""),
            ("The letters are full of jargon.",
             ["Rewrite all repairs letters in plain English together with the Tenant Panel"],
             "Communications Team and Tenant Panel", ["Communications Team", "Tenant Panel"], "By March 2027",
             "period", False, "two owners"),
            ("Repairs should be done within two weeks, not two months.",
             ["Publish our repair times for each type of job on the council website"], "Performance Team",
             ["Performance Team"], "Every quarter", "recurring", False,
             "the tenant's 'within two weeks' is no deadline; 'Every quarter' recurring"),
        ],
        "C3": [
            ("My child's bedroom has had black mould since 2023.",
             ["Inspect every reported case of damp and mould and start works within the Awaab's Law timescales"],
             "Damp and Mould Team", ["Damp and Mould Team"], "Ongoing", "continuous", False,
             "'Damp and Mould Team' ONE team (its 'and' does not split); 'Ongoing' continuous; '2023' in the "
             "quote no deadline"),
            ("We are told to open the windows, but it is too cold in winter.",
             ["Fit humidity-controlled extractor fans in 1,500 homes"], "Asset Management", ["Asset Management"],
             "By March 2030", "period", False, "'By March 2030' after the plan period 2026–2029"),
            ("Nobody came back after the mould was wiped off.",
             ["Revisit every home six months after damp and mould works"], "To be confirmed", [], "2027",
             "period", False, "'To be confirmed' in the Who line: no owner"),
        ],
        "C4": [
            ("Tenants are never asked before contracts are signed.",
             ["Include two tenant representatives on the panel that chooses the next repairs contractor"],
             "Procurement Team", ["Procurement Team"], "Summer 2027", "period", False, ""),
            ("It is always the same few people who get involved.",
             ["Hold a repairs drop-in on every estate"], "All housing staff", ["All housing staff"],
             "Twice a year", "recurring", False, "'All housing staff' diffuse; 'Twice a year' recurring"),
            ("I would like to know if my complaint changed anything.",
             ["Report to the Tenant Panel on what has changed because of complaints"], "Head of Housing",
             ["Head of Housing"], "TBC", None, False, "'TBC' is no deadline"),
        ],
        "C5": [],
    }
    goals = [G(f"C{i}", t) for i, t in enumerate(goals_t, start=1)]
    measures = []
    n = 0
    for gid, its in rows.items():
        for _said, acts, _who, owners, when, kind, done, note in its:
            if done:
                continue
            for a in acts:
                n += 1
                dl = when if kind else None
                measures.append(M(f"A{n}", a, [gid], owners, dl, kind, diffuse=_diffuse(owners),
                                  outside=when == "By March 2030", note=note))
    plan = Plan(
        slug=slug, language="en", title="Repairs Improvement Plan 2026–2029", period=(2026, 2029),
        goals=goals, measures=measures, source_ext="html",
        notes="""
HTML/CSS → Chromium, A4 portrait, 'Page n of N' in the margin. Kestleigh Borough Council, Housing Services:
'Repairs Improvement Plan 2026–2029 – You said, we will', the council's response to the 2025 tenant survey.
Introduction (the Regulator of Social Housing's Safety and Quality Standard 'must' and Awaab's Law 'must'
quoted — national duties, no goals; 'The survey in numbers' table), 'How to read this plan'. Then five
'Commitment n' bands + sentence (the goals, gold C1–C5), each followed by a three-column table 'You said | We
will | Who and when' (header repeated on a new page): YOU SAID = a tenant's quote in italics (never a measure,
owner or deadline: 'should be done within two weeks', 'since 2023'); WE WILL = the action (one cell with two
bullets = two measures); WHO AND WHEN = the owner on the first line, the date on the second. Gold: OWNER = the
first line ('Repairs Manager and Contact Centre Manager', 'Communications Team and Tenant Panel' two owners;
'Damp and Mould Team' ONE; 'All housing staff' diffuse; 'To be confirmed' = no owner); DEADLINE = the second
line as printed ('By September 2026', 'By March 2030' after the period; 'Ongoing' continuous; 'Every month',
'Every quarter', 'Twice a year' recurring; 'TBC' = no deadline). The row whose We will cell says 'We have
already printed …' with 'Done – October 2025' is an action taken BEFORE the plan (the response to a survey
reports it), no measure of the plan. Commitment 5 has no table, only 'We are still working with tenants on
this commitment …' (goal-has-measure; '2027' no deadline). Measure ids A1–A13 follow the tables.
""")
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    teal = "#00646e"
    sections = []
    for gi, gid in enumerate(rows, start=1):
        head = (f'<div class="band"><span class="n">Commitment {gi}</span><span class="g">'
                f'{E(goals_t[gi - 1])}</span></div>')
        if not rows[gid]:
            sections.append(f'<section>{head}<p class="later">We are still working with tenants on this '
                            "commitment. The actions will be agreed with the Tenant Panel and added when the plan "
                            "is reviewed in 2027.</p></section>")
            continue
        trs = []
        for said, acts, who, _o, when, _k, _done, _n in rows[gid]:
            will = (f"<td>{E(acts[0])}</td>" if len(acts) == 1 else
                    "<td><ul>" + "".join(f"<li>{E(a)}</li>" for a in acts) + "</ul></td>")
            ww = (f'<div class="who">{E(who)}</div>' if who else "") + f'<div class="when">{E(when)}</div>'
            trs.append(f'<tr><td class="said">“{E(said)}”</td>{will}<td>{ww}</td></tr>')
        sections.append(f'<section>{head}<table class="yswi"><thead><tr><th style="width:36%">You said</th>'
                        f'<th style="width:40%">We will</th><th style="width:24%">Who and when</th></tr></thead>'
                        f'<tbody>{"".join(trs)}</tbody></table></section>')
    html = f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>{E(plan.title)}</title>
<style>
@page {{ size: A4; margin: 15mm 15mm 17mm 15mm;
  @bottom-right {{ content: "Page " counter(page) " of " counter(pages); font: 8pt 'Liberation Sans'; color: #555; }}
  @bottom-left {{ content: "Kestleigh Borough Council · Housing Services"; font: 8pt 'Liberation Sans'; color: #555; }} }}
body {{ font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; line-height: 1.4; color: #222; margin: 0; }}
.top {{ border-bottom: 3px solid {teal}; padding-bottom: 6px; margin-bottom: 8px; font-size: 9pt; color: {teal};
  font-weight: bold; }}
h1 {{ font-size: 21pt; color: {teal}; margin: 6px 0 0; }}
.sub {{ font-size: 13pt; color: #444; margin: 2px 0 10px; }}
h2 {{ font-size: 13pt; color: {teal}; margin: 14px 0 5px; }}
table.facts {{ border-collapse: collapse; font-size: 9pt; }}
table.facts th, table.facts td {{ border: 1px solid #aac8cb; padding: 3px 8px; text-align: left; }}
table.facts th {{ background: #e3f0f1; }}
.howto {{ background: #f2f2f2; padding: 7px 10px; font-size: 9.2pt; margin: 10px 0; }}
section {{ margin: 12px 0 4px; }}
.band {{ background: {teal}; color: #fff; padding: 6px 10px; break-after: avoid; }}
.band .n {{ display: block; font-size: 8.5pt; text-transform: uppercase; letter-spacing: .05em; }}
.band .g {{ display: block; font-size: 11.5pt; font-weight: bold; }}
table.yswi {{ width: 100%; border-collapse: collapse; font-size: 9.2pt; }}
table.yswi th {{ background: #d5e8ea; text-align: left; padding: 4px 6px; border: 1px solid #aac8cb; }}
table.yswi td {{ vertical-align: top; padding: 5px 6px; border: 1px solid #aac8cb; }}
table.yswi tr {{ break-inside: avoid; }}
td.said {{ font-style: italic; color: #333; background: #f7fbfb; }}
td ul {{ margin: 0; padding-left: 14px; }}
td li {{ margin-bottom: 3px; }}
.who {{ font-weight: bold; }}
.when {{ color: #444; }}
.later {{ border: 1px dashed #aac8cb; padding: 6px 10px; font-style: italic; margin: 0; }}
</style></head><body>
<div class="top">Kestleigh Borough Council · Housing Services</div>
<h1>Repairs Improvement Plan 2026–2029</h1>
<p class="sub">You said, we will – our response to the 2025 tenant survey</p>
<h2>Introduction</h2>
<p>Kestleigh Borough Council owns and manages 7,900 homes. In autumn 2025 we asked every household what they
think of the repairs service, and 1,240 tenants answered. Many told us about long waits, missed appointments and
damp homes. This plan sets out what we will do about it over the next four years. It was approved by the Cabinet
on 18 February 2026.</p>
<p>The Regulator of Social Housing's Safety and Quality Standard says that landlords must provide an efficient,
effective and timely repairs, maintenance and planned improvements service. Under Awaab's Law, landlords must
also investigate and fix damp and mould hazards within set timescales.</p>
<h2>The survey in numbers</h2>
<table class="facts"><tr><th></th><th>2023</th><th>2025</th></tr>
<tr><td>Satisfied with the repairs service</td><td>62 %</td><td>58 %</td></tr>
<tr><td>Repair completed at the first visit</td><td>71 %</td><td>66 %</td></tr>
<tr><td>Reported damp or mould in the last year</td><td>9 %</td><td>11 %</td></tr></table>
<div class="howto"><b>How to read this plan.</b> We have grouped what you told us under five commitments. In
each table, the left column quotes what tenants said in the survey, the middle column says what we will do, and
the right column says which team or manager is responsible and when it will be done. Where we had already acted
before the plan was approved, we say so.</div>
{"".join(sections)}
<h2>Keeping you updated</h2>
<p>We will report progress to the Tenant Panel every six months and publish a short update in the tenants'
newsletter <i>Home Matters</i>.</p>
</body></html>
"""
    src = d / f"{slug}.html"
    src.write_text(html, encoding="utf-8")
    pdf = bk.chromium_pdf(src, d / f"{slug}.pdf")
    _gold(plan, pdf)
    return plan, pdf


def _check_you_said() -> list[str]:
    """The HTML has four 'You said | We will | Who and when' tables with 4 / 3 / 3 / 3 rows and one two-bullet
    cell; the PDF prints the five 'Commitment n' bands and 'Done – October 2025'."""
    slug = "repairs-you-said-we-will-en"
    src = (OUT / slug / f"{slug}.html").read_text(encoding="utf-8")
    bad = []
    per = [t.split("</table>")[0].count("<tr>") - 1 for t in src.split('<table class="yswi">')[1:]]
    if per != [4, 3, 3, 3]:
        bad.append(f"{slug}: rows per table {per}, want [4, 3, 3, 3]")
    if src.count("<ul>") != 1:
        bad.append(f"{slug}: {src.count('<ul>')} bullet cells, want 1")
    txt = "".join(mb3.pdftotext_pages(OUT / slug / f"{slug}.pdf"))
    for i in range(1, 6):
        if f"commitment{i}" not in txt:
            bad.append(f"{slug}: 'Commitment {i}' not printed")
    if "done–october2025" not in txt:
        bad.append(f"{slug}: 'Done – October 2025' not printed")
    return bad


# =========================================================================== verify / main


LAYOUT_CHECKS: dict[str, callable] = {
    "demensvenleg-eining-nn": _check_eining,
    "aldersvanlig-lopande-text-sv": _check_lopande_text,
    "skoletrivsel-aarshjul-da": _check_aarshjul,
    "repairs-you-said-we-will-en": _check_you_said,
}


def _whole_text_on_page(slug: str) -> list[str]:
    """Stricter than mb3.verify (which compares the first 28 characters): every gold goal and measure text is
    printed WHOLE on the page the gold names (or runs on to the next page), so two items that begin alike cannot
    pass on each other's page."""
    import yaml

    gold = yaml.safe_load((OUT / slug / f"{slug}.gold.yaml").read_text(encoding="utf-8"))
    pages = mb3.pdftotext_pages(OUT / slug / gold["document"])
    bad = []
    for kind in ("goals", "measures"):
        for it in gold.get(kind) or []:
            needle = mb._squash(it["text"]).replace("-", "")
            hay = "".join(pages[it["page"] - 1: it["page"] + 1]).replace("-", "")
            here = pages[it["page"] - 1].replace("-", "")
            if not 0 <= hay.find(needle) < len(here):
                bad.append(f"{slug}: {kind} {it['id']} not printed whole from p. {it['page']}")
    return bad


def verify(slug: str) -> list[str]:
    """mb3.verify (pdftotext, page by page), the whole-text check, and one layout fact per plan."""
    return mb3.verify(slug) + _whole_text_on_page(slug) + LAYOUT_CHECKS.get(slug, lambda: [])()


def main(argv: list[str]) -> None:
    """Build the plans (or the SLUGs), --verify or --twice: blindkit.plans_main."""
    bk.plans_main(argv, plans=PLANS, out=OUT, verify=verify)


if __name__ == "__main__":
    main(sys.argv[1:])
