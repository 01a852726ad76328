"""A sentence that puts "this" off puts off the sentence before it, and a step asked by a day
typed against its month ("innen 1.mars 2049") is dated.

The subject named in one sentence and put off in the next ("Vinterdrift av gang- og
sykkelveiene er viktig … Dette tas opp i den nye driftsplanen") is not answered by the plan:
the demonstrative points back at it (requirements.yaml ``deferral_anaphor``). The dummy
subject "det" points at nothing and leaves the sentence before alone. A step asked "innen
1.desember 2048" and planned for May the year after is late: at most partial, the date missing.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from plancheck.mandate import find_points
from plancheck.mandate.match import (
    DEADLINE_PHRASE_RE,
    DEFERRAL_RE,
    MatchSettings,
    assess_points,
    deferred_sentences,
)
from plancheck.models import Passage, Plan, Section, SourceInfo


def _plan(paragraphs: list[str], title: str = "Temaplan") -> Plan:
    return Plan(
        source=SourceInfo(path="p.pdf", format="pdf", sha256="", pages=1),
        title=title,
        sections=[Section(id="s1", title="Innhold", level=1, page=1)],
        passages=[
            Passage(id=f"p{i}", kind="paragraph", text=t, page=1, section_id="s1")
            for i, t in enumerate(paragraphs)
        ],
    )


def _status(cov) -> str:
    return getattr(cov.status, "value", cov.status)


@pytest.mark.parametrize(
    "sentence",
    [
        "Dette tas opp i den nye driftsplanen for kommunale veier.",
        "Dette blir teke opp i den nye driftsplanen.",
        "Detta behandlas i den nya trafikplanen.",
        "Dette vil blive behandlet i den nye klimaplan.",
        "This will be dealt with in the new strategy.",
        "Its future will be considered once the results are known.",
        "Framtiden för garaget kommer att övervägas när besiktningen är klar.",
    ],
)
def test_handed_to_the_new_plan_is_a_deferral(sentence: str) -> None:
    assert DEFERRAL_RE.search(sentence)


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        (
            ["Vinterdrift av gang- og sykkelveiene er viktig.", "Dette tas opp i den nye driftsplanen."],
            [True, True],
        ),
        (
            ["Vinterväghållningen av cykelvägarna är viktig.", "Detta behandlas i den nya driftplanen."],
            [True, True],
        ),
        (
            ["Winter maintenance of cycle paths matters.", "This will be dealt with in the new strategy."],
            [True, True],
        ),
        # a possessive of the third person points back as the demonstrative does
        (
            ["A structural survey of the car park is due in 2050.", "Its future will be considered once the results are known."],
            [True, True],
        ),
        (
            ["Parkeringshuset ved stasjonen er 40 år gammelt.", "Dets framtid vil bli vurdert når tilstandsrapporten foreligger."],
            [True, True],
        ),
        # the dummy subject points at nothing: the sentence before stands
        (
            ["Kommunen brøyter alle gang- og sykkelveier før klokka sju.", "Det tas opp i den nye driftsplanen hvor ofte det strøs."],
            [False, True],
        ),
        # a sentence that puts nothing off lends nothing to the one before
        (
            ["Vinterdrift av gang- og sykkelveiene er viktig.", "Dette er gjort i samarbeid med vegvesenet."],
            [False, False],
        ),
    ],
)
def test_a_demonstrative_put_off_puts_off_the_sentence_before(sentences, expected) -> None:
    assert deferred_sentences(sentences, MatchSettings()) == expected


def test_the_anaphor_is_a_setting() -> None:
    sents = ["Vinterdrift av gang- og sykkelveiene er viktig.", "Dette tas opp i den nye driftsplanen."]
    off = replace(MatchSettings(), deferral_anaphor=False)
    assert deferred_sentences(sents, off) == [False, True]


def test_a_subject_named_then_put_off_by_this_is_not_covered() -> None:
    plan = _plan(
        [
            "Vi foreslår nye sykkelfelt i Stasjonsvegen og en sykkelparkering ved stasjonen.",
            "Vinterdrift av gang- og sykkelveiene er viktig for at folk skal sykle hele året. "
            "Dette tas opp i den nye driftsplanen for kommunale veier.",
        ],
        title="Sykkelplan",
    )
    points = find_points(["Planen skal særlig vurdere:\n\n• vinterdrift av gang- og sykkelveiene"])
    on = assess_points(plan, points, "nb")
    off = assess_points(plan, points, "nb", settings=replace(MatchSettings(), deferral_anaphor=False))
    assert _status(off[0]) == "covered"
    assert _status(on[0]) == "uncovered"


@pytest.mark.parametrize(
    "text",
    ["innen 1.mars 2049", "innan 1.mars 2049", "senast 1.mars 2048", "by 1.March 2048", "inden 1. maj 2048"],
)
def test_a_day_typed_against_its_month_is_a_deadline(text: str) -> None:
    m = DEADLINE_PHRASE_RE.search(f"Planforslaget legges fram {text}.")
    assert m is not None and m.group(0).endswith(("2048", "2049"))


def test_a_step_planned_after_a_glued_date_is_partial_not_covered() -> None:
    plan = _plan(
        [
            "Planforslaget legges ut til offentlig ettersyn i seks uker fra januar 2049, og "
            "kommunestyret skal etter planen vedta kommunedelplanen i mai 2049.",
        ],
        title="Sykkelplan",
    )
    points = find_points(["Vedtak\n\n1. Planforslaget legges fram for kommunestyret innen 1.mars 2049."])
    got = assess_points(plan, points, "nb")[0]
    assert _status(got) != "covered"
    assert any("1.mars 2049" in m for m in got.missing)


def test_a_time_word_alone_is_answered_by_the_year_column_beside_the_lists_head() -> None:
    """ "… med kostnad, ansvarig och tidpunkt för varje åtgärd": "tidpunkt" has no other word of
    its own; the table naming "Åtgärd" beside its column of years answers it."""
    plan = _plan(["Grönplanen visar hur parkerna ska skötas och utvecklas."], title="Grönplan")
    plan.tables = [
        Passage(
            id="t1", kind="table", page=1, section_id="s1",
            text="Nr | Åtgärd | Kostnad | Ansvarig | År 1 | Ny park vid skolan | 3,2 mnkr | Parkenheten | 2050 "
            "2 | Gångväg och skyltning i skogen | 0,4 mnkr | Parkenheten | 2049",
        )
    ]
    points = find_points(["Direktiv\n\n– en lista över åtgärderna med kostnad, ansvarig och tidpunkt för varje åtgärd"])
    def score(settings: MatchSettings) -> float:
        cov = assess_points(plan, points, "sv", settings=settings, explain=True)[0]
        return next(t.score for t in cov.explain if t.concern == "tidpunkt")

    assert score(MatchSettings()) == 1.0
    assert score(replace(MatchSettings(), beside_list_head=False)) == 0.0


def test_a_sentence_naming_the_plan_and_a_meetings_date_is_no_timetable() -> None:
    """The same list asked of a plan whose table has no dates: a sentence naming
    "Handlingsplanen" and the date of a council meeting does not answer "tidplan"."""
    plan = _plan(
        ["Förslaget behandlas av kommunstyrelsen den 14 januari 2049. Handlingsplanen följs upp varje år."],
        title="Handlingsplan för trygghet",
    )
    plan.tables = [
        Passage(id="t1", kind="table", page=1, section_id="s1",
                text="Nr | Åtgärd | Ansvarig nämnd 1 | Fältassistenter i centrum | Socialnämnden")
    ]
    points = find_points(["Beställning\n\n– redovisa en handlingsplan med åtgärder, ansvarig nämnd och tidplan"])
    cov = assess_points(plan, points, "sv", explain=True)[0]
    assert next(t.score for t in cov.explain if t.concern == "tidplan") < 0.5
