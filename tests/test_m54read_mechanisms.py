"""Mechanisms of helper m54read (session 48), each on invented wording.

An agreement numbers all its paragraphs in one run and defines the plan by a term of its own
('"Harbour Plan" means the Borough's plan for …'): only the paragraphs that bind the plan are
points: they name the term, hold a modal and have the plan or its owner as subject, not the
other party; a lead-in of the plan and its modal alone gives its lettered sub-paragraphs as
points (``points.defined_plan_paragraphs``, requirements.yaml ``definition_verb``)."""

from __future__ import annotations

from plancheck.mandate import find_points

AGREEMENT_EN = [
    "CONSENT ORDER BETWEEN THE RIVER AUTHORITY AND THE BOROUGH OF OXLEY",
    "1. The parties to this Order are the River Authority and the Borough of Oxley (Borough).",
    "2. The Authority inspected the Borough's quays in the spring of 2040.",
    "3. The Authority found that four quays lack safe ladders.",
    '4. "Order Date" means the date on which the last party signs.',
    '5. "Harbour Plan" means the Borough\'s plan for making its quays safe for bathers and boats.',
    "6. The Borough will appoint a harbour safety officer within 30 days of the Order Date.",
    "7. The Borough will train its quay staff in rescue from the water.",
    "8. Harbour Plan. The Borough has not adopted a Harbour Plan before.",
    "9. The Borough will finish its Harbour Plan within 120 days of the Order Date.",
    "10. The Harbour Plan will:",
    "a. show each quay without a safe ladder;",
    "b. give the date by which each ladder is fitted.",
    "11. The Harbour Plan will also cover the slipways used by rowing clubs.",
    "12. The River Authority will read the Harbour Plan and may ask the Borough to change it.",
    "13. The Borough will report to the Authority every quarter.",
    "14. This Order ends three years after the Order Date.",
]


def _texts(lines: list[str]) -> list[str]:
    return [p.text for p in find_points(lines)]


def test_agreement_keeps_only_the_paragraphs_that_bind_the_defined_plan():
    texts = [t.rstrip(";") for t in _texts(AGREEMENT_EN)]
    assert texts == [
        "The Borough will finish its Harbour Plan within 120 days of the Order Date.",
        "show each quay without a safe ladder",
        "give the date by which each ladder is fitted.",
        "The Harbour Plan will also cover the slipways used by rowing clubs.",
    ]


def test_agreement_sub_paragraphs_numbered_under_their_paragraph():
    numbers = [p.number for p in find_points(AGREEMENT_EN)]
    assert numbers[1:3] == ["10.a", "10.b"]


def test_agreement_in_norwegian_with_definition_verb():
    lines = [
        "AVTALE OM HAVNESIKKERHET",
        "1. Partane i avtalen er Fjordverket og Lia kommune (kommunen).",
        "2. Fjordverket har gått gjennom kaiene i 2040.",
        "3. «Avtaledato» betyr datoen for den siste underskrifta.",
        "4. «Kaiplanen» betyr kommunens plan for trygge kaier.",
        "5. Kommunen skal utnemne ein tryggleiksleiar innan 30 dagar.",
        "6. Kommunen skal lære opp kaipersonalet i redning.",
        "7. Kommunen skal vedta Kaiplanen innan 1. juni 2041.",
        "8. Kaiplanen skal vise kvar kai utan leider.",
        "9. Fjordverket skal lese Kaiplanen og kan be kommunen endre den.",
        "10. Avtalen gjeld i tre år.",
    ]
    assert _texts(lines) == [
        "Kommunen skal vedta Kaiplanen innan 1. juni 2041.",
        "Kaiplanen skal vise kvar kai utan leider.",
    ]


def test_a_list_that_mostly_names_the_plan_is_left_alone():
    # a mandate whose paragraphs are the plan's (most name it): every point stays
    lines = [
        "Mandat",
        '1. "Kaiplanen" betyr kommunens plan for trygge kaier.',
        "2. Kaiplanen skal vise kvar kai utan leider.",
        "3. Kaiplanen skal gje ein dato for kvar leider.",
        "4. Kaiplanen skal omtale slippane.",
        "5. Kaiplanen skal leggjast fram for formannskapet.",
        "6. Kommunen skal lære opp kaipersonalet.",
        "7. Kaiplanen skal ha eit kostnadsoverslag.",
        "8. Kaiplanen skal vedtakast innan juni.",
    ]
    assert len(_texts(lines)) >= 7


# --------------------------------------------------------------------------- a board of cards
#
# A board printed from the browser (a kanban board, a planner's buckets): columns drawn as
# rounded boxes of one width side by side, cards as rounded boxes inside them. Each card is one
# item, its bold title; when a column's heading names the plan and is not negated, the cards of
# the other columns are no points (``points.board_words``, ``points.board_columns``); a column
# that runs onto the next page goes on under its heading (``points._board_carried_over``).


def _board_pdf(path, pages):
    """``pages``: per page, a list of columns (heading or "", [card titles]); a card's meta line
    in small regular type under its title."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=landscape(A4))
    _w, h = landscape(A4)
    for columns in pages:
        c.setFont("Helvetica", 9)
        c.drawString(30, h - 30, "Lekeplassplan 2041 · Tavle")
        for k, (heading, cards) in enumerate(columns):
            x = 30 + k * 195
            c.setFillColorRGB(0.94, 0.94, 0.94)
            c.roundRect(x, 60, 185, h - 110, 6, stroke=0, fill=1)
            c.setFillColorRGB(0, 0, 0)
            y = h - 70
            if heading:
                c.setFont("Helvetica-Bold", 9)
                c.drawString(x + 6, y, heading)
                y -= 20
            for title in cards:
                c.setFillColorRGB(1, 1, 1)
                c.roundRect(x + 4, y - 42, 177, 52, 4, stroke=0, fill=1)
                c.setFillColorRGB(0, 0, 0)
                c.setFont("Helvetica-Bold", 8.5)
                c.drawString(x + 10, y - 2, title)
                c.setFont("Helvetica", 7)
                c.drawString(x + 10, y - 30, "12.03. · 2/3 KN")
                y -= 60
        c.showPage()
    c.save()


def test_board_cards_of_the_column_in_the_plan_are_the_points(tmp_path):
    from plancheck.mandate import read_mandate

    pdf = tmp_path / "tavle.pdf"
    _board_pdf(pdf, [[
        ("Skal med i planen", ["Telle lekeplassene i bygda", "Vurdere nye benker ved skolen"]),
        ("Venter", ["Skal vi ha gatelys i parken?"]),
        ("Ikke med i planen", ["Kjøpe ny traktor", "Male gjerdet rundt banen"]),
    ]])
    texts = [p.text for p in read_mandate(pdf)]
    assert texts == ["Telle lekeplassene i bygda", "Vurdere nye benker ved skolen"]


def test_board_column_going_on_over_the_page_break(tmp_path):
    from plancheck.mandate import read_mandate

    pdf = tmp_path / "tavle2.pdf"
    _board_pdf(pdf, [
        [
            ("Skal med i planen", ["Telle lekeplassene i bygda", "Vurdere nye benker ved skolen"]),
            ("Ikke med i planen", ["Kjøpe ny traktor", "Male gjerdet rundt banen"]),
        ],
        [("", ["Sende utkastet til ungdomsrådet"]), ("", [])],
    ])
    texts = [p.text for p in read_mandate(pdf)]
    assert texts == [
        "Telle lekeplassene i bygda",
        "Vurdere nye benker ved skolen",
        "Sende utkastet til ungdomsrådet",
    ]


def test_board_columns_need_boxes_of_one_width_side_by_side():
    from plancheck.mandate.points import board_columns

    cols = [(10.0, 50.0, 200.0, 500.0), (210.0, 50.0, 400.0, 500.0)]
    cards = [(14.0, 80.0, 196.0, 130.0), (214.0, 80.0, 396.0, 130.0)]
    pill = [(16.0, 84.0, 50.0, 92.0)]
    board = board_columns(cols + cards + pill)
    assert [c for c, _cards in board] == cols
    assert [cs for _c, cs in board] == [[cards[0]], [cards[1]]]
    # boxes of other widths (a detail pane under the board) make no board
    assert board_columns([(10.0, 50.0, 200.0, 500.0), (10.0, 520.0, 600.0, 700.0)]) == []


# ------------------------------------------------------------------- a result table's verdicts
#
# A numbered table whose decision column says which rows are carried out ("Genomförs" /
# "Ryms inte i budgeten", "Funded" / "Not funded"): the rows decided for are the points
# (``points._decision_column``, requirements.yaml decision_accepted/decision_rejected); its
# rank column ("Plats", "Rank") numbers the rows (number_column).


def test_result_table_keeps_the_rows_decided_for():
    from plancheck.mandate.points import _numbered_rows

    rows = [
        ["Rank", "Project", "Votes", "Cost", "Result"],
        ["1", "Shade sails over the paddling pool", "512", "40 000", "Funded"],
        ["2", "Benches along the river walk", "433", "25 000", "Funded"],
        ["3", "A skate bowl behind the library", "301", "300 000", "Not funded"],
        ["4", "Bird boxes in the old orchard", "120", "2 000", "Not funded – over budget"],
    ]
    assert [ln.text for ln in _numbered_rows(rows, 1)] == [
        "1. Shade sails over the paddling pool",
        "2. Benches along the river walk",
    ]


# ------------------------------------------------------------------------------- the prose
#
# "si noe om" (say something about) asks as the other asking verbs do (requirements.yaml
# asking_verb); "Husk at planen må …" (a reminder) frames a clause whose subject is the plan
# (reminder_frame); a comment's byline in smaller type is no part of the sentence under it
# (PointSettings.byline_size_step); "bjuder vi in … till ett möte" is the writer's meeting
# (invite_active).


def test_say_something_about_asks():
    from plancheck.mandate.points import is_requirement

    assert is_requirement("Planen skal også si noe om hvordan benkene kan stå ute om vinteren.")


def test_reminder_frame_and_byline_give_a_prose_point():
    from plancheck.mandate.points import Line

    lines = [
        Line("Mandat", 1, 40.0, 14.0, True, None, True),
        Line("1. Telle lekeplassene i bygda.", 1, 40.0, 10.0, False, None, True),
        Line("2. Vurdere nye benker ved skolen.", 1, 40.0, 10.0, False, None, False),
        Line("Kari Nordvik (kommunalsjef) · 02.02.2041 09:15", 1, 40.0, 8.0, False, None, True),
        Line("Husk at planen må være behandlet i utvalget før 1. mai, ellers rekker vi ikke", 1, 40.0, 10.0, False, None,
             False),
        Line("budsjettet.", 1, 40.0, 10.0, False, None, False),
    ]
    texts = [p.text for p in find_points(lines)]
    assert len(texts) == 3
    assert texts[2].startswith("planen må være behandlet i utvalget før 1. mai")


def test_writer_invites_to_a_meeting_inverted():
    from plancheck.mandate.points import indicative_requirement

    assert indicative_requirement(
        "Innan planen är klar bjuder vi in grannarna till ett möte om lekplatsen."
    )


def test_plan_as_subject_with_the_future_auxiliary_asks():
    # "Planen vil også vise …" (an application's promise of what the plan will show), as
    # "The plan will describe …" asks (requirements.yaml plan_future_modal)
    from plancheck.mandate.points import is_requirement

    assert is_requirement("Planen vil også vise, hvilke legepladser der kan bruges af børn i kørestol.")
    assert is_requirement("Planen kommer att visa vilka bänkar som står i skugga.")
    # not negated, and not another subject
    assert not is_requirement("Planen vil ikke vise legepladserne i nabokommunen.")
    assert not is_requirement("Vi vil også vise legepladserne på et kort.")
