"""A goal × measure cross matrix (goal columns under a spanning "Bidrar till mål" header, a mark
in each goal a measure serves) and column headers turned upright (bottom-to-top and
top-to-bottom), on small PDFs drawn here with reportlab; the pure functions behind them."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_checks_support import make_plan

from plancheck.extract.link import link_by_marks
from plancheck.extract.tables import mark_goal_columns, table_roles
from plancheck.layout.chars import vertical_labels
from plancheck.layout.tables import _merge_header_rows, labels_group
from plancheck.models import BBox, Cell, Goal, GoalKind, Measure, Provenance

pytest.importorskip("reportlab")


def _grid(c, page_h: float, top: float, cols: list[float], rows: list[tuple[float, list]], font: str = "Helvetica") -> None:
    """A ruled table drawn from ``top`` (top-down points): each row is (height, cells); a cell is
    its text, None when the cell to its left spans it (no rule between them), or ("up", text) /
    ("down", text) for text turned to read bottom-to-top / top-to-bottom, set at the cell's
    foot / head."""
    c.setLineWidth(0.5)
    t = top
    for height, cells in rows:
        c.line(cols[0], page_h - t, cols[-1], page_h - t)
        for i, cell in enumerate(cells):
            if cell is None:
                continue
            left = cols[i]
            c.line(left, page_h - t, left, page_h - t - height)
            if isinstance(cell, tuple):
                way, text = cell
                c.saveState()
                c.setFont(font, 9)
                if way == "up":
                    c.translate(left + 12, page_h - t - height + 4)
                    c.rotate(90)
                else:
                    c.translate(left + 6, page_h - t - 4)
                    c.rotate(-90)
                c.drawString(0, 0, text)
                c.restoreState()
            elif cell:
                c.setFont(font, 9)
                c.drawString(left + 3, page_h - t - 12, cell)
        c.line(cols[-1], page_h - t, cols[-1], page_h - t - height)
        t += height
    c.line(cols[0], page_h - t, cols[-1], page_h - t)


# --- cross matrix ------------------------------------------------------------------------

SV_GOALS = [
    "Alla kommunens lokaler ska vara tillgängliga för besökare med nedsatt rörlighet.",
    "Kommunens information ska vara lätt att läsa och förstå för alla invånare.",
    "Fler personer med funktionsnedsättning ska få arbete i kommunen.",
]
SV_ROWS = [
    ("1", "Inventera entréerna till alla offentliga lokaler", "Fastighetschef", "2026", [1]),
    ("2", "Bygga ramper vid biblioteket och simhallen", "Fastighetschef", "2027", [1]),
    ("3", "Skriva om blanketterna på lättläst svenska", "Kommunikationschef", "2027", [2]),
    ("4", "Ta fram en gemensam rutin för tillgängliga möten", "Kommundirektören", "2028", [1, 2]),
]


def _cross_matrix_pdf(path: Path, goals: list[str], rows, *, head: list[str], group: str, labels: list[str],
                      mark: str = "X", intro: str = "Mål") -> Path:
    """A page: a heading, the goals as '<intro> n  <sentence>' paragraphs, a heading and ONE
    ruled table whose header is two rows: the column words with ``group`` spanning the goal
    columns, then the goal ``labels`` under it (the cells beside it left empty, not merged), and
    a ``mark`` in each goal column a row serves."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    _w, h = A4
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(50, h - 60, head[0])
    y = 100
    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, h - y, head[1])
    y += 22
    for n, text in enumerate(goals, start=1):
        c.setFont("Helvetica-Bold", 10)
        c.drawString(50, h - y, f"{intro} {n}")
        c.setFont("Helvetica", 10)
        c.drawString(95, h - y, text)
        y += 16
    y += 14
    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, h - y, head[2])
    y += 16
    n_goals = len(labels)
    cols = [50, 75, 300, 400, 450] + [450 + 24 * (k + 1) for k in range(n_goals)]
    table = [
        (16, [*head[3:7], group, *[None] * (n_goals - 1)]),
        (16, ["", "", "", "", *labels]),
        *[(16, [nr, text, owner, due, *[mark if k + 1 in marks else "" for k in range(n_goals)]])
          for nr, text, owner, due, marks in rows],
    ]
    _grid(c, h, y, cols, table)
    c.showPage()
    c.save()
    return path


def _links(plan) -> dict[str, set[str]]:
    """Measure text → the numbers of the goals it links to."""
    number = {g.id: g.number for g in plan.goals}
    return {m.text: {number[g] for g in m.goal_ids} for m in plan.measures}


def test_a_swedish_cross_matrix_links_each_measure_to_the_goals_it_marks(tmp_path):
    from plancheck.pipeline import extract_plan

    path = _cross_matrix_pdf(
        tmp_path / "sv.pdf", SV_GOALS, SV_ROWS,
        head=["Handlingsplan för tillgänglighet 2026–2029", "Våra mål", "Åtgärder",
              "Nr", "Åtgärd", "Ansvarig", "Klart"],
        group="Bidrar till mål", labels=["1", "2", "3"],
    )
    plan = extract_plan(path)
    assert sorted(g.number for g in plan.goals) == ["1", "2", "3"]  # no goal "X"
    assert _links(plan) == {text: {str(k) for k in marks} for _nr, text, _o, _d, marks in SV_ROWS}
    assert {m.text: m.owner_text for m in plan.measures}["Bygga ramper vid biblioteket och simhallen"] == "Fastighetschef"


def test_an_english_matrix_marked_with_a_cross_sign_under_goal_numbers(tmp_path):
    from plancheck.pipeline import extract_plan

    goals = [
        "Every resident will be able to reach a park within ten minutes on foot.",
        "The council will halve the energy used in its own buildings by 2030.",
        "Young people will have a safe place to meet in every neighbourhood.",
    ]
    rows = [
        ("1", "Open the old rail line as a walking and cycling path", "Parks Manager", "2027", [1, 3]),
        ("2", "Fit solar panels on the roofs of three schools", "Estates Lead", "2028", [2]),
        ("3", "Build a youth shelter beside each new play area", "Youth Service", "2026", [3]),
    ]
    path = _cross_matrix_pdf(
        tmp_path / "en.pdf", goals, rows,
        head=["Greener Borough Action Plan 2026–2029", "Our goals", "Actions", "No.", "Action", "Lead", "Due"],
        group="Contributes to goal", labels=["1", "2", "3"], mark="×", intro="Goal",
    )
    plan = extract_plan(path)
    assert sorted(g.number for g in plan.goals) == ["1", "2", "3"]
    assert _links(plan) == {text: {str(k) for k in marks} for _nr, text, _o, _d, marks in rows}


def _cells(texts: list[str], boxes: bool = True) -> list[Cell]:
    return [Cell(row=0, col=i, text=t, bbox=BBox(x0=i * 10.0, top=0, x1=i * 10.0 + 9, bottom=9) if boxes else None)
            for i, t in enumerate(texts)]


def test_the_row_of_goal_labels_under_a_spanning_header_joins_the_header():
    head = [*_cells(["Nr", "Tiltak", "Ansvar", "Bidrar til mål"]), Cell(row=0, col=4, text=""), Cell(row=0, col=5, text="")]
    labels = _cells(["", "", "", "1", "2", "3"])
    body = _cells(["1", "Lage en plan", "Rådmann", "X", "", ""])
    header, rows = _merge_header_rows([c.text for c in head], [labels, body], head)
    assert header == ["Nr", "Tiltak", "Ansvar", "1 (Bidrar til mål)", "2 (Bidrar til mål)", "3 (Bidrar til mål)"]
    assert [c.text for c in rows[0]] == ["1", "Lage en plan", "Rådmann", "X", "", ""]


def test_a_body_row_or_a_title_band_is_no_row_of_group_labels():
    group = {3: ("Bidrar til mål", [3, 4]), 4: ("Bidrar til mål", [3, 4])}
    assert labels_group(["", "", "", "1", "2"], group)
    assert not labels_group(["1", "Lage en plan", "", "X", ""], group)  # a measure beside the marks
    assert not labels_group(["", "", "", "1", ""], group)  # a label missing: not the labels' row
    band = {i: ("Mål 1: Trygg skolevei", [0, 1, 2]) for i in range(3)}
    assert not labels_group(["Tiltak", "Ansvar", "Frist"], band)  # a title over the whole table
    assert not labels_group(["", "1", "2"], {})


def test_goal_columns_are_those_of_a_goal_group_holding_only_marks():
    header = ["Nr", "Tiltak", "Ansvar", "1 (Bidrar til mål)", "2 (Bidrar til mål)", "3 (Bidrar til mål)"]
    rows = [_cells(["1", "Lage en plan", "Rådmann", "X", "", "x"]), _cells(["2", "Holde kurs", "HR", "", "✓", ""])]
    roles = table_roles(header)
    assert mark_goal_columns(header, rows, roles) == {3: "1", 4: "2", 5: "3"}
    # a goal column holding goal texts is a goal column, not marks
    texts = [_cells(["1", "Lage en plan", "Rådmann", "Alle skal bo trygt", "", ""])]
    assert mark_goal_columns(header, texts, roles) == {}
    # short names under the group, and the ungrouped "Goal 1 | Goal 2" form
    named = ["Tiltak", "Bygg (Delmål)", "Uterom (Delmål)"]
    assert mark_goal_columns(named, [_cells(["Lage en plan", "×", ""])], table_roles(named)) == {1: "Bygg", 2: "Uterom"}
    plain = ["Action", "Lead", "Goal 1", "Goal 2"]
    assert mark_goal_columns(plain, [_cells(["Plant trees", "Parks", "●", ""])], table_roles(plain)) == {2: "Goal 1", 3: "Goal 2"}
    # a single goal column of marks is no matrix
    one = ["Tiltak", "1 (Mål)"]
    assert mark_goal_columns(one, [_cells(["Lage en plan", "X"])], table_roles(one)) == {}


def test_marks_link_by_goal_number_or_by_the_goals_words():
    prov = Provenance(page=1, source_text="")
    goals = [
        Goal(id="goal-1", text="Trygge og universelt utformede bygg for alle", number="1", kind=GoalKind.goal, provenance=prov),
        Goal(id="goal-2", text="Gode uterom i sentrum", number="2", kind=GoalKind.goal, provenance=prov),
    ]
    by_number = Measure(id="m1", text="Lage en plan", provenance=prov, goal_marks=["2"])
    by_words = Measure(id="m2", text="Holde kurs", provenance=prov, goal_marks=["Gode uterom i sentrum"])
    unknown = Measure(id="m3", text="Skrive rapport", provenance=prov, goal_marks=["7"], table_goal_text="Mål 1")
    plan = make_plan(goals, measures=[by_number, by_words, unknown])
    link_by_marks(plan)
    assert by_number.goal_ids == ["goal-2"] and by_words.goal_ids == ["goal-2"]
    assert unknown.goal_ids == [] and unknown.table_goal_text == "Mål 1"  # no goal made from a label
    assert len(plan.goals) == 2


# --- column headers turned upright ---------------------------------------------------------


def _up(text: str, x: float, y0: float, step: float = 5.0, size: float = 9.0, down: bool = False):
    """Characters of ``text`` set upright left of the baseline ``x`` from ``y0`` (top-down points),
    one ``step`` apart, reading upward (or downward), as :func:`vertical_labels` takes them;
    a space is left out, its gap kept."""
    out = []
    for k, ch in enumerate(text):
        y = y0 - k * step if not down else y0 + k * step
        if ch == " ":
            continue
        top, bottom = (y - step, y) if not down else (y, y + step)
        out.append((ch, (x - size * 0.8, top, x, bottom), size, "Helvetica", False))
    return out


def test_upright_characters_join_into_one_label_per_run():
    labels = vertical_labels(_up("Ansvar", 100, 300) + _up("Frist", 160, 300) + _up("Samarbeid", 220, 250, down=True))
    assert [lb.text for lb in labels] == ["Ansvar", "Frist", "Samarbeid"]
    first = labels[0]
    assert first.x0 == pytest.approx(100 - 7.2) and first.x1 == pytest.approx(100)
    assert first.top == pytest.approx(300 - 6 * 5) and first.bottom == pytest.approx(300)


def test_a_wide_gap_along_the_run_is_a_word_break_and_a_wider_one_ends_the_label():
    spaced = _up("I samarbeid med", 100, 300, step=5.0)
    # the gap a space leaves (one step, 5 pt) is over a quarter of the 9 pt size: a word break
    assert [lb.text for lb in vertical_labels(spaced)] == ["I samarbeid med"]
    apart = _up("Ansvar", 100, 300) + _up("Frist", 100, 200)  # the same baseline, 70 pt further up
    assert [lb.text for lb in vertical_labels(apart)] == ["Ansvar", "Frist"]


ROT_GOALS = [
    "Alle barn skal kunne gå eller sykle trygt til skolen.",
    "Eldre skal kunne bo hjemme så lenge de ønsker det.",
    "Innbyggerne skal ha kort vei til grøntområder og turstier.",
]
ROT_TABLES = [
    ("Mål 1: Trygg skolevei", [
        ("Bygge fortau langs Skoleveien", "Kommunalteknikk", "2027", "Statens vegvesen"),
        ("Sette ned fartsgrensen ved alle skoler", "Virksomhetsleder vei", "2026", "Politiet, FAU"),
    ]),
    ("Mål 2: Bo hjemme lenger", [
        ("Tilby hjemmebesøk til alle over 78 år", "Helse og omsorg", "Løpende", "Frivilligsentralen"),
        ("Etablere et velferdsteknologilager", "Tildelingskontoret", "2028", ""),
    ]),
]


def _rotated_pdf(path: Path, *, down: bool = False) -> Path:
    """A landscape page: the goals as 'Mål n <sentence>' lines, then per goal a ruled table under
    a band row 'Mål n: <short form>' spanning it, header 'Tiltak | Ansvarlig | Frist |
    Samarbeidspartnere' with the three narrow header cells turned (bottom-to-top, or with
    ``down`` top-to-bottom), in a tall header row; last a band 'Mål 3: <short form>' over one
    sentence and no table."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen import canvas

    w, h = landscape(A4)
    c = canvas.Canvas(str(path), pagesize=(w, h))
    c.setFont("Helvetica-Bold", 16)
    c.drawString(40, h - 50, "Handlingsplan for et aldersvennlig lokalsamfunn 2026–2029")
    c.setFont("Helvetica-Bold", 13)
    c.drawString(40, h - 80, "Mål")
    y = 100
    for n, text in enumerate(ROT_GOALS, start=1):
        c.setFont("Helvetica-Bold", 10)
        c.drawString(40, h - y, f"Mål {n}")
        c.setFont("Helvetica", 10)
        c.drawString(80, h - y, text)
        y += 16
    y += 12
    c.setFont("Helvetica-Bold", 13)
    c.drawString(40, h - y, "Tiltak")
    y += 14
    cols = [40, 470, 560, 620, 800]
    way = "down" if down else "up"
    for band, rows in ROT_TABLES:
        table = [
            (16, [band, None, None, None]),
            (80, ["Tiltak", (way, "Ansvarlig"), (way, "Frist"), (way, "Samarbeidspartnere")]),
            *[(16, list(r)) for r in rows],
        ]
        _grid(c, h, y, cols, table)
        y += sum(r[0] for r in table) + 16
    c.setFont("Helvetica-Bold", 10)
    c.drawString(40, h - y, "Mål 3: Grønne nærområder")
    c.setFont("Helvetica", 10)
    c.drawString(40, h - y - 16, "Tiltakene for grøntområdene står i kommunedelplanen for friluftsliv.")
    c.showPage()
    c.save()
    return path


@pytest.mark.parametrize("down", [False, True])
def test_turned_column_headers_are_read_and_the_band_names_the_goal(tmp_path, down):
    from plancheck.pipeline import extract_plan

    plan = extract_plan(_rotated_pdf(tmp_path / "r.pdf", down=down))
    # the band over the last goal's (absent) table repeats goal 3 by a short form: no fourth goal
    assert sorted(g.number for g in plan.goals) == ["1", "2", "3"]
    expected = {text: (owner, due, str(n)) for n, (_band, rows) in enumerate(ROT_TABLES, start=1)
                for text, owner, due, _partners in rows}
    number = {g.id: g.number for g in plan.goals}
    got = {m.text: (m.owner_text, m.deadline.text if m.deadline else None, ",".join(number[g] for g in m.goal_ids))
           for m in plan.measures}
    assert got == expected  # the partners column gives no owners


def test_the_layout_reads_turned_headers_as_the_header_row(tmp_path):
    from plancheck.pipeline import load_document

    doc = load_document(_rotated_pdf(tmp_path / "r.pdf"))
    tables = [b.table for b in doc.blocks if b.table is not None]
    assert len(tables) == 2
    assert tables[0].header[0] == "Mål 1: Trygg skolevei"
    assert [c.text for c in tables[0].rows[0]] == ["Tiltak", "Ansvarlig", "Frist", "Samarbeidspartnere"]


def test_the_pdfplumber_path_reads_the_turned_headers_alike(tmp_path):
    from plancheck.layout.document import assemble, read_pages
    from plancheck.layout.settings import LayoutSettings

    path = _rotated_pdf(tmp_path / "r.pdf", down=True)
    got = {}
    for source in ("pdfium", "pdfplumber"):
        layout = assemble(read_pages(path, settings=LayoutSettings(char_source=source)))
        got[source] = [[c.text for c in b.table.rows[0]] for b in layout.blocks if b.table is not None]
    assert got["pdfium"] == got["pdfplumber"] == [["Tiltak", "Ansvarlig", "Frist", "Samarbeidspartnere"]] * 2


@pytest.mark.parametrize(("lang", "head"), [("nb", "Ansvarlig (i samarbeid med)"), ("da", "Tovholder (i samarbejde med)"),
                                            ("en", "Lead (in partnership with)")])
def test_an_owner_column_naming_its_partners_gives_the_first_name_listed(lang, head):
    from plancheck.extract.plan import build_plan
    from plancheck.models import Block, BlockKind, Document, Section, Table

    header = ["Tiltak", head, "Frist"]
    rows = [["Lage en felles plan for sommerjobber", "Oppvekst, NAV, Frivilligsentralen", "2027"]]
    table = Table(header=header, rows=[[Cell(row=r, col=c, text=t, page=1) for c, t in enumerate(row)]
                                       for r, row in enumerate(rows)], pages=[1])
    doc = Document(path="x.pdf", page_count=1, sections=[Section(id="s0", title="Tiltak", level=1)],
                   blocks=[Block(id="b0", kind=BlockKind.table, text=" | ".join(header), table=table,
                                 section_id="s0", provenance=Provenance(page=1))])
    plan = build_plan(doc, lang=lang, model=None)
    assert [[o.text for o in m.owners] for m in plan.measures] == [["Oppvekst"]]
