"""The mechanisms blind batch 15 asked for, each on small hand-built input: line numbers in the
margin of a draft, a big stamp printed across every page, ..."""

from __future__ import annotations

from test_layout_support import line_words

from plancheck.layout.linenumbers import drop_line_numbers, line_numbers
from plancheck.layout.words import Word

# --------------------------------------------------------------------------- line numbers


def _numbered(lines: list[str], *, start: int = 1, step: int = 1, top: float = 100, pitch: float = 14,
              x_text: float = 70, right: float = 50) -> list[Word]:
    """Lines of text at ``x_text``, each with a bare number right-aligned at ``right`` before it."""
    out: list[Word] = []
    for k, text in enumerate(lines):
        y = top + k * pitch
        n = str(start + k * step)
        out.append(Word(n, right - 5 * len(n), y, right, y + 10, 10))
        out += line_words(text, x_text, y, 10)
    return out


PARAGRAPH = [
    "Parken er åpen for alle, og her møtes folk",
    "på benkene og ved dammen hver dag.",
    "Mål 1.1 Alle barn skal lære å svømme",
    "før de går ut av fjerde klasse.",
    "Tiltak",
]


def test_numbers_counting_the_lines_of_a_paragraph_in_the_margin_are_furniture():
    words = _numbered(PARAGRAPH, start=10)
    assert sorted(int(w.text) for w in line_numbers(words)) == [10, 11, 12, 13, 14]
    kept = " ".join(w.text for w in drop_line_numbers(words))
    assert kept.startswith("Parken er") and "10" not in kept.split() and "1.1" in kept.split()


def test_line_numbers_counting_by_five_are_found_too():
    words = _numbered(PARAGRAPH, start=5, step=5)
    assert len(line_numbers(words)) == 5


def test_a_numbered_list_whose_items_open_with_capitals_keeps_its_numbers():
    items = ["Lage en plan for badeplassene", "Etablere et ungdomsråd", "Ansette en badevakt",
             "Kartlegge turstiene", "Gi tilskudd til lag"]
    assert line_numbers(_numbered(items)) == []


def test_numbers_with_text_across_their_column_are_not_in_a_margin():
    words = _numbered(PARAGRAPH) + line_words("Tabell over alt", 20, 128, 10)  # a line across the numbers
    assert line_numbers(words) == []


def test_years_counting_up_in_a_tables_column_are_not_line_numbers():
    # 'Tiltak | Frist | Status': one measure a year, its status in lower case after the year
    rows = [f"Tiltak nummer {k} for parken" for k in range(5)]
    words = []
    for k, text in enumerate(rows):
        y = 100 + 14 * k
        words += line_words(text, 50, y, 10) + line_words(str(2026 + k), 300, y, 10) + line_words("pågår", 360, y, 10)
    assert line_numbers(words) == []


def test_numbers_that_do_not_count_up_are_not_line_numbers():
    words = _numbered(PARAGRAPH)
    for w, n in zip([w for w in words if w.text.isdigit()], ["3", "1", "4", "1", "5"], strict=True):
        w.text = n
    assert line_numbers(words) == []


def test_too_few_numbers_are_left_alone():
    assert line_numbers(_numbered(PARAGRAPH[:2])) == []


# --------------------------------------------------------------------------- stamps


def _lines(specs: list[tuple[str, float, float, float]], page: int = 1):
    """Lines of (text, x, top, size) on ``page``."""
    from plancheck.layout.lines import words_to_lines

    out = []
    for text, x, top, size in specs:
        out += words_to_lines(line_words(text, x, top, size), page)
    return out


BODY = [(f"Dette er linje {k} av teksten på siden", 50, 100 + 16 * k, 10) for k in range(12)]


def test_a_big_word_at_the_same_place_on_two_pages_is_a_stamp_not_a_heading():
    from plancheck.layout.furniture import mark_stamps

    one = _lines([*BODY[:4], ("UTKAST", 80, 400, 40), *BODY[4:]], 1)
    two = _lines([*BODY, ("U T K A S T", 80, 402, 40)], 2)  # letter-spaced the second time
    mark_stamps([one, two], [842, 842])
    stamps = [ln for ln in one + two if ln.meta.get("stamp")]
    assert [ln.text for ln in stamps] == ["UTKAST", "U T K A S T"]
    assert all(ln.kind == "furniture" for ln in stamps)
    assert not any(ln.kind for ln in one + two if not ln.meta.get("stamp"))


def test_a_big_word_over_the_text_of_its_page_is_a_stamp_and_a_big_heading_alone_is_not():
    from plancheck.layout.furniture import mark_stamps

    over = _lines([*BODY, ("UTKAST", 60, 120, 40)])  # lies over lines 1 and 2
    mark_stamps([over], [842])
    assert [ln.text for ln in over if ln.kind] == ["UTKAST"]
    alone = _lines([("Temaplan", 50, 40, 40), *BODY])
    mark_stamps([alone], [842])
    assert not any(ln.kind for ln in alone)
    # a big figure with no letters repeats as a stamp would, and is none
    figures = [_lines([*BODY, ("2030", 80, 400, 40)], p) for p in (1, 2)]
    mark_stamps(figures, [842, 842])
    assert not any(ln.kind for lines in figures for ln in lines)


# --------------------------------------------------------------------------- cards of field rows


def _row(texts: list[str], r: int, top: float):
    from plancheck.models import BBox, Cell

    return [Cell(row=r, col=c, text=t, page=1, bbox=BBox(x0=50 + 100 * c, top=top, x1=150 + 100 * c, bottom=top + 12))
            for c, t in enumerate(texts)]


def _card(owner: str = ""):
    from plancheck.models import Table

    return Table(header=["Tiltak", "Rydde strandsona for plast"], rows=[
        _row(["Bakgrunn", "Arbeidet blir gjort med frivillige lag."], 0, 112),
        _row(["Ansvarleg", owner], 1, 124),
        _row(["Frist", "2027"], 2, 136),
        _row(["Knytt til mål", "1 og 2"], 3, 148),
    ], pages=[1])


def test_a_card_with_one_field_no_column_word_names_is_still_a_record():
    from plancheck.extract.fieldrows import field_records

    recs = field_records(_card("Landbrukskontoret"))
    assert recs is not None and recs.header == ["Tiltak", "Bakgrunn", "Ansvarleg", "Frist", "Knytt til mål"]
    assert [c.text for c in recs.rows[0]] == [
        "Rydde strandsona for plast", "Arbeidet blir gjort med frivillige lag.", "Landbrukskontoret", "2027", "1 og 2"]


def test_labels_no_column_word_names_must_be_few_and_plain():
    from plancheck.extract.fieldrows import field_labels

    assert field_labels(["Tiltak", "Bakgrunn", "Ansvarleg", "Frist"])
    assert not field_labels(["Tiltak", "Bakgrunn", "Merknad", "Frist"])  # two unknown beside three known
    assert not field_labels(["Tiltak", "Fase 2", "Ansvarleg", "Frist", "Kostnad"])  # a digit: no label


def test_an_empty_field_of_a_card_stays_empty_in_the_measure():
    from plancheck.extract.fieldrows import field_records
    from plancheck.extract.tables import _cell, table_roles

    recs = field_records(_card(""))
    assert recs is not None
    roles = table_roles(recs.header)
    assert _cell(recs.rows[0], roles, "owner") == ""  # not the description beside it


# --------------------------------------------------------------------------- a table row at a page's foot


def test_a_ruled_tables_first_row_alone_at_the_foot_of_a_page_joins_its_rows_on_the_next():
    from plancheck.layout.tables import TablePiece, foot_rows, join_pieces
    from plancheck.models import BBox, Cell

    page1 = _lines([("Kort 4", 50, 700, 10)], 1)
    row = _lines([("Tiltak", 55, 760, 10)], 1)[0]
    value = _lines([("Merke turstiene i heia", 160, 760, 10)], 1)[0]
    row.words += value.words
    from plancheck.layout.lines import finish_line

    finish_line(row)
    footer = _lines([("Side 4", 50, 800, 10)], 1)[0]
    footer.kind = "furniture"
    page1 += [row, footer]
    cells = [[Cell(row=r, col=c, text=t, page=2, bbox=BBox(x0=(50, 150)[c], top=60 + 14 * r, x1=(150, 540)[c], bottom=74 + 14 * r))
              for c, t in enumerate(pair)] for r, pair in enumerate([("Ansvarleg", "Turlaget"), ("Frist", "2029")])]
    piece = TablePiece(2, (50, 60, 540, 88), [50, 150], cells, [False, False], True)
    page2 = _lines([("Kort 5", 50, 120, 10)], 2)
    found = foot_rows([page1, page2], [piece], {1: 842, 2: 842})
    assert len(found) == 1 and [c.text for c in found[0].rows[0]] == ["Tiltak", "Merke turstiene i heia"]
    assert row.kind == "table"
    tables = join_pieces([*found, piece], {1: 842, 2: 842}, {1: (700, 710), 2: (120, 130)})
    assert len(tables) == 1 and tables[0][1].header == ["Tiltak", "Merke turstiene i heia"]
    assert [r[0].text for r in tables[0][1].rows] == ["Ansvarleg", "Frist"]
    # the same line in the middle of the page is running text
    row.kind = ""
    row.top, row.bottom = 300, 310
    assert foot_rows([page1, page2], [piece], {1: 842, 2: 842}) == []


# --------------------------------------------------------------------------- a label centred beside its sentence


def test_a_label_centred_beside_a_wrapped_sentence_opens_its_first_line():
    from plancheck.layout.lines import attach_centred_labels, words_to_lines

    words = line_words("All pupils can swim by the end of", 125, 75, 11) + line_words("year four.", 125, 90, 11)
    words += line_words("GOAL 2", 60, 83, 11)
    lines = attach_centred_labels(words_to_lines(words, 1))
    assert [ln.text for ln in lines] == ["GOAL 2 All pupils can swim by the end of", "year four."]
    # a label level with the first line is read there already; one beside a single line is left alone
    single = words_to_lines(line_words("All pupils can swim", 125, 75, 11) + line_words("GOAL 2", 60, 78, 11), 1)
    assert [ln.text for ln in attach_centred_labels(single)] == ["GOAL 2 All pupils can swim"]


def test_a_label_beside_the_top_of_a_long_text_is_not_centred_on_it():
    from plancheck.layout.lines import attach_centred_labels, words_to_lines

    words = [w for k in range(5) for w in line_words(f"line {k} of a long paragraph here", 125, 75 + 15 * k, 11)]
    words += line_words("Note", 60, 83, 11)  # spans the break between lines 0 and 1, far above the middle
    lines = attach_centred_labels(words_to_lines(words, 1))
    assert "Note" in [ln.text for ln in lines]


# --------------------------------------------------------------------------- strategies in the plan's voice


def test_a_strategy_in_the_plans_own_voice_is_not_worded_as_an_action():
    from plancheck.extract.statements import classify_statement, in_plans_voice

    text = "Vi vil samarbeide med idrettslagene om nye anlegg."
    assert classify_statement(text) == "measure"  # 'vil samarbeide': an actor that acts
    assert in_plans_voice(text) and in_plans_voice("We will plant trees along every street.")
    assert not in_plans_voice("Samarbeide med idrettslagene om anleggene.")
    assert not in_plans_voice("Kommunen vil samarbeide med idrettslagene.")


def test_a_performance_measure_column_holds_indicators_not_actions():
    from plancheck.lang.vocab import column_role

    assert column_role("Performance Measure") == "indicator"
    assert column_role("Performance Measures") == "indicator"
    assert column_role("Measures") == "measure"


# --------------------------------------------------------------------------- note references, sidebars


def test_a_small_raised_number_glued_to_a_year_is_a_note_reference_wherever_the_note_is():
    from plancheck.layout.furniture import mark_footnotes
    from plancheck.layout.lines import Line, finish_line

    words = line_words("Ferdig innen 2027", 100, 200, 10)
    year = words[-1]
    words.append(Word("2", year.x1 + 0.1, 198, year.x1 + 4, 205, 7))  # set small and raised
    ln = Line(1, words, 0, 0, 200, 210, 10, False)
    finish_line(ln)
    assert ln.text == "Ferdig innen 20272"
    mark_footnotes([[ln]], [842])
    assert ln.text == "Ferdig innen 2027"
    # the same number after a space, or in the text's own size, stays
    spaced = line_words("Ferdig innen 2027", 100, 300, 10)
    spaced.append(Word("2", spaced[-1].x1 + 3, 298, spaced[-1].x1 + 7, 305, 7))
    spaced[-2].space_after = True
    level = line_words("Ferdig innen 2027 2", 100, 400, 10)
    lines = []
    for ws in (spaced, level):
        other = Line(1, ws, 0, 0, 0, 0, 10, False)
        finish_line(other)
        lines.append(other)
    mark_footnotes([lines], [842])
    assert [x.text for x in lines] == ["Ferdig innen 2027 2", "Ferdig innen 2027 2"]


def test_a_region_repeated_at_the_same_place_on_every_page_is_a_sidebar():
    from plancheck.layout.furniture import mark_furniture

    pages = []
    for p in (1, 2, 3):
        body = _lines([(f"Side {p} tekst linje {k} om planen" if k else "Mål 1", 50, 100 + 14 * k, 10) for k in range(6)], p)
        side = _lines([("VÅRE VERDIER", 420, 100, 9), ("Vi vil lytte til innbyggerne.", 420, 114, 9)], p)
        for ln in side:
            ln.region = 1
        pages.append(body + side)
    mark_furniture(pages, [842, 842, 842])
    assert all(ln.kind == "furniture" for lines in pages for ln in lines if ln.region == 1)
    # the body repeats its first line at the same place, but not the whole region
    assert not any(ln.kind for lines in pages for ln in lines if ln.region == 0)


def test_a_timeframe_word_with_a_gloss_in_brackets_is_keyed_by_the_definition_after_it():
    import datetime as dt

    from plancheck.lang.timekey import keyed_deadline, read_timeframe_key
    from plancheck.models import Deadline, DeadlineKind, Provenance

    text = ("Key: Near-term (1–3 years) = by June 2028 · Mid-term (4–5 years) = 2029–2030 · "
            "Long-term (10+ years) = after 2031")
    key = read_timeframe_key([(text, Provenance(page=1))], lang="en", plan_start=2026)
    assert key is not None and [t.word for t in key.terms] == ["Near-term", "Mid-term", "Long-term"]
    assert key.plan_end == dt.date(2031, 12, 31)
    long_term = keyed_deadline(Deadline(text="Long-term (10+ years)", kind=DeadlineKind.period), key)
    assert long_term.start == dt.date(2032, 1, 1) and long_term.text == "Long-term (10+ years)"


def test_a_block_repeated_across_the_page_is_no_sidebar():
    from plancheck.layout.furniture import mark_furniture

    pages = []
    for p in (1, 2, 3):
        head = _lines([("Tiltak Ansvar Frist", 50, 120, 10), ("(fortsatt fra forrige side)", 50, 134, 10)], p)
        for ln in head:
            ln.region = 1
        body = _lines([(f"Rad {p}.{k} med et tiltak og en frist {2025 + k}", 50, 160 + 14 * k, 10) for k in range(5)], p)
        pages.append(head + body)
    mark_furniture(pages, [842, 842, 842])
    assert not any(ln.kind for lines in pages for ln in lines)


def test_a_display_heading_repeated_on_two_pages_of_many_is_no_stamp():
    from plancheck.layout.furniture import mark_stamps

    pages = [_lines([*(([("Tiltak", 50, 60, 40)]) if p in (2, 5) else []), *BODY], p) for p in range(1, 9)]
    mark_stamps(pages, [842] * 8)
    assert not any(ln.kind for lines in pages for ln in lines)


def test_a_note_reference_glued_to_a_word_still_finds_its_footnote_on_the_page():
    from plancheck.layout.furniture import mark_footnotes
    from plancheck.layout.lines import Line, finish_line

    words = line_words("STRATEGY 3: Plant trees", 100, 200, 11)
    three = words[1]
    three.text, three.x1 = "3", three.x0 + 5
    words.insert(2, Word("4", three.x1 + 0.1, 197, three.x1 + 4, 204, 6.5))
    body = Line(1, words, 0, 0, 197, 211, 11, False)
    finish_line(body)
    note = Line(1, [Word("4", 72, 700, 76, 706.5, 6.5), *line_words("This strategy comes from an older plan", 80, 700, 10)],
                0, 0, 700, 710, 10, False)
    finish_line(note)
    mark_footnotes([[body, note]], [792.0])
    assert note.kind == "footnote" and "4" not in body.text.split()[1]
