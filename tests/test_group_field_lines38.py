"""One field line for a whole list of measures, its label naming its scope ('Ansvarlig for alle
indsatser: …', 'Responsible for all actions: …', 'Frist for tiltaka: …'), under or over the list —
hand-built lines and blocks, in several languages."""

from __future__ import annotations

from plancheck.extract.fields import group_field_line
from plancheck.extract.plan import build_plan
from plancheck.ingest.sections import build_sections
from plancheck.models import Block, BlockKind, Document, Provenance

H, P, L = BlockKind.heading, BlockKind.paragraph, BlockKind.list_item


def test_a_scoped_label_is_read_without_its_scope():
    assert group_field_line("Ansvarlig for alle indsatser: Park og Vej. Tidsplan: 2026–2027.") == [
        ("owner", "Park og Vej"), ("deadline", "2026–2027")]
    assert group_field_line("Responsible for all actions: Parks Team") == [("owner", "Parks Team")]
    assert group_field_line("Ansvarig för samtliga åtgärder: Gatuenheten") == [("owner", "Gatuenheten")]
    assert group_field_line("Frist for tiltaka: 2027") == [("deadline", "2027")]


def test_a_label_whose_words_name_no_group_of_measures_is_none():
    assert group_field_line("Ansvar for skolene: Oppvekst") is None  # (whom it is for, not which measures)
    assert group_field_line("Ansvar: Oppvekst") is None  # an ordinary field line: field_line reads it
    assert group_field_line("Kommunen har ansvar for alle barn: det står i loven") is None


def _plan(spec, lang):
    blocks = []
    for k, (kind, text) in enumerate(spec):
        b = Block(id=f"b{k}", kind=kind, text=text, level=2 if kind == H else (0 if kind == L else None),
                  font_size=11.0, bullet="•" if kind == L else None)
        b.provenance = Provenance(page=1, source_text=text)
        blocks.append(b)
    doc = Document(path="x.pdf", page_count=1, blocks=blocks, sections=build_sections(blocks))
    plan = build_plan(doc, lang=lang, model=None)
    return {m.text: ([o.text for o in m.owners], m.deadline.text if m.deadline else None) for m in plan.measures}


def test_the_line_under_a_list_gives_every_measure_its_fields():
    got = _plan([(H, "Mål 1: Mere natur i kommunens parker"), (P, "Indsatser:"),
                 (L, "Omlægge 20 hektar græsplæne til blomstereng"), (L, "Plante hjemmehørende træer i nye parker"),
                 (P, "Ansvarlig for alle indsatser: Park og Vej. Tidsplan: 2026–2027."),
                 (H, "Mål 2: Flere borgere skal bruge naturen"), (P, "Indsatser:"),
                 (L, "Anlægge tre nye vandrestier ved kysten"), (L, "Udgive et kort over shelterpladser"),
                 (P, "Ansvarlig for alle indsatser: Natur og Miljø. Tidsplan: 2028.")], "da")
    assert got == {"Omlægge 20 hektar græsplæne til blomstereng": (["Park og Vej"], "2026–2027"),
                   "Plante hjemmehørende træer i nye parker": (["Park og Vej"], "2026–2027"),
                   "Anlægge tre nye vandrestier ved kysten": (["Natur og Miljø"], "2028"),
                   "Udgive et kort over shelterpladser": (["Natur og Miljø"], "2028")}


def test_the_line_over_a_list_gives_its_measures_the_fields_they_lack():
    got = _plan([(H, "Objective 1: Halve the food waste in household bins"),
                 (P, "Responsible for all actions: Waste Services"), (P, "Actions:"),
                 (L, "Offer every household a free kitchen caddy (by March 2027)"),
                 (L, "Run a schools campaign on food waste (Lead: Education Services; by Q3 2027)")], "en")
    assert got == {"Offer every household a free kitchen caddy": (["Waste Services"], "by March 2027"),
                   "Run a schools campaign on food waste": (["Education Services"], "by Q3 2027")}
