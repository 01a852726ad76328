"""The follow-up rules judge an item only on evidence close to it (its peers) and treat an item
printed twice as one (its copies): the false alarms of real plans, on plans built by hand."""

from __future__ import annotations

import pytest
from test_checks_support import (
    goal,
    hide_installed_plugins,
    make_plan,
    measure,
    refusal,
    strategy,
    write_pack,
)

from plancheck.checks import RuleError, check_plan, load_rules
from plancheck.checks.base import copy_key, same_text


@pytest.fixture(autouse=True)
def _default_pack_only(monkeypatch):
    hide_installed_plugins(monkeypatch)


def quotes(plan, rule):
    return [(str(f.severity), f.quote) for f in check_plan(plan).findings if f.rule == rule]


def _m(mid, text, goals=(), strategies=(), **kw):
    return measure(mid, text, goals, strategies, owners=("PPT",), due="2025", **kw)


# --------------------------------------------------------------------------- goal-has-measure


def test_goals_where_no_goal_is_followed_up_are_not_judged_but_a_goal_beside_followed_ones_is():
    """Background goals (quoted from a regional plan) stand in a section of their own where no
    goal has a measure; in the plan's own goal section one goal has none: only that one."""
    plan = make_plan(
        [
            goal("r1", "Regionen skal redusere utslippene med 50 prosent", section_id="bakgrunn"),
            goal("r2", "Regionen skal ha fossilfri transport innen 2030", section_id="bakgrunn"),
            goal("g1", "Kommunen skal halvere matsvinnet", section_id="mål"),
            goal("g2", "Kommunen skal ha utslippsfrie byggeplasser", section_id="mål"),
        ],
        [],
        [_m("m1", "Kartlegge matsvinnet i kantinene", ("g1",))],
    )
    assert quotes(plan, "goal-has-measure") == [
        ("error", "Kommunen skal ha utslippsfrie byggeplasser")
    ]


def test_a_goal_that_heads_its_own_section_is_judged_beside_the_goal_headings_next_to_it():
    """Each goal is the heading of its own section ("Mål 4 Flere innbyggere skal …", a Word
    multilevel list read as headings): the goal heading with nothing under it stands beside the
    goal headings whose measures follow them, in the chapter above."""
    from plancheck.models import Section

    sections = [Section(id="kap", title="Mål, strategier og tiltak", level=1)] + [
        Section(id=f"s{i}", title=f"Mål {i} {t}", level=4, parent_id="kap")
        for i, t in ((1, "Flere eldre skal bo trygt hjemme"), (2, "Flere skal ta ansvar for egen helse"))
    ]
    plan = make_plan(
        [goal("g1", "Flere eldre skal bo trygt hjemme", section_id="s1"),
         goal("g2", "Flere skal ta ansvar for egen helse", section_id="s2")],
        [],
        [_m("m1", "Tilby digitalt tilsyn", ("g1",), section_id="s1")],
        sections=sections,
    )
    assert quotes(plan, "goal-has-measure") == [("error", "Flere skal ta ansvar for egen helse")]
    # the same goals in sections whose titles are other words are not each other's peers
    for s in sections[1:]:
        s.title = "Helse"
    assert quotes(plan, "goal-has-measure") == []


def test_goals_heading_top_level_sections_are_judged_beside_each_other():
    """Goals numbered 1, 2, 3 as the plan's own chapters (a web page whose outcomes are the top
    headings): the goal chapter with no measure under it stands beside the goal chapters whose
    measures follow them. A top-level chapter whose title is other words is not judged."""
    from plancheck.models import Section

    texts = ["Every resident lives near a good park", "Parks are richer in wildlife",
             "Parks are safe after dark"]
    sections = [Section(id=f"s{i}", title=t, number=str(i), level=1) for i, t in enumerate(texts, 1)]
    plan = make_plan(
        [goal(f"g{i}", t, section_id=f"s{i}") for i, t in enumerate(texts, 1)],
        [],
        [_m("m1", "Open two new pocket parks", ("g1",), section_id="s1"),
         _m("m2", "Plant 500 trees", ("g2",), section_id="s2")],
        sections=sections,
    )
    assert quotes(plan, "goal-has-measure") == [("error", "Parks are safe after dark")]
    sections[2].title = "What we achieved"
    assert quotes(plan, "goal-has-measure") == []


def test_plan_whose_measures_serve_strategies_tied_to_no_goal_gets_no_goal_findings():
    """Objectives above "STRATEGY n / ACTION n" blocks that the document never ties together:
    every measure serves a strategy, no goal is followed up, so no goal is judged."""
    objectives = [
        goal(f"g{i}", text, section_id=f"s{i}")
        for i, text in enumerate(["Energy use conservation", "Increase efficiency", "Waste reduction"])
    ]
    strategies = [strategy("st1", "Replace lights in city facilities with LEDs", section_id="s1")]
    plan = make_plan(
        objectives, strategies, [_m("m1", "Create a phased plan for LED replacement", (), ("st1",))]
    )
    assert quotes(plan, "goal-has-measure") == []
    # once the plan ties the strategy to an objective, the objective beside it without a
    # measure is reported; the one in a section of its own still is not judged
    plan.strategies[0].goal_ids = ["g0"]
    plan.goals[1].section_id = "s0"
    assert quotes(plan, "goal-has-measure") == [("error", "Increase efficiency")]


def test_goal_repeated_in_a_summary_is_followed_up_through_its_copy():
    """A goal list printed again (an overview page) is not a second set of goals without
    measures: the copy in the body is followed up."""
    plan = make_plan(
        [
            goal("o1", "Goal 1: Renewable Energy Production: Increase usage of renewable energy",
                 page=2, section_id="overview"),
            goal("o2", "Goal 2: Buildings & Energy Use: Reduce energy consumption", page=2,
                 section_id="overview"),
            goal("b1", "Renewable Energy Production: Increase usage of renewable energy.", page=9,
                 section_id="body"),
            goal("b2", "Buildings & Energy Use: Reduce energy consumption", page=12, section_id="body"),
            goal("b3", "Transportation: Reduce vehicle reliance", page=14, section_id="body"),
        ],
        [],
        [_m("m1", "Solar survey of municipal roofs", ("b1",)), _m("m2", "LED street lights", ("b2",))],
    )
    # the overview's goals are followed up through their copies; b3 is a real gap
    assert quotes(plan, "goal-has-measure") == [("error", "Transportation: Reduce vehicle reliance")]


def test_goal_the_plan_restates_as_a_measure_is_that_measure():
    """A chapter states an objective among its goals; the plan's summary lists the same
    sentence as one of its actions: the objective is taken up as that action. A goal with no
    measure and no copy beside it is still reported."""
    plan = make_plan(
        [
            goal("g1", "Protect air quality", page=11, section_id="ch1"),
            goal("o1", "Create an outline on how the city can meet the canopy target.", kind="sub_goal",
                 parent_id="g1", page=11, section_id="ch1"),
            goal("o2", "Reduce flooding of the low streets", kind="sub_goal", parent_id="g1", page=11,
                 section_id="ch1"),
            goal("o3", "Plant street trees along the main roads", kind="sub_goal", parent_id="g1", page=11,
                 section_id="ch1"),
        ],
        [],
        [
            _m("m1", "Create an outline on how the City can meet the canopy target", ("g1",), page=37),
            _m("m2", "Plant 500 trees a year", ("o3",), page=37),
        ],
    )
    assert quotes(plan, "goal-has-measure") == [("error", "Reduce flooding of the low streets")]


def test_goal_printed_twice_without_a_measure_is_reported_once():
    plan = make_plan(
        [
            goal("g1", "Alle barn skal få hjelp tidlig", section_id="mål"),
            goal("g2", "Flere unge skal fullføre videregående skole", section_id="mål"),
            goal("g2b", "2. Flere unge skal fullføre videregående skole.", section_id="mål", page=7),
        ],
        [],
        [_m("m1", "Tidlig innsats i barnehagen", ("g1",))],
    )
    assert quotes(plan, "goal-has-measure") == [
        ("error", "Flere unge skal fullføre videregående skole")
    ]


def test_sub_goal_beside_a_followed_sibling_under_the_same_goal_is_reported():
    """Objective 4.2 stands in a section of its own, but beside 4.1 under goal 4."""
    plan = make_plan(
        [
            goal("g4", "A greener borough", section_id="s18"),
            goal("o41", "Increase tree canopy cover", kind="sub_goal", parent_id="g4", section_id="s19"),
            goal("o42", "Reduce the risk of flooding", kind="sub_goal", parent_id="g4", section_id="s20"),
        ],
        [],
        [_m("m1", "Plant 5,000 street trees", ("o41",))],
    )
    assert quotes(plan, "goal-has-measure") == [("error", "Reduce the risk of flooding")]


# --------------------------------------------------------------------------- strategy-has-measure


def test_strategy_restated_without_its_actions_is_carried_out_through_its_copy():
    plan = make_plan(
        [],
        [
            strategy("s1", "CONNECT & PREPARE", page=30, section_id="a"),
            strategy("s2", "PARTNER & INNOVATE", page=36, section_id="b"),
            strategy("s2b", "STRATEGY 2 - PARTNER & INNOVATE", page=40, section_id="c"),
            strategy("s3", "TRANSFORM & INTEGRATE", page=42, section_id="b"),
        ],
        [_m("m1", "Make resilience accessible", (), ("s1",)), _m("m2", "Put science in the hands", (), ("s2",))],
    )
    # s2b repeats s2, which has a measure; s3 beside s2 has none and is reported
    assert quotes(plan, "strategy-has-measure") == [("warning", "TRANSFORM & INTEGRATE")]


def test_strategy_alone_in_a_part_without_measures_is_not_judged():
    """A heading read as a strategy ("BOULDER'S STRATEGIES") in a part of the plan where no
    strategy has a measure is not reported."""
    plan = make_plan(
        [],
        [
            strategy("s0", "BOULDER'S STRATEGIES", page=29, section_id="intro"),
            strategy("s1", "Connect and prepare", page=30, section_id="a"),
        ],
        [_m("m1", "Make resilience accessible", (), ("s1",))],
    )
    assert quotes(plan, "strategy-has-measure") == []


# --------------------------------------------------------------------------- the predicates


def test_copy_key_drops_numbers_and_punctuation_and_short_texts_must_be_equal():
    assert copy_key("Goal 1.2: The City is dedicated.") == copy_key("the city is dedicated")
    assert copy_key("Mål 3: Alle skal bo trygt") == "alle skal bo trygt"
    assert same_text(copy_key("Bee City USA"), copy_key("Bee City USA"))
    # short texts one letter apart are different items ("Mål 1" / "Mål 2" style)
    assert not same_text("tiltak a", "tiltak b")
    assert not same_text(copy_key("Reduce waste"), copy_key("Reduce wages"))
    # the body adds an example in brackets to the overview's text: the same strategy
    overview = "Expand staff responsible for the implementation of the plan and identification of grant resources"
    assert same_text(copy_key(overview), copy_key(overview + " (e.g., SunShot Initiative, Rockefeller."))
    assert not same_text(copy_key("Reduce waste"), copy_key("Reduce waste from households and businesses"))


def test_peers_and_copies_in_a_user_pack(tmp_path):
    pack = write_pack(
        tmp_path,
        """
        rules:
          - id: lonely-goal
            severity: info
            summary: {nb: Ensomt mål}
            applies_to: {kind: goal}
            require: {peers: goal, min: 1}
            message: {nb: "Alene: {text}"}
          - id: repeated-goal
            severity: info
            summary: {nb: Gjentatt mål}
            applies_to: {kind: goal, where: {copies: goal, earlier: true, min: 1}}
            require: {copies: goal, max: 0}
            message: {nb: "Igjen: {text}"}
        """,
    )
    plan = make_plan(
        [
            goal("a", "Mål A for oppvekst", section_id="x"),
            goal("b", "Mål B for helse", section_id="x"),
            goal("c", "Mål A for oppvekst.", section_id="y"),
        ],
    )
    result = check_plan(plan, rules=load_rules([str(pack)], plugins=False))
    assert sorted(f.message for f in result.findings) == ["Alene: Mål A for oppvekst.", "Igjen: Mål A for oppvekst."]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("require: {peers: goals, min: 1}", "unknown node kind"),
        ("require: {peers: goal}", "give 'min' or 'max'"),
        ("require: {peers: goal, earlier: true, min: 1}", "unexpected key"),
        ("require: {copies: goal, earlier: yes please, min: 1}", "true or false"),
        ("require: {copies: goal, min: 1, where: {bogus: 1}}", "unknown condition"),
    ],
)
def test_bad_peers_and_copies_conditions_are_refused(tmp_path, body, message):
    error = refusal(tmp_path, "goal", body)
    assert "broken-rule" in error and message in error


# --------------------------------------------------------------------------- plan-has-action-part


def test_no_measures_read_but_owner_and_deadline_lines_in_the_text_is_a_note_not_an_error():
    """Measures written as bold titles with "Ansvar:" / "Frist:" lines that the reader missed:
    the plan does have an action part, so "no measures" would be a false alarm."""
    from plancheck.models import Passage, Provenance

    def para(i, text):
        return Passage(id=f"p{i}", kind="paragraph", text=text, page=1,
                       provenance=Provenance(page=1, source_text=text))

    plan = make_plan([goal("g1", "Færre skal stå utenfor arbeidslivet")], [], [])
    assert quotes(plan, "plan-has-action-part") == [("error", plan.title)]
    plan.passages = [
        para(1, "Jobbsjansen for unge\nAnsvar: NAV-leder\nFrist: 1. halvår 2026"),
        para(2, "Kulturskole for alle\nAnsvar: Kulturskolerektor"),
    ]
    assert quotes(plan, "plan-has-action-part") == [("info", plan.title)]
    # numbered measure labels too: "Action Item A (st) ::", "Tiltak 3.2:"
    plan.passages = [para(1, "Action Item A (st) :: Adopt a tree ordinance."), para(2, "Tiltak 3.2: Kartlegge")]
    assert quotes(plan, "plan-has-action-part") == [("info", plan.title)]
    # a line that merely starts with a word and a colon or a year is no evidence
    plan.passages = [para(1, "Nuläge år 2016: minskning med 23 procent."), para(2, "Bakgrunn: tall fra SSB."),
                     para(3, "Frist 2026 er satt av Stortinget."), para(4, "Mål 2 handlar om att minska.")]
    assert quotes(plan, "plan-has-action-part") == [("error", plan.title)]
    # fields inside a numbered item: "1. Opne klubben (ansvar: kultureininga, tid: 2026)"
    plan.passages = [para(1, "1. Opne klubben to kveldar (ansvar: kultureininga, tid: 2026)"),
                     para(2, "2. Lage ein plan for lesing (ansvar: biblioteket)")]
    assert quotes(plan, "plan-has-action-part") == [("info", plan.title)]
    # a colon after a comma that is no field word is no evidence
    plan.passages = [para(1, "Vi har to mål, nemleg: trivsel og helse."), para(2, "Sjå (kapittel: 3) og (vedlegg: 2).")]
    assert quotes(plan, "plan-has-action-part") == [("error", plan.title)]


def test_labels_condition_is_validated(tmp_path):
    pack = write_pack(
        tmp_path,
        """
        rules:
          - id: broken-rule
            severity: warning
            summary: {nb: Ødelagt}
            applies_to: {kind: plan}
            require: {labels: [eier], min: 1}
            message: {nb: "x"}
        """,
    )
    with pytest.raises(RuleError, match="column roles"):
        load_rules([str(pack)], plugins=False)


def test_strategy_that_serves_no_goal_of_a_plan_with_goals_is_only_a_note():
    """"STRATEGY 2" under an objective that the plan never ties it to (a strategy adopted from
    another plan, with no ACTION of its own): info. Tied to its goal, it is a warning."""
    plan = make_plan(
        [goal("g1", "Increase energy efficiency", section_id="e")],
        [
            strategy("s1", "Replace lights in city facilities with LEDs", section_id="e"),
            strategy("s2", "Establish standards for new government buildings", section_id="e"),
        ],
        [_m("m1", "Create a phased LED replacement plan", (), ("s1",))],
    )
    assert quotes(plan, "strategy-has-measure") == [
        ("info", "Establish standards for new government buildings")
    ]
    for st in plan.strategies:
        st.goal_ids = ["g1"]
    assert quotes(plan, "strategy-has-measure") == [
        ("warning", "Establish standards for new government buildings")
    ]


# --------------------------------------------------------------------------- measure-has-deadline


def test_deadline_that_is_the_column_header_is_not_judged():
    """"Timeline" read from the header row instead of the cell: not the plan's deadline, so no
    "does not say when" error; a real deadline without a date still is one."""
    plan = make_plan(
        [goal("g1", "Increase education on climate change")],
        [],
        [
            measure("m1", "K-12 sustainability curriculum", ("g1",), owners=("Schools",), due="Timeline"),
            measure("m2", "University assistance", ("g1",), owners=("ODU",), due="Ved behov"),
        ],
    )
    plan.measures[0].deadline.kind = "none"
    assert quotes(plan, "measure-has-deadline") == [("error", "University assistance")]
    plan.measures[0].deadline.text = "Timeline (short-term)"
    assert [q for _, q in quotes(plan, "measure-has-deadline")] == [
        "K-12 sustainability curriculum", "University assistance"
    ]


def test_column_word_condition_is_validated(tmp_path):
    pack = write_pack(
        tmp_path,
        """
        rules:
          - id: broken-rule
            severity: warning
            summary: {nb: Ødelagt}
            applies_to: {kind: measure}
            require: {attribute: deadline.text, column_word: deadline}
            message: {nb: "x"}
        """,
    )
    with pytest.raises(RuleError, match="column_word"):
        load_rules([str(pack)], plugins=False)
