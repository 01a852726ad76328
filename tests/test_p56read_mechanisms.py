"""Reading the goals of parents-blind56's forms (session 51, p56read), on invented examples:
numbered objectives under an English "<activity> objectives" heading; the first of a series of
numbered goal headings with nothing numbered under it; a measure card headed by its code and its
title; a goal printed as a sentence under a band "Aim n · <name>", the band's separator left before
the name; a goal heading closed by the period the goals are set for; a card field citing the goal
of a parent plan named by its own title."""

from __future__ import annotations

from plancheck.extract.fieldrows import field_records
from plancheck.lang.vocab import premodified_heading_role
from plancheck.mandate.parents import (
    named_statements,
    names_goals,
    names_parent_by_title,
    with_cited_parent_goals,
)
from plancheck.models import (
    Block,
    BlockKind,
    Document,
    Goal,
    Measure,
    Passage,
    Plan,
    Provenance,
    Section,
    SourceInfo,
)
from tests.conftest import plan_of_blocks, table_of


def _h(text: str, level: int, number: str | None = None) -> Block:
    return Block(id="", kind=BlockKind.heading, text=text, level=level, bold=True, number=number)


def _p(text: str) -> Block:
    return Block(id="", kind=BlockKind.paragraph, text=text)


def _li(text: str, number: str) -> Block:
    return Block(id="", kind=BlockKind.list_item, text=text, number=number)


# ------------------------------------------------ "Management objectives": the noun heads the phrase


def test_an_activity_before_objectives_heads_goals():
    assert premodified_heading_role("Management objectives") == "goal"
    assert premodified_heading_role("Management actions") == "measure"


def test_numbered_objectives_under_management_objectives_are_goals():
    plan = plan_of_blocks(
        [
            _h("Ashcombe Meadows Site Plan 2061–2066", 1),
            _h("Management objectives", 1, number="2"),
            _li("Keep every footpath across the meadows open and dry all year by 2063.", "1."),
            _li("Raise the number of orchid spikes counted each June to 400 by 2066.", "2."),
            _h("Monitoring", 1, number="3"),
            _p("The rangers count the orchids each June and report to the parish council."),
        ],
        "en",
    )
    texts = [g.text for g in plan.goals]
    assert any(t.startswith("Keep every footpath") for t in texts), texts
    assert any(t.startswith("Raise the number of orchid") for t in texts), texts


# ------------------------------------------------ the first of a series of goal headings


def test_first_goal_heading_of_a_series_with_nothing_under_it_is_a_goal():
    plan = plan_of_blocks(
        [
            _h("Trafikkplan for Ulvsund 2060–2070", 1),
            _h("Mål og strategiar", 1, number="2"),
            _h("Alle skuleborn skal kunne gå trygt til skulen.", 2, number="2.1"),
            _p("Vi byggjer fortau langs dei mest brukte skulevegane og senkar fartsgrensa."),
            _h("Delen som syklar til jobb skal auke til 20 prosent innan 2065.", 2, number="2.2"),
            _p("Vi lagar samanhengande sykkelvegar mellom bustadfelta og sentrum."),
            _h("Bussen skal gå kvar halvtime mellom Ulvsund og byen.", 2, number="2.3"),
            _p("Saman med fylket arbeider vi for betre rutetilbod."),
            _h("Oppfølging", 1, number="3"),
            _p("Planen blir rullert kvart fjerde år."),
        ],
        "nn",
    )
    numbers = {g.number: g.text for g in plan.goals}
    assert "2.1" in numbers, numbers
    assert numbers["2.1"].startswith("Alle skuleborn"), numbers
    assert {"2.2", "2.3"} <= set(numbers), numbers


# ------------------------------------------------ a card headed by its code and its title


def test_card_headed_by_code_and_title_is_one_measure():
    table = table_of(
        ["TK-07", "Nye sykkelparkeringar ved rådhuset"],
        [
            ["Skildring", "Overbygd parkering for førti syklar ved hovudinngangen."],
            ["Ansvarleg", "Driftsleiar"],
            ["Tid og status", "Våren 2061"],
            ["Mål i trafikkplanen", "2.2 Sykkel"],
        ],
    )
    recs = field_records(table)
    assert recs is not None
    header = [h.lower() for h in recs.header]
    row = {h: c.text for h, c in zip(header, recs.rows[0], strict=True)}
    assert "Nye sykkelparkeringar ved rådhuset" in row.values(), row
    assert "TK-07" in row.values(), row
    assert "Driftsleiar" in row.values(), row


def test_two_cells_of_words_are_no_card_head():
    table = table_of(
        ["Område", "Nye sykkelparkeringar ved rådhuset"],
        [["Ansvarleg", "Driftsleiar"], ["Tid og status", "Våren 2061"]],
    )
    recs = field_records(table)
    assert recs is None or "Nye sykkelparkeringar ved rådhuset" not in [c.text for r in recs.rows for c in r]


# ------------------------------------------------ a goal sentence under a band "Aim n · <name>"


def _banded(sentences: list[str]) -> Plan:
    passages, goals = [], []
    for i, sentence in enumerate(sentences, start=1):
        name = ["Green streets", "Clean rivers", "Quiet nights", "Open libraries"][i - 1]
        passages.append(Passage(id=f"p{2 * i - 1}", kind="heading", text=f"Aim {i} · {name}", page=1))
        passages.append(Passage(id=f"p{2 * i}", kind="paragraph", text=sentence, page=1))
        # the label reader leaves the band's separator before the name
        goals.append(Goal(id=f"goal-{i}", text=f"· {name}", page=1, number=str(i)))
    return Plan(
        source=SourceInfo(path="x.pdf", format="pdf", sha256="", pages=1),
        title="Town Strategy",
        passages=passages,
        goals=goals,
    )


_AIMS = [
    "Every street should have at least one new tree planted by 2070.",
    "Our rivers will be clean enough to swim in by 2068.",
    "Fewer residents will be woken by traffic noise at night.",
    "Every library will open on Sunday afternoons by 2066.",
]


def test_goal_sentence_under_a_band_keeps_its_name_without_the_separator():
    out = named_statements(_banded(_AIMS))
    assert out["goal-1"] == (_AIMS[0], "Green streets")
    assert out["goal-2"] == (_AIMS[1], "Clean rivers")
    assert len(out) == 4


def test_a_band_without_a_sentence_under_it_leaves_the_names():
    plan = _banded(_AIMS)
    plan.passages[1].text = "See the map."
    assert named_statements(plan) == {}


# ------------------------------------------------ a goal heading closed by its period


def test_goal_heading_with_its_period_names_goals():
    assert names_goals("Avdelingsmål 2061–2064")
    assert names_goals("Våre mål 2062")
    assert not names_goals("Tiltak 2061–2064")
    assert not names_goals("Mål 3")


# ------------------------------------------------ a card field citing the parent plan by its title


def test_a_field_naming_the_parent_by_its_title_cites_its_goals():
    assert names_parent_by_title("Mål i trafikkplanen", "Trafikkplan for Ulvsund 2060–2070")
    assert names_parent_by_title("Mål i samfunnsdelen", "Trafikkplan for Ulvsund 2060–2070")
    assert not names_parent_by_title("Mål i handlingsplanen", "Trafikkplan for Ulvsund 2060–2070")
    assert not names_parent_by_title("Mål i planperioden", "Trafikkplan for Ulvsund 2060–2070")


def test_goals_read_from_a_parent_citing_field_become_the_measures_citations():
    table = table_of(
        ["TK-07", "Nye sykkelparkeringar ved rådhuset"],
        [
            ["Ansvarleg", "Driftsleiar"],
            ["Mål i trafikkplanen", "2.2 Sykkel"],
        ],
    )
    doc = Document(
        path="c.pdf",
        page_count=1,
        blocks=[Block(id="b0", kind=BlockKind.table, text="TK-07 | …", table=table,
                      provenance=Provenance(page=1, source_text="TK-07"))],
        sections=[],
    )
    child = Plan(
        source=SourceInfo(path="c.pdf", format="pdf", sha256="", pages=1),
        title="Tiltakskort",
        sections=[Section(id="s1", title="Korta", level=1, page=1)],
        goals=[
            Goal(id="goal-1", text="Sykkel", number="2.2", page=1,
                 provenance=Provenance(page=1, source_text="2.2 Sykkel")),
            Goal(id="goal-2", text="Alle tilsette skal ha sykkelparkering under tak innan 2062.", page=1),
        ],
        measures=[Measure(id="measure-1", text="Nye sykkelparkeringar ved rådhuset", page=1,
                          goal_ids=["goal-1"], number="TK-07")],
    )
    parent = Plan(
        source=SourceInfo(path="p.pdf", format="pdf", sha256="", pages=1),
        title="Trafikkplan for Ulvsund 2060–2070",
    )
    pgoals = [
        Goal(id="goal-1", text="Alle skuleborn skal kunne gå trygt til skulen.", number="2.1", page=1),
        Goal(id="goal-2", text="Delen som syklar til jobb skal auke til 20 prosent innan 2065.", number="2.2", page=1),
    ]
    out = with_cited_parent_goals(child, doc, parent, pgoals)
    assert [g.id for g in out.goals] == ["goal-2"]
    assert out.measures[0].goal_ids == []
    assert out.measures[0].related_codes == ["2.2"]


def test_a_column_in_the_lexicons_words_keeps_the_goals_read_from_it():
    table = table_of(
        ["Tiltak", "Ansvar", "Frist", "Mål i samfunnsdelen"],
        [["Nye sykkelparkeringar ved rådhuset", "Driftsleiar", "2061", "Sykkel til jobb"]],
    )
    doc = Document(
        path="c.pdf",
        page_count=1,
        blocks=[Block(id="b0", kind=BlockKind.table, text="Tiltak | …", table=table,
                      provenance=Provenance(page=1, source_text="Tiltak"))],
        sections=[],
    )
    child = Plan(
        source=SourceInfo(path="c.pdf", format="pdf", sha256="", pages=1),
        title="Handlingsplan",
        goals=[Goal(id="goal-1", text="Sykkel til jobb", page=1,
                    provenance=Provenance(page=1, source_text="Sykkel til jobb"))],
        measures=[Measure(id="measure-1", text="Nye sykkelparkeringar ved rådhuset", page=1, goal_ids=["goal-1"])],
    )
    parent = Plan(source=SourceInfo(path="p.pdf", format="pdf", sha256="", pages=1), title="Trafikkplan 2060–2070")
    out = with_cited_parent_goals(child, doc, parent, [])
    assert [g.id for g in out.goals] == ["goal-1"]
    assert out.measures[0].goal_ids == ["goal-1"]
