"""A body's own commitments as a measure heading: the lexicon's commitment words ("åtaganden",
"forpligtelser", "our commitments") — session 32, parents-blind30's nämndplan."""

from __future__ import annotations

from plancheck.lang.vocab import heading_role
from plancheck.models import Block, BlockKind, Document, Provenance, Section


def test_commitment_words_head_measures_in_every_language():
    for t in ("Åtaganden", "Våra åtaganden", "Våre forpliktelser", "Forpliktingar", "Vores forpligtelser",
              "Our commitments"):
        assert heading_role(t) == "measure", t
    assert heading_role("Commitment 3: Housing") is None  # a numbered band over an area, no measure heading


def test_the_lines_under_a_bodys_commitments_are_its_measures():
    from plancheck.extract.plan import build_plan

    blocks = [("heading", "Socialnämndens plan 2060"), ("heading", "Våra åtaganden 2060"),
              ("list_item", "Vi åtar oss att öppna en träffpunkt för äldre i Norrby."),
              ("list_item", "Vi åtar oss att erbjuda alla nya handläggare en mentor."),
              ("heading", "Uppföljning"), ("paragraph", "Åtagandena följs upp i delårsrapporten.")]
    out, sections, sid = [], [], "s0"
    for n, (kind, text) in enumerate(blocks, start=1):
        if kind == "heading":
            sid = f"s{n}"
            sections.append(Section(id=sid, title=text, level=1 if n == 1 else 2, page=1))
        out.append(Block(id=f"b{n}", kind=BlockKind(kind), text=text, provenance=Provenance(page=1), section_id=sid,
                         level=(1 if n == 1 else 2) if kind == "heading" else None))
    plan = build_plan(Document(path="x.pdf", page_count=1, sections=sections, blocks=out, language="sv"))
    assert [m.text for m in plan.measures] == [
        "Vi åtar oss att öppna en träffpunkt för äldre i Norrby.",
        "Vi åtar oss att erbjuda alla nya handläggare en mentor.",
    ]
