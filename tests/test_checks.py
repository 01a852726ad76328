"""The rules engine and the default pack, on plans built by hand."""

from __future__ import annotations

import sys

import pytest
from test_checks_support import (
    goal,
    hide_installed_plugins,
    make_plan,
    measure,
    refusal,
    sample_plan,
    strategy,
    write_pack,
)

from plancheck.checks import RuleError, check_plan, configure, fingerprint, load_rules
from plancheck.checks.rules import builtin_packs
from plancheck.models import Coverage, Evidence, MandatePoint


@pytest.fixture(autouse=True)
def _default_pack_only(monkeypatch):
    hide_installed_plugins(monkeypatch)


DEFAULT_IDS = {
    "goal-has-measure",
    "measure-has-owner",
    "measure-has-deadline",
    "owner-is-accountable",
    "deadline-within-plan-period",
    "plan-has-action-part",
    "plan-has-content",
    "strategy-has-measure",
    "mandate-point-covered",
    "parent-goal-followed-up",
    "goal-serves-parent",
    "plan-read-in-full",
    "plan-gives-owners-and-deadlines",
}


def found(result, rule=None):
    return [
        (f.rule, f.severity, f.quote) for f in result.findings if rule is None or f.rule == rule
    ]


# --------------------------------------------------------------------------- the default pack


def test_default_pack_has_the_fixed_rule_ids_with_docs_and_both_languages():
    rules = load_rules(plugins=False)
    assert {r.id for r in rules} == DEFAULT_IDS
    for r in rules:
        assert r.summary["nb"] and r.summary["en"]
        assert {"why", "flagged", "accepted"} <= set(r.docs), r.id
    assert "default" in builtin_packs()


def test_sample_plan_gives_one_finding_per_defect():
    result = check_plan(sample_plan())
    assert sorted(found(result)) == sorted(
        [
            ("goal-has-measure", "error", "Flere unge skal fullføre videregående skole."),
            ("measure-has-owner", "error", "Informere om tilbudet på foreldremøter"),
            ("measure-has-deadline", "warning", "Informere om tilbudet på foreldremøter"),
            ("owner-is-accountable", "warning", "Alle enhetsledere"),
            ("deadline-within-plan-period", "warning", "Kartlegge ventetiden i PPT"),
        ]
    )
    assert (result.summary.errors, result.summary.warnings) == (2, 3)
    assert (result.summary.goals, result.summary.measures) == (2, 4)
    # findings come in page order, so a report reads like the document
    assert [f.page for f in result.findings] == sorted(f.page for f in result.findings)


def test_goal_followed_up_through_strategy_or_sub_goal_is_not_flagged():
    plan = make_plan(
        [
            goal("g1", "Hovedmål", kind="main_goal"),
            goal("g1a", "Delmål med tiltak", kind="sub_goal", parent_id="g1"),
            goal("g2", "Mål med strategi"),
            goal("g3", "Mål uten noe"),
        ],
        [strategy("s1", "Vi vil samarbeide", ("g2",))],
        [
            measure("m1", "Tiltak for delmålet", ("g1a",), owners=("PPT",), due="2025"),
            measure("m2", "Tiltak for strategien", (), ("s1",), owners=("PPT",), due="2025"),
        ],
    )
    assert found(check_plan(plan), "goal-has-measure") == [
        ("goal-has-measure", "error", "Mål uten noe")
    ]


def test_main_goal_is_covered_through_its_sub_goals_which_are_checked_themselves():
    plan = make_plan(
        [
            goal("g0", "Hovedmål", kind="main_goal"),
            goal("g1", "Delmål uten tiltak", kind="sub_goal", parent_id="g0"),
            goal("g2", "Annet mål", kind="goal"),
        ],
        [],
        [measure("m1", "Tiltak", ("g2",), owners=("PPT",), due="2025")],
    )
    assert [q for _, _, q in found(check_plan(plan), "goal-has-measure")] == ["Delmål uten tiltak"]


def test_main_goal_without_stated_sub_goals_is_followed_up_through_the_other_goals():
    goals = [
        goal("g0", "Hovudmål", kind="main_goal"),
        goal("g1", "Delmål med tiltak", kind="sub_goal"),
        goal("g2", "Delmål utan tiltak", kind="sub_goal"),
    ]
    plan = make_plan(goals, [], [measure("m1", "Tiltak", ("g1",), owners=("PPT",), due="2025")])
    assert [q for _, _, q in found(check_plan(plan), "goal-has-measure")] == ["Delmål utan tiltak"]
    # when the plan does say which goals stand under which main goal, a main goal with none is checked
    goals += [goal("h2", "Hovudmål 2", kind="main_goal")]
    goals[1].parent_id = goals[2].parent_id = "g0"
    plan = make_plan(goals, [], [measure("m1", "Tiltak", ("g1",), owners=("PPT",), due="2025")])
    assert [q for _, _, q in found(check_plan(plan), "goal-has-measure")] == [
        "Delmål utan tiltak",
        "Hovudmål 2",
    ]


def test_plan_without_measures_gets_one_error_and_no_goal_or_strategy_findings():
    plan = make_plan(
        [goal("g1", "Mål 1"), goal("g2", "Mål 2")],
        [strategy("s1", "Vi vil bygge", ("g1",)), strategy("s2", "Vi vil samarbeide", ("g2",))],
        [],
        title="Kommuneplanens samfunnsdel 2024–2036",
    )
    result = check_plan(plan)
    assert found(result) == [
        ("plan-has-action-part", "error", "Kommuneplanens samfunnsdel 2024–2036")
    ]
    assert result.findings[0].node_id is None


def test_planprogram_is_not_asked_for_an_action_part():
    for title in (
        "Planprogram for boligsosial handlingsplan 2026–2030",
        "Kommunal planstrategi 2024–2027",
    ):
        plan = make_plan([goal("g1", "Mål for planarbeidet")], [], [], title=title)
        assert check_plan(plan).findings == [], title


def test_plan_with_neither_goals_nor_measures_gets_only_the_empty_plan_error():
    # not one error per missing part: one error saying nothing could be checked
    assert [(rule, sev) for rule, sev, _q in found(check_plan(make_plan()))] == [("plan-has-content", "error")]


def test_goals_and_strategies_not_judged_when_no_measure_names_a_goal():
    # a bare list of actions after the goals: plancheck cannot tell which goal each serves
    plan = make_plan(
        [goal("g1", "Mål 1"), goal("g2", "Mål 2")],
        [strategy("s1", "Vi vil A", ("g1",))],
        [measure("m1", "Tiltak uten kobling", owners=("PPT",), due="2025")],
    )
    assert found(check_plan(plan)) == []
    # link one measure to one goal, and the other goal and its strategy are reported
    plan.measures[0].goal_ids = ["g2"]
    assert sorted(r for r, _, _ in found(check_plan(plan))) == [
        "goal-has-measure",
        "strategy-has-measure",
    ]
    # one more measure that names no goal might serve g1: the goals are not judged
    plan.measures.append(measure("m2", "Enda et tiltak", owners=("PPT",), due="2025"))
    assert found(check_plan(plan)) == []


def test_measure_has_owner_only_where_the_plan_gives_a_place_for_owners():
    # a list of measures in prose: no owner column -> no finding
    prose = make_plan(
        [goal("g1", "Mål")], [], [measure("m1", "Tiltak", ("g1",), table=False, due="2025")]
    )
    assert found(check_plan(prose), "measure-has-owner") == []
    # the same measure in a table with an owner column -> finding
    table = make_plan(
        [goal("g1", "Mål")], [], [measure("m1", "Tiltak", ("g1",), table=True, due="2025")]
    )
    assert len(found(check_plan(table), "measure-has-owner")) == 1
    # prose measures stay silent even when a table elsewhere names owners (an implementation
    # matrix covering only some actions, as in the Napa plan): no crying wolf
    mixed = make_plan(
        [goal("g1", "Mål")],
        [],
        [
            measure("m1", "Tiltak med eier", ("g1",), owners=("PPT",), table=True, due="2025"),
            measure("m2", "Tiltak uten eier", ("g1",), table=False, due="2025"),
        ],
    )
    assert found(check_plan(mixed), "measure-has-owner") == []


def test_measure_has_deadline_only_where_the_plan_gives_a_place_for_deadlines():
    prose = make_plan(
        [goal("g1", "Mål")], [], [measure("m1", "Tiltak", ("g1",), owners=("PPT",), table=False)]
    )
    assert found(check_plan(prose), "measure-has-deadline") == []
    table = make_plan(
        [goal("g1", "Mål")], [], [measure("m1", "Tiltak", ("g1",), owners=("PPT",), table=True)]
    )
    assert [q for _, _, q in found(check_plan(table), "measure-has-deadline")] == ["Tiltak"]


@pytest.mark.parametrize(
    ("due", "expected"),
    [
        (None, "error"),
        ("Ved behov", "error"),
        ("Hver høst", "warning"),
        ("Kontinuerlig", "warning"),
        ("Høst 2025", None),
        ("31.12.2025", None),
    ],
)
def test_measure_has_deadline_severity_by_deadline_kind(due, expected):
    plan = make_plan(
        [goal("g1", "Mål")], [], [measure("m1", "Tiltak", ("g1",), owners=("PPT",), due=due)]
    )
    sev = [s for _, s, _ in found(check_plan(plan), "measure-has-deadline")]
    assert sev == ([expected] if expected else [])


def test_diffuse_owner_is_quoted_and_each_diffuse_owner_counts():
    plan = make_plan(
        [goal("g1", "Mål")],
        [],
        [
            measure(
                "m1",
                "Tiltak",
                ("g1",),
                owners=("Alle enheter", "PPT", "Alle enhetsledere"),
                due="2025",
                page=7,
            )
        ],
    )
    result = check_plan(plan)
    hits = [f for f in result.findings if f.rule == "owner-is-accountable"]
    assert [(f.quote, f.page, f.node_id) for f in hits] == [
        ("Alle enheter", 7, "m1"),
        ("Alle enhetsledere", 7, "m1"),
    ]
    assert "«Alle enheter»" in hits[0].message and "«Tiltak»" in hits[0].message


@pytest.mark.parametrize(
    ("due", "flagged"),
    [
        ("2019", True),
        ("31.12.2023", True),
        ("2024", False),
        ("2027", False),
        ("2023–2024", False),
        ("2028", True),
    ],
)
def test_deadline_within_plan_period(due, flagged):
    plan = make_plan(
        [goal("g1", "Mål")], [], [measure("m1", "Tiltak", ("g1",), owners=("PPT",), due=due)]
    )
    result = check_plan(plan)
    assert bool(found(result, "deadline-within-plan-period")) is flagged
    if flagged:
        assert "2024–2027" in result.findings[0].message and due in result.findings[0].message


def test_deadline_not_compared_without_plan_period_or_dates():
    no_period = make_plan(
        [goal("g1", "Mål")],
        [],
        [measure("m1", "T", ("g1",), owners=("PPT",), due="2019")],
        period=None,
    )
    assert found(check_plan(no_period), "deadline-within-plan-period") == []
    # a configured period is used when the document states none
    from plancheck.models import PlanPeriod

    result = check_plan(no_period, plan_period=PlanPeriod(start=2024, end=2027, text="2024–2027"))
    assert len(found(result, "deadline-within-plan-period")) == 1


def test_strategy_without_its_own_measure_when_plan_links_measures_to_strategies():
    plan = make_plan(
        [goal("g1", "Mål")],
        [strategy("s1", "Vi vil A", ("g1",)), strategy("s2", "Vi vil B", ("g1",))],
        [measure("m1", "Tiltak", ("g1",), ("s1",), owners=("PPT",), due="2025")],
    )
    assert [
        q for _, sev, q in found(check_plan(plan), "strategy-has-measure") if sev == "warning"
    ] == ["Vi vil B"]


def test_a_strategy_worded_as_an_action_without_a_measure_is_a_note():
    """"Assess the state of the urban forest" under a goal whose other strategy has actions: it
    may be its own action, so the missing measure is info, not a warning; "Vi vil B" (an
    intention) stays a warning. Extraction marks the wording (extract.plan.mark_action_wording)."""
    from plancheck.extract.plan import mark_action_wording

    plan = make_plan(
        [goal("g1", "Mål")],
        [strategy("s1", "Vi vil A", ("g1",)), strategy("s2", "Assess the state of the urban forest", ("g1",)),
         strategy("s3", "Vi vil B", ("g1",))],
        [measure("m1", "Tiltak", ("g1",), ("s1",), owners=("PPT",), due="2025")],
    )
    mark_action_wording(plan)
    assert [s.worded_as_action for s in plan.strategies] == [False, True, False]
    result = check_plan(plan, lang="en")
    assert [(sev, q) for _, sev, q in found(result, "strategy-has-measure")] == [
        ("info", "Assess the state of the urban forest"),
        ("warning", "Vi vil B"),
    ]
    assert "worded as an action" in next(f.message for f in result.findings if f.severity == "info"
                                          and f.rule == "strategy-has-measure")


def test_strategy_followed_up_through_its_goal_when_measures_link_goals_only():
    plan = make_plan(
        [goal("g1", "Mål med tiltak"), goal("g2", "Mål uten tiltak")],
        [strategy("s1", "Vi vil A", ("g1",)), strategy("s2", "Vi vil B", ("g2",))],
        [measure("m1", "Tiltak", ("g1",), owners=("PPT",), due="2025")],
    )
    result = check_plan(plan)
    assert [q for _, _, q in found(result, "strategy-has-measure")] == ["Vi vil B"]
    assert [q for _, _, q in found(result, "goal-has-measure")] == ["Mål uten tiltak"]


def test_mandate_point_covered_from_coverage():
    plan = sample_plan()
    coverage = [
        Coverage(
            id="p1",
            text="Gi en beskrivelse av dagens tilbud",
            status="covered",
            evidence=[Evidence(page=2, quote="Dagens tilbud …")],
        ),
        Coverage(
            id="p2",
            text="Vurdere klima, universell utforming og bredbånd",
            status="partial",
            missing=["bredbånd"],
        ),
        Coverage(id="p3", text="Kartlegge behovet for boliger", status="uncovered"),
    ]
    points = [MandatePoint(id=c.id, text=c.text, page=9) for c in coverage]
    result = check_plan(plan, coverage=coverage, mandate_points=points)
    hits = [
        (f.severity, f.quote, f.page) for f in result.findings if f.rule == "mandate-point-covered"
    ]
    # the points stand in the mandate, so the findings name no page of the plan
    assert sorted(hits) == [
        ("error", "Kartlegge behovet for boliger", None),
        ("warning", "Vurdere klima, universell utforming og bredbånd", None),
    ]
    partial = next(f for f in result.findings if f.node_id == "p2")
    assert "(mangler: bredbånd)" in partial.message
    assert result.coverage == coverage
    # without a mandate there are no mandate findings and no coverage
    assert check_plan(plan).coverage is None


# --------------------------------------------------------------------------- messages, quotes, fingerprints


def test_messages_in_bokmal_by_default_and_english_on_request():
    nb = {f.rule: f.message for f in check_plan(sample_plan()).findings}
    en = {f.rule: f.message for f in check_plan(sample_plan(), lang="en").findings}
    assert (
        nb["measure-has-owner"]
        == "Tiltaket har ingen ansvarlig: «Informere om tilbudet på foreldremøter»"
    )
    assert (
        en["measure-has-owner"]
        == "The measure has no owner: «Informere om tilbudet på foreldremøter»"
    )
    assert "Hver høst" in nb["measure-has-deadline"] and "Hver høst" in en["measure-has-deadline"]
    for msg in [*nb.values(), *en.values()]:
        assert "{" not in msg and "}" not in msg


def test_quote_is_source_text_and_long_quotes_are_cut_at_a_word():
    long_text = "Utarbeide en plan " + "for samarbeid mellom tjenestene " * 20
    plan = make_plan(
        [goal("g1", "Mål")], [], [measure("m1", long_text.strip(), ("g1",), due="2025")]
    )
    quote = check_plan(plan).findings[0].quote
    assert len(quote) <= 300 and quote.endswith("…")
    assert long_text.startswith(quote[:-1]) and not quote[:-1].endswith(" ")

    # a measure read from a table row quotes the row as printed; the message names the measure
    row = "Tidlig hjelp | Helse | Informere om tilbudet | | Hver høst"
    plan = make_plan(
        [goal("g1", "Mål")],
        [],
        [measure("m2", "Informere om tilbudet", ("g1",), source=row, due="2025")],
    )
    finding = next(f for f in check_plan(plan).findings if f.rule == "measure-has-owner")
    assert finding.quote == row
    assert finding.message == "Tiltaket har ingen ansvarlig: «Informere om tilbudet»"


def test_fingerprint_survives_page_and_id_changes_but_not_text_or_rule_changes():
    before = check_plan(sample_plan())
    moved = sample_plan()
    for m in moved.measures:
        m.page = (m.page or 0) + 3
        m.id = "x" + m.id
    after = check_plan(moved)
    assert {f.fingerprint for f in before.findings} == {f.fingerprint for f in after.findings}
    assert len({f.fingerprint for f in before.findings}) == len(before.findings)
    assert fingerprint("measure-has-owner", "measure", "Informere  om\ntilbudet") == fingerprint(
        "measure-has-owner", "measure", "informere om tilbudet"
    )
    assert fingerprint("measure-has-owner", "measure", "A") != fingerprint(
        "measure-has-deadline", "measure", "A"
    )
    assert fingerprint("measure-has-owner", "measure", "A") != fingerprint(
        "measure-has-owner", "measure", "B"
    )


def test_suppressed_finding_is_counted_not_reported():
    first = check_plan(sample_plan())
    target = next(f for f in first.findings if f.rule == "owner-is-accountable")
    result = check_plan(sample_plan(), suppress={target.fingerprint})
    assert target.fingerprint not in {f.fingerprint for f in result.findings}
    assert len(result.findings) == len(first.findings) - 1
    assert result.summary.suppressed == 1 and result.summary.warnings == first.summary.warnings - 1


# --------------------------------------------------------------------------- configuration of rules


def test_severity_override_disable_and_off():
    rules = configure(
        load_rules(plugins=False),
        severity={"measure-has-deadline": "info", "goal-has-measure": "off"},
        disable=["owner-is-accountable"],
    )
    result = check_plan(sample_plan(), rules=rules)
    rules_seen = {f.rule for f in result.findings}
    assert "goal-has-measure" not in rules_seen and "owner-is-accountable" not in rules_seen
    assert [f.severity for f in result.findings if f.rule == "measure-has-deadline"] == ["info"]
    assert result.summary.infos == 1


def test_unknown_rule_in_configuration_is_an_error():
    with pytest.raises(RuleError, match="measure-has-ownr"):
        configure(load_rules(plugins=False), disable=["measure-has-ownr"])
    with pytest.raises(RuleError, match="severity"):
        configure(load_rules(plugins=False), severity={"goal-has-measure": "fatal"})


# --------------------------------------------------------------------------- user packs and the condition language


def test_user_pack_adds_a_rule_with_attribute_and_matches(tmp_path):
    pack = write_pack(
        tmp_path,
        """
        pack: kommune
        rules:
          - id: measure-has-cost
            severity: warning
            summary: {nb: Hvert tiltak bør ha kostnad, en: Every measure should have a cost}
            applies_to:
              kind: measure
              where: {not: {attribute: text, matches: "(?i)^kartlegge"}}
            require: {attribute: cost, empty: false}
            message: {nb: "Tiltaket mangler kostnad: «{text}» ({owner})", en: "No cost: «{text}»"}
        """,
    )
    rules = load_rules(["default", str(pack)], plugins=False)
    result = check_plan(sample_plan(), rules=rules)
    costs = [f for f in result.findings if f.rule == "measure-has-cost"]
    # every measure but the one starting with "Kartlegge"
    assert [f.node_id for f in costs] == ["m1", "m2", "m3"]
    assert (
        costs[0].message
        == "Tiltaket mangler kostnad: «Lage felles rutine for overgang barnehage–skole» (Rådgiver oppvekst)"
    )


def test_user_pack_replaces_a_shipped_rule_with_the_same_id(tmp_path):
    pack = write_pack(
        tmp_path,
        """
        rules:
          - id: measure-has-owner
            severity: info
            summary: {nb: Eier, en: Owner}
            applies_to: {kind: measure}
            require: {attribute: owners, empty: false}
            message: {nb: "Ingen eier: {text}"}
        """,
    )
    rules = load_rules(["default", str(pack)], plugins=False)
    assert sum(r.id == "measure-has-owner" for r in rules) == 1
    result = check_plan(sample_plan(), rules=rules, lang="en")
    # English falls back to bokmål where the pack has no English message
    assert [(f.severity, f.message) for f in result.findings if f.rule == "measure-has-owner"] == [
        ("info", "Ingen eier: Informere om tilbudet på foreldremøter")
    ]


def test_count_and_edge_predicates(tmp_path):
    pack = write_pack(
        tmp_path,
        """
        rules:
          - id: few-measures
            severity: info
            summary: {nb: Få tiltak}
            applies_to: {kind: plan, where: {count: measure, where: {attribute: owners, empty: false}, max: 3}}
            require: {count: goal, max: 0}
            message: {nb: "Planen har {goals} mål og bare {measures} tiltak"}
          - id: goal-with-two-measures
            severity: info
            summary: {nb: To tiltak}
            applies_to: {kind: goal}
            require: {edge: implements, from: measure, max: 1}
            message: {nb: "For mange: {text}"}
        """,
    )
    result = check_plan(sample_plan(), rules=load_rules([str(pack)], plugins=False))
    assert [f.message for f in result.findings] == [
        "Planen har 2 mål og bare 4 tiltak",
        "For mange: Alle barn skal få tidlig hjelp for best mulig utvikling.",
    ]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("require: {attribute: owners, nonempty: true}", "unexpected key"),
        ("require: {edge: implements, from: measures, min: 1}", "unknown node kind"),
        ("require: {edge: implements, min: 1}", "exactly one of 'from' or 'to'"),
        ("require: {edge: links, from: measure, min: 1}", "unknown edge kind"),
        ("require: {count: goal}", "give 'min' or 'max'"),
        ("require: {attribute: text, matches: '('}", "not a regular expression"),
        ("require: {attribute: owners, empty: yes please}", "true or false"),
        ("require: {whatever: 1}", "unknown condition"),
    ],
)
def test_bad_condition_is_reported_with_rule_id_and_place(tmp_path, body, message):
    error = refusal(tmp_path, "measure", body)
    assert "broken-rule" in error and message in error


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("id: Broken_Rule", "kebab-case"),
        ("id: r\n    severity: fatal", "severity"),
        ("id: r\n    severity: error\n    summary: {en: only english}", "nb"),
        (
            "id: r\n    severity: error\n    summary: {nb: x}\n    applies_to: {kind: measure}\n"
            "    require: {attribute: owners, empty: false}\n    message: {nb: 'Mangler {eier}'}",
            "unknown placeholder",
        ),
        (
            "id: r\n    severity: error\n    summary: {nb: x}\n    applies_to: {kind: tiltak}",
            "applies_to",
        ),
    ],
)
def test_bad_rule_spec_is_reported(tmp_path, spec, message):
    pack = write_pack(tmp_path, f"rules:\n  - {spec}\n")
    with pytest.raises(RuleError, match=message):
        load_rules([str(pack)], plugins=False)


def test_bad_pack_references(tmp_path):
    with pytest.raises(RuleError, match="unknown rule pack 'kommune'"):
        load_rules(["kommune"], plugins=False)
    with pytest.raises(RuleError, match="does not exist"):
        load_rules([str(tmp_path / "missing.yaml")], plugins=False)
    bad = write_pack(tmp_path, "rules: [\n", name="bad.yaml")
    with pytest.raises(RuleError, match="not valid YAML"):
        load_rules([str(bad)], plugins=False)
    # a folder of packs loads every .yaml in it
    folder = tmp_path / "packs"
    folder.mkdir()
    (folder / "a.yaml").write_text(
        "rules:\n  - {id: a-rule, severity: info, summary: {nb: a}, applies_to: {kind: plan}, "
        "require: {count: goal, min: 99}, message: {nb: a}}\n",
        encoding="utf-8",
    )
    assert [r.id for r in load_rules([str(folder)], plugins=False)] == ["a-rule"]


# --------------------------------------------------------------------------- Python rules from entry points


PLUGIN = """
from plancheck.checks import Hit, Rule

class LongMeasure(Rule):
    id = "measure-is-short"
    severity = "info"
    summary = {"nb": "Kort tiltak", "en": "Short measure"}
    message = {"nb": "Tiltaket er langt: «{text}» ({words} ord)", "en": "Long: «{text}»"}

    def evaluate(self, ctx):
        for s in ctx.subjects("measure"):
            words = len(s.obj.text.split())
            if words > 5:
                yield Hit(s, params={"words": words})
"""


def install_plugin(tmp_path, monkeypatch, source: str, target: str = "kommune_rules:LongMeasure"):
    site = tmp_path / "site"
    site.mkdir()
    (site / "kommune_rules.py").write_text(source, encoding="utf-8")
    dist = site / "kommune_rules-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: kommune-rules\nVersion: 1.0\n", encoding="utf-8"
    )
    (dist / "entry_points.txt").write_text(
        f"[plancheck.rules]\nlong = {target}\n", encoding="utf-8"
    )
    monkeypatch.syspath_prepend(str(site))
    sys.modules.pop("kommune_rules", None)


def test_python_rule_from_entry_point_runs_with_the_default_pack(tmp_path, monkeypatch):
    install_plugin(tmp_path, monkeypatch, PLUGIN.replace("({words} ord)", "({rule})"))
    rules = load_rules()
    plugin = next(r for r in rules if r.id == "measure-is-short")
    assert plugin.pack == "kommune-rules"
    result = check_plan(sample_plan(), rules=rules)
    longs = [f for f in result.findings if f.rule == "measure-is-short"]
    assert [f.node_id for f in longs] == ["m1"]
    assert (
        longs[0].message
        == "Tiltaket er langt: «Lage felles rutine for overgang barnehage–skole» (measure-is-short)"
    )
    assert longs[0].fingerprint


def test_python_rule_with_unknown_placeholder_is_refused(tmp_path, monkeypatch):
    install_plugin(tmp_path, monkeypatch, PLUGIN)  # uses {words}, not a known placeholder
    with pytest.raises(RuleError, match=r"entry point long.*unknown placeholder"):
        load_rules()


def test_broken_plugin_is_named(tmp_path, monkeypatch):
    install_plugin(tmp_path, monkeypatch, "raise ImportError('no such thing')\n")
    with pytest.raises(RuleError, match=r"entry point long .*cannot be loaded"):
        load_rules()


# --------------------------------------------------------------------------- docs


def test_rule_docs_pages_are_in_step_with_the_packs():
    """docs/rules/ is written from the YAML (python -m plancheck.checks.docs docs/rules)."""
    from pathlib import Path

    from plancheck.checks.docs import documented_rules, index_markdown, rule_markdown

    docs = Path(__file__).resolve().parents[1] / "docs" / "rules"
    rules = documented_rules()
    for rule in rules:
        page = docs / f"{rule.id}.md"
        assert page.read_text(encoding="utf-8") == rule_markdown(rule), f"regenerate {page}"
        text = page.read_text(encoding="utf-8")
        assert "## Why it matters" in text and "This is flagged:" in text and "Use instead:" in text
    assert (docs / "index.md").read_text(encoding="utf-8") == index_markdown(rules)


def test_python_rule_hit_with_unfilled_placeholder_names_the_rule():
    from plancheck.checks import Hit, Rule

    class Sloppy(Rule):
        id = "sloppy-rule"

        def __init__(self):
            self.summary = {"nb": "Slurvete"}
            self.message = {"nb": "Tiltak: «{text}»"}

        def evaluate(self, ctx):
            for s in ctx.subjects("measure"):
                yield Hit(s, message={"nb": "Mangler {nope}"})

    with pytest.raises(RuleError, match=r"sloppy-rule.*Mangler \{nope\}"):
        check_plan(sample_plan(), rules=[Sloppy()])


def test_an_empty_plan_is_never_reported_as_compliant():
    """A document in which nothing could be read is an error, not a clean result."""
    empty = make_plan([], [], [])
    assert [rule for rule, _sev, _q in found(check_plan(empty), "plan-has-content")] == ["plan-has-content"]
    assert found(check_plan(make_plan([goal("g1", "Mål")], [], [])), "plan-has-content") == []


# --------------------------------------------------------------------------- a plan read in part


def _with_pages(plan, pages: int):
    return plan.model_copy(update={"source": plan.source.model_copy(update={"pages": pages})})


def test_a_long_document_read_to_two_items_is_not_a_clean_plan():
    from test_checks_support import goal, make_plan, measure

    plan = make_plan([goal("g1", "Alle skal bo trygt.")], [],
                     [measure("m1", "Kartlegge behovet", ("g1",), owners=("Rådmannen",), due="2026")])
    long = check_plan(_with_pages(plan, 84))
    assert [f[1] for f in found(long, "plan-read-in-full")] == ["warning"]
    assert any("84" in f.message for f in long.findings if f.rule == "plan-read-in-full")
    assert not [f for f in found(check_plan(_with_pages(plan, 12))) if f[0] == "plan-read-in-full"]


def test_measures_with_no_place_for_owners_or_deadlines_are_named():
    from test_checks_support import goal, make_plan, measure

    bare = make_plan([goal("g1", "Alle skal bo trygt.")], [],
                     [measure(f"m{i}", f"Tiltak nummer {i}", ("g1",), table=False) for i in range(1, 4)])
    assert [f[1] for f in found(check_plan(bare), "plan-gives-owners-and-deadlines")] == ["info"]
    assert not found(check_plan(sample_plan()), "plan-gives-owners-and-deadlines")
    # deadlines given but no owner anywhere (or the reverse): the note names the one not checked
    dated = make_plan([goal("g1", "Alle skal bo trygt.")], [],
                      [measure(f"m{i}", f"Tiltak nummer {i}", ("g1",), due="2026", table=False) for i in range(1, 4)])
    owned = make_plan([goal("g1", "Alle skal bo trygt.")], [],
                      [measure(f"m{i}", f"Tiltak nummer {i}", ("g1",), owners=("PPT",), table=False)
                       for i in range(1, 4)])
    messages = [
        [f.message for f in check_plan(p, lang="en").findings if f.rule == "plan-gives-owners-and-deadlines"]
        for p in (bare, dated, owned)
    ]
    assert [len(m) for m in messages] == [1, 1, 1]
    assert "an owner or a deadline" in messages[0][0]
    assert "has an owner," in messages[1][0] and "Owners were therefore not checked" in messages[1][0]
    assert "has a deadline," in messages[2][0] and "Deadlines were therefore not checked" in messages[2][0]


def test_an_accepted_example_gives_a_dated_deadline_where_it_has_a_deadline_column():
    # "write instead" is copied by planners: a 'Frist' cell in it must not draw a
    # measure-has-deadline warning of its own ('Hver høst' is recurring, no date)
    from plancheck.lang.deadlines import parse_deadline

    for r in load_rules(plugins=False):
        rows = [ln.strip().strip("|").split("|") for ln in r.docs.get("accepted", "").splitlines()]
        if not rows or [c.strip() for c in rows[0]][-1:] != ["Frist"]:
            continue
        for row in rows[1:]:
            d = parse_deadline(row[-1].strip(), lang="nb")
            assert d is not None and d.kind not in ("recurring", "ongoing"), (r.id, row[-1])
