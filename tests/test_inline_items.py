"""Labelled fields and items inside running text: an owner or deadline label after a sentence
end ("… hjemmetjenesten. Ansvar: … Frist: …") splits the field off the measure's text wherever
it sits on the line; stage tests on hand-built inputs."""

from __future__ import annotations

from plancheck.extract.fields import split_fields


def test_fields_written_on_as_sentences_are_split_off_the_measure():
    f = split_fields("Tilby digitalt tilsyn til alle nye brukere. Ansvar: Hjemmetjenesten. Frist: Høst 2026", "nb")
    assert (f.text, f.owner, f.deadline, f.labelled) == (
        "Tilby digitalt tilsyn til alle nye brukere", "Hjemmetjenesten", "Høst 2026", True)
    # an owner of several words, the sentence's own full stop after the last field
    f = split_fields("Ta fram en cykelplan. Ansvarig: Samhällsbyggnadsförvaltningen. Tidsplan: Juni 2026.", "sv")
    assert (f.text, f.owner, f.deadline) == ("Ta fram en cykelplan", "Samhällsbyggnadsförvaltningen", "Juni 2026")
    # one field only, and a date whose full stops are its own
    f = split_fields("Lage en rutine for tilsyn. Frist: 31.12.2026", "nb")
    assert (f.text, f.owner, f.deadline) == ("Lage en rutine for tilsyn", None, "31.12.2026")


def test_a_field_label_set_in_emphasis_needs_no_full_stop_before_it():
    text = "Hold a workshop every spring Lead: Parks Service Due: 2027"
    f = split_fields(text, "en", (text.index("Lead"), text.index("Due")))
    assert (f.text, f.owner, f.deadline) == ("Hold a workshop every spring", "Parks Service", "2027")
    # the same words without emphasis and without a sentence end are the measure's own
    assert split_fields(text, "en").owner is None


def test_a_label_inside_a_sentence_or_an_unknown_label_stays_text():
    for text in ("Vi tar ansvar: for alt som skjer", "Lage en plan. Merk: gjelder alle skoler"):
        f = split_fields(text, "nb")
        assert (f.text, f.owner, f.deadline, f.labelled) == (text, None, None, False)
    # the fields of a wrapped line of their own ("Ansvar: … . Frist: …") are both read
    f = split_fields("Tiltak (ansvar: kultur, tid: 2025)", "nb")
    assert (f.text, f.owner, f.deadline) == ("Tiltak", "kultur", "2025")
