"""A lead-in about reaching the goal just stated, the subject and its modal last ("For å nå
målet vil kommunen:", "To reach this goal the council will:"), over numbered items that each
close with a sentence of who does it and by when ("… . Park og vei har ansvaret, og tiltaket
skal være gjennomført i 2027.", "… . Tiltaket skal være gjennomført i 2029."): the items are
the measures to that goal, each its first sentence, its owner and its deadline from the
sentence after. Hand-built blocks with invented wording."""

from __future__ import annotations

import pytest

from plancheck.extract.plan import build_plan
from plancheck.ingest.sections import build_sections
from plancheck.models import BBox, Block, BlockKind, Document, Provenance


def _at(i: int, kind: BlockKind, text: str, *, number: str | None = None, bold: bool = False) -> Block:
    top = 80 + 30 * i
    level = 0 if kind == BlockKind.list_item else 2 if kind == BlockKind.heading else None
    return Block(
        id=f"b{i}", kind=kind, text=text, bold=bold, font_size=12.5 if kind == BlockKind.heading else 11.0,
        number=number, level=level,
        provenance=Provenance(page=1, source_text=text, bbox=BBox(x0=72, top=top, x1=520, bottom=top + 24)),
    )


CASES = {
    "nb": (
        "2.1 Mål: Flere skal sykle til skolen",
        "I dag sykler bare hver tiende elev. Mange foreldre kjører barna fordi veien oppleves utrygg.",
        "For å nå målet vil kommunen:",
        [
            "bygge fortau langs Skolevegen fra Torget til barneskolen. Park og vei har ansvaret, og "
            "tiltaket skal være gjennomført i 2027.",
            "merke trygge sykkelruter til alle skolene. Ansvaret ligger hos Plan og miljø, og tiltaket er løpende.",
            "sette opp overbygde sykkelstativ ved ungdomsskolen. Tiltaket skal være gjennomført i 2028.",
        ],
        [
            ("bygge fortau langs Skolevegen fra Torget til barneskolen", ["Park og vei"], True),
            ("merke trygge sykkelruter til alle skolene", ["Plan og miljø"], True),
            ("sette opp overbygde sykkelstativ ved ungdomsskolen", [], True),
        ],
    ),
    "en": (
        "2.1 Goal: Twice as many pupils will cycle to school by 2030",
        "Only one pupil in ten cycles today. Many parents drive because the road feels unsafe.",
        "To reach this goal the council will:",
        [
            "build a footway along School Lane from the square to the primary school. The Highways "
            "Team is responsible, and the work will be completed by 2027.",
            "mark safe cycle routes to every school. The Planning Team is responsible.",
        ],
        [
            ("build a footway along School Lane from the square to the primary school", ["Highways Team"], True),
            ("mark safe cycle routes to every school", ["Planning Team"], False),
        ],
    ),
}


@pytest.mark.parametrize("lang", sorted(CASES))
def test_items_under_a_lead_in_reaching_the_goal_are_its_measures(lang: str) -> None:
    heading, background, lead, items, expected = CASES[lang]
    B = BlockKind
    number, title = heading.split(" ", 1)
    blocks = [
        _at(0, B.heading, title, number=number, bold=True),
        _at(1, B.paragraph, background),
        _at(2, B.paragraph, lead),
    ]
    blocks += [_at(3 + k, B.list_item, t, number=f"{k + 1}.") for k, t in enumerate(items)]
    doc = Document(path="x.pdf", page_count=1, blocks=blocks, sections=build_sections(blocks))
    plan = build_plan(doc, lang=lang)
    assert [g.text for g in plan.goals] == [heading.split(": ", 1)[1]]
    got = [
        (m.text, [o.text for o in m.owners], m.deadline is not None) for m in plan.measures
    ]
    assert [(t, [o for o in owners], d) for t, owners, d in got] == [
        (t, owners, d) for t, owners, d in expected
    ]
    assert all(m.goal_ids == [plan.goals[0].id] for m in plan.measures)


# fixold37: the same form written otherwise (variants in tests/data/fixold37): a section heading
# that states the goal with no goal word, the lead-in in the future with an auxiliary ("kommer …
# att"), two units joined by 'and' as the subject of the charge, a closing sentence of time that
# opens with an article ("The work will be completed by …"), a clause about the work after the
# owner's name ("… Fritidsenheten och arbetet pågår löpande")
OTHER = {
    "nb": (
        "3.2 Flere eldre skal delta i aktiviteter i nærmiljøet",
        "For å nå målet skal kommunen:",
        [
            "starte en turgruppe for seniorer i hver bydel. Frisklivssentralen har ansvaret, og tiltaket skal "
            "være ferdig i 2027.",
        ],
        [("starte en turgruppe for seniorer i hver bydel", ["Frisklivssentralen"], True)],
    ),
    "sv": (
        "Mål 2: Fler äldre ska delta i föreningslivet",
        "För att nå målet kommer kommunen att:",
        [
            "ordna en föreningsmässa för seniorer. Ansvaret ligger hos Kulturenheten och arbetet pågår löpande.",
            "ge bidrag till seniorträffar. Socialtjänsten har ansvaret och åtgärden ska vara klar 2028.",
        ],
        [
            ("ordna en föreningsmässa för seniorer", ["Kulturenheten"], True),
            ("ge bidrag till seniorträffar", ["Socialtjänsten"], True),
        ],
    ),
    "en": (
        "Goal 2 – More older residents take part in community life",
        "To meet this goal we will:",
        [
            "start a lunch club in every ward. The Leisure Service and the Volunteer Centre are responsible, "
            "and the work will be completed by 2028.",
            "publish a directory of clubs for older people. The work will be completed by June 2027.",
        ],
        [
            ("start a lunch club in every ward", ["Leisure Service", "Volunteer Centre"], True),
            ("publish a directory of clubs for older people", [], True),
        ],
    ),
}


@pytest.mark.parametrize("lang", sorted(OTHER))
def test_the_form_written_otherwise(lang: str) -> None:
    heading, lead, items, expected = OTHER[lang]
    B = BlockKind
    blocks = [_at(0, B.heading, heading, number=heading.split()[0] if heading[0].isdigit() else None, bold=True),
              _at(1, B.paragraph, "Many of them live alone. Mange bor alene."), _at(2, B.paragraph, lead)]
    blocks += [_at(3 + k, B.list_item, t, number=f"{k + 1}.") for k, t in enumerate(items)]
    doc = Document(path="x.pdf", page_count=1, blocks=blocks, sections=build_sections(blocks))
    plan = build_plan(doc, lang=lang)
    assert len(plan.goals) == 1
    got = [(m.text, sorted(o.text.removeprefix("the ") for o in m.owners), m.deadline is not None) for m in plan.measures]
    assert got == [(t, sorted(o), d) for t, o, d in expected]
    assert all(m.goal_ids == [plan.goals[0].id] for m in plan.measures)


def test_a_lead_in_naming_the_goals_it_lists_makes_no_heading_a_goal() -> None:
    """"Disse målene gjelder:" points ahead at the list, not back at the heading over it (a vision
    set as a heading sentence): the heading stays what it was."""
    B = BlockKind
    blocks = [
        _at(0, B.heading, "2 Visjon og mål", number="2", bold=True),
        _at(1, B.heading, "Alle skal kunne ferdes trygt i kommunen.", bold=True),
        _at(2, B.paragraph, "I planperioden gjelder disse målene:"),
        _at(3, B.list_item, "Flere barn skal gå til skolen.", number="1."),
        _at(4, B.list_item, "Færre skal bli skadd på veiene i sentrum.", number="2."),
    ]
    doc = Document(path="x.pdf", page_count=1, blocks=blocks, sections=build_sections(blocks))
    plan = build_plan(doc, lang="nb")
    assert "Alle skal kunne ferdes trygt i kommunen." not in [g.text.rstrip(".") + "." for g in plan.goals]


@pytest.mark.parametrize("sentence", [
    "Kommunstyrelsen har gett socialnämnden i uppdrag att ta fram en plan för fritid.",
    "Bystyret har gitt kommunedirektøren i oppdrag å lage ein plan for idrett.",
    "Byrådet har givet forvaltningen til opgave at udarbejde en plan for kultur.",
])
def test_a_task_handed_over_in_the_perfect_is_background(sentence: str) -> None:
    """The perfect ('har gett … i uppdrag att …') reports a task handed over before, as the
    preterite ('gav … i uppdrag') does: the commission of the plan, no measure of it."""
    from plancheck.extract.plan import assignment_parts

    assert assignment_parts(sentence) is None
    assert assignment_parts(sentence.replace("har gett", "ger").replace("har gitt", "gir")
                            .replace("har givet", "giver")) is not None
