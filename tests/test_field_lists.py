"""Field lists, a sign alone on a bar, a bold title ending with its line, and 'Strategic
objective n' labels: each on hand-built inputs (plancheck/layout/fieldlists.py,
layout/blocks.py, the lexicon), and a field-list web page read end to end."""

from __future__ import annotations

import shutil
from dataclasses import replace

import pytest
from test_layout_support import line_words

from plancheck.lang.vocab import column_role
from plancheck.layout.blocks import build_blocks, classify
from plancheck.layout.fieldlists import find_field_lists
from plancheck.layout.lines import words_to_lines
from plancheck.layout.words import Word

LABEL_X, VALUE_X = 51.0, 91.0


def _bold(words: list[Word]) -> list[Word]:
    return [replace(w, bold=True) for w in words]


def _line(words: list[Word], page: int = 1):
    return words_to_lines(words, page)[0]


def _field(label: str, value: str, top: float, *, bold: bool = True, value_x: float = VALUE_X):
    lab = line_words(label, LABEL_X, top)
    return _line((_bold(lab) if bold else lab) + (line_words(value, value_x, top) if value else []))


def _records(rows: list[list[tuple[str, str]]], *, bold: bool = True, top: float = 100.0) -> list:
    """Field lines record after record: 14 pt apart inside a record, 22 pt between records."""
    lines = []
    for fields in rows:
        for label, value in fields:
            lines.append(_field(label, value, top, bold=bold))
            top += 14
        top += 8
    return lines


_SV = [
    [("Vad", "Jämställdhetsanalysera tre av kommunens tjänster"), ("Vem", "Kommunledningsförvaltningen"),
     ("När", "Varje år")],
    [("Vad", "Göra en jämställdhetsanalys av skolgårdarna"), ("Vem", ""), ("När", "2027")],
    [("Vad", "Öppna en stödlinje för våldsutsatta"), ("Vem", "Socialförvaltningen")],
]


def _table(piece) -> list[list[str]]:
    return [[c.text if c else "" for c in row] for row in piece.rows]


def test_a_definition_list_of_labels_beside_values_is_one_record_table():
    lines = _records(_SV)
    found = find_field_lists(lines, column_role, 1)
    assert len(found) == 1
    piece, used = found[0]
    assert _table(piece) == [
        ["Vad", "Vem", "När"],
        ["Jämställdhetsanalysera tre av kommunens tjänster", "Kommunledningsförvaltningen", "Varje år"],
        # a label alone on its line is a field left empty, a missing label a missing field
        ["Göra en jämställdhetsanalys av skolgårdarna", "", "2027"],
        ["Öppna en stödlinje för våldsutsatta", "Socialförvaltningen", ""],
    ]
    assert len(used) == len(lines) and all(ln.kind == "table" for ln in lines)
    assert piece.rows[1][0].bbox is not None and abs(piece.rows[1][0].bbox.x0 - VALUE_X) < 1


def test_a_value_wrapped_under_itself_goes_on_with_its_field():
    lines = _records([[("What", "Caption every video the council"), ("Who", "Communications"), ("When", "2026")],
                      [("What", "Publish an Easy English summary"), ("Who", "Communications"), ("When", "2027")]])
    wrapped = _line(line_words("publishes on its website", VALUE_X, lines[0].top + 12))
    for ln in lines[1:]:
        ln.top += 12
        ln.bottom += 12
        ln.words = [replace(w, top=w.top + 12, bottom=w.bottom + 12) for w in ln.words]
    (piece, _used), = find_field_lists([lines[0], wrapped, *lines[1:]], column_role, 1)
    assert _table(piece)[1] == ["Caption every video the council publishes on its website", "Communications", "2026"]


def test_labels_in_the_texts_weight_are_no_field_list():
    assert find_field_lists(_records(_SV, bold=False), column_role, 1) == []


def test_bold_terms_that_never_repeat_and_name_no_column_are_no_field_list():
    # a glossary: a bold term beside its explanation, each term once
    lines = _records([[("Likestilling", "Lik fordeling av makt og innflytelse")],
                      [("Integrering", "Å ta hensyn til kjønn i alt arbeid")],
                      [("Normkritikk", "Å granske normer som skaper utenforskap")]])
    assert find_field_lists(lines, column_role, 1) == []


@pytest.mark.parametrize("title", ["Uppföljning", "Ansvar"])
def test_a_field_list_ends_at_a_short_bold_heading_after_it(title):
    # (also a heading that is a column word: a bare label ends no list)
    lines = _records(_SV[:1])
    heading = _line(_bold(line_words(title, LABEL_X, lines[-1].bottom + 6)))
    (piece, used), = find_field_lists([*lines, heading], column_role, 1)
    assert heading not in used and heading.kind != "table" and len(piece.rows) == 2


def test_a_large_sign_alone_on_a_bar_is_no_heading():
    plus = _line([Word("+", 536.0, 100.0, 545.0, 115.0, 15.0)])
    assert classify(plus, 10.0)[0] == "text"
    title = _line(line_words("Uppföljning", 43.0, 100.0, size=15))
    assert classify(title, 10.0)[0] == "heading"


def test_a_bold_title_after_its_plain_label_ends_with_its_line():
    top = 100.0
    label = line_words("Strategy 4.1", 57.0, top)
    first = _line(label + _bold(line_words("Make council recruitment accessible", label[-1].x1 + 3, top)))
    second = _line(line_words("Actions for this strategy are set in the Workforce Plan.", 57.0, top + 15.7))
    wide = _line(line_words("Council reports to the Department of Communities each year by the end of June.", 57.0, top + 31.4))
    blocks = build_blocks([[first, second, wide]], [])
    assert [b.text for b in blocks][:2] == [
        "Strategy 4.1 Make council recruitment accessible", "Actions for this strategy are set in the Workforce Plan."]
    # a bold phrase inside a sentence that runs on over the line is no title
    plain = _line(line_words("Kallaroo will build a new", 57.0, top) + _bold(line_words("Changing Places", 190.0, top))
                  + line_words("toilet at the foreshore near the", 270.0, top))
    after = _line(line_words("Library, as promised in the last plan.", 57.0, top + 15.7))
    assert len(build_blocks([[plain, after, wide]], [])) <= 2


def test_a_strategic_objective_with_its_number_is_a_goal_label():
    from plancheck.extract.roles import label_role

    assert label_role("Strategic objective 1 People with disability use council services")[:2] == ("goal", "1")
    assert label_role("Objective 1 People with disability")[0] == "sub_goal"


_PAGE = """<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><style>
body {{ font-family: "Liberation Sans", Arial, sans-serif; font-size: 10pt; }}
.bar {{ display: flex; justify-content: space-between; font-weight: bold; font-size: 11pt; background: #eee;
  padding: 6px; margin-top: 14px; }}
.bar .sign {{ font-size: 15pt; line-height: 1; }}
dl {{ display: grid; grid-template-columns: 14mm 1fr; margin: 6px 0; border-bottom: 1px dotted #999; }}
dt {{ font-weight: bold; }} dd {{ margin: 0; min-height: 1.2em; }}
</style></head><body><h1>{title}</h1><p>{intro}</p>{body}</body></html>"""


def _dl_page(lang: str, title: str, intro: str, goals: list[tuple[str, list[list[tuple[str, str]]]]]) -> str:
    body = []
    for goal, records in goals:
        body.append(f'<div class="bar"><span>{goal}</span><span class="sign">+</span></div>')
        for rec in records:
            body.append("<dl>" + "".join(f"<dt>{lab}</dt><dd>{val}</dd>" for lab, val in rec) + "</dl>")
    return _PAGE.format(lang=lang, title=title, intro=intro, body="\n".join(body))


_EN_GOALS = [
    ("Goal 1: Everyone can use council services.", [
        [("What", "Install a hearing loop at the customer service counter"), ("Who", "Manager Facilities"),
         ("When", "June 2026")],
        [("What", "Train all customer service staff in disability awareness"), ("Who", "People and Culture"),
         ("When", "December 2027")],
    ]),
    ("Goal 2: Council information is easy to read.", [
        [("What", "Publish the plan summary in Easy English"), ("Who", "Communications"), ("When", "March 2026")],
    ]),
]


@pytest.mark.skipif(shutil.which("chromium") is None, reason="Chromium is not installed")
@pytest.mark.parametrize("lang", ["en", "nb"])
def test_a_web_page_of_definition_lists_under_goal_bars_read_end_to_end(tmp_path, lang):
    from corpora.synth.convert import chromium_to_pdf
    from plancheck.mandate.evaluate import load_plan

    goals = _EN_GOALS
    title, intro = "Access and Inclusion Plan 2025–2029", "This page lists what the council will do."
    if lang == "nb":
        words = {"What": "Hva", "Who": "Hvem", "When": "Når", "Goal": "Mål"}
        goals = [(g.replace("Goal", "Mål"), [[(words[lab], val) for lab, val in rec] for rec in recs]) for g, recs in goals]
        title, intro = "Handlingsplan for tilgjengelighet 2025–2029", "Her står det kommunen skal gjøre."
    html, pdf = tmp_path / "plan.html", tmp_path / "plan.pdf"
    html.write_text(_dl_page(lang, title, intro, goals), encoding="utf-8")
    chromium_to_pdf([(html, pdf)])
    plan = load_plan(pdf, lang=lang)
    assert [g.text for g in plan.goals] == [g.split(": ", 1)[1] for g, _r in goals]
    want = [(rec[0][1], rec[1][1], rec[2][1], k) for k, (_g, recs) in enumerate(goals) for rec in recs]
    got = [(m.text, m.owner_text, m.deadline and m.deadline.text, [g.id for g in plan.goals].index(m.goal_ids[0]))
           for m in plan.measures]
    assert got == want
    assert not plan.focus_areas  # the "+" signs on the bars are no headings


def _cells(texts: list[str], row: int = 0) -> list:
    from plancheck.models import Cell

    return [Cell(row=row, col=k, text=t) for k, t in enumerate(texts)]


def test_a_table_of_field_rows_is_read_as_one_row_per_item():
    from plancheck.extract.fieldrows import field_records
    from plancheck.models import Table

    table = Table(header=["Vad", "Jämställdhetsanalysera tre av kommunens tjänster"], rows=[
        _cells(["Vem", "Kommunledningsförvaltningen"], 0), _cells(["När", "Varje år"], 1),
        _cells(["Vad", "Utbilda alla chefer"], 2), _cells(["Vem", ""], 3), _cells(["När", "2026"], 4)])
    recs = field_records(table)
    assert recs is not None and recs.header == ["Vad", "Vem", "När"]
    assert [[c.text for c in r] for r in recs.rows] == [
        ["Jämställdhetsanalysera tre av kommunens tjänster", "Kommunledningsförvaltningen", "Varje år"],
        ["Utbilda alla chefer", "", "2026"]]


def test_a_table_with_a_header_row_or_without_a_measure_field_is_left_as_it_is():
    from plancheck.extract.fieldrows import field_records
    from plancheck.models import Table

    # a real header row over items: the items' first cells are no column words
    assert field_records(Table(header=["Tiltak", "Ansvar"], rows=[_cells(["Utbilda alla chefer", "HR"])])) is None
    # owner and deadline rows under a measure set apart ("Ansvar | … / Frist | …"): no item of their own
    assert field_records(Table(header=["Ansvar", "HR-avdelningen"], rows=[_cells(["Frist", "2026"])])) is None


def test_a_word_document_with_one_field_table_per_measure_under_goal_headings(tmp_path):
    from docx import Document as Docx

    from plancheck.mandate.evaluate import load_plan

    d = Docx()
    d.add_heading("Handlingsplan för jämställdhet 2026–2028", 0)
    d.add_paragraph("Här står vad kommunen gör under 2026–2028.")
    data = [("Mål 1: Kvinnor och män ska få samma service av kommunen.",
             [("Jämställdhetsanalysera tre av kommunens tjänster", "Kommunledningsförvaltningen", "Varje år"),
              ("Utbilda alla chefer i jämställdhetsintegrering", "HR-avdelningen", "2026")]),
            ("Mål 2: Flickor och pojkar ska ha samma möjligheter i skolan.",
             [("Fördela föreningsbidraget lika mellan flickor och pojkar", "Kultur- och fritidsförvaltningen",
               "1 januari 2027")])]
    for goal, recs in data:
        d.add_heading(goal, 2)
        for rec in recs:
            t = d.add_table(rows=0, cols=2)
            for lab, val in zip(("Vad", "Vem", "När"), rec, strict=True):
                cells = t.add_row().cells
                cells[0].text, cells[1].text = lab, val
            d.add_paragraph("")
    path = tmp_path / "plan.docx"
    d.save(path)
    plan = load_plan(path, lang="sv")
    assert [g.text for g in plan.goals] == [g.split(": ", 1)[1] for g, _r in data]
    want = [(*rec, k) for k, (_g, recs) in enumerate(data) for rec in recs]
    got = [(m.text, m.owner_text, m.deadline and m.deadline.text, [g.id for g in plan.goals].index(m.goal_ids[0]))
           for m in plan.measures]
    assert got == want


def test_a_label_wrapped_in_its_narrow_column_is_one_label():
    # "Ansvarleg" / "eining": the second word of the label on the next line, at the label's x
    out, top = [], 100.0
    for rec in ([("Handling", "Opprette ei ressursgruppe for familiar"), ("Ansvarleg", "Teknisk drift"),
                 ("eining", ""), ("Frist", "2. kvartal 2025")],
                [("Handling", "Utvide tilbodet om sommarjobb"), ("Ansvarleg", "Helsestasjonen"), ("eining", ""),
                 ("Frist", "Vår 2026")]):
        for label, value in rec:
            out.append(_field(label, value, top, value_x=111.0))
            top += 12
        top += 10
    (piece, _used), = find_field_lists(out, column_role, 1)
    assert _table(piece) == [
        ["Handling", "Ansvarleg eining", "Frist"],
        ["Opprette ei ressursgruppe for familiar", "Teknisk drift", "2. kvartal 2025"],
        ["Utvide tilbodet om sommarjobb", "Helsestasjonen", "Vår 2026"],
    ]
    # a label with a capital on the next line is a field of its own, not the rest of the one above
    capital = [_field("Handling", "Opprette ei ressursgruppe", 100.0, value_x=111.0),
               _field("Ansvarleg", "Teknisk drift", 112.0, value_x=111.0), _field("Frist", "2027", 124.0, value_x=111.0)]
    (piece, _used), = find_field_lists(capital, column_role, 1)
    assert _table(piece)[0] == ["Handling", "Ansvarleg", "Frist"]


def test_records_set_as_tables_with_a_blank_line_between_are_one_field_list():
    # each record its own small table: the gap between records is wider than between fields
    lines = []
    top = 100.0
    for rec in ([("Aktiviteter", "Opprette et lavterskeltilbud"), ("Tiltakseier", "NAV"), ("Oppstart", "Kontinuerlig")],
                [("Aktiviteter", "Tilby sommerjobb for ungdom"), ("Oppstart", "Hver høst")]):
        for label, value in rec:
            lines.append(_field(label, value, top, value_x=121.0))
            top += 14
        top += 28  # a blank paragraph and the table's spacing: 3 line heights
    (piece, _used), = find_field_lists(lines, column_role, 1)
    assert _table(piece)[1:] == [["Opprette et lavterskeltilbud", "NAV", "Kontinuerlig"],
                                 ["Tilby sommerjobb for ungdom", "", "Hver høst"]]
    # the wider gap is crossed only where a record opens with the first label
    lines = [_field(label, value, 100.0 + 14 * k, value_x=121.0) for k, (label, value) in
             enumerate([("Aktiviteter", "Opprette et lavterskeltilbud"), ("Tiltakseier", "NAV"), ("Oppstart", "2026")])]
    lines.append(_field("Oppstart", "2027", lines[2].bottom + 30, value_x=121.0))
    (piece, used), = find_field_lists(lines, column_role, 1)
    assert len(piece.rows) == 2 and len(used) == 3


def test_a_record_the_page_break_cut_goes_on_at_the_head_of_the_next_page():
    from plancheck.layout.tables import join_pieces

    page1 = _records([*_SV[:1], [("Vad", "Göra en jämställdhetsanalys av skolgårdarna")]], top=600.0)
    page2 = [_line(ln.words, page=2) for ln in _records([[("Vem", "Fritidsförvaltningen"), ("När", "2027")],
                                                            [("Vad", "Öppna en stödlinje"), ("Vem", "Socialförvaltningen")]],
                                                           top=72.0)]
    for ln in page2:
        ln.page = 2
    (p1, _), = find_field_lists(page1, column_role, 1)
    (p2, _), = find_field_lists(page2, column_role, 2)
    content = {1: (600.0, p1.bbox[3]), 2: (p2.bbox[1], 300.0)}
    (_, table), = join_pieces([p1, p2], {1: 842, 2: 842}, content)
    assert table.header == ["Vad", "Vem", "När"]
    assert [[c.text for c in r] for r in table.rows] == [
        ["Jämställdhetsanalysera tre av kommunens tjänster", "Kommunledningsförvaltningen", "Varje år"],
        ["Göra en jämställdhetsanalys av skolgårdarna", "Fritidsförvaltningen", "2027"],
        ["Öppna en stödlinje", "Socialförvaltningen", ""],
    ]
    assert table.pages == [1, 2]


def test_records_that_open_with_the_owner_keep_their_first_label_as_the_opener_below_the_page_head():
    intro = _line(line_words("Slik følger vi opp planen i perioden.", LABEL_X, 80.0))
    lines = _records([[("Ansvar", "Helsestasjonen"), ("Tiltak", "Kartlegge behovet"), ("Frist", "2026")],
                      [("Ansvar", "NAV"), ("Tiltak", "Tilby sommerjobb"), ("Frist", "2027")]], top=100.0)
    (piece, _used), = find_field_lists([intro, *lines], column_role, 1)
    assert _table(piece) == [["Ansvar", "Tiltak", "Frist"], ["Helsestasjonen", "Kartlegge behovet", "2026"],
                             ["NAV", "Tilby sommerjobb", "2027"]]


def _page(lines: list, page: int) -> list:
    out = [_line(ln.words, page=page) for ln in lines]
    for ln in out:
        ln.page = page
    return out


def _join(p1, p2):
    from plancheck.layout.tables import join_pieces

    content = {1: (p1.bbox[1], p1.bbox[3]), 2: (p2.bbox[1], 300.0)}
    (_, table), = join_pieces([p1, p2], {1: 842, 2: 842}, content)
    return table


def test_a_record_cut_after_its_action_alone_at_the_foot_of_the_page_joins_its_rest():
    # a heading, then only 'Hva …' before the page break: one field alone proves no list, but
    # its record goes on at the head of the next page
    head = _line(line_words("Mål 3", LABEL_X, 700.0))
    foot = _field("Hva", "Videreutvikle møteplasser for frivillige", 720.0)
    (p1, _), = find_field_lists([head, foot], column_role, 1)
    assert _table(p1) == [["Hva"], ["Videreutvikle møteplasser for frivillige"]]
    page2 = _page(_records([[("Hvem", "Teknisk drift"), ("Når", "1. halvår 2025")]], top=72.0), 2)
    (p2, _), = find_field_lists(page2, column_role, 2)
    table = _join(p1, p2)
    assert table.header == ["Hva", "Hvem", "Når"]
    assert [[c.text for c in r] for r in table.rows] == [
        ["Videreutvikle møteplasser for frivillige", "Teknisk drift", "1. halvår 2025"]]
    # not at the foot of the page (text under it), or an owner alone: no field list
    tail = _line(line_words("Planen rulleres hvert år.", LABEL_X, 760.0))
    assert find_field_lists([head, _field("Hva", "Videreutvikle møteplasser", 720.0), tail], column_role, 1) == []
    assert find_field_lists([head, _field("Hvem", "Teknisk drift", 720.0)], column_role, 1) == []


def test_a_deadline_alone_at_the_head_of_the_page_finishes_the_record_before_the_break():
    page1 = _records([[("What", "Offer summer jobs for young people"), ("Who", "Housing Services")]], top=700.0)
    (p1, _), = find_field_lists(page1, column_role, 1)
    head = _page([_field("When", "Ongoing", 72.0)], 2)
    heading = _page([_line(line_words("Goal 4", LABEL_X, 120.0))], 2)
    (p2, _), = find_field_lists([*head, *heading], column_role, 2)
    table = _join(p1, p2)
    assert table.header == ["What", "Who", "When"]
    assert [[c.text for c in r] for r in table.rows] == [["Offer summer jobs for young people", "Housing Services", "Ongoing"]]
    # below the head of the page a lone field is no list
    assert find_field_lists([*heading, *_page([_field("When", "Ongoing", 140.0)], 2)], column_role, 2) == []


def test_a_value_the_page_break_cut_in_mid_line_goes_on_at_the_head_of_the_next_page():
    # 'Hva …' wraps over the break: its last words open the next page at the values' x, with
    # no label and in lower case, before the record's 'Hvem' and 'Når'
    page1 = _records([[("Hva", "Rydde turstiene langs elva"), ("Hvem", "Park og idrett"), ("Når", "2026")],
                      [("Hva", "Lage et tilbud om leksehjelp på biblioteket for alle")]], top=660.0)
    (p1, _), = find_field_lists(page1, column_role, 1)
    rest = _page([_line(line_words("elever i ungdomsskolen", VALUE_X, 72.0))], 2)
    page2 = [*rest, *_page(_records([[("Hvem", "Biblioteket"), ("Når", "Høst 2026")]], top=86.0), 2)]
    (p2, used), = find_field_lists(page2, column_role, 2)
    assert used[0] is rest[0] and p2.cut_value == "elever i ungdomsskolen"
    table = _join(p1, p2)
    assert [[c.text for c in r] for r in table.rows] == [
        ["Rydde turstiene langs elva", "Park og idrett", "2026"],
        ["Lage et tilbud om leksehjelp på biblioteket for alle elever i ungdomsskolen", "Biblioteket", "Høst 2026"],
    ]
    # a paragraph at the margin opening the page, or one opening with a capital, is no cut value
    para = _page([_line(line_words("elever i ungdomsskolen", LABEL_X, 72.0))], 2)
    capital = _page([_line(line_words("Elever i ungdomsskolen", VALUE_X, 72.0))], 2)
    for head in (para, capital):
        lines = [*head, *_page(_records([[("Hvem", "Biblioteket"), ("Når", "Høst 2026")]], top=86.0), 2)]
        assert all(not p.cut_value for p, _u in find_field_lists(lines, column_role, 2))
        assert head[0].kind != "table"

def test_the_end_of_a_cut_record_and_the_next_record_over_a_blank_line_are_one_run():
    # 'Hvem' / 'Når' at the head of the page, a blank line, then a record opening with 'Hva'
    # (each record its own small table): one run, the cut record's end and the next record
    lines = []
    top = 72.0
    for rec in ([("Hvem", "Skolesjef"), ("Når", "2026")], [("Hva", "Undersøke gratis leksehjelp"), ("Når", "1. halvår 2026")]):
        for label, value in rec:
            lines.append(_field(label, value, top))
            top += 14
        top += 28
    (piece, used), = find_field_lists(lines, column_role, 1)
    assert len(used) == 4
    assert _table(piece)[1:] == [["Skolesjef", "2026", ""], ["", "1. halvår 2026", "Undersøke gratis leksehjelp"]]


def test_a_field_a_record_leaves_out_is_an_empty_cell_in_its_place():
    # a record with its action alone is no row spanning the table (a group row over items)
    from plancheck.extract.tables import _is_group_row

    (piece, _), = find_field_lists(_records([_SV[0], [("Vad", "Utreda energieffektivisering")]]), column_role, 1)
    row = piece.rows[2]
    assert [c.text for c in row] == ["Utreda energieffektivisering", "", ""]
    assert all(c.bbox is not None for c in row)
    assert not _is_group_row(row, ["measure", "owner", "deadline"])


def test_a_table_head_alone_at_the_foot_or_head_of_a_page_is_no_cut_record():
    # 'Tiltak   Ansvar   Frist' (a head whose rows are on the next page) and 'Ansvar   Frist'
    # at the head of a page: cells, not one field and its value
    def head(words: list[tuple[str, float]], top: float, page: int = 1):
        return _line([w for text, x in words for w in _bold(line_words(text, x, top))], page)

    foot = head([("Tiltak", LABEL_X), ("Ansvar", 250.0), ("Frist", 400.0)], 760.0)
    assert find_field_lists([_line(line_words("Mål 3", LABEL_X, 700.0)), foot], column_role, 1) == []
    top = head([("Ansvar", LABEL_X), ("Frist", 250.0), ("Merknad", 400.0)], 72.0)
    assert find_field_lists([top], column_role, 2) == []
    # a head of two column words alone at the top of a page (a tab-stop outline's head line,
    # its rows under it): the second word is a column word too, no value of the first
    top = head([("Ansvarlig", 300.0), ("Tidspunkt", 450.0)], 72.0)
    goal = _line(_bold(line_words("Alle barn skal ha gode oppvekstvilkår", LABEL_X, 90.0)), 2)
    assert find_field_lists([top, goal], column_role, 2) == []


def test_a_lettered_heading_wrapping_at_the_foot_of_the_page_is_no_cut_record():
    # 'B  Young people will have a wide range of' / 'leisure activities' at the foot of a column:
    # the wrapped rest under the letter is no label ('B leisure activities' would name the
    # action column), so the heading stays text, its words in the order printed
    letter = _field("B", "Young people will have a wide range of", 720.0)
    rest = _line(_bold(line_words("leisure activities", LABEL_X, 734.0)))
    assert find_field_lists([letter, rest], column_role, 1) == []
