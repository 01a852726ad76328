"""Logic models (programteori, effektkjede): boxes in columns 'Activities → Short-term results →
Long-term goal' joined by arrows. The layout reads the drawn diagram as a table (arrows are
links, boxes side by side two cells); extraction reads a table whose measure column stands left
of goal columns at two or more levels as goals, sub-goals and the measures serving them.
Hand-built words, boxes and blocks with invented wording."""

from __future__ import annotations

from plancheck.layout.flowboxes import box_diagrams
from plancheck.layout.words import Word
from plancheck.models import Block, BlockKind, Cell, Table
from tests.conftest import plan_of_blocks

SIZE = 9.0


def _line(text: str, x: float, top: float, size: float = SIZE) -> list[Word]:
    """The words of one line, set from ``x`` at ``top`` (a letter 0.5 sizes wide)."""
    out = []
    for word in text.split():
        w = len(word) * 0.5 * size
        out.append(Word(word, x, top, x + w, top + size, size))
        x += w + 0.3 * size
    return out


def _diagram(note: bool = False, labels: bool = True):
    """Two activities → one result box spanning them → a goal box; a third activity → a second
    result → the same goal. With ``note``: a box across the first two columns instead of the
    third activity."""
    words: list[Word] = []
    if labels:
        words += _line("Activities", 60, 80) + _line("Short-term results", 260, 80) + _line("Long-term goal", 420, 80)
    boxes = [(58, 100, 230, 140), (58, 150, 230, 190), (258, 120, 390, 170), (418, 100, 560, 260)]
    words += _line("Train the school nurses", 62, 104) + _line("Lead: Health Team", 62, 124, 7.0)
    words += _line("Open a youth club", 62, 154) + _line("Lead: Culture", 62, 174, 7.0)
    words += _line("Pupils know where to get help", 262, 124)
    words += _line("Young people feel less alone", 422, 104)
    words += _line("→", 236, 110) + _line("→", 236, 160) + _line("→", 396, 130)
    if note:
        boxes.append((58, 210, 390, 230))
        words += _line("More activities will follow", 62, 214) + _line("→", 396, 214)
    else:
        boxes += [(58, 210, 230, 250), (258, 210, 390, 250)]
        words += _line("Map leisure habits", 62, 214) + _line("Every pupil has a club", 262, 214)
        words += _line("→", 236, 220) + _line("→", 396, 220)
    words += _line("Next chapter", 60, 300)
    return boxes, words


def _texts(piece) -> list[list[str]]:
    return [[c.text if c is not None else "" for c in row] for row in piece.rows]


def test_a_diagram_of_boxes_joined_by_arrows_is_a_table_of_its_columns():
    boxes, words = _diagram()
    found = box_diagrams(boxes, words, 600.0, 1)
    assert len(found) == 1
    piece, notes = found[0]
    assert notes == []
    rows = _texts(piece)
    assert rows[0] == ["Activities", "Short-term results", "Long-term goal"]
    # each activity its own row (boxes side by side are cells, never one line); the arrows are no text
    assert rows[1] == ["Train the school nurses\nLead: Health Team", "Pupils know where to get help",
                       "Young people feel less alone"]
    assert rows[2][0] == "Open a youth club\nLead: Culture"
    assert rows[3] == ["Map leisure habits", "Every pupil has a club", "Young people feel less alone"]
    # the result box both activities lead to is one cell merged down, as is the goal box
    assert piece.rows[2][1].merged_from == 1 and piece.rows[3][2].merged_from == 1
    assert not any("→" in t for row in rows for t in row)
    assert piece.bbox[1] <= 80 and piece.bbox[3] < 300  # the labels in it, the next chapter not


def test_a_note_across_a_diagrams_columns_stays_text():
    boxes, words = _diagram(note=True)
    (piece, notes), = box_diagrams(boxes, words, 600.0, 1)
    assert notes == [(58, 210, 390, 230)]
    assert not any("More activities" in t for row in _texts(piece) for t in row)


def test_boxes_without_column_labels_or_arrows_are_no_diagram():
    boxes, words = _diagram(labels=False)
    assert box_diagrams(boxes, words, 600.0, 1) == []
    boxes, words = _diagram()
    assert box_diagrams(boxes, [w for w in words if w.text != "→"], 600.0, 1) == []


def _table(header: list[str], rows: list[list[str]]) -> Block:
    cells = []
    for r, row in enumerate(rows):
        out = []
        for c, text in enumerate(row):
            same = r > 0 and c > 0 and text and rows[r - 1][c] == text
            out.append(Cell(row=r, col=c, text=text, page=1, merged_from=r - 1 if same else None))
        cells.append(out)
    return Block(id="", kind=BlockKind.table, text=" | ".join(header), table=Table(header=header, rows=cells, pages=[1]))


def _plan(header: list[str], lang: str = "sv"):
    goal = "Färre unga börjar röka"
    rows = [["Erbjuda föräldrakurser i årskurs 7\nAnsvar: Elevhälsan · Klart: Varje höst", "→",
             "Föräldrar sätter tydliga gränser", "→", f"Långsiktigt mål 1\n{goal}"],
            ["Skicka brev till alla vårdnadshavare\nAnsvar: – · Klart: Hösten 2026", "→",
             "Föräldrar sätter tydliga gränser", "→", f"Långsiktigt mål 1\n{goal}"],
            ["Införa tobaksfri skoltid\nAnsvar: Alla rektorer", "→", "Skolorna har tobaksfri skoltid", "→",
             f"Långsiktigt mål 1\n{goal}"]]
    blocks = [Block(id="", kind=BlockKind.heading, text="Handlingsplan för tobaksprevention 2026–2028", level=1),
              Block(id="", kind=BlockKind.heading, text="Mål 1", level=2), _table(header, rows)]
    return plan_of_blocks(blocks, lang)


def test_a_logic_model_table_reads_goals_sub_goals_and_the_measures_serving_them():
    plan = _plan(["Aktiviteter – vad vi gör", "", "Kortsiktigt resultat", "", "Långsiktigt mål"])
    goals = {g.text: g for g in plan.goals}
    top = goals["Färre unga börjar röka"]  # the box's label line is no part of the goal
    assert top.kind == "goal" and top.number == "1"
    results = [goals["Föräldrar sätter tydliga gränser"], goals["Skolorna har tobaksfri skoltid"]]
    assert all(r.kind == "sub_goal" and r.parent_id == top.id for r in results)
    measures = {m.text: m for m in plan.measures}
    assert len(measures) == 3
    first = measures["Erbjuda föräldrakurser i årskurs 7"]
    assert first.goal_ids == [results[0].id]  # a measure serves the nearest goal level
    assert [o.text for o in first.owners] == ["Elevhälsan"] and first.deadline.text == "Varje höst"
    second = measures["Skicka brev till alla vårdnadshavare"]
    assert second.owners == [] and second.deadline.text == "Hösten 2026"  # 'Ansvar: –': no owner
    assert measures["Införa tobaksfri skoltid"].deadline is None
    assert measures["Införa tobaksfri skoltid"].goal_ids == [results[1].id]


def test_goals_first_is_no_logic_model():
    from plancheck.extract.logicmodels import chain_columns

    assert chain_columns(["measure", None, "goal", None, "goal"]) == (0, [2, 4])
    assert chain_columns(["goal", "goal", "measure", "owner"]) is None  # 'Mål | Delmål | Tiltak'
    assert chain_columns(["measure", "goal", "owner"]) is None  # one goal level


def test_a_header_with_a_gloss_after_a_dash_has_its_labels_role():
    from plancheck.lang.vocab import column_role

    assert column_role("Activities – what we will do") == "measure"
    assert column_role("2025 – 2026") is None
    # a sentence with a dash in it (a row read as the header) is no label and gloss
    assert column_role("City code and financing - Remove the barriers to building retrofits, including") is None


def test_fields_on_a_line_of_their_own_under_a_measure():
    from plancheck.extract.fields import split_fields

    f = split_fields("Erbjuda föräldrakurser i årskurs 7\nAnsvar: Elevhälsan · Klart: Varje höst", "sv")
    assert (f.text, f.owner, f.deadline) == ("Erbjuda föräldrakurser i årskurs 7", "Elevhälsan", "Varje höst")
    f = split_fields("Kurs for 5. trinn\nAnsvar: Oppvekst · Frist: Hver vår", "nb")
    assert (f.text, f.owner, f.deadline) == ("Kurs for 5. trinn", "Oppvekst", "Hver vår")
