"""Mandate forms of session 28 (mfind24): a matter handed to the budget's making, points
withdrawn later in the same mandate, a party's clauses in an agreement, agreement sentences.

Points: clauses numbered under their section ("4.1⇥beskriva …") whatever their first letter;
another party's commitments are no points; the plan named by its owner's genitive ("Kommunens
plan ska …") is a requirement's subject. Matching: the subject of a passive manner question
("hur X dokumenteras") must be in the passage; a matter put off to the plan's follow-up is a
deferral.

Matching: whatever is handed to the budget's making itself ("… blir tekne opp i
budsjettarbeidet", "… as part of the 2039/40 budget-setting round") is a deferral, not only a
study; the budget itself ("utökas i budgeten") stays a measure."""

from __future__ import annotations

import pytest
import test_mandate_support as support

from plancheck.mandate import find_points
from plancheck.mandate.match import DEFERRAL_RE, question_subject, strip_report_frame
from plancheck.mandate.points import (
    Line,
    _information_cell,
    _priority_cell,
    _table_asks,
    decimal_runs,
    is_requirement,
)
from plancheck.mandate.tables import point_rows


@pytest.mark.parametrize(
    "sentence",
    [
        "Driftsutgiftene blir tekne opp i budsjettarbeidet for 2040.",
        "Udgifterne prioriteres i budgetforhandlingerne for 2039.",
        "The cost will be considered as part of the 2039/40 budget-setting round.",
        "Kostnaderna tas upp i budgetarbetet.",
    ],
)
def test_a_matter_handed_to_the_budgets_making_is_a_deferral(sentence: str) -> None:
    assert DEFERRAL_RE.search(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Bemanningen utökas i budgeten för 2031 med två tjänster.",
        "Vi bygger tre nye toalett i budsjettet for 2040.",
    ],
)
def test_the_budget_itself_puts_nothing_off(sentence: str) -> None:
    assert not DEFERRAL_RE.search(sentence)


AGREEMENT = """Avtal om samverkan kring fallprevention

§ 1 Bakgrund

Fallolyckor bland äldre ökar i båda organisationerna.

§ 2 Kommunens åtaganden

Kommunen tar fram en handlingsplan mot fallolyckor. Handlingsplanen ska
3.1 kartlägga var fallolyckorna sker i hemtjänsten
3.2 ange hur personalen får utbildning i fallrisker
3.3 beskriva hur bostadsanpassning beviljas snabbare

§ 3 Regionens åtaganden

4.1 Regionen ska bekosta fysioterapeuter i primärvården.
4.2 Regionen ska ordna läkemedelsgenomgångar.

§ 4 Uppföljning

Parterna träffas varje halvår. Kommunens plan ska antas av omsorgsnämnden och redovisas för samverkansrådet senast den 1 mars 2040.
"""


def test_clauses_numbered_under_a_section_in_lower_case_are_a_list() -> None:
    texts = [p.text for p in find_points([AGREEMENT])]
    assert texts[:3] == [
        "kartlägga var fallolyckorna sker i hemtjänsten",
        "ange hur personalen får utbildning i fallrisker",
        "beskriva hur bostadsanpassning beviljas snabbare",
    ]


def test_another_partys_commitments_are_no_points() -> None:
    texts = [p.text for p in find_points([AGREEMENT])]
    assert not any(t.startswith("Regionen ska") for t in texts)


def test_the_plan_named_by_its_owners_genitive_is_the_subject() -> None:
    assert is_requirement("Kommunens plan ska antas av omsorgsnämnden och redovisas för samverkansrådet senast den 1 mars 2040.")
    texts = [p.text for p in find_points([AGREEMENT])]
    assert "Kommunens plan ska antas av omsorgsnämnden och redovisas för samverkansrådet senast den 1 mars 2040." in texts


def test_one_decimal_number_opening_a_line_is_no_marker() -> None:
    lines = [Line("Andelen skal øke fra"), Line("17.5 prosent i 2030 til 25 prosent.")]
    assert [ln.text for ln in decimal_runs(lines)] == [ln.text for ln in lines]


@pytest.mark.parametrize(
    ("text", "lang", "subject"),
    [
        ("beskriva hur läkemedlen förvaras på boendet", "sv", "läkemedlen"),
        ("vise hvordan avfallet sorteres ved skolene", "nb", "avfallet"),
        ("describe how the waste is collected from the depots", "en", "waste"),
        ("vise hvordan kommunen kan redusere utslippene", "nb", None),
    ],
)
def test_a_passive_manner_questions_subject(text: str, lang: str, subject: str | None) -> None:
    found = question_subject(text, lang)
    assert (found.surface if found else None) == subject


def test_a_passage_without_the_questions_subject_does_not_cover_it() -> None:
    # the passage names the document and who writes it, not how the thing asked about is
    # handled in it
    plan = support.make_plan([("Dokumentasjon", ["Tiltaksplanen skrives av primærkontakten sammen med brukeren."])])
    got = support.cover(plan, "beskrive hvordan ernæringen dokumenteres i brukerens tiltaksplan")
    assert got[0].status != "covered"


def test_a_matter_put_off_to_the_plans_follow_up_is_a_deferral() -> None:
    assert DEFERRAL_RE.search("Kostnaden för hjälpmedlen kommer att bedömas när planen följs upp.")
    assert not DEFERRAL_RE.search("Planen följs upp varje år i nämnden.")


BUDGET_AGREEMENT = """Aftale om budget 2040

1. Ældre

Partierne er enige om, at der ansættes to flere terapeuter i genoptræningen.

2. Idrætsfaciliteter

Der er i dag fire kunstgræsbaner. Partierne er enige om, at forvaltningen udarbejder en baneplan. Partierne er enige om, at planen skal vise behovet for nye baner. Partierne er også enige om, at alle nye baner skal have lys. Planen skal være klar til budgetseminaret i marts 2040.
"""


def test_an_agreements_clauses_that_ask_of_the_plan_are_points() -> None:
    texts = [p.text for p in find_points([BUDGET_AGREEMENT])]
    assert "Partierne er enige om, at planen skal vise behovet for nye baner." in texts
    # a modal in a paragraph that orders the plan: a condition its parts must meet
    assert "Partierne er også enige om, at alle nye baner skal have lys." in texts
    # agreed without a modal: the agreement's decision, told
    assert not any("terapeuter" in t or "udarbejder en baneplan" in t for t in texts)


def test_a_plan_ready_for_an_occasion_by_a_date_is_a_deadline() -> None:
    assert is_requirement("Planen skal være klar til budgetseminaret i marts 2040.")
    assert is_requirement("Planen skal vere klar til møtet i formannskapet 3. mai 2040.")
    assert not is_requirement("Planen skal være klar og tydelig.")


MINUTES = """Referat frå møte i prosjektgruppa

Sak 5/40 Innhald i planen

Konklusjon: Planen skal innehalde:
– kartleggje kor mange turvegar kommunen har
– vise korleis turvegane blir brøytte om vinteren
– ha tiltak for fleire benkar langs sjøpromenaden
– gjere greie for kostnadene ved drifta

Sak 6/40 Eventuelt

a) Per Moe spurde om planen òg skal gjelde skiløypene.
Konklusjon: Nei.
b) Kari Dal opplyste at promenaden skal byggjast om.
Konklusjon: Strekpunktet om sjøpromenaden i sak 5/40 fell bort.
c) Konklusjon: Planen skal vere klar til møtet i formannskapet 3. mai 2040.
"""


def test_a_point_withdrawn_later_in_the_mandate_is_no_point() -> None:
    points = find_points([MINUTES])
    texts = [p.text for p in points]
    assert not any("sjøpromenaden" in t for t in texts)
    # the others keep their numbers as printed
    assert [p.number for p in points if "kostnadene" in p.text] == ["4"]


def test_a_withdrawal_naming_no_single_point_withdraws_nothing() -> None:
    text = MINUTES.replace("Strekpunktet om sjøpromenaden i sak 5/40 fell bort.", "Saka fell bort.")
    texts = [p.text for p in find_points([text])]
    assert any("sjøpromenaden" in t for t in texts)


def test_a_minutes_lettered_items_beside_the_list_are_read_as_prose() -> None:
    texts = [p.text for p in find_points([MINUTES])]
    # the question someone asked is no point; the decision that asks is
    assert not any(t.startswith("Per Moe spurde") for t in texts)
    assert "Planen skal vere klar til møtet i formannskapet 3. mai 2040." in texts


REQUIREMENTS = [
    ["Nr.", "Krav", "Type", "Svar"],
    ["A1", "Planen skal kartlegge alle kommunens gatelys.", "SKAL", ""],
    ["A2", "Planen bør vurdere dimming om natten.", "BØR", ""],
    ["–", "Kommunens strømavtale løper til 2041.", "INFO", ""],
    ["A3", "Planen skal beregne kostnadene ved utskifting.", "SKAL", ""],
]


def test_an_informing_row_among_skal_and_bor_rows_is_no_point() -> None:
    assert point_rows(
        REQUIREMENTS, _table_asks, priority=_priority_cell, information=_information_cell
    ) == [
        ("A1", "Planen skal kartlegge alle kommunens gatelys."),
        ("A2", "Planen bør vurdere dimming om natten."),
        ("A3", "Planen skal beregne kostnadene ved utskifting."),
    ]


RESOLUTION = """Record of Decision

Cabinet RESOLVED to:

(i) note the audit of street trees set out in the report;

(ii) instruct the Head of Parks to prepare a Tree Strategy which shall:

(a) map every street tree in the borough;

(b) set out a planting programme for the next ten years;

(iii) delegate authority to the Portfolio Holder to approve minor changes to the draft; and

(iv) request that the final Strategy is brought to Cabinet no later than June 2040.
"""


def test_a_decisions_noting_delegating_and_lead_in_items_are_no_points() -> None:
    texts = [p.text for p in find_points([RESOLUTION])]
    assert "map every street tree in the borough" in texts
    assert not any(t.startswith(("note the", "instruct the", "delegate")) for t in texts)


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("require that the draft plan is published for eight weeks", "is published for eight weeks"),
        ("Partene er òg enige om at planen skal vise nye traséer", "skal vise nye traséer"),
    ],
)
def test_a_resolutions_and_an_agreements_frame_is_no_concern(text: str, rest: str) -> None:
    assert strip_report_frame(text) == rest


def test_a_proposal_to_strike_a_point_withdraws_nothing_by_itself() -> None:
    text = MINUTES.replace(
        "Konklusjon: Strekpunktet om sjøpromenaden i sak 5/40 fell bort.",
        "Kari Dal fremja framlegg: Strekpunktet om sjøpromenaden i sak 5/40 fell bort.",
    )
    texts = [p.text for p in find_points([text])]
    assert any("sjøpromenaden" in t for t in texts)
