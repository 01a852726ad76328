"""Requirements in a mandate's prose and the kind of a point, session 16 (`mreq16`), each on
a small hand-built input (invented wording, no corpus document's): a step of the process after
the modal without a verb, a body given a seat in a group of the work, a document that
accompanies the plan; and the kind of a listed point by what it asks for (a body drawn into
the work, indicators, a part named as a noun phrase, the part the modal asks before a process
word of its own clause, a step of the plan's process by a date)."""

from __future__ import annotations

import pytest

from plancheck.mandate import find_points
from plancheck.mandate.points import is_requirement, point_kind


def _prose(text: str) -> list[tuple[str, str]]:
    return [(p.text, p.kind) for p in find_points([text]) if p.number.startswith("S")]


MANDATE = """# Mandat for arbeidet med trafikkplanen

1. Kartlegge ulykkespunktene i sentrum.
2. Foreslå tiltak for tryggere skoleveier.

Arbeidet ledes av kommunalsjefen. Planforslaget skal i offentlig høring i seks uker.
Velforeningen skal ha en representant i arbeidsgruppa. En ROS-analyse skal vedlegges
planforslaget. Kommunen har mange skoleveier.
"""


def test_prose_requirements_of_the_three_forms_are_points_of_their_kind():
    assert _prose(MANDATE) == [
        ("Planforslaget skal i offentlig høring i seks uker.", "process"),
        ("Velforeningen skal ha en representant i arbeidsgruppa.", "process"),
        ("En ROS-analyse skal vedlegges planforslaget.", "deliverable"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Strategin ska ut på remiss under sommaren.",
        "Planen skal ut på høyring i seks veker.",
        "Ældrerådet skal have en repræsentant i styregruppen.",
        "The tenants' forum shall have a seat on the steering group.",
        "A cost estimate must accompany the final plan.",
        "En konsekvensanalys ska bifogas strategin.",
    ],
)
def test_the_forms_in_other_languages_ask(sentence):
    assert is_requirement(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # told, not asked: the past, a negation, a group that is only named
        "Velforeningen hadde en representant i arbeidsgruppa i 2019.",
        "Velforeningen skal ikke ha en representant i arbeidsgruppa.",
        "Arbeidsgruppa har fem medlemmer fra ulike enheter.",
        # a preposition and a step noun without the modal: a description
        "Saken var på høring i fjor.",
        # the plan followed, not accompanied
        "Planen skal følge nasjonale føringer.",
    ],
)
def test_sentences_that_only_tell_do_not_ask(sentence):
    assert not is_requirement(sentence)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The plan should be accompanied by an equality impact assessment.", "deliverable"),
        ("Planen skal ha en handlingsdel som rulleres årlig.", "deliverable"),
        ("involverer velforeningene og idrettslaget i arbeidet med planen", "process"),
        ("inddrage foreningerne og beboerne i arbejdet", "process"),
        ("inddragelse af de unge i arbejdet", "process"),
        ("engage with the residents' association throughout the review", "process"),
        ("Foreslå mål og indikatorer for kulturarbeidet.", "deliverable"),
        ("Angi måleindikatorer for strategien.", "deliverable"),
        ("en tidplan för upphandling och bygge", "deliverable"),
        ("Hovedplanen skal være ferdig til behandling i utvalget innen 1. mars 2027.", "process"),
        ("Utredningen ska redovisas till nämndens presidium senast den 1 maj 2027.", "process"),
        # the plan's follow-up asked as a question; a body drawn into the work; a part
        ("Vurdere hvordan temaplanen skal følges opp og måles.", "process"),
        ("Set out how the strategy will be monitored each year.", "process"),
        ("Sikre at foreldrene blir involvert i arbeidet.", "process"),
        ("indeholde et overslag over udgifterne", "deliverable"),
        ("Inneholder en oversikt over tiltak og ansvar.", "deliverable"),
        # how the service is followed up, not the plan: content as before
        ("Beskrive hvordan tilbudet kan følges opp i skolene.", "content"),
        # a body drawn into the service the plan is about, not into the work: content
        ("Involvere frivillige i omsorgstjenesten", "content"),
        # an overview of a topic asks its content, a noun phrase without a part named too
        ("Gi en oversikt over kommunens idrettsanlegg.", "content"),
        ("en beskrivelse av dagens skoleveier", "content"),
    ],
)
def test_the_kind_of_a_point_by_what_it_asks(text, kind):
    assert point_kind(text) == kind
