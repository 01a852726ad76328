"""Measures written as bullets that end in an unlabelled "(<owner>, <deadline>)", grouped under
lines that only point at a goal ("Til delmål 1 a:"), and lettered sub-goals ("a)", "b)") under
the numbered goals of a goal list: each stage on a small hand-built input."""

from __future__ import annotations

from plancheck.extract.fields import split_fields
from plancheck.extract.roles import goal_pointer
from plancheck.models import Block, BlockKind, GoalKind, Plan
from tests.conftest import plan_of_blocks


def _h(text: str, level: int = 1, number: str | None = None) -> Block:
    return Block(id="", kind=BlockKind.heading, text=text, level=level, number=number)


def _p(text: str) -> Block:
    return Block(id="", kind=BlockKind.paragraph, text=text)


def _li(text: str, level: int = 0, number: str | None = None) -> Block:
    return Block(id="", kind=BlockKind.list_item, text=text, level=level, number=number,
                 bullet=None if number else "•")


def _plan(blocks: list[Block], lang: str) -> Plan:
    return plan_of_blocks(blocks, lang)


# --------------------------------------------------------------------------- fields


def test_unlabelled_parenthesis_of_owner_and_deadline():
    f = split_fields("Vi åbner hallerne for børn (Kultur og Fritid, 2026)", "da")
    assert (f.text, f.owner, f.deadline, f.unlabelled) == ("Vi åbner hallerne for børn", "Kultur og Fritid", "2026", True)
    f = split_fields("Vi tilbyder kurser (Sundhedscentret og skolelederne, skoleåret\n2025/26)", "da")
    assert (f.owner, f.deadline) == ("Sundhedscentret og skolelederne", "skoleåret 2025/26")
    # a parenthesis of the text itself, before the fields, stays in the text
    f = split_fields("Vi uddanner i metoden (TOPI), så mistrivsel opdages (Børne- og Ungeforvaltningen, 2025–2026)", "da")
    assert f.text == "Vi uddanner i metoden (TOPI), så mistrivsel opdages"
    assert f.deadline == "2025–2026"


def test_unlabelled_parenthesis_holding_only_an_owner():
    f = split_fields("Vi ansætter to psykologer (Social- og Sundhedsforvaltningen)", "da")
    assert (f.owner, f.deadline, f.unlabelled) == ("Social- og Sundhedsforvaltningen", None, True)


def test_a_parenthesis_that_is_no_owner_and_deadline_stays_text():
    for text in ("Vi uddanner i Tidlig Opsporing (TOPI)", "Lage en plan (i samarbeid med NAV)",
                 "Vi måler tre gange (se figur 3, side 2)"):
        f = split_fields(text, "da")
        assert (f.text, f.owner, f.unlabelled) == (text, None, False)
    # labelled fields are read as before
    f = split_fields("Tiltak (ansvar: kultur, tid: 2025)", "nb")
    assert (f.owner, f.deadline, f.labelled, f.unlabelled) == ("kultur", "2025", True, False)


# --------------------------------------------------------------------------- goal pointers


def test_line_pointing_at_a_goal_by_number_and_letter():
    assert goal_pointer("Til delmål 1 a:") == "1.a"
    assert goal_pointer("For å nå delmål 1.1:") == "1.1"
    assert goal_pointer("Delmål 2:") == "2"
    assert goal_pointer("Til delmål 1 a og vores arbejde med børn:") is None
    assert goal_pointer("Delmål 2 er nået") is None


# --------------------------------------------------------------------------- the walk


def _health_plan() -> list[Block]:
    return [
        _h("Mål", number="1"),
        _p("Byrådet har vedtaget to mål med hver to delmål:"),
        _h("Flere borgere skal leve et sundt og aktivt liv.", level=2, number="1"),
        _li("Flere børn og unge skal være fysisk aktive i hverdagen.", level=1, number="a)"),
        _li("Færre borgere skal ryge eller bruge nikotinprodukter.", level=1, number="b)"),
        _h("Ældre borgere skal kunne klare sig selv længst muligt.", level=2, number="2"),
        _li("Flere ældre skal deltage i fysisk træning og sociale fællesskaber.", level=1, number="a)"),
        _h("Indsatser", number="2"),
        _h("Til delmål 1 b:", level=3),
        _li("Vi tilbyder gratis rygestopkurser om aftenen (Sundhedscentret, løbende)"),
        _li("Vi indfører røgfri skoletid på alle skoler (Sundhedscentret og skolelederne, 2026)"),
        _h("Til delmål 2 a:", level=3),
        _li("Vi sætter træningsredskaber op ved tre plejecentre (Teknik og Miljø, 2027)"),
    ]


def test_lettered_items_under_a_numbered_goal_are_its_sub_goals():
    plan = _plan(_health_plan(), "da")
    goals = {g.text: g for g in plan.goals}
    sub = goals["Færre borgere skal ryge eller bruge nikotinprodukter."]
    assert sub.kind == GoalKind.sub_goal
    assert sub.parent_id == goals["Flere borgere skal leve et sundt og aktivt liv."].id
    assert [g.kind for g in plan.goals].count(GoalKind.sub_goal) == 3


def test_lettered_topics_are_not_sub_goals():
    blocks = [*_health_plan()[:3], _li("Bee City USA", level=1, number="a)")]
    plan = _plan(blocks, "da")
    assert all(g.kind != GoalKind.sub_goal for g in plan.goals)


def test_bullets_ending_in_owner_and_deadline_are_measures_of_the_goal_pointed_at():
    plan = _plan(_health_plan(), "da")
    goals = {g.id: g.text for g in plan.goals}
    by_text = {m.text: m for m in plan.measures}
    assert set(by_text) == {
        "Vi tilbyder gratis rygestopkurser om aftenen",
        "Vi indfører røgfri skoletid på alle skoler",
        "Vi sætter træningsredskaber op ved tre plejecentre",
    }
    m = by_text["Vi indfører røgfri skoletid på alle skoler"]
    assert [o.text for o in m.owners] == ["Sundhedscentret", "skolelederne"]
    assert m.deadline is not None and m.deadline.text == "2026"
    assert [goals[g] for g in m.goal_ids] == ["Færre borgere skal ryge eller bruge nikotinprodukter."]
    m = by_text["Vi sætter træningsredskaber op ved tre plejecentre"]
    assert [goals[g] for g in m.goal_ids] == ["Flere ældre skal deltage i fysisk træning og sociale fællesskaber."]
    # the measures are not read as goals
    assert not any(t.startswith("Vi ") for t in goals.values())


def test_a_pointer_that_announces_strategies_stays_a_strategy_lead_in():
    """"Slik vil vi nå mål 1:" names a goal and announces the means to it: the bullets under it
    are strategies for goal 1, even in the goals chapter (only a bare "Til delmål 1 a:" keeps
    the chapter's role)."""
    plan = _plan([
        _h("Våre mål"),
        _li("Personer med nedsatt funksjonsevne skal møte digitale tjenester som er enkle å bruke", number="1."),
        _p("Slik vil vi nå mål 1:"),
        _li("Samarbeide tett med frivillige lag og foreninger"),
        _li("Sikre at planarbeidet bygger på oppdatert kunnskap om levekår"),
    ], "nb")
    assert [g.text for g in plan.goals] == ["Personer med nedsatt funksjonsevne skal møte digitale tjenester som er enkle å bruke"]
    assert [s.text for s in plan.strategies] == [
        "Samarbeide tett med frivillige lag og foreninger",
        "Sikre at planarbeidet bygger på oppdatert kunnskap om levekår",
    ]
