"""Labelled records, titled records and outlines, stage by stage on hand-built inputs: the layout
turns record blocks into tables (plancheck.layout.records), a measure line gives up its owner and
deadline fields (plancheck.extract.fields), labels come from the lexicon (plancheck.extract.roles),
and the plan links outline items and records to their goals (plancheck.extract.plan)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from plancheck.extract.fields import split_fields
from plancheck.extract.plan import build_plan
from plancheck.extract.roles import label_role
from plancheck.ingest.sections import build_sections
from plancheck.layout.blocks import build_blocks
from plancheck.layout.lines import words_to_lines
from plancheck.layout.records import records_to_tables
from plancheck.layout.words import Word
from plancheck.models import Block, Document, Provenance

# --------------------------------------------------------------------------- hand-built blocks


def block(i: int, text: str, kind: str = "paragraph", *, level: int | None = None, bold: bool = False,
          size: float = 10.0, number: str | None = None) -> Block:
    return Block(id=f"b{i}", kind=kind, text=text, level=level, bold=bold, font_size=size, number=number,
                 provenance=Provenance(page=1, source_text=text))


def blocks_of(spec: list[tuple]) -> list[Block]:
    """(text,) is body text, (text, "title") a bold line in the body size, (text, level) a heading
    one size step larger per level above 3, (text, "item") a list item."""
    out = []
    for i, (text, *how) in enumerate(spec, start=1):
        kind = how[0] if how else None
        if kind == "title":
            out.append(block(i, text, "heading", level=4, bold=True))
        elif kind == "item":
            out.append(block(i, text, "list_item", level=0))
        elif isinstance(kind, int):
            out.append(block(i, text, "heading", level=kind, bold=True, size=10.0 + 2 * (4 - kind)))
        else:
            out.append(block(i, text))
    return out


def plan_of(blocks: list[Block], lang: str = "nb", hint=None):
    blocks = records_to_tables(blocks, hint=hint)
    for i, b in enumerate(blocks, start=1):
        b.id = f"b{i}"
    doc = Document(path="hand-built.pdf", blocks=blocks, sections=build_sections(blocks))
    return build_plan(doc, lang=lang, model=None)


# --------------------------------------------------------------------------- layout: records


TITLED = [
    ("Levekår", 2),
    ("Mål: Færre barn skal vokse opp i familier med lav inntekt.",),
    ("Etablere en familiekoordinator i NAV", "title"),
    ("Koordinatoren følger familiene over tid.",),
    ("Ansvar: NAV-leder",),
    ("Frist: 1. halvår 2026",),
    ("Innføre fritidskort for alle barn", "title"),
    ("Frist: 2026",),
    ("Kostnad: kr 1,2 mill.",),
    ("Gjennomgå foreldrebetalingen i SFO", "title"),
    ("Ansvar: Økonomisjef",),
    ("Fysisk aktivitet", 2),
]


def test_titled_records_become_one_table_with_the_titles_in_an_unnamed_column():
    out = records_to_tables(blocks_of(TITLED))
    assert [b.kind for b in out] == ["heading", "paragraph", "table", "heading"]
    table = out[2].table
    assert table.header == ["", "Ansvar", "Frist", "Kostnad", ""]
    assert [[c.text for c in r] for r in table.rows] == [
        ["Etablere en familiekoordinator i NAV", "NAV-leder", "1. halvår 2026", "", "Koordinatoren følger familiene over tid."],
        ["Innføre fritidskort for alle barn", "", "2026", "kr 1,2 mill.", ""],
        ["Gjennomgå foreldrebetalingen i SFO", "Økonomisjef", "", "", ""],
    ]
    assert out[2].text == "Ansvar | Frist | Kostnad"


def test_a_title_with_no_label_line_between_records_is_a_record_with_every_field_missing():
    spec = [("Tiltak", 2),
            ("Lage en plan", "title"), ("Ansvar: Rådmann",), ("Frist: 2026",),
            ("Holde et møte", "title"),
            ("Skrive en rapport", "title"), ("Ansvar: Rådgiver",), ("Frist: 2027",),
            ("Male et gjerde", "title"),
            ("Neste kapittel", 2)]
    out = records_to_tables(blocks_of(spec))
    assert [b.kind for b in out] == ["heading", "table", "heading"]
    assert [[c.text for c in r][:3] for r in out[1].table.rows] == [
        ["Lage en plan", "Rådmann", "2026"], ["Holde et møte", "", ""],
        ["Skrive en rapport", "Rådgiver", "2027"], ["Male et gjerde", "", ""],
    ]


def test_a_lone_titled_record_whose_labels_name_an_owner_and_a_deadline_is_a_table_of_one_row():
    """A plan with one measure, set as a bold title over 'Ansvar: …' / 'Tidsplan: …' lines: no
    label set recurs over the document, but the lexicon (the caller's hint) knows every label as
    an owner's or a deadline's column word, so the title and its lines are one record."""
    from plancheck.lang.vocab import column_role

    spec = [("Tiltak", 2), ("Mål 1: Flere eldre skal bo trygt hjemme", 3),
            ("Opprette et lavterskel treningstilbud i alle bydeler", "title"),
            ("Ansvar: Enhetsleder hjemmetjenesten",), ("Tidsplan: Løpende",)]
    out = records_to_tables(blocks_of(spec), hint=column_role)
    assert [b.kind for b in out] == ["heading", "heading", "table"]
    assert [[c.text for c in r] for r in out[2].table.rows] == [
        ["Opprette et lavterskel treningstilbud i alle bydeler", "Enhetsleder hjemmetjenesten", "Løpende"]
    ]
    plan = plan_of(blocks_of(spec), hint=column_role)
    assert [(m.text, [o.text for o in m.owners], m.deadline.text) for m in plan.measures] == [
        ("Opprette et lavterskel treningstilbud i alle bydeler", ["Enhetsleder hjemmetjenesten"], "Løpende")
    ]
    # without the hint, or under labels that name no owner or deadline, the lines stay text
    assert [b.kind for b in records_to_tables(blocks_of(spec))] == [b.kind for b in blocks_of(spec)]
    other = [("Kontakt", 2), ("Servicetorget", "title"), ("Telefon: 12 34 56 78",), ("Adresse: Storgata 1",)]
    assert [b.kind for b in records_to_tables(blocks_of(other), hint=column_role)] == [b.kind for b in blocks_of(other)]

def test_a_first_record_with_a_title_alone_is_a_measure_not_a_group_row_over_the_others():
    spec = [("Tiltak", 2), ("Mål 1: Alle barn skal ha en trygg skolevei", 3),
            ("Holde et møte med foreldrene", "title"),
            ("Lage en plan", "title"), ("Ansvar: Rådmann",), ("Frist: 2026",),
            ("Skrive en rapport", "title"), ("Ansvar: Rådgiver",), ("Frist: 2027",)]
    plan = plan_of(blocks_of(spec))
    assert [m.text for m in plan.measures] == ["Holde et møte med foreldrene", "Lage en plan", "Skrive en rapport"]
    assert not plan.strategies


def test_a_lone_record_named_by_column_words_is_a_table_of_one_row():
    """'Tiltak: … / Ansvarlig: … / Frist: …' once in the whole document: no label set recurs, but
    the lexicon (the caller's hint) knows each label as a column word, the first an item's and
    the others an owner's and a deadline's, so it is one record; a measure with its fields."""
    from plancheck.lang.vocab import column_role

    spec = [("Tiltak", 2), ("Mål 1", 3), ("Tiltak: Lage en plan for skoleveiene",), ("Ansvarlig: Rådmann",),
            ("Frist: 2026",), ("Vedlegg", 2)]
    out = records_to_tables(blocks_of(spec), hint=column_role)
    assert [b.kind for b in out] == ["heading", "heading", "table", "heading"]
    assert out[2].table.header == ["Tiltak", "Ansvarlig", "Frist"]
    assert [[c.text for c in r] for r in out[2].table.rows] == [["Lage en plan for skoleveiene", "Rådmann", "2026"]]
    plan = plan_of(blocks_of(spec), hint=column_role)
    assert [(m.text, [o.text for o in m.owners], m.deadline.text) for m in plan.measures] == [
        ("Lage en plan for skoleveiene", ["Rådmann"], "2026")
    ]
    # without the hint, or with labels the lexicon does not know as an item's and its fields,
    # the lines stay as they are
    assert [b.kind for b in records_to_tables(blocks_of(spec))] == [b.kind for b in blocks_of(spec)]
    other = [("Om planen", 2), ("Vedtatt: 12. mars 2025",), ("Saksnummer: 25/117",), ("Neste", 2)]
    assert [b.kind for b in records_to_tables(blocks_of(other), hint=column_role)] == [b.kind for b in blocks_of(other)]


def test_a_larger_heading_with_one_label_line_is_a_chapter_not_a_record():
    spec = [("Levekår", 2), ("Mål: Færre barn skal vokse opp i fattigdom.",), ("Bakgrunn",),
            ("Bolig", 2), ("Mål: Alle skal bo trygt.",), ("Bakgrunn",),
            ("Helse", 2), ("Mål: Flere skal være aktive.",)]
    blocks = blocks_of(spec)
    assert [b.kind for b in records_to_tables(blocks)] == [b.kind for b in blocks]


def test_one_record_under_its_own_heading_is_read_when_the_label_set_recurs():
    spec = [("Mål 1", 3), ("Tiltak: Lage en plan",), ("Ansvarlig: Rådmann",), ("Frist: 2026",),
            ("Mål 2", 3), ("Tiltak: Holde et møte",), ("Frist: 2027",),
            ("Tiltak: Skrive en rapport",), ("Ansvarlig: Rådgiver",)]
    out = records_to_tables(blocks_of(spec))
    assert [b.kind for b in out] == ["heading", "table", "heading", "table"]
    assert [[c.text for c in r] for r in out[1].table.rows] == [["Lage en plan", "Rådmann", "2026"]]
    assert out[3].table.header == ["Tiltak", "Frist", "Ansvarlig"]


def test_a_figure_after_a_bold_label_does_not_make_the_line_a_heading():
    label = Word("Frist:", 50, 100, 80, 110, 10, bold=True)
    value = Word("2026", 84, 100, 104, 110, 10)
    body = [Word(w, 50 + 30 * i, 130, 75 + 30 * i, 140, 10) for i, w in enumerate(["Dette", "er", "vanlig", "tekst", "her"])]
    lines = words_to_lines([label, value, *body], 1)
    assert not lines[0].bold
    assert next(b.kind for b in build_blocks([lines], [])) == "paragraph"
    heading = [Word("Tiltak", 50, 100, 80, 110, 10, bold=True), Word("2026", 84, 100, 104, 110, 10, bold=True)]
    assert words_to_lines(heading, 1)[0].bold


def test_a_wrapped_item_ending_in_a_colon_goes_on_when_the_next_line_is_lower_case():
    def words(text: str, top: float) -> list[Word]:
        out, x = [], 50.0
        for w in text.split():
            out.append(Word(w, x, top, x + 6 * len(w), top + 10, 10))
            x += 6 * len(w) + 4
        return out

    first = "1. Ivareta dei freda naustmiljøa gjennom avtalar om vedlikehald (ansvar:"
    lines = words_to_lines([*words(first, 100), *words("kultureininga, tid: 2031)", 112),
                            *words("2. Digitalisere fotosamlinga (tid: 2026)", 124)], 1)
    blocks = build_blocks([lines], [])
    assert [b.text for b in blocks] == [
        "Ivareta dei freda naustmiljøa gjennom avtalar om vedlikehald (ansvar: kultureininga, tid: 2031)",
        "Digitalisere fotosamlinga (tid: 2026)",
    ]


# --------------------------------------------------------------------------- extract: fields


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Opne fritidsklubben (ansvar: kultureininga, tid: 2026)", "nn", ("Opne fritidsklubben", "kultureininga", "2026")),
    ("Sikre skulevegar (tid: innan utgangen av 2025)", "nn", ("Sikre skulevegar", None, "innan utgangen av 2025")),
    ("Gjøre x (Ansvarlig: Enhetsleder; Frist: Hver høst)", "nb", ("Gjøre x", "Enhetsleder", "Hver høst")),
    ("Göra x (ansvar: Kommunledningskontoret; klart: 2025-06-30)", "sv", ("Göra x", "Kommunledningskontoret", "2025-06-30")),
    ("Adopt a housing document (Lead: Planning Policy) April 2024", "en", ("Adopt a housing document", "Planning Policy", "April 2024")),
    ("Run a fair (Lead: Economic Development) Annually", "en", ("Run a fair", "Economic Development", "Annually")),
    ("Set up a team – Lead: Head of Housing – Spring 2027", "en", ("Set up a team", "Head of Housing", "Spring 2027")),
    ("Expand summer jobs for ages 15 to 18 – Spring 2027", "en", ("Expand summer jobs for ages 15 to 18", None, "Spring 2027")),
    ("Do x (owner: Housing; due: Q3 2026)", "en", ("Do x", "Housing", "Q3 2026")),
    # a figure before the dash that is no year or date starts no range: the deadline stands alone
    ("Offer home visits for every resident turning 75 – 2026/2027", "en",
     ("Offer home visits for every resident turning 75", None, "2026/2027")),
    ("Tilby hjemmebesøk til alle som fyller 75 – 2027", "nb", ("Tilby hjemmebesøk til alle som fyller 75", None, "2027")),
])
def test_owner_and_deadline_fields_written_after_the_measure(text, lang, expected):
    f = split_fields(text, lang)
    assert (f.text, f.owner, f.deadline) == expected


@pytest.mark.parametrize("text", [
    "Lage en plan (i samarbeid med NAV)",
    "Lage en plan for perioden 2025 – 2026",
    "Lage en plan for perioden 1.1.2025 – 2026",
    "Samarbeide med frivillige (se kapittel 3)",
    "Etablere et lavterskeltilbud for ungdom",
])
def test_text_without_fields_is_left_whole(text):
    f = split_fields(text, "nb")
    assert (f.text, f.owner, f.deadline, f.labelled) == (text, None, None, False)


@given(st.text(alphabet=st.characters(codec="utf-8", categories=["L", "N", "P", "Zs"]), max_size=80))
def test_split_fields_never_invents_text(text):
    f = split_fields(text, "nb")
    for part in (f.text, f.owner, f.deadline):
        for word in (part or "").split():
            assert word.strip(";,–—-") in text


# --------------------------------------------------------------------------- extract: labels


@pytest.mark.parametrize(("text", "expected"), [
    ("G1 (Goal) Everyone has a safe home", ("goal", "G1", "Everyone has a safe home")),
    ("O2 (Objective) More affordable homes", ("sub_goal", "O2", "More affordable homes")),
    ("D14 (Deliverable) Run a campaign", ("measure", "D14", "Run a campaign")),
    ("Åtgärd 1.1.1: Bygga cykelväg", ("measure", "1.1.1", "Bygga cykelväg")),
    ("Indsats 2.1: Oprette et team", ("measure", "2.1", "Oprette et team")),
    ("Delmål 1.2: Alle skal bo trygt", ("sub_goal", "1.2", "Alle skal bo trygt")),
    ("Målet er at alle skal bo trygt", (None, None, "Målet er at alle skal bo trygt")),
    ("X1 (Note) Not a role word", (None, None, "X1 (Note) Not a role word")),
])
def test_labels_come_from_the_lexicon_in_every_language(text, expected):
    assert label_role(text) == expected


# --------------------------------------------------------------------------- extract: plan


def test_an_outline_with_codes_links_each_deliverable_to_the_objective_above_it():
    spec = [("Goals, objectives and deliverables", 1),
            ("G1 (Goal) Everyone has a safe, warm home",),
            ("O1 (Objective) Increase the supply of affordable homes",),
            ("D1 (Deliverable) Adopt a housing document (Lead: Planning Policy) April 2024",),
            ("D2 (Deliverable) Bring empty homes back into use",),
            ("G2 (Goal) A thriving local economy",),
            ("D3 (Deliverable) Run a jobs fair – Lead: Economic Development – Annually",)]
    plan = plan_of(blocks_of(spec), "en")
    goals = {g.text: g for g in plan.goals}
    assert goals["Increase the supply of affordable homes"].parent_id == goals["Everyone has a safe, warm home"].id
    by_text = {m.text: m for m in plan.measures}
    assert list(by_text) == ["Adopt a housing document", "Bring empty homes back into use", "Run a jobs fair"]
    d1 = by_text["Adopt a housing document"]
    assert ([o.text for o in d1.owners], d1.deadline.text) == (["Planning Policy"], "April 2024")
    assert d1.goal_ids == [goals["Increase the supply of affordable homes"].id]
    assert by_text["Run a jobs fair"].goal_ids == [goals["A thriving local economy"].id]
    # the outline gives a place for owners and deadlines: D2 lacks both
    d2 = by_text["Bring empty homes back into use"]
    assert (d2.has_owner_column, d2.has_deadline_column, d2.owners, d2.deadline) == (True, True, [], None)


def test_measures_under_a_heading_naming_a_declared_goal_serve_it():
    spec = [("Mål", 2),
            ("Alle barn skal ha en trygg skolevei", "item"),
            ("Eldre skal kunne bo hjemme lenge", "item"),
            ("Tiltak", 2),
            ("Mål 2: Eldre skal kunne bo hjemme lenge", 3),
            ("Tiltak: Tilby hjemmebesøk til alle over 75",), ("Ansvarlig: Hjemmetjenesten",), ("Frist: 2026",),
            ("Mål 1: Alle barn skal ha en trygg skolevei", 3),
            ("Tiltak: Merke skoleveier",), ("Ansvarlig: Teknisk drift",)]
    blocks = blocks_of(spec)
    blocks[1].number, blocks[2].number = "1.", "2."
    plan = plan_of(blocks)
    assert [g.text for g in plan.goals] == ["Alle barn skal ha en trygg skolevei", "Eldre skal kunne bo hjemme lenge"]
    links = {m.text: [g.text for g in plan.goals if g.id in m.goal_ids] for m in plan.measures}
    assert links == {"Tilby hjemmebesøk til alle over 75": ["Eldre skal kunne bo hjemme lenge"],
                     "Merke skoleveier": ["Alle barn skal ha en trygg skolevei"]}


def test_titled_records_become_measures_with_owners_and_deadlines():
    plan = plan_of(blocks_of(TITLED))
    got = [(m.text, [o.text for o in m.owners], m.deadline.text if m.deadline else None, m.cost) for m in plan.measures]
    assert got == [
        ("Etablere en familiekoordinator i NAV", ["NAV-leder"], "1. halvår 2026", None),
        ("Innføre fritidskort for alle barn", [], "2026", "kr 1,2 mill."),
        ("Gjennomgå foreldrebetalingen i SFO", ["Økonomisjef"], None, None),
    ]
    goal = plan.goals[0]
    assert goal.text.startswith("Færre barn") and all(m.goal_ids == [goal.id] for m in plan.measures)


def test_a_measure_heading_that_names_a_goal_keeps_the_measure_role():
    spec = [("Mål", 2), ("Delmål 1: Alle barn skal ha et tilbud", 3), ("Delmål 2: Biblioteket skal være åpent", 3),
            ("Tiltak", 1), ("Tiltak for delmål 2", 3),
            ("Innføre meråpent bibliotek (ansvar: biblioteksjefen, tid: 2025)", "item")]
    plan = plan_of(blocks_of(spec), "nn")
    [m] = plan.measures
    assert (m.text, [o.text for o in m.owners], m.deadline.text) == ("Innføre meråpent bibliotek", ["biblioteksjefen"], "2025")
    assert [g.text for g in plan.goals if g.id in m.goal_ids] == ["Biblioteket skal være åpent"]


def test_a_parenthesis_left_open_at_a_column_break_goes_on_in_the_next_column():
    def line(text: str, x: float, top: float, region: int):
        out, x0 = [], x
        for w in text.split():
            out.append(Word(w, x0, top, x0 + 5 * len(w), top + 10, 10))
            x0 += 5 * len(w) + 4
        [ln] = words_to_lines(out, 1)
        ln.region = region
        return ln

    lines = [line("Tiltak 1.1: Revidere rutiner (ansvarlig: Teknisk drift,", 50, 700, 0),
             line("Rektorer og PPT; tid: Høst 2024)", 320, 100, 1),
             line("Tiltak 1.2: Gjennomføre kurs (tid: 2025)", 320, 124, 1)]
    texts = [b.text for b in build_blocks([lines], [])]
    assert texts == ["Tiltak 1.1: Revidere rutiner (ansvarlig: Teknisk drift, Rektorer og PPT; tid: Høst 2024)",
                     "Tiltak 1.2: Gjennomføre kurs (tid: 2025)"]


def test_a_bracketed_note_opening_the_next_column_goes_on_with_the_item_broken_off_above():
    def line(text: str, x: float, top: float, region: int):
        out, x0 = [], x
        for w in text.split():
            out.append(Word(w, x0, top, x0 + 5 * len(w), top + 10, 10))
            x0 += 5 * len(w) + 4
        [ln] = words_to_lines(out, 1)
        ln.region = region
        return ln

    lines = [line("Tiltak 2.1: Merke skoleveier ved alle skoler", 50, 700, 0),
             line("(ansvar: Teknisk drift; tid: 2026)", 320, 100, 1),
             line("Tiltak 2.2: Gjennomføre kurs (tid: 2025)", 320, 124, 1)]
    texts = [b.text for b in build_blocks([lines], [])]
    assert texts == ["Tiltak 2.1: Merke skoleveier ved alle skoler (ansvar: Teknisk drift; tid: 2026)",
                     "Tiltak 2.2: Gjennomføre kurs (tid: 2025)"]
    # after a finished sentence the bracket stands alone
    lines[0] = line("Tiltak 2.1: Merke skoleveier ved alle skoler.", 50, 700, 0)
    assert len(build_blocks([lines], [])) == 3


def test_a_chapter_heading_repeating_a_listed_goal_is_not_a_second_goal_and_keeps_its_sub_goals():
    spec = [("Våre mål", 2), ("Alle skal bo trygt", "item"), ("Alle skal ha arbeid", "item"),
            ("Mål 1: Alle skal bo trygt", 2), ("Flere boliger for unge", "item"), ("Færre bostedsløse", "item")]
    blocks = blocks_of(spec)
    blocks[1].number, blocks[2].number, blocks[4].number, blocks[5].number = "1.", "2.", "1.1", "1.2"
    plan = plan_of(blocks)
    texts = [(g.text, g.kind) for g in plan.goals]
    assert texts == [("Alle skal bo trygt", "goal"), ("Alle skal ha arbeid", "goal"),
                     ("Flere boliger for unge", "sub_goal"), ("Færre bostedsløse", "sub_goal")]
    assert plan.goals[2].parent_id == plan.goals[3].parent_id == plan.goals[0].id


def test_a_heading_with_only_a_goal_number_links_the_records_under_it():
    spec = [("Mål", 2), ("Alle barn skal ha en trygg skolevei", "item"), ("Eldre skal kunne bo hjemme lenge", "item"),
            ("Tiltak", 2),
            ("Mål 2", 3), ("Tiltak: Tilby hjemmebesøk",), ("Ansvarlig: Hjemmetjenesten",),
            ("Mål 1", 3), ("Tiltak: Merke skoleveier",), ("Ansvarlig: Teknisk drift",)]
    blocks = blocks_of(spec)
    blocks[1].number, blocks[2].number = "1.", "2."
    plan = plan_of(blocks)
    assert len(plan.goals) == 2
    links = {m.text: [g.text for g in plan.goals if g.id in m.goal_ids] for m in plan.measures}
    assert links == {"Tilby hjemmebesøk": ["Eldre skal kunne bo hjemme lenge"],
                     "Merke skoleveier": ["Alle barn skal ha en trygg skolevei"]}


def run_in_block(i: int, text: str, run_in: str) -> Block:
    b = block(i, text)
    b.run_in = run_in
    return b


def test_lines_opened_by_a_bold_run_in_title_records_and_outline_items_stay_out():
    """A record title may be set apart only by a bold run-in ("**Action 1.1.1** Open …"); an
    outline item of another run-in word above the records ("**Objective 1.1** …") and a small
    heading over a list are not swallowed as the title or description of a record."""
    spec = [("Our approach", "title"), ("We will work with partners.", "item")]
    blocks = blocks_of(spec)
    rows = [("Objective 1.1 Residents will be more active.", "Objective 1.1"),
            ("Action 1.1.1 Open an outdoor gym", "Action 1.1.1"), ("Lead: Leisure Services",), ("Timescale: 2026",),
            ("Action 1.1.2 Launch a prescribing service", "Action 1.1.2"), ("Lead: Public Health",), ("Timescale: 2027",),
            ("Objective 1.2 Fewer people will be lonely.", "Objective 1.2"),
            ("Action 1.2.1 Fund connectors", "Action 1.2.1"), ("Lead: Community Team",), ("Timescale: 2025",)]
    for text, *run_in in rows:
        i = len(blocks) + 1
        blocks.append(run_in_block(i, text, run_in[0]) if run_in else block(i, text, size=9.0))
    out = records_to_tables(blocks)
    assert [b.kind for b in out] == ["heading", "list_item", "paragraph", "table", "paragraph", "table"]
    assert out[2].text.startswith("Objective 1.1") and out[4].text.startswith("Objective 1.2")
    assert [[c.text for c in r] for r in out[3].table.rows] == [
        ["Action 1.1.1 Open an outdoor gym", "Leisure Services", "2026"],
        ["Action 1.1.2 Launch a prescribing service", "Public Health", "2027"],
    ]
    assert out[3].table.header == ["", "Lead", "Timescale"]


def test_run_in_titles_over_one_lone_label_line_each_stay_text():
    """'Objective 1: …' paragraphs each over one 'Action Item A:' line are running text, not
    records: a title set apart only by its run-in needs a record of two labels or more."""
    blocks = []
    for k in (1, 2, 3):
        blocks.append(run_in_block(len(blocks) + 1, f"Objective {k} Keep the wetlands intact.", f"Objective {k}"))
        blocks.append(block(len(blocks) + 1, "Action Item A: Map the wetlands"))
    for name in ("Porch lights", "Bus stops"):  # bold titles over the same label elsewhere
        blocks.append(block(len(blocks) + 1, name, "heading", level=4, bold=True))
        blocks.append(block(len(blocks) + 1, "Project Overview: A small project"))
        blocks.append(block(len(blocks) + 1, "Action Item A: Do it"))
    out = records_to_tables(blocks)
    assert [b.kind for b in out[:6]] == ["paragraph"] * 6


def test_a_lettered_run_in_heading_with_no_value_is_not_a_record_label():
    """"Action Item A ::" over its text is an outline item (lettered like "Action 1"), and a label
    whose value is only punctuation has no value: neither may open a titled record, or the goal
    above and the objective under it are swallowed into a one-row table."""
    from plancheck.layout.records import record_label

    assert record_label(block(1, "Action Item A ::")) is None
    assert record_label(block(1, "Item B: Plant trees")) is None
    assert record_label(block(1, "Responsible: Parks department")) == ("Responsible", "Parks department")
    spec = [("1 :: COLLABORATION Foster dialogue between all jurisdictions.", "title"),
            ("Objective 1 :: Maintain the ecological systems.",),
            ("Action Item A ::", "title"), ("Define criteria for ecological systems.",),
            ("Action Item B ::", "title"), ("Establish the mechanisms for protection.",),
            ("2 :: TOOLS Promote informed land use decisions.", "title"),
            ("Objective 1 :: Base decisions on data.",),
            ("Action Item A ::", "title"), ("Develop a matrix.",)]
    blocks = blocks_of(spec)
    assert [b.kind for b in records_to_tables(blocks)] == [b.kind for b in blocks]


def _goal_over_records() -> list[Block]:
    """Measure records (a bold title, "Ansvar:", "Frist:") under bold "Periodemål: …" lines, the
    second goal right after the first goal's last record, as a handlingsdel sets them."""
    spec = [
        ("Bolig og sentrum", "heading", True),
        ("Periodemål: Flere skal bo i sentrum.", "paragraph", True),
        ("Ny gangbru over elva", "paragraph", True),
        ("Ansvar: Teknisk sjef", "paragraph", False),
        ("Frist: 2027", "paragraph", False),
        ("Benker langs kaia", "paragraph", True),
        ("Ansvar: Kultursjef", "paragraph", False),
        ("Frist: Våren 2027", "paragraph", False),
        ("Periodemål: Unge skal ha råd til egen bolig.", "paragraph", True),
        ("Tomter til halv pris for unge", "paragraph", True),
        ("Ansvar: Boligkontoret", "paragraph", False),
        ("Frist: 2028", "paragraph", False),
    ]
    return [block(i, t, k, level=1 if k == "heading" else None, bold=b) for i, (t, k, b) in enumerate(spec, start=1)]


def test_a_bold_label_line_after_a_records_plain_fields_is_no_field_of_it():
    """"Periodemål: …" set bold like the titles after "Ansvar:"/"Frist:" in plain type stands over
    the records that follow: it stays a paragraph, and the record above has no such column."""
    out = records_to_tables(_goal_over_records())
    assert [b.kind for b in out] == ["heading", "paragraph", "table", "paragraph", "table"]
    assert out[3].text.startswith("Periodemål: Unge")
    assert [t.table.header for t in out if t.table] == [["", "Ansvar", "Frist"], ["", "Ansvar", "Frist"]]


def test_a_compound_of_a_goal_label_word_labels_a_goal_over_its_records():
    """"Periodemål:" is no word of the lexicon; a compound of its "*mål" labels a goal, and the
    measures of the table right under it are that goal's (two goals in one section)."""
    plan = plan_of(_goal_over_records())
    assert [g.text for g in plan.goals] == [
        "Flere skal bo i sentrum.",
        "Unge skal ha råd til egen bolig.",
    ]
    assert [m.text for m in plan.measures] == [
        "Ny gangbru over elva", "Benker langs kaia", "Tomter til halv pris for unge",
    ]
    first, second = (g.id for g in plan.goals)
    assert [m.goal_ids for m in plan.measures] == [[first], [first], [second]]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Periodemål: Flere skal bruke biblioteket.", "goal"),
        ("Tenestemål: Søknader skal få svar innan tre veker.", "goal"),
        ("Formål: Planen skal gi en samlet oversikt.", None),  # a purpose, not a goal label
        ("Spørsmål: Hvem har ansvaret?", None),
        ("Bærekraftsmål: 3, 11", None),  # the UN's goals, named by number
        ("Miljömål 3 Frisk luft", None),  # a numbered compound is a reference, no label
        ("Resultatmål: Elevene skal trives.", None),  # a heading word of the lexicon keeps its roles
    ],
)
def test_compound_goal_labels(text, role):
    assert label_role(text)[0] == role
