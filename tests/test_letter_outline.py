"""Letter-numbered outlines typed by hand ("A" → "A.1" → "A.1.a"): the layout numbers heading
lines lettered A, B, … as it numbers "1", "2"; a table row numbered "A.1" over rows numbered
"A.1.a" heads them — hand-built inputs."""

from __future__ import annotations

from dataclasses import replace

from test_layout_support import line_words

from plancheck.extract.plan import build_plan
from plancheck.extract.tables import outline_group_rows
from plancheck.ingest.sections import build_sections
from plancheck.layout.blocks import build_blocks, classify, letter_series
from plancheck.layout.lines import words_to_lines
from plancheck.models import Block, BlockKind, Cell, Document, Provenance, Table


def _bold_line(text: str, top: float, size: float = 10):
    words = [replace(w, bold=True) for w in line_words(text, 50, top, size)]
    return words_to_lines(words, 1)[0]


def _body(text: str, top: float):
    return words_to_lines(line_words(text, 50, top), 1)[0]


def test_heading_lines_lettered_a_b_are_an_outline_and_one_is_a_sentence():
    a = _bold_line("A Nordvik skal ha et variert næringsliv", 100)
    b = _bold_line("B Turismen skal vare hele året rundt", 140)
    body = [_body("Litt tekst om planen som går over en hel linje her", t) for t in (60, 72, 84)]
    assert letter_series([*body, a, b], 10) == frozenset("AB")
    assert letter_series([*body, a], 10) == frozenset()  # "A Vision for 2030" alone: a sentence
    kind, number, _bullet, text = classify(a, 10, letters=frozenset("AB"))
    assert (kind, number, text) == ("heading", "A", "Nordvik skal ha et variert næringsliv")
    assert classify(a, 10)[1] is None


def test_a_dotted_letter_number_is_a_heading_number_of_its_depth():
    ln = _bold_line("A.1 Forenkle oppstart av nye foretak", 100)
    assert classify(ln, 10)[1] == "A.1"
    blocks = build_blocks([[_bold_line("B.2.c Lage en plan for eksport", 100)]], [])
    assert (blocks[0].number, blocks[0].level) == ("B.2.c", 3)


def test_lettered_headings_become_numbered_blocks():
    lines = [_body("Litt tekst om planen som går over en hel linje her", t) for t in (40, 52, 64)]
    lines += [_bold_line("A Nordvik skal ha et variert næringsliv", 100), _bold_line("B Turismen skal gi jobb hele året", 140)]
    heads = [b for b in build_blocks([lines], []) if b.kind == BlockKind.heading]
    assert [(b.number, b.text) for b in heads] == [("A", "Nordvik skal ha et variert næringsliv"),
                                                   ("B", "Turismen skal gi jobb hele året")]


HEADER = ["Nr", "Tiltak", "Ansvarlig", "Frist"]
ROWS = [
    ["A.1", "Forenkle oppstart av nye foretak", "", ""],
    ["A.1.a", "Gi hvert nytt foretak en kontakt i kommunen", "Næringssjef", "2025"],
    ["A.1.b", "Holde kurs i regnskap for gründere", "", ""],
    ["A.2", "Sikre tomter for industri", "", ""],
    ["A.2.a", "Regulere areal ved havna", "Plan og byggesak", "2026"],
]


def _table(rows: list[list[str]]) -> Table:
    return Table(header=HEADER, rows=[[Cell(row=r, col=c, text=t, page=1) for c, t in enumerate(row)]
                                      for r, row in enumerate(rows)], pages=[1])


def test_a_row_numbered_over_the_next_rows_heads_them_and_an_empty_leaf_does_not():
    rows = _table(ROWS).rows
    # "A.1.b" has empty owner and deadline cells too, but no row is numbered under it: a measure
    assert outline_group_rows(rows, ["number", "measure", "owner", "deadline"], 1) == {0: "A.1", 3: "A.2"}
    assert outline_group_rows(rows, [None, "measure", "owner", "deadline"], 1) == {}


def test_letter_goals_with_strategy_rows_and_measures_linked_by_their_numbers():
    blocks = [
        Block(id="b1", kind=BlockKind.heading, text="Mål, strategier og tiltak", level=1, number="3"),
        Block(id="b2", kind=BlockKind.heading, text="Nordvik skal ha et variert og voksende næringsliv.", level=2, number="A", bold=True),
        Block(id="b3", kind=BlockKind.paragraph, text="Sysselsettingen har stått stille lenge."),
        Block(id="b4", kind=BlockKind.table, text=" | ".join(HEADER), table=_table(ROWS)),
    ]
    for b in blocks:
        b.provenance = Provenance(page=1, source_text=b.text)
    doc = Document(path="x.pdf", page_count=1, blocks=blocks, sections=build_sections(blocks))
    plan = build_plan(doc, lang="nb", model=None)
    assert [(g.number, g.text) for g in plan.goals] == [("A", "Nordvik skal ha et variert og voksende næringsliv.")]
    goal = plan.goals[0]
    assert [(s.number, s.text, s.goal_ids) for s in plan.strategies] == [
        ("A.1", "Forenkle oppstart av nye foretak", [goal.id]),
        ("A.2", "Sikre tomter for industri", [goal.id]),
    ]
    by_number = {m.number: m for m in plan.measures}
    assert sorted(by_number) == ["A.1.a", "A.1.b", "A.2.a"]  # the strategy rows are no measures
    strategy = {s.number: s.id for s in plan.strategies}
    assert by_number["A.1.b"].strategy_ids == [strategy["A.1"]]
    assert by_number["A.2.a"].strategy_ids == [strategy["A.2"]]
    assert all(m.goal_ids == [goal.id] for m in plan.measures)


def test_one_lettered_heading_counts_when_an_item_number_goes_on_from_its_letter():
    from plancheck.layout.blocks import item_numbers

    a = _bold_line("A Nordvik skal ha et variert næringsliv", 100)
    body = [_body("Litt tekst om planen som går over en hel linje her", t) for t in (60, 72, 84)]
    # a plan with one lettered goal: no series, but its table numbers the rows "A.1"
    table = Table(header=HEADER, rows=[[Cell(row=0, col=c, text=t) for c, t in enumerate(ROWS[0])]])
    numbers = item_numbers([*body, a], [(None, table)])
    assert "A.1" in numbers
    assert letter_series([*body, a], 10, numbers=numbers) == frozenset("A")
    # a list line numbered "A.2" says the same; a number from another letter or none does not
    assert letter_series([*body, a], 10, numbers=frozenset({"A.2"})) == frozenset("A")
    assert letter_series([*body, a], 10, numbers=frozenset({"B.1", "2.1", "A"})) == frozenset()
