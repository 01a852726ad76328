"""PDF ingest on layouts exported from Word/LibreOffice the way municipalities make them.

Each test names a layout trap from corpora/authored/README.md and checks what a planner would
notice if it went wrong.
"""

from __future__ import annotations

import re
from functools import cache

import pytest
from conftest import authored_pdf

from plancheck.ingest.pdf import read_pdf
from plancheck.ingest.text import join_lines
from plancheck.models import BlockKind


@cache
def doc(slug: str):
    return read_pdf(authored_pdf(slug))


def all_text(d) -> str:
    parts = []
    for b in d.blocks:
        parts.append(b.text)
        if b.table:
            parts.extend(c.text for row in b.table.rows for c in row)
    return "\n".join(parts)


def measure_table(d):
    return next(b.table for b in d.blocks if b.table and any("Tiltak" in h or "Aktivitet" in h for h in b.table.header))


def test_running_headers_footers_and_page_numbers_are_removed():
    text = all_text(doc("handlingsplan-oppvekst"))
    assert not re.search(r"Side \d+ av \d+", text)
    # the running header is printed on five pages; in the content it appears at most as a title
    assert text.count("Handlingsplan for tidlig innsats") <= 1


def test_table_of_contents_is_not_read_as_content():
    d = doc("handlingsplan-oppvekst")
    assert d.toc_pages, "the TOC page is recognised"
    assert not any(re.search(r"\.{4,}\s*\d+$", b.text) for b in d.blocks)
    # the chapter "Mål" appears once as a heading, not again as a TOC line
    assert sum(1 for b in d.blocks if b.kind == BlockKind.heading and b.text == "Mål") == 1


def test_merged_goal_cell_applies_to_every_row_it_spans():
    table = measure_table(doc("handlingsplan-oppvekst"))
    goal_col = table.header.index("Mål")
    goals = [row[goal_col].text for row in table.rows]
    assert goals.count("Tidlig hjelp for god utvikling") >= 7
    assert all(goals), "no row is left without its goal"
    assert any(row[goal_col].merged_from is not None for row in table.rows)


def test_table_split_over_pages_is_one_table_with_the_repeated_header_dropped():
    table = measure_table(doc("handlingsplan-oppvekst"))
    assert table.pages == [4, 5]
    assert not any(row[2].text == "Tiltak" for row in table.rows), "repeated header is not a row"
    assert len(table.rows) == 22


def test_row_broken_across_the_page_is_joined():
    table = measure_table(doc("handlingsplan-oppvekst"))
    texts = [row[2].text for row in table.rows]
    joined = [t for t in texts if "ventet mer enn tre måneder" in t]
    assert len(joined) == 1 and joined[0].startswith("Kartlegge ventetiden")
    assert not any(t.startswith("saker som har ventet") for t in texts)


def test_table_without_repeated_header_continues_on_the_next_page():
    d = doc("handlingsplan-uten-header")
    tables = [b.table for b in d.blocks if b.table]
    assert len(tables) == 1 and tables[0].pages == [2, 3]
    goal_col = tables[0].header.index("Delmål")
    assert all(row[goal_col].text for row in tables[0].rows), "goal cell carried over the page"


def test_words_broken_inside_narrow_cells_are_rejoined():
    text = all_text(doc("handlingsplan-oppvekst"))
    assert "Tildelingskontoret" in text
    assert "Tildelingskonto ret" not in text
    assert "Skolehelsetjenesten" in text


def test_unruled_table_is_found_from_its_header_words():
    d = doc("handlingsplan-uten-linjer")
    tables = [b.table for b in d.blocks if b.table]
    assert tables and tables[0].header == ["Nr", "Tiltak", "Ansvar", "Frist"]
    assert not tables[0].ruled
    rows = {row[0].text: row for t in tables for row in t.rows}
    assert rows["1.2"][2].text == "Folkehelsekoordinator"  # broken "Folkehelsekoordinat" + "or"
    assert rows["3.3"][2].text == ""  # an empty owner stays empty


def test_symbol_font_bullets_become_list_items():
    d = doc("temaplan-helse")
    items = [b for b in d.blocks if b.kind == BlockKind.list_item and b.bullet]
    assert len(items) >= 10
    assert not any(b.text.startswith(("\uf0b7", "•")) for b in items)


def test_numbered_headings_and_sections():
    d = doc("samfunnsdel-bokmal")
    numbered = {b.number: b.text for b in d.blocks if b.kind == BlockKind.heading and b.number}
    assert numbered.get("3.1") == "Trygge og aktive lokalsamfunn"
    sec = next(s for s in d.sections if s.number == "3.1")
    parent = next(s for s in d.sections if s.id == sec.parent_id)
    assert parent.number == "3"


def test_every_block_keeps_page_box_and_source_text():
    d = doc("handlingsplan-oppvekst")
    for b in d.blocks:
        assert b.provenance.page and b.provenance.bbox and b.provenance.source_text
        assert 0 <= b.provenance.bbox.x0 < b.provenance.bbox.x1


def test_slides_give_bullets_and_titles():
    d = doc("orientering-slides")
    titles = [b.text for b in d.blocks if b.kind == BlockKind.heading]
    assert "Mandat for arbeidet" in titles
    numbered = [b for b in d.blocks if b.kind == BlockKind.list_item and b.number]
    assert [b.number for b in numbered][:5] == ["1.", "2.", "3.", "4.", "5."]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["kommu-", "nen"], "kommunen"),
        (["helse-", "og omsorg"], "helse- og omsorg"),
        (["Nord-", "Norge"], "Nord-Norge"),
        (["SFO-", "leiar"], "SFO-leiar"),
        (["Short-", "term/Medium-", "term"], "Short-term/Medium-term"),
        (["Alle barn", "skal lese"], "Alle barn skal lese"),
        (["2.1.", "1"], "2.1.1"),  # a measure number broken by a narrow cell
        (["Se punkt 2.", "1 000 kroner"], "Se punkt 2. 1 000 kroner"),
    ],
)
def test_line_joining(lines, expected):
    from plancheck.ingest import text

    before = text.current_language()
    # the English hyphen rule ("Short-term") asks the English word list: English text only
    text.use_language("en" if lines[0].startswith("Short") else "nb")
    try:
        assert join_lines(lines) == expected
    finally:
        text.use_language(before)


def test_narrow_cell_break_is_joined_but_function_words_are_not():
    assert join_lines(["Tildelingskonto", "ret"], full_width=[True, False]) == "Tildelingskontoret"
    assert join_lines(["Tildelingskontoret", "og NAV"], full_width=[True, False]) == "Tildelingskontoret og NAV"
    assert join_lines(["Kommunalsjef", "helse og omsorg"], full_width=[True, False]) == "Kommunalsjef helse og omsorg"


def test_a_cell_break_after_a_short_word_is_joined_when_the_rest_is_no_word():
    # "Ti" is a word of its own, but "ldelingskontoret" is none and the whole is one
    assert join_lines(["Frivilligsentralen/Ti", "ldelingskontoret"], full_width=[True, False]) == (
        "Frivilligsentralen/Tildelingskontoret"
    )
    assert join_lines(["bygg/Kom", "munalsjef helse"], full_width=[True, False]) == "bygg/Kommunalsjef helse"
    # "sjef" is a word of its own: the words cannot tell, and geometry alone never joins
    assert join_lines(["omsorg/Kommunal", "sjef"], full_width=[True, False]) == "omsorg/Kommunal sjef"
    # ... and a line going on with a function word was broken whole ("og" did not fit after it)
    assert join_lines(["Folkehelsekoordinator", "og Kommunalsjef"], full_width=[True, False]) == (
        "Folkehelsekoordinator og Kommunalsjef"
    )


def _joined(lines: list[str], fills: list[bool], lang: str) -> str:
    from plancheck.ingest import text

    before = text.current_language()
    text.use_language(lang)
    try:
        return join_lines(lines, full_width=fills)
    finally:
        text.use_language(before)


def test_words_a_narrow_cell_broke_more_than_once_or_at_a_capital_are_joined():
    # the whole is a word of the list: "Familie" + "afdelingen", though each part is a word too
    assert _joined(["Sundhedsplejen og", "Familie", "afdeling", "en"], [False, True, True, False], "da") == (
        "Sundhedsplejen og Familieafdelingen")
    # a lone capital is no word before the rest of a name
    assert _joined(["Helsesta", "sjonen, T", "ildelingsk", "ontoret"], [True, True, True, False], "nb") == (
        "Helsestasjonen, Tildelingskontoret")
    # an abbreviation broken after its second capital
    assert _joined(["tildelingskontoret/NA", "V"], [True, False], "nb") == "tildelingskontoret/NAV"
    assert _joined(["tildelingskontoret/NA", "V"], [False, False], "nb") == "tildelingskontoret/NA V"


def test_a_short_word_or_a_function_word_after_a_cell_break_stays_a_word():
    # "theend", "Chefför" are no words: the short line end is a word of its own
    assert _joined(["by the", "end of", "2027"], [True, True, False], "en") == "by the end of 2027"
    assert _joined(["Chef", "för vård och omsorg"], [True, False], "sv") == "Chef för vård och omsorg"
    assert _joined(["Tildelingskontor", "et"], [True, False], "nb") == "Tildelingskontoret"
    # "oppvekstog" reads as a compound to the guesser, but "og" is a word of its own
    assert _joined(["alsjef for", "oppvekst", "og", "kultur"], [True, True, False, False], "nn") == (
        "alsjef for oppvekst og kultur")
