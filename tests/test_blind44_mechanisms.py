"""Forms of the blind batches of session 39 (plans batch 41, parents-blind44), made general, on
hand-built inputs with invented wording: a goal hierarchy drawn as a table of labelled boxes, a
lettered outline of measures (A1, A2, B1, C1) whose items carry '(ansvar: …; tid: …)' wrapped
after the colon, the measures of goal A linked by their code, 'Outcomes we want' as a goal
heading, a card's number badge read as a list's last item, and a measure's own owner named in its
text as no evidence of the parent goal it follows up."""

from __future__ import annotations

from test_layout_support import line_words

from plancheck.extract.placeholders import drop_placeholders, is_placeholder
from plancheck.extract.plan import build_plan
from plancheck.ingest.sections import build_sections
from plancheck.lang.vocab import relative_clause_heading_role
from plancheck.layout.blocks import build_blocks, code_series
from plancheck.layout.lines import words_to_lines
from plancheck.mandate.parents import goal_words, without_owner
from plancheck.models import (
    Block,
    BlockKind,
    Cell,
    Document,
    Plan,
    Provenance,
    SourceInfo,
    Strategy,
    Table,
)


def _b(kind: BlockKind, text: str, number: str | None = None, level: int | None = None, table: Table | None = None) -> Block:
    return Block(id="", kind=kind, text=text, number=number, level=level, table=table, bold=kind == BlockKind.heading)


def _plan(blocks: list[Block], lang: str):
    for i, b in enumerate(blocks):
        b.id = f"b{i}"
        b.provenance = Provenance(page=1, source_text=b.text)
    doc = Document(path="x.pdf", page_count=1, blocks=blocks, sections=build_sections(blocks))
    return build_plan(doc, lang=lang, model=None)


def _table(header: list[str], rows: list[list[str]]) -> Table:
    return Table(header=header, rows=[[Cell(row=r, col=c, text=t, page=1) for c, t in enumerate(row)]
                                      for r, row in enumerate(rows)], pages=[1])


# ----------------------------------------------------------------- a goal hierarchy as labelled boxes

BOXES = _table(
    ["VISJON\nTrygg og aktiv heile livet", ""],
    [
        ["HOVUDMÅL\nAlle innbyggjarar skal kunne leve aktive liv i eigen heim.", ""],
        ["DELMÅL A\nFleire skal få hjelp tidleg.", "DELMÅL B\nPårørande skal få avlasting når dei treng det."],
    ],
)


def test_a_table_of_labelled_boxes_is_the_goal_hierarchy():
    plan = _plan(
        [
            _b(BlockKind.heading, "Målhierarki", level=1),
            _b(BlockKind.table, "", table=BOXES),
            _b(BlockKind.heading, "Tiltak", level=1),
            _b(BlockKind.heading, "Delmål A – Tidleg hjelp", level=2),
            _b(BlockKind.list_item, "Oppsøkjande team i alle grender (ansvarleg: heimetenesta; tid: 2027)", number="A1"),
            _b(BlockKind.heading, "Delmål B – Avlasting", level=2),
            _b(BlockKind.list_item, "Avlastingsplass på sjukeheimen (ansvarleg: sjukeheimen; tid: 2028)", number="B1"),
        ],
        "nn",
    )
    assert plan.vision is not None and plan.vision.text == "Trygg og aktiv heile livet"
    got = [(str(getattr(g.kind, "value", g.kind)), g.number, g.text) for g in plan.goals]
    assert got == [
        ("main_goal", None, "Alle innbyggjarar skal kunne leve aktive liv i eigen heim."),
        ("sub_goal", "A", "Fleire skal få hjelp tidleg."),
        ("sub_goal", "B", "Pårørande skal få avlasting når dei treng det."),
    ]
    by_number = {g.id: g.number for g in plan.goals}
    # the measures of goal A numbered A1: linked to goal A by their code
    assert [[by_number[i] for i in m.goal_ids] for m in plan.measures] == [["A"], ["B"]]


def test_a_table_whose_cells_are_not_all_labelled_boxes_is_read_as_before():
    table = _table(["VISJON\nTrygg og aktiv heile livet", "Tal"], [["Innbyggjarar over 80 år", "412"]])
    plan = _plan([_b(BlockKind.heading, "Fakta", level=1), _b(BlockKind.table, "", table=table)], "nn")
    assert plan.goals == [] and plan.vision is None


# ----------------------------------------------------------------- a lettered outline of measures


def test_codes_of_goal_letters_number_a_list_when_the_letters_run_from_a():
    openings = [("A1", "Tidleg"), ("A2", "Heime"), ("B1", "Koordinator"), ("C1", "Samtale")]
    assert code_series(openings) == {"A1", "A2", "B1", "C1"}
    # two letters only, or letters that do not start at A: names, not a numbering
    assert code_series([("A1", "Tidleg"), ("B1", "Koordinator")]) == frozenset()
    assert code_series([("E6", "Kristiansand"), ("F1", "Pilot"), ("G1", "Drift")]) == frozenset()


def _blocks(lines: list[tuple[str, float, float, bool]]) -> list[tuple[str, str | None, str]]:
    words = []
    for text, x, top, bold in lines:
        ws = line_words(text, x, top)
        for w in ws:
            w.bold = bold
        words += ws
    return [(str(getattr(b.kind, "value", b.kind)), b.number, b.text) for b in build_blocks([words_to_lines(words, 1)], [])]


def test_lettered_measures_are_items_and_their_bracket_goes_on_after_a_colon():
    got = _blocks([
        ("Delmål A – Tidleg hjelp", 50, 100, True),
        ("A1 Oppsøkjande team i alle grender (ansvarleg: heimetenesta; tid: 2027)", 50, 114, False),
        ("A2 Kurs for pårørande ved alle sjukeheimar og i heimetenesta (ansvarleg: helse; tid:", 50, 126, False),
        ("2028)", 50, 138, False),
        ("Delmål B – Avlasting", 50, 160, True),
        ("B1 Avlastingsplass på sjukeheimen (ansvarleg: sjukeheimen; tid: 2028)", 50, 174, False),
        ("Delmål C – Fritid", 50, 196, True),
        ("C1 Aktivitetsvenn for alle som ønskjer det (ansvarleg: frivilligsentralen; tid: 2027)", 50, 210, False),
    ])
    items = [(n, t) for k, n, t in got if k == "list_item"]
    assert [n for n, _t in items] == ["A1", "A2", "B1", "C1"]
    assert items[1][1].endswith("(ansvarleg: helse; tid: 2028)")
    assert not any(k == "paragraph" for k, _n, _t in got)


# ----------------------------------------------------------------- headings and stray marks


def test_a_goal_word_with_a_closed_relative_clause_heads_goals():
    assert relative_clause_heading_role("Outcomes we want") == "goal"
    assert relative_clause_heading_role("Outcomes we want to see") == "goal"
    assert relative_clause_heading_role("Outcomes we will") is None  # 'will' is no full verb


def test_a_number_alone_holds_no_item():
    assert is_placeholder("3")
    assert is_placeholder(" – ")
    assert not is_placeholder("Plant 300 trees")
    plan = Plan(source=SourceInfo(path="x.pdf", format="pdf", sha256="0", pages=1), strategies=[Strategy(id="strategy-1", text="Use our land to attract investment"),
                            Strategy(id="strategy-2", text="2")])
    drop_placeholders(plan)
    assert [s.text for s in plan.strategies] == ["Use our land to attract investment"]


# ----------------------------------------------------------------- the rød tråd: a measure's own owner


def test_a_measures_own_owner_named_in_its_text_is_no_evidence():
    words = goal_words("Besøksvenn frå frivilligsentralen for eldre som bur åleine", "nn", broader=True)
    kept = without_owner(words, ["frivilligsentralen"], "nn")
    assert "frivilligsentralen" not in [w.surface for w in kept]
    assert "Besøksvenn" in [w.surface for w in kept]
    # a plain word the owner shares may be what is done: kept ("tilbake til skulen" by "skulane")
    words = goal_words("Plan for elevar som kjem tilbake til skulen etter sjukdom", "nn", broader=True)
    assert [w.surface for w in without_owner(words, ["skulane"], "nn")] == [w.surface for w in words]
