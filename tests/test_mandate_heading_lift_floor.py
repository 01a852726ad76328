"""A heading that restates one word of a concern stands in for the concern's words only when the
unit's own text answers some share of them (``MatchSettings.heading_object_floor``): a chapter
"Libraries" over a sentence that thanks the libraries shares the topic, not what must be done
(the concern's verb and object), and is at most a partial answer, never covered. The examples
are invented."""

from __future__ import annotations

from dataclasses import replace

from plancheck.mandate import find_points
from plancheck.mandate.match import MatchSettings, assess_points
from plancheck.models import Passage, Plan, Section, SourceInfo


def _chapters(chapters: list[tuple[str, str]]) -> Plan:
    sections = [Section(id="s0", title="Reading plan", level=1, page=1)]
    passages: list[Passage] = []
    for i, (heading, text) in enumerate(chapters, start=1):
        sections.append(Section(id=f"s{i}", title=heading, level=2, page=1, parent_id="s0"))
        passages.append(
            Passage(id=f"p{i}", kind="paragraph", text=text, page=1, section_id=f"s{i}")
        )
    return Plan(
        source=SourceInfo(path="p.pdf", format="pdf", sha256="", pages=1),
        title="Reading plan",
        sections=sections,
        passages=passages,
    )


def _status(c) -> str:
    return str(getattr(c.status, "value", c.status))


CHAPTERS = [
    (
        "Libraries",
        "Reading matters to every family in the district, and we thank the libraries that "
        "shared our holiday reading lists with their visitors.",
    ),
    (
        "Museums",
        "The museum will open a new gallery for local history in the old town hall next year.",
    ),
]
POINT = [
    "Matters of concern\n\n1. Pupils are not offered chess lessons by the libraries before "
    "the winter break."
]


def test_a_heading_word_over_a_topic_sentence_does_not_cover_the_concern():
    plan = _chapters(CHAPTERS)
    points = find_points(POINT)
    assert _status(assess_points(plan, points, "en")[0]) != "covered"
    # the mechanism, not chance: without the floor the heading lifts the chapter to covered
    off = replace(MatchSettings(), heading_object_floor=0.0)
    assert _status(assess_points(plan, points, "en", settings=off)[0]) == "covered"


def test_a_heading_over_a_text_that_answers_part_of_the_concern_still_lifts_it():
    plan = _chapters(
        [
            (
                "Libraries",
                "From next year the libraries will offer chess lessons for pupils every week "
                "before the winter break, and they will stay open longer in the evenings.",
            ),
            CHAPTERS[1],
        ]
    )
    points = find_points(POINT)
    assert _status(assess_points(plan, points, "en")[0]) == "covered"
