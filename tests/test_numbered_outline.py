"""Numbered outlines with no role word: goal "1" over its items "1.1" (measures, or sub-goals
when a table numbers actions "1.1.1"), owner and deadline in one parenthesis, and heading
levels of an outline list inside a numbered chapter."""

from __future__ import annotations

from plancheck.extract.fields import split_fields
from plancheck.extract.plan import build_plan
from plancheck.ingest.sections import build_sections
from plancheck.layout.blocks import _nested_level
from plancheck.layout.settings import LayoutSettings
from plancheck.models import Block, BlockKind, Cell, Document, Provenance, Table


def _b(kind: BlockKind, text: str, number: str | None = None, level: int | None = None) -> Block:
    return Block(id="", kind=kind, text=text, number=number, level=level)


def _plan(blocks: list[Block], lang: str):
    for i, b in enumerate(blocks):
        b.id = f"b{i}"
        b.provenance = Provenance(page=1, source_text=b.text)
    doc = Document(path="x.pdf", page_count=1, blocks=blocks, sections=build_sections(blocks))
    return build_plan(doc, lang=lang, model=None)


def test_outline_goal_with_measures_under_it():
    li = BlockKind.list_item
    plan = _plan(
        [
            _b(BlockKind.heading, "Mål og tiltak", "4", 1),
            _b(li, "Færre unge skal bruke rusmiddel i helga.", "1.", 0),
            _b(li, "Lage ein rutine for oppfølging (Ansvar: legevakta og rusteamet, innan 2027)", "1.1", 1),
            _b(li, "Tilby kurs for foreldre (innan 1. juli 2026)", "1.2", 1),
            _b(li, "Alle skal kjenne seg trygge i sentrum om kvelden.", "2.", 0),
            _b(li, "Auke talet på vaktpatruljar", "2.1", 1),
        ],
        "nn",
    )
    assert [g.text for g in plan.goals] == [
        "Færre unge skal bruke rusmiddel i helga.",
        "Alle skal kjenne seg trygge i sentrum om kvelden.",
    ]
    texts = {m.text: m for m in plan.measures}
    assert texts["Lage ein rutine for oppfølging"].deadline.text == "innan 2027"
    assert texts["Tilby kurs for foreldre"].deadline.text == "innan 1. juli 2026"
    assert texts["Auke talet på vaktpatruljar"].goal_ids == [plan.goals[1].id]


def test_a_numbered_chapter_title_is_no_outline_goal():
    plan = _plan([_b(BlockKind.heading, "Innleiing", "1", 1), _b(BlockKind.heading, "Bakgrunn", "1.1", 2)], "nn")
    assert plan.goals == []


def test_outline_items_are_sub_goals_when_a_table_numbers_actions_below_them():
    table = Table(
        header=["Ref", "Action", "Lead", "Timeline"],
        rows=[[Cell(row=0, col=0, text="1.1.1"), Cell(row=0, col=1, text="Install solar panels on the depot"),
               Cell(row=0, col=2, text="Energy Manager"), Cell(row=0, col=3, text="2026")]],
    )
    plan = _plan(
        [
            _b(BlockKind.heading, "The council will be net zero carbon by 2030.", "1", 1),
            _b(BlockKind.heading, "Cut energy use in council buildings by 35%.", "1.1", 2),
            Block(id="", kind=BlockKind.table, text="Ref | Action | Lead | Timeline", table=table),
        ],
        "en",
    )
    kinds = [(g.text, str(g.kind)) for g in plan.goals]
    assert kinds == [("The council will be net zero carbon by 2030.", "goal"),
                     ("Cut energy use in council buildings by 35%.", "sub_goal")]
    assert plan.measures[0].goal_ids == [plan.goals[1].id]


def test_owner_field_ending_in_a_deadline():
    f = split_fields("Gjennomføre kontrollar (Ansvar: servicetorget, kvar haust)", "nn")
    assert (f.text, f.owner, f.deadline) == ("Gjennomføre kontrollar", "servicetorget", "kvar haust")
    f = split_fields("Lage en plan (i samarbeid med NAV)", "nb")
    assert (f.owner, f.deadline) == (None, None)


def test_outline_heading_restarting_at_one_in_body_size_nests_under_the_chapter():
    s = LayoutSettings()
    # "4 Mål og tiltak" at 16 pt, then "1." at 11 pt: one level below
    assert _nested_level([(16.0, 1)], "1", 11.0, s) == 2
    # the next item of the run takes the same level
    assert _nested_level([(16.0, 1), (11.0, 2)], "2", 11.0, s) == 2
    # a chapter "5" in the chapter size again: the number decides
    assert _nested_level([(16.0, 1), (11.0, 2)], "5", 16.0, s) is None
    # a smaller heading that does not start at 1 is not a restarted outline
    assert _nested_level([(16.0, 1)], "3", 11.0, s) is None


def test_a_count_column_is_not_the_measure_column():
    table = Table(
        header=["Mål", "Antal åtgärder", "Ansvarig nämnd"],
        rows=[[Cell(row=0, col=0, text="1. Fler barn ska röra sig varje dag."), Cell(row=0, col=1, text="3"),
               Cell(row=0, col=2, text="Socialnämnden")]],
    )
    plan = _plan([Block(id="", kind=BlockKind.table, text="Mål | Antal åtgärder | Ansvarig nämnd", table=table)], "sv")
    assert plan.measures == []


def test_a_wrapped_field_line_belongs_to_the_measure_above():
    plan = _plan(
        [
            _b(BlockKind.heading, "Mål och åtgärder", None, 1),
            _b(BlockKind.paragraph, "Åtgärd 1.1 Starta träffpunkter för seniorer – Ansvarig: Socialförvaltningen –"),
            _b(BlockKind.list_item, "Tidplan: 2025–2027", None, 0),
        ],
        "sv",
    )
    assert [(m.text, m.deadline.text if m.deadline else None) for m in plan.measures] == [
        ("Starta träffpunkter för seniorer", "2025–2027")
    ]


def test_a_card_title_with_its_field_grid_is_one_measure():
    table = Table(
        header=["Ansvarlig", "Kommunalteknikk"],
        rows=[[Cell(row=0, col=0, text="Gjennomføres"), Cell(row=0, col=1, text="2027–2028")],
              [Cell(row=1, col=0, text="Bidrar til mål"), Cell(row=1, col=1, text="1, 2")]],
    )
    plan = _plan(
        [
            _b(BlockKind.heading, "Våre mål", None, 1),
            _b(BlockKind.paragraph, "Mål 1 Overvann skal håndteres lokalt."),
            _b(BlockKind.paragraph, "Mål 2 Nye bygg skal tåle mer nedbør."),
            _b(BlockKind.heading, "Tiltak", None, 1),
            _b(BlockKind.heading, "Overvann og flom", None, 2),
            _b(BlockKind.paragraph, "TILTAK 1"),
            _b(BlockKind.heading, "Åpne bekken gjennom parken", None, 3),
            Block(id="", kind=BlockKind.table, text="Ansvarlig | Kommunalteknikk", table=table),
            _b(BlockKind.paragraph, "TILTAK 2"),
            _b(BlockKind.heading, "Lage en veileder for huseiere", None, 3),
            _b(BlockKind.paragraph, "Ansvarlig"),
            _b(BlockKind.paragraph, "Gjennomføres 2026\nBidrar til mål 2"),
        ],
        "nb",
    )
    got = [(m.text, [o.text for o in m.owners], m.deadline.text if m.deadline else None, len(m.goal_ids))
           for m in plan.measures]
    assert got == [
        ("Åpne bekken gjennom parken", ["Kommunalteknikk"], "2027–2028", 2),
        ("Lage en veileder for huseiere", [], "2026", 1),
    ]
    assert plan.measures[1].has_owner_column


def test_cards_side_by_side_are_columns_even_when_their_rows_line_up():
    from plancheck.layout.columns import looks_like_columns
    from plancheck.layout.words import Word

    def card(x: float) -> list[Word]:
        words = [Word("TILTAK", x, 0, x + 30, 8, 8), Word("Kartlegge", x, 12, x + 200, 20, 8)]
        for i, (label, value) in enumerate([("Ansvarlig", "Plan"), ("Kostnad", "600"), ("Frist", "2026")]):
            top = 30 + 12 * i
            words += [Word(label, x, top, x + 40, top + 8, 8), Word(value, x + 80, top, x + 100, top + 8, 8)]
        return words

    assert looks_like_columns([card(50), card(310)], 595)
    # two table columns that differ inside are still a table
    other = [Word("a", 310, 12 * i, 500, 12 * i + 8, 8) for i in range(5)]
    assert not looks_like_columns([card(50), other], 595)
