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

PLANS: dict[str, callable] = {}


def plan_builder(fn):
    PLANS[fn.__name__.removeprefix("build_").replace("_", "-")] = fn
    return fn


def write_gold(plan: Plan, pdf: Path, **kw) -> Path:
    """make_blind_corpus.write_gold, with this builder named in the header."""
    path = mb.write_gold(plan, pdf, **kw)
    text = path.read_text(encoding="utf-8").replace(
        "corpora/scripts/make_blind_corpus.py", "corpora/scripts/make_blind_corpus4.py", 1
    )
    path.write_text(text, encoding="utf-8")
    return path


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
