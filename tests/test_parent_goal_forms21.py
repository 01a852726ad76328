"""Parent goals in printed forms and the evidence of the twenty-first parents batch, on invented
examples: a chapter heading's "for alle" is no answer to a goal for two groups; goals printed as
"KEYWORD – sentence", as "By YEAR, …" ambitions in a table column, and as the lines under a
question heading that asks where, not how; a child column of the parent goals' short names;
a withdrawn action's tag; Swedish and Danish words for immigrants as people."""

from __future__ import annotations

from plancheck.mandate.goalforms import (
    deadline_goals,
    form_goals,
    goal_question,
    keyword_goals,
    question_goals,
)
from plancheck.mandate.parents import (
    EVERYONE,
    assess_parent,
    goal_words,
    heading_words,
    item_keys_of,
    row_name_references,
    withdrawn_cell,
)
from plancheck.models import (
    Block,
    BlockKind,
    Document,
    Goal,
    Measure,
    Plan,
    Provenance,
    Section,
    SourceInfo,
)
from tests.conftest import table_of


def _doc(blocks: list[Block]) -> Document:
    from plancheck.ingest.sections import build_sections

    for i, b in enumerate(blocks):
        b.id = f"b{i}"
        b.provenance = Provenance(page=1, source_text=b.text)
    return Document(path="x.pdf", page_count=1, blocks=blocks, sections=build_sections(blocks))


def _h(text: str, level: int) -> Block:
    return Block(id="", kind=BlockKind.heading, text=text, level=level, bold=True)


def _p(text: str) -> Block:
    return Block(id="", kind=BlockKind.paragraph, text=text)


def _li(text: str) -> Block:
    return Block(id="", kind=BlockKind.list_item, text=text, level=0, bullet="•")


def _sectioned(heading: str, goal_texts: list[str], measure_texts: list[str] = ()) -> Plan:
    return Plan(
        source=SourceInfo(path="x.pdf", format="pdf", sha256="", pages=1),
        title="Plan",
        sections=[Section(id="s1", title=heading, level=1, page=1)],
        goals=[Goal(id=f"g{i}", text=t, page=1, section_id="s1") for i, t in enumerate(goal_texts)],
        measures=[Measure(id=f"m{i}", text=t, page=1, section_id="s1") for i, t in enumerate(measure_texts)],
    )


# ------------------------------------------------------------- a heading's "for alle" is its aim


def test_a_headings_for_alle_answers_no_member_of_a_goal_for_two_groups():
    assert EVERYONE in item_keys_of(goal_words("Boliger for alle", "nb", broader=True))
    assert EVERYONE not in item_keys_of(heading_words("Boliger for alle", "nb"))
    parent = _sectioned("Boliger", ["Det finnes boliger for alle livsfaser, også utleieboliger for unge og eldre."])
    child = _sectioned("Boliger for alle", ["Kommunen skaffer 20 utleieboliger for unge i etableringsfasen."])
    (cov,), _ = assess_parent(child, parent, lang="nb")
    assert cov.status == "partial"
    assert "eldre" in " ".join(cov.missing)


# --------------------------------------------------------------------------- keyword-led goals


def test_keyword_led_paragraphs_are_goals_named_by_their_keyword():
    doc = _doc(
        [
            _h("Strategiska mål", 2),
            _p("Fullmäktige har tre mål. Nämnderna ska visa hur de bidrar till målen."),
            _p("TRYGGHET – I Exempelby känner sig alla trygga där de bor."),
            # the reader joined two paragraphs: each keyword starts a goal
            _p("LIKA CHANSER – Alla elever går ut skolan med godkända betyg. ARBETE – Fler unga har ett jobb."),
        ]
    )
    found = keyword_goals(doc)
    assert [(g.name, g.text) for g in found] == [
        ("TRYGGHET", "I Exempelby känner sig alla trygga där de bor."),
        ("LIKA CHANSER", "Alla elever går ut skolan med godkända betyg."),
        ("ARBETE", "Fler unga har ett jobb."),
    ]


def test_one_keyword_line_or_an_abbreviation_is_no_goal_form():
    assert keyword_goals(_doc([_h("Bakgrund", 2), _p("NAV – Arbeids- og velferdsforvaltningen har kontor her.")])) == []
    doc = _doc([_h("Bakgrund", 2), _p("EU – Unionen sätter ramarna här. FN – Förenta nationerna har mål.")])
    assert keyword_goals(doc) == []


# ------------------------------------------------------------------------ "By YEAR, …" ambitions


def test_dated_ambitions_in_a_table_column_are_goals_named_by_the_first_cell():
    table = table_of(
        ["Ambition", "What we will achieve", "Portfolio"],
        [
            ["Homes", "By 2034, 1,000 new homes have been built in the district.", "Housing"],
            ["Air", "By 2034, every school street is free of idling cars.", "Environment"],
        ],
    )
    doc = _doc([_h("Our ambitions", 2), Block(id="", kind=BlockKind.table, text="", table=table)])
    found = deadline_goals(doc)
    assert [(g.name, g.text[:13]) for g in found] == [("Homes", "By 2034, 1,00"), ("Air", "By 2034, ever")]
    # one dated sentence in a foreword is no form
    assert deadline_goals(_doc([_h("Foreword", 2), _p("By 2030, we will have grown by a fifth, as the census says.")])) == []


# ---------------------------------------------------------------- a question heading over goals


def test_a_where_question_heads_goals_and_a_how_question_does_not():
    assert goal_question("Hvor vil vi hen?")
    assert goal_question("Where do we want to be?")
    assert not goal_question("Hvordan kommer vi derhen?")
    assert not goal_question("How will we get there?")
    assert not goal_question("Hvor vil vi hen")  # no question
    doc = _doc(
        [
            _h("Spor 1: Flere borgere", 2),
            _p("Byen har mistet indbyggere."),
            _h("Hvor vil vi hen?", 3),
            _h("Byen vokser med 800 indbyggere frem mod 2035. Nye borgere føler sig velkomne.", 4),
            _h("Hvordan kommer vi derhen?", 3),
            _li("Flere byggegrunde i byerne"),
        ]
    )
    assert [g.text for g in question_goals(doc)] == [
        "Byen vokser med 800 indbyggere frem mod 2035.",
        "Nye borgere føler sig velkomne.",
    ]
    assert [g.text for g in form_goals(doc)] == [g.text for g in question_goals(doc)]


# --------------------------------------------------------- short-name tags and withdrawn actions


def test_a_column_of_the_parent_goals_short_names_tags_rows_unless_withdrawn():
    goals = [Goal(id="a", text="Alla känner sig trygga."), Goal(id="b", text="Fler har ett arbete.")]
    names = {"a": ["TRYGGHET"], "b": ["ARBETE"]}
    table = table_of(
        ["Insats", "2030", "Strategiskt mål", "Status"],
        [
            ["Trygghetsvandringar i centrum", "X", "TRYGGHET", ""],
            ["Jobbcoachning för unga", "X", "ARBETE", ""],
            ["Fältassistenter på kvällen", "X", "TRYGGHET", "Utgår efter halvårsöversynen"],
        ],
    )
    doc = _doc([_h("Insatser", 2), Block(id="", kind=BlockKind.table, text="", table=table)])
    items = [
        ("m0", "measure", "Trygghetsvandringar i centrum", 1),
        ("m1", "measure", "Jobbcoachning för unga", 1),
        ("m2", "measure", "Fältassistenter på kvällen", 1),
    ]
    assert row_name_references(doc, items, goals, "sv", names) == {0: [0], 1: [1]}
    # without the short names, the header says nothing of the parent plan: no tags
    assert row_name_references(doc, items, goals, "sv") == {}
    assert withdrawn_cell("Withdrawn at the mid-year review; no funding.")
    assert not withdrawn_cell("Contractor appointed; start on site in January.")


def test_swedish_and_danish_immigrants_are_people_a_goal_for_all_is_narrowed_to():
    parent = _sectioned("Arbete", ["Alla som kan arbeta har ett arbete eller studerar."])
    child = _sectioned("Arbete", ["Fler utrikes födda kvinnor ska ha ett arbete eller studera."])
    (cov,), _ = assess_parent(child, parent, lang="sv")
    assert cov.status == "partial"
    assert any(w.who for w in goal_words("Flere indvandrere skal have et job.", "da"))


# --------------------------------------------------------------- a council decision's clauses


def test_the_clauses_of_a_decisions_recommendation_are_the_childs_goals():
    from plancheck.mandate.parents import decision_lead_in, with_stated_goals
    from plancheck.models import Passage

    assert decision_lead_in("Direktionen indstiller, at byrådet godkender handleplanen, herunder at")
    assert decision_lead_in("Kommunstyrelsen föreslår att kommunfullmäktige beslutar att")
    assert not decision_lead_in("Det er vigtigt at.")  # a stop ends it
    assert not decision_lead_in("Byrådet godkender handleplanen.")
    rows = [
        ("heading", "Indstilling"),
        ("paragraph", "Direktionen indstiller, at byrådet godkender handleplanen, herunder at"),
        ("list_item", "der udstykkes 80 nye byggegrunde i byen inden 2031,"),
        ("list_item", "handleplanen evalueres i byrådet i december 2031."),
        ("heading", "Beslutning"),
        ("list_item", "Godkendt uden bemærkninger af udvalget."),
    ]
    plan = Plan(
        source=SourceInfo(path="x.pdf", format="pdf", sha256="", pages=1),
        title="Punkt 7",
        sections=[Section(id="s1", title="Indstilling", level=1, page=1), Section(id="s2", title="Beslutning", level=1, page=1)],
        passages=[
            Passage(id=f"p{i}", kind=kind, text=text, page=1, section_id="s1" if i < 4 else "s2")
            for i, (kind, text) in enumerate(rows)
        ],
    )
    assert [g.text for g in with_stated_goals(plan).goals] == [
        "der udstykkes 80 nye byggegrunde i byen inden 2031,",
        "handleplanen evalueres i byrådet i december 2031.",
    ]


# ------------------------------------------------ the printed form decides the parent's goals


def _keyword_doc() -> Document:
    return _doc(
        [
            _h("Strategiska mål", 2),
            _p("Nämnderna ska visa hur de bidrar till målen."),
            _p("TRYGGHET – I Exempelby känner sig alla trygga där de bor."),
            _p("ARBETE – Fler unga i Exempelby har ett jobb eller studerar."),
        ]
    )


def test_goals_in_a_printed_form_stand_for_the_extractors_when_at_least_as_many():
    from plancheck.mandate.parents import goal_names, parent_goals

    doc = _keyword_doc()
    # the sentence reader took one sentence of the section for a goal; the form gives two
    parent = _sectioned("Strategiska mål", ["Nämnderna ska visa hur de bidrar till målen."])
    goals = parent_goals(parent, doc)
    assert [g.text for g in goals] == [
        "I Exempelby känner sig alla trygga där de bor.",
        "Fler unga i Exempelby har ett jobb eller studerar.",
    ]
    # the keyword printed with each is its short name, by which a child's column tags it
    names = goal_names(parent, goals, doc)
    assert [names.get(g.id) for g in goals] == [["TRYGGHET"], ["ARBETE"]]
    # fewer goals in the form than the extractor read: the extractor's goals stay
    more = _sectioned("Strategiska mål", ["Mål ett för alla.", "Mål två för alla.", "Mål tre för alla."])
    assert [g.text for g in parent_goals(more, doc)] == [g.text for g in more.goals]


def test_a_focus_areas_for_alle_answers_no_member_of_a_goal_for_two_groups():
    from plancheck.models import FocusArea

    parent = _sectioned("Boliger", ["Det finnes boliger for alle livsfaser, også utleieboliger for unge og eldre."])
    child = _sectioned("Boligtiltak", ["Kommunen skaffer 20 utleieboliger for unge i etableringsfasen."])
    # the child's focus area, not its chapter heading, is the one that says "for alle"
    child = child.model_copy(
        update={"focus_areas": [FocusArea(id="f0", text="Boliger for alle livsfaser", page=1, section_id="s1")]}
    )
    (cov,), _ = assess_parent(child, parent, lang="nb")
    assert cov.status == "partial"
    assert "eldre" in " ".join(cov.missing)
