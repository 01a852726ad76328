"""A list of measure sentences with no lead-in over it, right under a goal: every item a unit as
subject and a time ('Kulturskolen skal innen 2027 tilby …', 'Hemtjänsten ansvarar för att … senast
2027'), the subjects different units — hand-built blocks; and a goal list of one subject stays goals."""

from __future__ import annotations

from plancheck.extract.plan import build_plan
from plancheck.extract.subjectsentences import read_sentence
from plancheck.ingest.sections import build_sections
from plancheck.models import Block, BlockKind, Document, Provenance

H, L = BlockKind.heading, BlockKind.list_item


def _plan(spec, lang):
    blocks = []
    for k, (kind, text) in enumerate(spec):
        b = Block(id=f"b{k}", kind=kind, text=text, level=2 if kind == H else 0, font_size=11.0,
                  bullet="•" if kind == L else None)
        b.provenance = Provenance(page=1, source_text=text)
        blocks.append(b)
    return build_plan(Document(path="x.pdf", page_count=1, blocks=blocks, sections=build_sections(blocks)),
                      lang=lang, model=None)


def test_a_preposition_after_the_verb_is_no_second_verb():
    assert read_sentence("Biståndsenheten ansvarar för att erbjuda hembesök senast 2026.", "sv").owner == "Biståndsenheten"
    assert read_sentence("Alla nämnder uppdaterar sina planer 2027.", "sv").owner == "Alla nämnder"


def test_units_taking_on_work_by_a_time_under_a_goal_are_measures():
    plan = _plan([(H, "Mål 1: Alle barn som ønsker det, skal få plass i kulturskolen"),
                  (L, "Kulturskolen skal innen 2027 tilby undervisning på alle barneskolene."),
                  (L, "Eiendomsavdelingen skal innen 2028 bygge om gamle Nordby skole til øvingslokaler.")], "nb")
    assert [g.text for g in plan.goals] == ["Alle barn som ønsker det, skal få plass i kulturskolen"]
    got = [([o.text for o in m.owners], m.deadline.text if m.deadline else None) for m in plan.measures]
    assert got == [(["Kulturskolen"], "innen 2027"), (["Eiendomsavdelingen"], "innen 2028")]
    plan = _plan([(H, "Mål 1: Fler äldre ska kunna bo kvar hemma"),
                  (L, "Hemtjänsten ansvarar för att införa digital tillsyn nattetid senast 2027."),
                  (L, "Biståndsenheten ansvarar för att erbjuda förebyggande hembesök senast 2026.")], "sv")
    got = [([o.text for o in m.owners], m.deadline.text if m.deadline else None) for m in plan.measures]
    assert got == [(["Hemtjänsten"], "senast 2027"), (["Biståndsenheten"], "senast 2026")]


def test_goals_of_one_subject_or_with_no_time_stay_goals():
    plan = _plan([(H, "Mål"), (L, "Kommunen skal være klimanøytral innen 2030."),
                  (L, "Kommunen skal halvere utslippene fra transport innen 2027.")], "nb")
    assert plan.measures == []
    plan = _plan([(H, "Mål"), (L, "Skolene skal gi alle elever et trygt læringsmiljø."),
                  (L, "Helsestasjonen skal nå alle familier med nyfødte.")], "nb")
    assert plan.measures == []


def test_a_list_of_work_done_is_no_list_of_measures():
    plan = _plan([(H, "Dette har vi gjort"),
                  (L, "Felles årshjul for overgangen er tatt i bruk i alle barnehager (2024)"),
                  (L, "Alle skoler har hatt åpen dag for skolestartere siden 2023.")], "nb")
    assert plan.measures == []


def test_goal_lists_with_units_and_times_stay_goals():
    # under a goal role's bare label; a subject of everyone; a time with no year (the plan period)
    plan = _plan([(H, "Hovedmål"), (L, "Kulturskolen skal innen 2027 tilby undervisning på alle barneskolene."),
                  (L, "Eiendomsavdelingen skal innen 2028 bygge om gamle Nordby skole.")], "nb")
    assert plan.measures == []
    plan = _plan([(H, "Satsingsområde 1: Klima"),
                  (L, "Kommunen skal redusere de direkte klimagassutslippene med 50 prosent innen 2030."),
                  (L, "Alle elever skal ha gode leseferdigheter innen 2028.")], "nb")
    assert plan.measures == []
    plan = _plan([(H, "Satsingsområde 1: Klima"),
                  (L, "Kommunen skal redusere de direkte klimagassutslippene med 50 prosent innen 2030."),
                  (L, "Lokalsamfunnene skal ha god tilgang til friluftsområder gjennom hele planperioden.")], "nb")
    assert plan.measures == []
