"""Layouts no corpus plan had, anticipated before a blind batch showed them (session 20): measures
grouped under time headings ("Tiltak i 2027", then "Seinare i perioden (2029)"), owners written
as a closing bracket on most measures, goals numbered with Roman numerals and linked from a
goal-number column in Roman numerals, goals opening with a code ("B2 – …"), an aim stated under a labelled area without a goal word, and a checklist
("☐ …") over field lines. Hand-built blocks with invented wording, one mechanism each."""

from __future__ import annotations

from plancheck.extract.roles import (
    arabic_goal_numbers,
    heading_role,
    label_role,
    time_qualified_heading,
)
from plancheck.layout.lines import BULLETS
from plancheck.models import Block, BlockKind
from tests.conftest import plan_of_blocks, table_of


def _h(text: str, level: int = 1) -> Block:
    return Block(id="", kind=BlockKind.heading, text=text, level=level, bold=True)


def _p(text: str, bold: bool = False, size: float | None = None) -> Block:
    return Block(id="", kind=BlockKind.paragraph, text=text, bold=bold, font_size=size)


def _li(text: str, bullet: str = "•", size: float | None = None) -> Block:
    return Block(id="", kind=BlockKind.list_item, text=text, level=0, bullet=bullet, font_size=size)


def _table(header: list[str], rows: list[list[str]]) -> Block:
    t = table_of(header, rows)
    return Block(id="", kind=BlockKind.table, text=" | ".join(header), table=t)


def test_a_measure_heading_qualified_by_a_time_is_a_measure_heading_with_that_time():
    for title, when in [("Tiltak i 2027", "2027"), ("Actions for 2027/28", "2027/28"), ("Åtgärder under 2028", "2028")]:
        assert heading_role(title) == ("measure", ""), title
        assert time_qualified_heading(title).text == when
    # the role word with words that are no time, or a time word before it, are no such heading
    assert time_qualified_heading("Handlingsplan for bedre vannmiljø 2026–2029") is None
    assert heading_role("Pågående tiltak")[0] is None
    assert time_qualified_heading("Pågående tiltak").kind == "continuous"


def _time_grouped() -> list[Block]:
    return [
        _h("Plan for grønne uterom 2027–2030"),
        _h("1 Parkene", level=2),
        _p("Mål 1"),
        _h("Alle skal ha en park under ti minutter hjemmefra.", level=3),
        _p("Tiltak i 2027", bold=True),
        _li("Plante frukttrær langs elvestien (Park og idrett)"),
        _li("Sette ut benker ved lekeplassene (Park og idrett, Frivilligsentralen)"),
        _p("Seinare i perioden (2029–2030)", bold=True),
        _li("Åpne en parsellhage på den gamle tomta (Eiendomsforvaltning)"),
        _li("Lage en gangbru over bekken"),
        _p("Pågående tiltak", bold=True),
        _li("Slå gresset i parkene hver uke om sommeren (Park og idrett)"),
        _h("Gjennomført i 2024–2025", level=2),
        _li("Ny belysning i Sentrumsparken."),
    ]


def test_measures_under_time_headings_are_due_then_and_a_closing_bracket_of_names_is_the_owner():
    plan = plan_of_blocks(_time_grouped(), "nb")
    got = {m.text: (m.owner_text, m.deadline.text if m.deadline else None) for m in plan.measures}
    assert got == {
        "Plante frukttrær langs elvestien": ("Park og idrett", "2027"),
        "Sette ut benker ved lekeplassene": ("Park og idrett, Frivilligsentralen", "2027"),
        "Åpne en parsellhage på den gamle tomta": ("Eiendomsforvaltning", "2029–2030"),
        "Lage en gangbru over bekken": (None, "2029–2030"),
        "Slå gresset i parkene hver uke om sommeren": ("Park og idrett", "Pågående"),
    }
    # the plan gives owners (in brackets) and deadlines (in headings): a gap is a finding
    assert all(m.has_owner_column and m.has_deadline_column for m in plan.measures)


def test_one_closing_bracket_alone_is_no_owner_field():
    plan = plan_of_blocks([
        _h("Tiltak"),
        _li("Innføre tidlig innsats i lesing (TIL)"),
        _li("Kartlegge behovet for leksehjelp (Skolekontoret)"),
        _li("Lage en plan for foreldremøter"),
    ], "nb")
    assert [m.owner_text for m in plan.measures] == [None, None, None]


def test_roman_goal_numbers_label_goals_and_a_goal_column_in_roman_numerals_links_them():
    assert label_role("Mål III Borgerne skal møde én indgang") == ("goal", "3", "Borgerne skal møde én indgang")
    assert label_role("Mål i planen skal nås")[0] is None
    assert arabic_goal_numbers("II, IV") == "2, 4"
    assert arabic_goal_numbers("IT") == "IT"
    plan = plan_of_blocks([
        _h("Mål"),
        _p("Mål I Borgerne skal kunne booke tider digitalt."),
        _p("Mål II Ventetiden i telefonen skal halveres."),
        _p("Mål III Ingen borger skal stå uden hjælp."),
        _h("Initiativer"),
        _table(["Initiativ", "Ansvarlig", "Deadline", "Mål"], [
            ["Indføre online booking", "Borgerservice", "2027", "I"],
            ["Udvide telefontiden om torsdagen", "Borgerservice", "2026", "II, III"],
        ]),
    ], "da")
    goals = {g.id: g.number for g in plan.goals}
    assert sorted(goals.values()) == ["1", "2", "3"]
    links = {m.text: sorted(goals[g] for g in m.goal_ids) for m in plan.measures}
    assert links == {"Indføre online booking": ["1"], "Udvide telefontiden om torsdagen": ["2", "3"]}


def test_goals_opening_with_a_code_are_numbered_by_the_code():
    plan = plan_of_blocks([
        _h("Outcomes"),
        _p("B1 – More residents cycle to work."),
        _p("B2 – Every school has a safe route for walking."),
        _h("Actions"),
        _table(["Action", "Lead", "Due", "Aims"], [
            ["Paint cycle lanes on the ring road", "Highways Team", "2027", "B1"],
            ["Run walking buses twice a week", "Schools Team", "2026", "B1, B2"],
        ]),
    ], "en")
    goals = {g.id: (g.number, g.text) for g in plan.goals}
    assert sorted(goals.values()) == [("B1", "More residents cycle to work."),
                                      ("B2", "Every school has a safe route for walking.")]
    links = {m.text: sorted(goals[g][0] for g in m.goal_ids) for m in plan.measures}
    assert links == {"Paint cycle lanes on the ring road": ["B1"], "Run walking buses twice a week": ["B1", "B2"]}


def test_an_aim_under_a_labelled_area_is_its_goal_and_a_checklist_over_field_lines_its_measures():
    assert "\u2610" in BULLETS and "\u2611" in BULLETS
    plan = plan_of_blocks([
        _h("Satsingsområde 1: Trygge skoleveier", level=2),
        _h("Alle barn skal kunne gå trygt til skolen innen 2028.", level=3),
        _li("Bygge fortau langs Bakkeveien", bullet="\u2610", size=12),
        _p("Ansvar: Kommunalteknikk · Frist: 2027", size=10),
        _li("Sette opp fartshumper ved barnehagen", bullet="\u2611", size=12),
        _p("Ansvar: – · Frist: høsten 2026", size=10),  # (the line set smaller: the item's fields)
    ], "nb")
    assert [g.text for g in plan.goals] == ["Alle barn skal kunne gå trygt til skolen innen 2028."]
    got = {m.text: (m.owner_text, m.deadline.text if m.deadline else None, len(m.goal_ids)) for m in plan.measures}
    assert got == {
        "Bygge fortau langs Bakkeveien": ("Kommunalteknikk", "2027", 1),
        "Sette opp fartshumper ved barnehagen": (None, "høsten 2026", 1),
    }


def test_a_heading_naming_the_body_responsible_owns_the_measures_under_it():
    from plancheck.extract.groupowners import heading_owner

    assert heading_owner("Teknik- och fritidsnämnden ansvarar för", "sv") == "Teknik- och fritidsnämnden"
    assert heading_owner("Ansvarig: Kulturenheten", "sv") == "Kulturenheten"
    assert heading_owner("Åtgärder som ska genomföras 2027", "sv") is None
    header = ["Åtgärd", "Mål", "Klart"]
    plan = plan_of_blocks([
        _h("Mål"),
        _p("Mål 1. Fler unga ska ha en meningsfull fritid."),
        _h("Åtgärder"),
        _h("Teknik- och fritidsnämnden ansvarar för", level=2),
        _table(header, [["Öppna en skatepark vid stationen", "1", "2027"]]),
        _h("Alla nämnder ansvarar gemensamt för", level=2),
        _table(header, [["Erbjuda feriejobb till alla sökande", "1", "Varje sommar"]]),
        _h("Ansvar fördelas senare", level=2),
        _table(header, [["Utreda en fritidsbank", "1", "2028"]]),
    ], "sv")
    got = {m.text: (m.owner_text, [o.diffuse for o in m.owners], m.has_owner_column) for m in plan.measures}
    assert got == {
        "Öppna en skatepark vid stationen": ("Teknik- och fritidsnämnden", [False], True),
        "Erbjuda feriejobb till alla sökande": ("Alla nämnder", [True], True),
        "Utreda en fritidsbank": (None, [], True),  # a place for an owner, left empty: a finding
    }


def test_a_wrapped_cell_beside_cells_centred_on_the_row_keeps_its_lines_apart():
    from plancheck.layout.lines import words_to_lines
    from plancheck.layout.words import Word

    # the first cell wraps over two lines (tops 100 and 114); the short cells beside it are
    # centred on the row (top 107), so their band reaches into both lines
    words = [
        Word("Bygga", 50, 100, 80, 112, 11), Word("en", 83, 100, 95, 112, 11), Word("bro", 98, 100, 115, 112, 11),
        Word("över", 50, 114, 73, 126, 11), Word("ån", 76, 114, 88, 126, 11),
        Word("2", 300, 107, 306, 119, 11), Word("2027", 380, 107, 404, 119, 11),
    ]
    texts = [ln.text for ln in words_to_lines(words, 1)]
    assert texts == ["Bygga en bro 2 2027", "över ån"]


def test_a_name_with_a_joiner_kept_whole_beside_a_slash_stays_whole_in_the_plan():
    from plancheck.lang.owners import join_names_kept_whole, split_owners

    cells = ["Økonomi og IT", "Servicetorget / Økonomi og IT", "Servicetorget"]
    got = join_names_kept_whole([(c, split_owners(c, lang="nb")) for c in cells], "nb")
    assert [[o.text for o in owners] for owners in got] == [["Økonomi og IT"], ["Servicetorget", "Økonomi og IT"], ["Servicetorget"]]
    # a plan that also names a part alone joins with "og" as two owners: nothing kept whole
    cells = ["Økonomi og IT", "Servicetorget / Økonomi og IT", "IT"]
    got = join_names_kept_whole([(c, split_owners(c, lang="nb")) for c in cells], "nb")
    assert [o.text for o in got[0]] == [o.text for o in split_owners("Økonomi og IT", lang="nb")]


def test_tables_of_a_series_with_centred_headings_over_left_aligned_cells_are_read_one_by_one():
    """Two unruled tables, each under a bold heading, whose column headings are centred over
    columns whose cells start at the left (a web page's header cells); the short cells are
    centred on a row whose first cell wraps, the wrapped line opening in lower case."""
    import sys
    from dataclasses import replace
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent))
    from test_layout_support import line_words

    from plancheck.layout.lines import words_to_lines
    from plancheck.layout.tables import find_unruled_tables

    def bold(text: str, x: float, top: float) -> list:
        return [replace(w, bold=True) for w in line_words(text, x, top)]

    words, top = [], 100.0
    for group, rows in [("Parkavdelningen ansvarar för", [("Plantera träd längs ån", "1", "2027"),
                                                          ("Bygga en ny lekplats vid skolan i", "2", "2028")]),
                        ("Kulturavdelningen ansvarar för", [("Ordna läsfestival för barn i", "1", "2026")])]:
        words += bold(group, 50, top)
        top += 18
        words += bold("Åtgärd", 130, top) + bold("Mål", 300, top) + bold("Klart", 372, top)  # centred heads
        top += 14
        for what, goal, when in rows:
            words += line_words(what, 50, top)
            if what.endswith(" i"):  # the cell wraps; the short cells are centred on the row
                words += line_words(goal, 290, top + 6) + line_words(when, 360, top + 6)
                words += line_words("norra delen" if "lekplats" in what else "sommar", 50, top + 12)
                top += 28
            else:
                words += line_words(goal, 290, top) + line_words(when, 360, top)
                top += 16
        top += 12
    # the reader knows the column words (the lexicon's columns)
    found = find_unruled_tables(words_to_lines(words, 1), {"Åtgärd": "measure", "Mål": "goal", "Klart": "deadline"}.get, 1)
    tables = [[[c.text for c in r] for r in piece.rows] for piece, _ in found]
    assert tables == [
        [["Åtgärd", "Mål", "Klart"], ["Plantera träd längs ån", "1", "2027"],
         ["Bygga en ny lekplats vid skolan i norra delen", "2", "2028"]],
        [["Åtgärd", "Mål", "Klart"], ["Ordna läsfestival för barn i sommar", "1", "2026"]],
    ]


def test_an_activity_table_with_no_owner_column_under_an_owner_heading_holds_measures():
    header = ["Aktivitet", "Mål", "Klart senast"]
    rows = [["Starta bokcirklar för barn", "I", "2027"], ["Utöka öppettiderna på lördagar", "I, II", "2026"]]
    goals = [_h("Mål"), _p("Mål I Fler barn ska läsa på fritiden."), _p("Mål II Biblioteken ska vara öppna när invånarna har tid.")]
    # a schedule 'Aktivitet | … | date' alone is no measure table ...
    assert plan_of_blocks([*goals, _h("Tidsplan"), _table(header, rows)], "sv").measures == []
    # ... but under a heading that names the body responsible, its rows are that body's measures
    plan = plan_of_blocks([*goals, _h("Aktiviteter"), _h("Ansvarig: Kulturförvaltningen", level=2), _table(header, rows)], "sv")
    numbers = {g.id: g.number for g in plan.goals}
    got = {m.text: (m.owner_text, sorted(numbers[g] for g in m.goal_ids)) for m in plan.measures}
    assert got == {"Starta bokcirklar för barn": ("Kulturförvaltningen", ["1"]),
                   "Utöka öppettiderna på lördagar": ("Kulturförvaltningen", ["1", "2"])}
