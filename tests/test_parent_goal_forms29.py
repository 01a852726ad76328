"""Parent goals in a balanced-scorecard matrix and as residents' first-person outcome lines, and goals a
child hands to another plan by number or by matrix row (session 31, parents-blind29), on small
hand-built documents."""

from __future__ import annotations

from plancheck.mandate.goalforms import first_person_goals, form_goals, perspective_matrix_goals
from plancheck.mandate.parents import handed_on_goals, link_goals
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


def _doc(blocks: list[tuple[str, str]], lang: str | None = None) -> Document:
    """A one-page document of (kind, text) blocks, one section per heading; a "table" block's text
    is ignored and its table is set by the caller."""
    out: list[Block] = []
    sections: list[Section] = []
    sid = "s0"
    for n, (kind, text) in enumerate(blocks, start=1):
        if kind == "heading":
            sid = f"s{n}"
            sections.append(Section(id=sid, title=text, level=2, page=1))
        out.append(Block(id=f"b{n}", kind=BlockKind(kind), text=text, provenance=Provenance(page=1), section_id=sid))
    return Document(path="x.pdf", page_count=1, sections=sections, blocks=out, language=lang)


def _with_table(header: list[str], rows: list[list[str]], lang: str | None = None) -> Document:
    doc = _doc([("heading", "Styringskort"), ("paragraph", "Kommunestyret styrer med balansert målstyring.")], lang)
    doc.blocks.append(
        Block(id="b9", kind=BlockKind.table, text="", provenance=Provenance(page=1), section_id="s1",
              table=table_of(header, rows))
    )
    return doc


SCORECARD = (
    ["Tenesteområde", "Brukar", "Medarbeidar", "Økonomi", "Samfunn"],
    [["Kultur", "Alle barn kan gå i kulturskulen same kor dei bur.", "Alle tilsette i kulturskulen har fagutdanning.",
      "Kultur driv innanfor budsjettramma.", "Fleire lag og foreiningar får lokale i bygdene."],
     ["Teknisk", "Vegane er opne heile vinteren.", "–", "Gebyra dekkjer alle kostnadene.", "Fleire bur nær ein busshaldeplass."]],
)


def test_every_filled_cell_of_a_scorecard_matrix_is_a_goal_with_its_row_as_scope():
    found = perspective_matrix_goals(_with_table(*SCORECARD))
    assert len(found) == 7  # the '–' cell holds none
    assert (found[0].name, found[0].scope) == ("Kultur – Brukar", "Kultur")
    assert found[4].text == "Vegane er opne heile vinteren." and found[4].scope == "Teknisk"
    # the printed form wins over anything a sentence reader found
    assert [g.text for g in form_goals(_with_table(*SCORECARD))] == [g.text for g in found]


def test_a_matrix_with_the_perspectives_down_its_first_column_reads_the_same():
    found = perspective_matrix_goals(_with_table(
        ["Perspektiv", "Utbildning", "Vård och omsorg"],
        [["Medborgare", "Alla elever känner sig trygga i skolan.", "Äldre får hjälp av samma personal varje vecka."],
         ["Medarbetare", "Alla lärare är behöriga i sina ämnen.", "Fler undersköterskor arbetar heltid."],
         ["Ekonomi", "Utbildningsnämnden håller sin budgetram.", "–"]],
    ))
    assert [(g.scope, g.text) for g in found][:2] == [
        ("Utbildning", "Alla elever känner sig trygga i skolan."),
        ("Vård och omsorg", "Äldre får hjälp av samma personal varje vecka."),
    ]
    assert len(found) == 5


def test_a_perspective_column_beside_measures_states_no_goal():
    """A child's "Perspektiv | Tiltak | Ansvar" table names the perspectives but holds measures."""
    doc = _with_table(
        ["Perspektiv", "Tiltak", "Ansvar"],
        [["Brukar", "Alle elevar får ein samtale med kontaktlæraren kvar månad.", "Rektor"],
         ["Medarbeidar", "Fire lærarar tek vidareutdanning i matematikk.", "Kommunalsjef"],
         ["Økonomi", "Månadleg økonomirapport til kvar rektor.", "Økonomiavdelinga"]],
    )
    assert perspective_matrix_goals(doc) == []


def test_a_table_with_one_perspective_word_is_no_matrix():
    doc = _with_table(
        ["Område", "Økonomi", "Merknad"],
        [["Skule", "Skulane driv innanfor ramma i år.", "Ny rektor."],
         ["Barnehage", "Barnehagane går med overskot i år.", "Opptak i mars."],
         ["Helse", "Helse driv med underskot i år.", "Meir sjukefråvær."]],
    )
    assert perspective_matrix_goals(doc) == []


I_STATEMENTS = [
    ("heading", "What residents will be able to say"),
    ("paragraph", "We asked residents what matters most to them."),
    ("list_item", "I feel safe in my street, day and night."),
    ("list_item", "I can find work that pays enough to live on."),
    ("list_item", "My children can walk to a good school."),
    ("heading", "Our promises"),
    ("list_item", "We will answer your letters within ten days."),
    ("list_item", "We will publish what we spend every month."),
    ("list_item", "We will listen before we decide anything."),
]


def test_a_run_of_i_statements_is_the_plan_s_outcomes_not_the_we_will_promises():
    found = first_person_goals(_doc(I_STATEMENTS, "en"))
    assert [g.text for g in found] == [
        "I feel safe in my street, day and night.",
        "I can find work that pays enough to live on.",
        "My children can walk to a good school.",
    ]


def test_first_person_statements_in_swedish_and_two_are_no_run():
    sv = [("heading", "Det här ska invånarna kunna säga"),
          ("list_item", "Jag kan ta bussen till jobbet varje dag."),
          ("list_item", "Mitt barn har en vuxen att prata med i skolan."),
          ("list_item", "Jag känner mig trygg i centrum på kvällen.")]
    assert len(first_person_goals(_doc(sv, "sv"))) == 3
    assert first_person_goals(_doc(sv[:3], "sv")) == []


def test_the_nordic_preposition_i_opens_no_first_person_statement():
    nb = [("heading", "Status"),
          ("paragraph", "I 2030 er det 4 000 flere eldre i kommunen."),
          ("paragraph", "I sentrum er det stor mangel på boliger."),
          ("paragraph", "I bygdene er skolene små og sårbare.")]
    assert first_person_goals(_doc(nb, "nb")) == []


def _goal(ident: str, text: str, number: str | None = None) -> Goal:
    return Goal(id=ident, text=text, page=1, number=number)


def test_a_goal_handed_on_by_its_number_or_its_matrix_row_is_found():
    child = _doc([
        ("heading", "Innleiing"),
        ("paragraph", "Planen følgjer opp oppvekst-rada. Måla for helse og omsorg blir følgde opp i verksemdsplanen for helse og omsorg."),
        ("paragraph", "Mål 3.2 om reiselivet følges opp i strategisk næringsplan og har ingen tiltak."),
    ])
    goals = [_goal("a", "Eldre kan bu heime."), _goal("b", "Alle elevar trivst."), _goal("c", "Reiselivet gir arbeid.", "3.2"),
             _goal("d", "Fleire lærlingar.", "3.1"), _goal("e", "Myrene er bevart.", "3.2.1")]
    scopes = {"a": "Helse og omsorg", "b": "Oppvekst"}
    assert handed_on_goals(child, goals, scopes) == {"a", "c"}


def test_a_handed_on_line_read_as_a_goal_is_no_child_goal():
    plan = Plan(
        source=SourceInfo(path="x.pdf", format="pdf", sha256="0", pages=1), language="nb",
        goals=[_goal("g1", "om reiselivet følges opp i strategisk næringsplan og har ingen tiltak")],
        measures=[Measure(id="m1", text="Antall lærlingplasser i kommunen økes fra 12 til 20", page=1)],
    )
    assert [x.id for x in link_goals(plan)] == ["m1"]


def test_the_lines_of_a_budget_change_table_are_the_child_s_measures():
    from plancheck.mandate.parents import budget_lines, with_budget_lines

    doc = _doc([("heading", "Förändringar i budgetramen, tkr")])
    doc.blocks.append(Block(
        id="b9", kind=BlockKind.table, text="", provenance=Provenance(page=1), section_id="s1",
        table=table_of(
            ["Förändring", "2058", "2059", "2060", "Koppling till Mål och budget"],
            [["Tre nya speciallärartjänster i grundskolan", "2 100", "2 100", "2 100", "Utbildning"],
             ["Två förskoleavdelningar stängs", "−3 200", "−3 200", "−3 200", "Ekonomi"],
             ["Lönerevision 2058", "5 400", "5 400", "5 400", "–"]],
        ),
    ))
    lines = budget_lines(doc)
    assert [(t, a) for _i, t, _p, _s, a in lines] == [
        ("Tre nya speciallärartjänster i grundskolan", "2 100"),
        ("Två förskoleavdelningar stängs", "−3 200"),
        ("Lönerevision 2058", "5 400"),
    ]
    plan = Plan(source=SourceInfo(path="x.pdf", format="pdf", sha256="0", pages=1), language="sv")
    child = with_budget_lines(plan, doc)
    assert [m.cost for m in child.measures] == ["2 100", "−3 200", "5 400"]
    # a pay rise of two words is still one of the lines the plan is asked to link
    assert "Lönerevision 2058" in [m.text for m in link_goals(child)]


def test_a_table_of_one_year_or_of_words_under_years_is_no_budget():
    from plancheck.mandate.parents import budget_lines

    doc = _doc([("heading", "Tiltak")])
    doc.blocks.append(Block(
        id="b9", kind=BlockKind.table, text="", provenance=Provenance(page=1), section_id="s1",
        table=table_of(
            ["Tiltak", "2059", "2060"],
            [["Nye lærlingplasser i kommunen", "Planlegging", "Oppstart"],
             ["Kartlegging av myrene", "x", ""]],
        ),
    ))
    assert budget_lines(doc) == []


def test_an_area_heading_names_the_goal_set_as_a_heading_under_it_without_its_label():
    from plancheck.mandate.goalforms import heading_names, sentence_heading_goals

    doc = _doc([
        ("heading", "Priority: Housing"), ("heading", "Everyone in the borough has a safe and affordable home."),
        ("paragraph", "Rents have risen by a third."),
        ("heading", "Priority: Clean streets"), ("heading", "Streets and parks are clean and free of litter."),
        ("heading", "Priority: Young people"), ("heading", "Young people have good places to go after school."),
    ])
    for b in doc.blocks:
        b.level = 3 if b.text.endswith(".") else 2
    found = sentence_heading_goals(doc)
    assert [(g.name, g.text) for g in found] == [
        ("Housing", "Everyone in the borough has a safe and affordable home."),
        ("Clean streets", "Streets and parks are clean and free of litter."),
        ("Young people", "Young people have good places to go after school."),
    ]
    sections = [
        Section(id="a", title="Målområde Utbildning", level=3, page=1),
        Section(id="a1", title="Alla elever når kunskapsmålen.", level=4, page=1, parent_id="a"),
        Section(id="b", title="Målområde Trygghet", level=3, page=1),
        Section(id="b1", title="Rävsjö är en trygg kommun att bo i.", level=4, page=1, parent_id="b"),
    ]
    goals = [Goal(id="g1", text="Alla elever når kunskapsmålen.", page=1, section_id="a1"),
             Goal(id="g2", text="Rävsjö är en trygg kommun att bo i.", page=1, section_id="b1")]
    assert heading_names(goals, sections) == {"g1": "Utbildning", "g2": "Trygghet"}


def test_key_figures_by_year_are_no_budget_lines():
    """A child's "Nøkkeltall" table (an indicator per row, a figure per year) holds no measures."""
    from plancheck.mandate.parents import budget_lines

    for header in (["Indikator", "2030", "2031", "2032"], ["Nøkkeltall", "2030", "2031", "2032"]):
        doc = _doc([("heading", "Nøkkeltall")])
        doc.blocks.append(Block(
            id="b9", kind=BlockKind.table, text="", provenance=Provenance(page=1), section_id="s1",
            table=table_of(header, [["Innbyggere 1. januar", "6 421", "6 409", "6 398"],
                                    ["Nedbygd dyrket mark (dekar)", "12", "9", "14"]]),
        ))
        assert budget_lines(doc) == []
