"""Layouts no corpus plan had, anticipated before a blind batch showed them (session 23): a measure
table whose header runs over two rows (groups spanning their columns' own labels, the first
columns merged down over both), money per year grouped beside an end column, a goal printed
only in the running head of its page, a web page's tab strip over a tab panel (the strip and
the panel's border make one ruled grid), a checklist whose ballot boxes are set larger than its
text, and a strip of tab labels read as one heading. Small hand-built inputs with invented
wording, one mechanism each."""

from __future__ import annotations

from pathlib import Path

import pytest

from plancheck.extract.roles import is_reference_only
from plancheck.layout.lines import Line, _tail_at, finish_line
from plancheck.layout.tables import _merge_header_rows, holds_inner_rules, labels_group
from plancheck.layout.words import Word
from plancheck.models import BBox, Block, BlockKind, Cell
from tests.conftest import plan_of_blocks, table_of


def _h(text: str, level: int = 1) -> Block:
    return Block(id="", kind=BlockKind.heading, text=text, level=level, bold=True)


def _p(text: str) -> Block:
    return Block(id="", kind=BlockKind.paragraph, text=text)


def _table(header: list[str], rows: list[list[str]]) -> Block:
    return Block(id="", kind=BlockKind.table, text=" | ".join(header), table=table_of(header, rows))


# --- a header over two rows: groups over labels, the first cells merged down -------------------------


def _cell(col: int, text: str, *, box: bool = True, merged: bool = False) -> Cell:
    return Cell(row=0, col=col, text=text, merged_from=0 if merged else None,
                bbox=BBox(x0=col * 40.0, top=0, x1=col * 40.0 + 39, bottom=9) if box else None)


def test_labels_under_header_groups_beside_cells_merged_down_join_the_header():
    # "Tiltak" and "Nr" merged over both header rows; "Ansvar" over two labels, "Periode" over two
    head = [_cell(0, "Nr"), _cell(1, "Tiltak"), _cell(2, "Ansvar"), _cell(3, "", box=False),
            _cell(4, "Periode"), _cell(5, "", box=False)]
    labels = [_cell(0, "Nr", merged=True), _cell(1, "Tiltak", merged=True), _cell(2, "Ansvarlig"),
              _cell(3, "Medvirkende"), _cell(4, "Oppstart"), _cell(5, "Ferdig")]
    body = [_cell(0, "4.2"), _cell(1, "Kartlegge turstiene"), _cell(2, "Parksjef"), _cell(3, "Turlaget"),
            _cell(4, "2027"), _cell(5, "Høst 2028")]
    header, rows = _merge_header_rows([c.text for c in head], [labels, body], head)
    assert header == ["Nr", "Tiltak", "Ansvarlig (Ansvar)", "Medvirkende (Ansvar)", "Oppstart (Periode)", "Ferdig (Periode)"]
    assert rows[0][1].text == "Kartlegge turstiene"
    group = {k: ("Periode", [4, 5]) for k in (4, 5)}
    # beside the group, only cells merged down from the header may be filled: a body row is none
    assert labels_group(["Nr", "Tiltak", "", "", "Oppstart", "Ferdig"], group, {0, 1})
    assert not labels_group(["4.2", "Kartlegge turstiene", "", "", "2027", "2028"], group, set())


def test_money_per_year_grouped_beside_an_end_column_does_not_date_the_row():
    header = ["Tiltak", "Ansvarlig (Ansvar)", "Oppstart (Periode)", "Ferdig (Periode)",
              "2027 (Budsjett (1 000 kr))", "2028 (Budsjett (1 000 kr))"]
    rows = [["Rydde strandsonen ved badeplassen", "Parksjef", "2027", "Vår 2028", "40", "20"],
            ["Skilte turstiene i marka", "Turkoordinator", "2027", "", "", "15"]]
    plan = plan_of_blocks([_h("Mål 1"), _p("Flere skal bruke friluftsområdene."), _table(header, rows)], "nb")
    got = {m.text: m.deadline.text if m.deadline else None for m in plan.measures}
    # the empty end cell is a missing deadline, not the last year money is spent
    assert got == {"Rydde strandsonen ved badeplassen": "Vår 2028", "Skilte turstiene i marka": None}


def test_amounts_under_plain_year_columns_still_date_a_row():
    # with no end column the years are the only timing (the corpus convention)
    header = ["Tiltak", "Ansvar", "2027", "2028"]
    rows = [["Kjøpe inn nye benker til parken", "Parksjef", "30", "10"]]
    plan = plan_of_blocks([_h("Mål 1"), _p("Parkene skal brukes mer."), _table(header, rows)], "nb")
    (m,) = plan.measures
    assert m.deadline is not None and m.deadline.text == "2028"


# --- a goal printed only in its page's running head ----------------------------------------------------


def _running_head_pdf(path: Path, goals: list[str], rows: list[list[tuple[str, str, str]]]) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    w, h = A4
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for n, (goal, measures) in enumerate(zip(goals, rows, strict=True), start=1):
        c.setFillGray(0.85)
        c.rect(0, h - 60, w, 60, stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(56, h - 38, f"Goal {n} – {goal}")  # the page's only statement of its goal
        c.setFont("Helvetica-Bold", 14)
        c.drawString(56, h - 120, "Actions")
        y = h - 150
        c.setFont("Helvetica-Bold", 9)
        for x, t in ((56, "Action"), (330, "Lead"), (450, "Due")):
            c.drawString(x, y, t)
        c.setFont("Helvetica", 9)
        for action, lead, due in measures:
            y -= 18
            for x, t in ((56, action), (330, lead), (450, due)):
                c.drawString(x, y, t)
        c.setFont("Helvetica", 8)
        c.drawString(56, 30, f"Page {n} of {len(goals)}")
        c.showPage()
    c.save()
    return path


def test_a_goal_in_the_running_head_heads_the_actions_of_its_own_page(tmp_path):
    pytest.importorskip("reportlab")
    from plancheck.pipeline import extract_plan

    goals = ["Every household can reach a recycling point on foot",
             "Less food is thrown away by schools and care homes",
             "Litter on beaches and riverbanks is halved"]
    rows = [[("Map the walking distance to every recycling point", "Waste team", "March 2027"),
             ("Add twelve new recycling points in the outer estates", "Waste team", "2028")],
            [("Weigh food waste in every school kitchen each term", "Catering", "Ongoing"),
             ("Share surplus meals with the community fridge", "Care homes", "June 2027")],
            [("Fund volunteer beach cleans every spring", "Parks team", "Annually"),
             ("Put up bins with lids at the ten busiest spots", "Parks team", "2027")]]
    plan = extract_plan(_running_head_pdf(tmp_path / "heads.pdf", goals, rows))
    by_text = {g.id: g.text for g in plan.goals}
    got = {m.text: [by_text[i] for i in m.goal_ids] for m in plan.measures}
    for goal, page in zip(goals, rows, strict=True):
        for action, _lead, _due in page:
            assert got[action] == [goal]


# --- a tab strip over a tab panel: one ruled grid -------------------------------------------------------


def test_a_ruled_cell_holding_rules_of_its_own_is_a_box_not_a_table_cell():
    panel = Cell(row=1, col=0, text="…", bbox=BBox(x0=50, top=120, x1=500, bottom=300))
    tabs = [Cell(row=0, col=k, text=f"Tab {k}", bbox=BBox(x0=50 + 60 * k, top=100, x1=110 + 60 * k, bottom=120))
            for k in range(3)]
    grid = [tabs, [panel, None, None]]
    inner = [{"orientation": "h", "x0": 60, "x1": 490, "top": t, "bottom": t} for t in (170, 200, 230)]
    assert holds_inner_rules(grid, inner)
    # an underline under a word, or one rule alone, is no table inside the cell
    assert not holds_inner_rules(grid, [{"orientation": "h", "x0": 60, "x1": 120, "top": t, "bottom": t} for t in (170, 200)])
    assert not holds_inner_rules(grid, inner[:1])


def _tab_panel_pdf(path: Path) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    _w, h = A4
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(56, h - 70, "Handlingsplan for lesing 2027–2028")
    c.setLineWidth(0.8)
    top = 110  # top-down
    for k, label in enumerate(("Mål 1", "Mål 2", "Mål 3")):  # the strip of tabs: boxes side by side
        x = 56 + 70 * k
        c.rect(x, h - top - 22, 70, 22, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(x + 14, h - top - 15, label)
    # the open panel under it: its border joins the strip's boxes into one grid
    c.rect(56, h - 330, 480, 330 - top - 22, stroke=1, fill=0)
    c.setFont("Helvetica-Bold", 11)
    c.drawString(66, h - 160, "Flere barn skal lese for glede hver dag")
    y = 190
    c.setFont("Helvetica-Bold", 9)
    for x, t in ((66, "Tiltak"), (330, "Ansvar"), (440, "Frist")):
        c.drawString(x, h - y, t)
    c.setFont("Helvetica", 9)
    for tiltak, ansvar, frist in (("Opprette lesekroker i alle klasserom", "Rektorene", "Høst 2027"),
                                  ("Invitere forfattere til skolene", "Biblioteket", "Vår 2028"),
                                  ("Låne ut lydbøker til alle elever", "Biblioteket", "2027")):
        c.line(62, h - y - 6, 530, h - y - 6)  # the rows of the panel's table: rules inside the panel
        y += 24
        for x, t in ((66, tiltak), (330, ansvar), (440, frist)):
            c.drawString(x, h - y, t)
    c.showPage()
    c.save()
    return path


def test_a_tab_panel_under_its_strip_of_tabs_is_read_as_page_text(tmp_path):
    pytest.importorskip("reportlab")
    from plancheck.pipeline import extract_plan

    plan = extract_plan(_tab_panel_pdf(tmp_path / "tabs.pdf"))
    got = {m.text: (m.owner_text, m.deadline.text if m.deadline else None) for m in plan.measures}
    assert got == {"Opprette lesekroker i alle klasserom": ("Rektorene", "Høst 2027"),
                   "Invitere forfattere til skolene": ("Biblioteket", "Vår 2028"),
                   "Låne ut lydbøker til alle elever": ("Biblioteket", "2027")}
    assert [g.text for g in plan.goals] == ["Flere barn skal lese for glede hver dag"]


# --- a checklist's larger ballot box ------------------------------------------------------------------


def _line(parts: list[tuple[str, float, float]]) -> Line:
    words = [Word(text=t, x0=x, top=100, x1=x + len(t) * size * 0.5, bottom=100 + size, size=size) for t, x, size in parts]
    ln = Line(page=1, words=words, x0=0, x1=0, top=0, bottom=0, size=0, bold=False)
    finish_line(ln)
    return ln


def test_a_larger_ballot_box_does_not_make_the_rest_of_its_line_a_small_field():
    # "☐" set larger than the row's text, the owner and date far right in the text's own size
    ln = _line([("☐", 60, 12), ("Skrive", 80, 9), ("en", 110, 9), ("brosjyre", 123, 9),
                ("Kultursjefen", 340, 9), ("Q2", 460, 9), ("2027", 473, 9)])
    assert _tail_at(ln) is None
    # a field really set smaller at the right edge is still one
    small = _line([("☐", 60, 9), ("Skrive", 80, 9), ("en", 110, 9), ("brosjyre", 123, 9), ("2027", 460, 6.5)])
    assert _tail_at(small) == 4


# --- a strip of tab labels on one line ----------------------------------------------------------------


def test_a_text_of_numbered_labels_only_is_no_item():
    assert is_reference_only("Mål 2 Mål 3")
    assert is_reference_only("Målsætning 2 · Målsætning 3")
    assert not is_reference_only("Mål 2 skal nås innen 2028")
    assert not is_reference_only("Side 2 Side 3")  # not labels of the lexicon
    plan = plan_of_blocks([
        _h("Handleplan for idræt"), _h("Mål 1 Mål 2 Mål 3", 3),
        _h("Flere børn skal gå til idræt hver uge", 2),
        _table(["Handling", "Ansvarlig", "Tidsplan"], [["Tilbyde gratis prøvetimer i klubberne", "Kultur og Fritid", "2027"]]),
    ], "da")
    assert all("Mål 2" not in g.text for g in plan.goals)


# --- the second set: a header under a title band, times by place, page numbers in the band --------------


def test_columns_under_a_spanning_time_head_are_read_by_their_place():
    from plancheck.extract.tables import table_roles

    assert table_roles(["Action", "Lead (Who)", "Partner (Who)", "Begins (Timing)", "Ends (Timing)"])[3:] == ["start", "deadline"]
    assert table_roles(["Tiltak", "Ansvar", "Fra (Periode)", "Til (Periode)"]) == ["measure", "owner", "start", "deadline"]
    # labels of their own keep their roles; years under a time head stay a chart
    assert table_roles(["Tiltak", "Ansvar", "Oppstart (Periode)", "Ferdig (Periode)"])[2:] == ["start", "deadline"]
    assert table_roles(["Tiltak", "Ansvar", "2027 (Tidsplan)", "2028 (Tidsplan)"])[2:] == [None, None]


def test_a_two_row_header_under_a_title_band_joins_its_group_labels():
    from plancheck.extract.state import _State
    from plancheck.extract.tables import _find_header
    from plancheck.models import Table

    def row(texts, merged=()):
        return [Cell(row=0, col=i, text=t, merged_from=0 if i in merged else None,
                     bbox=None if (t == "" and i not in merged) else BBox(x0=i * 50.0, top=0, x1=i * 50.0 + 49, bottom=9))
                for i, t in enumerate(texts)]

    band = row(["▸ Outcome 2: Fewer people sleep rough in the town centre", "", "", "", ""])
    head = row(["Action", "Who", "", "Timing", ""])
    labels = row(["Action", "Lead", "Partner", "Begins", "Ends"], merged=(0,))
    body = row(["Open a winter night shelter", "Housing Options", "Churches Together", "Nov 2026", "Mar 2027"])
    table = Table(header=[c.text for c in band], rows=[head, labels, body], pages=[1], ruled=True)
    st = _State.__new__(_State)
    got = _find_header(st, Block(id="", kind=BlockKind.table, text="", table=table), table)
    assert got.header == ["Action", "Lead (Who)", "Partner (Who)", "Begins (Timing)", "Ends (Timing)"]
    assert got.rows[0][0].text == "Open a winter night shelter"


def test_a_disclosure_glyph_before_a_label_is_no_part_of_it():
    from plancheck.extract.roles import label_role

    for glyph in ("▼", "⌄", "▸", "+", "→"):
        role, number, rest = label_role(f"{glyph} Mål 3: Alle skal ha en trygg skolevei.")
        assert (role, number, rest) == ("goal", "3", "Alle skal ha en trygg skolevei."), glyph
    assert label_role("→ se vedlegg 2")[0] is None


def test_a_page_number_at_the_far_end_of_a_running_head_is_set_apart():
    from plancheck.layout.furniture import mark_section_heads

    def page(n: int, head: str) -> list[Line]:
        words = [Word(text=t, x0=50 + 40 * k, top=30, x1=50 + 40 * k + 35, bottom=41, size=11, bold=True)
                 for k, t in enumerate(head.split())]
        words += [Word(text="Side", x0=500, top=30, x1=520, bottom=41, size=8), Word(text=str(n), x0=523, top=30, x1=528, bottom=41, size=8)]
        lines = [Line(page=n, words=words, x0=0, x1=0, top=30, bottom=41, size=0, bold=False),
                 Line(page=n, words=[Word(text="Tiltak", x0=50, top=100, x1=90, bottom=114, size=14, bold=True)],
                      x0=0, x1=0, top=100, bottom=114, size=0, bold=True)]
        for ln in lines:
            finish_line(ln)
        return lines

    pages = [page(1, "Mål 1 · Flere skal sykle"), page(2, "Mål 2 · Færre skal kjøre bil"), page(3, "Mål 3 · Tryggere veier")]
    mark_section_heads(pages, [842.0] * 3)
    for lines in pages:
        head = lines[0]
        assert head.meta.get("section_head") and not head.text.endswith(str(head.page))
        assert any(ln.kind == "furniture" and ln.text.startswith("Side") for ln in lines)
