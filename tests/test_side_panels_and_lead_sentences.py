"""A goal in a shaded sidebar cell beside running text whose paragraphs open with a bold lead
sentence (the measure) and write its owner and deadline fields inside the paragraph; a goal
under a bare 'Mål n' label heading judged beside the goals of the other labels; season,
term and school-year deadlines. Each stage on hand-built input."""

from __future__ import annotations

import datetime as dt

import pytest
from test_checks_support import goal, make_plan, measure
from test_layout_support import line_words

from plancheck.checks import check_plan
from plancheck.checks.base import bare_label
from plancheck.extract.plan import lead_sentence
from plancheck.lang.deadlines import parse_deadline
from plancheck.layout.blocks import bold_lead_wraps, build_blocks, lead_run
from plancheck.layout.boxes import side_boxes, side_panels
from plancheck.layout.lines import words_to_lines
from plancheck.layout.words import Word
from plancheck.models import Block, BlockKind, Section
from tests.conftest import plan_of_blocks

# --------------------------------------------------------------------------- side panels

PANEL = (60.0, 80.0, 190.0, 186.0)
TEXT = "the running text beside the panel goes on here in one column"


def _sidebar_page(*, wrap_below: bool = False, panel_lines: int = 3) -> list[Word]:
    """A goal's label and sentence in the panel (x 70-180), running text beside it (x 210-530)
    from the panel's first line down, and, with ``wrap_below``, lines across the whole width
    right under the panel (text wrapped around a call-out)."""
    words = line_words("GOAL 1", 70, 90, size=9)
    for k in range(panel_lines - 1):
        words += line_words("more of it", 70, 104 + 14 * k, size=11)
    top = 90.0
    for _ in range(8):
        words += line_words(TEXT, 210, top)
        top += 13
    if wrap_below:
        for _ in range(3):
            words += line_words(TEXT + " and across the whole page width", 60, top)
            top += 13
    return words


def test_a_shaded_cell_beside_a_column_of_running_text_is_a_side_panel():
    assert side_panels([PANEL], _sidebar_page(), 612) == [PANEL]
    # the column beside it starts level with the panel's text, not far below it
    late = [w for w in _sidebar_page() if w.x0 < 200] + [
        type(w)(w.text, w.x0, w.top + 40, w.x1, w.bottom + 40, w.size) for w in _sidebar_page() if w.x0 >= 200
    ]
    assert side_panels([PANEL], late, 612) == []


def test_a_box_the_text_wraps_around_is_a_side_box_not_a_side_panel():
    words = _sidebar_page(wrap_below=True)
    assert side_panels([PANEL], words, 612) == []
    assert side_boxes([PANEL], words, 612) == [PANEL]


def test_a_wide_box_or_one_holding_a_long_text_is_no_side_panel():
    wide = (60.0, 80.0, 300.0, 200.0)
    assert side_panels([wide], _sidebar_page(), 612) == []
    tall = (60.0, 80.0, 190.0, 240.0)
    assert side_panels([tall], _sidebar_page(panel_lines=10), 612) == []


# --------------------------------------------------------------------------- bold lead sentences


def _line(text: str, top: float, *, bold: int = 0, x: float = 50, size: float = 10):
    """A line whose first ``bold`` words are bold (all of them with ``bold=-1``)."""
    ws = line_words(text, x, top, size)
    n = len(ws) if bold < 0 else bold
    return words_to_lines([Word(w.text, w.x0, w.top, w.x1, w.bottom, w.size, bold=k < n) for k, w in enumerate(ws)], 1)[0]


BODY = "Dette er vanleg brødtekst som fyller heile linja i spalta her no"


def test_a_bold_first_line_whose_sentence_goes_on_in_bold_is_no_heading():
    first = _line("Vi byggjer ein ny gangveg langs elva der folk", 100, bold=-1)
    nxt = _line("kan gå. Vegen blir lagd med grus og lys", 113, bold=2)
    right = 50 + 5 * len(BODY) + 3 * BODY.count(" ")
    assert bold_lead_wraps(first, nxt, 10, right)
    assert not bold_lead_wraps(first, _line("kan gå og sykle trygt", 113, bold=-1), 10, right)  # a heading wrapped
    assert not bold_lead_wraps(first, nxt, 8, right)  # set larger than the body text: a heading
    assert lead_run([first, nxt]) == "Vi byggjer ein ny gangveg langs elva der folk kan gå."
    blocks = build_blocks([[_line(BODY, t) for t in (40, 53, 66)] + [first, nxt, _line(BODY, 126)]], [])
    assert [b.kind for b in blocks] == [BlockKind.paragraph, BlockKind.paragraph]
    assert blocks[1].run_in == "Vi byggjer ein ny gangveg langs elva der folk kan gå."


def test_a_full_bold_sentence_line_goes_on_in_the_paragraph_only_when_the_next_word_did_not_fit():
    body = [_line(BODY, t) for t in (40, 53, 66)]
    right = max(ln.x1 for ln in body)
    full = _line("Vi lagar ein ny plan for vedlikehald av alle bruene.", 100, bold=-1)
    full = _line("Vi lagar ein ny plan for vedlikehald av alle bruene.", 100, bold=-1, x=50 + right - full.x1)
    under = _line("Arbeidet startar med ei kartlegging i vår.", 113, x=full.x0)
    assert bold_lead_wraps(full, under, 10, right)
    short = _line("Vi lagar ein plan.", 100, bold=-1)
    assert not bold_lead_wraps(short, _line("Arbeidet startar med ei kartlegging i vår.", 113), 10, right)
    labelled = _line("Mål 1: Alle skal ha ein trygg veg til skulen sin.", 100, bold=-1)
    labelled = _line(labelled.text, 100, bold=-1, x=50 + right - labelled.x1)
    assert not bold_lead_wraps(labelled, under, 10, right)  # a labelled goal's heading
    assert not bold_lead_wraps(full, _line("Strategiar:", 113, x=full.x0), 10, right)  # over a lead-in
    assert lead_run([full, under]) == "Vi lagar ein ny plan for vedlikehald av alle bruene."
    assert lead_run([_line("Ein overskrift utan punktum", 100, bold=-1), under]) is None


def _para(text: str, run_in: str | None) -> Block:
    return Block(id="b", kind=BlockKind.paragraph, text=text, run_in=run_in)


def test_a_lead_sentence_is_a_whole_bold_sentence_with_more_text_after_it():
    text = "Vi byggjer ein gangveg langs elva. Han får lys. Ansvarleg: Teknisk drift."
    assert lead_sentence(_para(text, "Vi byggjer ein gangveg langs elva."), text) == "Vi byggjer ein gangveg langs elva."
    assert lead_sentence(_para(text, "Vi byggjer"), text) is None  # a few bold words, no sentence
    assert lead_sentence(_para("Ansvar: Kultur.", "Ansvar"), "Ansvar: Kultur.") is None
    alone = "Vi byggjer ein gangveg langs elva."
    assert lead_sentence(_para(alone, alone), alone) is None  # nothing after it: a heading set as text


def test_paragraphs_opening_with_a_bold_sentence_and_writing_fields_are_measures():
    def para(lead: str, rest: str) -> Block:
        return Block(id="", kind=BlockKind.paragraph, text=f"{lead} {rest}", run_in=lead)

    blocks = [
        Block(id="", kind=BlockKind.heading, text="Mål og tiltak", level=1),
        Block(id="", kind=BlockKind.paragraph, text="MÅL 1"),
        Block(id="", kind=BlockKind.heading, text="Alle skal ha trygge gangvegar i nærmiljøet.", level=2),
        Block(id="", kind=BlockKind.paragraph, text="Mange vegar manglar fortau i dag."),
        para("Vi byggjer fortau langs skulevegen.", "Fortauet får gatelys heile vegen. "
             "Ansvarleg: Teknisk drift. Frist: hausten 2026."),
        para("Vi lagar ein plan for vedlikehald av bruene.", "Planen gjeld alle bruer. Frist: innan sommaren 2027."),
    ]
    plan = plan_of_blocks(blocks, "nn")
    assert [m.text for m in plan.measures] == ["Vi byggjer fortau langs skulevegen.",
                                               "Vi lagar ein plan for vedlikehald av bruene."]
    first, second = plan.measures
    assert first.owner_text == "Teknisk drift" and first.deadline.text == "hausten 2026"
    assert second.owners == [] and second.deadline.text == "innan sommaren 2027"
    assert [g.text for g in plan.goals] == ["Alle skal ha trygge gangvegar i nærmiljøet."]
    assert first.goal_ids == [plan.goals[0].id]


# --------------------------------------------------------------------------- goal-has-measure


def test_bare_label_is_a_label_word_and_number_alone():
    assert bare_label("Mål 4") and bare_label("Goal 2:")
    assert not bare_label("Mål 4 Alle skal vere trygge") and not bare_label("Innleiing")


def test_a_goal_under_a_bare_label_heading_is_judged_beside_the_goals_of_the_other_labels():
    """'Mål n' as a heading of its own, the goal's sentence as the heading under it: the goal
    with no measures stands beside the goals whose measures follow them."""
    sections = [Section(id="kap", title="Mål och åtgärder", level=1)]
    goals, measures = [], []
    for i, text in enumerate(["Alla ska ha nära till en park", "Luften i centrum ska bli renare",
                              "Biblioteken ska ha längre öppettider"], start=1):
        sections += [Section(id=f"l{i}", title=f"Mål {i}", level=2, parent_id="kap"),
                     Section(id=f"s{i}", title=text, level=3, parent_id=f"l{i}")]
        goals.append(goal(f"g{i}", text, section_id=f"s{i}"))
        if i < 3:
            measures.append(measure(f"m{i}", f"Åtgärd {i}", (f"g{i}",), (), owners=("BUF",), due="2027",
                                    section_id=f"s{i}"))
    plan = make_plan(goals, [], measures, sections=sections)
    found = [f.quote for f in check_plan(plan).findings if f.rule == "goal-has-measure"]
    assert found == ["Biblioteken ska ha längre öppettider"]
    # labels that carry more than a number are headings of their own: no peers across them
    for s in sections:
        if s.id.startswith("l"):
            s.title += " Trygghet"
    assert [f for f in check_plan(plan).findings if f.rule == "goal-has-measure"] == []


# --------------------------------------------------------------------------- deadlines


D = dt.date


@pytest.mark.parametrize(("text", "lang", "start", "end"), [
    ("hausten 2026", "nn", D(2026, 8, 1), D(2026, 12, 31)),
    ("haustsemesteret 2026", "nn", D(2026, 8, 1), D(2026, 12, 31)),
    ("skuleåret 2026/27", "nn", D(2026, 8, 1), D(2027, 6, 30)),
    ("1. tertial 2027", "nn", D(2027, 1, 1), D(2027, 4, 30)),
    ("läsåret 2026/27", "sv", D(2026, 8, 1), D(2027, 6, 30)),
    ("höstterminen 2026", "sv", D(2026, 8, 1), D(2026, 12, 31)),
    ("1:a tertialet 2027", "sv", D(2027, 1, 1), D(2027, 4, 30)),
    ("3:e tertialet 2027", "sv", D(2027, 9, 1), D(2027, 12, 31)),
    ("våren 2027", "sv", D(2027, 1, 1), D(2027, 6, 30)),
    ("høsten 2026", "nb", D(2026, 8, 1), D(2026, 12, 31)),
    ("efteråret 2026", "da", D(2026, 8, 1), D(2026, 12, 31)),
    ("autumn 2026", "en", D(2026, 8, 1), D(2026, 12, 31)),
    ("spring term 2027", "en", D(2027, 1, 1), D(2027, 6, 30)),
    ("the 2026/27 school year", "en", D(2026, 8, 1), D(2027, 6, 30)),
    ("by the end of the 2027-28 academic year", "en", D(2027, 8, 1), D(2028, 6, 30)),
])
def test_seasons_terms_and_school_years_end_where_the_period_ends(text, lang, start, end):
    d = parse_deadline(text, lang=lang)
    assert (d.kind, d.start, d.end) == ("period", start, end)


def test_a_year_range_without_a_school_year_word_is_whole_years():
    d = parse_deadline("2026/27", lang="en")
    assert (d.start, d.end) == (D(2026, 1, 1), D(2027, 12, 31))
