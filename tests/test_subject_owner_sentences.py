"""Measures written as plain sentences under a lead-in saying what will be done ("Slik gjør vi
det:"), the unit that acts as the grammatical subject and the time as a phrase inside the
sentence — hand-built blocks and sentences."""

from __future__ import annotations

from conftest import plan_of_blocks

from plancheck.extract.subjectsentences import read_sentence
from plancheck.lang.deadlines import time_phrase
from plancheck.models import Block, BlockKind, Provenance


def test_a_time_phrase_is_found_anywhere_in_a_sentence_as_printed():
    assert time_phrase("Kulturkontoret arrangerer sommerskole for barn hver sommer.") == "hver sommer"
    assert time_phrase("Innen 1. mars 2027 tilbyr Helsestasjonen kurs.") == "Innen 1. mars 2027"
    assert time_phrase("Skoleetaten kartlegger behovet i løpet av 2028.") == "i løpet av 2028"
    assert time_phrase("Skoleetaten gir kurs til hver lærer i 2026.") == "i 2026"  # a year beats "hver"
    assert time_phrase("Skoleetaten gir kurs til lærerne.") == ""


def test_a_time_phrase_keeps_a_preposition_inside_it_as_printed():
    """'av' / 'of' join the parts of a season phrase ("hver høst av …"), but inside "innen utgangen
    av 2027" or "by the end of 2027" it is the phrase's own word: the whole phrase is the time."""
    assert time_phrase("Teknisk drift gjennomfører tiltaket innen utgangen av 2027.") == "innen utgangen av 2027"
    assert time_phrase("Servicetorget gjer dette innan utgangen av 2026.") == "innan utgangen av 2026"
    assert time_phrase("The Housing Team will deliver this by the end of 2027.") == "by the end of 2027"


def test_the_subject_names_the_owner_also_after_a_fronted_time_phrase():
    r = read_sentence("Kulturkontoret og Skoleetaten holder kurs for foreldre hver høst.", "nb")
    assert r is not None and (r.owner, r.when) == ("Kulturkontoret og Skoleetaten", "hver høst")
    r = read_sentence("Innen 1. mars 2027 tilbyr Helsestasjonen kurs for nybakte foreldre.", "nb")
    assert r is not None and (r.owner, r.when) == ("Helsestasjonen", "Innen 1. mars 2027")
    r = read_sentence("Alla nämnder uppdaterar planerna löpande.", "sv")
    assert r is not None and r.owner == "Alla nämnder"


def test_a_plural_noun_as_subject_names_no_unit():
    assert read_sentence("Foreldre får tilbud om kurs hver høst.", "nb") is None
    r = read_sentence("Borgerservice oversetter brosjyren i 2027.", "nb")
    assert r is not None and r.owner == "Borgerservice"


def test_a_first_person_subject_names_no_owner():
    r = read_sentence("Vi setter fokus på overgangen til skolen.", "nb")
    assert r is not None and (r.owner, r.when) == ("", "")


def _plan(lead: str, items: list[str]):
    blocks = [
        Block(id="", kind=BlockKind.heading, text="Mål 1", level=2, bold=True),
        Block(id="", kind=BlockKind.heading, text="Alle barn skal ha et godt språk når de begynner på skolen", level=3, bold=True),
        Block(id="", kind=BlockKind.paragraph, text=lead),
        *[Block(id="", kind=BlockKind.list_item, text=t, level=0, bullet="•") for t in items],
    ]
    return plan_of_blocks(blocks, "nb")


ITEMS = [
    "Kulturkontoret og Skoleetaten holder kurs for foreldre hver høst.",
    "Innen 1. mars 2027 tilbyr Helsestasjonen språkgrupper i alle bydeler.",
    "Vi setter fokus på overgangen til skolen.",
]


def test_sentences_under_a_means_lead_in_are_measures_with_owner_and_time():
    plan = _plan("Dette gjør vi:", ITEMS)
    assert [m.text for m in plan.measures] == [t.rstrip(".") for t in ITEMS]
    assert [[o.text for o in m.owners] for m in plan.measures] == [["Kulturkontoret", "Skoleetaten"], ["Helsestasjonen"], []]
    assert [m.deadline.text if m.deadline else None for m in plan.measures] == ["hver høst", "Innen 1. mars 2027", None]
    goal = plan.goals[0].id
    assert all(m.goal_ids == [goal] for m in plan.measures)


def test_a_first_person_list_or_another_lead_in_is_not_read_so():
    plan = _plan("Dette gjør vi:", ["Vi styrker samarbeidet med foreldrene.", "Vi gir alle barn språkstøtte."])
    assert plan.measures == []
    plan = _plan("Arbeidsgruppen besto av:", ITEMS)
    assert plan.measures == []


def test_one_sentence_paragraphs_under_the_lead_in_are_its_items_too():
    blocks = [
        Block(id="", kind=BlockKind.heading, text="Mål 1", level=2, bold=True),
        Block(id="", kind=BlockKind.heading, text="Alle barn skal ha et godt språk når de begynner på skolen", level=3, bold=True),
        Block(id="", kind=BlockKind.paragraph, text="Dette gjør vi:"),
        *[Block(id="", kind=BlockKind.paragraph, text=t) for t in ITEMS],
        Block(id="", kind=BlockKind.heading, text="Oppfølging", level=2, bold=True),
    ]
    plan = plan_of_blocks(blocks, "nb")
    assert [m.text for m in plan.measures] == [t.rstrip(".") for t in ITEMS]
    assert [m.deadline.text if m.deadline else None for m in plan.measures] == ["hver høst", "Innen 1. mars 2027", None]


def test_a_subject_whose_head_is_a_unit_word_in_a_compound_or_definite_form_names_a_body():
    from plancheck.lang.vocab import names_a_body, owner_stems

    assert owner_stems() is owner_stems()  # read from the lexicon once
    assert names_a_body("Energistrategen")  # "strateg" heads the compound, definite form
    assert not names_a_body("Foreldre")
    assert not names_a_body("")


def test_a_means_lead_in_is_a_short_line_not_a_sentence_that_opens_like_one():
    from plancheck.extract.subjectsentences import means_lead

    def para(text: str) -> Block:
        return Block(id="b", kind=BlockKind.paragraph, text=text, provenance=Provenance(page=1, source_text=text))

    assert means_lead(para("Slik når vi målet:"))
    # the same opening, then a sentence about the goal: no lead-in over a list of measures
    assert not means_lead(para("Slik når vi målet om et trygt og godt oppvekstmiljø for alle barn og unge:"))
