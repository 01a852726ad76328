"""Three ways a goal was called followed up that is not (issue 11 part 4, session 35), on
invented examples: a theme's citation whose goal the shared words chose, an end state answered
by one measure, a setting answered only apart from what the goal asks there."""

from __future__ import annotations

from plancheck.mandate.parents import (
    DEFAULT_PARENT_SETTINGS,
    Concern,
    assess_parent,
    concerns,
    end_state_goal,
    goal_words,
    setting_apart,
    setting_concern,
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


def _plan(sections=(), goals=(), measures=()) -> Plan:
    return Plan(source=SourceInfo(path="x.pdf", format="pdf", sha256="", pages=1), title="Plan",
                sections=list(sections), goals=list(goals), measures=list(measures))


def _doc(blocks: list[Block]) -> Document:
    from plancheck.ingest.sections import build_sections

    for i, b in enumerate(blocks):
        b.id = f"b{i}"
        b.provenance = Provenance(page=1, source_text=b.text)
    return Document(path="x.pdf", page_count=1, blocks=blocks, sections=build_sections(blocks))


def test_an_end_state_in_five_languages_and_the_noun_after_an_article_is_none():
    for text in ("End rough sleeping in the district.", "Eliminate child poverty", "Ingen skal stå utenfor fellesskapet.",
                 "avskaffe bostadsløysa", "Inga barn ska leva i fattigdom", "udrydde hjemløshed", "No one goes hungry."):
        assert end_state_goal(text), text
    for text in ("Deliver 600 homes by the end of the period.", "Flere skal bo hjemme lenger.", "A weekend club for young people"):
        assert not end_state_goal(text), text


def test_settings_are_coordinated_phrases_each_under_its_own_preposition():
    from plancheck.mandate.parents import setting_spans

    def spans(t):
        return [t[a:b] for a, b in setting_spans(t)]

    assert spans("Barn skal ha det trygt både i skolen og på fritida.") == ["skolen", "fritida"]
    assert spans("Barn ska känna sig trygga i förskolan, i skolan och på fritiden.") == ["förskolan", "skolan", "fritiden"]
    assert spans("Children are safe at school and in the community") == ["school", "the community"]
    # one phrase, or two nouns under one preposition, is the goal's own words
    for t in ("Flere skal ha arbeid i privat sektor.", "Alle born skal få ein god start i barnehage og skule.",
              "Foreldre skal være trygge i foreldrerollen."):
        assert spans(t) == [], t


def test_a_setting_is_a_concern_after_a_place_preposition():
    text = "Barn og unge skal ha et trygt oppvekstmiljø, både i skolen og på fritida."
    cs = concerns(goal_words(text, "nb"), text)
    assert [setting_concern(c, text) for c in cs][-1] is True
    text = "Children are safe both at school and in the community"
    cs = concerns(goal_words(text, "en"), text)
    assert setting_concern(cs[-1], text)


def test_a_setting_answered_only_by_an_item_for_something_else_holds_the_goal():
    text = "Barn og unge skal ha et trygt oppvekstmiljø, både i skolen og på fritida."
    words = goal_words(text, "nb")
    cs = concerns(words, text)
    items = [("m1", "measure", "Trygt oppvekstmiljø på skolen med et beredskapsteam", 1),
             ("m2", "measure", "Gratis utstyr til fritiden for barn i familier med lav inntekt", 1),
             ("m3", "measure", "Trygt oppvekstmiljø i fritiden med natteravner", 1)]
    keys = [set().union(*(w.whole | w.parts for w in goal_words(t, "nb"))) for _i, _k, t, _p in items]
    judged = [(c, True) for c in cs]
    scored = [(0.7, [], 0), (0.5, [], 1)]
    assert setting_apart(text, judged, scored, items, keys, {}, DEFAULT_PARENT_SETTINGS)
    # an item that holds the setting with what the goal asks answers it
    assert not setting_apart(text, judged, [*scored, (0.6, [], 2)], items, keys, {}, DEFAULT_PARENT_SETTINGS)
    assert isinstance(cs[0], Concern)
    # an item naming the goal's settings together answers them as a whole
    text = "Alle barn skal ha en god oppvekst, hjemme, i barnehagen og på skolen."
    cs = concerns(goal_words(text, "nb"), text)
    items = [("g1", "goal", "Ingen barn skal bli mobbet, verken i barnehagen eller på skolen.", 1)]
    keys = [set().union(*(w.whole | w.parts for w in goal_words(items[0][2], "nb")))]
    assert not setting_apart(text, [(c, True) for c in cs], [(0.6, [], 0)], items, keys, {}, DEFAULT_PARENT_SETTINGS, "nb")


def _homes_pair():
    sections = [Section(id="s1", title="Theme 1: Housing and open spaces", level=2)]
    goals = [Goal(id="g1", text="Build 400 new homes for social rent.", section_id="s1"),
             Goal(id="g2", text="Improve the upkeep of council play areas.", section_id="s1"),
             Goal(id="g3", text="Make town parks greener and safer.", section_id="s1")]
    rows = [["Housing and open spaces", "Build 120 homes for social rent at the old depot", "Housing"],
            ["Housing and open spaces", "Open two new play areas", "Parks"]]
    measures = [Measure(id=f"m{i}", text=r[1]) for i, r in enumerate(rows)]
    child_doc = _doc([Block(id="", kind=BlockKind.table, text="", table=table_of(["Council Plan theme", "Action", "Lead"], rows))])
    parent_doc = _doc([Block(id="", kind=BlockKind.heading, text="Theme 1: Housing and open spaces", level=2)]
                      + [Block(id="", kind=BlockKind.list_item, text=g.text, level=0) for g in goals])
    return _plan(goals=[], measures=measures), _plan(sections, goals), child_doc, parent_doc


def test_a_theme_citation_chosen_by_a_shared_word_does_not_lift_an_unanswered_concern():
    child, parent, cdoc, pdoc = _homes_pair()
    cov, _ = assess_parent(child, parent, lang="en", child_doc=cdoc, parent_doc=pdoc)
    status = {c.text: getattr(c.status, "value", c.status) for c in cov}
    assert status["Improve the upkeep of council play areas."] != "followed_up"


# ------------------------------------------------- a child's coded commitments (not a status)


def test_coded_lines_of_one_series_are_a_childs_measures_when_nothing_else_is_read():
    from plancheck.mandate.goalforms import coded_line_items
    from plancheck.mandate.parents import with_coded_measures

    def h(t):
        return Block(id="", kind=BlockKind.heading, text=t, level=2)

    def p(t):
        return Block(id="", kind=BlockKind.paragraph, text=t)

    doc = _doc([h("1 Inledning"), p("Planen visar hur nämnden bidrar till fullmäktiges mål."),
                h("2 Lärande"), h("Nämndens åtaganden"),
                p("Å 1 Införa en läsgaranti i förskoleklass."),
                p("Å 2 Erbjuda lovskola i matematik för elever i årskurs 9. Å 3 Genomföra trygghetsvandringar på alla skolor."),
                h("3 Miljö"), p("T4 is no part of the series.")])
    assert [(g.number, g.text) for g in coded_line_items(doc)] == [
        ("Å1", "Införa en läsgaranti i förskoleklass."),
        ("Å2", "Erbjuda lovskola i matematik för elever i årskurs 9."),
        ("Å3", "Genomföra trygghetsvandringar på alla skolor."),
    ]
    child = with_coded_measures(_plan(), doc)
    assert len(child.measures) == 3
    # a measure read is kept; two coded lines are no series; a year is no code
    assert with_coded_measures(_plan(measures=[Measure(id="m", text="Bygge nytt bibliotek i sentrum")]), doc).measures[0].id == "m"
    assert coded_line_items(_doc([p("I 20 Bygge en ny skole."), p("I 21 Bygge en ny hall.")])) == []
