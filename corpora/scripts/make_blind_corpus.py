"""Build the blind authored plans (corpora/authored/<slug>/): layouts not yet in the corpus.

    python corpora/scripts/make_blind_corpus.py            # every plan
    python corpora/scripts/make_blind_corpus.py SLUG ...   # some of them

Each plan is written here as data (goals, measures with owners and deadlines) and rendered the
way a municipality's tool would render it: Word (python-docx → LibreOffice PDF), OpenDocument
(odfpy → LibreOffice PDF), a web page printed by headless Chromium, a report generated with
reportlab. The gold file is written from the same data, so it is gold from construction, not
from reading the PDF; only the page numbers are looked up in the PDF text. The gold files carry
`held_out: true`: they were written before plancheck saw the documents (corpora/authored/README.md
records the first-contact figures).

Findings are derived from the data with the rules as docs/rules/*.md state them:
measure-has-owner / measure-has-deadline only where the plan has a place for an owner / deadline,
owner-is-accountable for owners marked diffuse, deadline-within-plan-period for deadlines marked
outside, goal-has-measure for goals no measure serves (only when every measure is tied to a goal).

Deterministic: fixed zip times, core/meta properties, PDF dates and IDs (helpers in
_docx_helpers.py and _odf_helpers.py). Needs python-docx, odfpy, reportlab, LibreOffice and
Chromium.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import _docx_helpers as dh  # noqa: E402
import _odf_helpers as oh  # noqa: E402

ROOT = HERE.parents[1]
OUT = ROOT / "corpora" / "authored"


# --------------------------------------------------------------------------- plan data


@dataclass
class G:
    id: str
    text: str
    kind: str = "goal"
    parent: str | None = None
    focus_area: str | None = None
    find: str | None = None  # text to look the page up by, when it differs from `text`


@dataclass
class S:
    id: str
    text: str
    goals: list[str] = field(default_factory=list)


@dataclass
class M:
    id: str
    text: str
    goals: list[str]
    owners: list[str]
    deadline: str | None
    kind: str | None = None  # date | period | recurring | continuous | none
    strategies: list[str] = field(default_factory=list)
    diffuse: tuple[str, ...] = ()  # owners nobody in particular answers for
    outside: bool = False  # deadline outside the plan period
    note: str = ""
    find: str | None = None


@dataclass
class Plan:
    slug: str
    language: str
    title: str
    period: tuple[int, int] | None
    goals: list[G]
    measures: list[M]
    strategies: list[S] = field(default_factory=list)
    vision: str | None = None
    focus_areas: list[tuple[str, str]] = field(default_factory=list)
    owner_place: bool = True
    deadline_place: bool = True
    notes: str = ""
    source_ext: str = "docx"
    # a key the plan prints that defines its timeframe words ("Short term = by 30 June 2027 · …"),
    # as printed; written to the gold as timeframe_key (docs/gold-format.md) when given
    timeframe_key: str | None = None


def findings(plan: Plan) -> list[dict]:
    """The defects a planner flags, from the plan data (see the module docstring)."""
    out: list[dict] = []
    for m in plan.measures:
        if plan.owner_place and not m.owners:
            out.append({"rule": "measure-has-owner", "severity": "error", "quote": m.text, "m": m})
        for o in m.owners:
            if o in m.diffuse:
                out.append(
                    {"rule": "owner-is-accountable", "severity": "warning", "quote": o, "m": m}
                )
        if plan.deadline_place:
            if m.deadline is None or m.kind == "none":
                out.append(
                    {"rule": "measure-has-deadline", "severity": "error", "quote": m.text, "m": m}
                )
            elif m.kind in ("recurring", "continuous"):
                out.append(
                    {"rule": "measure-has-deadline", "severity": "warning", "quote": m.text, "m": m}
                )
        if m.outside:
            out.append(
                {
                    "rule": "deadline-within-plan-period",
                    "severity": "warning",
                    "quote": m.text,
                    "m": m,
                }
            )
    if all(m.goals or m.strategies for m in plan.measures) and plan.measures:
        served: set[str] = set()
        strat_goals = {s.id: s.goals for s in plan.strategies}
        for m in plan.measures:
            served.update(m.goals)
            for s in m.strategies:
                served.update(strat_goals.get(s, []))
        parents = {g.id: g.parent for g in plan.goals}
        for gid in list(served):  # a sub-goal served serves its parent
            p = parents.get(gid)
            while p:
                served.add(p)
                p = parents.get(p)
        for g in plan.goals:
            if g.id not in served:
                out.append({"rule": "goal-has-measure", "severity": "error", "quote": g.text, "g": g})
        measured_strats = {s for m in plan.measures for s in m.strategies}
        any_strategy_links = bool(measured_strats)
        for s in plan.strategies:
            ok = s.id in measured_strats if any_strategy_links else any(g in served for g in s.goals)
            if not ok:
                out.append({"rule": "strategy-has-measure", "severity": "warning", "quote": s.text})
    return out


# --------------------------------------------------------------------------- pages


def _squash(text: str) -> str:
    return re.sub(r"[\s\u00ad]+", "", text).replace("\u2011", "-").lower()


def pdf_pages(pdf: Path) -> list[str]:
    import pdfplumber

    with pdfplumber.open(str(pdf)) as doc:
        return [_squash(p.extract_text() or "") for p in doc.pages]


def page_of(pages: list[str], text: str, *, after: int = 1, length: int = 28) -> int:
    # a wrapped table cell shares its text lines with the next cells, so fall back to the
    # first words when the longer needle is cut by a neighbouring cell
    for n in (length, 14):
        needle = _squash(text)[:n]
        for i, t in enumerate(pages, start=1):
            if i >= after and needle in t:
                return i
    raise LookupError(f"not found in the PDF: {text[:60]!r}")


# --------------------------------------------------------------------------- gold


def _q(value) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, list):
        return "[" + ", ".join(_q(v) for v in value) + "]"
    return json.dumps(value, ensure_ascii=False)


def _flow(d: dict) -> str:
    return "{" + ", ".join(f"{k}: {_q(v)}" for k, v in d.items()) + "}"


def write_gold(plan: Plan, pdf: Path, *, goal_after: int = 1, measure_after: int = 1) -> Path:
    pages = pdf_pages(pdf)
    gpage = {g.id: page_of(pages, g.find or g.text, after=goal_after) for g in plan.goals}
    mpage = {m.id: page_of(pages, m.find or m.text, after=measure_after) for m in plan.measures}
    lines = [f"# Gold for {pdf.name}: written from construction by corpora/scripts/make_blind_corpus.py"]
    lines.append("# (page numbers looked up in the PDF text). Blind: written before plancheck read it.")
    lines.append(f"document: {pdf.name}")
    lines.append("held_out: true")
    lines.append(f"language: {plan.language}")
    lines.append(f"title: {_q(plan.title)}")
    if plan.period:
        lines.append(f"plan_period: {{start: {plan.period[0]}, end: {plan.period[1]}}}")
    else:
        lines.append("plan_period: null")
    if plan.timeframe_key:
        key = {"text": plan.timeframe_key, "page": page_of(pages, plan.timeframe_key)}
        lines.append(f"timeframe_key: {_flow(key)}")
    lines.append(f"vision: {_q(plan.vision)}")
    lines.append("notes: |")
    for ln in plan.notes.strip().splitlines():
        lines.append(f"  {ln}")
    if plan.focus_areas:
        lines.append("focus_areas:")
        for fid, text in plan.focus_areas:
            lines.append(f"  - {_flow({'id': fid, 'text': text, 'page': page_of(pages, text)})}")
    else:
        lines.append("focus_areas: []")
    lines.append("goals:")
    for g in plan.goals:
        d = {"id": g.id, "text": g.text, "kind": g.kind, "page": gpage[g.id]}
        if g.parent:
            d["parent"] = g.parent
        if g.focus_area:
            d["focus_area"] = g.focus_area
        lines.append(f"  - {_flow(d)}")
    if plan.strategies:
        lines.append("strategies:")
        for s in plan.strategies:
            d = {"id": s.id, "text": s.text, "page": page_of(pages, s.text), "goals": s.goals}
            lines.append(f"  - {_flow(d)}")
    else:
        lines.append("strategies: []")
    lines.append("measures:")
    for m in plan.measures:
        if m.note:
            lines.append(f"  # {m.id}: {m.note}")
        d = {
            "id": m.id,
            "text": m.text,
            "page": mpage[m.id],
            "goals": m.goals,
            "strategies": m.strategies,
            "owners": m.owners,
            "deadline": m.deadline,
            "deadline_kind": m.kind if m.deadline is not None else "none",
        }
        lines.append(f"  - {_flow(d)}")
    lines.append("findings:")
    found = findings(plan)
    if not found:
        lines[-1] = "findings: []"
    for f in found:
        page = mpage[f["m"].id] if "m" in f else gpage[f["g"].id] if "g" in f else None
        if page is None:
            page = page_of(pages, f["quote"])
        d = {"rule": f["rule"], "severity": f["severity"], "quote": f["quote"], "page": page}
        lines.append(f"  - {_flow(d)}")
    path = pdf.parent / f"{plan.slug}.gold.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def builder_registry(script: str):
    """What every later blind builder starts with: the ``PLANS`` table its ``--only``/``--verify``
    walk, the ``plan_builder`` decorator filling it, and :func:`write_gold` with ``script`` (the
    builder's file name) named in the gold header instead of this file."""
    plans: dict[str, callable] = {}

    def plan_builder(fn):
        plans[fn.__name__.removeprefix("build_").replace("_", "-")] = fn
        return fn

    def named_write_gold(plan: Plan, pdf: Path, **kw) -> Path:
        path = write_gold(plan, pdf, **kw)
        text = path.read_text(encoding="utf-8").replace(
            "corpora/scripts/make_blind_corpus.py", f"corpora/scripts/{script}", 1
        )
        path.write_text(text, encoding="utf-8")
        return path

    return plans, plan_builder, named_write_gold


# --------------------------------------------------------------------------- export helpers


def docx_lang(doc, code: str) -> None:
    from docx.oxml.ns import qn

    for el in doc.styles.element.iter(qn("w:lang")):
        el.set(qn("w:val"), code)


def lo_pdf(src: Path) -> Path:
    """LibreOffice export with the pinned dates and ID of _odf_helpers."""
    return oh.soffice_pdf(src, src.parent)


def md5(path: Path) -> str:
    return hashlib.md5(path.read_bytes()).hexdigest()


PLANS: dict[str, callable] = {}


def plan_builder(fn):
    PLANS[fn.__name__.removeprefix("build_").replace("_", "-")] = fn
    return fn


# =========================================================================== 1 handlingsdel


def _x_years(years: tuple[int, ...], first: int = 2025, last: int = 2028) -> list[str]:
    return ["X" if y in years else "" for y in range(first, last + 1)]


def _span(years) -> str | None:
    """The deadline of a row marked under year columns: the LAST marked year, as printed in its
    column's head (the work runs from the first marked year and is due by the end of the last;
    one convention for X marks, amounts and Gantt fills — see corpora/authored/README.md)."""
    years = sorted(years)
    return str(years[-1]) if years else None


@plan_builder
def build_handlingsdel_aarskolonner() -> tuple[Plan, Path]:
    """Kommuneplanens handlingsdel: X-marked year columns, and an investment table in kroner."""
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm

    slug = "handlingsdel-aarskolonner"
    goals = [
        G("G1", "Flere barn og unge skal oppleve mestring og trivsel i barnehage og skole.", focus_area="F1"),
        G("G2", "Flere unge skal fullføre videregående opplæring.", focus_area="F1"),
        G("G3", "Flere eldre skal kunne bo trygt hjemme lenger.", focus_area="F2"),
        G("G4", "Innbyggere med psykiske helseutfordringer skal få hjelp tidlig og nær der de bor.", focus_area="F2"),
        G("G5", "Kommunens egne klimagassutslipp skal reduseres med 50 prosent innen 2030 sammenlignet med 2019.", focus_area="F3"),
        G("G6", "Kommunen skal ta vare på naturmangfoldet i all arealplanlegging.", focus_area="F3"),
    ]
    # (text, goal, owners, years, diffuse)
    rows = [
        ("Innføre felles plan for språkarbeid i alle barnehager", "G1", ["Kommunalsjef oppvekst"], (2025, 2026), ()),
        ("Styrke tilbudet om gratis leksehjelp på 5.–7. trinn", "G1", ["Rektor Haug skole"], (2026, 2027, 2028), ()),
        ("Etablere et lavterskel fritidstilbud for ungdom i sentrum", "G1", ["Kultursjef"], (2025,), ()),
        ("Følge opp resultatene fra Elevundersøkelsen med tiltak på hver skole", "G1", ["Alle enheter"], (2025, 2026, 2027, 2028), ("Alle enheter",)),
        ("Revidere rutinene for bekymringsmeldinger til barneverntjenesten", "G1", ["Barnevernleder"], (), ()),
        ("Utvide samarbeidet med Vesterli videregående skole om overgangen fra 10. trinn", "G2", ["Kommunalsjef oppvekst"], (2025, 2026), ()),
        ("Tilby sommerjobb til ungdom mellom 15 og 17 år", "G2", ["NAV", "Kultursjef"], (2025, 2026, 2027, 2028), ()),
        ("Ta i bruk digitalt tilsyn og medisineringsstøtte i hjemmetjenesten", "G3", ["Enhetsleder hjemmetjenesten"], (2025, 2026), ()),
        ("Etablere dagaktivitetstilbud for personer med demens også på lørdager", "G3", [], (2026,), ()),
        ("Kartlegge behovet for omsorgsboliger med heldøgns bemanning", "G3", ["Kommunalsjef helse og omsorg"], (2025,), ()),
        ("Etablere Rask psykisk helsehjelp for innbyggere over 16 år", "G4", ["Leder psykisk helse og rus"], (2025, 2026), ()),
        ("Gi opplæring i psykisk førstehjelp til ansatte i skolene og NAV", "G4", ["Folkehelsekoordinator"], (2026, 2027, 2028), ()),
        ("Skifte ut kommunens personbiler med nullutslippsbiler når leasingavtalene løper ut", "G5", ["Innkjøpsansvarlig"], (2025, 2026, 2027, 2028), ()),
        ("Installere solcelleanlegg på taket av Vesterli rådhus", "G5", ["Eiendomssjef"], (2027,), ()),
        ("Innføre klimabudsjett som en del av økonomiplanen", "G5", ["Økonomisjef"], (2025,), ()),
    ]
    # investments (beløp i 1 000 kr): (text, goal number, owners, {year: amount})
    invest = [
        ("Utvidelse av Haug skole med fire nye klasserom", "1", ["Eiendomssjef"], {2025: "2 500", 2026: "18 000", 2027: "12 000"}),
        ("Nye omsorgsboliger i Bakkeveien (16 boenheter)", "3", ["Eiendomssjef"], {2026: "5 000", 2027: "40 000", 2028: "35 000"}),
        ("Ladepunkter for kommunale kjøretøy ved driftsstasjonen", "5", [], {2025: "1 200"}),
        ("Gang- og sykkelvei langs Skolevegen, etappe 2", "1", ["Kommunalteknikk"], {2027: "6 500"}),
        ("Velferdsteknologi på Fjellheim sykehjem", "3", ["Kommunalsjef helse og omsorg"], {2025: "800", 2026: "800"}),
    ]
    measures: list[M] = []
    for i, (text, goal, owners, years, diffuse) in enumerate(rows, start=1):
        dl = _span(years)
        note = "no year marked: no deadline" if not years else ""
        measures.append(M(f"M{i}", text, [goal], owners, dl, "period" if dl else None, diffuse=diffuse, note=note))
    for j, (text, gnum, owners, amounts) in enumerate(invest, start=len(rows) + 1):
        dl = _span(amounts)
        measures.append(M(f"M{j}", text, [f"G{gnum}"], owners, dl, "period", note="investment row: deadline = the last year with an amount"))

    plan = Plan(
        slug=slug,
        language="nb",
        title="Kommuneplanens handlingsdel 2025–2028",
        period=(2025, 2028),
        goals=goals,
        measures=measures,
        focus_areas=[("F1", "Oppvekst og utdanning"), ("F2", "Helse og omsorg"), ("F3", "Klima og miljø")],
        notes="""
Word (python-docx) → LibreOffice PDF, landscape A4. Measure tables 'Tiltak | Ansvar | 2025 | 2026 |
2027 | 2028' with X marks, one per satsingsområde, with shaded full-width goal group rows ('Mål 1 – ...',
short form of the goal declared above the table). The deadline of an X row is the LAST year marked
('2026' for X under 2025 and 2026; the first marked year is its start); a row with no X has no deadline
(error). Chapter 4: investments 'Nr | Investeringstiltak | Mål | Ansvar | 2025 ... 2028' with amounts
in 1 000 kr instead of X, linked to the goals by the number in the Mål column; deadline = the last
year with an amount.
Traps: chapter 2 quotes the samfunnsdel's long-term goals ('skal' sentences, not goals of this plan),
a 'Dette fikk vi til i 2021–2024' list of done things (past-tense, not measures), the column header
years are not deadlines. Mål 6 has no measure.""",
    )

    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    doc = dh.new_document(size=10, margins_mm=18)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(297), Mm(210)
    dh.setup_header_footer(sec, "Vesterli kommune · Kommuneplanens handlingsdel 2025–2028", footer="page_of")
    dh.set_core_properties(doc, title=plan.title, author="Vesterli kommune")

    dh.para(doc, "Vesterli kommune", size=12, color="1F3864", bold=True)
    dh.para(doc, plan.title, size=24, bold=True, color="1F3864", space_after=2)
    dh.para(doc, "med økonomiplan · Vedtatt av kommunestyret 12. desember 2024, sak 88/24", italic=True, size=11)

    dh.heading(doc, "1 Innledning", 1)
    dh.para(doc, "Handlingsdelen viser hvordan kommunen skal følge opp kommuneplanens samfunnsdel de neste fire "
            "årene. Den rulleres hvert år sammen med økonomiplanen, og tiltakene er prioritert innenfor de "
            "økonomiske rammene kommunestyret har vedtatt. Et kryss (X) i tabellene betyr at tiltaket "
            "gjennomføres det året. Investeringer er vist med beløp i kapittel 4.")
    dh.para(doc, "Kommunedirektøren rapporterer på tiltakene i årsmeldingen og i tertialrapportene.")

    dh.heading(doc, "2 Sammenhengen med samfunnsdelen", 1)
    dh.para(doc, "Kommunestyret vedtok kommuneplanens samfunnsdel 2023–2035 i juni 2023. Samfunnsdelen har disse "
            "langsiktige målene, som handlingsdelen bygger på:")
    bul = dh.add_num(doc, dh.add_abstract_num(doc, "symbol_bullet"))
    for t in [
        "Vesterli skal være en attraktiv kommune å bo, arbeide og drive næring i.",
        "Alle barn og unge i Vesterli skal ha en trygg og inkluderende oppvekst.",
        "Innbyggerne skal ha gode forutsetninger for å mestre eget liv og egen helse.",
        "Vesterli skal være et lavutslippssamfunn innen 2040.",
    ]:
        dh.list_item(doc, t, bul)
    dh.para(doc, "Målene for perioden i kapittel 3 er handlingsdelens egne mål for de fire årene.", space_before=4)
    dh.heading(doc, "Dette fikk vi til i 2021–2024", 2)
    bul2 = dh.add_num(doc, dh.add_abstract_num(doc, "symbol_bullet"))
    for t in [
        "Ny barnehage på Haug ble tatt i bruk høsten 2023.",
        "Digital søknad om helse- og omsorgstjenester ble innført i 2022.",
        "Kommunen fikk energimerket alle formålsbygg.",
        "Ungdomsrådet fikk egen post i budsjettet.",
    ]:
        dh.list_item(doc, t, bul2)

    widths = [140, 57, 16, 16, 16, 16]
    header = ["Tiltak", "Ansvar", "2025", "2026", "2027", "2028"]

    def x_table(goal_rows):
        t = dh.new_table(doc, widths)
        r = dh.add_row(t, header, widths, size=9.5, bold=True, fill="D9E2F3")
        dh.set_repeat_header(r)
        for label, items in goal_rows:
            dh.add_row(t, [label], widths, size=9.5, bold=True, fill="F2F2F2", span_all=True, keep_with_next=True)
            for text, _g, owners, years, _d in items:
                vals = [text, " og ".join(owners), *_x_years(years)]
                row = dh.add_row(t, vals, widths, size=9.5)
                for c in row.cells[2:]:
                    c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        return t

    dh.heading(doc, "3 Satsingsområder, mål og tiltak", 1)
    sections = [
        ("3.1 Oppvekst og utdanning", "F1", [("G1", "Mål 1 – Mestring og trivsel"), ("G2", "Mål 2 – Fullført videregående")]),
        ("3.2 Helse og omsorg", "F2", [("G3", "Mål 3 – Trygt hjemme"), ("G4", "Mål 4 – Tidlig hjelp")]),
        ("3.3 Klima og miljø", "F3", [("G5", "Mål 5 – Lavere utslipp"), ("G6", "Mål 6 – Naturmangfold")]),
    ]
    gtext = {g.id: g.text for g in goals}
    for title, _fa, gl in sections:
        dh.heading(doc, title, 2)
        dh.para(doc, "Mål for perioden:", bold=True, space_after=2)
        for gid, _label in gl:
            dh.para(doc, f"Mål {gid[1:]}: {gtext[gid]}", space_after=2)
        groups = [(label, [r for r in rows if r[1] == gid]) for gid, label in gl]
        groups = [(label, items) for label, items in groups if items]
        dh.para(doc, "", space_after=2)
        x_table(groups)
        if title.startswith("3.3"):
            dh.para(doc, "Arbeidet med naturmangfold følges opp i arealdelen.", italic=True, space_before=6)

    dh.heading(doc, "4 Investeringer i økonomiplanperioden", 1)
    dh.para(doc, "Beløp i 1 000 kr. Kolonnen Mål viser hvilket mål i kapittel 3 investeringen følger opp.")
    iw = [10, 105, 12, 52, 20, 20, 20, 20]
    t = dh.new_table(doc, iw)
    r = dh.add_row(t, ["Nr", "Investeringstiltak", "Mål", "Ansvar", "2025", "2026", "2027", "2028"], iw, size=9.5, bold=True, fill="D9E2F3")
    dh.set_repeat_header(r)
    for n, (text, gnum, owners, amounts) in enumerate(invest, start=1):
        vals = [str(n), text, gnum, " og ".join(owners)] + [amounts.get(y, "") for y in range(2025, 2029)]
        row = dh.add_row(t, vals, iw, size=9.5)
        for c in row.cells[4:]:
            c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    tot = {y: sum(int(a.get(y, "0").replace(" ", "")) for _t, _g, _o, a in invest) for y in range(2025, 2029)}
    row = dh.add_row(t, ["", "Sum investeringer", "", ""] + [f"{tot[y]:,}".replace(",", " ") for y in range(2025, 2029)], iw, size=9.5, bold=True)
    for c in row.cells[4:]:
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT

    src = d / f"{slug}.docx"
    dh.save_deterministic(doc, src)
    pdf = lo_pdf(src)
    write_gold(plan, pdf)
    return plan, pdf


# =========================================================================== OpenDocument writer


class Odt:
    """A small odfpy document: named paragraph styles, tables with fixed column widths, shaded
    cells, repeated header rows, bordered text frames, a running header and a page-number footer,
    as a LibreOffice Writer user makes them."""

    def __init__(self, *, font="Liberation Sans", size=10.5, lang="nb", country="NO",
                 landscape=False, header="", footer_text="Side", margin_cm=2.0):
        from odf.element import Element
        from odf.opendocument import OpenDocumentText
        from odf.style import (
            FontFace,
            Footer,
            Header,
            MasterPage,
            PageLayout,
            PageLayoutProperties,
            ParagraphProperties,
            Style,
            TextProperties,
        )
        from odf.text import P, PageNumber

        # odfpy keeps the namespace prefixes of every element ever made in one class-level dict,
        # and writes them in that order: start empty so a document does not depend on the
        # documents built before it in the same run
        Element.namespaces.clear()
        self.doc = OpenDocumentText()
        self.font, self.size, self.lang, self.country = font, size, lang, country
        for f, gen in ((font, "swiss"), ("Liberation Serif", "roman")):
            self.doc.fontfacedecls.addElement(
                FontFace(name=f, fontfamily=f"'{f}'", fontfamilygeneric=gen, fontpitch="variable"))
        w, h = ("29.7cm", "21cm") if landscape else ("21cm", "29.7cm")
        pl = PageLayout(name="PL")
        pl.addElement(PageLayoutProperties(pagewidth=w, pageheight=h, printorientation="landscape" if landscape else "portrait",
                                           margintop="1.5cm", marginbottom="1.5cm", marginleft=f"{margin_cm}cm", marginright=f"{margin_cm}cm"))
        self.doc.automaticstyles.addElement(pl)
        self._n = 0
        self.styles: dict[str, str] = {}
        self.style("Body", size=size, after=0.2)
        self.style("H1", size=size + 5, bold=True, before=0.5, after=0.2, color="#23466e", keep=True)
        self.style("H2", size=size + 2.5, bold=True, before=0.35, after=0.15, color="#23466e", keep=True)
        self.style("H3", size=size + 0.5, bold=True, before=0.25, after=0.1, keep=True)
        self.style("Title", size=size + 13, bold=True, after=0.3, color="#23466e")
        self.style("Cell", size=size - 1.5, after=0.05)
        self.style("CellBold", size=size - 1.5, bold=True, after=0.05)
        self.style("HeadFoot", size=size - 2, after=0)
        bold = Style(name="Strong", family="text")
        bold.addElement(TextProperties(fontweight="bold", fontweightasian="bold", fontweightcomplex="bold"))
        self.doc.automaticstyles.addElement(bold)
        ital = Style(name="Emph", family="text")
        ital.addElement(TextProperties(fontstyle="italic"))
        self.doc.automaticstyles.addElement(ital)
        mp = MasterPage(name="Standard", pagelayoutname=pl)
        if header:
            hd = Header()
            hd.addElement(P(stylename=self.styles["HeadFoot"], text=header))
            mp.addElement(hd)
        ft = Footer()
        fp = P(stylename=self.styles["HeadFoot"], text=f"{footer_text} " if footer_text else "")
        fp.addElement(PageNumber(selectpage="current", numformat="1"))
        ft.addElement(fp)
        mp.addElement(ft)
        self.doc.masterstyles.addElement(mp)
        self._ParagraphProperties, self._Style, self._TextProperties = ParagraphProperties, Style, TextProperties

    def style(self, key, *, size=None, bold=False, italic=False, before=0.0, after=0.2, color=None,
              keep=False, indent_cm=0.0, hanging_cm=0.0, fill=None, border=None, padding=None, align=None):
        from odf.style import ParagraphProperties, Style, TextProperties

        self._n += 1
        name = f"P{self._n}"
        st = Style(name=name, family="paragraph")
        pp = dict(margintop=f"{before}cm", marginbottom=f"{after}cm")
        if keep:
            pp["keepwithnext"] = "always"
        if indent_cm or hanging_cm:
            pp["marginleft"] = f"{indent_cm}cm"
            pp["textindent"] = f"-{hanging_cm}cm" if hanging_cm else "0cm"
        if fill:
            pp["backgroundcolor"] = fill
        if border:
            pp["border"] = border
        if padding:
            pp["padding"] = padding
        if align:
            pp["textalign"] = align
        st.addElement(ParagraphProperties(**pp))
        tp = dict(fontname=self.font, fontsize=f"{size or self.size}pt", language=self.lang, country=self.country)
        if bold:
            tp.update(fontweight="bold", fontweightasian="bold", fontweightcomplex="bold")
        if italic:
            tp["fontstyle"] = "italic"
        if color:
            tp["color"] = color
        st.addElement(TextProperties(**tp))
        self.doc.automaticstyles.addElement(st)
        self.styles[key] = name
        return name

    def _fill(self, el, text):
        from odf.text import LineBreak, Span

        for part in re.split(r"(\*\*[^*]+\*\*|__[^_]+__|\n)", text):
            if not part:
                continue
            if part == "\n":
                el.addElement(LineBreak())
            elif part.startswith("**"):
                el.addElement(Span(stylename="Strong", text=part[2:-2]))
            elif part.startswith("__"):
                el.addElement(Span(stylename="Emph", text=part[2:-2]))
            else:
                el.addText(part)
        return el

    def p(self, text="", style="Body", parent=None):
        from odf.text import P

        el = self._fill(P(stylename=self.styles[style]), text)
        (parent or self.doc.text).addElement(el)
        return el

    def h(self, text, level=1):
        from odf.text import H

        el = self._fill(H(outlinelevel=level, stylename=self.styles[f"H{level}"]), text)
        self.doc.text.addElement(el)
        return el

    def table(self, widths_cm, rows, *, header_rows=1, header_fill="#dce6f2", border="0.5pt solid #808080",
              fills=None, spans=None, cell_style="Cell", head_style="CellBold", parent=None):
        """rows: lists of cell texts; fills: {row index: colour}; spans: {row index} rows whose
        first cell spans all columns."""
        from odf.style import Style, TableCellProperties, TableColumnProperties, TableProperties
        from odf.table import (
            CoveredTableCell,
            Table,
            TableCell,
            TableColumn,
            TableHeaderRows,
            TableRow,
        )

        fills, spans = fills or {}, spans or set()
        self._n += 1
        tname = f"T{self._n}"
        ts = Style(name=tname, family="table")
        ts.addElement(TableProperties(width=f"{sum(widths_cm)}cm", align="left", margintop="0.1cm", marginbottom="0.3cm"))
        self.doc.automaticstyles.addElement(ts)
        t = Table(name=f"Tabell{self._n}", stylename=tname)
        for i, w in enumerate(widths_cm):
            cs = Style(name=f"{tname}C{i}", family="table-column")
            cs.addElement(TableColumnProperties(columnwidth=f"{w}cm"))
            self.doc.automaticstyles.addElement(cs)
            t.addElement(TableColumn(stylename=cs))
        cell_styles = {}

        def cstyle(fill):
            if fill not in cell_styles:
                cs = Style(name=f"{tname}K{len(cell_styles)}", family="table-cell")
                kw = dict(padding="0.08cm", border=border)
                if fill:
                    kw["backgroundcolor"] = fill
                cs.addElement(TableCellProperties(**kw))
                self.doc.automaticstyles.addElement(cs)
                cell_styles[fill] = cs
            return cell_styles[fill]

        head = TableHeaderRows() if header_rows else None
        if head is not None:
            t.addElement(head)
        for ri, row in enumerate(rows):
            tr = TableRow()
            fill = header_fill if ri < header_rows else fills.get(ri)
            pst = head_style if ri < header_rows or ri in spans else cell_style
            if ri in spans:
                tc = TableCell(stylename=cstyle(fill), numbercolumnsspanned=len(widths_cm), valuetype="string")
                self._fill_cell(tc, row[0], pst)
                tr.addElement(tc)
                for _ in widths_cm[1:]:
                    tr.addElement(CoveredTableCell())
            else:
                for val in row:
                    tc = TableCell(stylename=cstyle(fill), valuetype="string")
                    self._fill_cell(tc, val, pst)
                    tr.addElement(tc)
            (head if ri < header_rows else t).addElement(tr)
        (parent or self.doc.text).addElement(t)
        return t

    def _fill_cell(self, tc, val, pst):
        from odf.text import P

        for line in (val or "").split("\n\n") if val else [""]:
            tc.addElement(self._fill(P(stylename=self.styles[pst]), line))

    def frame(self, paragraphs, *, width_cm, fill="#e8eef6", border="0.8pt solid #23466e"):
        """A text frame (draw:frame with a text box) anchored to a paragraph, as Writer's
        Insert > Frame makes it; paragraphs: (text, style) pairs."""
        from odf.draw import Frame, TextBox
        from odf.style import GraphicProperties, Style
        from odf.text import P

        self._n += 1
        fs = Style(name=f"fr{self._n}", family="graphic")
        fs.addElement(GraphicProperties(backgroundcolor=fill, border=border, padding="0.25cm",
                                        wrap="none", verticalpos="top", verticalrel="paragraph",
                                        horizontalpos="left", horizontalrel="paragraph"))
        self.doc.automaticstyles.addElement(fs)
        anchor = P(stylename=self.styles["Body"])
        fr = Frame(stylename=fs, width=f"{width_cm}cm", anchortype="paragraph", name=f"Ramme{self._n}")
        fr.setAttrNS("urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0", "min-height", "1cm")
        tb = TextBox()
        for text, st in paragraphs:
            tb.addElement(self._fill(P(stylename=self.styles[st]), text))
        fr.addElement(tb)
        anchor.addElement(fr)
        self.doc.text.addElement(anchor)
        return fr

    def save(self, path: Path, *, title: str, author: str) -> Path:
        from odf.dc import Creator, Date, Title
        from odf.meta import CreationDate, InitialCreator

        self.doc.meta.addElement(Title(text=title))
        self.doc.meta.addElement(InitialCreator(text=author))
        self.doc.meta.addElement(Creator(text=author))
        self.doc.meta.addElement(CreationDate(text="2024-01-01T00:00:00"))
        self.doc.meta.addElement(Date(text="2024-01-01T00:00:00"))
        self.doc.save(str(path))
        oh.freeze_zip(path)
        return path


# =========================================================================== 2 trafikksikkerhet


@plan_builder
def build_trafikksikkerhet_tiltaksliste() -> tuple[Plan, Path]:
    """Trafikksikkerhetsplan: measure list 'Nr | Tiltak | Sted | Kostnad | Ansvar | Prioritet', the
    goal only in the number prefix (1.2.3 → delmål 1.2), goals only in the goal chapter."""
    slug = "trafikksikkerhet-tiltaksliste"
    main_goals = [
        ("1", "Barn og unge skal kunne gå og sykle trygt til skole og fritidsaktiviteter."),
        ("2", "Færre skal bli skadd i trafikken i sentrum og langs fylkesvegene."),
        ("3", "Kommunen skal arbeide systematisk med trafikksikkerhet i egen virksomhet."),
    ]
    sub_goals = [
        ("1.1", "Alle skoleveger med fartsgrense over 40 km/t skal ha fortau eller gang- og sykkelveg."),
        ("1.2", "Andelen elever som går eller sykler til skolen, skal øke fra 55 til 70 prosent."),
        ("2.1", "Farten skal ned i boligområdene og ved skolene."),
        ("2.2", "Kryssingspunktene langs fv. 412 skal være trygge og godt opplyste."),
        ("2.3", "Eldre trafikanter skal få tilbud om oppfriskningskurs."),
        ("3.1", "Solvik kommune skal være godkjent som Trafikksikker kommune innen utgangen av 2026."),
        ("3.2", "Alle ansatte som kjører i tjenesten, skal ha fått opplæring i sikker kjøring."),
    ]
    goals = [G(f"H{n}", t, kind="main_goal") for n, t in main_goals]
    goals += [G(f"D{n}", t, kind="sub_goal", parent=f"H{n.split('.')[0]}") for n, t in sub_goals]
    # (nr, tiltak, sted, kostnad, ansvar[list], prioritet, diffuse)
    rows = [
        ("1.1.1", "Bygge fortau langs Skolevegen fra Solvik skole til Bakkehaugen", "Skolevegen", "kr 3,4 mill.", ["Kommunalteknikk"], "1", ()),
        ("1.1.2", "Bygge gang- og sykkelveg langs fv. 412 mellom Nesset og Solvik sentrum", "Fv. 412, Nesset–sentrum", "kr 12 mill.", ["Vestland fylkeskommune"], "2", ()),
        ("1.1.3", "Regulere trasé for fortau i Nordre Ringveg", "Nordre Ringveg", "Innenfor ramme", ["Plan og byggesak"], "1", ()),
        ("1.2.1", "Innføre hjertesone ved Solvik skole og Nesset skole", "Solvik skole, Nesset skole", "kr 40 000", ["Oppvekstsjef"], "1", ()),
        ("1.2.2", "Sette opp overbygd sykkelparkering ved ungdomsskolen", "Solvik ungdomsskole", "kr 150 000", ["Eigedom"], "2", ()),
        ("1.2.3", "Gjennomføre aksjonen «Sykle til skolen» hver vår", "Alle skoler", "kr 10 000 per år", [], "3", ()),
        ("2.1.1", "Sette ned fartsgrensen til 30 km/t i boligfeltene på Bakkehaugen og Myrvoll", "Bakkehaugen, Myrvoll", "kr 60 000", ["Kommunalteknikk"], "1", ()),
        ("2.1.2", "Legge fartsputer i Sjøgata mellom kaia og Coop", "Sjøgata", "kr 120 000", ["Kommunalteknikk"], "2", ()),
        ("2.2.1", "Bygge opphøyd gangfelt med belysning ved Coop Solvik", "Fv. 412, Storgata", "kr 450 000", ["Vestland fylkeskommune", "Kommunalteknikk"], "1", ()),
        ("2.2.2", "Skifte til LED-belysning i alle gangfelt langs fv. 412", "Fv. 412", "kr 300 000", ["Vestland fylkeskommune"], "2", ()),
        ("2.2.3", "Kartlegge kryssingspunkter som mangler belysning", "Hele kommunen", "–", ["Kommunalteknikk"], "1", ()),
        ("3.1.1", "Utarbeide rutiner for trafikksikkerhet på turer i barnehager og skoler", "Barnehager og skoler", "–", ["Alle enheter"], "1", ("Alle enheter",)),
        ("3.1.2", "Søke Trygg Trafikk om godkjenning som Trafikksikker kommune", "–", "kr 25 000", ["Kommunedirektøren"], "1", ()),
        ("3.2.1", "Gi kurs i sikker kjøring til ansatte i hjemmetjenesten", "–", "kr 80 000", ["Enhetsleder hjemmetjenesten"], "2", ()),
        ("3.2.2", "Stille krav om trafikksikkerhet i avtalene om skoleskyss og TT-transport", "–", "Innenfor ramme", ["Innkjøpsrådgiver"], "3", ()),
    ]
    measures = [
        M(f"M{i}", text, [f"D{nr.rsplit('.', 1)[0]}"], owners, None, None, diffuse=diffuse)
        for i, (nr, text, _sted, _k, owners, _p, diffuse) in enumerate(rows, start=1)
    ]
    plan = Plan(
        slug=slug, language="nb", title="Trafikksikkerhetsplan for Solvik kommune 2025–2028",
        period=(2025, 2028), goals=goals, measures=measures, deadline_place=False,
        vision="Ingen skal bli drept eller hardt skadd i trafikken i Solvik.",
        notes="""
OpenDocument (odfpy) → LibreOffice PDF, portrait A4. Goals only in chapter 4: 'Hovedmål 1: …' (main_goal)
and delmål '1.1 …' typed in the text (sub_goal, parent = its hovedmål). Chapter 5 is the measure list
'Nr | Tiltak | Sted | Kostnad | Ansvar | Prioritet', measure numbers 1.1.1 … 3.2.2, no goal column and no
group rows: a measure's goal is its number prefix (1.2.3 → delmål 1.2). The table has no deadline column
and the plan gives no deadlines anywhere (Prioritet 1–3 is not a deadline), so no measure-has-deadline
findings. Narrow Ansvar column: 'Kommunedirektøre' / 'n' broken inside the word, 'Vestland' /
'fylkeskommune' wrapped, and two owners as two paragraphs of one cell. Traps: the nullvisjon ('Ingen skal …') is the vision;
chapter 2 fact list ('Dette viser tallene') and a figure caption; chapter 3 quotes the national target
from Nasjonal transportplan and the county's goal ('skal' sentences, not this plan's goals); the working
group member list in chapter 1. Delmål 2.3 has no measure; 1.2.3 has an empty Ansvar cell; 'Alle
enheter' is diffuse.""",
    )

    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    od = Odt(header="Trafikksikkerhetsplan for Solvik kommune 2025–2028 – høringsutkast", size=10.5)
    od.style("Bullet", size=10.5, indent_cm=0.6, hanging_cm=0.4, after=0.08)
    od.style("Goal", size=10.5, indent_cm=1.0, hanging_cm=1.0, after=0.1)
    od.style("MainGoal", size=10.5, bold=True, before=0.25, after=0.1)
    od.style("Caption", size=9, italic=True, after=0.3)
    od.style("Quote", size=10.5, italic=True, indent_cm=1.0, after=0.15)
    od.p(plan.title, "Title")
    od.p("Høringsutkast, vedtatt lagt ut til offentlig ettersyn av formannskapet 4. februar 2025")
    od.h("1 Innledning", 1)
    od.p("Trafikksikkerhetsplanen er kommunens grunnlag for å søke om fylkeskommunale trafikksikkerhetsmidler. "
         "Planen gjelder for perioden 2025–2028 og rulleres etter fire år. Den omfatter både fysiske tiltak "
         "langs vegene og holdningsskapende arbeid i skoler, barnehager og i kommunen som arbeidsgiver.")
    od.p("Visjon: **Ingen skal bli drept eller hardt skadd i trafikken i Solvik.**")
    od.p("Arbeidsgruppen har bestått av:")
    for t in ["Kari Moe, kommunalteknikk (leder)", "Jonas Vik, oppvekst", "Line Haugland, FAU Solvik skole",
              "Per Nesse, Vestland fylkeskommune", "Eli Sande, Trygg Trafikk"]:
        od.p("– " + t, "Bullet")
    od.h("2 Ulykkessituasjonen", 1)
    od.p("Politiregistrerte ulykker med personskade i Solvik er hentet fra Statens vegvesens ulykkesregister.")
    od.p("**Dette viser tallene**")
    for t in ["I perioden 2014–2023 ble 41 personer lettere skadd og 6 hardt skadd i trafikken i Solvik.",
              "To av tre ulykker skjedde på fylkesvegene, de fleste på fv. 412 gjennom sentrum.",
              "Syklister og fotgjengere var involvert i hver fjerde ulykke.",
              "Ingen ble drept i trafikken i kommunen i perioden."]:
        od.p("• " + t, "Bullet")
    od.table([16.5], [["Diagram: ulykker per år, 2014–2023"]], header_rows=0, fills={0: "#f2f2f2"})
    od.p("Figur 1: Politiregistrerte ulykker med personskade i Solvik 2014–2023", "Caption")
    od.h("3 Nasjonale og regionale føringer", 1)
    od.p("Nasjonal transportplan 2025–2036 bygger på nullvisjonen og har dette etappemålet:")
    od.p("«Antallet drepte og hardt skadde i vegtrafikken skal ikke være høyere enn 350 innen 2030.»", "Quote")
    od.p("Fylkestinget har i regional plan for samferdsel vedtatt at:")
    od.p("«Alle barn i Vestland skal ha en trygg skoleveg innen 2030.»", "Quote")
    od.p("Planens mål i kapittel 4 er kommunens bidrag til disse målene.")
    od.h("4 Mål", 1)
    od.p("Målene er ordnet i tre hovedmål med delmål. Tiltakene i kapittel 5 er nummerert etter delmålet de følger opp.")
    sub_by_main = {}
    for n, t in sub_goals:
        sub_by_main.setdefault(n.split(".")[0], []).append((n, t))
    for n, t in main_goals:
        od.p(f"Hovedmål {n}: {t}", "MainGoal")
        for sn, st in sub_by_main[n]:
            od.p(f"{sn}\t{st}", "Goal")
    od.h("5 Tiltaksliste", 1)
    od.p("Prioritet 1 betyr oppstart i 2025–2026, prioritet 2 oppstart i 2027–2028 og prioritet 3 når det er "
         "midler til det. Kostnadene er grove overslag i 2025-kroner.")
    table = [["Nr", "Tiltak", "Sted", "Kostnad", "Ansvar", "Prioritet"]]
    for nr, text, sted, kost, owners, prio, _d in rows:
        table.append([nr, text, sted, kost, "\n\n".join(owners), prio])
    od.table([1.3, 6.2, 3.0, 2.3, 3.0, 1.6], table)
    od.h("6 Oppfølging", 1)
    od.p("Kommunalteknikk rapporterer på tiltakene til formannskapet hvert år i forbindelse med årsmeldingen.")
    src = od.save(d / f"{slug}.odt", title=plan.title, author="Solvik kommune")
    pdf = lo_pdf(src)
    write_gold(plan, pdf)
    return plan, pdf


# =========================================================================== 3 labelled blocks


@plan_builder
def build_folkehelse_ansvar_frist() -> tuple[Plan, Path]:
    """Measures as bold titles followed by 'Ansvar: …' / 'Frist: …' lines; some lines missing."""
    slug = "folkehelse-ansvar-frist"
    goals = [
        G("G1", "Færre barn skal vokse opp i familier med vedvarende lavinntekt.", focus_area="F1"),
        G("G2", "Flere innbyggere skal være fysisk aktive minst 30 minutter hver dag.", focus_area="F2"),
        G("G3", "Barn og unge skal oppleve at de har noen å snakke med når livet er vanskelig.", focus_area="F3"),
        G("G4", "Alle skal ha tilgang til trygge og universelt utformede uteområder nær der de bor.", focus_area="F4"),
    ]
    # (goal, title, description, ansvar or None, frist or None, kind, extra lines, diffuse, outside)
    blocks = [
        ("G1", "Etablere en familiekoordinator i NAV for barnefamilier med lav inntekt",
         "Koordinatoren skal følge familiene over tid og samordne hjelpen fra NAV, barnehage, skole og helsestasjon.",
         "NAV-leder", "1. halvår 2026", "period", [], (), False),
        ("G1", "Tilby gratis plass i kulturskolen til barn i familier med lav inntekt",
         "Ordningen gjelder barn i familier som mottar økonomisk sosialhjelp eller bostøtte.",
         "Kulturskolerektor", "Høst 2025", "period", ["Samarbeid: NAV"], (), False),
        ("G1", "Innføre fritidskort for alle barn mellom 6 og 18 år",
         "Fritidskortet gir et fast beløp per halvår til organiserte fritidsaktiviteter.",
         None, "2026", "period", ["Kostnad: kr 1,2 mill. per år"], (), False),
        ("G1", "Gjennomgå foreldrebetalingen i SFO og barnehage med sikte på bedre søskenmoderasjon",
         "", "Økonomisjef", "Løpende", "continuous", [], (), False),
        ("G2", "Kartlegge og merke nærturer i alle grendene",
         "Turene skal være korte, ha god tilgjengelighet og vises i kommunens kartløsning.",
         "Kultursjef og frivilligkoordinator", "31.12.2026", "date", [], (), False),
        ("G2", "Starte en aktivitetsvenn-ordning for eldre som bor hjemme",
         "Frivillige følger eldre på tur, trening eller andre aktiviteter én gang i uka.",
         "Frivilligsentralen", None, None, [], (), False),
        ("G2", "Gi elevene på 1.–7. trinn daglig fysisk aktivitet i skoletiden",
         "Minst 45 minutter hver dag, fordelt på fag og friminutt.",
         "Alle rektorer", "Fra skoleåret 2025/2026", "period", [], ("Alle rektorer",), False),
        ("G2", "Bygge ny flerbrukshall ved Nordås skole",
         "Hallen skal dekke behovet til skolen og idrettslagene.",
         "Eiendomssjef", "2030", "period", ["Kostnad: kr 85 mill."], (), True),
        ("G3", "Videreføre kurset «Psykologisk førstehjelp» på 5. og 8. trinn",
         "", "Helsesykepleier", "Årlig", "recurring", [], (), False),
        ("G3", "Opprette en chattetjeneste der ungdom kan snakke anonymt med helsesykepleier",
         "Tjenesten skal være åpen tre ettermiddager i uka.",
         "Leder helsestasjon og skolehelsetjeneste", "Vår 2026", "period", [], (), False),
        ("G3", "Gjennomføre Ungdata-undersøkelsen og følge opp resultatene på hver skole",
         "", "Folkehelsekoordinator", "2027", "period", ["Samarbeid: Rektorene, Ungdomsrådet"], (), False),
    ]
    fa_names = {"F1": "Levekår og sosial utjevning", "F2": "Fysisk aktivitet og friluftsliv",
                "F3": "Psykisk helse og livskvalitet", "F4": "Trygge nærmiljø"}
    measures = []
    for i, (g, title, _desc, owner, frist, kind, _extra, diffuse, outside) in enumerate(blocks, start=1):
        owners = [] if owner is None else (["Kultursjef", "frivilligkoordinator"] if " og frivillig" in owner else [owner])
        note = []
        if owner is None:
            note.append("no Ansvar line")
        if frist is None:
            note.append("no Frist line")
        measures.append(M(f"M{i}", title, [g], owners, frist, kind, diffuse=diffuse, outside=outside, note="; ".join(note)))
    plan = Plan(
        slug=slug, language="nb", title="Handlingsplan for folkehelse 2025–2028", period=(2025, 2028),
        goals=goals, measures=measures, focus_areas=list(fa_names.items()),
        notes="""
Word (python-docx) → LibreOffice PDF, portrait A4. Four innsatsområder (heading 2), each with one goal
('Mål: …' in bold label + text) and measures written as labelled blocks: a bold title line (the measure),
an optional description paragraph, then 'Ansvar: …', 'Frist: …' and sometimes 'Samarbeid: …' /
'Kostnad: …' lines with bold labels. A missing 'Ansvar:' line is a missing owner and a missing 'Frist:'
line a missing deadline (the plan has a place for both). 'Samarbeid:' names partners, not owners.
'Kultursjef og frivilligkoordinator' is two owners. Innsatsområde 4 says its measures come in the next
revision: its goal has no measure. Traps: the working group list and 'Dette har vi gjort i 2021–2024'
(past-tense bullets) in chapter 1, the folkehelseprofil fact list in chapter 2, 'Kostnad:' lines.""",
    )
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    doc = dh.new_document(size=10.5, margins_mm=25, heading_color="2E5E4E")
    dh.setup_header_footer(doc.sections[0], "Nordås kommune – Handlingsplan for folkehelse 2025–2028", footer="page")
    dh.set_core_properties(doc, title=plan.title, author="Nordås kommune")
    dh.para(doc, "Nordås kommune", bold=True, size=12, color="2E5E4E")
    dh.para(doc, plan.title, bold=True, size=22, color="2E5E4E")
    dh.para(doc, "Vedtatt i kommunestyret 20. mars 2025", italic=True)
    dh.heading(doc, "1 Innledning", 1)
    dh.para(doc, "Folkehelseloven pålegger kommunen å ha oversikt over helsetilstanden og de faktorene som påvirker "
            "den, og å sette i verk tiltak for å møte utfordringene. Handlingsplanen følger opp "
            "folkehelseoversikten for 2024 og gjelder for fire år. Den rulleres hvert år i forbindelse med budsjettet.")
    dh.para(doc, "Planen er utarbeidet av en tverrfaglig arbeidsgruppe:")
    b = dh.add_num(doc, dh.add_abstract_num(doc, "symbol_bullet"))
    for t in ["Anne Lie, folkehelsekoordinator (leder)", "Ola Brekke, NAV", "Siri Dahl, helsestasjon og skolehelsetjeneste",
              "Tor Hauge, kultur og fritid", "Mona Ek, Ungdomsrådet"]:
        dh.list_item(doc, t, b)
    dh.heading(doc, "Dette har vi gjort i 2021–2024", 2)
    b = dh.add_num(doc, dh.add_abstract_num(doc, "symbol_bullet"))
    for t in ["Etablert frisklivssentral med tilbud om bra mat-kurs og trening i gruppe",
              "Innført gratis leie av kommunale idrettsanlegg for barn og unge",
              "Gjennomført Ungdata-undersøkelsen i 2021 og 2024",
              "Skiltet tre nye turløyper i samarbeid med turlaget"]:
        dh.list_item(doc, t, b)
    dh.heading(doc, "2 Folkehelseutfordringer", 1)
    dh.para(doc, "Folkehelseprofilen for Nordås 2024 viser at:")
    b = dh.add_num(doc, dh.add_abstract_num(doc, "symbol_bullet"))
    for t in ["12 prosent av barna bor i husholdninger med vedvarende lavinntekt (landet: 11 prosent).",
              "Andelen 17-åringer som er fysisk aktive sjeldnere enn én gang i uka, er høyere enn i landet.",
              "Flere unge enn før oppgir at de ofte føler seg ensomme.",
              "Frafallet i videregående skole har gått ned de siste fem årene."]:
        dh.list_item(doc, t, b)
    dh.heading(doc, "3 Innsatsområder, mål og tiltak", 1)
    fa_of = {g.id: g.focus_area for g in goals}
    n = 0
    for gi, g in enumerate(goals, start=1):
        dh.heading(doc, f"3.{gi} {fa_names[g.focus_area]}", 2)
        dh.para(doc, f"**Mål:** {g.text}", space_after=8)
        mine = [b for b in blocks if fa_of[b[0]] == g.focus_area]
        if not mine:
            dh.para(doc, "Tiltak for dette innsatsområdet utarbeides sammen med arealplanleggingen og tas inn "
                    "når handlingsplanen rulleres i 2026.", italic=True)
        for _g, title, desc, owner, frist, _k, extra, _d, _o in mine:
            n += 1
            dh.para(doc, title, bold=True, space_before=8, space_after=2, keep_with_next=True)
            if desc:
                dh.para(doc, desc, space_after=2, keep_with_next=True)
            lines = []
            if owner:
                lines.append(f"**Ansvar:** {owner}")
            if frist:
                lines.append(f"**Frist:** {frist}")
            lines += [f"**{e.split(':')[0]}:**{e.split(':', 1)[1]}" for e in extra]
            for j, ln in enumerate(lines):
                dh.para(doc, ln, space_after=0 if j < len(lines) - 1 else 4)
    dh.heading(doc, "4 Oppfølging og rapportering", 1)
    dh.para(doc, "Folkehelsekoordinator samler status for tiltakene hvert år og legger den fram for kommunestyret "
            "sammen med årsmeldingen.")
    src = d / f"{slug}.docx"
    dh.save_deterministic(doc, src)
    pdf = lo_pdf(src)
    write_gold(plan, pdf)
    return plan, pdf


# =========================================================================== 4 goal boxes


@plan_builder
def build_boligsosial_maalbokser() -> tuple[Plan, Path]:
    """Goals in shaded boxes (Writer text frames, and one shaded one-cell table) above the
    measure tables; fact and quotation boxes in the same look."""
    slug = "boligsosial-maalbokser"
    goals = [
        G("G1", "Flere vanskeligstilte skal eie egen bolig.", focus_area="F1"),
        G("G2", "Ingen barnefamilier skal bo i midlertidig botilbud.", focus_area="F2"),
        G("G3", "Leietakere i kommunale boliger skal få oppfølging som gjør dem i stand til å bo stabilt.", focus_area="F2"),
        G("G4", "Kommunen skal ha nok egnede boliger til personer med nedsatt funksjonsevne.", focus_area="F3"),
    ]
    tables = {
        "G1": [
            ("Informere om startlån og tilskudd på kommunens nettsider og i NAV", ["Boligkoordinator"], "innen 30.06.2025", "date", ()),
            ("Innføre leie-til-eie-modell i samarbeid med Strandvik boligbyggelag", ["Kommunalsjef helse og velferd"], "2. kvartal 2026", "period", ()),
            ("Gi økonomisk rådgivning til alle som får avslag på startlån", ["NAV Strandvik"], "Ved behov", "none", ()),
        ],
        "G2": [
            ("Kartlegge barnefamilier som bor i midlertidige eller uegnede boliger", ["Tildelingskontoret"], "Hvert halvår", "recurring", ()),
            ("Kjøpe fire større leiligheter egnet for barnefamilier", ["Eiendomssjef"], "2025/2026", "period", ()),
        ],
        "G3": [
            ("Etablere et fast tverrfaglig botreningsteam", ["Leder psykisk helse og rus", "NAV-leder"], "Høst 2025", "period", ()),
            ("Innføre faste oppfølgingssamtaler med alle leietakere første år", ["Alle tjenester"], "2026", "period", ("Alle tjenester",)),
            ("Utarbeide husordensregler på flere språk", [], "Vår 2025", "period", ()),
        ],
        "G4": [
            ("Bygge seks tilrettelagte boliger i Fjordgata", ["Eiendomssjef"], "2028", "period", ()),
            ("Vurdere kjøp av boliger i nye utbyggingsprosjekter", ["Boligkoordinator"], "", None, ()),
        ],
    }
    measures = []
    i = 0
    for gid, rows in tables.items():
        for text, owners, frist, kind, diffuse in rows:
            i += 1
            measures.append(M(f"M{i}", text, [gid], owners, frist or None, kind, diffuse=diffuse,
                              note="" if frist else "empty Tidsfrist cell"))
    plan = Plan(
        slug=slug, language="nb", title="Boligsosial handlingsplan 2025–2029", period=(2025, 2029),
        goals=goals, measures=measures,
        focus_areas=[("F1", "Fra leie til eie"), ("F2", "Trygge boforhold"), ("F3", "Boliger for alle livsfaser")],
        notes="""
OpenDocument (odfpy) → LibreOffice PDF, portrait A4. Each innsatsområde (heading) has its goals in a
shaded box ABOVE the measure table 'Tiltak | Ansvarlig | Tidsfrist': in areas 1 and 2 a Writer text
frame (draw:frame + text box, light blue fill, border) with the label 'Mål' and one or two goal
sentences; in area 3 a shaded one-cell table with 'Mål:'. Area 2 has two goals in one box and one table
with a group row per goal ('Mål 2' / 'Mål 3'). Traps in the same box look: a 'Fakta' frame with numbers
(chapter 2) and a frame quoting the samfunnsdel's goal ('Fra kommuneplanens samfunnsdel: …') in
chapter 1. 'Ved behov' is no deadline (error); 'Hvert halvår' recurring (warning); an empty Tidsfrist
cell; an empty Ansvarlig cell; 'Alle tjenester' diffuse; 'Leder psykisk helse og rus / NAV-leder' two
owners.""",
    )
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    od = Odt(header="Strandvik kommune · Boligsosial handlingsplan 2025–2029", size=10.5, footer_text="")
    od.style("BoxHead", size=11, bold=True, after=0.1, color="#23466e")
    od.style("BoxText", size=10.5, after=0.1)
    od.style("Bullet", size=10.5, indent_cm=0.6, hanging_cm=0.4, after=0.08)
    od.p("Strandvik kommune", "H3")
    od.p(plan.title, "Title")
    od.p("Vedtatt av kommunestyret 24. april 2025 (sak 31/25)")
    od.h("1 Innledning", 1)
    od.p("Den boligsosiale handlingsplanen beskriver hvordan kommunen skal hjelpe innbyggere som ikke klarer å "
         "skaffe seg eller beholde en egnet bolig på egen hånd. Planen bygger på den nasjonale strategien "
         "«Alle trenger et trygt hjem» og på kommuneplanens samfunnsdel.")
    od.frame([("Fra kommuneplanens samfunnsdel 2022–2034", "BoxHead"),
              ("«Alle innbyggere i Strandvik skal ha en god bolig i et trygt bomiljø.»", "BoxText")],
             width_cm=16.0, fill="#eeeeee", border="0.5pt solid #808080")
    od.p("Planen har tre innsatsområder. For hvert område står målene i en ramme øverst, og tiltakene i tabellen under.")
    od.h("2 Situasjonen i dag", 1)
    od.p("Boligmarkedet i Strandvik er preget av få utleieboliger og høye priser i sentrum. Kommunen eier 142 "
         "utleieboliger, de fleste bygd på 1980-tallet.")
    od.frame([("Fakta", "BoxHead"),
              ("• 64 husstander fikk startlån i 2024, mot 41 i 2021.", "BoxText"),
              ("• 11 barnefamilier bodde i midlertidig botilbud i løpet av 2024.", "BoxText"),
              ("• Ventetiden på kommunal bolig er i snitt sju måneder.", "BoxText")],
             width_cm=16.0, fill="#e8eef6")
    widths = [9.6, 4.0, 3.0]
    header = ["Tiltak", "Ansvarlig", "Tidsfrist"]

    def rows_for(gid):
        return [[t, " / ".join(o), f] for t, o, f, _k, _d in tables[gid]]

    od.h("3 Innsatsområde 1: Fra leie til eie", 1)
    od.frame([("Mål", "BoxHead"), (goals[0].text, "BoxText")], width_cm=16.0)
    od.table(widths, [header, *rows_for("G1")])
    od.h("4 Innsatsområde 2: Trygge boforhold", 1)
    od.frame([("Mål", "BoxHead"), ("Mål 2: " + goals[1].text, "BoxText"), ("Mål 3: " + goals[2].text, "BoxText")], width_cm=16.0)
    body = [header, ["Mål 2"], *rows_for("G2"), ["Mål 3"], *rows_for("G3")]
    od.table(widths, body, spans={1, 2 + len(tables["G2"])}, fills={1: "#f2f2f2", 2 + len(tables["G2"]): "#f2f2f2"})
    od.h("5 Innsatsområde 3: Boliger for alle livsfaser", 1)
    od.table([16.6], [["**Mål:** " + goals[3].text]], header_rows=0, fills={0: "#e8eef6"}, border="0.8pt solid #23466e")
    od.table(widths, [header, *rows_for("G4")])
    od.h("6 Oppfølging", 1)
    od.p("Boligkoordinator rapporterer status for tiltakene til hovedutvalg for helse og velferd hvert år.")
    src = od.save(d / f"{slug}.odt", title=plan.title, author="Strandvik kommune")
    pdf = lo_pdf(src)
    write_gold(plan, pdf)
    return plan, pdf


# =========================================================================== 5 Swedish


@plan_builder
def build_atgardstabell_klart() -> tuple[Plan, Path]:
    """Swedish åtgärdstabell 'Nr | Åtgärd | Mål | Ansvarig | Klart' with the goal by number."""
    slug = "atgardstabell-klart"
    goals = [
        G("G1", "Utsläppen av växthusgaser från transporter i kommunen ska minska med 60 procent till 2030 jämfört med 2010."),
        G("G2", "Kommunens verksamheter ska enbart använda fossilfri energi senast 2027."),
        G("G3", "Matsvinnet i kommunens kök ska minska med 25 procent till 2027."),
        G("G4", "Invånarna ska ha god kunskap om hur de kan minska sin klimatpåverkan."),
        G("G5", "Den biologiska mångfalden i tätorterna ska bevaras och stärkas."),
    ]
    # (åtgärd, goal numbers, ansvarig, klart, kind, diffuse, outside)
    rows = [
        ("Ta fram en laddinfrastrukturplan för kommunens fordon", "1", ["Samhällsbyggnadsförvaltningen"], "2025", "period", (), False),
        ("Införa en resepolicy som kräver tåg för tjänsteresor kortare än 50 mil", "1", ["HR-chef"], "juni 2025", "period", (), False),
        ("Bygga ut gång- och cykelvägen mellan Berga och Norrvik", "1", ["Gatuchef"], "2027", "period", (), False),
        ("Kartlägga kommunens fordon och planera utfasningen av fossila drivmedel", "1", ["Fordonssamordnare"], "", None, (), False),
        ("Byta ut oljepannan i Norrviks skola mot bergvärme", "2", ["Fastighetschef"], "december 2025", "period", (), False),
        ("Installera solceller på tre förskolor", "2", ["Fastighetschef"], "2026", "period", (), False),
        ("Upphandla fossilfri el och biogas till samtliga verksamheter", "1, 2", ["Upphandlingsenheten"], "Q3 2025", "period", (), False),
        ("Ersätta kommunens fossildrivna arbetsmaskiner", "2", ["Gatuchef"], "2029", "period", (), True),
        ("Mäta matsvinnet i alla skolkök fyra veckor per termin", "3", ["Kostchef"], "Löpande", "continuous", (), False),
        ("Införa gemensam matsedel och beställningsrutin för äldreboendena", "3", ["Kostchef"], "2026", "period", (), False),
        ("Utbilda kökspersonalen i att minska svinn", "3", [], "2025", "period", (), False),
        ("Genomföra en klimatvecka för invånare och företag", "4", ["Miljöstrateg"], "Årligen", "recurring", (), False),
        ("Erbjuda kostnadsfri klimatrådgivning till hushåll", "4", ["Energi- och klimatrådgivare"], "2025", "period", (), False),
        ("Informera om klimatsmarta val på kommunens webbplats och i sociala medier", "4", ["Alla förvaltningar"], "2026", "period", ("Alla förvaltningar",), False),
    ]
    measures = [
        M(f"M{i}", t, [f"G{n.strip()}" for n in nums.split(",")], owners, klart or None, kind, diffuse=diff, outside=out,
          note="empty Klart cell" if not klart else "")
        for i, (t, nums, owners, klart, kind, diff, out) in enumerate(rows, start=1)
    ]
    plan = Plan(
        slug=slug, language="sv", title="Handlingsplan för miljö och klimat 2025–2027", period=(2025, 2027),
        goals=goals, measures=measures,
        notes="""
Word (python-docx, Swedish language tags) → LibreOffice PDF, portrait A4. Goals only in chapter 3 as
'Mål 1' … 'Mål 5' (bold label, goal sentence after a tab). Chapter 4 is one åtgärdstabell
'Nr | Åtgärd | Mål | Ansvarig | Klart' over two pages with the header row repeated and row 7 split
across the page break ('verksamheter' alone on p. 2); 'Samhällsbyggnadsförv' / 'altningen' broken inside
the word by the narrow Ansvarig column; the Mål column holds
only 'Mål 2' or 'Mål 1, 2' (a measure serving two goals links to both). Traps: chapter 2 'Befintliga
mål och strategier' lists Agenda 2030 goals as 'Mål 7', 'Mål 11', 'Mål 13' with their descriptions and a
regional goal ('ska' sentences, not this plan's goals; their numbers collide with nothing in the table
but look like goal numbers); the column header 'Klart' is a deadline header; 'Löpande' continuous and
'Årligen' recurring (warnings); an empty Klart cell and an empty Ansvarig cell; 'Alla förvaltningar'
diffuse; 2029 after the plan period. Mål 5 has no measure.""",
    )
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    doc = dh.new_document(size=10.5, margins_mm=22, heading_color="005A32")
    docx_lang(doc, "sv-SE")
    dh.setup_header_footer(doc.sections[0], "Berga kommun | Handlingsplan för miljö och klimat 2025–2027", footer="page_of")
    for p in doc.sections[0].footer.paragraphs:  # Swedish footer: 'Sida 1 av 3'
        for r in p.runs:
            if r.text.startswith("Side "):
                r.text = r.text.replace("Side ", "Sida ")
    dh.set_core_properties(doc, title=plan.title, author="Berga kommun")
    dh.para(doc, "Berga kommun", bold=True, size=12, color="005A32")
    dh.para(doc, plan.title, bold=True, size=20, color="005A32")
    dh.para(doc, "Antagen av kommunfullmäktige 2025-02-17, § 12", italic=True)
    dh.heading(doc, "1 Inledning", 1)
    dh.para(doc, "Handlingsplanen konkretiserar kommunens miljö- och klimatprogram för perioden 2025–2027. Den "
            "beskriver vilka åtgärder som ska genomföras, vem som ansvarar och när åtgärden ska vara klar. "
            "Planen följs upp årligen i samband med årsredovisningen.")
    dh.heading(doc, "2 Befintliga mål och strategier", 1)
    dh.para(doc, "Kommunens arbete utgår från de globala målen i Agenda 2030. Särskilt viktiga för planen är:")
    b = dh.add_num(doc, dh.add_abstract_num(doc, "bullet"))
    for t in ["**Mål 7 Hållbar energi för alla** – Säkerställa att alla har tillgång till tillförlitlig, hållbar och modern energi till en överkomlig kostnad.",
              "**Mål 11 Hållbara städer och samhällen** – Städer och bosättningar ska vara inkluderande, säkra, motståndskraftiga och hållbara.",
              "**Mål 13 Bekämpa klimatförändringarna** – Vidta omedelbara åtgärder för att bekämpa klimatförändringarna och dess konsekvenser."]:
        dh.list_item(doc, t, b)
    dh.para(doc, "Länsstyrelsens klimat- och energistrategi anger dessutom att länets territoriella utsläpp ska vara "
            "nära noll år 2045.", space_before=4)
    dh.heading(doc, "3 Mål för planperioden", 1)
    dh.para(doc, "Kommunfullmäktige har antagit fem mål för planperioden:")
    from docx.shared import Mm
    for n, g in enumerate(goals, start=1):
        p = dh.para(doc, f"**Mål {n}**\t{g.text}", space_after=4)
        p.paragraph_format.left_indent = Mm(18)
        p.paragraph_format.first_line_indent = Mm(-18)
        p.paragraph_format.tab_stops.add_tab_stop(Mm(18))
    dh.heading(doc, "4 Åtgärder", 1)
    dh.para(doc, "Kolumnen Mål anger vilket eller vilka mål i kapitel 3 åtgärden bidrar till.")
    widths = [10, 78, 18, 38, 22]
    t = dh.new_table(doc, widths)
    r = dh.add_row(t, ["Nr", "Åtgärd", "Mål", "Ansvarig", "Klart"], widths, size=9.5, bold=True, fill="C6E0B4")
    dh.set_repeat_header(r)
    for i, (text, nums, owners, klart, *_rest) in enumerate(rows, start=1):
        dh.add_row(t, [str(i), text, f"Mål {nums}", ", ".join(owners), klart], widths, size=9.5)
    dh.heading(doc, "5 Uppföljning", 1)
    dh.para(doc, "Miljöstrategen sammanställer en årlig uppföljning av åtgärderna som redovisas för kommunstyrelsen. "
            "Åtgärder som inte genomförts förs över till nästa års plan.")
    src = d / f"{slug}.docx"
    dh.save_deterministic(doc, src)
    pdf = lo_pdf(src)
    write_gold(plan, pdf)
    return plan, pdf


# =========================================================================== 6 Danish


@plan_builder
def build_handleplan_dansk() -> tuple[Plan, Path]:
    """Danish handleplan: indsatsområder, mål, handlinger with ansvarlig and tidsplan."""
    slug = "handleplan-dansk"
    goals = [
        G("G1", "Flere børn og unge skal have en sund vægt og være fysisk aktive hver dag.", focus_area="F1"),
        G("G2", "Færre unge skal ryge eller bruge nikotinprodukter.", focus_area="F1"),
        G("G3", "Flere borgere skal opleve god mental trivsel.", focus_area="F2"),
        G("G4", "Ensomme ældre skal have let adgang til fællesskaber.", focus_area="F2"),
        G("G5", "Forskellen i middellevetid mellem borgere med kort og lang uddannelse skal mindskes.", focus_area="F3"),
        G("G6", "Borgere med handicap skal have lige adgang til kommunens sundhedstilbud.", focus_area="F3"),
    ]
    short = {"G1": "Sund vægt og bevægelse", "G2": "Røgfri ungdom", "G3": "Mental trivsel",
             "G4": "Fællesskaber for ældre", "G5": "Lighed i sundhed"}
    rows = {
        "G1": [("Indføre 45 minutters bevægelse i skoledagen på alle skoler", ["Børne- og Ungeforvaltningen"], "2025", "period", ()),
               ("Tilbyde familieforløb om sund mad og bevægelse til familier med overvægtige børn", ["Sundhedsplejen"], "1. halvår 2026", "period", ())],
        "G2": [("Gøre alle skoler og ungdomsuddannelser i kommunen røgfri i skoletiden", ["Børne- og Ungeforvaltningen"], "2025-2026", "period", ()),
               ("Gennemføre en kampagne mod snus og e-cigaretter i 8. klasse", ["SSP"], "Hvert år", "recurring", ())],
        "G3": [("Uddanne medarbejdere i mental førstehjælp", ["Alle afdelinger"], "2026", "period", ("Alle afdelinger",)),
               ("Åbne en rådgivning for unge med angst og stress", ["Center for Sundhed og Omsorg"], "Q1 2026", "period", ()),
               ("Tilbyde kurset »ABC for mental sundhed« til foreninger og arbejdspladser", [], "2027", "period", ())],
        "G4": [("Etablere besøgsvenner i samarbejde med frivillige foreninger", ["Frivilligcentret"], "Løbende", "continuous", ()),
               ("Kortlægge ensomhed blandt ældre over 75 år", ["Chef for Ældre og Omsorg"], "", None, ())],
        "G5": [("Tilbyde forebyggende helbredstjek til borgere uden for arbejdsmarkedet", ["Jobcentret", "Sundhedscentret"], "Efter behov", "none", ()),
               ("Oversætte sundhedscentrets tilbud til fem sprog", ["Sundhedscentret"], "2025", "period", ()),
               ("Afslutte ulighedsanalysen fra den forrige sundhedspolitik", ["Sundhedskonsulenten"], "December 2024", "period", ())],
    }
    measures = []
    i = 0
    for gid, rs in rows.items():
        for text, owners, tid, kind, diff in rs:
            i += 1
            measures.append(M(f"M{i}", text, [gid], owners, tid or None, kind, diffuse=diff,
                              outside=tid == "December 2024", note="empty Tidsplan cell" if not tid else ""))
    plan = Plan(
        slug=slug, language="da", title="Handleplan for sundhed og trivsel 2025–2028", period=(2025, 2028),
        goals=goals, measures=measures,
        focus_areas=[("F1", "Sunde rammer for børn og unge"), ("F2", "Mental sundhed og fællesskaber"), ("F3", "Lighed i sundhed")],
        notes="""
Word (python-docx, Danish language tags) → LibreOffice PDF, portrait A4. A large grey 'UDKAST' stamp
line above the title (a draft stamp, not the title). Background chapter 'Verdensmål og sundhedspolitik'
lists UN sustainability goals 3 and 10 with their descriptions and quotes the sundhedspolitik's vision
('Sammen om et sundt liv'): not this plan's goals. Three indsatsområder (heading 2), each with
'Mål:' bullets and a table 'Handling | Ansvarlig | Tidsplan' whose shaded group rows name the goal in
a short form ('Mål: Røgfri ungdom'). Needs statements in prose ('Der er behov for …') are not measures.
Tidsplan forms: '2025', '1. halvår 2026', '2025-2026' (hyphen), 'Q1 2026', 'Hvert år' (recurring),
'Løbende' (continuous), 'Efter behov' (no deadline, error), empty cell, 'December 2024' before the
period. 'Jobcentret og Sundhedscentret' is two owners, 'Center for Sundhed og Omsorg' one;
'Alle afdelinger' diffuse; one empty Ansvarlig cell. The second goal of indsatsområde 3 has no handling.""",
    )
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    doc = dh.new_document(size=10.5, margins_mm=22, heading_color="8B1E3F")
    docx_lang(doc, "da-DK")
    dh.setup_header_footer(doc.sections[0], "Egebjerg Kommune · Handleplan for sundhed og trivsel", footer="page")
    dh.set_core_properties(doc, title=plan.title, author="Egebjerg Kommune")
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    dh.para(doc, "UDKAST", bold=True, size=28, color="BFBFBF", align=WD_ALIGN_PARAGRAPH.RIGHT)
    dh.para(doc, "Egebjerg Kommune", bold=True, size=12, color="8B1E3F")
    dh.para(doc, plan.title, bold=True, size=20, color="8B1E3F")
    dh.para(doc, "Til behandling i Social- og Sundhedsudvalget 3. juni 2025", italic=True)
    dh.heading(doc, "1 Indledning", 1)
    dh.para(doc, "Handleplanen udmønter kommunens sundhedspolitik i konkrete handlinger for de næste fire år. Den "
            "beskriver, hvad vi vil gøre, hvem der har ansvaret, og hvornår handlingerne skal være gennemført. "
            "Planen revideres hvert andet år.")
    dh.heading(doc, "2 Verdensmål og sundhedspolitik", 1)
    dh.para(doc, "Sundhedspolitikken har visionen »Sammen om et sundt liv« og tager udgangspunkt i FN's verdensmål. "
            "Handleplanen bidrager især til:")
    b = dh.add_num(doc, dh.add_abstract_num(doc, "symbol_bullet"))
    for t in ["Verdensmål 3 Sundhed og trivsel: Sikre et sundt liv for alle og fremme trivsel for alle aldersgrupper.",
              "Verdensmål 10 Mindre ulighed: Mindske ulighed i og mellem lande."]:
        dh.list_item(doc, t, b)
    dh.heading(doc, "3 Indsatsområder", 1)
    fa = dict(plan.focus_areas)
    intro = {
        "F1": "Mange børn i Egebjerg bevæger sig mindre end anbefalet, og andelen af unge, der bruger snus, er steget.",
        "F2": "Sundhedsprofilen viser, at hver tiende borger har et dårligt mentalt helbred. Der er behov for flere "
              "tilbud til unge med angst, og der er behov for et bedre samarbejde mellem kommune og region.",
        "F3": "Borgere med kort uddannelse lever i gennemsnit fem år kortere end borgere med lang uddannelse.",
    }
    widths = [96, 44, 26]
    for n, fid in enumerate(["F1", "F2", "F3"], start=1):
        dh.heading(doc, f"3.{n} Indsatsområde {n}: {fa[fid]}", 2)
        dh.para(doc, intro[fid])
        dh.para(doc, "Mål:", bold=True, space_after=2)
        b = dh.add_num(doc, dh.add_abstract_num(doc, "bullet"))
        for g in goals:
            if g.focus_area == fid:
                dh.list_item(doc, g.text, b)
        dh.para(doc, "Handlinger:", bold=True, space_before=6, space_after=2, keep_with_next=True)
        t = dh.new_table(doc, widths)
        r = dh.add_row(t, ["Handling", "Ansvarlig", "Tidsplan"], widths, size=9.5, bold=True, fill="F2DCE3")
        dh.set_repeat_header(r)
        for g in goals:
            if g.focus_area != fid or g.id not in rows:
                continue
            dh.add_row(t, [f"Mål: {short[g.id]}"], widths, size=9.5, bold=True, fill="F7F7F7", span_all=True, keep_with_next=True)
            for text, owners, tid, _k, _d in rows[g.id]:
                dh.add_row(t, [text, " og ".join(owners), tid], widths, size=9.5)
    dh.heading(doc, "4 Opfølgning", 1)
    dh.para(doc, "Sundhedskonsulenten følger op på handlingerne og giver en status til Social- og Sundhedsudvalget "
            "hvert år i september.")
    src = d / f"{slug}.docx"
    dh.save_deterministic(doc, src)
    pdf = lo_pdf(src)
    write_gold(plan, pdf)
    return plan, pdf


# =========================================================================== 7 English outline


@plan_builder
def build_strategic_plan_outline() -> tuple[Plan, Path]:
    """English Goal / Objective / Deliverable outline: 'G1 (Goal) … / O1 (Objective) … /
    D1 (Deliverable) … (Lead: …)  April 2024'."""
    slug = "strategic-plan-outline"
    # goal -> objectives -> deliverables (text, lead or None, date or None, kind, diffuse, outside)
    outline = [
        ("Everyone in Harwick has a safe, warm and affordable home", [
            ("Increase the supply of affordable homes for local people", [
                ("Adopt an Affordable Housing Supplementary Planning Document", "Planning Policy", "April 2024", "period", (), False),
                ("Bring 40 long-term empty homes back into use", "Private Sector Housing", "March 2025", "period", (), False),
                ("Complete the 24 council homes at Mill Lane", "Housing Development", "December 2025", "period", (), False),
            ]),
            ("Improve the energy efficiency of homes in the district", [
                ("Deliver the Warm Homes grant scheme to 300 households", "Housing Services", "Annually", "recurring", (), False),
                ("Publish a private rented sector energy enforcement policy", None, "September 2024", "period", (), False),
            ]),
        ]),
        ("A thriving local economy with good jobs and skills", [
            ("Support town centres to adapt and grow", [
                ("Launch a shop front improvement grant for Harwick and Elmstead town centres", "Economic Development", "June 2024", "period", (), False),
                ("Prepare a masterplan for the Station Quarter", "Regeneration Team", "March 2027", "period", (), True),
            ]),
            ("Help residents gain the skills local employers need", [
                ("Run a jobs and apprenticeships fair with Harwick College", "Economic Development", "Annually", "recurring", (), False),
                ("Offer 20 apprenticeships within the council", "Human Resources", None, None, (), False),
            ]),
            ("Make it easier to start and run a business in Harwick", []),
        ]),
        ("A cleaner, greener district that is ready for a changing climate", [
            ("Reduce the council's own carbon emissions to net zero by 2030", [
                ("Replace the council's diesel vans with electric vehicles", "Fleet Services", "March 2026", "period", (), False),
                ("Install solar panels on the Civic Centre and two leisure centres", "Property Services", "December 2024", "period", (), False),
                ("Include carbon impact assessments in all committee reports", "All service areas", "Ongoing", "continuous", ("All service areas",), False),
            ]),
            ("Increase recycling and reduce waste", [
                ("Introduce weekly food waste collections for all households", "Waste and Recycling", "April 2026", "period", (), False),
                ("Run a schools recycling campaign", None, None, None, (), False),
            ]),
        ]),
    ]
    goals, measures = [], []
    on = dn = 0
    for gi, (gtext, objectives) in enumerate(outline, start=1):
        goals.append(G(f"G{gi}", gtext))
        for otext, dels in objectives:
            on += 1
            goals.append(G(f"O{on}", otext, kind="sub_goal", parent=f"G{gi}"))
            for text, lead, date, kind, diff, out in dels:
                dn += 1
                measures.append(M(f"D{dn}", text, [f"O{on}"], [lead] if lead else [], date, kind,
                                  diffuse=diff, outside=out,
                                  note="; ".join(x for x in ("no lead" if not lead else "", "no date" if not date else "") if x)))
    plan = Plan(
        slug=slug, language="en", title="Harwick District Council Corporate Plan 2023–2026", period=(2023, 2026),
        goals=goals, measures=measures,
        notes="""
Word (python-docx, en-GB) → LibreOffice PDF, portrait A4. Chapter 3 is an outline, one paragraph per
item, indented by level: 'G1 (Goal) …' (goal), 'O1 (Objective) …' (sub_goal, parent = its goal) and
'D1 (Deliverable) … (Lead: …)' with the due date right-aligned after a tab on the same line ('April 2024').
Numbering runs through the whole plan (G1–G3, O1–O7, D1–D14); the gold text of a deliverable leaves out
its number, the "(Deliverable)" tag and the "(Lead: …)" part, which often wraps over two lines. A deliverable without '(Lead: …)' has no
owner and one without a date has no deadline (the outline gives a place for both); 'Annually'
recurring, 'Ongoing' continuous, 'March 2027' after the plan period, 'All service areas' diffuse. O5 has
no deliverable. Traps: 'Our priorities at a glance' repeats the three goals in short form; 'What we
achieved 2019–2023' lists past deliverables; the UN Sustainable Development Goals paragraph; the
Cabinet portfolio holders list; the vision ('Harwick 2040: …') names 2040, which is not a deadline.""",
        vision="A district where people and places thrive, now and for future generations.",
    )
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Mm
    doc = dh.new_document(size=10.5, margins_mm=22, heading_color="1B4F72")
    docx_lang(doc, "en-GB")
    dh.setup_header_footer(doc.sections[0], "Harwick District Council – Corporate Plan 2023–2026", footer="page")
    dh.set_core_properties(doc, title=plan.title, author="Harwick District Council")
    dh.para(doc, "Harwick District Council", bold=True, size=12, color="1B4F72")
    dh.para(doc, "Corporate Plan 2023–2026", bold=True, size=24, color="1B4F72")
    dh.para(doc, "Approved by Full Council, 19 October 2023", italic=True)
    dh.heading(doc, "1 Introduction", 1)
    dh.para(doc, "**Our vision – Harwick 2040:** A district where people and places thrive, now and for future generations.")
    dh.para(doc, "This Corporate Plan sets out what the Council will focus on over the next three years. It is "
            "reviewed every year alongside the budget, and progress is reported to Cabinet each quarter.")
    dh.heading(doc, "Our priorities at a glance", 2)
    b = dh.add_num(doc, dh.add_abstract_num(doc, "bullet"))
    for t in ["Homes", "Economy and skills", "Climate and environment"]:
        dh.list_item(doc, t, b)
    dh.para(doc, "The plan supports the UN Sustainable Development Goals, in particular Goal 11 (make cities and "
            "human settlements inclusive, safe, resilient and sustainable) and Goal 13 (take urgent action to "
            "combat climate change and its impacts).", space_before=4)
    dh.heading(doc, "2 What we achieved 2019–2023", 1)
    b = dh.add_num(doc, dh.add_abstract_num(doc, "bullet"))
    for t in ["Delivered 312 new affordable homes with our housing association partners",
              "Opened the Elmstead Enterprise Hub for 30 small businesses",
              "Cut the council's carbon emissions by 38 per cent against 2019",
              "Introduced garden waste collections across the district"]:
        dh.list_item(doc, t, b)
    dh.para(doc, "Cabinet portfolio holders:", bold=True, space_before=4)
    b = dh.add_num(doc, dh.add_abstract_num(doc, "bullet"))
    for t in ["Cllr Sarah Hughes – Leader of the Council", "Cllr Tom Reid – Housing",
              "Cllr Priya Shah – Economy and Skills", "Cllr Alan Marsh – Environment and Climate"]:
        dh.list_item(doc, t, b)
    dh.heading(doc, "3 Goals, objectives and deliverables", 1)
    dh.para(doc, "Each goal is broken down into objectives, and each objective into deliverables with a lead "
            "service and a target date.")
    width = Mm(210 - 44)
    on = dn = 0
    for gi, (gtext, objectives) in enumerate(outline, start=1):
        dh.para(doc, f"**G{gi} (Goal)** {gtext}", space_before=10, space_after=3, keep_with_next=True, color="1B4F72")
        for otext, dels in objectives:
            on += 1
            p = dh.para(doc, f"**O{on} (Objective)** {otext}", space_before=4, space_after=2, keep_with_next=True)
            p.paragraph_format.left_indent = Mm(8)
            for text, lead, date, *_r in dels:
                dn += 1
                line = f"D{dn} (Deliverable) {text}" + (f" (Lead: {lead})" if lead else "")
                p = dh.para(doc, line + (f"\t{date}" if date else ""), space_after=2)
                p.paragraph_format.left_indent = Mm(16)
                p.paragraph_format.right_indent = Mm(0)
                p.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
    dh.heading(doc, "4 Monitoring and review", 1)
    dh.para(doc, "Each deliverable has a lead officer who reports progress through the council's performance "
            "system. The Overview and Scrutiny Committee reviews the plan every six months.")
    src = d / f"{slug}.docx"
    dh.save_deterministic(doc, src)
    pdf = lo_pdf(src)
    write_gold(plan, pdf)
    return plan, pdf


# =========================================================================== 8 nynorsk typed numbering


@plan_builder
def build_kulturplan_nynorsk() -> tuple[Plan, Path]:
    """Nynorsk temaplan with hand-typed numbering ('1. ', '10.Ivareta' without a space), items
    wrapping back to the left margin, inline '(ansvar: …, tid: …)'."""
    slug = "kulturplan-nynorsk"
    goals = [
        G("H1", "Kulturlivet i Fjordbu skal vere mangfaldig, levande og ope for alle.", kind="main_goal"),
        G("D1", "Alle barn og unge skal ha eit kulturtilbod dei kan delta i, uavhengig av kva foreldra tener.", kind="sub_goal", parent="H1"),
        G("D2", "Biblioteket skal vere ein open møteplass for alle generasjonar.", kind="sub_goal", parent="H1"),
        G("D3", "Kulturarven i Fjordbu skal takast vare på og formidlast til nye generasjonar.", kind="sub_goal", parent="H1"),
        G("D4", "Frivillige lag og organisasjonar skal ha gode og føreseielege rammevilkår.", kind="sub_goal", parent="H1"),
    ]
    strategies = [
        S("S1", "Vi vil senke tersklane for å delta i kulturskulen og fritidsklubbane.", ["D1"]),
        S("S2", "Vi vil gjere biblioteket tilgjengeleg også utanom betjent opningstid.", ["D2"]),
        S("S3", "Vi vil samarbeide med museet og historielaget om formidlinga av lokalhistoria.", ["D3"]),
        S("S4", "Vi vil forenkle søknadsordningane for kommunale tilskot.", ["D4"]),
    ]
    # (goal, sep after number, text, ansvar, tid, kind, diffuse, outside)
    items = [
        ("D1", " ", "Redusere eigendelen i kulturskulen med 50 prosent for familiar med låg inntekt", ["kulturskulen"], "haust 2025", "period", (), False),
        ("D1", " ", "Opne fritidsklubben på Vik to kveldar i veka", ["kultureininga"], "2026", "period", (), False),
        ("D1", " ", "Gje alle elevar på 5. trinn ein gratis konsert- eller teaterbillett", ["alle einingane"], "kvart år", "recurring", ("alle einingane",), False),
        ("D1", " ", "Kartleggje kva kulturtilbod ungdom i kommunen saknar", [], "vår 2026", "period", (), False),
        ("D2", " ", "Innføre meirope bibliotek på Vik og i Fjordbu sentrum", ["biblioteksjefen"], "2025", "period", (), False),
        ("D2", "\t", "Starte «Språkkafé» for nye innbyggjarar i samarbeid med vaksenopplæringa", ["biblioteket", "vaksenopplæringa"], "løpande", "continuous", (), False),
        ("D2", " ", "Lage ein plan for lesestimulering i barnehagane", ["biblioteksjefen"], None, None, (), False),
        ("D3", " ", "Rullere kulturminneplanen", ["plan- og utviklingsavdelinga"], "2027", "period", (), False),
        ("D3", " ", "Setje opp informasjonsskilt ved ti kulturminne langs kyststien", ["kultureininga"], "2028", "period", (), False),
        ("D3", "", "Ivareta dei freda naustmiljøa i Sjøgata gjennom avtalar med eigarane om vedlikehald og bruk", ["kultureininga"], "2031", "period", (), True),
        ("D3", "", "Digitalisere fotosamlinga til Fjordbu historielag", ["Fjordbu museum"], "2026", "period", (), False),
    ]
    measures = [
        M(f"M{i}", text, [g], owners, tid, kind, diffuse=diff, outside=out,
          note="; ".join(x for x in ("no ansvar" if not owners else "", "no tid" if not tid else "", f"typed '{i}.' with no space" if sep == "" else "") if x))
        for i, (g, sep, text, owners, tid, kind, diff, out) in enumerate(items, start=1)
    ]
    plan = Plan(
        slug=slug, language="nn", title="Kulturplan for Fjordbu kommune 2025–2029", period=(2025, 2029),
        goals=goals, strategies=strategies, measures=measures, source_ext="odt",
        notes="""
OpenDocument (odfpy) → LibreOffice PDF, portrait A4, Liberation Serif body. Nynorsk. Hovudmål (main_goal)
and four delmål typed as 'Delmål 1:' … with 'Vi vil …' strategies under each (goal links from the
delmål they stand under). Chapter 5 'Tiltak' has sub-headings 'Tiltak for delmål 1' … and a measure
list numbered BY HAND 1.–11. across the sub-headings (no Word/Writer list): '1. ' with a space, '6.' with
a tab, '10.Ivareta' and '11.Digitalisere' with no space; the paragraphs have no hanging indent, so a
wrapped item continues at the left margin under its number. Each item ends in an inline
'(ansvar: …, tid: …)'; a missing 'ansvar:' is a missing owner, a missing 'tid:' a missing deadline (the
plan has an inline place for both). 'biblioteket og vaksenopplæringa' two owners, 'plan- og
utviklingsavdelinga' one; 'alle einingane' diffuse; 'kvart år' recurring; 'løpande' continuous; 2031 after
the period. Delmål 4 has no measure (and so its strategy none). Traps: the working group list, 'Dette
seier tala' fact list, a figure caption, 'Kva fekk vi til i førre planperiode' (past tense, typed '–').""",
    )
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    od = Odt(font="Liberation Serif", size=11, lang="nn", header="Fjordbu kommune – Kulturplan 2025–2029", footer_text="Side")
    od.style("Dash", size=11, after=0.05)
    od.style("Item", size=11, after=0.12)
    od.style("Strat", size=11, indent_cm=0.5, hanging_cm=0.5, after=0.05)
    od.style("Caption", size=9.5, italic=True, after=0.3)
    od.style("Lead", size=11, bold=True, before=0.2, after=0.1, keep=True)
    od.p("Fjordbu kommune", "H3")
    od.p(plan.title, "Title")
    od.p("Vedteken i kommunestyret 11. juni 2025, sak 45/25")
    od.h("1 Innleiing", 1)
    od.p("Kulturplanen er ein temaplan under kommuneplanens samfunnsdel. Han skildrar kva kommunen vil oppnå "
         "på kulturfeltet dei neste fem åra, og kva tiltak vi set i verk. Planen vert rullert i 2027.")
    od.p("Planen er utarbeidd av ei arbeidsgruppe med desse medlemene:")
    for t in ["Ingrid Vik, kultursjef (leiar)", "Magnus Tveit, rektor i kulturskulen", "Sunniva Berge, biblioteksjef",
              "Olav Lid, Fjordbu historielag", "Ada Nes, ungdomsrådet"]:
        od.p("– " + t, "Dash")
    od.h("2 Dette seier tala", 1)
    for t in ["Biblioteket hadde 38 000 besøk i 2024, 9 000 fleire enn i 2019.",
              "Kulturskulen har 210 elevar og 45 på venteliste.",
              "Det er registrert 74 frivillige lag og organisasjonar i kommunen."]:
        od.p("– " + t, "Dash")
    od.table([16.0], [["(diagram)"]], header_rows=0, fills={0: "#f2f2f2"})
    od.p("Figur 1: Besøk på Fjordbu bibliotek 2019–2024", "Caption")
    od.h("3 Kva fekk vi til i førre planperiode", 1)
    for t in ["Opna nytt kulturhus på Vik i 2022.", "Innførte gratis utlån av friluftsutstyr.",
              "Fekk på plass ein fast ungdomskoordinator i 50 prosent stilling."]:
        od.p("– " + t, "Dash")
    od.h("4 Mål og strategiar", 1)
    od.p(f"**Hovudmål:** {goals[0].text}")
    for n, g in enumerate(goals[1:], start=1):
        od.p(f"**Delmål {n}:** {g.text}", "Lead")
        od.p("Strategiar:")
        for s in strategies:
            if s.goals == [g.id]:
                od.p("• " + s.text, "Strat")
    od.h("5 Tiltak", 1)
    od.p("Tiltaka er nummererte fortløpande. Ansvarleg eining og tidspunkt står i parentes etter kvart tiltak.")
    n = 0
    for gi, g in enumerate(goals[1:], start=1):
        mine = [it for it in items if it[0] == g.id]
        if not mine:
            continue
        od.h(f"Tiltak for delmål {gi}", 3)
        for _g, sep, text, owners, tid, *_r in mine:
            n += 1
            paren = []
            if owners:
                paren.append("ansvar: " + " og ".join(owners))
            if tid:
                paren.append("tid: " + tid)
            od.p(f"{n}.{sep}{text} ({', '.join(paren)})", "Item")
    od.h("6 Oppfølging", 1)
    od.p("Kultursjefen rapporterer på tiltaka i årsmeldinga. Planen vert evaluert før rulleringa i 2027.")
    src = od.save(d / f"{slug}.odt", title=plan.title, author="Fjordbu kommune")
    pdf = lo_pdf(src)
    write_gold(plan, pdf)
    return plan, pdf


# =========================================================================== 9 web page


def chromium_pdf(html: Path, pdf: Path) -> Path:
    """Print a local HTML file to PDF with headless Chromium (no browser header/footer, so the
    print date and path do not enter the PDF), then pin the dates and the document ID."""
    exe = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if not exe:
        raise SystemExit("chromium not found on PATH")
    with tempfile.TemporaryDirectory(prefix="plancheck-chromium-") as prof:
        cmd = [exe, "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={prof}",
               "--no-pdf-header-footer", f"--print-to-pdf={pdf}", html.resolve().as_uri()]
        subprocess.run(cmd, check=True, capture_output=True, timeout=180, env={"TZ": "UTC", "HOME": prof, "PATH": "/usr/bin:/bin"})
    data = pdf.read_bytes()
    data = re.sub(rb"D:\d{14}", b"D:20240101000000", data)
    data = re.sub(rb"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)([^<]*)(<)",
                  lambda m: m.group(1) + b"2024-01-01T00:00:00Z"[: len(m.group(2))].ljust(len(m.group(2)), b"0") + m.group(3), data)
    data = re.sub(rb"(uuid:)([0-9a-fA-F-]{36})", lambda m: m.group(1) + b"00000000-0000-0000-0000-000000000000", data)
    data = re.sub(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]",
                  lambda m: re.sub(rb"<([0-9A-Fa-f]+)>", lambda h: b"<" + b"0" * len(h.group(1)) + b">", m.group(0)), data)
    pdf.write_bytes(data)
    return pdf


@plan_builder
def build_klimaplan_nettside() -> tuple[Plan, Path]:
    """A plan published as a web page and printed from Chromium: navigation, breadcrumbs,
    'Tilbake til innholdsfortegnelsen' links, goals as h3, measure tables with a Status column."""
    import html as _h

    slug = "klimaplan-nettside"
    goals = [
        G("G1", "Klimagassutslippene i Bakkestad skal reduseres med 55 prosent innen 2030 sammenlignet med 2009."),
        G("G2", "Energibruken i kommunale bygg skal reduseres med 20 prosent innen 2028."),
        G("G3", "Innbyggere og næringsliv skal få hjelp til å ta klimavennlige valg."),
        G("G4", "Bakkestad skal være forberedt på et klima med mer ekstremvær."),
    ]
    rows = {
        "G1": [("Etablere hurtigladestasjoner ved rådhuset og Bakkestad stasjon", ["Kommunalteknikk"], "2025–2026", "period", "Pågår", ()),
               ("Innføre krav om fossilfrie bygge- og anleggsplasser i kommunale prosjekter", ["Innkjøpsleder"], "Innen 31.12.2025", "date", "Ikke startet", ()),
               ("Kartlegge utslippene fra landbruket sammen med Bondelaget", ["Landbrukskontoret"], "2026", "period", "Ikke startet", ()),
               ("Gi tilskudd til ladeanlegg i borettslag og sameier", [], "2025–2028", "period", "Pågår", ())],
        "G2": [("Gjennomføre energikartlegging av alle kommunale formålsbygg", ["Eiendomsforvaltning"], "2025", "period", "Pågår", ()),
               ("Installere energistyringssystem i skoler og sykehjem", ["Eiendomsforvaltning"], "2026–2027", "period", "Ikke startet", ()),
               ("Lære opp driftsoperatørene i energieffektiv drift", ["Eiendomsforvaltning"], "Løpende", "continuous", "Pågår", ()),
               ("Skifte til LED i alle kommunale gatelys", ["Kommunalteknikk"], "", None, "Ikke startet", ())],
        "G3": [("Tilby gratis energirådgivning til boligeiere", ["Klimarådgiver"], "Hver vår og høst", "recurring", "Pågår", ()),
               ("Arrangere klimafrokost for næringslivet", ["Næringssjef", "klimarådgiver"], "2026", "period", "Ikke startet", ()),
               ("Informere om klimatiltak og tilskuddsordninger i kommunens kanaler", ["Alle virksomheter"], "Løpende", "continuous", "Pågår", ("Alle virksomheter",))],
    }
    measures = []
    i = 0
    for gid, rs in rows.items():
        for text, owners, tid, kind, _status, diff in rs:
            i += 1
            measures.append(M(f"M{i}", text, [gid], owners, tid or None, kind, diffuse=diff, note="empty Tidsrom cell" if not tid else ""))
    plan = Plan(
        slug=slug, language="nb", title="Klima- og energiplan 2025–2028 – handlingsdel", period=(2025, 2028),
        goals=goals, measures=measures, source_ext="html",
        notes="""
HTML page (as a municipal web CMS publishes a plan) printed to PDF by headless Chromium
(--print-to-pdf, --no-pdf-header-footer), A4 with CSS @page margins. Site header with logo text and a
navigation bar, breadcrumbs, a right-hand 'Relaterte lenker' box, 'Tilbake til innholdsfortegnelsen'
links after each section, a page footer with 'Publisert …/Sist endret …'. Goals are h3 'Mål 1' … with
the goal sentence in the paragraph below; each goal has a table 'Tiltak | Ansvarlig | Tidsrom | Status'
(thead repeated by Chromium when a table breaks). Status ('Pågår', 'Ikke startet') is not a deadline.
Traps: the national target quoted in the introduction, the 'Dette ble gjort i 2024' list with
'Fullført', the link texts. An empty Ansvarlig cell, an empty Tidsrom cell; 'Løpende' continuous,
'Hver vår og høst' recurring (warnings); 'Alle virksomheter' diffuse; 'Næringssjef / klimarådgiver' two
owners. Mål 4 (klimatilpasning) has no measure: the page says they come in a separate plan.""",
    )
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    e = _h.escape
    parts = ["""<!DOCTYPE html>
<html lang="nb"><head><meta charset="utf-8"><title>Klima- og energiplan 2025–2028 – handlingsdel – Bakkestad kommune</title>
<style>
@page { size: A4; margin: 14mm 14mm 16mm 14mm; }
body { font-family: "Liberation Sans", Arial, sans-serif; font-size: 10.5pt; color: #222; margin: 0; }
header.site { background: #0b4f6c; color: #fff; padding: 8px 12px; }
header.site .logo { font-size: 15pt; font-weight: bold; }
nav.main a { color: #fff; margin-right: 14px; text-decoration: none; font-size: 9.5pt; }
.crumbs { font-size: 8.5pt; color: #555; margin: 8px 0; }
.crumbs a { color: #0b4f6c; }
.wrap { display: flex; gap: 14px; }
main { flex: 1; }
aside { width: 44mm; font-size: 8.5pt; background: #f1f5f7; padding: 8px; align-self: flex-start; }
h1 { font-size: 19pt; color: #0b4f6c; margin: 4px 0 6px; }
h2 { font-size: 13.5pt; color: #0b4f6c; margin: 16px 0 6px; border-bottom: 1px solid #c9d6dd; }
h3 { font-size: 11pt; margin: 12px 0 2px; }
table { border-collapse: collapse; width: 100%; font-size: 9pt; margin: 6px 0 4px; }
th { background: #dbe8ee; text-align: left; }
th, td { border: 1px solid #b8c7cf; padding: 3px 5px; vertical-align: top; }
tr { break-inside: avoid; }
a.back { font-size: 8.5pt; color: #0b4f6c; }
footer { font-size: 8pt; color: #666; border-top: 1px solid #ccc; margin-top: 18px; padding-top: 4px; }
</style></head><body>
<header class="site"><div class="logo">Bakkestad kommune</div>
<nav class="main"><a href="#">Helse og omsorg</a><a href="#">Barnehage og skole</a><a href="#">Bygg og eiendom</a><a href="#">Politikk og planer</a><a href="#">Kontakt oss</a></nav></header>
<div class="crumbs"><a href="#">Forsiden</a> › <a href="#">Politikk og planer</a> › <a href="#">Kommunale planer</a> › Klima- og energiplan</div>
<div class="wrap"><main>
<h1>Klima- og energiplan 2025–2028 – handlingsdel</h1>
<p><em>Vedtatt av kommunestyret 5. mars 2025.</em></p>
<h2 id="innhold">Innhold</h2>
<ol><li><a href="#om">Om handlingsdelen</a></li><li><a href="#tiltak">Mål og tiltak</a></li><li><a href="#status">Status 2024</a></li></ol>
<h2 id="om">1. Om handlingsdelen</h2>
<p>Handlingsdelen viser hva kommunen skal gjøre de fire neste årene for å nå målene i klima- og energiplanen.
Den rulleres hvert år. Regjeringen har meldt inn til FN at «Norge skal redusere utslippene med minst 55 prosent
innen 2030 sammenlignet med 1990», og kommunens mål er satt for å bidra til dette.</p>
<p><a class="back" href="#innhold">Tilbake til innholdsfortegnelsen</a></p>
<h2 id="tiltak">2. Mål og tiltak</h2>
"""]
    for n, g in enumerate(goals, start=1):
        parts.append(f"<h3>Mål {n}</h3>\n<p>{e(g.text)}</p>\n")
        if g.id not in rows:
            parts.append("<p>Tiltak for klimatilpasning blir behandlet i egen plan for overvann og klimatilpasning.</p>\n")
            continue
        parts.append("<table><thead><tr><th style='width:50%'>Tiltak</th><th style='width:20%'>Ansvarlig</th>"
                     "<th style='width:16%'>Tidsrom</th><th>Status</th></tr></thead><tbody>\n")
        for text, owners, tid, _k, status, _d in rows[g.id]:
            parts.append(f"<tr><td>{e(text)}</td><td>{e(' / '.join(owners))}</td><td>{e(tid)}</td><td>{e(status)}</td></tr>\n")
        parts.append("</tbody></table>\n")
    parts.append("""<p><a class="back" href="#innhold">Tilbake til innholdsfortegnelsen</a></p>
<h2 id="status">3. Status 2024</h2>
<p>Dette ble gjort i 2024:</p>
<ul><li>Skiftet ut 14 kommunale tjenestebiler med elbiler – fullført</li>
<li>Installert solceller på Bakkestad ungdomsskole – fullført</li>
<li>Vedtatt innkjøpsstrategi med klimakrav – fullført</li></ul>
<p><a class="back" href="#innhold">Tilbake til innholdsfortegnelsen</a></p>
</main>
<aside><strong>Relaterte lenker</strong><ul><li><a href="#">Klima- og energiplan 2020–2030 (pdf)</a></li>
<li><a href="#">Klimaregnskap for Bakkestad</a></li><li><a href="#">Søk om tilskudd til lading</a></li></ul>
<strong>Kontakt</strong><p>Klimarådgiver<br>tlf. 12 34 56 78</p></aside></div>
<footer>Publisert 12.03.2025 · Sist endret 02.04.2025 · Bakkestad kommune, Rådhusgata 1</footer>
</body></html>
""")
    src = d / f"{slug}.html"
    src.write_text("".join(parts), encoding="utf-8")
    pdf = chromium_pdf(src, d / f"{slug}.pdf")
    write_gold(plan, pdf)
    return plan, pdf


# =========================================================================== 10 reportlab


@plan_builder
def build_sakssystem_rapport() -> tuple[Plan, Path]:
    """A plan as a case-handling system prints it (reportlab): plain Helvetica, a document
    information block, one dense landscape table with the goal text repeated in every row, the
    header row repeated on each page and a tall row split across a page break."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    slug = "sakssystem-rapport"
    goals = [
        G("G1", "Innbyggerne skal oppleve god psykisk helse og livskvalitet."),
        G("G2", "Barn og unge skal få tidlig hjelp når de strever."),
        G("G3", "Personer med rusutfordringer skal ha en trygg bolig og en meningsfull hverdag."),
        G("G4", "Pårørende skal bli sett, informert og involvert."),
    ]
    long_desc = ("Tilbudet skal gis til personer over 18 år med lette til moderate psykiske plager, uten henvisning "
                 "og uten ventetid. Teamet skal bestå av psykologspesialist, psykiatrisk sykepleier og erfaringskonsulent.")
    units = ["hjemmetjenesten", "tildelingskontoret", "NAV Lindvik", "barneverntjenesten", "helsestasjonen",
             "Lindvik ungdomsskole", "Nordby skole", "Sjøsiden skole", "legevakten", "sykehjemmet",
             "psykisk helse og rus", "flyktningtjenesten", "kulturskolen", "fritidsklubben", "voksenopplæringen",
             "bofellesskapet i Lia"]
    terms = ["Vår 2025", "Høst 2025", "Vår 2026", "Høst 2026", "Vår 2027", "Høst 2027"]
    course_plan = ("Grunnkurs i selvmordsforebygging (VIVAT), én dag, med oppfriskning annethvert år. "
                   "Kursplan:<br/>" + "<br/>".join(
                       f"{terms[k % 6]}: {units[k]} ({2 + k % 3} kursdager, inntil {18 + k % 4 * 2} deltakere)"
                       for k in range(len(units)))
                   + "<br/>Kursholdere: to sertifiserte instruktører fra psykisk helse og rus. "
                   "Deltakerne får kursbevis, og virksomhetene rapporterer antall kurset ansatte i årsrapporten. "
                   "Kurset evalueres etter hver gjennomføring, og innholdet justeres i samarbeid med RVTS.")
    # (id, goal, tiltak, beskrivelse, ansvarlig, frist, kind, status, diffuse, outside)
    rows = [
        ("T-01", "G1", "Etablere Rask psykisk helsehjelp i Lindvik", long_desc, ["Virksomhetsleder psykisk helse og rus"], "30.06.2026", "date", "Pågår", (), False),
        ("T-02", "G1", "Gjennomføre kampanjen «Verdensdagen for psykisk helse»", "Markering med arrangementer i sentrum og på skolene.", ["Rådgiver folkehelse"], "Årlig", "recurring", "Pågår", (), False),
        ("T-03", "G1", "Lage en oversikt over lavterskeltilbud på kommunens nettsider", "", ["Kommunikasjonsrådgiver"], "31.12.2025", "date", "Ikke påbegynt", (), False),
        ("T-04", "G1", "Kurse alle ansatte i møte med personer i krise", course_plan, ["Alle virksomhetsledere"], "2027", "period", "Ikke påbegynt", ("Alle virksomhetsledere",), False),
        ("T-05", "G2", "Innføre BTI-modellen (Bedre tverrfaglig innsats) i alle barnehager og skoler", "Handlingsveileder for bekymring og samarbeid.", ["Kommunalsjef oppvekst"], "01.03.2026", "date", "Pågår", (), False),
        ("T-06", "G2", "Styrke skolehelsetjenesten med en ekstra helsesykepleier", "", ["Virksomhetsleder helsestasjon"], "2025", "period", "Ferdig", (), False),
        ("T-07", "G2", "Tilby foreldreveiledning (ICDP) til alle foreldre med barn under tre år", "", ["Virksomhetsleder helsestasjon"], "Løpende", "continuous", "Pågår", (), False),
        ("T-08", "G2", "Opprette et lavterskel samtaletilbud for ungdom på ungdomsskolen", "Drop-in to dager i uka.", [], "Høst 2025", "period", "Ikke påbegynt", (), False),
        ("T-09", "G3", "Skaffe fire nye kommunale boliger med oppfølging for personer med rusavhengighet", "", ["Boligkontoret"], "2027", "period", "Ikke påbegynt", (), False),
        ("T-10", "G3", "Etablere et dagtilbud med arbeidstrening i samarbeid med NAV", "", ["NAV Lindvik", "Virksomhetsleder psykisk helse og rus"], "31.12.2026", "date", "Ikke påbegynt", (), False),
        ("T-11", "G3", "Innføre FACT-team sammen med spesialisthelsetjenesten", "Fleksibelt aktivt oppsøkende behandlingsteam.", ["Kommuneoverlege"], "", None, "Ikke påbegynt", (), False),
        ("T-12", "G3", "Revidere rutinen for utskrivning fra rusbehandling", "", ["Koordinerende enhet v/ leder"], "01.10.2024", "date", "Ferdig", (), True),
    ]
    measures = [
        M(f"M{i}", tiltak, [g], owners, frist or None, kind, diffuse=diff, outside=out,
          note="empty Frist cell" if not frist else ("row split across the page break" if desc == course_plan else ""))
        for i, (_id, g, tiltak, desc, owners, frist, kind, _st, diff, out) in enumerate(rows, start=1)
    ]
    plan = Plan(
        slug=slug, language="nb", title="Handlingsplan for psykisk helse og rus 2025–2028", period=(2025, 2028),
        goals=goals, measures=measures, source_ext="py",
        notes="""
Generated with reportlab (the way a case-handling system prints a report): landscape A4, Helvetica
7.5 pt, a running header with the case number and a footer 'Side n av m'. A 'Dokumentinformasjon'
key-value table (Saksnr, Arkivkode, Saksbehandler, Status), the kommunedirektør's numbered
recommendation ('1. … vedtas.', process points, not measures), 'Saksopplysninger' and a goal list
'Mål 1' … 'Mål 4' first;
then one dense table 'Id | Mål | Tiltak | Beskrivelse | Ansvarlig | Frist | Status' whose Mål column
repeats the full goal text in every row (one goal, many copies), header row repeated on every page,
and row T-04 with a long description (a course plan with semesters, which are not its deadline) split
across the page break (splitInRow). Traps: document
information and 'Sakshistorikk' journal entries at the end, 'Vedlegg' list; Status ('Ferdig', 'Pågår')
is not a deadline. An empty Ansvarlig cell and an empty Frist cell; 'Løpende' continuous, 'Årlig'
recurring; 'Alle virksomhetsledere' diffuse; 01.10.2024 before the period; 'NAV Lindvik' and
'Virksomhetsleder psykisk helse og rus' as two lines of one cell = two owners; 'Koordinerende enhet v/
leder' one owner. Mål 4 (pårørende) has no measure.""",
    )
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    pdf = d / f"{slug}.pdf"
    base = ParagraphStyle("b", fontName="Helvetica", fontSize=7.5, leading=9)
    bold = ParagraphStyle("bb", parent=base, fontName="Helvetica-Bold")
    h1 = ParagraphStyle("h1", parent=base, fontName="Helvetica-Bold", fontSize=12, leading=15, spaceAfter=4)
    h2 = ParagraphStyle("h2", parent=base, fontName="Helvetica-Bold", fontSize=9, leading=12, spaceBefore=6, spaceAfter=3)
    grid = TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                       ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88)),
                       ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)])
    story = [Paragraph("Handlingsplan for psykisk helse og rus 2025–2028", h1),
             Table([[Paragraph(k, bold), Paragraph(v, base)] for k, v in (
                 ("Saksnr.", "2024/1187-14"), ("Arkivkode", "FE-144, HIST-24/412"), ("Saksbehandler", "Hilde Aas"),
                 ("Status", "Under behandling"), ("Utvalg", "Hovedutvalg for helse og omsorg, 14.11.2024"))],
                 colWidths=[30 * mm, 90 * mm], hAlign="LEFT", style=grid),
             Paragraph("Kommunedirektørens innstilling", h2),
             Paragraph("1. Handlingsplan for psykisk helse og rus 2025–2028 vedtas.", base),
             Paragraph("2. Tiltakene innarbeides i budsjett og økonomiplan 2025–2028 innenfor vedtatte rammer.", base),
             Paragraph("3. Planen evalueres og rulleres innen utgangen av 2026.", base),
             Paragraph("Saksopplysninger", h2),
             Paragraph("Planen er utarbeidet av en arbeidsgruppe med representanter fra psykisk helse og rus, "
                       "helsestasjonen, NAV, oppvekst og brukerrådet. Forslaget har vært på høring i brukerrådet, "
                       "ungdomsrådet og eldrerådet.", base),
             Spacer(1, 3),
             Paragraph("Ungdata 2024 viser at 21 prosent av elevene på ungdomstrinnet har vært plaget av ensomhet "
                       "den siste uka, mot 16 prosent i 2021. Antall henvendelser til psykisk helse og rus økte med 30 "
                       "prosent fra 2022 til 2024.", base),
             Spacer(1, 3),
             Paragraph("Tiltakene er hentet fra saksbehandlingssystemets tiltaksmodul. Status er oppdatert per "
                       "utskriftsdato.", base),
             Paragraph("Mål for planperioden", h2)]
    for n, g in enumerate(goals, start=1):
        story.append(Paragraph(f"<b>Mål {n}</b>  {g.text}", base))
    story += [Spacer(1, 4), Paragraph("Tiltak", h2)]
    gtext = {g.id: g.text for g in goals}
    data = [[Paragraph(h, bold) for h in ("Id", "Mål", "Tiltak", "Beskrivelse", "Ansvarlig", "Frist", "Status")]]
    for tid, g, tiltak, desc, owners, frist, _k, status, _d, _o in rows:
        data.append([Paragraph(tid, base), Paragraph(gtext[g], base), Paragraph(tiltak, base), Paragraph(desc, base),
                     Paragraph("<br/>".join(owners), base), Paragraph(frist, base), Paragraph(status, base)])
    widths = [12, 48, 55, 85, 40, 18, 19]
    story.append(Table(data, colWidths=[w * mm for w in widths], repeatRows=1, splitInRow=1, hAlign="LEFT", style=grid))
    story.append(Paragraph("Sakshistorikk", h2))
    for t in ["2024/1187-12  12.09.2024  Høringsuttalelse fra Brukerrådet", "2024/1187-13  20.09.2024  Høringsuttalelse fra Ungdomsrådet",
              "2024/1187-14  01.10.2024  Saksframlegg til hovedutvalg for helse og omsorg"]:
        story.append(Paragraph(t, base))
    story.append(Paragraph("Vedlegg", h2))
    for t in ["1 Kartlegging av psykisk helse blant unge (Ungdata 2024)", "2 Høringsuttalelser"]:
        story.append(Paragraph(t, base))

    def build(n_pages):
        def onpage(canvas, doc):
            canvas.saveState()
            canvas.setFont("Helvetica", 7)
            w, h = landscape(A4)
            canvas.drawString(12 * mm, h - 8 * mm, "Lindvik kommune  |  Utskrift fra saksbehandlingssystemet  |  Sak 2024/1187-14")
            canvas.drawRightString(w - 12 * mm, 7 * mm, f"Side {doc.page} av {n_pages}")
            canvas.drawString(12 * mm, 7 * mm, "Utskrevet 01.10.2024 09:14")
            canvas.restoreState()
        doc = SimpleDocTemplate(str(pdf), pagesize=landscape(A4), leftMargin=12 * mm, rightMargin=12 * mm,
                                topMargin=13 * mm, bottomMargin=13 * mm, title=plan.title, author="Lindvik kommune",
                                creator="Sakssystem rapportmodul", invariant=1)
        doc.build(list(story_copy()), onFirstPage=onpage, onLaterPages=onpage)
        return doc.page

    import copy

    def story_copy():
        return copy.deepcopy(story)

    n = build(1)
    build(n)  # second pass with the page count known ('Side n av m')
    write_gold(plan, pdf)
    return plan, pdf


# =========================================================================== 11 two-column brochure


@plan_builder
def build_oppvekst_brosjyre() -> tuple[Plan, Path]:
    """A two-column short version ('kortversjon') laid out as a brochure: letter-spaced display
    headings in capitals, goals as 'Målet vårt:' and measures as bullets with no owner or
    deadline anywhere, a mayor's greeting, a fact box and a photo caption."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    slug = "oppvekst-brosjyre"
    areas = [
        ("Trygg oppvekst", "Alle barn og unge i Haugland skal føle seg trygge hjemme, på skolen og i fritida.",
         ["Innføre en felles plan mot mobbing i alle barnehager og skoler",
          "Gi alle foreldre tilbud om foreldreveiledning når barnet begynner i barnehagen",
          "Opprette et oppvekstteam som samler helsestasjonen, PPT og barneverntjenesten"]),
        ("Læring og mestring", "Flere elever skal mestre lesing og regning når de går ut av 4. trinn.",
         ["Kartlegge lese- og regneferdighetene på 1.–4. trinn hver høst og følge opp dem som trenger det",
          "Tilby gratis sommerskole for elever på 4.–7. trinn"]),
        ("Deltakelse", "Alle barn og unge skal kunne delta i minst én fritidsaktivitet de selv velger.",
         ["Utvide ordningen med gratis utlån av sports- og friluftsutstyr til alle skolekretsene",
          "Samle alle fritidstilbudene i én digital oversikt for barn og foreldre"]),
        ("God helse", "Barn og unge skal ha god psykisk og fysisk helse.", []),
    ]
    goals, measures, fas = [], [], []
    for i, (fa, goal, ms) in enumerate(areas, start=1):
        fas.append((f"F{i}", fa))
        goals.append(G(f"G{i}", goal, focus_area=f"F{i}"))
        for text in ms:
            measures.append(M(f"M{len(measures) + 1}", text, [f"G{i}"], [], None, None))
    plan = Plan(
        slug=slug, language="nb", title="Oppvekstplan for Haugland kommune 2025–2029 – kortversjon",
        period=(2025, 2029), goals=goals, measures=measures, focus_areas=fas,
        owner_place=False, deadline_place=False,
        notes="""
Word (python-docx) → LibreOffice PDF, portrait A4 in TWO text columns (w:cols num=2) after a
one-column title block: a brochure-style short version. Focus-area headings are display type: capitals
with letter spacing (w:spacing, not typed spaces) in colour. Each area: 'Målet vårt:' + one goal
sentence, then 'Dette skal vi gjøre:' and bullets (the measures). The short version names no owner
and no deadline anywhere, so no measure-has-owner / measure-has-deadline findings (docs/rules: a plan
with no place for them is not flagged measure by measure). Area 4 ('God helse') has a goal and a
sentence that its measures stand in the folkehelseplan: goal-has-measure. Traps: the mayor's greeting
with a pull quote, a 'Tall og fakta' box (shaded one-cell table), a photo caption ('Foto: …'), 'hver
høst' inside a measure's own text (not a deadline column), the text running in two columns (area 3's
second bullet stands at the top of the right column, under area 2 and 3 in the left one).""",
    )
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    doc = dh.new_document(size=10, margins_mm=18, heading_color="7A3E00")
    dh.set_core_properties(doc, title=plan.title, author="Haugland kommune")
    sec = doc.sections[0]
    dh.setup_header_footer(sec, "Oppvekstplan 2025–2029 · kortversjon", footer="page")

    def display(text, size=15, color="C0504D", spacing_tw=60, after=4):
        p = doc.add_paragraph()
        r = p.add_run(text.upper())
        r.bold = True
        r.font.size = Pt(size)
        r.font.color.rgb = RGBColor.from_string(color)
        rpr = r._r.get_or_add_rPr()
        sp = OxmlElement("w:spacing")
        sp.set(qn("w:val"), str(spacing_tw))
        rpr.append(sp)
        p.paragraph_format.space_before = Pt(10)
        p.paragraph_format.space_after = Pt(after)
        p.paragraph_format.keep_with_next = True
        return p

    display("Haugland kommune", size=11, color="7A3E00", spacing_tw=40)
    dh.para(doc, "Oppvekstplan 2025–2029", bold=True, size=26, color="7A3E00", space_after=0)
    dh.para(doc, "– kortversjon", size=16, color="7A3E00")
    dh.para(doc, "Oppvekstplan for Haugland kommune 2025–2029 ble vedtatt av kommunestyret 15. mai 2025. "
            "Her er planen i korte trekk. Hele planen finner du på kommunens nettsider.", italic=True)
    # two columns from here (a continuous section break)
    from docx.enum.section import WD_SECTION
    sec2 = doc.add_section(WD_SECTION.CONTINUOUS)
    cols = sec2._sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        sec2._sectPr.append(cols)
    cols.set(qn("w:num"), "2")
    cols.set(qn("w:space"), str(round(8 / 25.4 * 1440)))

    display("Hilsen fra ordføreren", size=12, color="7A3E00")
    dh.para(doc, "Barn og unge er Hauglands viktigste ressurs. Gjennom et år har barn, foreldre, ansatte og lag "
            "og foreninger gitt innspill til planen. Takk til alle som har bidratt!")
    q = dh.para(doc, "«Barna er det viktigste vi har.»", bold=True, italic=True, size=14, color="C0504D",
                align=WD_ALIGN_PARAGRAPH.CENTER)
    q.paragraph_format.space_before = Pt(6)
    dh.para(doc, "Ordfører Marit Haugen", italic=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    t = dh.new_table(doc, [80])
    dh.add_row(t, ["**Tall og fakta**\n1 240 barn og unge under 18 år bor i Haugland.\n"
                   "92 prosent av elevene trives godt på skolen (Elevundersøkelsen 2024).\n"
                   "Seks av ti barn deltar i organiserte fritidsaktiviteter."], [80], size=9.5, fill="FDE9D9")
    dh.set_table_borders(t, none=True)
    bul = dh.add_abstract_num(doc, "bullet")
    for n, (fa, goal, ms) in enumerate(areas, start=1):
        display(f"{n} {fa}")
        dh.para(doc, f"**Målet vårt:** {goal}")
        if ms:
            dh.para(doc, "Dette skal vi gjøre:", bold=True, space_after=2, keep_with_next=True)
            nid = dh.add_num(doc, bul)
            for text in ms:
                dh.list_item(doc, text, nid, size=10)
        else:
            dh.para(doc, "Tiltakene for dette målet står i folkehelseplanen, som rulleres i 2026.")
        if n == 1:
            dh.para(doc, "Foto: Aksjonsdag mot mobbing på Haug skole, 2024.", italic=True, size=8, color="666666")
    display("Vil du vite mer?", size=12, color="7A3E00")
    dh.para(doc, "Kontakt oppvekstsjefen på telefon 12 34 56 78, eller les hele planen på haugland.kommune.no.")
    src = d / f"{slug}.docx"
    dh.save_deterministic(doc, src)
    pdf = lo_pdf(src)
    write_gold(plan, pdf)
    return plan, pdf


# =========================================================================== 12 kroner with merged goal cells


@plan_builder
def build_handlingsprogram_kroner() -> tuple[Plan, Path]:
    """Handlingsprogram with amounts in kroner per year, the goal in a cell merged down over its
    measures, sum rows per goal, a Merknad column."""
    from odf.style import Style, TableCellProperties, TableColumnProperties, TableProperties
    from odf.table import CoveredTableCell, Table, TableCell, TableColumn, TableHeaderRows, TableRow
    from odf.text import P

    slug = "handlingsprogram-kroner"
    goals = [
        G("G1", "Flere eldre skal mestre hverdagen i eget hjem."),
        G("G2", "Tjenestene skal ha nok kvalifiserte ansatte."),
        G("G3", "Personer med demens og deres pårørende skal få et tilpasset tilbud."),
        G("G4", "Tjenestene skal ta i bruk velferdsteknologi der det gir bedre og tryggere tjenester."),
    ]
    years = (2025, 2026, 2027, 2028)
    # (goal, tiltak, ansvar, {year: amount}, merknad, diffuse)
    rows = [
        ("G1", "Innføre hverdagsrehabilitering i hele kommunen", ["Leder hjemmetjenesten"], {2025: 800, 2026: 800, 2027: 800, 2028: 800}, "", ()),
        ("G1", "Tilby trygghetsalarm med lokaliseringsteknologi til hjemmeboende", ["Fagleder velferdsteknologi"], {2025: 350, 2026: 150}, "Tilskudd søkes", ()),
        ("G1", "Ansette ergoterapeut i 50 prosent stilling", [], {2026: 350, 2027: 350, 2028: 350}, "", ()),
        ("G2", "Gi assistenter lønnet fagutdanning som helsefagarbeider", ["HR-sjef"], {2025: 600, 2026: 600}, "8 plasser", ()),
        ("G2", "Opprette fire nye lærlingplasser i hjemmetjenesten", ["Alle virksomhetsledere"], {2025: 400, 2026: 400, 2027: 400, 2028: 400}, "", ("Alle virksomhetsledere",)),
        ("G2", "Innføre rekrutteringsbonus for sykepleiere i turnus", ["Kommunalsjef helse og omsorg"], {}, "Vurderes i budsjett 2026", ()),
        ("G3", "Starte dagtilbud for personer med demens på lørdager", ["Leder dagsenteret"], {2026: 450, 2027: 450, 2028: 450}, "", ()),
        ("G3", "Arrangere pårørendeskole for pårørende til personer med demens", ["Demenskoordinator"], {2025: 60, 2026: 60, 2027: 60, 2028: 60}, "Med Nasjonalforeningen", ()),
    ]
    measures = []
    for i, (g, text, owners, amounts, _m, diff) in enumerate(rows, start=1):
        dl = _span(amounts)
        measures.append(M(f"M{i}", text, [g], owners, dl, "period" if dl else None, diffuse=diff,
                          note="no amount in any year: no deadline" if not dl else "deadline = the last year with an amount"))
    plan = Plan(
        slug=slug, language="nb", title="Handlingsprogram for helse og omsorg 2025–2028", period=(2025, 2028),
        goals=goals, measures=measures,
        notes="""
OpenDocument (odfpy) → LibreOffice PDF, landscape A4. Goals listed in chapter 2 ('Mål 1' …) and again
in the first column of the measure table 'Mål | Tiltak | Ansvar | 2025 | 2026 | 2027 | 2028 | Merknad',
where each goal cell is merged down over its measures (table:number-rows-spanned) and printed once;
the merged Mål 2 cell breaks over the page ('… kvalifiserte' on p. 1, 'ansatte.' under the repeated
header on p. 2).
Year columns hold amounts in 1 000 kr instead of X: a measure's deadline is the last year with an
amount ('2028' for amounts 2025–2028; the first is its start); a row with no amount in any year has no
deadline (error). Each goal block ends with a bold 'Sum' row (not a measure); 'Merknad' is not an
owner. Mål 4 has no row. Traps: chapter 1 lists the five innsatsområder of the national reform 'Leve
hele livet' (not this plan's goals or focus areas). An empty Ansvar cell; 'Alle virksomhetsledere'
diffuse.""",
    )
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    od = Odt(header="Solbakken kommune · Handlingsprogram for helse og omsorg 2025–2028", landscape=True, size=10)
    od.style("Bullet", size=10, indent_cm=0.6, hanging_cm=0.4, after=0.05)
    od.style("Num", size=9, after=0.05, align="end")
    od.style("NumBold", size=9, bold=True, after=0.05, align="end")
    od.p("Solbakken kommune", "H3")
    od.p(plan.title, "Title")
    od.p("Del av økonomiplanen 2025–2028, vedtatt av kommunestyret 16. desember 2024")
    od.h("1 Bakgrunn", 1)
    od.p("Handlingsprogrammet viser hvilke tiltak i helse og omsorg som er prioritert i økonomiplanperioden, og hva "
         "de koster. Det bygger på kvalitetsreformen «Leve hele livet», som har fem innsatsområder:")
    for t in ["Et aldersvennlig Norge", "Aktivitet og fellesskap", "Mat og måltider", "Helsehjelp", "Sammenheng i tjenestene"]:
        od.p("• " + t, "Bullet")
    od.h("2 Mål for perioden", 1)
    for n, g in enumerate(goals, start=1):
        od.p(f"**Mål {n}:** {g.text}")
    od.h("3 Tiltak og økonomi", 1)
    od.p("Beløp i 1 000 kr. Tiltak uten beløp er ikke finansiert i økonomiplanperioden.")

    widths = [5.0, 7.4, 4.2, 1.6, 1.6, 1.6, 1.6, 3.0]
    doc = od.doc
    od._n += 1
    tname = f"T{od._n}"
    ts = Style(name=tname, family="table")
    ts.addElement(TableProperties(width=f"{sum(widths)}cm", align="left"))
    doc.automaticstyles.addElement(ts)
    t = Table(name="Tiltak", stylename=tname)
    for i, w in enumerate(widths):
        cs = Style(name=f"{tname}C{i}", family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=f"{w}cm"))
        doc.automaticstyles.addElement(cs)
        t.addElement(TableColumn(stylename=cs))
    cstyles = {}

    def cs(fill=None):
        if fill not in cstyles:
            s_ = Style(name=f"{tname}K{len(cstyles)}", family="table-cell")
            kw = dict(padding="0.07cm", border="0.5pt solid #7f7f7f")
            if fill:
                kw["backgroundcolor"] = fill
            s_.addElement(TableCellProperties(**kw))
            doc.automaticstyles.addElement(s_)
            cstyles[fill] = s_
        return cstyles[fill]

    def cell(text, style="Cell", fill=None, rows=1):
        kw = {"numberrowsspanned": rows} if rows > 1 else {}
        c = TableCell(stylename=cs(fill), valuetype="string", **kw)
        c.addElement(od._fill(P(stylename=od.styles[style]), text))
        return c

    head = TableHeaderRows()
    tr = TableRow()
    for h in ["Mål", "Tiltak", "Ansvar", *map(str, years), "Merknad"]:
        tr.addElement(cell(h, "CellBold", "#dde8cb"))
    head.addElement(tr)
    t.addElement(head)
    gnum = {g.id: n for n, g in enumerate(goals, start=1)}
    gtext = {g.id: g.text for g in goals}
    for g in goals:
        mine = [r for r in rows if r[0] == g.id]
        if not mine:
            continue
        for k, (_g, text, owners, amounts, merknad, _d) in enumerate(mine):
            tr = TableRow()
            if k == 0:
                tr.addElement(cell(f"**Mål {gnum[g.id]}**\n{gtext[g.id]}", rows=len(mine) + 1))
            else:
                tr.addElement(CoveredTableCell())
            tr.addElement(cell(text))
            tr.addElement(cell(", ".join(owners)))
            for y in years:
                tr.addElement(cell(str(amounts[y]) if y in amounts else "", "Num"))
            tr.addElement(cell(merknad))
            t.addElement(tr)
        tr = TableRow()
        tr.addElement(CoveredTableCell())
        tr.addElement(cell(f"Sum mål {gnum[g.id]}", "CellBold", "#f2f2f2"))
        tr.addElement(cell("", fill="#f2f2f2"))
        for y in years:
            tot = sum(r[3].get(y, 0) for r in mine)
            tr.addElement(cell(str(tot) if tot else "", "NumBold", "#f2f2f2"))
        tr.addElement(cell("", fill="#f2f2f2"))
        t.addElement(tr)
    doc.text.addElement(t)
    od.h("4 Oppfølging", 1)
    od.p("Kommunalsjef helse og omsorg rapporterer på tiltakene i tertialrapportene og i årsmeldingen.")
    src = od.save(d / f"{slug}.odt", title=plan.title, author="Solbakken kommune")
    pdf = lo_pdf(src)
    write_gold(plan, pdf)
    return plan, pdf


def main(argv: list[str]) -> None:
    names = argv or list(PLANS)
    for name in names:
        plan, pdf = PLANS[name]()
        import pdfplumber

        with pdfplumber.open(str(pdf)) as p:
            n = len(p.pages)
        print(f"{name}: {n} pp., {len(plan.goals)} goals, {len(plan.measures)} measures, "
              f"{len(findings(plan))} findings, {pdf.stat().st_size // 1024} kB")


if __name__ == "__main__":
    main(sys.argv[1:])
