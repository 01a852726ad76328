"""Mechanisms of helper m54read (session 48), each on invented wording.

An agreement numbers all its paragraphs in one run and defines the plan by a term of its own
('"Harbour Plan" means the Borough's plan for …'): only the paragraphs that bind the plan are
points: they name the term, hold a modal and have the plan or its owner as subject, not the
other party; a lead-in of the plan and its modal alone gives its lettered sub-paragraphs as
points (``points.defined_plan_paragraphs``, requirements.yaml ``definition_verb``)."""

from __future__ import annotations

from plancheck.mandate import find_points

AGREEMENT_EN = [
    "CONSENT ORDER BETWEEN THE RIVER AUTHORITY AND THE BOROUGH OF OXLEY",
    "1. The parties to this Order are the River Authority and the Borough of Oxley (Borough).",
    "2. The Authority inspected the Borough's quays in the spring of 2040.",
    "3. The Authority found that four quays lack safe ladders.",
    '4. "Order Date" means the date on which the last party signs.',
    '5. "Harbour Plan" means the Borough\'s plan for making its quays safe for bathers and boats.',
    "6. The Borough will appoint a harbour safety officer within 30 days of the Order Date.",
    "7. The Borough will train its quay staff in rescue from the water.",
    "8. Harbour Plan. The Borough has not adopted a Harbour Plan before.",
    "9. The Borough will finish its Harbour Plan within 120 days of the Order Date.",
    "10. The Harbour Plan will:",
    "a. show each quay without a safe ladder;",
    "b. give the date by which each ladder is fitted.",
    "11. The Harbour Plan will also cover the slipways used by rowing clubs.",
    "12. The River Authority will read the Harbour Plan and may ask the Borough to change it.",
    "13. The Borough will report to the Authority every quarter.",
    "14. This Order ends three years after the Order Date.",
]


def _texts(lines: list[str]) -> list[str]:
    return [p.text for p in find_points(lines)]


def test_agreement_keeps_only_the_paragraphs_that_bind_the_defined_plan():
    texts = [t.rstrip(";") for t in _texts(AGREEMENT_EN)]
    assert texts == [
        "The Borough will finish its Harbour Plan within 120 days of the Order Date.",
        "show each quay without a safe ladder",
        "give the date by which each ladder is fitted.",
        "The Harbour Plan will also cover the slipways used by rowing clubs.",
    ]


def test_agreement_sub_paragraphs_numbered_under_their_paragraph():
    numbers = [p.number for p in find_points(AGREEMENT_EN)]
    assert numbers[1:3] == ["10.a", "10.b"]


def test_agreement_in_norwegian_with_definition_verb():
    lines = [
        "AVTALE OM HAVNESIKKERHET",
        "1. Partane i avtalen er Fjordverket og Lia kommune (kommunen).",
        "2. Fjordverket har gått gjennom kaiene i 2040.",
        "3. «Avtaledato» betyr datoen for den siste underskrifta.",
        "4. «Kaiplanen» betyr kommunens plan for trygge kaier.",
        "5. Kommunen skal utnemne ein tryggleiksleiar innan 30 dagar.",
        "6. Kommunen skal lære opp kaipersonalet i redning.",
        "7. Kommunen skal vedta Kaiplanen innan 1. juni 2041.",
        "8. Kaiplanen skal vise kvar kai utan leider.",
        "9. Fjordverket skal lese Kaiplanen og kan be kommunen endre den.",
        "10. Avtalen gjeld i tre år.",
    ]
    assert _texts(lines) == [
        "Kommunen skal vedta Kaiplanen innan 1. juni 2041.",
        "Kaiplanen skal vise kvar kai utan leider.",
    ]


def test_a_list_that_mostly_names_the_plan_is_left_alone():
    # a mandate whose paragraphs are the plan's (most name it): every point stays
    lines = [
        "Mandat",
        '1. "Kaiplanen" betyr kommunens plan for trygge kaier.',
        "2. Kaiplanen skal vise kvar kai utan leider.",
        "3. Kaiplanen skal gje ein dato for kvar leider.",
        "4. Kaiplanen skal omtale slippane.",
        "5. Kaiplanen skal leggjast fram for formannskapet.",
        "6. Kommunen skal lære opp kaipersonalet.",
        "7. Kaiplanen skal ha eit kostnadsoverslag.",
        "8. Kaiplanen skal vedtakast innan juni.",
    ]
    assert len(_texts(lines)) >= 7
