"""Mechanisms of session 50 (branch s50fixc), per stage on hand-built inputs with invented wording.

- layout (layout/tiles.py): a row of cards with rounded corners that pdfplumber took for a table
  whose cells end a corner's radius inside the drawn boxes is still tiles, not a table;
- extract (extract/cardcodes.py): a chip holding a code alone ('K2'), read after the goal of its
  card, is that goal's code, no goal of its own, and a table citing the code serves that goal;
- extract (extract/canvaspanels.py): a purpose panel beside numbered goals is no goal, and the
  ticked lines under a numbered goal in a panel headed 'goals and criteria' are its indicators;
- lang (lang/owners.py, the lexicon's da ``definite_endings``): a Danish plural unit in its
  definite form ('-ene', '-erne') before 'og' is an owner of its own.
"""

from __future__ import annotations

from conftest import table_of

from plancheck.extract.plan import build_plan
from plancheck.ingest.sections import build_sections
from plancheck.lang.owners import split_owners
from plancheck.layout.tables import TablePiece
from plancheck.layout.tiles import tile_row_pieces
from plancheck.models import BBox, Block, BlockKind, Cell, Document, Provenance

# --- layout: rounded cards pdfplumber took for a table's cells


def _piece(boxes: list[tuple[float, float, float, float]], texts: list[str]) -> TablePiece:
    cells: list[Cell | None] = [Cell(row=0, col=k, text=t, bbox=BBox(x0=b[0], top=b[1], x1=b[2], bottom=b[3]))
                                for k, (b, t) in enumerate(zip(boxes, texts, strict=True))]
    return TablePiece(page=1, bbox=(boxes[0][0], boxes[0][1], boxes[-1][2], boxes[-1][3]), col_x=[b[0] for b in boxes], rows=[cells])


def test_cells_ending_a_corner_radius_inside_rounded_cards_are_tiles():
    drawn = [(300.0, 220.0, 480.0, 285.0), (490.0, 220.0, 670.0, 285.0)]
    # the cells' sides are the cards' straight stretches: 2.5 pt short at the top, 4.2 at the bottom
    cells = [(300.8, 222.5, 479.5, 280.8), (479.5, 222.5, 490.5, 280.8), (490.5, 222.5, 669.6, 280.8)]
    assert tile_row_pieces([_piece(cells, ["K1 Aim 1 Cleaner air", "", "K2 Aim 2 Quieter streets"])], drawn, 842)
    # a cell standing far in from a box's side is no such box: a table drawn on a panel
    narrow = [(330.0, 222.5, 479.5, 280.8), (479.5, 222.5, 490.5, 280.8), (490.5, 222.5, 640.0, 280.8)]
    assert not tile_row_pieces([_piece(narrow, ["one", "", "two"])], drawn, 842)
    # a cell reaching out of the box at its foot is no such box either
    tall = [(300.8, 222.5, 479.5, 292.0), (479.5, 222.5, 490.5, 292.0), (490.5, 222.5, 669.6, 292.0)]
    assert not tile_row_pieces([_piece(tall, ["one", "", "two"])], drawn, 842)


# --- extract: the walk over hand-built blocks, each with a box of its own


def _plan(blocks: list[Block], lang: str):
    for i, b in enumerate(blocks):
        b.id = f"b{i}"
        b.provenance = Provenance(page=1, source_text=b.text, bbox=BBox(x0=40, top=20.0 * i, x1=300, bottom=20.0 * i + 15))
    doc = Document(path="x.pdf", page_count=1, blocks=blocks, sections=build_sections(blocks))
    return build_plan(doc, lang=lang, model=None)


def _cards(chip_texts: tuple[str, str]) -> list[Block]:
    return [
        Block(id="", kind=BlockKind.heading, text="Harbour Quarter Noise and Air Plan 2051–2053", level=1),
        Block(id="", kind=BlockKind.heading, text="Our aims", level=2),
        Block(id="", kind=BlockKind.heading, text="Aim 1", level=3),
        Block(id="", kind=BlockKind.paragraph, text="Cut the nitrogen dioxide near the ferry terminal by a third by 2053"),
        Block(id="", kind=BlockKind.paragraph, text=chip_texts[0], chip=True),
        Block(id="", kind=BlockKind.heading, text="Aim 2", level=3),
        Block(id="", kind=BlockKind.paragraph, text="Make the streets round the quay quieter at night"),
        Block(id="", kind=BlockKind.paragraph, text=chip_texts[1], chip=True),
        Block(id="", kind=BlockKind.heading, text="Actions", level=2),
        Block(id="", kind=BlockKind.table, text="", table=table_of(
            ["Action", "Lead", "Deadline", "Aim"],
            [["Fit shore power to the two ferry berths", "Port Authority", "2052", "K1"],
             ["Resurface the quay road with low-noise asphalt", "Highways Team", "2053", "K2"]])),
    ]


def test_a_code_chip_of_a_goal_card_is_the_goals_code_and_no_goal():
    plan = _plan(_cards(("K1", "K2")), "en")
    assert sorted(g.text for g in plan.goals) == [
        "Cut the nitrogen dioxide near the ferry terminal by a third by 2053",
        "Make the streets round the quay quieter at night",
    ]
    number = {g.id: g.number for g in plan.goals}
    assert sorted(number.values()) == ["K1", "K2"]
    served = {m.text: [number[g] for g in m.goal_ids] for m in plan.measures}
    assert served == {"Fit shore power to the two ferry berths": ["K1"],
                      "Resurface the quay road with low-noise asphalt": ["K2"]}
    # 'Aim 1' carrying a 'K3' chip: the chip names something else, and the goal keeps its number
    plan = _plan(_cards(("K3", "K2")), "en")
    first = next(g for g in plan.goals if g.text.startswith("Cut the nitrogen"))
    assert first.number == "1"


def _canvas(purpose_heading: str, criteria_heading: str) -> list[Block]:
    return [
        Block(id="", kind=BlockKind.heading, text="Projektcanvas: Grønne skolegårde i Vesterlund 2052–2054", level=1),
        Block(id="", kind=BlockKind.heading, text=purpose_heading, level=2),
        Block(id="", kind=BlockKind.paragraph, text="Hvorfor laver vi projektet?"),
        Block(id="", kind=BlockKind.paragraph, text="Kommunen vil give børnene mere natur tæt på, hvor de går i skole."),
        Block(id="", kind=BlockKind.heading, text=criteria_heading, level=2),
        Block(id="", kind=BlockKind.heading, text="Mål 1. Alle skolegårde i Vesterlund skal have et grønt område", level=3),
        Block(id="", kind=BlockKind.list_item, text="Seks skolegårde har plantet træer inden udgangen af 2053", bullet="✓", level=1),
        Block(id="", kind=BlockKind.heading, text="Mål 2. Eleverne skal selv være med til at passe de grønne områder", level=3),
        Block(id="", kind=BlockKind.list_item, text="Mindst 40 % af klasserne har en plantedag om året", bullet="✓", level=1),
        Block(id="", kind=BlockKind.list_item, text="Forældrerådet giver ordningen mindst 4 af 5 i evalueringen", bullet="✓", level=1),
        Block(id="", kind=BlockKind.heading, text="Aktiviteter", level=2),
        Block(id="", kind=BlockKind.paragraph, text="Hvad gør vi – og hvem står for det?"),
        Block(id="", kind=BlockKind.paragraph, text="TIL MÅL 1", bold=True),
        Block(id="", kind=BlockKind.list_item, text="Plante træer og buske i seks skolegårde (ansv.: Park og Vej)", number="A1", level=1),
        Block(id="", kind=BlockKind.paragraph, text="TIL MÅL 2", bold=True),
        Block(id="", kind=BlockKind.paragraph, text="Aktiviteterne fastlægges sammen med skolebestyrelserne i foråret 2053."),
    ]


def test_a_line_saying_a_goals_activities_are_still_to_be_agreed_is_no_strategy():
    plan = _plan(_canvas("FORMÅL", "MÅL OG SUCCESKRITERIER"), "da")
    assert plan.strategies == []
    number = {g.id: g.number for g in plan.goals}
    assert [([number[g] for g in m.goal_ids], m.strategy_ids) for m in plan.measures] == [(["1"], [])]


def test_a_purpose_panel_beside_numbered_goals_is_no_goal_and_ticked_criteria_are_indicators():
    plan = _plan(_canvas("FORMÅL", "MÅL OG SUCCESKRITERIER"), "da")
    assert sorted(g.text.rstrip(".") for g in plan.goals) == [
        "Alle skolegårde i Vesterlund skal have et grønt område",
        "Eleverne skal selv være med til at passe de grønne områder",
    ]
    number = {g.id: g.number for g in plan.goals}
    criteria = {i.text: [number[g] for g in i.goal_ids] for i in plan.indicators}
    assert criteria == {
        "Seks skolegårde har plantet træer inden udgangen af 2053": ["1"],
        "Mindst 40 % af klasserne har en plantedag om året": ["2"],
        "Forældrerådet giver ordningen mindst 4 af 5 i evalueringen": ["2"],
    }
    # without numbered goals the purpose is the plan's goal, as before
    blocks = [b for b in _canvas("FORMÅL", "MÅL OG SUCCESKRITERIER") if not b.text.startswith("Mål ")]
    blocks = [b for b in blocks if b.kind != BlockKind.list_item or b.number]
    plan = _plan(blocks, "da")
    assert any(g.text.startswith("Kommunen vil give børnene") for g in plan.goals)


def test_joined_heading_roles():
    from plancheck.extract.canvaspanels import joined_roles

    assert joined_roles("Mål og succeskriterier") == {"goal", "indicator"}
    assert joined_roles("Goals and indicators") == {"goal", "indicator"}
    assert joined_roles("Mål") == set()
    assert joined_roles("Mål 1. Borgerne skal møde hinanden, hvor de bor") == set()


# --- lang: Danish owners joined by 'og'


def test_a_danish_plural_unit_in_its_definite_form_is_an_owner_of_its_own():
    assert [o.text for o in split_owners("Ældrerådene og Frivilligcenter", lang="da")] == ["Ældrerådene", "Frivilligcenter"]
    assert [o.text for o in split_owners("Skolebestyrelserne og Ungdomsskole", lang="da")] == ["Skolebestyrelserne", "Ungdomsskole"]
    # a department's name of two bare nouns stays one owner
    assert [o.text for o in split_owners("Park og Vej", lang="da")] == ["Park og Vej"]


# --- layout: the last row of a ruled grid left open at its foot (layout/tables.py)


def _lanes_pdf(path) -> None:
    """A swimlane grid drawn as a browser prints it: a head band, each lane's label in a shaded
    box, a rule over each lane across the time columns and the columns' dividers, but no rule
    under the last lane: only its label's box reaches the grid's foot."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen import canvas

    width, height = landscape(A4)
    cols = [40.0, 170.0, 330.0, 490.0, 650.0]
    c = canvas.Canvas(str(path), pagesize=(width, height))
    c.setLineWidth(0.75)

    def y(top: float) -> float:
        return height - top

    c.setFillGray(0.85)
    c.rect(cols[0], y(100), cols[-1] - cols[0], 20, stroke=0, fill=1)
    c.setFillGray(0)
    c.setFont("Helvetica-Bold", 10)
    for x, head in zip(cols, ["Lead team", "2051", "2052", "2053"], strict=False):
        c.drawString(x + 5, y(94), head)
    lanes = [("Coastal Works", ["Raise the sea wall at Gull Point", "", ""]),
             ("Parks Service", ["", "Plant salt marsh at Reed Bay", ""]),
             ("Lead not yet agreed", ["", "Survey the cliff path for erosion", ""])]
    top = 100.0
    c.setFont("Helvetica", 10)
    for label, items in lanes:
        bottom = top + 50
        c.setFillGray(0.9)
        c.rect(cols[0], y(bottom), cols[1] - cols[0], bottom - top, stroke=0, fill=1)
        c.setFillGray(0)
        c.drawString(cols[0] + 5, y(top + 14), label)
        c.line(cols[1], y(top), cols[-1], y(top))  # the rule over the lane
        for x in cols[1:]:
            c.line(x, y(top), x, y(bottom))  # the columns' dividers
        for x, text in zip(cols[1:], items, strict=False):
            if text:
                c.drawString(x + 5, y(top + 14), text)
        top = bottom
    c.showPage()
    c.save()


def test_the_last_lane_of_a_grid_open_at_its_foot_keeps_its_words(tmp_path):
    from plancheck.layout.document import read_pages

    pdf = tmp_path / "lanes.pdf"
    _lanes_pdf(pdf)
    page = read_pages(pdf)[0]
    rows = [[(c.text if c is not None else "") for c in row] for p in page.pieces for row in p.rows]
    assert ["Lead not yet agreed", "", "Survey the cliff path for erosion", ""] in rows
