"""A measure described in prose names who does it and by when in a sentence of the description,
not in an 'Ansvar:' field: the owner after a phrase of charge ("Ansvaret ligger hos …", "ledes
av …", "delivered by …"), as the subject of one ("… står for dette", "… ansvarar för"), or as the
subject of a sentence that points back at the measure ("… gjennomfører tiltaket …"). A sentence
about someone else, or whose subject is the measure itself, names no owner."""

from __future__ import annotations

import pytest

from plancheck.extract.charge import read_charge
from plancheck.extract.plan import build_plan
from plancheck.models import Block, BlockKind, Document, Provenance, Section


@pytest.mark.parametrize(("sentence", "item", "lang", "owner", "when"), [
    ("Teknisk drift gjennomfører tiltaket innen utgangen av 2027.", "Kartlegge flomveier", "nb",
     "Teknisk drift", "innen utgangen av 2027"),
    ("Ansvaret ligger hos Plan og bygg, og tiltaket skal være på plass i løpet av 2026.", "Innføre krav", "nb",
     "Plan og bygg", "i løpet av 2026"),
    ("Det ledes av Eiendomsavdelingen og skal være gjennomført høsten 2027.", "Sikre kjellere", "nb",
     "Eiendomsavdelingen", "høsten 2027"),
    ("Kommunikasjonsenheten lager veilederen innen juni 2027.", "Lage en veileder for boligeiere", "nb",
     "Kommunikasjonsenheten", "innen juni 2027"),
    ("Kultur og fritid står for dette i løpet av 2028.", "Opne eit fritidstilbod", "nn",
     "Kultur og fritid", "i løpet av 2028"),
    ("Socialförvaltningen ansvarar för att ta fram rutinen senast 2027.", "Ta fram en rutin", "sv",
     "Socialförvaltningen", "senast 2027"),
    ("This will be delivered by the Housing Team by March 2027.", "Open a community garden", "en",
     "Housing Team", "by March 2027"),
    ("Indsatsen ledes af Digitalisering og IT og gennemføres inden udgangen af 2027.", "Tilbyde velfærdsteknologi", "da",
     "Digitalisering og IT", "inden udgangen af 2027"),  # the clause after "og" opens with a passive
    ("Kultur og Fritid åbner caféerne senest juni 2027.", "Åbne to nye seniorcaféer", "da",
     "Kultur og Fritid", "senest juni 2027"),  # the object is the head of the item's compound
])
def test_a_sentence_of_charge_names_the_owner_and_the_time(sentence, item, lang, owner, when):
    found = read_charge(sentence, item, lang)
    assert found is not None and (found.owner, found.when) == (owner, when)


@pytest.mark.parametrize(("sentence", "item"), [
    ("Kartleggingen gir grunnlag for å prioritere trygge flomveier.", "Kartlegge flomveier"),  # the item itself
    ("Fylkeskommunen bygger ny vei i 2027.", "Kartlegge flomveier"),  # someone else's work
    ("Møtene holdes sammen med velforeningene.", "Holde informasjonsmøter"),  # no unit
])
def test_a_sentence_about_something_else_names_no_owner(sentence, item):
    assert read_charge(sentence, item, "nb") is None


@pytest.mark.parametrize(("sentence", "item", "lang"), [
    # the plan as subject, with a modal: an aim, not a unit's charge
    ("Helhedsplanen skal give børn mulighed for sport og fritid i 2027.", "Sport og fritid på tværs af bydelen", "da"),
    ("Information om energieffektivisering ska kontinuerligt ges brukarna av byggnaderna.",
     "Kontinuerlig utbildning om energieffektivisering", "sv"),
    # a demonstrative subject is the item itself
    ("This marketing campaign raises awareness of flood risk in the long term.", "Flood risk marketing campaign", "en"),
    # a unit as subject, pointing back, but no time: too little to hand the item over
    ("Kultursjefen lager veilederen sammen med bibliotekene.", "Lage en veileder", "nb"),
])
def test_an_aim_a_demonstrative_or_a_timeless_sentence_names_no_owner(sentence, item, lang):
    assert read_charge(sentence, item, lang) is None


def _doc(texts: list[str]) -> Document:
    return Document(
        path="x.pdf", page_count=1,
        sections=[Section(id="s1", title="2 Mål og tiltak", level=1, page=1)],
        blocks=[Block(id=f"b{i}", kind=BlockKind.paragraph, text=t, provenance=Provenance(page=1), section_id="s1")
                for i, t in enumerate(texts)],
    )


def test_the_description_under_a_measure_title_gives_its_owner_and_deadline():
    plan = build_plan(_doc([
        "Mål 1: Overvann skal håndteres lokalt i alle nye utbyggingsområder.",
        "Tiltak 1.1 Kartlegge flomveier og lavpunkter i sentrum",
        "Kartleggingen gir grunnlag for å prioritere flomveier. Teknisk drift gjennomfører tiltaket innen utgangen av 2027.",
        "Tiltak 1.2 Innføre krav om blågrønn faktor i nye reguleringsplaner",
        "Kravet gjør at utbyggere må sette av areal til fordrøyning.",
    ]), lang="nb")
    got = [(m.text, m.owner_text, m.deadline.text if m.deadline else None) for m in plan.measures]
    assert got == [
        ("Kartlegge flomveier og lavpunkter i sentrum", "Teknisk drift", "innen utgangen av 2027"),
        ("Innføre krav om blågrønn faktor i nye reguleringsplaner", None, None),
    ]


def test_a_list_of_measure_sentences_each_followed_by_its_sentence_of_charge():
    """Under "Det gjer vi:" (here read into the first item's paragraph, as a PDF without
    paragraph spacing gives it), each paragraph is a measure sentence and then a sentence that
    hands it to a unit: the measure is the first sentence, its owner and deadline the second's."""
    plan = build_plan(_doc([
        "Mål 1: Fleire barn og unge skal delta i kultur- og fritidsaktivitetar.",
        "Det gjer vi: Vi opnar eit ope fritidstilbod for ungdom. Kultur og fritid står for dette i løpet av 2027.",
        "Vi lagar ein oversikt over alle fritidstilbod. Servicetorget gjer dette innan utgangen av 2026.",
        "Vi forenklar søknadane om kulturmidlar. Kultur og fritid gjennomfører tiltaket innan 1. mars 2027.",
    ]), lang="nn")
    got = [(m.text, m.owner_text, m.deadline.text if m.deadline else None) for m in plan.measures]
    assert got == [
        ("Vi opnar eit ope fritidstilbod for ungdom", "Kultur og fritid", "i løpet av 2027"),
        ("Vi lagar ein oversikt over alle fritidstilbod", "Servicetorget", "innan utgangen av 2026"),
        ("Vi forenklar søknadane om kulturmidlar", "Kultur og fritid", "innan 1. mars 2027"),
    ]
    assert all(m.goal_ids == [plan.goals[0].id] for m in plan.measures)


def test_without_a_lead_in_two_sentence_paragraphs_are_no_measure_list():
    plan = build_plan(_doc([
        "Mål 1: Fleire barn og unge skal delta i kultur- og fritidsaktivitetar.",
        "Vi opnar eit ope fritidstilbod for ungdom. Kultur og fritid står for dette i løpet av 2027.",
        "Vi lagar ein oversikt over alle fritidstilbod. Servicetorget gjer dette innan utgangen av 2026.",
    ]), lang="nn")
    assert [m.owner_text for m in plan.measures if m.owner_text] == []
