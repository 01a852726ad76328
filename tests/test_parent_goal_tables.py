"""Goals stated in tables without measures (``Nr. | Mål | Indikator``, ``Delmål | Indikator |
I dag | 2029``) and the verb of a goal statement, on small hand-built inputs."""

from __future__ import annotations

import pytest

from plancheck.extract.plan import build_plan
from plancheck.extract.tables import goal_table, table_roles
from plancheck.mandate.parents import goal_score, goal_words, item_keys_of, modal_verbs
from plancheck.models import Block, BlockKind, Document, Provenance, Section, Table
from tests.conftest import table_of

_table = table_of


def _doc(blocks: list[tuple[BlockKind, str, Table | None]]) -> Document:
    return Document(
        path="x.pdf",
        page_count=1,
        sections=[Section(id="s1", title="1 Oppvekst og læring", level=1, page=1)],
        blocks=[
            Block(
                id=f"b{i}",
                kind=kind,
                text=text,
                provenance=Provenance(page=1),
                section_id="s1",
                table=table,
            )
            for i, (kind, text, table) in enumerate(blocks)
        ],
    )


GOAL_TABLE = _table(
    ["Nr.", "Mål", "Indikator"],
    [
        ["1.1", "Alle barn og unge skal ha en trygg oppvekst.", "Andel elever som opplever mobbing"],
        ["1.2", "Flere ungdommer skal fullføre videregående opplæring.", "Andel som fullfører"],
    ],
)


def test_a_goal_table_without_measures_yields_one_goal_per_row_with_its_indicator():
    doc = _doc(
        [
            (BlockKind.heading, "1 Oppvekst og læring", None),
            (BlockKind.paragraph, "Kommunen har gode skoler.", None),
            (BlockKind.table, "", GOAL_TABLE),
        ]
    )
    plan = build_plan(doc, lang="nb")
    texts = [g.text for g in plan.goals]
    assert texts == [
        "Alle barn og unge skal ha en trygg oppvekst.",
        "Flere ungdommer skal fullføre videregående opplæring.",
    ]
    assert [g.number for g in plan.goals] == ["1.1", "1.2"]
    assert not plan.measures  # the indicator is not a measure
    by_goal = {i.goal_ids[0]: i.text for i in plan.indicators}
    assert by_goal[plan.goals[0].id] == "Andel elever som opplever mobbing"
    assert plan.goals[0].provenance.page == 1
    assert "Andel elever" in (plan.goals[0].provenance.source_text or "")


def test_the_value_columns_of_a_goal_table_are_kept_with_its_indicator():
    table = _table(
        ["Delmål", "Indikator", "I dag", "2029"],
        [["Færre elever skal oppleve mobbing på skolen.", "Andel mobbet", "8 %", "5 %"]],
    )
    plan = build_plan(_doc([(BlockKind.table, "", table)]), lang="nb")
    assert [g.text for g in plan.goals] == ["Færre elever skal oppleve mobbing på skolen."]
    assert plan.indicators[0].text == "Andel mobbet (I dag: 8 %; 2029: 5 %)"
    assert plan.indicators[0].goal_ids == [plan.goals[0].id]


@pytest.mark.parametrize(
    "header",
    [
        ["Indikator", "Senast uppmätta värde", "Mål 2022"],  # a goal word inside a value header
        ["Nämnd", "Mål för nämndens verksamhet", "Indikator"],  # goals quoted from others
        ["City", "Goal"],  # a goal column alone: a comparison of others' goals
        ["Mål", "Tiltak", "Indikator"],  # a measure column: a measure table
        ["Mål", "Ansvar"],  # an owner column: the goals are someone's tasks
    ],
)
def test_only_a_goal_column_named_by_a_goal_word_beside_a_number_or_indicator(header):
    assert not goal_table(header, table_roles(header))


def test_a_goal_table_header_is_recognised():
    for header in (
        ["Nr.", "Mål", "Indikator"],
        ["Delmål", "Indikator", "I dag", "2029"],
        ["Mål", "Strategiar"],
    ):
        assert goal_table(header, table_roles(header))


def test_the_strategy_cell_of_a_goal_table_is_a_strategy_of_the_rows_goal():
    table = _table(
        ["Mål", "Strategiar"],
        [
            ["Landbruket skal vere ei livskraftig næring.", "Støtte investeringar og rekruttering."],
            ["Reiselivet skal skape fleire arbeidsplassar.", "Samarbeide med destinasjonsselskapet."],
        ],
    )
    plan = build_plan(_doc([(BlockKind.table, "", table)]), lang="nn")
    assert [g.text for g in plan.goals] == [
        "Landbruket skal vere ei livskraftig næring.",
        "Reiselivet skal skape fleire arbeidsplassar.",
    ]
    assert [(s.text, s.goal_ids) for s in plan.strategies] == [
        ("Støtte investeringar og rekruttering.", [plan.goals[0].id]),
        ("Samarbeide med destinasjonsselskapet.", [plan.goals[1].id]),
    ]
    assert not plan.measures and not plan.indicators


def test_a_goal_table_repeating_goals_already_read_adds_none_and_skips_figures():
    table = _table(
        ["Nr.", "Mål", "Indikator"],
        [
            ["1", "Alle barn og unge skal ha en trygg oppvekst.", "Mobbing"],
            ["2", "100 %", "Andel"],
        ],
    )
    doc = _doc(
        [
            (BlockKind.heading, "Mål", None),
            (BlockKind.list_item, "Alle barn og unge skal ha en trygg oppvekst.", None),
            (BlockKind.table, "", table),
        ]
    )
    plan = build_plan(doc, lang="nb")
    assert [g.text for g in plan.goals].count("Alle barn og unge skal ha en trygg oppvekst.") == 1
    assert all("100" not in g.text for g in plan.goals)


def test_the_verb_after_a_goals_modal_is_marked():
    from plancheck.mandate import text as T

    found = T.terms("Eldre skal kunne bu heime lenge, og flere skal fullføre skolen.", "nb")
    assert sorted(found[i].surface for i in modal_verbs(found)) == ["bu", "fullføre"]
    words = goal_words("Flere ungdommer skal fullføre videregående opplæring.", "nb")
    assert [w.surface for w in words if w.verb] == ["fullføre"]


def test_an_item_sharing_only_the_goals_verb_has_not_named_its_object():
    goal = goal_words("Flere ungdommer skal fullføre videregående opplæring.", "nb")
    renovation = item_keys_of(
        goal_words("Fullføre renovering av ungdomsskolen", "nb", broader=True)
    )
    assert goal_score(goal, renovation, {})[0] == 0.0
    answer = item_keys_of(
        goal_words("Oppfølging av elever som står i fare for å ikke fullføre videregående opplæring", "nb", broader=True)
    )
    assert goal_score(goal, answer, {})[0] > 0.6


@pytest.mark.parametrize(
    "sentence, goal",
    [
        ("Nye idrettsanlegg skal vere universelt utforma.", True),
        ("Alle barn skal ha en trygg oppvekst.", True),
        # the modal in a subordinate clause, the plan or a pronoun for it as the subject
        ("Handlingsdelen viser hva kommunen skal gjøre de neste fire årene.", False),
        ("Trygge vegar er viktige for at born skal gå og sykle til skulen.", False),
        ("Planen skal rulleres hvert år.", False),
        ("Den skal legges fram for kommunestyret.", False),
        # "vil" is what someone wants, not what the plan sets
        ("Mange bedrifter vil kutte strømbruk og utslipp, men mangler kunnskap.", False),
        # a formal subject right before the modal: a main clause
        ("Der skal være faste busafgange mellem landsbyerne.", True),
        ("There shall be a bus to every village each hour.", True),
        # "der" further in opens a subordinate clause
        ("Der det er behov, skal kommunen bygge fortau.", False),
    ],
)
def test_the_first_sentence_of_a_paragraph_as_a_goal(sentence, goal):
    from plancheck.mandate.parents import topic_goal

    assert topic_goal(sentence) is goal


def test_an_unlabelled_paragraph_opening_with_a_goal_states_a_child_goal():
    from plancheck.mandate.parents import goal_statements

    text = "Nye idrettsanlegg skal vere universelt utforma. Salen kan brukast til dans og turn."
    assert goal_statements(text, "paragraph") == ["Nye idrettsanlegg skal vere universelt utforma."]
    assert goal_statements("Planen viser hva kommunen skal gjøre. Den er delt i tre.", "paragraph") == []


def test_goal_sentences_of_the_introduction_are_not_child_goals():
    from plancheck.mandate.parents import with_stated_goals
    from plancheck.models import Measure, Passage, Plan, SourceInfo

    sections = [
        Section(id="s1", title="1 Innleiing", level=1, page=1),
        Section(id="s2", title="2 Tiltak", level=1, page=1),
        Section(id="s3", title="3 Krav til nye anlegg", level=1, page=1),
    ]
    rows = [
        ("p1", "s1", "Alle skal ha gode føresetnader for eit aktivt liv. Planen har fire mål."),
        ("p2", "s3", "Nye idrettsanlegg skal vere universelt utforma. Salen kan brukast til dans."),
    ]
    plan = Plan(
        source=SourceInfo(path="x.pdf", format="pdf", sha256="0", pages=1),
        language="nn",
        sections=sections,
        passages=[
            Passage(id=i, kind="paragraph", text=t, page=1, section_id=s) for i, s, t in rows
        ],
        measures=[Measure(id="m1", text="Ny kunstgrasbane", page=1, section_id="s2")],
    )
    goals = [g.text for g in with_stated_goals(plan).goals]
    assert goals == ["Nye idrettsanlegg skal vere universelt utforma."]


def test_the_parent_confusion_table_counts_gold_rows_and_reported_columns():
    from plancheck.mandate.parents import parent_confusion

    table = parent_confusion(
        [("followed_up", "partial"), ("partial", "partial"), ("not_followed_up", "not found")]
    )
    assert table[2].split() == ["followed_up", "0", "1", "0", "0"]
    assert table[3].split() == ["partial", "0", "1", "0", "0"]
    assert table[4].split() == ["not_followed_up", "0", "0", "0", "1"]


def test_a_number_or_label_in_the_goal_cell_is_the_goals_number():
    table = _table(
        ["Mål", "Indikator"],
        [
            ["1.1 Alle barn skal ha en trygg oppvekst.", "Andel mobbet"],
            ["Mål 2: Flere skal fullføre videregående opplæring.", "Andel som fullfører"],
            ["3) Eldre skal kunne bo hjemme.", "Andel som bor hjemme"],
            ["10 nye barnehageplasser skal bygges innen 2028.", "Antall plasser"],
        ],
    )
    plan = build_plan(_doc([(BlockKind.table, "", table)]), lang="nb")
    assert [(g.number, g.text) for g in plan.goals] == [
        ("1.1", "Alle barn skal ha en trygg oppvekst."),
        ("2", "Flere skal fullføre videregående opplæring."),
        ("3", "Eldre skal kunne bo hjemme."),
        (None, "10 nye barnehageplasser skal bygges innen 2028."),
    ]


def test_a_measure_cell_of_bulleted_lines_gives_one_measure_per_line_with_its_fields():
    """'Delmål | Tiltak' with several '• … – Ansvar: … Frist: …' lines in one cell: each line is
    a measure of the row's goal, its owner and deadline read off its tail; a cell of one plain
    line stays one measure as written."""
    from plancheck.extract.tables import bulleted_measures

    table = _table(
        ["Delmål", "Tiltak"],
        [
            ["Flere gårdbrukere skal foredle og selge egne produkter.",
             "• Kurs i foredling av lokalmat – Ansvar: landbrukskontoret. Frist: 2029\n"
             "• Felles utsalg på torget – Ansvar: bondelaget. Frist: 2028"],
            ["Bøndene skal ha en god inntekt.", "Rådgivning om driftsplan og økonomi"],
        ],
    )
    plan = build_plan(_doc([(BlockKind.table, "", table)]), lang="nb")
    got = [(m.text, m.owner_text, m.deadline.text if m.deadline else None) for m in plan.measures]
    assert got == [
        ("Kurs i foredling av lokalmat", "landbrukskontoret", "2029"),
        ("Felles utsalg på torget", "bondelaget", "2028"),
        ("Rådgivning om driftsplan og økonomi", None, None),
    ]
    assert plan.measures[0].goal_ids == plan.measures[1].goal_ids == [plan.goals[0].id]
    assert bulleted_measures("Rådgivning om driftsplan") is None
    assert bulleted_measures("• Rådgivning om driftsplan") is None  # one line, no fields


def test_bulleted_measures_in_a_cell_read_an_unlabelled_owner_and_deadline_bracket():
    """'Goal | Actions' with the actions as bullets in one cell, each closing with an unlabelled
    '(lead, date)': the bracket is the action's owner and deadline when most bullets of
    the cell close so; one bracket alone in a cell of several bullets is a remark, kept in the text."""
    from plancheck.extract.tables import bulleted_measures

    table = _table(
        ["Goal", "Actions"],
        [
            ["Goal 1: Every resident lives near a good green space.",
             "• Create two pocket parks in the town centre (Parks Team, March 2027)\n"
             "• Open the depot site as a community garden (Housing Team, 2027)\n"
             "• Improve the path network in Riverside Park (Highways, autumn 2026)"],
        ],
    )
    plan = build_plan(_doc([(BlockKind.table, "", table)]), lang="en")
    got = [(m.text, m.owner_text, m.deadline.text if m.deadline else None) for m in plan.measures]
    assert got == [
        ("Create two pocket parks in the town centre", "Parks Team", "March 2027"),
        ("Open the depot site as a community garden", "Housing Team", "2027"),
        ("Improve the path network in Riverside Park", "Highways", "autumn 2026"),
    ]
    lone = bulleted_measures("• Plant trees (Parks Team, 2027)\n• Mow verges less\n• Publish a baseline", "en")
    assert lone is not None and lone[0] == ("Plant trees (Parks Team, 2027)", None, None)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Mål og indsatser", True),
        ("Goals and actions", True),
        ("Mål, strategier og tiltak", True),
        ("Tiltak", True),
        ("Bakgrunn og mål", False),
        ("Indledning", False),
    ],
)
def test_a_title_listing_goal_and_measure_words_names_the_plans_content(title, expected):
    from plancheck.mandate.parents import names_content

    assert names_content(title) is expected


def test_goal_sentences_under_a_goals_and_measures_heading_are_child_goals_though_nothing_was_extracted():
    """No goal, strategy or measure extracted: the section titled "Mål og indsatser" is where the
    content starts, the introduction before it is not."""
    from plancheck.mandate.parents import with_stated_goals
    from plancheck.models import Passage, Plan, SourceInfo

    sections = [
        Section(id="s1", title="Indledning", level=1, page=1),
        Section(id="s2", title="Mål og indsatser", level=1, page=1),
    ]
    rows = [
        ("p1", "s1", "Alle skal have et godt liv. Politikken har seks mål."),
        ("p2", "s2", "Alle børn skal kunne svømme, når de forlader skolen."),
        ("p3", "s2", "Der skal være en læge i hver landsby."),
    ]
    plan = Plan(
        source=SourceInfo(path="x.pdf", format="pdf", sha256="0", pages=1),
        language="da",
        sections=sections,
        passages=[Passage(id=i, kind="paragraph", text=t, page=1, section_id=s) for i, s, t in rows],
    )
    assert [g.text for g in with_stated_goals(plan).goals] == [
        "Alle børn skal kunne svømme, når de forlader skolen.",
        "Der skal være en læge i hver landsby.",
    ]


def _plan_of_passages(rows, lang="en"):
    from plancheck.models import Passage, Plan, SourceInfo

    return Plan(
        source=SourceInfo(path="x.pdf", format="pdf", sha256="0", pages=1),
        language=lang,
        sections=[Section(id="s1", title="2 Our promises", level=1, page=1)],
        passages=[Passage(id=f"p{i}", kind=k, text=t, page=1, section_id="s1") for i, (k, t) in enumerate(rows)],
    )


def test_sentence_headings_set_as_the_plans_form_are_child_goals():
    """Three bold sentences over bullets, no label and no modal: the strategy's aims. A topic
    title without a full stop is none."""
    from plancheck.mandate.parents import with_stated_goals

    plan = _plan_of_passages([
        ("heading", "Every tenant is offered a home visit within a month."),
        ("list_item", "Home visits by the housing team"),
        ("heading", "Repairs are done right the first time they are reported."),
        ("list_item", "A repairs line open in the evening"),
        ("heading", "Older tenants can move to a smaller home near their family."),
        ("heading", "Monitoring and review of the strategy"),
    ])
    assert [g.text for g in with_stated_goals(plan).goals] == [
        "Every tenant is offered a home visit within a month.",
        "Repairs are done right the first time they are reported.",
        "Older tenants can move to a smaller home near their family.",
    ]


def test_one_or_two_sentence_headings_are_emphasis_not_the_plans_form():
    from plancheck.mandate.parents import with_stated_goals

    plan = _plan_of_passages([
        ("heading", "Every tenant is offered a home visit within a month."),
        ("heading", "Repairs are done right the first time they are reported."),
        ("heading", "Monitoring and review"),
    ])
    assert with_stated_goals(plan).goals == []
