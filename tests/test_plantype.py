"""The plan type a document names itself (extract/plantype.py) and the rules that heed it."""

from __future__ import annotations

from plancheck.checks import check_plan
from plancheck.extract.plantype import plan_type, title_type
from plancheck.models import (
    Block,
    BlockKind,
    Document,
    Goal,
    Measure,
    Plan,
    PlanType,
    Provenance,
    SourceInfo,
    Strategy,
)


def doc(title: str | None, *lines: tuple[int | None, str]) -> Document:
    blocks = [
        Block(id=f"b{i}", kind=BlockKind.paragraph, text=text, provenance=Provenance(page=page))
        for i, (page, text) in enumerate(lines)
    ]
    return Document(path="x.pdf", title=title, blocks=blocks)


def test_title_names_the_type_in_every_language():
    assert title_type("Kommuneplanens samfunnsdel 2024–2036") == ("overarching", "Kommuneplanens samfunnsdel")
    assert title_type("Kommuneplanen sin samfunnsdel 2027–2039")[0] == "overarching"
    assert title_type("Wendlecombe Council Plan 2027–2031")[0] == "overarching"
    assert title_type("Mål och inriktning 2029–2032")[0] == "overarching"
    assert title_type("Kommunal planstrategi 2024–2027")[0] == "programme"
    assert title_type("Trafikksikkerhetsplan 2025–2028") is None


def test_an_action_word_in_the_title_wins():
    # a handlingsdel of the samfunnsdel is an action plan, whatever else its title says
    assert title_type("Kommuneplanens samfunnsdel – handlingsdel 2025–2028")[0] == "action"
    assert title_type("Council Plan Delivery Plan 2026")[0] == "action"
    assert title_type("Handleplan for ældrepolitik 2025–2028")[0] == "action"


def test_a_title_page_line_that_starts_with_the_type_word():
    d = doc("Havnøy mot 2035", (1, "Kommuneplanens samfunnsdel 2023–2035"), (1, "Mål 1.1"))
    got = plan_type(d)
    assert (got.kind, got.where, got.evidence) == ("overarching", "front", "Kommuneplanens samfunnsdel 2023–2035")
    # after a dash: '<municipality> – <type>'
    assert plan_type(doc("Norrvik", (1, "Norrviks kommun – Mål och inriktning"))).kind == "overarching"


def test_a_title_page_that_only_mentions_the_samfunnsdel_is_not_one():
    # a handlingsplan says it follows up the samfunnsdel: the word is not where the document
    # names itself (not at a line's start, or in a sentence)
    assert plan_type(doc("Oppvekstplan 2025–2028", (1, "Følger opp kommuneplanens samfunnsdel"))) is None
    sentence = "Samfunnsdelen følges opp gjennom tiltakene i denne planen for oppvekst."
    assert plan_type(doc("Oppvekstplan 2025–2028", (1, sentence))) is None
    # a reference to the parent plan's goal on a theme plan's title page
    assert plan_type(doc("Carers Strategy", (1, "Council Plan link: Ambition 2"))) is None
    assert plan_type(doc("Carers Strategy", (1, "Council Plan outcome: Carers are supported"))) is None
    assert plan_type(doc("Trafikktryggingsplan", (1, "Samfunnsdelen, mål 1"))) is None
    assert plan_type(doc("Granvik", (1, "Kommuneplanens samfunnsdel for Granvik kommune 2024–2035"))).kind == "overarching"
    # only the title page counts
    assert plan_type(doc("Oppvekstplan 2025–2028", (5, "Kommuneplanens samfunnsdel"))) is None


def test_an_action_line_on_the_title_page_wins_over_an_overarching_one():
    d = doc("Havnøy", (1, "Kommuneplanens samfunnsdel 2023–2035"), (1, "Handlingsdel 2025–2028"))
    assert plan_type(d).kind == "action"


def test_a_document_without_pages_reads_its_first_blocks():
    d = doc(None, (None, "Kommuneplanens samfunnsdel"), *[(None, f"Mål {i}") for i in range(40)])
    assert plan_type(d).kind == "overarching"
    late = doc(None, *[(None, f"Mål {i}") for i in range(40)], (None, "Kommuneplanens samfunnsdel"))
    assert plan_type(late) is None


def plan(kind: str | None, *, measures: int = 0, goals: int = 2) -> Plan:
    ptype = PlanType(kind=kind, term="x", evidence="x", where="title") if kind else None
    texts = ["Alle barn skal trives i barnehagen.", "Flere unge skal fullføre videregående skole."]
    gs = [Goal(id=f"g{i}", text=texts[i], page=1) for i in range(goals)]
    ss = [Strategy(id="s0", text="Vi vil samarbeide.", page=1, goal_ids=["g0"])] if goals else []
    ms = [Measure(id=f"m{i}", text=f"Tiltak {i}", page=2, goal_ids=["g0"]) for i in range(measures)]
    return Plan(
        source=SourceInfo(path="x.pdf", format="pdf", sha256="", pages=3),
        title="Plan 2025–2028",
        plan_type=ptype,
        goals=gs,
        strategies=ss,
        measures=ms,
    )


def severities(p: Plan, rule: str) -> list[str]:
    return [str(getattr(f.severity, "value", f.severity)) for f in check_plan(p).findings if f.rule == rule]


def messages(p: Plan, rule: str) -> list[str]:
    return [f.message for f in check_plan(p).findings if f.rule == rule]


def test_an_overarching_plan_without_measures_is_told_where_its_measures_belong():
    # the absence is the finding (domain: "that absence is itself a finding"), so the error
    # stands; the message says the measures belong in a handlingsdel and points to --parent
    assert severities(plan("overarching"), "plan-has-action-part") == ["error"]
    assert any("--parent" in m for m in messages(plan("overarching"), "plan-has-action-part"))
    assert not any("--parent" in m for m in messages(plan(None), "plan-has-action-part"))
    assert severities(plan(None), "plan-has-action-part") == ["error"]
    assert severities(plan("action"), "plan-has-action-part") == ["error"]
    assert severities(plan("programme"), "plan-has-action-part") == []


def test_an_overarching_plan_with_measures_is_never_let_off():
    # goal 1 has no measure: the error stands, whatever the plan calls itself
    assert severities(plan("overarching", measures=1), "goal-has-measure") == ["error"]
    assert severities(plan(None, measures=1), "goal-has-measure") == ["error"]


def test_an_overarching_plan_read_empty_is_a_warning_that_says_so():
    assert severities(plan("overarching", goals=0), "plan-has-content") == ["warning"]
    assert severities(plan(None, goals=0), "plan-has-content") == ["error"]
    assert severities(plan("action", goals=0), "plan-has-content") == ["error"]


def test_a_plan_with_a_period_read_empty_is_not_asked_whether_it_is_a_plan():
    """A theme plan written in running text ("Kulturplan 2026–2030", "Kommunen vil …"): its text
    and its period were read, so asking whether it is a plan, or whether it is only pictures, is a
    false alarm. The error stands (nothing was checked), the message says what was read."""
    from plancheck.models import PlanPeriod

    p = plan(None, goals=0).model_copy(update={"plan_period": PlanPeriod(start=2026, end=2030, text="2026–2030")})
    assert severities(p, "plan-has-content") == ["error"]
    (said,) = messages(p, "plan-has-content")
    assert "2026–2030" in said and "Er det en plan" not in said and "bilder" not in said, said
    # nothing read at all (no period either): the question stands
    (said,) = messages(plan(None, goals=0), "plan-has-content")
    assert "Er det en plan" in said
