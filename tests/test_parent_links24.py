"""How a child plan links to its parent's goals in tables, on small hand-built documents: the
target sentences of a målekart's indicator table are the child's goals, a goal column of codes
in a measure table names the parent goals the measures serve, and a short name that is only a
group of people names the one goal for them."""

from __future__ import annotations

from plancheck.extract.roles import item_codes
from plancheck.lang.vocab import column_role
from plancheck.mandate.parents import (
    code_goal_columns,
    indicator_targets,
    resolve_by_words,
    with_indicator_targets,
)
from plancheck.models import Block, BlockKind, Document, Goal, Plan, Provenance, SourceInfo
from tests.conftest import table_of


def _doc(header: list[str], rows: list[list[str]]) -> Document:
    block = Block(id="b4", kind=BlockKind.table, text="", provenance=Provenance(page=1), section_id="s1",
                  table=table_of(header, rows))
    return Document(path="x.pdf", page_count=1, sections=[], blocks=[block])


MALEKART = _doc(
    ["Tema", "Indikator", "Nivå 2030", "Ambisjon 2034", "Kilde"],
    [["Skole", "Andel elever på 7. trinn som trives", "80 %", "Minst 90 prosent av elevene på 7. trinn trives på skolen.", "Udir"],
     ["Skole", "Bekymringsmeldinger per 1 000 barn", "40", "Følges med", "Kostra"],
     ["Helse", "Andel over 80 år som bor hjemme", "85 %", "Minst 88 prosent av de over 80 år bor i eget hjem.", "SSB"]],
)


def test_the_target_sentences_of_an_indicator_table_are_goals():
    """Each whole sentence in a column of no role beside the indicator is a target, a goal of the
    child ("7. trinn" ends no sentence); "Følges med", levels and sources are none."""
    assert [t for _i, t, _p, _b in indicator_targets(MALEKART)] == [
        "Minst 90 prosent av elevene på 7. trinn trives på skolen.",
        "Minst 88 prosent av de over 80 år bor i eget hjem.",
    ]
    plan = Plan(source=SourceInfo(path="x.pdf", format="pdf", sha256="0", pages=1), language="nb")
    assert len(with_indicator_targets(plan, MALEKART).goals) == 2


def test_a_table_with_a_goal_or_measure_column_has_no_indicator_targets():
    """Beside a goal column the sentences are the extractor's goals, beside a measure column the
    table is a measure table."""
    doc = _doc(
        ["Mål", "Indikator", "Ambisjon 2034"],
        [["Flere trives.", "Andel som trives", "Minst 90 prosent av elevene trives på skolen."]],
    )
    assert indicator_targets(doc) == []


def test_a_goal_column_of_codes_in_a_measure_table_links_each_row():
    table = table_of(
        ["Aktivitet", "Delmål", "Ansvar"],
        [["Byta tio bilar mot elbilar", "1.1", "Fordonsenheten"],
         ["Solceller på skolan", "1.2, 2.1", "Fastighet"],
         ["Utbildning för arbetsledare", "–", "Ledningen"]],
    )
    roles = [column_role(h) for h in table.header]
    assert code_goal_columns(table, roles, item_codes) == [1]


def test_a_goal_column_of_words_or_a_table_without_measures_links_nothing():
    words = table_of(
        ["Aktivitet", "Delmål", "Ansvar"],
        [["Byta tio bilar mot elbilar", "Fossilfria fordon 2035", "Fordonsenheten"]],
    )
    assert code_goal_columns(words, [column_role(h) for h in words.header], item_codes) == []
    no_measure = table_of(["Delmål", "Indikator"], [["1.1", "Andel elbilar"]])
    assert code_goal_columns(no_measure, [column_role(h) for h in no_measure.header], item_codes) == []


def test_a_short_name_of_people_alone_names_the_one_goal_for_them():
    goals = [
        Goal(id="g1", text="Alle barn vokser opp i trygge hjem."),
        Goal(id="g2", text="Eldre bor hjemme lenger og deltar i lokalsamfunnet."),
    ]
    assert resolve_by_words("Eldre", goals, "nb") == 1


def test_a_goal_cut_short_with_an_ellipsis_names_the_one_goal_it_opens():
    from plancheck.mandate.parents import truncated_quote

    goals = [
        "Vi vil at eldre skal kunne bo hjemme lenger.",
        "Vi vil at alle barn skal ha en trygg oppvekst.",
        "Vi vil at alle barn skal lære å svømme.",
    ]
    assert truncated_quote("Vi vil at eldre skal kunne bo …", goals) == 0
    assert truncated_quote("Vi vil at eldre skal kunne bo ...", goals) == 0
    assert truncated_quote("Vi vil at alle barn skal …", goals) is None  # opens two goals
    assert truncated_quote("Vi vil at eldre skal kunne bo", goals) is None  # no ellipsis
    assert truncated_quote("Vi vil …", goals) is None  # too short to name one


def _pair(child_blocks, parent_goals_text, lang="da"):
    """A parent plan with the given goals and a child plan of (kind, text) passages in one
    section, as plain Plans: what assess_parent reads."""
    from plancheck.models import Goal, Passage, Section

    src = SourceInfo(path="x.pdf", format="pdf", sha256="0", pages=1)
    parent = Plan(
        source=src, language=lang,
        sections=[Section(id="s1", title="By", level=1, page=1)],
        goals=[Goal(id=f"g{n}", text=t, page=1, section_id="s1") for n, t in enumerate(parent_goals_text)],
    )
    child = Plan(
        source=src, language=lang,
        sections=[Section(id="c1", title="Baggrund", level=1, page=1)],
        passages=[
            Passage(id=f"p{n}", kind=BlockKind(kind), text=t, page=1, section_id="c1")
            for n, (kind, t) in enumerate(child_blocks)
        ],
    )
    return child, parent


def test_a_goal_quoted_only_in_running_text_is_not_followed_up():
    """The child's background quotes the parent goal and sends it elsewhere: the quotation names
    the goal, but only running text stands where it names it, and running text is no follow-up,
    so it stays not followed up (the quotation used to make it partial by itself)."""
    from plancheck.mandate.parents import assess_parent
    from plancheck.models import ParentStatus

    goal = "Vi vil halvere udledningen af drivhusgasser i kommunen inden 2035."
    child, parent = _pair(
        [("paragraph", f"Byrådet vil »{goal[7:-1]}«. Det sker i klimaplanen."),
         ("paragraph", "Byrådet vil også give flere borgere adgang til grønne områder.")],
        [goal],
    )
    cov, _links = assess_parent(child, parent, lang="da")
    assert cov[0].status == ParentStatus.not_followed_up
