"""Goals set in bold and so read as headings (a Word paragraph wholly in bold, a PDF line in
bold at body size): a short label-and-sentence heading is the labelled goal, a number that
counts something in the sentence is no heading number, a bold sentence under a goal heading
that names only a topic is that goal's text; and the rød tråd reads a chapter with the
sections under it. Hand-built blocks and plans, invented wording."""

from __future__ import annotations

from plancheck.extract.plan import _label_number
from plancheck.extract.roles import heading_role
from plancheck.mandate.parents import assess_parent, chapter_items
from plancheck.models import Block, BlockKind, Goal, Measure, Plan, Section, SourceInfo
from tests.conftest import plan_of_blocks, table_of


def _h(text: str, level: int) -> Block:
    return Block(id="", kind=BlockKind.heading, text=text, level=level, bold=True)


def _p(text: str) -> Block:
    return Block(id="", kind=BlockKind.paragraph, text=text)


def _measures(*rows: tuple[str, str, str]) -> Block:
    return Block(id="", kind=BlockKind.table, text="", table=table_of(["Tiltak", "Ansvar", "Frist"], [list(r) for r in rows]))


# --------------------------------------------------------------------------- a label and a short sentence


def test_a_label_and_a_short_whole_sentence_is_the_labelled_goal():
    assert heading_role("Delmål: Flere skal sykle til jobben.") == ("sub_goal", "Flere skal sykle til jobben.")
    # a role heading's tail is a phrase, no sentence: the heading announces goals
    assert heading_role("Mål – hva vil vi oppnå")[1] == ""


def test_short_labelled_goal_headings_each_give_a_goal():
    blocks = [
        _h("Trafikk og miljø", 1),
        _h("Delmål: Flere skal sykle til jobben.", 2),
        _measures(("Nye sykkelparkeringer ved rådhuset", "Teknisk etat", "2027")),
        _h("Delmål: Færre skal kjøre alene i bil hver dag til arbeidsplassen sin i sentrum.", 2),
        _measures(("Samkjøringsapp for de ansatte", "Personalavdelingen", "2028")),
    ]
    plan = plan_of_blocks(blocks, "nb")
    assert [g.text for g in plan.goals] == [
        "Flere skal sykle til jobben.",
        "Færre skal kjøre alene i bil hver dag til arbeidsplassen sin i sentrum.",
    ]


# --------------------------------------------------------------------------- a quantity is no heading number


def test_a_number_that_counts_is_no_heading_number():
    sentence = "Energibruken i byggene skal ned med 30 prosent innen 2032."
    assert _label_number(f"Delmål: {sentence}", sentence) is None
    assert _label_number(sentence) is None
    assert _label_number("Kutte 15 % av utslippene") is None
    assert _label_number("Bygge 12 km turvei") is None
    assert _label_number("Strategi 4: Bygge 12 km turvei", "Bygge 12 km turvei") == "4"
    assert _label_number("Innsatsområde 2") == "2"


def test_a_labelled_goal_with_a_percentage_has_no_number():
    blocks = [
        _h("Klima", 1),
        _h("Delmål: Energibruken i kommunens bygg skal ned med 30 prosent innen 2032.", 2),
        _measures(("Varmepumper i skolene", "Eiendom", "2029")),
    ]
    (goal,) = plan_of_blocks(blocks, "nb").goals
    assert goal.number is None


# --------------------------------------------------------------------------- a bold sentence under a topic goal


def test_a_bold_sentence_under_a_numbered_topic_goal_is_its_text():
    blocks = [
        _h("Mål og tiltak", 1),
        _h("Mål 1 Idrett", 2),
        _p("Overordnet plan: «Alle skal kunne drive med idrett»"),
        _h("Alle barn skal ha et idrettslag i nærheten av skolen.", 3),
        _measures(("Gratis leie av gymsaler", "Kultursjefen", "2027")),
        _h("Mål 2 Kultur", 2),
        _h("Flere skal gå på konserter og teater i kommunen.", 3),
        _measures(("Billige billetter for ungdom", "Kultursjefen", "2028")),
    ]
    plan = plan_of_blocks(blocks, "nb")
    assert [(g.number, g.text) for g in plan.goals] == [
        ("1", "Alle barn skal ha et idrettslag i nærheten av skolen."),
        ("2", "Flere skal gå på konserter og teater i kommunen."),
    ]
    first, second = plan.goals
    assert [m.goal_ids for m in plan.measures] == [[first.id], [second.id]]


def test_a_goal_heading_that_states_its_sentence_keeps_it():
    blocks = [
        _h("Mål 1: Alle barn skal ha et idrettslag i nærheten av skolen.", 2),
        _h("Flere skal gå på konserter og teater i kommunen.", 3),
        _measures(("Billige billetter for ungdom", "Kultursjefen", "2028")),
    ]
    texts = [g.text for g in plan_of_blocks(blocks, "nb").goals]
    assert texts[0] == "Alle barn skal ha et idrettslag i nærheten av skolen."


# --------------------------------------------------------------------------- the rød tråd reads chapters whole


def test_a_chapter_holds_the_items_of_its_sub_sections():
    sections = [
        Section(id="a", title="Helse", level=1),
        Section(id="b", title="Delmål: …", level=2, parent_id="a"),
        Section(id="c", title="Delmål: …", level=2, parent_id="a"),
        Section(id="d", title="Klima", level=1),
    ]
    got = chapter_items(sections, {"b": [1, 2], "c": [3], "d": [4]})
    assert got["a"] == [1, 2, 3] and got["b"] == [1, 2] and got["d"] == [4]


def _plan(sections: list[Section], goals: list[tuple[str, str]], measures: list[tuple[str, str, str]]) -> Plan:
    return Plan(
        source=SourceInfo(path="x.pdf", format="pdf", sha256="", pages=1),
        title="Plan",
        language="nb",
        sections=sections,
        goals=[Goal(id=f"g{i}", text=t, page=1, section_id=s) for i, (t, s) in enumerate(goals)],
        measures=[
            Measure(id=f"m{i}", text=t, page=1, section_id=s, goal_ids=[gid])
            for i, (t, s, gid) in enumerate(measures)
        ],
    )


def test_the_focus_area_chapter_counts_with_its_sub_sections():
    # the child section of the goal's focus area answers the goal at least as well when its
    # goals and measures stand under sub-headings of their own as when they stand right in it
    parent = _plan([Section(id="p1", title="Beredskap og samfunnssikkerhet", level=1)],
                   [("Kommunen skal være forberedt på kriser og ulykker.", "p1")], [])
    goals = ["Strømmen skal holde på sykehjemmet.", "Beredskapsrådet skal øve hvert år."]
    measures = ["Nye aggregater på sykehjemmet", "Årlig øvelse for beredskapsrådet"]
    flat = _plan([Section(id="s1", title="Beredskap", level=1)], [(t, "s1") for t in goals],
                 [(t, "s1", f"g{i}") for i, t in enumerate(measures)])
    nested = _plan(
        [
            Section(id="s1", title="Beredskap", level=1),
            Section(id="s2", title="Første del", level=2, parent_id="s1"),
            Section(id="s3", title="Andre del", level=2, parent_id="s1"),
        ],
        [(goals[0], "s2"), (goals[1], "s3")],
        [(measures[0], "s2", "g0"), (measures[1], "s3", "g1")],
    )
    (whole,), _ = assess_parent(flat, parent, lang="nb")
    (under,), _ = assess_parent(nested, parent, lang="nb")
    assert whole.evidence and under.evidence
    assert under.status == whole.status
    assert under.evidence[0].score >= whole.evidence[0].score


# --------------------------------------------------------------------------- a heading as a sentence


def test_a_question_under_a_focus_area_label_is_no_goal():
    """A heading under "Innsatsområde 2: …" is read as the area's aim when it is one sentence with
    a modal verb, with or without its full stop; a question ("Hva skal vi gjøre …?") has a modal
    too but states no aim. Every heading-as-sentence reader ends it the same way."""
    def goals(second: str) -> list[str]:
        blocks = [
            _h("Innsatsområde 2: Nærvær", 1),
            _h(second, 2),
            _p("Sykefraværet i kommunen har økt de siste årene."),
            _measures(("Nærværsprosjekt i hjemmetjenesten", "Personalsjefen", "2027")),
        ]
        return [g.text for g in plan_of_blocks(blocks, "nb").goals]

    assert goals("Sykefraværet skal ned med to prosentpoeng innen 2028") == [
        "Sykefraværet skal ned med to prosentpoeng innen 2028"]
    assert goals("Sykefraværet skal ned med to prosentpoeng innen 2028!") == [
        "Sykefraværet skal ned med to prosentpoeng innen 2028!"]
    assert goals("Hva skal vi gjøre for å få ned sykefraværet?") == []
