"""Forms of session 48 (blind batch 53, helper b53fixb), made general, on hand-built inputs with
invented wording: a page printed shrunk with review comments beside it (a comment summary: numbered
markers on the page joined by connector lines to comment boxes in the margin, the page's own
running head inside its frame), an inspection report (one table per point, the record written in
one cell as 'Label: value' fields beside a photo's caption), a bold measure title over its line of
fields with a goal field ('Ansvar: … · Frist: … · Mål: 2'), and a heading that opens a clause
('Innen 2031 vil vi at') over the goal lines that complete it."""

from __future__ import annotations

from conftest import plan_of_blocks, table_of
from test_layout_support import line_words, word_chars

from plancheck.models import Block, BlockKind


def _b(kind: BlockKind, text: str, level: int | None = None, table=None, number: str | None = None) -> Block:
    return Block(id="", kind=kind, text=text, level=level, table=table, number=number)


# ----------------------------------------------------------------- a comment summary

FRAME = (30.0, 40.0, 330.0, 560.0)  # the shrunk page's edge
NOTES = [(360.0, 60.0, 580.0, 95.0), (360.0, 110.0, 580.0, 145.0)]
MARKERS = [(300.0, 120.0, 310.0, 130.0), (200.0, 200.0, 210.0, 210.0)]
LINKS = [((310.0, 125.0), (360.0, 75.0)), ((210.0, 205.0), (360.0, 125.0))]


def _summary_chars(head: str = "Fjordvik kommune · Utkast 4. mai 2031"):
    words = line_words(head, 50, 60, size=6)
    top = 120.0
    for _ in range(8):
        words += line_words("the draft text runs on here in small type", 50, top, size=6)
        top += 10
    words += line_words("Innspel frå Kari: stemmer dette talet?", 370, 70, size=8)
    words += line_words("Innspel frå Ola: ny eigar her", 370, 120, size=8)
    chars = word_chars(words)
    from plancheck.layout.chars import Char

    # the markers' numbers, each centred in its small box
    chars += [Char("1", 303.0, 121.0, 307.0, 129.0, 6, "Bold"), Char("2", 203.0, 201.0, 207.0, 209.0, 6, "Bold")]
    return chars


def _shapes():
    return [FRAME, *NOTES, *MARKERS]


def test_comments_joined_to_markers_are_found():
    from plancheck.layout.annotations import find_annotations

    found = find_annotations(_shapes(), _summary_chars(), lambda: list(LINKS))
    assert sorted(found.notes) == sorted(NOTES)
    assert sorted(found.markers) == sorted(MARKERS)
    assert found.frames == [FRAME]  # the frame holding the markers is the page's edge
    kept = "".join(c.text for c in found.chars(_summary_chars()))
    assert "Innspel" not in kept and "eigar" not in kept  # the comments go
    assert not any(ch.isdigit() for ch in kept.replace("4. mai 2031", ""))  # and the markers' numbers
    assert "draft" in kept


def test_one_marker_and_one_box_are_no_comment_summary():
    from plancheck.layout.annotations import find_annotations

    # a single box joined to a numbered shape is a diagram's arrow as well: nothing taken out
    assert not find_annotations(_shapes(), _summary_chars(), lambda: [LINKS[0]])


def test_the_page_is_read_without_its_comments_and_not_as_a_card():
    from plancheck.layout.document import layout_page

    page = layout_page(1, 842, 595, _summary_chars(), shapes=_shapes(), lines=lambda: list(LINKS))
    text = " ".join(ln.text for ln in page.lines)
    assert "Innspel" not in text and "draft text" in text
    assert page.sheet == FRAME


def test_the_shrunk_pages_running_head_is_furniture():
    from plancheck.layout.document import layout_page, mark_sheet_furniture

    pages = [layout_page(n, 842, 595, _summary_chars(), shapes=_shapes(), lines=lambda: list(LINKS)) for n in (1, 2)]
    lines = [sorted(p.lines, key=lambda ln: ln.top) for p in pages]
    mark_sheet_furniture(pages, lines)
    heads = [ln for page in lines for ln in page if ln.text.startswith("Fjordvik")]
    assert len(heads) == 2 and all(ln.kind == "furniture" for ln in heads)
    assert all(not ln.kind for page in lines for ln in page if "draft" in ln.text)


# ----------------------------------------------------------------- an inspection report


def _inspection():
    return table_of(
        ["Point 3 · The old depot (lot 12)", ""],
        [
            ["Photo: Town archive, 02.04.2031",
             "Observed: Broken fence and old tyres by the gate. Children play there. "
             "Assessment: The owner has not answered two letters. "
             "Action: Order the owner to fence off the yard. Lead: Planning Office Due: Autumn 2031"],
            ["Point 4 · Harbour shed", ""],
            ["Photo: Town archive, 03.04.2031",
             "Observed: Nothing left to clear. Assessment: A good example. Action: Hold a site visit for neighbours. "
             "Lead: Harbour Trust Due: 2032"],
        ],
    )


def test_a_record_written_in_one_cell_reads_as_its_fields():
    from plancheck.extract.fieldrows import cell_fields

    fields = cell_fields("Observed: Tyres by the gate. Assessment: Unsafe. Action: Fence the yard. Lead: Parks Due: 2031")
    assert [lab for lab, _v in fields] == ["Observed", "Assessment", "Action", "Lead", "Due"]
    assert fields[2][1] == "Fence the yard." and fields[3][1] == "Parks"
    assert cell_fields("Photo: Town archive, 02.04.2031") is None  # one field: a caption


def test_an_inspection_table_gives_one_measure_per_point():
    from plancheck.extract.fieldrows import field_records, record_cells

    recs = field_records(record_cells(_inspection()))
    assert recs is not None
    cols = [h.lower() for h in recs.header]
    assert "observed" not in cols and "assessment" not in cols  # the record's context: no item
    rows = [[c.text for c in r] for r in recs.rows]
    assert [r[0] for r in rows] == ["Order the owner to fence off the yard.", "Hold a site visit for neighbours."]
    assert [r[1] for r in rows] == ["Planning Office", "Harbour Trust"]
    plan = plan_of_blocks([_b(BlockKind.heading, "Inspection points", 1), _b(BlockKind.table, "", table=_inspection())], "en")
    assert [m.text.rstrip(".") for m in plan.measures] == ["Order the owner to fence off the yard",
                                                           "Hold a site visit for neighbours"]
    assert [o.text for o in plan.measures[0].owners] == ["Planning Office"]


# ----------------------------------------------------------------- a measure title over its fields


def _goal_lines() -> list[Block]:
    return [_b(BlockKind.heading, "Mål for arbeidet", 1, number="2"),
            _b(BlockKind.heading, "Innen 2031 vil vi at", 3),
            _b(BlockKind.paragraph, "Mål 1 Alle bekker i kommunen skal være åpne og rene."),
            _b(BlockKind.paragraph, "Mål 2 Hageavfall skal ikke dumpes i naturen.")]


def test_a_goal_field_ends_the_field_before_it():
    from plancheck.extract.fields import field_line, goal_field_numbers

    line = "Ansvar: Parkvesenet · Frist: Høsten 2031 · Mål: 1 og 2"
    assert field_line(line) == [("owner", "Parkvesenet"), ("deadline", "Høsten 2031")]
    assert goal_field_numbers(line) == ["1", "2"]


def test_a_bold_measure_title_over_its_fields_is_a_measure_of_the_goals_it_names():
    plan = plan_of_blocks([
        *_goal_lines(),
        _b(BlockKind.heading, "Tiltak i hele kommunen", 1, number="3"),
        _b(BlockKind.heading, "Opprette en ordning for gratis henting av hageavfall", 3),
        _b(BlockKind.paragraph, "Ansvar: Parkvesenet · Frist: Høsten 2031 · Mål: 2"),
        _b(BlockKind.heading, "Kartlegge alle lukkede bekker i sentrum", 3),
        _b(BlockKind.paragraph, "Ansvar: Vannverket · Frist: 2032 · Mål: 1"),
    ], "nb")
    assert [m.text for m in plan.measures] == ["Opprette en ordning for gratis henting av hageavfall",
                                               "Kartlegge alle lukkede bekker i sentrum"]
    by_text = {g.id: g.text for g in plan.goals}
    assert [by_text[g].rstrip(".") for g in plan.measures[0].goal_ids] == ["Hageavfall skal ikke dumpes i naturen"]
    assert plan.measures[0].deadline is not None and plan.measures[0].deadline.text == "Høsten 2031"


def test_a_heading_that_opens_a_clause_is_no_goal():
    plan = plan_of_blocks(_goal_lines(), "nb")
    assert [g.text.rstrip(".") for g in plan.goals] == ["Alle bekker i kommunen skal være åpne og rene",
                                            "Hageavfall skal ikke dumpes i naturen"]


def test_a_nynorsk_note_to_set_in_a_figure_is_a_leftover():
    from plancheck.drafts import leftovers_in

    assert leftovers_in("Besøkande i 2030 [set inn talet for 2030]")
