"""A bullet that carries its own owner and deadline fields ("… (Ansvar: X, frist: Y)") is a
measure, whatever the chapter calls its items: under a focus area's title with its goal line (a
slide of a presentation: title, "Mål: …", bullets) or under a strategies heading. Hand-built
blocks, one stage each."""

from __future__ import annotations

from plancheck.models import Block, BlockKind
from tests.conftest import plan_of_blocks


def _h(text: str, level: int = 1) -> Block:
    return Block(id="", kind=BlockKind.heading, text=text, level=level)


def _p(text: str) -> Block:
    return Block(id="", kind=BlockKind.paragraph, text=text)


def _li(text: str) -> Block:
    return Block(id="", kind=BlockKind.list_item, text=text, level=0, bullet="•")


def _slide_deck() -> list[Block]:
    return [
        _h("Satsingsområde 1: Levende sentrum", level=2),
        _p("Mål: Sentrum skal ha flere besøkende hele året."),
        _li("Etablere et torgmarked hver lørdag (Ansvar: Næringsavdelingen, frist: 2027)"),
        _li("Lage en belysningsplan for gatene (frist: 2026)"),
        _li("Rydde opp i skiltingen langs hovedgata (Ansvar: Teknisk drift)"),
        _h("Satsingsområde 2: Trygg ferdsel", level=2),
        _p("Mål: Flere barn skal gå eller sykle til skolen."),
        _li("Bygge fortau langs Skoleveien (Ansvar: Kommunalteknikk, frist: våren 2028)"),
    ]


def test_bullets_with_owner_and_deadline_fields_under_a_focus_area_are_its_goals_measures():
    plan = plan_of_blocks(_slide_deck(), "nb")
    assert not plan.strategies
    goals = {g.id: g.text for g in plan.goals}
    assert sorted(goals.values()) == ["Flere barn skal gå eller sykle til skolen.",
                                      "Sentrum skal ha flere besøkende hele året."]
    got = {m.text: (m.owner_text, m.deadline.text if m.deadline else None, [goals[g] for g in m.goal_ids])
           for m in plan.measures}
    centre = ["Sentrum skal ha flere besøkende hele året."]
    assert got == {
        "Etablere et torgmarked hver lørdag": ("Næringsavdelingen", "2027", centre),
        "Lage en belysningsplan for gatene": (None, "2026", centre),
        "Rydde opp i skiltingen langs hovedgata": ("Teknisk drift", None, centre),
        "Bygge fortau langs Skoleveien": ("Kommunalteknikk", "våren 2028", ["Flere barn skal gå eller sykle til skolen."]),
    }


def test_a_bullet_with_fields_under_a_strategies_heading_is_a_measure_and_one_without_stays_a_strategy():
    plan = plan_of_blocks([
        _h("Strategier"),
        _li("Styrke samarbeidet med idrettslagene"),
        _li("Tilby gratis kurs i sykkelreparasjon for ungdom (Ansvar: Kulturenheten, frist: 2027)"),
    ], "nb")
    assert [s.text for s in plan.strategies] == ["Styrke samarbeidet med idrettslagene"]
    assert [(m.text, m.owner_text, m.deadline.text if m.deadline else None) for m in plan.measures] == [
        ("Tilby gratis kurs i sykkelreparasjon for ungdom", "Kulturenheten", "2027")]


def test_a_bullet_whose_bracket_holds_no_fields_keeps_the_chapters_reading():
    plan = plan_of_blocks([
        _h("Strategier"),
        _li("Utvikle flere møteplasser i bydelene (se kart side 4)"),
    ], "nb")
    assert [s.text for s in plan.strategies] == ["Utvikle flere møteplasser i bydelene (se kart side 4)"]
    assert not plan.measures


def test_the_title_and_agenda_of_a_deck_add_no_items():
    """The title slide and the agenda listing the slide titles ("2. Satsingsområde 1: …") are
    no goals or measures: the items come from the slides themselves."""
    def numbered(text: str, number: str) -> Block:
        return Block(id="", kind=BlockKind.list_item, text=text, level=0, number=number)

    plan = plan_of_blocks([
        _h("Planen for sentrum"), _p("Formannskapet 4. mai 2026"), _h("Innhold", level=2),
        numbered("Bakgrunn", "1."), numbered("Satsingsområde 1: Levende sentrum", "2."),
        numbered("Satsingsområde 2: Trygg ferdsel", "3."), numbered("Oppfølging", "4."),
        *_slide_deck(),
    ], "nb")
    assert [g.text for g in plan.goals] == ["Sentrum skal ha flere besøkende hele året.",
                                            "Flere barn skal gå eller sykle til skolen."]
    assert len(plan.measures) == 4 and not plan.strategies
