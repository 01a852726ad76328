"""Two forms of batch 32 read by structure (hand-built inputs):

- measures drawn as rounded boxes (cards) in the areas of a grid (a priority matrix): the boxes
  known by their Bézier corners (rounded_box), a cell read as its title then each card as a
  bulleted run of lines (card_cell_text), each card read as code, goal chip, text and the
  'owner · year' corner line (extract/cardgrid.py); an area titled as set aside holds none;
- 'what the state does | what we do' tables of a web page: a cell ruled only at its foot is a
  cell (sideless_cell), a line in another type size starts a paragraph, and a cell's items are
  sentences each over a line of its fields (field_line_items)."""

from __future__ import annotations

from plancheck.extract.cardgrid import card_grid, card_row, rejected_area
from plancheck.extract.tables import field_line_items, fielded_bullet_columns
from plancheck.layout.tables import card_cell_text, rounded_box, sideless_cell
from plancheck.layout.words import Word
from plancheck.models import Cell, Table


def _words(text: str, x: float, top: float, size: float = 9) -> list[tuple[Word, float, float]]:
    out = []
    for w in text.split():
        word = Word(w, x, top, x + 6 * len(w), top + size, size)
        out.append((word, (word.x0 + word.x1) / 2, (word.top + word.bottom) / 2))
        x += 6 * len(w) + 3
    return out


def test_a_path_of_four_bezier_corners_is_a_rounded_box_whatever_points_pdfplumber_lists():
    corners = [("m", (0, 0))] + [("l", (1, 1)), ("c", (0, 0), (1, 1), (2, 2))] * 4 + [("h",)]
    assert rounded_box({"pts": [(0, 0)] * 10, "path": corners})
    assert not rounded_box({"pts": [(0, 0)] * 5, "path": [("m", (0, 0)), ("l", (1, 1)), ("h",)]})


def test_a_cell_holding_boxes_reads_its_title_then_each_box_as_a_bulleted_run_of_lines():
    cell = (85.0, 77.0, 447.0, 298.0)
    boxes = frozenset({(97.0, 117.0, 435.0, 162.0), (97.0, 171.0, 435.0, 228.0), (100.0, 119.0, 130.0, 130.0)})
    placed = [*_words("Do first", 97, 85), *_words("A1 Goal 1", 100, 120), *_words("Map every gully", 100, 133),
              *_words("Highways Team · 2026", 250, 148, 7), *_words("A2 Goal 2", 100, 174),
              *_words("Plant trees", 100, 190), *_words("– · 2029", 300, 212, 7)]
    text = card_cell_text(placed, cell, boxes)
    assert text == ("Do first\n• A1 Goal 1\nMap every gully\nHighways Team · 2026\n"
                    "• A2 Goal 2\nPlant trees\n– · 2029")
    assert card_cell_text(placed, cell, frozenset({(500.0, 117.0, 700.0, 162.0)})) is None  # no box in the cell


def test_a_card_reads_code_goal_chip_text_and_corner_line():
    assert card_row(["Å4 Mål 1, 2", "Bygga en översvämningsyta", "Gatuenheten och Vatten AB · 2028"], "sv") == (
        "Å4", "Bygga en översvämningsyta", "Gatuenheten och Vatten AB", "2028", "Mål 1, 2")
    assert card_row(["Å8 Mål 2", "Plantera träd", "– · 2029"], "sv") == ("Å8", "Plantera träd", "", "2029", "Mål 2")
    assert card_row(["Å7 Mål 2", "Byta asfalt", "Alla förvaltningar · –"], "sv")[2:4] == ("Alla förvaltningar", "")
    # no corner line: the last line is text
    assert card_row(["Mål 4", "Rena dagvattnet i ett eget", "reningsverk"], "sv") == (
        "", "Rena dagvattnet i ett eget reningsverk", "", "", "Mål 4")


def _grid(cells: list[str]) -> Table:
    header = cells[:2]
    rows = [[Cell(row=0, col=i, text=t) for i, t in enumerate(cells[2:])]]
    return Table(header=header, rows=rows)


def test_a_grid_of_carded_areas_gives_one_row_per_card_less_the_rejected_area():
    grid = _grid([
        "Gjøres først\n• T1 Mål 1\nKartlegge flomveier\nVann og avløp · 2026\n• T2 Mål 3\nSende informasjon\nKommunikasjon · hvert år",
        "Planlegges\n• T3 Mål 1, 2\nBygge basseng\nVann og avløp · 2028",
        "Når anledningen byr seg\n• T4 Mål 2\nPlante trær\n– · 2029",
        "Prioriteres ikke\n• Mål 1\nLegge om ledningsnettet",
    ])
    read = card_grid(grid, "nb")
    assert read is not None
    assert [[c.text for c in r] for r in read.rows] == [
        ["T1", "Kartlegge flomveier", "Vann og avløp", "2026", "Mål 1"],
        ["T2", "Sende informasjon", "Kommunikasjon", "hvert år", "Mål 3"],
        ["T3", "Bygge basseng", "Vann og avløp", "2028", "Mål 1, 2"],
        ["T4", "Plante trær", "", "2029", "Mål 2"],
    ]
    assert rejected_area("Väljs bort – ingår inte i planen", "sv") and rejected_area("Not taken forward", "en")
    assert not rejected_area("Do first – high benefit, low cost", "en")


def test_bulleted_cells_without_corner_lines_are_no_card_grid():
    swot = _grid(["Styrker\n• God økonomi\n• Korte avstander", "Svakheter\n• Få ansatte\n• Gamle bygg",
                  "Muligheter\n• Ny vei", "Trusler\n• Klima"])
    assert card_grid(swot, "nb") is None


def test_a_cell_ruled_above_and_below_across_its_width_is_a_cell_though_its_sides_are_undrawn():
    rules = [{"orientation": "h", "top": y, "x0": 258.0, "x1": 547.5} for y in (543.0, 595.5, 666.0)]
    assert sideless_cell((258.0, 543.0, 547.5, 596.0), rules)
    assert not sideless_cell((258.0, 543.0, 547.5, 620.0), rules)  # no rule at its foot
    assert not sideless_cell((200.0, 543.0, 547.5, 596.0), rules)  # the rules do not cross it whole


def test_a_cell_of_sentences_each_over_its_field_line_holds_one_measure_each():
    text = ("Ansætte to psykologer i det\nforebyggende team\nAnsvarlig: Børn og Familie · Tidsplan: 2027\n"
            "Uddanne sundhedsplejerskerne\nAnsvarlig: Sundhedsplejen · Tidsplan: Hvert\nskoleår")
    assert field_line_items(text, "da") == [
        ("Ansætte to psykologer i det forebyggende team", "Børn og Familie", "2027"),
        ("Uddanne sundhedsplejerskerne", "Sundhedsplejen", "Hvert skoleår"),
    ]
    assert field_line_items("Ingen kommunal indsats – regionens opgave.", "da") is None


def test_the_column_of_fielded_items_is_judged_over_every_table_under_its_head():
    head = ["Det gør staten", "Det gør vi"]
    one = Table(header=head, rows=[
        [Cell(row=0, col=0, text="Regionerne skal nedbringe ventetiden."),
         Cell(row=0, col=1, text="Ingen kommunal indsats – regionens opgave.")],
        [Cell(row=1, col=0, text="–"),
         Cell(row=1, col=1, text="Indføre en telefontid\nAnsvarlig: PPR · Tidsplan: 2027")]])
    assert fielded_bullet_columns(one, "da") is None  # one fielded item alone: too few
    pooled = {"det gør vi": ["Udvide rådgivningen\nAnsvarlig: PPR · Tidsplan: 2026",
                             "Indføre en telefontid\nAnsvarlig: PPR · Tidsplan: 2027"],
              "det gør staten": ["Regionerne skal nedbringe ventetiden.", "–"]}
    read = fielded_bullet_columns(one, "da", pooled=pooled)
    assert read is not None and [r[0].text for r in read.rows] == ["Indføre en telefontid\nAnsvarlig: PPR · Tidsplan: 2027"]


def _line(text: str, top: float, page: int = 1, size: float = 10.0):
    from plancheck.layout.lines import Line
    from plancheck.layout.words import Char, split_words

    chars, x = [], 60.0
    for ch in text:
        w = 2.5 if ch == " " else 5.0
        chars.append(Char(ch, x, top, x + w, top + size, size, "Sans", False))
        x += w
    words = split_words(chars)
    return Line(page=page, words=words, x0=words[0].x0, x1=words[-1].x1, top=top, bottom=top + size, size=size,
                bold=False, text=" ".join(w.text for w in words))


def test_a_contents_list_without_page_numbers_is_the_headings_it_names_further_on():
    from plancheck.layout.furniture import mark_toc

    first = [_line("Indhold", 80), _line("Indledning", 100), _line("Mål 1: Tidlig hjælp", 114),
             _line("Opfølgning", 128), _line("Indledning", 160), _line("Hvert femte barn svarer", 180)]
    second = [_line("Mål 1: Tidlig hjælp", 80, page=2), _line("Opfølgning", 200, page=2)]
    mark_toc([first, second])
    assert [ln.kind for ln in first] == ["toc", "toc", "toc", "toc", "", ""]
    assert [ln.kind for ln in second] == ["", ""]


def test_a_goal_sentence_set_as_a_heading_without_its_full_stop_is_the_topic_goals_text():
    from plancheck.models import Block, BlockKind
    from tests.conftest import plan_of_blocks, table_of

    def h(text: str, level: int) -> Block:
        return Block(id="", kind=BlockKind.heading, text=text, level=level, bold=True)

    blocks = [
        h("Mål 1: Tidlig hjælp", 2),
        h("Flere børn skal have hjælp, før problemerne vokser sig store", 3),
        Block(id="", kind=BlockKind.table, text="", table=table_of(["Indsats", "Ansvarlig", "Tidsplan"],
                                                                  [["Udvide rådgivningen", "PPR", "2026"]])),
        h("Mål 2: Samarbejde", 2),
        h("Møder og netværk", 3),  # a sub-heading of words, no aim: no goal text
    ]
    goals = plan_of_blocks(blocks, "da").goals
    assert goals[0].text == "Flere børn skal have hjælp, før problemerne vokser sig store"
    assert all(g.text != "Møder og netværk" for g in goals)


def test_a_strategy_printed_on_a_row_of_its_own_is_the_strategy_of_the_action_rows_under_it():
    from plancheck.models import Block, BlockKind
    from tests.conftest import plan_of_blocks, table_of

    rows = [["Generate more clean energy locally", "", "255 MW by 2035", ""],
            ["", "Launch community solar", "55 MW by 2025", "City Council"],
            ["", "Increase solar installations", "", "Energy Office"],
            ["Use less energy in our buildings", "", "2% a year", ""],
            ["", "Benchmark large buildings", "", "City Council"]]
    table = table_of(["Strategies", "Actions", "Target/KPI", "Lead"], rows)
    plan = plan_of_blocks([Block(id="", kind=BlockKind.heading, text="Energy", level=1),
                           Block(id="", kind=BlockKind.table, text="", table=table)], "en")
    by_id = {s.id: s.text for s in plan.strategies}
    assert sorted(by_id.values()) == ["Generate more clean energy locally", "Use less energy in our buildings"]
    served = {m.text: [by_id[s] for s in m.strategy_ids] for m in plan.measures}
    assert served["Increase solar installations"] == ["Generate more clean energy locally"]
    assert served["Benchmark large buildings"] == ["Use less energy in our buildings"]
