"""Build the fourth batch of blind authored plans (corpora/authored/<slug>/), in layouts not yet in
the corpus.

    python corpora/scripts/make_blind_corpus4.py              # every plan
    python corpora/scripts/make_blind_corpus4.py SLUG ...     # some of them
    python corpora/scripts/make_blind_corpus4.py --verify     # check gold against the PDFs

Same method as make_blind_corpus.py and make_blind_corpus3.py (whose plan data classes, findings
derivation, gold writer, OpenDocument writer, Chromium printer, LibreOffice export with a private
profile and pdftotext check are reused from there): each plan is written here as data (goals,
strategies, measures with owners and deadlines) and rendered by the tool a municipality would use.
The gold file is written from the same data; only the page numbers are looked up in the PDF text.
Gold files carry `held_out: true` and were committed before plancheck was run on the documents.

--verify re-reads every PDF with pdftotext and checks that every gold goal, measure, owner, deadline
and finding quote is printed on the page the gold file names (owners and deadlines of a measure may
sit on the next page when a row breaks).

Deterministic: fixed zip times, core/meta properties, PDF dates and IDs.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import _docx_helpers as dh  # noqa: E402
import make_blind_corpus as mb  # noqa: E402
import make_blind_corpus3 as mb3  # noqa: E402
from make_blind_corpus import G, M, Plan  # noqa: E402

ROOT = HERE.parents[1]
OUT = ROOT / "corpora" / "authored"

PLANS, plan_builder, write_gold = mb.builder_registry("make_blind_corpus4.py")


# =========================================================================== 1 owner column first


@plan_builder
def build_vold_ansvar_forst() -> tuple[Plan, Path]:
    """Bokmål handlingsplan mot vold i nære relasjoner: the measure table's columns stand in an
    unusual order, 'Ansvar | Tiltak | Når | Mål nr.', and goals are linked only by number."""
    slug = "vold-ansvar-forst"
    goals = [
        G("G1", "Innbyggerne i Lindheim skal kjenne til hva vold i nære relasjoner er, og hvor de kan få hjelp."),
        G("G2", "Ansatte i kommunen skal oppdage vold tidlig og vite hvordan de skal handle."),
        G("G3", "Barn og voksne som er utsatt for vold, skal få rask og koordinert hjelp."),
        G("G4", "Personer som utøver vold, skal få tilbud om behandling og oppfølging."),
    ]
    # (ansvar printed, owners split, tiltak, når, kind, mål nr.)
    rows = [
        ("Familiesenteret", ["Familiesenteret"],
         "Lage en informasjonsside om vold i nære relasjoner på kommunens nettsider, på norsk, engelsk og arabisk",
         "1. halvår 2025", "period", "1"),
        ("Kommunikasjonsrådgiver og SLT-koordinator", ["Kommunikasjonsrådgiver", "SLT-koordinator"],
         "Gjennomføre en informasjonskampanje om hjelpetilbudene rundt den internasjonale dagen mot vold mot kvinner",
         "Hvert år i november", "recurring", "1"),
        ("Helsestasjonen og skolehelsetjenesten", ["Helsestasjonen", "skolehelsetjenesten"],
         "Innføre faste spørsmål om vold og trusler i konsultasjoner med foreldre og ungdom",
         "Høst 2025", "period", "2"),
        ("Kommunalsjef oppvekst", ["Kommunalsjef oppvekst"],
         "Gi alle ansatte i barnehage og skole opplæring i å snakke med barn om vold og overgrep",
         "2025–2026", "period", "2"),
        ("Kommunalsjef helse og velferd", ["Kommunalsjef helse og velferd"],
         "Lage en felles handlingsveileder for ansatte som får mistanke om vold",
         "31.12.2025", "date", "2, 3"),
        ("", [],
         "Etablere et tverrfaglig team som koordinerer hjelpen til familier der det er avdekket vold",
         "2026", "period", "3"),
        ("Barnevernsleder", ["Barnevernsleder"],
         "Sikre at barn som har vært utsatt for vold, får tilbud om oppfølging i Statens barnehus innen to uker",
         "Innen 1. mars 2026", "date", "3"),
        ("NAV Lindheim / Boligkontoret", ["NAV Lindheim", "Boligkontoret"],
         "Gi voldsutsatte som må flytte, prioritet ved tildeling av kommunal bolig",
         "2025", "period", "3"),
        ("Legevakten", ["Legevakten"],
         "Dokumentere skader etter vold etter en felles mal, slik at dokumentasjonen kan brukes i en senere sak",
         "1. halvår 2026", "period", "3"),
        ("Kommunalsjef helse og velferd", ["Kommunalsjef helse og velferd"],
         "Inngå avtale med et regionalt behandlingstilbud for personer som utøver vold",
         "2026", "period", "4"),
        ("Politiet og SLT-koordinator", ["Politiet", "SLT-koordinator"],
         "Følge opp unge som utøver vold, med bekymringssamtaler og ungdomskontrakter",
         "Høst 2025", "period", "4"),
        ("Familiesenteret", ["Familiesenteret"],
         "Tilby kurs i sinnemestring for foreldre", "Vår 2026", "period", "4"),
    ]
    measures = []
    for i, (_p, owners, text, when, kind, nums) in enumerate(rows, start=1):
        note = []
        if not owners:
            note.append("empty Ansvar cell (the first column)")
        if "," in nums:
            note.append("'Mål nr.' names two goals")
        measures.append(M(f"M{i}", text, [f"G{n.strip()}" for n in nums.split(",")], owners, when, kind,
                          note="; ".join(note)))
    plan = Plan(
        slug=slug, language="nb", title="Handlingsplan mot vold i nære relasjoner 2025–2028", period=(2025, 2028),
        goals=goals, measures=measures,
        notes="""
Word (python-docx) → LibreOffice PDF, portrait A4, Arial (Liberation Sans). Goals in chapter 3 as a
Word decimal list ('1.'–'4.', numbers generated by Word, not typed). The measure table in chapter 4
has its columns in an unusual order: 'Ansvar | Tiltak | Når | Mål nr.', so the FIRST column is the
owner, not the measure, and the goal link is only the number in the narrow last column ('2, 3' =
two goal links); no goal text, no group rows. The table breaks across the page with its header row
repeated; rows do not split. 'Kommunalsjef helse og velferd' is one owner; 'Helsestasjonen og
skolehelsetjenesten', 'Kommunikasjonsrådgiver og SLT-koordinator', 'Politiet og SLT-koordinator' and
'NAV Lindheim / Boligkontoret' are two. One row has an empty Ansvar cell (error); 'Hvert år i
november' is recurring (warning). Når forms: '1. halvår 2025', 'Høst 2025',
'Vår 2026', '2025–2026', '31.12.2025', 'Innen 1. mars 2026', '2026'. Traps: chapter 2 quotes the
national escalation plan's goal and a 'Dette vet vi' fact list with numbers; chapter 5 lists what was
done in the last plan period (past tense); chapter 6 names the working group.""",
    )
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    doc = dh.new_document(size=10.5, margins_mm=20, heading_color="7B2D42")
    dh.setup_header_footer(doc.sections[0], "Lindheim kommune · Handlingsplan mot vold i nære relasjoner", footer="page")
    dh.set_core_properties(doc, title=plan.title, author="Lindheim kommune")
    dh.para(doc, "Lindheim kommune", size=12, bold=True, color="7B2D42")
    dh.para(doc, plan.title, size=22, bold=True, color="7B2D42", space_after=2)
    dh.para(doc, "Vedtatt av kommunestyret 12. desember 2024, sak 88/24", italic=True)
    dh.heading(doc, "1 Innledning", 1)
    dh.para(doc, "Vold i nære relasjoner rammer barn, voksne og eldre i alle deler av samfunnet. Kommunen har plikt "
            "til å ha et tilbud til voldsutsatte og skal samordne tjenestene. Handlingsplanen beskriver hva "
            "kommunen skal gjøre i perioden 2025–2028, og hvem som har ansvaret for hvert tiltak.")
    dh.heading(doc, "2 Bakgrunn", 1)
    dh.para(doc, "Regjeringens opptrappingsplan mot vold og overgrep har som mål at vold i nære relasjoner skal "
            "forebygges og avdekkes tidligere, og at utsatte skal få god hjelp. Lindheims plan følger opp "
            "opptrappingsplanen og kommuneplanens samfunnsdel.")
    dh.para(doc, "Dette vet vi:", bold=True, space_after=2)
    b = dh.add_num(doc, dh.add_abstract_num(doc, "symbol_bullet"))
    for t in ["Politiet i Lindheim registrerte 46 anmeldelser av familievold i 2023, mot 31 i 2020.",
              "Krisesenteret hadde 19 beboere fra Lindheim i 2023, av dem sju barn.",
              "Ungdata 2023: 8 prosent av ungdommene har opplevd at en voksen hjemme har slått dem."]:
        dh.list_item(doc, t, b)
    dh.heading(doc, "3 Mål", 1)
    dh.para(doc, "Kommunestyret har vedtatt fire mål for arbeidet mot vold i nære relasjoner:")
    num = dh.add_num(doc, dh.add_abstract_num(doc, "decimal"))
    for g in goals:
        dh.list_item(doc, g.text, num, space_after=4)
    dh.heading(doc, "4 Tiltak", 1)
    dh.para(doc, "Tabellen viser hvem som har ansvaret, hva som skal gjøres, når det skal skje og hvilket mål "
            "tiltaket hører til (nummeret viser til listen i kapittel 3).", keep_with_next=True)
    widths = [42, 86, 28, 14]
    t = dh.new_table(doc, widths)
    r = dh.add_row(t, ["Ansvar", "Tiltak", "Når", "Mål nr."], widths, size=9.5, bold=True, fill="EAD1D8")
    dh.set_repeat_header(r)
    for printed, _o, text, when, _k, nums in rows:
        row = dh.add_row(t, [printed, text, when, nums], widths, size=9.5)
        dh.set_cant_split(row)
    dh.heading(doc, "5 Dette gjorde vi i forrige planperiode", 1)
    b = dh.add_num(doc, dh.add_abstract_num(doc, "symbol_bullet"))
    for t_ in ["Innførte kartleggingsverktøyet «Spør om vold» i NAV og ved legekontorene.",
               "Holdt fagdager om vold og overgrep for 240 ansatte.",
               "Inngikk samarbeidsavtale med krisesenteret i regionen."]:
        dh.list_item(doc, t_, b)
    dh.heading(doc, "6 Arbeidsgruppe og oppfølging", 1)
    dh.para(doc, "Planen er laget av en arbeidsgruppe med leder for familiesenteret, barnevernsleder, SLT-koordinator, "
            "en representant fra politiet og en brukerrepresentant. Familiesenteret rapporterer status for "
            "tiltakene til hovedutvalg for helse og oppvekst hvert år.")
    src = d / f"{slug}.docx"
    dh.save_deterministic(doc, src)
    pdf = mb.lo_pdf(src)
    write_gold(plan, pdf)
    return plan, pdf


# =========================================================================== 2 Danish, parentheses at the end


@plan_builder
def build_sundhed_parentes_da() -> tuple[Plan, Path]:
    """Danish sundhedspolitik with handleplan (odfpy): goals as a generated numbered list '1.' with
    sub-goals 'a)', 'b)'; measures as bullets of long wrapped sentences ending in an unlabelled
    parenthesis '(<owner(s)>, <deadline>)'."""
    from odf.style import ListLevelProperties, TextProperties
    from odf.text import List, ListItem, ListLevelStyleBullet, ListLevelStyleNumber, ListStyle, P

    slug = "sundhed-parentes-da"
    tree = [
        ("1", "Flere borgere skal leve et sundt og aktivt liv.", [
            ("a", "Flere børn og unge skal være fysisk aktive i hverdagen."),
            ("b", "Færre borgere skal ryge eller bruge nikotinprodukter."),
        ]),
        ("2", "Borgere med psykisk mistrivsel skal få hjælp tidligt.", [
            ("a", "Flere unge skal trives og føle sig som en del af et fællesskab."),
            ("b", "Ventetiden på en samtale med en psykolog eller rådgiver skal være højst fire uger."),
        ]),
        ("3", "Ældre borgere skal kunne klare sig selv længst muligt.", [
            ("a", "Flere ældre skal deltage i fysisk træning og sociale fællesskaber."),
            ("b", "Færre ældre skal genindlægges på sygehuset inden for 30 dage efter udskrivning."),
        ]),
    ]
    # sub-goal -> (text, owners as printed, owners split, deadline or None, kind)
    items = {
        "1a": [
            ("Vi udvider »Bevæg dig i skolen« til alle kommunens skoler, så eleverne får mindst 45 minutters "
             "bevægelse hver dag, også i de ældste klasser", "Børne- og Ungeforvaltningen",
             ["Børne- og Ungeforvaltningen"], "august 2025", "period"),
            ("Vi åbner idrætshallerne for gratis prøvetræning i foreningerne for børn fra familier med lav indkomst i "
             "samarbejde med Folkeoplysningsudvalget og de lokale foreninger", "Kultur og Fritid", ["Kultur og Fritid"],
             "2026", "period"),
        ],
        "1b": [
            ("Vi indfører røgfri skoletid på alle skoler og ungdomsuddannelser i kommunen og tilbyder rygestopforløb "
             "til de elever, der gerne vil holde op", "Sundhedscentret og skolelederne",
             ["Sundhedscentret", "skolelederne"], "skoleåret 2025/26", "period"),
            ("Vi tilbyder gratis rygestopkurser om aftenen og i weekenden, så også borgere, der er i arbejde, har "
             "mulighed for at deltage", "Sundhedscentret", ["Sundhedscentret"], "løbende", "continuous"),
        ],
        "2a": [
            ("Vi opretter et anonymt rådgivningstilbud for unge mellem 13 og 25 år med åben rådgivning to "
             "eftermiddage om ugen i ungdomsklubben", "Ungdomsskolen", ["Ungdomsskolen"], "1. halvår 2026", "period"),
            ("Vi uddanner medarbejdere i klubber og på skoler i metoden Tidlig Opsporing og Indsats (TOPI), så "
             "mistrivsel bliver opdaget, før den vokser sig stor", "Børne- og Ungeforvaltningen",
             ["Børne- og Ungeforvaltningen"], "2025–2026", "period"),
        ],
        "2b": [
            ("Vi ansætter to psykologer i Psykologisk Rådgivning for Unge og følger ventetiden hvert kvartal i "
             "Social- og Sundhedsudvalget", "Social- og Sundhedsforvaltningen", ["Social- og Sundhedsforvaltningen"],
             None, None),
            ("Vi laver en fælles visitation for børne- og voksenområdet, så ingen borger bliver sendt videre mellem "
             "forvaltningerne uden at få et tilbud", "Social- og Sundhedsforvaltningen og Børne- og "
             "Ungeforvaltningen", ["Social- og Sundhedsforvaltningen", "Børne- og Ungeforvaltningen"],
             "inden udgangen af 2026", "period"),
        ],
        "3a": [
            ("Vi tilbyder forebyggende hjemmebesøg til alle borgere, når de fylder 75 år, og igen når de fylder 80 "
             "år", "Hjemmeplejen", ["Hjemmeplejen"], "2025", "period"),
            ("Vi sætter udendørs træningsredskaber op ved tre plejecentre og i bymidten, og ældrerådet er med til at "
             "vælge stederne", "Teknik og Miljø", ["Teknik og Miljø"], "2027", "period"),
        ],
        "3b": [
            ("Vi styrker opfølgningen efter udskrivning, så en sygeplejerske besøger borgeren inden for 48 timer",
             "Sygeplejen", ["Sygeplejen"], "1. kvartal 2026", "period"),
            ("Vi indgår en aftale med sygehuset om fælles udskrivningskoordinatorer på de medicinske afdelinger",
             "Sundhedschefen", ["Sundhedschefen"], "2026", "period"),
        ],
    }
    goals, measures = [], []
    for gn, gtext, subs in tree:
        goals.append(G(f"G{gn}", gtext))
        for sl, stext in subs:
            goals.append(G(f"G{gn}{sl}", stext, kind="sub_goal", parent=f"G{gn}"))
            for i, (text, _p, owners, when, kind) in enumerate(items[f"{gn}{sl}"], start=1):
                note = []
                if when is None:
                    note.append("the parenthesis holds only the owner, no deadline")
                if "(TOPI)" in text:
                    note.append("the text has its own parenthesis before the owner/deadline one")
                measures.append(M(f"M{gn}{sl}.{i}", text, [f"G{gn}{sl}"], owners, when, kind, note="; ".join(note)))
    plan = Plan(
        slug=slug, language="da", title="Sundhedspolitik 2025–2028 med handleplan", period=(2025, 2028),
        goals=goals, measures=measures, source_ext="odt",
        notes="""
OpenDocument (odfpy) → LibreOffice PDF, portrait A4, Liberation Serif body, Liberation Sans headings.
Danish. Chapter 3 'Mål' is ONE Writer list with a numbering list style (numbers generated, not typed):
the three goals are level-1 items '1.', '2.', '3.' (bold) and the six sub-goals nested level-2 items
'a)', 'b)' (display-levels 1, so they print as 'a)' only; sub_goal with the goal as parent). Chapter 4
'Indsatser' groups the measures under bold lead-in lines 'Til delmål 1 a:' (no goal text; the link is
the number and letter, to the sub-goal) and lists them as a '•' bullet list: long sentences beginning
'Vi …' that wrap over two or three lines and END with an UNLABELLED parenthesis '(<owner(s)>,
<deadline>)' — no 'Ansvar:'/'Frist:' words. One measure has its own parenthesis '(TOPI)' inside the
text; one parenthesis holds only an owner (no deadline: error); 'løbende' is continuous (warning).
Owners: 'Børne- og Ungeforvaltningen', 'Social- og Sundhedsforvaltningen', 'Kultur og Fritid',
'Teknik og Miljø' are one owner each; 'Sundhedscentret og skolelederne' and 'Social- og
Sundhedsforvaltningen og Børne- og Ungeforvaltningen' two. Deadline forms 'august 2025', 'skoleåret
2025/26', '1. halvår 2026', '1. kvartal 2026', 'inden udgangen af 2026', '2025–2026', '2027'. Traps:
chapter 2 quotes the national health targets (Sundhedsstyrelsen) and a 'Sundhedsprofilen 2023 viser'
fact list; chapter 5 'Det har vi nået 2021–2024' lists done items; the 'Vi …' sentences of the
introduction are not measures.""",
    )
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    od = mb.Odt(font="Liberation Serif", size=11, lang="da", country="DK",
                header="Vesterå Kommune · Sundhedspolitik 2025–2028", footer_text="Side")
    od.style("GoalItem", size=11, bold=True, before=0.2, after=0.08, keep=True)
    od.style("SubItem", size=11, after=0.08)
    od.style("Lead", size=11, bold=True, before=0.3, after=0.08, keep=True)
    od.style("Bullet", size=11, after=0.14)
    ls = ListStyle(name="Maal")
    l1 = ListLevelStyleNumber(level=1, numformat="1", numsuffix=".", displaylevels=1)
    l1.addElement(ListLevelProperties(spacebefore="0cm", minlabelwidth="0.7cm"))
    ls.addElement(l1)
    l2 = ListLevelStyleNumber(level=2, numformat="a", numsuffix=")", displaylevels=1)
    l2.addElement(ListLevelProperties(spacebefore="0.7cm", minlabelwidth="0.7cm"))
    ls.addElement(l2)
    od.doc.automaticstyles.addElement(ls)
    bs = ListStyle(name="Punkt")
    b1 = ListLevelStyleBullet(level=1, bulletchar="•")
    b1.addElement(ListLevelProperties(spacebefore="0.3cm", minlabelwidth="0.6cm"))
    b1.addElement(TextProperties(fontname="Liberation Serif", fontsize="100%"))
    bs.addElement(b1)
    od.doc.automaticstyles.addElement(bs)

    def bullets(texts, style="Bullet"):
        lst = List(stylename=bs)
        for t in texts:
            li = ListItem()
            li.addElement(od._fill(P(stylename=od.styles[style]), t))
            lst.addElement(li)
        od.doc.text.addElement(lst)

    od.p("Vesterå Kommune", "H3")
    od.p(plan.title, "Title")
    od.p("Vedtaget af Byrådet den 26. februar 2025")
    od.h("1 Indledning", 1)
    od.p("Sundhedspolitikken beskriver, hvordan Vesterå Kommune vil arbejde for, at borgerne lever længere med god "
         "livskvalitet. Vi vil skabe rammer, der gør det sunde valg let, og vi vil række ud til de borgere, der har "
         "størst behov. Politikken gælder for byrådsperioden og følges op hvert år.")
    od.h("2 Baggrund", 1)
    od.p("Sundhedsstyrelsen har opstillet nationale mål for danskernes sundhed, blandt andet at flere skal være "
         "fysisk aktive, at færre skal ryge, og at flere skal trives mentalt. Vesterås politik bygger på de "
         "nationale mål og på kommunens udviklingsstrategi.")
    od.p("**Sundhedsprofilen 2023 viser:**")
    bullets(["17 procent af de voksne borgere i Vesterå ryger dagligt, mod 13 procent i hele landet.",
             "Hver fjerde ung mellem 16 og 24 år har en dårlig mental sundhed.",
             "42 procent af borgerne over 65 år lever op til anbefalingerne for fysisk aktivitet."])
    od.h("3 Mål", 1)
    od.p("Byrådet har vedtaget tre mål med hver to delmål:")
    outer = List(stylename=ls)
    for _gn, gtext, subs in tree:
        li = ListItem()
        li.addElement(od._fill(P(stylename=od.styles["GoalItem"]), gtext))
        inner = List()
        for _sl, stext in subs:
            it = ListItem()
            it.addElement(od._fill(P(stylename=od.styles["SubItem"]), stext))
            inner.addElement(it)
        li.addElement(inner)
        outer.addElement(li)
    od.doc.text.addElement(outer)
    od.h("4 Indsatser", 1)
    od.p("Under hvert delmål står de indsatser, vi sætter i gang. Ansvarlig enhed og tidspunkt står i parentes "
         "efter indsatsen.")
    for gn, _g, subs in tree:
        for sl, _s in subs:
            od.p(f"Til delmål {gn} {sl}:", "Lead")
            texts = []
            for text, printed, _o, when, _k in items[f"{gn}{sl}"]:
                paren = f"{printed}, {when}" if when else printed
                texts.append(f"{text} ({paren})")
            bullets(texts)
    od.h("5 Det har vi nået 2021–2024", 1)
    bullets(["Alle dagtilbud har fået certifikatet »Idrætsinstitution«.",
             "Sundhedscentret har haft 640 borgere på rygestopkursus.",
             "Vi har åbnet to nye væresteder for unge i Nordby og Vesterå by."])
    od.h("6 Opfølgning", 1)
    od.p("Sundhedschefen gør status på indsatserne over for Social- og Sundhedsudvalget hvert år i juni. "
         "Ældrerådet og Ungebyrådet høres, når handleplanen revideres.")
    src = od.save(d / f"{slug}.odt", title=plan.title, author="Vesterå Kommune")
    pdf = mb.lo_pdf(src)
    write_gold(plan, pdf)
    return plan, pdf


# =========================================================================== 3 nynorsk web page, two-level header


@plan_builder
def build_aldersvenleg_nettside() -> tuple[Plan, Path]:
    """Nynorsk handlingsplan published as a web page and printed by Chromium: focus areas as
    accordion sections (<details open>), goals in a definition list, measures in a table whose
    header has two levels ('Gjennomføring' spanning 'Ansvarleg' and 'Frist')."""
    import html as _h

    slug = "aldersvenleg-nettside"
    areas = [
        ("F1", "Bu trygt heime", [
            ("1.1", "Eldre i Fjordvik skal kunne bu trygt i eigen heim så lenge dei ønskjer det."),
            ("1.2", "Pårørande skal få informasjon og avlasting når dei treng det."),
        ], [
            ("Tilby heimebesøk med tryggleiksvurdering til alle som fyller 78 år", "1.1", "Heimetenesta",
             ["Heimetenesta"], "Haust 2025", "period"),
            ("Installere digitalt tilsyn og fallalarm hos alle som ønskjer det", "1.1", "Tildelingskontoret / IKT",
             ["Tildelingskontoret", "IKT"], "2026", "period"),
            ("Opprette ein pårørandeskule med fire samlingar i året", "1.2", "Demenskoordinator",
             ["Demenskoordinator"], "Vår 2026", "period"),
            ("Utvide avlastingstilbodet i helgene ved Fjordvik omsorgssenter", "1.2",
             "Einingsleiar Fjordvik omsorgssenter", ["Einingsleiar Fjordvik omsorgssenter"], "2026", "period"),
        ]),
        ("F2", "Aktivitet og fellesskap", [
            ("2.1", "Fleire eldre skal delta i fysisk aktivitet og på sosiale møteplassar."),
            ("2.2", "Eldre skal oppleve at dei blir spurde og høyrde i saker som gjeld dei."),
        ], [
            ("Starte seniortrim i alle grendehusa i samarbeid med frivillige lag", "2.1", "Frisklivssentralen",
             ["Frisklivssentralen"], "Haust 2025", "period"),
            ("Invitere eldre til aktivitetar og arrangement i eigen regi", "2.1", "Alle einingar",
             ["Alle einingar"], "2025–2028", "period"),
            ("Gjennomføre ei spørjeundersøking om kva aktivitetar eldre ønskjer seg", "2.1, 2.2",
             "Folkehelsekoordinator", ["Folkehelsekoordinator"], "1. halvår 2026", "period"),
            ("Involvere eldrerådet tidleg i alle plansaker som gjeld eldre", "2.2", "Plan og utvikling",
             ["Plan og utvikling"], None, None),
        ]),
        ("F3", "Transport og tilgjenge", [
            ("3.1", "Eldre skal kome seg til butikk, lege og aktivitetar utan å vere avhengige av eigen bil."),
        ], [
            ("Etablere bestillingstransport frå grendene til sentrum to dagar i veka", "3.1", "Samferdselsrådgivar",
             ["Samferdselsrådgivar"], "2026", "period"),
            ("Setje opp benkar og lage universelt utforma gangvegar langs Storvegen", "3.1", "Kommunalteknikk",
             ["Kommunalteknikk"], "2027", "period"),
            ("Halde kurs i bruk av billett-app og digitale tenester for eldre", "3.1",
             "Biblioteket og Frivilligsentralen", ["Biblioteket", "Frivilligsentralen"], "Vår 2026", "period"),
        ]),
    ]
    goals, measures, focus = [], [], []
    n = 0
    for fid, ftext, gl, rows in areas:
        focus.append((fid, ftext))
        for num, gtext in gl:
            goals.append(G(f"G{num}", gtext, focus_area=fid))
        for text, nums, _p, owners, when, kind in rows:
            n += 1
            note = []
            if when is None:
                note.append("empty Frist cell")
            if "," in nums:
                note.append("the Mål cell names two goals")
            diffuse = tuple(o for o in owners if o.startswith("Alle"))
            measures.append(M(f"M{n}", text, [f"G{x.strip()}" for x in nums.split(",")], owners, when, kind,
                              diffuse=diffuse, note="; ".join(note)))
    plan = Plan(
        slug=slug, language="nn", title="Handlingsplan for eit aldersvenleg Fjordvik 2025–2028", period=(2025, 2028),
        goals=goals, measures=measures, focus_areas=focus, source_ext="html",
        notes="""
A municipal web page (a plan published as an article in the CMS) printed to PDF by headless
Chromium (--print-to-pdf, --no-pdf-header-footer), A4. Nynorsk. Site header with the municipality
name and a navigation bar, breadcrumbs, a 'Vis alle / Skjul alle' control line, and the plan as
accordion sections (<details open> with <summary> headings 'Innsatsområde 1: Bu trygt heime' and a
disclosure triangle), each an innsatsområde (focus area). Inside each: the goals in a definition
list (<dt>Mål 1.1</dt><dd>goal sentence</dd>), then the measures in a table with a TWO-LEVEL header:
'Tiltak' and 'Mål' span both header rows, 'Gjennomføring' spans 'Ansvarleg' and 'Frist' in the second
header row. The goal link is the 'Mål' cell ('2.1, 2.2' = two links). 'Tildelingskontoret / IKT' and
'Biblioteket og Frivilligsentralen' are two owners; 'Einingsleiar Fjordvik omsorgssenter' and 'Plan og
utvikling' one. 'Alle einingar' is a diffuse owner (warning); one row has an empty Frist cell (error). The page
break falls between 'Mål 3.1' (end of p. 1) and its table (top of p. 2, both header rows printed).
Traps: the 'Leve heile livet' reform's five innsatsområde quoted in the introduction (not this plan's
focus areas), a 'Tal som fortel' fact box, a 'Dette har vi gjort' list, a contact box and the page
footer with address and 'Sist oppdatert'.""",
    )
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    e = _h.escape
    parts = [f"""<!DOCTYPE html>
<html lang="nn"><head><meta charset="utf-8"><title>{e(plan.title)} – Fjordvik kommune</title>
<style>
@page {{ size: A4; margin: 12mm 14mm 14mm 14mm; }}
body {{ font-family: "Liberation Sans", Arial, sans-serif; font-size: 10.5pt; color: #222; margin: 0; }}
.site {{ display: flex; justify-content: space-between; align-items: center; border-bottom: 3px solid #00594f;
  padding: 4px 0 6px; }}
.site .logo {{ font-weight: bold; font-size: 14pt; color: #00594f; }}
.site nav a {{ margin-left: 12px; color: #00594f; text-decoration: none; font-size: 9pt; }}
.crumbs {{ font-size: 8.5pt; color: #666; margin: 6px 0 4px; }}
h1 {{ font-size: 19pt; margin: 6px 0 4px; color: #1b1b1b; }}
.ingress {{ font-size: 11pt; color: #333; }}
.facts {{ border: 1px solid #b7cfcb; background: #f1f7f6; padding: 6px 10px; margin: 8px 0; font-size: 9pt; }}
.facts ul {{ margin: 3px 0 0 16px; padding: 0; }}
.toggle {{ text-align: right; font-size: 8.5pt; color: #00594f; margin: 4px 0; }}
details {{ border-top: 1px solid #b7cfcb; padding: 2px 0 6px; }}
summary {{ font-size: 13pt; font-weight: bold; color: #00594f; padding: 5px 0; }}
dl {{ margin: 4px 0 8px; }}
dt {{ font-weight: bold; float: left; width: 17mm; clear: left; }}
dd {{ margin: 0 0 4px 19mm; }}
table {{ border-collapse: collapse; width: 100%; font-size: 9.5pt; margin: 4px 0 6px; }}
th, td {{ border: 1px solid #9fbab5; padding: 3px 5px; vertical-align: top; text-align: left; }}
thead th {{ background: #dcebe8; }}
thead tr:first-child th.group {{ text-align: center; }}
tr {{ break-inside: avoid; }}
.contact {{ background: #f4f4f4; padding: 6px 10px; font-size: 9pt; margin-top: 10px; }}
footer {{ border-top: 1px solid #ccc; margin-top: 12px; padding-top: 4px; font-size: 8pt; color: #666; }}
</style></head><body>
<div class="site"><div class="logo">Fjordvik kommune</div>
<nav><a href="#">Tenester</a><a href="#">Politikk</a><a href="#">Planar</a><a href="#">Kontakt</a></nav></div>
<div class="crumbs">Fjordvik kommune › Helse og omsorg › Planar › Aldersvenleg Fjordvik</div>
<h1>{e(plan.title)}</h1>
<p class="ingress">Kommunestyret vedtok handlingsplanen 13. mars 2025. Planen viser korleis Fjordvik skal bli ein
betre stad å bli gammal i.</p>
<p>Handlingsplanen følgjer opp kvalitetsreforma Leve heile livet, som har fem innsatsområde: Eit aldersvenleg Noreg,
Aktivitet og fellesskap, Mat og måltid, Helsehjelp og Samanheng i tenestene. Fjordvik har valt tre eigne
innsatsområde for perioden 2025–2028.</p>
<h2 style="font-size:13pt;color:#00594f;margin:10px 0 4px">Slik vart planen laga</h2>
<p>Ei arbeidsgruppe med eldrerådet, frivilligsentralen, heimetenesta og folkehelsekoordinatoren har laga planen.
Vi heldt tre opne møte i grendehusa hausten 2024, og over 200 eldre svarte på ei nettundersøking. Mange sa at
dei vil bu heime lenge, men at dei er redde for å falle, og at det er vanskeleg å kome seg til sentrum utan bil.
Planen blir rullert kvart år i samband med budsjettet, og eldrerådet får han til uttale før han blir vedteken.</p>
<div class="facts"><strong>Tal som fortel</strong><ul>
<li>I 2024 var 1 240 av innbyggjarane i Fjordvik over 67 år.</li>
<li>Talet på innbyggjarar over 80 år blir dobla fram mot 2040.</li>
<li>Sju av ti eldre bur i ein einebustad med trapp.</li></ul></div>
<div class="toggle">Vis alle · Skjul alle</div>
"""]
    i = 0
    for k, (_fid, ftext, gl, rows) in enumerate(areas, start=1):
        parts.append(f"<details open><summary>Innsatsområde {k}: {e(ftext)}</summary>\n<dl>\n")
        for num, gtext in gl:
            parts.append(f"<dt>Mål {num}</dt><dd>{e(gtext)}</dd>\n")
        parts.append("</dl>\n<table><colgroup><col style=\"width:49%\"><col style=\"width:9%\">"
                     "<col style=\"width:27%\"><col style=\"width:15%\"></colgroup>\n<thead>"
                     "<tr><th rowspan=\"2\">Tiltak</th><th rowspan=\"2\">Mål</th>"
                     "<th colspan=\"2\" class=\"group\">Gjennomføring</th></tr>"
                     "<tr><th>Ansvarleg</th><th>Frist</th></tr></thead>\n<tbody>\n")
        for text, nums, printed, _o, when, _k in rows:
            i += 1
            parts.append(f"<tr><td>{e(text)}</td><td>{e(nums)}</td><td>{e(printed)}</td>"
                         f"<td>{e(when or '')}</td></tr>\n")
        parts.append("</tbody></table></details>\n")
    parts.append("""<h2 style="font-size:13pt;color:#00594f;margin:10px 0 4px">Dette har vi gjort</h2>
<ul><li>Opna demenskafé på biblioteket i 2023.</li>
<li>Kjøpte inn to el-syklar med passasjersete til sykkelturar for bebuarar på omsorgssenteret.</li>
<li>Laga ein oversikt over alle aktivitetstilbod for eldre i kommunen.</li></ul>
<div class="contact"><strong>Kontakt</strong><br>Kommunalsjef helse og omsorg, telefon 57 00 00 00,
postmottak@fjordvik.kommune.no</div>
<footer>Fjordvik kommune · Rådhusvegen 1, 6899 Fjordvik · Sist oppdatert 14.03.2025</footer>
</body></html>
""")
    src = d / f"{slug}.html"
    src.write_text("".join(parts), encoding="utf-8")
    pdf = mb.chromium_pdf(src, d / f"{slug}.pdf")
    write_gold(plan, pdf)
    return plan, pdf


# =========================================================================== 4 reportlab, landscape page, quarters


@plan_builder
def build_digitalisering_kvartal() -> tuple[Plan, Path]:
    """Bokmål handlingsplan generated with reportlab: portrait pages with ONE landscape page for
    the measure table 'Nr | Tiltak | Ansvarlig | Frist | Status', owners 'A / B', deadlines as
    quarters ('Q3 2025', '2. kvartal 2026'), running header and footer on every page."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (
        BaseDocTemplate,
        Frame,
        NextPageTemplate,
        PageBreak,
        PageTemplate,
        Paragraph,
        Table,
        TableStyle,
    )

    slug = "digitalisering-kvartal"
    goals = [
        G("G1", "Innbyggerne skal kunne søke om og følge opp kommunale tjenester digitalt."),
        G("G2", "Ansatte skal ha den digitale kompetansen de trenger i jobben."),
        G("G3", "Kommunens data og systemer skal være sikre og tilgjengelige."),
        G("G4", "Kommunen skal dele data med innbyggere, næringsliv og andre offentlige virksomheter."),
    ]
    # (nr, tiltak, ansvarlig printed, owners split, frist, kind, status)
    rows = [
        ("1.1", "Ta i bruk digital søknad for plass i barnehage og SFO", "Kommunalsjef oppvekst / IKT-leder",
         ["Kommunalsjef oppvekst", "IKT-leder"], "Q3 2025", "period", "Pågår"),
        ("1.2", "Sende alle brev fra kommunen til innbyggernes digitale postkasse", "Arkivleder / IKT-leder",
         ["Arkivleder", "IKT-leder"], "2. kvartal 2026", "period", "Ikke startet"),
        ("1.3", "Lage en chatbot på kommunens nettside som svarer på de vanligste spørsmålene om tjenestene",
         "Kommunikasjonssjef", ["Kommunikasjonssjef"], "Q1 2026", "period", "Ikke startet"),
        ("1.4", "Tilby veiledning i digitale tjenester for eldre på biblioteket og i servicetorget",
         "Biblioteksjef / Leder servicetorget", ["Biblioteksjef", "Leder servicetorget"], "4. kvartal 2025",
         "period", "Pågår"),
        ("2.1", "Kartlegge den digitale kompetansen til alle ansatte", "HR-sjef", ["HR-sjef"], "Q4 2025", "period",
         "Pågår"),
        ("2.2", "Etablere et nettverk av digitale superbrukere i alle enheter", "", [], "1. kvartal 2026", "period",
         "Ikke startet"),
        ("2.3", "Gi alle ledere opplæring i informasjonssikkerhet og personvern", "Personvernombud / HR-sjef",
         ["Personvernombud", "HR-sjef"], "Q2 2026", "period", "Ikke startet"),
        ("3.1", "Gjennomføre en risiko- og sårbarhetsvurdering av alle fagsystemer", "Informasjonssikkerhetsleder",
         ["Informasjonssikkerhetsleder"], "Q2 2025", "period", "Fullført"),
        ("3.2", "Innføre tofaktorautentisering for alle brukere av kommunens systemer", "IKT-leder", ["IKT-leder"],
         "3. kvartal 2025", "period", "Pågår"),
        ("3.3", "Øve på beredskapsplanen for dataangrep sammen med nabokommunene",
         "Beredskapskoordinator / IKT-leder", ["Beredskapskoordinator", "IKT-leder"], "Q2 2028", "period",
         "Ikke startet"),
        ("4.1", "Publisere kommunens åpne datasett i den nasjonale datakatalogen", "Arkivleder", ["Arkivleder"],
         "Q3 2026", "period", "Ikke startet"),
        ("4.2", "Gjøre kart og reguleringsplaner tilgjengelige i en digital planportal",
         "Plan- og byggesakssjef / GIS-koordinator", ["Plan- og byggesakssjef", "GIS-koordinator"],
         "2. kvartal 2027", "period", "Ikke startet"),
    ]
    measures = []
    for nr, text, _p, owners, when, kind, _st in rows:
        note = []
        if not owners:
            note.append("empty Ansvarlig cell")
        if when == "Q2 2028":
            note.append("deadline after the plan period 2025–2027")
        measures.append(M(f"M{nr}", text, [f"G{nr.split('.')[0]}"], owners, when, kind,
                          outside=when == "Q2 2028", note="; ".join(note)))
    plan = Plan(
        slug=slug, language="nb", title="Handlingsplan for digitalisering 2025–2027", period=(2025, 2027),
        goals=goals, measures=measures, source_ext="py",
        notes="""
Generated with reportlab (as a document or case-handling system prints it), Liberation Sans (embedded
TrueType subset). Pages 1 and 3 are portrait A4, page 2 is LANDSCAPE A4 (842×595 pt) and holds the
whole measure table; the running header ('Solvik kommune · Handlingsplan for digitalisering
2025–2027', left, and 'Dokument-ID', right) and footer ('Side n av 3') are drawn on every page, placed
for the page's own size. Page 1: introduction, a quoted national goal (the national digitalisation
strategy), a 'Nøkkeltall' fact table, and the goals as 'Mål 1' … 'Mål 4' label + sentence rows of a
borderless two-column table. Page 2: 'Nr | Tiltak | Ansvarlig | Frist | Status', Nr '1.3' =
goal.measure (the goal link comes only from the prefix). Owners are joined with ' / ' ('Arkivleder /
IKT-leder' = two owners); 'Plan- og byggesakssjef' is one. Frist is a quarter: 'Q3 2025', 'Q1 2026',
'4. kvartal 2025', '2. kvartal 2026'; the Status column ('Pågår', 'Ikke startet', 'Fullført') is not a
deadline ('Pågår' is a status, not a continuous deadline). One empty Ansvarlig cell (error); 'Q2 2028'
lies after the plan period 2025–2027 (warning). Page 3: 'Gjennomført i 2023–2024' list (past), a
'Risiko' table that is not a measure table, and 'Oppfølging' prose.""",
    )
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    pdf = d / f"{slug}.pdf"
    fontdir = Path("/usr/share/fonts/truetype/liberation")
    pdfmetrics.registerFont(TTFont("LibSans", str(fontdir / "LiberationSans-Regular.ttf")))
    pdfmetrics.registerFont(TTFont("LibSans-Bold", str(fontdir / "LiberationSans-Bold.ttf")))
    pdfmetrics.registerFontFamily("LibSans", normal="LibSans", bold="LibSans-Bold")
    blue = colors.HexColor("#1f4e79")
    base = ParagraphStyle("b", fontName="LibSans", fontSize=10, leading=13.5, spaceAfter=5)
    h1 = ParagraphStyle("h1", parent=base, fontName="LibSans-Bold", fontSize=19, leading=23, spaceAfter=4,
                        textColor=blue)
    h2 = ParagraphStyle("h2", parent=base, fontName="LibSans-Bold", fontSize=13, leading=16, spaceBefore=9,
                        spaceAfter=4, textColor=blue)
    cell = ParagraphStyle("c", parent=base, fontSize=9.5, leading=12, spaceAfter=0)
    cellb = ParagraphStyle("cb", parent=cell, fontName="LibSans-Bold")
    grid = TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8ea9c1")),
                       ("VALIGN", (0, 0), (-1, -1), "TOP"),
                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dbe5f1"))])

    def story():
        s = [Paragraph("Solvik kommune", ParagraphStyle("o", parent=base, fontName="LibSans-Bold", fontSize=12)),
             Paragraph(plan.title, h1),
             Paragraph("Vedtatt av kommunestyret 5. desember 2024, sak 102/24. Arkivsak 24/1187.", base),
             Paragraph("Innledning", h2),
             Paragraph("Handlingsplanen følger opp kommunens digitaliseringsstrategi. Den viser hvilke tiltak "
                       "kommunen gjennomfører i perioden 2025–2027, hvem som har ansvaret og når tiltaket skal "
                       "være gjennomført. Planen rulleres hvert år sammen med økonomiplanen.", base),
             Paragraph("Regjeringens digitaliseringsstrategi har som mål at Norge skal være verdens mest "
                       "digitaliserte land innen 2030. Kommunen bidrar til dette målet gjennom felles løsninger "
                       "med de andre kommunene i regionen.", base),
             Paragraph("Nøkkeltall", h2)]
        facts = [[Paragraph(h, cellb) for h in ("Nøkkeltall", "2022", "2024")],
                 [Paragraph("Andel søknader levert digitalt", cell), Paragraph("54 %", cell), Paragraph("71 %", cell)],
                 [Paragraph("Antall fagsystemer i bruk", cell), Paragraph("112", cell), Paragraph("97", cell)],
                 [Paragraph("Ansatte som har fullført e-læring i informasjonssikkerhet", cell),
                  Paragraph("38 %", cell), Paragraph("64 %", cell)]]
        s.append(Table(facts, colWidths=[100 * mm, 25 * mm, 25 * mm], hAlign="LEFT", style=grid))
        s.append(Paragraph("Mål", h2))
        s.append(Paragraph("Kommunestyret har vedtatt fire mål for digitaliseringsarbeidet:", base))
        gl = [[Paragraph(f"Mål {n}", cellb), Paragraph(g.text, cell)] for n, g in enumerate(goals, start=1)]
        s.append(Table(gl, colWidths=[18 * mm, 150 * mm], hAlign="LEFT", style=TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)])))
        s.append(Paragraph("Tiltakene står i tabellen på neste side. Nummeret viser hvilket mål tiltaket hører til "
                           "(tiltak 2.3 hører til mål 2).", base))
        s += [NextPageTemplate("land"), PageBreak(), Paragraph("Tiltak 2025–2027", h2)]
        data = [[Paragraph(h, cellb) for h in ("Nr", "Tiltak", "Ansvarlig", "Frist", "Status")]]
        for nr, text, printed, _o, when, _k, st in rows:
            data.append([Paragraph(nr, cell), Paragraph(text, cell), Paragraph(printed, cell),
                         Paragraph(when, cell), Paragraph(st, cell)])
        s.append(Table(data, colWidths=[13 * mm, 120 * mm, 70 * mm, 30 * mm, 27 * mm], hAlign="LEFT",
                       repeatRows=1, style=grid))
        s += [NextPageTemplate("port"), PageBreak(), Paragraph("Gjennomført i 2023–2024", h2)]
        for t in ["Innført elektronisk signering av arbeidsavtaler.",
                  "Flyttet e-post og dokumentlagring til skyløsning med databehandleravtale.",
                  "Tatt i bruk digitalt skjema for søknad om kommunal bolig."]:
            s.append(Paragraph(t, ParagraphStyle("li", parent=base, leftIndent=6 * mm, bulletIndent=1 * mm),
                               bulletText="–"))
        s.append(Paragraph("Risiko", h2))
        risk = [[Paragraph(h, cellb) for h in ("Risiko", "Sannsynlighet", "Konsekvens")],
                [Paragraph("Leverandøren av fagsystem for barnehage leverer ikke digital søknad i tide", cell),
                 Paragraph("Middels", cell), Paragraph("Middels", cell)],
                [Paragraph("Ansatte har ikke tid til opplæring", cell), Paragraph("Høy", cell),
                 Paragraph("Middels", cell)]]
        s.append(Table(risk, colWidths=[100 * mm, 30 * mm, 30 * mm], hAlign="LEFT", style=grid))
        s += [Paragraph("Oppfølging", h2),
              Paragraph("IKT-leder samler status for tiltakene hvert kvartal og rapporterer til kommunedirektørens "
                        "ledergruppe. Kommunestyret får en samlet rapport i årsmeldingen.", base)]
        return s

    def build(n_pages):
        def onpage(canvas, doc):
            w, h = canvas._pagesize
            canvas.saveState()
            canvas.setFont("LibSans", 8.5)
            canvas.setFillColor(colors.HexColor("#555555"))
            canvas.drawString(18 * mm, h - 11 * mm, "Solvik kommune · Handlingsplan for digitalisering 2025–2027")
            canvas.drawRightString(w - 18 * mm, h - 11 * mm, "Dokument-ID 24/1187-14")
            canvas.setStrokeColor(colors.HexColor("#8ea9c1"))
            canvas.line(18 * mm, h - 13 * mm, w - 18 * mm, h - 13 * mm)
            canvas.drawCentredString(w / 2, 9 * mm, f"Side {doc.page} av {n_pages}")
            canvas.restoreState()

        pw, ph = A4
        lw, lh = landscape(A4)
        doc = BaseDocTemplate(str(pdf), pagesize=A4, title=plan.title, author="Solvik kommune",
                              creator="Sak- og arkivsystem, rapportmodul", invariant=1)
        doc.addPageTemplates([
            PageTemplate("port", [Frame(20 * mm, 18 * mm, pw - 40 * mm, ph - 38 * mm, id="p")], onPage=onpage,
                         pagesize=A4),
            PageTemplate("land", [Frame(18 * mm, 16 * mm, lw - 36 * mm, lh - 34 * mm, id="l")], onPage=onpage,
                         pagesize=landscape(A4)),
        ])
        doc.build(story())
        return doc.page

    build(build(3))  # second pass with the page count known ('Side n av m')
    write_gold(plan, pdf)
    return plan, pdf


# =========================================================================== verify / main


def main(argv: list[str]) -> None:
    if argv[:1] == ["--verify"]:
        names = argv[1:] or list(PLANS)
        bad = [b for name in names for b in mb3.verify(name)]
        for b in bad:
            print(b)
        print(f"verified {len(names)} plans: {'OK' if not bad else f'{len(bad)} problems'}")
        raise SystemExit(1 if bad else 0)
    for name in argv or list(PLANS):
        plan, pdf = PLANS[name]()
        n = len(mb3.pdftotext_pages(pdf))
        print(f"{name}: {n} pp., {len(plan.goals)} goals, {len(plan.strategies)} strategies, "
              f"{len(plan.measures)} measures, {len(mb.findings(plan))} findings")


if __name__ == "__main__":
    main(sys.argv[1:])
