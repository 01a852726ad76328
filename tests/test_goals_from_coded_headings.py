"""Goals stated as numbered headings ('2.1 Innbyggerne skal leve lenger', '2.1.1 Flere skal …')
and a measure table whose goal column holds only those codes ('2.1.1' under 'Mål'): the codes
name the headings, so each heading a code names, and each heading over one whose number extends
it below the themes' level, is a goal when it states an aim. A heading that names a topic
('2.1 Barnehage') is no goal however a code names it, and codes that name no heading make none.
Round trip --families extra (codes): 0.00 on goals in every producer before. Hand-built blocks,
invented wording."""

from __future__ import annotations

from plancheck.ingest.sections import split_heading_number
from plancheck.models import Block, BlockKind
from tests.conftest import plan_of_blocks, table_of


def _h(text: str, level: int) -> Block:
    number, title = split_heading_number(text)
    return Block(id="", kind=BlockKind.heading, text=title, number=number, level=level, bold=True)


def _p(text: str) -> Block:
    return Block(id="", kind=BlockKind.paragraph, text=text)


def _table(head: list[str], rows: list[list[str]]) -> Block:
    return Block(id="", kind=BlockKind.table, text="", table=table_of(head, rows))


def _blocks(lang: str, headings: list[tuple[str, int]], head: list[str], rows: list[list[str]]) -> list[Block]:
    return [*(_h(t, lv) if lv else _p(t) for t, lv in headings), _h("Handlingsplan", 1), _table(head, rows)]


NB = [
    ("1 Oppvekst", 1), ("Barn og unge er viktige for kommunen.", 0),
    ("1.1 Alle barn skal ha en trygg oppvekst", 2), ("1.2 Flere unge skal fullføre videregående skole", 2),
    ("2 Helse", 1), ("2.1 Innbyggerne skal leve lenger og friskere liv", 2),
    ("2.1.1 Flere skal være fysisk aktive hver dag", 3), ("2.1.2 Færre skal røyke daglig", 3),
]
ROWS = [["1.1", "Lage en plan for tidlig innsats", "Oppvekst", "2026"],
        ["1.2", "Tilby leksehjelp på alle skoler", "Skole", "2027"],
        ["2.1.1", "Bygge turstier i nærmiljøet", "Teknisk drift", "2027"],
        ["2.1.2", "Kampanje mot røyking blant unge", "Helsestasjonen", "2028"]]


def test_coded_headings_named_by_the_goal_column_are_goals():
    plan = plan_of_blocks(_blocks("nb", NB, ["Mål", "Tiltak", "Ansvar", "Frist"], ROWS), "nb")
    goals = {g.number: g for g in plan.goals}
    assert sorted(goals) == ["1.1", "1.2", "2.1", "2.1.1", "2.1.2"]
    assert goals["2.1.1"].text == "Flere skal være fysisk aktive hver dag"
    assert goals["2.1.1"].kind == "sub_goal" and goals["2.1.1"].parent_id == goals["2.1"].id
    assert goals["1.1"].kind == "goal"
    links = {m.text: [g.number for g in plan.goals if g.id in m.goal_ids] for m in plan.measures}
    assert links["Bygge turstier i nærmiljøet"] == ["2.1.1"]
    assert links["Lage en plan for tidlig innsats"] == ["1.1"]


def test_english_coded_headings_are_goals_too():
    en = [("1 Inclusive communities", 1), ("1.1 All residents will experience joined-up services", 2),
          ("1.2 Every household will be seen and heard", 2)]
    rows = [["1.1", "Expand volunteer hubs in every ward", "Public Health Lead", "2027"],
            ["1.2", "Offer home visits for every resident turning 75", "Adult Social Care", "2026"]]
    plan = plan_of_blocks(_blocks("en", en, ["Objective", "Action", "Lead", "Deadline"], rows), "en")
    assert sorted(g.number for g in plan.goals) == ["1.1", "1.2"]


def test_topic_headings_and_codes_naming_no_heading_make_no_goal():
    topics = [("1 Oppvekst", 1), ("1.1 Barnehage", 2), ("1.2 Skole", 2)]
    plan = plan_of_blocks(_blocks("nb", topics, ["Mål", "Tiltak", "Ansvar", "Frist"], ROWS[:2]), "nb")
    assert plan.goals == []
    # codes of another plan's goals: no heading here carries them
    plan = plan_of_blocks(_blocks("nb", NB[:4], ["Mål", "Tiltak", "Ansvar", "Frist"],
                                  [["4.1", *ROWS[0][1:]], ["4.2", *ROWS[1][1:]]]), "nb")
    assert plan.goals == []


def test_strategies_under_a_lead_in_naming_a_coded_goal_serve_it():
    """'Strategier for mål 2.1:' after the sub-goal headings 2.1.1 and 2.1.2: the strategies serve
    2.1, which the lead-in names, not the last heading above them."""
    blocks = _blocks("nb", NB, ["Mål", "Tiltak", "Ansvar", "Frist"], ROWS)
    at = next(i for i, b in enumerate(blocks) if b.text.startswith("Færre skal røyke")) + 1
    blocks[at:at] = [_p("Strategier for mål 2.1:"),
                     Block(id="", kind=BlockKind.list_item, text="Samarbeide tett med frivillig sektor", level=0),
                     Block(id="", kind=BlockKind.list_item, text="Ta i bruk ny teknologi der det gir bedre tjenester", level=0)]
    plan = plan_of_blocks(blocks, "nb")
    goals = {g.id: g.number for g in plan.goals}
    assert [[goals[i] for i in s.goal_ids] for s in plan.strategies] == [["2.1"], ["2.1"]]


def test_a_goal_whose_sub_goals_alone_carry_codes_is_a_goal():
    """Every measure names a sub-goal ('1.1.1'): the heading '1.1' over them is their goal, the
    chapter '1 Oppvekst' above it no goal."""
    rows = [["1.1.1", *ROWS[0][1:]], ["1.1.2", *ROWS[1][1:]]]
    heads = [("1 Oppvekst", 1), ("1.1 Alle barn skal ha en trygg oppvekst", 2),
             ("1.1.1 Flere barn skal gå i barnehage", 3), ("1.1.2 Færre elever skal slutte på skolen", 3)]
    plan = plan_of_blocks(_blocks("nb", heads, ["Mål", "Tiltak", "Ansvar", "Frist"], rows), "nb")
    goals = {g.number: g for g in plan.goals}
    assert sorted(goals) == ["1.1", "1.1.1", "1.1.2"]
    assert goals["1.1.2"].parent_id == goals["1.1"].id
