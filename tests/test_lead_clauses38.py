"""A measure's sentence closed by a clause naming who leads it ('…, by March 2027, led by the Parks
Service.', '…, innen 2027, ledet av Kulturenheten.') — extract/leadclauses.py on hand-built sentences
and a hand-built plan."""

from __future__ import annotations

from plancheck.extract.leadclauses import lead_clause
from plancheck.extract.plan import build_plan
from plancheck.ingest.sections import build_sections
from plancheck.models import Block, BlockKind, Document, Provenance


def test_the_closing_clause_names_the_owner_and_a_time_clause_before_it_the_deadline():
    assert lead_clause("Map every council-owned site, by March 2027, led by the Parks Service.", "en") == (
        "Parks Service", "by March 2027")
    assert lead_clause("Etablere en møteplass for unge, innen 2027, ledet av Kulturenheten.", "nb") == (
        "Kulturenheten", "innen 2027")
    assert lead_clause("Öppna en mötesplats i varje kommundel, hösten 2027, i regi av Fritidsförvaltningen", "sv") == (
        "Fritidsförvaltningen", "hösten 2027")
    assert lead_clause("Udgive et kort over shelterpladser, udført af Natur og Miljø.", "da") == ("Natur og Miljø", None)


def test_a_start_is_no_deadline_and_a_lead_inside_the_sentence_no_field():
    assert lead_clause("Plant 500 street trees a year, starting in autumn 2026, led by the Highways Team.", "en") == (
        "Highways Team", None)
    assert lead_clause("Act on the review led by the board in 2025.", "en") is None
    assert lead_clause("Improve the parks, led by example.", "en") is None


def test_measures_of_a_list_get_their_owner_and_deadline():
    spec = [(BlockKind.heading, "Objective 1: Raise canopy cover to 20 per cent"), (BlockKind.paragraph, "Actions:"),
            (BlockKind.list_item, "Map every council-owned site where woodland could be planted, by March 2027, led by "
             "the Parks Service."),
            (BlockKind.list_item, "Set up a tree warden scheme with volunteers, by June 2027, led by the Community Team.")]
    blocks = []
    for k, (kind, text) in enumerate(spec):
        b = Block(id=f"b{k}", kind=kind, text=text, level=2 if kind == BlockKind.heading else 0, font_size=11.0,
                  bullet="•" if kind == BlockKind.list_item else None)
        b.provenance = Provenance(page=1, source_text=text)
        blocks.append(b)
    plan = build_plan(Document(path="x.pdf", page_count=1, blocks=blocks, sections=build_sections(blocks)),
                      lang="en", model=None)
    got = [([o.text for o in m.owners], m.deadline.text if m.deadline else None) for m in plan.measures]
    assert got == [(["Parks Service"], "by March 2027"), (["Community Team"], "by June 2027")]


def test_a_time_closing_the_sentence_itself_is_the_deadline():
    assert lead_clause("Open a housing advice hub in the town library in 2027, led by Housing Options.", "en") == (
        "Housing Options", "in 2027")
    assert lead_clause("Give every primary school a tree to plant in its grounds, led by the Education Service.", "en") == (
        "Education Service", None)
