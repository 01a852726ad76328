"""Layouts of blind batch 20, on hand-built inputs with invented wording: a column of shaded goal
boxes beside stacks of action cards (text, then 'Owner:' / 'Due:' lines), a landscape page
stored portrait and turned by /Rotate, group rows labelled with a goal word the link words do
not hold, a four-level goal scheme coded by its level names ('Virkningsmål V2', 'K2.1 <tab>
…') with measures citing the codes in a last column, and a note of labelled fields under a
numbered measure."""

from __future__ import annotations

import io

import pytest
from test_layout_support import line_words

from plancheck.extract.link import match_goal
from plancheck.extract.plan import build_plan, note_fields
from plancheck.extract.roles import bare_label
from plancheck.extract.tables import _is_total_row, _only_codes, _related_codes, deadline_by_content
from plancheck.ingest.sections import build_sections
from plancheck.layout.blocks import classify
from plancheck.layout.boxes import side_panels
from plancheck.layout.document import turned_box
from plancheck.layout.lines import words_to_lines
from plancheck.layout.records import records_to_tables
from plancheck.layout.settings import DEFAULT
from plancheck.models import (
    BBox,
    Block,
    BlockKind,
    Cell,
    Document,
    Goal,
    GoalKind,
    Provenance,
    Table,
)

# ----------------------------------------------------------- goal boxes beside stacks of cards


def _at(i: int, kind: BlockKind, text: str, box: tuple[float, float, float, float], *, page: int = 1,
        bold: bool = False, size: float = 10.0) -> Block:
    return Block(id=f"b{i}", kind=kind, text=text, bold=bold, font_size=size,
                 provenance=Provenance(page=page, source_text=text, bbox=BBox(x0=box[0], top=box[1], x1=box[2], bottom=box[3])))


def _sidebar_blocks() -> list[Block]:
    """A bold goal sentence in a left box (x 60-170), read before the cards beside it (x 200-540):
    each card a line of text, then 'Owner:' and 'Due:' lines right under it; the last card of the
    first goal breaks over the page."""
    P, H = BlockKind.paragraph, BlockKind.heading
    return [
        _at(0, P, "TARGET 1", (60, 100, 110, 110), size=8.5),
        _at(1, H, "Streets are safe to cross for children", (60, 114, 170, 140), bold=True),
        _at(2, P, "Paint raised crossings outside every primary school", (200, 100, 520, 112)),
        _at(3, P, "Owner: Roads Engineer", (200, 116, 320, 126), size=9),
        _at(4, P, "Due: May 2027", (200, 129, 280, 139), size=9),
        _at(5, P, "Lower the speed limit on the coast road near the harbour", (200, 160, 530, 172)),
        _at(6, P, "Owner: Transport Planner", (200, 176, 330, 186), size=9),
        _at(7, P, "Due: Ongoing", (200, 189, 270, 199), size=9),
        _at(8, P, "Train volunteer crossing wardens for the three villages", (200, 760, 530, 772)),
        _at(9, P, "Owner: Community Safety Lead", (200, 60, 350, 70), page=2, size=9),
        _at(10, P, "Due: Annually", (200, 73, 280, 83), page=2, size=9),
        _at(11, P, "TARGET 2", (60, 110, 110, 120), page=2, size=8.5),
        _at(12, H, "Fewer people are hurt on rural roads", (60, 124, 170, 150), page=2, bold=True),
        _at(13, P, "Put up average speed cameras on the valley road", (200, 110, 520, 122), page=2),
        _at(14, P, "Due: December 2026", (200, 126, 300, 136), page=2, size=9),
        _at(15, P, "Cut back hedges at twelve blind bends", (200, 170, 450, 182), page=2),
        _at(16, P, "Owner: Roads Engineer", (200, 186, 320, 196), page=2, size=9),
    ]


def test_a_heading_beside_the_cards_titles_none_and_each_card_is_a_record():
    out = records_to_tables(_sidebar_blocks())
    # the goal boxes stay what they were: headings read before the cards, no record titles
    assert [b.text for b in out if b.kind != BlockKind.table] == [
        "TARGET 1", "Streets are safe to cross for children", "TARGET 2", "Fewer people are hurt on rural roads"]
    tables = [b.table for b in out if b.kind == BlockKind.table]
    assert [sorted(t.header) for t in tables] == [["", "Due", "Owner"], ["", "Due", "Owner"]]

    def rows(t: Table) -> list[tuple[str, str, str]]:
        col = {h: k for k, h in enumerate(t.header)}
        return [(r[col[""]].text, r[col["Owner"]].text, r[col["Due"]].text) for r in t.rows]

    assert rows(tables[0]) == [
        ("Paint raised crossings outside every primary school", "Roads Engineer", "May 2027"),
        ("Lower the speed limit on the coast road near the harbour", "Transport Planner", "Ongoing"),
        ("Train volunteer crossing wardens for the three villages", "Community Safety Lead", "Annually"),
    ]
    # a card with no 'Owner:' line (or no 'Due:' line) has an empty cell there
    assert rows(tables[1]) == [
        ("Put up average speed cameras on the valley road", "", "December 2026"),
        ("Cut back hedges at twelve blind bends", "Roads Engineer", ""),
    ]


def test_an_introduction_over_labelled_records_or_text_away_from_the_labels_opens_no_record():
    P = BlockKind.paragraph
    intro = [
        _at(0, P, "The actions of the year are listed below", (60, 80, 400, 92)),
        _at(1, P, "Action: Repaint the footbridge", (60, 96, 300, 106)),
        _at(2, P, "Owner: Bridges Team", (60, 109, 300, 119)),
        _at(3, P, "Action: Replace the bus shelter", (60, 122, 300, 132)),
        _at(4, P, "Owner: Transit Unit", (60, 135, 300, 145)),
    ]
    out = records_to_tables(intro)
    assert out[0].kind == BlockKind.paragraph and out[0].text.startswith("The actions")
    # the same cards with each text set off to the right of its label lines, or far above them
    cards = _sidebar_blocks()[2:8]
    for shift in ((40, 0), (0, -60)):
        moved = [_at(k, b.kind, b.text, (b.provenance.bbox.x0 + (shift[0] if k % 3 == 0 else 0),
                                         b.provenance.bbox.top + (shift[1] if k % 3 == 0 else 0),
                                         b.provenance.bbox.x1, b.provenance.bbox.bottom + (shift[1] if k % 3 == 0 else 0)))
                 for k, b in enumerate(cards)]
        assert all(b.table is None or "" not in b.table.header for b in records_to_tables(moved))


def test_a_box_in_the_column_of_side_panels_with_one_line_beside_it_is_one_too():
    """Two goal boxes with a stack of card lines beside each, and a third box of the same column
    with a single short note beside it: all three are side panels."""
    words = []
    boxes = [(60.0, 80.0, 190.0, 180.0), (60.0, 200.0, 190.0, 300.0), (60.0, 320.0, 190.0, 370.0)]
    for box in boxes:
        words += line_words("AIM", 70, box[1] + 8, size=9) + line_words("a short sentence", 70, box[1] + 22, size=11)
    for top in (88, 101, 114, 127, 208, 221, 234, 247):
        words += line_words("an action on a card beside the box", 210, top)
    words += line_words("agreed at the next review", 210, 328)
    found = side_panels(boxes, words, 612)
    assert found == boxes
    # alone on its page (no side panel in its column) the third box is none
    alone = [w for w in words if w.top >= 320]
    assert side_panels([boxes[2]], alone, 612) == []


def _table(header: list[str], rows: list[list[str]]) -> Table:
    return Table(header=header, rows=[[Cell(row=r, col=c, text=t, page=1) for c, t in enumerate(row)]
                                      for r, row in enumerate(rows)], pages=[1])


def test_a_column_header_shared_by_small_tables_is_judged_by_all_their_cells():
    first = _table(["", "Owner", "Due"], [["Paint crossings", "Roads", "May 2027"], ["Lower speeds", "Transport", "Ongoing"],
                                         ["Train wardens", "Safety", "Annually"]])
    roles = [None, "owner", None]
    assert deadline_by_content(first, roles, "en") == roles  # one dated cell of three: not enough alone
    pooled = {"due": ["May 2027", "Ongoing", "Annually", "December 2026", "2027", "March 2028"]}
    assert deadline_by_content(first, roles, "en", pooled=pooled) == [None, "owner", "deadline"]


# ---------------------------------------------------------------------------- rotated pages


def test_a_box_on_a_turned_page_is_turned_as_its_text():
    # a page stored 400 wide and 600 tall, shown landscape (600 x 400) by /Rotate 90
    assert turned_box((50.0, 100.0, 150.0, 130.0), 90, 600.0, 400.0) == (100.0, 50.0, 130.0, 150.0)
    assert turned_box((50.0, 100.0, 150.0, 130.0), 0, 400.0, 600.0) == (50.0, 470.0, 150.0, 500.0)
    assert turned_box((50.0, 100.0, 150.0, 130.0), 180, 400.0, 600.0) == (250.0, 100.0, 350.0, 130.0)


def test_drawn_boxes_of_a_rotated_page_stand_where_its_words_do():
    pytest.importorskip("reportlab")
    pdfium = pytest.importorskip("pypdfium2")
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from plancheck.layout.chars import pdfium_chars
    from plancheck.layout.document import drawn_panels
    from plancheck.layout.words import chars_to_words

    buf = io.BytesIO()
    # (reportlab writes a page of rotation 90 with the box turned: a portrait media box here)
    c = canvas.Canvas(buf, pagesize=(A4[1], A4[0]))
    c.setPageRotation(90)
    # drawn in the portrait box's own space, turned so that it reads upright in the viewer
    c.saveState()
    c.translate(A4[0], 0)
    c.rotate(90)
    c.setFillColorRGB(0.85, 0.92, 0.9)
    c.rect(60, 420, 160, 80, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Helvetica", 11)
    c.drawString(70, 470, "Shaded note")
    c.restoreState()
    c.showPage()
    c.save()
    doc = pdfium.PdfDocument(buf.getvalue())
    page = doc[0]
    width, height = page.get_size()
    box = page.get_mediabox()
    assert page.get_rotation() == 90 and box[2] - box[0] < box[3] - box[1] and width > height
    words = chars_to_words(pdfium_chars(page.get_textpage(), width, height, page.get_rotation(), DEFAULT), DEFAULT)
    panels = drawn_panels(page)
    assert panels, "a rotated page's shapes were dropped"
    note = [w for w in words if w.text in ("Shaded", "note")]
    assert len(note) == 2
    assert any(p[0] <= w.x0 and w.x1 <= p[2] and p[1] <= w.top and w.bottom <= p[3] for p in panels for w in note)


# ---------------------------------------------------------------- group rows and total rows


def _goal(i: int, number: str, text: str) -> Goal:
    return Goal(id=f"g{i}", text=text, number=number, kind=GoalKind.goal, page=1, provenance=Provenance(page=1, source_text=text))


def test_a_group_row_with_a_goal_label_word_and_a_number_names_that_goal():
    goals = [_goal(1, "1", "Alle borgere skal kunne komme rundt i kommunen"),
             _goal(2, "2", "Flere skal have et fast arbejde")]
    assert match_goal("Målsætning 2 – Beskæftigelse", goals) is goals[1]
    assert match_goal("Objective 1: Getting around", goals) is goals[0]


def test_a_total_row_in_millions_is_no_measure():
    row = [Cell(row=5, col=0, text="I alt 2027–2030"), Cell(row=5, col=1, text=""), Cell(row=5, col=2, text="4,1 mio. kr.")]
    assert _is_total_row(row, ["measure", "owner", "cost"], 0)
    row[2] = Cell(row=5, col=2, text="Teknik og Miljø")
    assert not _is_total_row(row, ["measure", "owner", "cost"], 0)


# ------------------------------------------------------------------- a coded four-level scheme


def test_a_code_set_off_by_a_tab_opens_an_item():
    words = line_words("K2.1", 60, 100) + line_words("Alle skal ha trygg skolevei", 100, 100)
    ln = words_to_lines(words, 1, DEFAULT)[0]
    kind, number, _bullet, text = classify(ln, 10.0)
    assert (kind, number, text) == ("list", "K2.1", "Alle skal ha trygg skolevei")
    # a code running into the sentence (no tab) stays text
    close = line_words("K2.1 Alle skal ha trygg skolevei", 60, 100)
    assert classify(words_to_lines(close, 1, DEFAULT)[0], 10.0)[0] == "text"


def test_a_compound_level_name_with_its_own_initial_in_the_code_is_a_goal_label():
    assert bare_label("Virkningsmål V2") == ("goal", "V2")
    assert bare_label("Leveransemål L1.3") == ("goal", "L1.3")
    # a numbered compound without such a code refers to someone else's list
    assert bare_label("Bærekraftsmål 11") is None
    assert bare_label("Leveransemål K2") is None


def test_a_result_column_of_codes_only_names_the_goals_a_row_serves():
    assert _only_codes("K2.1, K2.3") and _only_codes("V1 og V3")
    assert not _only_codes("Minst 30 nye plasser") and not _only_codes("2") and not _only_codes("")
    row = [Cell(row=1, col=0, text="Bygge gang- og sykkelvei"), Cell(row=1, col=1, text="Teknisk"),
           Cell(row=1, col=2, text="2027"), Cell(row=1, col=3, text="K2.1, K2.2")]
    assert _related_codes(row, ["measure", "owner", "deadline", "indicator"]) == ["K2.1", "K2.2"]
    row[3] = Cell(row=1, col=3, text="20 km ny vei")
    assert _related_codes(row, ["measure", "owner", "deadline", "indicator"]) == []


def _plan(blocks: list[Block], lang: str):
    for i, b in enumerate(blocks):
        b.id = f"b{i}"
        b.provenance = Provenance(page=1, source_text=b.text)
    doc = Document(path="x.pdf", page_count=1, blocks=blocks, sections=build_sections(blocks))
    return build_plan(doc, lang=lang, model=None)


def test_measures_citing_coded_sub_goals_link_to_them():
    B = BlockKind
    header = ["Tiltak", "Ansvar", "Frist", "Resultatmål"]
    rows = [header, ["Bygge gang- og sykkelvei langs fylkesveien", "Teknisk sjef", "2027", "K1.1"],
            ["Tilby skoleskyss til alle på 1. trinn", "Oppvekstsjefen", "2026", "K1.1, K1.2"]]
    blocks = [
        Block(id="", kind=B.heading, text="Mål og tiltak", level=1),
        Block(id="", kind=B.heading, text="Virkningsmål V1", level=2),
        Block(id="", kind=B.heading, text="Barn skal ferdes trygt til og fra skolen", level=3),
        Block(id="", kind=B.paragraph, text="Resultatmål"),
        Block(id="", kind=B.list_item, text="Ingen skal gå langs vei uten fortau", number="K1.1"),
        Block(id="", kind=B.list_item, text="Alle skal ha skyss når veien er farlig", number="K1.2"),
        Block(id="", kind=B.table, text=" | ".join(header), table=_table(header, rows[1:])),
    ]
    plan = _plan(blocks, "nb")
    codes = {g.number: g for g in plan.goals}
    assert {"V1", "K1.1", "K1.2"} <= set(codes)
    links = {m.text: sorted(codes_of(plan, m)) for m in plan.measures}
    assert links == {"Bygge gang- og sykkelvei langs fylkesveien": ["K1.1"],
                     "Tilby skoleskyss til alle på 1. trinn": ["K1.1", "K1.2"]}


def test_a_goal_named_by_its_code_takes_the_sentence_of_the_item_numbered_so():
    """Objectives listed as items numbered by code ('QX1 <tab> …'), then a table mapping each code
    to something: the table's code cell names the objective, the item's sentence is its text."""
    B = BlockKind
    header = ["Service aim", "Council priority", "Measure"]
    blocks = [
        Block(id="", kind=B.heading, text="Service aims", level=1),
        Block(id="", kind=B.list_item, text="Inspect every food business rated below three within a year.", number="QX1"),
        Block(id="", kind=B.list_item, text="Answer noise complaints within two working days.", number="QX2"),
        Block(id="", kind=B.heading, text="Links to the council plan", level=1),
        Block(id="", kind=B.table, text=" | ".join(header),
              table=_table(header, [["QX1", "Healthy lives", "Inspections done on time"],
                                    ["QX2", "Safe streets", "Complaints answered in time"]])),
    ]
    for i, b in enumerate(blocks):
        b.id = f"b{i}"
        shown = f"{b.number} {b.text}" if b.number else b.text
        b.provenance = Provenance(page=1, source_text=shown)
    doc = Document(path="x.pdf", page_count=1, blocks=blocks, sections=build_sections(blocks))
    plan = build_plan(doc, lang="en", model=None)
    assert sorted((g.number, g.text) for g in plan.goals) == [
        ("QX1", "Inspect every food business rated below three within a year."),
        ("QX2", "Answer noise complaints within two working days.")]


def codes_of(plan, m) -> list[str]:
    by_id = {g.id: g.number for g in plan.goals}
    return [by_id[g] for g in m.goal_ids]


# ------------------------------------------------------------------------ leader-dot field notes


def test_a_note_of_labelled_fields_gives_each_by_its_label():
    dots = "." * 60
    assert note_fields(f"Ansvar: Kulturkontoret{dots} Frist: Kvar haust", "nn") == ("Kulturkontoret", "Kvar haust")
    assert note_fields(f"Ansvar: Kulturkontoret{dots}", "nn") == ("Kulturkontoret", None)
    assert note_fields(f"{dots} Frist: 2028", "nn") == (None, "2028")
    # a note of who and when in brackets, or of who alone, reads as before
    assert note_fields("Kulturkontoret (haust 2026)", "nn") == ("Kulturkontoret", "haust 2026")
    assert note_fields("Kulturkontoret", "nn") == ("Kulturkontoret", None)
