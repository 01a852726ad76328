"""A measure table under a heading that names its goal ("Åtgärder för mål 1") serves that goal,
as paragraphs under it do; when two goals' tables stand side by side, their titles on one line
are read as one heading naming both goals, and each table serves the goal named in its place
(left to right). Tables one under the other under such a heading serve every goal it names."""

from __future__ import annotations

from plancheck.extract.plan import build_plan
from plancheck.models import BBox, Block, BlockKind, Document, Provenance, Section
from tests.conftest import table_of

GOALS = ["Mål 1 Alla elever ska känna sig trygga i skolan.", "Mål 2 Fler elever ska nå kunskapskraven i alla ämnen."]


def _block(i: int, kind: BlockKind, text: str, section: str, box: BBox | None = None, table=None, level=None) -> Block:
    return Block(id=f"b{i}", kind=kind, text=text, provenance=Provenance(page=1, bbox=box), section_id=section,
                 table=table, level=level)


def _plan(title: str, boxes: tuple[BBox, BBox]):
    t1 = table_of(["Åtgärd", "Ansvar", "Klart"], [["Införa ett gemensamt arbetssätt mot kränkning", "Rektor", "HT 2026"],
                                                ["Utbilda all personal i bemötande", "Elevhälsan", "VT 2027"]])
    t2 = table_of(["Åtgärd", "Ansvar", "Klart"], [["Erbjuda läxhjälp två dagar i veckan", "Rektor", "VT 2027"],
                                                ["Ta fram en plan för tidiga insatser i läsning", "Specialpedagog", "HT 2026"]])
    doc = Document(
        path="x.pdf", page_count=1,
        sections=[Section(id="s1", title="2 Mål", level=1, page=1), Section(id="s2", title=title, level=2, page=1)],
        blocks=[
            _block(0, BlockKind.paragraph, GOALS[0], "s1"),
            _block(1, BlockKind.paragraph, GOALS[1], "s1"),
            _block(2, BlockKind.heading, title, "s2", level=3),
            _block(3, BlockKind.table, "Åtgärd | Ansvar | Klart", "s2", boxes[0], t1),
            _block(4, BlockKind.table, "Åtgärd | Ansvar | Klart", "s2", boxes[1], t2),
        ],
    )
    return build_plan(doc, lang="sv")


def _links(plan) -> list[list[str]]:
    number = {g.id: g.number for g in plan.goals}
    return [[number[g] for g in m.goal_ids] for m in plan.measures]


def test_side_by_side_tables_each_serve_the_goal_titled_in_their_place():
    plan = _plan("Åtgärder för mål 1 Åtgärder för mål 2",
                 (BBox(x0=79, top=365, x1=294, bottom=506), BBox(x0=317, top=365, x1=532, bottom=578)))
    assert _links(plan) == [["1"], ["1"], ["2"], ["2"]]


def test_tables_one_under_the_other_serve_every_goal_the_heading_names():
    plan = _plan("Åtgärder för mål 1 och 2",
                 (BBox(x0=79, top=365, x1=532, bottom=420), BBox(x0=79, top=440, x1=532, bottom=500)))
    assert _links(plan) == [["1", "2"]] * 4
