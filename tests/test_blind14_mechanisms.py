"""The mechanisms blind batch 14 asked for, each on small hand-built input: a labelled bold
run-in goal broken over lines (also at the foot of a newspaper column), a numbered item's fields
wrapped onto a dash line, a list of measures known by their fields under a heading of no role,
a goal row with only a note under it, a table numbered as an outline of goals, objectives and
actions, a date set flush right beside a list item, and one owner line at the foot of a card's
measures."""

from __future__ import annotations

from test_layout_support import line_words

from plancheck.extract.fields import split_fields
from plancheck.extract.plan import build_plan, status_legend
from plancheck.extract.tables import numbered_outline, table_roles
from plancheck.layout.blocks import bold_lead_wraps, build_blocks
from plancheck.layout.lines import Line, finish_line, right_tails, set_tails_apart, words_to_lines
from plancheck.layout.words import Word
from plancheck.models import Block, BlockKind, Document, GoalKind, Provenance, Section, Table
from tests.conftest import plan_of_blocks, table_of

# --------------------------------------------------------------------------- run-in goals


def _line(text: str, top: float, *, bold: int = 0, x: float = 50, size: float = 10, region: int = 0) -> Line:
    """A line whose first ``bold`` words are bold (all of them with ``bold=-1``)."""
    ws = line_words(text, x, top, size)
    n = len(ws) if bold < 0 else bold
    ln = words_to_lines([Word(w.text, w.x0, w.top, w.x1, w.bottom, w.size, bold=k < n) for k, w in enumerate(ws)], 1)[0]
    ln.region = region
    return ln


def test_a_labelled_bold_sentence_going_on_to_the_next_line_is_a_run_in_not_a_heading():
    first = _line("Mål 1: Reiselivet i Kvernvik skal gi fleire", 100, bold=-1)
    nxt = _line("heilårsarbeidsplassar. I dag er tre av fire arbeidsplassar", 113, bold=1)
    assert bold_lead_wraps(first, nxt, 10, 400)
    # a labelled heading over a plain paragraph, or over a second bold line, stays a heading
    assert not bold_lead_wraps(first, _line("I dag er tre av fire arbeidsplassar", 113), 10, 400)
    assert not bold_lead_wraps(first, _line("heilårsarbeidsplassar i kommunen", 113, bold=-1), 10, 400)
    blocks = build_blocks([[first, nxt]], [])
    assert [b.kind for b in blocks] == [BlockKind.paragraph]
    assert blocks[0].run_in == "Mål 1: Reiselivet i Kvernvik skal gi fleire heilårsarbeidsplassar."


def test_the_run_in_sentence_may_break_at_the_foot_of_one_column_and_go_on_at_the_head_of_the_next():
    first = _line("Mål 1: Reiselivet i Kvernvik skal gi fleire", 700, bold=-1, region=1)
    nxt = _line("heilårsarbeidsplassar. I dag er tre av fire", 100, bold=1, x=320, region=2)
    assert bold_lead_wraps(first, nxt, 10, 300)
    # the next column's head opening a plain line is the heading's paragraph, not its sentence
    assert not bold_lead_wraps(first, _line("I dag er tre av fire", 100, x=320, region=2), 10, 300)


def test_the_bold_sentence_of_a_labelled_paragraph_is_the_goal_its_regular_text_the_context():
    text = "Mål 1: Reiselivet skal gi fleire heilårsarbeidsplassar. I dag er tre av fire arbeidsplassar sesongbaserte."
    blocks = [
        Block(id="", kind=BlockKind.heading, text="Mål og tiltak", level=1),
        Block(id="", kind=BlockKind.paragraph, text=text, run_in="Mål 1: Reiselivet skal gi fleire heilårsarbeidsplassar."),
    ]
    plan = plan_of_blocks(blocks, "nn")
    assert [g.text for g in plan.goals] == ["Reiselivet skal gi fleire heilårsarbeidsplassar."]


# --------------------------------------------------------------------------- fields on a dash line


def test_a_lower_case_dash_line_at_a_numbered_items_text_indent_is_its_wrapped_end():
    item = _line("2. Starte eit kompetansenettverk for tilsette i reiselivet", 100)
    indent = item.words[1].x0
    tail = _line("– ansvar: Kvernvik Reiseliv AS, hausten 2026", 113, x=indent)
    blocks = build_blocks([[item, tail]], [])
    assert len(blocks) == 1 and blocks[0].kind == BlockKind.list_item
    assert blocks[0].text.endswith("reiselivet – ansvar: Kvernvik Reiseliv AS, hausten 2026")
    # a capitalised dash item under it is an item of its own (a nested list)
    nested = _line("– Kurs for nye tilsette", 113, x=indent)
    assert len(build_blocks([[item, nested]], [])) == 2


def test_an_owner_field_after_a_dash_hands_its_last_comma_part_to_the_deadline():
    f = split_fields("Utvikle tre nye vinterprodukt – ansvar: Næringsavdelinga, innan 2028", "nn")
    assert (f.text, f.owner, f.deadline) == ("Utvikle tre nye vinterprodukt", "Næringsavdelinga", "innan 2028")


# --------------------------------------------------------------------------- lists known by their fields


def _items(*texts: str) -> list[Block]:
    return [Block(id="", kind=BlockKind.list_item, text=t, level=0, number=f"{k + 1}.") for k, t in enumerate(texts)]


def test_a_list_ending_in_labelled_fields_under_a_heading_of_no_role_is_a_list_of_measures():
    blocks = [
        Block(id="", kind=BlockKind.heading, text="Mål og tiltak", level=1),
        Block(id="", kind=BlockKind.paragraph, text="Mål 1: Reiselivet skal gi fleire heilårsarbeidsplassar."),
        *_items(
            "Utvikle tre nye vinterprodukt – ansvar: Næringsavdelinga, innan 2028",
            "Gje tilskot til bedrifter som held ope – ansvar: Næringsavdelinga, kvart år",
            "Innføre ei frivillig naturavgift – innan 2028",
        ),
    ]
    plan = plan_of_blocks(blocks, "nn")
    assert [m.text for m in plan.measures] == [
        "Utvikle tre nye vinterprodukt", "Gje tilskot til bedrifter som held ope", "Innføre ei frivillig naturavgift",
    ]
    assert [o.text for o in plan.measures[0].owners] == ["Næringsavdelinga"]
    assert all(m.goal_ids == [plan.goals[0].id] for m in plan.measures)
    # one item with a field in a list of other things does not make it a list of measures
    done = [
        Block(id="", kind=BlockKind.heading, text="Dette har vi gjort", level=1),
        *_items("Vi har merkt sju nye turstiar", "Vi har opna ei ny gjestehamn – ansvar: Hamnevesenet",
                "Vi har laga eit bookingsystem", "Vi har rydda strendene"),
    ]
    assert plan_of_blocks(done, "nn").measures == []
    # indicators with their unit in brackets: the unit reads as a time, but names no owner
    indicators = [
        Block(id="", kind=BlockKind.heading, text="Slik måler vi utviklingen", level=1),
        Block(id="", kind=BlockKind.list_item, text="Klimagassutslipp per innbygger (tonn CO2-ekvivalenter)", level=0),
        Block(id="", kind=BlockKind.list_item, text="Omdisponert dyrka mark (dekar per år)", level=0),
    ]
    assert plan_of_blocks(indicators, "nb").measures == []


def test_one_owner_line_at_the_foot_of_a_cards_dated_list_owns_every_measure_of_it():
    blocks = [
        Block(id="", kind=BlockKind.heading, text="Maden i kommunens køkkener skal have et lavere klimaaftryk.", level=3),
        *[Block(id="", kind=BlockKind.list_item, text=t, level=0) for t in (
            "Indføre to plantebaserede dage om ugen – Ultimo 2026",
            "Købe mindst 60 procent økologiske råvarer – 2027",
            "Give overskudsmad til væresteder og foreninger",
        )],
        Block(id="", kind=BlockKind.paragraph, text="Ansvarlig: Madservice Lindholt"),
    ]
    plan = plan_of_blocks(blocks, "da")
    assert len(plan.measures) == 3
    assert all([o.text for o in m.owners] == ["Madservice Lindholt"] for m in plan.measures)
    assert plan.measures[2].deadline is None
    assert all(m.has_deadline_column for m in plan.measures)  # the undated one lacks its card's date
    # without the owner line at its foot, a list of dated lines under a topic heading is no card
    # of measures (under a heading stating an aim, bullets that say what to do are its measures:
    # plan._aim_over_measure_list, session 38)
    topic = [Block(id="", kind=BlockKind.heading, text="Maden i kommunens køkkener", level=3), *blocks[1:-1]]
    assert plan_of_blocks(topic, "da").measures == []


def test_a_status_legend_states_no_item():
    assert status_legend("Status: • I gang • Planlagt • Ikke startet • Afsluttet")
    assert status_legend("Status: On track, At risk, Completed")
    assert not status_legend("Status: I gang")  # one value: a field, not a legend
    assert not status_legend("Status: Vi er i gang med arbejdet")
    assert not status_legend("Mål: I gang, Afsluttet")


# --------------------------------------------------------------------------- tables


def _table_doc(table: Table) -> Document:
    blocks = [
        Block(id="b0", kind=BlockKind.heading, text="Handlingsplan", provenance=Provenance(page=1), section_id="s1"),
        Block(id="b1", kind=BlockKind.table, provenance=Provenance(page=1), section_id="s1", table=table),
    ]
    return Document(path="x.pdf", page_count=1, blocks=blocks,
                    sections=[Section(id="s1", title="Handlingsplan", level=1, page=1)])


def test_a_goal_row_with_only_a_note_under_it_is_a_goal():
    t = table_of(
        ["Nr", "Tiltak", "Ansvar", "Frist"],
        [
            ["Mål 1: Alle elever skal ha et trygt skolemiljø.", "", "", ""],
            ["1.1", "Innføre et program for sosial læring", "Oppvekstsjefen", "2026"],
            ["Mål 2: SFO skal ha et like trygt miljø som skolen.", "", "", ""],
            ["Tiltak for SFO kommer i en egen plan.", "", "", ""],
        ],
    )
    for row in t.rows:  # a spanning row: its other cells are not drawn
        if not row[1].text:
            for c in row[1:]:
                c.bbox = None
    plan = build_plan(_table_doc(t), lang="nb", model=None)
    assert sorted(g.text for g in plan.goals) == [
        "Alle elever skal ha et trygt skolemiljø.", "SFO skal ha et like trygt miljø som skolen.",
    ]
    assert [m.text for m in plan.measures] == ["Innføre et program for sosial læring"]


OUTLINE = table_of(
    ["Ref", "Goal, objective and action", "Lead officer", "Timescale", "Measures of success"],
    [
        ["1", "Carers are identified early.", "", "", ""],
        ["1.1", "Identify more carers through GP practices", "", "", ""],
        ["1.1.1", "Set up a carers' register in every practice", "Carers Lead Officer", "Q3 2026/27", "All practices hold one"],
        ["1.1.2", "Place a champion on each ward", "Head of Discharge", "2027/28", "Champions on 12 wards"],
        ["1.2", "Raise awareness among employers", "", "", ""],
        ["1.2.1", "Run a campaign with employers", "Communications Manager", "Annually", "5,000 reached"],
        ["2", "Carers stay well.", "", "", ""],
        ["2.1", "Support young adult carers", "", "", ""],
    ],
)


def test_the_depth_of_an_outline_number_says_goal_objective_or_action():
    roles = table_roles(OUTLINE.header)
    assert roles[4] == "indicator"  # "Measures of success" says how an action is seen to work
    assert numbered_outline(OUTLINE, roles) is not None
    plan = build_plan(_table_doc(OUTLINE), lang="en", model=None)
    kinds = {g.text: g.kind for g in plan.goals}
    assert kinds["Carers are identified early."] == GoalKind.goal
    assert kinds["Identify more carers through GP practices"] == GoalKind.sub_goal
    assert kinds["Support young adult carers"] == GoalKind.sub_goal  # an objective with no action yet
    assert [m.text for m in plan.measures] == [
        "Set up a carers' register in every practice", "Place a champion on each ward", "Run a campaign with employers",
    ]
    by_text = {g.id: g.text for g in plan.goals}
    assert [by_text[m.goal_ids[0]] for m in plan.measures] == [
        "Identify more carers through GP practices", "Identify more carers through GP practices", "Raise awareness among employers",
    ]
    assert [o.text for o in plan.measures[0].owners] == ["Carers Lead Officer"]


def test_no_outline_when_a_shallower_row_fills_an_owner_cell_or_the_header_names_one_role():
    rows = [[c.text for c in r] for r in OUTLINE.rows]
    rows[0][2] = "Director"  # a goal row with its own lead: the depth says nothing of the role
    t = table_of(OUTLINE.header, rows)
    assert numbered_outline(t, table_roles(t.header)) is None
    t = table_of(["Ref", "Goal", "Lead officer", "Timescale"], [r[:4] for r in [[c.text for c in r] for r in OUTLINE.rows]])
    assert numbered_outline(t, table_roles(t.header)) is None


# --------------------------------------------------------------------------- dates flush right


def _tailed(text: str, tail: str, top: float, *, right: float = 285.0, size: float = 9.5, tail_size: float = 8.5) -> Line:
    words = line_words(text, 62, top, size)
    width = sum(4.5 * len(t) for t in tail.split()) + 2.5 * tail.count(" ")
    x = right - width
    for t in tail.split():
        words.append(Word(t, x, top + 0.8, x + 4.5 * len(t), top + 0.8 + tail_size, tail_size))
        x += 4.5 * len(t) + 2.5
    ln = words_to_lines(words, 1)[0]
    finish_line(ln)
    return ln


def test_a_smaller_field_flush_right_beside_list_items_is_set_apart_and_read_after_the_item():
    lines = [
        _tailed("• Indføre to plantebaserede dage", "Ultimo 2026", 100),
        Line(1, line_words("i plejecentrenes køkkener", 72, 112, 9.5), 0, 0, 0, 0, 0, False),
        _tailed("• Købe økologiske råvarer", "2027", 130),
    ]
    finish_line(lines[1])
    assert right_tails(lines) == {0: len(lines[0].words) - 2, 2: len(lines[2].words) - 1}
    set_tails_apart(lines)
    assert lines[0].text == "• Indføre to plantebaserede dage" and lines[0].meta["tail"] == "Ultimo 2026"
    # one such line alone, or tails in the line's own size, are no column of fields
    assert right_tails(lines[:1]) == {}
    same = [_tailed("Indføre to dage", "2026", 100, tail_size=9.5), _tailed("Købe råvarer", "2027", 130, tail_size=9.5)]
    assert right_tails(same) == {}


# --------------------------------------------------------------------------- owners


def test_a_comma_after_a_job_title_lists_owners_in_every_language():
    """No language keeps a remit after a comma with its job title: "Road Safety Manager, Public
    Health" lists two owners, the commoner form, and the words alone cannot tell it from
    "Service Manager, Young Carers" (one post). The remit reading, tried in session 16, broke
    five generated plans' owner lists."""
    from plancheck.lang.owners import split_owners

    def texts(cell: str, lang: str = "en") -> list[str]:
        return [o.text for o in split_owners(cell, lang=lang)]

    assert texts("Road Safety Manager, Public Health") == ["Road Safety Manager", "Public Health"]
    assert texts("Chief Executive, Highways") == ["Chief Executive", "Highways"]
    assert texts("Head of HR, All partners") == ["Head of HR", "All partners"]
    assert texts("Teknisk drift, Kultur", "nb") == ["Teknisk drift", "Kultur"]
    assert texts("Klimarådgiver, Eiendom", "nb") == ["Klimarådgiver", "Eiendom"]  # a Nordic comma lists owners
