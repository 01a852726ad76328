"""A Gantt chart whose time columns are parts numbered under the year spanning them ('2026' over
'1 | 2 | 3 | 4', joined by the layout as '3 (2026)'), with a 'later' column after the last year;
hand-built blocks with invented wording, the bars given as cell fills."""

from __future__ import annotations

from plancheck.extract.periodheads import later_column, numbered_part_heads
from plancheck.extract.plan import build_plan
from plancheck.ingest.sections import build_sections
from plancheck.models import Block, BlockKind, Cell, Document, Provenance, Table

BAR = "#2f6b3a"


def _quarters(years: list[int]) -> list[str]:
    return [f"{n} ({y})" for y in years for n in (1, 2, 3, 4)]


def test_four_numbered_parts_a_year_are_quarters_named_as_the_language_writes_them():
    header = ["Indsats", "Ansvarlig", *_quarters([2030, 2031]), "Senere"]
    heads = numbered_part_heads(header, "da")
    assert heads[2:6] == ["1. kvartal 2030", "2. kvartal 2030", "3. kvartal 2030", "4. kvartal 2030"]
    assert heads[9] == "4. kvartal 2031" and heads[-1] == "Senere"
    assert numbered_part_heads(header, "en")[9] == "Q4 2031"


def test_two_parts_are_halves_and_a_late_first_year_still_counts():
    header = ["Tiltak", "Ansvar", "2 (2026)", "1 (2027)", "2 (2027)"]
    assert numbered_part_heads(header, "nb")[2:] == ["2. halvår 2026", "1. halvår 2027", "2. halvår 2027"]
    # quarters starting in the third: the full year decides the count
    late = ["Tiltak", "Ansvar", "3 (2026)", "4 (2026)", *_quarters([2027])]
    assert numbered_part_heads(late, "nb")[2] == "3. kvartal 2026"


def test_numbers_that_do_not_run_in_order_or_fill_no_year_are_left_alone():
    shuffled = ["Tiltak", "Ansvar", "1 (2026)", "3 (2026)", "2 (2026)", "4 (2026)"]
    assert numbered_part_heads(shuffled, "nb") == shuffled
    partial = ["Tiltak", "Ansvar", "1 (2026)", "2 (2026)", "3 (2026)"]  # three of four, no full year
    assert numbered_part_heads(partial, "nb")[2] == "1. tertial 2026"  # three parts: tertials
    lone = ["Tiltak", "Ansvar", "1 (2026)", "Frist"]
    assert numbered_part_heads(lone, "nb") == lone


def test_a_later_column_is_only_the_one_right_after_the_last_time_column():
    header = ["Tiltak", "Ansvar", "2026", "2027", "Senere"]
    assert later_column(header, 3, "nb") == 4
    assert later_column(["Tiltak", "Senere", "2026", "2027"], 3, "nb") is None
    assert later_column(["Tiltak", "2026", "2027", "Merknad"], 2, "nb") is None


def _plan(rows: list[tuple[str, str, list[int]]]):
    header = ["Indsats", "Ansvarlig", *_quarters([2026, 2027, 2028]), "Senere"]
    cells = [
        [Cell(row=r, col=0, text=text, page=1), Cell(row=r, col=1, text=owner, page=1)]
        + [Cell(row=r, col=c, text="", page=1, fill=BAR if c in bar else "") for c in range(2, len(header))]
        for r, (text, owner, bar) in enumerate(rows)
    ]
    table = Table(header=header, rows=cells, pages=[1])
    blocks = [
        Block(id="b0", kind=BlockKind.heading, text="Handleplan for vandmiljø 2026–2028", level=1),
        Block(id="b1", kind=BlockKind.heading, text="Mål 1", level=2),
        Block(id="b2", kind=BlockKind.paragraph, text="Søerne i kommunen skal have god økologisk tilstand"),
        Block(id="b3", kind=BlockKind.table, text=" | ".join(header), table=table),
    ]
    for b in blocks:
        b.provenance = Provenance(page=1, source_text=b.text)
    doc = Document(path="x.pdf", page_count=1, blocks=blocks, sections=build_sections(blocks))
    return build_plan(doc, lang="da", model=None)


def test_the_deadline_is_the_last_shaded_quarter_or_the_year_after_the_chart():
    plan = _plan([
        ("Kortlægge søernes tilstand", "Natur og Miljø", [3, 4]),  # Q2–Q3 2026
        ("Rense tilløbene", "Vej og Park", [8, 9, 10, 11]),  # Q3 2027–Q2 2028
        ("Genslynge vandløbene", "Natur og Miljø", [12, 13, 14]),  # Q3 2028 into 'Senere'
        ("Etablere vådområder", "Natur og Miljø", []),  # no bar
    ])
    got = {m.text: (m.deadline.text if m.deadline else None) for m in plan.measures}
    assert got == {
        "Kortlægge søernes tilstand": "3. kvartal 2026",
        "Rense tilløbene": "2. kvartal 2028",
        "Genslynge vandløbene": "2029",
        "Etablere vådområder": None,
    }


def test_a_bar_running_past_the_chart_is_due_after_the_plan_period():
    from plancheck.checks.engine import check_plan

    plan = _plan([
        ("Kortlægge søernes tilstand", "Natur og Miljø", [3, 4]),
        ("Genslynge vandløbene", "Natur og Miljø", [12, 13, 14]),  # Q3 2028 into 'Senere'
    ])
    late = next(m for m in plan.measures if m.text == "Genslynge vandløbene")
    assert late.deadline is not None and late.deadline.start is not None and late.deadline.start.year == 2029
    flagged = [f.quote for f in check_plan(plan, lang="da").findings if f.rule == "deadline-within-plan-period"]
    assert any("Genslynge" in q for q in flagged) and not any("Kortlægge" in q for q in flagged)


def test_months_headed_by_their_initials_under_each_year():
    header = ["Tiltak", "Ansvar", *(f"{c} (2026)" for c in "OND"), *(f"{c} (2027)" for c in "JFMAMJJASOND")]
    heads = numbered_part_heads(header, "nb")
    assert [h.casefold() for h in heads[2:6]] == ["oktober 2026", "november 2026", "desember 2026", "januar 2027"]
    # letters that are not the months' initials in order are no months
    other = ["Tiltak", "Ansvar", *(f"{c} (2026)" for c in "ABCD")]
    assert numbered_part_heads(other, "nb") == other
