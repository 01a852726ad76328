"""Layouts of plans batch 17, on hand-built inputs with invented text: a ruled header over a band
row heading an unruled body, poster columns of stacked boxes, running heads with a changing
field, a goal sentence under a bare 'outcome' label, summary bullets of an annex's actions,
a table whose rows are still to come, tasks handed out in the past, placeholder items."""

from __future__ import annotations

from conftest import plan_of_blocks, table_of
from test_grid_tables import EDGES, STARTS, _row
from test_layout_support import line_words

import plancheck
from plancheck.extract.placeholders import is_placeholder
from plancheck.extract.plan import assignment_parts, begin_document
from plancheck.extract.summaries import is_summary
from plancheck.layout.document import grid_bodies
from plancheck.layout.fieldheads import mark_field_headers
from plancheck.layout.lines import words_to_lines
from plancheck.layout.posters import poster_columns, stacks
from plancheck.layout.tables import TablePiece, head_only, head_over_bands
from plancheck.models import BBox, Block, BlockKind, Cell, Document, Measure, Strategy

# --------------------------------------------------------------------------- layout: header over bands


def _head_with_band(top: float = 100.0) -> tuple[TablePiece, list]:
    """A ruled piece of two rows: the shaded header cells and, drawn in the same grid, a group
    row whose text stands in its first cell, the others spanned (no cell of their own)."""
    head = ["Ref", "Action", "Lead", "By when", "Status"]
    cells, words = [], []
    for k, (t, (x0, x1)) in enumerate(zip(head, EDGES, strict=True)):
        cells.append(Cell(row=0, col=k, text=t, page=1, bbox=BBox(x0=x0, top=top, x1=x1, bottom=top + 16)))
        words += line_words(t, x0 + 3.5, top + 3, 9)
    band = [Cell(row=1, col=0, text="Goal 1 Quieter streets", page=1,
                 bbox=BBox(x0=EDGES[0][0], top=top + 16, x1=EDGES[-1][1], bottom=top + 32))]
    band += [Cell(row=1, col=k, text="", page=1) for k in range(1, len(EDGES))]
    words += line_words("Goal 1 Quieter streets", STARTS[0], top + 19, 9)
    piece = TablePiece(1, (40.0, top, 556.0, top + 32), [x0 for x0, _ in EDGES], [cells, band])
    return piece, words


def test_a_ruled_header_over_a_band_row_heads_the_unruled_body_under_it():
    piece, words = _head_with_band()
    assert not head_only(piece) and head_over_bands(piece)
    body = [
        *_row(["1.1", "Lower the speed limit near schools", "Road Safety Team", "2027", "Planned"], 140),
        *_row(["1.2", "Plant hedges along the bypass", "Parks Service", "2028", "Planned"], 158),
    ]
    grid_bodies([piece], [], words + body, 842.0)
    assert [[c.text for c in r] for r in piece.rows[2:]] == [
        ["1.1", "Lower the speed limit near schools", "Road Safety Team", "2027", "Planned"],
        ["1.2", "Plant hedges along the bypass", "Parks Service", "2028", "Planned"],
    ]
    assert piece.rows[1][0].text == "Goal 1 Quieter streets"  # the band row stays a row


def test_a_piece_of_two_full_rows_is_no_header_over_bands():
    piece, _words = _head_with_band()
    piece.rows[1] = [Cell(row=1, col=k, text=t, page=1) for k, t in enumerate(["1.1", "Act", "Team", "2027", "Done"])]
    assert not head_over_bands(piece)


# --------------------------------------------------------------------------- layout: poster columns


def _poster(widths: list[float], heights: list[float]) -> tuple[list, list]:
    """Columns side by side, each a title bar (24 pt) over a tinted box as tall as ``heights``,
    and lines of words in each."""
    shapes, words, x = [], [], 50.0
    for w, h in zip(widths, heights, strict=True):
        shapes += [(x, 130.0, x + w, 154.0), (x, 154.0, x + w, 154.0 + h)]
        words += line_words("Theme", x + 6, 136, 9)
        for k in range(int((h - 12) // 14)):
            words += line_words("some words", x + 6, 160 + 14 * k, 9)
        x += w + 11
    return shapes, words


def test_columns_of_stacked_boxes_side_by_side_are_read_each_as_a_tile():
    shapes, words = _poster([170, 170, 170], [200, 150, 120])
    assert stacks(shapes, 2.0)[0] == (50.0, 130.0, 220.0, 354.0)  # the title bar and its box: one column
    columns = poster_columns(shapes, words, 842.0)
    assert [c[0] for c in columns] == [50.0, 231.0, 412.0]
    assert [c[3] for c in columns] == [354.0, 304.0, 274.0]


def test_boxes_of_different_widths_are_no_poster_columns():
    shapes, words = _poster([170, 120], [200, 150])
    assert poster_columns(shapes, words, 842.0) == []


# --------------------------------------------------------------------------- layout: running heads with a field


def test_a_running_head_naming_each_sheet_is_furniture():
    names = ["Early help", "Schools", "Leisure", "Families"]
    pages, heights = [], []
    for p, name in enumerate(names, start=1):
        head = words_to_lines(line_words(f"Northvale Council · Youth plan 2026–2028 · {name}", 200, 20, 8), p)
        body = words_to_lines(line_words("Area: " + name, 40, 120, 10) + line_words("Offer a weekly drop-in", 40, 140, 10), p)
        pages.append([*head, *body])
        heights.append(595.0)
    mark_field_headers(pages, heights)
    assert all(lines[0].kind == "furniture" for lines in pages)
    assert not any(ln.kind for lines in pages for ln in lines[1:])


def test_headings_set_large_in_the_top_band_are_no_running_head():
    pages, heights = [], []
    for p, text in enumerate(["Goal 1 Clean air for all", "Goal 2 Clean air for children", "Goal 3 Clean air at work"], 1):
        lines = words_to_lines(line_words(text, 40, 20, 16) + line_words("Offer a weekly drop-in", 40, 140, 10)
                               + line_words("Read the figures below", 40, 160, 10), p)
        pages.append(lines)
        heights.append(595.0)
    mark_field_headers(pages, heights)
    assert not any(ln.kind for lines in pages for ln in lines)


# --------------------------------------------------------------------------- extract


def _poster_blocks(with_table: bool = True) -> list[Block]:
    blocks = [
        Block(id="", kind=BlockKind.heading, text="Priority 1 Clean air", level=2),
        Block(id="", kind=BlockKind.paragraph, text="Our outcome"),
        Block(id="", kind=BlockKind.heading, text="Residents will breathe cleaner air in every part of town.", level=3),
        Block(id="", kind=BlockKind.paragraph, text="How we will do this"),
        Block(id="", kind=BlockKind.list_item, text="Trees on the ring road", level=0),
        Block(id="", kind=BlockKind.heading, text="Priority 2 Safe roads", level=2),
        Block(id="", kind=BlockKind.paragraph, text="Our outcome"),
        Block(id="", kind=BlockKind.heading, text="Fewer people will be hurt on the roads of the district.", level=3),
        Block(id="", kind=BlockKind.heading, text="Delivery plan", level=1),
    ]
    if with_table:
        t = table_of(["Ref", "Action", "Lead officer", "Target date"], [
            ["Priority 1: Clean air", "", "", ""],
            ["1.1", "Plant 400 trees along the ring road and the bypass", "Parks Manager", "2027"],
        ])
        blocks.append(Block(id="", kind=BlockKind.table, text="", table=t))
    return blocks


def test_an_aim_sentence_under_a_bare_outcome_label_is_the_goal_its_table_rows_serve():
    plan = plan_of_blocks(_poster_blocks(), "en")
    assert [g.text for g in plan.goals] == [
        "Residents will breathe cleaner air in every part of town.",
        "Fewer people will be hurt on the roads of the district.",
    ]
    assert [m.goal_ids for m in plan.measures] == [[plan.goals[0].id]]
    result = plancheck.check(plan, lang="en")
    unserved = [f.quote for f in result.findings if f.rule == "goal-has-measure"]
    assert unserved and unserved[0].startswith("Fewer people")


def test_summary_bullets_pair_one_by_one_with_the_measures_they_sum_up():
    def s(text, page=1):
        return Strategy(id=text[:5], text=text, page=page)

    def m(text, page=3):
        return Measure(id=text[:5], text=text, page=page)

    short = [s("Wardens in the market square"), s("Brighter lighting in the park")]
    full = [m("Recruit two wardens for the market square on weekend evenings"),
            m("Replace the lighting along the park paths with brighter lamps")]
    assert is_summary(short, full)
    assert not is_summary(short, list(reversed(full)))  # the order pairs them
    assert not is_summary(short[:1], full[:1])  # one is no list
    assert not is_summary([s(x.text, 3) for x in short], full)  # on the measures' own page
    assert not is_summary([s("We will recruit wardens for the square."), short[1]], full)  # a sentence


def test_a_table_whose_title_row_labels_a_goal_and_has_no_measure_rows_states_that_goal():
    t = table_of(["Indsatsområde: Bevægelse", "", "", ""], [
        ["Målsætning: Flere voksne skal dyrke motion hver uge", "", "", ""],
        ["Indsats", "Ansvarlig", "Tidsplan", "Status"],
        ["Indsatser aftales med foreningerne i løbet af efteråret.", "", "", ""],
    ])
    plan = plan_of_blocks([Block(id="", kind=BlockKind.table, text="", table=t)], "da")
    assert [g.text for g in plan.goals] == ["Flere voksne skal dyrke motion hver uge"]
    assert plan.goals[0].provenance.source_text == "Flere voksne skal dyrke motion hver uge"


def test_a_task_handed_out_in_the_past_is_no_measure():
    assert assignment_parts("Styrelsen gav i april förvaltningen i uppdrag att ta fram en plan.") is None
    assert assignment_parts("Förvaltningen fick i uppdrag att ta fram en plan.") is None
    assert assignment_parts("Det föreslås att nämnden ges i uppdrag att ta fram en plan.") == ("nämnden", "ta fram en plan")


def test_placeholder_items_say_their_items_are_still_to_come():
    assert is_placeholder("No measures yet: to be set with the harbour board next spring.", "en")
    assert is_placeholder("Actions to be decided when the plan is revised", "en")
    assert is_placeholder("Ingen tiltak ennå – de kommer ved rulleringen", "nb")
    assert not is_placeholder("No smoking near the school gates", "en")
    assert not is_placeholder("Actions to reduce traffic noise", "en")
    blocks = _poster_blocks()
    t = blocks[-1].table
    t.rows.append([Cell(row=2, col=0, text="Priority 2: Safe roads", page=1)] + [Cell(row=2, col=k, text="", page=1) for k in (1, 2, 3)])
    t.rows.append([Cell(row=3, col=k, text=x, page=1) for k, x in enumerate(["", "No actions yet: to be set next year.", "", ""])])
    plan = plan_of_blocks(blocks, "en")
    assert [m.text for m in plan.measures] == ["Plant 400 trees along the ring road and the bypass"]


def test_a_document_all_tables_takes_its_language_from_the_cells():
    t = table_of(["Indsats", "Ansvarlig", "Tidsplan"], [
        ["Udarbejde en ny plan for skolernes trivsel", "Skolechefen", "løbende"],
        ["Etablere et samarbejde med foreningerne", "Kultur og Fritid", "ultimo 2027"],
    ])
    doc = Document(path="x.pdf", page_count=1, blocks=[Block(id="b0", kind=BlockKind.table, text="", table=t)])
    assert begin_document(doc) == "da"


def test_the_printed_labels_of_spread_pages_are_the_pair_of_pages_they_hold():
    from plancheck.report.pages import labels_from_margins

    # a cover, then pages holding printed 2|3, 4|5, 6|7 (a chapter number in the top band too)
    bands = {1: "", 2: "1 Intro\n2\n3", 3: "3 Goals\n4\n5", 4: "4 Actions\n6\n7"}
    assert labels_from_margins(bands) == {2: "2–3", 3: "4–5", 4: "6–7"}
    assert labels_from_margins({p: f"Page {p} of 5" for p in range(1, 6)}) == {p: str(p) for p in range(1, 6)}


def test_financial_year_quarters_and_thirds_of_a_year_are_dated_as_printed():
    import datetime as dt

    from plancheck.lang.deadlines import parse_deadline

    def span(text, lang):
        d = parse_deadline(text, lang=lang)
        return d.start, d.end

    assert span("Q2 2025/26", "en") == (dt.date(2025, 7, 1), dt.date(2025, 9, 30))
    assert span("Q4 2025/26", "en") == (dt.date(2026, 1, 1), dt.date(2026, 3, 31))
    assert span("Q2 2025", "en") == (dt.date(2025, 4, 1), dt.date(2025, 6, 30))  # a calendar quarter
    assert span("primo 2025", "da") == (dt.date(2025, 1, 1), dt.date(2025, 4, 30))
    assert span("ultimo 2025", "nb") == (dt.date(2025, 9, 1), dt.date(2025, 12, 31))
    assert span("medio mars 2025", "sv") == (dt.date(2025, 3, 11), dt.date(2025, 3, 20))


def test_a_row_of_boxes_repeated_in_the_footer_band_is_furniture_not_a_table():
    from plancheck.layout.fieldheads import furniture_pieces

    def footer(page: int, top: float = 760.0) -> TablePiece:
        texts = ["Signed", "Certified copy", f"Page {page}"]
        cells = [Cell(row=0, col=k, text=t, page=page, bbox=BBox(x0=60 + 160 * k, top=top, x1=220 + 160 * k, bottom=top + 40))
                 for k, t in enumerate(texts)]
        return TablePiece(page, (60.0, top, 540.0, top + 40), [60.0, 220.0, 380.0], [cells])

    pieces = [footer(1), footer(2), footer(3, top=400.0)]  # the third stands mid-page: a table
    heights = {1: 842.0, 2: 842.0, 3: 842.0, 4: 842.0}
    assert furniture_pieces(pieces, heights, 4) == pieces[:2]
    assert furniture_pieces(pieces[:1], heights, 4) == []  # on one page only: no running footer


def test_strategies_a_lead_in_announces_as_the_way_to_a_numbered_goal_are_no_summary():
    from plancheck.extract.summaries import drop_summary_strategies
    from plancheck.models import Goal, Plan, Provenance, SourceInfo

    def block(i, kind, text, page=1):
        return Block(id=f"b{i}", kind=kind, text=text, provenance=Provenance(page=page))

    def plan_with(lead: str) -> Plan:
        goal = Goal(id="g4", text="Eldre skal ha trygge boforhold", number="4", page=1)
        texts = ["Styrke samarbeidet mellom tjenestene", "Støtte frivillige lag i bygdene"]
        strategies = [Strategy(id=f"s{k}", text=t, page=1, goal_ids=["g4"], provenance=Provenance(page=1, source_text=t))
                      for k, t in enumerate(texts)]
        measures = [Measure(id="m1", text="Utarbeide en rutine for samarbeidet om overgang fra barnehage til skole",
                            page=2, goal_ids=["g4"], has_owner_column=True),
                    Measure(id="m2", text="Etablere møteplasser for frivillige i alle bydeler", page=2,
                            goal_ids=["g4"], has_owner_column=True)]
        source = SourceInfo(path="x.pdf", format="pdf", sha256="", pages=2)
        return Plan(source=source, goals=[goal], strategies=strategies, measures=measures), lead, texts

    for lead, kept in (("For å nå mål 4 vil vi:", 2), ("Slik gjør vi det:", 0)):
        plan, lead, texts = plan_with(lead)
        doc = Document(path="x.pdf", blocks=[block(0, BlockKind.paragraph, lead),
                                             *(block(k + 1, BlockKind.list_item, t) for k, t in enumerate(texts))])
        drop_summary_strategies(plan, 5, 2, doc)
        assert len(plan.strategies) == kept, lead
