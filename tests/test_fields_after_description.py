"""A measure's fields in a small table of their own after its description: 'Tiltak 3: …' (a
labelled heading the walk makes a measure of), one or two sentences saying what it is, then
'Ansvar | Frist | Kostnad' over one row. The description does not replace the item as the
candidate the table's fields belong to (state.item_described), as it did not for a numbered
item; a table of owners under a heading that made no measure still gives none."""

from __future__ import annotations

from plancheck.models import Block, BlockKind, Cell, Table
from tests.conftest import plan_of_blocks


def _h(text: str, level: int = 3) -> Block:
    return Block(id="", kind=BlockKind.heading, text=text, level=level, font_size=11.0)


def _p(text: str) -> Block:
    return Block(id="", kind=BlockKind.paragraph, text=text)


def _box(header: list[str], values: list[str]) -> Block:
    row = [Cell(row=0, col=j, text=v, page=1) for j, v in enumerate(values)]
    return Block(id="", kind=BlockKind.table, text=" | ".join(header),
                 table=Table(header=header, rows=[row], pages=[1], ruled=True))


def _got(plan):
    return [(m.text, [o.text for o in m.owners], m.deadline and m.deadline.text) for m in plan.measures]


def test_english_actions_with_a_description_and_a_fact_box():
    plan = plan_of_blocks([
        _h("Goal 1: More people walk and cycle to school", 2),
        _h("Action 1: Close school streets to traffic at drop-off times"),
        _p("Each closure runs for forty minutes in the morning and afternoon."),
        _box(["Lead", "Due", "Cost"], ["Highways", "September 2027", "£40,000"]),
        _h("Action 2: Fit cycle parking at every primary school"),
        _p("Stands for twenty bicycles and ten scooters at each school."),
        _box(["Lead", "Due", "Cost"], ["Property Services", "March 2028", "Within budget"]),
    ], "en")
    assert _got(plan) == [
        ("Close school streets to traffic at drop-off times", ["Highways"], "September 2027"),
        ("Fit cycle parking at every primary school", ["Property Services"], "March 2028"),
    ]


def test_danish_indsatser_with_two_sentences_before_the_box():
    plan = plan_of_blocks([
        _h("Mål 2: Færre ældre falder i eget hjem", 2),
        _h("Indsats 4: Tilbyde faldforebyggende træning i alle lokalområder"),
        _p("Træningen foregår på hold to gange om ugen."),
        _p("Den gives af fysioterapeuter fra træningscentret."),
        _box(["Ansvarlig", "Tidsfrist", "Økonomi"], ["Sundhed og Omsorg", "Foråret 2027", "Inden for rammen"]),
    ], "da")
    assert _got(plan) == [
        ("Tilbyde faldforebyggende træning i alle lokalområder", ["Sundhed og Omsorg"], "Foråret 2027"),
    ]


def test_a_table_of_owners_under_a_heading_that_made_no_measure_gives_none():
    plan = plan_of_blocks([
        _h("Ansvarsfordeling", 2),
        _p("Tabellen viser kven som har ansvaret for oppfølginga av planen."),
        _box(["Ansvar", "Frist"], ["Kommunedirektøren", "Kvart år"]),
    ], "nn")
    assert plan.measures == []



def test_the_fact_box_owner_cell_as_printed_lets_the_plan_weigh_a_name_holding_og():
    """The box's owner cell is kept as printed ('Helsestasjon og jordmortjeneste'), so the plan-wide
    reader of owners sees the joiner: a capitalised bare noun 'og' a lower-case bare noun is one
    unit's name; a definite noun after 'og' is a unit of its own."""
    plan = plan_of_blocks([
        _h("Mål 1: Gravide og småbarnsforeldre får god oppfølging", 2),
        _h("Tiltak 1: Tilby hjemmebesøk til alle nyfødte innen to uker"),
        _p("Besøket gjøres av helsesykepleier eller jordmor."),
        _box(["Ansvar", "Frist", "Kostnad"], ["Helsestasjon og jordmortjeneste", "2027", "Innenfor rammen"]),
        _h("Tiltak 2: Starte en barselgruppe i hver bydel"),
        _p("Gruppene møtes hver andre uke."),
        _box(["Ansvar", "Frist", "Kostnad"], ["Frisklivssentralen og biblioteket", "2028", "50 000 kr"]),
    ], "nb")
    assert [m.owner_text for m in plan.measures] == ["Helsestasjon og jordmortjeneste", "Frisklivssentralen og biblioteket"]
    assert [[o.text for o in m.owners] for m in plan.measures] == [
        ["Helsestasjon og jordmortjeneste"], ["Frisklivssentralen", "biblioteket"]]
