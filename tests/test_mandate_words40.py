"""Session 40's vocabulary: the money of a plan's measures asked as "økonomi" / "budget", the
English study said not done ("not costed", "did not look at"), and a review's evidence taken
by hearing witnesses or by interviews as a step of the plan's making. Invented examples; each
has a near form that must not count."""

from __future__ import annotations

import pytest

from plancheck.mandate import find_points
from plancheck.mandate import text as T
from plancheck.mandate.match import (
    DEFAULT_SETTINGS,
    DEFERRAL_RE,
    _concerns_of,
    _header_names,
    _process_sentence,
    deferred_sentences,
)


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("Planen skal ha en handlingsdel med tiltak, ansvar og økonomi for 2031–2032.", "nb"),
        ("Planen skal ha ein handlingsdel med tiltak, ansvarleg og budsjett.", "nn"),
        ("Planen ska ha en handlingsplan med åtgärder, ansvarig och ekonomi.", "sv"),
        ("The plan must include an action plan with a lead and a budget for every action.", "en"),
    ],
)
def test_the_money_of_the_measures_is_a_part_the_plan_must_have(line: str, lang: str) -> None:
    (p,) = [q for q in find_points([line]) if q.number.startswith("S")]
    concerns, _ = _concerns_of(p, lang)
    assert "costs" in {part for c in concerns for part in c.structural}


def test_the_municipality_s_economy_as_a_subject_is_no_part_of_the_plan() -> None:
    # a content point about the economy has other words: it is read from its text, not as a part
    (p,) = [
        q
        for q in find_points(["Planen skal beskrive økonomien i reiselivet i kommunen."])
        if q.number.startswith("S")
    ]
    concerns, _ = _concerns_of(p, "nb")
    assert not any(c.structural for c in concerns)


@pytest.mark.parametrize(
    "sentence",
    [
        "The proposals have not yet been costed; officers will do so in the autumn.",
        "A congestion charge was raised by two witnesses, but the panel did not look at it.",
        "Parking has not been looked at in this review.",
    ],
)
def test_a_study_said_not_done_in_english_puts_it_off(sentence: str) -> None:
    assert DEFERRAL_RE.search(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The scheme does not cost the council anything.",
        "We looked at the bus timetables of three neighbouring towns.",
        "Each action is costed in the table below.",
    ],
)
def test_a_cost_or_a_look_taken_puts_nothing_off(sentence: str) -> None:
    assert not DEFERRAL_RE.search(sentence)


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("The panel heard from three bus operators and the chamber of commerce.", "en"),
        ("We interviewed twelve carers and four home care staff.", "en"),
        ("Arbeidsgruppa gjennomførte intervju med tolv pårørande.", "nn"),
        ("Vi gjorde intervjuer med rektorer och elevråd.", "sv"),
    ],
)
def test_evidence_heard_or_interviews_are_the_plan_s_making(sentence: str, lang: str) -> None:
    lemmas = [t.lemma for t in T.terms(sentence, lang)]
    assert _process_sentence(lemmas, DEFAULT_SETTINGS)


def test_a_sentence_without_a_step_is_not_the_plan_s_making() -> None:
    lemmas = [t.lemma for t in T.terms("Bus operators run four late services on Saturdays.", "en")]
    assert not _process_sentence(lemmas, DEFAULT_SETTINGS)


@pytest.mark.parametrize(
    "sentence",
    [
        "Spørsmålet tas opp når avtalen skal fornyes.",
        "Saka blir teke opp når budsjettet for 2031 er klart.",
        "Frågan tas upp när avtalet ska upphandlas 2031.",
        "Spørgsmålet tages op, når aftalen skal genforhandles.",
        "The question will be taken up when the contract is renewed.",
    ],
)
def test_a_question_taken_up_when_something_else_happens_is_put_off(sentence: str) -> None:
    assert DEFERRAL_RE.search(sentence)


@pytest.mark.parametrize(
    "sentence", ["Vi tok opp saka med eldrerådet i mars.", "Frågan togs upp på mötet i maj."]
)
def test_a_question_taken_up_already_is_not_put_off(sentence: str) -> None:
    assert not DEFERRAL_RE.search(sentence)


def test_the_question_at_hand_puts_off_the_sentence_before_it() -> None:
    sentences = [
        "Skolskjutsarna till Berga körs av en entreprenör.",
        "Frågan om att öppna dem för andra resenärer tas upp när avtalet ska upphandlas 2031.",
    ]
    assert deferred_sentences(sentences, DEFAULT_SETTINGS) == [True, True]
    # the question naming a subject of its own (no pronoun pointing back) puts off only itself
    own = [
        "Med 60 nye plasser ved skolen er det nok parkering i sentrum.",
        "Spørsmålet om avgift og tidsbegrensning legges fram i en egen sak.",
    ]
    assert deferred_sentences(own, DEFAULT_SETTINGS) == [False, True]


def test_the_economy_as_a_part_is_asked_as_a_whole_word_only() -> None:
    (p,) = [
        q
        for q in find_points(
            ["Planen skal innehalde ein investeringsplan som kan arbeidast inn i økonomiplanen."]
        )
        if q.number.startswith("S")
    ]
    concerns, _ = _concerns_of(p, "nn")
    assert "costs" not in {part for c in concerns for part in c.structural}


@pytest.mark.parametrize(
    ("header", "part", "named"),
    [
        ("Nr. | Initiativ | Økonomi | Tidsplan", "costs", True),
        ("Nr. | Initiativ | Økonomi | Tidsplan", "deadlines", True),
        ("Tiltak | Kostnad (1000 kr) | År", "costs", True),
        ("Skole | Elevtall | Areal per elev", "costs", False),
        ("Skole | Elevtall | Areal per elev", "deadlines", False),
    ],
)
def test_a_table_header_naming_the_money_or_the_time(header: str, part: str, named: bool) -> None:
    assert _header_names(header, part) is named


def test_a_topic_paragraph_of_two_demands_is_two_points() -> None:
    from plancheck.mandate.points import Line

    def para(label: str, text: str) -> Line:
        return Line(f"{label}. {text}", page=1, size=10.0, gap=True, lead_in=label)

    lines = [
        para("Bakgrund", "Busslinjerna har samma sträckning som 1998, och resandet har minskat."),
        para(
            "Kartläggning",
            "Utredaren ska kartlägga hur många som reser, fördelat på linje. "
            "Utredaren ska också beskriva vilka områden som ligger långt från en hållplats.",
        ),
        para("Förslag", "Utredaren ska föreslå en ny linjedragning."),
        para(
            "Redovisning",
            "Utredningen ska redovisas till arbetsutskottet senast den 30 november 2031. "
            "Fullmäktige tar ställning i samband med budgeten.",
        ),
    ]
    texts = [p.text for p in find_points(lines)]
    assert "Kartläggning. Utredaren ska kartlägga hur många som reser, fördelat på linje." in texts
    assert "Utredaren ska också beskriva vilka områden som ligger långt från en hållplats." in texts
    assert any(t.startswith("Redovisning.") and t.endswith("i samband med budgeten.") for t in texts)
