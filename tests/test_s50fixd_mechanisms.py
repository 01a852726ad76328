"""Mechanisms of session 50 (branch s50fixd), on hand-built inputs with invented wording.

A project group's action log kept on a wiki page and printed from the browser (the page's address
repeated as the table footer of every page, on the last page right under the text; the log's
'Aksjon' and 'Ansv.' columns), and an improvement worksheet (its aims in a grid of labelled rows,
'Aim 1 | …'; a form's slot left holding its writer's bracketed note)."""

from __future__ import annotations

from conftest import plan_of_blocks, table_of
from test_layout_support import line_words

from plancheck.layout.furniture import mark_furniture
from plancheck.layout.lines import Line
from plancheck.models import Block, BlockKind

# --- layout: a browser's table footer, at the foot of each page and under the last page's text

ADDRESS = "https://intranet.kirkeby.example/wiki/Cycling_project/Task_list"


def _line(page: int, text: str, top: float, size: float = 10) -> Line:
    words = line_words(text, 40, top, size)
    return Line(page=page, words=words, x0=40, x1=words[-1].x1, top=top, bottom=top + size, size=size, bold=False,
                text=text)


def _pages(last_footer: str) -> list[list[Line]]:
    one = [_line(1, "Open tasks", 100), _line(1, "Paint the crossing at the school gate", 300),
           _line(1, ADDRESS.replace("_", " "), 810, 7.5)]
    two = [_line(2, "Build the bike shed at the library", 60), _line(2, "Next meeting on Tuesday", 400),
           _line(2, last_footer, 430, 7.5)]
    return [one, two]


def test_a_footer_repeated_under_the_last_pages_text_is_furniture_on_every_page():
    pages = _pages(ADDRESS)
    mark_furniture(pages, [842.0, 842.0])
    assert pages[0][-1].kind == "furniture" and pages[1][-1].kind == "furniture"
    assert not pages[1][1].kind and not pages[0][1].kind


def test_a_last_line_of_other_words_is_no_footer():
    pages = _pages("Minutes are kept by the project leader")
    mark_furniture(pages, [842.0, 842.0])
    assert not pages[0][-1].kind and not pages[1][-1].kind


# --- lexicon: an action log's columns ('Aksjon', the owner's 'Ansv.' abbreviated)


def test_an_action_logs_action_and_abbreviated_owner_columns_are_read():
    from plancheck.lang.vocab import column_role

    assert column_role("Aksjon") == "measure"
    assert column_role("Ansv.") == "owner"
    assert column_role("Ansv. ▲▼") == "owner"  # with a sortable table's arrows


def test_an_action_log_gives_measures_owners_and_deadlines():
    blocks = [
        Block(id="", kind=BlockKind.heading, text="Sykkelprosjektet", level=1),
        Block(id="", kind=BlockKind.heading, text="Åpne aksjoner", level=2),
        Block(id="", kind=BlockKind.table, text="", table=table_of(
            ["Nr", "Aksjon", "Ansv.", "Frist"],
            [["B-2", "Male sykkelfelt langs Storgata", "KL", "Mai 2061"],
             ["B-4", "Sette opp sykkelstativ ved biblioteket", "Teknisk drift", "Høst 2061"]])),
    ]
    plan = plan_of_blocks(blocks, "nb")
    got = {m.text: ([o.text for o in m.owners], m.deadline.text if m.deadline else None) for m in plan.measures}
    assert got == {"Male sykkelfelt langs Storgata": (["KL"], "Mai 2061"),
                   "Sette opp sykkelstativ ved biblioteket": (["Teknisk drift"], "Høst 2061")}


# --- extract: a worksheet's aims in labelled rows, cited by number in the change ideas' table

AIMS = [
    ["Aim 1", "Every pupil can cycle to school on a safe route."],
    ["Aim 2", "Fewer bikes are stolen from the station racks."],
    ["Aim 3", "Older residents get a free repair check every spring."],
]


def _worksheet() -> list[Block]:
    return [
        Block(id="", kind=BlockKind.heading, text="Cycling Improvement Worksheet", level=1),
        Block(id="", kind=BlockKind.heading, text="What are we trying to accomplish?", level=2),
        Block(id="", kind=BlockKind.table, text="", table=table_of(AIMS[0], AIMS[1:])),
        Block(id="", kind=BlockKind.heading, text="What changes can we make?", level=2),
        Block(id="", kind=BlockKind.table, text="", table=table_of(
            ["No.", "Change idea", "Aim", "Lead", "Due"],
            [["1", "Mark a painted cycle lane past the two primary schools", "1", "Highways Team", "June 2061"],
             ["2", "Fit covered racks with cameras at the station", "2", "Transport Officer", "Autumn 2061"]])),
        Block(id="", kind=BlockKind.heading, text="Baseline", level=2),
        Block(id="", kind=BlockKind.table, text="", table=table_of(
            ["Indicator", "Baseline"],
            [["Pupils cycling to school", "[add the figure from the travel survey – JT]"],
             ["Bikes stolen at the station", "31 (2060)"],
             ["Repair checks booked", "[The survey team sends the figures with the spring report.]"]])),
    ]


def test_labelled_rows_in_two_columns_are_the_goals_they_number():
    plan = plan_of_blocks(_worksheet(), "en")
    assert [(g.number, g.text.rstrip(".")) for g in plan.goals] == [(a[0].split()[1], a[1].rstrip(".")) for a in AIMS]
    goal_of = {g.id: g.number for g in plan.goals}
    links = {m.text: [goal_of[g] for g in m.goal_ids] for m in plan.measures}
    assert links == {"Mark a painted cycle lane past the two primary schools": ["1"],
                     "Fit covered racks with cameras at the station": ["2"]}
    # each goal quotes its own sentence, not the whole table
    assert all(g.provenance.source_text == a[1] for g, a in zip(plan.goals, AIMS, strict=True))


def test_rows_whose_label_is_no_goal_word_are_no_goals():
    blocks = _worksheet()
    blocks[2] = Block(id="", kind=BlockKind.table, text="", table=table_of(
        ["Sponsor", "The director of transport signs the worksheet."],
        [["Version", "The draft goes to the board in May."]]))
    plan = plan_of_blocks(blocks, "en")
    assert not plan.goals


# --- checks: a slot left holding its writer's note; a wiki's print footer is no link


def test_a_cell_holding_only_a_bracketed_note_is_an_editorial_leftover():
    from plancheck.drafts import editorial_leftovers

    plan = plan_of_blocks(_worksheet(), "en")
    found = [d.found for d in editorial_leftovers(plan)]
    assert any("[add the figure from the travel survey – JT]" in f for f in found)
    # a bracket of whole sentences is a note the table states, no slot's prompt
    assert not any("survey team sends" in f for f in found)


def test_a_wikis_retrieved_from_line_is_no_internal_link():
    from plancheck.drafts import internal_links

    address = "https://intranet.kirkeby.example/wiki/Cycling_project"
    blocks = [*_worksheet(),
              Block(id="", kind=BlockKind.paragraph, text=f"See {address} for the route map."),
              Block(id="", kind=BlockKind.paragraph, text=f"Retrieved from \u201c{address}\u201d")]
    plan = plan_of_blocks(blocks, "en")
    quotes = [d.quote for d in internal_links(plan)]
    assert len(quotes) == 1 and "route map" in quotes[0]
