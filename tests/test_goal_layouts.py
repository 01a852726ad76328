"""Goal layouts the rød tråd must find, on small hand-built inputs: goals set in numbered bands
("Målområde 2" over the goal's sentence), tiles of a grid drawn as boxes side by side (each
tile's lines kept together), a goal table whose second column links each goal to the parent
plan, and a goal written on a "Vi vil:" line. The texts are invented; the PDFs are drawn here
with reportlab."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import plan_of_blocks, table_of

from plancheck.extract.roles import band_goal
from plancheck.extract.tables import linked_goal_table
from plancheck.layout.tiles import grid_tiles
from plancheck.layout.words import Word
from plancheck.mandate.parents import goal_statements, wanted_state
from plancheck.models import Block, BlockKind

# --------------------------------------------------------------------------- numbered bands


@pytest.mark.parametrize(
    ("role", "number", "text", "expected"),
    [
        ("focus_area", "2", "Alle barn skal vokse opp i trygge hjem.", True),
        ("focus_area", "1", "Everyone can reach a park within ten minutes.", True),
        ("goal", "3", "Färre unga ska börja röka före arton år.", True),
        # a focus area's name, no sentence
        ("focus_area", "2", "Oppvekst og utdanning", False),
        ("focus_area", "1", "Climate.", False),
        # two sentences: an explanation, not one goal
        ("focus_area", "1", "Alle skal ha et godt liv. Det krever mye av oss alle.", False),
        # no number: a heading word, not a band
        ("focus_area", None, "Alle barn skal vokse opp i trygge hjem.", False),
        # a label of another role
        ("measure", "2", "Kommunen bygger tre nye barnehager i planperioden.", False),
    ],
)
def test_a_numbered_band_over_one_sentence_states_a_goal(role, number, text, expected):
    assert band_goal(role, number, text, 5) is expected


def _p(text: str, kind: BlockKind = BlockKind.paragraph, level: int | None = None) -> Block:
    return Block(id="", kind=kind, text=text, level=level)


def test_goal_sentences_under_numbered_bands_are_goals():
    """"MÅLOMRÅDE 1" on a band, the goal's sentence under it set as a heading, a line under
    that; a band over a name ("Målområde 3" / "Kultur") gives no goal."""
    plan = plan_of_blocks([
        _p("Kommuneplanens mål", BlockKind.heading, 1),
        _p("MÅLOMRÅDE 1"),
        _p("Alle barn i Åsvik skal vokse opp i trygge hjem.", BlockKind.heading, 2),
        _p("Slik følger vi det opp: årlig rapport til kommunestyret."),
        _p("MÅLOMRÅDE 2"),
        _p("Flere eldre skal kunne bo hjemme lenger.", BlockKind.heading, 2),
        _p("MÅLOMRÅDE 3"),
        _p("Kultur", BlockKind.heading, 2),
    ], "nb")
    assert [(g.text, g.number) for g in plan.goals] == [
        ("Alle barn i Åsvik skal vokse opp i trygge hjem.", "1"),
        ("Flere eldre skal kunne bo hjemme lenger.", "2"),
    ]


def test_a_band_with_its_sentence_on_the_same_line_is_a_goal_and_a_priority_line_under_it_is_none():
    """"Priority 2: …" with the sentence on the band; the "Our priority: …" line under a goal
    says what is done first (as "Så mäter vi: …" said how it is measured): no goal, no part of
    the goal's text."""
    plan = plan_of_blocks([
        _p("Our ambitions", BlockKind.heading, 1),
        _p("Ambition 1: Every street in Westmere is clean and safe to walk.", BlockKind.heading, 2),
        _p("Our priority: Sweep every town centre street twice a week."),
        _p("Priority 2: Tackling climate change", BlockKind.heading, 2),
    ], "en")
    assert [g.text for g in plan.goals] == ["Every street in Westmere is clean and safe to walk."]


# --------------------------------------------------------------------------- tiles


def _word(text: str, x0: float, top: float, width: float = 30.0) -> Word:
    return Word(text, x0, top, x0 + width, top + 10.0, 10.0)


def _tile_words(x0: float, top: float) -> list[Word]:
    return [_word("TEMA", x0 + 8, top + 8), _word("Alle", x0 + 8, top + 22), _word("skal", x0 + 42, top + 22),
            _word("trives", x0 + 8, top + 35)]


def test_boxes_side_by_side_with_a_gutter_are_tiles_read_left_to_right():
    boxes = [(40.0, 100.0, 190.0, 160.0), (200.0, 100.0, 350.0, 160.0), (360.0, 100.0, 510.0, 160.0),
             (40.0, 170.0, 190.0, 230.0), (200.0, 170.0, 350.0, 230.0)]
    words = [w for b in boxes for w in _tile_words(b[0], b[1])]
    # each box drawn twice (fill, then stroke), and an icon's frame inside the first holds no words
    shapes = boxes + boxes + [(44.0, 102.0, 60.0, 118.0)]
    assert grid_tiles(shapes, words, 595.0) == boxes


def test_boxes_that_touch_are_table_cells_and_a_box_alone_is_no_tile():
    cells = [(40.0, 100.0, 190.0, 160.0), (190.0, 100.0, 340.0, 160.0)]  # no gutter
    alone = [(40.0, 300.0, 190.0, 360.0)]
    words = [w for b in cells + alone for w in _tile_words(b[0], b[1])]
    assert grid_tiles(cells + alone, words, 595.0) == []


def test_a_box_cut_by_a_line_of_text_is_no_tile():
    boxes = [(40.0, 100.0, 190.0, 160.0), (200.0, 100.0, 350.0, 160.0)]
    words = [w for b in boxes for w in _tile_words(b[0], b[1])] + [_word("across", 170.0, 140.0, 60.0)]
    assert grid_tiles(boxes, words, 595.0) == []


def _tile_page(path: Path) -> Path:
    """A page drawn with reportlab: a heading, then a row of three rounded tiles (a small
    square icon, a theme word, a goal sentence of two or three lines), a narrow gutter between."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    _w, h = A4
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica-Bold", 18)
    c.drawString(50, h - 70, "Kommunestyrets mål for Lindås")
    tiles = [
        ("OPPVEKST", ["Alle barn og unge skal", "oppleve mestring i", "skolen."]),
        ("HELSE", ["Innbyggjarane skal", "leve lenge og godt."]),
        ("KLIMA", ["Utsleppa skal ned med", "halvparten innan 2035."]),
    ]
    for k, (theme, lines) in enumerate(tiles):
        x = 50 + k * 168
        c.setFillColorRGB(0.93, 0.95, 0.97)
        c.roundRect(x, h - 230, 160, 120, 8, stroke=1, fill=1)
        c.setFillColorRGB(0.2, 0.4, 0.6)
        c.rect(x + 8, h - 140, 20, 20, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(x + 8, h - 155, theme)
        c.setFont("Helvetica", 11)
        for i, line in enumerate(lines):
            c.drawString(x + 8, h - 172 - 14 * i, line)
    c.setFont("Helvetica", 10)
    c.drawString(50, h - 270, "Fagplanane viser kva mål dei følgjer opp.")
    c.save()
    return path


def test_the_lines_of_each_tile_stay_together(tmp_path):
    pytest.importorskip("reportlab")
    from plancheck.pipeline import load_document

    doc = load_document(_tile_page(tmp_path / "tiles.pdf"))
    texts = [b.text for b in doc.blocks]
    for sentence in ["Alle barn og unge skal oppleve mestring i skolen.", "Innbyggjarane skal leve lenge og godt.",
                     "Utsleppa skal ned med halvparten innan 2035."]:
        assert any(sentence in t for t in texts), texts
    # reading order: tile after tile, left to right
    joined = " ".join(texts)
    assert joined.index("OPPVEKST") < joined.index("Alle barn") < joined.index("HELSE") < joined.index("KLIMA")


# --------------------------------------------------------------------------- linked goal tables


@pytest.mark.parametrize(
    ("roles", "expected"),
    [
        (["goal", "references"], True),
        (["goal", "references", "measure"], True),
        (["number", "goal", "references", "indicator"], True),
        # no link column: a goal column alone may quote other plans' goals
        (["goal", None], False),
        # an owner column: a measure table
        (["goal", "references", "measure", "owner"], False),
        # two goal columns, or none
        (["goal", "goal", "references"], False),
        (["measure", "references"], False),
    ],
)
def test_a_goal_table_with_a_link_column(roles, expected):
    assert linked_goal_table(roles) is expected


def test_the_rows_of_a_linked_goal_table_are_goals_and_its_activities_their_measures():
    table = table_of(
        ["Objectives of this strategy", "Linked to", "Activities"],
        [
            ["More residents walk or cycle to work.", "2.1", "• Safe cycle lanes on the ring road • Bike loans"],
            ["Air quality near schools meets the national limit.", "2.3", "• School streets at six schools"],
        ],
    )
    plan = plan_of_blocks([
        _p("3 Objectives", BlockKind.heading, 1),
        Block(id="", kind=BlockKind.table, text="", table=table),
    ], "en")
    assert [g.text for g in plan.goals] == [
        "More residents walk or cycle to work.", "Air quality near schools meets the national limit.",
    ]
    by_goal = {g.id: g.text[:4] for g in plan.goals}
    assert [(m.text, by_goal[m.goal_ids[0]], m.related_codes) for m in plan.measures] == [
        ("Safe cycle lanes on the ring road", "More", ["2.1"]),
        ("Bike loans", "More", ["2.1"]),
        ("School streets at six schools", "Air ", ["2.3"]),
    ]


def test_a_goal_column_without_a_link_column_is_no_linked_goal_table():
    table = table_of(["Mål i kommuneplanen", "Kommentar"], [["Alle skal ha en trygg bolig.", "Vedtatt 2024"]])
    plan = plan_of_blocks([_p("Bakgrunn", BlockKind.heading, 1), Block(id="", kind=BlockKind.table, text="", table=table)], "nb")
    assert plan.goals == []


# --------------------------------------------------------------------------- "Vi vil:" lines


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vi vil: Alle barn skal ha en trygg skolevei.", ["Alle barn skal ha en trygg skolevei."]),
        ("Vi vil: Flere unge skal fullføre videregående skole.", ["Flere unge skal fullføre videregående skole."]),
        # an actor acting: a way to a goal, no goal
        ("Vi vil: Kommunen skal samarbeide med frivillige lag om turløyper.", []),
        # a way without a modal
        ("Vi vil: styrke samarbeidet med frivillige lag.", []),
        # two sentences
        ("Vi vil: Alle barn skal ha en trygg skolevei. Vi bygger fortau.", []),
    ],
)
def test_a_goal_on_a_we_want_line(text, expected):
    """A line of running text (a paragraph): only the "Vi vil:" rule can make it a goal."""
    assert goal_statements(text, "paragraph") == expected


def test_a_goal_on_a_we_want_heading_loses_its_label():
    assert goal_statements("Vi vil: Alle barn skal ha en trygg skolevei.", "heading") == [
        "Alle barn skal ha en trygg skolevei."
    ]


def test_wanted_state_needs_one_sentence_with_a_goals_modal():
    assert wanted_state("Färre unga ska börja röka.")
    assert not wanted_state("Trygga skolvägar")


def test_a_column_naming_the_council_plans_goals_links_a_programmes_goal_table():
    """A Swedish programme names the goal of kommunfullmäktige each of its goals serves in a
    "Kommunmål" column ("Mål 1"): a link column, and the goals beside it the programme's own."""
    from plancheck.lang.vocab import column_role

    assert column_role("Kommunmål") == "references"
    table = table_of(
        ["Nämndens mål", "Kommunmål"],
        [
            ["Alla elever ska kunna simma när de slutar årskurs sex.", "Mål 2"],
            ["Fler unga ska ha en meningsfull fritid.", ""],
        ],
    )
    plan = plan_of_blocks([
        _p("Mål", BlockKind.heading, 1),
        Block(id="", kind=BlockKind.table, text="", table=table),
    ], "sv")
    assert [g.text for g in plan.goals] == [
        "Alla elever ska kunna simma när de slutar årskurs sex.",
        "Fler unga ska ha en meningsfull fritid.",
    ]


def test_an_outcome_beside_what_success_looks_like_is_a_goal_with_its_indicator():
    """'Outcome | What success looks like': the second column says how the outcome will be seen
    to be met (an indicator), though its first word ("what") heads measure columns elsewhere; the
    outcomes are the plan's goals, the table has no measures."""
    from plancheck.lang.vocab import column_role

    assert column_role("What success looks like") == "indicator"
    assert column_role("What") == "measure"
    table = table_of(
        ["Outcome", "What success looks like"],
        [
            ["Older residents stay active in their own neighbourhood.", "More people over 75 in clubs"],
            ["Streets are clean and safe.", "Fewer reports of fly-tipping"],
        ],
    )
    plan = plan_of_blocks([
        _p("Our objectives", BlockKind.heading, 1),
        Block(id="", kind=BlockKind.table, text="", table=table),
    ], "en")
    assert [g.text for g in plan.goals] == [
        "Older residents stay active in their own neighbourhood.", "Streets are clean and safe.",
    ]
    assert plan.measures == []


# --------------------------------------------------------------------------- numbered boxes of a grid


def test_a_grid_of_numbered_boxes_has_no_header_row():
    """Boxes of an infographic read as a table: the top row is boxes 1 and 2, as numbered as the
    rows under it; a header naming columns, or year columns, is a header."""
    from plancheck.extract.tables import header_reads_as_row

    rows = [["3 SKOLE Alle barn skal lære å svømme.", "4 KULTUR Flere skal bruke biblioteket."]]
    assert header_reads_as_row(["1 BOLIG Flere skal eie egen bolig.", "2 ARBEID Flere skal ha fast jobb."], rows)
    assert not header_reads_as_row(["Mål", "Indikator"], rows)
    assert not header_reads_as_row(["2025", "2026"], [["2 X", "3 X"]])
    # the same number twice is no numbering of boxes
    assert not header_reads_as_row(["3 BOLIG Flere skal eie egen bolig.", "x"], rows)


@pytest.mark.parametrize(
    ("text", "number", "rest"),
    [
        ("3 SKOLE Alle barn skal lære å svømme.", "3", "Alle barn skal lære å svømme."),
        ("4 GRØNN OMSTILLING Kommunen skal kutte utslippene.", "4", "Kommunen skal kutte utslippene."),
        # a bare number before the goal numbers a list or a theme: it stays
        ("1 Alle barn skal lære å svømme.", None, "1 Alle barn skal lære å svømme."),
        # capitals that open the sentence itself ("NAV skal …") are no theme word
        ("NAV skal gi raske svar.", None, "NAV skal gi raske svar."),
        ("3 NAV skal gi raske svar.", None, "3 NAV skal gi raske svar."),
    ],
)
def test_a_boxes_number_and_theme_word_are_no_words_of_its_goal(text, number, rest):
    from plancheck.mandate.parents import with_code_label
    from plancheck.models import Goal

    goal = with_code_label(Goal(id="b5-r1c1", text=text, page=1))
    assert (goal.number, goal.text) == (number, rest)
