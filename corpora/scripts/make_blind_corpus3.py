"""Build the third batch of blind authored plans (corpora/authored/<slug>/), in layouts not yet in
the corpus.

    python corpora/scripts/make_blind_corpus3.py              # every plan
    python corpora/scripts/make_blind_corpus3.py SLUG ...     # some of them
    python corpora/scripts/make_blind_corpus3.py --verify     # check gold against the PDFs

Same method as make_blind_corpus.py (whose plan data classes, findings derivation, gold writer,
OpenDocument writer and Chromium printer are reused from there): each plan is written here as data
(goals, strategies, measures with owners and deadlines) and rendered by the tool a municipality
would use: Word (python-docx → LibreOffice PDF), OpenDocument (odfpy → LibreOffice PDF), a web page
printed by headless Chromium, a report generated with reportlab. The gold file is written from the
same data; only the page numbers are looked up in the PDF text. Gold files carry `held_out: true`
and were committed before plancheck was run on the documents.

--verify re-reads every PDF with pdftotext and checks that every gold goal, strategy, measure, owner,
deadline and finding quote is printed on the page the gold file names (owners and deadlines of a
measure may sit on the next page when a row breaks).

Deterministic: fixed zip times, core/meta properties, PDF dates and IDs.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import _docx_helpers as dh  # noqa: E402
import make_blind_corpus as mb  # noqa: E402
from make_blind_corpus import G, M, Plan, S  # noqa: E402

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
        "corpora/scripts/make_blind_corpus.py", "corpora/scripts/make_blind_corpus3.py", 1
    )
    path.write_text(text, encoding="utf-8")
    return path


# =========================================================================== 3 numbered table


@plan_builder
def build_integrering_nummerert() -> tuple[Plan, Path]:
    """Bokmål handlingsplan, one landscape table 'Nr | Strategi | Tiltak | Hovedansvar |
    Medansvar | Periode', Nr = goal.strategy.measure, strategy cells merged down."""
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm

    slug = "integrering-nummerert"
    goals = [
        G("G1", "Nyankomne flyktninger skal raskt komme i arbeid eller utdanning."),
        G("G2", "Barn og unge med innvandrerbakgrunn skal delta i barnehage, skole og fritid på lik linje med andre."),
        G("G3", "Innbyggerne i Nordvang skal oppleve tilhørighet og delta i lokalsamfunnet."),
    ]
    strategies = [
        S("S1.1", "Styrke kvalifiseringen i introduksjonsprogrammet", ["G1"]),
        S("S1.2", "Samarbeide med lokalt næringsliv om arbeidsplasser", ["G1"]),
        S("S2.1", "Øke deltakelsen i barnehage", ["G2"]),
        S("S2.2", "Gjøre fritidsaktiviteter tilgjengelige for alle", ["G2"]),
        S("S3.1", "Bygge møteplasser på tvers av kulturer", ["G3"]),
        S("S3.2", "Gjøre kommunens tjenester lettere å forstå", ["G3"]),
    ]
    # (nr, tiltak, hovedansvar, medansvar, periode, kind)
    rows = [
        ("1.1.1", "Tilby norskopplæring kombinert med arbeidspraksis for alle deltakere i introduksjonsprogrammet",
         ["Leder voksenopplæringen"], "NAV Nordvang", "2025–2026", "period"),
        ("1.1.2", "Etablere et kurs i norsk arbeidslivskunnskap sammen med næringsforeningen",
         ["NAV Nordvang"], "Nordvang næringsforening", "2. halvår 2026", "period"),
        ("1.1.3", "Kartlegge kompetansen til alle nyankomne innen tre måneder etter bosetting",
         ["Flyktningtjenesten"], "Voksenopplæringen", "2025", "period"),
        ("1.2.1", "Inngå avtaler om praksisplasser med minst ti lokale bedrifter",
         ["NAV Nordvang"], "Næringssjef", "2025–2026", "period"),
        ("1.2.2", "Arrangere jobbmesse for innvandrere og arbeidsgivere",
         ["Næringssjef"], "NAV Nordvang og flyktningtjenesten", "Hvert år", "recurring"),
        ("2.1.1", "Gi informasjon om barnehagetilbudet på flere språk ved bosetting",
         ["Barnehagefaglig rådgiver"], "Flyktningtjenesten", "1. halvår 2025", "period"),
        ("2.1.2", "Tilby gratis kjernetid i barnehage til familier med lav inntekt",
         ["Kommunalsjef oppvekst"], "", "2025–2027", "period"),
        ("2.2.1", "Opprette en utstyrssentral med gratis utlån av sports- og friluftsutstyr",
         ["Kultur- og fritidssjef"], "Frivilligsentralen", "2026", "period"),
        ("2.2.2", "Følge opp fritidskortet med egen veiledning for foreldre",
         [], "Kultur- og fritidssjef og Frivilligsentralen", "2. halvår 2026", "period"),
        ("2.2.3", "Gi tilskudd til idrettslag som tar imot barn fra lavinntektsfamilier",
         ["Kultur- og fritidssjef"], "Idrettsrådet", "2025–2027", "period"),
        ("3.1.1", "Videreføre språkkafé på biblioteket to kvelder i uken",
         ["Biblioteksjef"], "Frivilligsentralen / Røde Kors", "2025–2027", "period"),
        ("3.1.2", "Etablere en vennefamilieordning for nybosatte familier",
         ["Frivilligsentralen"], "Flyktningtjenesten", "1. halvår 2026", "period"),
        ("3.2.1", "Ta i bruk kvalifisert tolk i alle samtaler om vedtak",
         ["Kommunedirektørens ledergruppe"], "Alle enheter", "2025", "period"),
        ("3.2.2", "Oversette informasjon om kommunale tjenester til arabisk, tigrinja og ukrainsk",
         ["Kommunikasjonsrådgiver", "tjenestetorget"], "Flyktningtjenesten", "2. halvår 2025", "period"),
    ]
    measures = []
    for nr, text, owners, partner, per, kind in rows:
        g, s, _m = nr.split(".")
        note = []
        if not owners:
            note.append("empty Hovedansvar cell; the Medansvar cell names two units (partners, not owners)")
        if partner == "Alle enheter":
            note.append("'Alle enheter' is Medansvar (a partner), not an owner: no finding")
        measures.append(M(f"M{nr}", text, [f"G{g}"], owners, per, kind, strategies=[f"S{g}.{s}"], note="; ".join(note)))
    plan = Plan(
        slug=slug, language="nb", title="Handlingsplan for integrering 2025–2027", period=(2025, 2027),
        goals=goals, strategies=strategies, measures=measures,
        notes="""
Word (python-docx) → LibreOffice PDF, landscape A4. Goals only in chapter 3 as 'Mål 1: …' paragraphs;
the measure table in chapter 4 has NO goal column and no goal group rows: 'Nr | Strategi | Tiltak |
Hovedansvar | Medansvar | Periode', where Nr is 1.1.1 = goal.strategy.measure (the goal link comes from
the first number, the strategy link from the merged Strategi cell). Strategy cells are vertically merged
(w:vMerge) over their measures, so each strategy text appears once, at the top of its span; the table
breaks across the page with the header row repeated (rows do not split; the merged strategy cell that
spans the break is printed once, on the first page, and its continuation rows on the next page show an
empty Strategi cell). Medansvar is a partner column, not an owner: 'Alle enheter' there is not a diffuse owner.
'Kommunikasjonsrådgiver og tjenestetorget' is two owners (the narrow Hovedansvar cell breaks
'Kommunikasjonsrådgi-/ver' inside the word, no hyphen); 'Kultur- og fritidssjef' one. Periode forms:
'2025–2026', '2. halvår 2026', '1. halvår 2025', '2025', 'Hvert år' (recurring, warning). One empty
Hovedansvar cell while Medansvar is filled (error). Traps: chapter 2 quotes the national integration
strategy's goal and an SSB fact list; chapter 5 lists what was done in 2023–2024.""",
    )
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    doc = dh.new_document(size=10, margins_mm=18, heading_color="2E5E4E")
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(297), Mm(210)
    dh.setup_header_footer(sec, "Nordvang kommune · Handlingsplan for integrering 2025–2027", footer="page_of")
    dh.set_core_properties(doc, title=plan.title, author="Nordvang kommune")
    dh.para(doc, "Nordvang kommune", size=12, bold=True, color="2E5E4E")
    dh.para(doc, plan.title, size=22, bold=True, color="2E5E4E", space_after=2)
    dh.para(doc, "Vedtatt av kommunestyret 20. mars 2025, sak 19/25", italic=True)
    dh.heading(doc, "1 Innledning", 1)
    dh.para(doc, "Nordvang kommune har bosatt 142 flyktninger siden 2022. Handlingsplanen skal sikre at kommunen "
            "arbeider samordnet med kvalifisering, oppvekst og deltakelse. Planen gjelder for tre år og blir "
            "evaluert før den rulleres.")
    dh.heading(doc, "2 Bakgrunn", 1)
    dh.para(doc, "Regjeringens integreringsstrategi har som mål at flere innvandrere skal delta i arbeids- og "
            "samfunnslivet. Kommunens plan bygger på den nasjonale strategien og på kommuneplanens samfunnsdel.")
    dh.para(doc, "Tall fra SSB for Nordvang:", bold=True, space_after=2)
    b = dh.add_num(doc, dh.add_abstract_num(doc, "symbol_bullet"))
    for t in ["11 prosent av innbyggerne er innvandrere eller norskfødte med innvandrerforeldre.",
              "58 prosent av deltakerne i introduksjonsprogrammet var i arbeid eller utdanning ett år etter programmet.",
              "Barnehagedekningen blant minoritetsspråklige barn er 79 prosent, mot 93 prosent for alle barn."]:
        dh.list_item(doc, t, b)
    dh.heading(doc, "3 Mål", 1)
    dh.para(doc, "Kommunestyret har vedtatt tre mål for integreringsarbeidet:")
    for n, g in enumerate(goals, start=1):
        dh.para(doc, f"**Mål {n}:** {g.text}", space_after=3)
    dh.heading(doc, "4 Tiltak", 1)
    dh.para(doc, "Tiltakene er nummerert etter mål, strategi og tiltak (1.2.1 er tiltak 1 under strategi 2 for mål 1). "
            "Hovedansvar har ansvaret for gjennomføringen; Medansvar bidrar.", keep_with_next=True)
    widths = [15, 55, 92, 38, 40, 21]
    t = dh.new_table(doc, widths)
    r = dh.add_row(t, ["Nr", "Strategi", "Tiltak", "Hovedansvar", "Medansvar", "Periode"], widths, size=9.5,
                   bold=True, fill="D5E8D4")
    dh.set_repeat_header(r)
    stext = {s.id: s.text for s in strategies}
    prev = None
    for nr, text, owners, partner, per, _k in rows:
        g, s, _m = nr.split(".")
        sid = f"S{g}.{s}"
        scell = ("continue", "") if sid == prev else ("restart", stext[sid])
        prev = sid
        row = dh.add_row(t, [nr, scell, text, " og ".join(owners), partner, per], widths, size=9.5)
        dh.set_cant_split(row)
    dh.heading(doc, "5 Dette gjorde vi i 2023–2024", 1)
    b = dh.add_num(doc, dh.add_abstract_num(doc, "symbol_bullet"))
    for t_ in ["Tok i bruk digital kartlegging av kompetanse i flyktningtjenesten.",
               "Startet språkkafé på biblioteket i samarbeid med Røde Kors.",
               "Ansatte en egen koordinator for bosetting av ukrainske flyktninger."]:
        dh.list_item(doc, t_, b)
    dh.heading(doc, "6 Oppfølging", 1)
    dh.para(doc, "Flyktningtjenesten rapporterer status for tiltakene til hovedutvalg for oppvekst og levekår hvert år.")
    src = d / f"{slug}.docx"
    dh.save_deterministic(doc, src)
    pdf = mb.lo_pdf(src)
    write_gold(plan, pdf)
    return plan, pdf


# =========================================================================== verify


def _squash(text: str) -> str:
    return re.sub(r"[\s\u00ad]+", "", text).replace("\u2011", "-").lower()


def pdftotext_pages(pdf: Path) -> list[str]:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], check=True,
                         capture_output=True, text=True).stdout
    pages = out.split("\f")
    if pages and not pages[-1].strip():
        pages = pages[:-1]
    return [_squash(p) for p in pages]


def _on(pages: list[str], text: str, page: int, *, spill: int = 0) -> bool:
    for n in (28, 14):
        needle = _squash(text)[:n]
        for p in range(page, min(page + spill, len(pages)) + 1):
            if needle in pages[p - 1]:
                return True
    return False


def verify(slug: str) -> list[str]:
    import yaml

    gold_path = OUT / slug / f"{slug}.gold.yaml"
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    pages = pdftotext_pages(gold_path.parent / gold["document"])
    bad = []
    assert gold.get("held_out") is True, "held_out missing"
    ids = {g["id"] for g in gold.get("goals") or []}
    sids = {s["id"] for s in gold.get("strategies") or []}
    for kind in ("focus_areas", "goals", "strategies", "measures"):
        for it in gold.get(kind) or []:
            if not _on(pages, it["text"], it["page"]):
                bad.append(f"{slug}: {kind} {it['id']} not on p. {it['page']}: {it['text'][:50]!r}")
            for gid in it.get("goals") or []:
                if gid not in ids:
                    bad.append(f"{slug}: {it['id']} links unknown goal {gid}")
            for sid in it.get("strategies") or []:
                if sid not in sids:
                    bad.append(f"{slug}: {it['id']} links unknown strategy {sid}")
    for m in gold.get("measures") or []:
        for o in m["owners"]:
            if not _on(pages, o, m["page"], spill=1):
                bad.append(f"{slug}: owner {o!r} of {m['id']} not on p. {m['page']}")
        if m["deadline"] and not _on(pages, m["deadline"], m["page"], spill=1):
            bad.append(f"{slug}: deadline {m['deadline']!r} of {m['id']} not on p. {m['page']}")
    for f in gold.get("findings") or []:
        if not _on(pages, f["quote"], f["page"]):
            bad.append(f"{slug}: finding quote not on p. {f['page']}: {f['quote'][:50]!r}")
    return bad


def main(argv: list[str]) -> None:
    if argv[:1] == ["--verify"]:
        names = argv[1:] or list(PLANS)
        bad = [b for name in names for b in verify(name)]
        for b in bad:
            print(b)
        print(f"verified {len(names)} plans: {'OK' if not bad else f'{len(bad)} problems'}")
        raise SystemExit(1 if bad else 0)
    for name in argv or list(PLANS):
        plan, pdf = PLANS[name]()
        n = len(pdftotext_pages(pdf))
        print(f"{name}: {n} pp., {len(plan.goals)} goals, {len(plan.strategies)} strategies, "
              f"{len(plan.measures)} measures, {len(mb.findings(plan))} findings")


if __name__ == "__main__":
    main(sys.argv[1:])
