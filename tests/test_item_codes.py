"""Item codes with letter prefixes ('GOAL H-1', 'Policy H-2.1', 'Mål HO-1', 'Goal G1') read as
outline numbers, and cross-reference columns ('Related Policies', 'Knyttet til') whose codes
link a measure to the items they name (a strategy's goals come with it; an unknown code is no
link); the printed page label 'H-1' of a general plan's element pages."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from plancheck.extract.link import link_by_codes
from plancheck.extract.plan import build_plan
from plancheck.extract.roles import item_codes, label_role
from plancheck.ingest.sections import build_sections
from plancheck.lang.vocab import column_role
from plancheck.layout.blocks import starts_with_label
from plancheck.models import (
    Block,
    BlockKind,
    Cell,
    Document,
    Goal,
    Measure,
    Plan,
    Provenance,
    SourceInfo,
    Table,
)
from plancheck.report.pages import labels_from_margins

# ----------------------------------------------------------------------------- stage: labels


@pytest.mark.parametrize(
    ("text", "role", "number", "rest"),
    [
        ("GOAL H-1 Adequate sites for new housing.", "goal", "H-1", "Adequate sites for new housing."),
        ("Goal LU-3 Compact growth near transit.", "goal", "LU-3", "Compact growth near transit."),
        ("Objective G1.2: Cleaner air in the valley", "sub_goal", "G1.2", "Cleaner air in the valley"),
        ("Mål HO-1 Alle skal bu trygt.", "goal", "HO-1", "Alle skal bu trygt."),
        ("Delmål A1.2 Færre skal stå utan bustad.", "sub_goal", "A1.2", "Færre skal stå utan bustad."),
        ("Strategi S1.2 Vi skal kjøpe fleire bustader.", "strategy", "S1.2", "Vi skal kjøpe fleire bustader."),
    ],
)
def test_a_label_with_a_prefixed_code_is_read_with_its_number(text, role, number, rest):
    assert label_role(text) == (role, number, rest)


def test_plain_numbers_and_words_are_read_as_before():
    assert label_role("Mål 1.2 Alle skal ha bolig.") == ("goal", "1.2", "Alle skal ha bolig.")
    assert label_role("Goal 1: Reduce emissions") == ("goal", "1", "Reduce emissions")
    # a code needs its capitals: a lower-case word and a digit is no code
    assert label_role("Goal of 2030 is to halve emissions")[1] is None
    # capitals and digits before a lower-case word are a word of the sentence, not a code
    assert label_role("Measure CO2 emissions from the bus fleet")[0] is None


def test_a_line_opening_with_a_word_and_a_code_starts_a_new_paragraph():
    assert starts_with_label("Policy H-1.2 Allow housing by right on commercial land.")
    assert starts_with_label("Strategi S1.2 Vi skal kjøpe fleire bustader.")
    assert not starts_with_label("The County adopted its plan in 2021 and will revise it.")


# ----------------------------------------------------------------------------- stage: codes


@pytest.mark.parametrize(
    ("cell", "codes"),
    [
        ("H-2.1, H-2.2", ["H-2.1", "H-2.2"]),
        ("H-1.1", ["H-1.1"]),
        ("Policy H-2.1 and Policy H-3.2", ["H-2.1", "H-3.2"]),
        ("LU-3.4/LU-3.5", ["LU-3.4", "LU-3.5"]),
        ("Mål 1 og 3", ["1", "3"]),
        ("Delmål 1.2; 2.1", ["1.2", "2.1"]),
        ("Alle skal bo trygt", []),
        ("Planning Division", []),
        ("2026", []),
        ("", []),
    ],
)
def test_the_codes_of_a_cross_reference_cell(cell, codes):
    assert item_codes(cell) == codes


@pytest.mark.parametrize(
    ("header", "role"),
    [
        ("Related Policies", "references"),
        ("Knyttet til", "references"),
        ("Kopplat till", "references"),
        # a cross-reference header that names goals is a goal column (its codes link all the same)
        ("Bidrar til mål", "goal"),
        ("Kopling til mål", "goal"),
        ("Related Goals", "goal"),
        ("Related indicators", "indicator"),  # the role a header names wins over the cross-reference word
    ],
)
def test_cross_reference_columns_from_the_lexicon(header, role):
    assert column_role(header) == role


def _plan_with(goals: list[Goal], measures: list[Measure]) -> Plan:
    return Plan(source=SourceInfo(path="x.pdf", format="pdf", sha256="", pages=1), language="en",
                goals=goals, measures=measures)


def test_codes_link_a_measure_to_a_strategy_and_its_goal_and_unknown_codes_to_nothing():
    g1 = Goal(id="goal-1", text="Adequate sites for housing.", number="H-1")
    g2 = Goal(id="goal-2", text="Preservation of the housing stock.", number="H-2")
    # the walk read the 'Policy' paragraphs as measures (the lexicon's role for the word)
    policies = [
        Measure(id="measure-1", text="Keep a sites inventory.", number="H-1.1", goal_ids=["goal-1"],
                provenance=Provenance(page=1, source_text="Policy H-1.1 Keep a sites inventory.")),
        Measure(id="measure-2", text="Help owners repair homes.", number="H-2.1", goal_ids=["goal-2"],
                provenance=Provenance(page=1, source_text="Policy H-2.1 Help owners repair homes.")),
        Measure(id="measure-3", text="Prevent the loss of parks.", number="H-2.2", goal_ids=["goal-2"],
                provenance=Provenance(page=1, source_text="Policy H-2.2 Prevent the loss of parks.")),
    ]
    rows = [
        Measure(id="measure-4", text="Publish the inventory", related_codes=["H-1.1"], has_owner_column=True),
        Measure(id="measure-5", text="Inspect rentals", related_codes=["h-2.1", "H-2.2"], has_owner_column=True),
        Measure(id="measure-6", text="Study something", related_codes=["H-9.9"], has_owner_column=True),
        Measure(id="measure-7", text="Zone for housing", related_codes=["H-1"], has_owner_column=True),
    ]
    plan = _plan_with([g1, g2], [*policies, *rows])
    link_by_codes(plan)
    # every 'Policy' is a strategy: the rows carry them out; H-2.2 too, named by no row alone
    assert [(s.number, s.goal_ids) for s in plan.strategies] == [
        ("H-1.1", ["goal-1"]), ("H-2.1", ["goal-2"]), ("H-2.2", ["goal-2"])]
    by_text = {m.text: m for m in plan.measures}
    assert set(by_text) == {"Publish the inventory", "Inspect rentals", "Study something", "Zone for housing"}
    number = {s.id: s.number for s in plan.strategies}
    assert [number[i] for i in by_text["Inspect rentals"].strategy_ids] == ["H-2.1", "H-2.2"]
    assert by_text["Inspect rentals"].goal_ids == ["goal-2"]  # the strategies' goal, once
    assert by_text["Publish the inventory"].goal_ids == ["goal-1"]
    assert by_text["Study something"].goal_ids == [] and by_text["Study something"].strategy_ids == []
    assert by_text["Zone for housing"].goal_ids == ["goal-1"]  # a goal's own code
    from plancheck.extract.explain import link_reason

    assert "names h-2.1, H-2.2" in link_reason(plan, by_text["Inspect rentals"], g2)
    assert "names goal H-1" in link_reason(plan, by_text["Zone for housing"], g1)


def test_a_measure_with_an_owner_is_never_turned_into_a_strategy():
    done = Measure(id="measure-1", text="Build the depot", number="A-1", owner_text="Public Works",
                   has_owner_column=True, provenance=Provenance(source_text="Action A-1 Build the depot"))
    row = Measure(id="measure-2", text="Staff the depot", related_codes=["A-1"], has_owner_column=True)
    plan = _plan_with([], [done, row])
    link_by_codes(plan)
    assert [m.id for m in plan.measures] == ["measure-1", "measure-2"] and plan.strategies == []


# ----------------------------------------------------------------------------- stage: the walk


def _b(kind: BlockKind, text: str, number: str | None = None, level: int | None = None) -> Block:
    return Block(id="", kind=kind, text=text, number=number, level=level)


def _table(header: list[str], rows: list[list[str]]) -> Table:
    return Table(header=header, rows=[[Cell(row=r, col=c, text=t) for c, t in enumerate(row)]
                                      for r, row in enumerate(rows)], pages=[1])


def _plan(blocks: list[Block], lang: str) -> Plan:
    for i, b in enumerate(blocks):
        b.id = f"b{i}"
        b.provenance = Provenance(page=1, source_text=b.text)
    doc = Document(path="x.pdf", page_count=1, blocks=blocks, sections=build_sections(blocks))
    return build_plan(doc, lang=lang, model=None)


def test_goal_bands_policies_and_a_related_policies_table():
    p = BlockKind.paragraph
    table = _table(
        ["Program", "Action", "Responsible Department", "Timeframe", "Related Policies"],
        [["1", "Publish the sites inventory on the City website", "Planning Division", "June 2026", "H-1.1"],
         ["2", "Create a rental inspection program", "Housing Division", "2028", "H-2.1, H-2.2"],
         ["3", "Study a vacancy tax", "Finance Department", "2029", "H-7.3"]],
    )
    plan = _plan(
        [
            _b(BlockKind.heading, "Goals and Policies", "3", 1),
            _b(p, "GOAL H-1 Adequate sites for new housing at all income levels."),
            _b(p, "Policy H-1.1 Maintain an inventory of sites suitable for housing."),
            _b(p, "GOAL H-2 Preservation and improvement of the existing housing stock."),
            _b(p, "Policy H-2.1 Help lower-income homeowners repair their homes."),
            _b(p, "Policy H-2.2 Prevent the loss of mobile home parks."),
            _b(p, "Policy H-2.3 Encourage energy retrofits of older apartments."),
            _b(BlockKind.heading, "Implementation Program", "4", 1),
            Block(id="", kind=BlockKind.table, text="", table=table),
        ],
        "en",
    )
    goals = {g.number: g for g in plan.goals}
    assert [(g.number, g.text) for g in plan.goals] == [
        ("H-1", "Adequate sites for new housing at all income levels."),
        ("H-2", "Preservation and improvement of the existing housing stock."),
    ]
    strategies = {s.number: s for s in plan.strategies}
    assert sorted(strategies) == ["H-1.1", "H-2.1", "H-2.2", "H-2.3"]
    assert strategies["H-2.3"].goal_ids == [goals["H-2"].id]  # named by no program: still a policy
    measures = {m.text: m for m in plan.measures}
    assert sorted(measures) == sorted(r[1].text for r in table.rows)
    rental = measures["Create a rental inspection program"]
    assert sorted(strategies[n].id for n in ("H-2.1", "H-2.2")) == sorted(rental.strategy_ids)
    assert rental.goal_ids == [goals["H-2"].id]
    assert measures["Publish the sites inventory on the City website"].goal_ids == [goals["H-1"].id]
    assert measures["Study a vacancy tax"].strategy_ids == []  # H-7.3 names nothing in the plan


def test_a_strategy_column_of_codes_links_to_the_strategies_stated_above_it():
    p = BlockKind.paragraph
    table = _table(["Action", "Lead", "Timeframe", "Related strategies"],
                   [["Plant 500 street trees", "Parks Department", "2027", "S1.2"]])
    plan = _plan(
        [
            _b(BlockKind.heading, "Goals and strategies", "2", 1),
            _b(p, "Goal G1 Cooler streets in every neighbourhood."),
            _b(p, "Strategy S1.2 Grow the urban canopy."),
            _b(BlockKind.heading, "Actions", "3", 1),
            Block(id="", kind=BlockKind.table, text="", table=table),
        ],
        "en",
    )
    assert [s.text for s in plan.strategies] == ["Grow the urban canopy."]  # no strategy named "S1.2"
    (m,) = plan.measures
    assert m.strategy_ids == [plan.strategies[0].id] and m.goal_ids == [plan.goals[0].id]


# ----------------------------------------------------------------------------- stage: page labels


def test_page_labels_with_a_chapter_prefix():
    bands = {1: "City of Marlow Springs General Plan\nH-1", 2: "City of Marlow Springs General Plan\nH-2",
             3: "City of Marlow Springs General Plan\nH-3"}
    assert labels_from_margins(bands) == {1: "H-1", 2: "H-2", 3: "H-3"}
    assert labels_from_margins({1: "1", 2: "2"}) == {1: "1", 2: "2"}


# ----------------------------------------------------------------------------- end to end (nb)


_GOALS = [
    ("HO-1", "Alle innbyggere skal ha en trygg og god bolig.", [
        ("HO-1.1", "Vi skal skaffe flere kommunale utleieboliger."),
        ("HO-1.2", "Vi skal hjelpe flere å eie sin egen bolig."),
    ]),
    ("HO-2", "Ingen skal være bostedsløse i kommunen.", [
        ("HO-2.1", "Vi skal gi oppfølging i egen bolig til dem som trenger det."),
    ]),
]
_ROWS = [
    ("Kjøpe ti nye utleieboliger i sentrum", "Eiendomsavdelingen", "2026", "HO-1.1"),
    ("Lage en veileder om startlån", "NAV", "Høst 2026", "HO-1.2, HO-2.1"),
    ("Starte et team for bo-oppfølging", "Helse og omsorg", "2027", "HO-2.1"),
    ("Evaluere tildelingen av boliger", "Tildelingskontoret", "2028", "HO-9.9"),
]


def _word_plan(path: Path) -> None:
    from docx import Document as Docx

    d = Docx()
    d.add_heading("Boligsosial handlingsplan 2026–2029", 0)
    d.add_heading("1 Mål og strategier", 1)
    d.add_paragraph("Planen har to mål. Under hvert mål står strategiene kommunen skal følge.")
    for code, goal, strategies in _GOALS:
        para = d.add_paragraph()
        para.add_run(f"Mål {code}").bold = True
        para.add_run(f" {goal}")
        for scode, strategy in strategies:
            sp = d.add_paragraph()
            sp.add_run(f"Strategi {scode}").bold = True
            sp.add_run(f" {strategy}")
    d.add_heading("2 Tiltak", 1)
    d.add_paragraph("Tabellen viser tiltakene og hvilke strategier de følger opp.")
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(("Tiltak", "Ansvarlig", "Frist", "Knyttet til")):
        t.rows[0].cells[i].paragraphs[0].add_run(h).bold = True
    for row in _ROWS:
        cells = t.add_row().cells
        for i, text in enumerate(row):
            cells[i].text = text
    d.save(path)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_a_norwegian_plan_with_codes_and_a_knyttet_til_column_read_end_to_end(tmp_path):
    from corpora.synth.convert import soffice_to_pdf
    from plancheck.mandate.evaluate import load_plan

    src = tmp_path / "boligsosial.docx"
    _word_plan(src)
    soffice_to_pdf([src], tmp_path)
    for path in (tmp_path / "boligsosial.pdf", src):
        plan = load_plan(path, lang="nb")
        assert [(g.number, g.text) for g in plan.goals] == [(c, t) for c, t, _ in _GOALS], path.suffix
        goal_of = {g.id: g.number for g in plan.goals}
        number_of = {s.id: s.number for s in plan.strategies}
        assert sorted((s.number, [goal_of[i] for i in s.goal_ids]) for s in plan.strategies) == [
            ("HO-1.1", ["HO-1"]), ("HO-1.2", ["HO-1"]), ("HO-2.1", ["HO-2"])], path.suffix
        got = {m.text: (sorted(number_of[i] for i in m.strategy_ids), sorted(goal_of[i] for i in m.goal_ids))
               for m in plan.measures}
        assert got == {
            "Kjøpe ti nye utleieboliger i sentrum": (["HO-1.1"], ["HO-1"]),
            "Lage en veileder om startlån": (["HO-1.2", "HO-2.1"], ["HO-1", "HO-2"]),
            "Starte et team for bo-oppfølging": (["HO-2.1"], ["HO-2"]),
            "Evaluere tildelingen av boliger": ([], []),  # HO-9.9 names no item of the plan
        }, path.suffix
        if path.suffix == ".pdf":
            assert all(m.provenance.page == 1 and m.provenance.bbox for m in plan.measures)


def test_an_empty_goal_cell_under_a_code_names_no_goal_and_makes_none():
    # a goal column of the plan's own codes ("Mål": "H2") is a cross-reference read row by row:
    # the empty cell under "H2" is not a merged "H2" carried down (that made a goal called "H2")
    table = _table(["Tiltak", "Ansvar", "Frist", "Mål"],
                   [["Kjøpe ti utleieboliger", "Eiendom", "2031", "H1"],
                    ["Krav om nærlekeplass i nye boligfelt", "Plan", "2032", "H2"],
                    ["Flytte brannstasjonen til Nordre", "Beredskap", "2033", ""]])
    goals = _table(["Nr.", "Mål", "Samfunnsdelen"],
                   [["H1", "Kommunen skal ha nok utleieboliger til alle som trenger det.", "M2.1"],
                    ["H2", "Alle nye boligfelt skal ha en lekeplass.", "M2.2"]])
    plan = _plan(
        [
            _b(BlockKind.heading, "Mål", "1", 1),
            Block(id="", kind=BlockKind.table, text="", table=goals),
            _b(BlockKind.heading, "Tiltak", "2", 1),
            Block(id="", kind=BlockKind.table, text="", table=table),
        ],
        "nb",
    )
    goals = {g.number: g.id for g in plan.goals}
    assert [g.number for g in plan.goals] == ["H1", "H2"]  # no goal "H2" made of the empty cell
    measures = {m.text: m for m in plan.measures}
    assert measures["Krav om nærlekeplass i nye boligfelt"].goal_ids == [goals["H2"]]
    assert measures["Flytte brannstasjonen til Nordre"].goal_ids == []


def test_codes_side_by_side_without_a_separator_are_each_a_code():
    """Round badges in a link column print "1A 1B" with nothing between them; years side by side
    and words are no codes."""
    from plancheck.extract.roles import item_codes

    assert item_codes("1A 1B") == ["1A", "1B"]
    assert item_codes("1.2 2.1") == ["1.2", "2.1"]
    assert item_codes("2030 2031") == []
    assert item_codes("Se kap 3") == []
