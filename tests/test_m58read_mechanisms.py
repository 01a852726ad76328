"""Session 52 (m58read): the mandate point reader's general mechanisms for the forms of
mandates-blind58, each on a small hand-built input with invented wording (each fails on the code
before it, 58459783):

- a meeting record's agreed items, each a paragraph opened by a label ('Aftale:', 'Avtale:',
  'Agreed:') spread over its topics, are points; whether a labelled paragraph asks is read on its
  whole text, not its first line (``run_in_points``, ``_labelled_paragraph``);
- a review form's rows marked met / not met and the revisions coded by the deficient rows: the
  revisions are the points, the rows none (``review_form_points``);
- the plan handed over named in its definite form, or within a period ('within 60 days of …')
  (``dated_plan_order``), and sent in the present by a date (``indicative_requirement``);
- a record's note of its body's next meeting asks nothing (``_next_meeting``);
- a negation inside a relative clause does not negate the doer's sentence (``doer_asks``);
- what the plan is to show, the plan after the verb ('… skal gå fram av planen', ``is_requirement``).
"""

from __future__ import annotations

from plancheck.mandate import points as P
from plancheck.mandate.points import Line


def _ln(text: str, *, page: int = 1, size: float = 10.0, bold: bool = False, gap: bool = False,
        run_in: str | None = None, indent: float = 50.0) -> Line:
    return Line(text, page, indent, size, bold, None, gap, run_in)


def _texts(points) -> list[str]:
    return [" ".join(p.text.split()) for p in points]


# --------------------------------------------------------------------------- agreed items


def test_agreed_items_spread_over_a_records_topics_are_points():
    lines = [
        _ln("Referat af dialogmøde med Andelsforeningen Lærkereden", size=16, bold=True),
        _ln("1. Økonomi", size=12, bold=True, gap=True),
        _ln("Regnskabet viser et mindre overskud, og foreningen har ingen gæld.", gap=True),
        _ln("Aftale: Foreningen udarbejder en plan for udskiftning af tagene på de tre", gap=True, run_in="Aftale"),
        _ln("ældste blokke, herunder en prisoverslag fra to rådgivere."),
        _ln("2. Beboere", size=12, bold=True, gap=True),
        _ln("Der er flere klager over støj fra vaskeriet om aftenen.", gap=True),
        _ln("Aftale: Foreningen beskriver, hvordan klagerne over vaskeriet bliver fulgt op.", gap=True,
            run_in="Aftale"),
        _ln("3. Grønne områder", size=12, bold=True, gap=True),
        _ln("Aftale: Legepladsen i gården fornyes, og der laves en tidsplan for arbejdet", gap=True,
            run_in="Aftale"),
        _ln("sammen med beboerne."),
    ]
    texts = _texts(P.find_points(lines))
    assert any(t.startswith("Foreningen udarbejder en plan for udskiftning af tagene") and t.endswith("to rådgivere.")
               for t in texts)
    assert "Foreningen beskriver, hvordan klagerne over vaskeriet bliver fulgt op." in texts
    assert any(t.startswith("Legepladsen i gården fornyes") for t in texts)


def test_a_labelled_paragraph_asks_by_its_whole_sentence():
    lines = [
        _ln("Aftale: Foreningen udarbejder en plan for udskiftning af tagene på de tre", run_in="Aftale"),
        _ln("ældste blokke."),
    ]
    assert P._asks_alone(P._labelled_paragraph(lines, (0, 2, "Aftale")))


# --------------------------------------------------------------------------- review form


def _review_form(second_mark: str = "Not Met") -> list[Line]:
    return [
        _ln("Checklist for the Harbour Safety Plan", size=16, bold=True),
        _ln("Part R. Risk review", size=11, bold=True, gap=True),
        _ln("Code Question Where Met / Not Met", size=9, bold=True, gap=True),
        _ln("R1 Does the plan name every berth that handles fuel? Chapter 2 Met", size=9),
        _ln("and the hours it is staffed?", size=9),
        _ln(f"R2 Does the plan set out how spills are reported Chapter 3 {second_mark}", size=9),
        _ln("to the harbour master?", size=9),
        _ln("R3 Does the plan list the drills held each year? Chapter 4 Met", size=9),
        _ln("Note: consider a map of the fuel berths.", size=9),
        _ln("Part R: Required revisions", size=10, bold=True, gap=True),
        _ln("R2. The plan must say who reports a spill to the harbour master and within", gap=True),
        _ln("how many minutes."),
        _ln("Part S. Sign-off", size=11, bold=True, gap=True),
        _ln("The harbour board signs the plan when the revisions are made.", gap=True),
    ]


def test_a_review_forms_revisions_are_its_points_and_its_rows_none():
    texts = _texts(P.find_points(_review_form()))
    assert texts[0] == "The plan must say who reports a spill to the harbour master and within how many minutes."
    assert not any("berth" in t or "drills" in t or "Does the plan" in t for t in texts)


def test_a_review_form_of_met_rows_only_is_left_to_the_other_readers():
    lines, points = P.review_form_points(_review_form("Met"), None)
    assert points == [] and len(lines) == len(_review_form("Met"))


# --------------------------------------------------------------------------- process sentences


def test_the_plan_handed_over_in_its_definite_form_or_within_a_period():
    assert P.dated_plan_order("Skolen skal sende tiltaksplanen til kommunen innen 1. juni 2040.")
    assert P.dated_plan_order(
        "The operator must resubmit the revised plan to the harbour board within 60 days of this letter."
    )
    # no period, no date: no step of the plan's process
    assert not P.dated_plan_order("Skolen skal sende tiltaksplanen til kommunen.")


def test_the_plan_sent_in_the_present_by_a_date_is_a_step_of_its_process():
    assert P.is_requirement("Foreningen sender en vedligeholdelsesplan til kommunen senest den 1. maj 2041.")


def test_a_records_next_meeting_asks_nothing():
    assert not P.is_requirement("Næste dialogmøde afholdes i marts 2042.")
    assert not P.is_requirement("Neste møte holdes i rådhuset 3. mai 2042.")
    # a meeting held as a step of the work still asks
    assert P.is_requirement("Det holdes et folkemøte i hver bygd før planen vedtas.")


def test_a_negation_in_a_relative_clause_leaves_the_doers_sentence_asked():
    assert P.doer_asks("Kommunerna behöver kartlägga de sjöar som inte har god status.", "kommunerna")
    assert not P.doer_asks("Kommunerna behöver inte kartlägga sjöarna.", "kommunerna")


def test_what_the_plan_is_to_show_with_the_plan_after_the_verb():
    assert P.is_requirement("Hva brukerne selv mener om tiltakene, skal gå fram av planen.")
    assert P.is_requirement("Det ska framgå av planen hur eleverna har fått säga sin mening.")
    assert not P.is_requirement("Det skal ikke gå fram av planen hvem som klaget.")
