"""More printed forms of a parent's goals, on small hand-built documents: bold run-in titles
under a goal label, typed codes after a lead-in ("1a", "O3"), one-sentence lines under a goal
heading, and the cells of goal columns (``Mål | Forklaring``, a sector × year matrix). And two
rules of the judgement: running text in a section is no follow-up on its own, and a goal in the
present tense that joins two clauses by ", and" asks both."""

from __future__ import annotations

from plancheck.mandate.goalforms import (
    coded_line_goals,
    goal_column_goals,
    heading_line_goals,
    run_in_goals,
)
from plancheck.mandate.parents import (
    DEFAULT_PARENT_SETTINGS,
    clause_groups,
    concerns,
    goal_words,
    item_keys_of,
    joined_clauses,
    parent_goals,
    section_score,
)
from plancheck.models import Block, BlockKind, Document, Plan, Provenance, Section, SourceInfo
from tests.conftest import table_of


def _doc(blocks: list[tuple[str, str, int | None, str | None]]) -> Document:
    """A one-page document of (kind, text, heading level, run-in) blocks, one section per heading."""
    out: list[Block] = []
    sections: list[Section] = []
    sid = "s0"
    for n, (kind, text, level, run_in) in enumerate(blocks, start=1):
        if kind == "heading":
            sid = f"s{n}"
            sections.append(Section(id=sid, title=text, level=level or 1, page=1))
        out.append(
            Block(
                id=f"b{n}", kind=BlockKind(kind), text=text, level=level, run_in=run_in,
                provenance=Provenance(page=1), section_id=sid,
            )
        )
    return Document(path="x.pdf", page_count=1, sections=sections, blocks=out)


def _plan(lang: str = "nb") -> Plan:
    return Plan(source=SourceInfo(path="x.pdf", format="pdf", sha256="0", pages=1), language=lang)


RUN_IN = [
    ("heading", "Natur og trivsel", 2, None),
    ("paragraph", "Kommunen har mange turstier. Mange bruker dem hver uke.", None, None),
    # the bold "Samfunnsmål" line joined to the first goal's bold title by the reader
    ("paragraph", "Samfunnsmål Gode turveier. Alle innbyggere har en tursti nær hjemmet.", None, "Samfunnsmål Gode turveier."),
    ("paragraph", "Rene vann. Innsjøene i kommunen har god økologisk tilstand.", None, "Rene vann."),
    ("heading", "Bolig", 2, None),
    ("paragraph", "Samfunnsmål", None, None),
    ("paragraph", "Nok boliger. Det bygges nok boliger for unge og eldre i alle bygdene.", None, "Nok boliger."),
    ("heading", "Om planen", 2, None),
    ("paragraph", "Bakgrunn. Planen er laget etter en lang prosess med mange innspill.", None, "Bakgrunn."),
    ("paragraph", "Ansvar: Kommunedirektøren lager en rapport hvert år i desember.", None, "Ansvar:"),
]


def test_bold_run_in_titles_under_a_goal_label_are_the_goals():
    """Each paragraph opening with a bold short title in a run a goal label leads (joined to the
    first title, or on a line of its own) states a goal: the sentence after the title, the title
    its name. Run-ins with no goal label over them ("Bakgrunn.", "Ansvar:") are none."""
    found = run_in_goals(_doc(RUN_IN))
    assert [g.text for g in found] == [
        "Alle innbyggere har en tursti nær hjemmet.",
        "Innsjøene i kommunen har god økologisk tilstand.",
        "Det bygges nok boliger for unge og eldre i alle bygdene.",
    ]
    assert [g.name for g in found] == ["Gode turveier", "Rene vann", "Nok boliger"]
    assert len(parent_goals(_plan(), _doc(RUN_IN))) == 3


def test_run_in_titles_with_no_goal_label_are_no_goals():
    """The same paragraphs without a goal label before them are a description's bold openings."""
    plain = [
        ("paragraph", "Gode turveier. Alle innbyggere har en tursti nær hjemmet.", None, "Gode turveier."),
        ("paragraph", "Rene vann. Innsjøene i kommunen har god økologisk tilstand.", None, "Rene vann."),
        ("paragraph", "Nok boliger. Det bygges nok boliger for unge og eldre i alle bygdene.", None, "Nok boliger."),
    ]
    assert run_in_goals(_doc(plain)) == []


CODED = [
    ("heading", "Priority 1: A green borough", 2, None),
    ("paragraph", "The borough emits less than it did, but not yet enough to meet the target.", None, None),
    ("paragraph", "Outcomes we want to see by 2040:", None, None),
    # the reader joined two coded lines into one paragraph
    ("paragraph", "1a Every school runs on renewable heat by 2035. 1b More trees are planted along the streets.", None, None),
    ("heading", "Priority 2: Good homes", 2, None),
    ("paragraph", "Outcomes we want to see by 2040:", None, None),
    ("list_item", "2a Every tenant lives in a warm and dry home.", None, None),
]


def test_coded_lines_after_a_lead_in_are_the_goals_with_their_codes():
    found = coded_line_goals(_doc(CODED))
    assert [(g.number, g.text) for g in found] == [
        ("1a", "Every school runs on renewable heat by 2035."),
        ("1b", "More trees are planted along the streets."),
        ("2a", "Every tenant lives in a warm and dry home."),
    ]
    assert [g.number for g in parent_goals(_plan("en"), _doc(CODED))] == ["1a", "1b", "2a"]


def test_coded_lines_under_a_measure_heading_or_of_two_series_are_no_goals():
    """A code under a heading of measures numbers a measure; codes of two forms are no series."""
    measures = [("heading", "Tiltak", 2, None)] + [b for b in CODED if b[0] != "heading" and not b[1].endswith(":")]
    assert coded_line_goals(_doc(measures)) == []
    mixed = [*CODED[:4], ("paragraph", "Outcomes we want to see by 2040:", None, None),
             ("list_item", "H2 Every tenant lives in a warm and dry home.", None, None)]
    assert coded_line_goals(_doc(mixed)) == []


LINES = [
    ("heading", "Samfunnsmåla våre", 2, None),
    ("paragraph", "Alle barn i kommunen har ein trygg oppvekst.", None, None),
    ("paragraph", "Innbyggjarane kan bu heime så lenge som mogleg.", None, None),
    ("paragraph", "Kommunen har nok fagfolk i helse og omsorg.", None, None),
    ("heading", "Arealstrategi", 2, None),
    ("paragraph", "Ny utbygging skal skje i sentrum.", None, None),
]


def test_one_sentence_lines_under_a_goal_heading_are_the_goals():
    found = heading_line_goals(_doc(LINES))
    assert [g.text for g in found] == [b[1] for b in LINES[1:4]]


def test_a_goal_heading_over_running_text_holds_no_goal_lines():
    """Paragraphs of several sentences under the goal heading are a chapter about goals."""
    prose = [
        LINES[0],
        ("paragraph", "Måla er vedtekne av kommunestyret. Dei gjeld for heile perioden.", None, None),
        ("paragraph", "Kvar temaplan viser korleis måla blir følgde opp. Det skjer årleg.", None, None),
        ("paragraph", "Handlingsdelen blir rullert kvart år. Då ser vi på måla.", None, None),
        LINES[1],
    ]
    assert heading_line_goals(_doc(prose)) == []


def _tabled(header: list[str], rows: list[list[str]]) -> Document:
    doc = _doc([("heading", "Mål", 2, None)])
    doc.blocks.append(
        Block(id="b9", kind=BlockKind.table, text="", provenance=Provenance(page=1), section_id="s1", table=table_of(header, rows))
    )
    return doc


def test_the_cells_of_a_goal_column_are_goals_not_the_explanation_beside_them():
    doc = _tabled(
        ["Mål", "Kva betyr det?"],
        [["Alle barn går i barnehage nær der dei bur.", "Vi held oppe barnehagane i bygdene."],
         ["Eldre kan bu trygt i eigen heim.", "Heimane er tilpassa og tryggleiksteknologien fungerer."],
         ["Kommunen har nok fagfolk i helse og omsorg.", "Vi utdannar fleire sjølve."]],
    )
    assert [g.text for g in goal_column_goals(doc)] == [
        "Alle barn går i barnehage nær der dei bur.",
        "Eldre kan bu trygt i eigen heim.",
        "Kommunen har nok fagfolk i helse og omsorg.",
    ]


def test_a_sector_by_year_matrix_gives_one_goal_per_filled_cell_named_by_its_sector():
    doc = _tabled(
        ["Sektor", "Mål 2040", "Mål 2050"],
        [["Energi", "Fjernvarmen er fri for olie og gas.", "Al el kommer fra vind og sol."],
         ["Transport", "Udledningen fra bilerne er halveret.", "–"]],
    )
    found = goal_column_goals(doc)
    assert [(g.name, g.text) for g in found] == [
        ("Energi", "Fjernvarmen er fri for olie og gas."),
        ("Energi", "Al el kommer fra vind og sol."),
        ("Transport", "Udledningen fra bilerne er halveret."),
    ]


def test_running_text_makes_a_section_at_most_partial():
    """A background paragraph citing the goal answers it in full; beside a measure on something
    else, the section is still only a partial follow-up (the paragraph is no goal or measure)."""
    s = DEFAULT_PARENT_SETTINGS
    goal = goal_words("Vi vil skabe 800 nye arbejdspladser frem mod 2040.", "da")
    para = item_keys_of(goal_words("Byrådet vil også skabe flere arbejdspladser.", "da", broader=True))
    other = item_keys_of(goal_words("Torvet får nye bænke.", "da", broader=True))
    idf: dict[str, float] = {}
    full, _ = section_score(goal, [para, other], set(), idf, s)
    assert full >= s.followed
    capped, _ = section_score(goal, [para, other], set(), idf, s, running=[True, False])
    assert s.partial <= capped < s.followed


def test_two_present_tense_clauses_joined_by_comma_and_are_two_clauses():
    text = "The borough is carbon neutral by 2040, and its streams are clean again."
    assert joined_clauses(text) == [0, text.index(", and")]
    words = goal_words(text, "en")
    assert len(clause_groups(text, concerns(words, text))) == 2
    # a list's last member after a serial comma is no clause
    assert joined_clauses("More household waste is reused, recycled, and composted.") == [0]
