"""A goal's measure table printed with NO header row (plancheck.extract.headerless): the column
roles come from what the cells hold, only right under a goal and only when every column is plainly
a code, the measure, the one owner or the deadline. Hand-built inputs, invented wording; the dev
plans of the form are in tests/data/anticipated31 (make.py builds them, gold written first)."""

from __future__ import annotations

from plancheck.extract.headerless import headerless_roles
from plancheck.models import Block, BlockKind
from tests.conftest import plan_of_blocks, table_of


def _t(rows: list[list[str]]) -> Block:
    t = table_of(rows[0], rows[1:])
    return Block(id="", kind=BlockKind.table, text=" | ".join(rows[0]), table=t)


def _h(text: str) -> Block:
    return Block(id="", kind=BlockKind.heading, text=text, level=2, bold=True)


SV = [["1.1", "Införa screening av läsförmåga i årskurs 1", "Skolchef", "HT 2026"],
      ["1.2", "Utbilda lärare i läsfrämjande arbete", "", "2027"],
      ["1.3", "Starta läsombud på varje skola", "Rektor", "Löpande"]]


def test_columns_of_a_headerless_measure_table_are_read_from_their_cells():
    b = _t(SV)
    assert headerless_roles(b.table, [b], "sv") == ["number", "measure", "owner", "deadline"]


def test_one_row_tables_are_judged_with_the_documents_other_tables_of_the_form():
    one = _t([["Ta i bruk ny sykkelparkering ved rådhuset", "Eiendom", "2027"]])
    more = _t([["Merke skoleveiene ved alle skolene", "Kommunalteknikk", "Høst 2026"],
               ["Gjennomføre sykkelopplæring for 5. trinn", "Rektor", "Vår 2027"]])
    assert headerless_roles(one.table, [one, more], "nb") == ["measure", "owner", "deadline"]


def test_a_table_with_a_header_word_or_numbers_is_no_headerless_measure_table():
    head = _t([["Tiltak", "Ansvar", "Frist"], ["Merke skoleveiene ved alle skolene", "Kommunalteknikk", "2026"]])
    stats = _t([["Barn i barnehage i kommunen", "2024", "95 %"], ["Elever med skoleskyss i kommunen", "2025", "41 %"]])
    schedule = _t([["Varsel om oppstart av planarbeidet", "Januar 2026", "Mars 2026"],
                   ["Høring og offentlig ettersyn av planen", "Mai 2026", "Juni 2026"]])
    for b in (head, stats, schedule):
        assert headerless_roles(b.table, [b], "nb") is None


def test_a_headerless_table_right_under_a_goal_gives_that_goal_its_measures():
    blocks = [_h("Handlingsplan for lesing 2026–2029"), _h("Mål 1: Fler elever ska klara kunskapskraven i läsning."), _t(SV)]
    plan = plan_of_blocks(blocks, "sv")
    assert [m.text for m in plan.measures] == [r[1] for r in SV]
    goal = next(g for g in plan.goals if g.text.startswith("Fler elever"))
    assert all(goal.id in m.goal_ids for m in plan.measures)
    assert plan.measures[1].owner_text in (None, "")
    assert plan.measures[0].deadline is not None


def test_a_headerless_table_under_no_goal_stays_unread():
    blocks = [_h("Handlingsplan for lesing 2026–2029"), _h("Tidsplan"), _t(SV)]
    assert plan_of_blocks(blocks, "sv").measures == []


def test_a_top_row_of_unknown_column_words_is_no_body_row():
    b = _t([["Innsatsen vi gjør i perioden", "Utførende", "Datering"],
            ["Merke skoleveiene ved alle skolene", "Kommunalteknikk", "Høst 2026"],
            ["Gjennomføre sykkelopplæring for 5. trinn", "Rektor", "Vår 2027"],
            ["Bygge gang- og sykkelvei langs fylkesveien", "Eiendom", "2028"]])
    assert headerless_roles(b.table, [b], "nb") is None


def test_the_dev_plans_of_the_form_read_their_measures_owners_and_deadlines():
    from pathlib import Path

    from plancheck.pipeline import extract_plan

    here = Path(__file__).parent / "data" / "anticipated31"
    for name, n, owned in (("lasplan-utan-rubrikrad-sv", 6, 5), ("trafikk-uten-overskriftsrad-nb", 5, 4)):
        plan = extract_plan(here / f"{name}.pdf")
        assert len(plan.measures) == n, name
        assert sum(1 for m in plan.measures if m.owner_text) == owned, name
        assert all(m.goal_ids for m in plan.measures), name
