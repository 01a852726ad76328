"""Mandate points in running text (issue 11, mandates-blind9): an enumeration typed inside a
paragraph ("Strategien skal 1) kartlegge …, 2) beskrive … og 3) foreslå …"), requirements in the
prose whatever their subject (a passive or impersonal "skal"/"ska"/"shall"), what the plan
builds on, roman numerals, and a point running over a page break with furniture between."""

from __future__ import annotations

import pytest

from plancheck.mandate.points import (
    Line,
    _drop_furniture,
    find_points,
    is_requirement,
    point_kind,
)


def _pdf_lines(rows: list[tuple[str, bool]], page: int = 1, size: float = 11.0) -> list[Line]:
    """PDF-like lines of one page at one indent: (text, gap before)."""
    return [Line(t, page, 71.0, size, False, None, gap) for t, gap in rows]


# ---------------------------------------------------------------- inline enumerations


def test_an_enumeration_inside_a_paragraph_is_a_list_and_the_next_sentence_is_prose():
    lines = [
        Line("Forslag til vedtak", 1, 71.0, 16.0, True, None, True),
        *_pdf_lines(
            [
                ("Kommunestyret ber kommunedirektøren utarbeide en strategi for perioden", True),
                (
                    "2027–2031. Strategien skal 1) kartlegge dagens bruk av trygghetsalarmer, 2) beskrive",
                    False,
                ),
                (
                    "forventet utvikling i antall eldre fram mot 2035, 3) vurdere behovet for bredbånd og",
                    False,
                ),
                # the wrapped enumeration puts a marker at the start of a line: one of its items
                (
                    "4) foreslå en innføringsplan for de neste fire årene. Strategien legges fram for",
                    False,
                ),
                ("kommunestyret innen 1. juni 2027.", False),
            ]
        ),
    ]
    points = find_points(lines)
    listed = [(p.number, p.text) for p in points if not p.number.startswith("S")]
    assert listed == [
        ("1", "kartlegge dagens bruk av trygghetsalarmer"),
        ("2", "beskrive forventet utvikling i antall eldre fram mot 2035"),
        # the "og" that joins an item to the next is not the item's
        ("3", "vurdere behovet for bredbånd"),
        ("4", "foreslå en innføringsplan for de neste fire årene."),
    ]
    prose = [p.text for p in points if p.number.startswith("S")]
    assert prose == ["Strategien legges fram for kommunestyret innen 1. juni 2027."]


def test_an_enumeration_in_a_word_paragraph_with_letters():
    text = (
        "Bestilling\n\nArbeidsgruppen skal a) beskrive dagens tilbud til eldre, b) vurdere "
        "behovet for omsorgsboliger og c) foreslå tiltak for bedre rekruttering.\n"
    )
    assert [(p.number, p.text) for p in find_points([text])] == [
        ("a", "beskrive dagens tilbud til eldre"),
        ("b", "vurdere behovet for omsorgsboliger"),
        ("c", "foreslå tiltak for bedre rekruttering."),
    ]


@pytest.mark.parametrize(
    "paragraph",
    [
        # numbers named in a sentence, no items
        "Saken følger opp punkt 1) og 2) i vedtaket fra 2024 om eldreomsorgen i kommunen.",
        # the parts of one point, not points that ask by themselves
        "Planen skal inneholde a) mål og strategier, b) en handlingsdel med tiltak og ansvar, "
        "c) indikatorer og måltall.",
    ],
)
def test_numbers_in_a_sentence_that_are_no_list_are_left_alone(paragraph):
    text = (
        "Mandat\n\n1. Beskrive dagens tilbud.\n2. Vurdere behovet for nye plasser.\n\n" + paragraph
    )
    points = find_points([text])
    assert [p.number for p in points if not p.number.startswith("S")] == ["1", "2"]
    assert all(")" not in p.number for p in points)


def test_an_enumeration_inside_a_list_item_stays_its_parts():
    text = (
        "Mandat\n\n1. Planen skal a) beskrive dagens tilbud, b) vurdere behovet for nye plasser.\n"
        "2. Foreslå tiltak for bedre rekruttering.\n"
    )
    assert [p.number for p in find_points([text])] == ["1", "2"]


# ---------------------------------------------------------------- prose, any subject


@pytest.mark.parametrize(
    ("sentence", "asks"),
    [
        # an asking verb in the passive after "skal"/"ska"/"shall", whatever the subject
        ("Mulighederne for nye byggegrunde i landsbyerne skal vurderes.", True),
        ("Behovet for nye barnehageplassar skal vurderast for kvar krins.", True),
        ("Behovet av platser i särskilt boende ska bedömas.", True),
        ("The need for school places in each village shall be assessed.", True),
        # impersonal: "der"/"det" + modal + passive
        ("Der skal lægges vægt på, hvordan tomme bygninger kan ryddes op.", True),
        ("Det skal leggjast vekt på korleis foreldra kan støtte lesinga heime.", True),
        ("Det ska läggas vikt vid hur anhöriga kan få stöd.", True),
        ("Particular attention shall be paid to the needs of older residents.", True),
        # a passive of a verb that states an aim, not a task
        ("Samarbeidet skal styrkes i hele kommunen.", False),
        # negated, in a subordinate clause, or the decision that the plan is made
        ("Skolestrukturen skal ikke vurderes i denne omgang.", False),
        ("Kommunen mangler en oversikt over hvilke områder som skal kartlegges.", False),
        ("det skal utarbeides en egen plan for demensomsorgen.", False),
        # "må" tells a need more often than it asks
        ("Erfaringene viser at beredskapen må vurderes på nytt.", False),
        # being part of what is asked for, not an agreement entered into
        ("Landsbyernes forsamlingshuse skal indgå som lokale mødesteder.", True),
        ("Kartet over turstiene skal inngå i planen.", True),
        ("Kommunen skal inngå avtale med nabokommunen om legevakt.", False),
    ],
)
def test_requirements_written_in_the_passive_or_impersonally(sentence, asks):
    assert is_requirement(sentence) is asks


@pytest.mark.parametrize(
    ("sentence", "asks", "kind"),
    [
        # what the plan builds on
        ("Strategien skal bygge på anbefalingene fra det nasjonale programmet.", True, "content"),
        ("Planen ska utgå från den nationella värdegrunden för äldreomsorgen.", True, "content"),
        ("Politikken skal tage udgangspunkt i kommuneplanens mål.", True, "content"),
        # a body given the chance to give its views
        (
            "Kommunala pensionärsrådet ska ges möjlighet att lämna synpunkter innan planen antas.",
            True,
            "process",
        ),
        # who makes the plan
        (
            "Planen skal utarbeidast av ei prosjektgruppe med representantar for skule og barnehage.",
            True,
            "process",
        ),
        # who adopts it, told in the present without a date: how the case goes, not asked
        ("Planen fastställs av nämnden.", False, None),
        ("Planen vedtas av kommunestyret innen 1. juni 2027.", True, "process"),
    ],
)
def test_basis_consultation_and_who_makes_the_plan(sentence, asks, kind):
    assert is_requirement(sentence) is asks
    if asks:
        assert point_kind(sentence) == kind


def test_a_mandate_of_prose_only_with_a_pronoun_and_sentences_that_ask_nothing():
    text = (
        "Kommissorium\n\nOpgaven\n\n"
        "Politikken skal beskrive udviklingen i befolkningen siden 2010. Der findes tal fra "
        "Danmarks Statistik for alle landsbyer. Politikken skal indeholde en vurdering af den "
        "kollektive trafik. Den skal også forholde sig til, hvordan landsbyskolerne kan bevares. "
        "Skolestrukturen er ikke til debat i denne omgang.\n\n"
        "Der skal lægges vægt på, hvordan tomme bygninger kan ryddes op. Mulighederne for nye "
        "byggegrunde skal vurderes. Kommuneplanens rammer gælder fortsat. Landdistriktsrådet "
        "orienteres løbende.\n"
    )
    assert [p.text for p in find_points([text])] == [
        "Politikken skal beskrive udviklingen i befolkningen siden 2010.",
        "Politikken skal indeholde en vurdering af den kollektive trafik.",
        "Den skal også forholde sig til, hvordan landsbyskolerne kan bevares.",
        "Der skal lægges vægt på, hvordan tomme bygninger kan ryddes op.",
        "Mulighederne for nye byggegrunde skal vurderes.",
    ]


def test_what_the_plan_builds_on_is_a_requirement_under_a_background_heading():
    text = (
        "Bakgrund\n\nAndelen äldre ökar snabbt. Planen måste revideras före nästa "
        "mandatperiod. Planen ska utgå från den nationella värdegrunden.\n\n"
        "Uppdraget\n\nArbetsgruppen ska:\n1. Beskriva behovet av platser.\n"
        "2. Föreslå åtgärder för rekrytering.\n"
    )
    prose = [p.text for p in find_points([text]) if p.number.startswith("S")]
    assert prose == ["Planen ska utgå från den nationella värdegrunden."]


# ---------------------------------------------------------------- roman numerals


def test_roman_numerals_with_a_tab_are_one_list():
    numerals = [
        "I",
        "II",
        "III",
        "IV",
        "V",
        "VI",
        "VII",
        "VIII",
        "IX",
        "X",
        "XI",
        "XII",
        "XIII",
        "XIV",
    ]
    text = "Uppdraget\n\nArbetsgruppen ska:\n" + "".join(
        f"{n}.\tBeskriva område nummer {k} och dess behov.\n" for k, n in enumerate(numerals, 1)
    )
    points = find_points([text])
    assert [p.number for p in points] == numerals
    assert points[4].text == "Beskriva område nummer 5 och dess behov."


# ---------------------------------------------------------------- page breaks


def test_a_point_over_a_page_break_with_a_header_on_the_second_page_only():
    lines = [
        Line("Oppgåver", 1, 71.0, 16.0, True, None, True),
        *_pdf_lines([("Arbeidsgruppa skal:", True)]),
        *_pdf_lines([("1) Beskrive korleis barnehagane arbeider med språk.", False)]),
        *_pdf_lines([("2) Vurdere korleis lesing kan styrkjast i alle fag på", False)]),
        # a footer on the first page only, and a header from the second page on (small type)
        Line("Nordbø kommune · Postboks 1", 1, 71.0, 8.0, False, None, True),
        Line("Mandat for leseplanen – side 2", 2, 71.0, 9.0, False, None, True),
        Line(
            "ungdomstrinnet, slik at elevane meistrar fagtekstane.",
            2,
            93.7,
            11.0,
            False,
            None,
            True,
        ),
        *_pdf_lines([("3) Foreslå indikatorar som viser om planen verkar.", False)], page=2),
    ]
    points = find_points(_drop_furniture(lines))
    assert [p.text for p in points] == [
        "Beskrive korleis barnehagane arbeider med språk.",
        "Vurdere korleis lesing kan styrkjast i alle fag på ungdomstrinnet, slik at elevane "
        "meistrar fagtekstane.",
        "Foreslå indikatorar som viser om planen verkar.",
    ]
