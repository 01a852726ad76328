"""Hand-built plans and mandates for the mandate matcher's tests: one section per chapter, one
paragraph per text, one chapter a page; a mandate typed as a numbered list."""

from __future__ import annotations

from plancheck.mandate import assess_points as assess_found
from plancheck.mandate import find_points
from plancheck.models import Coverage, Passage, Plan, Section, SourceInfo


def make_plan(
    chapters: list[tuple[str, list[str]]], title: str = "Temaplan 2025–2028", **items
) -> Plan:
    """A plan with one section per chapter and one paragraph per text, one chapter a page."""
    sections = [Section(id="s0", title=title, level=1, page=1)]
    passages = []
    for n, (heading, paragraphs) in enumerate(chapters, start=1):
        sid = f"s{n}"
        sections.append(Section(id=sid, title=heading, level=1, page=n))
        for k, text in enumerate(paragraphs, start=1):
            passages.append(
                Passage(id=f"p{n}-{k}", kind="paragraph", text=text, page=n, section_id=sid)
            )
    return Plan(
        source=SourceInfo(path="plan.pdf", format="pdf", sha256="", pages=len(chapters)),
        title=title,
        sections=sections,
        passages=passages,
        **items,
    )


def cover(plan: Plan, *mandate_points: str, lang: str = "nb") -> list[Coverage]:
    """The coverage of the points typed as a numbered mandate."""
    text = "Mandat\n\n" + "\n".join(f"{n}. {p}" for n, p in enumerate(mandate_points, 1))
    return assess_found(plan, find_points([text]), lang=lang)
