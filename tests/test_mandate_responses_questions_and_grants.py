"""Mandate forms of session 27 (mfind23) and the two promises read as answers.

Matching: an assessment handed to the budget's making ("{studied} i {budget}") and the plan's
next revision named as where a matter is taken up are deferrals; a point of the process kind by
its form alone, matched among the content, keeps its relation word ("i dialog med").

Points: a response table's rows taken up are points and its rows turned down none; a body
asking someone to do a thing by a date; the questions of a mandate with no list; a motion's
att-satser granted by a decision that names them by ordinals; facts told among bulleted
requests; "høyre" a body and "varsle oppstart" after a modal."""

from __future__ import annotations

import pytest
import test_mandate_support as support

from plancheck.mandate import find_points
from plancheck.mandate.match import DEFERRAL_RE, assess_points, strip_report_frame
from plancheck.mandate.points import _decision_cell, _table_asks, is_requirement, prose_question
from plancheck.mandate.tables import point_rows


@pytest.mark.parametrize(
    "sentence",
    [
        "Kostnaderna bedöms i budgetarbetet för 2031.",
        "Driftsutgiftene vurderes i budsjettarbeidet.",
        "Udgifterne undersøges i budgetlægningen for 2031.",
        "The running costs will be assessed in the budget round.",
        "Om opningstida skal endrast, tek vi opp i neste revisjon av planen.",
        "Whether the route changes is something we return to in the next revision of the plan.",
    ],
)
def test_an_assessment_handed_to_the_budget_or_the_next_revision_is_a_deferral(sentence: str) -> None:
    assert DEFERRAL_RE.search(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Bemanningen utökas i budgeten för 2031 med två tjänster.",
        "Kostnaden er 2 mill. kr i budsjettet.",
        "Planen revideres hvert fjerde år.",
    ],
)
def test_a_budget_decided_or_a_revision_stated_puts_nothing_off(sentence: str) -> None:
    assert not DEFERRAL_RE.search(sentence)


def test_a_process_point_by_form_needs_its_relation_among_the_content() -> None:
    # "i dialog med" makes the point a process point by its form, but no process word does:
    # it is matched against the content, where the parents described are no dialogue
    points = find_points(["Uppdrag\n\n1. Planen ska tas fram i dialog med föräldrar som besöker förskolan.\n"])
    assert points[0].kind == "process" and not points[0].process
    plan = support.make_plan(
        [("Föräldrarna", ["Föräldrar som besöker förskolan kommer oftast med barn under ett år."])]
    )
    assert assess_points(plan, points, "sv")[0].status == "uncovered"


RESPONSES = [
    ["No.", "Recommendation", "Response", "Comment"],
    ["1", "Map the hotspots using five years of reports from residents.", "Accepted", "Part of the plan."],
    ["2", "Abolish the charge for bulky waste collections.", "Not agreed", "The charge remains."],
    ["3", "Install cameras at the ten worst hotspots.", "Agreed in part", "At up to five."],
    ["4", "Extend the free skip days to the villages.", "Rejected", "—"],
]


def test_a_response_table_gives_the_rows_taken_up() -> None:
    assert point_rows(RESPONSES, _table_asks, decision=_decision_cell) == [
        ("1", "Map the hotspots using five years of reports from residents."),
        ("3", "Install cameras at the ten worst hotspots."),
    ]
    # every row turned down: the table asks nothing
    refused = [r if k == 0 else [*r[:2], "Rejected", r[3]] for k, r in enumerate(RESPONSES)]
    assert not point_rows(refused, _table_asks, decision=_decision_cell)


@pytest.mark.parametrize(
    ("cell", "said"),
    [("Accepted", True), ("Partly agreed", True), ("Not agreed", False), ("Delvis tatt til følge", True),
     ("Ikke tatt til følge", False), ("Tatt til følge", True), ("Avslås", False), ("Kommentar", None)],
)
def test_a_decision_cell_takes_up_or_turns_down(cell: str, said: bool | None) -> None:
    assert _decision_cell(cell) is said


def test_a_body_asking_someone_to_act_by_a_date_is_a_requirement() -> None:
    assert is_requirement("Cabinet asks the Director of Housing to bring the strategy to Cabinet by 30 June 2031.")
    assert not is_requirement("Cabinet asks the Director of Housing to thank the volunteers.")


LETTER = """Bestilling: plan for symjeopplæring

Utvalet vil ha ein plan for symjeopplæringa. Kven hugsar ikkje den første symjeturen?
Kor mange elevar kan symje 200 meter etter 4. trinn? Kva for basseng bør skulane bruke?
Vi lurer på kor mange lærarar som bør vere med i bassenget. Er ikkje dette viktig?

For utvalet
"""


def test_the_questions_of_a_mandate_without_a_list_are_its_points() -> None:
    texts = [p.text for p in find_points([LETTER])]
    assert texts == [
        "Kor mange elevar kan symje 200 meter etter 4. trinn?",
        "Kva for basseng bør skulane bruke?",
        "Vi lurer på kor mange lærarar som bør vere med i bassenget.",
    ]


def test_a_negated_question_is_rhetorical() -> None:
    assert prose_question("Kva for basseng bør skulane bruke?")
    assert not prose_question("Er ikkje dette ei god investering?")
    assert not prose_question("Kven hugsar ikkje den første symjeturen?")


def test_the_writer_wondering_is_no_concern() -> None:
    assert strip_report_frame("Vi lurer også på kor mange lærarar som bør vere med.").startswith("kor mange")


MOTION = """Svar på motion om en plan för parkerna

Förslag till beslut

1. Motionens första och tredje att-sats bifalls.

2. Motionens andra att-sats avslås.

3. Planen ska redovisas till kommunfullmäktige senast den 30 juni 2031.

Motionen

Motionären föreslår att kommunfullmäktige beslutar

att kommunen tar fram en plan för parkerna som omfattar lekplatser och belysning,

att alla parker stängs nattetid,

att planen anger hur parkerna ska skötas.
"""


def test_a_motions_granted_att_satser_are_the_points() -> None:
    points = find_points([MOTION])
    assert [(p.number, p.text) for p in points] == [
        # the order carries content of the plan (mandates-blind25 ljus A1: "… en plan mot
        # ljusföroreningar som omfattar …"); a bare order to make the plan is the mandate itself
        ("A1", "kommunen tar fram en plan för parkerna som omfattar lekplatser och belysning"),
        ("A3", "planen anger hur parkerna ska skötas"),
        ("3", "Planen ska redovisas till kommunfullmäktige senast den 30 juni 2031."),
    ]


EXPECTATIONS = """Bestilling: plan for legepladser

Her er udvalgets forventninger:

- Vi forventer, at planen giver et overblik over alle legepladser.
- Vi har afsat 200.000 kr. i budget 2031 til nye legepladser.
- Vi forventer, at planen beskriver, hvordan pladserne vedligeholdes.
- Vi forventer, at planen vurderer, om pladserne kan bruges af kørestolsbrugere.
- Vi forventer ikke, at planen omfatter skolernes legepladser.
"""


def test_facts_told_among_bulleted_requests_are_no_points() -> None:
    points = find_points([EXPECTATIONS])
    assert [p.number for p in points] == ["1", "3", "4"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Gruppa skal høyre minst éin brukarorganisasjon før planen blir lagd fram.",
        "Forslagsstiller skal varsle oppstart av planarbeidet i lokalavisen.",
    ],
)
def test_hearing_a_body_or_notifying_the_start_is_a_process_requirement(sentence: str) -> None:
    assert is_requirement(sentence)
