"""Two printed forms of a parent's goals, on small hand-built documents: short title headings
each over one whole sentence (a samfunnsdel's goal titles, a målbild's hexagons, a Local Plan's
numbered policy boxes), and a goal column holding only codes with the goal's wording beside it."""

from __future__ import annotations

from plancheck.mandate.goalforms import coded_table_goals, goal_title, titled_goals
from plancheck.mandate.parents import parent_goals
from plancheck.models import Block, BlockKind, Document, Plan, Provenance, Section, SourceInfo
from tests.conftest import table_of


def _doc(blocks: list[tuple[str, str, int | None]]) -> Document:
    """A one-page document of (kind, text, heading level) blocks, one section per heading."""
    out: list[Block] = []
    sections: list[Section] = []
    sid = "s0"
    for n, (kind, text, level) in enumerate(blocks, start=1):
        if kind == "heading":
            sid = f"s{n}"
            sections.append(Section(id=sid, title=text, level=level or 1, page=1))
        out.append(
            Block(id=f"b{n}", kind=BlockKind(kind), text=text, level=level, provenance=Provenance(page=1), section_id=sid)
        )
    return Document(path="x.pdf", page_count=1, sections=sections, blocks=out)


def _plan(lang: str = "nn") -> Plan:
    return Plan(source=SourceInfo(path="x.pdf", format="pdf", sha256="0", pages=1), language=lang)


TITLED = [
    ("heading", "Satsingsområde A – Arbeid", 2),
    ("heading", "Grøne hamner", 3),
    ("paragraph", "Alle hamnene i kommunen har landstraum og fornybar energi.", None),
    ("paragraph", "Strategiar: Vi samarbeider med nabokommunane.", None),
    ("heading", "Levande sentrum", 3),
    ("paragraph", "Sentrum er ein møtestad med handel og kultur for alle.", None),
    ("heading", "Policy H4 – Housing Density", 3),
    ("paragraph", "At least ten per cent of the homes will be built at a higher density.", None),
    ("heading", "Oppfølging", 2),
    ("paragraph", "Planen blir følgd opp i handlingsdelen kvart år.", None),
]


def test_short_titles_each_over_one_sentence_are_the_goals():
    """Three titles at one level, each over one whole sentence: the sentences are the goals,
    the titles their names; what follows a sentence ("Strategiar: …") and a lone titled sentence
    at another level ("Oppfølging") are none."""
    found = titled_goals(_doc(TITLED))
    assert [g.text for g in found] == [
        "Alle hamnene i kommunen har landstraum og fornybar energi.",
        "Sentrum er ein møtestad med handel og kultur for alle.",
        "At least ten per cent of the homes will be built at a higher density.",
    ]
    assert [g.name for g in found] == ["Grøne hamner", "Levande sentrum", "Housing Density"]


def test_titled_sentences_stand_in_for_a_strategy_read_as_the_only_goal():
    """The parent's goals are the titled sentences even where the plan's reading has fewer goals."""
    assert len(parent_goals(_plan(), _doc(TITLED))) == 3


def test_two_titled_sentences_or_titles_over_subsections_are_no_form():
    """Two titled sentences are topics introduced; a title with headings below it is a chapter."""
    assert titled_goals(_doc(TITLED[:6])) == []
    chapters = [
        ("heading", "Bustader", 2),
        ("paragraph", "Kommunen har 4 000 bustader i dag.", None),
        ("heading", "Eldre", 3),
        ("heading", "Skule", 2),
        ("paragraph", "Kommunen har tre skular i dag.", None),
        ("heading", "Barn", 3),
        ("heading", "Veg", 2),
        ("paragraph", "Kommunen har mange vegar i dag.", None),
        ("heading", "Bru", 3),
    ]
    assert titled_goals(_doc(chapters)) == []


def test_a_goal_title_is_short_and_names_no_other_role():
    assert goal_title("Fiskarbygda") == "Fiskarbygda"
    assert goal_title("Policy H2 – Affordable Housing") == "Affordable Housing"
    assert goal_title("Satsingsområde A – Arbeid og næring") is None  # a focus area
    assert goal_title("Tiltak") is None  # a measure heading
    assert goal_title("Korleis når vi måla?") is None
    assert goal_title("Kommunen sine seks viktigaste mål for neste periode") is None  # too long


def _coded(header: list[str], rows: list[list[str]]) -> Document:
    doc = _doc([("heading", "Prioriterat område 1", 2)])
    doc.blocks.append(
        Block(id="b9", kind=BlockKind.table, text="", provenance=Provenance(page=1), section_id="s1", table=table_of(header, rows))
    )
    return doc


def test_a_goal_column_of_codes_numbers_the_wording_beside_it():
    doc = _coded(
        ["Mål", "Målformulering 2040", "Indikator"],
        [["1A", "Fler personer i arbetsför ålder är sysselsatta.", "Förvärvsfrekvens"],
         ["1B", "Matchningen på arbetsmarknaden förbättras tydligt.", "Andel arbetsgivare"]],
    )
    found = coded_table_goals(doc)
    assert [(g.number, g.text) for g in found] == [
        ("1A", "Fler personer i arbetsför ålder är sysselsatta."),
        ("1B", "Matchningen på arbetsmarknaden förbättras tydligt."),
    ]
    goals = parent_goals(_plan("sv"), doc)
    assert [g.number for g in goals] == ["1A", "1B"]


def test_a_goal_column_of_words_is_no_code_column():
    """A goal column that holds the goals themselves is the extractor's reading, not this form."""
    doc = _coded(
        ["Mål", "Beskrivning", "Indikator"],
        [["Fler i arbete", "Fler personer i arbetsför ålder är sysselsatta.", "Förvärvsfrekvens"],
         ["Bättre matchning", "Matchningen på arbetsmarknaden förbättras tydligt.", "Andel"]],
    )
    assert coded_table_goals(doc) == []


def test_a_title_over_running_text_introduces_a_topic():
    """A title over a background sentence and then the body's goal ("Byrådet vil …") is a topic
    heading: the first sentence is no goal."""
    topics = []
    for title, background, goal in [
        ("Et stærkt land", "Landbruget er kommunens største erhverv.", "Byrådet vil sikre gode vilkår for landbruget."),
        ("Grøn energi", "Vindmøllerne dækker halvdelen af elforbruget.", "Byrådet vil have mere grøn strøm i kommunen."),
        ("Levende byer", "Flere landsbyer har mistet deres skole.", "Byrådet vil skabe liv i landsbyerne igen."),
    ]:
        topics += [("heading", title, 2), ("paragraph", background, None), ("paragraph", goal, None)]
    assert titled_goals(_doc(topics)) == []
