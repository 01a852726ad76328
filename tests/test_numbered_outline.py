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
    assert _nested_level([(16.0, 1, True)], "1", 11.0, s) == 2
    # the next item of the run takes the same level
    assert _nested_level([(16.0, 1, True), (11.0, 2, True)], "2", 11.0, s) == 2
    # a chapter "5" in the chapter size again: the number decides
    assert _nested_level([(16.0, 1, True), (11.0, 2, True)], "5", 16.0, s) is None
    # a smaller heading that does not start at 1 is not a restarted outline
    assert _nested_level([(16.0, 1, True)], "3", 11.0, s) is None
    # a sub-heading "1.1" a point smaller than its chapter makes no run: chapter "2" is a chapter
    assert _nested_level([(14.0, 1, True), (13.0, 2, False)], "2", 14.0, s) is None


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


def test_an_outline_item_that_states_an_aim_is_a_sub_goal():
    li = BlockKind.list_item
    plan = _plan(
        [
            _b(BlockKind.heading, "Uddannelse og job", None, 1),
            _b(li, "Kommunen skal være et trygt sted for alle trafikanter.", "3.", 0),
            _b(li, "Unge skal få tidlig hjælp, når de har brug for det", "3.1", 1),
            _b(li, "Etablere et lavtærskeltilbud til unge", "3.2", 1),
            _b(BlockKind.heading, "Tryg opvækst", None, 1),
            _b(li, "Samarbejde tæt med foreningslivet", "3.3", 0),
        ],
        "da",
    )
    assert [(g.text, str(g.kind)) for g in plan.goals][1] == ("Unge skal få tidlig hjælp, når de har brug for det", "sub_goal")
    # a heading outside the outline ends it: "3.3" after it is not an item of goal 3
    assert [m.text for m in plan.measures] == ["Etablere et lavtærskeltilbud til unge"]


def test_the_lexicon_owner_column_wins_over_a_compound_beside_it():
    from plancheck.extract.tables import table_roles

    roles = table_roles(["Nr", "Tiltak", "Hovedansvar", "Medansvar", "Periode"])
    assert roles == ["number", "measure", "owner", None, "deadline"]


def test_a_card_grid_split_by_a_gap_is_read_whole():
    plan = _plan(
        [
            _b(BlockKind.heading, "Mål", None, 1),
            _b(BlockKind.paragraph, "Mål 4 Innbyggerne skal vite hvordan de sikrer boligen."),
            _b(BlockKind.heading, "Tiltak", None, 1),
            _b(BlockKind.paragraph, "TILTAK 10"),
            _b(BlockKind.heading, "Arrangere informasjonsmøter i grendene", None, 3),
            _b(BlockKind.paragraph, "Ansvarlig Beredskapskoordinator\nGjennomføres 2026"),
            _b(BlockKind.paragraph, "Kostnad 50 000 kr\nBidrar til mål 4"),
        ],
        "nb",
    )
    [m] = plan.measures
    assert ([o.text for o in m.owners], m.deadline.text, m.goal_ids) == (["Beredskapskoordinator"], "2026", [plan.goals[0].id])


def test_the_statement_under_a_numbered_title_is_the_goal_of_the_objectives_below_it():
    """"1 :: SAFE STREETS", one sentence under it, then "Objective 1 :: …": the sentence is the
    goal (the title only names it) and the labelled objectives are its sub-goals; the same
    holds under the next numbered title. A longer introduction is not read as a goal."""
    from tests.conftest import plan_of_blocks

    blocks = [
        _b(BlockKind.heading, "Transport", level=1),
        _b(BlockKind.heading, ":: SAFE STREETS", number="1", level=2),
        _b(BlockKind.paragraph, "Make every street in the town safe for walking and cycling."),
        _b(BlockKind.paragraph, "Objective 1 :: Reduce speeds in residential areas."),
        _b(BlockKind.heading, "Action Item A ::", level=3),
        _b(BlockKind.paragraph, "Install speed humps near every school."),
        _b(BlockKind.heading, ":: CLEAN AIR", number="2", level=2),
        _b(BlockKind.paragraph, "Cut the emissions of the municipal vehicle fleet by half."),
        _b(BlockKind.paragraph, "Objective 1 :: Replace diesel buses with electric ones."),
    ]
    plan = plan_of_blocks(blocks, "en")
    by_text = {g.text: g for g in plan.goals}
    top = by_text["Make every street in the town safe for walking and cycling."]
    assert top.kind == "goal"
    assert by_text["Reduce speeds in residential areas."].parent_id == top.id
    second = by_text["Cut the emissions of the municipal vehicle fleet by half."]
    assert by_text["Replace diesel buses with electric ones."].parent_id == second.id
    assert [m.text for m in plan.measures] == ["Install speed humps near every school."]

    long_intro = " ".join(["This chapter describes the work on the streets of the town."] * 3)
    blocks = [
        _b(BlockKind.heading, ":: SAFE STREETS", number="1", level=2),
        _b(BlockKind.paragraph, long_intro),
        _b(BlockKind.paragraph, "Objective 1 :: Reduce speeds in residential areas."),
    ]
    assert [g.text for g in plan_of_blocks(blocks, "en").goals] == ["Reduce speeds in residential areas."]


def test_the_plain_text_under_a_bold_goal_bullet_describes_it():
    """Under "OBJECTIVES", "• **Cut car trips to work**" and plain sentences under it: the
    bullet is the goal, the sentences explain it (they are not goals of their own)."""
    from tests.conftest import plan_of_blocks

    title = Block(id="", kind=BlockKind.list_item, text="Cut car trips to work by staff",
                  bullet="•", level=0, bold=True)
    blocks = [
        _b(BlockKind.heading, "Objectives", level=1),
        title,
        _b(BlockKind.paragraph, "This objective aims to reduce pollution. "
                                "Fewer cars will also mean quieter streets."),
        _b(BlockKind.list_item, "STRATEGY 1: Start a travel demand programme for employees"),
    ]
    plan = plan_of_blocks(blocks, "en")
    assert [g.text for g in plan.goals] == ["Cut car trips to work by staff"]


def test_the_text_under_a_lone_label_is_the_item_even_when_it_ends_in_a_colon():
    """"Action Item B ::" alone, then "Develop the street tree project, a townwide effort to
    …:" and a paragraph of details: the text under the label is the measure (its colon leads into
    the details), not a lead-in that hands the label to the details."""
    from tests.conftest import plan_of_blocks

    blocks = [
        _b(BlockKind.heading, "Energy", level=1),
        _b(BlockKind.paragraph, "Objective 1 :: Cut the energy use of homes."),
        _b(BlockKind.heading, "Action Item A ::", level=3),
        _b(BlockKind.paragraph, "Adopt an energy standard for new homes."),
        _b(BlockKind.heading, "Action Item B ::", level=3),
        _b(BlockKind.paragraph, "Develop the street tree project, a townwide effort to plant trees:"),
        _b(BlockKind.paragraph, "Background: The project would cool the streets and engage young people."),
    ]
    plan = plan_of_blocks(blocks, "en")
    assert [m.text for m in plan.measures] == [
        "Adopt an energy standard for new homes.",
        "Develop the street tree project, a townwide effort to plant trees",
    ]


def _noted_outline(notes: bool) -> list[Block]:
    """An outline 1 / 1.1 / 1.1.1 with no role word; with ``notes``, under each "1.1.1" the layout's
    note of who and when ('<unit> · <time>')."""
    li = BlockKind.list_item
    blocks = [_b(BlockKind.heading, "Mål og tiltak", None, 1)]
    items = [
        (BlockKind.heading, "Fleire barn skal få eit kulturtilbod", "1", 1, None),
        (li, "Ventelista skal vere under 20 elevar innan 2028", "1.1", 0, None),
        (li, "Opprette to nye grupper i gitar og band", "1.1.1", 1, "Rektor kulturskulen · Haust 2026"),
        (li, "Kulturskulen og grunnskulen skal samarbeide om skulesekken", "1.2", 0, None),
        (li, "Setje opp ei felles framsyning med 7. trinn", "1.2.1", 1, "Kulturskulen · Vår 2027"),
        (li, "Lage ein felles årsplan for samarbeidet", "1.2.2", 1, "Kulturskulen"),
    ]
    for kind, text, number, level, note in items:
        blocks.append(_b(kind, text, number, level))
        if note and notes:
            blocks.append(Block(id="", kind=BlockKind.paragraph, text=note, item_note=True))
    return blocks


def test_the_deepest_level_that_says_who_and_when_is_the_measures_and_the_level_above_their_goals():
    plan = _plan(_noted_outline(notes=True), "nn")
    goals = {g.text: g for g in plan.goals}
    # "1.2" is worded as joint work, but its items carry the notes: it is a sub-goal
    assert [(g.number, str(g.kind)) for g in plan.goals] == [("1", "goal"), ("1.1", "sub_goal"), ("1.2", "sub_goal")]
    by_text = {m.text: m for m in plan.measures}
    assert set(by_text) == {"Opprette to nye grupper i gitar og band", "Setje opp ei felles framsyning med 7. trinn",
                            "Lage ein felles årsplan for samarbeidet"}
    sub = goals["Kulturskulen og grunnskulen skal samarbeide om skulesekken"]
    assert by_text["Setje opp ei felles framsyning med 7. trinn"].goal_ids == [sub.id]
    assert by_text["Lage ein felles årsplan for samarbeidet"].goal_ids == [sub.id]
    assert by_text["Opprette to nye grupper i gitar og band"].deadline.text == "Haust 2026"


def test_without_notes_under_the_deepest_level_the_middle_level_is_not_made_sub_goals():
    plan = _plan(_noted_outline(notes=False), "nn")
    # nothing says who and when: the depth alone makes no level the measures'
    assert "Kulturskulen og grunnskulen skal samarbeide om skulesekken" not in {
        g.text for g in plan.goals if str(g.kind) == "sub_goal"
    }
