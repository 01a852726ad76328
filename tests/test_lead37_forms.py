"""The forms the lead of session 37 made general, each on small hand-built input: two owner and
deadline fields on one line set apart by white space only ("Ansvarig: … Klart: …"), a bracket
whose deadline follows the lead after a semicolon ("(Lead: …; by …)") or that holds a time only,
a field label that opens a line because the paragraph's prose wrapped before it, a description
paragraph closing with the fields of the titled measure above it, an item under a lead-in of
goals or measures known as a measure by its fields alone, and goals coded by focus area
("QL-1 …") over lettered strategies."""

from __future__ import annotations

from test_layout_support import line_words

from plancheck.extract.fields import field_line, split_fields
from plancheck.layout.blocks import build_blocks
from plancheck.layout.lines import Line, words_to_lines
from plancheck.layout.words import Word
from plancheck.models import Block, BlockKind
from tests.conftest import plan_of_blocks

# ------------------------------------------------------------------------- fields on one line


def test_two_fields_set_apart_by_white_space_alone_are_two_fields():
    assert field_line("Ansvarig: Fastighetsavdelningen   Klart: 2026-12-31") == [
        ("owner", "Fastighetsavdelningen"), ("deadline", "2026-12-31")]
    assert field_line("Ansvar: Helse og omsorg Frist: våren 2027") == [("owner", "Helse og omsorg"), ("deadline", "våren 2027")]
    # a capitalised word with a colon that is no owner or deadline word stays in the value
    assert field_line("Ansvar: Kultur og fritid Merknad: se kapittel 5") == [("owner", "Kultur og fritid Merknad: se kapittel 5")]
    # the separators read before read as before
    assert field_line("Ansvar: Teknisk drift · Frist: 2027") == [("owner", "Teknisk drift"), ("deadline", "2027")]


def test_a_deadline_after_the_leads_semicolon_is_the_deadline():
    f = split_fields("Open a housing advice hub in the town library (Lead: Housing Options Team; by June 2027)", "en")
    assert (f.text, f.owner) == ("Open a housing advice hub in the town library", "Housing Options Team")
    assert f.deadline is not None and f.deadline.endswith("June 2027")
    f = split_fields("Run a landlord scheme (Lead: Private Sector Housing; ongoing)", "en")
    assert (f.owner, f.deadline) == ("Private Sector Housing", "ongoing")
    # a second owner after the semicolon is no deadline
    f = split_fields("Run a landlord scheme (Lead: Private Sector Housing; Legal Services)", "en")
    assert f.deadline is None


def test_a_bracket_holding_a_time_only_is_a_deadline_not_an_owner():
    f = split_fields("Hold a tree giveaway in the market square (every Bike Week)", "en")
    assert f.owner is None and f.deadline == "every Bike Week"
    # an owner alone in a bracket is read as before
    assert split_fields("Kartlegge flomveier (Teknisk forvaltning)", "nb").owner == "Teknisk forvaltning"


# ------------------------------------------------------------------ a label the prose wrapped to


def _line(text: str, top: float, *, x: float = 50) -> Line:
    return words_to_lines([Word(w.text, w.x0, w.top, w.x1, w.bottom, w.size) for w in line_words(text, x, top)], 1)[0]


FULL = "Ordningen administreres sammen med foreningerne og klubberne. Ansvarlig: Kultur og Fritid."
FIRST = "Indsats 1.1 Indføre en fritidspas-ordning for alle børn i familier med lav indkomst samt"


def test_a_field_label_opening_a_line_after_a_full_line_goes_on_with_the_paragraph():
    lines = [_line(FIRST, 100), _line(FULL, 112), _line("Tidsplan: 1. januar 2027.", 124)]
    assert lines[1].x1 >= lines[0].x1 - 20  # (the line above the label is full)
    blocks = build_blocks([lines], [])
    assert len(blocks) == 1 and blocks[0].text.endswith("Tidsplan: 1. januar 2027.")


def test_a_field_label_after_a_short_line_or_over_another_field_starts_a_line_of_its_own():
    short = [_line(FIRST, 100), _line("Ordningen administreres sammen med foreningerne.", 112),
             _line("Tidsplan: 1. januar 2027.", 124)]
    assert len(build_blocks([short], [])) == 2
    record = [_line(FIRST, 100), _line(FULL, 112), _line("Ansvar: Kultur og Fritid", 124), _line("Frist: 2027", 136)]
    assert [b.text for b in build_blocks([record], [])][-2:] == ["Ansvar: Kultur og Fritid", "Frist: 2027"]
    # a record's own block (it opened with a field) is not run on
    fields = [_line("Tiltak: Indføre en fritidspas-ordning for alle børn i familier med lav indkomst og", 100),
              _line(FULL, 112), _line("Tidsplan: 1. januar 2027.", 124)]
    assert build_blocks([fields], [])[-1].text == "Tidsplan: 1. januar 2027."


# ------------------------------------------------------- the fields of a titled measure's paragraph


def _b(kind: BlockKind, text: str, number: str | None = None) -> Block:
    return Block(id="", kind=kind, text=text, number=number)


def test_a_description_closing_with_fields_gives_the_titled_measure_above_its_owner_and_deadline():
    H, P = BlockKind.heading, BlockKind.paragraph
    plan = plan_of_blocks([
        _b(H, "Mål 1: Flere borgere skal være fysisk aktive"),
        _b(H, "Indsats 1.1 Tilbyde motion på recept i samarbejde med lægerne.", "1.1"),
        _b(P, "Borgere med livsstilssygdomme kan få tolv ugers træning på hold. Ansvarlig: Sundhedscentret. Tidsplan: løbende."),
        _b(H, "Indsats 1.2 Oprette seniorhold i dagtimerne.", "1.2"),
        _b(P, "Holdene skal især nå ældre, der bor alene."),
    ], "da")
    got = {m.text: ([o.text for o in m.owners], m.deadline.text if m.deadline else None) for m in plan.measures}
    assert got.get("Tilbyde motion på recept i samarbejde med lægerne.", got.get("Tilbyde motion på recept i samarbejde med lægerne")) == (
        ["Sundhedscentret"], "løbende")
    # a description with no fields gives the next measure nothing
    assert all(not o for t, (o, _d) in got.items() if "seniorhold" in t)


def test_an_item_with_a_labelled_lead_is_a_measure_under_a_lead_in_of_goals_or_measures():
    H, P, L = BlockKind.heading, BlockKind.paragraph, BlockKind.list_item
    plan = plan_of_blocks([
        _b(H, "Objective 1: Fewer households in temporary accommodation"),
        _b(P, "We will:"),
        _b(L, "Open a housing advice hub in the town library (Lead: Housing Options Team; by June 2027)"),
        _b(L, "Agree a protocol with the hospitals (Lead: Housing Options Team; by March 2027)"),
        _b(L, "Run a landlord incentive scheme to secure 40 homes a year (Lead: Private Sector Housing; ongoing)"),
    ], "en")
    texts = [m.text for m in plan.measures]
    assert "Open a housing advice hub in the town library" in texts
    assert "Agree a protocol with the hospitals" in texts


# ----------------------------------------------------------- coded goals over lettered strategies


def test_a_coded_paragraph_over_lettered_items_is_a_goal_when_codes_of_its_shape_repeat():
    H, P, L = BlockKind.heading, BlockKind.paragraph, BlockKind.list_item
    blocks = [
        _b(H, "FOCUS AREA 1: HEALTHY TOWN"),
        _b(P, "HT-1 Give every child a safe place to play within walking distance of home."),
        _b(L, "Build two new playgrounds in the east end.", "a."),
        _b(L, "Open school grounds after hours.", "b."),
        _b(H, "FOCUS AREA 2: GREEN TOWN"),
        _b(P, "GT-1 Cut the town's own carbon emissions by half by 2035."),
        _b(L, "Replace the street lights with LED fittings.", "a."),
    ]
    plan = plan_of_blocks(blocks, "en")
    goals = {g.text: g.number for g in plan.goals}
    assert goals.get("Give every child a safe place to play within walking distance of home.") == "HT-1"
    assert goals.get("Cut the town's own carbon emissions by half by 2035.") == "GT-1"
    # one coded paragraph alone, or one with no list under it, is read as before
    alone = plan_of_blocks([_b(H, "FOCUS AREA 1: HEALTHY TOWN"),
                            _b(P, "HT-1 Give every child a safe place to play within walking distance of home."),
                            _b(L, "Build two new playgrounds in the east end.", "a.")], "en")
    assert not any(g.number == "HT-1" for g in alone.goals)
    no_list = plan_of_blocks([blocks[0], blocks[1], _b(P, "Children told us they play in the street."), blocks[4], blocks[5]], "en")
    assert not any(g.number == "HT-1" for g in no_list.goals)
