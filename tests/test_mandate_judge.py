"""The learned judge of a mandate point's status (plancheck/mandate/judge.py): what the answering
sentence does, in nb, nn, sv, da and en; the passage's role; the point's feature vector; a
deterministic fit; and the setting that keeps it off (issue 11, session 34: on the time split it
did not gain, docs/mandate.md 'Session 34, judge34m')."""

from __future__ import annotations

import pytest
import test_mandate_support as support

from plancheck.mandate import find_points
from plancheck.mandate import judge as J
from plancheck.mandate.match import DEFAULT_SETTINGS, assess_points

ACTS = [
    # stated done or decided
    ("Tiltaket ble gjennomført i 2046.", {"done", "dated"}),
    ("Planen vart vedteken i 2046.", {"done", "dated"}),
    ("Nämnden beslutade planen i maj 2046.", {"done", "dated"}),
    ("Planen blev vedtaget i 2046.", {"done", "dated"}),
    ("The plan was agreed in May 2046.", {"done", "dated"}),
    # a promise
    ("Kommunen kjem til å byggje ein ny hall.", {"promise"}),
    ("Kommunen kommer att bygga en ny hall.", {"promise"}),
    ("The council will build a new hall.", {"modal", "promise"}),
    # on a condition
    ("Dersom det blir behov, kan kommunen leie lokaler.", {"condition", "possible"}),
    ("Vid behov kan kommunen hyra lokaler.", {"condition", "possible"}),
    ("Hvis det bliver nødvendigt, kan kommunen leje lokaler.", {"condition", "possible"}),
    # a need named, not met
    ("Det er behov for flere plasser.", {"wish"}),
    ("There is a need for more places.", {"wish"}),
    # a negation
    ("Kommunen byggjer ikkje hallen.", {"negation"}),
    ("Kommunen bygger inte hallen.", {"negation"}),
    ("The council does not build the hall.", {"negation"}),
]


@pytest.mark.parametrize(("sentence", "acts"), ACTS)
def test_what_the_sentence_does(sentence: str, acts: set[str]) -> None:
    got = {a for a, v in J.sentence_acts(sentence).items() if v}
    assert got == acts


def test_the_sentence_holding_the_concern() -> None:
    text = "Vi har bygget en ny skole. Hallen ble åpnet i 2040."
    sent, share = J.best_sentence(text, [{"hall"}, {"åpne"}], "nb")
    assert sent == "Hallen ble åpnet i 2040."
    assert share == 1.0


def test_the_passage_role() -> None:
    row = J.passage_role(J.Passage("Personal alarms", kind="measure", headings=("Tiltak",), level=2,
                                   owner=True, deadline=False))
    assert row["kind_measure"] == 1.0 and row["measure_owner"] == 1.0 and row["measure_deadline"] == 0.0
    assert row["heading_level"] == 0.5
    bg = J.passage_role(J.Passage("Tal frå 2040", headings=("Bakgrunn", "Plan")))
    assert bg["background_chapter"] == 1.0 and bg["kind_passage"] == 1.0


def test_the_point_vector_is_named_and_fixed() -> None:
    names = J.feature_names()
    assert len(names) == len(set(names))
    answer = J.ConcernAnswer(
        keys=[{"hall"}], score=0.8, passage=J.Passage("Kommunen vil bygge en ny hall."), answering=2,
    )
    x = J.point_features([answer], kind="content", rule_status="partial", calibrated_status="covered",
                         present_status="covered", fired={"late_step"})
    assert tuple(x) == names
    assert x["max_promise"] == 1.0 and x["present_covered"] == 1.0 and x["rule_partial"] == 1.0
    assert x["guard_late_step"] == 1.0 and x["guard_set_aside"] == 0.0


def _toy():
    rows, gold, groups = [], [], []
    for i in range(60):
        st = ("covered", "partial", "uncovered")[i % 3]
        x = {f: 0.0 for f in J.feature_names()}
        x["mean_score"] = {"covered": 0.9, "partial": 0.5, "uncovered": 0.1}[st] + (i % 7) * 0.01
        x["present_covered"] = float(st == "covered")
        rows.append(x)
        gold.append(st)
        groups.append(f"pair{i % 6}")
    return rows, gold, groups


def test_the_fit_is_deterministic_and_round_trips() -> None:
    rows, gold, groups = _toy()
    a = J.fit_judge(rows, gold, groups, bags=6, c_grid=(1.0,))
    b = J.fit_judge(rows, gold, groups, bags=6, c_grid=(1.0,))
    assert a == b
    assert J.JudgeModel.from_dict(a.to_dict()).status(rows[0]) == a.status(rows[0])
    (_, pc_c), (pp_p, pc_p), (pp_u, pc_u) = (a.probabilities(r) for r in rows[:3])
    assert pc_c > pc_p and pc_c > pc_u and pp_p > pp_u


def test_off_by_default_and_features_given_per_point() -> None:
    assert DEFAULT_SETTINGS.judge is False
    plan = support.make_plan([("Idrett", ["Kommunen vil bygge en ny idrettshall i 2047."])])
    points = find_points(["Mandat\n\n1. Planen skal vurdere behovet for en ny idrettshall.\n2. Beskrive tiltak for friluftsliv."])
    out: list[dict[str, float]] = []
    cov = assess_points(plan, points, "nb", judge_out=out)
    assert len(out) == len(cov) == 2
    assert set(out[0]) == set(J.feature_names())
