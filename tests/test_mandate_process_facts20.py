"""Session 20 (judge20): the need-passive of a mandate's prose, process facts in tables.

Invented sentences and tables only."""

from plancheck.mandate.points import _asked_to_be_done, is_requirement


def test_need_passive_is_asked_even_when_a_plan_follows():
    # a need modal after a short subject and an asked passive is a main clause that asks: the
    # plan named after the verb is where it is assessed, not the decision to make a plan
    s = "Kostnadene må vurderes i en plan."
    assert _asked_to_be_done(s)
    assert is_requirement(s)
