"""Two table layouts on small hand-built inputs, and one Word document of each printed to PDF by
LibreOffice (the blind corpus made them with odfpy and reportlab):

- a column header naming two roles, the second in brackets ("Ansvar (frist)¹", "Lead (date)"):
  its cells hold owner and deadline as "KU (3. kvartal 2026)", "(HT 2026)", "PS";
- goals numbered as priorities ("Priority 2 <a sentence>", no colon), and a band across the top of
  each measure table naming the goal its rows serve, "Priority 2 (continued)" where the table runs
  onto the next page (no goal of its own)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from plancheck.extract.plan import build_plan
from plancheck.extract.roles import continued_band, focus_sentence, heading_role, label_role
from plancheck.lang.deadlines import split_deadline
from plancheck.lang.vocab import column_roles_named
from plancheck.models import Block, BlockKind, Cell, Document, Provenance, Section, Table

# --------------------------------------------------------------------------- a header of two roles


@pytest.mark.parametrize(
    ("header", "roles"),
    [
        ("Ansvar (frist)¹", ("owner", "deadline")),  # nn/nb, a footnote mark after it
        ("Ansvarleg (frist)", ("owner", "deadline")),
        ("Ansvarig (klart)", ("owner", "deadline")),  # sv
        ("Ansvarlig (tidsfrist)*", ("owner", "deadline")),  # da
        ("Lead (date)", ("owner", "deadline")),  # en
        ("Frist (ansvar)", ("deadline", "owner")),
        ("Ansvar/frist", ("owner", "deadline")),  # the forms read before stay read
        ("Ansvarlig og frist", ("owner", "deadline")),
        # one role, or a bracket that names no second column
        ("Ansvar (enhet)", ()),
        ("Kostnad (kr)", ()),
        ("Frist (år)", ()),
        ("Mål (2024–2027)", ()),
        ("Lead officer", ()),
    ],
)
def test_a_header_with_a_second_role_in_brackets_names_two_columns(header, roles):
    assert column_roles_named(header) == roles


@pytest.mark.parametrize(
    ("cell", "deadline_first", "parts"),
    [
        ("KU (3. kvartal 2026)", False, ("KU", "3. kvartal 2026")),
        ("KU og PS (årleg)", False, ("KU og PS", "årleg")),
        ("(HT 2026)", False, ("", "HT 2026")),  # no owner
        ("PS", False, ("PS", "")),  # no deadline
        ("Alle einingar (2028)", False, ("Alle einingar", "2028")),
        ("HoS (Q1 2028)", False, ("HoS", "Q1 2028")),
        ("Teknik og Miljø (løbende)", False, ("Teknik og Miljø", "løbende")),
        ("Elevhälsan (hösten 2026)", False, ("Elevhälsan", "hösten 2026")),
        ("KU / 2027", False, ("KU", "2027")),  # a slash sets them apart as a space does
        ("2027 (KU)", True, ("KU", "2027")),
        # a bracket that is no deadline belongs to the name
        ("Kulturkontoret (Fjordmuseet)", False, ("Kulturkontoret (Fjordmuseet)", "")),
    ],
)
def test_a_shared_cell_splits_at_its_bracket(cell, deadline_first, parts):
    assert split_deadline(cell, deadline_first=deadline_first) == parts


def _table(header: list[str], rows: list[list[str]]) -> Table:
    return Table(
        header=header,
        rows=[[Cell(row=r, col=c, text=t, page=1) for c, t in enumerate(row)] for r, row in enumerate(rows)],
        pages=[1],
    )


def _doc(blocks: list[tuple[BlockKind, str | Table]]) -> Document:
    """One page, one section per heading; a Table stands for a table block."""
    sections, out, sid = [], [], None
    for i, (kind, what) in enumerate(blocks):
        if kind == BlockKind.heading:
            sid = f"s{len(sections) + 1}"
            sections.append(Section(id=sid, title=str(what), level=1, page=1))
        if isinstance(what, Table):
            out.append(Block(id=f"b{i}", kind=kind, text="", provenance=Provenance(page=1), section_id=sid, table=what))
        else:
            out.append(Block(id=f"b{i}", kind=kind, text=what, provenance=Provenance(page=1, source_text=what),
                             section_id=sid))
    return Document(path="x.pdf", page_count=1, sections=sections, blocks=out)


SHARED = {
    "nn": ("Ansvar (frist)¹", "Mål 1: Fleire skal gå og sykle til skulen.",
           [["1.1", "Merke trygge skulevegar i sentrum", "KU (3. kvartal 2026)"],
            ["1.2", "Byggje sykkelparkering ved alle skular", "(HT 2026)"],
            ["1.3", "Halde sykkeldag for 5. trinn", "PS"]]),
    "sv": ("Ansvarig (klart)", "Mål 1: Fler elever ska må bra i skolan.",
           [["1.1", "Införa hälsosamtal i årskurs 7", "Elevhälsan (hösten 2026)"],
            ["1.2", "Utbilda mentorer i samtalsmetodik", "(VT 2027)"],
            ["1.3", "Följa upp frånvaron varje månad", "Rektor"]]),
    "en": ("Lead (date)", "Goal 1: More residents use the library every month.",
           [["1.1", "Open the central library on Sundays", "HLS (Q3 2026)"],
            ["1.2", "Run a reading club for new readers", "(March 2027)"],
            ["1.3", "Lend tablets to residents without one", "DSM"]]),
}


@pytest.mark.parametrize("lang", sorted(SHARED))
def test_owner_and_deadline_read_from_one_bracketed_cell(lang):
    header, goal, rows = SHARED[lang]
    doc = _doc([(BlockKind.heading, goal), (BlockKind.table, _table(["Nr", "Tiltak", header], rows))])
    plan = build_plan(doc, lang=lang)
    got = [(m.owner_text, m.deadline.text if m.deadline else None) for m in plan.measures]
    expected = []
    for _n, _text, cell in rows:
        owner, _, rest = cell.partition("(")
        expected.append((owner.strip() or None, rest.rstrip(")") or None))
    assert got == expected
    assert all(m.has_owner_column and m.has_deadline_column for m in plan.measures)


# --------------------------------------------------------------------------- priorities and bands


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Priority 1 More residents in the borough use the library.",
         ("1", "More residents in the borough use the library.")),
        ("Priority 2: Recycle 60 percent of household waste by 2030.",
         ("2", "Recycle 60 percent of household waste by 2030.")),
        ("Indsatsområde 3 Flere ældre skal kunne bo hjemme længere.",
         ("3", "Flere ældre skal kunne bo hjemme længere.")),
        ("Satsingsområde 2 – Alle barn skal ha ein trygg oppvekst i kommunen.",
         ("2", "Alle barn skal ha ein trygg oppvekst i kommunen.")),
        # a priority named by a phrase, a line running on after the number, a continued band
        ("Priority 1: Tackling climate change", None),
        ("Priority 1 A greener district.", None),
        ("Priority 12 of 20 projects was completed in the year.", None),
        ("Priority 2 (continued)", None),
        ("Fokusområde 3 Klima. Vi skal kutte utsleppa mykje meir.", None),  # two sentences
        ("Project 2 Residents are helped into new homes quickly.", None),  # no focus-area word
    ],
)
def test_an_aim_numbered_as_a_priority(text, expected):
    assert focus_sentence(text) == expected


def test_a_priority_stating_an_aim_labels_a_goal_as_paragraph_and_as_heading():
    text = "Priority 3 Every park in the borough is within a short walk."
    assert label_role(text) == ("goal", "3", "Every park in the borough is within a short walk.")
    assert heading_role(text) == ("goal", "Every park in the borough is within a short walk.")
    # "Satsingsområde 2:" is a focus-area label; before a sentence it numbers an aim
    assert label_role("Satsingsområde 2: Alle barn skal ha ein trygg oppvekst.")[0] == "goal"
    assert label_role("Satsingsområde 2: Oppvekst")[0] == "focus_area"


@pytest.mark.parametrize(
    ("text", "base"),
    [
        ("Priority 2 (continued)", "Priority 2"),
        ("Priority 2 (cont'd)", "Priority 2"),
        ("Mål 3 (forts.)", "Mål 3"),
        ("Indsatsområde 1 (fortsat)", "Indsatsområde 1"),
        ("Fokusområde 4 (fortsättning)", "Fokusområde 4"),
        ("Priority 2 Residents are helped quickly.", None),
        ("(continued)", None),  # a marker alone names nothing
    ],
)
def test_a_continued_band_without_its_marker(text, base):
    assert continued_band(text) == base


def _band_row(text: str, width: int) -> list[str]:
    return [text] + [""] * (width - 1)


PRIORITIES = {
    "en": (
        "Our priorities",
        ["Priority 1 More residents in the borough use the library.",
         "Priority 2 Every resident who asks for help online gets it within a week."],
        ["Action", "Lead officer", "Target date"],
        "(continued)",
        [["Open the central library on Sundays", "HLS", "Q3 2026"],
         ["Run a reading club for new readers", "DSM", "Q1 2027"]],
        [["Train staff to help residents online", "DSM", "Q2 2026"],
         ["Hold a drop-in digital help desk", "LCM", "Quarterly"],
         ["Lend tablets to residents without one", "HLS", "Q4 2026"]],
    ),
    "da": (
        "Vores indsatsområder",
        ["Indsatsområde 1 Flere ældre skal kunne bo i eget hjem længere.",
         "Indsatsområde 2 Ingen ældre skal føle sig ensomme i kommunen."],
        ["Indsats", "Ansvarlig", "Frist"],
        "(fortsat)",
        [["Tilbyde forebyggende hjemmebesøg til alle over 75 år", "Sundhed og Ældre", "2026"],
         ["Oprette et hjælpemiddeldepot i hvert distrikt", "Teknik og Miljø", "2027"]],
        [["Starte en besøgsvenneordning med frivillige", "Frivilligcentret", "1. halvår 2026"],
         ["Holde et årligt træf for enlige ældre", "Kultur og Fritid", "Hvert år"],
         ["Kortlægge ensomhed blandt ældre", "Sundhed og Ældre", "2027"]],
    ),
}


def _priority_doc(lang: str, *, split_table: bool) -> Document:
    """Goals as 'Priority n <sentence>' lines; then per goal a table whose top row is a band
    naming it, the header under the band; the second table runs onto a 'continued' band, inside
    the table (one table) or over a table of its own (``split_table``). No row is numbered, so
    only the bands can say which goal a row serves."""
    title, goals, header, marker, first, second = PRIORITIES[lang]
    word = goals[1].split()[0]
    width = len(header)

    def banded(band: str, rows: list[list[str]]) -> Table:
        return _table(_band_row(band, width), [header, *rows])

    blocks: list[tuple[BlockKind, str | Table]] = [(BlockKind.heading, title)]
    blocks += [(BlockKind.paragraph, g) for g in goals]
    blocks.append((BlockKind.heading, "Handlingsplan" if lang == "da" else "Action plan"))
    blocks.append((BlockKind.table, banded(goals[0], first)))
    continued = f"{word} 2 {marker}"
    if split_table:
        blocks.append((BlockKind.table, banded(goals[1], second[:1])))
        blocks.append((BlockKind.table, banded(continued, second[1:])))
    else:
        rows = [header, *second[:1], _band_row(continued, width), header, *second[1:]]
        blocks.append((BlockKind.table, _table(_band_row(goals[1], width), rows)))
    return _doc(blocks)


@pytest.mark.parametrize("split_table", [False, True])
@pytest.mark.parametrize("lang", sorted(PRIORITIES))
def test_the_rows_under_a_band_serve_the_goal_it_names(lang, split_table):
    _title, goals, _header, _marker, first, second = PRIORITIES[lang]
    plan = build_plan(_priority_doc(lang, split_table=split_table), lang=lang)
    stated = [g.split(" ", 2)[2] for g in goals]
    assert [g.text for g in plan.goals] == stated  # the bands and the continued band are no goals
    assert [g.number for g in plan.goals] == ["1", "2"]
    by_id = {g.id: g.text for g in plan.goals}
    served = [[by_id[i] for i in m.goal_ids] for m in plan.measures]
    assert [m.text for m in plan.measures] == [r[0] for r in first + second]
    assert served == [[stated[0]]] * len(first) + [[stated[1]]] * len(second)


def test_a_band_naming_no_goal_links_nothing():
    """A band that only titles the table ("Action plan 2026") names no goal: the rows under it
    are not given one by the band."""
    header = ["Action", "Lead officer", "Target date"]
    table = _table(_band_row("Action plan 2026", 3), [header, ["Open the central library on Sundays", "HLS", "Q3 2026"]])
    plan = build_plan(_doc([(BlockKind.heading, "Actions"), (BlockKind.table, table)]), lang="en")
    assert [m.table_goal_text for m in plan.measures] == [None]
    assert plan.goals == []


# --------------------------------------------------------------------------- Word → PDF


def _word_plan(path: Path) -> None:
    """A Word plan in English: priorities as lines, one table per priority with a merged band
    over its header, the second table's band repeated as 'continued' inside it; owner and
    deadline in one 'Lead (date)' column."""
    from docx import Document as Docx

    d = Docx()
    d.add_heading("Library and Digital Help Plan 2026–2029", 0)
    d.add_heading("1 Our priorities", 1)
    goals = ["More residents in the borough use the library.",
             "Every resident who asks for help online gets it within a week."]
    for n, g in enumerate(goals, start=1):
        d.add_paragraph(f"Priority {n} {g}")
    d.add_heading("2 Action plan", 1)
    rows = {
        1: [["Open the central library on Sundays", "HLS (Q3 2026)"],
            ["Run a reading club for new readers", "DSM (Q1 2027)"]],
        2: [["Train staff to help residents online", "DSM (Q2 2026)"],
            None,
            ["Hold a drop-in digital help desk", "LCM (Quarterly)"],
            ["Lend tablets to residents without one", "(Q4 2026)"]],
    }
    for n, body in rows.items():
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"

        def band(text: str, t=t) -> None:
            cells = t.add_row().cells
            merged = cells[0].merge(cells[1])
            merged.paragraphs[0].add_run(text).bold = True

        band(f"Priority {n} {goals[n - 1]}")
        head = t.add_row().cells
        for i, h in enumerate(("Action", "Lead (date)")):
            head[i].paragraphs[0].add_run(h).bold = True
        for row in body:
            if row is None:
                band(f"Priority {n} (continued)")
                continue
            cells = t.add_row().cells
            for i, text in enumerate(row):
                cells[i].text = text
        d.add_paragraph("")
    d.save(path)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_a_word_plan_with_priority_bands_and_a_lead_date_column(tmp_path):
    from corpora.synth.convert import soffice_to_pdf
    from plancheck.mandate.evaluate import load_plan

    src = tmp_path / "library.docx"
    _word_plan(src)
    soffice_to_pdf([src], tmp_path)
    for path in (tmp_path / "library.pdf", src):
        plan = load_plan(path, lang="en")
        assert [g.text for g in plan.goals] == [
            "More residents in the borough use the library.",
            "Every resident who asks for help online gets it within a week.",
        ], path.suffix
        first, second = plan.goals
        assert [(m.owner_text, m.deadline.text if m.deadline else None, m.goal_ids) for m in plan.measures] == [
            ("HLS", "Q3 2026", [first.id]),
            ("DSM", "Q1 2027", [first.id]),
            ("DSM", "Q2 2026", [second.id]),
            ("LCM", "Quarterly", [second.id]),
            (None, "Q4 2026", [second.id]),
        ], path.suffix
