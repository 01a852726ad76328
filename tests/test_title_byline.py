"""The byline under a plan's title block is no item (extract/titleblock.py), and a goal label
over a verb phrase of prevention labels its goal (the lexicon's action verbs)."""

from __future__ import annotations

import pytest

from plancheck.extract.plan import build_plan
from plancheck.extract.titleblock import title_byline
from plancheck.ingest.sections import build_sections
from plancheck.models import Block, BlockKind, Document, Provenance

H, P, L, T = BlockKind.heading, BlockKind.paragraph, BlockKind.list_item, BlockKind.table


def _doc(title: str, *blocks: tuple) -> Document:
    out = []
    for i, (kind, text, size, *rest) in enumerate(blocks):
        level = rest[0] if rest else (1 if kind == H else None)
        out.append(Block(id=f"b{i}", kind=kind, text=text, level=level, font_size=size,
                         provenance=Provenance(page=rest[1] if len(rest) > 1 else 1)))
    return Document(path="x.pdf", page_count=2, blocks=out, sections=build_sections(out), title=title)


BODY = "The council and its partners will work together over four years on what this plan sets out. " * 3


@pytest.mark.parametrize("lang,theme,kind,byline,heading,item", [
    ("en", "Warm Homes for Everyone", "Action Plan 2026–2030",
     "Eastmoor City Council · Agreed by the Executive on 20 January 2026", "Actions",
     "Open a community fridge in each of the four town centres"),
    ("nb", "Trygg oppvekst i Eikeli", "Handlingsplan 2026–2029",
     "Eikeli kommune · Vedtatt av kommunestyret 12. mars 2026", "Tiltak",
     "Opprette et oppvekstteam i hver skolekrets"),
    ("sv", "Trygghet i Björkvik", "Åtgärdsplan 2026–2028",
     "Björkvik kommun · Antagen av kommunstyrelsen den 3 mars 2026", "Åtgärder",
     "Anställa två trygghetsvärdar i centrum"),
])
def test_the_byline_under_a_title_naming_the_plan_type_is_no_measure(lang, theme, kind, byline, heading, item):
    doc = _doc(f"{theme} {kind}",
               (H, theme, 24.0, 1), (H, kind, 18.0, 2), (P, byline, 9.5),
               (H, "Foreword", 16.0, 3), (P, BODY, 10.5),
               (H, heading, 16.0, 1), (L, item, 10.5), (P, BODY, 10.5))
    assert title_byline(doc) == {2}
    plan = build_plan(doc, lang=lang)
    assert [m.text for m in plan.measures] == [item]


def test_a_paragraph_in_body_type_under_the_title_is_not_set_aside():
    """A title heading over running text in the body's type starts with its content."""
    doc = _doc("Action Plan 2026–2029", (H, "Action Plan 2026–2029", 20.0, 1),
               (P, "Open a community fridge in each town centre", 10.5), (H, "Background", 14.0, 1), (P, BODY, 10.5))
    assert title_byline(doc) == set()


def test_a_title_over_a_list_or_a_heading_not_in_the_title_sets_nothing_aside():
    doc = _doc("Action Plan 2026–2029", (H, "Action Plan 2026–2029", 20.0, 1),
               (L, "Open a community fridge in each town centre", 9.0), (H, "Background", 14.0, 1), (P, BODY, 10.5))
    assert title_byline(doc) == set()
    doc = _doc("Warm Homes", (H, "Introduction", 20.0, 1), (P, "Small print", 9.0),
               (H, "Background", 14.0, 1), (P, BODY, 10.5))
    assert title_byline(doc) == set()


@pytest.mark.parametrize("label,goal", [
    ("Objective:", "Prevent homelessness among young people leaving care"),
    ("Objective:", "Tackle loneliness in the rural villages"),
    ("Mål:", "Förebygga fallolyckor bland äldre som bor hemma"),
    ("Mål:", "Førebyggje einsemd blant eldre som bur heime"),
    ("Målsætning:", "Bekæmpe madspild i kommunens køkkener"),
    ("Mål:", "Forebygge frafall i videregående skole blant elever"),
])
def test_a_goal_label_over_a_verb_phrase_of_prevention_labels_the_goal(label, goal):
    from plancheck.extract.roles import action_phrase, heading_role

    assert action_phrase(goal)
    assert heading_role(f"{label} {goal}")[1] == goal


def test_a_sentence_in_display_type_under_the_title_ends_the_title_block():
    """A vision band under the title ("Our vision By 2030 …", a heading that is a whole sentence)
    is the plan's content: the label line after it ('GOAL 1') is no byline."""
    vision = "Our vision By 2030 the town centre is a safe, welcoming and lively place to spend an evening."
    doc = _doc("Night-Time Economy Plan 2027–2030", (H, "Night-Time Economy Plan 2027–2030", 24.0, 1),
               (H, vision, 12.0, 3), (P, "GOAL 1", 8.5), (H, "People are safe in the town centre at night", 12.5, 3),
               (P, BODY, 10.5))
    assert title_byline(doc) == set()
    short = _doc("Night-Time Economy Plan 2027–2030", (H, "Night-Time Economy Plan 2027–2030", 24.0, 1),
                 (H, "Plan on a page", 12.0, 3), (P, "Larkhaven Borough Council · Adopted 25 November 2026", 8.5),
                 (H, "People are safe in the town centre at night", 12.5, 3), (P, BODY, 10.5))
    assert title_byline(short) == {2}
