"""Session 49 (s49fixc): an infographic's goal columns and fields marked by icons under a card's
text, each stage on hand-built inputs with invented wording (plancheck/layout/posters.py
headed_columns, layout/icons.py stacked_icon_fields, layout/document.py layout_page,
layout/blocks.py, and the rule walk's chip cards in extract/plan.py)."""

from __future__ import annotations

from dataclasses import replace

from test_layout_support import line_words, word_chars

from plancheck.layout.blocks import build_blocks
from plancheck.layout.document import layout_page
from tests.conftest import plan_of_blocks

PERSON = ((0.0, 0.0, 3.4, 3.4), (-1.7, 4.2, 5.1, 7.6))  # a head and a body, offsets from the icon's corner
CALENDAR = ((-1.4, -0.5, 8.2, 8.2), (-0.3, 0.6, 7.1, 2.6), (0.8, -0.5, 1.7, 1.4))

GOALS = [("Alle bydeler skal ha", "lekeplasser i nærheten."), ("Lekeplassene skal være", "trygge og godt vedlikeholdt."),
         ("Barna skal få si sin", "mening om utformingen.")]
CARDS = [
    [("Kartlegge lekeplassene i Vik", "Kultur og fritid", "Høsten 2041"),
     ("Ruste opp tre nærlekeplasser", "Teknisk drift og", "2042"),
     ("Lage en plan for skolegårder", "Oppvekstetaten", "Innen 1.3.2042")],
    [("Innføre fast tilsyn hver uke", "Teknisk drift", "Fra 2041"),
     ("Skifte ut utrygge lekeapparater", "Eiendomsavdelingen", "2043"),
     ("Merke alle lekeplasser med kart", "Kultur og fritid", "Våren 2042")],
    [("Holde verksted med elevrådene", "Oppvekstetaten", "Hver høst"),
     ("Lage en digital forslagskasse", "Kommunikasjon", "2041"),
     ("Invitere barna til befaring", "Kultur og fritid", "Hver vår")],
]


def _icon(parts, x: float, top: float) -> list:
    return [(x + a, top + b, x + c, top + d) for a, b, c, d in parts]


def _page(heads: bool = True, boxed_heads: bool = False):
    """Three columns 170 pt wide: a numbered circle and 'MÅL', a goal sentence on two lines set
    in no box, then three cards 8 pt apart, each a sentence and, under it, a person icon before
    the owner and a calendar icon before the date. Above, a key line across the page."""
    words, shapes, panels = [], [], []
    words += line_words("Forklaring til ikonene på siden: hvem og når", 40, 60)
    for c, x in enumerate((40.0, 230.0, 420.0)):
        if heads:
            panels.append((x + 4, 100.0, x + 40, 136.0))  # the circle
            words += line_words(str(c + 1), x + 16, 108, 20)
            words += line_words("MÅL", x + 48, 112)
            words += line_words(GOALS[c][0], x, 150, 11) + line_words(GOALS[c][1], x, 164, 11)
            if boxed_heads:
                panels.append((x, 146.0, x + 170, 176.0))
        for k, (text, owner, date) in enumerate(CARDS[c]):
            top = 190.0 + 68 * k
            panels.append((x, top, x + 170, top + 60))
            words += line_words(text, x + 10, top + 6)
            words += line_words(owner, x + 21, top + 22)
            if c == 0 and k == 1:
                words += line_words("Idrettsrådet", x + 21, top + 33)  # the owner wrapped
                words += line_words(date, x + 21, top + 46)
                shapes += _icon(PERSON, x + 10, top + 23) + _icon(CALENDAR, x + 10, top + 47)
            else:
                words += line_words(date, x + 21, top + 36)
                shapes += _icon(PERSON, x + 10, top + 23) + _icon(CALENDAR, x + 10, top + 37)
    return words, shapes, panels


def _chars(words):
    """The page's characters, the goal sentences bold (as an infographic sets them)."""
    goal_words = {t for g in GOALS for line in g for t in line.split()}
    return [replace(ch, bold=True) if ch.size == 11 and ch.text.strip() else ch for ch in word_chars(words)
            ] if goal_words else word_chars(words)


def test_stacks_of_cards_under_unboxed_heads_are_columns_that_reach_up_over_their_heads():
    from plancheck.layout.posters import headed_columns

    words, _shapes, panels = _page()
    cols = headed_columns(panels, words, 612)
    assert [(round(c[0]), round(c[1]), round(c[2]), round(c[3])) for c in cols] == [
        (40, 100, 210, 386), (230, 100, 400, 386), (420, 100, 590, 386)]
    # the key across the page above the columns is no part of any head
    assert all(c[1] > 70 for c in cols)
    # stacks with nothing over them, or heads set in boxes (an org chart's units), are no such columns
    words, _shapes, panels = _page(heads=False)
    assert headed_columns(panels, words, 612) == []
    words, _shapes, panels = _page(boxed_heads=True)
    assert headed_columns(panels, words, 612) == []


def test_icons_under_a_cards_text_mark_its_fields_and_a_wrapped_field_keeps_its_second_line():
    from plancheck.layout.icons import stacked_cards, stacked_icon_fields

    words, shapes, panels = _page()
    fields = stacked_icon_fields(shapes, words, panels=panels)
    assert len(fields) == 18
    wrapped = [f for _i, f in fields if f[3] - f[1] > 15]
    assert len(wrapped) == 1 and round(wrapped[0][3]) == 301  # 'Teknisk drift og' / 'Idrettsrådet'
    cards = stacked_cards(fields, panels)
    assert len(cards) == 9 and all(len(chips) == 2 for _b, chips in cards)
    # one icon repeated down a box (a checklist's ticks) marks no fields
    ticks = [b for k in range(4) for b in _icon(PERSON, 50, 100 + 14 * k)]
    done = [w for k in range(4) for w in line_words(f"Ferdig punkt nummer {k}", 61, 99 + 14 * k)]
    assert stacked_icon_fields(ticks, line_words("Dette er gjort", 50, 82) + done, panels=[(40, 78, 300, 160)]) == []


def test_the_page_reads_column_by_column_each_card_text_then_its_fields_as_chips():
    words, shapes, panels = _page()
    page = layout_page(1, 612, 792, _chars(words), drawn=[shapes[0]], panels=panels, shapes=shapes)
    blocks = build_blocks([page.lines], [])
    texts = [b.text for b in blocks]
    first = texts.index("Alle bydeler skal ha lekeplasser i nærheten.")
    assert texts[first + 1: first + 4] == ["Kartlegge lekeplassene i Vik", "Kultur og fritid", "Høsten 2041"]
    assert [(b.text, b.chip) for b in blocks[first + 4: first + 7]] == [
        ("Ruste opp tre nærlekeplasser", False), ("Teknisk drift og Idrettsrådet", True), ("2042", True)]
    assert texts.index("Lekeplassene skal være trygge og godt vedlikeholdt.") > texts.index("Innen 1.3.2042")
    assert not any("•" in t for t in texts)


def test_an_infographic_page_reads_as_goals_with_their_measures_owners_and_deadlines():
    words, shapes, panels = _page()
    page = layout_page(1, 612, 792, _chars(words), drawn=[shapes[0]], panels=panels, shapes=shapes)
    plan = plan_of_blocks(build_blocks([page.lines], []), "nb")
    assert [g.text.rstrip(".") for g in plan.goals] == [" ".join(g).rstrip(".") for g in GOALS]
    assert len(plan.measures) == 9
    by_text = {m.text: m for m in plan.measures}
    m = by_text["Ruste opp tre nærlekeplasser"]
    assert [o.text for o in m.owners] and m.deadline is not None
    assert by_text["Holde verksted med elevrådene"].goal_ids == [plan.goals[2].id]
    assert [o.text for o in by_text["Lage en digital forslagskasse"].owners] == ["Kommunikasjon"]
