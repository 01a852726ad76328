"""The document title from the title page (layout/blocks.py ``title``): stamps are no title, and a
title set over several lines is read as one block."""

from __future__ import annotations

from plancheck.lang.vocab import is_stamp
from plancheck.layout.blocks import title
from plancheck.layout.lines import Line


def line(text: str, top: float, size: float, page: int = 1, x0: float = 60.0) -> Line:
    return Line(page=page, words=[], x0=x0, x1=x0 + 8 * len(text), top=top, bottom=top + size, size=size, bold=False, text=text)


def body(page: int = 2) -> list[Line]:
    """A page of running text in 11 pt: what makes the title's type display type."""
    return [line(f"Running text line {i} of the introduction to the plan.", 80 + 13 * i, 11, page) for i in range(30)]


def test_a_draft_stamp_is_no_title_in_any_language():
    for stamp in ("UDKAST", "UDKAST 02.04.2014 v.0.4", "DRAFT", "Høringsutkast", "Remissversion 2"):
        assert is_stamp(stamp), stamp
    for text in ("Utkast til handlingsplan for kultur", "Handleplan for sundhed og trivsel 2025–2028", "Draft actions"):
        assert not is_stamp(text), text
    page = [
        line("UDKAST", 60, 28, x0=416),
        line("Egebjerg Kommune", 103, 12),
        line("Handleplan for sundhed og trivsel 2025–2028", 124, 20),
        line("1 Indledning", 187, 16),
    ]
    assert title([page], stamp=is_stamp) == "Handleplan for sundhed og trivsel 2025–2028"
    assert title([page]) == "UDKAST"  # without the stamp words, the largest text as before


def test_the_years_set_under_the_title_join_it():
    page = [
        line("Breivang kommune", 204, 14),
        line("Boligsosial handlingsplan", 251, 26),
        line("2026–2030", 288, 20),
        line("Innhold", 400, 16),
    ]
    assert title([page, body()], stamp=is_stamp) == "Boligsosial handlingsplan 2026–2030"


def test_a_title_block_in_two_sizes_and_the_line_above_in_nearly_its_size():
    page = [
        line("CITY OF BOULDER", 60, 16),
        line("RESILIENCE", 77, 27),
        line("STRATEGY", 104, 30),
        line("Building on a legacy", 300, 12),
    ]
    # the city line is much smaller: a kicker above the title, not part of it
    assert title([page, body()]) == "RESILIENCE STRATEGY"
    page = [line("HANDLINGSPLAN", 124, 27, x0=290), line("TELEMARK UNGDOMSRÅD", 154, 18, x0=290), line("2025", 174, 18, x0=484)]
    assert title([page, body()]) == "HANDLINGSPLAN TELEMARK UNGDOMSRÅD 2025"


def test_a_line_far_below_or_small_does_not_join():
    page = [line("Klimaplan 2025–2030", 100, 26), line("Innledning", 300, 20), line("Vedtatt 12.03.2025", 130, 10)]
    assert title([sorted(page, key=lambda ln: ln.top)]) == "Klimaplan 2025–2030"


def test_a_heading_in_nearly_body_size_takes_nothing_below_it():
    # a text page whose first heading is the largest text: the heading and the running text
    # under it are no title block
    page = [line("Handlingsplan för klimat och energi", 208, 14), line("Bakgrund", 233, 12)]
    page += [line(f"Running text line {i} of the background chapter.", 252 + 12.6 * i, 11) for i in range(8)]
    assert title([page]) == "Handlingsplan för klimat och energi"


def test_body_text_never_joins_a_display_title():
    page = [line("Klimaplan", 100, 30), line("2025–2030", 132, 11)]
    page += [line(f"Running text line {i} of the introduction.", 160 + 13 * i, 11) for i in range(8)]
    assert title([page]) == "Klimaplan"


def test_the_cover_in_display_type_wins_over_a_larger_word_on_the_next_page():
    cover = [line("RESILIENCE", 77, 27), line("STRATEGY", 104, 30)]
    spread = [line("VISION", 176, 120, page=2), *body(2)]
    assert title([cover, spread]) == "RESILIENCE STRATEGY"
    # a cover with no display type (a logo and a small line): the next page's title
    plain_cover = [line("Kommune", 60, 12)]
    title_page = [line("Handlingsplan for kultur 2026–2029", 100, 28, page=2), *body(2)]
    assert title([plain_cover, title_page]) == "Handlingsplan for kultur 2026–2029"


def test_a_line_of_the_title_size_far_down_the_cover_does_not_join():
    """A cover with the title at the top and, far below it across the picture, a date or the
    body's name in the same display size: the far line is no line of the title."""
    cover = [
        line("Citizens' Advisory Board on", 173, 28),
        line("Energy Transition and Adaptation", 208, 28),
        line("Climate Action Plan", 276, 28),  # set apart by more than the title gap: joins
        line("May 2019", 694, 28),
    ]
    assert title([cover, body()]) == (
        "Citizens' Advisory Board on Energy Transition and Adaptation Climate Action Plan"
    )
    cover = [line("Klimatstrategi", 150, 36), line("2020–2050", 196, 36), line("Haparanda kommun", 760, 36)]
    assert title([cover, body()]) == "Klimatstrategi 2020–2050"
    cover = [line("Nordvik kommune", 60, 30), line("Kommunedelplan for idrett", 420, 30), line("og friluftsliv", 458, 30)]
    assert title([cover, body()]) == "Kommunedelplan for idrett og friluftsliv"


def test_a_title_ending_in_a_colon_takes_its_subtitle():
    cover = [
        line("Zero Waste by 2040:", 639, 30),
        line("A Roadmap for", 675, 16),
        line("Cleaner Streets in Riverton", 694, 16),
    ]
    assert title([cover, body()]) == "Zero Waste by 2040: A Roadmap for Cleaner Streets in Riverton"
    cover = [line("Trygg oppvekst:", 200, 32), line("Handlingsplan mot mobbing 2025–2028", 238, 16)]
    assert title([cover, body()]) == "Trygg oppvekst: Handlingsplan mot mobbing 2025–2028"
    cover = [line("Trygg oppvekst", 200, 32), line("Handlingsplan mot mobbing 2025–2028", 238, 16)]
    assert title([cover, body()]) == "Trygg oppvekst"  # no colon: a much smaller line stays apart


def centred(text: str, top: float, size: float, page_width: float = 595.0) -> Line:
    width = 0.5 * size * len(text)
    x0 = (page_width - width) / 2
    return Line(page=1, words=[], x0=x0, x1=x0 + width, top=top, bottom=top + size, size=size, bold=True, text=text)


def left(text: str, top: float, size: float) -> Line:
    return Line(page=1, words=[], x0=72, x1=72 + 0.5 * size * len(text), top=top, bottom=top + size, size=size, bold=True, text=text)


def test_chapter_headings_in_the_titles_size_under_it_are_no_part_of_it():
    """A plan typeset with a centred title and its chapter headings in the same size, left at
    the margin, on the title's page (reportlab's Title and Heading1 are both 18 pt): the title
    is the title alone (user34's walk: 'Handlingsplan for kultur 2025–2028 1 Innledning 2 Mål
    og tiltak'). The headings stand apart from it by their alignment, or by the running text or
    smaller line between them; of the groups, the first wins unless another holds much more."""
    body10 = [left(f"Planen følger opp samfunnsdelen, linje {i}.", 0, 10) for i in range(40)]
    for i, ln in enumerate(body10):
        ln.top, ln.bottom, ln.page = 400 + 12 * i, 410 + 12 * i, 2
    page = [
        centred("Handlingsplan for kultur 2025–2028", 60, 18),
        left("1 Innledning", 92, 18),
        left("Planen følger opp kommuneplanens samfunnsdel.", 120, 10),
        left("2 Mål og tiltak", 142, 18),
    ]
    assert title([page, body10]) == "Handlingsplan for kultur 2025–2028"
    page = [
        centred("Temaplan for idrett og friluftsliv", 60, 18),
        left("2026–2029", 88, 14),
        left("Innledning", 112, 18),
        left("Planen gjeld for heile kommunen.", 140, 10),
        left("Mål og tiltak", 160, 18),
    ]
    assert title([page, body10]) in ("Temaplan for idrett og friluftsliv", "Temaplan for idrett og friluftsliv 2026–2029")
    page = [centred("Active Travel Action Plan", 60, 18), left("Background", 92, 18), left("Goals and actions", 120, 18)]
    assert title([page, body10]) == "Active Travel Action Plan"
    # a title wrapped over two centred lines, and one wrapped at the left margin, stay whole
    page = [centred("Kommunedelplan for", 60, 18), centred("idrett og friluftsliv", 82, 18), left("1 Innledning", 120, 18)]
    assert title([page, body10]) == "Kommunedelplan for idrett og friluftsliv"
    page = [left("Kommunedelplan for", 60, 18), left("idrett og friluftsliv", 82, 18), left("Bakgrunn", 120, 10)]
    assert title([page, body10]) == "Kommunedelplan for idrett og friluftsliv"
