"""The rød tråd's learned judge (session 34, `judge34p`): the features of the child items that
answer a parent goal, the judge's guards, its training; and the size scope of the evidence (a
goal for every such thing answered for the larger ones only). Hand-built goals and plans in
nb, sv, da, en; the expected statuses were written before plancheck ran on them."""

from __future__ import annotations

import pickle

from plancheck.mandate.calibrate import Calibration
from plancheck.mandate.parent_judge import (
    JUDGE_FEATURES,
    EvidenceItem,
    JudgedGoal,
    deferred,
    judge_features,
    judge_status,
    train_judge,
)
from plancheck.mandate.parents import assess_parent, goal_words, size_narrowed
from plancheck.models import Goal, Measure, Plan, Section, SourceInfo


def _parent(goals: list[str], lang: str) -> Plan:
    return Plan(
        source=SourceInfo(path="p.pdf", format="pdf", sha256="", pages=1),
        title="Plan",
        language=lang,
        goals=[Goal(id=f"p{i}", text=t, page=1, number=str(i)) for i, t in enumerate(goals, 1)],
    )


def _child(lang: str, blocks: list[tuple[str, list[str]]]) -> Plan:
    sections, goals, measures = [], [], []
    for i, (goal, ms) in enumerate(blocks, 1):
        sid = f"s{i}"
        sections.append(Section(id=sid, title=f"Område {i}", level=1, page=1))
        goals.append(Goal(id=f"g{i}", text=goal, page=1, section_id=sid, number=str(i)))
        measures += [
            Measure(id=f"m{i}.{j}", text=t, page=1, section_id=sid, goal_ids=[f"g{i}"])
            for j, t in enumerate(ms, 1)
        ]
    return Plan(
        source=SourceInfo(path="c.pdf", format="pdf", sha256="", pages=1),
        title="Plan",
        language=lang,
        sections=sections,
        goals=goals,
        measures=measures,
    )


def _status(c) -> str:
    return str(getattr(c.status, "value", c.status))


# ----------------------------------------------------------------------------- features


def test_features_read_what_the_answering_items_are():
    g = JudgedGoal(
        text="Andelen reiser med sykkel skal øke til 20 prosent innen 2030.",
        rule_status="partial",
        concerns=(("object", True), ("object", False), ("place", False)),
        people=True,
        people_answered=False,
        evidence=(
            EvidenceItem("measure", "Ny sykkelvei langs Storgata (2027)", cites=True, fielded=True, score=0.4),
            EvidenceItem("measure", "Vurdere sykkelparkering ved stasjonen", score=0.3),
        ),
        answering=4,
        best=0.4,
        held=("concerns",),
        lifts=(),
    )
    x = judge_features(g)
    assert set(x) == set(JUDGE_FEATURES)
    assert x["j_cites"] == 1.0 and x["j_cited_share"] == 0.5
    assert x["j_object_share"] == 0.5 and x["j_all_objects"] == 0.0
    assert x["j_place"] == 1.0 and x["j_place_answered"] == 0.0
    assert x["j_people"] == 1.0 and x["j_people_answered"] == 0.0
    assert x["j_target"] == 1.0 and x["j_target_answered"] == 1.0  # "2027" is a figure
    assert x["j_measure"] == 1.0 and x["j_fielded"] == 1.0 and x["j_goal"] == 0.0
    assert x["j_deferred"] == 0.5  # "Vurdere …": a promise to look at it
    assert x["g_concerns"] == 1.0 and x["g_only_a_part"] == 0.0
    assert x["rule_partial"] == 1.0 and x["rule_followed"] == 0.0


def test_headings_or_running_text_alone_are_marked():
    heading = JudgedGoal("Trygg oppvekst for alle barn.", "partial", evidence=(EvidenceItem("focus_area", "Trygg oppvekst"),))
    text = JudgedGoal("Trygg oppvekst for alle barn.", "partial", evidence=(EvidenceItem("paragraph", "Barn skal ha det trygt."),))
    assert judge_features(heading)["j_heading_only"] == 1.0
    assert judge_features(text)["j_background"] == 1.0
    assert judge_features(JudgedGoal("x", "not_followed_up"))["j_evidence"] == 0.0


def test_deferrals_in_five_languages():
    for text in (
        "Vurdere tiltak for økt trivsel",  # nb
        "Utgreie nye bustadområde",  # nn
        "Utreda behovet av nya förskolor",  # sv
        "Undersøge mulighederne for en ny cykelsti",  # da
        "Assess options for flood storage",  # en
    ):
        assert deferred(text), text
    for text in ("Bygge ny skole på Haugen", "Anlägga en cykelväg till skolan", "Build a new library"):
        assert not deferred(text), text


def _cal(followed: float) -> Calibration:
    """A judge whose P(followed up) is ``followed`` whatever the goal (intercepts only)."""
    import math

    z = math.log(followed / (1 - followed))
    n = len(JUDGE_FEATURES)
    return Calibration(JUDGE_FEATURES, ((0.0,) * n, 5.0), ((0.0,) * n, z), 0.5, 0.5)


def test_the_judge_never_overrules_a_guard_on_a_cited_goal_nor_lifts_text_alone():
    sure = _cal(0.99)
    base = judge_features(JudgedGoal("x", "partial", evidence=(EvidenceItem("measure", "Tiltak"),)))
    assert judge_status(sure, base) == "followed_up"
    cited = dict(base, j_cites=1.0)
    assert judge_status(sure, cited) == "partial"  # the rule's citation guard stands
    assert judge_status(sure, dict(base, j_background=1.0)) == "partial"
    assert judge_status(sure, dict(base, j_heading_only=1.0)) == "partial"
    assert judge_status(sure, dict(base, g_coordination=1.0)) == "partial"
    assert judge_status(_cal(0.01), base) == "partial"


def test_training_is_deterministic(tmp_path):
    rows, labels = [], []
    for i in range(40):
        g = ("followed_up", "partial", "not_followed_up")[i % 3]
        x = {f: 0.0 for f in JUDGE_FEATURES}
        x.update(j_best=(0.7, 0.4, 0.1)[i % 3] + 0.01 * (i % 5), j_all_objects=float(i % 3 == 0))
        x["rule_followed" if g == "followed_up" else "rule_partial"] = 1.0 if g != "not_followed_up" else 0.0
        rows.append(x)
        labels.append(g)
    feats = tmp_path / "rows.pkl"
    feats.write_bytes(pickle.dumps([("parents/a", rows[:20], labels[:20]), ("parents-blind2/b", rows[20:], labels[20:])]))
    a, b = tmp_path / "a.yaml", tmp_path / "b.yaml"
    assert train_judge(tmp_path, a, features_file=feats)[1:] == (2, 40)
    train_judge(tmp_path, b, features_file=feats)
    assert a.read_text() == b.read_text()
    assert "plancheck train --parent-status" in a.read_text()


# ----------------------------------------------------------------------------- size scope

# (lang, parent goal, child goal restricted to the larger ones, its measures for the larger ones,
# the same measures for all)
SIZE = [
    (
        "nb",
        "Alle nye bygg skal ha solceller på taket.",
        "Større nye bygg skal ha solceller på taket.",
        ["Krav om solceller i reguleringsplaner for større bygg", "Veileder for utbyggere"],
        ["Krav om solceller i reguleringsplaner for alle nye bygg", "Veileder for utbyggere"],
    ),
    (
        "sv",
        "Alla nya byggnader ska ha solceller på taket.",
        "Stora nya byggnader ska ha solceller på taket.",
        ["Krav på solceller i detaljplaner för stora byggnader", "Vägledning för byggherrar"],
        ["Krav på solceller i detaljplaner för alla nya byggnader", "Vägledning för byggherrar"],
    ),
    (
        "en",
        "Every new development site delivers at least 10 per cent biodiversity net gain.",
        "Major development sites deliver at least 10 per cent biodiversity net gain.",
        ["Biodiversity net gain plans required on major new sites", "Guidance note for developers"],
        ["Biodiversity net gain plans required for all sites", "Guidance note for developers"],
    ),
]


def test_a_goal_for_every_such_thing_answered_for_the_larger_ones_only_is_partial():
    for lang, pgoal, cgoal, measures, whole in SIZE:
        (cov,), _ = assess_parent(_child(lang, [(cgoal, measures)]), _parent([pgoal], lang), lang=lang)
        assert _status(cov) == "partial", (lang, _status(cov))
        (cov,), _ = assess_parent(_child(lang, [(cgoal, whole)]), _parent([pgoal], lang), lang=lang)
        assert _status(cov) == "followed_up", (lang, "whole", _status(cov))


def test_a_size_word_that_restricts_none_of_the_goals_objects_is_no_narrowing():
    goal = "Fler ska resa med kollektivtrafik."
    words = goal_words(goal, "sv")
    assert not size_narrowed(words, goal, ["Kollektivtrafiken ska användas i större grad"], "sv")
    goal = "Nye boliger skal bygges nær sentrum."
    words = goal_words(goal, "da")
    assert size_narrowed(words, goal, ["Større nye boliger bygges nær stationen"], "da")
    # the goal restricting by size itself: the evidence restates it
    goal = "Større byggeprosjekter skal ha energiplan."
    assert not size_narrowed(goal_words(goal, "nb"), goal, ["Større byggeprosjekter leverer energiplan"], "nb")
