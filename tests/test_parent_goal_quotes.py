"""Quotations of parent goals in a child plan are references, not answers."""

from __future__ import annotations

from plancheck.mandate.parents import goal_quotes, without_goal_quotes

GOALS = [
    "Alle skal ha noen å være sammen med",
    "Lag og foreninger skal ha gode og rimelige lokaler",
]


def test_a_quotation_restating_a_goal_is_found_with_its_goal():
    text = "Samfunnsdelen: «Lag og foreninger skal ha gode og rimelige lokaler»"
    ((start, end, g),) = goal_quotes(text, GOALS)
    assert g == 1 and text[start:end].startswith("«") and text[start:end].endswith("»")


def test_a_quoted_name_that_restates_no_goal_is_kept():
    assert goal_quotes("Nettsiden «Bli med» med alle lag og foreninger", GOALS) == []
    assert goal_quotes('Prosjektet "Rom for alle lag i kommunen" videreføres', GOALS) == []


def test_a_label_and_a_quotation_names_the_goal_and_leaves_no_evidence():
    items = [
        ("p8", "paragraph", "Samfunnsdelen: «Alle skal ha noen å være sammen med»", 1),
        ("p9", "paragraph", "Ingen skal være ensomme fordi de ikke finner et fellesskap.", 1),
    ]
    kept, quoted_by = without_goal_quotes(items, GOALS)
    assert [i[0] for i in kept] == ["p9"]
    assert quoted_by == {0: ["p8"]}


def test_a_goal_quoted_in_passing_loses_its_words_but_names_nothing():
    text = (
        "Samfunnsdelens mål «Lag og foreninger skal ha gode og rimelige lokaler» er viktig "
        "for mange lag, og kommunen vil se på dette i neste planperiode."
    )
    kept, quoted_by = without_goal_quotes([("p4", "paragraph", text, 1)], GOALS)
    assert quoted_by == {}
    assert "lokaler" not in kept[0][2] and kept[0][2].startswith("Samfunnsdelens mål er viktig")


def test_each_child_goal_serves_only_the_parent_goal_its_section_quotes():
    from plancheck.mandate.parents import assess_parent
    from plancheck.models import Block, BlockKind
    from tests.conftest import plan_of_blocks

    def heading(text, level=1):
        return Block(id="", kind=BlockKind.heading, text=text, level=level, bold=True)

    def para(text):
        return Block(id="", kind=BlockKind.paragraph, text=text)

    parent = plan_of_blocks(
        [heading("Samfunnsdelen"), para("Mål: " + GOALS[0] + "."), para("Mål: " + GOALS[1] + ".")], "nb"
    )
    child = plan_of_blocks(
        [
            heading("Mål og tiltak"),
            heading("Mål 1 Fellesskap", 2),
            para("Samfunnsdelen: «" + GOALS[0] + "»"),
            para("Ingen skal være ensomme i kommunen."),
            heading("Mål 2 Rom for lagene", 2),
            para("Samfunnsdelen: «" + GOALS[1] + "»"),
            para("Lagene skal kunne låne kommunens rom gratis."),
        ],
        "nb",
    )
    assert [g.text for g in parent.goals] == [g + "." for g in GOALS]
    _cov, links = assess_parent(child, parent, lang="nb")
    serves = {link.text: link.serves for link in links}
    goal_ids = [g.id for g in parent.goals]
    assert serves["Ingen skal være ensomme i kommunen."] == [goal_ids[0]]
    assert serves["Lagene skal kunne låne kommunens rom gratis."] == [goal_ids[1]]
