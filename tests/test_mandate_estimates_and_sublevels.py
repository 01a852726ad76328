"""An estimate asked for is answered only by an amount, and a promise of it is no answer: a
deferral to the budget, to after adoption or to the next revision (requirements.yaml
``deferral``); a point asking for a budget or an overslag (a cost word of relations.yaml
``amount`` in its head) is covered only where a passage states an amount
(``MatchSettings.estimate_delivered``). A manner question with no noun to anchor it has its
verb as anchor (``MatchSettings.question_verb_anchor``). Mandate forms: sub-points "1a" under
headings numbered without a stop ("1 Vegnett"), the next such number a point of its own, a
mandate heading wrapped over two lines, and a procesplan's milestone lines ("15. januar 2038 –
…") whose date is no part of the point."""

from __future__ import annotations

from dataclasses import replace

import pytest
import test_mandate_support as support

from plancheck.mandate import find_points
from plancheck.mandate.match import DEFAULT_SETTINGS, DEFERRAL_RE, assess_points
from plancheck.mandate.points import Line


@pytest.mark.parametrize(
    "sentence",
    [
        "Budget for bygning og vedligehold udarbejdes i forbindelse med budget 2031.",
        "Kostnadene avklares i forbindelse med budsjettet for 2031.",
        "Driftskostnaderna hanteras i samband med budgeten.",
        "Et økonomisk overslag udarbejdes til næste revision af planen.",
        "Kostnadsoverslaget vert laga til neste revisjon.",
        "Kostnaderna tas fram i nästa revidering av planen.",
        "Omkostningerne tages op i næste revision.",
        "An equality impact assessment will be carried out once the strategy is adopted.",
        "Konsekvensene vil bli vurdert når planen er vedtatt.",
    ],
)
def test_a_matter_handed_to_the_budget_or_put_after_adoption_is_a_deferral(sentence: str) -> None:
    assert DEFERRAL_RE.search(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Tiltaket er finansiert i budsjettet for 2031 med 2 mill. kr.",
        "Budget 2039 blev vedtaget i oktober.",
        "The strategy was adopted by Cabinet in 2036.",
        "Planen revideres hvert fjerde år.",
    ],
)
def test_a_budget_decided_or_a_plan_adopted_puts_nothing_off(sentence: str) -> None:
    assert not DEFERRAL_RE.search(sentence)


def _status(chapters, point: str, lang: str, settings=DEFAULT_SETTINGS) -> str:
    plan = support.make_plan(chapters)
    points = find_points(["Mandat\n\n1. " + point + "\n"])
    return assess_points(plan, points, lang, settings=settings)[0].status


NO_FIGURES = [
    ("Bygning", ["Den nye bygning ved stadion opføres i 2031 med to sale."]),
    ("Vedligehold", ["Vedligehold af salene sker efter en fast plan med foreningerne."]),
]
FIGURES = [
    ("Bygning", ["Den nye bygning ved stadion opføres i 2031 og koster 42 mio. kr."]),
    ("Vedligehold", ["Vedligehold af salene koster 350 000 kr om året."]),
]


def test_an_estimate_asked_is_answered_only_by_amounts() -> None:
    point = "lave et budget for bygning og vedligehold"
    assert _status(FIGURES, point, "da") == "covered"
    # the things costed are described, no figure given: the budget asked for is nowhere
    assert _status(NO_FIGURES, point, "da") == "uncovered"
    off = replace(DEFAULT_SETTINGS, estimate_delivered=False)
    assert _status(NO_FIGURES, point, "da", off) == "covered"


def test_an_estimate_with_figures_for_some_items_is_partial() -> None:
    chapters = [FIGURES[0], NO_FIGURES[1]]
    assert _status(chapters, "lave et budget for bygning og vedligehold", "da") == "partial"


def test_an_estimate_promised_for_later_is_no_answer() -> None:
    chapters = [
        *NO_FIGURES,
        ("Økonomi", ["Et økonomisk overslag for bygning og vedligehold udarbejdes til næste revision af planen."]),
    ]
    assert _status(chapters, "Økonomisk overslag for bygning og vedligehold", "da") == "uncovered"


def test_a_cost_named_without_a_figure_is_partial() -> None:
    chapters = [
        ("Bygning", ["Budgettet for bygningen ved stadion dækker to sale."]),
        ("Vedligehold", ["Budgettet for vedligehold dækker salene og gulvene."]),
    ]
    assert _status(chapters, "lave et budget for bygning og vedligehold", "da") == "partial"


def test_a_manner_question_without_a_noun_anchor_needs_its_verb() -> None:
    point = "föreslå hur unga kan delta när nya parker planeras"
    glad = [("Parkerna", ["När nya parker planeras ska de glädja unga som bor i området."])]
    took_part = [("Delaktighet", ["Unga deltar i skissarbetet när nya parker planeras."])]
    assert _status(glad, point, "sv") != "covered"
    assert _status(took_part, point, "sv") == "covered"
    off = replace(DEFAULT_SETTINGS, question_verb_anchor=False)
    assert _status(glad, point, "sv", off) == "covered"


def test_a_quantity_or_a_pronoun_after_how_is_no_question_verb() -> None:
    from plancheck.mandate.match import question_verb

    assert question_verb("föreslå hur unga kan delta när nya parker planeras", "sv").lemma == "delta"
    assert question_verb("How many empty homes can be brought back into use each year?", "en") is None
    assert question_verb("show how it will be reached", "en") is None


def _line(text: str, size: float = 11.0, bold: bool = False, gap: bool = False) -> Line:
    return Line(text, page=1, indent=56.8, size=size, bold=bold, gap=gap)


SUBLEVELS = [
    _line("Oppdrag: Trafikkplan for kommunale vegar", 20.0, True, True),
    _line("2031–2035", 20.0, True),
    _line("Kommunen har om lag 140 km veg.", gap=True),
    _line("Planen skal svare på desse punkta:"),
    _line("1 Vegnett", 14.0, True, True),
    _line("1a gjere greie for standarden på bruene"),
    _line("1b vurdere om kommunen sjølv skal brøyte vegane"),
    _line("2 Trafikktryggleik", 14.0, True, True),
    _line("2a rekne ut kor mange ulykker det har vore sidan 2020"),
    _line("2b vurdere fartsgrenser ved skulane"),
    _line("3 Planen skal sendast til kommunestyret før budsjettet for 2032", 14.0, True, True),
    _line("vert handsama.", 14.0, True),
]


def test_sub_points_glued_to_their_number_under_headings_numbered_without_a_stop() -> None:
    points = find_points(SUBLEVELS)
    assert [(p.number, p.text) for p in points[:5]] == [
        ("1a", "gjere greie for standarden på bruene"),
        ("1b", "vurdere om kommunen sjølv skal brøyte vegane"),
        ("2a", "rekne ut kor mange ulykker det har vore sidan 2020"),
        ("2b", "vurdere fartsgrenser ved skulane"),
        ("3", "Planen skal sendast til kommunestyret før budsjettet for 2032 vert handsama."),
    ]
    # the same numbers in the body's type are no headings: "140 km" stays prose
    plain = [replace(ln, size=11.0, bold=False) if ln.text[:1].isdigit() else ln for ln in SUBLEVELS]
    assert not any(p.text == "Vegnett" for p in find_points(plain))


def test_milestone_lines_of_a_procesplan_are_items_without_their_dates() -> None:
    text = (
        "Procesplan: Plan for cykelparkering\n\nMilepæle\n\n"
        "15. januar 2032 – Optælling af alle cykelstativer er afsluttet\n\n"
        "1. februar 2032 – Behovet ved stationerne er vurderet\n\n"
        "1. maj 2032 – Økonomisk overslag for stativer og overdækning\n"
    )
    assert [p.text for p in find_points([text])] == [
        "Optælling af alle cykelstativer er afsluttet",
        "Behovet ved stationerne er vurderet",
        "Økonomisk overslag for stativer og overdækning",
    ]


def test_a_sentence_after_an_unfinished_last_item_is_prose() -> None:
    lines = [
        _line("Oppdrag: plan for utleigebustader", 14.0, True, True),
        _line("Planen skal omtale:", gap=True),
        _line("– kor mange bustader kommunen eig"),
        _line("– kva husleige kommunen bør krevje"),
        _line("Planen skal ikkje omfatte:"),
        _line("– hyttene på øya"),
        _line("Planen skal leggjast fram for formannskapet innan 1. juni 2031."),
    ]
    lines = [replace(ln, right=200.0 if ln.text.startswith("–") else 520.0, edge=540.0, first_width=30.0)
             for ln in lines]
    texts = [p.text for p in find_points(lines)]
    assert "Planen skal leggjast fram for formannskapet innan 1. juni 2031." in texts
    assert not any("hyttene" in t for t in texts)
