"""Stage tests on hand-built inputs: a table continued on the next page without its empty
spacer columns, and strategies paired with the goals of their section in order."""

from __future__ import annotations

from plancheck.layout.tables import TablePiece, column_map, join_pieces
from plancheck.models import (
    BBox,
    Cell,
    Document,
    Goal,
    GoalKind,
    Measure,
    Plan,
    Provenance,
    Section,
    SourceInfo,
    Strategy,
)


def _row(r: int, page: int, top: float, texts: list[str], xs: list[float]) -> list[Cell | None]:
    return [Cell(row=r, col=c, text=t, page=page, bbox=BBox(x0=xs[c], top=top, x1=xs[c + 1], bottom=top + 20))
            for c, t in enumerate(texts)]


# a five-column table: measure | how | spacer | owner | spacer (the spacers are empty everywhere)
WIDE = [60.0, 180.0, 300.0, 305.0, 420.0, 530.0]
# the next page drops the spacers: its columns start where measure, how and owner start
NARROW = [60.0, 180.0, 300.0, 420.0, 530.0]


def _pieces(narrow_x: list[float]) -> list[TablePiece]:
    first = TablePiece(
        1, (60, 500, 530, 800), WIDE[:-1],
        [_row(0, 1, 500, ["Virkemiddel", "Hvordan", "", "Ansvar", ""], WIDE),
         _row(1, 1, 520, ["Flere sykkelstativ", "Avtalt i", "", "", ""], WIDE)],
        [False] * 5,
    )
    second = TablePiece(
        2, (60, 60, 530, 120), narrow_x[:-1],
        [_row(0, 2, 60, ["", "planen.", "", ""], narrow_x),
         _row(1, 2, 80, ["Færre bilturer", "Ingen parkering.", "", ""], narrow_x)],
        [False] * 4,
    )
    return [first, second]


def test_a_continued_piece_without_spacer_columns_joins_its_table():
    [(_, table)] = join_pieces(_pieces(NARROW), {1: 842, 2: 842}, {1: (500, 800), 2: (60, 120)})
    assert table.pages == [1, 2]
    assert [c.text for c in table.rows[0]] == ["Flere sykkelstativ", "Avtalt i planen.", "", "", ""]
    assert [c.text for c in table.rows[1]] == ["Færre bilturer", "Ingen parkering.", "", "", ""]


def test_a_piece_whose_columns_start_elsewhere_is_a_table_of_its_own():
    shifted = [60.0, 240.0, 330.0, 450.0, 530.0]
    joined = join_pieces(_pieces(shifted), {1: 842, 2: 842}, {1: (500, 800), 2: (60, 120)})
    assert len(joined) == 2


def test_column_map_keeps_order_and_slack():
    assert column_map([60, 180, 300, 420], WIDE[:-1], 2.0) == [0, 1, 2, 4]
    assert column_map([60, 181.5], WIDE[:-1], 2.0) == [0, 1]
    assert column_map([60, 190], WIDE[:-1], 2.0) is None


def _plan(n_goals: int, n_strategies: int) -> Plan:
    sections = [Section(id="s1", title="Klimatilpasning", level=1, page=1),
                Section(id="s2", title="Ambisjoner og mål", level=2, parent_id="s1", page=1)]
    goals = [Goal(id=f"goal-{i}", text=f"Mål nummer {i} skal nås.", kind=GoalKind.goal, page=1, section_id="s2")
             for i in range(1, n_goals + 1)]
    strategies, measures = [], []
    for i in range(1, n_strategies + 1):
        title = f"Strategi nummer {i} for området"
        sections.append(Section(id=f"t{i}", title=title, number=f"4.3{'abcd'[i - 1]}", level=2, parent_id="s1", page=2))
        strategies.append(Strategy(id=f"strategy-{i}", text=title, page=2, section_id=f"t{i}",
                                   provenance=Provenance(page=2, source_text=f"4.3{'abcd'[i - 1]} {title}")))
        measures.append(Measure(id=f"measure-{i}", text=f"Vurdere tiltak {i}", page=2, section_id=f"t{i}"))
    plan = Plan(source=SourceInfo(path="x.pdf", format="pdf", sha256="0", pages=2), sections=sections)
    plan.goals, plan.strategies, plan.measures = goals, strategies, measures
    return plan


def test_as_many_strategies_as_goals_pair_in_order_and_measures_follow_their_strategy():
    from plancheck.extract.link import link_plan

    plan = _plan(3, 3)
    link_plan(plan, Document(path="x.pdf", page_count=2))
    assert [s.goal_ids for s in plan.strategies] == [["goal-1"], ["goal-2"], ["goal-3"]]
    assert [m.strategy_ids for m in plan.measures] == [["strategy-1"], ["strategy-2"], ["strategy-3"]]
    assert [m.goal_ids for m in plan.measures] == [["goal-1"], ["goal-2"], ["goal-3"]]


def test_a_different_count_of_strategies_and_goals_links_nothing():
    from plancheck.extract.link import link_plan

    plan = _plan(3, 2)
    link_plan(plan, Document(path="x.pdf", page_count=2))
    assert all(not s.goal_ids for s in plan.strategies)
    assert all(not m.goal_ids for m in plan.measures)


def test_one_goal_in_the_section_links_every_strategy_to_it():
    from plancheck.extract.link import link_plan

    plan = _plan(1, 3)
    link_plan(plan, Document(path="x.pdf", page_count=2))
    assert [s.goal_ids for s in plan.strategies] == [["goal-1"]] * 3


# --------------------------------------------------------------------------- goals under a bare label


def _walk(blocks):
    from plancheck.extract.plan import build_plan
    from plancheck.ingest.sections import build_sections
    from plancheck.models import Block

    out = []
    for i, (kind, text, level) in enumerate(blocks):
        out.append(Block(id=f"b{i}", kind=kind, text=text, level=level, bold=kind == "heading",
                         provenance=Provenance(page=1 + i // 6, source_text=text)))
    doc = Document(path="x.pdf", page_count=3, blocks=out, sections=build_sections(out))
    return build_plan(doc, lang="sv", model=None)


def test_a_bold_sentence_under_a_bare_goal_label_is_that_goal():
    from plancheck.models import BlockKind

    plan = _walk([
        (BlockKind.heading, "Mål för energin", 1),
        (BlockKind.paragraph, "MÅL 11", None),
        (BlockKind.heading, "Energin i skolorna ska minska varje år. All el ingår.", 4),
        (BlockKind.paragraph, "Mått: kWh per elev", None),
        (BlockKind.paragraph, "MÅL 12", None),
        (BlockKind.heading, "Bilresorna i tjänsten ska bli färre varje år.", 4),
    ])
    assert [(g.number, g.text) for g in plan.goals] == [
        ("11", "Energin i skolorna ska minska varje år. All el ingår."),
        ("12", "Bilresorna i tjänsten ska bli färre varje år."),
    ]


def test_a_goal_restated_in_short_under_its_number_is_one_goal_with_the_full_text():
    from plancheck.extract.plan import merge_repeated_goals

    full = Goal(id="goal-1", text="Energin ska kontinuerligt minska. All el ingår också.", number="11", kind=GoalKind.goal, page=1)
    short = Goal(id="goal-2", text="Energin ska kontinuerligt minska.", number="11", kind=GoalKind.goal, page=3)
    other = Goal(id="goal-3", text="Energin ska öka.", number="11", kind=GoalKind.goal, page=5)
    plan = Plan(source=SourceInfo(path="x.pdf", format="pdf", sha256="0", pages=5))
    plan.goals = [full, short, other]
    plan.measures = [Measure(id="measure-1", text="Byta belysning", page=3, goal_ids=["goal-2"])]
    merge_repeated_goals(plan)
    assert [g.id for g in plan.goals] == ["goal-1", "goal-3"]  # a different text under the number stays
    assert plan.measures[0].goal_ids == ["goal-1"]


# --------------------------------------------------------------------------- a header broken over two rows


def test_a_header_cell_broken_over_two_rows_is_joined():
    from plancheck.extract.tables import header_continued

    def row(*texts: str, merged: tuple[int, ...] = ()) -> list[Cell]:
        return [Cell(row=0, col=i, text=t, merged_from=0 if i in merged else None) for i, t in enumerate(texts)]

    head = row("Tiltak", "Beskrivelse", "Frist", "Ansvarlig")
    texts = [c.text for c in head]
    assert header_continued(texts, head, row("", "", "Frist", "enhet", merged=(2,))) == [
        "Tiltak", "Beskrivelse", "Frist", "Ansvarlig enhet"]
    # a body row (capitalised text) and a row that only repeats merged cells are not the header
    assert header_continued(texts, head, row("Lage en plan", "for alle skoler", "", "")) is None
    assert header_continued(texts, head, row("", "", "Frist", "", merged=(2,))) is None
    # lower case under an empty header cell is text of a row, not of the header
    assert header_continued(texts, row("Tiltak", "", "", ""), row("og mer", "enhet", "", "")) is None


# --------------------------------------------------------------------------- quantified targets set in bold


def test_a_bold_line_starting_with_a_percentage_is_not_a_numbered_heading():
    from test_layout_support import line_words

    from plancheck.layout.blocks import classify
    from plancheck.layout.lines import Line

    def line(text: str) -> Line:
        words = line_words(text, 60, 100)
        for w in words:
            w.bold = True
        return Line(page=1, words=words, x0=60, x1=words[-1].x1, top=100, bottom=110, size=10, bold=True, text=text)

    assert classify(line("30 % till 2030 jämfört med 2019."), 10)[:2] == ("heading", None)
    assert classify(line("20 Mål för planperioden"), 10)[:2] == ("heading", "20")


def test_quantified_targets_in_a_goal_chapter_are_goals_even_first_and_as_a_sentence():
    from plancheck.models import BlockKind

    long_first = "Energin i skolorna bör minska med 10 % till 2026, och 30 % till 2030 jämfört med året 2019."
    plan = _walk([
        (BlockKind.heading, "Mål/delmål", 1),
        (BlockKind.heading, "Övrigt", 3),
        (BlockKind.heading, long_first, 4),  # a whole sentence, first under its chapter heading
        (BlockKind.paragraph, "2019 – 500 MWh, 2026 – 450 MWh", None),
        (BlockKind.heading, "Cykelresorna bör ökas med 5.% till 2026 och 10.% till 2030", 4),  # "5.%"
    ])
    assert [g.text for g in plan.goals] == [long_first, "Cykelresorna bör ökas med 5.% till 2026 och 10.% till 2030"]


def test_a_lettered_group_row_under_a_header_is_not_its_continuation():
    from plancheck.extract.tables import header_continued

    head = [Cell(row=0, col=i, text=t) for i, t in enumerate(["Initiative", "Short", "Department"])]
    row = [Cell(row=1, col=i, text=t) for i, t in enumerate(["a. Air quality", "", ""])]
    assert header_continued([c.text for c in head], head, row) is None


# --------------------------------------------------------------------------- owners named as a sentence's subject


def _measure_owners(text: str, lang: str = "sv") -> list[str]:
    from plancheck.extract.plan import _owner_and_deadline_in_sentence
    from plancheck.extract.state import _State

    st = _State.__new__(_State)
    st.lang = lang
    m = Measure(id="measure-1", text=text, page=1)
    _owner_and_deadline_in_sentence(st, m, text)
    return [o.text for o in m.owners]


def test_a_body_acting_in_the_present_tense_owns_the_measure():
    assert _measure_owners("Kommunen stödjer föreningar som sparar energi.") == ["Kommunen"]
    assert _measure_owners("Kommunen gjennomfører en kartlegging av alle skoleveier.", "nb") == ["Kommunen"]


def test_the_subject_of_a_passive_is_acted_on_not_the_owner():
    assert _measure_owners("Personalen vid förvaltningen ska ges kurser i energi.") == []
    assert _measure_owners("Kommunens avgift bör ses över varje år.") == []
    assert _measure_owners("Enhetslederen skal informeres om tiltaket.", "nb") == []
    # a noun followed by a relative clause names no actor
    assert _measure_owners("Fritidsverksamhet där unga möts varje vecka.") == []


def test_a_suspended_compound_role_acting_in_the_present_tense_owns_the_measure():
    assert _measure_owners("Miljö- och energistrategen samordnar arbetet.") == ["Miljö- och energistrategen"]


def test_the_present_tense_subject_is_the_shortest_before_a_verb_and_no_relative_word_is_a_verb():
    from plancheck.extract.plan import _present_subject

    assert _present_subject("Kommunen stödjer föreningar som sparar energi.", "sv").group("subject") == "Kommunen"
    assert _present_subject("Vår kommun stödjer föreningar.", "sv").group("subject") == "Vår kommun"
    assert _present_subject("Fritidsverksamhet där unga möts varje vecka.", "sv") is None
    assert _present_subject("Skolan bör ses över.", "sv") is None
