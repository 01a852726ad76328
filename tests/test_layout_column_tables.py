"""Stage tests on hand-built inputs: a table in a two-column section running on from the foot
of one column to the head of the next, and an outline number broken by a narrow cell."""

from __future__ import annotations

from plancheck.ingest.text import join_lines
from plancheck.layout.tables import TablePiece, join_pieces, next_column
from plancheck.models import BBox, Cell

LEFT = [60.0, 80.0, 200.0, 250.0, 280.0]
RIGHT = [306.0, 326.0, 446.0, 496.0, 526.0]
HEAD = ["Nr", "Tiltak", "Ansvar", "Frist"]


def _row(r: int, top: float, texts: list[str], xs: list[float]) -> list[Cell | None]:
    return [Cell(row=r, col=c, text=t, page=1, bbox=BBox(x0=xs[c], top=top, x1=xs[c + 1], bottom=top + 20))
            for c, t in enumerate(texts)]


def _piece(xs: list[float], top: float, bottom: float, rows: list[list[str]]) -> TablePiece:
    return TablePiece(1, (xs[0], top, xs[-1], bottom), xs[:-1],
                      [_row(k, top + 20 * k, r, xs) for k, r in enumerate(rows)], [False] * 4)


def _two() -> list[TablePiece]:
    left = _piece(LEFT, 600, 780, [HEAD, ["A.1", "Bygge ut", "Teknisk", "2026"]])
    right = _piece(RIGHT, 72, 200, [HEAD, ["A.2", "Kartlegge", "Helse", "2027"]])
    return [left, right]


def test_a_table_at_a_column_foot_goes_on_at_the_head_of_the_next_column():
    # body lines: a title over both columns, a heading over the table in the left column
    boxes = {1: [(60, 40, 526, 60), (60, 580, 200, 595)]}
    [(_, table)] = join_pieces(_two(), {1: 842}, {1: (40, 780)}, boxes=boxes)
    assert [r[0].text for r in table.rows] == ["A.1", "A.2"]


def test_a_line_under_the_left_table_or_over_the_right_one_keeps_them_apart():
    left, right = _two()
    assert next_column(left, right, [(60, 40, 526, 60)])
    assert not next_column(left, right, [(60, 790, 200, 800)])  # text under the left table
    assert not next_column(left, right, [(306, 60, 450, 70)])  # a heading over the right one
    assert len(join_pieces(_two(), {1: 842}, {1: (40, 800)}, boxes={1: [(60, 790, 200, 800)]})) == 2


def test_without_line_boxes_same_page_pieces_stay_apart():
    assert len(join_pieces(_two(), {1: 842}, {1: (40, 780)})) == 2


def test_a_lettered_outline_number_broken_by_a_narrow_cell_is_joined():
    assert join_lines(["A.", "1"]) == "A.1"
    assert join_lines(["A.", "1.", "a"]) == "A.1.a"
    assert join_lines(["No", "."]) == "No."
    # no figure, or a lone figure: may be a list label on a line of its own
    assert join_lines(["a.", "b"]) == "a. b"
    assert join_lines(["2.", "1"]) == "2. 1"
    assert join_lines(["A.", "1 000 kr"]) == "A. 1 000 kr"


def test_a_row_without_its_number_at_the_head_of_the_next_column_goes_on_with_the_cut_row():
    left = _piece(LEFT, 600, 780, [HEAD, ["A.1", "Bygge ut", "Teknisk", "2026"],
                                   ["A.2", "Innføre rutiner for", "Helse /", "Hver"]])
    # the rest of the cut row: its cells start in upper case, but its number cell is empty
    right = _piece(RIGHT, 72, 200, [HEAD, ["", "oppfølging", "Jobbsenteret", "høst"],
                                    ["A.3", "Kartlegge", "Helse", "2027"]])
    [(_, table)] = join_pieces([left, right], {1: 842}, {1: (40, 780)}, boxes={1: []})
    assert [[c.text for c in r] for r in table.rows] == [
        ["A.1", "Bygge ut", "Teknisk", "2026"],
        ["A.2", "Innføre rutiner for oppfølging", "Helse / Jobbsenteret", "Hver høst"],
        ["A.3", "Kartlegge", "Helse", "2027"],
    ]


def test_a_row_whose_number_the_column_break_cut_goes_on_with_the_cut_row():
    """'D.' | 'Expand electric' | 'Childre' | '31' at the column's foot, '1. a' | 'vehicle charging
    points' | "n's Services" | 'March 2027' at the next column's head: the number's first piece
    alone is no row number, the text goes on in lower case - though a month opens with a capital."""
    from plancheck.ingest.text import use_language

    use_language("en")  # (the conftest sets the language back after each test)
    left = _piece(LEFT, 600, 780, [HEAD, ["D.1", "Prioritise early help", "", ""],
                                   ["D.", "Expand electric", "Childre", "31"]])
    right = _piece(RIGHT, 72, 200, [HEAD, ["1. a", "vehicle charging points", "n's Services", "March 2027"],
                                    ["D.1.b", "Map school routes", "Highways", "2027"]])
    [(_, table)] = join_pieces([left, right], {1: 842}, {1: (40, 780)}, boxes={1: []})
    assert [[c.text for c in r] for r in table.rows] == [
        ["D.1", "Prioritise early help", "", ""],
        ["D.1.a", "Expand electric vehicle charging points", "Children's Services", "31 March 2027"],
        ["D.1.b", "Map school routes", "Highways", "2027"],
    ]
    # a letter group's row over a row numbered on its own, in capitals: two rows
    left = _piece(LEFT, 600, 780, [HEAD, ["D.1", "Prioritise early help", "", ""], ["E.", "Housing", "", ""]])
    right = _piece(RIGHT, 72, 200, [HEAD, ["1.", "Build homes", "Housing", "2027"]])
    [(_, table)] = join_pieces([left, right], {1: 842}, {1: (40, 780)}, boxes={1: []})
    assert len(table.rows) == 3


def test_a_row_without_a_number_in_an_unnumbered_table_is_a_row_of_its_own():
    left = _piece(LEFT, 600, 780, [HEAD, ["", "Bygge ut", "Teknisk", "2026"], ["Mål", "Innføre", "Helse", "Hver"]])
    right = _piece(RIGHT, 72, 200, [HEAD, ["", "Kartlegge", "Jobbsenteret", "2027"]])
    [(_, table)] = join_pieces([left, right], {1: 842}, {1: (40, 780)}, boxes={1: []})
    assert len(table.rows) == 3


def test_an_outline_number_broken_before_its_dot_is_joined():
    assert join_lines(["B.1", ".a"]) == "B.1.a"
    assert join_lines(["Se", ".a"]) == "Se .a"


def test_rows_set_a_little_apart_are_told_from_a_wrapped_cell():
    """Chromium's table cells are padded by 1 px: rows stand 1.5 pt further apart than the
    lines of a wrapped cell (here 5.2 pt against a 3.8 pt leading, lines 10 pt high)."""
    from dataclasses import replace

    from test_layout_support import line_words

    from plancheck.layout.lines import words_to_lines
    from plancheck.layout.tables import find_unruled_tables

    words = [replace(w, bold=True) for w in (*line_words("Tiltak", 50, 96), *line_words("Ansvar", 300, 96),
                                             *line_words("Frist", 450, 96))]
    top = 114.0
    for what, who, when in [("Gi sommerjobb til ungdom", "Helse", "2026"),
                            ("Etablere et lavterskeltilbud", "Næring og", "2027"),
                            (None, "utvikling", None),
                            ("Kartlegge skoleveier", "Teknisk", "2025")]:
        if what is None:
            top -= 1.4  # a wrapped cell's next line: the leading only
        words += line_words(who, 300, top)
        if what is not None:
            words += line_words(what, 50, top) + line_words(when, 450, top)
        top += 10 + 5.2
    found = find_unruled_tables(words_to_lines(words, 1), lambda _t: None, 1)
    [(piece, _used)] = found
    assert [[c.text for c in r] for r in piece.rows[1:]] == [
        ["Gi sommerjobb til ungdom", "Helse", "2026"],
        ["Etablere et lavterskeltilbud", "Næring og utvikling", "2027"],
        ["Kartlegge skoleveier", "Teknisk", "2025"],
    ]


def test_a_list_item_gone_on_into_the_next_column_ends_where_a_spaced_lead_in_starts():
    from test_layout_support import line_words

    from plancheck.layout.blocks import build_blocks
    from plancheck.layout.lines import words_to_lines
    from plancheck.models import BlockKind

    def line(text: str, x: float, top: float, region: int):
        ln = words_to_lines(line_words(text, x, top), 1)[0]
        ln.region = region
        return ln

    left = [line("Some running text of the section that fills a whole line of the column", 50, 60 + 12 * k, 0)
            for k in range(4)]
    left += [line("1. All pupils will have good reading and", 50, 700, 0),
             line("writing skills at school and at home and in", 62, 712, 0)]
    right = [line("their neighbourhood", 300, 60, 1),
             line("To achieve goal 1 we will:", 300, 77, 1),  # paragraph spacing above it
             line("• Involve residents and carers in designing", 300, 95, 1),
             line("services", 312, 107, 1)]
    blocks = build_blocks([left + right], [])
    items = [b for b in blocks if b.kind == BlockKind.list_item]
    assert items[0].text == "All pupils will have good reading and writing skills at school and at home and in their neighbourhood"
    assert any(b.text == "To achieve goal 1 we will:" and b.kind == BlockKind.paragraph for b in blocks)
    assert items[1].text == "Involve residents and carers in designing services"


def test_a_bracket_opened_before_a_number_is_no_list_label():
    from test_layout_support import line_words

    from plancheck.layout.blocks import classify
    from plancheck.layout.lines import words_to_lines

    def kind(text: str) -> tuple[str, str | None]:
        k, number, _bullet, _text = classify(words_to_lines(line_words(text, 80, 100, 9), 1)[0], 12)
        return k, number

    assert kind("(2. kvartal 2025)") == ("text", None)  # a note's bracketed deadline
    assert kind("(2) Bygge ut gang- og sykkelveier") == ("list", "2)")
    assert kind("2. Bygge ut gang- og sykkelveier") == ("list", "2.")


def test_a_word_a_narrow_cell_broke_twice_is_joined_whole():
    from plancheck.ingest import text

    before = text.current_language()
    text.use_language("nb")
    try:
        # "Folkehels" + "ekoordin" is no word and "ekoordin" none of its own: only the three
        # pieces together are one
        assert join_lines(["Rådgiver og", "Folkehels", "ekoordin", "ator"], full_width=[True, True, True, False]) == (
            "Rådgiver og Folkehelsekoordinator"
        )
        # pieces that did not fill the cell are the writer's lines
        assert join_lines(["Folkehels", "ekoordin", "ator"], full_width=[False, False, False]) == "Folkehels ekoordin ator"
        # whole words broken by the cell stay words
        assert join_lines(["Kommunalsjef", "helse", "og", "omsorg"], full_width=[True, True, True, False]) == (
            "Kommunalsjef helse og omsorg"
        )
        text.use_language("da")
        # "beho" + "v" is a word of its own after "Efter", which is one too: "Efter behov"
        assert join_lines(["Efter", "beho", "v"], full_width=[True, True, False]) == "Efter behov"
    finally:
        text.use_language(before)


def test_a_function_word_after_a_word_a_narrow_cell_broke_is_a_word_of_its_own():
    """'chef og K' / 'onsulent' / 'for sundh': the pieces of 'Konsulent' are joined, and the
    'for' the next line opens with is a word of its own, though 'konsulentfor' reads as a
    compound."""
    from plancheck.ingest import text

    text.use_language("da")  # (the conftest sets the language back after each test)
    assert join_lines(["chef og K", "onsulent", "for sundh", "edsfremme"], full_width=[True, True, True, False]) == (
        "chef og Konsulent for sundhedsfremme"
    )


def test_a_linking_s_before_a_definite_head_and_a_lone_capital_before_capitals_are_one_word():
    from plancheck.ingest import text

    before = text.current_language()
    try:
        text.use_language("sv")
        # a noun after a genitive s takes no definite ending: one compound, broken at its seam
        assert join_lines(["Bygglovs", "enheten"], full_width=[True, False]) == "Bygglovsenheten"
        assert join_lines(["Näringslivs", "kontoret"], full_width=[True, False]) == "Näringslivskontoret"
        assert join_lines(["Bygglov", "senheten"], full_width=[True, False]) == "Bygglovsenheten"  # before the s
        assert join_lines(["Bygglovs", "enheten"], full_width=[False, False]) == "Bygglovs enheten"  # the writer's lines
        text.use_language("da")
        assert join_lines(["Beskæftigelses", "afdelingen"], full_width=[True, False]) == "Beskæftigelsesafdelingen"
        text.use_language("nb")
        assert join_lines(["Kommunens", "enhet"], full_width=[True, False]) != "Kommunens enheten"
        # a lone capital left where the line ran out is the start of the abbreviation after it
        assert join_lines(["P", "PT"], full_width=[True, False]) == "PPT"
        assert join_lines(["Skole", "og PPT"], full_width=[True, False]) == "Skole og PPT"
    finally:
        text.use_language(before)


def test_a_linking_s_before_a_definite_compound_broken_more_than_once_is_one_word():
    """A narrow cell breaks a three-part compound several times ("Samhälls" / "byggnads" /
    "förvaltnin" / "gen"): the modifier ending in a linking s goes on to its head, which takes a
    definite ending, a compound itself; it is not a word of its own before the rest."""
    from plancheck.ingest import text

    before = text.current_language()
    try:
        text.use_language("sv")
        assert join_lines(["Samhälls", "byggnads", "förvaltnin", "gen"], full_width=[True, True, True, False]) \
            == "Samhällsbyggnadsförvaltningen"
        assert join_lines(["Samhälls", "byggnads", "förvaltnin", "gen och", "Tekniska", "enheten"],
                          full_width=[True, True, True, True, True, False]) \
            == "Samhällsbyggnadsförvaltningen och Tekniska enheten"
    finally:
        text.use_language(before)


def test_a_piece_that_goes_on_past_its_word_ends_the_chain():
    from plancheck.ingest import text

    before = text.current_language()
    text.use_language("nb")
    try:
        # "alen" ends a word at the slash: "alen" + "eder" is no chain ("aleneder")
        assert join_lines(["NAV/Frivilligsentr", "alen/Virksomhetsl", "eder", "hjemmetjenesten"],
                          full_width=[True, True, False, False]) == "NAV/Frivilligsentralen/Virksomhetsleder hjemmetjenesten"
    finally:
        text.use_language(before)


def test_a_row_leaving_empty_the_item_cell_every_row_fills_goes_on_with_the_cut_row():
    """'Kartlegge …' | 'Kommunikasjon/Helse' | 'Vår 2027' at a column's foot, '' | 'og omsorg
    leder' | '' at the next one's head: every row names its item in the first cell, so a row
    without one, its own text only under the row above's and another of its cells left empty,
    is the rest of the row the break cut - whatever case it opens in."""
    head = ["Tiltak", "Ansvar", "Frist", "Merknad"]
    rows = [["Bygge ut", "Teknisk", "2026", ""], ["Innføre", "Helse", "Hver høst", ""],
            ["Kartlegge", "Kommunikasjon/Folkehelse", "Vår 2027", ""]]
    left = _piece(LEFT, 600, 780, [head, *rows])
    right = _piece(RIGHT, 72, 200, [head, ["", "Koordinator", "", ""], ["Etablere", "NAV", "2027", ""]])
    [(_, table)] = join_pieces([left, right], {1: 842}, {1: (40, 780)}, boxes={1: []})
    assert [r[1].text for r in table.rows] == ["Teknisk", "Helse", "Kommunikasjon/Folkehelse Koordinator", "NAV"]
    # a row filling every cell the row above filled is a row of its own (a goal column printed
    # once for its rows would leave the first cell empty, too)
    right = _piece(RIGHT, 72, 200, [head, ["", "Koordinator", "2028", ""]])
    [(_, table)] = join_pieces([_piece(LEFT, 600, 780, [head, *rows]), right], {1: 842}, {1: (40, 780)}, boxes={1: []})
    assert len(table.rows) == 4
    # fewer rows than the setting asks: nothing said of the first column
    right = _piece(RIGHT, 72, 200, [head, ["", "Koordinator", "", ""]])
    [(_, table)] = join_pieces([_piece(LEFT, 600, 780, [head, *rows[:2]]), right], {1: 842}, {1: (40, 780)}, boxes={1: []})
    assert len(table.rows) == 3


def test_an_owner_title_broken_at_its_seam_by_a_narrow_cell_is_one_word():
    """'en, Skole' / 'chef og K', 'og Klima' / 'koordinat' / 'or', 'Sundheds' / 'chef': a role or
    unit word the lexicon gives as a compound's head, after a noun, is written solid in the
    Nordic languages - two known words each, broken at the seam, are one. Not after a role
    ('Rådgiver' / 'skole': a role and its field), an adjective ('Daglig' / 'leder', 'daglige'),
    an abbreviation, nor in English, which writes them apart."""
    from plancheck.ingest import text

    text.use_language("da")  # (the conftest sets the language back after each test)
    assert join_lines(["en, Skole", "chef og K", "onsulent"], full_width=[True, True, False]) == (
        "en, Skolechef og Konsulent"
    )
    assert join_lines(["og Klima", "koordinat", "or"], full_width=[True, True, False]) == "og Klimakoordinator"
    assert join_lines(["Sundheds", "chef"], full_width=[True, False]) == "Sundhedschef"
    assert join_lines(["Sundheds", "chef"], full_width=[False, False]) == "Sundheds chef"  # the line did not fill the cell
    assert join_lines(["IKT", "konsulent"], full_width=[True, False]) == "IKT konsulent"
    text.use_language("nb")
    assert join_lines(["Rådgiver", "skole"], full_width=[True, False]) == "Rådgiver skole"
    assert join_lines(["Daglig", "leder"], full_width=[True, False]) == "Daglig leder"
    assert join_lines(["Koordinerende", "team v/ leder"], full_width=[True, False]) == "Koordinerende team v/ leder"
    assert join_lines(["Helse", "koordinator"], full_width=[True, False]) == "Helsekoordinator"
    text.use_language("en")
    assert join_lines(["Road Safety", "manager"], full_width=[True, False]) == "Road Safety manager"


def test_an_owner_unit_broken_before_its_definite_head_is_one_word():
    """'oppvekst/Familie' / 'senteret', 'Fritids' / 'gården', 'Social' / 'kontoret': a unit head of the
    lexicon in its definite form after a capitalised noun in its base form. A noun takes no
    definite noun after it in the Nordic languages (its phrase would be 'senteret for familiar'),
    so the two are one compound the narrow cell broke at its seam (round trip seed 3601
    d0004-docx, nynorsk). Not after an adjective, whose weak form does take one ('Tekniska' /
    'enheten', 'Kommunale' / 'tenesta'), nor when the first piece is in lower case (running text:
    a verb and its object)."""
    from plancheck.ingest import text

    text.use_language("nn")
    assert join_lines(["oppvekst/Familie", "senteret"], full_width=[True, False]) == "oppvekst/Familiesenteret"
    assert join_lines(["oppvekst/Familie", "senteret"], full_width=[False, False]) == "oppvekst/Familie senteret"
    assert join_lines(["Kommunale", "tenesta"], full_width=[True, False]) == "Kommunale tenesta"
    text.use_language("nb")
    assert join_lines(["NAV/Helse", "stasjonen"], full_width=[True, False]) == "NAV/Helsestasjonen"
    assert join_lines(["styrke", "tjenesten"], full_width=[True, False]) == "styrke tjenesten"
    text.use_language("sv")
    assert join_lines(["Tekniska", "enheten"], full_width=[True, False]) == "Tekniska enheten"
    assert join_lines(["Social", "kontoret"], full_width=[True, False]) == "Socialkontoret"


def test_a_table_drawn_again_right_under_itself_with_its_header_is_one_table():
    """A producer split a table at a row and set the rest, header repeated, at once below it
    (shifted a little), not in the next column: one table, the strategy row above its measures."""
    top = _piece(LEFT, 600, 660, [HEAD, ["B.1", "Ta i bruk ny teknologi", "", ""]])
    shifted = [x - 6 for x in LEFT]
    under = _piece(shifted, 660, 760, [HEAD, ["B.1.a", "Tilby hjemmebesøk", "Helse", "2026"]])
    [(_, table)] = join_pieces([top, under], {1: 842}, {1: (40, 780)}, boxes={1: []})
    assert [r[0].text for r in table.rows] == ["B.1", "B.1.a"]
    # another header, a line between them, or a gap of a paragraph: two tables
    other = _piece(shifted, 660, 760, [["Nr", "Mål", "Ansvar", "Frist"], ["B.1.a", "Tilby", "Helse", "2026"]])
    assert len(join_pieces([top, other], {1: 842}, {1: (40, 780)}, boxes={1: []})) == 2
    assert len(join_pieces([top, under], {1: 842}, {1: (40, 780)}, boxes={1: [(60, 661, 200, 662)]})) == 2
    apart = _piece(LEFT, 690, 790, [HEAD, ["B.1.a", "Tilby hjemmebesøk", "Helse", "2026"]])
    assert len(join_pieces([top, apart], {1: 842}, {1: (40, 790)}, boxes={1: []})) == 2


def test_a_word_a_narrow_cell_broke_twice_across_the_column_break_is_joined_whole():
    """'Folkehel' / 'sekoordi' at the foot of a column (the first pieces make no word and were
    joined with a space), 'nator / Fagleiar' at the head of the next: the three pieces are one
    word, as in a cell that holds them all. A word of its own ending the part above ('for') and
    two words each ('Leder barne' / 'hagen') keep their space."""
    from plancheck.ingest.text import join_over_break, use_language

    use_language("nn")
    left = _piece(LEFT, 600, 780, [HEAD, ["E.1", "Opprette ei ressursgruppe for", "Folkehel sekoordi", "2024–"]])
    right = _piece(RIGHT, 72, 200, [HEAD, ["", "familiar med behov", "nator / Fagleiar helsestasjon", "2026"],
                                    ["E.2", "Kartlegge", "Helse", "2027"]])
    [(_, table)] = join_pieces([left, right], {1: 842}, {1: (40, 780)}, boxes={1: []})
    assert [c.text for c in table.rows[0]] == [
        "E.1", "Opprette ei ressursgruppe for familiar med behov", "Folkehelsekoordinator / Fagleiar helsestasjon",
        "2024–2026",
    ]
    assert join_over_break("Eigedom / Folkehel sekoordi", "nator") == "Eigedom / Folkehelsekoordinator"
    assert join_over_break("Opprette ei ressursgruppe for", "familiar") == "Opprette ei ressursgruppe for familiar"
    assert join_over_break("Leder barne", "hagen") == "Leder barnehagen"
    use_language("sv")
    assert join_over_break("Rektor, Samhälls byggnads", "förvaltningen") == "Rektor, Samhällsbyggnadsförvaltningen"


def test_a_break_inside_the_first_part_of_a_compound_of_a_compound_is_inside_a_word():
    """'Sam' / 'hällsbyggnadsförvaltni' / 'ngen': 'samhälls' + 'byggnads' + 'förvaltningen', the
    break inside its first part, though 'Sam' and the rest ('häll…') are words of their own. A
    break at one of its seams ('Leder' / 'helsestasjonsarbeidet') leaves two words."""
    from plancheck.ingest.text import use_language

    use_language("sv")
    assert join_lines(["Kommundirektör, Sam", "hällsbyggnadsförvaltni", "ngen"], full_width=[True, True, False]) == (
        "Kommundirektör, Samhällsbyggnadsförvaltningen"
    )
    assert join_lines(["Rektor, Sam", "hällsbyggnadsförvaltningen"], full_width=[True, False]) == (
        "Rektor, Samhällsbyggnadsförvaltningen"
    )
    use_language("nb")
    assert join_lines(["Leder", "helsestasjonsarbeidet"], full_width=[True, False]) == "Leder helsestasjonsarbeidet"
