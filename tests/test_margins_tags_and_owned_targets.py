"""A margin of several strips beside two text columns, floating cross-reference tags, a target
set by the plan's authors in running text, a unit named in the genitive as the owner of a
titled action, and a numbered title's statement over labelled measures — hand-built inputs."""

from __future__ import annotations

from conftest import plan_of_blocks
from test_layout_support import line_words

from plancheck.extract.plan import _genitive_unit
from plancheck.extract.prose import own_target
from plancheck.layout.columns import margin_strips, xy_cut
from plancheck.layout.lines import Line, floating_tags
from plancheck.layout.words import Word
from plancheck.models import Block, BlockKind, GoalKind


def _texts(regions) -> list[str]:
    return [" ".join(w.text for w in sorted(r.words, key=lambda w: (w.top, w.x0))) for r in regions]


def margin_page() -> list[Word]:
    """A chapter label at the page edge and a web address nearer the text (two margin strips,
    a gutter between them), then a long left column and a short right one."""
    words = line_words("Kapittel", 20, 120, size=16)
    words += line_words("www.x.org", 80, 300, size=7)
    for i in range(20):
        words += line_words("venstre spalte med tekst som fyller", 140, 40 + 14 * i)
    for i in range(8):
        words += line_words("høyre spalte med tekst som fyller", 360, 100 + 14 * i)
    return words


def test_two_margin_strips_are_one_margin_beside_the_columns():
    # the margin first, then the whole left column, then the right one (not the left column
    # cut where the right one ends, its rest read after the right one with the note)
    got = _texts(xy_cut(margin_page(), 595))
    assert [t.split()[0] for t in got] == ["Kapittel", "venstre", "høyre"]
    assert got[0] == "Kapittel www.x.org"


def test_margin_strips_are_joined_only_beside_text_columns():
    left = line_words("Kapittel", 20, 120, size=16)
    note = line_words("www.x.org", 80, 300, size=7)
    col = [w for i in range(20) for w in line_words("venstre spalte med tekst som fyller", 140, 40 + 14 * i)]
    right = [w for i in range(8) for w in line_words("høyre spalte med tekst som fyller", 360, 100 + 14 * i)]
    parts = margin_strips([left, note, col, right], 595)
    assert parts is not None and len(parts) == 3 and parts[0] == left + note
    # with one text column left there are no columns to stand beside
    assert margin_strips([left, note, col], 595) is None


def _line(text: str, x: float, top: float, size: float = 9.0) -> Line:
    ws = line_words(text, x, top, size=size)
    return Line(page=1, words=ws, x0=ws[0].x0, x1=ws[-1].x1, top=top, bottom=top + size, size=size, bold=False, text=text)


def test_a_tag_between_a_title_and_its_second_line_floats():
    lines = [_line("3 :: TRANSPORTATION-RELATED", 160, 36), _line("Tr", 340, 42.5, size=8),
             _line("CONSUMPTION", 160, 47.4), _line("Reduce energy use for transport", 160, 58.4)]
    assert floating_tags(lines) == [1]


def test_a_year_or_a_word_in_the_text_size_beside_a_paragraph_is_no_tag():
    year = [_line("Plant trees along the", 160, 36), _line("2025", 340, 42.5, size=8), _line("main roads", 160, 47.4)]
    same = [_line("Plant trees along the", 160, 36), _line("Tr", 340, 42.5), _line("main roads", 160, 47.4)]
    inside = [_line("Plant trees along the", 160, 36), _line("Tr", 200, 42.5, size=8), _line("main roads and all paths", 160, 47.4)]
    assert floating_tags(year) == [] and floating_tags(same) == [] and floating_tags(inside) == []


def test_a_target_the_authors_set_is_the_object_they_set():
    s = ("To help measure our progress, we developed an energy reduction goal (target) for the community "
         "of at least 1% per year, with calendar year 2011 as our reference point.")
    assert own_target(s, "en") == ("an energy reduction goal (target) for the community of at least 1% per year, "
                                   "with calendar year 2011 as our reference point.")
    assert own_target("Our target is to cut emissions in all our fleets by 40 percent by 2030.", "en").startswith("Our target")
    # no target word in the object, or no quantity: nothing set
    assert own_target("In 2010 we developed a new website for residents of the city with 20 pages.", "en") is None
    assert own_target("We developed a goal for the community to be greener by 2030.", "en") is None


def test_a_unit_in_the_genitive_opening_a_description_owns_the_action():
    d = "Phase I of the Department of Parks and Recreation’s pool project is expected to save 400 MWh."
    assert _genitive_unit(d, "en") == "Department of Parks and Recreation"
    assert _genitive_unit("The City’s new program will help residents save energy.", "en") is None
    # a genitive after the verb is not the subject's
    assert _genitive_unit("The project will use the Department of Transportation’s land.", "en") is None


def _block(kind: BlockKind, text: str, **kw) -> Block:
    return Block(id="", kind=kind, text=text, **kw)


def test_a_statement_over_labelled_measures_is_their_goal_where_the_plan_reads_statements_so():
    blocks = [
        _block(BlockKind.heading, ":: SAFE STREETS", level=1, number="1"),
        _block(BlockKind.paragraph, "Make every street in the county safe for all users."),
        _block(BlockKind.paragraph, "Objective 1 :: Reduce speeding near schools."),
        _block(BlockKind.paragraph, "Action Item A :: Install speed displays near every school."),
        _block(BlockKind.heading, ":: CLEAN FLEET", level=1, number="2"),
        _block(BlockKind.paragraph, "Reduce the fuel the county fleet uses."),
        _block(BlockKind.paragraph, "Action Item A :: Replace old vehicles with electric ones."),
    ]
    plan = plan_of_blocks(blocks, "en")
    goals = {g.text: g for g in plan.goals}
    assert "Reduce the fuel the county fleet uses." in goals
    fleet = next(m for m in plan.measures if m.text.startswith("Replace old vehicles"))
    assert fleet.goal_ids == [goals["Reduce the fuel the county fleet uses."].id]


def test_a_statement_over_labelled_measures_alone_stays_unread():
    blocks = [
        _block(BlockKind.heading, ":: CLEAN FLEET", level=1, number="2"),
        _block(BlockKind.paragraph, "Reduce the fuel the county fleet uses."),
        _block(BlockKind.paragraph, "Action Item A :: Replace old vehicles with electric ones."),
    ]
    plan = plan_of_blocks(blocks, "en")
    assert not any(g.text == "Reduce the fuel the county fleet uses." for g in plan.goals)


def test_a_target_the_authors_set_beside_the_plans_goals_is_its_main_goal():
    blocks = [
        _block(BlockKind.paragraph, "To help measure our progress, we developed an energy reduction goal for the "
                                    "community of at least 1% per year, with 2011 as our reference year."),
        _block(BlockKind.heading, "Residential sector", level=1),
        _block(BlockKind.paragraph, "Goal 1: To help residents save energy and money."),
        _block(BlockKind.heading, "Business sector", level=1),
        _block(BlockKind.paragraph, "Goal 2: To help businesses save energy and money."),
    ]
    plan = plan_of_blocks(blocks, "en")
    kinds = {g.text: g.kind for g in plan.goals}
    assert len(kinds) == 3
    own = next(k for t, k in kinds.items() if t.startswith("an energy reduction goal"))
    assert own == GoalKind.main_goal and all(k == GoalKind.goal for t, k in kinds.items() if t.startswith("To help"))


def test_a_tables_narrow_first_columns_are_no_margin():
    # a number and a goal cell in every row beside the action and owner columns: a table
    nr = [w for i in range(8) for w in line_words(f"1.{i}", 20, 40 + 28 * i)]
    goal = [w for i in range(8) for w in line_words("Trygg skolevei", 60, 40 + 28 * i)]
    col = [w for i in range(16) for w in line_words("tiltak som fyller hele kolonnen sin", 140, 40 + 14 * i)]
    right = [w for i in range(16) for w in line_words("ansvar som fyller hele kolonnen", 360, 40 + 14 * i)]
    assert margin_strips([nr, goal, col, right], 595) is None
