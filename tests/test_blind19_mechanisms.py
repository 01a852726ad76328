"""Layouts of blind batch 19, on hand-built inputs with invented wording: a responsibility matrix
in letters explained by a legend, owners and deadlines as bullet lists beside bulleted measures,
a nested outline whose last goal has nothing under it, a deadline after a done-word, years of a
timeframe key counted from the adoption, and a sentence about a goal's measures in the measure
cell."""

from __future__ import annotations

import datetime as dt

import pytest

from plancheck.checks.engine import check_plan
from plancheck.extract.fields import split_fields
from plancheck.extract.parallelcells import parallel_values
from plancheck.extract.placeholders import is_placeholder
from plancheck.extract.plan import build_plan
from plancheck.extract.raci import letter_owner_columns, read_legend, row_owners
from plancheck.ingest.sections import build_sections
from plancheck.lang.timekey import key_entries
from plancheck.models import Block, BlockKind, Cell, Document, Provenance, Table


def _b(kind: BlockKind, text: str, number: str | None = None, level: int | None = None, table: Table | None = None) -> Block:
    return Block(id="", kind=kind, text=text, number=number, level=level, table=table)


def _plan(blocks: list[Block], lang: str):
    for i, b in enumerate(blocks):
        b.id = f"b{i}"
        b.provenance = Provenance(page=1, source_text=b.text)
    doc = Document(path="x.pdf", page_count=1, blocks=blocks, sections=build_sections(blocks))
    return build_plan(doc, lang=lang, model=None)


def _table(header: list[str], rows: list[list[str]]) -> Table:
    return Table(header=header, rows=[[Cell(row=r, col=c, text=t, page=1) for c, t in enumerate(row)]
                                      for r, row in enumerate(rows)], pages=[1])


# ----------------------------------------------------------------- a letter matrix and its legend

LEGEND = "Forklaring: U = utfører, E = eier, K = konsulteres, O = orienteres"
MATRIX_HEADER = ["Tiltak", "Frist", "Skolesjef", "Bibliotek", "Idrettsrådet"]
MATRIX_ROWS = [
    ["Starte leksehjelp på biblioteket", "2026", "K", "E", "O"],
    ["Skrive en samlet søknad om spillemidler", "2027", "E", "", "E"],
    ["Kartlegge banetider for jenter", "2026", "", "O", "U"],
    ["Vurdere gratis halleie for lag", "2028", "", "", ""],
]


def test_a_legend_line_gives_each_letter_its_word():
    blocks = [_b(BlockKind.paragraph, "Planen gjelder fra 2026."), _b(BlockKind.paragraph, LEGEND)]
    assert read_legend(blocks) == {"U": "utfører", "E": "eier", "K": "konsulteres", "O": "orienteres"}
    # two letters explained in passing are no legend
    assert read_legend([_b(BlockKind.paragraph, "Se vedlegg A: kart og B: tabell.")]) == {}


def test_the_accountable_letter_owns_else_the_doing_letter_else_no_owner():
    blocks = [_b(BlockKind.paragraph, LEGEND)]
    t = _table(MATRIX_HEADER, MATRIX_ROWS)
    found = letter_owner_columns(blocks, t, ["measure", "deadline", None, None, None])
    assert found is not None
    cols, letters = found
    assert cols == {2: "Skolesjef", 3: "Bibliotek", 4: "Idrettsrådet"}
    assert [row_owners(r, cols, letters, read_legend(blocks)) for r in t.rows] == [
        "Bibliotek", "Skolesjef, Idrettsrådet", "Idrettsrådet", ""]
    # without the legend the letters say nothing
    assert letter_owner_columns([], t, ["measure", "deadline", None, None, None]) is None
    # a legend read once before (as a walk does, once per document) serves as well as the blocks
    given = letter_owner_columns([], t, ["measure", "deadline", None, None, None], legend=read_legend(blocks))
    assert given == found


def test_a_letter_matrix_gives_the_measures_their_owners():
    t = _table(MATRIX_HEADER, MATRIX_ROWS)
    plan = _plan([_b(BlockKind.heading, "Tiltak", level=1), _b(BlockKind.paragraph, LEGEND),
                  _b(BlockKind.table, " | ".join(MATRIX_HEADER), table=t)], "nb")
    got = {m.text: [o.text for o in m.owners] for m in plan.measures}
    assert got["Starte leksehjelp på biblioteket"] == ["Bibliotek"]
    assert got["Skrive en samlet søknad om spillemidler"] == ["Skolesjef", "Idrettsrådet"]
    assert got["Kartlegge banetider for jenter"] == ["Idrettsrådet"]
    assert got["Vurdere gratis halleie for lag"] == []
    assert all(m.has_owner_column for m in plan.measures)


# ----------------------------------------------------------------- parallel bullet lists


def test_bullets_are_paired_by_order_one_bullet_holds_for_all():
    assert parallel_values(3, "• Rektor • Som over • Uavklart", "owner", "nn") == ["Rektor", "Rektor", ""]
    assert parallel_values(3, "• 2026 • – • Haust 2027", "deadline", "nn") == ["2026", "", "Haust 2027"]
    assert parallel_values(3, "• 2027", "deadline", "nn") == ["2027", "2027", "2027"]
    assert parallel_values(3, "• 2026 • 2027", "deadline", "nn") is None  # counts that do not match
    assert parallel_values(3, "Rektor", "owner", "nn") is None  # no bullets
    assert parallel_values(1, "• Rektor", "owner", "nn") is None


def test_a_row_of_parallel_bullet_lists_gives_each_measure_its_own_owner_and_deadline():
    header = ["Mål", "Tiltak", "Ansvar", "Frist"]
    rows = [["Mål 1 Fleire skal velje sykkel til skulen",
             "• Merke trygge sykkelvegar til alle skulane i kommunen • Gje alle elevar på 5. trinn "
             "sykkelopplæring • Setje opp overbygde sykkelstativ",
             "• Teknisk eining • Oppvekstsjefen • Som over", "• Vår 2028 • 2029 • –"]]
    t = _table(header, rows)
    plan = _plan([_b(BlockKind.heading, "Tiltaka", level=1), _b(BlockKind.table, " | ".join(header), table=t)], "nn")
    got = [(m.text, [o.text for o in m.owners], m.deadline.text if m.deadline else None) for m in plan.measures]
    assert got == [
        ("Merke trygge sykkelvegar til alle skulane i kommunen", ["Teknisk eining"], "Vår 2028"),
        ("Gje alle elevar på 5. trinn sykkelopplæring", ["Oppvekstsjefen"], "2029"),
        ("Setje opp overbygde sykkelstativ", ["Oppvekstsjefen"], None),
    ]


# ----------------------------------------------------------------- an outline's last goal


def test_a_goal_of_the_outline_with_nothing_numbered_under_it_is_still_a_goal():
    li = BlockKind.list_item
    plan = _plan(
        [
            _b(BlockKind.heading, "Inriktning och insatser", level=1),
            _b(li, "Fler unga ska röra sig varje dag.", "1.", 0),
            _b(li, "Öppna skolgårdarna på kvällstid (Ansvar: Fastighet, klart 2026)", "1.1", 1),
            _b(li, "Alla parker ska vara upplysta på vintern.", "2.", 0),
            _b(li, "Byta armaturer i parkerna (Ansvar: Gatukontoret, klart våren 2029)", "2.1", 1),
            _b(li, "Äldre ska kunna nå en park inom 300 meter.", "3.", 0),
            _b(BlockKind.paragraph, "Insatserna tas fram i nästa års budget."),
            _b(BlockKind.heading, "Uppföljning", level=1),
            _b(li, "Förvaltningarna rapporterar i januari.", "1.", 0),
            _b(li, "Nämnden beslutar om ändringar i mars.", "2.", 0),
        ],
        "sv",
    )
    assert [g.text for g in plan.goals] == [
        "Fler unga ska röra sig varje dag.",
        "Alla parker ska vara upplysta på vintern.",
        "Äldre ska kunna nå en park inom 300 meter.",
    ]
    assert [m.deadline.text for m in plan.measures if m.deadline] == ["2026", "våren 2029"]


# ----------------------------------------------------------------- a deadline after a done-word


@pytest.mark.parametrize(
    ("text", "lang", "deadline"),
    [
        ("Byta armaturer (Ansvar: Gatukontoret, klart våren 2029)", "sv", "våren 2029"),
        ("Byte ut lysa (Ansvar: Teknisk drift, ferdig 2027)", "nb", "2027"),
        ("Byta armaturer (klart 2026-05-31)", "sv", "2026-05-31"),
    ],
)
def test_a_done_word_before_the_deadline_is_left_off(text, lang, deadline):
    assert split_fields(text, lang).deadline == deadline


def test_a_done_word_without_a_time_after_it_stays():
    assert split_fields("Byta armaturer (Ansvar: Gatukontoret, klart)", "sv").deadline != ""


# ----------------------------------------------------------------- years counted from adoption


def test_years_counted_from_the_adoption_are_dated_from_the_plans_first_year():
    text = "Near term: within 3 years from adoption · Long term: 5 to 7 years from adoption"
    got = {t.word: (t.start, t.end) for t, _after in key_entries(text, lang="en", plan_start=2030)}
    assert got == {"Near term": (dt.date(2030, 1, 1), dt.date(2032, 12, 31)),
                   "Long term": (dt.date(2034, 1, 1), dt.date(2036, 12, 31))}


def test_a_keyed_word_whose_window_ends_after_the_plan_is_flagged():
    header = ["Action", "Lead", "Timeframe"]
    rows = [["Open a youth hub in the old library", "Parks Department", "Long term"],
            ["Publish a walking map", "Parks Department", "Near term"]]
    t = _table(header, rows)
    plan = _plan([_b(BlockKind.heading, "Active Streets Plan 2030–2034", level=1),
                  _b(BlockKind.paragraph, "Near term: within 3 years from adoption · Medium term: 3 to 5 years "
                     "from adoption · Long term: 5 to 7 years from adoption"),
                  _b(BlockKind.heading, "Actions", level=1),
                  _b(BlockKind.table, " | ".join(header), table=t)], "en")
    assert plan.plan_period is not None and (plan.plan_period.start, plan.plan_period.end) == (2030, 2034)
    flagged = [f.quote for f in check_plan(plan, lang="en").findings if f.rule == "deadline-within-plan-period"]
    assert len(flagged) == 1 and "youth hub" in flagged[0]


# ----------------------------------------------------------------- a sentence about the measures


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Actions for this goal are set out in the housing plan.", "en", True),
        ("Tiltak under målet kjem i bustadplanen.", "nn", True),
        ("Åtgärder för målet tas fram i budgeten.", "sv", True),
        ("Tiltak mot støy langs riksvegen", "nb", False),
        ("Actions on litter in the town centre", "en", False),
    ],
)
def test_a_sentence_about_the_goals_measures_holds_their_place(text, lang, expected):
    assert is_placeholder(text, lang) is expected


def test_a_legend_set_as_a_small_table_of_letters_and_words():
    legend = _table(["R", "Responsible: carries the action out"], [["A", "Accountable"], ["C", "Consulted"], ["I", "Informed"]])
    blocks = [_b(BlockKind.table, "R | Responsible", table=legend)]
    assert read_legend(blocks) == {"R": "responsible", "A": "accountable", "C": "consulted", "I": "informed"}
    # a table with other rows too is no legend
    mixed = _table(["Nr", "Tiltak"], [["A", "Accountable"], ["C", "Consulted"], ["I", "Informed"]])
    assert read_legend([_b(BlockKind.table, "Nr | Tiltak", table=mixed)]) == {}


def test_a_cell_may_hold_two_letters_of_the_legend():
    rows = [["Skrive en samlet søknad om spillemidler", "2027", "U/E", "K", ""],
            ["Kartlegge banetider for jenter", "2026", "", "O", "U"]]
    t = _table(MATRIX_HEADER, rows)
    found = letter_owner_columns([_b(BlockKind.paragraph, LEGEND)], t, ["measure", "deadline", None, None, None])
    assert found is not None
    cols, letters = found
    legend = read_legend([_b(BlockKind.paragraph, LEGEND)])
    assert [row_owners(r, cols, letters, legend) for r in t.rows] == ["Skolesjef", "Idrettsrådet"]
