"""Measures written as sentences of running text under a goal: a unit as the subject committed by
a phrase of charge and the infinitive marker ('… ansvarar för att …'), or by a modal with a time
phrase ('… ska … varje vecka'); background sentences (a law quoted, a recommendation, what was
done, a wish) are none. The deadline is the time phrase without the words leading into it."""
from __future__ import annotations

import pytest
from docx import Document as Docx

import plancheck
from plancheck.extract.charge import committed_sentence
from plancheck.lang.deadlines import without_leads


def test_a_unit_charged_or_with_modal_and_time_commits_to_a_measure() -> None:
    found = committed_sentence("Gatuenheten ansvarar för att laga alla trottoarer senast 2027.", "sv")
    assert found is not None and (found.owner, found.when) == ("Gatuenheten", "senast 2027")
    found = committed_sentence("Biblioteket ska erbjuda läxhjälp varje vecka.", "sv")
    assert found is not None and found.owner == "Biblioteket"
    found = committed_sentence("Socialförvaltningen ansvarar för att alla barn erbjuds ett samtal.", "sv")
    assert found is not None and (found.owner, found.when) == ("Socialförvaltningen", "")


def test_background_sentences_commit_nobody() -> None:
    assert committed_sentence("Enligt skollagen ska alla elever ha tillgång till elevhälsa.", "sv") is None
    assert committed_sentence("Under 2025 öppnade fritidsgården i Norrby.", "sv") is None
    assert committed_sentence("Folkhälsomyndigheten rekommenderar att barn rör sig en timme om dagen.", "sv") is None
    assert committed_sentence("Biblioteket ska vara en mötesplats.", "sv") is None  # no time, no charge: an aim
    assert committed_sentence("Gatuenheten har ansvar för vägar och parker.", "sv") is None  # no 'att': what it does


def test_a_deadline_in_a_sentence_drops_its_leads() -> None:
    assert without_leads("senast 2027") == "2027"
    assert without_leads("senast i mars 2026") == "mars 2026"
    assert without_leads("varje vecka") == "varje vecka"


def test_the_committing_sentences_under_a_goal_are_its_measures(tmp_path) -> None:
    d = Docx()
    d.add_heading("Handlingsplan för barns fritid 2026–2028", 0)
    d.add_heading("1 Mötesplatser", 1)
    d.add_paragraph("Mål: Fler barn ska ha en meningsfull fritid.")
    d.add_paragraph(
        "Under 2025 öppnade fritidsgården i Norrby. Kultur- och fritidsförvaltningen ansvarar för att "
        "öppna en ny fritidsgård i Åsen senast 2027. Enligt skollagen ska alla elever ha tillgång till "
        "elevhälsa. Biblioteket ska erbjuda läxhjälp varje vecka."
    )
    path = tmp_path / "plan.docx"
    d.save(path)
    plan = plancheck.extract(str(path))
    got = {m.text: ([o.text for o in m.owners], m.deadline.text if m.deadline else None, len(m.goal_ids)) for m in plan.measures}
    assert got == {
        "Kultur- och fritidsförvaltningen ansvarar för att öppna en ny fritidsgård i Åsen senast 2027": (
            ["Kultur- och fritidsförvaltningen"], "2027", 1),
        "Biblioteket ska erbjuda läxhjälp varje vecka": (["Biblioteket"], "varje vecka", 1),
    }


def test_a_unit_that_will_only_consider_commits_to_no_measure() -> None:
    assert committed_sentence("Kulturutvalet vil vurdere opningstidene i 2027.", "nn") is None
    assert committed_sentence("Kulturutvalet vil utvide opningstidene i 2027.", "nn") is not None


def test_a_target_in_the_passive_or_a_labelled_goal_is_no_committed_measure():
    from plancheck.extract.charge import committed_sentence

    # a thing's target ("… ska halveras till 2035") and a labelled goal are no unit's work
    assert committed_sentence("Kommunens energianvändning ska halveras till 2035.", "sv") is None
    assert committed_sentence("Mål: Kommunens energianvändning ska halveras till 2035.", "sv") is None
    # a unit's own active commitment still is
    found = committed_sentence("Kultur- och fritidsförvaltningen ska öppna två nya träffpunkter senast 2027.", "sv")
    assert found is not None and found.owner == "Kultur- och fritidsförvaltningen"


@pytest.mark.parametrize(("sentence", "lang", "owner", "when"), [
    ("Vård- och omsorgsförvaltningen och Röda korset ska tillsammans starta en telefonjour hösten 2026.", "sv",
     "Vård- och omsorgsförvaltningen och Röda korset", "hösten 2026"),
    ("Helse- og omsorgstenesta og Den norske kyrkja skal saman starte turgrupper for eldre i 2027.", "nn",
     "Helse- og omsorgstenesta og Den norske kyrkja", "i 2027"),
    ("Children's Services and the Youth Offending Team will jointly run a summer scheme every August.", "en",
     "Children's Services and the Youth Offending Team", "every August"),
])
def test_a_subject_of_two_units_joined_by_and_commits_both(sentence, lang, owner, when) -> None:
    # two names of up to max_owner_words each, joined by an and-word: the subject may be longer
    # than one owner's name (six and seven words before the modal)
    found = committed_sentence(sentence, lang)
    assert found is not None and (found.owner, found.when) == (owner, when)


def test_a_long_subject_that_is_no_pair_of_units_commits_nothing() -> None:
    # a group of people, not two units, before the modal
    assert committed_sentence("Alle barn og unge i hele kommunen skal ha tilbud om leksehjelp i 2027.", "nb") is None
    # one name longer than max_owner_words, no and-word between units
    assert committed_sentence("Den nye avdelingen for plan bygg og miljø skal lage planen i 2027.", "nb") is None
