"""Never a false owner or deadline: a year in a goal's background prose is no measure's deadline, a
body named as a partner is no owner where the plan names the owner in a field, a clause or a column
— hand-built plans in the forms of bench/owner_deadline_variants38.py."""

from __future__ import annotations

from plancheck.extract.plan import build_plan
from plancheck.ingest.sections import build_sections
from plancheck.models import Block, BlockKind, Document, Provenance

H, P, L = BlockKind.heading, BlockKind.paragraph, BlockKind.list_item


def _got(spec, lang):
    blocks = []
    for k, (kind, text) in enumerate(spec):
        b = Block(id=f"b{k}", kind=kind, text=text, level=2 if kind == H else (0 if kind == L else None),
                  font_size=11.0, bullet="•" if kind == L else None)
        b.provenance = Provenance(page=1, source_text=text)
        blocks.append(b)
    plan = build_plan(Document(path="x.pdf", page_count=1, blocks=blocks, sections=build_sections(blocks)),
                      lang=lang, model=None)
    return {m.text: ([o.text for o in m.owners], m.deadline.text if m.deadline else None) for m in plan.measures}


def test_partners_and_background_years_give_no_field():
    got = _got([(H, "Mål 1: Flere barn og unge skal være fysisk aktive"),
                (P, "I 2019 viste folkehelseprofilen at mange unge er lite aktive, og fra 2015 til 2023 økte overvekten."),
                (P, "Tiltak:"),
                (L, "Etablere gratis aktivitetstilbud i skoleferiene i samarbeid med Frivilligsentralen"),
                (L, "Åpne skolegårdene som møteplass på kveldstid sammen med idrettslagene"),
                (P, "Ansvar for alle tiltak: Kultur og fritid.")], "nb")
    assert got == {"Etablere gratis aktivitetstilbud i skoleferiene i samarbeid med Frivilligsentralen": (["Kultur og fritid"], None),
                   "Åpne skolegårdene som møteplass på kveldstid sammen med idrettslagene": (["Kultur og fritid"], None)}


def test_a_partner_clause_before_the_lead_clause_is_no_owner():
    got = _got([(H, "Objective 1: Halve the food waste in household bins"),
                (P, "Since 2015 household food waste has fallen by a fifth, and in 2019 the council began weekly collections."),
                (P, "Actions:"),
                (L, "Run a schools campaign on food waste, together with the local food bank, led by Education Services."),
                (L, "Offer every household a free kitchen caddy, by March 2027, led by Waste Services.")], "en")
    assert got == {
        "Run a schools campaign on food waste, together with the local food bank, led by Education Services.": (
            ["Education Services"], None),
        "Offer every household a free kitchen caddy, by March 2027, led by Waste Services.": (
            ["Waste Services"], "by March 2027")}
