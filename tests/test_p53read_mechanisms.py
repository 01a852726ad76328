"""Reading the goals of a parent and a child plan, session 48 (p53read), on hand-built inputs with
invented wording:

- a goal heading with a possessive before its word and what the goals are for after it ('Våre mål
  for skuleåret 2031', 'Our goals for 2031') announces the goals under it, as 'Mål for …' and
  'Våre mål' do (``extract.roles.heading_role``);
- a steering document's 'STYRINGSPARAMETRAR' tag over the indicator lines under each goal names
  indicators (the lexicon's ``headings.indicator``): the lines are no more goals;
- a table whose group rows span it, each opening with a code ('AB 1.1 …') over action rows coded
  under it ('CD 1.1.a'), in a plan that states no goal before it: each group row is the goal of
  the actions under it, numbered by its code (``extract.tables.coded_group_head``), also from a
  Word table with merged rows converted by LibreOffice.
"""

from __future__ import annotations

import shutil

import pytest

from plancheck.extract.roles import heading_role


def _plan_of(specs: list[tuple[str, str]], lang: str):
    """A plan built from (kind, text) blocks: 'h1'/'h2' headings, 'p' paragraphs, 'li' list items."""
    from plancheck.extract.plan import build_plan
    from plancheck.ingest.sections import build_sections
    from plancheck.models import Block, BlockKind, Document, Provenance

    blocks = []
    for k, (kind, text) in enumerate(specs):
        if kind.startswith("h"):
            b = Block(id=f"b{k}", kind=BlockKind.heading, text=text, level=int(kind[1]))
        elif kind == "li":
            b = Block(id=f"b{k}", kind=BlockKind.list_item, text=text, level=0)
        else:
            b = Block(id=f"b{k}", kind=BlockKind.paragraph, text=text)
        b.provenance = Provenance(page=1, source_text=text)
        blocks.append(b)
    doc = Document(path="x.pdf", page_count=1, blocks=blocks, sections=build_sections(blocks))
    return build_plan(doc, lang=lang, model=None)


# --------------------------------------------------------------------------- a possessive goal heading

AIMS = [
    "Alle elevane skal kunne symje 200 meter når dei går ut av sjuande klasse.",
    "Fleire elevar skal gå eller sykle til skulen kvar dag.",
    "Ingen elev skal vere åleine i friminutta.",
]


def test_a_possessive_goal_heading_with_its_qualifier_announces_the_goals_under_it():
    assert heading_role("Våre mål for skuleåret 2031") == ("goal", "")
    assert heading_role("Our goals for the coming year") == ("goal", "")
    assert heading_role("Våra mål för 2031") == ("goal", "")
    assert heading_role("Vår historie")[0] is None  # a possessive alone announces nothing
    plan = _plan_of(
        [
            ("h1", "Skulesak 07/2031"),
            ("p", "Rektor legg fram planen for skuleåret til samarbeidsutvalet."),
            ("h2", "Våre mål for skuleåret 2031"),
            *[("li", a) for a in AIMS],
            ("h2", "Økonomi"),
            ("p", "Skulen held seg innanfor ramma."),
        ],
        "nn",
    )
    assert [g.text for g in plan.goals] == AIMS


# --------------------------------------------------------------------------- steering parameters


def test_steering_parameters_under_a_goal_are_indicators_not_goals():
    assert heading_role("STYRINGSPARAMETRAR") == ("indicator", "")
    assert heading_role("Styringsparametere") == ("indicator", "")
    goals = [
        "Fleire eldre skal kunne bu heime med trygge tenester.",
        "Ventetida for plass i bufellesskap skal ned.",
    ]
    plan = _plan_of(
        [
            ("h1", "Oppdragsdokument 2031"),
            ("h1", "Mål for 2031"),
            ("h2", "Tryggare heime"),
            ("p", "MÅL"),
            ("p", goals[0]),
            ("p", "STYRINGSPARAMETRAR"),
            ("li", "Del eldre over 80 år som bur heime: over 90 prosent"),
            ("li", "Tal på tryggleiksalarmar i bruk: 450"),
            ("h2", "Bufellesskap"),
            ("p", "MÅL"),
            ("p", goals[1]),
            ("p", "STYRINGSPARAMETRAR"),
            ("li", "Gjennomsnittleg ventetid på plass: under 30 dagar"),
            ("h1", "Rapportering"),
            ("p", "Eininga rapporterer kvart tertial."),
        ],
        "nn",
    )
    assert [g.text for g in plan.goals] == goals


# --------------------------------------------------------------------------- coded group rows

GROUPS = [
    ("AB 1.1", "Keep the town's halls open to clubs every evening.",
     [("CD 1.1.a", "Open the Eastside hall until 10 pm", "Halls Officer", "May 2032"),
      ("CD 1.1.b", "Book halls online", "IT Officer", "August 2032")]),
    ("AB 2.1", "Make the river paths safe to walk after dark.",
     [("CD 2.1.a", "Light the river path between the two bridges", "Paths Officer", "March 2033")]),
]


def _rows(with_theme: bool = True):
    rows = []
    for k, (code, text, actions) in enumerate(GROUPS, 1):
        if with_theme:
            rows.append([f"Area {k} · {'Halls' if k == 1 else 'Paths'}"])
        rows.append([f"{code} {text}"])
        rows.extend([list(a) for a in actions])
    return rows


def test_a_group_row_coded_over_the_rows_under_it_is_their_goal():
    from plancheck.extract.plan import build_plan
    from plancheck.extract.tables import coded_group_head
    from plancheck.ingest.sections import build_sections
    from plancheck.models import BBox, Block, BlockKind, Cell, Document, Provenance, Table

    header = ["Code", "Action", "Lead", "Due"]

    def cells(rows):
        out = []
        for r, row in enumerate(rows):
            if len(row) == 1:  # a row spanning the table: one cell, the others drawn by none
                out.append([Cell(row=r, col=0, text=row[0])] + [Cell(row=r, col=c, text="") for c in range(1, 4)])
            else:
                out.append([Cell(row=r, col=c, text=t, bbox=BBox(x0=c * 100.0, top=r * 20.0, x1=c * 100.0 + 90, bottom=r * 20.0 + 15))
                            for c, t in enumerate(row)])
        return out

    rows = cells(_rows())
    assert coded_group_head(rows, 1) == ("1.1", GROUPS[0][1])
    assert coded_group_head(rows, 0) is None  # a topic row: no code
    # a code over rows coded under another number heads nothing
    other = cells([["AB 3.1 Plant trees along every school road."], ["CD 4.1.a", "Plant oaks", "Parks", "2033"]])
    assert coded_group_head(other, 0) is None
    # a code and a topic's name over the rows coded under it: a theme, no goal
    topic = cells([["AB 3 Housing"], ["CD 3.a", "Build ten flats for young people", "Housing", "2033"]])
    assert coded_group_head(topic, 0) is None

    blocks = [
        Block(id="b0", kind=BlockKind.heading, text="Delivery plan 2032–2033", level=1),
        Block(id="b1", kind=BlockKind.paragraph, text="The council adopted this plan in June 2032."),
        Block(id="b2", kind=BlockKind.table, text=" | ".join(header),
              table=Table(header=header, rows=rows, pages=[1], ruled=True)),
    ]
    for b in blocks:
        b.provenance = Provenance(page=1, source_text=b.text)
    doc = Document(path="x.pdf", page_count=1, blocks=blocks, sections=build_sections(blocks))
    plan = build_plan(doc, lang="en", model=None)
    _check(plan)


def _check(plan) -> None:
    assert [(g.number, g.text) for g in plan.goals] == [("1.1", GROUPS[0][1]), ("2.1", GROUPS[1][1])]
    by_text = {g.id: g.text for g in plan.goals}
    served = {m.text: [by_text[i] for i in m.goal_ids] for m in plan.measures}
    for _code, text, actions in GROUPS:
        for a in actions:
            assert served[a[1]] == [text]


def _groups_docx(path) -> None:
    import docx

    d = docx.Document()
    d.add_heading("Delivery plan 2032–2033", level=1)
    d.add_paragraph("The council adopted this plan in June 2032. It is reported on every quarter.")
    d.add_heading("Actions", level=2)
    rows = _rows()
    t = d.add_table(rows=1 + len(rows), cols=4)
    t.style = "Table Grid"
    for c, h in enumerate(["Code", "Action", "Lead", "Due"]):
        t.cell(0, c).text = h
    for r, row in enumerate(rows, 1):
        if len(row) == 1:
            merged = t.cell(r, 0).merge(t.cell(r, 3))
            merged.text = row[0]
        else:
            for c, text in enumerate(row):
                t.cell(r, c).text = text
    d.add_heading("Budget", level=2)
    d.add_paragraph("The actions are paid for from the annual budget.")
    d.save(str(path))


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_a_word_table_of_coded_group_rows_reads_each_as_the_goal_of_its_actions(tmp_path):
    from corpora.synth.convert import soffice_to_pdf
    from plancheck.mandate.evaluate import load_plan

    src = tmp_path / "delivery.docx"
    _groups_docx(src)
    soffice_to_pdf([src], tmp_path)
    for path in (tmp_path / "delivery.pdf", src):
        _check(load_plan(path, lang="en"))
